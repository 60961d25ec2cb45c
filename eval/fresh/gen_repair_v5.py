#!/usr/bin/env python3
"""Held-out evaluation set of broken SQL queries for an SQL repairer (v5).

Cases are held as data below.  Every case is checked against the Spider SQLite
databases; repair_v5.jsonl is written beside this script only if all checks pass.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
TABLES_JSON = "/work/shared/eval/spider/tables.json"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "repair_v5.jsonl")

HALF_A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
HALF_B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"]

EXPECTED_CLASS_COUNTS = {
    "unknown_column": 20, "unknown_table": 12, "ambiguous_column": 12,
    "wrong_qualifier": 12, "dialect": 20, "wrapping": 10, "value_literal": 14,
}
EXPECTED_DIALECT_FAMILIES = {"postgres": 8, "tsql": 7, "mysql": 5}
EXPECTED_CROSS_TABLE = 4
# type names / date-part names that other dialects take as bare words and SQLite
# parses as column references (e.g. CONVERT(INT, x), DATEPART(year, d))
DIALECT_TOKENS = {"int", "integer", "varchar", "year", "month", "day"}


def C(db, cls, question, broken, correct, **meta):
    d = {"db_id": db, "class": cls, "question": question, "broken": broken, "correct": correct}
    d["_meta"] = meta
    return d


CASES = [
    # ======================= HALF A =======================
    # ---- unknown_column (10, 2 cross-table) ----
    C("battle_death", "unknown_column",
      "What are the names and tonnages of all ships, sorted by name?",
      "SELECT ship_name, tonnage FROM ship ORDER BY ship_name",
      "SELECT name, tonnage FROM ship ORDER BY name"),
    C("battle_death", "unknown_column",
      "What are the total numbers of people killed and injured across all deaths?",
      "SELECT sum(kills), sum(injuries) FROM death",
      "SELECT sum(killed), sum(injured) FROM death"),
    C("concert_singer", "unknown_column",
      "How many concerts were held in each year?",
      "SELECT concert_year, count(*) FROM concert GROUP BY concert_year",
      "SELECT Year, count(*) FROM concert GROUP BY Year"),
    C("concert_singer", "unknown_column",
      "Show the name and theme of every concert.",
      "SELECT Name, Theme FROM concert",
      "SELECT concert_Name, Theme FROM concert",
      cross=("Name", "concert", "stadium")),
    C("cre_Doc_Template_Mgt", "unknown_column",
      "What are the version number and template type code of the template with the largest version number?",
      "SELECT version_no, Template_Type_Code FROM Templates ORDER BY version_no DESC LIMIT 1",
      "SELECT Version_Number, Template_Type_Code FROM Templates ORDER BY Version_Number DESC LIMIT 1"),
    C("employee_hire_evaluation", "unknown_column",
      "What is the total bonus awarded to each employee? Show the employee id and the total.",
      "SELECT emp_id, sum(Bonus) FROM evaluation GROUP BY emp_id",
      "SELECT Employee_ID, sum(Bonus) FROM evaluation GROUP BY Employee_ID"),
    C("museum_visit", "unknown_column",
      "What is the average number of staff of museums opened after 2008?",
      "SELECT avg(num_staff) FROM museum WHERE Open_Year > '2008'",
      "SELECT avg(Num_of_Staff) FROM museum WHERE Open_Year > '2008'"),
    C("orchestra", "unknown_column",
      "List the name of each orchestra together with its record company.",
      "SELECT Name, Record_Company FROM orchestra",
      "SELECT Orchestra, Record_Company FROM orchestra",
      cross=("Name", "orchestra", "conductor")),
    C("poker_player", "unknown_column",
      "Show the number of final tables made and the best finish of every poker player.",
      "SELECT Final_Tables_Made, Best_Finish FROM poker_player",
      "SELECT Final_Table_Made, Best_Finish FROM poker_player"),
    C("world_1", "unknown_column",
      "List the names of countries whose surface area is greater than 3,000,000.",
      "SELECT Name FROM country WHERE Surface_Area > 3000000",
      "SELECT Name FROM country WHERE SurfaceArea > 3000000"),

    # ---- unknown_table (6) ----
    C("singer", "unknown_table",
      "What are the titles of songs with sales of more than 300,000?",
      "SELECT Title FROM songs WHERE Sales > 300000",
      "SELECT Title FROM song WHERE Sales > 300000"),
    C("tvshow", "unknown_table",
      "List the titles of all cartoons directed by Ben Jones.",
      "SELECT Title FROM Cartoons WHERE Directed_by = 'Ben Jones'",
      "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    C("world_1", "unknown_table",
      "Which languages are spoken in Aruba?",
      "SELECT T2.Language FROM country AS T1 JOIN country_language AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba'",
      "SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba'"),
    C("employee_hire_evaluation", "unknown_table",
      "How many employees has each shop hired? Show the shop name and the count.",
      "SELECT T2.Name, count(*) FROM hires AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T2.Name",
      "SELECT T2.Name, count(*) FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T2.Name"),
    C("orchestra", "unknown_table",
      "How many shows had an attendance of more than 1000?",
      "SELECT count(*) FROM shows WHERE Attendance > 1000",
      "SELECT count(*) FROM show WHERE Attendance > 1000"),
    C("battle_death", "unknown_table",
      "For each ship that caused deaths, show the ship name and the total number of people killed.",
      "SELECT T1.name, sum(T2.killed) FROM ship AS T1 JOIN deaths AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id",
      "SELECT T1.name, sum(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id"),

    # ---- ambiguous_column (6) ----
    C("concert_singer", "ambiguous_column",
      "For each stadium that hosted concerts, show the stadium id, stadium name and number of concerts.",
      "SELECT Stadium_ID, T2.Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T2.Stadium_ID",
      "SELECT T2.Stadium_ID, T2.Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T2.Stadium_ID"),
    C("cre_Doc_Template_Mgt", "ambiguous_column",
      "For each document, show its name, its template id and the template type code.",
      "SELECT T1.Document_Name, Template_ID, T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID",
      "SELECT T1.Document_Name, T1.Template_ID, T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID"),
    C("employee_hire_evaluation", "ambiguous_column",
      "Show the employee id, name and bonus of every evaluation.",
      "SELECT Employee_ID, T1.Name, T2.Bonus FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID",
      "SELECT T1.Employee_ID, T1.Name, T2.Bonus FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID"),
    C("museum_visit", "ambiguous_column",
      "For each visited museum, show the museum id, museum name and total number of tickets bought.",
      "SELECT Museum_ID, T1.Name, sum(T2.Num_of_Ticket) FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID",
      "SELECT T1.Museum_ID, T1.Name, sum(T2.Num_of_Ticket) FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID"),
    C("poker_player", "ambiguous_column",
      "Show the people id, name and earnings of poker players who earned more than 100,000.",
      "SELECT People_ID, T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 100000",
      "SELECT T1.People_ID, T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 100000"),
    C("world_1", "ambiguous_column",
      "List the names of cities in Japan with a population of more than 1,000,000.",
      "SELECT Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan' AND T1.Population > 1000000",
      "SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan' AND T1.Population > 1000000"),

    # ---- wrong_qualifier (6) ----
    C("singer", "wrong_qualifier",
      "Show the names of singers and the titles of their songs.",
      "SELECT T1.Name, T1.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID",
      "SELECT T1.Name, T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID"),
    C("tvshow", "wrong_qualifier",
      "What are the series names of the channels that air cartoons written by Todd Casey?",
      "SELECT T1.series_name FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T1.id = T2.Channel WHERE T1.Written_by = 'Todd Casey'",
      "SELECT T1.series_name FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T1.id = T2.Channel WHERE T2.Written_by = 'Todd Casey'"),
    C("orchestra", "wrong_qualifier",
      "Show the names of conductors and the orchestras they conduct.",
      "SELECT T2.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID",
      "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID"),
    C("museum_visit", "wrong_qualifier",
      "What are the names of visitors who spent more than 300 in a single visit?",
      "SELECT DISTINCT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Total_spent > 300",
      "SELECT DISTINCT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T2.Total_spent > 300"),
    C("battle_death", "wrong_qualifier",
      "Which battles lost a ship of type 'Brig'? List the battle names.",
      "SELECT DISTINCT T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.ship_type = 'Brig'",
      "SELECT DISTINCT T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.ship_type = 'Brig'"),
    C("concert_singer", "wrong_qualifier",
      "List the names of singers who performed in a concert in 2014.",
      "SELECT DISTINCT T3.Name FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T1.Singer_ID = T3.Singer_ID WHERE T1.Year = '2014'",
      "SELECT DISTINCT T3.Name FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T1.Singer_ID = T3.Singer_ID WHERE T2.Year = '2014'"),

    # ---- dialect (10: postgres 4, tsql 4, mysql 2) ----
    C("world_1", "dialect",
      "Find the names of countries whose name contains 'land', ignoring case.",
      "SELECT Name FROM country WHERE Name ILIKE '%land%'",
      "SELECT Name FROM country WHERE Name LIKE '%land%'",
      family="postgres"),
    C("poker_player", "dialect",
      "List the earnings of every poker player as whole numbers.",
      "SELECT Poker_Player_ID, Earnings::int FROM poker_player",
      "SELECT Poker_Player_ID, CAST(Earnings AS INTEGER) FROM poker_player",
      family="postgres"),
    C("singer", "dialect",
      "For each citizenship, list the names of its singers as one comma-separated string.",
      "SELECT Citizenship, STRING_AGG(Name, ', ') FROM singer GROUP BY Citizenship",
      "SELECT Citizenship, group_concat(Name, ', ') FROM singer GROUP BY Citizenship",
      family="postgres"),
    C("orchestra", "dialect",
      "For each nationality, show the name of the oldest conductor.",
      "SELECT DISTINCT ON (Nationality) Nationality, Name FROM conductor ORDER BY Nationality, Age DESC",
      "SELECT Nationality, Name, max(Age) FROM conductor GROUP BY Nationality",
      family="postgres"),
    C("museum_visit", "dialect",
      "What are the names of the 3 museums with the most staff?",
      "SELECT TOP 3 Name FROM museum ORDER BY Num_of_Staff DESC",
      "SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 3",
      family="tsql"),
    C("cre_Doc_Template_Mgt", "dialect",
      "Which document has the longest name?",
      "SELECT TOP 1 Document_Name FROM Documents ORDER BY LEN(Document_Name) DESC",
      "SELECT Document_Name FROM Documents ORDER BY length(Document_Name) DESC LIMIT 1",
      family="tsql"),
    C("world_1", "dialect",
      "List the names and heads of state of countries in Oceania, showing 'None' when the head of state is missing.",
      "SELECT Name, ISNULL(HeadOfState, 'None') FROM country WHERE Continent = 'Oceania'",
      "SELECT Name, ifnull(HeadOfState, 'None') FROM country WHERE Continent = 'Oceania'",
      family="tsql"),
    C("employee_hire_evaluation", "dialect",
      "What is the total bonus awarded in each year, as a whole number?",
      "SELECT Year_awarded, CONVERT(INT, sum(Bonus)) FROM evaluation GROUP BY Year_awarded",
      "SELECT Year_awarded, CAST(sum(Bonus) AS INTEGER) FROM evaluation GROUP BY Year_awarded",
      family="tsql"),
    C("tvshow", "dialect",
      "Show each cartoon's title together with its director, formatted as 'Title - Director'.",
      "SELECT CONCAT(Title, ' - ', Directed_by) FROM Cartoon",
      "SELECT Title || ' - ' || Directed_by FROM Cartoon",
      family="mysql"),
    C("battle_death", "dialect",
      "Which battles have a name starting with 'Battle of'?",
      "SELECT name FROM battle WHERE name REGEXP '^Battle of'",
      "SELECT name FROM battle WHERE name LIKE 'Battle of%'",
      family="mysql"),

    # ---- wrapping (5) ----
    C("concert_singer", "wrapping",
      "How many singers are from France?",
      "```sql\nSELECT count(*) FROM singer WHERE Country = 'France'\n```",
      "SELECT count(*) FROM singer WHERE Country = 'France'"),
    C("singer", "wrapping",
      "What is the name of the singer with the highest net worth?",
      "Here is the SQL query that finds the richest singer:\nSELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1",
      "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1"),
    C("tvshow", "wrapping",
      "How many TV channels are there in each country?",
      "SELECT Country, count(*) FROM TV_Channel GROUP BY Country\n\nThis groups the channels by country and counts how many channels each country has.",
      "SELECT Country, count(*) FROM TV_Channel GROUP BY Country"),
    C("cre_Doc_Template_Mgt", "wrapping",
      "How many templates are there of each template type code?",
      "SQL: SELECT Template_Type_Code, count(*) FROM Templates GROUP BY Template_Type_Code",
      "SELECT Template_Type_Code, count(*) FROM Templates GROUP BY Template_Type_Code"),
    C("poker_player", "wrapping",
      "What is the average number of final tables made by poker players?",
      "SELECT avg(Final_Table_Made) FROM poker_player; This query computes the mean of the Final_Table_Made column over all poker players.",
      "SELECT avg(Final_Table_Made) FROM poker_player"),

    # ---- value_literal (7) ----
    C("orchestra", "value_literal",
      "How many conductors are from the United Kingdom?",
      "SELECT count(*) FROM conductor WHERE Nationality = 'United Kingdom'",
      "SELECT count(*) FROM conductor WHERE Nationality = 'UK'"),
    C("concert_singer", "value_literal",
      "What are the names of the male singers?",
      "SELECT Name FROM singer WHERE Is_male = 1",
      "SELECT Name FROM singer WHERE Is_male = 'T'"),
    C("world_1", "value_literal",
      "How many country-language records are marked as official languages?",
      "SELECT count(*) FROM countrylanguage WHERE IsOfficial = 'True'",
      "SELECT count(*) FROM countrylanguage WHERE IsOfficial = 'T'"),
    C("battle_death", "value_literal",
      "How many ships were captured?",
      "SELECT count(*) FROM ship WHERE disposition_of_ship = 'captured'",
      "SELECT count(*) FROM ship WHERE disposition_of_ship = 'Captured'"),
    C("tvshow", "value_literal",
      "How many TV channels broadcast in English?",
      "SELECT count(*) FROM TV_Channel WHERE Language = 'EN'",
      "SELECT count(*) FROM TV_Channel WHERE Language = 'English'"),
    C("employee_hire_evaluation", "value_literal",
      "How many hired employees work full time?",
      "SELECT count(*) FROM hiring WHERE Is_full_time = 'true'",
      "SELECT count(*) FROM hiring WHERE Is_full_time = 'T'"),
    C("museum_visit", "value_literal",
      "How many staff does the RiverPark Museum have?",
      "SELECT Num_of_Staff FROM museum WHERE Name = 'River Park Museum'",
      "SELECT Num_of_Staff FROM museum WHERE Name = 'RiverPark Museum'"),

    # ======================= HALF B =======================
    # ---- unknown_column (10, 2 cross-table) ----
    C("car_1", "unknown_column",
      "What is the maximum acceleration of cars with 8 cylinders?",
      "SELECT max(Acceleration) FROM cars_data WHERE Cylinders = 8",
      "SELECT max(Accelerate) FROM cars_data WHERE Cylinders = 8"),
    C("car_1", "unknown_column",
      "List the names of the countries in continent number 2.",
      "SELECT Country FROM countries WHERE Continent = 2",
      "SELECT CountryName FROM countries WHERE Continent = 2",
      cross=("Country", "countries", "car_makers")),
    C("course_teach", "unknown_column",
      "What are the course names and their starting dates?",
      "SELECT Course, Starting_Date FROM course",
      "SELECT Course, Staring_Date FROM course"),
    C("dog_kennels", "unknown_column",
      "What is the average cost of treatments?",
      "SELECT avg(treatment_cost) FROM Treatments",
      "SELECT avg(cost_of_treatment) FROM Treatments"),
    C("dog_kennels", "unknown_column",
      "List the names of the dogs that were abandoned.",
      "SELECT first_name FROM Dogs WHERE abandoned_yn = '1'",
      "SELECT name FROM Dogs WHERE abandoned_yn = '1'",
      cross=("first_name", "Dogs", "Owners")),
    C("flight_2", "unknown_column",
      "List every airline with its abbreviation.",
      "SELECT Airline, Abbrev FROM airlines",
      "SELECT Airline, Abbreviation FROM airlines"),
    C("network_1", "unknown_column",
      "What are the names of high schoolers in grade 10?",
      "SELECT name FROM Highschooler WHERE grade_level = 10",
      "SELECT name FROM Highschooler WHERE grade = 10"),
    C("pets_1", "unknown_column",
      "What is the average weight of dogs?",
      "SELECT avg(weight) FROM Pets WHERE pet_type = 'dog'",
      "SELECT avg(weight) FROM Pets WHERE PetType = 'dog'"),
    C("real_estate_properties", "unknown_column",
      "What are the names and agreed selling prices of properties with more than 5 rooms?",
      "SELECT property_name, selling_price FROM Properties WHERE room_count > 5",
      "SELECT property_name, agreed_selling_price FROM Properties WHERE room_count > 5"),
    C("student_transcripts_tracking", "unknown_column",
      "Show the first name of each student and the date they first registered.",
      "SELECT first_name, registration_date FROM Students",
      "SELECT first_name, date_first_registered FROM Students"),

    # ---- unknown_table (6) ----
    C("voter_1", "unknown_table",
      "How many votes did each contestant receive? Show the contestant name and the count.",
      "SELECT T1.contestant_name, count(*) FROM CONTESTANT AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number",
      "SELECT T1.contestant_name, count(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number"),
    C("student_transcripts_tracking", "unknown_table",
      "How many enrolments does each degree program have?",
      "SELECT degree_program_id, count(*) FROM Student_Enrollment GROUP BY degree_program_id",
      "SELECT degree_program_id, count(*) FROM Student_Enrolment GROUP BY degree_program_id"),
    C("pets_1", "unknown_table",
      "How many students own at least one pet?",
      "SELECT count(DISTINCT StuID) FROM Has_Pets",
      "SELECT count(DISTINCT StuID) FROM Has_Pet"),
    C("flight_2", "unknown_table",
      "How many flights does each airline operate? Show the airline name and the count.",
      "SELECT T1.Airline, count(*) FROM airlines AS T1 JOIN flight AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline",
      "SELECT T1.Airline, count(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline"),
    C("dog_kennels", "unknown_table",
      "What are the descriptions of all treatment types?",
      "SELECT treatment_type_description FROM Ref_Treatment_Types",
      "SELECT treatment_type_description FROM Treatment_Types"),
    C("course_teach", "unknown_table",
      "Show the names of teachers and the courses they are arranged to teach.",
      "SELECT T3.Name, T2.Course FROM course_arrangement AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
      "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID"),

    # ---- ambiguous_column (6) ----
    C("car_1", "ambiguous_column",
      "For each car maker, show its maker name and the number of models it produces.",
      "SELECT Maker, count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id",
      "SELECT T1.Maker, count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id"),
    C("course_teach", "ambiguous_column",
      "Show the course id, course name and grade of every course arrangement.",
      "SELECT Course_ID, T1.Course, T2.Grade FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID",
      "SELECT T1.Course_ID, T1.Course, T2.Grade FROM course AS T1 JOIN course_arrange AS T2 ON T1.Course_ID = T2.Course_ID"),
    C("dog_kennels", "ambiguous_column",
      "For each owner who has dogs, show the owner id, first name and number of dogs.",
      "SELECT owner_id, T1.first_name, count(*) FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id",
      "SELECT T1.owner_id, T1.first_name, count(*) FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id"),
    C("flight_2", "ambiguous_column",
      "Show the airline name and flight number of all flights operated by JetBlue Airways.",
      "SELECT Airline, T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T1.Airline = 'JetBlue Airways'",
      "SELECT T1.Airline, T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T1.Airline = 'JetBlue Airways'"),
    C("pets_1", "ambiguous_column",
      "For each student who owns pets, show the student id, first name and number of pets.",
      "SELECT StuID, T1.Fname, count(*) FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID GROUP BY T1.StuID",
      "SELECT T1.StuID, T1.Fname, count(*) FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID GROUP BY T1.StuID"),
    C("network_1", "ambiguous_column",
      "What are the ids of students who both have a friend and like someone?",
      "SELECT DISTINCT student_id FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id",
      "SELECT DISTINCT T1.student_id FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id"),

    # ---- wrong_qualifier (6) ----
    C("real_estate_properties", "wrong_qualifier",
      "Show the property names together with the descriptions of their other features.",
      "SELECT T1.property_name, T1.property_feature_description FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id",
      "SELECT T1.property_name, T2.property_feature_description FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id"),
    C("student_transcripts_tracking", "wrong_qualifier",
      "List the name of each degree program along with the name of its department.",
      "SELECT T1.degree_summary_name, T1.department_name FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id",
      "SELECT T1.degree_summary_name, T2.department_name FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id"),
    C("voter_1", "wrong_qualifier",
      "List the phone numbers of all votes cast for the contestant Tabatha Gehling.",
      "SELECT T1.phone_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.contestant_name = 'Tabatha Gehling'",
      "SELECT T2.phone_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.contestant_name = 'Tabatha Gehling'"),
    C("car_1", "wrong_qualifier",
      "What are the names of cars made in 1970 with more than 6 cylinders?",
      "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T1.Year = 1970 AND T2.Cylinders > 6",
      "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1970 AND T2.Cylinders > 6"),
    C("dog_kennels", "wrong_qualifier",
      "Show the names of the dogs and the dates on which they were treated.",
      "SELECT T2.name, T2.date_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id",
      "SELECT T1.name, T2.date_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id"),
    C("pets_1", "wrong_qualifier",
      "What are the last names of students who own a cat?",
      "SELECT T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T2.PetType = 'cat'",
      "SELECT T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'cat'"),

    # ---- dialect (10: postgres 4, tsql 3, mysql 3) ----
    C("real_estate_properties", "dialect",
      "List each property's name and the year in which it was sold.",
      "SELECT property_name, EXTRACT(YEAR FROM date_sold) FROM Properties",
      "SELECT property_name, strftime('%Y', date_sold) FROM Properties",
      family="postgres"),
    C("voter_1", "dialect",
      "Show each vote id with the day (YYYY-MM-DD) on which the vote was created.",
      "SELECT vote_id, TO_CHAR(created, 'YYYY-MM-DD') FROM VOTES",
      "SELECT vote_id, date(created) FROM VOTES",
      family="postgres"),
    C("flight_2", "dialect",
      "Which airports have 'municipal' in their name, ignoring case?",
      "SELECT AirportName FROM airports WHERE AirportName ~* 'municipal'",
      "SELECT AirportName FROM airports WHERE AirportName LIKE '%municipal%'",
      family="postgres"),
    C("car_1", "dialect",
      "How many cars have either 4 or 6 cylinders?",
      "SELECT count(*) FROM cars_data WHERE Cylinders = ANY(ARRAY[4, 6])",
      "SELECT count(*) FROM cars_data WHERE Cylinders IN (4, 6)",
      family="postgres"),
    C("network_1", "dialect",
      "List the names of the first 5 high schoolers in alphabetical order.",
      "SELECT name FROM Highschooler ORDER BY name OFFSET 0 ROWS FETCH NEXT 5 ROWS ONLY",
      "SELECT name FROM Highschooler ORDER BY name LIMIT 5",
      family="tsql"),
    C("student_transcripts_tracking", "dialect",
      "How many transcripts were issued in each year?",
      "SELECT DATEPART(year, transcript_date), count(*) FROM Transcripts GROUP BY DATEPART(year, transcript_date)",
      "SELECT strftime('%Y', transcript_date), count(*) FROM Transcripts GROUP BY strftime('%Y', transcript_date)",
      family="tsql"),
    C("course_teach", "dialect",
      "What is the hometown of the teacher named Lucy Wong?",
      "SELECT [Hometown] FROM [teacher] WHERE [Name] = N'Lucy Wong'",
      "SELECT Hometown FROM teacher WHERE Name = 'Lucy Wong'",
      family="tsql"),
    C("real_estate_properties", "dialect",
      "How many properties came on the market before 1990?",
      "SELECT count(*) FROM Properties WHERE YEAR(date_on_market) < 1990",
      "SELECT count(*) FROM Properties WHERE CAST(strftime('%Y', date_on_market) AS INTEGER) < 1990",
      family="mysql"),
    C("student_transcripts_tracking", "dialect",
      "What are the distinct email domains used by students?",
      "SELECT DISTINCT SUBSTRING_INDEX(email_address, '@', -1) FROM Students",
      "SELECT DISTINCT substr(email_address, instr(email_address, '@') + 1) FROM Students",
      family="mysql"),
    C("dog_kennels", "dialect",
      "For each dog, show its name and the number of days between its arrival and departure.",
      "SELECT name, DATEDIFF(date_departed, date_arrived) FROM Dogs",
      "SELECT name, julianday(date_departed) - julianday(date_arrived) FROM Dogs",
      family="mysql"),

    # ---- wrapping (5) ----
    C("voter_1", "wrapping",
      "How many contestants are there?",
      "To count the contestants, you can use:\n\n```sql\nSELECT count(*) FROM CONTESTANTS\n```",
      "SELECT count(*) FROM CONTESTANTS"),
    C("network_1", "wrapping",
      "How many high schoolers are in each grade?",
      "SQL: SELECT grade, count(*) FROM Highschooler GROUP BY grade",
      "SELECT grade, count(*) FROM Highschooler GROUP BY grade"),
    C("car_1", "wrapping",
      "What is the average weight of cars made in 1975?",
      "SELECT avg(Weight) FROM cars_data WHERE Year = 1975\nExplanation: filters cars_data to the 1975 model year and averages the Weight column.",
      "SELECT avg(Weight) FROM cars_data WHERE Year = 1975"),
    C("real_estate_properties", "wrapping",
      "How many properties are there of each property type code?",
      "SELECT property_type_code, count(*) FROM Properties GROUP BY property_type_code; This returns every property type code together with the number of properties of that type.",
      "SELECT property_type_code, count(*) FROM Properties GROUP BY property_type_code"),
    C("flight_2", "wrapping",
      "How many airports are there?",
      "Sure! Here's the query:\n```\nSELECT count(*) FROM airports\n```\nIt counts all rows in the airports table.",
      "SELECT count(*) FROM airports"),

    # ---- value_literal (7) ----
    C("pets_1", "value_literal",
      "How many female students are there?",
      "SELECT count(*) FROM Student WHERE Sex = 'Female'",
      "SELECT count(*) FROM Student WHERE Sex = 'F'"),
    C("car_1", "value_literal",
      "How many car makers are from Japan?",
      "SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'Japan'",
      "SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'"),
    C("dog_kennels", "value_literal",
      "How many large dogs are there?",
      "SELECT count(*) FROM Dogs WHERE size_code = 'Large'",
      "SELECT count(*) FROM Dogs WHERE size_code = 'LGE'"),
    C("real_estate_properties", "value_literal",
      "How many apartments are listed?",
      "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartments'",
      "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    C("student_transcripts_tracking", "value_literal",
      "How many degree programs are PhD programs?",
      "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'PhD'",
      "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'PHD'"),
    C("voter_1", "value_literal",
      "How many votes came from New York?",
      "SELECT count(*) FROM VOTES WHERE state = 'New York'",
      "SELECT count(*) FROM VOTES WHERE state = 'NY'"),
    C("flight_2", "value_literal",
      "How many airlines are based in the USA?",
      "SELECT count(*) FROM airlines WHERE Country = 'United States'",
      "SELECT count(*) FROM airlines WHERE Country = 'USA'"),
]


# ----------------------------------------------------------------------------
def connect(db):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    return sqlite3.connect("file:%s?mode=ro" % path, uri=True)


def run(db, sql):
    """Return (rows, None) on success or (None, error message) on failure."""
    con = connect(db)
    try:
        rows = con.execute(sql).fetchall()
        return rows, None
    except (sqlite3.Error, sqlite3.Warning) as e:
        return None, "%s: %s" % (type(e).__name__, e)
    finally:
        con.close()


def runs_as_script(db, sql):
    """True if the text runs without error through executescript (multi-statement)."""
    con = connect(db)
    try:
        con.executescript(sql)
        return True
    except (sqlite3.Error, sqlite3.Warning):
        return False
    finally:
        con.close()


def columns(db):
    con = connect(db)
    try:
        out = {}
        for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            out[t.lower()] = {r[1].lower() for r in con.execute('PRAGMA table_info("%s")' % t)}
        return out
    finally:
        con.close()


def nonzero(v):
    if v is None:
        return False
    if isinstance(v, (int, float)) and v == 0:
        return False
    return True


def main():
    with open(TABLES_JSON) as f:
        valid_dbs = {d["db_id"] for d in json.load(f)}
    failures = []
    half_of = {db: "A" for db in HALF_A}
    half_of.update({db: "B" for db in HALF_B})

    cls_counts = Counter()
    half_counts = Counter()
    cls_half = Counter()
    fam_counts = Counter()
    cross = 0
    seen_q = set()
    schema_cache = {}

    for i, c in enumerate(CASES):
        tag = "case %d (%s/%s)" % (i, c["db_id"], c["class"])
        db, cls, broken, correct, meta = c["db_id"], c["class"], c["broken"], c["correct"], c["_meta"]
        if db not in valid_dbs or not os.path.exists(os.path.join(DB_ROOT, db, db + ".sqlite")):
            failures.append(tag + ": invalid db_id")
            continue
        if db not in half_of:
            failures.append(tag + ": db not in either half")
            continue
        if cls not in EXPECTED_CLASS_COUNTS:
            failures.append(tag + ": unknown class")
            continue
        key = (db, c["question"].strip().lower())
        if key in seen_q:
            failures.append(tag + ": duplicate question")
        seen_q.add(key)
        if broken.strip() == correct.strip():
            failures.append(tag + ": broken == correct")
        cls_counts[cls] += 1
        half_counts[half_of[db]] += 1
        cls_half[(cls, half_of[db])] += 1

        crow, cerr = run(db, correct)
        if cerr:
            failures.append(tag + ": correct fails: " + cerr)
            continue
        if not crow or not any(any(v is not None for v in r) for r in crow):
            failures.append(tag + ": correct returns no non-NULL row")
            continue

        brow, berr = run(db, broken)
        if cls == "value_literal":
            if berr:
                failures.append(tag + ": value_literal broken fails: " + berr)
                continue
            if any(nonzero(v) for r in brow for v in r):
                failures.append(tag + ": value_literal broken returns non-zero data: %r" % brow[:3])
            if not any(nonzero(v) for r in crow for v in r):
                failures.append(tag + ": value_literal correct has no non-zero value")
            if brow == crow:
                failures.append(tag + ": value_literal broken and correct give same result")
            continue

        if berr is None:
            failures.append(tag + ": broken runs on SQLite (rows=%r)" % (brow[:3],))
            continue
        low = berr.lower()
        if cls in ("unknown_column", "wrong_qualifier"):
            if "no such column" not in low:
                failures.append(tag + ": expected 'no such column', got " + berr)
        elif cls == "unknown_table":
            if "no such table" not in low:
                failures.append(tag + ": expected 'no such table', got " + berr)
        elif cls == "ambiguous_column":
            if "ambiguous column name" not in low:
                failures.append(tag + ": expected 'ambiguous column name', got " + berr)
        elif cls == "dialect":
            fam = meta.get("family")
            if fam not in EXPECTED_DIALECT_FAMILIES:
                failures.append(tag + ": dialect case without valid family")
            else:
                fam_counts[fam] += 1
            m = re.search(r"no such column: (\S+)", berr)
            dialect_token = m is not None and m.group(1).lower() in DIALECT_TOKENS
            if ("no such column" in low and not dialect_token) or "no such table" in low or "ambiguous" in low:
                failures.append(tag + ": dialect broken fails for a schema reason: " + berr)
        elif cls == "wrapping":
            if runs_as_script(db, broken):
                failures.append(tag + ": wrapping text runs as a script")
            if correct.strip().rstrip(";") not in broken:
                failures.append(tag + ": wrapping text does not contain the correct SQL")

        if cls == "unknown_column":
            # the wrong column must not exist in the table(s) of the query
            if db not in schema_cache:
                schema_cache[db] = columns(db)
            sch = schema_cache[db]
            m = re.search(r"no such column: (\S+)", berr)
            wrong = m.group(1).split(".")[-1] if m else None
            if "cross" in meta:
                wname, own_table, other_table = meta["cross"]
                ok = (wrong is not None and wrong.lower() == wname.lower()
                      and other_table.lower() in sch and own_table.lower() in sch
                      and other_table.lower() != own_table.lower()
                      and wname.lower() in sch[other_table.lower()]
                      and wname.lower() not in sch[own_table.lower()])
                if not ok:
                    failures.append(tag + ": cross-table check failed (%r, err=%s)" % (meta["cross"], berr))
                else:
                    cross += 1
            elif wrong is not None and any(wrong.lower() in cols for cols in sch.values()):
                failures.append(tag + ": non-cross unknown column %r exists in another table" % wrong)

    # ---- aggregate checks ----
    for cls, n in EXPECTED_CLASS_COUNTS.items():
        if cls_counts[cls] != n:
            failures.append("class %s: %d cases, expected %d" % (cls, cls_counts[cls], n))
        a, b = cls_half[(cls, "A")], cls_half[(cls, "B")]
        if abs(a - b) > (n % 2):
            failures.append("class %s unbalanced between halves: A=%d B=%d" % (cls, a, b))
    for fam, n in EXPECTED_DIALECT_FAMILIES.items():
        if fam_counts[fam] != n:
            failures.append("dialect family %s: %d, expected %d" % (fam, fam_counts[fam], n))
    if cross != EXPECTED_CROSS_TABLE:
        failures.append("cross-table unknown columns: %d, expected %d" % (cross, EXPECTED_CROSS_TABLE))
    if half_counts["A"] != 50 or half_counts["B"] != 50:
        failures.append("half balance: A=%d B=%d (expected 50/50)" % (half_counts["A"], half_counts["B"]))
    if len(CASES) != 100:
        failures.append("total cases %d, expected 100" % len(CASES))

    if failures:
        print("FAILED %d check(s):" % len(failures))
        for f in failures:
            print("  -", f)
        sys.exit(1)

    with open(OUT, "w") as f:
        for c in CASES:
            rec = {k: c[k] for k in ("db_id", "class", "question", "broken", "correct")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("OK: wrote %d cases to %s" % (len(CASES), OUT))
    print("per class:", dict(cls_counts))
    print("per class/half:", {"%s/%s" % k: v for k, v in sorted(cls_half.items())})
    print("per half:", dict(half_counts))
    print("dialect families:", dict(fam_counts), "cross-table unknown columns:", cross)


if __name__ == "__main__":
    main()
