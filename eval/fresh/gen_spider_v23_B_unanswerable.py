#!/usr/bin/env python3
"""Unanswerable questions (attribute not stored anywhere) over the 9 half-B Spider databases.
Writes spider_v23_B_unanswerable.json only if every check passes."""
import json, os, re, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind23/spider_v23_B_unanswerable.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db_id, question, paraphrase, anchor SQL proving the entity exists, attribute words that must not occur in any table/column name)
ITEMS = [
("car_1", "what was the sticker price of the ford torino?",
 "How much did a Ford Torino cost when new (its list price)?",
 "SELECT 1 FROM car_names WHERE Make = 'ford torino'", ["price", "cost", "msrp"]),
("car_1", "What's the top speed of the chevrolet impala?",
 "how fast can a chevy impala go, max speed",
 "SELECT 1 FROM car_names WHERE Make = 'chevrolet impala'", ["speed"]),
("course_teach", "how much salary does lucy wong earn",
 "What is teacher Lucy Wong's pay?",
 "SELECT 1 FROM teacher WHERE Name = 'Lucy Wong'", ["salary", "pay", "wage"]),
("dog_kennels", "What color is the dog named Kacey?",
 "kacey the dog - what colour is its coat?",
 "SELECT 1 FROM Dogs WHERE name = 'Kacey'", ["color", "colour", "coat"]),
("flight_2", "what time does united airlines flight 28 depart?",
 "Give the scheduled departure time of United Airlines flight number 28.",
 "SELECT 1 FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline WHERE a.Airline = 'United Airlines' AND f.FlightNo = 28",
 ["time", "depart", "schedule"]),
("flight_2", "How many passengers does Delta Airlines carry a year?",
 "yearly passenger volume for delta airlines",
 "SELECT 1 FROM airlines WHERE Airline = 'Delta Airlines'", ["passenger", "traffic", "volume"]),
("network_1", "whats kyle's email address",
 "What email does the student Kyle use?",
 "SELECT 1 FROM Highschooler WHERE name = 'Kyle'", ["email", "mail"]),
("pets_1", "What breed is the cat owned by Linda Smith?",
 "linda smith's cat — which breed is it",
 "SELECT 1 FROM Student AS s JOIN Has_Pet AS h ON h.StuID = s.StuID JOIN Pets AS p ON p.PetID = h.PetID WHERE s.Fname = 'Linda' AND s.LName = 'Smith' AND p.PetType = 'cat'",
 ["breed"]),
("real_estate_properties", "what year was the property called 'park' built",
 "Give the construction year of the park property.",
 "SELECT 1 FROM Properties WHERE property_name = 'park'", ["year", "built", "construct"]),
("real_estate_properties", "How big is the high line property in square feet?",
 "floor area (sq ft) of high line",
 "SELECT 1 FROM Properties WHERE property_name = 'high line'", ["area", "square", "sqft", "size"]),
("student_transcripts_tracking", "What is Timmothy Ward's GPA?",
 "grade point average for the student timmothy ward",
 "SELECT 1 FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'", ["gpa", "grade", "point"]),
("voter_1", "how old is contestant Kelly Clauss",
 "What's the age of the contestant Kelly Clauss?",
 "SELECT 1 FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss'", ["age", "birth", "old"]),
]


def names_of(conn):
    out = []
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        out.append(t.lower())
        for row in conn.execute(f'PRAGMA table_info("{t}")'):
            out.append(row[1].lower())
    return out


def main():
    errors, out, seen = [], [], set()
    tables_json = json.load(open("/work/shared/eval/spider/tables.json"))
    tj = {d["db_id"]: d for d in tables_json}
    for db, q, para, anchor, words in ITEMS:
        tag = f"[{db}] {q!r}"
        conn = sqlite3.connect(f"file:{DB_ROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
        try:
            if not conn.execute(anchor).fetchall():
                errors.append(f"{tag}: anchor query returns no row")
        except Exception as e:
            errors.append(f"{tag}: anchor error {e}")
        names = names_of(conn)
        if db in tj:  # also the natural-language column/table names from tables.json
            names += [c[1].lower() for c in tj[db]["column_names"]]
            names += [t.lower() for t in tj[db]["table_names"]]
        for w in words:
            hit = [n for n in names if w.lower() in n]
            if hit:
                errors.append(f"{tag}: attribute word {w!r} appears in schema names {hit[:5]}")
        for text in (q, para):
            k = re.sub(r"\s+", " ", text.strip().lower())
            if k in seen:
                errors.append(f"{tag}: duplicate text {text!r}")
            seen.add(k)
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": para})
    if len(out) != 12:
        errors.append(f"expected 12 items, got {len(out)}")
    missing = set(DBS) - {o["db_id"] for o in out}
    if missing:
        errors.append(f"databases without an item: {sorted(missing)}")
    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        print(f"not writing {OUT}")
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"wrote {OUT}: {len(out)} items")


if __name__ == "__main__":
    main()
