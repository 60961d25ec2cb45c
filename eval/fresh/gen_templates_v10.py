#!/usr/bin/env python3
"""Generate templates_v10.json and templates_v10_nearmiss.json.

Every item is embedded below as
  (db_id, question, query, paraphrase, paraphrase_query, nearmiss_question, nearmiss_query)
and checked against the Spider SQLite databases. The two JSON files are written only if every
check passes; otherwise the failures are printed and the script exits 1.
"""
import json
import os
import re
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

HALF_A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
HALF_B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"]

ITEMS = [
    # ------------------------------------------------------------------ half A
    # battle_death
    ("battle_death",
     "What are the names of the ships lost in the Battle of Messinopolis?",
     "SELECT T2.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.name = 'Battle of Messinopolis'",
     "Which ships were lost in the Siege of Constantinople? Give their names.",
     "SELECT T2.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.name = 'Siege of Constantinople'",
     "How many ships were lost in the Battle of Messinopolis?",
     "SELECT count(*) FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.name = 'Battle of Messinopolis'"),
    ("battle_death",
     "How many battles had Kaloyan as the Bulgarian commander?",
     "SELECT count(*) FROM battle WHERE bulgarian_commander = 'Kaloyan'",
     "Count the battles in which Boril was the Bulgarian commander.",
     "SELECT count(*) FROM battle WHERE bulgarian_commander = 'Boril'",
     "Which battles had Kaloyan as the Bulgarian commander?",
     "SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    ("battle_death",
     "What is the total number of people killed in incidents caused by the ship Lettice?",
     "SELECT sum(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T1.name = 'Lettice'",
     "How many people in total were killed in incidents caused by the ship Mary?",
     "SELECT sum(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T1.name = 'Mary'",
     "What is the largest number of people killed in a single incident caused by the ship Lettice?",
     "SELECT max(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T1.name = 'Lettice'"),
    # concert_singer
    ("concert_singer",
     "How many singers are from France?",
     "SELECT count(*) FROM singer WHERE Country = 'France'",
     "Count the singers whose country is Netherlands.",
     "SELECT count(*) FROM singer WHERE Country = 'Netherlands'",
     "What is the average age of singers from France?",
     "SELECT avg(Age) FROM singer WHERE Country = 'France'"),
    ("concert_singer",
     "List the names of the concerts held at the stadium Somerset Park.",
     "SELECT T1.concert_Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.Name = 'Somerset Park'",
     "Which concerts took place at Glebe Park? Show their names.",
     "SELECT T1.concert_Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.Name = 'Glebe Park'",
     "List the themes of the concerts held at the stadium Somerset Park.",
     "SELECT T1.Theme FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.Name = 'Somerset Park'"),
    ("concert_singer",
     "Which singers performed in concerts held in 2015?",
     "SELECT DISTINCT T3.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T2.Singer_ID = T3.Singer_ID WHERE T1.Year = '2015'",
     "Give the names of the singers who sang in a concert in 2014.",
     "SELECT DISTINCT T3.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T2.Singer_ID = T3.Singer_ID WHERE T1.Year = '2014'",
     "How many different singers performed in concerts held in 2015?",
     "SELECT count(DISTINCT T3.Name) FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T2.Singer_ID = T3.Singer_ID WHERE T1.Year = '2015'"),
    ("concert_singer",
     "Show the 3 largest stadiums by capacity among those with an average attendance above 600.",
     "SELECT Name, Capacity FROM stadium WHERE Average > 600 ORDER BY Capacity DESC LIMIT 3",
     "Which are the 2 biggest stadiums by capacity with average attendance over 1000?",
     "SELECT Name, Capacity FROM stadium WHERE Average > 1000 ORDER BY Capacity DESC LIMIT 2",
     "Show the 3 smallest stadiums by capacity among those with an average attendance above 600.",
     "SELECT Name, Capacity FROM stadium WHERE Average > 600 ORDER BY Capacity ASC LIMIT 3"),
    # cre_Doc_Template_Mgt
    ("cre_Doc_Template_Mgt",
     "How many templates are of the type Presentation?",
     "SELECT count(*) FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Type_Description = 'Presentation'",
     "Count the templates whose type is CV.",
     "SELECT count(*) FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Type_Description = 'CV'",
     "What is the average version number of templates of the type Presentation?",
     "SELECT avg(T1.Version_Number) FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Type_Description = 'Presentation'"),
    ("cre_Doc_Template_Mgt",
     "List the names of documents that use a template with type code BK.",
     "SELECT T2.Document_Name FROM Templates AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID WHERE T1.Template_Type_Code = 'BK'",
     "Which documents are based on templates of type code AD? Give the document names.",
     "SELECT T2.Document_Name FROM Templates AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID WHERE T1.Template_Type_Code = 'AD'",
     "How many documents use a template with type code BK?",
     "SELECT count(*) FROM Templates AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID WHERE T1.Template_Type_Code = 'BK'"),
    ("cre_Doc_Template_Mgt",
     "How many paragraphs does the document Customer reviews have?",
     "SELECT count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Document_Name = 'Customer reviews'",
     "Count the paragraphs in the document A history of Arts.",
     "SELECT count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Document_Name = 'A history of Arts'",
     "List the paragraph texts of the document Customer reviews.",
     "SELECT T2.Paragraph_Text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Document_Name = 'Customer reviews'"),
    # employee_hire_evaluation
    ("employee_hire_evaluation",
     "How many employees live in the city Bristol?",
     "SELECT count(*) FROM employee WHERE City = 'Bristol'",
     "Count the employees whose city is Wasps.",
     "SELECT count(*) FROM employee WHERE City = 'Wasps'",
     "What is the average age of employees living in the city Bristol?",
     "SELECT avg(Age) FROM employee WHERE City = 'Bristol'"),
    ("employee_hire_evaluation",
     "Which employees received a bonus in 2016?",
     "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Year_awarded = '2016'",
     "Give the names of the employees awarded a bonus in 2015.",
     "SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Year_awarded = '2015'",
     "What was the total bonus awarded in 2016?",
     "SELECT sum(T2.Bonus) FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID WHERE T2.Year_awarded = '2016'"),
    ("employee_hire_evaluation",
     "What are the names of the shops with more than 5000 products?",
     "SELECT Name FROM shop WHERE Number_products > 5000",
     "List the shops that carry more than 10000 products.",
     "SELECT Name FROM shop WHERE Number_products > 10000",
     "What are the names of the shops with fewer than 5000 products?",
     "SELECT Name FROM shop WHERE Number_products < 5000"),
    # museum_visit
    ("museum_visit",
     "What are the names of the museums opened after 2009?",
     "SELECT Name FROM museum WHERE Open_Year > '2009'",
     "List the museums that opened after 2010.",
     "SELECT Name FROM museum WHERE Open_Year > '2010'",
     "How many museums opened after 2009?",
     "SELECT count(*) FROM museum WHERE Open_Year > '2009'"),
    ("museum_visit",
     "What is the total amount spent by the visitor Fernando Gago?",
     "SELECT sum(T2.Total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Name = 'Fernando Gago'",
     "How much did Arjen Robben spend in total on museum visits?",
     "SELECT sum(T2.Total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Name = 'Arjen Robben'",
     "What is the total number of tickets bought by the visitor Fernando Gago?",
     "SELECT sum(T2.Num_of_Ticket) FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Name = 'Fernando Gago'"),
    ("museum_visit",
     "How many visitors have a membership level above 4?",
     "SELECT count(*) FROM visitor WHERE Level_of_membership > 4",
     "Count the visitors whose level of membership is higher than 1.",
     "SELECT count(*) FROM visitor WHERE Level_of_membership > 1",
     "What is the average age of visitors with a membership level above 4?",
     "SELECT avg(Age) FROM visitor WHERE Level_of_membership > 4"),
    # orchestra
    ("orchestra",
     "How many conductors have the nationality USA?",
     "SELECT count(*) FROM conductor WHERE Nationality = 'USA'",
     "Count the conductors whose nationality is UK.",
     "SELECT count(*) FROM conductor WHERE Nationality = 'UK'",
     "What is the average age of conductors with the nationality USA?",
     "SELECT avg(Age) FROM conductor WHERE Nationality = 'USA'"),
    ("orchestra",
     "Which orchestras record with the company Decca Records?",
     "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'",
     "List the orchestras whose record company is Philips.",
     "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Philips'",
     "Which conductors lead orchestras that record with the company Decca Records?",
     "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Record_Company = 'Decca Records'"),
    ("orchestra",
     "What are the names of conductors of orchestras founded after 2005?",
     "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Year_of_Founded > 2005",
     "Show the conductors whose orchestras were founded after 2007.",
     "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Year_of_Founded > 2007",
     "What are the names of conductors of orchestras founded before 2005?",
     "SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Year_of_Founded < 2005"),
    ("orchestra",
     "Who are the 2 oldest conductors with the nationality USA?",
     "SELECT Name, Age FROM conductor WHERE Nationality = 'USA' ORDER BY Age DESC LIMIT 2",
     "List the 3 oldest conductors from UK.",
     "SELECT Name, Age FROM conductor WHERE Nationality = 'UK' ORDER BY Age DESC LIMIT 3",
     "Who are the 2 youngest conductors with the nationality USA?",
     "SELECT Name, Age FROM conductor WHERE Nationality = 'USA' ORDER BY Age ASC LIMIT 2"),
    # poker_player
    ("poker_player",
     "What are the earnings of poker players from Russia?",
     "SELECT T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Russia'",
     "Show the earnings of the poker players whose nationality is Bulgaria.",
     "SELECT T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Bulgaria'",
     "What are the total earnings of poker players from Russia?",
     "SELECT sum(T2.Earnings) FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Russia'"),
    ("poker_player",
     "How many people are taller than 190?",
     "SELECT count(*) FROM people WHERE Height > 190",
     "Count the people whose height is above 200.",
     "SELECT count(*) FROM people WHERE Height > 200",
     "What are the names of the people taller than 190?",
     "SELECT Name FROM people WHERE Height > 190"),
    ("poker_player",
     "What are the names of poker players with earnings above 200000?",
     "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 200000",
     "Which poker players earned more than 150000? Give their names.",
     "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings > 150000",
     "What are the names of poker players with earnings below 200000?",
     "SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Earnings < 200000"),
    # singer
    ("singer",
     "What are the names of singers with United States citizenship?",
     "SELECT Name FROM singer WHERE Citizenship = 'United States'",
     "List the singers whose citizenship is Chile.",
     "SELECT Name FROM singer WHERE Citizenship = 'Chile'",
     "How many singers have United States citizenship?",
     "SELECT count(*) FROM singer WHERE Citizenship = 'United States'"),
    ("singer",
     "What are the titles of the songs by the singer Liliane Bettencourt?",
     "SELECT T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Name = 'Liliane Bettencourt'",
     "Show the song titles of Christy Walton.",
     "SELECT T2.Title FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Name = 'Christy Walton'",
     "What are the total sales of the songs by the singer Liliane Bettencourt?",
     "SELECT sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Name = 'Liliane Bettencourt'"),
    ("singer",
     "Which singers were born after 1948?",
     "SELECT Name FROM singer WHERE Birth_Year > 1948",
     "List the names of singers born after 1955.",
     "SELECT Name FROM singer WHERE Birth_Year > 1955",
     "Which singers were born after 1948 and have a net worth above 15 million?",
     "SELECT Name FROM singer WHERE Birth_Year > 1948 AND Net_Worth_Millions > 15"),
    # tvshow
    ("tvshow",
     "How many TV channels are in Italy?",
     "SELECT count(*) FROM TV_Channel WHERE Country = 'Italy'",
     "Count the TV channels whose country is United Kingdom.",
     "SELECT count(*) FROM TV_Channel WHERE Country = 'United Kingdom'",
     "How many TV channels are not in Italy?",
     "SELECT count(*) FROM TV_Channel WHERE Country != 'Italy'"),
    ("tvshow",
     "What are the titles of the cartoons directed by Ben Jones?",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'",
     "List the cartoons that Michael Chang directed.",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Michael Chang'",
     "What are the titles of the cartoons directed by Ben Jones and written by Steven Melching?",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones' AND Written_by = 'Steven Melching'"),
    ("tvshow",
     "Which TV series episodes aired on the channel Sky Radio?",
     "SELECT T2.Episode FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T1.series_name = 'Sky Radio'",
     "List the episodes shown on the channel myDeejay.",
     "SELECT T2.Episode FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T1.series_name = 'myDeejay'",
     "What is the average rating of TV series episodes aired on the channel Sky Radio?",
     "SELECT avg(T2.Rating) FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.Channel WHERE T1.series_name = 'Sky Radio'"),
    # world_1
    ("world_1",
     "How many cities are there in Japan?",
     "SELECT count(*) FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan'",
     "Count the cities located in Brazil.",
     "SELECT count(*) FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Brazil'",
     "How many people live in the cities in Japan?",
     "SELECT sum(T1.Population) FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan'"),
    ("world_1",
     "What are the 5 most populous cities in China?",
     "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'China' ORDER BY T1.Population DESC LIMIT 5",
     "Show the 3 largest cities by population in India.",
     "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'India' ORDER BY T1.Population DESC LIMIT 3",
     "What are the 5 least populous cities in China?",
     "SELECT T1.Name, T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'China' ORDER BY T1.Population ASC LIMIT 5"),
    ("world_1",
     "What are the official languages of France?",
     "SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'France' AND T2.IsOfficial = 'T'",
     "Which languages are official in Canada?",
     "SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'Canada' AND T2.IsOfficial = 'T'",
     "What are the languages of France that are not official?",
     "SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = 'France' AND T2.IsOfficial = 'F'"),
    # ------------------------------------------------------------------ half B
    # car_1
    ("car_1",
     "How many car makers are from japan?",
     "SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'",
     "Count the car makers based in germany.",
     "SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'germany'",
     "What are the names of the car makers from japan?",
     "SELECT T1.Maker FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'"),
    ("car_1",
     "What is the average weight of cars made in 1975?",
     "SELECT avg(Weight) FROM cars_data WHERE Year = 1975",
     "Give the mean weight of the cars from 1980.",
     "SELECT avg(Weight) FROM cars_data WHERE Year = 1980",
     "What is the maximum weight of cars made in 1975?",
     "SELECT max(Weight) FROM cars_data WHERE Year = 1975"),
    ("car_1",
     "For each number of cylinders, how many cars were made in 1980?",
     "SELECT Cylinders, count(*) FROM cars_data WHERE Year = 1980 GROUP BY Cylinders",
     "How many cars from 1972 are there per cylinder count?",
     "SELECT Cylinders, count(*) FROM cars_data WHERE Year = 1972 GROUP BY Cylinders",
     "For each number of cylinders, what is the average weight of cars made in 1980?",
     "SELECT Cylinders, avg(Weight) FROM cars_data WHERE Year = 1980 GROUP BY Cylinders"),
    ("car_1",
     "What are the 3 heaviest cars made in 1978?",
     "SELECT T1.Make, T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1978 ORDER BY T2.Weight DESC LIMIT 3",
     "Show the 4 heaviest cars from 1981.",
     "SELECT T1.Make, T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1981 ORDER BY T2.Weight DESC LIMIT 4",
     "What are the 3 heaviest cars made before 1978?",
     "SELECT T1.Make, T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year < 1978 ORDER BY T2.Weight DESC LIMIT 3"),
    ("car_1",
     "How many models does the car maker gm have?",
     "SELECT count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE T1.Maker = 'gm'",
     "Count the models made by chrysler.",
     "SELECT count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE T1.Maker = 'chrysler'",
     "Which models does the car maker gm have?",
     "SELECT T2.Model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE T1.Maker = 'gm'"),
    # course_teach
    ("course_teach",
     "Which courses does the teacher Anne Walker teach?",
     "SELECT T3.Course FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T2.Name = 'Anne Walker'",
     "List the courses taught by Kearsley Brown.",
     "SELECT T3.Course FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T2.Name = 'Kearsley Brown'",
     "How many courses does the teacher Anne Walker teach?",
     "SELECT count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T2.Name = 'Anne Walker'"),
    ("course_teach",
     "What are the names of the teachers who teach grade 1?",
     "SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T1.Grade = 1",
     "Which teachers are assigned to grade 5?",
     "SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T1.Grade = 5",
     "What are the names of the teachers who teach a grade above 1?",
     "SELECT DISTINCT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T1.Grade > 1"),
    ("course_teach",
     "Which teachers teach the course Math?",
     "SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = 'Math'",
     "Who teaches Music? Show the teacher names.",
     "SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = 'Music'",
     "In which grades is the course Math taught?",
     "SELECT T1.Grade FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = 'Math'"),
    # dog_kennels
    ("dog_kennels",
     "How many dogs are of the breed Bulldog?",
     "SELECT count(*) FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Bulldog'",
     "Count the dogs whose breed is Husky.",
     "SELECT count(*) FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Husky'",
     "What is the average age of the dogs of the breed Bulldog?",
     "SELECT avg(T1.age) FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code WHERE T2.breed_name = 'Bulldog'"),
    ("dog_kennels",
     "What are the names of the dogs whose owners live in NorthDakota?",
     "SELECT T1.name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.state = 'NorthDakota'",
     "List the dogs owned by people from Vermont.",
     "SELECT T1.name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.state = 'Vermont'",
     "What are the first names of the owners who live in NorthDakota?",
     "SELECT first_name FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels",
     "What is the total cost of treatments of the type Vaccination?",
     "SELECT sum(T1.cost_of_treatment) FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code WHERE T2.treatment_type_description = 'Vaccination'",
     "How much was spent in total on Physical examination treatments?",
     "SELECT sum(T1.cost_of_treatment) FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code WHERE T2.treatment_type_description = 'Physical examination'",
     "How many treatments of the type Vaccination were given?",
     "SELECT count(*) FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code WHERE T2.treatment_type_description = 'Vaccination'"),
    ("dog_kennels",
     "Which professionals gave treatments costing more than 600? List their first names.",
     "SELECT DISTINCT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.cost_of_treatment > 600",
     "Show the first names of professionals who performed a treatment that cost more than 800.",
     "SELECT DISTINCT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.cost_of_treatment > 800",
     "Which professionals gave treatments costing less than 600? List their first names.",
     "SELECT DISTINCT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.cost_of_treatment < 600"),
    # flight_2
    ("flight_2",
     "How many flights depart from the airport AXG?",
     "SELECT count(*) FROM flights WHERE TRIM(SourceAirport) = 'AXG'",
     "Count the flights leaving from airport ABQ.",
     "SELECT count(*) FROM flights WHERE TRIM(SourceAirport) = 'ABQ'",
     "How many flights operated by Northwest Airlines depart from the airport AXG?",
     "SELECT count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE TRIM(T1.SourceAirport) = 'AXG' AND T2.Airline = 'Northwest Airlines'"),
    ("flight_2",
     "How many airports are in the city Albany?",
     "SELECT count(*) FROM airports WHERE TRIM(City) = 'Albany'",
     "Count the airports located in Anchorage.",
     "SELECT count(*) FROM airports WHERE TRIM(City) = 'Anchorage'",
     "What are the names of the airports in the city Albany?",
     "SELECT AirportName FROM airports WHERE TRIM(City) = 'Albany'"),
    ("flight_2",
     "For each airline, how many flights depart from the city Albany?",
     "SELECT T2.Airline, count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE TRIM(T3.City) = 'Albany' GROUP BY T2.Airline",
     "Number of flights leaving Athens per airline.",
     "SELECT T2.Airline, count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE TRIM(T3.City) = 'Athens' GROUP BY T2.Airline",
     "For each airline, how many flights depart from cities other than Albany?",
     "SELECT T2.Airline, count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE TRIM(T3.City) != 'Albany' GROUP BY T2.Airline"),
    ("flight_2",
     "Which 3 destination airports have the most flights operated by American Airlines?",
     "SELECT TRIM(T1.DestAirport), count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Airline = 'American Airlines' GROUP BY TRIM(T1.DestAirport) ORDER BY count(*) DESC LIMIT 3",
     "Top 2 destination airports by number of JetBlue Airways flights.",
     "SELECT TRIM(T1.DestAirport), count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Airline = 'JetBlue Airways' GROUP BY TRIM(T1.DestAirport) ORDER BY count(*) DESC LIMIT 2",
     "How many destination airports have flights operated by American Airlines?",
     "SELECT count(DISTINCT TRIM(T1.DestAirport)) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Airline = 'American Airlines'"),
    # network_1
    ("network_1",
     "What are the names of the high schoolers in grade 10?",
     "SELECT name FROM Highschooler WHERE grade = 10",
     "List the students who are in grade 12.",
     "SELECT name FROM Highschooler WHERE grade = 12",
     "How many high schoolers are in grade 10?",
     "SELECT count(*) FROM Highschooler WHERE grade = 10"),
    ("network_1",
     "Who are the friends of Andrew?",
     "SELECT T3.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.student_id JOIN Highschooler AS T3 ON T2.friend_id = T3.ID WHERE T1.name = 'Andrew'",
     "List the names of Kris's friends.",
     "SELECT T3.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.student_id JOIN Highschooler AS T3 ON T2.friend_id = T3.ID WHERE T1.name = 'Kris'",
     "How many friends of Andrew are there?",
     "SELECT count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.student_id JOIN Highschooler AS T3 ON T2.friend_id = T3.ID WHERE T1.name = 'Andrew'"),
    ("network_1",
     "Who does Cassandra like?",
     "SELECT T3.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.ID = T2.student_id JOIN Highschooler AS T3 ON T2.liked_id = T3.ID WHERE T1.name = 'Cassandra'",
     "Which students does Alexis like? Give their names.",
     "SELECT T3.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.ID = T2.student_id JOIN Highschooler AS T3 ON T2.liked_id = T3.ID WHERE T1.name = 'Alexis'",
     "Who likes Cassandra?",
     "SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.ID = T2.student_id JOIN Highschooler AS T3 ON T2.liked_id = T3.ID WHERE T3.name = 'Cassandra'"),
    # pets_1
    ("pets_1",
     "How many students are older than 20?",
     "SELECT count(*) FROM Student WHERE Age > 20",
     "Count the students whose age is above 25.",
     "SELECT count(*) FROM Student WHERE Age > 25",
     "How many female students are older than 20?",
     "SELECT count(*) FROM Student WHERE Age > 20 AND Sex = 'F'"),
    ("pets_1",
     "What is the average age of students with major 600?",
     "SELECT avg(Age) FROM Student WHERE Major = 600",
     "Give the mean age of the students in major 520.",
     "SELECT avg(Age) FROM Student WHERE Major = 520",
     "What is the maximum age of students with major 600?",
     "SELECT max(Age) FROM Student WHERE Major = 600"),
    ("pets_1",
     "How many students live in the city with code PIT?",
     "SELECT count(*) FROM Student WHERE city_code = 'PIT'",
     "Count the students whose city code is NYC.",
     "SELECT count(*) FROM Student WHERE city_code = 'NYC'",
     "How many male students live in the city with code PIT?",
     "SELECT count(*) FROM Student WHERE city_code = 'PIT' AND Sex = 'M'"),
    # real_estate_properties
    ("real_estate_properties",
     "How many properties are of the type Apartment?",
     "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'",
     "Count the properties whose type code is Other.",
     "SELECT count(*) FROM Properties WHERE property_type_code = 'Other'",
     "What is the average room count of properties of the type Apartment?",
     "SELECT avg(room_count) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties",
     "What are the names of the properties with more than 7 rooms?",
     "SELECT property_name FROM Properties WHERE room_count > 7",
     "List the properties that have more than 8 rooms.",
     "SELECT property_name FROM Properties WHERE room_count > 8",
     "What are the names of the Shop properties with more than 7 rooms?",
     "SELECT property_name FROM Properties WHERE room_count > 7 AND property_type_code = 'Shop'"),
    ("real_estate_properties",
     "Which properties have the feature AirCon? Give their names.",
     "SELECT DISTINCT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'AirCon'",
     "List the names of properties with the feature BurglarAlarm.",
     "SELECT DISTINCT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'BurglarAlarm'",
     "How many properties have the feature AirCon?",
     "SELECT count(DISTINCT T1.property_name) FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'AirCon'"),
    # student_transcripts_tracking
    ("student_transcripts_tracking",
     "How many enrolments are there in the semester summer 2010?",
     "SELECT count(*) FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id WHERE T2.semester_name = 'summer 2010'",
     "Count the student enrolments for the semester fall 2018.",
     "SELECT count(*) FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id WHERE T2.semester_name = 'fall 2018'",
     "What are the first names of the students enrolled in the semester summer 2010?",
     "SELECT T3.first_name FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id JOIN Students AS T3 ON T1.student_id = T3.student_id WHERE T2.semester_name = 'summer 2010'"),
    ("student_transcripts_tracking",
     "Which students currently live in Kentucky? Give their first names.",
     "SELECT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.state_province_county = 'Kentucky'",
     "List the first names of students whose current address is in SouthDakota.",
     "SELECT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.state_province_county = 'SouthDakota'",
     "Which students have their permanent address in Kentucky? Give their first names.",
     "SELECT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id WHERE T2.state_province_county = 'Kentucky'"),
    ("student_transcripts_tracking",
     "How many degree programs does the department statistics offer?",
     "SELECT count(*) FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T1.department_name = 'statistics'",
     "Count the degree programs of the drama department.",
     "SELECT count(*) FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T1.department_name = 'drama'",
     "What are the summary names of the degree programs the department statistics offers?",
     "SELECT T2.degree_summary_name FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id WHERE T1.department_name = 'statistics'"),
    ("student_transcripts_tracking",
     "How many students first registered after 2000?",
     "SELECT count(*) FROM Students WHERE strftime('%Y', date_first_registered) > '2000'",
     "Count the students whose first registration was after 2010.",
     "SELECT count(*) FROM Students WHERE strftime('%Y', date_first_registered) > '2010'",
     "How many students first registered before 2000?",
     "SELECT count(*) FROM Students WHERE strftime('%Y', date_first_registered) < '2000'"),
    # voter_1
    ("voter_1",
     "How many area codes does the state TX have?",
     "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'TX'",
     "Count the area codes in the state CA.",
     "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'CA'",
     "What are the area codes of the state TX?",
     "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'"),
    ("voter_1",
     "How many votes did the contestant Kelly Clauss receive?",
     "SELECT count(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.contestant_name = 'Kelly Clauss'",
     "Count the votes cast for Tabatha Gehling.",
     "SELECT count(*) FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.contestant_name = 'Tabatha Gehling'",
     "From which states did the contestant Kelly Clauss receive votes?",
     "SELECT T2.state FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.contestant_name = 'Kelly Clauss'"),
    ("voter_1",
     "Which contestants received votes from the state NY?",
     "SELECT DISTINCT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'NY'",
     "List the contestants that got votes from CA.",
     "SELECT DISTINCT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'CA'",
     "How many votes came from the state NY?",
     "SELECT count(*) FROM VOTES WHERE state = 'NY'"),
]

TOKEN_RE = re.compile(r"'(?:[^']|'')*'|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z_0-9]*|!=|<>|<=|>=|\S")


def tokens(sql):
    return TOKEN_RE.findall(sql)


def is_literal(tok):
    return tok.startswith("'") or tok[0].isdigit()


def skeleton(sql):
    out = []
    for t in tokens(sql):
        out.append("?" if is_literal(t) else t.upper())
    return out


def literals(sql):
    return [t for t in tokens(sql) if is_literal(t)]


def lit_text(tok):
    return tok[1:-1].replace("''", "'") if tok.startswith("'") else tok


def run(conn, sql):
    return conn.execute(sql).fetchall()


def trivial(rows):
    if not rows:
        return True
    if all(v is None for r in rows for v in r):
        return True
    if len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] in (0, 0.0, None, ""):
        return True
    return False


