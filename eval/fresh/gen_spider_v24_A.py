#!/usr/bin/env python3
"""Blind Spider test set v24, half A: 10 databases x 11 kinds = 110 items.

Writes /tmp/blind24/spider_v24_A.json only when every check passes.
Standard library only.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter, defaultdict

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind24/spider_v24_A.json"

KINDS = ["count", "list", "filter-text", "filter-number", "aggregate",
         "superlative", "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt",
       "employee_hire_evaluation", "museum_visit", "orchestra",
       "poker_player", "singer", "tvshow", "world_1"]


def I(db, kind, question, paraphrase, query):
    return {"question": question, "db_id": db, "query": query,
            "paraphrase": paraphrase, "kind": kind}


ITEMS = [
    # ------------------------------------------------------------ battle_death
    I("battle_death", "count",
      "how many ships ended up captured?",
      "Count the ships whose disposition is recorded as Captured.",
      "SELECT COUNT(*) FROM ship WHERE disposition_of_ship = 'Captured'"),
    I("battle_death", "list",
      "List every battle with its date and the result.",
      "give me all the battles - name, when it happened and how it ended",
      "SELECT name, date, result FROM battle"),
    I("battle_death", "filter-text",
      "battles where Kaloyan was the bulgarian commander, and who led the latin side",
      "For the battles commanded on the Bulgarian side by Kaloyan, show the battle name and the Latin commander.",
      "SELECT name, latin_commander FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    I("battle_death", "filter-number",
      "Show the note, number killed and number injured for death records with more than ten people killed.",
      "which casualty entries have killed > 10? want note + killed + injured",
      "SELECT note, killed, injured FROM death WHERE killed > 10"),
    I("battle_death", "aggregate",
      "total killed and total injured over all the death records?",
      "Across every casualty record, what is the sum of people killed and the sum of people injured?",
      "SELECT SUM(killed), SUM(injured) FROM death"),
    I("battle_death", "superlative",
      "Which ship caused the most deaths overall, and how many people did it kill?",
      "ship w/ the highest total killed count across its death records + that total",
      "SELECT s.name, SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
      "GROUP BY s.id, s.name ORDER BY SUM(d.killed) DESC LIMIT 1"),
    I("battle_death", "group",
      "how many battles for each kind of result",
      "Break the battles down by outcome and give the number of battles per outcome.",
      "SELECT result, COUNT(*) FROM battle GROUP BY result"),
    I("battle_death", "join",
      "For each ship, show its name along with the name and date of the battle where it was lost.",
      "ships and the battle they were lost in (battle name & date too)",
      "SELECT s.name, b.name, b.date FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id"),
    I("battle_death", "set",
      "which battles had no ships lost in them?",
      "Name the battles that do not appear as the lost-in battle of any ship.",
      "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)"),
    I("battle_death", "ratio",
      "What percentage of the battles ended in a Bulgarian victory?",
      "share of battles (in %) where the result was bulgarian victory",
      "SELECT 100.0 * SUM(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / COUNT(*) FROM battle"),
    I("battle_death", "compare-to-aggregate",
      "death records where the killed number is above average - note and killed pls",
      "Which casualty entries report more people killed than the mean across all entries? Give the note and the number killed.",
      "SELECT note, killed FROM death WHERE killed > (SELECT AVG(killed) FROM death)"),

    # ---------------------------------------------------------- concert_singer
    I("concert_singer", "count",
      "How many of the singers are male?",
      "number of male singers",
      "SELECT COUNT(*) FROM singer WHERE Is_male = 'T'"),
    I("concert_singer", "list",
      "show all stadiums w/ location and capacity",
      "List each stadium's name together with where it is and how many people it holds.",
      "SELECT Name, Location, Capacity FROM stadium"),
    I("concert_singer", "filter-text",
      "Which singers come from France? Show their name, song name and the song's release year.",
      "french singers + their song and what year it came out",
      "SELECT Name, Song_Name, Song_release_year FROM singer WHERE Country = 'France'"),
    I("concert_singer", "filter-number",
      "stadiums that can hold more than 10,000 people",
      "Give the names and capacities of the stadiums whose capacity exceeds ten thousand.",
      "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
    I("concert_singer", "aggregate",
      "What are the average, youngest and oldest ages of the singers?",
      "singer ages: mean, min, max",
      "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer"),
    I("concert_singer", "superlative",
      "which stadium has hosted the most concerts and how many?",
      "Name the stadium with the largest number of concerts held there, and give that number.",
      "SELECT s.Name, COUNT(*) FROM stadium AS s JOIN concert AS c ON c.Stadium_ID = s.Stadium_ID "
      "GROUP BY s.Stadium_ID, s.Name ORDER BY COUNT(*) DESC LIMIT 1"),
    I("concert_singer", "group",
      "How many concerts were held in each year?",
      "concert count per yr",
      "SELECT Year, COUNT(*) FROM concert GROUP BY Year"),
    I("concert_singer", "join",
      "for every concert give the concert name, its theme and the name of the stadium it was in",
      "List each concert with its theme and the stadium where it took place.",
      "SELECT c.concert_Name, c.Theme, s.Name FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID"),
    I("concert_singer", "set",
      "Which singers performed both in a 2014 concert and in a 2015 concert?",
      "singers who sang at concerts in 2014 AND also in 2015",
      "SELECT s.Name FROM singer AS s JOIN singer_in_concert AS sc ON sc.Singer_ID = s.Singer_ID "
      "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014' "
      "INTERSECT "
      "SELECT s.Name FROM singer AS s JOIN singer_in_concert AS sc ON sc.Singer_ID = s.Singer_ID "
      "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2015'"),
    I("concert_singer", "ratio",
      "what % of singers are male",
      "What proportion of all singers, expressed as a percentage, are men?",
      "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
    I("concert_singer", "compare-to-aggregate",
      "Which stadiums have a capacity above the average capacity? Include their average attendance.",
      "stadiums bigger than the avg stadium capacity, with capacity and avg attendance",
      "SELECT Name, Capacity, Average FROM stadium WHERE Capacity > (SELECT AVG(Capacity) FROM stadium)"),

    # ----------------------------------------------------- cre_Doc_Template_Mgt
    I("cre_Doc_Template_Mgt", "count",
      "how many different templates are actually used by documents?",
      "Count the distinct template IDs that at least one document is based on.",
      "SELECT COUNT(DISTINCT Template_ID) FROM Documents"),
    I("cre_Doc_Template_Mgt", "list",
      "List all template types, giving the description and the type code.",
      "what template types exist? description + code",
      "SELECT Template_Type_Description, Template_Type_Code FROM Ref_Template_Types"),
    I("cre_Doc_Template_Mgt", "filter-text",
      "docs with CV in the name",
      "Which documents have a name containing the text 'CV'? Show the document name and ID.",
      "SELECT Document_Name, Document_ID FROM Documents WHERE Document_Name LIKE '%CV%'"),
    I("cre_Doc_Template_Mgt", "filter-number",
      "Which templates have a version number greater than seven? Show the template ID, version and type code.",
      "templates w/ version > 7 - id, version no., type",
      "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 7"),
    I("cre_Doc_Template_Mgt", "aggregate",
      "avg and max version number across all templates",
      "What are the mean and the highest template version numbers?",
      "SELECT AVG(Version_Number), MAX(Version_Number) FROM Templates"),
    I("cre_Doc_Template_Mgt", "superlative",
      "Which document has the most paragraphs, and how many paragraphs does it have?",
      "doc with the biggest paragraph count + the count",
      "SELECT d.Document_Name, COUNT(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID "
      "GROUP BY d.Document_ID, d.Document_Name ORDER BY COUNT(*) DESC LIMIT 1"),
    I("cre_Doc_Template_Mgt", "group",
      "number of templates for each template type code",
      "For every template type code, how many templates are there?",
      "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code"),
    I("cre_Doc_Template_Mgt", "join",
      "Show each document's name along with the description of its template's type and the template version number.",
      "docs + what kind of template they use (type description) and template version",
      "SELECT d.Document_Name, r.Template_Type_Description, t.Version_Number FROM Documents AS d "
      "JOIN Templates AS t ON d.Template_ID = t.Template_ID "
      "JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code"),
    I("cre_Doc_Template_Mgt", "set",
      "which templates arent used by any document? id and type code",
      "List the ID and type code of templates that no document refers to.",
      "SELECT Template_ID, Template_Type_Code FROM Templates "
      "WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents WHERE Template_ID IS NOT NULL)"),
    I("cre_Doc_Template_Mgt", "ratio",
      "What percentage of documents have at least one paragraph?",
      "% of docs that contain one or more paragraphs",
      "SELECT 100.0 * COUNT(DISTINCT Document_ID) / (SELECT COUNT(*) FROM Documents) FROM Paragraphs"),
    I("cre_Doc_Template_Mgt", "compare-to-aggregate",
      "templates whose version number is higher than the average version - show id and version",
      "Which templates are on a version above the mean version number of all templates? Give template ID and version.",
      "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)"),

    # ------------------------------------------------- employee_hire_evaluation
    I("employee_hire_evaluation", "count",
      "How many employees are based in Bristol?",
      "number of staff whose city is bristol",
      "SELECT COUNT(*) FROM employee WHERE City = 'Bristol'"),
    I("employee_hire_evaluation", "list",
      "list the shops with their location and manager name",
      "Give every shop's name, its location and who manages it.",
      "SELECT Name, Location, Manager_name FROM shop"),
    I("employee_hire_evaluation", "filter-text",
      "Which employees live in Bath, and how old are they?",
      "employees from bath - names + ages",
      "SELECT Name, Age FROM employee WHERE City = 'Bath'"),
    I("employee_hire_evaluation", "filter-number",
      "shops carrying between 5,000 and 10,000 products (inclusive), with the product count",
      "Which shops have a number of products from five thousand up to ten thousand? Show name and number of products.",
      "SELECT Name, Number_products FROM shop WHERE Number_products BETWEEN 5000 AND 10000"),
    I("employee_hire_evaluation", "aggregate",
      "What is the total amount of bonuses awarded, and the average bonus?",
      "sum of all bonuses and the mean bonus",
      "SELECT SUM(Bonus), AVG(Bonus) FROM evaluation"),
    I("employee_hire_evaluation", "superlative",
      "who got the most bonus money in total, and how much",
      "Which employee has the largest total bonus across all their evaluations? Give the name and the total.",
      "SELECT e.Name, SUM(v.Bonus) FROM employee AS e JOIN evaluation AS v ON v.Employee_ID = e.Employee_ID "
      "GROUP BY e.Employee_ID, e.Name ORDER BY SUM(v.Bonus) DESC LIMIT 1"),
    I("employee_hire_evaluation", "group",
      "How many employees are there in each city?",
      "employee headcount by city",
      "SELECT City, COUNT(*) FROM employee GROUP BY City"),
    I("employee_hire_evaluation", "join",
      "for each hired employee show their name, the shop they work at and the year they started",
      "List the employees who were hired, with the name of their shop and their start year.",
      "SELECT e.Name, s.Name, h.Start_from FROM hiring AS h JOIN employee AS e ON h.Employee_ID = e.Employee_ID "
      "JOIN shop AS s ON h.Shop_ID = s.Shop_ID"),
    I("employee_hire_evaluation", "set",
      "Which employees have never received an evaluation?",
      "employees with no evaluation/bonus records at all",
      "SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)"),
    I("employee_hire_evaluation", "ratio",
      "what percent of hirings are full time?",
      "Of all hiring records, what percentage are full-time positions?",
      "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
    I("employee_hire_evaluation", "compare-to-aggregate",
      "Which employees are older than the average employee age? Show name and age.",
      "staff above avg age w/ their ages",
      "SELECT Name, Age FROM employee WHERE Age > (SELECT AVG(Age) FROM employee)"),

    # ------------------------------------------------------------- museum_visit
    I("museum_visit", "count",
      "how many different visitors have been to a museum",
      "Count the distinct visitors that appear in the visit records.",
      "SELECT COUNT(DISTINCT visitor_ID) FROM visit"),
    I("museum_visit", "list",
      "List all the museums with their number of staff and the year they opened.",
      "museums - name, staff count, opening yr",
      "SELECT Name, Num_of_Staff, Open_Year FROM museum"),
    I("museum_visit", "filter-text",
      "museums with plaza in their name",
      "Which museums have the word 'Plaza' in their name?",
      "SELECT Name FROM museum WHERE Name LIKE '%Plaza%'"),
    I("museum_visit", "filter-number",
      "Which visitors are younger than 30? Show name, age and membership level.",
      "visitors under thirty + age + level of membership",
      "SELECT Name, Age, Level_of_membership FROM visitor WHERE Age < 30"),
    I("museum_visit", "aggregate",
      "total tickets bought and total money spent over all visits",
      "Summing over every visit, how many tickets were purchased and how much was spent altogether?",
      "SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit"),
    I("museum_visit", "superlative",
      "Which visitor has spent the most money in total across their visits, and how much?",
      "biggest spender among visitors (name + total spent)",
      "SELECT v.Name, SUM(t.Total_spent) FROM visitor AS v JOIN visit AS t ON t.visitor_ID = v.ID "
      "GROUP BY v.ID, v.Name ORDER BY SUM(t.Total_spent) DESC LIMIT 1"),
    I("museum_visit", "group",
      "how many museums opened each year",
      "For each opening year, give the number of museums that opened then.",
      "SELECT Open_Year, COUNT(*) FROM museum GROUP BY Open_Year"),
    I("museum_visit", "join",
      "For every visit, show the visitor's name, the museum's name and the number of tickets.",
      "visits listed as visitor name / museum name / tickets bought",
      "SELECT v.Name, m.Name, t.Num_of_Ticket FROM visit AS t JOIN visitor AS v ON t.visitor_ID = v.ID "
      "JOIN museum AS m ON t.Museum_ID = m.Museum_ID"),
    I("museum_visit", "set",
      "museums that nobody has visited",
      "Which museums have no visit records?",
      "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
    I("museum_visit", "ratio",
      "What's the average amount spent per ticket, taking all visits together (total spent divided by total tickets)?",
      "overall money spent per ticket sold",
      "SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit"),
    I("museum_visit", "compare-to-aggregate",
      "museums w/ more staff than average, and their staff numbers",
      "Which museums employ more staff than the mean staff count across museums? Show name and number of staff.",
      "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)"),

    # ---------------------------------------------------------------- orchestra
    I("orchestra", "count",
      "How many conductors are American?",
      "count of conductors with nationality USA",
      "SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'"),
    I("orchestra", "list",
      "list orchestras along with record company and the year founded",
      "Show each orchestra, its record company and its founding year.",
      "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra"),
    I("orchestra", "filter-text",
      "Which orchestras have a major record format other than plain CD? Give the orchestra and its format.",
      "orchestras whose main format isn't just 'CD' + the format",
      "SELECT Orchestra, Major_Record_Format FROM orchestra WHERE Major_Record_Format <> 'CD'"),
    I("orchestra", "filter-number",
      "conductors who've worked more than 15 yrs",
      "List the conductors with over fifteen years of work, and how many years each has.",
      "SELECT Name, Year_of_Work FROM conductor WHERE Year_of_Work > 15"),
    I("orchestra", "aggregate",
      "What are the average and the maximum attendance over all shows?",
      "show attendance: mean and highest",
      "SELECT AVG(Attendance), MAX(Attendance) FROM show"),
    I("orchestra", "superlative",
      "which performance got the highest official rating? type, date and rating",
      "Give the type and date of the performance with the top official ratings (in millions), plus that rating.",
      "SELECT Type, Date, \"Official_ratings_(millions)\" FROM performance "
      "ORDER BY \"Official_ratings_(millions)\" DESC LIMIT 1"),
    I("orchestra", "group",
      "For each nationality, how many conductors are there and what is their average age?",
      "conductors by nationality: count + avg age",
      "SELECT Nationality, COUNT(*), AVG(Age) FROM conductor GROUP BY Nationality"),
    I("orchestra", "join",
      "each orchestra and its conductor's name + nationality",
      "Show every orchestra together with the name and nationality of the conductor who leads it.",
      "SELECT o.Orchestra, c.Name, c.Nationality FROM orchestra AS o JOIN conductor AS c ON o.Conductor_ID = c.Conductor_ID"),
    I("orchestra", "set",
      "Which orchestras have never had a performance?",
      "orchestras with no performances recorded",
      "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
    I("orchestra", "ratio",
      "what percentage of orchestras use CD as their major record format",
      "Out of all orchestras, what percent have 'CD' as the major recording format?",
      "SELECT 100.0 * SUM(CASE WHEN Major_Record_Format = 'CD' THEN 1 ELSE 0 END) / COUNT(*) FROM orchestra"),
    I("orchestra", "compare-to-aggregate",
      "Which conductors are older than the average conductor? List name and age.",
      "conductors above the mean age, with ages",
      "SELECT Name, Age FROM conductor WHERE Age > (SELECT AVG(Age) FROM conductor)"),

    # ------------------------------------------------------------- poker_player
    I("poker_player", "count",
      "how many people are russian",
      "What is the number of people whose nationality is Russia?",
      "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'"),
    I("poker_player", "list",
      "List everyone in the people table with their nationality and birth date.",
      "all people: name, nationality, date of birth",
      "SELECT Name, Nationality, Birth_Date FROM people"),
    I("poker_player", "filter-text",
      "who was born in august? name and birth date",
      "Which people have a birth date in the month of August? Give their names and birth dates.",
      "SELECT Name, Birth_Date FROM people WHERE Birth_Date LIKE 'August%'"),
    I("poker_player", "filter-number",
      "Which poker players have earned more than 200,000? Show their name and earnings.",
      "players w/ earnings over two hundred thousand (name + earnings)",
      "SELECT p.Name, pp.Earnings FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID "
      "WHERE pp.Earnings > 200000"),
    I("poker_player", "aggregate",
      "total and average earnings of the poker players",
      "What do the poker players earn altogether, and what is the mean earnings per player?",
      "SELECT SUM(Earnings), AVG(Earnings) FROM poker_player"),
    I("poker_player", "superlative",
      "Who is the tallest poker player, and what is their height?",
      "tallest among the poker players + height",
      "SELECT p.Name, p.Height FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID "
      "ORDER BY p.Height DESC LIMIT 1"),
    I("poker_player", "group",
      "number of people and avg height per nationality",
      "For each nationality give how many people there are and their average height.",
      "SELECT Nationality, COUNT(*), AVG(Height) FROM people GROUP BY Nationality"),
    I("poker_player", "join",
      "Show each poker player's name along with the number of final tables made and their best finish.",
      "poker players by name with final tables made and best finish",
      "SELECT p.Name, pp.Final_Table_Made, pp.Best_Finish FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID"),
    I("poker_player", "set",
      "which people aren't poker players",
      "List the names of people who do not have a poker player record.",
      "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    I("poker_player", "ratio",
      "For every poker player, what are their earnings per final table made? Show name and that figure.",
      "earnings divided by final tables made, per player (with name)",
      "SELECT p.Name, pp.Earnings / pp.Final_Table_Made FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID"),
    I("poker_player", "compare-to-aggregate",
      "people taller than the avg height - names and heights",
      "Which people are above the average height of everyone? Give their name and height.",
      "SELECT Name, Height FROM people WHERE Height > (SELECT AVG(Height) FROM people)"),

    # ------------------------------------------------------------------ singer
    I("singer", "count",
      "How many singers have United States citizenship?",
      "no. of singers who are US citizens",
      "SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'"),
    I("singer", "list",
      "list singers w/ birth year and citizenship",
      "Show every singer's name, year of birth and citizenship.",
      "SELECT Name, Birth_Year, Citizenship FROM singer"),
    I("singer", "filter-text",
      "Which singers have Walton in their name, and what are they worth?",
      "singers named walton + net worth (millions)",
      "SELECT Name, Net_Worth_Millions FROM singer WHERE Name LIKE '%Walton%'"),
    I("singer", "filter-number",
      "singers born before 1945 and their net worth",
      "Give the name, birth year and net worth of the singers whose birth year is earlier than nineteen forty-five.",
      "SELECT Name, Birth_Year, Net_Worth_Millions FROM singer WHERE Birth_Year < 1945"),
    I("singer", "aggregate",
      "What are the total sales of all songs and the average highest chart position?",
      "sum of song sales + mean peak position",
      "SELECT SUM(Sales), AVG(Highest_Position) FROM song"),
    I("singer", "superlative",
      "richest singer? name + net worth",
      "Which singer has the largest net worth, and how much is it in millions?",
      "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1"),
    I("singer", "group",
      "For each citizenship, how many singers are there and what's the highest net worth?",
      "per citizenship: singer count and max net worth",
      "SELECT Citizenship, COUNT(*), MAX(Net_Worth_Millions) FROM singer GROUP BY Citizenship"),
    I("singer", "join",
      "every song title with the singer's name and the sales",
      "List all songs together with who sang them and how many copies they sold.",
      "SELECT so.Title, si.Name, so.Sales FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID"),
    I("singer", "set",
      "Which singers don't have any songs?",
      "singers with zero songs in the song table",
      "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song WHERE Singer_ID IS NOT NULL)"),
    I("singer", "ratio",
      "what share of total song sales comes from Liliane Bettencourt's songs, in percent",
      "Of all song sales, what percentage belongs to songs by Liliane Bettencourt?",
      "SELECT 100.0 * SUM(CASE WHEN si.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / SUM(so.Sales) "
      "FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID"),
    I("singer", "compare-to-aggregate",
      "Which songs sold more than the average song? Show title and sales.",
      "songs with above-avg sales (title, sales)",
      "SELECT Title, Sales FROM song WHERE Sales > (SELECT AVG(Sales) FROM song)"),

    # ------------------------------------------------------------------ tvshow
    I("tvshow", "count",
      "how many channels are in italian",
      "What is the number of TV channels whose language is Italian?",
      "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'Italian'"),
    I("tvshow", "list",
      "List all cartoons with who directed them and who wrote them.",
      "cartoon titles + director + writer",
      "SELECT Title, Directed_by, Written_by FROM Cartoon"),
    I("tvshow", "filter-text",
      "cartoons directed by ben jones and their original air date",
      "Which cartoons did Ben Jones direct? Give the title and when it first aired.",
      "SELECT Title, Original_air_date FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    I("tvshow", "filter-number",
      "Which episodes had a weekly rank below 65? Show the episode, its weekly rank and air date.",
      "eps ranked under sixty-five for the week - episode, rank, air date",
      "SELECT Episode, Weekly_Rank, Air_Date FROM TV_series WHERE Weekly_Rank < 65"),
    I("tvshow", "aggregate",
      "best and worst weekly rank among the tv series episodes",
      "What are the minimum and maximum weekly ranks of the TV series episodes?",
      "SELECT MIN(Weekly_Rank), MAX(Weekly_Rank) FROM TV_series"),
    I("tvshow", "superlative",
      "Which channel airs the most cartoons, and how many?",
      "channel (series name) w/ the highest number of cartoons + count",
      "SELECT ch.series_name, COUNT(*) FROM TV_Channel AS ch JOIN Cartoon AS c ON c.Channel = ch.id "
      "GROUP BY ch.id, ch.series_name ORDER BY COUNT(*) DESC LIMIT 1"),
    I("tvshow", "group",
      "number of channels in each country",
      "How many TV channels does each country have?",
      "SELECT Country, COUNT(*) FROM TV_Channel GROUP BY Country"),
    I("tvshow", "join",
      "For each TV series episode, show the episode title, its air date and the series name of its channel.",
      "episodes w/ air date and which channel (series name) they're on",
      "SELECT s.Episode, s.Air_Date, ch.series_name FROM TV_series AS s JOIN TV_Channel AS ch ON s.Channel = ch.id"),
    I("tvshow", "set",
      "channels that have neither cartoons nor tv series episodes",
      "Which channels show up in neither the cartoon table nor the TV series table? Give their series names.",
      "SELECT series_name FROM TV_Channel WHERE id NOT IN "
      "(SELECT Channel FROM Cartoon WHERE Channel IS NOT NULL UNION SELECT Channel FROM TV_series WHERE Channel IS NOT NULL)"),
    I("tvshow", "ratio",
      "What percentage of channels offer high definition TV?",
      "% of channels with HD = yes",
      "SELECT 100.0 * SUM(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
    I("tvshow", "compare-to-aggregate",
      "episodes with a share above the avg share, show episode + share",
      "Which TV series episodes have a higher share than the average episode? List episode and share.",
      "SELECT Episode, Share FROM TV_series WHERE Share > (SELECT AVG(Share) FROM TV_series)"),

    # ----------------------------------------------------------------- world_1
    I("world_1", "count",
      "How many countries are in Europe?",
      "number of european countries",
      "SELECT COUNT(*) FROM country WHERE Continent = 'Europe'"),
    I("world_1", "list",
      "list every country with its region and surface area",
      "Show all countries, each with the region it belongs to and its surface area.",
      "SELECT Name, Region, SurfaceArea FROM country"),
    I("world_1", "filter-text",
      "Which countries have the government form 'Constitutional Monarchy'? Give the country and its head of state.",
      "constitutional monarchies + who's head of state",
      "SELECT Name, HeadOfState FROM country WHERE GovernmentForm = 'Constitutional Monarchy'"),
    I("world_1", "filter-number",
      "cities with more than 5,000,000 people",
      "Which cities have a population above five million? Show the city name and population.",
      "SELECT Name, Population FROM city WHERE Population > 5000000"),
    I("world_1", "aggregate",
      "What is the total population of all countries and the average life expectancy?",
      "world population sum + avg life expectancy across countries",
      "SELECT SUM(Population), AVG(LifeExpectancy) FROM country"),
    I("world_1", "superlative",
      "top 5 biggest cities by population, with their country",
      "Give the five most populous cities, along with the country each one is in and its population.",
      "SELECT ci.Name, co.Name, ci.Population FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code "
      "ORDER BY ci.Population DESC LIMIT 5"),
    I("world_1", "group",
      "For each continent, how many countries are there and what is their combined population?",
      "continent-wise number of countries & total pop",
      "SELECT Continent, COUNT(*), SUM(Population) FROM country GROUP BY Continent"),
    I("world_1", "join",
      "oceania countries and the name of their capital city",
      "For each country in Oceania, list the country together with the name of its capital.",
      "SELECT co.Name, ci.Name FROM country AS co JOIN city AS ci ON co.Capital = ci.ID WHERE co.Continent = 'Oceania'"),
    I("world_1", "set",
      "Which countries have both English and French among their languages?",
      "countries where english AND french are both spoken",
      "SELECT co.Name FROM country AS co JOIN countrylanguage AS cl ON cl.CountryCode = co.Code WHERE cl.Language = 'English' "
      "INTERSECT "
      "SELECT co.Name FROM country AS co JOIN countrylanguage AS cl ON cl.CountryCode = co.Code WHERE cl.Language = 'French'"),
    I("world_1", "ratio",
      "what percent of the worlds population lives in asia",
      "Asia's population as a percentage of the total population of all countries?",
      "SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country"),
    I("world_1", "compare-to-aggregate",
      "Which African countries have a life expectancy higher than the average across all countries? Show name and life expectancy.",
      "african countries w/ life expectancy above the global country average",
      "SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Africa' "
      "AND LifeExpectancy > (SELECT AVG(LifeExpectancy) FROM country)"),
]


# ----------------------------------------------------------------- helpers
def top_level_positions(sql, word):
    """Positions (depth, index) of keyword `word` outside string literals."""
    out = []
    depth = 0
    i = 0
    n = len(sql)
    pat = re.compile(r"\b" + word.replace(" ", r"\s+") + r"\b", re.I)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            j = sql.index(ch, i + 1)
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        else:
            m = pat.match(sql, i)
            if m and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_")):
                out.append((depth, i, m.end()))
                i = m.end()
                continue
        i += 1
    return out


def enclosing_segment(sql, pos):
    """Return (start, end) of the parenthesised segment enclosing pos, or whole query."""
    depth = 0
    start = 0
    i = pos - 1
    while i >= 0:
        if sql[i] == ")":
            depth += 1
        elif sql[i] == "(":
            if depth == 0:
                start = i + 1
                break
            depth -= 1
        i -= 1
    else:
        start = 0
    depth = 0
    end = len(sql)
    i = pos
    while i < len(sql):
        if sql[i] == "(":
            depth += 1
        elif sql[i] == ")":
            if depth == 0:
                end = i
                break
            depth -= 1
        i += 1
    return start, end


def check_limit(conn, sql):
    """LIMIT only with ORDER BY in same segment, and no tie at the cut-off."""
    errors = []
    for depth, lpos, lend in top_level_positions(sql, "LIMIT"):
        s, e = enclosing_segment(sql, lpos)
        seg = sql[s:e]
        rel = lpos - s
        # ORDER BY at depth 0 of the segment, before LIMIT
        obs = [p for p in top_level_positions(seg, "ORDER BY") if p[0] == 0 and p[1] < rel]
        if not obs:
            errors.append("LIMIT without ORDER BY")
            continue
        ob_start, ob_end = obs[-1][1], obs[-1][2]
        m = re.match(r"\s*LIMIT\s+(\d+)(?:\s+OFFSET\s+(\d+))?\s*$", seg[rel:], re.I)
        if not m:
            errors.append("unparseable LIMIT clause: " + seg[rel:])
            continue
        n = int(m.group(1)) + int(m.group(2) or 0)
        order_exprs = seg[ob_end:rel].strip()
        keys = [re.sub(r"\s+(ASC|DESC)\s*$", "", k.strip(), flags=re.I)
                for k in split_top_commas(order_exprs)]
        sel = [p for p in top_level_positions(seg, "SELECT") if p[0] == 0]
        frm = [p for p in top_level_positions(seg, "FROM") if p[0] == 0]
        if not sel or not frm:
            errors.append("cannot locate SELECT/FROM for tie check")
            continue
        if re.match(r"\s*DISTINCT\b", seg[sel[0][2]:], re.I):
            errors.append("DISTINCT with LIMIT not supported by tie check")
            continue
        body = seg[frm[0][1]:ob_start]
        tie_sql = "SELECT " + ", ".join(keys) + " " + body + " ORDER BY " + order_exprs
        try:
            rows = conn.execute(tie_sql).fetchall()
        except sqlite3.Error as ex:
            errors.append("tie-check query failed: %s (%s)" % (ex, tie_sql))
            continue
        if len(rows) > n and rows[n - 1] == rows[n]:
            errors.append("tie at LIMIT cut-off: %r == %r" % (rows[n - 1], rows[n]))
    return errors


def split_top_commas(s):
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


def norm(q):
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()


def main():
    failures = []
    conns = {}
    for db in DBS:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(path):
            failures.append("missing db " + path)
            continue
        conns[db] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)

    # tables.json sanity: db ids known
    with open("/work/shared/eval/spider/tables.json") as f:
        known = {t["db_id"] for t in json.load(f)}
    for db in DBS:
        if db not in known:
            failures.append("db not in tables.json: " + db)

    required = {"question", "db_id", "query", "paraphrase", "kind"}
    per_db = defaultdict(list)
    seen = {}
    for idx, it in enumerate(ITEMS):
        tag = "#%d [%s/%s]" % (idx, it.get("db_id"), it.get("kind"))
        if set(it) != required:
            failures.append(tag + " bad keys")
        if it["db_id"] not in DBS:
            failures.append(tag + " db not in half A")
            continue
        if it["kind"] not in KINDS:
            failures.append(tag + " unknown kind")
        for fld in ("question", "paraphrase", "query"):
            if not it[fld].strip():
                failures.append(tag + " empty " + fld)
        per_db[it["db_id"]].append(it["kind"])
        for fld in ("question", "paraphrase"):
            k = norm(it[fld])
            if k in seen:
                failures.append(tag + " duplicate text with " + seen[k] + ": " + it[fld])
            seen[k] = tag
        if norm(it["question"]) == norm(it["paraphrase"]):
            failures.append(tag + " paraphrase identical to question")
        conn = conns.get(it["db_id"])
        if conn is None:
            continue
        try:
            rows = conn.execute(it["query"]).fetchall()
        except sqlite3.Error as ex:
            failures.append(tag + " query error: %s" % ex)
            continue
        if not rows:
            failures.append(tag + " returns no rows")
        elif all(v is None for r in rows for v in r):
            failures.append(tag + " all NULL result")
        if re.search(r"\bLIMIT\b", it["query"], re.I):
            for e in check_limit(conn, it["query"]):
                failures.append(tag + " " + e)

    for db in DBS:
        c = Counter(per_db.get(db, []))
        if sum(c.values()) != 11:
            failures.append("%s has %d items, want 11" % (db, sum(c.values())))
        for k in KINDS:
            if c.get(k, 0) != 1:
                failures.append("%s kind %s appears %d times" % (db, k, c.get(k, 0)))
    if len(ITEMS) != 110:
        failures.append("total items %d != 110" % len(ITEMS))

    if failures:
        print("CHECKS FAILED (%d); not writing %s" % (len(failures), OUT))
        for f in failures:
            print("  -", f)
        sys.exit(1)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(ITEMS, f, indent=2, ensure_ascii=False)
    kinds = Counter(it["kind"] for it in ITEMS)
    print("wrote %s with %d items" % (OUT, len(ITEMS)))
    for k in KINDS:
        print("  %-22s %d" % (k, kinds[k]))


if __name__ == "__main__":
    main()
