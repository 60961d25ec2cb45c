#!/usr/bin/env python3
"""Generate the spider_v9_B held-out evaluation set.

Holds 99 answerable items (11 per database, one per kind) and 12 unanswerable
items as data, runs every gold query against its SQLite database, and writes
spider_v9_B.json and spider_v9_B_unanswerable.json next to this script only if
every check passes. Otherwise prints the failures and exits 1.

Usage: python3 gen_spider_v9_B.py [--show]   (--show prints every gold result)
"""
import json
import os
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
OUT = os.path.join(HERE, "spider_v9_B.json")
OUT_UNANS = os.path.join(HERE, "spider_v9_B_unanswerable.json")

DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1",
       "pets_1", "real_estate_properties", "student_transcripts_tracking",
       "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# Each item: db_id, kind, question, paraphrase, query.
# Optional "tie": {"sql": <ordered list of the ranking value, no LIMIT>, "n": N}
# -> the script checks that the value at position N differs from N+1.
ITEMS = [
    # ------------------------------------------------------------ car_1
    {"db_id": "car_1", "kind": "count",
     "question": "How many German car makers are there?",
     "paraphrase": "number of car manufacturers that are based in germany?",
     "query": "SELECT COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'germany'"},
    {"db_id": "car_1", "kind": "list",
     "question": "list the full names of all the car makers",
     "paraphrase": "What are the complete company names of every car manufacturer in the database?",
     "query": "SELECT FullName FROM car_makers"},
    {"db_id": "car_1", "kind": "filter-text",
     "question": "Which countries are European?",
     "paraphrase": "Give me the names of the countries located on the europe continent.",
     "query": "SELECT c.CountryName FROM countries AS c JOIN continents AS ct ON c.Continent = ct.ContId WHERE ct.Continent = 'europe'"},
    {"db_id": "car_1", "kind": "filter-number",
     "question": "Which 1980 cars got better mileage than the average mpg across all cars? show make and mpg",
     "paraphrase": "For model year 1980, list the make and MPG of every car whose MPG is above the overall average MPG of the whole dataset.",
     "query": "SELECT n.Make, d.MPG FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId WHERE d.Year = 1980 AND d.MPG <> 'null' AND CAST(d.MPG AS REAL) > (SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE MPG <> 'null')"},
    {"db_id": "car_1", "kind": "aggregate",
     "question": "whats the avg horsepower for 4 cylinder cars",
     "paraphrase": "What is the mean horsepower of cars with four cylinders?",
     "query": "SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Cylinders = 4 AND Horsepower <> 'null'"},
    {"db_id": "car_1", "kind": "group",
     "question": "How many cars in the data were built by makers from each country? Show the country and the total.",
     "paraphrase": "Per country of the manufacturer, give the country name and the total number of car records.",
     "query": "SELECT c.CountryName, COUNT(*) FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId JOIN model_list AS ml ON n.Model = ml.Model JOIN car_makers AS m ON ml.Maker = m.Id JOIN countries AS c ON m.Country = c.CountryId GROUP BY c.CountryName"},
    {"db_id": "car_1", "kind": "superlative",
     "question": "Which model year had the best average MPG?",
     "paraphrase": "In what year were cars the most fuel efficient on average, measured by mean miles per gallon?",
     "query": "SELECT Year FROM cars_data WHERE MPG <> 'null' GROUP BY Year ORDER BY AVG(CAST(MPG AS REAL)) DESC LIMIT 1",
     "tie": {"sql": "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE MPG <> 'null' GROUP BY Year ORDER BY 1 DESC", "n": 1}},
    {"db_id": "car_1", "kind": "join",
     "question": "What are the makes of all cars built by Swedish manufacturers?",
     "paraphrase": "list car makes whose manufacturer is from sweden",
     "query": "SELECT n.Make FROM car_names AS n JOIN model_list AS ml ON n.Model = ml.Model JOIN car_makers AS m ON ml.Maker = m.Id JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'sweden'"},
    {"db_id": "car_1", "kind": "set",
     "question": "Which countries dont have any car makers?",
     "paraphrase": "List the countries that no car manufacturer is based in.",
     "query": "SELECT CountryName FROM countries EXCEPT SELECT c.CountryName FROM countries AS c JOIN car_makers AS m ON m.Country = c.CountryId"},
    {"db_id": "car_1", "kind": "ratio",
     "question": "What percentage of the cars have 4 cylinders?",
     "paraphrase": "share of cars (in %) that are four-cylinder",
     "query": "SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"},
    {"db_id": "car_1", "kind": "projection",
     "question": "For the 1982 cars, show the make and the engine displacement per cylinder.",
     "paraphrase": "list every 1982 model's make together with its displacement divided by its number of cylinders",
     "query": "SELECT n.Make, d.Edispl / d.Cylinders FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId WHERE d.Year = 1982"},

    # ------------------------------------------------------------ course_teach
    {"db_id": "course_teach", "kind": "count",
     "question": "hw many courses have nobody teaching them?",
     "paraphrase": "What is the number of courses that have no teacher arranged?",
     "query": "SELECT COUNT(*) FROM course WHERE Course_ID NOT IN (SELECT Course_ID FROM course_arrange)"},
    {"db_id": "course_teach", "kind": "list",
     "question": "List all the course names.",
     "paraphrase": "what courses are offered? just the names",
     "query": "SELECT Course FROM course"},
    {"db_id": "course_teach", "kind": "filter-text",
     "question": "Which teachers come from an urban district?",
     "paraphrase": "Give the names of teachers whose hometown is an Urban District.",
     "query": "SELECT Name FROM teacher WHERE Hometown LIKE '%Urban District%'"},
    {"db_id": "course_teach", "kind": "filter-number",
     "question": "Which teachrs are older than the average teacher age?",
     "paraphrase": "names of the teachers whose age is above the mean age of all teachers",
     "query": "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)"},
    {"db_id": "course_teach", "kind": "aggregate",
     "question": "What are the ages of our oldest and youngest teachers?",
     "paraphrase": "Show the maximum and the minimum teacher age.",
     "query": "SELECT MAX(CAST(Age AS INTEGER)), MIN(CAST(Age AS INTEGER)) FROM teacher"},
    {"db_id": "course_teach", "kind": "group",
     "question": "For each teacher who teaches, show their name and how many courses they're arranged to teach.",
     "paraphrase": "number of course arrangements per teacher, with the teacher name",
     "query": "SELECT t.Name, COUNT(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID, t.Name"},
    {"db_id": "course_teach", "kind": "superlative",
     "question": "who is the youngest teacher",
     "paraphrase": "Name the teacher with the lowest age.",
     "query": "SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1",
     "tie": {"sql": "SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY 1 ASC", "n": 1}},
    {"db_id": "course_teach", "kind": "join",
     "question": "Show each teacher's name next to the course they teach.",
     "paraphrase": "Which teacher teaches which course? Give teacher name and course name.",
     "query": "SELECT t.Name, c.Course FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID"},
    {"db_id": "course_teach", "kind": "set",
     "question": "Which teachers are not assigned to any course at all?",
     "paraphrase": "names of teachers with no course arrangement",
     "query": "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"},
    {"db_id": "course_teach", "kind": "ratio",
     "question": "What percentage of teachers teach at least one course?",
     "paraphrase": "Out of all teachers, what % have a course arranged?",
     "query": "SELECT 100.0 * (SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange) / (SELECT COUNT(*) FROM teacher)"},
    {"db_id": "course_teach", "kind": "projection",
     "question": "How old will each teacher be in 5 years? Show name and that age.",
     "paraphrase": "List every teacher's name with their current age plus five.",
     "query": "SELECT Name, CAST(Age AS INTEGER) + 5 FROM teacher"},

    # ------------------------------------------------------------ dog_kennels
    {"db_id": "dog_kennels", "kind": "count",
     "question": "How many large dogs do we have?",
     "paraphrase": "Count the dogs whose size is large.",
     "query": "SELECT COUNT(*) FROM Dogs WHERE size_code = 'LGE'"},
    {"db_id": "dog_kennels", "kind": "list",
     "question": "list all the breed names",
     "paraphrase": "What dog breeds are on record?",
     "query": "SELECT breed_name FROM Breeds"},
    {"db_id": "dog_kennels", "kind": "filter-text",
     "question": "Which of our professionals are vets? Give first and last name.",
     "paraphrase": "Show the first name and last name of every professional working as a veterinarian.",
     "query": "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'"},
    {"db_id": "dog_kennels", "kind": "filter-number",
     "question": "Which treatments cost more than the average treatment? just the ids",
     "paraphrase": "Give the IDs of treatments whose cost is above the mean cost of all treatments.",
     "query": "SELECT treatment_id FROM Treatments WHERE cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"},
    {"db_id": "dog_kennels", "kind": "aggregate",
     "question": "How much have we spent in total on treatments for huskies?",
     "paraphrase": "Total treatment cost across all Husky dogs?",
     "query": "SELECT SUM(t.cost_of_treatment) FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id WHERE d.breed_code = 'HUS'"},
    {"db_id": "dog_kennels", "kind": "group",
     "question": "How many dogs of each breed are there? Show breed name and count.",
     "paraphrase": "dog count per breed, with the breed's name",
     "query": "SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code GROUP BY b.breed_name"},
    {"db_id": "dog_kennels", "kind": "superlative",
     "question": "Which owner has paid the most for treatments overall across their dogs? first and last name pls",
     "paraphrase": "Give the first and last name of the owner whose dogs have the highest total treatment cost.",
     "query": "SELECT o.first_name, o.last_name FROM Owners AS o JOIN Dogs AS d ON o.owner_id = d.owner_id JOIN Treatments AS t ON d.dog_id = t.dog_id GROUP BY o.owner_id ORDER BY SUM(t.cost_of_treatment) DESC LIMIT 1",
     "tie": {"sql": "SELECT SUM(t.cost_of_treatment) FROM Owners AS o JOIN Dogs AS d ON o.owner_id = d.owner_id JOIN Treatments AS t ON d.dog_id = t.dog_id GROUP BY o.owner_id ORDER BY 1 DESC", "n": 1}},
    {"db_id": "dog_kennels", "kind": "join",
     "question": "Show each dog's name along with its owner's first name.",
     "paraphrase": "For every dog, what's its name and what is the first name of the person who owns it?",
     "query": "SELECT d.name, o.first_name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id"},
    {"db_id": "dog_kennels", "kind": "set",
     "question": "Which professionals have done both a physical examination and a walk? first names",
     "paraphrase": "First names of the professionals who have carried out at least one exam and also at least one walking treatment.",
     "query": "SELECT first_name FROM Professionals WHERE professional_id IN (SELECT professional_id FROM Treatments WHERE treatment_type_code = 'EXAM' INTERSECT SELECT professional_id FROM Treatments WHERE treatment_type_code = 'WALK')"},
    {"db_id": "dog_kennels", "kind": "ratio",
     "question": "What percntage of the dogs were abandoned?",
     "paraphrase": "Share of dogs, as a percent, that are flagged as abandoned.",
     "query": "SELECT 100.0 * SUM(CASE WHEN abandoned_yn = '1' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs"},
    {"db_id": "dog_kennels", "kind": "projection",
     "question": "For each dog show its name and how many days passed between arriving and being adopted.",
     "paraphrase": "list dog names with the number of days from arrival date to adoption date",
     "query": "SELECT name, julianday(date_adopted) - julianday(date_arrived) FROM Dogs"},

    # ------------------------------------------------------------ flight_2
    {"db_id": "flight_2", "kind": "count",
     "question": "How many flights depart from Aberdeen?",
     "paraphrase": "number of flights whose source airport is in the city of Aberdeen",
     "query": "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'"},
    {"db_id": "flight_2", "kind": "list",
     "question": "List all the airlines and their abbreviations.",
     "paraphrase": "what airlines do we have, with the short code for each",
     "query": "SELECT Airline, Abbreviation FROM airlines"},
    {"db_id": "flight_2", "kind": "filter-text",
     "question": "which airports are in Albany? need code + name",
     "paraphrase": "Give the airport code and airport name of every airport located in Albany.",
     "query": "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Albany'"},
    {"db_id": "flight_2", "kind": "filter-number",
     "question": "What Delta flight numbers are higher than 1200?",
     "paraphrase": "List flight numbers above 1200 operated by Delta Airlines.",
     "query": "SELECT f.FlightNo FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'Delta Airlines' AND f.FlightNo > 1200"},
    {"db_id": "flight_2", "kind": "aggregate",
     "question": "How many different airports does Delta fly into?",
     "paraphrase": "Count the distinct destination airports served by Delta Airlines.",
     "query": "SELECT COUNT(DISTINCT TRIM(f.DestAirport)) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'Delta Airlines'"},
    {"db_id": "flight_2", "kind": "group",
     "question": "For flights leaving Albany, how many does each airline run? Show airline name and count.",
     "paraphrase": "Break down the departures from Albany airports by airline: airline name and number of flights.",
     "query": "SELECT al.Airline, COUNT(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Albany' GROUP BY al.Airline"},
    {"db_id": "flight_2", "kind": "superlative",
     "question": "Which city gets the most incoming flights?",
     "paraphrase": "What destination city has the largest number of arriving flights?",
     "query": "SELECT TRIM(a.City) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC LIMIT 1",
     "tie": {"sql": "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY 1 DESC", "n": 1}},
    {"db_id": "flight_2", "kind": "join",
     "question": "Show flight numbers and destination airport names for JetBlue flights leaving from Anchorage.",
     "paraphrase": "For JetBlue Airways departures out of Anchorage, give the flight number and the name of the airport it flies to.",
     "query": "SELECT f.FlightNo, d.AirportName FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS s ON TRIM(f.SourceAirport) = s.AirportCode JOIN airports AS d ON TRIM(f.DestAirport) = d.AirportCode WHERE al.Airline = 'JetBlue Airways' AND TRIM(s.City) = 'Anchorage'"},
    {"db_id": "flight_2", "kind": "set",
     "question": "which airports does United fly to but Delta doesnt? codes only",
     "paraphrase": "Airport codes that are a destination of United Airlines flights but never of Delta Airlines flights.",
     "query": "SELECT TRIM(f.DestAirport) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' EXCEPT SELECT TRIM(f.DestAirport) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'Delta Airlines'"},
    {"db_id": "flight_2", "kind": "ratio",
     "question": "What share of the flights leaving Albany are operated by Delta, as a percentage?",
     "paraphrase": "Of all departures from Albany airports, what percent are Delta Airlines flights?",
     "query": "SELECT 100.0 * SUM(CASE WHEN al.Airline = 'Delta Airlines' THEN 1 ELSE 0 END) / COUNT(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Albany'"},
    {"db_id": "flight_2", "kind": "projection",
     "question": "Give me the code, name and city of every airport.",
     "paraphrase": "list all airports showing airport code, airport name and the city",
     "query": "SELECT AirportCode, AirportName, City FROM airports"},

    # ------------------------------------------------------------ network_1
    {"db_id": "network_1", "kind": "count",
     "question": "How many seniors are there?",
     "paraphrase": "number of high schoolers in 12th grade",
     "query": "SELECT COUNT(*) FROM Highschooler WHERE grade = 12"},
    {"db_id": "network_1", "kind": "list",
     "question": "list every high schooler's name",
     "paraphrase": "What are the names of all the students?",
     "query": "SELECT name FROM Highschooler"},
    {"db_id": "network_1", "kind": "filter-text",
     "question": "What are the IDs and grades of students called Gabriel?",
     "paraphrase": "show id and grade for any highschooler named Gabriel",
     "query": "SELECT ID, grade FROM Highschooler WHERE name = 'Gabriel'"},
    {"db_id": "network_1", "kind": "filter-number",
     "question": "Which students are in a grade above the average grade?",
     "paraphrase": "Names of high schoolers whose grade is higher than the mean grade of all students.",
     "query": "SELECT name FROM Highschooler WHERE grade > (SELECT AVG(grade) FROM Highschooler)"},
    {"db_id": "network_1", "kind": "aggregate",
     "question": "whats the avrage grade of students who like somebody",
     "paraphrase": "Average grade of the high schoolers that have liked at least one other student.",
     "query": "SELECT AVG(grade) FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes)"},
    {"db_id": "network_1", "kind": "group",
     "question": "How many students are in each grade?",
     "paraphrase": "Show each grade and its number of high schoolers.",
     "query": "SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"},
    {"db_id": "network_1", "kind": "superlative",
     "question": "Which grade's students have handed out the most likes?",
     "paraphrase": "In which grade do students give the largest number of likes in total?",
     "query": "SELECT h.grade FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID GROUP BY h.grade ORDER BY COUNT(*) DESC LIMIT 1",
     "tie": {"sql": "SELECT COUNT(*) FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID GROUP BY h.grade ORDER BY 1 DESC", "n": 1}},
    {"db_id": "network_1", "kind": "join",
     "question": "Who likes whom? Show the name of the student and the name of the person they like.",
     "paraphrase": "For each like, list the liker's name and the liked student's name.",
     "query": "SELECT a.name, b.name FROM Likes AS l JOIN Highschooler AS a ON l.student_id = a.ID JOIN Highschooler AS b ON l.liked_id = b.ID"},
    {"db_id": "network_1", "kind": "set",
     "question": "Which students like someone but aren't liked by anyone?",
     "paraphrase": "names of highschoolers who have liked another student while nobody has liked them",
     "query": "SELECT name FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes EXCEPT SELECT liked_id FROM Likes)"},
    {"db_id": "network_1", "kind": "ratio",
     "question": "What percent of high schoolers have liked at least one person?",
     "paraphrase": "Share of students, in percent, who appear as the liker in at least one like.",
     "query": "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / (SELECT COUNT(*) FROM Highschooler)"},
    {"db_id": "network_1", "kind": "projection",
     "question": "Show each student's name, current grade and the grade they'll be in next year.",
     "paraphrase": "list names with grade and grade + 1",
     "query": "SELECT name, grade, grade + 1 FROM Highschooler"},

    # ------------------------------------------------------------ pets_1
    {"db_id": "pets_1", "kind": "count",
     "question": "How many women students are there?",
     "paraphrase": "count of female students",
     "query": "SELECT COUNT(*) FROM Student WHERE Sex = 'F'"},
    {"db_id": "pets_1", "kind": "list",
     "question": "what kinds of pets are on record",
     "paraphrase": "List the distinct pet types.",
     "query": "SELECT DISTINCT PetType FROM Pets"},
    {"db_id": "pets_1", "kind": "filter-text",
     "question": "Which students are from Hong Kong? First and last names please.",
     "paraphrase": "Give the first name and last name of every student whose city is Hong Kong.",
     "query": "SELECT Fname, LName FROM Student WHERE city_code = 'HKG'"},
    {"db_id": "pets_1", "kind": "filter-number",
     "question": "First names of students older than 21?",
     "paraphrase": "Which students are above 21 years old? Just their first names.",
     "query": "SELECT Fname FROM Student WHERE Age > 21"},
    {"db_id": "pets_1", "kind": "aggregate",
     "question": "What's the average weight of the dogs?",
     "paraphrase": "mean weight of pets that are dogs",
     "query": "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'"},
    {"db_id": "pets_1", "kind": "group",
     "question": "How many students are in each major?",
     "paraphrase": "Show every major with its number of students.",
     "query": "SELECT Major, COUNT(*) FROM Student GROUP BY Major"},
    {"db_id": "pets_1", "kind": "superlative",
     "question": "wich advisor has the most students",
     "paraphrase": "Which advisor advises the largest number of students?",
     "query": "SELECT Advisor FROM Student GROUP BY Advisor ORDER BY COUNT(*) DESC LIMIT 1",
     "tie": {"sql": "SELECT COUNT(*) FROM Student GROUP BY Advisor ORDER BY 1 DESC", "n": 1}},
    {"db_id": "pets_1", "kind": "join",
     "question": "Show the first names of pet owners and the type of pet they own.",
     "paraphrase": "For each student-pet pair, list the student's first name and the pet type.",
     "query": "SELECT s.Fname, p.PetType FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID"},
    {"db_id": "pets_1", "kind": "set",
     "question": "Which majors have both male and female students?",
     "paraphrase": "majors that include at least one man and at least one woman",
     "query": "SELECT Major FROM Student WHERE Sex = 'M' INTERSECT SELECT Major FROM Student WHERE Sex = 'F'"},
    {"db_id": "pets_1", "kind": "ratio",
     "question": "What percentage of students are male?",
     "paraphrase": "Share of men among all students, in percent.",
     "query": "SELECT 100.0 * SUM(CASE WHEN Sex = 'M' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"},
    {"db_id": "pets_1", "kind": "projection",
     "question": "For each pet show the id, the type and its age in months.",
     "paraphrase": "list pet id, pet type and pet age times 12",
     "query": "SELECT PetID, PetType, pet_age * 12 FROM Pets"},

    # ------------------------------------------------------------ real_estate_properties
    {"db_id": "real_estate_properties", "kind": "count",
     "question": "How many apartments do we have listed?",
     "paraphrase": "number of properties of the apartment type",
     "query": "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"},
    {"db_id": "real_estate_properties", "kind": "list",
     "question": "list all property names",
     "paraphrase": "What are the names of all our properties?",
     "query": "SELECT property_name FROM Properties"},
    {"db_id": "real_estate_properties", "kind": "filter-text",
     "question": "Which retail units are on the books? names only",
     "paraphrase": "Give the names of the properties that are shops.",
     "query": "SELECT property_name FROM Properties WHERE property_type_code = 'Shop'"},
    {"db_id": "real_estate_properties", "kind": "filter-number",
     "question": "Show name and room count for properties with more than 7 rooms.",
     "paraphrase": "Which properties have over seven rooms, and how many rooms do they have?",
     "query": "SELECT property_name, room_count FROM Properties WHERE room_count > 7"},
    {"db_id": "real_estate_properties", "kind": "aggregate",
     "question": "What is the average agreed selling price for houses?",
     "paraphrase": "mean agreed sale price of house-type properties",
     "query": "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'"},
    {"db_id": "real_estate_properties", "kind": "group",
     "question": "How many properties are there of each type?",
     "paraphrase": "Property count broken down by property type code.",
     "query": "SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code"},
    {"db_id": "real_estate_properties", "kind": "superlative",
     "question": "What are the top 3 properties by asking price?",
     "paraphrase": "Names of the three properties with the highest vendor requested price.",
     "query": "SELECT property_name FROM Properties ORDER BY vendor_requested_price DESC LIMIT 3",
     "tie": {"sql": "SELECT vendor_requested_price FROM Properties ORDER BY 1 DESC", "n": 3}},
    {"db_id": "real_estate_properties", "kind": "join",
     "question": "Show each property's name together with the names of the extra features it has.",
     "paraphrase": "List property name and feature name for every feature attached to a property.",
     "query": "SELECT p.property_name, f.feature_name FROM Other_Property_Features AS pf JOIN Properties AS p ON pf.property_id = p.property_id JOIN Other_Available_Features AS f ON pf.feature_id = f.feature_id"},
    {"db_id": "real_estate_properties", "kind": "set",
     "question": "Which properties have both a pool and air conditioning?",
     "paraphrase": "names of properties that have the Pool feature and also the AirCon feature",
     "query": "SELECT property_name FROM Properties WHERE property_id IN (SELECT pf.property_id FROM Other_Property_Features AS pf JOIN Other_Available_Features AS f ON pf.feature_id = f.feature_id WHERE f.feature_name = 'Pool' INTERSECT SELECT pf.property_id FROM Other_Property_Features AS pf JOIN Other_Available_Features AS f ON pf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon')"},
    {"db_id": "real_estate_properties", "kind": "ratio",
     "question": "In what percent of properties was the agreed selling price higher than what the vendor asked for?",
     "paraphrase": "percentage of properties where agreed price > vendor requested price",
     "query": "SELECT 100.0 * SUM(CASE WHEN agreed_selling_price > vendor_requested_price THEN 1 ELSE 0 END) / COUNT(*) FROM Properties"},
    {"db_id": "real_estate_properties", "kind": "projection",
     "question": "For every property give the name and the difference between the agreed selling price and the asking price.",
     "paraphrase": "property name with agreed selling price minus vendor requested price",
     "query": "SELECT property_name, agreed_selling_price - vendor_requested_price FROM Properties"},

    # ------------------------------------------------------------ student_transcripts_tracking
    {"db_id": "student_transcripts_tracking", "kind": "count",
     "question": "How many students are enrolled in a bachelor's program?",
     "paraphrase": "number of distinct students with an enrolment in a Bachelor degree program",
     "query": "SELECT COUNT(DISTINCT se.student_id) FROM Student_Enrolment AS se JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = 'Bachelor'"},
    {"db_id": "student_transcripts_tracking", "kind": "list",
     "question": "List all the department names.",
     "paraphrase": "what departments are there",
     "query": "SELECT department_name FROM Departments"},
    {"db_id": "student_transcripts_tracking", "kind": "filter-text",
     "question": "Which students currently live in Kentucky? first and last name",
     "paraphrase": "Give the first name and last name of students whose current address is in the state of Kentucky.",
     "query": "SELECT s.first_name, s.last_name FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'"},
    {"db_id": "student_transcripts_tracking", "kind": "filter-number",
     "question": "first names of students who first registered after 2005",
     "paraphrase": "Which students registered for the first time later than the year 2005? Give their first names.",
     "query": "SELECT first_name FROM Students WHERE date_first_registered >= '2006-01-01'"},
    {"db_id": "student_transcripts_tracking", "kind": "aggregate",
     "question": "When was the earliest transcript issued, and the latest one?",
     "paraphrase": "Show the first and the last transcript date.",
     "query": "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"},
    {"db_id": "student_transcripts_tracking", "kind": "group",
     "question": "How many degree programs does each department offer? Show department name and count.",
     "paraphrase": "number of degree programs per department, with the department's name",
     "query": "SELECT d.department_name, COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id, d.department_name"},
    {"db_id": "student_transcripts_tracking", "kind": "superlative",
     "question": "Which semester had the most student enrolments?",
     "paraphrase": "name of the semester with the highest number of enrolment records",
     "query": "SELECT s.semester_name FROM Student_Enrolment AS se JOIN Semesters AS s ON se.semester_id = s.semester_id GROUP BY se.semester_id ORDER BY COUNT(*) DESC LIMIT 1",
     "tie": {"sql": "SELECT COUNT(*) FROM Student_Enrolment GROUP BY semester_id ORDER BY 1 DESC", "n": 1}},
    {"db_id": "student_transcripts_tracking", "kind": "join",
     "question": "What courses is Stanford Rogahn enrolled in?",
     "paraphrase": "List the names of the courses taken by the student Stanford Rogahn.",
     "query": "SELECT c.course_name FROM Students AS s JOIN Student_Enrolment AS se ON s.student_id = se.student_id JOIN Student_Enrolment_Courses AS sec ON se.student_enrolment_id = sec.student_enrolment_id JOIN Courses AS c ON sec.course_id = c.course_id WHERE s.first_name = 'Stanford' AND s.last_name = 'Rogahn'"},
    {"db_id": "student_transcripts_tracking", "kind": "set",
     "question": "Which students are enrolled in both a master's and a bachelor's program? first names",
     "paraphrase": "First names of students who have at least one Master enrolment and at least one Bachelor enrolment.",
     "query": "SELECT first_name FROM Students WHERE student_id IN (SELECT se.student_id FROM Student_Enrolment AS se JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = 'Master' INTERSECT SELECT se.student_id FROM Student_Enrolment AS se JOIN Degree_Programs AS dp ON se.degree_program_id = dp.degree_program_id WHERE dp.degree_summary_name = 'Bachelor')"},
    {"db_id": "student_transcripts_tracking", "kind": "ratio",
     "question": "What percentage of degree programs are master's degrees?",
     "paraphrase": "Out of all degree programs, what % are Master programs?",
     "query": "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Master' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs"},
    {"db_id": "student_transcripts_tracking", "kind": "projection",
     "question": "Show every student's first, middle and last name plus their email.",
     "paraphrase": "list first name, middle name, last name and email address for all students",
     "query": "SELECT first_name, middle_name, last_name, email_address FROM Students"},

    # ------------------------------------------------------------ voter_1
    {"db_id": "voter_1", "kind": "count",
     "question": "how many votes came in from California",
     "paraphrase": "Number of votes cast from the state of California.",
     "query": "SELECT COUNT(*) FROM VOTES WHERE state = 'CA'"},
    {"db_id": "voter_1", "kind": "list",
     "question": "List all contestant names.",
     "paraphrase": "who are the contestants? names only",
     "query": "SELECT contestant_name FROM CONTESTANTS"},
    {"db_id": "voter_1", "kind": "filter-text",
     "question": "What are the area codes for Texas?",
     "paraphrase": "list the area codes that belong to Texas",
     "query": "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'"},
    {"db_id": "voter_1", "kind": "filter-number",
     "question": "Show area codes above 950 and the state each one is in.",
     "paraphrase": "Which area codes are greater than 950, and what state does each belong to?",
     "query": "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 950"},
    {"db_id": "voter_1", "kind": "aggregate",
     "question": "When did the first and the last votes come in?",
     "paraphrase": "earliest and latest vote creation timestamps",
     "query": "SELECT MIN(created), MAX(created) FROM VOTES"},
    {"db_id": "voter_1", "kind": "group",
     "question": "How many area codes does each state have?",
     "paraphrase": "Show each state with its number of area codes.",
     "query": "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state"},
    {"db_id": "voter_1", "kind": "superlative",
     "question": "Which 3 states have the most area codes?",
     "paraphrase": "top three states ranked by how many area codes they have",
     "query": "SELECT state FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 3",
     "tie": {"sql": "SELECT COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY 1 DESC", "n": 3}},
    {"db_id": "voter_1", "kind": "join",
     "question": "Which contestants got votes from New York?",
     "paraphrase": "Names of contestants who received at least one vote from NY.",
     "query": "SELECT DISTINCT c.contestant_name FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number WHERE v.state = 'NY'"},
    {"db_id": "voter_1", "kind": "set",
     "question": "Which contestants got no votes at all?",
     "paraphrase": "names of contestants who never received a single vote",
     "query": "SELECT contestant_name FROM CONTESTANTS EXCEPT SELECT c.contestant_name FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number"},
    {"db_id": "voter_1", "kind": "ratio",
     "question": "What percent of contestants have received at least one vote?",
     "paraphrase": "Share of contestants, in percent, with one or more votes.",
     "query": "SELECT 100.0 * (SELECT COUNT(DISTINCT contestant_number) FROM VOTES) / (SELECT COUNT(*) FROM CONTESTANTS)"},
    {"db_id": "voter_1", "kind": "projection",
     "question": "For each vote show the vote id, the contestant number and just the date it was made (no time).",
     "paraphrase": "list vote id, contestant number and the calendar date part of the created timestamp",
     "query": "SELECT vote_id, contestant_number, DATE(created) FROM VOTES"},
]

