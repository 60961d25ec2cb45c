#!/usr/bin/env python3
"""Held-out SQL repair cases, v4.

Each case pairs a question with the correct SQLite query and a broken query a
language model might plausibly have written. The script checks every case
against the Spider SQLite databases and writes repair_v4.jsonl beside itself
only when all checks pass; otherwise it prints the failures and exits 1.

Checks:
  * every db_id is one of the 19 allowed databases and appears in tables.json;
  * `correct` runs and returns at least one row that is not all NULL;
  * `broken` fails on SQLite for every class except value_literal, with the
    error typical of its class (no such column / no such table / ambiguous
    column name / qualified no such column);
  * for value_literal, `broken` runs and returns no rows or only zeros/NULLs,
    while `correct` returns something different and non-zero;
  * class counts, dialect-family counts, cross-table unknown_column count
    (the wrong name really is a column of another table), and half balance.

Stdlib only.
"""
import json
import os
import sqlite3
import sys

SPIDER = os.environ.get("SPIDER_DIR", "/work/shared/eval/spider")
DB_DIR = os.path.join(SPIDER, "database")
TABLES_JSON = os.path.join(SPIDER, "tables.json")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "repair_v4.jsonl")

HALF_A = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt",
          "employee_hire_evaluation", "museum_visit", "orchestra",
          "poker_player", "singer", "tvshow", "world_1"}
HALF_B = {"car_1", "course_teach", "dog_kennels", "flight_2", "network_1",
          "pets_1", "real_estate_properties", "student_transcripts_tracking",
          "voter_1"}

EXPECTED = {"unknown_column": 20, "unknown_table": 12, "ambiguous_column": 12,
            "wrong_qualifier": 12, "dialect": 20, "wrapping": 10,
            "value_literal": 14}
EXPECTED_DIALECT = {"postgres": 8, "tsql": 7, "mysql": 5}
EXPECTED_CROSS_TABLE = 4


def C(db_id, cls, question, broken, correct, **meta):
    d = {"db_id": db_id, "class": cls, "question": question,
         "broken": broken, "correct": correct}
    d["_meta"] = meta
    return d


