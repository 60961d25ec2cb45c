#!/usr/bin/env python3
"""Held-out SQL-repair evaluation set v8: cases as data + self-checks.
Writes repair_v8.jsonl beside this file only if every check passes."""
import json, os, re, sqlite3, sys

SPIDER = '/work/shared/eval/spider'
DB_DIR = os.path.join(SPIDER, 'database')
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'repair_v8.jsonl')

HALF_A = {'battle_death', 'concert_singer', 'cre_Doc_Template_Mgt', 'employee_hire_evaluation',
          'museum_visit', 'orchestra', 'poker_player', 'singer', 'tvshow', 'world_1'}
HALF_B = {'car_1', 'course_teach', 'dog_kennels', 'flight_2', 'network_1', 'pets_1',
          'real_estate_properties', 'student_transcripts_tracking', 'voter_1'}

WANT_CLASS = {'unknown_column': 20, 'unknown_table': 12, 'ambiguous_column': 12,
              'wrong_qualifier': 12, 'dialect': 20, 'wrapping': 10, 'value_literal': 14}
WANT_DIALECT = {'postgresql': 8, 'tsql': 7, 'mysql': 5}
WANT_CROSS_TABLE = 4

# Each case: (db_id, class, question, broken, correct[, extra])
# extra for dialect: {'family': ..., 'constructs': [...]}
C = []
def add(db, cls, q, broken, correct, **extra):
    C.append(dict(db_id=db, cls=cls, question=q, broken=broken, correct=correct, extra=extra))

# ======================= HALF A =======================
# ---- unknown_column (10; 2 name a column of another table) ----
add('concert_singer', 'unknown_column', 'What is the average capacity of all stadiums?',
    'SELECT AVG(Stadium_Capacity) FROM stadium',
    'SELECT AVG(Capacity) FROM stadium')
add('tvshow', 'unknown_column', 'What are the titles of the cartoons directed by Ben Jones?',
    "SELECT Title FROM Cartoon WHERE Director = 'Ben Jones'",
    "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'")
add('world_1', 'unknown_column', 'What is the life expectancy in Japan?',
    "SELECT Life_Expectancy FROM country WHERE Name = 'Japan'",
    "SELECT LifeExpectancy FROM country WHERE Name = 'Japan'")
add('world_1', 'unknown_column', 'Which countries have English as one of their languages?',
    "SELECT Name FROM country WHERE Language = 'English'",
    "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'English'")
add('employee_hire_evaluation', 'unknown_column', 'Who is the manager of the shop with the most products?',
    'SELECT Manager FROM shop ORDER BY Number_products DESC LIMIT 1',
    'SELECT Manager_name FROM shop ORDER BY Number_products DESC LIMIT 1')
add('employee_hire_evaluation', 'unknown_column', 'Which employee received the largest single bonus, and how much was it?',
    'SELECT Name, Bonus FROM employee ORDER BY Bonus DESC LIMIT 1',
    'SELECT T1.Name, T2.Bonus FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T2.Bonus DESC LIMIT 1')
add('museum_visit', 'unknown_column', 'What are the names of the museums that opened after 2010?',
    'SELECT Name FROM museum WHERE Opening_Year > 2010',
    'SELECT Name FROM museum WHERE Open_Year > 2010')
add('orchestra', 'unknown_column', 'List each orchestra together with its record company.',
    'SELECT Orchestra_Name, Record_Company FROM orchestra',
    'SELECT Orchestra, Record_Company FROM orchestra')
add('poker_player', 'unknown_column', 'List the earnings of all poker players from highest to lowest.',
    'SELECT Earning FROM poker_player ORDER BY Earning DESC',
    'SELECT Earnings FROM poker_player ORDER BY Earnings DESC')
add('singer', 'unknown_column', 'Which singers have a net worth of more than 20 million?',
    'SELECT Name FROM singer WHERE Net_Worth > 20',
    'SELECT Name FROM singer WHERE Net_Worth_Millions > 20')

# ---- unknown_table (6) ----
add('battle_death', 'unknown_table', 'How many battles are recorded?',
    'SELECT COUNT(*) FROM battles',
    'SELECT COUNT(*) FROM battle')
add('battle_death', 'unknown_table', 'For each ship, how many people in total were killed in deaths it caused?',
    'SELECT T1.name, SUM(T2.killed) FROM ship AS T1 JOIN deaths AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id',
    'SELECT T1.name, SUM(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id')
add('cre_Doc_Template_Mgt', 'unknown_table', 'How many templates are there of each template type code?',
    'SELECT Template_Type_Code, COUNT(*) FROM Template GROUP BY Template_Type_Code',
    'SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code')
add('cre_Doc_Template_Mgt', 'unknown_table', 'List the descriptions of all template types.',
    'SELECT Template_Type_Description FROM Template_Types',
    'SELECT Template_Type_Description FROM Ref_Template_Types')
