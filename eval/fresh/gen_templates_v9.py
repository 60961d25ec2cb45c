#!/usr/bin/env python3
"""Generate templates_v9.json and templates_v9_nearmiss.json.

Each item holds: a question + gold SQL, a paraphrase (same kind of question,
other literal values that exist in the data) + gold SQL differing only in
literals, and a near-miss question + gold SQL that asks something else.

All queries are executed against the Spider SQLite databases and checked;
the output files are written only when every check passes.
Stdlib only.  Usage:  python3 gen_templates_v9.py [--show]
"""
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
OUT_MAIN = os.path.join(HERE, "templates_v9.json")
OUT_NEAR = os.path.join(HERE, "templates_v9_nearmiss.json")

DB_IDS = [
    "battle_death", "car_1", "concert_singer", "course_teach",
    "cre_Doc_Template_Mgt", "dog_kennels", "employee_hire_evaluation",
    "flight_2", "museum_visit", "network_1", "orchestra", "pets_1",
    "poker_player", "real_estate_properties", "singer",
    "student_transcripts_tracking", "tvshow", "voter_1", "world_1",
]


def I(db, q, sql, p, psql, n, nsql):
    return {"db_id": db, "q": q, "sql": sql, "p": p, "psql": psql,
            "n": n, "nsql": nsql}


