#!/usr/bin/env python3
"""Blind held-out set v26 (half B): 12 business-style questions per database with gold SQL.
Writes /tmp/blind26/spider_v26_B.json only if every check passes."""
import json, re, sqlite3, sys, collections

DBROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind26/spider_v26_B.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

# Each item: (kind, question, paraphrase, query, tie_sql or None)
# tie_sql: the ranking value(s) of the full ordered result (same ORDER BY, no LIMIT),
# used to verify that the LIMIT cut-off is not tied.
ITEMS = {}

# ---------------------------------------------------------------- car_1
# quirks: MPG / Horsepower are TEXT with literal 'null'; car_names.Make/Model have stray spaces;
# country / continent names stored lowercase; car_makers.Country is TEXT holding the country id.
ITEMS["car_1"] = [
    ("count",
     "# of car makers based in europe?",
     "How many automobile manufacturers have their home country on the European continent?",
     "SELECT COUNT(*) FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId "
     "JOIN continents ct ON c.Continent = ct.ContId WHERE ct.Continent = 'europe'", None),
    ("list",
     "list every country in the data along with the continent it's on",
     "For all countries we have, show the country name and its continent name.",
     "SELECT c.CountryName, ct.Continent FROM countries c JOIN continents ct ON c.Continent = ct.ContId", None),
    ("filter-text",
     "what models does Toyota make?",
     "Give me the model lines that belong to the maker toyota.",
     "SELECT ml.Model FROM model_list ml JOIN car_makers cm ON ml.Maker = cm.Id WHERE cm.Maker = 'toyota'", None),
    ("filter-number",
     "cars with more than 200 hp - show the car name and its horsepower",
     "Which vehicles are rated above two hundred horsepower? Give name plus the hp figure.",
     "SELECT TRIM(cn.Make), CAST(cd.Horsepower AS INTEGER) FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE cd.Horsepower <> 'null' AND CAST(cd.Horsepower AS INTEGER) > 200", None),
    ("aggregate",
     "avg mpg for 4 cylinder cars?",
     "What is the mean miles-per-gallon across four-cylinder vehicles (ignore the ones with no mpg recorded)?",
     "SELECT AVG(CAST(MPG AS REAL)) FROM cars_data WHERE Cylinders = 4 AND MPG <> 'null'", None),
    ("superlative",
     "Which car is the most fuel efficient? I want the name and the mpg.",
     "Top car by miles per gallon -- show its name together with that mpg value.",
     "SELECT TRIM(cn.Make), CAST(cd.MPG AS REAL) FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE cd.MPG <> 'null' ORDER BY CAST(cd.MPG AS REAL) DESC LIMIT 1",
     "SELECT CAST(MPG AS REAL) FROM cars_data WHERE MPG <> 'null' ORDER BY CAST(MPG AS REAL) DESC"),
    ("group",
     "average weight by number of cylinders",
     "For each cylinder count, what do the cars weigh on average? show cylinders and avg weight",
     "SELECT Cylinders, AVG(Weight) FROM cars_data GROUP BY Cylinders", None),
    ("join",
     "Show each car maker's full name and the country it comes from",
     "List manufacturers (full company name) w/ the name of their home country.",
     "SELECT cm.FullName, c.CountryName FROM car_makers cm JOIN countries c ON cm.Country = c.CountryId", None),
    ("set",
     "which countries don't have any car makers in our list?",
     "Name the countries that no manufacturer in the database is based in.",
     "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT CAST(Country AS INTEGER) FROM car_makers)", None),
    ("ratio",
     "what percent of all the cars are V8s (8 cylinders)?",
     "Share of vehicles with eight cylinders, as a percentage of every car in the data.",
     "SELECT 100.0 * SUM(CASE WHEN Cylinders = 8 THEN 1 ELSE 0 END) / COUNT(*) FROM cars_data", None),
    ("compare-to-aggregate",
     "1982 cars that are heavier than the overall avg weight - name and weight pls",
     "Among the model-year 1982 vehicles, which weigh more than the average of all cars? Show their name and weight.",
     "SELECT TRIM(cn.Make), cd.Weight FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE cd.Year = 1982 AND cd.Weight > (SELECT AVG(Weight) FROM cars_data)", None),
    ("group",
     "Which manufacturers have three or more models? Give the full name and how many models they have.",
     "makers w/ at least 3 model lines + their model count",
     "SELECT cm.FullName, COUNT(*) FROM model_list ml JOIN car_makers cm ON ml.Maker = cm.Id "
     "GROUP BY cm.Id HAVING COUNT(*) >= 3", None),
]