add('concert_singer', 'unknown_table', 'Show the names of singers and the names of the concerts they performed in.',
    'SELECT T2.Name, T3.concert_Name FROM singer_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID',
    'SELECT T2.Name, T3.concert_Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID')
add('world_1', 'unknown_table', 'How many languages are spoken in Aruba?',
    "SELECT COUNT(*) FROM country AS T1 JOIN country_language AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba'",
    "SELECT COUNT(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba'")

# ---- ambiguous_column (6) ----
add('concert_singer', 'ambiguous_column', 'Show the stadium id, concert name and stadium name for every concert.',
    'SELECT Stadium_ID, concert_Name, Name FROM concert JOIN stadium ON concert.Stadium_ID = stadium.Stadium_ID',
    'SELECT concert.Stadium_ID, concert_Name, Name FROM concert JOIN stadium ON concert.Stadium_ID = stadium.Stadium_ID')
add('world_1', 'ambiguous_column', 'What are the names of the cities located in European countries?',
    "SELECT Name FROM city JOIN country ON city.CountryCode = country.Code WHERE Continent = 'Europe'",
    "SELECT city.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE Continent = 'Europe'")
add('world_1', 'ambiguous_column', 'For each country, how many of its cities have more than one million inhabitants?',
    'SELECT country.Name, COUNT(*) FROM country JOIN city ON country.Code = city.CountryCode WHERE Population > 1000000 GROUP BY country.Name',
    'SELECT country.Name, COUNT(*) FROM country JOIN city ON country.Code = city.CountryCode WHERE city.Population > 1000000 GROUP BY country.Name')
add('employee_hire_evaluation', 'ambiguous_column', 'How many employees has each shop hired? Show the shop name and the count.',
    'SELECT Name, COUNT(*) FROM shop JOIN hiring ON shop.Shop_ID = hiring.Shop_ID GROUP BY Shop_ID',
    'SELECT Name, COUNT(*) FROM shop JOIN hiring ON shop.Shop_ID = hiring.Shop_ID GROUP BY shop.Shop_ID')
add('museum_visit', 'ambiguous_column', 'List each museum name with the total number of tickets bought there, ordered by museum id.',
    'SELECT Name, SUM(Num_of_Ticket) FROM museum JOIN visit ON museum.Museum_ID = visit.Museum_ID GROUP BY museum.Museum_ID ORDER BY Museum_ID',
    'SELECT Name, SUM(Num_of_Ticket) FROM museum JOIN visit ON museum.Museum_ID = visit.Museum_ID GROUP BY museum.Museum_ID ORDER BY museum.Museum_ID')
add('singer', 'ambiguous_column', "List every song title together with its singer's id and name.",
    'SELECT Singer_ID, Name, Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID',
    'SELECT T1.Singer_ID, T1.Name, T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID')

# ---- wrong_qualifier (6) ----
add('battle_death', 'wrong_qualifier', 'For each ship lost in a battle, show the ship name and the result of that battle.',
    'SELECT T1.name, T1.result FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id',
    'SELECT T1.name, T2.result FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id')
add('poker_player', 'wrong_qualifier', 'What are the names of poker players whose earnings exceed 300000?',
    'SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000',
    'SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 300000')
add('orchestra', 'wrong_qualifier', 'Show the names of conductors and the orchestras they conduct.',
    'SELECT T1.Name, T1.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID',
    'SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID')
add('tvshow', 'wrong_qualifier', "Which channel (series name) aired the cartoon 'The Rise of the Blue Beetle!'?",
    "SELECT T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.Title = 'The Rise of the Blue Beetle!'",
    "SELECT T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Title = 'The Rise of the Blue Beetle!'")
add('museum_visit', 'wrong_qualifier', 'What are the names of visitors who spent more than 300 in a single visit?',
    'SELECT DISTINCT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Total_spent > 300',
    'SELECT DISTINCT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T2.Total_spent > 300')
add('cre_Doc_Template_Mgt', 'wrong_qualifier', 'Show each document name along with the type code of its template.',
    'SELECT T1.Document_Name, T1.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID',
    'SELECT T1.Document_Name, T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID')

# ---- dialect (10: 4 PostgreSQL, 4 T-SQL, 2 MySQL) ----
add('world_1', 'dialect', "Which countries have a name starting with 'united', ignoring case?",
    "SELECT Name FROM country WHERE Name ILIKE 'united%'",
    "SELECT Name FROM country WHERE Name LIKE 'united%'",
    family='postgresql', constructs=['ILIKE case-insensitive match'])
