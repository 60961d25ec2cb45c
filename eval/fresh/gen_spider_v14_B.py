#!/usr/bin/env python3
"""Held-out Spider-style eval set v14, half B. Items are data; gold queries are re-run and checked."""
import json, os, sqlite3, sys, collections

DBROOT = "/work/shared/eval/spider/database"
OUT = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# Each item: db, kind, ncols (expected column count), question, paraphrase, query,
# optional tie = (sql returning ordered ranking values, N) for LIMIT-based superlatives/top-N.
I = []
def add(db, kind, ncols, question, paraphrase, query, tie=None):
    I.append(dict(db_id=db, kind=kind, ncols=ncols, question=question,
                  paraphrase=paraphrase, query=query, tie=tie))

# ---------------- car_1 ----------------
D = "car_1"
add(D, "count", 1, "How many car makers are based in Japan?",
    "Number of car manufacturers whose country is japan?",
    "SELECT count(*) FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'")
add(D, "list", 1, "List all the continents.",
    "What continents are in the database?",
    "SELECT Continent FROM continents")
add(D, "filter-text", 1, "which countries are in europe?",
    "Give me the names of the countries located on the european continent.",
    "SELECT c.CountryName FROM countries AS c JOIN continents AS t ON c.Continent = t.ContId WHERE t.Continent = 'europe'")
add(D, "filter-number", 2, "Show the make and weight of cars that weigh more than 4,900 pounds.",
    "For cars heavier than 4900 lbs, what are their make names and weights?",
    "SELECT n.Make, d.Weight FROM cars_data AS d JOIN car_names AS n ON n.MakeId = d.Id WHERE d.Weight > 4900")
add(D, "aggregate", 1, "What was the average weight of cars made in 1980?",
    "average car weight for the 1980 model year",
    "SELECT avg(Weight) FROM cars_data WHERE Year = 1980")
add(D, "group", 2, "the number of cars for each cylinder count",
    "How many cars are there per number of cylinders? Show cylinders and the count.",
    "SELECT Cylinders, count(*) FROM cars_data GROUP BY Cylinders")
add(D, "superlative", 2, "Which car gets the best mpg, and what is its mpg?",
    "Find the make with the highest miles per gallon along with that MPG value.",
    "SELECT n.Make, d.MPG FROM cars_data AS d JOIN car_names AS n ON n.MakeId = d.Id WHERE d.MPG != 'null' ORDER BY CAST(d.MPG AS REAL) DESC LIMIT 1",
    tie=("SELECT CAST(MPG AS REAL) FROM cars_data WHERE MPG != 'null' ORDER BY CAST(MPG AS REAL) DESC", 1))
add(D, "join", 2, "Show each car maker's full name and the country it's from.",
    "For every car manufacturer, give the full name and the name of its country.",
    "SELECT cm.FullName, c.CountryName FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId")
add(D, "set", 1, "Which countries don't have any car makers?",
    "List the country names that no car maker is based in.",
    "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers)")
add(D, "ratio", 1, "What percentage of the cars have 4 cylinders?",
    "Share of cars with four cylinders, as a percent of all cars.",
    "SELECT 100.0 * sum(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / count(*) FROM cars_data")
add(D, "projection", 2, "Give me each car maker's short name and full name.",
    "maker and full name for all car makers",
    "SELECT Maker, FullName FROM car_makers")
add(D, "superlative", 2, "Which year had the most cars, and how many were there?",
    "In what model year were the most cars produced? Include the number of cars.",
    "SELECT Year, count(*) FROM cars_data GROUP BY Year ORDER BY count(*) DESC LIMIT 1",
    tie=("SELECT count(*) FROM cars_data GROUP BY Year ORDER BY count(*) DESC", 1))

# ---------------- course_teach ----------------
D = "course_teach"
add(D, "count", 1, "How many courses r there in total?",
    "What is the total number of courses?",
    "SELECT count(*) FROM course")
add(D, "list", 1, "List the names of all teachers.",
    "What are the teachers' names?",
    "SELECT Name FROM teacher")
add(D, "filter-text", 2, "Which teachers come from an Urban District? Show name and hometown.",
    "Names and hometowns of teachers whose hometown is an urban district",
    "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District'")
