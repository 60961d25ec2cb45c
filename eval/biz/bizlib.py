"""Shared build-and-check driver for the eval/biz generators (stdlib only).

gen_<name>.py OUT_DIR            builds OUT_DIR/<name>/<name>.sqlite, then runs every gold query of
                                 <name>_v1.json (beside this file): exit 1 if one fails, returns no rows, returns
                                 only NULLs, or (for a query ending in LIMIT n) has a tie at row n.
gen_<name>.py OUT_DIR --write-json   also (re)writes <name>_v1.json and <name>_v1_kinds.json from the
                                 QUESTIONS list embedded in the generator.
"""
import json
import os
import re
import sqlite3
import sys

KIND_MIN = {"time": 18, "measures": 14, "filters": 10, "topn": 8,
            "breakdowns": 7, "tricky": 7, "simple": 4}
LIMIT_RE = re.compile(r"\bLIMIT\s+(\d+)\s*;?\s*$", re.I)


def _check(con, sql):
    """Return None if fine, else a reason."""
    try:
        rows = con.execute(sql).fetchall()
    except sqlite3.Error as e:
        return "error: %s" % e
    if not rows:
        return "empty result"
    if all(v is None for r in rows for v in r):
        return "only NULLs"
    m = LIMIT_RE.search(sql)
    if m:
        n = int(m.group(1))
        more = con.execute(sql[:m.start()] + "LIMIT %d" % (n + 1)).fetchall()
        if len(more) > n and more[n - 1][-1] == more[n][-1]:
            return "tie at row %d on %r" % (n, more[n][-1])
    return None


def main(name, build, questions):
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    write_json = "--write-json" in sys.argv[1:]
    out = args[0] if args else "/tmp/biz"
    ddir = os.path.join(out, name)
    os.makedirs(ddir, exist_ok=True)
    path = os.path.join(ddir, name + ".sqlite")
    for p in (path, path + "-journal"):
        if os.path.exists(p):
            os.remove(p)
    con = sqlite3.connect(path)
    build(con)
    con.commit()
    con.execute("ANALYZE")
    con.commit()

    here = os.path.dirname(os.path.abspath(__file__))
    qpath = os.path.join(here, "%s_v1.json" % name)
    kpath = os.path.join(here, "%s_v1_kinds.json" % name)
    items = [{"question": t[1], "db_id": name, "query": t[2]} for t in questions]
    kinds = {str(i): t[0] for i, t in enumerate(questions)}
    # optional 4th element: the same ranking with its measure as the last column, so that a
    # "which X has the most Y" query that returns just X is still checked for a tie at row n
    tiechecks = {i: t[3] for i, t in enumerate(questions) if len(t) > 3}
    if write_json:
        with open(qpath, "w") as f:
            json.dump(items, f, indent=1, ensure_ascii=False)
            f.write("\n")
        with open(kpath, "w") as f:
            json.dump(kinds, f, indent=1)
            f.write("\n")
    with open(qpath) as f:
        items = json.load(f)
    with open(kpath) as f:
        kinds = json.load(f)

    bad = 0
    for i, it in enumerate(items):
        why = _check(con, it["query"])
        if why:
            bad += 1
            print("FAIL %d [%s] %s\n  %s\n  %s" % (i, kinds.get(str(i)), it["question"], it["query"], why))
    for i, tsql in sorted(tiechecks.items()):
        why = _check(con, tsql)
        if not why:
            a = con.execute(items[i]["query"]).fetchall()
            b = con.execute(tsql).fetchall()
            if [r[0] for r in a] != [r[0] for r in b]:
                why = "tie-check query ranks differently"
        if why:
            bad += 1
            print("FAIL tie-check %d %s\n  %s\n  %s" % (i, items[i]["question"], tsql, why))
    counts = {}
    for k in kinds.values():
        counts[k] = counts.get(k, 0) + 1
    for k, lo in KIND_MIN.items():
        if counts.get(k, 0) < lo:
            print("WARN kind %s has %d questions (< %d)" % (k, counts.get(k, 0), lo))
    tabs = con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    sizes = ", ".join("%s=%d" % (t, con.execute('SELECT COUNT(*) FROM "%s"' % t).fetchone()[0]) for (t,) in tabs)
    print("%s: %s" % (path, sizes))
    print("%s: %d questions, %d failed; kinds %s" % (name, len(items), bad, json.dumps(counts, sort_keys=True)))
    con.close()
    sys.exit(1 if bad else 0)
