#!/usr/bin/env python3
"""Generate the held-out Spider v15 half-B question set.

Runs every gold query against its SQLite database, checks it, and only if
all checks pass writes spider_v15_B.json and spider_v15_B_unanswerable.json
next to this script.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]


def I(db, kind, question, paraphrase, query, ncols, tie=None):
    """tie = (sql returning the ordering values without LIMIT, N)"""
    return dict(db_id=db, kind=kind, question=question, paraphrase=paraphrase,
                query=query, ncols=ncols, tie=tie)


ITEMS = [
    # ------------------------------------------------------------ car_1
    I("car_1", "count",
      "How many car makers are based in Japan?",
      "Count the manufacturers whose home country is Japan.",
      "SELECT COUNT(*) FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'",
      1),
    I("car_1", "list",
      "list every car maker with its short name and full company name",
      "Show the maker abbreviation and the full name for all car manufacturers.",
      "SELECT Maker, FullName FROM car_makers",
      2),
    I("car_1", "filter-text",
      "show me the make id and full name of every car that is a Corolla",
      "Which cars have 'corolla' in their make name? Give their make id and make.",
      "SELECT MakeId, Make FROM car_names WHERE Make LIKE '%corolla%'",
      2),
    I("car_1", "filter-text",
      "Which car makers come from Germany? Give the maker and full name.",
      "List the short name and full name of the manufacturers located in Germany.",
      "SELECT cm.Maker, cm.FullName FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId WHERE c.CountryName = 'germany'",
      2),
    I("car_1", "filter-number",
      "cars with more than 200 horsepower - id, horsepower and model year pls",
      "For the cars whose horsepower exceeds 200, show the id, the horsepower and the year.",
      "SELECT Id, Horsepower, Year FROM cars_data WHERE CAST(Horsepower AS INTEGER) > 200",
      3),
    I("car_1", "aggregate",
      "for cars over 4.5k lbs, what's the average mpg and avg horsepower?",
      "Among cars weighing more than 4500, give the mean MPG and the mean horsepower.",
      "SELECT AVG(CAST(MPG AS REAL)), AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Weight > 4500",
      2),
    I("car_1", "group",
      "How many cars are there for each number of cylinders?",
      "Break down the car count by cylinder count.",
      "SELECT Cylinders, COUNT(*) FROM cars_data GROUP BY Cylinders",
      2),
    I("car_1", "superlative",
      "Which car maker has the most models? Show its full name and the number of models.",
      "Give the full name of the manufacturer with the largest number of models, together with that number.",
      "SELECT cm.FullName, COUNT(*) FROM model_list AS ml JOIN car_makers AS cm ON ml.Maker = cm.Id GROUP BY cm.Id ORDER BY COUNT(*) DESC LIMIT 1",
      2,
      ("SELECT COUNT(*) FROM model_list AS ml JOIN car_makers AS cm ON ml.Maker = cm.Id GROUP BY cm.Id ORDER BY COUNT(*) DESC", 1)),
    I("car_1", "join",
      "For each car maker show the full name and the name of the country it's from",
      "List every manufacturer's full name alongside its country name.",
      "SELECT cm.FullName, c.CountryName FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId",
      2),
    I("car_1", "set",
      "Which countries don't have any car makers?",
      "Name the countries that no manufacturer is based in.",
      "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Country FROM car_makers)",
      1),
    I("car_1", "ratio",
      "What percentage of the cars have 4 cylinders?",
      "Out of all cars, what percent are four-cylinder ones?",
      "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data",
      1),
    I("car_1", "projection",
      "For every car give the id, the year and the engine displacement per cylinder",
      "Show each car's id and year plus its displacement divided by its number of cylinders.",
      "SELECT Id, Year, Edispl / Cylinders FROM cars_data",
      3),

    # ------------------------------------------------------------ course_teach
    I("course_teach", "count",
      "how many different teachers have actually been assigned to a course?",
      "Count the distinct teachers that appear in the course arrangements.",
      "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange",
      1),
    I("course_teach", "list",
      "List the teachers' names and hometowns.",
      "Show the name and home town of every teacher.",
      "SELECT Name, Hometown FROM teacher",
      2),
    I("course_teach", "list",
      "show all courses and the day each one starts",
      "Give every course name together with its starting date.",
      "SELECT Course, Staring_Date FROM course",
      2),
    I("course_teach", "filter-text",
      "Which teachres come from an urban district? Give name and hometown.",
      "Show the name and hometown of teachers whose hometown is an Urban District.",
      "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'",
      2),
    I("course_teach", "filter-number",
      "Which teachers are over 35? I need their names and ages.",
      "Give the name and age of each teacher older than 35.",
      "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35",
      2),
    I("course_teach", "aggregate",
      "What's the average teacher age, and how old is the oldest one?",
      "Give the mean age of the teachers and the maximum age.",
      "SELECT AVG(CAST(Age AS INTEGER)), MAX(CAST(Age AS INTEGER)) FROM teacher",
      2),
    I("course_teach", "group",
      "How many course slots does each teacher have? Show teacher name and the count.",
      "For every teacher with arrangements, give the name and number of course arrangements.",
      "SELECT t.Name, COUNT(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID",
      2),
    I("course_teach", "superlative",
      "Who is the youngest teacher and how old are they?",
      "Give the name and age of the teacher with the lowest age.",
      "SELECT Name, Age FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1",
      2,
      ("SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) ASC", 1)),
    I("course_teach", "join",
      "Show the course, the teacher's name and the grade for every course arrangement.",
      "For each arrangement list course name, teacher name and grade.",
      "SELECT c.Course, t.Name, ca.Grade FROM course_arrange AS ca JOIN course AS c ON ca.Course_ID = c.Course_ID JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID",
      3),
    I("course_teach", "set",
      "which teachers aren't teaching anything? name + hometown",
      "Give the names and hometowns of teachers who have no course arrangement.",
      "SELECT Name, Hometown FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)",
      2),
    I("course_teach", "ratio",
      "What fraction of teachers teach at least one course?",
      "Share of teachers that have been arranged to teach some course.",
      "SELECT CAST(COUNT(DISTINCT Teacher_ID) AS REAL) / (SELECT COUNT(*) FROM teacher) FROM course_arrange",
      1),
    I("course_teach", "projection",
      "Show each teacher's name and how old they'll be in 10 years.",
      "For every teacher give the name and their age plus ten.",
      "SELECT Name, CAST(Age AS INTEGER) + 10 FROM teacher",
      2),

    # ------------------------------------------------------------ dog_kennels
    I("dog_kennels", "count",
      "How many dogs were abandoned?",
      "Count the dogs flagged as abandoned.",
      "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'",
      1),
    I("dog_kennels", "list",
      "List all professionals with first name, last name and role.",
      "Give the first and last names and the role code of every professional.",
      "SELECT first_name, last_name, role_code FROM Professionals",
      3),
    I("dog_kennels", "filter-text",
      "which owners live in North Dakota? first name, last name and city",
      "Show the first name, last name and city of owners whose state is North Dakota.",
      "SELECT first_name, last_name, city FROM Owners WHERE state = 'NorthDakota'",
      3),
    I("dog_kennels", "filter-number",
      "Show treatments that cost more than 600: treatment id, dog id and cost.",
      "Which treatments were priced above 600? Give their id, the dog id and the cost.",
      "SELECT treatment_id, dog_id, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600",
      3),
    I("dog_kennels", "aggregate",
      "What is the total and the average cost of all treatments?",
      "Sum up the treatment costs and also give their mean.",
      "SELECT SUM(cost_of_treatment), AVG(cost_of_treatment) FROM Treatments",
      2),
    I("dog_kennels", "group",
      "How many dogs do we have of each breed? Show breed name and count.",
      "Give each breed name with the number of dogs of that breed.",
      "SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code GROUP BY b.breed_code",
      2),
    I("dog_kennels", "superlative",
      "Which dog got the most expensive single treatment? Give the dog's name and the cost.",
      "Name the dog that received the priciest treatment, with the treatment cost.",
      "SELECT d.name, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id ORDER BY t.cost_of_treatment DESC LIMIT 1",
      2,
      ("SELECT t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id ORDER BY t.cost_of_treatment DESC", 1)),
    I("dog_kennels", "superlative",
      "Which owner has the most dogs? first name, last name and how many dogs",
      "Give the first and last name of the owner owning the largest number of dogs, plus the number.",
      "SELECT o.first_name, o.last_name, COUNT(*) FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id GROUP BY o.owner_id ORDER BY COUNT(*) DESC LIMIT 1",
      3,
      ("SELECT COUNT(*) FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id GROUP BY o.owner_id ORDER BY COUNT(*) DESC", 1)),
    I("dog_kennels", "join",
      "Show every dog's name together with its owner's first and last name.",
      "For each dog list the dog name and the owner's first name and last name.",
      "SELECT d.name, o.first_name, o.last_name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id",
      3),
    I("dog_kennels", "set",
      "Which professionals have never given any treatment? First and last name.",
      "List first and last names of professionals with no treatments on record.",
      "SELECT first_name, last_name FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)",
      2),
    I("dog_kennels", "ratio",
      "what percent of the dogs are large size?",
      "Percentage of dogs whose size is Large.",
      "SELECT 100.0 * SUM(CASE WHEN s.size_description = 'Large' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code",
      1),
    I("dog_kennels", "projection",
      "For each dog, show its name and how many days it stayed between arriving and departing.",
      "List dog names with the number of days from arrival date to departure date.",
      "SELECT name, julianday(date_departed) - julianday(date_arrived) FROM Dogs",
      2),

    # ------------------------------------------------------------ flight_2
    I("flight_2", "count",
      "How many flights does JetBlue operate?",
      "Count the flights run by JetBlue Airways.",
      "SELECT COUNT(*) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'JetBlue Airways'",
      1),
    I("flight_2", "list",
      "list the airlines and their abbreviations",
      "Give every airline's name with its abbreviation.",
      "SELECT Airline, Abbreviation FROM airlines",
      2),
    I("flight_2", "filter-text",
      "Which airports have 'County' in their name? Give code, name and city.",
      "Show airport code, airport name and city for airports whose name contains County.",
      "SELECT AirportCode, AirportName, City FROM airports WHERE AirportName LIKE '%County%'",
      3),
    I("flight_2", "filter-number",
      "Show all flights with a flight number under 10 - airline id, flight no, from and to.",
      "Which flights have single-digit flight numbers? Give airline id, flight number, source and destination airports.",
      "SELECT Airline, FlightNo, SourceAirport, DestAirport FROM flights WHERE FlightNo < 10",
      4),
    I("flight_2", "aggregate",
      "What are the smallest and largest flight numbers in the data?",
      "Give the minimum and the maximum flight number.",
      "SELECT MIN(FlightNo), MAX(FlightNo) FROM flights",
      2),
    I("flight_2", "group",
      "Which cities have more than one airport, and how many do they have?",
      "For cities with at least two airports, show the city and its airport count.",
      "SELECT City, COUNT(*) FROM airports GROUP BY City HAVING COUNT(*) > 1",
      2),
    I("flight_2", "superlative",
      "Which city gets the most incoming flights? Show city and number of flights.",
      "Give the destination city with the highest number of arriving flights, with that number.",
      "SELECT ap.City, COUNT(*) FROM flights AS f JOIN airports AS ap ON TRIM(f.DestAirport) = ap.AirportCode GROUP BY ap.City ORDER BY COUNT(*) DESC LIMIT 1",
      2,
      ("SELECT COUNT(*) FROM flights AS f JOIN airports AS ap ON TRIM(f.DestAirport) = ap.AirportCode GROUP BY ap.City ORDER BY COUNT(*) DESC", 1)),
    I("flight_2", "join",
      "For United Airlines flights, list the flight number with the departure and arrival cities.",
      "Show flight number, origin city and destination city for every flight run by United Airlines.",
      "SELECT f.FlightNo, s.City, d.City FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid JOIN airports AS s ON TRIM(f.SourceAirport) = s.AirportCode JOIN airports AS d ON TRIM(f.DestAirport) = d.AirportCode WHERE a.Airline = 'United Airlines'",
      3),
    I("flight_2", "join",
      "flights leaving Aberdeen: which airline and what flight number?",
      "Give the airline name and flight number of each flight departing from an Aberdeen airport.",
      "SELECT a.Airline, f.FlightNo FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid JOIN airports AS ap ON TRIM(f.SourceAirport) = ap.AirportCode WHERE TRIM(ap.City) = 'Aberdeen'",
      2),
    I("flight_2", "set",
      "Which airports does United fly out of that Delta never departs from? Just the codes.",
      "List the source airport codes used by United Airlines but not by Delta Airlines.",
      "SELECT TRIM(f.SourceAirport) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' EXCEPT SELECT TRIM(f.SourceAirport) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'Delta Airlines'",
      1),
    I("flight_2", "ratio",
      "What share of all flights land in Albany?",
      "Fraction of flights whose destination airport is in Albany.",
      "SELECT CAST(SUM(CASE WHEN TRIM(ap.City) = 'Albany' THEN 1 ELSE 0 END) AS REAL) / COUNT(*) FROM flights AS f JOIN airports AS ap ON TRIM(f.DestAirport) = ap.AirportCode",
      1),
    I("flight_2", "projection",
      "Give each airline's id and a label like 'Name (ABBR)'",
      "For every airline show its uid and its name followed by the abbreviation in brackets.",
      "SELECT uid, Airline || ' (' || Abbreviation || ')' FROM airlines",
      2),

    # ------------------------------------------------------------ network_1
    I("network_1", "count",
      "How many high schoolers are liked by at least one other student?",
      "Count the distinct students who appear as someone's crush in the likes table.",
      "SELECT COUNT(DISTINCT liked_id) FROM Likes",
      1),
    I("network_1", "list",
      "list every high schooler's name and grade",
      "Show the names and grades of all students.",
      "SELECT name, grade FROM Highschooler",
      2),
    I("network_1", "filter-text",
      "What's Kyle's ID and what grade is he in?",
      "Give the id and grade of the student named Kyle.",
      "SELECT ID, grade FROM Highschooler WHERE name = 'Kyle'",
      2),
    I("network_1", "filter-number",
      "students above 10th grade - names and grades",
      "Show name and grade for high schoolers in grade 11 or 12.",
      "SELECT name, grade FROM Highschooler WHERE grade > 10",
      2),
    I("network_1", "aggregate",
      "What's the average grade, and the lowest and highest grade among the students?",
      "Give the mean, minimum and maximum grade of all high schoolers.",
      "SELECT AVG(grade), MIN(grade), MAX(grade) FROM Highschooler",
      3),
    I("network_1", "group",
      "How many students are in each grade?",
      "Number of high schoolers per grade.",
      "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade",
      2),
    I("network_1", "group",
      "For each student who listed friends, show their name and how many friends they listed.",
      "Give the name and the count of friend entries for every student appearing as student_id in the friend table.",
      "SELECT h.name, COUNT(*) FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID GROUP BY f.student_id",
      2),
    I("network_1", "superlative",
      "Which two students have the most friendships (counting both sides)? name and number of friends",
      "Top 2 high schoolers by number of friend links in either direction, with their names and counts.",
      "SELECT h.name, COUNT(*) FROM (SELECT student_id AS id FROM Friend UNION ALL SELECT friend_id FROM Friend) AS x JOIN Highschooler AS h ON x.id = h.ID GROUP BY x.id ORDER BY COUNT(*) DESC LIMIT 2",
      2,
      ("SELECT COUNT(*) FROM (SELECT student_id AS id FROM Friend UNION ALL SELECT friend_id FROM Friend) AS x JOIN Highschooler AS h ON x.id = h.ID GROUP BY x.id ORDER BY COUNT(*) DESC", 2)),
    I("network_1", "join",
      "Show the name of each student who likes someone and the name of the person they like.",
      "For every like, list the liker's name and the liked student's name.",
      "SELECT a.name, b.name FROM Likes AS l JOIN Highschooler AS a ON l.student_id = a.ID JOIN Highschooler AS b ON l.liked_id = b.ID",
      2),
    I("network_1", "set",
      "Which students neither like anybody nor are liked by anyone? Give names and grades.",
      "List name and grade of high schoolers who don't appear in the likes table at all.",
      "SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes UNION SELECT liked_id FROM Likes)",
      2),
    I("network_1", "ratio",
      "what fraction of the students like somebody?",
      "Share of high schoolers who have liked at least one other student.",
      "SELECT CAST(COUNT(DISTINCT student_id) AS REAL) / (SELECT COUNT(*) FROM Highschooler) FROM Likes",
      1),
    I("network_1", "projection",
      "Show each student's name and how many grades they have left until 12th grade.",
      "For every high schooler, give the name and 12 minus their grade.",
      "SELECT name, 12 - grade FROM Highschooler",
      2),

    # ------------------------------------------------------------ pets_1
    I("pets_1", "count",
      "How many students own at least one pet?",
      "Count the students who have a pet.",
      "SELECT COUNT(DISTINCT StuID) FROM Has_Pet",
      1),
    I("pets_1", "list",
      "Show me every pet's type, age and weight.",
      "List the type, age and weight of all pets.",
      "SELECT PetType, pet_age, weight FROM Pets",
      3),
    I("pets_1", "filter-text",
      "Which students live in Baltimore? first and last names",
      "Give the first and last name of every student from Baltimore.",
      "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'",
      2),
    I("pets_1", "filter-number",
      "students older than 21 - first name, last name, age",
      "List first name, last name and age of students aged over 21.",
      "SELECT Fname, LName, Age FROM Student WHERE Age > 21",
      3),
    I("pets_1", "filter-number",
      "Which pets weigh more than 10? Give pet id, type and weight.",
      "Show id, type and weight for pets heavier than 10.",
      "SELECT PetID, PetType, weight FROM Pets WHERE weight > 10",
      3),
    I("pets_1", "aggregate",
      "What is the average age of female students, and the age of the oldest one?",
      "For women students give the mean age and the maximum age.",
      "SELECT AVG(Age), MAX(Age) FROM Student WHERE Sex = 'F'",
      2),
    I("pets_1", "group",
      "How many students are in each major?",
      "Give every major with its number of students.",
      "SELECT Major, COUNT(*) FROM Student GROUP BY Major",
      2),
    I("pets_1", "superlative",
      "Who's the oldest student? Show first name, last name and age.",
      "Give first and last name and age of the student with the highest age.",
      "SELECT Fname, LName, Age FROM Student ORDER BY Age DESC LIMIT 1",
      3,
      ("SELECT Age FROM Student ORDER BY Age DESC", 1)),
    I("pets_1", "join",
      "Students who own a dog: first name and the dog's age",
      "For each dog, show the owner's first name and the age of the dog.",
      "SELECT s.Fname, p.pet_age FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'",
      2),
    I("pets_1", "set",
      "Which students under 18 don't have any pets? Give id and first name.",
      "List the student id and first name of students younger than 18 who own no pet.",
      "SELECT StuID, Fname FROM Student WHERE Age < 18 AND StuID NOT IN (SELECT StuID FROM Has_Pet)",
      2),
    I("pets_1", "ratio",
      "What percentage of students are female?",
      "Percent of the student body whose sex is F.",
      "SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student",
      1),
    I("pets_1", "projection",
      "show each pet's id, type and its age in months",
      "For every pet give id, type and age multiplied by 12.",
      "SELECT PetID, PetType, pet_age * 12 FROM Pets",
      3),

    # ------------------------------------------------------------ real_estate_properties
    I("real_estate_properties", "count",
      "How many apartments are listed?",
      "Count the properties whose type is Apartment.",
      "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'",
      1),
    I("real_estate_properties", "list",
      "list the property type codes along with their descriptions",
      "Show every property type code and its description.",
      "SELECT property_type_code, property_type_description FROM Ref_Property_Types",
      2),
    I("real_estate_properties", "filter-text",
      "Which properties are in Utah? Give name and address.",
      "Show the property name and address for properties located in UT.",
      "SELECT property_name, property_address FROM Properties WHERE property_address LIKE '%, UT %'",
      2),
    I("real_estate_properties", "filter-number",
      "properties that sold for more than 1m - name, type and agreed price",
      "List name, type code and agreed selling price of properties with an agreed price above 1,000,000.",
      "SELECT property_name, property_type_code, agreed_selling_price FROM Properties WHERE agreed_selling_price > 1000000",
      3),
    I("real_estate_properties", "aggregate",
      "What's the average agreed selling price for houses?",
      "Mean agreed sale price of properties of type House.",
      "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'",
      1),
    I("real_estate_properties", "aggregate",
      "Among apartments, what are the fewest and the most rooms?",
      "Give the minimum and maximum room count of apartment properties.",
      "SELECT MIN(room_count), MAX(room_count) FROM Properties WHERE property_type_code = 'Apartment'",
      2),
    I("real_estate_properties", "group",
      "For each property type, how many properties are there and what's the average number of rooms?",
      "Per property type code, show the number of properties and their mean room count.",
      "SELECT property_type_code, COUNT(*), AVG(room_count) FROM Properties GROUP BY property_type_code",
      3),
    I("real_estate_properties", "superlative",
      "Which property had the highest agreed selling price, and what was it?",
      "Give the name and agreed sale price of the most expensive property sold.",
      "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1",
      2,
      ("SELECT agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC", 1)),
    I("real_estate_properties", "join",
      "For each extra feature attached to a property, show the property name and the feature name.",
      "List property name and feature name for every property-feature link.",
      "SELECT p.property_name, f.feature_name FROM Other_Property_Features AS opf JOIN Properties AS p ON opf.property_id = p.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id",
      2),
    I("real_estate_properties", "set",
      "Which properties have no additional features at all? names only",
      "Give the names of the properties that don't appear in the other property features table.",
      "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)",
      1),
    I("real_estate_properties", "ratio",
      "What proportion of properties sold for more than the vendor was asking?",
      "Fraction of properties whose agreed selling price exceeds the vendor requested price.",
      "SELECT CAST(SUM(CASE WHEN agreed_selling_price > vendor_requested_price THEN 1 ELSE 0 END) AS REAL) / COUNT(*) FROM Properties",
      1),
    I("real_estate_properties", "projection",
      "Show each property's name and the gap between agreed selling price and vendor requested price.",
      "For every property list the name and agreed price minus the vendor's asking price.",
      "SELECT property_name, agreed_selling_price - vendor_requested_price FROM Properties",
      2),

    # ------------------------------------------------------------ student_transcripts_tracking
    I("student_transcripts_tracking", "count",
      "How many students have enrolled in a degree program?",
      "Count the distinct students with at least one enrolment.",
      "SELECT COUNT(DISTINCT student_id) FROM Student_Enrolment",
      1),
    I("student_transcripts_tracking", "count",
      "how many bachelor degree programs r there",
      "Count the degree programs whose summary name is Bachelor.",
      "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Bachelor'",
      1),
    I("student_transcripts_tracking", "list",
      "List all courses with their names and descriptions.",
      "Show course name and course description for every course.",
      "SELECT course_name, course_description FROM Courses",
      2),
    I("student_transcripts_tracking", "filter-text",
      "Which adresses are in Kentucky? Give the address id, first line and city.",
      "Show address id, line 1 and city of addresses in the state of Kentucky.",
      "SELECT address_id, line_1, city FROM Addresses WHERE state_province_county = 'Kentucky'",
      3),
    I("student_transcripts_tracking", "filter-number",
      "Which students first registered in 2006 or later? Show first name, last name and registration date.",
      "List first name, last name and first-registration date of students who registered from 2006 onwards.",
      "SELECT first_name, last_name, date_first_registered FROM Students WHERE date_first_registered >= '2006-01-01'",
      3),
    I("student_transcripts_tracking", "aggregate",
      "What are the earliest and latest transcript dates?",
      "Give the oldest and the newest transcript date.",
      "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts",
      2),
    I("student_transcripts_tracking", "group",
      "How many degree programs does each department offer? department name and count",
      "For each department with programs, show its name and number of degree programs.",
      "SELECT d.department_name, COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id",
      2),
    I("student_transcripts_tracking", "superlative",
      "Which semester had the most enrolments? Give the semester name and the number.",
      "Name the semester with the highest enrolment count, along with that count.",
      "SELECT s.semester_name, COUNT(*) FROM Student_Enrolment AS se JOIN Semesters AS s ON se.semester_id = s.semester_id GROUP BY se.semester_id ORDER BY COUNT(*) DESC LIMIT 1",
      2,
      ("SELECT COUNT(*) FROM Student_Enrolment AS se JOIN Semesters AS s ON se.semester_id = s.semester_id GROUP BY se.semester_id ORDER BY COUNT(*) DESC", 1)),
    I("student_transcripts_tracking", "join",
      "Show each student's first name, last name and the city of their current address.",
      "For all students list first and last name with the city they currently live in.",
      "SELECT s.first_name, s.last_name, a.city FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id",
      3),
    I("student_transcripts_tracking", "set",
      "Which courses has nobody ever enrolled in?",
      "List names of courses that never appear in any student course enrolment.",
      "SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)",
      1),
    I("student_transcripts_tracking", "ratio",
      "What share of students have the same current and permanent address?",
      "Fraction of students whose current address id equals their permanent address id.",
      "SELECT CAST(SUM(CASE WHEN current_address_id = permanent_address_id THEN 1 ELSE 0 END) AS REAL) / COUNT(*) FROM Students",
      1),
    I("student_transcripts_tracking", "projection",
      "give me each student's full name (first + last in one column) and their email",
      "Show first and last name joined with a space, plus the email address, for every student.",
      "SELECT first_name || ' ' || last_name, email_address FROM Students",
      2),

    # ------------------------------------------------------------ voter_1
    I("voter_1", "count",
      "How many votes came in from New York?",
      "Count the votes cast from the state of New York.",
      "SELECT COUNT(*) FROM VOTES WHERE state = 'NY'",
      1),
    I("voter_1", "list",
      "list all contestants with their numbers and names",
      "Show every contestant's number and name.",
      "SELECT contestant_number, contestant_name FROM CONTESTANTS",
      2),
    I("voter_1", "filter-text",
      "Which contestants are called Jessie? number and full name",
      "Give the number and name of contestants whose first name is Jessie.",
      "SELECT contestant_number, contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'",
      2),
    I("voter_1", "filter-number",
      "Show area codes above 900 together with their state.",
      "Which area codes are greater than 900, and in which states?",
      "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900",
      2),
    I("voter_1", "aggregate",
      "When was the first vote cast and when was the last one?",
      "Give the earliest and latest vote creation timestamps.",
      "SELECT MIN(created), MAX(created) FROM VOTES",
      2),
    I("voter_1", "group",
      "How many area codes does each state have?",
      "Number of area codes per state.",
      "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state",
      2),
    I("voter_1", "superlative",
      "Which state has the most area codes, and how many?",
      "Give the state with the largest number of area codes and that number.",
      "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1",
      2,
      ("SELECT COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC", 1)),
    I("voter_1", "join",
      "Show each vote's id, the contestant's name and the state it came from.",
      "For every vote list vote id, name of the contestant voted for, and the voter's state.",
      "SELECT v.vote_id, c.contestant_name, v.state FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number",
      3),
    I("voter_1", "set",
      "Which contestants didn't get a single vote? number and name",
      "List the number and name of contestants who received no votes.",
      "SELECT contestant_number, contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)",
      2),
    I("voter_1", "set",
      "Who got votes from both New York and California?",
      "Name the contestants that received at least one vote from NY and at least one from CA.",
      "SELECT c.contestant_name FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE v.state = 'NY' INTERSECT SELECT c.contestant_name FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE v.state = 'CA'",
      1),
    I("voter_1", "ratio",
      "what fraction of the votes came from California?",
      "Share of all votes cast in CA.",
      "SELECT CAST(SUM(CASE WHEN state = 'CA' THEN 1 ELSE 0 END) AS REAL) / COUNT(*) FROM VOTES",
      1),
    I("voter_1", "projection",
      "For each vote show the vote id and the area code taken from the phone number (first 3 digits).",
      "List every vote id with the first three digits of the caller's phone number.",
      "SELECT vote_id, SUBSTR(phone_number, 1, 3) FROM VOTES",
      2),
]

UNANSWERABLE = [
    ("car_1", "What is the list price of each car model made by Ford?"),
    ("car_1", "Which fuel type does each car in cars_data use, petrol or diesel?"),
    ("course_teach", "What is the annual salary of each teacher?"),
    ("course_teach", "How many students are enrolled in the Math course?"),
    ("dog_kennels", "What colour is each dog's coat?"),
    ("flight_2", "What is the ticket price of each United Airlines flight?"),
    ("flight_2", "Which airports have the longest runways?"),
    ("network_1", "What is the GPA of each high schooler in grade 12?"),
    ("pets_1", "What are the names of the pets owned by each student?"),
    ("real_estate_properties", "What is the floor area in square feet of every apartment?"),
    ("student_transcripts_tracking", "What grade did each student get in each course on their transcript?"),
    ("voter_1", "How old is each contestant?"),
]


def run(db, sql):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        return [d[0] for d in cur.description], rows
    finally:
        con.close()


def main():
    errors = []
    seen = set()
    for i, it in enumerate(ITEMS):
        tag = "#%d %s %s" % (i, it["db_id"], it["question"][:50])
        if it["kind"] not in KINDS:
            errors.append(tag + ": bad kind " + it["kind"])
        for text in (it["question"], it["paraphrase"]):
            key = " ".join(text.lower().split())
            if key in seen:
                errors.append(tag + ": duplicate question/paraphrase")
            seen.add(key)
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            errors.append(tag + ": paraphrase equals question")
        try:
            cols, rows = run(it["db_id"], it["query"])
        except Exception as e:  # noqa
            errors.append(tag + ": query failed: %s" % e)
            continue
        if not rows:
            errors.append(tag + ": no rows")
        elif all(v is None for r in rows for v in r):
            errors.append(tag + ": only NULLs")
        if len(cols) != it["ncols"]:
            errors.append(tag + ": ncols %d != %d" % (len(cols), it["ncols"]))
        has_limit = " LIMIT " in it["query"].upper()
        if it["kind"] == "superlative" and not it["tie"]:
            errors.append(tag + ": superlative without tie check")
        if has_limit and not it["tie"]:
            errors.append(tag + ": LIMIT without tie check")
        if "ORDER BY" in it["query"].upper() and not has_limit:
            errors.append(tag + ": ORDER BY without top-N")
        if it["tie"]:
            tsql, n = it["tie"]
            if " LIMIT " in tsql.upper():
                errors.append(tag + ": tie sql must not have LIMIT")
            _, trows = run(it["db_id"], tsql)
            if len(trows) < n:
                errors.append(tag + ": fewer rows than N")
            elif len(trows) > n and trows[n - 1] == trows[n]:
                errors.append(tag + ": tie at cut-off %r" % (trows[n - 1],))
            if len(rows) != min(n, len(trows)):
                errors.append(tag + ": limit rows mismatch")
    # distribution checks
    if len(ITEMS) != 108:
        errors.append("expected 108 items, have %d" % len(ITEMS))
    per_db = Counter(it["db_id"] for it in ITEMS)
    for db, c in per_db.items():
        if c != 12:
            errors.append("db %s has %d items" % (db, c))
    if len(per_db) != 9:
        errors.append("expected 9 dbs, have %d" % len(per_db))
    kinds = Counter(it["kind"] for it in ITEMS)
    if set(kinds) != set(KINDS) or max(kinds.values()) - min(kinds.values()) > 1:
        errors.append("kinds uneven: %r" % dict(kinds))
    for db in per_db:
        dk = set(it["kind"] for it in ITEMS if it["db_id"] == db)
        if dk != set(KINDS):
            errors.append("db %s missing kinds %r" % (db, set(KINDS) - dk))
    multi = sum(1 for it in ITEMS if it["ncols"] >= 2)
    if multi < 55:
        errors.append("only %d multi-column items" % multi)
    # unanswerable
    if len(UNANSWERABLE) != 12:
        errors.append("need 12 unanswerable")
    for db, q in UNANSWERABLE:
        if db not in per_db:
            errors.append("unanswerable db %s not in set" % db)
        key = " ".join(q.lower().split())
        if key in seen:
            errors.append("unanswerable duplicates an item: " + q)
        seen.add(key)

    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    out = [dict(question=it["question"], db_id=it["db_id"], query=it["query"],
                paraphrase=it["paraphrase"], kind=it["kind"]) for it in ITEMS]
    with open(os.path.join(HERE, "spider_v15_B.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    una = [dict(question=q, db_id=db, query="") for db, q in UNANSWERABLE]
    with open(os.path.join(HERE, "spider_v15_B_unanswerable.json"), "w") as f:
        json.dump(una, f, indent=2, ensure_ascii=False)
    print("OK: %d items, %d unanswerable, %d multi-column" % (len(out), len(una), multi))
    print("kinds:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
