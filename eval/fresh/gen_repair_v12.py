#!/usr/bin/env python3
"""Generate repair_v12.jsonl: a blind evaluation set for an SQL repair tool.

Each item: {"db_id", "class", "question", "broken", "correct"}.
Classes: names (45), dialect (25), literals (20), wrapping (10).
Questions and queries were written by hand against the Spider dev databases
(schemas from tables.json / the .sqlite files only).

Checks performed before anything is written:
  * every "correct" query runs and returns a non-empty result that is not all NULLs;
  * names / dialect "broken" queries fail in SQLite, or (dialect forms SQLite
    accepts with another meaning) return a different result;
  * literals "broken" queries run and return no rows;
  * wrapping "broken" texts fail as-is and contain the correct query verbatim.
The file is written only when every check passes.
"""
import collections
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "repair_v12.jsonl")

EXPECTED = {"names": 45, "dialect": 25, "literals": 20, "wrapping": 10}

ITEMS = []


def add(db, cls, question, broken, correct):
    ITEMS.append({"db_id": db, "class": cls, "question": question,
                  "broken": broken, "correct": correct})


# ---------------------------------------------------------------- names (45)
N = "names"
add("battle_death", N, "What are the names of the ships that were captured?",
    "SELECT ship_name FROM ship WHERE disposition_of_ship = 'Captured'",
    "SELECT name FROM ship WHERE disposition_of_ship = 'Captured'")
add("battle_death", N, "For each ship that caused deaths, how many people were killed and injured in total?",
    "SELECT caused_by_ship_id, SUM(deaths), SUM(injuries) FROM death GROUP BY caused_by_ship_id",
    "SELECT caused_by_ship_id, SUM(killed), SUM(injured) FROM death GROUP BY caused_by_ship_id")

add("car_1", N, "How many car makers are there in each country? Show the country name and the count.",
    "SELECT c.Country_Name, COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId GROUP BY c.Country_Name",
    "SELECT c.CountryName, COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId GROUP BY c.CountryName")
add("car_1", N, "Which car makes have an acceleration greater than 22?",
    "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Acceleration > 22",
    "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Accelerate > 22")
add("car_1", N, "List the full names of the car makers from japan.",
    "SELECT m.FullName FROM car_makers AS m JOIN country AS c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'",
    "SELECT m.FullName FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'")

add("concert_singer", N, "What are the name and capacity of the stadium with the highest average attendance?",
    "SELECT Name, Capacity FROM stadium ORDER BY Average_Attendance DESC LIMIT 1",
    "SELECT Name, Capacity FROM stadium ORDER BY Average DESC LIMIT 1")
add("concert_singer", N, "List each singer's name together with the names of the concerts they sang in.",
    "SELECT s.Name, c.Name FROM singer AS s JOIN singer_in_concert AS sc ON s.Singer_ID = sc.Singer_ID JOIN concert AS c ON sc.concert_ID = c.concert_ID",
    "SELECT s.Name, c.concert_Name FROM singer AS s JOIN singer_in_concert AS sc ON s.Singer_ID = sc.Singer_ID JOIN concert AS c ON sc.concert_ID = c.concert_ID")
add("concert_singer", N, "Which singers released a song after 2010, and what is the song called?",
    "SELECT Name, Song_Name FROM singer WHERE Release_Year > '2010'",
    "SELECT Name, Song_Name FROM singer WHERE Song_release_year > '2010'")

add("course_teach", N, "Show the names of teachers and the courses they are arranged to teach.",
    "SELECT T.Name, C.Course_Name FROM course_arrange AS A JOIN course AS C ON A.Course_ID = C.Course_ID JOIN teacher AS T ON A.Teacher_ID = T.Teacher_ID",
    "SELECT T.Name, C.Course FROM course_arrange AS A JOIN course AS C ON A.Course_ID = C.Course_ID JOIN teacher AS T ON A.Teacher_ID = T.Teacher_ID")
