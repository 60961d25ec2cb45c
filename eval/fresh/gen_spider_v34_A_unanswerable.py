#!/usr/bin/env python3
"""Unanswerable questions (attribute not stored in schema) for spider v34 part A."""
import json, os, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind34/spider_v34_A_unanswerable.json"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# (db_id, question, forbidden column-name fragments that would make it answerable)
ITEMS = [
    ("battle_death", "What year was the ship Lettice built?", ["built", "launch", "year"]),
    ("concert_singer", "How much did tickets cost for the Auditions concert?", ["price", "ticket", "cost"]),
    ("cre_Doc_Template_Mgt", "Who wrote the document 'Summer Show'? I need the author's name.", ["author", "writer", "creator"]),
    ("employee_hire_evaluation", "what's Lee Mears's monthly salary?", ["salary", "wage", "pay"]),
    ("employee_hire_evaluation", "Give me the phone number of the FC Lahti shop manager.", ["phone", "tel", "contact"]),
    ("museum_visit", "What is the street address of the RiverPark Museum?", ["address", "street"]),
    ("orchestra", "How many musicians play in the London Symphony Orchestra?", ["musician", "member", "size"]),
    ("poker_player", "What's Maksim Botin's email address?", ["email", "mail"]),
    ("singer", "Which record label released 'Cha Cha Slide', and what genre is it?", ["label", "genre", "record"]),
    ("tvshow", "how much is the monthly subscription for Sky Music?", ["price", "fee", "cost", "subscription"]),
    ("world_1", "What currency do they use in Japan?", ["currency", "money"]),
    ("world_1", "Who is the current mayor of Kabul?", ["mayor"]),
]


def columns(db):
    con = sqlite3.connect(f"file:{os.path.join(DB_ROOT, db, db + '.sqlite')}?mode=ro", uri=True)
    cols = []
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        cols += [r[1].lower() for r in con.execute(f'PRAGMA table_info("{t}")')]
    con.close()
    return cols


def main():
    errors = []
    if len(ITEMS) != 12:
        errors.append(f"expected 12 items, got {len(ITEMS)}")
    for db in DBS:
        if not any(i[0] == db for i in ITEMS):
            errors.append(f"no item for {db}")
    qs = set()
    for db, q, bad in ITEMS:
        if db not in DBS:
            errors.append(f"unknown db {db}")
            continue
        if q in qs:
            errors.append(f"duplicate question: {q}")
        qs.add(q)
        cols = columns(db)
        for frag in bad:
            hits = [c for c in cols if frag in c]
            if hits:
                errors.append(f"{db}: '{q}' may be answerable via columns {hits}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": ""} for db, q, _ in ITEMS]
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"OK: wrote {len(out)} items to {OUT}")


if __name__ == "__main__":
    main()
