#!/usr/bin/env python3
"""Blind SQL-repair eval set v3 over Spider SQLite DBs. Writes repair_v3.jsonl only if all checks pass."""
import json, os, sqlite3, sys
from collections import Counter
DB = "/work/shared/eval/spider/database/{0}/{0}.sqlite"
HALF_A = {"battle_death","concert_singer","cre_Doc_Template_Mgt","employee_hire_evaluation","museum_visit","orchestra","poker_player","singer","tvshow","world_1"}
C = []
def add(db, cls, q, broken, correct): C.append(dict(db_id=db, **{"class": cls}, question=q, broken=broken, correct=correct))

# ---------------- unknown_column (20)
U = "unknown_column"
add("world_1", U, "country codes of the countries in Oceania", "SELECT CountryCode, Name FROM country WHERE Continent = 'Oceania'", "SELECT Code, Name FROM country WHERE Continent = 'Oceania'")  # CountryCode exists in city/countrylanguage
add("world_1", U, "Which countries became independent after 1990?", "SELECT Name FROM country WHERE IndependenceYear > 1990", "SELECT Name FROM country WHERE IndepYear > 1990")
add("world_1", U, "cities in the Netherlands with their population", "SELECT c.Name, c.Population FROM city c JOIN country co ON c.Country_Code = co.Code WHERE co.Name = 'Netherlands'", "SELECT c.Name, c.Population FROM city c JOIN country co ON c.CountryCode = co.Code WHERE co.Name = 'Netherlands'")
add("poker_player", U, "How much did each poker player earn? show names", "SELECT p.Name, pp.Earning FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID", "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID")
add("poker_player", U, "birthdays of people taller than 195cm", "SELECT Name, Birthday FROM people WHERE Height > 195", "SELECT Name, Birth_Date FROM people WHERE Height > 195")
add("singer", U, "singers worth more than 20 million", "SELECT Name FROM singer WHERE Net_Worth > 20", "SELECT Name FROM singer WHERE Net_Worth_Millions > 20")
add("singer", U, "list song titles with the singer's name", "SELECT s.song_title, si.Name FROM song s JOIN singer si ON s.Singer_ID = si.Singer_ID", "SELECT s.Title, si.Name FROM song s JOIN singer si ON s.Singer_ID = si.Singer_ID")
add("museum_visit", U, "How many staff does each museum have?", "SELECT Name, Staff_Count FROM museum", "SELECT Name, Num_of_Staff FROM museum")
add("orchestra", U, "when was each orchestra founded", "SELECT Orchestra, Year_Founded FROM orchestra", "SELECT Orchestra, Year_of_Founded FROM orchestra")
add("concert_singer", U, "concerts and the stadium name they were held in", "SELECT c.concert_Name, s.stadium_name FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID", "SELECT c.concert_Name, s.Name FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID")
# similar-looking column exists in ANOTHER table (naive edit-distance fix is wrong)
add("employee_hire_evaluation", U, "where do our employees live? name and location", "SELECT Name, Location FROM employee", "SELECT Name, City FROM employee")  # Location exists in shop
add("tvshow", U, "titles and ratings of the tv series episodes", "SELECT Title, Rating FROM TV_series", "SELECT Episode, Rating FROM TV_series")  # Title exists in Cartoon
# half B
add("pets_1", U, "last names of students older than 20", "SELECT last_name FROM Student WHERE Age > 20", "SELECT LName FROM Student WHERE Age > 20")
add("pets_1", U, "how heavy is each dog", "SELECT PetID, pet_weight FROM Pets WHERE PetType = 'dog'", "SELECT PetID, weight FROM Pets WHERE PetType = 'dog'")
add("car_1", U, "average horsepower of cars from 1980", "SELECT AVG(Horsepower) FROM cars_data WHERE ModelYear = 1980", "SELECT AVG(Horsepower) FROM cars_data WHERE Year = 1980")
add("car_1", U, "car makers and the country they come from", "SELECT Maker, CountryName FROM car_makers", "SELECT m.Maker, c.CountryName FROM car_makers m JOIN countries c ON m.Country = c.CountryId")  # CountryName lives in countries; car_makers.Country is an id
add("dog_kennels", U, "what did each treatment cost", "SELECT treatment_id, cost FROM Treatments", "SELECT treatment_id, cost_of_treatment FROM Treatments")
add("dog_kennels", U, "names of dogs and the breed name", "SELECT d.dog_name, b.breed_name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code", "SELECT d.name, b.breed_name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code")
add("flight_2", U, "flights leaving from APG - flight numbers", "SELECT FlightNumber FROM flights WHERE TRIM(SourceAirport) = 'APG'", "SELECT FlightNo FROM flights WHERE TRIM(SourceAirport) = 'APG'")
add("real_estate_properties", U, "how many rooms do the properties have and what's the asking price", "SELECT property_name, rooms, vendor_price FROM Properties", "SELECT property_name, room_count, vendor_requested_price FROM Properties")