# ---------------------------------------------------------------- course_teach
# quirks: teacher.Age is TEXT; course start date stored as text like '5 May'.
ITEMS["course_teach"] = [
    ("count",
     "how many different teachers actually have a course assigned?",
     "Count the distinct instructors that appear in the course arrangements.",
     "SELECT COUNT(DISTINCT Teacher_ID) FROM course_arrange", None),
    ("list",
     "show all teachers with their age and hometown",
     "I need every instructor's name, how old they are, and where they're from.",
     "SELECT Name, Age, Hometown FROM teacher", None),
    ("filter-text",
     "Which teachers are from Bolton? name and age",
     "List the name and age of instructors whose hometown is Bolton.",
     "SELECT Name, Age FROM teacher WHERE Hometown LIKE 'Bolton%'", None),
    ("filter-number",
     "teachers older than thirty five - names + ages",
     "Who on the teaching staff is over 35? Show their name and age.",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) > 35", None),
    ("aggregate",
     "what's the avg teacher age",
     "On average, how old are our teachers?",
     "SELECT AVG(CAST(Age AS REAL)) FROM teacher", None),
    ("superlative",
     "Who is the youngest teacher and where are they from?",
     "Give the name and hometown of the teacher with the lowest age.",
     "SELECT Name, Hometown FROM teacher ORDER BY CAST(Age AS INTEGER) ASC LIMIT 1",
     "SELECT CAST(Age AS INTEGER) FROM teacher ORDER BY CAST(Age AS INTEGER) ASC"),
    ("group",
     "number of courses each teacher is arranged to teach (teacher name + count)",
     "For every teacher who has course assignments, how many courses do they have?",
     "SELECT t.Name, COUNT(*) FROM course_arrange ca JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID GROUP BY t.Teacher_ID", None),
    ("join",
     "For each course arrangement list the course, the teacher's name and the grade",
     "show course name, who teaches it and which grade, for all arrangements",
     "SELECT c.Course, t.Name, ca.Grade FROM course_arrange ca JOIN course c ON ca.Course_ID = c.Course_ID "
     "JOIN teacher t ON ca.Teacher_ID = t.Teacher_ID", None),
    ("set",
     "which teachers aren't teaching anything right now?",
     "Names of instructors who have no course arrangement at all.",
     "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)", None),
    ("ratio",
     "what % of courses have a teacher assigned?",
     "Out of all the courses offered, what percentage show up in at least one teaching arrangement?",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT Course_ID) FROM course_arrange) / (SELECT COUNT(*) FROM course)", None),
    ("compare-to-aggregate",
     "Which teachers are older than the average teacher? Just names.",
     "names of staff whose age is above the mean age of all teachers",
     "SELECT Name FROM teacher WHERE CAST(Age AS REAL) > (SELECT AVG(CAST(Age AS REAL)) FROM teacher)", None),
    ("filter-number",
     "courses starting after the 10th of May, with their start dates",
     "Which classes kick off later than May 10? show course + starting date",
     "SELECT Course, Staring_Date FROM course WHERE Staring_Date LIKE '% May' AND CAST(Staring_Date AS INTEGER) > 10", None),
]