add('world_1', 'dialect', 'Which country codes have English as an official language and also have Spanish spoken?',
    "SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'T' INTERSECT ALL SELECT CountryCode FROM countrylanguage WHERE Language = 'Spanish'",
    "SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'T' INTERSECT SELECT CountryCode FROM countrylanguage WHERE Language = 'Spanish'",
    family='postgresql', constructs=['INTERSECT ALL set operation'])
add('concert_singer', 'dialect', "Which singers have a song whose name starts with a capital H, and what is the song's release year as a number?",
    "SELECT Name, Song_release_year::int AS release_year FROM singer WHERE Song_Name ~ '^H'",
    "SELECT Name, CAST(Song_release_year AS INTEGER) AS release_year FROM singer WHERE Song_Name GLOB 'H*'",
    family='postgresql', constructs=['::int cast', '~ regular-expression match'])
add('orchestra', 'dialect', 'For each nationality, who is the oldest conductor and how old is he?',
    'SELECT DISTINCT ON (Nationality) Nationality, Name, Age FROM conductor ORDER BY Nationality, Age DESC',
    'SELECT Nationality, Name, Age FROM (SELECT Nationality, Name, Age, ROW_NUMBER() OVER (PARTITION BY Nationality ORDER BY Age DESC) AS rn FROM conductor) WHERE rn = 1 ORDER BY Nationality',
    family='postgresql', constructs=['DISTINCT ON (window-style first row per group)'])
add('singer', 'dialect', 'Who are the three richest singers with United States citizenship, and what are their net worths?',
    "SELECT TOP 3 Name, Net_Worth_Millions FROM singer WHERE Citizenship = N'United States' ORDER BY Net_Worth_Millions DESC",
    "SELECT Name, Net_Worth_Millions FROM singer WHERE Citizenship = 'United States' ORDER BY Net_Worth_Millions DESC LIMIT 3",
    family='tsql', constructs=['SELECT TOP n', "N'...' national string literal"])
add('world_1', 'dialect', 'List countries whose name is longer than 30 characters with their independence year, showing 0 when it is unknown.',
    'SELECT Name, ISNULL(IndepYear, 0) AS indep_year FROM country WHERE LEN(Name) > 30',
    'SELECT Name, IFNULL(IndepYear, 0) AS indep_year FROM country WHERE LENGTH(Name) > 30',
    family='tsql', constructs=['ISNULL(x, y)', 'LEN()'])
add('cre_Doc_Template_Mgt', 'dialect', 'For templates whose effective-to date is after their effective-from date, how many days does the effective period span?',
    'SELECT Template_ID, DATEDIFF(day, Date_Effective_From, Date_Effective_To) AS span_days FROM Templates WHERE Date_Effective_To > Date_Effective_From',
    'SELECT Template_ID, CAST(julianday(date(Date_Effective_To)) - julianday(date(Date_Effective_From)) AS INTEGER) AS span_days FROM Templates WHERE Date_Effective_To > Date_Effective_From',
    family='tsql', constructs=['DATEDIFF(day, a, b) date arithmetic'])
add('poker_player', 'dialect', 'Skipping the two tallest people, list the next three tallest people and their heights.',
    'SELECT Name, Height FROM people ORDER BY Height DESC OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY',
    'SELECT Name, Height FROM people ORDER BY Height DESC LIMIT 3 OFFSET 2',
    family='tsql', constructs=['OFFSET n ROWS FETCH NEXT m ROWS ONLY paging'])
add('world_1', 'dialect', 'For each continent, list the countries with more than 100 million people as a single semicolon-separated string.',
    "SELECT Continent, GROUP_CONCAT(Name SEPARATOR '; ') AS countries FROM country WHERE Population > 100000000 GROUP BY Continent",
    "SELECT Continent, GROUP_CONCAT(Name, '; ') AS countries FROM country WHERE Population > 100000000 GROUP BY Continent",
    family='mysql', constructs=['GROUP_CONCAT(... SEPARATOR ...)'])
add('concert_singer', 'dialect', "For singers older than 30, show a label 'Name (Country)' and their gender as 'male' or 'female'.",
    "SELECT CONCAT(Name, ' (', Country, ')') AS singer_label, IF(Is_male = 'T', 'male', 'female') AS gender FROM singer WHERE Age > 30",
    "SELECT Name || ' (' || Country || ')' AS singer_label, CASE WHEN Is_male = 'T' THEN 'male' ELSE 'female' END AS gender FROM singer WHERE Age > 30",
    family='mysql', constructs=['CONCAT()', 'IF(cond, a, b)'])

# ---- wrapping (5) ----
add('world_1', 'wrapping', 'How many cities does the country with code NLD have?',
    "```sql\nSELECT COUNT(*) FROM city WHERE CountryCode = 'NLD';\n```",
    "SELECT COUNT(*) FROM city WHERE CountryCode = 'NLD'")