# ---------------- unknown_table (12)
T = "unknown_table"
add("world_1", T, "which languages are spoken in Canada", "SELECT l.Language FROM country_language l JOIN country c ON l.CountryCode = c.Code WHERE c.Name = 'Canada'", "SELECT l.Language FROM countrylanguage l JOIN country c ON l.CountryCode = c.Code WHERE c.Name = 'Canada'")
add("world_1", T, "how many cities are there in the database", "SELECT COUNT(*) FROM cities", "SELECT COUNT(*) FROM city")
add("concert_singer", T, "number of concerts per year", "SELECT Year, COUNT(*) FROM concerts GROUP BY Year", "SELECT Year, COUNT(*) FROM concert GROUP BY Year")
add("tvshow", T, "list all the TV channels and their language", "SELECT series_name, Language FROM TVChannel", "SELECT series_name, Language FROM TV_Channel")
add("museum_visit", T, "total amount visitors spent across all museum visits", "SELECT SUM(Total_spent) FROM visits", "SELECT SUM(Total_spent) FROM visit")
add("employee_hire_evaluation", T, "bonuses given out in 2016", "SELECT Employee_ID, Bonus FROM evaluations WHERE Year_awarded = '2016'", "SELECT Employee_ID, Bonus FROM evaluation WHERE Year_awarded = '2016'")
add("car_1", T, "how many car models does each maker have", "SELECT m.Maker, COUNT(*) FROM models ml JOIN car_makers m ON ml.Maker = m.Id GROUP BY m.Id", "SELECT m.Maker, COUNT(*) FROM model_list ml JOIN car_makers m ON ml.Maker = m.Id GROUP BY m.Id")
add("network_1", T, "how many friends does each high schooler have", "SELECT h.name, COUNT(*) FROM Friends f JOIN Highschooler h ON f.student_id = h.ID GROUP BY h.ID", "SELECT h.name, COUNT(*) FROM Friend f JOIN Highschooler h ON f.student_id = h.ID GROUP BY h.ID")
add("network_1", T, "students in grade 9", "SELECT name FROM high_schooler WHERE grade = 9", "SELECT name FROM Highschooler WHERE grade = 9")
add("course_teach", T, "which teachers teach which courses", "SELECT t.Name, c.Course FROM course_arrangement ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID", "SELECT t.Name, c.Course FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID JOIN course c ON ca.Course_ID = c.Course_ID")
add("student_transcripts_tracking", T, "how many students are enrolled in each degree program", "SELECT degree_program_id, COUNT(*) FROM Student_Enrollment GROUP BY degree_program_id", "SELECT degree_program_id, COUNT(*) FROM Student_Enrolment GROUP BY degree_program_id")
add("voter_1", T, "list the contestants", "SELECT contestant_name FROM contestant", "SELECT contestant_name FROM CONTESTANTS")

