#!/usr/bin/env python3
"""Unanswerable questions (v33 part B): each asks for an attribute no column holds."""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind33/spider_v33_B_unanswerable.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1",
       "pets_1", "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db_id, question, missing attribute, tokens that must NOT appear in any column name)
ITEMS = [
    ("car_1", "What was the sticker price of the ford torino when it came out?",
     "price", ["price", "cost", "msrp"]),
    ("car_1", "which colours did the 1982 toyota models come in?",
     "colour", ["color", "colour"]),
    ("course_teach", "What salary does Anne Walker earn for teaching History?",
     "salary", ["salary", "pay", "wage"]),
    ("dog_kennels", "What colour is the dog called Kacey?",
     "dog colour", ["color", "colour", "coat"]),
    ("dog_kennels", "Give me the birthdays of the owners who live in North Dakota.",
     "owner date of birth", ["owner_birth", "owner_dob"]),
    ("flight_2", "What time does United Airlines flight 28 take off?",
     "departure time", ["time", "depart", "schedule"]),
    ("flight_2", "how much is a ticket on JetBlue flight 1534?",
     "fare", ["price", "fare", "cost"]),
    ("network_1", "What's Kyle's email address so I can reach the 12th graders?",
     "email", ["email", "mail", "phone"]),
    ("pets_1", "What are the names of Tracy Kim's two dogs?",
     "pet name", ["petname", "pet_name"]),
    ("real_estate_properties", "How many square feet is the 'high line' shop, and what year was it built?",
     "floor area / year built", ["sq", "area", "feet", "built", "year"]),
    ("student_transcripts_tracking", "What's Timmothy Ward's GPA across the courses on his transcripts?",
     "GPA / grades", ["gpa", "grade", "mark", "score"]),
    ("voter_1", "How old is Kelly Clauss, and where is she from?",
     "contestant age / hometown", ["age", "home", "city", "birth"]),
]


def column_names(db):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    cols = []
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        cols += [r[1].lower() for r in con.execute('PRAGMA table_info("%s")' % t)]
    con.close()
    return cols


def main():
    errors = []
    if len(ITEMS) != 12:
        errors.append("expected 12 items, got %d" % len(ITEMS))
    seen = {db for db, *_ in ITEMS}
    for db in DBS:
        if db not in seen:
            errors.append("no unanswerable question for %s" % db)
    out = []
    for db, q, missing, banned in ITEMS:
        if db not in DBS:
            errors.append("unknown db %s" % db)
            continue
        cols = column_names(db)
        for tok in banned:
            hits = [c for c in cols if tok in c]
            if hits:
                errors.append("%s: %r (%s) may be answerable via columns %s" % (db, q, missing, hits))
        out.append({"question": q, "db_id": db, "query": ""})
    if len({o["question"] for o in out}) != len(out):
        errors.append("duplicate questions")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