add('concert_singer', 'wrapping', 'How many concerts took place in 2014?',
    "Here is the SQL query that answers your question:\n\nSELECT COUNT(*) FROM concert WHERE Year = '2014'\n\nThis query counts the rows of the concert table whose year is 2014.",
    "SELECT COUNT(*) FROM concert WHERE Year = '2014'")
add('museum_visit', 'wrapping', 'What is the name of the museum with the most staff?',
    'SQL: SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 1',
    'SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 1')
add('poker_player', 'wrapping', 'What is the average earnings of poker players?',
    '{"sql": "SELECT AVG(Earnings) FROM poker_player"}',
    'SELECT AVG(Earnings) FROM poker_player')
add('orchestra', 'wrapping', 'Which record companies do orchestras founded after 2003 use?',
    '<sql>SELECT DISTINCT Record_Company FROM orchestra WHERE Year_of_Founded > 2003</sql>',
    'SELECT DISTINCT Record_Company FROM orchestra WHERE Year_of_Founded > 2003')

# ---- value_literal (7) ----
add('world_1', 'value_literal', 'Which languages are official in Aruba?',
    "SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba' AND T2.IsOfficial = 'Yes'",
    "SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Aruba' AND T2.IsOfficial = 'T'")
add('world_1', 'value_literal', 'List the names and populations of cities in the Netherlands.',
    "SELECT Name, Population FROM city WHERE CountryCode = 'Netherlands'",
    "SELECT Name, Population FROM city WHERE CountryCode = 'NLD'")
add('concert_singer', 'value_literal', 'What are the names and ages of singers from the United States?',
    "SELECT Name, Age FROM singer WHERE Country = 'USA'",
    "SELECT Name, Age FROM singer WHERE Country = 'United States'")
add('orchestra', 'value_literal', 'Which conductors are American?',
    "SELECT Name FROM conductor WHERE Nationality = 'United States'",
    "SELECT Name FROM conductor WHERE Nationality = 'USA'")
add('tvshow', 'value_literal', 'What are the series names of TV channels based in the UK?',
    "SELECT series_name FROM TV_Channel WHERE Country = 'UK'",
    "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'")
add('employee_hire_evaluation', 'value_literal', 'What are the names of employees hired full time?',
    "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Is_full_time = 'true'",
    "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Is_full_time = 'T'")
add('battle_death', 'value_literal', 'Which battles ended in a Bulgarian victory?',
    "SELECT name, date FROM battle WHERE result = 'Bulgarian Victory'",
    "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'")

# ======================= HALF B =======================
# ---- unknown_column (10; 2 name a column of another table) ----
add('car_1', 'unknown_column', 'What is the heaviest weight among cars from model year 1975?',
    'SELECT MAX(Weight) FROM cars_data WHERE ModelYear = 1975',
    'SELECT MAX(Weight) FROM cars_data WHERE Year = 1975')
add('car_1', 'unknown_column', 'Which car makes have an acceleration above 24?',
    'SELECT Make FROM cars_data WHERE Accelerate > 24',
    'SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Accelerate > 24')
add('dog_kennels', 'unknown_column', 'What are the names of the dogs that were abandoned?',
    "SELECT name FROM Dogs WHERE abandoned = '1'",
    "SELECT name FROM Dogs WHERE abandoned_yn = '1'")
add('dog_kennels', 'unknown_column', 'What is the total cost of all treatments?',
    'SELECT SUM(treatment_cost) FROM Treatments',
    'SELECT SUM(cost_of_treatment) FROM Treatments')
add('flight_2', 'unknown_column', 'What is the name of the airport with code APG?',
    "SELECT airport_name FROM airports WHERE AirportCode = 'APG'",
    "SELECT AirportName FROM airports WHERE AirportCode = 'APG'")
add('flight_2', 'unknown_column', 'Which country is JetBlue Airways from?',
    "SELECT CountryName FROM airlines WHERE Airline = 'JetBlue Airways'",
    "SELECT Country FROM airlines WHERE Airline = 'JetBlue Airways'")
add('network_1', 'unknown_column', 'What grade is Kyle in?',
    "SELECT grade_level FROM Highschooler WHERE name = 'Kyle'",
    "SELECT grade FROM Highschooler WHERE name = 'Kyle'")
add('pets_1', 'unknown_column', 'What is the average age of the dogs?',
    "SELECT AVG(age) FROM Pets WHERE PetType = 'dog'",
    "SELECT AVG(pet_age) FROM Pets WHERE PetType = 'dog'")
add('real_estate_properties', 'unknown_column', 'What are the names of the properties with more than 5 rooms?',
    'SELECT property_name FROM Properties WHERE num_rooms > 5',
    'SELECT property_name FROM Properties WHERE room_count > 5')
add('voter_1', 'unknown_column', 'What is the name of contestant number 5?',
    'SELECT name FROM CONTESTANTS WHERE contestant_number = 5',
    'SELECT contestant_name FROM CONTESTANTS WHERE contestant_number = 5')

