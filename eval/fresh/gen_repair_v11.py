#!/usr/bin/env python3
"""Held-out evaluation set for an SQL repair component (v11).

Each case: a broken SQL query as a language model might produce it, the
question it answers, and the minimal repair.  Every case is checked against
the Spider dev SQLite database it names; repair_v11.jsonl is written only if
every check passes.

Classes: names (56), dialect (20), literals (14), wrapping (10).
Python 3 standard library only.
"""
import collections
import json
import os
import re
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
TABLES_JSON = "/work/shared/eval/spider/tables.json"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT_FILE = os.path.join(OUT_DIR, "repair_v11.jsonl")

EXPECTED_COUNTS = {"names": 56, "dialect": 20, "literals": 14, "wrapping": 10}

# (db_id, class, sub-kind, question, broken, correct)
CASES = [
    # ------------------------------------------------------------------ names
    # -- abbreviated (7)
    ("battle_death", "names", "abbreviated",
     "What are the names and tonnage of ships whose disposition was 'Captured'?",
     "SELECT name, tonnage FROM ship WHERE disposition = 'Captured'",
     "SELECT name, tonnage FROM ship WHERE disposition_of_ship = 'Captured'"),
    ("cre_Doc_Template_Mgt", "names", "abbreviated",
     "Show the template ids and version numbers of templates of type 'PP'.",
     "SELECT Template_ID, Version_No FROM Templates WHERE Template_Type_Code = 'PP'",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PP'"),
    ("employee_hire_evaluation", "names", "abbreviated",
     "List the name of every shop and its number of products.",
     "SELECT Name, Num_products FROM shop",
     "SELECT Name, Number_products FROM shop"),
    ("museum_visit", "names", "abbreviated",
     "Which museums have more than 20 staff members?",
     "SELECT Name FROM museum WHERE Num_Staff > 20",
     "SELECT Name FROM museum WHERE Num_of_Staff > 20"),
    ("orchestra", "names", "abbreviated",
     "List each orchestra together with its record company.",
     "SELECT Orchestra, Record_Co FROM orchestra",
     "SELECT Orchestra, Record_Company FROM orchestra"),
    ("poker_player", "names", "abbreviated",
     "What are the names and birth dates of the people from Russia?",
     "SELECT Name, DOB FROM people WHERE Nationality = 'Russia'",
     "SELECT Name, Birth_Date FROM people WHERE Nationality = 'Russia'"),
    ("student_transcripts_tracking", "names", "abbreviated",
     "List the names of all departments.",
     "SELECT dept_name FROM Departments",
     "SELECT department_name FROM Departments"),
    # -- expanded (6)
    ("car_1", "names", "expanded",
     "What is the average miles per gallon of cars with 8 cylinders?",
     "SELECT avg(MilesPerGallon) FROM cars_data WHERE Cylinders = 8",
     "SELECT avg(MPG) FROM cars_data WHERE Cylinders = 8"),
    ("museum_visit", "names", "expanded",
     "For the visits to museum 4, list the visitor id and the number of tickets bought.",
     "SELECT visitor_ID, Number_of_Tickets FROM visit WHERE Museum_ID = 4",
     "SELECT visitor_ID, Num_of_Ticket FROM visit WHERE Museum_ID = 4"),
    ("pets_1", "names", "expanded",
     "What are the first and last names of students older than 25?",
     "SELECT Fname, LastName FROM Student WHERE Age > 25",
     "SELECT Fname, LName FROM Student WHERE Age > 25"),
    ("real_estate_properties", "names", "expanded",
     "Show the name and first apartment feature of every property of type Apartment.",
     "SELECT property_name, apartment_feature_1 FROM Properties WHERE property_type_code = 'Apartment'",
     "SELECT property_name, apt_feature_1 FROM Properties WHERE property_type_code = 'Apartment'"),
    ("student_transcripts_tracking", "names", "expanded",
     "What are the first name and SSN of the student whose last name is Ward?",
     "SELECT first_name, social_security_number FROM Students WHERE last_name = 'Ward'",
     "SELECT first_name, ssn FROM Students WHERE last_name = 'Ward'"),
    ("world_1", "names", "expanded",
     "Which countries became independent before 1800?",
     "SELECT Name FROM country WHERE Independence_Year < 1800",
     "SELECT Name FROM country WHERE IndepYear < 1800"),
    # -- renamed / other words (9)
    ("concert_singer", "names", "renamed",
     "List the names and countries of the female singers.",
     "SELECT Name, Country FROM singer WHERE Gender = 'F'",
     "SELECT Name, Country FROM singer WHERE Is_male = 'F'"),
    ("course_teach", "names", "renamed",
     "What is the starting date of the Math course?",
     "SELECT Starting_Date FROM course WHERE Course = 'Math'",
     "SELECT Staring_Date FROM course WHERE Course = 'Math'"),
    ("course_teach", "names", "renamed",
     "Which town is each teacher from? List the teacher name and town, ordered by name.",
     "SELECT Name, City FROM teacher ORDER BY Name",
     "SELECT Name, Hometown FROM teacher ORDER BY Name"),
    ("dog_kennels", "names", "renamed",
     "What are the names and ages of the dogs that were abandoned?",
     "SELECT name, age FROM Dogs WHERE is_abandoned = 1",
     "SELECT name, age FROM Dogs WHERE abandoned_yn = 1"),
    ("network_1", "names", "renamed",
     "What are the names of the high schoolers in grade 10?",
     "SELECT student_name FROM Highschooler WHERE grade = 10",
     "SELECT name FROM Highschooler WHERE grade = 10"),
    ("orchestra", "names", "renamed",
     "What are the names and ages of the conductors from the UK?",
     "SELECT Name, Age FROM conductor WHERE Country = 'UK'",
     "SELECT Name, Age FROM conductor WHERE Nationality = 'UK'"),
    ("real_estate_properties", "names", "renamed",
     "List the property names and the prices requested by the vendors for properties of type House.",
     "SELECT property_name, asking_price FROM Properties WHERE property_type_code = 'House'",
     "SELECT property_name, vendor_requested_price FROM Properties WHERE property_type_code = 'House'"),
    ("singer", "names", "renamed",
     "Which singers have a net worth above 20 million?",
     "SELECT Name FROM singer WHERE Net_Worth > 20",
     "SELECT Name FROM singer WHERE Net_Worth_Millions > 20"),
    ("tvshow", "names", "renamed",
     "What are the titles of the cartoons directed by Ben Jones?",
     "SELECT Title FROM Cartoon WHERE Director = 'Ben Jones'",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    # -- camelCase / snake_case swaps (7)
    ("concert_singer", "names", "case_style",
     "What are the song names of singers older than 40?",
     "SELECT SongName FROM singer WHERE Age > 40",
     "SELECT Song_Name FROM singer WHERE Age > 40"),
    ("dog_kennels", "names", "case_style",
     "What are the first and last names of the owners who live in Virginia?",
     "SELECT firstName, lastName FROM Owners WHERE state = 'Virginia'",
     "SELECT first_name, last_name FROM Owners WHERE state = 'Virginia'"),
    ("flight_2", "names", "case_style",
     "In which city and country is the airport with code ABR?",
     "SELECT City, Country FROM airports WHERE airport_code = 'ABR'",
     "SELECT City, Country FROM airports WHERE AirportCode = 'ABR'"),
    ("pets_1", "names", "case_style",
     "How many pets are there of each type?",
     "SELECT pet_type, count(*) FROM Pets GROUP BY pet_type",
     "SELECT PetType, count(*) FROM Pets GROUP BY PetType"),
    ("tvshow", "names", "case_style",
     "Show the episodes and air dates of the TV series shown on channel 700.",
     "SELECT Episode, AirDate FROM TV_series WHERE Channel = '700'",
     "SELECT Episode, Air_Date FROM TV_series WHERE Channel = '700'"),
    ("voter_1", "names", "case_style",
     "What are the phone numbers of the votes cast from NY?",
     "SELECT phoneNumber FROM VOTES WHERE state = 'NY'",
     "SELECT phone_number FROM VOTES WHERE state = 'NY'"),
    ("world_1", "names", "case_style",
     "Which countries have a surface area larger than 5,000,000?",
     "SELECT Name FROM country WHERE surface_area > 5000000",
     "SELECT Name FROM country WHERE SurfaceArea > 5000000"),
    # -- singular / plural table names (7)
    ("car_1", "names", "table_number",
     "Which car makers are based in the country with id 2? Give the maker and full name.",
     "SELECT Maker, FullName FROM car_maker WHERE Country = '2'",
     "SELECT Maker, FullName FROM car_makers WHERE Country = '2'"),
    ("cre_Doc_Template_Mgt", "names", "table_number",
     "What are the names of the documents that use template 25?",
     "SELECT Document_Name FROM Document WHERE Template_ID = 25",
     "SELECT Document_Name FROM Documents WHERE Template_ID = 25"),
    ("flight_2", "names", "table_number",
     "How many flights does the airline with uid 1 operate?",
     "SELECT count(*) FROM flight WHERE Airline = 1",
     "SELECT count(*) FROM flights WHERE Airline = 1"),
    ("network_1", "names", "table_number",
     "How many friends does the student with id 1510 have?",
     "SELECT count(*) FROM Friends WHERE student_id = 1510",
     "SELECT count(*) FROM Friend WHERE student_id = 1510"),
    ("poker_player", "names", "table_number",
     "What are the average earnings of poker players?",
     "SELECT avg(Earnings) FROM poker_players",
     "SELECT avg(Earnings) FROM poker_player"),
    ("real_estate_properties", "names", "table_number",
     "What are the names of the available features of type Amenity?",
     "SELECT feature_name FROM Other_Available_Feature WHERE feature_type_code = 'Amenity'",
     "SELECT feature_name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'"),
    ("student_transcripts_tracking", "names", "table_number",
     "What are the first and last names of the students who first registered after 2010?",
     "SELECT first_name, last_name FROM Student WHERE date_first_registered > '2010-01-01'",
     "SELECT first_name, last_name FROM Students WHERE date_first_registered > '2010-01-01'"),
    # -- column taken from the wrong alias (7)
    ("car_1", "names", "wrong_alias",
     "For each car maker, show its full name and the number of models it makes.",
     "SELECT T2.FullName, count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id",
     "SELECT T1.FullName, count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id"),
    ("course_teach", "names", "wrong_alias",
     "Show the names of the teachers and the courses they are arranged to teach.",
     "SELECT T2.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
     "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID"),
    ("cre_Doc_Template_Mgt", "names", "wrong_alias",
     "Which documents have a paragraph whose text is 'Korea'? Show the document names.",
     "SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Paragraph_Text = 'Korea'",
     "SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Paragraph_Text = 'Korea'"),
    ("network_1", "names", "wrong_alias",
     "What are the names of the friends of the student with id 1510?",
     "SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T2.student_id = 1510",
     "SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T1.student_id = 1510"),
    ("singer", "names", "wrong_alias",
     "What are the titles of songs by singers with German citizenship, together with the singer names?",
     "SELECT T1.Title, T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Citizenship = 'Germany'",
     "SELECT T1.Title, T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.Citizenship = 'Germany'"),
    ("student_transcripts_tracking", "names", "wrong_alias",
     "Which students currently live in Kentucky? Show their first names and cities.",
     "SELECT T1.first_name, T2.city FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T1.state_province_county = 'Kentucky'",
     "SELECT T1.first_name, T2.city FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.state_province_county = 'Kentucky'"),
    ("world_1", "names", "wrong_alias",
     "Which languages are official in the countries of Oceania? Show the country name and the language.",
     "SELECT T1.Name, T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Continent = 'Oceania' AND T1.IsOfficial = 'T'",
     "SELECT T1.Name, T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Continent = 'Oceania' AND T2.IsOfficial = 'T'"),
    # -- ambiguous unqualified column in a join (8: 2 SELECT, 2 WHERE, 2 GROUP BY, 2 ORDER BY)
    ("battle_death", "names", "ambiguous_select",
     "For the death records with more than 10 people killed, list the death record id, the ship name and the number killed.",
     "SELECT id, T1.name, T2.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T2.killed > 10",
     "SELECT T2.id, T1.name, T2.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T2.killed > 10"),
    ("employee_hire_evaluation", "names", "ambiguous_select",
     "What are the names of the employees who work at shops located in Helsinki?",
     "SELECT Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Location = 'Helsinki'",
     "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Location = 'Helsinki'"),
    ("museum_visit", "names", "ambiguous_where",
     "What are the names of the visitors who visited the Capital Plaza Museum?",
     "SELECT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE Name = 'Capital Plaza Museum'",
     "SELECT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE T3.Name = 'Capital Plaza Museum'"),
    ("voter_1", "names", "ambiguous_where",
     "When were the votes for contestant number 3 created? Show the contestant's name too.",
     "SELECT T1.contestant_name, T2.created FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE contestant_number = 3",
     "SELECT T1.contestant_name, T2.created FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.contestant_number = 3"),
    ("concert_singer", "names", "ambiguous_group_by",
     "Show each stadium's name and the number of concerts held there.",
     "SELECT T1.Name, count(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY Stadium_ID",
     "SELECT T1.Name, count(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID"),
    ("singer", "names", "ambiguous_group_by",
     "For each singer, show the name and the total sales of their songs.",
     "SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY Singer_ID",
     "SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID"),
    ("course_teach", "names", "ambiguous_order_by",
     "List each arranged teacher's name and grade, ordered by teacher id.",
     "SELECT T2.Name, T1.Grade FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY Teacher_ID",
     "SELECT T2.Name, T1.Grade FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T1.Teacher_ID"),
    ("world_1", "names", "ambiguous_order_by",
     "What are the five most populous cities in Japan?",
     "SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan' ORDER BY Population DESC LIMIT 5",
     "SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan' ORDER BY T1.Population DESC LIMIT 5"),
    # -- column only in a table not yet joined: repair joins through a foreign key (5)
    ("battle_death", "names", "needs_join",
     "What are the names of the battles in which a ship of type 'Brig' was lost?",
     "SELECT DISTINCT name FROM battle WHERE ship_type = 'Brig'",
     "SELECT DISTINCT T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.ship_type = 'Brig'"),
    ("dog_kennels", "names", "needs_join",
     "What are the names of the dogs whose breed is Husky?",
     "SELECT name FROM Dogs WHERE breed_name = 'Husky'",
     "SELECT T1.name FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Husky'"),
    ("flight_2", "names", "needs_join",
     "How many flights are operated by the airline abbreviated 'JetBlue'?",
     "SELECT count(*) FROM flights WHERE Abbreviation = 'JetBlue'",
     "SELECT count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Abbreviation = 'JetBlue'"),
    ("orchestra", "names", "needs_join",
     "What are the names of the conductors of orchestras founded after 2005?",
     "SELECT Name FROM orchestra WHERE Year_of_Founded > 2005",
     "SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Year_of_Founded > 2005"),
    ("poker_player", "names", "needs_join",
     "What are the names of the poker players whose earnings are above 300000?",
     "SELECT Name FROM poker_player WHERE Earnings > 300000",
     "SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000"),

    # ---------------------------------------------------------------- dialect
    # -- PostgreSQL (10)
    ("concert_singer", "dialect", "pg_ilike",
     "Which stadiums have 'park' in their name, ignoring case? Show name and location.",
     "SELECT Name, Location FROM stadium WHERE Name ILIKE '%park%'",
     "SELECT Name, Location FROM stadium WHERE Name LIKE '%park%'"),
    ("voter_1", "dialect", "pg_regex_match",
     "Which contestants have a name starting with 'jessie', ignoring case?",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name ~* '^jessie'",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'jessie%'"),
    ("flight_2", "dialect", "pg_any_array",
     "Show the names and abbreviations of the airlines with uid 1, 3 or 5.",
     "SELECT Airline, Abbreviation FROM airlines WHERE uid = ANY(ARRAY[1, 3, 5])",
     "SELECT Airline, Abbreviation FROM airlines WHERE uid IN (1, 3, 5)"),
    ("cre_Doc_Template_Mgt", "dialect", "pg_extract",
     "Which templates became effective after 2005? Show the template id and the effective date.",
     "SELECT Template_ID, Date_Effective_From FROM Templates WHERE EXTRACT(YEAR FROM Date_Effective_From) > 2005",
     "SELECT Template_ID, Date_Effective_From FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) > 2005"),
    ("network_1", "dialect", "pg_distinct_on",
     "For each grade, show the alphabetically first student name.",
     "SELECT DISTINCT ON (grade) grade, name FROM Highschooler ORDER BY grade, name",
     "SELECT grade, min(name) FROM Highschooler GROUP BY grade ORDER BY grade"),
    ("student_transcripts_tracking", "dialect", "pg_to_char",
     "Show each student's first name and the year they first registered.",
     "SELECT first_name, TO_CHAR(date_first_registered, 'YYYY') FROM Students",
     "SELECT first_name, strftime('%Y', date_first_registered) FROM Students"),
    ("poker_player", "dialect", "pg_string_agg+pg_cast",
     "For each nationality, list its poker players with their earnings as one string.",
     "SELECT T1.Nationality, string_agg(T1.Name || ' (' || T2.Earnings::text || ')', ', ') FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID GROUP BY T1.Nationality",
     "SELECT T1.Nationality, group_concat(T1.Name || ' (' || CAST(T2.Earnings AS TEXT) || ')', ', ') FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID GROUP BY T1.Nationality"),
    ("car_1", "dialect", "pg_position",
     "Which car names start with 'ford'?",
     "SELECT Make FROM car_names WHERE POSITION('ford' IN Make) = 1",
     "SELECT Make FROM car_names WHERE instr(Make, 'ford') = 1"),
    ("pets_1", "dialect", "pg_bool_or",
     "For each sex, is there any student older than 25?",
     "SELECT Sex, bool_or(Age > 25) FROM Student GROUP BY Sex",
     "SELECT Sex, max(Age > 25) FROM Student GROUP BY Sex"),
    ("real_estate_properties", "dialect", "pg_interval",
     "Which properties were sold more than a year after they went on the market?",
     "SELECT property_name FROM Properties WHERE date_sold > date_on_market + INTERVAL '1 year'",
     "SELECT property_name FROM Properties WHERE date_sold > datetime(date_on_market, '+1 year')"),
    # -- T-SQL (6)
    ("employee_hire_evaluation", "dialect", "tsql_isnull+tsql_len",
     "For employees whose name is longer than 10 characters, show the name and bonus, using 0 when they have no bonus.",
     "SELECT T1.Name, ISNULL(T2.Bonus, 0) FROM employee AS T1 LEFT JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE LEN(T1.Name) > 10",
     "SELECT T1.Name, IFNULL(T2.Bonus, 0) FROM employee AS T1 LEFT JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE length(T1.Name) > 10"),
    ("course_teach", "dialect", "tsql_convert",
     "Which teachers are older than 35?",
     "SELECT Name FROM teacher WHERE CONVERT(INT, Age) > 35",
     "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
    ("real_estate_properties", "dialect", "tsql_datepart",
     "Which properties were sold before 1980? Show the name and sale date.",
     "SELECT property_name, date_sold FROM Properties WHERE DATEPART(year, date_sold) < 1980",
     "SELECT property_name, date_sold FROM Properties WHERE CAST(strftime('%Y', date_sold) AS INTEGER) < 1980"),
    ("singer", "dialect", "tsql_top+tsql_string_plus",
     "What is the best-selling song, shown as 'title - singer'?",
     "SELECT TOP 1 T1.Title + ' - ' + T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Sales DESC",
     "SELECT T1.Title || ' - ' || T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Sales DESC LIMIT 1"),
    ("museum_visit", "dialect", "tsql_offset_fetch",
     "Which three museums have the most staff? Show name and staff count.",
     "SELECT Name, Num_of_Staff FROM museum ORDER BY Num_of_Staff DESC OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY",
     "SELECT Name, Num_of_Staff FROM museum ORDER BY Num_of_Staff DESC LIMIT 3"),
    ("voter_1", "dialect", "tsql_nolock+tsql_nstring",
     "How many votes came from NY?",
     "SELECT count(*) FROM VOTES WITH (NOLOCK) WHERE state = N'NY'",
     "SELECT count(*) FROM VOTES WHERE state = 'NY'"),
    # -- MySQL (4)
    ("dog_kennels", "dialect", "mysql_concat+mysql_date_format",
     "For each dog, show its owner's full name, the dog's name and the month (YYYY-MM) the dog arrived.",
     "SELECT CONCAT(T1.first_name, ' ', T1.last_name), T2.name, DATE_FORMAT(T2.date_arrived, '%Y-%m') FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id",
     "SELECT T1.first_name || ' ' || T1.last_name, T2.name, strftime('%Y-%m', T2.date_arrived) FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id"),
    ("orchestra", "dialect", "mysql_substring_index",
     "What is the first name of every conductor?",
     "SELECT SUBSTRING_INDEX(Name, ' ', 1) FROM conductor",
     "SELECT substr(Name, 1, instr(Name, ' ') - 1) FROM conductor"),
    ("tvshow", "dialect", "mysql_locate",
     "Which cartoon titles mention 'Blue Beetle'?",
     "SELECT Title FROM Cartoon WHERE LOCATE('Blue Beetle', Title) > 0",
     "SELECT Title FROM Cartoon WHERE instr(Title, 'Blue Beetle') > 0"),
    ("world_1", "dialect", "mysql_if+mysql_regexp",
     "For each European country, say whether its government form is a monarchy.",
     "SELECT Name, IF(GovernmentForm REGEXP 'Monarchy', 'monarchy', 'other') FROM country WHERE Continent = 'Europe'",
     "SELECT Name, CASE WHEN instr(GovernmentForm, 'Monarchy') > 0 THEN 'monarchy' ELSE 'other' END FROM country WHERE Continent = 'Europe'"),

    # --------------------------------------------------------------- literals
    ("battle_death", "literals", "wrong_case",
     "Which battles ended in a Bulgarian victory? Show name and date.",
     "SELECT name, date FROM battle WHERE result = 'Bulgarian Victory'",
     "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'"),
    ("car_1", "literals", "wrong_case",
     "Which countries are in Asia?",
     "SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId WHERE T2.Continent = 'Asia'",
     "SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId WHERE T2.Continent = 'asia'"),
    ("network_1", "literals", "wrong_case",
     "What are the id and grade of the student named Kyle?",
     "SELECT ID, grade FROM Highschooler WHERE name = 'kyle'",
     "SELECT ID, grade FROM Highschooler WHERE name = 'Kyle'"),
    ("student_transcripts_tracking", "literals", "wrong_case",
     "Which degree programs are PhD programs? Show id and description.",
     "SELECT degree_program_id, degree_summary_description FROM Degree_Programs WHERE degree_summary_name = 'PhD'",
     "SELECT degree_program_id, degree_summary_description FROM Degree_Programs WHERE degree_summary_name = 'PHD'"),
    ("concert_singer", "literals", "abbrev_for_full",
     "What are the names and ages of the singers from the United States?",
     "SELECT Name, Age FROM singer WHERE Country = 'US'",
     "SELECT Name, Age FROM singer WHERE Country = 'United States'"),
    ("tvshow", "literals", "abbrev_for_full",
     "Which TV channels are from the United Kingdom?",
     "SELECT series_name FROM TV_Channel WHERE Country = 'UK'",
     "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'"),
    ("world_1", "literals", "abbrev_for_full",
     "Which cities in the USA have more than 2 million inhabitants?",
     "SELECT T2.Name FROM country AS T1 JOIN city AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'USA' AND T2.Population > 2000000",
     "SELECT T2.Name FROM country AS T1 JOIN city AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'United States' AND T2.Population > 2000000"),
    ("flight_2", "literals", "full_for_abbrev",
     "Which airlines are based in the United States? Show name and abbreviation.",
     "SELECT Airline, Abbreviation FROM airlines WHERE Country = 'United States'",
     "SELECT Airline, Abbreviation FROM airlines WHERE Country = 'USA'"),
    ("voter_1", "literals", "full_for_abbrev",
     "Which votes came from California? Show vote id and creation time.",
     "SELECT vote_id, created FROM VOTES WHERE state = 'California'",
     "SELECT vote_id, created FROM VOTES WHERE state = 'CA'"),
    ("cre_Doc_Template_Mgt", "literals", "full_for_code",
     "Which templates are presentation templates? Show id and version number.",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'Presentation'",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'"),
    ("pets_1", "literals", "full_for_code",
     "What are the first and last names of the female students?",
     "SELECT Fname, LName FROM Student WHERE Sex = 'Female'",
     "SELECT Fname, LName FROM Student WHERE Sex = 'F'"),
    ("employee_hire_evaluation", "literals", "boolean_word",
     "Which employees are hired full time?",
     "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Is_full_time = 'true'",
     "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Is_full_time = 'T'"),
    ("dog_kennels", "literals", "spacing",
     "Which owners live in North Dakota? Show first and last names.",
     "SELECT first_name, last_name FROM Owners WHERE state = 'North Dakota'",
     "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'"),
    ("museum_visit", "literals", "cut_short",
     "When did the RiverPark Museum open, and how many staff does it have?",
     "SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'RiverPark'",
     "SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'RiverPark Museum'"),

    # --------------------------------------------------------------- wrapping
    ("concert_singer", "wrapping", "fence_sql",
     "How many concerts were held in 2014?",
     "```sql\nSELECT count(*) FROM concert WHERE Year = '2014'\n```",
     "SELECT count(*) FROM concert WHERE Year = '2014'"),
    ("car_1", "wrapping", "fence_sqlite",
     "Which car makers are from the country with id 4? Show maker and full name.",
     "```sqlite\nSELECT Maker, FullName FROM car_makers WHERE Country = '4';\n```",
     "SELECT Maker, FullName FROM car_makers WHERE Country = '4'"),
    ("employee_hire_evaluation", "wrapping", "prose_then_fence",
     "List the names and ages of employees from Bath, youngest first.",
     "Here is the query:\n\n```\nSELECT Name, Age FROM employee WHERE City = 'Bath' ORDER BY Age\n```",
     "SELECT Name, Age FROM employee WHERE City = 'Bath' ORDER BY Age"),
    ("orchestra", "wrapping", "label_prefix",
     "How many orchestras does each record company have, most first?",
     "SQL: SELECT Record_Company, count(*) FROM orchestra GROUP BY Record_Company ORDER BY count(*) DESC",
     "SELECT Record_Company, count(*) FROM orchestra GROUP BY Record_Company ORDER BY count(*) DESC"),
    ("singer", "wrapping", "trailing_explanation",
     "List the names and birth years of singers with United States citizenship, oldest first.",
     "SELECT Name, Birth_Year FROM singer WHERE Citizenship = 'United States' ORDER BY Birth_Year;\n\nThis query lists the singers with United States citizenship, oldest first.",
     "SELECT Name, Birth_Year FROM singer WHERE Citizenship = 'United States' ORDER BY Birth_Year"),
    ("world_1", "wrapping", "two_statements",
     "Which three countries in Oceania have the highest life expectancy?",
     "SELECT * FROM country LIMIT 1;\nSELECT Name, LifeExpectancy FROM country WHERE Continent = 'Oceania' ORDER BY LifeExpectancy DESC LIMIT 3;",
     "SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Oceania' ORDER BY LifeExpectancy DESC LIMIT 3"),
    ("pets_1", "wrapping", "prose_fence_prose",
     "For each pet owner, show the student id and the type of pet.",
     "To find this, we join Has_Pet with Pets:\n```sql\nSELECT T1.StuID, T2.PetType FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID\n```\nThis returns each student id with the type of pet they own.",
     "SELECT T1.StuID, T2.PetType FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID"),
    ("tvshow", "wrapping", "label_and_explanation",
     "Which channels broadcast in high definition? Show series name and content.",
     "Query: SELECT series_name, Content FROM TV_Channel WHERE Hight_definition_TV = 'yes'\nExplanation: keeps only the channels that broadcast in high definition.",
     "SELECT series_name, Content FROM TV_Channel WHERE Hight_definition_TV = 'yes'"),
    ("battle_death", "wrapping", "two_statements",
     "Which ships were lost in battle 8? Show name and location.",
     "PRAGMA table_info(ship);\nSELECT name, location FROM ship WHERE lost_in_battle = 8;",
     "SELECT name, location FROM ship WHERE lost_in_battle = 8"),
    ("flight_2", "wrapping", "markdown_inline_code",
     "How many flights does the airline with uid 5 operate?",
     "**SQL:** `SELECT count(*) FROM flights WHERE Airline = 5`",
     "SELECT count(*) FROM flights WHERE Airline = 5"),
]

NAME_ERROR_RE = re.compile(r"^(no such column|no such table|ambiguous column name): (.+)$")
STRING_LIT_RE = re.compile(r"'(?:[^']|'')*'")


def connect(db_id):
    path = os.path.join(DB_ROOT, db_id, db_id + ".sqlite")
    if not os.path.isfile(path):
        raise FileNotFoundError(path)
    return sqlite3.connect("file:%s?mode=ro" % path, uri=True)


def run(db_id, sql):
    """Return (rows, None) or (None, error message)."""
    con = connect(db_id)
    try:
        cur = con.execute(sql)
        return cur.fetchall(), None
    except (sqlite3.Error, sqlite3.Warning) as exc:
        return None, "%s: %s" % (type(exc).__name__, exc)
    finally:
        con.close()


def check_case(i, case, valid_dbs):
    db_id, cls, kind, question, broken, correct = case
    problems = []
    if db_id not in valid_dbs:
        problems.append("db_id %r not in tables.json" % db_id)
        return problems, None
    if not question.strip() or not broken.strip() or not correct.strip():
        problems.append("empty field")
    if broken.strip() == correct.strip():
        problems.append("broken equals correct")

    rows, err = run(db_id, correct)
    if err:
        problems.append("correct fails: %s" % err)
    elif not rows:
        problems.append("correct returns no rows")
    elif all(v is None for r in rows for v in r):
        problems.append("correct returns only NULLs")

    b_rows, b_err = run(db_id, broken)
    if cls == "literals":
        if b_err:
            problems.append("literal case broken errors: %s" % b_err)
        elif b_rows:
            problems.append("literal case broken returns %d rows" % len(b_rows))
        # Only string literals may differ.
        if STRING_LIT_RE.sub("'?'", broken) != STRING_LIT_RE.sub("'?'", correct):
            problems.append("literal case differs outside string literals")
        if STRING_LIT_RE.findall(broken) == STRING_LIT_RE.findall(correct):
            problems.append("literal case has identical literals")
    else:
        if not b_err:
            problems.append("broken runs without error (%d rows)" % len(b_rows))
    if cls == "names" and b_err:
        msg = b_err.split(": ", 1)[1]
        m = NAME_ERROR_RE.match(msg)
        if not m:
            problems.append("names case error is not a name error: %s" % b_err)
        else:
            bad = m.group(2)
            if m.group(1) == "ambiguous column name":
                # the unqualified name must be qualified in the repair
                if not re.search(r"\b%s\b" % re.escape(bad), broken, re.I):
                    problems.append("ambiguous name %r not in broken" % bad)
            elif re.search(r"(?<![\w.])%s(?!\w)" % re.escape(bad), correct, re.I):
                problems.append("bad name %r still in correct" % bad)
    if cls == "wrapping":
        core = correct.strip().rstrip(";").strip()
        if core not in broken:
            problems.append("correct query is not contained verbatim in broken")
    return problems, b_err


def main():
    with open(TABLES_JSON) as fh:
        valid_dbs = {d["db_id"] for d in json.load(fh)}
    spider_dev = sorted(os.listdir(DB_ROOT))

    problems_all = []
    counts = collections.Counter()
    kinds = collections.Counter()
    per_db = collections.Counter()
    seen_broken = set()
    seen_q = set()
    for i, case in enumerate(CASES):
        if len(case) != 6:
            problems_all.append((i, ["malformed case tuple"]))
            continue
        db_id, cls, kind, question, broken, correct = case
        counts[cls] += 1
        per_db[db_id] += 1
        for k in kind.split("+"):
            kinds[(cls, k)] += 1
        probs, _ = check_case(i, case, valid_dbs)
        if (db_id, broken) in seen_broken:
            probs.append("duplicate broken query")
        if (db_id, question) in seen_q:
            probs.append("duplicate question")
        seen_broken.add((db_id, broken))
        seen_q.add((db_id, question))
        if cls not in EXPECTED_COUNTS:
            probs.append("unknown class %r" % cls)
        if probs:
            problems_all.append((i, probs))

    global_problems = []
    if len(CASES) != 100:
        global_problems.append("expected 100 cases, have %d" % len(CASES))
    for cls, n in EXPECTED_COUNTS.items():
        if counts[cls] != n:
            global_problems.append("class %s: expected %d, have %d" % (cls, n, counts[cls]))
    missing = [d for d in spider_dev if d not in per_db]
    if missing:
        global_problems.append("databases without cases: %s" % missing)
    extra = [d for d in per_db if d not in spider_dev]
    if extra:
        global_problems.append("cases on databases outside the dev set: %s" % extra)

    print("sqlite %s, %d cases" % (sqlite3.sqlite_version, len(CASES)))
    for cls in EXPECTED_COUNTS:
        print("  %-9s %3d" % (cls, counts[cls]))
        for (c, k), n in sorted(kinds.items()):
            if c == cls:
                print("      %-26s %3d" % (k, n))
    print("per database:", dict(sorted(per_db.items())))

    if problems_all or global_problems:
        for i, probs in problems_all:
            print("CASE %d (%s / %s / %s):" % (i, CASES[i][0], CASES[i][1], CASES[i][2]))
            for p in probs:
                print("    -", p)
        for p in global_problems:
            print("GLOBAL:", p)
        print("FAILED: %d case(s) with problems, %d global problem(s); nothing written"
              % (len(problems_all), len(global_problems)))
        return 1

    tmp = OUT_FILE + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for db_id, cls, kind, question, broken, correct in CASES:
            fh.write(json.dumps({"db_id": db_id, "class": cls, "question": question,
                                 "broken": broken, "correct": correct},
                                ensure_ascii=False) + "\n")
    os.replace(tmp, OUT_FILE)
    print("OK: all checks passed; wrote %d cases to %s" % (len(CASES), OUT_FILE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
