#!/usr/bin/env python3
"""Blind evaluation set v8 (A): business-style questions with gold SQLite queries.

Holds the items as data, runs every gold query against its Spider database,
checks the result is non-empty, checks top-N questions for ties at the cut-off,
checks a few stated expectations, and writes the JSON files beside itself only
when every check passes.
"""
import collections
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt",
       "employee_hire_evaluation", "museum_visit", "orchestra", "poker_player",
       "singer", "tvshow", "world_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# Each item: db_id, kind, question, paraphrase, query, plus optional check keys
#   ncols  : number of columns the question asks for (asserted)
#   tie    : (sql returning the ordering value for every candidate in order, N)
#   expect : exact expected result rows (list of tuples), order-insensitive
ITEMS = [
    # ------------------------------------------------------------ battle_death
    dict(db_id="battle_death", kind="list",
         question="What types of ships show up in the records?",
         paraphrase="list the different ship types we have",
         query="SELECT DISTINCT ship_type FROM ship", ncols=1),
    dict(db_id="battle_death", kind="filter-text",
         question="Which ships were lost in the English Channel?",
         paraphrase="ships that went down or were taken in the English channel - names pls",
         query="SELECT name FROM ship WHERE location = 'English Channel'", ncols=1),
    dict(db_id="battle_death", kind="filter-number",
         question="Incidents where more than 10 people were killed - where did they happen and how many died?",
         paraphrase="For every incident with a death toll above ten, give me the place and the number killed.",
         query="SELECT note, killed FROM death WHERE killed > 10", ncols=2),
    dict(db_id="battle_death", kind="aggregate",
         question="Total killed and total injured across all recorded incidents?",
         paraphrase="Add up everyone who died and everyone who was hurt over all the incidents - two totals please.",
         query="SELECT SUM(killed), SUM(injured) FROM death", ncols=2,
         expect=[(88, 14)]),
    dict(db_id="battle_death", kind="group",
         question="For each ship, how many deaths is it responsible for in total? Show ship name and the total.",
         paraphrase="death toll by ship (name + total killed)",
         query="SELECT s.name, SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id GROUP BY s.id, s.name",
         ncols=2),
    dict(db_id="battle_death", kind="superlative",
         question="Which ship caused the most deaths overall?",
         paraphrase="deadliest ship?",
         query="SELECT s.name FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id GROUP BY s.id, s.name ORDER BY SUM(d.killed) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id GROUP BY s.id ORDER BY SUM(d.killed) DESC", 1),
         expect=[("Lettice",)]),
    dict(db_id="battle_death", kind="join",
         question="In which battles was a ship captured? Give the battle and the ship's name.",
         paraphrase="Show me every captured ship's name alongside the battle it was lost in - battle first.",
         query="SELECT b.name, s.name FROM battle AS b JOIN ship AS s ON s.lost_in_battle = b.id WHERE s.disposition_of_ship = 'Captured'",
         ncols=2),
    dict(db_id="battle_death", kind="set",
         question="Which battles didn't cost any ships?",
         paraphrase="name the battles where not a single ship was lost",
         query="SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)",
         ncols=1),
    dict(db_id="battle_death", kind="ratio",
         question="What percentage of the battles ended in a Bulgarian win?",
         paraphrase="Out of all battles, how many percent did the Bulgarians win?",
         query="SELECT 100.0 * SUM(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / COUNT(*) FROM battle",
         ncols=1, expect=[(75.0,)]),
    dict(db_id="battle_death", kind="projection",
         question="list every battle with its date and how it ended",
         paraphrase="Give me all the battles: name, when it was fought, and the outcome.",
         query="SELECT name, date, result FROM battle", ncols=3),

    # ---------------------------------------------------------- concert_singer
    dict(db_id="concert_singer", kind="count",
         question="How many concerts were held in 2015?",
         paraphrase="number of 2015 concerts",
         query="SELECT COUNT(*) FROM concert WHERE Year = '2015'", ncols=1,
         expect=[(3,)]),
    dict(db_id="concert_singer", kind="filter-text",
         question="What song did Timbaland put out, and what year was it released?",
         paraphrase="Timbaland - song title and release year?",
         query="SELECT Song_Name, Song_release_year FROM singer WHERE Name = 'Timbaland'",
         ncols=2),
    dict(db_id="concert_singer", kind="filter-number",
         question="singres over 40?",
         paraphrase="Which of our singers are older than forty?",
         query="SELECT Name FROM singer WHERE Age > 40", ncols=1),
    dict(db_id="concert_singer", kind="aggregate",
         question="What's the average age of the singers from France?",
         paraphrase="French singers - how old are they on average?",
         query="SELECT AVG(Age) FROM singer WHERE Country = 'France'", ncols=1),
    dict(db_id="concert_singer", kind="group",
         question="How many singers do we have from each country?",
         paraphrase="Break down the singer count by country.",
         query="SELECT Country, COUNT(*) FROM singer GROUP BY Country", ncols=2),
    dict(db_id="concert_singer", kind="superlative",
         question="Which stadium can hold the most people?",
         paraphrase="biggest stadium by capacity",
         query="SELECT Name FROM stadium ORDER BY Capacity DESC LIMIT 1", ncols=1,
         tie=("SELECT Capacity FROM stadium ORDER BY Capacity DESC", 1),
         expect=[("Hampden Park",)]),
    dict(db_id="concert_singer", kind="join",
         question="Show each concert and the stadium it was held at.",
         paraphrase="concert name with the venue (stadium) name next to it",
         query="SELECT c.concert_Name, s.Name FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID",
         ncols=2),
    dict(db_id="concert_singer", kind="set",
         question="Which singers have never performed at a concert?",
         paraphrase="Anyone on the singer list who hasn't been in a single concert?",
         query="SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM singer_in_concert)",
         ncols=1, expect=[("Joe Sharp",)]),
    dict(db_id="concert_singer", kind="ratio",
         question="What percent of the singers are male?",
         paraphrase="share of men among singers, as a percentage",
         query="SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer",
         ncols=1),
    dict(db_id="concert_singer", kind="projection",
         question="Give me every stadium's name, capacity and average attendance.",
         paraphrase="For all stadiums: name, how many it holds, and the average crowd.",
         query="SELECT Name, Capacity, Average FROM stadium", ncols=3),

    # ---------------------------------------------------- cre_Doc_Template_Mgt
    dict(db_id="cre_Doc_Template_Mgt", kind="count",
         question="How many presentation templates are there?",
         paraphrase="count of templates that are of the presentation (PPT) type",
         query="SELECT COUNT(*) FROM Templates WHERE Template_Type_Code = 'PPT'",
         ncols=1, expect=[(3,)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="list",
         question="What kinds of templates do we support?",
         paraphrase="list all template type descriptions",
         query="SELECT Template_Type_Description FROM Ref_Template_Types", ncols=1),
    dict(db_id="cre_Doc_Template_Mgt", kind="filter-number",
         question="Which templates are past version 6?",
         paraphrase="template IDs where the version number is higher than six",
         query="SELECT Template_ID FROM Templates WHERE Version_Number > 6", ncols=1),
    dict(db_id="cre_Doc_Template_Mgt", kind="aggregate",
         question="what's the average template version number",
         paraphrase="On average, which version are our templates at?",
         query="SELECT AVG(Version_Number) FROM Templates", ncols=1),
    dict(db_id="cre_Doc_Template_Mgt", kind="group",
         question="How many paragraphs does each document have? Document name and count please.",
         paraphrase="paragraph count per doc (with the doc's name)",
         query="SELECT d.Document_Name, COUNT(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID, d.Document_Name",
         ncols=2),
    dict(db_id="cre_Doc_Template_Mgt", kind="superlative",
         question="Which document has the most paragraphs?",
         paraphrase="The document with the largest number of paragraphs - what's it called?",
         query="SELECT d.Document_Name FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID, d.Document_Name ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Paragraphs GROUP BY Document_ID ORDER BY COUNT(*) DESC", 1),
         expect=[("Customer reviews",)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="join",
         question="Which documents are built on an advertisement template?",
         paraphrase="names of docs whose template is an ad template",
         query="SELECT d.Document_Name FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID WHERE t.Template_Type_Code = 'AD'",
         ncols=1),
    dict(db_id="cre_Doc_Template_Mgt", kind="set",
         question="Templates that no document uses?",
         paraphrase="Give me the IDs of templates that aren't used by any document.",
         query="SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents",
         ncols=1),
    dict(db_id="cre_Doc_Template_Mgt", kind="ratio",
         question="What percentage of our templates are paper templates?",
         paraphrase="paper templates as a % of all templates",
         query="SELECT 100.0 * SUM(CASE WHEN Template_Type_Code = 'PP' THEN 1 ELSE 0 END) / COUNT(*) FROM Templates",
         ncols=1, expect=[(30.0,)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="projection",
         question="Show all templates with their ID, type code and the date they became effective.",
         paraphrase="every template: id, type code, effective-from date",
         query="SELECT Template_ID, Template_Type_Code, Date_Effective_From FROM Templates",
         ncols=3),

    # ------------------------------------------------ employee_hire_evaluation
    dict(db_id="employee_hire_evaluation", kind="count",
         question="How many of our employees are based in Bristol?",
         paraphrase="number of staff from Bristol",
         query="SELECT COUNT(*) FROM employee WHERE City = 'Bristol'", ncols=1,
         expect=[(3,)]),
    dict(db_id="employee_hire_evaluation", kind="list",
         question="which cities do our employees come from",
         paraphrase="List the distinct home cities of the employees.",
         query="SELECT DISTINCT City FROM employee", ncols=1),
    dict(db_id="employee_hire_evaluation", kind="filter-text",
         question="Shops in Helsinki - name and who manages them?",
         paraphrase="Which shops are located in Helsinki, and who is the manager of each?",
         query="SELECT Name, Manager_name FROM shop WHERE Location = 'Helsinki'",
         ncols=2),
    dict(db_id="employee_hire_evaluation", kind="aggregate",
         question="How much have we paid out in bonuses altogether?",
         paraphrase="total bonus money across all years",
         query="SELECT SUM(Bonus) FROM evaluation", ncols=1, expect=[(19500.0,)]),
    dict(db_id="employee_hire_evaluation", kind="group",
         question="Number of hires per shop, with the shop name.",
         paraphrase="For each shop, how many people has it taken on?",
         query="SELECT s.Name, COUNT(*) FROM shop AS s JOIN hiring AS h ON h.Shop_ID = s.Shop_ID GROUP BY s.Shop_ID, s.Name",
         ncols=2),
    dict(db_id="employee_hire_evaluation", kind="superlative",
         question="Who got the single biggest bonus, and in which year?",
         paraphrase="Largest individual bonus ever awarded - the employee's name and the year.",
         query="SELECT e.Name, v.Year_awarded FROM employee AS e JOIN evaluation AS v ON v.Employee_ID = e.Employee_ID ORDER BY v.Bonus DESC LIMIT 1",
         ncols=2,
         tie=("SELECT Bonus FROM evaluation ORDER BY Bonus DESC", 1),
         expect=[("Louis Deacon", "2016")]),
    dict(db_id="employee_hire_evaluation", kind="join",
         question="Who manages the shop Mark Regan works at?",
         paraphrase="Mark Regan's shop - what's the manager's name?",
         query="SELECT s.Manager_name FROM shop AS s JOIN hiring AS h ON h.Shop_ID = s.Shop_ID JOIN employee AS e ON e.Employee_ID = h.Employee_ID WHERE e.Name = 'Mark Regan'",
         ncols=1),
    dict(db_id="employee_hire_evaluation", kind="set",
         question="Which employees have never received a bonus?",
         paraphrase="employees with no bonus on record",
         query="SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)",
         ncols=1),
    dict(db_id="employee_hire_evaluation", kind="ratio",
         question="What percentage of hires are full time?",
         paraphrase="Of everyone we hired, how many percent are on full-time contracts?",
         query="SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring",
         ncols=1),
    dict(db_id="employee_hire_evaluation", kind="projection",
         question="For every shop, show the name, the town it's in and the manager.",
         paraphrase="all shops w/ location and manager name",
         query="SELECT Name, Location, Manager_name FROM shop", ncols=3),

    # ------------------------------------------------------------ museum_visit
    dict(db_id="museum_visit", kind="count",
         question="How many musuems opened after 2010?",
         paraphrase="count the museums that opened later than 2010",
         query="SELECT COUNT(*) FROM museum WHERE Open_Year > '2010'", ncols=1,
         expect=[(2,)]),
    dict(db_id="museum_visit", kind="list",
         question="List all our museums.",
         paraphrase="what museums are there? just the names",
         query="SELECT Name FROM museum", ncols=1),
    dict(db_id="museum_visit", kind="filter-text",
         question="When did RiverPark Museum open and how big is its staff?",
         paraphrase="RiverPark Museum: opening year and number of employees",
         query="SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'RiverPark Museum'",
         ncols=2),
    dict(db_id="museum_visit", kind="filter-number",
         question="museums with more than 20 staff",
         paraphrase="Which museums employ over twenty people?",
         query="SELECT Name FROM museum WHERE Num_of_Staff > 20", ncols=1),
    dict(db_id="museum_visit", kind="group",
         question="How many tickets has each museum sold? Show the museum name too.",
         paraphrase="ticket totals by museum",
         query="SELECT m.Name, SUM(v.Num_of_Ticket) FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID GROUP BY m.Museum_ID, m.Name",
         ncols=2),
    dict(db_id="museum_visit", kind="superlative",
         question="Which visitor has spent the most money across all their visits?",
         paraphrase="our biggest spender overall?",
         query="SELECT p.Name FROM visitor AS p JOIN visit AS v ON v.visitor_ID = p.ID GROUP BY p.ID, p.Name ORDER BY SUM(v.Total_spent) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT SUM(Total_spent) FROM visit GROUP BY visitor_ID ORDER BY SUM(Total_spent) DESC", 1),
         expect=[("Arjen Robben",)]),
    dict(db_id="museum_visit", kind="join",
         question="Which museums has Fernando Gago been to?",
         paraphrase="museums visited by Fernando Gago",
         query="SELECT m.Name FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID JOIN visitor AS p ON p.ID = v.visitor_ID WHERE p.Name = 'Fernando Gago'",
         ncols=1),
    dict(db_id="museum_visit", kind="set",
         question="Museums that nobody has visited yet?",
         paraphrase="Which museums have zero recorded visits?",
         query="SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)",
         ncols=1),
    dict(db_id="museum_visit", kind="ratio",
         question="On average, how much is spent per ticket across all visits?",
         paraphrase="total spend divided by total tickets sold",
         query="SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit", ncols=1),
    dict(db_id="museum_visit", kind="projection",
         question="show visitors with their membership level and age",
         paraphrase="Every visitor's name, membership tier and age, please.",
         query="SELECT Name, Level_of_membership, Age FROM visitor", ncols=3),

    # --------------------------------------------------------------- orchestra
    dict(db_id="orchestra", kind="count",
         question="How many orchestras release mainly on CD?",
         paraphrase="number of orchestras whose main record format is CD",
         query="SELECT COUNT(*) FROM orchestra WHERE Major_Record_Format = 'CD'",
         ncols=1, expect=[(10,)]),
    dict(db_id="orchestra", kind="list",
         question="Which record labels do the orchestras work with?",
         paraphrase="list the record companies (no duplicates)",
         query="SELECT DISTINCT Record_Company FROM orchestra", ncols=1),
    dict(db_id="orchestra", kind="filter-text",
         question="British conductors?",
         paraphrase="Show me the names of the conductors from the UK.",
         query="SELECT Name FROM conductor WHERE Nationality = 'UK'", ncols=1),
    dict(db_id="orchestra", kind="filter-number",
         question="orchestras foundd before 2004, with the year",
         paraphrase="Which orchestras were established earlier than 2004, and in what year was each founded?",
         query="SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Year_of_Founded < 2004",
         ncols=2),
    dict(db_id="orchestra", kind="aggregate",
         question="What's the total attendance over all shows, and the average per show?",
         paraphrase="Sum of show attendance and mean show attendance.",
         query="SELECT SUM(Attendance), AVG(Attendance) FROM show", ncols=2),
    dict(db_id="orchestra", kind="superlative",
         question="Who is the oldest conductor?",
         paraphrase="name the conductor with the highest age",
         query="SELECT Name FROM conductor ORDER BY Age DESC LIMIT 1", ncols=1,
         tie=("SELECT Age FROM conductor ORDER BY Age DESC", 1),
         expect=[("Robert Craft",)]),
    dict(db_id="orchestra", kind="join",
         question="Who conducts the Kirov Orchestra?",
         paraphrase="Kirov Orchestra's conductor name",
         query="SELECT c.Name FROM conductor AS c JOIN orchestra AS o ON o.Conductor_ID = c.Conductor_ID WHERE o.Orchestra = 'Kirov Orchestra'",
         ncols=1),
    dict(db_id="orchestra", kind="set",
         question="Which orchestras haven't given any performances?",
         paraphrase="orchestras with no performance on file",
         query="SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)",
         ncols=1),
    dict(db_id="orchestra", kind="ratio",
         question="What share of our conductors are American, in percent?",
         paraphrase="percentage of conductors with US nationality",
         query="SELECT 100.0 * SUM(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor",
         ncols=1, expect=[(50.0,)]),
    dict(db_id="orchestra", kind="projection",
         question="List each performance with its date and official rating (millions).",
         paraphrase="all performances - type, date, and the ratings in millions",
         query='SELECT Type, Date, "Official_ratings_(millions)" FROM performance',
         ncols=3),

    # ------------------------------------------------------------ poker_player
    dict(db_id="poker_player", kind="count",
         question="How many people on the list are Russian?",
         paraphrase="count of people with Russian nationality",
         query="SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'", ncols=1,
         expect=[(6,)]),
    dict(db_id="poker_player", kind="list",
         question="What nationalities do we have among the people?",
         paraphrase="distinct nationalities please",
         query="SELECT DISTINCT Nationality FROM people", ncols=1),
    dict(db_id="poker_player", kind="filter-text",
         question="When was Teodor Salparov born?",
         paraphrase="Teodor Salparov's birthday",
         query="SELECT Birth_Date FROM people WHERE Name = 'Teodor Salparov'", ncols=1),
    dict(db_id="poker_player", kind="filter-number",
         question="Who is taller than 195 cm?",
         paraphrase="people over 195 centimetres tall - names",
         query="SELECT Name FROM people WHERE Height > 195", ncols=1),
    dict(db_id="poker_player", kind="aggregate",
         question="average earnings of the poker players?",
         paraphrase="How much do our poker players earn on average?",
         query="SELECT AVG(Earnings) FROM poker_player", ncols=1),
    dict(db_id="poker_player", kind="group",
         question="How many poker players come from each nationality?",
         paraphrase="Count the poker players per country of nationality.",
         query="SELECT p.Nationality, COUNT(*) FROM people AS p JOIN poker_player AS pp ON pp.People_ID = p.People_ID GROUP BY p.Nationality",
         ncols=2),
    dict(db_id="poker_player", kind="join",
         question="Show every poker player's name and how much they've won.",
         paraphrase="poker players: names + earnings",
         query="SELECT p.Name, pp.Earnings FROM people AS p JOIN poker_player AS pp ON pp.People_ID = p.People_ID",
         ncols=2),
    dict(db_id="poker_player", kind="set",
         question="Which people in the database don't play poker?",
         paraphrase="names of people who aren't poker players",
         query="SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)",
         ncols=1),
    dict(db_id="poker_player", kind="ratio",
         question="What percentage of the poker players have a best finish of first place?",
         paraphrase="share of players whose best result is 1st, in %",
         query="SELECT 100.0 * SUM(CASE WHEN Best_Finish = 1 THEN 1 ELSE 0 END) / COUNT(*) FROM poker_player",
         ncols=1, expect=[(40.0,)]),
    dict(db_id="poker_player", kind="projection",
         question="Give me name, nationality and height for everyone.",
         paraphrase="For all people list their name, what country they're from, and how tall they are.",
         query="SELECT Name, Nationality, Height FROM people", ncols=3),

    # ------------------------------------------------------------------ singer
    dict(db_id="singer", kind="count",
         question="how many singers are US citizens",
         paraphrase="Count the singers with American citizenship.",
         query="SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'",
         ncols=1, expect=[(4,)]),
    dict(db_id="singer", kind="list",
         question="List all the song titles.",
         paraphrase="what songs do we have? titles only",
         query="SELECT Title FROM song", ncols=1),
    dict(db_id="singer", kind="filter-text",
         question="What songs has Christy Walton recorded?",
         paraphrase="Christy Walton's songs",
         query="SELECT s.Title FROM song AS s JOIN singer AS g ON g.Singer_ID = s.Singer_ID WHERE g.Name = 'Christy Walton'",
         ncols=1),
    dict(db_id="singer", kind="filter-number",
         question="singers born after 1950",
         paraphrase="Which singers were born later than 1950?",
         query="SELECT Name FROM singer WHERE Birth_Year > 1950", ncols=1),
    dict(db_id="singer", kind="aggregate",
         question="What is the average net worth of our singers, in millions?",
         paraphrase="mean singer net worth (millions)",
         query="SELECT AVG(Net_Worth_Millions) FROM singer", ncols=1),
    dict(db_id="singer", kind="group",
         question="Total song sales for each singer - name and total.",
         paraphrase="How much has each singer sold in total across their songs?",
         query="SELECT g.Name, SUM(s.Sales) FROM singer AS g JOIN song AS s ON s.Singer_ID = g.Singer_ID GROUP BY g.Singer_ID, g.Name",
         ncols=2),
    dict(db_id="singer", kind="superlative",
         question="What are the top 3 best-selling songs?",
         paraphrase="three songs with the highest sales",
         query="SELECT Title FROM song ORDER BY Sales DESC LIMIT 3", ncols=1,
         tie=("SELECT Sales FROM song ORDER BY Sales DESC", 3)),
    dict(db_id="singer", kind="set",
         question="Which singers don't have any songs in the database?",
         paraphrase="singers without a single song listed",
         query="SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)",
         ncols=1),
    dict(db_id="singer", kind="ratio",
         question="What percent of songs made it to number one?",
         paraphrase="Share of songs whose highest chart position was #1, as a percentage.",
         query="SELECT 100.0 * SUM(CASE WHEN Highest_Position = 1 THEN 1 ELSE 0 END) / COUNT(*) FROM song",
         ncols=1, expect=[(87.5,)]),
    dict(db_id="singer", kind="projection",
         question="Show each singer with their birth year and citizenship.",
         paraphrase="singers: name, year born, nationality",
         query="SELECT Name, Birth_Year, Citizenship FROM singer", ncols=3),

    # ------------------------------------------------------------------ tvshow
    dict(db_id="tvshow", kind="count",
         question="How many channels broadcast in Italian?",
         paraphrase="number of Italian-language channels",
         query="SELECT COUNT(*) FROM TV_Channel WHERE Language = 'Italian'", ncols=1),
    dict(db_id="tvshow", kind="list",
         question="Which countries are our TV channels from?",
         paraphrase="list the channel countries, no repeats",
         query="SELECT DISTINCT Country FROM TV_Channel", ncols=1),
    dict(db_id="tvshow", kind="filter-text",
         question="cartoons directed by Ben Jones",
         paraphrase="Which cartoon episodes did Ben Jones direct?",
         query="SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'", ncols=1),
    dict(db_id="tvshow", kind="filter-number",
         question="Which episodes drew more than 6 million viewers? Show the episode and the viewer count.",
         paraphrase="episodes with over 6M viewers + how many viewers each had",
         query="SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6",
         ncols=2),
    dict(db_id="tvshow", kind="aggregate",
         question="What's the average audience share of the TV series episodes?",
         paraphrase="avg share across all episodes",
         query="SELECT AVG(Share) FROM TV_series", ncols=1),
    dict(db_id="tvshow", kind="group",
         question="how many cartoons has each director done",
         paraphrase="Number of cartoons per director, please.",
         query="SELECT Directed_by, COUNT(*) FROM Cartoon GROUP BY Directed_by",
         ncols=2),
    dict(db_id="tvshow", kind="superlative",
         question="Which episode had the best rating?",
         paraphrase="highest-rated episode?",
         query="SELECT Episode FROM TV_series ORDER BY CAST(Rating AS REAL) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT CAST(Rating AS REAL) FROM TV_series ORDER BY CAST(Rating AS REAL) DESC", 1),
         expect=[("A Love of a Lifetime",)]),
    dict(db_id="tvshow", kind="join",
         question="What channel aired the episode \"Keepers\"?",
         paraphrase="Keepers episode - which channel was it on (channel's series name)?",
         query="SELECT c.series_name FROM TV_Channel AS c JOIN TV_series AS s ON s.Channel = c.id WHERE s.Episode = 'Keepers'",
         ncols=1),
    dict(db_id="tvshow", kind="ratio",
         question="What percentage of channels are in HD?",
         paraphrase="how many percent of the channels offer high definition",
         query="SELECT 100.0 * SUM(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel",
         ncols=1),
    dict(db_id="tvshow", kind="projection",
         question="For each cartoon give the title, who wrote it and when it first aired.",
         paraphrase="cartoons - title, writer, original air date",
         query="SELECT Title, Written_by, Original_air_date FROM Cartoon", ncols=3),

    # ----------------------------------------------------------------- world_1
    dict(db_id="world_1", kind="count",
         question="How many countries are there in Africa?",
         paraphrase="number of African countries",
         query="SELECT COUNT(*) FROM country WHERE Continent = 'Africa'", ncols=1,
         expect=[(58,)]),
    dict(db_id="world_1", kind="list",
         question="What continents are in the data?",
         paraphrase="list the continents",
         query="SELECT DISTINCT Continent FROM country", ncols=1),
    dict(db_id="world_1", kind="filter-text",
         question="Which countries are constitutional monarchies?",
         paraphrase="countries whose form of government is constitutional monarchy",
         query="SELECT Name FROM country WHERE GovernmentForm = 'Constitutional Monarchy'",
         ncols=1),
    dict(db_id="world_1", kind="filter-number",
         question="countries where people live past 80 on average - name and life expectancy",
         paraphrase="Which countries have a life expectancy above 80, and what is it?",
         query="SELECT Name, LifeExpectancy FROM country WHERE LifeExpectancy > 80",
         ncols=2),
    dict(db_id="world_1", kind="aggregate",
         question="What's the average life expectancy in Europe?",
         paraphrase="mean life expectancy for European countries",
         query="SELECT AVG(LifeExpectancy) FROM country WHERE Continent = 'Europe'",
         ncols=1),
    dict(db_id="world_1", kind="group",
         question="Total population by continent.",
         paraphrase="How many people live on each continent?",
         query="SELECT Continent, SUM(Population) FROM country GROUP BY Continent",
         ncols=2),
    dict(db_id="world_1", kind="superlative",
         question="What's the largest city in Japan by population?",
         paraphrase="Japan's most populous city",
         query="SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Japan' ORDER BY ci.Population DESC LIMIT 1",
         ncols=1,
         tie=("SELECT ci.Population FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Japan' ORDER BY ci.Population DESC", 1),
         expect=[("Tokyo",)]),
    dict(db_id="world_1", kind="join",
         question="whats the capitol of Canada?",
         paraphrase="Name Canada's capital city.",
         query="SELECT ci.Name FROM country AS co JOIN city AS ci ON co.Capital = ci.ID WHERE co.Name = 'Canada'",
         ncols=1, expect=[("Ottawa",)]),
    dict(db_id="world_1", kind="set",
         question="Which countries have both English and French as official languages?",
         paraphrase="countries where English AND French are each an official language",
         query="SELECT co.Name FROM country AS co JOIN countrylanguage AS l ON l.CountryCode = co.Code WHERE l.Language = 'English' AND l.IsOfficial = 'T' "
               "INTERSECT SELECT co.Name FROM country AS co JOIN countrylanguage AS l ON l.CountryCode = co.Code WHERE l.Language = 'French' AND l.IsOfficial = 'T'",
         ncols=1),
    dict(db_id="world_1", kind="projection",
         question="List every country with its three-letter code and continent.",
         paraphrase="all countries: name, country code, continent",
         query="SELECT Name, Code, Continent FROM country", ncols=3),
]

