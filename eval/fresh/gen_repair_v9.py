#!/usr/bin/env python3
"""Held-out SQL repair evaluation set, v9 (blind).

Each case: db_id, class, question, broken, correct (+ family for dialect).
Running this script checks every case against the Spider SQLite databases and,
only if all checks pass, writes repair_v9.jsonl next to this file.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "repair_v9.jsonl")

HALF_A = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"}
HALF_B = {"car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"}

EXPECTED = {"unknown_column": 20, "unknown_table": 12, "ambiguous_column": 12,
            "wrong_qualifier": 12, "dialect": 20, "wrapping": 10, "value_literal": 14}
EXPECTED_FAMILY = {"postgresql": 8, "tsql": 7, "mysql": 5}
ERROR_CLASSES = {"unknown_column": "no such column", "unknown_table": "no such table",
                 "ambiguous_column": "ambiguous column name", "wrong_qualifier": "no such column"}


def C(db, cls, question, broken, correct, **extra):
    d = {"db_id": db, "class": cls, "question": question, "broken": broken, "correct": correct}
    d.update(extra)
    return d


CASES = [
    # ------------------------------------------------------------------ half A
    # unknown_column (8 same-table + 2 needing a join)
    C("concert_singer", "unknown_column",
      "What are the names and capacities of all stadiums?",
      "SELECT Name, stadium_capacity FROM stadium",
      "SELECT Name, Capacity FROM stadium"),
    C("poker_player", "unknown_column",
      "List the earnings of all poker players from highest to lowest.",
      "SELECT earning FROM poker_player ORDER BY earning DESC",
      "SELECT Earnings FROM poker_player ORDER BY Earnings DESC"),
    C("employee_hire_evaluation", "unknown_column",
      "How many employees live in each city?",
      "SELECT town, COUNT(*) FROM employee GROUP BY town",
      "SELECT City, COUNT(*) FROM employee GROUP BY City"),
    C("world_1", "unknown_column",
      "What is the average life expectancy of countries in Africa?",
      "SELECT AVG(life_expectancy) FROM country WHERE Continent = 'Africa'",
      "SELECT AVG(LifeExpectancy) FROM country WHERE Continent = 'Africa'"),
    C("orchestra", "unknown_column",
      "Show the names of conductors and their years of work, sorted by years of work.",
      "SELECT Name, Years_of_Work FROM conductor ORDER BY Years_of_Work",
      "SELECT Name, Year_of_Work FROM conductor ORDER BY Year_of_Work"),
    C("singer", "unknown_column",
      "Which singers have a net worth of more than 20 million?",
      "SELECT Name FROM singer WHERE net_worth > 20",
      "SELECT Name FROM singer WHERE Net_Worth_Millions > 20"),
    C("museum_visit", "unknown_column",
      "Which museums have more than 20 staff members?",
      "SELECT Name FROM museum WHERE staff_count > 20",
      "SELECT Name FROM museum WHERE Num_of_Staff > 20"),
    C("tvshow", "unknown_column",
      "What are the titles of the cartoons written by Joseph Kuhr?",
      "SELECT Title FROM Cartoon WHERE writer = 'Joseph Kuhr'",
      "SELECT Title FROM Cartoon WHERE Written_by = 'Joseph Kuhr'"),
    C("concert_singer", "unknown_column",
      "For each concert, give its name and the location of the stadium it was held in.",
      "SELECT concert_Name, Location FROM concert",
      "SELECT T1.concert_Name, T2.Location FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID",
      cross_table=True),
    C("poker_player", "unknown_column",
      "What are the names of poker players whose earnings exceed 200000?",
      "SELECT Name FROM poker_player WHERE Earnings > 200000",
      "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 200000",
      cross_table=True),

    # unknown_table
    C("battle_death", "unknown_table",
      "List the names and tonnage of all ships.",
      "SELECT name, tonnage FROM ships",
      "SELECT name, tonnage FROM ship"),
    C("cre_Doc_Template_Mgt", "unknown_table",
      "How many documents are there?",
      "SELECT COUNT(*) FROM Document",
      "SELECT COUNT(*) FROM Documents"),
    C("world_1", "unknown_table",
      "Which languages are official in the country with code ABW?",
      "SELECT Language FROM country_language WHERE CountryCode = 'ABW' AND IsOfficial = 'T'",
      "SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW' AND IsOfficial = 'T'"),
    C("employee_hire_evaluation", "unknown_table",
      "What is the largest bonus ever awarded to an employee?",
      "SELECT MAX(Bonus) FROM evaluations",
      "SELECT MAX(Bonus) FROM evaluation"),
    C("orchestra", "unknown_table",
      "What are the types and dates of all performances?",
      "SELECT Type, Date FROM performances",
      "SELECT Type, Date FROM performance"),
    C("tvshow", "unknown_table",
      "What are the series names of the TV channels broadcasting in English?",
      "SELECT series_name FROM tv_channels WHERE Language = 'English'",
      "SELECT series_name FROM TV_Channel WHERE Language = 'English'"),

    # ambiguous_column (select x2, where, group by, order by x2)
    C("concert_singer", "ambiguous_column",
      "For concerts held in stadiums with a capacity above 5000, give the concert name and the stadium ID.",
      "SELECT concert_Name, Stadium_ID FROM concert JOIN stadium ON concert.Stadium_ID = stadium.Stadium_ID WHERE Capacity > 5000",
      "SELECT concert_Name, concert.Stadium_ID FROM concert JOIN stadium ON concert.Stadium_ID = stadium.Stadium_ID WHERE Capacity > 5000",
      position="select"),
    C("world_1", "ambiguous_column",
      "List the names and populations of cities located in Oceania.",
      "SELECT T1.Name, Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Oceania'",
      "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Oceania'",
      position="select"),
    C("museum_visit", "ambiguous_column",
      "How much was spent on each visit to the Capital Plaza Museum?",
      "SELECT T1.Total_spent FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID JOIN museum AS T3 ON T1.Museum_ID = T3.Museum_ID WHERE Name = 'Capital Plaza Museum'",
      "SELECT T1.Total_spent FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID JOIN museum AS T3 ON T1.Museum_ID = T3.Museum_ID WHERE T3.Name = 'Capital Plaza Museum'",
      position="where"),
    C("employee_hire_evaluation", "ambiguous_column",
      "How many employees has each shop hired? Show the shop name and the number of hires.",
      "SELECT T2.Name, COUNT(*) FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY Shop_ID",
      "SELECT T2.Name, COUNT(*) FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T1.Shop_ID",
      position="group_by"),
    C("singer", "ambiguous_column",
      "List every song title with the name of its singer, ordered by singer ID.",
      "SELECT T1.Name, T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY Singer_ID",
      "SELECT T1.Name, T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Singer_ID",
      position="order_by"),
    C("tvshow", "ambiguous_column",
      "List each cartoon title with the series name of its channel, ordered by cartoon ID.",
      "SELECT T1.Title, T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id ORDER BY id",
      "SELECT T1.Title, T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id ORDER BY T1.id",
      position="order_by"),

    # wrong_qualifier
    C("battle_death", "wrong_qualifier",
      "Which ships caused more than 10 deaths in a single incident, and how many people were killed?",
      "SELECT T1.name, T2.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T1.killed > 10",
      "SELECT T1.name, T2.killed FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T2.killed > 10"),
    C("concert_singer", "wrong_qualifier",
      "What are the names of singers who performed in a concert in 2014?",
      "SELECT DISTINCT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID WHERE T1.Year = '2014'",
      "SELECT DISTINCT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID WHERE T3.Year = '2014'"),
    C("cre_Doc_Template_Mgt", "wrong_qualifier",
      "List each document name together with the type code of the template it uses.",
      "SELECT T1.Document_Name, T1.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID",
      "SELECT T1.Document_Name, T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID"),
    C("world_1", "wrong_qualifier",
      "Which countries have Swedish as an official language?",
      "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Language = 'Swedish' AND T2.IsOfficial = 'T'",
      "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'Swedish' AND T2.IsOfficial = 'T'"),
    C("orchestra", "wrong_qualifier",
      "Which conductors lead orchestras that record for Decca Records? Give the conductor name and the orchestra.",
      "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Record_Company = 'Decca Records'",
      "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Record_Company = 'Decca Records'"),
    C("employee_hire_evaluation", "wrong_qualifier",
      "Which employees were awarded a bonus in 2016, and how large was it?",
      "SELECT T1.Name, T2.Bonus FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T1.Year_awarded = '2016'",
      "SELECT T1.Name, T2.Bonus FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Year_awarded = '2016'"),

    # dialect: postgresql x4, tsql x4, mysql x2
    C("world_1", "dialect",
      "Which countries have names ending in 'stan', ignoring case?",
      "SELECT Name FROM country WHERE Name ILIKE '%stan'",
      "SELECT Name FROM country WHERE Name LIKE '%stan'",
      family="postgresql", constructs=["ILIKE"]),
    C("singer", "dialect",
      "List each singer's name with their birth year as a whole number, richest singer first.",
      "SELECT Name, Birth_Year::int AS birth_year FROM singer ORDER BY Net_Worth_Millions DESC NULLS LAST",
      "SELECT Name, CAST(Birth_Year AS INTEGER) AS birth_year FROM singer ORDER BY Net_Worth_Millions DESC",
      family="postgresql", constructs=[":: cast", "NULLS LAST"]),
    C("concert_singer", "dialect",
      "For each country, list the names of its singers as one comma-separated string.",
      "SELECT Country, STRING_AGG(Name, ', ') AS singers FROM singer GROUP BY Country",
      "SELECT Country, GROUP_CONCAT(Name, ', ') AS singers FROM singer GROUP BY Country",
      family="postgresql", constructs=["STRING_AGG"]),
    C("poker_player", "dialect",
      "What are the names and heights of the people with IDs 1, 3 and 5?",
      "SELECT Name, Height FROM people WHERE People_ID = ANY(ARRAY[1, 3, 5])",
      "SELECT Name, Height FROM people WHERE People_ID IN (1, 3, 5)",
      family="postgresql", constructs=["= ANY(ARRAY[...])"]),
    C("orchestra", "dialect",
      "Who are the three oldest conductors?",
      "SELECT TOP 3 Name FROM conductor ORDER BY Age DESC",
      "SELECT Name FROM conductor ORDER BY Age DESC LIMIT 3",
      family="tsql", constructs=["TOP n"]),
    C("world_1", "dialect",
      "Which countries have a name longer than 30 characters?",
      "SELECT [Name] FROM [country] WHERE LEN([Name]) > 30",
      "SELECT Name FROM country WHERE LENGTH(Name) > 30",
      family="tsql", constructs=["square-bracket identifiers", "LEN"]),
    C("museum_visit", "dialect",
      "List each museum's name and opening year, showing 'unknown' when the year is missing.",
      "SELECT Name, ISNULL(Open_Year, 'unknown') AS open_year FROM museum",
      "SELECT Name, IFNULL(Open_Year, 'unknown') AS open_year FROM museum",
      family="tsql", constructs=["ISNULL"]),
    C("employee_hire_evaluation", "dialect",
      "Which employees started working in 2010 or later, and in what year did they start?",
      "SELECT e.Name, CONVERT(INT, h.Start_from) AS start_year FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE CONVERT(INT, h.Start_from) >= 2010",
      "SELECT e.Name, CAST(h.Start_from AS INTEGER) AS start_year FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE CAST(h.Start_from AS INTEGER) >= 2010",
      family="tsql", constructs=["CONVERT"]),
    C("cre_Doc_Template_Mgt", "dialect",
      "For each template, list the names of its documents joined with '; '.",
      "SELECT `Template_ID`, GROUP_CONCAT(`Document_Name` SEPARATOR '; ') AS docs FROM `Documents` GROUP BY `Template_ID`",
      "SELECT Template_ID, GROUP_CONCAT(Document_Name, '; ') AS docs FROM Documents GROUP BY Template_ID",
      family="mysql", constructs=["backticks", "GROUP_CONCAT ... SEPARATOR"]),
    C("battle_death", "dialect",
      "For every battle, show a label made of the battle name followed by its result, using 'n/a' when the result is missing.",
      "SELECT CONCAT(name, ' - ', IFNULL(result, 'n/a')) AS label FROM `battle`",
      "SELECT name || ' - ' || IFNULL(result, 'n/a') AS label FROM battle",
      family="mysql", constructs=["CONCAT", "IFNULL", "backticks"]),

    # wrapping
    C("museum_visit", "wrapping",
      "What are the names of visitors with a membership level above 4, oldest first?",
      "Here is the query:\n\n```sql\nSELECT Name FROM visitor WHERE Level_of_membership > 4 ORDER BY Age DESC\n```",
      "SELECT Name FROM visitor WHERE Level_of_membership > 4 ORDER BY Age DESC"),
    C("singer", "wrapping",
      "How many songs does each singer have? Show the singer name and the count.",
      "SQL: SELECT T1.Name, COUNT(*) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID",
      "SELECT T1.Name, COUNT(*) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID"),
    C("tvshow", "wrapping",
      "Which three TV series episodes have the highest rating, and what are their ratings?",
      "<sql>SELECT Episode, Rating FROM TV_series ORDER BY Rating DESC LIMIT 3</sql>",
      "SELECT Episode, Rating FROM TV_series ORDER BY Rating DESC LIMIT 3"),
    C("world_1", "wrapping",
      "Which European countries became independent after 1900?",
      "SELECT Name FROM country WHERE IndepYear > 1900 AND Continent = 'Europe';\n\nThis returns every European country whose independence year is after 1900.",
      "SELECT Name FROM country WHERE IndepYear > 1900 AND Continent = 'Europe'"),
    C("poker_player", "wrapping",
      "Show the final tables made and best finish of each poker player, ordered by earnings from highest to lowest.",
      "```\nSELECT Final_Table_Made, Best_Finish FROM poker_player ORDER BY Earnings DESC\n```\nThe query lists every player's final tables and best finish, highest earners first.",
      "SELECT Final_Table_Made, Best_Finish FROM poker_player ORDER BY Earnings DESC"),

    # value_literal
    C("world_1", "value_literal",
      "Which cities in the United States have more than one million inhabitants?",
      "SELECT Name FROM city WHERE CountryCode = 'US' AND Population > 1000000",
      "SELECT Name FROM city WHERE CountryCode = 'USA' AND Population > 1000000"),
    C("concert_singer", "value_literal",
      "What are the names of the male singers?",
      "SELECT Name FROM singer WHERE Is_male = 'Yes'",
      "SELECT Name FROM singer WHERE Is_male = 'T'"),
    C("orchestra", "value_literal",
      "Which conductors are from the United States?",
      "SELECT Name FROM conductor WHERE Nationality = 'United States'",
      "SELECT Name FROM conductor WHERE Nationality = 'USA'"),
    C("tvshow", "value_literal",
      "Which TV channels offer high definition TV? Give their series names.",
      "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'Yes'",
      "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'"),
    C("cre_Doc_Template_Mgt", "value_literal",
      "What are the IDs of the templates of type Presentation?",
      "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'Presentation'",
      "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'"),
    C("battle_death", "value_literal",
      "Which battles ended in a Bulgarian victory?",
      "SELECT name FROM battle WHERE result = 'Bulgarian Victory'",
      "SELECT name FROM battle WHERE result = 'Bulgarian victory'"),
    C("poker_player", "value_literal",
      "What are the names of the Russian people?",
      "SELECT Name FROM people WHERE Nationality = 'Russian'",
      "SELECT Name FROM people WHERE Nationality = 'Russia'"),

    # ------------------------------------------------------------------ half B
    # unknown_column (8 same-table + 2 needing a join)
    C("pets_1", "unknown_column",
      "What are the last names of students older than 20?",
      "SELECT surname FROM Student WHERE Age > 20",
      "SELECT LName FROM Student WHERE Age > 20"),
    C("car_1", "unknown_column",
      "What is the average horsepower of cars with 4 cylinders?",
      "SELECT AVG(horse_power) FROM cars_data WHERE Cylinders = 4",
      "SELECT AVG(Horsepower) FROM cars_data WHERE Cylinders = 4"),
    C("dog_kennels", "unknown_column",
      "What are the first names, last names and email addresses of owners who live in Virginia?",
      "SELECT first_name, last_name, email FROM Owners WHERE state = 'Virginia'",
      "SELECT first_name, last_name, email_address FROM Owners WHERE state = 'Virginia'"),
    C("flight_2", "unknown_column",
      "What are the names and abbreviations of all airlines?",
      "SELECT Airline, abbrev FROM airlines",
      "SELECT Airline, Abbreviation FROM airlines"),
    C("network_1", "unknown_column",
      "What are the names of high schoolers in grade 12?",
      "SELECT name FROM Highschooler WHERE grade_level = 12",
      "SELECT name FROM Highschooler WHERE grade = 12"),
    C("voter_1", "unknown_column",
      "What is the name of contestant number 5?",
      "SELECT contestant_name FROM CONTESTANTS WHERE contestant_id = 5",
      "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number = 5"),
    C("course_teach", "unknown_column",
      "List every course with its starting date.",
      "SELECT Course, Starting_Date FROM course",
      "SELECT Course, Staring_Date FROM course"),
    C("student_transcripts_tracking", "unknown_column",
      "What are the first names, last names and mobile phone numbers of all students?",
      "SELECT first_name, last_name, phone_number FROM Students",
      "SELECT first_name, last_name, cell_mobile_number FROM Students"),
    C("pets_1", "unknown_column",
      "What are the first names of students who own a dog?",
      "SELECT DISTINCT Fname FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID WHERE PetType = 'dog'",
      "SELECT DISTINCT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'",
      cross_table=True),
    C("dog_kennels", "unknown_column",
      "List the name of every dog along with its breed name.",
      "SELECT name, breed_name FROM Dogs",
      "SELECT T1.name, T2.breed_name FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code",
      cross_table=True),

    # unknown_table
    C("car_1", "unknown_table",
      "How many car makers are there?",
      "SELECT COUNT(*) FROM car_maker",
      "SELECT COUNT(*) FROM car_makers"),
    C("course_teach", "unknown_table",
      "What are the names of teachers older than 35?",
      "SELECT Name FROM teachers WHERE Age > 35",
      "SELECT Name FROM teacher WHERE Age > 35"),
    C("network_1", "unknown_table",
      "How many friendship records are there?",
      "SELECT COUNT(*) FROM Friends",
      "SELECT COUNT(*) FROM Friend"),
    C("real_estate_properties", "unknown_table",
      "What are the names of the available features of the Amenity type?",
      "SELECT feature_name FROM Available_Features WHERE feature_type_code = 'Amenity'",
      "SELECT feature_name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'"),
    C("student_transcripts_tracking", "unknown_table",
      "List the names of all departments.",
      "SELECT department_name FROM Department",
      "SELECT department_name FROM Departments"),
    C("voter_1", "unknown_table",
      "Which area codes belong to the state NJ?",
      "SELECT area_code FROM area_codes WHERE state = 'NJ'",
      "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'NJ'"),

    # ambiguous_column (select, where x2, group by x2, order by)
    C("flight_2", "ambiguous_column",
      "Give the airline name and flight number of every flight operated by JetBlue.",
      "SELECT Airline, FlightNo FROM airlines JOIN flights ON airlines.uid = flights.Airline WHERE airlines.Abbreviation = 'JetBlue'",
      "SELECT airlines.Airline, FlightNo FROM airlines JOIN flights ON airlines.uid = flights.Airline WHERE airlines.Abbreviation = 'JetBlue'",
      position="select"),
    C("car_1", "ambiguous_column",
      "Which models are made by the maker ford?",
      "SELECT Model FROM model_list JOIN car_makers ON model_list.Maker = car_makers.Id WHERE Maker = 'ford'",
      "SELECT Model FROM model_list JOIN car_makers ON model_list.Maker = car_makers.Id WHERE car_makers.Maker = 'ford'",
      position="where"),
    C("dog_kennels", "ambiguous_column",
      "What is the name of dog 14 and which treatment types did it receive?",
      "SELECT T1.name, T2.treatment_type_code FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE dog_id = 14",
      "SELECT T1.name, T2.treatment_type_code FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T1.dog_id = 14",
      position="where"),
    C("pets_1", "ambiguous_column",
      "How many pets does each pet-owning student have? Show the student's first name and the count.",
      "SELECT T1.Fname, COUNT(*) FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID GROUP BY StuID",
      "SELECT T1.Fname, COUNT(*) FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID GROUP BY T1.StuID",
      position="group_by"),
    C("course_teach", "ambiguous_column",
      "How many course arrangements does each teacher have? Show the teacher name and the count.",
      "SELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY Teacher_ID",
      "SELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Teacher_ID",
      position="group_by"),
    C("real_estate_properties", "ambiguous_column",
      "List each property name with the names of its extra features, ordered by feature ID.",
      "SELECT T1.property_name, T3.feature_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id ORDER BY feature_id",
      "SELECT T1.property_name, T3.feature_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id ORDER BY T3.feature_id",
      position="order_by"),

    # wrong_qualifier
    C("car_1", "wrong_qualifier",
      "What are the make and horsepower of cars from the 1970 model year?",
      "SELECT T1.Make, T1.Horsepower FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1970",
      "SELECT T1.Make, T2.Horsepower FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1970"),
    C("flight_2", "wrong_qualifier",
      "What are the flight numbers of flights operated by the airline abbreviated UAL?",
      "SELECT T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T1.Abbreviation = 'UAL'",
      "SELECT T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Abbreviation = 'UAL'"),
    C("network_1", "wrong_qualifier",
      "For high schoolers in grade 9, list their names and the IDs of their friends.",
      "SELECT T1.name, T2.friend_id FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.student_id WHERE T2.grade = 9",
      "SELECT T1.name, T2.friend_id FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.student_id WHERE T1.grade = 9"),
    C("dog_kennels", "wrong_qualifier",
      "What are the names of veterinarians who gave treatments, and what did each treatment cost?",
      "SELECT T1.first_name, T1.last_name, T2.cost_of_treatment FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.role_code = 'Veterenarian'",
      "SELECT T1.first_name, T1.last_name, T2.cost_of_treatment FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T1.role_code = 'Veterenarian'"),
    C("student_transcripts_tracking", "wrong_qualifier",
      "What are the section names of the course called math?",
      "SELECT T1.course_name, T2.section_name FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id WHERE T2.course_name = 'math'",
      "SELECT T1.course_name, T2.section_name FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id WHERE T1.course_name = 'math'"),
    C("voter_1", "wrong_qualifier",
      "Which contestants received votes from the state NY, and when were those votes cast?",
      "SELECT T2.contestant_name, T1.created FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'NY'",
      "SELECT T2.contestant_name, T1.created FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.state = 'NY'"),

    # dialect: postgresql x4, tsql x3, mysql x3
    C("dog_kennels", "dialect",
      "Which dogs were born in 2012?",
      "SELECT name FROM Dogs WHERE EXTRACT(YEAR FROM date_of_birth::timestamp) = 2012",
      "SELECT name FROM Dogs WHERE CAST(strftime('%Y', date_of_birth) AS INTEGER) = 2012",
      family="postgresql", constructs=["EXTRACT", ":: cast"]),
    C("student_transcripts_tracking", "dialect",
      "How many transcripts were issued in each year?",
      "SELECT TO_CHAR(transcript_date, 'YYYY') AS yr, COUNT(*) FROM Transcripts GROUP BY TO_CHAR(transcript_date, 'YYYY')",
      "SELECT strftime('%Y', transcript_date) AS yr, COUNT(*) FROM Transcripts GROUP BY strftime('%Y', transcript_date)",
      family="postgresql", constructs=["TO_CHAR"]),
    C("car_1", "dialect",
      "Which car makers have the word 'motor' in their full name, ignoring case?",
      "SELECT FullName FROM car_makers WHERE FullName ~* 'motor'",
      "SELECT FullName FROM car_makers WHERE FullName LIKE '%motor%'",
      family="postgresql", constructs=["~* (case-insensitive regex)"]),
    C("network_1", "dialect",
      "For each grade, what is the name of the high schooler with the smallest ID?",
      "SELECT DISTINCT ON (grade) grade, name FROM Highschooler ORDER BY grade, ID",
      "SELECT h.grade, h.name FROM Highschooler AS h WHERE h.ID = (SELECT MIN(ID) FROM Highschooler WHERE grade = h.grade) ORDER BY h.grade",
      family="postgresql", constructs=["DISTINCT ON"]),
    C("course_teach", "dialect",
      "Who are the three oldest teachers, and how old are they?",
      "SELECT Name, Age FROM teacher ORDER BY Age DESC OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY",
      "SELECT Name, Age FROM teacher ORDER BY Age DESC LIMIT 3",
      family="tsql", constructs=["OFFSET..FETCH"]),
    C("pets_1", "dialect",
      "What are the first and last names of the female students?",
      "SELECT Fname, LName FROM Student WITH (NOLOCK) WHERE Sex = N'F'",
      "SELECT Fname, LName FROM Student WHERE Sex = 'F'",
      family="tsql", constructs=["WITH (NOLOCK)", "N'..' literal"]),
    C("real_estate_properties", "dialect",
      "For properties sold after they went on the market, how many days passed between listing and sale?",
      "SELECT property_name, DATEDIFF(day, date_on_market, date_sold) AS days_to_sell FROM Properties WHERE date_sold > date_on_market",
      "SELECT property_name, CAST(julianday(date(date_sold)) - julianday(date(date_on_market)) AS INTEGER) AS days_to_sell FROM Properties WHERE date_sold > date_on_market",
      family="tsql", constructs=["DATEDIFF"]),
    C("car_1", "dialect",
      "Which car makes start with the word toyota?",
      "SELECT `Make` FROM `car_names` WHERE `Make` REGEXP '^toyota'",
      "SELECT Make FROM car_names WHERE Make LIKE 'toyota%'",
      family="mysql", constructs=["REGEXP", "backticks"]),
    C("voter_1", "dialect",
      "How many votes were cast on each day?",
      "SELECT DATE_FORMAT(created, '%Y-%m-%d') AS vote_day, COUNT(*) FROM VOTES GROUP BY vote_day",
      "SELECT strftime('%Y-%m-%d', created) AS vote_day, COUNT(*) FROM VOTES GROUP BY vote_day",
      family="mysql", constructs=["DATE_FORMAT"]),
    C("dog_kennels", "dialect",
      "Skipping the first two dogs by ID, list the next five dog names and whether each was abandoned.",
      "SELECT name, IF(abandoned_yn = '1', 'abandoned', 'not abandoned') AS status FROM Dogs ORDER BY dog_id LIMIT 2, 5",
      "SELECT name, CASE WHEN abandoned_yn = '1' THEN 'abandoned' ELSE 'not abandoned' END AS status FROM Dogs ORDER BY dog_id LIMIT 5 OFFSET 2",
      family="mysql", constructs=["IF()", "LIMIT a,b"]),

    # wrapping
    C("car_1", "wrapping",
      "What are the names of the countries in continent 2?",
      "Sure! The following query should work:\n\n```sqlite\nSELECT CountryName FROM countries WHERE Continent = 2\n```\n\nLet me know if you need anything else.",
      "SELECT CountryName FROM countries WHERE Continent = 2"),
    C("network_1", "wrapping",
      "Which high schoolers like someone? Give their names without duplicates.",
      "Query:\nSELECT DISTINCT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.ID = T2.student_id\nExplanation: joins each student to the likes table and keeps distinct names.",
      "SELECT DISTINCT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.ID = T2.student_id"),
    C("student_transcripts_tracking", "wrapping",
      "What are the names of all semesters?",
      "{\"sql\": \"SELECT semester_name FROM Semesters\"}",
      "SELECT semester_name FROM Semesters"),
    C("flight_2", "wrapping",
      "How many flights does the airline with ID 3 operate?",
      "The answer is `SELECT COUNT(*) FROM flights WHERE Airline = 3`.",
      "SELECT COUNT(*) FROM flights WHERE Airline = 3"),
    C("course_teach", "wrapping",
      "Which teachers teach which courses? Show the teacher name and the course.",
      "<SQL>\nSELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID;\n</SQL>\nThis joins the arrangements to both the course and the teacher tables.",
      "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID"),

    # value_literal
    C("car_1", "value_literal",
      "Which car makers are from Japan?",
      "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'Japan'",
      "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'"),
    C("dog_kennels", "value_literal",
      "What are the names of the bulldogs?",
      "SELECT name FROM Dogs WHERE breed_code = 'Bulldog'",
      "SELECT name FROM Dogs WHERE breed_code = 'BUL'"),
    C("pets_1", "value_literal",
      "What are the IDs and weights of the dogs?",
      "SELECT PetID, weight FROM Pets WHERE PetType = 'dogs'",
      "SELECT PetID, weight FROM Pets WHERE PetType = 'dog'"),
    C("flight_2", "value_literal",
      "Which airlines are based in the United States?",
      "SELECT Airline FROM airlines WHERE Country = 'United States'",
      "SELECT Airline FROM airlines WHERE Country = 'USA'"),
    C("real_estate_properties", "value_literal",
      "What are the names of the properties that are apartments?",
      "SELECT property_name FROM Properties WHERE property_type_code = 'apartment'",
      "SELECT property_name FROM Properties WHERE property_type_code = 'Apartment'"),
    C("student_transcripts_tracking", "value_literal",
      "What are the IDs of the bachelor's degree programs?",
      "SELECT degree_program_id FROM Degree_Programs WHERE degree_summary_name = 'Bachelor''s'",
      "SELECT degree_program_id FROM Degree_Programs WHERE degree_summary_name = 'Bachelor'"),
    C("voter_1", "value_literal",
      "What are the IDs of the votes cast from New York?",
      "SELECT vote_id FROM VOTES WHERE state = 'New York'",
      "SELECT vote_id FROM VOTES WHERE state = 'NY'"),
]


# ---------------------------------------------------------------- checking
_conns = {}


def conn(db):
    if db not in _conns:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(path):
            raise FileNotFoundError(path)
        c = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        c.text_factory = lambda b: b.decode("utf-8", "replace")
        _conns[db] = c
    return _conns[db]


def run(db, sql):
    """Return (rows, None) or (None, error message)."""
    try:
        return conn(db).execute(sql).fetchall(), None
    except Exception as e:  # sqlite3.Error and warnings (multiple statements)
        return None, "%s: %s" % (type(e).__name__, e)


SQL_WORDS = re.compile(r"\b(SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY)\b|[=<>*`]|\bT\d\.")


def norm(s):
    return re.sub(r"\s+", " ", s.strip().rstrip(";")).strip().lower()


def check(case):
    errs = []
    db, cls = case["db_id"], case["class"]
    q, broken, correct = case["question"], case["broken"], case["correct"]
    if db not in HALF_A | HALF_B:
        errs.append("db not in either half")
    if cls not in EXPECTED:
        errs.append("unknown class")
    # question in plain words
    if len(q.split()) < 4 or not q[-1] in "?.":
        errs.append("question too short or unterminated")
    if SQL_WORDS.search(q):
        errs.append("question contains SQL: %r" % q)
    if broken.strip() == correct.strip():
        errs.append("broken == correct")
    # correct query
    rows, err = run(db, correct)
    if err:
        errs.append("correct fails: " + err)
    elif not rows:
        errs.append("correct returns no rows")
    elif all(v is None for r in rows for v in r):
        errs.append("correct returns only NULLs")
    # broken query
    brows, berr = run(db, broken)
    if cls in ERROR_CLASSES:
        if not berr:
            errs.append("broken runs but should fail")
        elif ERROR_CLASSES[cls] not in berr:
            errs.append("broken fails with unexpected error: " + berr)
        if cls == "wrong_qualifier" and berr and not re.search(r"no such column: \w+\.\w+", berr):
            errs.append("wrong_qualifier error is not a qualified column: " + berr)
        if cls == "unknown_column" and case.get("cross_table"):
            m = re.search(r"no such column: (\w+)", berr or "")
            col = m.group(1) if m else None
            if not col or col.lower() not in correct.lower():
                errs.append("cross-table column not used in correct")
            if " JOIN " not in correct.upper() or " JOIN " in broken.upper() and correct.upper().count(" JOIN ") <= broken.upper().count(" JOIN "):
                errs.append("cross-table correct query does not add a join")
    elif cls == "value_literal":
        if berr:
            errs.append("value_literal broken fails: " + berr)
        elif brows:
            errs.append("value_literal broken returns rows")
        if re.sub(r"'(?:[^']|'')*'", "''", broken) != re.sub(r"'(?:[^']|'')*'", "''", correct):
            errs.append("value_literal broken and correct differ outside literals")
    elif cls == "wrapping":
        if norm(correct) not in norm(broken):
            errs.append("wrapping: correct SQL not found inside broken text")
        if not berr:
            errs.append("wrapping: broken text runs as-is")
    elif cls == "dialect":
        if case.get("family") not in EXPECTED_FAMILY:
            errs.append("dialect without valid family")
        if not berr:  # not required; newer SQLite accepts e.g. CONCAT, IF
            print("warning: dialect broken runs unchanged in SQLite %s: %s" % (sqlite3.sqlite_version, broken))
    if cls != "dialect" and "family" in case:
        errs.append("family on a non-dialect case")
    return errs


def main():
    failures = 0
    for i, case in enumerate(CASES):
        for e in check(case):
            failures += 1
            print("case %d [%s/%s]: %s" % (i, case["db_id"], case["class"], e))

    # set-level checks
    cls_count = Counter(c["class"] for c in CASES)
    if dict(cls_count) != EXPECTED:
        failures += 1
        print("class counts", dict(cls_count), "expected", EXPECTED)
    fam = Counter(c.get("family") for c in CASES if c["class"] == "dialect")
    if dict(fam) != EXPECTED_FAMILY:
        failures += 1
        print("family counts", dict(fam))
    half = Counter("A" if c["db_id"] in HALF_A else "B" for c in CASES)
    if half["A"] != 50 or half["B"] != 50:
        failures += 1
        print("half counts", dict(half))
    cross = sum(1 for c in CASES if c["class"] == "unknown_column" and c.get("cross_table"))
    if cross != 4:
        failures += 1
        print("cross-table unknown_column cases:", cross)
    pos = Counter(c.get("position") for c in CASES if c["class"] == "ambiguous_column")
    if set(pos) != {"select", "where", "group_by", "order_by"}:
        failures += 1
        print("ambiguous positions", dict(pos))
    for key in ("broken", "question", "correct"):
        dup = [k for k, n in Counter(norm(c[key]) for c in CASES).items() if n > 1]
        if dup:
            failures += 1
            print("duplicate %s:" % key, dup)
    dup = [k for k, n in Counter((c["db_id"], norm(c["broken"]), norm(c["correct"])) for c in CASES).items() if n > 1]
    if dup:
        failures += 1
        print("duplicate cases:", dup)

    if failures:
        print("%d problem(s); %s not written" % (failures, OUT))
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            rec = {k: c[k] for k in ("db_id", "class", "question", "broken", "correct")}
            if c["class"] == "dialect":
                rec["family"] = c["family"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("all %d cases pass; wrote %s" % (len(CASES), OUT))
    print("classes:", dict(cls_count))
    print("halves:", dict(half), "dialect families:", dict(fam))
    return 0


if __name__ == "__main__":
    sys.exit(main())
