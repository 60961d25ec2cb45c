# Builds repair_v1.jsonl and spider_v1_unanswerable.json; verifies every case.
import json, sqlite3, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DBDIR = next((a for a in sys.argv[1:] if not a.startswith("--")), "/work/shared/eval/spider/database")
R = []
def r(cls, db, broken, correct): R.append({"db_id": db, "class": cls, "broken": broken, "correct": correct})

# unknown_column: abbreviations, expansions, renames
c = "unknown_column"
r(c, "pets_1", "SELECT first_name, last_name FROM Student WHERE age > 20", "SELECT Fname, LName FROM Student WHERE Age > 20")
r(c, "pets_1", "SELECT pet_type, AVG(weight) FROM Pets GROUP BY pet_type", "SELECT PetType, AVG(weight) FROM Pets GROUP BY PetType")
r(c, "world_1", "SELECT Name FROM country WHERE life_expectancy > 80", "SELECT Name FROM country WHERE LifeExpectancy > 80")
r(c, "world_1", "SELECT Name FROM city WHERE country_code = 'JPN' AND Population > 1000000", "SELECT Name FROM city WHERE CountryCode = 'JPN' AND Population > 1000000")
r(c, "world_1", "SELECT Name, Population FROM country ORDER BY surface_area DESC LIMIT 5", "SELECT Name, Population FROM country ORDER BY SurfaceArea DESC LIMIT 5")
r(c, "car_1", "SELECT COUNT(*) FROM cars_data WHERE cyl = 8", "SELECT COUNT(*) FROM cars_data WHERE Cylinders = 8")
r(c, "car_1", "SELECT AVG(CAST(hp AS REAL)) FROM cars_data WHERE Year = 1975 AND hp <> 'null'", "SELECT AVG(CAST(Horsepower AS REAL)) FROM cars_data WHERE Year = 1975 AND Horsepower <> 'null'")
r(c, "car_1", "SELECT country_name FROM countries WHERE Continent = 2", "SELECT CountryName FROM countries WHERE Continent = 2")
r(c, "dog_kennels", "SELECT SUM(cost) FROM Treatments", "SELECT SUM(cost_of_treatment) FROM Treatments")
r(c, "dog_kennels", "SELECT name FROM Dogs WHERE abandoned = '1'", "SELECT name FROM Dogs WHERE abandoned_yn = '1'")
r(c, "employee_hire_evaluation", "SELECT Name FROM shop ORDER BY num_products DESC LIMIT 1", "SELECT Name FROM shop ORDER BY Number_products DESC LIMIT 1")
r(c, "employee_hire_evaluation", "SELECT SUM(bonus_amount) FROM evaluation", "SELECT SUM(Bonus) FROM evaluation")
r(c, "concert_singer", "SELECT Name FROM singer WHERE gender = 'F'", "SELECT Name FROM singer WHERE Is_male = 'F'")
r(c, "concert_singer", "SELECT concert_Name, Year FROM concert WHERE stadium = 2", "SELECT concert_Name, Year FROM concert WHERE Stadium_ID = 2")
r(c, "orchestra", "SELECT Name FROM conductor WHERE Nationality = 'USA' ORDER BY years_of_work DESC", "SELECT Name FROM conductor WHERE Nationality = 'USA' ORDER BY Year_of_Work DESC")
r(c, "orchestra", "SELECT AVG(Official_ratings) FROM performance", "SELECT AVG(\"Official_ratings_(millions)\") FROM performance")
r(c, "museum_visit", "SELECT Name FROM museum WHERE staff_count > 20", "SELECT Name FROM museum WHERE Num_of_Staff > 20")
r(c, "singer", "SELECT Name FROM singer WHERE net_worth > 20", "SELECT Name FROM singer WHERE Net_Worth_Millions > 20")
r(c, "student_transcripts_tracking", "SELECT first_name, surname FROM Students WHERE date_first_registered < '1980-01-01'", "SELECT first_name, last_name FROM Students WHERE date_first_registered < '1980-01-01'")
r(c, "tvshow", "SELECT Title FROM Cartoon WHERE director = 'Ben Jones'", "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'")
r(c, "voter_1", "SELECT name FROM CONTESTANTS ORDER BY name", "SELECT contestant_name FROM CONTESTANTS ORDER BY contestant_name")
r(c, "poker_player", "SELECT SUM(earning) FROM poker_player", "SELECT SUM(Earnings) FROM poker_player")

