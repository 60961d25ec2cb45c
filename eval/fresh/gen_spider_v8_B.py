#!/usr/bin/env python3
"""Blind evaluation set v8 (writer B): business-style questions with gold SQLite queries.

Checks (all must pass before any file is written):
  * every gold query runs against its database and returns a non-empty result;
  * each item has all fields, a known kind and a known db, and the question != paraphrase;
  * items with a "tie" entry: the tie query returns rows ordered by the ranking metric
    (metric in the last column); the metric at the cut-off N differs from the one at N+1;
  * items with "expect": the gold result equals the stated rows (order-insensitive);
  * items with "ncols": the gold result has that many columns;
  * 11 items per database, 12 unanswerable items with empty query.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

ITEMS = [
    # ------------------------------------------------------------------ car_1
    dict(db="car_1", kind="count",
         q="How many cars in the data have 8 cylinders?",
         p="number of V8 cars?",
         sql="SELECT count(*) FROM cars_data WHERE Cylinders = 8",
         expect=[(108,)]),
    dict(db="car_1", kind="list",
         q="list every continent we've got",
         p="Which continents are in the database?",
         sql="SELECT Continent FROM continents"),
    dict(db="car_1", kind="filter-text",
         q="Which car companies have 'Motor' somewhere in their full name?",
         p="full names of manufacturers that contain the word motor",
         sql="SELECT FullName FROM car_makers WHERE FullName LIKE '%Motor%'",
         expect=[("American Motor Company",), ("General Motors",), ("Ford Motor Company",),
                 ("Nissan Motors",), ("Kia Motors",)]),
    dict(db="car_1", kind="filter-number",
         q="cars over 200 hp? show the car name and its horsepower",
         p="Give me the name and horsepower of each car that has more than 200 horsepower.",
         sql="SELECT T2.Make, T1.Horsepower FROM cars_data AS T1 JOIN car_names AS T2 "
             "ON T1.Id = T2.MakeId WHERE CAST(T1.Horsepower AS INTEGER) > 200",
         ncols=2),
    dict(db="car_1", kind="aggregate",
         q="What was the avergae mpg for cars built in 1980?",
         p="1980 models: mean miles per gallon?",
         sql="SELECT avg(CAST(MPG AS REAL)) FROM cars_data WHERE Year = 1980"),
    dict(db="car_1", kind="group",
         q="Break down the number of cars by cylinder count.",
         p="how many cars are there for each number of cylinders",
         sql="SELECT Cylinders, count(*) FROM cars_data GROUP BY Cylinders",
         ncols=2),
    dict(db="car_1", kind="superlative",
         q="Which car is the heaviest?",
         p="name of the car with the biggest weight",
         sql="SELECT T2.Make FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId "
             "ORDER BY T1.Weight DESC LIMIT 1",
         tie=("SELECT Id, Weight FROM cars_data ORDER BY Weight DESC", 1),
         expect=[("pontiac safari (sw)",)]),
    dict(db="car_1", kind="join",
         q="Show the European car makers together with the country each one is from.",
         p="makers based in europe + their country",
         sql="SELECT T1.Maker, T2.CountryName FROM car_makers AS T1 "
             "JOIN countries AS T2 ON T1.Country = T2.CountryId "
             "JOIN continents AS T3 ON T2.Continent = T3.ContId WHERE T3.Continent = 'europe'",
         ncols=2),
    dict(db="car_1", kind="set",
         q="Which countries don't have a single car manufacturer?",
         p="countries with no carmakers at all",
         sql="SELECT CountryName FROM countries WHERE CountryId NOT IN "
             "(SELECT CAST(Country AS INTEGER) FROM car_makers)",
         expect=[("russia",), ("nigeria",), ("australia",), ("new zealand",), ("egypt",),
                 ("mexico",), ("brazil",)]),
    dict(db="car_1", kind="ratio",
         q="What percentage of all the cars are four-cylinder?",
         p="share of 4 cyl cars, as a percent",
         sql="SELECT 100.0 * sum(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / count(*) FROM cars_data"),
    dict(db="car_1", kind="projection",
         q="Give me each car maker's short name and full company name.",
         p="For all manufacturers: abbreviated name, then the full name",
         sql="SELECT Maker, FullName FROM car_makers",
         ncols=2),

    # ------------------------------------------------------------------ course_teach
    dict(db="course_teach", kind="count",
         q="How many courses are offered?",
         p="total number of courses?",
         sql="SELECT count(*) FROM course",
         expect=[(10,)]),
    dict(db="course_teach", kind="list",
         q="where are our teachers from? list their hometowns",
         p="List the hometown of every teacher.",
         sql="SELECT Hometown FROM teacher"),
    dict(db="course_teach", kind="filter-text",
         q="Which teacher is from Bolton?",
         p="teacher whose home town is in Bolton — who is it",
         sql="SELECT Name FROM teacher WHERE Hometown LIKE '%Bolton%'",
         expect=[("Gustaaf Deloor",)]),
    dict(db="course_teach", kind="filter-number",
         q="teachers under 30 - name and age please",
         p="Show the names and ages of teachers younger than thirty.",
         sql="SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30",
         expect=[("Gustaaf Deloor", "29"), ("Vicente Carretero", "26")]),
    dict(db="course_teach", kind="aggregate",
         q="What's the average age of the teaching staff?",
         p="teachers' mean age",
         sql="SELECT avg(CAST(Age AS REAL)) FROM teacher"),
    dict(db="course_teach", kind="group",
         q="For each teacher that has classes, how many course assignments do they have?",
         p="number of classes per teacher (only teachers who teach something), with the teacher's name",
         sql="SELECT T2.Name, count(*) FROM course_arrange AS T1 JOIN teacher AS T2 "
             "ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Teacher_ID, T2.Name",
         ncols=2),
    dict(db="course_teach", kind="superlative",
         q="Who is our oldest teacher?",
         p="name of the teacher with the highest age",
         sql="SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1",
         tie=("SELECT Name, CAST(Age AS INTEGER) FROM teacher ORDER BY 2 DESC", 1),
         expect=[("Kearsley Brown",)]),
    dict(db="course_teach", kind="join",
         q="Who teaches Math?",
         p="names of the teachers assigned to the math course",
         sql="SELECT T3.Name FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
             "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID WHERE T2.Course = 'Math'",
         expect=[("Kearsley Brown",), ("Vicente Carretero",)]),
    dict(db="course_teach", kind="set",
         q="Which teachers aren't teaching any course right now?",
         p="teachers without a course assignment",
         sql="SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)",
         expect=[("Joseph Huts",), ("John Deloor",)]),
    dict(db="course_teach", kind="ratio",
         q="What fraction of the courses actually have a teacher assigned?",
         p="proportion of courses that somebody teaches",
         sql="SELECT CAST(count(DISTINCT Course_ID) AS REAL) / (SELECT count(*) FROM course) FROM course_arrange",
         expect=[(0.5,)]),
    dict(db="course_teach", kind="projection",
         q="Show me every course and the date it starts.",
         p="course names with their start dates",
         sql="SELECT Course, Staring_Date FROM course",
         ncols=2),

    # ------------------------------------------------------------------ dog_kennels
    dict(db="dog_kennels", kind="count",
         q="How many of the dogs were abandoned?",
         p="count of abandoned dogs",
         sql="SELECT count(*) FROM Dogs WHERE abandoned_yn = '1'",
         expect=[(3,)]),
    dict(db="dog_kennels", kind="list",
         q="what types of treatment do we offer",
         p="List all the treatment types.",
         sql="SELECT treatment_type_description FROM Treatment_Types"),
    dict(db="dog_kennels", kind="filter-text",
         q="Which owners live in North Dakota? First and last names.",
         p="first name and surname of dog owners from North Dakota",
         sql="SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'",
         expect=[("Johann", "Fisher"), ("Cindy", "Schmitt")]),
    dict(db="dog_kennels", kind="filter-number",
         q="Which dogs weigh more than 9?",
         p="names of dogs with a weight above nine",
         sql="SELECT name FROM Dogs WHERE CAST(weight AS REAL) > 9",
         expect=[("Merritt",), ("Narciso",)]),
    dict(db="dog_kennels", kind="aggregate",
         q="How much have we spent on treatments in total?",
         p="total treatment cost, all treatments combined",
         sql="SELECT sum(cost_of_treatment) FROM Treatments"),
    dict(db="dog_kennels", kind="group",
         q="How many dogs do we have of each breed?",
         p="dog count per breed (breed name + number)",
         sql="SELECT T2.breed_name, count(*) FROM Dogs AS T1 JOIN Breeds AS T2 "
             "ON T1.breed_code = T2.breed_code GROUP BY T2.breed_name",
         expect=[("Bulldog", 7), ("Eskimo", 4), ("Husky", 4)]),
    dict(db="dog_kennels", kind="superlative",
         q="Which professional has carried out the most treatments? give first and last name",
         p="First and last name of the staff member who did the highest number of treatments.",
         sql="SELECT T2.first_name, T2.last_name FROM Treatments AS T1 JOIN Professionals AS T2 "
             "ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id "
             "ORDER BY count(*) DESC LIMIT 1",
         tie=("SELECT professional_id, count(*) FROM Treatments GROUP BY professional_id ORDER BY 2 DESC", 1),
         expect=[("Monte", "Kshlerin")]),
    dict(db="dog_kennels", kind="join",
         q="What are the names of Rachelle Funk's dogs?",
         p="dogs owned by Rachelle Funk - names",
         sql="SELECT T1.name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id "
             "WHERE T2.first_name = 'Rachelle' AND T2.last_name = 'Funk'",
         expect=[("Houston",), ("George",), ("Lyric",)]),
    dict(db="dog_kennels", kind="set",
         q="dogs that have never had any treatment?",
         p="Which dogs have not been treated even once? Names please.",
         sql="SELECT name FROM Dogs WHERE dog_id NOT IN (SELECT dog_id FROM Treatments)"),
    dict(db="dog_kennels", kind="ratio",
         q="What percentage of the dogs are large?",
         p="percent of dogs that are large sized",
         sql="SELECT 100.0 * sum(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / count(*) FROM Dogs"),
    dict(db="dog_kennels", kind="projection",
         q="Show each dog's name, age and weight.",
         p="for all the dogs: name, how old, how heavy",
         sql="SELECT name, age, weight FROM Dogs",
         ncols=3),

    # ------------------------------------------------------------------ flight_2
    dict(db="flight_2", kind="count",
         q="How many flights depart from Aberdeen?",
         p="number of flights leaving out of aberdeen",
         sql="SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON trim(T1.SourceAirport) = T2.AirportCode "
             "WHERE trim(T2.City) = 'Aberdeen'",
         expect=[(21,)]),
    dict(db="flight_2", kind="list",
         q="list all the airlines",
         p="What airlines are there? Just the names.",
         sql="SELECT Airline FROM airlines"),
    dict(db="flight_2", kind="filter-text",
         q="What airports are in Anchorage?",
         p="Anchorage airports - names",
         sql="SELECT AirportName FROM airports WHERE trim(City) = 'Anchorage'",
         expect=[("Elmendorf Afb ",), ("Ted Stevens Anchorage International Airport ",),
                 ("Merrill Field ",)]),
    dict(db="flight_2", kind="filter-number",
         q="flights numbered above 1500? need the airline name and flight number",
         p="Which flights have a flight number greater than 1500? Show airline and flight no.",
         sql="SELECT T2.Airline, T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
             "WHERE T1.FlightNo > 1500",
         ncols=2),
    dict(db="flight_2", kind="aggregate",
         q="How many different cities have an airport?",
         p="count of distinct airport cities",
         sql="SELECT count(DISTINCT trim(City)) FROM airports",
         expect=[(84,)]),
    dict(db="flight_2", kind="group",
         q="How many flights does each airline operate?",
         p="flight count by airline, with the airline's name",
         sql="SELECT T1.Airline, count(*) FROM airlines AS T1 JOIN flights AS T2 ON T1.uid = T2.Airline "
             "GROUP BY T1.Airline",
         ncols=2),
    dict(db="flight_2", kind="superlative",
         q="Which city has the most airports?",
         p="the city with the largest number of airports",
         sql="SELECT City FROM airports GROUP BY City ORDER BY count(*) DESC LIMIT 1",
         tie=("SELECT City, count(*) FROM airports GROUP BY City ORDER BY 2 DESC", 1),
         expect=[("Albany ",)]),
    dict(db="flight_2", kind="join",
         q="Which airlines have flights going out of Alpena?",
         p="airlines that fly from alpena",
         sql="SELECT DISTINCT T3.Airline FROM flights AS T1 JOIN airports AS T2 ON trim(T1.SourceAirport) = T2.AirportCode "
             "JOIN airlines AS T3 ON T1.Airline = T3.uid WHERE trim(T2.City) = 'Alpena'"),
    dict(db="flight_2", kind="set",
         q="Which airlines fly into both APG and CVO?",
         p="airlines with flights landing at APG and also at CVO",
         sql="SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
             "WHERE trim(T1.DestAirport) = 'APG' INTERSECT "
             "SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
             "WHERE trim(T1.DestAirport) = 'CVO'"),
    dict(db="flight_2", kind="ratio",
         q="What share of all flights are run by Delta?",
         p="Delta's fraction of the total flights",
         sql="SELECT CAST(sum(CASE WHEN T2.Airline = 'Delta Airlines' THEN 1 ELSE 0 END) AS REAL) / count(*) "
             "FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid"),
    dict(db="flight_2", kind="projection",
         q="Give me the code, name and city of every airport.",
         p="all airports: code / name / city",
         sql="SELECT AirportCode, AirportName, City FROM airports",
         ncols=3),

    # ------------------------------------------------------------------ network_1
    dict(db="network_1", kind="count",
         q="How many kids are in 9th grade?",
         p="number of ninth graders",
         sql="SELECT count(*) FROM Highschooler WHERE grade = 9",
         expect=[(4,)]),
    dict(db="network_1", kind="list",
         q="names of all the high school students",
         p="List every student's name.",
         sql="SELECT name FROM Highschooler"),
    dict(db="network_1", kind="filter-text",
         q="What grade is Kyle in?",
         p="kyle - which grade?",
         sql="SELECT grade FROM Highschooler WHERE name = 'Kyle'",
         expect=[(12,)]),
    dict(db="network_1", kind="filter-number",
         q="Who's in grade 11 or above?",
         p="students in eleventh grade or higher, names",
         sql="SELECT name FROM Highschooler WHERE grade >= 11"),
    dict(db="network_1", kind="aggregate",
         q="what is the average grade level of the students",
         p="Mean grade across all students?",
         sql="SELECT avg(grade) FROM Highschooler"),
    dict(db="network_1", kind="group",
         q="How many students are there in each grade?",
         p="student count per grade level",
         sql="SELECT grade, count(*) FROM Highschooler GROUP BY grade",
         ncols=2),
    dict(db="network_1", kind="superlative",
         q="Who has the fewest friends? Count a friendship no matter which of the two listed it.",
         p="student with the smallest number of friendships (either direction counts)",
         sql="SELECT T2.name FROM (SELECT student_id AS sid FROM Friend UNION ALL SELECT friend_id FROM Friend) AS T1 "
             "JOIN Highschooler AS T2 ON T1.sid = T2.ID GROUP BY T2.ID ORDER BY count(*) ASC LIMIT 1",
         tie=("SELECT sid, count(*) FROM (SELECT student_id AS sid FROM Friend UNION ALL "
              "SELECT friend_id FROM Friend) GROUP BY sid ORDER BY 2 ASC", 1),
         expect=[("John",)]),
    dict(db="network_1", kind="join",
         q="Who does Andrew have a crush on?",
         p="the name of the student that andrew likes",
         sql="SELECT T3.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID "
             "JOIN Highschooler AS T3 ON T1.liked_id = T3.ID WHERE T2.name = 'Andrew'",
         expect=[("Cassandra",)]),
    dict(db="network_1", kind="set",
         q="Which students aren't liked by anybody?",
         p="names of kids nobody likes",
         sql="SELECT name FROM Highschooler WHERE ID NOT IN (SELECT liked_id FROM Likes)"),
    dict(db="network_1", kind="ratio",
         q="What fraction of the students like someone?",
         p="proportion of students who have a crush on another student",
         sql="SELECT CAST(count(DISTINCT student_id) AS REAL) / (SELECT count(*) FROM Highschooler) FROM Likes",
         expect=[(0.625,)]),
    dict(db="network_1", kind="projection",
         q="show me every student with their grade",
         p="Each student's name and grade level.",
         sql="SELECT name, grade FROM Highschooler",
         ncols=2),

    # ------------------------------------------------------------------ pets_1
    dict(db="pets_1", kind="count",
         q="How many students own at least one pet?",
         p="number of pet owners among the students",
         sql="SELECT count(DISTINCT StuID) FROM Has_Pet",
         expect=[(2,)]),
    dict(db="pets_1", kind="list",
         q="What kinds of pets are there?",
         p="list the different pet types",
         sql="SELECT DISTINCT PetType FROM Pets"),
    dict(db="pets_1", kind="filter-text",
         q="List the female students, first and last name",
         p="Which students are women? Give first name then last name.",
         sql="SELECT Fname, LName FROM Student WHERE Sex = 'F'",
         ncols=2),
    dict(db="pets_1", kind="filter-number",
         q="students older than 25?",
         p="Which students are over twenty-five? First and last names.",
         sql="SELECT Fname, LName FROM Student WHERE Age > 25",
         expect=[("Paul", "Gompers"), ("Bruce", "Wilson"), ("Sarah", "Schmidt")]),
    dict(db="pets_1", kind="aggregate",
         q="whats the avg wieght of the dogs?",
         p="mean dog weight",
         sql="SELECT avg(weight) FROM Pets WHERE PetType = 'dog'"),
    dict(db="pets_1", kind="group",
         q="Average student age for each sex",
         p="How old are students on average, split by gender?",
         sql="SELECT Sex, avg(Age) FROM Student GROUP BY Sex",
         ncols=2),
    dict(db="pets_1", kind="superlative",
         q="Who's the oldest student? First and last name.",
         p="first name and surname of the student with the highest age",
         sql="SELECT Fname, LName FROM Student ORDER BY Age DESC LIMIT 1",
         tie=("SELECT StuID, Age FROM Student ORDER BY Age DESC", 1),
         expect=[("Bruce", "Wilson")]),
    dict(db="pets_1", kind="join",
         q="Which pets does Tracy Kim have? Show type and age.",
         p="Tracy Kim's pets - what kind and how old",
         sql="SELECT T3.PetType, T3.pet_age FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
             "JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T1.Fname = 'Tracy' AND T1.LName = 'Kim'",
         expect=[("dog", 2), ("dog", 1)]),
    dict(db="pets_1", kind="set",
         q="Which of the female students don't have a pet? first and last names",
         p="Girls with no pets - first name, last name.",
         sql="SELECT Fname, LName FROM Student WHERE Sex = 'F' AND StuID NOT IN (SELECT StuID FROM Has_Pet)",
         ncols=2),
    dict(db="pets_1", kind="ratio",
         q="What percent of the students are female?",
         p="percentage of students who are women",
         sql="SELECT 100.0 * sum(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / count(*) FROM Student"),
    dict(db="pets_1", kind="projection",
         q="Show each pet's id, type and weight.",
         p="all pets: pet id, what animal, how heavy",
         sql="SELECT PetID, PetType, weight FROM Pets",
         ncols=3),

    # ------------------------------------------------------------------ real_estate_properties
    dict(db="real_estate_properties", kind="count",
         q="How many apartments are listed?",
         p="number of apartment properties",
         sql="SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'",
         expect=[(6,)]),
    dict(db="real_estate_properties", kind="list",
         q="What property types do we handle?",
         p="list the kinds of property",
         sql="SELECT property_type_description FROM Ref_Property_Types"),
    dict(db="real_estate_properties", kind="filter-text",
         q="What's the address of Chelsea?",
         p="address for the property named chelsea",
         sql="SELECT property_address FROM Properties WHERE property_name = 'chelsea'"),
    dict(db="real_estate_properties", kind="filter-number",
         q="properties with at least 8 rooms - name and number of rooms",
         p="Which properties have eight or more rooms? Show the name and room count.",
         sql="SELECT property_name, room_count FROM Properties WHERE room_count >= 8",
         ncols=2),
    dict(db="real_estate_properties", kind="aggregate",
         q="What's the average asking price for houses?",
         p="mean price sellers asked for on house listings",
         sql="SELECT avg(vendor_requested_price) FROM Properties WHERE property_type_code = 'House'"),
    dict(db="real_estate_properties", kind="group",
         q="how many properties are there of each type",
         p="Count the properties per property type.",
         sql="SELECT property_type_code, count(*) FROM Properties GROUP BY property_type_code",
         ncols=2),
    dict(db="real_estate_properties", kind="superlative",
         q="Which property sold for the highest price?",
         p="name of the property with the biggest agreed sale price",
         sql="SELECT property_name FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1",
         tie=("SELECT property_id, agreed_selling_price FROM Properties ORDER BY 2 DESC", 1),
         expect=[("ten tower",)]),
    dict(db="real_estate_properties", kind="join",
         q="Which properties come with a swimming pool?",
         p="names of properties that have a pool",
         sql="SELECT DISTINCT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 "
             "ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id "
             "WHERE T3.feature_name = 'Pool'"),
    dict(db="real_estate_properties", kind="set",
         q="Which properties have no extra features recorded at all?",
         p="properties without any additional features listed - names",
         sql="SELECT property_name FROM Properties WHERE property_id NOT IN "
             "(SELECT property_id FROM Other_Property_Features)",
         expect=[("the cole",), ("parc east",), ("vogue",), ("renoir",)]),
    dict(db="real_estate_properties", kind="ratio",
         q="For Avalon, what is the agreed sale price divided by the asking price?",
         p="avalon: ratio of selling price to the price the vendor asked",
         sql="SELECT agreed_selling_price / vendor_requested_price FROM Properties WHERE property_name = 'avalon'"),
    dict(db="real_estate_properties", kind="projection",
         q="List the properties with the date they went on the market and the date they sold",
         p="For each property: name, listing date, sale date.",
         sql="SELECT property_name, date_on_market, date_sold FROM Properties",
         ncols=3),

    # ------------------------------------------------------------------ student_transcripts_tracking
    dict(db="student_transcripts_tracking", kind="count",
         q="How many PhD programs are there?",
         p="number of doctorate degree programs",
         sql="SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'PHD'",
         expect=[(2,)]),
    dict(db="student_transcripts_tracking", kind="list",
         q="List all of the departments.",
         p="department names?",
         sql="SELECT department_name FROM Departments"),
    dict(db="student_transcripts_tracking", kind="filter-text",
         q="what's Reva Osinski's email",
         p="Email address for the student Reva Osinski?",
         sql="SELECT email_address FROM Students WHERE first_name = 'Reva' AND last_name = 'Osinski'"),
    dict(db="student_transcripts_tracking", kind="filter-number",
         q="Which students first registered after 2010? Give first and last names.",
         p="students whose first registration was in 2011 or later (first name, last name)",
         sql="SELECT first_name, last_name FROM Students WHERE date_first_registered >= '2011-01-01'",
         expect=[("Jarvis", "Carroll"), ("Frida", "Huel"), ("Reva", "Osinski")]),
    dict(db="student_transcripts_tracking", kind="aggregate",
         q="When was the earliest transcript issued?",
         p="date of the oldest transcript",
         sql="SELECT min(transcript_date) FROM Transcripts"),
    dict(db="student_transcripts_tracking", kind="group",
         q="How many degree programs does each department have?",
         p="number of degree programs per department, by department name",
         sql="SELECT T2.department_name, count(*) FROM Degree_Programs AS T1 JOIN Departments AS T2 "
             "ON T1.department_id = T2.department_id GROUP BY T2.department_id, T2.department_name",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="superlative",
         q="Which department offers the most degree programs?",
         p="department with the largest number of degrees on offer",
         sql="SELECT T2.department_name FROM Degree_Programs AS T1 JOIN Departments AS T2 "
             "ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1",
         tie=("SELECT department_id, count(*) FROM Degree_Programs GROUP BY department_id ORDER BY 2 DESC", 1),
         expect=[("statistics",)]),
    dict(db="student_transcripts_tracking", kind="join",
         q="What country is Timmothy Ward's permanent adress in?",
         p="Timmothy Ward - which country is his permanent address",
         sql="SELECT T2.country FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id "
             "WHERE T1.first_name = 'Timmothy' AND T1.last_name = 'Ward'",
         expect=[("Norfolk Island",)]),
    dict(db="student_transcripts_tracking", kind="set",
         q="Which courses has no student ever enrolled in?",
         p="courses with zero enrollments - names",
         sql="SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)"),
    dict(db="student_transcripts_tracking", kind="ratio",
         q="What proportion of the degree programs are bachelor's degrees?",
         p="fraction of degree programs that are bachelors",
         sql="SELECT CAST(sum(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) AS REAL) / count(*) "
             "FROM Degree_Programs"),
    dict(db="student_transcripts_tracking", kind="projection",
         q="Show every student's first name, last name and email.",
         p="students: first, last, email address",
         sql="SELECT first_name, last_name, email_address FROM Students",
         ncols=3),

    # ------------------------------------------------------------------ voter_1
    dict(db="voter_1", kind="count",
         q="How many votes have been cast so far?",
         p="total number of votes",
         sql="SELECT count(*) FROM VOTES",
         expect=[(4,)]),
    dict(db="voter_1", kind="list",
         q="list the contestants",
         p="What are the names of all the contestents?",
         sql="SELECT contestant_name FROM CONTESTANTS"),
    dict(db="voter_1", kind="filter-text",
         q="Which contestants are called Jessie?",
         p="contestants with the first name jessie - full names",
         sql="SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'",
         expect=[("Jessie Alloway",), ("Jessie Eichman",)]),
    dict(db="voter_1", kind="filter-number",
         q="What state is area code 212?",
         p="area code 212 belongs to which state",
         sql="SELECT state FROM AREA_CODE_STATE WHERE area_code = 212",
         expect=[("NY",)]),
    dict(db="voter_1", kind="aggregate",
         q="When did the most recent vote come in?",
         p="timestamp of the latest vote",
         sql="SELECT max(created) FROM VOTES"),
    dict(db="voter_1", kind="group",
         q="How many votes did each contestant get? Only those that got any.",
         p="vote totals per contestant name (skip contestants with zero votes)",
         sql="SELECT T2.contestant_name, count(*) FROM VOTES AS T1 JOIN CONTESTANTS AS T2 "
             "ON T1.contestant_number = T2.contestant_number GROUP BY T2.contestant_number, T2.contestant_name",
         ncols=2),
    dict(db="voter_1", kind="superlative",
         q="Which state has the most area codes?",
         p="state with the highest number of area codes",
         sql="SELECT state FROM AREA_CODE_STATE GROUP BY state ORDER BY count(*) DESC LIMIT 1",
         tie=("SELECT state, count(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY 2 DESC", 1),
         expect=[("CA",)]),
    dict(db="voter_1", kind="join",
         q="Which contestants got votes from New York?",
         p="names of contestants that received a vote from NY",
         sql="SELECT DISTINCT T2.contestant_name FROM VOTES AS T1 JOIN CONTESTANTS AS T2 "
             "ON T1.contestant_number = T2.contestant_number WHERE T1.state = 'NY'",
         expect=[("Tabatha Gehling",), ("Kelly Clauss",)]),
    dict(db="voter_1", kind="set",
         q="Who didn't get any votes at all?",
         p="contestants with no votes",
         sql="SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN "
             "(SELECT contestant_number FROM VOTES)"),
    dict(db="voter_1", kind="ratio",
         q="What fraction of the votes came from New York?",
         p="share of votes from NY",
         sql="SELECT CAST(sum(CASE WHEN state = 'NY' THEN 1 ELSE 0 END) AS REAL) / count(*) FROM VOTES",
         expect=[(0.5,)]),
    dict(db="voter_1", kind="projection",
         q="Show the vote id, phone number and state for every vote.",
         p="all votes - id, phone no., state",
         sql="SELECT vote_id, phone_number, state FROM VOTES",
         ncols=3),
]

UNANSWERABLE = [
    dict(db="car_1", q="What's the sticker price of the ford torino?",
         why="car_1 has no price/MSRP column; cars_data only holds mpg, cylinders, displacement, horsepower, weight, acceleration, year"),
    dict(db="car_1", q="Which cars run on diesel?",
         why="no fuel type column anywhere in car_1"),
    dict(db="course_teach", q="How much does Anne Walker earn?",
         why="teacher table has name, age, hometown only; no salary"),
    dict(db="dog_kennels", q="What colour is Kacey?",
         why="Dogs has breed, size, age, weight, gender, dates but no coat colour"),
    dict(db="dog_kennels", q="how old is the owner Nora Haley",
         why="Owners has name, address, email and phones; no age or date of birth"),
    dict(db="flight_2", q="What time does United flight 28 take off?",
         why="flights has only airline, flight number, source and destination airports; no schedule times"),
    dict(db="flight_2", q="average ticket price from APG to ASY?",
         why="no fare/price column in flight_2"),
    dict(db="network_1", q="What's Kyle's GPA?",
         why="Highschooler has only ID, name and grade level; no GPA/marks"),
    dict(db="pets_1", q="What are the names of Tracy Kim's dogs?",
         why="Pets has type, age and weight but no pet name"),
    dict(db="real_estate_properties", q="How many square feet is the property called vogue?",
         why="Properties has room_count but no floor area/square footage"),
    dict(db="student_transcripts_tracking", q="What grade did Frida Huel get in her courses?",
         why="no grade/score column; transcripts only link student courses to transcript dates"),
    dict(db="voter_1", q="How many of the voters were women?",
         why="VOTES stores phone number, state, contestant and time; no voter gender"),
]


def run(db, sql):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        ncols = len(cur.description)
    finally:
        con.close()
    return rows, ncols


def main():
    errors = []
    for i, it in enumerate(ITEMS):
        tag = "%d %s/%s" % (i, it["db"], it["kind"])
        for k in ("db", "kind", "q", "p", "sql"):
            if not it.get(k):
                errors.append("%s: missing %s" % (tag, k))
        if it["db"] not in DBS:
            errors.append("%s: unknown db" % tag)
        if it["kind"] not in KINDS:
            errors.append("%s: unknown kind" % tag)
        if it["q"].strip().lower() == it["p"].strip().lower():
            errors.append("%s: paraphrase equals question" % tag)
        try:
            rows, ncols = run(it["db"], it["sql"])
        except Exception as e:  # noqa
            errors.append("%s: query failed: %s" % (tag, e))
            continue
        if not rows or all(all(v is None for v in r) for r in rows):
            errors.append("%s: empty result" % tag)
        if "ncols" in it and ncols != it["ncols"]:
            errors.append("%s: expected %d cols, got %d" % (tag, it["ncols"], ncols))
        if "expect" in it:
            if Counter(map(tuple, rows)) != Counter(map(tuple, it["expect"])):
                errors.append("%s: expected %r got %r" % (tag, it["expect"], rows))
            if ncols != len(it["expect"][0]):
                errors.append("%s: expect width mismatch" % tag)
        if "tie" in it:
            tsql, n = it["tie"]
            trows, _ = run(it["db"], tsql)
            if len(trows) < n:
                errors.append("%s: tie query has fewer than %d rows" % (tag, n))
            elif len(trows) > n and trows[n - 1][-1] == trows[n][-1]:
                errors.append("%s: tie at cut-off %d: %r" % (tag, n, trows[n - 1:n + 1]))
            if len(rows) != n:
                errors.append("%s: gold returns %d rows, cut-off %d" % (tag, len(rows), n))
        if "LIMIT" in it["sql"].upper() and "tie" not in it:
            errors.append("%s: LIMIT without tie check" % tag)

    per_db = Counter(it["db"] for it in ITEMS)
    for db in DBS:
        if per_db[db] != 11:
            errors.append("db %s has %d items" % (db, per_db[db]))
    if len(ITEMS) != 99:
        errors.append("expected 99 items, have %d" % len(ITEMS))
    qs = Counter(it["q"] for it in ITEMS)
    for q, c in qs.items():
        if c > 1:
            errors.append("duplicate question: %s" % q)

    if len(UNANSWERABLE) != 12:
        errors.append("expected 12 unanswerable, have %d" % len(UNANSWERABLE))
    for u in UNANSWERABLE:
        if u["db"] not in DBS or not u["q"] or not u["why"]:
            errors.append("bad unanswerable item %r" % u)

    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    out = [dict(db_id=it["db"], kind=it["kind"], question=it["q"], paraphrase=it["p"], query=it["sql"])
           for it in ITEMS]
    una = [dict(db_id=u["db"], question=u["q"], why=u["why"], query="") for u in UNANSWERABLE]
    with open(os.path.join(HERE, "spider_v8_B.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "spider_v8_B_unanswerable.json"), "w") as f:
        json.dump(una, f, indent=2, ensure_ascii=False)
        f.write("\n")
    multi = sum(1 for it in ITEMS if run(it["db"], it["sql"])[1] >= 2)
    print("OK: %d items, %d unanswerable" % (len(out), len(una)))
    print("per db:", dict(sorted(per_db.items())))
    print("per kind:", dict(sorted(Counter(it["kind"] for it in ITEMS).items())))
    print("multi-column golds: %d" % multi)


if __name__ == "__main__":
    main()
