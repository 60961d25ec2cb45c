#!/usr/bin/env python3
"""Held-out repair set v6: 100 broken/correct SQLite query pairs over Spider DBs.
Cases are held as data below; every check must pass before repair_v6.jsonl is written."""
import json, os, re, sqlite3, sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
HALF_A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
HALF_B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"]
CLASS_COUNTS = {"unknown_column": 20, "unknown_table": 12, "ambiguous_column": 12, "wrong_qualifier": 12,
                "dialect": 20, "wrapping": 10, "value_literal": 14}
FAMILY_COUNTS = {"postgres": 8, "tsql": 7, "mysql": 5}
CROSS_TABLE_UNKNOWN_COLUMNS = 4

# (db_id, class, question, broken, correct, meta)
# meta: for unknown_column {"cross": bool}; for dialect {"family": ..., "constructs": [...]}
C = []
def add(db, cls, q, broken, correct, **meta):
    C.append(dict(db_id=db, cls=cls, question=q, broken=broken, correct=correct, meta=meta))

# ------------------------------------------------------------------ HALF A
# unknown_column (10, 2 cross-table)
add("battle_death", "unknown_column", "What are the names of ships whose type is Brig?",
    "SELECT name FROM ship WHERE type = 'Brig'",
    "SELECT name FROM ship WHERE ship_type = 'Brig'", cross=False)
add("concert_singer", "unknown_column", "Show the names and song names of singers whose songs were released after 2010.",
    "SELECT Name, Song_Name FROM singer WHERE Release_Year > 2010",
    "SELECT Name, Song_Name FROM singer WHERE Song_release_year > 2010", cross=False)
