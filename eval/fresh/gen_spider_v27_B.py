#!/usr/bin/env python3
"""Blind held-out set v27 (half B): 12 items per database, gold SQL checked before writing."""
import json, os, re, sqlite3, sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind27/spider_v27_B.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

# newline/space cleanup used for VOTES.state ('NJ\n')
WS = "char(10,13,32)"

# (kind, question, paraphrase, sql, expected) ; expected only for exact-count checks
ITEMS = {
"car_1": [
 ("count", "how many car makers are based in Europe?",
  "Give me the number of automobile manufacturers whose home country sits on the European continent.",
  "SELECT COUNT(*) FROM car_makers cm JOIN countries co ON CAST(cm.Country AS INTEGER) = co.CountryId "
  "JOIN continents ct ON co.Continent = ct.ContId WHERE ct.Continent = 'europe'", 11),
 ("list", "list all car makers - short name and full company name",
  "Show every manufacturer's abbreviated maker label together with its complete corporate name.",
  "SELECT Maker, FullName FROM car_makers", None),
 ("filter-text", "show me the car makes that have 'wagon' in the name + their model year",
  "Which vehicle make names contain the word wagon, and what year is each of them from?",
  "SELECT TRIM(cn.Make), cd.Year FROM car_names cn JOIN cars_data cd ON cd.Id = cn.MakeId "
  "WHERE cn.Make LIKE '%wagon%'", None),
 ("filter-number", "8 cyl cars from 1975 or later w/ more than 150 hp -- make, year and horsepower pls",
  "Among eight-cylinder vehicles built in 1975 or after, which ones exceed 150 horsepower? Give the make, the model year and the horsepower figure.",
  "SELECT TRIM(cn.Make), cd.Year, CAST(cd.Horsepower AS INTEGER) FROM cars_data cd "
  "JOIN car_names cn ON cn.MakeId = cd.Id WHERE cd.Cylinders = 8 AND cd.Year >= 1975 "
  "AND TRIM(cd.Horsepower) <> 'null' AND CAST(cd.Horsepower AS INTEGER) > 150", None),
 ("aggregate", "avg mpg for four-cylinder cars?",
  "On average, how many miles per gallon do the cars with 4 cylinders get?",
  "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Cylinders = 4 AND TRIM(MPG) <> 'null'", None),
 ("superlative", "Which country has the most car makers, and how many does it have?",
  "Name the country that is home to the largest number of automobile manufacturers, along with that number.",
  "SELECT co.CountryName, COUNT(*) FROM car_makers cm JOIN countries co ON CAST(cm.Country AS INTEGER) = co.CountryId "
  "GROUP BY co.CountryId ORDER BY COUNT(*) DESC LIMIT 1", None),
 ("group", "number of cars and avg horsepower for each model year",
  "Break the cars down by year: for every year, how many cars are there and what is their mean horsepower?",
  "SELECT Year, COUNT(*), AVG(CASE WHEN TRIM(Horsepower) <> 'null' THEN CAST(Horsepower AS REAL) END) "
  "FROM cars_data GROUP BY Year", None),
 ("join", "list each car maker's full name with the name of the country it's from",
  "For every manufacturer, show its full company name next to its home country.",
  "SELECT cm.FullName, co.CountryName FROM car_makers cm JOIN countries co ON CAST(cm.Country AS INTEGER) = co.CountryId", None),
 ("set", "which countries don't have any car manufacturer? show country and continent",
  "Give the countries with zero automakers on record, each with the continent it belongs to.",
  "SELECT co.CountryName, ct.Continent FROM countries co JOIN continents ct ON co.Continent = ct.ContId "
  "WHERE co.CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers WHERE Country IS NOT NULL)", None),
 ("ratio", "what % of the cars have 4 cylinders?",
  "Out of all vehicles in the data, what percentage are four-cylinder ones?",
  "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data", None),
 ("compare-to-aggregate", "cars from 1980 onwards that have above-average horsepower: make, year, hp",
  "Which vehicles made in 1980 or later are more powerful than the average car in the dataset? List make, year and horsepower.",
  "SELECT TRIM(cn.Make), cd.Year, CAST(cd.Horsepower AS INTEGER) FROM cars_data cd JOIN car_names cn ON cn.MakeId = cd.Id "
  "WHERE cd.Year >= 1980 AND TRIM(cd.Horsepower) <> 'null' AND CAST(cd.Horsepower AS REAL) > "
  "(SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE TRIM(Horsepower) <> 'null')", None),
 ("count", "# of volkswagens in the data?",
  "How many of the listed cars are Volkswagen-brand models?",
  "SELECT COUNT(*) FROM car_names WHERE TRIM(Model) = 'volkswagen'", 23),
],
"course_teach": [
 ("count", "how many teachers actually have a course assigned to them?",
  "Count the distinct teachers that appear in at least one course arrangement.",
  "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange", 5),
 ("list", "teachers + hometowns pls",
  "Give me every teacher's name along with the town they come from.",
  "SELECT Name, Hometown FROM teacher", None),
 ("filter-text", "which teachers are from an urban district? name and hometown",
  "List the teachers whose hometown is an Urban District, showing their names and those hometowns.",
  "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'", None),
 ("filter-number", "teachers between thirty and forty years old - names and ages",
  "Who are the teachers aged 30 to 40 inclusive, and how old is each?",
  "SELECT Name, CAST(Age AS INTEGER) FROM teacher WHERE CAST(Age AS INTEGER) BETWEEN 30 AND 40", None),
 ("aggregate", "avg teacher age?",
  "What is the mean age across all the teachers?",
  "SELECT AVG(CAST(Age AS REAL)) FROM teacher", None),
 ("superlative", "whos the youngest teacher and where r they from",
  "Find the teacher with the lowest age and give their name and hometown.",
  "SELECT Name, Hometown FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1", None),
 ("group", "how many courses does each teacher teach? show name + number of courses (only ppl who teach something)",
  "For every teacher with at least one assignment, give their name and the count of distinct courses they are arranged to teach.",
  "SELECT t.Name, COUNT(DISTINCT ca.Course_ID) FROM course_arrange ca JOIN teacher t ON t.Teacher_ID = ca.Teacher_ID "
  "GROUP BY t.Teacher_ID, t.Name", None),
 ("join", "show each course with the teacher's name and the grade it's for",
  "For every course arrangement, list the course title, who teaches it, and which grade it is taught to.",
  "SELECT c.Course, t.Name, ca.Grade FROM course_arrange ca JOIN course c ON c.Course_ID = ca.Course_ID "
  "JOIN teacher t ON t.Teacher_ID = ca.Teacher_ID", None),
 ("set", "Which teachers have no course assigned at all?",
  "Name the teachers who do not appear in any course arrangement.",
  "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)", None),
 ("ratio", "what percent of the teachers are teaching at least one course",
  "Share of teachers, as a percentage, who have been given one or more courses.",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange) / (SELECT COUNT(*) FROM teacher)", None),
 ("compare-to-aggregate", "teachers older than the average teacher - name & age",
  "Which teachers are above the mean teacher age? Show each one's name and age.",
  "SELECT Name, CAST(Age AS INTEGER) FROM teacher WHERE CAST(Age AS REAL) > (SELECT AVG(CAST(Age AS REAL)) FROM teacher)", None),
 ("filter-text", "what's the course that starts on May 10th, and who teaches it?",
  "Which course has a starting date of 10 May, and which teacher is assigned to it?",
  "SELECT c.Course, t.Name FROM course c JOIN course_arrange ca ON ca.Course_ID = c.Course_ID "
  "JOIN teacher t ON t.Teacher_ID = ca.Teacher_ID WHERE TRIM(c.Staring_Date) = '10 May'", None),
],
"dog_kennels": [
 ("count", "how many big dogs do we have?",
  "What's the number of dogs whose size is Large?",
  "SELECT COUNT(*) FROM Dogs d JOIN Sizes s ON s.size_code = d.size_code WHERE s.size_description = 'Large'", 4),
 ("list", "every dog's name, age and weight",
  "Show all the dogs, giving for each its name, how old it is and how much it weighs.",
  "SELECT name, CAST(age AS INTEGER), CAST(weight AS REAL) FROM Dogs", None),
 ("filter-text", "owners living in North Dakota - first name, last name, city",
  "Which dog owners have a North Dakota address? Give their first and last names and their city.",
  "SELECT first_name, last_name, city FROM Owners WHERE REPLACE(state, ' ', '') = 'NorthDakota'", None),
 ("filter-number", "dogs that weigh less than 3 -- name and weight",
  "Which dogs have a recorded weight under three? Show the name with the weight.",
  "SELECT name, CAST(weight AS REAL) FROM Dogs WHERE CAST(weight AS REAL) < 3", None),
 ("aggregate", "total $ spent on vaccinations?",
  "Add up the cost of every vaccination treatment - what's the sum?",
  "SELECT SUM(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types tt ON tt.treatment_type_code = t.treatment_type_code "
  "WHERE tt.treatment_type_description = 'Vaccination'", None),
 ("superlative", "which vet has done the most treatmnets? first + last name",
  "Among the veterinarians, who performed the greatest number of treatments? Give their first and last name.",
  "SELECT p.first_name, p.last_name FROM Treatments t JOIN Professionals p ON p.professional_id = t.professional_id "
  "WHERE p.role_code = 'Veterenarian' GROUP BY p.professional_id, p.first_name, p.last_name ORDER BY COUNT(*) DESC LIMIT 1", None),
 ("group", "avg treatment cost by treatment type (use the description)",
  "For each kind of treatment, by its description, what does it cost on average?",
  "SELECT tt.treatment_type_description, AVG(t.cost_of_treatment) FROM Treatments t "
  "JOIN Treatment_Types tt ON tt.treatment_type_code = t.treatment_type_code GROUP BY tt.treatment_type_description", None),
 ("join", "list each dog with its breed and its size",
  "Show every dog's name together with the breed name and the size description.",
  "SELECT d.name, b.breed_name, s.size_description FROM Dogs d JOIN Breeds b ON b.breed_code = d.breed_code "
  "JOIN Sizes s ON s.size_code = d.size_code", None),
 ("set", "owners that don't have any dogs - names + email",
  "Which registered owners have no dog on file? Provide their first name, last name and email address.",
  "SELECT first_name, last_name, email_address FROM Owners WHERE owner_id NOT IN (SELECT owner_id FROM Dogs)", None),
 ("ratio", "what percent of the dogs were abandoned?",
  "Of all dogs in the kennel records, what percentage are flagged as abandoned?",
  "SELECT 100.0 * SUM(CASE WHEN TRIM(abandoned_yn) = '1' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs", None),
 ("compare-to-aggregate", "treatments that cost more than the avg treatment: dog name, date of treatment, cost",
  "Show the treatments priced above the mean treatment cost, with the dog's name, when it was treated, and what it cost.",
  "SELECT d.name, t.date_of_treatment, t.cost_of_treatment FROM Treatments t JOIN Dogs d ON d.dog_id = t.dog_id "
  "WHERE t.cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)", None),
 ("group", "owners w/ more than one dog - owner name and how many dogs they have",
  "Which owners have two or more dogs? List each owner's first and last name plus their dog count.",
  "SELECT o.first_name, o.last_name, COUNT(*) FROM Owners o JOIN Dogs d ON d.owner_id = o.owner_id "
  "GROUP BY o.owner_id, o.first_name, o.last_name HAVING COUNT(*) > 1", None),
],
"flight_2": [
 ("count", "how many flights depart from Albany?",
  "Count the flights whose origin airport is in the city of Albany.",
  "SELECT COUNT(*) FROM flights f JOIN airports a ON a.AirportCode = TRIM(f.SourceAirport) WHERE TRIM(a.City) = 'Albany'", 57),
 ("list", "list all the airlines + their abbreviations",
  "Show each carrier's name together with its short code.",
  "SELECT Airline, Abbreviation FROM airlines", None),
 ("filter-text", "airports in anchorage? code and name",
  "Which airports serve Anchorage? Give me each one's airport code and name.",
  "SELECT AirportCode, TRIM(AirportName) FROM airports WHERE TRIM(City) = 'Anchorage'", None),
 ("filter-number", "JetBlue flights numbered above 1,000 - flight no plus origin and destination codes",
  "List JetBlue's flights whose flight number is greater than one thousand, with the source and destination airport codes.",
  "SELECT f.FlightNo, TRIM(f.SourceAirport), TRIM(f.DestAirport) FROM flights f JOIN airlines a ON a.uid = f.Airline "
  "WHERE a.Airline = 'JetBlue Airways' AND f.FlightNo > 1000", None),
 ("aggregate", "lowest and highest flight number Southwest uses?",
  "What are the minimum and maximum flight numbers operated by Southwest Airlines?",
  "SELECT MIN(f.FlightNo), MAX(f.FlightNo) FROM flights f JOIN airlines a ON a.uid = f.Airline WHERE a.Airline = 'Southwest Airlines'", None),
 ("superlative", "Which city has the most airports, and how many?",
  "Name the city that is served by the largest number of airports, and give that number.",
  "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) ORDER BY COUNT(*) DESC LIMIT 1", None),
 ("group", "for each airline, how many different airports does it fly out of",
  "Per carrier, give the airline name and the count of distinct origin airports it operates flights from.",
  "SELECT a.Airline, COUNT(DISTINCT TRIM(f.SourceAirport)) FROM flights f JOIN airlines a ON a.uid = f.Airline GROUP BY a.uid, a.Airline", None),
 ("join", "United flights w/ the departure city and arrival city",
  "For every United Airlines flight, show the flight number, the city it leaves from and the city it lands in.",
  "SELECT f.FlightNo, TRIM(s.City), TRIM(d.City) FROM flights f JOIN airlines a ON a.uid = f.Airline "
  "JOIN airports s ON s.AirportCode = TRIM(f.SourceAirport) JOIN airports d ON d.AirportCode = TRIM(f.DestAirport) "
  "WHERE a.Airline = 'United Airlines'", None),
 ("set", "which airlines have flights leaving from both Aspen and Anchorage?",
  "Find the carriers that operate departures out of Aspen and also out of Anchorage.",
  "SELECT a.Airline FROM flights f JOIN airlines a ON a.uid = f.Airline JOIN airports p ON p.AirportCode = TRIM(f.SourceAirport) "
  "WHERE TRIM(p.City) = 'Aspen' INTERSECT SELECT a.Airline FROM flights f JOIN airlines a ON a.uid = f.Airline "
  "JOIN airports p ON p.AirportCode = TRIM(f.SourceAirport) WHERE TRIM(p.City) = 'Anchorage'", None),
 ("ratio", "what % of Delta's flights fly into Albany?",
  "Of all flights run by Delta Airlines, what percentage have an Albany airport as the destination?",
  "SELECT 100.0 * SUM(CASE WHEN TRIM(d.City) = 'Albany' THEN 1 ELSE 0 END) / COUNT(*) FROM flights f "
  "JOIN airlines a ON a.uid = f.Airline JOIN airports d ON d.AirportCode = TRIM(f.DestAirport) WHERE a.Airline = 'Delta Airlines'", None),
 ("compare-to-aggregate", "airports with more arriving flights than the average airport -- code and # of arrivals",
  "Which airports receive more incoming flights than airports do on average? Give the airport code and its arrival count.",
  "SELECT TRIM(DestAirport), COUNT(*) FROM flights GROUP BY TRIM(DestAirport) HAVING COUNT(*) > "
  "(SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM flights GROUP BY TRIM(DestAirport)))", None),
 ("filter-text", "American Airlines flights out of Abilene: flight number and the name of the destination airport",
  "Show the flights that American operates from Abilene, each with its flight number and the airport it flies to (by name).",
  "SELECT f.FlightNo, TRIM(d.AirportName) FROM flights f JOIN airlines a ON a.uid = f.Airline "
  "JOIN airports s ON s.AirportCode = TRIM(f.SourceAirport) JOIN airports d ON d.AirportCode = TRIM(f.DestAirport) "
  "WHERE a.Airline = 'American Airlines' AND TRIM(s.City) = 'Abilene'", None),
],
"network_1": [
 ("count", "how many 10th graders r there",
  "What's the number of high schoolers in grade ten?",
  "SELECT COUNT(*) FROM Highschooler WHERE grade = 10", 4),
 ("list", "all the highschoolers w/ their grade",
  "Give every student's name together with the grade they are in.",
  "SELECT name, grade FROM Highschooler", None),
 ("filter-text", "ID and grade for every kid named Gabriel",
  "There may be several students called Gabriel - show each one's ID and grade.",
  "SELECT ID, grade FROM Highschooler WHERE name = 'Gabriel'", None),
 ("filter-number", "juniors and seniors - names + grades",
  "List the students in the last two years of high school (grades 11 and 12) with their grade.",
  "SELECT name, grade FROM Highschooler WHERE grade IN (11, 12)", None),
 ("aggregate", "avg grade of students that somebody has a crush on",
  "Among the students who are liked by at least one other student, what is the average grade?",
  "SELECT AVG(grade) FROM Highschooler WHERE ID IN (SELECT liked_id FROM Likes)", None),
 ("superlative", "Among the 9th graders, who has the most friends and how many?",
  "Which ninth-grade student has the largest number of friendships, and what is that number?",
  "SELECT h.name, COUNT(*) FROM Highschooler h JOIN (SELECT student_id AS sid FROM Friend UNION ALL "
  "SELECT friend_id AS sid FROM Friend) f ON f.sid = h.ID WHERE h.grade = 9 GROUP BY h.ID, h.name ORDER BY COUNT(*) DESC LIMIT 1", None),
 ("group", "how many students in each grade?",
  "Give a headcount of high schoolers per grade level.",
  "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade", None),
 ("join", "who likes who? liker's name and the name of the person they like",
  "For every 'like' on record, show the name of the student doing the liking and the name of the student being liked.",
  "SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON a.ID = l.student_id JOIN Highschooler b ON b.ID = l.liked_id", None),
 ("set", "kids who don't like anyone AND that nobody likes - name and grade",
  "Which students are absent from the likes table entirely, neither liking someone nor being liked? Show names with grades.",
  "SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes) AND ID NOT IN (SELECT liked_id FROM Likes)", None),
 ("ratio", "what percentage of likes are mutual?",
  "Out of all the likes, what share (in percent) are returned by the liked student?",
  "SELECT 100.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM Likes r WHERE r.student_id = l.liked_id AND r.liked_id = l.student_id) "
  "THEN 1 ELSE 0 END) / COUNT(*) FROM Likes l", None),
 ("compare-to-aggregate", "students with more friends than the average student has -- name + number of friends",
  "Which high schoolers have a friend count above the mean friend count per student? Give the name and how many friends.",
  "SELECT h.name, COUNT(f.sid) FROM Highschooler h LEFT JOIN (SELECT student_id AS sid FROM Friend UNION ALL "
  "SELECT friend_id AS sid FROM Friend) f ON f.sid = h.ID GROUP BY h.ID, h.name HAVING COUNT(f.sid) > "
  "(SELECT 2.0 * COUNT(*) / (SELECT COUNT(*) FROM Highschooler) FROM Friend)", None),
 ("join", "likes that cross grades: who likes who plus both of their grades",
  "Show the pairs where a student likes someone in a different grade - liker name, liker grade, liked student's name, liked student's grade.",
  "SELECT a.name, a.grade, b.name, b.grade FROM Likes l JOIN Highschooler a ON a.ID = l.student_id "
  "JOIN Highschooler b ON b.ID = l.liked_id WHERE a.grade <> b.grade", None),
],
"pets_1": [
 ("count", "how many students own a dog?",
  "Count the students who have at least one pet dog.",
  "SELECT COUNT(DISTINCT hp.StuID) FROM Has_Pet hp JOIN Pets p ON p.PetID = hp.PetID WHERE p.PetType = 'dog'", 1),
 ("list", "list all pets: id, type, age and weight",
  "Show me every pet on file with its pet ID, what kind of animal it is, its age and its weight.",
  "SELECT PetID, PetType, pet_age, weight FROM Pets", None),
 ("filter-text", "students from Baltimore - first and last names",
  "Which students list Baltimore as their home city? Give first name and last name.",
  "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'", None),
 ("filter-number", "students older than twenty-one, name + age",
  "Who among the students is over 21? Show their first name, last name and age.",
  "SELECT Fname, LName, Age FROM Student WHERE Age > 21", None),
 ("aggregate", "avg weight of the dogs?",
  "What do the pet dogs weigh on average?",
  "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'", None),
 ("superlative", "oldest female student - full name and age",
  "Which woman student is the oldest? I need her first name, last name and age.",
  "SELECT Fname, LName, Age FROM Student WHERE Sex = 'F' ORDER BY Age DESC LIMIT 1", None),
 ("group", "for each major: # of students and their avg age",
  "Group students by major code and give the headcount and mean age for each.",
  "SELECT Major, COUNT(*), AVG(Age) FROM Student GROUP BY Major", None),
 ("join", "pet owners with their pet's type and age",
  "For each student who has a pet, show the student's first and last name along with the pet type and pet age.",
  "SELECT s.Fname, s.LName, p.PetType, p.pet_age FROM Student s JOIN Has_Pet hp ON hp.StuID = s.StuID JOIN Pets p ON p.PetID = hp.PetID", None),
 ("set", "students from Philly who dont have a pet",
  "Which Philadelphia students own no pets? Give their first and last names.",
  "SELECT Fname, LName FROM Student WHERE city_code = 'PHL' AND StuID NOT IN (SELECT StuID FROM Has_Pet)", None),
 ("ratio", "what percentage of students are female?",
  "Share of the student body, in percent, that is women.",
  "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student", None),
 ("compare-to-aggregate", "male students older than the avg student age: first name, last name, age",
  "Which men are older than the mean age of all students? Show first name, last name and age.",
  "SELECT Fname, LName, Age FROM Student WHERE Sex = 'M' AND Age > (SELECT AVG(Age) FROM Student)", None),
 ("aggregate", "age of the youngest pet and the weight of the heaviest pet?",
  "Give me two numbers: the minimum pet age and the maximum pet weight.",
  "SELECT MIN(pet_age), MAX(weight) FROM Pets", None),
],
"real_estate_properties": [
 ("count", "how many apartments are on the list?",
  "Count the properties that are apartments.",
  "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'", 6),
 ("list", "property names with their type and # of rooms",
  "Show every property's name, what type of property it is, and its room count.",
  "SELECT property_name, property_type_code, room_count FROM Properties", None),
 ("filter-text", "propertys located in Utah -- name + property type",
  "Which listings have an address in the state of Utah? Give the property name and type.",
  "SELECT property_name, property_type_code FROM Properties WHERE property_address LIKE '%, UT %'", None),
 ("filter-number", "places with 8+ rooms that sold for over a million: name, rooms, agreed price",
  "Find properties having at least eight rooms and an agreed selling price above 1,000,000; show name, room count and the agreed price.",
  "SELECT property_name, room_count, agreed_selling_price FROM Properties WHERE room_count >= 8 AND agreed_selling_price > 1000000", None),
 ("aggregate", "avg agreed selling price for houses",
  "What's the mean final sale price across properties of type House?",
  "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'", None),
 ("superlative", "which property had the highest asking price?",
  "Name the property where the vendor requested the most money.",
  "SELECT property_name FROM Properties ORDER BY vendor_requested_price DESC LIMIT 1", None),
 ("group", "by property type (the description): how many properties and the avg room count",
  "For each property type, using its description, give the number of properties and their average number of rooms.",
  "SELECT rpt.property_type_description, COUNT(*), AVG(p.room_count) FROM Properties p "
  "JOIN Ref_Property_Types rpt ON rpt.property_type_code = p.property_type_code GROUP BY rpt.property_type_description", None),
 ("join", "each property and the extra features it has (property name, feature name)",
  "List which additional features each property comes with - property name alongside the feature name.",
  "SELECT DISTINCT p.property_name, f.feature_name FROM Other_Property_Features opf JOIN Properties p ON p.property_id = opf.property_id "
  "JOIN Other_Available_Features f ON f.feature_id = opf.feature_id", None),
 ("set", "properties with no extra features listed - name and type",
  "Which properties have nothing in the other-features table? Show name and property type.",
  "SELECT property_name, property_type_code FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)", None),
 ("ratio", "what % of properties sold for less than the seller was asking?",
  "Percentage of properties whose agreed selling price came in below the vendor's requested price.",
  "SELECT 100.0 * SUM(CASE WHEN agreed_selling_price < vendor_requested_price THEN 1 ELSE 0 END) / COUNT(*) FROM Properties", None),
 ("compare-to-aggregate", "properties with more rooms than average - name + room count",
  "Which properties have a room count above the mean? Give the property name and number of rooms.",
  "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)", None),
 ("set", "which properties have both air conditioning and a pool?",
  "Find the properties that offer a swimming pool as well as aircon.",
  "SELECT p.property_name FROM Properties p JOIN Other_Property_Features opf ON opf.property_id = p.property_id "
  "JOIN Other_Available_Features f ON f.feature_id = opf.feature_id WHERE f.feature_name = 'AirCon' INTERSECT "
  "SELECT p.property_name FROM Properties p JOIN Other_Property_Features opf ON opf.property_id = p.property_id "
  "JOIN Other_Available_Features f ON f.feature_id = opf.feature_id WHERE f.feature_name = 'Pool'", None),
],
"student_transcripts_tracking": [
 ("count", "how many students are enrolled in a bachelor's program?",
  "Count the distinct students with at least one enrolment in a Bachelor degree.",
  "SELECT COUNT(DISTINCT se.student_id) FROM Student_Enrolment se JOIN Degree_Programs dp ON dp.degree_program_id = se.degree_program_id "
  "WHERE dp.degree_summary_name = 'Bachelor'", 5),
 ("list", "full names of all students (first, middle, last)",
  "Show each student's first name, middle name and last name.",
  "SELECT first_name, middle_name, last_name FROM Students", None),
 ("filter-text", "students whose current address is in Kentucky: first + last name and city",
  "Which students currently live in Kentucky? Give first name, last name and the city of that current address.",
  "SELECT s.first_name, s.last_name, a.city FROM Students s JOIN Addresses a ON a.address_id = s.current_address_id "
  "WHERE a.state_province_county = 'Kentucky'", None),
 ("filter-number", "addresses with a zip code over 800 - city and zip",
  "List the addresses whose postcode is numerically greater than eight hundred, showing the city and the postcode.",
  "SELECT city, zip_postcode FROM Addresses WHERE CAST(zip_postcode AS INTEGER) > 800", None),
 ("aggregate", "earliest and latest transcript dates?",
  "What's the first and the most recent date on which a transcript was issued?",
  "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts", None),
 ("superlative", "which degree program has the most enrolments? department name + degree",
  "Find the degree program with the greatest number of student enrolments and give its department and degree level.",
  "SELECT d.department_name, dp.degree_summary_name FROM Student_Enrolment se JOIN Degree_Programs dp ON dp.degree_program_id = se.degree_program_id "
  "JOIN Departments d ON d.department_id = dp.department_id GROUP BY dp.degree_program_id, d.department_name, dp.degree_summary_name "
  "ORDER BY COUNT(*) DESC LIMIT 1", None),
 ("group", "# of degree programs per degree level (master, bachelor, phd)",
  "How many degree programs exist at each level of degree?",
  "SELECT degree_summary_name, COUNT(*) FROM Degree_Programs GROUP BY degree_summary_name", None),
 ("join", "each section w/ the name of its course",
  "List all sections, giving the section name alongside the course it belongs to.",
  "SELECT s.section_name, c.course_name FROM Sections s JOIN Courses c ON c.course_id = s.course_id", None),
 ("set", "departments that don't offer any degree program",
  "Which departments have no degree programs attached to them?",
  "SELECT department_name FROM Departments WHERE department_id NOT IN (SELECT department_id FROM Degree_Programs)", None),
 ("ratio", "percentage of students whose permanent address isn't the same as their current one",
  "What share of students, in percent, have a current address different from their permanent address?",
  "SELECT 100.0 * SUM(CASE WHEN current_address_id <> permanent_address_id THEN 1 ELSE 0 END) / COUNT(*) FROM Students", None),
 ("compare-to-aggregate", "students w/ more enrolments than the avg enrolled student - name and # enrolments",
  "Which students have enrolled more times than the average among students with any enrolment? Show first name, last name and enrolment count.",
  "SELECT s.first_name, s.last_name, COUNT(*) FROM Student_Enrolment se JOIN Students s ON s.student_id = se.student_id "
  "GROUP BY s.student_id, s.first_name, s.last_name HAVING COUNT(*) > "
  "(SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM Student_Enrolment GROUP BY student_id))", None),
 ("filter-text", "who enrolled in spring 2018? first name, last name and the degree",
  "Show the students with an enrolment in the Spring 2018 semester, with first name, last name and degree level.",
  "SELECT s.first_name, s.last_name, dp.degree_summary_name FROM Student_Enrolment se JOIN Semesters sm ON sm.semester_id = se.semester_id "
  "JOIN Students s ON s.student_id = se.student_id JOIN Degree_Programs dp ON dp.degree_program_id = se.degree_program_id "
  "WHERE TRIM(sm.semester_name) = 'spring 2018'", None),
],
"voter_1": [
 ("count", "how many area codes does New Jersey have?",
  "Count the telephone area codes assigned to the state of New Jersey.",
  "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'NJ'", 9),
 ("list", "all contestants with their contestant numbers",
  "Give me the number and name of every contestant.",
  "SELECT contestant_number, contestant_name FROM CONTESTANTS", None),
 ("filter-text", "contestants whose first name is Jessie -- number + full name",
  "Which contestants are called Jessie? Show their contestant number and full name.",
  "SELECT contestant_number, contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'", None),
 ("filter-number", "area codes above 900 and the state each one belongs to",
  "List every area code greater than nine hundred together with its state.",
  "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900", None),
 ("aggregate", "when was the first vote cast and when was the last one?",
  "Give the earliest and the latest vote timestamps.",
  "SELECT MIN(created), MAX(created) FROM VOTES", None),
 ("superlative", "which contestant got the most votes?",
  "Who is the contestant with the highest vote total?",
  "SELECT c.contestant_name FROM VOTES v JOIN CONTESTANTS c ON c.contestant_number = v.contestant_number "
  "GROUP BY c.contestant_number, c.contestant_name ORDER BY COUNT(*) DESC LIMIT 1", None),
 ("group", "votes per state",
  "Break the votes down by the state they came from: state and number of votes.",
  f"SELECT TRIM(state, {WS}), COUNT(*) FROM VOTES GROUP BY TRIM(state, {WS})", None),
 ("join", "for every vote show the contestant's name, the state and when it was cast",
  "List each vote with the name of the contestant it went to, the voter's state and the vote time.",
  f"SELECT c.contestant_name, TRIM(v.state, {WS}), v.created FROM VOTES v JOIN CONTESTANTS c ON c.contestant_number = v.contestant_number", None),
 ("set", "contestants who got zero votes",
  "Which contestants have not received a single vote?",
  "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)", None),
 ("ratio", "what % of the votes went to Kelly Clauss?",
  "Out of all votes cast, what percentage were for Kelly Clauss?",
  "SELECT 100.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES v "
  "JOIN CONTESTANTS c ON c.contestant_number = v.contestant_number", None),
 ("compare-to-aggregate", "states that have more area codes than the average state -- state + number of area codes",
  "Which states hold an above-average count of area codes? Give each state and how many codes it has.",
  "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > "
  "(SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM AREA_CODE_STATE GROUP BY state))", None),
 ("filter-text", "votes from New Jersey for Alana Bregman - vote id and timestamp",
  "Show the vote ID and time of each vote cast in NJ for contestant Alana Bregman.",
  f"SELECT v.vote_id, v.created FROM VOTES v JOIN CONTESTANTS c ON c.contestant_number = v.contestant_number "
  f"WHERE TRIM(v.state, {WS}) = 'NJ' AND c.contestant_name = 'Alana Bregman'", None),
],
}


