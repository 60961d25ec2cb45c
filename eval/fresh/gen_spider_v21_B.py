#!/usr/bin/env python3
"""Generate spider_v21_B.json: hand-written questions (with paraphrases) and gold SQL
for the half-B Spider databases. Every gold query is executed and checked; the JSON is
written only if every check passes."""
import json
import os
import re
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "spider_v21_B.json")
PER_DB = 12
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

# (db_id, kind, question, paraphrase, query)
ITEMS = [
    # ---------------------------------------------------------------- car_1
    ("car_1", "count",
     "how many car makers are based in japan?",
     "Number of Japanese car manufacturers?",
     "SELECT COUNT(*) FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'"),
    ("car_1", "list",
     "list all car makers with their full names",
     "Give me every maker's short name and its full company name.",
     "SELECT Maker, FullName FROM car_makers"),
    ("car_1", "filter-text",
     "all the corolla makes with their ids",
     "Which car names contain 'corolla'? Show the make id and the make.",
     "SELECT MakeId, Make FROM car_names WHERE Make LIKE '%corolla%'"),
    ("car_1", "filter-number",
     "cars with more than 200 hp - make and horsepower",
     "Which cars have a horsepower over two hundred? Give me the make and its hp.",
     "SELECT cn.Make, cd.Horsepower FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE cd.Horsepower <> 'null' AND CAST(cd.Horsepower AS INTEGER) > 200"),
    ("car_1", "aggregate",
     "What's the average and max weight of cars from 1980?",
     "For the 1980 model year, what's the mean car weight and the heaviest weight?",
     "SELECT AVG(Weight), MAX(Weight) FROM cars_data WHERE Year = 1980"),
    ("car_1", "superlative",
     "which maker has the most models? full name and model count",
     "Car company with the largest number of models, plus that number",
     "SELECT cm.FullName, COUNT(*) FROM car_makers cm JOIN model_list ml ON ml.Maker = cm.Id "
     "GROUP BY cm.Id, cm.FullName ORDER BY COUNT(*) DESC LIMIT 1"),
    ("car_1", "group",
     "give me the number of cars per year",
     "How many cars are there for each model year?",
     "SELECT Year, COUNT(*) FROM cars_data GROUP BY Year"),
    ("car_1", "join",
     "list the car makers with the name of their country",
     "Which country is each car maker from? Maker and country name.",
     "SELECT cm.Maker, c.CountryName FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId"),
    ("car_1", "set",
     "countries that have no car makers",
     "Which countries don't have a single car manufacturer?",
     "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Country FROM car_makers)"),
    ("car_1", "ratio",
     "what percentage of cars have 4 cylinders",
     "Four-cylinder cars as a percent of all the cars?",
     "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
    ("car_1", "compare-to-aggregate",
     "1982 cars that are heavier than the overall average car weight - make and weight",
     "Among the 1982 cars, which weigh more than the mean weight of all cars? Show make and weight.",
     "SELECT cn.Make, cd.Weight FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE cd.Year = 1982 AND cd.Weight > (SELECT AVG(Weight) FROM cars_data)"),
    ("car_1", "superlative",
     "I need the 3 heaviest cars and what they weigh",
     "Which three cars weigh the most? Give the make and the weight.",
     "SELECT cn.Make, cd.Weight FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "ORDER BY cd.Weight DESC LIMIT 3"),

    # ---------------------------------------------------------------- course_teach
    ("course_teach", "count",
     "how many different teachers have been assigned to courses?",
     "Number of distinct teachers who have at least one course arrangement?",
     "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange"),
    ("course_teach", "list",
     "list teacher names and hometowns",
     "Show me every teacher together with their home town.",
     "SELECT Name, Hometown FROM teacher"),
    ("course_teach", "filter-text",
     "teachers whose hometown is an Urban District - name and hometown",
     "Which teachers come from a place ending in 'Urban District'? Name and hometown please.",
     "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District'"),
    ("course_teach", "filter-number",
     "teachers under 30, with their ages",
     "Which teachers are younger than thirty? Show name and age.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
    ("course_teach", "aggregate",
     "what's the avg age of the teachers",
     "Mean age of the teaching staff?",
     "SELECT AVG(CAST(Age AS INTEGER)) FROM teacher"),
    ("course_teach", "superlative",
     "the oldest teacher - name and age",
     "Who is the most senior teacher by age, and how old are they?",
     "SELECT Name, Age FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1"),
    ("course_teach", "group",
     "how many course arrangements are there for each grade",
     "Count the course arrangements grouped by grade.",
     "SELECT Grade, COUNT(*) FROM course_arrange GROUP BY Grade"),
    ("course_teach", "join",
     "which teacher teaches which course - teacher name and course",
     "Show the course names paired with the teachers assigned to them.",
     "SELECT t.Name, c.Course FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID "
     "JOIN course c ON ca.Course_ID = c.Course_ID"),
    ("course_teach", "set",
     "teachers who aren't teaching any course, and where they're from",
     "Which teachers have no course assigned? Give their names and hometowns.",
     "SELECT Name, Hometown FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    ("course_teach", "ratio",
     "what percentage of courses have a teacher assigned?",
     "Share of courses, in percent, that have at least one teacher arranged",
     "SELECT 100.0 * COUNT(*) / (SELECT COUNT(*) FROM course) FROM course "
     "WHERE Course_ID IN (SELECT Course_ID FROM course_arrange)"),
    ("course_teach", "compare-to-aggregate",
     "teachers older than the average teacher - name and age",
     "Which teachers are above the mean age? List name and age.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)"),
    ("course_teach", "join",
     "who teaches Math and for which grade?",
     "For the Math course, list the assigned teachers with the grade they teach it to.",
     "SELECT t.Name, ca.Grade FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID "
     "JOIN course c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Math'"),

    # ---------------------------------------------------------------- dog_kennels
    ("dog_kennels", "count",
     "how many dogs have been abandoned?",
     "Number of dogs flagged as abandoned?",
     "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
    ("dog_kennels", "list",
     "list all the professionals with their role and city",
     "Give me every professional's first and last name, role and the city they're in.",
     "SELECT first_name, last_name, role_code, city FROM Professionals"),
    ("dog_kennels", "filter-text",
     "owners living in North Dakota - first and last name",
     "Which dog owners are in the state of North Dakota? Show first and last names.",
     "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels", "filter-number",
     "treatments that cost more than 600: id, date and cost",
     "Show the id, date and cost of every treatment priced above six hundred.",
     "SELECT treatment_id, date_of_treatment, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600"),
    ("dog_kennels", "aggregate",
     "total and average cost of treatments",
     "What do all treatments cost combined, and what's the mean treatment cost?",
     "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments"),
    ("dog_kennels", "superlative",
     "which professional has done the most treatments? first name, last name and how many",
     "Professional who performed the largest number of treatments, with their name and the count",
     "SELECT p.first_name, p.last_name, COUNT(*) FROM Treatments t JOIN Professionals p "
     "ON t.professional_id = p.professional_id GROUP BY p.professional_id, p.first_name, p.last_name "
     "ORDER BY COUNT(*) DESC LIMIT 1"),
    ("dog_kennels", "group",
     "number of dogs by breed name",
     "How many dogs are there of each breed? Use the breed names.",
     "SELECT b.breed_name, COUNT(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code GROUP BY b.breed_name"),
    ("dog_kennels", "join",
     "pull up the dogs with their owner's first and last name",
     "For each dog, who owns it? Dog name plus owner's first and last name.",
     "SELECT d.name, o.first_name, o.last_name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id"),
    ("dog_kennels", "set",
     "professionals who have never done a treatment - name and role",
     "Which professionals haven't treated any dog? Give first name, last name and role.",
     "SELECT first_name, last_name, role_code FROM Professionals "
     "WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)"),
    ("dog_kennels", "ratio",
     "what percentage of the dogs are large?",
     "Large dogs as a share of all dogs, in percent",
     "SELECT 100.0 * SUM(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs"),
    ("dog_kennels", "compare-to-aggregate",
     "treatments costing more than the average treatment - id and cost",
     "Which treatments were pricier than the mean treatment cost? Treatment id and cost.",
     "SELECT treatment_id, cost_of_treatment FROM Treatments "
     "WHERE cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),
    ("dog_kennels", "superlative",
     "Which owner has spent the most on treatments for their dogs? name and total",
     "Owner with the highest total treatment cost across their dogs - first name, last name, total",
     "SELECT o.first_name, o.last_name, SUM(t.cost_of_treatment) FROM Owners o "
     "JOIN Dogs d ON d.owner_id = o.owner_id JOIN Treatments t ON t.dog_id = d.dog_id "
     "GROUP BY o.owner_id, o.first_name, o.last_name ORDER BY SUM(t.cost_of_treatment) DESC LIMIT 1"),

    # ---------------------------------------------------------------- flight_2
    ("flight_2", "count",
     "how many flights leave from APG?",
     "Number of flights whose source airport is APG?",
     "SELECT COUNT(*) FROM flights WHERE TRIM(SourceAirport) = 'APG'"),
    ("flight_2", "list",
     "list all airlines with their abbreviations",
     "Every airline's name and its abbreviation",
     "SELECT Airline, Abbreviation FROM airlines"),
    ("flight_2", "filter-text",
     "airports in Anchorage - code and name",
     "Which airports are in the city of Anchorage? Give the airport code and name.",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Anchorage'"),
    ("flight_2", "filter-number",
     "flights with a flight number under 20 - airline id and flight no",
     "Show the airline id and flight number for every flight numbered below twenty.",
     "SELECT Airline, FlightNo FROM flights WHERE FlightNo < 20"),
    ("flight_2", "aggregate",
     "what's the lowest and highest flight number?",
     "What's the smallest flight number and the largest one?",
     "SELECT MIN(FlightNo), MAX(FlightNo) FROM flights"),
    ("flight_2", "superlative",
     "which city has the most airports? city and count",
     "City with the largest number of airports, and how many it has",
     "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) ORDER BY COUNT(*) DESC LIMIT 1"),
    ("flight_2", "group",
     "number of flights per airline name",
     "How many flights does each airline run? Airline name and count.",
     "SELECT al.Airline, COUNT(*) FROM flights f JOIN airlines al ON f.Airline = al.uid GROUP BY al.Airline"),
    ("flight_2", "join",
     "flights out of APG with the airline name, flight number and destination",
     "For flights departing APG, give me the airline's name, the flight number and where it goes.",
     "SELECT al.Airline, f.FlightNo, f.DestAirport FROM flights f JOIN airlines al ON f.Airline = al.uid "
     "WHERE TRIM(f.SourceAirport) = 'APG'"),
    ("flight_2", "set",
     "airlines that have flights departing from both APG and CVO",
     "Which airlines fly out of APG and also out of CVO?",
     "SELECT al.Airline FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE TRIM(f.SourceAirport) = 'APG' "
     "INTERSECT SELECT al.Airline FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE TRIM(f.SourceAirport) = 'CVO'"),
    ("flight_2", "ratio",
     "What percentage of all flights does United Airlines operate?",
     "United Airlines' share of the total flights, as a percent?",
     "SELECT 100.0 * SUM(CASE WHEN al.Airline = 'United Airlines' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM flights f JOIN airlines al ON f.Airline = al.uid"),
    ("flight_2", "compare-to-aggregate",
     "airports with more departing flights than the average airport - code and number of departures",
     "Which airports have an above-average number of outbound flights? Airport code and departure count.",
     "SELECT TRIM(SourceAirport), COUNT(*) FROM flights GROUP BY TRIM(SourceAirport) "
     "HAVING COUNT(*) > (SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM flights GROUP BY TRIM(SourceAirport)))"),
    ("flight_2", "join",
     "how many flights land in Albany? count all the Albany airports",
     "Total number of flights arriving at any airport in the city of Albany?",
     "SELECT COUNT(*) FROM flights f JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) = 'Albany'"),

    # ---------------------------------------------------------------- network_1
    ("network_1", "count",
     "how many high schoolers are in grade 9?",
     "Number of students in ninth grade?",
     "SELECT COUNT(*) FROM Highschooler WHERE grade = 9"),
    ("network_1", "list",
     "all students with their grade",
     "Give me every high schooler's name and grade.",
     "SELECT name, grade FROM Highschooler"),
    ("network_1", "filter-text",
     "students named Gabriel - id and grade",
     "What are the ids and grades of the high schoolers called Gabriel?",
     "SELECT ID, grade FROM Highschooler WHERE name = 'Gabriel'"),
    ("network_1", "filter-number",
     "students in grade 11 or above - name and grade",
     "Which high schoolers are in eleventh grade or higher? Show name and grade.",
     "SELECT name, grade FROM Highschooler WHERE grade >= 11"),
    ("network_1", "aggregate",
     "whats the average grade of the high schoolers",
     "What's the mean grade across all students?",
     "SELECT AVG(grade) FROM Highschooler"),
    ("network_1", "superlative",
     "top 2 students by number of friends (count a friendship whichever side it's listed on), with the count",
     "Which two high schoolers have the most friends, counting each friendship in either direction, and how many do they have?",
     "SELECT h.name, COUNT(*) FROM (SELECT student_id AS id FROM Friend UNION ALL SELECT friend_id FROM Friend) x "
     "JOIN Highschooler h ON h.ID = x.id GROUP BY h.ID, h.name ORDER BY COUNT(*) DESC LIMIT 2"),
    ("network_1", "group",
     "number of students per grade",
     "How many high schoolers are in each grade?",
     "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
    ("network_1", "join",
     "who likes whom? names of the liker and the liked student",
     "List each 'like' as the name of the student who likes and the name of the student they like.",
     "SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID JOIN Highschooler b ON l.liked_id = b.ID"),
    ("network_1", "set",
     "students who don't like anyone - name and grade",
     "Which high schoolers haven't liked anybody? Give name and grade.",
     "SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes)"),
    ("network_1", "ratio",
     "what percentage of students like someone?",
     "Share of high schoolers, in percent, who like at least one other student",
     "SELECT 100.0 * COUNT(*) / (SELECT COUNT(*) FROM Highschooler) FROM Highschooler "
     "WHERE ID IN (SELECT student_id FROM Likes)"),
    ("network_1", "compare-to-aggregate",
     "students whose grade is above the average, with their grade",
     "Which high schoolers are in a grade higher than the mean grade? Name and grade.",
     "SELECT name, grade FROM Highschooler WHERE grade > (SELECT AVG(grade) FROM Highschooler)"),
    ("network_1", "join",
     "names and grades of Andrew's friends (either side of the friendship)",
     "Who is Andrew friends with, whichever way the friendship is recorded? Show their names and grades.",
     "SELECT h2.name, h2.grade FROM Friend f JOIN Highschooler h1 ON f.student_id = h1.ID "
     "JOIN Highschooler h2 ON f.friend_id = h2.ID WHERE h1.name = 'Andrew' "
     "UNION SELECT h1.name, h1.grade FROM Friend f JOIN Highschooler h1 ON f.student_id = h1.ID "
     "JOIN Highschooler h2 ON f.friend_id = h2.ID WHERE h2.name = 'Andrew'"),

    # ---------------------------------------------------------------- pets_1
    ("pets_1", "count",
     "how many students own a pet?",
     "Number of students that have at least one pet?",
     "SELECT COUNT(DISTINCT StuID) FROM Has_Pet"),
    ("pets_1", "list",
     "list the pets with type, age and weight",
     "Give me each pet's type, its age and how much it weighs.",
     "SELECT PetType, pet_age, weight FROM Pets"),
    ("pets_1", "filter-text",
     "female students - first and last name",
     "Which students are female? Show their first and last names.",
     "SELECT Fname, LName FROM Student WHERE Sex = 'F'"),
    ("pets_1", "filter-number",
     "students older than 20, with their ages",
     "Which students are over twenty? First name, last name and age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 20"),
    ("pets_1", "aggregate",
     "average and oldest student age",
     "What's the mean age of the students and the maximum age?",
     "SELECT AVG(Age), MAX(Age) FROM Student"),
    ("pets_1", "superlative",
     "the heaviest pet - type and weight",
     "Which pet weighs the most? Give its type and weight.",
     "SELECT PetType, weight FROM Pets ORDER BY weight DESC LIMIT 1"),
    ("pets_1", "group",
     "how many studnets are in each major",
     "Break down the student headcount by major.",
     "SELECT Major, COUNT(*) FROM Student GROUP BY Major"),
    ("pets_1", "join",
     "first names of students who own pets, with the pet type",
     "For every pet owner among the students, show their first name and the type of pet they have.",
     "SELECT s.Fname, p.PetType FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID"),
    ("pets_1", "set",
     "students who don't own any pet - first and last name",
     "Which students have no pets? First and last names.",
     "SELECT Fname, LName FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)"),
    ("pets_1", "ratio",
     "what percentage of students are female",
     "Female students as a percent of all students?",
     "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"),
    ("pets_1", "compare-to-aggregate",
     "students older than the average student age - name and age",
     "Which students are above the mean age? First name, last name, age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > (SELECT AVG(Age) FROM Student)"),
    ("pets_1", "group",
     "avg age of students by sex",
     "For each sex, what is the students' mean age?",
     "SELECT Sex, AVG(Age) FROM Student GROUP BY Sex"),

    # ---------------------------------------------------------------- real_estate_properties
    ("real_estate_properties", "count",
     "how many apartments are listed?",
     "Number of properties of type Apartment?",
     "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties", "list",
     "I need the property names with their type and number of rooms",
     "Give me every property's name, type code and room count.",
     "SELECT property_name, property_type_code, room_count FROM Properties"),
    ("real_estate_properties", "filter-text",
     "shop properties - name and date they went on the market",
     "Which properties are shops? Show the name and the date on market.",
     "SELECT property_name, date_on_market FROM Properties WHERE property_type_code = 'Shop'"),
    ("real_estate_properties", "filter-number",
     "properties with more than 7 rooms - name and room count",
     "Which properties have over seven rooms? List name and number of rooms.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > 7"),
    ("real_estate_properties", "aggregate",
     "what's the average room count across properties",
     "Mean number of rooms per property?",
     "SELECT AVG(room_count) FROM Properties"),
    ("real_estate_properties", "superlative",
     "property with the highest agreed selling price - name and price",
     "Which property sold for the most (agreed selling price), and at what price?",
     "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
    ("real_estate_properties", "group",
     "number of properties by type",
     "How many properties are there of each property type?",
     "SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code"),
    ("real_estate_properties", "join",
     "each property with its type description",
     "For every property, show the name and the description of its property type.",
     "SELECT p.property_name, r.property_type_description FROM Properties p "
     "JOIN Ref_Property_Types r ON p.property_type_code = r.property_type_code"),
    ("real_estate_properties", "set",
     "properties with no additional features recorded",
     "Which properties have no entries in the other property features? Just the names.",
     "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)"),
    ("real_estate_properties", "ratio",
     "What percentage of properties have more than 5 rooms?",
     "Share of properties with over five rooms, as a percent",
     "SELECT 100.0 * SUM(CASE WHEN room_count > 5 THEN 1 ELSE 0 END) / COUNT(*) FROM Properties"),
    ("real_estate_properties", "compare-to-aggregate",
     "properties whose vendor requested price is above average - name and requested price",
     "Which properties are asking more than the mean vendor requested price? Name and asking price.",
     "SELECT property_name, vendor_requested_price FROM Properties "
     "WHERE vendor_requested_price > (SELECT AVG(vendor_requested_price) FROM Properties)"),
    ("real_estate_properties", "join",
     "which properties have a pool? name and type",
     "List the name and type code of every property that has the Pool feature.",
     "SELECT DISTINCT p.property_name, p.property_type_code FROM Properties p "
     "JOIN Other_Property_Features f ON p.property_id = f.property_id "
     "JOIN Other_Available_Features a ON f.feature_id = a.feature_id WHERE a.feature_name = 'Pool'"),

    # ---------------------------------------------------------------- student_transcripts_tracking
    ("student_transcripts_tracking", "count",
     "how many students are enrolled in a degree program?",
     "Number of distinct students with at least one degree program enrolment?",
     "SELECT COUNT(DISTINCT student_id) FROM Student_Enrolment"),
    ("student_transcripts_tracking", "list",
     "list all the courses with their descriptions",
     "Give me every course name along with its description.",
     "SELECT course_name, course_description FROM Courses"),
    ("student_transcripts_tracking", "filter-text",
     "addresses in Kentucky - city and zip",
     "Which addresses are in the state of Kentucky? Show the city and zip/postcode.",
     "SELECT city, zip_postcode FROM Addresses WHERE state_province_county = 'Kentucky'"),
    ("student_transcripts_tracking", "filter-number",
     "names of students who first registered in the 1980s, with their registration date",
     "Which students registered for the first time between 1980 and 1989? First name, last name and date.",
     "SELECT first_name, last_name, date_first_registered FROM Students "
     "WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) BETWEEN 1980 AND 1989"),
    ("student_transcripts_tracking", "aggregate",
     "earliest + latest transcript dates",
     "What's the first transcript date on record and the most recent one?",
     "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
    ("student_transcripts_tracking", "superlative",
     "which semester has the most enrolments? name and count",
     "Semester with the highest number of student enrolments, plus the number",
     "SELECT s.semester_name, COUNT(*) FROM Student_Enrolment e JOIN Semesters s ON e.semester_id = s.semester_id "
     "GROUP BY s.semester_id, s.semester_name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("student_transcripts_tracking", "group",
     "number of degree programs per degree type (master, bachelor etc)",
     "How many degree programs are there for each degree summary name?",
     "SELECT degree_summary_name, COUNT(*) FROM Degree_Programs GROUP BY degree_summary_name"),
    ("student_transcripts_tracking", "join",
     "students with the city of their current address",
     "For each student, show first name, last name and the city they currently live in.",
     "SELECT s.first_name, s.last_name, a.city FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id"),
    ("student_transcripts_tracking", "set",
     "students who never enrolled in any degree program - first and last name",
     "Which students have no enrolment at all? Give first and last names.",
     "SELECT first_name, last_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)"),
    ("student_transcripts_tracking", "ratio",
     "what percentage of degree programs are bachelor's?",
     "Bachelor programs as a percent of all degree programs?",
     "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs"),
    ("student_transcripts_tracking", "compare-to-aggregate",
     "transcripts listing more course entries than the average transcript - id and count",
     "Which transcripts contain more courses than the mean per transcript? Transcript id and number of entries.",
     "SELECT transcript_id, COUNT(*) FROM Transcript_Contents GROUP BY transcript_id "
     "HAVING COUNT(*) > (SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM Transcript_Contents GROUP BY transcript_id))"),
    ("student_transcripts_tracking", "join",
     "degree programs with their department name",
     "Show each degree program's id and summary name along with the department that runs it.",
     "SELECT d.degree_program_id, d.degree_summary_name, dep.department_name FROM Degree_Programs d "
     "JOIN Departments dep ON d.department_id = dep.department_id"),

    # ---------------------------------------------------------------- voter_1
    ("voter_1", "count",
     "how many contestants are there",
     "Total number of contestants?",
     "SELECT COUNT(*) FROM CONTESTANTS"),
    ("voter_1", "list",
     "pull up the contestants with their numbers",
     "Give me every contestant's number and name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    ("voter_1", "filter-text",
     "votes cast from NY - vote id and phone number",
     "Which votes came from the state NY? Show the vote id and the phone number.",
     "SELECT vote_id, phone_number FROM VOTES WHERE state = 'NY'"),
    ("voter_1", "filter-number",
     "area codes above 900 along with their states",
     "List every area code greater than 900 and the state it belongs to.",
     "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900"),
    ("voter_1", "aggregate",
     "earliest and latest vote time",
     "When was the first vote created, and when was the last?",
     "SELECT MIN(created), MAX(created) FROM VOTES"),
    ("voter_1", "superlative",
     "contestant with the most votes - name and vote count",
     "Who got the highest number of votes, and how many?",
     "SELECT c.contestant_name, COUNT(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number "
     "GROUP BY c.contestant_number, c.contestant_name ORDER BY COUNT(*) DESC LIMIT 1"),
    ("voter_1", "group",
     "number of area codes per state",
     "How many area codes does each state have?",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state"),
    ("voter_1", "join",
     "each vote id with the contestant's name and when it was cast",
     "For every vote, show the vote id, the contestant it went to (by name) and the time it was created.",
     "SELECT v.vote_id, c.contestant_name, v.created FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number"),
    ("voter_1", "set",
     "contestants who got no votes",
     "Which contestants didn't receive a single vote? Names only.",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    ("voter_1", "ratio",
     "what percentage of votes came from New York?",
     "Share of all votes, in percent, cast from the state of New York",
     "SELECT 100.0 * SUM(CASE WHEN state = 'NY' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES"),
    ("voter_1", "compare-to-aggregate",
     "states with more area codes than the average state - state and count",
     "Which states have an above-average number of area codes? State and how many.",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state "
     "HAVING COUNT(*) > (SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM AREA_CODE_STATE GROUP BY state))"),
    ("voter_1", "superlative",
     "which state has the most area codes, and how many?",
     "State with the largest count of area codes, plus the count",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1"),
]


# ------------------------------------------------------------------ checks
def _depths(sql):
    """Paren depth of every character, ignoring string literals / quoted identifiers."""
    depth, out, quote = 0, [], None
    for ch in sql:
        if quote:
            out.append(depth)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"`":
            quote = ch
            out.append(depth)
            continue
        if ch == "(":
            out.append(depth)
            depth += 1
            continue
        if ch == ")":
            depth -= 1
        out.append(depth)
    return out


def limit_problems(sql):
    """Return a list of problems with LIMIT use: LIMIT without ORDER BY in the same
    (sub)query, or LIMIT inside a subquery (tie check only covers the outer query)."""
    probs = []
    dep = _depths(sql)
    for m in re.finditer(r"\bLIMIT\b", sql, re.I):
        p, d = m.start(), dep[m.start()]
        if d > 0:
            probs.append("LIMIT inside a subquery")
        i = p - 1
        seg = []
        while i >= 0 and dep[i] >= d:
            if dep[i] == d:
                seg.append(sql[i])
            i -= 1
        seg = "".join(reversed(seg))
        if not re.search(r"\bORDER\s+BY\b", seg, re.I):
            probs.append("LIMIT without ORDER BY")
    return probs


def top_limit(sql):
    m = re.search(r"\s+LIMIT\s+(\d+)\s*;?\s*$", sql, re.I)
    if not m:
        return None, sql
    return int(m.group(1)), sql[:m.start()]


def check_item(conn, db, kind, query):
    errs = []
    cur = conn.execute(query)
    rows = cur.fetchall()
    ncols = len(cur.description)
    if not rows:
        errs.append("empty result")
        return errs, rows, ncols
    if all(v is None for r in rows for v in r):
        errs.append("all NULL")
    for c in range(ncols):
        if all(r[c] is None for r in rows):
            errs.append("column %d all NULL" % c)
    errs.extend(limit_problems(query))
    n, base = top_limit(query)
    if n is not None:
        full = conn.execute(base).fetchall()
        if [tuple(r) for r in full[:n]] != [tuple(r) for r in rows]:
            # rows within the top n may be ordered differently only if tied; compare ranks
            if [r[-1] for r in full[:n]] != [r[-1] for r in rows]:
                errs.append("LIMIT result differs from unlimited prefix")
        if len(full) > n and full[n - 1][-1] == full[n][-1]:
            errs.append("tie at LIMIT cut-off: %r" % (full[n][-1],))
        if ncols < 2:
            errs.append("top-N/superlative must return the ranking value")
    return errs, rows, ncols


def main():
    allowed = set(KINDS)
    by_db = {}
    failures = []
    out = []
    multi = 0
    for it in ITEMS:
        db, kind, q, para, sql = it
        by_db.setdefault(db, []).append(kind)
        if kind not in allowed:
            failures.append((db, q, "unknown kind " + kind))
        if q.strip().lower() == para.strip().lower():
            failures.append((db, q, "paraphrase identical to question"))
        path = os.path.join(DB_DIR, db, db + ".sqlite")
        conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            errs, rows, ncols = check_item(conn, db, kind, sql)
        except sqlite3.Error as e:
            errs, rows, ncols = ["sqlite error: %s" % e], [], 0
        conn.close()
        for e in errs:
            failures.append((db, q, e))
        if ncols >= 2:
            multi += 1
        if "-v" in sys.argv:
            print("[%s/%s] %s\n   %s\n   -> %d rows: %s" % (db, kind, q, sql, len(rows), rows[:6]))
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
    for db, kinds in by_db.items():
        if len(kinds) != PER_DB:
            failures.append((db, "-", "has %d questions, expected %d" % (len(kinds), PER_DB)))
        missing = allowed - set(kinds)
        if missing:
            failures.append((db, "-", "missing kinds: %s" % sorted(missing)))
    if multi * 2 < len(out):
        failures.append(("-", "-", "only %d of %d questions ask for 2+ columns" % (multi, len(out))))
    if failures:
        for f in failures:
            print("FAIL", f)
        print("%d failures; %s not written" % (len(failures), OUT))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %s: %d questions over %d databases, %d ask for 2+ columns"
          % (OUT, len(out), len(by_db), multi))


if __name__ == "__main__":
    main()
