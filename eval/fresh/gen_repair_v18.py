#!/usr/bin/env python3
"""Generate /tmp/blind32/repair_v18.jsonl: a held-out set of broken SQL (as a language model
might write it for SQLite) paired with a correct query, over the Spider SQLite databases.

Every case is checked against the real database before the file is written:
  names     broken fails with "no such column"/"no such table" naming the wrong identifier;
            broken and correct differ only in identifiers.
  dialect   broken raises an error on SQLite (3.40); optional expected error substring.
  literals  broken runs and returns zero rows; broken and correct differ only in string literals.
  wrapping  broken fails when executed as is (single statement and as a script);
            correct appears verbatim inside broken.
  all       correct runs and returns at least one row that is not all NULL.
The file is written only if every check passes; otherwise the failures are printed, exit 1.
"""
import collections
import difflib
import json
import os
import re
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
OUT = "/tmp/blind32/repair_v18.jsonl"
EXPECTED = {"names": 45, "dialect": 25, "literals": 20, "wrapping": 10}

# (db_id, class, question, broken, correct, check)
# check: names -> the wrong identifier as it appears in the error message;
#        dialect -> a substring of the expected error message;
#        otherwise None.
CASES = [
    # ------------------------------------------------------------------ names (45)
    ("concert_singer", "names", "What is the average capacity of all stadiums?",
     "SELECT AVG(stadium_capacity) FROM stadium",
     "SELECT AVG(Capacity) FROM stadium",
     "no such column: stadium_capacity"),
    ("concert_singer", "names", "List the names of singers from France, youngest first.",
     "SELECT singer_name FROM singer WHERE Country = 'France' ORDER BY Age",
     "SELECT Name FROM singer WHERE Country = 'France' ORDER BY Age",
     "no such column: singer_name"),
    ("concert_singer", "names", "How many concerts were held in each year?",
     "SELECT Year, COUNT(*) FROM concerts GROUP BY Year",
     "SELECT Year, COUNT(*) FROM concert GROUP BY Year",
     "no such table: concerts"),
    ("pets_1", "names", "What is the average age of female students?",
     "SELECT AVG(Age) FROM Student WHERE gender = 'F'",
     "SELECT AVG(Age) FROM Student WHERE Sex = 'F'",
     "no such column: gender"),
    ("pets_1", "names", "Find the first names of students who own a dog.",
     "SELECT DISTINCT T1.first_name FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
     "JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'",
     "SELECT DISTINCT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
     "JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'",
     "no such column: T1.first_name"),
    ("pets_1", "names", "What is the weight of the heaviest pet?",
     "SELECT MAX(pet_weight) FROM Pets",
     "SELECT MAX(weight) FROM Pets",
     "no such column: pet_weight"),
    ("car_1", "names", "How many car makers are there in each country?",
     "SELECT Country, COUNT(*) FROM car_maker GROUP BY Country",
     "SELECT Country, COUNT(*) FROM car_makers GROUP BY Country",
     "no such table: car_maker"),
    ("car_1", "names", "What is the highest horsepower among cars with 4 cylinders?",
     "SELECT MAX(CAST(horse_power AS INTEGER)) FROM cars_data WHERE Cylinders = 4",
     "SELECT MAX(CAST(Horsepower AS INTEGER)) FROM cars_data WHERE Cylinders = 4",
     "no such column: horse_power"),
    ("car_1", "names", "What is the average acceleration of cars made in 1975?",
     "SELECT AVG(Acceleration) FROM cars_data WHERE Year = 1975",
     "SELECT AVG(Accelerate) FROM cars_data WHERE Year = 1975",
     "no such column: Acceleration"),
    ("world_1", "names", "What is the total population of the cities in Japan?",
     "SELECT SUM(T1.Population) FROM city AS T1 JOIN country AS T2 ON T1.country_code = T2.Code "
     "WHERE T2.Name = 'Japan'",
     "SELECT SUM(T1.Population) FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
     "WHERE T2.Name = 'Japan'",
     "no such column: T1.country_code"),
    ("world_1", "names", "What languages are spoken in Brazil?",
     "SELECT Language FROM country_language WHERE CountryCode = 'BRA'",
     "SELECT Language FROM countrylanguage WHERE CountryCode = 'BRA'",
     "no such table: country_language"),
    ("world_1", "names", "In what year did India become independent?",
     "SELECT IndependenceYear FROM country WHERE Name = 'India'",
     "SELECT IndepYear FROM country WHERE Name = 'India'",
     "no such column: IndependenceYear"),
    ("employee_hire_evaluation", "names", "Which employee received the largest single bonus?",
     "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID "
     "ORDER BY T2.Bonus_Amount DESC LIMIT 1",
     "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID "
     "ORDER BY T2.Bonus DESC LIMIT 1",
     "no such column: T2.Bonus_Amount"),
    ("employee_hire_evaluation", "names", "How many employees were hired by each shop?",
     "SELECT T2.Name, COUNT(*) FROM hiring AS T1 JOIN shops AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T2.Name",
     "SELECT T2.Name, COUNT(*) FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T2.Name",
     "no such table: shops"),
    ("employee_hire_evaluation", "names", "Who manages the shops that carry more than 5000 products?",
     "SELECT Manager_name FROM shop WHERE num_products > 5000",
     "SELECT Manager_name FROM shop WHERE Number_products > 5000",
     "no such column: num_products"),
    ("flight_2", "names", "How many flights arrive at each destination airport?",
     "SELECT DestinationAirport, COUNT(*) FROM flights GROUP BY DestinationAirport",
     "SELECT DestAirport, COUNT(*) FROM flights GROUP BY DestAirport",
     "no such column: DestinationAirport"),
    ("flight_2", "names", "Which airline uses the abbreviation JetBlue?",
     "SELECT airline_name FROM airlines WHERE Abbreviation = 'JetBlue'",
     "SELECT Airline FROM airlines WHERE Abbreviation = 'JetBlue'",
     "no such column: airline_name"),
    ("flight_2", "names", "How many flights does United Airlines operate?",
     "SELECT COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.airline_id = T2.uid "
     "WHERE T2.Airline = 'United Airlines'",
     "SELECT COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "WHERE T2.Airline = 'United Airlines'",
     "no such column: T1.airline_id"),
    ("museum_visit", "names", "How many staff work at the museum that opened first?",
     "SELECT Name, Num_of_Staff FROM museum ORDER BY Opening_Year LIMIT 1",
     "SELECT Name, Num_of_Staff FROM museum ORDER BY Open_Year LIMIT 1",
     "no such column: Opening_Year"),
    ("museum_visit", "names", "What are the names of visitors whose membership level is above 4?",
     "SELECT Name FROM visitor WHERE Membership_Level > 4",
     "SELECT Name FROM visitor WHERE Level_of_membership > 4",
     "no such column: Membership_Level"),
    ("network_1", "names", "How many friends does each high schooler have?",
     "SELECT T2.name, COUNT(*) FROM Friend AS T1 JOIN High_schooler AS T2 ON T1.student_id = T2.ID "
     "GROUP BY T1.student_id",
     "SELECT T2.name, COUNT(*) FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID "
     "GROUP BY T1.student_id",
     "no such table: High_schooler"),
    ("network_1", "names", "Who does Kyle like?",
     "SELECT T3.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID "
     "JOIN Highschooler AS T3 ON T1.liked_student_id = T3.ID WHERE T2.name = 'Kyle'",
     "SELECT T3.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID "
     "JOIN Highschooler AS T3 ON T1.liked_id = T3.ID WHERE T2.name = 'Kyle'",
     "no such column: T1.liked_student_id"),
    ("orchestra", "names", "Who conducts the orchestras founded after 2007?",
     "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID "
     "WHERE T2.Year_Founded > 2007",
     "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID "
     "WHERE T2.Year_of_Founded > 2007",
     "no such column: T2.Year_Founded"),
    ("orchestra", "names", "Which orchestras release mainly on DVD?",
     "SELECT orchestra_name FROM orchestra WHERE Major_Record_Format = 'DVD'",
     "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'DVD'",
     "no such column: orchestra_name"),
    ("poker_player", "names", "What are the earnings of poker players taller than 200?",
     "SELECT T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID "
     "WHERE T2.Height > 200",
     "SELECT T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID "
     "WHERE T1.Height > 200",
     "no such column: T2.Height"),
    ("poker_player", "names", "List each person's name and birth date, tallest first.",
     "SELECT Name, BirthDate FROM people ORDER BY Height DESC",
     "SELECT Name, Birth_Date FROM people ORDER BY Height DESC",
     "no such column: BirthDate"),
    ("real_estate_properties", "names", "What is the name of the property with the most rooms?",
     "SELECT property_name FROM Properties ORDER BY num_rooms DESC LIMIT 1",
     "SELECT property_name FROM Properties ORDER BY room_count DESC LIMIT 1",
     "no such column: num_rooms"),
    ("real_estate_properties", "names", "List the names of the available amenity features.",
     "SELECT feature_name FROM Available_Features WHERE feature_type_code = 'Amenity'",
     "SELECT feature_name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'",
     "no such table: Available_Features"),
    ("real_estate_properties", "names", "How many properties are there of each property type?",
     "SELECT property_type, COUNT(*) FROM Properties GROUP BY property_type",
     "SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code",
     "no such column: property_type"),
    ("singer", "names", "What are the titles of songs by singers who are citizens of the United States?",
     "SELECT T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID "
     "WHERE T1.Nationality = 'United States'",
     "SELECT T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID "
     "WHERE T1.Citizenship = 'United States'",
     "no such column: T1.Nationality"),
    ("singer", "names", "What is the net worth of the oldest singer?",
     "SELECT Name, NetWorth FROM singer ORDER BY Birth_Year LIMIT 1",
     "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Birth_Year LIMIT 1",
     "no such column: NetWorth"),
    ("student_transcripts_tracking", "names", "Which semester has the most student enrolments?",
     "SELECT T1.semester_name, COUNT(*) FROM Semesters AS T1 JOIN Student_Enrollment AS T2 "
     "ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT T1.semester_name, COUNT(*) FROM Semesters AS T1 JOIN Student_Enrolment AS T2 "
     "ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY COUNT(*) DESC LIMIT 1",
     "no such table: Student_Enrollment"),
    ("student_transcripts_tracking", "names", "Which departments offer a Master degree program?",
     "SELECT DISTINCT T1.department_name FROM Departments AS T1 JOIN Degree_Programs AS T2 "
     "ON T1.department_id = T2.department_id WHERE T2.degree_name = 'Master'",
     "SELECT DISTINCT T1.department_name FROM Departments AS T1 JOIN Degree_Programs AS T2 "
     "ON T1.department_id = T2.department_id WHERE T2.degree_summary_name = 'Master'",
     "no such column: T2.degree_name"),
    ("tvshow", "names", "Which cartoons were directed by Ben Jones?",
     "SELECT Title FROM Cartoon WHERE Director = 'Ben Jones'",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'",
     "no such column: Director"),
    ("tvshow", "names", "Which TV channels offer high definition TV?",
     "SELECT series_name FROM TV_Channel WHERE High_definition_TV = 'yes'",
     "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'",
     "no such column: High_definition_TV"),
    ("voter_1", "names", "How many votes did each contestant receive?",
     "SELECT T1.contestant_name, COUNT(*) FROM CONTESTANT AS T1 JOIN VOTES AS T2 "
     "ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number",
     "SELECT T1.contestant_name, COUNT(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 "
     "ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number",
     "no such table: CONTESTANT"),
    ("voter_1", "names", "When was the most recent vote cast?",
     "SELECT MAX(created_at) FROM VOTES",
     "SELECT MAX(created) FROM VOTES",
     "no such column: created_at"),
    ("course_teach", "names", "List each teacher's name with the course they are arranged to teach.",
     "SELECT T3.Name, T2.course_name FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
     "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
     "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
     "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
     "no such column: T2.course_name"),
    ("course_teach", "names", "When does the Math course start?",
     "SELECT Starting_Date FROM course WHERE Course = 'Math'",
     "SELECT Staring_Date FROM course WHERE Course = 'Math'",
     "no such column: Starting_Date"),
    ("dog_kennels", "names", "What are the names of the bulldogs?",
     "SELECT T1.name FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed = 'Bulldog'",
     "SELECT T1.name FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Bulldog'",
     "no such column: T2.breed"),
    ("dog_kennels", "names", "What is the average cost of a treatment?",
     "SELECT AVG(treatment_cost) FROM Treatments",
     "SELECT AVG(cost_of_treatment) FROM Treatments",
     "no such column: treatment_cost"),
    ("cre_Doc_Template_Mgt", "names", "Which documents use a template whose version number is greater than 5?",
     "SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID "
     "WHERE T2.Version > 5",
     "SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID "
     "WHERE T2.Version_Number > 5",
     "no such column: T2.Version"),
    ("cre_Doc_Template_Mgt", "names", "What is the text of the paragraphs in the document named Summer Show?",
     "SELECT T1.Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID "
     "WHERE T2.Document_Name = 'Summer Show'",
     "SELECT T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID "
     "WHERE T2.Document_Name = 'Summer Show'",
     "no such column: T1.Text"),
    ("battle_death", "names", "How many people were killed by each ship?",
     "SELECT T1.name, SUM(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.ship_id GROUP BY T1.id",
     "SELECT T1.name, SUM(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id",
     "no such column: T2.ship_id"),
    ("battle_death", "names", "List the names and dates of battles that ended in a Bulgarian victory.",
     "SELECT battle_name, date FROM battle WHERE result = 'Bulgarian victory'",
     "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'",
     "no such column: battle_name"),

    # ------------------------------------------------------------------ dialect (25)
    # PostgreSQL (10)
    ("concert_singer", "dialect", "Which singers have a song whose name contains 'love', ignoring case?",
     "SELECT Name FROM singer WHERE Song_Name ILIKE '%love%'",
     "SELECT Name FROM singer WHERE Song_Name LIKE '%love%'",
     'near "ILIKE": syntax error'),
    ("car_1", "dialect", "What is the average MPG of cars with 4 cylinders?",
     "SELECT AVG(MPG::float) FROM cars_data WHERE Cylinders = 4",
     "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Cylinders = 4",
     'unrecognized token: ":"'),
    ("dog_kennels", "dialect", "Which dogs arrived at the kennels in 2017?",
     "SELECT name, date_arrived FROM Dogs WHERE EXTRACT(YEAR FROM date_arrived) = 2017",
     "SELECT name, date_arrived FROM Dogs WHERE strftime('%Y', date_arrived) = '2017'",
     'near "FROM": syntax error'),
    ("student_transcripts_tracking", "dialect", "Which students first registered before 1990?",
     "SELECT first_name, last_name FROM Students WHERE DATE_PART('year', date_first_registered) < 1990",
     "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) < 1990",
     "no such function: DATE_PART"),
    ("voter_1", "dialect", "How many votes were cast on each day?",
     "SELECT TO_CHAR(created, 'YYYY-MM-DD') AS vote_day, COUNT(*) FROM VOTES GROUP BY TO_CHAR(created, 'YYYY-MM-DD')",
     "SELECT strftime('%Y-%m-%d', created) AS vote_day, COUNT(*) FROM VOTES GROUP BY strftime('%Y-%m-%d', created)",
     "no such function: TO_CHAR"),
    ("world_1", "dialect", "List the official languages of Canada as one comma-separated string.",
     "SELECT STRING_AGG(Language, ', ') FROM countrylanguage WHERE CountryCode = 'CAN' AND IsOfficial = 'T'",
     "SELECT GROUP_CONCAT(Language, ', ') FROM countrylanguage WHERE CountryCode = 'CAN' AND IsOfficial = 'T'",
     "no such function: STRING_AGG"),
    ("network_1", "dialect", "Which high schoolers have a name starting with J?",
     "SELECT name, grade FROM Highschooler WHERE name ~ '^J'",
     "SELECT name, grade FROM Highschooler WHERE name LIKE 'J%'",
     'near "~": syntax error'),
    ("museum_visit", "dialect", "For each museum, which visitor spent the most there?",
     "SELECT DISTINCT ON (Museum_ID) Museum_ID, visitor_ID, Total_spent FROM visit ORDER BY Museum_ID, Total_spent DESC",
     "SELECT Museum_ID, visitor_ID, MAX(Total_spent) FROM visit GROUP BY Museum_ID",
     'near "ON": syntax error'),
    ("tvshow", "dialect", "For each episode, what is the 18-49 rating (the part before the slash)?",
     "SELECT Episode, SPLIT_PART(\"18_49_Rating_Share\", '/', 1) AS rating_18_49 FROM TV_series",
     "SELECT Episode, SUBSTR(\"18_49_Rating_Share\", 1, INSTR(\"18_49_Rating_Share\", '/') - 1) AS rating_18_49 FROM TV_series",
     "no such function: SPLIT_PART"),
    ("pets_1", "dialect", "What is the average weight of each type of pet, to two decimals?",
     "SELECT PetType, AVG(weight)::numeric(10,2) AS avg_weight FROM Pets GROUP BY PetType",
     "SELECT PetType, ROUND(AVG(weight), 2) AS avg_weight FROM Pets GROUP BY PetType",
     'unrecognized token: ":"'),
    # T-SQL (8)
    ("world_1", "dialect", "What are the five most populous countries?",
     "SELECT TOP 5 Name, Population FROM country ORDER BY Population DESC",
     "SELECT Name, Population FROM country ORDER BY Population DESC LIMIT 5",
     'near "5": syntax error'),
    ("singer", "dialect", "List every singer with their citizenship, showing 'Unknown' when it is missing.",
     "SELECT Name, ISNULL(Citizenship, 'Unknown') AS citizenship FROM singer",
     "SELECT Name, IFNULL(Citizenship, 'Unknown') AS citizenship FROM singer",
     'near "ISNULL": syntax error'),
    ("orchestra", "dialect", "Which orchestras have names longer than 25 characters?",
     "SELECT Orchestra FROM orchestra WHERE LEN(Orchestra) > 25",
     "SELECT Orchestra FROM orchestra WHERE LENGTH(Orchestra) > 25",
     "no such function: LEN"),
    ("voter_1", "dialect", "How many votes were cast in each hour of the day?",
     "SELECT DATEPART(hour, created) AS vote_hour, COUNT(*) FROM VOTES GROUP BY DATEPART(hour, created)",
     "SELECT strftime('%H', created) AS vote_hour, COUNT(*) FROM VOTES GROUP BY strftime('%H', created)",
     "no such column: hour"),
    ("employee_hire_evaluation", "dialect", "Which employees started working at a shop after 2010?",
     "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID "
     "WHERE CONVERT(INT, T2.Start_from) > 2010",
     "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID "
     "WHERE CAST(T2.Start_from AS INTEGER) > 2010",
     "no such column: INT"),
    ("dog_kennels", "dialect", "How many days ago did each dog arrive?",
     "SELECT name, DATEDIFF(day, date_arrived, GETDATE()) AS days_since_arrival FROM Dogs",
     "SELECT name, CAST(julianday('now') - julianday(date_arrived) AS INTEGER) AS days_since_arrival FROM Dogs",
     "no such column: day"),
    ("flight_2", "dialect", "Which five cities have the most airports?",
     "SELECT TOP 5 City, COUNT(*) AS airport_count FROM airports GROUP BY City ORDER BY airport_count DESC",
     "SELECT City, COUNT(*) AS airport_count FROM airports GROUP BY City ORDER BY airport_count DESC LIMIT 5",
     'near "5": syntax error'),
    ("battle_death", "dialect", "Which battles were sieges?",
     "SELECT name, date FROM battle WHERE CHARINDEX('Siege', name) > 0",
     "SELECT name, date FROM battle WHERE INSTR(name, 'Siege') > 0",
     "no such function: CHARINDEX"),
    # MySQL (7)
    ("concert_singer", "dialect", "List each singer's name and whether they are male or female.",
     "SELECT Name, IF(Is_male = 'T', 'Male', 'Female') AS gender FROM singer",
     "SELECT Name, CASE WHEN Is_male = 'T' THEN 'Male' ELSE 'Female' END AS gender FROM singer",
     "no such function: IF"),
    ("cre_Doc_Template_Mgt", "dialect", "In which year and month did each template become effective?",
     "SELECT Template_ID, DATE_FORMAT(Date_Effective_From, '%Y-%m') AS effective_month FROM Templates",
     "SELECT Template_ID, strftime('%Y-%m', Date_Effective_From) AS effective_month FROM Templates",
     "no such function: DATE_FORMAT"),
    ("real_estate_properties", "dialect", "Which properties were sold after the year 2000?",
     "SELECT property_name, date_sold FROM Properties WHERE YEAR(date_sold) > 2000",
     "SELECT property_name, date_sold FROM Properties WHERE CAST(strftime('%Y', date_sold) AS INTEGER) > 2000",
     "no such function: YEAR"),
    ("course_teach", "dialect", "For each teacher, list the courses they teach in one comma-separated string.",
     "SELECT T3.Name, GROUP_CONCAT(T2.Course SEPARATOR ', ') AS courses FROM course_arrange AS T1 "
     "JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID GROUP BY T3.Name",
     "SELECT T3.Name, GROUP_CONCAT(T2.Course, ', ') AS courses FROM course_arrange AS T1 "
     "JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID GROUP BY T3.Name",
     'near "SEPARATOR": syntax error'),
    ("museum_visit", "dialect", "Which museums have 'Plaza' in their name?",
     "SELECT Name, Open_Year FROM museum WHERE LOCATE('Plaza', Name) > 0",
     "SELECT Name, Open_Year FROM museum WHERE INSTR(Name, 'Plaza') > 0",
     "no such function: LOCATE"),
    ("student_transcripts_tracking", "dialect", "How many days passed between each student's first registration and leaving?",
     "SELECT first_name, last_name, DATEDIFF(date_left, date_first_registered) AS days_enrolled FROM Students",
     "SELECT first_name, last_name, julianday(date_left) - julianday(date_first_registered) AS days_enrolled FROM Students",
     "no such function: DATEDIFF"),
    ("poker_player", "dialect", "Which people were born after 1985?",
     "SELECT Name, Birth_Date FROM people WHERE YEAR(STR_TO_DATE(Birth_Date, '%M %d, %Y')) > 1985",
     "SELECT Name, Birth_Date FROM people WHERE CAST(SUBSTR(Birth_Date, -4) AS INTEGER) > 1985",
     "no such function: STR_TO_DATE"),

    # ------------------------------------------------------------------ literals (20)
    ("car_1", "literals", "Which car makers are from the USA?",
     "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'USA'",
     "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'usa'",
     None),
    ("world_1", "literals", "Which cities in the USA have more than a million people?",
     "SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
     "WHERE T2.Name = 'USA' AND T1.Population > 1000000",
     "SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
     "WHERE T2.Name = 'United States' AND T1.Population > 1000000",
     None),
    ("concert_singer", "literals", "What are the names and ages of singers from the USA?",
     "SELECT Name, Age FROM singer WHERE Country = 'USA'",
     "SELECT Name, Age FROM singer WHERE Country = 'United States'",
     None),
    ("pets_1", "literals", "Which female students are younger than 20?",
     "SELECT Fname, LName FROM Student WHERE Sex = 'Female' AND Age < 20",
     "SELECT Fname, LName FROM Student WHERE Sex = 'F' AND Age < 20",
     None),
    ("flight_2", "literals", "What are the names of the airports in Anchorage?",
     "SELECT AirportName FROM airports WHERE City = 'Anchorage'",
     "SELECT AirportName FROM airports WHERE City = 'Anchorage '",
     None),
    ("tvshow", "literals", "Which TV channels are based in the UK?",
     "SELECT series_name FROM TV_Channel WHERE Country = 'UK'",
     "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'",
     None),
    ("orchestra", "literals", "Which American conductors have worked more than 10 years?",
     "SELECT Name FROM conductor WHERE Nationality = 'American' AND Year_of_Work > 10",
     "SELECT Name FROM conductor WHERE Nationality = 'USA' AND Year_of_Work > 10",
     None),
    ("orchestra", "literals", "Which orchestras record with Decca?",
     "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca'",
     "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'",
     None),
    ("dog_kennels", "literals", "What are the names and ages of the bulldogs?",
     "SELECT T1.name, T1.age FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Bulldogs'",
     "SELECT T1.name, T1.age FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Bulldog'",
     None),
    ("dog_kennels", "literals", "Which dogs are large?",
     "SELECT name FROM Dogs WHERE size_code = 'Large'",
     "SELECT name FROM Dogs WHERE size_code = 'LGE'",
     None),
    ("real_estate_properties", "literals", "List the names and room counts of apartments.",
     "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'apartment'",
     "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'Apartment'",
     None),
    ("student_transcripts_tracking", "literals", "What are the descriptions of the PhD degree programs?",
     "SELECT degree_summary_description FROM Degree_Programs WHERE degree_summary_name = 'PhD'",
     "SELECT degree_summary_description FROM Degree_Programs WHERE degree_summary_name = 'PHD'",
     None),
    ("student_transcripts_tracking", "literals", "What are the section names of the mathematics course?",
     "SELECT T2.section_name FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id "
     "WHERE T1.course_name = 'Mathematics'",
     "SELECT T2.section_name FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id "
     "WHERE T1.course_name = 'math'",
     None),
    ("cre_Doc_Template_Mgt", "literals", "Which templates are presentation templates, and what version are they?",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'Presentation'",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'",
     None),
    ("voter_1", "literals", "Which phone numbers voted from New York?",
     "SELECT phone_number FROM VOTES WHERE state = 'New York'",
     "SELECT phone_number FROM VOTES WHERE state = 'NY'",
     None),
    ("singer", "literals", "Which French singers are there, and what are they worth?",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Citizenship = 'French'",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Citizenship = 'France'",
     None),
    ("poker_player", "literals", "What are the earnings of the Russian poker players?",
     "SELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID "
     "WHERE T1.Nationality = 'Russian'",
     "SELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID "
     "WHERE T1.Nationality = 'Russia'",
     None),
    ("battle_death", "literals", "Which ship has a tonnage of 225 tons?",
     "SELECT name, ship_type FROM ship WHERE tonnage = '225 tons'",
     "SELECT name, ship_type FROM ship WHERE tonnage = '225'",
     None),
    ("employee_hire_evaluation", "literals", "Which employees are hired full time?",
     "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Is_full_time = 'Yes'",
     "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Is_full_time = 'T'",
     None),
    ("course_teach", "literals", "Which teachers come from Blackrod?",
     "SELECT Name, Age FROM teacher WHERE Hometown = 'Blackrod'",
     "SELECT Name, Age FROM teacher WHERE Hometown = 'Blackrod Urban District'",
     None),

    # ------------------------------------------------------------------ wrapping (10)
    ("museum_visit", "wrapping", "Which museums have more than 30 staff?",
     "```sql\nSELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > 30\n```",
     "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > 30",
     None),
    ("network_1", "wrapping", "What are the names of the students in grade 12?",
     "Here is the query:\n\nSELECT name FROM Highschooler WHERE grade = 12",
     "SELECT name FROM Highschooler WHERE grade = 12",
     None),
    ("real_estate_properties", "wrapping", "What is the average agreed selling price of each property type?",
     "SELECT property_type_code, AVG(agreed_selling_price) FROM Properties GROUP BY property_type_code\n\n"
     "This query groups the properties by their type code and averages the agreed selling price within each group.",
     "SELECT property_type_code, AVG(agreed_selling_price) FROM Properties GROUP BY property_type_code",
     None),
    ("voter_1", "wrapping", "How many votes were cast from each state?",
     "SELECT state, COUNT(*) FROM VOTES GROUP BY state;\nThis counts the number of votes recorded for each state.",
     "SELECT state, COUNT(*) FROM VOTES GROUP BY state",
     None),
    ("poker_player", "wrapping", "Who is the poker player with the highest earnings?",
     "Sure! Here's the SQL query:\n\n```sql\nSELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 "
     "ON T1.People_ID = T2.People_ID ORDER BY T2.Earnings DESC LIMIT 1;\n```\n\n"
     "It joins people with poker_player and keeps the row with the largest earnings.",
     "SELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 "
     "ON T1.People_ID = T2.People_ID ORDER BY T2.Earnings DESC LIMIT 1",
     None),
    ("cre_Doc_Template_Mgt", "wrapping", "How many documents use each template?",
     "SQLQuery: SELECT Template_ID, COUNT(*) FROM Documents GROUP BY Template_ID",
     "SELECT Template_ID, COUNT(*) FROM Documents GROUP BY Template_ID",
     None),
    ("battle_death", "wrapping", "Which ships were lost in the Mid-Atlantic?",
     "```\nSELECT name, disposition_of_ship FROM ship WHERE location = 'Mid-Atlantic'\n```",
     "SELECT name, disposition_of_ship FROM ship WHERE location = 'Mid-Atlantic'",
     None),
    ("singer", "wrapping", "What is the total sales of songs by each singer?",
     "Answer:\nSELECT T1.Name, SUM(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Name;\n\n"
     "Explanation: the join links each song to its singer and SUM adds up the sales.",
     "SELECT T1.Name, SUM(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Name",
     None),
    ("employee_hire_evaluation", "wrapping", "How many employees live in each city?",
     "```sqlite\nSELECT City, COUNT(*) FROM employee GROUP BY City;\n```",
     "SELECT City, COUNT(*) FROM employee GROUP BY City",
     None),
    ("course_teach", "wrapping", "Which teachers are older than 35?",
     "The following query lists the teachers older than 35:\n\nSELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35;",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35",
     None),
]