CASES = [
    # ------------------------------------------------------------------
    # unknown_column (20): 10 half A, 10 half B; 4 where the wrong name is a
    # real column of another table in the same database.
    # ------------------------------------------------------------------
    C("battle_death", "unknown_column",
      "What are the names and types of the ships that were captured?",
      "SELECT name, type FROM ship WHERE disposition_of_ship = 'Captured'",
      "SELECT name, ship_type FROM ship WHERE disposition_of_ship = 'Captured'"),
    C("concert_singer", "unknown_column",
      "List the names of all concerts held in 2014.",
      "SELECT Name FROM concert WHERE Year = '2014'",
      "SELECT concert_Name FROM concert WHERE Year = '2014'",
      cross_table="Name"),
    C("cre_Doc_Template_Mgt", "unknown_column",
      "Show the template type code and version number of templates whose version number is greater than 5.",
      "SELECT Template_Type_Code, Version FROM Templates WHERE Version > 5",
      "SELECT Template_Type_Code, Version_Number FROM Templates WHERE Version_Number > 5"),
    C("employee_hire_evaluation", "unknown_column",
      "What are the names of the shops located in Helsinki?",
      "SELECT Name FROM shop WHERE City = 'Helsinki'",
      "SELECT Name FROM shop WHERE Location = 'Helsinki'",
      cross_table="City"),
    C("museum_visit", "unknown_column",
      "Which museums have more than 20 staff members?",
      "SELECT Name FROM museum WHERE Num_Staff > 20",
      "SELECT Name FROM museum WHERE Num_of_Staff > 20"),
    C("orchestra", "unknown_column",
      "List the orchestras founded after 2005 together with their record companies.",
      "SELECT Orchestra, Record_Company FROM orchestra WHERE Year_Founded > 2005",
      "SELECT Orchestra, Record_Company FROM orchestra WHERE Year_of_Founded > 2005"),
    C("poker_player", "unknown_column",
      "What are the names and birth dates of people taller than 190?",
      "SELECT Name, Birthday FROM people WHERE Height > 190",
      "SELECT Name, Birth_Date FROM people WHERE Height > 190"),
    C("singer", "unknown_column",
      "Show the name and net worth of each singer born after 1945.",
      "SELECT Name, Net_Worth FROM singer WHERE Birth_Year > 1945",
      "SELECT Name, Net_Worth_Millions FROM singer WHERE Birth_Year > 1945"),
    C("tvshow", "unknown_column",
      "When did the episode 'A Love of a Lifetime' air?",
      "SELECT AirDate FROM TV_series WHERE Episode = 'A Love of a Lifetime'",
      "SELECT Air_Date FROM TV_series WHERE Episode = 'A Love of a Lifetime'"),
    C("world_1", "unknown_column",
      "Which countries have a life expectancy above 80?",
      "SELECT Name FROM country WHERE Life_Expectancy > 80",
      "SELECT Name FROM country WHERE LifeExpectancy > 80"),

    C("car_1", "unknown_column",
      "What are the model names of cars that weigh more than 4500?",
      "SELECT Model FROM cars_data WHERE Weight > 4500",
      "SELECT T1.Model FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Weight > 4500",
      cross_table="Model"),
    C("dog_kennels", "unknown_column",
      "What are the names of the owners who live in Vermont?",
      "SELECT name FROM Owners WHERE state = 'Vermont'",
      "SELECT first_name, last_name FROM Owners WHERE state = 'Vermont'",
      cross_table="name"),
    C("course_teach", "unknown_column",
      "Show the names and hometowns of teachers older than 35.",
      "SELECT Name, Home_Town FROM teacher WHERE CAST(Age AS INTEGER) > 35",
      "SELECT Name, Hometown FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
    C("course_teach", "unknown_column",
      "List every course with its starting date.",
      "SELECT Course, Starting_Date FROM course",
      "SELECT Course, Staring_Date FROM course"),
    C("flight_2", "unknown_column",
      "What are the names and abbreviations of airlines based in the USA?",
      "SELECT Airline, Abbr FROM airlines WHERE Country = 'USA'",
      "SELECT Airline, Abbreviation FROM airlines WHERE Country = 'USA'"),
    C("network_1", "unknown_column",
      "List the names of high schoolers in grade 10.",
      "SELECT name FROM Highschooler WHERE grade_level = 10",
      "SELECT name FROM Highschooler WHERE grade = 10"),
    C("pets_1", "unknown_column",
      "What is the average weight of dogs?",
      "SELECT avg(pet_weight) FROM Pets WHERE PetType = 'dog'",
      "SELECT avg(weight) FROM Pets WHERE PetType = 'dog'"),
    C("real_estate_properties", "unknown_column",
      "Which properties have more than 8 rooms? Give their names.",
      "SELECT property_name FROM Properties WHERE num_rooms > 8",
      "SELECT property_name FROM Properties WHERE room_count > 8"),
    C("student_transcripts_tracking", "unknown_column",
      "List the first name, last name and cell phone number of every student.",
      "SELECT first_name, last_name, cell_phone_number FROM Students",
      "SELECT first_name, last_name, cell_mobile_number FROM Students"),
    C("voter_1", "unknown_column",
      "Which phone numbers cast votes from the state NY?",
      "SELECT phone FROM VOTES WHERE state = 'NY'",
      "SELECT phone_number FROM VOTES WHERE state = 'NY'"),

    # ------------------------------------------------------------------
    # unknown_table (12): 6 + 6
    # ------------------------------------------------------------------
    C("battle_death", "unknown_table",
      "What are the names and tonnages of ships lost in the English Channel?",
      "SELECT name, tonnage FROM ships WHERE location = 'English Channel'",
      "SELECT name, tonnage FROM ship WHERE location = 'English Channel'"),
    C("concert_singer", "unknown_table",
      "How many concerts took place in 2015?",
      "SELECT count(*) FROM concerts WHERE Year = '2015'",
      "SELECT count(*) FROM concert WHERE Year = '2015'"),
    C("cre_Doc_Template_Mgt", "unknown_table",
      "List the names of documents that use a template of type PPT.",
      "SELECT T1.Document_Name FROM Documents AS T1 JOIN Template AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'PPT'",
      "SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'PPT'"),
    C("museum_visit", "unknown_table",
      "What are the names of visitors older than 30?",
      "SELECT Name FROM visitors WHERE Age > 30",
      "SELECT Name FROM visitor WHERE Age > 30"),
    C("poker_player", "unknown_table",
      "What are the earnings of poker players, from highest to lowest?",
      "SELECT Earnings FROM poker_players ORDER BY Earnings DESC",
      "SELECT Earnings FROM poker_player ORDER BY Earnings DESC"),
    C("world_1", "unknown_table",
      "Which languages are spoken in Aruba (country code ABW)?",
      "SELECT Language FROM country_language WHERE CountryCode = 'ABW'",
      "SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW'"),

    C("car_1", "unknown_table",
      "How many car makers are there in germany?",
      "SELECT count(*) FROM car_maker AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'germany'",
      "SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'germany'"),
    C("dog_kennels", "unknown_table",
      "What are the names of the large dogs?",
      "SELECT name FROM Dog WHERE size_code = 'LGE'",
      "SELECT name FROM Dogs WHERE size_code = 'LGE'"),
    C("network_1", "unknown_table",
      "How many friends does the high schooler named Kyle have?",
      "SELECT count(*) FROM Friends AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T2.name = 'Kyle'",
      "SELECT count(*) FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T2.name = 'Kyle'"),
    C("pets_1", "unknown_table",
      "How many students are older than 20?",
      "SELECT count(*) FROM Students WHERE Age > 20",
      "SELECT count(*) FROM Student WHERE Age > 20"),
    C("student_transcripts_tracking", "unknown_table",
      "How many enrolments does each degree program have? Show the program id and the count.",
      "SELECT degree_program_id, count(*) FROM Student_Enrollment GROUP BY degree_program_id",
      "SELECT degree_program_id, count(*) FROM Student_Enrolment GROUP BY degree_program_id"),
    C("voter_1", "unknown_table",
      "How many votes did each contestant receive? Show contestant names with their vote counts.",
      "SELECT T1.contestant_name, count(*) FROM CONTESTANT AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number",
      "SELECT T1.contestant_name, count(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number"),

    # ------------------------------------------------------------------
    # ambiguous_column (12): 6 + 6
    # ------------------------------------------------------------------
    C("battle_death", "ambiguous_column",
      "What are the names of the battles in which a ship of type Brig was lost?",
      "SELECT DISTINCT name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.ship_type = 'Brig'",
      "SELECT DISTINCT T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.ship_type = 'Brig'"),
    C("concert_singer", "ambiguous_column",
      "For each stadium that hosted concerts, show its name and the number of concerts.",
      "SELECT Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY Stadium_ID",
      "SELECT T2.Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID"),
    C("employee_hire_evaluation", "ambiguous_column",
      "What are the names of the employees hired by the shop FC Haka?",
      "SELECT Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Name = 'FC Haka'",
      "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Name = 'FC Haka'"),
    C("museum_visit", "ambiguous_column",
      "Which museum sold the most tickets in total? Give its name.",
      "SELECT Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY Museum_ID ORDER BY sum(Num_of_Ticket) DESC LIMIT 1",
      "SELECT T1.Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID ORDER BY sum(T2.Num_of_Ticket) DESC LIMIT 1"),
    C("singer", "ambiguous_column",
      "Show each singer's name and how many songs they have.",
      "SELECT Name, count(*) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY Singer_ID",
      "SELECT T1.Name, count(*) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID"),
    C("world_1", "ambiguous_column",
      "What are the three most populous cities in Japan and their populations?",
      "SELECT Name, Population FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Name = 'Japan' ORDER BY Population DESC LIMIT 3",
      "SELECT city.Name, city.Population FROM city JOIN country ON city.CountryCode = country.Code WHERE country.Name = 'Japan' ORDER BY city.Population DESC LIMIT 3"),

    C("car_1", "ambiguous_column",
      "List the models made by the maker ford, with the maker's full name.",
      "SELECT FullName, Model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE Maker = 'ford'",
      "SELECT T1.FullName, T2.Model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE T1.Maker = 'ford'"),
    C("dog_kennels", "ambiguous_column",
      "For each owner who has dogs, show the owner id, first name and number of dogs.",
      "SELECT owner_id, first_name, count(*) FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id",
      "SELECT T1.owner_id, T1.first_name, count(*) FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id"),
    C("flight_2", "ambiguous_column",
      "How many flights does each airline operate? Show the airline name and the count.",
      "SELECT Airline, count(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY Airline",
      "SELECT T1.Airline, count(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline GROUP BY T1.Airline"),
    C("network_1", "ambiguous_column",
      "Which student ids appear both as someone with a friend and as someone who likes another student?",
      "SELECT DISTINCT student_id FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id",
      "SELECT DISTINCT T1.student_id FROM Friend AS T1 JOIN Likes AS T2 ON T1.student_id = T2.student_id"),
    C("pets_1", "ambiguous_column",
      "Show the student id and first name of students who own a dog.",
      "SELECT StuID, Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'",
      "SELECT DISTINCT T1.StuID, T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'"),
    C("student_transcripts_tracking", "ambiguous_column",
      "For each department that offers degree programs, show its name and the number of programs.",
      "SELECT department_name, count(*) FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY department_id",
      "SELECT T1.department_name, count(*) FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id"),

    # ------------------------------------------------------------------
    # wrong_qualifier (12): 6 + 6
    # ------------------------------------------------------------------
    C("concert_singer", "wrong_qualifier",
      "What are the names of the singers who performed in concert 1?",
      "SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.concert_ID = 1",
      "SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.concert_ID = 1"),
    C("cre_Doc_Template_Mgt", "wrong_qualifier",
      "Which document contains the paragraph with text 'Korea'? Give the document name.",
      "SELECT Documents.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Paragraph_Text = 'Korea'",
      "SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Paragraph_Text = 'Korea'"),
    C("orchestra", "wrong_qualifier",
      "Show the name of each conductor and the orchestra they conduct.",
      "SELECT T1.Name, T1.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID",
      "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID"),
    C("poker_player", "wrong_qualifier",
      "List the names and earnings of poker players, ordered by earnings descending.",
      "SELECT T1.Name, T1.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings DESC",
      "SELECT T1.Name, T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID ORDER BY T2.Earnings DESC"),
    C("tvshow", "wrong_qualifier",
      "What are the titles of the cartoons shown on the channel Sky Radio?",
      "SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.series_name = 'Sky Radio'",
      "SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'"),
    C("world_1", "wrong_qualifier",
      "Which countries have Dutch as an official language?",
      "SELECT country.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'Dutch' AND T2.IsOfficial = 'T'",
      "SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = 'Dutch' AND T2.IsOfficial = 'T'"),

    C("car_1", "wrong_qualifier",
      "What are the names of 4-cylinder cars from 1970?",
      "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T1.Year = 1970 AND T2.Cylinders = 4",
      "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1970 AND T2.Cylinders = 4"),
    C("course_teach", "wrong_qualifier",
      "Which teachers teach grade 1, and which courses do they teach there?",
      "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T3.Grade = 1",
      "SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T1.Grade = 1"),
    C("dog_kennels", "wrong_qualifier",
      "List each treated dog's name together with the cost of the treatment.",
      "SELECT Dogs.name, T2.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id",
      "SELECT T1.name, T2.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id"),
    C("flight_2", "wrong_qualifier",
      "What are the flight numbers of flights operated by JetBlue?",
      "SELECT T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T1.Abbreviation = 'JetBlue'",
      "SELECT T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Abbreviation = 'JetBlue'"),
    C("real_estate_properties", "wrong_qualifier",
      "List each property name with the names of its available features.",
      "SELECT T1.property_name, T1.feature_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id",
      "SELECT T1.property_name, T3.feature_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id"),
    C("voter_1", "wrong_qualifier",
      "Show each contestant who received votes and the number of votes they got.",
      "SELECT CONTESTANTS.contestant_name, count(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number",
      "SELECT T1.contestant_name, count(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number"),

    # ------------------------------------------------------------------
    # dialect (20): 8 PostgreSQL, 7 T-SQL, 5 MySQL; 10 + 10
    # ------------------------------------------------------------------
    # half A
    C("world_1", "dialect",
      "Which countries have names starting with 'united', ignoring case?",
      "SELECT Name FROM country WHERE Name ILIKE 'united%'",
      "SELECT Name FROM country WHERE Name LIKE 'united%'",
      family="postgres"),
    C("singer", "dialect",
      "Show each singer's name and birth year as an integer.",
      "SELECT Name, Birth_Year::int FROM singer",
      "SELECT Name, CAST(Birth_Year AS INTEGER) FROM singer",
      family="postgres"),
    C("orchestra", "dialect",
      "For each record company, which orchestra was founded most recently?",
      "SELECT DISTINCT ON (Record_Company) Record_Company, Orchestra FROM orchestra ORDER BY Record_Company, Year_of_Founded DESC",
      "SELECT Record_Company, Orchestra FROM (SELECT Record_Company, Orchestra, ROW_NUMBER() OVER (PARTITION BY Record_Company ORDER BY Year_of_Founded DESC) AS rn FROM orchestra) WHERE rn = 1 ORDER BY Record_Company",
      family="postgres"),
    C("concert_singer", "dialect",
      "Which singers have a name containing 'Sharp' or 'White'?",
      "SELECT Name FROM singer WHERE Name SIMILAR TO '%(Sharp|White)%'",
      "SELECT Name FROM singer WHERE Name LIKE '%Sharp%' OR Name LIKE '%White%'",
      family="postgres"),
    C("museum_visit", "dialect",
      "What are the names of the three museums with the most staff?",
      "SELECT TOP 3 Name FROM museum ORDER BY Num_of_Staff DESC",
      "SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 3",
      family="tsql"),
    C("world_1", "dialect",
      "List the names and populations of the top 10 percent of countries by population.",
      "SELECT TOP 10 PERCENT Name, Population FROM country ORDER BY Population DESC",
      "SELECT Name, Population FROM country ORDER BY Population DESC LIMIT (SELECT (count(*) + 9) / 10 FROM country)",
      family="tsql"),
    C("tvshow", "dialect",
      "Which cartoon titles are longer than 25 characters?",
      "SELECT Title FROM Cartoon WHERE LEN(Title) > 25",
      "SELECT Title FROM Cartoon WHERE length(Title) > 25",
      family="tsql"),
    C("battle_death", "dialect",
      "For each ship, show its name and the total number of people killed by it, using 0 when there are no death records.",
      "SELECT T1.name, ISNULL(SUM(T2.killed), 0) FROM ship AS T1 LEFT JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id",
      "SELECT T1.name, IFNULL(SUM(T2.killed), 0) FROM ship AS T1 LEFT JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id",
      family="tsql"),
    C("cre_Doc_Template_Mgt", "dialect",
      "Which templates became effective after the year 2000? Give their ids.",
      "SELECT Template_ID FROM Templates WHERE YEAR(Date_Effective_From) > 2000",
      "SELECT Template_ID FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) > 2000",
      family="mysql"),
    C("employee_hire_evaluation", "dialect",
      "For each city, list the names of the employees from that city separated by '; '.",
      "SELECT City, GROUP_CONCAT(Name SEPARATOR '; ') FROM employee GROUP BY City",
      "SELECT City, GROUP_CONCAT(Name, '; ') FROM employee GROUP BY City",
      family="mysql"),
    # half B
    C("voter_1", "dialect",
      "Which votes were created more than 3 minutes after 2018-03-09 19:00:00?",
      "SELECT vote_id FROM VOTES WHERE created > TIMESTAMP '2018-03-09 19:00:00' + INTERVAL '3 minutes'",
      "SELECT vote_id FROM VOTES WHERE created > datetime('2018-03-09 19:00:00', '+3 minutes')",
      family="postgres"),
    C("student_transcripts_tracking", "dialect",
      "Which students have an email address ending in .org? Give first and last names.",
      "SELECT first_name, last_name FROM Students WHERE email_address ~ '\\.org$'",
      "SELECT first_name, last_name FROM Students WHERE email_address LIKE '%.org'",
      family="postgres"),
    C("car_1", "dialect",
      "Which car makers are from usa, japan or germany?",
      "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = ANY(ARRAY['usa', 'japan', 'germany'])",
      "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName IN ('usa', 'japan', 'germany')",
      family="postgres"),
    C("course_teach", "dialect",
      "What are the surnames (second word of the name) of all teachers?",
      "SELECT SPLIT_PART(Name, ' ', 2) FROM teacher",
      "SELECT substr(Name, instr(Name, ' ') + 1) FROM teacher",
      family="postgres"),
    C("flight_2", "dialect",
      "Which airlines have 'Airways' in their name?",
      "SELECT Airline FROM airlines WHERE CHARINDEX('Airways', Airline) > 0",
      "SELECT Airline FROM airlines WHERE instr(Airline, 'Airways') > 0",
      family="tsql"),
    C("pets_1", "dialect",
      "For each pet type, show the average weight truncated to an integer.",
      "SELECT PetType, CONVERT(INT, avg(weight)) FROM Pets GROUP BY PetType",
      "SELECT PetType, CAST(avg(weight) AS INTEGER) FROM Pets GROUP BY PetType",
      family="tsql"),
    C("network_1", "dialect",
      "Show the names and grades of the three high schoolers in the highest grades.",
      "SELECT name, grade FROM Highschooler ORDER BY grade DESC OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY",
      "SELECT name, grade FROM Highschooler ORDER BY grade DESC LIMIT 3",
      family="tsql"),
    C("student_transcripts_tracking", "dialect",
      "How many students first registered in each year-month? Show year-month and count.",
      "SELECT DATE_FORMAT(date_first_registered, '%Y-%m') AS ym, count(*) FROM Students GROUP BY ym",
      "SELECT strftime('%Y-%m', date_first_registered) AS ym, count(*) FROM Students GROUP BY ym",
      family="mysql"),
    C("dog_kennels", "dialect",
      "For each dog, how many days passed between its arrival and its departure?",
      "SELECT name, TIMESTAMPDIFF(DAY, date_arrived, date_departed) FROM Dogs",
      "SELECT name, CAST(julianday(date_departed) - julianday(date_arrived) AS INTEGER) FROM Dogs",
      family="mysql"),
    C("real_estate_properties", "dialect",
      "Which properties were put on the market after 2010? Give their names.",
      "SELECT `property_name` FROM `Properties` WHERE YEAR(`date_on_market`) > 2010",
      "SELECT property_name FROM Properties WHERE CAST(strftime('%Y', date_on_market) AS INTEGER) > 2010",
      family="mysql"),

    # ------------------------------------------------------------------
    # wrapping (10): 5 + 5
    # ------------------------------------------------------------------
    C("museum_visit", "wrapping",
      "What are the names of museums opened after 2010?",
      "```sql\nSELECT Name FROM museum WHERE Open_Year > '2010'\n```",
      "SELECT Name FROM museum WHERE Open_Year > '2010'"),
    C("tvshow", "wrapping",
      "Which TV channels broadcast in English?",
      "Here is the SQL query:\nSELECT series_name FROM TV_Channel WHERE Language = 'English'",
      "SELECT series_name FROM TV_Channel WHERE Language = 'English'"),
    C("singer", "wrapping",
      "What are the titles of songs with sales above 300000?",
      "<sql>SELECT Title FROM song WHERE Sales > 300000</sql>",
      "SELECT Title FROM song WHERE Sales > 300000"),
    C("poker_player", "wrapping",
      "What is the average earnings of poker players?",
      "SELECT avg(Earnings) FROM poker_player;\nSELECT count(*) FROM poker_player;",
      "SELECT avg(Earnings) FROM poker_player"),
    C("battle_death", "wrapping",
      "How many people were injured in total?",
      "```sql\nSELECT sum(injured) FROM death;\n```\nThis sums the injured column over all death records.",
      "SELECT sum(injured) FROM death"),

    C("course_teach", "wrapping",
      "How many teachers are there?",
      "```\nSELECT count(*) FROM teacher\n```",
      "SELECT count(*) FROM teacher"),
    C("pets_1", "wrapping",
      "How many pets are dogs?",
      "To answer this we count the rows of Pets whose type is dog.\n\nSELECT count(*) FROM Pets WHERE PetType = 'dog';\n\nThe result is the number of dogs.",
      "SELECT count(*) FROM Pets WHERE PetType = 'dog'"),
    C("network_1", "wrapping",
      "What are the names of high schoolers in grade 12?",
      "<answer>\nSELECT name FROM Highschooler WHERE grade = 12\n</answer>",
      "SELECT name FROM Highschooler WHERE grade = 12"),
    C("flight_2", "wrapping",
      "How many airlines are there?",
      "SELECT count(*) FROM airlines;\nSELECT * FROM airlines LIMIT 5;",
      "SELECT count(*) FROM airlines"),
    C("real_estate_properties", "wrapping",
      "What is the highest number of rooms of any property?",
      "```sqlite\nSELECT max(room_count) FROM Properties;\n```",
      "SELECT max(room_count) FROM Properties"),

    # ------------------------------------------------------------------
    # value_literal (14): 7 + 7
    # ------------------------------------------------------------------
    C("concert_singer", "value_literal",
      "How many male singers are there?",
      "SELECT count(*) FROM singer WHERE Is_male = 1",
      "SELECT count(*) FROM singer WHERE Is_male = 'T'"),
    C("world_1", "value_literal",
      "List the cities of France.",
      "SELECT Name FROM city WHERE CountryCode = 'France'",
      "SELECT Name FROM city WHERE CountryCode = 'FRA'"),
    C("orchestra", "value_literal",
      "What are the names of the conductors from the United States?",
      "SELECT Name FROM conductor WHERE Nationality = 'United States'",
      "SELECT Name FROM conductor WHERE Nationality = 'USA'"),
    C("tvshow", "value_literal",
      "Which TV channels offer high definition TV?",
      "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'Yes'",
      "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'"),
    C("battle_death", "value_literal",
      "Which battles ended in a Bulgarian victory?",
      "SELECT name FROM battle WHERE result = 'Bulgarian Victory'",
      "SELECT name FROM battle WHERE result = 'Bulgarian victory'"),
    C("singer", "value_literal",
      "Which singers are US citizens?",
      "SELECT Name FROM singer WHERE Citizenship = 'USA'",
      "SELECT Name FROM singer WHERE Citizenship = 'United States'"),
    C("poker_player", "value_literal",
      "How many people are from Russia?",
      "SELECT count(*) FROM people WHERE Nationality = 'russia'",
      "SELECT count(*) FROM people WHERE Nationality = 'Russia'"),

    C("car_1", "value_literal",
      "How many car makers are from Japan?",
      "SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'Japan'",
      "SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'"),
    C("dog_kennels", "value_literal",
      "What are the names of the bulldogs?",
      "SELECT name FROM Dogs WHERE breed_code = 'Bulldog'",
      "SELECT name FROM Dogs WHERE breed_code = 'BUL'"),
    C("pets_1", "value_literal",
      "How many female students are there?",
      "SELECT count(*) FROM Student WHERE Sex = 'Female'",
      "SELECT count(*) FROM Student WHERE Sex = 'F'"),
    C("voter_1", "value_literal",
      "How many votes came from New York?",
      "SELECT count(*) FROM VOTES WHERE state = 'New York'",
      "SELECT count(*) FROM VOTES WHERE state = 'NY'"),
    C("student_transcripts_tracking", "value_literal",
      "How many master's degree programs are there?",
      "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'Masters'",
      "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'Master'"),
    C("real_estate_properties", "value_literal",
      "What are the names of the apartments?",
      "SELECT property_name FROM Properties WHERE property_type_code = 'apartment'",
      "SELECT property_name FROM Properties WHERE property_type_code = 'Apartment'"),
    C("flight_2", "value_literal",
      "Which airlines are based in the United States?",
      "SELECT Airline FROM airlines WHERE Country = 'United States'",
      "SELECT Airline FROM airlines WHERE Country = 'USA'"),
]


# ----------------------------------------------------------------------
# checking
# ----------------------------------------------------------------------
_conns = {}


def conn(db_id):
    if db_id not in _conns:
        path = os.path.join(DB_DIR, db_id, db_id + ".sqlite")
        _conns[db_id] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    return _conns[db_id]


def run(db_id, sql):
    """Return (rows, None) or (None, error message)."""
    try:
        cur = conn(db_id).execute(sql)
        return cur.fetchall(), None
    except (sqlite3.Error, sqlite3.Warning) as e:
        return None, "%s: %s" % (type(e).__name__, e)


def all_null(rows):
    return all(v is None for r in rows for v in r)


def all_zero(rows):
    return all(v is None or v == 0 for r in rows for v in r)


def columns_of(db_id):
    c = conn(db_id)
    out = {}
    for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        out[t] = {r[1].lower() for r in c.execute('PRAGMA table_info("%s")' % t)}
    return out


ERR_MARK = {
    "unknown_column": "no such column",
    "unknown_table": "no such table",
    "ambiguous_column": "ambiguous column name",
    "wrong_qualifier": "no such column",
}


def check():
    fails = []
    try:
        with open(TABLES_JSON) as f:
            spider_dbs = {d["db_id"] for d in json.load(f)}
    except Exception as e:  # pragma: no cover
        fails.append("cannot read tables.json: %s" % e)
        spider_dbs = set()

    counts, fam, halves, cross = {}, {}, {"A": 0, "B": 0}, 0
    seen = set()
    for i, c in enumerate(CASES):
        tag = "#%d %s/%s" % (i, c["db_id"], c["class"])
        db, cls, meta = c["db_id"], c["class"], c["_meta"]
        counts[cls] = counts.get(cls, 0) + 1
        if db in HALF_A:
            halves["A"] += 1
        elif db in HALF_B:
            halves["B"] += 1
        else:
            fails.append("%s: db_id not in allowed list" % tag)
            continue
        if spider_dbs and db not in spider_dbs:
            fails.append("%s: db_id missing from tables.json" % tag)
        if cls not in EXPECTED:
            fails.append("%s: unknown class" % tag)
        for k in ("question", "broken", "correct"):
            if not isinstance(c[k], str) or not c[k].strip():
                fails.append("%s: empty %s" % (tag, k))
        key = (db, c["broken"])
        if key in seen:
            fails.append("%s: duplicate broken query" % tag)
        seen.add(key)
        if c["broken"].strip() == c["correct"].strip():
            fails.append("%s: broken == correct" % tag)

        good, gerr = run(db, c["correct"])
        if gerr:
            fails.append("%s: correct fails: %s" % (tag, gerr))
            continue
        if not good:
            fails.append("%s: correct returns no rows" % tag)
            continue
        if all_null(good):
            fails.append("%s: correct returns only NULLs" % tag)

        bad, berr = run(db, c["broken"])
        if cls == "value_literal":
            if berr:
                fails.append("%s: value_literal broken should run, got %s" % (tag, berr))
            elif bad and not all_zero(bad):
                fails.append("%s: value_literal broken returns non-empty %r" % (tag, bad[:3]))
            elif all_zero(good):
                fails.append("%s: value_literal correct is all-zero too" % tag)
            elif bad == good:
                fails.append("%s: value_literal broken equals correct" % tag)
        else:
            if not berr:
                fails.append("%s: broken runs on SQLite (returned %d rows)" % (tag, len(bad)))
            else:
                mark = ERR_MARK.get(cls)
                if mark and mark not in berr:
                    fails.append("%s: expected '%s', got %s" % (tag, mark, berr))
                if cls == "wrong_qualifier" and "." not in berr.split("no such column:")[-1]:
                    fails.append("%s: wrong_qualifier error is not about a qualified column: %s" % (tag, berr))
                if cls == "unknown_column" and mark in berr and "." in berr.split("no such column:")[-1]:
                    fails.append("%s: unknown_column error should be unqualified: %s" % (tag, berr))

        if cls == "dialect":
            f = meta.get("family")
            if f not in EXPECTED_DIALECT:
                fails.append("%s: dialect family missing" % tag)
            fam[f] = fam.get(f, 0) + 1
        if meta.get("cross_table"):
            wrong = meta["cross_table"].lower()
            cols = columns_of(db)
            holders = [t for t, cs in cols.items() if wrong in cs]
            if not holders:
                fails.append("%s: cross-table name %s is not a column of any table" % (tag, wrong))
            elif berr and ("no such column: %s" % wrong) not in berr.lower():
                fails.append("%s: cross-table error does not name %s: %s" % (tag, wrong, berr))
            else:
                cross += 1

    for cls, n in EXPECTED.items():
        if counts.get(cls, 0) != n:
            fails.append("class %s: %d cases, expected %d" % (cls, counts.get(cls, 0), n))
    for f, n in EXPECTED_DIALECT.items():
        if fam.get(f, 0) != n:
            fails.append("dialect %s: %d cases, expected %d" % (f, fam.get(f, 0), n))
    if cross != EXPECTED_CROSS_TABLE:
        fails.append("cross-table unknown_column: %d, expected %d" % (cross, EXPECTED_CROSS_TABLE))
    if len(CASES) != 100:
        fails.append("total %d cases, expected 100" % len(CASES))
    if abs(halves["A"] - halves["B"]) > 4:
        fails.append("halves unbalanced: %r" % halves)
    return fails, counts, fam, halves


def main():
    fails, counts, fam, halves = check()
    if fails:
        print("FAILED %d check(s):" % len(fails))
        for f in fails:
            print("  -", f)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            rec = {k: c[k] for k in ("db_id", "class", "question", "broken", "correct")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("all checks passed; wrote %d cases to %s" % (len(CASES), OUT))
    print("classes:", json.dumps(counts))
    print("dialect families:", json.dumps(fam))
    print("halves:", json.dumps(halves))
    per = {}
    for c in CASES:
        h = "A" if c["db_id"] in HALF_A else "B"
        per.setdefault(c["class"], {"A": 0, "B": 0})[h] += 1
    print("class x half:", json.dumps(per))
    return 0


if __name__ == "__main__":
    sys.exit(main())
