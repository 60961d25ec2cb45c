#!/usr/bin/env python3
"""Blind text-to-SQL test items (half B, 9 Spider databases). Writes spider_v23_B.json only if all checks pass."""
import json, os, re, sqlite3, sys
from collections import Counter, defaultdict

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind23/spider_v23_B.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db_id, kind, question, paraphrase, query[, rank_col])  rank_col = index of ranking value for LIMIT tie check (default last col)
ITEMS = [
# ---------------- car_1 ----------------
("car_1", "count", "how many car makers are baesd in japan?",
 "Count the Japanese car manufacturers in the data.",
 "SELECT COUNT(*) FROM car_makers AS cm JOIN countries AS c ON CAST(cm.Country AS INTEGER) = c.CountryId WHERE c.CountryName = 'japan'"),
("car_1", "list", "show every car maker's short name and full company name",
 "give me the list of manufacturers — maker code plus the full name for each one",
 "SELECT Maker, FullName FROM car_makers"),
("car_1", "filter-text", "Which models are made by Ford Motor Company?",
 "list the model names that belong to the maker whose full name is ford motor company",
 "SELECT ml.Model FROM model_list AS ml JOIN car_makers AS cm ON ml.Maker = cm.Id WHERE cm.FullName = 'Ford Motor Company'"),
("car_1", "filter-number", "cars with more than 200 horsepower - show the make and the hp",
 "Which cars have horsepower above two hundred? Give each car's make name together with its horsepower.",
 "SELECT cn.Make, cd.Horsepower FROM cars_data AS cd JOIN car_names AS cn ON cn.MakeId = cd.Id WHERE cd.Horsepower <> 'null' AND CAST(cd.Horsepower AS INTEGER) > 200"),
("car_1", "aggregate", "What were the average mpg and the average weight of cars from 1980?",
 "for model year 1980, give me mean fuel economy (mpg) and mean weight",
 "SELECT AVG(CASE WHEN MPG <> 'null' THEN CAST(MPG AS REAL) END), AVG(Weight) FROM cars_data WHERE Year = 1980"),
("car_1", "superlative", "which car gets the best gas mileage? give the make and its mpg",
 "Name the car with the highest miles per gallon, along with that MPG figure.",
 "SELECT cn.Make, CAST(cd.MPG AS REAL) AS mpg FROM cars_data AS cd JOIN car_names AS cn ON cn.MakeId = cd.Id WHERE cd.MPG <> 'null' ORDER BY CAST(cd.MPG AS REAL) DESC LIMIT 1"),
("car_1", "group", "For each car maker, how many models does it have? Show the full name and the count.",
 "number of models per manufacturer (full company name + model count)",
 "SELECT cm.FullName, COUNT(*) FROM car_makers AS cm JOIN model_list AS ml ON ml.Maker = cm.Id GROUP BY cm.Id, cm.FullName"),
("car_1", "join", "list the countries along with the continent each one is in",
 "Show each country name paired with its continent's name.",
 "SELECT c.CountryName, ct.Continent FROM countries AS c JOIN continents AS ct ON c.Continent = ct.ContId"),
("car_1", "set", "Which countries don't have any car makers?",
 "countries with zero car manufacturers based there",
 "SELECT CountryName FROM countries EXCEPT SELECT c.CountryName FROM countries AS c JOIN car_makers AS cm ON CAST(cm.Country AS INTEGER) = c.CountryId"),
("car_1", "ratio", "what percent of the cars have 4 cylinders?",
 "Out of all cars in the dataset, what percentage are four-cylinder?",
 "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
("car_1", "compare-to-aggregate", "cars from 1982 that are heavier than the average car overall — make and weight pls",
 "Among 1982 model-year cars, which ones weigh more than the mean weight of all cars? Show make and weight.",
 "SELECT cn.Make, cd.Weight FROM cars_data AS cd JOIN car_names AS cn ON cn.MakeId = cd.Id WHERE cd.Year = 1982 AND cd.Weight > (SELECT AVG(Weight) FROM cars_data)"),
("car_1", "group", "Which car makers have more than three models, and how many models do they have?",
 "makers w/ over 3 models in the model list - maker name and number of models",
 "SELECT cm.Maker, COUNT(*) FROM car_makers AS cm JOIN model_list AS ml ON ml.Maker = cm.Id GROUP BY cm.Id, cm.Maker HAVING COUNT(*) > 3"),

# ---------------- course_teach ----------------
("course_teach", "count", "how many teachers r there",
 "What is the total number of teachers on record?",
 "SELECT COUNT(*) FROM teacher"),
("course_teach", "list", "Give me the names and hometowns of all the teachers.",
 "list each teacher w/ their home town",
 "SELECT Name, Hometown FROM teacher"),
("course_teach", "filter-text", "which teachers are from an urban district?",
 "Give the names of teachers whose hometown is some Urban District.",
 "SELECT Name FROM teacher WHERE Hometown LIKE '%Urban District%'"),
("course_teach", "filter-number", "Which teachers are younger than 30, and how old are they?",
 "teachers under thirty — names + ages",
 "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
("course_teach", "aggregate", "what's the average teacher age, and the youngest and oldest ages?",
 "Give the mean, minimum and maximum age across all teachers.",
 "SELECT AVG(CAST(Age AS INTEGER)), MIN(CAST(Age AS INTEGER)), MAX(CAST(Age AS INTEGER)) FROM teacher"),
("course_teach", "superlative", "Who is the oldest teacher and how old are they?",
 "name + age of the most senior teacher by age",
 "SELECT Name, CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1"),
("course_teach", "group", "for each teacher with course assignments, how many courses are they arranged to teach?",
 "Count the course arrangements per teacher (only teachers who have some), showing the teacher's name.",
 "SELECT t.Name, COUNT(*) FROM teacher AS t JOIN course_arrange AS ca ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID, t.Name"),
("course_teach", "join", "Show each arranged course with the teacher assigned to it and the grade.",
 "course name, teacher name, grade for every course arrangement",
 "SELECT c.Course, t.Name, ca.Grade FROM course_arrange AS ca JOIN course AS c ON c.Course_ID = ca.Course_ID JOIN teacher AS t ON t.Teacher_ID = ca.Teacher_ID"),
("course_teach", "set", "which teachers aren't teaching any course at all?",
 "List the names of teachers who have no course arrangement.",
 "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
("course_teach", "ratio", "What percentage of courses have at least one teacher arranged?",
 "% of courses that actually got a teacher assigned",
 "SELECT 100.0 * COUNT(DISTINCT Course_ID) / (SELECT COUNT(*) FROM course) FROM course_arrange"),
("course_teach", "compare-to-aggregate", "teachers older than the average teacher",
 "Which teachers are above the mean age of all teachers? Just their names.",
 "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)"),
("course_teach", "join", "what courses does anne walker teach, and at what grade?",
 "For teacher Anne Walker, list the course names she's arranged to teach with the grade for each.",
 "SELECT c.Course, ca.Grade FROM course_arrange AS ca JOIN course AS c ON c.Course_ID = ca.Course_ID JOIN teacher AS t ON t.Teacher_ID = ca.Teacher_ID WHERE t.Name = 'Anne Walker'"),

# ---------------- dog_kennels ----------------
("dog_kennels", "count", "How many dogs have been abandoned?",
 "number of dogs flagged as abandoned",
 "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
("dog_kennels", "list", "list all professionals' first and last names and their role",
 "Show every professional: first name, last name, role code.",
 "SELECT first_name, last_name, role_code FROM Professionals"),
("dog_kennels", "filter-text", "Which owners live in North Dakota? Give their names and city.",
 "owners in north dakota - first name, last name, city",
 "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'"),
("dog_kennels", "filter-number", "which dogs got a treatment that cost more than $600?",
 "List the names of dogs that had some treatment priced above six hundred dollars.",
 "SELECT DISTINCT d.name FROM Treatments AS t JOIN Dogs AS d ON d.dog_id = t.dog_id WHERE t.cost_of_treatment > 600"),
("dog_kennels", "aggregate", "What's the total and the average cost of all treatments?",
 "sum of treatment costs plus avg treatment cost",
 "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments"),
("dog_kennels", "superlative", "which dog wieghs the most? name and weight",
 "Give the heaviest dog's name and its weight.",
 "SELECT name, CAST(weight AS REAL) FROM Dogs ORDER BY CAST(weight AS REAL) DESC LIMIT 1"),
("dog_kennels", "group", "How many dogs are there of each breed?",
 "dog count per breed name",
 "SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON b.breed_code = d.breed_code GROUP BY b.breed_code, b.breed_name"),
("dog_kennels", "join", "show each dog's name with its owner's first and last name",
 "For every dog, who owns it? Give the dog name and the owner's first and last names.",
 "SELECT d.name, o.first_name, o.last_name FROM Dogs AS d JOIN Owners AS o ON o.owner_id = d.owner_id"),
("dog_kennels", "set", "Which professionals have never treated a dog?",
 "professionals with no treatments on record — first + last name",
 "SELECT first_name, last_name FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)"),
("dog_kennels", "ratio", "what percent of the dogs are medium sized",
 "Share of dogs (as a percentage) whose size is Medium.",
 "SELECT 100.0 * SUM(CASE WHEN s.size_description = 'Medium' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON s.size_code = d.size_code"),
("dog_kennels", "compare-to-aggregate", "Which dogs had a treatment costing more than the average treatment? Show dog name and cost.",
 "dogs + treatment cost where that cost is above the mean treatment cost",
 "SELECT d.name, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON d.dog_id = t.dog_id WHERE t.cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),
("dog_kennels", "superlative", "which owner has the most dogs and how many do they have",
 "Find the owner (first and last name) owning the largest number of dogs, with that number.",
 "SELECT o.first_name, o.last_name, COUNT(*) AS n FROM Owners AS o JOIN Dogs AS d ON d.owner_id = o.owner_id GROUP BY o.owner_id, o.first_name, o.last_name ORDER BY n DESC LIMIT 1"),

# ---------------- flight_2 ----------------
("flight_2", "count", "how many flights leave from albany?",
 "What's the number of flights departing from airports in the city of Albany?",
 "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON a.AirportCode = TRIM(f.SourceAirport) WHERE TRIM(a.City) = 'Albany'"),
("flight_2", "list", "List every airline with its abbreviation.",
 "airline names and their abbreviations pls",
 "SELECT Airline, Abbreviation FROM airlines"),
("flight_2", "filter-text", "what airports are in anchorage?",
 "Give the names of all the airports located in the city of Anchorage.",
 "SELECT AirportName FROM airports WHERE TRIM(City) = 'Anchorage'"),
("flight_2", "filter-number", "Which flights have a flight number over 1,500? Show the airline name and flight number.",
 "airline + flight no. for flights numbered higher than fifteen hundred",
 "SELECT al.Airline, f.FlightNo FROM flights AS f JOIN airlines AS al ON al.uid = f.Airline WHERE f.FlightNo > 1500"),
("flight_2", "aggregate", "what are the smallest and largest flight numbers?",
 "Give the minimum and maximum flight number across all flights.",
 "SELECT MIN(FlightNo), MAX(FlightNo) FROM flights"),
("flight_2", "superlative", "Which city has the most departing flights, and how many?",
 "city with the highest number of outbound flights + the count",
 "SELECT TRIM(a.City), COUNT(*) AS n FROM flights AS f JOIN airports AS a ON a.AirportCode = TRIM(f.SourceAirport) GROUP BY TRIM(a.City) ORDER BY n DESC LIMIT 1"),
("flight_2", "group", "how many airports does each city have? only show cities with at least two",
 "For cities that have two or more airports, list the city and its number of airports.",
 "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) HAVING COUNT(*) >= 2"),
("flight_2", "join", "Show JetBlue's flights into Anchorage: flight number, origin airport and destination airport.",
 "jetblue airways flights that land in anchorage - flight number plus source and dest airport codes",
 "SELECT f.FlightNo, f.SourceAirport, f.DestAirport FROM flights AS f JOIN airlines AS al ON al.uid = f.Airline JOIN airports AS a ON a.AirportCode = TRIM(f.DestAirport) WHERE al.Airline = 'JetBlue Airways' AND TRIM(a.City) = 'Anchorage'"),
("flight_2", "set", "which cities does united airlines fly out of that delta never departs from?",
 "List the departure cities used by United Airlines but not by Delta Airlines.",
 "SELECT TRIM(a.City) FROM flights AS f JOIN airports AS a ON a.AirportCode = TRIM(f.SourceAirport) JOIN airlines AS al ON al.uid = f.Airline WHERE al.Airline = 'United Airlines' EXCEPT SELECT TRIM(a.City) FROM flights AS f JOIN airports AS a ON a.AirportCode = TRIM(f.SourceAirport) JOIN airlines AS al ON al.uid = f.Airline WHERE al.Airline = 'Delta Airlines'"),
("flight_2", "ratio", "What percentage of all flights depart from Albany?",
 "share of flights (in %) whose source airport is in albany",
 "SELECT 100.0 * SUM(CASE WHEN TRIM(a.City) = 'Albany' THEN 1 ELSE 0 END) / COUNT(*) FROM flights AS f JOIN airports AS a ON a.AirportCode = TRIM(f.SourceAirport)"),
("flight_2", "compare-to-aggregate", "airports that have more departing flights than the average airport - code, name, number of departures",
 "Which airports see more outbound flights than the per-airport average? Give the airport code, its name and how many flights leave from it.",
 "SELECT a.AirportCode, a.AirportName, COUNT(*) FROM flights AS f JOIN airports AS a ON a.AirportCode = TRIM(f.SourceAirport) GROUP BY a.AirportCode, a.AirportName HAVING COUNT(*) > (SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM flights GROUP BY TRIM(SourceAirport)))"),
("flight_2", "count", "How many different cities does Delta fly into?",
 "number of distinct destination cities served by delta airlines",
 "SELECT COUNT(DISTINCT TRIM(a.City)) FROM flights AS f JOIN airports AS a ON a.AirportCode = TRIM(f.DestAirport) JOIN airlines AS al ON al.uid = f.Airline WHERE al.Airline = 'Delta Airlines'"),

# ---------------- network_1 ----------------
("network_1", "count", "how many high schoolers are in 10th grade",
 "Count the students whose grade is 10.",
 "SELECT COUNT(*) FROM Highschooler WHERE grade = 10"),
("network_1", "list", "List all the students' names and grades.",
 "every highschooler with their grade",
 "SELECT name, grade FROM Highschooler"),
("network_1", "filter-text", "what grade is kyle in?",
 "Find the grade of the student named Kyle (show name and grade).",
 "SELECT name, grade FROM Highschooler WHERE name = 'Kyle'"),
("network_1", "filter-number", "Which students are in a grade below 10?",
 "names of kids in grades lower than ten",
 "SELECT name FROM Highschooler WHERE grade < 10"),
("network_1", "aggregate", "whats the average grade of the high schoolers and how many of them are there",
 "Give both the mean grade and the total number of high school students.",
 "SELECT AVG(grade), COUNT(*) FROM Highschooler"),
("network_1", "superlative", "Who are the students in the highest grade? Include the grade.",
 "students in the top grade level — names and that grade",
 "SELECT name, grade FROM Highschooler WHERE grade = (SELECT MAX(grade) FROM Highschooler)"),
("network_1", "group", "how many students are in each grade?",
 "For every grade, give the number of students.",
 "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
("network_1", "join", "Show each student who likes someone next to the name of the person they like.",
 "pairs of (liker name, liked person name) from the likes data",
 "SELECT h1.name, h2.name FROM Likes AS l JOIN Highschooler AS h1 ON h1.ID = l.student_id JOIN Highschooler AS h2 ON h2.ID = l.liked_id"),
("network_1", "set", "which students don't like anybody?",
 "List the names of students who never appear as liking someone.",
 "SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes)"),
("network_1", "ratio", "What percent of high schoolers are liked by at least one other student?",
 "% of students that somebody likes",
 "SELECT 100.0 * COUNT(DISTINCT liked_id) / (SELECT COUNT(*) FROM Highschooler) FROM Likes"),
("network_1", "compare-to-aggregate", "students whose grade is above the average grade",
 "Which high schoolers are in a grade higher than the mean grade? Names only.",
 "SELECT name FROM Highschooler WHERE grade > (SELECT AVG(grade) FROM Highschooler)"),
("network_1", "join", "Which pairs of students like each other? List each pair once.",
 "mutual likes: give both names for every pair where the two like each other (one row per pair)",
 "SELECT h1.name, h2.name FROM Likes AS l1 JOIN Likes AS l2 ON l1.student_id = l2.liked_id AND l1.liked_id = l2.student_id JOIN Highschooler AS h1 ON h1.ID = l1.student_id JOIN Highschooler AS h2 ON h2.ID = l1.liked_id WHERE l1.student_id < l1.liked_id"),

# ---------------- pets_1 ----------------
("pets_1", "count", "how many students have a pet?",
 "Number of distinct students who own at least one pet.",
 "SELECT COUNT(DISTINCT StuID) FROM Has_Pet"),
("pets_1", "list", "Show the first name, last name and age of every student.",
 "all students - fname, lname, age",
 "SELECT Fname, LName, Age FROM Student"),
("pets_1", "filter-text", "female students with city code BAL - first and last names",
 "Which girls are from the city coded BAL? Give their first and last names.",
 "SELECT Fname, LName FROM Student WHERE Sex = 'F' AND city_code = 'BAL'"),
("pets_1", "filter-number", "Which pets weigh more than 10? Show type and weight.",
 "pets heavier than ten — pet type + weight",
 "SELECT PetType, weight FROM Pets WHERE weight > 10"),
("pets_1", "aggregate", "what's the average and the max age of the students",
 "Give me the mean student age and the oldest age.",
 "SELECT AVG(Age), MAX(Age) FROM Student"),
("pets_1", "superlative", "Who is the oldest student? First name, last name and age.",
 "oldest student's name and how old",
 "SELECT Fname, LName, Age FROM Student ORDER BY Age DESC LIMIT 1"),
("pets_1", "group", "how many students are in each major",
 "For each major code, count the students.",
 "SELECT Major, COUNT(*) FROM Student GROUP BY Major"),
("pets_1", "join", "Which students own which pets? Give the student's first name, the pet type and the pet's age.",
 "list student first names with the type and age of each pet they have",
 "SELECT s.Fname, p.PetType, p.pet_age FROM Student AS s JOIN Has_Pet AS hp ON hp.StuID = s.StuID JOIN Pets AS p ON p.PetID = hp.PetID"),
("pets_1", "set", "students who have a dog but no cat - first and last name",
 "Which students own a dog and do not own a cat? Give first and last names.",
 "SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS hp ON hp.StuID = s.StuID JOIN Pets AS p ON p.PetID = hp.PetID WHERE p.PetType = 'dog' EXCEPT SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS hp ON hp.StuID = s.StuID JOIN Pets AS p ON p.PetID = hp.PetID WHERE p.PetType = 'cat'"),
("pets_1", "ratio", "What percentage of students are female?",
 "% of the student body that's female",
 "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"),
("pets_1", "compare-to-aggregate", "students older than the avg student age — names and ages",
 "Which students are older than the average age of all students? First name, last name, age.",
 "SELECT Fname, LName, Age FROM Student WHERE Age > (SELECT AVG(Age) FROM Student)"),
("pets_1", "group", "For each type of pet, what's the average weight and average age?",
 "avg pet weight and avg pet age broken down by pet type",
 "SELECT PetType, AVG(weight), AVG(pet_age) FROM Pets GROUP BY PetType"),

# ---------------- real_estate_properties ----------------
("real_estate_properties", "count", "How many of the properties are apartments?",
 "count of properties with type apartment",
 "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
("real_estate_properties", "list", "list the names and addresses of all properties",
 "Show every property's name together with its address.",
 "SELECT property_name, property_address FROM Properties"),
("real_estate_properties", "filter-text", "Which properties are shops?",
 "names of the shop-type properties",
 "SELECT property_name FROM Properties WHERE property_type_code = 'Shop'"),
("real_estate_properties", "filter-number", "properties with at least eight rooms",
 "Which properties have 8 or more rooms? Just the property names.",
 "SELECT property_name FROM Properties WHERE room_count >= 8"),
("real_estate_properties", "aggregate", "What's the average vendor requested price and the average agreed selling price across all properties?",
 "mean asking price (vendor requested) and mean agreed sale price",
 "SELECT AVG(vendor_requested_price), AVG(agreed_selling_price) FROM Properties"),
("real_estate_properties", "superlative", "which property sold for the highest agreed price, and what was it",
 "Give the name of the property with the biggest agreed selling price, plus that price.",
 "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
("real_estate_properties", "group", "How many properties are there of each property type? Show the type description too.",
 "number of properties per type - type code, description, count",
 "SELECT p.property_type_code, t.property_type_description, COUNT(*) FROM Properties AS p JOIN Ref_Property_Types AS t ON t.property_type_code = p.property_type_code GROUP BY p.property_type_code, t.property_type_description"),
("real_estate_properties", "join", "list each property name with the names of the extra features it has",
 "For every property-feature record, show the property's name and the feature name.",
 "SELECT p.property_name, f.feature_name FROM Other_Property_Features AS opf JOIN Properties AS p ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id"),
("real_estate_properties", "set", "Which properties have both a pool and air conditioning?",
 "properties that list AirCon as well as Pool among their features",
 "SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON opf.property_id = p.property_id JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id WHERE f.feature_name = 'Pool' INTERSECT SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON opf.property_id = p.property_id JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id WHERE f.feature_name = 'AirCon'"),
("real_estate_properties", "ratio", "what percent of properties sold for less than the vendor asked for?",
 "Percentage of properties whose agreed selling price is below the vendor's requested price.",
 "SELECT 100.0 * SUM(CASE WHEN agreed_selling_price < vendor_requested_price THEN 1 ELSE 0 END) / COUNT(*) FROM Properties"),
("real_estate_properties", "compare-to-aggregate", "Which properties have more rooms than the average property? Name and room count.",
 "properties w/ above-average room count — name, rooms",
 "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),
("real_estate_properties", "filter-number", "properties where the buyer offered more than the vendor asked - name, asking price, offer",
 "List properties whose buyer offered price exceeds the vendor requested price, with the property name and both prices.",
 "SELECT property_name, vendor_requested_price, buyer_offered_price FROM Properties WHERE buyer_offered_price > vendor_requested_price"),

# ---------------- student_transcripts_tracking ----------------
("student_transcripts_tracking", "count", "how many master's degree programs are there?",
 "Count the degree programs whose summary name is Master.",
 "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Master'"),
("student_transcripts_tracking", "list", "List all course names along with their descriptions.",
 "every course: name and description",
 "SELECT course_name, course_description FROM Courses"),
("student_transcripts_tracking", "filter-text", "students whose email is on example.org — first name, last name, email",
 "Which students have an email address ending in @example.org? Show their names and emails.",
 "SELECT first_name, last_name, email_address FROM Students WHERE email_address LIKE '%@example.org'"),
("student_transcripts_tracking", "filter-number", "Which addresses have a zip/postcode greater than 800? Show city and zip.",
 "addresses with postcode above eight hundred - city + zip code",
 "SELECT city, zip_postcode FROM Addresses WHERE CAST(zip_postcode AS INTEGER) > 800"),
("student_transcripts_tracking", "aggregate", "what are the earliest and latest transcript dates",
 "Give the first and the most recent transcript date.",
 "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
("student_transcripts_tracking", "superlative", "Which semester has the most student enrolments, and how many?",
 "semester with the highest number of enrolments — semester name and count",
 "SELECT s.semester_name, COUNT(*) AS n FROM Student_Enrolment AS e JOIN Semesters AS s ON s.semester_id = e.semester_id GROUP BY s.semester_id, s.semester_name ORDER BY n DESC LIMIT 1"),
("student_transcripts_tracking", "group", "how many degree programs does each department have? department name + count",
 "For each department that offers degree programs, give its name and the number of programs.",
 "SELECT d.department_name, COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON d.department_id = dp.department_id GROUP BY d.department_id, d.department_name"),
("student_transcripts_tracking", "join", "Show each student's first and last name with the city of their current address.",
 "students and the city they currently live in (first name, last name, city)",
 "SELECT s.first_name, s.last_name, a.city FROM Students AS s JOIN Addresses AS a ON a.address_id = s.current_address_id"),
("student_transcripts_tracking", "set", "which students have never enrolled in any degree program? first and last names",
 "List the students with no enrolment record at all.",
 "SELECT first_name, last_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)"),
("student_transcripts_tracking", "ratio", "What percentage of students have the same current and permanent address?",
 "% of students whose permanent address is the one they currently live at",
 "SELECT 100.0 * SUM(CASE WHEN current_address_id = permanent_address_id THEN 1 ELSE 0 END) / COUNT(*) FROM Students"),
("student_transcripts_tracking", "compare-to-aggregate", "departments that offer more degree programs than average (among departments that have programs) - name and number",
 "Which departments have an above-average number of degree programs, averaging over departments that offer at least one? Give department name and program count.",
 "SELECT d.department_name, COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON d.department_id = dp.department_id GROUP BY d.department_id, d.department_name HAVING COUNT(*) > (SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM Degree_Programs GROUP BY department_id))"),
("student_transcripts_tracking", "count", "How many different students have ever enrolled?",
 "number of distinct students w/ at least one enrolment",
 "SELECT COUNT(DISTINCT student_id) FROM Student_Enrolment"),

# ---------------- voter_1 ----------------
("voter_1", "count", "how many votes came from NY",
 "Count the votes cast from the state of New York (NY).",
 "SELECT COUNT(*) FROM VOTES WHERE TRIM(state, char(10, 13, 32)) = 'NY'"),
("voter_1", "list", "List all contestants with their contestant numbers.",
 "contestant names + numbers",
 "SELECT contestant_name, contestant_number FROM CONTESTANTS"),
("voter_1", "filter-text", "show the phone number and time of the votes from new jersey",
 "For votes cast in NJ, give the phone number and when the vote was created.",
 "SELECT phone_number, created FROM VOTES WHERE TRIM(state, char(10, 13, 32)) = 'NJ'"),
("voter_1", "filter-number", "Which contestants have a number above 8?",
 "names of the contestants numbered higher than eight",
 "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number > 8"),
("voter_1", "aggregate", "when was the first vote cast and when was the last one?",
 "Give the earliest and latest vote timestamps.",
 "SELECT MIN(created), MAX(created) FROM VOTES"),
("voter_1", "superlative", "Which contestant got the most votes and how many?",
 "top vote-getter: contestant name + vote count",
 "SELECT c.contestant_name, COUNT(*) AS n FROM VOTES AS v JOIN CONTESTANTS AS c ON c.contestant_number = v.contestant_number GROUP BY c.contestant_number, c.contestant_name ORDER BY n DESC LIMIT 1"),
("voter_1", "group", "number of votes per state",
 "For each state that voted, how many votes were cast?",
 "SELECT TRIM(state, char(10, 13, 32)), COUNT(*) FROM VOTES GROUP BY TRIM(state, char(10, 13, 32))"),
("voter_1", "join", "Show every vote with the name of the contestant it went to and the voter's state.",
 "votes listed as contestant name + state",
 "SELECT c.contestant_name, TRIM(v.state, char(10, 13, 32)) FROM VOTES AS v JOIN CONTESTANTS AS c ON c.contestant_number = v.contestant_number"),
("voter_1", "set", "which contestants didnt recieve any votes?",
 "List the names of contestants who received zero votes.",
 "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
("voter_1", "ratio", "What percentage of the votes came from New York?",
 "% of all votes cast from NY",
 "SELECT 100.0 * SUM(CASE WHEN TRIM(state, char(10, 13, 32)) = 'NY' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES"),
("voter_1", "compare-to-aggregate", "states with more area codes than the average state - state and number of area codes",
 "Which states have an above-average count of area codes? Give each such state and its count.",
 "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > (SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM AREA_CODE_STATE GROUP BY state))"),
("voter_1", "superlative", "Which 3 states have the most area codes? Include the counts.",
 "top three states by number of area codes, with how many each has",
 "SELECT state, COUNT(*) AS n FROM AREA_CODE_STATE GROUP BY state ORDER BY n DESC LIMIT 3"),
]


def fail(msgs):
    for m in msgs:
        print("CHECK FAILED:", m)
    print(f"{len(msgs)} failure(s); not writing {OUT}")
    sys.exit(1)


def main():
    errors = []
    conns = {d: sqlite3.connect(f"file:{DB_ROOT}/{d}/{d}.sqlite?mode=ro", uri=True) for d in DBS}
    out = []
    per_db = defaultdict(Counter)
    seen_q = set()
    for it in ITEMS:
        db, kind, q, para, sql = it[:5]
        rank_col = it[5] if len(it) > 5 else -1
        tag = f"[{db}] {q!r}"
        if db not in conns:
            errors.append(f"{tag}: unknown db"); continue
        if kind not in KINDS:
            errors.append(f"{tag}: bad kind {kind}")
        per_db[db][kind] += 1
        for text in (q, para):
            key = re.sub(r"\s+", " ", text.strip().lower())
            if key in seen_q:
                errors.append(f"{tag}: duplicate question/paraphrase text {text!r}")
            seen_q.add(key)
        if q.strip().lower() == para.strip().lower():
            errors.append(f"{tag}: paraphrase identical to question")
        try:
            rows = conns[db].execute(sql).fetchall()
        except Exception as e:
            errors.append(f"{tag}: SQL error {e}"); continue
        if not rows:
            errors.append(f"{tag}: no rows")
        elif all(v is None for r in rows for v in r):
            errors.append(f"{tag}: all NULL result")
        up = sql.upper()
        m = re.search(r"\bLIMIT\s+(\d+)\s*$", up)
        if "LIMIT" in up:
            if not m or "ORDER BY" not in up:
                errors.append(f"{tag}: LIMIT without ORDER BY or not at the end")
            else:
                n = int(m.group(1))
                full = conns[db].execute(sql[:m.start()]).fetchall()
                if full[:n] != rows:
                    errors.append(f"{tag}: LIMIT rows differ from prefix of unlimited result")
                if len(full) > n and full[n - 1][rank_col] == full[n][rank_col]:
                    errors.append(f"{tag}: tie at LIMIT cut-off ({full[n-1]} vs {full[n]})")
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})

    for db in DBS:
        total = sum(per_db[db].values())
        if total != 12:
            errors.append(f"{db}: {total} items, expected 12")
        missing = [k for k in KINDS if per_db[db][k] < 1]
        if missing:
            errors.append(f"{db}: missing kinds {missing}")
    if len(out) != 108:
        errors.append(f"total {len(out)} != 108")
    if errors:
        fail(errors)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    kinds = Counter(o["kind"] for o in out)
    print(f"wrote {OUT}: {len(out)} items")
    print("by kind:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    if "--show" in sys.argv:
        for it in ITEMS:
            db, kind, q, para, sql = it[:5]
            c = sqlite3.connect(f"{DB_ROOT}/{db}/{db}.sqlite")
            try:
                r = c.execute(sql).fetchall()
            except Exception as e:
                r = f"ERR {e}"
            print(f"[{db}|{kind}] {q}\n   -> {str(r)[:300]}")
    else:
        main()