add("cre_Doc_Template_Mgt", "unknown_column", "List the ids and version numbers of templates with type code PP.",
    "SELECT Template_ID, Version FROM Templates WHERE Template_Type_Code = 'PP'",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PP'", cross=False)
add("employee_hire_evaluation", "unknown_column", "Which shops have more than 5000 products? Give their names and managers.",
    "SELECT Name, Manager_name FROM shop WHERE Num_products > 5000",
    "SELECT Name, Manager_name FROM shop WHERE Number_products > 5000", cross=False)
add("museum_visit", "unknown_column", "What are the names of museums with more than 20 staff members?",
    "SELECT Name FROM museum WHERE Num_Staff > 20",
    "SELECT Name FROM museum WHERE Num_of_Staff > 20", cross=False)
add("orchestra", "unknown_column", "Show the record companies of orchestras founded after 2005.",
    "SELECT Record_Company FROM orchestra WHERE Year_Founded > 2005",
    "SELECT Record_Company FROM orchestra WHERE Year_of_Founded > 2005", cross=False)
add("poker_player", "unknown_column", "List the earnings of poker players in descending order of final tables made.",
    "SELECT Earnings FROM poker_player ORDER BY Final_Tables_Made DESC",
    "SELECT Earnings FROM poker_player ORDER BY Final_Table_Made DESC", cross=False)
add("singer", "unknown_column", "What are the titles of songs with sales above 300000?",
    "SELECT Song_Title FROM song WHERE Sales > 300000",
    "SELECT Title FROM song WHERE Sales > 300000", cross=False)
add("tvshow", "unknown_column", "What are the episode names and air dates of the 3 TV series episodes with the highest share?",
    "SELECT Title, Air_Date FROM TV_series ORDER BY Share DESC LIMIT 3",
    "SELECT Episode, Air_Date FROM TV_series ORDER BY Share DESC LIMIT 3", cross=True)
add("world_1", "unknown_column", "What are the names of cities in the country with code NLD?",
    "SELECT Name FROM city WHERE Code = 'NLD'",
    "SELECT Name FROM city WHERE CountryCode = 'NLD'", cross=True)

# unknown_table (6)
add("battle_death", "unknown_table", "List the names of battles that ended in a Bulgarian victory.",
    "SELECT name FROM battles WHERE result = 'Bulgarian victory'",
    "SELECT name FROM battle WHERE result = 'Bulgarian victory'")
add("concert_singer", "unknown_table", "How many concerts were held in 2014?",
    "SELECT count(*) FROM concerts WHERE Year = '2014'",
    "SELECT count(*) FROM concert WHERE Year = '2014'")
add("cre_Doc_Template_Mgt", "unknown_table", "What are the names of documents that use a template of type PP?",
    "SELECT T1.Document_Name FROM Documents AS T1 JOIN Template AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'PP'",
    "SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'PP'")
add("employee_hire_evaluation", "unknown_table", "What are the names of employees who live in Bath?",
    "SELECT Name FROM employees WHERE City = 'Bath'",
    "SELECT Name FROM employee WHERE City = 'Bath'")
add("orchestra", "unknown_table", "What is the average attendance of shows?",
    "SELECT avg(Attendance) FROM shows",
    "SELECT avg(Attendance) FROM show")
add("world_1", "unknown_table", "Which languages are spoken in Aruba (country code ABW)?",
    "SELECT Language FROM country_language WHERE CountryCode = 'ABW'",
    "SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW'")

# ambiguous_column (6)
add("concert_singer", "ambiguous_column", "For each stadium, show its id, name and the number of concerts held there.",
    "SELECT Stadium_ID, T1.Name, count(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID",
    "SELECT T1.Stadium_ID, T1.Name, count(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID")
add("employee_hire_evaluation", "ambiguous_column", "What are the names of employees hired by the shop FC Haka?",
    "SELECT Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Name = 'FC Haka'",
    "SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID JOIN shop AS T3 ON T2.Shop_ID = T3.Shop_ID WHERE T3.Name = 'FC Haka'")
add("museum_visit", "ambiguous_column", "For each museum that has visits, show its id, name and total number of tickets sold.",
    "SELECT Museum_ID, T1.Name, sum(T2.Num_of_Ticket) FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID",
    "SELECT T1.Museum_ID, T1.Name, sum(T2.Num_of_Ticket) FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID")
add("orchestra", "ambiguous_column", "Show the orchestra id and performance type of performances by orchestras whose major record format is CD.",
    "SELECT Orchestra_ID, Type FROM performance JOIN orchestra ON performance.Orchestra_ID = orchestra.Orchestra_ID WHERE Major_Record_Format = 'CD'",
    "SELECT performance.Orchestra_ID, Type FROM performance JOIN orchestra ON performance.Orchestra_ID = orchestra.Orchestra_ID WHERE Major_Record_Format = 'CD'")
add("tvshow", "ambiguous_column", "List the ids and titles of cartoons shown on English-language channels.",
    "SELECT id, Title FROM Cartoon JOIN TV_Channel ON Cartoon.Channel = TV_Channel.id WHERE Language = 'English'",
    "SELECT Cartoon.id, Title FROM Cartoon JOIN TV_Channel ON Cartoon.Channel = TV_Channel.id WHERE Language = 'English'")
add("world_1", "ambiguous_column", "What are the names and populations of cities in the Netherlands, largest first?",
    "SELECT T1.Name, Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Netherlands' ORDER BY Population DESC",
    "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Netherlands' ORDER BY T1.Population DESC")

# wrong_qualifier (6)
add("battle_death", "wrong_qualifier", "List the names and types of ships lost in battles where Kaloyan was the Bulgarian commander.",
    "SELECT T2.name, T1.ship_type FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.bulgarian_commander = 'Kaloyan'",
    "SELECT T2.name, T2.ship_type FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.bulgarian_commander = 'Kaloyan'")
add("concert_singer", "wrong_qualifier", "What are the names of singers who performed in a concert in 2014?",
    "SELECT DISTINCT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID WHERE T1.Year = '2014'",
    "SELECT DISTINCT T2.Name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN concert AS T3 ON T1.concert_ID = T3.concert_ID WHERE T3.Year = '2014'")
add("cre_Doc_Template_Mgt", "wrong_qualifier", "Which documents have a paragraph with the text 'Korea'? Give the document names.",
    "SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Paragraph_Text = 'Korea'",
    "SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Paragraph_Text = 'Korea'")
add("employee_hire_evaluation", "wrong_qualifier", "What is the name of the employee who received the largest single bonus?",
    "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T1.Bonus DESC LIMIT 1",
    "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T2.Bonus DESC LIMIT 1")
add("orchestra", "wrong_qualifier", "Show the conductor names and orchestras for orchestras founded after 2008.",
    "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Year_of_Founded > 2008",
    "SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Year_of_Founded > 2008")
add("museum_visit", "wrong_qualifier", "What are the names of visitors who spent more than 300 in a single visit?",
    "SELECT visitor.Name FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID WHERE visitor.Total_spent > 300",
    "SELECT visitor.Name FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID WHERE visit.Total_spent > 300")

# dialect (10: 4 postgres, 4 tsql, 2 mysql)
add("world_1", "dialect", "For each continent, which country (with positive population) has the largest population? Show continent, name and population.",
    "SELECT DISTINCT ON (Continent) Continent, Name, Population FROM country WHERE Population > 0 ORDER BY Continent, Population DESC",
    "SELECT Continent, Name, Population FROM (SELECT Continent, Name, Population, ROW_NUMBER() OVER (PARTITION BY Continent ORDER BY Population DESC) AS rn FROM country WHERE Population > 0) WHERE rn = 1 ORDER BY Continent",
    family="postgres", constructs=["DISTINCT ON"])
add("cre_Doc_Template_Mgt", "dialect", "Which templates became effective in 2005 or later? Give id and type code.",
    "SELECT Template_ID, Template_Type_Code FROM Templates WHERE EXTRACT(YEAR FROM Date_Effective_From::timestamp) >= 2005",
    "SELECT Template_ID, Template_Type_Code FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) >= 2005",
    family="postgres", constructs=["EXTRACT(YEAR FROM ...)", "::timestamp cast"])
add("concert_singer", "dialect", "For each country, list the names of its singers as one comma-separated string.",
    "SELECT Country, string_agg(Name, ', ') FROM singer GROUP BY Country",
    "SELECT Country, group_concat(Name, ', ') FROM singer GROUP BY Country",
    family="postgres", constructs=["string_agg"])
add("battle_death", "dialect", "For each death record, show the note and the larger of the killed and injured counts.",
    "SELECT note, GREATEST(killed, injured) FROM death",
    "SELECT note, max(killed, injured) FROM death",
    family="postgres", constructs=["GREATEST"])
add("poker_player", "dialect", "Who are the 3 tallest people? Show names and heights.",
    "SELECT TOP 3 [Name], [Height] FROM [people] ORDER BY [Height] DESC",
    "SELECT Name, Height FROM people ORDER BY Height DESC LIMIT 3",
    family="tsql", constructs=["TOP n", "[bracket] identifiers"])
add("world_1", "dialect", "List the Caribbean countries with their independence year, showing 0 when it is unknown.",
    "SELECT Name, ISNULL(IndepYear, 0) FROM country WHERE Region = 'Caribbean'",
    "SELECT Name, IFNULL(IndepYear, 0) FROM country WHERE Region = 'Caribbean'",
    family="tsql", constructs=["ISNULL(x, y)"])
add("orchestra", "dialect", "Which orchestras were founded after 2005?",
    "SELECT Orchestra FROM orchestra WHERE CONVERT(INT, Year_of_Founded) > 2005",
    "SELECT Orchestra FROM orchestra WHERE CAST(Year_of_Founded AS INTEGER) > 2005",
    family="tsql", constructs=["CONVERT(INT, x)"])
add("museum_visit", "dialect", "Skipping the museum with the most staff, list the next three museums by staff count.",
    "SELECT Name FROM museum ORDER BY Num_of_Staff DESC OFFSET 1 ROWS FETCH NEXT 3 ROWS ONLY",
    "SELECT Name FROM museum ORDER BY Num_of_Staff DESC LIMIT 3 OFFSET 1",
    family="tsql", constructs=["OFFSET .. ROWS FETCH NEXT .. ROWS ONLY"])
add("tvshow", "dialect", "For English-language channels, show the series name and country joined by ' - '.",
    "SELECT CONCAT_WS(' - ', `series_name`, `Country`) FROM `TV_Channel` WHERE `Language` = 'English'",
    "SELECT series_name || ' - ' || Country FROM TV_Channel WHERE Language = 'English'",
    family="mysql", constructs=["CONCAT_WS with backticks"])
add("employee_hire_evaluation", "dialect", "For each hiring record, show the employee id and whether the job is 'Full time' or 'Part time'.",
    "SELECT `Employee_ID`, IF(`Is_full_time` = 'T', 'Full time', 'Part time') FROM `hiring`",
    "SELECT Employee_ID, CASE WHEN Is_full_time = 'T' THEN 'Full time' ELSE 'Part time' END FROM hiring",
    family="mysql", constructs=["IF(cond, a, b) with backticks"])

# wrapping (5)
add("battle_death", "wrapping", "How many ships were lost in battle number 5?",
    "```sql\nSELECT count(*) FROM ship WHERE lost_in_battle = 5\n```",
    "SELECT count(*) FROM ship WHERE lost_in_battle = 5")
add("concert_singer", "wrapping", "What is the average age of singers from France?",
    "Here is the SQL query that answers the question:\n\nSELECT avg(Age) FROM singer WHERE Country = 'France';\n\nThis computes the mean age over all French singers.",
    "SELECT avg(Age) FROM singer WHERE Country = 'France'")
add("museum_visit", "wrapping", "What is the name of the oldest visitor?",
    "SQL: SELECT Name FROM visitor ORDER BY Age DESC LIMIT 1",
    "SELECT Name FROM visitor ORDER BY Age DESC LIMIT 1")
add("singer", "wrapping", "List the names of singers with a net worth above 20 million.",
    "```\nSELECT Name FROM singer WHERE Net_Worth_Millions > 20\n```\nThe query filters the singer table on the Net_Worth_Millions column.",
    "SELECT Name FROM singer WHERE Net_Worth_Millions > 20")
add("world_1", "wrapping", "How many countries are in Europe?",
    "SELECT count(*) FROM country WHERE Continent = 'Europe';\n\nExplanation: we count the rows of the country table whose continent is Europe.",
    "SELECT count(*) FROM country WHERE Continent = 'Europe'")

# value_literal (7)
add("world_1", "value_literal", "Which languages are official in Aruba (code ABW)?",
    "SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW' AND IsOfficial = 'Yes'",
    "SELECT Language FROM countrylanguage WHERE CountryCode = 'ABW' AND IsOfficial = 'T'")
add("world_1", "value_literal", "List the names of cities in the Netherlands.",
    "SELECT Name FROM city WHERE CountryCode = 'Netherlands'",
    "SELECT Name FROM city WHERE CountryCode = 'NLD'")
add("concert_singer", "value_literal", "What are the names of singers from the USA?",
    "SELECT Name FROM singer WHERE Country = 'USA'",
    "SELECT Name FROM singer WHERE Country = 'United States'")
add("orchestra", "value_literal", "Which conductors are from the United Kingdom?",
    "SELECT Name FROM conductor WHERE Nationality = 'United Kingdom'",
    "SELECT Name FROM conductor WHERE Nationality = 'UK'")
add("tvshow", "value_literal", "Which TV channels broadcast in English? Give series names.",
    "SELECT series_name FROM TV_Channel WHERE Language = 'english'",
    "SELECT series_name FROM TV_Channel WHERE Language = 'English'")
add("cre_Doc_Template_Mgt", "value_literal", "What are the ids of templates of type Presentation?",
    "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'Presentation'",
    "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'")
add("employee_hire_evaluation", "value_literal", "Which employees (by id) are hired full time?",
    "SELECT Employee_ID FROM hiring WHERE Is_full_time = 'true'",
    "SELECT Employee_ID FROM hiring WHERE Is_full_time = 'T'")

# ------------------------------------------------------------------ HALF B
# unknown_column (10, 2 cross-table)
add("car_1", "unknown_column", "What is the maximum acceleration of cars with 4 cylinders?",
    "SELECT max(Acceleration) FROM cars_data WHERE Cylinders = 4",
    "SELECT max(Accelerate) FROM cars_data WHERE Cylinders = 4", cross=False)
add("course_teach", "unknown_column", "What are the names of teachers whose hometown is Bolton County Borough?",
    "SELECT Name FROM teacher WHERE Home_town = 'Bolton County Borough'",
    "SELECT Name FROM teacher WHERE Hometown = 'Bolton County Borough'", cross=False)
add("dog_kennels", "unknown_column", "List the first and last names of professionals who are veterinarians (role code Veterenarian).",
    "SELECT first_name, last_name FROM Professionals WHERE role = 'Veterenarian'",
    "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'", cross=False)
add("flight_2", "unknown_column", "How many flights does the airline with id 1 operate?",
    "SELECT count(*) FROM flights WHERE AirlineId = 1",
    "SELECT count(*) FROM flights WHERE Airline = 1", cross=False)
add("real_estate_properties", "unknown_column", "What are the names of properties with more than 5 rooms?",
    "SELECT property_name FROM Properties WHERE rooms > 5",
    "SELECT property_name FROM Properties WHERE room_count > 5", cross=False)
add("student_transcripts_tracking", "unknown_column", "What is the cell phone number of Timmothy Ward?",
    "SELECT cell_phone_number FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'",
    "SELECT cell_mobile_number FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'", cross=False)
add("voter_1", "unknown_column", "How many votes did contestant number 3 receive?",
    "SELECT count(*) FROM VOTES WHERE contestant_id = 3",
    "SELECT count(*) FROM VOTES WHERE contestant_number = 3", cross=False)
add("pets_1", "unknown_column", "List the first and last names of female students.",
    "SELECT Fname, LName FROM Student WHERE Gender = 'F'",
    "SELECT Fname, LName FROM Student WHERE Sex = 'F'", cross=False)
add("pets_1", "unknown_column", "How many pets are older than 1 year?",
    "SELECT count(*) FROM Pets WHERE Age > 1",
    "SELECT count(*) FROM Pets WHERE pet_age > 1", cross=True)
add("network_1", "unknown_column", "What are the ids of the students liked by student 1689?",
    "SELECT friend_id FROM Likes WHERE student_id = 1689",
    "SELECT liked_id FROM Likes WHERE student_id = 1689", cross=True)

# unknown_table (6)
add("car_1", "unknown_table", "How many car makers are there?",
    "SELECT count(*) FROM car_maker",
    "SELECT count(*) FROM car_makers")
add("course_teach", "unknown_table", "List the names of teachers in ascending order of age.",
    "SELECT Name FROM teachers ORDER BY Age ASC",
    "SELECT Name FROM teacher ORDER BY Age ASC")
add("dog_kennels", "unknown_table", "List all breed names.",
    "SELECT breed_name FROM Breed",
    "SELECT breed_name FROM Breeds")
add("network_1", "unknown_table", "What are the names of high schoolers in grade 10?",
    "SELECT name FROM high_schooler WHERE grade = 10",
    "SELECT name FROM Highschooler WHERE grade = 10")
add("student_transcripts_tracking", "unknown_table", "For each course name, how many student enrolment course records are there?",
    "SELECT T1.course_name, count(*) FROM Courses AS T1 JOIN Student_Enrollment_Courses AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_name",
    "SELECT T1.course_name, count(*) FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_name")
add("real_estate_properties", "unknown_table", "What is the description of the property type code House?",
    "SELECT property_type_description FROM Property_Types WHERE property_type_code = 'House'",
    "SELECT property_type_description FROM Ref_Property_Types WHERE property_type_code = 'House'")

# ambiguous_column (6)
add("car_1", "ambiguous_column", "What are the models made by the maker ford?",
    "SELECT Model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE Maker = 'ford'",
    "SELECT Model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE T1.Maker = 'ford'")
add("course_teach", "ambiguous_column", "Show the course id, course name and teacher name for each course arrangement.",
    "SELECT Course_ID, T2.Course, T3.Name FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID",
    "SELECT T1.Course_ID, T2.Course, T3.Name FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID")
add("dog_kennels", "ambiguous_column", "Show the owner id and dog name for dogs whose owners live in Virginia.",
    "SELECT owner_id, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id WHERE T1.state = 'Virginia'",
    "SELECT T1.owner_id, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id WHERE T1.state = 'Virginia'")
add("flight_2", "ambiguous_column", "What are the flight numbers of United Airlines flights?",
    "SELECT FlightNo FROM flights JOIN airlines ON flights.Airline = airlines.uid WHERE Airline = 'United Airlines'",
    "SELECT FlightNo FROM flights JOIN airlines ON flights.Airline = airlines.uid WHERE airlines.Airline = 'United Airlines'")
add("network_1", "ambiguous_column", "Which students (ids) both have a friend and like someone?",
    "SELECT DISTINCT student_id FROM Friend JOIN Likes ON Friend.student_id = Likes.student_id",
    "SELECT DISTINCT Friend.student_id FROM Friend JOIN Likes ON Friend.student_id = Likes.student_id")
add("pets_1", "ambiguous_column", "Show the first names and pet ids of students older than 18 who own pets.",
    "SELECT T1.Fname, PetID FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T1.Age > 18",
    "SELECT T1.Fname, T2.PetID FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T1.Age > 18")

# wrong_qualifier (6)
add("car_1", "wrong_qualifier", "What are the makes of 4-cylinder cars from 1970?",
    "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T1.Year = 1970 AND T2.Cylinders = 4",
    "SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1970 AND T2.Cylinders = 4")
add("dog_kennels", "wrong_qualifier", "Show each dog's name together with the cost of each of its treatments.",
    "SELECT T1.name, T1.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id",
    "SELECT T1.name, T2.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id")
add("flight_2", "wrong_qualifier", "List the airline names and flight numbers of flights operated by the airline abbreviated UAL.",
    "SELECT T1.Airline, T1.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T1.Abbreviation = 'UAL'",
    "SELECT T1.Airline, T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline WHERE T1.Abbreviation = 'UAL'")
add("student_transcripts_tracking", "wrong_qualifier", "What are the first names of students enrolled in semester 2?",
    "SELECT T2.first_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id WHERE T2.semester_id = 2",
    "SELECT T2.first_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id WHERE T1.semester_id = 2")
add("voter_1", "wrong_qualifier", "Which contestants received votes from the state NY?",
    "SELECT CONTESTANTS.contestant_name FROM CONTESTANTS JOIN VOTES ON CONTESTANTS.contestant_number = VOTES.contestant_number WHERE CONTESTANTS.state = 'NY'",
    "SELECT CONTESTANTS.contestant_name FROM CONTESTANTS JOIN VOTES ON CONTESTANTS.contestant_number = VOTES.contestant_number WHERE VOTES.state = 'NY'")
add("real_estate_properties", "wrong_qualifier", "List property names and feature names for properties that have a security feature.",
    "SELECT T1.property_name, T1.feature_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_type_code = 'Security'",
    "SELECT T1.property_name, T3.feature_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_type_code = 'Security'")

# dialect (10: 4 postgres, 3 tsql, 3 mysql)
add("car_1", "dialect", "What are the distinct first words of the names of cars whose model is volkswagen?",
    "SELECT DISTINCT split_part(Make, ' ', 1) FROM car_names WHERE Model = 'volkswagen'",
    "SELECT DISTINCT CASE WHEN instr(Make, ' ') > 0 THEN substr(Make, 1, instr(Make, ' ') - 1) ELSE Make END FROM car_names WHERE Model = 'volkswagen'",
    family="postgres", constructs=["split_part"])
add("flight_2", "dialect", "What are the names of the airlines abbreviated UAL, Delta or JetBlue?",
    "SELECT Airline FROM airlines WHERE Abbreviation = ANY(ARRAY['UAL', 'Delta', 'JetBlue'])",
    "SELECT Airline FROM airlines WHERE Abbreviation IN ('UAL', 'Delta', 'JetBlue')",
    family="postgres", constructs=["= ANY(ARRAY[...])"])
add("pets_1", "dialect", "For each pet type, is there at least one pet older than 2?",
    "SELECT PetType, bool_or(pet_age > 2) FROM Pets GROUP BY PetType",
    "SELECT PetType, max(pet_age > 2) FROM Pets GROUP BY PetType",
    family="postgres", constructs=["bool_or"])
add("dog_kennels", "dialect", "Which dogs departed less than 90 days after they arrived?",
    "SELECT name FROM Dogs WHERE date_departed - date_arrived < INTERVAL '90 days'",
    "SELECT name FROM Dogs WHERE julianday(date_departed) - julianday(date_arrived) < 90",
    family="postgres", constructs=["INTERVAL '90 days' timestamp arithmetic"])
add("dog_kennels", "dialect", "For each dog, how many calendar days passed between arrival and departure?",
    "SELECT name, DATEDIFF(day, date_arrived, date_departed) FROM Dogs",
    "SELECT name, CAST(julianday(date(date_departed)) - julianday(date(date_arrived)) AS INTEGER) FROM Dogs",
    family="tsql", constructs=["DATEDIFF(day, a, b)"])
add("student_transcripts_tracking", "dialect", "Which students first registered before 1980? Give first and last names.",
    "SELECT first_name, last_name FROM Students WITH (NOLOCK) WHERE DATEPART(year, date_first_registered) < 1980",
    "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) < 1980",
    family="tsql", constructs=["WITH (NOLOCK)", "DATEPART(year, x)"])
add("course_teach", "dialect", "Which teachers have a hometown containing 'Borough'?",
    "SELECT Name FROM teacher WHERE CHARINDEX(N'Borough', Hometown) > 0",
    "SELECT Name FROM teacher WHERE Hometown LIKE '%Borough%'",
    family="tsql", constructs=["CHARINDEX", "N'..' literal"])
add("voter_1", "dialect", "How many votes were cast on each day?",
    "SELECT DATE_FORMAT(created, '%Y-%m-%d') AS vote_day, COUNT(*) FROM VOTES GROUP BY vote_day",
    "SELECT strftime('%Y-%m-%d', created) AS vote_day, COUNT(*) FROM VOTES GROUP BY vote_day",
    family="mysql", constructs=["DATE_FORMAT"])
add("real_estate_properties", "dialect", "For each feature type, show its code and the part of its name before the first comma.",
    "SELECT `feature_type_code`, SUBSTRING_INDEX(`feature_type_name`, ',', 1) FROM `Ref_Feature_Types`",
    "SELECT feature_type_code, CASE WHEN instr(feature_type_name, ',') > 0 THEN substr(feature_type_name, 1, instr(feature_type_name, ',') - 1) ELSE feature_type_name END FROM Ref_Feature_Types",
    family="mysql", constructs=["SUBSTRING_INDEX with backticks"])
add("network_1", "dialect", "Which high schoolers have a name starting with J?",
    "SELECT name FROM Highschooler WHERE name REGEXP '^J'",
    "SELECT name FROM Highschooler WHERE name LIKE 'J%'",
    family="mysql", constructs=["REGEXP (case-insensitive)"])

# wrapping (5)
add("car_1", "wrapping", "How many cars have 8 cylinders?",
    "```sqlite\nSELECT count(*) FROM cars_data WHERE Cylinders = 8;\n```",
    "SELECT count(*) FROM cars_data WHERE Cylinders = 8")
add("course_teach", "wrapping", "What is the name of the youngest teacher?",
    "To find the youngest teacher, sort by age ascending and take the first row:\n```sql\nSELECT Name FROM teacher ORDER BY Age ASC LIMIT 1\n```",
    "SELECT Name FROM teacher ORDER BY Age ASC LIMIT 1")
add("network_1", "wrapping", "How many high schoolers are in each grade?",
    "Query: `SELECT grade, count(*) FROM Highschooler GROUP BY grade`",
    "SELECT grade, count(*) FROM Highschooler GROUP BY grade")
add("voter_1", "wrapping", "How many contestants are there?",
    "Answer:\nSELECT count(*) FROM CONTESTANTS\nNote: this counts every contestant, including those without votes.",
    "SELECT count(*) FROM CONTESTANTS")
add("pets_1", "wrapping", "What is the average weight of dogs?",
    "<sql>SELECT avg(weight) FROM Pets WHERE PetType = 'dog'</sql>",
    "SELECT avg(weight) FROM Pets WHERE PetType = 'dog'")

# value_literal (7)
add("car_1", "value_literal", "Which car makers are from Germany?",
    "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'Germany'",
    "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'germany'")
add("dog_kennels", "value_literal", "What are the names of bulldogs?",
    "SELECT name FROM Dogs WHERE breed_code = 'Bulldog'",
    "SELECT name FROM Dogs WHERE breed_code = 'BUL'")
add("flight_2", "value_literal", "Which airlines are based in the United States?",
    "SELECT Airline FROM airlines WHERE Country = 'United States'",
    "SELECT Airline FROM airlines WHERE Country = 'USA'")
add("pets_1", "value_literal", "What are the first names of students who own a dog?",
    "SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'Dog'",
    "SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'")
add("real_estate_properties", "value_literal", "What are the names of apartment properties?",
    "SELECT property_name FROM Properties WHERE property_type_code = 'APT'",
    "SELECT property_name FROM Properties WHERE property_type_code = 'Apartment'")
add("student_transcripts_tracking", "value_literal", "What degree programs does the History department offer? Give their summary names.",
    "SELECT T2.degree_summary_name FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T1.department_name = 'History'",
    "SELECT T2.degree_summary_name FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T1.department_name = 'history'")
add("voter_1", "value_literal", "What are the phone numbers of votes cast from New York?",
    "SELECT phone_number FROM VOTES WHERE state = 'New York'",
    "SELECT phone_number FROM VOTES WHERE state = 'NY'")


# ------------------------------------------------------------------ checks
def schema(con):
    tabs = {}
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        tabs[t] = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
    return tabs

def run(con, sql):
    try:
        return con.execute(sql).fetchall(), None
    except (sqlite3.Error, sqlite3.Warning, ValueError) as e:
        return None, str(e)

def words(sql):
    return set(w.lower() for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", sql))

def main():
    errs = []
    assert sqlite3.sqlite_version.startswith("3.40"), sqlite3.sqlite_version
    seen = set()
    for i, c in enumerate(C):
        db, cls, b, g = c["db_id"], c["cls"], c["broken"], c["correct"]
        tag = f"#{i} {db}/{cls}"
        def bad(m): errs.append(f"{tag}: {m}")
        if db not in HALF_A + HALF_B: bad("unknown db"); continue
        if cls not in CLASS_COUNTS: bad("unknown class")
        if not c["question"].strip(): bad("empty question")
        if b.strip() == g.strip(): bad("broken == correct")
        if (db, b) in seen: bad("duplicate broken")
        seen.add((db, b))
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tabs = schema(con)
        allcols = {col.lower(): t for t, cols in tabs.items() for col in cols}
        rows, e = run(con, g)
        if e: bad(f"correct fails: {e}")
        elif not rows: bad("correct returns no rows")
        elif all(v is None for r in rows for v in r): bad("correct all NULL")
        brows, be = run(con, b)
        if cls == "value_literal":
            if be: bad(f"value_literal broken errors: {be}")
            elif brows: bad(f"value_literal broken returns rows: {brows[:3]}")
            # only literals may differ
            strip = lambda s: re.sub(r"'(?:[^']|'')*'", "''", s)
            if strip(b) != strip(g): bad("value_literal differs outside literals")
        elif cls == "wrapping":
            if g.rstrip(";") not in b: bad("correct not embedded in wrapped text")
            if not be: bad("wrapped text unexpectedly runs")
        else:
            if not be: bad(f"broken runs without error (rows={brows[:3] if brows else brows})"); continue
            used = {t for t in tabs if t.lower() in words(b)}
            if cls == "unknown_column":
                m = re.match(r"no such column: (\S+)$", be)
                if not m: bad(f"wrong error: {be}"); continue
                bare = m.group(1).split(".")[-1].lower()
                if c["meta"].get("cross"):
                    owners = [t for t, cols in tabs.items() if bare in [x.lower() for x in cols]]
                    if not owners: bad(f"cross column {bare} not in schema")
                    if any(t in used for t in owners): bad(f"cross column {bare} belongs to a table in the query")
                elif bare in allcols: bad(f"{bare} exists in schema but not marked cross")
            elif cls == "unknown_table":
                m = re.match(r"no such table: (\S+)$", be)
                if not m: bad(f"wrong error: {be}")
                elif m.group(1).lower() in {t.lower() for t in tabs}: bad("table exists")
            elif cls == "ambiguous_column":
                m = re.match(r"ambiguous column name: (\S+)$", be)
                if not m: bad(f"wrong error: {be}")
                else:
                    owners = [t for t in used if m.group(1).lower() in [x.lower() for x in tabs[t]]]
                    if len(owners) < 2: bad("ambiguous column not in two used tables")
            elif cls == "wrong_qualifier":
                m = re.match(r"no such column: (\w+)\.(\w+)$", be)
                if not m: bad(f"wrong error: {be}")
                else:
                    owners = [t for t in used if m.group(2).lower() in [x.lower() for x in tabs[t]]]
                    if not owners: bad("qualified column not in any other table of the query")
            elif cls == "dialect":
                if c["meta"].get("family") not in FAMILY_COUNTS: bad("dialect without family")
                if not c["meta"].get("constructs"): bad("dialect without constructs")
        con.close()
    cc = Counter(c["cls"] for c in C)
    if dict(cc) != CLASS_COUNTS: errs.append(f"class counts {dict(cc)} != {CLASS_COUNTS}")
    fc = Counter(c["meta"]["family"] for c in C if c["cls"] == "dialect")
    if dict(fc) != FAMILY_COUNTS: errs.append(f"family counts {dict(fc)}")
    nx = sum(1 for c in C if c["cls"] == "unknown_column" and c["meta"].get("cross"))
    if nx != CROSS_TABLE_UNKNOWN_COLUMNS: errs.append(f"cross-table unknown_column = {nx}")
    na = sum(c["db_id"] in HALF_A for c in C); nb = sum(c["db_id"] in HALF_B for c in C)
    if (na, nb) != (50, 50): errs.append(f"half sizes {na}/{nb}")
    if errs:
        print("\n".join(errs)); print(f"{len(errs)} check(s) failed; nothing written"); sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "repair_v6.jsonl")
    with open(out, "w") as f:
        for c in C:
            f.write(json.dumps({"db_id": c["db_id"], "class": c["cls"], "question": c["question"],
                                "broken": c["broken"], "correct": c["correct"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(C)} cases to {out}")
    print("classes:", dict(cc)); print("dialect families:", dict(fc))
    print("halves: A", na, "B", nb)
    for c in C:
        if c["cls"] == "dialect": print(" ", c["meta"]["family"], c["db_id"], "; ".join(c["meta"]["constructs"]))

if __name__ == "__main__":
    main()
