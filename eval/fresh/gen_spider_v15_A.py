#!/usr/bin/env python3
"""Generate the held-out Spider-style eval set v15 (half A).

Every gold query is executed on its SQLite database and checked; the JSON
files are written only when all checks pass.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# Each item: db, kind, question, paraphrase, query, ncols, optional tie=(sql, N)
# where sql returns the ordering values in the same order, without LIMIT.
ITEMS = [
    # ------------------------------------------------------------ battle_death
    dict(db="battle_death", kind="count",
         question="how many ships ended up captured?",
         paraphrase="Count the ships whose disposition is captured.",
         query="SELECT COUNT(*) FROM ship WHERE disposition_of_ship = 'Captured'",
         ncols=1),
    dict(db="battle_death", kind="list",
         question="List all the battles and the Bulgarian commander in each.",
         paraphrase="Give me every battle name with the Bulgarian commander who led it.",
         query="SELECT name, bulgarian_commander FROM battle",
         ncols=2),
    dict(db="battle_death", kind="filter-text",
         question="Which battles ended in a Latin victory? Show name and date.",
         paraphrase="name + date of the battles the Latins won",
         query="SELECT name, date FROM battle WHERE result = 'Latin victory'",
         ncols=2),
    dict(db="battle_death", kind="filter-number",
         question="Show the note, killed and injured figures for incidents where more than 10 people died.",
         paraphrase="Which death records have over 10 killed? give the note, number killed and number injured",
         query="SELECT note, killed, injured FROM death WHERE killed > 10",
         ncols=3),
    dict(db="battle_death", kind="aggregate",
         question="total killed and total injured across all the death records?",
         paraphrase="Sum up the number of people killed and the number injured over every recorded incident.",
         query="SELECT SUM(killed), SUM(injured) FROM death",
         ncols=2),
    dict(db="battle_death", kind="group",
         question="How many battles were there for each result type?",
         paraphrase="count battles grouped by outcome, show the outcome and the count",
         query="SELECT result, COUNT(*) FROM battle GROUP BY result",
         ncols=2),
    dict(db="battle_death", kind="superlative",
         question="Which ship was responsible for the most people killed? Give the ship name and total killed.",
         paraphrase="Name the ship with the highest combined death toll, along with that toll.",
         query="SELECT s.name, SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
               "GROUP BY s.id ORDER BY SUM(d.killed) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
              "GROUP BY s.id ORDER BY SUM(d.killed) DESC", 1)),
    dict(db="battle_death", kind="join",
         question="for each ship, what battle was it lost in? show ship name, battle name and that battle's result",
         paraphrase="List ship names with the name and outcome of the battle where each one was lost.",
         query="SELECT s.name, b.name, b.result FROM ship s JOIN battle b ON s.lost_in_battle = b.id",
         ncols=3),
    dict(db="battle_death", kind="set",
         question="Which of Kaloyan's battles saw no ships lost?",
         paraphrase="Battles led by the Bulgarian commander Kaloyan in which not a single ship was lost - names please.",
         query="SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan' "
               "EXCEPT SELECT b.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id",
         ncols=1),
    dict(db="battle_death", kind="ratio",
         question="What percentage of death records had zero people killed?",
         paraphrase="Of all recorded incidents, what percent had no fatalities?",
         query="SELECT 100.0 * SUM(CASE WHEN killed = 0 THEN 1 ELSE 0 END) / COUNT(*) FROM death",
         ncols=1),
    dict(db="battle_death", kind="projection",
         question="Show name, type, location and tonnage for every ship.",
         paraphrase="For all ships give me the ship's name, what type it is, where it was, and its tonnage",
         query="SELECT name, ship_type, location, tonnage FROM ship",
         ncols=4),

    # ---------------------------------------------------------- concert_singer
    dict(db="concert_singer", kind="count",
         question="how many singers are French?",
         paraphrase="Number of singers whose country is France?",
         query="SELECT COUNT(*) FROM singer WHERE Country = 'France'",
         ncols=1),
    dict(db="concert_singer", kind="list",
         question="List the stadium names with their capacities, biggest first.",
         paraphrase="Stadiums and how many people they hold, sorted from largest capacity to smallest.",
         query="SELECT Name, Capacity FROM stadium ORDER BY Capacity DESC",
         ncols=2),
    dict(db="concert_singer", kind="filter-text",
         question="Which singers are not from France? Give their names and countries.",
         paraphrase="Name and country of every singer from outside France.",
         query="SELECT Name, Country FROM singer WHERE Country != 'France'",
         ncols=2),
    dict(db="concert_singer", kind="filter-number",
         question="Stadiums holding more than 10k people - name, location, capacity?",
         paraphrase="Show me the name, location and capacity of each stadium whose capacity exceeds 10,000.",
         query="SELECT Name, Location, Capacity FROM stadium WHERE Capacity > 10000",
         ncols=3),
    dict(db="concert_singer", kind="aggregate",
         question="What's the youngest and the oldest age among the male singers?",
         paraphrase="Give the minimum and maximum age of singers who are men.",
         query="SELECT MIN(Age), MAX(Age) FROM singer WHERE Is_male = 'T'",
         ncols=2),
    dict(db="concert_singer", kind="group",
         question="How many singers performed at each concert? Show the concert name, theme and number of singers.",
         paraphrase="For every concert give its name, its theme and a count of the singers in it.",
         query="SELECT c.concert_Name, c.Theme, COUNT(*) FROM concert c "
               "JOIN singer_in_concert sic ON sic.concert_ID = c.concert_ID GROUP BY c.concert_ID",
         ncols=3),
    dict(db="concert_singer", kind="superlative",
         question="Which stadium has the best average attendance, and what is it?",
         paraphrase="Name the stadium with the highest average attendance along with that average.",
         query="SELECT Name, Average FROM stadium ORDER BY Average DESC LIMIT 1",
         ncols=2,
         tie=("SELECT Average FROM stadium ORDER BY Average DESC", 1)),
    dict(db="concert_singer", kind="join",
         question="who sang at concerts held at Somerset Park? show singer name and concert name",
         paraphrase="List singer names and concert names for every concert that took place in Somerset Park.",
         query="SELECT s.Name, c.concert_Name FROM singer s "
               "JOIN singer_in_concert sic ON sic.Singer_ID = s.Singer_ID "
               "JOIN concert c ON c.concert_ID = sic.concert_ID "
               "JOIN stadium st ON st.Stadium_ID = c.Stadium_ID WHERE st.Name = 'Somerset Park'",
         ncols=2),
    dict(db="concert_singer", kind="set",
         question="Which singers performed in concerts in both 2014 and 2015?",
         paraphrase="Names of singers who appeared at a 2014 concert and also at a 2015 one.",
         query="SELECT s.Name FROM singer s JOIN singer_in_concert sic ON sic.Singer_ID = s.Singer_ID "
               "JOIN concert c ON c.concert_ID = sic.concert_ID WHERE c.Year = '2014' "
               "INTERSECT SELECT s.Name FROM singer s JOIN singer_in_concert sic ON sic.Singer_ID = s.Singer_ID "
               "JOIN concert c ON c.concert_ID = sic.concert_ID WHERE c.Year = '2015'",
         ncols=1),
    dict(db="concert_singer", kind="ratio",
         question="what percent of the singers are male?",
         paraphrase="Share of singers who are men, expressed as a percentage.",
         query="SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer",
         ncols=1),
    dict(db="concert_singer", kind="projection",
         question="give me each singer's name, the song they're known for and the year it came out",
         paraphrase="Show singer name, song name and song release year for all singers.",
         query="SELECT Name, Song_Name, Song_release_year FROM singer",
         ncols=3),

    # ---------------------------------------------------- cre_Doc_Template_Mgt
    dict(db="cre_Doc_Template_Mgt", kind="count",
         question="How many book templates are there?",
         paraphrase="Count the templates whose type is Book.",
         query="SELECT COUNT(*) FROM Templates t JOIN Ref_Template_Types r "
               "ON r.Template_Type_Code = t.Template_Type_Code WHERE r.Template_Type_Description = 'Book'",
         ncols=1),
    dict(db="cre_Doc_Template_Mgt", kind="list",
         question="list document ids and names, sorted by name",
         paraphrase="Give all documents' IDs and names in alphabetical order of the name.",
         query="SELECT Document_ID, Document_Name FROM Documents ORDER BY Document_Name",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="filter-text",
         question="Which documents have 'CV' in the name? Show id and name.",
         paraphrase="Find documents whose name mentions CV; return their ID and name.",
         query="SELECT Document_ID, Document_Name FROM Documents WHERE Document_Name LIKE '%CV%'",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="filter-number",
         question="Show template id, version and type code for templates with a version number higher than 6",
         paraphrase="Which templates are above version 6? Give ID, version number and template type code.",
         query="SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 6",
         ncols=3),
    dict(db="cre_Doc_Template_Mgt", kind="aggregate",
         question="whats the lowest and highest version number among presentation templates?",
         paraphrase="For templates of the Presentation type, give the min and max version number.",
         query="SELECT MIN(t.Version_Number), MAX(t.Version_Number) FROM Templates t "
               "JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code "
               "WHERE r.Template_Type_Description = 'Presentation'",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="group",
         question="How many paragraphs does each document have? Show document name and count.",
         paraphrase="Paragraph count per document, together with the document's name.",
         query="SELECT d.Document_Name, COUNT(*) FROM Documents d "
               "JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="superlative",
         question="Which document has the most paragraphs? give name and the number.",
         paraphrase="Name the document with the largest paragraph count, and that count.",
         query="SELECT d.Document_Name, COUNT(*) FROM Documents d "
               "JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID "
               "ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
              "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC", 1)),
    dict(db="cre_Doc_Template_Mgt", kind="join",
         question="Show each document's name along with the description of its template type.",
         paraphrase="For every document, list its name and what kind of template (type description) it's based on.",
         query="SELECT d.Document_Name, r.Template_Type_Description FROM Documents d "
               "JOIN Templates t ON t.Template_ID = d.Template_ID "
               "JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="set",
         question="Which templates aren't used by any document? Give template ID and type code.",
         paraphrase="List the ID and type code of templates that no document uses.",
         query="SELECT Template_ID, Template_Type_Code FROM Templates "
               "WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents WHERE Template_ID IS NOT NULL)",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="ratio",
         question="What percentage of templates are paper templates?",
         paraphrase="Out of all templates, what percent have the Paper type?",
         query="SELECT 100.0 * SUM(CASE WHEN r.Template_Type_Description = 'Paper' THEN 1 ELSE 0 END) / COUNT(*) "
               "FROM Templates t JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code",
         ncols=1),
    dict(db="cre_Doc_Template_Mgt", kind="projection",
         question="show template id, version number and effective-from date for all templates",
         paraphrase="List every template's ID, its version and the date it becomes effective.",
         query="SELECT Template_ID, Version_Number, Date_Effective_From FROM Templates",
         ncols=3),

    # ------------------------------------------------ employee_hire_evaluation
    dict(db="employee_hire_evaluation", kind="count",
         question="how many employees live in Bath",
         paraphrase="Count of employees whose city is Bath.",
         query="SELECT COUNT(*) FROM employee WHERE City = 'Bath'",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="list",
         question="List all shops with their manager's name.",
         paraphrase="Show each shop name and who manages it.",
         query="SELECT Name, Manager_name FROM shop",
         ncols=2),
    dict(db="employee_hire_evaluation", kind="filter-text",
         question="Name and age of employees from Bristol?",
         paraphrase="Which employees are based in Bristol? Show their name and age.",
         query="SELECT Name, Age FROM employee WHERE City = 'Bristol'",
         ncols=2),
    dict(db="employee_hire_evaluation", kind="filter-number",
         question="shops with more than 5000 products: name, location and product count",
         paraphrase="Which shops stock over 5k products? Give name, location and number of products.",
         query="SELECT Name, Location, Number_products FROM shop WHERE Number_products > 5000",
         ncols=3),
    dict(db="employee_hire_evaluation", kind="aggregate",
         question="What's the total amount of bonuses given out, and the average bonus?",
         paraphrase="Sum and average of all the evaluation bonuses.",
         query="SELECT SUM(Bonus), AVG(Bonus) FROM evaluation",
         ncols=2),
    dict(db="employee_hire_evaluation", kind="group",
         question="How many employees did each shop hire? Show shop name and count.",
         paraphrase="Number of hires per shop, with the shop's name.",
         query="SELECT sh.Name, COUNT(*) FROM shop sh JOIN hiring h ON h.Shop_ID = sh.Shop_ID GROUP BY sh.Shop_ID",
         ncols=2),
    dict(db="employee_hire_evaluation", kind="superlative",
         question="Who got the biggest single bonus? name and amount",
         paraphrase="Which employee received the largest one-time bonus, and how much was it?",
         query="SELECT e.Name, ev.Bonus FROM employee e JOIN evaluation ev ON ev.Employee_ID = e.Employee_ID "
               "ORDER BY ev.Bonus DESC LIMIT 1",
         ncols=2,
         tie=("SELECT ev.Bonus FROM employee e JOIN evaluation ev ON ev.Employee_ID = e.Employee_ID "
              "ORDER BY ev.Bonus DESC", 1)),
    dict(db="employee_hire_evaluation", kind="join",
         question="Show every hired employee's name, the shop they work at and the year they started.",
         paraphrase="For each hiring, give the employee name, shop name and start year.",
         query="SELECT e.Name, sh.Name, h.Start_from FROM hiring h "
               "JOIN employee e ON e.Employee_ID = h.Employee_ID JOIN shop sh ON sh.Shop_ID = h.Shop_ID",
         ncols=3),
    dict(db="employee_hire_evaluation", kind="set",
         question="Which employees have never gotten a bonus?",
         paraphrase="Names of employees with no evaluation bonus on record.",
         query="SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="ratio",
         question="What fraction of hired employees work full time?",
         paraphrase="Among all hires, what proportion are full-time?",
         query="SELECT CAST(SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) AS REAL) / COUNT(*) FROM hiring",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="projection",
         question="give name, location and district of every shop",
         paraphrase="For all shops, show the shop name, its location and its district.",
         query="SELECT Name, Location, District FROM shop",
         ncols=3),

    # ------------------------------------------------------------ museum_visit
    dict(db="museum_visit", kind="count",
         question="How many museums opened after 2009?",
         paraphrase="Number of museums with an opening year later than 2009.",
         query="SELECT COUNT(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009",
         ncols=1),
    dict(db="museum_visit", kind="list",
         question="list visitors' names and ages, youngest first",
         paraphrase="Show all visitors with their age, ordered from youngest to oldest.",
         query="SELECT Name, Age FROM visitor ORDER BY Age ASC",
         ncols=2),
    dict(db="museum_visit", kind="filter-text",
         question="Which museums have 'Plaza' in the name? Show name and number of staff.",
         paraphrase="Museums whose names include Plaza, with their staff counts.",
         query="SELECT Name, Num_of_Staff FROM museum WHERE Name LIKE '%Plaza%'",
         ncols=2),
    dict(db="museum_visit", kind="filter-number",
         question="Visitors with a membership level above 4 - show name, level, and age",
         paraphrase="Give name, membership level and age for visitors whose level is greater than 4.",
         query="SELECT Name, Level_of_membership, Age FROM visitor WHERE Level_of_membership > 4",
         ncols=3),
    dict(db="museum_visit", kind="aggregate",
         question="How many tickets were sold in total, and how much money was spent overall?",
         paraphrase="Total number of tickets and total spending across all visits.",
         query="SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit",
         ncols=2),
    dict(db="museum_visit", kind="group",
         question="For each museum that got visits, show the museum name and the total amount spent there.",
         paraphrase="Total visitor spending per museum, with the museum name (only museums that were visited).",
         query="SELECT m.Name, SUM(v.Total_spent) FROM museum m JOIN visit v ON v.Museum_ID = m.Museum_ID "
               "GROUP BY m.Museum_ID",
         ncols=2),
    dict(db="museum_visit", kind="superlative",
         question="which visitor spent the most in total? name and total spent",
         paraphrase="Who is the biggest spender across all of their visits, and how much did they spend?",
         query="SELECT vi.Name, SUM(v.Total_spent) FROM visitor vi JOIN visit v ON v.visitor_ID = vi.ID "
               "GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT SUM(v.Total_spent) FROM visitor vi JOIN visit v ON v.visitor_ID = vi.ID "
              "GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC", 1)),
    dict(db="museum_visit", kind="join",
         question="Show visitor name, museum name and number of tickets for each visit.",
         paraphrase="For every visit, list who visited, which museum it was, and how many tickets they bought.",
         query="SELECT vi.Name, m.Name, v.Num_of_Ticket FROM visit v "
               "JOIN visitor vi ON vi.ID = v.visitor_ID JOIN museum m ON m.Museum_ID = v.Museum_ID",
         ncols=3),
    dict(db="museum_visit", kind="set",
         question="Which museums haven't had any visitors? Give name and opening year.",
         paraphrase="List the name and open year of museums with no recorded visits.",
         query="SELECT Name, Open_Year FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)",
         ncols=2),
    dict(db="museum_visit", kind="ratio",
         question="On average, how much was spent per ticket across all visits?",
         paraphrase="Total money spent divided by total tickets sold, over all visits.",
         query="SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit",
         ncols=1),
    dict(db="museum_visit", kind="projection",
         question="list each museum's name, staff count and the year it opened",
         paraphrase="Show museum names with their number of staff and opening year.",
         query="SELECT Name, Num_of_Staff, Open_Year FROM museum",
         ncols=3),

    # --------------------------------------------------------------- orchestra
    dict(db="orchestra", kind="count",
         question="how many conductors are american?",
         paraphrase="Count the conductors with US nationality.",
         query="SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'",
         ncols=1),
    dict(db="orchestra", kind="list",
         question="List all orchestras and the record company of each.",
         paraphrase="Show every orchestra alongside its record label company.",
         query="SELECT Orchestra, Record_Company FROM orchestra",
         ncols=2),
    dict(db="orchestra", kind="filter-text",
         question="Which orchestras record with Decca Records? Give name and founding year.",
         paraphrase="Orchestras signed to Decca - show orchestra name and year founded.",
         query="SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'",
         ncols=2),
    dict(db="orchestra", kind="filter-number",
         question="Conductors with more than 15 years of work: name and years worked",
         paraphrase="Show the names and years of work for conductors who've worked over fifteen years.",
         query="SELECT Name, Year_of_Work FROM conductor WHERE Year_of_Work > 15",
         ncols=2),
    dict(db="orchestra", kind="aggregate",
         question="what are the average and maximum ages of the conductrs?",
         paraphrase="Give the mean conductor age and the oldest conductor's age.",
         query="SELECT AVG(Age), MAX(Age) FROM conductor",
         ncols=2),
    dict(db="orchestra", kind="group",
         question="How many conductors are there of each nationality?",
         paraphrase="Conductor count per nationality, showing the nationality.",
         query="SELECT Nationality, COUNT(*) FROM conductor GROUP BY Nationality",
         ncols=2),
    dict(db="orchestra", kind="superlative",
         question="Which performance had the highest official ratings? show its type, date and rating",
         paraphrase="Give the type, date and official rating (millions) of the top-rated performance.",
         query='SELECT Type, Date, "Official_ratings_(millions)" FROM performance '
               'ORDER BY "Official_ratings_(millions)" DESC LIMIT 1',
         ncols=3,
         tie=('SELECT "Official_ratings_(millions)" FROM performance ORDER BY "Official_ratings_(millions)" DESC', 1)),
    dict(db="orchestra", kind="join",
         question="Show each orchestra with its conductor's name and nationality.",
         paraphrase="For all orchestras, list the orchestra name plus the name and nationality of the conductor.",
         query="SELECT o.Orchestra, c.Name, c.Nationality FROM orchestra o JOIN conductor c ON c.Conductor_ID = o.Conductor_ID",
         ncols=3),
    dict(db="orchestra", kind="set",
         question="Which orchestras have no performances recorded? Show name and record company.",
         paraphrase="List orchestras that never performed, with their record company.",
         query="SELECT Orchestra, Record_Company FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)",
         ncols=2),
    dict(db="orchestra", kind="ratio",
         question="What percent of orchestras were founded after 2005?",
         paraphrase="Percentage of orchestras with a founding year later than 2005.",
         query="SELECT 100.0 * SUM(CASE WHEN Year_of_Founded > 2005 THEN 1 ELSE 0 END) / COUNT(*) FROM orchestra",
         ncols=1),
    dict(db="orchestra", kind="projection",
         question="show the type, date and weekly rank of every performance",
         paraphrase="For all performances, list the type, the date and the weekly ranking.",
         query="SELECT Type, Date, Weekly_rank FROM performance",
         ncols=3),

    # ------------------------------------------------------------ poker_player
    dict(db="poker_player", kind="count",
         question="How many of the poker players are Russian?",
         paraphrase="Count poker players whose nationality is Russia.",
         query="SELECT COUNT(*) FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID WHERE p.Nationality = 'Russia'",
         ncols=1),
    dict(db="poker_player", kind="list",
         question="List everyone's name and height, tallest first.",
         paraphrase="Show names and heights of all people sorted from tallest to shortest.",
         query="SELECT Name, Height FROM people ORDER BY Height DESC",
         ncols=2),
    dict(db="poker_player", kind="filter-text",
         question="Who is from Bulgaria? Name and birth date please.",
         paraphrase="Give the name and birth date of the people with Bulgarian nationality.",
         query="SELECT Name, Birth_Date FROM people WHERE Nationality = 'Bulgaria'",
         ncols=2),
    dict(db="poker_player", kind="filter-number",
         question="Which poker players have earned more than 200k? Show their names and earnings.",
         paraphrase="Names and earnings of poker players with earnings above 200,000.",
         query="SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID WHERE pp.Earnings > 200000",
         ncols=2),
    dict(db="poker_player", kind="aggregate",
         question="What are the total and average earnings of the poker players?",
         paraphrase="Sum of all poker player earnings, and the mean.",
         query="SELECT SUM(Earnings), AVG(Earnings) FROM poker_player",
         ncols=2),
    dict(db="poker_player", kind="group",
         question="For each nationality, how many poker players are there and what's their average earnings?",
         paraphrase="Group poker players by nationality: show the nationality, player count and mean earnings.",
         query="SELECT p.Nationality, COUNT(*), AVG(pp.Earnings) FROM poker_player pp "
               "JOIN people p ON p.People_ID = pp.People_ID GROUP BY p.Nationality",
         ncols=3),
    dict(db="poker_player", kind="superlative",
         question="Who has made the most final tables? Give the name and number.",
         paraphrase="Name of the poker player with the highest final table count, plus that count.",
         query="SELECT p.Name, pp.Final_Table_Made FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID "
               "ORDER BY pp.Final_Table_Made DESC LIMIT 1",
         ncols=2,
         tie=("SELECT Final_Table_Made FROM poker_player ORDER BY Final_Table_Made DESC", 1)),
    dict(db="poker_player", kind="join",
         question="show each poker player's name, nationality and money rank",
         paraphrase="For every poker player list the name, nationality and money ranking.",
         query="SELECT p.Name, p.Nationality, pp.Money_Rank FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID",
         ncols=3),
    dict(db="poker_player", kind="set",
         question="Which people are not poker players? Show name and nationality.",
         paraphrase="Name and nationality of the people who don't appear as poker players.",
         query="SELECT Name, Nationality FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)",
         ncols=2),
    dict(db="poker_player", kind="ratio",
         question="What percentage of people are taller than 190 cm?",
         paraphrase="Share of people (in percent) whose height exceeds 190.",
         query="SELECT 100.0 * SUM(CASE WHEN Height > 190 THEN 1 ELSE 0 END) / COUNT(*) FROM people",
         ncols=1),
    dict(db="poker_player", kind="projection",
         question="list final tables made, best finish and earnings for each poker player",
         paraphrase="For all poker players show final tables, best finish, and earnings.",
         query="SELECT Final_Table_Made, Best_Finish, Earnings FROM poker_player",
         ncols=3),

    # ------------------------------------------------------------------ singer
    dict(db="singer", kind="count",
         question="how many singers have US citizenship?",
         paraphrase="Number of singers who are citizens of the United States.",
         query="SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'",
         ncols=1),
    dict(db="singer", kind="list",
         question="List song titles and their sales, best-selling first.",
         paraphrase="Show all songs with sales, ordered from highest sales to lowest.",
         query="SELECT Title, Sales FROM song ORDER BY Sales DESC",
         ncols=2),
    dict(db="singer", kind="filter-text",
         question="which singers aren't US citizens? name and citizenship",
         paraphrase="Show names and citizenships of singers whose citizenship is something other than the United States.",
         query="SELECT Name, Citizenship FROM singer WHERE Citizenship != 'United States'",
         ncols=2),
    dict(db="singer", kind="filter-number",
         question="singers worth over 20m - names and net worth",
         paraphrase="Which singers have a net worth above 20 million? Give name and net worth in millions.",
         query="SELECT Name, Net_Worth_Millions FROM singer WHERE Net_Worth_Millions > 20",
         ncols=2),
    dict(db="singer", kind="aggregate",
         question="What are the combined sales of all songs, and the sales of the best seller?",
         paraphrase="Total song sales and the maximum sales of any single song.",
         query="SELECT SUM(Sales), MAX(Sales) FROM song",
         ncols=2),
    dict(db="singer", kind="group",
         question="For each citizenship, how many singers and what's their combined net worth?",
         paraphrase="Per citizenship: number of singers and total net worth.",
         query="SELECT Citizenship, COUNT(*), SUM(Net_Worth_Millions) FROM singer GROUP BY Citizenship",
         ncols=3),
    dict(db="singer", kind="superlative",
         question="Which singer has the highest total song sales? Show name and total.",
         paraphrase="Name the singer whose songs sold the most in total, with the total sales.",
         query="SELECT s.Name, SUM(so.Sales) FROM singer s JOIN song so ON so.Singer_ID = s.Singer_ID "
               "GROUP BY s.Singer_ID ORDER BY SUM(so.Sales) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT SUM(so.Sales) FROM singer s JOIN song so ON so.Singer_ID = s.Singer_ID "
              "GROUP BY s.Singer_ID ORDER BY SUM(so.Sales) DESC", 1)),
    dict(db="singer", kind="join",
         question="Show song titles with the singer's name and citizenship.",
         paraphrase="For every song list its title, who sang it, and that singer's citizenship.",
         query="SELECT so.Title, s.Name, s.Citizenship FROM song so JOIN singer s ON s.Singer_ID = so.Singer_ID",
         ncols=3),
    dict(db="singer", kind="set",
         question="Which singers have no songs listed? Show name and birth year.",
         paraphrase="Names and birth years of singers without any song in the database.",
         query="SELECT Name, Birth_Year FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)",
         ncols=2),
    dict(db="singer", kind="ratio",
         question="What fraction of the songs peaked at number 1?",
         paraphrase="Proportion of songs whose highest chart position was 1.",
         query="SELECT CAST(SUM(CASE WHEN Highest_Position = 1 THEN 1 ELSE 0 END) AS REAL) / COUNT(*) FROM song",
         ncols=1),
    dict(db="singer", kind="projection",
         question="Give the name, birth year and citizenship of every singer.",
         paraphrase="List all singers' names with their year of birth and citizenship.",
         query="SELECT Name, Birth_Year, Citizenship FROM singer",
         ncols=3),

    # ------------------------------------------------------------------ tvshow
    dict(db="tvshow", kind="count",
         question="How many TV channels are in English?",
         paraphrase="Count the channels whose language is English.",
         query="SELECT COUNT(*) FROM TV_Channel WHERE Language = 'English'",
         ncols=1),
    dict(db="tvshow", kind="list",
         question="list all cartoon titles and who directed them",
         paraphrase="Show every cartoon together with its director.",
         query="SELECT Title, Directed_by FROM Cartoon",
         ncols=2),
    dict(db="tvshow", kind="filter-text",
         question="Cartoons written by Todd Casey: title and original air date?",
         paraphrase="Which cartoons did Todd Casey write? Give the titles and air dates.",
         query="SELECT Title, Original_air_date FROM Cartoon WHERE Written_by = 'Todd Casey'",
         ncols=2),
    dict(db="tvshow", kind="filter-number",
         question="Which episodes had more than 6m viewers? show episode and viewers",
         paraphrase="List episode names and viewer numbers for TV series episodes with over 6 million viewers.",
         query="SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6",
         ncols=2),
    dict(db="tvshow", kind="aggregate",
         question="Average rating and average share across all TV series episodes?",
         paraphrase="What's the mean rating and the mean share of the episodes?",
         query="SELECT AVG(CAST(Rating AS REAL)), AVG(Share) FROM TV_series",
         ncols=2),
    dict(db="tvshow", kind="group",
         question="How many cartoons did each director make?",
         paraphrase="Number of cartoons per director, with the director's name.",
         query="SELECT Directed_by, COUNT(*) FROM Cartoon GROUP BY Directed_by",
         ncols=2),
    dict(db="tvshow", kind="superlative",
         question="top 3 episodes by number of viewers - episode name and viewers",
         paraphrase="Which three TV series episodes drew the most viewers? Include the viewer figures.",
         query="SELECT Episode, Viewers_m FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 3",
         ncols=2,
         tie=("SELECT CAST(Viewers_m AS REAL) FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC", 3)),
    dict(db="tvshow", kind="join",
         question="Show each cartoon's title with the series name and country of the channel it aired on.",
         paraphrase="For all cartoons list the title, plus the channel's series name and country.",
         query="SELECT ca.Title, ch.series_name, ch.Country FROM Cartoon ca JOIN TV_Channel ch ON ch.id = ca.Channel",
         ncols=3),
    dict(db="tvshow", kind="set",
         question="Which channels show cartoons but have no TV series episodes? Give series names.",
         paraphrase="Series names of channels that air at least one cartoon yet no TV series episode.",
         query="SELECT series_name FROM TV_Channel WHERE id IN (SELECT Channel FROM Cartoon) "
               "EXCEPT SELECT series_name FROM TV_Channel WHERE id IN (SELECT Channel FROM TV_series)",
         ncols=1),
    dict(db="tvshow", kind="ratio",
         question="what percentage of channels are high definition?",
         paraphrase="Percent of TV channels that offer HD.",
         query="SELECT 100.0 * SUM(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel",
         ncols=1),
    dict(db="tvshow", kind="projection",
         question="For each channel give the series name, country, language and package option.",
         paraphrase="List every TV channel's series name, country, language and package option.",
         query="SELECT series_name, Country, Language, Package_Option FROM TV_Channel",
         ncols=4),

    # ----------------------------------------------------------------- world_1
    dict(db="world_1", kind="count",
         question="how many contries are in South America?",
         paraphrase="Number of countries on the South American continent.",
         query="SELECT COUNT(*) FROM country WHERE Continent = 'South America'",
         ncols=1),
    dict(db="world_1", kind="list",
         question="List the Caribbean countries and their populations.",
         paraphrase="Show name and population of every country in the Caribbean region.",
         query="SELECT Name, Population FROM country WHERE Region = 'Caribbean'",
         ncols=2),
    dict(db="world_1", kind="filter-text",
         question="Which countries are federal republics? Give name and head of state.",
         paraphrase="Show the name and head of state of all countries whose form of government is Federal Republic.",
         query="SELECT Name, HeadOfState FROM country WHERE GovernmentForm = 'Federal Republic'",
         ncols=2),
    dict(db="world_1", kind="filter-number",
         question="Countries with life expectancy over 80 - name and life expectancy",
         paraphrase="Which countries have a life expectancy greater than 80 years? Show them with the value.",
         query="SELECT Name, LifeExpectancy FROM country WHERE LifeExpectancy > 80",
         ncols=2),
    dict(db="world_1", kind="aggregate",
         question="What's the total population and average life expectancy of African countries?",
         paraphrase="For Africa, give the summed population and the mean life expectancy.",
         query="SELECT SUM(Population), AVG(LifeExpectancy) FROM country WHERE Continent = 'Africa'",
         ncols=2),
    dict(db="world_1", kind="group",
         question="For each continent, how many countries and what total population?",
         paraphrase="Per continent: country count and combined population.",
         query="SELECT Continent, COUNT(*), SUM(Population) FROM country GROUP BY Continent",
         ncols=3),
    dict(db="world_1", kind="superlative",
         question="top 5 most populated cities in Japan, with population",
         paraphrase="Which five Japanese cities have the biggest populations? Show name and population.",
         query="SELECT ci.Name, ci.Population FROM city ci JOIN country co ON co.Code = ci.CountryCode "
               "WHERE co.Name = 'Japan' ORDER BY ci.Population DESC LIMIT 5",
         ncols=2,
         tie=("SELECT ci.Population FROM city ci JOIN country co ON co.Code = ci.CountryCode "
              "WHERE co.Name = 'Japan' ORDER BY ci.Population DESC", 5)),
    dict(db="world_1", kind="join",
         question="Show each South American country with its capital city.",
         paraphrase="For countries in South America, list the country name and the name of its capital.",
         query="SELECT co.Name, ci.Name FROM country co JOIN city ci ON ci.ID = co.Capital WHERE co.Continent = 'South America'",
         ncols=2),
    dict(db="world_1", kind="set",
         question="Which languages are spoken in both Switzerland and Belgium?",
         paraphrase="Languages that appear in Switzerland's and Belgium's language lists alike.",
         query="SELECT cl.Language FROM countrylanguage cl JOIN country co ON co.Code = cl.CountryCode WHERE co.Name = 'Switzerland' "
               "INTERSECT SELECT cl.Language FROM countrylanguage cl JOIN country co ON co.Code = cl.CountryCode WHERE co.Name = 'Belgium'",
         ncols=1),
    dict(db="world_1", kind="ratio",
         question="What percent of the world's population lives in Asia?",
         paraphrase="Asia's share of global population, as a percentage.",
         query="SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country",
         ncols=1),
    dict(db="world_1", kind="projection",
         question="show name, continent, independence year and GNP for all countries",
         paraphrase="List every country's name, continent, year of independence and GNP.",
         query="SELECT Name, Continent, IndepYear, GNP FROM country",
         ncols=4),
]

UNANSWERABLE = [
    dict(db="battle_death", question="How many soldiers fought on each side in the Battle of Adrianople?"),
    dict(db="concert_singer", question="What was the ticket price for the concerts held at Hampden Park?"),
    dict(db="cre_Doc_Template_Mgt", question="Who is the author of the document 'Understanding DB'?"),
    dict(db="employee_hire_evaluation", question="What's the monthly salary of each employee hired by FC Haka?"),
    dict(db="museum_visit", question="What are the opening hours of the Plaza Museum?"),
    dict(db="orchestra", question="How many musicians play in the London Symphony Orchestra?"),
    dict(db="poker_player", question="What is the hometown of each poker player?"),
    dict(db="singer", question="Which record label is Christy Walton signed to?"),
    dict(db="tvshow", question="What's the monthly subscription price of the Sky Music channel?"),
    dict(db="tvshow", question="How long is each cartoon episode, in minutes?"),
    dict(db="world_1", question="What currency is used in Japan?"),
    dict(db="world_1", question="What is the average annual rainfall in Brazil's biggest cities?"),
]


def db_path(db):
    return os.path.join(DB_ROOT, db, db + ".sqlite")


def main():
    errors = []
    conns = {}

    def conn(db):
        if db not in conns:
            c = sqlite3.connect("file:%s?mode=ro" % db_path(db), uri=True)
            c.text_factory = lambda b: b.decode("utf-8", errors="replace")
            conns[db] = c
        return conns[db]

    seen = set()
    for i, it in enumerate(ITEMS):
        tag = "#%d %s/%s" % (i, it["db"], it["kind"])
        if it["kind"] not in KINDS:
            errors.append("%s: unknown kind" % tag)
        for key in ("question", "paraphrase"):
            norm = " ".join(it[key].lower().split())
            if norm in seen:
                errors.append("%s: duplicate %s: %s" % (tag, key, it[key]))
            seen.add(norm)
        try:
            cur = conn(it["db"]).execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except sqlite3.Error as e:
            errors.append("%s: query failed: %s" % (tag, e))
            continue
        if not rows:
            errors.append("%s: no rows" % tag)
        elif all(v is None for r in rows for v in r):
            errors.append("%s: only NULLs" % tag)
        if ncols != it["ncols"]:
            errors.append("%s: ncols %d != declared %d" % (tag, ncols, it["ncols"]))
        if "LIMIT" in it["query"].upper() and "tie" not in it:
            errors.append("%s: LIMIT without tie check" % tag)
        if "tie" in it:
            tsql, n = it["tie"]
            if ("LIMIT %d" % n) not in it["query"].upper():
                errors.append("%s: tie N=%d does not match query LIMIT" % (tag, n))
            try:
                vals = [tuple(r) for r in conn(it["db"]).execute(tsql).fetchall()]
            except sqlite3.Error as e:
                errors.append("%s: tie query failed: %s" % (tag, e))
                continue
            if len(vals) < n:
                errors.append("%s: fewer than N=%d ranked rows" % (tag, n))
            elif len(vals) > n and vals[n - 1] == vals[n]:
                errors.append("%s: tie at cut-off N=%d: %r" % (tag, n, vals[n - 1]))
            if len(rows) != min(n, len(vals)):
                errors.append("%s: gold returned %d rows, expected %d" % (tag, len(rows), min(n, len(vals))))

    # balance checks
    kc = Counter(it["kind"] for it in ITEMS)
    dc = Counter(it["db"] for it in ITEMS)
    if len(ITEMS) != 110:
        errors.append("expected 110 items, got %d" % len(ITEMS))
    for k in KINDS:
        if kc[k] != 10:
            errors.append("kind %s has %d items" % (k, kc[k]))
    for d, c in dc.items():
        if c != 11:
            errors.append("db %s has %d items" % (d, c))
    for d in dc:
        kinds = sorted(it["kind"] for it in ITEMS if it["db"] == d)
        if kinds != sorted(KINDS):
            errors.append("db %s kinds not one-of-each" % d)
    multi = sum(1 for it in ITEMS if it["ncols"] >= 2)
    if multi < 55:
        errors.append("only %d multi-column items" % multi)

    # unanswerable checks
    if len(UNANSWERABLE) != 12:
        errors.append("expected 12 unanswerable, got %d" % len(UNANSWERABLE))
    for u in UNANSWERABLE:
        if u["db"] not in dc:
            errors.append("unanswerable db %s not in set" % u["db"])
        norm = " ".join(u["question"].lower().split())
        if norm in seen:
            errors.append("duplicate unanswerable question: %s" % u["question"])
        seen.add(norm)

    if errors:
        print("FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)

    out = [dict(question=it["question"], db_id=it["db"], query=it["query"],
                paraphrase=it["paraphrase"], kind=it["kind"]) for it in ITEMS]
    una = [dict(question=u["question"], db_id=u["db"], query="") for u in UNANSWERABLE]
    with open(os.path.join(HERE, "spider_v15_A.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v15_A_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(una, f, indent=2, ensure_ascii=False)
    print("OK: %d items (%d with 2+ columns), %d unanswerable" % (len(out), multi, len(una)))
    print("per kind:", dict(sorted(kc.items())))


if __name__ == "__main__":
    main()