add(D, "filter-number", 2, "Show the name and age of teachers over 35.",
    "Which teachers are older than 35 years? Give their names and ages.",
    "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35")
add(D, "aggregate", 1, "What's the average age of the teachers?",
    "mean teacher age",
    "SELECT avg(CAST(Age AS REAL)) FROM teacher")
add(D, "group", 2, "For each teacher who teaches at least one course, show their name and how many courses they teach.",
    "Number of courses taught by each teacher (only teachers with courses), with the teacher's name.",
    "SELECT t.Name, count(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID, t.Name")
add(D, "superlative", 2, "Who is the youngest teacher and how old are they?",
    "Find the name and age of the teacher with the lowest age.",
    "SELECT Name, Age FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1",
    tie=("SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) ASC", 1))
add(D, "join", 2, "Show the teacher names and the courses they teach.",
    "I need each teacher's name paired with the name of the course they're arranged to teach.",
    "SELECT t.Name, c.Course FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID")
add(D, "set", 1, "Which teachers aren't teaching any course?",
    "names of teachers with no course arrangements",
    "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)")
add(D, "ratio", 1, "What percentage of teachers have at least one course assigned?",
    "Share of teachers (in percent) who are arranged to teach some course.",
    "SELECT 100.0 * (SELECT count(DISTINCT Teacher_ID) FROM course_arrange) / (SELECT count(*) FROM teacher)")
add(D, "projection", 2, "course names with their starting dates",
    "Show every course and the date it starts.",
    "SELECT Course, Staring_Date FROM course")
add(D, "group", 2, "How many course arrangements are there for each grade? Show grade and count.",
    "the number of course arrangements per grade",
    "SELECT Grade, count(*) FROM course_arrange GROUP BY Grade")

# ---------------- dog_kennels ----------------
D = "dog_kennels"
add(D, "count", 1, "How many dogs have been abandoned?",
    "Count the dogs that are flagged as abandoned.",
    "SELECT count(*) FROM Dogs WHERE abandoned_yn = '1'")
add(D, "list", 1, "List all the breed names.",
    "What dog breeds are there?",
    "SELECT breed_name FROM Breeds")
add(D, "filter-text", 2, "Which of the dogs are huskies? names and ages",
    "Give me the name and age of every Husky dog.",
    "SELECT d.name, d.age FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'")
add(D, "filter-number", 2, "Show the treatment id and cost for treatments that cost more than 800.",
    "Which treatments cost over $800? Give treatment ids and costs.",
    "SELECT treatment_id, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 800")
add(D, "aggregate", 1, "What's the total cost of all treatments?",
    "How much did all the treatments cost altogether?",
    "SELECT sum(cost_of_treatment) FROM Treatments")
add(D, "group", 2, "How many dogs are there of each size? Show the size description and the count.",
    "number of dogs per size, with the size description",
    "SELECT s.size_description, count(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code GROUP BY s.size_description")
add(D, "superlative", 2, "Which dog is the heaviest? Give its name and weight.",
    "Find the name and weight of the dog that weighs the most.",
    "SELECT name, weight FROM Dogs ORDER BY CAST(weight AS REAL) DESC LIMIT 1",
    tie=("SELECT CAST(weight AS REAL) FROM Dogs ORDER BY CAST(weight AS REAL) DESC", 1))
add(D, "join", 2, "Show the dog name and the treatment date for every treatment.",
    "For each treatment, what's the name of the dog treated and when was it done?",
    "SELECT d.name, t.date_of_treatment FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id")
add(D, "set", 2, "Names and ages of dogs that have never received a treatment",
    "Which dogs have not had any treatments? Give their names and ages.",
    "SELECT name, age FROM Dogs WHERE dog_id NOT IN (SELECT dog_id FROM Treatments)")
add(D, "ratio", 1, "What percentage of the dogs are medium sized?",
    "Share of dogs whose size is Medium, as a percentage.",
    "SELECT 100.0 * sum(CASE WHEN s.size_description = 'Medium' THEN 1 ELSE 0 END) / count(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code")