# ---------------------------------------------------------------- dog_kennels
# quirks: size/breed/treatment stored as codes; role code misspelled 'Veterenarian';
# dog age/weight stored as text; abandoned flag is '1'/'0'.
ITEMS["dog_kennels"] = [
    ("count",
     "how many dogs were abandoned?",
     "Count of dogs flagged as abandoned.",
     "SELECT COUNT(*) FROM Dogs WHERE abandoned_yn = '1'", None),
    ("list",
     "list all the professionals with their first name, last name and role",
     "Show every staff professional: first + last name and what role they have.",
     "SELECT first_name, last_name, role_code FROM Professionals", None),
    ("filter-text",
     "Which of the dogs are huskies? Name and age please.",
     "show name and age for every husky in the kennel",
     "SELECT d.name, d.age FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'", None),
    ("filter-number",
     "dogs weighing over 8 - name and weight",
     "Which dogs have a recorded weight above eight? Give name and weight.",
     "SELECT name, weight FROM Dogs WHERE CAST(weight AS REAL) > 8", None),
    ("aggregate",
     "avg cost of a vaccination?",
     "On average, what does a vaccine treatment cost us?",
     "SELECT AVG(t.cost_of_treatment) FROM Treatments t JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code "
     "WHERE tt.treatment_type_description = 'Vaccination'", None),
    ("superlative",
     "which dog got the priciest treatment? dog name and the cost",
     "Show the name of the dog that received the single most expensive treatment, plus what it cost.",
     "SELECT d.name, t.cost_of_treatment FROM Treatments t JOIN Dogs d ON t.dog_id = d.dog_id "
     "ORDER BY t.cost_of_treatment DESC LIMIT 1",
     "SELECT cost_of_treatment FROM Treatments ORDER BY cost_of_treatment DESC"),
    ("group",
     "number of dogs per size (use the size name)",
     "How many dogs do we have in each size category? size description and count",
     "SELECT s.size_description, COUNT(*) FROM Dogs d JOIN Sizes s ON d.size_code = s.size_code GROUP BY s.size_description", None),
    ("join",
     "List each treatment with the dog's name, what kind of treatment it was, and the cost",
     "for all treatments show dog name, treatment description and cost of treatment",
     "SELECT d.name, tt.treatment_type_description, t.cost_of_treatment FROM Treatments t "
     "JOIN Dogs d ON t.dog_id = d.dog_id JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code", None),
    ("set",
     "owners who don't have any dogs registered - first name, last name, state",
     "Which dog owners in the system have no dogs at all? Give their first and last names and their state.",
     "SELECT first_name, last_name, state FROM Owners WHERE owner_id NOT IN (SELECT owner_id FROM Dogs)", None),
    ("ratio",
     "What percentage of our dogs are big dogs?",
     "share of dogs in the large size class, in percent",
     "SELECT 100.0 * SUM(CASE WHEN size_code = 'LGE' THEN 1 ELSE 0 END) / COUNT(*) FROM Dogs", None),
    ("compare-to-aggregate",
     "dogs older than the avg dog age, w/ their age",
     "Which dogs are above the average age of all dogs? List name and age.",
     "SELECT name, age FROM Dogs WHERE CAST(age AS REAL) > (SELECT AVG(CAST(age AS REAL)) FROM Dogs)", None),
    ("filter-text",
     "list the veterinarians and the city each one lives in",
     "Which professionals are vets? Show first name, last name and city.",
     "SELECT first_name, last_name, city FROM Professionals WHERE role_code = 'Veterenarian'", None),
]