# ---- unknown_table (6) ----
add('course_teach', 'unknown_table', 'Show the names of teachers and the courses they are arranged to teach.',
    'SELECT T3.Name, T2.Course FROM course_arrangement AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID',
    'SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID')
add('dog_kennels', 'unknown_table', 'List the descriptions of all treatment types.',
    'SELECT treatment_type_description FROM Treatment_Type',
    'SELECT treatment_type_description FROM Treatment_Types')
add('flight_2', 'unknown_table', 'How many airlines are there?',
    'SELECT COUNT(*) FROM airline',
    'SELECT COUNT(*) FROM airlines')
add('network_1', 'unknown_table', 'What are the names of all high schoolers in grade 10?',
    'SELECT name FROM Highschoolers WHERE grade = 10',
    'SELECT name FROM Highschooler WHERE grade = 10')
add('student_transcripts_tracking', 'unknown_table', 'How many student enrolments does each degree program have?',
    'SELECT degree_program_id, COUNT(*) FROM Student_Enrollment GROUP BY degree_program_id',
    'SELECT degree_program_id, COUNT(*) FROM Student_Enrolment GROUP BY degree_program_id')
add('voter_1', 'unknown_table', 'Which state has area code 212?',
    'SELECT state FROM AREA_CODES WHERE area_code = 212',
    'SELECT state FROM AREA_CODE_STATE WHERE area_code = 212')

# ---- ambiguous_column (6) ----
add('car_1', 'ambiguous_column', 'How many models does each car maker have?',
    'SELECT car_makers.FullName, COUNT(*) FROM car_makers JOIN model_list ON car_makers.Id = model_list.Maker GROUP BY Maker',
    'SELECT car_makers.FullName, COUNT(*) FROM car_makers JOIN model_list ON car_makers.Id = model_list.Maker GROUP BY car_makers.Maker')
add('dog_kennels', 'ambiguous_column', 'For each owner, show the owner id, first name and number of dogs owned.',
    'SELECT owner_id, first_name, COUNT(*) FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id GROUP BY Owners.owner_id',
    'SELECT Owners.owner_id, first_name, COUNT(*) FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id GROUP BY Owners.owner_id')
add('pets_1', 'ambiguous_column', 'What are the ids and types of the pets owned by the student with id 1002?',
    'SELECT Pets.PetID, Pets.PetType FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE StuID = 1002',
    'SELECT Pets.PetID, Pets.PetType FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID JOIN Pets ON Has_Pet.PetID = Pets.PetID WHERE Student.StuID = 1002')
add('student_transcripts_tracking', 'ambiguous_column', 'How many degree programs does each department offer? Show the department name.',
    'SELECT department_name, COUNT(*) FROM Departments JOIN Degree_Programs ON Departments.department_id = Degree_Programs.department_id GROUP BY department_id',
    'SELECT department_name, COUNT(*) FROM Departments JOIN Degree_Programs ON Departments.department_id = Degree_Programs.department_id GROUP BY Departments.department_id')
add('flight_2', 'ambiguous_column', 'For each airline name, how many flights does it operate?',
    'SELECT Airline, COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline',
    'SELECT T1.Airline, COUNT(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline')
add('voter_1', 'ambiguous_column', 'List the contestant name and creation time of every vote, ordered by contestant number.',
    'SELECT T1.contestant_name, T2.created FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number ORDER BY contestant_number',
    'SELECT T1.contestant_name, T2.created FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number ORDER BY T1.contestant_number')

# ---- wrong_qualifier (6) ----
add('car_1', 'wrong_qualifier', 'What are the full names of car makers from japan?',
    "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T1.CountryName = 'japan'",
    "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'")
add('course_teach', 'wrong_qualifier', 'Which teachers teach which courses in grade 1?',
    'SELECT T2.Name, T3.Course FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Grade = 1',
    'SELECT T2.Name, T3.Course FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T1.Grade = 1')
add('dog_kennels', 'wrong_qualifier', 'Show each dog name with the description of the treatments it received.',
    'SELECT T1.name, T2.treatment_type_description FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id JOIN Treatment_Types AS T3 ON T2.treatment_type_code = T3.treatment_type_code',
    'SELECT T1.name, T3.treatment_type_description FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id JOIN Treatment_Types AS T3 ON T2.treatment_type_code = T3.treatment_type_code')
add('network_1', 'wrong_qualifier', 'What are the names of 10th graders who have at least one friend?',
    'SELECT DISTINCT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T1.grade = 10',
    'SELECT DISTINCT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T2.grade = 10')
