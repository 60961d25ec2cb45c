#!/usr/bin/env python3
"""Generate repair_v13.jsonl: 100 broken/correct SQL pairs over the 19 Spider dev databases.

Classes: names (45), dialect (25: ~10 PostgreSQL, 8 T-SQL, 7 MySQL), literals (20), wrapping (10).

Checks, for every case, against the real SQLite database (opened read-only):
  * "correct" runs and returns at least one row;
  * "broken" fails (prepare or run error), except for class "literals", where "broken" runs
    and returns no rows.
The output file is written only if every check passes.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_DIR = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "repair_v13.jsonl")

EXPECTED = {"names": 45, "dialect": 25, "literals": 20, "wrapping": 10}

CASES = []


def C(db_id, cls, question, broken, correct, dialect=None):
    CASES.append({"db_id": db_id, "class": cls, "question": question,
                  "broken": broken.strip("\n") if cls != "wrapping" else broken,
                  "correct": correct.strip(), "_dialect": dialect})


# ---------------------------------------------------------------------------------------------
# battle_death
# ---------------------------------------------------------------------------------------------
C("battle_death", "names",
  "What are the names of the brig ships and the battles in which they were lost?",
  "SELECT T1.name, T2.name FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id "
  "WHERE T2.ship_type = 'Brig'",
  "SELECT T1.name, T2.name FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id "
  "WHERE T1.ship_type = 'Brig'")
C("battle_death", "names",
  "How many people were killed in total by each type of ship?",
  "SELECT T2.ship_type, SUM(T1.killed) FROM death AS T1 JOIN ship AS T2 ON T1.ship_id = T2.id "
  "GROUP BY T2.ship_type",
  "SELECT T2.ship_type, SUM(T1.killed) FROM death AS T1 JOIN ship AS T2 "
  "ON T1.caused_by_ship_id = T2.id GROUP BY T2.ship_type")
C("battle_death", "names",
  "What were the total casualties (killed plus injured) in each battle?",
  "SELECT T1.name, SUM(T3.killed + T3.injured) AS casualties FROM battle AS T1 "
  "JOIN ship AS T2 ON T2.lost_in_battle = T1.id JOIN casualties AS T3 ON T3.caused_by_ship_id = T2.id "
  "GROUP BY T1.id, T1.name",
  "SELECT T1.name, SUM(T3.killed + T3.injured) AS casualties FROM battle AS T1 "
  "JOIN ship AS T2 ON T2.lost_in_battle = T1.id JOIN death AS T3 ON T3.caused_by_ship_id = T2.id "
  "GROUP BY T1.id, T1.name")
C("battle_death", "dialect",
  "Which battles had a Latin commander whose name contains 'henry' (any case)? Give name and date.",
  "SELECT name, date FROM battle WHERE latin_commander ILIKE '%henry%'",
  "SELECT name, date FROM battle WHERE latin_commander LIKE '%henry%'", "postgresql")
C("battle_death", "literals",
  "List the names and dates of the battles that ended in a Bulgarian victory.",
  "SELECT name, date FROM battle WHERE result = 'Bulgarian Victory'",
  "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'")

# ---------------------------------------------------------------------------------------------
# car_1
# ---------------------------------------------------------------------------------------------
C("car_1", "names",
  "What is the average acceleration of cars made in 1975?",
  "SELECT AVG(Acceleration) FROM cars_data WHERE Year = 1975",
  "SELECT AVG(Accelerate) FROM cars_data WHERE Year = 1975")
C("car_1", "names",
  "List each car maker's full name and the number of models it makes.",
  "SELECT T1.FullName, COUNT(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.MakerId "
  "GROUP BY T1.Id",
  "SELECT T1.FullName, COUNT(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker "
  "GROUP BY T1.Id")
C("car_1", "names",
  "Which European countries have at least 3 car makers?",
  "SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId "
  "JOIN car_maker AS T3 ON T1.CountryId = T3.Country WHERE T2.Continent = 'europe' "
  "GROUP BY T1.CountryName HAVING COUNT(*) >= 3",
  "SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId "
  "JOIN car_makers AS T3 ON T1.CountryId = T3.Country WHERE T2.Continent = 'europe' "
  "GROUP BY T1.CountryName HAVING COUNT(*) >= 3")
C("car_1", "dialect",
  "What are the make names and weights of the 3 heaviest cars?",
  "SELECT TOP 3 T2.Make, T1.Weight FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId "
  "ORDER BY T1.Weight DESC",
  "SELECT T2.Make, T1.Weight FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId "
  "ORDER BY T1.Weight DESC LIMIT 3", "tsql")
C("car_1", "dialect",
  "What is the average MPG of cars from 1980 (ignoring missing values)?",
  "SELECT AVG(MPG::numeric) FROM cars_data WHERE Year = 1980 AND MPG <> 'null'",
  "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Year = 1980 AND MPG <> 'null'", "postgresql")
C("car_1", "literals",
  "Which car makers are from Germany?",
  "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId "
  "WHERE T2.CountryName = 'Germany'",
  "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId "
  "WHERE T2.CountryName = 'germany'")

# ---------------------------------------------------------------------------------------------
# concert_singer
# ---------------------------------------------------------------------------------------------
C("concert_singer", "names",
  "For each stadium, show its id, its name and the number of concerts held there.",
  "SELECT Stadium_ID, Name, COUNT(*) FROM stadium JOIN concert ON stadium.Stadium_ID = concert.Stadium_ID "
  "GROUP BY Stadium_ID",
  "SELECT stadium.Stadium_ID, stadium.Name, COUNT(*) FROM stadium JOIN concert "
  "ON stadium.Stadium_ID = concert.Stadium_ID GROUP BY stadium.Stadium_ID")
C("concert_singer", "names",
  "What are the name and country of the singers whose song title contains 'Hey'?",
  "SELECT Name, Country FROM singer WHERE Song_Title LIKE '%Hey%'",
  "SELECT Name, Country FROM singer WHERE Song_Name LIKE '%Hey%'")
C("concert_singer", "dialect",
  "For each country, list the names of its singers in alphabetical order as one string.",
  "SELECT Country, GROUP_CONCAT(Name ORDER BY Name SEPARATOR ', ') FROM singer GROUP BY Country",
  "SELECT Country, GROUP_CONCAT(Name, ', ') FROM (SELECT Country, Name FROM singer ORDER BY Name) "
  "GROUP BY Country", "mysql")
C("concert_singer", "literals",
  "What are the names and ages of the singers from the USA?",
  "SELECT Name, Age FROM singer WHERE Country = 'USA'",
  "SELECT Name, Age FROM singer WHERE Country = 'United States'")
C("concert_singer", "wrapping",
  "How many concerts were held in each year?",
  "```sql\nSELECT Year, COUNT(*) FROM concert GROUP BY Year;\n```",
  "SELECT Year, COUNT(*) FROM concert GROUP BY Year")

# ---------------------------------------------------------------------------------------------
# course_teach
# ---------------------------------------------------------------------------------------------
C("course_teach", "names",
  "What is the starting date of the Math course?",
  "SELECT Starting_Date FROM course WHERE Course = 'Math'",
  "SELECT Staring_Date FROM course WHERE Course = 'Math'")
C("course_teach", "names",
  "Show the names of the teachers and the courses they are arranged to teach.",
  "SELECT T3.Name, T2.Course FROM course_arrangement AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
  "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
  "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
  "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID")
C("course_teach", "dialect",
  "Which teachers have names longer than 12 characters?",
  "SELECT Name FROM teacher WHERE LEN(Name) > 12",
  "SELECT Name FROM teacher WHERE LENGTH(Name) > 12", "tsql")
C("course_teach", "literals",
  "Which teachers teach Mathematics, and in which grade?",
  "SELECT T3.Name, T1.Grade FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
  "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T2.Course = 'Mathematics'",
  "SELECT T3.Name, T1.Grade FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
  "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T2.Course = 'Math'")
C("course_teach", "wrapping",
  "What are the name and hometown of the oldest teacher?",
  "Here is the SQL query:\nSELECT Name, Hometown FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1",
  "SELECT Name, Hometown FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1")

# ---------------------------------------------------------------------------------------------
# cre_Doc_Template_Mgt
# ---------------------------------------------------------------------------------------------
C("cre_Doc_Template_Mgt", "names",
  "Show the ids and version numbers of the templates of type PP.",
  "SELECT Template_ID, Version_No FROM Templates WHERE Template_Type_Code = 'PP'",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PP'")
C("cre_Doc_Template_Mgt", "names",
  "List every document name together with the description of its template type.",
  "SELECT T1.Document_Name, T3.Template_Type_Description FROM Documents AS T1 "
  "JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID",
  "SELECT T1.Document_Name, T3.Template_Type_Description FROM Documents AS T1 "
  "JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID "
  "JOIN Ref_Template_Types AS T3 ON T2.Template_Type_Code = T3.Template_Type_Code")
C("cre_Doc_Template_Mgt", "dialect",
  "How many templates became effective in each year?",
  "SELECT EXTRACT(YEAR FROM Date_Effective_From) AS yr, COUNT(*) FROM Templates GROUP BY yr ORDER BY yr",
  "SELECT strftime('%Y', Date_Effective_From) AS yr, COUNT(*) FROM Templates GROUP BY yr ORDER BY yr",
  "postgresql")
C("cre_Doc_Template_Mgt", "dialect",
  "Which templates became effective before 1990? Show the id and the effective date without the time.",
  "SELECT Template_ID, CONVERT(date, Date_Effective_From) AS effective_date FROM Templates "
  "WHERE DATEPART(year, Date_Effective_From) < 1990",
  "SELECT Template_ID, date(Date_Effective_From) AS effective_date FROM Templates "
  "WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) < 1990", "tsql")
C("cre_Doc_Template_Mgt", "literals",
  "What are the ids and version numbers of the presentation templates?",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'Presentation'",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'")

# ---------------------------------------------------------------------------------------------
# dog_kennels
# ---------------------------------------------------------------------------------------------
C("dog_kennels", "names",
  "What is the average cost of a treatment?",
  "SELECT AVG(treatment_cost) FROM Treatments",
  "SELECT AVG(cost_of_treatment) FROM Treatments")
C("dog_kennels", "names",
  "List the names of the Husky dogs together with their owners' last names.",
  "SELECT T1.name, T2.last_name FROM Dog AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id "
  "WHERE T1.breed_code = 'HUS'",
  "SELECT T1.name, T2.last_name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id "
  "WHERE T1.breed_code = 'HUS'")
C("dog_kennels", "names",
  "Show the first name of each professional and the dates of the treatments they gave.",
  "SELECT T1.first_name, T1.date_of_treatment FROM Professionals AS T1 "
  "JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id",
  "SELECT T1.first_name, T2.date_of_treatment FROM Professionals AS T1 "
  "JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id")
C("dog_kennels", "dialect",
  "List each dog's name and adoption date, showing 'not adopted' when there is none.",
  "SELECT name, ISNULL(date_adopted, 'not adopted') AS adopted FROM Dogs",
  "SELECT name, IFNULL(date_adopted, 'not adopted') AS adopted FROM Dogs", "tsql")
C("dog_kennels", "literals",
  "What are the names and ages of the bulldogs?",
  "SELECT name, age FROM Dogs WHERE breed_code = 'Bulldog'",
  "SELECT name, age FROM Dogs WHERE breed_code = 'BUL'")
C("dog_kennels", "wrapping",
  "List the names of the large dogs.",
  "SELECT name FROM Dogs WHERE size_code = 'LGE';\nSELECT COUNT(*) FROM Dogs WHERE size_code = 'LGE';",
  "SELECT name FROM Dogs WHERE size_code = 'LGE'")

# ---------------------------------------------------------------------------------------------
# employee_hire_evaluation
# ---------------------------------------------------------------------------------------------
C("employee_hire_evaluation", "names",
  "Which shop has the largest number of products?",
  "SELECT Name FROM shop ORDER BY Product_Count DESC LIMIT 1",
  "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 1")
C("employee_hire_evaluation", "names",
  "Which employees were hired by the shop located in Helsinki, and since when?",
  "SELECT Name, Start_from FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID "
  "JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Location = 'Helsinki'",
  "SELECT T1.Name, T2.Start_from FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID "
  "JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Location = 'Helsinki'")
C("employee_hire_evaluation", "dialect",
  "Who are the three youngest employees?",
  "SELECT Name, Age FROM employee ORDER BY Age OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY",
  "SELECT Name, Age FROM employee ORDER BY Age LIMIT 3", "tsql")
C("employee_hire_evaluation", "literals",
  "What are the names of the employees who work full time?",
  "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID "
  "WHERE T2.Is_full_time = 'Yes'",
  "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID "
  "WHERE T2.Is_full_time = 'T'")
C("employee_hire_evaluation", "wrapping",
  "Which employee received the largest single bonus?",
  "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID "
  "ORDER BY T2.Bonus DESC LIMIT 1\nThis query joins the employee table with the evaluation table and "
  "returns the employee whose bonus is the highest.",
  "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID "
  "ORDER BY T2.Bonus DESC LIMIT 1")

# ---------------------------------------------------------------------------------------------
# flight_2
# ---------------------------------------------------------------------------------------------
C("flight_2", "names",
  "How many flights does each airline operate? Show the airline name.",
  "SELECT T1.Airline, COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.airline_id "
  "GROUP BY T1.Airline",
  "SELECT T1.Airline, COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline "
  "GROUP BY T1.Airline")
C("flight_2", "names",
  "List the names and abbreviations of the airlines based in the USA.",
  "SELECT airline_name, Abbreviation FROM airlines WHERE Country = 'USA'",
  "SELECT Airline, Abbreviation FROM airlines WHERE Country = 'USA'")
C("flight_2", "names",
  "What are the names of the airports whose code starts with 'AB'?",
  "SELECT Airport_Name FROM airports WHERE Airport_Code LIKE 'AB%'",
  "SELECT AirportName FROM airports WHERE AirportCode LIKE 'AB%'")
C("flight_2", "dialect",
  "List, in alphabetical order, the first 10 airlines whose name contains 'Air'.",
  "SELECT Airline, Abbreviation FROM airlines WHERE LOCATE('Air', Airline) > 0 ORDER BY Airline LIMIT 0, 10",
  "SELECT Airline, Abbreviation FROM airlines WHERE INSTR(Airline, 'Air') > 0 ORDER BY Airline LIMIT 10",
  "mysql")
C("flight_2", "literals",
  "What are the flight numbers of the flights operated by JetBlue Airways?",
  "SELECT T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline "
  "WHERE T1.Airline = 'JetBlue'",
  "SELECT T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline "
  "WHERE T1.Airline = 'JetBlue Airways'")

# ---------------------------------------------------------------------------------------------
# museum_visit
# ---------------------------------------------------------------------------------------------
C("museum_visit", "names",
  "Which museums have more than 20 staff?",
  "SELECT Name FROM museum WHERE num_staff > 20",
  "SELECT Name FROM museum WHERE Num_of_Staff > 20")
C("museum_visit", "names",
  "Which visitors spent more than 200 in one visit, and at which museum?",
  "SELECT T1.Name, T3.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID "
  "WHERE T2.Total_spent > 200",
  "SELECT T1.Name, T3.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID "
  "JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE T2.Total_spent > 200")
C("museum_visit", "dialect",
  "Show the total amount spent at each museum, formatted with two decimals.",
  "SELECT T1.Name, TO_CHAR(SUM(T2.Total_spent), 'FM999990.00') AS total FROM museum AS T1 "
  "JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Name",
  "SELECT T1.Name, printf('%.2f', SUM(T2.Total_spent)) AS total FROM museum AS T1 "
  "JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Name", "postgresql")
C("museum_visit", "dialect",
  "Which museum has the most staff, and how many?",
  "SELECT TOP 1 [Name], [Num_of_Staff] FROM [museum] ORDER BY [Num_of_Staff] DESC",
  "SELECT Name, Num_of_Staff FROM museum ORDER BY Num_of_Staff DESC LIMIT 1", "tsql")
C("museum_visit", "literals",
  "When did the RiverPark Museum open, and how many staff does it have?",
  "SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'Riverpark Museum'",
  "SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'RiverPark Museum'")

# ---------------------------------------------------------------------------------------------
# network_1
# ---------------------------------------------------------------------------------------------
C("network_1", "names",
  "What are the names of the high schoolers in grade 10?",
  "SELECT name FROM high_schooler WHERE grade = 10",
  "SELECT name FROM Highschooler WHERE grade = 10")
C("network_1", "names",
  "What are the names of the students who are liked by someone?",
  "SELECT DISTINCT T2.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.liked_student_id = T2.ID",
  "SELECT DISTINCT T2.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.liked_id = T2.ID")
C("network_1", "names",
  "Show the names of the students and the names of their friends.",
  "SELECT T1.name, T3.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.student_id "
  "JOIN Highschooler AS T3 ON T2.friend_id = ID",
  "SELECT T1.name, T3.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.student_id "
  "JOIN Highschooler AS T3 ON T2.friend_id = T3.ID")
C("network_1", "dialect",
  "For each grade, which student has the smallest id?",
  "SELECT DISTINCT ON (grade) grade, name FROM Highschooler ORDER BY grade, ID",
  "SELECT h.grade, h.name FROM Highschooler AS h "
  "WHERE h.ID = (SELECT MIN(ID) FROM Highschooler WHERE grade = h.grade) ORDER BY h.grade",
  "postgresql")
C("network_1", "literals",
  "What grade is Kyle in?",
  "SELECT grade FROM Highschooler WHERE name = 'kyle'",
  "SELECT grade FROM Highschooler WHERE name = 'Kyle'")

# ---------------------------------------------------------------------------------------------
# orchestra
# ---------------------------------------------------------------------------------------------
C("orchestra", "names",
  "What are the type and the official rating (in millions) of each performance?",
  "SELECT Type, Official_ratings FROM performance",
  'SELECT Type, "Official_ratings_(millions)" FROM performance')
C("orchestra", "names",
  "What are the names of the conductors of orchestras founded after 2008?",
  "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID "
  "WHERE T1.Year_of_Founded > 2008",
  "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID "
  "WHERE T2.Year_of_Founded > 2008")
C("orchestra", "dialect",
  "How many orchestras were founded in each decade?",
  "SELECT (CAST(Year_of_Founded AS UNSIGNED) DIV 10) * 10 AS decade, COUNT(*) FROM orchestra "
  "GROUP BY decade ORDER BY decade",
  "SELECT (CAST(Year_of_Founded AS INTEGER) / 10) * 10 AS decade, COUNT(*) FROM orchestra "
  "GROUP BY decade ORDER BY decade", "mysql")
C("orchestra", "literals",
  "What are the names of the American conductors?",
  "SELECT Name FROM conductor WHERE Nationality = 'American'",
  "SELECT Name FROM conductor WHERE Nationality = 'USA'")
C("orchestra", "wrapping",
  "How many orchestras does each record company have?",
  "Sure! Here's the query:\n\n```sql\nSELECT Record_Company, COUNT(*) FROM orchestra GROUP BY Record_Company\n```\n\n"
  "It groups the orchestras by record company and counts them.",
  "SELECT Record_Company, COUNT(*) FROM orchestra GROUP BY Record_Company")

# ---------------------------------------------------------------------------------------------
# pets_1
# ---------------------------------------------------------------------------------------------
C("pets_1", "names",
  "What are the first names of the students who own a dog?",
  "SELECT DISTINCT T1.FirstName FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
  "JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'",
  "SELECT DISTINCT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
  "JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'")
C("pets_1", "names",
  "Show the student id and the pet type for every student who has a pet.",
  "SELECT StuID, T3.PetType FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
  "JOIN Pets AS T3 ON T2.PetID = T3.PetID",
  "SELECT T1.StuID, T3.PetType FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
  "JOIN Pets AS T3 ON T2.PetID = T3.PetID")
C("pets_1", "dialect",
  "Which students live in BAL, HKG or PIT? Give first and last names.",
  "SELECT Fname, LName FROM Student WHERE city_code = ANY(ARRAY['BAL', 'HKG', 'PIT'])",
  "SELECT Fname, LName FROM Student WHERE city_code IN ('BAL', 'HKG', 'PIT')", "postgresql")
C("pets_1", "dialect",
  "Which female students are older than 20? Give id and first name.",
  "SELECT StuID, Fname FROM Student WHERE Sex = N'F' AND Age > 20",
  "SELECT StuID, Fname FROM Student WHERE Sex = 'F' AND Age > 20", "tsql")
C("pets_1", "literals",
  "What are the first and last names of the students who have a dog?",
  "SELECT DISTINCT T1.Fname, T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
  "JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'Dog'",
  "SELECT DISTINCT T1.Fname, T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
  "JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'")

# ---------------------------------------------------------------------------------------------
# poker_player
# ---------------------------------------------------------------------------------------------
C("poker_player", "names",
  "What are the names of the poker players who earned more than 200000?",
  "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID "
  "WHERE T2.Winnings > 200000",
  "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID "
  "WHERE T2.Earnings > 200000")
C("poker_player", "names",
  "List the best finishes of the poker players, ordered by money rank.",
  "SELECT Best_Finish FROM poker_players ORDER BY Money_Rank",
  "SELECT Best_Finish FROM poker_player ORDER BY Money_Rank")
C("poker_player", "dialect",
  "Which people were born in 1986 or 1987?",
  "SELECT Name, Birth_Date FROM people WHERE Birth_Date ~* '198[67]$'",
  "SELECT Name, Birth_Date FROM people WHERE Birth_Date LIKE '%1986' OR Birth_Date LIKE '%1987'",
  "postgresql")
C("poker_player", "literals",
  "What are the names and heights of the Russian people?",
  "SELECT Name, Height FROM people WHERE Nationality = 'Russian'",
  "SELECT Name, Height FROM people WHERE Nationality = 'Russia'")
C("poker_player", "wrapping",
  "What is the average number of final tables made by poker players?",
  "# Average final tables made across all poker players\nSELECT AVG(Final_Table_Made) FROM poker_player;",
  "SELECT AVG(Final_Table_Made) FROM poker_player")

# ---------------------------------------------------------------------------------------------
# real_estate_properties
# ---------------------------------------------------------------------------------------------
C("real_estate_properties", "names",
  "What are the names of the properties with more than 5 rooms?",
  "SELECT property_name FROM Properties WHERE num_rooms > 5",
  "SELECT property_name FROM Properties WHERE room_count > 5")
C("real_estate_properties", "names",
  "List the property names with the description of their property type.",
  "SELECT T1.property_name, T2.property_type_description FROM Properties AS T1 "
  "JOIN Property_Types AS T2 ON T1.property_type_code = T2.property_type_code",
  "SELECT T1.property_name, T2.property_type_description FROM Properties AS T1 "
  "JOIN Ref_Property_Types AS T2 ON T1.property_type_code = T2.property_type_code")
C("real_estate_properties", "names",
  "For each property, list the names of its other features.",
  "SELECT T1.property_name, T2.feature_name FROM Properties AS T1 "
  "JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id",
  "SELECT T1.property_name, T3.feature_name FROM Properties AS T1 "
  "JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id "
  "JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id")
C("real_estate_properties", "dialect",
  "List the names and sale dates (date only) of properties sold after 2000.",
  "SELECT property_name, date_sold::date FROM Properties WHERE date_sold > '2000-01-01'::date",
  "SELECT property_name, date(date_sold) FROM Properties WHERE date_sold > '2000-01-01'", "postgresql")
C("real_estate_properties", "literals",
  "What are the names and room counts of the apartments?",
  "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'APT'",
  "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'Apartment'")

# ---------------------------------------------------------------------------------------------
# singer
# ---------------------------------------------------------------------------------------------
C("singer", "names",
  "What is the name of the singer with the largest net worth?",
  "SELECT Name FROM singer ORDER BY Net_Worth DESC LIMIT 1",
  "SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1")
C("singer", "names",
  "What are the titles of the songs by singers born after 1950?",
  "SELECT T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID "
  "WHERE T2.Birth_Year > 1950",
  "SELECT T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID "
  "WHERE T1.Birth_Year > 1950")
C("singer", "dialect",
  "Which song titles contain an apostrophe?",
  "SELECT Title FROM song WHERE CHARINDEX('''', Title) > 0",
  "SELECT Title FROM song WHERE INSTR(Title, '''') > 0", "tsql")
C("singer", "literals",
  "Which singers are US citizens?",
  "SELECT Name FROM singer WHERE Citizenship = 'US'",
  "SELECT Name FROM singer WHERE Citizenship = 'United States'")
C("singer", "wrapping",
  "What are the titles of the songs with sales above 300000?",
  "The answer can be found with: SELECT Title FROM song WHERE Sales > 300000; it lists the best-selling songs.",
  "SELECT Title FROM song WHERE Sales > 300000")

# ---------------------------------------------------------------------------------------------
# student_transcripts_tracking
# ---------------------------------------------------------------------------------------------
C("student_transcripts_tracking", "names",
  "Which students registered after 2010? Give their first and last names.",
  "SELECT first_name, last_name FROM Students WHERE date_registered > '2010-01-01'",
  "SELECT first_name, last_name FROM Students WHERE date_first_registered > '2010-01-01'")
C("student_transcripts_tracking", "names",
  "How many enrolments does each degree program have?",
  "SELECT degree_program_id, COUNT(*) FROM Student_Enrollment GROUP BY degree_program_id",
  "SELECT degree_program_id, COUNT(*) FROM Student_Enrolment GROUP BY degree_program_id")
C("student_transcripts_tracking", "names",
  "How many sections does each course have? Show the course name.",
  "SELECT course_name, COUNT(*) FROM Courses JOIN Sections ON Courses.course_id = Sections.course_id "
  "GROUP BY course_id",
  "SELECT Courses.course_name, COUNT(*) FROM Courses JOIN Sections ON Courses.course_id = Sections.course_id "
  "GROUP BY Courses.course_id")
C("student_transcripts_tracking", "dialect",
  "For each kind of degree, list the names of the departments that offer it.",
  "SELECT T2.degree_summary_name, STRING_AGG(DISTINCT T1.department_name, ', ') FROM Departments AS T1 "
  "JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY T2.degree_summary_name",
  "SELECT deg, GROUP_CONCAT(dep, ', ') FROM (SELECT DISTINCT T2.degree_summary_name AS deg, "
  "T1.department_name AS dep FROM Departments AS T1 JOIN Degree_Programs AS T2 "
  "ON T1.department_id = T2.department_id) GROUP BY deg", "postgresql")
C("student_transcripts_tracking", "dialect",
  "How many days passed between each student's first registration and leaving?",
  "SELECT first_name, last_name, DATEDIFF(date_left, date_first_registered) AS days FROM Students",
  "SELECT first_name, last_name, CAST(julianday(date(date_left)) - julianday(date(date_first_registered)) "
  "AS INTEGER) AS days FROM Students", "mysql")
C("student_transcripts_tracking", "literals",
  "What is the description of the Computer Science department?",
  "SELECT department_description FROM Departments WHERE department_name = 'Computer Science'",
  "SELECT department_description FROM Departments WHERE department_name = 'computer science'")

# ---------------------------------------------------------------------------------------------
# tvshow
# ---------------------------------------------------------------------------------------------
C("tvshow", "names",
  "Which TV channels broadcast in high definition?",
  "SELECT series_name FROM TV_Channel WHERE High_definition_TV = 'yes'",
  "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'")
C("tvshow", "names",
  "Which cartoons were directed by Ben Jones, and on which channel (series name) were they shown?",
  "SELECT T1.Title, T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id "
  "WHERE T1.Director = 'Ben Jones'",
  "SELECT T1.Title, T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id "
  "WHERE T1.Directed_by = 'Ben Jones'")
C("tvshow", "dialect",
  "For each episode, show the 18-49 rating (the part before the slash of the rating/share field).",
  "SELECT Episode, SPLIT_PART(\"18_49_Rating_Share\", '/', 1) AS rating_18_49 FROM TV_series",
  "SELECT Episode, substr(\"18_49_Rating_Share\", 1, instr(\"18_49_Rating_Share\", '/') - 1) AS rating_18_49 "
  "FROM TV_series", "postgresql")
C("tvshow", "literals",
  "Which TV channels are from the UK?",
  "SELECT series_name FROM TV_Channel WHERE Country = 'UK'",
  "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'")
C("tvshow", "wrapping",
  "Which cartoons were written by Michael Jelenic?",
  "{\"sql\": \"SELECT Title FROM Cartoon WHERE Written_by = 'Michael Jelenic'\"}",
  "SELECT Title FROM Cartoon WHERE Written_by = 'Michael Jelenic'")

# ---------------------------------------------------------------------------------------------
# voter_1
# ---------------------------------------------------------------------------------------------
C("voter_1", "names",
  "How many votes did each contestant receive?",
  "SELECT T1.contestant_name, COUNT(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 "
  "ON T1.contestant_number = T2.contestant_id GROUP BY T1.contestant_name",
  "SELECT T1.contestant_name, COUNT(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 "
  "ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_name")
C("voter_1", "names",
  "What are the area codes of the states from which votes were cast?",
  "SELECT DISTINCT T2.area_code FROM VOTES AS T1 JOIN AREA_CODES AS T2 ON T1.state = T2.state",
  "SELECT DISTINCT T2.area_code FROM VOTES AS T1 JOIN AREA_CODE_STATE AS T2 ON T1.state = T2.state")
C("voter_1", "dialect",
  "How many votes were cast in each hour?",
  "SELECT DATE_FORMAT(created, '%Y-%m-%d %H:00') AS vote_hour, COUNT(*) FROM VOTES GROUP BY vote_hour",
  "SELECT strftime('%Y-%m-%d %H:00', created) AS vote_hour, COUNT(*) FROM VOTES GROUP BY vote_hour",
  "mysql")
C("voter_1", "literals",
  "What are the phone numbers of the votes cast from New York?",
  "SELECT phone_number FROM VOTES WHERE state = 'New York'",
  "SELECT phone_number FROM VOTES WHERE state = 'NY'")
C("voter_1", "wrapping",
  "List the names of all contestants in alphabetical order.",
  "```\nSELECT contestant_name FROM CONTESTANTS ORDER BY contestant_name\n```\n"
  "Note: the names are sorted A to Z.",
  "SELECT contestant_name FROM CONTESTANTS ORDER BY contestant_name")

# ---------------------------------------------------------------------------------------------
# world_1
# ---------------------------------------------------------------------------------------------
C("world_1", "names",
  "Which countries have a life expectancy above 80?",
  "SELECT Name FROM country WHERE Life_Expectancy > 80",
  "SELECT Name FROM country WHERE LifeExpectancy > 80")
C("world_1", "names",
  "Which languages are spoken in Aruba?",
  "SELECT T1.Language FROM country_language AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
  "WHERE T2.Name = 'Aruba'",
  "SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
  "WHERE T2.Name = 'Aruba'")
C("world_1", "dialect",
  "For each continent, how many countries have no independence year, and what is the average life "
  "expectancy truncated to one decimal?",
  "SELECT Continent, SUM(IF(IndepYear IS NULL, 1, 0)) AS dependent, TRUNCATE(AVG(LifeExpectancy), 1) "
  "AS avg_life FROM country GROUP BY Continent",
  "SELECT Continent, SUM(CASE WHEN IndepYear IS NULL THEN 1 ELSE 0 END) AS dependent, "
  "CAST(AVG(LifeExpectancy) * 10 AS INTEGER) / 10.0 AS avg_life FROM country GROUP BY Continent",
  "mysql")
C("world_1", "dialect",
  "Show the five most populous Dutch cities whose name begins with a capital A, labelled "
  "'city, district'.",
  "SELECT CONCAT_WS(', ', `Name`, `District`) AS city_label, `Population` FROM `city` "
  "WHERE `CountryCode` = 'NLD' AND `Name` LIKE BINARY 'A%' ORDER BY `Population` DESC LIMIT 0, 5",
  "SELECT Name || ', ' || District AS city_label, Population FROM city "
  "WHERE CountryCode = 'NLD' AND Name GLOB 'A*' ORDER BY Population DESC LIMIT 5", "mysql")
C("world_1", "literals",
  "What are the official languages of Canada?",
  "SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
  "WHERE T2.Name = 'Canada' AND T1.IsOfficial = 'TRUE'",
  "SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
  "WHERE T2.Name = 'Canada' AND T1.IsOfficial = 'T'")
C("world_1", "literals",
  "Which cities in the United States of America have more than 3 million inhabitants?",
  "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
  "WHERE T2.Name = 'United States of America' AND T1.Population > 3000000",
  "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code "
  "WHERE T2.Name = 'United States' AND T1.Population > 3000000")
C("world_1", "wrapping",
  "How many countries are there in each continent?",
  "SQLite query:\n```sqlite\nSELECT Continent, COUNT(*) FROM country GROUP BY Continent;\n```\n"
  "This returns one row per continent with its number of countries.",
  "SELECT Continent, COUNT(*) FROM country GROUP BY Continent")


# ---------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------
_STEP_LIMIT = 50_000_000  # VM steps; far above what any of these queries needs


def run(db_id, sql):
    """Return ("ok", rows) or ("error", message)."""
    path = os.path.join(DB_DIR, db_id, db_id + ".sqlite")
    conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    steps = [0]

    def guard():
        steps[0] += 1
        return 1 if steps[0] * 1000 > _STEP_LIMIT else 0

    conn.set_progress_handler(guard, 1000)
    try:
        rows = conn.execute(sql).fetchall()
        return "ok", rows
    except (sqlite3.Error, sqlite3.Warning) as e:  # Warning: "only one statement at a time" (py<3.12)
        if steps[0] * 1000 > _STEP_LIMIT:
            raise RuntimeError("query too slow on %s: %s" % (db_id, sql))
        return "error", "%s: %s" % (type(e).__name__, e)
    finally:
        conn.close()


def main():
    problems = []
    dbs = sorted(d for d in os.listdir(DB_DIR)
                 if os.path.isfile(os.path.join(DB_DIR, d, d + ".sqlite")))
    counts = Counter(c["class"] for c in CASES)
    if dict(counts) != EXPECTED or len(CASES) != 100:
        problems.append("class counts %s, total %d; expected %s" % (dict(counts), len(CASES), EXPECTED))
    per_db = Counter(c["db_id"] for c in CASES)
    for d in dbs:
        if per_db[d] == 0:
            problems.append("database %s has no case" % d)
    for d in per_db:
        if d not in dbs:
            problems.append("unknown database %s" % d)
    dial = Counter(c["_dialect"] for c in CASES if c["class"] == "dialect")
    seen = set()
    for i, c in enumerate(CASES, 1):
        tag = "#%d %s/%s" % (i, c["db_id"], c["class"])
        key = (c["db_id"], c["question"])
        if key in seen:
            problems.append("%s: duplicate question" % tag)
        seen.add(key)
        if c["broken"].strip() == c["correct"].strip():
            problems.append("%s: broken equals correct" % tag)
        st, res = run(c["db_id"], c["correct"])
        if st != "ok":
            problems.append("%s: correct fails: %s" % (tag, res))
            continue
        if not res:
            problems.append("%s: correct returns no rows" % tag)
        st, res = run(c["db_id"], c["broken"])
        if c["class"] == "literals":
            if st != "ok":
                problems.append("%s: broken literal query fails instead of returning no rows: %s" % (tag, res))
            elif res:
                problems.append("%s: broken literal query returns %d rows" % (tag, len(res)))
        else:
            if st == "ok":
                problems.append("%s: broken runs (%d rows) but should fail" % (tag, len(res)))
            else:
                c["_error"] = res
    if problems:
        print("NOT written; %d problem(s):" % len(problems), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps({k: c[k] for k in ("db_id", "class", "question", "broken", "correct")},
                               ensure_ascii=False) + "\n")
    print("wrote %s: %d cases %s" % (OUT, len(CASES), dict(sorted(counts.items()))))
    print("dialects: %s" % dict(sorted(dial.items())))
    print("per database: %s" % dict(sorted(per_db.items())))
    if "-v" in sys.argv:
        for c in CASES:
            if "_error" in c:
                print("  %-30s %-9s %s" % (c["db_id"], c["class"], c["_error"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
