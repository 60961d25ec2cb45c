#!/usr/bin/env python3
"""Generate spider_v21_A.json: hand-written questions (with paraphrases) and gold SQL
for the half-A Spider databases. Every gold query is executed and checked; the JSON is
written only if every check passes."""
import json
import os
import re
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "spider_v21_A.json")
PER_DB = 11
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

# (db_id, kind, question, paraphrase, query)
ITEMS = [
    # ---------------------------------------------------------------- battle_death
    ("battle_death", "count",
     "How many battles ended in a Bulgarian victory?",
     "Count the battles that the Bulgarians won.",
     "SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'"),
    ("battle_death", "list",
     "list every battle with its date and result",
     "For all the battles, give me the name, when it was fought and how it turned out.",
     "SELECT name, date, result FROM battle"),
    ("battle_death", "filter-text",
     "Which battles had Kaloyan as the Bulgarian commander? Show the latin commander too.",
     "Battles where the Bulgarian side was led by Kaloyan, along with who commanded the Latin side",
     "SELECT name, latin_commander FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    ("battle_death", "filter-number",
     "death records with more than ten people killed - note and number killed",
     "Show me the note and kill count for every incident where over 10 were killed.",
     "SELECT note, killed FROM death WHERE killed > 10"),
    ("battle_death", "aggregate",
     "total number injured across all the death records?",
     "What do the injuries add up to over every recorded incident?",
     "SELECT SUM(injured) FROM death"),
    ("battle_death", "superlative",
     "Which ship caused the most deaths overall? give its name and the total killed",
     "Name the ship with the highest combined number of people killed, plus that total.",
     "SELECT s.name, SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
     "GROUP BY s.id, s.name ORDER BY SUM(d.killed) DESC LIMIT 1"),
    ("battle_death", "group",
     "ships per disposition (captured, sank etc) - how many of each?",
     "Break down the number of ships by what happened to them, i.e. their disposition.",
     "SELECT disposition_of_ship, COUNT(*) FROM ship GROUP BY disposition_of_ship"),
    ("battle_death", "join",
     "Pull up each ship along with the battle it was lost in and that battle's date.",
     "For every ship, which battle was it lost in and when was that battle fought?",
     "SELECT s.name, b.name, b.date FROM ship s JOIN battle b ON s.lost_in_battle = b.id"),
    ("battle_death", "set",
     "battles in which no ship was lost - name and date",
     "Which battles saw zero ships lost? List their names and dates.",
     "SELECT name, date FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)"),
    ("battle_death", "ratio",
     "What percentage of the ships were captured?",
     "Out of all ships, what share in percent ended up captured?",
     "SELECT 100.0 * SUM(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / COUNT(*) FROM ship"),
    ("battle_death", "compare-to-aggregate",
     "incidents where more people were killed than the average, with the note and killed count",
     "Give the note and number killed for death records whose kill count is above the overall mean.",
     "SELECT note, killed FROM death WHERE killed > (SELECT AVG(killed) FROM death)"),

    # ---------------------------------------------------------------- concert_singer
    ("concert_singer", "count",
     "How many concerts were held in 2015?",
     "Number of concerts that took place in the year 2015?",
     "SELECT COUNT(*) FROM concert WHERE Year = '2015'"),
    ("concert_singer", "list",
     "show all singers' names, countries and ages, oldest first",
     "Give me every singer's name, country and age, sorted from oldest to youngest.",
     "SELECT Name, Country, Age FROM singer ORDER BY Age DESC"),
    ("concert_singer", "filter-text",
     "Which singers are from France and what songs do they sing?",
     "French singers along with their song names",
     "SELECT Name, Song_Name FROM singer WHERE Country = 'France'"),
    ("concert_singer", "filter-number",
     "stadiums that hold over 5k people - name and capacity",
     "List the name and capacity of every stadium whose capacity exceeds 5,000.",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > 5000"),
    ("concert_singer", "aggregate",
     "avg, min and max singer age",
     "What are the average, the youngest and the oldest ages among the singers?",
     "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer"),
    ("concert_singer", "superlative",
     "Which stadium has the highest average attendance? show the name and the average",
     "Stadium with the biggest average crowd, plus that average figure",
     "SELECT Name, Average FROM stadium ORDER BY Average DESC LIMIT 1"),
    ("concert_singer", "group",
     "number of concerts per year",
     "How many concerts happened in each year?",
     "SELECT Year, COUNT(*) FROM concert GROUP BY Year"),
    ("concert_singer", "join",
     "list each concert with the name and location of the stadium it was held at",
     "For every concert, which stadium hosted it and where is that stadium?",
     "SELECT c.concert_Name, s.Name, s.Location FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID"),
    ("concert_singer", "set",
     "singers who never performed in any concert, with their country",
     "Which singers haven't appeared in a single concert? Give name and country.",
     "SELECT Name, Country FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM singer_in_concert)"),
    ("concert_singer", "ratio",
     "what percent of the singers are male?",
     "Share of male singers, as a percentage of all singers",
     "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
    ("concert_singer", "compare-to-aggregate",
     "singers older than the average singer, with their ages",
     "Who's above the mean age among the singers? Name and age please.",
     "SELECT Name, Age FROM singer WHERE Age > (SELECT AVG(Age) FROM singer)"),

    # ---------------------------------------------------------------- cre_Doc_Template_Mgt
    ("cre_Doc_Template_Mgt", "count",
     "how many paper templates are there?",
     "Count the templates whose type is Paper.",
     "SELECT COUNT(*) FROM Templates WHERE Template_Type_Code = 'PP'"),
    ("cre_Doc_Template_Mgt", "list",
     "list all document names with their template ids",
     "Show me every document's name and the id of the template it uses.",
     "SELECT Document_Name, Template_ID FROM Documents"),
    ("cre_Doc_Template_Mgt", "filter-text",
     "documents with CV in the name - id and name",
     "Which documents have names that mention 'CV'? Give the document id and name.",
     "SELECT Document_ID, Document_Name FROM Documents WHERE Document_Name LIKE '%CV%'"),
    ("cre_Doc_Template_Mgt", "filter-number",
     "templates with a version number above 6: id, version and type code",
     "Which templates are on version 7 or higher? Show the template id, version number and type code.",
     "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 6"),
    ("cre_Doc_Template_Mgt", "aggregate",
     "What's the highest and lowest template version number?",
     "Give me the max and the min version numbers across all templates.",
     "SELECT MAX(Version_Number), MIN(Version_Number) FROM Templates"),
    ("cre_Doc_Template_Mgt", "superlative",
     "which document has the most paragraphs? name and paragraph count",
     "Document with the largest number of paragraphs, and how many it has",
     "SELECT d.Document_Name, COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
     "GROUP BY d.Document_ID, d.Document_Name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("cre_Doc_Template_Mgt", "group",
     "number of templates for each template type code",
     "How many templates does each type code have?",
     "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code"),
    ("cre_Doc_Template_Mgt", "join",
     "show each document's name along with the description of its template type",
     "For every document, what kind of template (type description) is it based on?",
     "SELECT d.Document_Name, r.Template_Type_Description FROM Documents d "
     "JOIN Templates t ON d.Template_ID = t.Template_ID "
     "JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code"),
    ("cre_Doc_Template_Mgt", "set",
     "templates that aren't used by any document - id and type",
     "Which templates have no documents built on them? Give the template id and type code.",
     "SELECT Template_ID, Template_Type_Code FROM Templates WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents)"),
    ("cre_Doc_Template_Mgt", "ratio",
     "what percentage of documents have at least one paragraph?",
     "In percent, how many of the documents contain one or more paragraphs?",
     "SELECT 100.0 * COUNT(*) / (SELECT COUNT(*) FROM Documents) FROM Documents "
     "WHERE Document_ID IN (SELECT Document_ID FROM Paragraphs)"),
    ("cre_Doc_Template_Mgt", "compare-to-aggregate",
     "I need the templates whose version number is higher than the average version, with id and version",
     "Show template ids and versions where the version is above the mean version number.",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)"),

    # ---------------------------------------------------------------- employee_hire_evaluation
    ("employee_hire_evaluation", "count",
     "How many employees live in Bristol?",
     "Number of staff based in the city of Bristol?",
     "SELECT COUNT(*) FROM employee WHERE City = 'Bristol'"),
    ("employee_hire_evaluation", "list",
     "pull up the shops with their location and manager name",
     "Give me each shop's name, where it's located and who manages it.",
     "SELECT Name, Location, Manager_name FROM shop"),
    ("employee_hire_evaluation", "filter-text",
     "employes from Bath - name and age",
     "Which employees are in Bath? Show their names and ages.",
     "SELECT Name, Age FROM employee WHERE City = 'Bath'"),
    ("employee_hire_evaluation", "filter-number",
     "Shops carrying over 10k products, with the product count",
     "Which shops stock more than 10,000 products? Name and number of products.",
     "SELECT Name, Number_products FROM shop WHERE Number_products > 10000"),
    ("employee_hire_evaluation", "aggregate",
     "total bonus paid out across all evaluations",
     "What's the sum of all the bonuses ever awarded?",
     "SELECT SUM(Bonus) FROM evaluation"),
    ("employee_hire_evaluation", "superlative",
     "who got the single biggest bonus? name and amount",
     "Which employee received the largest one-off bonus, and how much was it?",
     "SELECT e.Name, ev.Bonus FROM employee e JOIN evaluation ev ON ev.Employee_ID = e.Employee_ID "
     "ORDER BY ev.Bonus DESC LIMIT 1"),
    ("employee_hire_evaluation", "group",
     "how many employees in each city",
     "Employee headcount by city",
     "SELECT City, COUNT(*) FROM employee GROUP BY City"),
    ("employee_hire_evaluation", "join",
     "for every hire show the employee's name, the shop name and the year they started",
     "Which employee works at which shop, and since when?",
     "SELECT e.Name, s.Name, h.Start_from FROM hiring h JOIN employee e ON h.Employee_ID = e.Employee_ID "
     "JOIN shop s ON h.Shop_ID = s.Shop_ID"),
    ("employee_hire_evaluation", "set",
     "employees who've never been awarded a bonus - name and city",
     "Which staff members have no evaluation record at all? Give their name and city.",
     "SELECT Name, City FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)"),
    ("employee_hire_evaluation", "ratio",
     "What percentage of hires are full-time?",
     "Of all the hiring records, what percent are full time?",
     "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
    ("employee_hire_evaluation", "compare-to-aggregate",
     "shops with more products than the average shop - name and product count",
     "Which shops stock an above-average number of products? Include how many they carry.",
     "SELECT Name, Number_products FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)"),

    # ---------------------------------------------------------------- museum_visit
    ("museum_visit", "count",
     "how many museums opened after 2010?",
     "Number of museums whose opening year is later than 2010?",
     "SELECT COUNT(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010"),
    ("museum_visit", "list",
     "all museums and their staff numbers",
     "Give me each museum's name with how many staff it employs.",
     "SELECT Name, Num_of_Staff FROM museum"),
    ("museum_visit", "filter-text",
     "museums with Plaza in the name and the year they opened",
     "Which museums have 'Plaza' in their names? Show name and opening year.",
     "SELECT Name, Open_Year FROM museum WHERE Name LIKE '%Plaza%'"),
    ("museum_visit", "filter-number",
     "visitors aged 30 or older - name and age",
     "List the names and ages of visitors who are at least thirty.",
     "SELECT Name, Age FROM visitor WHERE Age >= 30"),
    ("museum_visit", "aggregate",
     "avarage number of staff per museum",
     "What's the mean staff count across the museums?",
     "SELECT AVG(Num_of_Staff) FROM museum"),
    ("museum_visit", "superlative",
     "which visitor has spent the most in total? name and total spent",
     "Top spender among the visitors: who is it and what's their overall spend?",
     "SELECT v.Name, SUM(t.Total_spent) FROM visitor v JOIN visit t ON t.visitor_ID = v.ID "
     "GROUP BY v.ID, v.Name ORDER BY SUM(t.Total_spent) DESC LIMIT 1"),
    ("museum_visit", "group",
     "number of museums by opening year",
     "How many museums opened in each year?",
     "SELECT Open_Year, COUNT(*) FROM museum GROUP BY Open_Year"),
    ("museum_visit", "join",
     "I need every visit with the museum name, visitor name and number of tickets",
     "For each visit, who went, to which museum, and how many tickets did they buy?",
     "SELECT m.Name, v.Name, t.Num_of_Ticket FROM visit t JOIN museum m ON t.Museum_ID = m.Museum_ID "
     "JOIN visitor v ON t.visitor_ID = v.ID"),
    ("museum_visit", "set",
     "museums nobody has visited, with the year they opened",
     "Which museums have no recorded visits? Give the name and opening year.",
     "SELECT Name, Open_Year FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
    ("museum_visit", "ratio",
     "What's the overall spend per ticket, i.e. total spent divided by total tickets?",
     "Across all visits, how much money was spent per ticket (sum of spending over sum of tickets)?",
     "SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit"),
    ("museum_visit", "compare-to-aggregate",
     "museums with more staff than the average museum - name and staff count",
     "Which museums are staffed above the mean? Show names and staff numbers.",
     "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)"),

    # ---------------------------------------------------------------- orchestra
    ("orchestra", "count",
     "How many conductors are American?",
     "Number of conductors whose nationality is USA?",
     "SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'"),
    ("orchestra", "list",
     "give me the orchestras with their record company and year founded",
     "Show every orchestra's name, its record label and the year it was founded.",
     "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra"),
    ("orchestra", "filter-text",
     "orchestras on Decca Records and when they were founded",
     "Which orchestras record with Decca Records? Give the name and founding year.",
     "SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'"),
    ("orchestra", "filter-number",
     "conductors with over 15 years of work - name and years",
     "Which conductors have worked more than fifteen years? Show name and years of work.",
     "SELECT Name, Year_of_Work FROM conductor WHERE Year_of_Work > 15"),
    ("orchestra", "aggregate",
     "average age of the conductors?",
     "Mean conductor age?",
     "SELECT AVG(Age) FROM conductor"),
    ("orchestra", "superlative",
     "top 3 performances by official rating (millions) - type and rating",
     "Show the three highest-rated performances, with their type and official ratings in millions.",
     "SELECT Type, \"Official_ratings_(millions)\" FROM performance ORDER BY \"Official_ratings_(millions)\" DESC LIMIT 3"),
    ("orchestra", "group",
     "how many conductors per nationality",
     "Conductor count broken down by nationality",
     "SELECT Nationality, COUNT(*) FROM conductor GROUP BY Nationality"),
    ("orchestra", "join",
     "each orchestra with its conductor's name and nationality",
     "Who conducts each orchestra, and what's that conductor's nationality?",
     "SELECT o.Orchestra, c.Name, c.Nationality FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID"),
    ("orchestra", "set",
     "orchestras that have no performances on record, with their record company",
     "Which orchestras have never performed (no performance rows)? Include the record company.",
     "SELECT Orchestra, Record_Company FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
    ("orchestra", "ratio",
     "what percentage of orchestras mainly record on DVD?",
     "Share of orchestras whose major record format is DVD, in percent",
     "SELECT 100.0 * SUM(CASE WHEN Major_Record_Format = 'DVD' THEN 1 ELSE 0 END) / COUNT(*) FROM orchestra"),
    ("orchestra", "compare-to-aggregate",
     "conductors older than the average conductor age, with their age",
     "Which conductors are above the mean age? Name and age.",
     "SELECT Name, Age FROM conductor WHERE Age > (SELECT AVG(Age) FROM conductor)"),

    # ---------------------------------------------------------------- poker_player
    ("poker_player", "count",
     "how many poker players are there",
     "Total number of poker players?",
     "SELECT COUNT(*) FROM poker_player"),
    ("poker_player", "list",
     "names and nationalities of all people",
     "Give me everyone's name along with their nationality.",
     "SELECT Name, Nationality FROM people"),
    ("poker_player", "filter-text",
     "people from Bulgaria with their birth date",
     "Who is Bulgarian? Show the name and date of birth.",
     "SELECT Name, Birth_Date FROM people WHERE Nationality = 'Bulgaria'"),
    ("poker_player", "filter-number",
     "people taller than 200 - name and height",
     "Which people have a height over 200? List names and heights.",
     "SELECT Name, Height FROM people WHERE Height > 200"),
    ("poker_player", "aggregate",
     "whats the total earnings of all the poker players",
     "What do the poker players' earnings add up to?",
     "SELECT SUM(Earnings) FROM poker_player"),
    ("poker_player", "superlative",
     "poker player with the highest earnings - name and earnings",
     "Who earned the most among the poker players, and how much?",
     "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
     "ORDER BY pp.Earnings DESC LIMIT 1"),
    ("poker_player", "group",
     "number of people per nationality",
     "How many people come from each nationality?",
     "SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality"),
    ("poker_player", "join",
     "pull up the poker players' names with the number of final tables they made",
     "For each poker player, show their name and how many final tables they reached.",
     "SELECT p.Name, pp.Final_Table_Made FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID"),
    ("poker_player", "set",
     "people who aren't poker players, name and nationality",
     "Which people don't show up among the poker players? Give their names and nationalities.",
     "SELECT Name, Nationality FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    ("poker_player", "ratio",
     "what percentage of people are poker players?",
     "Poker players as a percent of everyone in the people table?",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT People_ID) FROM poker_player) / COUNT(*) FROM people"),
    ("poker_player", "compare-to-aggregate",
     "players earning more than the average - name and earnings",
     "Which poker players have above-average earnings? Show name and earnings.",
     "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
     "WHERE pp.Earnings > (SELECT AVG(Earnings) FROM poker_player)"),

    # ---------------------------------------------------------------- singer
    ("singer", "count",
     "How many singers were born in the 1940s?",
     "Count the singers whose birth year falls between 1940 and 1949.",
     "SELECT COUNT(*) FROM singer WHERE Birth_Year BETWEEN 1940 AND 1949"),
    ("singer", "list",
     "list the singers with citizenship and birth year",
     "Every singer's name, citizenship and year of birth",
     "SELECT Name, Citizenship, Birth_Year FROM singer"),
    ("singer", "filter-text",
     "US singers and their net worth",
     "Show the net worth of each singer holding United States citizenship, with their names.",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Citizenship = 'United States'"),
    ("singer", "filter-number",
     "singers worth more than 20 million - name and net worth",
     "Which singers have a net worth above $20M? Name and worth in millions.",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Net_Worth_Millions > 20"),
    ("singer", "aggregate",
     "total sales across all songs",
     "What are the combined sales of every song?",
     "SELECT SUM(Sales) FROM song"),
    ("singer", "superlative",
     "top 3 best sellng songs with their sales",
     "The three songs that sold the most, and their sales figures",
     "SELECT Title, Sales FROM song ORDER BY Sales DESC LIMIT 3"),
    ("singer", "group",
     "how many singers per citizenship",
     "Singer count by country of citizenship",
     "SELECT Citizenship, COUNT(*) FROM singer GROUP BY Citizenship"),
    ("singer", "join",
     "song titles along with the singer's name",
     "Who sings each song? Give me the title and the singer's name.",
     "SELECT s.Title, si.Name FROM song s JOIN singer si ON s.Singer_ID = si.Singer_ID"),
    ("singer", "set",
     "singers without any songs - name and net worth",
     "Which singers have no songs in the database? Show name and net worth.",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)"),
    ("singer", "ratio",
     "what percent of songs reached number one?",
     "Share of songs whose highest chart position was 1, as a percentage",
     "SELECT 100.0 * SUM(CASE WHEN Highest_Position = 1 THEN 1 ELSE 0 END) / COUNT(*) FROM song"),
    ("singer", "compare-to-aggregate",
     "songs that sold more than average - title and sales",
     "Which songs have above-average sales? List title and sales.",
     "SELECT Title, Sales FROM song WHERE Sales > (SELECT AVG(Sales) FROM song)"),

    # ---------------------------------------------------------------- tvshow
    ("tvshow", "count",
     "how many channels broadcast in Italian",
     "Number of TV channels whose language is Italian?",
     "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'Italian'"),
    ("tvshow", "list",
     "give me the cartoon titles and who directed them",
     "Which director is behind each cartoon? Title and director.",
     "SELECT Title, Directed_by FROM Cartoon"),
    ("tvshow", "filter-text",
     "cartoons written by Todd Casey, with their original air date",
     "Which cartoons did Todd Casey write? Title and original air date.",
     "SELECT Title, Original_air_date FROM Cartoon WHERE Written_by = 'Todd Casey'"),
    ("tvshow", "filter-number",
     "episodes with a weekly rank under 65 - episode and rank",
     "TV series episodes whose weekly rank is below sixty-five: show the episode name and weekly rank.",
     "SELECT Episode, Weekly_Rank FROM TV_series WHERE Weekly_Rank < 65"),
    ("tvshow", "aggregate",
     "average share of all the tv series episodes",
     "Mean audience share across the TV series episodes?",
     "SELECT AVG(Share) FROM TV_series"),
    ("tvshow", "superlative",
     "Which channel aired the most cartoons? give the channel's series name and the count",
     "Channel with the highest number of cartoons, plus how many it has",
     "SELECT ch.series_name, COUNT(*) FROM Cartoon c JOIN TV_Channel ch ON c.Channel = ch.id "
     "GROUP BY ch.id, ch.series_name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("tvshow", "group",
     "number of channels per country",
     "How many TV channels does each country have?",
     "SELECT Country, COUNT(*) FROM TV_Channel GROUP BY Country"),
    ("tvshow", "join",
     "each tv series episode with its channel name and language",
     "For every episode, which channel (series name) was it on and in what language?",
     "SELECT s.Episode, ch.series_name, ch.Language FROM TV_series s JOIN TV_Channel ch ON s.Channel = ch.id"),
    ("tvshow", "set",
     "channels that have no cartoons - id and series name",
     "Which channels never aired a cartoon? Show their id and series name.",
     "SELECT id, series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon)"),
    ("tvshow", "ratio",
     "what percentage of channels offer HD?",
     "Share of TV channels with high definition, as a percent",
     "SELECT 100.0 * SUM(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
    ("tvshow", "compare-to-aggregate",
     "episodes rated higher than the average rating - episode and rating",
     "Which episodes have an above-average rating? List the episode and its rating.",
     "SELECT Episode, Rating FROM TV_series WHERE CAST(Rating AS REAL) > (SELECT AVG(CAST(Rating AS REAL)) FROM TV_series)"),

    # ---------------------------------------------------------------- world_1
    ("world_1", "count",
     "how many countries are in Europe?",
     "Number of European countries?",
     "SELECT COUNT(*) FROM country WHERE Continent = 'Europe'"),
    ("world_1", "list",
     "list all the distinct regions along with their continent",
     "What regions are there, and which continent is each one in?",
     "SELECT DISTINCT Region, Continent FROM country"),
    ("world_1", "filter-text",
     "cities in the California district with populations",
     "Show the name and population of every city whose district is California.",
     "SELECT Name, Population FROM city WHERE District = 'California'"),
    ("world_1", "filter-number",
     "countries that became independent in the 1990s, with the year",
     "Which nations gained independence between 1990 and 1999? Name and independence year.",
     "SELECT Name, IndepYear FROM country WHERE IndepYear BETWEEN 1990 AND 1999"),
    ("world_1", "aggregate",
     "what's the total population of Asia?",
     "What's the combined population of all the Asian countries?",
     "SELECT SUM(Population) FROM country WHERE Continent = 'Asia'"),
    ("world_1", "superlative",
     "top 5 most populous cities with their population",
     "Five biggest cities by population, and how many people live in each",
     "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5"),
    ("world_1", "group",
     "How many countries on each continent?",
     "Country count broken down by continent",
     "SELECT Continent, COUNT(*) FROM country GROUP BY Continent"),
    ("world_1", "join",
     "what languages are spoken in Japan and what percentage speak each",
     "Languages of Japan along with their percentage share",
     "SELECT l.Language, l.Percentage FROM countrylanguage l JOIN country c ON l.CountryCode = c.Code "
     "WHERE c.Name = 'Japan'"),
    ("world_1", "set",
     "countries where both English and French are official languages",
     "Which countries have English as well as French as an official language?",
     "SELECT c.Name FROM country c JOIN countrylanguage l ON c.Code = l.CountryCode "
     "WHERE l.Language = 'English' AND l.IsOfficial = 'T' "
     "INTERSECT SELECT c.Name FROM country c JOIN countrylanguage l ON c.Code = l.CountryCode "
     "WHERE l.Language = 'French' AND l.IsOfficial = 'T'"),
    ("world_1", "ratio",
     "what percentage of the world's population lives in Asia",
     "Asia's share of the total world population, in percent?",
     "SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country"),
    ("world_1", "compare-to-aggregate",
     "European countries with GNP above the European average - name and GNP",
     "Which countries in Europe have a GNP higher than Europe's mean GNP? Give name and GNP.",
     "SELECT Name, GNP FROM country WHERE Continent = 'Europe' "
     "AND GNP > (SELECT AVG(GNP) FROM country WHERE Continent = 'Europe')"),
]


# ------------------------------------------------------------------ checks
def _depths(sql):
    """Paren depth of every character, ignoring string literals / quoted identifiers."""
    depth, out, quote = 0, [], None
    for ch in sql:
        if quote:
            out.append(depth)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"`":
            quote = ch
            out.append(depth)
            continue
        if ch == "(":
            out.append(depth)
            depth += 1
            continue
        if ch == ")":
            depth -= 1
        out.append(depth)
    return out


def limit_problems(sql):
    """Return a list of problems with LIMIT use: LIMIT without ORDER BY in the same
    (sub)query, or LIMIT inside a subquery (tie check only covers the outer query)."""
    probs = []
    dep = _depths(sql)
    for m in re.finditer(r"\bLIMIT\b", sql, re.I):
        p, d = m.start(), dep[m.start()]
        if d > 0:
            probs.append("LIMIT inside a subquery")
        i = p - 1
        seg = []
        while i >= 0 and dep[i] >= d:
            if dep[i] == d:
                seg.append(sql[i])
            i -= 1
        seg = "".join(reversed(seg))
        if not re.search(r"\bORDER\s+BY\b", seg, re.I):
            probs.append("LIMIT without ORDER BY")
    return probs


def top_limit(sql):
    m = re.search(r"\s+LIMIT\s+(\d+)\s*;?\s*$", sql, re.I)
    if not m:
        return None, sql
    return int(m.group(1)), sql[:m.start()]


def check_item(conn, db, kind, query):
    errs = []
    cur = conn.execute(query)
    rows = cur.fetchall()
    ncols = len(cur.description)
    if not rows:
        errs.append("empty result")
        return errs, rows, ncols
    if all(v is None for r in rows for v in r):
        errs.append("all NULL")
    for c in range(ncols):
        if all(r[c] is None for r in rows):
            errs.append("column %d all NULL" % c)
    errs.extend(limit_problems(query))
    n, base = top_limit(query)
    if n is not None:
        full = conn.execute(base).fetchall()
        if [tuple(r) for r in full[:n]] != [tuple(r) for r in rows]:
            # rows within the top n may be ordered differently only if tied; compare ranks
            if [r[-1] for r in full[:n]] != [r[-1] for r in rows]:
                errs.append("LIMIT result differs from unlimited prefix")
        if len(full) > n and full[n - 1][-1] == full[n][-1]:
            errs.append("tie at LIMIT cut-off: %r" % (full[n][-1],))
        if ncols < 2:
            errs.append("top-N/superlative must return the ranking value")
    return errs, rows, ncols


def main():
    allowed = set(KINDS)
    by_db = {}
    failures = []
    out = []
    multi = 0
    for it in ITEMS:
        db, kind, q, para, sql = it
        by_db.setdefault(db, []).append(kind)
        if kind not in allowed:
            failures.append((db, q, "unknown kind " + kind))
        if q.strip().lower() == para.strip().lower():
            failures.append((db, q, "paraphrase identical to question"))
        path = os.path.join(DB_DIR, db, db + ".sqlite")
        conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            errs, rows, ncols = check_item(conn, db, kind, sql)
        except sqlite3.Error as e:
            errs, rows, ncols = ["sqlite error: %s" % e], [], 0
        conn.close()
        for e in errs:
            failures.append((db, q, e))
        if ncols >= 2:
            multi += 1
        if "-v" in sys.argv:
            print("[%s/%s] %s\n   %s\n   -> %d rows: %s" % (db, kind, q, sql, len(rows), rows[:6]))
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
    for db, kinds in by_db.items():
        if len(kinds) != PER_DB:
            failures.append((db, "-", "has %d questions, expected %d" % (len(kinds), PER_DB)))
        missing = allowed - set(kinds)
        if missing:
            failures.append((db, "-", "missing kinds: %s" % sorted(missing)))
    if multi * 2 < len(out):
        failures.append(("-", "-", "only %d of %d questions ask for 2+ columns" % (multi, len(out))))
    if failures:
        for f in failures:
            print("FAIL", f)
        print("%d failures; %s not written" % (len(failures), OUT))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %s: %d questions over %d databases, %d ask for 2+ columns"
          % (OUT, len(out), len(by_db), multi))


if __name__ == "__main__":
    main()
