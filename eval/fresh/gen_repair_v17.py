#!/usr/bin/env python3
"""Held-out SQL repair evaluation set (v17), written blind from the Spider
SQLite databases and tables.json only.

Each case: db_id, class (names | dialect | literals | wrapping), question,
broken (what a model produced), correct (the repaired query).

Checks, per case, against the SQLite database:
  names    : broken fails with "no such column" / "no such table"
  dialect  : broken fails with an error
  literals : broken runs and returns zero rows
  wrapping : broken fails when executed as-is; the correct query appears
             verbatim (modulo whitespace) inside it
  all      : correct runs and returns at least one row
Only if every case passes is repair_v17.jsonl written.
"""
import collections
import json
import os
import re
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind29/repair_v17.jsonl"

CASES = []


def case(db_id, cls, question, broken, correct):
    CASES.append({"db_id": db_id, "class": cls, "question": question,
                  "broken": broken.strip("\n"), "correct": correct.strip("\n")})


# ---------------------------------------------------------------- battle_death
case("battle_death", "names",
     "What are the names and tonnage of the ships that were lost in battles that ended in a Bulgarian victory?",
     "SELECT s.name, s.tonnage FROM ship s JOIN battle b ON s.battle_id = b.id WHERE b.result = 'Bulgarian victory'",
     "SELECT s.name, s.tonnage FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.result = 'Bulgarian victory'")
case("battle_death", "names",
     "For each ship type, how many people were killed in total by ships of that type?",
     "SELECT s.ship_type, SUM(d.killed) AS total_killed FROM deaths d JOIN ship s ON d.caused_by_ship_id = s.id GROUP BY s.ship_type",
     "SELECT s.ship_type, SUM(d.killed) AS total_killed FROM death d JOIN ship s ON d.caused_by_ship_id = s.id GROUP BY s.ship_type")
case("battle_death", "dialect",
     "List the names of ships whose location mentions 'channel' (any capitalisation).",
     "SELECT name FROM ship WHERE location ILIKE '%channel%'",
     "SELECT name FROM ship WHERE location LIKE '%channel%'")
case("battle_death", "literals",
     "Which ships sank? Give their names and the battle they were lost in.",
     "SELECT s.name, b.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE s.disposition_of_ship = 'Sunk'",
     "SELECT s.name, b.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE s.disposition_of_ship = 'Sank'")
case("battle_death", "wrapping",
     "What is the average number of injuries caused by each ship? Show ship name and the average.",
     """Sure! Here's a query that computes the average injuries per ship:

```sql
SELECT s.name, AVG(d.injured) AS avg_injured
FROM ship s
JOIN death d ON d.caused_by_ship_id = s.id
GROUP BY s.id, s.name;
```

This joins `ship` to `death` on the ship id and averages the `injured` column for each ship.""",
     """SELECT s.name, AVG(d.injured) AS avg_injured
FROM ship s
JOIN death d ON d.caused_by_ship_id = s.id
GROUP BY s.id, s.name;""")

# ----------------------------------------------------------------------- car_1
case("car_1", "names",
     "What are the full names of car makers based in Japan?",
     "SELECT cm.FullName FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId WHERE c.Country_Name = 'japan'",
     "SELECT cm.FullName FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'")
case("car_1", "names",
     "How many countries are there on each continent? Show the continent name and the count.",
     "SELECT co.Continent, COUNT(*) FROM continents co JOIN countries c ON c.ContinentId = co.ContId GROUP BY co.Continent",
     "SELECT co.Continent, COUNT(*) FROM continents co JOIN countries c ON c.Continent = co.ContId GROUP BY co.Continent")
case("car_1", "names",
     "What is the average weight of cars with 8 cylinders?",
     "SELECT AVG(Weight) FROM car_data WHERE Cylinders = 8",
     "SELECT AVG(Weight) FROM cars_data WHERE Cylinders = 8")
case("car_1", "dialect",
     "Which three cars (make names) have the highest horsepower?",
     "SELECT TOP 3 cn.Make FROM car_names cn JOIN cars_data cd ON cd.Id = cn.MakeId ORDER BY CAST(cd.Horsepower AS INT) DESC",
     "SELECT cn.Make FROM car_names cn JOIN cars_data cd ON cd.Id = cn.MakeId ORDER BY CAST(cd.Horsepower AS INT) DESC LIMIT 3")
case("car_1", "dialect",
     "For each country, give a comma-separated list of the car makers based there.",
     "SELECT c.CountryName, GROUP_CONCAT(DISTINCT cm.Maker ORDER BY cm.Maker SEPARATOR ', ') AS makers FROM countries c JOIN car_makers cm ON cm.Country = c.CountryId GROUP BY c.CountryName",
     "SELECT c.CountryName, GROUP_CONCAT(DISTINCT cm.Maker) AS makers FROM countries c JOIN car_makers cm ON cm.Country = c.CountryId GROUP BY c.CountryName")
