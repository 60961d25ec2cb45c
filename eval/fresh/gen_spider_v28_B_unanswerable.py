#!/usr/bin/env python3
"""Unanswerable questions for half B: each asks for an attribute no column holds.
Verification: for every item, the listed tables (or all tables when None) are scanned and
no column name may contain any of the forbidden substrings. Writes the JSON only if all pass."""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind28/spider_v28_B_unanswerable.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

ITEMS = [
    dict(db="car_1", tables=None, forbid=["price", "msrp", "cost", "usd", "dollar"],
         q="whats the sticker price of the ford pinto?",
         p="How much does a Ford Pinto cost (its MSRP)?"),
    dict(db="car_1", tables=["car_makers", "countries"], forbid=["found", "year", "est", "date", "since"],
         q="which car maker was founded first?",
         p="Name the oldest manufacturer by founding year."),
    dict(db="course_teach", tables=None, forbid=["salary", "pay", "wage", "income"],
         q="how much does Anne Walker get paid per year",
         p="What's teacher Anne Walker's annual salary?"),
    dict(db="course_teach", tables=None, forbid=["student", "enrol", "size", "capacity", "seat"],
         q="how many students are signed up for French?",
         p="Enrollment count for the French course?"),
    dict(db="dog_kennels", tables=None, forbid=["color", "colour", "coat", "fur"],
         q="what color is the dog Kacey",
         p="Tell me the coat colour of Kacey."),
    dict(db="flight_2", tables=None, forbid=["time", "dep", "arr", "sched", "hour", "date"],
         q="what time does United flight 28 take off?",
         p="Scheduled departure time of UAL flight number 28?"),
    dict(db="network_1", tables=None, forbid=["gpa", "score", "mark", "point"],
         q="what's Kyle's GPA",
         p="Give me the grade point average of the student Kyle."),
    dict(db="pets_1", tables=["Pets", "Has_Pet"], forbid=["name"],
         q="what are the names of the pets Tracy Kim owns?",
         p="Tell me what Tracy Kim's pets are called."),
    dict(db="real_estate_properties", tables=None, forbid=["bath", "toilet", "wc", "shower"],
         q="# of bathrooms in the property called park?",
         p="How many bathrooms does the 'park' listing have?"),
    dict(db="student_transcripts_tracking", tables=None, forbid=["grade", "score", "mark", "gpa", "result"],
         q="what grade did each student get in the ml course",
         p="Show the marks students earned in machine learning (ml)."),
    dict(db="voter_1", tables=None, forbid=["age", "birth", "dob", "born"],
         q="how old is Kelly Clauss?",
         p="What's the age of contestant Kelly Clauss?"),
    dict(db="voter_1", tables=None, forbid=["gender", "sex"],
         q="how many votes came from women voters",
         p="Number of votes cast by female voters?"),
]


def columns(con, tables):
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if tables is not None:
        missing = set(tables) - set(names)
        if missing:
            raise ValueError(f"unknown tables {missing}")
        names = tables
    cols = []
    for t in names:
        cols += [(t, r[1]) for r in con.execute(f'PRAGMA table_info("{t}")')]
    return cols


def main():
    errors, out, seen = [], [], set()
    for it in ITEMS:
        path = os.path.join(DB_ROOT, it["db"], it["db"] + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            cols = columns(con, it["tables"])
        except ValueError as e:
            errors.append(f"{it['db']}: {e}")
            continue
        for t, c in cols:
            for f in it["forbid"]:
                if f in c.lower():
                    errors.append(f"{it['db']}: column {t}.{c} may hold '{f}' -> {it['q']}")
        for text in (it["q"].lower(), it["p"].lower()):
            if text in seen:
                errors.append(f"duplicate: {text}")
            seen.add(text)
        out.append({"question": it["q"], "db_id": it["db"], "query": "", "paraphrase": it["p"]})
        con.close()
    covered = {o["db_id"] for o in out}
    for d in DBS:
        if d not in covered:
            errors.append(f"no unanswerable question for {d}")
    if len(out) != 12:
        errors.append(f"{len(out)} items, want 12")
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"wrote {OUT}: {len(out)} items over {len(covered)} databases")


if __name__ == "__main__":
    main()
