#!/usr/bin/env python3
"""Generate the held-out Spider-style evaluation set v11 (part A).

Items are held as data below.  Every gold query is executed against its
SQLite database and checked; the JSON outputs are written beside this script
only when every check passes.  Otherwise failures are printed and the script
exits with status 1.

Per-item fields used only for checking (not written to the output):
  ncols : expected number of result columns
  tie   : (sql, n) for top-N / superlative items -- `sql` returns the ranking
          value (first column) in ranking order; the value at position n must
          differ from the value at position n+1.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt",
       "employee_hire_evaluation", "museum_visit", "orchestra",
       "poker_player", "singer", "tvshow", "world_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate",
         "group", "superlative", "join", "set", "ratio", "projection"]


def I(db, kind, question, paraphrase, query, ncols, tie=None):
    return {"db_id": db, "kind": kind, "question": question,
            "paraphrase": paraphrase, "query": query, "ncols": ncols,
            "tie": tie}


ITEMS = [
    # ------------------------------------------------------------------ battle_death
    I("battle_death", "count",
      "How many ships ended up captured?",
      "What is the number of ships whose fate was capture?",
      "SELECT COUNT(*) FROM ship WHERE disposition_of_ship = 'Captured'", 1),
    I("battle_death", "list",
      "list the different ship types we have on record",
      "Which distinct kinds of ship appear in the data?",
      "SELECT DISTINCT ship_type FROM ship", 1),
    I("battle_death", "filter-text",
      "Which battles had Kaloyan commanding the Bulgarian side? Give the battle name and date.",
      "Show me the name and date of every battle where the Bulgarian commander was Kaloyan.",
      "SELECT name, date FROM battle WHERE bulgarian_commander = 'Kaloyan'", 2),
    I("battle_death", "filter-number",
      "death incidents where the number killed is above the average — show the note and how many were killed",
      "For incidents with more fatalities than the mean, list their note along with the killed count.",
      "SELECT note, killed FROM death WHERE killed > (SELECT AVG(killed) FROM death)", 2),
    I("battle_death", "aggregate",
      "What's the total number of people killed and the total injured across all incidents?",
      "Sum up the killed and the injured over every recorded death incident.",
      "SELECT SUM(killed), SUM(injured) FROM death", 2),
    I("battle_death", "group",
      "How many battles ended with each result?",
      "Count the battles for every distinct outcome, showing the outcome and its count.",
      "SELECT result, COUNT(*) FROM battle GROUP BY result", 2),
    I("battle_death", "superlative",
      "Which ship was responsible for the most people killed in total?",
      "Name the ship whose incidents add up to the highest number of fatalities.",
      "SELECT s.name FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
      "GROUP BY s.id ORDER BY SUM(d.killed) DESC LIMIT 1", 1,
      ("SELECT SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
       "GROUP BY s.id ORDER BY SUM(d.killed) DESC", 1)),
    I("battle_death", "join",
      "Ships lost in battles where Boril led the Bulgarians — ship name and the battle it was lost in",
      "For every battle commanded on the Bulgarian side by Boril, show the names of ships lost there together with the battle name.",
      "SELECT s.name, b.name FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id "
      "WHERE b.bulgarian_commander = 'Boril'", 2),
    I("battle_death", "set",
      "Which battles either had Henry I as the Latin commander or saw a ship captured?",
      "List the battles where the Latin side was led by Henry I, as well as any battle in which a lost ship was captured.",
      "SELECT name FROM battle WHERE latin_commander = 'Henry I' "
      "UNION SELECT b.name FROM battle AS b JOIN ship AS s ON s.lost_in_battle = b.id "
      "WHERE s.disposition_of_ship = 'Captured'", 1),
    I("battle_death", "ratio",
      "What percentage of battles were Bulgarian victories?",
      "Out of all battles, what share (in percent) ended in a win for the Bulgarians?",
      "SELECT 100.0 * SUM(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / COUNT(*) FROM battle", 1),
    I("battle_death", "projection",
      "Show each ship's name, type and tonnage.",
      "For all ships, give me the name, what type of ship it is, and its tonnage.",
      "SELECT name, ship_type, tonnage FROM ship", 3),

    # ------------------------------------------------------------------ concert_singer
    I("concert_singer", "count",
      "how many singers are from France?",
      "Count the French singers.",
      "SELECT COUNT(*) FROM singer WHERE Country = 'France'", 1),
    I("concert_singer", "list",
      "List the years in which concerts took place.",
      "Which distinct years have had a concert?",
      "SELECT DISTINCT Year FROM concert", 1),
    I("concert_singer", "filter-text",
      "Names and ages of the male singers",
      "Give me every singer who is a man, with his age.",
      "SELECT Name, Age FROM singer WHERE Is_male = 'T'", 2),
    I("concert_singer", "filter-number",
      "Which stadiums have a capacity above the average? Show name and capacity.",
      "List the stadium names and capacities for venues that can hold more than the mean stadium capacity.",
      "SELECT Name, Capacity FROM stadium WHERE Capacity > (SELECT AVG(Capacity) FROM stadium)", 2),
    I("concert_singer", "aggregate",
      "What are the average, youngest and oldest ages of singers from France?",
      "For French singers, compute the mean age, the minimum age and the maximum age.",
      "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer WHERE Country = 'France'", 3),
    I("concert_singer", "group",
      "number of concerts per year",
      "For each year, how many concerts were held?",
      "SELECT Year, COUNT(*) FROM concert GROUP BY Year", 2),
    I("concert_singer", "superlative",
      "Which stadium hosted the most concerts? Give its name and capacity.",
      "Show the name and capacity of the venue that has been home to the largest number of concerts.",
      "SELECT s.Name, s.Capacity FROM stadium AS s JOIN concert AS c ON c.Stadium_ID = s.Stadium_ID "
      "GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC LIMIT 1", 2,
      ("SELECT COUNT(*) FROM stadium AS s JOIN concert AS c ON c.Stadium_ID = s.Stadium_ID "
       "GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC", 1)),
    I("concert_singer", "join",
      "Which singers performed at concerts held in 2014?",
      "Give the distinct names of singers who appeared in any 2014 concert.",
      "SELECT DISTINCT s.Name FROM singer AS s JOIN singer_in_concert AS sc ON s.Singer_ID = sc.Singer_ID "
      "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'", 1),
    I("concert_singer", "set",
      "Which singers performed in both 2014 and 2015?",
      "Find the singers who had concert appearances in 2014 and also in 2015.",
      "SELECT s.Name FROM singer AS s JOIN singer_in_concert AS sc ON s.Singer_ID = sc.Singer_ID "
      "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014' "
      "INTERSECT SELECT s.Name FROM singer AS s JOIN singer_in_concert AS sc ON s.Singer_ID = sc.Singer_ID "
      "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2015'", 1),
    I("concert_singer", "ratio",
      "What percent of our singers are male?",
      "Men make up what percentage of all singers?",
      "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer", 1),
    I("concert_singer", "projection",
      "Give each singer's name, country and the song they're known for.",
      "For every singer, show their name, nationality and song name.",
      "SELECT Name, Country, Song_Name FROM singer", 3),

    # ------------------------------------------------------------------ cre_Doc_Template_Mgt
    I("cre_Doc_Template_Mgt", "count",
      "How many templates are presentations?",
      "Count the templates whose type is Presentation.",
      "SELECT COUNT(*) FROM Templates AS t JOIN Ref_Template_Types AS r "
      "ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'", 1),
    I("cre_Doc_Template_Mgt", "list",
      "list all the template type descriptions",
      "What descriptions exist for the template types?",
      "SELECT Template_Type_Description FROM Ref_Template_Types", 1),
    I("cre_Doc_Template_Mgt", "filter-text",
      "Show the id and name of documents with 'CV' in the name.",
      "Which documents have names containing CV? I need their ids and names.",
      "SELECT Document_ID, Document_Name FROM Documents WHERE Document_Name LIKE '%CV%'", 2),
    I("cre_Doc_Template_Mgt", "filter-number",
      "templates whose version number is above the average version — template id and version number",
      "List the ids and version numbers of templates that have a higher version than the mean.",
      "SELECT Template_ID, Version_Number FROM Templates "
      "WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)", 2),
    I("cre_Doc_Template_Mgt", "aggregate",
      "What are the highest and lowest template version numbers?",
      "Give me the max version number and the min version number across templates.",
      "SELECT MAX(Version_Number), MIN(Version_Number) FROM Templates", 2),
    I("cre_Doc_Template_Mgt", "group",
      "How many templates are there for each template type code?",
      "Count templates grouped by their type code, showing the code and the count.",
      "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code", 2),
    I("cre_Doc_Template_Mgt", "superlative",
      "Which document has the most paragraphs, and how many does it have?",
      "Show the name of the document with the largest paragraph count, plus that count.",
      "SELECT d.Document_Name, COUNT(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID "
      "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC LIMIT 1", 2,
      ("SELECT COUNT(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID "
       "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC", 1)),
    I("cre_Doc_Template_Mgt", "join",
      "Names of documents that use a Book template",
      "Which documents are built on templates of the book type? Give their names.",
      "SELECT d.Document_Name FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID "
      "JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code "
      "WHERE r.Template_Type_Description = 'Book'", 1),
    I("cre_Doc_Template_Mgt", "set",
      "Which template ids aren't used by any document?",
      "Find the templates that no document is based on — just their ids.",
      "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents", 1),
    I("cre_Doc_Template_Mgt", "ratio",
      "What percentage of documents have at least one paragraph?",
      "Of all documents, what share in percent contain one or more paragraphs?",
      "SELECT 100.0 * (SELECT COUNT(DISTINCT Document_ID) FROM Paragraphs) / (SELECT COUNT(*) FROM Documents)", 1),
    I("cre_Doc_Template_Mgt", "projection",
      "show every template's id, version number and type code",
      "For each template list the template id, its version and the template type code.",
      "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates", 3),

    # ------------------------------------------------------------------ employee_hire_evaluation
    I("employee_hire_evaluation", "count",
      "How many employees live in Bristol?",
      "What's the number of staff based in Bristol?",
      "SELECT COUNT(*) FROM employee WHERE City = 'Bristol'", 1),
    I("employee_hire_evaluation", "list",
      "List the names of all the shop managers.",
      "Who manages the shops? Names only.",
      "SELECT Manager_name FROM shop", 1),
    I("employee_hire_evaluation", "filter-text",
      "shops in Helsinki or Turku — name and district",
      "Give me the name and district of each shop located in either Helsinki or Turku.",
      "SELECT Name, District FROM shop WHERE Location IN ('Helsinki', 'Turku')", 2),
    I("employee_hire_evaluation", "filter-number",
      "Which shops carry more products than the average shop? Show shop name and number of products.",
      "List the name and product count of shops whose product count exceeds the mean.",
      "SELECT Name, Number_products FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)", 2),
    I("employee_hire_evaluation", "aggregate",
      "whats the total bonus paid out and the average bonus?",
      "Compute the sum of all bonuses and the mean bonus amount.",
      "SELECT SUM(Bonus), AVG(Bonus) FROM evaluation", 2),
    I("employee_hire_evaluation", "group",
      "How many employes are there in each city?",
      "Break down the employee headcount by city.",
      "SELECT City, COUNT(*) FROM employee GROUP BY City", 2),
    I("employee_hire_evaluation", "superlative",
      "Who received the single biggest bonus?",
      "Name the employee awarded the highest one-time bonus.",
      "SELECT e.Name FROM employee AS e JOIN evaluation AS v ON e.Employee_ID = v.Employee_ID "
      "ORDER BY v.Bonus DESC LIMIT 1", 1,
      ("SELECT v.Bonus FROM employee AS e JOIN evaluation AS v ON e.Employee_ID = v.Employee_ID "
       "ORDER BY v.Bonus DESC", 1)),
    I("employee_hire_evaluation", "join",
      "For full-time staff, show the employee name and the name of the shop they work at.",
      "Which shop employs each full-time worker? List employee and shop names.",
      "SELECT e.Name, s.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID "
      "JOIN shop AS s ON s.Shop_ID = h.Shop_ID WHERE h.Is_full_time = 'T'", 2),
    I("employee_hire_evaluation", "set",
      "Which employees have been hired by a shop and have also received a bonus?",
      "Find employees who appear both in the hiring records and in the bonus evaluations.",
      "SELECT Name FROM employee WHERE Employee_ID IN (SELECT Employee_ID FROM hiring) "
      "AND Employee_ID IN (SELECT Employee_ID FROM evaluation)", 1),
    I("employee_hire_evaluation", "ratio",
      "What percentage of hires are full time?",
      "Among all hiring records, what is the share of full-time positions, as a percent?",
      "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring", 1),
    I("employee_hire_evaluation", "projection",
      "give name, age and city of every employee",
      "For all employees, what are their names, ages and home cities?",
      "SELECT Name, Age, City FROM employee", 3),

    # ------------------------------------------------------------------ museum_visit
    I("museum_visit", "count",
      "How many museums opened after 2009?",
      "Count the museums with an opening year later than 2009.",
      "SELECT COUNT(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009", 1),
    I("museum_visit", "list",
      "list visitor names alphabetically",
      "What are the names of all visitors, sorted A to Z?",
      "SELECT Name FROM visitor ORDER BY Name", 1),
    I("museum_visit", "filter-text",
      "How many staff does the Plaza Museum have, and when did it open?",
      "Give the staff number and opening year for Plaza Museum.",
      "SELECT Num_of_Staff, Open_Year FROM museum WHERE Name = 'Plaza Museum'", 2),
    I("museum_visit", "filter-number",
      "Visitors older than the average visitor age, with their ages",
      "Which visitors are above the mean age? Show their names and ages.",
      "SELECT Name, Age FROM visitor WHERE Age > (SELECT AVG(Age) FROM visitor)", 2),
    I("museum_visit", "aggregate",
      "What's the total number of tickets sold and total money spent over all visits?",
      "Sum the tickets and the amount spent across every visit.",
      "SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit", 2),
    I("museum_visit", "group",
      "For each museum that has had visits, show its name, the number of visits and the total amount spent.",
      "Per visited museum: museum name, how many visits it got, and how much visitors spent in total.",
      "SELECT m.Name, COUNT(*), SUM(v.Total_spent) FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID "
      "GROUP BY m.Museum_ID", 3),
    I("museum_visit", "superlative",
      "Which visitor has spent the most money overall? Give the name and the total.",
      "Show the top-spending visitor across all museum visits, with how much they spent in total.",
      "SELECT vi.Name, SUM(v.Total_spent) FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID "
      "GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC LIMIT 1", 2,
      ("SELECT SUM(v.Total_spent) FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID "
       "GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC", 1)),
    I("museum_visit", "join",
      "which museums did Fernando Gago visit?",
      "List the names of the museums that the visitor Fernando Gago has been to.",
      "SELECT m.Name FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID "
      "JOIN visitor AS vi ON vi.ID = v.visitor_ID WHERE vi.Name = 'Fernando Gago'", 1),
    I("museum_visit", "set",
      "Which museums were visited by both Arjen Robben and Rafael van der Vaart?",
      "Find the museums that Arjen Robben went to and that Rafael van der Vaart also went to.",
      "SELECT m.Name FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID "
      "JOIN visitor AS vi ON vi.ID = v.visitor_ID WHERE vi.Name = 'Arjen Robben' "
      "INTERSECT SELECT m.Name FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID "
      "JOIN visitor AS vi ON vi.ID = v.visitor_ID WHERE vi.Name = 'Rafael van der Vaart'", 1),
    I("museum_visit", "ratio",
      "Which museums have more than double the average staff count? Show name and staff.",
      "List museums whose number of staff exceeds twice the mean staffing level, with that staff number.",
      "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > 2 * (SELECT AVG(Num_of_Staff) FROM museum)", 2),
    I("museum_visit", "projection",
      "Show museum name, number of staff and opening year.",
      "For every museum, what's its name, how many staff it has and the year it opened?",
      "SELECT Name, Num_of_Staff, Open_Year FROM museum", 3),

    # ------------------------------------------------------------------ orchestra
    I("orchestra", "count",
      "How many conductors are from the UK?",
      "What's the count of British conductors?",
      "SELECT COUNT(*) FROM conductor WHERE Nationality = 'UK'", 1),
    I("orchestra", "list",
      "List the distinct record companies our orchestras work with.",
      "Which record labels appear for the orchestras, without duplicates?",
      "SELECT DISTINCT Record_Company FROM orchestra", 1),
    I("orchestra", "filter-text",
      "orchestras on Decca Records and the year each was founded",
      "Which orchestras record with Decca Records? Show each one with its founding year.",
      "SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'", 2),
    I("orchestra", "filter-number",
      "Which conductors are older than the average conductor age? Give name and age.",
      "Show names and ages of conductors whose age is above the mean.",
      "SELECT Name, Age FROM conductor WHERE Age > (SELECT AVG(Age) FROM conductor)", 2),
    I("orchestra", "aggregate",
      "What's the average and the maximum attendance at shows?",
      "Give the mean show attendance together with the highest attendance.",
      "SELECT AVG(Attendance), MAX(Attendance) FROM show", 2),
    I("orchestra", "group",
      "How many orchestras use each major record format?",
      "Count orchestras by their main recording format.",
      "SELECT Major_Record_Format, COUNT(*) FROM orchestra GROUP BY Major_Record_Format", 2),
    I("orchestra", "superlative",
      "Which conductor has the most years of work? Show the name and nationality.",
      "Give the name and nationality of the longest-working conductor.",
      "SELECT Name, Nationality FROM conductor ORDER BY Year_of_Work DESC LIMIT 1", 2,
      ("SELECT Year_of_Work FROM conductor ORDER BY Year_of_Work DESC", 1)),
    I("orchestra", "join",
      "conductors of orchestras founded after 2007, with the orchestra name",
      "For orchestras established later than 2007, list who conducts them and the orchestra's name.",
      "SELECT c.Name, o.Orchestra FROM conductor AS c JOIN orchestra AS o ON o.Conductor_ID = c.Conductor_ID "
      "WHERE o.Year_of_Founded > 2007", 2),
    I("orchestra", "set",
      "Which orchestras have given performances but never had a show?",
      "Find orchestras that appear in performances yet have no associated show.",
      "SELECT o.Orchestra FROM orchestra AS o JOIN performance AS p ON p.Orchestra_ID = o.Orchestra_ID "
      "EXCEPT SELECT o.Orchestra FROM orchestra AS o JOIN performance AS p ON p.Orchestra_ID = o.Orchestra_ID "
      "JOIN show AS s ON s.Performance_ID = p.Performance_ID", 1),
    I("orchestra", "ratio",
      "What share of conductors are American, in percent?",
      "Percentage of conductors from the USA?",
      "SELECT 100.0 * SUM(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor", 1),
    I("orchestra", "projection",
      "Show each performance's type, date and official ratings.",
      "List the type, the date and the official ratings (millions) for every performance.",
      "SELECT Type, Date, \"Official_ratings_(millions)\" FROM performance", 3),

    # ------------------------------------------------------------------ poker_player
    I("poker_player", "count",
      "how many people are from Russia",
      "Count the Russian people in the database.",
      "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'", 1),
    I("poker_player", "list",
      "List the different nationalities of people.",
      "What distinct nationalities are represented?",
      "SELECT DISTINCT Nationality FROM people", 1),
    I("poker_player", "filter-text",
      "What's Maksim Botin's birth date and height?",
      "Give me the date of birth and the height for Maksim Botin.",
      "SELECT Birth_Date, Height FROM people WHERE Name = 'Maksim Botin'", 2),
    I("poker_player", "filter-number",
      "Poker players earning above the average — names and earnings",
      "Which poker players have earnings higher than the mean? Show their names with their earnings.",
      "SELECT p.Name, pp.Earnings FROM poker_player AS pp JOIN people AS p ON p.People_ID = pp.People_ID "
      "WHERE pp.Earnings > (SELECT AVG(Earnings) FROM poker_player)", 2),
    I("poker_player", "aggregate",
      "What are the total earnings and the average number of final tables made by poker players?",
      "Sum all poker player earnings and average their final table counts.",
      "SELECT SUM(Earnings), AVG(Final_Table_Made) FROM poker_player", 2),
    I("poker_player", "group",
      "For each nationality, how many people are there and what's their average height?",
      "Show nationality, headcount and mean height, grouped by nationality.",
      "SELECT Nationality, COUNT(*), AVG(Height) FROM people GROUP BY Nationality", 3),
    I("poker_player", "superlative",
      "Who is the tallest poker player?",
      "Name the poker player with the greatest height.",
      "SELECT p.Name FROM poker_player AS pp JOIN people AS p ON p.People_ID = pp.People_ID "
      "ORDER BY p.Height DESC LIMIT 1", 1,
      ("SELECT p.Height FROM poker_player AS pp JOIN people AS p ON p.People_ID = pp.People_ID "
       "ORDER BY p.Height DESC", 1)),
    I("poker_player", "join",
      "Poker players whose best finish was first place, with their earnings",
      "Show the names and earnings of the players who have a best finish of 1.",
      "SELECT p.Name, pp.Earnings FROM poker_player AS pp JOIN people AS p ON p.People_ID = pp.People_ID "
      "WHERE pp.Best_Finish = 1", 2),
    I("poker_player", "set",
      "Which people are not poker players?",
      "List the names of people who have no poker player record.",
      "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)", 1),
    I("poker_player", "ratio",
      "What percentage of all poker earnings belongs to Maksim Botin?",
      "Maksim Botin accounts for what share, in percent, of total poker player earnings?",
      "SELECT 100.0 * SUM(CASE WHEN p.Name = 'Maksim Botin' THEN pp.Earnings ELSE 0 END) / SUM(pp.Earnings) "
      "FROM poker_player AS pp JOIN people AS p ON p.People_ID = pp.People_ID", 1),
    I("poker_player", "projection",
      "show name, nationality and birth date for everyone",
      "For every person list their name, where they're from, and when they were born.",
      "SELECT Name, Nationality, Birth_Date FROM people", 3),

    # ------------------------------------------------------------------ singer
    I("singer", "count",
      "How many singers are US citizens?",
      "What's the number of singers holding United States citizenship?",
      "SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'", 1),
    I("singer", "list",
      "List singer names from lowest to highest net worth.",
      "Give me all singers' names ordered by net worth, ascending.",
      "SELECT Name FROM singer ORDER BY Net_Worth_Millions ASC", 1),
    I("singer", "filter-text",
      "singers from Chile or Australia and their net worth",
      "Show the name and net worth (millions) of every singer with Chilean or Australian citizenship.",
      "SELECT Name, Net_Worth_Millions FROM singer WHERE Citizenship IN ('Chile', 'Australia')", 2),
    I("singer", "filter-number",
      "Which songs sold more than the average song? Show title and sales.",
      "List titles and sales figures for songs whose sales beat the mean.",
      "SELECT Title, Sales FROM song WHERE Sales > (SELECT AVG(Sales) FROM song)", 2),
    I("singer", "aggregate",
      "What's the average and the maximum net worth of the singers?",
      "Give the mean net worth in millions and the top net worth across singers.",
      "SELECT AVG(Net_Worth_Millions), MAX(Net_Worth_Millions) FROM singer", 2),
    I("singer", "group",
      "For each citizenship, how many singers are there and what's their combined net worth?",
      "Group singers by citizenship: show the citizenship, the number of singers and total net worth.",
      "SELECT Citizenship, COUNT(*), SUM(Net_Worth_Millions) FROM singer GROUP BY Citizenship", 3),
    I("singer", "superlative",
      "Which singer has the highest total song sales? Give the name and the total.",
      "Show the singer whose songs sold the most combined, together with that sales total.",
      "SELECT si.Name, SUM(so.Sales) FROM singer AS si JOIN song AS so ON so.Singer_ID = si.Singer_ID "
      "GROUP BY si.Singer_ID ORDER BY SUM(so.Sales) DESC LIMIT 1", 2,
      ("SELECT SUM(so.Sales) FROM singer AS si JOIN song AS so ON so.Singer_ID = si.Singer_ID "
       "GROUP BY si.Singer_ID ORDER BY SUM(so.Sales) DESC", 1)),
    I("singer", "join",
      "songs by American singers — song title and singer name",
      "List each song performed by a singer with United States citizenship, showing the title and who sings it.",
      "SELECT so.Title, si.Name FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID "
      "WHERE si.Citizenship = 'United States'", 2),
    I("singer", "set",
      "Which citizenships have both a singer born before 1945 and a singer born after 1955?",
      "Find the citizenships shared by at least one singer born earlier than 1945 and at least one born later than 1955.",
      "SELECT Citizenship FROM singer WHERE Birth_Year < 1945 "
      "INTERSECT SELECT Citizenship FROM singer WHERE Birth_Year > 1955", 1),
    I("singer", "ratio",
      "Which singers are worth more than double what Abigail Johnson is worth? name and net worth pls",
      "Show the names and net worth of singers whose net worth exceeds twice Abigail Johnson's.",
      "SELECT Name, Net_Worth_Millions FROM singer WHERE Net_Worth_Millions > "
      "2 * (SELECT Net_Worth_Millions FROM singer WHERE Name = 'Abigail Johnson')", 2),
    I("singer", "projection",
      "Give the names, birth years and citizenships of all singers.",
      "For each singer, what is their name, the year they were born and their citizenship?",
      "SELECT Name, Birth_Year, Citizenship FROM singer", 3),

    # ------------------------------------------------------------------ tvshow
    I("tvshow", "count",
      "How many channels broadcast in English?",
      "Count the TV channels whose language is English.",
      "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'English'", 1),
    I("tvshow", "list",
      "list the distinct cartoon directers",
      "Who has directed cartoons? No duplicates.",
      "SELECT DISTINCT Directed_by FROM Cartoon", 1),
    I("tvshow", "filter-text",
      "Which cartoons did Todd Casey write? Show title and original air date.",
      "Give the titles and first air dates of cartoons written by Todd Casey.",
      "SELECT Title, Original_air_date FROM Cartoon WHERE Written_by = 'Todd Casey'", 2),
    I("tvshow", "filter-number",
      "TV series episodes with a share above average — episode and rating",
      "Which episodes have a higher share than the mean? Give the episode name and its rating.",
      "SELECT Episode, Rating FROM TV_series WHERE Share > (SELECT AVG(Share) FROM TV_series)", 2),
    I("tvshow", "aggregate",
      "What's the highest and lowest share among TV series episodes?",
      "Give the max share and the min share over all episodes.",
      "SELECT MAX(Share), MIN(Share) FROM TV_series", 2),
    I("tvshow", "group",
      "How many cartoons has each director done?",
      "Count cartoons per director, listing the director and the count.",
      "SELECT Directed_by, COUNT(*) FROM Cartoon GROUP BY Directed_by", 2),
    I("tvshow", "superlative",
      "Which channel airs the most cartoons? Give the series name.",
      "Name the channel (series name) with the largest number of cartoons.",
      "SELECT ch.series_name FROM TV_Channel AS ch JOIN Cartoon AS ca ON ca.Channel = ch.id "
      "GROUP BY ch.id ORDER BY COUNT(*) DESC LIMIT 1", 1,
      ("SELECT COUNT(*) FROM TV_Channel AS ch JOIN Cartoon AS ca ON ca.Channel = ch.id "
       "GROUP BY ch.id ORDER BY COUNT(*) DESC", 1)),
    I("tvshow", "join",
      "cartoons shown on UK channels, with the channel's series name",
      "For channels in the United Kingdom, list the cartoon titles they air along with the channel series name.",
      "SELECT ca.Title, ch.series_name FROM Cartoon AS ca JOIN TV_Channel AS ch ON ca.Channel = ch.id "
      "WHERE ch.Country = 'United Kingdom'", 2),
    I("tvshow", "set",
      "Which channels have either a cartoon directed by Ben Jones or a TV series episode with a share of 9 or more?",
      "List the series names of channels that air a Ben Jones cartoon, or that carry an episode whose share is at least 9.",
      "SELECT ch.series_name FROM TV_Channel AS ch JOIN Cartoon AS ca ON ca.Channel = ch.id "
      "WHERE ca.Directed_by = 'Ben Jones' "
      "UNION SELECT ch.series_name FROM TV_Channel AS ch JOIN TV_series AS ts ON ts.Channel = ch.id "
      "WHERE ts.Share >= 9", 1),
    I("tvshow", "ratio",
      "What percentage of channels are Italian?",
      "Share of TV channels based in Italy, as a percent?",
      "SELECT 100.0 * SUM(CASE WHEN Country = 'Italy' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel", 1),
    I("tvshow", "projection",
      "Show each channel's series name, country and language.",
      "For all TV channels, list the series name along with the country and the broadcast language.",
      "SELECT series_name, Country, Language FROM TV_Channel", 3),

    # ------------------------------------------------------------------ world_1
    I("world_1", "count",
      "How many European countries are republics?",
      "Count countries in Europe whose form of government is Republic.",
      "SELECT COUNT(*) FROM country WHERE Continent = 'Europe' AND GovernmentForm = 'Republic'", 1),
    I("world_1", "list",
      "List the regions in Africa, no duplicates.",
      "What are the distinct regions that make up the African continent?",
      "SELECT DISTINCT Region FROM country WHERE Continent = 'Africa'", 1),
    I("world_1", "filter-text",
      "Which countries have Elisabeth II as head of state? Give name and continent.",
      "List the countries, with their continent, where the head of state is Elisabeth II.",
      "SELECT Name, Continent FROM country WHERE HeadOfState = 'Elisabeth II'", 2),
    I("world_1", "filter-number",
      "Asian countries with life expectancy above the world average — name and life expectancy",
      "In Asia, which countries live longer than the global mean life expectancy? Show the country and its life expectancy.",
      "SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Asia' "
      "AND LifeExpectancy > (SELECT AVG(LifeExpectancy) FROM country)", 2),
    I("world_1", "aggregate",
      "What's Africa's total population and average life expectancy?",
      "For the African continent, sum the population and average the life expectancy.",
      "SELECT SUM(Population), AVG(LifeExpectancy) FROM country WHERE Continent = 'Africa'", 2),
    I("world_1", "group",
      "number of countries and total population for each continent",
      "Per continent, how many countries are there and how many people live there in total?",
      "SELECT Continent, COUNT(*), SUM(Population) FROM country GROUP BY Continent", 3),
    I("world_1", "superlative",
      "What are the 5 most populous cities, with their populations?",
      "Give the top five cities by population and the population of each.",
      "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5", 2,
      ("SELECT Population FROM city ORDER BY Population DESC", 5)),
    I("world_1", "join",
      "Cities in Japan with over a million people, and their population",
      "Which Japanese cities have a population greater than 1,000,000? Show city name and population.",
      "SELECT ci.Name, ci.Population FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code "
      "WHERE co.Name = 'Japan' AND ci.Population > 1000000", 2),
    I("world_1", "set",
      "Which countries have English or French as an official language?",
      "List countries where either English or French is official.",
      "SELECT co.Name FROM country AS co JOIN countrylanguage AS cl ON cl.CountryCode = co.Code "
      "WHERE cl.Language = 'English' AND cl.IsOfficial = 'T' "
      "UNION SELECT co.Name FROM country AS co JOIN countrylanguage AS cl ON cl.CountryCode = co.Code "
      "WHERE cl.Language = 'French' AND cl.IsOfficial = 'T'", 1),
    I("world_1", "ratio",
      "What percentage of the world's population lives in Asia?",
      "Asia holds what share of the global population, in percent?",
      "SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country", 1),
    I("world_1", "projection",
      "show name, surface area and independence year of the South American countries",
      "For countries in South America, give their names, their surface areas and the year they became independent.",
      "SELECT Name, SurfaceArea, IndepYear FROM country WHERE Continent = 'South America'", 3),
]

UNANSWERABLE = [
    {"db_id": "battle_death", "question": "What was the crew size of the ship HMS Avon?"},
    {"db_id": "concert_singer", "question": "How much did tickets cost for the Auditions concert?"},
    {"db_id": "cre_Doc_Template_Mgt", "question": "Who is the author of the document 'How to write a CV'?"},
    {"db_id": "employee_hire_evaluation", "question": "What is Lee Mears's annual salary?"},
    {"db_id": "employee_hire_evaluation", "question": "What's the email address of the manager of FC Lahti?"},
    {"db_id": "museum_visit", "question": "What are the opening hours of the Plaza Museum?"},
    {"db_id": "orchestra", "question": "Which instrument does Seiji Ozawa play?"},
    {"db_id": "poker_player", "question": "What is Maksim Botin's hometown?"},
    {"db_id": "singer", "question": "Which record label released 'Cha Cha Slide'?"},
    {"db_id": "tvshow", "question": "How long does the cartoon 'Enter the Outsiders!' run, in minutes?"},
    {"db_id": "world_1", "question": "What is the official currency of Japan?"},
    {"db_id": "world_1", "question": "What is the elevation above sea level of Kabul?"},
]


def check():
    fails = []
    conns = {db: sqlite3.connect(f"file:{DB_ROOT}/{db}/{db}.sqlite?mode=ro", uri=True) for db in DBS}

    if len(ITEMS) != 110:
        fails.append(f"expected 110 items, got {len(ITEMS)}")
    per_db = Counter(it["db_id"] for it in ITEMS)
    for db in DBS:
        if per_db[db] != 11:
            fails.append(f"{db}: expected 11 items, got {per_db[db]}")
    per_kind = Counter(it["kind"] for it in ITEMS)
    for k in KINDS:
        if per_kind[k] != 10:
            fails.append(f"kind {k}: expected 10 items, got {per_kind[k]}")
    for k in per_kind:
        if k not in KINDS:
            fails.append(f"unknown kind {k}")
    for field in ("question", "paraphrase", "query"):
        dup = [v for v, n in Counter(it[field] for it in ITEMS).items() if n > 1]
        if dup:
            fails.append(f"duplicate {field}s: {dup}")
    multi = sum(1 for it in ITEMS if it["ncols"] >= 2)
    if multi < 35:
        fails.append(f"only {multi} items ask for 2+ columns (need >= 35)")

    for i, it in enumerate(ITEMS):
        tag = f"[{i}] {it['db_id']}/{it['kind']}"
        if it["db_id"] not in conns:
            fails.append(f"{tag}: unknown db")
            continue
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            fails.append(f"{tag}: paraphrase identical to question")
        con = conns[it["db_id"]]
        try:
            cur = con.execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except Exception as e:  # noqa: BLE001
            fails.append(f"{tag}: query error {e}")
            continue
        if not rows:
            fails.append(f"{tag}: no rows")
        elif not any(any(v is not None for v in r) for r in rows):
            fails.append(f"{tag}: all rows are NULL")
        if ncols != it["ncols"]:
            fails.append(f"{tag}: {ncols} columns, expected {it['ncols']}")
        has_limit = " LIMIT " in it["query"].upper()
        if (it["kind"] == "superlative" or has_limit) and not it["tie"]:
            fails.append(f"{tag}: top-N/superlative item has no tie check")
        if it["tie"]:
            tsql, n = it["tie"]
            try:
                vals = [r[0] for r in con.execute(tsql).fetchall()]
            except Exception as e:  # noqa: BLE001
                fails.append(f"{tag}: tie query error {e}")
                continue
            if len(vals) < n:
                fails.append(f"{tag}: tie query returned {len(vals)} rows < N={n}")
            elif len(vals) > n and vals[n - 1] == vals[n]:
                fails.append(f"{tag}: tie at cut-off N={n}: {vals[n - 1]!r} == {vals[n]!r}")
            if has_limit and len(rows) != n:
                fails.append(f"{tag}: LIMIT query returned {len(rows)} rows, expected {n}")

    if len(UNANSWERABLE) != 12:
        fails.append(f"expected 12 unanswerable, got {len(UNANSWERABLE)}")
    for u in UNANSWERABLE:
        if u["db_id"] not in DBS:
            fails.append(f"unanswerable: unknown db {u['db_id']}")
    if len({u["question"] for u in UNANSWERABLE}) != len(UNANSWERABLE):
        fails.append("unanswerable: duplicate questions")
    return fails, multi


def main():
    fails, multi = check()
    if fails:
        print(f"{len(fails)} check(s) failed:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    out = [{k: it[k] for k in ("db_id", "kind", "question", "paraphrase", "query")} for it in ITEMS]
    with open(os.path.join(HERE, "spider_v11_A.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v11_A_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(UNANSWERABLE, f, indent=2, ensure_ascii=False)
    kinds = Counter(it["kind"] for it in ITEMS)
    print(f"OK: {len(out)} items, {multi} ask for 2+ columns, {len(UNANSWERABLE)} unanswerable")
    print("per kind:", dict(kinds))


if __name__ == "__main__":
    main()