UNANSWERABLE = [
    {"db_id": "car_1",
     "question": "What is the sticker price of each car model?",
     "why": "car_1 stores technical specs (mpg, cylinders, horsepower, weight, ...) but no price or MSRP column."},
    {"db_id": "car_1",
     "question": "Which car has the best crash safety rating?",
     "why": "No safety or crash-test rating is stored in any car_1 table."},
    {"db_id": "course_teach",
     "question": "What is the annual salary of each teacher?",
     "why": "The teacher table only holds name, age and hometown; no salary is stored."},
    {"db_id": "course_teach",
     "question": "How many students are enrolled in each course?",
     "why": "There is no student or enrolment data in course_teach; only courses, teachers and arrangements."},
    {"db_id": "dog_kennels",
     "question": "What coat color does each dog have?",
     "why": "Dogs stores breed, size, age, weight, gender and dates, but no color."},
    {"db_id": "flight_2",
     "question": "What time does each United flight depart?",
     "why": "The flights table has airline, flight number and airports only; no departure times."},
    {"db_id": "flight_2",
     "question": "What is the average ticket price on JetBlue flights?",
     "why": "No fare or ticket price is stored anywhere in flight_2."},
    {"db_id": "network_1",
     "question": "What is each high schooler's GPA?",
     "why": "Highschooler only has id, name and grade level; no GPA or marks."},
    {"db_id": "pets_1",
     "question": "What are the names of the pets owned by students?",
     "why": "The Pets table stores type, age and weight but no pet name."},
    {"db_id": "real_estate_properties",
     "question": "What is the square footage of each property?",
     "why": "Properties stores room count and prices but no floor area."},
    {"db_id": "student_transcripts_tracking",
     "question": "What grade did each student get in each course?",
     "why": "Transcripts and enrolment tables record which courses appear, but no grades or scores."},
    {"db_id": "voter_1",
     "question": "What is the average age of the voters?",
     "why": "VOTES stores phone number, state, contestant and timestamp; voters' ages are not stored."},
]


