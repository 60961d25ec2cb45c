#!/usr/bin/env python3
"""Generate spider_v21_A_unanswerable.json and spider_v21_B_unanswerable.json: questions
asking for an attribute that no column of the database holds ("query": "").
Each item lists words that must not occur in any table or column name of its database;
the files are written only if that holds for every item."""
import json
import os
import sqlite3
import sys

DB_DIR = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))

# (db_id, question, paraphrase, words that no table/column name may contain)
HALF_A = [
    ("battle_death",
     "How much did each ship cost to build?",
     "What was the construction cost of every ship?",
     ["cost", "price", "value"]),
    ("concert_singer",
     "What was the ticket price for each concert?",
     "How much did a ticket go for at every concert?",
     ["price", "ticket", "cost", "fee"]),
    ("concert_singer",
     "which record label is each singer signed to",
     "Give me every singer's record label.",
     ["label", "record"]),
    ("cre_Doc_Template_Mgt",
     "Who wrote each document?",
     "List the author of every document.",
     ["author", "writer", "created_by", "owner"]),
    ("employee_hire_evaluation",
     "what's the monthly salary of each employee",
     "How much is every employee paid per month?",
     ["salary", "wage", "pay"]),
    ("museum_visit",
     "Which city is each museum located in?",
     "Museum names with the city they're in",
     ["city", "location", "address"]),
    ("orchestra",
     "how many musicians play in each orchestra?",
     "Number of players per orchestra",
     ["musician", "member", "player", "size"]),
    ("poker_player",
     "What's the email address of each poker player?",
     "Give me every poker player's e-mail.",
     ["email", "mail"]),
    ("singer",
     "What genre is each song?",
     "List every song with its musical genre.",
     ["genre", "style"]),
    ("tvshow",
     "monthly subscription price of each channel",
     "How much does each TV channel cost per month to subscribe to?",
     ["price", "cost", "fee", "subscription"]),
    ("world_1",
     "What's the unemployment rate in each country?",
     "Show the jobless rate for every country.",
     ["unemploy", "jobless"]),
    ("world_1",
     "which currency does each country use",
     "List the countries along with their currencies.",
     ["currency", "money"]),
]

HALF_B = [
    ("car_1",
     "What's the retail price of each car model?",
     "How much does every model cost to buy?",
     ["price", "cost", "msrp"]),
    ("car_1",
     "what color is each car",
     "List every car with its paint colour.",
     ["color", "colour", "paint"]),
    ("course_teach",
     "What salary does each teacher earn?",
     "How much is every teacher paid?",
     ["salary", "pay", "wage"]),
    ("dog_kennels",
     "What color is each dog?",
     "Give me every dog's coat colour.",
     ["color", "colour", "coat"]),
    ("dog_kennels",
     "whats the microchip number of each dog",
     "List the dogs with their microchip IDs.",
     ["chip"]),
    ("flight_2",
     "What's the departure time of each flight?",
     "When does every flight leave? Give the scheduled departure time.",
     ["time", "depart", "schedule", "date"]),
    ("flight_2",
     "how much is a ticket on each flight",
     "Fare for every flight?",
     ["price", "fare", "cost"]),
    ("network_1",
     "What is each high schooler's GPA?",
     "List the students with their grade point average.",
     ["gpa", "score", "point"]),
    ("pets_1",
     "What breed is each pet?",
     "Give me the breed of every pet.",
     ["breed"]),
    ("real_estate_properties",
     "Which agent listed each property?",
     "Show every property with the estate agent handling it.",
     ["agent", "broker", "realtor"]),
    ("student_transcripts_tracking",
     "What grade did each student get in each course?",
     "Show the marks students received per course.",
     ["grade", "score", "mark", "result"]),
    ("voter_1",
     "How old is each contestant?",
     "Give me every contestant's age.",
     ["age", "birth", "dob"]),
]


def names(db):
    path = os.path.join(DB_DIR, db, db + ".sqlite")
    conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    out = []
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        out.append(t.lower())
        for row in conn.execute('PRAGMA table_info("%s")' % t):
            out.append(row[1].lower())
    conn.close()
    return out


def build(items, out_name, expected_dbs):
    fails, out = [], []
    for db, q, para, words in items:
        cols = names(db)
        for w in words:
            hit = [c for c in cols if w in c]
            if hit:
                fails.append((db, q, "word %r occurs in %s" % (w, hit)))
        if q.strip().lower() == para.strip().lower():
            fails.append((db, q, "paraphrase identical"))
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": para, "kind": "unanswerable"})
    bad_db = sorted({d for d, *_ in items} - set(expected_dbs))
    if bad_db:
        fails.append(("-", "-", "databases outside this half: %s" % bad_db))
    if len(out) != 12:
        fails.append(("-", "-", "%d items, expected 12" % len(out)))
    return fails, out


def main():
    A = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation", "museum_visit",
         "orchestra", "poker_player", "singer", "tvshow", "world_1"]
    B = ["car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1", "real_estate_properties",
         "student_transcripts_tracking", "voter_1"]
    results = []
    allfails = []
    for items, name, dbs in ((HALF_A, "spider_v21_A_unanswerable.json", A),
                             (HALF_B, "spider_v21_B_unanswerable.json", B)):
        fails, out = build(items, name, dbs)
        allfails += fails
        results.append((name, out))
    if allfails:
        for f in allfails:
            print("FAIL", f)
        print("nothing written")
        sys.exit(1)
    for name, out in results:
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
        print("wrote %s: %d questions" % (path, len(out)))


if __name__ == "__main__":
    main()
