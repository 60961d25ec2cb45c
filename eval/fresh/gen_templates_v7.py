#!/usr/bin/env python3
"""Blind template pairs (v7): question / reworded question with other literal values,
plus one near-miss question per pair. Runs every gold query against the Spider
SQLite files and writes templates_v7.json and templates_v7_nearmiss.json beside
this script only if every check passes."""
import json
import os
import re
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))

# (db_id, question, query, paraphrase, paraphrase_query, nearmiss_question, nearmiss_query)
P = []


def add(db, q, sql, p, psql, nq, nsql):
    P.append((db, q, sql, p, psql, nq, nsql))


# ---------------- battle_death
add("battle_death",
    "what ships got lost at the Siege of Constantinople?",
    "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Siege of Constantinople'",
    "list the vessels that were lost in the Battle of Messinopolis",
    "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Messinopolis'",
    "how many ships got lost at the Siege of Constantinople?",
    "SELECT count(*) FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Siege of Constantinople'")
add("battle_death",
    "How many battles did Kaloyan lead on the Bulgarian side?",
    "SELECT count(*) FROM battle WHERE bulgarian_commander = 'Kaloyan'",
    "number of battles where Boril was the bulgarian commander",
    "SELECT count(*) FROM battle WHERE bulgarian_commander = 'Boril'",
    "Which Latin commanders did Kaloyan fight against?",
    "SELECT DISTINCT latin_commander FROM battle WHERE bulgarian_commander = 'Kaloyan'")
add("battle_death",
    "How many people in total were killed by the ship Lettice?",
    "SELECT sum(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id WHERE s.name = 'Lettice'",
    "total deaths caused by the Three Brothers",
    "SELECT sum(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id WHERE s.name = 'Three Brothers'",
    "How many people in total were injured by the ship Lettice?",
    "SELECT sum(d.injured) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id WHERE s.name = 'Lettice'")
add("battle_death",
    "which battles ended in a Bulgarian victory",
    "SELECT name FROM battle WHERE result = 'Bulgarian victory'",
    "show me the battles the result of which was a Latin victory",
    "SELECT name FROM battle WHERE result = 'Latin victory'",
    "how many battles did NOT end in a Bulgarian victory",
    "SELECT count(*) FROM battle WHERE result != 'Bulgarian victory'")

# ---------------- car_1
add("car_1",
    "How many car makers are from Japan?",
    "SELECT count(*) FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'",
    "number of car manufacturers based in germany",
    "SELECT count(*) FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'germany'",
    "Which car makers are from Japan?",
    "SELECT m.FullName FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'")
add("car_1",
    "what's the average weight of cars from 1975",
    "SELECT avg(Weight) FROM cars_data WHERE Year = 1975",
    "For 1980 cars, how heavy were they on average?",
    "SELECT avg(Weight) FROM cars_data WHERE Year = 1980",
    "what's the heaviest weight of any car from 1975",
    "SELECT max(Weight) FROM cars_data WHERE Year = 1975")
add("car_1",
    "How many cars have 8 cylinders?",
    "SELECT count(*) FROM cars_data WHERE Cylinders = 8",
    "count the cars with a 4 cylinder engine",
    "SELECT count(*) FROM cars_data WHERE Cylinders = 4",
    "What's the average acceleration of cars with 8 cylinders?",
    "SELECT avg(Accelerate) FROM cars_data WHERE Cylinders = 8")
add("car_1",
    "What models does ford make?",
    "SELECT ml.Model FROM model_list ml JOIN car_makers m ON ml.Maker = m.Id WHERE m.Maker = 'ford'",
    "list all the models made by chrysler",
    "SELECT ml.Model FROM model_list ml JOIN car_makers m ON ml.Maker = m.Id WHERE m.Maker = 'chrysler'",
    "How many models does ford make?",
    "SELECT count(*) FROM model_list ml JOIN car_makers m ON ml.Maker = m.Id WHERE m.Maker = 'ford'")

# ---------------- concert_singer
add("concert_singer",
    "How many singers are from France?",
    "SELECT count(*) FROM singer WHERE Country = 'France'",
    "number of singers whose country is the Netherlands",
    "SELECT count(*) FROM singer WHERE Country = 'Netherlands'",
    "What's the average age of singers from France?",
    "SELECT avg(Age) FROM singer WHERE Country = 'France'")