# ---------------- ambiguous_column (12)
A = "ambiguous_column"
add("world_1", A, "cities with more than 5 million people and the country they're in", "SELECT city.Name, country.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE Population > 5000000", "SELECT city.Name, country.Name FROM city JOIN country ON city.CountryCode = country.Code WHERE city.Population > 5000000")
add("concert_singer", A, "which singers performed in 2014 concerts and at what stadium", "SELECT DISTINCT Name, st.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID JOIN concert c ON sc.concert_ID = c.concert_ID JOIN stadium st ON c.Stadium_ID = st.Stadium_ID WHERE c.Year = '2014'", "SELECT DISTINCT s.Name, st.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID JOIN concert c ON sc.concert_ID = c.concert_ID JOIN stadium st ON c.Stadium_ID = st.Stadium_ID WHERE c.Year = '2014'")
add("employee_hire_evaluation", A, "employees and the shop they were hired at", "SELECT e.Name, s.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON Shop_ID = s.Shop_ID", "SELECT e.Name, s.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID")
add("museum_visit", A, "visitors and how many tickets they bought at each museum", "SELECT v.Name, m.Name, Num_of_Ticket FROM visit vi JOIN visitor v ON vi.visitor_ID = v.ID JOIN museum m ON Museum_ID = m.Museum_ID", "SELECT v.Name, m.Name, vi.Num_of_Ticket FROM visit vi JOIN visitor v ON vi.visitor_ID = v.ID JOIN museum m ON vi.Museum_ID = m.Museum_ID")
add("singer", A, "top selling song of each singer? just show singer name and sales", "SELECT Name, MAX(Sales) FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID GROUP BY Singer_ID", "SELECT Name, MAX(Sales) FROM singer JOIN song ON singer.Singer_ID = song.Singer_ID GROUP BY singer.Singer_ID")
add("tvshow", A, "episodes and the channel's country", "SELECT Episode, Country FROM TV_series JOIN TV_Channel ON Channel = TV_Channel.id ORDER BY id", "SELECT Episode, Country FROM TV_series JOIN TV_Channel ON Channel = TV_Channel.id ORDER BY TV_series.id")
add("dog_kennels", A, "owners and their dogs' names", "SELECT first_name, last_name, name FROM Owners JOIN Dogs ON owner_id = Dogs.owner_id", "SELECT first_name, last_name, name FROM Owners JOIN Dogs ON Owners.owner_id = Dogs.owner_id")
add("dog_kennels", A, "which vets did treatments and in what city do they live", "SELECT DISTINCT first_name, city FROM Professionals p JOIN Treatments t ON p.professional_id = t.professional_id JOIN Dogs d ON t.dog_id = d.dog_id JOIN Owners o ON d.owner_id = o.owner_id", "SELECT DISTINCT p.first_name, p.city FROM Professionals p JOIN Treatments t ON p.professional_id = t.professional_id JOIN Dogs d ON t.dog_id = d.dog_id JOIN Owners o ON d.owner_id = o.owner_id")
add("car_1", A, "car makers with their country names", "SELECT Maker, CountryName FROM car_makers JOIN countries ON Country = CountryId JOIN model_list ON model_list.Maker = car_makers.Id GROUP BY Maker", "SELECT car_makers.Maker, CountryName FROM car_makers JOIN countries ON Country = CountryId JOIN model_list ON model_list.Maker = car_makers.Id GROUP BY car_makers.Id")
add("flight_2", A, "airline names with their flight numbers", "SELECT Airline, FlightNo FROM airlines a JOIN flights f ON a.uid = f.Airline", "SELECT a.Airline, f.FlightNo FROM airlines a JOIN flights f ON a.uid = f.Airline")
add("pets_1", A, "students who own pets, with the pet type", "SELECT Fname, PetType FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON PetID = p.PetID", "SELECT Fname, PetType FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID")
add("student_transcripts_tracking", A, "courses students signed up for, with the course name", "SELECT sec.student_enrolment_id, course_name FROM Student_Enrolment_Courses sec JOIN Courses c ON course_id = c.course_id", "SELECT sec.student_enrolment_id, c.course_name FROM Student_Enrolment_Courses sec JOIN Courses c ON sec.course_id = c.course_id")