add(D, "projection", 3, "first and last names of all owners along with their state",
    "List every owner's first name, last name and state.",
    "SELECT first_name, last_name, state FROM Owners")
add(D, "join", 2, "Which professionals have given a vaccination? I need first and last names.",
    "First and last names of the professionals who performed at least one Vaccination treatment.",
    "SELECT DISTINCT p.first_name, p.last_name FROM Professionals AS p JOIN Treatments AS t ON p.professional_id = t.professional_id JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Vaccination'")

# ---------------- flight_2 ----------------
D = "flight_2"
add(D, "count", 1, "How many airports are there in Albany?",
    "Count the airports located in the city of Albany.",
    "SELECT count(*) FROM airports WHERE trim(City) = 'Albany'")
add(D, "list", 1, "List every airline name.",
    "What are the names of all the airlines?",
    "SELECT Airline FROM airlines")
add(D, "filter-text", 1, "Which airlines have 'Airways' in their name?",
    "airlines whose name contains the word Airways",
    "SELECT Airline FROM airlines WHERE Airline LIKE '%Airways%'")
add(D, "filter-number", 2, "Show the airline id and flight number for flights numbered above 1400.",
    "Flights with a flight number greater than 1400: give airline id and flight number.",
    "SELECT Airline, FlightNo FROM flights WHERE FlightNo > 1400")
add(D, "aggregate", 1, "What is the highest flight number in the data?",
    "the maximum flight number across all flights",
    "SELECT max(FlightNo) FROM flights")
add(D, "group", 2, "For cities with more than 2 airports, show the city and how many airports it has.",
    "Which cities have over two airports, and how many airports does each have?",
    "SELECT trim(City), count(*) FROM airports GROUP BY trim(City) HAVING count(*) > 2")
add(D, "superlative", 2, "Which city has the most airports, and how many does it have?",
    "Find the city with the largest number of airports and that number.",
    "SELECT trim(City), count(*) FROM airports GROUP BY trim(City) ORDER BY count(*) DESC LIMIT 1",
    tie=("SELECT count(*) FROM airports GROUP BY trim(City) ORDER BY count(*) DESC", 1))
add(D, "join", 2, "What are the airline names and flight numbers of flights leaving from airports in Anchorage?",
    "For all flights departing from an Anchorage airport, show the airline's name and the flight number.",
    "SELECT al.Airline, f.FlightNo FROM flights AS f JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode JOIN airlines AS al ON f.Airline = al.uid WHERE trim(a.City) = 'Anchorage'")
add(D, "set", 1, "Which airlines have flights departing from AXG but none departing from AAF?",
    "Airlines that fly out of AXG but not out of AAF",
    "SELECT a.Airline FROM airlines AS a JOIN flights AS f ON f.Airline = a.uid WHERE trim(f.SourceAirport) = 'AXG' EXCEPT SELECT a.Airline FROM airlines AS a JOIN flights AS f ON f.Airline = a.uid WHERE trim(f.SourceAirport) = 'AAF'")
add(D, "ratio", 1, "What share of all flights are operated by United Airlines, as a percentage?",
    "percent of flights flown by United Airlines",
    "SELECT 100.0 * sum(CASE WHEN a.Airline = 'United Airlines' THEN 1 ELSE 0 END) / count(*) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid")
add(D, "projection", 2, "airport codes and names for all airports",
    "Give me the code and name of every airport.",
    "SELECT AirportCode, AirportName FROM airports")
add(D, "count", 1, "how many flights land at CAK?",
    "Number of flights whose destination airport is CAK.",
    "SELECT count(*) FROM flights WHERE trim(DestAirport) = 'CAK'")

# ---------------- network_1 ----------------
D = "network_1"
add(D, "count", 1, "How many high schoolers are in grade 10?",
    "Count the students in tenth grade.",
    "SELECT count(*) FROM Highschooler WHERE grade = 10")
add(D, "list", 1, "List the names of all the high schoolers.",
    "What are all the highschoolers' names?",
    "SELECT name FROM Highschooler")
add(D, "filter-text", 1, "What grade is Kyle in?",
    "Find the grade of the student named Kyle.",
    "SELECT grade FROM Highschooler WHERE name = 'Kyle'")