case("car_1", "literals",
     "Which countries are in Europe?",
     "SELECT c.CountryName FROM countries c JOIN continents co ON c.Continent = co.ContId WHERE co.Continent = 'Europe'",
     "SELECT c.CountryName FROM countries c JOIN continents co ON c.Continent = co.ContId WHERE co.Continent = 'europe'")

# -------------------------------------------------------------- concert_singer
case("concert_singer", "names",
     "What are the names of the singers who performed in a concert in 2014?",
     "SELECT DISTINCT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID JOIN concerts c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'",
     "SELECT DISTINCT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'")
case("concert_singer", "names",
     "For each concert, show the concert name together with the name and capacity of its stadium.",
     "SELECT c.concert_Name, s.Stadium_Name, s.Capacity FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID",
     "SELECT c.concert_Name, s.Name, s.Capacity FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID")
case("concert_singer", "dialect",
     "For each concert, list the names of the singers who performed in it as one alphabetical, comma-separated string.",
     "SELECT c.concert_Name, STRING_AGG(s.Name, ', ') WITHIN GROUP (ORDER BY s.Name) AS singers FROM concert c JOIN singer_in_concert sc ON sc.concert_ID = c.concert_ID JOIN singer s ON s.Singer_ID = sc.Singer_ID GROUP BY c.concert_ID, c.concert_Name",
     "SELECT concert_Name, GROUP_CONCAT(Name, ', ') AS singers FROM (SELECT c.concert_ID, c.concert_Name, s.Name FROM concert c JOIN singer_in_concert sc ON sc.concert_ID = c.concert_ID JOIN singer s ON s.Singer_ID = sc.Singer_ID ORDER BY s.Name) GROUP BY concert_ID, concert_Name")
case("concert_singer", "dialect",
     "What is the first name of every singer?",
     "SELECT SUBSTRING_INDEX(Name, ' ', 1) AS first_name FROM singer",
     "SELECT CASE WHEN INSTR(Name, ' ') > 0 THEN SUBSTR(Name, 1, INSTR(Name, ' ') - 1) ELSE Name END AS first_name FROM singer")
case("concert_singer", "literals",
     "What is the capacity of Hampden Park stadium, and where is it located?",
     "SELECT Capacity, Location FROM stadium WHERE Name = 'Hampden Park Stadium'",
     "SELECT Capacity, Location FROM stadium WHERE Name = 'Hampden Park'")

# ---------------------------------------------------------------- course_teach
case("course_teach", "names",
     "Show the names of teachers and the courses they are arranged to teach.",
     "SELECT t.Name, c.Course_Name FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID",
     "SELECT t.Name, c.Course FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID")
case("course_teach", "names",
     "When does the Math course start?",
     "SELECT Starting_Date FROM course WHERE Course = 'Math'",
     "SELECT Staring_Date FROM course WHERE Course = 'Math'")
