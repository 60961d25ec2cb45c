#!/usr/bin/env python3
"""Every gold query runs, returns >=1 row with a non-NULL value; no ROUND; top-N has no tie at the cut."""
import json, os, re, sqlite3, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
con = sqlite3.connect(f"file:{os.path.join(HERE, 'pos.sqlite')}?mode=ro", uri=True)
qs = json.load(open(os.path.join(HERE, "questions.json")))
want = {"time": 30, "measures": 25, "filters": 20, "topn": 15, "breakdowns": 15, "tricky": 10, "simple": 5}
bad = 0
assert Counter(q["kind"] for q in qs) == want, Counter(q["kind"] for q in qs)
assert len({q["question"] for q in qs}) == len(qs), "duplicate question"
for n, q in enumerate(qs, 1):
    sql = q["query"]
    try:
        rows = con.execute(sql).fetchall()
    except Exception as e:
        print(f"#{n} ERROR {e}: {sql}"); bad += 1; continue
    if not rows or all(v is None for r in rows for v in r):
        print(f"#{n} EMPTY/NULL: {q['question']}"); bad += 1
    if any(v is None for r in rows for v in r):
        print(f"#{n} note: some NULL cells: {q['question']}")
    if re.search(r"\bROUND\s*\(", sql, re.I):
        print(f"#{n} uses ROUND"); bad += 1
    m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
    if m:
        k = int(m.group(1))
        full = con.execute(sql[:m.start()]).fetchall()
        if len(full) > k and full[k - 1][-1] == full[k][-1]:
            print(f"#{n} TIE at cut-off: {q['question']} {full[k-1]} {full[k]}"); bad += 1
        if q["kind"] == "topn" and len(full) <= k:
            print(f"#{n} note: only {len(full)} candidates for top {k}")
    print(f"#{n:3d} {q['kind']:10s} rows={len(rows):4d} first={rows[0] if rows else None}")
print("FAILED" if bad else "OK", bad)
sys.exit(1 if bad else 0)
