#!/usr/bin/env python3
"""Unanswerable questions for spider_v27 half A: each asks for an attribute that no
column of its database holds. Verified by reading the schema (column names) and
checking that none contains any of the attribute's keywords.
Writes /tmp/blind27/spider_v27_A_unanswerable.json only if every check passes."""
import json, os, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind27/spider_v27_A_unanswerable.json"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# (db, question, paraphrase, keywords that a column holding the attribute would contain)
ITEMS = [
    ("battle_death", "how big was the crew on each ship?",
     "Give me the number of sailors aboard every ship.", ["crew", "sailor", "men", "complement"]),
    ("concert_singer", "What was the ticket price for each concert?",
     "concert names w/ how much a ticket cost", ["price", "ticket", "cost", "fee"]),
    ("cre_Doc_Template_Mgt", "who wrote each document? name + author pls",
     "List every document together with its author.", ["author", "writer", "owner", "creat"]),
    ("employee_hire_evaluation", "What's each employee's monthly salary?",
     "employee names and how much they get paid per month", ["salary", "wage", "pay"]),
    ("employee_hire_evaluation", "email addresses of the shop managers",
     "How can I reach each manager by email? Give their email addresses.", ["email", "mail", "contact"]),
    ("museum_visit", "Which city is each museum located in?",
     "museum name + city/address", ["city", "address", "location", "street"]),
    ("orchestra", "how many musicians play in each orchestra",
     "For every orchestra, what is its number of members?", ["musician", "member", "size", "player"]),
    ("poker_player", "What's the weight of each poker player?",
     "poker players and how much they weigh (kg)", ["weight", "mass", "kg"]),
    ("singer", "What genre is each song?",
     "song titles w/ their music genre", ["genre", "style", "category"]),
    ("tvshow", "how long is each cartoon episode, in minutes?",
     "Give the runtime of every cartoon.", ["duration", "runtime", "length", "minute"]),
    ("world_1", "What currency does each country use?",
     "country name + its official currency", ["currency", "money"]),
    ("world_1", "avg yearly rainfall for each country in Africa",
     "How much rain does every African country get per year on average?", ["rain", "precip", "climate"]),
]


def main():
    errors, out = [], []
    covered = set()
    seen = set()
    for db, q, p, kws in ITEMS:
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        cols = []
        for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            cols += [f"{t}.{r[1]}" for r in con.execute(f'PRAGMA table_info("{t}")')]
        con.close()
        for kw in kws:
            hits = [c for c in cols if kw.lower() in c.split(".", 1)[1].lower()]
            if hits:
                errors.append(f"{db}: '{q}' keyword '{kw}' matches columns {hits}")
        for s in (q, p):
            k = s.strip().lower()
            if k in seen:
                errors.append(f"duplicate: {s}")
            seen.add(k)
        covered.add(db)
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": p})
    missing = set(DBS) - covered
    if missing:
        errors.append(f"dbs without an item: {sorted(missing)}")
    if len(out) != 12:
        errors.append(f"{len(out)} items, want 12")
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    print(f"OK: wrote {len(out)} items to {OUT}")


if __name__ == "__main__":
    main()
