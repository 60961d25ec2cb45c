#!/usr/bin/env python3
"""Latency of `genbi ask` (a whole process: start, open, introspect, tier 0, execute, print) on the
demo database, against a baseline measured in the same run: the sqlite3 command-line shell
running the same SQL on the same file. Prints p50/p95 for both and their ratio.

usage: bench/bench_ask.py [--genbi build/genbi] [--runs 30]
"""

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

QUESTIONS = [
    "How many customers are there?",
    "How many orders were cancelled?",
    "Number of customers by country",
    "What is the average unit price of products?",
]


def timed(cmd, env):
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return (time.perf_counter() - t0) * 1000


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--genbi", default="build/genbi")
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="genbi-bench-")
    db = os.path.join(tmp, "demo.sqlite")
    subprocess.run([args.genbi, "demo", "--out", db], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ)
    print("%-45s %9s %9s %9s %9s %7s" % ("question", "genbi p50", "p95", "sqlite3 p50", "p95", "ratio"))
    for q in QUESTIONS:
        out = subprocess.run([args.genbi, "ask", "--db", db, "--json", q], capture_output=True,
                             text=True, env=env)
        j = json.loads(out.stdout)
        g = [timed([args.genbi, "ask", "--db", db, q], env) for _ in range(args.runs)]
        b = [timed(["sqlite3", db, j["sql"]], env) for _ in range(args.runs)]
        print("%-45s %8.1fms %8.1fms %8.1fms %8.1fms %6.2fx" % (
            q[:45], pct(g, 50), pct(g, 95), pct(b, 50), pct(b, 95), pct(g, 50) / pct(b, 50)))
        print("    tier %s, in-process total %.2f ms (select %.3f, generate %.3f, analyze %.3f)" % (
            j["tier"], j["timings_ms"]["total"], j["timings_ms"]["select_schema"],
            j["timings_ms"]["generate_sql"], j["timings_ms"]["analyze"]))


if __name__ == "__main__":
    main()
