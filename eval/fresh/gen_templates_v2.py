#!/usr/bin/env python3
"""Blind evaluation set v2 (T): 50 question pairs over Spider databases.

Each item: a question with its gold SQLite query, and a paraphrase asked with
DIFFERENT literal values (and different wording), whose gold query is the first
query with only its literals changed.

Usage: python3 gen_templates_v2.py [DATABASE_DIR]
  DATABASE_DIR defaults to /work/shared/eval/spider/database
  (each db at DATABASE_DIR/<db>/<db>.sqlite)

Writes templates_v2.json next to this script only if every check passes.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/spider/database"
OUT = os.path.join(HERE, "templates_v2.json")

HALF_A = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"}
HALF_B = {"car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"}

# shapes: count_filter, list_filter, aggregate, group_filter, topn_filter, join_filter, compare_number
# Each item: (db_id, shape, question, query, paraphrase, paraphrase_query[, tie_sql_template])
# tie_sql (optional, for top-N): a query with {q} = which query (1/2) is not used; instead two
# explicit tie queries are given that return the sort key with LIMIT n+1; the n-th and (n+1)-th
# values must differ.
PAIRS = [
    # ---------------- concert_singer ----------------
    dict(db="concert_singer", shape="count_filter",
         q="How many singers are from France?",
         sql="SELECT COUNT(*) FROM singer WHERE Country = 'France'",
         p="number of singers whose country is the Netherlands",
         psql="SELECT COUNT(*) FROM singer WHERE Country = 'Netherlands'"),
    dict(db="concert_singer", shape="join_filter",
         q="Which concerts took place at Somerset Park? Give their names.",
         sql="SELECT T1.concert_Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.Name = 'Somerset Park'",
         p="List the names of the concerts held in the Recreation Park stadium.",
         psql="SELECT T1.concert_Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.Name = 'Recreation Park'"),
    dict(db="concert_singer", shape="compare_number",
         q="Show the names of singers older than 40.",
         sql="SELECT Name FROM singer WHERE Age > 40",
         p="Which singers are over 30 years old?",
         psql="SELECT Name FROM singer WHERE Age > 30"),

    # ---------------- employee_hire_evaluation ----------------
    dict(db="employee_hire_evaluation", shape="aggregate",
         q="What is the average age of the employees from Bath?",
         sql="SELECT AVG(Age) FROM employee WHERE City = 'Bath'",
         p="Mean age of staff living in Bristol?",
         psql="SELECT AVG(Age) FROM employee WHERE City = 'Bristol'"),
    dict(db="employee_hire_evaluation", shape="compare_number",
         q="Which shops carry more than 10000 products? Show name and location.",
         sql="SELECT Name, Location FROM shop WHERE Number_products > 10000",
         p="Name and location of every shop with over 5000 products.",
         psql="SELECT Name, Location FROM shop WHERE Number_products > 5000"),

    # ---------------- museum_visit ----------------
    # Open_Year is stored as text
    dict(db="museum_visit", shape="compare_number",
         q="Which museums opened after 2010?",
         sql="SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010",
         p="List museums whose opening year is later than 2008.",
         psql="SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2008"),
    dict(db="museum_visit", shape="join_filter",
         q="How much has Arjen Robben spent in total on museum visits?",
         sql="SELECT SUM(T2.Total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Name = 'Arjen Robben'",
         p="total spending of visitor Fernando Gago across all museums",
         psql="SELECT SUM(T2.Total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T1.Name = 'Fernando Gago'"),

    dict(db="museum_visit", shape="topn_filter",
         q="In which museum did Fernando Gago spend the most money?",
         sql="SELECT T3.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE T1.Name = 'Fernando Gago' ORDER BY T2.Total_spent DESC LIMIT 1",
         p="Which museum got the biggest spend from Arjen Robben?",
         psql="SELECT T3.Name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE T1.Name = 'Arjen Robben' ORDER BY T2.Total_spent DESC LIMIT 1",
         tie="SELECT T2.Total_spent FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE T1.Name = 'Fernando Gago' ORDER BY T2.Total_spent DESC LIMIT 2",
         ptie="SELECT T2.Total_spent FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE T1.Name = 'Arjen Robben' ORDER BY T2.Total_spent DESC LIMIT 2"),

    # ---------------- orchestra ----------------
    dict(db="orchestra", shape="count_filter",
         q="How many conductors are from the USA?",
         sql="SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'",
         p="How many UK conductors are there?",
         psql="SELECT COUNT(*) FROM conductor WHERE Nationality = 'UK'"),
    dict(db="orchestra", shape="list_filter",
         q="Which orchestras are signed with Decca Records?",
         sql="SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'",
         p="orchestras whose record company is Philips",
         psql="SELECT Orchestra FROM orchestra WHERE Record_Company = 'Philips'"),
    dict(db="orchestra", shape="aggregate",
         q="What is the average age of conductors from the UK?",
         sql="SELECT AVG(Age) FROM conductor WHERE Nationality = 'UK'",
         p="Average age of French conductors?",
         psql="SELECT AVG(Age) FROM conductor WHERE Nationality = 'France'"),

    dict(db="orchestra", shape="group_filter",
         q="For each nationality, how many conductors are older than 42?",
         sql="SELECT Nationality, COUNT(*) FROM conductor WHERE Age > 42 GROUP BY Nationality",
         p="Count conductors over 45 per nationality.",
         psql="SELECT Nationality, COUNT(*) FROM conductor WHERE Age > 45 GROUP BY Nationality"),

    # ---------------- poker_player ----------------
    dict(db="poker_player", shape="join_filter",
         q="What are the names of poker players taller than 200?",
         sql="SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Height > 200",
         p="Which poker players have a height above 190 cm?",
         psql="SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Height > 190"),
    dict(db="poker_player", shape="aggregate",
         q="What are the highest earnings among poker players whose best finish was 1?",
         sql="SELECT MAX(Earnings) FROM poker_player WHERE Best_Finish = 1",
         p="Top earnings of players with a best finish of 2?",
         psql="SELECT MAX(Earnings) FROM poker_player WHERE Best_Finish = 2"),

    dict(db="poker_player", shape="topn_filter",
         q="Who is the highest-earning poker player from Russia?",
         sql="SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Russia' ORDER BY T2.Earnings DESC LIMIT 1",
         p="Which Bulgarian poker player earned the most?",
         psql="SELECT T1.Name FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Bulgaria' ORDER BY T2.Earnings DESC LIMIT 1",
         tie="SELECT T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Russia' ORDER BY T2.Earnings DESC LIMIT 2",
         ptie="SELECT T2.Earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Nationality = 'Bulgaria' ORDER BY T2.Earnings DESC LIMIT 2"),

    # ---------------- singer ----------------
    dict(db="singer", shape="compare_number",
         q="Which singers were born before 1945?",
         sql="SELECT Name FROM singer WHERE Birth_Year < 1945",
         p="singers with a birth year earlier than 1950",
         psql="SELECT Name FROM singer WHERE Birth_Year < 1950"),
    dict(db="singer", shape="aggregate",
         q="What are the total sales of songs by singers with United States citizenship?",
         sql="SELECT SUM(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Citizenship = 'United States'",
         p="Total song sales of singers who are French citizens.",
         psql="SELECT SUM(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Citizenship = 'France'"),

    # ---------------- tvshow ----------------
    dict(db="tvshow", shape="list_filter",
         q="Show the titles of cartoons directed by Ben Jones.",
         sql="SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'",
         p="Which cartoons did Michael Chang direct?",
         psql="SELECT Title FROM Cartoon WHERE Directed_by = 'Michael Chang'"),

    dict(db="tvshow", shape="group_filter",
         q="For each country, how many channels broadcast in English?",
         sql="SELECT Country, COUNT(*) FROM TV_Channel WHERE Language = 'English' GROUP BY Country",
         p="Number of Italian-language channels per country.",
         psql="SELECT Country, COUNT(*) FROM TV_Channel WHERE Language = 'Italian' GROUP BY Country"),

    # ---------------- battle_death ----------------
    dict(db="battle_death", shape="count_filter",
         q="How many battles ended in a Bulgarian victory?",
         sql="SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'",
         p="Count of battles whose result was a Latin victory.",
         psql="SELECT COUNT(*) FROM battle WHERE result = 'Latin victory'"),
    dict(db="battle_death", shape="list_filter",
         q="List the battles in which Kaloyan was the Bulgarian commander.",
         sql="SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'",
         p="Which battles had Boril commanding the Bulgarians?",
         psql="SELECT name FROM battle WHERE bulgarian_commander = 'Boril'"),
    dict(db="battle_death", shape="aggregate",
         q="How many people in total were killed by the ship Lettice?",
         sql="SELECT SUM(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T1.name = 'Lettice'",
         p="Total number killed by the Mary.",
         psql="SELECT SUM(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T1.name = 'Mary'"),

    # ---------------- cre_Doc_Template_Mgt ----------------
    dict(db="cre_Doc_Template_Mgt", shape="join_filter",
         q="Show the paragraph texts of the document named Customer reviews.",
         sql="SELECT T2.Paragraph_Text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Document_Name = 'Customer reviews'",
         p="What paragraphs does 'A history of Arts' contain?",
         psql="SELECT T2.Paragraph_Text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.Document_ID = T2.Document_ID WHERE T1.Document_Name = 'A history of Arts'"),
    dict(db="cre_Doc_Template_Mgt", shape="compare_number",
         q="Which template ids have a version number greater than 7?",
         sql="SELECT Template_ID FROM Templates WHERE Version_Number > 7",
         p="ids of templates at a version above 5",
         psql="SELECT Template_ID FROM Templates WHERE Version_Number > 5"),

    # ---------------- world_1 ----------------
    dict(db="world_1", shape="count_filter",
         q="How many countries are in Europe?",
         sql="SELECT COUNT(*) FROM country WHERE Continent = 'Europe'",
         p="number of South American countries",
         psql="SELECT COUNT(*) FROM country WHERE Continent = 'South America'"),
    dict(db="world_1", shape="aggregate",
         q="What is the average life expectancy of countries in Africa?",
         sql="SELECT AVG(LifeExpectancy) FROM country WHERE Continent = 'Africa'",
         p="Mean life expectancy across Asia?",
         psql="SELECT AVG(LifeExpectancy) FROM country WHERE Continent = 'Asia'"),
    dict(db="world_1", shape="topn_filter",
         q="What are the 3 most populous cities in Japan?",
         sql="SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan' ORDER BY T1.Population DESC LIMIT 3",
         p="Top three cities of Brazil by population.",
         psql="SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Brazil' ORDER BY T1.Population DESC LIMIT 3",
         tie="SELECT T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Japan' ORDER BY T1.Population DESC LIMIT 4",
         ptie="SELECT T1.Population FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Brazil' ORDER BY T1.Population DESC LIMIT 4"),
    dict(db="world_1", shape="group_filter",
         q="For each region in Africa, how many countries are there?",
         sql="SELECT Region, COUNT(*) FROM country WHERE Continent = 'Africa' GROUP BY Region",
         p="Count the countries per region within Asia.",
         psql="SELECT Region, COUNT(*) FROM country WHERE Continent = 'Asia' GROUP BY Region"),

    # ---------------- car_1 ----------------
    dict(db="car_1", shape="count_filter",
         q="How many cars were made in 1975?",
         sql="SELECT COUNT(*) FROM cars_data WHERE Year = 1975",
         p="Number of cars from the year 1980?",
         psql="SELECT COUNT(*) FROM cars_data WHERE Year = 1980"),
    # Horsepower is text with 'null' strings for missing values
    dict(db="car_1", shape="aggregate",
         q="What is the average horsepower of cars with 4 cylinders?",
         sql="SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Cylinders = 4 AND Horsepower != 'null'",
         p="Mean horsepower for 6-cylinder cars?",
         psql="SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Cylinders = 6 AND Horsepower != 'null'"),
    dict(db="car_1", shape="group_filter",
         q="For each car maker from the USA, how many models does it have?",
         sql="SELECT T1.Maker, COUNT(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker JOIN countries AS T3 ON T1.Country = T3.CountryId WHERE T3.CountryName = 'usa' GROUP BY T1.Maker",
         p="Number of models per Japanese maker.",
         psql="SELECT T1.Maker, COUNT(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker JOIN countries AS T3 ON T1.Country = T3.CountryId WHERE T3.CountryName = 'japan' GROUP BY T1.Maker"),
    dict(db="car_1", shape="topn_filter",
         q="What are the 3 heaviest cars made in 1980?",
         sql="SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1980 ORDER BY T2.Weight DESC LIMIT 3",
         p="Three heaviest cars of 1972?",
         psql="SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1972 ORDER BY T2.Weight DESC LIMIT 3",
         tie="SELECT T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1980 ORDER BY T2.Weight DESC LIMIT 4",
         ptie="SELECT T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1972 ORDER BY T2.Weight DESC LIMIT 4"),

    # ---------------- course_teach ----------------
    # teacher.Age is stored as text
    dict(db="course_teach", shape="compare_number",
         q="What are the names of teachers older than 35?",
         sql="SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35",
         p="Which teachers are above 30 years of age?",
         psql="SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 30"),
    dict(db="course_teach", shape="join_filter",
         q="Which teachers teach Math?",
         sql="SELECT T3.Name FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T2.Course = 'Math'",
         p="Who is teaching the History course?",
         psql="SELECT T3.Name FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T2.Course = 'History'"),

    # ---------------- dog_kennels ----------------
    # states are stored without spaces: 'NorthDakota', 'NewYork'
    dict(db="dog_kennels", shape="list_filter",
         q="List the first and last names of owners who live in North Dakota.",
         sql="SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'",
         p="Which owners are from New York state? Full names please.",
         psql="SELECT first_name, last_name FROM Owners WHERE state = 'NewYork'"),
    # age is stored as text
    dict(db="dog_kennels", shape="compare_number",
         q="Which dogs are older than 5?",
         sql="SELECT name FROM Dogs WHERE CAST(age AS INTEGER) > 5",
         p="Names of dogs aged more than 7 years.",
         psql="SELECT name FROM Dogs WHERE CAST(age AS INTEGER) > 7"),

    dict(db="dog_kennels", shape="topn_filter",
         q="What are the 2 most expensive walk treatments? Show id and cost.",
         sql="SELECT treatment_id, cost_of_treatment FROM Treatments WHERE treatment_type_code = 'WALK' ORDER BY cost_of_treatment DESC LIMIT 2",
         p="Two priciest examinations given to dogs (id, cost)?",
         psql="SELECT treatment_id, cost_of_treatment FROM Treatments WHERE treatment_type_code = 'EXAM' ORDER BY cost_of_treatment DESC LIMIT 2",
         tie="SELECT cost_of_treatment FROM Treatments WHERE treatment_type_code = 'WALK' ORDER BY cost_of_treatment DESC LIMIT 3",
         ptie="SELECT cost_of_treatment FROM Treatments WHERE treatment_type_code = 'EXAM' ORDER BY cost_of_treatment DESC LIMIT 3"),
    dict(db="dog_kennels", shape="group_filter",
         q="For each breed, what is the average age of the large dogs?",
         sql="SELECT T2.breed_name, AVG(CAST(T1.age AS INTEGER)) FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code JOIN Sizes AS T3 ON T1.size_code = T3.size_code WHERE T3.size_description = 'Large' GROUP BY T2.breed_name",
         p="average age per breed among medium-sized dogs",
         psql="SELECT T2.breed_name, AVG(CAST(T1.age AS INTEGER)) FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code JOIN Sizes AS T3 ON T1.size_code = T3.size_code WHERE T3.size_description = 'Medium' GROUP BY T2.breed_name"),

    # ---------------- flight_2 ----------------
    # airport cities carry trailing/leading spaces; flight airport codes carry a leading space
    dict(db="flight_2", shape="join_filter",
         q="How many flights depart from Anchorage?",
         sql="SELECT COUNT(*) FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.SourceAirport) = T2.AirportCode WHERE TRIM(T2.City) = 'Anchorage'",
         p="Number of flights leaving from Amarillo?",
         psql="SELECT COUNT(*) FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.SourceAirport) = T2.AirportCode WHERE TRIM(T2.City) = 'Amarillo'"),
    dict(db="flight_2", shape="count_filter",
         q="How many flights arrive at airport ASY?",
         sql="SELECT COUNT(*) FROM flights WHERE TRIM(DestAirport) = 'ASY'",
         p="number of flights landing at CVO",
         psql="SELECT COUNT(*) FROM flights WHERE TRIM(DestAirport) = 'CVO'"),

    dict(db="flight_2", shape="group_filter",
         q="For each airline, how many flights depart from Anchorage?",
         sql="SELECT T2.Airline, COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE TRIM(T3.City) = 'Anchorage' GROUP BY T2.Airline",
         p="Departures from Athens broken down by airline.",
         psql="SELECT T2.Airline, COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE TRIM(T3.City) = 'Athens' GROUP BY T2.Airline"),

    # ---------------- network_1 ----------------
    # Friend rows are one-directional (20 rows, none mirrored): a friendship counts in either direction
    dict(db="network_1", shape="join_filter",
         q="Who are Andrew's friends?",
         sql="SELECT T2.ID, T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T1.student_id IN (SELECT ID FROM Highschooler WHERE name = 'Andrew') UNION SELECT T2.ID, T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T1.friend_id IN (SELECT ID FROM Highschooler WHERE name = 'Andrew')",
         p="List the names of the friends of Kris.",
         psql="SELECT T2.ID, T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T1.student_id IN (SELECT ID FROM Highschooler WHERE name = 'Kris') UNION SELECT T2.ID, T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T1.friend_id IN (SELECT ID FROM Highschooler WHERE name = 'Kris')"),

    # ---------------- pets_1 ----------------
    dict(db="pets_1", shape="compare_number",
         q="How many students are older than 20?",
         sql="SELECT COUNT(*) FROM Student WHERE Age > 20",
         p="Count of students aged over 18.",
         psql="SELECT COUNT(*) FROM Student WHERE Age > 18"),
    dict(db="pets_1", shape="group_filter",
         q="For students in major 600, what is the average age of each sex?",
         sql="SELECT Sex, AVG(Age) FROM Student WHERE Major = 600 GROUP BY Sex",
         p="Average age by gender among major 550 students.",
         psql="SELECT Sex, AVG(Age) FROM Student WHERE Major = 550 GROUP BY Sex"),

    # ---------------- real_estate_properties ----------------
    dict(db="real_estate_properties", shape="count_filter",
         q="How many apartments are there?",
         sql="SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'",
         p="Number of shop properties?",
         psql="SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Shop'"),
    dict(db="real_estate_properties", shape="join_filter",
         q="Which properties have a pool?",
         sql="SELECT DISTINCT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'Pool'",
         p="List the properties that come with air conditioning.",
         psql="SELECT DISTINCT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'AirCon'"),

    # ---------------- student_transcripts_tracking ----------------
    dict(db="student_transcripts_tracking", shape="join_filter",
         q="How many enrolments were there in the fall 2018 semester?",
         sql="SELECT COUNT(*) FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id WHERE T2.semester_name = 'fall 2018'",
         p="Number of student enrolments for summer 2010?",
         psql="SELECT COUNT(*) FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id WHERE T2.semester_name = 'summer 2010'"),
    # states are stored without spaces ('NorthCarolina')
    dict(db="student_transcripts_tracking", shape="join_filter",
         q="How many students currently live in Kentucky?",
         sql="SELECT COUNT(*) FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.state_province_county = 'Kentucky'",
         p="Number of students whose current address is in North Carolina?",
         psql="SELECT COUNT(*) FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id WHERE T2.state_province_county = 'NorthCarolina'"),

    # ---------------- voter_1 ----------------
    # one VOTES.state value is 'NJ' followed by a newline
    dict(db="voter_1", shape="count_filter",
         q="How many votes came from New York?",
         sql="SELECT COUNT(*) FROM VOTES WHERE TRIM(state, ' ' || char(10) || char(13)) = 'NY'",
         p="number of votes cast from New Jersey",
         psql="SELECT COUNT(*) FROM VOTES WHERE TRIM(state, ' ' || char(10) || char(13)) = 'NJ'"),
    dict(db="voter_1", shape="join_filter",
         q="How many votes did Tabatha Gehling get?",
         sql="SELECT COUNT(*) FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.contestant_name = 'Tabatha Gehling'",
         p="Vote count for Kelly Clauss?",
         psql="SELECT COUNT(*) FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.contestant_name = 'Kelly Clauss'"),
]

STR_RE = re.compile(r"'(?:[^']|'')*'")
NUM_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def skeleton(sql):
    s = STR_RE.sub("?", sql)
    s = NUM_RE.sub("?", s)
    return " ".join(s.split())


def literals(sql):
    strs = STR_RE.findall(sql)
    rest = STR_RE.sub("?", sql)
    return strs + NUM_RE.findall(rest)


def run(db, sql):
    path = os.path.join(DB_DIR, db, db + ".sqlite")
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def bad_result(rows):
    if not rows:
        return "empty result"
    if len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] in (0, 0.0, None):
        return "single 0/NULL result: %r" % (rows,)
    return None


def main():
    errors = []
    out = []
    for i, it in enumerate(PAIRS):
        tag = "#%d %s" % (i, it["db"])
        for key in ("db", "shape", "q", "sql", "p", "psql"):
            if not it.get(key):
                errors.append("%s: missing %s" % (tag, key))
        if it["db"] not in HALF_A | HALF_B:
            errors.append("%s: unknown db" % tag)
        if it["q"].strip().lower() == it["p"].strip().lower():
            errors.append("%s: paraphrase text identical to question" % tag)
        if skeleton(it["sql"]) != skeleton(it["psql"]):
            errors.append("%s: paraphrase query differs beyond literals:\n  %s\n  %s"
                          % (tag, skeleton(it["sql"]), skeleton(it["psql"])))
        if literals(it["sql"]) == literals(it["psql"]):
            errors.append("%s: paraphrase query uses the same literal values" % tag)
        res = {}
        for which in ("sql", "psql"):
            try:
                rows = run(it["db"], it[which])
            except Exception as e:  # noqa
                errors.append("%s %s: error %s" % (tag, which, e))
                continue
            res[which] = rows
            b = bad_result(rows)
            if b:
                errors.append("%s %s: %s" % (tag, which, b))
        if "LIMIT" in it["sql"].upper():
            if not it.get("tie") or not it.get("ptie"):
                errors.append("%s: top-N item without tie check" % tag)
            else:
                for which in ("tie", "ptie"):
                    try:
                        vals = [r[0] for r in run(it["db"], it[which])]
                    except Exception as e:  # noqa
                        errors.append("%s %s: error %s" % (tag, which, e))
                        continue
                    n = int(re.search(r"LIMIT\s+(\d+)", it["sql"], re.I).group(1))
                    if len(vals) > n and vals[n - 1] == vals[n]:
                        errors.append("%s %s: tie at top-%d cut-off (%r)" % (tag, which, n, vals))
        if res.get("sql") is not None and res.get("sql") == res.get("psql"):
            print("note: %s both queries give the same result %r" % (tag, res["sql"][:3]))
        out.append({"db_id": it["db"], "question": it["q"], "query": it["sql"],
                    "paraphrase": it["p"], "paraphrase_query": it["psql"]})

    per_db = Counter(it["db"] for it in PAIRS)
    per_shape = Counter(it["shape"] for it in PAIRS)
    if len(PAIRS) != 50:
        errors.append("expected 50 pairs, have %d" % len(PAIRS))
    if len(per_db) < 12:
        errors.append("need at least 12 databases, have %d" % len(per_db))
    for db, n in per_db.items():
        if n > 5:
            errors.append("%s has %d pairs (max 5)" % (db, n))
    if not (set(per_db) & HALF_A) or not (set(per_db) & HALF_B):
        errors.append("both halves must be used")
    qs = [it["q"] for it in PAIRS]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")

    print("pairs: %d, databases: %d" % (len(PAIRS), len(per_db)))
    for db in sorted(per_db):
        print("  %-30s %d  (%s)" % (db, per_db[db], "A" if db in HALF_A else "B"))
    for sh in sorted(per_shape):
        print("  %-30s %d" % (sh, per_shape[sh]))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("\nall checks passed; wrote %s" % OUT)


if __name__ == "__main__":
    main()