# unknown_table
c = "unknown_table"
r(c, "pets_1", "SELECT COUNT(*) FROM Students", "SELECT COUNT(*) FROM Student")
r(c, "pets_1", "SELECT PetType, COUNT(*) FROM pet GROUP BY PetType", "SELECT PetType, COUNT(*) FROM Pets GROUP BY PetType")
r(c, "world_1", "SELECT COUNT(*) FROM countries WHERE Continent = 'Europe'", "SELECT COUNT(*) FROM country WHERE Continent = 'Europe'")
r(c, "world_1", "SELECT Name FROM cities WHERE Population > 9000000", "SELECT Name FROM city WHERE Population > 9000000")
r(c, "world_1", "SELECT Language FROM languages WHERE CountryCode = 'CAN' AND IsOfficial = 'T'", "SELECT Language FROM countrylanguage WHERE CountryCode = 'CAN' AND IsOfficial = 'T'")
r(c, "car_1", "SELECT FullName FROM makers WHERE Country = 4", "SELECT FullName FROM car_makers WHERE Country = 4")
r(c, "car_1", "SELECT COUNT(*) FROM cars WHERE Cylinders = 4", "SELECT COUNT(*) FROM cars_data WHERE Cylinders = 4")
r(c, "concert_singer", "SELECT concert_Name FROM concerts WHERE Year = '2015'", "SELECT concert_Name FROM concert WHERE Year = '2015'")
r(c, "employee_hire_evaluation", "SELECT Name FROM employees WHERE Age > 30", "SELECT Name FROM employee WHERE Age > 30")
r(c, "flight_2", "SELECT COUNT(*) FROM flight", "SELECT COUNT(*) FROM flights")
r(c, "network_1", "SELECT name FROM students WHERE grade = 9", "SELECT name FROM Highschooler WHERE grade = 9")
r(c, "orchestra", "SELECT COUNT(*) FROM shows", "SELECT COUNT(*) FROM show")
r(c, "dog_kennels", "SELECT first_name, last_name FROM Owner WHERE state = 'Virginia'", "SELECT first_name, last_name FROM Owners WHERE state = 'Virginia'")