TOKEN_RE = re.compile(r"""
    (?P<str>'(?:[^']|'')*')
  | (?P<qid>"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>\S)
""", re.X)


def tokens(sql):
    out = []
    for m in TOKEN_RE.finditer(sql):
        kind = m.lastgroup
        text = m.group()
        out.append((kind, text.upper() if kind == "id" else text))
    return out


def connect(db):
    path = os.path.join(DB_DIR, db, db + ".sqlite")
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def run(conn, sql):
    """Return (rows, None) or (None, error message)."""
    try:
        return conn.execute(sql).fetchall(), None
    except (sqlite3.Error, sqlite3.Warning) as e:
        return None, str(e)


def run_script(conn, sql):
    """Execute as a script (every statement in turn, as sqlite3's exec does); error or None."""
    try:
        conn.executescript(sql)
        return None
    except (sqlite3.Error, sqlite3.Warning) as e:
        return str(e)


def diff_kinds(a, b):
    """Token kinds of the positions where two SQL texts differ."""
    ta, tb = tokens(a), tokens(b)
    sm = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    changed = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            changed.append((ta[i1:i2], tb[j1:j2]))
    return changed


def check(case):
    db, cls, question, broken, correct, hint = case
    errs = []
    conn = connect(db)
    rows, err = run(conn, correct)
    if err:
        errs.append(f"correct fails: {err}")
    elif not rows:
        errs.append("correct returns no rows")
    elif all(v is None for v in rows[0]):
        errs.append("correct returns only NULL")

    brows, berr = run(conn, broken)
    if cls == "names":
        if berr is None:
            errs.append("broken runs")
        elif not ("no such column" in berr or "no such table" in berr):
            errs.append(f"broken error is not a name error: {berr}")
        elif hint and hint != berr:
            errs.append(f"broken error {berr!r} != expected {hint!r}")
        changed = diff_kinds(broken, correct)
        if not changed:
            errs.append("broken == correct")
        for old, new in changed:
            if len(old) != 1 or len(new) != 1 or old[0][0] not in ("id", "qid") or new[0][0] not in ("id", "qid"):
                errs.append(f"names diff is not one identifier for one identifier: {old} -> {new}")
    elif cls == "dialect":
        if berr is None:
            errs.append("broken runs")
        elif hint and hint not in berr:
            errs.append(f"broken error {berr!r} lacks {hint!r}")
    elif cls == "literals":
        if berr is not None:
            errs.append(f"broken fails: {berr}")
        elif brows:
            errs.append(f"broken returns {len(brows)} rows")
        changed = diff_kinds(broken, correct)
        if not changed:
            errs.append("broken == correct")
        for old, new in changed:
            if len(old) != 1 or len(new) != 1 or old[0][0] != "str" or new[0][0] != "str":
                errs.append(f"literals diff is not one string for one string: {old} -> {new}")
    elif cls == "wrapping":
        if berr is None:
            errs.append("broken runs as one statement")
        if run_script(conn, broken) is None:
            errs.append("broken runs as a script")
        if correct not in broken:
            errs.append("correct is not verbatim inside broken")
    else:
        errs.append(f"unknown class {cls}")
    conn.close()
    return errs, berr


