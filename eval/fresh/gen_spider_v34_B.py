#!/usr/bin/env python3
"""Held-out Spider-style evaluation set v34 (part B).

99 items = 9 databases x 11 kinds. Each item: (db_id, kind, question, paraphrase, gold_sql).
Every gold query is executed against the Spider SQLite database and validated.
"""
import json
import os
import re
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind34/spider_v34_B.json"

DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

ITEMS = [
    # ------------------------------------------------------------------ car_1
    ("car_1", "count",
     "how many car manufacturers are on file?",
     "Give me the total number of automakers recorded in the database.",
     "SELECT COUNT(*) FROM car_makers"),
    ("car_1", "list",
     "Show each carmaker's short name and its full company name",
     "list the makers - abbreviated name plus the official full name, for all of them",
     "SELECT Maker, FullName FROM car_makers"),
    ("car_1", "filter-text",
     "which cars in the data run on diesel? show the name, mpg and model year",
     "Are there any diesel-engined vehicles in there? I'd like their names together with fuel economy and the year.",
     "SELECT n.Make, d.MPG, d.Year FROM car_names AS n JOIN cars_data AS d ON d.Id = n.MakeId "
     "WHERE n.Make LIKE '%diesel%'"),
    ("car_1", "filter-number",
     "Cars heavier than 4,900 lbs - name, weight and year pls",
     "Which vehicles tip the scales at more than 4900 pounds? Include how much they weigh and what year they came out.",
     "SELECT n.Make, d.Weight, d.Year FROM car_names AS n JOIN cars_data AS d ON d.Id = n.MakeId "
     "WHERE d.Weight > 4900"),
    ("car_1", "aggregate",
     "What's the average weight and average acceleration of the 1980 model-year cars?",
     "for cars from '80, give me mean curb weight and the mean accel figure",
     "SELECT AVG(Weight), AVG(Accelerate) FROM cars_data WHERE Year = 1980"),
    ("car_1", "superlative",
     "Which car has the highest horsepower, and how many hp is that?",
     "most powerful engine in the whole dataset -- what car is it and what's its hp rating?",
     "SELECT n.Make, d.Horsepower FROM car_names AS n JOIN cars_data AS d ON d.Id = n.MakeId "
     "ORDER BY CAST(d.Horsepower AS INTEGER) DESC LIMIT 1"),
    ("car_1", "group",
     "for every model year, how many cars are there and what do they weigh on avg?",
     "Break the cars down by year: number of cars per year and their mean weight.",
     "SELECT Year, COUNT(*), AVG(Weight) FROM cars_data GROUP BY Year"),
    ("car_1", "join",
     "What car brands are built by Japanese companies? Show the brand and the company's full name.",
     "list the model lines made by manufacturers headquartered in japan, with the manufacturer next to each",
     "SELECT l.Model, m.FullName FROM model_list AS l JOIN car_makers AS m ON l.Maker = m.Id "
     "JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'"),
    ("car_1", "set",
     "Which countries dont have any car makers?",
     "Name the countries on the list that are home to zero automobile manufacturers.",
     "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Country FROM car_makers)"),
    ("car_1", "ratio",
     "what % of the cars are 4-cylinder?",
     "Of all the vehicles in the data, what share - as a percentage - have four-cylinder engines?",
     "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
    ("car_1", "compare-to-aggregate",
     "Which car companies make more models than the average maker does? Show the company and its number of models.",
     "manufacturers with an above-average model count: full company name + how many models each",
     "SELECT m.FullName, COUNT(*) FROM car_makers AS m JOIN model_list AS l ON l.Maker = m.Id "
     "GROUP BY m.Id HAVING COUNT(*) > (SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM model_list GROUP BY Maker))"),

    # ------------------------------------------------------------ course_teach
    ("course_teach", "count",
     "How many teachers do we have?",
     "what's the total headcount of teaching staff on record",
     "SELECT COUNT(*) FROM teacher"),
    ("course_teach", "list",
     "list every course and the date it starts",
     "Give me all the courses together with their start dates.",
     "SELECT Course, Staring_Date FROM course"),
    ("course_teach", "filter-text",
     "Which teachers come from an Urban District? names + hometowns",
     "Show me the teachers whose home town is one of the urban districts, along with that home town.",
     "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'"),
    ("course_teach", "filter-number",
     "teachrs over 35 - name and age",
     "Who on the teaching staff is older than thirty-five? Give their ages as well.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
    ("course_teach", "aggregate",
     "What's the average age of our teachers, and how old are the youngest and the oldest?",
     "teacher ages: mean, min, max",
     "SELECT AVG(CAST(Age AS REAL)), MIN(CAST(Age AS INTEGER)), MAX(CAST(Age AS INTEGER)) FROM teacher"),
    ("course_teach", "superlative",
     "Who is the oldest teacher and how old are they?",
     "name the most senior member of the teaching staff by age, plus that age",
     "SELECT Name, Age FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1"),
    ("course_teach", "group",
     "how many courses has each teacher been assigned? name and number",
     "For every teacher who has assignments, give the count of courses arranged for them.",
     "SELECT t.Name, COUNT(*) FROM course_arrange AS a JOIN teacher AS t ON a.Teacher_ID = t.Teacher_ID "
     "GROUP BY t.Teacher_ID"),
    ("course_teach", "join",
     "Which teacher teaches which course, and for what grade?",
     "list teacher names next to the course they teach and the grade level it's taught at",
     "SELECT t.Name, c.Course, a.Grade FROM course_arrange AS a JOIN teacher AS t ON a.Teacher_ID = t.Teacher_ID "
     "JOIN course AS c ON a.Course_ID = c.Course_ID"),
    ("course_teach", "set",
     "which teachers haven't been given any course to teach?",
     "Teachers with no course assignments at all -- who are they?",
     "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    ("course_teach", "ratio",
     "What percentage of courses have at least one teacher assigned?",
     "out of all the courses, what share (in %) actually has somebody arranged to teach it",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT Course_ID) FROM course_arrange) / (SELECT COUNT(*) FROM course)"),
    ("course_teach", "compare-to-aggregate",
     "teachers older than the average teacher - show name and hometown",
     "Which staff members are above the mean teacher age? I need their names and where they're from.",
     "SELECT Name, Hometown FROM teacher WHERE CAST(Age AS REAL) > (SELECT AVG(CAST(Age AS REAL)) FROM teacher)"),

    # ------------------------------------------------------------- dog_kennels
    ("dog_kennels", "count",
     "How many dogs were abandoned?",
     "number of dogs flagged as abandoned in the kennel records?",
     "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
    ("dog_kennels", "list",
     "what are the charge types and how much is each one?",
     "Show me the price list: every kind of charge with its amount.",
     "SELECT charge_type, charge_amount FROM Charges"),
    ("dog_kennels", "filter-text",
     "owners living in North Dakota - first & last name and city",
     "Which dog owners have an address in the state of North Dakota? Give their names and the town.",
     "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels", "filter-number",
     "Which dogs weigh less than 3? Show name and weight.",
     "the lightest pups - anything under 3 in weight - names plus weights",
     "SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) < 3"),
    ("dog_kennels", "aggregate",
     "total spent on treatments, and the average cost per treatment?",
     "What do all the treatments add up to cost-wise, and what does a single treatment cost on average?",
     "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments"),
    ("dog_kennels", "superlative",
     "Which dog got the single most expensive treatment? Show the dog's name, what the treatment was and what it cost",
     "priciest treatment ever given: which dog, what kind of treatment, how much",
     "SELECT d.name, tt.treatment_type_description, t.cost_of_treatment FROM Treatments AS t "
     "JOIN Dogs AS d ON t.dog_id = d.dog_id JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code "
     "ORDER BY t.cost_of_treatment DESC LIMIT 1"),
    ("dog_kennels", "group",
     "how many dogs of each breed do we have? breed name and count",
     "Give a headcount of dogs per breed, using the breed's name rather than its code.",
     "SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code "
     "GROUP BY b.breed_code"),
    ("dog_kennels", "join",
     "Show every dog's name along with its owner's first and last name.",
     "pair up each dog with the person it belongs to (owner first name, last name)",
     "SELECT d.name, o.first_name, o.last_name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id"),
    ("dog_kennels", "set",
     "which professionals have never treated a dog? first name, last name and role",
     "List the staff with zero treatments on record, including what their role is.",
     "SELECT first_name, last_name, role_code FROM Professionals "
     "WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)"),
    ("dog_kennels", "ratio",
     "What percent of the dogs are large?",
     "proportion of kennel dogs classed as large-size, expressed as a percentage",
     "SELECT 100.0 * SUM(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs"),
    ("dog_kennels", "compare-to-aggregate",
     "list treatments that cost more than the average treatment: dog name, treatment date and cost",
     "Which treatments came in above the mean treatment cost? Show the dog, when it was done and the amount charged.",
     "SELECT d.name, t.date_of_treatment, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id "
     "WHERE t.cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),

    # ---------------------------------------------------------------- flight_2
    ("flight_2", "count",
     "How many flights land in Anchorage?",
     "count of flights whose destination city is anchorage",
     "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode "
     "WHERE TRIM(a.City) = 'Anchorage'"),
    ("flight_2", "list",
     "list the airlines w/ their abbreviations",
     "What is every carrier's name, and what short code does each go by?",
     "SELECT Airline, Abbreviation FROM airlines"),
    ("flight_2", "filter-text",
     "What airports are there in Albany? Codes and names please.",
     "albany airports - give me the three-letter code and the airport name for each",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Albany'"),
    ("flight_2", "filter-number",
     "flights numbered above 1,400 -- which airline and what's the flight number?",
     "Show the airline name and flight no. for every flight whose number is greater than 1400.",
     "SELECT al.Airline, f.FlightNo FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid WHERE f.FlightNo > 1400"),
    ("flight_2", "aggregate",
     "What are the lowest and highest flight numbers in the schedule?",
     "range of flight nos - smallest and largest?",
     "SELECT MIN(FlightNo), MAX(FlightNo) FROM flights"),
    ("flight_2", "superlative",
     "Which city recieves the most incoming flights, and how many?",
     "Top destination city by number of arriving flights, together with that number.",
     "SELECT TRIM(a.City), COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode "
     "GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC LIMIT 1"),
    ("flight_2", "group",
     "for each airline, how many different airports does it fly out of?",
     "Per carrier, the number of distinct departure airports it serves (show the airline name).",
     "SELECT al.Airline, COUNT(DISTINCT TRIM(f.SourceAirport)) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid "
     "GROUP BY al.uid"),
    ("flight_2", "join",
     "Flights departing from Aberdeen: airline name and flight number",
     "which carriers have flights leaving Aberdeen? show the airline together with the flight no.",
     "SELECT al.Airline, f.FlightNo FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid "
     "JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'"),
    ("flight_2", "set",
     "which airlines have no flights out of Aberdeen?",
     "Carriers that never depart from Aberdeen, at either of its airports - list them.",
     "SELECT Airline FROM airlines EXCEPT SELECT al.Airline FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid "
     "JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'"),
    ("flight_2", "ratio",
     "What percentage of all flights are headed to Albany?",
     "albany-bound flights as a share of the entire schedule, in %",
     "SELECT 100.0 * SUM(CASE WHEN TRIM(a.City) = 'Albany' THEN 1 ELSE 0 END) / COUNT(*) FROM flights AS f "
     "JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode"),
    ("flight_2", "compare-to-aggregate",
     "Which cities have more airports than the average city? Show the city and how many airports it has.",
     "cities with an above-avg number of airports + their airport counts",
     "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) "
     "HAVING COUNT(*) > (SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM airports GROUP BY TRIM(City)))"),

    # --------------------------------------------------------------- network_1
    ("network_1", "count",
     "how many friendships are recorded?",
     "What's the total number of friend pairs stored in the data?",
     "SELECT COUNT(*) FROM Friend"),
    ("network_1", "list",
     "List all the students and what grade each is in.",
     "every high schooler's name w/ their grade",
     "SELECT name, grade FROM Highschooler"),
    ("network_1", "filter-text",
     "What grade is Kyle in?",
     "kyle - which year of high school is he in?",
     "SELECT grade FROM Highschooler WHERE name = 'Kyle'"),
    ("network_1", "filter-number",
     "Show names and grades of the juniors and seniors (grade 11 and up).",
     "which kids are in grade eleven or higher? include the grade",
     "SELECT name, grade FROM Highschooler WHERE grade >= 11"),
    ("network_1", "aggregate",
     "average grade level across all students?",
     "What is the mean grade of the high schoolers in the network?",
     "SELECT AVG(grade) FROM Highschooler"),
    ("network_1", "superlative",
     "Which 11th grader has the most friends, and how many friends do they have?",
     "In grade 11, who's the most connected in terms of friendships (either side of the pair counts)? give the friend count",
     "SELECT h.name, COUNT(*) FROM Highschooler AS h JOIN (SELECT student_id AS id FROM Friend UNION ALL "
     "SELECT friend_id AS id FROM Friend) AS f ON f.id = h.ID WHERE h.grade = 11 GROUP BY h.ID "
     "ORDER BY COUNT(*) DESC LIMIT 1"),
    ("network_1", "group",
     "for each grade, how many likes did students in that grade give out?",
     "Count of 'likes' sent, broken down by the grade of the student doing the liking.",
     "SELECT h.grade, COUNT(*) FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID GROUP BY h.grade"),
    ("network_1", "join",
     "Who likes whom? Show both names.",
     "list each crush as: name of the student who likes, name of the student they like",
     "SELECT a.name, b.name FROM Likes AS l JOIN Highschooler AS a ON l.student_id = a.ID "
     "JOIN Highschooler AS b ON l.liked_id = b.ID"),
    ("network_1", "set",
     "which students aren't in the likes data at all - they don't like anyone and nobody likes them? name and grade",
     "Give the names and grades of kids who never show up on either side of a like.",
     "SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) "
     "AND ID NOT IN (SELECT liked_id FROM Likes)"),
    ("network_1", "ratio",
     "What percent of students have liked at least one other student?",
     "share of high schoolers who've liked somebody, as a %",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / (SELECT COUNT(*) FROM Highschooler)"),
    ("network_1", "compare-to-aggregate",
     "which students have more friends than the average student? name and number of friends",
     "Who has an above-average friend count (a friendship counts for both people in it)? Show each one's name and count.",
     "SELECT h.name, COUNT(*) FROM Highschooler AS h JOIN (SELECT student_id AS id FROM Friend UNION ALL "
     "SELECT friend_id AS id FROM Friend) AS f ON f.id = h.ID GROUP BY h.ID HAVING COUNT(*) > "
     "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM (SELECT student_id AS id FROM Friend UNION ALL "
     "SELECT friend_id AS id FROM Friend) GROUP BY id))"),

    # ------------------------------------------------------------------ pets_1
    ("pets_1", "count",
     "How many students own at least one pet?",
     "number of pet owners among the students?",
     "SELECT COUNT(DISTINCT StuID) FROM Has_Pet"),
    ("pets_1", "list",
     "list every pet with its type, age and weight",
     "Show me all the animals on record: what kind each is, how old, and how heavy.",
     "SELECT PetType, pet_age, weight FROM Pets"),
    ("pets_1", "filter-text",
     "Which students are from HKG? First name, last name and age.",
     "students whose city code is HKG - names + ages",
     "SELECT Fname, LName, Age FROM Student WHERE city_code = 'HKG'"),
    ("pets_1", "filter-number",
     "students older than 22 -- names and ages?",
     "Who among the students is over twenty-two? Give their first and last names and age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 22"),
    ("pets_1", "aggregate",
     "What do the pets weigh on average, and what's the heaviest weight?",
     "avg + max pet weight",
     "SELECT AVG(weight), MAX(weight) FROM Pets"),
    ("pets_1", "superlative",
     "which advisor has the most students, and how many?",
     "The advisor with the largest number of advisees: give the advisor id and the student count.",
     "SELECT Advisor, COUNT(*) FROM Student GROUP BY Advisor ORDER BY COUNT(*) DESC LIMIT 1"),
    ("pets_1", "group",
     "For each major, how many students are there and what's their average age?",
     "per major code: student count & mean age",
     "SELECT Major, COUNT(*), AVG(Age) FROM Student GROUP BY Major"),
    ("pets_1", "join",
     "show each pet owner's first name along with the pet's type and age",
     "Who owns which animal? Owner's first name, kind of pet, and how old the pet is.",
     "SELECT s.Fname, p.PetType, p.pet_age FROM Student AS s JOIN Has_Pet AS h ON s.StuID = h.StuID "
     "JOIN Pets AS p ON h.PetID = p.PetID"),
    ("pets_1", "set",
     "Which students have a dog but no cat? Give first name and age.",
     "dog owners who don't also own a cat - their first names and ages",
     "SELECT Fname, Age FROM Student WHERE StuID IN (SELECT h.StuID FROM Has_Pet AS h JOIN Pets AS p "
     "ON h.PetID = p.PetID WHERE p.PetType = 'dog') AND StuID NOT IN (SELECT h.StuID FROM Has_Pet AS h "
     "JOIN Pets AS p ON h.PetID = p.PetID WHERE p.PetType = 'cat')"),
    ("pets_1", "ratio",
     "what % of students are female?",
     "Percentage of the student body that is women.",
     "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"),
    ("pets_1", "compare-to-aggregate",
     "Which pets weigh more than the average pet? Show id, type and weight.",
     "pets heavier than the mean - pet id, species, weight",
     "SELECT PetID, PetType, weight FROM Pets WHERE weight > (SELECT AVG(weight) FROM Pets)"),

    # -------------------------------------------------- real_estate_properties
    ("real_estate_properties", "count",
     "how many apartments are listed?",
     "What's the number of properties of the apartment type?",
     "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties", "list",
     "List all properties with their name and property type.",
     "every listing: its name + what type of property it is",
     "SELECT property_name, property_type_code FROM Properties"),
    ("real_estate_properties", "filter-text",
     "which properties are shops? show name and address",
     "Retail/shop listings only - give me their names and street addresses.",
     "SELECT property_name, property_address FROM Properties WHERE property_type_code = 'Shop'"),
    ("real_estate_properties", "filter-number",
     "Which properties sold for more than $1,000,000? Name and agreed price.",
     "listings whose agreed sale price topped a million - show name and the price",
     "SELECT property_name, agreed_selling_price FROM Properties WHERE agreed_selling_price > 1000000"),
    ("real_estate_properties", "aggregate",
     "avg number of rooms per property, and the biggest room count?",
     "Across all listings, what is the mean room count and the maximum number of rooms?",
     "SELECT AVG(room_count), MAX(room_count) FROM Properties"),
    ("real_estate_properties", "superlative",
     "Which property sold at the highest agreed price, and what was that price?",
     "top agreed sale price -- which property and how much?",
     "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
    ("real_estate_properties", "group",
     "For each property type, how many properties are there and what's the average number of rooms?",
     "per type of property: listing count & mean rooms",
     "SELECT property_type_code, COUNT(*), AVG(room_count) FROM Properties GROUP BY property_type_code"),
    ("real_estate_properties", "join",
     "Show each property's name together with the long-form description of its property type.",
     "property names alongside the descriptive text of the type category they fall in",
     "SELECT p.property_name, t.property_type_description FROM Properties AS p "
     "JOIN Ref_Property_Types AS t ON p.property_type_code = t.property_type_code"),
    ("real_estate_properties", "set",
     "which properties don't have any additional features recorded?",
     "Names of the listings that have no entries at all among the extra/other features.",
     "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)"),
    ("real_estate_properties", "ratio",
     "What % of properties ended up selling for less than the vendor asked for?",
     "percentage of sales where the agreed price came in below the seller's requested price",
     "SELECT 100.0 * SUM(CASE WHEN agreed_selling_price < vendor_requested_price THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM Properties"),
    ("real_estate_properties", "compare-to-aggregate",
     "properties with more rooms than average: name and room count",
     "Which listings beat the average number of rooms? Give each one's name and how many rooms it has.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),

    # -------------------------------------------- student_transcripts_tracking
    ("student_transcripts_tracking", "count",
     "How many bachelor's degree programs are there?",
     "number of degree programmes at Bachelor level?",
     "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Bachelor'"),
    ("student_transcripts_tracking", "list",
     "list students' first and last names with their email addresses",
     "For all students: first name, surname and e-mail.",
     "SELECT first_name, last_name, email_address FROM Students"),
    ("student_transcripts_tracking", "filter-text",
     "Which students have an example.org email? Names and the email.",
     "students whose e-mail ends in @example.org -- first/last name and address",
     "SELECT first_name, last_name, email_address FROM Students WHERE email_address LIKE '%@example.org'"),
    ("student_transcripts_tracking", "filter-number",
     "students who first registered before 1980 - names and registration date",
     "Who registered prior to 1980? Show their names and the date they first signed up.",
     "SELECT first_name, last_name, date_first_registered FROM Students WHERE date_first_registered < '1980-01-01'"),
    ("student_transcripts_tracking", "aggregate",
     "What are the earliest and latest transcript dates?",
     "date range of the transcripts: first one issued, last one issued",
     "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
    ("student_transcripts_tracking", "superlative",
     "which semester had the most enrollments, and how many?",
     "Busiest semester measured by number of enrolments - its name and the count.",
     "SELECT s.semester_name, COUNT(*) FROM Student_Enrolment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id "
     "GROUP BY e.semester_id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("student_transcripts_tracking", "group",
     "How many degree programs does each department offer? Department name and count.",
     "degree programme count per dept, by department name",
     "SELECT d.department_name, COUNT(*) FROM Degree_Programs AS p JOIN Departments AS d "
     "ON p.department_id = d.department_id GROUP BY d.department_id"),
    ("student_transcripts_tracking", "join",
     "show each student's name and the city of their current address",
     "For every student, first and last name plus the town they currently live in.",
     "SELECT s.first_name, s.last_name, a.city FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id"),
    ("student_transcripts_tracking", "set",
     "Which courses has nobody enrolled in?",
     "course names that never appear in any student's enrolment",
     "SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)"),
    ("student_transcripts_tracking", "ratio",
     "what percentage of degree programs are master's?",
     "Share of programmes that are at Master level, as a percent.",
     "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Master' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs"),
    ("student_transcripts_tracking", "compare-to-aggregate",
     "Which students have more enrolments than the average enrolled student? Names and number of enrolments.",
     "students enrolled more times than the typical (mean) student who has any enrolment - first name, last name, count",
     "SELECT s.first_name, s.last_name, COUNT(*) FROM Students AS s JOIN Student_Enrolment AS e "
     "ON s.student_id = e.student_id GROUP BY s.student_id HAVING COUNT(*) > "
     "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM Student_Enrolment GROUP BY student_id))"),

    # ----------------------------------------------------------------- voter_1
    ("voter_1", "count",
     "How many area codes does California have?",
     "number of CA area codes?",
     "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'CA'"),
    ("voter_1", "list",
     "list all contestants with their contestant numbers",
     "Every contestant - number and name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    ("voter_1", "filter-text",
     "Show the phone numbers and timestamps of votes from New York.",
     "NY votes: what numbers called in and when?",
     "SELECT phone_number, created FROM VOTES WHERE state = 'NY'"),
    ("voter_1", "filter-number",
     "area codes above 950 and which state each belongs to",
     "Which area codes are greater than 950? Show them with their state.",
     "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 950"),
    ("voter_1", "aggregate",
     "When was the first vote cast, and when was the last?",
     "earliest + latest vote timestamps",
     "SELECT MIN(created), MAX(created) FROM VOTES"),
    ("voter_1", "superlative",
     "who got the most votes and how many?",
     "Which contestant is leading the vote? Name and number of votes received.",
     "SELECT c.contestant_name, COUNT(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number "
     "GROUP BY c.contestant_number ORDER BY COUNT(*) DESC LIMIT 1"),
    ("voter_1", "group",
     "Votes per state?",
     "break down the number of votes cast by the state they came from",
     "SELECT state, COUNT(*) FROM VOTES GROUP BY state"),
    ("voter_1", "join",
     "for each vote show the contestant's name, the voter's state and the time it was cast",
     "List the votes with who each one was for, which state it came from, and its timestamp.",
     "SELECT c.contestant_name, v.state, v.created FROM VOTES AS v JOIN CONTESTANTS AS c "
     "ON v.contestant_number = c.contestant_number"),
    ("voter_1", "set",
     "Which contestants got zero votes?",
     "names of the contestants nobody voted for",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    ("voter_1", "ratio",
     "what percent of the votes went to Kelly Clauss?",
     "Kelly Clauss's share of all votes cast, in percent.",
     "SELECT 100.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES AS v "
     "JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number"),
    ("voter_1", "compare-to-aggregate",
     "Which states have more area codes than the average state? state + how many",
     "states with an above-average number of area codes, and the count for each",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > "
     "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM AREA_CODE_STATE GROUP BY state))"),
]


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main():
    errors = []
    if len(ITEMS) != 99:
        errors.append("expected 99 items, got %d" % len(ITEMS))
    seen = {}
    for it in ITEMS:
        if len(it) != 5:
            errors.append("malformed item: %r" % (it,))
            continue
        db, kind = it[0], it[1]
        if db not in DBS:
            errors.append("unknown db %s" % db)
        if kind not in KINDS:
            errors.append("unknown kind %s" % kind)
        seen[(db, kind)] = seen.get((db, kind), 0) + 1
    for db in DBS:
        for kind in KINDS:
            n = seen.get((db, kind), 0)
            if n != 1:
                errors.append("pair (%s, %s) has %d items" % (db, kind, n))

    out = []
    qs = set()
    for db, kind, q, p, sql in ITEMS:
        tag = "%s/%s" % (db, kind)
        if not q.strip() or not p.strip():
            errors.append("%s: empty question or paraphrase" % tag)
        if norm(q) == norm(p):
            errors.append("%s: paraphrase equals question" % tag)
        if norm(q) in qs:
            errors.append("%s: duplicate question" % tag)
        qs.add(norm(q))
        if re.search(r"\bROUND\s*\(", sql, re.I):
            errors.append("%s: ROUND in gold" % tag)
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        try:
            con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
            rows = con.execute(sql).fetchall()
        except Exception as e:  # noqa
            errors.append("%s: SQL error %s" % (tag, e))
            continue
        if not rows:
            errors.append("%s: gold returns no rows" % tag)
        elif all(v is None for r in rows for v in r):
            errors.append("%s: gold returns only NULLs" % tag)
        # tie check for top-N cut-offs: ranking value is the last selected column
        m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
        if m:
            n = int(m.group(1))
            more = con.execute(re.sub(r"\bLIMIT\s+\d+\s*$", "LIMIT %d" % (n + 1), sql, flags=re.I)).fetchall()
            if len(more) > n and more[n][-1] == more[n - 1][-1]:
                errors.append("%s: tie at top-%d cut-off (%r vs %r)" % (tag, n, more[n - 1], more[n]))
        if kind == "ratio" and not re.search(r"\b(100\.0|1\.0)\s*\*", sql):
            errors.append("%s: ratio without 100.0*/1.0*" % tag)
        con.close()
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind})

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
