#!/usr/bin/env python3
"""Generate the held-out Spider-style evaluation set spider_v10_B.

Items are held as data below. Every gold query is executed against its
SQLite database and checked:
  * the query runs and returns at least one row that is not all NULLs;
  * the number of result columns equals the stated expected count ("ncols");
  * for every top-N / superlative query, an extra ranking query ("tie") shows
    no tie at the cut-off (value at position N differs from position N+1).
Output files are written beside this script only when every check passes;
otherwise the failures are printed and the script exits with status 1.
"""
import collections
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1",
       "pets_1", "real_estate_properties", "student_transcripts_tracking",
       "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# Each item: db, kind, question, paraphrase, query, ncols (expected number of
# result columns), and for top-N / superlative items: tie = (ranking SQL that
# returns the ranking value in ranked order, N).
ITEMS = [
    # ------------------------------------------------------------------ car_1
    dict(db="car_1", kind="count",
         question="How many car makers are based in Japan?",
         paraphrase="What is the number of Japanese car manufacturers?",
         query="SELECT COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'",
         ncols=1),
    dict(db="car_1", kind="list",
         question="List the full names of all car makers.",
         paraphrase="Show every car manufacturer's complete company name.",
         query="SELECT FullName FROM car_makers",
         ncols=1),
    dict(db="car_1", kind="filter-text",
         question="Which countries are in Europe?",
         paraphrase="Name the countries located on the European continent.",
         query="SELECT c.CountryName FROM countries AS c JOIN continents AS ct ON c.Continent = ct.ContId WHERE ct.Continent = 'europe'",
         ncols=1),
    dict(db="car_1", kind="filter-number",
         question="Show the make and year of every car with more than 200 horsepower.",
         paraphrase="Which cars put out over 200 hp? Give their make and model year.",
         query="SELECT n.Make, d.Year FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId WHERE CAST(d.Horsepower AS INTEGER) > 200",
         ncols=2),
    dict(db="car_1", kind="aggregate",
         question="What is the average weight of 8-cylinder cars?",
         paraphrase="Mean weight for cars with eight cylinders",
         query="SELECT AVG(Weight) FROM cars_data WHERE Cylinders = 8",
         ncols=1),
    dict(db="car_1", kind="group",
         question="How many cars were made in each year? Show the year and the count.",
         paraphrase="For every model year, give the year together with the number of cars from that year.",
         query="SELECT Year, COUNT(*) FROM cars_data GROUP BY Year",
         ncols=2),
    dict(db="car_1", kind="superlative",
         question="Which car has the highest MPG? Give its make and MPG.",
         paraphrase="Show the make and miles-per-gallon figure of the most fuel-efficient car.",
         query="SELECT n.Make, d.MPG FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId ORDER BY CAST(d.MPG AS REAL) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT CAST(MPG AS REAL) FROM cars_data ORDER BY CAST(MPG AS REAL) DESC", 1)),
    dict(db="car_1", kind="join",
         question="List the models made by General Motors.",
         paraphrase="Which car models does General Motors produce?",
         query="SELECT l.Model FROM model_list AS l JOIN car_makers AS m ON l.Maker = m.Id WHERE m.FullName = 'General Motors'",
         ncols=1),
    dict(db="car_1", kind="join",
         question="Which car makers are European? Show each maker's full name and its country.",
         paraphrase="Give the full company name and country name for every car manufacturer based in Europe.",
         query="SELECT m.FullName, c.CountryName FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId JOIN continents AS ct ON c.Continent = ct.ContId WHERE ct.Continent = 'europe'",
         ncols=2),
    dict(db="car_1", kind="set",
         question="Which countries have no car makers?",
         paraphrase="List the countries that are not home to any car manufacturer.",
         query="SELECT CountryName FROM countries EXCEPT SELECT c.CountryName FROM countries AS c JOIN car_makers AS m ON c.CountryId = m.Country",
         ncols=1),
    dict(db="car_1", kind="ratio",
         question="What percentage of cars have 4 cylinders?",
         paraphrase="Four-cylinder cars as a share of all cars, in percent",
         query="SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data",
         ncols=1),
    dict(db="car_1", kind="projection",
         question="Show each car maker's short name, full name and country.",
         paraphrase="For every manufacturer, give the maker name, the full company name and the name of the country it is from.",
         query="SELECT m.Maker, m.FullName, c.CountryName FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId",
         ncols=3),

    # ----------------------------------------------------------- course_teach
    dict(db="course_teach", kind="count",
         question="How many courses are there?",
         paraphrase="Total number of courses on offer",
         query="SELECT COUNT(*) FROM course",
         ncols=1),
    dict(db="course_teach", kind="list",
         question="List the names of all teachers in alphabetical order.",
         paraphrase="Give me every teacher's name, sorted A to Z.",
         query="SELECT Name FROM teacher ORDER BY Name ASC",
         ncols=1),
    dict(db="course_teach", kind="filter-text",
         question="Which teachers come from an urban district? Show the name and hometown.",
         paraphrase="List the names and home towns of teachers whose hometown is an Urban District.",
         query="SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District'",
         ncols=2),
    dict(db="course_teach", kind="filter-number",
         question="Give the names and ages of teachers older than 35.",
         paraphrase="Which teachers are over 35 years of age? Show name and age.",
         query="SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35",
         ncols=2),
    dict(db="course_teach", kind="filter-number",
         question="Which teachers are older than the average teacher?",
         paraphrase="Names of the teachers whose age is above the mean age of all teachers",
         query="SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)",
         ncols=1),
    dict(db="course_teach", kind="aggregate",
         question="What are the youngest and oldest teacher ages?",
         paraphrase="Show the minimum and the maximum age among the teachers.",
         query="SELECT MIN(CAST(Age AS INTEGER)), MAX(CAST(Age AS INTEGER)) FROM teacher",
         ncols=2),
    dict(db="course_teach", kind="group",
         question="For each teacher with course assignments, show the name and how many courses they teach.",
         paraphrase="How many courses is each assigned teacher responsible for? Give the teacher's name and the count.",
         query="SELECT t.Name, COUNT(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID, t.Name",
         ncols=2),
    dict(db="course_teach", kind="superlative",
         question="Who is the oldest teacher?",
         paraphrase="Name the teacher with the highest age.",
         query="SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) DESC", 1)),
    dict(db="course_teach", kind="join",
         question="Show the names of teachers and the courses they teach.",
         paraphrase="Which course is each teacher assigned to? List teacher name alongside course name.",
         query="SELECT t.Name, c.Course FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID",
         ncols=2),
    dict(db="course_teach", kind="set",
         question="Which teachers are not assigned to teach any course?",
         paraphrase="List the teachers who have no course arrangement at all.",
         query="SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)",
         ncols=1),
    dict(db="course_teach", kind="ratio",
         question="What share of courses have at least one teacher assigned? Give it as a percentage.",
         paraphrase="Percentage of all courses that appear in the course arrangements",
         query="SELECT 100.0 * COUNT(DISTINCT Course_ID) / (SELECT COUNT(*) FROM course) FROM course_arrange",
         ncols=1),
    dict(db="course_teach", kind="projection",
         question="Show the name, age and hometown of every teacher.",
         paraphrase="Give each teacher's name together with their age and home town.",
         query="SELECT Name, Age, Hometown FROM teacher",
         ncols=3),

    # ------------------------------------------------------------ dog_kennels
    dict(db="dog_kennels", kind="count",
         question="How many dogs have been abandoned?",
         paraphrase="Number of abandoned dogs",
         query="SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'",
         ncols=1),
    dict(db="dog_kennels", kind="list",
         question="List all dog breed names.",
         paraphrase="What breeds of dog are there?",
         query="SELECT breed_name FROM Breeds",
         ncols=1),
    dict(db="dog_kennels", kind="filter-text",
         question="Show the first and last names of all veterinarians.",
         paraphrase="Which professionals are vets? Give their first name and surname.",
         query="SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'",
         ncols=2),
    dict(db="dog_kennels", kind="filter-number",
         question="Which dogs weigh more than 8? Show the name and weight.",
         paraphrase="List names and weights of the dogs heavier than 8.",
         query="SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > 8",
         ncols=2),
    dict(db="dog_kennels", kind="aggregate",
         question="What is the total amount spent on dog treatments?",
         paraphrase="Sum of the costs of all treatments",
         query="SELECT SUM(cost_of_treatment) FROM Treatments",
         ncols=1),
    dict(db="dog_kennels", kind="group",
         question="How many dogs are there of each breed? Show the breed name and count.",
         paraphrase="Count the dogs per breed, listing the breed name with its number of dogs.",
         query="SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code GROUP BY b.breed_name",
         ncols=2),
    dict(db="dog_kennels", kind="superlative",
         question="Which owner has the most dogs? Give the owner's first name, last name and number of dogs.",
         paraphrase="Show first name, last name and dog count for the owner who owns the largest number of dogs.",
         query="SELECT o.first_name, o.last_name, COUNT(*) FROM Owners AS o JOIN Dogs AS d ON o.owner_id = d.owner_id GROUP BY o.owner_id, o.first_name, o.last_name ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=3,
         tie=("SELECT COUNT(*) FROM Dogs GROUP BY owner_id ORDER BY COUNT(*) DESC", 1)),
    dict(db="dog_kennels", kind="join",
         question="Which dogs have received a vaccination? List their names.",
         paraphrase="Names of the dogs that were given a vaccination",
         query="SELECT DISTINCT d.name FROM Dogs AS d JOIN Treatments AS t ON d.dog_id = t.dog_id JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Vaccination'",
         ncols=1),
    dict(db="dog_kennels", kind="set",
         question="Which professionals have never performed a treatment? Show their first and last names.",
         paraphrase="List the first name and last name of every professional with no treatments on record.",
         query="SELECT first_name, last_name FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)",
         ncols=2),
    dict(db="dog_kennels", kind="ratio",
         question="What percentage of treatments were vaccinations?",
         paraphrase="Vaccinations as a share of all treatments given, in percent",
         query="SELECT 100.0 * SUM(CASE WHEN treatment_type_code = 'VAC' THEN 1 ELSE 0 END) / COUNT(*) FROM Treatments",
         ncols=1),
    dict(db="dog_kennels", kind="projection",
         question="List each dog's name, age and weight.",
         paraphrase="Show the name, age, and weight of every dog.",
         query="SELECT name, age, weight FROM Dogs",
         ncols=3),
    dict(db="dog_kennels", kind="projection",
         question="For every treatment, show the dog's name, the treatment description and the cost.",
         paraphrase="Give the dog name, the kind of treatment (its description) and what it cost, for each treatment given.",
         query="SELECT d.name, tt.treatment_type_description, t.cost_of_treatment FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code",
         ncols=3),

    # --------------------------------------------------------------- flight_2
    dict(db="flight_2", kind="count",
         question="How many flights leave from Aberdeen?",
         paraphrase="Number of flights departing from airports in the city of Aberdeen",
         query="SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'",
         ncols=1),
    dict(db="flight_2", kind="list",
         question="List the names of all airlines.",
         paraphrase="What airlines are there?",
         query="SELECT Airline FROM airlines",
         ncols=1),
    dict(db="flight_2", kind="filter-text",
         question="Show the code and city of every airport named Municipal.",
         paraphrase="Which airports are called 'Municipal'? Give their airport code and city.",
         query="SELECT AirportCode, City FROM airports WHERE TRIM(AirportName) = 'Municipal'",
         ncols=2),
    dict(db="flight_2", kind="filter-number",
         question="Which Delta Airlines flights have a flight number below 100? Show the flight number and destination airport.",
         paraphrase="For Delta Airlines flights numbered under 100, list the flight number and where each one flies to.",
         query="SELECT f.FlightNo, f.DestAirport FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'Delta Airlines' AND f.FlightNo < 100",
         ncols=2),
    dict(db="flight_2", kind="aggregate",
         question="What is the highest flight number operated by JetBlue Airways?",
         paraphrase="Largest flight number among JetBlue Airways flights",
         query="SELECT MAX(f.FlightNo) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'JetBlue Airways'",
         ncols=1),
    dict(db="flight_2", kind="group",
         question="For each airline, how many different destination airports does it serve? Show the airline name and the count.",
         paraphrase="Number of distinct destinations per airline, alongside the airline's name",
         query="SELECT a.Airline, COUNT(DISTINCT f.DestAirport) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid GROUP BY a.Airline",
         ncols=2),
    dict(db="flight_2", kind="group",
         question="Which cities have more than two airports? Show the city and its number of airports.",
         paraphrase="List the cities with at least three airports, together with how many airports each one has.",
         query="SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) HAVING COUNT(*) > 2",
         ncols=2),
    dict(db="flight_2", kind="superlative",
         question="Which city has the most departing flights?",
         paraphrase="Name the city whose airports have the largest number of outbound flights.",
         query="SELECT TRIM(a.City) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode GROUP BY TRIM(a.City) ORDER BY COUNT(*) DESC", 1)),
    dict(db="flight_2", kind="join",
         question="Which airlines fly out of ANC? List the airline names.",
         paraphrase="Names of the airlines with departures from airport ANC",
         query="SELECT DISTINCT a.Airline FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'ANC'",
         ncols=1),
    dict(db="flight_2", kind="set",
         question="Which airlines fly to both APG and CVO?",
         paraphrase="Airlines that have flights arriving at APG as well as flights arriving at CVO",
         query="SELECT a.Airline FROM airlines AS a JOIN flights AS f ON a.uid = f.Airline WHERE TRIM(f.DestAirport) = 'APG' INTERSECT SELECT a.Airline FROM airlines AS a JOIN flights AS f ON a.uid = f.Airline WHERE TRIM(f.DestAirport) = 'CVO'",
         ncols=1),
    dict(db="flight_2", kind="ratio",
         question="What percentage of all flights are operated by Southwest Airlines?",
         paraphrase="Southwest Airlines' share of the total number of flights, as a percent",
         query="SELECT 100.0 * SUM(CASE WHEN a.Airline = 'Southwest Airlines' THEN 1 ELSE 0 END) / COUNT(*) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid",
         ncols=1),
    dict(db="flight_2", kind="projection",
         question="Give the name, abbreviation and country of every airline.",
         paraphrase="Show each airline together with its abbreviation and its country.",
         query="SELECT Airline, Abbreviation, Country FROM airlines",
         ncols=3),

    # -------------------------------------------------------------- network_1
    dict(db="network_1", kind="count",
         question="How many different students are liked by at least one other student?",
         paraphrase="Number of distinct high schoolers who are the object of someone's like",
         query="SELECT COUNT(DISTINCT liked_id) FROM Likes",
         ncols=1),
    dict(db="network_1", kind="list",
         question="List the distinct names of the high schoolers.",
         paraphrase="What names do the high school students have? No duplicates, please.",
         query="SELECT DISTINCT name FROM Highschooler",
         ncols=1),
    dict(db="network_1", kind="filter-text",
         question="What grade is Kyle in?",
         paraphrase="Kyle's grade level",
         query="SELECT grade FROM Highschooler WHERE name = 'Kyle'",
         ncols=1),
    dict(db="network_1", kind="filter-number",
         question="Show the names and grades of students in grade 11 or above.",
         paraphrase="Which high schoolers are at least in grade 11? Give their name and grade.",
         query="SELECT name, grade FROM Highschooler WHERE grade >= 11",
         ncols=2),
    dict(db="network_1", kind="aggregate",
         question="What is the average grade of the students who are liked by someone?",
         paraphrase="Mean grade level of the high schoolers that somebody likes",
         query="SELECT AVG(grade) FROM Highschooler WHERE ID IN (SELECT liked_id FROM Likes)",
         ncols=1),
    dict(db="network_1", kind="group",
         question="How many students are in each grade?",
         paraphrase="Student count by grade, shown with the grade",
         query="SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade",
         ncols=2),
    dict(db="network_1", kind="superlative",
         question="Which grade's students give out the most likes?",
         paraphrase="Find the grade whose students like other students most often.",
         query="SELECT h.grade FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID GROUP BY h.grade ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID GROUP BY h.grade ORDER BY COUNT(*) DESC", 1)),
    dict(db="network_1", kind="join",
         question="Who does Kyle like? Give the name and grade.",
         paraphrase="Show the name and grade of the student that Kyle likes.",
         query="SELECT h2.name, h2.grade FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID WHERE h1.name = 'Kyle'",
         ncols=2),
    dict(db="network_1", kind="set",
         question="Which students both like someone and are liked by someone? Show their names.",
         paraphrase="Names of the students who appear as a liker and also as someone who is liked",
         query="SELECT name FROM Highschooler WHERE ID IN (SELECT student_id FROM Likes) AND ID IN (SELECT liked_id FROM Likes)",
         ncols=1),
    dict(db="network_1", kind="set",
         question="List the students who are liked by someone but don't like anyone themselves.",
         paraphrase="Which high schoolers receive likes without ever liking another student? Give names.",
         query="SELECT name FROM Highschooler WHERE ID IN (SELECT liked_id FROM Likes) AND ID NOT IN (SELECT student_id FROM Likes)",
         ncols=1),
    dict(db="network_1", kind="ratio",
         question="What percentage of high schoolers like at least one other student?",
         paraphrase="Share of students, in percent, who have liked somebody",
         query="SELECT 100.0 * COUNT(DISTINCT student_id) / (SELECT COUNT(*) FROM Highschooler) FROM Likes",
         ncols=1),
    dict(db="network_1", kind="projection",
         question="Show every student's ID, name and grade.",
         paraphrase="Give me the id, the name, and the grade of each high schooler.",
         query="SELECT ID, name, grade FROM Highschooler",
         ncols=3),

    # ----------------------------------------------------------------- pets_1
    dict(db="pets_1", kind="count",
         question="How many students own a dog?",
         paraphrase="Number of students who have a dog as a pet",
         query="SELECT COUNT(DISTINCT hp.StuID) FROM Has_Pet AS hp JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'",
         ncols=1),
    dict(db="pets_1", kind="list",
         question="List all the different city codes where students live.",
         paraphrase="Which city codes do the students come from? Distinct values only.",
         query="SELECT DISTINCT city_code FROM Student",
         ncols=1),
    dict(db="pets_1", kind="filter-text",
         question="Show the first and last names of all female students.",
         paraphrase="Give the first name and surname of every woman student.",
         query="SELECT Fname, LName FROM Student WHERE Sex = 'F'",
         ncols=2),
    dict(db="pets_1", kind="filter-text",
         question="Which students live in HKG? Give first name, last name and age.",
         paraphrase="For the students whose city code is HKG, list first name, last name, and age.",
         query="SELECT Fname, LName, Age FROM Student WHERE city_code = 'HKG'",
         ncols=3),
    dict(db="pets_1", kind="filter-number",
         question="Which students are older than the average student age? Show first name and age.",
         paraphrase="List the first names and ages of students whose age is above the mean.",
         query="SELECT Fname, Age FROM Student WHERE Age > (SELECT AVG(Age) FROM Student)",
         ncols=2),
    dict(db="pets_1", kind="aggregate",
         question="What is the average age of students in major 600?",
         paraphrase="Mean age of the students majoring in 600",
         query="SELECT AVG(Age) FROM Student WHERE Major = 600",
         ncols=1),
    dict(db="pets_1", kind="group",
         question="How many students live in each city? Show the city code and number of students.",
         paraphrase="Count of students per city code, with the code",
         query="SELECT city_code, COUNT(*) FROM Student GROUP BY city_code",
         ncols=2),
    dict(db="pets_1", kind="superlative",
         question="Who is the oldest student? Give first and last name.",
         paraphrase="First and last name of the student with the greatest age",
         query="SELECT Fname, LName FROM Student ORDER BY Age DESC LIMIT 1",
         ncols=2,
         tie=("SELECT Age FROM Student ORDER BY Age DESC", 1)),
    dict(db="pets_1", kind="join",
         question="What are the first names of students who own a cat?",
         paraphrase="Which students have a cat? Show their first names.",
         query="SELECT s.Fname FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'cat'",
         ncols=1),
    dict(db="pets_1", kind="set",
         question="Find the first names of students who have either a cat or a dog.",
         paraphrase="Students owning a cat or a dog - first names only",
         query="SELECT DISTINCT s.Fname FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'cat' OR p.PetType = 'dog'",
         ncols=1),
    dict(db="pets_1", kind="ratio",
         question="What percentage of students are female?",
         paraphrase="Women as a share of the whole student body, in percent",
         query="SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student",
         ncols=1),
    dict(db="pets_1", kind="projection",
         question="Give each pet's type, age and weight.",
         paraphrase="Show the type, age, and weight of all the pets.",
         query="SELECT PetType, pet_age, weight FROM Pets",
         ncols=3),

    # ------------------------------------------------- real_estate_properties
    dict(db="real_estate_properties", kind="count",
         question="How many apartments are on record?",
         paraphrase="Number of properties that are apartments",
         query="SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'",
         ncols=1),
    dict(db="real_estate_properties", kind="list",
         question="List all property type descriptions.",
         paraphrase="What are the descriptions of the property types?",
         query="SELECT property_type_description FROM Ref_Property_Types",
         ncols=1),
    dict(db="real_estate_properties", kind="filter-text",
         question="Show the names and addresses of shop properties.",
         paraphrase="Which properties are shops? Give the name and address of each.",
         query="SELECT property_name, property_address FROM Properties WHERE property_type_code = 'Shop'",
         ncols=2),
    dict(db="real_estate_properties", kind="filter-number",
         question="Which properties have more than 7 rooms? Show the name and room count.",
         paraphrase="List property names with their number of rooms, for those with over seven rooms.",
         query="SELECT property_name, room_count FROM Properties WHERE room_count > 7",
         ncols=2),
    dict(db="real_estate_properties", kind="aggregate",
         question="What is the average agreed selling price of houses?",
         paraphrase="Mean agreed sale price for properties that are houses",
         query="SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'",
         ncols=1),
    dict(db="real_estate_properties", kind="aggregate",
         question="What's the average room count of properties whose agreed selling price is above the average?",
         paraphrase="Among properties that sold for more than the mean agreed price, what is the mean number of rooms?",
         query="SELECT AVG(room_count) FROM Properties WHERE agreed_selling_price > (SELECT AVG(agreed_selling_price) FROM Properties)",
         ncols=1),
    dict(db="real_estate_properties", kind="group",
         question="How many properties are there of each type? Show the type description and count.",
         paraphrase="Property counts broken down by type, with the type's description",
         query="SELECT t.property_type_description, COUNT(*) FROM Properties AS p JOIN Ref_Property_Types AS t ON p.property_type_code = t.property_type_code GROUP BY t.property_type_description",
         ncols=2),
    dict(db="real_estate_properties", kind="superlative",
         question="Which property sold for the highest agreed price? Show its name and that price.",
         paraphrase="Name and agreed selling price of the most expensive property sale",
         query="SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1",
         ncols=2,
         tie=("SELECT agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC", 1)),
    dict(db="real_estate_properties", kind="join",
         question="Which properties have a swimming pool? List their names.",
         paraphrase="Names of the properties that feature a pool",
         query="SELECT DISTINCT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'",
         ncols=1),
    dict(db="real_estate_properties", kind="set",
         question="Which properties have both air conditioning and a pool?",
         paraphrase="Names of properties offering a pool as well as air con",
         query="SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon' INTERSECT SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'",
         ncols=1),
    dict(db="real_estate_properties", kind="ratio",
         question="Which properties sold for more than double the vendor's requested price? Show the name, requested price and agreed price.",
         paraphrase="List property names, asking prices and agreed prices where the agreed price exceeds twice what the vendor asked for.",
         query="SELECT property_name, vendor_requested_price, agreed_selling_price FROM Properties WHERE agreed_selling_price > 2 * vendor_requested_price",
         ncols=3),
    dict(db="real_estate_properties", kind="projection",
         question="Show the name, type and room count of each property.",
         paraphrase="For every property give its name, property type code, and number of rooms.",
         query="SELECT property_name, property_type_code, room_count FROM Properties",
         ncols=3),

    # ------------------------------------------- student_transcripts_tracking
    dict(db="student_transcripts_tracking", kind="count",
         question="How many PhD programs are offered?",
         paraphrase="Number of degree programs at doctoral (PHD) level",
         query="SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'PHD'",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="list",
         question="List the names of all departments.",
         paraphrase="What departments are there?",
         query="SELECT department_name FROM Departments",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="filter-text",
         question="Which addresses are in Kentucky? Show the first address line and the city.",
         paraphrase="Give line 1 and city for every address located in Kentucky.",
         query="SELECT line_1, city FROM Addresses WHERE state_province_county = 'Kentucky'",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="filter-number",
         question="Which students first registered after 2012? Show their first name, last name and registration date.",
         paraphrase="List first names, last names and first-registration dates of the students who registered later than 2012.",
         query="SELECT first_name, last_name, date_first_registered FROM Students WHERE date_first_registered >= '2013-01-01'",
         ncols=3),
    dict(db="student_transcripts_tracking", kind="aggregate",
         question="What are the earliest and latest transcript dates?",
         paraphrase="Show the first and the most recent transcript date.",
         query="SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="group",
         question="How many degree programs does each department offer? Show the department name and count.",
         paraphrase="Degree program counts per department, alongside the department name",
         query="SELECT d.department_name, COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_name",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="superlative",
         question="Which department offers the most degree programs?",
         paraphrase="Name of the department with the largest number of degree programs",
         query="SELECT d.department_name FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id, d.department_name ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Degree_Programs GROUP BY department_id ORDER BY COUNT(*) DESC", 1)),
    dict(db="student_transcripts_tracking", kind="superlative",
         question="Which semester had the most student enrolments? Give its name.",
         paraphrase="Semester name with the highest number of enrollments",
         query="SELECT s.semester_name FROM Student_Enrolment AS se JOIN Semesters AS s ON se.semester_id = s.semester_id GROUP BY s.semester_id, s.semester_name ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Student_Enrolment GROUP BY semester_id ORDER BY COUNT(*) DESC", 1)),
    dict(db="student_transcripts_tracking", kind="join",
         question="Show the first and last names of students whose permanent address is in Haiti.",
         paraphrase="Which students have a permanent home address in Haiti? Give first name and last name.",
         query="SELECT s.first_name, s.last_name FROM Students AS s JOIN Addresses AS a ON s.permanent_address_id = a.address_id WHERE a.country = 'Haiti'",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="set",
         question="Which students have never enrolled in a degree program? Give first and last names.",
         paraphrase="First and last names of students without any enrolment record",
         query="SELECT first_name, last_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="ratio",
         question="What percentage of degree programs are Bachelor's degrees?",
         paraphrase="Share of the degree programs that are at Bachelor level, as a percentage",
         query="SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="projection",
         question="Give each student's first name, last name and mobile number.",
         paraphrase="Show the first name, surname and cell phone number for every student.",
         query="SELECT first_name, last_name, cell_mobile_number FROM Students",
         ncols=3),

    # ---------------------------------------------------------------- voter_1
    dict(db="voter_1", kind="count",
         question="How many votes came from New York?",
         paraphrase="Number of votes cast in NY",
         query="SELECT COUNT(*) FROM VOTES WHERE state = 'NY'",
         ncols=1),
    dict(db="voter_1", kind="count",
         question="How many area codes does California have?",
         paraphrase="Count of the area codes that belong to CA",
         query="SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'CA'",
         ncols=1),
    dict(db="voter_1", kind="list",
         question="List all contestant names in alphabetical order.",
         paraphrase="Show the contestants' names sorted alphabetically.",
         query="SELECT contestant_name FROM CONTESTANTS ORDER BY contestant_name ASC",
         ncols=1),
    dict(db="voter_1", kind="filter-text",
         question="Show the number and name of contestants whose first name is Jessie.",
         paraphrase="Which contestants are called Jessie? Give contestant number and full name.",
         query="SELECT contestant_number, contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'",
         ncols=2),
    dict(db="voter_1", kind="filter-number",
         question="Which area codes are above 970, and which state is each one in?",
         paraphrase="List area codes greater than 970 together with their states.",
         query="SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 970",
         ncols=2),
    dict(db="voter_1", kind="aggregate",
         question="When were the first and last votes cast?",
         paraphrase="Earliest and latest vote timestamps",
         query="SELECT MIN(created), MAX(created) FROM VOTES",
         ncols=2),
    dict(db="voter_1", kind="group",
         question="Which states have more than 12 area codes? Show the state and the number of area codes.",
         paraphrase="List states with over twelve area codes, along with how many each has.",
         query="SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > 12",
         ncols=2),
    dict(db="voter_1", kind="superlative",
         question="Which state has the most area codes?",
         paraphrase="State with the largest number of area codes",
         query="SELECT state FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC", 1)),
    dict(db="voter_1", kind="join",
         question="Show the name of each contestant who received a vote, along with the state the vote came from.",
         paraphrase="For every vote, give the voted-for contestant's name and the voter's state.",
         query="SELECT c.contestant_name, v.state FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number",
         ncols=2),
    dict(db="voter_1", kind="set",
         question="Which contestants received votes from either New York or California?",
         paraphrase="Names of contestants who got at least one vote from NY or from CA",
         query="SELECT DISTINCT c.contestant_name FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE v.state = 'NY' OR v.state = 'CA'",
         ncols=1),
    dict(db="voter_1", kind="ratio",
         question="What percentage of contestants got at least one vote?",
         paraphrase="Share of contestants, in percent, who received any votes",
         query="SELECT 100.0 * COUNT(DISTINCT contestant_number) / (SELECT COUNT(*) FROM CONTESTANTS) FROM VOTES",
         ncols=1),
    dict(db="voter_1", kind="projection",
         question="Give each vote's phone number, state and time created.",
         paraphrase="Show the phone number, state and creation timestamp of every vote.",
         query="SELECT phone_number, state, created FROM VOTES",
         ncols=3),
]