# ambiguous_column
c = "ambiguous_column"
r(c, "concert_singer", "SELECT Stadium_ID, COUNT(*) FROM stadium JOIN concert ON stadium.Stadium_ID = concert.Stadium_ID GROUP BY Stadium_ID", "SELECT stadium.Stadium_ID, COUNT(*) FROM stadium JOIN concert ON stadium.Stadium_ID = concert.Stadium_ID GROUP BY stadium.Stadium_ID")
r(c, "world_1", "SELECT Name, Population FROM city JOIN country ON city.CountryCode = country.Code WHERE Continent = 'Oceania' ORDER BY Population DESC LIMIT 3", "SELECT city.Name, city.Population FROM city JOIN country ON city.CountryCode = country.Code WHERE Continent = 'Oceania' ORDER BY city.Population DESC LIMIT 3")
r(c, "world_1", "SELECT Name FROM country JOIN city ON country.Capital = city.ID WHERE Continent = 'South America'", "SELECT city.Name FROM country JOIN city ON country.Capital = city.ID WHERE Continent = 'South America'")
r(c, "orchestra", "SELECT Name, Orchestra FROM conductor JOIN orchestra ON conductor.Conductor_ID = orchestra.Conductor_ID WHERE Conductor_ID > 10", "SELECT Name, Orchestra FROM conductor JOIN orchestra ON conductor.Conductor_ID = orchestra.Conductor_ID WHERE conductor.Conductor_ID > 10")
r(c, "pets_1", "SELECT Fname, PetID FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID WHERE StuID = 1002", "SELECT Fname, PetID FROM Student JOIN Has_Pet ON Student.StuID = Has_Pet.StuID WHERE Student.StuID = 1002")
r(c, "employee_hire_evaluation", "SELECT Name FROM employee JOIN hiring ON employee.Employee_ID = hiring.Employee_ID JOIN shop ON shop.Shop_ID = hiring.Shop_ID WHERE Location = 'Valkeakoski'", "SELECT employee.Name FROM employee JOIN hiring ON employee.Employee_ID = hiring.Employee_ID JOIN shop ON shop.Shop_ID = hiring.Shop_ID WHERE Location = 'Valkeakoski'")
r(c, "museum_visit", "SELECT Name, SUM(Total_spent) FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID JOIN museum ON museum.Museum_ID = visit.Museum_ID GROUP BY Name", "SELECT visitor.Name, SUM(Total_spent) FROM visitor JOIN visit ON visitor.ID = visit.visitor_ID JOIN museum ON museum.Museum_ID = visit.Museum_ID GROUP BY visitor.Name")
r(c, "car_1", "SELECT Maker, COUNT(*) FROM car_makers JOIN model_list ON car_makers.Id = model_list.Maker GROUP BY Maker", "SELECT car_makers.Maker, COUNT(*) FROM car_makers JOIN model_list ON car_makers.Id = model_list.Maker GROUP BY car_makers.Maker")
r(c, "car_1", "SELECT Model, COUNT(*) FROM car_names JOIN model_list ON car_names.Model = model_list.Model GROUP BY Model", "SELECT model_list.Model, COUNT(*) FROM car_names JOIN model_list ON car_names.Model = model_list.Model GROUP BY model_list.Model")
r(c, "singer", "SELECT Name, Title FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID WHERE Singer_ID = 1", "SELECT Name, Title FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID WHERE singer.Singer_ID = 1")
r(c, "poker_player", "SELECT Name, Earnings FROM people JOIN poker_player ON people.People_ID = poker_player.People_ID ORDER BY People_ID", "SELECT Name, Earnings FROM people JOIN poker_player ON people.People_ID = poker_player.People_ID ORDER BY people.People_ID")
r(c, "dog_kennels", "SELECT first_name, name FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id WHERE owner_id = 14", "SELECT first_name, name FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id WHERE Owners.owner_id = 14")
r(c, "tvshow", "SELECT id, Title FROM Cartoon JOIN TV_Channel ON Cartoon.Channel = TV_Channel.id WHERE Language = 'English'", "SELECT Cartoon.id, Title FROM Cartoon JOIN TV_Channel ON Cartoon.Channel = TV_Channel.id WHERE Language = 'English'")
r(c, "flight_2", "SELECT Airline, FlightNo FROM flights JOIN airlines ON flights.Airline = airlines.uid WHERE TRIM(SourceAirport) = 'APG'", "SELECT airlines.Airline, FlightNo FROM flights JOIN airlines ON flights.Airline = airlines.uid WHERE TRIM(SourceAirport) = 'APG'")