ITEMS = [
    # ------------------------------------------------------------ battle_death
    I("battle_death",
      "How many battles had Kaloyan as the Bulgarian commander?",
      "SELECT COUNT(*) FROM battle WHERE bulgarian_commander = 'Kaloyan'",
      "Count the battles in which the Bulgarian side was commanded by Boril.",
      "SELECT COUNT(*) FROM battle WHERE bulgarian_commander = 'Boril'",
      "How many different Latin commanders fought against the Bulgarian commander Kaloyan?",
      "SELECT COUNT(DISTINCT latin_commander) FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    I("battle_death",
      "What are the names of the ships lost in the Siege of Constantinople?",
      "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Siege of Constantinople'",
      "Which ships were lost in the Battle of Messinopolis? Give their names.",
      "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Messinopolis'",
      "What are the ship types of the ships lost in the Siege of Constantinople?",
      "SELECT s.ship_type FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Siege of Constantinople'"),
    I("battle_death",
      "What is the total number of people killed by ships lost in the Battle of Boruy?",
      "SELECT SUM(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Boruy'",
      "In total, how many people were killed by the ships that were lost in the Battle of Philippopolis?",
      "SELECT SUM(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Philippopolis'",
      "How many death incidents are recorded for ships lost in the Battle of Boruy?",
      "SELECT COUNT(*) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Boruy'"),
    I("battle_death",
      "What are the names of the battles fought in 1205?",
      "SELECT name FROM battle WHERE date LIKE '%1205'",
      "List the names of the battles that took place in 1206.",
      "SELECT name FROM battle WHERE date LIKE '%1206'",
      "Who were the Latin commanders in the battles fought in 1205?",
      "SELECT latin_commander FROM battle WHERE date LIKE '%1205'"),

    # ------------------------------------------------------------------ car_1
    I("car_1",
      "How many car makers are based in japan?",
      "SELECT COUNT(*) FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'",
      "Count the car makers whose country is germany.",
      "SELECT COUNT(*) FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId WHERE c.CountryName = 'germany'",
      "How many car models are produced by makers based in japan?",
      "SELECT COUNT(*) FROM model_list ml JOIN car_makers cm ON ml.Maker = cm.Id JOIN countries c ON cm.Country = c.CountryId WHERE c.CountryName = 'japan'"),
    I("car_1",
      "What is the average weight of cars made in 1975?",
      "SELECT AVG(Weight) FROM cars_data WHERE Year = 1975",
      "Give the mean weight of the cars built in 1980.",
      "SELECT AVG(Weight) FROM cars_data WHERE Year = 1980",
      "What is the maximum weight of cars made in 1975?",
      "SELECT MAX(Weight) FROM cars_data WHERE Year = 1975"),
    I("car_1",
      "What are the makes of the 3 heaviest cars built in 1971?",
      "SELECT cn.Make FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.Year = 1971 ORDER BY cd.Weight DESC LIMIT 3",
      "Which 3 cars built in 1979 are the heaviest? Give their makes.",
      "SELECT cn.Make FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.Year = 1979 ORDER BY cd.Weight DESC LIMIT 3",
      "What are the makes of the 3 lightest cars built in 1971?",
      "SELECT cn.Make FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId WHERE cd.Year = 1971 ORDER BY cd.Weight ASC LIMIT 3"),
    I("car_1",
      "For each number of cylinders, how many cars were made in 1970?",
      "SELECT Cylinders, COUNT(*) FROM cars_data WHERE Year = 1970 GROUP BY Cylinders",
      "How many cars from 1982 are there for each cylinder count?",
      "SELECT Cylinders, COUNT(*) FROM cars_data WHERE Year = 1982 GROUP BY Cylinders",
      "For each number of cylinders, what is the average acceleration of cars made in 1970?",
      "SELECT Cylinders, AVG(Accelerate) FROM cars_data WHERE Year = 1970 GROUP BY Cylinders"),

    # --------------------------------------------------------- concert_singer
    I("concert_singer",
      "What are the names of the stadiums that hosted a concert in 2014?",
      "SELECT DISTINCT s.Name FROM stadium s JOIN concert c ON s.Stadium_ID = c.Stadium_ID WHERE c.Year = '2014'",
      "Give the names of the stadiums where concerts were held in 2015.",
      "SELECT DISTINCT s.Name FROM stadium s JOIN concert c ON s.Stadium_ID = c.Stadium_ID WHERE c.Year = '2015'",
      "What are the names of the stadiums that did not host any concert in 2014?",
      "SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT Stadium_ID FROM concert WHERE Year = '2014')"),
    I("concert_singer",
      "What are the names of the singers who performed in the concert named Auditions?",
      "SELECT s.Name FROM singer s JOIN singer_in_concert sic ON s.Singer_ID = sic.Singer_ID JOIN concert c ON sic.concert_ID = c.concert_ID WHERE c.concert_Name = 'Auditions'",
      "Which singers performed in the Super bootcamp concert? Give their names.",
      "SELECT s.Name FROM singer s JOIN singer_in_concert sic ON s.Singer_ID = sic.Singer_ID JOIN concert c ON sic.concert_ID = c.concert_ID WHERE c.concert_Name = 'Super bootcamp'",
      "What are the names of the singers who did not perform in the concert named Auditions?",
      "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT sic.Singer_ID FROM singer_in_concert sic JOIN concert c ON sic.concert_ID = c.concert_ID WHERE c.concert_Name = 'Auditions')"),
    I("concert_singer",
      "List the names and capacities of stadiums with a capacity above 10000.",
      "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000",
      "Show the name and capacity of every stadium whose capacity exceeds 4000.",
      "SELECT Name, Capacity FROM stadium WHERE Capacity > 4000",
      "List the names and capacities of stadiums with a capacity below 10000.",
      "SELECT Name, Capacity FROM stadium WHERE Capacity < 10000"),
    I("concert_singer",
      "For each country, how many singers are older than 30?",
      "SELECT Country, COUNT(*) FROM singer WHERE Age > 30 GROUP BY Country",
      "How many singers over the age of 40 are there in each country?",
      "SELECT Country, COUNT(*) FROM singer WHERE Age > 40 GROUP BY Country",
      "For each country, what is the average age of singers older than 30?",
      "SELECT Country, AVG(Age) FROM singer WHERE Age > 30 GROUP BY Country"),

    # ----------------------------------------------------------- course_teach
    I("course_teach",
      "What are the names of the teachers older than 40?",
      "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 40",
      "Which teachers are over 30 years old? Give their names.",
      "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 30",
      "What are the hometowns of the teachers older than 40?",
      "SELECT Hometown FROM teacher WHERE CAST(Age AS INTEGER) > 40"),
    I("course_teach",
      "Which courses does the teacher Anne Walker teach?",
      "SELECT c.Course FROM course c JOIN course_arrange ca ON c.Course_ID = ca.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'",
      "What courses are taught by Kearsley Brown?",
      "SELECT c.Course FROM course c JOIN course_arrange ca ON c.Course_ID = ca.Course_ID JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Kearsley Brown'",
      "In which grades does the teacher Anne Walker teach?",
      "SELECT ca.Grade FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'"),
    I("course_teach",
      "Give the name and hometown of each teacher younger than 30.",
      "SELECT Name, Hometown FROM teacher WHERE CAST(Age AS INTEGER) < 30",
      "Show the names and hometowns of teachers under 33 years of age.",
      "SELECT Name, Hometown FROM teacher WHERE CAST(Age AS INTEGER) < 33",
      "Give the name and age of each teacher younger than 30.",
      "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
    I("course_teach",
      "For each teacher, how many course arrangements do they have in grades above 2? Show the teacher name and the count.",
      "SELECT t.Name, COUNT(*) FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID WHERE ca.Grade > 2 GROUP BY t.Name",
      "Show each teacher's name together with the number of course arrangements they have in grades higher than 4.",
      "SELECT t.Name, COUNT(*) FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID WHERE ca.Grade > 4 GROUP BY t.Name",
      "For each teacher, how many course arrangements do they have in grades below 2? Show the teacher name and the count.",
      "SELECT t.Name, COUNT(*) FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID WHERE ca.Grade < 2 GROUP BY t.Name"),

    # --------------------------------------------------- cre_Doc_Template_Mgt
    I("cre_Doc_Template_Mgt",
      "How many templates have the template type code PP?",
      "SELECT COUNT(*) FROM Templates WHERE Template_Type_Code = 'PP'",
      "Count the templates whose type code is PPT.",
      "SELECT COUNT(*) FROM Templates WHERE Template_Type_Code = 'PPT'",
      "How many documents use a template with the template type code PP?",
      "SELECT COUNT(*) FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID WHERE t.Template_Type_Code = 'PP'"),
    I("cre_Doc_Template_Mgt",
      "What are the names of the documents that use a template of type Book?",
      "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'",
      "Which documents are based on an Advertisement template? List their names.",
      "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Advertisement'",
      "What are the names of the documents that do not use a template of type Book?",
      "SELECT Document_Name FROM Documents WHERE Template_ID NOT IN (SELECT t.Template_ID FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book')"),
    I("cre_Doc_Template_Mgt",
      "Give the ids and version numbers of the templates whose effective-from date is before 1980.",
      "SELECT Template_ID, Version_Number FROM Templates WHERE Date_Effective_From < '1980-01-01'",
      "List the template id and version number of templates that became effective before 1990.",
      "SELECT Template_ID, Version_Number FROM Templates WHERE Date_Effective_From < '1990-01-01'",
      "Give the ids and version numbers of the templates whose effective-to date is before 1980.",
      "SELECT Template_ID, Version_Number FROM Templates WHERE Date_Effective_To < '1980-01-01'"),
    I("cre_Doc_Template_Mgt",
      "For each template type code, how many templates have a version number greater than 5?",
      "SELECT Template_Type_Code, COUNT(*) FROM Templates WHERE Version_Number > 5 GROUP BY Template_Type_Code",
      "How many templates with a version number above 7 are there for each template type code?",
      "SELECT Template_Type_Code, COUNT(*) FROM Templates WHERE Version_Number > 7 GROUP BY Template_Type_Code",
      "For each template type code, how many templates have a version number of at most 5?",
      "SELECT Template_Type_Code, COUNT(*) FROM Templates WHERE Version_Number <= 5 GROUP BY Template_Type_Code"),

    # ------------------------------------------------------------ dog_kennels
    I("dog_kennels",
      "How many dogs are of the breed Bulldog?",
      "SELECT COUNT(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'",
      "Count the dogs whose breed is Husky.",
      "SELECT COUNT(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'",
      "How many abandoned dogs are of the breed Bulldog?",
      "SELECT COUNT(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog' AND d.abandoned_yn = '1'"),
    I("dog_kennels",
      "What are the names of the dogs that received a 'Take for a Walk' treatment?",
      "SELECT DISTINCT d.name FROM Dogs d JOIN Treatments t ON d.dog_id = t.dog_id JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Take for a Walk'",
      "Which dogs were given a Vaccination treatment? List their names.",
      "SELECT DISTINCT d.name FROM Dogs d JOIN Treatments t ON d.dog_id = t.dog_id JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Vaccination'",
      "What is the total cost of all 'Take for a Walk' treatments?",
      "SELECT SUM(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code WHERE tt.treatment_type_description = 'Take for a Walk'"),
    I("dog_kennels",
      "List the names and weights of the dogs that weigh more than 8.",
      "SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > 8",
      "Show the name and weight of every dog heavier than 9.",
      "SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > 9",
      "List the names and ages of the dogs that weigh more than 8.",
      "SELECT name, age FROM Dogs WHERE CAST(weight AS REAL) > 8"),
    I("dog_kennels",
      "What are the first and last names of the 2 professionals with role code Employee whose treatments have the highest total cost?",
      "SELECT p.first_name, p.last_name FROM Professionals p JOIN Treatments t ON p.professional_id = t.professional_id WHERE p.role_code = 'Employee' GROUP BY p.professional_id ORDER BY SUM(t.cost_of_treatment) DESC LIMIT 2",
      "Among professionals with role code Veterenarian, which 2 have the largest total treatment cost? Give first and last names.",
      "SELECT p.first_name, p.last_name FROM Professionals p JOIN Treatments t ON p.professional_id = t.professional_id WHERE p.role_code = 'Veterenarian' GROUP BY p.professional_id ORDER BY SUM(t.cost_of_treatment) DESC LIMIT 2",
      "What are the first and last names of the 2 professionals with role code Employee whose treatments have the lowest total cost?",
      "SELECT p.first_name, p.last_name FROM Professionals p JOIN Treatments t ON p.professional_id = t.professional_id WHERE p.role_code = 'Employee' GROUP BY p.professional_id ORDER BY SUM(t.cost_of_treatment) ASC LIMIT 2"),

    # ----------------------------------------------- employee_hire_evaluation
    I("employee_hire_evaluation",
      "How many employees live in the city of Bristol?",
      "SELECT COUNT(*) FROM employee WHERE City = 'Bristol'",
      "Count the employees whose city is Wasps.",
      "SELECT COUNT(*) FROM employee WHERE City = 'Wasps'",
      "What is the average age of the employees who live in the city of Bristol?",
      "SELECT AVG(Age) FROM employee WHERE City = 'Bristol'"),
    I("employee_hire_evaluation",
      "What are the names of the employees hired by the shop FC Haka?",
      "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Haka'",
      "Which employees were hired by the shop HJK? Give their names.",
      "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'HJK'",
      "In which years did the employees hired by the shop FC Haka start working there?",
      "SELECT h.Start_from FROM hiring h JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Haka'"),
    I("employee_hire_evaluation",
      "Which employees were awarded a bonus in 2016? Give their names.",
      "SELECT e.Name FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE ev.Year_awarded = '2016'",
      "Give the names of the employees who got a bonus in the year 2015.",
      "SELECT e.Name FROM employee e JOIN evaluation ev ON e.Employee_ID = ev.Employee_ID WHERE ev.Year_awarded = '2015'",
      "What was the total amount of bonus awarded in 2016?",
      "SELECT SUM(Bonus) FROM evaluation WHERE Year_awarded = '2016'"),
    I("employee_hire_evaluation",
      "Give the name and manager of each shop that has more than 10000 products.",
      "SELECT Name, Manager_name FROM shop WHERE Number_products > 10000",
      "List the shop names and manager names for shops carrying over 5000 products.",
      "SELECT Name, Manager_name FROM shop WHERE Number_products > 5000",
      "Give the name and location of each shop that has more than 10000 products.",
      "SELECT Name, Location FROM shop WHERE Number_products > 10000"),

    # --------------------------------------------------------------- flight_2
    I("flight_2",
      "How many flights depart from airports in the city of Albany?",
      "SELECT COUNT(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE TRIM(a.City) = 'Albany'",
      "Count the flights leaving from airports located in Anchorage.",
      "SELECT COUNT(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = TRIM(a.AirportCode) WHERE TRIM(a.City) = 'Anchorage'",
      "How many airports are there in the city of Albany?",
      "SELECT COUNT(*) FROM airports WHERE TRIM(City) = 'Albany'"),
    I("flight_2",
      "Which airlines operate flights departing from the airport with code AKI? Give the airline names.",
      "SELECT DISTINCT al.Airline FROM airlines al JOIN flights f ON al.uid = f.Airline WHERE TRIM(f.SourceAirport) = 'AKI'",
      "Give the names of the airlines that have flights leaving from airport ABQ.",
      "SELECT DISTINCT al.Airline FROM airlines al JOIN flights f ON al.uid = f.Airline WHERE TRIM(f.SourceAirport) = 'ABQ'",
      "Which airlines operate no flights departing from the airport with code AKI? Give the airline names.",
      "SELECT Airline FROM airlines WHERE uid NOT IN (SELECT Airline FROM flights WHERE TRIM(SourceAirport) = 'AKI')"),
    I("flight_2",
      "Which 2 destination airports receive the most flights from JetBlue Airways? Give the airport codes.",
      "SELECT TRIM(f.DestAirport) FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'JetBlue Airways' GROUP BY TRIM(f.DestAirport) ORDER BY COUNT(*) DESC LIMIT 2",
      "Give the codes of the 2 destination airports that Delta Airlines flies to most often.",
      "SELECT TRIM(f.DestAirport) FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'Delta Airlines' GROUP BY TRIM(f.DestAirport) ORDER BY COUNT(*) DESC LIMIT 2",
      "Which 2 destination airports receive the most flights over all airlines? Give the airport codes.",
      "SELECT TRIM(DestAirport) FROM flights GROUP BY TRIM(DestAirport) ORDER BY COUNT(*) DESC LIMIT 2"),
    I("flight_2",
      "What are the codes and names of the airports in the city of Athens?",
      "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Athens'",
      "List the airport code and airport name of each airport located in Alexandria.",
      "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Alexandria'",
      "What are the codes and cities of the airports named Athens?",
      "SELECT AirportCode, City FROM airports WHERE TRIM(AirportName) = 'Athens'"),

    # ----------------------------------------------------------- museum_visit
    I("museum_visit",
      "What are the names of the museums that opened after 2009?",
      "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009",
      "Which museums were opened later than 2010? List their names.",
      "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010",
      "What are the names of the museums that opened before 2009?",
      "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) < 2009"),
    I("museum_visit",
      "How much did the visitor Fernando Gago spend in total across all museum visits?",
      "SELECT SUM(v.Total_spent) FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Fernando Gago'",
      "What is the total amount spent on museum visits by Arjen Robben?",
      "SELECT SUM(v.Total_spent) FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Arjen Robben'",
      "How many tickets did the visitor Fernando Gago buy in total across all museum visits?",
      "SELECT SUM(v.Num_of_Ticket) FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Fernando Gago'"),
    I("museum_visit",
      "Which museums did Rafael van der Vaart visit? Give the museum names.",
      "SELECT m.Name FROM museum m JOIN visit v ON m.Museum_ID = v.Museum_ID JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Rafael van der Vaart'",
      "List the names of the museums visited by Fernando Gago.",
      "SELECT m.Name FROM museum m JOIN visit v ON m.Museum_ID = v.Museum_ID JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Fernando Gago'",
      "Which museums were never visited by Rafael van der Vaart? Give the museum names.",
      "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT v.Museum_ID FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID WHERE vi.Name = 'Rafael van der Vaart')"),
    I("museum_visit",
      "Give the names and ages of the visitors whose membership level is higher than 4.",
      "SELECT Name, Age FROM visitor WHERE Level_of_membership > 4",
      "Show the name and age of every visitor with a membership level above 5.",
      "SELECT Name, Age FROM visitor WHERE Level_of_membership > 5",
      "Give the names and ages of the visitors whose membership level is lower than 4.",
      "SELECT Name, Age FROM visitor WHERE Level_of_membership < 4"),

    # -------------------------------------------------------------- network_1
    I("network_1",
      "What are the names of the high schoolers in grade 11?",
      "SELECT name FROM Highschooler WHERE grade = 11",
      "List the names of all high school students who are in grade 12.",
      "SELECT name FROM Highschooler WHERE grade = 12",
      "How many high schoolers are in grade 11?",
      "SELECT COUNT(*) FROM Highschooler WHERE grade = 11"),
    I("network_1",
      "Who are the friends of the student named Andrew? Give their names.",
      "SELECT h.name FROM Friend f JOIN Highschooler s ON f.student_id = s.ID JOIN Highschooler h ON f.friend_id = h.ID WHERE s.name = 'Andrew' "
      "UNION SELECT h.name FROM Friend f JOIN Highschooler s ON f.friend_id = s.ID JOIN Highschooler h ON f.student_id = h.ID WHERE s.name = 'Andrew'",
      "Give the names of all friends of the high schooler Logan.",
      "SELECT h.name FROM Friend f JOIN Highschooler s ON f.student_id = s.ID JOIN Highschooler h ON f.friend_id = h.ID WHERE s.name = 'Logan' "
      "UNION SELECT h.name FROM Friend f JOIN Highschooler s ON f.friend_id = s.ID JOIN Highschooler h ON f.student_id = h.ID WHERE s.name = 'Logan'",
      "Who does the student named Andrew like? Give their names.",
      "SELECT h.name FROM Likes l JOIN Highschooler s ON l.student_id = s.ID JOIN Highschooler h ON l.liked_id = h.ID WHERE s.name = 'Andrew'"),
    I("network_1",
      "What are the names of the students who are liked by someone in grade 11?",
      "SELECT DISTINCT h.name FROM Likes l JOIN Highschooler s ON l.student_id = s.ID JOIN Highschooler h ON l.liked_id = h.ID WHERE s.grade = 11",
      "Which students are liked by a student in grade 10? Give their names.",
      "SELECT DISTINCT h.name FROM Likes l JOIN Highschooler s ON l.student_id = s.ID JOIN Highschooler h ON l.liked_id = h.ID WHERE s.grade = 10",
      "What are the names of the students in grade 11 who like someone?",
      "SELECT DISTINCT s.name FROM Likes l JOIN Highschooler s ON l.student_id = s.ID WHERE s.grade = 11"),
    I("network_1",
      "For each student in grade 12 who lists friends, show the student's name and the number of friends they list.",
      "SELECT h.name, COUNT(*) FROM Friend f JOIN Highschooler h ON f.student_id = h.ID WHERE h.grade = 12 GROUP BY h.ID",
      "Show the name and number of listed friends of every grade 10 student who lists at least one friend.",
      "SELECT h.name, COUNT(*) FROM Friend f JOIN Highschooler h ON f.student_id = h.ID WHERE h.grade = 10 GROUP BY h.ID",
      "For each student in grade 12 who likes someone, show the student's name and the number of students they like.",
      "SELECT h.name, COUNT(*) FROM Likes l JOIN Highschooler h ON l.student_id = h.ID WHERE h.grade = 12 GROUP BY h.ID"),

    # -------------------------------------------------------------- orchestra
    I("orchestra",
      "How many conductors have USA nationality?",
      "SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'",
      "Count the conductors whose nationality is UK.",
      "SELECT COUNT(*) FROM conductor WHERE Nationality = 'UK'",
      "What is the average age of the conductors with USA nationality?",
      "SELECT AVG(Age) FROM conductor WHERE Nationality = 'USA'"),
    I("orchestra",
      "What are the names of the conductors whose orchestras record with Decca Records?",
      "SELECT c.Name FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID WHERE o.Record_Company = 'Decca Records'",
      "Which conductors lead an orchestra whose record company is Philips? Give their names.",
      "SELECT c.Name FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID WHERE o.Record_Company = 'Philips'",
      "What are the names of the orchestras that record with Decca Records?",
      "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'"),
    I("orchestra",
      "Which orchestras were founded in 2008?",
      "SELECT Orchestra FROM orchestra WHERE Year_of_Founded = 2008",
      "List the orchestras whose founding year is 2002.",
      "SELECT Orchestra FROM orchestra WHERE Year_of_Founded = 2002",
      "Which orchestras were founded after 2008?",
      "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2008"),
    I("orchestra",
      "What are the names and ages of the 2 oldest conductors with USA nationality?",
      "SELECT Name, Age FROM conductor WHERE Nationality = 'USA' ORDER BY Age DESC LIMIT 2",
      "Give the name and age of the two oldest conductors whose nationality is UK.",
      "SELECT Name, Age FROM conductor WHERE Nationality = 'UK' ORDER BY Age DESC LIMIT 2",
      "What are the names and ages of the 2 youngest conductors with USA nationality?",
      "SELECT Name, Age FROM conductor WHERE Nationality = 'USA' ORDER BY Age ASC LIMIT 2"),

    # ----------------------------------------------------------------- pets_1
    I("pets_1",
      "How many students are older than 20?",
      "SELECT COUNT(*) FROM Student WHERE Age > 20",
      "Count the students whose age is above 22.",
      "SELECT COUNT(*) FROM Student WHERE Age > 22",
      "How many female students are older than 20?",
      "SELECT COUNT(*) FROM Student WHERE Age > 20 AND Sex = 'F'"),
    I("pets_1",
      "For each major, how many female students are there?",
      "SELECT Major, COUNT(*) FROM Student WHERE Sex = 'F' GROUP BY Major",
      "How many students of sex M does each major have?",
      "SELECT Major, COUNT(*) FROM Student WHERE Sex = 'M' GROUP BY Major",
      "For each major, what is the average age of female students?",
      "SELECT Major, AVG(Age) FROM Student WHERE Sex = 'F' GROUP BY Major"),
    I("pets_1",
      "What are the types and ages of the pets owned by students with the last name Kim?",
      "SELECT p.PetType, p.pet_age FROM Pets p JOIN Has_Pet hp ON p.PetID = hp.PetID JOIN Student s ON hp.StuID = s.StuID WHERE s.LName = 'Kim'",
      "List the pet type and pet age of every pet belonging to a student whose last name is Smith.",
      "SELECT p.PetType, p.pet_age FROM Pets p JOIN Has_Pet hp ON p.PetID = hp.PetID JOIN Student s ON hp.StuID = s.StuID WHERE s.LName = 'Smith'",
      "What are the weights of the pets owned by students with the last name Kim?",
      "SELECT p.weight FROM Pets p JOIN Has_Pet hp ON p.PetID = hp.PetID JOIN Student s ON hp.StuID = s.StuID WHERE s.LName = 'Kim'"),
    I("pets_1",
      "What are the first and last names of the students living in the city with code PIT?",
      "SELECT Fname, LName FROM Student WHERE city_code = 'PIT'",
      "Give the first name and last name of each student whose city code is NYC.",
      "SELECT Fname, LName FROM Student WHERE city_code = 'NYC'",
      "What are the first names and ages of the students living in the city with code PIT?",
      "SELECT Fname, Age FROM Student WHERE city_code = 'PIT'"),

    # ----------------------------------------------------------- poker_player
    I("poker_player",
      "What are the names of the poker players whose earnings exceed 200000?",
      "SELECT pe.Name FROM people pe JOIN poker_player pp ON pe.People_ID = pp.People_ID WHERE pp.Earnings > 200000",
      "Which poker players have earned more than 150000? Give their names.",
      "SELECT pe.Name FROM people pe JOIN poker_player pp ON pe.People_ID = pp.People_ID WHERE pp.Earnings > 150000",
      "What are the names of the poker players whose earnings are below 200000?",
      "SELECT pe.Name FROM people pe JOIN poker_player pp ON pe.People_ID = pp.People_ID WHERE pp.Earnings < 200000"),
    I("poker_player",
      "What are the average earnings of poker players whose best finish is 1?",
      "SELECT AVG(Earnings) FROM poker_player WHERE Best_Finish = 1",
      "Give the mean earnings of the poker players with a best finish of 2.",
      "SELECT AVG(Earnings) FROM poker_player WHERE Best_Finish = 2",
      "What are the highest earnings of poker players whose best finish is 1?",
      "SELECT MAX(Earnings) FROM poker_player WHERE Best_Finish = 1"),
    I("poker_player",
      "How many people are from Russia?",
      "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'",
      "Count the people whose nationality is Bulgaria.",
      "SELECT COUNT(*) FROM people WHERE Nationality = 'Bulgaria'",
      "How many poker players are from Russia?",
      "SELECT COUNT(*) FROM people pe JOIN poker_player pp ON pe.People_ID = pp.People_ID WHERE pe.Nationality = 'Russia'"),
    I("poker_player",
      "What are the names and heights of the 2 tallest poker players?",
      "SELECT pe.Name, pe.Height FROM people pe JOIN poker_player pp ON pe.People_ID = pp.People_ID ORDER BY pe.Height DESC LIMIT 2",
      "Give the name and height of the 3 tallest poker players.",
      "SELECT pe.Name, pe.Height FROM people pe JOIN poker_player pp ON pe.People_ID = pp.People_ID ORDER BY pe.Height DESC LIMIT 3",
      "What are the names and heights of the 2 shortest poker players?",
      "SELECT pe.Name, pe.Height FROM people pe JOIN poker_player pp ON pe.People_ID = pp.People_ID ORDER BY pe.Height ASC LIMIT 2"),

    # ------------------------------------------------- real_estate_properties
    I("real_estate_properties",
      "How many properties have the property type code Apartment?",
      "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'",
      "Count the properties whose type code is Other.",
      "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Other'",
      "How many properties with the property type code Apartment have more than 5 rooms?",
      "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment' AND room_count > 5"),
    I("real_estate_properties",
      "What are the names of the properties that have the Pool feature?",
      "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features oaf ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'Pool'",
      "Which properties come with the BurglarAlarm feature? List their names.",
      "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features opf ON p.property_id = opf.property_id JOIN Other_Available_Features oaf ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'BurglarAlarm'",
      "What are the names of the properties that do not have the Pool feature?",
      "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT opf.property_id FROM Other_Property_Features opf JOIN Other_Available_Features oaf ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'Pool')"),
    I("real_estate_properties",
      "What are the names of the properties that came on the market in 2016?",
      "SELECT property_name FROM Properties WHERE strftime('%Y', date_on_market) = '2016'",
      "List the names of properties first put on the market in the year 1986.",
      "SELECT property_name FROM Properties WHERE strftime('%Y', date_on_market) = '1986'",
      "What are the names of the properties that came on the market after 2016?",
      "SELECT property_name FROM Properties WHERE strftime('%Y', date_on_market) > '2016'"),
    I("real_estate_properties",
      "For each property type code, how many properties have more than 5 rooms?",
      "SELECT property_type_code, COUNT(*) FROM Properties WHERE room_count > 5 GROUP BY property_type_code",
      "How many properties with over 7 rooms are there for each property type code?",
      "SELECT property_type_code, COUNT(*) FROM Properties WHERE room_count > 7 GROUP BY property_type_code",
      "For each property type code, how many properties have fewer than 5 rooms?",
      "SELECT property_type_code, COUNT(*) FROM Properties WHERE room_count < 5 GROUP BY property_type_code"),

    # ----------------------------------------------------------------- singer
    I("singer",
      "What are the names of the singers born after 1950?",
      "SELECT Name FROM singer WHERE Birth_Year > 1950",
      "Which singers were born later than 1945? Give their names.",
      "SELECT Name FROM singer WHERE Birth_Year > 1945",
      "What are the citizenships of the singers born after 1950?",
      "SELECT Citizenship FROM singer WHERE Birth_Year > 1950"),
    I("singer",
      "What are the titles of the songs by the singer Liliane Bettencourt?",
      "SELECT so.Title FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Liliane Bettencourt'",
      "List the song titles of the singer Christy Walton.",
      "SELECT so.Title FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Christy Walton'",
      "What are the total sales of the songs by the singer Liliane Bettencourt?",
      "SELECT SUM(so.Sales) FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Name = 'Liliane Bettencourt'"),
    I("singer",
      "For each citizenship, how many singers have a net worth above 15 million?",
      "SELECT Citizenship, COUNT(*) FROM singer WHERE Net_Worth_Millions > 15 GROUP BY Citizenship",
      "How many singers worth more than 20 million are there per citizenship?",
      "SELECT Citizenship, COUNT(*) FROM singer WHERE Net_Worth_Millions > 20 GROUP BY Citizenship",
      "For each citizenship, what is the total net worth of singers with a net worth above 15 million?",
      "SELECT Citizenship, SUM(Net_Worth_Millions) FROM singer WHERE Net_Worth_Millions > 15 GROUP BY Citizenship"),
    I("singer",
      "What are the titles and sales of the 2 best-selling songs by singers with United States citizenship?",
      "SELECT so.Title, so.Sales FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Citizenship = 'United States' ORDER BY so.Sales DESC LIMIT 2",
      "Give the title and sales of the top 2 selling songs by singers whose citizenship is France.",
      "SELECT so.Title, so.Sales FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Citizenship = 'France' ORDER BY so.Sales DESC LIMIT 2",
      "What are the titles and sales of the 2 worst-selling songs by singers with United States citizenship?",
      "SELECT so.Title, so.Sales FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID WHERE si.Citizenship = 'United States' ORDER BY so.Sales ASC LIMIT 2"),

    # ------------------------------------------- student_transcripts_tracking
    I("student_transcripts_tracking",
      "How many degree programs are offered by the statistics department?",
      "SELECT COUNT(*) FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id WHERE d.department_name = 'statistics'",
      "Count the degree programs of the department named drama.",
      "SELECT COUNT(*) FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id WHERE d.department_name = 'drama'",
      "How many different degree summary names are offered by the statistics department?",
      "SELECT COUNT(DISTINCT dp.degree_summary_name) FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id WHERE d.department_name = 'statistics'"),
    I("student_transcripts_tracking",
      "What are the first names of the students enrolled in the summer 2010 semester?",
      "SELECT DISTINCT s.first_name FROM Students s JOIN Student_Enrolment se ON s.student_id = se.student_id JOIN Semesters sm ON se.semester_id = sm.semester_id WHERE sm.semester_name = 'summer 2010'",
      "Give the first names of students who have an enrolment in the fall 2018 semester.",
      "SELECT DISTINCT s.first_name FROM Students s JOIN Student_Enrolment se ON s.student_id = se.student_id JOIN Semesters sm ON se.semester_id = sm.semester_id WHERE sm.semester_name = 'fall 2018'",
      "How many enrolments are there in the summer 2010 semester?",
      "SELECT COUNT(*) FROM Student_Enrolment se JOIN Semesters sm ON se.semester_id = sm.semester_id WHERE sm.semester_name = 'summer 2010'"),
    I("student_transcripts_tracking",
      "How many transcripts are dated in 1975?",
      "SELECT COUNT(*) FROM Transcripts WHERE strftime('%Y', transcript_date) = '1975'",
      "Count the transcripts whose date falls in the year 1984.",
      "SELECT COUNT(*) FROM Transcripts WHERE strftime('%Y', transcript_date) = '1984'",
      "How many transcripts are dated after 1975?",
      "SELECT COUNT(*) FROM Transcripts WHERE strftime('%Y', transcript_date) > '1975'"),
    I("student_transcripts_tracking",
      "What are the first and last names of the students whose current address is in the state Kentucky?",
      "SELECT s.first_name, s.last_name FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'",
      "List the first name and last name of each student currently living at an address in Delaware.",
      "SELECT s.first_name, s.last_name FROM Students s JOIN Addresses a ON s.current_address_id = a.address_id WHERE a.state_province_county = 'Delaware'",
      "What are the first and last names of the students whose permanent address is in the state Kentucky?",
      "SELECT s.first_name, s.last_name FROM Students s JOIN Addresses a ON s.permanent_address_id = a.address_id WHERE a.state_province_county = 'Kentucky'"),

    # ----------------------------------------------------------------- tvshow
    I("tvshow",
      "How many TV channels are from Italy?",
      "SELECT COUNT(*) FROM TV_Channel WHERE Country = 'Italy'",
      "Count the TV channels whose country is United Kingdom.",
      "SELECT COUNT(*) FROM TV_Channel WHERE Country = 'United Kingdom'",
      "How many TV channels from Italy are not in the Sky Famiglia package option?",
      "SELECT COUNT(*) FROM TV_Channel WHERE Country = 'Italy' AND Package_Option != 'Sky Famiglia'"),
    I("tvshow",
      "What are the titles of the cartoons shown on the channel with series name MTV Dance?",
      "SELECT ca.Title FROM Cartoon ca JOIN TV_Channel tc ON ca.Channel = tc.id WHERE tc.series_name = 'MTV Dance'",
      "List the cartoon titles aired on the TV channel whose series name is Sky Radio.",
      "SELECT ca.Title FROM Cartoon ca JOIN TV_Channel tc ON ca.Channel = tc.id WHERE tc.series_name = 'Sky Radio'",
      "What are the episodes of the TV series shown on the channel with series name MTV Dance?",
      "SELECT ts.Episode FROM TV_series ts JOIN TV_Channel tc ON ts.Channel = tc.id WHERE tc.series_name = 'MTV Dance'"),
    I("tvshow",
      "List the episode and rating of each TV series episode with a rating above 4.5.",
      "SELECT Episode, Rating FROM TV_series WHERE CAST(Rating AS REAL) > 4.5",
      "Show the episodes and ratings of TV series episodes rated higher than 4.0.",
      "SELECT Episode, Rating FROM TV_series WHERE CAST(Rating AS REAL) > 4.0",
      "List the episode and number of viewers (millions) of each TV series episode with a rating above 4.5.",
      "SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Rating AS REAL) > 4.5"),
    I("tvshow",
      "Which TV series episodes aired in October 2007?",
      "SELECT Episode FROM TV_series WHERE Air_Date LIKE 'October%2007'",
      "List the episodes whose air date is in November 2007.",
      "SELECT Episode FROM TV_series WHERE Air_Date LIKE 'November%2007'",
      "What were the ratings of the TV series episodes that aired in October 2007?",
      "SELECT Rating FROM TV_series WHERE Air_Date LIKE 'October%2007'"),

    # ---------------------------------------------------------------- voter_1
    I("voter_1",
      "How many area codes belong to the state CA?",
      "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'CA'",
      "Count the area codes listed for state NY.",
      "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'NY'",
      "What is the largest area code of the state CA?",
      "SELECT MAX(area_code) FROM AREA_CODE_STATE WHERE state = 'CA'"),
    I("voter_1",
      "What are the names of the contestants who received votes from the state NY?",
      "SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON c.contestant_number = v.contestant_number WHERE v.state = 'NY'",
      "Which contestants got votes from state CA? Give their names.",
      "SELECT DISTINCT c.contestant_name FROM CONTESTANTS c JOIN VOTES v ON c.contestant_number = v.contestant_number WHERE v.state = 'CA'",
      "What are the phone numbers of the votes cast from the state NY?",
      "SELECT phone_number FROM VOTES WHERE state = 'NY'"),
    I("voter_1",
      "For each state, how many of its area codes are greater than 900?",
      "SELECT state, COUNT(*) FROM AREA_CODE_STATE WHERE area_code > 900 GROUP BY state",
      "How many area codes above 800 does each state have?",
      "SELECT state, COUNT(*) FROM AREA_CODE_STATE WHERE area_code > 800 GROUP BY state",
      "For each state, what is its smallest area code greater than 900?",
      "SELECT state, MIN(area_code) FROM AREA_CODE_STATE WHERE area_code > 900 GROUP BY state"),
    I("voter_1",
      "Which 3 states have the most area codes greater than 500?",
      "SELECT state FROM AREA_CODE_STATE WHERE area_code > 500 GROUP BY state ORDER BY COUNT(*) DESC LIMIT 3",
      "Name the 4 states with the largest number of area codes above 300.",
      "SELECT state FROM AREA_CODE_STATE WHERE area_code > 300 GROUP BY state ORDER BY COUNT(*) DESC LIMIT 4",
      "Which 3 states have the most area codes smaller than 500?",
      "SELECT state FROM AREA_CODE_STATE WHERE area_code < 500 GROUP BY state ORDER BY COUNT(*) DESC LIMIT 3"),

    # ---------------------------------------------------------------- world_1
    I("world_1",
      "How many countries in Europe have a population above 10000000?",
      "SELECT COUNT(*) FROM country WHERE Continent = 'Europe' AND Population > 10000000",
      "Count the countries in Africa whose population exceeds 20000000.",
      "SELECT COUNT(*) FROM country WHERE Continent = 'Africa' AND Population > 20000000",
      "What is the total population of the countries in Europe with a population above 10000000?",
      "SELECT SUM(Population) FROM country WHERE Continent = 'Europe' AND Population > 10000000"),
    I("world_1",
      "What are the official languages of Switzerland?",
      "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Switzerland' AND cl.IsOfficial = 'T'",
      "Which languages are official in Belgium?",
      "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Belgium' AND cl.IsOfficial = 'T'",
      "Which official languages of Switzerland are spoken by more than 10 percent of the population?",
      "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Switzerland' AND cl.IsOfficial = 'T' AND cl.Percentage > 10"),
    I("world_1",
      "What are the names of the 3 most populous cities in Japan?",
      "SELECT ci.Name FROM city ci JOIN country c ON ci.CountryCode = c.Code WHERE c.Name = 'Japan' ORDER BY ci.Population DESC LIMIT 3",
      "Name the three cities of Brazil with the largest population.",
      "SELECT ci.Name FROM city ci JOIN country c ON ci.CountryCode = c.Code WHERE c.Name = 'Brazil' ORDER BY ci.Population DESC LIMIT 3",
      "In which districts are the 3 most populous cities in Japan?",
      "SELECT ci.District FROM city ci JOIN country c ON ci.CountryCode = c.Code WHERE c.Name = 'Japan' ORDER BY ci.Population DESC LIMIT 3"),
    I("world_1",
      "For each continent, what is the average life expectancy of countries that became independent after 1950?",
      "SELECT Continent, AVG(LifeExpectancy) FROM country WHERE IndepYear > 1950 GROUP BY Continent",
      "What is the mean life expectancy per continent among countries whose independence year is later than 1900?",
      "SELECT Continent, AVG(LifeExpectancy) FROM country WHERE IndepYear > 1900 GROUP BY Continent",
      "For each continent, how many countries became independent after 1950?",
      "SELECT Continent, COUNT(*) FROM country WHERE IndepYear > 1950 GROUP BY Continent"),
]

# ---------------------------------------------------------------- helpers
LIT_RE = re.compile(r"'(?:[^']|'')*'|(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def skeleton(sql):
    lits = LIT_RE.findall(sql)
    skel = LIT_RE.sub("?", sql)
    skel = re.sub(r"\s+", " ", skel).strip().lower()
    return skel, lits


def norm(sql):
    return re.sub(r"\s+", " ", sql).strip().lower()


TOPN_RE = re.compile(r"^(?P<head>.*)\bORDER\s+BY\s+(?P<expr>.+?)(?:\s+(?:ASC|DESC))?\s+LIMIT\s+(?P<n>\d+)\s*$",
                     re.I | re.S)


def top_level_from(sql):
    depth = 0
    i = 0
    up = sql.upper()
    while i < len(sql):
        ch = sql[i]
        if ch == "'":
            j = sql.index("'", i + 1)
            while j + 1 < len(sql) and sql[j + 1] == "'":
                j = sql.index("'", j + 2)
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and up.startswith(" FROM ", i):
            return i
        i += 1
    return -1


def run(conn, sql):
    cur = conn.execute(sql)
    return [tuple(r) for r in cur.fetchall()]


def canon(rows, ordered):
    key = [tuple(repr(v) for v in r) for r in rows]
    return key if ordered else sorted(key)


def trivial(rows):
    if not rows:
        return True
    if len(rows) == 1 and all(v is None or v == 0 for v in rows[0]):
        return True
    return False


def tie_check(conn, sql):
    """Return None if fine, else a message.  Only for ORDER BY ... LIMIT n."""
    m = TOPN_RE.match(sql.strip())
    if not m:
        return None
    head, expr, n = m.group("head"), m.group("expr"), int(m.group("n"))
    pos = top_level_from(head)
    if pos < 0:
        return "cannot locate top-level FROM for tie check"
    probe = head[:pos] + ", (" + expr + ") AS __k" + head[pos:] + " ORDER BY " + expr + \
        (" DESC" if re.search(r"\bDESC\s+LIMIT", sql, re.I) else " ASC")
    rows = run(conn, probe)
    if len(rows) < n:
        return None  # fewer rows than the cut-off: nothing is cut
    if len(rows) > n and rows[n - 1][-1] == rows[n][-1]:
        return "tie at cut-off %d (key %r)" % (n, rows[n][-1])
    return None


FLIGHT_COLS = r"(?:SourceAirport|DestAirport|City|AirportName|AirportCode)"


def flight_trim_issues(sql):
    issues = []
    # comparisons where a flight_2 text column is used raw in WHERE/ON/IN
    for m in re.finditer(r"(?:\w+\.)?" + FLIGHT_COLS + r"\b\s*(?:=|<>|!=|\bLIKE\b|\bIN\b)", sql):
        start = m.start()
        if not sql[:start].rstrip().upper().endswith("TRIM("):
            issues.append("untrimmed comparison: " + m.group(0))
    for m in re.finditer(r"(?:=|<>|!=)\s*(?:\w+\.)?" + FLIGHT_COLS + r"\b", sql):
        issues.append("untrimmed comparison rhs: " + m.group(0))
    return issues


def main():
    show = "--show" in sys.argv
    fails = []
    conns = {}
    for db in DB_IDS:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        conns[db] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)

    # structure checks
    if len(ITEMS) != 76:
        fails.append("expected 76 items, got %d" % len(ITEMS))
    for db in DB_IDS:
        c = sum(1 for it in ITEMS if it["db_id"] == db)
        if c != 4:
            fails.append("%s has %d items (want 4)" % (db, c))
    for it in ITEMS:
        if it["db_id"] not in DB_IDS:
            fails.append("unknown db %s" % it["db_id"])
    texts = [it[k] for it in ITEMS for k in ("q", "p", "n")]
    dups = {t for t in texts if texts.count(t) > 1}
    if dups:
        fails.append("duplicate question texts: %r" % sorted(dups))
    sqls = [it["sql"] for it in ITEMS]
    if len(set(map(norm, sqls))) != len(sqls):
        fails.append("duplicate question SQL")

    for idx, it in enumerate(ITEMS):
        db = it["db_id"]
        conn = conns[db]
        tag = "[%d %s]" % (idx, db)
        res = {}
        for k in ("sql", "psql", "nsql"):
            sql = it[k]
            if re.search(r"\bROUND\s*\(", sql, re.I):
                fails.append("%s %s uses ROUND" % (tag, k))
            if re.search(r"SELECT\s+(DISTINCT\s+)?\*", sql, re.I):
                fails.append("%s %s uses SELECT *" % (tag, k))
            if db == "flight_2":
                for iss in flight_trim_issues(sql):
                    fails.append("%s %s %s" % (tag, k, iss))
            try:
                res[k] = run(conn, sql)
            except Exception as e:  # noqa
                fails.append("%s %s error: %s | %s" % (tag, k, e, sql))
                res[k] = None
                continue
            if trivial(res[k]):
                fails.append("%s %s empty/zero result" % (tag, k))
            try:
                msg = tie_check(conn, sql)
            except Exception as e:  # noqa
                msg = "tie-check error: %s" % e
            if msg:
                fails.append("%s %s %s" % (tag, k, msg))
        if show:
            print(tag, it["q"])
            for k in ("sql", "psql", "nsql"):
                print("   ", k, res.get(k))
        if any(res.get(k) is None for k in ("sql", "psql", "nsql")):
            continue
        # paraphrase: same skeleton, other literals, different non-empty result
        s1, l1 = skeleton(it["sql"])
        s2, l2 = skeleton(it["psql"])
        if s1 != s2:
            fails.append("%s paraphrase SQL differs beyond literals:\n   %s\n   %s" % (tag, s1, s2))
        if l1 == l2:
            fails.append("%s paraphrase uses the same literals" % tag)
        if not l1:
            fails.append("%s question SQL has no literal" % tag)
        if canon(res["sql"], False) == canon(res["psql"], False):
            fails.append("%s question and paraphrase results are identical" % tag)
        if len(res["sql"][0]) != len(res["psql"][0]):
            fails.append("%s column count differs q/p" % tag)
        if it["p"].strip().lower() == it["q"].strip().lower():
            fails.append("%s paraphrase text equals question" % tag)
        # near miss: different SQL and different result
        if norm(it["nsql"]) == norm(it["sql"]) or skeleton(it["nsql"])[0] == s1:
            fails.append("%s near-miss SQL is not structurally different" % tag)
        if canon(res["nsql"], False) == canon(res["sql"], False):
            fails.append("%s near-miss result equals question result" % tag)

    if fails:
        print("FAILED CHECKS (%d):" % len(fails))
        for f in fails:
            print(" -", f)
        sys.exit(1)

    main_out = [{"db_id": it["db_id"], "question": it["q"], "query": it["sql"],
                 "paraphrase": it["p"], "paraphrase_query": it["psql"]} for it in ITEMS]
    near_out = [{"db_id": it["db_id"], "near": i, "question": it["n"], "query": it["nsql"]}
                for i, it in enumerate(ITEMS)]
    with open(OUT_MAIN, "w", encoding="utf-8") as f:
        json.dump(main_out, f, ensure_ascii=False, indent=2)
    with open(OUT_NEAR, "w", encoding="utf-8") as f:
        json.dump(near_out, f, ensure_ascii=False, indent=2)
    print("OK: %d pairs, %d near misses, %d databases; wrote %s and %s" % (
        len(main_out), len(near_out), len(DB_IDS), os.path.basename(OUT_MAIN), os.path.basename(OUT_NEAR)))


if __name__ == "__main__":
    main()
