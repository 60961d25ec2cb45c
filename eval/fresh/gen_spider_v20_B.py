#!/usr/bin/env python3
"""Generate spider_v20_B.json (half B, 12 questions per database). python3 stdlib only."""
# ---- shared checks (identical in gen_spider_v20_A.py and gen_spider_v20_B.py) ----
import collections
import json
import os
import re
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]


def _scan(sql):
    """Yield (index, char, depth) for characters outside quotes/identifier quotes."""
    depth = 0
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"`[":
            close = "]" if c == "[" else c
            j = i + 1
            while j < n:
                if sql[j] == close:
                    if close != "]" and j + 1 < n and sql[j + 1] == close:
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, c, depth
        i += 1


def _top_level_keyword_positions(sql, kw):
    """Positions of keyword kw (regex) occurring at parenthesis depth 0 and outside quotes."""
    mask = [" "] * len(sql)
    for i, c, d in _scan(sql):
        if d == 0 and c not in "()":
            mask[i] = c
    masked = "".join(mask)
    return [m for m in re.finditer(kw, masked, re.I)]


def db_path(db):
    return os.path.join(DB_ROOT, db, db + ".sqlite")


def check_limit_ties(conn, sql):
    """For a query ending in LIMIT n: fail if rows n and n+1 tie on the ORDER BY value."""
    limits = list(re.finditer(r"\bLIMIT\b", sql, re.I))
    if not limits:
        return None
    m = re.search(r"\bLIMIT\s+(\d+)\s*;?\s*$", sql, re.I)
    if not m or len(limits) != 1:
        raise AssertionError("LIMIT must appear once, at the very end: " + sql)
    n = int(m.group(1))
    body = sql[:m.start()].rstrip()
    if _top_level_keyword_positions(body, r"\b(UNION|INTERSECT|EXCEPT)\b"):
        raise AssertionError("compound query with LIMIT not supported: " + sql)
    obs = _top_level_keyword_positions(body, r"\bORDER\s+BY\b")
    if not obs:
        raise AssertionError("LIMIT without ORDER BY: " + sql)
    ob = obs[-1]
    expr = body[ob.end():].strip()
    expr = re.sub(r"\s+(ASC|DESC)\s*$", "", expr, flags=re.I).strip()
    if any(c == "," and d == 0 for _, c, d in _scan(expr)):
        raise AssertionError("multi-key ORDER BY not allowed with LIMIT: " + sql)
    sel = re.match(r"\s*SELECT\s+", body, re.I)
    if not sel or re.match(r"\s*SELECT\s+DISTINCT\b", body, re.I):
        raise AssertionError("LIMIT query must start with plain SELECT: " + sql)
    froms = _top_level_keyword_positions(body, r"\bFROM\b")
    if not froms:
        raise AssertionError("no top-level FROM: " + sql)
    probe = "SELECT " + expr + " " + body[froms[0].start():] + " LIMIT %d" % (n + 1)
    rows = conn.execute(probe).fetchall()
    if len(rows) > n and rows[n - 1][0] == rows[n][0]:
        raise AssertionError("tie at LIMIT %d (value %r): %s" % (n, rows[n][0], sql))
    return rows


