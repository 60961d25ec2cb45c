#!/usr/bin/env python3
"""Blind evaluation set v6 A over 10 Spider databases.

Holds the items as data, runs every gold query against its SQLite database,
checks that each result is non-empty (plus extra stated checks: expected
results, no ties at top-N cut-offs, column counts) and only then writes
spider_v6_A.json and spider_v6_A_unanswerable.json beside this script.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"

KINDS = {"count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"}

# Optional check keys (not written to the JSON):
#   expect : exact expected result (list of tuples), compared order-insensitively
#            unless the query has ORDER BY
#   tie    : (sql returning the ranking metric in ranked order, n) -> the n-th
#            value must differ from the (n+1)-th one
#   ncols  : expected number of columns
ITEMS = [
    # ------------------------------------------------------------ battle_death
    dict(db_id="battle_death", kind="count",
         question="how many ships do we have on record?",
         paraphrase="Give me the total number of vessels listed in the data.",
         query="SELECT count(*) FROM ship",
         expect=[(7,)]),
    dict(db_id="battle_death", kind="list",
         question="Give me the names of the Latin commanders - skip the unknown ones, and no repeats.",
         paraphrase="Who led the Latin side in these battles? Each known commander once.",
         query="SELECT DISTINCT latin_commander FROM battle WHERE latin_commander != 'Unknown'",
         expect=[("Baldwin I",), ("Thierry de Termond",), ("Boniface of Montferrat",), ("Henry I",), ("John of Brienne",)]),
    dict(db_id="battle_death", kind="filter-text",
         question="What battles were fought in 1205?",
         paraphrase="Show me the battles that took place during the year 1205.",
         query="SELECT name FROM battle WHERE date LIKE '%1205'",
         expect=[("Battle of Adrianople",), ("Battle of Serres",), ("Battle of Boruy",)]),
    dict(db_id="battle_death", kind="aggregate",
         question="How many people were killed in total across all the recorded incidents?",
         paraphrase="Add up the death toll over every casualty record - what's the number?",
         query="SELECT sum(killed) FROM death",
         expect=[(88,)]),
    dict(db_id="battle_death", kind="join",
         question="For the ships that got captured, show each ship's name and the battle where it was lost.",
         paraphrase="Captured vessels: list the ship name alongside the name of the battle it was lost in.",
         query="SELECT s.name, b.name FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id "
               "WHERE s.disposition_of_ship = 'Captured'",
         ncols=2),
    dict(db_id="battle_death", kind="group",
         question="total number killed per ship - give ship name and the total",
         paraphrase="For every ship that caused casualties, what is its name and how many deaths is it responsible for altogether?",
         query="SELECT s.name, sum(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
               "GROUP BY s.id, s.name",
         ncols=2),
    dict(db_id="battle_death", kind="superlative",
         question="Which ship caused the most injuries overall?",
         paraphrase="Name the vessel responsible for the largest total number of people injured.",
         query="SELECT s.name FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
               "GROUP BY s.id, s.name ORDER BY sum(d.injured) DESC LIMIT 1",
         tie=("SELECT sum(injured) FROM death GROUP BY caused_by_ship_id ORDER BY 1 DESC", 1),
         expect=[("HMS Avon",)]),
    dict(db_id="battle_death", kind="set",
         question="Were there any battles in which no ship was lost? Which ones?",
         paraphrase="List the battles that don't have a single lost ship linked to them.",
         query="SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)"),
    dict(db_id="battle_death", kind="ratio",
         question="What percentage of the ships ended up captured?",
         paraphrase="Out of all ships, what share (in percent) had 'captured' as their fate?",
         query="SELECT 100.0 * sum(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / count(*) FROM ship"),
    dict(db_id="battle_death", kind="projection",
         question="Show the place and number killed for every incident where more than 10 people died.",
         paraphrase="Incidents with a death toll above ten: what's the location note and how many were killed?",
         query="SELECT note, killed FROM death WHERE killed > 10",
         ncols=2),

    # ---------------------------------------------------------- concert_singer
    dict(db_id="concert_singer", kind="count",
         question="How many concerts took place in 2015?",
         paraphrase="Number of shows held during the year 2015?",
         query="SELECT count(*) FROM concert WHERE Year = '2015'",
         expect=[(3,)]),
    dict(db_id="concert_singer", kind="filter-text",
         question="who are the French singers?",
         paraphrase="List the names of all singers whose country is France.",
         query="SELECT Name FROM singer WHERE Country = 'France'"),
    dict(db_id="concert_singer", kind="filter-number",
         question="Which stadiums can hold over 10,000 poeple?",
         paraphrase="Give me the venues with a capacity greater than ten thousand.",
         query="SELECT Name FROM stadium WHERE Capacity > 10000"),
    dict(db_id="concert_singer", kind="aggregate",
         question="What's the average, youngest and oldest age among our singers?",
         paraphrase="Across all singers, give the mean age, then the minimum age, then the maximum age.",
         query="SELECT avg(Age), min(Age), max(Age) FROM singer",
         ncols=3),
    dict(db_id="concert_singer", kind="superlative",
         question="Which stadium is the biggest by capacity?",
         paraphrase="Name the venue that can seat the largest number of people.",
         query="SELECT Name FROM stadium ORDER BY Capacity DESC LIMIT 1",
         tie=("SELECT Capacity FROM stadium ORDER BY Capacity DESC", 1),
         expect=[("Hampden Park",)]),
    dict(db_id="concert_singer", kind="join",
         question="Where was the Home Visits concert held? I need the stadium name.",
         paraphrase="Name the stadium that hosted the concert called Home Visits.",
         query="SELECT s.Name FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID "
               "WHERE c.concert_Name = 'Home Visits'",
         expect=[("Somerset Park",)]),
    dict(db_id="concert_singer", kind="group",
         question="How many concerts has each stadium hosted? show stadium name and the count",
         paraphrase="For every venue that has had concerts, give its name with the number of concerts held there.",
         query="SELECT s.Name, count(*) FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID "
               "GROUP BY s.Stadium_ID, s.Name",
         ncols=2),
    dict(db_id="concert_singer", kind="set",
         question="Which stadiums have never had a concert?",
         paraphrase="List the venues where no concert has been staged so far.",
         query="SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT Stadium_ID FROM concert)",
         expect=[("Bayview Stadium",), ("Hampden Park",), ("Forthbank Stadium",), ("Gayfield Park",)]),
    dict(db_id="concert_singer", kind="projection",
         question="Show every singer's name, country and age, oldest first.",
         paraphrase="I'd like a list of singers with their nationality and age, sorted from the oldest down to the youngest.",
         query="SELECT Name, Country, Age FROM singer ORDER BY Age DESC",
         ncols=3),
    dict(db_id="concert_singer", kind="ratio",
         question="what percent of the singers are male?",
         paraphrase="Of all singers, which share - as a percentage - are men?",
         query="SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer"),
    dict(db_id="concert_singer", kind="join",
         question="Which singers performed at a concert in 2014?",
         paraphrase="Give me the names of the artists who appeared in any of the 2014 concerts.",
         query="SELECT DISTINCT si.Name FROM singer AS si "
               "JOIN singer_in_concert AS sc ON si.Singer_ID = sc.Singer_ID "
               "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'"),

    # ---------------------------------------------------- cre_Doc_Template_Mgt
    dict(db_id="cre_Doc_Template_Mgt", kind="count",
         question="How many templates are there altogether?",
         paraphrase="Give me a count of all the templates in the system.",
         query="SELECT count(*) FROM Templates",
         expect=[(20,)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="filter-text",
         question="show me the ids of all the book templates",
         paraphrase="Which template IDs belong to the Book type?",
         query="SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'BK'"),
    dict(db_id="cre_Doc_Template_Mgt", kind="projection",
         question="List templates whose version is above 5, with the template id and its version number.",
         paraphrase="For templates on a version greater than five, give me the ID and the version.",
         query="SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > 5",
         ncols=2),
    dict(db_id="cre_Doc_Template_Mgt", kind="group",
         question="How many templates do we have of each type? Use the type description, not the code.",
         paraphrase="Break the templates down by kind (described in words) and count how many fall into each.",
         query="SELECT r.Template_Type_Description, count(*) FROM Templates AS t "
               "JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code "
               "GROUP BY r.Template_Type_Code, r.Template_Type_Description",
         ncols=2),
    dict(db_id="cre_Doc_Template_Mgt", kind="superlative",
         question="Which document has the most paragraphs?",
         paraphrase="Name the document that contains the largest number of paragraphs.",
         query="SELECT d.Document_Name FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID "
               "GROUP BY d.Document_ID, d.Document_Name ORDER BY count(*) DESC LIMIT 1",
         tie=("SELECT count(*) FROM Paragraphs GROUP BY Document_ID ORDER BY 1 DESC", 1),
         expect=[("Customer reviews",)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="join",
         question="What kind of template is the document 'Learning French' built on?",
         paraphrase="For the document named Learning French, give the description of its template's type.",
         query="SELECT r.Template_Type_Description FROM Documents AS d "
               "JOIN Templates AS t ON d.Template_ID = t.Template_ID "
               "JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code "
               "WHERE d.Document_Name = 'Learning French'",
         expect=[("Paper",)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="set",
         question="Which templates aren't used by any document? just the ids",
         paraphrase="Give the IDs of templates that no document is based on.",
         query="SELECT Template_ID FROM Templates WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents)"),
    dict(db_id="cre_Doc_Template_Mgt", kind="aggregate",
         question="What's the average version number across templates?",
         paraphrase="Compute the mean of the template version numbers.",
         query="SELECT avg(Version_Number) FROM Templates"),
    dict(db_id="cre_Doc_Template_Mgt", kind="ratio",
         question="What share of our templates are paper templates, in percent?",
         paraphrase="Out of every template, what percentage has the type 'Paper'?",
         query="SELECT 100.0 * sum(CASE WHEN Template_Type_Code = 'PP' THEN 1 ELSE 0 END) / count(*) FROM Templates",
         expect=[(30.0,)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="projection",
         question="Templates that became effective in 2005 or later: show id, type code and the effective-from date.",
         paraphrase="I want the template ID, type code and start date of every template whose effective-from date is on or after 1 Jan 2005.",
         query="SELECT Template_ID, Template_Type_Code, Date_Effective_From FROM Templates "
               "WHERE Date_Effective_From >= '2005-01-01'",
         ncols=3),

    # ------------------------------------------------ employee_hire_evaluation
    dict(db_id="employee_hire_evaluation", kind="count",
         question="How many of our employees are based in Bristol?",
         paraphrase="Count the staff members whose city is Bristol.",
         query="SELECT count(*) FROM employee WHERE City = 'Bristol'",
         expect=[(3,)]),
    dict(db_id="employee_hire_evaluation", kind="filter-text",
         question="who lives in Bath?",
         paraphrase="List the names of employees from the city of Bath.",
         query="SELECT Name FROM employee WHERE City = 'Bath'"),
    dict(db_id="employee_hire_evaluation", kind="projection",
         question="Employees over 30 - names and ages please.",
         paraphrase="Which staff are older than thirty? Give their name and age.",
         query="SELECT Name, Age FROM employee WHERE Age > 30",
         ncols=2),
    dict(db_id="employee_hire_evaluation", kind="aggregate",
         question="How much bonus money was handed out in 2016 in total?",
         paraphrase="Sum up all bonuses awarded for the year 2016.",
         query="SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'",
         expect=[(6900.0,)]),
    dict(db_id="employee_hire_evaluation", kind="list",
         question="what cities do our employees come from?",
         paraphrase="List the different home towns of the staff, each one once.",
         query="SELECT DISTINCT City FROM employee"),
    dict(db_id="employee_hire_evaluation", kind="join",
         question="Which shop does Lee Mears work at?",
         paraphrase="Lee Mears was hired by which store? Give the store's name.",
         query="SELECT s.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID "
               "JOIN shop AS s ON s.Shop_ID = h.Shop_ID WHERE e.Name = 'Lee Mears'",
         expect=[("FC Haka",)]),
    dict(db_id="employee_hire_evaluation", kind="group",
         question="how many people has each shop hired? shop name and headcount",
         paraphrase="For each store with hires, show the store name together with the number of employees it took on.",
         query="SELECT s.Name, count(*) FROM hiring AS h JOIN shop AS s ON s.Shop_ID = h.Shop_ID "
               "GROUP BY s.Shop_ID, s.Name",
         ncols=2),
    dict(db_id="employee_hire_evaluation", kind="set",
         question="Which employees have never gotten a bonus?",
         paraphrase="List the staff who do not appear in any evaluation award.",
         query="SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)",
         expect=[("Mark Regan",), ("Tim Payne",), ("Andrew Sheridan",), ("Phil Vickery",), ("Steve Borthwick",)]),
    dict(db_id="employee_hire_evaluation", kind="ratio",
         question="What percentage of hires are full-time?",
         paraphrase="Among all the hiring records, what proportion (as a percent) are full time positions?",
         query="SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring"),
    dict(db_id="employee_hire_evaluation", kind="superlative",
         question="Who received the single biggest bonus?",
         paraphrase="Give the name of the employee behind the largest one-off bonus award.",
         query="SELECT e.Name FROM employee AS e JOIN evaluation AS v ON e.Employee_ID = v.Employee_ID "
               "ORDER BY v.Bonus DESC LIMIT 1",
         tie=("SELECT Bonus FROM evaluation ORDER BY 1 DESC", 1),
         expect=[("Louis Deacon",)]),
    dict(db_id="employee_hire_evaluation", kind="projection",
         question="List all the shops with where they're located and who manages them.",
         paraphrase="For every store give me its name, its location and its manager's name.",
         query="SELECT Name, Location, Manager_name FROM shop",
         ncols=3),

    # ------------------------------------------------------------ museum_visit
    dict(db_id="museum_visit", kind="count",
         question="How many museums opened after 2010?",
         paraphrase="Count the museums with an opening year later than 2010.",
         query="SELECT count(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010",
         expect=[(2,)]),
    dict(db_id="museum_visit", kind="filter-text",
         question="which museums opened in 2008",
         paraphrase="Name the museums whose doors first opened in the year 2008.",
         query="SELECT Name FROM museum WHERE Open_Year = '2008'"),
    dict(db_id="museum_visit", kind="filter-number",
         question="Which museums employ more than 20 staff?",
         paraphrase="List museums that have a staff count above twenty.",
         query="SELECT Name FROM museum WHERE Num_of_Staff > 20"),
    dict(db_id="museum_visit", kind="aggregate",
         question="On average, how many staff does a museum have?",
         paraphrase="What's the mean number of employees per museum?",
         query="SELECT avg(Num_of_Staff) FROM museum"),
    dict(db_id="museum_visit", kind="superlative",
         question="Which visitor has spent the most money across all their museum visits?",
         paraphrase="Name the visitor whose combined spending over every visit is the highest.",
         query="SELECT v.Name FROM visitor AS v JOIN visit AS t ON v.ID = t.visitor_ID "
               "GROUP BY v.ID, v.Name ORDER BY sum(t.Total_spent) DESC LIMIT 1",
         tie=("SELECT sum(Total_spent) FROM visit GROUP BY visitor_ID ORDER BY 1 DESC", 1),
         expect=[("Arjen Robben",)]),
    dict(db_id="museum_visit", kind="projection",
         question="For each visit, show who the visitor was, which museum they went to, and how many tickets they bought.",
         paraphrase="List every museum visit as visitor name, museum name and number of tickets.",
         query="SELECT v.Name, m.Name, t.Num_of_Ticket FROM visit AS t "
               "JOIN visitor AS v ON v.ID = t.visitor_ID JOIN museum AS m ON m.Museum_ID = t.Museum_ID",
         ncols=3),
    dict(db_id="museum_visit", kind="group",
         question="total tickets sold per museum (museum name + total)",
         paraphrase="For each museum that had visits, how many tickets were bought there in all? Give the museum's name and the sum.",
         query="SELECT m.Name, sum(t.Num_of_Ticket) FROM visit AS t JOIN museum AS m ON m.Museum_ID = t.Museum_ID "
               "GROUP BY m.Museum_ID, m.Name",
         ncols=2),
    dict(db_id="museum_visit", kind="set",
         question="Which museums has nobody visited?",
         paraphrase="List the museums that don't have a single visit recorded.",
         query="SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
    dict(db_id="museum_visit", kind="ratio",
         question="What fraction of registered visitors have actually visited a museum? Give it as a percentage.",
         paraphrase="Of all visitors on file, what percent have at least one museum visit?",
         query="SELECT 100.0 * (SELECT count(DISTINCT visitor_ID) FROM visit) / (SELECT count(*) FROM visitor)",
         expect=[(50.0,)]),
    dict(db_id="museum_visit", kind="join",
         question="Which museums has Fernando Gago been to?",
         paraphrase="Give the names of the museums visited by Fernando Gago.",
         query="SELECT m.Name FROM visit AS t JOIN visitor AS v ON v.ID = t.visitor_ID "
               "JOIN museum AS m ON m.Museum_ID = t.Museum_ID WHERE v.Name = 'Fernando Gago'",
         expect=[("Plaza Museum",), ("Capital Plaza Museum",)]),

    # --------------------------------------------------------------- orchestra
    dict(db_id="orchestra", kind="count",
         question="How many American conductors are there?",
         paraphrase="Count the conductors whose nationality is USA.",
         query="SELECT count(*) FROM conductor WHERE Nationality = 'USA'",
         expect=[(6,)]),
    dict(db_id="orchestra", kind="filter-text",
         question="Which orchestras record with Deca?",
         paraphrase="List the orchestras whose record label is Decca Records.",
         query="SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'"),
    dict(db_id="orchestra", kind="filter-number",
         question="conductors who've been working for more then 15 years",
         paraphrase="Name every conductor with over fifteen years of work experience.",
         query="SELECT Name FROM conductor WHERE Year_of_Work > 15"),
    dict(db_id="orchestra", kind="aggregate",
         question="What's the average age of our conductors?",
         paraphrase="Compute the mean conductor age.",
         query="SELECT avg(Age) FROM conductor"),
    dict(db_id="orchestra", kind="superlative",
         question="Which conductor has been working the longest?",
         paraphrase="Name the conductor with the most years of work.",
         query="SELECT Name FROM conductor ORDER BY Year_of_Work DESC LIMIT 1",
         tie=("SELECT Year_of_Work FROM conductor ORDER BY 1 DESC", 1),
         expect=[("Robert Craft",)]),
    dict(db_id="orchestra", kind="join",
         question="Who conducts the Chicago Symphony Orchestra?",
         paraphrase="Give me the name of the Chicago Symphony Orchestra's conductor.",
         query="SELECT c.Name FROM orchestra AS o JOIN conductor AS c ON o.Conductor_ID = c.Conductor_ID "
               "WHERE o.Orchestra = 'Chicago Symphony Orchestra'",
         expect=[("Pierre Boulez",)]),
    dict(db_id="orchestra", kind="group",
         question="Break down the orchestras by their main record format - how many per format?",
         paraphrase="For each major recording format, show the format and the number of orchestras using it.",
         query="SELECT Major_Record_Format, count(*) FROM orchestra GROUP BY Major_Record_Format",
         ncols=2),
    dict(db_id="orchestra", kind="set",
         question="Which orchestras don't have any performances?",
         paraphrase="List orchestras for which no performance is recorded.",
         query="SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)",
         expect=[("San Francisco Symphony Orchestra",)]),
    dict(db_id="orchestra", kind="ratio",
         question="What percentage of orchestras have CD as their main format?",
         paraphrase="Out of all orchestras, what share (percent) list exactly 'CD' as their major record format?",
         query="SELECT 100.0 * sum(CASE WHEN Major_Record_Format = 'CD' THEN 1 ELSE 0 END) / count(*) FROM orchestra"),
    dict(db_id="orchestra", kind="projection",
         question="Performances rated above 9 million: show the type, the date and the rating.",
         paraphrase="Which performances drew official ratings of more than nine million? Give their type, date and ratings figure.",
         query='SELECT Type, Date, "Official_ratings_(millions)" FROM performance '
               'WHERE "Official_ratings_(millions)" > 9',
         ncols=3),
    dict(db_id="orchestra", kind="projection",
         question="For orchestras founded after 2005, list the orchestra along with its conductor's name.",
         paraphrase="Give me orchestra name and conductor name for every orchestra established later than 2005.",
         query="SELECT o.Orchestra, c.Name FROM orchestra AS o JOIN conductor AS c ON o.Conductor_ID = c.Conductor_ID "
               "WHERE o.Year_of_Founded > 2005",
         ncols=2),

    # ------------------------------------------------------------ poker_player
    dict(db_id="poker_player", kind="count",
         question="how many poker players are there",
         paraphrase="What is the number of players in the poker player list?",
         query="SELECT count(*) FROM poker_player",
         expect=[(5,)]),
    dict(db_id="poker_player", kind="filter-text",
         question="Who are the Russians in the people table? Just names.",
         paraphrase="List the names of every person whose nationality is Russian.",
         query="SELECT Name FROM people WHERE Nationality = 'Russia'"),
    dict(db_id="poker_player", kind="filter-number",
         question="Which players have won more than $200,000?",
         paraphrase="Give the names of poker players whose earnings exceed 200k.",
         query="SELECT p.Name FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID "
               "WHERE pp.Earnings > 200000"),
    dict(db_id="poker_player", kind="aggregate",
         question="What do poker players earn on average?",
         paraphrase="Compute the mean earnings over all poker players.",
         query="SELECT avg(Earnings) FROM poker_player"),
    dict(db_id="poker_player", kind="superlative",
         question="Who's the tallest poker player?",
         paraphrase="Among the poker players, which one has the greatest height?",
         query="SELECT p.Name FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID "
               "ORDER BY p.Height DESC LIMIT 1",
         tie=("SELECT p.Height FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID ORDER BY 1 DESC", 1),
         expect=[("Aleksey Ostapenko",)]),
    dict(db_id="poker_player", kind="projection",
         question="List each poker player's name and date of birth.",
         paraphrase="When was every poker player born? Show name and birth date.",
         query="SELECT p.Name, p.Birth_Date FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID",
         ncols=2),
    dict(db_id="poker_player", kind="group",
         question="how many people do we have from each country",
         paraphrase="Count people per nationality, showing nationality and the count.",
         query="SELECT Nationality, count(*) FROM people GROUP BY Nationality",
         ncols=2),
    dict(db_id="poker_player", kind="set",
         question="Which people in the database don't play poker?",
         paraphrase="Give the names of people who have no poker player record.",
         query="SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)",
         expect=[("Roman Bragin",), ("Sergey Grankin",)]),
    dict(db_id="poker_player", kind="ratio",
         question="What percent of poker players have a best finish of 1st place?",
         paraphrase="Among all poker players, what share in percent have finished first at best?",
         query="SELECT 100.0 * sum(CASE WHEN Best_Finish = 1 THEN 1 ELSE 0 END) / count(*) FROM poker_player",
         expect=[(40.0,)]),
    dict(db_id="poker_player", kind="superlative",
         question="Which player has made the most final tables, and how many?",
         paraphrase="Give the name of the poker player with the highest number of final tables made, plus that number.",
         query="SELECT p.Name, pp.Final_Table_Made FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID "
               "ORDER BY pp.Final_Table_Made DESC LIMIT 1",
         tie=("SELECT Final_Table_Made FROM poker_player ORDER BY 1 DESC", 1),
         ncols=2, expect=[("Aleksey Ostapenko", 42.0)]),

    # ------------------------------------------------------------------ singer
    dict(db_id="singer", kind="count",
         question="How many singers are US citizens?",
         paraphrase="Count the singers holding United States citizenship.",
         query="SELECT count(*) FROM singer WHERE Citizenship = 'United States'",
         expect=[(4,)]),
    dict(db_id="singer", kind="filter-text",
         question="Which singers aren't American?",
         paraphrase="List the singers whose citizenship is something other than the United States.",
         query="SELECT Name FROM singer WHERE Citizenship != 'United States'"),
    dict(db_id="singer", kind="filter-number",
         question="singers born before 1945?",
         paraphrase="Who among the singers has a birth year earlier than 1945?",
         query="SELECT Name FROM singer WHERE Birth_Year < 1945"),
    dict(db_id="singer", kind="aggregate",
         question="What are total sales across all songs?",
         paraphrase="Add together the sales figures of every song.",
         query="SELECT sum(Sales) FROM song"),
    dict(db_id="singer", kind="superlative",
         question="Who is the richest singer?",
         paraphrase="Which singer has the highest net worth?",
         query="SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1",
         tie=("SELECT Net_Worth_Millions FROM singer ORDER BY 1 DESC", 1),
         expect=[("Liliane Bettencourt",)]),
    dict(db_id="singer", kind="join",
         question="Who sang Cha Cha Slide?",
         paraphrase="Name the singer behind the song 'Cha Cha Slide'.",
         query="SELECT s.Name FROM song AS g JOIN singer AS s ON g.Singer_ID = s.Singer_ID "
               "WHERE g.Title = 'Cha Cha Slide'",
         expect=[("Christy Walton",)]),
    dict(db_id="singer", kind="group",
         question="For each citizenship, what's the average net worth of its singers?",
         paraphrase="Group singers by country of citizenship and show each country with the mean net worth.",
         query="SELECT Citizenship, avg(Net_Worth_Millions) FROM singer GROUP BY Citizenship",
         ncols=2),
    dict(db_id="singer", kind="set",
         question="Which singers have no songs in the list?",
         paraphrase="Give me singers that don't have a single song recorded.",
         query="SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)",
         expect=[("Alice Walton",), ("Abigail Johnson",)]),
    dict(db_id="singer", kind="ratio",
         question="What percentage of the songs reached number one?",
         paraphrase="Out of all songs, what share in percent peaked at position 1?",
         query="SELECT 100.0 * sum(CASE WHEN Highest_Position = 1 THEN 1 ELSE 0 END) / count(*) FROM song",
         expect=[(87.5,)]),
    dict(db_id="singer", kind="projection",
         question="Songs that sold over 300,000 copies - title and sales?",
         paraphrase="Show the title and the sales figure of every song whose sales exceeded three hundred thousand.",
         query="SELECT Title, Sales FROM song WHERE Sales > 300000",
         ncols=2),

    # ------------------------------------------------------------------ tvshow
    dict(db_id="tvshow", kind="count",
         question="How many channels broadcast in Italian?",
         paraphrase="Count the TV channels whose language is Italian.",
         query="SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'",
         expect=[(12,)]),
    dict(db_id="tvshow", kind="filter-text",
         question="which channels are from the UK",
         paraphrase="List the channel names based in the United Kingdom.",
         query="SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'"),
    dict(db_id="tvshow", kind="list",
         question="What cartoons did Ben Jones direct?",
         paraphrase="Give the titles of all cartoons directed by Ben Jones.",
         query="SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    dict(db_id="tvshow", kind="filter-number",
         question="Which episodes pulled in more than 6 million viewers?",
         paraphrase="List the episode names with a viewership above six million.",
         query="SELECT Episode FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),
    dict(db_id="tvshow", kind="aggregate",
         question="What is the average share for the TV series episodes?",
         paraphrase="Compute the mean audience share across all episodes.",
         query="SELECT avg(Share) FROM TV_series"),
    dict(db_id="tvshow", kind="superlative",
         question="Which episode had the best weekly ranking?",
         paraphrase="Name the episode that placed highest in the weekly rank (lowest rank number).",
         query="SELECT Episode FROM TV_series ORDER BY Weekly_Rank ASC LIMIT 1",
         tie=("SELECT Weekly_Rank FROM TV_series ORDER BY 1 ASC", 1),
         expect=[("A Love of a Lifetime",)]),
    dict(db_id="tvshow", kind="join",
         question="What channel aired The Hanged Man?",
         paraphrase="Give the name of the channel that broadcast the episode 'The Hanged Man'.",
         query="SELECT c.series_name FROM TV_series AS s JOIN TV_Channel AS c ON s.Channel = c.id "
               "WHERE s.Episode = 'The Hanged Man'",
         expect=[("myDeejay",)]),
    dict(db_id="tvshow", kind="group",
         question="how many cartoons has each director done?",
         paraphrase="Show every cartoon director alongside the number of cartoons they directed.",
         query="SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by",
         ncols=2),
    dict(db_id="tvshow", kind="set",
         question="Which channels don't air any cartoons?",
         paraphrase="List the names of channels with no cartoon on their schedule.",
         query="SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon)"),
    dict(db_id="tvshow", kind="ratio",
         question="What percentage of channels offer HD?",
         paraphrase="Of all channels, what share in percent broadcast in high definition?",
         query="SELECT 100.0 * sum(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel"),
    dict(db_id="tvshow", kind="projection",
         question="Episodes that aired in October 2007: give me the episode, its air date, and its rating.",
         paraphrase="Show name, air date and rating for each episode broadcast during October 2007.",
         query="SELECT Episode, Air_Date, Rating FROM TV_series WHERE Air_Date LIKE 'October%2007'",
         ncols=3),

    # ----------------------------------------------------------------- world_1
    dict(db_id="world_1", kind="count",
         question="How many African countries are there in the data?",
         paraphrase="Count the countries located on the African continent.",
         query="SELECT count(*) FROM country WHERE Continent = 'Africa'"),
    dict(db_id="world_1", kind="filter-number",
         question="Which cities have more than 8 million inhabitants?",
         paraphrase="List the cities whose population is above eight million.",
         query="SELECT Name FROM city WHERE Population > 8000000"),
    dict(db_id="world_1", kind="aggregate",
         question="What's the total population of Asia?",
         paraphrase="Add up the populations of every Asian country.",
         query="SELECT sum(Population) FROM country WHERE Continent = 'Asia'"),
    dict(db_id="world_1", kind="superlative",
         question="Which country has the highest life expectancy?",
         paraphrase="In which country do people live the longest on average?",
         query="SELECT Name FROM country ORDER BY LifeExpectancy DESC LIMIT 1",
         tie=("SELECT LifeExpectancy FROM country WHERE LifeExpectancy IS NOT NULL ORDER BY 1 DESC", 1),
         expect=[("Andorra",)]),
    dict(db_id="world_1", kind="join",
         question="whats the capitol of Japan?",
         paraphrase="Name the city that serves as Japan's capital.",
         query="SELECT ci.Name FROM country AS co JOIN city AS ci ON co.Capital = ci.ID WHERE co.Name = 'Japan'",
         expect=[("Tokyo",)]),
    dict(db_id="world_1", kind="group",
         question="number of countries on each continent",
         paraphrase="For every continent, show the continent and how many countries it has.",
         query="SELECT Continent, count(*) FROM country GROUP BY Continent",
         ncols=2),
    dict(db_id="world_1", kind="set",
         question="Which countries have both English and French as official languages?",
         paraphrase="List the countries where English is official and French is official too.",
         query="SELECT co.Name FROM country AS co JOIN countrylanguage AS l ON l.CountryCode = co.Code "
               "WHERE l.Language = 'English' AND l.IsOfficial = 'T' "
               "INTERSECT "
               "SELECT co.Name FROM country AS co JOIN countrylanguage AS l ON l.CountryCode = co.Code "
               "WHERE l.Language = 'French' AND l.IsOfficial = 'T'",
         expect=[("Canada",), ("Seychelles",), ("Vanuatu",)]),
    dict(db_id="world_1", kind="ratio",
         question="What percentage of Canada's population lives in Toronto?",
         paraphrase="Toronto's population as a percent of the whole population of Canada?",
         query="SELECT 100.0 * ci.Population / co.Population FROM city AS ci "
               "JOIN country AS co ON ci.CountryCode = co.Code WHERE ci.Name = 'Toronto' AND co.Name = 'Canada'"),
    dict(db_id="world_1", kind="superlative",
         question="Top 5 most populous countries, with their populations",
         paraphrase="Which five countries have the most people? Show each one's name and population.",
         query="SELECT Name, Population FROM country ORDER BY Population DESC LIMIT 5",
         tie=("SELECT Population FROM country ORDER BY 1 DESC", 5),
         ncols=2),
    dict(db_id="world_1", kind="projection",
         question="For the Nordic countries, show each country's name, its head of state and its form of government.",
         paraphrase="List name, head of state and government type of every country in the Nordic region.",
         query="SELECT Name, HeadOfState, GovernmentForm FROM country WHERE Region = 'Nordic Countries'",
         ncols=3),
    dict(db_id="world_1", kind="list",
         question="What languages do people speak in Switzerland?",
         paraphrase="List all the languages recorded for the Swiss.",
         query="SELECT l.Language FROM countrylanguage AS l JOIN country AS c ON c.Code = l.CountryCode "
               "WHERE c.Name = 'Switzerland'",
         expect=[("French",), ("German",), ("Italian",), ("Romansh",)]),
]

UNANSWERABLE = [
    dict(db_id="battle_death",
         question="How many soldiers fought at the Battle of Adrianople?",
         why="battle has only name, date, commanders and result; no army size or troop count"),
    dict(db_id="battle_death",
         question="What year was HMS Avon built?",
         why="ship has no build/launch date; only tonnage, type, location and disposition"),
    dict(db_id="concert_singer",
         question="How much were tickets for the Auditions concert?",
         why="no ticket price column anywhere; concert has name, theme, stadium, year only"),
    dict(db_id="cre_Doc_Template_Mgt",
         question="Who wrote the document 'Palm reading'?",
         why="Documents has no author/owner column; only template, name, description, other details"),
    dict(db_id="employee_hire_evaluation",
         question="What's Mark Regan's salary?",
         why="no salary column; only bonuses in evaluation, and Mark Regan has none"),
    dict(db_id="museum_visit",
         question="Which city is the Plaza Museum in?",
         why="museum has name, staff count and opening year only; no location/city"),
    dict(db_id="orchestra",
         question="How many musicians play in the London Symphony Orchestra?",
         why="orchestra has no member/musician count"),
    dict(db_id="poker_player",
         question="How much does Teodor Salparov weigh?",
         why="people has height but no weight"),
    dict(db_id="singer",
         question="What genre is Mysterious Girl?",
         why="song has title, singer, sales and highest position only; no genre"),
    dict(db_id="tvshow",
         question="What does a subscription to the Sky Famiglia package cost per month?",
         why="Package_Option only names the package; no price column"),
    dict(db_id="tvshow",
         question="Who hosted the episode Keepers?",
         why="TV_series has no host/presenter or cast column"),
    dict(db_id="world_1",
         question="What currency is used in Brazil?",
         why="country has no currency column"),
]


def norm(rows):
    return sorted(rows, key=repr)


def main():
    errors = []
    conns = {}

    def conn(db):
        if db not in conns:
            path = os.path.join(DB_ROOT, db, db + ".sqlite")
            conns[db] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
            conns[db].text_factory = lambda b: b.decode("utf-8", "replace")
        return conns[db]

    seen_q = set()
    per_db = Counter()
    per_kind = Counter()
    multi_col = 0
    for i, it in enumerate(ITEMS):
        tag = "#%d %s: %s" % (i, it["db_id"], it["question"])
        if it["kind"] not in KINDS:
            errors.append(tag + " bad kind")
        for k in ("question", "paraphrase"):
            if it[k] in seen_q:
                errors.append(tag + " duplicate text")
            seen_q.add(it[k])
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            errors.append(tag + " paraphrase identical")
        try:
            cur = conn(it["db_id"]).execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except sqlite3.Error as e:
            errors.append(tag + " SQL error: %s" % e)
            continue
        if not rows:
            errors.append(tag + " empty result")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(tag + " only NULLs")
        if "ncols" in it and it["ncols"] != ncols:
            errors.append(tag + " ncols %d != %d" % (ncols, it["ncols"]))
        if ncols >= 2:
            multi_col += 1
        if "expect" in it:
            got = rows if "ORDER BY" in it["query"].upper() else norm(rows)
            exp = it["expect"] if "ORDER BY" in it["query"].upper() else norm(it["expect"])
            if [tuple(r) for r in got] != [tuple(r) for r in exp]:
                errors.append(tag + " expected %r got %r" % (exp, got))
        if "tie" in it:
            tsql, n = it["tie"]
            vals = [r[0] for r in conn(it["db_id"]).execute(tsql).fetchall()]
            if len(vals) > n and vals[n - 1] == vals[n]:
                errors.append(tag + " tie at cut-off %d: %r" % (n, vals[: n + 1]))
        per_db[it["db_id"]] += 1
        per_kind[it["kind"]] += 1

    for db, c in per_db.items():
        if not 10 <= c <= 11:
            errors.append("%s has %d items" % (db, c))

    un_db = Counter(u["db_id"] for u in UNANSWERABLE)
    for db in per_db:
        if not 1 <= un_db[db] <= 2:
            errors.append("%s has %d unanswerable" % (db, un_db[db]))

    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    out = [{k: it[k] for k in ("db_id", "kind", "question", "paraphrase", "query")} for it in ITEMS]
    un = [{"db_id": u["db_id"], "question": u["question"], "why": u["why"], "query": ""} for u in UNANSWERABLE]
    with open(os.path.join(HERE, "spider_v6_A.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v6_A_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(un, f, indent=2, ensure_ascii=False)
    print("items:", len(out), "unanswerable:", len(un), "multi-column:", multi_col)
    print("per db:", dict(sorted(per_db.items())))
    print("per kind:", dict(sorted(per_kind.items())))
    print("unanswerable per db:", dict(sorted(un_db.items())))


if __name__ == "__main__":
    main()