add(D, "filter-number", 2, "Show the ID and name of students in grade 11 or higher.",
    "IDs and names of high schoolers whose grade is at least 11",
    "SELECT ID, name FROM Highschooler WHERE grade >= 11")
add(D, "aggregate", 1, "What's the average grade of the high schoolers?",
    "mean grade level across all students",
    "SELECT avg(grade) FROM Highschooler")
add(D, "group", 2, "the number of students in each grade",
    "How many high schoolers are there per grade? Show grade and count.",
    "SELECT grade, count(*) FROM Highschooler GROUP BY grade")
add(D, "superlative", 2, "Which high schooler has the fewest friends, and how many do they have?",
    "Find the name of the student with the smallest number of friendships, plus that number.",
    "SELECT h.name, count(*) FROM Highschooler AS h JOIN (SELECT student_id AS id FROM Friend UNION ALL SELECT friend_id AS id FROM Friend) AS f ON f.id = h.ID GROUP BY h.ID, h.name ORDER BY count(*) ASC LIMIT 1",
    tie=("SELECT count(*) FROM Highschooler AS h JOIN (SELECT student_id AS id FROM Friend UNION ALL SELECT friend_id AS id FROM Friend) AS f ON f.id = h.ID GROUP BY h.ID ORDER BY count(*) ASC", 1))
add(D, "join", 2, "Show the names of students who like someone, together with the name of the person they like.",
    "For every like, give the liker's name and the liked student's name.",
    "SELECT h1.name, h2.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID")
add(D, "set", 1, "Which students neither like anyone nor are liked by anyone?",
    "names of high schoolers who don't appear in the likes table at all",
    "SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) AND ID NOT IN (SELECT liked_id FROM Likes)")
add(D, "ratio", 1, "What percentage of the high schoolers are in grade 9?",
    "Share of students who are ninth graders, in percent.",
    "SELECT 100.0 * sum(CASE WHEN grade = 9 THEN 1 ELSE 0 END) / count(*) FROM Highschooler")
add(D, "projection", 2, "Show each highschooler's name and grade.",
    "name and grade of every student",
    "SELECT name, grade FROM Highschooler")
add(D, "list", 1, "Give me the distinct names of the high schoolers, no duplicates.",
    "What are the unique student names?",
    "SELECT DISTINCT name FROM Highschooler")

# ---------------- pets_1 ----------------
D = "pets_1"
add(D, "count", 1, "How many students own a dog?",
    "Number of students who have a pet dog",
    "SELECT count(DISTINCT hp.StuID) FROM Has_Pet AS hp JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'")
add(D, "list", 1, "list all the pet types",
    "What kinds of pets are there? Distinct types.",
    "SELECT DISTINCT PetType FROM Pets")
add(D, "filter-text", 2, "What are the first and last names of the female students?",
    "first name and last name of students whose sex is F",
    "SELECT Fname, LName FROM Student WHERE Sex = 'F'")
add(D, "filter-number", 2, "Students older than 25 - first and last names?",
    "Give the first name and last name of every student whose age is above 25.",
    "SELECT Fname, LName FROM Student WHERE Age > 25")
add(D, "aggregate", 1, "What's the average age of the students?",
    "mean student age",
    "SELECT avg(Age) FROM Student")
add(D, "group", 2, "Number of students per major.",
    "For each major, how many students are there? Show the major and the count.",
    "SELECT Major, count(*) FROM Student GROUP BY Major")
add(D, "superlative", 2, "Which pet is the heaviest? Give its id and type.",
    "Find the pet ID and pet type of the pet with the highest weight.",
    "SELECT PetID, PetType FROM Pets ORDER BY weight DESC LIMIT 1",
    tie=("SELECT weight FROM Pets ORDER BY weight DESC", 1))
add(D, "join", 2, "Show the first names of students who have pets, along with the pet type.",
    "For every student-pet pair, the student's first name and the type of pet",
    "SELECT s.Fname, p.PetType FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID")
add(D, "set", 1, "List the ids of students older than 20 who don't own any pets.",
    "Which students over age 20 have no pets? Give student ids.",
    "SELECT StuID FROM Student WHERE Age > 20 AND StuID NOT IN (SELECT StuID FROM Has_Pet)")
