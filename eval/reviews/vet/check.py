#!/usr/bin/env python3
"""Checks questions.json against vet.sqlite: every gold query runs, returns at least one row
with no NULL in it, kind counts match, no ROUND, and top-N / LIMIT queries have no tie at
the cut-off."""
import json
import os
import re
import sqlite3
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
WANT = {"time": 30, "measures": 25, "filters": 20, "topn": 15, "breakdowns": 15, "tricky": 10, "simple": 5}

qs = json.load(open(os.path.join(HERE, "questions.json")))
con = sqlite3.connect(f"file:{os.path.join(HERE, 'vet.sqlite')}?mode=ro", uri=True)
errors = []
kinds = Counter(x["kind"] for x in qs)
if dict(kinds) != WANT:
    errors.append(f"kind counts {dict(kinds)} != {WANT}")
if len({x["question"] for x in qs}) != len(qs):
    errors.append("duplicate questions")
for i, x in enumerate(qs):
    sql = x["query"]
    tag = f"#{i} [{x['kind']}] {x['question']}"
    if re.search(r"\bROUND\s*\(", sql, re.I):
        errors.append(f"{tag}: uses ROUND")
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
    except sqlite3.Error as e:
        errors.append(f"{tag}: {e}")
        continue
    if not rows:
        errors.append(f"{tag}: no rows")
        continue
    if not any(all(v is not None for v in r) for r in rows):
        errors.append(f"{tag}: every row has a NULL")
    m = re.search(r"ORDER BY (.+?) LIMIT (\d+)\s*$", sql, re.I)
    if m:
        n = int(m.group(2))
        full = con.execute(re.sub(r"\s+LIMIT \d+\s*$", "", sql)).fetchall()
        if len(full) > n and full[n - 1][-1] == full[n][-1]:
            errors.append(f"{tag}: tie at the cut-off ({full[n - 1]} vs {full[n]})")
        if len(full) < n:
            errors.append(f"{tag}: fewer rows ({len(full)}) than LIMIT {n}")
    print(f"{i:3d} {x['kind']:10s} rows={len(rows):4d} first={rows[0]}")
print()
print("questions:", len(qs), dict(kinds))
if errors:
    print("ERRORS:")
    for e in errors:
        print(" ", e)
    raise SystemExit(1)
print("OK: all gold queries run and return a non-NULL row; no ties at top-N cut-offs")
