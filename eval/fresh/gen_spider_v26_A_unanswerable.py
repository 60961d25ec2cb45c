#!/usr/bin/env python3
"""Unanswerable questions for half A: each asks for an attribute that no column holds.
Check: none of the item's attribute keywords appears in any table/column name of its db
(read from the sqlite schema and from tables.json). Writes only if all checks pass."""
import json, os, sqlite3, sys

DBROOT = "/work/shared/eval/spider/database"
TABLES_JSON = "/work/shared/eval/spider/tables.json"
OUT = "/tmp/blind26/spider_v26_A_unanswerable.json"

# (db_id, question, paraphrase, keywords that must NOT appear in any column/table name)
ITEMS = [
    ("battle_death", "how big was the crew on each ship?",
     "For every vessel, how many sailors were aboard?", ["crew", "sailor", "men", "aboard", "size"]),
    ("concert_singer", "what did tickets cost for each concert",
     "Give the admission price charged at every concert.", ["price", "cost", "ticket", "fee"]),
    ("concert_singer", "which record label is each singer signed to?",
     "Name the music label that every singer records for.", ["label", "record", "company"]),
    ("cre_Doc_Template_Mgt", "how many pages does each document have",
     "Page count per document, please", ["page", "length", "size"]),
    ("employee_hire_evaluation", "show each employee's email address",
     "What's the e-mail contact for every staff member?", ["email", "mail", "contact"]),
    ("museum_visit", "which city is each museum located in?",
     "Give the town or address where every museum sits.", ["city", "location", "address", "town"]),
    ("orchestra", "how many musicians play in each orchestra",
     "Give the number of players in every orchestra.", ["musician", "player", "member", "size"]),
    ("poker_player", "what's the weight of each poker player",
     "How heavy is every player, in kg?", ["weight", "mass", "kg"]),
    ("singer", "what genre is each song?",
     "Give the musical style of every track.", ["genre", "style", "category"]),
    ("tvshow", "monthly subscription price for each channel?",
     "How much does it cost per month to subscribe to every TV channel?", ["price", "cost", "fee", "subscription"]),
    ("world_1", "what currency does each country use",
     "Name the money (currency) in use in every country.", ["currency", "money"]),
    ("world_1", "unemployment rate of Germany?",
     "What share of Germany's workforce is jobless?", ["unemploy", "jobless", "workforce", "employ"]),
]


def names_sqlite(db):
    con = sqlite3.connect("file:%s?mode=ro" % os.path.join(DBROOT, db, db + ".sqlite"), uri=True)
    out = []
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        out.append(t.lower())
        out += [r[1].lower() for r in con.execute('PRAGMA table_info("%s")' % t)]
    con.close()
    return out


def main():
    tj = {d["db_id"]: d for d in json.load(open(TABLES_JSON))}
    errors, out = [], []
    dbs_a = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
             "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
    for db, q, p, kws in ITEMS:
        names = names_sqlite(db)
        d = tj[db]
        names += [c[1].lower() for c in d["column_names"]] + [c[1].lower() for c in d["column_names_original"]]
        names += [t.lower() for t in d["table_names"] + d["table_names_original"]]
        for kw in kws:
            hits = sorted({n for n in names if kw in n.replace("_", " ").split() or kw in n})
            if hits:
                errors.append("%s: keyword %r matches %s (%s)" % (db, kw, hits, q))
        out.append({"question": q, "db_id": db, "query": "", "paraphrase": p})
    missing = set(dbs_a) - {o["db_id"] for o in out}
    if missing:
        errors.append("no item for %s" % sorted(missing))
    if len(out) != 12:
        errors.append("count %d != 12" % len(out))
    if len({o["question"] for o in out}) != len(out):
        errors.append("duplicate question")
    if errors:
        print("CHECKS FAILED:"); print("\n".join(errors)); sys.exit(1)
    json.dump(out, open(OUT, "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print("wrote %s: %d items over %d dbs" % (OUT, len(out), len({o['db_id'] for o in out})))


if __name__ == "__main__":
    main()
