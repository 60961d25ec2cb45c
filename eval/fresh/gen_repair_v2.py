#!/usr/bin/env python3
"""Blind SQL-repair cases over the Spider databases (v2, folder R).

Each case: a query a language model might write for `question`, broken in one
realistic way (`broken`), and the query it should have been (`correct`).
Run:  python3 gen_repair_v2.py [spider_database_dir]
Writes repair_v2.jsonl beside this script only if every check passes.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/spider/database"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "repair_v2.jsonl")

EXPECTED = {
    "unknown_column": 20,
    "unknown_table": 12,
    "ambiguous_column": 12,
    "wrong_qualifier": 12,
    "dialect": 20,
    "wrapping": 10,
    "value_literal": 14,
}

CASES = []


def C(db, cls, question, broken, correct, note=None):
    d = {"db_id": db, "class": cls, "question": question, "broken": broken, "correct": correct}
    if note:
        d["_note"] = note  # validation-only metadata (dialect family); not written out
    CASES.append(d)


# ---------------------------------------------------------------- unknown_column (20)
U = "unknown_column"
C("pets_1", U, "Give the first and last names of students older than 20.",
  "SELECT Fname, surname FROM Student WHERE Age > 20",
  "SELECT Fname, LName FROM Student WHERE Age > 20")
C("world_1", U, "Which countries have a life expectancy above 80?",
  "SELECT Name FROM country WHERE life_expectancy > 80",
  "SELECT Name FROM country WHERE LifeExpectancy > 80")
C("car_1", U, "What is the average acceleration of 4-cylinder cars?",
  "SELECT AVG(Acceleration) FROM cars_data WHERE Cylinders = 4",
  "SELECT AVG(Accelerate) FROM cars_data WHERE Cylinders = 4")
C("dog_kennels", U, "List the names and birth dates of all bulldogs.",
  "SELECT name, dob FROM Dogs WHERE breed_code = 'BUL'",
  "SELECT name, date_of_birth FROM Dogs WHERE breed_code = 'BUL'")
C("employee_hire_evaluation", U, "Which shop has the most products?",
  "SELECT Name FROM shop ORDER BY num_products DESC LIMIT 1",
  "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 1")
C("employee_hire_evaluation", U, "What is the total amount of bonuses awarded?",
  "SELECT SUM(bonus_amount) FROM evaluation",
  "SELECT SUM(Bonus) FROM evaluation")
C("museum_visit", U, "Which museums have more than 20 staff?",
  "SELECT Name FROM museum WHERE staff_count > 20",
  "SELECT Name FROM museum WHERE Num_of_Staff > 20")
C("orchestra", U, "Which conductor has worked the most years?",
  "SELECT Name FROM conductor ORDER BY years_of_work DESC LIMIT 1",
  "SELECT Name FROM conductor ORDER BY Year_of_Work DESC LIMIT 1")
C("singer", U, "Which singers are US citizens?",
  "SELECT Name FROM singer WHERE nationality = 'United States'",
  "SELECT Name FROM singer WHERE Citizenship = 'United States'")
C("concert_singer", U, "Which singers released their song after 2010, and what is the song?",
  "SELECT Name, Song_Name FROM singer WHERE release_year > '2010'",
  "SELECT Name, Song_Name FROM singer WHERE Song_release_year > '2010'")
C("poker_player", U, "What are the average earnings of poker players?",
  "SELECT AVG(winnings) FROM poker_player",
  "SELECT AVG(Earnings) FROM poker_player")
C("tvshow", U, "Which cartoons were directed by Ben Jones?",
  "SELECT Title FROM Cartoon WHERE director = 'Ben Jones'",
  "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'")
C("student_transcripts_tracking", U, "Who was the first student to register? Give the full name.",
  "SELECT first_name, middle_name, last_name FROM Students ORDER BY registration_date LIMIT 1",
  "SELECT first_name, middle_name, last_name FROM Students ORDER BY date_first_registered LIMIT 1")
C("voter_1", U, "List the names of contestants who received votes.",
  "SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON c.contestant_number = v.contestant_id",
  "SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON c.contestant_number = v.contestant_number")
C("flight_2", U, "What is the name of the airport with code ABR?",
  "SELECT AirportName FROM airports WHERE airport_code = 'ABR'",
  "SELECT AirportName FROM airports WHERE AirportCode = 'ABR'")
C("real_estate_properties", U, "Which properties have more than 5 rooms?",
  "SELECT property_name FROM Properties WHERE num_rooms > 5",
  "SELECT property_name FROM Properties WHERE room_count > 5")
C("network_1", U, "Who are the high schoolers in grade 10?",
  "SELECT name FROM Highschooler WHERE grade_level = 10",
  "SELECT name FROM Highschooler WHERE grade = 10")
C("course_teach", U, "Which teachers come from an urban district?",
  "SELECT Name FROM teacher WHERE home_town LIKE '%Urban District'",
  "SELECT Name FROM teacher WHERE Hometown LIKE '%Urban District'")
C("cre_Doc_Template_Mgt", U, "Give the id and version of every presentation (PPT) template.",
  "SELECT Template_ID, version FROM Templates WHERE Template_Type_Code = 'PPT'",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'")
C("battle_death", U, "What are the names and tonnage of the brigs?",
  "SELECT name, tonnage FROM ship WHERE type = 'Brig'",
  "SELECT name, tonnage FROM ship WHERE ship_type = 'Brig'")

# ---------------------------------------------------------------- unknown_table (12)
T = "unknown_table"
C("world_1", T, "How many countries are in Asia?",
  "SELECT COUNT(*) FROM countries WHERE Continent = 'Asia'",
  "SELECT COUNT(*) FROM country WHERE Continent = 'Asia'")
C("museum_visit", T, "Which visitors are older than 30?",
  "SELECT Name FROM visitors WHERE Age > 30",
  "SELECT Name FROM visitor WHERE Age > 30")
C("car_1", T, "What is the average weight of cars made in 1974?",
  "SELECT AVG(Weight) FROM cars WHERE Year = 1974",
  "SELECT AVG(Weight) FROM cars_data WHERE Year = 1974")
C("dog_kennels", T, "What are the names of the huskies?",
  "SELECT name FROM Dog WHERE breed_code = 'HUS'",
  "SELECT name FROM Dogs WHERE breed_code = 'HUS'")
C("pets_1", T, "What is the average weight of dogs?",
  "SELECT AVG(weight) FROM Pet WHERE PetType = 'dog'",
  "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'")
C("student_transcripts_tracking", T, "How many enrolments are there in semester 2?",
  "SELECT COUNT(*) FROM Student_Enrollment WHERE semester_id = 2",
  "SELECT COUNT(*) FROM Student_Enrolment WHERE semester_id = 2")
C("flight_2", T, "How many flights does airline 1 operate?",
  "SELECT COUNT(*) FROM flight WHERE Airline = 1",
  "SELECT COUNT(*) FROM flights WHERE Airline = 1")
C("network_1", T, "How many friends does student 1510 have?",
  "SELECT COUNT(*) FROM Friends WHERE student_id = 1510",
  "SELECT COUNT(*) FROM Friend WHERE student_id = 1510")
C("tvshow", T, "Which cartoons were written by Joseph Kuhr?",
  "SELECT Title FROM Cartoons WHERE Written_by = 'Joseph Kuhr'",
  "SELECT Title FROM Cartoon WHERE Written_by = 'Joseph Kuhr'")
C("orchestra", T, "Which performance had the highest official rating, and when was it?",
  'SELECT Type, Date FROM performances ORDER BY "Official_ratings_(millions)" DESC LIMIT 1',
  'SELECT Type, Date FROM performance ORDER BY "Official_ratings_(millions)" DESC LIMIT 1')
C("voter_1", T, "Which state does area code 212 belong to?",
  "SELECT state FROM area_codes WHERE area_code = 212",
  "SELECT state FROM AREA_CODE_STATE WHERE area_code = 212")
C("real_estate_properties", T, "What is the description of the House property type?",
  "SELECT property_type_description FROM Property_Types WHERE property_type_code = 'House'",
  "SELECT property_type_description FROM Ref_Property_Types WHERE property_type_code = 'House'")

# ---------------------------------------------------------------- ambiguous_column (12)
A = "ambiguous_column"
C("concert_singer", A, "How many concerts were held at each stadium? Give the stadium name.",
  "SELECT T2.Name, COUNT(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY Stadium_ID",
  "SELECT T2.Name, COUNT(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID")
C("employee_hire_evaluation", A, "Which employees were hired by the shop FC Haka?",
  "SELECT Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Name = 'FC Haka'",
  "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Name = 'FC Haka'")
C("museum_visit", A, "Which visitors visited the Plaza Museum and how much did they spend?",
  "SELECT Name, Total_spent FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID JOIN museum ON visit.Museum_ID = museum.Museum_ID WHERE museum.Name = 'Plaza Museum'",
  "SELECT visitor.Name, Total_spent FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID JOIN museum ON visit.Museum_ID = museum.Museum_ID WHERE museum.Name = 'Plaza Museum'")
C("orchestra", A, "Give the id and name of conductors whose orchestra records with Decca Records, with the orchestra.",
  "SELECT Conductor_ID, Name, Orchestra FROM conductor JOIN orchestra ON conductor.Conductor_ID = orchestra.Conductor_ID WHERE Record_Company = 'Decca Records'",
  "SELECT conductor.Conductor_ID, Name, Orchestra FROM conductor JOIN orchestra ON conductor.Conductor_ID = orchestra.Conductor_ID WHERE Record_Company = 'Decca Records'")
C("poker_player", A, "List the people id, name and earnings of poker players from highest to lowest earnings.",
  "SELECT People_ID, Name, Earnings FROM people JOIN poker_player ON people.People_ID = poker_player.People_ID ORDER BY Earnings DESC",
  "SELECT people.People_ID, Name, Earnings FROM people JOIN poker_player ON people.People_ID = poker_player.People_ID ORDER BY Earnings DESC")
C("singer", A, "How many songs does each singer have?",
  "SELECT Name, COUNT(*) FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID GROUP BY Singer_ID",
  "SELECT Name, COUNT(*) FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID GROUP BY singer.Singer_ID")
C("tvshow", A, "List each cartoon with the name of its channel, in cartoon id order.",
  "SELECT Title, series_name FROM Cartoon JOIN TV_Channel ON Cartoon.Channel = TV_Channel.id ORDER BY id",
  "SELECT Title, series_name FROM Cartoon JOIN TV_Channel ON Cartoon.Channel = TV_Channel.id ORDER BY Cartoon.id")
C("world_1", A, "Which European cities have more than 5 million inhabitants?",
  "SELECT city.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE Continent = 'Europe' AND Population > 5000000",
  "SELECT city.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE Continent = 'Europe' AND city.Population > 5000000")
C("car_1", A, "How many models does each car maker have? Give the maker's full name.",
  "SELECT FullName, COUNT(*) FROM car_makers JOIN model_list ON car_makers.Id = model_list.Maker GROUP BY Maker",
  "SELECT FullName, COUNT(*) FROM car_makers JOIN model_list ON car_makers.Id = model_list.Maker GROUP BY model_list.Maker")
C("dog_kennels", A, "How many dogs are there of each breed?",
  "SELECT breed_name, COUNT(*) FROM Dogs JOIN Breeds ON Dogs.breed_code = Breeds.breed_code GROUP BY breed_code",
  "SELECT breed_name, COUNT(*) FROM Dogs JOIN Breeds ON Dogs.breed_code = Breeds.breed_code GROUP BY Dogs.breed_code")
C("pets_1", A, "Give the id and first name of students who own a cat.",
  "SELECT StuID, Fname FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE PetType = 'cat'",
  "SELECT Student.StuID, Fname FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE PetType = 'cat'")
C("flight_2", A, "How many flights does each airline have? Give the airline name.",
  "SELECT Airline, COUNT(*) FROM airlines JOIN flights ON airlines.uid = flights.Airline GROUP BY airlines.uid",
  "SELECT airlines.Airline, COUNT(*) FROM airlines JOIN flights ON airlines.uid = flights.Airline GROUP BY airlines.uid")

# ---------------------------------------------------------------- wrong_qualifier (12)
Q = "wrong_qualifier"
C("concert_singer", Q, "Which singers performed in concert 1?",
  "SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.concert_ID = 1",
  "SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.concert_ID = 1")
C("world_1", Q, "In which countries is French an official language?",
  "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Language = 'French' AND T2.IsOfficial = 'T'",
  "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'French' AND T2.IsOfficial = 'T'")
C("car_1", Q, "What is the make of the heaviest car?",
  "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id ORDER BY T1.Weight DESC LIMIT 1",
  "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id ORDER BY T2.Weight DESC LIMIT 1")
C("dog_kennels", Q, "Which dogs had a treatment costing more than 900?",
  "SELECT DISTINCT Dogs.name FROM Dogs AS D JOIN Treatments AS T ON D.dog_id = T.dog_id WHERE T.cost_of_treatment > 900",
  "SELECT DISTINCT D.name FROM Dogs AS D JOIN Treatments AS T ON D.dog_id = T.dog_id WHERE T.cost_of_treatment > 900")
C("orchestra", Q, "Which record companies work with orchestras led by British conductors?",
  "SELECT T2.Record_Company FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Nationality = 'UK'",
  "SELECT T2.Record_Company FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Nationality = 'UK'")
C("museum_visit", Q, "Which visitors bought more than 5 tickets in one visit?",
  "SELECT DISTINCT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Num_of_Ticket > 5",
  "SELECT DISTINCT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T2.Num_of_Ticket > 5")
C("pets_1", Q, "What are the first names of students who have a cat?",
  "SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T2.PetType = 'cat'",
  "SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'cat'")
C("tvshow", Q, "On which channel was the episode 'A Love of a Lifetime' shown?",
  "SELECT TV_Channel.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T2.Episode = 'A Love of a Lifetime'",
  "SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T2.Episode = 'A Love of a Lifetime'")
C("student_transcripts_tracking", Q, "How many degree programs does each department offer?",
  "SELECT T2.department_name, COUNT(*) FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id",
  "SELECT T1.department_name, COUNT(*) FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id")
C("voter_1", Q, "Which contestants got votes from California?",
  "SELECT T2.contestant_name FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'CA'",
  "SELECT T2.contestant_name FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.state = 'CA'")
C("battle_death", Q, "For each death record, give the ship name and the number killed.",
  "SELECT T1.name, T1.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id",
  "SELECT T1.name, T2.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id")
C("real_estate_properties", Q, "Which properties have a pool?",
  "SELECT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T2.feature_name = 'Pool'",
  "SELECT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'Pool'")

# ---------------------------------------------------------------- dialect (20)
D = "dialect"
# PostgreSQL (8)
C("world_1", D, "Which countries have 'land' in their name?",
  "SELECT Name FROM country WHERE Name ILIKE '%land%'",
  "SELECT Name FROM country WHERE Name LIKE '%land%'", "pg")
C("car_1", D, "What is the average MPG of 8-cylinder cars (where MPG is known)?",
  "SELECT AVG(MPG::float) FROM cars_data WHERE Cylinders = 8 AND MPG <> 'null'",
  "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Cylinders = 8 AND MPG <> 'null'", "pg")
C("dog_kennels", D, "Which dogs were born in 2012?",
  "SELECT name FROM Dogs WHERE EXTRACT(YEAR FROM date_of_birth) = 2012",
  "SELECT name FROM Dogs WHERE CAST(strftime('%Y', date_of_birth) AS INTEGER) = 2012", "pg")
C("concert_singer", D, "For each country, who is the oldest singer and how old are they?",
  "SELECT DISTINCT ON (Country) Country, Name, Age FROM singer ORDER BY Country, Age DESC",
  "SELECT Country, Name, MAX(Age) FROM singer GROUP BY Country ORDER BY Country", "pg")
C("voter_1", D, "List all contestant names in one comma-separated string.",
  "SELECT STRING_AGG(contestant_name, ', ') FROM CONTESTANTS",
  "SELECT GROUP_CONCAT(contestant_name, ', ') FROM CONTESTANTS", "pg")
C("student_transcripts_tracking", D, "How many transcripts were issued each year?",
  "SELECT TO_CHAR(transcript_date, 'YYYY') AS yr, COUNT(*) FROM Transcripts GROUP BY yr ORDER BY yr",
  "SELECT strftime('%Y', transcript_date) AS yr, COUNT(*) FROM Transcripts GROUP BY yr ORDER BY yr", "pg")
C("network_1", D, "Which high schoolers have a name starting with K?",
  "SELECT name FROM Highschooler WHERE name ~ '^K'",
  "SELECT name FROM Highschooler WHERE name LIKE 'K%'", "pg")
C("pets_1", D, "Which students live in city BAL or HKG?",
  "SELECT Fname, LName FROM Student WHERE city_code = ANY(ARRAY['BAL', 'HKG'])",
  "SELECT Fname, LName FROM Student WHERE city_code IN ('BAL', 'HKG')", "pg")
# T-SQL (7)
C("poker_player", D, "Who are the three tallest people?",
  "SELECT TOP 3 Name FROM people ORDER BY Height DESC",
  "SELECT Name FROM people ORDER BY Height DESC LIMIT 3", "tsql")
C("singer", D, "List singer names with the length of each name, longest first.",
  "SELECT Name, LEN(Name) FROM singer ORDER BY LEN(Name) DESC",
  "SELECT Name, LENGTH(Name) FROM singer ORDER BY LENGTH(Name) DESC", "tsql")
C("employee_hire_evaluation", D, "What is each employee's total bonus (0 if none)?",
  "SELECT e.Name, ISNULL(SUM(v.Bonus), 0) FROM employee e LEFT JOIN evaluation v ON e.Employee_ID = v.Employee_ID GROUP BY e.Employee_ID",
  "SELECT e.Name, IFNULL(SUM(v.Bonus), 0) FROM employee e LEFT JOIN evaluation v ON e.Employee_ID = v.Employee_ID GROUP BY e.Employee_ID", "tsql")
C("tvshow", D, "Which TV channels broadcast in English?",
  "SELECT series_name FROM TV_Channel WITH (NOLOCK) WHERE Language = 'English'",
  "SELECT series_name FROM TV_Channel WHERE Language = 'English'", "tsql")
C("orchestra", D, "What are the three oldest orchestras?",
  "SELECT Orchestra FROM orchestra ORDER BY Year_of_Founded OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY",
  "SELECT Orchestra FROM orchestra ORDER BY Year_of_Founded LIMIT 3", "tsql")
C("dog_kennels", D, "List each dog's name with the date (no time) it was adopted.",
  "SELECT name, CONVERT(DATE, date_adopted) FROM Dogs",
  "SELECT name, DATE(date_adopted) FROM Dogs", "tsql")
C("course_teach", D, "Which teachers are from Bolton County Borough?",
  "SELECT Name FROM teacher WHERE Hometown = N'Bolton County Borough'",
  "SELECT Name FROM teacher WHERE Hometown = 'Bolton County Borough'", "tsql")
# MySQL (5)
C("world_1", D, "Which cities have a name starting with 'San '?",
  "SELECT Name FROM city WHERE Name REGEXP '^San '",
  "SELECT Name FROM city WHERE Name LIKE 'San %'", "mysql")
C("voter_1", D, "How many votes were cast on each day?",
  "SELECT DATE_FORMAT(created, '%Y-%m-%d') AS day, COUNT(*) FROM VOTES GROUP BY day",
  "SELECT strftime('%Y-%m-%d', created) AS day, COUNT(*) FROM VOTES GROUP BY day", "mysql")
C("cre_Doc_Template_Mgt", D, "Which templates became effective after the year 2000?",
  "SELECT Template_ID FROM Templates WHERE YEAR(Date_Effective_From) > 2000",
  "SELECT Template_ID FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) > 2000", "mysql")
C("battle_death", D, "Label each death record as heavy (more than 5 killed) or light.",
  "SELECT note, IF(killed > 5, 'heavy', 'light') FROM death",
  "SELECT note, CASE WHEN killed > 5 THEN 'heavy' ELSE 'light' END FROM death", "mysql")
C("student_transcripts_tracking", D, "List the full name (first and last) of every student.",
  "SELECT CONCAT(first_name, ' ', last_name) FROM Students",
  "SELECT first_name || ' ' || last_name FROM Students", "mysql")

# ---------------------------------------------------------------- wrapping (10)
W = "wrapping"
C("museum_visit", W, "Which museum opened most recently?",
  "```sql\nSELECT Name FROM museum ORDER BY Open_Year DESC LIMIT 1;\n```",
  "SELECT Name FROM museum ORDER BY Open_Year DESC LIMIT 1")
C("course_teach", W, "How many course arrangements does each teacher have?",
  "Here is the query:\n\nSELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Name;\n\nThis joins the arrangements to the teachers and counts the rows for each teacher.",
  "SELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Name")
C("real_estate_properties", W, "How many properties are there of each property type?",
  "<sql>SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code</sql>",
  "SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code")
C("network_1", W, "How many high schoolers are in each grade?",
  "Answer: SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade",
  "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade")
C("battle_death", W, "Which battles ended in a Latin victory, and when were they?",
  "SELECT * FROM battle LIMIT 5;\nSELECT name, date FROM battle WHERE result = 'Latin victory';",
  "SELECT name, date FROM battle WHERE result = 'Latin victory'")
C("cre_Doc_Template_Mgt", W, "How many templates are there of each template type?",
  "```\nSELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code\n```\nThe query counts the templates for every type code.",
  "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code")
C("flight_2", W, "How many airports are in the city of Abilene?",
  "```sqlite\nSELECT COUNT(*) FROM airports WHERE TRIM(City) = 'Abilene';\n```",
  "SELECT COUNT(*) FROM airports WHERE TRIM(City) = 'Abilene'")
C("singer", W, "What is the title of the best-selling song and who sang it?",
  "To find the best-selling song we join song with singer and sort by sales.\n\n```sql\nSELECT T1.Title, T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Sales DESC LIMIT 1;\n```\n\nNote: if several songs tie on sales only one is returned.",
  "SELECT T1.Title, T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Sales DESC LIMIT 1")
C("poker_player", W, "What is the highest number of final tables made by any poker player?",
  "SELECT MAX(Final_Table_Made) FROM poker_player;\n\nExplanation: This query selects the maximum value of Final_Table_Made across all poker players.",
  "SELECT MAX(Final_Table_Made) FROM poker_player")
C("student_transcripts_tracking", W, "How many courses are there?",
  '{"sql": "SELECT COUNT(*) FROM Courses"}',
  "SELECT COUNT(*) FROM Courses")

# ---------------------------------------------------------------- value_literal (14)
V = "value_literal"
C("world_1", V, "How many country-language pairs are official languages?",
  "SELECT COUNT(*) FROM countrylanguage WHERE IsOfficial = 'Yes'",
  "SELECT COUNT(*) FROM countrylanguage WHERE IsOfficial = 'T'")
C("world_1", V, "What are the five most populous cities in the United States?",
  "SELECT Name FROM city WHERE CountryCode = 'US' ORDER BY Population DESC LIMIT 5",
  "SELECT Name FROM city WHERE CountryCode = 'USA' ORDER BY Population DESC LIMIT 5")
C("car_1", V, "How many car makers are from the USA?",
  "SELECT COUNT(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'USA'",
  "SELECT COUNT(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'usa'")
C("museum_visit", V, "What are the age and membership level of visitor Gonzalo Higuaín?",
  "SELECT Age, Level_of_membership FROM visitor WHERE Name = 'Gonzalo Higuaín'",
  "SELECT Age, Level_of_membership FROM visitor WHERE Name = 'Gonzalo Higuaín '")
C("concert_singer", V, "Which singers are male?",
  "SELECT Name FROM singer WHERE Is_male = 1",
  "SELECT Name FROM singer WHERE Is_male = 'T'")
C("pets_1", V, "How many dogs are there?",
  "SELECT COUNT(*) FROM Pets WHERE PetType = 'Dog'",
  "SELECT COUNT(*) FROM Pets WHERE PetType = 'dog'")
C("pets_1", V, "Which students live in Baltimore?",
  "SELECT Fname, LName FROM Student WHERE city_code = 'Baltimore'",
  "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'")
C("dog_kennels", V, "How many dogs were abandoned?",
  "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = 'Y'",
  "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'")
C("dog_kennels", V, "What are the names of the large dogs?",
  "SELECT name FROM Dogs WHERE size_code = 'Large'",
  "SELECT name FROM Dogs WHERE size_code = 'LGE'")
C("flight_2", V, "Which airlines are based in the United States?",
  "SELECT Airline FROM airlines WHERE Country = 'United States'",
  "SELECT Airline FROM airlines WHERE Country = 'USA'")
C("orchestra", V, "Which conductors are British?",
  "SELECT Name FROM conductor WHERE Nationality = 'British'",
  "SELECT Name FROM conductor WHERE Nationality = 'UK'")
C("student_transcripts_tracking", V, "How many master's degree programs are there?",
  "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Masters'",
  "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Master'")
C("tvshow", V, "Which channels offer high-definition TV?",
  "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'Yes'",
  "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'")
C("course_teach", V, "Who teaches mathematics?",
  "SELECT T3.Name FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T2.Teacher_ID = T3.Teacher_ID WHERE T1.Course = 'Mathematics'",
  "SELECT T3.Name FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T2.Teacher_ID = T3.Teacher_ID WHERE T1.Course = 'Math'")


def run(db, sql):
    path = os.path.join(DB_DIR, db, db + ".sqlite")
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def main():
    errors = []
    notes = []
    for i, c in enumerate(CASES):
        tag = "#%d %s/%s" % (i, c["db_id"], c["class"])
        try:
            good = run(c["db_id"], c["correct"])
        except Exception as e:  # noqa
            errors.append("%s correct fails: %s" % (tag, e))
            continue
        if not good:
            errors.append("%s correct returns no rows" % tag)
            continue
        if c["correct"] == c["broken"]:
            errors.append("%s broken == correct" % tag)
        try:
            bad = run(c["db_id"], c["broken"])
            berr = None
        except Exception as e:  # noqa
            bad, berr = None, str(e)
        if c["class"] == "value_literal":
            if berr is not None:
                errors.append("%s value_literal broken errors: %s" % (tag, berr))
            elif bad == good:
                errors.append("%s value_literal broken gives same result" % tag)
            else:
                notes.append("%s broken -> %s" % (tag, str(bad)[:60]))
        elif c["class"] == "wrapping":
            notes.append("%s broken as whole -> %s" % (tag, ("ERROR " + berr) if berr else ("runs: " + str(bad)[:50])))
        else:
            if berr is None:
                errors.append("%s broken does not fail (got %s)" % (tag, str(bad)[:60]))
            else:
                notes.append("%s broken -> %s" % (tag, berr))
    cls = Counter(c["class"] for c in CASES)
    if dict(cls) != EXPECTED:
        errors.append("class counts %s != %s" % (dict(cls), EXPECTED))
    fam = Counter(c.get("_note") for c in CASES if c["class"] == "dialect")
    if fam["pg"] < 7 or fam["tsql"] < 6 or fam["mysql"] < 5:
        errors.append("dialect families %s" % dict(fam))
    dbs = Counter(c["db_id"] for c in CASES)
    if len(dbs) < 15:
        errors.append("only %d databases" % len(dbs))
    over = {d: n for d, n in dbs.items() if n > 8}
    if over:
        errors.append("more than 8 per db: %s" % over)
    if len(CASES) != 100:
        errors.append("%d cases, want 100" % len(CASES))
    for n in notes:
        print(n)
    print("classes:", dict(cls))
    print("dialect families:", dict(fam))
    print("databases:", dict(sorted(dbs.items())))
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(OUT, "w") as f:
        for c in CASES:
            row = {k: c[k] for k in ("db_id", "class", "question", "broken", "correct")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("\nOK: wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
