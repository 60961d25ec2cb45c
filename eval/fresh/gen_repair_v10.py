#!/usr/bin/env python3
"""Held-out SQL repair evaluation set v10 (blind16).

Cases are held as data below. Running this script checks every case against the
Spider SQLite databases and, only when all checks pass, writes repair_v10.jsonl
next to this file.
"""
import json
import os
import re
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "repair_v10.jsonl")

HALF_A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
HALF_B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"]

EXPECTED_CLASS = {"unknown_column": 20, "unknown_table": 12, "ambiguous_column": 12,
                  "wrong_qualifier": 12, "dialect": 20, "wrapping": 10, "value_literal": 14}
EXPECTED_FAMILY = {"postgresql": 8, "tsql": 7, "mysql": 5}
EXPECTED_HALF = 50
EXPECTED_JOIN_UNKNOWN_COLUMN = 4

# Half A cases
A = [
# ---------------- unknown_column (10, 2 need a join)
dict(db="concert_singer", cls="unknown_column", q="What is the average capacity of all stadiums?",
     broken="SELECT AVG(stadium_capacity) FROM stadium",
     correct="SELECT AVG(Capacity) FROM stadium"),
dict(db="singer", cls="unknown_column", q="List the names of singers ordered by their net worth from highest to lowest.",
     broken="SELECT Name FROM singer ORDER BY Net_Worth DESC",
     correct="SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC"),
dict(db="world_1", cls="unknown_column", q="What are the names and life expectancies of countries in Europe?",
     broken="SELECT Name, Life_Expectancy FROM country WHERE Continent = 'Europe'",
     correct="SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Europe'"),
dict(db="poker_player", cls="unknown_column", q="What are the names and birth dates of all people?",
     broken="SELECT Name, BirthDate FROM people",
     correct="SELECT Name, Birth_Date FROM people"),
dict(db="orchestra", cls="unknown_column", q="Which orchestras were founded before 2003?",
     broken="SELECT Orchestra FROM orchestra WHERE Year_Founded < 2003",
     correct="SELECT Orchestra FROM orchestra WHERE Year_of_Founded < 2003"),
dict(db="employee_hire_evaluation", cls="unknown_column", q="Show the name and number of products of every shop.",
     broken="SELECT Name, num_products FROM shop",
     correct="SELECT Name, Number_products FROM shop"),
dict(db="tvshow", cls="unknown_column", q="List the episodes of TV series sorted by their weekly rank.",
     broken="SELECT Episode FROM TV_series ORDER BY WeeklyRank",
     correct="SELECT Episode FROM TV_series ORDER BY Weekly_Rank"),
dict(db="museum_visit", cls="unknown_column", q="What are the names of museums with more than 20 staff members?",
     broken="SELECT Name FROM museum WHERE staff_count > 20",
     correct="SELECT Name FROM museum WHERE Num_of_Staff > 20"),
dict(db="battle_death", cls="unknown_column", join=True, q="What are the names of ships lost in battles that ended in a Bulgarian victory?",
     broken="SELECT name FROM ship WHERE result = 'Bulgarian victory'",
     correct="SELECT T1.name FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id WHERE T2.result = 'Bulgarian victory'"),
dict(db="world_1", cls="unknown_column", join=True, q="Which cities in Africa have a population above one million?",
     broken="SELECT Name FROM city WHERE Continent = 'Africa' AND Population > 1000000",
     correct="SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Africa' AND T1.Population > 1000000"),

# ---------------- unknown_table (6)
dict(db="concert_singer", cls="unknown_table", q="How many singers are there?",
     broken="SELECT COUNT(*) FROM singers",
     correct="SELECT COUNT(*) FROM singer"),
dict(db="orchestra", cls="unknown_table", q="What are the names of conductors older than 40?",
     broken="SELECT Name FROM conductors WHERE Age > 40",
     correct="SELECT Name FROM conductor WHERE Age > 40"),
dict(db="world_1", cls="unknown_table", q="Which languages are spoken in the country with code ABW?",
     broken="SELECT Language FROM country_language WHERE CountryCode = 'ABW'",
     correct="SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW'"),
dict(db="cre_Doc_Template_Mgt", cls="unknown_table", q="List the descriptions of all template types.",
     broken="SELECT Template_Type_Description FROM Template_Types",
     correct="SELECT Template_Type_Description FROM Ref_Template_Types"),
dict(db="battle_death", cls="unknown_table", q="What is the total number of people killed across all recorded deaths?",
     broken="SELECT SUM(killed) FROM casualties",
     correct="SELECT SUM(killed) FROM death"),
dict(db="tvshow", cls="unknown_table", q="What are the titles of cartoons directed by Ben Jones?",
     broken="SELECT Title FROM cartoons WHERE Directed_by = 'Ben Jones'",
     correct="SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'"),

# ---------------- ambiguous_column (6)
dict(db="concert_singer", cls="ambiguous_column", where="GROUP BY", q="For each stadium that hosted concerts, show its name and the number of concerts.",
     broken="SELECT T1.Name, COUNT(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY Stadium_ID",
     correct="SELECT T1.Name, COUNT(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID"),
dict(db="world_1", cls="ambiguous_column", where="WHERE", q="Which cities have more than 5 million inhabitants, and in which country are they?",
     broken="SELECT T1.Name, T2.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE Population > 5000000",
     correct="SELECT T1.Name, T2.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T1.Population > 5000000"),
dict(db="employee_hire_evaluation", cls="ambiguous_column", where="ORDER BY", q="List each hired employee's name with the name of the shop they work at, ordered by employee name.",
     broken="SELECT T1.Name, T3.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID ORDER BY Name",
     correct="SELECT T1.Name, T3.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID ORDER BY T1.Name"),
dict(db="museum_visit", cls="ambiguous_column", where="SELECT", q="Show the museum ID, museum name and number of tickets for visits with more than 10 tickets.",
     broken="SELECT Museum_ID, T1.Name, T2.Num_of_Ticket FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID WHERE T2.Num_of_Ticket > 10",
     correct="SELECT T1.Museum_ID, T1.Name, T2.Num_of_Ticket FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID WHERE T2.Num_of_Ticket > 10"),
dict(db="tvshow", cls="ambiguous_column", where="GROUP BY", q="For each TV channel that airs cartoons, give its series name and how many cartoons it airs.",
     broken="SELECT T2.series_name, COUNT(*) FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id GROUP BY id",
     correct="SELECT T2.series_name, COUNT(*) FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id GROUP BY T2.id"),
dict(db="cre_Doc_Template_Mgt", cls="ambiguous_column", where="SELECT", q="For each document that has paragraphs, show its ID, its name and how many paragraphs it has.",
     broken="SELECT Document_ID, T1.Document_Name, COUNT(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID GROUP BY T1.Document_ID",
     correct="SELECT T1.Document_ID, T1.Document_Name, COUNT(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID GROUP BY T1.Document_ID"),

# ---------------- wrong_qualifier (6)
dict(db="concert_singer", cls="wrong_qualifier", q="What are the names of singers who performed in a concert held in 2014?",
     broken="SELECT DISTINCT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T3 ON T1.Singer_ID = T3.Singer_ID JOIN concert AS T2 ON T3.concert_ID = T2.concert_ID WHERE T1.Year = '2014'",
     correct="SELECT DISTINCT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T3 ON T1.Singer_ID = T3.Singer_ID JOIN concert AS T2 ON T3.concert_ID = T2.concert_ID WHERE T2.Year = '2014'"),
dict(db="employee_hire_evaluation", cls="wrong_qualifier", q="What is the name of the employee who received the largest single bonus?",
     broken="SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T1.Bonus DESC LIMIT 1",
     correct="SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T2.Bonus DESC LIMIT 1"),
dict(db="poker_player", cls="wrong_qualifier", q="What are the names of poker players whose earnings exceed 300000?",
     broken="SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 300000",
     correct="SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000"),
dict(db="singer", cls="wrong_qualifier", q="Show each singer's name together with the titles of their songs.",
     broken="SELECT T1.Name, T1.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID",
     correct="SELECT T1.Name, T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID"),
dict(db="orchestra", cls="wrong_qualifier", q="What are the names of conductors whose orchestras were founded after 2008?",
     broken="SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Year_of_Founded > 2008",
     correct="SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Year_of_Founded > 2008"),
dict(db="battle_death", cls="wrong_qualifier", q="For every recorded death event, list the name of the ship that caused it and the number killed.",
     broken="SELECT T1.name, T1.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id",
     correct="SELECT T1.name, T2.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id"),

# ---------------- dialect (10: 4 postgresql, 4 tsql, 2 mysql)
dict(db="world_1", cls="dialect", family="postgresql", q="Which countries have a name starting with 'united', ignoring case?",
     broken="SELECT Name FROM country WHERE Name ILIKE 'united%'",
     correct="SELECT Name FROM country WHERE Name LIKE 'united%'"),
dict(db="singer", cls="dialect", family="postgresql", q="For each citizenship, who is the singer with the highest net worth?",
     broken="SELECT DISTINCT ON (Citizenship) Citizenship, Name FROM singer ORDER BY Citizenship, Net_Worth_Millions DESC",
     correct="SELECT T1.Citizenship, T1.Name FROM singer AS T1 WHERE T1.Net_Worth_Millions = (SELECT MAX(T2.Net_Worth_Millions) FROM singer AS T2 WHERE T2.Citizenship = T1.Citizenship) ORDER BY T1.Citizenship"),
dict(db="poker_player", cls="dialect", family="postgresql", q="Which people were born before 1985?",
     broken="SELECT Name FROM people WHERE RIGHT(Birth_Date, 4)::int < 1985",
     correct="SELECT Name FROM people WHERE CAST(SUBSTR(Birth_Date, -4) AS INTEGER) < 1985"),
dict(db="tvshow", cls="dialect", family="postgresql", q="Which TV channels have a series name beginning with 'Sky' or 'MTV' (case-sensitive)?",
     broken="SELECT series_name FROM TV_Channel WHERE series_name ~ '^(Sky|MTV)'",
     correct="SELECT series_name FROM TV_Channel WHERE series_name GLOB 'Sky*' OR series_name GLOB 'MTV*'"),
dict(db="museum_visit", cls="dialect", family="tsql", q="What are the names of the three museums with the most staff?",
     broken="SELECT TOP 3 Name FROM museum ORDER BY Num_of_Staff DESC",
     correct="SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 3"),
dict(db="world_1", cls="dialect", family="tsql", q="For countries in Oceania, show the name and the independence year, using 0 when the year is unknown.",
     broken="SELECT Name, ISNULL(IndepYear, 0) FROM country WHERE Continent = 'Oceania'",
     correct="SELECT Name, IFNULL(IndepYear, 0) FROM country WHERE Continent = 'Oceania'"),
dict(db="employee_hire_evaluation", cls="dialect", family="tsql", q="Who are the three youngest employees?",
     broken="SELECT Name FROM employee ORDER BY Age OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY",
     correct="SELECT Name FROM employee ORDER BY Age LIMIT 3"),
dict(db="battle_death", cls="dialect", family="tsql", q="Which battles took place in 1205?",
     broken="SELECT name FROM battle WHERE CHARINDEX('1205', date) > 0",
     correct="SELECT name FROM battle WHERE INSTR(date, '1205') > 0"),
dict(db="orchestra", cls="dialect", family="mysql", q="For each nationality, list the names of its conductors as one comma-separated string.",
     broken="SELECT Nationality, GROUP_CONCAT(Name SEPARATOR ', ') FROM conductor GROUP BY Nationality",
     correct="SELECT Nationality, GROUP_CONCAT(Name, ', ') FROM conductor GROUP BY Nationality"),
dict(db="cre_Doc_Template_Mgt", cls="dialect", family="mysql", q="What are the IDs of templates that became effective before 1990?",
     broken="SELECT Template_ID FROM Templates WHERE YEAR(Date_Effective_From) < 1990",
     correct="SELECT Template_ID FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) < 1990"),

# ---------------- wrapping (5)
dict(db="concert_singer", cls="wrapping", q="What are the names of concerts held in 2015?",
     broken="```sql\nSELECT concert_Name FROM concert WHERE Year = '2015'\n```",
     correct="SELECT concert_Name FROM concert WHERE Year = '2015'"),
dict(db="world_1", cls="wrapping", q="What are the names of the five most populous countries?",
     broken="Here is the query you need:\n\nSELECT Name FROM country ORDER BY Population DESC LIMIT 5;\n\nIt sorts countries by population and keeps the top five.",
     correct="SELECT Name FROM country ORDER BY Population DESC LIMIT 5"),
dict(db="museum_visit", cls="wrapping", q="What is the average age of visitors?",
     broken="<sql>SELECT AVG(Age) FROM visitor</sql>",
     correct="SELECT AVG(Age) FROM visitor"),
dict(db="poker_player", cls="wrapping", q="What is the highest final table count among poker players?",
     broken="SQL: SELECT MAX(Final_Table_Made) FROM poker_player",
     correct="SELECT MAX(Final_Table_Made) FROM poker_player"),
dict(db="cre_Doc_Template_Mgt", cls="wrapping", q="How many documents are there?",
     broken="SELECT COUNT(*) FROM Documents; This counts every row in the Documents table.",
     correct="SELECT COUNT(*) FROM Documents"),

# ---------------- value_literal (7)
dict(db="orchestra", cls="value_literal", q="What are the names of conductors from the United States?",
     broken="SELECT Name FROM conductor WHERE Nationality = 'United States'",
     correct="SELECT Name FROM conductor WHERE Nationality = 'USA'"),
dict(db="concert_singer", cls="value_literal", q="What are the names of male singers?",
     broken="SELECT Name FROM singer WHERE Is_male = 1",
     correct="SELECT Name FROM singer WHERE Is_male = 'T'"),
dict(db="world_1", cls="value_literal", q="What are the names of cities in Japan?",
     broken="SELECT Name FROM city WHERE CountryCode = 'Japan'",
     correct="SELECT Name FROM city WHERE CountryCode = 'JPN'"),
dict(db="cre_Doc_Template_Mgt", cls="value_literal", q="What are the IDs of templates of type presentation?",
     broken="SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'Presentation'",
     correct="SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'"),
dict(db="battle_death", cls="value_literal", q="Which battles ended in a Bulgarian victory?",
     broken="SELECT name FROM battle WHERE result = 'Bulgarian Victory'",
     correct="SELECT name FROM battle WHERE result = 'Bulgarian victory'"),
dict(db="tvshow", cls="value_literal", q="What are the series names of TV channels based in the UK?",
     broken="SELECT series_name FROM TV_Channel WHERE Country = 'UK'",
     correct="SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'"),
dict(db="poker_player", cls="value_literal", q="What are the names of Russian people?",
     broken="SELECT Name FROM people WHERE Nationality = 'Russian'",
     correct="SELECT Name FROM people WHERE Nationality = 'Russia'"),
]
# Half B cases
B = [
# ---------------- unknown_column (10, 2 need a join)
dict(db="car_1", cls="unknown_column", q="What are the names of all countries?",
     broken="SELECT country_name FROM countries",
     correct="SELECT CountryName FROM countries"),
dict(db="car_1", cls="unknown_column", q="What is the maximum acceleration of cars with 4 cylinders?",
     broken="SELECT MAX(Acceleration) FROM cars_data WHERE Cylinders = 4",
     correct="SELECT MAX(Accelerate) FROM cars_data WHERE Cylinders = 4"),
dict(db="course_teach", cls="unknown_column", q="List every course with its starting date.",
     broken="SELECT Course, Starting_Date FROM course",
     correct="SELECT Course, Staring_Date FROM course"),
dict(db="dog_kennels", cls="unknown_column", q="What are the names and birth dates of dogs that were abandoned?",
     broken="SELECT name, date_of_birth FROM Dogs WHERE abandoned = '1'",
     correct="SELECT name, date_of_birth FROM Dogs WHERE abandoned_yn = '1'"),
dict(db="flight_2", cls="unknown_column", q="What are the names and abbreviations of airlines based in the USA?",
     broken="SELECT airline_name, Abbreviation FROM airlines WHERE Country = 'USA'",
     correct="SELECT Airline, Abbreviation FROM airlines WHERE Country = 'USA'"),
dict(db="network_1", cls="unknown_column", q="What are the names of high schoolers in grade 10?",
     broken="SELECT name FROM Highschooler WHERE grade_level = 10",
     correct="SELECT name FROM Highschooler WHERE grade = 10"),
dict(db="pets_1", cls="unknown_column", q="How many pets are there of each pet type?",
     broken="SELECT pet_type, COUNT(*) FROM Pets GROUP BY pet_type",
     correct="SELECT PetType, COUNT(*) FROM Pets GROUP BY PetType"),
dict(db="real_estate_properties", cls="unknown_column", q="What are the names of properties with more than 7 rooms?",
     broken="SELECT property_name FROM Properties WHERE num_rooms > 7",
     correct="SELECT property_name FROM Properties WHERE room_count > 7"),
dict(db="student_transcripts_tracking", cls="unknown_column", join=True, q="What are the first names of students whose current address is in Gabon?",
     broken="SELECT first_name FROM Students WHERE country = 'Gabon'",
     correct="SELECT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.country = 'Gabon'"),
dict(db="voter_1", cls="unknown_column", join=True, q="What are the names of contestants who received votes from the state CA?",
     broken="SELECT contestant_name FROM CONTESTANTS WHERE state = 'CA'",
     correct="SELECT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'CA'"),

# ---------------- unknown_table (6)
dict(db="car_1", cls="unknown_table", q="What are the full names of all car makers?",
     broken="SELECT FullName FROM manufacturers",
     correct="SELECT FullName FROM car_makers"),
dict(db="course_teach", cls="unknown_table", q="What are the names of teachers older than 35?",
     broken="SELECT Name FROM teachers WHERE Age > 35",
     correct="SELECT Name FROM teacher WHERE Age > 35"),
dict(db="dog_kennels", cls="unknown_table", q="List the names of all dog breeds.",
     broken="SELECT breed_name FROM Dog_Breeds",
     correct="SELECT breed_name FROM Breeds"),
dict(db="network_1", cls="unknown_table", q="How many friendship records are there?",
     broken="SELECT COUNT(*) FROM Friends",
     correct="SELECT COUNT(*) FROM Friend"),
dict(db="student_transcripts_tracking", cls="unknown_table", q="How many enrolments are there in semester 2?",
     broken="SELECT COUNT(*) FROM Student_Enrollment WHERE semester_id = 2",
     correct="SELECT COUNT(*) FROM Student_Enrolment WHERE semester_id = 2"),
dict(db="real_estate_properties", cls="unknown_table", q="What are the descriptions of all property types?",
     broken="SELECT property_type_description FROM Property_Types",
     correct="SELECT property_type_description FROM Ref_Property_Types"),

# ---------------- ambiguous_column (6)
dict(db="car_1", cls="ambiguous_column", where="WHERE", q="What are the names of countries located in Europe?",
     broken="SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId WHERE Continent = 'europe'",
     correct="SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId WHERE T2.Continent = 'europe'"),
dict(db="voter_1", cls="ambiguous_column", where="WHERE", q="For votes cast from the state NY, which area codes does that state have?",
     broken="SELECT DISTINCT T2.area_code FROM VOTES AS T1 JOIN AREA_CODE_STATE AS T2 ON T1.state = T2.state WHERE state = 'NY'",
     correct="SELECT DISTINCT T2.area_code FROM VOTES AS T1 JOIN AREA_CODE_STATE AS T2 ON T1.state = T2.state WHERE T1.state = 'NY'"),
dict(db="flight_2", cls="ambiguous_column", where="SELECT", q="For each airline, show its name and the number of flights it operates.",
     broken="SELECT Airline, COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline",
     correct="SELECT T1.Airline, COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline"),
dict(db="course_teach", cls="ambiguous_column", where="GROUP BY", q="Show the name of each teacher and the number of courses they are arranged to teach.",
     broken="SELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY Teacher_ID",
     correct="SELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Teacher_ID"),
dict(db="pets_1", cls="ambiguous_column", where="ORDER BY", q="List the first name of each student who owns a pet together with the pet type and pet age, ordered by student ID.",
     broken="SELECT T1.Fname, T3.PetType, T3.pet_age FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID ORDER BY StuID",
     correct="SELECT T1.Fname, T3.PetType, T3.pet_age FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID ORDER BY T1.StuID"),
dict(db="real_estate_properties", cls="ambiguous_column", where="ORDER BY", q="List each available feature's name with its feature type name, ordered by feature type code.",
     broken="SELECT T1.feature_name, T2.feature_type_name FROM Other_Available_Features AS T1 JOIN Ref_Feature_Types AS T2 ON T1.feature_type_code = T2.feature_type_code ORDER BY feature_type_code",
     correct="SELECT T1.feature_name, T2.feature_type_name FROM Other_Available_Features AS T1 JOIN Ref_Feature_Types AS T2 ON T1.feature_type_code = T2.feature_type_code ORDER BY T1.feature_type_code"),

# ---------------- wrong_qualifier (6)
dict(db="car_1", cls="wrong_qualifier", q="Show each car maker's short name together with the models it makes.",
     broken="SELECT T1.Maker, T1.Model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker",
     correct="SELECT T1.Maker, T2.Model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker"),
dict(db="dog_kennels", cls="wrong_qualifier", q="List each owner's first name together with the names of their dogs.",
     broken="SELECT T1.first_name, T1.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id",
     correct="SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id"),
dict(db="flight_2", cls="wrong_qualifier", q="How many flights are operated by the airline with abbreviation UAL?",
     broken="SELECT COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T2.Abbreviation = 'UAL'",
     correct="SELECT COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T1.Abbreviation = 'UAL'"),
dict(db="network_1", cls="wrong_qualifier", q="What are the names of 9th graders who have at least one friend?",
     broken="SELECT DISTINCT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T1.grade = 9",
     correct="SELECT DISTINCT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T2.grade = 9"),
dict(db="student_transcripts_tracking", cls="wrong_qualifier", q="List each section name together with the name of its course.",
     broken="SELECT T1.section_name, T1.course_name FROM Sections AS T1 JOIN Courses AS T2 ON T1.course_id = T2.course_id",
     correct="SELECT T1.section_name, T2.course_name FROM Sections AS T1 JOIN Courses AS T2 ON T1.course_id = T2.course_id"),
dict(db="pets_1", cls="wrong_qualifier", q="What are the first names of students who own a dog?",
     broken="SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T2.PetType = 'dog'",
     correct="SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'"),

# ---------------- dialect (10: 4 postgresql, 3 tsql, 3 mysql)
dict(db="car_1", cls="dialect", family="postgresql", q="What are the makes of the five cars with the highest horsepower, ignoring cars with unknown horsepower?",
     broken="SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Horsepower <> 'null' ORDER BY T2.Horsepower::numeric DESC NULLS LAST LIMIT 5",
     correct="SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Horsepower <> 'null' ORDER BY CAST(T2.Horsepower AS REAL) DESC LIMIT 5"),
dict(db="dog_kennels", cls="dialect", family="postgresql", q="Which owners have an email address at example.org? Give their first and last names.",
     broken="SELECT first_name, last_name FROM Owners WHERE email_address ~ '@example\\.org$'",
     correct="SELECT first_name, last_name FROM Owners WHERE email_address LIKE '%@example.org'"),
dict(db="real_estate_properties", cls="dialect", family="postgresql", q="What are the names of properties that were sold after the year 2000?",
     broken="SELECT property_name FROM Properties WHERE EXTRACT(YEAR FROM date_sold) > 2000",
     correct="SELECT property_name FROM Properties WHERE CAST(strftime('%Y', date_sold) AS INTEGER) > 2000"),
dict(db="voter_1", cls="dialect", family="postgresql", q="How many votes were cast on March 9, 2018?",
     broken="SELECT COUNT(*) FROM VOTES WHERE created::date = '2018-03-09'",
     correct="SELECT COUNT(*) FROM VOTES WHERE date(created) = '2018-03-09'"),
dict(db="dog_kennels", cls="dialect", family="tsql", q="For each dog, how many days passed between its arrival and its departure?",
     broken="SELECT name, DATEDIFF(day, date_arrived, date_departed) FROM Dogs",
     correct="SELECT name, CAST(julianday(date(date_departed)) - julianday(date(date_arrived)) AS INTEGER) FROM Dogs"),
dict(db="network_1", cls="dialect", family="tsql", q="What are the names of the three high schoolers with the highest grade?",
     broken="SELECT TOP 3 name FROM Highschooler ORDER BY grade DESC",
     correct="SELECT name FROM Highschooler ORDER BY grade DESC LIMIT 3"),
dict(db="student_transcripts_tracking", cls="dialect", family="tsql", q="Give the full names (first and last name) of the five students who registered first.",
     broken="SELECT TOP 5 first_name + ' ' + last_name AS full_name FROM Students ORDER BY date_first_registered",
     correct="SELECT first_name || ' ' || last_name AS full_name FROM Students ORDER BY date_first_registered LIMIT 5"),
dict(db="flight_2", cls="dialect", family="mysql", q="Skipping the first two airlines by ID, show the next three airline names with their abbreviations in lower case.",
     broken="SELECT Airline, LCASE(Abbreviation) FROM airlines ORDER BY uid LIMIT 2, 3",
     correct="SELECT Airline, LOWER(Abbreviation) FROM airlines ORDER BY uid LIMIT 3 OFFSET 2"),
dict(db="voter_1", cls="dialect", family="mysql", q="For each vote, show its ID and the hour and minute at which it was created.",
     broken="SELECT vote_id, DATE_FORMAT(created, '%H:%i') FROM VOTES",
     correct="SELECT vote_id, strftime('%H:%M', created) FROM VOTES"),
dict(db="course_teach", cls="dialect", family="mysql", q="List teacher names ordered by age as a number, oldest first.",
     broken="SELECT Name FROM teacher ORDER BY CONVERT(Age, UNSIGNED) DESC",
     correct="SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) DESC"),

# ---------------- wrapping (5)
dict(db="car_1", cls="wrapping", q="How many car models are there?",
     broken="Sure! Here's the SQL:\n```\nSELECT COUNT(*) FROM model_list\n```\nThis counts the rows in model_list.",
     correct="SELECT COUNT(*) FROM model_list"),
dict(db="course_teach", cls="wrapping", q="What are the hometowns of teachers, without duplicates?",
     broken="```sqlite\nSELECT DISTINCT Hometown FROM teacher;\n```",
     correct="SELECT DISTINCT Hometown FROM teacher"),
dict(db="network_1", cls="wrapping", q="How many students like someone?",
     broken="Query:\nSELECT COUNT(DISTINCT student_id) FROM Likes\n\nThe DISTINCT makes sure each student is only counted once.",
     correct="SELECT COUNT(DISTINCT student_id) FROM Likes"),
dict(db="pets_1", cls="wrapping", q="What is the average weight of pets?",
     broken="<SQL>\nSELECT AVG(weight) FROM Pets\n</SQL>",
     correct="SELECT AVG(weight) FROM Pets"),
dict(db="voter_1", cls="wrapping", q="How many contestants are there?",
     broken="Answer: `SELECT COUNT(*) FROM CONTESTANTS`",
     correct="SELECT COUNT(*) FROM CONTESTANTS"),

# ---------------- value_literal (7)
dict(db="car_1", cls="value_literal", q="What are the full names of car makers from the USA?",
     broken="SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'USA'",
     correct="SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'usa'"),
dict(db="dog_kennels", cls="value_literal", q="What are the first and last names of professionals who are veterinarians?",
     broken="SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterinarian'",
     correct="SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'"),
dict(db="pets_1", cls="value_literal", q="What are the IDs and weights of pets that are dogs?",
     broken="SELECT PetID, weight FROM Pets WHERE PetType = 'dogs'",
     correct="SELECT PetID, weight FROM Pets WHERE PetType = 'dog'"),
dict(db="real_estate_properties", cls="value_literal", q="What are the names of properties that are apartments?",
     broken="SELECT property_name FROM Properties WHERE property_type_code = 'APT'",
     correct="SELECT property_name FROM Properties WHERE property_type_code = 'Apartment'"),
dict(db="student_transcripts_tracking", cls="value_literal", q="Which degree programs are PhD programs? Give their IDs.",
     broken="SELECT degree_program_id FROM Degree_Programs WHERE degree_summary_name = 'PhD'",
     correct="SELECT degree_program_id FROM Degree_Programs WHERE degree_summary_name = 'PHD'"),
dict(db="flight_2", cls="value_literal", q="What are the flight numbers of flights operated by JetBlue?",
     broken="SELECT T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Airline = 'JetBlue'",
     correct="SELECT T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Airline = 'JetBlue Airways'"),
dict(db="course_teach", cls="value_literal", q="What is the starting date of the Mathematics course?",
     broken="SELECT Staring_Date FROM course WHERE Course = 'Mathematics'",
     correct="SELECT Staring_Date FROM course WHERE Course = 'Math'"),
]