# Questions asking for an attribute that no column holds, about entities that
# do exist in the data.
UNANSWERABLE = [
    dict(db_id="car_1", question="What was the sticker price of the ford torino?"),
    dict(db_id="car_1", question="What colour is the mazda glc?"),
    dict(db_id="course_teach", question="What salary does Lucy Wong earn?"),
    dict(db_id="dog_kennels", question="What colour is the dog named Kacey?"),
    dict(db_id="dog_kennels", question="What is the hourly rate of the veterinarian Vernice Tillman?"),
    dict(db_id="flight_2", question="What time does United Airlines flight 28 depart?"),
    dict(db_id="flight_2", question="How much is a ticket on the flights from APG to ASY?"),
    dict(db_id="network_1", question="What are the email addresses of the students in grade 12?"),
    dict(db_id="pets_1", question="What is the name of Linda Smith's cat?"),
    dict(db_id="real_estate_properties", question="Which agent is handling the sale of the property called park?"),
    dict(db_id="student_transcripts_tracking", question="What grade did each student get in the math course?"),
    dict(db_id="voter_1", question="How old is contestant Edwina Burnam?"),
]

# Entities referenced by the unanswerable questions must exist (sanity check).
UNANSWERABLE_ENTITY_CHECKS = [
    ("car_1", "SELECT 1 FROM car_names WHERE Make = 'ford torino'"),
    ("car_1", "SELECT 1 FROM car_names WHERE Make = 'mazda glc'"),
    ("course_teach", "SELECT 1 FROM teacher WHERE Name = 'Lucy Wong'"),
    ("dog_kennels", "SELECT 1 FROM Dogs WHERE name = 'Kacey'"),
    ("dog_kennels", "SELECT 1 FROM Professionals WHERE first_name = 'Vernice' AND last_name = 'Tillman' AND role_code = 'Veterenarian'"),
    ("flight_2", "SELECT 1 FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' AND f.FlightNo = 28"),
    ("flight_2", "SELECT 1 FROM flights WHERE TRIM(SourceAirport) = 'APG' AND TRIM(DestAirport) = 'ASY'"),
    ("network_1", "SELECT 1 FROM Highschooler WHERE grade = 12"),
    ("pets_1", "SELECT 1 FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE s.Fname = 'Linda' AND s.LName = 'Smith' AND p.PetType = 'cat'"),
    ("real_estate_properties", "SELECT 1 FROM Properties WHERE property_name = 'park'"),
    ("student_transcripts_tracking", "SELECT 1 FROM Courses WHERE course_name = 'math'"),
    ("voter_1", "SELECT 1 FROM CONTESTANTS WHERE contestant_name = 'Edwina Burnam'"),
]

