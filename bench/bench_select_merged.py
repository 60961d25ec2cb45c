#!/usr/bin/env python3
"""Table selection on one database that holds all of Spider's schemas (876 tables, built by
bench/make_spider_merged.py): for every question of a Spider-format set, `genbi schema
--question` is asked in a new process and the tables it selects are compared with the tables the
gold SQL reads (found exactly, by SQLite's authorizer while the gold SQL is prepared on its own
database; each becomes `<db_id>__<table>` in the merged database). Printed per half of the
databases (eval/fresh/README.md: sort the db_ids, odd positions are half A, even half B):
the share of questions with every gold table selected, the mean number of tables selected, and
with --misses the questions that lost a table. Numbers are printed, never asserted.

usage: bench/bench_select_merged.py [--genbi build/genbi] [--spider ../shared/eval/spider]
           [--dataset eval/fresh/spider_v1.json] [--merged FILE] [--max-tables K] [--misses]
exit status: 0, or 77 when the Spider data is missing.
"""

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def gold_tables(db_file, sql):
    """Lower-cased names of the tables the query reads (SQLite's authorizer, SQLITE_READ)."""
    seen = set()

    def auth(action, arg1, arg2, dbname, source):
        if action == sqlite3.SQLITE_READ and arg1 and not arg1.startswith("sqlite_"):
            seen.add(arg1.lower())
        return sqlite3.SQLITE_OK

    con = sqlite3.connect("file:%s?mode=ro" % db_file, uri=True)
    con.set_authorizer(auth)
    try:
        con.execute("EXPLAIN " + sql)
    finally:
        con.close()
    return seen


def selected(genbi, merged, question, max_tables, env):
    cmd = [genbi, "schema", "--db", merged, "--json", "--question", question]
    if max_tables:
        cmd += ["--max-tables", str(max_tables)]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    return [t["name"].lower() for t in json.loads(out)["tables"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--genbi", default=os.path.join(ROOT, "build", "genbi"))
    ap.add_argument("--spider", default=os.path.join(ROOT, "..", "shared", "eval", "spider"))
    ap.add_argument("--dataset", default=os.path.join(ROOT, "eval", "fresh", "spider_v1.json"))
    ap.add_argument("--merged", default=None, help="the merged database (built when missing)")
    ap.add_argument("--max-tables", type=int, default=0)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    dbdir = os.path.join(args.spider, "database")
    if not os.path.isdir(dbdir) or not os.path.exists(args.dataset):
        print("bench_select_merged: Spider data or the question set is missing: skipped")
        return 77
    tmp = tempfile.mkdtemp(prefix="genbi-merged-")
    merged = args.merged or os.path.join(tmp, "merged.sqlite")
    if not os.path.exists(merged):
        subprocess.run([sys.executable, os.path.join(HERE, "make_spider_merged.py"),
                        "--spider", args.spider, "--out", merged], check=True)
    env = dict(os.environ, GENBI_CACHE_DIR=os.path.join(tmp, "cache"))
    items = json.load(open(args.dataset))
    dbs = sorted({it["db_id"] for it in items}, key=lambda s: s.encode())
    half = {d: "A" if i % 2 == 0 else "B" for i, d in enumerate(dbs)}
    stats = {"A": [0, 0, 0], "B": [0, 0, 0]}  # questions, all gold tables selected, tables
    for it in items:
        db = it["db_id"]
        gold = {"%s__%s" % (db.lower(), t) for t in
                gold_tables(os.path.join(dbdir, db, db + ".sqlite"), it["query"])}
        got = selected(args.genbi, merged, it["question"], args.max_tables, env)
        s = stats[half[db]]
        s[0] += 1
        s[2] += len(got)
        if gold <= set(got):
            s[1] += 1
        elif args.misses:
            print("miss %-28s %s\n     gold %s\n     got  %s" % (
                db, it["question"], sorted(gold - set(got)), got))
    print("table selection on the merged Spider database, %s" % os.path.basename(args.dataset))
    print("half  questions  all gold tables  mean tables selected")
    for h in ("A", "B"):
        n, ok, tables = stats[h]
        if n:
            print("%-4s  %9d  %8d (%5.1f%%)  %8.2f" % (h, n, ok, 100.0 * ok / n, tables / n))
    n = stats["A"][0] + stats["B"][0]
    ok = stats["A"][1] + stats["B"][1]
    print("all   %9d  %8d (%5.1f%%)  %8.2f" % (n, ok, 100.0 * ok / n,
                                                (stats["A"][2] + stats["B"][2]) / n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
