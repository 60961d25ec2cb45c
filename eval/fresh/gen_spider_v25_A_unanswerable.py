#!/usr/bin/env python3
"""Generate 12 unanswerable questions (attribute not held by any column) for half A.
Writes /tmp/blind25/spider_v25_A_unanswerable.json only if every check passes."""
import json, os, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
TABLES_JSON = "/work/shared/eval/spider/tables.json"
OUT = "/tmp/blind25/spider_v25_A_unanswerable.json"

# (db_id, question, paraphrase, anchor query proving the entity exists, attribute words)
ITEMS = [
("battle_death",
 "how many soldiers fought in the battle of adrianople",
 "what was the troop strength at Adrianople - number of men on the field?",
 "SELECT id FROM battle WHERE name = 'Battle of Adrianople'",
 ["soldier", "troop", "men", "fought", "strength"]),
("concert_singer",
 "whats the ticket price for the Auditions concert",
 "how much did it cost to get into Auditions?",
 "SELECT concert_ID FROM concert WHERE concert_Name = 'Auditions'",
 ["ticket", "price", "cost"]),
("cre_Doc_Template_Mgt",
 "who wrote the document 'Summer Show'",
 "author of Summer Show doc?",
 "SELECT Document_ID FROM Documents WHERE Document_Name = 'Summer Show'",
 ["author", "wrote", "writer"]),
("employee_hire_evaluation",
 "what is lee mears's annual salary",
 "how much does Lee Mears get paid per year (wage)?",
 "SELECT Employee_ID FROM employee WHERE Name = 'Lee Mears'",
 ["salary", "wage", "paid", "pay"]),
("museum_visit",
 "street address of the Plaza Museum?",
 "where exactly is Plaza Museum located - what's its address",
 "SELECT Museum_ID FROM museum WHERE Name = 'Plaza Museum'",
 ["address", "street", "located"]),
("museum_visit",
 "what's arjen robben's email",
 "give me the e-mail address for visitor Arjen Robben",
 "SELECT ID FROM visitor WHERE Name = 'Arjen Robben'",
 ["email", "e-mail", "mail", "address"]),
("orchestra",
 "how many musicians play in the london symphony orchestra",
 "size of the London Symphony Orchestra in number of players/members",
 "SELECT Orchestra_ID FROM orchestra WHERE Orchestra = 'London Symphony Orchestra'",
 ["musician", "player", "member", "size"]),
("poker_player",
 "how much does Aleksey Ostapenko weigh",
 "Aleksey Ostapenko's weight in kg?",
 "SELECT People_ID FROM people WHERE Name = 'Aleksey Ostapenko'",
 ["weigh", "weight", "kg"]),
("singer",
 "what genre is cha cha slide",
 "which music style does the song Cha Cha Slide belong to",
 "SELECT Song_ID FROM song WHERE Title = 'Cha Cha Slide'",
 ["genre", "style"]),
("tvshow",
 "who owns the MTV Hits channel",
 "owner / parent company of MTV Hits?",
 "SELECT id FROM TV_Channel WHERE series_name = 'MTV Hits'",
 ["owner", "owns", "company", "parent"]),
("world_1",
 "what currency does japan use",
 "japan's money - which currency is it?",
 "SELECT Code FROM country WHERE Name = 'Japan'",
 ["currency", "money"]),
("world_1",
 "what time zone is tokyo in",
 "Tokyo's timezone / UTC offset?",
 "SELECT ID FROM city WHERE Name = 'Tokyo'",
 ["time zone", "timezone", "utc", "offset"]),
]


def schema_names(db, tables_meta):
    names = []
    con = sqlite3.connect(f"file:{os.path.join(DB_ROOT, db, db + '.sqlite')}?mode=ro", uri=True)
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
        names.append(t)
        names += [r[1] for r in con.execute(f'PRAGMA table_info("{t}")').fetchall()]
    con.close()
    m = tables_meta.get(db)
    if m:
        names += m["table_names_original"] + m["table_names"]
        names += [c for _, c in m["column_names_original"]] + [c for _, c in m["column_names"]]
    return [n.lower().replace("_", " ") for n in names]


def main():
    tables_meta = {d["db_id"]: d for d in json.load(open(TABLES_JSON))}
    errors, seen = [], set()
    for i, (db, q, p, anchor, words) in enumerate(ITEMS):
        tag = f"#{i} {db}"
        for t in (q, p):
            k = " ".join(t.lower().split())
            if k in seen:
                errors.append(f"{tag}: duplicate {t}")
            seen.add(k)
        con = sqlite3.connect(f"file:{os.path.join(DB_ROOT, db, db + '.sqlite')}?mode=ro", uri=True)
        try:
            if not con.execute(anchor).fetchall():
                errors.append(f"{tag}: anchor returns no row")
        except Exception as e:
            errors.append(f"{tag}: anchor error {e}")
        con.close()
        names = schema_names(db, tables_meta)
        for w in words:
            hits = [n for n in names if w.lower() in n]
            if hits:
                errors.append(f"{tag}: attribute word '{w}' found in schema names {hits[:3]}")
    if len(ITEMS) != 12:
        errors.append(f"expected 12 items, got {len(ITEMS)}")
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": "", "paraphrase": p} for (db, q, p, _, _) in ITEMS]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"wrote {len(out)} items to {OUT}")


if __name__ == "__main__":
    main()