# wrong_qualifier
c = "wrong_qualifier"
r(c, "world_1", "SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T1.Continent = 'Asia' AND T1.Population > 8000000", "SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Asia' AND T1.Population > 8000000")
r(c, "world_1", "SELECT country.Name FROM city AS c JOIN country AS co ON c.CountryCode = co.Code WHERE c.Name = 'Berlin'", "SELECT co.Name FROM city AS c JOIN country AS co ON c.CountryCode = co.Code WHERE c.Name = 'Berlin'")
r(c, "concert_singer", "SELECT T2.Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.Year = '2015'", "SELECT T2.Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.Year = '2015'")
r(c, "pets_1", "SELECT s.Fname FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID WHERE h.PetType = 'cat'", "SELECT s.Fname FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'cat'")
r(c, "orchestra", "SELECT c.Name FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID WHERE c.Record_Company = 'Decca Records'", "SELECT c.Name FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID WHERE o.Record_Company = 'Decca Records'")
r(c, "employee_hire_evaluation", "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE e.Is_full_time = 'T'", "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID WHERE h.Is_full_time = 'T'")
r(c, "museum_visit", "SELECT m.Name FROM museum m JOIN visit v ON m.Museum_ID = v.Museum_ID WHERE m.Num_of_Ticket > 10", "SELECT m.Name FROM museum m JOIN visit v ON m.Museum_ID = v.Museum_ID WHERE v.Num_of_Ticket > 10")
r(c, "singer", "SELECT s.Name FROM singer s JOIN song g ON s.Singer_ID = g.Singer_ID WHERE s.Sales > 300000", "SELECT s.Name FROM singer s JOIN song g ON s.Singer_ID = g.Singer_ID WHERE g.Sales > 300000")
r(c, "dog_kennels", "SELECT d.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE d.breed_name = 'Husky'", "SELECT d.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'")
r(c, "car_1", "SELECT T1.Make FROM car_names T1 JOIN cars_data T2 ON T1.MakeId = T2.Id WHERE T1.Cylinders = 3", "SELECT T1.Make FROM car_names T1 JOIN cars_data T2 ON T1.MakeId = T2.Id WHERE T2.Cylinders = 3")
r(c, "tvshow", "SELECT T1.Episode FROM TV_series T1 JOIN TV_Channel T2 ON T1.Channel = T2.id WHERE T1.series_name = 'Sky Radio'", "SELECT T1.Episode FROM TV_series T1 JOIN TV_Channel T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'")
r(c, "poker_player", "SELECT pp.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Earnings > 200000", "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Earnings > 200000")
r(c, "student_transcripts_tracking", "SELECT d.department_name FROM Departments d JOIN Degree_Programs p ON d.department_id = p.department_id WHERE d.degree_summary_name = 'PHD'", "SELECT d.department_name FROM Departments d JOIN Degree_Programs p ON d.department_id = p.department_id WHERE p.degree_summary_name = 'PHD'")

