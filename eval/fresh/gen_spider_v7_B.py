#!/usr/bin/env python3
"""Blind Spider evaluation set v7_B: 99 answerable + 12 unanswerable questions.

Runs every gold query against the Spider SQLite files, checks non-empty results
and a few stated facts (ties at cut-offs, column counts), and only then writes
spider_v7_B.json and spider_v7_B_unanswerable.json beside this script.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))

# (db_id, kind, question, paraphrase, query, ncols, extra_check)
# extra_check: None, or ("tie", tie_query) where tie_query returns the ranking
# values in order; the check asserts value[0] != value[1] (no tie at top-1).
ITEMS = [
    # ---------------- car_1 ----------------
    ("car_1", "count",
     "how many 8 cylinder cars are in the data?",
     "Count the cars that have eight cylinders.",
     "SELECT COUNT(*) FROM cars_data WHERE Cylinders = 8", 1, None),
    ("car_1", "list",
     "List every car manufacturer by its full company name",
     "what are the full names of all the automakers we have?",
     "SELECT FullName FROM car_makers", 1, None),
    ("car_1", "filter-text",
     "Which car companies are Japanese?",
     "give me the full names of the manufacturers based in japan",
     "SELECT T1.FullName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'japan'",
     1, None),
    ("car_1", "filter-number",
     "Which cars weigh over 4,500 lbs? show the car name and the model year",
     "For every vehicle heavier than 4500 pounds, what is its make and what year is it from?",
     "SELECT T1.Make, T2.Year FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Weight > 4500",
     2, None),
    ("car_1", "aggregate",
     "avg weight of the 1980 cars",
     "What did cars from the 1980 model year weigh on average?",
     "SELECT AVG(Weight) FROM cars_data WHERE Year = 1980", 1, None),
    ("car_1", "group",
     "For each manufacturer, how many models do they have? Show maker and count.",
     "number of car models per automaker (maker name + how many)",
     "SELECT T1.Maker, COUNT(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id",
     2, None),
    ("car_1", "superlative",
     "Which model year has the most cars in the dataset?",
     "what year shows up most often among the cars",
     "SELECT Year FROM cars_data GROUP BY Year ORDER BY COUNT(*) DESC LIMIT 1",
     1, ("tie", "SELECT COUNT(*) FROM cars_data GROUP BY Year ORDER BY COUNT(*) DESC LIMIT 2")),
    ("car_1", "join",
     "list the european car makers and the country each one is from",
     "Which automakers are located in Europe, and in which country is each of them?",
     "SELECT T1.FullName, T2.CountryName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId JOIN continents AS T3 ON T2.Continent = T3.ContId WHERE T3.Continent = 'europe'",
     2, None),
    ("car_1", "set",
     "Which countries dont have any car makers?",
     "Name the countries in our list that no manufacturer is based in.",
     "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers)",
     1, None),
    ("car_1", "ratio",
     "What percent of the cars are 4-cylinder?",
     "Out of all cars, what share (as a percentage) have four cylinders?",
     "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data",
     1, None),
    ("car_1", "projection",
     "For the 1982 cars show me the name, mpg and weight",
     "I need the make, fuel economy and weight of every car from model year 1982.",
     "SELECT T1.Make, T2.MPG, T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id WHERE T2.Year = 1982",
     3, None),

    # ---------------- course_teach ----------------
    ("course_teach", "count",
     "How many courses are there?",
     "total number of courses on offer",
     "SELECT COUNT(*) FROM course", 1, None),
    ("course_teach", "list",
     "where are our teachers from? list their hometowns",
     "Show the home town of each teacher.",
     "SELECT Hometown FROM teacher", 1, None),
    ("course_teach", "filter-text",
     "When does French start?",
     "what's the start date for the French course",
     "SELECT Staring_Date FROM course WHERE Course = 'French'", 1, None),
    ("course_teach", "filter-number",
     "Which teachers are over 35?",
     "Give me the names of teachers older than thirty-five.",
     "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35", 1, None),
    ("course_teach", "aggregate",
     "whats the average age of the teaching staff",
     "On average, how old are the teachers?",
     "SELECT AVG(CAST(Age AS INTEGER)) FROM teacher", 1, None),
    ("course_teach", "group",
     "How many courses is each teacher assigned to? teacher name and the number please",
     "For every teacher who has course assignments, show their name along with how many courses they teach.",
     "SELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Teacher_ID",
     2, None),
    ("course_teach", "superlative",
     "who is the youngest teacher",
     "Name the teacher with the lowest age.",
     "SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1",
     1, ("tie", "SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 2")),
    ("course_teach", "join",
     "Who teaches Math and for which grade?",
     "For the math course, list each instructor's name and the grade they teach it to.",
     "SELECT T2.Name, T1.Grade FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = 'Math'",
     2, None),
    ("course_teach", "set",
     "Which teachers have not been given any course?",
     "list teachers with no course assignment at all",
     "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)",
     1, None),
    ("course_teach", "ratio",
     "what % of our courses have at least one teacher arranged",
     "Of all courses, what percentage actually has a teacher assigned to it?",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT Course_ID) FROM course_arrange) / (SELECT COUNT(*) FROM course)",
     1, None),
    ("course_teach", "projection",
     "Show name, age and hometown for all teachers",
     "I'd like every teacher's name, how old they are, and where they come from.",
     "SELECT Name, Age, Hometown FROM teacher", 3, None),

    # ---------------- dog_kennels ----------------
    ("dog_kennels", "count",
     "How many dogs were abandoned?",
     "count of dogs flagged as abandoned",
     "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'", 1, None),
    ("dog_kennels", "list",
     "what breeds do we have",
     "List all dog breed names in the system.",
     "SELECT breed_name FROM Breeds", 1, None),
    ("dog_kennels", "filter-text",
     "Which of our professionals live in Indiana? first and last name",
     "Give the first name and surname of each staff member or vet whose state is Indiana.",
     "SELECT first_name, last_name FROM Professionals WHERE state = 'Indiana'", 2, None),
    ("dog_kennels", "filter-number",
     "Treatments that cost more than $600 - when were they done and what did they cost?",
     "list the date and cost of every treatment priced above 600",
     "SELECT date_of_treatment, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600",
     2, None),
    ("dog_kennels", "aggregate",
     "total spend on treatments?",
     "How much money has been spent on all treatments combined?",
     "SELECT SUM(cost_of_treatment) FROM Treatments", 1, None),
    ("dog_kennels", "group",
     "How many dogs are there in each size category?",
     "dog count by size (small / medium / large)",
     "SELECT T2.size_description, COUNT(*) FROM Dogs AS T1 JOIN Sizes AS T2 ON T1.size_code = T2.size_code GROUP BY T1.size_code",
     2, None),
    ("dog_kennels", "superlative",
     "Which owner has the most dogs? first and last name",
     "Who owns the largest number of dogs? Give their first name and last name.",
     "SELECT T1.first_name, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY COUNT(*) DESC LIMIT 1",
     2, ("tie", "SELECT COUNT(*) FROM Dogs GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 2")),
    ("dog_kennels", "join",
     "names of the dogs that got vaccinated",
     "Which dogs have received a vaccination? Just their names.",
     "SELECT DISTINCT T1.name FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id JOIN Treatment_Types AS T3 ON T2.treatment_type_code = T3.treatment_type_code WHERE T3.treatment_type_description = 'Vaccination'",
     1, None),
    ("dog_kennels", "set",
     "Which professionals have never treated a dog? Show first and last names.",
     "list the first + last name of professionals with zero treatments on record",
     "SELECT first_name, last_name FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)",
     2, None),
    ("dog_kennels", "ratio",
     "what percentage of the dogs are large?",
     "Out of all the dogs, what share (in percent) is in the large size class?",
     "SELECT 100.0 * SUM(CASE WHEN T2.size_description = 'Large' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs AS T1 JOIN Sizes AS T2 ON T1.size_code = T2.size_code",
     1, None),
    ("dog_kennels", "projection",
     "show each dog's name, age and weight",
     "For every dog, I need the name, how old it is and how much it weighs.",
     "SELECT name, age, weight FROM Dogs", 3, None),

    # ---------------- flight_2 ----------------
    ("flight_2", "count",
     "How many flights does JetBlue operate?",
     "number of flights run by JetBlue Airways",
     "SELECT COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid WHERE T2.Airline = 'JetBlue Airways'",
     1, None),
    ("flight_2", "list",
     "list all the airlines",
     "What are the names of every carrier in the database?",
     "SELECT Airline FROM airlines", 1, None),
    ("flight_2", "filter-text",
     "What airports are there in Albany? name and code",
     "Give me the name and the three-letter code of each airport located in the city of Albany.",
     "SELECT AirportName, AirportCode FROM airports WHERE TRIM(City) = 'Albany'", 2, None),
    ("flight_2", "filter-number",
     "how many flights have a flight number over 1000",
     "Count the flights whose number is greater than 1,000.",
     "SELECT COUNT(*) FROM flights WHERE FlightNo > 1000", 1, None),
    ("flight_2", "aggregate",
     "How many different airports do flights land at?",
     "number of distinct destination airports across all flights",
     "SELECT COUNT(DISTINCT TRIM(DestAirport)) FROM flights", 1, None),
    ("flight_2", "group",
     "flights per airline - airline name and count",
     "For each airline, how many flights does it have? Show the airline's name next to the number.",
     "SELECT T2.Airline, COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid GROUP BY T2.uid",
     2, None),
    ("flight_2", "superlative",
     "Which city gets the most incoming flights?",
     "what's the top destination city by number of arriving flights",
     "SELECT TRIM(T2.City) FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.DestAirport) = T2.AirportCode GROUP BY TRIM(T2.City) ORDER BY COUNT(*) DESC LIMIT 1",
     1, ("tie", "SELECT COUNT(*) FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.DestAirport) = T2.AirportCode GROUP BY TRIM(T2.City) ORDER BY COUNT(*) DESC LIMIT 2")),
    ("flight_2", "join",
     "delta flight numbers departing from aberdeen",
     "Which Delta Airlines flights (by number) leave from an airport in Aberdeen?",
     "SELECT T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE T2.Airline = 'Delta Airlines' AND TRIM(T3.City) = 'Aberdeen'",
     1, None),
    ("flight_2", "set",
     "Which airlines have flights leaving Alpena but none leaving Alakanuk?",
     "List the carriers that depart from Alpena and do not depart from Alakanuk at all.",
     "SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE TRIM(T3.City) = 'Alpena' EXCEPT SELECT T2.Airline FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid JOIN airports AS T3 ON TRIM(T1.SourceAirport) = T3.AirportCode WHERE TRIM(T3.City) = 'Alakanuk'",
     1, None),
    ("flight_2", "ratio",
     "What share of all flights is Southwest's? in percent",
     "Southwest Airlines operates what percentage of the flights?",
     "SELECT 100.0 * SUM(CASE WHEN T2.Airline = 'Southwest Airlines' THEN 1 ELSE 0 END) / COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid",
     1, None),
    ("flight_2", "projection",
     "Show each airline with its abbreviation and country",
     "list carriers: full name, short code, and the country they're registered in",
     "SELECT Airline, Abbreviation, Country FROM airlines", 3, None),

    # ---------------- network_1 ----------------
    ("network_1", "count",
     "how many kids are in 11th grade",
     "What's the number of high schoolers in grade eleven?",
     "SELECT COUNT(*) FROM Highschooler WHERE grade = 11", 1, None),
    ("network_1", "list",
     "List the names of all the high school students.",
     "who are all the students? names only",
     "SELECT name FROM Highschooler", 1, None),
    ("network_1", "filter-text",
     "What grade is Kyle in?",
     "kyle - which grade?",
     "SELECT grade FROM Highschooler WHERE name = 'Kyle'", 1, None),
    ("network_1", "filter-number",
     "who's above 10th grade?",
     "Show the names of students in a grade higher than 10.",
     "SELECT name FROM Highschooler WHERE grade > 10", 1, None),
    ("network_1", "aggregate",
     "What's the average grade level of the students?",
     "mean grade across all high schoolers",
     "SELECT AVG(grade) FROM Highschooler", 1, None),
    ("network_1", "group",
     "How many students per grade?",
     "Break down the student count by grade level (grade and number).",
     "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade", 2, None),
    ("network_1", "superlative",
     "Among the 9th graders, who has the most friends?",
     "which ninth-grade student has the largest number of friendships (counting either side of the friendship)",
     "SELECT T2.name FROM (SELECT student_id AS sid FROM Friend UNION ALL SELECT friend_id FROM Friend) AS T1 JOIN Highschooler AS T2 ON T1.sid = T2.ID WHERE T2.grade = 9 GROUP BY T2.ID ORDER BY COUNT(*) DESC LIMIT 1",
     1, ("tie", "SELECT COUNT(*) FROM (SELECT student_id AS sid FROM Friend UNION ALL SELECT friend_id FROM Friend) AS T1 JOIN Highschooler AS T2 ON T1.sid = T2.ID WHERE T2.grade = 9 GROUP BY T2.ID ORDER BY COUNT(*) DESC LIMIT 2")),
    ("network_1", "join",
     "For every crush, show who likes whom (liker's name, then the name of the person they like)",
     "list pairs of names: the student who likes someone and the student being liked",
     "SELECT T2.name, T3.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID JOIN Highschooler AS T3 ON T1.liked_id = T3.ID",
     2, None),
    ("network_1", "set",
     "Which students neither like anybody nor are liked by anybody?",
     "names of students who don't appear in any likes at all, in either direction",
     "SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) AND ID NOT IN (SELECT liked_id FROM Likes)",
     1, None),
    ("network_1", "ratio",
     "what percent of students like at least one other student?",
     "Share of high schoolers, in percent, who have a crush on someone.",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / (SELECT COUNT(*) FROM Highschooler)",
     1, None),
    ("network_1", "projection",
     "Give me id, name and grade for every student",
     "I want a roster: each student's ID number, their name, and their grade.",
     "SELECT ID, name, grade FROM Highschooler", 3, None),

    # ---------------- pets_1 ----------------
    ("pets_1", "count",
     "How many female students are there?",
     "number of girls enrolled",
     "SELECT COUNT(*) FROM Student WHERE Sex = 'F'", 1, None),
    ("pets_1", "list",
     "list the different city codes students come from",
     "Which home city codes appear among the students? Each one once.",
     "SELECT DISTINCT city_code FROM Student", 1, None),
    ("pets_1", "filter-text",
     "Which students have the surname Pang? first names please",
     "First names of the students whose last name is Pang.",
     "SELECT Fname FROM Student WHERE LName = 'Pang'", 1, None),
    ("pets_1", "filter-number",
     "students older than 21 - first name, last name, age",
     "Show the first name, last name and age of everyone over twenty-one.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 21", 3, None),
    ("pets_1", "aggregate",
     "What's the average weight of the dogs?",
     "avg dog weight",
     "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'", 1, None),
    ("pets_1", "group",
     "How many students are in each major?",
     "student headcount per major (major and count)",
     "SELECT Major, COUNT(*) FROM Student GROUP BY Major", 2, None),
    ("pets_1", "superlative",
     "who's the oldest student? first and last name",
     "Give the first name and last name of the student with the highest age.",
     "SELECT Fname, LName FROM Student ORDER BY Age DESC LIMIT 1",
     2, ("tie", "SELECT Age FROM Student ORDER BY Age DESC LIMIT 2")),
    ("pets_1", "join",
     "Which students own a dog?",
     "list first and last names of the students that have a dog as a pet",
     "SELECT DISTINCT T1.Fname, T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'dog'",
     2, None),
    ("pets_1", "set",
     "How many students don't have any pets?",
     "Count the students who own no pet at all.",
     "SELECT COUNT(*) FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)", 1, None),
    ("pets_1", "ratio",
     "what percentage of students are male",
     "Of all the students, what percent are men?",
     "SELECT 100.0 * SUM(CASE WHEN Sex = 'M' THEN 1 ELSE 0 END) / COUNT(*) FROM Student", 1, None),
    ("pets_1", "projection",
     "Show type, age and weight for every pet",
     "For each animal on file, what kind is it, how old is it and what does it weigh?",
     "SELECT PetType, pet_age, weight FROM Pets", 3, None),

    # ---------------- real_estate_properties ----------------
    ("real_estate_properties", "count",
     "How many apartments are listed?",
     "number of properties that are apartments",
     "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'", 1, None),
    ("real_estate_properties", "list",
     "list all property names",
     "What are the names of the properties we have on file?",
     "SELECT property_name FROM Properties", 1, None),
    ("real_estate_properties", "filter-text",
     "Which of the properties are shops?",
     "show me the names of every retail shop listing",
     "SELECT property_name FROM Properties WHERE property_type_code = 'Shop'", 1, None),
    ("real_estate_properties", "filter-number",
     "properties with more than 7 rooms",
     "Which listings have over seven rooms? Names only.",
     "SELECT property_name FROM Properties WHERE room_count > 7", 1, None),
    ("real_estate_properties", "aggregate",
     "What's the average agreed sale price for houses?",
     "avg final selling price of the house-type properties",
     "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'", 1, None),
    ("real_estate_properties", "group",
     "How many listings of each property type?",
     "Count properties by type - show the type and how many.",
     "SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code", 2, None),
    ("real_estate_properties", "superlative",
     "which property sold for the highest agreed price",
     "What is the name of the property with the biggest agreed selling price?",
     "SELECT property_name FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1",
     1, ("tie", "SELECT agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 2")),
    ("real_estate_properties", "join",
     "Which properties have a swimming pool?",
     "names of the listings that come with a pool",
     "SELECT DISTINCT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'Pool'",
     1, None),
    ("real_estate_properties", "set",
     "Which properties have both a pool and air conditioning?",
     "List the property names that offer air con as well as a swimming pool.",
     "SELECT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'Pool' INTERSECT SELECT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'AirCon'",
     1, None),
    ("real_estate_properties", "ratio",
     "What percent of properties have at least one extra feature recorded?",
     "share of listings (%) that have any additional feature attached to them",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT property_id) FROM Other_Property_Features) / (SELECT COUNT(*) FROM Properties)",
     1, None),
    ("real_estate_properties", "projection",
     "for each property: name, asking price and agreed price",
     "Show every property's name together with what the seller asked for it and the price that was finally agreed.",
     "SELECT property_name, vendor_requested_price, agreed_selling_price FROM Properties", 3, None),

    # ---------------- student_transcripts_tracking ----------------
    ("student_transcripts_tracking", "count",
     "How many students have ever enrolled in a degree program?",
     "number of distinct students with at least one program enrolment",
     "SELECT COUNT(DISTINCT student_id) FROM Student_Enrolment", 1, None),
    ("student_transcripts_tracking", "list",
     "list all course names",
     "What courses exist? Just the names.",
     "SELECT course_name FROM Courses", 1, None),
    ("student_transcripts_tracking", "filter-text",
     "Which addresses are in Kentucky? show city and country",
     "For addresses whose state is Kentucky, give me the city and the country.",
     "SELECT city, country FROM Addresses WHERE state_province_county = 'Kentucky'", 2, None),
    ("student_transcripts_tracking", "filter-number",
     "Transcripts issued before 1980 - what dates were they?",
     "List the dates of all transcripts produced earlier than 1980.",
     "SELECT transcript_date FROM Transcripts WHERE transcript_date < '1980-01-01'", 1, None),
    ("student_transcripts_tracking", "aggregate",
     "When was the earliest transcript produced?",
     "date of the very first transcript",
     "SELECT MIN(transcript_date) FROM Transcripts", 1, None),
    ("student_transcripts_tracking", "group",
     "how many degree programs are there at each level (bachelor, master, phd)?",
     "Count the degree programs per degree type, showing the type and the count.",
     "SELECT degree_summary_name, COUNT(*) FROM Degree_Programs GROUP BY degree_summary_name", 2, None),
    ("student_transcripts_tracking", "superlative",
     "Which department offers the most degree programs?",
     "name of the dept with the largest number of programs",
     "SELECT T1.department_name FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY COUNT(*) DESC LIMIT 1",
     1, ("tie", "SELECT COUNT(*) FROM Degree_Programs GROUP BY department_id ORDER BY COUNT(*) DESC LIMIT 2")),
    ("student_transcripts_tracking", "join",
     "Which students have their permanent address in Kentucky? first and last name",
     "Give the first name and last name of each student whose permanent home address is in the state of Kentucky.",
     "SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id WHERE T2.state_province_county = 'Kentucky'",
     2, None),
    ("student_transcripts_tracking", "set",
     "Which courses has no student ever signed up for?",
     "list course names with zero student enrolments",
     "SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)",
     1, None),
    ("student_transcripts_tracking", "ratio",
     "what % of students have been enrolled in a program",
     "Out of all students, what percentage has at least one degree-program enrolment?",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Student_Enrolment) / (SELECT COUNT(*) FROM Students)",
     1, None),
    ("student_transcripts_tracking", "projection",
     "Show first, middle and last names and email for every student",
     "I need a contact list: each student's first name, middle name, surname, and email.",
     "SELECT first_name, middle_name, last_name, email_address FROM Students", 4, None),

    # ---------------- voter_1 ----------------
    ("voter_1", "count",
     "How many area codes does California have?",
     "number of area codes in CA",
     "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'CA'", 1, None),
    ("voter_1", "list",
     "List all the contestants.",
     "who are the contestants? names",
     "SELECT contestant_name FROM CONTESTANTS", 1, None),
    ("voter_1", "filter-text",
     "which phone numbers voted from New York",
     "Show the phone numbers of votes cast in NY.",
     "SELECT phone_number FROM VOTES WHERE state = 'NY'", 1, None),
    ("voter_1", "filter-number",
     "which states have an area code above 970",
     "List the states (each once) that own at least one area code greater than 970.",
     "SELECT DISTINCT state FROM AREA_CODE_STATE WHERE area_code > 970", 1, None),
    ("voter_1", "aggregate",
     "How many different states have area codes listed?",
     "count of distinct states in the area code table",
     "SELECT COUNT(DISTINCT state) FROM AREA_CODE_STATE", 1, None),
    ("voter_1", "group",
     "Vote totals for each contestant who got votes - name and number of votes",
     "how many votes did each contestant receive? show contestant name and the tally",
     "SELECT T2.contestant_name, COUNT(*) FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T2.contestant_number",
     2, None),
    ("voter_1", "superlative",
     "Which state has the most area codes?",
     "the state with the highest number of area codes",
     "SELECT state FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1",
     1, ("tie", "SELECT COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 2")),
    ("voter_1", "join",
     "who got votes from California?",
     "Name the contestants that received at least one vote from CA.",
     "SELECT DISTINCT T2.contestant_name FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.state = 'CA'",
     1, None),
    ("voter_1", "set",
     "Which contestants didn't get a single vote?",
     "list contestants with no votes at all",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)",
     1, None),
    ("voter_1", "ratio",
     "What share of the votes came from New York? percent",
     "Percentage of all votes that were cast in NY.",
     "SELECT 100.0 * SUM(CASE WHEN state = 'NY' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES", 1, None),
    ("voter_1", "projection",
     "for each vote show the phone number, state and when it was cast",
     "List every vote with its caller's phone number, the state, and the timestamp.",
     "SELECT phone_number, state, created FROM VOTES", 3, None),
]

UNANSWERABLE = [
    ("car_1", "What's the sticker price of the toyota corolla?",
     "No price or MSRP column anywhere; cars_data has mpg, cylinders, displacement, horsepower, weight, acceleration, year only."),
    ("car_1", "Which cars have the biggest fuel tank capacity?",
     "No fuel tank / capacity attribute; MPG is fuel economy, not tank size."),
    ("course_teach", "what's each teacher's salary",
     "teacher holds only name, age and hometown; no pay data."),
    ("dog_kennels", "What color is each dog?",
     "Dogs has breed, size, name, age, gender, weight and dates but no coat colour."),
    ("dog_kennels", "Which dogs are microchipped?",
     "No microchip field; treatment types are only examination, vaccination and walks."),
    ("flight_2", "What time does United flight 28 depart?",
     "flights has airline, flight number, source and destination airport only; no schedule times."),
    ("flight_2", "how much is a ticket from Aberdeen to Abilene on Delta",
     "No fare or price data in any table."),
    ("network_1", "How old is each high schooler?",
     "Highschooler has ID, name and grade only; no age or birth date."),
    ("pets_1", "What are the names of the students' pets?",
     "Pets has type, age and weight but no pet name."),
    ("real_estate_properties", "What's the square footage of each listing?",
     "Properties has room counts and prices but no floor area."),
    ("student_transcripts_tracking", "What is each student's GPA?",
     "No grades or GPA stored; transcripts only have dates and link to enrolled courses."),
    ("voter_1", "What's the age breakdown of the voters?",
     "VOTES stores phone number, state, contestant and timestamp; no voter age."),
]

KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]


def main():
    errors = []
    conns = {d: sqlite3.connect(f"file:{DB_ROOT}/{d}/{d}.sqlite?mode=ro", uri=True) for d in DBS}
    out = []
    seen_q = set()
    for db, kind, q, p, sql, ncols, extra in ITEMS:
        tag = f"[{db}/{kind}] {q}"
        if kind not in KINDS:
            errors.append(f"{tag}: bad kind")
        if q.strip().lower() == p.strip().lower():
            errors.append(f"{tag}: paraphrase equals question")
        if q in seen_q:
            errors.append(f"{tag}: duplicate question")
        seen_q.add(q)
        try:
            cur = conns[db].execute(sql)
            rows = cur.fetchall()
            width = len(cur.description)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{tag}: SQL error {e}")
            continue
        if not rows:
            errors.append(f"{tag}: empty result")
        elif all(v is None for r in rows for v in r):
            errors.append(f"{tag}: only NULLs")
        if width != ncols:
            errors.append(f"{tag}: {width} columns, expected {ncols}")
        if extra and extra[0] == "tie":
            vals = [r[0] for r in conns[db].execute(extra[1]).fetchall()]
            if len(vals) >= 2 and vals[0] == vals[1]:
                errors.append(f"{tag}: tie at top-1 ({vals})")
        out.append({"db_id": db, "kind": kind, "question": q, "paraphrase": p, "query": sql})

    # balance checks
    per_db = Counter(i["db_id"] for i in out)
    per_kind = Counter(i["kind"] for i in out)
    for d in DBS:
        if per_db[d] != 11:
            errors.append(f"{d}: {per_db[d]} items, expected 11")
    for k in KINDS:
        if per_kind[k] != 9:
            errors.append(f"kind {k}: {per_kind[k]} items, expected 9")
    multi = sum(1 for it in ITEMS if it[5] >= 2)
    if not (0.22 <= multi / len(ITEMS) <= 0.45):
        errors.append(f"multi-column share {multi}/{len(ITEMS)} out of range")

    unans = []
    udb = Counter()
    for db, q, why in UNANSWERABLE:
        if db not in DBS:
            errors.append(f"unanswerable bad db {db}")
        udb[db] += 1
        unans.append({"db_id": db, "question": q, "why": why, "query": ""})
    if len(unans) != 12 or any(udb[d] < 1 for d in DBS):
        errors.append("unanswerable set must be 12 with >=1 per db")

    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    with open(os.path.join(HERE, "spider_v7_B.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v7_B_unanswerable.json"), "w") as f:
        json.dump(unans, f, indent=2, ensure_ascii=False)
    print(f"OK: {len(out)} items, {len(unans)} unanswerable, multi-column {multi}")
    print("per db:", dict(per_db))
    print("per kind:", dict(per_kind))


if __name__ == "__main__":
    main()
