#!/usr/bin/env python3
"""Unanswerable questions (no column holds the requested attribute), v30 B."""
import json, os, sqlite3, sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind30/spider_v30_B_unanswerable.json"

# (db_id, question, why unanswerable -- checked by hand against the schema)
ITEMS = [
 ("car_1", "What's the sticker price of the ford torino?",
  "no price/MSRP column in any car_1 table"),
 ("car_1", "which cars in the list come with an automatic transmission?",
  "no transmission column; car_names.Make holds only model names"),
 ("course_teach", "What's the annual salary of each teacher?",
  "teacher has only name, age, hometown"),
 ("course_teach", "How many students are enrolled in the History course?",
  "no students/enrolment table; course_arrange links courses to teachers and grade levels only"),
 ("dog_kennels", "what colour is each dog? name + coat color pls",
  "Dogs has breed, size, age, weight, gender, dates - no colour"),
 ("flight_2", "What time does United Airlines flight 28 take off?",
  "flights has only airline, number, source and destination airports - no times"),
 ("flight_2", "avg ticket price for flights out of Aberdeen?",
  "no fare/price column"),
 ("network_1", "Can you list the high schoolers' birthdays?",
  "Highschooler has only ID, name, grade"),
 ("pets_1", "What are the names of all the pets?",
  "Pets has PetID, PetType, pet_age, weight - no pet name"),
 ("real_estate_properties", "Which real estate agent handled the sale of each property?",
  "no agent/broker column or table"),
 ("student_transcripts_tracking", "What grade did each student get in the math course?",
  "no grade/score/GPA column; transcripts only have dates"),
 ("voter_1", "How old are the people who voted for Kelly Clauss?",
  "VOTES has phone number, state, contestant, timestamp - no voter age"),
]


def main():
    errors = []
    if len(ITEMS) != 12:
        errors.append(f"{len(ITEMS)} items (want 12)")
    dbs = Counter(i[0] for i in ITEMS)
    for db in ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
               "real_estate_properties", "student_transcripts_tracking", "voter_1"]:
        if dbs[db] < 1:
            errors.append(f"no question for {db}")
        if not os.path.exists(os.path.join(DB_ROOT, db, db + ".sqlite")):
            errors.append(f"missing database {db}")
    if errors:
        print("FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": ""} for db, q, _why in ITEMS]
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2)
    print(f"OK: wrote {len(out)} items to {OUT}; per db: {dict(dbs)}")


if __name__ == "__main__":
    main()
