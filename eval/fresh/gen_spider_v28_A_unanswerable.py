#!/usr/bin/env python3
"""12 unanswerable questions over half-A Spider dbs (attribute held by no column).
Each item lists forbidden keywords; the script checks against the live schema AND
tables.json that no column/table name contains them, then writes the JSON."""
import json, sqlite3, sys

DB_DIR = "/work/shared/eval/spider/database"
TABLES_JSON = "/work/shared/eval/spider/tables.json"
OUT = "/tmp/blind28/spider_v28_A_unanswerable.json"

# (db_id, question, paraphrase, keywords that would indicate a column holds it)
ITEMS = [
("battle_death", "how big was the crew on each ship?",
 "List every ship with the number of sailors aboard.", ["crew", "sailor", "men", "complement"]),
("concert_singer", "what did tickets cost for each concert",
 "Show the ticket price charged at every concert.", ["price", "ticket", "cost", "fee"]),
("concert_singer", "which record label is each singer signed to?",
 "Give me the singers and the labels they record for.", ["label", "record", "company"]),
("cre_Doc_Template_Mgt", "who wrote each document? doc name + author",
 "List the documents together with their authors.", ["author", "writer", "creator", "owner"]),
("employee_hire_evaluation", "employee names and their annual salary pls",
 "What is each staff member's yearly pay?", ["salary", "pay", "wage", "income"]),
("museum_visit", "which city is each museum located in",
 "Show every museum along with its city / address.", ["city", "address", "location", "country"]),
("orchestra", "how many musicians play in each orchestra?",
 "Number of members per orchestra, please.", ["musician", "member", "size", "players"]),
("poker_player", "poker players' names and their weight in kg",
 "How heavy is each poker player?", ["weight", "kg", "mass"]),
("singer", "what music genre does each singer perform",
 "List singers with their genre.", ["genre", "style", "category"]),
("tvshow", "runtime in minutes of each cartoon",
 "How long does every cartoon run, in minutes?", ["runtime", "duration", "length", "minute"]),
("world_1", "official currency of each country",
 "Which currency is used in every country?", ["currency", "money"]),
("world_1", "avg elevation above sea level for cities in Peru",
 "What's the mean altitude of Peruvian cities?", ["elevation", "altitude", "height"]),
]


def main():
    tj = {d["db_id"]: d for d in json.load(open(TABLES_JSON))}
    errors, out = [], []
    seen = set()
    dbs = set()
    for db, q, para, kws in ITEMS:
        dbs.add(db)
        if q.lower() in seen:
            errors.append(f"duplicate: {q}")
        seen.add(q.lower())
        con = sqlite3.connect(f"file:{DB_DIR}/{db}/{db}.sqlite?mode=ro", uri=True)
        names = []
        for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            names.append(t)
            names += [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
        names += [c[1] for c in tj[db]["column_names_original"]] + tj[db]["table_names_original"]
        names += [c[1] for c in tj[db]["column_names"]]
        low = [n.lower() for n in names]
        for kw in kws:
            hit = [n for n in low if kw in n.replace("_", " ").split() or (len(kw) > 4 and kw in n)]
            if hit:
                errors.append(f"[{db}] keyword '{kw}' matches column(s) {sorted(set(hit))}: {q}")
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": para})
    expected = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
                "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"}
    if dbs != expected:
        errors.append(f"db coverage mismatch: {expected ^ dbs}")
    if len(out) != 12:
        errors.append(f"expected 12 items, got {len(out)}")
    if errors:
        print("FAILED:\n" + "\n".join(errors))
        sys.exit(1)
    json.dump(out, open(OUT, "w"), indent=2, ensure_ascii=False)
    print(f"OK: wrote {len(out)} unanswerable items to {OUT}")


if __name__ == "__main__":
    main()