# ---------------------------------------------------------------- flight_2
# quirks: airports text columns padded with spaces (some cities carry a state suffix such as
# 'Ann Arbor MI', some have leading spaces); flights.SourceAirport/DestAirport carry a leading space.
ITEMS["flight_2"] = [
    ("count",
     "how many flights depart from Aberdeen?",
     "Total number of flights leaving any airport in the city of Aberdeen.",
     "SELECT COUNT(*) FROM flights f JOIN airports a ON TRIM(f.SourceAirport) = a.AirportCode WHERE TRIM(a.City) = 'Aberdeen'", None),
    ("list",
     "list all airlines and their abbreviations",
     "What carriers are in the system? Show the airline name plus its short code.",
     "SELECT Airline, Abbreviation FROM airlines", None),
    ("filter-text",
     "what airports are there in Anchorage? code + name",
     "Show airport codes and airport names for Anchorage.",
     "SELECT AirportCode, TRIM(AirportName) FROM airports WHERE TRIM(City) = 'Anchorage'", None),
    ("filter-number",
     "JetBlue flights numbered below one hundred - flight no, from, to",
     "Which JetBlue flights have a flight number under 100? Show the number and the origin and destination airport codes.",
     "SELECT f.FlightNo, TRIM(f.SourceAirport), TRIM(f.DestAirport) FROM flights f JOIN airlines al ON f.Airline = al.uid "
     "WHERE al.Airline = 'JetBlue Airways' AND f.FlightNo < 100", None),
    ("aggregate",
     "highest flight number Southwest uses?",
     "What's the max flight # among Southwest Airlines flights?",
     "SELECT MAX(f.FlightNo) FROM flights f JOIN airlines al ON f.Airline = al.uid WHERE al.Airline = 'Southwest Airlines'", None),
    ("superlative",
     "Which city has the most airports?",
     "name the city that is home to the largest number of airports",
     "SELECT TRIM(City) FROM airports GROUP BY TRIM(City) ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT COUNT(*) FROM airports GROUP BY TRIM(City) ORDER BY COUNT(*) DESC"),
    ("group",
     "how many flights does each airline run into Athens? airline + count",
     "Per carrier, count the flights whose destination is an airport in Athens.",
     "SELECT al.Airline, COUNT(*) FROM flights f JOIN airlines al ON f.Airline = al.uid "
     "JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) = 'Athens' GROUP BY al.Airline", None),
    ("join",
     "Flights leaving Aspen: show the airline, flight number and the destination city",
     "for every departure out of Aspen, list carrier name, flight # and which city it flies to",
     "SELECT al.Airline, f.FlightNo, TRIM(d.City) FROM flights f JOIN airlines al ON f.Airline = al.uid "
     "JOIN airports s ON TRIM(f.SourceAirport) = s.AirportCode JOIN airports d ON TRIM(f.DestAirport) = d.AirportCode "
     "WHERE TRIM(s.City) = 'Aspen'", None),
    ("set",
     "which airlines never fly into Ann Arbor?",
     "Name the carriers that have no flight with an Ann Arbor airport as destination.",
     "SELECT Airline FROM airlines WHERE uid NOT IN (SELECT f.Airline FROM flights f JOIN airports a "
     "ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) LIKE 'Ann Arbor%')", None),
    ("ratio",
     "what % of flights land at an air force base (AFB airports)?",
     "Percentage of all flights whose destination airport is an Air Force Base.",
     "SELECT 100.0 * SUM(CASE WHEN a.AirportName LIKE '%AFB%' THEN 1 ELSE 0 END) / COUNT(*) FROM flights f "
     "JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode", None),
    ("compare-to-aggregate",
     "airports with more departing flights than the average airport - code and # of departures",
     "Which airports send out more flights than the per-airport average? Give code and departure count.",
     "SELECT TRIM(SourceAirport), COUNT(*) FROM flights GROUP BY TRIM(SourceAirport) "
     "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT TRIM(SourceAirport)) FROM flights)", None),
    ("join",
     "Show me all the flights going into Ann Arbor, with airline name and flight number",
     "list carrier and flight no for every flight whose destination is Ann Arbor",
     "SELECT al.Airline, f.FlightNo FROM flights f JOIN airlines al ON f.Airline = al.uid "
     "JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode WHERE TRIM(a.City) LIKE 'Ann Arbor%'", None),
]

# ---------------------------------------------------------------- network_1
# quirks: Friend stores each friendship once (one direction) -> count both sides;
# duplicate first names (two Gabriels, two Jordans).
FRIEND_BOTH = ("(SELECT student_id AS sid, friend_id AS fid FROM Friend UNION ALL "
               "SELECT friend_id, student_id FROM Friend)")