case("course_teach", "dialect",
     "Which teachers are older than 32? Give their names and ages.",
     "SELECT Name, Age FROM teacher WHERE CONVERT(INT, Age) > 32",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 32")
case("course_teach", "literals",
     "Which teachers come from Bolton?",
     "SELECT Name FROM teacher WHERE Hometown = 'Bolton'",
     "SELECT Name FROM teacher WHERE Hometown = 'Bolton County Borough'")
case("course_teach", "wrapping",
     "How many different teachers teach each grade?",
     """SQL: SELECT Grade, COUNT(DISTINCT Teacher_ID) AS num_teachers FROM course_arrange GROUP BY Grade""",
     """SELECT Grade, COUNT(DISTINCT Teacher_ID) AS num_teachers FROM course_arrange GROUP BY Grade""")

# -------------------------------------------------------- cre_Doc_Template_Mgt
case("cre_Doc_Template_Mgt", "names",
     "What are the names of documents that use templates of type PPT?",
     "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID WHERE t.Template_Type = 'PPT'",
     "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID WHERE t.Template_Type_Code = 'PPT'")
case("cre_Doc_Template_Mgt", "names",
     "For each template, show its id, version number and the description of its template type.",
     "SELECT t.Template_ID, t.Version_Number, tt.Template_Type_Description FROM Templates t JOIN Template_Types tt ON t.Template_Type_Code = tt.Template_Type_Code",
     "SELECT t.Template_ID, t.Version_Number, tt.Template_Type_Description FROM Templates t JOIN Ref_Template_Types tt ON t.Template_Type_Code = tt.Template_Type_Code")
case("cre_Doc_Template_Mgt", "dialect",
     "Which templates became effective after the year 2000? Show template id and type code.",
     "SELECT Template_ID, Template_Type_Code FROM Templates WHERE EXTRACT(YEAR FROM Date_Effective_From) > 2000",
     "SELECT Template_ID, Template_Type_Code FROM Templates WHERE CAST(strftime('%Y', Date_Effective_From) AS INTEGER) > 2000")
case("cre_Doc_Template_Mgt", "literals",
     "List the ids and version numbers of all presentation templates.",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'Presentation'",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'")
case("cre_Doc_Template_Mgt", "wrapping",
     "Which documents have more than one paragraph? Give the document id and name.",
     """```sql
SELECT d.Document_ID, d.Document_Name
FROM Documents d
JOIN Paragraphs p ON p.Document_ID = d.Document_ID
GROUP BY d.Document_ID, d.Document_Name
HAVING COUNT(*) > 1;
```
Explanation: we group the paragraphs by document and keep only the documents with a count greater than one.""",
     """SELECT d.Document_ID, d.Document_Name
FROM Documents d
JOIN Paragraphs p ON p.Document_ID = d.Document_ID
GROUP BY d.Document_ID, d.Document_Name
HAVING COUNT(*) > 1;""")

# ---------------------------------------------------------------- dog_kennels
case("dog_kennels", "names",
     "What are the names of the dogs and the names of their breeds?",
     "SELECT d.name, b.breed_name FROM Dogs d JOIN Breeds b ON d.breed_id = b.breed_code",
     "SELECT d.name, b.breed_name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code")
case("dog_kennels", "names",
     "What is the total cost of treatments for each dog? Show the dog's name and the total.",
     "SELECT d.name, SUM(t.cost) AS total_cost FROM Dogs d JOIN Treatments t ON d.dog_id = t.dog_id GROUP BY d.dog_id, d.name",
     "SELECT d.name, SUM(t.cost_of_treatment) AS total_cost FROM Dogs d JOIN Treatments t ON d.dog_id = t.dog_id GROUP BY d.dog_id, d.name")
case("dog_kennels", "names",
     "What are the first names and home phone numbers of owners who live in Virginia?",
     "SELECT first_name, phone FROM Owners WHERE state = 'Virginia'",
     "SELECT first_name, home_phone FROM Owners WHERE state = 'Virginia'")
case("dog_kennels", "dialect",
     "How many dogs arrived at the kennels in each month?",
     "SELECT DATE_FORMAT(date_arrived, '%Y-%m') AS month, COUNT(*) AS num_dogs FROM Dogs GROUP BY month ORDER BY month",
     "SELECT strftime('%Y-%m', date_arrived) AS month, COUNT(*) AS num_dogs FROM Dogs GROUP BY month ORDER BY month")
case("dog_kennels", "literals",
     "List the first and last names of all veterinarians.",
     "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterinarian'",
     "SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'")
case("dog_kennels", "literals",
     "What are the names and ages of the large dogs?",
     "SELECT name, age FROM Dogs WHERE size_code = 'Large'",
     "SELECT name, age FROM Dogs WHERE size_code = 'LGE'")

# -------------------------------------------------- employee_hire_evaluation
case("employee_hire_evaluation", "names",
     "Which employees received a bonus in 2016? Give their names and the bonus.",
     "SELECT e.Name, ev.Bonus FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE ev.Year = '2016'",
     "SELECT e.Name, ev.Bonus FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE ev.Year_awarded = '2016'")
case("employee_hire_evaluation", "names",
     "Who manages the shop with the most products?",
     "SELECT Manager FROM shop ORDER BY Number_products DESC LIMIT 1",
     "SELECT Manager_name FROM shop ORDER BY Number_products DESC LIMIT 1")
case("employee_hire_evaluation", "dialect",
     "For every hired employee, how many years ago did they start? Show name and years.",
     "SELECT e.Name, YEAR(CURDATE()) - h.Start_from AS years_worked FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID",
     "SELECT e.Name, CAST(strftime('%Y', 'now') AS INTEGER) - CAST(h.Start_from AS INTEGER) AS years_worked FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID")
case("employee_hire_evaluation", "dialect",
     "What are the last names of the shop managers?",
     "SELECT SPLIT_PART(Manager_name, ' ', 2) AS last_name FROM shop",
     "SELECT SUBSTR(Manager_name, INSTR(Manager_name, ' ') + 1) AS last_name FROM shop")
case("employee_hire_evaluation", "literals",
     "List the names of employees who work full time.",
     "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'Y'",
     "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'T'")

# ------------------------------------------------------------------- flight_2
case("flight_2", "names",
     "Which airlines operate a flight numbered 28?",
     "SELECT a.Airline FROM airlines a JOIN flights f ON f.AirlineId = a.uid WHERE f.FlightNo = 28",
     "SELECT a.Airline FROM airlines a JOIN flights f ON f.Airline = a.uid WHERE f.FlightNo = 28")
case("flight_2", "names",
     "What are the abbreviations of the airlines based in the USA?",
     "SELECT Abbr FROM airlines WHERE Country = 'USA'",
     "SELECT Abbreviation FROM airlines WHERE Country = 'USA'")
case("flight_2", "names",
     "List the codes and names of airports in cities whose name starts with 'Ab'.",
     "SELECT AirportCode, AirportName FROM airport WHERE City LIKE 'Ab%'",
     "SELECT AirportCode, AirportName FROM airports WHERE City LIKE 'Ab%'")
case("flight_2", "dialect",
     "For each airline, give its name and a comma-separated list of its flight numbers.",
     "SELECT a.Airline, STRING_AGG(f.FlightNo::text, ',') AS flight_numbers FROM airlines a JOIN flights f ON f.Airline = a.uid GROUP BY a.Airline",
     "SELECT a.Airline, GROUP_CONCAT(CAST(f.FlightNo AS TEXT), ',') AS flight_numbers FROM airlines a JOIN flights f ON f.Airline = a.uid GROUP BY a.Airline")
case("flight_2", "literals",
     "Which airlines are based in the United States?",
     "SELECT Airline FROM airlines WHERE Country = 'United States'",
     "SELECT Airline FROM airlines WHERE Country = 'USA'")
case("flight_2", "literals",
     "What are the codes and names of the airports in Aberdeen?",
     "SELECT AirportCode, AirportName FROM airports WHERE City = 'Aberdeen'",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Aberdeen'")

# --------------------------------------------------------------- museum_visit
case("museum_visit", "names",
     "What are the names of visitors who spent more than 100 in a single museum visit?",
     "SELECT DISTINCT v.Name FROM visitor v JOIN visit vi ON v.Visitor_ID = vi.visitor_ID WHERE vi.Total_spent > 100",
     "SELECT DISTINCT v.Name FROM visitor v JOIN visit vi ON v.ID = vi.visitor_ID WHERE vi.Total_spent > 100")
case("museum_visit", "names",
     "How many tickets were bought in total at each museum? Show the museum name and the total.",
     "SELECT m.Name, SUM(v.Num_of_Tickets) AS tickets FROM museum m JOIN visit v ON m.Museum_ID = v.Museum_ID GROUP BY m.Museum_ID, m.Name",
     "SELECT m.Name, SUM(v.Num_of_Ticket) AS tickets FROM museum m JOIN visit v ON m.Museum_ID = v.Museum_ID GROUP BY m.Museum_ID, m.Name")
case("museum_visit", "dialect",
     "Which museums opened in 2008 or 2010? Give their names and staff numbers.",
     "SELECT Name, Num_of_Staff FROM museum WHERE Open_Year = ANY(ARRAY['2008', '2010'])",
     "SELECT Name, Num_of_Staff FROM museum WHERE Open_Year IN ('2008', '2010')")
case("museum_visit", "literals",
     "How many staff does the RiverPark Museum have, and when did it open?",
     "SELECT Num_of_Staff, Open_Year FROM museum WHERE Name = 'Riverpark Museum'",
     "SELECT Num_of_Staff, Open_Year FROM museum WHERE Name = 'RiverPark Museum'")
case("museum_visit", "wrapping",
     "Which visitors have visited more than one museum? Give their name and membership level.",
     """SELECT v.Name, v.Level_of_membership FROM visitor v JOIN visit vi ON v.ID = vi.visitor_ID GROUP BY v.ID, v.Name, v.Level_of_membership HAVING COUNT(DISTINCT vi.Museum_ID) > 1;

SELECT * FROM visit;""",
     """SELECT v.Name, v.Level_of_membership FROM visitor v JOIN visit vi ON v.ID = vi.visitor_ID GROUP BY v.ID, v.Name, v.Level_of_membership HAVING COUNT(DISTINCT vi.Museum_ID) > 1;""")

# ------------------------------------------------------------------ network_1
case("network_1", "names",
     "How many friends does each high schooler have? Show the name and the count.",
     "SELECT h.name, COUNT(*) AS num_friends FROM Highschooler h JOIN Friends f ON h.ID = f.student_id GROUP BY h.ID, h.name",
     "SELECT h.name, COUNT(*) AS num_friends FROM Highschooler h JOIN Friend f ON h.ID = f.student_id GROUP BY h.ID, h.name")
case("network_1", "names",
     "What are the names of the students who like somebody?",
     "SELECT DISTINCT h.name FROM Highschooler h JOIN Likes l ON h.ID = l.liker_id",
     "SELECT DISTINCT h.name FROM Highschooler h JOIN Likes l ON h.ID = l.student_id")
case("network_1", "names",
     "List the names of all tenth graders.",
     "SELECT name FROM High_Schooler WHERE grade = 10",
     "SELECT name FROM Highschooler WHERE grade = 10")
case("network_1", "dialect",
     "Which students have a name starting with the letter J? Show name and grade.",
     "SELECT name, grade FROM Highschooler WHERE LEFT(name, 1) = 'J'",
     "SELECT name, grade FROM Highschooler WHERE SUBSTR(name, 1, 1) = 'J'")
case("network_1", "wrapping",
     "Who does Kyle like? Give the names.",
     """Here is the corrected query:

```
SELECT h2.name
FROM Likes l
JOIN Highschooler h1 ON l.student_id = h1.ID
JOIN Highschooler h2 ON l.liked_id = h2.ID
WHERE h1.name = 'Kyle'
```""",
     """SELECT h2.name
FROM Likes l
JOIN Highschooler h1 ON l.student_id = h1.ID
JOIN Highschooler h2 ON l.liked_id = h2.ID
WHERE h1.name = 'Kyle'""")

# ------------------------------------------------------------------ orchestra
case("orchestra", "names",
     "Show the name of each conductor together with the orchestra they conduct.",
     "SELECT c.Name, o.Orchestra_Name FROM conductor c JOIN orchestra o ON o.Conductor_ID = c.Conductor_ID",
     "SELECT c.Name, o.Orchestra FROM conductor c JOIN orchestra o ON o.Conductor_ID = c.Conductor_ID")
case("orchestra", "names",
     "What are the record companies of orchestras founded after 2003?",
     "SELECT DISTINCT Record_Company FROM orchestra WHERE Year_Founded > 2003",
     "SELECT DISTINCT Record_Company FROM orchestra WHERE Year_of_Founded > 2003")
case("orchestra", "names",
     "List each performance type with the official ratings in millions and the orchestra that performed.",
     "SELECT p.Type, p.Official_ratings, o.Orchestra FROM performance p JOIN orchestra o ON p.Orchestra_ID = o.Orchestra_ID",
     "SELECT p.Type, p.\"Official_ratings_(millions)\", o.Orchestra FROM performance p JOIN orchestra o ON p.Orchestra_ID = o.Orchestra_ID")
case("orchestra", "dialect",
     "What is the average attendance of the shows, rounded to two decimals?",
     "SELECT ROUND(AVG(Attendance)::numeric, 2) AS avg_attendance FROM show",
     "SELECT ROUND(AVG(Attendance), 2) AS avg_attendance FROM show")
case("orchestra", "literals",
     "Which orchestras have CD / LP as their major record format?",
     "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD/LP'",
     "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD / LP'")

# --------------------------------------------------------------------- pets_1
case("pets_1", "names",
     "What is the average age of dogs?",
     "SELECT AVG(age) FROM Pets WHERE PetType = 'dog'",
     "SELECT AVG(pet_age) FROM Pets WHERE PetType = 'dog'")
case("pets_1", "names",
     "What are the last names of students who have a cat?",
     "SELECT DISTINCT s.LastName FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID WHERE p.PetType = 'cat'",
     "SELECT DISTINCT s.LName FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID WHERE p.PetType = 'cat'")
case("pets_1", "dialect",
     "For each pet type, which pet is the heaviest? Show type, pet id and weight.",
     "SELECT DISTINCT ON (PetType) PetType, PetID, weight FROM Pets ORDER BY PetType, weight DESC",
     "SELECT PetType, PetID, MAX(weight) AS weight FROM Pets GROUP BY PetType")
case("pets_1", "literals",
     "What are the first names and ages of students who own a dog?",
     "SELECT DISTINCT s.Fname, s.Age FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID WHERE p.PetType = 'Dog'",
     "SELECT DISTINCT s.Fname, s.Age FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'")
case("pets_1", "wrapping",
     "How many pets does each student who owns pets have? Show the student id and the count.",
     """The answer is:

SELECT StuID, COUNT(*) AS num_pets FROM Has_Pet GROUP BY StuID

This counts the rows of Has_Pet for each student.""",
     """SELECT StuID, COUNT(*) AS num_pets FROM Has_Pet GROUP BY StuID""")

# --------------------------------------------------------------- poker_player
case("poker_player", "names",
     "What are the names of poker players who earned more than 300000?",
     "SELECT p.Name FROM poker_player pp JOIN people p ON pp.Person_ID = p.People_ID WHERE pp.Earnings > 300000",
     "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Earnings > 300000")
case("poker_player", "names",
     "What are the nationalities of the poker players whose best finish was first place?",
     "SELECT DISTINCT pp.Nationality FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Best_Finish = 1",
     "SELECT DISTINCT p.Nationality FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Best_Finish = 1")
case("poker_player", "dialect",
     "Which people were born in 1986? Give name and birth date.",
     "SELECT Name, Birth_Date FROM people WHERE Birth_Date ~ '1986$'",
     "SELECT Name, Birth_Date FROM people WHERE Birth_Date LIKE '%1986'")
case("poker_player", "literals",
     "Which people are from Russia? List their names and heights.",
     "SELECT Name, Height FROM people WHERE Nationality = 'Russian'",
     "SELECT Name, Height FROM people WHERE Nationality = 'Russia'")
case("poker_player", "wrapping",
     "What is the money rank of the tallest poker player?",
     """**Answer:** `SELECT pp.Money_Rank FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY p.Height DESC LIMIT 1`""",
     """SELECT pp.Money_Rank FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY p.Height DESC LIMIT 1""")

# ---------------------------------------------------- real_estate_properties
case("real_estate_properties", "names",
     "Show each property's name along with the description of its property type.",
     "SELECT p.property_name, t.property_type_description FROM Properties p JOIN Property_Types t ON p.property_type_code = t.property_type_code",
     "SELECT p.property_name, t.property_type_description FROM Properties p JOIN Ref_Property_Types t ON p.property_type_code = t.property_type_code")
case("real_estate_properties", "names",
     "Which features does the property 'high line' have? List the feature names.",
     "SELECT opf.feature_name FROM Other_Property_Features opf JOIN Other_Available_Features f ON opf.feature_id = f.feature_id JOIN Properties p ON opf.property_id = p.property_id WHERE p.property_name = 'high line'",
     "SELECT f.feature_name FROM Other_Property_Features opf JOIN Other_Available_Features f ON opf.feature_id = f.feature_id JOIN Properties p ON opf.property_id = p.property_id WHERE p.property_name = 'high line'")
case("real_estate_properties", "dialect",
     "For properties put on the market since 2010, show the name and the month they went on the market.",
     "SELECT property_name, DATE_TRUNC('month', date_on_market) AS market_month FROM Properties WHERE date_on_market >= '2010-01-01'",
     "SELECT property_name, strftime('%Y-%m-01', date_on_market) AS market_month FROM Properties WHERE date_on_market >= '2010-01-01'")
case("real_estate_properties", "dialect",
     "List each property's name and agreed selling price, showing 0 when the price is missing.",
     "SELECT property_name, ISNULL(agreed_selling_price, 0) AS price FROM Properties",
     "SELECT property_name, IFNULL(agreed_selling_price, 0) AS price FROM Properties")
case("real_estate_properties", "literals",
     "What are the names and room counts of all apartments?",
     "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'APT'",
     "SELECT property_name, room_count FROM Properties WHERE property_type_code = 'Apartment'")

# --------------------------------------------------------------------- singer
case("singer", "names",
     "What are the titles of songs by singers with French citizenship?",
     "SELECT so.Title FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID WHERE s.Nationality = 'France'",
     "SELECT so.Title FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID WHERE s.Citizenship = 'France'")
case("singer", "names",
     "What are the total song sales of each singer? Show name and total.",
     "SELECT s.Name, SUM(so.Sales) AS total_sales FROM singers s JOIN song so ON so.Singer_ID = s.Singer_ID GROUP BY s.Singer_ID, s.Name",
     "SELECT s.Name, SUM(so.Sales) AS total_sales FROM singer s JOIN song so ON so.Singer_ID = s.Singer_ID GROUP BY s.Singer_ID, s.Name")
case("singer", "names",
     "What is the net worth of the singers born in 1949?",
     "SELECT Name, Net_Worth FROM singer WHERE Birth_Year = 1949",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Birth_Year = 1949")
case("singer", "dialect",
     "List every singer's name with their birth year as a whole number.",
     "SELECT Name, Birth_Year::int AS birth_year FROM singer",
     "SELECT Name, CAST(Birth_Year AS INTEGER) AS birth_year FROM singer")
case("singer", "literals",
     "How many copies did the song Cha Cha Slide sell, and what was its highest chart position?",
     "SELECT Sales, Highest_Position FROM song WHERE Title = 'Cha-Cha Slide'",
     "SELECT Sales, Highest_Position FROM song WHERE Title = 'Cha Cha Slide'")

# ------------------------------------------------ student_transcripts_tracking
case("student_transcripts_tracking", "names",
     "Which departments offer Master's degree programs?",
     "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs dp ON d.department_id = dp.department_id WHERE dp.degree_name = 'Master'",
     "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs dp ON d.department_id = dp.department_id WHERE dp.degree_summary_name = 'Master'")
case("student_transcripts_tracking", "names",
     "What is the first name of each student and the city of their current address?",
     "SELECT s.first_name, a.city FROM Students s JOIN Addresses a ON s.address_id = a.address_id",
     "SELECT s.first_name, a.city FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id")
case("student_transcripts_tracking", "names",
     "How many enrolments are there in each semester? Show the semester name and the count.",
     "SELECT sm.semester_name, COUNT(*) AS enrolments FROM Student_Enrollment se JOIN Semesters sm ON se.semester_id = sm.semester_id GROUP BY sm.semester_id, sm.semester_name",
     "SELECT sm.semester_name, COUNT(*) AS enrolments FROM Student_Enrolment se JOIN Semesters sm ON se.semester_id = sm.semester_id GROUP BY sm.semester_id, sm.semester_name")
case("student_transcripts_tracking", "dialect",
     "How many students first registered in each year?",
     "SELECT YEAR(date_first_registered) AS reg_year, COUNT(*) AS num_students FROM Students GROUP BY YEAR(date_first_registered)",
     "SELECT strftime('%Y', date_first_registered) AS reg_year, COUNT(*) AS num_students FROM Students GROUP BY strftime('%Y', date_first_registered)")
case("student_transcripts_tracking", "literals",
     "Which departments offer a PhD program?",
     "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs dp ON d.department_id = dp.department_id WHERE dp.degree_summary_name = 'PhD'",
     "SELECT DISTINCT d.department_name FROM Departments d JOIN Degree_Programs dp ON d.department_id = dp.department_id WHERE dp.degree_summary_name = 'PHD'")
case("student_transcripts_tracking", "wrapping",
     "Which courses have at least one section? List the course names.",
     """To find the courses with sections, join Courses to Sections:

```sqlite
SELECT DISTINCT c.course_name
FROM Courses c
JOIN Sections s ON s.course_id = c.course_id;
```

Let me know if you also need the section names!""",
     """SELECT DISTINCT c.course_name
FROM Courses c
JOIN Sections s ON s.course_id = c.course_id;""")

# --------------------------------------------------------------------- tvshow
case("tvshow", "names",
     "What are the titles of the cartoons directed by Ben Jones?",
     "SELECT Title FROM Cartoon WHERE Director = 'Ben Jones'",
     "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'")
case("tvshow", "names",
     "Which TV channels offer high definition TV? Give their series names.",
     "SELECT series_name FROM TV_Channel WHERE High_definition_TV = 'yes'",
     "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'")
case("tvshow", "dialect",
     "For each episode, show the rating part (before the slash) of its 18-49 rating/share.",
     "SELECT Episode, LEFT([18_49_Rating_Share], CHARINDEX('/', [18_49_Rating_Share]) - 1) AS rating_18_49 FROM TV_series",
     "SELECT Episode, SUBSTR(\"18_49_Rating_Share\", 1, INSTR(\"18_49_Rating_Share\", '/') - 1) AS rating_18_49 FROM TV_series")
case("tvshow", "dialect",
     "Which episodes aired in October 2007?",
     "SELECT Episode, Air_Date FROM TV_series WHERE STR_TO_DATE(Air_Date, '%M %d, %Y') BETWEEN '2007-10-01' AND '2007-10-31'",
     "SELECT Episode, Air_Date FROM TV_series WHERE Air_Date LIKE 'October %, 2007'")
case("tvshow", "literals",
     "Which channels are not pay-per-view? Show series name and country.",
     "SELECT series_name, Country FROM TV_Channel WHERE Pay_per_view_PPV = 'No'",
     "SELECT series_name, Country FROM TV_Channel WHERE Pay_per_view_PPV = 'no'")

# -------------------------------------------------------------------- voter_1
case("voter_1", "names",
     "Which contestants received votes from New York (NY)? List their names.",
     "SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON c.contestant_number = v.contestant_id WHERE v.state = 'NY'",
     "SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON c.contestant_number = v.contestant_number WHERE v.state = 'NY'")
case("voter_1", "names",
     "What are the area codes for California?",
     "SELECT areacode FROM AREA_CODE_STATE WHERE state = 'CA'",
     "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'CA'")
case("voter_1", "dialect",
     "How many votes were cast on each day?",
     "SELECT TO_CHAR(created, 'YYYY-MM-DD') AS vote_day, COUNT(*) AS num_votes FROM VOTES GROUP BY 1 ORDER BY 1",
     "SELECT date(created) AS vote_day, COUNT(*) AS num_votes FROM VOTES GROUP BY 1 ORDER BY 1")
case("voter_1", "literals",
     "List the vote ids and phone numbers of votes that came from New York.",
     "SELECT vote_id, phone_number FROM VOTES WHERE state = 'New York'",
     "SELECT vote_id, phone_number FROM VOTES WHERE state = 'NY'")
case("voter_1", "wrapping",
     "Which contestant received the most votes? Give the name.",
     """{"sql": "SELECT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number, c.contestant_name ORDER BY COUNT(*) DESC LIMIT 1"}""",
     """SELECT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number, c.contestant_name ORDER BY COUNT(*) DESC LIMIT 1""")

# -------------------------------------------------------------------- world_1
case("world_1", "names",
     "Which cities in the Netherlands are there, and what are their populations?",
     "SELECT ci.Name, ci.Population FROM city ci JOIN country co ON ci.Country_Code = co.Code WHERE co.Name = 'Netherlands'",
     "SELECT ci.Name, ci.Population FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE co.Name = 'Netherlands'")
case("world_1", "names",
     "Which Asian cities have a population above 5 million?",
     "SELECT Name, Population FROM city WHERE Population > 5000000 AND Continent = 'Asia'",
     "SELECT ci.Name, ci.Population FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE ci.Population > 5000000 AND co.Continent = 'Asia'")
case("world_1", "dialect",
     "What are the five most populous countries?",
     "SELECT Name, Population FROM country ORDER BY Population DESC FETCH FIRST 5 ROWS ONLY",
     "SELECT Name, Population FROM country ORDER BY Population DESC LIMIT 5")
case("world_1", "dialect",
     "Which countries have names longer than 25 characters?",
     "SELECT Name FROM country WHERE LEN(Name) > 25",
     "SELECT Name FROM country WHERE LENGTH(Name) > 25")
case("world_1", "literals",
     "What languages are spoken in the United States, and by what percentage of the population?",
     "SELECT Language, Percentage FROM countrylanguage WHERE CountryCode = 'US'",
     "SELECT Language, Percentage FROM countrylanguage WHERE CountryCode = 'USA'")
case("world_1", "wrapping",
     "What are the official languages of Canada?",
     """SELECT cl.Language FROM countrylanguage cl JOIN country c ON c.Code = cl.CountryCode WHERE c.Name = 'Canada' AND cl.IsOfficial = 'T'
Note: IsOfficial is stored as 'T'/'F', so 'T' selects the official languages.""",
     """SELECT cl.Language FROM countrylanguage cl JOIN country c ON c.Code = cl.CountryCode WHERE c.Name = 'Canada' AND cl.IsOfficial = 'T'""")


# ======================================================================== run
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def run(db_id, sql):
    path = os.path.join(DB_ROOT, db_id, db_id + ".sqlite")
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def check(c):
    cls, db = c["class"], c["db_id"]
    try:
        rows = run(db, c["correct"])
    except Exception as e:
        return "correct query failed: %r" % e
    if not rows:
        return "correct query returned no rows"
    if norm(c["broken"]) == norm(c["correct"]):
        return "broken == correct"
    err, brows = None, None
    try:
        brows = run(db, c["broken"])
    except Exception as e:
        err = e
    if cls == "names":
        if err is None:
            return "broken names query ran"
        m = str(err)
        if not (m.startswith("no such column") or m.startswith("no such table")):
            return "broken names query failed with other error: %s" % m
    elif cls == "dialect":
        if err is None:
            return "broken dialect query ran"
    elif cls == "literals":
        if err is not None:
            return "broken literals query errored: %s" % err
        if brows:
            return "broken literals query returned %d rows" % len(brows)
    elif cls == "wrapping":
        if err is None:
            return "broken wrapping text ran as-is"
        if norm(c["correct"]) not in norm(c["broken"]) and \
                norm(c["correct"]) not in norm(c["broken"].replace('\\"', '"')):
            return "correct query not contained in wrapped text"
    else:
        return "unknown class %s" % cls
    c["_err"] = None if err is None else str(err)
    return None


def main():
    failures = 0
    for i, c in enumerate(CASES):
        msg = check(c)
        if msg:
            failures += 1
            print("FAIL #%d [%s/%s] %s\n    %s" % (i, c["db_id"], c["class"], c["question"], msg))
    by_cls = collections.Counter(c["class"] for c in CASES)
    by_db = collections.Counter(c["db_id"] for c in CASES)
    print("cases:", len(CASES))
    print("by class:", dict(by_cls))
    print("by db:", dict(sorted(by_db.items())))
    want = {"names": 45, "dialect": 25, "literals": 20, "wrapping": 10}
    if dict(by_cls) != want:
        print("FAIL: class counts %s != %s" % (dict(by_cls), want))
        failures += 1
    if len(by_db) != 19 or min(by_db.values()) < 4:
        print("FAIL: database coverage")
        failures += 1
    if len({(c["db_id"], norm(c["broken"])) for c in CASES}) != len(CASES):
        print("FAIL: duplicate broken queries")
        failures += 1
    if failures:
        print("%d failure(s); not writing %s" % (failures, OUT))
        sys.exit(1)
    with open(OUT, "w") as f:
        for c in CASES:
            rec = {k: c[k] for k in ("db_id", "class", "question", "broken", "correct")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
