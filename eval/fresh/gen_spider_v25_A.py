#!/usr/bin/env python3
"""Generate blind Spider test set v25 half A (110 questions, 11 kinds x 10 dbs).
Writes /tmp/blind25/spider_v25_A.json only if every check passes."""
import json, os, re, sqlite3, sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind25/spider_v25_A.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# (db_id, kind, question, paraphrase, query)
ITEMS = [
# ---------------- battle_death ----------------
("battle_death", "count",
 "how many battles r in the database",
 "total number of battles on record?",
 "SELECT COUNT(*) FROM battle"),
("battle_death", "list",
 "list every ship with its type and location",
 "show me all the ships - name, what kind of ship, and where it was",
 "SELECT name, ship_type, location FROM ship"),
("battle_death", "filter-text",
 "which battles ended in a bulgarian victory? give name and date",
 "names + dates of the battles the Bulgarians won",
 "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'"),
("battle_death", "filter-number",
 "death records with more than ten killed - note and number killed",
 "show the incidents where over 10 ppl died, with the note and the kill count",
 "SELECT note, killed FROM death WHERE killed > 10"),
("battle_death", "aggregate",
 "total killed and total injured over all death records",
 "add up everyone killed and everyone injured across the death table",
 "SELECT SUM(killed), SUM(injured) FROM death"),
("battle_death", "superlative",
 "which ship caused the most deaths? show the ship name and total killed",
 "ship responsible for the highest number of people killed, plus that number",
 "SELECT s.name, SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
 "GROUP BY s.id, s.name ORDER BY SUM(d.killed) DESC LIMIT 1"),
("battle_death", "group",
 "how many battles per result",
 "break down the battles by outcome and count each",
 "SELECT result, COUNT(*) FROM battle GROUP BY result"),
("battle_death", "join",
 "for each ship show the battle it was lost in and that battle's result",
 "ship names alongside the name and outcome of the battle where they were lost",
 "SELECT s.name, b.name, b.result FROM ship s JOIN battle b ON s.lost_in_battle = b.id"),
("battle_death", "set",
 "battles where no ship was lost",
 "which battles didnt lose any ships at all?",
 "SELECT name FROM battle EXCEPT SELECT b.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id"),
("battle_death", "ratio",
 "what % of ships were captured",
 "share of ships whose disposition is captured, as a percentage",
 "SELECT 100.0 * SUM(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / COUNT(*) FROM ship"),
("battle_death", "compare-to-aggregate",
 "death entries where killed is above the avg killed, show note and killed",
 "which death records have a kill count higher than the average one? note + killed",
 "SELECT note, killed FROM death WHERE killed > (SELECT AVG(killed) FROM death)"),
# ---------------- concert_singer ----------------
("concert_singer", "count",
 "how many stadums are there",
 "number of stadiums in the db?",
 "SELECT COUNT(*) FROM stadium"),
("concert_singer", "list",
 "show all singers with their country and age",
 "every singer's name, country and how old they are",
 "SELECT Name, Country, Age FROM singer"),
("concert_singer", "filter-text",
 "singers from france and the song name of each",
 "which singers are french? list them w/ their song",
 "SELECT Name, Song_Name FROM singer WHERE Country = 'France'"),
("concert_singer", "filter-number",
 "stadiums with capacity over 10,000 - name and capacity",
 "which venues can hold more than ten thousand people? give capacity too",
 "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
("concert_singer", "aggregate",
 "avg, youngest and oldest singer age",
 "what's the mean age of singers, and the min and max age?",
 "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer"),
("concert_singer", "superlative",
 "which stadium hosted the most concerts and how many",
 "stadium with the highest number of concerts held there, with the count",
 "SELECT s.Name, COUNT(*) FROM stadium s JOIN concert c ON c.Stadium_ID = s.Stadium_ID "
 "GROUP BY s.Stadium_ID, s.Name ORDER BY COUNT(*) DESC LIMIT 1"),
("concert_singer", "group",
 "number of concerts each year",
 "count concerts grouped by year",
 "SELECT Year, COUNT(*) FROM concert GROUP BY Year"),
("concert_singer", "join",
 "list each concert with its theme and the stadium name and location",
 "for every concert give the theme plus which stadium (name, location) it was at",
 "SELECT c.concert_Name, c.Theme, s.Name, s.Location FROM concert c JOIN stadium s ON s.Stadium_ID = c.Stadium_ID"),
("concert_singer", "set",
 "singers who sang in a 2014 concert and also in a 2015 concert",
 "who performed in concerts in both 2014 and 2015?",
 "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON sc.Singer_ID = s.Singer_ID "
 "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014' "
 "INTERSECT SELECT s.Name FROM singer s JOIN singer_in_concert sc ON sc.Singer_ID = s.Singer_ID "
 "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2015'"),
("concert_singer", "ratio",
 "what percent of the singers are male",
 "male singers as a share of all singers (percentage)",
 "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
("concert_singer", "compare-to-aggregate",
 "stadiums bigger than the average capacity, name and capacity pls",
 "which stadiums have an above-average capacity? show how big they are",
 "SELECT Name, Capacity FROM stadium WHERE Capacity > (SELECT AVG(Capacity) FROM stadium)"),
# ---------------- cre_Doc_Template_Mgt ----------------
("cre_Doc_Template_Mgt", "count",
 "how many documents do we have",
 "count of all documents",
 "SELECT COUNT(*) FROM Documents"),
("cre_Doc_Template_Mgt", "list",
 "list the template types - description and code",
 "what template type descriptions exist and what code does each one have",
 "SELECT Template_Type_Description, Template_Type_Code FROM Ref_Template_Types"),
("cre_Doc_Template_Mgt", "filter-text",
 "templates of type BK, show id and version number",
 "give me the template ids and versions for all book-type (code BK) templates",
 "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'BK'"),
("cre_Doc_Template_Mgt", "filter-number",
 "templates with version number greater than six: id, version and type code",
 "which templates are past version 6? list id, version, type",
 "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 6"),
("cre_Doc_Template_Mgt", "aggregate",
 "average and max version number of templates",
 "whats the mean template version, and the highest version?",
 "SELECT AVG(Version_Number), MAX(Version_Number) FROM Templates"),
("cre_Doc_Template_Mgt", "superlative",
 "which doc has the most paragraphs? name and paragraph count",
 "document name with the largest number of paragraphs, and how many it has",
 "SELECT d.Document_Name, COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
 "GROUP BY d.Document_ID, d.Document_Name ORDER BY COUNT(*) DESC LIMIT 1"),
("cre_Doc_Template_Mgt", "group",
 "number of templates for each template type code",
 "count templates by type code",
 "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code"),
("cre_Doc_Template_Mgt", "join",
 "each document name with its template's type code and the type description",
 "for all documents show what kind of template they use (code + description)",
 "SELECT d.Document_Name, t.Template_Type_Code, r.Template_Type_Description FROM Documents d "
 "JOIN Templates t ON t.Template_ID = d.Template_ID "
 "JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code"),
("cre_Doc_Template_Mgt", "set",
 "template ids that arent used by any document",
 "which templates have never been used for a document? just the ids",
 "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
("cre_Doc_Template_Mgt", "ratio",
 "what percentage of templates are of type PPT",
 "PPT templates as a % of all templates",
 "SELECT 100.0 * SUM(CASE WHEN Template_Type_Code = 'PPT' THEN 1 ELSE 0 END) / COUNT(*) FROM Templates"),
("cre_Doc_Template_Mgt", "compare-to-aggregate",
 "templates whose version is above the average version number - id and version",
 "list template id + version for templates with a higher-than-mean version",
 "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)"),
# ---------------- employee_hire_evaluation ----------------
("employee_hire_evaluation", "count",
 "how many employees are there?",
 "total employee count",
 "SELECT COUNT(*) FROM employee"),
("employee_hire_evaluation", "list",
 "list every shop's name, location and manager",
 "all the shops w/ where they are and who manages them",
 "SELECT Name, Location, Manager_name FROM shop"),
("employee_hire_evaluation", "filter-text",
 "employees from bristol - names and ages",
 "who lives in Bristol? give their age too",
 "SELECT Name, Age FROM employee WHERE City = 'Bristol'"),
("employee_hire_evaluation", "filter-number",
 "shops with fewer than 5,000 products",
 "which shops carry under five thousand products? show the product number",
 "SELECT Name, Number_products FROM shop WHERE Number_products < 5000"),
("employee_hire_evaluation", "aggregate",
 "total bonus paid and average bonus",
 "sum of all evaluation bonuses along with the mean bonus",
 "SELECT SUM(Bonus), AVG(Bonus) FROM evaluation"),
("employee_hire_evaluation", "superlative",
 "who got the biggest single bonus and how much was it",
 "employee name with the highest bonus ever awarded, plus the amount",
 "SELECT e.Name, ev.Bonus FROM employee e JOIN evaluation ev ON ev.Employee_ID = e.Employee_ID "
 "ORDER BY ev.Bonus DESC LIMIT 1"),
("employee_hire_evaluation", "group",
 "how many employees in each city",
 "employee headcount by city",
 "SELECT City, COUNT(*) FROM employee GROUP BY City"),
("employee_hire_evaluation", "join",
 "for each hiring show the employee name, shop name and the year they started",
 "who was hired by which shop and starting when?",
 "SELECT e.Name, s.Name, h.Start_from FROM hiring h JOIN employee e ON e.Employee_ID = h.Employee_ID "
 "JOIN shop s ON s.Shop_ID = h.Shop_ID"),
("employee_hire_evaluation", "set",
 "employees that never received a bonus",
 "which staff have no evaluation award on record?",
 "SELECT Name FROM employee EXCEPT SELECT e.Name FROM employee e JOIN evaluation ev ON ev.Employee_ID = e.Employee_ID"),
("employee_hire_evaluation", "ratio",
 "what pct of hires are full time",
 "percentage of hiring records that are full-time",
 "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
("employee_hire_evaluation", "compare-to-aggregate",
 "employess older than the avg age, with age",
 "whose age is above the average employee age? name and age",
 "SELECT Name, Age FROM employee WHERE Age > (SELECT AVG(Age) FROM employee)"),
# ---------------- museum_visit ----------------
("museum_visit", "count",
 "how many museums",
 "number of museums in the data",
 "SELECT COUNT(*) FROM museum"),
("museum_visit", "list",
 "museum names with staff numbers and opening year",
 "show all museums, how many staff each has and the year it opened",
 "SELECT Name, Num_of_Staff, Open_Year FROM museum"),
("museum_visit", "filter-text",
 "museums with plaza in the name",
 "which museums are called something 'Plaza'? names please",
 "SELECT Name FROM museum WHERE Name LIKE '%Plaza%'"),
("museum_visit", "filter-number",
 "visitors younger than 30 and their ages",
 "list visitors under thirty yrs old w/ age",
 "SELECT Name, Age FROM visitor WHERE Age < 30"),
("museum_visit", "aggregate",
 "total tickets bought and total money spent across all visits",
 "how many tickets in total and how much was spent overall?",
 "SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit"),
("museum_visit", "superlative",
 "which visitor spent the most in total, and how much",
 "top spender among visitors, with their total spend",
 "SELECT v.Name, SUM(vi.Total_spent) FROM visitor v JOIN visit vi ON vi.visitor_ID = v.ID "
 "GROUP BY v.ID, v.Name ORDER BY SUM(vi.Total_spent) DESC LIMIT 1"),
("museum_visit", "group",
 "how many museums opened in each year",
 "count of museums per opening year",
 "SELECT Open_Year, COUNT(*) FROM museum GROUP BY Open_Year"),
("museum_visit", "join",
 "every visit: visitor name, museum name and number of tickets",
 "show who visited which museum and how many tickets they got",
 "SELECT v.Name, m.Name, vi.Num_of_Ticket FROM visit vi JOIN visitor v ON v.ID = vi.visitor_ID "
 "JOIN museum m ON m.Museum_ID = vi.Museum_ID"),
("museum_visit", "set",
 "musuems no one has visited",
 "which museums have zero visits recorded?",
 "SELECT Name FROM museum EXCEPT SELECT m.Name FROM museum m JOIN visit v ON v.Museum_ID = m.Museum_ID"),
("museum_visit", "ratio",
 "average amount spent per ticket over all visits",
 "total spend divided by total tickets - whats the per-ticket figure",
 "SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit"),
("museum_visit", "compare-to-aggregate",
 "museums with more staff than average - name and staff count",
 "which museums employ an above-average number of staff? show the number",
 "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)"),
# ---------------- orchestra ----------------
("orchestra", "count",
 "how many conductors r there",
 "total number of conductors",
 "SELECT COUNT(*) FROM conductor"),
("orchestra", "list",
 "list the orchestras with record company and year founded",
 "every orchestra plus its label and founding year",
 "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra"),
("orchestra", "filter-text",
 "conductors from the UK, name and age",
 "which conductors are british nationals? show their ages",
 "SELECT Name, Age FROM conductor WHERE Nationality = 'UK'"),
("orchestra", "filter-number",
 "performances with official ratings above 9 million - type, date, rating",
 "show performances rated over nine million viewers officially, with date and rating",
 "SELECT Type, Date, \"Official_ratings_(millions)\" FROM performance WHERE \"Official_ratings_(millions)\" > 9"),
("orchestra", "aggregate",
 "avg and max official rating of performances",
 "what's the mean official rating (millions) and the highest one?",
 "SELECT AVG(\"Official_ratings_(millions)\"), MAX(\"Official_ratings_(millions)\") FROM performance"),
("orchestra", "superlative",
 "which conductor has worked the most years? include the years",
 "conductor with the longest year of work, and how long",
 "SELECT Name, Year_of_Work FROM conductor ORDER BY Year_of_Work DESC LIMIT 1"),
("orchestra", "group",
 "number of orchestras per major record format",
 "count orchestras grouped by their main recording format",
 "SELECT Major_Record_Format, COUNT(*) FROM orchestra GROUP BY Major_Record_Format"),
("orchestra", "join",
 "each orchestra with its conductor's name and nationality",
 "who conducts each orchestra and where are they from?",
 "SELECT o.Orchestra, c.Name, c.Nationality FROM orchestra o JOIN conductor c ON c.Conductor_ID = o.Conductor_ID"),
("orchestra", "set",
 "record companies used by orchestras founded before 2003 and also by ones founded after 2003",
 "which labels appear both for orchestras founded pre-2003 and post-2003?",
 "SELECT Record_Company FROM orchestra WHERE Year_of_Founded < 2003 "
 "INTERSECT SELECT Record_Company FROM orchestra WHERE Year_of_Founded > 2003"),
("orchestra", "ratio",
 "what share of conductors are from the USA, as a percent",
 "percentage of conductors with american nationality",
 "SELECT 100.0 * SUM(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor"),
("orchestra", "compare-to-aggregate",
 "conducters older than the average conductor age - name and age",
 "which conductors are above the mean age? give their age",
 "SELECT Name, Age FROM conductor WHERE Age > (SELECT AVG(Age) FROM conductor)"),
# ---------------- poker_player ----------------
("poker_player", "count",
 "how many poker players",
 "number of poker players in the table?",
 "SELECT COUNT(*) FROM poker_player"),
("poker_player", "list",
 "list all people with nationality and birth date",
 "show everyone's name, nationality and date of birth",
 "SELECT Name, Nationality, Birth_Date FROM people"),
("poker_player", "filter-text",
 "people from russia and their heights",
 "who's russian? name and height",
 "SELECT Name, Height FROM people WHERE Nationality = 'Russia'"),
("poker_player", "filter-number",
 "poker players who made at least 20 final tables, with name and final tables",
 "which players have twenty or more final table appearances? show the number",
 "SELECT p.Name, pp.Final_Table_Made FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID "
 "WHERE pp.Final_Table_Made >= 20"),
("poker_player", "aggregate",
 "avg earnings and total final tables made for poker players",
 "mean poker earnings, and the sum of all final tables made",
 "SELECT AVG(Earnings), SUM(Final_Table_Made) FROM poker_player"),
("poker_player", "superlative",
 "tallest poker player and thier height",
 "which poker player is the tallest? include height",
 "SELECT p.Name, p.Height FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID "
 "ORDER BY p.Height DESC LIMIT 1"),
("poker_player", "group",
 "number of people per nationality",
 "count people by nationality",
 "SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality"),
("poker_player", "join",
 "each poker player's name with their best finish and money rank",
 "show poker players' names next to best finish + money ranking",
 "SELECT p.Name, pp.Best_Finish, pp.Money_Rank FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID"),
("poker_player", "set",
 "people who aren't poker players",
 "which people in the db never played poker (no poker player record)?",
 "SELECT Name FROM people EXCEPT SELECT p.Name FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID"),
("poker_player", "ratio",
 "what percentage of people are poker players",
 "poker players as a % of everybody in the people table",
 "SELECT 100.0 * (SELECT COUNT(*) FROM poker_player) / (SELECT COUNT(*) FROM people)"),
("poker_player", "compare-to-aggregate",
 "poker players who earned more than the average, name + earnings",
 "which players have above-average earnings? list name and earnings",
 "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID "
 "WHERE pp.Earnings > (SELECT AVG(Earnings) FROM poker_player)"),
# ---------------- singer ----------------
("singer", "count",
 "how many songs are there",
 "count of songs in the db",
 "SELECT COUNT(*) FROM song"),
("singer", "list",
 "singer names with citizenship and birth year",
 "show every singer, what country they're a citizen of and when they were born",
 "SELECT Name, Citizenship, Birth_Year FROM singer"),
("singer", "filter-text",
 "singers with united states citizenship and their net worth",
 "which singers are US citizens? net worth in millions too",
 "SELECT Name, Net_Worth_Millions FROM singer WHERE Citizenship = 'United States'"),
("singer", "filter-number",
 "songs that sold more than 300k, title and sales",
 "list songs with sales over three hundred thousand and show sales",
 "SELECT Title, Sales FROM song WHERE Sales > 300000"),
("singer", "aggregate",
 "lowest and highest singer net worth",
 "min and max net worth (millions) among singers",
 "SELECT MIN(Net_Worth_Millions), MAX(Net_Worth_Millions) FROM singer"),
("singer", "superlative",
 "which singer has the highest total song sales and what is it",
 "singer whose songs sold the most combined, plus the total",
 "SELECT si.Name, SUM(so.Sales) FROM singer si JOIN song so ON so.Singer_ID = si.Singer_ID "
 "GROUP BY si.Singer_ID, si.Name ORDER BY SUM(so.Sales) DESC LIMIT 1"),
("singer", "group",
 "how many singers per citizenship",
 "singer count by country of citizenship",
 "SELECT Citizenship, COUNT(*) FROM singer GROUP BY Citizenship"),
("singer", "join",
 "every song title with the singer name and citizenship",
 "list songs along w/ who sings them and that singer's citizenship",
 "SELECT so.Title, si.Name, si.Citizenship FROM song so JOIN singer si ON si.Singer_ID = so.Singer_ID"),
("singer", "set",
 "singers with no songs",
 "which singers don't have any song in the song table?",
 "SELECT Name FROM singer EXCEPT SELECT si.Name FROM singer si JOIN song so ON so.Singer_ID = si.Singer_ID"),
("singer", "ratio",
 "what % of total song sales comes from singers w/ US citizenship",
 "share of all song sales by american-citizen singers, as a percentage",
 "SELECT 100.0 * SUM(CASE WHEN si.Citizenship = 'United States' THEN so.Sales ELSE 0 END) / SUM(so.Sales) "
 "FROM song so JOIN singer si ON si.Singer_ID = so.Singer_ID"),
("singer", "compare-to-aggregate",
 "singers worth more than the avg net worth, name and net worth",
 "who has an above average net worth? show the amount",
 "SELECT Name, Net_Worth_Millions FROM singer WHERE Net_Worth_Millions > (SELECT AVG(Net_Worth_Millions) FROM singer)"),
# ---------------- tvshow ----------------
("tvshow", "count",
 "how many cartoons r there",
 "total number of cartoons",
 "SELECT COUNT(*) FROM Cartoon"),
("tvshow", "list",
 "list the tv channels' series names with country and language",
 "every channel: series name, which country, what language",
 "SELECT series_name, Country, Language FROM TV_Channel"),
("tvshow", "filter-text",
 "cartoons directed by ben jones - title and original air date",
 "which cartoons did Ben Jones direct, and when did they first air?",
 "SELECT Title, Original_air_date FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
("tvshow", "filter-number",
 "tv series episodes with a share of 7 or more, episode and share",
 "episodes whose share is at least seven - show the share",
 "SELECT Episode, Share FROM TV_series WHERE Share >= 7"),
("tvshow", "aggregate",
 "average share and average weekly rank of the tv series episodes",
 "mean share and mean weekly rank over all episodes",
 "SELECT AVG(Share), AVG(Weekly_Rank) FROM TV_series"),
("tvshow", "superlative",
 "which channel has the most cartoons? series name and number",
 "channel airing the largest number of cartoons, with how many",
 "SELECT c.series_name, COUNT(*) FROM TV_Channel c JOIN Cartoon ct ON ct.Channel = c.id "
 "GROUP BY c.id, c.series_name ORDER BY COUNT(*) DESC LIMIT 1"),
("tvshow", "group",
 "number of channels per language",
 "count tv channels grouped by language",
 "SELECT Language, COUNT(*) FROM TV_Channel GROUP BY Language"),
("tvshow", "join",
 "each tv series episode with its channel's series name and country",
 "for every episode show which channel (series name) it aired on and that channel's country",
 "SELECT s.Episode, c.series_name, c.Country FROM TV_series s JOIN TV_Channel c ON c.id = s.Channel"),
("tvshow", "set",
 "channels that show cartoons but have no tv series episodes",
 "which channels air at least one cartoon yet no TV series episode? series names",
 "SELECT c.series_name FROM TV_Channel c JOIN Cartoon ct ON ct.Channel = c.id "
 "EXCEPT SELECT c.series_name FROM TV_Channel c JOIN TV_series s ON s.Channel = c.id"),
("tvshow", "ratio",
 "what percent of channels are in italy",
 "italian-country channels as a share of all channels, %",
 "SELECT 100.0 * SUM(CASE WHEN Country = 'Italy' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
("tvshow", "compare-to-aggregate",
 "episodes with more viewers than average - episode name and viewers (m)",
 "which episodes drew above-average viewership? show viewers in millions",
 "SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > "
 "(SELECT AVG(CAST(Viewers_m AS REAL)) FROM TV_series)"),
# ---------------- world_1 ----------------
("world_1", "count",
 "how many different languages are spoken across all countries",
 "number of distinct languages in the country language table",
 "SELECT COUNT(DISTINCT Language) FROM countrylanguage"),
("world_1", "list",
 "list all countries with their continent and population",
 "every country's name, continent and how many people live there",
 "SELECT Name, Continent, Population FROM country"),
("world_1", "filter-text",
 "cities in the california district and their populations",
 "which cities are in California? show population",
 "SELECT Name, Population FROM city WHERE District = 'California'"),
("world_1", "filter-number",
 "countries with life expectancy over 80, name + life expectancy",
 "where do people live past eighty on average? countries and life expectancy",
 "SELECT Name, LifeExpectancy FROM country WHERE LifeExpectancy > 80"),
("world_1", "aggregate",
 "total population of all countries and the average life expectancy",
 "sum of country populations plus mean life expectancy worldwide",
 "SELECT SUM(Population), AVG(LifeExpectancy) FROM country"),
("world_1", "superlative",
 "top 5 biggest cities by populaton",
 "five most populous cities, with their populations",
 "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5"),
("world_1", "group",
 "for each continent, number of countries and total population",
 "count countries and sum population grouped by continent",
 "SELECT Continent, COUNT(*), SUM(Population) FROM country GROUP BY Continent"),
("world_1", "join",
 "countries in oceania with the name of their capital city",
 "list Oceania countries next to their capitals",
 "SELECT co.Name, ci.Name FROM country co JOIN city ci ON ci.ID = co.Capital WHERE co.Continent = 'Oceania'"),
("world_1", "set",
 "countries where english and french are both official languages",
 "which countries have official status for both French and English?",
 "SELECT c.Name FROM country c JOIN countrylanguage l ON l.CountryCode = c.Code "
 "WHERE l.Language = 'English' AND l.IsOfficial = 'T' "
 "INTERSECT SELECT c.Name FROM country c JOIN countrylanguage l ON l.CountryCode = c.Code "
 "WHERE l.Language = 'French' AND l.IsOfficial = 'T'"),
("world_1", "ratio",
 "what percentage of japan's population lives in the japanese cities listed in the db",
 "sum of populations of cities in Japan as a % of the country's total population",
 "SELECT 100.0 * (SELECT SUM(Population) FROM city WHERE CountryCode = 'JPN') / "
 "(SELECT Population FROM country WHERE Code = 'JPN')"),
("world_1", "compare-to-aggregate",
 "european countries with population above the european average - name and population",
 "which countries in Europe have more people than the average European country? show pop",
 "SELECT Name, Population FROM country WHERE Continent = 'Europe' AND "
 "Population > (SELECT AVG(Population) FROM country WHERE Continent = 'Europe')"),
]


def top_level_from(sql):
    """Index of the first FROM at paren depth 0."""
    depth = 0
    up = sql.upper()
    i = 0
    while i < len(sql):
        ch = sql[i]
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch in "'\"":
            j = sql.index(ch, i + 1)
            i = j
        elif depth == 0 and up.startswith(" FROM ", i):
            return i
        i += 1
    return -1


def check():
    errors = []
    seen_q = set()
    per_db = {}
    for idx, (db, kind, q, p, sql) in enumerate(ITEMS):
        tag = f"#{idx} {db}/{kind}"
        if db not in DBS:
            errors.append(f"{tag}: unknown db")
            continue
        if kind not in KINDS:
            errors.append(f"{tag}: unknown kind")
        per_db.setdefault(db, []).append(kind)
        for text in (q, p):
            key = " ".join(text.lower().split())
            if key in seen_q:
                errors.append(f"{tag}: duplicate question text: {text}")
            seen_q.add(key)
        if q.strip().lower() == p.strip().lower():
            errors.append(f"{tag}: paraphrase identical to question")
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(sql).fetchall()
        except Exception as e:
            errors.append(f"{tag}: SQL error {e}")
            con.close()
            continue
        if not rows:
            errors.append(f"{tag}: no rows")
        elif all(v is None for r in rows for v in r):
            errors.append(f"{tag}: all NULL")
        up = sql.upper()
        nlim = len(re.findall(r"\bLIMIT\b", up))
        if nlim:
            m = re.search(r"\bORDER BY (.+?)(?:\s+(ASC|DESC))?\s+LIMIT\s+(\d+)\s*$", sql, re.I | re.S)
            if nlim > 1 or not m:
                errors.append(f"{tag}: LIMIT must be single, final, and follow ORDER BY")
            else:
                expr, n = m.group(1), int(m.group(3))
                fi = top_level_from(sql)
                if fi < 0:
                    errors.append(f"{tag}: cannot locate FROM for tie check")
                else:
                    kq = "SELECT " + expr + " AS k" + sql[fi:m.start(3)] + str(n + 1)
                    keys = [r[0] for r in con.execute(kq).fetchall()]
                    if len(keys) > n and keys[n - 1] == keys[n]:
                        errors.append(f"{tag}: tie at LIMIT cut-off ({keys[n-1]})")
        con.close()
    for db in DBS:
        ks = per_db.get(db, [])
        c = Counter(ks)
        if len(ks) != 11 or set(ks) != set(KINDS) or any(v != 1 for v in c.values()):
            errors.append(f"{db}: kinds wrong {sorted(c.items())}")
    return errors


def main():
    errors = check()
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind}
           for (db, kind, q, p, sql) in ITEMS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"wrote {len(out)} items to {OUT}")
    print(dict(Counter(k for (_, k, _, _, _) in ITEMS)))


if __name__ == "__main__":
    main()
