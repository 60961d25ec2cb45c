#!/usr/bin/env python3
"""Unanswerable questions for the Spider v22 evaluation set (12 per half).

Each question asks for an attribute that no column of its database holds; the
gold "query" is "". Checks before writing: the attribute words occur in no
column or table name of the database (tables.json and the SQLite schema), and
the entity the question names really exists (anchor query returns a row), so
the question is plausible but cannot be answered."""
import json
import os
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
TABLES = "/work/shared/eval/spider/tables.json"
HERE = os.path.dirname(os.path.abspath(__file__))
PER_HALF = 12
HALF_DBS = {
    "A": ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"],
    "B": ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1"],
}

# (half, db_id, question, paraphrase, words naming the missing attribute, anchor SQL)
ITEMS = [
    ("A", "battle_death",
     "How many crew members were aboard HMS Avon?",
     "What was the crew size of the ship HMS Avon?",
     ["crew", "sailor"], "SELECT 1 FROM ship WHERE name = 'HMS Avon'"),
    ("A", "concert_singer",
     "How much did tickets cost for the Auditions concert?",
     "What was the ticket price for the concert called Auditions?",
     ["price", "ticket", "cost", "fee"], "SELECT 1 FROM concert WHERE concert_Name = 'Auditions'"),
    ("A", "concert_singer",
     "how long did the Home Visits concert last?",
     "What was the duration of the Home Visits concert?",
     ["duration", "length", "hour", "minute"], "SELECT 1 FROM concert WHERE concert_Name = 'Home Visits'"),
    ("A", "cre_Doc_Template_Mgt",
     "Who wrote the document 'Palm reading'?",
     "Who is the author of the Palm reading document?",
     ["author", "writer", "wrote", "creator"], "SELECT 1 FROM Documents WHERE Document_Name = 'Palm reading'"),
    ("A", "employee_hire_evaluation",
     "what's George Chuter's salary?",
     "How much is the employee George Chuter paid per year?",
     ["salary", "wage", "pay"], "SELECT 1 FROM employee WHERE Name = 'George Chuter'"),
    ("A", "museum_visit",
     "What's the street address of the Plaza Museum?",
     "Where exactly is Plaza Museum, address-wise?",
     ["address", "street", "location", "city"], "SELECT 1 FROM museum WHERE Name = 'Plaza Museum'"),
    ("A", "orchestra",
     "How many musicians play in the London Symphony Orchestra?",
     "What is the number of players in the London Symphony Orchestra's line-up?",
     ["musician", "member", "player", "size"],
     "SELECT 1 FROM orchestra WHERE Orchestra = 'London Symphony Orchestra'"),
    ("A", "poker_player",
     "how much does Aleksey Ostapenko weigh?",
     "What is Aleksey Ostapenko's body weight?",
     ["weight", "weigh", "mass"], "SELECT 1 FROM people WHERE Name = 'Aleksey Ostapenko'"),
    ("A", "singer",
     "What music genre is Cha Cha Slide?",
     "Which genre does the song Cha Cha Slide belong to?",
     ["genre", "style"], "SELECT 1 FROM song WHERE Title = 'Cha Cha Slide'"),
    ("A", "tvshow",
     "What's the monthly subscription price for Sky Music?",
     "How much does a Sky Music subscription cost per month?",
     ["price", "cost", "subscription", "fee", "monthly"], "SELECT 1 FROM TV_Channel WHERE series_name = 'Sky Music'"),
    ("A", "world_1",
     "What's the literacy rate in Brazil?",
     "What share of Brazil's adults can read and write?",
     ["literacy", "literate", "read"], "SELECT 1 FROM country WHERE Name = 'Brazil'"),
    ("A", "world_1",
     "which currency does Japan use?",
     "What is Japan's official currency?",
     ["currency", "money"], "SELECT 1 FROM country WHERE Name = 'Japan'"),

    ("B", "car_1",
     "What was the sticker price of the ford torino?",
     "How much did a new ford torino cost?",
     ["price", "cost", "msrp"], "SELECT 1 FROM car_names WHERE Make = 'ford torino'"),
    ("B", "car_1",
     "whats the fuel tank capacity of the mazda glc?",
     "How many gallons does the mazda glc's tank hold?",
     ["tank", "fuel", "capacity", "gallon"], "SELECT 1 FROM car_names WHERE Make = 'mazda glc'"),
    ("B", "course_teach",
     "What's Joseph Huts' salary?",
     "How much is the teacher Joseph Huts paid?",
     ["salary", "wage", "pay"], "SELECT 1 FROM teacher WHERE Name = 'Joseph Huts'"),
    ("B", "dog_kennels",
     "What color is the dog Kacey?",
     "Which coat colour does Kacey the dog have?",
     ["color", "colour", "coat"], "SELECT 1 FROM Dogs WHERE name = 'Kacey'"),
    ("B", "dog_kennels",
     "what's Kacey's microchip number?",
     "Which microchip ID is registered for the dog named Kacey?",
     ["chip", "microchip"], "SELECT 1 FROM Dogs WHERE name = 'Kacey'"),
    ("B", "flight_2",
     "What time does United flight 28 depart?",
     "Departure time of United Airlines flight number 28?",
     ["time", "depart", "schedule", "hour"],
     "SELECT 1 FROM flights f JOIN airlines a ON f.Airline = a.uid "
     "WHERE a.Airline = 'United Airlines' AND f.FlightNo = 28"),
    ("B", "flight_2",
     "How much is a ticket on JetBlue flight 1468?",
     "What's the fare for JetBlue Airways flight 1468?",
     ["price", "fare", "cost", "ticket"],
     "SELECT 1 FROM flights f JOIN airlines a ON f.Airline = a.uid "
     "WHERE a.Airline = 'JetBlue Airways' AND f.FlightNo = 1468"),
    ("B", "network_1",
     "What is Kyle's email address?",
     "How can I email Kyle - what's his address?",
     ["email", "mail", "address"], "SELECT 1 FROM Highschooler WHERE name = 'Kyle'"),
    ("B", "pets_1",
     "what are the pets' names?",
     "What is each pet called?",
     ["pet name", "petname", "nickname"], "SELECT 1 FROM Pets"),
    ("B", "real_estate_properties",
     "Which agent sold the property 'park'?",
     "Name of the real estate agent who handled the sale of park?",
     ["agent", "broker", "realtor"], "SELECT 1 FROM Properties WHERE property_name = 'park'"),
    ("B", "student_transcripts_tracking",
     "what grades did students get in the math course?",
     "Which scores were students given for math?",
     ["grade", "score", "mark", "result"], "SELECT 1 FROM Courses WHERE course_name = 'math'"),
    ("B", "voter_1",
     "How old are the people who voted for Kelly Clauss?",
     "What are the ages of Kelly Clauss's voters?",
     ["age", "birth", "old"], "SELECT 1 FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss'"),
]


