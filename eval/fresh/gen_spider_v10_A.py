#!/usr/bin/env python3
"""Generate the held-out text-to-SQL set spider_v10_A.

Items are held as data below. Every gold query is executed against its Spider
SQLite database and checked:
  * it runs and returns at least one row that is not all NULLs;
  * its number of result columns equals the stated expected count;
  * every top-N / superlative query has no tie at the cut-off (checked with an
    extra ranking query per item: value at position N != value at N+1).
Structural checks: 11 items per database, 10 items per kind, >= 35 items asking
for 2+ columns, questions/paraphrases distinct, 12 unanswerable questions.
Output JSON files are written beside this script only if every check passes;
otherwise failures are printed and the script exits with status 1.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
TABLES_JSON = "/work/shared/eval/spider/tables.json"
OUT_MAIN = os.path.join(HERE, "spider_v10_A.json")
OUT_UNANS = os.path.join(HERE, "spider_v10_A_unanswerable.json")

DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt",
       "employee_hire_evaluation", "museum_visit", "orchestra",
       "poker_player", "singer", "tvshow", "world_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# Each item: (db_id, kind, question, paraphrase, query, expected_ncols, tie)
# tie is None or (ranking_sql, N): ranking_sql returns the ranking value in the
# same order as the gold query; value at position N must differ from N+1.
ITEMS = [
    # ------------------------------------------------------------ battle_death
    ("battle_death", "count",
     "How many ships were captured?",
     "What's the number of vessels that ended up being captured?",
     "SELECT COUNT(*) FROM ship WHERE disposition_of_ship = 'Captured'",
     1, None),
    ("battle_death", "list",
     "List every battle along with the date it took place.",
     "Show me all the battles and when each one was fought.",
     "SELECT name, date FROM battle",
     2, None),
    ("battle_death", "filter-text",
     "Which ships were lost in the English Channel?",
     "Names of the ships whose loss happened in the English Channel",
     "SELECT name FROM ship WHERE location = 'English Channel'",
     1, None),
    ("battle_death", "filter-number",
     "Show the note and number killed for incidents where more than 10 people died.",
     "For every incident with a death toll above 10, give its note and how many were killed.",
     "SELECT note, killed FROM death WHERE killed > 10",
     2, None),
    ("battle_death", "aggregate",
     "Total killed and total injured across all recorded incidents?",
     "If you add up every recorded incident, how many people were killed and how many injured?",
     "SELECT SUM(killed), SUM(injured) FROM death",
     2, None),
    ("battle_death", "group",
     "How many ships are there of each ship type?",
     "Break down the number of ships by type.",
     "SELECT ship_type, COUNT(*) FROM ship GROUP BY ship_type",
     2, None),
    ("battle_death", "superlative",
     "Which ship caused the most deaths overall?",
     "Name the vessel responsible for the highest total number of people killed.",
     "SELECT s.name FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
     "GROUP BY s.id ORDER BY SUM(d.killed) DESC LIMIT 1",
     1, ("SELECT SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
         "GROUP BY s.id ORDER BY SUM(d.killed) DESC", 1)),
    ("battle_death", "join",
     "For each ship lost in battle, show the battle name and the ship name.",
     "Pair every lost ship with the battle it was lost in: give the battle's name, then the ship's name.",
     "SELECT b.name, s.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id",
     2, None),
    ("battle_death", "set",
     "Which battles had no ships lost?",
     "List the battles in which not a single ship was lost.",
     "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)",
     1, None),
    ("battle_death", "ratio",
     "What percentage of battles ended in a Bulgarian victory?",
     "Out of all the battles, what share did the Bulgarians win, in percent?",
     "SELECT 100.0 * SUM(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / COUNT(*) FROM battle",
     1, None),
    ("battle_death", "projection",
     "Show each ship's name, type and tonnage.",
     "For every vessel, what are its name, ship type and tonnage?",
     "SELECT name, ship_type, tonnage FROM ship",
     3, None),

    # ---------------------------------------------------------- concert_singer
    ("concert_singer", "count",
     "How many singers are from France?",
     "Number of French singers?",
     "SELECT COUNT(*) FROM singer WHERE Country = 'France'",
     1, None),
    ("concert_singer", "list",
     "List the distinct years in which concerts were held.",
     "In what years have concerts taken place? Each year once, please.",
     "SELECT DISTINCT Year FROM concert",
     1, None),
    ("concert_singer", "filter-text",
     "Which singers are female? Show their names and ages.",
     "Give me the name and age of every woman singer.",
     "SELECT Name, Age FROM singer WHERE Is_male = 'F'",
     2, None),
    ("concert_singer", "filter-number",
     "Which stadiums have a capacity above the average? Show name and capacity.",
     "Stadiums that can hold more people than the average stadium - their names and capacities",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > (SELECT AVG(Capacity) FROM stadium)",
     2, None),
    ("concert_singer", "aggregate",
     "What are the average, minimum and maximum ages of singers from France?",
     "For French singers, give the mean age together with the youngest and the oldest age.",
     "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer WHERE Country = 'France'",
     3, None),
    ("concert_singer", "group",
     "Number of concerts per year",
     "How many concerts took place in each year?",
     "SELECT Year, COUNT(*) FROM concert GROUP BY Year",
     2, None),
    ("concert_singer", "superlative",
     "Which stadium has hosted the most concerts? Give its name and capacity.",
     "Name and capacity of the venue where the largest number of concerts were staged.",
     "SELECT s.Name, s.Capacity FROM stadium s JOIN concert c ON c.Stadium_ID = s.Stadium_ID "
     "GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC LIMIT 1",
     2, ("SELECT COUNT(*) FROM stadium s JOIN concert c ON c.Stadium_ID = s.Stadium_ID "
         "GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC", 1)),
    ("concert_singer", "join",
     "Show the singers who performed at 2014 concerts, together with the concert name.",
     "For concerts held in 2014, list each performing singer's name and the name of that concert.",
     "SELECT s.Name, c.concert_Name FROM singer s "
     "JOIN singer_in_concert sc ON sc.Singer_ID = s.Singer_ID "
     "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'",
     2, None),
    ("concert_singer", "set",
     "Which singers performed in concerts in both 2014 and 2015?",
     "Names of singers who appeared at a 2014 concert and also at a 2015 one.",
     "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON sc.Singer_ID = s.Singer_ID "
     "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014' "
     "INTERSECT "
     "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON sc.Singer_ID = s.Singer_ID "
     "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2015'",
     1, None),
    ("concert_singer", "ratio",
     "What percentage of singers are male?",
     "Share of the singers who are men, as a percent.",
     "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer",
     1, None),
    ("concert_singer", "projection",
     "Give each singer's name, country and age.",
     "For all singers, show the name, the home country and how old they are.",
     "SELECT Name, Country, Age FROM singer",
     3, None),

    # ---------------------------------------------------- cre_Doc_Template_Mgt
    ("cre_Doc_Template_Mgt", "count",
     "How many templates are presentations?",
     "Count the presentation templates.",
     "SELECT COUNT(*) FROM Templates t JOIN Ref_Template_Types r "
     "ON t.Template_Type_Code = r.Template_Type_Code "
     "WHERE r.Template_Type_Description = 'Presentation'",
     1, None),
    ("cre_Doc_Template_Mgt", "list",
     "List the names of all documents.",
     "What documents do we have? Just the names.",
     "SELECT Document_Name FROM Documents",
     1, None),
    ("cre_Doc_Template_Mgt", "filter-text",
     "Which documents have a paragraph about Korea?",
     "Find the documents that contain a paragraph whose text is Korea.",
     "SELECT DISTINCT d.Document_Name FROM Documents d "
     "JOIN Paragraphs p ON p.Document_ID = d.Document_ID WHERE p.Paragraph_Text = 'Korea'",
     1, None),
    ("cre_Doc_Template_Mgt", "filter-number",
     "Templates with a version number greater than 7 - show template ID and type code.",
     "For templates whose version exceeds 7, give the ID and the type code.",
     "SELECT Template_ID, Template_Type_Code FROM Templates WHERE Version_Number > 7",
     2, None),
    ("cre_Doc_Template_Mgt", "aggregate",
     "Average template version number?",
     "On average, what version number do templates have?",
     "SELECT AVG(Version_Number) FROM Templates",
     1, None),
    ("cre_Doc_Template_Mgt", "group",
     "How many templates are there for each template type code?",
     "Template counts broken down by type code.",
     "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code",
     2, None),
    ("cre_Doc_Template_Mgt", "superlative",
     "Which document has the most paragraphs? Give its ID and name.",
     "Show the ID and name of the document with the largest number of paragraphs.",
     "SELECT d.Document_ID, d.Document_Name FROM Documents d "
     "JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
     "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC LIMIT 1",
     2, ("SELECT COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
         "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC", 1)),
    ("cre_Doc_Template_Mgt", "join",
     "Show each document's name with the description of its template type.",
     "For every document, list its name and what kind of template it is based on (the type description).",
     "SELECT d.Document_Name, r.Template_Type_Description FROM Documents d "
     "JOIN Templates t ON t.Template_ID = d.Template_ID "
     "JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code",
     2, None),
    ("cre_Doc_Template_Mgt", "set",
     "Which template type codes aren't used by any document?",
     "List the type codes for which no document uses a template of that type.",
     "SELECT Template_Type_Code FROM Ref_Template_Types "
     "EXCEPT "
     "SELECT t.Template_Type_Code FROM Templates t JOIN Documents d ON d.Template_ID = t.Template_ID",
     1, None),
    ("cre_Doc_Template_Mgt", "ratio",
     "What percentage of templates are not used by any document?",
     "Share of templates that no document references, as a percentage.",
     "SELECT 100.0 * COUNT(*) / (SELECT COUNT(*) FROM Templates) FROM Templates "
     "WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents WHERE Template_ID IS NOT NULL)",
     1, None),
    ("cre_Doc_Template_Mgt", "projection",
     "Show template ID, version number and type code for every template.",
     "For all templates, give me the ID, the version and the type code.",
     "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates",
     3, None),

    # ------------------------------------------------ employee_hire_evaluation
    ("employee_hire_evaluation", "count",
     "How many employees work full time?",
     "Number of full-time hires?",
     "SELECT COUNT(*) FROM hiring WHERE Is_full_time = 'T'",
     1, None),
    ("employee_hire_evaluation", "list",
     "List the names of all shop managers.",
     "Who manages the shops? Names only.",
     "SELECT Manager_name FROM shop",
     1, None),
    ("employee_hire_evaluation", "filter-text",
     "Which employees are from Bath? Show name and age.",
     "Employees based in Bath - their names and ages",
     "SELECT Name, Age FROM employee WHERE City = 'Bath'",
     2, None),
    ("employee_hire_evaluation", "filter-number",
     "Which shops stock more products than the average shop? Show name and number of products.",
     "Give the name and product count of shops whose number of products is above the shop average.",
     "SELECT Name, Number_products FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)",
     2, None),
    ("employee_hire_evaluation", "aggregate",
     "What's the total bonus paid across all evaluations?",
     "Sum of every bonus that has been awarded.",
     "SELECT SUM(Bonus) FROM evaluation",
     1, None),
    ("employee_hire_evaluation", "group",
     "For each shop, show its name and how many employees it has hired.",
     "How many hires has every shop made? Include the shop name.",
     "SELECT s.Name, COUNT(h.Employee_ID) FROM shop s LEFT JOIN hiring h ON h.Shop_ID = s.Shop_ID "
     "GROUP BY s.Shop_ID",
     2, None),
    ("employee_hire_evaluation", "superlative",
     "Who is the oldest employee?",
     "Name the employee with the highest age.",
     "SELECT Name FROM employee ORDER BY Age DESC LIMIT 1",
     1, ("SELECT Age FROM employee ORDER BY Age DESC", 1)),
    ("employee_hire_evaluation", "join",
     "Which employees were awarded a bonus in 2016? Show their names and bonus amounts.",
     "Names and bonuses of the employees evaluated in 2016.",
     "SELECT e.Name, v.Bonus FROM employee e JOIN evaluation v ON v.Employee_ID = e.Employee_ID "
     "WHERE v.Year_awarded = '2016'",
     2, None),
    ("employee_hire_evaluation", "set",
     "Which employees either live in Bath or have received a bonus?",
     "Give the names of employees who are Bath residents, or who got a bonus at least once.",
     "SELECT Name FROM employee WHERE City = 'Bath' "
     "UNION "
     "SELECT e.Name FROM employee e JOIN evaluation v ON v.Employee_ID = e.Employee_ID",
     1, None),
    ("employee_hire_evaluation", "ratio",
     "What percentage of hired employees are part-time?",
     "Among all hires, what share is not full time, in percent?",
     "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring",
     1, None),
    ("employee_hire_evaluation", "projection",
     "Give name, age and city for every employee.",
     "Show all employees with their name, their age and the city they live in.",
     "SELECT Name, Age, City FROM employee",
     3, None),

    # ------------------------------------------------------------ museum_visit
    ("museum_visit", "count",
     "How many museums opened after 2009?",
     "Number of museums whose opening year is later than 2009.",
     "SELECT COUNT(*) FROM museum WHERE Open_Year > '2009'",
     1, None),
    ("museum_visit", "list",
     "List all visitor names.",
     "Who are our visitors? Names, please.",
     "SELECT Name FROM visitor",
     1, None),
    ("museum_visit", "filter-text",
     "Which museums have 'Plaza' in their name?",
     "Find the museums whose name includes the word Plaza.",
     "SELECT Name FROM museum WHERE Name LIKE '%Plaza%'",
     1, None),
    ("museum_visit", "filter-number",
     "Show visitors with a membership level above 4 - names and ages.",
     "Name and age of every visitor whose membership level is higher than 4.",
     "SELECT Name, Age FROM visitor WHERE Level_of_membership > 4",
     2, None),
    ("museum_visit", "aggregate",
     "Average staff count of museums that opened before 2009",
     "For museums opened earlier than 2009, what is the mean number of staff?",
     "SELECT AVG(Num_of_Staff) FROM museum WHERE Open_Year < '2009'",
     1, None),
    ("museum_visit", "group",
     "For every visitor with at least one visit, show their name and total amount spent.",
     "Among visitors who have made visits, give each one's name and overall spending.",
     "SELECT v.Name, SUM(t.Total_spent) FROM visitor v JOIN visit t ON t.visitor_ID = v.ID GROUP BY v.ID",
     2, None),
    ("museum_visit", "superlative",
     "Which museum sold the most tickets in total?",
     "Name the museum with the highest total ticket count across all visits.",
     "SELECT m.Name FROM museum m JOIN visit t ON t.Museum_ID = m.Museum_ID "
     "GROUP BY m.Museum_ID ORDER BY SUM(t.Num_of_Ticket) DESC LIMIT 1",
     1, ("SELECT SUM(t.Num_of_Ticket) FROM museum m JOIN visit t ON t.Museum_ID = m.Museum_ID "
         "GROUP BY m.Museum_ID ORDER BY SUM(t.Num_of_Ticket) DESC", 1)),
    ("museum_visit", "join",
     "Who visited the Capital Plaza Museum, and how many tickets did each of them buy?",
     "Show visitor names and ticket counts for visits to Capital Plaza Museum.",
     "SELECT v.Name, t.Num_of_Ticket FROM visitor v JOIN visit t ON t.visitor_ID = v.ID "
     "JOIN museum m ON m.Museum_ID = t.Museum_ID WHERE m.Name = 'Capital Plaza Museum'",
     2, None),
    ("museum_visit", "set",
     "Which visitors went to both the Capital Plaza Museum and the Willow Grande Museum?",
     "Names of visitors who have been to Capital Plaza Museum as well as Willow Grande Museum.",
     "SELECT v.Name FROM visitor v JOIN visit t ON t.visitor_ID = v.ID "
     "JOIN museum m ON m.Museum_ID = t.Museum_ID WHERE m.Name = 'Capital Plaza Museum' "
     "INTERSECT "
     "SELECT v.Name FROM visitor v JOIN visit t ON t.visitor_ID = v.ID "
     "JOIN museum m ON m.Museum_ID = t.Museum_ID WHERE m.Name = 'Willow Grande Museum'",
     1, None),
    ("museum_visit", "ratio",
     "Which museums have more than double the average number of staff?",
     "List the museums whose staff count exceeds twice the mean staff count.",
     "SELECT Name FROM museum WHERE Num_of_Staff > 2 * (SELECT AVG(Num_of_Staff) FROM museum)",
     1, None),
    ("museum_visit", "projection",
     "Give each museum's name, staff count and opening year.",
     "For all museums, show the name, how many staff it has and the year it opened.",
     "SELECT Name, Num_of_Staff, Open_Year FROM museum",
     3, None),

    # --------------------------------------------------------------- orchestra
    ("orchestra", "count",
     "How many conductors are from the UK?",
     "Count of British conductors.",
     "SELECT COUNT(*) FROM conductor WHERE Nationality = 'UK'",
     1, None),
    ("orchestra", "list",
     "List the distinct major record formats used by orchestras.",
     "What major record formats appear among the orchestras, without duplicates?",
     "SELECT DISTINCT Major_Record_Format FROM orchestra",
     1, None),
    ("orchestra", "filter-text",
     "Which orchestras record with Decca Records?",
     "Orchestras signed to Decca Records",
     "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'",
     1, None),
    ("orchestra", "filter-number",
     "Conductors with more than 15 years of work: show name and years.",
     "Which conductors have worked over 15 years? Give the name and the number of years of work.",
     "SELECT Name, Year_of_Work FROM conductor WHERE Year_of_Work > 15",
     2, None),
    ("orchestra", "aggregate",
     "What's the average age of conductors?",
     "Mean conductor age?",
     "SELECT AVG(Age) FROM conductor",
     1, None),
    ("orchestra", "group",
     "How many conductors are there per nationality?",
     "Conductor count by nationality.",
     "SELECT Nationality, COUNT(*) FROM conductor GROUP BY Nationality",
     2, None),
    ("orchestra", "superlative",
     "Which performance had the highest official rating? Show its type and date.",
     "Type and date of the top-rated performance, going by official ratings in millions.",
     "SELECT Type, Date FROM performance ORDER BY \"Official_ratings_(millions)\" DESC LIMIT 1",
     2, ("SELECT \"Official_ratings_(millions)\" FROM performance "
         "ORDER BY \"Official_ratings_(millions)\" DESC", 1)),
    ("orchestra", "join",
     "Show each orchestra together with its conductor's name.",
     "List the orchestras and the names of the conductors leading them.",
     "SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON c.Conductor_ID = o.Conductor_ID",
     2, None),
    ("orchestra", "set",
     "Which orchestras have had performances but never a show?",
     "List orchestras that appear in performances yet have no associated show.",
     "SELECT o.Orchestra FROM orchestra o JOIN performance p ON p.Orchestra_ID = o.Orchestra_ID "
     "EXCEPT "
     "SELECT o.Orchestra FROM orchestra o JOIN performance p ON p.Orchestra_ID = o.Orchestra_ID "
     "JOIN show s ON s.Performance_ID = p.Performance_ID",
     1, None),
    ("orchestra", "ratio",
     "What percentage of conductors are from the USA?",
     "Share of conductors with American nationality, in percent.",
     "SELECT 100.0 * SUM(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor",
     1, None),
    ("orchestra", "projection",
     "Show the orchestra name, record company and founding year.",
     "For each orchestra, give its name, its record label and the year it was founded.",
     "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra",
     3, None),

    # ------------------------------------------------------------ poker_player
    ("poker_player", "count",
     "How many people are from Russia?",
     "Count the Russian people on record.",
     "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'",
     1, None),
    ("poker_player", "list",
     "List the names of all poker players.",
     "Who are the poker players? Give their names.",
     "SELECT p.Name FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID",
     1, None),
    ("poker_player", "filter-text",
     "What are Maksim Botin's nationality and height?",
     "Where is Maksim Botin from, and how tall is he?",
     "SELECT Nationality, Height FROM people WHERE Name = 'Maksim Botin'",
     2, None),
    ("poker_player", "filter-number",
     "Poker players with more than 20 final tables - names and final tables made.",
     "Which players have made over 20 final tables? Show the name and the number of final tables.",
     "SELECT p.Name, pp.Final_Table_Made FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID "
     "WHERE pp.Final_Table_Made > 20",
     2, None),
    ("poker_player", "aggregate",
     "What are the average and maximum earnings of poker players?",
     "Give the mean and the highest poker player earnings.",
     "SELECT AVG(Earnings), MAX(Earnings) FROM poker_player",
     2, None),
    ("poker_player", "group",
     "Count people by nationality.",
     "How many people are there of each nationality?",
     "SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality",
     2, None),
    ("poker_player", "superlative",
     "Who is the tallest poker player, and what is their best finish?",
     "Name and best finish of the poker player with the greatest height.",
     "SELECT p.Name, pp.Best_Finish FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID "
     "ORDER BY p.Height DESC LIMIT 1",
     2, ("SELECT p.Height FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID "
         "ORDER BY p.Height DESC", 1)),
    ("poker_player", "join",
     "Show the names and earnings of poker players earning above the average.",
     "Which players have earnings higher than the mean? Give their name and earnings.",
     "SELECT p.Name, pp.Earnings FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID "
     "WHERE pp.Earnings > (SELECT AVG(Earnings) FROM poker_player)",
     2, None),
    ("poker_player", "set",
     "Which people are not poker players?",
     "Names of the people who don't appear as poker players.",
     "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)",
     1, None),
    ("poker_player", "ratio",
     "What share of total poker earnings was made by Russian players?",
     "Percentage of all poker player earnings that came from players of Russian nationality.",
     "SELECT 100.0 * SUM(CASE WHEN p.Nationality = 'Russia' THEN pp.Earnings ELSE 0 END) / SUM(pp.Earnings) "
     "FROM poker_player pp JOIN people p ON p.People_ID = pp.People_ID",
     1, None),
    ("poker_player", "projection",
     "Give each person's name, nationality and birth date.",
     "For all people, list their name, the nationality they hold and their date of birth.",
     "SELECT Name, Nationality, Birth_Date FROM people",
     3, None),

    # ------------------------------------------------------------------ singer
    ("singer", "count",
     "How many singers are US citizens?",
     "Number of singers holding United States citizenship.",
     "SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'",
     1, None),
    ("singer", "list",
     "List all song titles.",
     "What are the titles of the songs?",
     "SELECT Title FROM song",
     1, None),
    ("singer", "filter-text",
     "Which singers are German or Australian? Show name and citizenship.",
     "Give the names and citizenship of singers who are citizens of Germany or Australia.",
     "SELECT Name, Citizenship FROM singer WHERE Citizenship IN ('Germany', 'Australia')",
     2, None),
    ("singer", "filter-number",
     "Which singers have a net worth above the average? Show names and net worth.",
     "Singers worth more than the mean net worth - name and net worth in millions",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Net_Worth_Millions > (SELECT AVG(Net_Worth_Millions) FROM singer)",
     2, None),
    ("singer", "aggregate",
     "What are total song sales?",
     "Add up the sales of every song.",
     "SELECT SUM(Sales) FROM song",
     1, None),
    ("singer", "group",
     "Total net worth by citizenship",
     "For each citizenship, what's the combined net worth of its singers?",
     "SELECT Citizenship, SUM(Net_Worth_Millions) FROM singer GROUP BY Citizenship",
     2, None),
    ("singer", "superlative",
     "Which singer has the highest net worth?",
     "Who is the richest singer?",
     "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1",
     1, ("SELECT Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC", 1)),
    ("singer", "join",
     "Show each song's title along with the name of its singer.",
     "List song titles and the singers who perform them.",
     "SELECT so.Title, si.Name FROM song so JOIN singer si ON si.Singer_ID = so.Singer_ID",
     2, None),
    ("singer", "set",
     "Which singers were born after 1955 or have a song that sold over 500,000 copies?",
     "Names of singers who either have a birth year later than 1955 or sold more than 500000 units of some song.",
     "SELECT Name FROM singer WHERE Birth_Year > 1955 "
     "UNION "
     "SELECT si.Name FROM singer si JOIN song so ON so.Singer_ID = si.Singer_ID WHERE so.Sales > 500000",
     1, None),
    ("singer", "ratio",
     "What share of all song sales came from Liliane Bettencourt's songs?",
     "Percentage of total sales accounted for by songs by Liliane Bettencourt.",
     "SELECT 100.0 * SUM(CASE WHEN si.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / SUM(so.Sales) "
     "FROM song so JOIN singer si ON si.Singer_ID = so.Singer_ID",
     1, None),
    ("singer", "projection",
     "Give each singer's name, birth year and citizenship.",
     "For every singer, show the name, the year of birth and which country they are a citizen of.",
     "SELECT Name, Birth_Year, Citizenship FROM singer",
     3, None),

    # ------------------------------------------------------------------ tvshow
    ("tvshow", "count",
     "How many channels broadcast in English?",
     "Number of English-language channels.",
     "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'English'",
     1, None),
    ("tvshow", "list",
     "List the distinct countries that TV channels come from.",
     "Which countries are the channels based in? No repeats.",
     "SELECT DISTINCT Country FROM TV_Channel",
     1, None),
    ("tvshow", "filter-text",
     "Which cartoons were directed by Ben Jones?",
     "Titles of the cartoons Ben Jones directed",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'",
     1, None),
    ("tvshow", "filter-number",
     "Episodes with a share of at least 7 - show episode and rating.",
     "Give the episode name and rating for every TV series episode whose share is 7 or more.",
     "SELECT Episode, Rating FROM TV_series WHERE Share >= 7",
     2, None),
    ("tvshow", "aggregate",
     "Average share across all TV series episodes?",
     "What is the mean share of the episodes?",
     "SELECT AVG(Share) FROM TV_series",
     1, None),
    ("tvshow", "group",
     "How many cartoons has each director directed?",
     "Cartoon count per director.",
     "SELECT Directed_by, COUNT(*) FROM Cartoon GROUP BY Directed_by",
     2, None),
    ("tvshow", "superlative",
     "Which episode had the most viewers?",
     "Name the episode with the biggest audience, in millions of viewers.",
     "SELECT Episode FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1",
     1, ("SELECT CAST(Viewers_m AS REAL) FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC", 1)),
    ("tvshow", "join",
     "For each cartoon, show its title and the series name of the channel it aired on.",
     "List cartoon titles with the series names of their channels.",
     "SELECT ca.Title, ch.series_name FROM Cartoon ca JOIN TV_Channel ch ON ch.id = ca.Channel",
     2, None),
    ("tvshow", "set",
     "Which channels aired both a TV series episode and a cartoon? Give the series names.",
     "Series names of channels that carry TV series episodes as well as cartoons.",
     "SELECT ch.series_name FROM TV_Channel ch JOIN TV_series ts ON ts.Channel = ch.id "
     "INTERSECT "
     "SELECT ch.series_name FROM TV_Channel ch JOIN Cartoon ca ON ca.Channel = ch.id",
     1, None),
    ("tvshow", "ratio",
     "What percentage of channels offer HD?",
     "Share of channels with high-definition TV, as a percent.",
     "SELECT 100.0 * SUM(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel",
     1, None),
    ("tvshow", "projection",
     "Show each channel's series name, country and language.",
     "For every channel, list the series name, the country and the broadcast language.",
     "SELECT series_name, Country, Language FROM TV_Channel",
     3, None),

    # ----------------------------------------------------------------- world_1
    ("world_1", "count",
     "How many countries are in Europe?",
     "Number of European countries.",
     "SELECT COUNT(*) FROM country WHERE Continent = 'Europe'",
     1, None),
    ("world_1", "list",
     "List the distinct forms of government.",
     "What government forms exist? Each one only once.",
     "SELECT DISTINCT GovernmentForm FROM country",
     1, None),
    ("world_1", "filter-text",
     "Which countries have Dutch as an official language?",
     "Countries where Dutch is official",
     "SELECT c.Name FROM country c JOIN countrylanguage l ON l.CountryCode = c.Code "
     "WHERE l.Language = 'Dutch' AND l.IsOfficial = 'T'",
     1, None),
    ("world_1", "filter-number",
     "Countries with life expectancy above 80 - name and life expectancy",
     "In which countries do people live longer than 80 years on average? Show the name and life expectancy.",
     "SELECT Name, LifeExpectancy FROM country WHERE LifeExpectancy > 80",
     2, None),
    ("world_1", "aggregate",
     "Total population and average life expectancy of African countries?",
     "For Africa, give the combined population and the mean life expectancy.",
     "SELECT SUM(Population), AVG(LifeExpectancy) FROM country WHERE Continent = 'Africa'",
     2, None),
    ("world_1", "group",
     "Number of countries per continent",
     "How many countries does each continent have?",
     "SELECT Continent, COUNT(*) FROM country GROUP BY Continent",
     2, None),
    ("world_1", "superlative",
     "What are the five most populous cities? Show name and population.",
     "Top 5 cities by population, with their populations.",
     "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5",
     2, ("SELECT Population FROM city ORDER BY Population DESC", 5)),
    ("world_1", "join",
     "Show Japanese cities with over a million people, with their populations.",
     "Which cities in Japan have a population above 1,000,000? Give name and population.",
     "SELECT ci.Name, ci.Population FROM city ci JOIN country co ON co.Code = ci.CountryCode "
     "WHERE co.Name = 'Japan' AND ci.Population > 1000000",
     2, None),
    ("world_1", "set",
     "Which languages are spoken in both Canada and the United States?",
     "Languages that appear in Canada as well as in the USA.",
     "SELECT l.Language FROM countrylanguage l JOIN country c ON c.Code = l.CountryCode WHERE c.Name = 'Canada' "
     "INTERSECT "
     "SELECT l.Language FROM countrylanguage l JOIN country c ON c.Code = l.CountryCode WHERE c.Name = 'United States'",
     1, None),
    ("world_1", "ratio",
     "Which countries have a GNP more than double their old GNP?",
     "List the countries whose current GNP exceeds twice the previous GNP figure.",
     "SELECT Name FROM country WHERE GNP > 2 * GNPOld",
     1, None),
    ("world_1", "projection",
     "Show the name, head of state and government form of countries in Southeast Asia.",
     "For Southeast Asian countries, give the country name, who the head of state is, and the form of government.",
     "SELECT Name, HeadOfState, GovernmentForm FROM country WHERE Region = 'Southeast Asia'",
     3, None),
]

UNANSWERABLE = [
    ("battle_death", "How many crew members were aboard HMS Avon when it was wrecked?"),
    ("concert_singer", "What was the ticket price for the Auditions concert?"),
    ("concert_singer", "What is Timbaland's email address?"),
    ("cre_Doc_Template_Mgt", "Who is the author of the document 'Understanding DB'?"),
    ("employee_hire_evaluation", "What is Mark Regan's annual salary?"),
    ("employee_hire_evaluation", "What is the phone number of the FC Lahti shop?"),
    ("museum_visit", "What are the opening hours of the Plaza Museum?"),
    ("orchestra", "How many musicians play in the Kirov Orchestra?"),
    ("poker_player", "In which city was Aleksey Ostapenko born?"),
    ("singer", "What music genre does Christy Walton sing?"),
    ("tvshow", "What is the monthly subscription price of MTV Rocks?"),
    ("world_1", "What is the official currency of Japan?"),
]


def connect(db):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    return sqlite3.connect("file:%s?mode=ro" % path, uri=True)


def main():
    failures = []
    known_dbs = {t["db_id"] for t in json.load(open(TABLES_JSON))}
    conns = {db: connect(db) for db in DBS}

    # structural checks
    if len(ITEMS) != 110:
        failures.append("expected 110 items, got %d" % len(ITEMS))
    per_db = Counter(it[0] for it in ITEMS)
    per_kind = Counter(it[1] for it in ITEMS)
    for db in DBS:
        if per_db[db] != 11:
            failures.append("db %s has %d items (want 11)" % (db, per_db[db]))
    for k in KINDS:
        if per_kind[k] != 10:
            failures.append("kind %s has %d items (want 10)" % (k, per_kind[k]))
    texts = [it[2] for it in ITEMS] + [it[3] for it in ITEMS]
    dup = [t for t, c in Counter(t.lower() for t in texts).items() if c > 1]
    if dup:
        failures.append("duplicate question/paraphrase texts: %r" % dup)
    multi = sum(1 for it in ITEMS if it[5] >= 2)
    if multi < 35:
        failures.append("only %d items ask for 2+ columns (want >= 35)" % multi)

    for i, (db, kind, q, p, sql, ncols, tie) in enumerate(ITEMS):
        tag = "#%d [%s/%s] %s" % (i, db, kind, q)
        if db not in DBS or db not in known_dbs:
            failures.append(tag + ": unknown db_id")
            continue
        if kind not in KINDS:
            failures.append(tag + ": unknown kind")
        if q.strip().lower() == p.strip().lower():
            failures.append(tag + ": paraphrase identical to question")
        has_limit = re.search(r"\bLIMIT\b", sql, re.I) is not None
        if (has_limit or kind == "superlative") and tie is None:
            failures.append(tag + ": top-N/superlative query lacks a tie check")
        con = conns[db]
        try:
            cur = con.execute(sql)
            rows = cur.fetchall()
            got_cols = len(cur.description)
        except sqlite3.Error as e:
            failures.append(tag + ": SQL error: %s" % e)
            continue
        if not rows:
            failures.append(tag + ": no rows")
        elif all(all(v is None for v in r) for r in rows):
            failures.append(tag + ": all rows are all-NULL")
        if got_cols != ncols:
            failures.append(tag + ": %d columns, expected %d" % (got_cols, ncols))
        if tie is not None:
            tsql, n = tie
            m = re.search(r"\bLIMIT\s+(\d+)", sql, re.I)
            if m and int(m.group(1)) != n:
                failures.append(tag + ": LIMIT %s != tie-check N %d" % (m.group(1), n))
            try:
                vals = [r[0] for r in con.execute(tsql).fetchall()]
            except sqlite3.Error as e:
                failures.append(tag + ": tie SQL error: %s" % e)
                continue
            if len(vals) < n:
                failures.append(tag + ": tie check returned %d < N=%d rows" % (len(vals), n))
            elif len(vals) > n and vals[n - 1] == vals[n]:
                failures.append(tag + ": tie at cut-off N=%d (value %r)" % (n, vals[n - 1]))
            if has_limit and len(rows) != min(n, len(vals)):
                failures.append(tag + ": gold returned %d rows, tie check implies %d" % (len(rows), n))

    if len(UNANSWERABLE) != 12:
        failures.append("expected 12 unanswerable questions, got %d" % len(UNANSWERABLE))
    for db, q in UNANSWERABLE:
        if db not in DBS:
            failures.append("unanswerable question on unknown db %s: %s" % (db, q))
    if len(set(q for _, q in UNANSWERABLE)) != len(UNANSWERABLE):
        failures.append("duplicate unanswerable questions")

    if failures:
        print("FAILED %d check(s):" % len(failures))
        for f in failures:
            print("  - " + f)
        sys.exit(1)

    out = [{"db_id": db, "kind": kind, "question": q, "paraphrase": p, "query": sql}
           for (db, kind, q, p, sql, ncols, tie) in ITEMS]
    with open(OUT_MAIN, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(OUT_UNANS, "w", encoding="utf-8") as f:
        json.dump([{"db_id": db, "question": q} for db, q in UNANSWERABLE], f,
                  indent=2, ensure_ascii=False)
    print("OK: %d items (%d ask for 2+ columns), %d unanswerable" % (len(out), multi, len(UNANSWERABLE)))
    print("per kind:", dict(per_kind))
    print("per db:", dict(per_db))
    print("wrote", OUT_MAIN, "and", OUT_UNANS)


if __name__ == "__main__":
    main()
