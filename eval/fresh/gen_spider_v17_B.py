#!/usr/bin/env python3
"""Held-out Spider (dev, half B) text-to-SQL items, v17.

Re-runs every gold query against the Spider dev SQLite files and only writes the
JSON outputs when every check passes (non-empty, not all NULL, column count,
no tie at row n for LIMIT n queries).
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# tie=(sql, n): sql returns the ordering value(s) of the first n+1 rows in the
# same order as the gold query; the check fails if row n equals row n+1.
ITEMS = [
    # ------------------------------------------------------------ car_1
    dict(db="car_1", kind="count",
         question="how many cars from 1980 are in the data?",
         paraphrase="Count of vehicles with model year 1980",
         query="SELECT COUNT(*) FROM cars_data WHERE Year = 1980", ncols=1),
    dict(db="car_1", kind="list",
         question="list all the continents",
         paraphrase="What continents do we have on file?",
         query="SELECT Continent FROM continents", ncols=1),
    dict(db="car_1", kind="filter-text",
         question="Which car makers are Japanese? give me the maker and its full name",
         paraphrase="Show the short name and full company name of every manufacturer based in Japan",
         query="SELECT cm.Maker, cm.FullName FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'",
         ncols=2),
    dict(db="car_1", kind="filter-number",
         question="I need the make and year of every car with over 200 horsepower",
         paraphrase="Which cars have horsepower above 200? Show make name and model year",
         query="SELECT cn.Make, cd.Year FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.Horsepower <> 'null' AND CAST(cd.Horsepower AS INTEGER) > 200",
         ncols=2),
    dict(db="car_1", kind="aggregate",
         question="avg mpg for cars built in the 70s?",
         paraphrase="What was the mean miles per gallon of cars from 1970 through 1979",
         query="SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Year BETWEEN 1970 AND 1979 AND MPG <> 'null'",
         ncols=1),
    dict(db="car_1", kind="group",
         question="average horsepower by number of cylinders",
         paraphrase="For each cylinder count, what's the mean horsepower? show cylinders and the average",
         query="SELECT Cylinders, AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Horsepower <> 'null' GROUP BY Cylinders",
         ncols=2),
    dict(db="car_1", kind="group",
         question="How many car makers does each country have? Show the country name and the number of makers",
         paraphrase="number of manufacturers per country, with country names",
         query="SELECT c.CountryName, COUNT(*) FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId GROUP BY c.CountryName",
         ncols=2),
    dict(db="car_1", kind="superlative",
         question="which car has the best fuel economy? make and mpg pls",
         paraphrase="Show the make and MPG of the most fuel-efficient car",
         query="SELECT cn.Make, cd.MPG FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.MPG <> 'null' ORDER BY CAST(cd.MPG AS REAL) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT CAST(MPG AS REAL) FROM cars_data WHERE MPG <> 'null' ORDER BY CAST(MPG AS REAL) DESC LIMIT 2", 1)),
    dict(db="car_1", kind="join",
         question="show me every model along with the full name of the company that makes it",
         paraphrase="List each car model and its manufacturer's full name",
         query="SELECT ml.Model, cm.FullName FROM model_list ml JOIN car_makers cm ON ml.Maker = cm.Id",
         ncols=2),
    dict(db="car_1", kind="set",
         question="Which countries dont have any car makers?",
         paraphrase="Countries in the list with no manufacturer based there",
         query="SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers)",
         ncols=1),
    dict(db="car_1", kind="ratio",
         question="what percentage of cars have 4 cylinders?",
         paraphrase="Share of all cars (in %) that are four-cylinder",
         query="SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data",
         ncols=1),
    dict(db="car_1", kind="projection",
         question="Give me the id, short name and full name of all the car makers",
         paraphrase="For every manufacturer show its id, maker name and full name",
         query="SELECT Id, Maker, FullName FROM car_makers",
         ncols=3),

    # ------------------------------------------------------------ course_teach
    dict(db="course_teach", kind="count",
         question="how many teachers are there",
         paraphrase="Total number of teachers on record?",
         query="SELECT COUNT(*) FROM teacher", ncols=1),
    dict(db="course_teach", kind="list",
         question="List all the courses",
         paraphrase="what courses are offered? just the names",
         query="SELECT Course FROM course", ncols=1),
    dict(db="course_teach", kind="filter-text",
         question="teachers whose hometown is an Urban District - name and hometown",
         paraphrase="Show the names and hometowns of teachers who come from a place called '... Urban District'",
         query="SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'",
         ncols=2),
    dict(db="course_teach", kind="filter-number",
         question="Which teachers are over 35? I need their name and age",
         paraphrase="names and ages of teachers older than 35",
         query="SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35",
         ncols=2),
    dict(db="course_teach", kind="aggregate",
         question="whats the average age of our teachers",
         paraphrase="Mean teacher age",
         query="SELECT AVG(CAST(Age AS REAL)) FROM teacher", ncols=1),
    dict(db="course_teach", kind="group",
         question="How many courses does each teacher teach? show teacher name and the count",
         paraphrase="number of course assignments per teacher, with names",
         query="SELECT t.Name, COUNT(*) FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Name",
         ncols=2),
    dict(db="course_teach", kind="superlative",
         question="who is the youngest teacher",
         paraphrase="Name of the teacher with the lowest age",
         query="SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1",
         ncols=1,
         tie=("SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 2", 1)),
    dict(db="course_teach", kind="join",
         question="show each teacher's name with the courses they teach",
         paraphrase="Which teacher teaches which course? Give teacher name and course name",
         query="SELECT t.Name, c.Course FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID",
         ncols=2),
    dict(db="course_teach", kind="join",
         question="For grade 1 classes, what course is it and who teaches it?",
         paraphrase="I need the course names and teacher names for everything arranged for grade 1",
         query="SELECT c.Course, t.Name FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID WHERE ca.Grade = 1",
         ncols=2),
    dict(db="course_teach", kind="set",
         question="which teachers arent teaching any course?",
         paraphrase="Names of teachers with no course arranged",
         query="SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)",
         ncols=1),
    dict(db="course_teach", kind="ratio",
         question="What percent of teachers have at least one course assigned?",
         paraphrase="share of teachers that are teaching something, as a percentage",
         query="SELECT 100.0 * COUNT(DISTINCT Teacher_ID) / (SELECT COUNT(*) FROM teacher) FROM course_arrange",
         ncols=1),
    dict(db="course_teach", kind="projection",
         question="show the course name and starting date for all courses",
         paraphrase="Every course with its start date",
         query="SELECT Course, Staring_Date FROM course", ncols=2),

    # ------------------------------------------------------------ dog_kennels
    dict(db="dog_kennels", kind="count",
         question="how many dogs were abandoned?",
         paraphrase="Number of dogs flagged as abandoned",
         query="SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'", ncols=1),
    dict(db="dog_kennels", kind="list",
         question="List the treatment types",
         paraphrase="what kinds of treatments do we offer? descriptions please",
         query="SELECT treatment_type_description FROM Treatment_Types", ncols=1),
    dict(db="dog_kennels", kind="filter-text",
         question="owners living in North Dakota - first and last names",
         paraphrase="Show me the first name and surname of every dog owner whose state is North Dakota",
         query="SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'",
         ncols=2),
    dict(db="dog_kennels", kind="filter-number",
         question="which dogs weigh more than 8? name and weight",
         paraphrase="Dogs with a weight above 8 - show their names and weights",
         query="SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > 8",
         ncols=2),
    dict(db="dog_kennels", kind="filter-number",
         question="I need the date and cost of every treatment that cost over 600",
         paraphrase="Treatments costing more than 600: when were they and how much",
         query="SELECT date_of_treatment, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600",
         ncols=2),
    dict(db="dog_kennels", kind="aggregate",
         question="total amount spent on treatments?",
         paraphrase="What is the sum of all treatment costs",
         query="SELECT SUM(cost_of_treatment) FROM Treatments", ncols=1),
    dict(db="dog_kennels", kind="group",
         question="How many dogs of each breed do we have? breed name and count",
         paraphrase="dog count per breed, showing the breed name",
         query="SELECT b.breed_name, COUNT(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code GROUP BY b.breed_name",
         ncols=2),
    dict(db="dog_kennels", kind="superlative",
         question="which professional has done the most treatments? first and last name",
         paraphrase="Give the first name and last name of the professional with the highest number of treatments",
         query="SELECT p.first_name, p.last_name FROM Treatments t JOIN Professionals p ON t.professional_id = p.professional_id GROUP BY p.professional_id ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT COUNT(*) FROM Treatments GROUP BY professional_id ORDER BY COUNT(*) DESC LIMIT 2", 1)),
    dict(db="dog_kennels", kind="join",
         question="show each dog's name with its owner's first and last name",
         paraphrase="Who owns which dog? dog name, owner first name, owner last name",
         query="SELECT d.name, o.first_name, o.last_name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id",
         ncols=3),
    dict(db="dog_kennels", kind="set",
         question="dogs that never got any treatment",
         paraphrase="Which dogs have no treatments on record? names only",
         query="SELECT name FROM Dogs WHERE dog_id NOT IN (SELECT dog_id FROM Treatments)",
         ncols=1),
    dict(db="dog_kennels", kind="ratio",
         question="What % of our dogs are large?",
         paraphrase="percentage of dogs whose size is Large",
         query="SELECT 100.0 * SUM(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs",
         ncols=1),
    dict(db="dog_kennels", kind="projection",
         question="give me every dog's name, age and gender",
         paraphrase="Show name, age and gender for all the dogs",
         query="SELECT name, age, gender FROM Dogs", ncols=3),

    # ------------------------------------------------------------ flight_2
    dict(db="flight_2", kind="count",
         question="how many airlines do we have",
         paraphrase="Total number of airlines in the database",
         query="SELECT COUNT(*) FROM airlines", ncols=1),
    dict(db="flight_2", kind="count",
         question="Number of flights leaving from Aberdeen",
         paraphrase="how many flights depart out of any Aberdeen airport?",
         query="SELECT COUNT(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'",
         ncols=1),
    dict(db="flight_2", kind="list",
         question="list all the airline names",
         paraphrase="What airlines are there?",
         query="SELECT Airline FROM airlines", ncols=1),
    dict(db="flight_2", kind="filter-text",
         question="What airports are in Anchorage? code and name",
         paraphrase="Show the airport codes and airport names for the city of Anchorage",
         query="SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Anchorage'",
         ncols=2),
    dict(db="flight_2", kind="filter-number",
         question="flights numbered above 1500 - which airline and what flight number?",
         paraphrase="Give airline name and flight no for every flight whose number is greater than 1500",
         query="SELECT al.Airline, f.FlightNo FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE f.FlightNo > 1500",
         ncols=2),
    dict(db="flight_2", kind="aggregate",
         question="whats the smallest and largest flight number in the system",
         paraphrase="Lowest and highest flight numbers across all flights",
         query="SELECT MIN(FlightNo), MAX(FlightNo) FROM flights", ncols=2),
    dict(db="flight_2", kind="group",
         question="How many airports does each city have? only cities with 2 or more, show city and count",
         paraphrase="cities that have at least two airports, with the number of airports in each",
         query="SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) HAVING COUNT(*) >= 2",
         ncols=2),
    dict(db="flight_2", kind="superlative",
         question="which city gets the most arriving flights?",
         paraphrase="The destination city with the highest number of incoming flights",
         query="SELECT TRIM(a.City) FROM flights f JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM flights f JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC LIMIT 2", 1)),
    dict(db="flight_2", kind="join",
         question="For United Airlines flights show the flight number with the departure and arrival airport names",
         paraphrase="united flights: flight no, origin airport name, destination airport name",
         query="SELECT f.FlightNo, s.AirportName, d.AirportName FROM flights f JOIN airlines al ON f.Airline = al.uid JOIN airports s ON TRIM(f.SourceAirport) = s.AirportCode JOIN airports d ON TRIM(f.DestAirport) = d.AirportCode WHERE al.Airline = 'United Airlines'",
         ncols=3),
    dict(db="flight_2", kind="set",
         question="Which airlines have no flights out of Aberdeen?",
         paraphrase="airlines that never depart from an Aberdeen airport",
         query="SELECT Airline FROM airlines WHERE uid NOT IN (SELECT f.Airline FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen')",
         ncols=1),
    dict(db="flight_2", kind="ratio",
         question="what share of all flights are run by Delta? as a percent",
         paraphrase="Percentage of flights operated by Delta Airlines",
         query="SELECT 100.0 * SUM(CASE WHEN al.Airline = 'Delta Airlines' THEN 1 ELSE 0 END) / COUNT(*) FROM flights f JOIN airlines al ON f.Airline = al.uid",
         ncols=1),
    dict(db="flight_2", kind="projection",
         question="show me the airport code, name and city of all airports",
         paraphrase="Every airport with its code, name and city",
         query="SELECT AirportCode, AirportName, City FROM airports", ncols=3),

    # ------------------------------------------------------------ network_1
    dict(db="network_1", kind="count",
         question="how many high schoolers are in grade 9 or 10",
         paraphrase="Number of students in ninth or tenth grade",
         query="SELECT COUNT(*) FROM Highschooler WHERE grade IN (9, 10)", ncols=1),
    dict(db="network_1", kind="list",
         question="List all the students names",
         paraphrase="what are the names of all the high schoolers?",
         query="SELECT name FROM Highschooler", ncols=1),
    dict(db="network_1", kind="filter-text",
         question="what grade is Kyle in",
         paraphrase="Kyle's grade?",
         query="SELECT grade FROM Highschooler WHERE name = 'Kyle'", ncols=1),
    dict(db="network_1", kind="filter-number",
         question="Students above 10th grade, give names and grades",
         paraphrase="show the name and grade of every student in grade 11 or higher",
         query="SELECT name, grade FROM Highschooler WHERE grade > 10", ncols=2),
    dict(db="network_1", kind="aggregate",
         question="average grade of all high schoolers?",
         paraphrase="What is the mean grade across students",
         query="SELECT AVG(grade) FROM Highschooler", ncols=1),
    dict(db="network_1", kind="group",
         question="how many likes did each student recieve? name and number of likes",
         paraphrase="For every student who is liked by someone, show their name and how many people like them",
         query="SELECT h.name, COUNT(*) FROM Likes l JOIN Highschooler h ON l.liked_id = h.ID GROUP BY h.ID",
         ncols=2),
    dict(db="network_1", kind="superlative",
         question="Which grade's students like the most people?",
         paraphrase="the grade whose students hand out the most likes",
         query="SELECT h.grade FROM Likes l JOIN Highschooler h ON l.student_id = h.ID GROUP BY h.grade ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Likes l JOIN Highschooler h ON l.student_id = h.ID GROUP BY h.grade ORDER BY COUNT(*) DESC LIMIT 2", 1)),
    dict(db="network_1", kind="join",
         question="who likes whom? give both names",
         paraphrase="For each like, show the name of the student who likes and the name of the student they like",
         query="SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID JOIN Highschooler b ON l.liked_id = b.ID",
         ncols=2),
    dict(db="network_1", kind="set",
         question="Which students don't like anyone? show name and grade",
         paraphrase="names and grades of students who haven't liked anybody",
         query="SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes)",
         ncols=2),
    dict(db="network_1", kind="set",
         question="students who both like someone and are liked by someone",
         paraphrase="Names of high schoolers who appear as a liker and also as someone being liked",
         query="SELECT name FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes INTERSECT SELECT liked_id FROM Likes)",
         ncols=1),
    dict(db="network_1", kind="ratio",
         question="what percent of students are liked by at least one other student",
         paraphrase="Share of high schoolers (percent) who have at least one admirer",
         query="SELECT 100.0 * (SELECT COUNT(DISTINCT liked_id) FROM Likes) / COUNT(*) FROM Highschooler",
         ncols=1),
    dict(db="network_1", kind="projection",
         question="show id, name and grade of everyone",
         paraphrase="All high schoolers with their ID, name and grade",
         query="SELECT ID, name, grade FROM Highschooler", ncols=3),

    # ------------------------------------------------------------ pets_1
    dict(db="pets_1", kind="count",
         question="how many students own a pet?",
         paraphrase="Number of distinct students that have at least one pet",
         query="SELECT COUNT(DISTINCT StuID) FROM Has_Pet", ncols=1),
    dict(db="pets_1", kind="list",
         question="list the pet types we have",
         paraphrase="What different types of pets are there?",
         query="SELECT DISTINCT PetType FROM Pets", ncols=1),
    dict(db="pets_1", kind="filter-text",
         question="female students - first and last name",
         paraphrase="Show me the first and last names of all the girls",
         query="SELECT Fname, LName FROM Student WHERE Sex = 'F'", ncols=2),
    dict(db="pets_1", kind="filter-text",
         question="I need the first name, last name and age of students from city code PIT",
         paraphrase="students whose city is PIT: first name, surname, age",
         query="SELECT Fname, LName, Age FROM Student WHERE city_code = 'PIT'", ncols=3),
    dict(db="pets_1", kind="filter-number",
         question="which students are older than 21? names and ages",
         paraphrase="Show first name, last name and age of students over 21",
         query="SELECT Fname, LName, Age FROM Student WHERE Age > 21", ncols=3),
    dict(db="pets_1", kind="aggregate",
         question="average weight of the dogs",
         paraphrase="What's the mean weight of pets that are dogs?",
         query="SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'", ncols=1),
    dict(db="pets_1", kind="group",
         question="Average student age by sex",
         paraphrase="for each gender, what is the average age of students? show sex and avg age",
         query="SELECT Sex, AVG(Age) FROM Student GROUP BY Sex", ncols=2),
    dict(db="pets_1", kind="superlative",
         question="who is the oldest student? first and last name",
         paraphrase="Give the full name (first, last) of the student with the highest age",
         query="SELECT Fname, LName FROM Student ORDER BY Age DESC LIMIT 1",
         ncols=2,
         tie=("SELECT Age FROM Student ORDER BY Age DESC LIMIT 2", 1)),
    dict(db="pets_1", kind="join",
         question="Show each pet owner's first name together with the pet type and the pet's age",
         paraphrase="which students own which pets - owner first name, pet type, pet age",
         query="SELECT s.Fname, p.PetType, p.pet_age FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID",
         ncols=3),
    dict(db="pets_1", kind="set",
         question="first names and ages of students who dont have any pets",
         paraphrase="Students with no pet at all: show first name and age",
         query="SELECT Fname, Age FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)",
         ncols=2),
    dict(db="pets_1", kind="ratio",
         question="what percentage of students have a pet?",
         paraphrase="Percent of all students who own at least one pet",
         query="SELECT 100.0 * (SELECT COUNT(DISTINCT StuID) FROM Has_Pet) / COUNT(*) FROM Student",
         ncols=1),
    dict(db="pets_1", kind="projection",
         question="show me each pet's type, age and weight",
         paraphrase="For all pets list the type, age and weight",
         query="SELECT PetType, pet_age, weight FROM Pets", ncols=3),

    # ------------------------------------------------------------ real_estate_properties
    dict(db="real_estate_properties", kind="count",
         question="how many properties are apartments",
         paraphrase="Number of apartment listings",
         query="SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'", ncols=1),
    dict(db="real_estate_properties", kind="list",
         question="List all property names",
         paraphrase="what are the names of the properties?",
         query="SELECT property_name FROM Properties", ncols=1),
    dict(db="real_estate_properties", kind="filter-text",
         question="which features count as amenities?",
         paraphrase="Names of the available features whose type is Amenity",
         query="SELECT feature_name FROM Other_Available_Features WHERE feature_type_code = 'Amenity'",
         ncols=1),
    dict(db="real_estate_properties", kind="filter-number",
         question="properties with more than 7 rooms - name and room count",
         paraphrase="Show the name and number of rooms for every property having over 7 rooms",
         query="SELECT property_name, room_count FROM Properties WHERE room_count > 7", ncols=2),
    dict(db="real_estate_properties", kind="aggregate",
         question="whats the average agreed selling price?",
         paraphrase="Mean of the agreed sale prices across all properties",
         query="SELECT AVG(agreed_selling_price) FROM Properties", ncols=1),
    dict(db="real_estate_properties", kind="aggregate",
         question="max and min number of rooms",
         paraphrase="What are the largest and smallest room counts of any property?",
         query="SELECT MAX(room_count), MIN(room_count) FROM Properties", ncols=2),
    dict(db="real_estate_properties", kind="group",
         question="number of properties per property type",
         paraphrase="How many listings are there of each type? show type code and count",
         query="SELECT property_type_code, COUNT(*) FROM Properties GROUP BY property_type_code",
         ncols=2),
    dict(db="real_estate_properties", kind="superlative",
         question="Which property had the highest asking price from the vendor? name and price",
         paraphrase="show the name and vendor requested price of the property with the biggest asking price",
         query="SELECT property_name, vendor_requested_price FROM Properties ORDER BY vendor_requested_price DESC LIMIT 1",
         ncols=2,
         tie=("SELECT vendor_requested_price FROM Properties ORDER BY vendor_requested_price DESC LIMIT 2", 1)),
    dict(db="real_estate_properties", kind="join",
         question="show each property's name along with its type description",
         paraphrase="Property names with the description of their property type",
         query="SELECT p.property_name, t.property_type_description FROM Properties p JOIN Ref_Property_Types t ON p.property_type_code = t.property_type_code",
         ncols=2),
    dict(db="real_estate_properties", kind="set",
         question="Which properties have no extra features listed?",
         paraphrase="names of properties that don't appear in the property features table",
         query="SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)",
         ncols=1),
    dict(db="real_estate_properties", kind="ratio",
         question="what percent of properties have a pool",
         paraphrase="Percentage of all properties that come with a swimming pool feature",
         query="SELECT 100.0 * COUNT(DISTINCT opf.property_id) / (SELECT COUNT(*) FROM Properties) FROM Other_Property_Features opf JOIN Other_Available_Features f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'",
         ncols=1),
    dict(db="real_estate_properties", kind="projection",
         question="I need the name, adress and room count of every property",
         paraphrase="For all properties show name, address and number of rooms",
         query="SELECT property_name, property_address, room_count FROM Properties", ncols=3),

    # ------------------------------------------------------------ student_transcripts_tracking
    dict(db="student_transcripts_tracking", kind="count",
         question="how many courses are there",
         paraphrase="Total number of courses on offer",
         query="SELECT COUNT(*) FROM Courses", ncols=1),
    dict(db="student_transcripts_tracking", kind="list",
         question="list all department names",
         paraphrase="What departments exist?",
         query="SELECT department_name FROM Departments", ncols=1),
    dict(db="student_transcripts_tracking", kind="filter-text",
         question="show me the addresses in Kentucky - line 1 and city",
         paraphrase="For addresses whose state is Kentucky give the first address line and the city",
         query="SELECT line_1, city FROM Addresses WHERE state_province_county = 'Kentucky'",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="filter-number",
         question="first and last names of students who signed up in the 70s",
         paraphrase="Which students first registered between 1970 and 1979? first name, last name",
         query="SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) BETWEEN 1970 AND 1979",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="aggregate",
         question="when was the earliest and latest transcript",
         paraphrase="Oldest and newest transcript dates",
         query="SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts", ncols=2),
    dict(db="student_transcripts_tracking", kind="group",
         question="How many degree programs are there at each level (bachelor, master, phd)?",
         paraphrase="count of degree programs by degree summary name",
         query="SELECT degree_summary_name, COUNT(*) FROM Degree_Programs GROUP BY degree_summary_name",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="superlative",
         question="which department has the most degree programs",
         paraphrase="Name of the department offering the largest number of degree programs",
         query="SELECT d.department_name FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id GROUP BY d.department_id ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Degree_Programs GROUP BY department_id ORDER BY COUNT(*) DESC LIMIT 2", 1)),
    dict(db="student_transcripts_tracking", kind="superlative",
         question="Which transcript lists the most course results? give its id and date",
         paraphrase="transcript id and date for the transcript with the most entries",
         query="SELECT t.transcript_id, t.transcript_date FROM Transcript_Contents tc JOIN Transcripts t ON tc.transcript_id = t.transcript_id GROUP BY t.transcript_id ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT COUNT(*) FROM Transcript_Contents GROUP BY transcript_id ORDER BY COUNT(*) DESC LIMIT 2", 1)),
    dict(db="student_transcripts_tracking", kind="join",
         question="show each student's first name and the city of their current address",
         paraphrase="Students' first names with the city they currently live in",
         query="SELECT s.first_name, a.city FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="set",
         question="Students who never enrolled in any degree program - first and last name",
         paraphrase="which students have no enrolment at all? give first and last names",
         query="SELECT first_name, last_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="ratio",
         question="what share of the degree programs are bachelors?",
         paraphrase="Percentage of degree programs that are Bachelor degrees",
         query="SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="projection",
         question="give me first, middle and last name plus email for every student",
         paraphrase="All students: first name, middle name, last name and email address",
         query="SELECT first_name, middle_name, last_name, email_address FROM Students", ncols=4),

    # ------------------------------------------------------------ voter_1
    dict(db="voter_1", kind="count",
         question="how many contestants are there",
         paraphrase="Number of contestants in the competition",
         query="SELECT COUNT(*) FROM CONTESTANTS", ncols=1),
    dict(db="voter_1", kind="list",
         question="List all the contestant names",
         paraphrase="who are the contestants?",
         query="SELECT contestant_name FROM CONTESTANTS", ncols=1),
    dict(db="voter_1", kind="list",
         question="which states show up in the area code table",
         paraphrase="List the distinct states that have area codes",
         query="SELECT DISTINCT state FROM AREA_CODE_STATE", ncols=1),
    dict(db="voter_1", kind="filter-text",
         question="what area codes does CA have?",
         paraphrase="All area codes for California",
         query="SELECT area_code FROM AREA_CODE_STATE WHERE state = 'CA'", ncols=1),
    dict(db="voter_1", kind="filter-number",
         question="area codes above 900 and their state",
         paraphrase="Show every area code greater than 900 together with the state it belongs to",
         query="SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900", ncols=2),
    dict(db="voter_1", kind="aggregate",
         question="whats the highest and lowest area code",
         paraphrase="Max and min area code values",
         query="SELECT MAX(area_code), MIN(area_code) FROM AREA_CODE_STATE", ncols=2),
    dict(db="voter_1", kind="group",
         question="How many area codes does each state have? state and count",
         paraphrase="number of area codes per state",
         query="SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state", ncols=2),
    dict(db="voter_1", kind="superlative",
         question="which state has the most area codes",
         paraphrase="The state with the largest number of area codes",
         query="SELECT state FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 2", 1)),
    dict(db="voter_1", kind="join",
         question="For each vote show the contestant's name and when the vote was cast",
         paraphrase="votes with contestant name and vote timestamp",
         query="SELECT c.contestant_name, v.created FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number",
         ncols=2),
    dict(db="voter_1", kind="set",
         question="contestants that didnt get any votes",
         paraphrase="Which contestants received zero votes? names",
         query="SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)",
         ncols=1),
    dict(db="voter_1", kind="ratio",
         question="What percent of the votes did Kelly Clauss get?",
         paraphrase="share of all votes (in %) that went to Kelly Clauss",
         query="SELECT 100.0 * SUM(CASE WHEN c.contestant_name = 'Kelly Clauss' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number",
         ncols=1),
    dict(db="voter_1", kind="projection",
         question="show vote id, phone number and time for every vote",
         paraphrase="All votes with their id, the phone number used, and the creation time",
         query="SELECT vote_id, phone_number, created FROM VOTES", ncols=3),
]

UNANSWERABLE = [
    dict(db="car_1", question="what was the sticker price of the ford torino?"),
    dict(db="car_1", question="Which cars come in red? list the makes"),
    dict(db="course_teach", question="What salary does Anne Walker earn?"),
    dict(db="dog_kennels", question="what colour is the dog named Bessie"),
    dict(db="flight_2", question="How much does a Delta ticket out of Albany cost?"),
    dict(db="flight_2", question="what time does United flight 28 take off"),
    dict(db="network_1", question="What's Kyle's GPA?"),
    dict(db="pets_1", question="what's the name of Tracy Kim's dog"),
    dict(db="pets_1", question="Which breed is Linda Smith's cat?"),
    dict(db="real_estate_properties", question="what is the square footage of the property called park"),
    dict(db="student_transcripts_tracking", question="What grade did Timmothy Ward get in math?"),
    dict(db="voter_1", question="how old is Kelly Clauss"),
]


def run(db, sql):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        ncols = len(cur.description)
    finally:
        con.close()
    return rows, ncols


def main():
    errors = []
    dbs = sorted({it["db"] for it in ITEMS})
    seen_q = set()
    for i, it in enumerate(ITEMS):
        tag = "%d %s/%s: %s" % (i, it["db"], it["kind"], it["question"])
        if it["kind"] not in KINDS:
            errors.append("bad kind: " + tag)
        if not os.path.exists(os.path.join(DB_ROOT, it["db"], it["db"] + ".sqlite")):
            errors.append("missing db: " + tag)
            continue
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            errors.append("paraphrase identical: " + tag)
        if it["question"] in seen_q:
            errors.append("duplicate question: " + tag)
        seen_q.add(it["question"])
        try:
            rows, ncols = run(it["db"], it["query"])
        except sqlite3.Error as e:
            errors.append("sql error %s: %s" % (e, tag))
            continue
        if not rows:
            errors.append("empty result: " + tag)
            continue
        if all(v is None for r in rows for v in r):
            errors.append("all NULL: " + tag)
        if ncols != it["ncols"]:
            errors.append("ncols %d != %d: %s" % (ncols, it["ncols"], tag))
        if " LIMIT " in it["query"].upper():
            if "tie" not in it:
                errors.append("LIMIT without tie check: " + tag)
            else:
                tsql, n = it["tie"]
                trows, _ = run(it["db"], tsql)
                if len(trows) < n:
                    errors.append("tie query returned < n rows: " + tag)
                elif len(trows) > n and trows[n - 1] == trows[n]:
                    errors.append("tie at row %d (%r): %s" % (n, trows[n - 1], tag))
    # distribution checks
    per_db = Counter(it["db"] for it in ITEMS)
    for db in dbs:
        if per_db[db] != 12:
            errors.append("%s has %d items (want 12)" % (db, per_db[db]))
        kinds = {it["kind"] for it in ITEMS if it["db"] == db}
        if len(kinds) < 10:
            errors.append("%s covers only %d kinds" % (db, len(kinds)))
    if len(ITEMS) != 108:
        errors.append("total items %d != 108" % len(ITEMS))
    if len(UNANSWERABLE) != 12:
        errors.append("unanswerable count %d != 12" % len(UNANSWERABLE))
    for u in UNANSWERABLE:
        if u["db"] not in dbs:
            errors.append("unanswerable db not in set: %r" % u)

    if errors:
        print("FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)

    out = [{"question": it["question"], "db_id": it["db"], "query": it["query"],
            "paraphrase": it["paraphrase"], "kind": it["kind"]} for it in ITEMS]
    una = [{"question": u["question"], "db_id": u["db"], "query": ""} for u in UNANSWERABLE]
    with open(os.path.join(OUT_DIR, "spider_v17_B.json"), "w") as f:
        json.dump(out, f, indent=2)
    with open(os.path.join(OUT_DIR, "spider_v17_B_unanswerable.json"), "w") as f:
        json.dump(una, f, indent=2)
    kc = Counter(it["kind"] for it in ITEMS)
    multi = sum(1 for it in ITEMS if it["ncols"] >= 2)
    print("OK: %d items, %d unanswerable" % (len(out), len(una)))
    print("per kind:", dict(sorted(kc.items())))
    print("2+ columns:", multi)


if __name__ == "__main__":
    main()
