#!/usr/bin/env python3
"""Every gold query runs, returns >=1 row with a non-NULL value; LIMIT n has no tie at the cut-off."""
import json, os, re, sqlite3, sys
HERE = os.path.dirname(os.path.abspath(__file__))
con = sqlite3.connect("file:%s?mode=ro" % os.path.join(HERE, "ins.sqlite"), uri=True)
qs = json.load(open(os.path.join(HERE, "questions.json")))
bad = 0
for i, x in enumerate(qs):
    sql = x["query"]
    try:
        rows = con.execute(sql).fetchall()
    except Exception as e:
        print(i, "ERROR", e, x["question"]); bad += 1; continue
    if not rows or not any(v is not None for r in rows for v in r):
        print(i, "EMPTY/NULL", x["question"]); bad += 1; continue
    if any(v is None for r in rows for v in r):
        print(i, "note: some NULL cells", x["question"])
    if "ROUND(" in sql.upper():
        print(i, "ROUND used"); bad += 1
    m = re.search(r"LIMIT (\d+)\s*$", sql)
    if m:
        n = int(m.group(1))
        more = con.execute(sql[:m.start()] + "LIMIT %d" % (n + 1)).fetchall()
        if len(more) > n and more[n - 1][-1] == more[n][-1]:
            print(i, "TIE at cut-off", x["question"], more[n - 1], more[n]); bad += 1
print(len(qs), "questions,", bad, "problems")
sys.exit(1 if bad else 0)