# ---------------- wrong_qualifier (12)
W = "wrong_qualifier"
add("world_1", W, "european cities with over a million people, and which country they're in", "SELECT ci.Name, co.Name FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE ci.Continent = 'Europe' AND ci.Population > 1000000", "SELECT ci.Name, co.Name FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE co.Continent = 'Europe' AND ci.Population > 1000000")
add("orchestra", W, "orchestras and their conductor's name", "SELECT o.Orchestra, o.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID", "SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID")
add("battle_death", W, "ships lost in each battle - battle name and ship name", "SELECT b.name, s.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id WHERE b.ship_type = 'Brig'", "SELECT b.name, s.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id WHERE s.ship_type = 'Brig'")
add("battle_death", W, "total killed per ship", "SELECT s.name, SUM(s.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id GROUP BY s.id", "SELECT s.name, SUM(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id GROUP BY s.id")
add("poker_player", W, "nationality of the top earner among poker players", "SELECT p.Nationality FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY p.Earnings DESC LIMIT 1", "SELECT p.Nationality FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY pp.Earnings DESC LIMIT 1")
add("cre_Doc_Template_Mgt", W, "documents with the template type of their template", "SELECT d.Document_Name, d.Template_Type_Code FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID", "SELECT d.Document_Name, t.Template_Type_Code FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID")
add("cre_Doc_Template_Mgt", W, "how many paragraphs does each document have", "SELECT d.Document_Name, COUNT(d.Paragraph_ID) FROM Documents d JOIN Paragraphs p ON d.Document_ID = p.Document_ID GROUP BY d.Document_ID", "SELECT d.Document_Name, COUNT(p.Paragraph_ID) FROM Documents d JOIN Paragraphs p ON d.Document_ID = p.Document_ID GROUP BY d.Document_ID")
add("voter_1", W, "votes per contestant name", "SELECT c.contestant_name, COUNT(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number GROUP BY v.contestant_name", "SELECT c.contestant_name, COUNT(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number GROUP BY c.contestant_name")
add("course_teach", W, "teachers' hometowns and the grade they teach", "SELECT t.Name, ca.Hometown, ca.Grade FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID", "SELECT t.Name, t.Hometown, ca.Grade FROM teacher t JOIN course_arrange ca ON t.Teacher_ID = ca.Teacher_ID")
add("real_estate_properties", W, "property names with the type description", "SELECT p.property_name, p.property_type_description FROM Properties p JOIN Ref_Property_Types r ON p.property_type_code = r.property_type_code", "SELECT p.property_name, r.property_type_description FROM Properties p JOIN Ref_Property_Types r ON p.property_type_code = r.property_type_code")
add("flight_2", W, "flights going into Aberdeen airports", "SELECT f.FlightNo FROM flights f JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE f.City LIKE 'Aberdeen%'", "SELECT f.FlightNo FROM flights f JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE a.City LIKE 'Aberdeen%'")
add("network_1", W, "who likes whom? names of both", "SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID JOIN Highschooler b ON a.liked_id = b.ID", "SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID JOIN Highschooler b ON l.liked_id = b.ID")