add(D, "ratio", 1, "What percentage of the students are female?",
    "share of students with sex F, as a percent",
    "SELECT 100.0 * sum(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / count(*) FROM Student")
add(D, "projection", 3, "Give me each pet's id, type and age.",
    "pet id, pet type and pet age for all pets",
    "SELECT PetID, PetType, pet_age FROM Pets")
add(D, "filter-number", 2, "Which pets weigh more than 10? Show pet id and weight.",
    "IDs and weights of pets heavier than 10",
    "SELECT PetID, weight FROM Pets WHERE weight > 10")

# ---------------- real_estate_properties ----------------
D = "real_estate_properties"
add(D, "count", 1, "How many properties are apartments?",
    "Count the properties whose type is Apartment.",
    "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'")
add(D, "list", 1, "List all the property names.",
    "What are the names of the properties?",
    "SELECT property_name FROM Properties")
add(D, "filter-text", 1, "What feature names are of the Amenity type?",
    "names of the available features whose feature type is Amenity",
    "SELECT feature_name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'")
add(D, "filter-number", 2, "Properties with more than 7 rooms: names and room counts.",
    "Show the name and number of rooms for every property that has over seven rooms.",
    "SELECT property_name, room_count FROM Properties WHERE room_count > 7")
add(D, "aggregate", 1, "What's the average agreed selling price across all properties?",
    "mean agreed sale price of the properties",
    "SELECT avg(agreed_selling_price) FROM Properties")
add(D, "group", 2, "the number of properties for each property type",
    "How many properties are there per type code? Show type and count.",
    "SELECT property_type_code, count(*) FROM Properties GROUP BY property_type_code")
add(D, "superlative", 2, "Which property had the highest vendor requested price? Name and price please.",
    "Find the property name and vendor asking price of the property with the largest requested price.",
    "SELECT property_name, vendor_requested_price FROM Properties ORDER BY vendor_requested_price DESC LIMIT 1",
    tie=("SELECT vendor_requested_price FROM Properties ORDER BY vendor_requested_price DESC", 1))
add(D, "join", 2, "Which properties have a pool? Give the name and property type.",
    "names and type codes of properties that list the Pool feature",
    "SELECT DISTINCT p.property_name, p.property_type_code FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'")
add(D, "set", 1, "Which properties have no extra features recorded?",
    "Names of properties that don't appear in the other property features table",
    "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)")
add(D, "ratio", 1, "What share of the properties are houses, in percent?",
    "percentage of properties with type House",
    "SELECT 100.0 * sum(CASE WHEN property_type_code = 'House' THEN 1 ELSE 0 END) / count(*) FROM Properties")
add(D, "projection", 2, "property type codes and their descriptions",
    "Show every property type code along with its description.",
    "SELECT property_type_code, property_type_description FROM Ref_Property_Types")
add(D, "filter-text", 2, "Show the names and addresses of properties whose name starts with 'parc'.",
    "I need name and address for the properties named parc-something.",
    "SELECT property_name, property_address FROM Properties WHERE property_name LIKE 'parc%'")

# ---------------- student_transcripts_tracking ----------------
D = "student_transcripts_tracking"
add(D, "count", 1, "How many degree programs are Bachelor's degrees?",
    "Count the degree programs with summary name Bachelor.",
    "SELECT count(*) FROM Degree_Programs WHERE degree_summary_name = 'Bachelor'")
add(D, "list", 1, "List all the department names.",
    "What departments are there?",
    "SELECT department_name FROM Departments")
add(D, "filter-text", 1, "which semesters are spring semesters?",
    "names of semesters that start with spring",
    "SELECT semester_name FROM Semesters WHERE semester_name LIKE 'spring%'")
add(D, "filter-number", 2, "Transcripts dated before 1980: id and date.",
    "Show the transcript id and transcript date for transcripts issued earlier than 1980.",
    "SELECT transcript_id, transcript_date FROM Transcripts WHERE transcript_date < '1980-01-01'")
add(D, "aggregate", 1, "When was the earliest transcript issued?",
    "the date of the oldest transcript",
    "SELECT min(transcript_date) FROM Transcripts")