def main():
    failures = []
    counts = collections.Counter(c[1] for c in CASES)
    for cls, n in EXPECTED.items():
        if counts[cls] != n:
            failures.append(f"class {cls}: {counts[cls]} cases, expected {n}")
    if sum(counts.values()) != sum(EXPECTED.values()):
        failures.append(f"total {sum(counts.values())} cases, expected {sum(EXPECTED.values())}")
    dbs = sorted(d for d in os.listdir(DB_DIR) if os.path.isdir(os.path.join(DB_DIR, d)))
    per_db = collections.Counter(c[0] for c in CASES)
    for d in dbs:
        if per_db[d] < 3:
            failures.append(f"database {d}: only {per_db[d]} cases")
    for d in per_db:
        if d not in dbs:
            failures.append(f"unknown database {d}")
    for key, label in ((2, "question"), (3, "broken")):
        dup = [k for k, v in collections.Counter((c[0], c[key]) for c in CASES).items() if v > 1]
        if dup:
            failures.append(f"duplicate {label}s: {dup}")

    verbose = "-v" in sys.argv
    for i, case in enumerate(CASES):
        errs, berr = check(case)
        if verbose:
            print(f"{i:3d} {case[1]:9s} {case[0]:30s} {berr}")
        for e in errs:
            failures.append(f"case {i} ({case[1]}, {case[0]}: {case[2]!r}): {e}")

    if failures:
        print("\n".join(failures))
        print(f"{len(failures)} failure(s); {OUT} not written")
        return 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for db, cls, question, broken, correct, _ in CASES:
            f.write(json.dumps({"db_id": db, "class": cls, "question": question,
                                "broken": broken, "correct": correct}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}: " +
          ", ".join(f"{k} {counts[k]}" for k in EXPECTED) +
          f"; sqlite {sqlite3.sqlite_version}; {len(per_db)} databases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
