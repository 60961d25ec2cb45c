#!/usr/bin/env python3
"""Scores genbi's tier 0 on one review database with the semantic layer genbi drafts itself.

    python3 eval/reviews/score.py build/genbi vet [--show]

Builds eval/reviews/NAME/NAME.sqlite when it is missing (NAME/build.py), copies it to a temporary
directory, runs `genbi semantic init` on the copy (the drafted layer, no hand edits), asks every
question of NAME/questions.json through `genbi eval`, and prints how many answers tier 0 gave
(confidence >= its threshold) and how many of them match the gold: equal at 2 decimals, in any
column order, in row order only where the gold orders (ORDER BY). --show lists the given answers
that do not match."""
import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(v):
    if isinstance(v, (int, float)):
        return repr(round(float(v), 2))
    if isinstance(v, str):
        try:
            return repr(round(float(v), 2))
        except ValueError:
            return repr(v.strip())
    return repr(v)


def rows(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def matches(db, pred, gold):
    try:
        p, g = rows(db, pred), rows(db, gold)
    except sqlite3.Error:
        return False
    if len(p) != len(g):
        return False
    if not g:
        return True
    if len(p[0]) != len(g[0]) or len(g[0]) > 6:
        return False
    ordered = "order by" in gold.lower()
    want = [tuple(norm(v) for v in r) for r in g]
    if not ordered:
        want.sort()
    for perm in itertools.permutations(range(len(p[0]))):
        got = [tuple(norm(r[i]) for i in perm) for r in p]
        if not ordered:
            got.sort()
        if got == want:
            return True
    return False


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    genbi, name, show = os.path.abspath(sys.argv[1]), sys.argv[2], "--show" in sys.argv
    src = os.path.join(HERE, name, name + ".sqlite")
    if not os.path.exists(src):
        subprocess.run([sys.executable, os.path.join(HERE, name, "build.py")], check=True,
                       stdout=subprocess.DEVNULL)
    qs = json.load(open(os.path.join(HERE, name, "questions.json")))
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, name))
        db = os.path.join(tmp, name, name + ".sqlite")
        shutil.copy(src, db)
        subprocess.run([genbi, "semantic", "init", "--db", db, "--force"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ds = os.path.join(tmp, "questions.json")
        json.dump([dict(q, db_id=name) for q in qs], open(ds, "w"))
        out = subprocess.run([genbi, "eval", "--dataset", ds, "--db-dir", tmp, "--json",
                              "--details"], capture_output=True, text=True, check=True)
        details = json.loads(out.stdout)["questions_detail"]
        given = right = 0
        for d, q in zip(details, qs):
            if not d["answered"]:
                continue
            given += 1
            ok = d["correct"] or matches(db, d["sql"], q["query"])
            right += ok
            if show and not ok:
                print("%.2f %s\n  genbi: %s\n  gold:  %s" % (d["confidence"], q["question"],
                                                            d["sql"], q["query"]))
    print("%s: %d questions, %d given, %d matching (%.1f%% of given, %.1f%% of all)" %
          (name, len(qs), given, right, 100.0 * right / max(given, 1), 100.0 * right / len(qs)))


if __name__ == "__main__":
    main()
