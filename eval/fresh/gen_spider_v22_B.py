#!/usr/bin/env python3
"""Half B of the Spider v22 evaluation set (9 databases x 12 questions).

Every gold query is run against its database; spider_v22_B.json is written only
if every query passes the checks (non-empty, not all NULL, LIMIT only with
ORDER BY, no tie at the LIMIT cut-off, ranking value returned)."""
import json
import os
import re
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spider_v22_B.json")
PER_DB = 12
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db_id, kind, question, paraphrase, gold SQL[, output column holding the ranking value])
ITEMS = [
    # ---------------------------------------------------------------- car_1
    ("car_1", "count",
     "how many car makers are from japan?",
     "Number of car manufacturers based in Japan.",
     "SELECT COUNT(*) FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId "
     "WHERE c.CountryName = 'japan'"),
    ("car_1", "list",
     "list all the car makers with their full names",
     "Every maker's short name together with its full name.",
     "SELECT Maker, FullName FROM car_makers"),
    ("car_1", "filter-text",
     "what models does ford make?",
     "Models produced by the maker ford.",
     "SELECT ml.Model FROM model_list ml JOIN car_makers cm ON ml.Maker = cm.Id WHERE cm.Maker = 'ford'"),
    ("car_1", "filter-number",
     "cars lighter than 1800 lbs",
     "Which cars weigh under 1,800? Makes only.",
     "SELECT cn.Make FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE cd.Weight < 1800"),
    ("car_1", "aggregate",
     "avg weight and max acceleration for 8 cylinder cars",
     "For eight-cylinder cars, what are the mean weight and the highest acceleration value?",
     "SELECT AVG(Weight), MAX(Accelerate) FROM cars_data WHERE Cylinders = 8"),
    ("car_1", "superlative",
     "which car gets the best mpg, and what is it",
     "Car make with the highest miles per gallon, plus its MPG.",
     "SELECT cn.Make, cd.MPG FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "ORDER BY CAST(cd.MPG AS REAL) DESC LIMIT 1", 1),
    ("car_1", "group",
     "number of cars and average weight for each year",
     "Per model year: how many cars, and their mean weight.",
     "SELECT Year, COUNT(*), AVG(Weight) FROM cars_data GROUP BY Year"),
    ("car_1", "join",
     "european car makers and the country they're from",
     "Car makers based in Europe, with the names of their countries.",
     "SELECT cm.Maker, c.CountryName FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId "
     "JOIN continents co ON c.Continent = co.ContId WHERE co.Continent = 'europe'"),
    ("car_1", "set",
     "which countries have no car makers",
     "Countries that are not home to any car maker.",
     "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Country FROM car_makers)"),
    ("car_1", "ratio",
     "what percentage of cars have 4 cylinders?",
     "Four-cylinder cars as a % of all cars.",
     "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
    ("car_1", "compare-to-aggregate",
     "1980 cars that are heavier than the average car",
     "Among the cars from 1980, which ones weigh more than the overall mean weight? Makes only.",
     "SELECT cn.Make FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE cd.Year = 1980 AND cd.Weight > (SELECT AVG(Weight) FROM cars_data)"),
    ("car_1", "group",
     "which makers have at least three models? show how many",
     "Car makers with 3 or more models in the model list, and the number of models each has.",
     "SELECT cm.Maker, COUNT(*) FROM car_makers cm JOIN model_list ml ON ml.Maker = cm.Id "
     "GROUP BY cm.Id, cm.Maker HAVING COUNT(*) >= 3"),

    # ---------------------------------------------------------------- course_teach
    ("course_teach", "count",
     "how many teachers are older than 35?",
     "Count the teachers whose age is above thirty-five.",
     "SELECT COUNT(*) FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
    ("course_teach", "list",
     "list all courses with their start dates",
     "Every course name and its starting date.",
     "SELECT Course, Staring_Date FROM course"),
    ("course_teach", "filter-text",
     "where's Anne Walker from?",
     "Hometown of the teacher called Anne Walker.",
     "SELECT Hometown FROM teacher WHERE Name = 'Anne Walker'"),
    ("course_teach", "filter-number",
     "teachers under 30",
     "Which teachers are younger than thirty? Names only.",
     "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
    ("course_teach", "aggregate",
     "average teacher age and the youngest age",
     "Mean age of the teachers and the minimum age.",
     "SELECT AVG(CAST(Age AS INTEGER)), MIN(CAST(Age AS INTEGER)) FROM teacher"),
    ("course_teach", "superlative",
     "which teacher teaches the most courses and how many?",
     "Teacher with the greatest number of course arrangements, together with that number.",
     "SELECT t.Name, COUNT(*) FROM teacher t JOIN course_arrange ca ON ca.Teacher_ID = t.Teacher_ID "
     "GROUP BY t.Teacher_ID, t.Name ORDER BY COUNT(*) DESC LIMIT 1", 1),
    ("course_teach", "group",
     "how many teachers are assigned to each course",
     "Number of teachers per course, by course name.",
     "SELECT c.Course, COUNT(*) FROM course c JOIN course_arrange ca ON ca.Course_ID = c.Course_ID "
     "GROUP BY c.Course_ID, c.Course"),
    ("course_teach", "join",
     "show teacher names with the courses they teach",
     "Pair each teacher with the name of every course they are arranged to teach.",
     "SELECT t.Name, c.Course FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID "
     "JOIN course c ON ca.Course_ID = c.Course_ID"),
    ("course_teach", "set",
     "teachers who dont teach anything",
     "Which teachers have no course arrangement at all?",
     "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    ("course_teach", "ratio",
     "what percent of courses actually have a teacher assigned?",
     "Share of all courses that appear in the course arrangements, in percent.",
     "SELECT 100.0 * COUNT(DISTINCT Course_ID) / (SELECT COUNT(*) FROM course) FROM course_arrange"),
    ("course_teach", "compare-to-aggregate",
     "teachers older than the average teacher, with ages",
     "Which teachers' ages exceed the mean teacher age? Name and age.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)"),
    ("course_teach", "join",
     "Which courses does Kearsley Brown teach, and for which grade?",
     "Courses and grades taught by the teacher Kearsley Brown.",
     "SELECT c.Course, ca.Grade FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID "
     "JOIN course c ON ca.Course_ID = c.Course_ID WHERE t.Name = 'Kearsley Brown'"),

    # ---------------------------------------------------------------- dog_kennels
    ("dog_kennels", "count",
     "how many dogs were abandoned?",
     "Number of dogs flagged as abandoned.",
     "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
    ("dog_kennels", "list",
     "list the treatment types and their descriptions",
     "All treatment type codes with what each one means.",
     "SELECT treatment_type_code, treatment_type_description FROM Treatment_Types"),
    ("dog_kennels", "filter-text",
     "owners in north dakota - first name, last name and city",
     "Which owners live in the state of North Dakota? Give first name, last name and city.",
     "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels", "filter-number",
     "treatments that cost over 600 - ids",
     "Which treatments were more expensive than 600? Treatment ids only.",
     "SELECT treatment_id FROM Treatments WHERE cost_of_treatment > 600"),
    ("dog_kennels", "aggregate",
     "total and average treatment cost",
     "Sum of all treatment costs and the mean cost.",
     "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments"),
    ("dog_kennels", "superlative",
     "which dog racked up the highest total treatment cost, and how much?",
     "The dog whose treatments add up to the largest amount, with that total.",
     "SELECT d.name, SUM(t.cost_of_treatment) FROM Dogs d JOIN Treatments t ON t.dog_id = d.dog_id "
     "GROUP BY d.dog_id, d.name ORDER BY SUM(t.cost_of_treatment) DESC LIMIT 1", 1),
    ("dog_kennels", "group",
     "how many dogs of each breed? use the breed names",
     "Dog count per breed name.",
     "SELECT b.breed_name, COUNT(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code "
     "GROUP BY b.breed_code, b.breed_name"),
    ("dog_kennels", "join",
     "dog names with their owner's first and last name",
     "For each dog, give its name and the owner's first and last names.",
     "SELECT d.name, o.first_name, o.last_name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id"),
    ("dog_kennels", "set",
     "professionals who haven't done any treatments",
     "Which professionals have no treatment records? First and last names.",
     "SELECT first_name, last_name FROM Professionals "
     "WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)"),
    ("dog_kennels", "ratio",
     "what percent of the dogs are large?",
     "Large-size dogs as a percentage of all dogs.",
     "SELECT 100.0 * SUM(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs"),
    ("dog_kennels", "compare-to-aggregate",
     "treatments pricier than the average treatment - date and cost",
     "Which treatments cost more than the mean treatment cost? Show the date and the cost.",
     "SELECT date_of_treatment, cost_of_treatment FROM Treatments "
     "WHERE cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),
    ("dog_kennels", "join",
     "how many treatments has each vet done?",
     "For professionals in the veterinarian role, count the treatments each one gave (first name, last name, count).",
     "SELECT p.first_name, p.last_name, COUNT(*) FROM Professionals p "
     "JOIN Treatments t ON t.professional_id = p.professional_id WHERE p.role_code = 'Veterenarian' "
     "GROUP BY p.professional_id, p.first_name, p.last_name"),

    # ---------------------------------------------------------------- flight_2
    ("flight_2", "count",
     "how many flights does JetBlue operate?",
     "Number of flights run by JetBlue Airways.",
     "SELECT COUNT(*) FROM flights f JOIN airlines a ON f.Airline = a.uid WHERE a.Airline = 'JetBlue Airways'"),
    ("flight_2", "list",
     "list the airlines with their abbreviations",
     "Every airline name and its abbreviation.",
     "SELECT Airline, Abbreviation FROM airlines"),
    ("flight_2", "filter-text",
     "what airports are there in Albany? codes and names",
     "Airport codes and names for the airports located in the city of Albany.",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Albany'"),
    ("flight_2", "filter-number",
     "flights numbered above 1450 - airline, flight no, from and to",
     "Which flights have a flight number greater than 1,450? Give the airline name, the number, source and destination.",
     "SELECT a.Airline, f.FlightNo, f.SourceAirport, f.DestAirport FROM flights f "
     "JOIN airlines a ON f.Airline = a.uid WHERE f.FlightNo > 1450"),
    ("flight_2", "aggregate",
     "lowest and highest flight number",
     "What are the minimum and maximum flight numbers across all flights?",
     "SELECT MIN(FlightNo), MAX(FlightNo) FROM flights"),
    ("flight_2", "superlative",
     "top 2 airports by number of departing flights",
     "Which two airports have the most flights leaving from them, and how many does each have?",
     "SELECT a.AirportCode, COUNT(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode "
     "GROUP BY a.AirportCode ORDER BY COUNT(*) DESC LIMIT 2", 1),
    ("flight_2", "group",
     "number of flights per airline",
     "How many flights each airline has, by airline name.",
     "SELECT a.Airline, COUNT(*) FROM flights f JOIN airlines a ON f.Airline = a.uid GROUP BY a.uid, a.Airline"),
    ("flight_2", "join",
     "flights out of Albany International: airline, flight number and destination airport name",
     "For departures from the Albany International airport, list the airline, the flight number and the name of the airport they fly to.",
     "SELECT al.Airline, f.FlightNo, d.AirportName FROM flights f JOIN airlines al ON f.Airline = al.uid "
     "JOIN airports s ON TRIM(f.SourceAirport) = s.AirportCode "
     "JOIN airports d ON TRIM(f.DestAirport) = d.AirportCode "
     "WHERE TRIM(s.AirportName) = 'Albany International'"),
    ("flight_2", "set",
     "airport codes that both United and Delta fly out of",
     "Which source airports are served by United Airlines as well as by Delta Airlines? Codes only.",
     "SELECT a.AirportCode FROM airports a JOIN flights f ON TRIM(f.SourceAirport) = a.AirportCode "
     "JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'United Airlines' "
     "INTERSECT SELECT a.AirportCode FROM airports a JOIN flights f ON TRIM(f.SourceAirport) = a.AirportCode "
     "JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'Delta Airlines'"),
    ("flight_2", "ratio",
     "what share of all flights are united's, in percent?",
     "United Airlines flights as a percentage of every flight.",
     "SELECT 100.0 * SUM(CASE WHEN a.Airline = 'United Airlines' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM flights f JOIN airlines a ON f.Airline = a.uid"),
    ("flight_2", "compare-to-aggregate",
     "airports with more departures than the average airport",
     "Which airports have a departing-flight count above the mean per airport? Codes only.",
     "SELECT a.AirportCode FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode "
     "GROUP BY a.AirportCode HAVING COUNT(*) > (SELECT AVG(c) FROM "
     "(SELECT COUNT(*) AS c FROM flights GROUP BY TRIM(SourceAirport)))"),
    ("flight_2", "filter-text",
     "which cities have an airport that's just called 'Municipal'?",
     "Cities of the airports whose name is Municipal.",
     "SELECT City FROM airports WHERE TRIM(AirportName) = 'Municipal'"),

    # ---------------------------------------------------------------- network_1
    ("network_1", "count",
     "how many high schoolers are in grade 10?",
     "Count the tenth graders.",
     "SELECT COUNT(*) FROM Highschooler WHERE grade = 10"),
    ("network_1", "list",
     "list all the students and their grades",
     "Every high schooler's name with their grade.",
     "SELECT name, grade FROM Highschooler"),
    ("network_1", "filter-text",
     "what grade is Kyle in",
     "Kyle's grade?",
     "SELECT grade FROM Highschooler WHERE name = 'Kyle'"),
    ("network_1", "filter-number",
     "which students are in 10th grade or lower",
     "Names of the high schoolers in grades nine and ten.",
     "SELECT name FROM Highschooler WHERE grade <= 10"),
    ("network_1", "aggregate",
     "average, lowest and highest grade of the students",
     "Mean grade plus the minimum and maximum grade among high schoolers.",
     "SELECT AVG(grade), MIN(grade), MAX(grade) FROM Highschooler"),
    ("network_1", "superlative",
     "which grade hands out the most likes (counting the liker's grade), and how many?",
     "The grade whose students like the most people, along with the number of likes they gave.",
     "SELECT h.grade, COUNT(*) FROM Likes l JOIN Highschooler h ON l.student_id = h.ID "
     "GROUP BY h.grade ORDER BY COUNT(*) DESC LIMIT 1", 1),
    ("network_1", "group",
     "number of students per grade",
     "How many high schoolers are in each grade?",
     "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
    ("network_1", "join",
     "for every like, show who likes who (names)",
     "Names of each student who likes someone, paired with the name of the student they like.",
     "SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID "
     "JOIN Highschooler b ON l.liked_id = b.ID"),
    ("network_1", "set",
     "students who don't like anyone",
     "Which high schoolers never appear as the one liking someone? Names only.",
     "SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes)"),
    ("network_1", "ratio",
     "what % of students like someone?",
     "Percentage of high schoolers who have liked at least one other student.",
     "SELECT 100.0 * COUNT(DISTINCT student_id) / (SELECT COUNT(*) FROM Highschooler) FROM Likes"),
    ("network_1", "compare-to-aggregate",
     "students with an above-average grade",
     "Names of the high schoolers whose grade is higher than the mean grade.",
     "SELECT name FROM Highschooler WHERE grade > (SELECT AVG(grade) FROM Highschooler)"),
    ("network_1", "join",
     "who likes Kris?",
     "Names of the students that like Kris.",
     "SELECT a.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID "
     "JOIN Highschooler b ON l.liked_id = b.ID WHERE b.name = 'Kris'"),

    # ---------------------------------------------------------------- pets_1
    ("pets_1", "count",
     "how many students own a pet?",
     "Number of distinct students with at least one pet.",
     "SELECT COUNT(DISTINCT StuID) FROM Has_Pet"),
    ("pets_1", "list",
     "list all the pets with type, age and weight",
     "Every pet: its type, its age and its weight.",
     "SELECT PetType, pet_age, weight FROM Pets"),
    ("pets_1", "filter-text",
     "female students - last names pls",
     "What are the last names of the students whose sex is F?",
     "SELECT LName FROM Student WHERE Sex = 'F'"),
    ("pets_1", "filter-number",
     "students older than 21 - first name, last name, age",
     "Which students are over twenty-one? Give first name, last name and age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 21"),
    ("pets_1", "aggregate",
     "average and max age of the students",
     "Mean student age, and the oldest age.",
     "SELECT AVG(Age), MAX(Age) FROM Student"),
    ("pets_1", "superlative",
     "heaviest pet - its type and weight",
     "Which pet weighs the most? Show the pet type and the weight.",
     "SELECT PetType, weight FROM Pets ORDER BY weight DESC LIMIT 1", 1),
    ("pets_1", "group",
     "number of students and avg age per major",
     "For each major, count the students and give their mean age.",
     "SELECT Major, COUNT(*), AVG(Age) FROM Student GROUP BY Major"),
    ("pets_1", "join",
     "who owns a dog? first name is fine",
     "First names of the students that have a dog as a pet.",
     "SELECT DISTINCT s.Fname FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID "
     "JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'dog'"),
    ("pets_1", "set",
     "students who have a cat but no dog",
     "Which students own a cat and do not own a dog? First and last names.",
     "SELECT Fname, LName FROM Student WHERE StuID IN (SELECT h.StuID FROM Has_Pet h "
     "JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'cat') AND StuID NOT IN (SELECT h.StuID "
     "FROM Has_Pet h JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'dog')"),
    ("pets_1", "ratio",
     "what percentage of students are female?",
     "Share of students with sex F, in percent.",
     "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"),
    ("pets_1", "compare-to-aggregate",
     "pets heavier than the average pet",
     "Which pets weigh more than the mean pet weight? Pet ids only.",
     "SELECT PetID FROM Pets WHERE weight > (SELECT AVG(weight) FROM Pets)"),
    ("pets_1", "filter-text",
     "students from HKG",
     "Which students have the city code HKG? First names only.",
     "SELECT Fname FROM Student WHERE city_code = 'HKG'"),

    # ---------------------------------------------------------------- real_estate_properties
    ("real_estate_properties", "count",
     "how many apartments are listed?",
     "Number of properties of the Apartment type.",
     "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties", "list",
     "list the property types with descriptions",
     "All property type codes and what each one describes.",
     "SELECT property_type_code, property_type_description FROM Ref_Property_Types"),
    ("real_estate_properties", "filter-text",
     "address of the 'chelsea' property?",
     "Where is the property named chelsea located?",
     "SELECT property_address FROM Properties WHERE property_name = 'chelsea'"),
    ("real_estate_properties", "filter-number",
     "properties with more than 7 rooms",
     "Which properties have eight or more rooms? Names only.",
     "SELECT property_name FROM Properties WHERE room_count > 7"),
    ("real_estate_properties", "aggregate",
     "average agreed selling price and the highest asking price",
     "Mean agreed selling price and the maximum vendor requested price across properties.",
     "SELECT AVG(agreed_selling_price), MAX(vendor_requested_price) FROM Properties"),
    ("real_estate_properties", "superlative",
     "which property sold for the highest agreed price, and what was it",
     "The property with the top agreed selling price, plus that price.",
     "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1", 1),
    ("real_estate_properties", "group",
     "count of properties and average number of rooms for each property type",
     "Per property type: how many properties, and their mean room count.",
     "SELECT property_type_code, COUNT(*), AVG(room_count) FROM Properties GROUP BY property_type_code"),
    ("real_estate_properties", "join",
     "what features does the 'high line' property have?",
     "Names of the features attached to the property called high line.",
     "SELECT DISTINCT f.feature_name FROM Other_Property_Features opf "
     "JOIN Other_Available_Features f ON opf.feature_id = f.feature_id "
     "JOIN Properties p ON opf.property_id = p.property_id WHERE p.property_name = 'high line'"),
    ("real_estate_properties", "set",
     "properties with no extra features listed",
     "Which properties don't appear among the other property features? Names.",
     "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)"),
    ("real_estate_properties", "ratio",
     "what percent of the properties are houses?",
     "Houses as a percentage of all properties.",
     "SELECT 100.0 * SUM(CASE WHEN property_type_code = 'House' THEN 1 ELSE 0 END) / COUNT(*) FROM Properties"),
    ("real_estate_properties", "compare-to-aggregate",
     "properties with more rooms than average",
     "Which properties have a room count above the mean? Names only.",
     "SELECT property_name FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),
    ("real_estate_properties", "filter-number",
     "properties that went on the market in the 1990s, with the date",
     "Which properties were put on the market between 1990 and 1999? Name and market date.",
     "SELECT property_name, date_on_market FROM Properties "
     "WHERE date_on_market >= '1990-01-01' AND date_on_market < '2000-01-01'"),

    # ---------------------------------------------------------------- student_transcripts_tracking
    ("student_transcripts_tracking", "count",
     "how many departments offer a master's program?",
     "Number of distinct departments that have a Master degree program.",
     "SELECT COUNT(DISTINCT department_id) FROM Degree_Programs WHERE degree_summary_name = 'Master'"),
    ("student_transcripts_tracking", "list",
     "list all semester names",
     "What are the names of all the semesters?",
     "SELECT semester_name FROM Semesters"),
    ("student_transcripts_tracking", "filter-text",
     "email and cell number for Timmothy Ward",
     "What are the email address and the mobile number of the student Timmothy Ward?",
     "SELECT email_address, cell_mobile_number FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'"),
    ("student_transcripts_tracking", "filter-number",
     "transcripts dated before 1980",
     "Which transcripts have a date earlier than 1980? Id and date.",
     "SELECT transcript_id, transcript_date FROM Transcripts WHERE transcript_date < '1980-01-01'"),
    ("student_transcripts_tracking", "aggregate",
     "earliest and latest transcript dates",
     "What's the first transcript date and the most recent one?",
     "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
    ("student_transcripts_tracking", "superlative",
     "which semester had the most enrollments and how many",
     "The semester name with the highest number of student enrolments, and that number.",
     "SELECT s.semester_name, COUNT(*) FROM Student_Enrolment e JOIN Semesters s ON e.semester_id = s.semester_id "
     "GROUP BY s.semester_id, s.semester_name ORDER BY COUNT(*) DESC LIMIT 1", 1),
    ("student_transcripts_tracking", "group",
     "how many degree programs of each type (bachelor, master, phd)?",
     "Count the degree programs by degree summary name.",
     "SELECT degree_summary_name, COUNT(*) FROM Degree_Programs GROUP BY degree_summary_name"),
    ("student_transcripts_tracking", "join",
     "students with the city of their current address",
     "For each student give first and last name and the city they currently live in.",
     "SELECT s.first_name, s.last_name, a.city FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id"),
    ("student_transcripts_tracking", "set",
     "students who never enrolled in anything - first names",
     "Which students have no enrolment records? First names only.",
     "SELECT first_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)"),
    ("student_transcripts_tracking", "ratio",
     "what % of degree programs are bachelor's?",
     "Bachelor programs as a percentage of all degree programs.",
     "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs"),
    ("student_transcripts_tracking", "compare-to-aggregate",
     "students who enrolled more times than the average enrolled student - names and number of enrollments",
     "Among students with enrolments, who has more enrolment records than the mean per student? First name, last name and count.",
     "SELECT s.first_name, s.last_name, COUNT(*) FROM Students s JOIN Student_Enrolment e ON e.student_id = s.student_id "
     "GROUP BY s.student_id, s.first_name, s.last_name HAVING COUNT(*) > (SELECT AVG(c) FROM "
     "(SELECT COUNT(*) AS c FROM Student_Enrolment GROUP BY student_id))"),
    ("student_transcripts_tracking", "join",
     "which departments offer PhD programs?",
     "Names of the departments that have a PHD degree program.",
     "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs p ON p.department_id = d.department_id "
     "WHERE p.degree_summary_name = 'PHD'"),

    # ---------------------------------------------------------------- voter_1
    ("voter_1", "count",
     "how many votes came from New York?",
     "Number of votes whose state is NY.",
     "SELECT COUNT(*) FROM VOTES WHERE state = 'NY'"),
    ("voter_1", "list",
     "list all contestants with their numbers",
     "Every contestant's number and name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    ("voter_1", "filter-text",
     "area codes in new york state",
     "Which area codes belong to NY?",
     "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'NY'"),
    ("voter_1", "filter-number",
     "area codes in the 800s",
     "Which area codes lie between 800 and 899?",
     "SELECT area_code FROM AREA_CODE_STATE WHERE area_code BETWEEN 800 AND 899"),
    ("voter_1", "aggregate",
     "when was the first vote and the last vote cast?",
     "Earliest and latest vote creation timestamps.",
     "SELECT MIN(created), MAX(created) FROM VOTES"),
    ("voter_1", "superlative",
     "top 3 states by number of area codes",
     "Which three states have the most area codes, and how many does each have?",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 3", 1),
    ("voter_1", "group",
     "number of votes per state",
     "How many votes came from each state?",
     "SELECT state, COUNT(*) FROM VOTES GROUP BY state"),
    ("voter_1", "join",
     "names of contestants who got votes, and the state each vote came from",
     "For each vote, show the contestant's name and the voter's state.",
     "SELECT c.contestant_name, v.state FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number"),
    ("voter_1", "set",
     "contestants that got zero votes",
     "Which contestants received no votes at all?",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    ("voter_1", "ratio",
     "what percentage of the votes went to Kelly Clauss?",
     "Kelly Clauss's share of all votes, as a percent.",
     "SELECT 100.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number"),
    ("voter_1", "compare-to-aggregate",
     "states with more area codes than the average state",
     "Which states have an above-average number of area codes? State codes only.",
     "SELECT state FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > "
     "(SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM AREA_CODE_STATE GROUP BY state))"),
    ("voter_1", "count",
     "how many different states have area codes?",
     "Number of distinct states in the area code table.",
     "SELECT COUNT(DISTINCT state) FROM AREA_CODE_STATE"),
]


def check_item(item):
    """Return (list of problems, number of output columns, number of rows)."""
    db, kind, q, p, sql = item[:5]
    tie = item[5] if len(item) > 5 else None
    problems = []
    path = os.path.join(DB_DIR, db, db + ".sqlite")
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        ncols = len(cur.description)
        if not rows:
            problems.append("empty result")
        elif all(v is None for r in rows for v in r):
            problems.append("all NULL")
        nlimit = len(re.findall(r"\bLIMIT\b", sql, re.I))
        if nlimit:
            if not re.search(r"\bORDER\s+BY\b", sql, re.I):
                problems.append("LIMIT without ORDER BY")
            m = re.search(r"\s+LIMIT\s+(\d+)\s*$", sql, re.I)
            if nlimit != 1 or not m:
                problems.append("LIMIT must be a single trailing clause")
            elif tie is None:
                problems.append("LIMIT query without a ranking column to check for ties")
            else:
                n = int(m.group(1))
                full = con.execute(sql[:m.start()]).fetchall()
                if len(full) > n and full[n - 1][tie] == full[n][tie]:
                    problems.append("tie at LIMIT cut-off: %r" % (full[n - 1][tie],))
                if ncols < 2:
                    problems.append("ranking value not returned")
    except sqlite3.Error as e:
        problems.append("SQL error: %s" % e)
        ncols, rows = 0, []
    finally:
        con.close()
    if kind not in KINDS:
        problems.append("unknown kind " + kind)
    if q.strip().lower() == p.strip().lower():
        problems.append("paraphrase equals question")
    return problems, ncols, len(rows)


def main():
    failures = 0
    multi = 0
    out = []
    per_db = {}
    for item in ITEMS:
        db, kind, q, p, sql = item[:5]
        per_db.setdefault(db, []).append(kind)
        problems, ncols, nrows = check_item(item)
        if ncols >= 2:
            multi += 1
        if problems:
            failures += 1
            print("FAIL [%s] %s: %s" % (db, q, "; ".join(problems)), file=sys.stderr)
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind})
    for db in DBS:
        kinds = per_db.get(db, [])
        if len(kinds) != PER_DB:
            failures += 1
            print("FAIL [%s] has %d questions, expected %d" % (db, len(kinds), PER_DB), file=sys.stderr)
        missing = set(KINDS) - set(kinds)
        if missing:
            failures += 1
            print("FAIL [%s] missing kinds: %s" % (db, sorted(missing)), file=sys.stderr)
    if set(per_db) != set(DBS):
        failures += 1
        print("FAIL unexpected databases: %s" % sorted(set(per_db) ^ set(DBS)), file=sys.stderr)
    if failures:
        print("%d problem(s); %s not written" % (failures, OUT), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %s: %d questions, %d with 2+ output columns" % (OUT, len(out), multi))
    return 0


if __name__ == "__main__":
    sys.exit(main())