# dialect
c = "dialect"
r(c, "world_1", "SELECT Name FROM country WHERE Name ILIKE 'united%'", "SELECT Name FROM country WHERE Name LIKE 'united%'")
r(c, "world_1", "SELECT Name FROM country WHERE Name ~* '^united'", "SELECT Name FROM country WHERE Name LIKE 'united%'")
r(c, "world_1", "SELECT Name, Population::float / SurfaceArea FROM country WHERE Name = 'Japan'", "SELECT Name, CAST(Population AS REAL) / SurfaceArea FROM country WHERE Name = 'Japan'")
r(c, "world_1", "SELECT TOP 5 Name, Population FROM city ORDER BY Population DESC", "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5")
r(c, "world_1", "SELECT DISTINCT ON (Continent) Continent, Name FROM country WHERE Continent <> 'Antarctica' ORDER BY Continent, Population DESC", "SELECT Continent, Name FROM country c WHERE Continent <> 'Antarctica' AND Population = (SELECT MAX(Population) FROM country c2 WHERE c2.Continent = c.Continent)")
r(c, "dog_kennels", "SELECT COUNT(*) FROM Treatments WHERE EXTRACT(MONTH FROM date_of_treatment) = 3", "SELECT COUNT(*) FROM Treatments WHERE strftime('%m', date_of_treatment) = '03'")
r(c, "dog_kennels", "SELECT TO_CHAR(date_of_treatment, 'YYYY-MM') AS month, COUNT(*) FROM Treatments GROUP BY 1", "SELECT strftime('%Y-%m', date_of_treatment) AS month, COUNT(*) FROM Treatments GROUP BY 1")
r(c, "cre_Doc_Template_Mgt", "SELECT DATE_FORMAT(Date_Effective_From, '%Y') AS y, COUNT(*) FROM Templates GROUP BY y", "SELECT strftime('%Y', Date_Effective_From) AS y, COUNT(*) FROM Templates GROUP BY y")
r(c, "voter_1", "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name REGEXP '^J'", "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'J%'")
r(c, "concert_singer", "SELECT `Name`, IF(`Is_male` = 'T', 'male', 'female') FROM `singer`", "SELECT Name, CASE WHEN Is_male = 'T' THEN 'male' ELSE 'female' END FROM singer")
r(c, "world_1", "SELECT Name FROM city WHERE POSITION('San' IN Name) = 1 AND CountryCode = 'USA'", "SELECT Name FROM city WHERE INSTR(Name, 'San') = 1 AND CountryCode = 'USA'")
r(c, "course_teach", "SELECT Name FROM teacher WHERE CONVERT(INT, Age) > 35", "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35")
r(c, "world_1", "SELECT COUNT(*) FROM country WHERE Continent = N'Africa'", "SELECT COUNT(*) FROM country WHERE Continent = 'Africa'")
r(c, "orchestra", "SELECT Name FROM conductor ORDER BY Age DESC OFFSET 0 ROWS FETCH NEXT 3 ROWS ONLY", "SELECT Name FROM conductor ORDER BY Age DESC LIMIT 3")
r(c, "singer", "SELECT Name FROM singer WHERE LEN(Name) > 15", "SELECT Name FROM singer WHERE LENGTH(Name) > 15")
r(c, "world_1", "SELECT Name, ISNULL(IndepYear, 0) FROM country WHERE Continent = 'Oceania'", "SELECT Name, IFNULL(IndepYear, 0) FROM country WHERE Continent = 'Oceania'")
r(c, "dog_kennels", "SELECT DATE_TRUNC('month', date_of_treatment) AS m, SUM(cost_of_treatment) FROM Treatments GROUP BY 1", "SELECT strftime('%Y-%m-01', date_of_treatment) AS m, SUM(cost_of_treatment) FROM Treatments GROUP BY 1")
r(c, "student_transcripts_tracking", "SELECT COUNT(*) FROM Students WHERE YEAR(date_first_registered) < 1980", "SELECT COUNT(*) FROM Students WHERE CAST(strftime('%Y', date_first_registered) AS INTEGER) < 1980")
r(c, "car_1", "SELECT FullName FROM car_makers WHERE FullName ILIKE '%motor%'", "SELECT FullName FROM car_makers WHERE FullName LIKE '%motor%'")
r(c, "voter_1", "SELECT COUNT(*) FROM VOTES WHERE created < GETDATE()", "SELECT COUNT(*) FROM VOTES WHERE created < datetime('now')")
r(c, "museum_visit", "SELECT `Name` FROM `museum` WHERE `Open_Year` REGEXP '^20(0|1)'", "SELECT Name FROM museum WHERE Open_Year LIKE '200%' OR Open_Year LIKE '201%'")

