#!/usr/bin/env python3
"""Generate repair_v14.jsonl: 100 broken/correct SQL pairs over the 19 Spider dev databases.

Each case: {"db_id", "class", "question", "broken", "correct"}.
Classes: names 45, dialect 25 (10 PostgreSQL, 8 T-SQL, 7 MySQL), literals 20, wrapping 10.

Checks (all must pass, else nothing is written):
  * "correct" runs on SQLite and returns at least one row;
  * "broken" raises sqlite3.Error (prepare or run error; for two statements / a trailing
    text after ";" this is the one-statement-at-a-time error);
    for class "literals" instead: "broken" runs and returns zero rows;
  * names: the error is "no such column/table" or "ambiguous column name";
  * dialect: the construct is rejected by SQLite (syntax error / no such function / column);
  * exact counts per class and per dialect; all 19 databases used; no duplicate broken SQL.
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import sqlite3
import sys

SPIDER_DB = "/work/shared/eval/spider/database"

# (db_id, subtype, question, broken, correct)
NAMES = [
    # --- abbreviated column names
    ("concert_singer", "abbreviated", "What is the capacity of each stadium?",
     "SELECT Name, Cap FROM stadium",
     "SELECT Name, Capacity FROM stadium"),
    ("dog_kennels", "abbreviated", "Describe each treatment type.",
     "SELECT treatment_type_code, treatment_type_desc FROM Treatment_Types",
     "SELECT treatment_type_code, treatment_type_description FROM Treatment_Types"),
    ("student_transcripts_tracking", "abbreviated", "list all department names",
     "SELECT dept_name FROM Departments ORDER BY dept_name",
     "SELECT department_name FROM Departments ORDER BY department_name"),
    ("voter_1", "abbreviated", "How many votes did each contestant receive?",
     "SELECT c.contestant_name, COUNT(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_num = c.contestant_number GROUP BY c.contestant_name",
     "SELECT c.contestant_name, COUNT(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number GROUP BY c.contestant_name"),
    # --- expanded column names
    ("car_1", "expanded", "What is the average miles per gallon of cars with 4 cylinders?",
     "SELECT AVG(Miles_Per_Gallon) FROM cars_data WHERE Cylinders = 4",
     "SELECT AVG(MPG) FROM cars_data WHERE Cylinders = 4"),
    ("course_teach", "expanded", "When does each course start?",
     "SELECT Course, Starting_Date FROM course",
     "SELECT Course, Staring_Date FROM course"),
    ("employee_hire_evaluation", "expanded", "How many products does each shop carry?",
     "SELECT Name, Number_of_products FROM shop ORDER BY Number_of_products DESC",
     "SELECT Name, Number_products FROM shop ORDER BY Number_products DESC"),
    ("tvshow", "expanded", "Which TV channels broadcast in high definition?",
     "SELECT series_name FROM TV_Channel WHERE High_definition_TV = 'yes'",
     "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'"),
    # --- synonym-renamed columns
    ("employee_hire_evaluation", "synonym", "Which employees got a bonus, and how much was it?",
     "SELECT e.Name, ev.Award FROM employee AS e JOIN evaluation AS ev ON e.Employee_ID = ev.Employee_ID",
     "SELECT e.Name, ev.Bonus FROM employee AS e JOIN evaluation AS ev ON e.Employee_ID = ev.Employee_ID"),
    ("museum_visit", "synonym", "How many staff does each museum employ?",
     "SELECT Name, Staff_Count FROM museum",
     "SELECT Name, Num_of_Staff FROM museum"),
    ("orchestra", "synonym", "Which record label is each orchestra signed to?",
     "SELECT Orchestra, Record_Label FROM orchestra",
     "SELECT Orchestra, Record_Company FROM orchestra"),
    ("poker_player", "synonym", "What are the total winnings of all poker players?",
     "SELECT SUM(Winnings) FROM poker_player",
     "SELECT SUM(Earnings) FROM poker_player"),
    ("real_estate_properties", "synonym", "Which properties have more than 5 rooms?",
     "SELECT property_name, num_rooms FROM Properties WHERE num_rooms > 5",
     "SELECT property_name, room_count FROM Properties WHERE room_count > 5"),
    ("battle_death", "synonym", "How many people were killed by each ship?",
     "SELECT s.name, SUM(d.deaths) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id GROUP BY s.name",
     "SELECT s.name, SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id GROUP BY s.name"),
    # --- underscore variants
    ("concert_singer", "underscore", "What song did each singer release, and in which year?",
     "SELECT Name, SongName, Song_release_year FROM singer",
     "SELECT Name, Song_Name, Song_release_year FROM singer"),
    ("flight_2", "underscore", "What is the name of the airport with code ABR?",
     "SELECT AirportName FROM airports WHERE Airport_Code = 'ABR'",
     "SELECT AirportName FROM airports WHERE AirportCode = 'ABR'"),
    ("pets_1", "underscore", "What type and age is each pet?",
     "SELECT PetType, PetAge FROM Pets",
     "SELECT PetType, pet_age FROM Pets"),
    ("world_1", "underscore", "Which countries have a life expectancy above 80?",
     "SELECT Name FROM country WHERE Life_Expectancy > 80",
     "SELECT Name FROM country WHERE LifeExpectancy > 80"),
    ("orchestra", "underscore", "Show each performance type with its official rating in millions.",
     "SELECT Type, Official_ratings_millions FROM performance",
     "SELECT Type, \"Official_ratings_(millions)\" FROM performance"),
    ("tvshow", "underscore", "show episodes with their 18-49 rating/share",
     "SELECT Episode, Rating_18_49_Share FROM TV_series",
     "SELECT Episode, \"18_49_Rating_Share\" FROM TV_series"),
    # --- singular / plural table names
    ("concert_singer", "plural", "List the names of all singers from France.",
     "SELECT Name FROM singers WHERE Country = 'France'",
     "SELECT Name FROM singer WHERE Country = 'France'"),
    ("dog_kennels", "singular", "List each dog's name with its owner's last name.",
     "SELECT d.name, o.last_name FROM Dog AS d JOIN Owners AS o ON d.owner_id = o.owner_id",
     "SELECT d.name, o.last_name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id"),
    ("pets_1", "plural", "Which students own a pet?",
     "SELECT DISTINCT s.Fname FROM Student AS s JOIN Has_Pets AS hp ON s.StuID = hp.StuID",
     "SELECT DISTINCT s.Fname FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID"),
    ("singer", "plural", "Which songs reached number one?",
     "SELECT Title FROM songs WHERE Highest_Position = 1",
     "SELECT Title FROM song WHERE Highest_Position = 1"),
    ("student_transcripts_tracking", "singular", "What are the names of all semesters?",
     "SELECT semester_name FROM Semester",
     "SELECT semester_name FROM Semesters"),
    ("world_1", "plural", "Cities with a population over 5 million.",
     "SELECT Name, Population FROM cities WHERE Population > 5000000",
     "SELECT Name, Population FROM city WHERE Population > 5000000"),
    # --- column on the wrong alias
    ("car_1", "wrong_alias", "List the full names of car makers from Japan.",
     "SELECT T2.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'",
     "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'"),
    ("flight_2", "wrong_alias", "List the flight numbers of United Airlines flights.",
     "SELECT T1.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T2.Airline = T1.uid WHERE T1.Airline = 'United Airlines'",
     "SELECT T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T2.Airline = T1.uid WHERE T1.Airline = 'United Airlines'"),
    ("orchestra", "wrong_alias", "Which orchestra does each conductor lead?",
     "SELECT T1.Name, T1.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID",
     "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID"),
    ("battle_death", "wrong_alias", "For each battle, what type of ship was lost?",
     "SELECT T1.name, T1.ship_type FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id",
     "SELECT T1.name, T2.ship_type FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id"),
    # --- ambiguous unqualified column in a join
    ("concert_singer", "ambiguous", "For each concert, show its name, stadium id and stadium name.",
     "SELECT concert_Name, Stadium_ID, Name FROM concert JOIN stadium ON concert.Stadium_ID = stadium.Stadium_ID",
     "SELECT concert_Name, stadium.Stadium_ID, Name FROM concert JOIN stadium ON concert.Stadium_ID = stadium.Stadium_ID"),
    ("dog_kennels", "ambiguous", "Show each owner id with the names of that owner's dogs.",
     "SELECT owner_id, name FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id",
     "SELECT Owners.owner_id, name FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id"),
    ("singer", "ambiguous", "Show singer ids, names and the titles of their songs.",
     "SELECT Singer_ID, Name, Title FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID",
     "SELECT singer.Singer_ID, Name, Title FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID"),
    ("world_1", "ambiguous", "List the cities in Japan with their population.",
     "SELECT Name, Population FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Name = 'Japan'",
     "SELECT city.Name, city.Population FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Name = 'Japan'"),
    ("network_1", "ambiguous", "Which students both have a friend and like someone?",
     "SELECT DISTINCT student_id FROM Friend JOIN Likes ON Friend.student_id = Likes.student_id",
     "SELECT DISTINCT Friend.student_id FROM Friend JOIN Likes ON Friend.student_id = Likes.student_id"),
    # --- a column of a table not joined yet
    ("course_teach", "not_joined", "Which teacher teaches which course?",
     "SELECT teacher.Name, course.Course FROM course_arrange JOIN teacher ON course_arrange.Teacher_ID = teacher.Teacher_ID",
     "SELECT teacher.Name, course.Course FROM course_arrange JOIN teacher ON course_arrange.Teacher_ID = teacher.Teacher_ID JOIN course ON course_arrange.Course_ID = course.Course_ID"),
    ("museum_visit", "not_joined", "How much did each visitor spend in total?",
     "SELECT visitor.Name, SUM(visit.Total_spent) FROM visit GROUP BY visitor.Name",
     "SELECT visitor.Name, SUM(visit.Total_spent) FROM visit JOIN visitor ON visitor.ID = visit.visitor_ID GROUP BY visitor.Name"),
    ("poker_player", "not_joined", "Names of the poker players and their earnings.",
     "SELECT people.Name, poker_player.Earnings FROM poker_player",
     "SELECT people.Name, poker_player.Earnings FROM poker_player JOIN people ON poker_player.People_ID = people.People_ID"),
    # --- an alias used but never defined
    ("cre_Doc_Template_Mgt", "undefined_alias", "Which template type does each document use?",
     "SELECT d.Document_Name, t.Template_Type_Code FROM Documents AS d JOIN Templates AS tp ON d.Template_ID = tp.Template_ID",
     "SELECT d.Document_Name, tp.Template_Type_Code FROM Documents AS d JOIN Templates AS tp ON d.Template_ID = tp.Template_ID"),
    ("network_1", "undefined_alias", "Show the names of students and the names of their friends.",
     "SELECT H1.name, H2.name FROM Friend AS F JOIN Highschooler AS H1 ON F.student_id = H1.ID JOIN Highschooler AS H ON F.friend_id = H.ID",
     "SELECT H1.name, H2.name FROM Friend AS F JOIN Highschooler AS H1 ON F.student_id = H1.ID JOIN Highschooler AS H2 ON F.friend_id = H2.ID"),
    ("student_transcripts_tracking", "undefined_alias", "Which degree programs belong to which department?",
     "SELECT d.department_name, dp.degree_summary_name FROM Degree_Programs AS dp JOIN Departments AS dept ON dp.department_id = dept.department_id",
     "SELECT dept.department_name, dp.degree_summary_name FROM Degree_Programs AS dp JOIN Departments AS dept ON dp.department_id = dept.department_id"),
    # --- a table name guessed from the wording
    ("car_1", "guessed_table", "How many car makers are there in each country?",
     "SELECT c.CountryName, COUNT(*) FROM makers AS m JOIN countries AS c ON m.Country = c.CountryId GROUP BY c.CountryName",
     "SELECT c.CountryName, COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId GROUP BY c.CountryName"),
    ("cre_Doc_Template_Mgt", "guessed_table", "List all template types and their descriptions.",
     "SELECT Template_Type_Code, Template_Type_Description FROM Template_Types",
     "SELECT Template_Type_Code, Template_Type_Description FROM Ref_Template_Types"),
    ("employee_hire_evaluation", "guessed_table", "Which employees work full time?",
     "SELECT e.Name FROM employees AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'T'",
     "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'T'"),
    ("voter_1", "guessed_table", "What state does area code 212 belong to?",
     "SELECT state FROM area_codes WHERE area_code = 212",
     "SELECT state FROM AREA_CODE_STATE WHERE area_code = 212"),
]

# (db_id, dialect, construct, question, broken, correct)
DIALECT = [
    # --- PostgreSQL (10)
    ("orchestra", "postgresql", "::cast", "In which year was each orchestra founded, as a whole number?",
     "SELECT Orchestra, Year_of_Founded::int FROM orchestra",
     "SELECT Orchestra, CAST(Year_of_Founded AS INTEGER) FROM orchestra"),
    ("car_1", "postgresql", "ILIKE", "Which car names contain 'ford', any case?",
     "SELECT Make FROM car_names WHERE Make ILIKE '%ford%'",
     "SELECT Make FROM car_names WHERE Make LIKE '%ford%'"),
    ("voter_1", "postgresql", "DATE_TRUNC", "How many votes were cast per day?",
     "SELECT DATE_TRUNC('day', created) AS day, COUNT(*) FROM VOTES GROUP BY 1",
     "SELECT date(created) AS day, COUNT(*) FROM VOTES GROUP BY 1"),
    ("dog_kennels", "postgresql", "EXTRACT", "In which year was each dog born?",
     "SELECT name, EXTRACT(YEAR FROM date_of_birth) AS birth_year FROM Dogs",
     "SELECT name, CAST(strftime('%Y', date_of_birth) AS INTEGER) AS birth_year FROM Dogs"),
    ("orchestra", "postgresql", "DISTINCT ON", "Who is the oldest conductor of each nationality?",
     "SELECT DISTINCT ON (Nationality) Nationality, Name, Age FROM conductor ORDER BY Nationality, Age DESC",
     "SELECT Nationality, Name, Age FROM (SELECT Nationality, Name, Age, ROW_NUMBER() OVER (PARTITION BY Nationality ORDER BY Age DESC) AS rn FROM conductor) WHERE rn = 1"),
    ("dog_kennels", "postgresql", "INTERVAL", "Which dogs left less than 30 days after being adopted?",
     "SELECT name FROM Dogs WHERE date_departed < date_adopted + INTERVAL '30 days'",
     "SELECT name FROM Dogs WHERE julianday(date_departed) < julianday(date_adopted) + 30"),
    ("concert_singer", "postgresql", "GREATEST", "For each stadium show the larger of its highest and average attendance.",
     "SELECT Name, GREATEST(Highest, Average) FROM stadium",
     "SELECT Name, MAX(Highest, Average) FROM stadium"),
    ("course_teach", "postgresql", "ARRAY_AGG", "For each teacher, list the courses they teach.",
     "SELECT t.Name, ARRAY_AGG(c.Course) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID GROUP BY t.Name",
     "SELECT t.Name, GROUP_CONCAT(c.Course) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID GROUP BY t.Name"),
    ("real_estate_properties", "postgresql", "TO_CHAR", "In which month did each property go on the market?",
     "SELECT property_name, TO_CHAR(date_on_market, 'YYYY-MM') FROM Properties",
     "SELECT property_name, strftime('%Y-%m', date_on_market) FROM Properties"),
    ("flight_2", "postgresql", "FETCH FIRST", "First 5 airports by code.",
     "SELECT AirportCode, AirportName FROM airports ORDER BY AirportCode FETCH FIRST 5 ROWS ONLY",
     "SELECT AirportCode, AirportName FROM airports ORDER BY AirportCode LIMIT 5"),
    # --- T-SQL (8)
    ("singer", "tsql", "TOP", "The 3 best-selling songs.",
     "SELECT TOP 3 Title, Sales FROM song ORDER BY Sales DESC",
     "SELECT Title, Sales FROM song ORDER BY Sales DESC LIMIT 3"),
    ("student_transcripts_tracking", "tsql", "DATEDIFF", "How many days passed between each student's registration and leaving?",
     "SELECT first_name, last_name, DATEDIFF(day, date_first_registered, date_left) AS days FROM Students",
     "SELECT first_name, last_name, CAST(julianday(date_left) - julianday(date_first_registered) AS INTEGER) AS days FROM Students"),
    ("poker_player", "tsql", "LEN", "How long is each person's name?",
     "SELECT Name, LEN(Name) FROM people",
     "SELECT Name, LENGTH(Name) FROM people"),
    ("cre_Doc_Template_Mgt", "tsql", "ISNULL(a,b)", "Show document names with their other details, or 'n/a' when missing.",
     "SELECT Document_Name, ISNULL(Other_Details, 'n/a') FROM Documents",
     "SELECT Document_Name, COALESCE(Other_Details, 'n/a') FROM Documents"),
    ("voter_1", "tsql", "CONVERT", "Show each vote id with the date it was created (no time).",
     "SELECT vote_id, CONVERT(date, created) FROM VOTES",
     "SELECT vote_id, date(created) FROM VOTES"),
    ("voter_1", "tsql", "DATEPART", "How many votes came in per hour of the day?",
     "SELECT DATEPART(hour, created) AS hr, COUNT(*) FROM VOTES GROUP BY DATEPART(hour, created)",
     "SELECT strftime('%H', created) AS hr, COUNT(*) FROM VOTES GROUP BY strftime('%H', created)"),
    ("world_1", "tsql", "OFFSET FETCH NEXT", "Which countries rank 6th to 10th by surface area?",
     "SELECT Name, SurfaceArea FROM country ORDER BY SurfaceArea DESC OFFSET 5 ROWS FETCH NEXT 5 ROWS ONLY",
     "SELECT Name, SurfaceArea FROM country ORDER BY SurfaceArea DESC LIMIT 5 OFFSET 5"),
    ("battle_death", "tsql", "CHARINDEX", "Which battles were sieges?",
     "SELECT name, date FROM battle WHERE CHARINDEX('Siege', name) > 0",
     "SELECT name, date FROM battle WHERE instr(name, 'Siege') > 0"),
    # --- MySQL (7)
    ("cre_Doc_Template_Mgt", "mysql", "DATE_FORMAT", "How many templates became effective in each year?",
     "SELECT DATE_FORMAT(Date_Effective_From, '%Y') AS yr, COUNT(*) FROM Templates GROUP BY yr",
     "SELECT strftime('%Y', Date_Effective_From) AS yr, COUNT(*) FROM Templates GROUP BY yr"),
    ("student_transcripts_tracking", "mysql", "YEAR()", "How many students first registered in each year?",
     "SELECT YEAR(date_first_registered) AS yr, COUNT(*) FROM Students GROUP BY YEAR(date_first_registered)",
     "SELECT strftime('%Y', date_first_registered) AS yr, COUNT(*) FROM Students GROUP BY strftime('%Y', date_first_registered)"),
    ("network_1", "mysql", "GROUP_CONCAT SEPARATOR", "For each grade, list the student names separated by semicolons.",
     "SELECT grade, GROUP_CONCAT(name SEPARATOR '; ') FROM Highschooler GROUP BY grade",
     "SELECT grade, GROUP_CONCAT(name, '; ') FROM Highschooler GROUP BY grade"),
    ("dog_kennels", "mysql", "TIMESTAMPDIFF", "How old in whole years was each dog when it arrived?",
     "SELECT name, TIMESTAMPDIFF(YEAR, date_of_birth, date_arrived) AS age_at_arrival FROM Dogs",
     "SELECT name, CAST((julianday(date_arrived) - julianday(date_of_birth)) / 365.25 AS INTEGER) AS age_at_arrival FROM Dogs"),
    ("car_1", "mysql", "DIV", "How many cars fall in each 1000-pound weight band?",
     "SELECT Weight DIV 1000 AS band, COUNT(*) FROM cars_data GROUP BY band",
     "SELECT Weight / 1000 AS band, COUNT(*) FROM cars_data GROUP BY band"),
    ("museum_visit", "mysql", "SUBSTRING_INDEX", "What are the first names of the visitors?",
     "SELECT SUBSTRING_INDEX(Name, ' ', 1) FROM visitor",
     "SELECT substr(Name, 1, instr(Name, ' ') - 1) FROM visitor"),
    ("real_estate_properties", "mysql", "DATE_ADD INTERVAL", "For each property, what date is one year after it went on the market?",
     "SELECT property_name, DATE_ADD(date_on_market, INTERVAL 1 YEAR) FROM Properties",
     "SELECT property_name, date(date_on_market, '+1 year') FROM Properties"),
]

# (db_id, question, broken, correct): broken runs but returns no rows (literal not as stored)
LITERALS = [
    ("car_1", "Which countries are in Europe?",
     "SELECT c.CountryName FROM countries AS c JOIN continents AS k ON c.Continent = k.ContId WHERE k.Continent = 'Europe'",
     "SELECT c.CountryName FROM countries AS c JOIN continents AS k ON c.Continent = k.ContId WHERE k.Continent = 'europe'"),
    ("concert_singer", "Which singers are male?",
     "SELECT Name FROM singer WHERE Is_male = 'Yes'",
     "SELECT Name FROM singer WHERE Is_male = 'T'"),
    ("course_teach", "Which teachers come from Blackrod?",
     "SELECT Name FROM teacher WHERE Hometown = 'Blackrod'",
     "SELECT Name FROM teacher WHERE Hometown = 'Blackrod Urban District'"),
    ("cre_Doc_Template_Mgt", "Which templates are presentations?",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'Presentation'",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'"),
    ("dog_kennels", "Which professionals are veterinarians?",
     "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterinarian'",
     "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'"),
    ("dog_kennels", "Which owners live in North Dakota?",
     "SELECT first_name, last_name FROM Owners WHERE state = 'North Dakota'",
     "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'"),
    ("employee_hire_evaluation", "Which employees are hired full time?",
     "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 1",
     "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'T'"),
    ("flight_2", "Which airports are in Aberdeen?",
     "SELECT AirportCode, AirportName FROM airports WHERE City = 'Aberdeen'",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Aberdeen'"),
    ("flight_2", "Which airlines are based in the United States?",
     "SELECT Airline FROM airlines WHERE Country = 'United States'",
     "SELECT Airline FROM airlines WHERE Country = 'USA'"),
    ("museum_visit", "How old is the visitor Gonzalo Higuain?",
     "SELECT Name, Age FROM visitor WHERE Name = 'Gonzalo Higuain'",
     "SELECT Name, Age FROM visitor WHERE TRIM(Name) = 'Gonzalo Higuaín'"),
    ("orchestra", "Which orchestras record mainly on CD/LP?",
     "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD/LP'",
     "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD / LP'"),
    ("pets_1", "Which students own a cat?",
     "SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS h ON s.StuID = h.StuID JOIN Pets AS p ON h.PetID = p.PetID WHERE p.PetType = 'Cat'",
     "SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS h ON s.StuID = h.StuID JOIN Pets AS p ON h.PetID = p.PetID WHERE p.PetType = 'cat'"),
    ("poker_player", "Which poker players are Russian?",
     "SELECT pe.Name FROM people AS pe JOIN poker_player AS pp ON pe.People_ID = pp.People_ID WHERE pe.Nationality = 'Russian'",
     "SELECT pe.Name FROM people AS pe JOIN poker_player AS pp ON pe.People_ID = pp.People_ID WHERE pe.Nationality = 'Russia'"),
    ("real_estate_properties", "Which properties have air conditioning?",
     "SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Air Conditioning'",
     "SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon'"),
    ("singer", "Which singers are US citizens?",
     "SELECT Name FROM singer WHERE Citizenship = 'USA'",
     "SELECT Name FROM singer WHERE Citizenship = 'United States'"),
    ("student_transcripts_tracking", "Which departments offer a PhD program?",
     "SELECT DISTINCT d.department_name FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id WHERE dp.degree_summary_name = 'PhD'",
     "SELECT DISTINCT d.department_name FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id WHERE dp.degree_summary_name = 'PHD'"),
    ("tvshow", "Which HD channels are not pay-per-view?",
     "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'Yes' AND Pay_per_view_PPV = 'No'",
     "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes' AND Pay_per_view_PPV = 'no'"),
    ("voter_1", "Show the votes from New Jersey.",
     "SELECT vote_id, phone_number, created FROM VOTES WHERE state = 'NJ'",
     "SELECT vote_id, phone_number, created FROM VOTES WHERE rtrim(state, char(10, 13, 32)) = 'NJ'"),
    ("world_1", "List the cities in the USA with more than a million people.",
     "SELECT Name, Population FROM city WHERE CountryCode = 'US' AND Population > 1000000",
     "SELECT Name, Population FROM city WHERE CountryCode = 'USA' AND Population > 1000000"),
    ("battle_death", "Which battles were Bulgarian victories?",
     "SELECT name, date FROM battle WHERE result = 'Bulgarian Victory'",
     "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'"),
]

# (db_id, form, question, broken, correct)
WRAPPING = [
    ("concert_singer", "markdown fence", "How many singers are there?",
     "```sql\nSELECT COUNT(*) FROM singer;\n```",
     "SELECT COUNT(*) FROM singer"),
    ("pets_1", "prose before", "What is the average age of students who own a dog?",
     "Here is the SQL query that answers your question:\nSELECT AVG(s.Age) FROM Student AS s JOIN Has_Pet AS h ON s.StuID = h.StuID JOIN Pets AS p ON h.PetID = p.PetID WHERE p.PetType = 'dog'",
     "SELECT AVG(s.Age) FROM Student AS s JOIN Has_Pet AS h ON s.StuID = h.StuID JOIN Pets AS p ON h.PetID = p.PetID WHERE p.PetType = 'dog'"),
    ("world_1", "two statements", "Which are the five most populous countries?",
     "SELECT COUNT(*) FROM country; SELECT Name, Population FROM country ORDER BY Population DESC LIMIT 5;",
     "SELECT Name, Population FROM country ORDER BY Population DESC LIMIT 5"),
    ("singer", "trailing explanation", "Who is the richest singer?",
     "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1\nThis query sorts singers by net worth and keeps the first one.",
     "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1"),
    ("employee_hire_evaluation", "prose and fence", "Which shop has the most employees?",
     "Sure! To find the shop with the most hires, join shop with hiring:\n\n```sql\nSELECT s.Name FROM shop AS s JOIN hiring AS h ON s.Shop_ID = h.Shop_ID GROUP BY s.Shop_ID ORDER BY COUNT(*) DESC LIMIT 1\n```\n\nThe result is the shop name.",
     "SELECT s.Name FROM shop AS s JOIN hiring AS h ON s.Shop_ID = h.Shop_ID GROUP BY s.Shop_ID ORDER BY COUNT(*) DESC LIMIT 1"),
    ("tvshow", "label prefix", "How many cartoons did Ben Jones direct?",
     "SQL: SELECT COUNT(*) FROM Cartoon WHERE Directed_by = 'Ben Jones'",
     "SELECT COUNT(*) FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    ("orchestra", "explanation after semicolon", "How many orchestras use CD as their major record format?",
     "SELECT COUNT(*) FROM orchestra WHERE Major_Record_Format = 'CD';\n\nExplanation: we count the rows of orchestra whose format is CD.",
     "SELECT COUNT(*) FROM orchestra WHERE Major_Record_Format = 'CD'"),
    ("dog_kennels", "fence with closing remark", "What is the total cost of all treatments?",
     "```sql\n-- sum of all treatment costs\nSELECT SUM(cost_of_treatment) FROM Treatments\n```\nLet me know if you need it per dog.",
     "SELECT SUM(cost_of_treatment) FROM Treatments"),
    ("student_transcripts_tracking", "two statements, answer second", "List the names of the courses.",
     "SELECT COUNT(*) FROM Courses;\nSELECT course_name FROM Courses;",
     "SELECT course_name FROM Courses"),
    ("car_1", "json wrapper", "How many car models does each maker have?",
     "{\"sql\": \"SELECT m.Maker, COUNT(*) FROM model_list AS l JOIN car_makers AS m ON l.Maker = m.Id GROUP BY m.Maker\"}",
     "SELECT m.Maker, COUNT(*) FROM model_list AS l JOIN car_makers AS m ON l.Maker = m.Id GROUP BY m.Maker"),
]

EXPECT = {"names": 45, "dialect": 25, "literals": 20, "wrapping": 10}
EXPECT_DIALECT = {"postgresql": 10, "tsql": 8, "mysql": 7}


def connect(db_id):
    path = os.path.join(SPIDER_DB, db_id, db_id + ".sqlite")
    if not os.path.isfile(path):
        raise SystemExit("missing database: " + path)
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    return con


def run(db_id, sql):
    con = connect(db_id)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def error_of(db_id, sql):
    try:
        run(db_id, sql)
    except sqlite3.Error as e:  # OperationalError, ProgrammingError (two statements), ...
        return str(e)
    return None


def build():
    cases, problems = [], []
    for db, sub, q, b, c in NAMES:
        cases.append(({"db_id": db, "class": "names", "question": q, "broken": b, "correct": c}, sub))
    for db, dia, cons, q, b, c in DIALECT:
        cases.append(({"db_id": db, "class": "dialect", "question": q, "broken": b, "correct": c}, dia))
    for db, q, b, c in LITERALS:
        cases.append(({"db_id": db, "class": "literals", "question": q, "broken": b, "correct": c}, None))
    for db, form, q, b, c in WRAPPING:
        cases.append(({"db_id": db, "class": "wrapping", "question": q, "broken": b, "correct": c}, form))

    for i, (case, tag) in enumerate(cases):
        db, cls = case["db_id"], case["class"]
        where = "case %d (%s/%s, %s)" % (i, cls, tag, db)
        try:
            rows = run(db, case["correct"])
            if not rows:
                problems.append(where + ": correct returns no rows")
        except sqlite3.Error as e:
            problems.append(where + ": correct fails: " + str(e))
        if cls == "literals":
            try:
                rows = run(db, case["broken"])
                if rows:
                    problems.append(where + ": literal broken returns %d rows" % len(rows))
            except sqlite3.Error as e:
                problems.append(where + ": literal broken fails (must run): " + str(e))
            continue
        err = error_of(db, case["broken"])
        if err is None:
            problems.append(where + ": broken runs on SQLite")
            continue
        low = err.lower()
        if cls == "names" and not ("no such column" in low or "no such table" in low
                                   or "ambiguous column" in low):
            problems.append(where + ": names error is not a name error: " + err)
        if cls == "dialect" and not ("syntax error" in low or "no such function" in low
                                     or "no such column" in low or "unrecognized token" in low):
            problems.append(where + ": unexpected dialect error: " + err)
        if case["broken"].strip() == case["correct"].strip():
            problems.append(where + ": broken equals correct")

    counts = collections.Counter(c["class"] for c, _ in cases)
    if dict(counts) != EXPECT:
        problems.append("class counts %s != %s" % (dict(counts), EXPECT))
    dcounts = collections.Counter(t for c, t in cases if c["class"] == "dialect")
    if dict(dcounts) != EXPECT_DIALECT:
        problems.append("dialect counts %s != %s" % (dict(dcounts), EXPECT_DIALECT))
    dbs = set(c["db_id"] for c, _ in cases)
    all_dbs = set(d for d in os.listdir(SPIDER_DB)
                  if os.path.isfile(os.path.join(SPIDER_DB, d, d + ".sqlite")))
    if dbs != all_dbs:
        problems.append("databases not covered: %s" % sorted(all_dbs - dbs))
    seen = collections.Counter(c["broken"] for c, _ in cases)
    dups = [b for b, n in seen.items() if n > 1]
    if dups:
        problems.append("duplicate broken SQL: %r" % dups)
    qs = collections.Counter((c["db_id"], c["question"]) for c, _ in cases)
    if any(n > 1 for n in qs.values()):
        problems.append("duplicate questions: %r" % [k for k, n in qs.items() if n > 1])
    return [c for c, _ in cases], problems, counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "repair_v14.jsonl"))
    args = ap.parse_args()
    cases, problems, counts = build()
    if problems:
        for p in problems:
            print("FAIL:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s: %s" % (len(cases), args.out, dict(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