# ---------- LIMIT tie check ----------
def top_level_positions(sql, word):
    """Positions of keyword `word` at paren depth 0 and outside string literals."""
    pos, depth, i, n, q = [], 0, 0, len(sql), None
    up = sql.upper()
    while i < n:
        ch = sql[i]
        if q:
            if ch == q:
                q = None
        elif ch in "'\"":
            q = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and up.startswith(word, i) and (i == 0 or not (up[i-1].isalnum() or up[i-1] == "_")):
            j = i + len(word)
            if j >= n or not (up[j].isalnum() or up[j] == "_"):
                pos.append(i)
        i += 1
    return pos


def limit_tie(conn, sql):
    """Return (has_limit, tied). Tied if the row right after the cut-off has the same ORDER BY keys."""
    lim = top_level_positions(sql, "LIMIT")
    if not lim:
        return False, False
    lp = lim[-1]
    m = re.match(r"LIMIT\s+(\d+)\s*$", sql[lp:], re.I)
    assert m, "unsupported LIMIT form: " + sql
    n = int(m.group(1))
    ob = top_level_positions(sql, "ORDER BY")
    assert ob, "LIMIT without ORDER BY: " + sql
    keys = sql[ob[-1] + len("ORDER BY"):lp].strip()
    keys_plain = ", ".join(re.sub(r"\s+(ASC|DESC)\s*$", "", k.strip(), flags=re.I) for k in split_top(keys))
    frm = top_level_positions(sql, "FROM")[0]
    probe = "SELECT " + keys_plain + " " + sql[frm:lp] + f"LIMIT {n + 1}"
    rows = conn.execute(probe).fetchall()
    if len(rows) <= n:
        return True, False
    return True, rows[n - 1] == rows[n]


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
    return parts