# ---------------- dialect (20): 8 PG, 7 TSQL, 5 MySQL
D = "dialect"
add("world_1", D, "countries whose name has 'land' in it, any case", "SELECT Name FROM country WHERE Name ILIKE '%land%'", "SELECT Name FROM country WHERE Name LIKE '%land%'")
add("world_1", D, "total population per continent", "SELECT Continent, SUM(Population)::bigint FROM country GROUP BY Continent", "SELECT Continent, SUM(Population) FROM country GROUP BY Continent")
add("concert_singer", D, "singers from France or the Netherlands", "SELECT Name FROM singer WHERE Country = ANY(ARRAY['France','Netherlands'])", "SELECT Name FROM singer WHERE Country IN ('France','Netherlands')")
add("orchestra", D, "all the orchestra names in one comma separated list", "SELECT STRING_AGG(Orchestra, ', ') FROM orchestra", "SELECT GROUP_CONCAT(Orchestra, ', ') FROM orchestra")
add("employee_hire_evaluation", D, "is any of the hires at each shop full time?", "SELECT Shop_ID, bool_or(Is_full_time) FROM hiring GROUP BY Shop_ID", "SELECT Shop_ID, MAX(Is_full_time) FROM hiring GROUP BY Shop_ID")
add("dog_kennels", D, "what year were dogs born", "SELECT name, EXTRACT(YEAR FROM date_of_birth) FROM Dogs", "SELECT name, strftime('%Y', date_of_birth) FROM Dogs")
add("voter_1", D, "first vote for each state", "SELECT DISTINCT ON (state) state, vote_id FROM VOTES ORDER BY state, created", "SELECT state, vote_id FROM VOTES v WHERE created = (SELECT MIN(created) FROM VOTES v2 WHERE v2.state = v.state) ORDER BY state")
add("car_1", D, "cars whose model name contains a digit", "SELECT Make FROM car_names WHERE Make ~* '[0-9]'", "SELECT Make FROM car_names WHERE Make GLOB '*[0-9]*'")
# T-SQL 7
add("poker_player", D, "top 3 earners", "SELECT TOP 3 p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY pp.Earnings DESC", "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY pp.Earnings DESC LIMIT 3")
add("museum_visit", D, "museums that opened after 2008", "SELECT [Name] FROM [museum] WITH (NOLOCK) WHERE [Open_Year] > '2008'", "SELECT Name FROM museum WHERE Open_Year > '2008'")
add("singer", D, "singer birth years as whole numbers", "SELECT Name, CONVERT(int, Birth_Year) FROM singer", "SELECT Name, CAST(Birth_Year AS INTEGER) FROM singer")
add("tvshow", D, "cartoons with names longer than 20 characters", "SELECT Title FROM Cartoon WHERE LEN(Title) > 20", "SELECT Title FROM Cartoon WHERE LENGTH(Title) > 20")
add("pets_1", D, "pets sorted by weight, skip the first 2 and give the next 3", "SELECT PetID, weight FROM Pets ORDER BY weight OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY", "SELECT PetID, weight FROM Pets ORDER BY weight LIMIT 3 OFFSET 2")
add("real_estate_properties", D, "month each property was sold", "SELECT property_name, DATEPART(month, date_sold) FROM Properties", "SELECT property_name, CAST(strftime('%m', date_sold) AS INTEGER) FROM Properties")
add("student_transcripts_tracking", D, "how many days since each student first registered", "SELECT student_id, DATEDIFF(day, date_first_registered, GETDATE()) FROM Students", "SELECT student_id, julianday('now') - julianday(date_first_registered) FROM Students")
# MySQL 5
add("battle_death", D, "battles where either commander's name starts with K", "SELECT name FROM battle WHERE bulgarian_commander REGEXP '^K' OR latin_commander REGEXP '^K'", "SELECT name FROM battle WHERE bulgarian_commander LIKE 'K%' OR latin_commander LIKE 'K%'")
add("cre_Doc_Template_Mgt", D, "templates effective from, formatted year-month", "SELECT Template_ID, DATE_FORMAT(Date_Effective_From, '%Y-%m') FROM Templates", "SELECT Template_ID, strftime('%Y-%m', Date_Effective_From) FROM Templates")
add("network_1", D, "label each kid as senior if grade 12 otherwise other", "SELECT `name`, IF(`grade` = 12, 'senior', 'other') FROM `Highschooler`", "SELECT name, CASE WHEN grade = 12 THEN 'senior' ELSE 'other' END FROM Highschooler")
add("flight_2", D, "airport name and city in one string", "SELECT CONCAT(AirportName, ' - ', City) FROM airports", "SELECT AirportName || ' - ' || City FROM airports")
add("course_teach", D, "teachers whose hometown is an urban district", "SELECT `Name` FROM `teacher` WHERE LOCATE('Urban', `Hometown`) > 0", "SELECT Name FROM teacher WHERE INSTR(Hometown, 'Urban') > 0")

