#!/usr/bin/env python3
"""Blind Spider evaluation set v5: items as data, checks, JSON writer (stdlib only).

Usage: python3 gen_spider_v5.py [--show]   (--show prints every gold result)
Writes spider_v5.json and spider_v5_unanswerable.json beside this script,
only if every check passes.
"""
import json, os, re, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"}
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1",
       "car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

ITEMS = []
UNANSWERABLE = []


def Q(db, kind, question, paraphrase, query):
    ITEMS.append({"db_id": db, "question": question, "query": " ".join(query.split()),
                  "paraphrase": paraphrase, "kind": kind})


def U(db, question, why):
    UNANSWERABLE.append({"db_id": db, "question": question, "why": why})


# ================================================================ battle_death
D = "battle_death"
Q(D, "count", "How many battles ended in a Bulgarian victory?",
  "Count the battles whose result was a win for the Bulgarians.",
  "SELECT count(*) FROM battle WHERE result = 'Bulgarian victory'")
Q(D, "filter-text", "Which battles had Kaloyan as the Bulgarian commander?",
  "List the names of the battles in which Kaloyan led the Bulgarian side.",
  "SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'")
Q(D, "join", "Show me the names of the ships that were lost in the Siege of Constantinople.",
  "Which ships went down or were lost during the Siege of Constantinople? Just their names.",
  "SELECT T1.name FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id WHERE T2.name = 'Siege of Constantinople'")
Q(D, "aggregate", "What's the total number of people killed across all death records?",
  "Add up the killed figure over every recorded death incident.",
  "SELECT sum(killed) FROM death")
Q(D, "set", "Which battles had no ships lost in them?",
  "Name the battles in which not a single ship was lost.",
  "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)")
Q(D, "superlative", "Which ship caused the most deaths in total?",
  "Name the ship responsible for the highest combined number of people killed.",
  "SELECT T1.name FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id ORDER BY sum(T2.killed) DESC LIMIT 1")
Q(D, "projection", "Give me the name and ship type of every ship that was captured in the English Channel.",
  "For ships captured in the English Channel, list each one's name together with its type.",
  "SELECT name, ship_type FROM ship WHERE disposition_of_ship = 'Captured' AND location = 'English Channel'")
Q(D, "ratio", "What percentage of ships were captured?",
  "Out of all the ships, what share ended up captured, as a percentage?",
  "SELECT 100.0 * sum(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / count(*) FROM ship")
Q(D, "group", "For each battle that lost ships, show the battle name and the total number of people killed by those ships.",
  "Per battle, how many deaths were caused by the ships lost in it? Give battle name and total killed.",
  "SELECT T1.name, sum(T3.killed) FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id JOIN death AS T3 ON T3.caused_by_ship_id = T2.id GROUP BY T1.id")

# ================================================================ concert_singer
D = "concert_singer"
Q(D, "count", "How many concerts took place in 2015?",
  "Count the concerts held in the year 2015.",
  "SELECT count(*) FROM concert WHERE Year = '2015'")
Q(D, "projection", "Give me the name and country of every singer older than 40.",
  "For singers aged over 40, list their names alongside the country they come from.",
  "SELECT Name, Country FROM singer WHERE Age > 40")
Q(D, "superlative", "Which stadium has the largest capacity?",
  "Name the stadium that can hold the most people.",
  "SELECT Name FROM stadium ORDER BY Capacity DESC LIMIT 1")
Q(D, "aggregate", "What's the average stadium capacity?",
  "On average, how many people can a stadium hold?",
  "SELECT avg(Capacity) FROM stadium")
Q(D, "group", "For each stadium that has hosted concerts, show the stadium name and how many concerts it hosted.",
  "List every stadium with at least one concert together with its concert count.",
  "SELECT T2.Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T2.Stadium_ID")
Q(D, "set", "Which stadiums have never hosted a concert?",
  "List the names of stadiums with no concerts on record.",
  "SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT CAST(Stadium_ID AS INTEGER) FROM concert)")
Q(D, "join", "Which singers performed in the Super bootcamp concert?",
  "Name the singers who took part in the concert called Super bootcamp.",
  "SELECT T3.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T3.Singer_ID = T2.Singer_ID WHERE T1.concert_Name = 'Super bootcamp'")
Q(D, "superlative", "Which singer has appeared in the most concerts?",
  "Who is the singer with the highest number of concert appearances?",
  "SELECT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T2.Singer_ID ORDER BY count(*) DESC LIMIT 1")
Q(D, "set", "Which countries have both male and female singers?",
  "List the countries that are home to at least one male singer and at least one female singer.",
  "SELECT Country FROM singer WHERE Is_male = 'T' INTERSECT SELECT Country FROM singer WHERE Is_male = 'F'")
Q(D, "ratio", "What percentage of singers are male?",
  "What share of all singers are men, expressed as a percentage?",
  "SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer")

# ================================================================ cre_Doc_Template_Mgt
D = "cre_Doc_Template_Mgt"
Q(D, "count", "How many book templates are there?",
  "Count the templates whose type is Book.",
  "SELECT count(*) FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Type_Description = 'Book'")
Q(D, "group", "For each template type, show its description and the number of templates of that type.",
  "How many templates does each template type have? Give the type description and the count.",
  "SELECT T2.Template_Type_Description, count(*) FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code GROUP BY T2.Template_Type_Code")
Q(D, "join", "Which documents are built on a presentation template?",
  "List the names of documents whose template is of the Presentation type.",
  "SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID JOIN Ref_Template_Types AS T3 ON T2.Template_Type_Code = T3.Template_Type_Code WHERE T3.Template_Type_Description = 'Presentation'")
Q(D, "set", "Which templates are not used by any document? Show their IDs.",
  "Give me the IDs of templates that no document uses.",
  "SELECT Template_ID FROM Templates WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents WHERE Template_ID IS NOT NULL)")
Q(D, "superlative", "Which document has the most paragraphs?",
  "Name the document containing the largest number of paragraphs.",
  "SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1")
Q(D, "filter-text", "Show the paragraph texts of the document called Learning French.",
  "What text do the paragraphs of the Learning French document contain?",
  "SELECT T2.Paragraph_Text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Document_Name = 'Learning French'")
