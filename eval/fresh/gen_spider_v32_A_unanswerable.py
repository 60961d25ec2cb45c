#!/usr/bin/env python3
"""Unanswerable questions (attribute absent from schema) for the v32_A database set."""
import json, os, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind32/spider_v32_A_unanswerable.json"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# (db_id, question, entity that must exist in the data as (table, column, value))
ITEMS = [
    ("battle_death", "How many crew members were aboard HMS Avon when it was wrecked?",
     ("ship", "name", "HMS Avon")),
    ("concert_singer", "What was the ticket price for the Home Visits concert at Somerset Park?",
     ("concert", "concert_Name", "Home Visits")),
    ("cre_Doc_Template_Mgt", "Who is the author of the document 'Learning French', and when was it last edited?",
     ("Documents", "Document_Name", "Learning French")),
    ("employee_hire_evaluation", "What's the monthly salary of each employee working at FC Haka?",
     ("shop", "Name", "FC Haka")),
    ("museum_visit", "What is the adult admission fee at the Plaza Museum?",
     ("museum", "Name", "Plaza Museum")),
    ("museum_visit", "give me the email addresses of visitors who went to Capital Plaza Museum",
     ("museum", "Name", "Capital Plaza Museum")),
    ("orchestra", "What is the annual budget of the London Symphony Orchestra?",
     ("orchestra", "Orchestra", "London Symphony Orchestra")),
    ("poker_player", "Which casino did Maksim Botin win his biggest prize at?",
     ("people", "Name", "Maksim Botin")),
    ("singer", "What music genre is 'Cha Cha Slide', and how long is the track?",
     ("song", "Title", "Cha Cha Slide")),
    ("tvshow", "How much does a monthly subscription to Sky Radio cost?",
     ("TV_Channel", "series_name", "Sky Radio")),
    ("world_1", "What currency is used in Japan?",
     ("country", "Name", "Japan")),
    ("world_1", "What's the unemployment rate in Germany, and its official time zone?",
     ("country", "Name", "Germany")),
]


def main():
    errors = []
    for db, q, (t, c, v) in ITEMS:
        if db not in DBS:
            errors.append("unknown db %s" % db)
            continue
        con = sqlite3.connect("file:%s/%s/%s.sqlite?mode=ro" % (DB_ROOT, db, db), uri=True)
        n = con.execute('SELECT count(*) FROM "%s" WHERE "%s" = ?' % (t, c), (v,)).fetchone()[0]
        if n == 0:
            errors.append("entity %r not found in %s.%s.%s" % (v, db, t, c))
        con.close()
    missing = set(DBS) - {d for d, _, _ in ITEMS}
    if missing:
        errors.append("databases without an item: %s" % sorted(missing))
    if len(ITEMS) != 12:
        errors.append("expected 12 items, got %d" % len(ITEMS))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": ""} for db, q, _ in ITEMS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
