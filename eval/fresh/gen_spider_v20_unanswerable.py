#!/usr/bin/env python3
"""Generate spider_v20_A_unanswerable.json and spider_v20_B_unanswerable.json.

Each question names a real table/entity of its database (checked by an existence query that
must return a row) and asks for an attribute that no column holds (checked: none of the
listed attribute words occurs in any column name of that database). Gold query is "".
python3 stdlib only; files are written only when every check passes.
"""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

# (db_id, question, entity-exists SQL, attribute words that must not appear in any column name)
HALF_A = [
    ("battle_death", "How many soldiers fought on each side at the Battle of Adrianople?",
     "SELECT 1 FROM battle WHERE name = 'Battle of Adrianople'", ["soldier", "troop", "army", "size", "strength"]),
    ("concert_singer", "What was the ticket price for the Super bootcamp concert?",
     "SELECT 1 FROM concert WHERE concert_Name = 'Super bootcamp'", ["price", "ticket", "cost", "fee"]),
    ("concert_singer", "which record label is Timbaland signed to?",
     "SELECT 1 FROM singer WHERE Name = 'Timbaland'", ["label", "record", "company"]),
    ("cre_Doc_Template_Mgt", "Who wrote the document 'Understanding DB'?",
     "SELECT 1 FROM Documents WHERE Document_Name = 'Understanding DB'", ["author", "writer", "owner", "creat"]),
    ("employee_hire_evaluation", "What is George Chuter's monthly salary?",
     "SELECT 1 FROM employee WHERE Name = 'George Chuter'", ["salary", "wage", "pay"]),
    ("museum_visit", "street address of the Plaza Museum?",
     "SELECT 1 FROM museum WHERE Name = 'Plaza Museum'", ["address", "street", "city", "location"]),
    ("orchestra", "How many musicians play in the London Symphony Orchestra?",
     "SELECT 1 FROM orchestra WHERE Orchestra = 'London Symphony Orchestra'", ["musician", "member", "size", "player"]),
    ("poker_player", "At which casino did Aleksey Ostapenko win his biggest tournament?",
     "SELECT 1 FROM people WHERE Name = 'Aleksey Ostapenko'", ["casino", "venue", "tournament", "location"]),
    ("singer", "What label released Cha Cha Slide?",
     "SELECT 1 FROM song WHERE Title = 'Cha Cha Slide'", ["label", "record", "publisher", "company"]),
    ("tvshow", "How much is the monthly subscription for the Sky Radio channel?",
     "SELECT 1 FROM TV_Channel WHERE series_name = 'Sky Radio'", ["price", "fee", "cost", "subscription", "monthly"]),
    ("world_1", "what currency do they use in Japan",
     "SELECT 1 FROM country WHERE Name = 'Japan'", ["currency", "money"]),
    ("world_1", "What's the unemployment rate in Brazil?",
     "SELECT 1 FROM country WHERE Name = 'Brazil'", ["unemploy", "jobless", "labor", "labour"]),
]

HALF_B = [
    ("car_1", "What was the sticker price of the ford torino?",
     "SELECT 1 FROM car_names WHERE Make = 'ford torino'", ["price", "msrp", "cost"]),
    ("car_1", "What fuel type does the volvo 245 run on?",
     "SELECT 1 FROM car_names WHERE Make = 'volvo 245'", ["fuel", "diesel", "gas", "engine_type"]),
    ("course_teach", "How much does Anne Walker get paid?",
     "SELECT 1 FROM teacher WHERE Name = 'Anne Walker'", ["salary", "pay", "wage"]),
    ("dog_kennels", "What colour is the dog Kacey?",
     "SELECT 1 FROM Dogs WHERE name = 'Kacey'", ["color", "colour", "coat"]),
    ("dog_kennels", "microchip number of the dog Houston",
     "SELECT 1 FROM Dogs WHERE name = 'Houston'", ["chip", "microchip", "tag", "licen"]),
    ("flight_2", "What time does United Airlines flight 28 depart?",
     "SELECT 1 FROM flights f JOIN airlines a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' AND f.FlightNo = 28",
     ["time", "depart", "schedule", "hour"]),
    ("flight_2", "How much is a ticket on a Delta Airlines flight?",
     "SELECT 1 FROM airlines WHERE Airline = 'Delta Airlines'", ["price", "fare", "cost", "ticket"]),
    ("network_1", "What is Kyle's GPA?",
     "SELECT 1 FROM Highschooler WHERE name = 'Kyle'", ["gpa", "score", "mark", "point"]),
    ("pets_1", "whats the name of Linda Smith's cat",
     "SELECT 1 FROM Student s JOIN Has_Pet h ON s.StuID = h.StuID JOIN Pets p ON h.PetID = p.PetID "
     "WHERE s.Fname = 'Linda' AND s.LName = 'Smith' AND p.PetType = 'cat'", ["petname", "pet_name", "name"]),
    ("real_estate_properties", "How many bathrooms does the property 'park' have?",
     "SELECT 1 FROM Properties WHERE property_name = 'park'", ["bath", "toilet", "washroom"]),
    ("student_transcripts_tracking", "What grade did Timmothy Ward get in the ml course?",
     "SELECT 1 FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'",
     ["grade", "score", "mark", "result"]),
    ("voter_1", "How old is contestant Kelly Clauss?",
     "SELECT 1 FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss'", ["age", "birth", "dob", "born"]),
]


def columns_of(conn):
    cols = []
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute("PRAGMA table_info(\"%s\")" % t):
            cols.append((t, row[1].lower()))
    return cols


def build(items, errors):
    out = []
    for db, q, exists_sql, words in items:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(path):
            errors.append("missing db %s" % db)
            continue
        conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            if not conn.execute(exists_sql).fetchall():
                errors.append("[%s] named entity not found: %s" % (db, exists_sql))
            cols = columns_of(conn)
            # 'name' is special for pets_1: only the Pets table must lack a name column
            scope = [c for t, c in cols if (db != "pets_1" or t == "Pets")]
            for w in words:
                hits = [c for c in scope if w in c]
                if hits:
                    errors.append("[%s] column(s) %s match attribute word %r: %s" % (db, hits, w, q))
        except Exception as e:  # noqa
            errors.append("[%s] %s" % (db, e))
        finally:
            conn.close()
        out.append({"question": q, "db_id": db, "query": ""})
    return out


def main():
    errors = []
    a = build(HALF_A, errors)
    b = build(HALF_B, errors)
    if len(a) != 12 or len(b) != 12:
        errors.append("expected 12 + 12, got %d + %d" % (len(a), len(b)))
    if errors:
        print("CHECKS FAILED; nothing written", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    for name, data in (("spider_v20_A_unanswerable.json", a), ("spider_v20_B_unanswerable.json", b)):
        with open(os.path.join(OUT_DIR, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        print("wrote %s: %d questions" % (name, len(data)))


if __name__ == "__main__":
    main()
