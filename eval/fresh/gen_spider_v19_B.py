#!/usr/bin/env python3
"""Blind Spider v19 evaluation set, half B.

wta_1 is listed in half B but its SQLite file is absent from
/work/shared/eval/spider/database, so no gold query can be executed on it; it is
left out. pets_1 and voter_1 (the two smallest databases) get 10 questions,
the other seven get 11 (97 in total).

Every gold query is executed against its Spider dev database; the JSON file is
written only when all checks pass (non-empty, not all NULL, no tie at LIMIT n,
kind/count layout, distinct question/paraphrase).
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spider_v19_B.json")
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
EXPECTED = {
    "car_1": 11, "course_teach": 11, "dog_kennels": 11, "flight_2": 11, "network_1": 11,
    "pets_1": 10, "real_estate_properties": 11, "student_transcripts_tracking": 11,
    "voter_1": 10,
}

Q = []


def q(db, kind, question, paraphrase, query):
    Q.append({"question": question, "db_id": db, "query": " ".join(query.split()),
              "paraphrase": paraphrase, "kind": kind})


# ----------------------------------------------------------------------- car_1
db = "car_1"
q(db, "count", "how many car makers are from japan",
  "Number of car manufacturers based in Japan.",
  "SELECT COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'")
q(db, "list", "all car makers - short name and full name",
  "Show every manufacturer's short maker name along with its full name.",
  "SELECT Maker, FullName FROM car_makers")
q(db, "filter-text", "what models does Ford Motor Company make?",
  "List the model names produced by the maker whose full name is Ford Motor Company.",
  "SELECT ml.Model FROM model_list AS ml JOIN car_makers AS cm ON ml.Maker = cm.Id WHERE cm.FullName = 'Ford Motor Company'")
q(db, "filter-number", "cars with more than 200 hp: make, horsepower and year",
  "Which cars have horsepower above 200? Show the make, the horsepower and the model year.",
  "SELECT n.Make, d.Horsepower, d.Year FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId "
  "WHERE CAST(d.Horsepower AS INTEGER) > 200")
q(db, "aggregate", "average horsepower and average weight of 5 cylinder cars",
  "For cars with five cylinders, what are the mean horsepower and the mean weight?",
  "SELECT AVG(CAST(Horsepower AS REAL)), AVG(Weight) FROM cars_data WHERE Cylinders = 5")
q(db, "superlative", "3 heaviest cars - make, weight, year",
  "Top three cars by weight, with make, weight and year.",
  "SELECT n.Make, d.Weight, d.Year FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId ORDER BY d.Weight DESC LIMIT 3")
q(db, "group", "number of models each car maker has (full name + count)",
  "For each manufacturer that has models listed, how many models are there? Show the maker's full name and the count.",
  "SELECT cm.FullName, COUNT(*) FROM car_makers AS cm JOIN model_list AS ml ON ml.Maker = cm.Id GROUP BY cm.Id")
q(db, "join", "car makers in Europe w/ their country",
  "Which manufacturers are European? Give the maker's full name and the name of its country.",
  "SELECT cm.FullName, c.CountryName FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId "
  "JOIN continents AS ct ON c.Continent = ct.ContId WHERE ct.Continent = 'europe'")
q(db, "set", "years that had both 3-cylinder and 5-cylinder cars",
  "In which model years were there cars with three cylinders as well as cars with five cylinders?",
  "SELECT Year FROM cars_data WHERE Cylinders = 3 INTERSECT SELECT Year FROM cars_data WHERE Cylinders = 5")
q(db, "ratio", "what percentage of cars have 8 cylinders?",
  "Share of all cars in the data, in percent, that are eight-cylinder.",
  "SELECT 100.0 * SUM(CASE WHEN Cylinders = 8 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data")
q(db, "compare-to-aggregate", "1982 cars with better mpg than the 1982 average - make and mpg",
  "Among 1982 models, which ones have fuel economy above the mean MPG of 1982 cars? Show make and MPG.",
  "SELECT n.Make, d.MPG FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId WHERE d.Year = 1982 "
  "AND CAST(d.MPG AS REAL) > (SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Year = 1982)")

# ---------------------------------------------------------------- course_teach
db = "course_teach"
q(db, "count", "how many courses have a teacher assigned?",
  "Count the distinct courses that appear in the course arrangements.",
  "SELECT COUNT(DISTINCT Course_ID) FROM course_arrange")
q(db, "list", "teachers with their age and hometown",
  "Show the name, age and hometown of every teacher.",
  "SELECT Name, Age, Hometown FROM teacher")
q(db, "filter-text", "teachers from an urban district - name and hometown",
  "Which teachers have a hometown that is an Urban District? Give their names and hometowns.",
  "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'")
q(db, "filter-number", "teachers in thier 30s, name and age",
  "List the teachers aged between 30 and 39 along with their ages.",
  "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) BETWEEN 30 AND 39")
q(db, "aggregate", "average teacher age and the youngest age",
  "What is the mean age of the teachers, and the minimum age?",
  "SELECT AVG(CAST(Age AS INTEGER)), MIN(CAST(Age AS INTEGER)) FROM teacher")
q(db, "superlative", "oldest teacher with age and hometown",
  "Who is the most senior teacher by age? Show name, age and hometown.",
  "SELECT Name, Age, Hometown FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1")
q(db, "group", "teacher names and how many courses each one teaches",
  "For every teacher who has course arrangements, show the teacher's name and the number of courses they teach.",
  "SELECT t.Name, COUNT(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID")
q(db, "join", "course name, teacher name and grade for every arrangement",
  "Show which teacher teaches which course in which grade: course, teacher name, grade.",
  "SELECT c.Course, t.Name, ca.Grade FROM course_arrange AS ca JOIN course AS c ON ca.Course_ID = c.Course_ID "
  "JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID")
q(db, "set", "teachers who aren't teaching any course - name and hometown",
  "List the names and hometowns of teachers with no course arrangement.",
  "SELECT Name, Hometown FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)")
q(db, "ratio", "what % of teachers are over 40",
  "Percentage of teachers whose age is greater than forty.",
  "SELECT 100.0 * SUM(CASE WHEN CAST(Age AS INTEGER) > 40 THEN 1 ELSE 0 END) / COUNT(*) FROM teacher")
q(db, "compare-to-aggregate", "teachers older than average - name and age",
  "Which teachers are above the mean teacher age? Give name and age.",
  "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)")

# ----------------------------------------------------------------- dog_kennels
db = "dog_kennels"
q(db, "count", "how many dogs were abandoned",
  "Number of dogs flagged as abandoned.",
  "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'")
q(db, "list", "list owners - first name, last name, email",
  "Show each owner's first and last name together with their email address.",
  "SELECT first_name, last_name, email_address FROM Owners")
q(db, "filter-text", "owners in North Dakota: first name, last name, city",
  "Which owners live in the state of North Dakota? Give first name, last name and city.",
  "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'")
q(db, "filter-number", "treatments costing over $500 - treatment id, type code and cost",
  "List the ID, treatment type code and cost of every treatment that cost more than 500 dollars.",
  "SELECT treatment_id, treatment_type_code, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 500")
q(db, "aggregate", "total and average treatment cost",
  "What do all the treatments cost together, and what does one cost on average?",
  "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments")
q(db, "superlative", "most common breed - breed name and number of dogs",
  "Which breed do the most dogs belong to? Show the breed name and how many dogs.",
  "SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code "
  "GROUP BY b.breed_code ORDER BY COUNT(*) DESC LIMIT 1")
q(db, "group", "number of dogs per size",
  "Count the dogs in each size category, showing the size description.",
  "SELECT s.size_description, COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code GROUP BY s.size_code")
q(db, "join", "each dog with its owner's name: dog name, owner first + last name",
  "Show every dog's name next to the first and last name of the person who owns it.",
  "SELECT d.name, o.first_name, o.last_name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id")
q(db, "set", "professionals who've done both a vaccination and a walk - first name, last name, role",
  "Which professionals have given at least one vaccination and also taken a dog for a walk? Show first name, last name and role.",
  "SELECT p.first_name, p.last_name, p.role_code FROM Professionals AS p JOIN Treatments AS t ON t.professional_id = p.professional_id "
  "WHERE t.treatment_type_code = 'VAC' INTERSECT SELECT p.first_name, p.last_name, p.role_code FROM Professionals AS p "
  "JOIN Treatments AS t ON t.professional_id = p.professional_id WHERE t.treatment_type_code = 'WALK'")
q(db, "ratio", "what percent of the dogs are bulldogs",
  "Share of all dogs, as a percentage, whose breed is Bulldog.",
  "SELECT 100.0 * SUM(CASE WHEN breed_code = 'BUL' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs")
q(db, "compare-to-aggregate", "dogs heavier than average: name and weight",
  "Which dogs weigh more than the mean dog weight? Give their names and weights.",
  "SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > (SELECT AVG(CAST(weight AS REAL)) FROM Dogs)")

# -------------------------------------------------------------------- flight_2
db = "flight_2"
q(db, "count", "how many flights land in Anchorage?",
  "Number of flights whose destination airport is in the city of Anchorage.",
  "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) = 'Anchorage'")
q(db, "list", "all airlines and their abbreviations",
  "Show every airline's name together with its abbreviation.",
  "SELECT Airline, Abbreviation FROM airlines")
q(db, "filter-text", "airports in Aberdeen - code and name",
  "Which airports are located in Aberdeen? Give their codes and names.",
  "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Aberdeen'")
q(db, "filter-number", "flights numbered above 1500: airline, flight no, from, to",
  "List flights with a flight number greater than 1500, showing the airline name, flight number, source and destination airports.",
  "SELECT a.Airline, f.FlightNo, f.SourceAirport, f.DestAirport FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE f.FlightNo > 1500")
q(db, "aggregate", "lowest and highest Delta flight number",
  "For Delta Airlines, what are the minimum and maximum flight numbers?",
  "SELECT MIN(f.FlightNo), MAX(f.FlightNo) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'Delta Airlines'")
q(db, "superlative", "two busiest airports by departures - code, airport name, number of flights",
  "Which 2 airports have the most outgoing flights? Give airport code, name and the departure count.",
  "SELECT a.AirportCode, a.AirportName, COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode "
  "GROUP BY a.AirportCode ORDER BY COUNT(*) DESC LIMIT 2")
q(db, "group", "cities with more than one airport and how many they have",
  "For each city served by two or more airports, show the city and its number of airports.",
  "SELECT City, COUNT(*) FROM airports GROUP BY City HAVING COUNT(*) > 1")
q(db, "join", "flights out of Aberdeen: airline name, flight number, destination",
  "Show the airline, flight number and destination airport of every flight departing from an airport in Aberdeen.",
  "SELECT al.Airline, f.FlightNo, f.DestAirport FROM flights AS f JOIN airports AS ap ON TRIM(f.SourceAirport) = ap.AirportCode "
  "JOIN airlines AS al ON f.Airline = al.uid WHERE TRIM(ap.City) = 'Aberdeen'")
q(db, "set", "airlines that fly out of CVO but not out of APG",
  "Which airlines have departures from CVO and no departures from APG?",
  "SELECT a.Airline FROM airlines AS a JOIN flights AS f ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'CVO' "
  "EXCEPT SELECT a.Airline FROM airlines AS a JOIN flights AS f ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'APG'")
q(db, "ratio", "what percent of flights leave from an Albany airport",
  "Of all flights, what percentage depart from airports in the city of Albany?",
  "SELECT 100.0 * SUM(CASE WHEN TRIM(a.City) = 'Albany' THEN 1 ELSE 0 END) / COUNT(*) "
  "FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode")
q(db, "compare-to-aggregate", "airports with more departing flights than averge - code and count",
  "Which airports have more outgoing flights than the average airport? Show the code and number of departures.",
  "SELECT TRIM(SourceAirport), COUNT(*) FROM flights GROUP BY TRIM(SourceAirport) "
  "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT TRIM(SourceAirport)) FROM flights)")

# ------------------------------------------------------------------- network_1
db = "network_1"
q(db, "count", "how many 12th graders are there",
  "Count the high schoolers in grade 12.",
  "SELECT COUNT(*) FROM Highschooler WHERE grade = 12")
q(db, "list", "all high schoolers with their grade",
  "Show every student's name and grade.",
  "SELECT name, grade FROM Highschooler")
q(db, "filter-text", "students called Gabriel - id and grade",
  "Give the IDs and grades of high schoolers named Gabriel.",
  "SELECT ID, grade FROM Highschooler WHERE name = 'Gabriel'")
q(db, "filter-number", "students above grade 10: name and grade",
  "Which high schoolers are in 11th grade or higher? List name and grade.",
  "SELECT name, grade FROM Highschooler WHERE grade > 10")
q(db, "aggregate", "lowest, highest and average grade",
  "What are the minimum, maximum and mean grade across all high schoolers?",
  "SELECT MIN(grade), MAX(grade), AVG(grade) FROM Highschooler")
q(db, "superlative", "who has listed the most friends? name + how many friends they listed",
  "Which student appears as the student (not the friend) in the most friendship records? Show the name and the count.",
  "SELECT h.name, COUNT(*) FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID GROUP BY f.student_id ORDER BY COUNT(*) DESC LIMIT 1")
q(db, "group", "how many students in each grade",
  "Number of high schoolers per grade.",
  "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade")
q(db, "join", "who likes whom - name of the student and name of the person they like",
  "For each like, show the liker's name and the liked student's name.",
  "SELECT h1.name, h2.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID")
q(db, "set", "students who like someone but aren't liked by anyone - name and grade",
  "Which students like another student yet are not liked by anyone? Give name and grade.",
  "SELECT name, grade FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes) AND ID NOT IN (SELECT liked_id FROM Likes)")
q(db, "ratio", "what percentage of high schoolers like somebody",
  "Share of students, in percent, who appear as the liker in at least one like.",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / COUNT(*) FROM Highschooler")
q(db, "compare-to-aggregate", "students who listed more friends than the average student lists - name and count",
  "Which students have more friend entries (rows where they are the listing student) than the average per student? Give name and count.",
  "SELECT h.name, COUNT(*) FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID GROUP BY f.student_id "
  "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT student_id) FROM Friend)")

# ---------------------------------------------------------------------- pets_1
db = "pets_1"
q(db, "count", "how many students own a dog?",
  "Number of distinct students who have a pet of type dog.",
  "SELECT COUNT(DISTINCT hp.StuID) FROM Has_Pet AS hp JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'")
q(db, "filter-text", "female students - first name, last name, age",
  "Show the first name, last name and age of all the women students.",
  "SELECT Fname, LName, Age FROM Student WHERE Sex = 'F'")
q(db, "filter-number", "students over 21: first name, last name and age",
  "Which students are older than 21? List their first and last names and ages.",
  "SELECT Fname, LName, Age FROM Student WHERE Age > 21")
q(db, "aggregate", "average and max age of the students",
  "What's the mean student age, and the oldest age?",
  "SELECT AVG(Age), MAX(Age) FROM Student")
q(db, "superlative", "heaviest pet - type and weight",
  "Which pet weighs the most? Show its type and weight.",
  "SELECT PetType, weight FROM Pets ORDER BY weight DESC LIMIT 1")
q(db, "group", "student count and average age by sex",
  "For each sex, how many students are there and what is their mean age?",
  "SELECT Sex, COUNT(*), AVG(Age) FROM Student GROUP BY Sex")
q(db, "join", "pet owners with their pet's type and age: first name, pet type, pet age",
  "For each student who has a pet, show the student's first name and the type and age of the pet.",
  "SELECT s.Fname, p.PetType, p.pet_age FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID")
q(db, "set", "majors with both male and female students",
  "Which majors have at least one male student and at least one female student?",
  "SELECT Major FROM Student WHERE Sex = 'M' INTERSECT SELECT Major FROM Student WHERE Sex = 'F'")
q(db, "ratio", "percentage of students who are female",
  "What percent of the student body is female?",
  "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student")
q(db, "compare-to-aggregate", "students older than the average age, name and age",
  "Give the first name, last name and age of students whose age exceeds the mean student age.",
  "SELECT Fname, LName, Age FROM Student WHERE Age > (SELECT AVG(Age) FROM Student)")

# ------------------------------------------------------ real_estate_properties
db = "real_estate_properties"
q(db, "count", "how many apartments are listed",
  "Number of properties whose type is Apartment.",
  "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'")
q(db, "list", "properties: name, type and number of rooms",
  "Show every property's name with its property type and room count.",
  "SELECT property_name, property_type_code, room_count FROM Properties")
q(db, "filter-text", "properties in Utah - name and adress",
  "Which properties have an address in the state of Utah? Give the property name and address.",
  "SELECT property_name, property_address FROM Properties WHERE property_address LIKE '%, UT %'")
q(db, "filter-number", "properties with more than 7 rooms, name and rooms",
  "List the names and room counts of properties having over seven rooms.",
  "SELECT property_name, room_count FROM Properties WHERE room_count > 7")
q(db, "aggregate", "average agreed selling price and highest asking price",
  "What is the mean agreed selling price, and the largest price any vendor requested?",
  "SELECT AVG(agreed_selling_price), MAX(vendor_requested_price) FROM Properties")
q(db, "superlative", "property that sold for the most - name, type, agreed price",
  "Which property has the highest agreed selling price? Show its name, type and that price.",
  "SELECT property_name, property_type_code, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1")
q(db, "group", "number of properties and average room count per property type",
  "For each property type, count the properties and give the mean number of rooms.",
  "SELECT property_type_code, COUNT(*), AVG(room_count) FROM Properties GROUP BY property_type_code")
q(db, "join", "feature list per property: property name and feature name",
  "Show each property name together with the names of the extra features recorded for it.",
  "SELECT p.property_name, f.feature_name FROM Other_Property_Features AS opf JOIN Properties AS p ON opf.property_id = p.property_id "
  "JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id")
q(db, "set", "properties with air con but no pool",
  "Which properties list the AirCon feature but not the Pool feature? Give their names.",
  "SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON opf.property_id = p.property_id "
  "JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon' "
  "EXCEPT SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON opf.property_id = p.property_id "
  "JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'")
q(db, "ratio", "properties where the agreed price ended up more than double the asking price - name, asking, agreed",
  "Show the name, vendor requested price and agreed selling price of properties whose agreed price is over twice the requested price.",
  "SELECT property_name, vendor_requested_price, agreed_selling_price FROM Properties WHERE agreed_selling_price > 2 * vendor_requested_price")
q(db, "compare-to-aggregate", "properties with more rooms than average - name and room count",
  "Which properties have an above-average number of rooms? Give name and room count.",
  "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)")

# ------------------------------------------------ student_transcripts_tracking
db = "student_transcripts_tracking"
q(db, "count", "how many students are enrolled in a bachelor program",
  "Count the distinct students with an enrolment in a Bachelor degree program.",
  "SELECT COUNT(DISTINCT se.student_id) FROM Student_Enrolment AS se JOIN Degree_Programs AS dp "
  "ON se.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = 'Bachelor'")
q(db, "list", "all courses with description",
  "Show each course name and its description.",
  "SELECT course_name, course_description FROM Courses")
q(db, "filter-text", "students with an example.org email - first name, last name, email",
  "Which students have an email address at example.org? Show first name, last name and email.",
  "SELECT first_name, last_name, email_address FROM Students WHERE email_address LIKE '%@example.org'")
q(db, "filter-number", "students who registered after 2010 - name and registration date",
  "List first name, last name and first registration date of students who first registered in 2011 or later.",
  "SELECT first_name, last_name, date_first_registered FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) > 2010")
q(db, "aggregate", "earliest and most recent transcript date",
  "When was the first transcript issued, and when was the latest one?",
  "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts")
q(db, "superlative", "degree program with the most enrolments - program id, degree name, department, count",
  "Which degree program has the largest number of enrolments? Show the program ID, degree summary name, department name and enrolment count.",
  "SELECT dp.degree_program_id, dp.degree_summary_name, d.department_name, COUNT(*) FROM Student_Enrolment AS se "
  "JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id JOIN Departments AS d ON dp.department_id = d.department_id "
  "GROUP BY dp.degree_program_id ORDER BY COUNT(*) DESC LIMIT 1")
q(db, "group", "number of degree programs by degree type",
  "How many degree programs are there for each degree summary name (Bachelor, Master, PHD)?",
  "SELECT degree_summary_name, COUNT(*) FROM Degree_Programs GROUP BY degree_summary_name")
q(db, "join", "students and the semesters they enrolled in - first name, last name, semester",
  "For every enrolment, show the student's first and last name and the name of the semester.",
  "SELECT s.first_name, s.last_name, sm.semester_name FROM Student_Enrolment AS se JOIN Students AS s ON se.student_id = s.student_id "
  "JOIN Semesters AS sm ON se.semester_id = sm.semester_id")
q(db, "set", "students enrolled in both a master's and a bachelor's program - first and last name",
  "Which students have enrolments in a Master program as well as in a Bachelor program? Give first and last names.",
  "SELECT s.first_name, s.last_name FROM Students AS s JOIN Student_Enrolment AS se ON se.student_id = s.student_id "
  "JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = 'Master' "
  "INTERSECT SELECT s.first_name, s.last_name FROM Students AS s JOIN Student_Enrolment AS se ON se.student_id = s.student_id "
  "JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = 'Bachelor'")
q(db, "ratio", "percentage of students whose permanent address is different from their current one",
  "What share of students, in percent, have a current address that isn't their permanent address?",
  "SELECT 100.0 * SUM(CASE WHEN current_address_id <> permanent_address_id THEN 1 ELSE 0 END) / COUNT(*) FROM Students")
q(db, "compare-to-aggregate", "courses with more sections than the average course - course name and number of sections",
  "Which courses have an above-average number of sections? Show course name and section count.",
  "SELECT c.course_name, COUNT(*) FROM Sections AS s JOIN Courses AS c ON s.course_id = c.course_id GROUP BY c.course_id "
  "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT course_id) FROM Sections)")

# --------------------------------------------------------------------- voter_1
db = "voter_1"
q(db, "count", "how many area codes does California have",
  "Number of area codes assigned to the state of CA.",
  "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'CA'")
q(db, "filter-text", "votes from New York - vote id, phone number, contestant number",
  "Show the vote ID, phone number and contestant number of every vote cast from NY.",
  "SELECT vote_id, phone_number, contestant_number FROM VOTES WHERE state = 'NY'")
q(db, "filter-number", "area codes above 900 and their states",
  "List area codes greater than 900 with the state each belongs to.",
  "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900")
q(db, "aggregate", "time of the first and the last vote",
  "When was the earliest vote created and when was the latest?",
  "SELECT MIN(created), MAX(created) FROM VOTES")
q(db, "superlative", "contestant with the most votes - name and vote count",
  "Who received the highest number of votes, and how many?",
  "SELECT c.contestant_name, COUNT(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number "
  "GROUP BY c.contestant_number ORDER BY COUNT(*) DESC LIMIT 1")
q(db, "group", "number of area codes per state",
  "For every state, how many area codes does it have?",
  "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state")
q(db, "join", "each vote with the contestant's name, the state and time",
  "Show for every vote the name of the contestant voted for, the voter's state and when the vote was made.",
  "SELECT c.contestant_name, v.state, v.created FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number")
q(db, "set", "contestants who got no votes",
  "Which contestants were never voted for? List their names.",
  "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)")
q(db, "ratio", "what percentage of the votes did Kelly Clauss get",
  "Kelly Clauss's share of all votes, in percent.",
  "SELECT 100.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) "
  "FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number")
q(db, "compare-to-aggregate", "states with more area codes than the average state - state and count",
  "Which states have an above-average number of area codes? Show the state and its count.",
  "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state "
  "HAVING COUNT(*) > (SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM AREA_CODE_STATE GROUP BY state))")


# ================================================================== checks
def split_top(s):
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def tie_check(conn, sql):
    m = re.search(r"\bLIMIT\s+(\d+)\s*;?\s*$", sql, re.I)
    if not m:
        return None
    n = int(m.group(1))
    body = sql[:m.start()].rstrip()
    idx = body.upper().rfind("ORDER BY")
    if idx < 0:
        return "LIMIT without ORDER BY"
    exprs = [re.sub(r"\s+(ASC|DESC)$", "", e, flags=re.I) for e in split_top(body[idx + 8:])]
    sm = re.match(r"\s*SELECT\s+(DISTINCT\s+)?", body, re.I)
    if not sm or sm.group(1):
        return "cannot tie-check (not a plain SELECT)"
    probe = body[:sm.end()] + ", ".join(exprs) + ", " + body[sm.end():]
    rows = conn.execute(probe).fetchall()
    k = len(exprs)
    if len(rows) > n and tuple(rows[n - 1][:k]) == tuple(rows[n][:k]):
        return "tie at row %d on %s: %r" % (n, exprs, rows[n - 1][:k])
    return None


def main():
    errors = []
    multi = 0
    per_db = Counter(x["db_id"] for x in Q)
    per_kind = Counter(x["kind"] for x in Q)
    for d, n in EXPECTED.items():
        if per_db[d] != n:
            errors.append("%s has %d questions, expected %d" % (d, per_db[d], n))
        kinds = [x["kind"] for x in Q if x["db_id"] == d]
        if len(set(kinds)) != len(kinds):
            errors.append("%s repeats a kind: %s" % (d, Counter(kinds).most_common(2)))
    for d in per_db:
        if d not in EXPECTED:
            errors.append("unexpected db %s" % d)
    seen = set()
    conns = {}
    for i, x in enumerate(Q):
        tag = "#%d %s [%s]" % (i, x["db_id"], x["kind"])
        if x["kind"] not in KINDS:
            errors.append(tag + " unknown kind")
        for t in (x["question"].lower(), x["paraphrase"].lower()):
            if t in seen:
                errors.append(tag + " duplicate text: " + t)
            seen.add(t)
        if x["question"].strip().lower() == x["paraphrase"].strip().lower():
            errors.append(tag + " paraphrase equals question")
        path = os.path.join(DB_ROOT, x["db_id"], x["db_id"] + ".sqlite")
        if x["db_id"] not in conns:
            conns[x["db_id"]] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        conn = conns[x["db_id"]]
        try:
            cur = conn.execute(x["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except sqlite3.Error as e:
            errors.append(tag + " SQL error: %s" % e)
            continue
        if not rows:
            errors.append(tag + " empty result")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(tag + " all-NULL result")
        try:
            t = tie_check(conn, x["query"])
        except sqlite3.Error as e:
            t = "tie-check SQL error: %s" % e
        if t:
            errors.append(tag + " " + t)
        if ncols >= 2:
            multi += 1
    if errors:
        print("FAILED, nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(Q, f, ensure_ascii=False, indent=2)
    print("wrote %s: %d questions over %d databases" % (OUT, len(Q), len(per_db)))
    print("per kind:", dict(sorted(per_kind.items())))
    print("questions returning >=2 columns: %d" % multi)


if __name__ == "__main__":
    main()
