#!/usr/bin/env python3
"""Unanswerable questions for half B: each asks for an attribute no column holds.
The check reads each database's schema and verifies none of the listed stems appears
in any column name of the scoped tables (all tables when scope is None)."""
import json, os, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind27/spider_v27_B_unanswerable.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db, question, paraphrase, absent column-name stems, table scope)
ITEMS = [
 ("car_1", "what's the sticker price of the ford torino?",
  "How much does a Ford Torino cost (its MSRP)?", ["price", "msrp", "cost", "usd", "dollar"], None),
 ("car_1", "which cars come w/ an automatic transmission?",
  "List the vehicles that have automatic rather than manual gearboxes.", ["transmission", "gear", "automatic", "manual"], None),
 ("course_teach", "how much does each teacher earn? name + salary",
  "Show every teacher's name along with their annual pay.", ["salary", "pay", "wage", "earn", "income"], None),
 ("dog_kennels", "what colour is each dog? name and coat color pls",
  "List the dogs together with the color of their fur.", ["color", "colour", "coat", "fur"], None),
 ("dog_kennels", "microchip numbers for all the huskies?",
  "Give me the implanted chip ID of every Husky.", ["chip", "tag", "implant"], None),
 ("flight_2", "what time does United flight 28 take off?",
  "Give the scheduled departure time of UAL flight number 28.", ["time", "depart", "schedul", "hour", "takeoff"], None),
 ("flight_2", "how much is a ticket from Albany to Aspen?",
  "What's the fare for flying Albany to Aspen?", ["price", "fare", "cost", "ticket"], None),
 ("network_1", "what's Kyle's email address?",
  "Give me the e-mail contact for the student named Kyle.", ["email", "mail", "contact", "phone"], None),
 ("pets_1", "what are the names of the pets? show pet name + type",
  "List each pet's given name alongside the kind of animal it is.", ["name"], ["Pets", "Has_Pet"]),
 ("real_estate_properties", "square footage of every apartment?",
  "How big, in square feet, is each apartment listing?", ["sq", "feet", "foot", "footage", "area", "size"], None),
 ("student_transcripts_tracking", "what grade did each student get in each course? student name, course, grade",
  "Show the marks students received for their courses, with the student and course names.", ["grade", "mark", "score", "gpa", "result"], None),
 ("voter_1", "how old are the voters, on avg?",
  "What's the average age of people who cast votes?", ["age", "birth", "dob", "born"], None),
]


def columns(db, scope):
    conn = sqlite3.connect(f"file:{os.path.join(DB_ROOT, db, db + '.sqlite')}?mode=ro", uri=True)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if scope:
        missing = [t for t in scope if t not in tables]
        assert not missing, f"{db}: scope tables missing {missing}"
        tables = scope
    cols = []
    for t in tables:
        cols += [(t, r[1]) for r in conn.execute(f'PRAGMA table_info("{t}")')]
    conn.close()
    return cols


def main():
    errors, out, seen = [], [], set()
    for db, q, para, stems, scope in ITEMS:
        if db not in DBS:
            errors.append(f"unknown db {db}")
            continue
        cols = columns(db, scope)
        if not cols:
            errors.append(f"{db}: no columns read")
        for t, c in cols:
            for s in stems:
                if s in c.lower():
                    errors.append(f"{db}: column {t}.{c} matches absent stem '{s}' for: {q}")
        for text in (q, para):
            if text.lower() in seen:
                errors.append(f"duplicate: {text}")
            seen.add(text.lower())
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": para})
    covered = {o["db_id"] for o in out}
    if set(DBS) - covered:
        errors.append(f"databases without an item: {set(DBS) - covered}")
    if len(out) != 12:
        errors.append(f"{len(out)} items, need 12")
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    print(f"wrote {OUT}: {len(out)} items over {len(covered)} databases")


if __name__ == "__main__":
    main()
