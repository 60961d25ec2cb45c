#!/usr/bin/env python3
"""Generate templates_v3.json and templates_v3_nearmiss.json.

Each template item: a question + gold SQL, and a paraphrase (different wording, different
literal values) whose gold SQL is the same query with only literal values changed.
Each near-miss item: a question close in wording to template item `near`, but asking for
something different; its gold SQL must give a different result than the near item's query.

All queries are run on the Spider SQLite databases; the JSON files are written only if all
checks pass.  Python 3 stdlib only.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

HALF_A = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"}
HALF_B = {"car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"}

# (key, db_id, kind, question, query, paraphrase, paraphrase_query)
# key is a local name used by near-miss items.
T = [
    # ------------------------------------------------------------------ half A
    ("bd_result", "battle_death", "count+text",
     "How many battles ended in a Bulgarian victory?",
     "SELECT count(*) FROM battle WHERE result = 'Bulgarian victory'",
     "Number of battles whose outcome was a Latin victory",
     "SELECT count(*) FROM battle WHERE result = 'Latin victory'"),
    ("bd_ships_cmdr", "battle_death", "join-filter",
     "List the names of ships lost in battles where the Bulgarian commander was Kaloyan.",
     "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.bulgarian_commander = 'Kaloyan'",
     "Ships lost during battles where Boril commanded the Bulgarians",
     "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.bulgarian_commander = 'Boril'"),

    ("cs_country", "concert_singer", "count+text",
     "How many singers are from France?",
     "SELECT count(*) FROM singer WHERE Country = 'France'",
     "Count the singers whose country is the Netherlands.",
     "SELECT count(*) FROM singer WHERE Country = 'Netherlands'"),
    ("cs_capacity", "concert_singer", "list+numeric",
     "Which stadiums have a capacity above 10000?",
     "SELECT Name FROM stadium WHERE Capacity > 10000",
     "Give me the names of stadiums holding more than 4,000 people",
     "SELECT Name FROM stadium WHERE Capacity > 4000"),
    ("cs_year_singers", "concert_singer", "year+join",
     "What are the names of the singers who performed in concerts held in 2014?",
     "SELECT DISTINCT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'",
     "singers appearing at any 2015 concert",
     "SELECT DISTINCT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2015'"),

    ("dt_type_docs", "cre_Doc_Template_Mgt", "count+join",
     "How many documents use a Presentation template?",
     "SELECT count(*) FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'",
     "Number of documents that are based on book templates",
     "SELECT count(*) FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code WHERE r.Template_Type_Description = 'Book'"),
    ("dt_version", "cre_Doc_Template_Mgt", "list+numeric",
     "List the IDs of templates whose version number is greater than 7.",
     "SELECT Template_ID FROM Templates WHERE Version_Number > 7",
     "Which templates are on a version above 5? Show their ids.",
     "SELECT Template_ID FROM Templates WHERE Version_Number > 5"),
    ("dt_paragraphs", "cre_Doc_Template_Mgt", "count+join",
     "How many paragraphs does the document 'Customer reviews' have?",
     "SELECT count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'",
     "paragraph count for the document called A history of Arts",
     "SELECT count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'A history of Arts'"),

    ("eh_city", "employee_hire_evaluation", "count+text",
     "How many employees live in Bristol?",
     "SELECT count(*) FROM employee WHERE City = 'Bristol'",
     "What is the number of staff whose city is Leicester?",
     "SELECT count(*) FROM employee WHERE City = 'Leicester'"),
    ("eh_top_shops", "employee_hire_evaluation", "order-limit",
     "Which 3 shops carry the most products? Show their names.",
     "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 3",
     "Name the top five shops ranked by number of products.",
     "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 5"),
    ("eh_bonus_year", "employee_hire_evaluation", "year+join",
     "Which employees received a bonus in 2016?",
     "SELECT e.Name FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID WHERE v.Year_awarded = '2016'",
     "Names of the people who were awarded a bonus for the year 2015",
     "SELECT e.Name FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID WHERE v.Year_awarded = '2015'"),

    ("mv_open_year", "museum_visit", "year",
     "Which museums opened after 2009?",
     "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009",
     "List the names of museums that opened later than 2010.",
     "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010"),
    ("mv_avg_age", "museum_visit", "aggregate+filter",
     "What is the average age of visitors whose membership level is above 4?",
     "SELECT avg(Age) FROM visitor WHERE Level_of_membership > 4",
     "Mean visitor age among members with a level higher than 1",
     "SELECT avg(Age) FROM visitor WHERE Level_of_membership > 1"),
    ("mv_spent", "museum_visit", "aggregate+join",
     "How much did Fernando Gago spend in total on museum visits?",
     "SELECT sum(v.Total_spent) FROM visit v JOIN visitor p ON p.ID = v.visitor_ID WHERE p.Name = 'Fernando Gago'",
     "Total amount spent by the visitor Arjen Robben",
     "SELECT sum(v.Total_spent) FROM visit v JOIN visitor p ON p.ID = v.visitor_ID WHERE p.Name = 'Arjen Robben'"),

    ("or_nat", "orchestra", "count+text",
     "How many conductors are American?",
     "SELECT count(*) FROM conductor WHERE Nationality = 'USA'",
     "Count the conductors with British nationality.",
     "SELECT count(*) FROM conductor WHERE Nationality = 'UK'"),
    ("or_cond_age", "orchestra", "join-filter",
     "Which orchestras are led by a conductor older than 45?",
     "SELECT o.Orchestra FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID WHERE c.Age > 45",
     "orchestra names where the conductor is over 42 years old",
     "SELECT o.Orchestra FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID WHERE c.Age > 42"),
    ("or_format_year", "orchestra", "text+number",
     "List the orchestras founded after 2005 whose major record format is CD.",
     "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2005 AND Major_Record_Format = 'CD'",
     "Which orchestras mainly record on DVD and were founded later than 2001?",
     "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2001 AND Major_Record_Format = 'DVD'"),

    ("pp_earn_nat", "poker_player", "aggregate+join",
     "What are the total earnings of poker players from Russia?",
     "SELECT sum(pp.Earnings) FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russia'",
     "Sum up the earnings of the Bulgarian players.",
     "SELECT sum(pp.Earnings) FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Bulgaria'"),
    ("pp_height", "poker_player", "list+numeric",
     "Who is taller than 200 cm?",
     "SELECT Name FROM people WHERE Height > 200",
     "names of people with a height over 190",
     "SELECT Name FROM people WHERE Height > 190"),

    ("sg_citizen", "singer", "count+text",
     "How many singers are citizens of the United States?",
     "SELECT count(*) FROM singer WHERE Citizenship = 'United States'",
     "Number of singers holding German citizenship",
     "SELECT count(*) FROM singer WHERE Citizenship = 'Germany'"),
    ("sg_sales", "singer", "list+numeric",
     "Which songs sold more than 300000 copies?",
     "SELECT Title FROM song WHERE Sales > 300000",
     "Show song titles with sales above 270,000.",
     "SELECT Title FROM song WHERE Sales > 270000"),
    ("sg_group", "singer", "group-by+filter",
     "For singers born after 1945, what is the average net worth for each citizenship?",
     "SELECT Citizenship, avg(Net_Worth_Millions) FROM singer WHERE Birth_Year > 1945 GROUP BY Citizenship",
     "Average net worth by country of citizenship, counting only singers born after 1950",
     "SELECT Citizenship, avg(Net_Worth_Millions) FROM singer WHERE Birth_Year > 1950 GROUP BY Citizenship"),

    ("tv_lang", "tvshow", "count+text",
     "How many TV channels broadcast in Italian?",
     "SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'",
     "Count the channels whose language is English.",
     "SELECT count(*) FROM TV_Channel WHERE Language = 'English'"),
    ("tv_country_eps", "tvshow", "join-filter",
     "Which TV series episodes aired on channels based in the United Kingdom?",
     "SELECT s.Episode FROM TV_series s JOIN TV_Channel c ON s.Channel = c.id WHERE c.Country = 'United Kingdom'",
     "episodes shown on Italian channels",
     "SELECT s.Episode FROM TV_series s JOIN TV_Channel c ON s.Channel = c.id WHERE c.Country = 'Italy'"),
    ("tv_top_viewers", "tvshow", "order-limit",
     "What are the 3 episodes with the most viewers?",
     "SELECT Episode FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 3",
     "Top 5 episodes by viewership",
     "SELECT Episode FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 5"),

    ("wd_cities", "world_1", "join+two-filters",
     "How many cities in Japan have more than 1 million people?",
     "SELECT count(*) FROM city c JOIN country co ON c.CountryCode = co.Code WHERE co.Name = 'Japan' AND c.Population > 1000000",
     "Number of US cities with a population over 500,000",
     "SELECT count(*) FROM city c JOIN country co ON c.CountryCode = co.Code WHERE co.Name = 'United States' AND c.Population > 500000"),
    ("wd_life", "world_1", "aggregate+filter",
     "What is the average life expectancy of countries in Africa?",
     "SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'Africa'",
     "Mean life expectancy across European countries",
     "SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'Europe'"),
    ("wd_indep", "world_1", "year+text",
     "Which European countries became independent after 1991?",
     "SELECT Name FROM country WHERE Continent = 'Europe' AND IndepYear > 1991",
     "List Asian countries with an independence year later than 1983.",
     "SELECT Name FROM country WHERE Continent = 'Asia' AND IndepYear > 1983"),

    # ------------------------------------------------------------------ half B
    ("car_makers_country", "car_1", "count+join",
     "How many car makers are based in Japan?",
     "SELECT count(*) FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'",
     "Number of automakers from Germany",
     "SELECT count(*) FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'germany'"),
    ("car_mpg", "car_1", "list+numeric",
     "Which car models get more than 40 miles per gallon?",
     "SELECT n.Make FROM car_names n JOIN cars_data d ON d.Id = n.MakeId WHERE CAST(d.MPG AS REAL) > 40",
     "List the makes with an MPG above 38.",
     "SELECT n.Make FROM car_names n JOIN cars_data d ON d.Id = n.MakeId WHERE CAST(d.MPG AS REAL) > 38"),
    ("car_hp_year", "car_1", "aggregate+year",
     "What is the average horsepower of cars made in 1975?",
     "SELECT avg(CAST(Horsepower AS REAL)) FROM cars_data WHERE Year = 1975 AND Horsepower <> 'null'",
     "mean horsepower for the 1980 model year",
     "SELECT avg(CAST(Horsepower AS REAL)) FROM cars_data WHERE Year = 1980 AND Horsepower <> 'null'"),
    ("car_cyl_group", "car_1", "group-by+filter",
     "For each number of cylinders, how many cars were made in 1970?",
     "SELECT Cylinders, count(*) FROM cars_data WHERE Year = 1970 GROUP BY Cylinders",
     "Count of 1982 cars broken down by cylinder count",
     "SELECT Cylinders, count(*) FROM cars_data WHERE Year = 1982 GROUP BY Cylinders"),

    ("ct_age", "course_teach", "list+numeric",
     "Which teachers are older than 35?",
     "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35",
     "names of teachers aged over 30",
     "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 30"),
    ("ct_teacher_courses", "course_teach", "join-filter",
     "Which courses does Anne Walker teach?",
     "SELECT c.Course FROM course c JOIN course_arrange a ON c.Course_ID = a.Course_ID JOIN teacher t ON t.Teacher_ID = a.Teacher_ID WHERE t.Name = 'Anne Walker'",
     "List the courses taught by Kearsley Brown.",
     "SELECT c.Course FROM course c JOIN course_arrange a ON c.Course_ID = a.Course_ID JOIN teacher t ON t.Teacher_ID = a.Teacher_ID WHERE t.Name = 'Kearsley Brown'"),
    ("ct_grade", "course_teach", "join-filter",
     "Which teachers are assigned to a grade above 4?",
     "SELECT DISTINCT t.Name FROM teacher t JOIN course_arrange a ON t.Teacher_ID = a.Teacher_ID WHERE a.Grade > 4",
     "Give the names of teachers who teach some grade higher than 2.",
     "SELECT DISTINCT t.Name FROM teacher t JOIN course_arrange a ON t.Teacher_ID = a.Teacher_ID WHERE a.Grade > 2"),

    ("dk_breed", "dog_kennels", "count+join",
     "How many dogs are Bulldogs?",
     "SELECT count(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'",
     "number of husky dogs in the kennels",
     "SELECT count(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'"),
    ("dk_treat_cost", "dog_kennels", "aggregate+join",
     "What is the total cost of all vaccination treatments?",
     "SELECT sum(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types y ON t.treatment_type_code = y.treatment_type_code WHERE y.treatment_type_description = 'Vaccination'",
     "Sum the costs of physical examinations.",
     "SELECT sum(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types y ON t.treatment_type_code = y.treatment_type_code WHERE y.treatment_type_description = 'Physical examination'"),
    ("dk_owner_state", "dog_kennels", "list+text",
     "List the first and last names of owners living in North Dakota.",
     "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'",
     "Which owners are in New York? Give their full names.",
     "SELECT first_name, last_name FROM Owners WHERE state = 'NewYork'"),
    ("dk_size_age", "dog_kennels", "text+number",
     "What are the names of medium-sized dogs older than 5?",
     "SELECT d.name FROM Dogs d JOIN Sizes s ON d.size_code = s.size_code WHERE s.size_description = 'Medium' AND CAST(d.age AS INTEGER) > 5",
     "large dogs aged over 4 - names",
     "SELECT d.name FROM Dogs d JOIN Sizes s ON d.size_code = s.size_code WHERE s.size_description = 'Large' AND CAST(d.age AS INTEGER) > 4"),

    ("fl_from_city", "flight_2", "count+join",
     "How many flights depart from Aberdeen?",
     "SELECT count(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'",
     "Number of flights leaving Albany",
     "SELECT count(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Albany'"),
    ("fl_airline_dest", "flight_2", "join+two-filters",
     "How many Delta flights arrive in Ashley?",
     "SELECT count(*) FROM flights f JOIN airlines al ON f.Airline = al.uid JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE al.Airline = 'Delta Airlines' AND TRIM(a.City) = 'Ashley'",
     "Count the United Airlines flights landing in Anchorage.",
     "SELECT count(*) FROM flights f JOIN airlines al ON f.Airline = al.uid JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE al.Airline = 'United Airlines' AND TRIM(a.City) = 'Anchorage'"),
    ("fl_top_cities", "flight_2", "order-limit",
     "Which 3 cities have the most departing flights?",
     "SELECT TRIM(a.City) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY count(*) DESC LIMIT 3",
     "top two cities by number of outgoing flights",
     "SELECT TRIM(a.City) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY count(*) DESC LIMIT 2"),

    ("nw_grade", "network_1", "count+numeric",
     "How many high schoolers are in grade 11 or higher?",
     "SELECT count(*) FROM Highschooler WHERE grade >= 11",
     "Count the students at grade 10 and up.",
     "SELECT count(*) FROM Highschooler WHERE grade >= 10"),
    ("nw_likes_who", "network_1", "join-filter",
     "Which students does Andrew like?",
     "SELECT h2.name FROM Likes l JOIN Highschooler h1 ON l.student_id = h1.ID JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h1.name = 'Andrew'",
     "names of the people Kyle likes",
     "SELECT h2.name FROM Likes l JOIN Highschooler h1 ON l.student_id = h1.ID JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h1.name = 'Kyle'"),
    ("nw_liked_count", "network_1", "count+join",
     "How many students like Kris?",
     "SELECT count(*) FROM Likes l JOIN Highschooler h ON l.liked_id = h.ID WHERE h.name = 'Kris'",
     "Number of admirers Kyle has",
     "SELECT count(*) FROM Likes l JOIN Highschooler h ON l.liked_id = h.ID WHERE h.name = 'Kyle'"),

    ("pt_sex_age", "pets_1", "text+number",
     "How many female students are older than 19?",
     "SELECT count(*) FROM Student WHERE Sex = 'F' AND Age > 19",
     "Count the male students aged over 20.",
     "SELECT count(*) FROM Student WHERE Sex = 'M' AND Age > 20"),
    ("pt_city_age", "pets_1", "aggregate+filter",
     "What is the average age of students living in Baltimore?",
     "SELECT avg(Age) FROM Student WHERE city_code = 'BAL'",
     "mean age of the students from Pittsburgh",
     "SELECT avg(Age) FROM Student WHERE city_code = 'PIT'"),

    ("re_type", "real_estate_properties", "count+text",
     "How many properties are apartments?",
     "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'",
     "Number of houses listed",
     "SELECT count(*) FROM Properties WHERE property_type_code = 'House'"),
    ("re_rooms", "real_estate_properties", "list+numeric",
     "Which properties have more than 7 rooms?",
     "SELECT property_name FROM Properties WHERE room_count > 7",
     "Give the names of properties with over 8 rooms.",
     "SELECT property_name FROM Properties WHERE room_count > 8"),
    ("re_feature", "real_estate_properties", "join-filter",
     "What are the names of properties that have a swimming pool?",
     "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id JOIN Other_Available_Features a ON a.feature_id = f.feature_id WHERE a.feature_name = 'Pool'",
     "properties that come with air conditioning",
     "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id JOIN Other_Available_Features a ON a.feature_id = f.feature_id WHERE a.feature_name = 'AirCon'"),

    ("st_state", "student_transcripts_tracking", "count+join",
     "How many students currently live in Kentucky?",
     "SELECT count(*) FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'",
     "Number of students whose current address is in North Carolina",
     "SELECT count(*) FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'NorthCarolina'"),
    ("st_reg_year", "student_transcripts_tracking", "year",
     "Which students first registered after 2010? Give first and last names.",
     "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) > 2010",
     "Students whose first registration was later than 2000",
     "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) > 2000"),
    ("st_dept_programs", "student_transcripts_tracking", "count+join",
     "How many degree programs does the Statistics department offer?",
     "SELECT count(*) FROM Degree_Programs p JOIN Departments d ON p.department_id = d.department_id WHERE d.department_name = 'statistics'",
     "Count the drama department's degree programs.",
     "SELECT count(*) FROM Degree_Programs p JOIN Departments d ON p.department_id = d.department_id WHERE d.department_name = 'drama'"),

    ("vt_state", "voter_1", "count+text",
     "How many votes came from New Jersey?",
     "SELECT count(*) FROM VOTES WHERE TRIM(state, ' ' || char(10)) = 'NJ'",
     "number of votes cast in New York",
     "SELECT count(*) FROM VOTES WHERE TRIM(state, ' ' || char(10)) = 'NY'"),
    ("vt_contestant", "voter_1", "count+join",
     "How many votes did Kelly Clauss receive?",
     "SELECT count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'",
     "Vote count for contestant Tabatha Gehling",
     "SELECT count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Tabatha Gehling'"),
    ("vt_area", "voter_1", "count+text",
     "How many area codes does Texas have?",
     "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'TX'",
     "Count the area codes in Florida.",
     "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'FL'"),
]

# (near key, db_id, question, query)
N = [
    ("bd_result", "battle_death",
     "How many battles did not end in a Bulgarian victory?",
     "SELECT count(*) FROM battle WHERE result != 'Bulgarian victory'"),
    ("bd_ships_cmdr", "battle_death",
     "How many ships were lost in battles where the Bulgarian commander was Kaloyan or Boril?",
     "SELECT count(*) FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.bulgarian_commander IN ('Kaloyan', 'Boril')"),
    ("cs_country", "concert_singer",
     "What is the average age of singers from France?",
     "SELECT avg(Age) FROM singer WHERE Country = 'France'"),
    ("cs_capacity", "concert_singer",
     "Which stadiums have a capacity below 10000?",
     "SELECT Name FROM stadium WHERE Capacity < 10000"),
    ("cs_year_singers", "concert_singer",
     "How many distinct singers performed in concerts held in 2014?",
     "SELECT count(DISTINCT s.Singer_ID) FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'"),
    ("dt_type_docs", "cre_Doc_Template_Mgt",
     "List the names of documents that use a Presentation template.",
     "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'"),
    ("dt_version", "cre_Doc_Template_Mgt",
     "How many templates have a version number greater than 7?",
     "SELECT count(*) FROM Templates WHERE Version_Number > 7"),
    ("dt_paragraphs", "cre_Doc_Template_Mgt",
     "What do the paragraphs of the document 'Customer reviews' say?",
     "SELECT p.Paragraph_Text FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'"),
    ("eh_city", "employee_hire_evaluation",
     "What is the average age of employees who live in Bristol?",
     "SELECT avg(Age) FROM employee WHERE City = 'Bristol'"),
    ("eh_top_shops", "employee_hire_evaluation",
     "Which 3 shops carry the fewest products? Show their names.",
     "SELECT Name FROM shop ORDER BY Number_products ASC LIMIT 3"),
    ("eh_bonus_year", "employee_hire_evaluation",
     "What was the total bonus paid to employees in 2016?",
     "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'"),
    ("mv_open_year", "museum_visit",
     "How many staff in total work at museums that opened after 2009?",
     "SELECT sum(Num_of_Staff) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009"),
    ("mv_avg_age", "museum_visit",
     "What is the maximum age of visitors whose membership level is above 4?",
     "SELECT max(Age) FROM visitor WHERE Level_of_membership > 4"),
    ("mv_spent", "museum_visit",
     "How many tickets did Fernando Gago buy in total on museum visits?",
     "SELECT sum(v.Num_of_Ticket) FROM visit v JOIN visitor p ON p.ID = v.visitor_ID WHERE p.Name = 'Fernando Gago'"),
    ("or_nat", "orchestra",
     "What is the average age of the American conductors?",
     "SELECT avg(Age) FROM conductor WHERE Nationality = 'USA'"),
    ("or_cond_age", "orchestra",
     "Which conductors older than 45 lead an orchestra? Give the conductors' names.",
     "SELECT c.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID WHERE c.Age > 45"),
    ("or_format_year", "orchestra",
     "List the orchestras founded after 2005 whose major record format is not CD.",
     "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2005 AND Major_Record_Format != 'CD'"),
    ("pp_earn_nat", "poker_player",
     "What are the highest earnings of any poker player from Russia?",
     "SELECT max(pp.Earnings) FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russia'"),
    ("pp_height", "poker_player",
     "Who is shorter than 200 cm?",
     "SELECT Name FROM people WHERE Height < 200"),
    ("sg_citizen", "singer",
     "What is the total net worth of singers who are citizens of the United States?",
     "SELECT sum(Net_Worth_Millions) FROM singer WHERE Citizenship = 'United States'"),
    ("sg_sales", "singer",
     "Who sang the songs that sold more than 300000 copies?",
     "SELECT DISTINCT s.Name FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID WHERE so.Sales > 300000"),
    ("sg_group", "singer",
     "For singers born after 1945, how many singers are there for each citizenship?",
     "SELECT Citizenship, count(*) FROM singer WHERE Birth_Year > 1945 GROUP BY Citizenship"),
    ("tv_lang", "tvshow",
     "How many TV channels broadcast in Italian with a 16:9 picture?",
     "SELECT count(*) FROM TV_Channel WHERE Language = 'Italian' AND Pixel_aspect_ratio_PAR = '16:9'"),
    ("tv_country_eps", "tvshow",
     "Which cartoons aired on channels based in the United Kingdom?",
     "SELECT ca.Title FROM Cartoon ca JOIN TV_Channel c ON ca.Channel = c.id WHERE c.Country = 'United Kingdom'"),
    ("tv_top_viewers", "tvshow",
     "What are the 3 episodes with the fewest viewers?",
     "SELECT Episode FROM TV_series ORDER BY CAST(Viewers_m AS REAL) ASC LIMIT 3"),
    ("wd_cities", "world_1",
     "What is the total population of the cities in Japan with more than 1 million people?",
     "SELECT sum(c.Population) FROM city c JOIN country co ON c.CountryCode = co.Code WHERE co.Name = 'Japan' AND c.Population > 1000000"),
    ("wd_life", "world_1",
     "What is the lowest life expectancy of any country in Africa?",
     "SELECT min(LifeExpectancy) FROM country WHERE Continent = 'Africa'"),
    ("wd_indep", "world_1",
     "How many European countries became independent after 1991?",
     "SELECT count(*) FROM country WHERE Continent = 'Europe' AND IndepYear > 1991"),
    # half B
    ("car_makers_country", "car_1",
     "List the full names of car makers based in Japan.",
     "SELECT m.FullName FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'"),
    ("car_mpg", "car_1",
     "How many car models get more than 40 miles per gallon?",
     "SELECT count(*) FROM car_names n JOIN cars_data d ON d.Id = n.MakeId WHERE CAST(d.MPG AS REAL) > 40"),
    ("car_hp_year", "car_1",
     "What is the highest horsepower of cars made in 1975?",
     "SELECT max(CAST(Horsepower AS REAL)) FROM cars_data WHERE Year = 1975 AND Horsepower <> 'null'"),
    ("car_cyl_group", "car_1",
     "For each number of cylinders, what is the average weight of cars made in 1970?",
     "SELECT Cylinders, avg(Weight) FROM cars_data WHERE Year = 1970 GROUP BY Cylinders"),
    ("ct_age", "course_teach",
     "Which teachers are younger than 35?",
     "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) < 35"),
    ("ct_teacher_courses", "course_teach",
     "Which grades does Anne Walker teach?",
     "SELECT a.Grade FROM course c JOIN course_arrange a ON c.Course_ID = a.Course_ID JOIN teacher t ON t.Teacher_ID = a.Teacher_ID WHERE t.Name = 'Anne Walker'"),
    ("ct_grade", "course_teach",
     "Which courses are taught at a grade above 4?",
     "SELECT DISTINCT c.Course FROM course c JOIN course_arrange a ON c.Course_ID = a.Course_ID WHERE a.Grade > 4"),
    ("dk_breed", "dog_kennels",
     "How many dogs are not Bulldogs?",
     "SELECT count(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name != 'Bulldog'"),
    ("dk_treat_cost", "dog_kennels",
     "How many vaccination treatments were given in total?",
     "SELECT count(*) FROM Treatments t JOIN Treatment_Types y ON t.treatment_type_code = y.treatment_type_code WHERE y.treatment_type_description = 'Vaccination'"),
    ("dk_owner_state", "dog_kennels",
     "List the names of the dogs whose owners live in North Dakota.",
     "SELECT d.name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id WHERE o.state = 'NorthDakota'"),
    ("dk_size_age", "dog_kennels",
     "What are the names of medium-sized dogs that are 5 or younger?",
     "SELECT d.name FROM Dogs d JOIN Sizes s ON d.size_code = s.size_code WHERE s.size_description = 'Medium' AND CAST(d.age AS INTEGER) <= 5"),
    ("fl_from_city", "flight_2",
     "How many airports are there in Aberdeen?",
     "SELECT count(*) FROM airports WHERE TRIM(City) = 'Aberdeen'"),
    ("fl_airline_dest", "flight_2",
     "How many different airlines have flights arriving in Ashley?",
     "SELECT count(DISTINCT f.Airline) FROM flights f JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) = 'Ashley'"),
    ("fl_top_cities", "flight_2",
     "Which 3 cities have the most departing JetBlue flights?",
     "SELECT TRIM(a.City) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'JetBlue Airways' GROUP BY TRIM(a.City) ORDER BY count(*) DESC LIMIT 3"),
    ("nw_grade", "network_1",
     "What are the names of the high schoolers in grade 11 or higher?",
     "SELECT name FROM Highschooler WHERE grade >= 11"),
    ("nw_likes_who", "network_1",
     "Which students like Cassandra?",
     "SELECT h1.name FROM Likes l JOIN Highschooler h1 ON l.student_id = h1.ID JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h2.name = 'Cassandra'"),
    ("nw_liked_count", "network_1",
     "How many students does Brittany like?",
     "SELECT count(*) FROM Likes l JOIN Highschooler h ON l.student_id = h.ID WHERE h.name = 'Brittany'"),
    ("pt_sex_age", "pets_1",
     "What is the average age of female students older than 19?",
     "SELECT avg(Age) FROM Student WHERE Sex = 'F' AND Age > 19"),
    ("pt_city_age", "pets_1",
     "How many students live in Baltimore?",
     "SELECT count(*) FROM Student WHERE city_code = 'BAL'"),
    ("re_type", "real_estate_properties",
     "What is the largest number of rooms among apartments?",
     "SELECT max(room_count) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("re_rooms", "real_estate_properties",
     "Which properties have fewer than 7 rooms?",
     "SELECT property_name FROM Properties WHERE room_count < 7"),
    ("re_feature", "real_estate_properties",
     "How many properties have a swimming pool?",
     "SELECT count(DISTINCT p.property_id) FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id JOIN Other_Available_Features a ON a.feature_id = f.feature_id WHERE a.feature_name = 'Pool'"),
    ("st_state", "student_transcripts_tracking",
     "How many students have their permanent address in Kentucky?",
     "SELECT count(*) FROM Students s JOIN Addresses a ON s.permanent_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'"),
    ("st_reg_year", "student_transcripts_tracking",
     "Which students left after 2010? Give first and last names.",
     "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_left) AS INTEGER) > 2010"),
    ("st_dept_programs", "student_transcripts_tracking",
     "How many enrolments are there in degree programs of the Statistics department?",
     "SELECT count(*) FROM Student_Enrolment e JOIN Degree_Programs p ON e.degree_program_id = p.degree_program_id JOIN Departments d ON p.department_id = d.department_id WHERE d.department_name = 'statistics'"),
    ("vt_state", "voter_1",
     "Which contestants got votes from New Jersey?",
     "SELECT c.contestant_name FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE TRIM(v.state, ' ' || char(10)) = 'NJ'"),
    ("vt_contestant", "voter_1",
     "From which states did Kelly Clauss receive votes?",
     "SELECT DISTINCT v.state FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'"),
    ("vt_area", "voter_1",
     "What is the smallest area code in Texas?",
     "SELECT min(area_code) FROM AREA_CODE_STATE WHERE state = 'TX'"),
]

# --------------------------------------------------------------------------- checks
STR_RE = re.compile(r"'(?:[^']|'')*'")
NUM_RE = re.compile(r"(?<![A-Za-z_0-9.])\d+(?:\.\d+)?(?![A-Za-z_0-9])")
STOP_VALUE_TOKENS = set()


def skeleton(sql):
    s = STR_RE.sub("'?'", sql)
    s = NUM_RE.sub("0", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def literals(sql):
    return [m[1:-1].replace("''", "'") for m in STR_RE.findall(sql)] + NUM_RE.findall(STR_RE.sub("''", sql))


def wording_tokens(text, sql_lits):
    """Words of a text without its values: drop tokens that occur in the query's literals,
    numbers, and capitalised words other than the first (proper names)."""
    lit_tokens = set()
    for lit in sql_lits:
        lit_tokens.update(t.lower() for t in re.findall(r"[A-Za-z]+", lit))
    raw = re.findall(r"[A-Za-z][A-Za-z'-]*|\d[\d,.]*", text)
    out = []
    for i, t in enumerate(raw):
        if t[0].isdigit():
            continue
        if i > 0 and t[0].isupper():
            continue
        if t.lower() in lit_tokens:
            continue
        out.append(t.lower())
    return out


def run(db, sql):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def canon(rows):
    """Order-insensitive, with numbers compared by value (6 == 6.0)."""
    def norm(v):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return ("n", round(float(v), 6))
        return ("s", str(v))
    return sorted(repr(tuple(norm(v) for v in r)) for r in rows)


def main():
    errors = []
    keys = [t[0] for t in T]
    dup = [k for k, c in Counter(keys).items() if c > 1]
    if dup:
        errors.append("duplicate keys %s" % dup)
    index = {t[0]: i for i, t in enumerate(T)}
    results = {}
    same_result = []
    out_t = []
    for key, db, kind, q, sql, p, psql in T:
        if db not in HALF_A | HALF_B:
            errors.append("%s: unknown db %s" % (key, db))
        try:
            r1 = run(db, sql)
            r2 = run(db, psql)
        except Exception as e:  # noqa
            errors.append("%s: SQL error %s" % (key, e))
            continue
        if not r1 or not r2 or all(v is None for v in r1[0]) or all(v is None for v in r2[0]):
            errors.append("%s: empty/NULL result q=%r p=%r" % (key, r1[:3], r2[:3]))
        results[key] = r1
        if skeleton(sql) != skeleton(psql):
            errors.append("%s: paraphrase_query differs in structure:\n  %s\n  %s" % (key, skeleton(sql), skeleton(psql)))
        if literals(sql) == literals(psql):
            errors.append("%s: paraphrase_query has the same literal values" % key)
        wq = wording_tokens(q, literals(sql))
        wp = wording_tokens(p, literals(psql))
        diff = set(wq) ^ set(wp)
        if wq == wp or len(diff) < 3:
            errors.append("%s: wording too close: %s / %s" % (key, wq, wp))
        if q.strip().lower() == p.strip().lower():
            errors.append("%s: same text" % key)
        if canon(r1) == canon(r2):
            same_result.append(key)
        out_t.append({"db_id": db, "question": q, "query": sql, "paraphrase": p, "paraphrase_query": psql})
    if same_result:
        errors.append("paraphrase gives the same result as the question for: %s" % same_result)

    out_n = []
    for key, db, q, sql in N:
        if key not in index:
            errors.append("near-miss: unknown key %s" % key)
            continue
        i = index[key]
        if T[i][1] != db:
            errors.append("near-miss %s: db mismatch" % key)
        try:
            r = run(db, sql)
        except Exception as e:  # noqa
            errors.append("near-miss %s: SQL error %s" % (key, e))
            continue
        if not r or all(v is None for v in r[0]):
            errors.append("near-miss %s: empty result" % key)
        elif len(r) == 1 and len(r[0]) == 1 and r[0][0] == 0:
            errors.append("near-miss %s: answer is just 0" % key)
        if key in results and canon(r) == canon(results[key]):
            errors.append("near-miss %s: same result as the near item's query" % key)
        if q.strip().lower() == T[i][3].strip().lower():
            errors.append("near-miss %s: same question text" % key)
        if skeleton(sql) == skeleton(T[i][4]):
            errors.append("near-miss %s: same query structure as near item" % key)
        out_n.append({"db_id": db, "near": i, "question": q, "query": sql})

    # counts
    per_db = Counter(t[1] for t in T)
    half = Counter("A" if t[1] in HALF_A else "B" for t in T)
    kinds = Counter(t[2] for t in T)
    n_half = Counter("A" if n[1] in HALF_A else "B" for n in N)
    n_db = Counter(n[1] for n in N)
    if len(T) < 50:
        errors.append("only %d template items" % len(T))
    if len(per_db) < 14:
        errors.append("only %d databases" % len(per_db))
    if len(N) < 30:
        errors.append("only %d near-miss items" % len(N))

    print("template items:", len(T), dict(half))
    print("per db:", dict(sorted(per_db.items())))
    print("per kind:", dict(sorted(kinds.items())))
    print("near-miss items:", len(N), dict(n_half))
    print("near-miss per db:", dict(sorted(n_db.items())))
    if errors:
        print("\nFAILED (%d):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    with open(os.path.join(OUT_DIR, "templates_v3.json"), "w", encoding="utf-8") as f:
        json.dump(out_t, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT_DIR, "templates_v3_nearmiss.json"), "w", encoding="utf-8") as f:
        json.dump(out_n, f, indent=2, ensure_ascii=False)
    print("\nall checks passed; wrote templates_v3.json and templates_v3_nearmiss.json")


if __name__ == "__main__":
    main()
