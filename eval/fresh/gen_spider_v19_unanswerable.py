#!/usr/bin/env python3
"""Blind Spider v19 unanswerable questions (12 for half A, 12 for half B).

Each question names a real entity of its database but asks for an attribute no
column holds. The script checks that (1) the named entity exists (entity SQL
returns rows) and (2) no column in the database (or in the listed tables) has a
name containing any of the attribute keywords. Files are written only when all
checks pass. wta_1 has no SQLite file here, so half B uses the other nine.
"""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
HALF_A = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
          "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"}
HALF_B = {"car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
          "real_estate_properties", "student_transcripts_tracking", "voter_1", "wta_1"}

# (db, question, entity-exists SQL, attribute keywords that must match no column, tables to scan or None = all)
A = [
    ("battle_death", "How many crew were on board HMS Avon when it was wrecked?",
     "SELECT 1 FROM ship WHERE name = 'HMS Avon'", ["crew", "men", "sailor", "complement"], None),
    ("concert_singer", "What was the ticket price for the Auditions concert at Stark's Park?",
     "SELECT 1 FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID WHERE c.concert_Name = 'Auditions' AND s.Name = 'Stark''s Park'",
     ["price", "ticket", "cost", "fee"], None),
    ("concert_singer", "which record label is Timbaland signed to",
     "SELECT 1 FROM singer WHERE Name = 'Timbaland'", ["label", "record", "company"], None),
    ("cre_Doc_Template_Mgt", "Who wrote the document 'How Google people work'? give the author's name",
     "SELECT 1 FROM Documents WHERE Document_Name = 'How Google people work'", ["author", "writer", "created_by", "owner"], None),
    ("employee_hire_evaluation", "what's Lee Mears's monthly salary at FC Haka",
     "SELECT 1 FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID JOIN shop AS s ON s.Shop_ID = h.Shop_ID "
     "WHERE e.Name = 'Lee Mears' AND s.Name = 'FC Haka'", ["salary", "wage", "pay"], None),
    ("museum_visit", "Which city is the Capital Plaza Museum located in?",
     "SELECT 1 FROM museum WHERE Name = 'Capital Plaza Museum'", ["city", "location", "address", "town"], None),
    ("orchestra", "How many musicians play in the London Symphony Orchestra?",
     "SELECT 1 FROM orchestra WHERE Orchestra = 'London Symphony Orchestra'", ["musician", "member", "size", "player"], None),
    ("poker_player", "Which casino hosted Maksim Botin's best finish?",
     "SELECT 1 FROM people AS p JOIN poker_player AS pp ON p.People_ID = pp.People_ID WHERE p.Name = 'Maksim Botin'",
     ["casino", "venue", "location", "event", "tournament"], None),
    ("singer", "What genre is Cha Cha Slide?",
     "SELECT 1 FROM song WHERE Title = 'Cha Cha Slide'", ["genre", "style", "category"], None),
    ("tvshow", "who owns the Sky Radio channel - which company?",
     "SELECT 1 FROM TV_Channel WHERE series_name = 'Sky Radio'", ["owner", "company", "network", "broadcaster"], None),
    ("world_1", "What currency do they use in Japan?",
     "SELECT 1 FROM country WHERE Name = 'Japan'", ["currency", "money"], None),
    ("world_1", "average annual rainfall in Brazil",
     "SELECT 1 FROM country WHERE Name = 'Brazil'", ["rain", "precip", "climate", "weather"], None),
]