# ---------------- wrapping (10)
P = "wrapping"
add("world_1", P, "how many countries are in Africa", "```sql\nSELECT COUNT(*) FROM country WHERE Continent = 'Africa';\n```", "SELECT COUNT(*) FROM country WHERE Continent = 'Africa'")
add("network_1", P, "average grade of the high schoolers", "Here is the query:\nSELECT AVG(grade) FROM Highschooler", "SELECT AVG(grade) FROM Highschooler")
add("orchestra", P, "orchestras recording on CD", "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD'\nThis query selects the orchestras whose main format is CD.", "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'CD'")
add("employee_hire_evaluation", P, "employees living in Bath", "SELECT Name FROM employee WHERE City = 'Bath'; This returns the names of employees from Bath.", "SELECT Name FROM employee WHERE City = 'Bath'")
add("real_estate_properties", P, "properties with more than 5 rooms", "sql\nSELECT property_name FROM Properties WHERE room_count > 5", "SELECT property_name FROM Properties WHERE room_count > 5")
add("dog_kennels", P, "how many dogs were abandoned", "```\nSELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'\n```\nNote: abandoned_yn is stored as '1' for yes.", "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'")
add("voter_1", P, "votes per state", "Sure! SELECT state, COUNT(*) FROM VOTES GROUP BY state", "SELECT state, COUNT(*) FROM VOTES GROUP BY state")
add("car_1", P, "number of car makers per country", "SELECT Country, COUNT(*) FROM car_makers GROUP BY Country;\n# groups the makers by their country id", "SELECT Country, COUNT(*) FROM car_makers GROUP BY Country")
add("pets_1", P, "oldest pet age", "<sql>SELECT MAX(pet_age) FROM Pets</sql>", "SELECT MAX(pet_age) FROM Pets")
add("student_transcripts_tracking", P, "how many transcripts are there", "Query: SELECT COUNT(*) FROM Transcripts", "SELECT COUNT(*) FROM Transcripts")