add("concert_singer",
    "which concerts took place in 2014",
    "SELECT concert_Name FROM concert WHERE Year = '2014'",
    "list the names of concerts held in 2015",
    "SELECT concert_Name FROM concert WHERE Year = '2015'",
    "how many concerts took place in 2014",
    "SELECT count(*) FROM concert WHERE Year = '2014'")
add("concert_singer",
    "What's the capacity of Hampden Park?",
    "SELECT Capacity FROM stadium WHERE Name = 'Hampden Park'",
    "how many people can Balmoor hold?",
    "SELECT Capacity FROM stadium WHERE Name = 'Balmoor'",
    "What's the average attendance at Hampden Park?",
    "SELECT Average FROM stadium WHERE Name = 'Hampden Park'")
add("concert_singer",
    "Which singers are older than 40?",
    "SELECT Name FROM singer WHERE Age > 40",
    "names of singers over 30",
    "SELECT Name FROM singer WHERE Age > 30",
    "How many singers are older than 40?",
    "SELECT count(*) FROM singer WHERE Age > 40")

# ---------------- course_teach
add("course_teach",
    "How old is Anne Walker?",
    "SELECT Age FROM teacher WHERE Name = 'Anne Walker'",
    "what age is the teacher Lucy Wong",
    "SELECT Age FROM teacher WHERE Name = 'Lucy Wong'",
    "Where is Anne Walker from?",
    "SELECT Hometown FROM teacher WHERE Name = 'Anne Walker'")
add("course_teach",
    "Which teachers teach Math?",
    "SELECT t.Name FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Math'",
    "who's teaching the History course",
    "SELECT t.Name FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'History'",
    "Which grades is Math taught in?",
    "SELECT ca.Grade FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Math'")
add("course_teach",
    "which courses does Anne Walker teach",
    "SELECT c.Course FROM course c JOIN course_arrange ca ON c.Course_ID = ca.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'",
    "What does Gustaaf Deloor teach?",
    "SELECT c.Course FROM course c JOIN course_arrange ca ON c.Course_ID = ca.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Gustaaf Deloor'",
    "how many courses does Anne Walker teach",
    "SELECT count(*) FROM course c JOIN course_arrange ca ON c.Course_ID = ca.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'")
add("course_teach",
    "When does the Science course start?",
    "SELECT Staring_Date FROM course WHERE Course = 'Science'",
    "start date of French?",
    "SELECT Staring_Date FROM course WHERE Course = 'French'",
    "Who teaches the Science course?",
    "SELECT t.Name FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Science'")

# ---------------- cre_Doc_Template_Mgt
add("cre_Doc_Template_Mgt",
    "How many templates are of the Book type?",
    "SELECT count(*) FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'",
    "count of Presentation templates",
    "SELECT count(*) FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'",
    "Which template ids are of the Book type?",
    "SELECT t.Template_ID FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'")
add("cre_Doc_Template_Mgt",
    "which template does the document Learning French use?",
    "SELECT Template_ID FROM Documents WHERE Document_Name = 'Learning French'",
    "the 'About Korea' doc - what template id is it based on",
    "SELECT Template_ID FROM Documents WHERE Document_Name = 'About Korea'",
    "what type of template does the document Learning French use?",
    "SELECT t.Template_Type_Code FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID WHERE d.Document_Name = 'Learning French'")
add("cre_Doc_Template_Mgt",
    "How many paragraphs are in Customer reviews?",
    "SELECT count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'",
    "number of paragraphs the document 'Welcome to NY' has",
    "SELECT count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Welcome to NY'",
    "Show the paragraph texts in Customer reviews",
    "SELECT p.Paragraph_Text FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'")
add("cre_Doc_Template_Mgt",
    "which templates have a version number above 5?",
    "SELECT Template_ID FROM Templates WHERE Version_Number > 5",
    "templates whose version is greater than 8 - ids please",
    "SELECT Template_ID FROM Templates WHERE Version_Number > 8",
    "how many templates have a version number above 5?",
    "SELECT count(*) FROM Templates WHERE Version_Number > 5")

# ---------------- dog_kennels
add("dog_kennels",
    "How many dogs are bulldogs?",
    "SELECT count(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'",
    "number of Husky dogs in the kennel",
    "SELECT count(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'",
    "What are the names of the bulldogs?",
    "SELECT d.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'")