CASES = A + B

_conns = {}


def conn(db):
    if db not in _conns:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(path):
            raise SystemExit("missing database: " + path)
        _conns[db] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    return _conns[db]


def run(db, sql):
    """Return (rows, None) or (None, error message)."""
    try:
        cur = conn(db).execute(sql)
        return cur.fetchall(), None
    except (sqlite3.Error, sqlite3.Warning) as e:
        return None, str(e)


def schema_columns(db):
    c = conn(db)
    tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    cols = {}
    for t in tables:
        for r in c.execute('PRAGMA table_info("%s")' % t.replace('"', '""')):
            cols.setdefault(r[1].lower(), set()).add(t.lower())
    return {t.lower() for t in tables}, cols


SQL_IN_QUESTION = re.compile(r"\b(SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY|LIMIT)\b")


def check_case(i, c):
    errs = []
    db, cls, q, broken, correct = c["db"], c["cls"], c["q"], c["broken"], c["correct"]
    tag = "case %d [%s/%s]" % (i, db, cls)
    if db not in HALF_A and db not in HALF_B:
        errs.append("unknown db")
    if cls not in EXPECTED_CLASS:
        errs.append("unknown class")
    # question: plain words
    if not q or len(q.split()) < 4 or q.strip()[-1] not in "?.":
        errs.append("question is not a plain sentence")
    if SQL_IN_QUESTION.search(q):
        errs.append("question contains SQL keywords")
    if broken.strip() == correct.strip():
        errs.append("broken equals correct")
    # correct runs, returns a row that is not all NULL
    rows, err = run(db, correct)
    if err:
        errs.append("correct fails: " + err)
    elif not rows:
        errs.append("correct returns no rows")
    elif all(v is None for r in rows for v in r):
        errs.append("correct returns only NULLs")
    tables, cols = schema_columns(db)
    brows, berr = run(db, broken)
    if cls == "unknown_column":
        if not berr or not berr.startswith("no such column:"):
            errs.append("broken should fail with no such column, got %r" % (berr or brows))
        else:
            name = berr.split(":", 1)[1].strip()
            bare = name.split(".")[-1].lower()
            if c.get("join"):
                if bare not in cols:
                    errs.append("cross-table column %s not found on any table" % name)
                if " JOIN " not in correct.upper():
                    errs.append("cross-table case needs a join in correct")
            else:
                if bare in cols:
                    errs.append("guessed column %s exists on some table (mark join?)" % name)
    elif cls == "unknown_table":
        if not berr or not berr.startswith("no such table:"):
            errs.append("broken should fail with no such table, got %r" % (berr or brows))
    elif cls == "ambiguous_column":
        if not berr or not berr.startswith("ambiguous column name:"):
            errs.append("broken should fail with ambiguous column name, got %r" % (berr or brows))
        if c.get("where") not in ("SELECT", "WHERE", "GROUP BY", "ORDER BY"):
            errs.append("ambiguous case needs a clause tag")
    elif cls == "wrong_qualifier":
        m = re.match(r"no such column: (\w+)\.(\w+)$", berr or "")
        if not m:
            errs.append("broken should fail with no such column alias.col, got %r" % (berr or brows))
        else:
            alias, col = m.group(1), m.group(2)
            if not re.search(r"\bAS %s\b" % re.escape(alias), broken, re.I):
                errs.append("alias %s not defined in broken" % alias)
            if col.lower() not in cols:
                errs.append("column %s exists on no table" % col)
    elif cls == "value_literal":
        if berr:
            errs.append("value_literal broken must run: " + berr)
        elif brows:
            errs.append("value_literal broken must return no rows, got %d" % len(brows))
    elif cls == "dialect":
        if c.get("family") not in EXPECTED_FAMILY:
            errs.append("dialect needs family")
        if not berr:
            errs.append("dialect broken unexpectedly runs in SQLite")
    elif cls == "wrapping":
        if not berr:
            errs.append("wrapped broken unexpectedly runs in SQLite")
        if correct.rstrip(";").strip() not in broken:
            errs.append("wrapped text does not contain the correct query")
    if cls != "dialect" and "family" in c:
        errs.append("family only for dialect cases")
    return [tag + ": " + e for e in errs]


