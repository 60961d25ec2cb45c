#!/usr/bin/env python3
"""Generate spider_v25_B.json: 108 blind text-to-SQL items over 9 Spider DBs.
Writes the output only if every check passes."""
import json, os, re, sqlite3, sys
from collections import Counter, defaultdict

ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind25/spider_v25_B.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (kind, question, paraphrase, query[, tie_col])  tie_col = result column index holding the
# ORDER BY value for LIMIT queries (default: last column)
ITEMS = {}

# helper SQL snippets for messy text columns
CAR_HP = "CAST(cd.Horsepower AS INTEGER)"
CAR_HP_OK = "TRIM(cd.Horsepower) NOT IN ('null', '')"
CAR_MPG_OK = "TRIM(cd.MPG) NOT IN ('null', '')"
VST = "TRIM(v.state, char(10, 13, 32))"

ITEMS["car_1"] = [
 ("count",
  "how many car makers r based in germany?",
  "Count the manufacturers whose home country is Germany.",
  "SELECT COUNT(*) FROM car_makers AS cm JOIN countries AS c ON CAST(cm.Country AS INTEGER) = c.CountryId WHERE LOWER(TRIM(c.CountryName)) = 'germany'"),
 ("list",
  "list all the car makers with their full company names",
  "Give me every manufacturer's short name alongside its full name.",
  "SELECT Maker, FullName FROM car_makers"),
 ("filter-text",
  "which car makes are diesels? anything with diesel in the name",
  "Show me the make names that contain the word 'diesel'.",
  "SELECT Make FROM car_names WHERE LOWER(Make) LIKE '%diesel%'"),
 ("filter-number",
  "cars with over 200 hp - make and horsepower pls",
  "Which vehicles have horsepower greater than two hundred? Show the make name and the horsepower.",
  f"SELECT cn.Make, {CAR_HP} AS horsepower FROM cars_data AS cd JOIN car_names AS cn ON cn.MakeId = cd.Id WHERE {CAR_HP_OK} AND {CAR_HP} > 200"),
 ("aggregate",
  "avg mpg and avg weight for the 4 cylinder cars",
  "For vehicles with four cylinders, what are the mean miles per gallon and the mean weight?",
  f"SELECT AVG(CASE WHEN {CAR_MPG_OK} THEN CAST(cd.MPG AS REAL) END) AS avg_mpg, AVG(cd.Weight) AS avg_weight FROM cars_data AS cd WHERE cd.Cylinders = 4"),
 ("superlative",
  "what's the heaviest car in the data? make + weight",
  "Which single vehicle weighs the most, and what is its weight?",
  "SELECT cn.Make, cd.Weight FROM cars_data AS cd JOIN car_names AS cn ON cn.MakeId = cd.Id ORDER BY cd.Weight DESC LIMIT 1"),
 ("group",
  "number of cars for each model year",
  "Break down how many vehicles there are per year.",
  "SELECT Year, COUNT(*) AS num_cars FROM cars_data GROUP BY Year ORDER BY Year"),
 ("join",
  "show each car maker and the country it's from",
  "For every manufacturer, which country name is it associated with?",
  "SELECT cm.Maker, c.CountryName FROM car_makers AS cm JOIN countries AS c ON CAST(cm.Country AS INTEGER) = c.CountryId"),
 ("set",
  "which countries dont have any car makers at all",
  "List the country names that no manufacturer is based in.",
  "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers WHERE Country IS NOT NULL)"),
 ("ratio",
  "what percent of the cars have 4 cylinders?",
  "Out of all vehicles, what percentage are four-cylinder ones?",
  "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) AS pct_4cyl FROM cars_data"),
 ("compare-to-aggregate",
  "1982 cars with more horsepower than the overall avg - make and hp",
  "Among the 1982 models, which have horsepower above the average across every car? Give make and horsepower.",
  f"SELECT cn.Make, {CAR_HP} AS horsepower FROM cars_data AS cd JOIN car_names AS cn ON cn.MakeId = cd.Id WHERE cd.Year = 1982 AND {CAR_HP_OK} AND {CAR_HP} > (SELECT AVG(CAST(Horsepower AS INTEGER)) FROM cars_data WHERE TRIM(Horsepower) NOT IN ('null', ''))"),
 ("filter-number",
  "cars heavier than 4,500 lbs - make, weight and year",
  "Which vehicles weigh over four thousand five hundred? Show the make name, the weight and the model year.",
  "SELECT cn.Make, cd.Weight, cd.Year FROM cars_data AS cd JOIN car_names AS cn ON cn.MakeId = cd.Id WHERE cd.Weight > 4500"),
]