add("dog_kennels",
    "what dogs does Rachelle Funk own?",
    "SELECT d.name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id WHERE o.first_name = 'Rachelle' AND o.last_name = 'Funk'",
    "Names of the dogs belonging to Jaclyn Stoltenberg",
    "SELECT d.name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id WHERE o.first_name = 'Jaclyn' AND o.last_name = 'Stoltenberg'",
    "how many dogs does Rachelle Funk own?",
    "SELECT count(*) FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id WHERE o.first_name = 'Rachelle' AND o.last_name = 'Funk'")
add("dog_kennels",
    "What's the total cost of all vaccinations?",
    "SELECT sum(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Vaccination'",
    "how much did we spend on walks in total (Take for a Walk)",
    "SELECT sum(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Take for a Walk'",
    "How many vaccinations were given?",
    "SELECT count(*) FROM Treatments t JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Vaccination'")
add("dog_kennels",
    "which professionals live in Indiana",
    "SELECT first_name, last_name FROM Professionals WHERE state = 'Indiana'",
    "Show first and last names of the professionals based in Connecticut",
    "SELECT first_name, last_name FROM Professionals WHERE state = 'Connecticut'",
    "which dog owners live in Indiana",
    "SELECT first_name, last_name FROM Owners WHERE state = 'Indiana'")

# ---------------- employee_hire_evaluation
add("employee_hire_evaluation",
    "How many employees live in Bristol?",
    "SELECT count(*) FROM employee WHERE City = 'Bristol'",
    "number of staff fromm Wasps",
    "SELECT count(*) FROM employee WHERE City = 'Wasps'",
    "Which employees live in Bristol?",
    "SELECT Name FROM employee WHERE City = 'Bristol'")
add("employee_hire_evaluation",
    "who manages the shop in Helsinki?",
    "SELECT Manager_name FROM shop WHERE Location = 'Helsinki'",
    "Turku shop - manager name?",
    "SELECT Manager_name FROM shop WHERE Location = 'Turku'",
    "how many products does the shop in Helsinki have?",
    "SELECT Number_products FROM shop WHERE Location = 'Helsinki'")
add("employee_hire_evaluation",
    "What was the total bonus paid out in 2016?",
    "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'",
    "sum of bonuses awarded in 2018",
    "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2018'",
    "Who got a bonus in 2016?",
    "SELECT e.Name FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE ev.Year_awarded = '2016'")
add("employee_hire_evaluation",
    "Which employees work at FC Haka?",
    "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Haka'",
    "who has been hired by FC Lahti",
    "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Lahti'",
    "How many employees work at FC Haka?",
    "SELECT count(*) FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Haka'")

# ---------------- flight_2  (flights.SourceAirport/DestAirport carry a leading space; airports.City a trailing one)
add("flight_2",
    "what's the abbreviation for JetBlue Airways?",
    "SELECT Abbreviation FROM airlines WHERE Airline = 'JetBlue Airways'",
    "Frontier Airlines short name?",
    "SELECT Abbreviation FROM airlines WHERE Airline = 'Frontier Airlines'",
    "which country is JetBlue Airways from?",
    "SELECT Country FROM airlines WHERE Airline = 'JetBlue Airways'")
add("flight_2",
    "How many flights depart from AXG?",
    "SELECT count(*) FROM flights WHERE trim(SourceAirport) = 'AXG'",
    "number of flights leaving airport CVO",
    "SELECT count(*) FROM flights WHERE trim(SourceAirport) = 'CVO'",
    "How many different airlines fly out of AXG?",
    "SELECT count(DISTINCT Airline) FROM flights WHERE trim(SourceAirport) = 'AXG'")
add("flight_2",
    "Which airports are in Abilene?",
    "SELECT AirportName FROM airports WHERE trim(City) = 'Abilene'",
    "give me the names of the airports in the city of Aberdeen",
    "SELECT AirportName FROM airports WHERE trim(City) = 'Aberdeen'",
    "How many airports are in Abilene?",
    "SELECT count(*) FROM airports WHERE trim(City) = 'Abilene'")