add('real_estate_properties', 'wrong_qualifier', 'Show each property name with the description of its property type.',
    'SELECT T1.property_name, T1.property_type_description FROM Properties AS T1 JOIN Ref_Property_Types AS T2 ON T1.property_type_code = T2.property_type_code',
    'SELECT T1.property_name, T2.property_type_description FROM Properties AS T1 JOIN Ref_Property_Types AS T2 ON T1.property_type_code = T2.property_type_code')
add('voter_1', 'wrong_qualifier', 'How many votes did each contestant receive from the state NY?',
    "SELECT T1.contestant_name, COUNT(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.state = 'NY' GROUP BY T1.contestant_name",
    "SELECT T1.contestant_name, COUNT(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'NY' GROUP BY T1.contestant_name")

# ---- dialect (10: 4 PostgreSQL, 3 T-SQL, 3 MySQL) ----
add('dog_kennels', 'dialect', 'Which dogs were adopted more than 180 days after they arrived?',
    "SELECT name, date_arrived, date_adopted FROM Dogs WHERE date_adopted > date_arrived + INTERVAL '180 days'",
    "SELECT name, date_arrived, date_adopted FROM Dogs WHERE date_adopted > datetime(date_arrived, '+180 days')",
    family='postgresql', constructs=["timestamp + INTERVAL '180 days' arithmetic"])
add('student_transcripts_tracking', 'dialect', 'Which students first registered before 1980? Show full name and registration year.',
    "SELECT first_name || ' ' || last_name AS full_name, DATE_PART('year', date_first_registered) AS reg_year FROM Students WHERE DATE_PART('year', date_first_registered) < 1980",
    "SELECT first_name || ' ' || last_name AS full_name, CAST(strftime('%Y', date_first_registered) AS INTEGER) AS reg_year FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) < 1980",
    family='postgresql', constructs=["DATE_PART('year', ts)"])
add('pets_1', 'dialect', 'For each pet type, list the first names of the students who own such a pet as one comma-separated string.',
    "SELECT T3.PetType, STRING_AGG(T1.Fname, ', ') AS owners FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID GROUP BY T3.PetType",
    "SELECT T3.PetType, GROUP_CONCAT(T1.Fname, ', ') AS owners FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID GROUP BY T3.PetType",
    family='postgresql', constructs=['STRING_AGG(x, sep) aggregate'])
add('car_1', 'dialect', 'What are the five most powerful cars by horsepower (ignoring unknown values), with their horsepower as a number?',
    "SELECT T1.Make, T2.Horsepower::integer AS hp FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Horsepower <> 'null' ORDER BY hp DESC FETCH FIRST 5 ROWS ONLY",
    "SELECT T1.Make, CAST(T2.Horsepower AS INTEGER) AS hp FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Horsepower <> 'null' ORDER BY hp DESC LIMIT 5",
    family='postgresql', constructs=['::integer cast', 'FETCH FIRST n ROWS ONLY'])
add('dog_kennels', 'dialect', 'For owners living in Virginia, show their names and the domain part of their email address.',
    "SELECT first_name, last_name, SUBSTRING(email_address, CHARINDEX('@', email_address) + 1, LEN(email_address)) AS email_domain FROM Owners WHERE state = 'Virginia'",
    "SELECT first_name, last_name, SUBSTR(email_address, INSTR(email_address, '@') + 1) AS email_domain FROM Owners WHERE state = 'Virginia'",
    family='tsql', constructs=['CHARINDEX()', 'LEN()', 'SUBSTRING(s, start, len)'])
add('flight_2', 'dialect', 'Which airline or airlines operate the most flights, and how many?',
    'SELECT TOP 1 WITH TIES T1.Airline, COUNT(*) AS num_flights FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline ORDER BY COUNT(*) DESC',
    'SELECT Airline, num_flights FROM (SELECT T1.Airline, COUNT(*) AS num_flights, RANK() OVER (ORDER BY COUNT(*) DESC) AS rnk FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline) WHERE rnk = 1',
    family='tsql', constructs=['TOP 1 WITH TIES'])
add('voter_1', 'dialect', 'Which votes were created more than a year ago? Show the vote id and state.',
    'SELECT vote_id, state FROM VOTES WHERE created < DATEADD(year, -1, GETDATE())',
    "SELECT vote_id, state FROM VOTES WHERE created < datetime('now', '-1 year')",
    family='tsql', constructs=['DATEADD(year, n, d)', 'GETDATE()'])
add('car_1', 'dialect', 'List the car makes that are Ford or Chevrolet models.',
    "SELECT Make FROM car_names WHERE Make REGEXP '^(ford|chevrolet) '",
    "SELECT Make FROM car_names WHERE Make LIKE 'ford %' OR Make LIKE 'chevrolet %'",
    family='mysql', constructs=['REGEXP operator'])