def schema_words(db, tables):
    """Lower-cased table and column names (original and normalised) of one database."""
    words = []
    for entry in tables:
        if entry["db_id"] == db:
            words += [n for _, n in entry["column_names"]] + [n for _, n in entry["column_names_original"]]
            words += entry["table_names"] + entry["table_names_original"]
    path = os.path.join(DB_DIR, db, db + ".sqlite")
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            words.append(t)
            words += [r[1] for r in con.execute('PRAGMA table_info("%s")' % t.replace('"', '""'))]
    finally:
        con.close()
    out = []
    for w in words:
        w = w.lower()
        out += [w, w.replace("_", " "), w.replace("_", "")]
    return out


def main():
    with open(TABLES, encoding="utf-8") as f:
        tables = json.load(f)
    failures = 0
    halves = {"A": [], "B": []}
    for half, db, q, p, absent, anchor in ITEMS:
        if db not in HALF_DBS[half]:
            failures += 1
            print("FAIL %s is not a half-%s database" % (db, half), file=sys.stderr)
            continue
        cols = schema_words(db, tables)
        for word in absent:
            hits = sorted({c for c in cols if word.lower() in c})
            if hits:
                failures += 1
                print("FAIL [%s] %r: '%s' matches schema names %s" % (db, q, word, hits), file=sys.stderr)
        con = sqlite3.connect("file:" + os.path.join(DB_DIR, db, db + ".sqlite") + "?mode=ro", uri=True)
        try:
            if not con.execute(anchor).fetchall():
                failures += 1
                print("FAIL [%s] %r: anchor entity not found" % (db, q), file=sys.stderr)
        except sqlite3.Error as e:
            failures += 1
            print("FAIL [%s] %r: anchor SQL error %s" % (db, q, e), file=sys.stderr)
        finally:
            con.close()
        if q.strip().lower() == p.strip().lower():
            failures += 1
            print("FAIL [%s] %r: paraphrase equals question" % (db, q), file=sys.stderr)
        halves[half].append({"question": q, "db_id": db, "query": "", "paraphrase": p, "kind": "unanswerable"})
    for half, items in halves.items():
        if len(items) != PER_HALF:
            failures += 1
            print("FAIL half %s has %d questions, expected %d" % (half, len(items), PER_HALF), file=sys.stderr)
        missing = set(HALF_DBS[half]) - {i["db_id"] for i in items}
        if missing:
            failures += 1
            print("FAIL half %s lacks databases %s" % (half, sorted(missing)), file=sys.stderr)
    if failures:
        print("%d problem(s); nothing written" % failures, file=sys.stderr)
        return 1
    for half, items in halves.items():
        out = os.path.join(HERE, "spider_v22_%s_unanswerable.json" % half)
        with open(out, "w", encoding="utf-8") as f:
            json.dump(items, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote %s: %d questions" % (out, len(items)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