def canon(rows):
    return sorted(repr(tuple(r)) for r in rows)


LIMIT_RE = re.compile(r"\s+ORDER\s+BY\s+(.+?)(?:\s+(ASC|DESC))?\s+LIMIT\s+(\d+)\s*$", re.I | re.S)


def limit_tie(conn, sql):
    """Return a message if the rows at the LIMIT cut-off tie on the ORDER BY key."""
    m = LIMIT_RE.search(sql)
    if not m:
        if re.search(r"\bLIMIT\b", sql, re.I):
            return "LIMIT without a recognised ORDER BY"
        return None
    expr, direction, n = m.group(1), (m.group(2) or "ASC").upper(), int(m.group(3))
    if re.match(r"\s*SELECT\s+DISTINCT\b", sql, re.I):
        return "tie check does not support SELECT DISTINCT with LIMIT"
    body = sql[:m.start()]
    key_sql = re.sub(r"^\s*SELECT\s+", "SELECT (%s) AS __k, " % expr, body, count=1, flags=re.I)
    key_sql += " ORDER BY __k " + direction
    rows = run(conn, key_sql)
    if len(rows) > n and rows[n - 1][0] == rows[n][0]:
        return "tie at LIMIT %d: key %r" % (n, rows[n][0])
    return None


def words(s):
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def main():
    errors = []
    pairs, nears = [], []
    conns = {}
    dbs_a, dbs_b = set(), set()
    n_a = n_b = 0
    seen_q = set()
    for i, item in enumerate(ITEMS):
        if len(item) != 7:
            errors.append("item %d: expected 7 fields" % i)
            continue
        db, q, sql, pq, psql, nq, nsql = item
        tag = "item %d (%s)" % (i, db)
        if db in HALF_A:
            dbs_a.add(db); n_a += 1
        elif db in HALF_B:
            dbs_b.add(db); n_b += 1
        else:
            errors.append("%s: database not in either half" % tag)
            continue
        path = os.path.join(DB_DIR, db, db + ".sqlite")
        if db not in conns:
            conns[db] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        conn = conns[db]
        for text in (q, pq, nq):
            if text.lower() in seen_q:
                errors.append("%s: duplicate question %r" % (tag, text))
            seen_q.add(text.lower())
        if q.strip().lower() == pq.strip().lower():
            errors.append("%s: paraphrase wording equals question" % tag)
        # literal-only difference
        if skeleton(sql) != skeleton(psql):
            errors.append("%s: paraphrase_query differs in more than literals" % tag)
        la, lb = literals(sql), literals(psql)
        if la == lb:
            errors.append("%s: paraphrase_query has the same literals" % tag)
        if len(la) == len(lb):
            for a, b in zip(la, lb):
                if a != b:
                    if lit_text(a).lower() not in q.lower():
                        errors.append("%s: literal %s not in question" % (tag, a))
                    if lit_text(b).lower() not in pq.lower():
                        errors.append("%s: literal %s not in paraphrase" % (tag, b))
                    if lit_text(b).lower() in q.lower() and len(lit_text(b)) > 1:
                        errors.append("%s: paraphrase value %s also in question" % (tag, b))
        results = {}
        for name, s in (("query", sql), ("paraphrase_query", psql), ("nearmiss", nsql)):
            try:
                rows = run(conn, s)
            except sqlite3.Error as e:
                errors.append("%s: %s fails: %s" % (tag, name, e))
                continue
            if trivial(rows):
                errors.append("%s: %s result empty or trivial: %r" % (tag, name, rows[:3]))
            try:
                tie = limit_tie(conn, s)
            except sqlite3.Error as e:
                tie = "tie check failed: %s" % e
            if tie:
                errors.append("%s: %s %s" % (tag, name, tie))
            results[name] = rows
        if "query" in results and "paraphrase_query" in results:
            if canon(results["query"]) == canon(results["paraphrase_query"]):
                errors.append("%s: query and paraphrase_query give the same result" % tag)
        if "query" in results and "nearmiss" in results:
            if canon(results["query"]) == canon(results["nearmiss"]):
                errors.append("%s: near-miss gives the same result as the query" % tag)
        if nsql.strip() == sql.strip():
            errors.append("%s: near-miss query equals the query" % tag)
        if nq.strip().lower() == q.strip().lower():
            errors.append("%s: near-miss question equals the question" % tag)
        wq, wn = words(q), words(nq)
        overlap = len(wq & wn) / max(1, len(wq | wn))
        if overlap < 0.25:
            errors.append("%s: near-miss wording not close (overlap %.2f)" % (tag, overlap))
        pairs.append({"db_id": db, "question": q, "query": sql,
                      "paraphrase": pq, "paraphrase_query": psql})
        nears.append({"db_id": db, "near": len(pairs) - 1, "question": nq, "query": nsql})
    if n_a != 32 or n_b != 32:
        errors.append("counts: half A %d, half B %d (want 32 and 32)" % (n_a, n_b))
    missing = (set(HALF_A) - dbs_a) | (set(HALF_B) - dbs_b)
    if missing:
        errors.append("databases not used: %s" % sorted(missing))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d failure(s); nothing written" % len(errors))
        return 1
    with open(os.path.join(OUT_DIR, "templates_v10.json"), "w") as f:
        json.dump(pairs, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(OUT_DIR, "templates_v10_nearmiss.json"), "w") as f:
        json.dump(nears, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("ok: %d pairs (%d half A, %d half B, %d databases), %d near-misses"
          % (len(pairs), n_a, n_b, len(dbs_a | dbs_b), len(nears)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