# ---------------- value_literal (14)
V = "value_literal"
add("concert_singer", V, "singers from the USA", "SELECT Name FROM singer WHERE Country = 'USA'", "SELECT Name FROM singer WHERE Country = 'United States'")
add("orchestra", V, "conductors from the UK", "SELECT Name FROM conductor WHERE Nationality = 'United Kingdom'", "SELECT Name FROM conductor WHERE Nationality = 'UK'")
add("world_1", V, "official languages of Spain", "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Spain' AND cl.IsOfficial = 'Yes'", "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Spain' AND cl.IsOfficial = 'T'")
add("battle_death", V, "how many battles did the Bulgarians win", "SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian Victory'", "SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'")
add("cre_Doc_Template_Mgt", V, "templates used for presentations", "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'Presentation'", "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'")
add("tvshow", V, "channels broadcasting in english", "SELECT series_name FROM TV_Channel WHERE Language = 'english'", "SELECT series_name FROM TV_Channel WHERE Language = 'English'")
add("poker_player", V, "poker players from Russia", "SELECT p.Name FROM people p JOIN poker_player pp ON p.People_ID = pp.People_ID WHERE p.Nationality = 'Russian'", "SELECT p.Name FROM people p JOIN poker_player pp ON p.People_ID = pp.People_ID WHERE p.Nationality = 'Russia'")
add("voter_1", V, "how many votes came from California", "SELECT COUNT(*) FROM VOTES WHERE state = 'California'", "SELECT COUNT(*) FROM VOTES WHERE state = 'CA'")
add("dog_kennels", V, "all the huskies' names", "SELECT d.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Huskies'", "SELECT d.name FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'")
add("pets_1", V, "how many students have a dog", "SELECT COUNT(DISTINCT h.StuID) FROM Has_Pet h JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'Dog'", "SELECT COUNT(DISTINCT h.StuID) FROM Has_Pet h JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'dog'")
add("car_1", V, "car makers based in Japan", "SELECT m.FullName FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'Japan'", "SELECT m.FullName FROM car_makers m JOIN countries c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'")
add("real_estate_properties", V, "apartments on the market - names", "SELECT property_name FROM Properties WHERE property_type_code = 'Apartments'", "SELECT property_name FROM Properties WHERE property_type_code = 'Apartment'")
add("student_transcripts_tracking", V, "how many enrolments in Spring 2010", "SELECT COUNT(*) FROM Student_Enrolment e JOIN Semesters s ON e.semester_id = s.semester_id WHERE s.semester_name = 'Spring 2010'", "SELECT COUNT(*) FROM Student_Enrolment e JOIN Semesters s ON e.semester_id = s.semester_id WHERE s.semester_name = 'spring 2010'")
add("flight_2", V, "airports in Aberdeen", "SELECT AirportName FROM airports WHERE City = 'Aberdeen'", "SELECT AirportName FROM airports WHERE TRIM(City) = 'Aberdeen'")

EXPECT = {"unknown_column":20,"unknown_table":12,"ambiguous_column":12,"wrong_qualifier":12,"dialect":20,"wrapping":10,"value_literal":14}
FAIL_CLASSES = set(EXPECT) - {"value_literal"}

def run(db, sql):
    con = sqlite3.connect(DB.format(db)); 
    try: return con.execute(sql).fetchall()
    finally: con.close()

def empty_like(rows):
    if not rows: return True
    if len(rows) == 1 and all(v in (0, None) for v in rows[0]): return True
    return False

errs = []
for i, c in enumerate(C):
    tag = f"#{i} {c['db_id']} {c['class']}"
    try:
        good = run(c["db_id"], c["correct"])
        if empty_like(good): errs.append(f"{tag}: correct empty {good}")
    except Exception as e:
        errs.append(f"{tag}: correct fails: {e}"); continue
    if c["class"] in FAIL_CLASSES:
        try:
            r = run(c["db_id"], c["broken"]); errs.append(f"{tag}: broken runs ({len(r)} rows)")
        except sqlite3.Error: pass
        # also as a script (whole raw text handed to SQLite): must raise too
        con = sqlite3.connect(DB.format(c["db_id"]))
        try:
            con.executescript(c["broken"]); errs.append(f"{tag}: broken runs as script")
        except sqlite3.Error: pass
        finally: con.close()
    else:
        try:
            r = run(c["db_id"], c["broken"])
            if not empty_like(r): errs.append(f"{tag}: broken not empty {r[:3]}")
        except Exception as e: errs.append(f"{tag}: broken fails: {e}")
cnt = Counter(c["class"] for c in C)
if dict(cnt) != EXPECT: errs.append(f"counts {dict(cnt)} != {EXPECT}")
if errs:
    print("\n".join(errs)); sys.exit(1)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "repair_v3.jsonl")
with open(out, "w") as f:
    for c in C: f.write(json.dumps(c) + "\n")
print("wrote", out, len(C), dict(cnt))
print("half A", sum(c["db_id"] in HALF_A for c in C), "half B", sum(c["db_id"] not in HALF_A for c in C))
