#!/usr/bin/env python3
"""Blind held-out set v28 (half A): 10 Spider dbs x 11 kinds = 110 items.
Writes /tmp/blind28/spider_v28_A.json only if every check passes."""
import json, re, sqlite3, sys
from collections import Counter

DB_DIR = "/work/shared/eval/spider/database"
OUT = "/tmp/blind28/spider_v28_A.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

# (db_id, kind, question, paraphrase, query)
ITEMS = [
# ---------------- battle_death ----------------
("battle_death", "count",
 "how many battles ended in a bulgarian victory?",
 "Count the battles that the Bulgarians won.",
 "SELECT COUNT(*) FROM battle WHERE TRIM(result) = 'Bulgarian victory'"),
("battle_death", "list",
 "show every ship w/ its type and location",
 "For all the ships I need the name, what kind of ship it was and where it was.",
 "SELECT name, ship_type, location FROM ship"),
("battle_death", "filter-text",
 "death incidents in Chhattisgarh - note, killed, injured pls",
 "Which casualty records come from the state of Chhattisgarh? Give me the note plus the killed and injured figures.",
 "SELECT note, killed, injured FROM death WHERE note LIKE '%Chhattisgarh%' OR note LIKE '%Chattisgarh%'"),
("battle_death", "filter-number",
 "which death records have more than ten people killed? note + killed",
 "List the note and the number of dead for every incident where the death toll is over 10.",
 "SELECT note, killed FROM death WHERE killed > 10"),
("battle_death", "aggregate",
 "tot killed and tot injured over all incidents",
 "Add up the killed and the injured across every death record - two totals please.",
 "SELECT SUM(killed), SUM(injured) FROM death"),
("battle_death", "superlative",
 "Which battle has the biggest death toll, counting people killed by the ships lost in it? I want the battle name and its date.",
 "Name and date of the battle whose lost ships caused the most deaths.",
 "SELECT b.name, b.date FROM battle b JOIN ship s ON s.lost_in_battle = b.id JOIN death d ON d.caused_by_ship_id = s.id GROUP BY b.id ORDER BY SUM(d.killed) DESC LIMIT 1"),
("battle_death", "group",
 "# of ships lost in each battle, battle name + count",
 "For every battle where ships went down, how many were lost? Show the battle's name and that number.",
 "SELECT b.name, COUNT(*) FROM battle b JOIN ship s ON s.lost_in_battle = b.id GROUP BY b.id, b.name"),
("battle_death", "join",
 "list each ship along with the battle it was lost in and how that battle turned out",
 "For every ship: ship name, the name of the battle where it was lost, and the result of that battle.",
 "SELECT s.name, b.name, b.result FROM ship s JOIN battle b ON s.lost_in_battle = b.id"),
("battle_death", "set",
 "which battles didn't lose any ships?",
 "Give the names of battles that have no lost ship on record.",
 "SELECT name FROM battle EXCEPT SELECT b.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id"),
("battle_death", "ratio",
 "what percentage of the battles were bulgarian wins",
 "Out of all battles, what share (as a percent) ended with Bulgaria victorious?",
 "SELECT 100.0 * SUM(CASE WHEN TRIM(result) = 'Bulgarian victory' THEN 1 ELSE 0 END) / COUNT(*) FROM battle"),
("battle_death", "compare-to-aggregate",
 "incidents where the killed count is above avg - show note and killed",
 "Which death records have more fatalities than the average record? Give the note and the number killed.",
 "SELECT note, killed FROM death WHERE killed > (SELECT AVG(killed) FROM death)"),

# ---------------- concert_singer ----------------
("concert_singer", "count",
 "how many french singers r there",
 "Number of singers whose country is France?",
 "SELECT COUNT(*) FROM singer WHERE Country = 'France'"),
("concert_singer", "list",
 "stadium names, locatoins and capacities",
 "Give me every stadium together with where it is and how many people it holds.",
 "SELECT Name, Location, Capacity FROM stadium"),
("concert_singer", "filter-text",
 "female singers - name & age",
 "List the names and ages of the singers who are women.",
 "SELECT Name, Age FROM singer WHERE Is_male = 'F'"),
("concert_singer", "filter-number",
 "stadiums with capacity over 5,000 -- name and capacity",
 "Which stadiums can fit more than five thousand people? Show each one's name plus its capacity.",
 "SELECT Name, Capacity FROM stadium WHERE Capacity > 5000"),
("concert_singer", "aggregate",
 "avg, min and max singer age",
 "What are the mean age, the youngest age and the oldest age among the singers?",
 "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer"),
("concert_singer", "superlative",
 "which stadium hosted the most concerts",
 "Name of the venue where the largest number of concerts took place.",
 "SELECT s.Name FROM stadium s JOIN concert c ON c.Stadium_ID = s.Stadium_ID GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC LIMIT 1"),
("concert_singer", "group",
 "concerts per year pls",
 "For each year, how many concerts were held? year and count",
 "SELECT Year, COUNT(*) FROM concert GROUP BY Year"),
("concert_singer", "join",
 "every concert's name, theme and the stadium it was at",
 "List each concert with its theme and the name of the stadium that hosted it.",
 "SELECT c.concert_Name, c.Theme, s.Name FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID"),
("concert_singer", "set",
 "Which singers performed at concerts in both 2014 and 2015?",
 "names of singers who appeared at a 2014 show and also at a 2015 show",
 "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON sc.Singer_ID = s.Singer_ID JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014' "
 "INTERSECT SELECT s.Name FROM singer s JOIN singer_in_concert sc ON sc.Singer_ID = s.Singer_ID JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2015'"),
("concert_singer", "ratio",
 "% of singers that are male?",
 "What percentage of all the singers are men?",
 "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
("concert_singer", "compare-to-aggregate",
 "singers older than the average singer age, with their country",
 "Who is above the mean age among singers? Give name + country.",
 "SELECT Name, Country FROM singer WHERE Age > (SELECT AVG(Age) FROM singer)"),

# ---------------- cre_Doc_Template_Mgt ----------------
("cre_Doc_Template_Mgt", "count",
 "how many book templates do we have",
 "Number of templates whose type is Book.",
 "SELECT COUNT(*) FROM Templates t JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code WHERE r.Template_Type_Description = 'Book'"),
("cre_Doc_Template_Mgt", "list",
 "all docs: id, name, template id",
 "Give me each document's ID and name and the ID of the template it uses.",
 "SELECT Document_ID, Document_Name, Template_ID FROM Documents"),
("cre_Doc_Template_Mgt", "filter-text",
 "paragraphs that mention Korea -- paragraph id + document id",
 "Find the paragraphs whose text is about Korea; show their IDs and the doc each one belongs to.",
 "SELECT Paragraph_ID, Document_ID FROM Paragraphs WHERE Paragraph_Text LIKE '%Korea%'"),
("cre_Doc_Template_Mgt", "filter-number",
 "templates w/ version > 5: id, version, type code",
 "Which templates are past version five? Show template id, version number and the type code.",
 "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 5"),
("cre_Doc_Template_Mgt", "aggregate",
 "What's the average template version number, and how many different template types are actually in use?",
 "mean version over all templates + count of distinct type codes used by templates",
 "SELECT AVG(Version_Number), COUNT(DISTINCT Template_Type_Code) FROM Templates"),
("cre_Doc_Template_Mgt", "superlative",
 "which document has the most paragraphs? give its name and the # of paragraphs",
 "Document with the largest paragraph count - its name and how many paragraphs it has.",
 "SELECT d.Document_Name, COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID ORDER BY COUNT(*) DESC LIMIT 1"),
("cre_Doc_Template_Mgt", "group",
 "number of templates per template type (show the type description)",
 "For each kind of template, by its description, how many templates exist?",
 "SELECT r.Template_Type_Description, COUNT(*) FROM Ref_Template_Types r JOIN Templates t ON t.Template_Type_Code = r.Template_Type_Code GROUP BY r.Template_Type_Code, r.Template_Type_Description"),
("cre_Doc_Template_Mgt", "join",
 "list doc names with the type of template they're built on",
 "For each document show its name and the description of its template's type.",
 "SELECT d.Document_Name, r.Template_Type_Description FROM Documents d JOIN Templates t ON t.Template_ID = d.Template_ID JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code"),
("cre_Doc_Template_Mgt", "set",
 "template ids that no document uses",
 "Which templates aren't used by any document? Just the IDs.",
 "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
("cre_Doc_Template_Mgt", "ratio",
 "what percent of the templates are presentation templates",
 "Share of all templates, in percent, that are of the Presentation type.",
 "SELECT 100.0 * SUM(CASE WHEN Template_Type_Code = 'PPT' THEN 1 ELSE 0 END) / COUNT(*) FROM Templates"),
("cre_Doc_Template_Mgt", "compare-to-aggregate",
 "templates with a version number above the average, id + version",
 "Show ID and version for templates whose version is higher than the mean version.",
 "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)"),

# ---------------- employee_hire_evaluation ----------------
("employee_hire_evaluation", "count",
 "how many employees live in Bath?",
 "Number of staff members whose city is Bath.",
 "SELECT COUNT(*) FROM employee WHERE City = 'Bath'"),
("employee_hire_evaluation", "list",
 "shops with their location and manager name",
 "For all shops: the shop name, its location and who manages it.",
 "SELECT Name, Location, Manager_name FROM shop"),
("employee_hire_evaluation", "filter-text",
 "who's working part-time? employee name + the shop",
 "Give the names of employees hired on a non full-time basis, along with the name of the shop they work for.",
 "SELECT e.Name, s.Name FROM hiring h JOIN employee e ON e.Employee_ID = h.Employee_ID JOIN shop s ON s.Shop_ID = h.Shop_ID WHERE h.Is_full_time = 'F'"),
("employee_hire_evaluation", "filter-number",
 "employees under thirty who live in Bath - name and age",
 "Which Bath-based staff are younger than 30? Give their names and ages.",
 "SELECT Name, Age FROM employee WHERE Age < 30 AND City = 'Bath'"),
("employee_hire_evaluation", "aggregate",
 "total bonus paid out and the largest single bonus",
 "What is the sum of all bonuses awarded, and what's the highest bonus amount?",
 "SELECT SUM(Bonus), MAX(Bonus) FROM evaluation"),
("employee_hire_evaluation", "superlative",
 "who got the biggest bonus and in what year?",
 "Employee name and the award year for the single largest bonus.",
 "SELECT e.Name, v.Year_awarded FROM evaluation v JOIN employee e ON e.Employee_ID = v.Employee_ID ORDER BY v.Bonus DESC LIMIT 1"),
("employee_hire_evaluation", "group",
 "how many ppl did each shop hire, shop name and count",
 "Per shop, the number of employees it hired - shop name plus the number.",
 "SELECT s.Name, COUNT(*) FROM shop s JOIN hiring h ON h.Shop_ID = s.Shop_ID GROUP BY s.Shop_ID, s.Name"),
("employee_hire_evaluation", "join",
 "List every hired employee together with the shop they joined and the year they started there.",
 "employee name, shop name, start year for each hiring",
 "SELECT e.Name, s.Name, h.Start_from FROM hiring h JOIN employee e ON e.Employee_ID = h.Employee_ID JOIN shop s ON s.Shop_ID = h.Shop_ID"),
("employee_hire_evaluation", "set",
 "employees who have never received a bonus",
 "Names of staff with no evaluation award on record at all.",
 "SELECT Name FROM employee EXCEPT SELECT e.Name FROM employee e JOIN evaluation v ON v.Employee_ID = e.Employee_ID"),
("employee_hire_evaluation", "ratio",
 "what % of hires are full time",
 "Percentage of hiring records that are full-time positions.",
 "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
("employee_hire_evaluation", "compare-to-aggregate",
 "shops that carry more products than the avg shop, name and # of products",
 "Which shops stock an above-average number of products? Show the shop and its product count.",
 "SELECT Name, Number_products FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)"),

# ---------------- museum_visit ----------------
("museum_visit", "count",
 "how many museums opened after 2009?",
 "Number of museums whose opening year is later than two thousand nine.",
 "SELECT COUNT(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009"),
("museum_visit", "list",
 "visitor names, ages and membership levels",
 "Show me all visitors: name, how old they are and their membership level.",
 "SELECT TRIM(Name), Age, Level_of_membership FROM visitor"),
("museum_visit", "filter-text",
 "museums with Plaza in the name + their staff count",
 "Which museums are called something Plaza? Give name and number of staff.",
 "SELECT Name, Num_of_Staff FROM museum WHERE Name LIKE '%Plaza%'"),
("museum_visit", "filter-number",
 "visitors w/ membership level above 4 who are under 40 -- name and level",
 "List the names and membership levels of visitors younger than forty whose level is greater than four.",
 "SELECT TRIM(Name), Level_of_membership FROM visitor WHERE Level_of_membership > 4 AND Age < 40"),
("museum_visit", "aggregate",
 "total tickets bought and total money spent across all visits",
 "Summing over every visit, how many tickets were purchased and how much was spent in total?",
 "SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit"),
("museum_visit", "superlative",
 "which visitor spent the most overall? name + total",
 "Who is the biggest spender across all museum visits, and how much did they spend altogether?",
 "SELECT TRIM(v.Name), SUM(vi.Total_spent) FROM visitor v JOIN visit vi ON vi.visitor_ID = v.ID GROUP BY v.ID ORDER BY SUM(vi.Total_spent) DESC LIMIT 1"),
("museum_visit", "group",
 "per museum: number of visits and total spent",
 "For every museum that got visitors, show its name, how many visits it had and the total amount spent there.",
 "SELECT m.Name, COUNT(*), SUM(v.Total_spent) FROM museum m JOIN visit v ON v.Museum_ID = m.Museum_ID GROUP BY m.Museum_ID, m.Name"),
("museum_visit", "join",
 "each visit with the visitor's name, the museum name and # of tickets",
 "List all visits: who visited, which museum, and how many tickets they bought.",
 "SELECT TRIM(p.Name), m.Name, v.Num_of_Ticket FROM visit v JOIN visitor p ON p.ID = v.visitor_ID JOIN museum m ON m.Museum_ID = v.Museum_ID"),
("museum_visit", "set",
 "museums nobody has visted",
 "Which museums have zero visits recorded? names please",
 "SELECT Name FROM museum EXCEPT SELECT m.Name FROM museum m JOIN visit v ON v.Museum_ID = m.Museum_ID"),
("museum_visit", "ratio",
 "overall spend per ticket, i.e. total money spent divided by total tickets sold",
 "Across all visits, how much money was spent per ticket (sum of spending over sum of tickets)?",
 "SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit"),
("museum_visit", "compare-to-aggregate",
 "museums with more staff than average - name + staff number",
 "Show the museums whose staff headcount is above the average museum's, with the headcount.",
 "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)"),

# ---------------- orchestra ----------------
("orchestra", "count",
 "how many orchestras are with decca records?",
 "Number of orchestras whose record company is Decca.",
 "SELECT COUNT(*) FROM orchestra WHERE Record_Company LIKE 'Decca%'"),
("orchestra", "list",
 "orchestras + record company + year founded",
 "Give me every orchestra with its label and the year it was founded.",
 "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra"),
("orchestra", "filter-text",
 "british conductors, name and age",
 "Which conductors are from the UK? Show their names and ages.",
 "SELECT Name, Age FROM conductor WHERE Nationality = 'UK'"),
("orchestra", "filter-number",
 "performances with a share above 35% - type and share",
 "List the type and audience share of every performance whose share is over thirty-five percent.",
 "SELECT Type, Share FROM performance WHERE CAST(REPLACE(Share, '%', '') AS REAL) > 35"),
("orchestra", "aggregate",
 "total and avg attendance over all shows",
 "What's the combined attendance of the shows and the mean attendance per show?",
 "SELECT SUM(Attendance), AVG(Attendance) FROM show"),
("orchestra", "superlative",
 "conductor with the most years of work - name and nationality",
 "Which conductor has the longest working career in years? Give the name and where they're from.",
 "SELECT Name, Nationality FROM conductor ORDER BY Year_of_Work DESC LIMIT 1"),
("orchestra", "group",
 "how many conductors per nationality",
 "Break down the conductors by nationality with a count for each.",
 "SELECT Nationality, COUNT(*) FROM conductor GROUP BY Nationality"),
("orchestra", "join",
 "orchestras led by a French conductor, along w/ the conductor's name",
 "Which orchestras have a conductor from France? Show orchestra and conductor name.",
 "SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON c.Conductor_ID = o.Conductor_ID WHERE c.Nationality = 'France'"),
("orchestra", "set",
 "orchestras that have no performances",
 "Name any orchestra with no performance on record.",
 "SELECT Orchestra FROM orchestra EXCEPT SELECT o.Orchestra FROM orchestra o JOIN performance p ON p.Orchestra_ID = o.Orchestra_ID"),
("orchestra", "ratio",
 "what percentage of conductors are american",
 "Share of conductors, as a percent, whose nationality is the United States.",
 "SELECT 100.0 * SUM(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor"),
("orchestra", "compare-to-aggregate",
 "conductors older than the avrage conductor age: name & age",
 "Show name and age for conductors whose age exceeds the mean age of all conductors.",
 "SELECT Name, Age FROM conductor WHERE Age > (SELECT AVG(Age) FROM conductor)"),

# ---------------- poker_player ----------------
("poker_player", "count",
 "# of russians in the people table",
 "How many people have Russian nationality?",
 "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'"),
("poker_player", "list",
 "everyone's name, birth date and height",
 "List all people with their date of birth and their height.",
 "SELECT Name, Birth_Date, Height FROM people"),
("poker_player", "filter-text",
 "people born in 1986 - name and birth date",
 "Who was born in the year 1986? Give names plus full birth dates.",
 "SELECT Name, Birth_Date FROM people WHERE TRIM(Birth_Date) LIKE '%1986'"),
("poker_player", "filter-number",
 "poker players taller than two meters, name + height",
 "Which poker players are over 2 m tall? Show the name and the height.",
 "SELECT pe.Name, pe.Height FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID WHERE pe.Height > 200"),
("poker_player", "aggregate",
 "avg earnings and avg final tables made for poker players",
 "What's the mean earnings and the mean number of final tables made across all poker players?",
 "SELECT AVG(Earnings), AVG(Final_Table_Made) FROM poker_player"),
("poker_player", "superlative",
 "which poker player has the best money rank? name and earnings",
 "Name and earnings of the player ranked highest on the money list (lowest rank number).",
 "SELECT pe.Name, pp.Earnings FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID ORDER BY pp.Money_Rank ASC LIMIT 1"),
("poker_player", "group",
 "count of people per nationality",
 "How many people are there from each country? nationality and number",
 "SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality"),
("poker_player", "join",
 "each poker player's name, money rank and earnings",
 "For all poker players, show the person's name together with their money rank and how much they earned.",
 "SELECT pe.Name, pp.Money_Rank, pp.Earnings FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID"),
("poker_player", "set",
 "people who aren't poker players",
 "Names of the people that have no poker player record.",
 "SELECT Name FROM people EXCEPT SELECT pe.Name FROM people pe JOIN poker_player pp ON pp.People_ID = pe.People_ID"),
("poker_player", "ratio",
 "what % of the people are poker players",
 "Of everyone in the people table, what percentage also appear as poker players?",
 "SELECT 100.0 * (SELECT COUNT(DISTINCT People_ID) FROM poker_player) / COUNT(*) FROM people"),
("poker_player", "compare-to-aggregate",
 "players earning more than the average, names and earnings pls",
 "Which poker players have above-average earnings? Show their names and what they earned.",
 "SELECT pe.Name, pp.Earnings FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID WHERE pp.Earnings > (SELECT AVG(Earnings) FROM poker_player)"),

# ---------------- singer ----------------
("singer", "count",
 "how many american singers",
 "Count the singers who hold US citizenship.",
 "SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'"),
("singer", "list",
 "all singers w/ citizenship and net worth",
 "List every singer along with their citizenship and net worth in millions.",
 "SELECT Name, Citizenship, Net_Worth_Millions FROM singer"),
("singer", "filter-text",
 "german or french singers, name + net worth",
 "Show name and net worth for singers who are citizens of Germany or France.",
 "SELECT Name, Net_Worth_Millions FROM singer WHERE Citizenship IN ('Germany', 'France')"),
("singer", "filter-number",
 "songs that sold more than 300,000 copies: title and sales",
 "Which songs have sales above three hundred thousand? Give title plus sales.",
 "SELECT Title, Sales FROM song WHERE Sales > 300000"),
("singer", "aggregate",
 "tot and avg song sales",
 "What are the total sales and the average sales per song?",
 "SELECT SUM(Sales), AVG(Sales) FROM song"),
("singer", "superlative",
 "richest singer born after 1945 - name + net worth",
 "Among singers born later than 1945, who has the highest net worth and how much is it?",
 "SELECT Name, Net_Worth_Millions FROM singer WHERE Birth_Year > 1945 ORDER BY Net_Worth_Millions DESC LIMIT 1"),
("singer", "group",
 "per citizenship: number of singers and their avg net worth",
 "Group the singers by citizenship and show the count and mean net worth for each.",
 "SELECT Citizenship, COUNT(*), AVG(Net_Worth_Millions) FROM singer GROUP BY Citizenship"),
("singer", "join",
 "every song title with the singer's name and its highest chart position",
 "List all songs: title, who sang it, and the best position it reached.",
 "SELECT so.Title, s.Name, so.Highest_Position FROM song so JOIN singer s ON s.Singer_ID = so.Singer_ID"),
("singer", "set",
 "singers with no songs in teh db",
 "Which singers don't have a single song listed? names only",
 "SELECT Name FROM singer EXCEPT SELECT s.Name FROM singer s JOIN song so ON so.Singer_ID = s.Singer_ID"),
("singer", "ratio",
 "what % of all song sales comes from Liliane Bettencourt's songs",
 "Liliane Bettencourt's share of total song sales, in percent.",
 "SELECT 100.0 * SUM(CASE WHEN s.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / SUM(so.Sales) FROM song so JOIN singer s ON s.Singer_ID = so.Singer_ID"),
("singer", "compare-to-aggregate",
 "singers with net worth above the avg - name and birth year",
 "Which singers are worth more than the average singer? Show name and year of birth.",
 "SELECT Name, Birth_Year FROM singer WHERE Net_Worth_Millions > (SELECT AVG(Net_Worth_Millions) FROM singer)"),

# ---------------- tvshow ----------------
("tvshow", "count",
 "how many cartoons first aired in 2009",
 "Number of cartoons whose original air date falls in two thousand nine.",
 "SELECT COUNT(*) FROM Cartoon WHERE TRIM(Original_air_date) LIKE '%2009'"),
("tvshow", "list",
 "channels: series name, country, language",
 "Show all TV channels with their series name, the country and the language.",
 "SELECT series_name, Country, Language FROM TV_Channel"),
("tvshow", "filter-text",
 "cartoons that aired on UK channels -- title and director",
 "Give the title and director of each cartoon shown on a channel based in the United Kingdom.",
 "SELECT ca.Title, ca.Directed_by FROM Cartoon ca JOIN TV_Channel ch ON ch.id = ca.Channel WHERE ch.Country = 'United Kingdom'"),
("tvshow", "filter-number",
 "episodes w/ more than 6 million viewers, episode and viewers",
 "Which TV series episodes drew over six million viewers? List the episode and its viewer count (millions).",
 "SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),
("tvshow", "aggregate",
 "avg rating and avg share across tv series episodes",
 "What are the mean rating and the mean share over all episodes?",
 "SELECT AVG(CAST(Rating AS REAL)), AVG(Share) FROM TV_series"),
("tvshow", "superlative",
 "most watched episode and when it aired",
 "Which episode had the largest audience, and what was its air date?",
 "SELECT Episode, Air_Date FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1"),
("tvshow", "group",
 "cartoons per director",
 "How many cartoons did each director make? director + count",
 "SELECT Directed_by, COUNT(*) FROM Cartoon GROUP BY Directed_by"),
("tvshow", "join",
 "every cartoon title with the name and country of the channel it's on",
 "List the cartoons, each with its channel's series name and that channel's country.",
 "SELECT ca.Title, ch.series_name, ch.Country FROM Cartoon ca JOIN TV_Channel ch ON ch.id = ca.Channel"),
("tvshow", "set",
 "channels that show neither cartoons nor tv series",
 "Which channels have no cartoon and no TV series episode at all? series names",
 "SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon) AND id NOT IN (SELECT Channel FROM TV_series)"),
("tvshow", "ratio",
 "% of channels that offer HD",
 "What percentage of TV channels are high definition?",
 "SELECT 100.0 * SUM(CASE WHEN LOWER(TRIM(Hight_definition_TV)) = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
("tvshow", "compare-to-aggregate",
 "episodes with a share higher than average - episode + share",
 "Show the episodes whose share beats the mean share, with that share.",
 "SELECT Episode, Share FROM TV_series WHERE Share > (SELECT AVG(Share) FROM TV_series)"),

# ---------------- world_1 ----------------
("world_1", "count",
 "how many japanese cities are in the db",
 "Number of cities listed for Japan.",
 "SELECT COUNT(*) FROM city ci JOIN country co ON co.Code = ci.CountryCode WHERE co.Name = 'Japan'"),
("world_1", "list",
 "south american countries w/ population and life expectancy",
 "For each country in South America give me the name, how many people live there and the life expectancy.",
 "SELECT Name, Population, LifeExpectancy FROM country WHERE Continent = 'South America'"),
("world_1", "filter-text",
 "european constitutional monarchies and their heads of state",
 "Which countries in Europe are constitutional monarchies? Show each one with its head of state.",
 "SELECT Name, HeadOfState FROM country WHERE Continent = 'Europe' AND GovernmentForm LIKE 'Constitutional Monarchy%'"),
("world_1", "filter-number",
 "countries with more than 100 million people: name + pop",
 "List the countries whose population tops one hundred million, with the population figure.",
 "SELECT Name, Population FROM country WHERE Population > 100000000"),
("world_1", "aggregate",
 "tot world population and avg life expectancy over all countries",
 "Sum of every country's population, and the mean life expectancy across countries.",
 "SELECT SUM(Population), AVG(LifeExpectancy) FROM country"),
("world_1", "superlative",
 "biggest city in Brazil and its population",
 "What is Brazil's most populous city, and how many people live there?",
 "SELECT ci.Name, ci.Population FROM city ci JOIN country co ON co.Code = ci.CountryCode WHERE co.Name = 'Brazil' ORDER BY ci.Population DESC LIMIT 1"),
("world_1", "group",
 "# of countries and total surface area per continent",
 "For every continent, how many countries are there and what's their combined surface area?",
 "SELECT Continent, COUNT(*), SUM(SurfaceArea) FROM country GROUP BY Continent"),
("world_1", "join",
 "cities over 5 million people with the country they're in",
 "List each city having more than five million inhabitants together with the name of its country.",
 "SELECT ci.Name, co.Name FROM city ci JOIN country co ON co.Code = ci.CountryCode WHERE ci.Population > 5000000"),
("world_1", "set",
 "countries where both English and French are official languages",
 "Which countries have English as an official language and French as one too?",
 "SELECT co.Name FROM country co JOIN countrylanguage cl ON cl.CountryCode = co.Code WHERE cl.Language = 'English' AND cl.IsOfficial = 'T' "
 "INTERSECT SELECT co.Name FROM country co JOIN countrylanguage cl ON cl.CountryCode = co.Code WHERE cl.Language = 'French' AND cl.IsOfficial = 'T'"),
("world_1", "ratio",
 "what % of the world population lives in Asia",
 "Asia's share of total world population, as a percentage.",
 "SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country"),
("world_1", "compare-to-aggregate",
 "European countries whose life expectancy beats the European avg, name + life expectancy",
 "In Europe, which countries live longer than the continent's average life expectancy? Show country and value.",
 "SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Europe' AND LifeExpectancy > (SELECT AVG(LifeExpectancy) FROM country WHERE Continent = 'Europe')"),
]

LIMIT_RE = re.compile(r"ORDER BY (.+?)\s*(?:ASC|DESC)?\s+LIMIT (\d+)\s*$", re.I | re.S)


def tie_check(con, q):
    """Return None if fine, else an error string. LIMIT only allowed at the very end
    of the outermost SELECT; the ORDER BY keys are prepended as extra columns and the
    query is re-run without LIMIT to compare row n with row n+1."""
    n_limit = len(re.findall(r"\bLIMIT\b", q, re.I))
    if n_limit == 0:
        return None
    m = LIMIT_RE.search(q)
    if n_limit > 1 or not m or not q.upper().startswith("SELECT ") or q.upper().startswith("SELECT DISTINCT"):
        return "LIMIT not tie-checkable (must be a single trailing LIMIT on a plain SELECT)"
    expr, n = m.group(1), int(m.group(2))
    keys = [re.sub(r"\s+(ASC|DESC)$", "", k.strip(), flags=re.I) for k in re.split(r",(?![^(]*\))", expr)]
    no_limit = re.sub(r"\s+LIMIT\s+\d+\s*$", "", q, flags=re.I)
    probe = "SELECT " + ", ".join(f"{k} AS __k{i}" for i, k in enumerate(keys)) + ", " + no_limit[len("SELECT "):]
    rows = con.execute(probe).fetchall()
    if len(rows) < n:
        return f"fewer rows ({len(rows)}) than LIMIT {n}"
    if len(rows) > n and rows[n - 1][:len(keys)] == rows[n][:len(keys)]:
        return f"tie at LIMIT {n}: {rows[n-1][:len(keys)]}"
    return None


def main():
    errors, out, multi = [], [], 0
    seen = set()
    kinds = Counter()
    per_db = Counter()
    cons = {}
    for db, kind, q, para, sql in ITEMS:
        if kind not in KINDS:
            errors.append(f"bad kind {kind}")
        kinds[kind] += 1
        per_db[(db, kind)] += 1
        key = q.strip().lower()
        if key in seen:
            errors.append(f"duplicate question: {q}")
        seen.add(key)
        if para.strip().lower() == key:
            errors.append(f"paraphrase identical: {q}")
        con = cons.setdefault(db, sqlite3.connect(f"file:{DB_DIR}/{db}/{db}.sqlite?mode=ro", uri=True))
        try:
            cur = con.execute(sql)
            rows = cur.fetchall()
        except Exception as e:
            errors.append(f"[{db}] SQL error {e}: {sql}")
            continue
        if not rows:
            errors.append(f"[{db}] empty result: {q}")
        elif all(v is None for r in rows for v in r):
            errors.append(f"[{db}] all-NULL result: {q}")
        if len(cur.description) >= 2:
            multi += 1
        try:
            t = tie_check(con, sql)
        except Exception as e:
            t = f"tie-check failed: {e}"
        if t:
            errors.append(f"[{db}] {t}: {q}")
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
    dbs = sorted({i[0] for i in ITEMS})
    if len(dbs) != 10:
        errors.append(f"expected 10 dbs, got {len(dbs)}")
    for db in dbs:
        for k in KINDS:
            if per_db[(db, k)] != 1:
                errors.append(f"[{db}] kind {k} count {per_db[(db, k)]} != 1")
    for k in KINDS:
        if kinds[k] != 10:
            errors.append(f"kind {k}: {kinds[k]} != 10")
    if len(out) != 110:
        errors.append(f"total {len(out)} != 110")
    if multi < len(out) / 2:
        errors.append(f"only {multi} multi-column questions")
    if errors:
        print("FAILED:\n" + "\n".join(errors))
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"OK: wrote {len(out)} items to {OUT}")
    print("per kind:", dict(kinds))
    print("multi-column (2+) golds:", multi)


if __name__ == "__main__":
    main()