add("flight_2",
    "what city is airport AKI in",
    "SELECT City FROM airports WHERE AirportCode = 'AKI'",
    "ASY - which city is that airport located in?",
    "SELECT City FROM airports WHERE AirportCode = 'ASY'",
    "what country is airport AKI in",
    "SELECT Country FROM airports WHERE AirportCode = 'AKI'")

# ---------------- museum_visit
add("museum_visit",
    "How many staff does the Plaza Museum have?",
    "SELECT Num_of_Staff FROM museum WHERE Name = 'Plaza Museum'",
    "staff count at RiverPark Museum",
    "SELECT Num_of_Staff FROM museum WHERE Name = 'RiverPark Museum'",
    "When did the Plaza Museum open?",
    "SELECT Open_Year FROM museum WHERE Name = 'Plaza Museum'")
add("museum_visit",
    "which museums opened after 2009",
    "SELECT Name FROM museum WHERE Open_Year > '2009'",
    "List museums that were opened later than 2010.",
    "SELECT Name FROM museum WHERE Open_Year > '2010'",
    "how many museums opened after 2009",
    "SELECT count(*) FROM museum WHERE Open_Year > '2009'")
add("museum_visit",
    "How much has Arjen Robben spent in total on museum visits?",
    "SELECT sum(v.Total_spent) FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Arjen Robben'",
    "total amount Fernando Gago spent across all his visits",
    "SELECT sum(v.Total_spent) FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Fernando Gago'",
    "How many tickets has Arjen Robben bought in total?",
    "SELECT sum(v.Num_of_Ticket) FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Arjen Robben'")
add("museum_visit",
    "Which visitors are older than 30?",
    "SELECT Name FROM visitor WHERE Age > 30",
    "names of visitors over the age of 27",
    "SELECT Name FROM visitor WHERE Age > 27",
    "Which visitors older than 30 have a membership level above 5?",
    "SELECT Name FROM visitor WHERE Age > 30 AND Level_of_membership > 5")

# ---------------- network_1
add("network_1",
    "Which students are in grade 9?",
    "SELECT name FROM Highschooler WHERE grade = 9",
    "list the names of the 11th graders",
    "SELECT name FROM Highschooler WHERE grade = 11",
    "How many students are in grade 9?",
    "SELECT count(*) FROM Highschooler WHERE grade = 9")
add("network_1",
    "Who are Andrew's friends?",
    "SELECT h2.name FROM Friend f JOIN Highschooler h1 ON f.student_id = h1.ID JOIN Highschooler h2 ON f.friend_id = h2.ID WHERE h1.name = 'Andrew'",
    "names of the ppl Kris is friends with",
    "SELECT h2.name FROM Friend f JOIN Highschooler h1 ON f.student_id = h1.ID JOIN Highschooler h2 ON f.friend_id = h2.ID WHERE h1.name = 'Kris'",
    "Who does Andrew like?",
    "SELECT h2.name FROM Likes l JOIN Highschooler h1 ON l.student_id = h1.ID JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h1.name = 'Andrew'")
add("network_1",
    "What grade is Tiffany in?",
    "SELECT grade FROM Highschooler WHERE name = 'Tiffany'",
    "Logan - which grade?",
    "SELECT grade FROM Highschooler WHERE name = 'Logan'",
    "What's Tiffany's student ID?",
    "SELECT ID FROM Highschooler WHERE name = 'Tiffany'")
add("network_1",
    "How many friends does Alexis have?",
    "SELECT count(*) FROM Friend f JOIN Highschooler h ON f.student_id = h.ID WHERE h.name = 'Alexis'",
    "count Andrew's friends",
    "SELECT count(*) FROM Friend f JOIN Highschooler h ON f.student_id = h.ID WHERE h.name = 'Andrew'",
    "How many students like Alexis?",
    "SELECT count(*) FROM Likes l JOIN Highschooler h ON l.liked_id = h.ID WHERE h.name = 'Alexis'")

# ---------------- orchestra
add("orchestra",
    "Which conductors are from the UK?",
    "SELECT Name FROM conductor WHERE Nationality = 'UK'",
    "list conductors with French nationality",
    "SELECT Name FROM conductor WHERE Nationality = 'France'",
    "How many conductors are from the UK?",
    "SELECT count(*) FROM conductor WHERE Nationality = 'UK'")