ITEMS["network_1"] = [
    ("count",
     "how many kids like somebody?",
     "Number of distinct high schoolers who have a like on record for someone else.",
     "SELECT COUNT(DISTINCT student_id) FROM Likes", None),
    ("list",
     "list all the high schoolers and their grade",
     "Show every student's name together with the grade they're in.",
     "SELECT name, grade FROM Highschooler", None),
    ("filter-text",
     "Jordan -- which grade? there might be more than one, give id and grade",
     "Show the ID and grade level for every student called Jordan.",
     "SELECT ID, grade FROM Highschooler WHERE name = 'Jordan'", None),
    ("filter-number",
     "who are the twelfth graders?",
     "Give me the names of students in grade 12.",
     "SELECT name FROM Highschooler WHERE grade = 12", None),
    ("aggregate",
     "avg grade of the students that somebody likes",
     "Among students who are liked by at least one other student, what is their mean grade level?",
     "SELECT AVG(grade) FROM Highschooler WHERE ID IN (SELECT liked_id FROM Likes)", None),
    ("superlative",
     "Which ninth grader has the most friends?",
     "among freshmen (grade 9) who has the biggest number of friends",
     "SELECT h.name FROM " + FRIEND_BOTH + " f JOIN Highschooler h ON f.sid = h.ID WHERE h.grade = 9 "
     "GROUP BY h.ID ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT COUNT(*) FROM " + FRIEND_BOTH + " f JOIN Highschooler h ON f.sid = h.ID WHERE h.grade = 9 "
     "GROUP BY h.ID ORDER BY COUNT(*) DESC"),
    ("group",
     "how many likes come from each grade?",
     "Count the likes given, broken down by the grade of the student doing the liking (grade + count).",
     "SELECT h.grade, COUNT(*) FROM Likes l JOIN Highschooler h ON l.student_id = h.ID GROUP BY h.grade", None),
    ("join",
     "show who likes whom, liker's name then the name of the person they like",
     "For every like, list the name of the student who likes and the name of the student being liked.",
     "SELECT a.name, b.name FROM Likes l JOIN Highschooler a ON l.student_id = a.ID JOIN Highschooler b ON l.liked_id = b.ID", None),
    ("set",
     "Who likes someone that doesn't like them back? names of the likers",
     "names of students whose like is one-sided (the other person doesn't like them in return)",
     "SELECT h.name FROM (SELECT student_id, liked_id FROM Likes EXCEPT SELECT liked_id, student_id FROM Likes) x "
     "JOIN Highschooler h ON x.student_id = h.ID", None),
    ("ratio",
     "what percent of students like at least one person?",
     "Share of all high schoolers (as a %) that appear as the liker in the likes table.",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT student_id) FROM Likes) / (SELECT COUNT(*) FROM Highschooler)", None),
    ("compare-to-aggregate",
     "Which students have more friends than the average student? give name and grade",
     "students w/ an above-average friend count - name, grade",
     "SELECT h.name, h.grade FROM " + FRIEND_BOTH + " f JOIN Highschooler h ON f.sid = h.ID GROUP BY h.ID "
     "HAVING COUNT(*) > (SELECT COUNT(*) * 2.0 / (SELECT COUNT(*) FROM Highschooler) FROM Friend)", None),
    ("join",
     "likes that cross grade lines: show liker name + grade and liked student's name + grade",
     "For likes between students in different grades, list the liker's name and grade and the liked person's name and grade.",
     "SELECT a.name, a.grade, b.name, b.grade FROM Likes l JOIN Highschooler a ON l.student_id = a.ID "
     "JOIN Highschooler b ON l.liked_id = b.ID WHERE a.grade <> b.grade", None),
]

# ---------------------------------------------------------------- pets_1
# quirks: city stored as 3-letter code (BAL, HKG, NYC ...), sex as 'F'/'M'.
ITEMS["pets_1"] = [
    ("count",
     "how many female students r there",
     "What's the number of women in the student table?",
     "SELECT COUNT(*) FROM Student WHERE Sex = 'F'", None),
    ("list",
     "list all pets with their type, age and weight",
     "Show each pet's kind, how old it is and how much it weighs.",
     "SELECT PetType, pet_age, weight FROM Pets", None),
    ("filter-text",
     "students who live in Baltimore - first and last name",
     "Give me the first name and surname of every student from Baltimore.",
     "SELECT Fname, LName FROM Student WHERE city_code = 'BAL'", None),
    ("filter-number",
     "Students aged 21 or older, show first name, last name, age",
     "which students are at least twenty-one? full name + age",
     "SELECT Fname, LName, Age FROM Student WHERE Age >= 21", None),
    ("aggregate",
     "avg weight of the dogs",
     "What do the dogs weigh on average?",
     "SELECT AVG(weight) FROM Pets WHERE PetType = 'dog'", None),
    ("superlative",
     "who's the oldest student? full name and age",
     "Show first name, last name and age of the student with the highest age.",
     "SELECT Fname, LName, Age FROM Student ORDER BY Age DESC LIMIT 1",
     "SELECT Age FROM Student ORDER BY Age DESC"),
    ("group",
     "number of students in each major",
     "For every major code, how many students are enrolled in it? (major + count)",
     "SELECT Major, COUNT(*) FROM Student GROUP BY Major", None),
    ("join",
     "Show each pet's type along with the first and last name of the student who owns it",
     "list pet type and owner's full name for all owned pets",
     "SELECT p.PetType, s.Fname, s.LName FROM Has_Pet hp JOIN Pets p ON hp.PetID = p.PetID JOIN Student s ON hp.StuID = s.StuID", None),
    ("set",
     "which city codes have both male and female students?",
     "List the cities (as codes) where we have at least one guy and at least one girl.",
     "SELECT city_code FROM Student WHERE Sex = 'M' INTERSECT SELECT city_code FROM Student WHERE Sex = 'F'", None),
    ("ratio",
     "What % of students own at least one pet?",
     "percentage of the student body that has a pet",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT StuID) FROM Has_Pet) / (SELECT COUNT(*) FROM Student)", None),
    ("compare-to-aggregate",
     "students older than the avg student age -- names and ages",
     "Which students are above the mean age? Show first name, last name, age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > (SELECT AVG(Age) FROM Student)", None),
    ("filter-text",
     "Any students from Hong Kong? first name, last name and sex",
     "Show the first and last name plus gender of each student whose home city is Hong Kong.",
     "SELECT Fname, LName, Sex FROM Student WHERE city_code = 'HKG'", None),
]

