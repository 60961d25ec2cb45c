#!/usr/bin/env python3
"""Unanswerable questions (half B, v26): each asks for an attribute no column of the database holds.
The check reads each schema and verifies no column name (in the listed tables, or the whole db)
contains any of the forbidden substrings describing that attribute.
Writes /tmp/blind26/spider_v26_B_unanswerable.json only if every check passes."""
import json, sqlite3, sys, re

DBROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind26/spider_v26_B_unanswerable.json"
DBS = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]

# (db, question, paraphrase, forbidden column-name substrings, tables to inspect or None = all)
ITEMS = [
    ("car_1", "what's the sticker price of the ford torino?",
     "How much does a Ford Torino cost (MSRP)?",
     ["price", "cost", "msrp", "usd", "dollar"], None),
    ("car_1", "which cars in the list are diesel vs gas? show name + fuel type",
     "List each car with the kind of fuel it runs on.",
     ["fuel", "diesel", "gas", "engine_type", "type"], None),
    ("course_teach", "how much does each teacher get paid? name and salary",
     "Show every teacher's name along with their annual salary.",
     ["salary", "pay", "wage", "income"], None),
    ("dog_kennels", "what color is each dog? name and coat color",
     "List the dogs together with the colour of their fur.",
     ["color", "colour", "coat", "fur"], None),
    ("flight_2", "what time does united flight 28 take off and how long is it?",
     "Give the departure time and flight duration for United Airlines flight 28.",
     ["time", "depart", "duration", "minutes", "hour"], None),
    ("flight_2", "avg ticket price on delta flights?",
     "What's the mean fare for a Delta Airlines flight?",
     ["price", "fare", "cost", "ticket"], None),
    ("network_1", "how old is each high schooler? name + age",
     "Show the name and age of every student in the network.",
     ["age", "birth", "dob"], None),
    ("pets_1", "what are the pets' names?",
     "List the name of each pet along with its type.",
     ["name"], ["Pets", "Has_Pet"]),
    ("real_estate_properties", "what's the square footage of each property? name and sq ft",
     "List every property with its floor area in square feet.",
     ["sq", "area", "foot", "feet", "size", "meter"], None),
    ("student_transcripts_tracking", "show each student's GPA",
     "What grade point average does every student have? name + gpa",
     ["gpa", "grade", "score", "mark", "result"], None),
    ("student_transcripts_tracking", "students' dates of birth, w/ their names",
     "When was each student born? List first name, last name, birthday.",
     ["birth", "dob", "born", "age"], None),
    ("voter_1", "how old were the people who voted? phone number and voter age",
     "List each voter's phone number together with the voter's age.",
     ["age", "birth", "dob"], None),
]


def main():
    errors, out, seen = [], [], set()
    for db, q, para, forbidden, tables in ITEMS:
        con = sqlite3.connect(f"file:{DBROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
        all_tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in (tables or all_tables):
            if t not in all_tables:
                errors.append(f"{db}: table {t} not found")
                continue
            for col in [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]:
                for w in forbidden:
                    if w.lower() in col.lower():
                        errors.append(f"{db}: column {t}.{col} may hold '{w}' -> {q}")
        con.close()
        key = re.sub(r"\W+", " ", q.lower()).strip()
        if key in seen:
            errors.append(f"duplicate question {q}")
        seen.add(key)
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": para})
    for db in DBS:
        if not any(i["db_id"] == db for i in out):
            errors.append(f"no unanswerable item for {db}")
    if len(out) != 12:
        errors.append(f"{len(out)} items, expected 12")
    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print(f"wrote {OUT}: {len(out)} items")


if __name__ == "__main__":
    main()