def main():
    problems = []
    for i, c in enumerate(CASES):
        problems += check_case(i, c)
    # counts
    cls_count = {}
    fam_count = {}
    for c in CASES:
        cls_count[c["cls"]] = cls_count.get(c["cls"], 0) + 1
        if c["cls"] == "dialect":
            fam_count[c.get("family")] = fam_count.get(c.get("family"), 0) + 1
    if cls_count != EXPECTED_CLASS:
        problems.append("class counts %r != %r" % (cls_count, EXPECTED_CLASS))
    if fam_count != EXPECTED_FAMILY:
        problems.append("dialect family counts %r != %r" % (fam_count, EXPECTED_FAMILY))
    na = sum(c["db"] in HALF_A for c in CASES)
    nb = sum(c["db"] in HALF_B for c in CASES)
    if na != EXPECTED_HALF or nb != EXPECTED_HALF:
        problems.append("half counts A=%d B=%d" % (na, nb))
    if any(c["db"] not in HALF_A for c in A) or any(c["db"] not in HALF_B for c in B):
        problems.append("a case is listed in the wrong half")
    nj = sum(1 for c in CASES if c["cls"] == "unknown_column" and c.get("join"))
    if nj != EXPECTED_JOIN_UNKNOWN_COLUMN:
        problems.append("cross-table unknown_column cases: %d" % nj)
    spots = {}
    for c in CASES:
        if c["cls"] == "ambiguous_column":
            spots[c["where"]] = spots.get(c["where"], 0) + 1
    if len(spots) != 4:
        problems.append("ambiguous cases not spread over 4 clauses: %r" % spots)
    # duplicates
    norm = lambda s: re.sub(r"\s+", " ", s.strip().lower())
    for key in ("broken", "q"):
        seen = {}
        for i, c in enumerate(CASES):
            k = (c["db"], norm(c[key])) if key == "q" else norm(c[key])
            if k in seen:
                problems.append("duplicate %s in cases %d and %d" % (key, seen[k], i))
            seen[k] = i
    seenpair = set()
    for i, c in enumerate(CASES):
        k = (norm(c["broken"]), norm(c["correct"]))
        if k in seenpair:
            problems.append("duplicate pair at case %d" % i)
        seenpair.add(k)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        for p in problems:
            print("  " + p)
        if os.path.exists(OUT):
            os.remove(OUT)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            rec = {"db_id": c["db"], "class": c["cls"], "question": c["q"],
                   "broken": c["broken"], "correct": c["correct"]}
            if c["cls"] == "dialect":
                rec["family"] = c["family"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("all %d cases pass; wrote %s" % (len(CASES), OUT))
    print("classes:", cls_count)
    print("halves: A=%d B=%d" % (na, nb))
    print("dialect families:", fam_count)
    print("ambiguous clauses:", spots)
    return 0


if __name__ == "__main__":
    sys.exit(main())
