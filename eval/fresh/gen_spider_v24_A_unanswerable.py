#!/usr/bin/env python3
"""Unanswerable questions for Spider v24 half A.

Each item asks for an attribute that no column of the database holds, about an
entity that really exists.  The script checks, for every item:
  * an anchor query finds the entity (returns at least one row);
  * none of the attribute words occurs in any table or column name of the db
    (case-insensitive, also with underscores removed);
  * question/paraphrase are non-empty and unique, query is "".
Writes /tmp/blind24/spider_v24_A_unanswerable.json only if all checks pass.
"""
import json
import os
import re
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind24/spider_v24_A_unanswerable.json"
DBS = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt",
       "employee_hire_evaluation", "museum_visit", "orchestra",
       "poker_player", "singer", "tvshow", "world_1"}

# (db_id, question, paraphrase, anchor SQL, attribute words)
ITEMS = [
    ("battle_death",
     "how many soldiers fought at the Battle of Adrianople?",
     "What was the size of the armies (number of troops) at the Battle of Adrianople?",
     "SELECT 1 FROM battle WHERE name = 'Battle of Adrianople'",
     ["soldier", "troop", "army", "armies"]),
    ("concert_singer",
     "What's the ticket price for the Auditions concert?",
     "how much did tickets cost for the concert called auditions",
     "SELECT 1 FROM concert WHERE concert_Name = 'Auditions'",
     ["ticket", "price", "cost"]),
    ("concert_singer",
     "which record label is Timbaland signed to",
     "Name the record label that the singer Timbaland is under contract with.",
     "SELECT 1 FROM singer WHERE Name = 'Timbaland'",
     ["label", "record", "contract"]),
    ("cre_Doc_Template_Mgt",
     "Who is the author of the document 'Learning French'?",
     "who wrote the learning french doc?",
     "SELECT 1 FROM Documents WHERE Document_Name = 'Learning French'",
     ["author", "writer", "wrote"]),
    ("employee_hire_evaluation",
     "what is Lee Mears's salary",
     "How much is the employee Lee Mears paid per year?",
     "SELECT 1 FROM employee WHERE Name = 'Lee Mears'",
     ["salary", "pay", "wage"]),
    ("museum_visit",
     "What is the street address of the Plaza Museum?",
     "where exactly is plaza museum located - its address?",
     "SELECT 1 FROM museum WHERE Name = 'Plaza Museum'",
     ["address", "street", "location", "city"]),
    ("orchestra",
     "how many musicians play in the London Symphony Orchestra?",
     "What is the number of members in the London Symphony Orchestra?",
     "SELECT 1 FROM orchestra WHERE Orchestra = 'London Symphony Orchestra'",
     ["musician", "member", "player", "size"]),
    ("poker_player",
     "How much does Aleksey Ostapenko weigh?",
     "aleksey ostapenko's weight in kg?",
     "SELECT 1 FROM people WHERE Name = 'Aleksey Ostapenko'",
     ["weight", "weigh", "kg"]),
    ("singer",
     "what music genre is Christy Walton known for",
     "Which genre of music does the singer Christy Walton perform?",
     "SELECT 1 FROM singer WHERE Name = 'Christy Walton'",
     ["genre", "style"]),
    ("tvshow",
     "Who owns the channel MTV Rocks?",
     "which company is the owner of mtv rocks",
     "SELECT 1 FROM TV_Channel WHERE series_name = 'MTV Rocks'",
     ["owner", "owns", "company"]),
    ("world_1",
     "what currency does Japan use?",
     "What is the official currency of Japan?",
     "SELECT 1 FROM country WHERE Name = 'Japan'",
     ["currency", "money"]),
    ("world_1",
     "Which time zone is Tokyo in?",
     "tokyo's timezone / utc offset?",
     "SELECT 1 FROM city WHERE Name = 'Tokyo'",
     ["timezone", "time_zone", "zone", "utc", "offset"]),
]


def schema_names(conn):
    names = []
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        names.append(t)
        for row in conn.execute('PRAGMA table_info("%s")' % t.replace('"', '""')):
            names.append(row[1])
    return names


def tables_json_names(db):
    with open("/work/shared/eval/spider/tables.json") as f:
        for t in json.load(f):
            if t["db_id"] == db:
                return (t["table_names_original"] + t["table_names"]
                        + [c[1] for c in t["column_names_original"]]
                        + [c[1] for c in t["column_names"]])
    return None


def norm(q):
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()


def main():
    failures = []
    out = []
    seen = set()
    for i, (db, q, p, anchor, words) in enumerate(ITEMS):
        tag = "#%d [%s]" % (i, db)
        if db not in DBS:
            failures.append(tag + " db not in half A")
            continue
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            rows = conn.execute(anchor).fetchall()
        except sqlite3.Error as ex:
            failures.append(tag + " anchor error: %s" % ex)
            rows = []
        if not rows:
            failures.append(tag + " anchor returned no row: " + anchor)
        tj = tables_json_names(db)
        if tj is None:
            failures.append(tag + " db missing from tables.json")
            tj = []
        names = [n.lower() for n in schema_names(conn) + tj]
        names = names + [n.replace("_", "").replace(" ", "") for n in names]
        for w in words:
            wl = w.lower()
            hits = [n for n in names if wl in n or wl.replace("_", "") in n]
            if hits:
                failures.append(tag + " attribute word %r appears in schema names %r" % (w, sorted(set(hits))))
        for txt in (q, p):
            if not txt.strip():
                failures.append(tag + " empty text")
            k = norm(txt)
            if k in seen:
                failures.append(tag + " duplicate text: " + txt)
            seen.add(k)
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": p})
    if len(out) != 12:
        failures.append("expected 12 items, got %d" % len(out))
    if failures:
        print("CHECKS FAILED (%d); not writing %s" % (len(failures), OUT))
        for f in failures:
            print("  -", f)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %s with %d items" % (OUT, len(out)))


if __name__ == "__main__":
    main()
