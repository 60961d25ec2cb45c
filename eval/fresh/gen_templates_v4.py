#!/usr/bin/env python3
"""Build templates_v4.json and templates_v4_nearmiss.json (stdlib only).

Each item: a question + gold SQL, a paraphrase (different wording AND different
literal values) + its gold SQL (same SQL with only literals changed), and one
near-miss question that looks alike but asks for something different.
All queries are run on the Spider sqlite files; files are written only if every
check passes.
"""
import json, os, re, sqlite3, sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = os.path.dirname(os.path.abspath(__file__))

HALF_A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
HALF_B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (kind, db, question, query, paraphrase, paraphrase_query, near_question, near_query)
ITEMS = [
# ---------------- half A ----------------
("count_text", "battle_death",
 "How many ships were captured?",
 "SELECT count(*) FROM ship WHERE disposition_of_ship = 'Captured'",
 "number of ships that got wrecked",
 "SELECT count(*) FROM ship WHERE disposition_of_ship = 'Wrecked'",
 "How many ships were captured in the English Channel?",
 "SELECT count(*) FROM ship WHERE disposition_of_ship = 'Captured' AND location = 'English Channel'"),
("join_filter", "battle_death",
 "List the names of ships lost in the Siege of Constantinople",
 "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Siege of Constantinople'",
 "Which ships went down at the Battle of Messinopolis?",
 "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Messinopolis'",
 "List the types of ships lost in the Siege of Constantinople",
 "SELECT s.ship_type FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Siege of Constantinople'"),
("agg_filter", "battle_death",
 "Total number of people killed by ship Three Brothers",
 "SELECT sum(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id WHERE s.name = 'Three Brothers'",
 "How many deaths altogether were caused by the HMS Avon?",
 "SELECT sum(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id WHERE s.name = 'HMS Avon'",
 "Total number of people injured by ship Three Brothers",
 "SELECT sum(d.injured) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id WHERE s.name = 'Three Brothers'"),

("year", "concert_singer",
 "list concert names and themes from 2014",
 "SELECT concert_Name, Theme FROM concert WHERE Year = '2014'",
 "What were the names and themes of the concerts held in 2015?",
 "SELECT concert_Name, Theme FROM concert WHERE Year = '2015'",
 "how many concerts were there in 2014",
 "SELECT count(*) FROM concert WHERE Year = '2014'"),
("list_num", "concert_singer",
 "Names of singers older than 40",
 "SELECT Name FROM singer WHERE Age > 40",
 "Which singers are above 30 years of age?",
 "SELECT Name FROM singer WHERE Age > 30",
 "Names of singers younger than 40",
 "SELECT Name FROM singer WHERE Age < 40"),
("value_code", "concert_singer",
 "How many female singers are from France?",
 "SELECT count(*) FROM singer WHERE Is_male = 'F' AND Country = 'France'",
 "count of male French singers",
 "SELECT count(*) FROM singer WHERE Is_male = 'T' AND Country = 'France'",
 "What is the average age of female singers from France?",
 "SELECT avg(Age) FROM singer WHERE Is_male = 'F' AND Country = 'France'"),

("join_filter", "cre_Doc_Template_Mgt",
 "How many templates are presentations?",
 "SELECT count(*) FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'",
 "Give me the number of book templates.",
 "SELECT count(*) FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'",
 "What is the highest version number of the templates that are presentations?",
 "SELECT max(t.Version_Number) FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'"),
("value_code", "cre_Doc_Template_Mgt",
 "Names of documents built on advertisement templates",
 "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID WHERE t.Template_Type_Code = 'AD'",
 "which documents use a book template? just the names",
 "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID WHERE t.Template_Type_Code = 'BK'",
 "Names of documents not built on advertisement templates",
 "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID WHERE t.Template_Type_Code != 'AD'"),

("count_text", "employee_hire_evaluation",
 "How many employees live in Bristol?",
 "SELECT count(*) FROM employee WHERE City = 'Bristol'",
 "Number of staff based in Wasps",
 "SELECT count(*) FROM employee WHERE City = 'Wasps'",
 "How many employees living in Bristol are older than 25?",
 "SELECT count(*) FROM employee WHERE City = 'Bristol' AND Age > 25"),
("year", "employee_hire_evaluation",
 "Total bonus awarded in 2016",
 "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'",
 "What was the sum of all bonuses handed out in 2018?",
 "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2018'",
 "Largest bonus awarded in 2016",
 "SELECT max(Bonus) FROM evaluation WHERE Year_awarded = '2016'"),
("topn", "employee_hire_evaluation",
 "top 3 shops by number of products",
 "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 3",
 "Which five shops carry the most products?",
 "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 5",
 "bottom 3 shops by number of products",
 "SELECT Name FROM shop ORDER BY Number_products ASC LIMIT 3"),

("year", "museum_visit",
 "Which museums opened after 2009?",
 "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009",
 "list museums whose opening year is later than 2010",
 "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010",
 "Which museums opened before 2009?",
 "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) < 2009"),
("join_filter", "museum_visit",
 "Total amount spent by Fernando Gago",
 "SELECT sum(v.Total_spent) FROM visit v JOIN visitor t ON v.visitor_ID = t.ID WHERE t.Name = 'Fernando Gago'",
 "How much money did Arjen Robben spend across all his museum visits?",
 "SELECT sum(v.Total_spent) FROM visit v JOIN visitor t ON v.visitor_ID = t.ID WHERE t.Name = 'Arjen Robben'",
 "Total number of tickets bought by Fernando Gago",
 "SELECT sum(v.Num_of_Ticket) FROM visit v JOIN visitor t ON v.visitor_ID = t.ID WHERE t.Name = 'Fernando Gago'"),
("value_spelling", "museum_visit",
 "What is the membership level of Gonzalo Higuaín?",
 "SELECT Level_of_membership FROM visitor WHERE trim(Name) = 'Gonzalo Higuaín'",
 "Rafael van der Vaart - which level of membership does he hold",
 "SELECT Level_of_membership FROM visitor WHERE trim(Name) = 'Rafael van der Vaart'",
 "What is the age of Gonzalo Higuaín?",
 "SELECT Age FROM visitor WHERE trim(Name) = 'Gonzalo Higuaín'"),

("count_text", "orchestra",
 "How many conductors are from the USA?",
 "SELECT count(*) FROM conductor WHERE Nationality = 'USA'",
 "number of conductors with UK nationality",
 "SELECT count(*) FROM conductor WHERE Nationality = 'UK'",
 "What is the average age of conductors from the USA?",
 "SELECT avg(Age) FROM conductor WHERE Nationality = 'USA'"),
("groupby", "orchestra",
 "For each record company, how many orchestras were founded after 2003?",
 "SELECT Record_Company, count(*) FROM orchestra WHERE Year_of_Founded > 2003 GROUP BY Record_Company",
 "count of orchestras per record label, only those founded later than 2006",
 "SELECT Record_Company, count(*) FROM orchestra WHERE Year_of_Founded > 2006 GROUP BY Record_Company",
 "For each record format, how many orchestras were founded after 2003?",
 "SELECT Major_Record_Format, count(*) FROM orchestra WHERE Year_of_Founded > 2003 GROUP BY Major_Record_Format"),
("value_spelling", "orchestra",
 "Which performances had a share above 30%?",
 "SELECT Type FROM performance WHERE CAST(REPLACE(Share, '%', '') AS REAL) > 30",
 "performance types with more than a 40 percent share",
 "SELECT Type FROM performance WHERE CAST(REPLACE(Share, '%', '') AS REAL) > 40",
 "Which performances had a share below 30%?",
 "SELECT Type FROM performance WHERE CAST(REPLACE(Share, '%', '') AS REAL) < 30"),

("join_filter", "poker_player",
 "Names of poker players with earnings above 300000",
 "SELECT p.Name FROM people p JOIN poker_player pp ON p.People_ID = pp.People_ID WHERE pp.Earnings > 300000",
 "Which poker players have won more than 150,000?",
 "SELECT p.Name FROM people p JOIN poker_player pp ON p.People_ID = pp.People_ID WHERE pp.Earnings > 150000",
 "Names of poker players with earnings above 300000 who are taller than 200",
 "SELECT p.Name FROM people p JOIN poker_player pp ON p.People_ID = pp.People_ID WHERE pp.Earnings > 300000 AND p.Height > 200"),
("topn", "poker_player",
 "tallest 2 people",
 "SELECT Name FROM people ORDER BY Height DESC LIMIT 2",
 "Give me the three people with the greatest height.",
 "SELECT Name FROM people ORDER BY Height DESC LIMIT 3",
 "shortest 2 people",
 "SELECT Name FROM people ORDER BY Height ASC LIMIT 2"),

("list_num", "singer",
 "Singers born before 1945",
 "SELECT Name FROM singer WHERE Birth_Year < 1945",
 "Which of the singers were born earlier than 1950?",
 "SELECT Name FROM singer WHERE Birth_Year < 1950",
 "Singers born after 1945",
 "SELECT Name FROM singer WHERE Birth_Year > 1945"),
("join_filter", "singer",
 "What are the total sales of songs by Christy Walton?",
 "SELECT sum(so.Sales) FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Christy Walton'",
 "how much did Liliane Bettencourt's songs sell altogether",
 "SELECT sum(so.Sales) FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Liliane Bettencourt'",
 "What is the number of songs by Christy Walton?",
 "SELECT count(*) FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Christy Walton'"),
("groupby", "singer",
 "Number of singers per citizenship with net worth over 15 million",
 "SELECT Citizenship, count(*) FROM singer WHERE Net_Worth_Millions > 15 GROUP BY Citizenship",
 "By citizenship, count the singers who are worth more than 25 million.",
 "SELECT Citizenship, count(*) FROM singer WHERE Net_Worth_Millions > 25 GROUP BY Citizenship",
 "Maximum net worth per citizenship for singers with net worth over 15 million",
 "SELECT Citizenship, max(Net_Worth_Millions) FROM singer WHERE Net_Worth_Millions > 15 GROUP BY Citizenship"),

("count_text", "tvshow",
 "How many TV channels broadcast in Italian?",
 "SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'",
 "number of English-language channels",
 "SELECT count(*) FROM TV_Channel WHERE Language = 'English'",
 "How many cartoons were shown on TV channels that broadcast in Italian?",
 "SELECT count(*) FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id WHERE t.Language = 'Italian'"),
("join_filter", "tvshow",
 "List the cartoons shown on the channel Sky Radio",
 "SELECT c.Title FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id WHERE t.series_name = 'Sky Radio'",
 "Which cartoon titles aired on MTV Dance?",
 "SELECT c.Title FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id WHERE t.series_name = 'MTV Dance'",
 "List the TV series episodes shown on the channel Sky Radio",
 "SELECT s.Episode FROM TV_series s JOIN TV_Channel t ON s.Channel = t.id WHERE t.series_name = 'Sky Radio'"),
("list_num", "tvshow",
 "Episodes with more than 6 million viewers",
 "SELECT Episode FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6",
 "which episodes drew an audience of over 8 million?",
 "SELECT Episode FROM TV_series WHERE CAST(Viewers_m AS REAL) > 8",
 "Air dates of episodes with more than 6 million viewers",
 "SELECT Air_Date FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),

("agg_filter", "world_1",
 "Average life expectancy in Africa",
 "SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'Africa'",
 "What is the mean life expectancy of the countries of Europe?",
 "SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'Europe'",
 "Average GNP in Africa",
 "SELECT avg(GNP) FROM country WHERE Continent = 'Africa'"),
("value_code", "world_1",
 "Which languages are official in Canada?",
 "SELECT l.Language FROM countrylanguage l JOIN country c ON l.CountryCode = c.Code WHERE c.Name = 'Canada' AND l.IsOfficial = 'T'",
 "official languages of Belgium",
 "SELECT l.Language FROM countrylanguage l JOIN country c ON l.CountryCode = c.Code WHERE c.Name = 'Belgium' AND l.IsOfficial = 'T'",
 "Which languages are spoken in Canada but are not official?",
 "SELECT l.Language FROM countrylanguage l JOIN country c ON l.CountryCode = c.Code WHERE c.Name = 'Canada' AND l.IsOfficial = 'F'"),
("two_filters", "world_1",
 "Countries in Asia that became independent after 1950",
 "SELECT Name FROM country WHERE Continent = 'Asia' AND IndepYear > 1950",
 "List the African nations with an independence year later than 1970.",
 "SELECT Name FROM country WHERE Continent = 'Africa' AND IndepYear > 1970",
 "How many countries in Asia became independent after 1950?",
 "SELECT count(*) FROM country WHERE Continent = 'Asia' AND IndepYear > 1950"),

# ---------------- half B ----------------
("value_spelling", "car_1",
 "How many car makers are from Japan?",
 "SELECT count(*) FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'",
 "number of German car manufacturers",
 "SELECT count(*) FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'germany'",
 "How many car models are made by makers from Japan?",
 "SELECT count(*) FROM model_list l JOIN car_makers m ON l.Maker = m.Id JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'"),
("year", "car_1",
 "Average horsepower of cars from 1975",
 "SELECT avg(CAST(Horsepower AS REAL)) FROM cars_data WHERE Year = 1975 AND Horsepower != 'null'",
 "what's the mean HP for the 1980 model year?",
 "SELECT avg(CAST(Horsepower AS REAL)) FROM cars_data WHERE Year = 1980 AND Horsepower != 'null'",
 "Average weight of cars from 1975",
 "SELECT avg(Weight) FROM cars_data WHERE Year = 1975"),
("topn", "car_1",
 "5 heaviest cars",
 "SELECT n.Make FROM car_names n JOIN cars_data d ON n.MakeId = d.Id ORDER BY d.Weight DESC LIMIT 5",
 "Show me the three cars with the highest weight.",
 "SELECT n.Make FROM car_names n JOIN cars_data d ON n.MakeId = d.Id ORDER BY d.Weight DESC LIMIT 3",
 "5 lightest cars",
 "SELECT n.Make FROM car_names n JOIN cars_data d ON n.MakeId = d.Id ORDER BY d.Weight ASC LIMIT 5"),
("two_filters", "car_1",
 "How many cars have 4 cylinders and an mpg above 30?",
 "SELECT count(*) FROM cars_data WHERE Cylinders = 4 AND CAST(MPG AS REAL) > 30",
 "count of 6-cylinder cars whose fuel economy is over 20 mpg",
 "SELECT count(*) FROM cars_data WHERE Cylinders = 6 AND CAST(MPG AS REAL) > 20",
 "How many cars have 4 cylinders and an mpg below 30?",
 "SELECT count(*) FROM cars_data WHERE Cylinders = 4 AND CAST(MPG AS REAL) < 30 AND MPG != 'null'"),

("join_filter", "course_teach",
 "Which teachers teach Math?",
 "SELECT t.Name FROM teacher t JOIN course_arrange a ON t.Teacher_ID = a.Teacher_ID JOIN course c ON a.Course_ID = c.Course_ID WHERE c.Course = 'Math'",
 "who is teaching the History course",
 "SELECT t.Name FROM teacher t JOIN course_arrange a ON t.Teacher_ID = a.Teacher_ID JOIN course c ON a.Course_ID = c.Course_ID WHERE c.Course = 'History'",
 "Which grades is Math taught in?",
 "SELECT a.Grade FROM course_arrange a JOIN course c ON a.Course_ID = c.Course_ID WHERE c.Course = 'Math'"),
("list_num", "course_teach",
 "Teachers older than 35",
 "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35",
 "list the teachers aged over 30",
 "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 30",
 "Hometowns of teachers older than 35",
 "SELECT Hometown FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
("value_spelling", "course_teach",
 "Which teachers are from Horwich?",
 "SELECT Name FROM teacher WHERE Hometown LIKE '%Horwich%'",
 "teachers whose hometown is Turton",
 "SELECT Name FROM teacher WHERE Hometown LIKE '%Turton%'",
 "How old are the teachers from Horwich?",
 "SELECT Age FROM teacher WHERE Hometown LIKE '%Horwich%'"),

("value_spelling", "dog_kennels",
 "How many veterinarians are there?",
 "SELECT count(*) FROM Professionals WHERE role_code = 'Veterenarian'",
 "number of professionals who are employees",
 "SELECT count(*) FROM Professionals WHERE role_code = 'Employee'",
 "How many veterinarians have given treatments?",
 "SELECT count(DISTINCT p.professional_id) FROM Professionals p JOIN Treatments t ON p.professional_id = t.professional_id WHERE p.role_code = 'Veterenarian'"),
("value_code", "dog_kennels",
 "Average cost of vaccinations",
 "SELECT avg(cost_of_treatment) FROM Treatments WHERE treatment_type_code = 'VAC'",
 "What's the mean cost of a physical examination treatment?",
 "SELECT avg(cost_of_treatment) FROM Treatments WHERE treatment_type_code = 'EXAM'",
 "Total cost of vaccinations",
 "SELECT sum(cost_of_treatment) FROM Treatments WHERE treatment_type_code = 'VAC'"),
("join_filter", "dog_kennels",
 "names of dogs that are bulldogs",
 "SELECT d.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'",
 "Which dogs are huskies? List their names.",
 "SELECT d.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'",
 "names of owners of dogs that are bulldogs",
 "SELECT o.first_name, o.last_name FROM Owners o JOIN Dogs d ON o.owner_id = d.owner_id JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'"),

("value_spelling", "flight_2",
 "How many airports are in Albany?",
 "SELECT count(*) FROM airports WHERE trim(City) = 'Albany'",
 "number of airports located in the city of Anchorage",
 "SELECT count(*) FROM airports WHERE trim(City) = 'Anchorage'",
 "How many flights arrive in Albany?",
 "SELECT count(*) FROM flights f JOIN airports a ON trim(f.DestAirport) = a.AirportCode WHERE trim(a.City) = 'Albany'"),
("value_spelling", "flight_2",
 "Which flights leave from airport AXG? Give airline and flight number.",
 "SELECT Airline, FlightNo FROM flights WHERE trim(SourceAirport) = 'AXG'",
 "airline id and flight no of every flight departing CAK",
 "SELECT Airline, FlightNo FROM flights WHERE trim(SourceAirport) = 'CAK'",
 "Which flights arrive at airport AXG? Give airline and flight number.",
 "SELECT Airline, FlightNo FROM flights WHERE trim(DestAirport) = 'AXG'"),
("groupby", "flight_2",
 "How many flights does each airline have departing from Albany?",
 "SELECT a.Airline, count(*) FROM flights f JOIN airlines a ON f.Airline = a.uid JOIN airports p ON trim(f.SourceAirport) = p.AirportCode WHERE trim(p.City) = 'Albany' GROUP BY a.Airline",
 "Per airline, the number of flights out of Anchorage",
 "SELECT a.Airline, count(*) FROM flights f JOIN airlines a ON f.Airline = a.uid JOIN airports p ON trim(f.SourceAirport) = p.AirportCode WHERE trim(p.City) = 'Anchorage' GROUP BY a.Airline",
 "How many flights depart from Albany in total?",
 "SELECT count(*) FROM flights f JOIN airports p ON trim(f.SourceAirport) = p.AirportCode WHERE trim(p.City) = 'Albany'"),

("count_text", "network_1",
 "How many high schoolers are named Gabriel?",
 "SELECT count(*) FROM Highschooler WHERE name = 'Gabriel'",
 "number of students called Kyle",
 "SELECT count(*) FROM Highschooler WHERE name = 'Kyle'",
 "What grades are the high schoolers named Gabriel in?",
 "SELECT grade FROM Highschooler WHERE name = 'Gabriel'"),
("join_filter", "network_1",
 "Names of the students that Alexis likes",
 "SELECT h2.name FROM Highschooler h1 JOIN Likes l ON h1.ID = l.student_id JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h1.name = 'Alexis'",
 "who does Jessica have a crush on?",
 "SELECT h2.name FROM Highschooler h1 JOIN Likes l ON h1.ID = l.student_id JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h1.name = 'Jessica'",
 "Names of the students that like Alexis",
 "SELECT h1.name FROM Highschooler h1 JOIN Likes l ON h1.ID = l.student_id JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h2.name = 'Alexis'"),
("groupby", "network_1",
 "Number of friends of each student in grade 10",
 "SELECT h.name, count(*) FROM Highschooler h JOIN Friend f ON h.ID = f.student_id OR h.ID = f.friend_id WHERE h.grade = 10 GROUP BY h.ID",
 "For every 11th grader, how many friends do they have?",
 "SELECT h.name, count(*) FROM Highschooler h JOIN Friend f ON h.ID = f.student_id OR h.ID = f.friend_id WHERE h.grade = 11 GROUP BY h.ID",
 "Number of students liked by each student in grade 10",
 "SELECT h.name, count(*) FROM Highschooler h JOIN Likes l ON h.ID = l.student_id WHERE h.grade = 10 GROUP BY h.ID"),

("value_code", "pets_1",
 "How many female students are there?",
 "SELECT count(*) FROM Student WHERE Sex = 'F'",
 "count the male students",
 "SELECT count(*) FROM Student WHERE Sex = 'M'",
 "How many female students have a pet?",
 "SELECT count(DISTINCT s.StuID) FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID WHERE s.Sex = 'F'"),
("agg_filter", "pets_1",
 "Average age of students in major 600",
 "SELECT avg(Age) FROM Student WHERE Major = 600",
 "What is the mean age of the students majoring in 520?",
 "SELECT avg(Age) FROM Student WHERE Major = 520",
 "Age of the oldest student in major 600",
 "SELECT max(Age) FROM Student WHERE Major = 600"),
("join_filter", "pets_1",
 "Which students own a dog? First names please.",
 "SELECT DISTINCT s.Fname FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'dog'",
 "first names of the cat owners",
 "SELECT DISTINCT s.Fname FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'cat'",
 "Which students own a dog? Last names please.",
 "SELECT DISTINCT s.LName FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'dog'"),

("count_text", "real_estate_properties",
 "How many apartments are listed?",
 "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'",
 "number of properties that are shops",
 "SELECT count(*) FROM Properties WHERE property_type_code = 'Shop'",
 "How many apartments with more than 5 rooms are listed?",
 "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment' AND room_count > 5"),
("list_num", "real_estate_properties",
 "Properties with more than 7 rooms",
 "SELECT property_name FROM Properties WHERE room_count > 7",
 "which properties have a room count greater than 8? names only",
 "SELECT property_name FROM Properties WHERE room_count > 8",
 "Property types of properties with more than 7 rooms",
 "SELECT property_type_code FROM Properties WHERE room_count > 7"),
("value_spelling", "real_estate_properties",
 "Names of properties that have a pool",
 "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id JOIN Other_Available_Features a ON f.feature_id = a.feature_id WHERE a.feature_name = 'Pool'",
 "Which properties come with air conditioning?",
 "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id JOIN Other_Available_Features a ON f.feature_id = a.feature_id WHERE a.feature_name = 'AirCon'",
 "Names of properties that have a pool and more than 5 rooms",
 "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id JOIN Other_Available_Features a ON f.feature_id = a.feature_id WHERE a.feature_name = 'Pool' AND p.room_count > 5"),

("join_filter", "student_transcripts_tracking",
 "How many degree programs does the statistics department offer?",
 "SELECT count(*) FROM Degree_Programs p JOIN Departments d ON p.department_id = d.department_id WHERE d.department_name = 'statistics'",
 "number of degree programmes in the history department",
 "SELECT count(*) FROM Degree_Programs p JOIN Departments d ON p.department_id = d.department_id WHERE d.department_name = 'history'",
 "How many enrolments are there in degree programs of the statistics department?",
 "SELECT count(*) FROM Student_Enrolment e JOIN Degree_Programs p ON e.degree_program_id = p.degree_program_id JOIN Departments d ON p.department_id = d.department_id WHERE d.department_name = 'statistics'"),
("year", "student_transcripts_tracking",
 "Students who first registered after 2005",
 "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) > 2005",
 "Which students registered for the first time later than 2010? Give first and last name.",
 "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) > 2010",
 "Students who left after 2005",
 "SELECT first_name, last_name FROM Students WHERE CAST(strftime('%Y', date_left) AS INTEGER) > 2005"),
("value_spelling", "student_transcripts_tracking",
 "How many students currently live in North Carolina?",
 "SELECT count(*) FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'NorthCarolina'",
 "count of students whose current address is in Kentucky",
 "SELECT count(*) FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'",
 "Which students currently live in North Carolina?",
 "SELECT s.first_name, s.last_name FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'NorthCarolina'"),

("value_spelling", "voter_1",
 "How many votes came from New Jersey?",
 "SELECT count(*) FROM VOTES WHERE trim(state, ' ' || char(10) || char(13)) = 'NJ'",
 "number of votes cast in New York",
 "SELECT count(*) FROM VOTES WHERE trim(state, ' ' || char(10) || char(13)) = 'NY'",
 "How many area codes does New Jersey have?",
 "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'NJ'"),
("join_filter", "voter_1",
 "How many votes did Kelly Clauss get?",
 "SELECT count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss'",
 "vote count for Tabatha Gehling",
 "SELECT count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Tabatha Gehling'",
 "How many votes did Kelly Clauss get from California?",
 "SELECT count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Kelly Clauss' AND v.state = 'CA'"),
("value_code", "voter_1",
 "What are the area codes for Texas?",
 "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'",
 "list California's area codes",
 "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'CA'",
 "How many area codes are there for Texas?",
 "SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'TX'"),
]

STR_RE = re.compile(r"'(?:[^']|'')*'")
NUM_RE = re.compile(r"\b\d+(?:\.\d+)?\b")


def literals(sql):
    strs = STR_RE.findall(sql)
    rest = STR_RE.sub("''", sql)
    return strs + NUM_RE.findall(rest)


def skeleton(sql):
    s = STR_RE.sub("?", sql)
    s = NUM_RE.sub("?", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def run(db, sql):
    con = sqlite3.connect(os.path.join(DB_ROOT, db, db + ".sqlite"))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def norm(rows):
    def cell(v):
        return round(v, 6) if isinstance(v, float) else v
    return sorted((tuple(cell(v) for v in r) for r in rows), key=repr)


def nonempty(rows):
    # not empty, not a lone NULL, and (stricter) not a lone zero count/sum
    if not rows:
        return False
    if len(rows) == 1 and all(v is None or v == 0 for v in rows[0]):
        return False
    return True


def words(text, lits):
    litw = set()
    for l in lits:
        litw.update(re.findall(r"[a-z]+", l.lower()))
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in litw]


def main():
    errors = []
    templates, nears = [], []
    kinds = Counter(); per_db = Counter(); halves = Counter()
    for i, (kind, db, q, sql, p, psql, nq, nsql) in enumerate(ITEMS):
        tag = f"[{i} {db}]"
        if db not in HALF_A + HALF_B:
            errors.append(f"{tag} unknown db")
        try:
            r1 = run(db, sql); r2 = run(db, psql); r3 = run(db, nsql)
        except Exception as e:
            errors.append(f"{tag} SQL error: {e}"); continue
        for name, r in (("query", r1), ("paraphrase_query", r2), ("near query", r3)):
            if not nonempty(r):
                errors.append(f"{tag} {name} empty/NULL result")
        if skeleton(sql) != skeleton(psql):
            errors.append(f"{tag} paraphrase_query differs beyond literals")
        l1, l2 = literals(sql), literals(psql)
        if l1 == l2:
            errors.append(f"{tag} literals identical")
        w1, w2 = words(q, l1 + l2), words(p, l1 + l2)
        s1, s2 = set(w1), set(w2)
        jac = len(s1 & s2) / max(1, len(s1 | s2))
        if w1 == w2 or len(s1 ^ s2) < 2 or jac > 0.6:
            errors.append(f"{tag} paraphrase wording too close (jaccard {jac:.2f})")
        if norm(r1) == norm(r2):
            errors.append(f"{tag} paraphrase result equals question result")
        if norm(r3) == norm(r1):
            errors.append(f"{tag} near-miss result equals item result")
        if nq.strip().lower() == q.strip().lower() or nsql.strip() == sql.strip():
            errors.append(f"{tag} near miss identical to item")
        templates.append({"db_id": db, "question": q, "query": sql,
                          "paraphrase": p, "paraphrase_query": psql})
        nears.append({"db_id": db, "near": i, "question": nq, "query": nsql})
        kinds[kind] += 1; per_db[db] += 1
        halves["A" if db in HALF_A else "B"] += 1
    for db in HALF_A + HALF_B:
        if per_db[db] < 2:
            errors.append(f"db {db} used {per_db[db]} times (<2)")
    if halves["A"] < 28 or halves["B"] < 28:
        errors.append(f"half counts {dict(halves)}")
    if errors:
        print("FAILED:"); print("\n".join(errors)); sys.exit(1)
    with open(os.path.join(OUT, "templates_v4.json"), "w") as f:
        json.dump(templates, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "templates_v4_nearmiss.json"), "w") as f:
        json.dump(nears, f, indent=1, ensure_ascii=False)
    print(f"OK: {len(templates)} templates, {len(nears)} near misses")
    print("halves:", dict(halves))
    print("kinds:", dict(kinds))
    print("per db:", dict(per_db))


if __name__ == "__main__":
    main()