# ---------------------------------------------------------------- real_estate_properties
# quirks: addresses contain a newline and embed the state abbreviation; prices are mixed int/real.
ITEMS["real_estate_properties"] = [
    ("count",
     "how many apartments are listed?",
     "Count the properties whose type is apartment.",
     "SELECT COUNT(*) FROM Properties WHERE property_type_code = 'Apartment'", None),
    ("list",
     "list the properties with their type and number of rooms",
     "For every property show its name, the type code and the room count.",
     "SELECT property_name, property_type_code, room_count FROM Properties", None),
    ("filter-text",
     "which properties are in Utah? name and address",
     "Show property name and full address for listings located in the state of Utah.",
     "SELECT property_name, property_address FROM Properties WHERE property_address LIKE '%, UT %'", None),
    ("filter-number",
     "listings where the seller asked over 1,000,000 - name and asking price",
     "Which properties have a vendor requested price above one million? Show the property name and that price.",
     "SELECT property_name, vendor_requested_price FROM Properties WHERE vendor_requested_price > 1000000", None),
    ("aggregate",
     "what's the average agreed selling price for apartments?",
     "avg final sale price of apartment properties",
     "SELECT AVG(agreed_selling_price) FROM Properties WHERE property_type_code = 'Apartment'", None),
    ("superlative",
     "Which property sold for the most? Name and agreed price.",
     "show the name and agreed selling price of the top-priced sale",
     "SELECT property_name, agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC LIMIT 1",
     "SELECT agreed_selling_price FROM Properties ORDER BY agreed_selling_price DESC"),
    ("group",
     "number of properties per type, using the type description",
     "How many listings fall under each property type? Give the type description and the count.",
     "SELECT rpt.property_type_description, COUNT(*) FROM Properties p JOIN Ref_Property_Types rpt "
     "ON p.property_type_code = rpt.property_type_code GROUP BY rpt.property_type_description", None),
    ("join",
     "list each property's extra features: property name and feature name",
     "Show every property-feature pairing with the property name and the name of the feature.",
     "SELECT p.property_name, oaf.feature_name FROM Other_Property_Features opf JOIN Properties p ON opf.property_id = p.property_id "
     "JOIN Other_Available_Features oaf ON opf.feature_id = oaf.feature_id", None),
    ("set",
     "Which properties have no extra features at all?",
     "names of listings without any entry in the property features table",
     "SELECT property_name FROM Properties WHERE property_id NOT IN (SELECT property_id FROM Other_Property_Features)", None),
    ("ratio",
     "what % of properties have a pool?",
     "Percentage of all listings that come with a swimming pool feature.",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT opf.property_id) FROM Other_Property_Features opf JOIN Other_Available_Features oaf "
     "ON opf.feature_id = oaf.feature_id WHERE oaf.feature_name = 'Pool') / (SELECT COUNT(*) FROM Properties)", None),
    ("compare-to-aggregate",
     "properties with more rooms than average - name, rooms",
     "Which listings have a room count above the mean? Show property name and number of rooms.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > (SELECT AVG(room_count) FROM Properties)", None),
    ("filter-number",
     "Where did the buyer offer more than the seller asked? show name, asking price and offer",
     "list properties whose buyer offer exceeded the vendor's requested price, with both prices",
     "SELECT property_name, vendor_requested_price, buyer_offered_price FROM Properties "
     "WHERE buyer_offered_price > vendor_requested_price", None),
]