add("orchestra",
    "which orchestras record with Decca Records",
    "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'",
    "Orchestras signed to the Philips label?",
    "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Philips'",
    "who conducts the orchestras that record with Decca Records",
    "SELECT c.Name FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID WHERE o.Record_Company = 'Decca Records'")
add("orchestra",
    "Which orchestras were founded in 2008?",
    "SELECT Orchestra FROM orchestra WHERE Year_of_Founded = 2008",
    "orchestras established in 2002",
    "SELECT Orchestra FROM orchestra WHERE Year_of_Founded = 2002",
    "Which orchestras were founded after 2008?",
    "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2008")
add("orchestra",
    "How old is Pierre Boulez?",
    "SELECT Age FROM conductor WHERE Name = 'Pierre Boulez'",
    "what's Seiji Ozawa's age",
    "SELECT Age FROM conductor WHERE Name = 'Seiji Ozawa'",
    "How many years has Pierre Boulez worked?",
    "SELECT Year_of_Work FROM conductor WHERE Name = 'Pierre Boulez'")

# ---------------- pets_1
add("pets_1",
    "How many students live in city code BAL?",
    "SELECT count(*) FROM Student WHERE city_code = 'BAL'",
    "number of students from HKG",
    "SELECT count(*) FROM Student WHERE city_code = 'HKG'",
    "Which students live in city code BAL?",
    "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'")
add("pets_1",
    "average age of the female students?",
    "SELECT avg(Age) FROM Student WHERE Sex = 'F'",
    "How old are male students on average",
    "SELECT avg(Age) FROM Student WHERE Sex = 'M'",
    "how many female students are there?",
    "SELECT count(*) FROM Student WHERE Sex = 'F'")
add("pets_1",
    "What kind of pet does Linda Smith have?",
    "SELECT p.PetType FROM Pets p JOIN Has_Pet h ON p.PetID = h.PetID JOIN Student s ON h.StuID = s.StuID WHERE s.Fname = 'Linda' AND s.LName = 'Smith'",
    "Tracy Kim's pets - what type are they?",
    "SELECT p.PetType FROM Pets p JOIN Has_Pet h ON p.PetID = h.PetID JOIN Student s ON h.StuID = s.StuID WHERE s.Fname = 'Tracy' AND s.LName = 'Kim'",
    "How old is Linda Smith's pet?",
    "SELECT p.pet_age FROM Pets p JOIN Has_Pet h ON p.PetID = h.PetID JOIN Student s ON h.StuID = s.StuID WHERE s.Fname = 'Linda' AND s.LName = 'Smith'")
add("pets_1",
    "Which students are older than 21? first and last name",
    "SELECT Fname, LName FROM Student WHERE Age > 21",
    "first + last names of students over 25",
    "SELECT Fname, LName FROM Student WHERE Age > 25",
    "Which female students are older than 21? first and last name",
    "SELECT Fname, LName FROM Student WHERE Age > 21 AND Sex = 'F'")

# ---------------- poker_player
add("poker_player",
    "What are Aleksey Ostapenko's poker earnings?",
    "SELECT pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE p.Name = 'Aleksey Ostapenko'",
    "how much has Maksim Botin earned playing poker",
    "SELECT pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE p.Name = 'Maksim Botin'",
    "What's Aleksey Ostapenko's best finish?",
    "SELECT pp.Best_Finish FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE p.Name = 'Aleksey Ostapenko'")
add("poker_player",
    "How many people are from Russia?",
    "SELECT count(*) FROM people WHERE Nationality = 'Russia'",
    "count the Bulgarian people",
    "SELECT count(*) FROM people WHERE Nationality = 'Bulgaria'",
    "How many poker players are from Russia?",
    "SELECT count(*) FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russia'")
add("poker_player",
    "names of poker players who earned more than 200000",
    "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Earnings > 200000",
    "Which players have earnings above 150,000?",
    "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Earnings > 150000",
    "how many poker players earned more than 200000",
    "SELECT count(*) FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Earnings > 200000")
add("poker_player",
    "How tall is Roman Bragin?",
    "SELECT Height FROM people WHERE Name = 'Roman Bragin'",
    "Sergey Grankin's height?",
    "SELECT Height FROM people WHERE Name = 'Sergey Grankin'",
    "When was Roman Bragin born?",
    "SELECT Birth_Date FROM people WHERE Name = 'Roman Bragin'")

