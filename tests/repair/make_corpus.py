#!/usr/bin/env python3
"""Builds tests/repair/corpus.jsonl: broken queries with their correct form, over the Spider dev
databases in ../shared/eval/spider. Each broken query is a gold query deliberately corrupted in
one way a model gets SQL wrong (a misspelt column or table, a wrong alias, a dropped qualifier,
prose around the SQL, another dialect, a literal that is not a stored value, ...), and kept only
when SQLite really fails on it the intended way (or, for literals, returns no rows while the
correct query returns some). Deterministic: the same inputs give the same file.

Test fixture generator only; nothing here is used by genbi itself.
usage: python3 tests/repair/make_corpus.py [SPIDER_DIR] > tests/repair/corpus.jsonl"""

import json
import os
import random
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPIDER = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "eval", "spider")
PER_CLASS = {"unknown_column": 40, "unknown_table": 30, "wrong_qualifier": 30, "ambiguous_column": 30,
             "wrapping": 30, "dialect": 35, "value_literal": 40, "aggregate_misuse": 12,
             "syntax": 10, "wrong_function": 10, "group_by": 6}

def dbpath(db):
    return os.path.join(SPIDER, "database", db, db + ".sqlite")


def run(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % dbpath(db), uri=True)
    con.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        return None, con.execute(sql).fetchall()
    except Exception as e:  # noqa: BLE001 - the message is the point
        return str(e), None
    finally:
        con.close()


def schema(db):
    con = sqlite3.connect("file:%s?mode=ro" % dbpath(db), uri=True)
    tabs = {}
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        tabs[t] = [r[1] for r in con.execute('PRAGMA table_info("%s")' % t)]
    con.close()
    return tabs


def aliases(sql, tabs):
    """alias (lower) -> table for `table AS alias`."""
    out = {}
    low = {t.lower(): t for t in tabs}
    for m in re.finditer(r"\b([A-Za-z_][A-Za-z0-9_]*)\s+(?:AS\s+)?(T\d+)\b", sql, re.I):
        if m.group(1).lower() in low:
            out[m.group(2).lower()] = low[m.group(1).lower()]
    return out


def replace_word(sql, old, new, only_first=False):
    done = False
    out = []
    for chunk in re.split(r"('(?:[^']|'')*')", sql):
        if chunk.startswith("'"):
            out.append(chunk)
            continue
        if only_first and done:
            out.append(chunk)
            continue
        pat = re.compile(r"(?<![A-Za-z0-9_.])%s(?![A-Za-z0-9_])" % re.escape(old), re.I)
        chunk, n = pat.subn(new, chunk, count=1 if only_first else 0)
        done = done or n > 0
        out.append(chunk)
    return "".join(out)