def connect(db_id):
    path = os.path.join(DB_ROOT, db_id, db_id + ".sqlite")
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    uri = "file:" + path + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def main():
    show = "--show" in sys.argv
    failures = []
    conns = {}
    multi_col = 0

    def conn(db_id):
        if db_id not in conns:
            conns[db_id] = connect(db_id)
        return conns[db_id]

    # ---- structural checks
    if len(ITEMS) != 99:
        failures.append("expected 99 items, got %d" % len(ITEMS))
    per_db = Counter(it["db_id"] for it in ITEMS)
    for db in DBS:
        if per_db[db] != 11:
            failures.append("db %s has %d items (want 11)" % (db, per_db[db]))
    for db in per_db:
        if db not in DBS:
            failures.append("unexpected db_id %s" % db)
    per_kind = Counter(it["kind"] for it in ITEMS)
    for k in per_kind:
        if k not in KINDS:
            failures.append("unknown kind %s" % k)
    if per_kind and max(per_kind.values()) - min(per_kind.get(k, 0) for k in KINDS) > 1:
        failures.append("kinds not evenly spread: %s" % dict(per_kind))
    seen_q = Counter()
    for i, it in enumerate(ITEMS):
        keys = set(it) - {"tie"}
        if keys != {"db_id", "kind", "question", "paraphrase", "query"}:
            failures.append("item %d has keys %s" % (i, sorted(keys)))
        for f in ("question", "paraphrase", "query"):
            if not isinstance(it.get(f), str) or not it[f].strip():
                failures.append("item %d empty %s" % (i, f))
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            failures.append("item %d paraphrase identical to question" % i)
        seen_q[it["question"].strip().lower()] += 1
        seen_q[it["paraphrase"].strip().lower()] += 1
        if "ROUND(" in it["query"].upper():
            failures.append("item %d uses ROUND" % i)
        sup = it["kind"] == "superlative" or "LIMIT" in it["query"].upper()
        if sup and "tie" not in it:
            failures.append("item %d (%s) ranks rows but has no tie check" % (i, it["kind"]))
    for q, n in seen_q.items():
        if n > 1:
            failures.append("duplicate question/paraphrase text: %r" % q)

    # ---- execute gold queries
    for i, it in enumerate(ITEMS):
        tag = "item %d [%s/%s]" % (i, it["db_id"], it["kind"])
        try:
            cur = conn(it["db_id"]).execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except Exception as e:  # noqa: BLE001
            failures.append("%s query error: %s" % (tag, e))
            continue
        if ncols >= 2:
            multi_col += 1
        if not rows:
            failures.append("%s returns no rows" % tag)
        elif all(v is None for r in rows for v in r):
            failures.append("%s returns only NULLs" % tag)
        elif it["kind"] == "count" and (len(rows) != 1 or not rows[0][0]):
            failures.append("%s count result is %r" % (tag, rows))
        if it["kind"] == "ratio" and rows:
            v = rows[0][0]
            if v is None or not (0 <= v <= 100):
                failures.append("%s ratio out of 0-100: %r" % (tag, v))
        if "tie" in it:
            n = it["tie"]["n"]
            try:
                vals = [r[0] for r in conn(it["db_id"]).execute(it["tie"]["sql"]).fetchall()]
            except Exception as e:  # noqa: BLE001
                failures.append("%s tie query error: %s" % (tag, e))
                vals = []
            if len(vals) < n:
                failures.append("%s tie check: only %d values for top-%d" % (tag, len(vals), n))
            elif len(vals) > n and vals[n - 1] == vals[n]:
                failures.append("%s tie at cut-off %d: %r == %r" % (tag, n, vals[n - 1], vals[n]))
            if len(rows) != n:
                failures.append("%s returns %d rows, expected %d" % (tag, len(rows), n))
        if show:
            print("%s  cols=%d rows=%d  %s" % (tag, ncols, len(rows), it["question"]))
            for r in rows[:6]:
                print("      ", r)

    share = multi_col / max(len(ITEMS), 1)
    if not (0.28 <= share <= 0.45):
        failures.append("multi-column share %.2f not about a third" % share)

    # ---- unanswerable checks
    if len(UNANSWERABLE) != 12:
        failures.append("expected 12 unanswerable, got %d" % len(UNANSWERABLE))
    un_db = Counter(u["db_id"] for u in UNANSWERABLE)
    if len(un_db) < 8:
        failures.append("unanswerable not spread over databases: %s" % dict(un_db))
    for j, u in enumerate(UNANSWERABLE):
        if u["db_id"] not in DBS:
            failures.append("unanswerable %d bad db_id" % j)
        if not u.get("question") or not u.get("why"):
            failures.append("unanswerable %d missing text" % j)
        if u["question"].strip().lower() in seen_q:
            failures.append("unanswerable %d duplicates an answerable question" % j)

    for c in conns.values():
        c.close()

    print("items per kind:", dict(sorted(per_kind.items())))
    print("items per db:", dict(sorted(per_db.items())))
    print("multi-column items: %d / %d" % (multi_col, len(ITEMS)))
    if failures:
        print("FAILED %d check(s):" % len(failures))
        for f in failures:
            print("  -", f)
        sys.exit(1)

    out_items = [{k: it[k] for k in ("db_id", "kind", "question", "paraphrase", "query")} for it in ITEMS]
    out_un = [{"db_id": u["db_id"], "question": u["question"], "why": u["why"], "query": ""} for u in UNANSWERABLE]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out_items, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(OUT_UNANS, "w", encoding="utf-8") as f:
        json.dump(out_un, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("all checks passed; wrote %s and %s" % (os.path.basename(OUT), os.path.basename(OUT_UNANS)))


if __name__ == "__main__":
    main()
