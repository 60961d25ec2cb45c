#!/usr/bin/env python3
"""Held-out SQL repair test set v16 (Spider SQLite databases).

Each case: (db_id, class, tag, question, broken, correct).
`tag` is internal only (dialect family / construct / names sub-kind); it is
used for checks and the summary, and is not written to the JSONL.

Writes /tmp/blind26/repair_v16.jsonl only if every check passes.
"""
import collections
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind26/repair_v16.jsonl"

DBS = ["battle_death", "car_1", "concert_singer", "course_teach",
       "cre_Doc_Template_Mgt", "dog_kennels", "employee_hire_evaluation",
       "flight_2", "museum_visit", "network_1", "orchestra", "pets_1",
       "poker_player", "real_estate_properties", "singer",
       "student_transcripts_tracking", "tvshow", "voter_1", "world_1"]

N, D, L, W = "names", "dialect", "literals", "wrapping"

CASES = [
    # ------------------------------------------------------------------ names (45)
    # battle_death
    ("battle_death", N, "fk-guess",
     "What are the names of ships that were lost in battles that ended in a Bulgarian victory?",
     "SELECT s.name FROM ship s JOIN battle b ON s.battle_id = b.id WHERE b.result = 'Bulgarian victory'",
     "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.result = 'Bulgarian victory'"),
    ("battle_death", N, "fk-guess",
     "For each ship, how many people in total were killed by it?",
     "SELECT s.name, SUM(d.killed) FROM death d JOIN ship s ON d.ship_id = s.id GROUP BY s.name",
     "SELECT s.name, SUM(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id GROUP BY s.name"),
    ("battle_death", N, "ambiguous",
     "List the name and tonnage of ships lost in battles with the result 'Bulgarian victory'.",
     "SELECT name, tonnage FROM ship JOIN battle ON ship.lost_in_battle = battle.id WHERE result = 'Bulgarian victory'",
     "SELECT ship.name, ship.tonnage FROM ship JOIN battle ON ship.lost_in_battle = battle.id WHERE battle.result = 'Bulgarian victory'"),
    # car_1
    ("car_1", N, "plural-singular",
     "List the make and horsepower of all cars with 8 cylinders.",
     "SELECT cn.Make, cd.Horsepower FROM car_names cn JOIN cars_data cd ON cn.MakeId = cd.Id WHERE cd.Cylinder = 8",
     "SELECT cn.Make, cd.Horsepower FROM car_names cn JOIN cars_data cd ON cn.MakeId = cd.Id WHERE cd.Cylinders = 8"),
    ("car_1", N, "trap-other-table",
     "Which countries have at least one car maker? Give the country names.",
     "SELECT DISTINCT c.CountryName FROM countries c JOIN car_makers m ON c.CountryId = m.CountryId",
     "SELECT DISTINCT c.CountryName FROM countries c JOIN car_makers m ON c.CountryId = m.Country"),
    ("car_1", N, "alias-undefined",
     "How many models does each car maker produce? Show the maker's full name and the count.",
     "SELECT T1.FullName, COUNT(*) FROM car_makers AS T1 JOIN model_list ON T1.Id = T2.Maker GROUP BY T1.Id",
     "SELECT T1.FullName, COUNT(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id"),
    # concert_singer
    ("concert_singer", N, "trap-other-table",
     "Show the names of singers together with the names of the concerts they performed in.",
     "SELECT s.Name, c.Name FROM singer s JOIN singer_in_concert sic ON s.Singer_ID = sic.Singer_ID JOIN concert c ON sic.concert_ID = c.concert_ID",
     "SELECT s.Name, c.concert_Name FROM singer s JOIN singer_in_concert sic ON s.Singer_ID = sic.Singer_ID JOIN concert c ON sic.concert_ID = c.concert_ID"),
    ("concert_singer", N, "expanded",
     "How many concerts were held at each stadium? Show the stadium name and the count.",
     "SELECT st.Stadium_Name, COUNT(*) FROM concert c JOIN stadium st ON c.Stadium_ID = st.Stadium_ID GROUP BY st.Stadium_ID",
     "SELECT st.Name, COUNT(*) FROM concert c JOIN stadium st ON c.Stadium_ID = st.Stadium_ID GROUP BY st.Stadium_ID"),
    # course_teach
    ("course_teach", N, "expanded",
     "Show the course name and teacher name for every course arrangement.",
     "SELECT c.Course_Name, t.Name FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID",
     "SELECT c.Course, t.Name FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID"),
    ("course_teach", N, "renamed",
     "List each course with its starting date, ordered by course name.",
     "SELECT Course, Starting_Date FROM course ORDER BY Course",
     "SELECT Course, Staring_Date FROM course ORDER BY Course"),
    ("course_teach", N, "plural-table",
     "Which teachers are not from Little Lever Urban District?",
     "SELECT Name FROM teachers WHERE Hometown != 'Little Lever Urban District'",
     "SELECT Name FROM teacher WHERE Hometown != 'Little Lever Urban District'"),
    # cre_Doc_Template_Mgt
    ("cre_Doc_Template_Mgt", N, "abbreviated",
     "Show each document name with the type code of the template it uses.",
     "SELECT d.Document_Name, t.Template_Type FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID",
     "SELECT d.Document_Name, t.Template_Type_Code FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID"),
    ("cre_Doc_Template_Mgt", N, "ambiguous",
     "How many paragraphs does each document have? Show the document id and the count.",
     "SELECT Document_ID, COUNT(*) FROM Documents JOIN Paragraphs ON Documents.Document_ID = Paragraphs.Document_ID GROUP BY Document_ID",
     "SELECT Documents.Document_ID, COUNT(*) FROM Documents JOIN Paragraphs ON Documents.Document_ID = Paragraphs.Document_ID GROUP BY Documents.Document_ID"),
    ("cre_Doc_Template_Mgt", N, "abbreviated",
     "List the template ids and version numbers of all templates with version number greater than 5.",
     "SELECT Template_ID, Version FROM Templates WHERE Version > 5",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > 5"),
    # dog_kennels
    ("dog_kennels", N, "trap-other-table",
     "List the name of every dog together with its breed name.",
     "SELECT d.name, b.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code",
     "SELECT d.name, b.breed_name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code"),
    ("dog_kennels", N, "expanded",
     "Show the first name of each owner and the names of their dogs.",
     "SELECT o.first_name, d.dog_name FROM Owners o JOIN Dogs d ON o.owner_id = d.owner_id",
     "SELECT o.first_name, d.name FROM Owners o JOIN Dogs d ON o.owner_id = d.owner_id"),
    ("dog_kennels", N, "ambiguous",
     "How many dogs does each owner have? Show owner id, first name and the count.",
     "SELECT owner_id, first_name, COUNT(*) FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id GROUP BY owner_id",
     "SELECT Owners.owner_id, Owners.first_name, COUNT(*) FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id GROUP BY Owners.owner_id"),
    # employee_hire_evaluation
    ("employee_hire_evaluation", N, "abbreviated",
     "What are the names of employees who received an award in 2016?",
     "SELECT e.Name FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE ev.Year = '2016'",
     "SELECT e.Name FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE ev.Year_awarded = '2016'"),
    ("employee_hire_evaluation", N, "renamed-table",
     "How many employees were hired by each shop? Show the shop name and the count.",
     "SELECT s.Name, COUNT(*) FROM shop s JOIN hire h ON s.Shop_ID = h.Shop_ID GROUP BY s.Shop_ID",
     "SELECT s.Name, COUNT(*) FROM shop s JOIN hiring h ON s.Shop_ID = h.Shop_ID GROUP BY s.Shop_ID"),
    ("employee_hire_evaluation", N, "trap-other-table",
     "What are the names of the shops located in Helsinki?",
     "SELECT Name FROM shop WHERE City = 'Helsinki'",
     "SELECT Name FROM shop WHERE Location = 'Helsinki'"),
    # flight_2
    ("flight_2", N, "renamed",
     "How many flights does each airline operate? Show the airline name and the count.",
     "SELECT a.Airline, COUNT(*) FROM flights f JOIN airlines a ON f.Airline = a.id GROUP BY a.Airline",
     "SELECT a.Airline, COUNT(*) FROM flights f JOIN airlines a ON f.Airline = a.uid GROUP BY a.Airline"),
    ("flight_2", N, "snake-case",
     "What is the name of the airport with code APG?",
     "SELECT AirportName FROM airports WHERE Airport_Code = 'APG'",
     "SELECT AirportName FROM airports WHERE AirportCode = 'APG'"),
    # museum_visit
    ("museum_visit", N, "trap-other-table",
     "What is the total number of tickets bought by each visitor? Show the visitor name and the total.",
     "SELECT v.Name, SUM(vi.Num_of_Ticket) FROM visitor v JOIN visit vi ON v.visitor_ID = vi.visitor_ID GROUP BY v.Name",
     "SELECT v.Name, SUM(vi.Num_of_Ticket) FROM visitor v JOIN visit vi ON v.ID = vi.visitor_ID GROUP BY v.Name"),
    ("museum_visit", N, "ambiguous",
     "List the names of visitors and the amount they spent, for every museum visit.",
     "SELECT Name, Total_spent FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID JOIN museum ON visit.Museum_ID = museum.Museum_ID",
     "SELECT visitor.Name, visit.Total_spent FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID JOIN museum ON visit.Museum_ID = museum.Museum_ID"),
    # network_1
    ("network_1", N, "alias-undefined",
     "How many friends does each high schooler have? Show the name and the count.",
     "SELECT h.name, COUNT(*) FROM Highschooler JOIN Friend f ON h.ID = f.student_id GROUP BY h.ID",
     "SELECT h.name, COUNT(*) FROM Highschooler h JOIN Friend f ON h.ID = f.student_id GROUP BY h.ID"),
    ("network_1", N, "expanded",
     "Show the names of students who are liked by someone, with how many likes they receive.",
     "SELECT h.name, COUNT(*) FROM Highschooler h JOIN Likes l ON h.ID = l.liked_student_id GROUP BY h.ID",
     "SELECT h.name, COUNT(*) FROM Highschooler h JOIN Likes l ON h.ID = l.liked_id GROUP BY h.ID"),
    # orchestra
    ("orchestra", N, "expanded",
     "Show the names of conductors and the orchestras they conduct.",
     "SELECT c.Name, o.Orchestra_Name FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID",
     "SELECT c.Name, o.Orchestra FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID"),
    ("orchestra", N, "abbreviated",
     "List performance types ordered by official ratings, highest first.",
     "SELECT Type, Official_ratings FROM performance ORDER BY Official_ratings DESC",
     "SELECT Type, \"Official_ratings_(millions)\" FROM performance ORDER BY \"Official_ratings_(millions)\" DESC"),
    # pets_1
    ("pets_1", N, "snake-case",
     "What are the first names of students who own a dog?",
     "SELECT s.Fname FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID WHERE p.pet_type = 'dog'",
     "SELECT s.Fname FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'"),
    ("pets_1", N, "trap-other-table",
     "What is the average age of all pets?",
     "SELECT AVG(age) FROM Pets",
     "SELECT AVG(pet_age) FROM Pets"),
    # poker_player
    ("poker_player", N, "renamed",
     "List the names of poker players and their earnings.",
     "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON pp.Person_ID = p.People_ID",
     "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID"),
    ("poker_player", N, "trap-other-table",
     "What is the name of the poker player with the highest earnings?",
     "SELECT Name FROM poker_player ORDER BY Earnings DESC LIMIT 1",
     "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY pp.Earnings DESC LIMIT 1"),
    # real_estate_properties
    ("real_estate_properties", N, "renamed",
     "What are the names of properties with more than 5 rooms?",
     "SELECT property_name FROM Properties WHERE num_rooms > 5",
     "SELECT property_name FROM Properties WHERE room_count > 5"),
    ("real_estate_properties", N, "fk-guess",
     "List each property name with the names of its other features.",
     "SELECT p.property_name, f.feature_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.id",
     "SELECT p.property_name, f.feature_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id"),
    # singer
    ("singer", N, "plural-table",
     "Show the names of singers and the titles of their songs.",
     "SELECT s.Name, so.Title FROM singer s JOIN songs so ON s.Singer_ID = so.Singer_ID",
     "SELECT s.Name, so.Title FROM singer s JOIN song so ON s.Singer_ID = so.Singer_ID"),
    ("singer", N, "renamed",
     "List the name and nationality of every singer.",
     "SELECT Name, Nationality FROM singer",
     "SELECT Name, Citizenship FROM singer"),
    # student_transcripts_tracking
    ("student_transcripts_tracking", N, "fk-guess",
     "Show each student's first name and the city of their current address.",
     "SELECT s.first_name, a.city FROM Students s JOIN Addresses a ON s.address_id = a.address_id",
     "SELECT s.first_name, a.city FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id"),
    ("student_transcripts_tracking", N, "spelling-table",
     "How many student enrolments are there in total?",
     "SELECT COUNT(*) FROM Student_Enrollment",
     "SELECT COUNT(*) FROM Student_Enrolment"),
    # tvshow
    ("tvshow", N, "renamed",
     "What are the titles of cartoons directed by Ben Jones?",
     "SELECT Title FROM Cartoon WHERE Director = 'Ben Jones'",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    ("tvshow", N, "spelling",
     "Which TV channels (series names) do not offer high definition TV?",
     "SELECT series_name FROM TV_Channel WHERE High_definition_TV = 'no'",
     "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'no'"),
    # voter_1
    ("voter_1", N, "renamed",
     "How many votes did each contestant receive? Show the contestant name and the count.",
     "SELECT c.contestant_name, COUNT(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_id = c.contestant_number GROUP BY c.contestant_name",
     "SELECT c.contestant_name, COUNT(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number GROUP BY c.contestant_name"),
    ("voter_1", N, "renamed-table",
     "List all area codes in the state CA.",
     "SELECT area_code FROM AREA_CODES WHERE state = 'CA'",
     "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'CA'"),
    # world_1
    ("world_1", N, "snake-case",
     "List the names of cities in Japan together with the country name.",
     "SELECT c.Name, ci.Name FROM country c JOIN city ci ON c.Code = ci.Country_Code WHERE c.Name = 'Japan'",
     "SELECT c.Name, ci.Name FROM country c JOIN city ci ON c.Code = ci.CountryCode WHERE c.Name = 'Japan'"),
    ("world_1", N, "trap-other-table",
     "What are the names of the cities located in Europe?",
     "SELECT Name FROM city WHERE Continent = 'Europe'",
     "SELECT city.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Continent = 'Europe'"),
    ("world_1", N, "alias-undefined",
     "Which countries have Dutch as one of their languages?",
     "SELECT T1.Name FROM country JOIN countrylanguage T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'Dutch'",
     "SELECT T1.Name FROM country T1 JOIN countrylanguage T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'Dutch'"),

    # ---------------------------------------------------------------- dialect (25)
    # PostgreSQL (10)
    ("world_1", D, "postgres:ILIKE",
     "Which countries have 'united' in their name (any capitalization)?",
     "SELECT Name FROM country WHERE Name ILIKE '%united%'",
     "SELECT Name FROM country WHERE Name LIKE '%united%'"),
    ("car_1", D, "postgres:::cast",
     "What is the average horsepower of cars with 4 cylinders?",
     "SELECT AVG(Horsepower::int) FROM cars_data WHERE Cylinders = 4 AND Horsepower <> 'null'",
     "SELECT AVG(CAST(Horsepower AS INTEGER)) FROM cars_data WHERE Cylinders = 4 AND Horsepower <> 'null'"),
    ("dog_kennels", D, "postgres:~*",
     "List the names of dogs whose name starts with the letter h, ignoring case.",
     "SELECT name FROM Dogs WHERE name ~* '^h'",
     "SELECT name FROM Dogs WHERE name LIKE 'h%'"),
    ("museum_visit", D, "postgres:DISTINCT ON",
     "For each museum, which visitor spent the most in a single visit, and how much?",
     "SELECT DISTINCT ON (Museum_ID) Museum_ID, visitor_ID, Total_spent FROM visit ORDER BY Museum_ID, Total_spent DESC",
     "SELECT Museum_ID, visitor_ID, MAX(Total_spent) FROM visit GROUP BY Museum_ID"),
    ("voter_1", D, "postgres:EXTRACT",
     "How many votes were cast in each hour of the day?",
     "SELECT EXTRACT(HOUR FROM created) AS hr, COUNT(*) FROM VOTES GROUP BY hr",
     "SELECT CAST(strftime('%H', created) AS INTEGER) AS hr, COUNT(*) FROM VOTES GROUP BY hr"),
    ("cre_Doc_Template_Mgt", D, "postgres:TO_CHAR",
     "How many templates became effective in each year?",
     "SELECT TO_CHAR(Date_Effective_From, 'YYYY') AS yr, COUNT(*) FROM Templates GROUP BY yr ORDER BY yr",
     "SELECT strftime('%Y', Date_Effective_From) AS yr, COUNT(*) FROM Templates GROUP BY yr ORDER BY yr"),
    ("student_transcripts_tracking", D, "postgres:DATE_TRUNC",
     "How many students first registered in each year?",
     "SELECT DATE_TRUNC('year', date_first_registered) AS yr, COUNT(*) FROM Students GROUP BY yr ORDER BY yr",
     "SELECT strftime('%Y', date_first_registered) AS yr, COUNT(*) FROM Students GROUP BY yr ORDER BY yr"),
    ("battle_death", D, "postgres:POSITION",
     "List the notes of death records that mention Chhattisgarh.",
     "SELECT note FROM death WHERE POSITION('Chhattisgarh' IN note) > 0",
     "SELECT note FROM death WHERE instr(note, 'Chhattisgarh') > 0"),
    ("orchestra", D, "postgres:ANY(ARRAY)",
     "What are the names of conductors from the UK or France?",
     "SELECT Name FROM conductor WHERE Nationality = ANY(ARRAY['UK', 'France'])",
     "SELECT Name FROM conductor WHERE Nationality IN ('UK', 'France')"),
    ("real_estate_properties", D, "postgres:INTERVAL",
     "Which properties were sold more than one year after they came on the market?",
     "SELECT property_name FROM Properties WHERE date_sold > date_on_market + INTERVAL '1 year'",
     "SELECT property_name FROM Properties WHERE date_sold > datetime(date_on_market, '+1 year')"),
    # T-SQL (8)
    ("concert_singer", D, "tsql:TOP",
     "What is the name and capacity of the stadium with the largest capacity?",
     "SELECT TOP 1 Name, Capacity FROM stadium ORDER BY Capacity DESC",
     "SELECT Name, Capacity FROM stadium ORDER BY Capacity DESC LIMIT 1"),
    ("singer", D, "tsql:TOP",
     "Who are the three richest singers by net worth?",
     "SELECT TOP 3 [Name], [Net_Worth_Millions] FROM [singer] ORDER BY [Net_Worth_Millions] DESC",
     "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 3"),
    ("world_1", D, "tsql:ISNULL",
     "List the countries in Antarctica with their independence year, showing 0 when it is unknown.",
     "SELECT Name, ISNULL(IndepYear, 0) FROM country WHERE Continent = 'Antarctica'",
     "SELECT Name, IFNULL(IndepYear, 0) FROM country WHERE Continent = 'Antarctica'"),
    ("course_teach", D, "tsql:LEN",
     "Which teachers have names longer than 12 characters?",
     "SELECT Name FROM teacher WHERE LEN(Name) > 12",
     "SELECT Name FROM teacher WHERE LENGTH(Name) > 12"),
    ("employee_hire_evaluation", D, "tsql:CONVERT",
     "What are the names of employees who were awarded in 2016 or later?",
     "SELECT e.Name FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE CONVERT(INT, ev.Year_awarded) >= 2016",
     "SELECT e.Name FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE CAST(ev.Year_awarded AS INTEGER) >= 2016"),
    ("tvshow", D, "tsql:N''",
     "Which TV channels broadcast in English?",
     "SELECT series_name FROM TV_Channel WHERE Language = N'English'",
     "SELECT series_name FROM TV_Channel WHERE Language = 'English'"),
    ("poker_player", D, "tsql:OFFSET FETCH",
     "What are the second highest earnings among poker players?",
     "SELECT Earnings FROM poker_player ORDER BY Earnings DESC OFFSET 1 ROWS FETCH NEXT 1 ROWS ONLY",
     "SELECT Earnings FROM poker_player ORDER BY Earnings DESC LIMIT 1 OFFSET 1"),
    ("student_transcripts_tracking", D, "tsql:DATEPART",
     "How many transcripts are dated before 1990?",
     "SELECT COUNT(*) FROM Transcripts WHERE DATEPART(year, transcript_date) < 1990",
     "SELECT COUNT(*) FROM Transcripts WHERE CAST(strftime('%Y', transcript_date) AS INTEGER) < 1990"),
    # MySQL (7)
    ("flight_2", D, "mysql:REGEXP",
     "Which airlines have a name starting with the letter A?",
     "SELECT `Airline` FROM `airlines` WHERE `Airline` REGEXP '^A'",
     "SELECT Airline FROM airlines WHERE Airline LIKE 'A%'"),
    ("dog_kennels", D, "mysql:DATE_FORMAT",
     "How many dogs arrived in each month? Show year-month and the count.",
     "SELECT DATE_FORMAT(date_arrived, '%Y-%m') AS ym, COUNT(*) FROM Dogs GROUP BY ym ORDER BY ym",
     "SELECT strftime('%Y-%m', date_arrived) AS ym, COUNT(*) FROM Dogs GROUP BY ym ORDER BY ym"),
    ("network_1", D, "mysql:GROUP_CONCAT SEPARATOR",
     "For each grade, list the names of all high schoolers in that grade as one comma-separated string.",
     "SELECT grade, GROUP_CONCAT(name SEPARATOR ', ') FROM Highschooler GROUP BY grade",
     "SELECT grade, GROUP_CONCAT(name, ', ') FROM Highschooler GROUP BY grade"),
    ("museum_visit", D, "mysql:LEFT",
     "How many visitors have names starting with each letter?",
     "SELECT LEFT(Name, 1) AS initial, COUNT(*) FROM visitor GROUP BY initial",
     "SELECT SUBSTR(Name, 1, 1) AS initial, COUNT(*) FROM visitor GROUP BY initial"),
    ("real_estate_properties", D, "mysql:YEAR",
     "What are the names of properties sold after the year 2000? Show at most five.",
     "SELECT property_name FROM Properties WHERE YEAR(date_sold) > 2000 LIMIT 0, 5",
     "SELECT property_name FROM Properties WHERE CAST(strftime('%Y', date_sold) AS INTEGER) > 2000 LIMIT 5"),
    ("course_teach", D, "mysql:LOCATE",
     "Which teachers have a hometown that contains the word 'Urban'?",
     "SELECT Name FROM teacher WHERE LOCATE('Urban', Hometown) > 0",
     "SELECT Name FROM teacher WHERE instr(Hometown, 'Urban') > 0"),
    ("pets_1", D, "mysql:UCASE",
     "Show each pet type in upper case with the number of pets of that type.",
     "SELECT UCASE(PetType), IFNULL(COUNT(*), 0) FROM Pets GROUP BY PetType",
     "SELECT UPPER(PetType), COUNT(*) FROM Pets GROUP BY PetType"),

    # --------------------------------------------------------------- literals (20)
    ("world_1", L, "country-name-for-code",
     "List the names of cities in the United States.",
     "SELECT Name FROM city WHERE CountryCode = 'United States'",
     "SELECT Name FROM city WHERE CountryCode = 'USA'"),
    ("world_1", L, "yes-for-T",
     "What are the official languages of Aruba (country code ABW)?",
     "SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW' AND IsOfficial = 'Yes'",
     "SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW' AND IsOfficial = 'T'"),
    ("course_teach", L, "synonym",
     "Which teachers teach the Mathematics course?",
     "SELECT t.Name FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE c.Course = 'Mathematics'",
     "SELECT t.Name FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE c.Course = 'Math'"),
    ("car_1", L, "wrong-case",
     "Which car makers are from Japan?",
     "SELECT m.Maker FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'Japan'",
     "SELECT m.Maker FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'"),
    ("concert_singer", L, "number-as-word",
     "In which year was the concert named 'Week One' held, and what was its theme?",
     "SELECT Year, Theme FROM concert WHERE concert_Name = 'Week One'",
     "SELECT Year, Theme FROM concert WHERE concert_Name = 'Week 1'"),
    ("pets_1", L, "plural",
     "How many students own dogs?",
     "SELECT COUNT(DISTINCT hp.StuID) FROM Has_Pet hp JOIN Pets p ON hp.PetID = p.PetID WHERE p.PetType = 'dogs'",
     "SELECT COUNT(DISTINCT hp.StuID) FROM Has_Pet hp JOIN Pets p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'"),
    ("voter_1", L, "full-state-name",
     "Which contestants received votes from New York?",
     "SELECT DISTINCT c.contestant_name FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE v.state = 'New York'",
     "SELECT DISTINCT c.contestant_name FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE v.state = 'NY'"),
    ("dog_kennels", L, "spacing",
     "What are the first and last names of owners who live in North Dakota?",
     "SELECT first_name, last_name FROM Owners WHERE state = 'North Dakota'",
     "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels", L, "stored-misspelling",
     "List the first names of all professionals who are veterinarians.",
     "SELECT first_name FROM Professionals WHERE role_code = 'Veterinarian'",
     "SELECT first_name FROM Professionals WHERE role_code = 'Veterenarian'"),
    ("concert_singer", L, "yes-for-T",
     "What are the names of the male singers?",
     "SELECT Name FROM singer WHERE Is_male = 'Yes'",
     "SELECT Name FROM singer WHERE Is_male = 'T'"),
    ("employee_hire_evaluation", L, "number-for-T",
     "What are the names of employees hired full time?",
     "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 1",
     "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'T'"),
    ("tvshow", L, "abbrev-for-full",
     "Which TV channels are based in the UK?",
     "SELECT series_name FROM TV_Channel WHERE Country = 'UK'",
     "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'"),
    ("orchestra", L, "adjective-for-code",
     "What are the names of American conductors?",
     "SELECT Name FROM conductor WHERE Nationality = 'American'",
     "SELECT Name FROM conductor WHERE Nationality = 'USA'"),
    ("cre_Doc_Template_Mgt", L, "description-for-code",
     "What are the ids of templates of type Presentation?",
     "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'Presentation'",
     "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'"),
    ("student_transcripts_tracking", L, "wrong-case",
     "Which departments offer a PhD degree program?",
     "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs dp ON d.department_id = dp.department_id WHERE dp.degree_summary_name = 'PhD'",
     "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs dp ON d.department_id = dp.department_id WHERE dp.degree_summary_name = 'PHD'"),
    ("real_estate_properties", L, "description-for-name",
     "Which properties have air conditioning?",
     "SELECT p.property_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Air Conditioning'",
     "SELECT p.property_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon'"),
    ("battle_death", L, "wrong-case",
     "Which battles ended in a Latin victory?",
     "SELECT name FROM battle WHERE result = 'Latin Victory'",
     "SELECT name FROM battle WHERE result = 'Latin victory'"),
    ("poker_player", L, "adjective-for-country",
     "What are the names of Russian people?",
     "SELECT Name FROM people WHERE Nationality = 'Russian'",
     "SELECT Name FROM people WHERE Nationality = 'Russia'"),
    ("singer", L, "code-for-country-name",
     "List the names of singers who are citizens of the USA.",
     "SELECT Name FROM singer WHERE Citizenship = 'USA'",
     "SELECT Name FROM singer WHERE Citizenship = 'United States'"),
    ("flight_2", L, "country-name-for-code",
     "Which airlines are based in the United States?",
     "SELECT Airline FROM airlines WHERE Country = 'United States'",
     "SELECT Airline FROM airlines WHERE Country = 'USA'"),

    # --------------------------------------------------------------- wrapping (10)
    ("museum_visit", W, "markdown-fence",
     "Which museums opened after 2009?",
     "```sql\nSELECT Name FROM museum WHERE Open_Year > '2009'\n```",
     "SELECT Name FROM museum WHERE Open_Year > '2009'"),
    ("network_1", W, "prose-before",
     "What are the names of twelfth graders?",
     "Here is the SQL query:\nSELECT name FROM Highschooler WHERE grade = 12",
     "SELECT name FROM Highschooler WHERE grade = 12"),
    ("voter_1", W, "sql-tags",
     "List the names of all contestants in alphabetical order.",
     "<sql>SELECT contestant_name FROM CONTESTANTS ORDER BY contestant_name</sql>",
     "SELECT contestant_name FROM CONTESTANTS ORDER BY contestant_name"),
    ("poker_player", W, "trailing-explanation",
     "What are the highest earnings of any poker player?",
     "SELECT MAX(Earnings) FROM poker_player;\n\nThis query finds the highest earnings among all poker players.",
     "SELECT MAX(Earnings) FROM poker_player"),
    ("singer", W, "repeated-statement",
     "Who is the singer with the highest net worth?",
     "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1;\nSELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1;",
     "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1"),
    ("course_teach", W, "prose-fence-prose",
     "How many teachers are older than 30?",
     "Sure! Here's the query you need:\n\n```sql\nSELECT COUNT(*) FROM teacher WHERE CAST(Age AS INTEGER) > 30;\n```\n\nIt counts the teachers whose age is above 30.",
     "SELECT COUNT(*) FROM teacher WHERE CAST(Age AS INTEGER) > 30"),
    ("flight_2", W, "markdown-fence-nolang",
     "How many airlines are there?",
     "```\nSELECT COUNT(*) FROM airlines\n```",
     "SELECT COUNT(*) FROM airlines"),
    ("battle_death", W, "trailing-explanation",
     "List the name and date of battles where the Bulgarian commander was Kaloyan.",
     "SELECT name, date FROM battle WHERE bulgarian_commander = 'Kaloyan'\nThis returns every battle commanded by Kaloyan on the Bulgarian side.",
     "SELECT name, date FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    ("tvshow", W, "prose-and-sql-tags",
     "List the titles of cartoons written by Todd Casey.",
     "Answer: <sql>SELECT Title FROM Cartoon WHERE Written_by = 'Todd Casey';</sql>",
     "SELECT Title FROM Cartoon WHERE Written_by = 'Todd Casey'"),
    ("pets_1", W, "repeated-fenced",
     "How many students are older than 20?",
     "```sql\nSELECT COUNT(*) FROM Student WHERE Age > 20;\n```\n```sql\nSELECT COUNT(*) FROM Student WHERE Age > 20;\n```",
     "SELECT COUNT(*) FROM Student WHERE Age > 20"),
]

EXPECT = {N: 45, D: 25, L: 20, W: 10}
EXPECT_DIALECT = {"postgres": 10, "tsql": 8, "mysql": 7}


def run(db, sql):
    con = sqlite3.connect(f"file:{DB_ROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def norm(rows):
    return sorted(rows, key=lambda r: tuple((str(type(x)), str(x)) for x in r))


def main():
    errors = []
    cls_count = collections.Counter(c[1] for c in CASES)
    for k, v in EXPECT.items():
        if cls_count[k] != v:
            errors.append(f"class {k}: {cls_count[k]} != {v}")
    if len(CASES) != 100:
        errors.append(f"total {len(CASES)} != 100")
    fam = collections.Counter(c[2].split(":")[0] for c in CASES if c[1] == D)
    for k, v in EXPECT_DIALECT.items():
        if fam[k] != v:
            errors.append(f"dialect {k}: {fam[k]} != {v}")
    construct = collections.Counter(c[2] for c in CASES if c[1] == D)
    for k, v in construct.items():
        if v > 2:
            errors.append(f"construct {k} used {v} times")
    missing = set(DBS) - {c[0] for c in CASES}
    if missing:
        errors.append(f"dbs not covered: {sorted(missing)}")
    extra = {c[0] for c in CASES} - set(DBS)
    if extra:
        errors.append(f"unknown dbs: {sorted(extra)}")
    seen = set()
    for i, (db, cls, tag, q, broken, correct) in enumerate(CASES):
        key = (db, broken)
        if key in seen:
            errors.append(f"#{i} duplicate broken")
        seen.add(key)
        if broken.strip() == correct.strip():
            errors.append(f"#{i} broken == correct")
        try:
            good = run(db, correct)
        except Exception as e:
            errors.append(f"#{i} {db} correct errors: {e}")
            continue
        if not good:
            errors.append(f"#{i} {db} correct returns no rows")
        try:
            bad = run(db, broken)
            berr = None
        except Exception as e:
            bad, berr = None, e
        if cls == L:
            if berr is not None:
                errors.append(f"#{i} {db} literal broken errors: {berr}")
            elif norm(bad) == norm(good):
                errors.append(f"#{i} {db} literal broken gives same result")
        else:
            if berr is None:
                errors.append(f"#{i} {db} {cls} broken runs without error")
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        for db, cls, tag, q, broken, correct in CASES:
            f.write(json.dumps({"db_id": db, "class": cls, "question": q,
                                "broken": broken, "correct": correct},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")
    print("per class:", dict(cls_count))
    print("per dialect:", dict(fam))
    print("dbs covered:", len({c[0] for c in CASES}))


if __name__ == "__main__":
    main()