UNANSWERABLE = [
    dict(db_id="battle_death",
         question="How many soldiers fought on each side at the Battle of Adrianople?",
         why="battle has only name, date, commanders and result; no troop strength is stored"),
    dict(db_id="concert_singer",
         question="How much did a ticket cost for the 2014 concerts?",
         why="concert/stadium hold no ticket price; stadium only has capacity and attendance figures"),
    dict(db_id="cre_Doc_Template_Mgt",
         question="Who wrote the document 'Learning French'?",
         why="Documents has no author or owner column"),
    dict(db_id="employee_hire_evaluation",
         question="What's Lee Mears' annual salary?",
         why="only bonuses (evaluation.Bonus) are stored; there is no salary column"),
    dict(db_id="employee_hire_evaluation",
         question="How many of our employees are women?",
         why="employee holds name, age and city only; no gender"),
    dict(db_id="museum_visit",
         question="Which city is the Plaza Museum in?",
         why="museum has name, staff count and opening year; no address or city"),
    dict(db_id="orchestra",
         question="How many musicians play in the London Symphony Orchestra?",
         why="orchestra stores label, founding year and record format; no size or member count"),
    dict(db_id="poker_player",
         question="In which city was Aleksey Ostapenko born?",
         why="people has Birth_Date and Nationality but no birthplace"),
    dict(db_id="singer",
         question="Which record label is Christy Walton signed to?",
         why="singer and song tables have no label/record company column"),
    dict(db_id="tvshow",
         question="How long is each cartoon episode, in minutes?",
         why="Cartoon has title, director, writer, air date, production code and channel; no runtime"),
    dict(db_id="world_1",
         question="What currency do they use in Japan?",
         why="country has no currency column"),
    dict(db_id="world_1",
         question="Which capital city has the hottest average temperature?",
         why="city holds name, district and population only; no climate data"),
]