# ---------------- real_estate_properties
add("real_estate_properties",
    "how many apartments are listed?",
    "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'",
    "Number of properties of type Other",
    "SELECT count(*) FROM Properties WHERE property_type_code = 'Other'",
    "what are the names of the apartments?",
    "SELECT property_name FROM Properties WHERE property_type_code = 'Apartment'")
add("real_estate_properties",
    "Which properties have more than 8 rooms?",
    "SELECT property_name FROM Properties WHERE room_count > 8",
    "list properties with over 6 rooms",
    "SELECT property_name FROM Properties WHERE room_count > 6",
    "How many properties have more than 8 rooms?",
    "SELECT count(*) FROM Properties WHERE room_count > 8")
add("real_estate_properties",
    "What did avalon sell for?",
    "SELECT agreed_selling_price FROM Properties WHERE property_name = 'avalon'",
    "agreed sale price of the chelsea property",
    "SELECT agreed_selling_price FROM Properties WHERE property_name = 'chelsea'",
    "What was the asking price for avalon?",
    "SELECT vendor_requested_price FROM Properties WHERE property_name = 'avalon'")
add("real_estate_properties",
    "which properties have a Pool",
    "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'",
    "Properties that come with AirCon?",
    "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon'",
    "how many properties have a Pool",
    "SELECT count(DISTINCT p.property_id) FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'")

# ---------------- singer
add("singer",
    "Which singers are US citizens?",
    "SELECT Name FROM singer WHERE Citizenship = 'United States'",
    "list the singers with Chilean citizenship",
    "SELECT Name FROM singer WHERE Citizenship = 'Chile'",
    "What's the total net worth of US singers?",
    "SELECT sum(Net_Worth_Millions) FROM singer WHERE Citizenship = 'United States'")
add("singer",
    "What songs does Christy Walton have?",
    "SELECT so.Title FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID WHERE s.Name = 'Christy Walton'",
    "show me the titles of Liliane Bettencourt's songs",
    "SELECT so.Title FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID WHERE s.Name = 'Liliane Bettencourt'",
    "What are the total sales of Christy Walton's songs?",
    "SELECT sum(so.Sales) FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID WHERE s.Name = 'Christy Walton'")
add("singer",
    "singers born before 1945?",
    "SELECT Name FROM singer WHERE Birth_Year < 1945",
    "Who among the singers was born earlier than 1950",
    "SELECT Name FROM singer WHERE Birth_Year < 1950",
    "how many singers were born before 1945?",
    "SELECT count(*) FROM singer WHERE Birth_Year < 1945")
add("singer",
    "How many songs sold more than 300000 copies?",
    "SELECT count(*) FROM song WHERE Sales > 300000",
    "number of songs with sales over 280k",
    "SELECT count(*) FROM song WHERE Sales > 280000",
    "Which songs sold more than 300000 copies?",
    "SELECT Title FROM song WHERE Sales > 300000")

# ---------------- student_transcripts_tracking
add("student_transcripts_tracking",
    "How many degree programs does the statistics department offer?",
    "SELECT count(*) FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id WHERE d.department_name = 'statistics'",
    "number of degrees offered by drama",
    "SELECT count(*) FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id WHERE d.department_name = 'drama'",
    "What kinds of degrees does the statistics department offer?",
    "SELECT DISTINCT dp.degree_summary_name FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id WHERE d.department_name = 'statistics'")
add("student_transcripts_tracking",
    "how many enrollments were there in summer 2010?",
    "SELECT count(*) FROM Student_Enrolment se JOIN Semesters s ON se.semester_id = s.semester_id WHERE s.semester_name = 'summer 2010'",
    "Count of student enrolments for the fall 2018 semester",
    "SELECT count(*) FROM Student_Enrolment se JOIN Semesters s ON se.semester_id = s.semester_id WHERE s.semester_name = 'fall 2018'",
    "which students enrolled in summer 2010?",
    "SELECT DISTINCT st.first_name, st.last_name FROM Student_Enrolment se JOIN Semesters s ON se.semester_id = s.semester_id JOIN Students st ON se.student_id = st.student_id WHERE s.semester_name = 'summer 2010'")
