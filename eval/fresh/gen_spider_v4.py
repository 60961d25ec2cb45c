#!/usr/bin/env python3
"""Builds spider_v4.json and spider_v4_unanswerable.json; checks every gold query first."""
import json, os, sqlite3, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DB = "/work/shared/eval/spider/database/{0}/{0}.sqlite"
HALF_A = "battle_death concert_singer cre_Doc_Template_Mgt employee_hire_evaluation museum_visit orchestra poker_player singer tvshow world_1".split()
HALF_B = "car_1 course_teach dog_kennels flight_2 network_1 pets_1 real_estate_properties student_transcripts_tracking voter_1".split()
KINDS = {"count","list","filter-text","filter-number","aggregate","superlative","group","join","set","ratio"}
A = [
# battle_death
("battle_death","count","How many battles ended in a Bulgarian victory?","SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'"),
("battle_death","list","list every battle with its date and result","SELECT name, date, result FROM battle"),
("battle_death","filter-text","Which ships were lost in the English Channel?","SELECT name FROM ship WHERE location = 'English Channel'"),
("battle_death","aggregate","What's the total number of people killed across all recorded incidents?","SELECT SUM(killed) FROM death"),
("battle_death","join","For each ship that caused deaths, show the ship name and the total killed.","SELECT s.name, SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id GROUP BY s.id, s.name"),
("battle_death","superlative","which battle(s) had the most ships lost","WITH n AS (SELECT b.name, COUNT(*) AS c FROM battle b JOIN ship s ON s.lost_in_battle = b.id GROUP BY b.id, b.name) SELECT name FROM n WHERE c = (SELECT MAX(c) FROM n)"),
("battle_death","set","Which battles did not lose any ship at all?","SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)"),
("battle_death","group","how many ships were captured vs wrecked vs sank etc - count per disposition","SELECT disposition_of_ship, COUNT(*) FROM ship GROUP BY disposition_of_ship"),
# concert_singer
("concert_singer","count","how many singers are from france?","SELECT COUNT(*) FROM singer WHERE country = 'France'"),
("concert_singer","filter-number","Which stadiums hold more than 10,000 people? Give the stadium names and capacities.","SELECT name, capacity FROM stadium WHERE capacity > 10000"),
("concert_singer","aggregate","What is the average age of the male singers?","SELECT AVG(age) FROM singer WHERE is_male = 'T'"),
("concert_singer","group","Number of concerts per year, please.","SELECT year, COUNT(*) FROM concert GROUP BY year"),
("concert_singer","join","Hi! Could you tell me the name of each concert along with the stadium it was held in?","SELECT c.concert_name, s.name FROM concert c JOIN stadium s ON c.stadium_id = s.stadium_id"),
("concert_singer","superlative","Which singer performed in the most concerts?","SELECT s.name FROM singer s JOIN singer_in_concert sc ON sc.singer_id = s.singer_id GROUP BY s.singer_id, s.name ORDER BY COUNT(*) DESC LIMIT 1"),
("concert_singer","set","Which stadiums hosted concerts in both 2014 and 2015?","SELECT s.name FROM stadium s JOIN concert c ON c.stadium_id = s.stadium_id WHERE c.year = '2014' INTERSECT SELECT s.name FROM stadium s JOIN concert c ON c.stadium_id = s.stadium_id WHERE c.year = '2015'"),
("concert_singer","ratio","what percentage of our singers are male","SELECT 100.0 * SUM(CASE WHEN is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
# cre_Doc_Template_Mgt
("cre_Doc_Template_Mgt","count","How many documents do we have?","SELECT COUNT(*) FROM Documents"),
("cre_Doc_Template_Mgt","list","show me all template type codes and their descriptions","SELECT Template_Type_Code, Template_Type_Description FROM Ref_Template_Types"),
("cre_Doc_Template_Mgt","filter-text","Which templates are presentations? I need their IDs and version numbers.","SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'"),
("cre_Doc_Template_Mgt","filter-number","templates with version number above 5?","SELECT Template_ID FROM Templates WHERE Version_Number > 5"),
("cre_Doc_Template_Mgt","group","How many templates are there of each type description?","SELECT r.Template_Type_Description, COUNT(*) FROM Templates t JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code GROUP BY r.Template_Type_Description"),
("cre_Doc_Template_Mgt","join","What's the paragraph text in the document called 'Customer reviews'?","SELECT p.Paragraph_Text FROM Paragraphs p JOIN Documents d ON d.Document_ID = p.Document_ID WHERE d.Document_Name = 'Customer reviews'"),
("cre_Doc_Template_Mgt","superlative","Which document has the most paragraphs?","SELECT d.Document_Name FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID, d.Document_Name ORDER BY COUNT(*) DESC LIMIT 1"),
("cre_Doc_Template_Mgt","set","which template ids are never used by any document","SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
# employee_hire_evaluation
("employee_hire_evaluation","count","How many employees live in bristol?","SELECT COUNT(*) FROM employee WHERE city = 'Bristol'"),
("employee_hire_evaluation","filter-number","Which shops carry over 5000 products? names and product counts","SELECT name, number_products FROM shop WHERE number_products > 5000"),
("employee_hire_evaluation","aggregate","What is the largest bonus ever awarded?","SELECT MAX(bonus) FROM evaluation"),
("employee_hire_evaluation","group","How many employees come from each city?","SELECT city, COUNT(*) FROM employee GROUP BY city"),
("employee_hire_evaluation","join","Which shop did each hired employee join? Show employee name and shop name.","SELECT e.name, s.name FROM hiring h JOIN employee e ON e.employee_id = h.employee_id JOIN shop s ON s.shop_id = h.shop_id"),
("employee_hire_evaluation","superlative","Who has received the most evaluation awards?","SELECT e.name FROM employee e JOIN evaluation v ON v.employee_id = e.employee_id GROUP BY e.employee_id, e.name ORDER BY COUNT(*) DESC LIMIT 1"),
("employee_hire_evaluation","set","Which employees have never been given a bonus?","SELECT name FROM employee WHERE employee_id NOT IN (SELECT CAST(employee_id AS INTEGER) FROM evaluation)"),
("employee_hire_evaluation","ratio","What share of hires are full-time, as a percentage?","SELECT 100.0 * SUM(CASE WHEN is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
# museum_visit
("museum_visit","count","how many museums opened after 2009","SELECT COUNT(*) FROM museum WHERE CAST(open_year AS INTEGER) > 2009"),
("museum_visit","list","List the museums with their staff numbers.","SELECT name, num_of_staff FROM museum"),
("museum_visit","filter-text","What's the age of the visitor Gonzalo Higuaín?","SELECT age FROM visitor WHERE TRIM(name) = 'Gonzalo Higuaín'"),
("museum_visit","aggregate","What is the total amount visitors have spent across all museum visits?","SELECT SUM(total_spent) FROM visit"),
("museum_visit","join","Show each visitor's name and how much they spent in total.","SELECT TRIM(v.name), SUM(t.total_spent) FROM visitor v JOIN visit t ON t.visitor_id = v.id GROUP BY v.id, v.name"),
("museum_visit","superlative","Which museum has the biggest staff?","SELECT name FROM museum ORDER BY num_of_staff DESC LIMIT 1"),
("museum_visit","set","Which museums have never had a visitor?","SELECT name FROM museum WHERE museum_id NOT IN (SELECT museum_id FROM visit)"),
("museum_visit","ratio","Which visitors are older than the average visitor age?","SELECT TRIM(name) FROM visitor WHERE age > (SELECT AVG(age) FROM visitor)"),
# orchestra
("orchestra","count","How many conductors are from the USA?","SELECT COUNT(*) FROM conductor WHERE nationality = 'USA'"),
("orchestra","list","orchestras and their record companies pls","SELECT orchestra, record_company FROM orchestra"),
("orchestra","filter-number","Which orchestras were founded after 2005?","SELECT orchestra FROM orchestra WHERE year_of_founded > 2005"),
("orchestra","aggregate","What's the average attendance at the shows?","SELECT AVG(attendance) FROM show"),
("orchestra","group","how many orchestras use each major record format","SELECT major_record_format, COUNT(*) FROM orchestra GROUP BY major_record_format"),
("orchestra","join","Who conducts the Kirov Orchestra?","SELECT c.name FROM conductor c JOIN orchestra o ON o.conductor_id = c.conductor_id WHERE o.orchestra = 'Kirov Orchestra'"),
("orchestra","superlative","Which performance had the highest official rating? Give its type and date.","SELECT type, date FROM performance ORDER BY \"Official_ratings_(millions)\" DESC LIMIT 1"),
("orchestra","set","Which orchestras have never had a performance?","SELECT orchestra FROM orchestra WHERE orchestra_id NOT IN (SELECT orchestra_id FROM performance)"),
# poker_player
("poker_player","count","How many of the people are Russian?","SELECT COUNT(*) FROM people WHERE nationality = 'Russia'"),
("poker_player","list","Names and heights of everyone, please.","SELECT name, height FROM people"),
("poker_player","filter-number","Who is taller than 200 cm?","SELECT name FROM people WHERE height > 200"),
("poker_player","aggregate","what is the average earnings of poker players","SELECT AVG(earnings) FROM poker_player"),
("poker_player","join","List each poker player's name with their earnings.","SELECT p.name, pp.earnings FROM poker_player pp JOIN people p ON p.people_id = pp.people_id"),
("poker_player","superlative","Who is the top earning poker player?","SELECT p.name FROM poker_player pp JOIN people p ON p.people_id = pp.people_id ORDER BY pp.earnings DESC LIMIT 1"),
("poker_player","set","Which people are not poker players?","SELECT name FROM people WHERE people_id NOT IN (SELECT people_id FROM poker_player)"),
("poker_player","ratio","Which poker players earn more than the average? Just their names.","SELECT p.name FROM poker_player pp JOIN people p ON p.people_id = pp.people_id WHERE pp.earnings > (SELECT AVG(earnings) FROM poker_player)"),
# singer
("singer","count","how many singers hold united states citizenship?","SELECT COUNT(*) FROM singer WHERE citizenship = 'United States'"),
("singer","filter-number","Which singers were born before 1945?","SELECT name FROM singer WHERE birth_year < 1945"),
("singer","aggregate","What are the minimum and maximum net worth among our singers (in millions)?","SELECT MIN(net_worth_millions), MAX(net_worth_millions) FROM singer"),
("singer","group","Count singers by citizenship.","SELECT citizenship, COUNT(*) FROM singer GROUP BY citizenship"),
("singer","join","Show song titles with the name of the singer who sang them.","SELECT so.title, si.name FROM song so JOIN singer si ON si.singer_id = so.singer_id"),
("singer","superlative","Top 3 best-selling songs?","SELECT title FROM song ORDER BY sales DESC LIMIT 3"),
("singer","set","Which singers don't have any songs?","SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM song)"),
("singer","ratio","What share of total song sales comes from Christy Walton, in percent?","SELECT 100.0 * SUM(CASE WHEN si.name = 'Christy Walton' THEN so.sales ELSE 0 END) / SUM(so.sales) FROM song so JOIN singer si ON si.singer_id = so.singer_id"),
# tvshow
("tvshow","count","How many TV channels broadcast in Italian?","SELECT COUNT(*) FROM TV_Channel WHERE language = 'Italian'"),
("tvshow","list","List all cartoons with who directed them.","SELECT title, directed_by FROM Cartoon"),
("tvshow","filter-text","Which cartoons were directed by ben jones?","SELECT title FROM Cartoon WHERE directed_by = 'Ben Jones'"),
("tvshow","filter-number","Which episodes had more than 6 million viewers?","SELECT episode FROM TV_series WHERE CAST(viewers_m AS REAL) > 6"),
("tvshow","group","How many channels are there per country?","SELECT country, COUNT(*) FROM TV_Channel GROUP BY country"),
("tvshow","join","Which channel (series name) aired the episode 'A Love of a Lifetime'?","SELECT c.series_name FROM TV_Channel c JOIN TV_series s ON s.channel = c.id WHERE s.episode = 'A Love of a Lifetime'"),
("tvshow","superlative","What is the highest-rated episode?","SELECT episode FROM TV_series ORDER BY CAST(rating AS REAL) DESC LIMIT 1"),
("tvshow","set","Which channels have not aired any cartoon directed by Ben Jones? Give the series names.","SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT channel FROM Cartoon WHERE directed_by = 'Ben Jones')"),
# world_1
("world_1","count","How many countries are in Europe?","SELECT COUNT(*) FROM country WHERE continent = 'Europe'"),
("world_1","filter-text","what cities are in the netherlands","SELECT c.name FROM city c JOIN country k ON k.code = c.countrycode WHERE k.name = 'Netherlands'"),
("world_1","filter-number","Which countries have a life expectancy above 80? Show the name and life expectancy.","SELECT name, lifeexpectancy FROM country WHERE lifeexpectancy > 80"),
("world_1","aggregate","What's the total population of Asia?","SELECT SUM(population) FROM country WHERE continent = 'Asia'"),
("world_1","group","Average life expectancy per continent","SELECT continent, AVG(lifeexpectancy) FROM country GROUP BY continent"),
("world_1","superlative","What are the 5 most populous cities in the world?","SELECT name FROM city ORDER BY population DESC LIMIT 5"),
("world_1","set","Which countries have both English and French as official languages?","SELECT k.name FROM country k JOIN countrylanguage l ON l.countrycode = k.code WHERE l.language = 'English' AND l.isofficial = 'T' INTERSECT SELECT k.name FROM country k JOIN countrylanguage l ON l.countrycode = k.code WHERE l.language = 'French' AND l.isofficial = 'T'"),
("world_1","ratio","What percent of the world's population lives in Africa?","SELECT 100.0 * SUM(CASE WHEN continent = 'Africa' THEN population ELSE 0 END) / SUM(population) FROM country"),
]
B = [
# car_1
("car_1","count","How many car makers are based in japan?","SELECT COUNT(*) FROM car_makers m JOIN countries c ON c.countryid = CAST(m.country AS INTEGER) WHERE c.countryname = 'japan'"),
("car_1","list","list all car makers with their full names","SELECT maker, fullname FROM car_makers"),
("car_1","filter-number","Which cars have more than 200 horsepower? Give the make and horsepower.","SELECT n.make, d.horsepower FROM cars_data d JOIN car_names n ON n.makeid = d.id WHERE d.horsepower <> 'null' AND CAST(d.horsepower AS INTEGER) > 200"),
("car_1","aggregate","What's the average MPG of cars made in 1980?","SELECT AVG(CAST(mpg AS REAL)) FROM cars_data WHERE year = 1980 AND mpg <> 'null'"),
("car_1","group","How many cars per cylinder count?","SELECT cylinders, COUNT(*) FROM cars_data GROUP BY cylinders"),
("car_1","join","Which countries in Europe have car makers? Just the country names.","SELECT DISTINCT c.countryname FROM countries c JOIN continents t ON t.contid = c.continent JOIN car_makers m ON CAST(m.country AS INTEGER) = c.countryid WHERE t.continent = 'europe'"),
("car_1","superlative","Which maker has the most models?","SELECT m.fullname FROM car_makers m JOIN model_list l ON l.maker = m.id GROUP BY m.id, m.fullname ORDER BY COUNT(*) DESC LIMIT 1"),
("car_1","set","Which countries have no car makers at all?","SELECT countryname FROM countries WHERE countryid NOT IN (SELECT CAST(country AS INTEGER) FROM car_makers)"),
("car_1","ratio","What percentage of the cars have 4 cylinders?","SELECT 100.0 * SUM(CASE WHEN cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data"),
# course_teach
("course_teach","count","How many teachers are older than 35?","SELECT COUNT(*) FROM teacher WHERE CAST(age AS INTEGER) > 35"),
("course_teach","list","teachers and their hometowns","SELECT name, hometown FROM teacher"),
("course_teach","filter-text","When does the Math course start?","SELECT staring_date FROM course WHERE course = 'Math'"),
("course_teach","aggregate","What's the average teacher age?","SELECT AVG(CAST(age AS INTEGER)) FROM teacher"),
("course_teach","join","Show me which teacher teaches which course.","SELECT t.name, c.course FROM course_arrange a JOIN teacher t ON t.teacher_id = a.teacher_id JOIN course c ON c.course_id = a.course_id"),
("course_teach","superlative","Who is the youngest teacher?","SELECT name FROM teacher ORDER BY CAST(age AS INTEGER) ASC LIMIT 1"),
("course_teach","set","Which teachers aren't assigned to any course?","SELECT name FROM teacher WHERE teacher_id NOT IN (SELECT teacher_id FROM course_arrange)"),
("course_teach","group","How many courses does each teacher teach? names and counts","SELECT t.name, COUNT(*) FROM course_arrange a JOIN teacher t ON t.teacher_id = a.teacher_id GROUP BY t.teacher_id, t.name"),
("course_teach","ratio","Which teachers are older than the average teacher?","SELECT name FROM teacher WHERE CAST(age AS INTEGER) > (SELECT AVG(CAST(age AS INTEGER)) FROM teacher)"),
# dog_kennels
("dog_kennels","count","How many dogs were abandoned?","SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'"),
("dog_kennels","list","list all our professionals with their role","SELECT first_name, last_name, role_code FROM Professionals"),
("dog_kennels","filter-text","Which professionals are vets? first and last names","SELECT first_name, last_name FROM Professionals WHERE role_code = 'Veterenarian'"),
("dog_kennels","filter-number","Which dogs weigh more than 8? Names and weights.","SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > 8"),
("dog_kennels","aggregate","What's the average cost of a treatment?","SELECT AVG(cost_of_treatment) FROM Treatments"),
("dog_kennels","group","How many dogs of each breed do we have? Use the breed names.","SELECT b.breed_name, COUNT(*) FROM Dogs d JOIN Breeds b ON b.breed_code = d.breed_code GROUP BY b.breed_name"),
("dog_kennels","join","Show each dog's name with its owner's first and last name.","SELECT d.name, o.first_name, o.last_name FROM Dogs d JOIN Owners o ON o.owner_id = d.owner_id"),
("dog_kennels","superlative","Which owner has spent the most on treatments for their dogs?","SELECT o.first_name, o.last_name FROM Owners o JOIN Dogs d ON d.owner_id = o.owner_id JOIN Treatments t ON t.dog_id = d.dog_id GROUP BY o.owner_id, o.first_name, o.last_name ORDER BY SUM(t.cost_of_treatment) DESC LIMIT 1"),
("dog_kennels","set","Which dogs have never received any treatment?","SELECT name FROM Dogs WHERE dog_id NOT IN (SELECT dog_id FROM Treatments)"),
# flight_2
("flight_2","count","How many flights leave from APG?","SELECT COUNT(*) FROM flights WHERE TRIM(sourceairport) = 'APG'"),
("flight_2","list","Airline names and their abbreviations","SELECT airline, abbreviation FROM airlines"),
("flight_2","filter-text","Which airports are in Aberdeen? codes and names","SELECT airportcode, TRIM(airportname) FROM airports WHERE TRIM(city) = 'Aberdeen'"),
("flight_2","group","how many flights does each airline operate","SELECT a.airline, COUNT(*) FROM flights f JOIN airlines a ON a.uid = f.airline GROUP BY a.uid, a.airline"),
("flight_2","join","What airline runs flight number 28?","SELECT a.airline FROM flights f JOIN airlines a ON a.uid = f.airline WHERE f.flightno = 28"),
("flight_2","superlative","Which city has the most departing flights?","SELECT TRIM(p.city) FROM flights f JOIN airports p ON p.airportcode = TRIM(f.sourceairport) GROUP BY TRIM(p.city) ORDER BY COUNT(*) DESC LIMIT 1"),
("flight_2","set","Which airports does JetBlue never fly into? Just the airport codes.","SELECT airportcode FROM airports WHERE airportcode NOT IN (SELECT TRIM(f.destairport) FROM flights f JOIN airlines a ON a.uid = f.airline WHERE a.airline = 'JetBlue Airways')"),
("flight_2","ratio","What share of all flights are operated by JetBlue, in percent?","SELECT 100.0 * SUM(CASE WHEN a.airline = 'JetBlue Airways' THEN 1 ELSE 0 END) / COUNT(*) FROM flights f JOIN airlines a ON a.uid = f.airline"),
("flight_2","count","how many airlines do we have on file?","SELECT COUNT(*) FROM airlines"),
# network_1
("network_1","count","How many high schoolers are in grade 9?","SELECT COUNT(*) FROM Highschooler WHERE grade = 9"),
("network_1","list","names and grades of all students","SELECT name, grade FROM Highschooler"),
("network_1","filter-text","What grade is Kyle in?","SELECT grade FROM Highschooler WHERE name = 'Kyle'"),
("network_1","aggregate","What's the average grade of the high schoolers?","SELECT AVG(grade) FROM Highschooler"),
("network_1","group","How many students are in each grade?","SELECT grade, COUNT(*) FROM Highschooler GROUP BY grade"),
("network_1","join","Who are Kyle's friends?","SELECT h.name FROM Highschooler h WHERE h.id IN (SELECT f.friend_id FROM Friend f JOIN Highschooler k ON k.id = f.student_id WHERE k.name = 'Kyle') OR h.id IN (SELECT f.student_id FROM Friend f JOIN Highschooler k ON k.id = f.friend_id WHERE k.name = 'Kyle')"),
("network_1","superlative","Which students have the most friends?","WITH p AS (SELECT student_id AS id, friend_id AS other FROM Friend UNION SELECT friend_id, student_id FROM Friend), n AS (SELECT id, COUNT(*) AS c FROM p GROUP BY id) SELECT h.name FROM Highschooler h JOIN n ON n.id = h.id WHERE n.c = (SELECT MAX(c) FROM n)"),
("network_1","set","Which students have friends but aren't liked by anyone?","SELECT name FROM Highschooler WHERE (id IN (SELECT student_id FROM Friend) OR id IN (SELECT friend_id FROM Friend)) AND id NOT IN (SELECT liked_id FROM Likes)"),
("network_1","ratio","What percentage of the high schoolers like somebody?","SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / COUNT(*) FROM Highschooler"),
# pets_1
("pets_1","count","how many students are female","SELECT COUNT(*) FROM Student WHERE sex = 'F'"),
("pets_1","list","Show every pet with its type and age.","SELECT petid, pettype, pet_age FROM Pets"),
("pets_1","filter-text","Which students live in Baltimore (city code BAL)? first and last names","SELECT fname, lname FROM Student WHERE city_code = 'BAL'"),
("pets_1","filter-number","Which students are older than 25? Give first names and ages.","SELECT fname, age FROM Student WHERE age > 25"),
("pets_1","aggregate","What is the heaviest pet's weight and the average pet weight?","SELECT MAX(weight), AVG(weight) FROM Pets"),
("pets_1","group","Number of students in each major","SELECT major, COUNT(*) FROM Student GROUP BY major"),
("pets_1","join","Who owns a dog? first names of the students","SELECT DISTINCT s.fname FROM Student s JOIN Has_Pet h ON h.stuid = s.stuid JOIN Pets p ON p.petid = h.petid WHERE p.pettype = 'dog'"),
("pets_1","set","How many students have no pets?","SELECT COUNT(*) FROM Student WHERE stuid NOT IN (SELECT stuid FROM Has_Pet)"),
("pets_1","superlative","Who's the oldest student?","SELECT fname, lname FROM Student ORDER BY age DESC LIMIT 1"),
# real_estate_properties
("real_estate_properties","count","How many apartments are listed?","SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'"),
("real_estate_properties","list","Show property names with their room counts.","SELECT property_name, room_count FROM Properties"),
("real_estate_properties","filter-number","which properties have more than 7 rooms","SELECT property_name FROM Properties WHERE room_count > 7"),
("real_estate_properties","aggregate","What's the average agreed selling price of houses?","SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'"),
("real_estate_properties","group","How many properties of each type description do we have?","SELECT t.property_type_description, COUNT(*) FROM Properties p JOIN Ref_Property_Types t ON t.property_type_code = p.property_type_code GROUP BY t.property_type_description"),
("real_estate_properties","join","Which properties have a swimming pool?","SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features o ON o.property_id = p.property_id JOIN Other_Available_Features f ON f.feature_id = o.feature_id WHERE f.feature_name = 'Pool'"),
("real_estate_properties","superlative","What's the most expensive property sold (by agreed price)?","SELECT property_name FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1"),
("real_estate_properties","set","Which properties have both air conditioning and a pool?","SELECT p.property_name FROM Properties p JOIN Other_Property_Features o ON o.property_id = p.property_id JOIN Other_Available_Features f ON f.feature_id = o.feature_id WHERE f.feature_name = 'AirCon' INTERSECT SELECT p.property_name FROM Properties p JOIN Other_Property_Features o ON o.property_id = p.property_id JOIN Other_Available_Features f ON f.feature_id = o.feature_id WHERE f.feature_name = 'Pool'"),
("real_estate_properties","ratio","Which properties sold for more than the average agreed selling price?","SELECT property_name FROM Properties WHERE agreed_selling_price > (SELECT AVG(agreed_selling_price) FROM Properties)"),
# student_transcripts_tracking
("student_transcripts_tracking","count","How many departments are there?","SELECT COUNT(*) FROM Departments"),
("student_transcripts_tracking","list","List students' first and last names with their email addresses.","SELECT first_name, last_name, email_address FROM Students"),
("student_transcripts_tracking","filter-text","Which degree programs are PhDs? give their ids","SELECT degree_program_id FROM Degree_Programs WHERE degree_summary_name = 'PHD'"),
("student_transcripts_tracking","group","How many degree programs does each department offer? department names and counts","SELECT d.department_name, COUNT(*) FROM Departments d JOIN Degree_Programs p ON p.department_id = d.department_id GROUP BY d.department_id, d.department_name"),
("student_transcripts_tracking","join","What city does each student currently live in? names and city","SELECT s.first_name, s.last_name, a.city FROM Students s JOIN Addresses a ON a.address_id = s.current_address_id"),
("student_transcripts_tracking","superlative","Which department offers the most degree programs?","SELECT d.department_name FROM Departments d JOIN Degree_Programs p ON p.department_id = d.department_id GROUP BY d.department_id, d.department_name ORDER BY COUNT(*) DESC LIMIT 1"),
("student_transcripts_tracking","set","Which departments don't offer any degree program?","SELECT department_name FROM Departments WHERE department_id NOT IN (SELECT department_id FROM Degree_Programs)"),
("student_transcripts_tracking","aggregate","When was the earliest transcript issued?","SELECT MIN(transcript_date) FROM Transcripts"),
("student_transcripts_tracking","filter-number","Which students first registered before 1980? Names only.","SELECT first_name, last_name FROM Students WHERE date_first_registered < '1980-01-01'"),
# voter_1
("voter_1","count","How many votes have been cast?","SELECT COUNT(*) FROM VOTES"),
("voter_1","list","List all the contestants with their numbers.","SELECT contestant_number, contestant_name FROM CONTESTANTS"),
("voter_1","filter-text","How many votes came from New Jersey?","SELECT COUNT(*) FROM VOTES WHERE TRIM(state, char(10, 13, 32)) = 'NJ'"),
("voter_1","group","Votes per state, please","SELECT TRIM(state, char(10, 13, 32)), COUNT(*) FROM VOTES GROUP BY TRIM(state, char(10, 13, 32))"),
("voter_1","join","Which contestants received votes from NY?","SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON v.contestant_number = c.contestant_number WHERE TRIM(v.state, char(10, 13, 32)) = 'NY'"),
("voter_1","superlative","Who got the most votes?","SELECT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number, c.contestant_name ORDER BY COUNT(*) DESC LIMIT 1"),
("voter_1","set","which contestants got zero votes","SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
("voter_1","aggregate","When was the most recent vote cast?","SELECT MAX(created) FROM VOTES"),
]
U = [
("battle_death","What was the weather like on the day of the Battle of Adrianople?","No column records weather; battle only holds name, date, commanders and result."),
("concert_singer","How much did a ticket to the Week 1 concert cost?","No ticket price column in concert, stadium or singer_in_concert."),
("cre_Doc_Template_Mgt","Who wrote the document 'Learning French'?","Documents has no author column; no people table exists."),
("employee_hire_evaluation","What is each employee's annual salary?","Only bonuses (evaluation.Bonus) are stored; no salary column."),
("museum_visit","Which city is the Plaza Museum located in?","museum holds name, staff, open year only; no location."),
("orchestra","how many musicians play in the London Symphony Orchestra?","No member/musician count or musician table."),
("poker_player","Which tournaments has Maksim Botin won?","No tournament table or column; only aggregate stats (final tables, best finish, earnings)."),
("singer","What genre is Cha Cha Slide?","song has title, sales, highest position only; no genre."),
("tvshow","How many minutes long is each cartoon?","Cartoon has no runtime/duration column."),
("world_1","What's the unemployment rate in France?","country has population, GNP, life expectancy etc. but no unemployment figures."),
("car_1","What's the sticker price of the ford pinto?","cars_data has mpg, cylinders, horsepower, weight, acceleration, year; no price."),
("course_teach","How many students are enrolled in Math?","No student or enrolment table; only course, teacher and course_arrange."),
("dog_kennels","What colour is Kacey's coat?","Dogs has breed, size, age, weight, gender, dates; no colour."),
("flight_2","What time does flight 28 take off?","flights holds airline, number, source and destination only; no times."),
("network_1","What's Kyle's GPA?","Highschooler holds only ID, name, grade level."),
("pets_1","What are the names of the pets?","Pets has PetID, type, age, weight; no pet name."),
("real_estate_properties","Which estate agent handled the sale of 'park'?","No agent column or table."),
("student_transcripts_tracking","What grade did Timmothy Ward get in the ds course?","Transcripts and enrolments hold no marks/grades."),
("voter_1","How old were the people who voted for Kelly Clauss?","VOTES holds phone number, state, contestant, timestamp; no voter age."),
]

def main():
    errs = []
    items = []
    for half, src in (("A", A), ("B", B)):
        for db, kind, q, sql in src:
            items.append({"db_id": db, "question": q, "query": sql, "kind": kind, "_half": half})
    seen = set()
    for it in items:
        db, sql = it["db_id"], it["query"]
        if it["kind"] not in KINDS: errs.append(f"bad kind {it}")
        if (db in HALF_A) != (it["_half"] == "A") or db not in HALF_A + HALF_B: errs.append(f"wrong half {db}")
        if it["question"] in seen: errs.append(f"dup question {it['question']}")
        seen.add(it["question"])
        try:
            con = sqlite3.connect(f"file:{DB.format(db)}?mode=ro", uri=True)
            rows = con.execute(sql).fetchall(); con.close()
        except Exception as e:
            errs.append(f"{db}: {e}: {sql}"); continue
        if not rows or all(all(v is None for v in r) for r in rows):
            errs.append(f"{db}: empty/NULL result: {sql}")
    ca = Counter(i["db_id"] for i in items if i["_half"] == "A")
    cb = Counter(i["db_id"] for i in items if i["_half"] == "B")
    if sum(ca.values()) < 80: errs.append(f"half A has {sum(ca.values())}")
    if sum(cb.values()) < 80: errs.append(f"half B has {sum(cb.values())}")
    for db in HALF_A + HALF_B:
        n = ca.get(db, 0) + cb.get(db, 0)
        if n < 6: errs.append(f"{db} used {n} times")
    if len(U) < 16: errs.append("too few unanswerable")
    uh = Counter("A" if u[0] in HALF_A else "B" for u in U if u[0] in HALF_A + HALF_B)
    if uh["A"] < 1 or uh["B"] < 1 or sum(uh.values()) != len(U): errs.append(f"unanswerable halves {uh}")
    if errs:
        print("FAILED:"); print("\n".join(errs)); sys.exit(1)
    out = [{k: i[k] for k in ("db_id", "question", "query", "kind")} for i in items]
    with open(os.path.join(HERE, "spider_v4.json"), "w") as f: json.dump(out, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v4_unanswerable.json"), "w") as f:
        json.dump([{"db_id": d, "question": q, "why": w} for d, q, w in U], f, indent=1, ensure_ascii=False)
    print(f"OK: {len(out)} items (A {sum(ca.values())}, B {sum(cb.values())}), {len(U)} unanswerable")
    for db in HALF_A + HALF_B: print(f"  {db}: {ca.get(db,0)+cb.get(db,0)}")
    for k, n in sorted(Counter(i['kind'] for i in items).items()): print(f"  kind {k}: {n}")

if __name__ == "__main__":
    main()
