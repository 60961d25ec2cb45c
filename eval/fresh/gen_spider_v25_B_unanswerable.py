#!/usr/bin/env python3
"""Generate spider_v25_B_unanswerable.json: 12 questions asking for an attribute that no
column/table of the database holds, about an entity that does exist.
Checks: anchor query returns >=1 row; every attribute word absent from all table/column
names (sqlite schema + tables.json); 12 items; no duplicates. Writes only if all pass."""
import json, os, re, sqlite3, sys

ROOT = "/work/shared/eval/spider/database"
TABLES_JSON = "/work/shared/eval/spider/tables.json"
OUT = "/tmp/blind25/spider_v25_B_unanswerable.json"

# (db_id, question, paraphrase, anchor_sql, attribute_words)
ITEMS = [
 ("car_1", "whats the sticker price of the chevrolet impala",
  "How much did a Chevrolet Impala cost to buy (list price)?",
  "SELECT 1 FROM car_names WHERE Make = 'chevrolet impala'", ["price", "cost"]),
 ("course_teach", "what is lucy wong's salary",
  "How much is the teacher Lucy Wong paid per year?",
  "SELECT 1 FROM teacher WHERE Name = 'Lucy Wong'", ["salary", "paid", "pay"]),
 ("course_teach", "how many students are enrolled in the french course",
  "What's the enrollment headcount for French?",
  "SELECT 1 FROM course WHERE Course = 'French'", ["student", "enrol", "enroll", "headcount"]),
 ("dog_kennels", "what colour is kacey the dog?",
  "Tell me the coat color of the dog named Kacey.",
  "SELECT 1 FROM Dogs WHERE name = 'Kacey'", ["colour", "color", "coat"]),
 ("dog_kennels", "what does owner nora haley do for a living",
  "What is Nora Haley's occupation / job title?",
  "SELECT 1 FROM Owners WHERE first_name = 'Nora' AND last_name = 'Haley'", ["occupation", "job", "living"]),
 ("flight_2", "what time does united airlines flight 28 take off",
  "Scheduled departure time of UAL flight number 28?",
  "SELECT 1 FROM flights AS f JOIN airlines AS a ON a.uid = f.Airline WHERE a.Airline = 'United Airlines' AND f.FlightNo = 28", ["time", "schedule", "take off"]),
 ("flight_2", "how many terminals does albany international airport have",
  "Number of passenger terminals at Albany International?",
  "SELECT 1 FROM airports WHERE TRIM(AirportName) = 'Albany International'", ["terminal", "passenger"]),
 ("network_1", "when is kyle's birthday",
  "What's the date of birth of the high schooler Kyle?",
  "SELECT 1 FROM Highschooler WHERE name = 'Kyle'", ["birthday", "birth"]),
 ("pets_1", "what breed are tracy kim's dogs",
  "Which dog breed does Tracy Kim own?",
  "SELECT 1 FROM Student AS s JOIN Has_Pet AS h ON h.StuID = s.StuID JOIN Pets AS p ON p.PetID = h.PetID WHERE s.Fname = 'Tracy' AND s.LName = 'Kim' AND p.PetType = 'dog'", ["breed"]),
 ("real_estate_properties", "what year was the property 'park' built",
  "Construction year of the property named park?",
  "SELECT 1 FROM Properties WHERE property_name = 'park'", ["year", "built", "construction"]),
 ("student_transcripts_tracking", "whats timmothy ward's gpa",
  "What grade point average does the student Timmothy Ward have?",
  "SELECT 1 FROM Students WHERE first_name = 'Timmothy' AND last_name = 'Ward'", ["gpa", "grade", "point", "average"]),
 ("voter_1", "how old is contestant kelly clauss",
  "What's Kelly Clauss's age?",
  "SELECT 1 FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss'", ["age", "old", "birth"]),
]


def schema_names(db, tj):
    names = set()
    con = sqlite3.connect(os.path.join(ROOT, db, db + ".sqlite"))
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        names.add(t.lower())
        for col in con.execute(f'PRAGMA table_info("{t}")'):
            names.add(col[1].lower())
    con.close()
    for ent in tj:
        if ent["db_id"] == db:
            names.update(n.lower() for n in ent["table_names"] + ent["table_names_original"])
            names.update(c[1].lower() for c in ent["column_names"] + ent["column_names_original"])
    return names


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main():
    tj = json.load(open(TABLES_JSON))
    errors, out, seen = [], [], set()
    if len(ITEMS) != 12:
        errors.append(f"{len(ITEMS)} items, need 12")
    for db, q, p, anchor, words in ITEMS:
        tag = f"{db}: {q!r}"
        try:
            con = sqlite3.connect(os.path.join(ROOT, db, db + ".sqlite"))
            rows = con.execute(anchor).fetchall()
            con.close()
            if not rows:
                errors.append(f"{tag}: anchor returns no row")
        except Exception as e:
            errors.append(f"{tag}: anchor error {e}")
        names = schema_names(db, tj)
        for w in words:
            wl = w.lower()
            hit = [n for n in names if wl in n or wl.replace(" ", "_") in n or wl.replace(" ", "") in n]
            if hit:
                errors.append(f"{tag}: attribute word {w!r} appears in schema names {hit}")
        for s in (q, p):
            if norm(s) in seen:
                errors.append(f"{tag}: duplicate {s!r}")
            seen.add(norm(s))
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": p})
    if errors:
        print("REFUSING TO WRITE; %d problem(s):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
    print(f"wrote {OUT}: {len(out)} items")


if __name__ == "__main__":
    main()
