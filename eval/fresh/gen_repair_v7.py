#!/usr/bin/env python3
"""Held-out evaluation set (v7) for a schema/data/error-driven SQLite query repairer.

Cases are held as data below.  Running this script checks every case and the
class / dialect counts, and writes repair_v7.jsonl beside itself only if all
checks pass.
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
OUT = os.path.join(HERE, "repair_v7.jsonl")

HALF_A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
HALF_B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# Each case: (db_id, class, question, broken, correct, meta)
# meta: for unknown_column, "xtable" marks a column that exists on another table of the
# schema (not one used by the query); for dialect, "pg" / "tsql" / "mysql" plus the
# list of constructs used.
C = []


def add(db, cls, q, broken, correct, meta=None):
    C.append(dict(db_id=db, cls=cls, question=q, broken=broken, correct=correct, meta=meta or {}))


# ======================================================================= HALF A
# ---------------- unknown_column (10, 2 xtable)
add("concert_singer", "unknown_column", "What is the average age of singers from France?",
    "SELECT avg(Age) FROM singer WHERE Nationality = 'France'",
    "SELECT avg(Age) FROM singer WHERE Country = 'France'")
add("concert_singer", "unknown_column", "List the name and location of every stadium with a capacity above 5000.",
    "SELECT Stadium_Name, Location FROM stadium WHERE Capacity > 5000",
    "SELECT Name, Location FROM stadium WHERE Capacity > 5000")
add("world_1", "unknown_column", "What is the life expectancy in Japan?",
    "SELECT Life_Expectancy FROM country WHERE Name = 'Japan'",
    "SELECT LifeExpectancy FROM country WHERE Name = 'Japan'")
add("world_1", "unknown_column", "Which cities in the Netherlands have more than 200000 inhabitants?",
    "SELECT Name FROM city WHERE Country_Code = 'NLD' AND Population > 200000",
    "SELECT Name FROM city WHERE CountryCode = 'NLD' AND Population > 200000")
add("orchestra", "unknown_column", "Which orchestras were founded after 2006?",
    "SELECT Orchestra FROM orchestra WHERE Year_Founded > 2006",
    "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2006")
add("poker_player", "unknown_column", "What are the names of poker players who made more than 20 final tables?",
    "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Final_Tables_Made > 20",
    "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Final_Table_Made > 20")
add("museum_visit", "unknown_column", "Which museums have more than 20 staff members?",
    "SELECT Name FROM museum WHERE Num_Staff > 20",
    "SELECT Name FROM museum WHERE Num_of_Staff > 20")
add("tvshow", "unknown_column", "Which TV series episodes had more than 6 million viewers?",
    "SELECT Episode FROM TV_series WHERE CAST(Viewers AS REAL) > 6",
    "SELECT Episode FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6")
add("employee_hire_evaluation", "unknown_column", "Which distinct cities do the employees come from?",
    "SELECT DISTINCT Location FROM employee",
    "SELECT DISTINCT City FROM employee", {"xtable": True})
add("singer", "unknown_column", "What are the titles of the songs that reached the highest chart position 1?",
    "SELECT Name FROM song WHERE Highest_Position = 1",
    "SELECT Title FROM song WHERE Highest_Position = 1", {"xtable": True})

# ---------------- unknown_table (6)
add("world_1", "unknown_table", "How many languages are spoken in Aruba?",
    "SELECT count(*) FROM country_language AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Aruba'",
    "SELECT count(*) FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Aruba'")
add("concert_singer", "unknown_table", "How many concerts took place in 2014?",
    "SELECT count(*) FROM concerts WHERE Year = '2014'",
    "SELECT count(*) FROM concert WHERE Year = '2014'")
add("employee_hire_evaluation", "unknown_table", "What is the total bonus paid across all evaluations?",
    "SELECT sum(Bonus) FROM evaluations",
    "SELECT sum(Bonus) FROM evaluation")
add("museum_visit", "unknown_table", "What is the total amount spent by visitors over all museum visits?",
    "SELECT sum(Total_spent) FROM museum_visits",
    "SELECT sum(Total_spent) FROM visit")
add("cre_Doc_Template_Mgt", "unknown_table", "How many paragraphs does the document named 'Summer Show' have?",
    "SELECT count(*) FROM Paragraph AS T1 JOIN Document AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Summer Show'",
    "SELECT count(*) FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Summer Show'")
add("tvshow", "unknown_table", "How many TV channels broadcast in English?",
    "SELECT count(*) FROM tv_channels WHERE Language = 'English'",
    "SELECT count(*) FROM TV_Channel WHERE Language = 'English'")

# ---------------- ambiguous_column (6)
add("concert_singer", "ambiguous_column", "For each stadium that hosted concerts, give its id, name and number of concerts.",
    "SELECT Stadium_ID, T2.Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID",
    "SELECT T2.Stadium_ID, T2.Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID")
add("singer", "ambiguous_column", "List the singer id and song title for songs with sales over 500000.",
    "SELECT Singer_ID, Title FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID WHERE Sales > 500000",
    "SELECT singer.Singer_ID, Title FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID WHERE Sales > 500000")
add("world_1", "ambiguous_column", "Which European cities have more than 5 million inhabitants?",
    "SELECT Name FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Continent = 'Europe' AND city.Population > 5000000",
    "SELECT city.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Continent = 'Europe' AND city.Population > 5000000")
add("poker_player", "ambiguous_column", "Give the people id and nationality of poker players who earned more than 300000.",
    "SELECT People_ID, T1.Nationality FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 300000",
    "SELECT T1.People_ID, T1.Nationality FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 300000")
add("museum_visit", "ambiguous_column", "What are the names of visitors who visited a museum that opened after 2010, and the museum's name?",
    "SELECT T1.Name, T3.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE Open_Year > '2010' ORDER BY Museum_ID",
    "SELECT T1.Name, T3.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE Open_Year > '2010' ORDER BY T3.Museum_ID")
add("employee_hire_evaluation", "ambiguous_column", "Show the names of employees together with the name of the shop that hired them.",
    "SELECT T1.Name, Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID",
    "SELECT T1.Name, T3.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID")

# ---------------- wrong_qualifier (6)
add("concert_singer", "wrong_qualifier", "What are the names of singers who performed in a concert in 2014?",
    "SELECT DISTINCT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T2.concert_ID = T3.concert_ID WHERE T1.Year = '2014'",
    "SELECT DISTINCT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T2.concert_ID = T3.concert_ID WHERE T3.Year = '2014'")
add("world_1", "wrong_qualifier", "Which countries have Dutch as an official language?",
    "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Language = 'Dutch' AND T2.IsOfficial = 'T'",
    "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'Dutch' AND T2.IsOfficial = 'T'")
add("orchestra", "wrong_qualifier", "Which conductors lead orchestras recording for Decca Records, and which orchestras?",
    "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Record_Company = 'Decca Records'",
    "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Record_Company = 'Decca Records'")
add("singer", "wrong_qualifier", "What are the titles of songs by singers with United States citizenship?",
    "SELECT song.Title FROM song JOIN singer ON song.Singer_ID = singer.Singer_ID WHERE song.Citizenship = 'United States'",
    "SELECT song.Title FROM song JOIN singer ON song.Singer_ID = singer.Singer_ID WHERE singer.Citizenship = 'United States'")
add("battle_death", "wrong_qualifier", "What are the names and results of battles in which a ship of type Brig was lost?",
    "SELECT DISTINCT T2.name, T2.result FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id WHERE T2.ship_type = 'Brig'",
    "SELECT DISTINCT T2.name, T2.result FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id WHERE T1.ship_type = 'Brig'")
add("employee_hire_evaluation", "wrong_qualifier", "What are the names of employees who were hired full time?",
    "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T1.Is_full_time = 'T'",
    "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Is_full_time = 'T'")

# ---------------- dialect (10: pg 4, tsql 4, mysql 2)
add("world_1", "dialect", "Which countries have a name starting with 'united', ignoring case?",
    "SELECT Name FROM country WHERE Name ILIKE 'united%'",
    "SELECT Name FROM country WHERE Name LIKE 'united%'",
    {"family": "pg", "constructs": ["ILIKE"]})
add("singer", "dialect", "What is the average net worth of singers, rounded to 2 decimal places, for each citizenship?",
    "SELECT Citizenship, ROUND(AVG(Net_Worth_Millions)::numeric, 2) AS avg_worth FROM singer GROUP BY Citizenship",
    "SELECT Citizenship, ROUND(AVG(Net_Worth_Millions), 2) AS avg_worth FROM singer GROUP BY Citizenship",
    {"family": "pg", "constructs": ["::numeric cast", "ROUND(numeric, n)"]})
add("concert_singer", "dialect", "Which three singers have the most recent song release years, and what are those years as numbers?",
    "SELECT Name, Song_release_year::int AS release_year FROM singer ORDER BY release_year DESC FETCH FIRST 3 ROWS ONLY",
    "SELECT Name, CAST(Song_release_year AS INTEGER) AS release_year FROM singer ORDER BY release_year DESC LIMIT 3",
    {"family": "pg", "constructs": ["::int cast", "FETCH FIRST n ROWS ONLY"]})
add("battle_death", "dialect", "Which battles have a name beginning with 'Battle of R' (case-sensitive)?",
    "SELECT name, date FROM battle WHERE name ~ '^Battle of R'",
    "SELECT name, date FROM battle WHERE name GLOB 'Battle of R*'",
    {"family": "pg", "constructs": ["~ regex match"]})
add("world_1", "dialect", "List the five most populous countries in Oceania with their independence year, showing 0 when it is unknown.",
    "SELECT TOP 5 Name, ISNULL(IndepYear, 0) AS indep FROM country WHERE Continent = 'Oceania' ORDER BY Population DESC",
    "SELECT Name, IFNULL(IndepYear, 0) AS indep FROM country WHERE Continent = 'Oceania' ORDER BY Population DESC LIMIT 5",
    {"family": "tsql", "constructs": ["TOP n", "ISNULL(x, y)"]})
add("poker_player", "dialect", "Which people were born before 1985, judging by the year at the end of their birth date?",
    "SELECT Name FROM people WHERE CAST(RIGHT(Birth_Date, 4) AS INT) < 1985",
    "SELECT Name FROM people WHERE CAST(substr(Birth_Date, -4) AS INTEGER) < 1985",
    {"family": "tsql", "constructs": ["RIGHT(s, n)", "CAST AS INT"]})
add("museum_visit", "dialect", "Ordering museums by staff size from largest, skip the first museum and list the next three.",
    "SELECT Name, Num_of_Staff FROM museum ORDER BY Num_of_Staff DESC OFFSET 1 ROWS FETCH NEXT 3 ROWS ONLY",
    "SELECT Name, Num_of_Staff FROM museum ORDER BY Num_of_Staff DESC LIMIT 3 OFFSET 1",
    {"family": "tsql", "constructs": ["OFFSET n ROWS FETCH NEXT m ROWS ONLY"]})
add("cre_Doc_Template_Mgt", "dialect", "Which templates became effective before the year 2000, and on what date (yyyy-mm-dd)?",
    "SELECT Template_ID, CONVERT(VARCHAR(10), Date_Effective_From, 120) AS effective_date FROM Templates WHERE YEAR(Date_Effective_From) < 2000",
    "SELECT Template_ID, date(Date_Effective_From) AS effective_date FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) < 2000",
    {"family": "tsql", "constructs": ["CONVERT(VARCHAR(10), d, 120)", "YEAR(d)"]})
add("orchestra", "dialect", "For each nationality, list the names of its conductors joined with ', '.",
    "SELECT Nationality, GROUP_CONCAT(Name SEPARATOR ', ') AS conductors FROM conductor GROUP BY Nationality",
    "SELECT Nationality, group_concat(Name, ', ') AS conductors FROM conductor GROUP BY Nationality",
    {"family": "mysql", "constructs": ["GROUP_CONCAT(... SEPARATOR ...)"]})
add("world_1", "dialect", "Which countries have a name ending in 'stan', and is each one large (over 10 million people) or small?",
    "SELECT Name, IF(Population > 10000000, 'large', 'small') AS size FROM country WHERE Name REGEXP 'stan$'",
    "SELECT Name, CASE WHEN Population > 10000000 THEN 'large' ELSE 'small' END AS size FROM country WHERE Name LIKE '%stan'",
    {"family": "mysql", "constructs": ["IF(cond, a, b)", "REGEXP"]})

# ---------------- wrapping (5)
add("concert_singer", "wrapping", "How many singers are there?",
    "```sql\nSELECT count(*) FROM singer\n```",
    "SELECT count(*) FROM singer")
add("world_1", "wrapping", "What are the names of countries in Asia with a population above 100 million?",
    "Here is the SQL query:\n\n```sql\nSELECT Name FROM country WHERE Continent = 'Asia' AND Population > 100000000\n```\n\nThis query filters the country table by continent and population.",
    "SELECT Name FROM country WHERE Continent = 'Asia' AND Population > 100000000")
add("orchestra", "wrapping", "How many conductors are there of each nationality?",
    "SQL: SELECT Nationality, count(*) FROM conductor GROUP BY Nationality",
    "SELECT Nationality, count(*) FROM conductor GROUP BY Nationality")
add("tvshow", "wrapping", "What are the titles of cartoons directed by Ben Jones?",
    "<sql>SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'</sql>",
    "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'")
add("battle_death", "wrapping", "What is the total number of people killed by each ship?",
    "SELECT T1.name, sum(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id;\n\nExplanation: the death table is joined to ship on caused_by_ship_id and the killed counts are summed per ship.",
    "SELECT T1.name, sum(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id;")

# ---------------- value_literal (7)
add("world_1", "value_literal", "What are the official languages of Aruba?",
    "SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Aruba' AND T1.IsOfficial = 'Yes'",
    "SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Aruba' AND T1.IsOfficial = 'T'")
add("concert_singer", "value_literal", "What are the names of the male singers?",
    "SELECT Name FROM singer WHERE Is_male = 1",
    "SELECT Name FROM singer WHERE Is_male = 'T'")
add("world_1", "value_literal", "Which US cities have more than one million inhabitants?",
    "SELECT Name FROM city WHERE CountryCode = 'US' AND Population > 1000000",
    "SELECT Name FROM city WHERE CountryCode = 'USA' AND Population > 1000000")
add("orchestra", "value_literal", "What are the names of conductors from the United States?",
    "SELECT Name FROM conductor WHERE Nationality = 'United States'",
    "SELECT Name FROM conductor WHERE Nationality = 'USA'")
add("poker_player", "value_literal", "What are the earnings of Russian poker players?",
    "SELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Russian'",
    "SELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Russia'")
add("battle_death", "value_literal", "Which battles ended in a Bulgarian victory?",
    "SELECT name FROM battle WHERE result = 'Bulgarian Victory'",
    "SELECT name FROM battle WHERE result = 'Bulgarian victory'")
add("cre_Doc_Template_Mgt", "value_literal", "What are the ids and version numbers of presentation templates?",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'Presentation'",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'")

# ======================================================================= HALF B
# ---------------- unknown_column (10, 2 xtable)
add("car_1", "unknown_column", "In which years were cars made with an acceleration above 20?",
    "SELECT DISTINCT Year FROM cars_data WHERE Acceleration > 20",
    "SELECT DISTINCT Year FROM cars_data WHERE Accelerate > 20")
add("car_1", "unknown_column", "What are the full names of all car makers?",
    "SELECT Full_Name FROM car_makers",
    "SELECT FullName FROM car_makers")
add("course_teach", "unknown_column", "Which teachers come from Little Lever Urban District?",
    "SELECT Name FROM teacher WHERE Home_Town = 'Little Lever Urban District'",
    "SELECT Name FROM teacher WHERE Hometown = 'Little Lever Urban District'")
add("course_teach", "unknown_column", "List every course with its starting date.",
    "SELECT Course, Starting_Date FROM course",
    "SELECT Course, Staring_Date FROM course")
add("dog_kennels", "unknown_column", "What are the names and birth dates of the dogs?",
    "SELECT name, birth_date FROM Dogs",
    "SELECT name, date_of_birth FROM Dogs")
add("flight_2", "unknown_column", "List each airline with its abbreviation.",
    "SELECT Airline, Abbrev FROM airlines",
    "SELECT Airline, Abbreviation FROM airlines")
add("network_1", "unknown_column", "What are the names of high schoolers in grade 10?",
    "SELECT name FROM Highschooler WHERE grade_level = 10",
    "SELECT name FROM Highschooler WHERE grade = 10")
add("student_transcripts_tracking", "unknown_column", "What are the first names and mobile numbers of all students?",
    "SELECT first_name, cell_phone FROM Students",
    "SELECT first_name, cell_mobile_number FROM Students")
add("pets_1", "unknown_column", "What is the average age of each type of pet?",
    "SELECT PetType, avg(age) FROM Pets GROUP BY PetType",
    "SELECT PetType, avg(pet_age) FROM Pets GROUP BY PetType", {"xtable": True})
add("real_estate_properties", "unknown_column", "What are the names and property types of properties with more than 5 rooms?",
    "SELECT property_name, property_type_description FROM Properties WHERE room_count > 5",
    "SELECT property_name, property_type_code FROM Properties WHERE room_count > 5", {"xtable": True})

# ---------------- unknown_table (6)
add("car_1", "unknown_table", "How many car makers are there?",
    "SELECT count(*) FROM car_maker",
    "SELECT count(*) FROM car_makers")
add("course_teach", "unknown_table", "Show the names of teachers and the courses they are arranged to teach.",
    "SELECT T3.Name, T2.Course FROM course_arrangement AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
    "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID")
add("dog_kennels", "unknown_table", "What is the total cost of all treatments?",
    "SELECT sum(cost_of_treatment) FROM Treatment",
    "SELECT sum(cost_of_treatment) FROM Treatments")
add("network_1", "unknown_table", "How many friends does each student have, by student id?",
    "SELECT student_id, count(*) FROM Friends GROUP BY student_id",
    "SELECT student_id, count(*) FROM Friend GROUP BY student_id")
add("student_transcripts_tracking", "unknown_table", "How many enrolments does each student have?",
    "SELECT student_id, count(*) FROM Student_Enrollment GROUP BY student_id",
    "SELECT student_id, count(*) FROM Student_Enrolment GROUP BY student_id")
add("real_estate_properties", "unknown_table", "What are the descriptions of all property types?",
    "SELECT property_type_description FROM Property_Types",
    "SELECT property_type_description FROM Ref_Property_Types")

# ---------------- ambiguous_column (6)
add("pets_1", "ambiguous_column", "What are the ids of students who own a cat?",
    "SELECT StuID FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE Pets.PetType = 'cat'",
    "SELECT Student.StuID FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE Pets.PetType = 'cat'")
add("dog_kennels", "ambiguous_column", "List each owner's id and first name along with the names of their dogs.",
    "SELECT owner_id, T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id",
    "SELECT T1.owner_id, T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id")
add("car_1", "ambiguous_column", "List each country name together with the name of its continent.",
    "SELECT CountryName, Continent FROM countries JOIN continents ON countries.Continent = continents.ContId",
    "SELECT CountryName, continents.Continent FROM countries JOIN continents ON countries.Continent = continents.ContId")
add("flight_2", "ambiguous_column", "Which airlines operate a flight with flight number 28?",
    "SELECT Airline FROM airlines JOIN flights ON airlines.uid = flights.Airline WHERE flights.FlightNo = 28",
    "SELECT airlines.Airline FROM airlines JOIN flights ON airlines.uid = flights.Airline WHERE flights.FlightNo = 28")
add("student_transcripts_tracking", "ambiguous_column", "Show the student id and first name of students enrolled in semester 2.",
    "SELECT DISTINCT student_id, T1.first_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T2.semester_id = 2",
    "SELECT DISTINCT T1.student_id, T1.first_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T2.semester_id = 2")
add("course_teach", "ambiguous_column", "List the id and name of every course that has been arranged with a teacher.",
    "SELECT DISTINCT Course_ID, T1.Course FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID",
    "SELECT DISTINCT T1.Course_ID, T1.Course FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID")

# ---------------- wrong_qualifier (6)
add("course_teach", "wrong_qualifier", "Which teachers teach grade 1 and which course do they teach?",
    "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T2.Grade = 1",
    "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T1.Grade = 1")
add("network_1", "wrong_qualifier", "What are the names of the friends of the student with id 1510?",
    "SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T2.student_id = 1510",
    "SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T1.student_id = 1510")
add("dog_kennels", "wrong_qualifier", "Which dogs received a vaccination and what did it cost?",
    "SELECT T1.name, T2.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T1.treatment_type_code = 'VAC'",
    "SELECT T1.name, T2.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = 'VAC'")
add("car_1", "wrong_qualifier", "Which car models have 3 cylinders?",
    "SELECT T1.Model FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T1.Cylinders = 3",
    "SELECT T1.Model FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Cylinders = 3")
add("voter_1", "wrong_qualifier", "Which contestants received votes from California?",
    "SELECT CONTESTANTS.contestant_name FROM CONTESTANTS JOIN VOTES ON CONTESTANTS.contestant_number = VOTES.contestant_number WHERE CONTESTANTS.state = 'CA'",
    "SELECT CONTESTANTS.contestant_name FROM CONTESTANTS JOIN VOTES ON CONTESTANTS.contestant_number = VOTES.contestant_number WHERE VOTES.state = 'CA'")
add("student_transcripts_tracking", "wrong_qualifier", "Which students currently live at an address in Gabon?",
    "SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T1.country = 'Gabon'",
    "SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.country = 'Gabon'")

# ---------------- dialect (10: pg 4, tsql 3, mysql 3)
add("dog_kennels", "dialect", "Which dogs departed more than 200 days after they arrived?",
    "SELECT name FROM Dogs WHERE date_departed - date_arrived > INTERVAL '200 days'",
    "SELECT name FROM Dogs WHERE julianday(date_departed) - julianday(date_arrived) > 200",
    {"family": "pg", "constructs": ["timestamp subtraction", "INTERVAL literal"]})
add("real_estate_properties", "dialect", "Which properties went on the market in the 1990s?",
    "SELECT property_name, date_on_market FROM Properties WHERE EXTRACT(YEAR FROM date_on_market) BETWEEN 1990 AND 1999",
    "SELECT property_name, date_on_market FROM Properties WHERE CAST(strftime('%Y', date_on_market) AS INTEGER) BETWEEN 1990 AND 1999",
    {"family": "pg", "constructs": ["EXTRACT(YEAR FROM d)"]})
add("car_1", "dialect", "Which car makers have 'motor' somewhere in their full name, in any letter case?",
    "SELECT Maker, FullName FROM car_makers WHERE FullName ~* 'motor'",
    "SELECT Maker, FullName FROM car_makers WHERE FullName LIKE '%motor%'",
    {"family": "pg", "constructs": ["~* case-insensitive regex"]})
add("student_transcripts_tracking", "dialect", "What is the e-mail domain (the part after '@') of each student?",
    "SELECT first_name, SUBSTRING(email_address FROM POSITION('@' IN email_address) + 1) AS domain FROM Students",
    "SELECT first_name, substr(email_address, instr(email_address, '@') + 1) AS domain FROM Students",
    {"family": "pg", "constructs": ["SUBSTRING(s FROM n)", "POSITION(x IN s)"]})
add("pets_1", "dialect", "Who are the three oldest students? Give their full names and ages.",
    "SELECT TOP 3 Fname + ' ' + LName AS full_name, Age FROM Student ORDER BY Age DESC",
    "SELECT Fname || ' ' || LName AS full_name, Age FROM Student ORDER BY Age DESC LIMIT 3",
    {"family": "tsql", "constructs": ["TOP n", "+ string concatenation"]})
add("dog_kennels", "dialect", "Which dogs were adopted in a calendar year at least 8 years after the year they were born?",
    "SELECT name FROM Dogs WHERE DATEDIFF(year, date_of_birth, date_adopted) >= 8",
    "SELECT name FROM Dogs WHERE CAST(strftime('%Y', date_adopted) AS INTEGER) - CAST(strftime('%Y', date_of_birth) AS INTEGER) >= 8",
    {"family": "tsql", "constructs": ["DATEDIFF(year, a, b)"]})
add("flight_2", "dialect", "Which airlines have 'Air' in their name?",
    "SELECT Airline FROM airlines WHERE CHARINDEX('Air', Airline) > 0",
    "SELECT Airline FROM airlines WHERE Airline LIKE '%Air%'",
    {"family": "tsql", "constructs": ["CHARINDEX(sub, s)"]})
add("voter_1", "dialect", "How many votes were cast in each hour of the day?",
    "SELECT DATE_FORMAT(created, '%H') AS hr, COUNT(*) FROM VOTES GROUP BY hr",
    "SELECT strftime('%H', created) AS hr, COUNT(*) FROM VOTES GROUP BY hr",
    {"family": "mysql", "constructs": ["DATE_FORMAT(d, fmt)"]})
add("car_1", "dialect", "How many cars were made in each decade?",
    "SELECT (Year DIV 10) * 10 AS decade, COUNT(*) FROM cars_data GROUP BY decade",
    "SELECT (Year / 10) * 10 AS decade, COUNT(*) FROM cars_data GROUP BY decade",
    {"family": "mysql", "constructs": ["DIV integer division"]})
add("dog_kennels", "dialect", "For each professional, show the user part of their e-mail address followed by their last name.",
    "SELECT CONCAT(SUBSTRING_INDEX(email_address, '@', 1), ' ', last_name) AS label FROM Professionals",
    "SELECT CASE WHEN instr(email_address, '@') > 0 THEN substr(email_address, 1, instr(email_address, '@') - 1) ELSE email_address END || ' ' || last_name AS label FROM Professionals",
    {"family": "mysql", "constructs": ["SUBSTRING_INDEX(s, d, n)", "CONCAT(...)"]})

# ---------------- wrapping (5)
add("car_1", "wrapping", "How many car models are there?",
    "```\nSELECT count(*) FROM model_list\n```",
    "SELECT count(*) FROM model_list")
add("pets_1", "wrapping", "What is the average weight of each pet type?",
    "Answer:\nSELECT PetType, avg(weight) FROM Pets GROUP BY PetType",
    "SELECT PetType, avg(weight) FROM Pets GROUP BY PetType")
add("voter_1", "wrapping", "How many votes did each state cast?",
    "Query: `SELECT state, count(*) FROM VOTES GROUP BY state`",
    "SELECT state, count(*) FROM VOTES GROUP BY state")
add("network_1", "wrapping", "How many high schoolers are there in each grade?",
    "<answer>\nSELECT grade, count(*) FROM Highschooler GROUP BY grade\n</answer>",
    "SELECT grade, count(*) FROM Highschooler GROUP BY grade")
add("course_teach", "wrapping", "What are the names of teachers older than 35?",
    "To answer this we only need the teacher table, filtering on age.\n\nSELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35\n\nThis returns the name of every teacher whose age is above 35.",
    "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35")

# ---------------- value_literal (7)
add("car_1", "value_literal", "What are the full names of car makers from the USA?",
    "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'USA'",
    "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'usa'")
add("dog_kennels", "value_literal", "What are the names of the dogs that were abandoned?",
    "SELECT name FROM Dogs WHERE abandoned_yn = 'Y'",
    "SELECT name FROM Dogs WHERE abandoned_yn = '1'")
add("dog_kennels", "value_literal", "What are the names of the large dogs?",
    "SELECT name FROM Dogs WHERE size_code = 'Large'",
    "SELECT name FROM Dogs WHERE size_code = 'LGE'")
add("pets_1", "value_literal", "What are the ids and weights of the dogs kept as pets?",
    "SELECT PetID, weight FROM Pets WHERE PetType = 'Dog'",
    "SELECT PetID, weight FROM Pets WHERE PetType = 'dog'")
add("voter_1", "value_literal", "Which contestants received votes from New York?",
    "SELECT DISTINCT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'New York'",
    "SELECT DISTINCT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'NY'")
add("student_transcripts_tracking", "value_literal", "What are the ids and descriptions of the PhD degree programs?",
    "SELECT degree_program_id, degree_summary_description FROM Degree_Programs WHERE degree_summary_name = 'PhD'",
    "SELECT degree_program_id, degree_summary_description FROM Degree_Programs WHERE degree_summary_name = 'PHD'")
add("flight_2", "value_literal", "How many flights does JetBlue operate from each source airport?",
    "SELECT T2.SourceAirport, count(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T1.Airline = 'JetBlue' GROUP BY T2.SourceAirport",
    "SELECT T2.SourceAirport, count(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T1.Airline = 'JetBlue Airways' GROUP BY T2.SourceAirport")


# ======================================================================= checks
EXPECTED = {"unknown_column": 20, "unknown_table": 12, "ambiguous_column": 12, "wrong_qualifier": 12,
            "dialect": 20, "wrapping": 10, "value_literal": 14}
EXPECTED_DIALECT = {"pg": 8, "tsql": 7, "mysql": 5}


def load_schema():
    with open(TABLES_JSON) as f:
        tj = json.load(f)
    out = {}
    for d in tj:
        tabs = [t.lower() for t in d["table_names_original"]]
        cols = {t: set() for t in tabs}
        for ti, cn in d["column_names_original"]:
            if ti >= 0:
                cols[tabs[ti]].add(cn.lower())
        out[d["db_id"]] = cols
    return out


def run(db, sql):
    con = sqlite3.connect(f"file:{DB_ROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def err_of(db, sql):
    try:
        run(db, sql)
        return None
    except sqlite3.Error as e:
        return str(e)


def query_tables(sql, schema):
    names = re.findall(r'\b(?:FROM|JOIN)\s+[`"\[]?(\w+)', sql, re.I)
    return {n.lower() for n in names}


def main():
    schema = load_schema()
    problems = []
    assert sqlite3.sqlite_version.startswith("3.40"), sqlite3.sqlite_version
    cls_counts = Counter(c["cls"] for c in C)
    fam_counts = Counter(c["meta"].get("family") for c in C if c["cls"] == "dialect")
    for half, dbs in (("A", HALF_A), ("B", HALF_B)):
        n = sum(1 for c in C if c["db_id"] in dbs)
        if n != 50:
            problems.append(f"half {half} has {n} cases")
        hc = Counter(c["cls"] for c in C if c["db_id"] in dbs)
        for k, v in EXPECTED.items():
            if hc[k] * 2 != v:
                problems.append(f"half {half}: {k} has {hc[k]}, expected {v // 2}")
        xt = sum(1 for c in C if c["db_id"] in dbs and c["meta"].get("xtable"))
        if xt != 2:
            problems.append(f"half {half}: {xt} xtable unknown_column cases")
    if dict(cls_counts) != EXPECTED:
        problems.append(f"class counts {dict(cls_counts)}")
    if dict(fam_counts) != EXPECTED_DIALECT:
        problems.append(f"dialect family counts {dict(fam_counts)}")
    seen = set()
    for i, c in enumerate(C):
        db, cls, b, g = c["db_id"], c["cls"], c["broken"], c["correct"]
        tag = f"#{i} {db} {cls}"
        if db not in HALF_A + HALF_B:
            problems.append(f"{tag}: db not allowed")
            continue
        if (db, b) in seen:
            problems.append(f"{tag}: duplicate broken")
        seen.add((db, b))
        if b.strip() == g.strip():
            problems.append(f"{tag}: broken == correct")
        # correct query
        try:
            rows = run(db, g)
        except sqlite3.Error as e:
            problems.append(f"{tag}: correct fails: {e}")
            continue
        if not rows or all(v is None for r in rows for v in r):
            problems.append(f"{tag}: correct empty/all-NULL: {rows}")
        cols = schema[db]
        allcols = set().union(*cols.values())
        e = err_of(db, b)
        if cls == "value_literal":
            if e is not None:
                problems.append(f"{tag}: broken errors: {e}")
            elif run(db, b):
                problems.append(f"{tag}: broken returns rows")
            continue
        if e is None:
            problems.append(f"{tag}: broken does not fail")
            continue
        if cls == "wrapping":
            if " ".join(g.split()) not in " ".join(b.split()):
                problems.append(f"{tag}: correct not inside wrapper")
            continue
        if cls == "dialect":
            # a T-SQL date-part keyword (DATEDIFF(year, ...)) legitimately surfaces as a column
            if re.match(r"no such table|ambiguous", e) or (
                    e.startswith("no such column") and not re.match(
                        r"no such column: (year|yy|yyyy|month|mm|day|dd|hour|minute|second)$", e, re.I)):
                problems.append(f"{tag}: dialect error looks schema-related: {e}")
            c["err"] = e
            continue
        c["err"] = e
        if cls == "unknown_table":
            m = re.match(r"no such table: (\w+)$", e)
            if not m or m.group(1).lower() in cols:
                problems.append(f"{tag}: bad error {e}")
        elif cls == "ambiguous_column":
            m = re.match(r"ambiguous column name: (\w+)$", e)
            if not m:
                problems.append(f"{tag}: bad error {e}")
            else:
                col = m.group(1).lower()
                n = sum(1 for t in query_tables(b, cols) if col in cols.get(t, ()))
                if n < 2:
                    problems.append(f"{tag}: {col} in {n} query tables")
        elif cls in ("unknown_column", "wrong_qualifier"):
            m = re.match(r"no such column: (?:(\w+)\.)?(\w+)$", e)
            if not m:
                problems.append(f"{tag}: bad error {e}")
                continue
            qual, col = m.group(1), m.group(2).lower()
            qt = query_tables(b, cols)
            if cls == "unknown_column":
                if any(col in cols.get(t, ()) for t in qt):
                    problems.append(f"{tag}: {col} exists in a query table")
                if c["meta"].get("xtable") and col not in allcols:
                    problems.append(f"{tag}: xtable column {col} not in schema")
                if not c["meta"].get("xtable") and col in allcols:
                    problems.append(f"{tag}: column {col} exists in schema but not marked xtable")
            else:
                if qual is None:
                    problems.append(f"{tag}: wrong_qualifier error lacks qualifier")
                if sum(1 for t in qt if col in cols.get(t, ())) < 1:
                    problems.append(f"{tag}: {col} not in any query table")
    if problems:
        print("CHECKS FAILED:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    with open(OUT, "w") as f:
        for c in C:
            f.write(json.dumps({"db_id": c["db_id"], "class": c["cls"], "question": c["question"],
                                "broken": c["broken"], "correct": c["correct"]}) + "\n")
    print(f"all checks passed; wrote {len(C)} cases to {OUT}")
    print("classes:", dict(cls_counts))
    print("dialect families:", dict(fam_counts))
    for c in C:
        if c["cls"] == "dialect":
            print(f"  {c['meta']['family']:5} {c['db_id']:30} {', '.join(c['meta']['constructs']):45} | {c['err']}")


if __name__ == "__main__":
    main()