# ---------------------------------------------------------------- student_transcripts_tracking
# quirks: 'spring 2018' exists as two separate semester rows; one ssn is an empty string.
ITEMS["student_transcripts_tracking"] = [
    ("count",
     "how many enrollments were there in spring 2018?",
     "Number of student enrolment records for the Spring 2018 semester.",
     "SELECT COUNT(*) FROM Student_Enrolment se JOIN Semesters s ON se.semester_id = s.semester_id WHERE s.semester_name = 'spring 2018'", None),
    ("list",
     "list students with their first name, last name and email",
     "Show every student's first & last name and email address.",
     "SELECT first_name, last_name, email_address FROM Students", None),
    ("filter-text",
     "what degree programs does the statistics dept offer? id and degree name",
     "Show the program id and summary name of each degree run by the Statistics department.",
     "SELECT dp.degree_program_id, dp.degree_summary_name FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id "
     "WHERE d.department_name = 'statistics'", None),
    ("filter-number",
     "transcripts issued before 1980 - id and date",
     "Which transcripts are dated earlier than nineteen eighty? Show transcript id and date.",
     "SELECT transcript_id, transcript_date FROM Transcripts WHERE transcript_date < '1980-01-01'", None),
    ("aggregate",
     "earliest and latest transcript dates?",
     "What are the first and the most recent transcript dates on file?",
     "SELECT MIN(transcript_date), MAX(transcript_date) FROM Transcripts", None),
    ("superlative",
     "Which semester had the most enrollments?",
     "name of the semester with the highest number of student enrolments",
     "SELECT s.semester_name FROM Student_Enrolment se JOIN Semesters s ON se.semester_id = s.semester_id "
     "GROUP BY s.semester_id ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT COUNT(*) FROM Student_Enrolment GROUP BY semester_id ORDER BY COUNT(*) DESC"),
    ("group",
     "# of degree programs per department (dept name + count)",
     "For each department that offers degrees, how many degree programs does it have?",
     "SELECT d.department_name, COUNT(*) FROM Degree_Programs dp JOIN Departments d ON dp.department_id = d.department_id "
     "GROUP BY d.department_id", None),
    ("join",
     "For each enrolment show the student's first name, the degree name and the semester",
     "list enrolments w/ student first name, degree summary name and semester name",
     "SELECT st.first_name, dp.degree_summary_name, s.semester_name FROM Student_Enrolment se "
     "JOIN Students st ON se.student_id = st.student_id JOIN Degree_Programs dp ON se.degree_program_id = dp.degree_program_id "
     "JOIN Semesters s ON se.semester_id = s.semester_id", None),
    ("set",
     "students who never enrolled in any program - first and last name",
     "Which students have no enrolment record at all? Give their first and last names.",
     "SELECT first_name, last_name FROM Students WHERE student_id NOT IN (SELECT student_id FROM Student_Enrolment)", None),
    ("ratio",
     "What percent of degree programs are master's degrees?",
     "share of degree programs (in %) whose summary name is Master",
     "SELECT 100.0 * SUM(CASE WHEN degree_summary_name = 'Master' THEN 1 ELSE 0 END) / COUNT(*) FROM Degree_Programs", None),
    ("compare-to-aggregate",
     "transcripts that list more courses than the average transcript - id and # of courses",
     "Which transcripts contain an above-average number of course entries (averaged over transcripts that have any)? Show id and count.",
     "SELECT transcript_id, COUNT(*) FROM Transcript_Contents GROUP BY transcript_id "
     "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT transcript_id) FROM Transcript_Contents)", None),
    ("filter-text",
     "Which students currently live in Kentucky? first name, last name and city",
     "students whose current address is in Kentucky, with their first/last name and the city",
     "SELECT st.first_name, st.last_name, a.city FROM Students st JOIN Addresses a ON st.current_address_id = a.address_id "
     "WHERE a.state_province_county = 'Kentucky'", None),
]

