#!/usr/bin/env python3
"""Blind held-out text-to-SQL set v29_B: 9 Spider databases x 12 items.

Each item: (db_id, kind, question, paraphrase, gold_query).
Runs every gold query, checks results and kind counts, then writes
/tmp/blind29/spider_v29_B.json.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_DIR = "/work/shared/eval/spider/database"
OUT = "/tmp/blind29/spider_v29_B.json"

KINDS = ["count", "list", "filter-text", "filter-number", "aggregate",
         "superlative", "group", "join", "set", "ratio",
         "compare-to-aggregate"]

ITEMS = [
    # ------------------------------------------------------------ car_1
    ("car_1", "count",
     "How many car makers are based in Japan?",
     "number of japanese car manufacturers?",
     "SELECT COUNT(*) FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId "
     "WHERE c.CountryName = 'japan'"),
    ("car_1", "list",
     "Could you list every car maker's full name together with the country it comes from?",
     "full company name of each manufacturer + its home country",
     "SELECT cm.FullName, c.CountryName FROM car_makers AS cm JOIN countries AS c "
     "ON cm.Country = c.CountryId"),
    ("car_1", "filter-text",
     "show me all the corollas - make name, year and mpg",
     "For every car whose name mentions Corolla, give its full name, model year and miles per gallon.",
     "SELECT cn.Make, cd.Year, cd.MPG FROM car_names AS cn JOIN cars_data AS cd ON cd.Id = cn.MakeId "
     "WHERE cn.Make LIKE '%corolla%'"),
    ("car_1", "filter-number",
     "Which cars have more than 200 horsepower? Give the car name, horsepower and year.",
     "cars w/ hp over two hundred: name, hp, year",
     "SELECT cn.Make, cd.Horsepower, cd.Year FROM car_names AS cn JOIN cars_data AS cd "
     "ON cd.Id = cn.MakeId WHERE CAST(cd.Horsepower AS INTEGER) > 200"),
    ("car_1", "aggregate",
     "avg weight and avg acceleration of cars from 1980?",
     "For the 1980 model year, what are the mean weight and the mean acceleration of the cars?",
     "SELECT AVG(Weight), AVG(Accelerate) FROM cars_data WHERE Year = 1980"),
    ("car_1", "superlative",
     "Which car gets the best fuel economy? I need its name and mpg.",
     "name and miles-per-gallon of the most fuel efficient car",
     "SELECT cn.Make, cd.MPG FROM car_names AS cn JOIN cars_data AS cd ON cd.Id = cn.MakeId "
     "ORDER BY CAST(cd.MPG AS REAL) DESC LIMIT 1"),
    ("car_1", "group",
     "# of car makers per continent",
     "For each continent, how many automobile manufacturers are there? Show the continent and the count.",
     "SELECT co.Continent, COUNT(*) FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId "
     "JOIN continents AS co ON c.Continent = co.ContId GROUP BY co.Continent"),
    ("car_1", "join",
     "For the 1982 cars, list each car's name, its model and the full name of the company that makes it.",
     "1982 model year: car name, model, manufacturer full name",
     "SELECT cn.Make, ml.Model, cm.FullName FROM cars_data AS cd JOIN car_names AS cn ON cd.Id = cn.MakeId "
     "JOIN model_list AS ml ON cn.Model = ml.Model JOIN car_makers AS cm ON ml.Maker = cm.Id "
     "WHERE cd.Year = 1982"),
    ("car_1", "set",
     "which countries dont have any car makers at all?",
     "Name the countries that no car manufacturer is based in.",
     "SELECT CountryName FROM countries EXCEPT SELECT c.CountryName FROM countries AS c "
     "JOIN car_makers AS cm ON cm.Country = c.CountryId"),
    ("car_1", "ratio",
     "What percentage of the cars have 8 cylinders?",
     "share of cars that are V8s (eight cylinders), as a percent",
     "SELECT 100.0 * SUM(CASE WHEN Cylinders = 8 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
    ("car_1", "compare-to-aggregate",
     "cars heavier than the average car - show name and weight pls",
     "Give the name and weight of every car whose weight exceeds the overall average weight.",
     "SELECT cn.Make, cd.Weight FROM car_names AS cn JOIN cars_data AS cd ON cd.Id = cn.MakeId "
     "WHERE cd.Weight > (SELECT AVG(Weight) FROM cars_data)"),
    ("car_1", "group",
     "Which models have more than twenty cars in the list? Show the model and how many cars it has.",
     "models with over 20 car entries, with their car counts",
     "SELECT Model, COUNT(*) FROM car_names GROUP BY Model HAVING COUNT(*) > 20"),

    # ------------------------------------------------------------ course_teach
    ("course_teach", "count",
     "How many different teachers have actually been assigned to teach a course?",
     "count of teachers that have at least one course arrangement",
     "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange"),
    ("course_teach", "list",
     "list all teachers w/ age and hometown",
     "Please show me every teacher's name along with how old they are and where they're from.",
     "SELECT Name, Age, Hometown FROM teacher"),
    ("course_teach", "filter-text",
     "Which teachers come from an urban district? Give their names and hometowns.",
     "teachers whose home town is an Urban District - name + hometown",
     "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'"),
    ("course_teach", "filter-number",
     "teachers under 30, names and ages",
     "Who are the teachers younger than thirty? Show each name and age.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
    ("course_teach", "aggregate",
     "What's the average age of our teachers, and how old are the youngest and the oldest?",
     "mean, minimum and maximum teacher age",
     "SELECT AVG(CAST(Age AS INTEGER)), MIN(CAST(Age AS INTEGER)), MAX(CAST(Age AS INTEGER)) FROM teacher"),
    ("course_teach", "superlative",
     "who is the youngest teacher and where is he/she from?",
     "Name and hometown of the teacher with the lowest age.",
     "SELECT Name, Hometown FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1"),
    ("course_teach", "group",
     "How many courses does each teacher teach? Show the teacher's name and the number.",
     "no. of course assignments per teacher (name, count)",
     "SELECT t.Name, COUNT(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID "
     "GROUP BY t.Teacher_ID, t.Name"),
    ("course_teach", "join",
     "show course name, teacher name and grade for every course arrangement",
     "For each scheduled course assignment, which course is it, who teaches it, and for what grade?",
     "SELECT c.Course, t.Name, ca.Grade FROM course_arrange AS ca JOIN course AS c ON ca.Course_ID = c.Course_ID "
     "JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID"),
    ("course_teach", "set",
     "Which teachers have no course assigned to them? I'd like their names and hometowns.",
     "teachers not teaching anything - name & home town",
     "SELECT Name, Hometown FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    ("course_teach", "ratio",
     "what percent of courses have at least one teacher arranged?",
     "Of all the courses, what percentage have been given a teacher?",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT Course_ID) FROM course_arrange) / (SELECT COUNT(*) FROM course)"),
    ("course_teach", "compare-to-aggregate",
     "List the teachers who are older than the average teacher, with their ages.",
     "teachers above avg age: name, age",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)"),
    ("course_teach", "filter-text",
     "what courses does anne walker teach and at which grade",
     "Give the course names and grades taught by Anne Walker.",
     "SELECT c.Course, ca.Grade FROM course_arrange AS ca JOIN course AS c ON ca.Course_ID = c.Course_ID "
     "JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'"),

    # ------------------------------------------------------------ dog_kennels
    ("dog_kennels", "count",
     "how many dogs were abandoned?",
     "What is the number of dogs flagged as abandoned?",
     "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
    ("dog_kennels", "list",
     "Can you give me a list of all the dogs with their names, ages and weights?",
     "every dog: name, age, weight",
     "SELECT name, age, weight FROM Dogs"),
    ("dog_kennels", "filter-text",
     "owners living in north dakota - first name, last name, city",
     "Which dog owners are in the state of North Dakota? Show their first and last names and their city.",
     "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels", "filter-number",
     "Show me the date and cost of every treatment that cost more than 600.",
     "treatments over six hundred: when + how much",
     "SELECT date_of_treatment, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600"),
    ("dog_kennels", "aggregate",
     "tot and avg cost of treatments",
     "What's the total amount spent on all treatments, and what does a treatment cost on average?",
     "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments"),
    ("dog_kennels", "superlative",
     "Which owner has the most dogs? Just give me their first and last name.",
     "first + last name of the owner owning the largest number of dogs",
     "SELECT o.first_name, o.last_name FROM Owners AS o JOIN Dogs AS d ON o.owner_id = d.owner_id "
     "GROUP BY o.owner_id, o.first_name, o.last_name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("dog_kennels", "group",
     "# of dogs per breed",
     "How many dogs are there of each breed? List the breed name with its count.",
     "SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code "
     "GROUP BY b.breed_name"),
    ("dog_kennels", "join",
     "For each treatment, show the dog's name, what kind of treatment it was, and how much it cost.",
     "dog name, treatment type description and cost for all treatments",
     "SELECT d.name, tt.treatment_type_description, t.cost_of_treatment FROM Treatments AS t "
     "JOIN Dogs AS d ON t.dog_id = d.dog_id "
     "JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code"),
    ("dog_kennels", "set",
     "which veterinarians have never treated a dog? first and last names",
     "List the first and last names of vets who do not appear on any treatment record.",
     "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian' "
     "AND professional_id NOT IN (SELECT professional_id FROM Treatments)"),
    ("dog_kennels", "ratio",
     "What percentage of the dogs are large-sized?",
     "% of dogs whose size is large",
     "SELECT 100.0 * SUM(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs"),
    ("dog_kennels", "compare-to-aggregate",
     "treatments that cost more than the avg treatment - dog name and cost",
     "Which treatments were pricier than the average treatment? Show the treated dog's name and the cost.",
     "SELECT d.name, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id "
     "WHERE t.cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),
    ("dog_kennels", "group",
     "How much has been spent in total on each type of treatment? Show the treatment type and the total.",
     "total treatment cost by treatment type (description, sum)",
     "SELECT tt.treatment_type_description, SUM(t.cost_of_treatment) FROM Treatments AS t "
     "JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code "
     "GROUP BY tt.treatment_type_description"),

    # ------------------------------------------------------------ flight_2
    ("flight_2", "count",
     "How many flights depart from Aberdeen?",
     "number of flights leaving any Aberdeen airport",
     "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode "
     "WHERE TRIM(a.City) = 'Aberdeen'"),
    ("flight_2", "list",
     "list airlines and their abbreviations",
     "What are all the airline names, each with its short abbreviation?",
     "SELECT Airline, Abbreviation FROM airlines"),
    ("flight_2", "filter-text",
     "What airports are there in Anchorage? Give me the airport code and name.",
     "anchorage airports - code + name",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Anchorage'"),
    ("flight_2", "filter-number",
     "flights numbered above 1500: airline name and flight no.",
     "Which flights have a flight number greater than fifteen hundred? Show the airline and the flight number.",
     "SELECT al.Airline, f.FlightNo FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid "
     "WHERE f.FlightNo > 1500"),
    ("flight_2", "aggregate",
     "What are the lowest and the highest flight numbers in use?",
     "min & max flight number",
     "SELECT MIN(FlightNo), MAX(FlightNo) FROM flights"),
    ("flight_2", "superlative",
     "which city gets the most incoming flights?",
     "Name the destination city that receives more arriving flights than any other.",
     "SELECT TRIM(a.City) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode "
     "GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC LIMIT 1"),
    ("flight_2", "group",
     "Which cities have more than one airport, and how many airports does each of them have?",
     "cities w/ 2+ airports and their airport counts",
     "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) HAVING COUNT(*) > 1"),
    ("flight_2", "join",
     "Show the airline name and flight number for every flight landing at Ted Stevens Anchorage International Airport.",
     "flights arriving at Ted Stevens Anchorage Intl - which airline, what flight number?",
     "SELECT al.Airline, f.FlightNo FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid "
     "JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode "
     "WHERE TRIM(a.AirportName) = 'Ted Stevens Anchorage International Airport'"),
    ("flight_2", "set",
     "which airlines fly out of both APG and CVO?",
     "Give the names of airlines that have departures from airport APG and also from airport CVO.",
     "SELECT al.Airline FROM airlines AS al JOIN flights AS f ON al.uid = f.Airline "
     "WHERE TRIM(f.SourceAirport) = 'APG' INTERSECT SELECT al.Airline FROM airlines AS al "
     "JOIN flights AS f ON al.uid = f.Airline WHERE TRIM(f.SourceAirport) = 'CVO'"),
    ("flight_2", "ratio",
     "What percentage of all flights are operated by Delta?",
     "delta's share of flights in %",
     "SELECT 100.0 * SUM(CASE WHEN al.Airline = 'Delta Airlines' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid"),
    ("flight_2", "compare-to-aggregate",
     "airports with more departing flights than the average airport - code and no. of departures",
     "Which airports see more outbound flights than the per-airport average? List each airport code with its departure count.",
     "SELECT TRIM(SourceAirport), COUNT(*) FROM flights GROUP BY TRIM(SourceAirport) "
     "HAVING COUNT(*) > (SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM flights GROUP BY TRIM(SourceAirport)))"),
    ("flight_2", "filter-text",
     "Which airlines fly into Aspen?",
     "names of the carriers with flights arriving in aspen",
     "SELECT DISTINCT al.Airline FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid "
     "JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aspen'"),

    # ------------------------------------------------------------ network_1
    ("network_1", "count",
     "how many students are in 12th grade?",
     "What's the number of high schoolers in grade twelve?",
     "SELECT COUNT(*) FROM Highschooler WHERE grade = 12"),
    ("network_1", "list",
     "Show every high schooler's name and grade.",
     "names + grades of all the students",
     "SELECT name, grade FROM Highschooler"),
    ("network_1", "filter-text",
     "students named gabriel - what are their ids and grades?",
     "Give me the ID and grade of each student called Gabriel.",
     "SELECT ID, grade FROM Highschooler WHERE name = 'Gabriel'"),
    ("network_1", "filter-number",
     "Which students are above tenth grade? Show their names and grades.",
     "kids in grades higher than 10, w/ name and grade",
     "SELECT name, grade FROM Highschooler WHERE grade > 10"),
    ("network_1", "aggregate",
     "avg, lowest and highest grade among all highschoolers",
     "Across all students, what are the mean grade, the minimum grade and the maximum grade?",
     "SELECT AVG(grade), MIN(grade), MAX(grade) FROM Highschooler"),
    ("network_1", "superlative",
     "Which tenth grader has the most friends?",
     "name of the grade-10 student with the largest number of friends",
     "SELECT h.name FROM Highschooler AS h JOIN Friend AS f ON h.ID = f.student_id WHERE h.grade = 10 "
     "GROUP BY h.ID, h.name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("network_1", "group",
     "How many students are there in each grade? Show grade and count.",
     "student count per grade",
     "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
    ("network_1", "join",
     "List all friendships as pairs of names - the student and their friend.",
     "show each friend pair by name (student name, friend name)",
     "SELECT h1.name, h2.name FROM Friend AS f JOIN Highschooler AS h1 ON f.student_id = h1.ID "
     "JOIN Highschooler AS h2 ON f.friend_id = h2.ID"),
    ("network_1", "set",
     "who likes someone but isn't liked by anybody? name and grade",
     "Find the students who like at least one person but whom no one likes - give their names and grades.",
     "SELECT h.name, h.grade FROM Highschooler AS h JOIN Likes AS l ON h.ID = l.student_id "
     "EXCEPT SELECT h.name, h.grade FROM Highschooler AS h JOIN Likes AS l ON h.ID = l.liked_id"),
    ("network_1", "ratio",
     "What percentage of students like at least one other student?",
     "pct of highschoolers who like somebody",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / (SELECT COUNT(*) FROM Highschooler)"),
    ("network_1", "compare-to-aggregate",
     "students whose grade is higher than the average grade - name & grade",
     "Which high schoolers are in a grade above the overall average grade? Show name and grade.",
     "SELECT name, grade FROM Highschooler WHERE grade > (SELECT AVG(grade) FROM Highschooler)"),
    ("network_1", "join",
     "For the 9th graders, who does each of them like? Show the student's name and the name of the person they like.",
     "ninth graders and their crushes (liker name, liked name)",
     "SELECT h1.name, h2.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID "
     "JOIN Highschooler AS h2 ON l.liked_id = h2.ID WHERE h1.grade = 9"),

    # ------------------------------------------------------------ pets_1
    ("pets_1", "count",
     "How many students have a dog?",
     "number of students owning at least one dog",
     "SELECT COUNT(DISTINCT hp.StuID) FROM Has_Pet AS hp JOIN Pets AS p ON hp.PetID = p.PetID "
     "WHERE p.PetType = 'dog'"),
    ("pets_1", "list",
     "list students first name, last name and age",
     "Please show each student's first and last name plus their age.",
     "SELECT Fname, LName, Age FROM Student"),
    ("pets_1", "filter-text",
     "Which students are from Hong Kong (city code HKG)? First and last names please.",
     "first + last names of students w/ city code hkg",
     "SELECT Fname, LName FROM Student WHERE city_code = 'HKG'"),
    ("pets_1", "filter-number",
     "students older than 21 - first name, last name, age",
     "Who are the students over twenty-one years old? Give first name, last name and age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 21"),
    ("pets_1", "aggregate",
     "What's the average weight of the dogs, and how heavy is the heaviest one?",
     "avg and max dog weight",
     "SELECT AVG(weight), MAX(weight) FROM Pets WHERE PetType = 'dog'"),
    ("pets_1", "superlative",
     "who is the oldest student? first name, last name and age",
     "Give the first name, last name and age of the student with the highest age.",
     "SELECT Fname, LName, Age FROM Student ORDER BY Age DESC LIMIT 1"),
    ("pets_1", "group",
     "For each major, how many students are there and what's their average age?",
     "students per major w/ avg age (major, count, avg age)",
     "SELECT Major, COUNT(*), AVG(Age) FROM Student GROUP BY Major"),
    ("pets_1", "join",
     "pet owners with their pet's type and age - show owner first name, last name, pet type, pet age",
     "List the students who own pets along with what kind of pet each one is and how old it is (owner first name, last name, pet type, pet age).",
     "SELECT s.Fname, s.LName, p.PetType, p.pet_age FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID "
     "JOIN Pets AS p ON hp.PetID = p.PetID"),
    ("pets_1", "set",
     "Which students have a dog but no cat? Show first and last names.",
     "first/last names of dog owners who don't own a cat",
     "SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID "
     "JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog' "
     "EXCEPT SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID "
     "JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'cat'"),
    ("pets_1", "ratio",
     "what % of students are female",
     "What share of the student body is female, as a percentage?",
     "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"),
    ("pets_1", "compare-to-aggregate",
     "Which students are younger than the average student age? Show their first name and age.",
     "students below avg age - first name + age",
     "SELECT Fname, Age FROM Student WHERE Age < (SELECT AVG(Age) FROM Student)"),
    ("pets_1", "group",
     "average age by gender",
     "What is the mean student age for each sex? Show the sex and the average.",
     "SELECT Sex, AVG(Age) FROM Student GROUP BY Sex"),

    # ------------------------------------------------------------ real_estate_properties
    ("real_estate_properties", "count",
     "How many of the properties are apartments?",
     "number of apartment properties",
     "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties", "list",
     "list the properties with their type and num of rooms",
     "For every property, give its name, what type of property it is, and its room count.",
     "SELECT property_name, property_type_code, room_count FROM Properties"),
    ("real_estate_properties", "filter-text",
     "Which properties are shops? Show the name and address.",
     "shop properties - name & address",
     "SELECT property_name, property_address FROM Properties WHERE property_type_code = 'Shop'"),
    ("real_estate_properties", "filter-number",
     "properties w/ more than seven rooms: name and rooms",
     "Give me the names and room counts of the properties that have over 7 rooms.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > 7"),
    ("real_estate_properties", "aggregate",
     "For houses, what is the average price the vendor asked for and the average price that was finally agreed?",
     "avg requested price and avg agreed selling price of houses",
     "SELECT AVG(vendor_requested_price), AVG(agreed_selling_price) FROM Properties "
     "WHERE property_type_code = 'House'"),
    ("real_estate_properties", "superlative",
     "which property sold for the highest price? name and the price",
     "Name the property with the biggest agreed selling price, and give that price.",
     "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
    ("real_estate_properties", "group",
     "How many properties are there of each type?",
     "count of properties per property type (type, count)",
     "SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code"),
    ("real_estate_properties", "join",
     "Which properties have a swimming pool? Show each one's name and type, listing each property only once.",
     "distinct properties with a pool feature - name + property type",
     "SELECT DISTINCT p.property_name, p.property_type_code FROM Properties AS p "
     "JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id "
     "JOIN Other_Available_Features AS oaf ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'Pool'"),
    ("real_estate_properties", "set",
     "props that have both air conditioning and a pool?",
     "Which properties offer air-con as well as a swimming pool? Give their names.",
     "SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id "
     "JOIN Other_Available_Features AS oaf ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'AirCon' "
     "INTERSECT SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf "
     "ON p.property_id = opf.property_id JOIN Other_Available_Features AS oaf ON opf.feature_id = oaf.feature_id "
     "WHERE oaf.feature_name = 'Pool'"),
    ("real_estate_properties", "ratio",
     "What percentage of properties ended up selling for less than the price the vendor asked for?",
     "% of properties whose agreed price was below the vendor's requested price",
     "SELECT 100.0 * SUM(CASE WHEN agreed_selling_price < vendor_requested_price THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM Properties"),
    ("real_estate_properties", "compare-to-aggregate",
     "properties with more rooms than average -- name and room count",
     "List the properties whose number of rooms is above the average, with their names and rooms.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),
    ("real_estate_properties", "group",
     "For each available feature, how many different properties have it? Show the feature name and the count.",
     "number of distinct properties per feature (feature, count)",
     "SELECT oaf.feature_name, COUNT(DISTINCT opf.property_id) FROM Other_Available_Features AS oaf "
     "JOIN Other_Property_Features AS opf ON oaf.feature_id = opf.feature_id GROUP BY oaf.feature_name"),

    # ------------------------------------------------------------ student_transcripts_tracking
    ("student_transcripts_tracking", "count",
     "How many different students are enrolled in a master's degree program?",
     "no. of distinct students in masters programs",
     "SELECT COUNT(DISTINCT se.student_id) FROM Student_Enrolment AS se "
     "JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id "
     "WHERE dp.degree_summary_name = 'Master'"),
    ("student_transcripts_tracking", "list",
     "list every student's first, middle and last name",
     "What are the full names of all students - first name, middle name and last name?",
     "SELECT first_name, middle_name, last_name FROM Students"),
    ("student_transcripts_tracking", "filter-text",
     "Which students currently live in Kentucky? Give first and last names.",
     "students w/ a current address in kentucky (first, last name)",
     "SELECT s.first_name, s.last_name FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id "
     "WHERE a.state_province_county = 'Kentucky'"),
    ("student_transcripts_tracking", "filter-number",
     "transcripts issued before 1980 - id and date",
     "Show the ID and date of every transcript dated earlier than 1980.",
     "SELECT transcript_id, transcript_date FROM Transcripts WHERE transcript_date < '1980-01-01'"),
    ("student_transcripts_tracking", "aggregate",
     "What are the earliest and latest transcript dates?",
     "first and most recent transcript date",
     "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
    ("student_transcripts_tracking", "superlative",
     "which department offers the most degree programs?",
     "Name the department that has the largest number of degree programs.",
     "SELECT d.department_name FROM Departments AS d JOIN Degree_Programs AS dp ON d.department_id = dp.department_id "
     "GROUP BY d.department_id, d.department_name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("student_transcripts_tracking", "group",
     "How many degree programs are there at each level (bachelor, master, PhD)?",
     "degree program count by degree type - level + count",
     "SELECT degree_summary_name, COUNT(*) FROM Degree_Programs GROUP BY degree_summary_name"),
    ("student_transcripts_tracking", "join",
     "for each enrolment show the student's first name, the degree program and the semester",
     "List every enrollment with the student's first name, the name of the degree program, and the semester name.",
     "SELECT s.first_name, dp.degree_summary_name, sem.semester_name FROM Student_Enrolment AS se "
     "JOIN Students AS s ON se.student_id = s.student_id "
     "JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id "
     "JOIN Semesters AS sem ON se.semester_id = sem.semester_id"),
    ("student_transcripts_tracking", "set",
     "Which courses has nobody ever enrolled in? Just the course names.",
     "names of courses with zero student enrolments",
     "SELECT course_name FROM Courses EXCEPT SELECT c.course_name FROM Courses AS c "
     "JOIN Student_Enrolment_Courses AS sec ON c.course_id = sec.course_id"),
    ("student_transcripts_tracking", "ratio",
     "what percentage of the degree programs are bachelor's degrees?",
     "Bachelor programs as a percent of all degree programs",
     "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM Degree_Programs"),
    ("student_transcripts_tracking", "compare-to-aggregate",
     "Which students first registered later than the average registration date? Show first name, last name and registration date.",
     "students whose first registration is more recent than the avg registration date (first, last, date)",
     "SELECT first_name, last_name, date_first_registered FROM Students "
     "WHERE julianday(date_first_registered) > (SELECT AVG(julianday(date_first_registered)) FROM Students)"),
    ("student_transcripts_tracking", "join",
     "what courses is Stanford Rogahn enrolled in?",
     "Give the names of the courses that the student Stanford Rogahn is taking.",
     "SELECT c.course_name FROM Students AS s JOIN Student_Enrolment AS se ON s.student_id = se.student_id "
     "JOIN Student_Enrolment_Courses AS sec ON se.student_enrolment_id = sec.student_enrolment_id "
     "JOIN Courses AS c ON sec.course_id = c.course_id "
     "WHERE s.first_name = 'Stanford' AND s.last_name = 'Rogahn'"),

    # ------------------------------------------------------------ voter_1
    ("voter_1", "count",
     "How many votes came from New York?",
     "number of votes cast in NY",
     "SELECT COUNT(*) FROM VOTES WHERE state = 'NY'"),
    ("voter_1", "list",
     "list contestant numbers and names",
     "Show me all the contestants - their number and their name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    ("voter_1", "filter-text",
     "Which contestants have the first name Jessie? Give their numbers and full names.",
     "contestants called jessie: number + name",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'"),
    ("voter_1", "filter-number",
     "area codes from 980 up, with their states",
     "Which area codes are 980 or higher, and what state is each in?",
     "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code >= 980"),
    ("voter_1", "aggregate",
     "When was the first vote cast and when was the last one?",
     "earliest and latest vote timestamps",
     "SELECT MIN(created), MAX(created) FROM VOTES"),
    ("voter_1", "superlative",
     "who got the most votes?",
     "Which contestant received the highest number of votes? Just the name.",
     "SELECT c.contestant_name FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number "
     "GROUP BY c.contestant_number, c.contestant_name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("voter_1", "group",
     "How many area codes does each state have? Show the state and the count.",
     "area code count per state",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state"),
    ("voter_1", "join",
     "show each vote with the contestant's name, the voter's state and when it was made",
     "For every vote, list the name of the contestant voted for, the state the vote came from, and the time it was created.",
     "SELECT c.contestant_name, v.state, v.created FROM VOTES AS v "
     "JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number"),
    ("voter_1", "set",
     "Which contestants didn't get a single vote? Show their number and name.",
     "contestants with zero votes - number, name",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS "
     "WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    ("voter_1", "ratio",
     "what % of the votes went to Kelly Clauss?",
     "Kelly Clauss's share of all votes, as a percentage",
     "SELECT 100.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number"),
    ("voter_1", "compare-to-aggregate",
     "Which states have more area codes than the average state does? List the state and its number of area codes.",
     "states with an above-average count of area codes (state, count)",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > "
     "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM AREA_CODE_STATE GROUP BY state))"),
    ("voter_1", "join",
     "phone numbers and times of the votes for kelly clauss",
     "Show the phone number and timestamp of every vote cast for Kelly Clauss.",
     "SELECT v.phone_number, v.created FROM VOTES AS v JOIN CONTESTANTS AS c "
     "ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'"),
]


def main():
    errors = []
    per_db = Counter(i[0] for i in ITEMS)
    if len(ITEMS) != 108:
        errors.append(f"expected 108 items, got {len(ITEMS)}")
    for db, n in per_db.items():
        if n != 12:
            errors.append(f"{db}: {n} items, expected 12")
    if len(per_db) != 9:
        errors.append(f"expected 9 databases, got {len(per_db)}")
    for db in per_db:
        kinds = Counter(i[1] for i in ITEMS if i[0] == db)
        for k in KINDS:
            if kinds[k] < 1:
                errors.append(f"{db}: missing kind {k}")
        for k in kinds:
            if k not in KINDS:
                errors.append(f"{db}: unknown kind {k}")
    seen_q = set()
    multi = 0
    out = []
    for db, kind, q, para, sql in ITEMS:
        if q in seen_q:
            errors.append(f"duplicate question: {q}")
        seen_q.add(q)
        if q.strip().lower() == para.strip().lower():
            errors.append(f"paraphrase identical: {q}")
        path = os.path.join(DB_DIR, db, db + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            cur = con.execute(sql)
            rows = cur.fetchall()
            ncols = len(cur.description)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{db}: SQL error {e}: {sql}")
            continue
        finally:
            con.close()
        if not rows:
            errors.append(f"{db}: no rows: {sql}")
        elif all(v is None for r in rows for v in r):
            errors.append(f"{db}: all NULL: {sql}")
        if ncols >= 2:
            multi += 1
        if "--verbose" in sys.argv:
            print(f"[{db}/{kind}] {q}\n  cols={ncols} rows={len(rows)} {rows[:6]}")
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
    kind_counts = Counter(i[1] for i in ITEMS)
    print("kind counts:", dict(kind_counts))
    print("items with 2+ output columns:", multi)
    if multi < 70:
        errors.append(f"only {multi} items with 2+ columns (need >= 70)")
    if errors:
        print("FAILED:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print(f"wrote {len(out)} items to {OUT}")


if __name__ == "__main__":
    main()
