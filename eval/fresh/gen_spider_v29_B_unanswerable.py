#!/usr/bin/env python3
"""Unanswerable questions for v29_B: each asks for an attribute no column holds.

Checked by hand against each schema (see comments).
"""
import json

OUT = "/tmp/blind29/spider_v29_B_unanswerable.json"

ITEMS = [
    # car_1: cars_data has mpg/cylinders/edispl/hp/weight/accel/year; no price
    ("car_1", "how much does the cheapest toyota cost?"),
    # car_1: no colour column anywhere
    ("car_1", "What colour options were available for the ford torino?"),
    # course_teach: teacher has only name, age, hometown
    ("course_teach", "What's the annual salary of each teacher?"),
    # dog_kennels: Dogs has no colour; Owners/Professionals no colour
    ("dog_kennels", "Can you show me each dog's name and coat colour?"),
    # dog_kennels: Owners has name/address/contact only, no birth date or age
    ("dog_kennels", "which dog owners are over 60 years old?"),
    # flight_2: flights has airline, number, source, dest only; no times
    ("flight_2", "What time does United flight 28 leave APG?"),
    # flight_2: no fares
    ("flight_2", "avg ticket price for flights into Albany pls"),
    # network_1: Highschooler has ID, name, grade (school year), no GPA/marks
    ("network_1", "What is the GPA of each high schooler?"),
    # pets_1: Pets has PetID, PetType, pet_age, weight; no pet name
    ("pets_1", "What are the names of the pets owned by Tracy Kim?"),
    # real_estate_properties: room_count but no floor area / square footage
    ("real_estate_properties", "List each property with its floor area in square feet."),
    # student_transcripts_tracking: no grade/score/mark columns in transcripts or enrolments
    ("student_transcripts_tracking", "what grade did each student get in the math course?"),
    # voter_1: contestants have number and name only; votes no voter age
    ("voter_1", "How old is each of the contestants?"),
]

dbs = {d for d, _ in ITEMS}
assert len(ITEMS) == 12 and len(dbs) == 9, (len(ITEMS), dbs)
out = [{"question": q, "db_id": d, "query": ""} for d, q in ITEMS]
with open(OUT, "w") as f:
    json.dump(out, f, indent=2)
print(f"wrote {len(out)} unanswerable items to {OUT}")
