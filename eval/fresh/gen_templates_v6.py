#!/usr/bin/env python3
"""Blind paraphrase-pair templates (v6) over 19 Spider databases.

Each item: question + gold query, a reworded paraphrase about OTHER literal values with its gold
query (same SQL shape, only literals differ), and a near-miss question close in wording to the
original question that asks something else, with its own gold query.

Checks (all must pass before anything is written):
  * every query runs and returns at least one row
  * paraphrase_query == query once string literals and numbers are masked
  * query and paraphrase_query results differ
  * near-miss result differs from the pair query's result; near-miss query differs from the pair query
  * the question literally differs from the paraphrase / near-miss question
  * for queries ending in ORDER BY ... LIMIT k: no tie at the cut-off
Writes templates_v6.json and templates_v6_nearmiss.json beside this script.
"""
import json, os, re, sqlite3, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DBROOT = "/work/shared/eval/spider/database"

# (db_id, question, query, paraphrase, paraphrase_query, nearmiss_question, nearmiss_query)
ITEMS = [
# ---------------- battle_death
("battle_death",
 "Which ships were lost in the Battle of Rodosto?",
 "SELECT s.name FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Rodosto'",
 "what were the names of the vessels that went down at the Siege of Constantinople",
 "SELECT s.name FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id WHERE b.name = 'Siege of Constantinople'",
 "Which ships were lost in battles other than the Battle of Rodosto?",
 "SELECT s.name FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id WHERE b.name != 'Battle of Rodosto'"),
("battle_death",
 "list the battles where Kaloyan was the bulgarian commander",
 "SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'",
 "Boril led the Bulgarians in which battles?",
 "SELECT name FROM battle WHERE bulgarian_commander = 'Boril'",
 "list the battles where Kaloyan was not the bulgarian commander",
 "SELECT name FROM battle WHERE bulgarian_commander != 'Kaloyan'"),
("battle_death",
 "How many people in total were killed by the ship Mary?",
 "SELECT SUM(d.killed) FROM death AS d JOIN ship AS s ON d.caused_by_ship_id = s.id WHERE s.name = 'Mary'",
 "total deaths caused by HMS Avon?",
 "SELECT SUM(d.killed) FROM death AS d JOIN ship AS s ON d.caused_by_ship_id = s.id WHERE s.name = 'HMS Avon'",
 "How many people in total were injured by the ship Mary?",
 "SELECT SUM(d.injured) FROM death AS d JOIN ship AS s ON d.caused_by_ship_id = s.id WHERE s.name = 'Mary'"),
# ---------------- car_1
("car_1",
 "How many cars were made in 1975?",
 "SELECT COUNT(*) FROM cars_data WHERE Year = 1975",
 "how many of the cars in the data are from the 1973 model year",
 "SELECT COUNT(*) FROM cars_data WHERE Year = 1973",
 "What is the average weight of cars made in 1975?",
 "SELECT AVG(Weight) FROM cars_data WHERE Year = 1975"),
("car_1",
 "Which car makers are based in japan? Give their full names.",
 "SELECT cm.FullName FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'",
 "full names of the manufacturers from germany please",
 "SELECT cm.FullName FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId WHERE c.CountryName = 'germany'",
 "How many car makers are based in japan?",
 "SELECT COUNT(*) FROM car_makers AS cm JOIN countries AS c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'"),
("car_1",
 "What is the best mpg among cars with 4 cylinders?",
 "SELECT MAX(CAST(MPG AS REAL)) FROM cars_data WHERE MPG != 'null' AND Cylinders = 4",
 "Whats the highest fuel economy (mpg) any 8-cylinder car gets",
 "SELECT MAX(CAST(MPG AS REAL)) FROM cars_data WHERE MPG != 'null' AND Cylinders = 8",
 "What is the worst mpg among cars with 4 cylinders?",
 "SELECT MIN(CAST(MPG AS REAL)) FROM cars_data WHERE MPG != 'null' AND Cylinders = 4"),
("car_1",
 "How many models does ford make?",
 "SELECT COUNT(*) FROM model_list AS ml JOIN car_makers AS cm ON ml.Maker = cm.Id WHERE cm.Maker = 'ford'",
 "number of model lines that gm has",
 "SELECT COUNT(*) FROM model_list AS ml JOIN car_makers AS cm ON ml.Maker = cm.Id WHERE cm.Maker = 'gm'",
 "Which models does ford make?",
 "SELECT ml.Model FROM model_list AS ml JOIN car_makers AS cm ON ml.Maker = cm.Id WHERE cm.Maker = 'ford'"),
# ---------------- concert_singer
("concert_singer",
 "What are the names of the concerts held in 2014?",
 "SELECT concert_Name FROM concert WHERE Year = 2014",
 "which concerts took place in 2015",
 "SELECT concert_Name FROM concert WHERE Year = 2015",
 "How many concerts were held in 2014?",
 "SELECT COUNT(*) FROM concert WHERE Year = 2014"),
("concert_singer",
 "Which singers are from France?",
 "SELECT Name FROM singer WHERE Country = 'France'",
 "list the singers whose country is the Netherlands",
 "SELECT Name FROM singer WHERE Country = 'Netherlands'",
 "What is the average age of singers from France?",
 "SELECT AVG(Age) FROM singer WHERE Country = 'France'"),
("concert_singer",
 "Which singers performed in the concert Super bootcamp?",
 "SELECT s.Name FROM singer AS s JOIN singer_in_concert AS sic ON s.Singer_ID = sic.Singer_ID JOIN concert AS c ON sic.concert_ID = c.concert_ID WHERE c.concert_Name = 'Super bootcamp'",
 "who sang at the Auditions concert?",
 "SELECT s.Name FROM singer AS s JOIN singer_in_concert AS sic ON s.Singer_ID = sic.Singer_ID JOIN concert AS c ON sic.concert_ID = c.concert_ID WHERE c.concert_Name = 'Auditions'",
 "Which singers did not perform in the concert Super bootcamp?",
 "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT sic.Singer_ID FROM singer_in_concert AS sic JOIN concert AS c ON sic.concert_ID = c.concert_ID WHERE c.concert_Name = 'Super bootcamp')"),
# ---------------- course_teach
("course_teach",
 "Who teaches Math?",
 "SELECT t.Name FROM teacher AS t JOIN course_arrange AS ca ON t.Teacher_ID = ca.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Math'",
 "which teacher is assigned to the history course",
 "SELECT t.Name FROM teacher AS t JOIN course_arrange AS ca ON t.Teacher_ID = ca.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'History'",
 "Which grades is Math taught in?",
 "SELECT ca.Grade FROM course_arrange AS ca JOIN course AS c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Math'"),
("course_teach",
 "teachers older then 35?",
 "SELECT Name FROM teacher WHERE Age > 35",
 "Which of the teachers are over 40 years old?",
 "SELECT Name FROM teacher WHERE Age > 40",
 "how many teachers are older than 35?",
 "SELECT COUNT(*) FROM teacher WHERE Age > 35"),
("course_teach",
 "Which courses does Anne Walker teach?",
 "SELECT c.Course FROM course AS c JOIN course_arrange AS ca ON c.Course_ID = ca.Course_ID JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'",
 "show me the courses that Vicente Carretero is teaching",
 "SELECT c.Course FROM course AS c JOIN course_arrange AS ca ON c.Course_ID = ca.Course_ID JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Vicente Carretero'",
 "Which courses does Anne Walker not teach?",
 "SELECT Course FROM course WHERE Course_ID NOT IN (SELECT ca.Course_ID FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker')"),
# ---------------- cre_Doc_Template_Mgt
("cre_Doc_Template_Mgt",
 "How many templates are of type Book?",
 "SELECT COUNT(*) FROM Templates AS t JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'",
 "number of presentation templates we have",
 "SELECT COUNT(*) FROM Templates AS t JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'",
 "List the ids of the templates of type Book.",
 "SELECT t.Template_ID FROM Templates AS t JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'"),
("cre_Doc_Template_Mgt",
 "What paragraphs does the document Customer reviews have?",
 "SELECT p.Paragraph_Text FROM Paragraphs AS p JOIN Documents AS d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'",
 "show me the paragraph texts in the doc called 'A history of Arts'",
 "SELECT p.Paragraph_Text FROM Paragraphs AS p JOIN Documents AS d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'A history of Arts'",
 "How many paragraphs does the document Customer reviews have?",
 "SELECT COUNT(*) FROM Paragraphs AS p JOIN Documents AS d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'"),
("cre_Doc_Template_Mgt",
 "What type of template does the document 'Data base' use?",
 "SELECT r.Template_Type_Description FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE d.Document_Name = 'Data base'",
 "Introduction of OS - what kind of template is it based on?",
 "SELECT r.Template_Type_Description FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE d.Document_Name = 'Introduction of OS'",
 "What version number is the template that the document 'Data base' uses?",
 "SELECT t.Version_Number FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID WHERE d.Document_Name = 'Data base'"),
("cre_Doc_Template_Mgt",
 "Which documents have a paragraph about Korea?",
 "SELECT DISTINCT d.Document_Name FROM Documents AS d JOIN Paragraphs AS p ON d.Document_ID = p.Document_ID WHERE p.Paragraph_Text = 'Korea'",
 "names of docs containing a paragraph on Ireland",
 "SELECT DISTINCT d.Document_Name FROM Documents AS d JOIN Paragraphs AS p ON d.Document_ID = p.Document_ID WHERE p.Paragraph_Text = 'Ireland'",
 "How many paragraphs are about Korea?",
 "SELECT COUNT(*) FROM Paragraphs WHERE Paragraph_Text = 'Korea'"),
# ---------------- dog_kennels
("dog_kennels",
 "What are the names of the dogs that are huskies?",
 "SELECT d.name FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'",
 "give me the names of all our bulldogs",
 "SELECT d.name FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'",
 "What is the average age of the dogs that are huskies?",
 "SELECT AVG(d.age) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'"),
("dog_kennels",
 "How much has been spent in total on treatments for Lyric?",
 "SELECT SUM(t.cost_of_treatment) FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id WHERE d.name = 'Lyric'",
 "total treatment cost for the dog called Troy",
 "SELECT SUM(t.cost_of_treatment) FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id WHERE d.name = 'Troy'",
 "How many treatments has Lyric had in total?",
 "SELECT COUNT(*) FROM Treatments AS t JOIN Dogs AS d ON t.dog_id = d.dog_id WHERE d.name = 'Lyric'"),
("dog_kennels",
 "Which owners live in North Dakota? First and last names.",
 "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'",
 "first + last name of dog owners from Indiana",
 "SELECT first_name, last_name FROM Owners WHERE state = 'Indiana'",
 "Which professionals live in Indiana? First and last names.",
 "SELECT first_name, last_name FROM Professionals WHERE state = 'Indiana'"),
("dog_kennels",
 "How many dogs are medium sized?",
 "SELECT COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code WHERE s.size_description = 'Medium'",
 "count of the large dogs?",
 "SELECT COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code WHERE s.size_description = 'Large'",
 "How many medium sized dogs were abandoned?",
 "SELECT COUNT(*) FROM Dogs AS d JOIN Sizes AS s ON d.size_code = s.size_code WHERE s.size_description = 'Medium' AND d.abandoned_yn = '1'"),
# ---------------- employee_hire_evaluation
("employee_hire_evaluation",
 "Which employees were hired by the shop FC Haka?",
 "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID JOIN shop AS s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Haka'",
 "who works at FC Lahti? names pls",
 "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID JOIN shop AS s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Lahti'",
 "Which employees were hired by the shop FC Haka as full-time staff after 2005?",
 "SELECT e.Name FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID JOIN shop AS s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Haka' AND h.Is_full_time = 'T' AND h.Start_from > 2005"),
("employee_hire_evaluation",
 "What bonuses did George Chuter get?",
 "SELECT ev.Bonus FROM evaluation AS ev JOIN employee AS e ON ev.Employee_ID = e.Employee_ID WHERE e.Name = 'George Chuter'",
 "show the bonus amounts awarded to Louis Deacon",
 "SELECT ev.Bonus FROM evaluation AS ev JOIN employee AS e ON ev.Employee_ID = e.Employee_ID WHERE e.Name = 'Louis Deacon'",
 "In which years did George Chuter get a bonus?",
 "SELECT ev.Year_awarded FROM evaluation AS ev JOIN employee AS e ON ev.Employee_ID = e.Employee_ID WHERE e.Name = 'George Chuter'"),
("employee_hire_evaluation",
 "Which shops have more than 10000 products?",
 "SELECT Name FROM shop WHERE Number_products > 10000",
 "list the stores carrying over 5000 products",
 "SELECT Name FROM shop WHERE Number_products > 5000",
 "Which shops have fewer than 10000 products?",
 "SELECT Name FROM shop WHERE Number_products < 10000"),
# ---------------- flight_2  (note: codes in flights carry a leading space, airport city/name a trailing one)
("flight_2",
 "How many flights depart from Aberdeen?",
 "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE TRIM(a.City) = 'Aberdeen'",
 "number of flights leaving out of Abilene",
 "SELECT COUNT(*) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE TRIM(a.City) = 'Abilene'",
 "How many different airports can you fly to from Aberdeen?",
 "SELECT COUNT(DISTINCT TRIM(f.DestAirport)) FROM flights AS f JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE TRIM(a.City) = 'Aberdeen'"),
("flight_2",
 "Which airports are in Anchorage?",
 "SELECT TRIM(AirportName) FROM airports WHERE TRIM(City) = 'Anchorage'",
 "list the names of the airports serving the city of Athens",
 "SELECT TRIM(AirportName) FROM airports WHERE TRIM(City) = 'Athens'",
 "How many airports are in Anchorage?",
 "SELECT COUNT(*) FROM airports WHERE TRIM(City) = 'Anchorage'"),
("flight_2",
 "How many United Airlines flights leave from Albany?",
 "SELECT COUNT(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE al.Airline = 'United Airlines' AND TRIM(a.City) = 'Albany'",
 "count of Delta Airlines flights departing from Athens",
 "SELECT COUNT(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE al.Airline = 'Delta Airlines' AND TRIM(a.City) = 'Athens'",
 "What are the flight numbers of the United Airlines flights leaving from Albany?",
 "SELECT f.FlightNo FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE al.Airline = 'United Airlines' AND TRIM(a.City) = 'Albany'"),
# ---------------- museum_visit
("museum_visit",
 "Which museums opened after 2009?",
 "SELECT Name FROM museum WHERE Open_Year > 2009",
 "list the musuems opened later than 2010",
 "SELECT Name FROM museum WHERE Open_Year > 2010",
 "Which museums opened before 2009?",
 "SELECT Name FROM museum WHERE Open_Year < 2009"),
("museum_visit",
 "How much did Fernando Gago spend in total on museum visits?",
 "SELECT SUM(v.Total_spent) FROM visit AS v JOIN visitor AS vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Fernando Gago'",
 "what's the total amount Arjen Robben has spent visiting museums",
 "SELECT SUM(v.Total_spent) FROM visit AS v JOIN visitor AS vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Arjen Robben'",
 "How many tickets did Fernando Gago buy in total on museum visits?",
 "SELECT SUM(v.Num_of_Ticket) FROM visit AS v JOIN visitor AS vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Fernando Gago'"),
("museum_visit",
 "Which visitors went to the Capital Plaza Museum?",
 "SELECT vi.Name FROM visitor AS vi JOIN visit AS v ON vi.ID = v.visitor_ID JOIN museum AS m ON v.Museum_ID = m.Museum_ID WHERE m.Name = 'Capital Plaza Museum'",
 "who has visited Willow Grande Museum",
 "SELECT vi.Name FROM visitor AS vi JOIN visit AS v ON vi.ID = v.visitor_ID JOIN museum AS m ON v.Museum_ID = m.Museum_ID WHERE m.Name = 'Willow Grande Museum'",
 "Which visitors never went to the Capital Plaza Museum?",
 "SELECT Name FROM visitor WHERE ID NOT IN (SELECT v.visitor_ID FROM visit AS v JOIN museum AS m ON v.Museum_ID = m.Museum_ID WHERE m.Name = 'Capital Plaza Museum')"),
# ---------------- network_1
("network_1",
 "What grade is Kyle in?",
 "SELECT grade FROM Highschooler WHERE name = 'Kyle'",
 "Alexis - which grade is she in right now?",
 "SELECT grade FROM Highschooler WHERE name = 'Alexis'",
 "How many friends does Kyle have?",
 "SELECT COUNT(*) FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID OR f.friend_id = h.ID WHERE h.name = 'Kyle'"),
("network_1",
 "names of the students in grade 9",
 "SELECT name FROM Highschooler WHERE grade = 9",
 "Who is in 11th grade?",
 "SELECT name FROM Highschooler WHERE grade = 11",
 "names of the students above grade 9",
 "SELECT name FROM Highschooler WHERE grade > 9"),
("network_1",
 "Who are Andrew's friends?",
 "SELECT name FROM Highschooler WHERE ID IN (SELECT f.friend_id FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID WHERE h.name = 'Andrew' UNION SELECT f.student_id FROM Friend AS f JOIN Highschooler AS h ON f.friend_id = h.ID WHERE h.name = 'Andrew')",
 "list the people Kris is friends with",
 "SELECT name FROM Highschooler WHERE ID IN (SELECT f.friend_id FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID WHERE h.name = 'Kris' UNION SELECT f.student_id FROM Friend AS f JOIN Highschooler AS h ON f.friend_id = h.ID WHERE h.name = 'Kris')",
 "Who does Andrew like?",
 "SELECT h2.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID WHERE h1.name = 'Andrew'"),
("network_1",
 "Who likes Cassandra?",
 "SELECT h1.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID WHERE h2.name = 'Cassandra'",
 "which students have a crush on Kris",
 "SELECT h1.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID WHERE h2.name = 'Kris'",
 "Who does Cassandra like?",
 "SELECT h2.name FROM Likes AS l JOIN Highschooler AS h1 ON l.student_id = h1.ID JOIN Highschooler AS h2 ON l.liked_id = h2.ID WHERE h1.name = 'Cassandra'"),
# ---------------- orchestra
("orchestra",
 "Which conductors are from the UK?",
 "SELECT Name FROM conductor WHERE Nationality = 'UK'",
 "list conductors that have French nationality",
 "SELECT Name FROM conductor WHERE Nationality = 'France'",
 "How many conductors are from the UK?",
 "SELECT COUNT(*) FROM conductor WHERE Nationality = 'UK'"),
("orchestra",
 "Which orchestras record with Decca Records?",
 "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'",
 "orchestras whose record label is Philips?",
 "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Philips'",
 "Which orchestras don't record with Decca Records?",
 "SELECT Orchestra FROM orchestra WHERE Record_Company != 'Decca Records'"),
("orchestra",
 "Who conducts the Kirov Orchestra?",
 "SELECT c.Name FROM conductor AS c JOIN orchestra AS o ON c.Conductor_ID = o.Conductor_ID WHERE o.Orchestra = 'Kirov Orchestra'",
 "name the conductor in charge of the Philharmonia Orchestra",
 "SELECT c.Name FROM conductor AS c JOIN orchestra AS o ON c.Conductor_ID = o.Conductor_ID WHERE o.Orchestra = 'Philharmonia Orchestra'",
 "How old is the conductor of the Kirov Orchestra?",
 "SELECT c.Age FROM conductor AS c JOIN orchestra AS o ON c.Conductor_ID = o.Conductor_ID WHERE o.Orchestra = 'Kirov Orchestra'"),
("orchestra",
 "Which orchestras were founded in 2008?",
 "SELECT Orchestra FROM orchestra WHERE Year_of_Founded = 2008",
 "orchestras established in the year 2002",
 "SELECT Orchestra FROM orchestra WHERE Year_of_Founded = 2002",
 "Which orchestras were founded after 2008?",
 "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2008"),
# ---------------- pets_1
("pets_1",
 "How many dogs are there?",
 "SELECT COUNT(*) FROM Pets WHERE PetType = 'dog'",
 "number of pet cats",
 "SELECT COUNT(*) FROM Pets WHERE PetType = 'cat'",
 "What is the average weight of the dogs?",
 "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'"),
("pets_1",
 "What pets does Tracy Kim have?",
 "SELECT p.PetType FROM Pets AS p JOIN Has_Pet AS hp ON p.PetID = hp.PetID JOIN Student AS s ON hp.StuID = s.StuID WHERE s.Fname = 'Tracy' AND s.LName = 'Kim'",
 "what kind of pet is owned by Linda Smith",
 "SELECT p.PetType FROM Pets AS p JOIN Has_Pet AS hp ON p.PetID = hp.PetID JOIN Student AS s ON hp.StuID = s.StuID WHERE s.Fname = 'Linda' AND s.LName = 'Smith'",
 "How old are the pets Tracy Kim has?",
 "SELECT p.pet_age FROM Pets AS p JOIN Has_Pet AS hp ON p.PetID = hp.PetID JOIN Student AS s ON hp.StuID = s.StuID WHERE s.Fname = 'Tracy' AND s.LName = 'Kim'"),
("pets_1",
 "Which students live in city HKG? first and last names",
 "SELECT Fname, LName FROM Student WHERE city_code = 'HKG'",
 "give me first name and last name of the students from PIT",
 "SELECT Fname, LName FROM Student WHERE city_code = 'PIT'",
 "Which female students live in city HKG? first and last names",
 "SELECT Fname, LName FROM Student WHERE city_code = 'HKG' AND Sex = 'F'"),
# ---------------- poker_player
("poker_player",
 "What are the earnings of Maksim Botin?",
 "SELECT pp.Earnings FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Name = 'Maksim Botin'",
 "how much money has Aleksey Ostapenko won at poker",
 "SELECT pp.Earnings FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Name = 'Aleksey Ostapenko'",
 "What is the best finish of Maksim Botin?",
 "SELECT pp.Best_Finish FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Name = 'Maksim Botin'"),
("poker_player",
 "Which poker players are taller than 200?",
 "SELECT p.Name FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID WHERE p.Height > 200",
 "poker players over 195 cm tall - names?",
 "SELECT p.Name FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID WHERE p.Height > 195",
 "What are the average earnings of poker players taller than 200?",
 "SELECT AVG(pp.Earnings) FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID WHERE p.Height > 200"),
("poker_player",
 "Which players have a best finish of 1?",
 "SELECT p.Name FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID WHERE pp.Best_Finish = 1",
 "who has a best finish of 2 at the final table?",
 "SELECT p.Name FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID WHERE pp.Best_Finish = 2",
 "Which players have a best finish worse than 1?",
 "SELECT p.Name FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID WHERE pp.Best_Finish > 1"),
# ---------------- real_estate_properties
("real_estate_properties",
 "Which properties have 9 rooms?",
 "SELECT property_name FROM Properties WHERE room_count = 9",
 "list the property names with room count 5",
 "SELECT property_name FROM Properties WHERE room_count = 5",
 "Which properties have more than 5 rooms?",
 "SELECT property_name FROM Properties WHERE room_count > 5"),
("real_estate_properties",
 "What features does the property high line have?",
 "SELECT DISTINCT f.feature_name FROM Other_Property_Features AS opf JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id JOIN Properties AS p ON opf.property_id = p.property_id WHERE p.property_name = 'high line'",
 "which feature names are recorded for wall street",
 "SELECT DISTINCT f.feature_name FROM Other_Property_Features AS opf JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id JOIN Properties AS p ON opf.property_id = p.property_id WHERE p.property_name = 'wall street'",
 "How many feature records does the property high line have?",
 "SELECT COUNT(*) FROM Other_Property_Features AS opf JOIN Properties AS p ON opf.property_id = p.property_id WHERE p.property_name = 'high line'"),
("real_estate_properties",
 "What's the average agreed selling price for houses?",
 "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'",
 "mean agreed sale price of apartment listings",
 "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'Apartment'",
 "What's the highest agreed selling price for houses?",
 "SELECT MAX(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'"),
# ---------------- singer
("singer",
 "Which singers are citizens of the United States?",
 "SELECT Name FROM singer WHERE Citizenship = 'United States'",
 "singers who hold Chile citizenship?",
 "SELECT Name FROM singer WHERE Citizenship = 'Chile'",
 "What's the total net worth of singers who are citizens of the United States?",
 "SELECT SUM(Net_Worth_Millions) FROM singer WHERE Citizenship = 'United States'"),
("singer",
 "What songs did Liliane Bettencourt sing?",
 "SELECT so.Title FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Liliane Bettencourt'",
 "titles of the songs by Christy Walton",
 "SELECT so.Title FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Christy Walton'",
 "What are the total sales of songs Liliane Bettencourt sang?",
 "SELECT SUM(so.Sales) FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Liliane Bettencourt'"),
("singer",
 "Which songs sold more than 300000 copies?",
 "SELECT Title FROM song WHERE Sales > 300000",
 "titles of songs with sales above 280000",
 "SELECT Title FROM song WHERE Sales > 280000",
 "Which singers have songs that sold more than 300000 copies?",
 "SELECT DISTINCT si.Name FROM singer AS si JOIN song AS so ON si.Singer_ID = so.Singer_ID WHERE so.Sales > 300000"),
# ---------------- student_transcripts_tracking
("student_transcripts_tracking",
 "How many degree programs are Master's?",
 "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Master'",
 "number of bachelor degree programmes offered",
 "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'Bachelor'",
 "Which departments offer Master's degree programs?",
 "SELECT DISTINCT d.department_name FROM Departments AS d JOIN Degree_Programs AS dp ON d.department_id = dp.department_id WHERE dp.degree_summary_name = 'Master'"),
("student_transcripts_tracking",
 "Which students currently live in Kentucky? first and last name",
 "SELECT s.first_name, s.last_name FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'",
 "list first name and last name of students whose current address is in Wyoming",
 "SELECT s.first_name, s.last_name FROM Students AS s JOIN Addresses AS a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'Wyoming'",
 "Which students have a permanent address in Kentucky? first and last name",
 "SELECT s.first_name, s.last_name FROM Students AS s JOIN Addresses AS a ON s.permanent_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'"),
("student_transcripts_tracking",
 "Which semesters did Stanford Rogahn enroll in?",
 "SELECT DISTINCT se.semester_name FROM Semesters AS se JOIN Student_Enrolment AS e ON se.semester_id = e.semester_id JOIN Students AS s ON e.student_id = s.student_id WHERE s.first_name = 'Stanford' AND s.last_name = 'Rogahn'",
 "what terms was Frida Huel registered in",
 "SELECT DISTINCT se.semester_name FROM Semesters AS se JOIN Student_Enrolment AS e ON se.semester_id = e.semester_id JOIN Students AS s ON e.student_id = s.student_id WHERE s.first_name = 'Frida' AND s.last_name = 'Huel'",
 "How many enrolments does Stanford Rogahn have?",
 "SELECT COUNT(*) FROM Student_Enrolment AS e JOIN Students AS s ON e.student_id = s.student_id WHERE s.first_name = 'Stanford' AND s.last_name = 'Rogahn'"),
("student_transcripts_tracking",
 "How many students first registered before 1990?",
 "SELECT COUNT(*) FROM Students WHERE date_first_registered < '1990-01-01'",
 "number of students whose first registration was before 1980",
 "SELECT COUNT(*) FROM Students WHERE date_first_registered < '1980-01-01'",
 "Which students first registered before 1990? first names",
 "SELECT first_name FROM Students WHERE date_first_registered < '1990-01-01'"),
# ---------------- tvshow
("tvshow",
 "Which cartoons did Ben Jones direct?",
 "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'",
 "titles of the episodes that Michael Chang directed",
 "SELECT Title FROM Cartoon WHERE Directed_by = 'Michael Chang'",
 "Who wrote the cartoons Ben Jones directed?",
 "SELECT DISTINCT Written_by FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
("tvshow",
 "What channels are there in the United Kingdom?",
 "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'",
 "list the channel names that broadcast from Poland",
 "SELECT series_name FROM TV_Channel WHERE Country = 'Poland'",
 "What languages do the channels in the United Kingdom use?",
 "SELECT DISTINCT Language FROM TV_Channel WHERE Country = 'United Kingdom'"),
("tvshow",
 "How many viewers did the episode Emily get?",
 "SELECT Viewers_m FROM TV_series WHERE Episode = 'Emily'",
 "viewer count in millions for the Double Down episode",
 "SELECT Viewers_m FROM TV_series WHERE Episode = 'Double Down'",
 "What rating did the episode Emily get?",
 "SELECT Rating FROM TV_series WHERE Episode = 'Emily'"),
("tvshow",
 "Which episodes aired on the channel Sky Radio?",
 "SELECT s.Episode FROM TV_series AS s JOIN TV_Channel AS c ON s.Channel = c.id WHERE c.series_name = 'Sky Radio'",
 "show me the episodes MTV Dance broadcast",
 "SELECT s.Episode FROM TV_series AS s JOIN TV_Channel AS c ON s.Channel = c.id WHERE c.series_name = 'MTV Dance'",
 "Which cartoons aired on the channel Sky Radio?",
 "SELECT ca.Title FROM Cartoon AS ca JOIN TV_Channel AS c ON ca.Channel = c.id WHERE c.series_name = 'Sky Radio'"),
# ---------------- voter_1  (note: one VOTES.state value is 'NJ' followed by a newline)
("voter_1",
 "How many votes did Kelly Clauss get?",
 "SELECT COUNT(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'",
 "number of votes cast for Tabatha Gehling",
 "SELECT COUNT(*) FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Tabatha Gehling'",
 "From which states did Kelly Clauss get votes?",
 "SELECT DISTINCT v.state FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'"),
("voter_1",
 "How many area codes does NJ have?",
 "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'NJ'",
 "count the area codes in TX",
 "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'TX'",
 "List the area codes NJ has.",
 "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'NJ'"),
("voter_1",
 "Which contestants have a name starting with Jessie?",
 "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie%'",
 "contestants whose names begin with K",
 "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'K%'",
 "Which contestants have a name not starting with Jessie?",
 "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name NOT LIKE 'Jessie%'"),
# ---------------- world_1
("world_1",
 "Which city in Japan has the largest population?",
 "SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Japan' ORDER BY ci.Population DESC LIMIT 1",
 "whats the biggest city in Germany by number of inhabitants",
 "SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Germany' ORDER BY ci.Population DESC LIMIT 1",
 "Which city in Japan has the smallest population?",
 "SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Japan' ORDER BY ci.Population ASC LIMIT 1"),
("world_1",
 "Which languages are official in Switzerland?",
 "SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON cl.CountryCode = c.Code WHERE c.Name = 'Switzerland' AND cl.IsOfficial = 'T'",
 "what are the official languages of Belgium",
 "SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON cl.CountryCode = c.Code WHERE c.Name = 'Belgium' AND cl.IsOfficial = 'T'",
 "How many languages are official in Switzerland?",
 "SELECT COUNT(*) FROM countrylanguage AS cl JOIN country AS c ON cl.CountryCode = c.Code WHERE c.Name = 'Switzerland' AND cl.IsOfficial = 'T'"),
("world_1",
 "How many countries are in Southern Europe?",
 "SELECT COUNT(*) FROM country WHERE Region = 'Southern Europe'",
 "number of countries in the Caribbean region",
 "SELECT COUNT(*) FROM country WHERE Region = 'Caribbean'",
 "What is the total population of Southern Europe?",
 "SELECT SUM(Population) FROM country WHERE Region = 'Southern Europe'"),
("world_1",
 "Which cities in Japan have more than 2 million people?",
 "SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Japan' AND ci.Population > 2000000",
 "list Brazilian cities with a population above 5000000",
 "SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Brazil' AND ci.Population > 5000000",
 "How many cities in Japan have more than 2 million people?",
 "SELECT COUNT(*) FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'Japan' AND ci.Population > 2000000"),
]

STR_RE = re.compile(r"'(?:[^']|'')*'")
NUM_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def mask(sql):
    s = STR_RE.sub("'?'", sql)
    s = NUM_RE.sub("#", s)
    return " ".join(s.split())


def run(db, sql):
    con = sqlite3.connect(f"file:{DBROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def bag(rows):
    return Counter(tuple(r) for r in rows)


TOP_RE = re.compile(r"^SELECT\s+(.*?)\s+FROM\s(.*)\sORDER BY\s+(.*?)(\s+(?:DESC|ASC))?\s+LIMIT\s+(\d+)\s*$", re.I | re.S)


def tie_check(db, sql, errs, tag):
    m = TOP_RE.match(sql)
    if not m:
        return
    _, rest, expr, direc, k = m.groups()
    k = int(k)
    vals = run(db, f"SELECT {expr} FROM {rest} ORDER BY {expr}{direc or ''} LIMIT {k + 1}")
    if len(vals) > k and vals[k - 1] == vals[k]:
        errs.append(f"{tag}: tie at cut-off {k}: {vals}")


def main():
    errs = []
    pairs, nears = [], []
    for i, (db, q, sql, p, psql, nq, nsql) in enumerate(ITEMS):
        tag = f"[{i} {db}]"
        res = {}
        for name, s in (("query", sql), ("paraphrase_query", psql), ("near", nsql)):
            try:
                r = run(db, s)
            except Exception as e:
                errs.append(f"{tag} {name} error: {e}")
                continue
            if not r:
                errs.append(f"{tag} {name} empty")
            res[name] = r
            tie_check(db, s, errs, f"{tag} {name}")
        if mask(sql) != mask(psql):
            errs.append(f"{tag} shape differs:\n  {mask(sql)}\n  {mask(psql)}")
        if sql == psql:
            errs.append(f"{tag} paraphrase_query identical to query")
        if "query" in res and "paraphrase_query" in res and bag(res["query"]) == bag(res["paraphrase_query"]):
            errs.append(f"{tag} pair results equal: {res['query']}")
        if "query" in res and "near" in res and bag(res["query"]) == bag(res["near"]):
            errs.append(f"{tag} near-miss result equals pair result: {res['near']}")
        if mask(nsql) == mask(sql) and nsql != sql:
            # a near-miss that only changes literals would be a paraphrase, not a near miss
            errs.append(f"{tag} near-miss differs only in literals")
        if nsql == sql:
            errs.append(f"{tag} near-miss query identical to pair query")
        if q.strip().lower() in (p.strip().lower(), nq.strip().lower()):
            errs.append(f"{tag} question text repeated")
        pairs.append({"db_id": db, "question": q, "query": sql,
                      "paraphrase": p, "paraphrase_query": psql})
        nears.append({"db_id": db, "near": i, "question": nq, "query": nsql})
        if "-v" in sys.argv:
            print(tag, res.get("query"), "|", res.get("paraphrase_query"), "|", res.get("near"))
    dbs = sorted(os.listdir(DBROOT))
    counts = Counter(x["db_id"] for x in pairs)
    for d in dbs:
        if os.path.isdir(os.path.join(DBROOT, d)) and not (3 <= counts.get(d, 0) <= 4):
            errs.append(f"db {d} has {counts.get(d, 0)} pairs")
    if errs:
        print("CHECKS FAILED:")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    with open(os.path.join(HERE, "templates_v6.json"), "w") as f:
        json.dump(pairs, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "templates_v6_nearmiss.json"), "w") as f:
        json.dump(nears, f, indent=2, ensure_ascii=False)
    print(f"wrote {len(pairs)} pairs, {len(nears)} near-misses")
    for d, c in sorted(counts.items()):
        print(f"  {d}: {c}")


if __name__ == "__main__":
    main()