Q(D, "filter-number", "List the ID and version number of templates whose version is above 7.",
  "Which templates have a version number greater than 7? Give template ID and version.",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > 7")
Q(D, "count", "How many different documents have at least one paragraph?",
  "Count the documents that contain one or more paragraphs.",
  "SELECT count(DISTINCT Document_ID) FROM Paragraphs")
Q(D, "aggregate", "What's the average version number of CV templates?",
  "Across templates of the CV type, what is the mean version number?",
  "SELECT avg(T1.Version_Number) FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Type_Description = 'CV'")

# ================================================================ employee_hire_evaluation
D = "employee_hire_evaluation"
Q(D, "count", "How many employees live in Bath?",
  "Count the employees whose city is Bath.",
  "SELECT count(*) FROM employee WHERE City = 'Bath'")
Q(D, "projection", "Give me the name and age of employees older than 30.",
  "For every employee over 30 years old, show name and age.",
  "SELECT Name, Age FROM employee WHERE Age > 30")
Q(D, "superlative", "Which shop carries the most products?",
  "Name the shop with the highest number of products.",
  "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 1")
Q(D, "join", "Which shop was Mark Regan hired at?",
  "Name the shop that employs Mark Regan.",
  "SELECT T3.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T1.Name = 'Mark Regan'")
Q(D, "aggregate", "What is the total bonus awarded in 2016?",
  "Sum up all the bonuses given out for the year 2016.",
  "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'")
Q(D, "superlative", "Which employee received the single largest bonus?",
  "Who got the biggest individual bonus award?",
  "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T2.Bonus DESC LIMIT 1")
Q(D, "group", "For each shop that has hired staff, show the shop name and the number of employees hired.",
  "How many people has each shop hired? List shop name and headcount, for shops with hires.",
  "SELECT T2.Name, count(*) FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T1.Shop_ID")
Q(D, "set", "Which employees have never been awarded a bonus?",
  "List the names of employees without any evaluation bonus on record.",
  "SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT CAST(Employee_ID AS INTEGER) FROM evaluation)")
Q(D, "ratio", "What percentage of hired employees work full time?",
  "Among all hirings, what share are full-time positions, as a percent?",
  "SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring")
Q(D, "set", "Which shops have not hired anyone?",
  "Name the shops with no hiring records.",
  "SELECT Name FROM shop WHERE Shop_ID NOT IN (SELECT Shop_ID FROM hiring)")

# ================================================================ museum_visit
D = "museum_visit"
Q(D, "count", "How many museums opened after 2009?",
  "Count the museums whose opening year is later than 2009.",
  "SELECT count(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009")
Q(D, "projection", "Show me the name and staff count of museums that opened in 2008.",
  "For museums opened in 2008, give each one's name and number of staff.",
  "SELECT Name, Num_of_Staff FROM museum WHERE Open_Year = '2008'")
Q(D, "superlative", "Which museum has the most staff?",
  "Name the museum employing the largest number of staff members.",
  "SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 1")
Q(D, "join", "Which visitors have been to the Capital Plaza Museum?",
  "List the names of people who visited Capital Plaza Museum.",
  "SELECT T3.Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID JOIN visitor AS T3 ON T3.ID = T2.visitor_ID WHERE T1.Name = 'Capital Plaza Museum'")
Q(D, "aggregate", "What's the total amount spent across all museum visits?",
  "Add up the spending recorded on every visit.",
  "SELECT sum(Total_spent) FROM visit")
Q(D, "superlative", "Which visitor has spent the most money in total?",
  "Who is the visitor with the highest combined spending across their visits?",
  "SELECT T2.Name FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID GROUP BY T2.ID ORDER BY sum(T1.Total_spent) DESC LIMIT 1")
Q(D, "set", "Which museums have had no visitors at all?",
  "List museums that do not appear in any visit record.",
  "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)")
Q(D, "filter-text", "What are the age and membership level of Gonzalo Higuaín?",
  "Give me Gonzalo Higuaín's age and his level of membership.",
  "SELECT Age, Level_of_membership FROM visitor WHERE trim(Name) = 'Gonzalo Higuaín'")
Q(D, "set", "Which visitors went to both the Plaza Museum and the Capital Plaza Museum?",
  "Name anyone who has visited the Plaza Museum and also the Capital Plaza Museum.",
  "SELECT T3.Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID JOIN visitor AS T3 ON T3.ID = T2.visitor_ID WHERE T1.Name = 'Plaza Museum' INTERSECT SELECT T3.Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID JOIN visitor AS T3 ON T3.ID = T2.visitor_ID WHERE T1.Name = 'Capital Plaza Museum'")
Q(D, "ratio", "Across all visits, what is the total amount spent divided by the total number of tickets?",
  "Pooling every visit together, what's the overall spend per ticket sold?",
  "SELECT sum(Total_spent) / sum(Num_of_Ticket) FROM visit")

# ================================================================ orchestra
D = "orchestra"
Q(D, "count", "How many conductors are from the USA?",
  "Count the American conductors.",
  "SELECT count(*) FROM conductor WHERE Nationality = 'USA'")
Q(D, "projection", "List the names and ages of conductors from France.",
  "Which conductors are French? Give each one's name and age.",
  "SELECT Name, Age FROM conductor WHERE Nationality = 'France'")
Q(D, "superlative", "Which conductor has the most years of work?",
  "Name the conductor with the longest working experience in years.",
  "SELECT Name FROM conductor ORDER BY Year_of_Work DESC LIMIT 1")
Q(D, "join", "Who conducts the Kirov Orchestra?",
  "Give me the name of the Kirov Orchestra's conductor.",
  "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Orchestra = 'Kirov Orchestra'")
Q(D, "group", "For each record company, how many orchestras does it have? Show the company and the count.",
  "Break down the number of orchestras by record company.",
  "SELECT Record_Company, count(*) FROM orchestra GROUP BY Record_Company")
Q(D, "set", "Which orchestras have no performances on record?",
  "List the orchestras that never appear in the performance table.",
  "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)")
Q(D, "aggregate", "What is the highest official rating (in millions) among the semi-final performances?",
  "Among performances whose type is a semi-final, what's the top official rating in millions?",
  "SELECT max(\"Official_ratings_(millions)\") FROM performance WHERE Type LIKE 'Semi-final%'")
Q(D, "superlative", "Which orchestra's performance drew the largest show attendance?",
  "Name the orchestra behind the show with the biggest attendance.",
  "SELECT T3.Orchestra FROM show AS T1 JOIN performance AS T2 ON T1.Performance_ID = T2.Performance_ID JOIN orchestra AS T3 ON T2.Orchestra_ID = T3.Orchestra_ID ORDER BY T1.Attendance DESC LIMIT 1")
Q(D, "filter-number", "Which orchestras were founded before 2003? Give the orchestra and its founding year.",
  "Show orchestra name and year founded for orchestras established earlier than 2003.",
  "SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Year_of_Founded < 2003")
Q(D, "ratio", "What percentage of conductors are from the UK?",
  "What share of the conductors have UK nationality, in percent?",
  "SELECT 100.0 * sum(CASE WHEN Nationality = 'UK' THEN 1 ELSE 0 END) / count(*) FROM conductor")

# ================================================================ poker_player
D = "poker_player"
Q(D, "count", "How many people in the database are Russian?",
  "Count the people whose nationality is Russia.",
  "SELECT count(*) FROM people WHERE Nationality = 'Russia'")
Q(D, "projection", "Give me the name and earnings of every poker player.",
  "List all poker players with their names and how much they have earned.",
  "SELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID")
Q(D, "superlative", "Who is the tallest poker player?",
  "Name the poker player with the greatest height.",
  "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Height DESC LIMIT 1")
Q(D, "aggregate", "What are the average earnings of poker players?",
  "On average, how much money has a poker player earned?",
  "SELECT avg(Earnings) FROM poker_player")
Q(D, "filter-number", "Which poker players have earned more than 200,000?",
  "Name the poker players whose earnings exceed 200000.",
  "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 200000")
Q(D, "set", "Which people are not poker players?",
  "List the names of people who have no poker player record.",
  "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)")
Q(D, "group", "For each nationality, how many people are there?",
  "Show every nationality along with its number of people.",
  "SELECT Nationality, count(*) FROM people GROUP BY Nationality")
Q(D, "filter-number", "Which poker players have a best finish of first place?",
  "Name the players whose best finish was 1.",
  "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Best_Finish = 1")
Q(D, "superlative", "Which poker player has made the most final tables, and what is their money rank?",
  "For the player with the highest number of final tables made, give the name and money rank.",
  "SELECT T1.Name, T2.Money_Rank FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID ORDER BY T2.Final_Table_Made DESC LIMIT 1")
Q(D, "filter-text", "Which people were born in 1986?",
  "List the names of everyone whose birth year is 1986.",
  "SELECT Name FROM people WHERE Birth_Date LIKE '%1986'")

# ================================================================ singer
D = "singer"
Q(D, "count", "How many singers hold United States citizenship?",
  "Count the singers who are US citizens.",
  "SELECT count(*) FROM singer WHERE Citizenship = 'United States'")
Q(D, "projection", "Show the name and birth year of singers born after 1950.",
  "Which singers were born later than 1950? Give their names and years of birth.",
  "SELECT Name, Birth_Year FROM singer WHERE Birth_Year > 1950")
Q(D, "superlative", "Who is the wealthiest singer?",
  "Name the singer with the highest net worth.",
  "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1")
Q(D, "join", "Which songs are by Christy Walton?",
  "List the titles of Christy Walton's songs.",
  "SELECT T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Name = 'Christy Walton'")
Q(D, "group", "For each singer who has songs, show the singer's name and their total song sales.",
  "What are the combined sales per singer? List name and total for singers with at least one song.",
  "SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID")
Q(D, "set", "Which singers have no songs?",
  "List the singers that don't have a single song in the database.",
  "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)")
Q(D, "superlative", "Which song sold the most copies?",
  "What's the title of the best-selling song?",
  "SELECT Title FROM song ORDER BY Sales DESC LIMIT 1")
Q(D, "filter-number", "Which songs reached number 1 and sold more than 300,000 copies?",
  "List titles of songs whose highest chart position was 1 and whose sales are above 300000.",
  "SELECT Title FROM song WHERE Highest_Position = 1 AND Sales > 300000")
Q(D, "group", "What's the average net worth of singers for each citizenship?",
  "Per citizenship, give the mean net worth (in millions) of its singers.",
  "SELECT Citizenship, avg(Net_Worth_Millions) FROM singer GROUP BY Citizenship")
Q(D, "ratio", "What percentage of songs reached number 1 in the charts?",
  "What share of all songs peaked at position 1, as a percentage?",
  "SELECT 100.0 * sum(CASE WHEN Highest_Position = 1 THEN 1 ELSE 0 END) / count(*) FROM song")

# ================================================================ tvshow
D = "tvshow"
Q(D, "count", "How many TV channels broadcast in English?",
  "Count the channels whose language is English.",
  "SELECT count(*) FROM TV_Channel WHERE Language = 'English'")
Q(D, "filter-text", "Which channels are based in the United Kingdom?",
  "List the series names of channels whose country is the United Kingdom.",
  "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'")
Q(D, "join", "Which cartoons aired on MTV Dance?",
  "Give me the titles of cartoons shown on the channel MTV Dance.",
  "SELECT T2.Title FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T1.id = T2.Channel WHERE T1.series_name = 'MTV Dance'")
Q(D, "group", "How many cartoons has each director directed? Show director and count.",
  "For every cartoon director, give the number of cartoons they directed.",
  "SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by")
Q(D, "superlative", "Which TV series episode had the most viewers?",
  "Name the episode with the highest viewership in millions.",
  "SELECT Episode FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1")
Q(D, "set", "Which channels show neither cartoons nor TV series episodes?",
  "List channels that carry no cartoon and no TV series episode.",
  "SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon) AND id NOT IN (SELECT Channel FROM TV_series)")
Q(D, "projection", "Give me the episode name and air date of episodes rated above 4.0.",
  "For TV series episodes with a rating higher than 4.0, show episode and air date.",
  "SELECT Episode, Air_Date FROM TV_series WHERE CAST(Rating AS REAL) > 4.0")
Q(D, "ratio", "What percentage of channels offer high-definition TV?",
  "What share of the channels are HD, as a percent?",
  "SELECT 100.0 * sum(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel")
Q(D, "set", "Which channels air both cartoons and TV series episodes?",
  "Name the channels that carry at least one cartoon and also at least one TV series episode.",
  "SELECT series_name FROM TV_Channel WHERE id IN (SELECT Channel FROM Cartoon) AND id IN (SELECT Channel FROM TV_series)")
Q(D, "projection", "Show the title and writer of each cartoon directed by Ben Jones.",
  "For Ben Jones's cartoons, who wrote each one? Give title and writer.",
  "SELECT Title, Written_by FROM Cartoon WHERE Directed_by = 'Ben Jones'")

# ================================================================ world_1
D = "world_1"
Q(D, "count", "How many countries are in Europe?",
  "Count the European countries.",
  "SELECT count(*) FROM country WHERE Continent = 'Europe'")
Q(D, "projection", "Which African countries have a life expectancy above 70? Show name and life expectancy.",
  "List the countries in Africa where people live longer than 70 years on average, with their life expectancy.",
  "SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Africa' AND LifeExpectancy > 70")
Q(D, "superlative", "Which city has the largest population?",
  "Name the most populous city.",
  "SELECT Name FROM city ORDER BY Population DESC LIMIT 1")
Q(D, "join", "What are the official languages of Switzerland?",
  "List the languages that have official status in Switzerland.",
  "SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Switzerland' AND T2.IsOfficial = 'T'")
Q(D, "group", "How many countries does each continent have?",
  "For every continent, give the continent and its number of countries.",
  "SELECT Continent, count(*) FROM country GROUP BY Continent")
Q(D, "set", "Which countries have both English and French spoken?",
  "List the countries where English and French are each among the languages spoken.",
  "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'English' INTERSECT SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'French'")
Q(D, "aggregate", "What's the total population of South America?",
  "Add up the populations of all South American countries.",
  "SELECT sum(Population) FROM country WHERE Continent = 'South America'")
Q(D, "superlative", "What are the top 3 most populous cities in Japan? Give name and population.",
  "List Japan's three biggest cities by population, with their populations.",
  "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan' ORDER BY T1.Population DESC LIMIT 3")
Q(D, "ratio", "What percentage of countries have Republic as their form of government?",
  "What share of countries list exactly 'Republic' as their government form, in percent?",
  "SELECT 100.0 * sum(CASE WHEN GovernmentForm = 'Republic' THEN 1 ELSE 0 END) / count(*) FROM country")
Q(D, "superlative", "Which Asian country has the largest surface area?",
  "Name the biggest country in Asia by area.",
  "SELECT Name FROM country WHERE Continent = 'Asia' ORDER BY SurfaceArea DESC LIMIT 1")

# ================================================================ car_1
D = "car_1"
Q(D, "count", "How many cars have 4 cylinders?",
  "Count the four-cylinder cars.",
  "SELECT count(*) FROM cars_data WHERE Cylinders = 4")
Q(D, "aggregate", "What's the average horsepower of 4-cylinder cars, ignoring cars with no horsepower recorded?",
  "Among four-cylinder cars that have a known horsepower, what is the mean horsepower?",
  "SELECT avg(CAST(Horsepower AS REAL)) FROM cars_data WHERE Cylinders = 4 AND Horsepower != 'null'")
Q(D, "superlative", "Which car has the best fuel economy (highest MPG)? Give its make.",
  "Name the car, by make, that gets the most miles per gallon.",
  "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.MPG != 'null' ORDER BY CAST(T2.MPG AS REAL) DESC LIMIT 1")
Q(D, "join", "What are the full names of the car makers based in Japan?",
  "List the full names of Japanese car manufacturers.",
  "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'")
Q(D, "group", "For each continent, how many car makers are there?",
  "Give each continent and the number of car manufacturers located there (continents with makers only).",
  "SELECT T3.Continent, count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId JOIN continents AS T3 ON T2.Continent = T3.ContId GROUP BY T3.ContId")
Q(D, "set", "Which countries have no car makers?",
  "List the names of countries that aren't home to any car manufacturer.",
  "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers)")
Q(D, "projection", "Show the make and weight of 1980 cars that weigh less than 2000.",
  "For cars from 1980 with a weight under 2000, give the make and weight.",
  "SELECT T1.Make, T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1980 AND T2.Weight < 2000")
Q(D, "superlative", "Which car maker has the most models? Give its full name.",
  "What is the full name of the manufacturer with the largest number of models in the model list?",
  "SELECT T1.FullName FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id ORDER BY count(*) DESC LIMIT 1")
Q(D, "ratio", "What percentage of the cars were made before 1980?",
  "What share of all cars have a model year earlier than 1980, in percent?",
  "SELECT 100.0 * sum(CASE WHEN Year < 1980 THEN 1 ELSE 0 END) / count(*) FROM cars_data")
Q(D, "superlative", "Which model year had the highest average MPG?",
  "In which year did cars achieve the best average miles per gallon (counting only cars with a recorded MPG)?",
  "SELECT Year FROM cars_data WHERE MPG != 'null' GROUP BY Year ORDER BY avg(CAST(MPG AS REAL)) DESC LIMIT 1")

# ================================================================ course_teach
D = "course_teach"
Q(D, "count", "How many teachers are older than 30?",
  "Count the teachers aged over 30.",
  "SELECT count(*) FROM teacher WHERE CAST(Age AS INTEGER) > 30")
Q(D, "join", "Who teaches Math, and for which grade? Give teacher name and grade.",
  "List the teachers assigned to the Math course along with the grade they teach it to.",
  "SELECT T3.Name, T2.Grade FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T2.Teacher_ID = T3.Teacher_ID WHERE T1.Course = 'Math'")
Q(D, "set", "Which teachers are not assigned to any course?",
  "List teachers with no course arrangement.",
  "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)")
Q(D, "group", "For each teacher with course assignments, show the name and how many courses they teach.",
  "How many course arrangements does each assigned teacher have? List name and count.",
  "SELECT T2.Name, count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID")
Q(D, "superlative", "Who is the oldest teacher?",
  "Name the teacher with the greatest age.",
  "SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1")
Q(D, "set", "Which courses have no teacher assigned?",
  "List the courses that nobody is arranged to teach.",
  "SELECT Course FROM course WHERE Course_ID NOT IN (SELECT Course_ID FROM course_arrange)")
Q(D, "filter-text", "Which teachers come from an Urban District? Show name and hometown.",
  "Give me the names and hometowns of teachers whose hometown is an Urban District.",
  "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'")
Q(D, "aggregate", "What is the average age of the teachers?",
  "How old are the teachers on average?",
  "SELECT avg(CAST(Age AS INTEGER)) FROM teacher")
Q(D, "filter-text", "What is the starting date of the History course?",
  "When does the History course start?",
  "SELECT Staring_Date FROM course WHERE Course = 'History'")

# ================================================================ dog_kennels
D = "dog_kennels"
Q(D, "count", "How many dogs have been abandoned?",
  "Count the dogs flagged as abandoned.",
  "SELECT count(*) FROM Dogs WHERE abandoned_yn = '1'")
Q(D, "superlative", "Which owner has the most dogs? Give first and last name.",
  "Show the first name and last name of the owner who owns the largest number of dogs.",
  "SELECT T1.first_name, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1")
Q(D, "aggregate", "What is the total cost of all treatments?",
  "Sum up what was spent on every treatment.",
  "SELECT sum(cost_of_treatment) FROM Treatments")
Q(D, "set", "Which professionals have not performed any treatment? Give first and last names.",
  "List the first and last names of professionals with no treatments on record.",
  "SELECT first_name, last_name FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)")
Q(D, "projection", "Show the name and age of every Husky.",
  "For dogs of the Husky breed, list name and age.",
  "SELECT T1.name, T1.age FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Husky'")
Q(D, "group", "How many dogs are there of each size? Show the size description and count.",
  "Break down the dog count by size, using the size description.",
  "SELECT T2.size_description, count(*) FROM Dogs AS T1 JOIN Sizes AS T2 ON T1.size_code = T2.size_code GROUP BY T2.size_code")
Q(D, "count", "How many veterinarians work at the kennel?",
  "Count the professionals whose role is veterinarian.",
  "SELECT count(*) FROM Professionals WHERE role_code = 'Veterenarian'")
Q(D, "superlative", "Which dog received the single most expensive treatment?",
  "Name the dog that had the costliest individual treatment.",
  "SELECT T1.name FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id ORDER BY T2.cost_of_treatment DESC LIMIT 1")
Q(D, "group", "For each treatment type, what's the average cost? Show the type description and average.",
  "Give the mean treatment cost per treatment type, with the type's description.",
  "SELECT T2.treatment_type_description, avg(T1.cost_of_treatment) FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code GROUP BY T2.treatment_type_code")
Q(D, "filter-text", "Which owners live in North Dakota? Show first name, last name and city.",
  "List the first name, last name and city of owners whose state is North Dakota.",
  "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'")

# ================================================================ flight_2
D = "flight_2"
Q(D, "count", "How many flights depart from airport APG?",
  "Count the flights whose source airport is APG.",
  "SELECT count(*) FROM flights WHERE trim(SourceAirport) = 'APG'")
Q(D, "count", "How many airports are in Albany?",
  "Count the airports located in the city of Albany.",
  "SELECT count(*) FROM airports WHERE trim(City) = 'Albany'")
Q(D, "projection", "List the code and name of each airport in Anchorage.",
  "Which airports serve Anchorage? Give airport code and airport name.",
  "SELECT AirportCode, trim(AirportName) FROM airports WHERE trim(City) = 'Anchorage'")
Q(D, "join", "How many flights does JetBlue Airways operate?",
  "Count the flights run by JetBlue Airways.",
  "SELECT count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Airline = 'JetBlue Airways'")
Q(D, "join", "How many flights arrive in Anchorage?",
  "Count the flights whose destination airport is in the city of Anchorage.",
  "SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON trim(T1.DestAirport) = T2.AirportCode WHERE trim(T2.City) = 'Anchorage'")
Q(D, "group", "For each airline, how many flights leave from Athens? Show airline name and count.",
  "Per airline, give the number of flights departing from airports in Athens.",
  "SELECT T3.Airline, count(*) FROM flights AS T1 JOIN airports AS T2 ON trim(T1.SourceAirport) = T2.AirportCode JOIN airlines AS T3 ON T1.Airline = T3.uid WHERE trim(T2.City) = 'Athens' GROUP BY T3.uid")
Q(D, "filter-text", "What is the abbreviation of Delta Airlines?",
  "Give me the short code (abbreviation) used for Delta Airlines.",
  "SELECT Abbreviation FROM airlines WHERE Airline = 'Delta Airlines'")
Q(D, "set", "Which airlines fly out of both AXG and AAF?",
  "Name the airlines that have departures from AXG and also from AAF.",
  "SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE trim(T1.SourceAirport) = 'AXG' INTERSECT SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE trim(T1.SourceAirport) = 'AAF'")
Q(D, "superlative", "Which airline has the most flights arriving at ABQ?",
  "Name the airline operating the largest number of flights into ABQ.",
  "SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE trim(T1.DestAirport) = 'ABQ' GROUP BY T2.uid ORDER BY count(*) DESC LIMIT 1")

# ================================================================ extra items (list / between / top-N)
Q("world_1", "filter-number", "Which European countries have a population between 1 and 5 million?",
  "List the countries in Europe whose population is at least 1,000,000 and at most 5,000,000.",
  "SELECT Name FROM country WHERE Continent = 'Europe' AND Population BETWEEN 1000000 AND 5000000")
Q("world_1", "superlative", "What are the top 3 countries by GNP?",
  "Name the three countries with the largest gross national product.",
  "SELECT Name FROM country ORDER BY GNP DESC LIMIT 3")
Q("car_1", "count", "How many cars weigh between 3000 and 4000?",
  "Count the cars whose weight is from 3000 up to 4000 inclusive.",
  "SELECT count(*) FROM cars_data WHERE Weight BETWEEN 3000 AND 4000")
Q("orchestra", "list", "List the different major record formats used by orchestras.",
  "What distinct major recording formats do the orchestras use?",
  "SELECT DISTINCT Major_Record_Format FROM orchestra")
Q("singer", "list", "Show me every singer's name in alphabetical order.",
  "Give the names of all singers, sorted A to Z.",
  "SELECT Name FROM singer ORDER BY Name")
Q("concert_singer", "list", "List every concert theme.",
  "What themes have the concerts had? Give all of them.",
  "SELECT Theme FROM concert")
Q("employee_hire_evaluation", "list", "Which cities do our employees live in?",
  "Give the distinct list of employee home cities.",
  "SELECT DISTINCT City FROM employee")
Q("real_estate_properties", "list", "What property types are there? List their descriptions.",
  "Show the description of every property type.",
  "SELECT property_type_description FROM Ref_Property_Types")
Q("cre_Doc_Template_Mgt", "list", "List all the document names.",
  "What are the names of all documents?",
  "SELECT Document_Name FROM Documents")
Q("museum_visit", "filter-number", "Which visitors are between 25 and 30 years old? Show name and age.",
  "Give the names and ages of visitors aged 25 to 30 inclusive.",
  "SELECT Name, Age FROM visitor WHERE Age BETWEEN 25 AND 30")
Q("dog_kennels", "filter-number", "Which dogs weigh more than 9? Give name and weight.",
  "Show the name and weight of every dog heavier than 9.",
  "SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > 9")
Q("course_teach", "filter-number", "Which teachers are between 30 and 40 years old?",
  "Name the teachers aged from 30 to 40.",
  "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) BETWEEN 30 AND 40")
Q("flight_2", "list", "List the names of all the airlines.",
  "What airlines are in the database? Just the names.",
  "SELECT Airline FROM airlines")
Q("battle_death", "filter-text", "Which battles ended in a Latin victory or a truce? Show name and result.",
  "Show me the battles that were won by the Latins or ended in a truce, with each result.",
  "SELECT name, result FROM battle WHERE result = 'Latin victory' OR result LIKE '%Truce%'")

# ================================================================ network_1
D = "network_1"
Q(D, "count", "How many high schoolers are in grade 10?",
  "Count the tenth-grade students.",
  "SELECT count(*) FROM Highschooler WHERE grade = 10")
Q(D, "group", "How many students are there in each grade?",
  "For every grade, give the grade and its number of high schoolers.",
  "SELECT grade, count(*) FROM Highschooler GROUP BY grade")
Q(D, "join", "Who are Kyle's friends?",
  "List the names of everyone who is friends with Kyle, whichever side recorded the friendship.",
  "SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T1.student_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle') UNION SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T1.friend_id = (SELECT ID FROM Highschooler WHERE name = 'Kyle')")
Q(D, "set", "Which students neither like anyone nor are liked by anyone? Give name and grade.",
  "Show the name and grade of students who appear nowhere in the likes data, as liker or as liked.",
  "SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) AND ID NOT IN (SELECT liked_id FROM Likes)")
Q(D, "superlative", "Who are the two students with the most friends?",
  "Name the top 2 students by number of friendships (counting friendships in either direction).",
  "SELECT T2.name FROM (SELECT student_id AS sid FROM Friend UNION ALL SELECT friend_id FROM Friend) AS T1 JOIN Highschooler AS T2 ON T1.sid = T2.ID GROUP BY T1.sid ORDER BY count(*) DESC LIMIT 2")
Q(D, "projection", "Which pairs of students like each other? Show both names for each pair once.",
  "List every mutual like as a pair of student names, each pair appearing one time.",
  "SELECT T3.name, T4.name FROM Likes AS T1 JOIN Likes AS T2 ON T1.student_id = T2.liked_id AND T1.liked_id = T2.student_id JOIN Highschooler AS T3 ON T1.student_id = T3.ID JOIN Highschooler AS T4 ON T1.liked_id = T4.ID WHERE T1.student_id < T1.liked_id")
Q(D, "join", "Whom does Andrew like?",
  "Give the name of the student that Andrew has a like for.",
  "SELECT T2.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.liked_id = T2.ID WHERE T1.student_id = (SELECT ID FROM Highschooler WHERE name = 'Andrew')")
Q(D, "filter-number", "List the names of students in grade 12.",
  "Who are the twelfth graders?",
  "SELECT name FROM Highschooler WHERE grade = 12")
Q(D, "count", "How many different first names do the high schoolers have?",
  "Count the distinct names among all high school students.",
  "SELECT count(DISTINCT name) FROM Highschooler")
Q(D, "projection", "Show the name and grade of every student who is liked by at least one other student.",
  "For students that someone likes, give their names and grades.",
  "SELECT name, grade FROM Highschooler WHERE ID IN (SELECT liked_id FROM Likes)")

# ================================================================ pets_1
D = "pets_1"
Q(D, "count", "How many students are older than 20?",
  "Count the students aged over 20.",
  "SELECT count(*) FROM Student WHERE Age > 20")
Q(D, "join", "Which students own a dog? Give first and last name.",
  "Show the first and last names of dog owners among the students.",
  "SELECT DISTINCT T1.Fname, T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'")
Q(D, "aggregate", "What's the average age of female students?",
  "On average, how old are the women students?",
  "SELECT avg(Age) FROM Student WHERE Sex = 'F'")
Q(D, "set", "How many students don't have any pets?",
  "Count the students who own no pet.",
  "SELECT count(*) FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)")
Q(D, "group", "How many students are there of each sex?",
  "Break down the student count by sex.",
  "SELECT Sex, count(*) FROM Student GROUP BY Sex")
Q(D, "superlative", "What type of pet is the heaviest, and how much does it weigh?",
  "Give the pet type and weight of the heaviest pet.",
  "SELECT PetType, weight FROM Pets ORDER BY weight DESC LIMIT 1")
Q(D, "filter-text", "List the first and last names of students whose city code is BAL.",
  "Which students come from the city coded BAL? Show first name and last name.",
  "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'")
Q(D, "ratio", "What percentage of students are male?",
  "What share of the student body is men, as a percent?",
  "SELECT 100.0 * sum(CASE WHEN Sex = 'M' THEN 1 ELSE 0 END) / count(*) FROM Student")
Q(D, "group", "For each pet type, what is the average pet age?",
  "Give every pet type together with the mean age of pets of that type.",
  "SELECT PetType, avg(pet_age) FROM Pets GROUP BY PetType")
Q(D, "aggregate", "What is the combined weight of the pets owned by Tracy Kim?",
  "Add up the weights of all of Tracy Kim's pets.",
  "SELECT sum(T3.weight) FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T1.Fname = 'Tracy' AND T1.LName = 'Kim'")

# ================================================================ real_estate_properties
D = "real_estate_properties"
Q(D, "count", "How many apartments are listed?",
  "Count the properties of type Apartment.",
  "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'")
Q(D, "filter-number", "Which properties have more than 7 rooms?",
  "List the names of properties with a room count above 7.",
  "SELECT property_name FROM Properties WHERE room_count > 7")
Q(D, "join", "What is the property type description of the property named riverside?",
  "Describe the type of property that riverside is, using the type's description.",
  "SELECT T2.property_type_description FROM Properties AS T1 JOIN Ref_Property_Types AS T2 ON T1.property_type_code = T2.property_type_code WHERE T1.property_name = 'riverside'")
Q(D, "group", "What's the average agreed selling price for each property type?",
  "Per property type code, give the mean agreed selling price.",
  "SELECT property_type_code, avg(agreed_selling_price) FROM Properties GROUP BY property_type_code")
Q(D, "superlative", "Which property sold for the highest agreed price?",
  "Name the property with the largest agreed selling price.",
  "SELECT property_name FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1")
Q(D, "set", "Which properties have no additional features recorded?",
  "List the names of properties that don't appear in the property features table.",
  "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)")
Q(D, "join", "Which properties have a swimming pool?",
  "List the names of properties that offer the Pool feature.",
  "SELECT DISTINCT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'Pool'")
Q(D, "projection", "Show the name and agreed selling price of properties that sold for more than the vendor asked.",
  "For properties whose agreed price exceeded the vendor's requested price, give the name and agreed price.",
  "SELECT property_name, agreed_selling_price FROM Properties WHERE agreed_selling_price > vendor_requested_price")
Q(D, "group", "For each feature, how many times has it been attached to a property? Show feature name and count.",
  "Count the property-feature entries per feature, listing the feature name with the count.",
  "SELECT T2.feature_name, count(*) FROM Other_Property_Features AS T1 JOIN Other_Available_Features AS T2 ON T1.feature_id = T2.feature_id GROUP BY T2.feature_id")

# ================================================================ student_transcripts_tracking
D = "student_transcripts_tracking"
Q(D, "count", "How many master's degree programs are there?",
  "Count the degree programs whose summary name is Master.",
  "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'Master'")
Q(D, "join", "Which departments offer a PhD program?",
  "List the names of departments that have a PHD degree program.",
  "SELECT DISTINCT T1.department_name FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T2.degree_summary_name = 'PHD'")
Q(D, "set", "Which departments don't offer any degree program?",
  "Name the departments without a single degree program.",
  "SELECT department_name FROM Departments WHERE department_id NOT IN (SELECT department_id FROM Degree_Programs)")
Q(D, "superlative", "Which semester had the most student enrolments?",
  "Name the semester with the highest number of enrolments.",
  "SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1")
Q(D, "projection", "Give me the first and last names of students who first registered in 2010 or later.",
  "Which students registered for the first time from 2010 onwards? Show first name and last name.",
  "SELECT first_name, last_name FROM Students WHERE date_first_registered >= '2010-01-01'")
Q(D, "set", "Which courses have no students enrolled in them?",
  "List the names of courses with no student enrolment records.",
  "SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)")
Q(D, "join", "Which students currently live in Kentucky? Show first and last name.",
  "Give the first and last names of students whose current address is in the state of Kentucky.",
  "SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.state_province_county = 'Kentucky'")
Q(D, "count", "How many transcripts were issued in the 1980s?",
  "Count the transcripts dated between 1980 and 1989.",
  "SELECT count(*) FROM Transcripts WHERE transcript_date >= '1980-01-01' AND transcript_date < '1990-01-01'")
Q(D, "superlative", "When was the transcript with the most course entries issued?",
  "Give the date of the transcript that lists the largest number of courses.",
  "SELECT T1.transcript_date FROM Transcripts AS T1 JOIN Transcript_Contents AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T1.transcript_id ORDER BY count(*) DESC LIMIT 1")
Q(D, "ratio", "What percentage of students have a current address different from their permanent address?",
  "What share of students, in percent, live somewhere other than their permanent address?",
  "SELECT 100.0 * sum(CASE WHEN current_address_id != permanent_address_id THEN 1 ELSE 0 END) / count(*) FROM Students")

# ================================================================ voter_1
D = "voter_1"
Q(D, "count", "How many votes came from New York?",
  "Count the votes cast in the state NY.",
  "SELECT count(*) FROM VOTES WHERE trim(state, char(32, 10, 13)) = 'NY'")
Q(D, "join", "Which contestants received at least one vote?",
  "List the names of contestants who got any votes.",
  "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number IN (SELECT contestant_number FROM VOTES)")
Q(D, "set", "Which contestants got no votes at all?",
  "Name the contestants without a single vote.",
  "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)")
Q(D, "superlative", "Which contestant received the most votes?",
  "Who is the contestant with the highest vote count?",
  "SELECT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number ORDER BY count(*) DESC LIMIT 1")
Q(D, "count", "How many area codes does California have?",
  "Count the area codes assigned to the state CA.",
  "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'CA'")
Q(D, "group", "How many votes were cast in each state? Show state and count.",
  "For every state that voted, give the state and its number of votes.",
  "SELECT trim(state, char(32, 10, 13)), count(*) FROM VOTES GROUP BY trim(state, char(32, 10, 13))")
Q(D, "count", "How many votes were cast from New Jersey?",
  "Count the votes whose state is NJ.",
  "SELECT count(*) FROM VOTES WHERE trim(state, char(32, 10, 13)) = 'NJ'")
Q(D, "superlative", "Who received the most recent vote?",
  "Name the contestant that the latest vote went to.",
  "SELECT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number ORDER BY T2.created DESC LIMIT 1")
Q(D, "group", "Which states have more than 20 area codes?",
  "List the states that are assigned over 20 area codes.",
  "SELECT state FROM AREA_CODE_STATE GROUP BY state HAVING count(*) > 20")
Q(D, "filter-text", "Which contestants are named Jessie?",
  "List the contestants whose first name is Jessie.",
  "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'")

# ================================================================ unanswerable
U("battle_death", "How many soldiers fought on each side in the Battle of Serres?",
  "battle has only name, date, commanders and result; no troop or army-size column exists anywhere (death.killed/injured are per-ship incident counts, not army sizes).")
U("concert_singer", "How much did tickets cost for the Auditions concert?",
  "concert has name, theme, stadium and year only; no price or revenue column in any table.")
U("cre_Doc_Template_Mgt", "Who is the author of the document Palm reading?",
  "Documents has name, description, template and other details only; no author or owner column anywhere.")
U("employee_hire_evaluation", "What is Lee Mears's monthly salary?",
  "employee has name, age, city; hiring has shop, start year, full-time flag; evaluation only has yearly bonus. No salary column.")
U("museum_visit", "On what date did Fernando Gago visit the Plaza Museum?",
  "visit records museum, visitor, number of tickets and total spent; there is no visit date or time column.")
U("orchestra", "What is the annual budget of the London Symphony Orchestra?",
  "orchestra has conductor, record company, founding year and record format; no budget or financial column.")
U("poker_player", "How much does Maksim Botin weigh?",
  "people has nationality, name, birth date and height only; no weight column.")
U("singer", "Which record label is Christy Walton signed to?",
  "singer has birth year, net worth and citizenship; song has title, sales, chart position. No label column.")
U("singer", "What genre are Liliane Bettencourt's songs?",
  "song has only title, singer, sales and highest position; no genre column.")
U("tvshow", "What was the production budget of the episode Emily?",
  "TV_series has air date, ratings, share, viewers, rank and channel; no budget or cost column.")
U("world_1", "What is the unemployment rate in Germany?",
  "country has population, GNP, life expectancy, area, government etc.; no unemployment column.")
U("world_1", "What is the official currency of Japan?",
  "No table holds currencies; country columns are codes, names, geography, population, economy figures, government, head of state, capital.")
U("car_1", "What was the retail price of the buick skylark 320?",
  "cars_data has MPG, cylinders, displacement, horsepower, weight, acceleration, year; no price column.")
U("car_1", "Which car has the highest top speed?",
  "cars_data has Accelerate (acceleration time) but no top-speed column; top speed cannot be derived.")
U("course_teach", "What salary does Anne Walker earn?",
  "teacher has name, age, hometown; course_arrange has course, teacher, grade. No salary column.")
U("dog_kennels", "What color is the dog Kacey?",
  "Dogs has breed, size, name, age, birth date, gender, weight and dates; no colour column.")
U("flight_2", "What time does United Airlines flight 28 depart?",
  "flights has airline, flight number, source and destination airport only; no schedule or time column.")
U("flight_2", "What is the average ticket price for flights leaving APG?",
  "No fare or price column exists in airlines, airports or flights.")
U("network_1", "Which high school does Jordan attend?",
  "Highschooler has only ID, name and grade; no school column.")
U("pets_1", "What is the name of Linda Smith's cat?",
  "Pets has PetID, type, age and weight; pets have no name column.")
U("real_estate_properties", "How many bathrooms does the property park have?",
  "Properties has room_count but no bathroom count; feature columns hold free text codes, not bathroom numbers.")
U("student_transcripts_tracking", "What grade did Timmothy Ward get in his math course?",
  "Student_Enrolment_Courses and Transcript_Contents link students to courses and transcripts, but no grade or mark column exists.")
U("voter_1", "How old is the contestant Kelly Clauss?",
  "CONTESTANTS has only contestant number and name; no age or birth date column.")


# ---------------------------------------------------------------- checks
def split_top_select(sql):
    """Return (cols_start, cols_end) of the outermost first SELECT list."""
    m = re.match(r"\s*SELECT\s+(DISTINCT\s+)?", sql, re.I)
    if not m:
        return None
    start = m.end()
    depth = 0
    i = start
    up = sql.upper()
    while i < len(sql):
        c = sql[i]
        if c == "'":
            j = sql.index("'", i + 1)
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and up.startswith(" FROM ", i):
            return start, i
        i += 1
    return None


def top_level_order_limit(sql):
    """Find a top-level 'ORDER BY <expr> [ASC|DESC] LIMIT n' at the end of the query."""
    m = re.search(r"ORDER BY\s+(.+?)\s*(ASC|DESC)?\s+LIMIT\s+(\d+)\s*;?\s*$", sql, re.I | re.S)
    if not m:
        return None
    # must be top level: parentheses balanced after the match start
    tail = sql[m.start():]
    if tail.count("(") != tail.count(")"):
        return None
    return m


def tie_ok(con, sql):
    m = top_level_order_limit(sql)
    if not m:
        return True, "no top-level LIMIT"
    expr, n = m.group(1), int(m.group(3))
    span = split_top_select(sql)
    if span is None:
        return False, "cannot parse select list"
    s, e = span
    probe = sql[:s] + "(" + expr + ") AS tie_key__, " + sql[s:e] + sql[e:m.start(3)] + str(n + 1)
    rows = con.execute(probe).fetchall()
    if len(rows) <= n:
        return True, "fewer rows than cut"
    if rows[n - 1][0] == rows[n][0]:
        return False, "tie at cut: %r" % (rows[n - 1][0],)
    return True, "ok"


def main():
    show = "--show" in sys.argv
    errors = []
    seen = set()
    for i, it in enumerate(ITEMS):
        tag = "#%d %s: %s" % (i, it.get("db_id"), it.get("question"))
        for f in ("db_id", "question", "query", "paraphrase", "kind"):
            if not isinstance(it.get(f), str) or not it[f].strip():
                errors.append(tag + " missing field " + f)
        if it.get("kind") not in KINDS:
            errors.append(tag + " bad kind %r" % it.get("kind"))
        if it.get("db_id") not in DBS:
            errors.append(tag + " unknown db")
            continue
        for f in ("question", "paraphrase"):
            key = it[f].strip().lower()
            if key in seen:
                errors.append(tag + " duplicate text: " + it[f])
            seen.add(key)
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            errors.append(tag + " paraphrase equals question")
        path = os.path.join(DB_ROOT, it["db_id"], it["db_id"] + ".sqlite")
        con = sqlite3.connect(path)
        try:
            rows = con.execute(it["query"]).fetchall()
        except Exception as ex:
            errors.append(tag + " SQL error: %s" % ex)
            con.close()
            continue
        if not rows or all(all(v is None for v in r) for r in rows):
            errors.append(tag + " empty result")
        if it["kind"] == "count" and len(rows) == 1 and rows[0][0] == 0:
            errors.append(tag + " count is zero (likely a data-quirk miss)")
        try:
            ok, why = tie_ok(con, it["query"])
        except Exception as ex:
            ok, why = False, "tie probe error: %s" % ex
        if not ok:
            errors.append(tag + " " + why)
        if show:
            print("%3d [%s|%s] %s\n     %s\n     -> %s%s" % (i, it["db_id"], it["kind"], it["question"],
                  it["query"], rows[:8], " ... (%d rows)" % len(rows) if len(rows) > 8 else ""))
        con.close()
    useen = set()
    for it in UNANSWERABLE:
        for f in ("db_id", "question", "why"):
            if not isinstance(it.get(f), str) or not it[f].strip():
                errors.append("unanswerable missing %s: %r" % (f, it))
        if it.get("db_id") not in DBS:
            errors.append("unanswerable unknown db: %r" % it)
        k = it["question"].strip().lower()
        if k in useen or k in seen:
            errors.append("unanswerable duplicate question: " + it["question"])
        useen.add(k)
    for db in DBS:
        if not any(it["db_id"] == db for it in ITEMS):
            errors.append("no items for " + db)
        if not any(it["db_id"] == db for it in UNANSWERABLE):
            errors.append("no unanswerable item for " + db)
    if len(ITEMS) < 160:
        errors.append("only %d items (< 160)" % len(ITEMS))
    if len(UNANSWERABLE) < 19:
        errors.append("only %d unanswerable items (< 19)" % len(UNANSWERABLE))
    if errors:
        print("FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(os.path.join(HERE, "spider_v5.json"), "w", encoding="utf-8") as f:
        json.dump(ITEMS, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v5_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(UNANSWERABLE, f, indent=1, ensure_ascii=False)
    from collections import Counter
    print("PASS: %d items, %d unanswerable" % (len(ITEMS), len(UNANSWERABLE)))
    print("per db:", dict(Counter(it["db_id"] for it in ITEMS)))
    print("per kind:", dict(Counter(it["kind"] for it in ITEMS)))


if __name__ == "__main__":
    main()
