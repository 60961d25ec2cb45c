#!/usr/bin/env python3
"""Generate held-out Spider-style eval set v33 (part B): 99 items over 9 databases.

Each item: (db_id, kind, question, paraphrase, gold_sql).
Every gold query is executed against the Spider SQLite database and checked.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind33/spider_v33_B.json"

DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1",
       "pets_1", "real_estate_properties", "student_transcripts_tracking", "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

ITEMS = [
    # ------------------------------------------------------------------ car_1
    ("car_1", "count",
     "how many 1980 cars r in the dataset?",
     "What is the number of vehicles whose model year is 1980?",
     "SELECT count(*) FROM cars_data WHERE Year = 1980"),
    ("car_1", "list",
     "Show me every car manufacturer along with its full company name.",
     "makers + their complete corporate names, all of them",
     "SELECT Maker, FullName FROM car_makers"),
    ("car_1", "filter-text",
     "Which automakers are German? Full names pls",
     "Give the complete names of the car manufacturers headquartered in Germany.",
     "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId "
     "WHERE T2.CountryName = 'germany'"),
    ("car_1", "filter-number",
     "which cars weigh more than 4,500 lbs? show the make/model name and the weight",
     "List every vehicle heavier than 4500 pounds, together with how much it weighs.",
     "SELECT T2.Make, T1.Weight FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId "
     "WHERE T1.Weight > 4500"),
    ("car_1", "aggregate",
     "For the V8s (8 cylinders), what's the average acceleration and the heaviest weight?",
     "Among eight-cylinder vehicles, report the mean acceleration figure and the maximum weight.",
     "SELECT avg(Accelerate), max(Weight) FROM cars_data WHERE Cylinders = 8"),
    ("car_1", "superlative",
     "Most fuel-efficient car in the data - which one is it and what mpg does it get?",
     "Name the vehicle with the highest miles per gallon and give that mpg figure.",
     "SELECT T2.Make, T1.MPG FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId "
     "WHERE T1.MPG != 'null' ORDER BY CAST(T1.MPG AS REAL) DESC LIMIT 1"),
    ("car_1", "group",
     "avg car weight by model year?",
     "For each production year, how heavy were the cars on average? Show the year and the mean weight.",
     "SELECT Year, avg(Weight) FROM cars_data GROUP BY Year"),
    ("car_1", "join",
     "List every automaker (full name) and the continent it comes from.",
     "For each car company, give its full name and the continent where its home country lies.",
     "SELECT T1.FullName, T3.Continent FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId "
     "JOIN continents AS T3 ON T2.Continent = T3.ContId"),
    ("car_1", "set",
     "Which countries in Europe don't have a single car maker?",
     "european countries w/ no automobile manufacturers based there?",
     "SELECT T1.CountryName FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId "
     "WHERE T2.Continent = 'europe' EXCEPT SELECT T1.CountryName FROM countries AS T1 "
     "JOIN car_makers AS T2 ON T1.CountryId = T2.Country"),
    ("car_1", "ratio",
     "What percent of the cars are four-bangers (4 cyl)?",
     "Express the number of four-cylinder vehicles as a percentage of all vehicles.",
     "SELECT 100.0 * sum(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / count(*) FROM cars_data"),
    ("car_1", "compare-to-aggregate",
     "Which '82 models are heavier than the average car overall? Give name and weight.",
     "List the 1982 vehicles whose weight exceeds the mean weight of every car in the data, with their weights.",
     "SELECT T2.Make, T1.Weight FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId "
     "WHERE T1.Year = 1982 AND T1.Weight > (SELECT avg(Weight) FROM cars_data)"),

    # ----------------------------------------------------------- course_teach
    ("course_teach", "count",
     "How many teachers actually have a class assigned to them?",
     "Count the distinct teachers who appear in the course timetable.",
     "SELECT count(DISTINCT Teacher_ID) FROM course_arrange"),
    ("course_teach", "list",
     "show all the courses and when each one starts",
     "Please give every course title together with its starting date.",
     "SELECT Course, Staring_Date FROM course"),
    ("course_teach", "filter-text",
     "Which teachers come from an Urban District? I need their names and hometowns.",
     "teachers whose home town is some 'urban district' -- name + hometown",
     "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'"),
    ("course_teach", "filter-number",
     "teachers aged 40+, names and ages?",
     "Who among the teaching staff is at least forty years old? Include each person's age.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) >= 40"),
    ("course_teach", "aggregate",
     "What's the avg age of our teachers, and how old is the oldest?",
     "Report the mean teacher age as well as the maximum teacher age.",
     "SELECT avg(CAST(Age AS INTEGER)), max(CAST(Age AS INTEGER)) FROM teacher"),
    ("course_teach", "superlative",
     "Who's the youngest teacher and how old are they?",
     "Name the staff member with the lowest age, along with that age.",
     "SELECT Name, Age FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1"),
    ("course_teach", "group",
     "How many courses is each teacher down to teach? names w/ counts",
     "For every teacher on the schedule, give the name and the number of course assignments they hold.",
     "SELECT T2.Name, count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID "
     "GROUP BY T2.Name"),
    ("course_teach", "join",
     "list teacher names with the course they teach and which grade it's for",
     "Which instructor is arranged on which subject, and for what grade level? Show name, course and grade.",
     "SELECT T2.Name, T3.Course, T1.Grade FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID "
     "JOIN course AS T3 ON T1.Course_ID = T3.Course_ID"),
    ("course_teach", "set",
     "which teachers arent teaching anything at the moment?",
     "Give the names of teachers who have no course arrangement whatsoever.",
     "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    ("course_teach", "ratio",
     "What percentage of the courses have been given a teacher?",
     "Of all courses on offer, what share (in %) has at least one instructor arranged?",
     "SELECT 100.0 * (SELECT count(DISTINCT Course_ID) FROM course_arrange) / (SELECT count(*) FROM course)"),
    ("course_teach", "compare-to-aggregate",
     "Which teachers are older than average? Show name and age.",
     "list staff whose age is above the mean age of all teachers, with the ages",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > "
     "(SELECT avg(CAST(Age AS INTEGER)) FROM teacher)"),

    # ------------------------------------------------------------ dog_kennels
    ("dog_kennels", "count",
     "how many of the dogs were abandoned?",
     "What is the total number of dogs flagged as abandoned in the kennel records?",
     "SELECT count(*) FROM Dogs WHERE abandoned_yn = '1'"),
    ("dog_kennels", "list",
     "List all the professionals - first name, last name and their role.",
     "every staff member's name and role code please",
     "SELECT first_name, last_name, role_code FROM Professionals"),
    ("dog_kennels", "filter-text",
     "Which dog owners live in North Dakota? Name and city please.",
     "Give the first name, last name and city of owners whose state is North Dakota.",
     "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels", "filter-number",
     "treatments that cost over $600 - when were they done and how much were they?",
     "Show the date and the price of every treatment costing more than 600 dollars.",
     "SELECT date_of_treatment, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600"),
    ("dog_kennels", "aggregate",
     "What have we spent on treatments in total, and what's the average cost of one?",
     "sum and mean of all treatment costs",
     "SELECT sum(cost_of_treatment), avg(cost_of_treatment) FROM Treatments"),
    ("dog_kennels", "superlative",
     "which breed do we have the most of? give the breed and how many dogs",
     "Identify the most common breed among the kennel's dogs, together with its dog count.",
     "SELECT T2.breed_name, count(*) FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code "
     "GROUP BY T2.breed_name ORDER BY count(*) DESC LIMIT 1"),
    ("dog_kennels", "group",
     "For each kind of treatment, how many were given and what did they cost in total?",
     "treatment type breakdown: description, number of treatments, total cost",
     "SELECT T2.treatment_type_description, count(*), sum(T1.cost_of_treatment) FROM Treatments AS T1 "
     "JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code "
     "GROUP BY T2.treatment_type_description"),
    ("dog_kennels", "join",
     "Show each dog's name next to its owner's first and last name.",
     "pair up every dog with the person who owns it (dog name, owner first + last name)",
     "SELECT T1.name, T2.first_name, T2.last_name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id"),
    ("dog_kennels", "set",
     "Which states have both dog owners and professionals living in them?",
     "List the states that are home to at least one owner and also to at least one of the professionals.",
     "SELECT state FROM Owners INTERSECT SELECT state FROM Professionals"),
    ("dog_kennels", "ratio",
     "what % of the dogs are large?",
     "Give the proportion of dogs whose size is Large, as a percentage of all dogs.",
     "SELECT 100.0 * sum(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / count(*) FROM Dogs"),
    ("dog_kennels", "compare-to-aggregate",
     "Which dogs weigh more than the average dog? Names and weights.",
     "list the dogs heavier than the mean weight of all dogs in the kennel, with their weight",
     "SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > (SELECT avg(CAST(weight AS REAL)) FROM Dogs)"),

    # --------------------------------------------------------------- flight_2
    ("flight_2", "count",
     "How many flights does JetBlue run?",
     "What is the number of flights operated by JetBlue Airways?",
     "SELECT count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "WHERE T2.Airline = 'JetBlue Airways'"),
    ("flight_2", "list",
     "list the airlines + their abbreviations",
     "What are the names of all the carriers, and what short form does each go by?",
     "SELECT Airline, Abbreviation FROM airlines"),
    ("flight_2", "filter-text",
     "What airports are there in Anchorage? Give me codes and names.",
     "anchorage airports - code & name",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Anchorage'"),
    ("flight_2", "filter-number",
     "any flights numbered above 1,500? which airline, flight no. and where from/to",
     "Show the airline, flight number, origin and destination of every flight whose number exceeds 1500.",
     "SELECT T2.Airline, T1.FlightNo, T1.SourceAirport, T1.DestAirport FROM flights AS T1 "
     "JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T1.FlightNo > 1500"),
    ("flight_2", "aggregate",
     "Whats the lowest and highest flight number Southwest uses?",
     "Report the minimum and maximum flight numbers operated by Southwest Airlines.",
     "SELECT min(T1.FlightNo), max(T1.FlightNo) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "WHERE T2.Airline = 'Southwest Airlines'"),
    ("flight_2", "superlative",
     "Which city has the most airports, and how many does it have?",
     "name the city served by the largest number of airports, plus the count",
     "SELECT TRIM(City), count(*) FROM airports GROUP BY TRIM(City) ORDER BY count(*) DESC LIMIT 1"),
    ("flight_2", "group",
     "For each airline, how many different airports do they fly out of?",
     "Per carrier, give the number of distinct departure airports it serves.",
     "SELECT T2.Airline, count(DISTINCT TRIM(T1.SourceAirport)) FROM flights AS T1 "
     "JOIN airlines AS T2 ON T1.Airline = T2.uid GROUP BY T2.Airline"),
    ("flight_2", "join",
     "show all Virgin America flights: flight number plus the names of the departure and arrival airports",
     "For every flight operated by Virgin America, list its number, the name of the airport it leaves from "
     "and the name of the airport it lands at.",
     "SELECT T1.FlightNo, T3.AirportName, T4.AirportName FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "JOIN airports AS T3 ON T3.AirportCode = TRIM(T1.SourceAirport) "
     "JOIN airports AS T4 ON T4.AirportCode = TRIM(T1.DestAirport) WHERE T2.Airline = 'Virgin America'"),
    ("flight_2", "set",
     "Which airlines have departures from both Algona (AXG) and Apalachicola (AAF)?",
     "carriers flying out of AXG as well as out of AAF?",
     "SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "WHERE TRIM(T1.SourceAirport) = 'AXG' INTERSECT SELECT T2.Airline FROM flights AS T1 "
     "JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE TRIM(T1.SourceAirport) = 'AAF'"),
    ("flight_2", "ratio",
     "what percentage of airports are just called \"Municipal\"?",
     "Among all airports, what share (percent) bear the plain name Municipal?",
     "SELECT 100.0 * sum(CASE WHEN TRIM(AirportName) = 'Municipal' THEN 1 ELSE 0 END) / count(*) FROM airports"),
    ("flight_2", "compare-to-aggregate",
     "Which airports have more departing flights than the average airport? code + no. of departures",
     "List the airports whose number of outbound flights is above the per-airport mean, with those counts.",
     "SELECT TRIM(SourceAirport), count(*) FROM flights GROUP BY TRIM(SourceAirport) "
     "HAVING count(*) > (SELECT count(*) * 1.0 / count(DISTINCT TRIM(SourceAirport)) FROM flights)"),

    # -------------------------------------------------------------- network_1
    ("network_1", "count",
     "how many 10th graders r there?",
     "What is the number of high school students in grade ten?",
     "SELECT count(*) FROM Highschooler WHERE grade = 10"),
    ("network_1", "list",
     "List every student and what grade they're in.",
     "all high schoolers w/ their grade levels",
     "SELECT name, grade FROM Highschooler"),
    ("network_1", "filter-text",
     "Kyle - what's his student ID and grade?",
     "Give the identifier and the grade of the student called Kyle.",
     "SELECT ID, grade FROM Highschooler WHERE name = 'Kyle'"),
    ("network_1", "filter-number",
     "names and IDs of everyone above 10th grade",
     "Which students are in grades 11 or 12? Show their names and ID numbers.",
     "SELECT name, ID FROM Highschooler WHERE grade > 10"),
    ("network_1", "aggregate",
     "What's the average grade across all the high schoolers?",
     "mean grade level of the student body?",
     "SELECT avg(grade) FROM Highschooler"),
    ("network_1", "superlative",
     "Which grade's kids hand out the most 'likes'? Give the grade and how many likes came from it.",
     "Identify the grade level whose students have liked others the greatest number of times, together with that number.",
     "SELECT T2.grade, count(*) FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID "
     "GROUP BY T2.grade ORDER BY count(*) DESC LIMIT 1"),
    ("network_1", "group",
     "how many students in each grade",
     "Give a headcount of high schoolers per grade level.",
     "SELECT grade, count(*) FROM Highschooler GROUP BY grade"),
    ("network_1", "join",
     "Who likes whom? Show the name of the student doing the liking and the name of the one they like.",
     "for every like, liker's name and liked person's name",
     "SELECT T2.name, T3.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID "
     "JOIN Highschooler AS T3 ON T1.liked_id = T3.ID"),
    ("network_1", "set",
     "Which students both like somebody and are liked by somebody?",
     "Give the names of high schoolers who appear on both sides of the likes list: they like someone and someone likes them.",
     "SELECT name FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes INTERSECT SELECT liked_id FROM Likes)"),
    ("network_1", "ratio",
     "What percent of students like at least one other student?",
     "share of high schoolers who've liked someone, as a %",
     "SELECT 100.0 * (SELECT count(DISTINCT student_id) FROM Likes) / (SELECT count(*) FROM Highschooler)"),
    ("network_1", "compare-to-aggregate",
     "Which students are in a grade above the school-wide average? names and grades",
     "List the high schoolers whose grade level is higher than the mean grade of all students, with their grade.",
     "SELECT name, grade FROM Highschooler WHERE grade > (SELECT avg(grade) FROM Highschooler)"),

    # ----------------------------------------------------------------- pets_1
    ("pets_1", "count",
     "How many female students are there?",
     "number of women in the student list?",
     "SELECT count(*) FROM Student WHERE Sex = 'F'"),
    ("pets_1", "list",
     "show all the pets - type, age and weight",
     "Give every pet on record with its species, its age and its weight.",
     "SELECT PetType, pet_age, weight FROM Pets"),
    ("pets_1", "filter-text",
     "Students from BAL? first + last names",
     "Which students have the city code BAL? Provide their first and last names.",
     "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'"),
    ("pets_1", "filter-number",
     "Who's older than 21? First name, last name and age.",
     "list the students above the age of twenty-one, with their ages",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 21"),
    ("pets_1", "aggregate",
     "avg weight of the dogs, and how heavy is the heaviest one?",
     "Report the mean and the maximum weight among pets that are dogs.",
     "SELECT avg(weight), max(weight) FROM Pets WHERE PetType = 'dog'"),
    ("pets_1", "superlative",
     "Which advisor has the most students, and how many do they advise?",
     "Give the advisor ID with the largest number of advisees, together with that number.",
     "SELECT Advisor, count(*) FROM Student GROUP BY Advisor ORDER BY count(*) DESC LIMIT 1"),
    ("pets_1", "group",
     "number of students per major",
     "Break down how many students there are in each major (major code and count).",
     "SELECT Major, count(*) FROM Student GROUP BY Major"),
    ("pets_1", "join",
     "Which students own which pets? Show the student's first name, the pet type and the pet's age.",
     "pet owners' first names + the kind and age of each animal they have",
     "SELECT T1.Fname, T3.PetType, T3.pet_age FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
     "JOIN Pets AS T3 ON T2.PetID = T3.PetID"),
    ("pets_1", "set",
     "which students dont have any pets? first and last names",
     "Provide the full names (first and last) of students who do not own a single pet.",
     "SELECT Fname, LName FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)"),
    ("pets_1", "ratio",
     "What % of the students are male?",
     "Proportion of male students, expressed as a percentage of the whole student body.",
     "SELECT 100.0 * sum(CASE WHEN Sex = 'M' THEN 1 ELSE 0 END) / count(*) FROM Student"),
    ("pets_1", "compare-to-aggregate",
     "Which students are older than the avg student age? name + age",
     "List the students whose age exceeds the mean age of all students, showing first name, last name and age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > (SELECT avg(Age) FROM Student)"),

    # ------------------------------------------------- real_estate_properties
    ("real_estate_properties", "count",
     "How many apartments are on the books?",
     "count of listed properties that are flats/apartments",
     "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties", "list",
     "list all properties with their address and number of rooms",
     "For each property, give its name, its street address and how many rooms it has.",
     "SELECT property_name, property_address, room_count FROM Properties"),
    ("real_estate_properties", "filter-text",
     "Which of the properties are shops? Names and addresses please.",
     "retail units: property name + address",
     "SELECT property_name, property_address FROM Properties WHERE property_type_code = 'Shop'"),
    ("real_estate_properties", "filter-number",
     "properties with more than 7 rooms, name & room count",
     "Which listings have over seven rooms? Show each one's name and its number of rooms.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > 7"),
    ("real_estate_properties", "aggregate",
     "What's the average asking price and the highest asking price across all the properties?",
     "mean + max of the prices sellers asked for",
     "SELECT avg(vendor_requested_price), max(vendor_requested_price) FROM Properties"),
    ("real_estate_properties", "superlative",
     "which property went for the biggest agreed sale price? name + price",
     "Identify the property with the highest agreed selling price and state that price.",
     "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
    ("real_estate_properties", "group",
     "For each property type, how many listings are there and what's the average number of rooms?",
     "per type of property: number of properties and mean room count",
     "SELECT property_type_code, count(*), avg(room_count) FROM Properties GROUP BY property_type_code"),
    ("real_estate_properties", "join",
     "Show each property's name alongside the extra features it has.",
     "list property names together with the names of their additional features",
     "SELECT T1.property_name, T3.feature_name FROM Properties AS T1 "
     "JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id "
     "JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id"),
    ("real_estate_properties", "set",
     "Which properties have both a pool and air con?",
     "Name the properties that offer a swimming pool as well as air conditioning.",
     "SELECT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id "
     "JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'Pool' "
     "INTERSECT SELECT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 "
     "ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id "
     "WHERE T3.feature_name = 'AirCon'"),
    ("real_estate_properties", "ratio",
     "what share of the listings are houses, in percent?",
     "Houses as a percentage of all properties on record?",
     "SELECT 100.0 * sum(CASE WHEN property_type_code = 'House' THEN 1 ELSE 0 END) / count(*) FROM Properties"),
    ("real_estate_properties", "compare-to-aggregate",
     "Which properties have more rooms than average? names and room counts",
     "List the listings whose room count beats the mean across all properties, with the number of rooms.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT avg(room_count) FROM Properties)"),

    # ------------------------------------------ student_transcripts_tracking
    ("student_transcripts_tracking", "count",
     "how many master's programs are there?",
     "What is the number of degree programs at the Master level?",
     "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'Master'"),
    ("student_transcripts_tracking", "list",
     "List the students' first and last names and their emails.",
     "every student: first name, surname, e-mail",
     "SELECT first_name, last_name, email_address FROM Students"),
    ("student_transcripts_tracking", "filter-text",
     "Which students have an example.org email? Show names and the address.",
     "students whose e-mail is on the example.org domain -- first/last name and email",
     "SELECT first_name, last_name, email_address FROM Students WHERE email_address LIKE '%@example.org'"),
    ("student_transcripts_tracking", "filter-number",
     "students who first registered after 2010 - names and registration date",
     "Who signed up for the first time later than the year 2010? Give first name, last name and that date.",
     "SELECT first_name, last_name, date_first_registered FROM Students WHERE date_first_registered >= '2011-01-01'"),
    ("student_transcripts_tracking", "aggregate",
     "When was the earliest transcript issued, and the latest one?",
     "min and max transcript dates?",
     "SELECT min(transcript_date), max(transcript_date) FROM Transcripts"),
    ("student_transcripts_tracking", "superlative",
     "Which semester had the most enrolments? name + count",
     "Identify the semester with the greatest number of student enrollments and report that number.",
     "SELECT T2.semester_name, count(*) FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id "
     "GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1"),
    ("student_transcripts_tracking", "group",
     "no. of degree programs per department (dept name, count)",
     "How many degree programmes does each department run? Give the department name and the count.",
     "SELECT T2.department_name, count(*) FROM Degree_Programs AS T1 JOIN Departments AS T2 "
     "ON T1.department_id = T2.department_id GROUP BY T2.department_name"),
    ("student_transcripts_tracking", "join",
     "Show each student's first name with the city of their current address.",
     "for all students: first name + the town they currently live in",
     "SELECT T1.first_name, T2.city FROM Students AS T1 JOIN Addresses AS T2 ON T1.current_address_id = T2.address_id"),
    ("student_transcripts_tracking", "set",
     "Which departments don't offer any degree programmes?",
     "names of departments with zero degree programs",
     "SELECT department_name FROM Departments WHERE department_id NOT IN (SELECT department_id FROM Degree_Programs)"),
    ("student_transcripts_tracking", "ratio",
     "what % of degree programs are bachelors?",
     "Bachelor-level programs as a percentage of every degree program on file.",
     "SELECT 100.0 * sum(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / count(*) FROM Degree_Programs"),
    ("student_transcripts_tracking", "compare-to-aggregate",
     "Which students have enrolled more times than the average enrolled student? Name and number of enrolments.",
     "students whose enrolment count is above the mean per enrolled student -- first/last name + count",
     "SELECT T2.first_name, T2.last_name, count(*) FROM Student_Enrolment AS T1 JOIN Students AS T2 "
     "ON T1.student_id = T2.student_id GROUP BY T1.student_id HAVING count(*) > "
     "(SELECT count(*) * 1.0 / count(DISTINCT student_id) FROM Student_Enrolment)"),

    # ---------------------------------------------------------------- voter_1
    ("voter_1", "count",
     "How many votes came in from NY?",
     "What is the number of votes cast from the state of New York?",
     "SELECT count(*) FROM VOTES WHERE state = 'NY'"),
    ("voter_1", "list",
     "list the contestants w/ their numbers",
     "Give every contestant's number together with their name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    ("voter_1", "filter-text",
     "What are the area codes for Texas?",
     "which phone area codes belong to TX",
     "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'"),
    ("voter_1", "filter-number",
     "Which area codes are above 900, and what state is each one in?",
     "area codes > 900 with their states",
     "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900"),
    ("voter_1", "aggregate",
     "when was the first vote cast and when was the last?",
     "Report the earliest and the latest timestamps among all recorded votes.",
     "SELECT min(created), max(created) FROM VOTES"),
    ("voter_1", "superlative",
     "Which state has the most area codes, and how many?",
     "state with the largest number of area codes + that count",
     "SELECT state, count(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY count(*) DESC LIMIT 1"),
    ("voter_1", "group",
     "How many votes did each contestant get? name and number of votes",
     "vote tally per contestant (for those who received votes): contestant name, votes",
     "SELECT T2.contestant_name, count(*) FROM VOTES AS T1 JOIN CONTESTANTS AS T2 "
     "ON T1.contestant_number = T2.contestant_number GROUP BY T2.contestant_name"),
    ("voter_1", "join",
     "For every vote, show who it was for and what state it came from.",
     "contestant name + voter's state, one row per vote",
     "SELECT T2.contestant_name, T1.state FROM VOTES AS T1 JOIN CONTESTANTS AS T2 "
     "ON T1.contestant_number = T2.contestant_number"),
    ("voter_1", "set",
     "which contestants didnt get a single vote?",
     "Give the names of all contestants who received no votes at all.",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    ("voter_1", "ratio",
     "What percentage of the votes went to Kelly Clauss?",
     "Kelly Clauss's share of all the votes, as a %?",
     "SELECT 100.0 * sum(CASE WHEN T2.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / count(*) "
     "FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number"),
    ("voter_1", "compare-to-aggregate",
     "Which states have more area codes than the average state? state + count",
     "List the states whose number of area codes is higher than the mean number per state, with those counts.",
     "SELECT state, count(*) FROM AREA_CODE_STATE GROUP BY state "
     "HAVING count(*) > (SELECT count(*) * 1.0 / count(DISTINCT state) FROM AREA_CODE_STATE)"),
]


def main():
    verbose = "-v" in sys.argv
    errors = []
    if len(ITEMS) != 99:
        errors.append("expected 99 items, got %d" % len(ITEMS))
    pairs = Counter((it[0], it[1]) for it in ITEMS)
    for db in DBS:
        for k in KINDS:
            if pairs[(db, k)] != 1:
                errors.append("pair (%s, %s) appears %d times" % (db, k, pairs[(db, k)]))
    for p in pairs:
        if p[0] not in DBS or p[1] not in KINDS:
            errors.append("unexpected pair %r" % (p,))
    questions = Counter(it[2].strip().lower() for it in ITEMS)
    for q, n in questions.items():
        if n > 1:
            errors.append("duplicate question: %r" % q)

    out = []
    for db, kind, q, para, sql in ITEMS:
        tag = "%s/%s" % (db, kind)
        if not q.strip() or not para.strip():
            errors.append("%s: empty question or paraphrase" % tag)
        if q.strip().lower() == para.strip().lower():
            errors.append("%s: paraphrase identical to question" % tag)
        if "ROUND(" in sql.upper():
            errors.append("%s: ROUND used in gold" % tag)
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        try:
            con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
            rows = con.execute(sql).fetchall()
            con.close()
        except Exception as e:  # noqa: BLE001
            errors.append("%s: SQL error %s" % (tag, e))
            continue
        if not rows:
            errors.append("%s: gold returns no rows" % tag)
        elif all(v is None for r in rows for v in r):
            errors.append("%s: gold returns only NULLs" % tag)
        if verbose:
            print("== %s (%d rows) %s" % (tag, len(rows), rows[:6]))
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