add(D, "group", 2, "How many degree programs does each department have? Department name and count.",
    "For every department with degree programs, show its name and the number of programs.",
    "SELECT d.department_name, count(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id, d.department_name")
add(D, "superlative", 2, "Which semester has the most student enrolments, and how many?",
    "Find the semester name with the highest number of enrolments along with that number.",
    "SELECT s.semester_name, count(*) FROM Student_Enrolment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id GROUP BY s.semester_id, s.semester_name ORDER BY count(*) DESC LIMIT 1",
    tie=("SELECT count(*) FROM Student_Enrolment GROUP BY semester_id ORDER BY count(*) DESC", 1))
add(D, "join", 2, "First and last names of students enrolled in a Master program",
    "Which students are enrolled in a Master's degree program? Give first and last names.",
    "SELECT DISTINCT s.first_name, s.last_name FROM Students AS s JOIN Student_Enrolment AS e ON s.student_id = e.student_id JOIN Degree_Programs AS dp ON e.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = 'Master'")
add(D, "set", 2, "Which courses have no sections? Show course id and name.",
    "ids and names of courses that don't have any section",
    "SELECT course_id, course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Sections)")
add(D, "ratio", 1, "What percentage of the degree programs are PHDs?",
    "Share of degree programs whose summary name is PHD, as a percentage.",
    "SELECT 100.0 * sum(CASE WHEN degree_summary_name = 'PHD' THEN 1 ELSE 0 END) / count(*) FROM Degree_Programs")
add(D, "projection", 3, "each student's first, middle and last name",
    "Show the first name, middle name and last name of all students.",
    "SELECT first_name, middle_name, last_name FROM Students")
add(D, "aggregate", 1, "What's the most recent date a student left?",
    "latest date_left among all students",
    "SELECT max(date_left) FROM Students")

# ---------------- voter_1 ----------------
D = "voter_1"
add(D, "count", 1, "How many contestants are there?",
    "Total number of contestants?",
    "SELECT count(*) FROM CONTESTANTS")
add(D, "list", 1, "List all contestant names.",
    "What are the names of the contestants?",
    "SELECT contestant_name FROM CONTESTANTS")
add(D, "filter-text", 1, "Which area codes belong to NJ?",
    "area codes for the state of New Jersey (NJ)",
    "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'NJ'")
add(D, "filter-number", 2, "Show area codes above 970 and their states.",
    "For area codes greater than 970, give the area code and the state.",
    "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 970")
add(D, "aggregate", 1, "When was the last vote recorded?",
    "the latest vote creation time",
    "SELECT max(created) FROM VOTES")
add(D, "group", 2, "Number of votes each contestant got, by contestant name (only those with votes).",
    "For contestants who received votes, show their name and vote count.",
    "SELECT c.contestant_name, count(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number, c.contestant_name")
add(D, "superlative", 2, "Which contestant got the most votes, and how many?",
    "Name of the contestant with the highest number of votes, with their vote count",
    "SELECT c.contestant_name, count(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number, c.contestant_name ORDER BY count(*) DESC LIMIT 1",
    tie=("SELECT count(*) FROM VOTES GROUP BY contestant_number ORDER BY count(*) DESC", 1))
add(D, "join", 1, "Names of contestants who got votes from NY",
    "Which contestants received at least one vote from the state NY?",
    "SELECT DISTINCT c.contestant_name FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE v.state = 'NY'")
add(D, "set", 1, "Which contestants didn't get any votes?",
    "names of contestants with zero votes",
    "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)")
add(D, "ratio", 1, "What percentage of votes came from New York (NY)?",
    "share of all votes cast from NY, in percent",
    "SELECT 100.0 * sum(CASE WHEN state = 'NY' THEN 1 ELSE 0 END) / count(*) FROM VOTES")
add(D, "projection", 2, "contestant numbers and names",
    "Show each contestant's number and name.",
    "SELECT contestant_number, contestant_name FROM CONTESTANTS")
add(D, "projection", 3, "Give me the phone number, state and time for every vote.",
    "For all votes, list the phone number, the state and when it was created.",
    "SELECT phone_number, state, created FROM VOTES")

