#!/usr/bin/env python3
"""Held-out Spider text-to-SQL eval set v18, half B (9 dev databases).

Every gold query is re-run against
/work/shared/eval/spider/database/<db>/<db>.sqlite.  Checks:
  * query runs, result is non-empty and not only NULLs
  * number of result columns == ncols
  * for queries with LIMIT: tie=(sql, N) where sql returns the ordering
    value(s) in the same order without LIMIT; row N must differ from row N+1
  * kind in the allowed set, >=10 kinds per database, 12 items per database
Only if every check passes are the JSON files written.
"""
import json
import os
import sqlite3
import sys
from collections import Counter, defaultdict

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1",
       "pets_1", "real_estate_properties", "student_transcripts_tracking", "voter_1"]

ITEMS = [
    # ------------------------------------------------------------------ car_1
    dict(db="car_1", kind="count",
         question="how many car makers are based in japan?",
         paraphrase="Number of Japanese car manufacturers",
         query="SELECT COUNT(*) FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'",
         ncols=1),
    dict(db="car_1", kind="list",
         question="list all continents",
         paraphrase="what continents do we have in the data?",
         query="SELECT Continent FROM continents",
         ncols=1),
    dict(db="car_1", kind="filter-text",
         question="Pull up all the Chevrolet car names",
         paraphrase="every distinct make name filed under the chevrolet model",
         query="SELECT DISTINCT Make FROM car_names WHERE Model = 'chevrolet'",
         ncols=1),
    dict(db="car_1", kind="filter-number",
         question="cars with over 200 hp - give me the name and the year",
         paraphrase="Which cars have horsepower greater than 200? Show car name and model year.",
         query="SELECT cn.Make, cd.Year FROM cars_data AS cd JOIN car_names AS cn ON cd.Id = cn.MakeId WHERE CAST(cd.Horsepower AS INTEGER) > 200",
         ncols=2),
    dict(db="car_1", kind="aggregate",
         question="whats the average mpg for 4 cylinder cars",
         paraphrase="Mean fuel economy (miles per gallon) of cars with four cylinders",
         query="SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Cylinders = 4 AND MPG <> 'null'",
         ncols=1),
    dict(db="car_1", kind="group",
         question="nubmer of cars per model year",
         paraphrase="For each year, how many cars are in the data?",
         query="SELECT Year, COUNT(*) FROM cars_data GROUP BY Year",
         ncols=2),
    dict(db="car_1", kind="superlative",
         question="Which car is the heaviest? I need the name and its weight",
         paraphrase="Tell me the name and weight of the car that weighs the most",
         query="SELECT cn.Make, cd.Weight FROM cars_data AS cd JOIN car_names AS cn ON cd.Id = cn.MakeId ORDER BY cd.Weight DESC LIMIT 1",
         ncols=2,
         tie=("SELECT cd.Weight FROM cars_data AS cd JOIN car_names AS cn ON cd.Id = cn.MakeId ORDER BY cd.Weight DESC", 1)),
    dict(db="car_1", kind="join",
         question="full names of all the car makers along with the country they're from",
         paraphrase="Show each car maker's full name and the name of its country",
         query="SELECT cm.FullName, c.CountryName FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId",
         ncols=2),
    dict(db="car_1", kind="set",
         question="Which countries don't have any car makers?",
         paraphrase="countries with zero car manufacturers",
         query="SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Country FROM car_makers)",
         ncols=1),
    dict(db="car_1", kind="ratio",
         question="what % of cars have 8 cylinders?",
         paraphrase="Share of all cars that are eight-cylinder, as a percentage",
         query="SELECT 100.0 * SUM(CASE WHEN Cylinders = 8 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data",
         ncols=1),
    dict(db="car_1", kind="projection",
         question="maker short names and full names for every car maker",
         paraphrase="Give me the maker and full name columns of all car makers",
         query="SELECT Maker, FullName FROM car_makers",
         ncols=2),
    dict(db="car_1", kind="group",
         question="I want to see how many car makers there are on each continent",
         paraphrase="car maker count by continent",
         query="SELECT co.Continent, COUNT(*) FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId JOIN continents AS co ON c.Continent = co.ContId GROUP BY co.Continent",
         ncols=2),

    # ----------------------------------------------------------- course_teach
    dict(db="course_teach", kind="count",
         question="how many teachers do we have",
         paraphrase="Total number of teachers",
         query="SELECT COUNT(*) FROM teacher",
         ncols=1),
    dict(db="course_teach", kind="list",
         question="List all the course names.",
         paraphrase="what courses are there?",
         query="SELECT Course FROM course",
         ncols=1),
    dict(db="course_teach", kind="filter-text",
         question="which teachers come from an Urban District?",
         paraphrase="Names of teachers whose hometown is some Urban District",
         query="SELECT Name FROM teacher WHERE Hometown LIKE '%Urban District%'",
         ncols=1),
    dict(db="course_teach", kind="filter-number",
         question="teachers older than 35 - name and age pls",
         paraphrase="Show the name and age of every teacher over 35 years old",
         query="SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35",
         ncols=2),
    dict(db="course_teach", kind="aggregate",
         question="What's the average age of our teachers?",
         paraphrase="mean teacher age",
         query="SELECT AVG(CAST(Age AS REAL)) FROM teacher",
         ncols=1),
    dict(db="course_teach", kind="group",
         question="Give me each teacher's name and how many courses they're arranged to teach",
         paraphrase="number of course assignments per teacher, by teacher name",
         query="SELECT t.Name, COUNT(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Name",
         ncols=2),
    dict(db="course_teach", kind="superlative",
         question="who is the youngest teacher",
         paraphrase="Name of the teacher with the lowest age",
         query="SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1",
         ncols=1,
         tie=("SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) ASC", 1)),
    dict(db="course_teach", kind="join",
         question="Show teacher names with the courses they teach",
         paraphrase="which course does each teacher teach? teacher name and course name",
         query="SELECT t.Name, c.Course FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID",
         ncols=2),
    dict(db="course_teach", kind="set",
         question="teachers who aren't assigned to any course",
         paraphrase="Which teachers have no course arrangement at all? Names only.",
         query="SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)",
         ncols=1),
    dict(db="course_teach", kind="ratio",
         question="What percentage of teachers are actually teaching at least one course?",
         paraphrase="share of teachers with a course arrangement, in percent",
         query="SELECT 100.0 * COUNT(DISTINCT Teacher_ID) / (SELECT COUNT(*) FROM teacher) FROM course_arrange",
         ncols=1),
    dict(db="course_teach", kind="projection",
         question="course names and their starting dates",
         paraphrase="For every course show the course and the date it starts",
         query="SELECT Course, Staring_Date FROM course",
         ncols=2),
    dict(db="course_teach", kind="filter-text",
         question="tell me Kearsley Brown's hometown",
         paraphrase="Where is the teacher Kearsley Brown from?",
         query="SELECT Hometown FROM teacher WHERE Name = 'Kearsley Brown'",
         ncols=1),

    # ------------------------------------------------------------ dog_kennels
    dict(db="dog_kennels", kind="count",
         question="How many dogs were abandoned?",
         paraphrase="number of dogs flagged as abandoned",
         query="SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'",
         ncols=1),
    dict(db="dog_kennels", kind="list",
         question="breed names",
         paraphrase="What dog breeds are on file?",
         query="SELECT breed_name FROM Breeds",
         ncols=1),
    dict(db="dog_kennels", kind="filter-text",
         question="owners living in North Dakota, first and last name",
         paraphrase="Which owners are in the state of North Dakota? Give their first and last names.",
         query="SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'",
         ncols=2),
    dict(db="dog_kennels", kind="filter-number",
         question="pull up treatments that cost more than $600 - id, date and cost",
         paraphrase="Treatments whose cost is above 600: show treatment id, treatment date and cost",
         query="SELECT treatment_id, date_of_treatment, cost_of_treatment FROM Treatments WHERE cost_of_treatment > 600",
         ncols=3),
    dict(db="dog_kennels", kind="aggregate",
         question="What's the total amount spent on treatments?",
         paraphrase="sum of all treatment costs",
         query="SELECT SUM(cost_of_treatment) FROM Treatments",
         ncols=1),
    dict(db="dog_kennels", kind="group",
         question="number of dogs per size",
         paraphrase="How many dogs are small, medium and large? Count by size description.",
         query="SELECT s.size_description, COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code GROUP BY s.size_description",
         ncols=2),
    dict(db="dog_kennels", kind="superlative",
         question="Which professional has done the most treatments? first and last name",
         paraphrase="give me the first and last name of the professional with the highest number of treatments",
         query="SELECT p.first_name, p.last_name FROM Treatments AS t JOIN Professionals AS p ON t.professional_id = p.professional_id GROUP BY t.professional_id ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT COUNT(*) FROM Treatments AS t JOIN Professionals AS p ON t.professional_id = p.professional_id GROUP BY t.professional_id ORDER BY COUNT(*) DESC", 1)),
    dict(db="dog_kennels", kind="join",
         question="I want to see each dog's name alongside its owner's first and last name",
         paraphrase="dog names with the first name and last name of the owner",
         query="SELECT d.name, o.first_name, o.last_name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id",
         ncols=3),
    dict(db="dog_kennels", kind="set",
         question="professionals who havent done any treatments - first name and role",
         paraphrase="Show the first name and role code of professionals with no treatments on record",
         query="SELECT first_name, role_code FROM Professionals WHERE professional_id NOT IN (SELECT professional_id FROM Treatments)",
         ncols=2),
    dict(db="dog_kennels", kind="ratio",
         question="what percent of the dogs are bulldogs?",
         paraphrase="Bulldogs as a percentage of all dogs",
         query="SELECT 100.0 * SUM(CASE WHEN b.breed_name = 'Bulldog' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code",
         ncols=1),
    dict(db="dog_kennels", kind="projection",
         question="Name, age and weight of every dog",
         paraphrase="list all dogs showing their name, age and weight",
         query="SELECT name, age, weight FROM Dogs",
         ncols=3),
    dict(db="dog_kennels", kind="aggregate",
         question="average cost of a vacination?",
         paraphrase="What do vaccination treatments cost on average?",
         query="SELECT AVG(t.cost_of_treatment) FROM Treatments AS t JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Vaccination'",
         ncols=1),

    # --------------------------------------------------------------- flight_2
    dict(db="flight_2", kind="count",
         question="how many flights does JetBlue run?",
         paraphrase="Number of flights operated by JetBlue Airways",
         query="SELECT COUNT(*) FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'JetBlue Airways'",
         ncols=1),
    dict(db="flight_2", kind="list",
         question="List every airline name.",
         paraphrase="what airlines are in the system",
         query="SELECT Airline FROM airlines",
         ncols=1),
    dict(db="flight_2", kind="filter-text",
         question="airpots in Anchorage - code and name",
         paraphrase="Which airports are located in the city of Anchorage? Give airport code and airport name.",
         query="SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Anchorage'",
         ncols=2),
    dict(db="flight_2", kind="filter-number",
         question="show me the flights numbered above 1500 with the airline name and flight number",
         paraphrase="Airline name and flight number for every flight whose number is greater than 1500",
         query="SELECT a.Airline, f.FlightNo FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE f.FlightNo > 1500",
         ncols=2),
    dict(db="flight_2", kind="aggregate",
         question="What are the lowest and highest flight numbers?",
         paraphrase="min and max flight no across all flights",
         query="SELECT MIN(FlightNo), MAX(FlightNo) FROM flights",
         ncols=2),
    dict(db="flight_2", kind="group",
         question="cities with more than 2 airports and how many each has",
         paraphrase="For each city having over two airports, show the city and its airport count",
         query="SELECT City, COUNT(*) FROM airports GROUP BY City HAVING COUNT(*) > 2",
         ncols=2),
    dict(db="flight_2", kind="superlative",
         question="Which city has the most airports?",
         paraphrase="the city with the largest number of airports",
         query="SELECT City FROM airports GROUP BY City ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM airports GROUP BY City ORDER BY COUNT(*) DESC", 1)),
    dict(db="flight_2", kind="join",
         question="what airlines fly out of APG",
         paraphrase="Names of the airlines that have departures from airport APG",
         query="SELECT DISTINCT a.Airline FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'APG'",
         ncols=1),
    dict(db="flight_2", kind="set",
         question="Give me the airlines that have departures from both APG and CVO",
         paraphrase="which airlines fly out of APG and also out of CVO?",
         query="SELECT a.Airline FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'APG' INTERSECT SELECT a.Airline FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE TRIM(f.SourceAirport) = 'CVO'",
         ncols=1),
    dict(db="flight_2", kind="ratio",
         question="what percentage of flights land in Anchorage?",
         paraphrase="Share of all flights whose destination airport is in Anchorage, as a percent",
         query="SELECT 100.0 * SUM(CASE WHEN TRIM(f.DestAirport) IN (SELECT TRIM(AirportCode) FROM airports WHERE TRIM(City) = 'Anchorage') THEN 1 ELSE 0 END) / COUNT(*) FROM flights AS f",
         ncols=1),
    dict(db="flight_2", kind="projection",
         question="airline, abbreviation and country for all airlines",
         paraphrase="Show every airline with its abbreviation and country",
         query="SELECT Airline, Abbreviation, Country FROM airlines",
         ncols=3),
    dict(db="flight_2", kind="count",
         question="How many airports does Albany have?",
         paraphrase="number of airports in the city of Albany",
         query="SELECT COUNT(*) FROM airports WHERE TRIM(City) = 'Albany'",
         ncols=1),

    # -------------------------------------------------------------- network_1
    dict(db="network_1", kind="count",
         question="how many 10th graders are there?",
         paraphrase="Number of high schoolers in grade 10",
         query="SELECT COUNT(*) FROM Highschooler WHERE grade = 10",
         ncols=1),
    dict(db="network_1", kind="list",
         question="List every highschooler's name",
         paraphrase="names of all the high school students",
         query="SELECT name FROM Highschooler",
         ncols=1),
    dict(db="network_1", kind="filter-text",
         question="what grade is Kyle in",
         paraphrase="Tell me Kyle's grade",
         query="SELECT grade FROM Highschooler WHERE name = 'Kyle'",
         ncols=1),
    dict(db="network_1", kind="filter-number",
         question="Students in grade 11 and up, with name and grade",
         paraphrase="show names and grades of high schoolers whose grade is at least 11",
         query="SELECT name, grade FROM Highschooler WHERE grade >= 11",
         ncols=2),
    dict(db="network_1", kind="aggregate",
         question="average grade of all the highschoolers",
         paraphrase="What is the mean grade level across students?",
         query="SELECT AVG(grade) FROM Highschooler",
         ncols=1),
    dict(db="network_1", kind="group",
         question="how many students are in each grade",
         paraphrase="Student count per grade",
         query="SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade",
         ncols=2),
    dict(db="network_1", kind="superlative",
         question="Which grade has the most students who like somebody?",
         paraphrase="grade with the highest number of likes given by its students",
         query="SELECT h.grade FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID GROUP BY h.grade ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID GROUP BY h.grade ORDER BY COUNT(*) DESC", 1)),
    dict(db="network_1", kind="join",
         question="who likes who? give me both names",
         paraphrase="For every like, show the name of the student who likes and the name of the student they like",
         query="SELECT a.name, b.name FROM Likes AS l JOIN Highschooler AS a ON l.student_id = a.ID JOIN Highschooler AS b ON l.liked_id = b.ID",
         ncols=2),
    dict(db="network_1", kind="set",
         question="students that nobody likes",
         paraphrase="Names of high schoolers who are not liked by anyone",
         query="SELECT name FROM Highschooler WHERE ID NOT IN (SELECT liked_id FROM Likes)",
         ncols=1),
    dict(db="network_1", kind="ratio",
         question="What % of students like someone?",
         paraphrase="percentage of high schoolers who have liked at least one other student",
         query="SELECT 100.0 * COUNT(DISTINCT student_id) / (SELECT COUNT(*) FROM Highschooler) FROM Likes",
         ncols=1),
    dict(db="network_1", kind="projection",
         question="ID, name and grade of all the students",
         paraphrase="Show me every high schooler's id, name and grade",
         query="SELECT ID, name, grade FROM Highschooler",
         ncols=3),
    dict(db="network_1", kind="join",
         question="who does Andrew like?",
         paraphrase="Name of the student(s) Andrew likes",
         query="SELECT b.name FROM Likes AS l JOIN Highschooler AS a ON l.student_id = a.ID JOIN Highschooler AS b ON l.liked_id = b.ID WHERE a.name = 'Andrew'",
         ncols=1),

    # ----------------------------------------------------------------- pets_1
    dict(db="pets_1", kind="count",
         question="How many dogs are there?",
         paraphrase="number of pets that are dogs",
         query="SELECT COUNT(*) FROM Pets WHERE PetType = 'dog'",
         ncols=1),
    dict(db="pets_1", kind="list",
         question="what kinds of pets are there",
         paraphrase="List the distinct pet types.",
         query="SELECT DISTINCT PetType FROM Pets",
         ncols=1),
    dict(db="pets_1", kind="filter-text",
         question="studnets from HKG, first and last names",
         paraphrase="Give me the first name and last name of students whose city code is HKG",
         query="SELECT Fname, LName FROM Student WHERE city_code = 'HKG'",
         ncols=2),
    dict(db="pets_1", kind="filter-number",
         question="Students older than 22: first name, last name and age",
         paraphrase="who's over 22? show their first and last name plus age",
         query="SELECT Fname, LName, Age FROM Student WHERE Age > 22",
         ncols=3),
    dict(db="pets_1", kind="aggregate",
         question="avg and max student age",
         paraphrase="What are the average age and the oldest age among students?",
         query="SELECT AVG(Age), MAX(Age) FROM Student",
         ncols=2),
    dict(db="pets_1", kind="group",
         question="number of students in each major",
         paraphrase="How many students does every major have?",
         query="SELECT Major, COUNT(*) FROM Student GROUP BY Major",
         ncols=2),
    dict(db="pets_1", kind="superlative",
         question="What's the heaviest pet? type and weight",
         paraphrase="type and weight of the pet that weighs the most",
         query="SELECT PetType, weight FROM Pets ORDER BY weight DESC LIMIT 1",
         ncols=2,
         tie=("SELECT weight FROM Pets ORDER BY weight DESC", 1)),
    dict(db="pets_1", kind="join",
         question="first names of students who own a dog",
         paraphrase="Which students have a dog? Just their first names.",
         query="SELECT DISTINCT s.Fname FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'",
         ncols=1),
    dict(db="pets_1", kind="set",
         question="I want to see students who don't have any pets - first and last name",
         paraphrase="first and last names of students without a pet",
         query="SELECT Fname, LName FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)",
         ncols=2),
    dict(db="pets_1", kind="ratio",
         question="what percentage of students are female",
         paraphrase="Share of students whose sex is F, in percent",
         query="SELECT 100.0 * SUM(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / COUNT(*) FROM Student",
         ncols=1),
    dict(db="pets_1", kind="projection",
         question="each pet's type, age and weight",
         paraphrase="Show pet type, pet age and weight for all pets",
         query="SELECT PetType, pet_age, weight FROM Pets",
         ncols=3),
    dict(db="pets_1", kind="filter-number",
         question="pets younger than 3 yrs - id and type",
         paraphrase="Which pets are under three years old? Give pet id and pet type.",
         query="SELECT PetID, PetType FROM Pets WHERE pet_age < 3",
         ncols=2),

    # -------------------------------------------------- real_estate_properties
    dict(db="real_estate_properties", kind="count",
         question="how many apartments are listed?",
         paraphrase="Number of properties whose type is Apartment",
         query="SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'",
         ncols=1),
    dict(db="real_estate_properties", kind="list",
         question="Property names",
         paraphrase="list the names of all properties",
         query="SELECT property_name FROM Properties",
         ncols=1),
    dict(db="real_estate_properties", kind="filter-text",
         question="which properties are shops? name and address",
         paraphrase="Give me the name and address of every property of type Shop",
         query="SELECT property_name, property_address FROM Properties WHERE property_type_code = 'Shop'",
         ncols=2),
    dict(db="real_estate_properties", kind="filter-number",
         question="Propertys with more than 7 rooms, with the room count",
         paraphrase="show property name and number of rooms where rooms exceed seven",
         query="SELECT property_name, room_count FROM Properties WHERE room_count > 7",
         ncols=2),
    dict(db="real_estate_properties", kind="aggregate",
         question="what's the average agreed selling price across all properties",
         paraphrase="Mean agreed sale price of the properties",
         query="SELECT AVG(agreed_selling_price) FROM Properties",
         ncols=1),
    dict(db="real_estate_properties", kind="group",
         question="property count by type description",
         paraphrase="How many properties are there for each property type? Use the type description.",
         query="SELECT rpt.property_type_description, COUNT(*) FROM Properties AS p JOIN Ref_Property_Types AS rpt ON p.property_type_code = rpt.property_type_code GROUP BY rpt.property_type_description",
         ncols=2),
    dict(db="real_estate_properties", kind="superlative",
         question="Which property sold for the most? name and agreed price",
         paraphrase="name and agreed selling price of the property with the highest agreed price",
         query="SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1",
         ncols=2,
         tie=("SELECT agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC", 1)),
    dict(db="real_estate_properties", kind="join",
         question="property names and the features they have",
         paraphrase="For each property, list its name together with the names of its extra features",
         query="SELECT DISTINCT p.property_name, oaf.feature_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS oaf ON opf.feature_id = oaf.feature_id",
         ncols=2),
    dict(db="real_estate_properties", kind="set",
         question="Properties with no extra features listed",
         paraphrase="names of properties that don't appear in the other property features",
         query="SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)",
         ncols=1),
    dict(db="real_estate_properties", kind="ratio",
         question="what % of properties got a buyer offer above the asking price?",
         paraphrase="Percentage of properties where the buyer offered price exceeds the vendor requested price",
         query="SELECT 100.0 * SUM(CASE WHEN buyer_offered_price > vendor_requested_price THEN 1 ELSE 0 END) / COUNT(*) FROM Properties",
         ncols=1),
    dict(db="real_estate_properties", kind="projection",
         question="give me name, asking price and offered price for each property",
         paraphrase="Every property's name, vendor requested price and buyer offered price",
         query="SELECT property_name, vendor_requested_price, buyer_offered_price FROM Properties",
         ncols=3),
    dict(db="real_estate_properties", kind="set",
         question="Which properties have both air con and a pool?",
         paraphrase="names of properties that feature AirCon as well as Pool",
         query="SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS oaf ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'AirCon' INTERSECT SELECT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS oaf ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'Pool'",
         ncols=1),

    # ------------------------------------------- student_transcripts_tracking
    dict(db="student_transcripts_tracking", kind="count",
         question="how many students have enrolled at least once?",
         paraphrase="Number of distinct students with any enrolment record",
         query="SELECT COUNT(DISTINCT student_id) FROM Student_Enrolment",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="list",
         question="List all course names",
         paraphrase="what are the names of the courses",
         query="SELECT course_name FROM Courses",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="filter-text",
         question="which semesters are spring semesters",
         paraphrase="Semester names that start with 'spring'",
         query="SELECT semester_name FROM Semesters WHERE semester_name LIKE 'spring%'",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="filter-number",
         question="Students who first registered in 2005 or later - first name, last name and registration date",
         paraphrase="show first and last name and first-registration date for students registered on or after 1 Jan 2005",
         query="SELECT first_name, last_name, date_first_registered FROM Students WHERE date_first_registered >= '2005-01-01'",
         ncols=3),
    dict(db="student_transcripts_tracking", kind="aggregate",
         question="earliest and latest transcript dates",
         paraphrase="What's the first and the most recent transcript date?",
         query="SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="group",
         question="Number of degree programs per department",
         paraphrase="how many degree programs does each department offer? show department name and count",
         query="SELECT d.department_name, COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_name",
         ncols=2),
    dict(db="student_transcripts_tracking", kind="superlative",
         question="which department has the most degree programs?",
         paraphrase="Name of the department offering the largest number of degree programs",
         query="SELECT d.department_name FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id GROUP BY d.department_id ORDER BY COUNT(*) DESC", 1)),
    dict(db="student_transcripts_tracking", kind="join",
         question="I want to see students' first and last names with the city of their current address",
         paraphrase="student first name, last name and current address city",
         query="SELECT s.first_name, s.last_name, a.city FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id",
         ncols=3),
    dict(db="student_transcripts_tracking", kind="set",
         question="courses no one has enrolled in",
         paraphrase="Which course names never show up in any student's enrolment?",
         query="SELECT course_name FROM Courses WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="ratio",
         question="What % of degree programs are bachelor's?",
         paraphrase="percentage of degree programs whose summary name is Bachelor",
         query="SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Bachelor' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs",
         ncols=1),
    dict(db="student_transcripts_tracking", kind="projection",
         question="first, middle and last name of every student",
         paraphrase="Show all students' first names, middle names and last names",
         query="SELECT first_name, middle_name, last_name FROM Students",
         ncols=3),
    dict(db="student_transcripts_tracking", kind="list",
         question="semester names",
         paraphrase="list the names of all semesters",
         query="SELECT semester_name FROM Semesters",
         ncols=1),

    # ---------------------------------------------------------------- voter_1
    dict(db="voter_1", kind="count",
         question="how many votes have been cast?",
         paraphrase="Total number of votes recorded",
         query="SELECT COUNT(*) FROM VOTES",
         ncols=1),
    dict(db="voter_1", kind="list",
         question="List the contestant names.",
         paraphrase="who are the contestants",
         query="SELECT contestant_name FROM CONTESTANTS",
         ncols=1),
    dict(db="voter_1", kind="filter-text",
         question="area codes in Texas",
         paraphrase="Which area codes belong to the state TX?",
         query="SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'",
         ncols=1),
    dict(db="voter_1", kind="filter-number",
         question="Area codes above 900 and their states",
         paraphrase="show every area code greater than 900 with the state it's in",
         query="SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900",
         ncols=2),
    dict(db="voter_1", kind="aggregate",
         question="whats the highest and lowest area code",
         paraphrase="Max and min area code values",
         query="SELECT MAX(area_code), MIN(area_code) FROM AREA_CODE_STATE",
         ncols=2),
    dict(db="voter_1", kind="group",
         question="states with more than 12 area codes, and how many they have",
         paraphrase="For each state that has over twelve area codes, show the state and its number of area codes",
         query="SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state HAVING COUNT(*) > 12",
         ncols=2),
    dict(db="voter_1", kind="superlative",
         question="Which state has the most area codes?",
         paraphrase="the state with the largest count of area codes",
         query="SELECT state FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC", 1)),
    dict(db="voter_1", kind="join",
         question="names of contestants who got votes from NY",
         paraphrase="Which contestants received at least one vote from New York state?",
         query="SELECT DISTINCT c.contestant_name FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number WHERE v.state = 'NY'",
         ncols=1),
    dict(db="voter_1", kind="set",
         question="Contestants that didn't recieve any votes",
         paraphrase="names of contestants with zero votes",
         query="SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)",
         ncols=1),
    dict(db="voter_1", kind="ratio",
         question="what percentage of votes came from NY?",
         paraphrase="Share of all votes cast from the state of New York, as a percent",
         query="SELECT 100.0 * SUM(CASE WHEN state = 'NY' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES",
         ncols=1),
    dict(db="voter_1", kind="projection",
         question="contestant number and name for everyone",
         paraphrase="Show the number and the name of each contestant",
         query="SELECT contestant_number, contestant_name FROM CONTESTANTS",
         ncols=2),
    dict(db="voter_1", kind="superlative",
         question="who got the most votes",
         paraphrase="Name of the contestant with the highest vote count",
         query="SELECT c.contestant_name FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number GROUP BY c.contestant_number ORDER BY COUNT(*) DESC LIMIT 1",
         ncols=1,
         tie=("SELECT COUNT(*) FROM CONTESTANTS AS c JOIN VOTES AS v ON c.contestant_number = v.contestant_number GROUP BY c.contestant_number ORDER BY COUNT(*) DESC", 1)),
]