def norm(v):
    return float(v) if isinstance(v, (int, float)) else v


def main():
    errors = []
    conns = {}
    for db in DBS:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        conns[db] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)

    keys = {"db_id", "kind", "question", "paraphrase", "query"}
    seen_q = set()
    for i, it in enumerate(ITEMS):
        tag = "item %d (%s/%s)" % (i, it.get("db_id"), it.get("kind"))
        if it["db_id"] not in DBS:
            errors.append(tag + ": unknown db")
            continue
        if it["kind"] not in KINDS:
            errors.append(tag + ": unknown kind")
        if it["question"] in seen_q:
            errors.append(tag + ": duplicate question")
        seen_q.add(it["question"])
        if it["paraphrase"].strip().lower() == it["question"].strip().lower():
            errors.append(tag + ": paraphrase equals question")
        cur = conns[it["db_id"]].cursor()
        try:
            cur.execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except sqlite3.Error as e:
            errors.append("%s: SQL error %s" % (tag, e))
            continue
        if not rows:
            errors.append(tag + ": empty result")
        if all(all(v is None for v in r) for r in rows):
            errors.append(tag + ": result is all NULL")
        if "ncols" in it and ncols != it["ncols"]:
            errors.append("%s: %d columns, expected %d" % (tag, ncols, it["ncols"]))
        if "expect" in it:
            got = sorted(tuple(norm(v) for v in r) for r in rows)
            want = sorted(tuple(norm(v) for v in r) for r in it["expect"])
            if got != want:
                errors.append("%s: expected %r got %r" % (tag, want, got))
        if "tie" in it:
            tsql, n = it["tie"]
            vals = [r[0] for r in cur.execute(tsql).fetchall()]
            if len(vals) <= n:
                errors.append("%s: tie check has only %d candidates" % (tag, len(vals)))
            elif vals[n - 1] == vals[n]:
                errors.append("%s: tie at cut-off %d (%r)" % (tag, n, vals[n - 1]))
            if len(rows) != n:
                errors.append("%s: top-%d returned %d rows" % (tag, n, len(rows)))
        elif it["kind"] == "superlative":
            errors.append(tag + ": superlative without tie check")

    for i, u in enumerate(UNANSWERABLE):
        if u["db_id"] not in DBS or not u["why"] or not u["question"]:
            errors.append("unanswerable %d malformed" % i)

    per_db = collections.Counter(it["db_id"] for it in ITEMS)
    per_kind = collections.Counter(it["kind"] for it in ITEMS)
    if len(ITEMS) != 100:
        errors.append("expected 100 items, have %d" % len(ITEMS))
    for db in DBS:
        if per_db[db] != 10:
            errors.append("%s has %d items" % (db, per_db[db]))
    for k in KINDS:
        if not 8 <= per_kind[k] <= 10:
            errors.append("kind %s has %d items" % (k, per_kind[k]))
    if len(UNANSWERABLE) != 12:
        errors.append("expected 12 unanswerable, have %d" % len(UNANSWERABLE))
    multi = sum(1 for it in ITEMS if it.get("ncols", 1) >= 2)
    if not 25 <= multi <= 34:
        errors.append("multi-column questions: %d" % multi)

    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    out = [{k: it[k] for k in ["db_id", "kind", "question", "paraphrase", "query"]}
           for it in ITEMS]
    una = [{"db_id": u["db_id"], "question": u["question"], "why": u["why"], "query": ""}
           for u in UNANSWERABLE]
    with open(os.path.join(HERE, "spider_v8_A.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v8_A_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(una, f, indent=2, ensure_ascii=False)
    print("OK: %d items, %d unanswerable, %d multi-column" % (len(out), len(una), multi))
    print("per db:", dict(sorted(per_db.items())))
    print("per kind:", dict(sorted(per_kind.items())))


if __name__ == "__main__":
    main()
