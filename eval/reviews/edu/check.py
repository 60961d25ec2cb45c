#!/usr/bin/env python3
"""Check questions.json against edu.sqlite: every gold query runs and returns >= 1 row with a
non-NULL value; kind counts; no ROUND; top-N / LIMIT queries have no tie at the cut-off."""
import collections, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
con = sqlite3.connect(f"file:{os.path.join(HERE, 'edu.sqlite')}?mode=ro", uri=True)
qs = json.load(open(os.path.join(HERE, "questions.json")))
want = {"time": 30, "measures": 25, "filters": 20, "topn": 15, "breakdowns": 15, "tricky": 10, "simple": 5}
errors = []
kinds = collections.Counter(q["kind"] for q in qs)
if dict(kinds) != want:
    errors.append(f"kind counts {dict(kinds)} != {want}")
if len({q["question"] for q in qs}) != len(qs):
    errors.append("duplicate questions")
for i, q in enumerate(qs, 1):
    sql = q["query"]
    tag = f"#{i} [{q['kind']}] {q['question']}"
    if re.search(r"\bROUND\s*\(", sql, re.I):
        errors.append(f"{tag}: uses ROUND")
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        cols = [d[0] for d in cur.description]
    except sqlite3.Error as e:
        errors.append(f"{tag}: {e}"); continue
    if not rows or not any(v is not None for r in rows for v in r):
        errors.append(f"{tag}: no non-NULL row"); continue
    if any(re.search(r"(^|_)(id|cd)$", c) for c in cols):
        errors.append(f"{tag}: id/code column {cols}")
    m = re.search(r"ORDER BY (.+) LIMIT (\d+)$", sql)
    if m:
        n = int(m.group(2))
        more = con.execute(sql[: m.start(2)] + str(n + 1)).fetchall()
        if len(rows) < n:
            errors.append(f"{tag}: only {len(rows)} rows for LIMIT {n}")
        elif len(more) > n:
            key = m.group(1).split(",")[0].split()[0]  # first ORDER BY key = the measure
            k = cols.index(key) if key in cols else len(cols) - 1
            if more[n - 1][k] == more[n][k]:
                errors.append(f"{tag}: tie at cut-off ({more[n-1]} vs {more[n]})")
    if "--show" in sys.argv:
        print(tag, "->", len(rows), "rows:", rows[:3])
print(f"{len(qs)} questions, kinds {dict(kinds)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: every gold query runs and returns a non-NULL row; no ties at top-N cut-offs")
