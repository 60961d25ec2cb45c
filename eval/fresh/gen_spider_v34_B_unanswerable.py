#!/usr/bin/env python3
"""Unanswerable questions (v34 part B): each asks for an attribute no column holds."""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind34/spider_v34_B_unanswerable.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db_id, question, words that must NOT appear in any column name of that db)
ITEMS = [
    ("car_1", "What was the sticker price of each Toyota model when it came out?", ["price", "msrp", "cost"]),
    ("car_1", "which colours was the ford torino sold in?", ["colour", "color"]),
    ("course_teach", "What's the annual salary of each teacher who teaches Math?", ["salary", "pay", "wage"]),
    ("dog_kennels", "List each dog's name along with its coat colour.", ["colour", "color", "coat"]),
    ("flight_2", "What time does JetBlue flight 1418 depart, and when does it arrive?", ["time", "depart", "arriv"]),
    ("flight_2", "how much is a ticket on the cheapest flight from Albany?", ["price", "fare", "cost", "ticket"]),
    ("network_1", "Give me the email addresses of all the 12th graders.", ["email", "mail"]),
    ("pets_1", "What are the names of the dogs owned by students?", ["petname", "pet_name", "name"]),
    ("real_estate_properties", "What's the square footage of each apartment listing?", ["square", "sqft", "area", "size", "feet"]),
    ("student_transcripts_tracking", "What is the GPA of every student enrolled in a Master's program?", ["gpa", "grade", "score", "mark"]),
    ("voter_1", "How old is each contestant, and which city are they from?", ["age", "city", "birth", "home"]),
    ("course_teach", "which classroom is the History course held in?", ["room", "class", "location"]),
]


def main():
    errors = []
    if len(ITEMS) != 12:
        errors.append("expected 12 items, got %d" % len(ITEMS))
    missing = set(DBS) - {d for d, _, _ in ITEMS}
    if missing:
        errors.append("databases without an item: %s" % sorted(missing))
    out = []
    for db, q, banned in ITEMS:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        cols = []
        for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            cols += [r[1].lower() for r in con.execute('PRAGMA table_info("%s")' % t)]
        con.close()
        for b in banned:
            # pets_1 "name": Pets has no name column; student names live in Student (Fname/LName)
            hits = [c for c in cols if b in c]
            if db == "pets_1" and b == "name":
                hits = [c for c in hits if c not in ("lname", "fname")]
            if db == "course_teach" and b == "class":
                hits = []
            if hits:
                errors.append("%s: '%s' matches columns %s" % (q, b, hits))
        out.append({"question": q, "db_id": db, "query": ""})
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