add("student_transcripts_tracking",
    "Which students first registered after 2010? first and last names",
    "SELECT first_name, last_name FROM Students WHERE date_first_registered > '2010-01-01'",
    "students who registered after 2005 - first name, last name",
    "SELECT first_name, last_name FROM Students WHERE date_first_registered > '2005-01-01'",
    "How many students first registered after 2010?",
    "SELECT count(*) FROM Students WHERE date_first_registered > '2010-01-01'")
add("student_transcripts_tracking",
    "which students currently live in Gabon",
    "SELECT s.first_name, s.last_name FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.country = 'Gabon'",
    "Students whose current address is in Lesotho?",
    "SELECT s.first_name, s.last_name FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.country = 'Lesotho'",
    "which students have their permanent address in Gabon",
    "SELECT s.first_name, s.last_name FROM Students s JOIN Addresses a ON s.permanent_address_id = a.address_id WHERE a.country = 'Gabon'")

# ---------------- tvshow
add("tvshow",
    "Which cartoons did Ben Jones direct?",
    "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'",
    "titles of the cartoons directed by Michael Chang",
    "SELECT Title FROM Cartoon WHERE Directed_by = 'Michael Chang'",
    "Who wrote the cartoons that Ben Jones directed?",
    "SELECT Written_by FROM Cartoon WHERE Directed_by = 'Ben Jones'")
add("tvshow",
    "How many TV channels are in Italy?",
    "SELECT count(*) FROM TV_Channel WHERE Country = 'Italy'",
    "number of channels based in the United Kingdom",
    "SELECT count(*) FROM TV_Channel WHERE Country = 'United Kingdom'",
    "What are the names of the TV channels in Italy?",
    "SELECT series_name FROM TV_Channel WHERE Country = 'Italy'")
add("tvshow",
    "What's the rating of the episode Keepers?",
    "SELECT Rating FROM TV_series WHERE Episode = 'Keepers'",
    "Winterland episode - what rating did it get",
    "SELECT Rating FROM TV_series WHERE Episode = 'Winterland'",
    "How many viewers (millions) did Keepers have?",
    "SELECT Viewers_m FROM TV_series WHERE Episode = 'Keepers'")
add("tvshow",
    "Which episodes aired on Sky Radio?",
    "SELECT s.Episode FROM TV_series s JOIN TV_Channel c ON s.Channel = c.id WHERE c.series_name = 'Sky Radio'",
    "list the TV series episodes shown on MTV Dance",
    "SELECT s.Episode FROM TV_series s JOIN TV_Channel c ON s.Channel = c.id WHERE c.series_name = 'MTV Dance'",
    "Which cartoons aired on Sky Radio?",
    "SELECT ca.Title FROM Cartoon ca JOIN TV_Channel c ON ca.Channel = c.id WHERE c.series_name = 'Sky Radio'")

# ---------------- voter_1
add("voter_1",
    "How many votes came from NY?",
    "SELECT count(*) FROM VOTES WHERE state = 'NY'",
    "number of votes cast in CA",
    "SELECT count(*) FROM VOTES WHERE state = 'CA'",
    "Which contestants got votes from NY?",
    "SELECT DISTINCT c.contestant_name FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE v.state = 'NY'")
add("voter_1",
    "How many area codes does TX have?",
    "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'TX'",
    "count the area codes in FL",
    "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'FL'",
    "List the area codes in TX",
    "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'")
add("voter_1",
    "How many votes did Tabatha Gehling get?",
    "SELECT count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Tabatha Gehling'",
    "vote count for Kelly Clauss",
    "SELECT count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'",
    "Which states did Tabatha Gehling's votes come from?",
    "SELECT DISTINCT v.state FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Tabatha Gehling'")
add("voter_1",
    "what's the name of contestant number 5",
    "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number = 5",
    "Who is contestant #9?",
    "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number = 9",
    "how many votes did contestant number 5 get",
    "SELECT count(*) FROM VOTES WHERE contestant_number = 5")

# ---------------- world_1
add("world_1",
    "What's the population of Japan?",
    "SELECT Population FROM country WHERE Name = 'Japan'",
    "how many poeple live in Brazil",
    "SELECT Population FROM country WHERE Name = 'Brazil'",
    "What's the life expectancy in Japan?",
    "SELECT LifeExpectancy FROM country WHERE Name = 'Japan'")