def main():
    errors, out = [], []
    kind_total = Counter()
    multi = 0
    seen_q = set()
    for db, items in ITEMS.items():
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        if len(items) != 12:
            errors.append(f"{db}: {len(items)} items, need 12")
        kinds = Counter(k for k, *_ in items)
        for k in KINDS:
            if kinds[k] < 1:
                errors.append(f"{db}: missing kind {k}")
        for k in kinds:
            if k not in KINDS:
                errors.append(f"{db}: unknown kind {k}")
        if sum(kinds.values()) != 12 or len(KINDS) + 1 != 12:
            errors.append(f"{db}: kind total wrong")
        for kind, q, para, sql, expected in items:
            for text in (q, para):
                key = re.sub(r"\W+", " ", text.lower()).strip()
                if key in seen_q:
                    errors.append(f"{db}: duplicate question text: {text}")
                seen_q.add(key)
            if q.strip().lower() == para.strip().lower():
                errors.append(f"{db}: paraphrase identical: {q}")
            try:
                cur = conn.execute(sql)
                rows = cur.fetchall()
                ncol = len(cur.description)
            except Exception as e:
                errors.append(f"{db}: SQL error {e}: {sql}")
                continue
            if not rows:
                errors.append(f"{db}: empty result: {sql}")
                continue
            if all(v is None for r in rows for v in r):
                errors.append(f"{db}: all-NULL result: {sql}")
            if "ROUND(" in sql.upper():
                errors.append(f"{db}: ROUND in gold: {sql}")
            if expected is not None:
                if len(rows) != 1 or rows[0][0] != expected:
                    errors.append(f"{db}: count mismatch got {rows} expected {expected}: {q}")
            try:
                has_lim, tied = limit_tie(conn, sql)
            except Exception as e:
                errors.append(f"{db}: tie-check failed {e}: {sql}")
                has_lim, tied = True, True
            if tied:
                errors.append(f"{db}: LIMIT cut-off tie: {q}")
            if ncol >= 2:
                multi += 1
            kind_total[kind] += 1
            out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
            if "-v" in sys.argv:
                print(f"[{db}/{kind}] {q}\n   cols={ncol} rows={len(rows)} {rows[:6]}")
        conn.close()
    if len(out) != 108:
        errors.append(f"total {len(out)} != 108")
    if multi * 2 < len(out):
        errors.append(f"only {multi} multi-column questions")
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    print(f"wrote {OUT}: {len(out)} items, {multi} ask for 2+ columns")
    print("per kind:", dict(sorted(kind_total.items())))


if __name__ == "__main__":
    main()