B = [
    ("car_1", "What colour are most of the Toyota cars?",
     "SELECT 1 FROM car_names WHERE Model = 'toyota'", ["colo", "paint"], None),
    ("car_1", "what was the sticker price of the ford mustang gl",
     "SELECT 1 FROM car_names WHERE Make = 'ford mustang gl'", ["price", "msrp", "cost"], None),
    ("course_teach", "What salary does Lucy Wong earn?",
     "SELECT 1 FROM teacher WHERE Name = 'Lucy Wong'", ["salary", "pay", "wage"], None),
    ("dog_kennels", "What colour is the dog named Kacey?",
     "SELECT 1 FROM Dogs WHERE name = 'Kacey'", ["colo", "coat"], None),
    ("dog_kennels", "microchip number of Hipolito",
     "SELECT 1 FROM Dogs WHERE name = 'Hipolito'", ["chip", "tag", "licen"], None),
    ("flight_2", "What time does United flight 28 leave APG?",
     "SELECT 1 FROM flights AS f JOIN airlines AS a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' AND f.FlightNo = 28 AND TRIM(f.SourceAirport) = 'APG'",
     ["time", "depart", "schedule", "hour"], None),
    ("flight_2", "How much is a ticket from APG to ASY?",
     "SELECT 1 FROM flights WHERE TRIM(SourceAirport) = 'APG' AND TRIM(DestAirport) = 'ASY'", ["price", "fare", "cost", "ticket"], None),
    ("network_1", "What's Kyle's GPA? he's in 12th grade",
     "SELECT 1 FROM Highschooler WHERE name = 'Kyle' AND grade = 12", ["gpa", "score", "mark", "result"], None),
    ("pets_1", "What is the name of Linda Smith's cat?",
     "SELECT 1 FROM Student AS s JOIN Has_Pet AS h ON s.StuID = h.StuID JOIN Pets AS p ON p.PetID = h.PetID "
     "WHERE s.Fname = 'Linda' AND s.LName = 'Smith' AND p.PetType = 'cat'", ["name"], ["Pets", "Has_Pet"]),
    ("real_estate_properties", "How many bathrooms does the property called park have?",
     "SELECT 1 FROM Properties WHERE property_name = 'park'", ["bath", "toilet"], None),
    ("student_transcripts_tracking", "what grades did Timmothy Ward get on his transcript?",
     "SELECT 1 FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'", ["grade", "score", "mark", "gpa", "result"], None),
    ("voter_1", "How old is contestant Kelly Clauss?",
     "SELECT 1 FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss'", ["age", "birth", "dob"], None),
]


def columns(conn, tables=None):
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if tables:
        names = [t for t in names if t in tables]
    cols = []
    for t in names:
        cols += [(t, r[1]) for r in conn.execute('PRAGMA table_info("%s")' % t)]
    return cols


def check(items, half, errors):
    out = []
    for db, question, entity_sql, keywords, tables in items:
        tag = "%s: %s" % (db, question)
        if db not in half:
            errors.append(tag + " -> database not in this half")
            continue
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(path):
            errors.append(tag + " -> no database file")
            continue
        conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            if not conn.execute(entity_sql).fetchall():
                errors.append(tag + " -> named entity not found")
        except sqlite3.Error as e:
            errors.append(tag + " -> entity SQL error %s" % e)
        cols = columns(conn, tables)
        if tables and len({t for t, _ in cols}) != len(tables):
            errors.append(tag + " -> scoped table missing")
        for t, c in cols:
            for k in keywords:
                if k in c.lower():
                    errors.append(tag + " -> column %s.%s matches keyword %r" % (t, c, k))
        out.append({"question": question, "db_id": db, "query": ""})
    qs = [x["question"].lower() for x in out]
    if len(set(qs)) != len(qs):
        errors.append("duplicate question in half")
    return out


def main():
    errors = []
    a = check(A, HALF_A, errors)
    b = check(B, HALF_B, errors)
    if len(a) != 12 or len(b) != 12:
        errors.append("expected 12 + 12, got %d + %d" % (len(a), len(b)))
    if errors:
        print("FAILED, nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for name, data in (("spider_v19_A_unanswerable.json", a), ("spider_v19_B_unanswerable.json", b)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
        print("wrote %s: %d questions over %d databases" % (name, len(data), len({x["db_id"] for x in data})))


if __name__ == "__main__":
    main()
