#!/usr/bin/env python3
"""Generate /tmp/blind23/spider_v23_A_unanswerable.json: 12 questions asking for an attribute that no
column of the database holds, about an entity that really exists. Written only if every check passes."""
import json, os, re, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind23/spider_v23_A_unanswerable.json"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# (db_id, question, paraphrase, anchor query proving the entity exists, attribute words absent from schema)
ITEMS = [
("battle_death",
 "how many soldiers fought at the Battle of Adrianople?",
 "What was the troop strength on the field at the Battle of Adrianople?",
 "SELECT id FROM battle WHERE name = 'Battle of Adrianople'",
 ["soldier", "troop", "army", "strength", "fought"]),
("battle_death",
 "who was the captain of the ship Bon Accord",
 "Name the skipper of the Bon Accord.",
 "SELECT id FROM ship WHERE name = 'Bon Accord'",
 ["captain", "skipper", "crew"]),
("concert_singer",
 "what was the ticket price for the Auditions concert?",
 "How much did it cost to get into the Auditions show?",
 "SELECT concert_id FROM concert WHERE concert_name = 'Auditions'",
 ["ticket", "price", "cost", "fee"]),
("concert_singer",
 "which record label is Timbaland signed to",
 "Timbaland's label - who is it?",
 "SELECT singer_id FROM singer WHERE name = 'Timbaland'",
 ["label", "record", "signed"]),
("cre_Doc_Template_Mgt",
 "who wrote the document 'Understanding DB'?",
 "Name the author of Understanding DB.",
 "SELECT document_id FROM documents WHERE document_name = 'Understanding DB'",
 ["author", "writer", "wrote", "written", "creator"]),
("employee_hire_evaluation",
 "what is George Chuter's salary",
 "How much does George Chuter get paid per year?",
 "SELECT employee_id FROM employee WHERE name = 'George Chuter'",
 ["salary", "pay", "wage", "income"]),
("museum_visit",
 "what's the street address of the Plaza Museum?",
 "Which street and number is Plaza Museum at?",
 "SELECT museum_id FROM museum WHERE name = 'Plaza Museum'",
 ["address", "street", "location", "city"]),
("orchestra",
 "how many musicians play in the London Symphony Orchestra",
 "What is the head count of players in the London Symphony Orchestra?",
 "SELECT orchestra_id FROM orchestra WHERE orchestra = 'London Symphony Orchestra'",
 ["musician", "member", "player", "size", "headcount"]),
("poker_player",
 "how much does Maksim Botin weigh?",
 "Maksim Botin's weight in kg?",
 "SELECT people_id FROM people WHERE name = 'Maksim Botin'",
 ["weight", "weigh", "mass", "kg"]),
("singer",
 "what music genre is Christy Walton known for",
 "Which style of music does Christy Walton sing?",
 "SELECT singer_id FROM singer WHERE name = 'Christy Walton'",
 ["genre", "style"]),
("tvshow",
 "who owns the channel MTV Rocks?",
 "Which company is the owner of MTV Rocks?",
 "SELECT id FROM tv_channel WHERE series_name = 'MTV Rocks'",
 ["owner", "owns", "company", "network"]),
("world_1",
 "what currency is used in Japan",
 "Japan's money - which currency do they pay with?",
 "SELECT code FROM country WHERE name = 'Japan'",
 ["currency", "money"]),
]


def squash(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def main():
    errors = []
    seen = set()
    for db, q, p, anchor, words in ITEMS:
        tag = "%s: %s" % (db, q)
        if db not in DBS:
            errors.append("unknown db " + tag)
            continue
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        c = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            rows = c.execute(anchor).fetchall()
            if not rows:
                errors.append("anchor returns no row: " + tag)
        except Exception as e:
            errors.append("anchor error %s: %s" % (e, tag))
        names = []
        for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            names.append(t)
            names += [r[1] for r in c.execute('PRAGMA table_info("%s")' % t.replace('"', '""')).fetchall()]
        squashed = [squash(n) for n in names]
        if not words:
            errors.append("no attribute words: " + tag)
        for w in words:
            sw = squash(w)
            hits = [n for n, s in zip(names, squashed) if sw in s]
            if hits:
                errors.append("attribute word %r found in schema names %s: %s" % (w, hits, tag))
        if not words or not any(w.lower() in (q + " " + p).lower() for w in words):
            errors.append("no attribute word appears in question/paraphrase: " + tag)
        for text in (q, p):
            k = " ".join(text.lower().split())
            if k in seen:
                errors.append("duplicate text: %r" % text)
            seen.add(k)
    if len(ITEMS) != 12:
        errors.append("want 12 items, have %d" % len(ITEMS))
    if errors:
        print("CHECKS FAILED (%d):" % len(errors))
        print("\n".join(errors))
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": "", "paraphrase": p} for db, q, p, _a, _w in ITEMS]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("all checks passed; wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