def misspell(rng, name):
    ops = []
    if "_" in name:
        ops += [lambda s: s.replace("_", ""), lambda s: "".join(w.capitalize() for w in s.split("_")),
                lambda s: s.replace("_", "", 1)]
    if len(name) > 4:
        ops += [lambda s: s[:len(s) // 2] + s[len(s) // 2 + 1:],
                lambda s: s[:2] + s[3] + s[2] + s[4:]]
    ops += [lambda s: s + "s" if not s.endswith("s") else s[:-1]]
    for _ in range(10):
        cand = rng.choice(ops)(name)
        if cand.lower() != name.lower():
            return cand
    return None


def c_unknown_column(rng, db, gold, tabs):
    cols = sorted({c for t in tabs.values() for c in c_words(gold, t)})
    rng.shuffle(cols)
    for c in cols:
        bad = misspell(rng, c)
        if not bad or any(bad.lower() == x.lower() for t in tabs.values() for x in t):
            continue
        broken = replace_word(gold, c, bad, only_first=rng.random() < 0.5)
        yield broken, "no such column"


def c_words(sql, names):
    words = {w.lower() for w in re.findall(r"(?<![A-Za-z0-9_'])[A-Za-z_][A-Za-z0-9_]*", re.sub(r"'(?:[^']|'')*'", "", sql))}
    return [n for n in names if n.lower() in words and len(n) > 2]


def c_unknown_table(rng, db, gold, tabs):
    for t in c_words(gold, list(tabs)):
        bad = misspell(rng, t)
        if not bad or any(bad.lower() == x.lower() for x in tabs):
            continue
        yield replace_word(gold, t, bad), "no such table"


def c_wrong_qualifier(rng, db, gold, tabs):
    al = aliases(gold, tabs)
    for m in re.finditer(r"\b(T\d+)\.([A-Za-z_][A-Za-z0-9_]*)", gold):
        a, col = m.group(1).lower(), m.group(2)
        for other, ot in al.items():
            if other == a or any(col.lower() == x.lower() for x in tabs[ot]):
                continue
            broken = gold[:m.start()] + m.group(1)[0] + other[1:] + "." + col + gold[m.end():]
            yield broken, "no such column"


def c_ambiguous(rng, db, gold, tabs):
    al = aliases(gold, tabs)
    for m in re.finditer(r"\b(T\d+)\.([A-Za-z_][A-Za-z0-9_]*)", gold):
        col = m.group(2)
        owners = [a for a, t in al.items() if any(col.lower() == x.lower() for x in tabs[t])]
        if len(owners) >= 2:
            yield gold[:m.start()] + col + gold[m.end():], "ambiguous column"


WRAPS = [
    "Here is the SQL query:\n\n{sql}\n\nThis query answers the question.",
    "SQL: {sql}",
    "```sql\n{sql}\n```",
    "{sql};\n{sql};",
    "To answer this, we select from the tables.\n```\n{sql};\n```\nLet me know if you need more.",
    "{sql}; -- done",
    "Query:\n{sql}\n\nExplanation: the query filters and aggregates as asked.",
    "{sql}; SELECT 1;",
]


def c_wrapping(rng, db, gold, tabs):
    yield rng.choice(WRAPS).format(sql=gold), None


def c_dialect(rng, db, gold, tabs):
    out = gold
    m = re.search(r"\s+LIMIT\s+(\d+)\s*$", out, re.I)
    changed = False
    if m and out.upper().count("SELECT") == 1 and rng.random() < 0.6:
        n = m.group(1)
        out = out[:m.start()]
        out = re.sub(r"^SELECT\s+(DISTINCT\s+)?", lambda mm: "SELECT " + (mm.group(1) or "") + "TOP " + n + " ", out, count=1, flags=re.I)
        changed = True
    elif m and rng.random() < 0.5:
        out = out[:m.start()] + " FETCH FIRST %s ROWS ONLY" % m.group(1)
        changed = True
    if re.search(r"\bLIKE\b", out) and rng.random() < 0.8:
        out = replace_word(out, "LIKE", "ILIKE")
        changed = True
    if re.search(r"\bcount\(\*\)", out, re.I) and rng.random() < 0.5:
        out = re.sub(r"\bcount\(\*\)", "count(*)::int", out, count=1, flags=re.I)
        changed = True
    m2 = re.search(r"\bavg\s*\(([^()]*)\)", out, re.I)
    if m2 and rng.random() < 0.6:
        out = out[:m2.start()] + "avg(%s::numeric)" % m2.group(1) + out[m2.end():]
        changed = True
    m3 = re.search(r"\blength\s*\(", out, re.I)
    if m3:
        out = out[:m3.start()] + rng.choice(["LEN(", "CHAR_LENGTH("]) + out[m3.end():]
        changed = True
    m4 = re.search(r"\bsum\s*\(([^()]*)\)", out, re.I)
    if m4 and not changed:
        out = out[:m4.start()] + "ISNULL(sum(%s), 0)" % m4.group(1) + out[m4.end():]
        changed = True
    if changed:
        yield out, "syntax error|no such function|no such column|unrecognized token|near"


def c_value(rng, db, gold, tabs):
    for m in re.finditer(r"(=|\bLIKE)\s*('(?:[^']|'')+'|\"[^\"]+\")", gold, re.I):
        lit = m.group(2)[1:-1]
        if len(lit) < 4 or lit.isdigit() or re.match(r"^[\d.\-/ :]+$", lit):
            continue
        core = lit.strip("%")
        kinds = []
        if core.lower() != core:
            kinds.append(core.lower())
        if core.upper() != core:
            kinds.append(core.upper())
        if " " in core:
            kinds.append(core.replace(" ", "", 1))
            kinds.append(core.replace(" ", "  ", 1))
        if len(core) > 5:
            i = rng.randrange(1, len(core) - 1)
            kinds.append(core[:i] + core[i + 1:])
            kinds.append(core[:i] + core[i + 1] + core[i] + core[i + 2:])
        if not kinds:
            continue
        bad = rng.choice(kinds)
        bad_lit = lit.replace(core, bad)
        broken = gold[:m.start(2)] + "'" + bad_lit.replace("'", "''") + "'" + gold[m.end(2):]
        yield broken, "EMPTY"


def c_aggregate(rng, db, gold, tabs):
    m = re.search(r"\bGROUP\s+BY\s+(.+?)\s+HAVING\s+(.+?)(\s+ORDER\s+BY.*|\s+LIMIT.*)?$", gold, re.I)
    if not m or re.search(r"\bWHERE\b", gold, re.I) or "(" in m.group(1):
        return
    head = gold[:m.start()]
    tail = m.group(3) or ""
    yield "%s WHERE %s GROUP BY %s%s" % (head.rstrip(), m.group(2), m.group(1), tail), "misuse of aggregate"


KEYWORD_TYPOS = {"FROM": "FORM", "WHERE": "WHRE", "SELECT": "SELCT", "GROUP": "GRUOP", "ORDER": "ODER"}


def c_syntax(rng, db, gold, tabs):
    k = rng.choice([k for k in KEYWORD_TYPOS if re.search(r"\b%s\b" % k, gold, re.I)] or ["SELECT"])
    yield replace_word(gold, k, KEYWORD_TYPOS[k], only_first=True), "syntax error|no such column|near"


def c_function(rng, db, gold, tabs):
    for f, bad in (("avg", "average"), ("count", "cnt"), ("max", "maximum"), ("min", "minimum"), ("sum", "total_sum")):
        if re.search(r"\b%s\s*\(" % f, gold, re.I):
            yield re.sub(r"\b%s\s*\(" % f, bad + "(", gold, count=1, flags=re.I), "no such function"
            return


def c_group_by(rng, db, gold, tabs):
    m = re.search(r"\bGROUP\s+BY\s+([A-Za-z0-9_.]+)", gold, re.I)
    if m:
        yield gold[:m.start(1)] + "9" + gold[m.end(1):], "GROUP BY term out of range"


GEN = {"unknown_column": c_unknown_column, "unknown_table": c_unknown_table,
       "wrong_qualifier": c_wrong_qualifier, "ambiguous_column": c_ambiguous,
       "wrapping": c_wrapping, "dialect": c_dialect, "value_literal": c_value,
       "aggregate_misuse": c_aggregate, "syntax": c_syntax, "wrong_function": c_function,
       "group_by": c_group_by}


def main():
    rng = random.Random(20240601)
    dev = json.load(open(os.path.join(SPIDER, "dev.json")))
    items = [(d["db_id"], d["query"].strip().rstrip(";")) for d in dev if os.path.exists(dbpath(d["db_id"]))]
    schemas = {db: schema(db) for db in {d for d, _ in items}}
    out = []
    for cls, want in PER_CLASS.items():
        order = list(range(len(items)))
        rng.shuffle(order)
        got, seen_gold = 0, set()
        for i in order:
            if got >= want:
                break
            db, gold = items[i]
            if gold in seen_gold:
                continue
            err, rows = run(db, gold)
            if err or not rows:
                continue
            for broken, expect in GEN[cls](rng, db, gold, schemas[db]):
                if broken == gold:
                    continue
                if expect is not None:
                    berr, brows = run(db, broken) if not broken.count(";") > 1 else ("multi", None)
                    if expect == "EMPTY":
                        if berr or brows:
                            continue
                    elif not berr or not re.search(expect, berr, re.I):
                        continue
                out.append({"db_id": db, "class": cls, "broken": broken, "correct": gold})
                seen_gold.add(gold)
                got += 1
                break
    for o in out:
        print(json.dumps(o))


if __name__ == "__main__":
    main()
