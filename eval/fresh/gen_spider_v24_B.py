#!/usr/bin/env python3
"""Blind text-to-SQL test set, Spider half B (v24). Writes spider_v24_B.json only if all checks pass."""
import json, os, re, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind24/spider_v24_B.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
PER_DB = 12

# each item: (kind, question, paraphrase, query[, rank_col_index])
ITEMS = {}

ITEMS["car_1"] = [
 ("count",
  "how many cars in the data are from model year 1980?",
  "Count the vehicles whose year is 1980.",
  "SELECT COUNT(*) FROM cars_data WHERE Year = 1980"),
 ("list",
  "list all the car makers with their full company names",
  "Give me every manufacturer's short name along with its full name.",
  "SELECT Maker, FullName FROM car_makers"),
 ("filter-text",
  "wich car makers are based in japan? show maker + full name",
  "Give the short and full names of the manufacturers whose country is Japan.",
  "SELECT cm.Maker, cm.FullName FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'"),
 ("filter-number",
  "cars with more than two hundred horsepower - give the car name and its hp",
  "Which vehicles have horsepower above 200? List each one's make and horsepower.",
  "SELECT cn.Make, CAST(cd.Horsepower AS INTEGER) FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.Horsepower <> 'null' AND CAST(cd.Horsepower AS INTEGER) > 200"),
 ("aggregate",
  "What are the average MPG and the average weight of 4-cylinder cars?",
  "for cars w/ 4 cyl, whats the mean fuel economy (mpg) and mean weight",
  "SELECT AVG(CASE WHEN MPG <> 'null' THEN CAST(MPG AS REAL) END), AVG(Weight) FROM cars_data WHERE Cylinders = 4"),
 ("superlative",
  "which car gets the best mpg? name and mpg pls",
  "Find the vehicle with the highest miles per gallon and report its make and MPG value.",
  "SELECT cn.Make, CAST(cd.MPG AS REAL) FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.MPG <> 'null' ORDER BY CAST(cd.MPG AS REAL) DESC LIMIT 1"),
 ("group",
  "How many cars are there for each number of cylinders?",
  "break down the car count by cylinder count",
  "SELECT Cylinders, COUNT(*) FROM cars_data GROUP BY Cylinders"),
 ("join",
  "list every model together with the full name of the company that makes it",
  "For each entry in the model list, show the model and its manufacturer's full name.",
  "SELECT ml.Model, cm.FullName FROM model_list ml JOIN car_makers cm ON ml.Maker = cm.Id"),
 ("set",
  "Which countries don't have any car makers?",
  "names of countries with no manufacturer located there",
  "SELECT CountryName FROM countries EXCEPT SELECT c.CountryName FROM countries c JOIN car_makers cm ON cm.Country = c.CountryId"),
 ("ratio",
  "what percent of all cars have 8 cylinders?",
  "Share of vehicles, as a percentage, that are eight-cylinder.",
  "SELECT 100.0 * SUM(CASE WHEN Cylinders = 8 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
 ("compare-to-aggregate",
  "Which 1982 cars weigh more than the average weight of all cars? Show name and weight.",
  "1982 model yr cars that are heavier than the overall avg car weight - make and weight",
  "SELECT cn.Make, cd.Weight FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.Year = 1982 AND cd.Weight > (SELECT AVG(Weight) FROM cars_data)"),
 ("superlative",
  "top 3 car makers by number of models, with the counts",
  "Which three manufacturers have the most entries in the model list, and how many models does each have?",
  "SELECT cm.Maker, COUNT(*) AS n_models FROM model_list ml JOIN car_makers cm ON ml.Maker = cm.Id GROUP BY cm.Id, cm.Maker ORDER BY n_models DESC LIMIT 3"),
]

ITEMS["course_teach"] = [
 ("count",
  "how many teachers r there",
  "What is the total number of teachers on record?",
  "SELECT COUNT(*) FROM teacher"),
 ("list",
  "List every course and the date it starts.",
  "show all courses with their start dates",
  "SELECT Course, Staring_Date FROM course"),
 ("filter-text",
  "which teachers have a hometown that's an urban district? name and hometown",
  "Show the names and hometowns of teachers whose hometown is an Urban District.",
  "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'"),
 ("filter-number",
  "Which teachers are older than thirty-five? Give name and age.",
  "teachers over 35 yrs old - names + ages",
  "SELECT Name, CAST(Age AS INTEGER) FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
 ("aggregate",
  "whats the average age of the teachers and the oldest age",
  "Give the mean teacher age together with the maximum teacher age.",
  "SELECT AVG(CAST(Age AS INTEGER)), MAX(CAST(Age AS INTEGER)) FROM teacher"),
 ("superlative",
  "Who is the youngest teacher, and how old are they?",
  "name + age of the teacher with the lowest age",
  "SELECT Name, CAST(Age AS INTEGER) AS age FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1"),
 ("group",
  "for each teacher who has course arrangements, how many courses are they assigned",
  "Count the course assignments per teacher name (only teachers with at least one arrangement).",
  "SELECT t.Name, COUNT(*) FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID, t.Name"),
 ("join",
  "Show each course arrangement with the course name, the teacher's name and the grade.",
  "list course / teacher / grade for all the arrangements",
  "SELECT c.Course, t.Name, ca.Grade FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID"),
 ("set",
  "which teachers aren't teaching any course?",
  "Names of teachers that have no course arrangement at all.",
  "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
 ("ratio",
  "What percentage of courses have at least one teacher arranged?",
  "pct of courses that got assigned to a teacher",
  "SELECT 100.0 * COUNT(DISTINCT Course_ID) / (SELECT COUNT(*) FROM course) FROM course_arrange"),
 ("compare-to-aggregate",
  "teachers older than the avg teacher age, with their ages",
  "Which teachers are above the average age of all teachers? Show name and age.",
  "SELECT Name, CAST(Age AS INTEGER) FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)"),
 ("join",
  "What courses does Anne Walker teach, and for which grade?",
  "anne walker's courses + grade level",
  "SELECT c.Course, ca.Grade FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'"),
]

ITEMS["dog_kennels"] = [
 ("count",
  "how many dogs have been abandoned?",
  "Number of dogs flagged as abandoned.",
  "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
 ("list",
  "List all owners' first and last names along with their email addresses.",
  "every owner: first name, last name, email",
  "SELECT first_name, last_name, email_address FROM Owners"),
 ("filter-text",
  "owners who live in north dakota - first name, last name, city",
  "Which owners are from the state of North Dakota? Give their first and last names and city.",
  "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'"),
 ("filter-number",
  "Which treatments cost more than $500? Show treatment id, date and cost.",
  "treatments over 500 dollars: id, date of treatment, cost",
  "SELECT treatment_id, date_of_treatment, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 500"),
 ("aggregate",
  "total cost of all treatments and the average cost per treatment",
  "What is the sum of treatment costs, and what is the mean treatment cost?",
  "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments"),
 ("superlative",
  "Which professional has performed the most treatments? Give their name and the number.",
  "who did the most treatments (professional first + last name, how many)",
  "SELECT p.first_name, p.last_name, COUNT(*) AS n FROM Treatments t JOIN Professionals p ON t.professional_id = p.professional_id GROUP BY p.professional_id, p.first_name, p.last_name ORDER BY n DESC LIMIT 1"),
 ("group",
  "number of dogs per breed name",
  "How many dogs are there of each breed? Use the breed's name.",
  "SELECT b.breed_name, COUNT(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code GROUP BY b.breed_code, b.breed_name"),
 ("join",
  "List each dog's name with its owner's first and last name.",
  "dogs and who owns them (dog name, owner first/last)",
  "SELECT d.name, o.first_name, o.last_name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id"),
 ("set",
  "which dogs never got any treatment?",
  "Give the names of dogs that do not appear in any treatment record.",
  "SELECT name FROM Dogs WHERE dog_id NOT IN (SELECT dog_id FROM Treatments)"),
 ("ratio",
  "What percentage of the dogs were abandoned?",
  "share of dogs (in %) that are abandoned",
  "SELECT 100.0 * SUM(CASE WHEN abandoned_yn = '1' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs"),
 ("compare-to-aggregate",
  "dogs that weigh more than the avg dog weight, show name & weight",
  "Which dogs are heavier than the average weight across all dogs? List name and weight.",
  "SELECT name, CAST(weight AS REAL) FROM Dogs WHERE CAST(weight AS REAL) > (SELECT AVG(CAST(weight AS REAL)) FROM Dogs)"),
 ("group",
  "What's the total treatment cost for each type of treatment (use the description)?",
  "sum of cost per treatment type description",
  "SELECT tt.treatment_type_description, SUM(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code GROUP BY tt.treatment_type_code, tt.treatment_type_description"),
]

ITEMS["flight_2"] = [
 ("count",
  "how many flights leave from ABQ",
  "What number of flights have Albuquerque's airport code ABQ as their source airport?",
  "SELECT COUNT(*) FROM flights WHERE TRIM(SourceAirport) = 'ABQ'"),
 ("list",
  "List all airlines and their abbreviations.",
  "every airline name w/ its abbrev",
  "SELECT Airline, Abbreviation FROM airlines"),
 ("filter-text",
  "airports in anchorage? name and code",
  "Which airports are located in the city of Anchorage? Give the airport name and airport code.",
  "SELECT TRIM(AirportName), AirportCode FROM airports WHERE TRIM(City) = 'Anchorage'"),
 ("filter-number",
  "Which flights have a flight number above 1,200? Show the airline name and flight number.",
  "flights numbered higher than twelve hundred - airline + flight no",
  "SELECT a.Airline, f.FlightNo FROM flights f JOIN airlines a ON f.Airline = a.uid WHERE f.FlightNo > 1200"),
 ("aggregate",
  "how many distinct departure airports and how many distinct arrival airports appear in the flights",
  "Count the different source airports and, separately, the different destination airports used by flights.",
  "SELECT COUNT(DISTINCT TRIM(SourceAirport)), COUNT(DISTINCT TRIM(DestAirport)) FROM flights"),
 ("superlative",
  "Which airline flies out of the most different airports? Give the airline and the number of departure airports.",
  "airline w/ the most distinct source airports + how many",
  "SELECT al.Airline, COUNT(DISTINCT TRIM(f.SourceAirport)) AS n FROM flights f JOIN airlines al ON f.Airline = al.uid GROUP BY al.uid, al.Airline ORDER BY n DESC LIMIT 1"),
 ("group",
  "cities with 3 or more airports, and how many each has",
  "For each city that has at least three airports, show the city and its airport count.",
  "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) HAVING COUNT(*) >= 3"),
 ("join",
  "Show all JetBlue flights with flight number, source airport name and destination airport name.",
  "jetblue flights: flight no + where from + where to (airport names)",
  "SELECT f.FlightNo, TRIM(s.AirportName), TRIM(d.AirportName) FROM flights f JOIN airlines al ON f.Airline = al.uid JOIN airports s ON TRIM(f.SourceAirport) = s.AirportCode JOIN airports d ON TRIM(f.DestAirport) = d.AirportCode WHERE al.Airline = 'JetBlue Airways'"),
 ("set",
  "airports that united airlines departs from but delta doesnt - name and code",
  "Which airports have United Airlines departures but no Delta Airlines departures? List airport name and code.",
  "SELECT TRIM(AirportName), AirportCode FROM airports WHERE AirportCode IN (SELECT TRIM(f.SourceAirport) FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'United Airlines' EXCEPT SELECT TRIM(f.SourceAirport) FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'Delta Airlines')"),
 ("ratio",
  "What fraction of all flights are operated by United Airlines?",
  "united's share of the flights, as a proportion of the total",
  "SELECT 1.0 * SUM(CASE WHEN a.Airline = 'United Airlines' THEN 1 ELSE 0 END) / COUNT(*) FROM flights f JOIN airlines a ON f.Airline = a.uid"),
 ("compare-to-aggregate",
  "airports with more departures than the average airport that has departures - name + number of departures",
  "Which airports have more outgoing flights than the average number of outgoing flights per departure airport? Show airport name and its departure count.",
  "SELECT TRIM(a.AirportName), COUNT(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode GROUP BY a.AirportCode HAVING COUNT(*) > (SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM flights GROUP BY TRIM(SourceAirport)))"),
 ("join",
  "Which airlines have flights departing from Aberdeen?",
  "airline names that fly out of aberdeen (the city)",
  "SELECT DISTINCT al.Airline FROM flights f JOIN airlines al ON f.Airline = al.uid JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'"),
]

ITEMS["network_1"] = [
 ("count",
  "how many high schoolers are in 10th grade?",
  "Count the students whose grade is 10.",
  "SELECT COUNT(*) FROM Highschooler WHERE grade = 10"),
 ("list",
  "List every high schooler's name and grade.",
  "all students w/ their grades",
  "SELECT name, grade FROM Highschooler"),
 ("filter-text",
  "what grade is kyle in",
  "Give the name and grade of the student called Kyle.",
  "SELECT name, grade FROM Highschooler WHERE name = 'Kyle'"),
 ("filter-number",
  "Which students are above grade ten? Show name and grade.",
  "students in grade 11 or 12 - names and grades",
  "SELECT name, grade FROM Highschooler WHERE grade > 10"),
 ("aggregate",
  "whats the number of students and their average grade",
  "Give the total count of high schoolers together with the mean grade level.",
  "SELECT COUNT(*), AVG(grade) FROM Highschooler"),
 ("superlative",
  "Among 9th graders, who has the most friends and how many?",
  "grade 9 student with the most friendships (friends count both ways) - name + number",
  "SELECT h.name, COUNT(*) AS n FROM (SELECT student_id AS sid FROM Friend UNION ALL SELECT friend_id FROM Friend) x JOIN Highschooler h ON h.ID = x.sid WHERE h.grade = 9 GROUP BY h.ID, h.name ORDER BY n DESC LIMIT 1"),
 ("group",
  "number of students in each grade",
  "How many high schoolers are there per grade level?",
  "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
 ("join",
  "For every 'like', show the name of the student who likes and the name of the one they like.",
  "list who likes who, by name",
  "SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID JOIN Highschooler b ON l.liked_id = b.ID"),
 ("set",
  "students who like someone but arent liked by anybody - name and grade",
  "Which students like at least one person yet are not liked by anyone? Give their names and grades.",
  "SELECT name, grade FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes EXCEPT SELECT liked_id FROM Likes)"),
 ("ratio",
  "What proportion of the high schoolers are in grade 12?",
  "fraction of students that are 12th graders",
  "SELECT 1.0 * SUM(CASE WHEN grade = 12 THEN 1 ELSE 0 END) / COUNT(*) FROM Highschooler"),
 ("compare-to-aggregate",
  "students whose grade is higher than the average grade",
  "Which high schoolers are in a grade above the mean grade of all students? Give name and grade.",
  "SELECT name, grade FROM Highschooler WHERE grade > (SELECT AVG(grade) FROM Highschooler)"),
 ("join",
  "Who does Jessica like? Give the name and grade of that person.",
  "the people jessica likes - their name + grade",
  "SELECT b.name, b.grade FROM Likes l JOIN Highschooler a ON l.student_id = a.ID JOIN Highschooler b ON l.liked_id = b.ID WHERE a.name = 'Jessica'"),
]

ITEMS["pets_1"] = [
 ("count",
  "how many female students are there",
  "Number of students whose sex is F.",
  "SELECT COUNT(*) FROM Student WHERE Sex = 'F'"),
 ("list",
  "List all pets with their type, age and weight.",
  "every pet: type, how old, weight",
  "SELECT PetType, pet_age, weight FROM Pets"),
 ("filter-text",
  "students from city code PIT - first and last names",
  "Which students have the city code PIT? Show first name and last name.",
  "SELECT Fname, LName FROM Student WHERE city_code = 'PIT'"),
 ("filter-number",
  "Which students are older than twenty? Give first name, last name and age.",
  "students over 20: fname, lname, age",
  "SELECT Fname, LName, Age FROM Student WHERE Age > 20"),
 ("aggregate",
  "avg and max weight of the dogs in the pets tabel",
  "For pets that are dogs, what are the average weight and the heaviest weight?",
  "SELECT AVG(weight), MAX(weight) FROM Pets WHERE PetType = 'dog'"),
 ("superlative",
  "Who is the oldest student? Give the first name, last name and age.",
  "oldest student - name and age",
  "SELECT Fname, LName, Age FROM Student ORDER BY Age DESC LIMIT 1"),
 ("group",
  "average age of students by sex",
  "For each sex, what is the mean student age?",
  "SELECT Sex, AVG(Age) FROM Student GROUP BY Sex"),
 ("join",
  "List each pet's type and age together with the first name of the student who owns it.",
  "pets and their owners - pet type, pet age, owner first name",
  "SELECT p.PetType, p.pet_age, s.Fname FROM Has_Pet hp JOIN Pets p ON hp.PetID = p.PetID JOIN Student s ON hp.StuID = s.StuID"),
 ("set",
  "students older than 21 who don't own any pets (first + last name)",
  "Give the first and last names of students above age 21 who have no pet.",
  "SELECT Fname, LName FROM Student WHERE Age > 21 AND StuID NOT IN (SELECT StuID FROM Has_Pet)"),
 ("ratio",
  "What percentage of students own at least one pet?",
  "% of students w/ a pet",
  "SELECT 100.0 * (SELECT COUNT(DISTINCT StuID) FROM Has_Pet) / COUNT(*) FROM Student"),
 ("compare-to-aggregate",
  "students older than the average student age - fname, lname, age",
  "Which students are above the mean age of all students? List first name, last name and age.",
  "SELECT Fname, LName, Age FROM Student WHERE Age > (SELECT AVG(Age) FROM Student)"),
 ("group",
  "For each major, how many students are there and what is their average age?",
  "per major: number of students + mean age",
  "SELECT Major, COUNT(*), AVG(Age) FROM Student GROUP BY Major"),
]

ITEMS["real_estate_properties"] = [
 ("count",
  "how many apartments are listed",
  "What is the number of properties whose type is Apartment?",
  "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
 ("list",
  "List every property's name, type and room count.",
  "all properties w/ name, property type, # rooms",
  "SELECT property_name, property_type_code, room_count FROM Properties"),
 ("filter-text",
  "which properties are shops? name and address",
  "Give the names and addresses of properties of type Shop.",
  "SELECT property_name, property_address FROM Properties WHERE property_type_code = 'Shop'"),
 ("filter-number",
  "Which properties have at least eight rooms? Show name and number of rooms.",
  "propertys with 8+ rooms - name, rooms",
  "SELECT property_name, room_count FROM Properties WHERE room_count >= 8"),
 ("aggregate",
  "whats the avg agreed selling price and the avg vendor asking price across all properties",
  "Compute the mean agreed selling price and the mean vendor requested price over every property.",
  "SELECT AVG(agreed_selling_price), AVG(vendor_requested_price) FROM Properties"),
 ("superlative",
  "Which property sold for the highest agreed price, and what was that price?",
  "property with the biggest agreed selling price - name + price",
  "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
 ("group",
  "by property type description: number of properties and average room count",
  "For each property type (use its description), how many properties are there and what's their average number of rooms?",
  "SELECT rt.property_type_description, COUNT(*), AVG(p.room_count) FROM Properties p JOIN Ref_Property_Types rt ON p.property_type_code = rt.property_type_code GROUP BY rt.property_type_code, rt.property_type_description"),
 ("join",
  "List each property feature entry with the property name, the feature name and the feature's description.",
  "property name + feature name + feature description for all the extra features properties have",
  "SELECT p.property_name, f.feature_name, f.feature_description FROM Other_Property_Features opf JOIN Properties p ON opf.property_id = p.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id"),
 ("set",
  "properties that don't have any other features recorded",
  "Which properties have no entries in the other-property-features list? Give their names.",
  "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)"),
 ("ratio",
  "For each house, what's the agreed selling price divided by the vendor's requested price? Show the name too.",
  "houses: name and ratio of agreed price to asking price",
  "SELECT property_name, agreed_selling_price / vendor_requested_price FROM Properties WHERE property_type_code = 'House'"),
 ("compare-to-aggregate",
  "properties with more rooms than average - name + room count",
  "Which properties have a room count above the mean room count of all properties? Show name and rooms.",
  "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),
 ("join",
  "Which properties have a swimming pool?",
  "names of properties that come with the Pool feature",
  "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'"),
]

ITEMS["student_transcripts_tracking"] = [
 ("count",
  "how many courses r there",
  "Count the courses in the catalog.",
  "SELECT COUNT(*) FROM Courses"),
 ("list",
  "List every student's first, middle and last name and their email.",
  "all students - full name parts + email addr",
  "SELECT first_name, middle_name, last_name, email_address FROM Students"),
 ("filter-text",
  "addresses in kentucky: line 1 and city",
  "Which addresses are in the state of Kentucky? Give the first address line and the city.",
  "SELECT line_1, city FROM Addresses WHERE state_province_county = 'Kentucky'"),
 ("filter-number",
  "Which transcripts are dated 2000 or later? Show transcript id and date.",
  "transcripts from the year 2000 onward (id + date)",
  "SELECT transcript_id, transcript_date FROM Transcripts WHERE transcript_date >= '2000-01-01'"),
 ("aggregate",
  "earliest and latest transcript dates",
  "What are the first and the most recent dates on which a transcript was issued?",
  "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
 ("superlative",
  "Which semester has the most student enrolments, and how many?",
  "semester name with the highest number of enrollments + the count",
  "SELECT s.semester_name, COUNT(*) AS n FROM Student_Enrolment se JOIN Semesters s ON se.semester_id = s.semester_id GROUP BY s.semester_id, s.semester_name ORDER BY n DESC LIMIT 1"),
 ("group",
  "number of degree programs per departmnet",
  "How many degree programs does each department have? Use the department name.",
  "SELECT d.department_name, COUNT(*) FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id GROUP BY d.department_id, d.department_name"),
 ("join",
  "List each student's first and last name with the city of their current address.",
  "students + city they currently live in",
  "SELECT s.first_name, s.last_name, a.city FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id"),
 ("set",
  "which students never enrolled in any degree program? first and last name",
  "Give the first and last names of students with no enrolment records.",
  "SELECT first_name, last_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)"),
 ("ratio",
  "What percentage of degree programs are Bachelor programs?",
  "share of degree progs (percent) that are bachelor's",
  "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs"),
 ("compare-to-aggregate",
  "transcripts that contain more course entries than the average transcript - id and number of entries",
  "Which transcripts list more student courses than the mean number of courses per transcript (over transcripts that have contents)? Give transcript id and count.",
  "SELECT transcript_id, COUNT(*) FROM Transcript_Contents GROUP BY transcript_id HAVING COUNT(*) > (SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM Transcript_Contents GROUP BY transcript_id))"),
 ("count",
  "How many different students enrolled in the summer 2010 semester?",
  "number of distinct students with an enrolment in summer 2010",
  "SELECT COUNT(DISTINCT se.student_id) FROM Student_Enrolment se JOIN Semesters s ON se.semester_id = s.semester_id WHERE s.semester_name = 'summer 2010'"),
]

NJ = "TRIM(state, ' ' || char(9) || char(10) || char(13))"
ITEMS["voter_1"] = [
 ("count",
  "how many contestants are there?",
  "Total number of contestants in the competition.",
  "SELECT COUNT(*) FROM CONTESTANTS"),
 ("list",
  "List all contestants with their contestant numbers.",
  "contestant names + numbers",
  "SELECT contestant_name, contestant_number FROM CONTESTANTS"),
 ("filter-text",
  "votes from NJ - vote id and phone number",
  "Which votes were cast from New Jersey? Show the vote id and phone number.",
  "SELECT vote_id, phone_number FROM VOTES WHERE " + NJ + " = 'NJ'"),
 ("filter-number",
  "Which area codes are greater than 900, and what state is each in?",
  "area codes above nine hundred with their states",
  "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900"),
 ("aggregate",
  "when was the first vote and the last vote created",
  "Give the earliest and the latest creation timestamps among all votes.",
  "SELECT MIN(created), MAX(created) FROM VOTES"),
 ("superlative",
  "Which state has the most area codes? Show the state and how many.",
  "state w/ the largest number of area codes + count",
  "SELECT state, COUNT(*) AS n FROM AREA_CODE_STATE GROUP BY state ORDER BY n DESC LIMIT 1"),
 ("group",
  "number of votes from each state",
  "How many votes came from each state?",
  "SELECT " + NJ + " AS st, COUNT(*) FROM VOTES GROUP BY st"),
 ("join",
  "List every vote with its vote id, the contestant's name and the state it came from.",
  "all votes: id, who it was for (name), state",
  "SELECT v.vote_id, c.contestant_name, TRIM(v.state, ' ' || char(9) || char(10) || char(13)) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number"),
 ("set",
  "which contestants got no votes at all",
  "Names of contestants who did not receive a single vote.",
  "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
 ("ratio",
  "What fraction of all votes went to Kelly Clauss?",
  "kelly clauss's share of the total votes",
  "SELECT 1.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number"),
 ("compare-to-aggregate",
  "states that have more area codes than the average state - state + count",
  "Which states have a number of area codes above the mean number of area codes per state? Give state and count.",
  "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > (SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM AREA_CODE_STATE GROUP BY state))"),
 ("join",
  "Which states did the votes for Kelly Clauss come from?",
  "states where kelly clauss got votes from",
  "SELECT DISTINCT TRIM(v.state, ' ' || char(9) || char(10) || char(13)) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'"),
]


def norm(q):
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()


def main(verbose=False):
    errors = []
    out = []
    seen = {}
    for db in DBS:
        items = ITEMS.get(db, [])
        if len(items) != PER_DB:
            errors.append(f"{db}: {len(items)} items, expected {PER_DB}")
        kinds = [it[0] for it in items]
        for k in kinds:
            if k not in KINDS:
                errors.append(f"{db}: unknown kind {k}")
        for k in KINDS:
            if k not in kinds:
                errors.append(f"{db}: kind {k} missing")
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        for it in items:
            kind, q, para, sql = it[:4]
            rk = it[4] if len(it) > 4 else -1
            tag = f"{db} / {q[:50]}"
            for text in (q, para):
                n = norm(text)
                if n in seen:
                    errors.append(f"duplicate question text: {text!r} ({tag}; first {seen[n]})")
                seen[n] = tag
            if norm(q) == norm(para):
                errors.append(f"{tag}: paraphrase identical to question")
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
                    if len(full) > n and full[n - 1][rk] == full[n][rk]:
                        errors.append(f"{tag}: tie at LIMIT cut-off ({full[n-1]} vs {full[n]})")
            if verbose:
                print(f"[{db}] {kind}: {q}\n   {sql}\n   -> {len(rows)} rows: {rows[:6]}")
            out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
        con.close()
    if len(out) != PER_DB * len(DBS):
        errors.append(f"total {len(out)} != {PER_DB * len(DBS)}")
    if errors:
        print("CHECKS FAILED - not writing output:")
        for e in errors:
            print("  -", e)
        return 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    from collections import Counter
    print(f"wrote {OUT}: {len(out)} items")
    print(dict(Counter(i["kind"] for i in out)))
    return 0


if __name__ == "__main__":
    sys.exit(main(verbose="-v" in sys.argv))
