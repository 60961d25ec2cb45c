#!/usr/bin/env python3
"""Unanswerable questions (attribute not stored anywhere) over Spider half-B DBs (v24).
Writes spider_v24_B_unanswerable.json only if every check passes."""
import json, os, re, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind24/spider_v24_B_unanswerable.json"
DBS = {"car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"}

# (db, question, paraphrase, anchor query proving the entity exists, attribute words absent from schema)
ITEMS = [
 ("car_1",
  "what was the sticker price of the ford torino?",
  "How much did the Ford Torino cost when new (its price)?",
  "SELECT 1 FROM car_names WHERE Make = 'ford torino'", ["price", "cost"]),
 ("car_1",
  "What color is the amc rebel sst?",
  "paint colour of the amc rebel sst",
  "SELECT 1 FROM car_names WHERE Make = 'amc rebel sst'", ["color", "colour", "paint"]),
 ("course_teach",
  "whats Lucy Wong's salary",
  "How much is the teacher Lucy Wong paid per year?",
  "SELECT 1 FROM teacher WHERE Name = 'Lucy Wong'", ["salary", "pay", "wage"]),
 ("course_teach",
  "Which classroom is the Math course held in?",
  "room number for the math course",
  "SELECT 1 FROM course WHERE Course = 'Math'", ["room", "classroom", "location"]),
 ("dog_kennels",
  "what's the microchip number of the dog Kacey",
  "Give me Kacey's microchip ID.",
  "SELECT 1 FROM Dogs WHERE name = 'Kacey'", ["microchip", "chip"]),
 ("flight_2",
  "What time does United Airlines flight 28 depart?",
  "departure time for UAL flight number 28",
  "SELECT 1 FROM flights f JOIN airlines a ON f.Airline = a.uid WHERE a.Airline = 'United Airlines' AND f.FlightNo = 28",
  ["time", "depart", "schedule"]),
 ("flight_2",
  "how much is a ticket on jetblue flight 42",
  "What is the fare for JetBlue Airways flight 42?",
  "SELECT 1 FROM flights f JOIN airlines a ON f.Airline = a.uid WHERE a.Airline = 'JetBlue Airways' AND f.FlightNo = 42",
  ["fare", "ticket", "price"]),
 ("network_1",
  "What is Kyle's email address?",
  "kyle's email pls",
  "SELECT 1 FROM Highschooler WHERE name = 'Kyle'", ["email", "mail"]),
 ("pets_1",
  "what breed is the cat owned by linda smith",
  "Which breed is Linda Smith's cat?",
  "SELECT 1 FROM Student s JOIN Has_Pet hp ON s.StuID = hp.StuID JOIN Pets p ON hp.PetID = p.PetID WHERE s.Fname = 'Linda' AND s.LName = 'Smith' AND p.PetType = 'cat'",
  ["breed"]),
 ("real_estate_properties",
  "How many bathrooms does the property called park have?",
  "number of baths in the 'park' property",
  "SELECT 1 FROM Properties WHERE property_name = 'park'", ["bathroom", "bath"]),
 ("student_transcripts_tracking",
  "what's Timmothy Ward's GPA?",
  "Give the grade point average of the student Timmothy Ward.",
  "SELECT 1 FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'", ["gpa", "grade", "point", "average"]),
 ("voter_1",
  "How old is contestant Edwina Burnam?",
  "edwina burnam's age",
  "SELECT 1 FROM CONTESTANTS WHERE contestant_name = 'Edwina Burnam'", ["age", "birth", "old"]),
]


def schema_names(con):
    names = []
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        names.append(t.lower())
        for r in con.execute(f'PRAGMA table_info("{t}")'):
            names.append(r[1].lower())
    return names


def main():
    errors, out, seen = [], [], set()
    if len(ITEMS) != 12:
        errors.append(f"{len(ITEMS)} items, expected 12")
    for db, q, para, anchor, words in ITEMS:
        tag = f"{db} / {q[:40]}"
        if db not in DBS:
            errors.append(f"{tag}: db not in set")
            continue
        for text in (q, para):
            n = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
            if n in seen:
                errors.append(f"{tag}: duplicate text {text!r}")
            seen.add(n)
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if not con.execute(anchor).fetchall():
                errors.append(f"{tag}: anchor returns no row")
        except Exception as e:
            errors.append(f"{tag}: anchor error {e}")
        names = schema_names(con)
        for w in words:
            hits = [n for n in names if w.lower() in n]
            if hits:
                errors.append(f"{tag}: attribute word {w!r} appears in schema names {hits}")
        con.close()
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": para})
    if errors:
        print("CHECKS FAILED - not writing output:")
        for e in errors:
            print("  -", e)
        return 1
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print(f"wrote {OUT}: {len(out)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
