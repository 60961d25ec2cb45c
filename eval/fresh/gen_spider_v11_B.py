#!/usr/bin/env python3
"""Generate the held-out Spider-style evaluation set spider_v11_B.

Items are held as data below. Every gold query is executed against its SQLite
database and checked:
  * it runs and returns >= 1 row, at least one of which is not all NULLs;
  * the number of result columns equals the stated expected count;
  * top-N / superlative queries have no tie at the cut-off (checked with an
    extra ranking query per item: value at position N != value at N+1).
Plus structural checks (12 items per db, kinds balanced, >= 35 multi-column
questions, paraphrase differs from question, unanswerable set well-formed).

Output files (spider_v11_B.json, spider_v11_B_unanswerable.json) are written
beside this script only when every check passes; otherwise failures are
printed and the script exits with status 1.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1",
       "pets_1", "real_estate_properties", "student_transcripts_tracking",
       "voter_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]


def I(db, kind, question, paraphrase, query, cols, tie=None):
    """One item. cols = expected number of result columns.
    tie = (N, ranking_sql): ranking_sql returns the ranking value (first
    column) in the same order the gold query ranks by."""
    return dict(db_id=db, kind=kind, question=question, paraphrase=paraphrase,
                query=" ".join(query.split()), cols=cols, tie=tie)


ITEMS = [
    # ------------------------------------------------------------------ car_1
    I("car_1", "count",
      "How many car makers are based in Japan?",
      "What's the number of Japanese automakers on record?",
      """SELECT COUNT(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId
         WHERE c.CountryName = 'japan'""", 1),
    I("car_1", "list",
      "List the full names of all car makers in alphabetical order.",
      "Give me every automaker's complete company name, sorted A to Z.",
      "SELECT FullName FROM car_makers ORDER BY FullName", 1),
    I("car_1", "filter-text",
      "wich cars are diesels? just the car names",
      "Show the names of all cars whose name mentions diesel.",
      "SELECT Make FROM car_names WHERE Make LIKE '%diesel%'", 1),
    I("car_1", "filter-number",
      "Show the name and weight of every car weighing under 1800 pounds.",
      "Which cars come in lighter than 1800 lbs? Give their names and weights.",
      """SELECT n.Make, d.Weight FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId
         WHERE d.Weight < 1800""", 2),
    I("car_1", "aggregate",
      "What's the average horsepower of 8-cylinder cars?",
      "On average, how much horsepower do cars with eight cylinders have?",
      """SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data
         WHERE Cylinders = 8 AND Horsepower <> 'null'""", 1),
    I("car_1", "group",
      "number of cars by cylinder count",
      "For each number of cylinders, how many cars are there?",
      "SELECT Cylinders, COUNT(*) FROM cars_data GROUP BY Cylinders", 2),
    I("car_1", "superlative",
      "Which car maker has the most models? Show its full name and how many models it has.",
      "Name the automaker offering the largest number of models, along with that model count.",
      """SELECT m.FullName, COUNT(*) FROM model_list AS l JOIN car_makers AS m ON l.Maker = m.Id
         GROUP BY m.Id ORDER BY COUNT(*) DESC LIMIT 1""", 2,
      (1, """SELECT COUNT(*) FROM model_list AS l JOIN car_makers AS m ON l.Maker = m.Id
             GROUP BY m.Id ORDER BY COUNT(*) DESC""")),
    I("car_1", "join",
      "List the full names of European car makers along with their country.",
      "For every automaker based in Europe, show its full name and the country it comes from.",
      """SELECT m.FullName, c.CountryName FROM car_makers AS m
         JOIN countries AS c ON m.Country = c.CountryId
         JOIN continents AS ct ON c.Continent = ct.ContId
         WHERE ct.Continent = 'europe'""", 2),
    I("car_1", "set",
      "Which countries don't have any car makers?",
      "Show the countries where no automaker is based.",
      """SELECT CountryName FROM countries
         EXCEPT
         SELECT c.CountryName FROM countries AS c JOIN car_makers AS m ON c.CountryId = m.Country""", 1),
    I("car_1", "ratio",
      "What percentage of cars have 4 cylinders?",
      "Out of all cars, what share are four-cylinder models, expressed as a percent?",
      """SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data""", 1),
    I("car_1", "projection",
      "Show me each car maker's short name and full name.",
      "Give the maker name together with the complete company name for every automaker.",
      "SELECT Maker, FullName FROM car_makers", 2),
    I("car_1", "projection",
      "give the name, model year and cylinder count of every car",
      "For all cars, list the car name, the year it was made, and how many cylinders it has.",
      """SELECT n.Make, d.Year, d.Cylinders FROM car_names AS n JOIN cars_data AS d ON n.MakeId = d.Id""", 3),

    # ----------------------------------------------------------- course_teach
    I("course_teach", "count",
      "How many different teachers have been assigned to teach a course?",
      "Count the distinct teachers who appear in the course arrangements.",
      "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange", 1),
    I("course_teach", "list",
      "list teacher names from youngest to oldest",
      "Show the names of all teachers sorted by age, with the youngest first.",
      "SELECT Name FROM teacher ORDER BY CAST(Age AS INTEGER) ASC", 1),
    I("course_teach", "filter-text",
      "Which teachers have a hometown that's an urban district? Show name and hometown.",
      "Give the names and home towns of teachers who come from an Urban District.",
      "SELECT Name, Hometown FROM teacher WHERE Hometown LIKE '%Urban District%'", 2),
    I("course_teach", "filter-number",
      "Which teachers are older than the average teacher age? give name and age",
      "Show the name and age of every teacher whose age exceeds the mean age of all teachers.",
      """SELECT Name, Age FROM teacher
         WHERE CAST(Age AS INTEGER) > (SELECT AVG(CAST(Age AS INTEGER)) FROM teacher)""", 2),
    I("course_teach", "aggregate",
      "what's the avrage age of the teachers",
      "Compute the mean teacher age.",
      "SELECT AVG(CAST(Age AS INTEGER)) FROM teacher", 1),
    I("course_teach", "group",
      "For each teacher with course assignments, show the teacher's name and the number of courses they teach.",
      "How many courses is each assigned teacher responsible for? Give name and count.",
      """SELECT t.Name, COUNT(*) FROM course_arrange AS a JOIN teacher AS t ON a.Teacher_ID = t.Teacher_ID
         GROUP BY t.Teacher_ID, t.Name""", 2),
    I("course_teach", "superlative",
      "Who teaches the most courses?",
      "Name the teacher with the largest number of course assignments.",
      """SELECT t.Name FROM course_arrange AS a JOIN teacher AS t ON a.Teacher_ID = t.Teacher_ID
         GROUP BY t.Teacher_ID ORDER BY COUNT(*) DESC LIMIT 1""", 1,
      (1, """SELECT COUNT(*) FROM course_arrange GROUP BY Teacher_ID ORDER BY COUNT(*) DESC""")),
    I("course_teach", "join",
      "Show the name of each teacher and the course they teach.",
      "Which courses are taught by which teachers? List teacher name with course name.",
      """SELECT t.Name, c.Course FROM course_arrange AS a
         JOIN teacher AS t ON a.Teacher_ID = t.Teacher_ID
         JOIN course AS c ON a.Course_ID = c.Course_ID""", 2),
    I("course_teach", "join",
      "who teaches math?",
      "Give me the names of the teachers assigned to the Math course.",
      """SELECT t.Name FROM course_arrange AS a
         JOIN teacher AS t ON a.Teacher_ID = t.Teacher_ID
         JOIN course AS c ON a.Course_ID = c.Course_ID
         WHERE c.Course = 'Math'""", 1),
    I("course_teach", "set",
      "Which teachers are not teaching any course?",
      "List the names of teachers who have no course arrangement at all.",
      "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)", 1),
    I("course_teach", "ratio",
      "What percentage of courses have at least one teacher assigned?",
      "In percent, how large a share of the courses appear in the teaching arrangements?",
      """SELECT 100.0 * (SELECT COUNT(DISTINCT Course_ID) FROM course_arrange) / (SELECT COUNT(*) FROM course)""", 1),
    I("course_teach", "projection",
      "show each course and its starting date",
      "List every course name together with the date it starts.",
      "SELECT Course, Staring_Date FROM course", 2),

    # ------------------------------------------------------------ dog_kennels
    I("dog_kennels", "count",
      "How many dogs were abandoned?",
      "Count the dogs flagged as abandoned.",
      "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'", 1),
    I("dog_kennels", "list",
      "List the names of all the dogs.",
      "What are the dogs called? Give every name.",
      "SELECT name FROM Dogs", 1),
    I("dog_kennels", "filter-text",
      "Which owners live in North Dakota? Give first and last names.",
      "Show the first name and surname of every dog owner located in North Dakota.",
      "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'", 2),
    I("dog_kennels", "filter-number",
      "Show treatment id and cost for treatments that cost more than the average treatment.",
      "Which treatments were pricier than the mean treatment cost? List their ids and costs.",
      """SELECT treatment_id, cost_of_treatment FROM Treatments
         WHERE cost_of_treatment > (SELECT AVG(cost_of_treatment) FROM Treatments)""", 2),
    I("dog_kennels", "aggregate",
      "total amount spent on vaccinations?",
      "How much did all the vaccination treatments cost altogether?",
      """SELECT SUM(t.cost_of_treatment) FROM Treatments AS t
         JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code
         WHERE tt.treatment_type_description = 'Vaccination'""", 1),
    I("dog_kennels", "group",
      "How many dogs are there of each breed? Show breed name and count.",
      "Break down the number of dogs by breed, giving the breed name and how many dogs belong to it.",
      """SELECT b.breed_name, COUNT(*) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code
         GROUP BY b.breed_code, b.breed_name""", 2),
    I("dog_kennels", "superlative",
      "Which professional has performed the most treatments? Give first and last name.",
      "Find the first and last name of the professional responsible for the highest number of treatments.",
      """SELECT p.first_name, p.last_name FROM Treatments AS t
         JOIN Professionals AS p ON t.professional_id = p.professional_id
         GROUP BY p.professional_id ORDER BY COUNT(*) DESC LIMIT 1""", 2,
      (1, """SELECT COUNT(*) FROM Treatments GROUP BY professional_id ORDER BY COUNT(*) DESC""")),
    I("dog_kennels", "join",
      "For every treatment, show the dog's name, what kind of treatment it was, and its cost.",
      "List each treatment with the treated dog's name, the treatment type description and the cost.",
      """SELECT d.name, tt.treatment_type_description, t.cost_of_treatment FROM Treatments AS t
         JOIN Dogs AS d ON t.dog_id = d.dog_id
         JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code""", 3),
    I("dog_kennels", "set",
      "Which states have both dog owners and professionals living there?",
      "Find the states that show up among the owners' states and also among the professionals' states.",
      "SELECT state FROM Owners INTERSECT SELECT state FROM Professionals", 1),
    I("dog_kennels", "ratio",
      "what percent of the dogs are large?",
      "Share of dogs that are large-sized, as a percentage of all dogs.",
      """SELECT 100.0 * SUM(CASE WHEN s.size_description = 'Large' THEN 1 ELSE 0 END) / COUNT(*)
         FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code""", 1),
    I("dog_kennels", "ratio",
      "What share of total treatment spending went to walks? (percent)",
      "Of all money spent on treatments, what percentage was for taking dogs for a walk?",
      """SELECT 100.0 * SUM(CASE WHEN tt.treatment_type_description = 'Take for a Walk'
                                 THEN t.cost_of_treatment ELSE 0 END) / SUM(t.cost_of_treatment)
         FROM Treatments AS t JOIN Treatment_Types AS tt ON t.treatment_type_code = tt.treatment_type_code""", 1),
    I("dog_kennels", "projection",
      "Give the name, age and weight of every dog.",
      "For all dogs, list what they're called, how old they are and how much they weigh.",
      "SELECT name, age, weight FROM Dogs", 3),

    # --------------------------------------------------------------- flight_2
    I("flight_2", "count",
      "how many flights depart from Aberdeen?",
      "Count the flights whose departure airport is in the city of Aberdeen.",
      """SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode
         WHERE TRIM(a.City) = 'Aberdeen'""", 1),
    I("flight_2", "list",
      "List all airline names.",
      "What airlines are in the database? Just their names.",
      "SELECT Airline FROM airlines", 1),
    I("flight_2", "filter-text",
      "What airports are in Anchorage? Show code and airport name.",
      "Give the codes and names of the airports located in Anchorage.",
      "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Anchorage'", 2),
    I("flight_2", "filter-number",
      "Show flights with a flight number below 10 - airline name and flight number.",
      "Which flights have single-digit flight numbers? List the airline and the number.",
      """SELECT al.Airline, f.FlightNo FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid
         WHERE f.FlightNo < 10""", 2),
    I("flight_2", "aggregate",
      "What's the highest flight number Southwest uses?",
      "Find the maximum flight number among Southwest Airlines flights.",
      """SELECT MAX(f.FlightNo) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid
         WHERE al.Airline = 'Southwest Airlines'""", 1),
    I("flight_2", "group",
      "cities with more than one airport, and how many airports each has",
      "For every city served by several airports, show the city and its airport count.",
      "SELECT TRIM(City), COUNT(*) FROM airports GROUP BY TRIM(City) HAVING COUNT(*) > 1", 2),
    I("flight_2", "group",
      "For each airline, how many different airports does it fly out of? Show airline name and the count.",
      "Give every airline's name with the number of distinct departure airports it uses.",
      """SELECT al.Airline, COUNT(DISTINCT TRIM(f.SourceAirport)) FROM flights AS f
         JOIN airlines AS al ON f.Airline = al.uid GROUP BY al.uid, al.Airline""", 2),
    I("flight_2", "superlative",
      "Which airport has the fewest departing flights? give its code and name",
      "Identify the airport with the smallest number of outbound flights, showing its code and airport name.",
      """SELECT a.AirportCode, a.AirportName FROM flights AS f
         JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode
         GROUP BY a.AirportCode ORDER BY COUNT(*) ASC LIMIT 1""", 2,
      (1, """SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode
             GROUP BY a.AirportCode ORDER BY COUNT(*) ASC""")),
    I("flight_2", "join",
      "Show the airline and flight number of every flight departing from Aspen.",
      "Which flights leave Aspen? List airline name and flight number.",
      """SELECT al.Airline, f.FlightNo FROM flights AS f
         JOIN airlines AS al ON f.Airline = al.uid
         JOIN airports AS a ON TRIM(f.SourceAirport) = a.AirportCode
         WHERE TRIM(a.City) = 'Aspen'""", 2),
    I("flight_2", "set",
      "Which airports does United Airlines fly out of that Delta never departs from? Codes only.",
      "List the departure airport codes used by United Airlines but not by Delta Airlines.",
      """SELECT TRIM(f.SourceAirport) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid
         WHERE al.Airline = 'United Airlines'
         EXCEPT
         SELECT TRIM(f.SourceAirport) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid
         WHERE al.Airline = 'Delta Airlines'""", 1),
    I("flight_2", "ratio",
      "What percentage of all flights land in Anchorage?",
      "Of the total flights, what percent arrive at an Anchorage airport?",
      """SELECT 100.0 * SUM(CASE WHEN TRIM(a.City) = 'Anchorage' THEN 1 ELSE 0 END) / COUNT(*)
         FROM flights AS f JOIN airports AS a ON TRIM(f.DestAirport) = a.AirportCode""", 1),
    I("flight_2", "projection",
      "Show every airline's name, abbreviation and country.",
      "For all airlines, give the full name, the short abbreviation and the home country.",
      "SELECT Airline, Abbreviation, Country FROM airlines", 3),

    # -------------------------------------------------------------- network_1
    I("network_1", "count",
      "How many high schoolers are in grade 10?",
      "Count the students in tenth grade.",
      "SELECT COUNT(*) FROM Highschooler WHERE grade = 10", 1),
    I("network_1", "list",
      "List the distinct names of high schoolers.",
      "What different first names do the students have? No duplicates.",
      "SELECT DISTINCT name FROM Highschooler", 1),
    I("network_1", "filter-text",
      "Show the id and grade of students named Gabriel.",
      "Students called Gabriel: what are their IDs and grades?",
      "SELECT ID, grade FROM Highschooler WHERE name = 'Gabriel'", 2),
    I("network_1", "filter-number",
      "which students are in grade 11 or higher? name and grade pls",
      "Give names and grades of all high schoolers at grade 11 and above.",
      "SELECT name, grade FROM Highschooler WHERE grade >= 11", 2),
    I("network_1", "aggregate",
      "What's the average grade of all high schoolers?",
      "Compute the mean grade level across the whole student body.",
      "SELECT AVG(grade) FROM Highschooler", 1),
    I("network_1", "group",
      "How many likes has each liked student received? Show their name and the number.",
      "For every student who is liked by someone, give the name and how many admirers they have.",
      """SELECT h.name, COUNT(*) FROM Likes AS l JOIN Highschooler AS h ON l.liked_id = h.ID
         GROUP BY l.liked_id, h.name""", 2),
    I("network_1", "superlative",
      "Which grade has the most students who like someone?",
      "In which grade level are the largest number of students that have a crush on another student?",
      """SELECT h.grade FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID
         GROUP BY h.grade ORDER BY COUNT(DISTINCT l.student_id) DESC LIMIT 1""", 1,
      (1, """SELECT COUNT(DISTINCT l.student_id) FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID
             GROUP BY h.grade ORDER BY COUNT(DISTINCT l.student_id) DESC""")),
    I("network_1", "join",
      "Show who likes whom: the liker's name and the liked student's name.",
      "For each like, list the name of the student doing the liking and the name of the student being liked.",
      """SELECT a.name, b.name FROM Likes AS l
         JOIN Highschooler AS a ON l.student_id = a.ID
         JOIN Highschooler AS b ON l.liked_id = b.ID""", 2),
    I("network_1", "set",
      "Which students don't like anyone? Give name and grade.",
      "List the names and grades of high schoolers who haven't liked any other student.",
      "SELECT name, grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM Likes)", 2),
    I("network_1", "set",
      "names of studnets who both like someone and are liked by someone",
      "Which students appear on both sides of a like, i.e. they like somebody and somebody likes them?",
      """SELECT name FROM Highschooler
         WHERE ID IN (SELECT student_id FROM Likes) AND ID IN (SELECT liked_id FROM Likes)""", 1),
    I("network_1", "ratio",
      "What percentage of students like someone?",
      "Share of high schoolers who have liked at least one other student, as a percent.",
      """SELECT 100.0 * COUNT(DISTINCT student_id) / (SELECT COUNT(*) FROM Highschooler) FROM Likes""", 1),
    I("network_1", "projection",
      "Give the ID, name and grade of every high schooler.",
      "List all students with their id number, name, and grade level.",
      "SELECT ID, name, grade FROM Highschooler", 3),

    # ----------------------------------------------------------------- pets_1
    I("pets_1", "count",
      "How many students own a dog?",
      "Count the students who have at least one dog.",
      """SELECT COUNT(DISTINCT h.StuID) FROM Has_Pet AS h JOIN Pets AS p ON h.PetID = p.PetID
         WHERE p.PetType = 'dog'""", 1),
    I("pets_1", "list",
      "list the different types of pets",
      "What kinds of pets are there? Each type once.",
      "SELECT DISTINCT PetType FROM Pets", 1),
    I("pets_1", "filter-text",
      "Show first and last names of students from HKG.",
      "Which students have the city code HKG? Give their first and last names.",
      "SELECT Fname, LName FROM Student WHERE city_code = 'HKG'", 2),
    I("pets_1", "filter-number",
      "Students older than 25: first name, last name and age.",
      "List the first name, surname and age of each student above 25 years old.",
      "SELECT Fname, LName, Age FROM Student WHERE Age > 25", 3),
    I("pets_1", "filter-number",
      "Which pets weigh more than the average pet? Show pet id and weight.",
      "Give the IDs and weights of pets heavier than the mean pet weight.",
      "SELECT PetID, weight FROM Pets WHERE weight > (SELECT AVG(weight) FROM Pets)", 2),
    I("pets_1", "aggregate",
      "What's the average and the maximum age of students?",
      "Give me the mean student age and the age of the oldest student.",
      "SELECT AVG(Age), MAX(Age) FROM Student", 2),
    I("pets_1", "group",
      "number of students by sex",
      "How many male and how many female students are there? Show sex and count.",
      "SELECT Sex, COUNT(*) FROM Student GROUP BY Sex", 2),
    I("pets_1", "superlative",
      "Who's the youngest student? first and last name",
      "Find the first name and last name of the student with the lowest age.",
      "SELECT Fname, LName FROM Student ORDER BY Age ASC LIMIT 1", 2,
      (1, "SELECT Age FROM Student ORDER BY Age ASC")),
    I("pets_1", "join",
      "Show the first name of each pet owner along with the type of pet they have.",
      "For students who own pets, list their first names and their pets' types.",
      """SELECT s.Fname, p.PetType FROM Student AS s
         JOIN Has_Pet AS h ON s.StuID = h.StuID
         JOIN Pets AS p ON h.PetID = p.PetID""", 2),
    I("pets_1", "set",
      "Which students have a cat but no dog? first name only",
      "Give the first names of students who own a cat and do not own a dog.",
      """SELECT s.Fname FROM Student AS s
         JOIN Has_Pet AS h ON s.StuID = h.StuID
         JOIN Pets AS p ON h.PetID = p.PetID
         WHERE p.PetType = 'cat'
           AND s.StuID NOT IN (SELECT h2.StuID FROM Has_Pet AS h2 JOIN Pets AS p2 ON h2.PetID = p2.PetID
                               WHERE p2.PetType = 'dog')""", 1),
    I("pets_1", "ratio",
      "What percentage of students own at least one pet?",
      "Out of all students, what share (in percent) have a pet?",
      """SELECT 100.0 * COUNT(DISTINCT StuID) / (SELECT COUNT(*) FROM Student) FROM Has_Pet""", 1),
    I("pets_1", "projection",
      "list each pet's id, type and age",
      "Show the pet ID, kind of animal, and age for all pets.",
      "SELECT PetID, PetType, pet_age FROM Pets", 3),

    # ------------------------------------------------- real_estate_properties
    I("real_estate_properties", "count",
      "How many apartments are listed?",
      "What's the number of properties of the apartment type?",
      "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'", 1),
    I("real_estate_properties", "list",
      "List all property names.",
      "What are the names of every property on file?",
      "SELECT property_name FROM Properties", 1),
    I("real_estate_properties", "filter-text",
      "Which properties are in Utah? just names",
      "Give the names of the properties whose address is in the state of Utah.",
      "SELECT property_name FROM Properties WHERE property_address LIKE '%, UT %'", 1),
    I("real_estate_properties", "filter-number",
      "Show properties with more rooms than average - name and room count.",
      "Which properties have an above-average number of rooms? Give their names and room counts.",
      """SELECT property_name, room_count FROM Properties
         WHERE room_count > (SELECT AVG(room_count) FROM Properties)""", 2),
    I("real_estate_properties", "aggregate",
      "What's the average agreed selling price for houses?",
      "Compute the mean agreed sale price across house-type properties.",
      "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'", 1),
    I("real_estate_properties", "group",
      "How many properties are there of each type? show the type description and the count",
      "Break properties down by type, giving each type's description and its number of properties.",
      """SELECT rt.property_type_description, COUNT(*) FROM Properties AS p
         JOIN Ref_Property_Types AS rt ON p.property_type_code = rt.property_type_code
         GROUP BY rt.property_type_code, rt.property_type_description""", 2),
    I("real_estate_properties", "superlative",
      "Which property sold for the highest agreed price? Name and price.",
      "Find the property with the top agreed selling price, showing its name and that price.",
      """SELECT property_name, agreed_selling_price FROM Properties
         ORDER BY agreed_selling_price DESC LIMIT 1""", 2,
      (1, "SELECT agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC")),
    I("real_estate_properties", "superlative",
      "top 3 properties by number of rooms",
      "Name the three properties that have the most rooms.",
      "SELECT property_name FROM Properties ORDER BY room_count DESC LIMIT 3", 1,
      (3, "SELECT room_count FROM Properties ORDER BY room_count DESC")),
    I("real_estate_properties", "join",
      "List the different properties that have a swimming pool.",
      "Which properties come with a pool? Give each property name once.",
      """SELECT DISTINCT p.property_name FROM Properties AS p
         JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id
         JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id
         WHERE f.feature_name = 'Pool'""", 1),
    I("real_estate_properties", "set",
      "Which properties have both air conditioning and a pool?",
      "Find the properties equipped with air con as well as a swimming pool; names only.",
      """SELECT p.property_name FROM Properties AS p
         JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id
         JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id
         WHERE f.feature_name = 'AirCon'
         INTERSECT
         SELECT p.property_name FROM Properties AS p
         JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id
         JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id
         WHERE f.feature_name = 'Pool'""", 1),
    I("real_estate_properties", "ratio",
      "Which properties sold for more than double the vendor's requested price? Show name, requested price and agreed price.",
      "List the name, asking price and agreed selling price of properties where the agreed price exceeded twice what the vendor asked.",
      """SELECT property_name, vendor_requested_price, agreed_selling_price FROM Properties
         WHERE agreed_selling_price > 2 * vendor_requested_price""", 3),
    I("real_estate_properties", "projection",
      "Show name, type and room count for every property.",
      "For all properties give the property name, its type code, and how many rooms it has.",
      "SELECT property_name, property_type_code, room_count FROM Properties", 3),

    # ------------------------------------------- student_transcripts_tracking
    I("student_transcripts_tracking", "count",
      "how many bachelor degree programs are there",
      "Count the degree programs whose summary name is Bachelor.",
      "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Bachelor'", 1),
    I("student_transcripts_tracking", "list",
      "List the names of all departments.",
      "What departments exist? Give their names.",
      "SELECT department_name FROM Departments", 1),
    I("student_transcripts_tracking", "filter-text",
      "Which students currently live in Kentucky? First and last name.",
      "Show the first and last names of students whose current address is in Kentucky.",
      """SELECT s.first_name, s.last_name FROM Students AS s
         JOIN Addresses AS a ON s.current_address_id = a.address_id
         WHERE a.state_province_county = 'Kentucky'""", 2),
    I("student_transcripts_tracking", "filter-number",
      "Students who first registered after 2010: show first name, last name and registration date.",
      "List first name, last name and first-registration date for students whose registration falls in 2011 or later.",
      """SELECT first_name, last_name, date_first_registered FROM Students
         WHERE date_first_registered >= '2011-01-01'""", 3),
    I("student_transcripts_tracking", "aggregate",
      "When is the earliest transcript dated?",
      "Find the date of the oldest transcript.",
      "SELECT MIN(transcript_date) FROM Transcripts", 1),
    I("student_transcripts_tracking", "aggregate",
      "When did the first student register, and when did the most recent one?",
      "Give the earliest and the latest first-registration dates among students.",
      "SELECT MIN(date_first_registered), MAX(date_first_registered) FROM Students", 2),
    I("student_transcripts_tracking", "group",
      "How many degree programs does each department offer? show department name and count",
      "For departments with degree programs, list the department name and the number of programs.",
      """SELECT d.department_name, COUNT(*) FROM Degree_Programs AS p
         JOIN Departments AS d ON p.department_id = d.department_id
         GROUP BY d.department_id, d.department_name""", 2),
    I("student_transcripts_tracking", "superlative",
      "Which semester had the most student enrolments?",
      "Name the semester with the highest count of enrollments.",
      """SELECT s.semester_name FROM Student_Enrolment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id
         GROUP BY s.semester_id ORDER BY COUNT(*) DESC LIMIT 1""", 1,
      (1, """SELECT COUNT(*) FROM Student_Enrolment GROUP BY semester_id ORDER BY COUNT(*) DESC""")),
    I("student_transcripts_tracking", "join",
      "For students enrolled in fall 2018, show first name, last name and the degree they enrolled in.",
      "List the first and last names of students with a fall 2018 enrolment, together with the degree summary name of that program.",
      """SELECT st.first_name, st.last_name, dp.degree_summary_name FROM Student_Enrolment AS e
         JOIN Students AS st ON e.student_id = st.student_id
         JOIN Degree_Programs AS dp ON e.degree_program_id = dp.degree_program_id
         JOIN Semesters AS sm ON e.semester_id = sm.semester_id
         WHERE sm.semester_name = 'fall 2018'""", 3),
    I("student_transcripts_tracking", "set",
      "Which courses has no student ever enrolled in?",
      "List the names of courses that never appear in any student's course enrolment.",
      """SELECT course_name FROM Courses
         WHERE course_id NOT IN (SELECT course_id FROM Student_Enrolment_Courses)""", 1),
    I("student_transcripts_tracking", "ratio",
      "What percentage of students have the same current and permanent address?",
      "Share of students, in percent, whose permanent address is identical to their current one.",
      """SELECT 100.0 * SUM(CASE WHEN current_address_id = permanent_address_id THEN 1 ELSE 0 END) / COUNT(*)
         FROM Students""", 1),
    I("student_transcripts_tracking", "projection",
      "Give me the first, middle and last name of every student.",
      "For each student, list their first name, middle name and surname.",
      "SELECT first_name, middle_name, last_name FROM Students", 3),

    # ---------------------------------------------------------------- voter_1
    I("voter_1", "count",
      "How many votes came from New York?",
      "Count the votes cast in NY.",
      "SELECT COUNT(*) FROM VOTES WHERE state = 'NY'", 1),
    I("voter_1", "list",
      "List all contestant names alphabetically.",
      "Show every contestant's name, sorted A to Z.",
      "SELECT contestant_name FROM CONTESTANTS ORDER BY contestant_name", 1),
    I("voter_1", "filter-text",
      "Which contestants are named Jessie?",
      "Find the contestants whose first name is Jessie.",
      "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'", 1),
    I("voter_1", "filter-text",
      "What area codes belong to New Jersey?",
      "List the area codes assigned to the state of NJ.",
      "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'NJ'", 1),
    I("voter_1", "filter-number",
      "show area codes above 950 and their states",
      "Which area codes are greater than 950? Give each code with its state.",
      "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 950", 2),
    I("voter_1", "aggregate",
      "What are the lowest and highest area codes?",
      "Give the minimum and maximum area code in the table.",
      "SELECT MIN(area_code), MAX(area_code) FROM AREA_CODE_STATE", 2),
    I("voter_1", "group",
      "How many area codes does each state have?",
      "For each state, give the state and its number of area codes.",
      "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state", 2),
    I("voter_1", "superlative",
      "Which state has the most area codes?",
      "Find the state with the largest count of area codes.",
      "SELECT state FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1", 1,
      (1, "SELECT COUNT(*) FROM AREA_CODE_STATE GROUP BY state ORDER BY COUNT(*) DESC")),
    I("voter_1", "join",
      "Show the name of the contestant each vote went to, along with when the vote was cast.",
      "For every vote, list the voted-for contestant's name and the vote's timestamp.",
      """SELECT c.contestant_name, v.created FROM VOTES AS v
         JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number""", 2),
    I("voter_1", "set",
      "Which contestents got no votes?",
      "List the names of contestants who received zero votes.",
      """SELECT contestant_name FROM CONTESTANTS
         WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)""", 1),
    I("voter_1", "ratio",
      "What percentage of contestants received at least one vote?",
      "Of all contestants, what percent got one or more votes?",
      """SELECT 100.0 * COUNT(DISTINCT contestant_number) / (SELECT COUNT(*) FROM CONTESTANTS) FROM VOTES""", 1),
    I("voter_1", "projection",
      "Show the vote id, phone number and time for every vote.",
      "For each vote, give its ID, the caller's phone number and the timestamp it was created.",
      "SELECT vote_id, phone_number, created FROM VOTES", 3),
]

UNANSWERABLE = [
    {"db_id": "car_1", "question": "What was the sticker price of the ford torino?"},
    {"db_id": "car_1", "question": "What colour is the chevrolet impala?"},
    {"db_id": "course_teach", "question": "What is Lucy Wong's annual salary?"},
    {"db_id": "dog_kennels", "question": "What colour is the dog named Kacey?"},
    {"db_id": "dog_kennels", "question": "When was the owner Nora Haley born?"},
    {"db_id": "flight_2", "question": "What time does JetBlue flight 605 depart from Aspen?"},
    {"db_id": "flight_2", "question": "How much does a ticket cost on Delta Airlines flights?"},
    {"db_id": "network_1", "question": "What is Kyle's email address?"},
    {"db_id": "pets_1", "question": "What is the name of Linda Smith's cat?"},
    {"db_id": "real_estate_properties", "question": "How many bathrooms does the property called 'park' have?"},
    {"db_id": "student_transcripts_tracking", "question": "What GPA did Timmothy Ward graduate with?"},
    {"db_id": "voter_1", "question": "How old is the contestant Edwina Burnam?"},
]


def db_path(db):
    return os.path.join(DB_ROOT, db, db + ".sqlite")


def main():
    failures = []
    conns = {db: sqlite3.connect("file:%s?mode=ro" % db_path(db), uri=True) for db in DBS}

    # ---- structural checks
    if len(ITEMS) != 108:
        failures.append("expected 108 items, got %d" % len(ITEMS))
    per_db = Counter(it["db_id"] for it in ITEMS)
    for db in DBS:
        if per_db[db] != 12:
            failures.append("%s has %d items, expected 12" % (db, per_db[db]))
    for db in per_db:
        if db not in DBS:
            failures.append("unknown db %s" % db)
    per_kind = Counter(it["kind"] for it in ITEMS)
    for k in per_kind:
        if k not in KINDS:
            failures.append("unknown kind %s" % k)
    for k in KINDS:
        if per_kind[k] not in (9, 10):
            failures.append("kind %s has %d items (want 9-10)" % (k, per_kind[k]))
    for db in DBS:
        kinds_here = {it["kind"] for it in ITEMS if it["db_id"] == db}
        missing = set(KINDS) - kinds_here
        if missing:
            failures.append("%s lacks kinds %s" % (db, sorted(missing)))
    qs = Counter(it["question"].strip().lower() for it in ITEMS)
    for q, n in qs.items():
        if n > 1:
            failures.append("duplicate question: %s" % q)
    multi = sum(1 for it in ITEMS if it["cols"] >= 2)
    if multi < 35:
        failures.append("only %d multi-column items (need >= 35)" % multi)

    # ---- per-item execution checks
    for i, it in enumerate(ITEMS):
        tag = "#%d %s/%s: %s" % (i, it["db_id"], it["kind"], it["question"])
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            failures.append(tag + " -- paraphrase identical to question")
        if not it["paraphrase"].strip():
            failures.append(tag + " -- empty paraphrase")
        con = conns[it["db_id"]]
        try:
            cur = con.execute(it["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except Exception as e:  # noqa: BLE001
            failures.append(tag + " -- SQL error: %s" % e)
            continue
        if not rows:
            failures.append(tag + " -- no rows")
        elif not any(any(v is not None for v in r) for r in rows):
            failures.append(tag + " -- all rows are all-NULL")
        if ncols != it["cols"]:
            failures.append(tag + " -- %d columns, expected %d" % (ncols, it["cols"]))
        needs_tie = it["kind"] == "superlative" or " LIMIT " in " %s " % it["query"].upper()
        if needs_tie and not it["tie"]:
            failures.append(tag + " -- top-N/superlative item without tie check")
        if it["tie"]:
            n, tsql = it["tie"]
            try:
                vals = [r[0] for r in con.execute(tsql).fetchall()]
            except Exception as e:  # noqa: BLE001
                failures.append(tag + " -- tie SQL error: %s" % e)
                continue
            if len(vals) < n:
                failures.append(tag + " -- tie query returned only %d values for N=%d" % (len(vals), n))
            elif len(vals) > n and vals[n - 1] == vals[n]:
                failures.append(tag + " -- tie at cut-off N=%d (value %r)" % (n, vals[n - 1]))
            if "LIMIT" in it["query"].upper() and len(rows) != n:
                failures.append(tag + " -- LIMIT query returned %d rows, expected %d" % (len(rows), n))

    # ---- unanswerable checks
    if len(UNANSWERABLE) != 12:
        failures.append("expected 12 unanswerable questions, got %d" % len(UNANSWERABLE))
    for u in UNANSWERABLE:
        if u["db_id"] not in DBS or not u["question"].strip():
            failures.append("bad unanswerable item %r" % u)
    if len({u["db_id"] for u in UNANSWERABLE}) < 5:
        failures.append("unanswerable set not mixed across databases")

    if failures:
        print("FAILED %d check(s):" % len(failures))
        for f in failures:
            print("  - " + f)
        sys.exit(1)

    out = [{k: it[k] for k in ("db_id", "kind", "question", "paraphrase", "query")} for it in ITEMS]
    with open(os.path.join(OUT_DIR, "spider_v11_B.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT_DIR, "spider_v11_B_unanswerable.json"), "w") as f:
        json.dump(UNANSWERABLE, f, indent=2, ensure_ascii=False)
    print("OK: %d items (%d multi-column), kinds %s; %d unanswerable written to %s"
          % (len(out), multi, dict(sorted(per_kind.items())), len(UNANSWERABLE), OUT_DIR))


if __name__ == "__main__":
    main()