UNANSWERABLE = [
    dict(db="car_1", question="what's the sticker price of the ford torino?"),
    dict(db="car_1", question="Which colors does the toyota corolla come in?"),
    dict(db="course_teach", question="how much salary does Lucy Wong make"),
    dict(db="dog_kennels", question="What color is the dog Kacey?"),
    dict(db="dog_kennels", question="when does Hipolito's rabies vaccination expire"),
    dict(db="flight_2", question="departure time of United flight 28"),
    dict(db="flight_2", question="What's the ticket price for flights from APG to ASY?"),
    dict(db="network_1", question="what's Kyle's GPA?"),
    dict(db="pets_1", question="What is the name of Linda Smith's cat?"),
    dict(db="real_estate_properties", question="square footage of the property called park"),
    dict(db="student_transcripts_tracking", question="What grade did Timmothy Ward get in math?"),
    dict(db="voter_1", question="how old is contestant Edwina Burnam"),
]


def db_path(db):
    return os.path.join(DB_ROOT, db, db + ".sqlite")


def run(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db_path(db), uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        ncols = len(cur.description)
    finally:
        con.close()
    return rows, ncols


def main():
    errors = []
    verbose = "-v" in sys.argv
    seen_q = set()
    for i, it in enumerate(ITEMS):
        tag = "#%d %s/%s: %s" % (i, it["db"], it["kind"], it["question"])
        if it["db"] not in DBS:
            errors.append(tag + " unknown db")
        if it["kind"] not in KINDS:
            errors.append(tag + " unknown kind")
        if not it.get("paraphrase") or it["paraphrase"].strip().lower() == it["question"].strip().lower():
            errors.append(tag + " missing/identical paraphrase")
        for q in (it["question"], it["paraphrase"]):
            if q.lower() in seen_q:
                errors.append(tag + " duplicate question text: " + q)
            seen_q.add(q.lower())
        try:
            rows, ncols = run(it["db"], it["query"])
        except Exception as e:  # noqa
            errors.append(tag + " SQL error: %s" % e)
            continue
        if not rows:
            errors.append(tag + " empty result")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(tag + " all-NULL result")
        if ncols != it["ncols"]:
            errors.append(tag + " ncols %d != declared %d" % (ncols, it["ncols"]))
        has_limit = " LIMIT " in it["query"].upper()
        if has_limit and "tie" not in it:
            errors.append(tag + " LIMIT without tie check")
        if "tie" in it:
            tsql, n = it["tie"]
            try:
                trows, _ = run(it["db"], tsql)
            except Exception as e:  # noqa
                errors.append(tag + " tie SQL error: %s" % e)
                continue
            if len(trows) < n:
                errors.append(tag + " tie query returns fewer than %d rows" % n)
            elif len(trows) > n and trows[n - 1] == trows[n]:
                errors.append(tag + " TIE at row %d: %r" % (n, trows[n - 1]))
            if len(rows) != n:
                errors.append(tag + " LIMIT result has %d rows, expected %d" % (len(rows), n))
        if verbose:
            print(tag)
            print("   ", rows[:6], "..." if len(rows) > 6 else "", "(%d rows)" % len(rows))

    per_db = defaultdict(list)
    for it in ITEMS:
        per_db[it["db"]].append(it["kind"])
    for db in DBS:
        ks = per_db.get(db, [])
        if len(ks) != 12:
            errors.append("%s has %d items, expected 12" % (db, len(ks)))
        if len(set(ks)) < 10:
            errors.append("%s covers only %d kinds" % (db, len(set(ks))))

    if len(UNANSWERABLE) != 12:
        errors.append("expected 12 unanswerable, got %d" % len(UNANSWERABLE))
    for u in UNANSWERABLE:
        if u["db"] not in DBS:
            errors.append("unanswerable with unknown db: %r" % u)

    if errors:
        print("FAILED %d checks:" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)

    out = [dict(question=it["question"], db_id=it["db"], query=it["query"],
                paraphrase=it["paraphrase"], kind=it["kind"]) for it in ITEMS]
    unans = [dict(question=u["question"], db_id=u["db"], query="") for u in UNANSWERABLE]
    with open(os.path.join(OUT_DIR, "spider_v18_B.json"), "w") as f:
        json.dump(out, f, indent=2)
    with open(os.path.join(OUT_DIR, "spider_v18_B_unanswerable.json"), "w") as f:
        json.dump(unans, f, indent=2)

    kc = Counter(it["kind"] for it in ITEMS)
    multi = sum(1 for it in ITEMS if it["ncols"] >= 2)
    print("OK: %d items, %d unanswerable" % (len(ITEMS), len(UNANSWERABLE)))
    print("kinds:", ", ".join("%s=%d" % (k, kc[k]) for k in KINDS))
    print("2+ column questions:", multi)
    for db in DBS:
        print("  %-30s %d items, %d kinds" % (db, len(per_db[db]), len(set(per_db[db]))))


if __name__ == "__main__":
    main()