# wrapping
c = "wrapping"
r(c, "singer", "```sql\nSELECT COUNT(*) FROM singer\n```", "SELECT COUNT(*) FROM singer")
r(c, "museum_visit", "Here is the query:\nSELECT Name FROM museum WHERE Num_of_Staff > 20;", "SELECT Name FROM museum WHERE Num_of_Staff > 20")
r(c, "world_1", "SELECT Name FROM country WHERE Continent = 'Europe' AND Population > 50000000;\n\nThis query lists the European countries with more than 50 million inhabitants.", "SELECT Name FROM country WHERE Continent = 'Europe' AND Population > 50000000")
r(c, "pets_1", "Sure! To count the dogs you can run:\n\n```sql\nSELECT COUNT(*) FROM Pets WHERE PetType = 'dog';\n```\n\nIt returns a single number.", "SELECT COUNT(*) FROM Pets WHERE PetType = 'dog'")
r(c, "concert_singer", "SQL: SELECT Name, Capacity FROM stadium ORDER BY Capacity DESC LIMIT 1", "SELECT Name, Capacity FROM stadium ORDER BY Capacity DESC LIMIT 1")
r(c, "orchestra", "```\nSELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2005\n```", "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2005")
r(c, "car_1", "The answer requires joining makers and countries.\nSELECT m.FullName FROM car_makers m JOIN countries c ON c.CountryId = m.Country WHERE c.CountryName = 'japan'", "SELECT m.FullName FROM car_makers m JOIN countries c ON c.CountryId = m.Country WHERE c.CountryName = 'japan'")
r(c, "employee_hire_evaluation", "<sql>SELECT Name FROM employee WHERE City = 'Bath'</sql>", "SELECT Name FROM employee WHERE City = 'Bath'")
r(c, "tvshow", "```sql\n-- channels in English\nSELECT series_name FROM TV_Channel WHERE Language = 'English';\n```\nLet me know if you need more columns.", "SELECT series_name FROM TV_Channel WHERE Language = 'English'")
r(c, "voter_1", "Query:\n```SELECT COUNT(*) FROM CONTESTANTS```", "SELECT COUNT(*) FROM CONTESTANTS")
r(c, "dog_kennels", "I'll sum the treatment costs per dog.\n```sql\nSELECT d.name, SUM(t.cost_of_treatment) FROM Dogs d JOIN Treatments t ON t.dog_id = d.dog_id GROUP BY d.dog_id\n```", "SELECT d.name, SUM(t.cost_of_treatment) FROM Dogs d JOIN Treatments t ON t.dog_id = d.dog_id GROUP BY d.dog_id")
r(c, "network_1", "SELECT name FROM Highschooler WHERE grade = 12; -- then\nSELECT COUNT(*) FROM Highschooler WHERE grade = 12;", "SELECT name FROM Highschooler WHERE grade = 12")

# value_literal
c = "value_literal"
r(c, "world_1", "SELECT Population FROM country WHERE Name = 'USA'", "SELECT Population FROM country WHERE Name = 'United States'")
r(c, "world_1", "SELECT COUNT(*) FROM city WHERE CountryCode = 'UK'", "SELECT COUNT(*) FROM city WHERE CountryCode = 'GBR'")
r(c, "world_1", "SELECT Name FROM city WHERE District = 'CA' AND Population > 500000", "SELECT Name FROM city WHERE District = 'California' AND Population > 500000")
r(c, "world_1", "SELECT COUNT(*) FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'Yes'", "SELECT COUNT(*) FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'T'")
r(c, "car_1", "SELECT m.FullName FROM car_makers m JOIN countries c ON c.CountryId = m.Country WHERE c.CountryName = 'Japan'", "SELECT m.FullName FROM car_makers m JOIN countries c ON c.CountryId = m.Country WHERE c.CountryName = 'japan'")
r(c, "car_1", "SELECT m.FullName FROM car_makers m JOIN countries c ON c.CountryId = m.Country WHERE c.CountryName = 'United States'", "SELECT m.FullName FROM car_makers m JOIN countries c ON c.CountryId = m.Country WHERE c.CountryName = 'usa'")
r(c, "voter_1", "SELECT COUNT(*) FROM VOTES WHERE state = 'New York'", "SELECT COUNT(*) FROM VOTES WHERE state = 'NY'")
r(c, "voter_1", "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'California'", "SELECT COUNT(*) FROM AREA_CODE_STATE WHERE state = 'CA'")
r(c, "orchestra", "SELECT Name FROM conductor WHERE Nationality = 'United Kingdom'", "SELECT Name FROM conductor WHERE Nationality = 'UK'")
r(c, "orchestra", "SELECT COUNT(*) FROM conductor WHERE Nationality = 'American'", "SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'")
r(c, "tvshow", "SELECT series_name FROM TV_Channel WHERE Country = 'UK'", "SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'")
r(c, "pets_1", "SELECT COUNT(*) FROM Pets WHERE PetType = 'Dog'", "SELECT COUNT(*) FROM Pets WHERE PetType = 'dog'")
r(c, "dog_kennels", "SELECT COUNT(*) FROM Professionals WHERE role_code = 'Veterinarian'", "SELECT COUNT(*) FROM Professionals WHERE role_code = 'Veterenarian'")
r(c, "dog_kennels", "SELECT name FROM Dogs WHERE size_code = 'Large'", "SELECT name FROM Dogs WHERE size_code = 'LGE'")
r(c, "employee_hire_evaluation", "SELECT COUNT(*) FROM hiring WHERE Is_full_time = 1", "SELECT COUNT(*) FROM hiring WHERE Is_full_time = 'T'")
r(c, "student_transcripts_tracking", "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'PhD'", "SELECT COUNT(*) FROM Degree_Programs WHERE degree_summary_name = 'PHD'")