T_AGE = "CAST(TRIM(t.Age) AS INTEGER)"
ITEMS["course_teach"] = [
 ("count",
  "how many different teachers actually have a course assigned",
  "Count the distinct teachers that appear in the course arrangements.",
  "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange"),
 ("list",
  "list teachrs names and hometowns",
  "Give me every teacher along with where they're from.",
  "SELECT Name, Hometown FROM teacher"),
 ("filter-text",
  "which teachers come from an urban district? name and hometown",
  "Show the teachers whose hometown is some 'Urban District', with the hometown.",
  "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'"),
 ("filter-number",
  "teachers aged between thirty and forty, with their age",
  "Who are the teachers 30 to 40 years old (inclusive), and how old are they?",
  f"SELECT t.Name, {T_AGE} AS age FROM teacher AS t WHERE {T_AGE} BETWEEN 30 AND 40"),
 ("aggregate",
  "youngest and oldest teacher age?",
  "What's the minimum and the maximum age among the teachers?",
  f"SELECT MIN({T_AGE}) AS min_age, MAX({T_AGE}) AS max_age FROM teacher AS t"),
 ("superlative",
  "who is the oldest teacher and how old",
  "Name the teacher with the highest age, plus that age.",
  f"SELECT t.Name, {T_AGE} AS age FROM teacher AS t ORDER BY {T_AGE} DESC LIMIT 1"),
 ("group",
  "for every teacher, how many course arrangements do they have (incl zero)",
  "Count the course assignments per teacher, listing teachers with none as 0.",
  "SELECT t.Name, COUNT(ca.Course_ID) AS num_courses FROM teacher AS t LEFT JOIN course_arrange AS ca ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID, t.Name"),
 ("join",
  "show course name, teacher name and grade for each arrangement",
  "List every course assignment with the course title, who teaches it, and the grade.",
  "SELECT c.Course, t.Name, ca.Grade FROM course_arrange AS ca JOIN course AS c ON c.Course_ID = ca.Course_ID JOIN teacher AS t ON t.Teacher_ID = ca.Teacher_ID"),
 ("set",
  "teachers that arent teaching anything",
  "Which teachers have no course arranged for them?",
  "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
 ("ratio",
  "what % of teachers are assigned at least one course",
  "Percentage of all teachers who teach at least one course?",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange) / COUNT(*) AS pct_teaching FROM teacher"),
 ("compare-to-aggregate",
  "teachers older than the avg teacher age - name + age",
  "Which teachers are above the average age of all teachers? Include their ages.",
  f"SELECT t.Name, {T_AGE} AS age FROM teacher AS t WHERE {T_AGE} > (SELECT AVG(CAST(TRIM(Age) AS INTEGER)) FROM teacher)"),
 ("join",
  "who teaches math and for what grade",
  "For the Math course, list each teacher assigned and the grade they teach it to.",
  "SELECT t.Name, ca.Grade FROM course_arrange AS ca JOIN course AS c ON c.Course_ID = ca.Course_ID JOIN teacher AS t ON t.Teacher_ID = ca.Teacher_ID WHERE LOWER(TRIM(c.Course)) = 'math'"),
]

D_W = "CAST(TRIM(d.weight) AS REAL)"
ITEMS["dog_kennels"] = [
 ("count",
  "how many dogs are flagged as abandoned",
  "Number of dogs whose abandoned indicator is yes?",
  "SELECT COUNT(*) FROM Dogs WHERE TRIM(abandoned_yn) = '1'"),
 ("list",
  "list all the professionals - first name, last name and role",
  "Show every staff professional with their first and last names and role code.",
  "SELECT first_name, last_name, role_code FROM Professionals"),
 ("filter-text",
  "owners who live in north dakota? names + city",
  "Which dog owners have North Dakota as their state; give first name, last name and city.",
  "SELECT first_name, last_name, city FROM Owners WHERE LOWER(REPLACE(state, ' ', '')) = 'northdakota'"),
 ("filter-number",
  "dogs that weigh more than 8, name and weight",
  "Which dogs have a weight above eight? Show dog name and weight.",
  f"SELECT d.name, {D_W} AS weight FROM Dogs AS d WHERE {D_W} > 8"),
 ("aggregate",
  "total and average treatment cost",
  "What's the sum of all treatment costs, and the mean cost per treatment?",
  "SELECT SUM(cost_of_treatment) AS total_cost, AVG(cost_of_treatment) AS avg_cost FROM Treatments"),
 ("superlative",
  "most expensive single treatment - which dog, what type, how much",
  "Find the priciest treatment ever given: the dog's name, the treatment type description and the cost.",
  "SELECT d.name, tt.treatment_type_description, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON d.dog_id = t.dog_id JOIN Treatment_Types AS tt ON tt.treatment_type_code = t.treatment_type_code ORDER BY t.cost_of_treatment DESC LIMIT 1"),
 ("group",
  "total spent per treatment type (use the description) and number of treatments",
  "For each kind of treatment, how many were done and how much did they cost in total?",
  "SELECT tt.treatment_type_description, COUNT(*) AS num_treatments, SUM(t.cost_of_treatment) AS total_cost FROM Treatments AS t JOIN Treatment_Types AS tt ON tt.treatment_type_code = t.treatment_type_code GROUP BY tt.treatment_type_code, tt.treatment_type_description"),
 ("join",
  "list every dog with its breed name and size",
  "Show each dog's name along with the breed name and size description.",
  "SELECT d.name, b.breed_name, s.size_description FROM Dogs AS d JOIN Breeds AS b ON b.breed_code = d.breed_code JOIN Sizes AS s ON s.size_code = d.size_code"),
 ("set",
  "which professionals have never done a treatment",
  "Give the first and last names of professionals with no treatments on record.",
  "SELECT first_name, last_name FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)"),
 ("ratio",
  "what percentage of treatments were done by vets",
  "Share of treatments (in percent) performed by professionals whose role is veterinarian.",
  "SELECT 100.0 * SUM(CASE WHEN p.role_code LIKE 'Vet%' THEN 1 ELSE 0 END) / COUNT(*) AS pct_by_vets FROM Treatments AS t JOIN Professionals AS p ON p.professional_id = t.professional_id"),
 ("compare-to-aggregate",
  "treatments that cost more than the average treatment: dog name, date, cost",
  "Show the treatments priced above the mean treatment cost, with the dog's name, the treatment date and the cost.",
  "SELECT d.name, t.date_of_treatment, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON d.dog_id = t.dog_id WHERE t.cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),
 ("group",
  "owners with more than one dog - owner name and number of dogs",
  "Which owners have multiple dogs, and how many does each have?",
  "SELECT o.first_name, o.last_name, COUNT(*) AS num_dogs FROM Owners AS o JOIN Dogs AS d ON d.owner_id = o.owner_id GROUP BY o.owner_id, o.first_name, o.last_name HAVING COUNT(*) > 1"),
]

FS = "TRIM(f.SourceAirport)"
FD = "TRIM(f.DestAirport)"
ITEMS["flight_2"] = [
 ("count",
  "how many flights depart from APG airport?",
  "Count the flights whose source airport code is APG.",
  f"SELECT COUNT(*) FROM flights AS f WHERE {FS} = 'APG'"),
 ("list",
  "list all airlines and their abbreviations",
  "Show every airline name together with its short abbreviation.",
  "SELECT Airline, Abbreviation FROM airlines"),
 ("filter-text",
  "airports in albany - code and name",
  "Which airports are located in the city of Albany? Give airport code and airport name.",
  "SELECT AirportCode, TRIM(AirportName) AS AirportName FROM airports WHERE LOWER(TRIM(City)) = 'albany'"),
 ("filter-number",
  "flights with flight no. under 50: airline, flight number, from and to",
  "Show all flights numbered below fifty with the airline name, the flight number, and source and destination airport codes.",
  f"SELECT a.Airline, f.FlightNo, {FS} AS source, {FD} AS dest FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline WHERE f.FlightNo < 50"),
 ("aggregate",
  "how many distinct source airports and distinct destination airports are used by flights",
  "Count the unique departure airports and, separately, the unique arrival airports across all flights.",
  f"SELECT COUNT(DISTINCT {FS}) AS num_sources, COUNT(DISTINCT {FD}) AS num_dests FROM flights AS f"),
 ("superlative",
  "top 2 airports by number of departing flights, with the counts",
  "Which two airports have the most flights leaving from them, and how many each?",
  f"SELECT TRIM(ap.AirportName) AS AirportName, ap.AirportCode, COUNT(*) AS num_departures FROM flights AS f JOIN airports AS ap ON ap.AirportCode = {FS} GROUP BY ap.AirportCode, TRIM(ap.AirportName) ORDER BY num_departures DESC LIMIT 2"),
 ("group",
  "cities with more than two airports and how many they have",
  "Which cities have at least 3 airports? Show the city and its airport count.",
  "SELECT TRIM(City) AS city, COUNT(*) AS num_airports FROM airports GROUP BY TRIM(City) HAVING COUNT(*) > 2"),
 ("join",
  "virgin america flights w/ source airport name and destination city",
  "For every Virgin America flight, give the flight number, the name of the departure airport and the city it flies to.",
  f"SELECT f.FlightNo, TRIM(s.AirportName) AS source_airport, TRIM(d.City) AS dest_city FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline JOIN airports AS s ON s.AirportCode = {FS} JOIN airports AS d ON d.AirportCode = {FD} WHERE a.Airline = 'Virgin America'"),
 ("set",
  "airports that jetblue flies out of but delta doesnt",
  "Which airports does JetBlue Airways have departures from that Delta Airlines never departs from? Name and code.",
  f"SELECT TRIM(ap.AirportName) AS AirportName, ap.AirportCode FROM airports AS ap WHERE ap.AirportCode IN (SELECT {FS} FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline WHERE a.Airline = 'JetBlue Airways' EXCEPT SELECT {FS} FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline WHERE a.Airline = 'Delta Airlines')"),
 ("ratio",
  "what fraction of all flights does delta operate, as a percent",
  "Delta Airlines' share of the total flights, in percent?",
  "SELECT 100.0 * SUM(CASE WHEN a.Airline = 'Delta Airlines' THEN 1 ELSE 0 END) / COUNT(*) AS pct_delta FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline"),
 ("compare-to-aggregate",
  "airports with more departures than the average airport - code, city, departures",
  "Which airports have an above-average number of outgoing flights (average over airports with departures)? Show code, city and count.",
  f"SELECT ap.AirportCode, TRIM(ap.City) AS city, COUNT(*) AS num_departures FROM flights AS f JOIN airports AS ap ON ap.AirportCode = {FS} GROUP BY ap.AirportCode, TRIM(ap.City) HAVING COUNT(*) > (SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM flights GROUP BY TRIM(SourceAirport)))"),
 ("filter-text",
  "airports with 'municipal' in their name, and which city they're in",
  "Show the airports named something like Municipal: airport name, code and city.",
  "SELECT TRIM(AirportName) AS AirportName, AirportCode, TRIM(City) AS city FROM airports WHERE LOWER(AirportName) LIKE '%municipal%'"),
]

ITEMS["network_1"] = [
 ("count",
  "how many kids are in 10th grade",
  "Number of high schoolers in grade ten?",
  "SELECT COUNT(*) FROM Highschooler WHERE grade = 10"),
 ("list",
  "list all highschoolers and their grades",
  "Show every student's name with the grade they're in.",
  "SELECT name, grade FROM Highschooler"),
 ("filter-text",
  "what grade is kyle in",
  "Give me Kyle's grade level.",
  "SELECT name, grade FROM Highschooler WHERE LOWER(TRIM(name)) = 'kyle'"),
 ("filter-number",
  "students in grade 11 or above",
  "Which high schoolers are in eleventh or twelfth grade? Name and grade.",
  "SELECT name, grade FROM Highschooler WHERE grade >= 11"),
 ("aggregate",
  "number of highschoolers and their average grade",
  "How many students are there in total and what's the mean grade?",
  "SELECT COUNT(*) AS num_students, AVG(grade) AS avg_grade FROM Highschooler"),
 ("superlative",
  "who has the most friends? count friendships in either direction",
  "Which student(s) appear in the most friend pairs (as either side), and how many?",
  "WITH fc AS (SELECT s AS id, COUNT(*) AS num_friends FROM (SELECT student_id AS s FROM Friend UNION ALL SELECT friend_id FROM Friend) GROUP BY s) SELECT h.name, fc.num_friends FROM fc JOIN Highschooler AS h ON h.ID = fc.id WHERE fc.num_friends = (SELECT MAX(num_friends) FROM fc)"),
 ("group",
  "how many students per grade",
  "Break down the student count by grade.",
  "SELECT grade, COUNT(*) AS num_students FROM Highschooler GROUP BY grade"),
 ("join",
  "list every like as liker name -> liked name",
  "For each 'like', show who does the liking and who is liked (names).",
  "SELECT a.name AS liker, b.name AS liked FROM Likes AS l JOIN Highschooler AS a ON a.ID = l.student_id JOIN Highschooler AS b ON b.ID = l.liked_id"),
 ("set",
  "students who neither like anyone nor are liked by anyone",
  "Which high schoolers don't appear in the likes table at all? Give name and grade.",
  "SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes UNION SELECT liked_id FROM Likes)"),
 ("ratio",
  "what % of students like someone",
  "Percentage of high schoolers who have liked at least one other student?",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / COUNT(*) AS pct_likers FROM Highschooler"),
 ("compare-to-aggregate",
  "students above the average grade",
  "Who is in a higher grade than the mean grade of all students? name + grade",
  "SELECT name, grade FROM Highschooler WHERE grade > (SELECT AVG(grade) FROM Highschooler)"),
 ("join",
  "who are kris's friends? (either side of the friendship) and their grades",
  "List everyone who is friends with Kris, with their grade, regardless of which column Kris is stored in.",
  "SELECT h.name, h.grade FROM Highschooler AS h WHERE h.ID IN (SELECT f.friend_id FROM Friend AS f JOIN Highschooler AS k ON k.ID = f.student_id WHERE k.name = 'Kris' UNION SELECT f.student_id FROM Friend AS f JOIN Highschooler AS k ON k.ID = f.friend_id WHERE k.name = 'Kris')"),
]

ITEMS["pets_1"] = [
 ("count",
  "how many female students",
  "Count the students whose sex is F.",
  "SELECT COUNT(*) FROM Student WHERE UPPER(TRIM(Sex)) = 'F'"),
 ("list",
  "list all pets: id, type, age, weight",
  "Show me every pet with its ID, kind of animal, age and weight.",
  "SELECT PetID, PetType, pet_age, weight FROM Pets"),
 ("filter-text",
  "students from PIT - first and last name",
  "Which students have city code PIT? Give first name and last name.",
  "SELECT Fname, LName FROM Student WHERE UPPER(TRIM(city_code)) = 'PIT'"),
 ("filter-number",
  "students older than twenty-one, name and age",
  "Show the students aged over 21 with first name, last name and age.",
  "SELECT Fname, LName, Age FROM Student WHERE Age > 21"),
 ("aggregate",
  "avg student age and the max age pls",
  "What is the mean age of students, and the oldest age?",
  "SELECT AVG(Age) AS avg_age, MAX(Age) AS max_age FROM Student"),
 ("superlative",
  "heaviest pet - type and weight",
  "Which pet weighs the most? Show its type and weight.",
  "SELECT PetType, weight FROM Pets ORDER BY weight DESC LIMIT 1"),
 ("group",
  "number of students and average age by sex",
  "For each sex, how many students are there and what's their mean age?",
  "SELECT Sex, COUNT(*) AS num_students, AVG(Age) AS avg_age FROM Student GROUP BY Sex"),
 ("join",
  "students who own pets, with the pet type and pet age",
  "Show each pet owner's first and last name along with their pet's type and age.",
  "SELECT s.Fname, s.LName, p.PetType, p.pet_age FROM Student AS s JOIN Has_Pet AS hp ON hp.StuID = s.StuID JOIN Pets AS p ON p.PetID = hp.PetID"),
 ("set",
  "major 600 students without any pets",
  "Which students in major 600 don't own a pet? First and last names.",
  "SELECT Fname, LName FROM Student WHERE Major = 600 AND StuID NOT IN (SELECT StuID FROM Has_Pet)"),
 ("ratio",
  "what percent of students own at least one pet",
  "Share of students, in %, that have a pet.",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT StuID) FROM Has_Pet) / COUNT(*) AS pct_pet_owners FROM Student"),
 ("compare-to-aggregate",
  "students younger than the avg age: first name, last name, age",
  "List students whose age is below the average student age, with names and ages.",
  "SELECT Fname, LName, Age FROM Student WHERE Age < (SELECT AVG(Age) FROM Student)"),
 ("aggregate",
  "total weight of all the dogs",
  "Add up the weights of every pet that's a dog.",
  "SELECT SUM(weight) AS total_weight FROM Pets WHERE LOWER(TRIM(PetType)) = 'dog'"),
]

ITEMS["real_estate_properties"] = [
 ("count",
  "how many apartments are listed",
  "Count properties of the apartment type.",
  "SELECT COUNT(*) FROM Properties WHERE LOWER(TRIM(property_type_code)) = 'apartment'"),
 ("list",
  "list properties: name, type and number of rooms",
  "Give me every property's name with its type code and room count.",
  "SELECT property_name, property_type_code, room_count FROM Properties"),
 ("filter-text",
  "which properties are in utah? name + address",
  "Show the properties whose address is in UT, with name and full address.",
  "SELECT property_name, property_address FROM Properties WHERE property_address LIKE '%, UT %'"),
 ("filter-number",
  "properties w/ 8 or more rooms",
  "Which properties have at least eight rooms? Show name and room count.",
  "SELECT property_name, room_count FROM Properties WHERE room_count >= 8"),
 ("aggregate",
  "average asking price (vendor requested) and average agreed selling price",
  "What's the mean vendor-requested price and the mean agreed sale price across properties?",
  "SELECT AVG(vendor_requested_price) AS avg_requested, AVG(agreed_selling_price) AS avg_agreed FROM Properties"),
 ("superlative",
  "which property sold for the most (agreed price)? name and price",
  "Top property by agreed selling price, with that price.",
  "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
 ("group",
  "how many properties for each property type description",
  "Count properties per type, showing the type's description.",
  "SELECT rpt.property_type_description, COUNT(p.property_id) AS num_properties FROM Ref_Property_Types AS rpt LEFT JOIN Properties AS p ON p.property_type_code = rpt.property_type_code GROUP BY rpt.property_type_code, rpt.property_type_description"),
 ("join",
  "for each property feature entry, show property name, feature name and feature type",
  "List the properties with their extra features: property name, the feature's name and its feature type code.",
  "SELECT p.property_name, f.feature_name, f.feature_type_code FROM Other_Property_Features AS opf JOIN Properties AS p ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id"),
 ("set",
  "properties that have no extra features at all",
  "Which properties never show up in the other-features table? name and type",
  "SELECT property_name, property_type_code FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)"),
 ("ratio",
  "what percent of properties have a pool",
  "Percentage of all properties that list the Pool feature.",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT opf.property_id) FROM Other_Property_Features AS opf JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id WHERE LOWER(f.feature_name) = 'pool') / COUNT(*) AS pct_with_pool FROM Properties"),
 ("compare-to-aggregate",
  "propertys with more rooms than avrage, name and rooms",
  "Which properties have a room count above the mean? Show name and number of rooms.",
  "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),
 ("group",
  "for each available feature, how many distinct properties have it",
  "Per feature name, count the number of different properties that carry that feature.",
  "SELECT f.feature_name, COUNT(DISTINCT opf.property_id) AS num_properties FROM Other_Available_Features AS f JOIN Other_Property_Features AS opf ON opf.feature_id = f.feature_id GROUP BY f.feature_id, f.feature_name"),
]

ITEMS["student_transcripts_tracking"] = [
 ("count",
  "how many bachelor degree programs r there",
  "Count the degree programs whose summary name is Bachelor.",
  "SELECT COUNT(*) FROM Degree_Programs WHERE LOWER(TRIM(degree_summary_name)) = 'bachelor'"),
 ("list",
  "list students first middle and last names",
  "Show every student's full name split into first, middle and last.",
  "SELECT first_name, middle_name, last_name FROM Students"),
 ("filter-text",
  "students with an example.org email - name and email",
  "Which students' email addresses end in @example.org? Give first name, last name, email.",
  "SELECT first_name, last_name, email_address FROM Students WHERE LOWER(TRIM(email_address)) LIKE '%@example.org'"),
 ("filter-number",
  "students who first registered after 2005 and when",
  "Show the students whose first registration year is later than two thousand five, with the registration date.",
  "SELECT first_name, last_name, date_first_registered FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) > 2005"),
 ("aggregate",
  "earliest and latest transcript dates",
  "What is the oldest transcript date and the most recent one?",
  "SELECT MIN(transcript_date) AS earliest, MAX(transcript_date) AS latest FROM Transcripts"),
 ("superlative",
  "which semester has the most enrolments? name and count",
  "Find the semester with the highest number of student enrollments and give that number.",
  "SELECT s.semester_name, COUNT(*) AS num_enrolments FROM Student_Enrolment AS se JOIN Semesters AS s ON s.semester_id = se.semester_id GROUP BY s.semester_id, s.semester_name ORDER BY num_enrolments DESC LIMIT 1"),
 ("group",
  "number of degree programs per department",
  "For each department name, how many degree programs does it offer? (only depts that have any)",
  "SELECT d.department_name, COUNT(*) AS num_programs FROM Degree_Programs AS dp JOIN Departments AS d ON d.department_id = dp.department_id GROUP BY d.department_id, d.department_name"),
 ("join",
  "each enrolment w/ student first name, degree name and semester",
  "List every enrollment showing the student's first name, the degree summary name and the semester name.",
  "SELECT st.first_name, dp.degree_summary_name, sm.semester_name FROM Student_Enrolment AS se JOIN Students AS st ON st.student_id = se.student_id JOIN Degree_Programs AS dp ON dp.degree_program_id = se.degree_program_id JOIN Semesters AS sm ON sm.semester_id = se.semester_id"),
 ("set",
  "courses nobody has enrolled in",
  "Which course names have no student course enrolment at all?",
  "SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)"),
 ("ratio",
  "what percentage of students have at least one enrolment",
  "Out of all students, what % are enrolled in some degree program?",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Student_Enrolment) / COUNT(*) AS pct_enrolled FROM Students"),
 ("compare-to-aggregate",
  "students with more enrolments than the average enrolled student - name and count",
  "Which students have an enrollment count above the mean (mean taken over students who have enrollments)? Show first name, last name and count.",
  "SELECT st.first_name, st.last_name, COUNT(*) AS num_enrolments FROM Student_Enrolment AS se JOIN Students AS st ON st.student_id = se.student_id GROUP BY st.student_id, st.first_name, st.last_name HAVING COUNT(*) > (SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM Student_Enrolment GROUP BY student_id))"),
 ("join",
  "students whose current address is in kentucky, with the city",
  "Which students currently live in Kentucky? Give first name, last name and the current city.",
  "SELECT st.first_name, st.last_name, a.city FROM Students AS st JOIN Addresses AS a ON a.address_id = st.current_address_id WHERE LOWER(REPLACE(a.state_province_county, ' ', '')) = 'kentucky'"),
]

ITEMS["voter_1"] = [
 ("count",
  "how many area codes does california have",
  "Count the area codes assigned to the state CA.",
  "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE UPPER(TRIM(state)) = 'CA'"),
 ("list",
  "list contestants' names and numbers",
  "Show every contestant name with its contestant number.",
  "SELECT contestant_name, contestant_number FROM CONTESTANTS"),
 ("filter-text",
  "contestants whose first name is jessie",
  "Which contestants are called Jessie something? Give name and number.",
  "SELECT contestant_name, contestant_number FROM CONTESTANTS WHERE LOWER(TRIM(contestant_name)) LIKE 'jessie %'"),
 ("filter-number",
  "area codes greater than 900 and their states",
  "Show the area codes above nine hundred with the state each belongs to.",
  "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900"),
 ("aggregate",
  "how many area codes and how many distinct states are in the area code table",
  "Total count of area codes, plus the number of unique states they cover?",
  "SELECT COUNT(*) AS num_area_codes, COUNT(DISTINCT TRIM(state)) AS num_states FROM AREA_CODE_STATE"),
 ("superlative",
  "state with the most area codes + how many",
  "Which state has the largest number of area codes, and what's the count?",
  "SELECT TRIM(state) AS state, COUNT(*) AS num_area_codes FROM AREA_CODE_STATE GROUP BY TRIM(state) ORDER BY num_area_codes DESC LIMIT 1"),
 ("group",
  "votes per state",
  "How many votes came in from each state?",
  f"SELECT {VST} AS state, COUNT(*) AS num_votes FROM VOTES AS v GROUP BY {VST}"),
 ("join",
  "show every vote with contestant name, state and time it was cast",
  "List all votes along with who they were for, the voter's state and the created timestamp.",
  f"SELECT c.contestant_name, {VST} AS state, v.created FROM VOTES AS v JOIN CONTESTANTS AS c ON c.contestant_number = v.contestant_number"),
 ("set",
  "contestants who got zero votes",
  "Which contestants received no votes at all?",
  "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
 ("ratio",
  "what share of the votes went to kelly clauss (percent)",
  "Percentage of all votes cast for Kelly Clauss?",
  "SELECT 100.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) AS pct_kelly FROM VOTES AS v JOIN CONTESTANTS AS c ON c.contestant_number = v.contestant_number"),
 ("compare-to-aggregate",
  "states with more area codes than the average state, and their counts",
  "Which states have an above-average number of area codes (average per state)? Show state and count.",
  "SELECT TRIM(state) AS state, COUNT(*) AS num_area_codes FROM AREA_CODE_STATE GROUP BY TRIM(state) HAVING COUNT(*) > (SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM AREA_CODE_STATE GROUP BY TRIM(state))) ORDER BY num_area_codes DESC"),
 ("filter-text",
  "who did the voters from NJ vote for",
  "For votes coming from New Jersey, give the contestant's name and the vote time.",
  f"SELECT c.contestant_name, v.created FROM VOTES AS v JOIN CONTESTANTS AS c ON c.contestant_number = v.contestant_number WHERE {VST} = 'NJ'"),
]


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main():
    errors = []
    out = []
    seen = set()
    for db in DBS:
        items = ITEMS.get(db, [])
        path = os.path.join(ROOT, db, db + ".sqlite")
        con = sqlite3.connect(path)
        if len(items) != 12:
            errors.append(f"{db}: {len(items)} items, need 12")
        kc = Counter(it[0] for it in items)
        for k in KINDS:
            if kc[k] < 1:
                errors.append(f"{db}: missing kind {k}")
        for it in items:
            kind, q, p, sql = it[:4]
            tie_col = it[4] if len(it) > 4 else -1
            tag = f"{db}: {q!r}"
            if kind not in KINDS:
                errors.append(f"{tag}: bad kind {kind}")
            for s in (q, p):
                n = norm(s)
                if n in seen:
                    errors.append(f"{tag}: duplicate question/paraphrase {s!r}")
                seen.add(n)
            if norm(q) == norm(p):
                errors.append(f"{tag}: paraphrase equals question")
            try:
                rows = con.execute(sql).fetchall()
            except Exception as e:
                errors.append(f"{tag}: SQL error {e}")
                continue
            if not rows:
                errors.append(f"{tag}: no rows")
                continue
            if all(v is None for r in rows for v in r):
                errors.append(f"{tag}: all NULL")
            m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
            if re.search(r"\bLIMIT\b", sql, re.I):
                if not m or not re.search(r"\bORDER\s+BY\b", sql, re.I):
                    errors.append(f"{tag}: LIMIT without ORDER BY (or not trailing)")
                else:
                    n = int(m.group(1))
                    full = con.execute(sql[:m.start()]).fetchall()
                    if len(full) > n and full[n - 1][tie_col] == full[n][tie_col]:
                        errors.append(f"{tag}: tie at LIMIT cut-off {full[n-1]} vs {full[n]}")
            out.append({"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind})
        con.close()
    if len(out) != 108:
        errors.append(f"total {len(out)} != 108")
    if errors:
        print("REFUSING TO WRITE; %d problem(s):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
    kc = Counter(o["kind"] for o in out)
    print(f"wrote {OUT}: {len(out)} items")
    for k in KINDS:
        print(f"  {k}: {kc[k]}")


if __name__ == "__main__":
    main()