# ---------------------------------------------------------------- voter_1
# quirks: VOTES.state has a trailing newline on one row ('NJ\n'); plain TRIM() only strips spaces,
# so TRIM(state, char(10, 13, 32)) is used before comparing/grouping/joining.
ITEMS["voter_1"] = [
    ("count",
     "how many votes came in from New York?",
     "Number of votes cast from the state of NY.",
     "SELECT COUNT(*) FROM VOTES WHERE TRIM(state, char(10, 13, 32)) = 'NY'", None),
    ("list",
     "list all contestants with their contestant number",
     "Show each contestant's number and name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS", None),
    ("filter-text",
     "which contestants are named Jessie? number and full name",
     "Show the contestant number and name for anybody whose first name is Jessie.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'", None),
    ("filter-number",
     "area codes above nine hundred and the state for each",
     "Which area codes are greater than 900? show code + state",
     "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code > 900", None),
    ("aggregate",
     "lowest and highest area code in California?",
     "For CA, what's the min and max area code?",
     "SELECT MIN(area_code), MAX(area_code) FROM AREA_CODE_STATE WHERE state = 'CA'", None),
    ("superlative",
     "Who got the most votes?",
     "name the contestant with the highest vote count",
     "SELECT c.contestant_name FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number "
     "GROUP BY c.contestant_number ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT COUNT(*) FROM VOTES GROUP BY contestant_number ORDER BY COUNT(*) DESC"),
    ("group",
     "votes per state",
     "How many votes did each state send in? state and number of votes.",
     "SELECT TRIM(state, char(10, 13, 32)), COUNT(*) FROM VOTES GROUP BY TRIM(state, char(10, 13, 32))", None),
    ("join",
     "show each vote with the contestant's name and the voter's state",
     "For all votes list the vote id, who it was for (name) and which state it came from.",
     "SELECT v.vote_id, c.contestant_name, TRIM(v.state, char(10, 13, 32)) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number", None),
    ("set",
     "Which contestants got zero votes?",
     "names of contestants that nobody voted for",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)", None),
    ("ratio",
     "what % of the votes came from NY?",
     "Percentage of all votes that were cast in New York.",
     "SELECT 100.0 * SUM(CASE WHEN TRIM(state, char(10, 13, 32)) = 'NY' THEN 1 ELSE 0 END) / COUNT(*) FROM VOTES", None),
    ("compare-to-aggregate",
     "states having more area codes than the avg state - state and # of codes",
     "Which states have an above-average count of area codes? List the state with its number of codes.",
     "SELECT state, COUNT(*) FROM AREA_CODE_STATE GROUP BY state "
     "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT state) FROM AREA_CODE_STATE)", None),
    ("join",
     "Alana Bregman's vote came from which state, and what area codes does that state have? state + area code",
     "For the state(s) that voted for Alana Bregman, list the state and each of its area codes.",
     "SELECT a.state, a.area_code FROM AREA_CODE_STATE a WHERE a.state IN (SELECT TRIM(v.state, char(10, 13, 32)) FROM VOTES v "
     "JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number WHERE c.contestant_name = 'Alana Bregman')", None),
]


def fail(msg):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def main(verbose=False):
    out, errors = [], []
    seen_q = set()
    multi = 0
    kind_counts = collections.Counter()
    for db, items in ITEMS.items():
        if len(items) != 12:
            errors.append(f"{db}: {len(items)} items, expected 12")
        kinds = collections.Counter(i[0] for i in items)
        for k in KINDS:
            if kinds[k] < 1:
                errors.append(f"{db}: kind {k} missing")
        for k in kinds:
            if k not in KINDS:
                errors.append(f"{db}: unknown kind {k}")
        con = sqlite3.connect(f"file:{DBROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
        for kind, q, para, sql, tie in items:
            for text in (q, para):
                key = re.sub(r"\W+", " ", text.lower()).strip()
                if key in seen_q:
                    errors.append(f"duplicate question: {text}")
                seen_q.add(key)
            if q.strip().lower() == para.strip().lower():
                errors.append(f"paraphrase identical: {q}")
            try:
                cur = con.execute(sql)
                rows = cur.fetchall()
                ncol = len(cur.description)
            except Exception as e:
                errors.append(f"{db}: query error {e}: {sql}")
                continue
            if not rows:
                errors.append(f"{db}: empty result: {q}")
            elif all(v is None for r in rows for v in r):
                errors.append(f"{db}: all-NULL result: {q}")
            if "ROUND(" in sql.upper():
                errors.append(f"{db}: ROUND in gold: {q}")
            m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
            if m:
                n = int(m.group(1))
                if not tie:
                    errors.append(f"{db}: LIMIT without tie check: {q}")
                else:
                    vals = [r for r in con.execute(tie).fetchall()]
                    if len(vals) > n and vals[n - 1] == vals[n]:
                        errors.append(f"{db}: LIMIT {n} cut-off tied ({vals[n-1]}): {q}")
            elif tie:
                errors.append(f"{db}: tie check given but no LIMIT: {q}")
            if ncol >= 2:
                multi += 1
            kind_counts[kind] += 1
            if verbose:
                print(f"[{db}/{kind}] {q}\n   cols={ncol} rows={len(rows)} {rows[:6]}")
            out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
        con.close()
    if len(out) != 108:
        errors.append(f"total {len(out)} != 108")
    if multi * 2 < len(out):
        errors.append(f"only {multi} of {len(out)} items ask for 2+ columns")
    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print(f"wrote {OUT}: {len(out)} items; 2+ columns: {multi}")
    print("per kind:", dict(sorted(kind_counts.items())))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