add('student_transcripts_tracking', 'dialect', 'How many transcripts were issued in each year-month?',
    "SELECT DATE_FORMAT(transcript_date, '%Y-%m') AS ym, COUNT(*) FROM Transcripts GROUP BY ym ORDER BY ym",
    "SELECT strftime('%Y-%m', transcript_date) AS ym, COUNT(*) FROM Transcripts GROUP BY ym ORDER BY ym",
    family='mysql', constructs=['DATE_FORMAT(d, fmt)'])
add('course_teach', 'dialect', 'Show every teacher name in upper case together with the decade of their age.',
    'SELECT UCASE(Name) AS name_upper, Age DIV 10 AS decade FROM teacher',
    'SELECT UPPER(Name) AS name_upper, CAST(Age AS INTEGER) / 10 AS decade FROM teacher',
    family='mysql', constructs=['UCASE()', 'DIV integer division'])

# ---- wrapping (5) ----
add('car_1', 'wrapping', 'How many car models does the maker amc produce?',
    "```\nSELECT COUNT(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.Maker = 'amc'\n```\nThe query joins model_list with car_makers and counts the models of amc.",
    "SELECT COUNT(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.Maker = 'amc'")
add('network_1', 'wrapping', 'How many high schoolers are in each grade?',
    'Answer:\n```sqlite\nSELECT grade, COUNT(*) FROM Highschooler GROUP BY grade\n```',
    'SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade')
add('student_transcripts_tracking', 'wrapping', 'What are the names of all courses?',
    'SELECT course_name FROM Courses;\n\nExplanation: this selects the course_name column from the Courses table, giving every course name.',
    'SELECT course_name FROM Courses')
add('voter_1', 'wrapping', 'How many votes were cast in each state?',
    '<answer>\nSELECT state, COUNT(*) FROM VOTES GROUP BY state\n</answer>',
    'SELECT state, COUNT(*) FROM VOTES GROUP BY state')
add('pets_1', 'wrapping', 'What is the average weight of each pet type?',
    'To get this we group the pets by their type:\n```SQL\nSELECT PetType, AVG(weight) FROM Pets GROUP BY PetType\n```\nThis returns one row per pet type with its mean weight.',
    'SELECT PetType, AVG(weight) FROM Pets GROUP BY PetType')

# ---- value_literal (7) ----
add('car_1', 'value_literal', 'Which car makers are from Japan?',
    "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'Japan'",
    "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'")
add('dog_kennels', 'value_literal', 'What are the names of the bulldogs?',
    "SELECT name FROM Dogs WHERE breed_code = 'Bulldog'",
    "SELECT name FROM Dogs WHERE breed_code = 'BUL'")
add('dog_kennels', 'value_literal', 'List the first and last names of the veterinarians.',
    "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterinarian'",
    "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'")
add('flight_2', 'value_literal', 'What is the abbreviation and country of the airline JetBlue?',
    "SELECT Abbreviation, Country FROM airlines WHERE Airline = 'JetBlue'",
    "SELECT Abbreviation, Country FROM airlines WHERE Airline = 'JetBlue Airways'")
add('pets_1', 'value_literal', 'What are the first and last names of female students?',
    "SELECT Fname, LName FROM Student WHERE Sex = 'Female'",
    "SELECT Fname, LName FROM Student WHERE Sex = 'F'")
add('voter_1', 'value_literal', 'List the ids and creation times of votes from New York.',
    "SELECT vote_id, created FROM VOTES WHERE state = 'New York'",
    "SELECT vote_id, created FROM VOTES WHERE state = 'NY'")
add('student_transcripts_tracking', 'value_literal', 'Which students were enrolled in the spring 2010 semester?',
    "SELECT DISTINCT T1.student_id FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id WHERE T2.semester_name = 'Spring 2010'",
    "SELECT DISTINCT T1.student_id FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id WHERE T2.semester_name = 'spring 2010'")


# ======================= CHECKS =======================
def connect(db):
    return sqlite3.connect(f'file:{os.path.join(DB_DIR, db, db + ".sqlite")}?mode=ro', uri=True)

def run(db, sql):
    con = connect(db)
    try:
        return con.execute(sql).fetchall(), None
    except Exception as e:
        return None, str(e)
    finally:
        con.close()

def db_columns(db):
    con = connect(db)
    cols = {}
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        cols[t.lower()] = {r[1].lower() for r in con.execute(f'PRAGMA table_info("{t}")')}
    con.close()
    return cols

