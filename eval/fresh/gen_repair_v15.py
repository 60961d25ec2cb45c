#!/usr/bin/env python3
"""Generate /tmp/blind23/repair_v15.jsonl: 100 broken/correct SQL pairs over Spider SQLite DBs.

Classes: names (45), dialect (25 = 10 postgres + 8 tsql + 7 mysql), literals (20), wrapping (10).
All checks must pass or nothing is written.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind23/repair_v15.jsonl"

ALL_DBS = [
    "battle_death", "car_1", "concert_singer", "course_teach", "cre_Doc_Template_Mgt",
    "dog_kennels", "employee_hire_evaluation", "flight_2", "museum_visit", "network_1",
    "orchestra", "pets_1", "poker_player", "real_estate_properties", "singer",
    "student_transcripts_tracking", "tvshow", "voter_1", "world_1",
]

# (class, subtype, db_id, question, broken, correct)
CASES = []


def add(cls, sub, db, question, broken, correct):
    CASES.append((cls, sub, db, question, broken, correct))


# ---------------------------------------------------------------- names (45)
N = "names"
# battle_death
add(N, "plural_table", "battle_death",
    "What are the names and locations of ships that were captured?",
    "SELECT name, location FROM ships WHERE disposition_of_ship = 'Captured'",
    "SELECT name, location FROM ship WHERE disposition_of_ship = 'Captured'")
add(N, "ambiguous", "battle_death",
    "For each death record, show its id, the number killed and the name of the ship that caused it.",
    "SELECT id, killed, name FROM death JOIN ship ON death.caused_by_ship_id = ship.id",
    "SELECT death.id, killed, name FROM death JOIN ship ON death.caused_by_ship_id = ship.id")
add(N, "wrong_table_in_join", "battle_death",
    "What are the names and results of battles in which a ship with tonnage 225 was lost?",
    "SELECT T1.name, T1.result FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.tonnage = '225'",
    "SELECT T1.name, T1.result FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.tonnage = '225'")
# car_1
add(N, "snake_vs_camel", "car_1",
    "What are the maker names and full names of the car makers based in country 4?",
    "SELECT Maker, full_name FROM car_makers WHERE Country = '4'",
    "SELECT Maker, FullName FROM car_makers WHERE Country = '4'")
add(N, "expanded_trap", "car_1",
    "Which countries are in Europe?",
    "SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContinentId WHERE T2.Continent = 'europe'",
    "SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId WHERE T2.Continent = 'europe'")
add(N, "synonym", "car_1",
    "How many cars have an engine displacement greater than 300?",
    "SELECT COUNT(*) FROM cars_data WHERE displacement > 300",
    "SELECT COUNT(*) FROM cars_data WHERE Edispl > 300")
# concert_singer
add(N, "expanded_trap", "concert_singer",
    "What are the names and capacities of stadiums with an average attendance above 2000?",
    "SELECT stadium_name, Capacity FROM stadium WHERE Average > 2000",
    "SELECT Name, Capacity FROM stadium WHERE Average > 2000")
add(N, "undefined_alias", "concert_singer",
    "Which singers performed in a concert in 2014?",
    "SELECT DISTINCT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID WHERE T4.Year = '2014'",
    "SELECT DISTINCT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID WHERE T3.Year = '2014'")
# course_teach
add(N, "misspelled_schema_trap", "course_teach",
    "Which course starts on 5 May?",
    "SELECT Course FROM course WHERE Starting_Date = '5 May'",
    "SELECT Course FROM course WHERE Staring_Date = '5 May'")
add(N, "expanded", "course_teach",
    "Show the name of each teacher together with the course they are arranged to teach.",
    "SELECT T3.Name, T2.Course_Name FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
    "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID")
# cre_Doc_Template_Mgt
add(N, "abbreviated", "cre_Doc_Template_Mgt",
    "What are the ids and version numbers of templates of type PP?",
    "SELECT Template_ID, Version FROM Templates WHERE Template_Type_Code = 'PP'",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PP'")
add(N, "synonym", "cre_Doc_Template_Mgt",
    "What are the ids of templates whose type is described as Presentation?",
    "SELECT T1.Template_ID FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Type_Name = 'Presentation'",
    "SELECT T1.Template_ID FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Type_Description = 'Presentation'")
# dog_kennels
add(N, "synonym_trap", "dog_kennels",
    "What are the first names, last names and cell phone numbers of the veterinarians?",
    "SELECT first_name, last_name, cell_phone FROM Professionals WHERE role_code = 'Veterenarian'",
    "SELECT first_name, last_name, cell_number FROM Professionals WHERE role_code = 'Veterenarian'")
add(N, "wrong_table_in_join", "dog_kennels",
    "List the first names of owners and the names of their dogs for dogs of breed BUL.",
    "SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id WHERE T1.breed_code = 'BUL'",
    "SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id WHERE T2.breed_code = 'BUL'")
add(N, "singular_table_trap", "dog_kennels",
    "What is the average cost of treatments?",
    "SELECT AVG(cost_of_treatment) FROM Treatment",
    "SELECT AVG(cost_of_treatment) FROM Treatments")
# employee_hire_evaluation
add(N, "abbreviated", "employee_hire_evaluation",
    "List shop names with their number of products, most products first.",
    "SELECT Name, num_products FROM shop ORDER BY num_products DESC",
    "SELECT Name, Number_products FROM shop ORDER BY Number_products DESC")
add(N, "ambiguous", "employee_hire_evaluation",
    "Which employees work at a shop located in Helsinki, and since when?",
    "SELECT Name, Start_from FROM employee JOIN hiring ON employee.Employee_ID = hiring.Employee_ID JOIN shop ON hiring.Shop_ID = shop.Shop_ID WHERE Location = 'Helsinki'",
    "SELECT employee.Name, Start_from FROM employee JOIN hiring ON employee.Employee_ID = hiring.Employee_ID JOIN shop ON hiring.Shop_ID = shop.Shop_ID WHERE Location = 'Helsinki'")
# flight_2
add(N, "abbreviated_trap", "flight_2",
    "Which airline has the abbreviation JetBlue?",
    "SELECT Airline FROM airlines WHERE abbr = 'JetBlue'",
    "SELECT Airline FROM airlines WHERE Abbreviation = 'JetBlue'")
add(N, "snake_vs_camel", "flight_2",
    "How many flights depart from airport APG?",
    "SELECT COUNT(*) FROM flights WHERE source_airport = ' APG'",
    "SELECT COUNT(*) FROM flights WHERE SourceAirport = ' APG'")
add(N, "expanded", "flight_2",
    "Which airlines have flights arriving at ASY?",
    "SELECT DISTINCT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.airline_id WHERE T2.DestAirport = ' ASY'",
    "SELECT DISTINCT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T2.DestAirport = ' ASY'")
# museum_visit
add(N, "expanded", "museum_visit",
    "Which museums have more than 20 staff members?",
    "SELECT Name FROM museum WHERE number_of_staff > 20",
    "SELECT Name FROM museum WHERE Num_of_Staff > 20")
add(N, "wrong_table_key_trap", "museum_visit",
    "For each visitor, show their name and total amount spent.",
    "SELECT T2.Name, SUM(T1.Total_spent) FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.visitor_ID GROUP BY T2.ID",
    "SELECT T2.Name, SUM(T1.Total_spent) FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID GROUP BY T2.ID")
# network_1
add(N, "plural_table", "network_1",
    "What are the names of high schoolers in grade 10?",
    "SELECT name FROM Highschoolers WHERE grade = 10",
    "SELECT name FROM Highschooler WHERE grade = 10")
add(N, "wrong_table_key_trap", "network_1",
    "What are the names of the friends of the student with id 1510?",
    "SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.student_id WHERE T1.student_id = 1510",
    "SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T1.student_id = 1510")
# orchestra
add(N, "natural_phrase", "orchestra",
    "Which record companies manage orchestras founded after 2003?",
    "SELECT Record_Company FROM orchestra WHERE Year_Founded > 2003",
    "SELECT Record_Company FROM orchestra WHERE Year_of_Founded > 2003")
add(N, "special_char_column", "orchestra",
    "Which orchestras gave performances with official ratings above 7 million, and what type were they?",
    "SELECT T1.Orchestra, T2.Type FROM orchestra AS T1 JOIN performance AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID WHERE T2.Official_ratings > 7",
    "SELECT T1.Orchestra, T2.Type FROM orchestra AS T1 JOIN performance AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID WHERE T2.\"Official_ratings_(millions)\" > 7")
add(N, "ambiguous", "orchestra",
    "For every show, list the performance id, the performance type and the attendance.",
    "SELECT Performance_ID, Type, Attendance FROM performance JOIN show ON performance.Performance_ID = show.Performance_ID",
    "SELECT performance.Performance_ID, Type, Attendance FROM performance JOIN show ON performance.Performance_ID = show.Performance_ID")
# pets_1
add(N, "unprefixed_trap", "pets_1",
    "What are the types and weights of pets older than 1?",
    "SELECT PetType, weight FROM Pets WHERE age > 1",
    "SELECT PetType, weight FROM Pets WHERE pet_age > 1")
add(N, "snake_vs_camel", "pets_1",
    "What are the first names of students who own a dog?",
    "SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.pet_type = 'dog'",
    "SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'")
# poker_player
add(N, "abbreviated", "poker_player",
    "List people's names and birth dates, tallest first.",
    "SELECT Name, DOB FROM people ORDER BY Height DESC",
    "SELECT Name, Birth_Date FROM people ORDER BY Height DESC")
add(N, "wrong_table_in_join", "poker_player",
    "What are the names and money ranks of the poker players?",
    "SELECT T1.Name, T1.Money_Rank FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID",
    "SELECT T1.Name, T2.Money_Rank FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID")
# real_estate_properties
add(N, "synonym", "real_estate_properties",
    "What are the names of properties with more than 7 rooms?",
    "SELECT property_name FROM Properties WHERE number_of_rooms > 7",
    "SELECT property_name FROM Properties WHERE room_count > 7")
add(N, "table_name_trap", "real_estate_properties",
    "What are the names of the available features of type Amenity?",
    "SELECT feature_name FROM Other_Features WHERE feature_type_code = 'Amenity'",
    "SELECT feature_name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'")
# singer
add(N, "synonym", "singer",
    "Which singers are French citizens?",
    "SELECT Name FROM singer WHERE Nationality = 'France'",
    "SELECT Name FROM singer WHERE Citizenship = 'France'")
add(N, "synonym_trap", "singer",
    "What are the titles of songs with sales above 300000 and the names of their singers?",
    "SELECT T2.Name, T1.Name FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.Sales > 300000",
    "SELECT T2.Title, T1.Name FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.Sales > 300000")
# student_transcripts_tracking
add(N, "undefined_alias", "student_transcripts_tracking",
    "List each student's first and last name with the city of their current address.",
    "SELECT s.first_name, s.last_name, a.city FROM Students JOIN Addresses AS a ON s.current_address_id = a.address_id",
    "SELECT s.first_name, s.last_name, a.city FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id")
add(N, "spelling_table", "student_transcripts_tracking",
    "How many student enrolments are there in semester 2?",
    "SELECT COUNT(*) FROM Student_Enrollment WHERE semester_id = 2",
    "SELECT COUNT(*) FROM Student_Enrolment WHERE semester_id = 2")
add(N, "abbreviated", "student_transcripts_tracking",
    "Which departments offer a PHD degree program?",
    "SELECT T1.department_name FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T2.degree_name = 'PHD'",
    "SELECT T1.department_name FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T2.degree_summary_name = 'PHD'")
# tvshow
add(N, "misspelled_schema_trap", "tvshow",
    "Which TV channels broadcast in high definition?",
    "SELECT series_name FROM TV_Channel WHERE High_definition_TV = 'yes'",
    "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'")
add(N, "synonym", "tvshow",
    "What are the titles of cartoons directed by Ben Jones?",
    "SELECT Title FROM Cartoon WHERE director = 'Ben Jones'",
    "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'")
# voter_1
add(N, "synonym_subquery", "voter_1",
    "What are the names of contestants who received votes from NY?",
    "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number IN (SELECT contestant_id FROM VOTES WHERE state = 'NY')",
    "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number IN (SELECT contestant_number FROM VOTES WHERE state = 'NY')")
add(N, "plural_table", "voter_1",
    "What are the area codes of California?",
    "SELECT area_code FROM AREA_CODE_STATES WHERE state = 'CA'",
    "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'CA'")
# world_1
add(N, "snake_vs_camel", "world_1",
    "Which countries have a life expectancy above 80?",
    "SELECT Name FROM country WHERE life_expectancy > 80",
    "SELECT Name FROM country WHERE LifeExpectancy > 80")
add(N, "wrong_key_trap", "world_1",
    "Which countries have Dutch as an official language?",
    "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.CountryCode = T2.CountryCode WHERE T2.Language = 'Dutch' AND T2.IsOfficial = 'T'",
    "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'Dutch' AND T2.IsOfficial = 'T'")
add(N, "wrong_table_qualifier", "world_1",
    "Which cities in Oceania have more than one million inhabitants?",
    "SELECT city.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE city.Continent = 'Oceania' AND city.Population > 1000000",
    "SELECT city.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Continent = 'Oceania' AND city.Population > 1000000")

# ---------------------------------------------------------------- dialect (25)
D = "dialect"
# PostgreSQL (10)
add(D, "postgres:ILIKE", "world_1",
    "Which countries have 'island' in their name?",
    "SELECT Name FROM country WHERE Name ILIKE '%island%'",
    "SELECT Name FROM country WHERE Name LIKE '%island%'")
add(D, "postgres:cast_op", "car_1",
    "What is the average horsepower of 8-cylinder cars?",
    "SELECT AVG(Horsepower::integer) FROM cars_data WHERE Cylinders = 8",
    "SELECT AVG(CAST(Horsepower AS INTEGER)) FROM cars_data WHERE Cylinders = 8")
add(D, "postgres:regex_ci", "singer",
    "Which singers have 'walton' in their name, ignoring case?",
    "SELECT Name FROM singer WHERE Name ~* 'walton'",
    "SELECT Name FROM singer WHERE Name LIKE '%walton%'")
add(D, "postgres:EXTRACT", "voter_1",
    "How many votes were cast in 2018?",
    "SELECT COUNT(*) FROM VOTES WHERE EXTRACT(YEAR FROM created) = 2018",
    "SELECT COUNT(*) FROM VOTES WHERE CAST(strftime('%Y', created) AS INTEGER) = 2018")
add(D, "postgres:DATE_TRUNC", "dog_kennels",
    "How many treatments were given in each month?",
    "SELECT DATE_TRUNC('month', date_of_treatment) AS month, COUNT(*) FROM Treatments GROUP BY 1",
    "SELECT strftime('%Y-%m-01', date_of_treatment) AS month, COUNT(*) FROM Treatments GROUP BY 1")
add(D, "postgres:DISTINCT_ON", "world_1",
    "For each continent, which country has the largest population?",
    "SELECT DISTINCT ON (Continent) Continent, Name, Population FROM country ORDER BY Continent, Population DESC",
    "SELECT Continent, Name, MAX(Population) FROM country GROUP BY Continent ORDER BY Continent")
add(D, "postgres:TO_CHAR", "student_transcripts_tracking",
    "List each student's first name and the year they first registered.",
    "SELECT first_name, TO_CHAR(date_first_registered, 'YYYY') AS reg_year FROM Students",
    "SELECT first_name, strftime('%Y', date_first_registered) AS reg_year FROM Students")
add(D, "postgres:POSITION", "tvshow",
    "Which TV channels have a series name starting with MTV?",
    "SELECT series_name FROM TV_Channel WHERE POSITION('MTV' IN series_name) = 1",
    "SELECT series_name FROM TV_Channel WHERE INSTR(series_name, 'MTV') = 1")
add(D, "postgres:ANY_ARRAY", "orchestra",
    "Which conductors are from the UK or France?",
    "SELECT Name FROM conductor WHERE Nationality = ANY(ARRAY['UK', 'France'])",
    "SELECT Name FROM conductor WHERE Nationality IN ('UK', 'France')")
add(D, "postgres:GREATEST", "real_estate_properties",
    "For each property, show its name and the higher of the vendor requested price and the buyer offered price.",
    "SELECT property_name, GREATEST(vendor_requested_price, buyer_offered_price) FROM Properties",
    "SELECT property_name, MAX(vendor_requested_price, buyer_offered_price) FROM Properties")
# T-SQL (8)
add(D, "tsql:TOP_brackets", "concert_singer",
    "What are the names and capacities of the three largest stadiums?",
    "SELECT TOP 3 [Name], [Capacity] FROM [stadium] ORDER BY [Capacity] DESC",
    "SELECT [Name], [Capacity] FROM [stadium] ORDER BY [Capacity] DESC LIMIT 3")
add(D, "tsql:ISNULL", "student_transcripts_tracking",
    "List each student's first name and middle name, showing an empty string when there is no middle name.",
    "SELECT first_name, ISNULL(middle_name, '') FROM Students",
    "SELECT first_name, IFNULL(middle_name, '') FROM Students")
add(D, "tsql:LEN", "battle_death",
    "Which battles have names longer than 20 characters?",
    "SELECT name FROM battle WHERE LEN(name) > 20",
    "SELECT name FROM battle WHERE LENGTH(name) > 20")
add(D, "tsql:DATEPART", "dog_kennels",
    "What are the names of dogs born in 2012?",
    "SELECT name FROM Dogs WHERE DATEPART(year, date_of_birth) = 2012",
    "SELECT name FROM Dogs WHERE CAST(strftime('%Y', date_of_birth) AS INTEGER) = 2012")
add(D, "tsql:CONVERT", "tvshow",
    "Which TV series episodes have a rating above 5?",
    "SELECT Episode FROM TV_series WHERE CONVERT(FLOAT, Rating) > 5",
    "SELECT Episode FROM TV_series WHERE CAST(Rating AS REAL) > 5")
add(D, "tsql:N_string", "employee_hire_evaluation",
    "Which employees live in Bath?",
    "SELECT [Name] FROM [employee] WHERE [City] = N'Bath'",
    "SELECT [Name] FROM [employee] WHERE [City] = 'Bath'")
add(D, "tsql:OFFSET_FETCH", "course_teach",
    "Ordered by age, which teachers are 3rd through 5th?",
    "SELECT Name FROM teacher ORDER BY Age OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY",
    "SELECT Name FROM teacher ORDER BY Age LIMIT 3 OFFSET 2")
add(D, "tsql:NOLOCK", "pets_1",
    "How many female students are there?",
    "SELECT COUNT(*) FROM Student WITH (NOLOCK) WHERE Sex = 'F'",
    "SELECT COUNT(*) FROM Student WHERE Sex = 'F'")
# MySQL (7)
add(D, "mysql:DATE_FORMAT", "voter_1",
    "How many votes were cast on each day?",
    "SELECT DATE_FORMAT(created, '%Y-%m-%d') AS day, COUNT(*) FROM VOTES GROUP BY day",
    "SELECT strftime('%Y-%m-%d', created) AS day, COUNT(*) FROM VOTES GROUP BY day")
add(D, "mysql:GROUP_CONCAT_SEPARATOR", "network_1",
    "For each grade, list the names of the high schoolers in it, separated by commas.",
    "SELECT grade, GROUP_CONCAT(name SEPARATOR ', ') FROM Highschooler GROUP BY grade",
    "SELECT grade, GROUP_CONCAT(name, ', ') FROM Highschooler GROUP BY grade")
add(D, "mysql:DIV", "world_1",
    "For each European country, show its name and its population in whole millions.",
    "SELECT Name, Population DIV 1000000 FROM country WHERE Continent = 'Europe'",
    "SELECT Name, Population / 1000000 FROM country WHERE Continent = 'Europe'")
add(D, "mysql:LOCATE", "real_estate_properties",
    "Which properties have 'parc' in their name?",
    "SELECT property_name FROM Properties WHERE LOCATE('parc', property_name) > 0",
    "SELECT property_name FROM Properties WHERE INSTR(property_name, 'parc') > 0")
add(D, "mysql:SUBSTRING_INDEX", "poker_player",
    "What is the first name of each person?",
    "SELECT SUBSTRING_INDEX(Name, ' ', 1) FROM people",
    "SELECT SUBSTR(Name, 1, INSTR(Name, ' ') - 1) FROM people")
add(D, "mysql:backticks_UCASE", "car_1",
    "Show each car maker and its full name in upper case.",
    "SELECT `Maker`, UCASE(`FullName`) FROM `car_makers`",
    "SELECT `Maker`, UPPER(`FullName`) FROM `car_makers`")
add(D, "mysql:YEAR", "cre_Doc_Template_Mgt",
    "Which templates became effective after the year 2000?",
    "SELECT Template_ID FROM Templates WHERE YEAR(Date_Effective_From) > 2000",
    "SELECT Template_ID FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) > 2000")

# ---------------------------------------------------------------- literals (20)
L = "literals"
add(L, "case+abbrev", "car_1",
    "What are the full names of car makers from the USA?",
    "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'USA'",
    "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'usa'")
add(L, "code_vs_description", "cre_Doc_Template_Mgt",
    "What are the ids of presentation templates?",
    "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'Presentation'",
    "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'")
add(L, "bool_yes_vs_T", "concert_singer",
    "What are the names and ages of male singers?",
    "SELECT Name, Age FROM singer WHERE Is_male = 'Yes'",
    "SELECT Name, Age FROM singer WHERE Is_male = 'T'")
add(L, "abbrev_vs_full", "singer",
    "Which singers are citizens of the USA?",
    "SELECT Name FROM singer WHERE Citizenship = 'USA'",
    "SELECT Name FROM singer WHERE Citizenship = 'United States'")
add(L, "full_vs_abbrev", "voter_1",
    "What are the area codes of New York?",
    "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'New York'",
    "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'NY'")
add(L, "missing_leading_space", "flight_2",
    "What are the flight numbers of flights departing from APG?",
    "SELECT FlightNo FROM flights WHERE SourceAirport = 'APG'",
    "SELECT FlightNo FROM flights WHERE SourceAirport = ' APG'")
add(L, "full_name_variant", "world_1",
    "What are the population and life expectancy of the United States?",
    "SELECT Population, LifeExpectancy FROM country WHERE Name = 'United States of America'",
    "SELECT Population, LifeExpectancy FROM country WHERE Name = 'United States'")
add(L, "synonym_value", "course_teach",
    "Which teachers teach the Math course?",
    "SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = 'Mathematics'",
    "SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = 'Math'")
add(L, "description_vs_code", "dog_kennels",
    "What are the names of large dogs?",
    "SELECT name FROM Dogs WHERE size_code = 'Large'",
    "SELECT name FROM Dogs WHERE size_code = 'LGE'")
add(L, "stored_misspelling", "dog_kennels",
    "What are the first and last names of veterinarians?",
    "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterinarian'",
    "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'")
add(L, "plural_vs_singular", "pets_1",
    "Which students own dogs? Give their student ids.",
    "SELECT StuID FROM Has_Pet JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE PetType = 'dogs'",
    "SELECT StuID FROM Has_Pet JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE PetType = 'dog'")
add(L, "full_vs_code", "pets_1",
    "What are the first and last names of female students?",
    "SELECT Fname, LName FROM Student WHERE Sex = 'Female'",
    "SELECT Fname, LName FROM Student WHERE Sex = 'F'")
add(L, "full_vs_abbrev", "orchestra",
    "Which conductors are from the United Kingdom?",
    "SELECT Name FROM conductor WHERE Nationality = 'United Kingdom'",
    "SELECT Name FROM conductor WHERE Nationality = 'UK'")
add(L, "bool_1_vs_T", "employee_hire_evaluation",
    "What are the ids of employees hired full time?",
    "SELECT Employee_ID FROM hiring WHERE Is_full_time = 1",
    "SELECT Employee_ID FROM hiring WHERE Is_full_time = 'T'")
add(L, "number_as_text", "tvshow",
    "Which episodes have a rating of 4.0?",
    "SELECT Episode FROM TV_series WHERE Rating = 4",
    "SELECT Episode FROM TV_series WHERE Rating = '4.0'")
add(L, "case", "student_transcripts_tracking",
    "What is the id of the Spring 2010 semester?",
    "SELECT semester_id FROM Semesters WHERE semester_name = 'Spring 2010'",
    "SELECT semester_id FROM Semesters WHERE semester_name = 'spring 2010'")
add(L, "description_vs_name", "real_estate_properties",
    "What is the id and description of the air conditioning feature?",
    "SELECT feature_id, feature_description FROM Other_Available_Features WHERE feature_name = 'Air Conditioning'",
    "SELECT feature_id, feature_description FROM Other_Available_Features WHERE feature_name = 'AirCon'")
add(L, "case", "battle_death",
    "What are the names and dates of battles that ended in a Bulgarian victory?",
    "SELECT name, date FROM battle WHERE result = 'Bulgarian Victory'",
    "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'")
add(L, "missing_trailing_space", "museum_visit",
    "What are the age and membership level of visitor Gonzalo Higuaín?",
    "SELECT Age, Level_of_membership FROM visitor WHERE Name = 'Gonzalo Higuaín'",
    "SELECT Age, Level_of_membership FROM visitor WHERE Name = 'Gonzalo Higuaín '")
add(L, "demonym_vs_country", "poker_player",
    "What are the names of people from Russia?",
    "SELECT Name FROM people WHERE Nationality = 'Russian'",
    "SELECT Name FROM people WHERE Nationality = 'Russia'")

# ---------------------------------------------------------------- wrapping (10)
W = "wrapping"
add(W, "fence_sql", "world_1",
    "Which African countries have more than 50 million people?",
    "```sql\nSELECT Name FROM country WHERE Continent = 'Africa' AND Population > 50000000\n```",
    "SELECT Name FROM country WHERE Continent = 'Africa' AND Population > 50000000")
add(W, "leading_prose", "concert_singer",
    "How many concerts were held in 2014?",
    "Here is the query:\nSELECT COUNT(*) FROM concert WHERE Year = '2014'",
    "SELECT COUNT(*) FROM concert WHERE Year = '2014'")
add(W, "trailing_explanation", "car_1",
    "What models are made by maker 4?",
    "SELECT Model FROM model_list WHERE Maker = 4;\n\nThis query selects all models made by maker 4 (General Motors).",
    "SELECT Model FROM model_list WHERE Maker = 4;")
add(W, "two_statements", "pets_1",
    "What is the average weight of dogs?",
    "SELECT COUNT(*) FROM Pets;\nSELECT AVG(weight) FROM Pets WHERE PetType = 'dog';",
    "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog';")
add(W, "double_semicolon_comment", "employee_hire_evaluation",
    "Which employees are older than 30?",
    "SELECT Name FROM employee WHERE Age > 30;; -- employees older than 30",
    "SELECT Name FROM employee WHERE Age > 30; -- employees older than 30")
add(W, "fence_plain", "dog_kennels",
    "What are the names of all dog breeds?",
    "```\nSELECT breed_name FROM Breeds\n```",
    "SELECT breed_name FROM Breeds")
add(W, "label_fence_explanation", "network_1",
    "What are the names of students in grade 12?",
    "SQL query:\n```sqlite\nSELECT name FROM Highschooler WHERE grade = 12;\n```\nThis returns the names of all 12th graders.",
    "SELECT name FROM Highschooler WHERE grade = 12;")
add(W, "quoted_string", "orchestra",
    "Which orchestras mainly record on CD?",
    "\"SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD'\"",
    "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD'")
add(W, "xml_tags", "tvshow",
    "Which TV channels broadcast in English?",
    "<sql>SELECT series_name FROM TV_Channel WHERE Language = 'English'</sql>",
    "SELECT series_name FROM TV_Channel WHERE Language = 'English'")
add(W, "fence_then_note", "student_transcripts_tracking",
    "List all course names in alphabetical order.",
    "```sql\nSELECT course_name FROM Courses ORDER BY course_name;\n```\n\nNote: course names are stored in lowercase.",
    "SELECT course_name FROM Courses ORDER BY course_name;")


# ---------------------------------------------------------------- checks
EXPECTED = {"names": 45, "dialect": 25, "literals": 20, "wrapping": 10}
EXPECTED_DIALECT = {"postgres": 10, "tsql": 8, "mysql": 7}
NAME_ERRORS = ("no such column", "no such table", "ambiguous column name")


def run(db, sql):
    con = sqlite3.connect(f"file:{DB_ROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def main():
    errors = []
    counts = Counter(c[0] for c in CASES)
    if dict(counts) != EXPECTED:
        errors.append(f"class counts {dict(counts)} != {EXPECTED}")
    dcounts = Counter(c[1].split(":")[0] for c in CASES if c[0] == "dialect")
    if dict(dcounts) != EXPECTED_DIALECT:
        errors.append(f"dialect counts {dict(dcounts)} != {EXPECTED_DIALECT}")
    constructs = Counter(c[1] for c in CASES if c[0] == "dialect")
    for k, v in constructs.items():
        if v > 2:
            errors.append(f"dialect construct {k} used {v} times")
    used = {c[2] for c in CASES}
    missing = set(ALL_DBS) - used
    extra = used - set(ALL_DBS)
    if missing or extra:
        errors.append(f"db coverage: missing={sorted(missing)} unknown={sorted(extra)}")
    brokens = Counter(c[4] for c in CASES)
    for b, n in brokens.items():
        if n > 1:
            errors.append(f"duplicate broken SQL: {b!r}")
    for i, (cls, sub, db, q, broken, correct) in enumerate(CASES):
        tag = f"#{i} {cls}/{sub}/{db}"
        if not q.strip():
            errors.append(f"{tag}: empty question")
        if broken == correct:
            errors.append(f"{tag}: broken == correct")
        try:
            rows = run(db, correct)
            if not rows:
                errors.append(f"{tag}: correct returns no rows")
        except sqlite3.Error as e:
            errors.append(f"{tag}: correct fails: {e}")
        if cls == "literals":
            try:
                rows = run(db, broken)
                if rows:
                    errors.append(f"{tag}: broken literal returns {len(rows)} rows")
            except sqlite3.Error as e:
                errors.append(f"{tag}: broken literal raises {e}")
        else:
            try:
                run(db, broken)
                errors.append(f"{tag}: broken runs without error")
            except sqlite3.Error as e:
                msg = str(e)
                if cls == "names" and not any(m in msg for m in NAME_ERRORS):
                    errors.append(f"{tag}: names error is not a name error: {msg}")
            except Exception as e:  # e.g. sqlite3.Warning is not an Error
                errors.append(f"{tag}: broken raised non-sqlite3.Error {type(e).__name__}: {e}")
    if errors:
        print("REFUSING TO WRITE; %d failure(s):" % len(errors), file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for cls, sub, db, q, broken, correct in CASES:
            f.write(json.dumps({"db_id": db, "class": cls, "question": q,
                                "broken": broken, "correct": correct},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")
    print("classes:", dict(counts))
    print("dialects:", dict(dcounts))


if __name__ == "__main__":
    main()