add("world_1",
    "How many countries are in Africa?",
    "SELECT count(*) FROM country WHERE Continent = 'Africa'",
    "number of European countries",
    "SELECT count(*) FROM country WHERE Continent = 'Europe'",
    "What's the total population of Africa?",
    "SELECT sum(Population) FROM country WHERE Continent = 'Africa'")
add("world_1",
    "What languages are spoken in Canada?",
    "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Canada'",
    "languages people speak in Switzerland?",
    "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Switzerland'",
    "Which languages are official in Canada?",
    "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Canada' AND cl.IsOfficial = 'T'")
add("world_1",
    "Which cities in Spain have more than 500000 people?",
    "SELECT ci.Name FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE co.Name = 'Spain' AND ci.Population > 500000",
    "German cities with a population above 1 million",
    "SELECT ci.Name FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE co.Name = 'Germany' AND ci.Population > 1000000",
    "How many cities in Spain have more than 500000 people?",
    "SELECT count(*) FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE co.Name = 'Spain' AND ci.Population > 500000")


STR_RE = re.compile(r"'(?:[^']|'')*'")
NUM_RE = re.compile(r"(?<![A-Za-z_0-9.])\d+(?:\.\d+)?(?![A-Za-z_0-9])")


def mask(sql):
    s = STR_RE.sub("'?'", sql)
    s = NUM_RE.sub("?", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def run(db, sql):
    con = sqlite3.connect(os.path.join(DB_DIR, db, db + ".sqlite"))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def canon(rows):
    return sorted(repr(r) for r in rows)


def main():
    errors = []
    pairs, near = [], []
    dbs = {}
    for i, (db, q, sql, p, psql, nq, nsql) in enumerate(P):
        tag = f"#{i} {db}"
        try:
            r1, r2, r3 = run(db, sql), run(db, psql), run(db, nsql)
        except Exception as e:  # noqa
            errors.append(f"{tag}: SQL error {e}")
            continue
        for name, r in (("query", r1), ("paraphrase_query", r2), ("nearmiss", r3)):
            if not r or all(all(v is None for v in row) for row in r):
                errors.append(f"{tag}: {name} empty/NULL result")
        if mask(sql) != mask(psql):
            errors.append(f"{tag}: queries differ beyond literals:\n  {mask(sql)}\n  {mask(psql)}")
        if sql == psql:
            errors.append(f"{tag}: paraphrase_query identical to query")
        if canon(r1) == canon(r2):
            errors.append(f"{tag}: pair results equal {r1}")
        if canon(r3) == canon(r1) or canon(r3) == canon(r2):
            errors.append(f"{tag}: nearmiss result equals a pair result {r3}")
        if mask(nsql) == mask(sql):
            errors.append(f"{tag}: nearmiss query has same shape as pair query")
        if q.strip().lower() == p.strip().lower() or nq.strip().lower() == q.strip().lower():
            errors.append(f"{tag}: identical wording")
        if not (STR_RE.search(sql) or NUM_RE.search(sql)):
            errors.append(f"{tag}: no literal in query")
        pairs.append({"db_id": db, "question": q, "query": sql,
                      "paraphrase": p, "paraphrase_query": psql})
        near.append({"db_id": db, "near": len(pairs) - 1, "question": nq, "query": nsql})
        dbs[db] = dbs.get(db, 0) + 1
    expected = set(os.listdir(DB_DIR)) & {
        "battle_death", "car_1", "concert_singer", "course_teach", "cre_Doc_Template_Mgt",
        "dog_kennels", "employee_hire_evaluation", "flight_2", "museum_visit", "network_1",
        "orchestra", "pets_1", "poker_player", "real_estate_properties", "singer",
        "student_transcripts_tracking", "tvshow", "voter_1", "world_1"}
    for db in expected:
        if not 3 <= dbs.get(db, 0) <= 4:
            errors.append(f"{db}: {dbs.get(db, 0)} pairs (want 3-4)")
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    with open(os.path.join(HERE, "templates_v7.json"), "w") as f:
        json.dump(pairs, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "templates_v7_nearmiss.json"), "w") as f:
        json.dump(near, f, indent=2, ensure_ascii=False)
    print(f"OK: {len(pairs)} pairs, {len(near)} near-misses")
    for db in sorted(dbs):
        print(f"  {db}: {dbs[db]}")


if __name__ == "__main__":
    main()
