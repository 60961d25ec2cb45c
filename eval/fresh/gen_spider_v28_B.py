#!/usr/bin/env python3
"""Blind held-out set v28, half B: 12 business-style questions per database with gold SQL.
Writes /tmp/blind28/spider_v28_B.json only if every check passes."""
import json
import os
import sqlite3
import sys
from collections import Counter, defaultdict

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind28/spider_v28_B.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

# TRIM that also strips newlines / CR (voter_1.VOTES.state has 'NJ\n')
WS = "' ' || char(10) || char(13) || char(9)"

# Each item: q (question), p (paraphrase), kind, sql; items with LIMIT also carry
# tie = (sql returning the ordering key of every candidate row, in order, without LIMIT; N)
ITEMS = {}

# ---------------------------------------------------------------- car_1
ITEMS["car_1"] = [
    dict(kind="count",
         q="how many car makers r based in japan?",
         p="Count the manufacturers whose home country is Japan.",
         sql="SELECT COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId "
             "WHERE c.CountryName = 'japan'"),
    dict(kind="list",
         q="list every car maker w/ its full company name",
         p="Show me each manufacturer's short name next to the full name of the company.",
         sql="SELECT Maker, FullName FROM car_makers"),
    dict(kind="filter-text",
         q="show make, year and mpg for every volkswagen car in the data",
         p="For all the VW-brand cars, give me the make, the model year and the miles per gallon.",
         sql="SELECT n.Make, d.Year, CAST(NULLIF(d.MPG, 'null') AS REAL) FROM car_names AS n "
             "JOIN cars_data AS d ON d.Id = n.MakeId WHERE TRIM(n.Model) = 'volkswagen'"),
    dict(kind="filter-number",
         q="cars over 3,000 lbs built in 1980 or later - make + weight pls",
         p="Which vehicles from model year 1980 onward weigh more than three thousand pounds? List their make and weight.",
         sql="SELECT n.Make, d.Weight FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId "
             "WHERE d.Weight > 3000 AND d.Year >= 1980"),
    dict(kind="aggregate",
         q="avg horsepower for 4 cyl cars?",
         p="On average, how much horsepower do the four-cylinder vehicles have?",
         sql="SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Cylinders = 4 AND Horsepower <> 'null'"),
    dict(kind="superlative",
         q="which car gets the best gas mileage? give make and year",
         p="Name the most fuel-efficient car (highest MPG) together with its model year.",
         sql="SELECT n.Make, d.Year FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId "
             "WHERE d.MPG <> 'null' ORDER BY CAST(d.MPG AS REAL) DESC LIMIT 1",
         tie=("SELECT CAST(MPG AS REAL) FROM cars_data WHERE MPG <> 'null' ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="# of car makers per continent",
         p="Break down how many manufacturers each continent is home to - continent name and the count.",
         sql="SELECT ct.Continent, COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId "
             "JOIN continents AS ct ON ct.ContId = c.Continent GROUP BY ct.ContId, ct.Continent"),
    dict(kind="join",
         q="list each model name with the full name of the company that makes it",
         p="For every model in the model list, who manufactures it? Show the model and the maker's full name.",
         sql="SELECT ml.Model, m.FullName FROM model_list AS ml JOIN car_makers AS m ON ml.Maker = m.Id"),
    dict(kind="set",
         q="which countries don't have any car maker?",
         p="Give me the countries with zero manufacturers on record.",
         sql="SELECT CountryName FROM countries WHERE CountryId NOT IN "
             "(SELECT CAST(Country AS INTEGER) FROM car_makers WHERE Country IS NOT NULL)"),
    dict(kind="ratio",
         q="what percent of cars in the dataset have 8 cylinders",
         p="What share of all the cars, as a percentage, are eight-cylinder ones?",
         sql="SELECT 100.0 * SUM(CASE WHEN Cylinders = 8 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
    dict(kind="compare-to-aggregate",
         q="1982 cars w/ more horsepower than the overall avg - make and hp",
         p="Among model-year 1982 vehicles, which ones beat the mean horsepower of all cars? Show the make and its horsepower.",
         sql="SELECT n.Make, CAST(d.Horsepower AS INTEGER) FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId "
             "WHERE d.Year = 1982 AND d.Horsepower <> 'null' AND CAST(d.Horsepower AS REAL) > "
             "(SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Horsepower <> 'null')"),
    dict(kind="group",
         q="avg mpg by number of cylinders",
         p="For each cylinder count, what's the mean miles-per-gallon figure?",
         sql="SELECT Cylinders, AVG(CAST(MPG AS REAL)) FROM cars_data WHERE MPG <> 'null' GROUP BY Cylinders"),
]

# ---------------------------------------------------------------- course_teach
ITEMS["course_teach"] = [
    dict(kind="count",
         q="how many teachers are actually assigned to at least one course?",
         p="Count the distinct teachers who show up in the course arrangements.",
         sql="SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange"),
    dict(kind="list",
         q="show me all courses + their start dates",
         p="What courses are there, and on what date does each one begin?",
         sql="SELECT Course, Staring_Date FROM course"),
    dict(kind="filter-text",
         q="teachers whose hometown is an urban district - names and ages",
         p="Which instructors come from a place labelled 'Urban District'? I need their name and age.",
         sql="SELECT Name, CAST(Age AS INTEGER) FROM teacher WHERE Hometown LIKE '%Urban District%'"),
    dict(kind="filter-number",
         q="which courses start after may 10th?",
         p="List the courses whose starting date falls later than the tenth of May.",
         sql="SELECT Course FROM course WHERE Staring_Date LIKE '%May%' AND "
             "CAST(substr(TRIM(Staring_Date), 1, instr(TRIM(Staring_Date), ' ') - 1) AS INTEGER) > 10"),
    dict(kind="aggregate",
         q="whats the avg age of the teachers",
         p="Mean age across the teaching staff?",
         sql="SELECT AVG(CAST(Age AS REAL)) FROM teacher"),
    dict(kind="superlative",
         q="who's the oldest teacher and what's their hometown",
         p="Give the name and home town of the teacher who is most senior by age.",
         sql="SELECT Name, Hometown FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1",
         tie=("SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="for each teacher that teaches something, how many different courses do they teach? name + count",
         p="Number of distinct courses per assigned teacher, listed with the teacher's name.",
         sql="SELECT t.Name, COUNT(DISTINCT ca.Course_ID) FROM course_arrange AS ca "
             "JOIN teacher AS t ON t.Teacher_ID = ca.Teacher_ID GROUP BY t.Teacher_ID, t.Name"),
    dict(kind="join",
         q="list teacher names with the courses they teach",
         p="Show each teaching assignment as the teacher's name and the course title.",
         sql="SELECT t.Name, c.Course FROM course_arrange AS ca JOIN teacher AS t ON t.Teacher_ID = ca.Teacher_ID "
             "JOIN course AS c ON c.Course_ID = ca.Course_ID"),
    dict(kind="set",
         q="which teachers have no course assigned?",
         p="Names of the teachers who aren't arranged to teach anything.",
         sql="SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    dict(kind="ratio",
         q="what % of courses have nobody teaching them",
         p="Percentage of the course catalogue with no teacher arranged for it.",
         sql="SELECT 100.0 * SUM(CASE WHEN Course_ID NOT IN (SELECT Course_ID FROM course_arrange) THEN 1 ELSE 0 END) "
             "/ COUNT(*) FROM course"),
    dict(kind="compare-to-aggregate",
         q="teachers older than average, show name and age",
         p="Which teachers are above the mean age of all teachers? Include how old they are.",
         sql="SELECT Name, CAST(Age AS INTEGER) FROM teacher WHERE CAST(Age AS REAL) > "
             "(SELECT AVG(CAST(Age AS REAL)) FROM teacher)"),
    dict(kind="filter-text",
         q="who teaches Math and for which grade?",
         p="For the Math course, list the teacher's name and the grade level it's taught to.",
         sql="SELECT t.Name, ca.Grade FROM course_arrange AS ca JOIN teacher AS t ON t.Teacher_ID = ca.Teacher_ID "
             "JOIN course AS c ON c.Course_ID = ca.Course_ID WHERE c.Course = 'Math'"),
]

# ---------------------------------------------------------------- dog_kennels
ITEMS["dog_kennels"] = [
    dict(kind="count",
         q="how many dogs were abandoned",
         p="Number of dogs flagged as abandoned?",
         sql="SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
    dict(kind="list",
         q="list all professionals: first name, last name and role",
         p="Give me every professional's first and last name plus the role they have.",
         sql="SELECT first_name, last_name, role_code FROM Professionals"),
    dict(kind="filter-text",
         q="owners living in North Dakota? first + last name pls",
         p="Which dog owners have an address in North Dakota - show their names.",
         sql="SELECT first_name, last_name FROM Owners WHERE REPLACE(state, ' ', '') = 'NorthDakota'"),
    dict(kind="filter-number",
         q="dogs older than 5 that weigh over 8 - name, age, weight",
         p="Show the name, age and weight of any dog that is more than five years old and heavier than eight.",
         sql="SELECT name, CAST(age AS INTEGER), CAST(weight AS REAL) FROM Dogs "
             "WHERE CAST(age AS INTEGER) > 5 AND CAST(weight AS REAL) > 8"),
    dict(kind="aggregate",
         q="avg and max cost of a treatment",
         p="What do treatments cost on average, and how much did the priciest one cost?",
         sql="SELECT AVG(cost_of_treatment), MAX(cost_of_treatment) FROM Treatments"),
    dict(kind="superlative",
         q="which breed do we have the most dogs of?",
         p="Most common breed among the dogs in the kennel?",
         sql="SELECT b.breed_name FROM Dogs AS d JOIN Breeds AS b ON b.breed_code = d.breed_code "
             "GROUP BY b.breed_code, b.breed_name ORDER BY COUNT(*) DESC LIMIT 1",
         tie=("SELECT COUNT(*) FROM Dogs GROUP BY breed_code ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="how many dogs in each size (small/medium/large)?",
         p="Dog count broken down by size description.",
         sql="SELECT s.size_description, COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON s.size_code = d.size_code "
             "GROUP BY s.size_code, s.size_description"),
    dict(kind="join",
         q="every treatment w/ the dog's name, what kind of treatment it was, and the cost",
         p="For each treatment record: the dog's name, the treatment type description and what it cost.",
         sql="SELECT d.name, tt.treatment_type_description, t.cost_of_treatment FROM Treatments AS t "
             "JOIN Dogs AS d ON d.dog_id = t.dog_id "
             "JOIN Treatment_Types AS tt ON tt.treatment_type_code = t.treatment_type_code"),
    dict(kind="set",
         q="which vets have never treated a dog?",
         p="Veterinarians with no treatments on record - first and last names.",
         sql="SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian' "
             "AND professional_id NOT IN (SELECT professional_id FROM Treatments)"),
    dict(kind="ratio",
         q="what % of our dogs are large?",
         p="Proportion of big dogs, expressed as a percentage of all the dogs.",
         sql="SELECT 100.0 * SUM(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs"),
    dict(kind="compare-to-aggregate",
         q="treatments costing more than the average treatment - dog name + cost",
         p="Show the dog and the amount for every treatment priced above the mean treatment cost.",
         sql="SELECT d.name, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON d.dog_id = t.dog_id "
             "WHERE t.cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)"),
    dict(kind="group",
         q="owners with more than one dog, and how many they've got",
         p="Which owners have multiple dogs? First name, last name and number of dogs.",
         sql="SELECT o.first_name, o.last_name, COUNT(*) FROM Owners AS o JOIN Dogs AS d ON d.owner_id = o.owner_id "
             "GROUP BY o.owner_id, o.first_name, o.last_name HAVING COUNT(*) > 1"),
]

# ---------------------------------------------------------------- flight_2
# airport codes in flights carry a leading space; airport city/name carry trailing spaces
ITEMS["flight_2"] = [
    dict(kind="count",
         q="how many flights depart from Aberdeen?",
         p="Total number of departures out of any Aberdeen airport.",
         sql="SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) "
             "WHERE TRIM(a.City) = 'Aberdeen'"),
    dict(kind="list",
         q="list airlines + their abbreviations",
         p="Every airline name along with its short abbreviation.",
         sql="SELECT Airline, Abbreviation FROM airlines"),
    dict(kind="filter-text",
         q="what airports are in Albany? code and name",
         p="Show the airport codes and airport names for the city of Albany.",
         sql="SELECT AirportCode, TRIM(AirportName) FROM airports WHERE TRIM(City) = 'Albany'"),
    dict(kind="filter-number",
         q="JetBlue flights numbered under one hundred - flight #, origin and destination codes",
         p="For JetBlue, list the flight numbers below 100 with the airport codes they leave from and fly to.",
         sql="SELECT f.FlightNo, TRIM(f.SourceAirport), TRIM(f.DestAirport) FROM flights AS f "
             "JOIN airlines AS a ON a.uid = f.Airline WHERE a.Airline = 'JetBlue Airways' AND f.FlightNo < 100"),
    dict(kind="aggregate",
         q="lowest and highest flight number delta uses",
         p="What's the smallest and the largest flight number operated by Delta?",
         sql="SELECT MIN(f.FlightNo), MAX(f.FlightNo) FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline "
             "WHERE a.Airline = 'Delta Airlines'"),
    dict(kind="superlative",
         q="which city gets the most incoming flights",
         p="Top destination city by number of arriving flights?",
         sql="SELECT TRIM(a.City) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = TRIM(a.AirportCode) "
             "GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC LIMIT 1",
         tie=("SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = TRIM(a.AirportCode) "
              "GROUP BY TRIM(a.City) ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="for each airline, how many different airports does it fly out of",
         p="Number of distinct departure airports per airline, shown with the airline name.",
         sql="SELECT a.Airline, COUNT(DISTINCT TRIM(f.SourceAirport)) FROM flights AS f "
             "JOIN airlines AS a ON a.uid = f.Airline GROUP BY a.uid, a.Airline"),
    dict(kind="join",
         q="show all flights out of Anchorage with airline name, flight number and destination airport name",
         p="Departures from Anchorage: which airline, which flight number, and the name of the airport they land at.",
         sql="SELECT al.Airline, f.FlightNo, TRIM(d.AirportName) FROM flights AS f "
             "JOIN airlines AS al ON al.uid = f.Airline "
             "JOIN airports AS s ON TRIM(f.SourceAirport) = TRIM(s.AirportCode) "
             "JOIN airports AS d ON TRIM(f.DestAirport) = TRIM(d.AirportCode) WHERE TRIM(s.City) = 'Anchorage'"),
    dict(kind="set",
         q="airlines that fly both into and out of albuquerque",
         p="Which carriers have at least one departure from and at least one arrival to Albuquerque?",
         sql="SELECT al.Airline FROM flights AS f JOIN airlines AS al ON al.uid = f.Airline "
             "JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE TRIM(a.City) = 'Albuquerque' "
             "INTERSECT "
             "SELECT al.Airline FROM flights AS f JOIN airlines AS al ON al.uid = f.Airline "
             "JOIN airports AS a ON TRIM(f.DestAirport) = TRIM(a.AirportCode) WHERE TRIM(a.City) = 'Albuquerque'"),
    dict(kind="ratio",
         q="what % of airports are just named 'Municipal'",
         p="Share of airports whose name is simply Municipal, as a percent.",
         sql="SELECT 100.0 * SUM(CASE WHEN TRIM(AirportName) = 'Municipal' THEN 1 ELSE 0 END) / COUNT(*) FROM airports"),
    dict(kind="compare-to-aggregate",
         q="airports with more departures than the avg airport - code + # of departures",
         p="Which airports have an above-average count of outbound flights? Give the airport code and how many.",
         sql="SELECT TRIM(SourceAirport), COUNT(*) FROM flights GROUP BY TRIM(SourceAirport) HAVING COUNT(*) > "
             "(SELECT AVG(c) FROM (SELECT COUNT(*) AS c FROM flights GROUP BY TRIM(SourceAirport)))"),
    dict(kind="filter-text",
         q="virgin america flights landing in albany: flight no, departure city and which albany airport",
         p="For Virgin America, show each flight into Albany with its number, the city it leaves from and the arrival airport's name.",
         sql="SELECT f.FlightNo, TRIM(s.City), TRIM(d.AirportName) FROM flights AS f "
             "JOIN airlines AS al ON al.uid = f.Airline "
             "JOIN airports AS s ON TRIM(f.SourceAirport) = TRIM(s.AirportCode) "
             "JOIN airports AS d ON TRIM(f.DestAirport) = TRIM(d.AirportCode) "
             "WHERE al.Airline = 'Virgin America' AND TRIM(d.City) = 'Albany'"),
]

# ---------------------------------------------------------------- network_1
ITEMS["network_1"] = [
    dict(kind="count",
         q="how many students are liked by at least one person?",
         p="Number of distinct high schoolers that somebody likes.",
         sql="SELECT COUNT(DISTINCT liked_id) FROM Likes"),
    dict(kind="list",
         q="all high schoolers and their grades",
         p="Give me every student's name with the grade they're in.",
         sql="SELECT name, grade FROM Highschooler"),
    dict(kind="filter-text",
         q="ID and grade of anyone named Gabriel",
         p="There are students called Gabriel - show each one's id and grade.",
         sql="SELECT ID, grade FROM Highschooler WHERE name = 'Gabriel'"),
    dict(kind="filter-number",
         q="students above 10th grade? name + grade",
         p="List names and grade levels of students whose grade is higher than ten.",
         sql="SELECT name, grade FROM Highschooler WHERE grade > 10"),
    dict(kind="aggregate",
         q="avg grade of all the students",
         p="Mean grade level across the high schoolers?",
         sql="SELECT AVG(grade) FROM Highschooler"),
    dict(kind="superlative",
         q="who has put the most people on their friend list, and how many?",
         p="Which student has listed the largest number of friends? Show the name and the count.",
         sql="SELECT h.name, COUNT(*) FROM Friend AS f JOIN Highschooler AS h ON h.ID = f.student_id "
             "GROUP BY f.student_id, h.name ORDER BY COUNT(*) DESC LIMIT 1",
         tie=("SELECT COUNT(*) FROM Friend GROUP BY student_id ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="# of students per grade",
         p="Headcount in each grade level.",
         sql="SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
    dict(kind="join",
         q="for every like, show who likes whom (names)",
         p="Pair up the liker's name and the liked student's name for each like record.",
         sql="SELECT a.name, b.name FROM Likes AS l JOIN Highschooler AS a ON a.ID = l.student_id "
             "JOIN Highschooler AS b ON b.ID = l.liked_id"),
    dict(kind="set",
         q="which students does nobody like? id and name",
         p="Show the IDs and names of high schoolers who aren't liked by anyone.",
         sql="SELECT ID, name FROM Highschooler WHERE ID NOT IN (SELECT liked_id FROM Likes)"),
    dict(kind="ratio",
         q="what percentage of students like someone",
         p="Of all high schoolers, what % have liked at least one person?",
         sql="SELECT 100.0 * COUNT(DISTINCT student_id) / (SELECT COUNT(*) FROM Highschooler) FROM Likes"),
    dict(kind="compare-to-aggregate",
         q="students who like someone and are in a grade above the school avg - name, grade",
         p="Among students who have liked somebody, whose grade exceeds the overall average grade? Show name and grade.",
         sql="SELECT name, grade FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes) "
             "AND grade > (SELECT AVG(grade) FROM Highschooler)"),
    dict(kind="join",
         q="who does Kyle like and what grade are they in",
         p="Name and grade of the person or people that Kyle likes.",
         sql="SELECT b.name, b.grade FROM Likes AS l JOIN Highschooler AS a ON a.ID = l.student_id "
             "JOIN Highschooler AS b ON b.ID = l.liked_id WHERE a.name = 'Kyle'"),
]

# ---------------------------------------------------------------- pets_1
ITEMS["pets_1"] = [
    dict(kind="count",
         q="how many students don't own any pet",
         p="Count of students who have no pets at all.",
         sql="SELECT COUNT(*) FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)"),
    dict(kind="list",
         q="list every pet w/ type, age and weight",
         p="All the pets: what kind, how old, how heavy.",
         sql="SELECT PetType, pet_age, weight FROM Pets"),
    dict(kind="filter-text",
         q="students from Baltimore - first and last names",
         p="Who are the students whose home city is Baltimore? Give first name and last name.",
         sql="SELECT Fname, LName FROM Student WHERE city_code = 'BAL'"),
    dict(kind="filter-number",
         q="male students over twenty-one, full name + age",
         p="Show first name, last name and age of the men older than 21.",
         sql="SELECT Fname, LName, Age FROM Student WHERE Sex = 'M' AND Age > 21"),
    dict(kind="aggregate",
         q="avg and max student age",
         p="What's the mean age of the students, and the oldest age among them?",
         sql="SELECT AVG(Age), MAX(Age) FROM Student"),
    dict(kind="superlative",
         q="which advisor has the most students and how many",
         p="Advisor with the biggest number of advisees - advisor id and the count.",
         sql="SELECT Advisor, COUNT(*) FROM Student GROUP BY Advisor ORDER BY COUNT(*) DESC LIMIT 1",
         tie=("SELECT COUNT(*) FROM Student GROUP BY Advisor ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="number of students in each major",
         p="Major-by-major student counts.",
         sql="SELECT Major, COUNT(*) FROM Student GROUP BY Major"),
    dict(kind="join",
         q="students who have pets, with the pet type - first name + type",
         p="Show each pet owner's first name and what type of pet they own.",
         sql="SELECT s.Fname, p.PetType FROM Student AS s JOIN Has_Pet AS h ON h.StuID = s.StuID "
             "JOIN Pets AS p ON p.PetID = h.PetID"),
    dict(kind="set",
         q="students that have a dog but no cat - first and last name",
         p="Who owns a dog while not owning any cat? Names please.",
         sql="SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS h ON h.StuID = s.StuID "
             "JOIN Pets AS p ON p.PetID = h.PetID WHERE p.PetType = 'dog' "
             "EXCEPT SELECT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS h ON h.StuID = s.StuID "
             "JOIN Pets AS p ON p.PetID = h.PetID WHERE p.PetType = 'cat'"),
    dict(kind="ratio",
         q="what % of students are female",
         p="Percentage of the student body that is women.",
         sql="SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student"),
    dict(kind="compare-to-aggregate",
         q="pets heavier than the avg pet - id, type and weight",
         p="Which pets weigh more than the mean pet weight? Give the pet id, its kind and weight.",
         sql="SELECT PetID, PetType, weight FROM Pets WHERE weight > (SELECT AVG(weight) FROM Pets)"),
    dict(kind="superlative",
         q="heaviest pet's type and age?",
         p="For the pet with the greatest weight, what type is it and how old is it?",
         sql="SELECT PetType, pet_age FROM Pets ORDER BY weight DESC LIMIT 1",
         tie=("SELECT weight FROM Pets ORDER BY 1 DESC", 1)),
]

# ---------------------------------------------------------------- real_estate_properties
ITEMS["real_estate_properties"] = [
    dict(kind="count",
         q="how many apartments are listed?",
         p="Number of properties whose type is apartment / flat / condo.",
         sql="SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    dict(kind="list",
         q="list properties with name, type and number of rooms",
         p="Show each property's name, its property type and its room count.",
         sql="SELECT property_name, property_type_code, room_count FROM Properties"),
    dict(kind="filter-text",
         q="properties located in Utah: name + room count",
         p="Which listings have a UT address? Show the property name and how many rooms.",
         sql="SELECT property_name, room_count FROM Properties WHERE property_address LIKE '%, UT %'"),
    dict(kind="filter-number",
         q="properties with 8+ rooms that sold for over $1,000,000 - name and agreed price",
         p="Give the name and agreed selling price of properties having at least eight rooms and a selling price above one million.",
         sql="SELECT property_name, agreed_selling_price FROM Properties "
             "WHERE room_count >= 8 AND agreed_selling_price > 1000000"),
    dict(kind="aggregate",
         q="avg agreed selling price for houses",
         p="What's the mean agreed sale price across properties of type house?",
         sql="SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'"),
    dict(kind="superlative",
         q="which property had the highest asking price from the vendor? name + price",
         p="Top vendor-requested price: which property was it and how much?",
         sql="SELECT property_name, vendor_requested_price FROM Properties ORDER BY vendor_requested_price DESC LIMIT 1",
         tie=("SELECT vendor_requested_price FROM Properties ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="# of properties per property type",
         p="How many listings fall under each property type code?",
         sql="SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code"),
    dict(kind="join",
         q="list the property name with each feature it has (feature name)",
         p="For every property-feature link, show the property's name and the feature's name.",
         sql="SELECT p.property_name, f.feature_name FROM Other_Property_Features AS opf "
             "JOIN Properties AS p ON p.property_id = opf.property_id "
             "JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id"),
    dict(kind="set",
         q="properties with a pool but no aircon",
         p="Which properties have a swimming pool yet lack air conditioning? Names only.",
         sql="SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON opf.property_id = p.property_id "
             "JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id WHERE f.feature_name = 'Pool' "
             "EXCEPT SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON opf.property_id = p.property_id "
             "JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id WHERE f.feature_name = 'AirCon'"),
    dict(kind="ratio",
         q="in what % of properties did the buyer offer more than the vendor asked",
         p="Percentage of listings where the buyer's offer exceeded the vendor's requested price.",
         sql="SELECT 100.0 * SUM(CASE WHEN buyer_offered_price > vendor_requested_price THEN 1 ELSE 0 END) / COUNT(*) "
             "FROM Properties"),
    dict(kind="compare-to-aggregate",
         q="properties with more rooms than average - name & rooms",
         p="List property names and room counts for places roomier than the mean listing.",
         sql="SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)"),
    dict(kind="filter-text",
         q="which properties have a burglar alarm? name + type",
         p="Show the name and property type for listings fitted with a burglar alarm.",
         sql="SELECT DISTINCT p.property_name, p.property_type_code FROM Properties AS p "
             "JOIN Other_Property_Features AS opf ON opf.property_id = p.property_id "
             "JOIN Other_Available_Features AS f ON f.feature_id = opf.feature_id WHERE f.feature_name = 'BurglarAlarm'"),
]

# ---------------------------------------------------------------- student_transcripts_tracking
ITEMS["student_transcripts_tracking"] = [
    dict(kind="count",
         q="how many students have enrolled in a masters program",
         p="Number of distinct students with at least one enrolment in a Master's degree.",
         sql="SELECT COUNT(DISTINCT e.student_id) FROM Student_Enrolment AS e "
             "JOIN Degree_Programs AS d ON d.degree_program_id = e.degree_program_id "
             "WHERE d.degree_summary_name = 'Master'"),
    dict(kind="list",
         q="all students' first, middle and last names",
         p="Show every student's name split into first, middle and last.",
         sql="SELECT first_name, middle_name, last_name FROM Students"),
    dict(kind="filter-text",
         q="students currently living in Kentucky - first + last name",
         p="Whose current address is in Kentucky? Give first and last names.",
         sql="SELECT s.first_name, s.last_name FROM Students AS s JOIN Addresses AS a ON a.address_id = s.current_address_id "
             "WHERE a.state_province_county = 'Kentucky'"),
    dict(kind="filter-number",
         q="students who registered before 1980, name and reg date",
         p="List first name, last name and first-registration date for anyone who signed up prior to nineteen eighty.",
         sql="SELECT first_name, last_name, date_first_registered FROM Students "
             "WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) < 1980"),
    dict(kind="aggregate",
         q="earliest and latest transcript date?",
         p="What's the date range of the transcripts - the first one and the most recent one?",
         sql="SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts"),
    dict(kind="superlative",
         q="which semester had the most enrolments",
         p="Semester name with the highest number of student enrolments?",
         sql="SELECT s.semester_name FROM Student_Enrolment AS e JOIN Semesters AS s ON s.semester_id = e.semester_id "
             "GROUP BY s.semester_id, s.semester_name ORDER BY COUNT(*) DESC LIMIT 1",
         tie=("SELECT COUNT(*) FROM Student_Enrolment GROUP BY semester_id ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="# of degree programs per department",
         p="For each department, by name, count how many degree programs it runs.",
         sql="SELECT d.department_name, COUNT(*) FROM Degree_Programs AS p "
             "JOIN Departments AS d ON d.department_id = p.department_id GROUP BY d.department_id, d.department_name"),
    dict(kind="join",
         q="every enrolment w/ student first name, degree name and semester",
         p="Show the student's first name, the degree summary and the semester name for each enrolment record.",
         sql="SELECT s.first_name, p.degree_summary_name, m.semester_name FROM Student_Enrolment AS e "
             "JOIN Students AS s ON s.student_id = e.student_id "
             "JOIN Degree_Programs AS p ON p.degree_program_id = e.degree_program_id "
             "JOIN Semesters AS m ON m.semester_id = e.semester_id"),
    dict(kind="set",
         q="courses nobody has ever enrolled in",
         p="Names of the courses that have no student enrolment at all.",
         sql="SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)"),
    dict(kind="ratio",
         q="what % of degree programs are bachelor's",
         p="Bachelor programs as a percentage of all degree programs.",
         sql="SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) "
             "FROM Degree_Programs"),
    dict(kind="compare-to-aggregate",
         q="transcripts with more courses than the avg transcript - id, date, # courses",
         p="Which transcripts list an above-average number of course entries? Show the transcript id, its date and the count.",
         sql="SELECT t.transcript_id, t.transcript_date, COUNT(*) FROM Transcript_Contents AS c "
             "JOIN Transcripts AS t ON t.transcript_id = c.transcript_id "
             "GROUP BY t.transcript_id, t.transcript_date HAVING COUNT(*) > "
             "(SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM Transcript_Contents GROUP BY transcript_id))"),
    dict(kind="join",
         q="students enrolled in a history dept program - first and last name",
         p="Who is enrolled in any degree program run by the history department?",
         sql="SELECT DISTINCT s.first_name, s.last_name FROM Students AS s "
             "JOIN Student_Enrolment AS e ON e.student_id = s.student_id "
             "JOIN Degree_Programs AS p ON p.degree_program_id = e.degree_program_id "
             "JOIN Departments AS d ON d.department_id = p.department_id WHERE d.department_name = 'history'"),
]

# ---------------------------------------------------------------- voter_1
# VOTES.state holds 'NJ\n' -> strip newlines too
ITEMS["voter_1"] = [
    dict(kind="count",
         q="how many votes came in from New Jersey?",
         p="Number of votes whose state is NJ.",
         sql=f"SELECT COUNT(*) FROM VOTES WHERE TRIM(state, {WS}) = 'NJ'"),
    dict(kind="list",
         q="list contestants with their numbers",
         p="Every contestant: number and name.",
         sql="SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    dict(kind="filter-text",
         q="what area codes does new jersey have",
         p="Give me all of the NJ area codes.",
         sql=f"SELECT area_code FROM AREA_CODE_STATE WHERE TRIM(state, {WS}) = 'NJ'"),
    dict(kind="filter-number",
         q="area codes between 600 and 650 with their states",
         p="Show area code and state for codes from six hundred up to six fifty.",
         sql="SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code BETWEEN 600 AND 650"),
    dict(kind="aggregate",
         q="lowest + highest area code in California",
         p="What is California's smallest area code, and its largest?",
         sql="SELECT MIN(area_code), MAX(area_code) FROM AREA_CODE_STATE WHERE state = 'CA'"),
    dict(kind="superlative",
         q="which contestant got the most votes",
         p="Name of the contestant receiving the greatest number of votes.",
         sql="SELECT c.contestant_name FROM VOTES AS v JOIN CONTESTANTS AS c ON c.contestant_number = v.contestant_number "
             "GROUP BY c.contestant_number, c.contestant_name ORDER BY COUNT(*) DESC LIMIT 1",
         tie=("SELECT COUNT(*) FROM VOTES GROUP BY contestant_number ORDER BY 1 DESC", 1)),
    dict(kind="group",
         q="# votes per state",
         p="How many votes did each state contribute?",
         sql=f"SELECT TRIM(state, {WS}), COUNT(*) FROM VOTES GROUP BY TRIM(state, {WS})"),
    dict(kind="join",
         q="show each vote with the contestant's name and the voter's state",
         p="For every vote, list the contestant voted for and the state the vote came from.",
         sql=f"SELECT c.contestant_name, TRIM(v.state, {WS}) FROM VOTES AS v "
             "JOIN CONTESTANTS AS c ON c.contestant_number = v.contestant_number"),
    dict(kind="set",
         q="contestants who got zero votes",
         p="Which contestants didn't receive a single vote? Names only.",
         sql="SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    dict(kind="ratio",
         q="what pct of all area codes belong to Texas",
         p="Texas's share of the area codes, as a percentage.",
         sql="SELECT 100.0 * SUM(CASE WHEN state = 'TX' THEN 1 ELSE 0 END) / COUNT(*) FROM AREA_CODE_STATE"),
    dict(kind="compare-to-aggregate",
         q="states w/ more area codes than the avg state, plus the count",
         p="Which states have an above-average number of area codes? Show the state and how many it has.",
         sql="SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > "
             "(SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM AREA_CODE_STATE GROUP BY state))"),
    dict(kind="join",
         q="votes where the phone's area code is from a different state than the one recorded - vote id, phone #, recorded state",
         p="Flag votes whose recorded state doesn't match the state its phone number's area code belongs to: vote id, phone number and the state on the vote.",
         sql=f"SELECT v.vote_id, v.phone_number, TRIM(v.state, {WS}) FROM VOTES AS v "
             "JOIN AREA_CODE_STATE AS a ON a.area_code = v.phone_number / 10000000 "
             f"WHERE a.state <> TRIM(v.state, {WS})"),
]


def main():
    errors = []
    out = []
    kind_counts = Counter()
    multi = 0
    seen_q = set()
    for db_id, items in ITEMS.items():
        path = os.path.join(DB_ROOT, db_id, db_id + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        if len(items) != 12:
            errors.append(f"{db_id}: {len(items)} items (want 12)")
        kinds = Counter(it["kind"] for it in items)
        for k in KINDS:
            if kinds[k] < 1:
                errors.append(f"{db_id}: missing kind {k}")
        for k in kinds:
            if k not in KINDS:
                errors.append(f"{db_id}: unknown kind {k}")
        if sum(kinds.values()) - len(KINDS) != 1:
            errors.append(f"{db_id}: kind distribution wrong {dict(kinds)}")
        for it in items:
            q, p, sql = it["q"].strip(), it["p"].strip(), it["sql"]
            for text in (q.lower(), p.lower()):
                if text in seen_q:
                    errors.append(f"duplicate question/paraphrase: {text}")
                seen_q.add(text)
            if q.lower() == p.lower():
                errors.append(f"paraphrase equals question: {q}")
            try:
                cur = con.execute(sql)
                rows = cur.fetchall()
                ncol = len(cur.description)
            except sqlite3.Error as e:
                errors.append(f"{db_id}: SQL error {e}: {sql}")
                continue
            if not rows:
                errors.append(f"{db_id}: empty result: {q}")
            elif all(v is None for r in rows for v in r):
                errors.append(f"{db_id}: all-NULL result: {q}")
            has_limit = " LIMIT " in sql.upper()
            if has_limit and "tie" not in it:
                errors.append(f"{db_id}: LIMIT without tie check: {q}")
            if "tie" in it:
                tsql, n = it["tie"]
                keys = [r[0] for r in con.execute(tsql).fetchall()]
                if len(keys) > n and keys[n - 1] == keys[n]:
                    errors.append(f"{db_id}: LIMIT {n} cut-off tied ({keys[:n + 1]}): {q}")
            if ncol >= 2:
                multi += 1
            kind_counts[it["kind"]] += 1
            out.append({"question": q, "db_id": db_id, "query": sql, "paraphrase": p, "kind": it["kind"]})
        con.close()
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
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"wrote {OUT}: {len(out)} items, {multi} ask for 2+ columns")
    print("per kind:", dict(sorted(kind_counts.items())))


if __name__ == "__main__":
    main()
