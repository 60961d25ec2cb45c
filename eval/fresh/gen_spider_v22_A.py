#!/usr/bin/env python3
"""Half A of the Spider v22 evaluation set (10 databases x 11 questions).

Every gold query is run against its database; spider_v22_A.json is written only
if every query passes the checks (non-empty, not all NULL, LIMIT only with
ORDER BY, no tie at the LIMIT cut-off, ranking value returned)."""
import json
import os
import re
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spider_v22_A.json")
PER_DB = 11
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# (db_id, kind, question, paraphrase, gold SQL[, output column holding the ranking value])
ITEMS = [
    # ---------------------------------------------------------------- battle_death
    ("battle_death", "count",
     "how many battles ended in a bulgarian victory?",
     "Count the battles whose result was a win for the Bulgarians.",
     "SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'"),
    ("battle_death", "list",
     "List every ship name",
     "What are the names of all the ships?",
     "SELECT name FROM ship"),
    ("battle_death", "filter-text",
     "which battles was Kaloyan the bulgarian commander in?",
     "Name the battles in which the Bulgarian side was led by Kaloyan.",
     "SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    ("battle_death", "filter-number",
     "incidents with at least 5 people injured - note and number injured",
     "Which death records list five or more injured? Show the note and the injured count.",
     "SELECT note, injured FROM death WHERE injured >= 5"),
    ("battle_death", "aggregate",
     "Total killed and total injured across all the death records?",
     "Add up the number of people killed and the number of people injured over every incident.",
     "SELECT SUM(killed), SUM(injured) FROM death"),
    ("battle_death", "superlative",
     "Which ship caused the most deaths overall, and how many people did it kill?",
     "Name the ship with the highest total killed across all its incidents, along with that total.",
     "SELECT s.name, SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
     "GROUP BY s.id, s.name ORDER BY SUM(d.killed) DESC LIMIT 1", 1),
    ("battle_death", "group",
     "how many ships per dispositon (captured, sank etc)?",
     "Break down the number of ships by what became of them (their disposition).",
     "SELECT disposition_of_ship, COUNT(*) FROM ship GROUP BY disposition_of_ship"),
    ("battle_death", "join",
     "Which ships were lost in battles the Latins won? Include the battle name.",
     "For battles that ended in a Latin victory, list the ships lost there together with the battle's name.",
     "SELECT s.name, b.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id "
     "WHERE b.result = 'Latin victory'"),
    ("battle_death", "set",
     "battles where no ship was lost",
     "Which battles have no ship recorded as lost in them?",
     "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)"),
    ("battle_death", "ratio",
     "What percentage of the death incidents had nobody killed?",
     "Of all death records, what % have a killed count of zero?",
     "SELECT 100.0 * SUM(CASE WHEN killed = 0 THEN 1 ELSE 0 END) / COUNT(*) FROM death"),
    ("battle_death", "compare-to-aggregate",
     "Which incidents killed more people than the average incident? just the notes",
     "Give the note of every death record whose number killed is above the mean killed per record.",
     "SELECT note FROM death WHERE killed > (SELECT AVG(killed) FROM death)"),

    # ---------------------------------------------------------------- concert_singer
    ("concert_singer", "count",
     "How many concerts took place in 2015?",
     "Number of concerts held in the year 2015.",
     "SELECT COUNT(*) FROM concert WHERE Year = '2015'"),
    ("concert_singer", "list",
     "list all the stadiums and their capacities",
     "Give me every stadium's name together with how many people it holds.",
     "SELECT Name, Capacity FROM stadium"),
    ("concert_singer", "filter-text",
     "singers from france? names pls",
     "Which singers have France as their country?",
     "SELECT Name FROM singer WHERE Country = 'France'"),
    ("concert_singer", "filter-number",
     "Which stadiums hold over 10k people? show the capacity too",
     "Stadiums whose capacity is more than 10,000, with name and capacity.",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
    ("concert_singer", "aggregate",
     "whats the average age of our singers, and the oldest and youngest age?",
     "Give the mean singer age along with the maximum and minimum age.",
     "SELECT AVG(Age), MAX(Age), MIN(Age) FROM singer"),
    ("concert_singer", "superlative",
     "Which stadium has the highest average attendance, and what is it?",
     "Stadium with the biggest average crowd, plus that average figure.",
     "SELECT Name, Average FROM stadium ORDER BY Average DESC LIMIT 1", 1),
    ("concert_singer", "group",
     "number of concerts per year",
     "How many concerts were there in each year?",
     "SELECT Year, COUNT(*) FROM concert GROUP BY Year"),
    ("concert_singer", "join",
     "Show each concert with the name and location of the stadium it was held at",
     "For every concert, give its name along with its stadium's name and location.",
     "SELECT c.concert_Name, s.Name, s.Location FROM concert c JOIN stadium s ON s.Stadium_ID = c.Stadium_ID"),
    ("concert_singer", "set",
     "Which stadiums have never hosted a concert?",
     "Names of stadiums where no concert has been held.",
     "SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT Stadium_ID FROM concert)"),
    ("concert_singer", "ratio",
     "what % of the singers are male?",
     "Share of singers who are men, as a percentage.",
     "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
    ("concert_singer", "compare-to-aggregate",
     "singers older than the average singer",
     "Which singers are above the mean age? Names only.",
     "SELECT Name FROM singer WHERE Age > (SELECT AVG(Age) FROM singer)"),

    # ---------------------------------------------------------------- cre_Doc_Template_Mgt
    ("cre_Doc_Template_Mgt", "count",
     "How many paragraphs does the 'Customer reviews' document have?",
     "Count the paragraphs that belong to the document named Customer reviews.",
     "SELECT COUNT(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID "
     "WHERE d.Document_Name = 'Customer reviews'"),
    ("cre_Doc_Template_Mgt", "list",
     "list the template type codes and what they mean",
     "Show all template types: the code and its description.",
     "SELECT Template_Type_Code, Template_Type_Description FROM Ref_Template_Types"),
    ("cre_Doc_Template_Mgt", "filter-text",
     "ids of the book templates",
     "Which templates are of the book type (BK)? Template ids only.",
     "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'BK'"),
    ("cre_Doc_Template_Mgt", "filter-number",
     "templates with a version number higher than 7 - id, type and version",
     "Show id, type code and version for each template whose version exceeds seven.",
     "SELECT Template_ID, Template_Type_Code, Version_Number FROM Templates WHERE Version_Number > 7"),
    ("cre_Doc_Template_Mgt", "aggregate",
     "average and max version number over all templates?",
     "Across every template, what are the mean and the highest version numbers?",
     "SELECT AVG(Version_Number), MAX(Version_Number) FROM Templates"),
    ("cre_Doc_Template_Mgt", "superlative",
     "Which document has the most paragraphs, and how many does it have?",
     "Name of the document with the largest paragraph count, plus that count.",
     "SELECT d.Document_Name, COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
     "GROUP BY d.Document_ID, d.Document_Name ORDER BY COUNT(*) DESC LIMIT 1", 1),
    ("cre_Doc_Template_Mgt", "group",
     "How many templates of each type are there?",
     "Template count broken down by template type code.",
     "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code"),
    ("cre_Doc_Template_Mgt", "join",
     "For each document show its name and the description of its template's type",
     "Document names alongside the template type description of the template each one uses.",
     "SELECT d.Document_Name, r.Template_Type_Description FROM Documents d "
     "JOIN Templates t ON d.Template_ID = t.Template_ID "
     "JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code"),
    ("cre_Doc_Template_Mgt", "set",
     "which templates aren't used by any document? just the ids",
     "Template ids that no document refers to.",
     "SELECT Template_ID FROM Templates WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents)"),
    ("cre_Doc_Template_Mgt", "ratio",
     "What percentage of templates are presentation templates?",
     "Presentation (PPT) templates as a % of all templates.",
     "SELECT 100.0 * SUM(CASE WHEN Template_Type_Code = 'PPT' THEN 1 ELSE 0 END) / COUNT(*) FROM Templates"),
    ("cre_Doc_Template_Mgt", "compare-to-aggregate",
     "template ids whose version is above average",
     "Which templates have a version number greater than the mean version number? Give their ids.",
     "SELECT Template_ID FROM Templates "
     "WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)"),

    # ---------------------------------------------------------------- employee_hire_evaluation
    ("employee_hire_evaluation", "count",
     "how many employees live in Bristol?",
     "Number of staff whose city is Bristol.",
     "SELECT COUNT(*) FROM employee WHERE City = 'Bristol'"),
    ("employee_hire_evaluation", "list",
     "List all shops with their location and manager name",
     "Every shop: its name, where it is, and who manages it.",
     "SELECT Name, Location, Manager_name FROM shop"),
    ("employee_hire_evaluation", "filter-text",
     "Who are the employees from Bath",
     "Names of the employees whose city is Bath.",
     "SELECT Name FROM employee WHERE City = 'Bath'"),
    ("employee_hire_evaluation", "filter-number",
     "shops with more than 5k products? show the product numbers",
     "Which shops carry over 5,000 products? Name and number of products.",
     "SELECT Name, Number_products FROM shop WHERE Number_products > 5000"),
    ("employee_hire_evaluation", "aggregate",
     "total bonus paid out and the average bonus",
     "Sum of all evaluation bonuses, and their mean.",
     "SELECT SUM(Bonus), AVG(Bonus) FROM evaluation"),
    ("employee_hire_evaluation", "superlative",
     "who got the single biggest bonus and how much was it",
     "Employee with the largest bonus award, and the amount of that award.",
     "SELECT e.Name, ev.Bonus FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID "
     "ORDER BY ev.Bonus DESC LIMIT 1", 1),
    ("employee_hire_evaluation", "group",
     "number of employees and their average age, per city",
     "For each city, how many employees live there and what is their mean age?",
     "SELECT City, COUNT(*), AVG(Age) FROM employee GROUP BY City"),
    ("employee_hire_evaluation", "join",
     "which shop does each hired employee work at, and since what year?",
     "Employee names with the name of the shop that hired them and the year they started.",
     "SELECT e.Name, s.Name, h.Start_from FROM hiring h JOIN employee e ON h.Employee_ID = e.Employee_ID "
     "JOIN shop s ON h.Shop_ID = s.Shop_ID"),
    ("employee_hire_evaluation", "set",
     "employees who never got an evaluation bonus",
     "Which employees have no evaluation record at all?",
     "SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)"),
    ("employee_hire_evaluation", "ratio",
     "what percent of hires are full time?",
     "Share of hiring records marked as full-time, in percent.",
     "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
    ("employee_hire_evaluation", "compare-to-aggregate",
     "shops with an above-average number of products",
     "Which shops stock more products than the average shop? Names only.",
     "SELECT Name FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)"),

    # ---------------------------------------------------------------- museum_visit
    ("museum_visit", "count",
     "how many museums opened after 2010?",
     "Count of museums whose opening year is later than 2010.",
     "SELECT COUNT(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010"),
    ("museum_visit", "list",
     "list the museums with their staff numbers and the year they opened",
     "All museums: name, number of staff, and opening year.",
     "SELECT Name, Num_of_Staff, Open_Year FROM museum"),
    ("museum_visit", "filter-text",
     "what's Arjen Robben's membership level and age?",
     "Show the membership level and the age of the visitor named Arjen Robben.",
     "SELECT Level_of_membership, Age FROM visitor WHERE Name = 'Arjen Robben'"),
    ("museum_visit", "filter-number",
     "names of visitors with a membership level above 4",
     "Which visitors have a membership level greater than four?",
     "SELECT Name FROM visitor WHERE Level_of_membership > 4"),
    ("museum_visit", "aggregate",
     "total tickets sold and total money spent over all visits",
     "Sum up the number of tickets and the amount spent across every visit.",
     "SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit"),
    ("museum_visit", "superlative",
     "which visitor spent the most in total, and how much?",
     "The visitor with the highest combined spending across their visits, and that total.",
     "SELECT v.Name, SUM(t.Total_spent) FROM visitor v JOIN visit t ON t.visitor_ID = v.ID "
     "GROUP BY v.ID, v.Name ORDER BY SUM(t.Total_spent) DESC LIMIT 1", 1),
    ("museum_visit", "group",
     "how many museums opened each year",
     "Number of museums by opening year.",
     "SELECT Open_Year, COUNT(*) FROM museum GROUP BY Open_Year"),
    ("museum_visit", "join",
     "show every visit: visitor name, museum name and number of tickets",
     "For each visit list who visited, which museum it was, and how many tickets they bought.",
     "SELECT v.Name, m.Name, t.Num_of_Ticket FROM visit t JOIN visitor v ON t.visitor_ID = v.ID "
     "JOIN museum m ON t.Museum_ID = m.Museum_ID"),
    ("museum_visit", "set",
     "Which museums has nobody visited?",
     "Museums that have no visits recorded.",
     "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
    ("museum_visit", "ratio",
     "how much was spent per ticket overall (total spent divided by total tickets)?",
     "Across all visits, what is the amount spent per ticket, i.e. total spending over total tickets?",
     "SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit"),
    ("museum_visit", "compare-to-aggregate",
     "museums with more staff than average",
     "Which museums employ more people than the mean staff size?",
     "SELECT Name FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)"),

    # ---------------------------------------------------------------- orchestra
    ("orchestra", "count",
     "how many conductors are american?",
     "Number of conductors whose nationality is USA.",
     "SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'"),
    ("orchestra", "list",
     "list every orchestra with its record company and founding year",
     "Orchestras: name, record label, and the year each was founded.",
     "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra"),
    ("orchestra", "filter-text",
     "Which orchestras are with Decca Records?",
     "Orchestras whose record company is Decca Records.",
     "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'"),
    ("orchestra", "filter-number",
     "conductors over 45?",
     "Names of the conductors older than forty-five.",
     "SELECT Name FROM conductor WHERE Age > 45"),
    ("orchestra", "aggregate",
     "average and highest official rating (in millions) across all performances",
     "Mean and maximum of the performances' official ratings in millions.",
     "SELECT AVG(\"Official_ratings_(millions)\"), MAX(\"Official_ratings_(millions)\") FROM performance"),
    ("orchestra", "superlative",
     "which conductor has the most years of work, and how many?",
     "Conductor with the largest year-of-work figure, and that number.",
     "SELECT Name, Year_of_Work FROM conductor ORDER BY Year_of_Work DESC LIMIT 1", 1),
    ("orchestra", "group",
     "how many conductors per nationality, and their avg age?",
     "Group the conductors by nationality: count and mean age.",
     "SELECT Nationality, COUNT(*), AVG(Age) FROM conductor GROUP BY Nationality"),
    ("orchestra", "join",
     "show each orchestra with its conductor's name",
     "Orchestra names paired with the name of the conductor who leads each.",
     "SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID"),
    ("orchestra", "set",
     "orchestras that don't have any performances",
     "Which orchestras have no performance records?",
     "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
    ("orchestra", "ratio",
     "how many US conductors are there for every UK conductor?",
     "Ratio of conductors from the USA to conductors from the UK.",
     "SELECT CAST(SUM(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) AS REAL) / "
     "SUM(CASE WHEN Nationality = 'UK' THEN 1 ELSE 0 END) FROM conductor"),
    ("orchestra", "compare-to-aggregate",
     "performance types rated above the average rating",
     "Which performances got an official rating (millions) higher than the mean? Show their type.",
     "SELECT Type FROM performance "
     "WHERE \"Official_ratings_(millions)\" > (SELECT AVG(\"Official_ratings_(millions)\") FROM performance)"),

    # ---------------------------------------------------------------- poker_player
    ("poker_player", "count",
     "how many people are from Russia",
     "Number of Russian people in the people table.",
     "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'"),
    ("poker_player", "list",
     "list everyone with their nationality and height",
     "All people: name, nationality and height.",
     "SELECT Name, Nationality, Height FROM people"),
    ("poker_player", "filter-text",
     "when was Teodor Salparov born and how tall is he",
     "Birth date and height of the person named Teodor Salparov.",
     "SELECT Birth_Date, Height FROM people WHERE Name = 'Teodor Salparov'"),
    ("poker_player", "filter-number",
     "poker players who've earned over 200k",
     "Which players have earnings above 200,000? Names only.",
     "SELECT pe.Name FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID "
     "WHERE pp.Earnings > 200000"),
    ("poker_player", "aggregate",
     "total and average earnings of all the poker players",
     "Sum and mean of poker player earnings.",
     "SELECT SUM(Earnings), AVG(Earnings) FROM poker_player"),
    ("poker_player", "superlative",
     "who is the tallest poker player and how tall",
     "Poker player with the greatest height, and that height.",
     "SELECT pe.Name, pe.Height FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID "
     "ORDER BY pe.Height DESC LIMIT 1", 1),
    ("poker_player", "group",
     "count of people and average height for each nationality",
     "Per nationality: how many people, and their mean height.",
     "SELECT Nationality, COUNT(*), AVG(Height) FROM people GROUP BY Nationality"),
    ("poker_player", "join",
     "poker players' names with final tables made and best finish",
     "For each poker player give the name, the number of final tables made and the best finish.",
     "SELECT pe.Name, pp.Final_Table_Made, pp.Best_Finish FROM poker_player pp "
     "JOIN people pe ON pp.People_ID = pe.People_ID"),
    ("poker_player", "set",
     "people who don't play poker",
     "Names of people who are not in the poker player list.",
     "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    ("poker_player", "ratio",
     "What percent of all poker earnings does Maksim Botin account for?",
     "Maksim Botin's earnings as a percentage of the combined earnings of all players.",
     "SELECT 100.0 * SUM(CASE WHEN pe.Name = 'Maksim Botin' THEN pp.Earnings ELSE 0 END) / SUM(pp.Earnings) "
     "FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID"),
    ("poker_player", "compare-to-aggregate",
     "players who made more final tables than average",
     "Which poker players have a final-table count above the mean?",
     "SELECT pe.Name FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID "
     "WHERE pp.Final_Table_Made > (SELECT AVG(Final_Table_Made) FROM poker_player)"),

    # ---------------------------------------------------------------- singer
    ("singer", "count",
     "how many singers are US citizens",
     "Number of singers holding United States citizenship.",
     "SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'"),
    ("singer", "list",
     "list all songs and their sales",
     "Every song title with its sales figure.",
     "SELECT Title, Sales FROM song"),
    ("singer", "filter-text",
     "singers who are citizens of France or Germany",
     "Names of singers with French or German citizenship.",
     "SELECT Name FROM singer WHERE Citizenship IN ('France', 'Germany')"),
    ("singer", "filter-number",
     "which singers were born in the 1940s?",
     "Singers whose birth year falls between 1940 and 1949.",
     "SELECT Name FROM singer WHERE Birth_Year BETWEEN 1940 AND 1949"),
    ("singer", "aggregate",
     "total sales of all songs and the average highest chart position",
     "Add up the song sales and give the mean of the songs' highest positions.",
     "SELECT SUM(Sales), AVG(Highest_Position) FROM song"),
    ("singer", "superlative",
     "who's the richest singer, and what's their net worth",
     "Singer with the largest net worth in millions, plus that value.",
     "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1", 1),
    ("singer", "group",
     "For each citizenship, how many singers and what's their combined net worth?",
     "Group the singers by citizenship: number of singers and total net worth.",
     "SELECT Citizenship, COUNT(*), SUM(Net_Worth_Millions) FROM singer GROUP BY Citizenship"),
    ("singer", "join",
     "song titles with the singer's name and the sales",
     "List each song, who sings it, and how many copies it sold.",
     "SELECT so.Title, si.Name, so.Sales FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID"),
    ("singer", "set",
     "which singers dont have any songs?",
     "Singers with no songs in the song table.",
     "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)"),
    ("singer", "ratio",
     "what % of total song sales comes from Liliane Bettencourt's songs?",
     "Share of all song sales attributable to Liliane Bettencourt, as a percentage.",
     "SELECT 100.0 * SUM(CASE WHEN si.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / SUM(so.Sales) "
     "FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID"),
    ("singer", "compare-to-aggregate",
     "songs that sold more than the average song, title and sales",
     "Which songs have sales above the mean sales figure? Title and sales.",
     "SELECT Title, Sales FROM song WHERE Sales > (SELECT AVG(Sales) FROM song)"),

    # ---------------------------------------------------------------- tvshow
    ("tvshow", "count",
     "how many cartoons did Ben Jones direct",
     "Number of cartoons directed by Ben Jones.",
     "SELECT COUNT(*) FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    ("tvshow", "list",
     "list all tv channels with country and language",
     "Every channel's series name, country, and language.",
     "SELECT series_name, Country, Language FROM TV_Channel"),
    ("tvshow", "filter-text",
     "titles of the cartoons directed by Michael Chang",
     "Which cartoons did Michael Chang direct?",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Michael Chang'"),
    ("tvshow", "filter-number",
     "episodes with over 6 million viewers, and the viewer numbers",
     "Which TV series episodes drew more than 6m viewers? Episode and viewers.",
     "SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),
    ("tvshow", "aggregate",
     "average share and best weekly rank of the episodes",
     "Mean share across the episodes, and the lowest (best) weekly rank.",
     "SELECT AVG(Share), MIN(Weekly_Rank) FROM TV_series"),
    ("tvshow", "superlative",
     "which episode had the most viewers and how many",
     "Episode with the highest viewer count (millions), and that count.",
     "SELECT Episode, Viewers_m FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1", 1),
    ("tvshow", "group",
     "number of channels per country",
     "How many TV channels does each country have?",
     "SELECT Country, COUNT(*) FROM TV_Channel GROUP BY Country"),
    ("tvshow", "join",
     "each cartoon with the name of the channel it aired on",
     "Cartoon titles and the series name of their channel.",
     "SELECT c.Title, t.series_name FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id"),
    ("tvshow", "set",
     "channels that aired both a cartoon and a tv series episode",
     "Series names of channels that appear in the cartoon list and also in the TV series list.",
     "SELECT t.series_name FROM TV_Channel t JOIN Cartoon c ON c.Channel = t.id "
     "INTERSECT SELECT t.series_name FROM TV_Channel t JOIN TV_series s ON s.Channel = t.id"),
    ("tvshow", "ratio",
     "what percentage of channels are in english?",
     "Share of TV channels whose language is English, in %.",
     "SELECT 100.0 * SUM(CASE WHEN Language = 'English' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
    ("tvshow", "compare-to-aggregate",
     "episodes with an above-average share",
     "Which episodes had a share higher than the mean share?",
     "SELECT Episode FROM TV_series WHERE Share > (SELECT AVG(Share) FROM TV_series)"),

    # ---------------------------------------------------------------- world_1
    ("world_1", "count",
     "how many countries are in europe",
     "Number of European countries.",
     "SELECT COUNT(*) FROM country WHERE Continent = 'Europe'"),
    ("world_1", "list",
     "list all the different regions",
     "What distinct regions appear among the countries?",
     "SELECT DISTINCT Region FROM country"),
    ("world_1", "filter-text",
     "countries where Queen Elizabeth II is head of state",
     "Which countries list Elisabeth II as their head of state? Give the names.",
     "SELECT Name FROM country WHERE HeadOfState = 'Elisabeth II'"),
    ("world_1", "filter-number",
     "countries with a life expectancy above 80",
     "Which countries have people living over eighty years on average? Names only.",
     "SELECT Name FROM country WHERE LifeExpectancy > 80"),
    ("world_1", "aggregate",
     "total population and average life expectancy in Asia",
     "For Asian countries, sum the population and average the life expectancy.",
     "SELECT SUM(Population), AVG(LifeExpectancy) FROM country WHERE Continent = 'Asia'"),
    ("world_1", "superlative",
     "top 5 biggest cities by population",
     "The five most populous cities, with their populations.",
     "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5", 1),
    ("world_1", "group",
     "number of countries and total population per continent",
     "For each continent, how many countries are there and what's their combined population?",
     "SELECT Continent, COUNT(*), SUM(Population) FROM country GROUP BY Continent"),
    ("world_1", "join",
     "cities in Japan with more than a million people",
     "Names of Japanese cities whose population is above 1,000,000.",
     "SELECT ci.Name FROM city ci JOIN country co ON ci.CountryCode = co.Code "
     "WHERE co.Name = 'Japan' AND ci.Population > 1000000"),
    ("world_1", "set",
     "countries where english AND french are both official languages",
     "Which countries have English as an official language and French as an official language too?",
     "SELECT co.Name FROM country co JOIN countrylanguage cl ON cl.CountryCode = co.Code "
     "WHERE cl.Language = 'English' AND cl.IsOfficial = 'T' "
     "INTERSECT SELECT co.Name FROM country co JOIN countrylanguage cl ON cl.CountryCode = co.Code "
     "WHERE cl.Language = 'French' AND cl.IsOfficial = 'T'"),
    ("world_1", "ratio",
     "what percent of the world's population lives in asia?",
     "Asia's share of the total world population, as a percentage.",
     "SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country"),
    ("world_1", "compare-to-aggregate",
     "european countries with a GNP above the european average - name and GNP",
     "Which countries in Europe have a GNP higher than the mean GNP of European countries? Name and GNP.",
     "SELECT Name, GNP FROM country WHERE Continent = 'Europe' "
     "AND GNP > (SELECT AVG(GNP) FROM country WHERE Continent = 'Europe')"),
]


def check_item(item):
    """Return (list of problems, number of output columns, number of rows)."""
    db, kind, q, p, sql = item[:5]
    tie = item[5] if len(item) > 5 else None
    problems = []
    path = os.path.join(DB_DIR, db, db + ".sqlite")
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        ncols = len(cur.description)
        if not rows:
            problems.append("empty result")
        elif all(v is None for r in rows for v in r):
            problems.append("all NULL")
        nlimit = len(re.findall(r"\bLIMIT\b", sql, re.I))
        if nlimit:
            if not re.search(r"\bORDER\s+BY\b", sql, re.I):
                problems.append("LIMIT without ORDER BY")
            m = re.search(r"\s+LIMIT\s+(\d+)\s*$", sql, re.I)
            if nlimit != 1 or not m:
                problems.append("LIMIT must be a single trailing clause")
            elif tie is None:
                problems.append("LIMIT query without a ranking column to check for ties")
            else:
                n = int(m.group(1))
                full = con.execute(sql[:m.start()]).fetchall()
                if len(full) > n and full[n - 1][tie] == full[n][tie]:
                    problems.append("tie at LIMIT cut-off: %r" % (full[n - 1][tie],))
                if ncols < 2:
                    problems.append("ranking value not returned")
    except sqlite3.Error as e:
        problems.append("SQL error: %s" % e)
        ncols, rows = 0, []
    finally:
        con.close()
    if kind not in KINDS:
        problems.append("unknown kind " + kind)
    if q.strip().lower() == p.strip().lower():
        problems.append("paraphrase equals question")
    return problems, ncols, len(rows)


def main():
    failures = 0
    multi = 0
    out = []
    per_db = {}
    for item in ITEMS:
        db, kind, q, p, sql = item[:5]
        per_db.setdefault(db, []).append(kind)
        problems, ncols, nrows = check_item(item)
        if ncols >= 2:
            multi += 1
        if problems:
            failures += 1
            print("FAIL [%s] %s: %s" % (db, q, "; ".join(problems)), file=sys.stderr)
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind})
    for db in DBS:
        kinds = per_db.get(db, [])
        if len(kinds) != PER_DB:
            failures += 1
            print("FAIL [%s] has %d questions, expected %d" % (db, len(kinds), PER_DB), file=sys.stderr)
        missing = set(KINDS) - set(kinds)
        if missing:
            failures += 1
            print("FAIL [%s] missing kinds: %s" % (db, sorted(missing)), file=sys.stderr)
    if set(per_db) != set(DBS):
        failures += 1
        print("FAIL unexpected databases: %s" % sorted(set(per_db) ^ set(DBS)), file=sys.stderr)
    if failures:
        print("%d problem(s); %s not written" % (failures, OUT), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %s: %d questions, %d with 2+ output columns" % (OUT, len(out), multi))
    return 0


if __name__ == "__main__":
    sys.exit(main())
