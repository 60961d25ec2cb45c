#!/usr/bin/env python3
"""Generate spider_v3.json and spider_v3_unanswerable.json (blind evaluation set).

All items are held below as data. Every gold query is re-run on
/work/shared/eval/spider/database/<db>/<db>.sqlite; the JSON files are written
only if every check passes.  Python 3 standard library only.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"

HALF_A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
HALF_B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio"]
MIN_PER_HALF = 75
MIN_PER_DB = 4
MIN_UNANSWERABLE = 12

ITEMS_A = [
# ---------------- battle_death
("battle_death", "count", "How many battles ended in a Bulgarian victory?",
 "SELECT count(*) FROM battle WHERE result = 'Bulgarian victory'"),
("battle_death", "list", "Give me every ship's name along with what type of ship it was.",
 "SELECT name, ship_type FROM ship"),
("battle_death", "filter-text", "which battles did kaloyan command on the bulgarian side",
 "SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
("battle_death", "aggregate", "What's the total number of people killed across all the recorded incidents?",
 "SELECT sum(killed) FROM death"),
("battle_death", "join", "I'm looking at the battles the Latins won - which ships were lost in those?",
 "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.result = 'Latin victory'"),
("battle_death", "group", "Number of ships per ship type.",
 "SELECT ship_type, count(*) FROM ship GROUP BY ship_type"),
("battle_death", "superlative", "Which ship killed the most people in total?",
 "SELECT s.name FROM ship s JOIN death d ON d.caused_by_ship_id = s.id GROUP BY s.id, s.name ORDER BY sum(d.killed) DESC LIMIT 1"),
("battle_death", "set", "Were there any battles where no ship was lost? Which ones?",
 "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)"),
("battle_death", "ratio", "What percentage of the death records have nobody injured?",
 "SELECT 100.0 * sum(CASE WHEN injured = 0 THEN 1 ELSE 0 END) / count(*) FROM death"),
("battle_death", "filter-number", "Show the incidents where more than 10 people were killed - the note and the number killed.",
 "SELECT note, killed FROM death WHERE killed > 10"),

# ---------------- concert_singer
("concert_singer", "count", "How many of our singers are French?",
 "SELECT count(*) FROM singer WHERE Country = 'France'"),
("concert_singer", "filter-number", "Which stadiums can hold more than 10,000 people? I need the names and capacities.",
 "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
("concert_singer", "list", "what songs do our singers have - singer name, song name and release year",
 "SELECT Name, Song_Name, Song_release_year FROM singer"),
("concert_singer", "aggregate", "average singer age?",
 "SELECT avg(Age) FROM singer"),
("concert_singer", "superlative", "Which stadium has the largest capacity?",
 "SELECT Name FROM stadium ORDER BY Capacity DESC LIMIT 1"),
("concert_singer", "join", "For each concert, list the concert name and the name of the stadium where it took place.",
 "SELECT c.concert_Name, s.Name FROM concert c JOIN stadium s ON CAST(c.Stadium_ID AS INTEGER) = s.Stadium_ID"),
("concert_singer", "group", "How many concerts did we hold each year?",
 "SELECT Year, count(*) FROM concert GROUP BY Year"),
("concert_singer", "set", "Is there any singer who has never performed at one of our concerts? Who?",
 "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT CAST(Singer_ID AS INTEGER) FROM singer_in_concert)"),
("concert_singer", "ratio", "What percentage of the singers are male?",
 "SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer"),
("concert_singer", "filter-text", "Hey, could you show me the singers from the Netherlands and the names of their songs?",
 "SELECT Name, Song_Name FROM singer WHERE Country = 'Netherlands'"),

# ---------------- employee_hire_evaluation
("employee_hire_evaluation", "count", "How many employees live in Bath?",
 "SELECT count(*) FROM employee WHERE City = 'Bath'"),
("employee_hire_evaluation", "list", "List all the shops and who manages each one.",
 "SELECT Name, Manager_name FROM shop"),
("employee_hire_evaluation", "filter-number", "Which employees are under 30?",
 "SELECT Name FROM employee WHERE Age < 30"),
("employee_hire_evaluation", "aggregate", "How much have we paid out in bonuses in total, across all years?",
 "SELECT sum(Bonus) FROM evaluation"),
("employee_hire_evaluation", "superlative", "Who got the single biggest bonus?",
 "SELECT e.Name FROM employee e JOIN evaluation v ON CAST(v.Employee_ID AS INTEGER) = e.Employee_ID ORDER BY v.Bonus DESC LIMIT 1"),
("employee_hire_evaluation", "group", "employee headcount by city",
 "SELECT City, count(*) FROM employee GROUP BY City"),
("employee_hire_evaluation", "join", "Which shop does each hired employee work in? Employee name and shop name please.",
 "SELECT e.Name, s.Name FROM hiring h JOIN employee e ON h.Employee_ID = e.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID"),
("employee_hire_evaluation", "set", "Which employees have never been awarded a bonus?",
 "SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT CAST(Employee_ID AS INTEGER) FROM evaluation)"),
("employee_hire_evaluation", "ratio", "What share of our hires are full-time, as a percentage?",
 "SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring"),
("employee_hire_evaluation", "filter-text", "Which shop is in Helsinki, and who's the manager there?",
 "SELECT Name, Manager_name FROM shop WHERE Location = 'Helsinki'"),

# ---------------- museum_visit
("museum_visit", "count", "How many museums opened after 2009?",
 "SELECT count(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009"),
("museum_visit", "aggregate", "On average, how many staff does a museum have?",
 "SELECT avg(Num_of_Staff) FROM museum"),
("museum_visit", "superlative", "Which visitor has spent the most money across all their museum visits?",
 "SELECT TRIM(v.Name) FROM visitor v JOIN visit t ON CAST(t.visitor_ID AS INTEGER) = v.ID GROUP BY v.ID, v.Name ORDER BY sum(t.Total_spent) DESC LIMIT 1"),
("museum_visit", "join", "Which museums has Fernando Gago been to?",
 "SELECT m.Name FROM museum m JOIN visit t ON t.Museum_ID = m.Museum_ID JOIN visitor v ON CAST(t.visitor_ID AS INTEGER) = v.ID WHERE TRIM(v.Name) = 'Fernando Gago'"),
("museum_visit", "set", "Are there museums that nobody has visited? Name them.",
 "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
("museum_visit", "group", "Total tickets sold per museum (only museums that sold any) - museum name and ticket count.",
 "SELECT m.Name, sum(t.Num_of_Ticket) FROM museum m JOIN visit t ON t.Museum_ID = m.Museum_ID GROUP BY m.Museum_ID, m.Name"),
("museum_visit", "filter-number", "Show me the visitors with a membership level above 4, with their ages.",
 "SELECT TRIM(Name), Age FROM visitor WHERE Level_of_membership > 4"),
("museum_visit", "ratio", "What share of all visitor spending went to the Capital Plaza Museum? Give it as a percentage.",
 "SELECT 100.0 * sum(CASE WHEN m.Name = 'Capital Plaza Museum' THEN t.Total_spent ELSE 0 END) / sum(t.Total_spent) FROM visit t JOIN museum m ON t.Museum_ID = m.Museum_ID"),
("museum_visit", "list", "names and opening years of all the museums",
 "SELECT Name, Open_Year FROM museum"),

# ---------------- orchestra
("orchestra", "count", "How many of the conductors are American?",
 "SELECT count(*) FROM conductor WHERE Nationality = 'USA'"),
("orchestra", "filter-text", "Which orchestras have CD as their major record format?",
 "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD'"),
("orchestra", "list", "List each orchestra and the year it was founded.",
 "SELECT Orchestra, Year_of_Founded FROM orchestra"),
("orchestra", "aggregate", "What's the average age of our conductors?",
 "SELECT avg(Age) FROM conductor"),
("orchestra", "superlative", "Which conductor has worked the most years?",
 "SELECT Name FROM conductor ORDER BY Year_of_Work DESC LIMIT 1"),
("orchestra", "group", "How many orchestras does each record company have?",
 "SELECT Record_Company, count(*) FROM orchestra GROUP BY Record_Company"),
("orchestra", "join", "List the orchestras founded after 2005 with the name of their conductor.",
 "SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID WHERE o.Year_of_Founded > 2005"),
("orchestra", "set", "Which orchestra has never had a performance?",
 "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
("orchestra", "ratio", "Which performances got official ratings above the average? Show the type and the rating.",
 "SELECT Type, \"Official_ratings_(millions)\" FROM performance WHERE \"Official_ratings_(millions)\" > (SELECT avg(\"Official_ratings_(millions)\") FROM performance)"),
("orchestra", "filter-number", "Which performances made the weekly top 10? Just the performance types.",
 "SELECT Type FROM performance WHERE Weekly_rank <> 'TBC' AND CAST(Weekly_rank AS INTEGER) <= 10"),

# ---------------- poker_player
("poker_player", "count", "how many poker players do we have",
 "SELECT count(*) FROM poker_player"),
("poker_player", "aggregate", "What do our poker players earn on average?",
 "SELECT avg(Earnings) FROM poker_player"),
("poker_player", "superlative", "Who is the top-earning poker player?",
 "SELECT p.Name FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID ORDER BY pp.Earnings DESC LIMIT 1"),
("poker_player", "join", "Can you give me each poker player's name and how many final tables they've made?",
 "SELECT p.Name, pp.Final_Table_Made FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID"),
("poker_player", "group", "Break down the people by nationality - how many from each?",
 "SELECT Nationality, count(*) FROM people GROUP BY Nationality"),
("poker_player", "set", "Which people in the list are not poker players?",
 "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
("poker_player", "filter-number", "Who is taller than 2 metres?",
 "SELECT Name FROM people WHERE Height > 200"),
("poker_player", "ratio", "What percentage of poker players have won a tournament outright (best finish of 1st)?",
 "SELECT 100.0 * sum(CASE WHEN Best_Finish = 1 THEN 1 ELSE 0 END) / count(*) FROM poker_player"),
("poker_player", "filter-text", "Who is from Bulgaria and when were they born?",
 "SELECT Name, Birth_Date FROM people WHERE Nationality = 'Bulgaria'"),

# ---------------- singer
("singer", "count", "How many singers are American citizens?",
 "SELECT count(*) FROM singer WHERE Citizenship = 'United States'"),
("singer", "filter-number", "which singers were born before 1945",
 "SELECT Name FROM singer WHERE Birth_Year < 1945"),
("singer", "aggregate", "What are total sales across all songs?",
 "SELECT sum(Sales) FROM song"),
("singer", "superlative", "Who is our wealthiest singer?",
 "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1"),
("singer", "join", "Give me each song title with the singer who performs it.",
 "SELECT s.Title, g.Name FROM song s JOIN singer g ON s.Singer_ID = g.Singer_ID"),
("singer", "group", "Combined net worth of singers by citizenship.",
 "SELECT Citizenship, sum(Net_Worth_Millions) FROM singer GROUP BY Citizenship"),
("singer", "set", "Which singers don't have any songs on record?",
 "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)"),
("singer", "ratio", "Roughly what percentage of total song sales comes from Liliane Bettencourt's songs?",
 "SELECT 100.0 * sum(CASE WHEN g.Name = 'Liliane Bettencourt' THEN s.Sales ELSE 0 END) / sum(s.Sales) FROM song s JOIN singer g ON s.Singer_ID = g.Singer_ID"),
("singer", "list", "Just list the singers and their citizenship.",
 "SELECT Name, Citizenship FROM singer"),

# ---------------- tvshow
("tvshow", "count", "How many channels broadcast in Italian?",
 "SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'"),
("tvshow", "filter-text", "Which channels offer high definition?",
 "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'"),
("tvshow", "list", "Titles and directors of all the cartoons, please.",
 "SELECT Title, Directed_by FROM Cartoon"),
("tvshow", "superlative", "Which episode had the most viewers?",
 "SELECT Episode FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1"),
("tvshow", "group", "number of cartoons each director has directed",
 "SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by"),
("tvshow", "join", "Which cartoons aired on UK channels? Show the cartoon title and the channel's name.",
 "SELECT c.Title, t.series_name FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id WHERE t.Country = 'United Kingdom'"),
("tvshow", "set", "Which channels have neither cartoons nor TV series episodes?",
 "SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon) AND id NOT IN (SELECT Channel FROM TV_series)"),
("tvshow", "aggregate", "What's the average audience share of the TV series episodes?",
 "SELECT avg(Share) FROM TV_series"),
("tvshow", "ratio", "What percentage of our channels are based in Italy?",
 "SELECT 100.0 * sum(CASE WHEN Country = 'Italy' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel"),
("tvshow", "filter-number", "Episodes rated higher than 4 - episode name and rating.",
 "SELECT Episode, Rating FROM TV_series WHERE CAST(Rating AS REAL) > 4"),

# ---------------- cre_Doc_Template_Mgt
("cre_Doc_Template_Mgt", "count", "How many templates do we have?",
 "SELECT count(*) FROM Templates"),
("cre_Doc_Template_Mgt", "filter-text", "What are the IDs of the presentation templates?",
 "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'"),
("cre_Doc_Template_Mgt", "join", "For each document, show its name and the description of the template type it uses.",
 "SELECT d.Document_Name, r.Template_Type_Description FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code"),
("cre_Doc_Template_Mgt", "group", "How many documents are there per template type? Use the type description.",
 "SELECT r.Template_Type_Description, count(*) FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code GROUP BY r.Template_Type_Description"),
("cre_Doc_Template_Mgt", "superlative", "Which document has the most paragraphs?",
 "SELECT d.Document_Name FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID, d.Document_Name ORDER BY count(*) DESC LIMIT 1"),
("cre_Doc_Template_Mgt", "set", "Which templates aren't used by any document? Template IDs are fine.",
 "SELECT Template_ID FROM Templates WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents WHERE Template_ID IS NOT NULL)"),
("cre_Doc_Template_Mgt", "list", "Show me all document names with their descriptions.",
 "SELECT Document_Name, Document_Description FROM Documents"),
("cre_Doc_Template_Mgt", "aggregate", "highest template version number?",
 "SELECT max(Version_Number) FROM Templates"),
("cre_Doc_Template_Mgt", "ratio", "What fraction of our templates are book templates, as a percent?",
 "SELECT 100.0 * sum(CASE WHEN Template_Type_Code = 'BK' THEN 1 ELSE 0 END) / count(*) FROM Templates"),
("cre_Doc_Template_Mgt", "filter-number", "Which templates are above version 5? Give the ID and version.",
 "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > 5"),

# ---------------- world_1
("world_1", "count", "How many countries are there in Europe?",
 "SELECT count(*) FROM country WHERE Continent = 'Europe'"),
("world_1", "join", "Which South American countries have Spanish as an official language?",
 "SELECT c.Name FROM country c JOIN countrylanguage l ON l.CountryCode = c.Code WHERE c.Continent = 'South America' AND l.Language = 'Spanish' AND l.IsOfficial = 'T'"),
("world_1", "filter-number", "List the countries with more than 100 million people and their populations.",
 "SELECT Name, Population FROM country WHERE Population > 100000000"),
("world_1", "aggregate", "What's the total population of Asia?",
 "SELECT sum(Population) FROM country WHERE Continent = 'Asia'"),
("world_1", "superlative", "Top 5 biggest cities by population - name and population.",
 "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5"),
("world_1", "group", "How many countries are on each continent?",
 "SELECT Continent, count(*) FROM country GROUP BY Continent"),
("world_1", "set", "Which countries have both English and French as official languages?",
 "SELECT c.Name FROM country c JOIN countrylanguage l ON l.CountryCode = c.Code WHERE l.Language = 'English' AND l.IsOfficial = 'T' INTERSECT SELECT c.Name FROM country c JOIN countrylanguage l ON l.CountryCode = c.Code WHERE l.Language = 'French' AND l.IsOfficial = 'T'"),
("world_1", "ratio", "What share of the world's population lives in Africa (%)?",
 "SELECT 100.0 * sum(CASE WHEN Continent = 'Africa' THEN Population ELSE 0 END) / sum(Population) FROM country"),
("world_1", "join", "What's the capital of Japan?",
 "SELECT ci.Name FROM country c JOIN city ci ON c.Capital = ci.ID WHERE c.Name = 'Japan'"),
("world_1", "filter-text", "Show me the Oceania countries and their life expectancy.",
 "SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Oceania'"),
]

ITEMS_B = [
# ---------------- car_1
("car_1", "count", "How many cars in the data are from model year 1980?",
 "SELECT count(*) FROM cars_data WHERE Year = 1980"),
("car_1", "filter-number", "Which cars have more than 200 horsepower? Give me the make names.",
 "SELECT n.Make FROM car_names n JOIN cars_data d ON d.Id = n.MakeId WHERE d.Horsepower <> 'null' AND CAST(d.Horsepower AS INTEGER) > 200"),
("car_1", "list", "Give me the car makers - short name and full name.",
 "SELECT Maker, FullName FROM car_makers"),
("car_1", "aggregate", "What's the average fuel economy (MPG) of the 8-cylinder cars?",
 "SELECT avg(CAST(MPG AS REAL)) FROM cars_data WHERE Cylinders = 8 AND MPG <> 'null'"),
("car_1", "superlative", "Which car is the heaviest?",
 "SELECT n.Make FROM car_names n JOIN cars_data d ON d.Id = n.MakeId ORDER BY d.Weight DESC LIMIT 1"),
("car_1", "group", "How many car makers does each country have? Only countries that have makers.",
 "SELECT c.CountryName, count(*) FROM car_makers m JOIN countries c ON CAST(m.Country AS INTEGER) = c.CountryId GROUP BY c.CountryName"),
("car_1", "join", "Which car makers are German? Full names please.",
 "SELECT m.FullName FROM car_makers m JOIN countries c ON CAST(m.Country AS INTEGER) = c.CountryId WHERE c.CountryName = 'germany'"),
("car_1", "set", "Which countries in the list have no car makers at all?",
 "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers)"),
("car_1", "ratio", "What percentage of the cars have 4 cylinders?",
 "SELECT 100.0 * sum(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / count(*) FROM cars_data"),
("car_1", "filter-text", "What model lines does General Motors make?",
 "SELECT l.Model FROM model_list l JOIN car_makers m ON l.Maker = m.Id WHERE m.FullName = 'General Motors'"),
("car_1", "superlative", "top 3 most fuel efficient cars by mpg - make and mpg",
 "SELECT n.Make, CAST(d.MPG AS REAL) FROM car_names n JOIN cars_data d ON d.Id = n.MakeId WHERE d.MPG <> 'null' ORDER BY CAST(d.MPG AS REAL) DESC LIMIT 3"),

# ---------------- course_teach
("course_teach", "count", "How many different courses currently have a teacher assigned?",
 "SELECT count(DISTINCT Course_ID) FROM course_arrange"),
("course_teach", "filter-number", "Which teachers are older than 35?",
 "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
("course_teach", "list", "List the courses and their start dates.",
 "SELECT Course, Staring_Date FROM course"),
("course_teach", "join", "Who teaches Math?",
 "SELECT t.Name FROM teacher t JOIN course_arrange a ON a.Teacher_ID = t.Teacher_ID JOIN course c ON c.Course_ID = a.Course_ID WHERE c.Course = 'Math'"),
("course_teach", "group", "How many courses is each teacher teaching? Name and number, for teachers who have any.",
 "SELECT t.Name, count(*) FROM teacher t JOIN course_arrange a ON a.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID, t.Name"),
("course_teach", "set", "Which teachers aren't teaching anything right now?",
 "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
("course_teach", "superlative", "who's our youngest teacher",
 "SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1"),
("course_teach", "aggregate", "What's the average age of the teachers?",
 "SELECT avg(CAST(Age AS INTEGER)) FROM teacher"),
("course_teach", "ratio", "What percentage of our courses have no teacher arranged?",
 "SELECT 100.0 * sum(CASE WHEN Course_ID NOT IN (SELECT Course_ID FROM course_arrange) THEN 1 ELSE 0 END) / count(*) FROM course"),
("course_teach", "filter-text", "Which teachers come from Bolton?",
 "SELECT Name FROM teacher WHERE Hometown LIKE '%Bolton%'"),

# ---------------- dog_kennels
("dog_kennels", "count", "How many of the dogs were abandoned?",
 "SELECT count(*) FROM Dogs WHERE abandoned_yn = '1'"),
("dog_kennels", "filter-text", "Which owners live in North Dakota? First and last names.",
 "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'"),
("dog_kennels", "list", "List our charge types and how much each one costs.",
 "SELECT charge_type, charge_amount FROM Charges"),
("dog_kennels", "aggregate", "How much have we spent on treatments altogether?",
 "SELECT sum(cost_of_treatment) FROM Treatments"),
("dog_kennels", "superlative", "Which professional has carried out the most treatments? First and last name.",
 "SELECT p.first_name, p.last_name FROM Professionals p JOIN Treatments t ON t.professional_id = p.professional_id GROUP BY p.professional_id, p.first_name, p.last_name ORDER BY count(*) DESC LIMIT 1"),
("dog_kennels", "group", "How many dogs do we have of each breed?",
 "SELECT b.breed_name, count(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code GROUP BY b.breed_name"),
("dog_kennels", "join", "List each dog's name with its owner's first and last name.",
 "SELECT d.name, o.first_name, o.last_name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id"),
("dog_kennels", "set", "Which professionals have never treated a dog?",
 "SELECT first_name, last_name FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)"),
("dog_kennels", "ratio", "What share of treatment spending went on vaccinations, in percent?",
 "SELECT 100.0 * sum(CASE WHEN treatment_type_code = 'VAC' THEN cost_of_treatment ELSE 0 END) / sum(cost_of_treatment) FROM Treatments"),
("dog_kennels", "filter-number", "Which dogs are older than 5? Show name and age.",
 "SELECT name, age FROM Dogs WHERE CAST(age AS INTEGER) > 5"),
("dog_kennels", "filter-text", "who are the vets on staff",
 "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'"),

# ---------------- flight_2
("flight_2", "count", "How many flights depart from Aberdeen?",
 "SELECT count(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'"),
("flight_2", "list", "List all the airlines with their abbreviations.",
 "SELECT Airline, Abbreviation FROM airlines"),
("flight_2", "filter-text", "What airports are there in Anchorage? Names and codes.",
 "SELECT TRIM(AirportName), AirportCode FROM airports WHERE TRIM(City) = 'Anchorage'"),
("flight_2", "superlative", "Which airline flies to the largest number of different destination airports?",
 "SELECT a.Airline FROM airlines a JOIN flights f ON f.Airline = a.uid GROUP BY a.uid, a.Airline ORDER BY count(DISTINCT TRIM(f.DestAirport)) DESC LIMIT 1"),
("flight_2", "group", "Number of flights per airline - airline name and count.",
 "SELECT a.Airline, count(*) FROM airlines a JOIN flights f ON f.Airline = a.uid GROUP BY a.uid, a.Airline"),
("flight_2", "join", "Which airlines fly into Abilene? Either Abilene airport counts.",
 "SELECT DISTINCT a.Airline FROM airlines a JOIN flights f ON f.Airline = a.uid JOIN airports p ON TRIM(f.DestAirport) = p.AirportCode WHERE TRIM(p.City) = 'Abilene'"),
("flight_2", "set", "Which airlines have flights out of both APG and CVO?",
 "SELECT a.Airline FROM airlines a JOIN flights f ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'APG' INTERSECT SELECT a.Airline FROM airlines a JOIN flights f ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'CVO'"),
("flight_2", "ratio", "What percentage of all flights does JetBlue operate?",
 "SELECT 100.0 * sum(CASE WHEN a.Airline = 'JetBlue Airways' THEN 1 ELSE 0 END) / count(*) FROM flights f JOIN airlines a ON f.Airline = a.uid"),
("flight_2", "aggregate", "On average, how many flights does an airline run?",
 "SELECT count(*) * 1.0 / count(DISTINCT Airline) FROM flights"),
("flight_2", "filter-number", "Which United Airlines flight numbers are below 100?",
 "SELECT f.FlightNo FROM flights f JOIN airlines a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' AND f.FlightNo < 100"),

# ---------------- network_1
("network_1", "count", "How many ninth graders are there?",
 "SELECT count(*) FROM Highschooler WHERE grade = 9"),
("network_1", "list", "names and grades of all the high schoolers",
 "SELECT name, grade FROM Highschooler"),
("network_1", "group", "How many students are in each grade?",
 "SELECT grade, count(*) FROM Highschooler GROUP BY grade"),
("network_1", "superlative", "Who has the most friends? Count a friendship whichever side it's recorded on.",
 "WITH f AS (SELECT student_id AS id FROM Friend UNION ALL SELECT friend_id FROM Friend), c AS (SELECT id, count(*) AS n FROM f GROUP BY id) SELECT h.name FROM Highschooler h JOIN c ON c.id = h.ID WHERE c.n = (SELECT max(n) FROM c)"),
("network_1", "join", "Who does Kyle like?",
 "SELECT h2.name FROM Likes l JOIN Highschooler h1 ON l.student_id = h1.ID JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h1.name = 'Kyle'"),
("network_1", "set", "Which students don't like anyone and aren't liked by anyone either?",
 "SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) AND ID NOT IN (SELECT liked_id FROM Likes)"),
("network_1", "ratio", "What percentage of the students are liked by at least one other student?",
 "SELECT 100.0 * count(DISTINCT liked_id) / (SELECT count(*) FROM Highschooler) FROM Likes"),
("network_1", "aggregate", "What's the average grade level of students who like someone?",
 "SELECT avg(grade) FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes)"),
("network_1", "filter-number", "Give me the students in 11th grade or above.",
 "SELECT name FROM Highschooler WHERE grade >= 11"),
("network_1", "filter-text", "What grade is Kyle in?",
 "SELECT grade FROM Highschooler WHERE name = 'Kyle'"),

# ---------------- pets_1
("pets_1", "count", "How many female students do we have?",
 "SELECT count(*) FROM Student WHERE Sex = 'F'"),
("pets_1", "filter-number", "Students over 25 - first and last names.",
 "SELECT Fname, LName FROM Student WHERE Age > 25"),
("pets_1", "aggregate", "What's the average weight of the pets?",
 "SELECT avg(weight) FROM Pets"),
("pets_1", "superlative", "Who is the oldest student?",
 "SELECT Fname, LName FROM Student WHERE Age = (SELECT max(Age) FROM Student)"),
("pets_1", "group", "How many students are there in each major?",
 "SELECT Major, count(*) FROM Student GROUP BY Major"),
("pets_1", "join", "Which students own a dog? First and last name.",
 "SELECT DISTINCT s.Fname, s.LName FROM Student s JOIN Has_Pet h ON h.StuID = s.StuID JOIN Pets p ON p.PetID = h.PetID WHERE p.PetType = 'dog'"),
("pets_1", "set", "How many students don't own any pet?",
 "SELECT count(*) FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)"),
("pets_1", "ratio", "What percentage of students have at least one pet?",
 "SELECT 100.0 * (SELECT count(DISTINCT StuID) FROM Has_Pet) / count(*) FROM Student"),
("pets_1", "filter-text", "Which students are from Baltimore?",
 "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'"),
("pets_1", "list", "For every pet, what type is it and how old?",
 "SELECT PetType, pet_age FROM Pets"),

# ---------------- real_estate_properties
("real_estate_properties", "count", "How many apartments do we have listed?",
 "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'"),
("real_estate_properties", "list", "Property names and number of rooms, please.",
 "SELECT property_name, room_count FROM Properties"),
("real_estate_properties", "filter-number", "which properties have more than 7 rooms",
 "SELECT property_name FROM Properties WHERE room_count > 7"),
("real_estate_properties", "aggregate", "What's the average agreed selling price for houses?",
 "SELECT avg(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'"),
("real_estate_properties", "superlative", "Which property had the highest asking price from the vendor?",
 "SELECT property_name FROM Properties ORDER BY vendor_requested_price DESC LIMIT 1"),
("real_estate_properties", "group", "How many properties are there of each type? Use the type description.",
 "SELECT t.property_type_description, count(*) FROM Properties p JOIN Ref_Property_Types t ON p.property_type_code = t.property_type_code GROUP BY t.property_type_description"),
("real_estate_properties", "join", "Which properties have a swimming pool?",
 "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features f ON f.property_id = p.property_id JOIN Other_Available_Features a ON a.feature_id = f.feature_id WHERE a.feature_name = 'Pool'"),
("real_estate_properties", "set", "Which properties don't have any extra features recorded?",
 "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)"),
("real_estate_properties", "ratio", "What percentage of properties sold for more than the vendor asked?",
 "SELECT 100.0 * sum(CASE WHEN agreed_selling_price > vendor_requested_price THEN 1 ELSE 0 END) / count(*) FROM Properties"),
("real_estate_properties", "filter-text", "Which properties are located in Iowa?",
 "SELECT property_name FROM Properties WHERE property_address LIKE '%, IA %'"),

# ---------------- student_transcripts_tracking
("student_transcripts_tracking", "count", "How many PhD programs are there?",
 "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'PHD'"),
("student_transcripts_tracking", "join", "Which departments offer a bachelor's degree?",
 "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs p ON p.department_id = d.department_id WHERE p.degree_summary_name = 'Bachelor'"),
("student_transcripts_tracking", "group", "Number of enrolments per semester - semester name and count, for semesters with enrolments.",
 "SELECT s.semester_name, count(*) FROM Student_Enrolment e JOIN Semesters s ON e.semester_id = s.semester_id GROUP BY s.semester_name"),
("student_transcripts_tracking", "superlative", "Which student has enrolled the most times? Give their full name (first, middle, last).",
 "WITH c AS (SELECT student_id, count(*) AS n FROM Student_Enrolment GROUP BY student_id) SELECT s.first_name, s.middle_name, s.last_name FROM Students s JOIN c ON c.student_id = s.student_id WHERE c.n = (SELECT max(n) FROM c)"),
("student_transcripts_tracking", "set", "Which courses has no student ever enrolled in?",
 "SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)"),
("student_transcripts_tracking", "aggregate", "When was the earliest transcript issued?",
 "SELECT min(transcript_date) FROM Transcripts"),
("student_transcripts_tracking", "ratio", "What percentage of students have a permanent address different from their current one?",
 "SELECT 100.0 * sum(CASE WHEN current_address_id <> permanent_address_id THEN 1 ELSE 0 END) / count(*) FROM Students"),
("student_transcripts_tracking", "count", "how many addresses are in kentucky",
 "SELECT count(*) FROM Addresses WHERE state_province_county = 'Kentucky'"),
("student_transcripts_tracking", "list", "I need each student's first name, last name and email.",
 "SELECT first_name, last_name, email_address FROM Students"),
("student_transcripts_tracking", "group", "Which courses have more than one section? Course names.",
 "SELECT c.course_name FROM Courses c JOIN Sections s ON s.course_id = c.course_id GROUP BY c.course_id, c.course_name HAVING count(*) > 1"),

# ---------------- voter_1
("voter_1", "count", "How many votes have been cast so far?",
 "SELECT count(*) FROM VOTES"),
("voter_1", "group", "Votes by state, please.",
 "SELECT TRIM(state, ' ' || char(10) || char(13)), count(*) FROM VOTES GROUP BY TRIM(state, ' ' || char(10) || char(13))"),
("voter_1", "superlative", "Which contestant has received the most votes?",
 "SELECT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number, c.contestant_name ORDER BY count(*) DESC LIMIT 1"),
("voter_1", "set", "Which contestants haven't got a single vote?",
 "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
("voter_1", "filter-text", "How many votes came from New Jersey?",
 "SELECT count(*) FROM VOTES WHERE TRIM(state, ' ' || char(10) || char(13)) = 'NJ'"),
("voter_1", "ratio", "What share of the votes went to Kelly Clauss, in percent?",
 "SELECT 100.0 * sum(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number"),
("voter_1", "join", "Which contestants got votes from New York?",
 "SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON v.contestant_number = c.contestant_number WHERE TRIM(v.state, ' ' || char(10) || char(13)) = 'NY'"),
("voter_1", "filter-number", "List the area codes above 900 and which state each is in.",
 "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900"),
("voter_1", "list", "Who are the contestants? Just the names.",
 "SELECT contestant_name FROM CONTESTANTS"),
("voter_1", "aggregate", "What's the lowest area code in California?",
 "SELECT min(area_code) FROM AREA_CODE_STATE WHERE state = 'CA'"),
]

# (db_id, question, why) - natural questions whose attribute no column holds.
UNANSWERABLE = [
("concert_singer", "What was the ticket price for the 2014 Auditions concert?",
 "No table records ticket prices or any revenue for concerts."),
("employee_hire_evaluation", "What is each employee's monthly salary?",
 "Only yearly bonuses are recorded (evaluation.Bonus); there is no salary column."),
("museum_visit", "Which city is the Plaza Museum in?",
 "The museum table holds name, staff count and opening year only - no location."),
("poker_player", "How many tournaments has each poker player entered?",
 "poker_player records final tables made, best finish, money rank and earnings, not tournaments entered."),
("singer", "What music genre does each singer perform?",
 "Neither singer nor song has a genre column."),
("world_1", "What is the unemployment rate in Germany?",
 "country has population, GNP, life expectancy etc. but no employment figures."),
("tvshow", "Which cartoon drew the biggest audience?",
 "Viewer numbers exist only for TV_series episodes; the Cartoon table has no audience or rating column."),
("orchestra", "How many musicians play in the London Symphony Orchestra?",
 "The orchestra table has no member or musician count."),
("battle_death", "How many soldiers fought at the Battle of Adrianople?",
 "battle records commanders and result only; troop strength is not recorded."),
("cre_Doc_Template_Mgt", "Who wrote the document 'Palm reading'?",
 "Documents have no author column."),
("car_1", "What was the sticker price of the 1970 chevrolet chevelle malibu?",
 "No table holds car prices."),
("flight_2", "What time does United Airlines flight 28 depart?",
 "flights holds airline, flight number and airports only - no schedule times."),
("dog_kennels", "What colour is each dog?",
 "Dogs records breed, size, age, weight, gender and dates but no coat colour."),
("pets_1", "What are the names of the students' pets?",
 "Pets has type, age and weight only; pets have no names."),
("real_estate_properties", "Who bought the property called 'park'?",
 "Properties records prices and dates but no buyer identity; there is no buyer table."),
("student_transcripts_tracking", "What grade did each student get in their courses?",
 "Transcripts and enrolment tables hold no grades or marks."),
("voter_1", "How old are the people who voted?",
 "VOTES records phone number, state, contestant and time only - no voter age."),
("course_teach", "How much does each teacher get paid?",
 "teacher has name, age and hometown only; no pay column."),
("network_1", "Which high school do these students attend?",
 "Highschooler has ID, name and grade only; no school is recorded."),
]


def run(db, sql):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def main():
    errors = []
    all_dbs = set(HALF_A) | set(HALF_B)
    items = []
    seen_q = set()
    for half, src in (("A", ITEMS_A), ("B", ITEMS_B)):
        for db, kind, question, query in src:
            dbs_half = HALF_A if half == "A" else HALF_B
            if db not in dbs_half:
                errors.append("%s not in half %s: %s" % (db, half, question))
            if kind not in KINDS:
                errors.append("bad kind %r: %s" % (kind, question))
            key = (db, question.strip().lower())
            if key in seen_q:
                errors.append("duplicate question: %s" % question)
            seen_q.add(key)
            try:
                rows = run(db, query)
            except Exception as e:  # noqa
                errors.append("SQL error on %s (%s): %s" % (db, e, query))
                continue
            if not rows or all(v is None for r in rows for v in r):
                errors.append("empty/NULL result on %s: %s" % (db, query))
            items.append({"db_id": db, "question": question, "query": query, "kind": kind})

    per_db = Counter(it["db_id"] for it in items)
    per_half = {"A": sum(per_db[d] for d in HALF_A), "B": sum(per_db[d] for d in HALF_B)}
    per_kind = Counter(it["kind"] for it in items)
    for h, n in per_half.items():
        if n < MIN_PER_HALF:
            errors.append("half %s has only %d items" % (h, n))
    for d in sorted(all_dbs):
        if per_db[d] < MIN_PER_DB:
            errors.append("db %s used only %d times" % (d, per_db[d]))
    for k in KINDS:
        if per_kind[k] == 0:
            errors.append("kind %s unused" % k)

    unans = []
    for db, question, why in UNANSWERABLE:
        if db not in all_dbs:
            errors.append("unknown db in unanswerable: %s" % db)
        if not os.path.exists(os.path.join(DB_ROOT, db, db + ".sqlite")):
            errors.append("missing database file: %s" % db)
        unans.append({"db_id": db, "question": question, "why": why})
    if len(unans) < MIN_UNANSWERABLE:
        errors.append("only %d unanswerable items" % len(unans))
    ua_halves = Counter("A" if u["db_id"] in HALF_A else "B" for u in unans)
    if ua_halves["A"] == 0 or ua_halves["B"] == 0:
        errors.append("unanswerable items not spread over both halves: %s" % dict(ua_halves))

    print("items: %d  half A: %d  half B: %d" % (len(items), per_half["A"], per_half["B"]))
    print("per kind:", dict(sorted(per_kind.items())))
    print("per db:")
    for d in HALF_A + HALF_B:
        print("  %-30s %s %d" % (d, "A" if d in HALF_A else "B", per_db[d]))
    print("unanswerable: %d  (A %d, B %d)" % (len(unans), ua_halves["A"], ua_halves["B"]))
    if errors:
        print("\nCHECKS FAILED - nothing written:")
        for e in errors:
            print("  -", e)
        return 1
    with open(os.path.join(HERE, "spider_v3.json"), "w", encoding="utf-8") as f:
        json.dump(items, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "spider_v3_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(unans, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("\nall checks passed; wrote spider_v3.json and spider_v3_unanswerable.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