def run_checks(items, per_db, dbs, out_name):
    """items: list of dicts with db, kind, question, paraphrase, query."""
    errors = []
    out = []
    by_db = collections.Counter()
    by_kind = collections.Counter()
    multi = 0
    seen_q = set()
    for it in items:
        db = it["db"]
        if db not in dbs:
            errors.append("unknown db %s" % db)
            continue
        if it["kind"] not in KINDS:
            errors.append("bad kind %s" % it["kind"])
        q, p, sql = it["question"].strip(), it["paraphrase"].strip(), it["query"].strip()
        if not q or not p or q.lower() == p.lower():
            errors.append("question/paraphrase missing or identical: %r" % q)
        if q.lower() in seen_q:
            errors.append("duplicate question %r" % q)
        seen_q.add(q.lower())
        conn = sqlite3.connect("file:%s?mode=ro" % db_path(db), uri=True)
        try:
            cur = conn.execute(sql)
            rows = cur.fetchall()
            ncols = len(cur.description)
            if not rows:
                errors.append("[%s] empty result: %s" % (db, sql))
            elif all(v is None for r in rows for v in r):
                errors.append("[%s] all-NULL result: %s" % (db, sql))
            check_limit_ties(conn, sql)
        except Exception as e:  # noqa
            errors.append("[%s] %s :: %s" % (db, e, sql))
            ncols = 0
        finally:
            conn.close()
        by_db[db] += 1
        by_kind[it["kind"]] += 1
        if ncols >= 2:
            multi += 1
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": it["kind"]})
    for db in dbs:
        if by_db[db] != per_db:
            errors.append("db %s has %d questions, expected %d" % (db, by_db[db], per_db))
        kinds_here = {it["kind"] for it in items if it["db"] == db}
        missing = [k for k in KINDS if k not in kinds_here]
        if missing:
            errors.append("db %s lacks kinds %s" % (db, missing))
    if errors:
        print("CHECKS FAILED; nothing written", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    path = os.path.join(OUT_DIR, out_name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("wrote %s: %d questions" % (path, len(out)))
    print("  per kind:", dict(sorted(by_kind.items())))
    print("  two-or-more columns: %d / %d" % (multi, len(out)))
    return out

# ---- half B questions: (db_id, kind, question, paraphrase, gold SQL) ----
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]
PER_DB = 12
OUT_NAME = "spider_v20_B.json"

QUESTIONS = [
    # ------------------------------------------------------------ car_1
    ("car_1", "count",
     "how many car makers are there",
     "Number of car manufacturers in the data?",
     "SELECT count(*) FROM car_makers"),
    ("car_1", "list",
     "car makers and their full names",
     "List each maker's short name together with its full name.",
     "SELECT Maker, FullName FROM car_makers"),
    ("car_1", "filter-text",
     "all the volvo cars",
     "Which car names belong to the volvo model line?",
     "SELECT Make FROM car_names WHERE Model = 'volvo'"),
    ("car_1", "filter-number",
     "cars with over 200 hp - name and horsepower",
     "Which cars have a horsepower greater than 200? Show the car name and its hp.",
     "SELECT cn.Make, cd.Horsepower FROM cars_data cd JOIN car_names cn ON cd.Id = cn.MakeId "
     "WHERE CAST(cd.Horsepower AS INTEGER) > 200"),
    ("car_1", "aggregate",
     "avg weight and acceleration of 1970 cars",
     "For cars from the year 1970, what are the mean weight and the mean acceleration?",
     "SELECT avg(Weight), avg(Accelerate) FROM cars_data WHERE Year = 1970"),
    ("car_1", "superlative",
     "which maker has the most models, and how many",
     "Car maker with the largest number of models in the model list, plus that number",
     "SELECT m.FullName, count(*) FROM model_list l JOIN car_makers m ON l.Maker = m.Id "
     "GROUP BY m.Id ORDER BY count(*) DESC LIMIT 1"),
    ("car_1", "group",
     "number of cars per year",
     "How many cars are there for each model year?",
     "SELECT Year, count(*) FROM cars_data GROUP BY Year"),
    ("car_1", "join",
     "japanese car makers (full names)",
     "Which car manufacturers are based in Japan?",
     "SELECT m.FullName FROM car_makers m JOIN countries c ON m.Country = c.CountryId "
     "WHERE c.CountryName = 'japan'"),
    ("car_1", "set",
     "countries with no car makers",
     "Which countries don't have a single car maker?",
     "SELECT CountryName FROM countries WHERE CountryId NOT IN (SELECT Country FROM car_makers)"),
    ("car_1", "ratio",
     "what percent of cars have 4 cylinders",
     "Share of cars with four cylinders, as a percentage.",
     "SELECT 100.0 * sum(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / count(*) FROM cars_data"),
    ("car_1", "compare-to-aggregate",
     "how many cars are heavier than average",
     "Count the cars whose weight is above the mean weight.",
     "SELECT count(*) FROM cars_data WHERE Weight > (SELECT avg(Weight) FROM cars_data)"),
    ("car_1", "group",
     "number of car makers per continent",
     "How many manufacturers does each continent have?",
     "SELECT ct.Continent, count(*) FROM car_makers m JOIN countries c ON m.Country = c.CountryId "
     "JOIN continents ct ON c.Continent = ct.ContId GROUP BY ct.Continent"),

    # ------------------------------------------------------------ course_teach
    ("course_teach", "count",
     "how many teachers",
     "What's the number of teachers?",
     "SELECT count(*) FROM teacher"),
    ("course_teach", "list",
     "courses and their start dates",
     "Show every course with the date it starts.",
     "SELECT Course, Staring_Date FROM course"),
    ("course_teach", "filter-text",
     "teachers from an urban district",
     "Which teachers have a hometown that is an Urban District?",
     "SELECT Name FROM teacher WHERE Hometown LIKE '%Urban District%'"),
    ("course_teach", "filter-number",
     "teachers younger than 30 with ages",
     "Who are the teachers under thirty? name and age",
     "SELECT Name, Age FROM teacher WHERE CAST(Age AS INTEGER) < 30"),
    ("course_teach", "aggregate",
     "average teacher age",
     "mean age of the teachers?",
     "SELECT avg(CAST(Age AS INTEGER)) FROM teacher"),
    ("course_teach", "superlative",
     "teacher who teaches the most courses + how many",
     "Which teacher has the largest number of course assignments, and how many?",
     "SELECT t.Name, count(*) FROM course_arrange a JOIN teacher t ON a.Teacher_ID = t.Teacher_ID "
     "GROUP BY t.Teacher_ID ORDER BY count(*) DESC LIMIT 1"),
    ("course_teach", "group",
     "how many course arrangements per grade",
     "Number of course assignments for each grade.",
     "SELECT Grade, count(*) FROM course_arrange GROUP BY Grade"),
    ("course_teach", "join",
     "who teaches math and for which grade",
     "Names of the Math teachers with the grade they teach it to.",
     "SELECT t.Name, a.Grade FROM course_arrange a JOIN teacher t ON a.Teacher_ID = t.Teacher_ID "
     "JOIN course c ON a.Course_ID = c.Course_ID WHERE c.Course = 'Math'"),
    ("course_teach", "set",
     "teachers with no course assigned",
     "Which teachers aren't teaching anything?",
     "SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)"),
    ("course_teach", "ratio",
     "what percentage of courses have a teacher assigned",
     "Share of courses with at least one teacher arranged, in percent.",
     "SELECT 100.0 * count(DISTINCT Course_ID) / (SELECT count(*) FROM course) FROM course_arrange"),
    ("course_teach", "compare-to-aggregate",
     "teachers older than the average age",
     "Which teachers are above the mean teacher age?",
     "SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > (SELECT avg(CAST(Age AS INTEGER)) FROM teacher)"),
    ("course_teach", "join",
     "courses taught by teachers over 40 - teacher and course",
     "For the teachers older than 40, which courses do they teach? show teacher name and course.",
     "SELECT t.Name, c.Course FROM course_arrange a JOIN teacher t ON a.Teacher_ID = t.Teacher_ID "
     "JOIN course c ON a.Course_ID = c.Course_ID WHERE CAST(t.Age AS INTEGER) > 40"),

    # ------------------------------------------------------------ dog_kennels
    ("dog_kennels", "count",
     "how many veterinarians are there",
     "Count of the professionals who are vets.",
     "SELECT count(*) FROM Professionals WHERE role_code = 'Veterenarian'"),
    ("dog_kennels", "list",
     "owners first and last names",
     "List all dog owners by first and last name.",
     "SELECT first_name, last_name FROM Owners"),
    ("dog_kennels", "filter-text",
     "names of owners in North Dakota",
     "Which owners live in the state of North Dakota? give first & last name",
     "SELECT first_name, last_name FROM Owners WHERE state = 'NorthDakota'"),
    ("dog_kennels", "filter-number",
     "dogs 8 years or older, with age",
     "Which dogs are at least eight years old? Show name and age.",
     "SELECT name, age FROM Dogs WHERE CAST(age AS INTEGER) >= 8"),
    ("dog_kennels", "aggregate",
     "total spent on treatments",
     "What is the sum of all treatment costs?",
     "SELECT sum(cost_of_treatment) FROM Treatments"),
    ("dog_kennels", "superlative",
     "professional who did the most treatments - first & last name and count",
     "Which professional has performed the highest number of treatments? include how many.",
     "SELECT p.first_name, p.last_name, count(*) FROM Treatments t "
     "JOIN Professionals p ON t.professional_id = p.professional_id "
     "GROUP BY p.professional_id ORDER BY count(*) DESC LIMIT 1"),
    ("dog_kennels", "group",
     "dogs per breed",
     "How many dogs are there of each breed? use the breed name",
     "SELECT b.breed_name, count(*) FROM Dogs d JOIN Breeds b ON d.breed_code = b.breed_code "
     "GROUP BY b.breed_name"),
    ("dog_kennels", "join",
     "dogs owned by Rachelle Funk",
     "What are the names of Rachelle Funk's dogs?",
     "SELECT d.name FROM Dogs d JOIN Owners o ON d.owner_id = o.owner_id "
     "WHERE o.first_name = 'Rachelle' AND o.last_name = 'Funk'"),
    ("dog_kennels", "set",
     "owners who have both a large dog and a medium dog",
     "Which owners own a large-sized dog as well as a medium-sized one? first and last names",
     "SELECT o.first_name, o.last_name FROM Owners o JOIN Dogs d ON o.owner_id = d.owner_id "
     "WHERE d.size_code = 'LGE' INTERSECT SELECT o.first_name, o.last_name FROM Owners o "
     "JOIN Dogs d ON o.owner_id = d.owner_id WHERE d.size_code = 'MED'"),
    ("dog_kennels", "ratio",
     "percentage of dogs that were abandoned",
     "what share of the dogs are marked as abandoned, in %",
     "SELECT 100.0 * sum(CASE WHEN abandoned_yn = '1' THEN 1 ELSE 0 END) / count(*) FROM Dogs"),
    ("dog_kennels", "compare-to-aggregate",
     "treatments that cost more than average: id and cost",
     "Which treatments were pricier than the average treatment? Give treatment ID and cost.",
     "SELECT treatment_id, cost_of_treatment FROM Treatments "
     "WHERE cost_of_treatment > (SELECT avg(cost_of_treatment) FROM Treatments)"),
    ("dog_kennels", "group",
     "avg treatment cost by treatment type",
     "For each type of treatment (by description), what's the mean cost?",
     "SELECT tt.treatment_type_description, avg(t.cost_of_treatment) FROM Treatments t "
     "JOIN Treatment_Types tt ON t.treatment_type_code = tt.treatment_type_code "
     "GROUP BY tt.treatment_type_description"),

    # ------------------------------------------------------------ flight_2
    ("flight_2", "count",
     "how many airlines",
     "Number of airlines in the db?",
     "SELECT count(*) FROM airlines"),
    ("flight_2", "list",
     "airline names with abbreviations",
     "Give each airline and its abbreviation.",
     "SELECT Airline, Abbreviation FROM airlines"),
    ("flight_2", "filter-text",
     "airports in Anchorage, code and name",
     "What airports serve the city of Anchorage? Show their codes and names.",
     "SELECT AirportCode, AirportName FROM airports WHERE TRIM(City) = 'Anchorage'"),
    ("flight_2", "filter-number",
     "flights with a flight number under 10: airline and flight no",
     "Which flights have a number below 10? Show the airline name and the flight number.",
     "SELECT a.Airline, f.FlightNo FROM flights f JOIN airlines a ON f.Airline = a.uid WHERE f.FlightNo < 10"),
    ("flight_2", "aggregate",
     "lowest and highest flight numbers",
     "What are the minimum and maximum flight numbers?",
     "SELECT min(FlightNo), max(FlightNo) FROM flights"),
    ("flight_2", "superlative",
     "city with the most airports and how many",
     "Which city has the largest number of airports? include the count",
     "SELECT TRIM(City), count(*) FROM airports GROUP BY TRIM(City) ORDER BY count(*) DESC LIMIT 1"),
    ("flight_2", "group",
     "cities with more than one airport, and how many each has",
     "For every city that has several airports, give the number of airports.",
     "SELECT TRIM(City), count(*) FROM airports GROUP BY TRIM(City) HAVING count(*) > 1"),
    ("flight_2", "join",
     "flights leaving aspen - airline, flight # and where to",
     "List the flights that depart from Aspen, with the airline name, the flight number and the destination airport code.",
     "SELECT al.Airline, f.FlightNo, TRIM(f.DestAirport) FROM flights f "
     "JOIN airports ap ON TRIM(f.SourceAirport) = ap.AirportCode "
     "JOIN airlines al ON f.Airline = al.uid WHERE TRIM(ap.City) = 'Aspen'"),
    ("flight_2", "set",
     "airlines with no flights out of ANC",
     "Which airlines don't operate any flight departing from ANC?",
     "SELECT Airline FROM airlines EXCEPT SELECT al.Airline FROM airlines al "
     "JOIN flights f ON f.Airline = al.uid WHERE TRIM(f.SourceAirport) = 'ANC'"),
    ("flight_2", "ratio",
     "what percentage of flights does United Airlines operate",
     "United Airlines' share of all flights, in percent",
     "SELECT 100.0 * sum(CASE WHEN a.Airline = 'United Airlines' THEN 1 ELSE 0 END) / count(*) "
     "FROM flights f JOIN airlines a ON f.Airline = a.uid"),
    ("flight_2", "compare-to-aggregate",
     "airports with more departing flights than average, code and count",
     "Which airports have an above-average number of outgoing flights? Show the code and the number of departures.",
     "SELECT TRIM(SourceAirport), count(*) FROM flights GROUP BY TRIM(SourceAirport) "
     "HAVING count(*) > (SELECT count(*) * 1.0 / count(DISTINCT TRIM(SourceAirport)) FROM flights)"),
    ("flight_2", "count",
     "how many flights arrive in albuquerque",
     "Number of flights landing at an Albuquerque airport.",
     "SELECT count(*) FROM flights f JOIN airports a ON TRIM(f.DestAirport) = a.AirportCode "
     "WHERE TRIM(a.City) = 'Albuquerque'"),

    # ------------------------------------------------------------ network_1
    ("network_1", "count",
     "how many 10th graders",
     "Number of high schoolers in grade 10?",
     "SELECT count(*) FROM Highschooler WHERE grade = 10"),
    ("network_1", "list",
     "names and grades of all the high schoolers",
     "List every student together with their grade.",
     "SELECT name, grade FROM Highschooler"),
    ("network_1", "filter-text",
     "what grade are the kids named Gabriel in",
     "Show the grades of the students called Gabriel.",
     "SELECT grade FROM Highschooler WHERE name = 'Gabriel'"),
    ("network_1", "filter-number",
     "ninth graders' names",
     "Which students are in grade 9?",
     "SELECT name FROM Highschooler WHERE grade = 9"),
    ("network_1", "aggregate",
     "average grade of all students",
     "Mean grade across the high schoolers.",
     "SELECT avg(grade) FROM Highschooler"),
    ("network_1", "superlative",
     "which grade gave out the most likes and how many",
     "Grade whose students like the most people, with the number of likes.",
     "SELECT h.grade, count(*) FROM Likes l JOIN Highschooler h ON l.student_id = h.ID "
     "GROUP BY h.grade ORDER BY count(*) DESC LIMIT 1"),
    ("network_1", "group",
     "how many students in each grade",
     "student count per grade",
     "SELECT grade, count(*) FROM Highschooler GROUP BY grade"),
    ("network_1", "join",
     "who likes whom, by name",
     "For each like, show the name of the student who likes and the name of the student who is liked.",
     "SELECT h1.name, h2.name FROM Likes l JOIN Highschooler h1 ON l.student_id = h1.ID "
     "JOIN Highschooler h2 ON l.liked_id = h2.ID"),
    ("network_1", "set",
     "students who like someone and are also liked by someone",
     "Which high schoolers both give and receive likes?",
     "SELECT name FROM Highschooler WHERE ID IN "
     "(SELECT student_id FROM Likes INTERSECT SELECT liked_id FROM Likes)"),
    ("network_1", "ratio",
     "what percentage of students are liked by at least one person",
     "Share of high schoolers who have been liked by somebody, in percent.",
     "SELECT 100.0 * count(DISTINCT liked_id) / (SELECT count(*) FROM Highschooler) FROM Likes"),
    ("network_1", "compare-to-aggregate",
     "students in a grade above the average grade, name + grade",
     "Which students have a grade higher than the mean grade? give name and grade",
     "SELECT name, grade FROM Highschooler WHERE grade > (SELECT avg(grade) FROM Highschooler)"),
    ("network_1", "join",
     "students who like someone in a lower grade",
     "Which students have a crush on somebody from a grade below theirs?",
     "SELECT h1.name FROM Likes l JOIN Highschooler h1 ON l.student_id = h1.ID "
     "JOIN Highschooler h2 ON l.liked_id = h2.ID WHERE h2.grade < h1.grade"),

    # ------------------------------------------------------------ pets_1
    ("pets_1", "count",
     "how many students",
     "Total number of students?",
     "SELECT count(*) FROM Student"),
    ("pets_1", "list",
     "all pets: id, type, age, weight",
     "Show every pet with its ID, its type, how old it is and its weight.",
     "SELECT PetID, PetType, pet_age, weight FROM Pets"),
    ("pets_1", "filter-text",
     "students from pittsburg",
     "Who lives in Pittsburgh? Give their first & last names.",
     "SELECT Fname, LName FROM Student WHERE city_code = 'PIT'"),
    ("pets_1", "filter-number",
     "students older than 25, names + ages",
     "Which students are over 25? Show first name, last name and age.",
     "SELECT Fname, LName, Age FROM Student WHERE Age > 25"),
    ("pets_1", "aggregate",
     "avg and max student age",
     "What's the average student age, and the oldest age?",
     "SELECT avg(Age), max(Age) FROM Student"),
    ("pets_1", "superlative",
     "which student owns the most pets and how many",
     "Student with the largest number of pets, and that number",
     "SELECT s.Fname, s.LName, count(*) FROM Has_Pet h JOIN Student s ON h.StuID = s.StuID "
     "GROUP BY s.StuID ORDER BY count(*) DESC LIMIT 1"),
    ("pets_1", "group",
     "students per major",
     "How many students are in each major?",
     "SELECT Major, count(*) FROM Student GROUP BY Major"),
    ("pets_1", "join",
     "Tracy Kim's pets - type and age",
     "What kind of pets does Tracy Kim have and how old are they?",
     "SELECT p.PetType, p.pet_age FROM Pets p JOIN Has_Pet h ON p.PetID = h.PetID "
     "JOIN Student s ON h.StuID = s.StuID WHERE s.Fname = 'Tracy' AND s.LName = 'Kim'"),
    ("pets_1", "set",
     "majors that have both male and female students",
     "Which majors include men as well as women?",
     "SELECT Major FROM Student WHERE Sex = 'M' INTERSECT SELECT Major FROM Student WHERE Sex = 'F'"),
    ("pets_1", "ratio",
     "% of students that are female",
     "What share of the students are women, in percent?",
     "SELECT 100.0 * sum(CASE WHEN Sex = 'F' THEN 1 ELSE 0 END) / count(*) FROM Student"),
    ("pets_1", "compare-to-aggregate",
     "pets heavier than average: id, type, weight",
     "Which pets weigh more than the mean pet weight? Show ID, type and weight.",
     "SELECT PetID, PetType, weight FROM Pets WHERE weight > (SELECT avg(weight) FROM Pets)"),
    ("pets_1", "set",
     "students from baltimore or who own a cat",
     "Who either lives in Baltimore or has a cat? first and last names",
     "SELECT Fname, LName FROM Student WHERE city_code = 'BAL' UNION "
     "SELECT s.Fname, s.LName FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID "
     "JOIN Pets p ON h.PetID = p.PetID WHERE p.PetType = 'cat'"),

    # ------------------------------------------------------------ real_estate_properties
    ("real_estate_properties", "count",
     "how many apartments are listed",
     "Number of properties whose type is apartment?",
     "SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment'"),
    ("real_estate_properties", "list",
     "property names and their types",
     "List every property's name with its property type.",
     "SELECT property_name, property_type_code FROM Properties"),
    ("real_estate_properties", "filter-text",
     "properties in Utah",
     "Which properties have an address in Utah?",
     "SELECT property_name FROM Properties WHERE property_address LIKE '%, UT %'"),
    ("real_estate_properties", "filter-number",
     "properties with more than 7 rooms, name and rooms",
     "Which properties have over seven rooms? Show the name and the room count.",
     "SELECT property_name, room_count FROM Properties WHERE room_count > 7"),
    ("real_estate_properties", "aggregate",
     "average agreed selling price",
     "Mean of the agreed selling prices across all properties.",
     "SELECT avg(agreed_selling_price) FROM Properties"),
    ("real_estate_properties", "superlative",
     "property with the highest asking price and that price",
     "Which property had the largest vendor requested price, and what was it?",
     "SELECT property_name, vendor_requested_price FROM Properties ORDER BY vendor_requested_price DESC LIMIT 1"),
    ("real_estate_properties", "group",
     "count of properties per type",
     "How many properties are there of each property type?",
     "SELECT property_type_code, count(*) FROM Properties GROUP BY property_type_code"),
    ("real_estate_properties", "join",
     "properties with a swimming pool",
     "Which properties have the Pool feature?",
     "SELECT DISTINCT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id "
     "JOIN Other_Available_Features a ON f.feature_id = a.feature_id WHERE a.feature_name = 'Pool'"),
    ("real_estate_properties", "set",
     "properties with air con but no pool",
     "Which properties have AirCon but not a swimming pool?",
     "SELECT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id "
     "JOIN Other_Available_Features a ON f.feature_id = a.feature_id WHERE a.feature_name = 'AirCon' EXCEPT "
     "SELECT p.property_name FROM Properties p JOIN Other_Property_Features f ON p.property_id = f.property_id "
     "JOIN Other_Available_Features a ON f.feature_id = a.feature_id WHERE a.feature_name = 'Pool'"),
    ("real_estate_properties", "ratio",
     "properties that sold for more than double the asking price, with both prices",
     "Which properties had an agreed selling price over twice the vendor's requested price? "
     "Show name, requested price and agreed price.",
     "SELECT property_name, vendor_requested_price, agreed_selling_price FROM Properties "
     "WHERE agreed_selling_price > 2 * vendor_requested_price"),
    ("real_estate_properties", "compare-to-aggregate",
     "properties with more rooms than average",
     "Which properties have a room count above the mean?",
     "SELECT property_name FROM Properties WHERE room_count > (SELECT avg(room_count) FROM Properties)"),
    ("real_estate_properties", "group",
     "average room count per property type",
     "For each property type, what's the mean number of rooms?",
     "SELECT property_type_code, avg(room_count) FROM Properties GROUP BY property_type_code"),

    # ------------------------------------------------------------ student_transcripts_tracking
    ("student_transcripts_tracking", "count",
     "how many courses",
     "Number of courses offered?",
     "SELECT count(*) FROM Courses"),
    ("student_transcripts_tracking", "list",
     "students first, middle and last names",
     "Give the full names (first, middle, last) of all students.",
     "SELECT first_name, middle_name, last_name FROM Students"),
    ("student_transcripts_tracking", "filter-text",
     "addresses in kentucky: street line and city",
     "Which addresses are in Kentucky? Show line 1 and the city.",
     "SELECT line_1, city FROM Addresses WHERE state_province_county = 'Kentucky'"),
    ("student_transcripts_tracking", "filter-number",
     "transcripts dated 2000 or later",
     "Which transcripts were issued from the year 2000 onwards? id and date",
     "SELECT transcript_id, transcript_date FROM Transcripts WHERE transcript_date >= '2000-01-01'"),
    ("student_transcripts_tracking", "aggregate",
     "earliest and latest transcript date",
     "When were the first and the most recent transcripts dated?",
     "SELECT min(transcript_date), max(transcript_date) FROM Transcripts"),
    ("student_transcripts_tracking", "superlative",
     "semester with the most enrolments and how many",
     "Which semester has the largest number of student enrolments? include the count",
     "SELECT sm.semester_name, count(*) FROM Student_Enrolment e JOIN Semesters sm ON e.semester_id = sm.semester_id "
     "GROUP BY sm.semester_id ORDER BY count(*) DESC LIMIT 1"),
    ("student_transcripts_tracking", "group",
     "number of degree programs by degree type",
     "How many programs are there per degree summary name (bachelor, master, PhD)?",
     "SELECT degree_summary_name, count(*) FROM Degree_Programs GROUP BY degree_summary_name"),
    ("student_transcripts_tracking", "join",
     "departments offering a PhD",
     "Which departments have PhD programs?",
     "SELECT d.department_name FROM Departments d JOIN Degree_Programs p ON d.department_id = p.department_id "
     "WHERE p.degree_summary_name = 'PHD'"),
    ("student_transcripts_tracking", "set",
     "students who never enrolled",
     "Which students have no enrolment at all? first and last name",
     "SELECT first_name, last_name FROM Students EXCEPT SELECT s.first_name, s.last_name FROM Students s "
     "JOIN Student_Enrolment e ON s.student_id = e.student_id"),
    ("student_transcripts_tracking", "ratio",
     "what percent of degree programs are masters",
     "Share of the degree programs that are Master's, in percent.",
     "SELECT 100.0 * sum(CASE WHEN degree_summary_name = 'Master' THEN 1 ELSE 0 END) / count(*) "
     "FROM Degree_Programs"),
    ("student_transcripts_tracking", "compare-to-aggregate",
     "students with more enrolments than the average student, with their counts",
     "Which students enrolled more times than average? name and number of enrolments",
     "SELECT s.first_name, s.last_name, count(*) FROM Student_Enrolment e JOIN Students s "
     "ON e.student_id = s.student_id GROUP BY s.student_id "
     "HAVING count(*) > (SELECT count(*) * 1.0 / count(DISTINCT student_id) FROM Student_Enrolment)"),
    ("student_transcripts_tracking", "join",
     "semesters Frida Huel enrolled in",
     "In which semesters did Frida Huel enrol?",
     "SELECT DISTINCT sm.semester_name FROM Student_Enrolment e JOIN Students s ON e.student_id = s.student_id "
     "JOIN Semesters sm ON e.semester_id = sm.semester_id WHERE s.first_name = 'Frida' AND s.last_name = 'Huel'"),

    # ------------------------------------------------------------ voter_1
    ("voter_1", "count",
     "how many contestants",
     "Number of contestants?",
     "SELECT count(*) FROM CONTESTANTS"),
    ("voter_1", "list",
     "contestant numbers and names",
     "List each contestant's number and name.",
     "SELECT contestant_number, contestant_name FROM CONTESTANTS"),
    ("voter_1", "filter-text",
     "contestants named Jessie",
     "Which contestants have the first name Jessie?",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_name LIKE 'Jessie %'"),
    ("voter_1", "filter-number",
     "area codes in the 900s and their states",
     "Which area codes fall between 900 and 999? Show the code and the state.",
     "SELECT area_code, state FROM AREA_CODE_STATE WHERE area_code BETWEEN 900 AND 999"),
    ("voter_1", "aggregate",
     "time of first and last vote",
     "When was the earliest vote cast, and when the latest?",
     "SELECT min(created), max(created) FROM VOTES"),
    ("voter_1", "superlative",
     "contestant with the most votes and the vote count",
     "Who received the highest number of votes, and how many?",
     "SELECT c.contestant_name, count(*) FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number "
     "GROUP BY c.contestant_number ORDER BY count(*) DESC LIMIT 1"),
    ("voter_1", "group",
     "area codes per state",
     "How many area codes does each state have?",
     "SELECT state, count(*) FROM AREA_CODE_STATE GROUP BY state"),
    ("voter_1", "join",
     "who got votes from New York",
     "Names of the contestants who received votes from voters in the state of New York.",
     "SELECT DISTINCT c.contestant_name FROM VOTES v JOIN CONTESTANTS c ON v.contestant_number = c.contestant_number "
     "WHERE v.state = 'NY'"),
    ("voter_1", "set",
     "contestants that got no votes",
     "Which contestants received zero votes?",
     "SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)"),
    ("voter_1", "ratio",
     "what percentage of votes came from New York",
     "New York's share of all the votes, in percent",
     "SELECT 100.0 * sum(CASE WHEN state = 'NY' THEN 1 ELSE 0 END) / count(*) FROM VOTES"),
    ("voter_1", "compare-to-aggregate",
     "states with more area codes than average, with counts",
     "Which states have an above-average number of area codes? Show state and how many.",
     "SELECT state, count(*) FROM AREA_CODE_STATE GROUP BY state "
     "HAVING count(*) > (SELECT count(*) * 1.0 / count(DISTINCT state) FROM AREA_CODE_STATE)"),
    ("voter_1", "filter-text",
     "texas area codes",
     "What area codes belong to Texas?",
     "SELECT area_code FROM AREA_CODE_STATE WHERE state = 'TX'"),
]


if __name__ == "__main__":
    items = [dict(db=d, kind=k, question=q, paraphrase=p, query=s) for d, k, q, p, s in QUESTIONS]
    run_checks(items, PER_DB, DBS, OUT_NAME)
