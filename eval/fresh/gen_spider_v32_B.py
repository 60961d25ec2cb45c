#!/usr/bin/env python3
"""Generate a held-out Spider-style text-to-SQL evaluation set (v32, part B).

Every gold query is executed against the Spider SQLite databases and checked.
Writes /tmp/blind32/spider_v32_B.json on success, otherwise prints errors and exits 1.

Note: wta_1 was requested but its SQLite file is not present under
/work/shared/eval/spider/database, so gold SQL could not be executed for it.
It is therefore left out; the set covers the remaining 9 databases
(9 x 11 kinds, minus real_estate_properties/set and real_estate_properties/ratio = 97 items).
"""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind32/spider_v32_B.json"

KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]
MISSING_DBS = ["wta_1"]  # requested, but no SQLite file is available
EXCLUDED = {("real_estate_properties", "set"), ("real_estate_properties", "ratio")}

ITEMS = [
    # ------------------------------------------------------------------ car_1
    ("car_1", "count",
     "how many car makers r based in europe?",
     "Give me the number of automobile manufacturers headquartered in a European country.",
     "SELECT COUNT(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId "
     "JOIN continents AS T3 ON T2.Continent = T3.ContId WHERE T3.Continent = 'europe'"),
    ("car_1", "list",
     "Show me all the car companies: the short brand name and the full corporate name.",
     "I'd like every manufacturer listed with both its brief maker name and its complete company name.",
     "SELECT Maker, FullName FROM car_makers"),
    ("car_1", "filter-text",
     "which cars in the data are diesels? name + model yr",
     "List the diesel-engined vehicles and the year each one was built.",
     "SELECT T1.Make, T2.Year FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id "
     "WHERE T1.Make LIKE '%diesel%'"),
    ("car_1", "filter-number",
     "Cars heavier than 4,500 lbs: what are they and how much do they weigh?",
     "Which vehicles tip the scales at more than 4500 pounds? Give each one's name and weight.",
     "SELECT T1.Make, T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id "
     "WHERE T2.Weight > 4500"),
    ("car_1", "aggregate",
     "avg weight and avg acceleration for 4 cyl cars?",
     "Across the four-cylinder vehicles, what are the mean weight and the mean acceleration figure?",
     "SELECT AVG(Weight), AVG(Accelerate) FROM cars_data WHERE Cylinders = 4"),
    ("car_1", "superlative",
     "Which automaker has the biggest lineup of models, and how many models is that?",
     "Name the manufacturer responsible for the largest number of distinct model lines, along with that number.",
     "SELECT T2.FullName, COUNT(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id "
     "GROUP BY T2.Id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("car_1", "group",
     "break the cars down by cylinder count - how many of each?",
     "For every number of cylinders, how many vehicles in the dataset have that many?",
     "SELECT Cylinders, COUNT(*) FROM cars_data GROUP BY Cylinders"),
    ("car_1", "join",
     "What model lines do the American carmakers sell? Show each model next to the company's full name.",
     "For manufacturers whose home country is the USA, list their models together with the maker's full name.",
     "SELECT T1.Model, T2.FullName FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id "
     "JOIN countries AS T3 ON T2.Country = T3.CountryId WHERE T3.CountryName = 'usa'"),
    ("car_1", "set",
     "Which countries on the list don't have a single car manufacturer?",
     "Name the countries where no automaker is based.",
     "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Country FROM car_makers)"),
    ("car_1", "ratio",
     "what % of the cars are four-bangers (4 cylinders)?",
     "Of all vehicles recorded, what percentage have exactly four cylinders?",
     "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
    ("car_1", "compare-to-aggregate",
     "Which '82 cars weigh more than the average car overall? name and weight pls",
     "Among model-year 1982 vehicles, which ones are heavier than the mean weight of the entire dataset? Give their names and weights.",
     "SELECT T1.Make, T2.Weight FROM car_names AS T1 JOIN cars_data AS T2 ON T1.MakeId = T2.Id "
     "WHERE T2.Year = 1982 AND T2.Weight > (SELECT AVG(Weight) FROM cars_data)"),

    # ----------------------------------------------------------- course_teach
    ("course_teach", "count",
     "How many teachers actually have a class assigned to them?",
     "Count the distinct instructors who show up in the course arrangements.",
     "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange"),
    ("course_teach", "list",
     "list every course and the date it starts",
     "What subjects are offered, and on what date does each one begin?",
     "SELECT Course, Staring_Date FROM course"),
    ("course_teach", "filter-text",
     "Where is Lucy Wong from, and how old is she?",
     "Give me the hometown and the age of the teacher called Lucy Wong.",
     "SELECT Hometown, Age FROM teacher WHERE Name = 'Lucy Wong'"),
    ("course_teach", "filter-number",
     "teachers under 30? names + ages",
     "Which members of the teaching staff are younger than thirty? Show their names and ages.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
    ("course_teach", "aggregate",
     "What's the average age of the teachers?",
     "On average, how old is a member of the teaching staff?",
     "SELECT AVG(CAST(Age AS REAL)) FROM teacher"),
    ("course_teach", "superlative",
     "Who's teaching the most courses, and how many is that?",
     "Which teacher carries the heaviest course load? Give the name and the number of courses they are arranged to teach.",
     "SELECT T2.Name, COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID "
     "GROUP BY T2.Teacher_ID ORDER BY COUNT(*) DESC LIMIT 1"),
    ("course_teach", "group",
     "how many teachers r on each course? show the course name",
     "For every course that has staff arranged, give the subject and the number of teachers assigned to it.",
     "SELECT T2.Course, COUNT(*) FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
     "GROUP BY T2.Course_ID"),
    ("course_teach", "join",
     "Show who teaches what: teacher, course and the grade it's for.",
     "Pair each teacher's name with the course they've been arranged to teach and the grade level of that arrangement.",
     "SELECT T3.Name, T2.Course, T1.Grade FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID "
     "JOIN teacher AS T3 ON T1.Teacher_ID = T3.Teacher_ID"),
    ("course_teach", "set",
     "Which teachers don't have any course assigned at the moment?",
     "Name the instructors who are not down to teach anything.",
     "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    ("course_teach", "ratio",
     "what percent of courses have a teacher lined up?",
     "Out of all the courses on offer, what percentage have at least one teacher arranged?",
     "SELECT 100.0 * COUNT(DISTINCT Course_ID) / (SELECT COUNT(*) FROM course) FROM course_arrange"),
    ("course_teach", "compare-to-aggregate",
     "Which teachers are older than the average teacher? name, age",
     "List the staff whose age is above the mean age of all teachers, together with their ages.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS REAL) > (SELECT AVG(CAST(Age AS REAL)) FROM teacher)"),

    # ------------------------------------------------------------ dog_kennels
    ("dog_kennels", "count",
     "how many of the dogs were abandoned?",
     "What's the number of dogs flagged as having been abandoned?",
     "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
    ("dog_kennels", "list",
     "What do you charge for? list the charge types and amounts",
     "Show every kind of fee together with how much it costs.",
     "SELECT charge_type, charge_amount FROM Charges"),
    ("dog_kennels", "filter-text",
     "who are the vets? first n last names",
     "List the first and last names of every professional working in a veterinarian role.",
     "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'"),
    ("dog_kennels", "filter-number",
     "Which dogs are older than 7? Name and age.",
     "Show me the names and ages of the dogs that are over seven years old.",
     "SELECT name, age FROM Dogs WHERE CAST(age AS INTEGER) > 7"),
    ("dog_kennels", "aggregate",
     "Avg and max cost of a vaccination?",
     "For vaccine treatments, what is the mean cost and what is the highest cost charged?",
     "SELECT AVG(cost_of_treatment), MAX(cost_of_treatment) FROM Treatments WHERE treatment_type_code = 'VAC'"),
    ("dog_kennels", "superlative",
     "Which staff member has done the most treatments? name + how many",
     "Who carried out the largest number of treatments? Give their first and last name and the count.",
     "SELECT T1.first_name, T1.last_name, COUNT(*) FROM Professionals AS T1 JOIN Treatments AS T2 "
     "ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("dog_kennels", "group",
     "How many dogs of each breed do we have?",
     "Give a dog count for every breed, showing the breed's name.",
     "SELECT T1.breed_name, COUNT(*) FROM Breeds AS T1 JOIN Dogs AS T2 ON T1.breed_code = T2.breed_code "
     "GROUP BY T1.breed_code"),
    ("dog_kennels", "join",
     "Show each dog's name and its owner's full name.",
     "List every dog alongside the first and last name of the person it belongs to.",
     "SELECT T1.name, T2.first_name, T2.last_name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id"),
    ("dog_kennels", "set",
     "which dogs never got any treatment?",
     "Name the dogs that have no treatment on record.",
     "SELECT name FROM Dogs WHERE dog_id NOT IN (SELECT dog_id FROM Treatments)"),
    ("dog_kennels", "ratio",
     "What percentage of treatments were vacinations?",
     "Of all the treatments given, what share in percent were vaccines?",
     "SELECT 100.0 * SUM(CASE WHEN treatment_type_code = 'VAC' THEN 1 ELSE 0 END) / COUNT(*) FROM Treatments"),
    ("dog_kennels", "compare-to-aggregate",
     "Which dogs had a treatment that cost more than the average treatment? dog name and the cost",
     "List the treatments priced above the mean treatment cost, giving the name of the dog treated and what it cost.",
     "SELECT T1.name, T2.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id "
     "WHERE T2.cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),

    # --------------------------------------------------------------- flight_2
    ("flight_2", "count",
     "How many flights does JetBlue run?",
     "Count the flights operated by JetBlue Airways.",
     "SELECT COUNT(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "WHERE T2.Airline = 'JetBlue Airways'"),
    ("flight_2", "list",
     "all airlines + their abbreviations",
     "Please show each carrier's name together with its short code.",
     "SELECT Airline, Abbreviation FROM airlines"),
    ("flight_2", "filter-text",
     "What airports are there in Albany? codes and names",
     "Give me the code and the name of every airport located in the city of Albany.",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Albany'"),
    ("flight_2", "filter-number",
     "any flight numbers above 1,500? which airline and what number",
     "Show the airline and flight number for every flight whose number is greater than 1500.",
     "SELECT T2.Airline, T1.FlightNo FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "WHERE T1.FlightNo > 1500"),
    ("flight_2", "aggregate",
     "Lowest and highest flight numbers Delta uses?",
     "What range do Delta Airlines' flight numbers span? Give the minimum and the maximum.",
     "SELECT MIN(T1.FlightNo), MAX(T1.FlightNo) FROM flights AS T1 JOIN airlines AS T2 ON T1.Airline = T2.uid "
     "WHERE T2.Airline = 'Delta Airlines'"),
    ("flight_2", "superlative",
     "Which airline flies out of the most different airports, and how many airports is that?",
     "Name the carrier with departures from the greatest number of distinct airports, plus that number.",
     "SELECT T2.Airline, COUNT(DISTINCT T1.SourceAirport) FROM flights AS T1 JOIN airlines AS T2 "
     "ON T1.Airline = T2.uid GROUP BY T2.uid ORDER BY COUNT(DISTINCT T1.SourceAirport) DESC LIMIT 1"),
    ("flight_2", "group",
     "cities that have more than one airport, and how many each has",
     "For every city served by multiple airports, how many airports does it have?",
     "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) HAVING COUNT(*) > 1"),
    ("flight_2", "join",
     "What flights leave from Aspen? I need the airline and flight #",
     "List the departures out of Aspen, giving the operating airline's name and the flight number.",
     "SELECT T3.Airline, T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.SourceAirport) = T2.AirportCode "
     "JOIN airlines AS T3 ON T1.Airline = T3.uid WHERE TRIM(T2.City) = 'Aspen'"),
    ("flight_2", "set",
     "Which airlines have departures from both Aspen and Astoria?",
     "Name the carriers that operate flights out of Aspen as well as out of Astoria.",
     "SELECT T3.Airline FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.SourceAirport) = T2.AirportCode "
     "JOIN airlines AS T3 ON T1.Airline = T3.uid WHERE TRIM(T2.City) = 'Aspen' "
     "INTERSECT "
     "SELECT T3.Airline FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.SourceAirport) = T2.AirportCode "
     "JOIN airlines AS T3 ON T1.Airline = T3.uid WHERE TRIM(T2.City) = 'Astoria'"),
    ("flight_2", "ratio",
     "what % of flights land at an airport with 'Municipal' in its name?",
     "Of every flight in the data, what share in percent is headed to an airport whose name includes the word Municipal?",
     "SELECT 100.0 * SUM(CASE WHEN T2.AirportName LIKE '%Municipal%' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM flights AS T1 JOIN airports AS T2 ON TRIM(T1.DestAirport) = T2.AirportCode"),
    ("flight_2", "compare-to-aggregate",
     "Which airports get more incoming flights than the average airport does? code and number of arrivals",
     "List the airport codes whose count of arriving flights exceeds the per-airport average, with those counts.",
     "SELECT TRIM(DestAirport), COUNT(*) FROM flights GROUP BY TRIM(DestAirport) "
     "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT TRIM(DestAirport)) FROM flights)"),

    # -------------------------------------------------------------- network_1
    ("network_1", "count",
     "how many friendships are on record?",
     "What's the total number of friend pairs stored in the data?",
     "SELECT COUNT(*) FROM Friend"),
    ("network_1", "list",
     "List all the high schoolers and what grade they're in",
     "Show every student's name together with their grade level.",
     "SELECT name, grade FROM Highschooler"),
    ("network_1", "filter-text",
     "What grade is Kyle in? his ID too",
     "Give me the student ID and the grade of the high schooler named Kyle.",
     "SELECT ID, grade FROM Highschooler WHERE name = 'Kyle'"),
    ("network_1", "filter-number",
     "Who's in 11th grade or higher? names and grades",
     "List the juniors and seniors, meaning everyone at grade eleven or above, with their grade.",
     "SELECT name, grade FROM Highschooler WHERE grade >= 11"),
    ("network_1", "aggregate",
     "avg grade of the kids someone has a crush on?",
     "Among students who are liked by at least one other student, what is the mean grade?",
     "SELECT AVG(grade) FROM Highschooler WHERE ID IN (SELECT liked_id FROM Likes)"),
    ("network_1", "superlative",
     "Which grade has the most students who like somebody, and how many?",
     "In which grade level are the largest number of students with a crush, and what is that number?",
     "SELECT T2.grade, COUNT(DISTINCT T1.student_id) FROM Likes AS T1 JOIN Highschooler AS T2 "
     "ON T1.student_id = T2.ID GROUP BY T2.grade ORDER BY COUNT(DISTINCT T1.student_id) DESC LIMIT 1"),
    ("network_1", "group",
     "how many students per grade?",
     "Give the headcount for each grade level.",
     "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
    ("network_1", "join",
     "Show who likes who (names of both people)",
     "For every crush on record, give the admirer's name and the name of the person they like.",
     "SELECT T2.name, T3.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID "
     "JOIN Highschooler AS T3 ON T1.liked_id = T3.ID"),
    ("network_1", "set",
     "Which students aren't involved in any crush at all - they don't like anyone and nobody likes them?",
     "Name the high schoolers who appear in the likes data neither as an admirer nor as someone being liked.",
     "SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) "
     "AND ID NOT IN (SELECT liked_id FROM Likes)"),
    ("network_1", "ratio",
     "What % of students are liked by at least one person?",
     "What proportion of the student body, as a percentage, has somebody who likes them?",
     "SELECT 100.0 * COUNT(DISTINCT liked_id) / (SELECT COUNT(*) FROM Highschooler) FROM Likes"),
    ("network_1", "compare-to-aggregate",
     "Who's got more admirers than the typical liked student? name + number of admirers",
     "Which students are liked by more people than the average student who is liked at all? Give names and admirer counts.",
     "SELECT T2.name, COUNT(*) FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.liked_id = T2.ID "
     "GROUP BY T1.liked_id HAVING COUNT(*) > "
     "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM Likes GROUP BY liked_id))"),

    # ----------------------------------------------------------------- pets_1
    ("pets_1", "count",
     "How many students have a pet?",
     "Count the students who own at least one animal.",
     "SELECT COUNT(DISTINCT StuID) FROM Has_Pet"),
    ("pets_1", "list",
     "list the pets - type, age and weight",
     "Show me every pet's species along with its age and its weight.",
     "SELECT PetType, pet_age, weight FROM Pets"),
    ("pets_1", "filter-text",
     "students from BAL? first and last names",
     "Which students have BAL as their city code? Give their first and last names.",
     "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'"),
    ("pets_1", "filter-number",
     "Which students are over 25? first + last name and age",
     "Give the first name, surname and age of every student older than twenty-five.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 25"),
    ("pets_1", "aggregate",
     "whats the avg weight of the dogs?",
     "What is the mean weight of the pets that are dogs?",
     "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'"),
    ("pets_1", "superlative",
     "Who's the oldest female student, and how old is she?",
     "Name the eldest woman among the students, giving her first and last name and age.",
     "SELECT Fname, LName, Age FROM Student WHERE Sex = 'F' ORDER BY Age DESC LIMIT 1"),
    ("pets_1", "group",
     "number of students in each major",
     "How many students does every major code have?",
     "SELECT Major, COUNT(*) FROM Student GROUP BY Major"),
    ("pets_1", "join",
     "Show pet owners' first names with the type and age of their pets",
     "For every pet owned by a student, list the owner's first name, what kind of animal it is and how old it is.",
     "SELECT T1.Fname, T3.PetType, T3.pet_age FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID "
     "JOIN Pets AS T3 ON T2.PetID = T3.PetID"),
    ("pets_1", "set",
     "female students who don't own any pets - first & last names",
     "Which women students have no pets? List their first names and surnames.",
     "SELECT Fname, LName FROM Student WHERE Sex = 'F' AND StuID NOT IN (SELECT StuID FROM Has_Pet)"),
    ("pets_1", "ratio",
     "what percentage of students own a pet?",
     "As a percent of the whole student body, how many are pet owners?",
     "SELECT 100.0 * COUNT(DISTINCT StuID) / (SELECT COUNT(*) FROM Student) FROM Has_Pet"),
    ("pets_1", "compare-to-aggregate",
     "Which pets weigh more than average? id, type, weight",
     "List the pets that are heavier than the mean pet weight, giving pet ID, kind of animal and weight.",
     "SELECT PetID, PetType, weight FROM Pets WHERE weight > (SELECT AVG(weight) FROM Pets)"),

    # ------------------------------------------------- real_estate_properties
    ("real_estate_properties", "count",
     "how many apartments are listed?",
     "What's the number of properties whose type is apartment?",
     "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties", "list",
     "Show each property's name and address",
     "Give me the names and the street addresses of all the properties.",
     "SELECT property_name, property_address FROM Properties"),
    ("real_estate_properties", "filter-text",
     "Which properties are shops? name and # of rooms",
     "For the retail shop properties, list the property name and how many rooms each has.",
     "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'Shop'"),
    ("real_estate_properties", "filter-number",
     "properties where the seller asked more than $1,000,000 - name and asking price",
     "Which listings had a vendor-requested price above one million? Show the property name and that price.",
     "SELECT property_name, vendor_requested_price FROM Properties WHERE vendor_requested_price > 1000000"),
    ("real_estate_properties", "aggregate",
     "What's the average price vendors asked for houses?",
     "For properties of the house type, what is the mean price the sellers requested?",
     "SELECT AVG(vendor_requested_price) FROM Properties WHERE property_type_code = 'House'"),
    ("real_estate_properties", "superlative",
     "Which property sold for the most, and at what price?",
     "Name the property with the highest agreed selling price and give that price.",
     "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
    ("real_estate_properties", "group",
     "How many properties of each type? show the type's description",
     "Count the properties per property type, labelling each type by its description.",
     "SELECT T2.property_type_description, COUNT(*) FROM Properties AS T1 JOIN Ref_Property_Types AS T2 "
     "ON T1.property_type_code = T2.property_type_code GROUP BY T2.property_type_code"),
    ("real_estate_properties", "join",
     "which properties have a swimming pool? name + property type",
     "List the name and the type code of every property that offers a pool among its features.",
     "SELECT DISTINCT T1.property_name, T1.property_type_code FROM Properties AS T1 "
     "JOIN Other_Property_Features AS T2 ON T1.property_id = T2.property_id "
     "JOIN Other_Available_Features AS T3 ON T2.feature_id = T3.feature_id WHERE T3.feature_name = 'Pool'"),
    ("real_estate_properties", "compare-to-aggregate",
     "Properties with more rooms than average: names and room counts",
     "Which listings exceed the mean number of rooms? Give the property name and how many rooms it has.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),

    # ------------------------------------------- student_transcripts_tracking
    ("student_transcripts_tracking", "count",
     "How many different courses have students signed up for?",
     "Count the distinct courses that appear among students' course enrolments.",
     "SELECT COUNT(DISTINCT course_id) FROM Student_Enrolment_Courses"),
    ("student_transcripts_tracking", "list",
     "Give me every student's full name (first, middle, last)",
     "List each student's first name, middle name and surname.",
     "SELECT first_name, middle_name, last_name FROM Students"),
    ("student_transcripts_tracking", "filter-text",
     "Which degree programs are PhDs? program id + department",
     "Show the ID and the department name for every doctoral (PhD) degree program.",
     "SELECT T1.degree_program_id, T2.department_name FROM Degree_Programs AS T1 JOIN Departments AS T2 "
     "ON T1.department_id = T2.department_id WHERE T1.degree_summary_name = 'PHD'"),
    ("student_transcripts_tracking", "filter-number",
     "which students first registered after 2010? names and registration date",
     "List the first name, last name and first-registration date of students who registered in 2011 or later.",
     "SELECT first_name, last_name, date_first_registered FROM Students WHERE date_first_registered >= '2011-01-01'"),
    ("student_transcripts_tracking", "aggregate",
     "earliest and latest transcript dates?",
     "When was the very first transcript produced, and when was the most recent one?",
     "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
    ("student_transcripts_tracking", "superlative",
     "Which semester had the most enrolments? name and count",
     "Name the term with the largest number of student enrolments, together with that count.",
     "SELECT T2.semester_name, COUNT(*) FROM Student_Enrolment AS T1 JOIN Semesters AS T2 "
     "ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("student_transcripts_tracking", "group",
     "enrolments by degree level (bachelor, master etc)?",
     "For each type of degree that students are enrolled in, how many enrolments are there?",
     "SELECT T2.degree_summary_name, COUNT(*) FROM Student_Enrolment AS T1 JOIN Degree_Programs AS T2 "
     "ON T1.degree_program_id = T2.degree_program_id GROUP BY T2.degree_summary_name"),
    ("student_transcripts_tracking", "join",
     "Show every student with the city they currently live in",
     "List students' first and last names along with the city of their current address.",
     "SELECT T1.first_name, T1.last_name, T2.city FROM Students AS T1 JOIN Addresses AS T2 "
     "ON T1.current_address_id = T2.address_id"),
    ("student_transcripts_tracking", "set",
     "which students never enrolled in a degree program? first + last name",
     "Name the students who have no enrolment record in any degree program.",
     "SELECT first_name, last_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)"),
    ("student_transcripts_tracking", "ratio",
     "what % of the degree programs are master's?",
     "Out of all degree programs, what percentage are Master's programmes?",
     "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Master' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs"),
    ("student_transcripts_tracking", "compare-to-aggregate",
     "Which courses have more students enrolled than the average course? course name + count",
     "List the courses whose enrolment count beats the per-course average (over courses that have enrolments), with their counts.",
     "SELECT T2.course_name, COUNT(*) FROM Student_Enrolment_Courses AS T1 JOIN Courses AS T2 "
     "ON T1.course_id = T2.course_id GROUP BY T1.course_id HAVING COUNT(*) > "
     "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM Student_Enrolment_Courses GROUP BY course_id))"),

    # ---------------------------------------------------------------- voter_1
    ("voter_1", "count",
     "How many votes came in from New York?",
     "Count the votes that were cast from the state of NY.",
     "SELECT COUNT(*) FROM VOTES WHERE state = 'NY'"),
    ("voter_1", "list",
     "list contestants with their numbers",
     "Show each contestant's number and name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    ("voter_1", "filter-text",
     "what are all the area codes in Texas?",
     "List the telephone area codes that belong to TX.",
     "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'"),
    ("voter_1", "filter-number",
     "area codes higher than 975, and which state each is in",
     "Which area codes are greater than 975? Show each one with its state.",
     "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 975"),
    ("voter_1", "aggregate",
     "When did the first and the last votes come in?",
     "Give the timestamps of the earliest and the latest vote.",
     "SELECT MIN(created), MAX(created) FROM VOTES"),
    ("voter_1", "superlative",
     "Who got the most votes? name and vote count",
     "Which contestant received the highest number of votes, and how many did they get?",
     "SELECT T2.contestant_name, COUNT(*) FROM VOTES AS T1 JOIN CONTESTANTS AS T2 "
     "ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number ORDER BY COUNT(*) DESC LIMIT 1"),
    ("voter_1", "group",
     "states with 10+ area codes, how many each",
     "For every state having at least ten area codes, give the number of area codes it has.",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) >= 10"),
    ("voter_1", "join",
     "For each vote, who was it for and what state did it come from?",
     "List every vote's contestant name and the state where the vote was cast.",
     "SELECT T2.contestant_name, T1.state FROM VOTES AS T1 JOIN CONTESTANTS AS T2 "
     "ON T1.contestant_number = T2.contestant_number"),
    ("voter_1", "set",
     "contestants who got zero votes?",
     "Name the contestants that nobody voted for.",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    ("voter_1", "ratio",
     "What % of the votes went to Kelly Clauss?",
     "Kelly Clauss received what share of all votes, expressed as a percentage?",
     "SELECT 100.0 * SUM(CASE WHEN T2.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number"),
    ("voter_1", "compare-to-aggregate",
     "Which states have more area codes than the average state? state + count",
     "List the states whose number of area codes exceeds the mean per state, with their counts.",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > "
     "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM AREA_CODE_STATE GROUP BY state))"),
]


def norm(s):
    return " ".join(s.lower().split())


def main():
    show = "--show" in sys.argv
    errors = []
    expected = {(d, k) for d in DBS for k in KINDS} - EXCLUDED
    seen = {}
    for i, it in enumerate(ITEMS):
        if len(it) != 5:
            errors.append(f"item {i}: expected 5 fields, got {len(it)}")
            continue
        db, kind, q, p, sql = it
        tag = f"item {i} ({db}, {kind})"
        if kind not in KINDS:
            errors.append(f"{tag}: unknown kind")
        if (db, kind) in EXCLUDED:
            errors.append(f"{tag}: pair is excluded")
        if (db, kind) in seen:
            errors.append(f"{tag}: duplicate pair (also item {seen[(db, kind)]})")
        seen[(db, kind)] = i
        if not q.strip() or not p.strip():
            errors.append(f"{tag}: empty question or paraphrase")
        if norm(q) == norm(p):
            errors.append(f"{tag}: paraphrase identical to question")
        if "ROUND(" in sql.upper():
            errors.append(f"{tag}: gold uses ROUND")
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(path):
            errors.append(f"{tag}: database file missing: {path}")
            continue
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(sql).fetchall()
        except Exception as e:  # noqa: BLE001
            errors.append(f"{tag}: SQL error: {e}")
            con.close()
            continue
        if not rows:
            errors.append(f"{tag}: gold returns no rows")
        elif all(v is None for r in rows for v in r):
            errors.append(f"{tag}: gold returns only NULLs")
        # tie check for LIMIT-based rankings: the ranking value is the last column
        up = sql.upper().rstrip()
        if " LIMIT " in up and "ORDER BY" in up:
            n = int(up.rsplit(" LIMIT ", 1)[1].strip())
            more = con.execute(sql[: up.rfind(" LIMIT ")] + f" LIMIT {n + 1}").fetchall()
            if len(more) > n and more[n - 1][-1] == more[n][-1]:
                errors.append(f"{tag}: tie at the LIMIT {n} cut-off ({more[n-1]} vs {more[n]})")
        con.close()
        if show:
            print(f"--- {tag}\n  Q: {q}\n  P: {p}\n  {sql}\n  -> {len(rows)} rows: {rows[:8]}")
    missing = expected - set(seen)
    for m in sorted(missing):
        errors.append(f"missing pair {m}")
    if len(ITEMS) != len(expected):
        errors.append(f"expected {len(expected)} items, got {len(ITEMS)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind}
           for db, kind, q, p, sql in ITEMS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print(f"OK: wrote {len(out)} items over {len(DBS)} databases to {OUT}")
    if MISSING_DBS:
        print(f"NOTE: skipped {MISSING_DBS} (no SQLite file under {DB_ROOT})")


if __name__ == "__main__":
    main()