def main():
    errs = []
    if sqlite3.sqlite_version != '3.40.1' and not sqlite3.sqlite_version.startswith('3.40'):
        errs.append(f'expected SQLite 3.40, got {sqlite3.sqlite_version}')
    tables_json = json.load(open(os.path.join(SPIDER, 'tables.json')))
    spider_dbs = {d['db_id'] for d in tables_json}
    cls_count, fam_count, half_count = {}, {}, {'A': 0, 'B': 0}
    cross = 0
    seen_q = set()
    for i, c in enumerate(C):
        tag = f'#{i} {c["db_id"]}/{c["cls"]}'
        db, cls, b, g = c['db_id'], c['cls'], c['broken'], c['correct']
        if db not in spider_dbs:
            errs.append(f'{tag}: db not in tables.json')
        half = 'A' if db in HALF_A else 'B' if db in HALF_B else None
        if half is None:
            errs.append(f'{tag}: db not in either half'); continue
        half_count[half] += 1
        cls_count[cls] = cls_count.get(cls, 0) + 1
        if not c['question'].strip() or (db, c['question']) in seen_q:
            errs.append(f'{tag}: empty/duplicate question')
        seen_q.add((db, c['question']))
        if b.strip() == g.strip():
            errs.append(f'{tag}: broken == correct')
        rows, e = run(db, g)
        if e:
            errs.append(f'{tag}: correct fails: {e}')
        elif not rows or all(v is None for r in rows for v in r):
            errs.append(f'{tag}: correct empty or all NULL')
        brows, be = run(db, b)
        cols = db_columns(db)
        allcols = set().union(*cols.values())
        if cls == 'unknown_column':
            m = re.match(r'no such column: (\S+)$', be or '')
            if not m or '.' in m.group(1):
                errs.append(f'{tag}: expected unqualified no such column, got {be!r}')
            elif m.group(1).lower() in allcols:
                cross += 1
        elif cls == 'unknown_table':
            if not (be or '').startswith('no such table:'):
                errs.append(f'{tag}: expected no such table, got {be!r}')
        elif cls == 'ambiguous_column':
            m = re.match(r'ambiguous column name: (\S+)$', be or '')
            if not m:
                errs.append(f'{tag}: expected ambiguous column, got {be!r}')
            else:
                owners = [t for t, cs in cols.items() if m.group(1).lower() in cs]
                if len(owners) < 2:
                    errs.append(f'{tag}: ambiguous name not in 2 tables')
        elif cls == 'wrong_qualifier':
            m = re.match(r'no such column: (\w+)\.(\w+)$', be or '')
            if not m:
                errs.append(f'{tag}: expected qualified no such column, got {be!r}')
            elif m.group(2).lower() not in allcols:
                errs.append(f'{tag}: wrongly qualified column {m.group(2)} exists nowhere')
        elif cls == 'dialect':
            fam = c['extra'].get('family')
            if fam not in WANT_DIALECT or not c['extra'].get('constructs'):
                errs.append(f'{tag}: bad dialect family/constructs')
            fam_count[fam] = fam_count.get(fam, 0) + 1
            if be is None:
                errs.append(f'{tag}: dialect query silently succeeds in SQLite')
            elif be.startswith('no such table'):
                errs.append(f'{tag}: dialect error is a table error: {be}')
        elif cls == 'wrapping':
            if be is None:
                errs.append(f'{tag}: wrapped query runs as-is')
            if g not in b:
                errs.append(f'{tag}: correct SQL not contained verbatim in wrapper')
            if b.strip() == g.strip() or b.strip().rstrip(';') == g:
                errs.append(f'{tag}: nothing wrapped')
        elif cls == 'value_literal':
            if be is not None:
                errs.append(f'{tag}: value_literal broken errors: {be}')
            elif brows:
                errs.append(f'{tag}: value_literal broken returns rows {brows[:3]}')
        else:
            errs.append(f'{tag}: unknown class')
    if cls_count != WANT_CLASS:
        errs.append(f'class counts {cls_count} != {WANT_CLASS}')
    if fam_count != WANT_DIALECT:
        errs.append(f'dialect counts {fam_count} != {WANT_DIALECT}')
    if half_count != {'A': 50, 'B': 50}:
        errs.append(f'half counts {half_count}')
    if cross != WANT_CROSS_TABLE:
        errs.append(f'cross-table unknown_column count {cross} != {WANT_CROSS_TABLE}')
    if errs:
        print('CHECKS FAILED:'); [print(' ', e) for e in errs]
        if os.path.exists(OUT):
            os.remove(OUT)
        sys.exit(1)
    with open(OUT, 'w') as f:
        for c in C:
            f.write(json.dumps({'db_id': c['db_id'], 'class': c['cls'], 'question': c['question'],
                                'broken': c['broken'], 'correct': c['correct']}, ensure_ascii=False) + '\n')
    print(f'OK: wrote {len(C)} cases to {OUT}')
    print('classes:', cls_count); print('halves:', half_count); print('dialects:', fam_count)
    print('cross-table unknown_column:', cross)
    for c in C:
        if c['cls'] == 'dialect':
            print(f"  {c['extra']['family']:10s} {c['db_id']:30s} {', '.join(c['extra']['constructs'])}")

if __name__ == '__main__':
    main()
