#!/usr/bin/env python3
"""Generate unanswerable questions (attribute not stored in the schema) for part B.

Each question names real entities/tables of its database plus one attribute that no
column holds. The script checks that the database exists, that every database is
covered, and that no column name of the database contains the missing attribute's
keywords. Writes /tmp/blind32/spider_v32_B_unanswerable.json (query is "").

wta_1 is left out: its SQLite file is not present under the Spider database folder.
"""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind32/spider_v32_B_unanswerable.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db_id, question, keywords that must not occur in any column name)
ITEMS = [
    ("car_1",
     "What's the sticker price of each Toyota model, cheapest first?",
     ["price", "msrp", "cost"]),
    ("course_teach",
     "How much salary does Anne Walker earn, and which courses is she teaching?",
     ["salary", "pay", "wage"]),
    ("dog_kennels",
     "What colour is each husky in the kennel, and who owns it?",
     ["colour", "color", "coat"]),
    ("dog_kennels",
     "List the veterinarians along with their annual salaries.",
     ["salary", "pay", "wage"]),
    ("flight_2",
     "What time do the JetBlue flights out of Aspen depart?",
     ["time", "depart"]),
    ("flight_2",
     "How many passengers were on Delta Airlines flights in total?",
     ["passenger", "seat", "capacity"]),
    ("network_1",
     "Give me the email addresses of all the 12th graders.",
     ["email", "mail"]),
    ("pets_1",
     "What are the names of the pets that Tracy Kim owns?",
     ["petname", "pet_name", "name"]),
    ("real_estate_properties",
     "What's the square footage of each apartment, and what did it sell for?",
     ["square", "sqft", "area", "size"]),
    ("student_transcripts_tracking",
     "What GPA did each student get on their most recent transcript?",
     ["gpa", "grade", "score", "mark"]),
    ("student_transcripts_tracking",
     "How much is the tuition fee for each Master's degree program?",
     ["tuition", "fee", "cost", "price"]),
    ("voter_1",
     "How old is each contestant, and how many votes did they receive?",
     ["age", "birth", "dob"]),
]

# columns whose names contain a keyword but which are known not to hold the attribute
ALLOWED = {
    ("pets_1", "name"): {"lname", "fname"},  # student names, not pet names
}


def main():
    errors = []
    covered = set()
    for i, (db, q, kws) in enumerate(ITEMS):
        covered.add(db)
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(path):
            errors.append(f"item {i}: missing database {path}")
            continue
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        cols = []
        for t in tables:
            cols += [r[1].lower() for r in con.execute(f'PRAGMA table_info("{t}")')]
        con.close()
        for kw in kws:
            for c in cols:
                if kw in c and c not in ALLOWED.get((db, kw), set()):
                    if not (db == "pets_1" and kw == "name"):
                        errors.append(f"item {i} ({db}): column '{c}' may hold '{kw}'")
        if db == "pets_1":
            pet_cols = []
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            pet_cols = [r[1].lower() for r in con.execute('PRAGMA table_info("Pets")')]
            con.close()
            if any("name" in c for c in pet_cols):
                errors.append(f"item {i} ({db}): Pets has a name column")
    for db in DBS:
        if db not in covered:
            errors.append(f"database {db} has no unanswerable question")
    if len(ITEMS) != 12:
        errors.append(f"expected 12 items, got {len(ITEMS)}")
    if len({q for _, q, _ in ITEMS}) != len(ITEMS):
        errors.append("duplicate questions")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": ""} for db, q, _ in ITEMS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print(f"OK: wrote {len(out)} unanswerable items over {len(covered)} databases to {OUT}")


if __name__ == "__main__":
    main()