UNANSWERABLE_MISSING = {  # (db, word that must not appear in any column name)
    0: ["price"], 1: ["colour", "color"], 2: ["salary", "wage"],
    3: ["colour", "color"], 4: ["rate", "salary", "wage"],
    5: ["time", "depart"], 6: ["price", "fare", "ticket"],
    7: ["email"], 8: ["name"],  # Pets table only; checked specially below
    9: ["agent"], 10: ["grade", "mark", "score"], 11: ["age", "birth"],
}


def connect(db):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    return sqlite3.connect("file:" + path + "?mode=ro", uri=True)


def columns_of(conn, tables=None):
    names = []
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        if tables and t not in tables:
            continue
        for row in conn.execute('PRAGMA table_info("%s")' % t):
            names.append(row[1].lower())
    return names


def main():
    failures = []
    conns = {db: connect(db) for db in DBS}

    # ---- structural checks
    if len(ITEMS) != 108:
        failures.append("expected 108 items, got %d" % len(ITEMS))
    per_db = collections.Counter(it["db"] for it in ITEMS)
    for db in DBS:
        if per_db[db] != 12:
            failures.append("%s has %d items, expected 12" % (db, per_db[db]))
    per_kind = collections.Counter(it["kind"] for it in ITEMS)
    for k in per_kind:
        if k not in KINDS:
            failures.append("unknown kind %s" % k)
    if per_kind and (max(per_kind.values()) - min(per_kind[k] for k in KINDS) > 1):
        failures.append("kinds not evenly spread: %s" % dict(per_kind))
    multi = sum(1 for it in ITEMS if it["ncols"] >= 2)
    if multi < 35:
        failures.append("only %d items ask for 2+ columns (need >= 35)" % multi)
    seen_q = set()
    for i, it in enumerate(ITEMS):
        for f in ("db", "kind", "question", "paraphrase", "query", "ncols"):
            if f not in it:
                failures.append("item %d missing %s" % (i, f))
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            failures.append("item %d: paraphrase identical to question" % i)
        key = it["question"].strip().lower()
        if key in seen_q:
            failures.append("item %d: duplicate question" % i)
        seen_q.add(key)
        needs_tie = it["kind"] == "superlative" or re.search(r"\bLIMIT\b", it["query"], re.I)
        if needs_tie and "tie" not in it:
            failures.append("item %d (%s): top-N/superlative query without a tie check" % (i, it["question"]))

    # ---- execution checks
    for i, it in enumerate(ITEMS):
        label = "item %d [%s/%s] %s" % (i, it["db"], it["kind"], it["question"])
        conn = conns[it["db"]]
        try:
            cur = conn.execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except Exception as e:  # noqa: BLE001
            failures.append("%s: query error: %s" % (label, e))
            continue
        if not rows:
            failures.append("%s: no rows returned" % label)
        elif not any(any(v is not None for v in r) for r in rows):
            failures.append("%s: all returned rows are NULL" % label)
        if ncols != it["ncols"]:
            failures.append("%s: %d columns, expected %d" % (label, ncols, it["ncols"]))
        if "tie" in it:
            tsql, n = it["tie"]
            try:
                vals = [r[0] for r in conn.execute(tsql).fetchall()]
            except Exception as e:  # noqa: BLE001
                failures.append("%s: tie query error: %s" % (label, e))
                continue
            if len(vals) < n:
                failures.append("%s: tie query returned fewer than N=%d rows" % (label, n))
            elif len(vals) > n and vals[n - 1] == vals[n]:
                failures.append("%s: tie at cut-off N=%d (value %r)" % (label, n, vals[n - 1]))
            if len(rows) != n:
                failures.append("%s: expected %d row(s) from top-N query, got %d" % (label, n, len(rows)))

    # ---- unanswerable checks
    if len(UNANSWERABLE) != 12:
        failures.append("expected 12 unanswerable questions, got %d" % len(UNANSWERABLE))
    for (db, sql) in UNANSWERABLE_ENTITY_CHECKS:
        if not conns[db].execute(sql).fetchall():
            failures.append("unanswerable entity missing in %s: %s" % (db, sql))
    for idx, words in UNANSWERABLE_MISSING.items():
        db = UNANSWERABLE[idx]["db_id"]
        tables = {"Pets"} if idx == 8 else None
        cols = columns_of(conns[db], tables)
        for w in words:
            if idx == 8:
                bad = [c for c in cols if c == w or c.endswith("_" + w) or c.startswith(w)]
            elif w == "age":
                bad = [c for c in cols if c == "age" or c.endswith("_age")]
            elif w == "rate":
                bad = [c for c in cols if "rate" in c and c != "date"]
            elif w == "grade":
                bad = [c for c in cols if "grade" in c]
            else:
                bad = [c for c in cols if w in c]
            if bad:
                failures.append("unanswerable %d (%s): column(s) %s might answer it" % (idx, db, bad))

    if failures:
        print("FAILED checks:")
        for f in failures:
            print("  -", f)
        sys.exit(1)

    out = [dict(db_id=it["db"], kind=it["kind"], question=it["question"],
                paraphrase=it["paraphrase"], query=it["query"]) for it in ITEMS]
    with open(os.path.join(HERE, "spider_v10_B.json"), "w") as fh:
        json.dump(out, fh, indent=2)
    with open(os.path.join(HERE, "spider_v10_B_unanswerable.json"), "w") as fh:
        json.dump(UNANSWERABLE, fh, indent=2)
    print("All checks passed: %d items, %d unanswerable." % (len(out), len(UNANSWERABLE)))
    print("Per kind:", dict(sorted(per_kind.items())))
    print("Items asking for 2+ columns:", multi)


if __name__ == "__main__":
    main()