add("course_teach", N, "On what date does the Math course start?",
    "SELECT Starting_Date FROM course WHERE Course = 'Math'",
    "SELECT Staring_Date FROM course WHERE Course = 'Math'")
add("course_teach", N, "Which teachers come from a hometown that is an urban district?",
    "SELECT Name FROM teacher WHERE Home_Town LIKE '%Urban District'",
    "SELECT Name FROM teacher WHERE Hometown LIKE '%Urban District'")

add("cre_Doc_Template_Mgt", N, "How many documents use each template? Show the template id and the count.",
    "SELECT TemplateID, COUNT(*) FROM Documents GROUP BY TemplateID",
    "SELECT Template_ID, COUNT(*) FROM Documents GROUP BY Template_ID")
add("cre_Doc_Template_Mgt", N, "What is the description of the template type with code AD?",
    "SELECT Template_Type_Desc FROM Ref_Template_Types WHERE Template_Type_Code = 'AD'",
    "SELECT Template_Type_Description FROM Ref_Template_Types WHERE Template_Type_Code = 'AD'")
add("cre_Doc_Template_Mgt", N, "Which templates have a version number greater than 5?",
    "SELECT Template_ID, Version FROM Templates WHERE Version > 5",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > 5")

add("dog_kennels", N, "List the names of the dogs together with the names of their breeds.",
    "SELECT d.name, b.name FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code",
    "SELECT d.name, b.breed_name FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code")
add("dog_kennels", N, "What is the total cost of treatments for each dog?",
    "SELECT dog_id, SUM(treatment_cost) FROM Treatments GROUP BY dog_id",
    "SELECT dog_id, SUM(cost_of_treatment) FROM Treatments GROUP BY dog_id")

add("employee_hire_evaluation", N, "What is the total bonus awarded to each employee? Show the employee name.",
    "SELECT e.Name, SUM(ev.Bonus) FROM employee AS e JOIN evaluations AS ev ON e.Employee_ID = ev.Employee_ID GROUP BY e.Employee_ID",
    "SELECT e.Name, SUM(ev.Bonus) FROM employee AS e JOIN evaluation AS ev ON e.Employee_ID = ev.Employee_ID GROUP BY e.Employee_ID")
add("employee_hire_evaluation", N, "Which shops sell more than 5000 products, and who manages them?",
    "SELECT Name, Manager FROM shop WHERE Number_products > 5000",
    "SELECT Name, Manager_name FROM shop WHERE Number_products > 5000")

add("flight_2", N, "How many flights depart from each source airport?",
    "SELECT Source_Airport, COUNT(*) FROM flights GROUP BY Source_Airport",
    "SELECT SourceAirport, COUNT(*) FROM flights GROUP BY SourceAirport")
add("flight_2", N, "List the flight numbers of flights operated by United Airlines.",
    "SELECT f.FlightNo FROM flights AS f JOIN airlines AS a ON f.Airline = a.id WHERE a.Airline = 'United Airlines'",
    "SELECT f.FlightNo FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines'")

add("museum_visit", N, "What are the names of museums with more than 30 staff?",
    "SELECT Name FROM museum WHERE Num_Staff > 30",
    "SELECT Name FROM museum WHERE Num_of_Staff > 30")
add("museum_visit", N, "How much did each visitor spend in total? Show the visitor name.",
    "SELECT v.Name, SUM(t.Total_spent) FROM visitor AS v JOIN visits AS t ON v.ID = t.visitor_ID GROUP BY v.ID",
    "SELECT v.Name, SUM(t.Total_spent) FROM visitor AS v JOIN visit AS t ON v.ID = t.visitor_ID GROUP BY v.ID")
add("museum_visit", N, "Which visitors have a membership level above 4?",
    "SELECT Name FROM visitor WHERE Membership_Level > 4",
    "SELECT Name FROM visitor WHERE Level_of_membership > 4")

add("network_1", N, "What are the names of the high schoolers in grade 10?",
    "SELECT name FROM Highschoolers WHERE grade = 10",
    "SELECT name FROM Highschooler WHERE grade = 10")
add("network_1", N, "How many friends does each student have? Show the student name.",
    "SELECT h.name, COUNT(*) FROM Highschooler AS h JOIN Friend AS f ON h.ID = f.highschooler_id GROUP BY h.ID",
    "SELECT h.name, COUNT(*) FROM Highschooler AS h JOIN Friend AS f ON h.ID = f.student_id GROUP BY h.ID")
add("network_1", N, "What are the names of students who are liked by someone?",
    "SELECT name FROM Highschooler WHERE ID IN (SELECT liked_student_id FROM Likes)",
    "SELECT name FROM Highschooler WHERE ID IN (SELECT liked_id FROM Likes)")

add("orchestra", N, "Show the names of conductors and the orchestras they conduct.",
    "SELECT c.Name, o.Orchestra_Name FROM conductor AS c JOIN orchestra AS o ON c.Conductor_ID = o.Conductor_ID",
    "SELECT c.Name, o.Orchestra FROM conductor AS c JOIN orchestra AS o ON c.Conductor_ID = o.Conductor_ID")
add("orchestra", N, "Which orchestras were founded after 2005?",
    "SELECT Orchestra FROM orchestra WHERE Year_Founded > 2005",
    "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2005")
add("orchestra", N, "What is the average attendance of the shows?",
    "SELECT AVG(Attendance) FROM shows",
    "SELECT AVG(Attendance) FROM show")

add("pets_1", N, "What is the average age of the dogs?",
    "SELECT AVG(age) FROM Pets WHERE PetType = 'dog'",
    "SELECT AVG(pet_age) FROM Pets WHERE PetType = 'dog'")
add("pets_1", N, "What are the first names of students who own a cat?",
    "SELECT s.FirstName FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'cat'",
    "SELECT s.Fname FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'cat'")

add("poker_player", N, "List the birth dates of poker players ordered by the number of final tables made, most first.",
    "SELECT p.Birth_Date FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID ORDER BY pp.Final_Tables DESC",
    "SELECT p.Birth_Date FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID ORDER BY pp.Final_Table_Made DESC")
add("poker_player", N, "What are the names and heights of people from Russia?",
    "SELECT Name, Height FROM person WHERE Nationality = 'Russia'",
    "SELECT Name, Height FROM people WHERE Nationality = 'Russia'")

add("real_estate_properties", N, "What are the names of properties with more than 5 rooms?",
    "SELECT property_name FROM Properties WHERE num_rooms > 5",
    "SELECT property_name FROM Properties WHERE room_count > 5")
add("real_estate_properties", N, "What are the names of the available features of type Amenity?",
    "SELECT name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'",
    "SELECT feature_name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'")

add("singer", N, "What are the titles of songs by singers worth more than 25 million?",
    "SELECT so.Title FROM song AS so JOIN singer AS s ON so.Singer_ID = s.Singer_ID WHERE s.Net_Worth > 25",
    "SELECT so.Title FROM song AS so JOIN singer AS s ON so.Singer_ID = s.Singer_ID WHERE s.Net_Worth_Millions > 25")
add("singer", N, "Give the name and citizenship of singers born before 1950.",
    "SELECT Name, Nationality FROM singer WHERE Birth_Year < 1950",
    "SELECT Name, Citizenship FROM singer WHERE Birth_Year < 1950")

add("student_transcripts_tracking", N, "How many student enrolments are there in each semester? Show the semester name.",
    "SELECT s.semester_name, COUNT(*) FROM Student_Enrollment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id GROUP BY s.semester_id",
    "SELECT s.semester_name, COUNT(*) FROM Student_Enrolment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id GROUP BY s.semester_id")
add("student_transcripts_tracking", N, "What are the cities of the current addresses of the students?",
    "SELECT s.first_name, a.city FROM Students AS s JOIN Addresses AS a ON s.current_address = a.address_id",
    "SELECT s.first_name, a.city FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id")

add("tvshow", N, "What are the titles of the cartoons directed by Ben Jones?",
    "SELECT Title FROM Cartoon WHERE Director = 'Ben Jones'",
    "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'")
add("tvshow", N, "Which TV channels broadcast in English? Give their series names.",
    "SELECT series_name FROM TV_Channels WHERE Language = 'English'",
    "SELECT series_name FROM TV_Channel WHERE Language = 'English'")

add("voter_1", N, "What are the names of the contestants who received at least one vote?",
    "SELECT DISTINCT c.name FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number",
    "SELECT DISTINCT c.contestant_name FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number")
add("voter_1", N, "Which area codes belong to the state NJ?",
    "SELECT areacode FROM AREA_CODE_STATE WHERE state = 'NJ'",
    "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'NJ'")

add("world_1", N, "Which languages are spoken in Brazil?",
    "SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON cl.Country_Code = c.Code WHERE c.Name = 'Brazil'",
    "SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON cl.CountryCode = c.Code WHERE c.Name = 'Brazil'")
add("world_1", N, "List the names and populations of the countries in Oceania.",
    "SELECT country_name, Population FROM country WHERE Continent = 'Oceania'",
    "SELECT Name, Population FROM country WHERE Continent = 'Oceania'")

# -------------------------------------------------------------- dialect (25)
D = "dialect"
# PostgreSQL
add("concert_singer", D, "Which singers have 'jo' anywhere in their name, ignoring case?",
    "SELECT Name FROM singer WHERE Name ~* 'jo'",
    "SELECT Name FROM singer WHERE Name LIKE '%jo%'")
add("world_1", D, "What is the population density of each Nordic country?",
    "SELECT Name, Population::numeric / SurfaceArea AS density FROM country WHERE Region = 'Nordic Countries'",
    "SELECT Name, CAST(Population AS REAL) / SurfaceArea AS density FROM country WHERE Region = 'Nordic Countries'")
add("car_1", D, "Which car makes have either 3 or 5 cylinders?",
    "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Cylinders = ANY(ARRAY[3, 5])",
    "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Cylinders IN (3, 5)")
add("orchestra", D, "Which performance types are auditions or semi-finals?",
    "SELECT Type FROM performance WHERE Type SIMILAR TO '(Auditions|Semi-final)%'",
    "SELECT Type FROM performance WHERE Type LIKE 'Auditions%' OR Type LIKE 'Semi-final%'")
add("dog_kennels", D, "Which dogs were born in 2012?",
    "SELECT name FROM Dogs WHERE EXTRACT(YEAR FROM date_of_birth) = 2012",
    "SELECT name FROM Dogs WHERE strftime('%Y', date_of_birth) = '2012'")
add("employee_hire_evaluation", D, "For each shop, who is the employee who started working there earliest?",
    "SELECT DISTINCT ON (h.Shop_ID) h.Shop_ID, e.Name FROM hiring AS h JOIN employee AS e ON h.Employee_ID = e.Employee_ID ORDER BY h.Shop_ID, h.Start_from",
    "SELECT h.Shop_ID, e.Name FROM hiring AS h JOIN employee AS e ON h.Employee_ID = e.Employee_ID WHERE h.Start_from = (SELECT MIN(h2.Start_from) FROM hiring AS h2 WHERE h2.Shop_ID = h.Shop_ID) ORDER BY h.Shop_ID")
add("student_transcripts_tracking", D, "How many students first registered in each year?",
    "SELECT TO_CHAR(date_first_registered, 'YYYY') AS yr, COUNT(*) FROM Students GROUP BY yr ORDER BY yr",
    "SELECT strftime('%Y', date_first_registered) AS yr, COUNT(*) FROM Students GROUP BY yr ORDER BY yr")
add("tvshow", D, "Which TV channels have 'mtv' in their series name, in any case?",
    "SELECT series_name FROM TV_Channel WHERE series_name ILIKE '%mtv%'",
    "SELECT series_name FROM TV_Channel WHERE series_name LIKE '%mtv%'")
add("singer", D, "List all the distinct singer citizenships as one comma-separated string.",
    "SELECT string_agg(DISTINCT Citizenship, ', ') FROM singer",
    "SELECT group_concat(Citizenship, ', ') FROM (SELECT DISTINCT Citizenship FROM singer)")
add("employee_hire_evaluation", D, "For each shop, does it have at least one full-time employee?",
    "SELECT Shop_ID, bool_or(Is_full_time = 'T') FROM hiring GROUP BY Shop_ID",
    "SELECT Shop_ID, MAX(Is_full_time = 'T') FROM hiring GROUP BY Shop_ID")
add("poker_player", D, "What are the first names of all the people?",
    "SELECT SUBSTR(Name, 1, POSITION(' ' IN Name) - 1) FROM people",
    "SELECT SUBSTR(Name, 1, INSTR(Name, ' ') - 1) FROM people")
add("museum_visit", D, "List all museums by number of staff, largest first, skipping the top two.",
    "SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT ALL OFFSET 2",
    "SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT -1 OFFSET 2")
# T-SQL
add("world_1", D, "What are the five most populous cities?",
    "SELECT TOP 5 Name, Population FROM city ORDER BY Population DESC",
    "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5")
add("voter_1", D, "How many votes did each contestant receive?",
    "SELECT contestant_number, COUNT(*) FROM VOTES WITH (NOLOCK) GROUP BY contestant_number",
    "SELECT contestant_number, COUNT(*) FROM VOTES GROUP BY contestant_number")
add("car_1", D, "What is the average MPG of cars made in 1980?",
    "SELECT AVG(CONVERT(FLOAT, MPG)) FROM cars_data WHERE Year = 1980",
    "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Year = 1980")
add("employee_hire_evaluation", D, "Which shop is located in the district Tehtaan kenttä?",
    "SELECT Name FROM shop WHERE District = N'Tehtaan kenttä'",
    "SELECT Name FROM shop WHERE District = 'Tehtaan kenttä'")
add("world_1", D, "List the countries in Antarctica with their independence year, showing 0 when it is unknown.",
    "SELECT Name, ISNULL(IndepYear, 0) FROM country WHERE Continent = 'Antarctica'",
    "SELECT Name, IFNULL(IndepYear, 0) FROM country WHERE Continent = 'Antarctica'")
add("battle_death", D, "Which ship names are longer than 5 characters?",
    "SELECT name FROM ship WHERE LEN(name) > 5",
    "SELECT name FROM ship WHERE LENGTH(name) > 5")
add("network_1", D, "Ordering students by grade (highest first) and then by name, who are the third to fifth students?",
    "SELECT name, grade FROM Highschooler ORDER BY grade DESC, name OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY",
    "SELECT name, grade FROM Highschooler ORDER BY grade DESC, name LIMIT 3 OFFSET 2")
add("dog_kennels", D, "What are the full names of the owners who live in Vermont?",
    "SELECT [first_name] + ' ' + [last_name] AS full_name FROM [Owners] WHERE [state] = 'Vermont'",
    "SELECT first_name || ' ' || last_name AS full_name FROM Owners WHERE state = 'Vermont'")
# MySQL
add("real_estate_properties", D, "How many properties came on the market in each year?",
    "SELECT DATE_FORMAT(`date_on_market`, '%Y') AS yr, COUNT(*) FROM `Properties` GROUP BY yr ORDER BY yr",
    "SELECT strftime('%Y', date_on_market) AS yr, COUNT(*) FROM Properties GROUP BY yr ORDER BY yr")
add("cre_Doc_Template_Mgt", D, "Which documents have a name starting with 'How'?",
    "SELECT Document_Name FROM `Documents` WHERE Document_Name REGEXP '^How'",
    "SELECT Document_Name FROM Documents WHERE Document_Name LIKE 'How%'")
add("course_teach", D, "For each teacher, list the courses they teach as a comma-separated string.",
    "SELECT t.Name, GROUP_CONCAT(c.Course SEPARATOR ', ') FROM teacher AS t JOIN course_arrange AS a ON t.Teacher_ID = a.Teacher_ID JOIN course AS c ON a.Course_ID = c.Course_ID GROUP BY t.Teacher_ID",
    "SELECT t.Name, GROUP_CONCAT(c.Course, ', ') FROM teacher AS t JOIN course_arrange AS a ON t.Teacher_ID = a.Teacher_ID JOIN course AS c ON a.Course_ID = c.Course_ID GROUP BY t.Teacher_ID")
add("pets_1", D, "Which students are older than 20 or female?",
    "SELECT Fname, LName FROM Student WHERE Age > 20 || Sex = 'F'",
    "SELECT Fname, LName FROM Student WHERE Age > 20 OR Sex = 'F'")
add("voter_1", D, "Show each 2018 vote as the contestant name followed by the voter's state in brackets, first three only.",
    "SELECT CONCAT(c.contestant_name, ' (', v.state, ')') FROM `VOTES` AS v JOIN `CONTESTANTS` AS c ON v.contestant_number = c.contestant_number WHERE YEAR(v.created) = 2018 ORDER BY v.vote_id LIMIT 0, 3",
    "SELECT c.contestant_name || ' (' || v.state || ')' FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE strftime('%Y', v.created) = '2018' ORDER BY v.vote_id LIMIT 3 OFFSET 0")

# ------------------------------------------------------------- literals (20)
L = "literals"
add("orchestra", L, "Which conductors are from the United Kingdom?",
    "SELECT Name FROM conductor WHERE Nationality = 'United Kingdom'",
    "SELECT Name FROM conductor WHERE Nationality = 'UK'")
add("voter_1", L, "List the ids and phone numbers of the votes cast from California.",
    "SELECT vote_id, phone_number FROM VOTES WHERE state = 'California'",
    "SELECT vote_id, phone_number FROM VOTES WHERE state = 'CA'")
add("world_1", L, "What are the official languages of Canada?",
    "SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON cl.CountryCode = c.Code WHERE c.Name = 'Canada' AND cl.IsOfficial = 'Yes'",
    "SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON cl.CountryCode = c.Code WHERE c.Name = 'Canada' AND cl.IsOfficial = 'T'")
add("car_1", L, "What are the full names of the car makers from Germany?",
    "SELECT m.FullName FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'Germany'",
    "SELECT m.FullName FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'germany'")
add("concert_singer", L, "What are the names and ages of the singers from the USA?",
    "SELECT Name, Age FROM singer WHERE Country = 'USA'",
    "SELECT Name, Age FROM singer WHERE Country = 'United States'")
add("pets_1", L, "What are the first names of the students who own a dog?",
    "SELECT DISTINCT s.Fname FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'Dog'",
    "SELECT DISTINCT s.Fname FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'")
add("dog_kennels", L, "List the first names and cities of the professionals who are veterinarians.",
    "SELECT first_name, city FROM Professionals WHERE role_code = 'Veterinarian'",
    "SELECT first_name, city FROM Professionals WHERE role_code = 'Veterenarian'")
add("dog_kennels", L, "Which dogs are bulldogs? Give their names and ages.",
    "SELECT name, age FROM Dogs WHERE breed_code = 'Bulldog'",
    "SELECT name, age FROM Dogs WHERE breed_code = 'BUL'")
add("dog_kennels", L, "Which owners live in New York state?",
    "SELECT first_name, last_name FROM Owners WHERE state = 'New York'",
    "SELECT first_name, last_name FROM Owners WHERE state = 'NewYork'")
add("employee_hire_evaluation", L, "What are the names of the employees hired on a full-time basis?",
    "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'true'",
    "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'T'")
add("real_estate_properties", L, "What are the names and room counts of the apartment properties?",
    "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'APT'",
    "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'Apartment'")
add("tvshow", L, "Which TV channels offer high definition TV?",
    "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'Yes'",
    "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'")
add("student_transcripts_tracking", L, "Which departments offer PhD degree programs?",
    "SELECT DISTINCT d.department_name FROM Departments AS d JOIN Degree_Programs AS p ON d.department_id = p.department_id WHERE p.degree_summary_name = 'PhD'",
    "SELECT DISTINCT d.department_name FROM Departments AS d JOIN Degree_Programs AS p ON d.department_id = p.department_id WHERE p.degree_summary_name = 'PHD'")
add("cre_Doc_Template_Mgt", L, "What are the ids and version numbers of the presentation templates?",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'Presentation'",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'")
add("flight_2", L, "What are the codes and names of the airports in Aberdeen?",
    "SELECT AirportCode, AirportName FROM airports WHERE City = 'Aberdeen'",
    "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Aberdeen'")
add("flight_2", L, "Which airlines are based in the United States? Give their names and abbreviations.",
    "SELECT Airline, Abbreviation FROM airlines WHERE Country = 'United States'",
    "SELECT Airline, Abbreviation FROM airlines WHERE Country = 'USA'")
add("battle_death", L, "Which battles ended in a Bulgarian victory?",
    "SELECT name, date FROM battle WHERE result = 'Bulgarian Victory'",
    "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'")
add("world_1", L, "Which cities in the USA have more than 1 million inhabitants?",
    "SELECT Name, Population FROM city WHERE CountryCode = 'US' AND Population > 1000000",
    "SELECT Name, Population FROM city WHERE CountryCode = 'USA' AND Population > 1000000")
add("course_teach", L, "Which teachers are arranged to teach mathematics?",
    "SELECT t.Name FROM teacher AS t JOIN course_arrange AS a ON t.Teacher_ID = a.Teacher_ID JOIN course AS c ON a.Course_ID = c.Course_ID WHERE c.Course = 'Mathematics'",
    "SELECT t.Name FROM teacher AS t JOIN course_arrange AS a ON t.Teacher_ID = a.Teacher_ID JOIN course AS c ON a.Course_ID = c.Course_ID WHERE c.Course = 'Math'")
add("poker_player", L, "What are the earnings of the poker players who are Russian?",
    "SELECT p.Name, pp.Earnings FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russian'",
    "SELECT p.Name, pp.Earnings FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russia'")

# ------------------------------------------------------------- wrapping (10)
W = "wrapping"
_c = "SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 1"
add("museum_visit", W, "Which museum has the most staff?",
    "```sql\n" + _c + ";\n```\n\nThis orders the museums by their number of staff and keeps the top one.",
    _c)
_c = "SELECT name FROM Highschooler WHERE grade = 12"
add("network_1", W, "What are the names of the students in grade 12?",
    "Here is the query:\n\n" + _c + ";",
    _c)
_c = "SELECT s.Name, COUNT(*) FROM singer AS s JOIN song AS so ON s.Singer_ID = so.Singer_ID GROUP BY s.Singer_ID"
add("singer", W, "How many songs does each singer have?",
    _c + ";\n\nThis query joins the singer and song tables on Singer_ID and counts the songs for each singer.",
    _c)
_c = "SELECT Name FROM people WHERE Height > 190"
add("poker_player", W, "Which people are taller than 190?",
    _c + ";\nSELECT COUNT(*) FROM people WHERE Height > 190;",
    _c)
_c = "SELECT Title, Written_by FROM Cartoon WHERE Channel = '700'"
add("tvshow", W, "Which cartoons were shown on channel 700, and who wrote them?",
    "```\n" + _c + "\n```",
    _c)
_c = "SELECT first_name, last_name FROM Students WHERE date_left < date_first_registered"
add("student_transcripts_tracking", W, "Which students have a leaving date earlier than their first registration date?",
    "Sure! To find these students, compare the two date columns:\n\n```sql\n" + _c + ";\n```\n\nThe result lists the first and last names of the matching students.",
    _c)
_c = "SELECT property_name, agreed_selling_price FROM Properties WHERE property_type_code = 'House'"
add("real_estate_properties", W, "What are the agreed selling prices of the house properties?",
    "SQL: " + _c,
    _c)
_c = "SELECT Document_Name FROM Documents WHERE Template_ID = 7"
add("cre_Doc_Template_Mgt", W, "Which documents use template 7?",
    "You can get them with `" + _c + "`.",
    _c)
_c = "SELECT name, tonnage FROM ship WHERE location = 'English Channel'"
add("battle_death", W, "Which ships were in the English Channel, and what was their tonnage?",
    _c + ";\nSELECT COUNT(*) FROM ship WHERE location = 'English Channel';\n-- the second query just counts the rows for reference",
    _c)
_c = "SELECT Name, Age FROM teacher ORDER BY Age DESC"
add("course_teach", W, "List the teachers' names and ages from oldest to youngest.",
    "Answer:\n```sqlite\n-- teachers sorted by age\n" + _c + ";\n```",
    _c)


# ---------------------------------------------------------------- checking
def connect(db):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    return sqlite3.connect("file:%s?mode=ro" % path, uri=True)


def run(conn, sql):
    """Return (ok, rows_or_error)."""
    try:
        cur = conn.execute(sql)
        return True, cur.fetchall()
    except Exception as exc:  # sqlite3.Error, sqlite3.Warning, ProgrammingError
        return False, "%s: %s" % (type(exc).__name__, exc)


def bag(rows):
    return collections.Counter(repr(r) for r in rows)


def main():
    problems = []
    counts = collections.Counter(it["class"] for it in ITEMS)
    if dict(counts) != EXPECTED:
        problems.append("class counts %s != %s" % (dict(counts), EXPECTED))
    dbs = collections.Counter(it["db_id"] for it in ITEMS)
    if len(dbs) < 15:
        problems.append("only %d databases" % len(dbs))
    seen = set()
    conns = {}
    for i, it in enumerate(ITEMS):
        tag = "#%d %s/%s" % (i, it["db_id"], it["class"])
        key = (it["db_id"], it["broken"])
        if key in seen:
            problems.append(tag + " duplicate broken query")
        seen.add(key)
        if it["broken"].strip() == it["correct"].strip():
            problems.append(tag + " broken == correct")
        conn = conns.get(it["db_id"]) or conns.setdefault(it["db_id"], connect(it["db_id"]))
        ok, rows = run(conn, it["correct"])
        if not ok:
            problems.append(tag + " correct fails: " + rows)
            continue
        if not rows:
            problems.append(tag + " correct returns no rows")
            continue
        if all(v is None for r in rows for v in r):
            problems.append(tag + " correct returns only NULLs")
            continue
        bok, brows = run(conn, it["broken"])
        cls = it["class"]
        if cls in ("names", "dialect"):
            if bok and bag(brows) == bag(rows):
                problems.append(tag + " broken runs and gives the same result")
            if cls == "names" and bok:
                problems.append(tag + " names broken query does not fail")
        elif cls == "literals":
            if not bok:
                problems.append(tag + " literals broken fails: " + brows)
            elif brows:
                problems.append(tag + " literals broken returns %d rows" % len(brows))
        elif cls == "wrapping":
            if bok:
                problems.append(tag + " wrapping broken runs as-is")
            if it["correct"] not in it["broken"]:
                problems.append(tag + " correct query not found inside broken text")
        else:
            problems.append(tag + " unknown class")
    for c in conns.values():
        c.close()
    if problems:
        print("NOT WRITTEN; %d problem(s):" % len(problems), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps({k: it[k] for k in ("db_id", "class", "question", "broken", "correct")},
                               ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), OUT))
    print("per class:", dict(sorted(counts.items())))
    print("per database:", dict(sorted(dbs.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