UNANSWERABLE = [
    {"db_id": "car_1", "question": "What is the sticker price of the ford pinto?"},
    {"db_id": "car_1", "question": "What is the fuel tank capacity of each car?"},
    {"db_id": "course_teach", "question": "What is the salary of each teacher?"},
    {"db_id": "dog_kennels", "question": "What color is each dog's coat?"},
    {"db_id": "flight_2", "question": "What time does each flight depart?"},
    {"db_id": "flight_2", "question": "What's the average ticket price on Delta Airlines flights?"},
    {"db_id": "network_1", "question": "What is the GPA of each high schooler?"},
    {"db_id": "pets_1", "question": "What are the names of the pets?"},
    {"db_id": "real_estate_properties", "question": "What's the square footage of each property?"},
    {"db_id": "student_transcripts_tracking", "question": "What grade did each student get in their courses?"},
    {"db_id": "voter_1", "question": "How old are the voters who voted for Kelly Clauss?"},
    {"db_id": "course_teach", "question": "How many students are enrolled in each course?"},
]


def main():
    errors = []
    conns = {}
    for it in I:
        db = it["db_id"]
        if db not in conns:
            conns[db] = sqlite3.connect(f"file:{DBROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
        c = conns[db]
        tag = f"[{db}] {it['question'][:60]}"
        try:
            cur = c.execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except Exception as e:
            errors.append(f"{tag}: SQL error {e}"); continue
        if not rows:
            errors.append(f"{tag}: empty result")
        elif all(v is None for r in rows for v in r):
            errors.append(f"{tag}: all NULL")
        if ncols != it["ncols"]:
            errors.append(f"{tag}: expected {it['ncols']} cols, got {ncols}")
        if it["kind"] not in KINDS:
            errors.append(f"{tag}: bad kind {it['kind']}")
        if it["kind"] == "superlative" and "LIMIT" in it["query"].upper() and not it["tie"]:
            errors.append(f"{tag}: LIMIT superlative without tie check")
        if it["tie"]:
            tsql, n = it["tie"]
            vals = [r[0] for r in c.execute(tsql).fetchall()]
            if len(vals) > n and vals[n - 1] == vals[n]:
                errors.append(f"{tag}: tie at cut-off {n}: {vals[:n+1]}")
        if not it["paraphrase"] or it["paraphrase"] == it["question"]:
            errors.append(f"{tag}: bad paraphrase")
    kinds = collections.Counter(it["kind"] for it in I)
    for k in KINDS:
        if not (9 <= kinds[k] <= 11):
            errors.append(f"kind {k}: count {kinds[k]} outside 9-11")
    perdb = collections.Counter(it["db_id"] for it in I)
    for db, n in perdb.items():
        if n != 12:
            errors.append(f"{db}: {n} items, want 12")
    if len(perdb) != 9:
        errors.append(f"{len(perdb)} databases, want 9")
    multi = sum(1 for it in I if it["ncols"] >= 2)
    if not (0.4 * len(I) <= multi <= 0.6 * len(I)):
        errors.append(f"multi-column items {multi} not about half of {len(I)}")
    qs = [it["question"] for it in I]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")
    udbs = {u["db_id"] for u in UNANSWERABLE}
    if len(UNANSWERABLE) != 12 or udbs != set(perdb):
        errors.append("unanswerable set must have 12 items covering every db")
    print("kinds:", dict(sorted(kinds.items())))
    print("multi-column:", multi, "of", len(I))
    if errors:
        print("FAILED:"); [print("  ", e) for e in errors]
        sys.exit(1)
    out = [{"question": it["question"], "db_id": it["db_id"], "query": it["query"],
            "paraphrase": it["paraphrase"], "kind": it["kind"]} for it in I]
    with open(os.path.join(OUT, "spider_v14_B.json"), "w") as f:
        json.dump(out, f, indent=1)
    with open(os.path.join(OUT, "spider_v14_B_unanswerable.json"), "w") as f:
        json.dump(UNANSWERABLE, f, indent=1)
    print("OK: wrote", len(out), "items and", len(UNANSWERABLE), "unanswerable")

if __name__ == "__main__":
    main()
