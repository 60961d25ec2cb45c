#!/usr/bin/env python3
"""Generate spider_v13_B.json (held-out text-to-SQL items, half B) after checking every gold query."""
import json, os, re, sqlite3, sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# (db_id, kind, ncols, question, paraphrase, query)
ITEMS = [
# ---------------- car_1 ----------------
("car_1", "count", 1,
 "How many car makers are based in Japan?",
 "number of car manufacturers from japan?",
 "SELECT COUNT(*) FROM car_makers AS m JOIN countries AS c ON CAST(m.Country AS INTEGER) = c.CountryId WHERE c.CountryName = 'japan'"),
("car_1", "list", 1,
 "List all the continents.",
 "What continents are in the data?",
 "SELECT Continent FROM continents"),
("car_1", "filter-text", 1,
 "Which model names are made by General Motors?",
 "show me the models that General Motors produces",
 "SELECT ml.Model FROM model_list AS ml JOIN car_makers AS m ON ml.Maker = m.Id WHERE m.FullName = 'General Motors'"),
("car_1", "filter-number", 2,
 "Which cars weigh more than 4,900? Give me the make and the weight.",
 "make names and weights of cars heavier than 4900",
 "SELECT cn.Make, cd.Weight FROM cars_data AS cd JOIN car_names AS cn ON cd.Id = cn.MakeId WHERE cd.Weight > 4900"),
("car_1", "aggregate", 1,
 "what was the average mpg for cars from 1980?",
 "Average miles per gallon of the 1980 cars.",
 "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Year = 1980 AND MPG <> 'null'"),
("car_1", "group", 2,
 "How many cars are there for each number of cylinders?",
 "Count of cars by cylinder count",
 "SELECT Cylinders, COUNT(*) FROM cars_data GROUP BY Cylinders"),
("car_1", "superlative", 2,
 "Which car has the highest horsepower, and what is that horsepower?",
 "Give me the make of the most powerful car along with its horsepower.",
 "SELECT cn.Make, cd.Horsepower FROM cars_data AS cd JOIN car_names AS cn ON cd.Id = cn.MakeId WHERE cd.Horsepower <> 'null' ORDER BY CAST(cd.Horsepower AS INTEGER) DESC LIMIT 1"),
("car_1", "join", 2,
 "List each car maker's full name together with the country it's from.",
 "full names of car makers and their country names",
 "SELECT m.FullName, c.CountryName FROM car_makers AS m JOIN countries AS c ON CAST(m.Country AS INTEGER) = c.CountryId"),
("car_1", "set", 1,
 "Which countries don't have any car makers?",
 "names of countries with no car manufacturer",
 "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers)"),
("car_1", "ratio", 1,
 "What percentage of cars have 4 cylinders?",
 "share of cars that are four-cylinder, as a percent",
 "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
("car_1", "projection", 3,
 "Show me the make, year and mpg of every 3-cylinder car.",
 "I need make name, model year and MPG for cars with three cylinders",
 "SELECT cn.Make, cd.Year, cd.MPG FROM cars_data AS cd JOIN car_names AS cn ON cd.Id = cn.MakeId WHERE cd.Cylinders = 3"),
("car_1", "superlative", 2,
 "Which maker has the most models in the model list? Show its full name and how many models.",
 "car maker (full name) with the largest number of models, plus the model count",
 "SELECT m.FullName, COUNT(*) FROM model_list AS ml JOIN car_makers AS m ON ml.Maker = m.Id GROUP BY m.Id ORDER BY COUNT(*) DESC LIMIT 1"),

# ---------------- course_teach ----------------
("course_teach", "count", 1,
 "How many teachers are older than 35?",
 "number of teachers above age 35",
 "SELECT COUNT(*) FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
("course_teach", "list", 1,
 "names of all the courses",
 "What courses are there?",
 "SELECT Course FROM course"),
("course_teach", "filter-text", 1,
 "What's Anne Walker's hometown?",
 "Where is teacher Anne Walker from?",
 "SELECT Hometown FROM teacher WHERE Name = 'Anne Walker'"),
("course_teach", "filter-number", 2,
 "Which teachers are under 30? Show their names and ages.",
 "names and ages of teachers younger than thirty",
 "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
("course_teach", "aggregate", 1,
 "avg age of the techers?",
 "What is the mean teacher age?",
 "SELECT AVG(CAST(Age AS REAL)) FROM teacher"),
("course_teach", "group", 2,
 "How many course arrangements does each teacher have? Show teacher name and the count.",
 "For every teacher with assignments, give the name and number of courses arranged",
 "SELECT t.Name, COUNT(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID"),
("course_teach", "superlative", 1,
 "Who is the oldest teacher?",
 "name of the teacher with the highest age",
 "SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1"),
("course_teach", "join", 2,
 "Show course names along with the names of the teachers assigned to them.",
 "which teacher teaches which course? list course and teacher name",
 "SELECT c.Course, t.Name FROM course_arrange AS ca JOIN course AS c ON ca.Course_ID = c.Course_ID JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID"),
("course_teach", "set", 1,
 "Which teachers aren't arranged to teach any course?",
 "names of teachers with no course arrangement",
 "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
("course_teach", "ratio", 1,
 "What percentage of courses have at least one teacher arranged?",
 "Share of courses (in percent) that appear in the course arrangements",
 "SELECT 100.0 * (SELECT COUNT(DISTINCT Course_ID) FROM course_arrange) / (SELECT COUNT(*) FROM course)"),
("course_teach", "projection", 3,
 "Give me each teacher's name, age and hometown.",
 "I need the name, age, and hometown for all teachers",
 "SELECT Name, Age, Hometown FROM teacher"),
("course_teach", "join", 2,
 "Which courses does Anne Walker teach, and for what grade?",
 "course names and grades taught by Anne Walker",
 "SELECT c.Course, ca.Grade FROM course_arrange AS ca JOIN course AS c ON ca.Course_ID = c.Course_ID JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'"),

# ---------------- dog_kennels ----------------
("dog_kennels", "count", 1,
 "how many dogs have been abandonned?",
 "What's the number of abandoned dogs?",
 "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
("dog_kennels", "list", 1,
 "List the names of all the breeds.",
 "what breeds are there?",
 "SELECT breed_name FROM Breeds"),
("dog_kennels", "filter-text", 2,
 "Which owners live in North Dakota? First and last names please.",
 "first and last names of owners whose state is North Dakota",
 "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'"),
("dog_kennels", "filter-number", 3,
 "Which treatments cost more than $600? Show the treatment id, type code and cost.",
 "treatment id, treatment type code and cost for treatments over 600 dollars",
 "SELECT treatment_id, treatment_type_code, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600"),
("dog_kennels", "aggregate", 1,
 "Whats the total cost of all the treatmnets?",
 "sum of all treatment costs",
 "SELECT SUM(cost_of_treatment) FROM Treatments"),
("dog_kennels", "group", 2,
 "average treatment cost per treatment type (use the type description)",
 "For each treatment type description, what is the mean cost of treatment?",
 "SELECT tt.treatment_type_description, AVG(t.cost_of_treatment) FROM Treatments AS t JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code GROUP BY tt.treatment_type_description"),
("dog_kennels", "superlative", 3,
 "Which professional has done the most treatments? Give first name, last name and the number of treatments.",
 "first and last name of the professional with the most treatments, and how many they did",
 "SELECT p.first_name, p.last_name, COUNT(*) FROM Treatments AS t JOIN Professionals AS p ON t.professional_id = p.professional_id GROUP BY p.professional_id ORDER BY COUNT(*) DESC LIMIT 1"),
("dog_kennels", "join", 2,
 "Show each dog's name with its breed name.",
 "dog names and the name of their breed",
 "SELECT d.name, b.breed_name FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code"),
("dog_kennels", "set", 2,
 "Which owners don't own any dogs? first and last name",
 "Find the first and last names of owners who have no dog.",
 "SELECT first_name, last_name FROM Owners WHERE owner_id NOT IN (SELECT owner_id FROM Dogs)"),
("dog_kennels", "ratio", 1,
 "What percent of the dogs are medium sized?",
 "percentage of dogs whose size is Medium",
 "SELECT 100.0 * SUM(CASE WHEN s.size_description = 'Medium' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code"),
("dog_kennels", "projection", 3,
 "names, ages and weights of every dog",
 "Show the name, age and weight for all dogs.",
 "SELECT name, age, weight FROM Dogs"),
("dog_kennels", "projection", 3,
 "Show the first name, last name and role of every professional.",
 "I need all professionals' first names, last names and role codes",
 "SELECT first_name, last_name, role_code FROM Professionals"),

# ---------------- flight_2 ----------------
("flight_2", "count", 1,
 "How many flights does JetBlue Airways operate?",
 "number of JetBlue flights",
 "SELECT COUNT(*) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'JetBlue Airways'"),
("flight_2", "list", 1,
 "list all airline names",
 "What airlines are there?",
 "SELECT Airline FROM airlines"),
("flight_2", "filter-text", 2,
 "What airports are in Albany? Give me their names and codes.",
 "names and airport codes of the airports located in the city of Albany",
 "SELECT AirportName, AirportCode FROM airports WHERE TRIM(City) = 'Albany'"),
("flight_2", "filter-number", 3,
 "Show flight number, source and destination airport for flights numbered below 10.",
 "Which flights have a flight number under 10? list number, origin and destination",
 "SELECT FlightNo, SourceAirport, DestAirport FROM flights WHERE FlightNo < 10"),
("flight_2", "aggregate", 2,
 "what's the smallest and the largest flight number?",
 "Give me the minimum and maximum flight numbers.",
 "SELECT MIN(FlightNo), MAX(FlightNo) FROM flights"),
("flight_2", "group", 2,
 "How many flights arrive at each airport in Albany? Show airport code and count.",
 "for the Albany airports, the number of incoming flights per airport code",
 "SELECT a.AirportCode, COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) = 'Albany' GROUP BY a.AirportCode"),
("flight_2", "superlative", 2,
 "Which city has the most incoming flights, and how many?",
 "the city that receives the largest number of arriving flights, with the flight count",
 "SELECT a.City, COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode GROUP BY a.City ORDER BY COUNT(*) DESC LIMIT 1"),
("flight_2", "join", 2,
 "Which airlines fly out of APG? List airline names and flight numbers.",
 "airline name and flight number for every flight departing from airport APG",
 "SELECT a.Airline, f.FlightNo FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'APG'"),
("flight_2", "set", 1,
 "Which airports have departing flights from both United Airlines and Virgin America?",
 "codes of airports that serve as a departure point for United Airlines and also for Virgin America",
 "SELECT TRIM(f.SourceAirport) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' INTERSECT SELECT TRIM(f.SourceAirport) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'Virgin America'"),
("flight_2", "ratio", 1,
 "What percentage of all flights are operated by Southwest Airlines?",
 "Southwest's share of the flights, in percent",
 "SELECT 100.0 * SUM(CASE WHEN a.Airline = 'Southwest Airlines' THEN 1 ELSE 0 END) / COUNT(*) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid"),
("flight_2", "projection", 3,
 "Give me the name, abbreviation and country of every airline.",
 "airline names with their abbreviations and countries",
 "SELECT Airline, Abbreviation, Country FROM airlines"),
("flight_2", "group", 2,
 "Which cities have more than 2 airports, and how many airports does each have?",
 "cities with over two airports plus their airport count",
 "SELECT City, COUNT(*) FROM airports GROUP BY City HAVING COUNT(*) > 2"),

# ---------------- network_1 ----------------
("network_1", "count", 1,
 "How many high schoolers are in grade 10?",
 "number of tenth graders",
 "SELECT COUNT(*) FROM Highschooler WHERE grade = 10"),
("network_1", "list", 1,
 "List every high schooler's name.",
 "names of all the students",
 "SELECT name FROM Highschooler"),
("network_1", "filter-text", 1,
 "What grade is Kyle in?",
 "Kyle's grade?",
 "SELECT grade FROM Highschooler WHERE name = 'Kyle'"),
("network_1", "filter-number", 2,
 "Show the names and grades of students in grade 11 or higher.",
 "which students are in 11th or 12th grade? names and grades",
 "SELECT name, grade FROM Highschooler WHERE grade >= 11"),
("network_1", "aggregate", 1,
 "what's the average grade of all high schoolers",
 "Mean grade level across the students.",
 "SELECT AVG(grade) FROM Highschooler"),
("network_1", "group", 2,
 "How many students are in each grade?",
 "number of high schoolers per grade",
 "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
("network_1", "superlative", 2,
 "Who are the top 2 students by number of friendships, counting a friendship whether they are listed first or second? Show name and count.",
 "names of the two students appearing in the most friend pairs (either side), with their friendship counts",
 "SELECT h.name, COUNT(*) FROM Highschooler AS h JOIN (SELECT student_id AS id FROM Friend UNION ALL SELECT friend_id AS id FROM Friend) AS f ON h.ID = f.id GROUP BY h.ID ORDER BY COUNT(*) DESC LIMIT 2"),
("network_1", "join", 2,
 "Show the names of every pair where one student likes another: the liker and the liked student.",
 "for each like, the name of the student who likes and the name of the student who is liked",
 "SELECT h1.name, h2.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID"),
("network_1", "set", 1,
 "Which students don't show up in the likes data at all, neither liking nor being liked?",
 "names of high schoolers who neither like anyone nor are liked by anyone",
 "SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) AND ID NOT IN (SELECT liked_id FROM Likes)"),
("network_1", "ratio", 1,
 "What percentage of high schoolers like someone?",
 "percent of students who have a like recorded",
 "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / (SELECT COUNT(*) FROM Highschooler)"),
("network_1", "projection", 3,
 "Give me the id, name and grade of every 9th grader.",
 "ID, name, grade for students in grade 9",
 "SELECT ID, name, grade FROM Highschooler WHERE grade = 9"),
("network_1", "set", 1,
 "Who both likes someone and is liked by someone?",
 "names of students who appear as a liker and also as someone liked",
 "SELECT name FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes INTERSECT SELECT liked_id FROM Likes)"),

# ---------------- pets_1 ----------------
("pets_1", "count", 1,
 "How many students own a dog?",
 "number of students that have at least one dog",
 "SELECT COUNT(DISTINCT hp.StuID) FROM Has_Pet AS hp JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'"),
("pets_1", "list", 1,
 "list the different pet types",
 "What kinds of pets are there?",
 "SELECT DISTINCT PetType FROM Pets"),
("pets_1", "filter-text", 2,
 "Which students have city code PIT? First and last names.",
 "first name and last name of students from city code PIT",
 "SELECT Fname, LName FROM Student WHERE city_code = 'PIT'"),
("pets_1", "filter-number", 2,
 "Which students are over 25? Show first name and age.",
 "first names and ages of students older than twenty-five",
 "SELECT Fname, Age FROM Student WHERE Age > 25"),
("pets_1", "aggregate", 1,
 "Average age of female students?",
 "what's the mean age among the female students",
 "SELECT AVG(Age) FROM Student WHERE Sex = 'F'"),
("pets_1", "group", 2,
 "How many students are there per major?",
 "student count for each major",
 "SELECT Major, COUNT(*) FROM Student GROUP BY Major"),
("pets_1", "superlative", 2,
 "Which pet is the heavyest? Give its id and type.",
 "id and pet type of the pet with the highest weight",
 "SELECT PetID, PetType FROM Pets ORDER BY weight DESC LIMIT 1"),
("pets_1", "join", 3,
 "Show each pet owner's first name together with their pet's type and age.",
 "first names of students who have pets, plus pet type and pet age",
 "SELECT s.Fname, p.PetType, p.pet_age FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID"),
("pets_1", "set", 1,
 "Give me the IDs of students who don't have a pet.",
 "student ids for students without any pets",
 "SELECT StuID FROM Student EXCEPT SELECT StuID FROM Has_Pet"),
("pets_1", "ratio", 1,
 "What share of students are female, as a percentage?",
 "percentage of students whose sex is F",
 "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"),
("pets_1", "projection", 3,
 "Show each student's first name, last name and city code.",
 "first names, last names and city codes of all students",
 "SELECT Fname, LName, city_code FROM Student"),
("pets_1", "aggregate", 3,
 "What are the minimum, average and maximum student ages?",
 "youngest age, mean age and oldest age of the students",
 "SELECT MIN(Age), AVG(Age), MAX(Age) FROM Student"),

# ---------------- real_estate_properties ----------------
("real_estate_properties", "count", 1,
 "How many properties are apartments?",
 "number of apartment properties",
 "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
("real_estate_properties", "list", 1,
 "list all the property type descriptions",
 "What are the descriptions of the property types?",
 "SELECT property_type_description FROM Ref_Property_Types"),
("real_estate_properties", "filter-text", 1,
 "What's the address of the property called avalon?",
 "address of property 'avalon'",
 "SELECT property_address FROM Properties WHERE property_name = 'avalon'"),
("real_estate_properties", "filter-number", 2,
 "Which properties have more than 7 rooms? Name and room count.",
 "property names and number of rooms for properties with over seven rooms",
 "SELECT property_name, room_count FROM Properties WHERE room_count > 7"),
("real_estate_properties", "aggregate", 1,
 "What's the average room count across all properties?",
 "mean number of rooms per property",
 "SELECT AVG(room_count) FROM Properties"),
("real_estate_properties", "group", 2,
 "number of properties by property type",
 "How many properties are there of each type code?",
 "SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code"),
("real_estate_properties", "superlative", 2,
 "Which property had the highest agreed selling price? Show the name and price.",
 "name and agreed selling price of the property that sold for the most",
 "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
("real_estate_properties", "join", 2,
 "Show property names alongside the names of the extra features they have.",
 "for each property feature record, the property name and the feature name",
 "SELECT p.property_name, f.feature_name FROM Other_Property_Features AS opf JOIN Properties AS p ON opf.property_id = p.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id"),
("real_estate_properties", "set", 1,
 "Which properties have both a pool and air conditioning?",
 "names of properties featuring a Pool as well as AirCon",
 "SELECT property_name FROM Properties WHERE property_id IN (SELECT opf.property_id FROM Other_Property_Features AS opf JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool' INTERSECT SELECT opf.property_id FROM Other_Property_Features AS opf JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon')"),
("real_estate_properties", "ratio", 1,
 "What percentage of the properties are shops?",
 "shops as a percent of all properties",
 "SELECT 100.0 * SUM(CASE WHEN property_type_code = 'Shop' THEN 1 ELSE 0 END) / COUNT(*) FROM Properties"),
("real_estate_properties", "projection", 3,
 "I need the name, type and date on market for every property.",
 "property name, property type code and market date of all properties",
 "SELECT property_name, property_type_code, date_on_market FROM Properties"),
("real_estate_properties", "list", 1,
 "names of the available property features",
 "list the feature names we have",
 "SELECT feature_name FROM Other_Available_Features"),

# ---------------- student_transcripts_tracking ----------------
("student_transcripts_tracking", "count", 1,
 "How many degree programs are Master's programs?",
 "number of degree programs with summary name Master",
 "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Master'"),
("student_transcripts_tracking", "list", 1,
 "List the names of all semesters.",
 "semester names",
 "SELECT semester_name FROM Semesters"),
("student_transcripts_tracking", "filter-text", 1,
 "what is the email of the student with last name Osinski",
 "Find the email address for the student whose surname is Osinski.",
 "SELECT email_address FROM Students WHERE last_name = 'Osinski'"),
("student_transcripts_tracking", "filter-number", 2,
 "Which addresses have a zip code above 800? Show city and zip.",
 "city and zip/postcode for addresses whose zip is greater than 800",
 "SELECT city, zip_postcode FROM Addresses WHERE CAST(zip_postcode AS INTEGER) > 800"),
("student_transcripts_tracking", "aggregate", 1,
 "When was the earliest transcript made?",
 "date of the oldest transcript",
 "SELECT MIN(transcript_date) FROM Transcripts"),
("student_transcripts_tracking", "group", 2,
 "How many degree programs does each department offer? Show department name and count.",
 "department names with their number of degree programs",
 "SELECT d.department_name, COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id"),
("student_transcripts_tracking", "superlative", 1,
 "Which department offers the most degree programs?",
 "name of the department with the largest number of degree programs",
 "SELECT d.department_name FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id ORDER BY COUNT(*) DESC LIMIT 1"),
("student_transcripts_tracking", "join", 2,
 "Show students' first names with the names of the semesters they enrolled in.",
 "for each enrolment, the student's first name and the semester name",
 "SELECT s.first_name, sm.semester_name FROM Student_Enrolment AS se JOIN Students AS s ON se.student_id = s.student_id JOIN Semesters AS sm ON se.semester_id = sm.semester_id"),
("student_transcripts_tracking", "set", 1,
 "Find the courses nobody has ever enrolled in - course names please",
 "names of courses that never appear in any student's enrolled courses",
 "SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)"),
("student_transcripts_tracking", "ratio", 1,
 "What percentage of degree programs are PhD programs?",
 "percent of degree programs whose summary name is PHD",
 "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'PHD' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs"),
("student_transcripts_tracking", "projection", 3,
 "Give me the first, middle and last name of every student.",
 "all students' first names, middle names and last names",
 "SELECT first_name, middle_name, last_name FROM Students"),
("student_transcripts_tracking", "count", 1,
 "How many students have never enrolled in any degree program?",
 "number of students with no enrolment record",
 "SELECT COUNT(*) FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)"),

# ---------------- voter_1 ----------------
("voter_1", "count", 1,
 "How many contestants are there?",
 "total number of contestants",
 "SELECT COUNT(*) FROM CONTESTANTS"),
("voter_1", "list", 1,
 "list all contestant names",
 "What are the names of the contestants?",
 "SELECT contestant_name FROM CONTESTANTS"),
("voter_1", "filter-text", 1,
 "What's Kelly Clauss's contestant number?",
 "contestant number for Kelly Clauss",
 "SELECT contestant_number FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss'"),
("voter_1", "filter-number", 2,
 "Show area codes and their states for area codes below 210.",
 "which area codes are under 210, and what state is each in?",
 "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code < 210"),
("voter_1", "aggregate", 1,
 "When was the most recent vote cast?",
 "latest vote timestamp",
 "SELECT MAX(created) FROM VOTES"),
("voter_1", "group", 2,
 "How many votes came from each state?",
 "vote counts per state",
 "SELECT state, COUNT(*) FROM VOTES GROUP BY state"),
("voter_1", "superlative", 2,
 "Which state has the most area codes, and how many?",
 "state with the largest number of area codes plus the count",
 "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1"),
("voter_1", "join", 2,
 "For every vote, show the contestant's name and the state the vote came from.",
 "names of voted-for contestants and the state of each vote",
 "SELECT c.contestant_name, v.state FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number"),
("voter_1", "set", 1,
 "Which contestants didn't get any votes?",
 "names of contestants with zero votes",
 "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
("voter_1", "ratio", 1,
 "What percentage of contestants received at least one vote?",
 "share of contestants (percent) who got any votes",
 "SELECT 100.0 * (SELECT COUNT(DISTINCT contestant_number) FROM VOTES) / (SELECT COUNT(*) FROM CONTESTANTS)"),
("voter_1", "projection", 3,
 "Show the vote id, phone number and state for each vote.",
 "I need every vote's id, phone number and state",
 "SELECT vote_id, phone_number, state FROM VOTES"),
("voter_1", "filter-text", 2,
 "Which contestants are named Jessie? Show number and name.",
 "contestant numbers and names for contestants whose first name is Jessie",
 "SELECT contestant_number, contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'"),
]

UNANSWERABLE = [
    {"db_id": "car_1", "question": "What is the retail price of the ford torino?"},
    {"db_id": "car_1", "question": "Which car makers were founded before 1920?"},
    {"db_id": "course_teach", "question": "What salary does Lucy Wong earn?"},
    {"db_id": "dog_kennels", "question": "What color is the dog named Kacey?"},
    {"db_id": "flight_2", "question": "What time does flight 28 of United Airlines depart?"},
    {"db_id": "flight_2", "question": "How much does a ticket cost on JetBlue flight 1418?"},
    {"db_id": "network_1", "question": "Which high school does Kyle attend?"},
    {"db_id": "pets_1", "question": "What is the name of Linda Smith's cat?"},
    {"db_id": "real_estate_properties", "question": "How many bathrooms does the property 'avalon' have?"},
    {"db_id": "student_transcripts_tracking", "question": "What GPA did Timmothy Ward get in spring 2010?"},
    {"db_id": "voter_1", "question": "What is the age of contestant Kelly Clauss?"},
    {"db_id": "voter_1", "question": "Which TV show season were the votes for?"},
]


def split_top(sql):
    """Return (select_list_start, from_idx) of outermost SELECT ... FROM."""
    depth = 0
    up = sql.upper()
    i = 0
    while i < len(sql):
        ch = sql[i]
        if ch == "'":
            j = sql.index("'", i + 1)
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and up.startswith(" FROM ", i):
            return i
        i += 1
    return None


def tie_check(con, sql):
    """For '... ORDER BY expr [DESC] LIMIT n' queries: value at n must differ from n+1."""
    m = re.search(r"ORDER BY (.+?)( DESC| ASC)? LIMIT (\d+)\s*$", sql, re.I)
    if not m:
        return None
    expr, n = m.group(1), int(m.group(3))
    f = split_top(sql)
    body = sql[f:m.start()]
    probe = "SELECT " + expr + body + "ORDER BY " + expr + (m.group(2) or "") + " LIMIT " + str(n + 1)
    vals = [r[0] for r in con.execute(probe).fetchall()]
    if len(vals) <= n:
        return True
    return vals[n - 1] != vals[n]


def main():
    errors = []
    out = []
    per_db = Counter()
    kinds = Counter()
    multi = 0
    seen_q = set()
    for db, kind, ncols, q, para, sql in ITEMS:
        per_db[db] += 1
        kinds[kind] += 1
        if kind not in KINDS:
            errors.append(f"bad kind {kind}: {q}")
        if q in seen_q:
            errors.append(f"duplicate question: {q}")
        seen_q.add(q)
        if q.strip().lower() == para.strip().lower():
            errors.append(f"paraphrase identical: {q}")
        con = sqlite3.connect(f"file:{DB_ROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
        try:
            cur = con.execute(sql)
            rows = cur.fetchall()
            nc = len(cur.description)
        except Exception as e:
            errors.append(f"[{db}] SQL error {e}: {sql}")
            continue
        if not rows:
            errors.append(f"[{db}] empty result: {q}")
        elif all(v is None for r in rows for v in r):
            errors.append(f"[{db}] all-NULL result: {q}")
        if nc != ncols:
            errors.append(f"[{db}] expected {ncols} cols got {nc}: {q}")
        if nc >= 2:
            multi += 1
        if re.search(r"LIMIT \d+\s*$", sql, re.I):
            t = tie_check(con, sql)
            if t is False:
                errors.append(f"[{db}] tie at cut-off: {q}")
        elif kind == "superlative" and len(rows) != 1:
            errors.append(f"[{db}] superlative returns {len(rows)} rows: {q}")
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
    for db, c in per_db.items():
        if c != 12:
            errors.append(f"{db} has {c} items (want 12)")
    if len(per_db) != 9 or len(ITEMS) != 108:
        errors.append(f"dbs={len(per_db)} items={len(ITEMS)}")
    for k in KINDS:
        if not 9 <= kinds[k] <= 11:
            errors.append(f"kind {k} has {kinds[k]} items (want 9-11)")
    if not 45 <= multi <= 65:
        errors.append(f"multi-column questions {multi} (want about half)")
    udbs = {u["db_id"] for u in UNANSWERABLE}
    if len(UNANSWERABLE) != 12 or udbs != set(per_db):
        errors.append("unanswerable set must have 12 items covering all dbs")
    print("kinds:", dict(kinds))
    print("multi-column:", multi, "of", len(ITEMS))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    with open(os.path.join(OUT, "spider_v13_B.json"), "w") as fh:
        json.dump(out, fh, indent=1)
    with open(os.path.join(OUT, "spider_v13_B_unanswerable.json"), "w") as fh:
        json.dump(UNANSWERABLE, fh, indent=1)
    print("wrote", len(out), "items and", len(UNANSWERABLE), "unanswerable")


if __name__ == "__main__":
    main()