CAP = {"unknown_column": 20, "dialect": 20, "value_literal": 14, "ambiguous_column": 12, "unknown_table": 12, "wrong_qualifier": 12, "wrapping": 10}
_seen = Counter(); _keep = []
for x in R:
    _seen[x["class"]] += 1
    if _seen[x["class"]] <= CAP[x["class"]]: _keep.append(x)
R = _keep
bad = 0
for i, x in enumerate(R):
    con = sqlite3.connect(os.path.join(DBDIR, x["db_id"], x["db_id"] + ".sqlite"))
    try:
        good = con.execute(x["correct"]).fetchall()
        if not good: print("CORRECT EMPTY", i, x); bad += 1
    except Exception as e:
        print("CORRECT ERR", i, x, e); bad += 1; continue
    try:
        b = con.execute(x["broken"]).fetchall()
        if sorted(map(repr, b)) == sorted(map(repr, good)):
            print("BROKEN SAME", i, x); bad += 1
        elif "--show" in sys.argv: print(i, x["class"], "broken returns", b[:3], "vs", good[:3])
    except Exception as e:
        if "--show" in sys.argv: print(i, x["class"], "broken fails:", e)
print(len(R), Counter(x["class"] for x in R), "bad", bad)

U = [
 ("world_1", "What currency is used in Japan?"),
 ("world_1", "What is the unemployment rate in Germany?"),
 ("singer", "Which record label is Christy Walton signed to?"),
 ("concert_singer", "How much did tickets cost for the Auditions concert?"),
 ("pets_1", "What are the names of the students' pets?"),
 ("poker_player", "What is Maksim Botin's email address?"),
 ("car_1", "What is the price of the mazda glc?"),
 ("flight_2", "What time does United Airlines flight 28 depart?"),
 ("dog_kennels", "What color is the dog named Kacey?"),
 ("employee_hire_evaluation", "What is Lee Mears's salary?"),
 ("museum_visit", "What is the street address of the Plaza Museum?"),
 ("orchestra", "How many musicians play in the London Symphony Orchestra?"),
 ("tvshow", "How long is the episode 'Emily' in minutes?"),
 ("battle_death", "How many soldiers fought in the Battle of Serres?"),
 ("voter_1", "How old is Kelly Clauss?"),
]
if bad == 0:
    with open(os.path.join(HERE, "repair_v1.jsonl"), "w") as f:
        for x in R: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    json.dump([{"question": qu, "db_id": db, "query": ""} for db, qu in U], open(os.path.join(HERE, "spider_v1_unanswerable.json"), "w"), indent=1)
    print("unanswerable", len(U), "dbs", len(set(d for d, _ in U)))
