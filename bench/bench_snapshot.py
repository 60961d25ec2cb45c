#!/usr/bin/env python3
"""What schema snapshots save per process: wall time of whole `genbi` processes, measured in one
run against baselines from the same run.

  floor     `genbi --version`: process start and dynamic linking, nothing else
  merged    `genbi schema --question Q` on all Spider schemas in one file (876 tables,
            bench/make_spider_merged.py): without snapshots (GENBI_SNAPSHOT=off), a first call
            (empty cache: introspect, index, save) and a second call (load the snapshot)
  demo      `genbi ask "How many customers are there?"` on the demo database, without and with
            the snapshot, and select_schema's ms from `ask --json` timings

--baseline BIN adds the same figures for another genbi build (e.g. main's) in the same run.
Every variant runs once per round so that other load on the machine hits all of them alike;
prints medians of wall and CPU (user + sys) time and the ratios. A benchmark, not a test (it
never fails on time).

usage: bench/bench_snapshot.py [--genbi build/genbi] [--baseline BIN] [--runs 15]
                               [--spider ../shared/eval/spider] [--db merged.sqlite]
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTION = "How many singers are there in each country?"
ASK = "How many customers are there?"


def timed(cmd, env):
    """Wall ms of one process, and its output."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    out, err = p.communicate()
    wall = (time.perf_counter() - t0) * 1000
    if p.returncode != 0:
        sys.exit("bench: %s failed (%d): %s" % (" ".join(cmd), p.returncode, err[-500:]))
    return wall, out


def cpu_ms(cmd, env):
    """CPU ms (user + sys) of one process: less disturbed by other load than wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def med(xs):
    return statistics.median(xs)


def env_with(**kw):
    e = dict(os.environ)
    e.update(kw)
    return e


def variants(name, genbi, merged, demo, work):
    """(label, command, environment, before-each) of what is measured for one binary."""
    cache = os.path.join(work, "cache-" + name)
    off = env_with(GENBI_SNAPSHOT="off", GENBI_CACHE_DIR=cache)
    on = env_with(GENBI_CACHE_DIR=cache)
    first_dir = os.path.join(work, "first-" + name)
    first = env_with(GENBI_CACHE_DIR=first_dir)
    v = [("floor: genbi --version", [genbi, "--version"], on, None)]
    if merged:
        q = [genbi, "schema", "--db", merged, "--question", QUESTION]
        v += [("merged 876 tables, no snapshot", q, off, None),
              ("merged, first call (empty cache)", q, first,
               lambda: shutil.rmtree(first_dir, ignore_errors=True)),
              ("merged, second call (snapshot)", q, on, None)]
    a = [genbi, "ask", "--db", demo, ASK]
    v += [("demo ask, no snapshot", a, off, None), ("demo ask, snapshot", a, on, None)]
    return v


def select_ms(genbi, demo, env, runs):
    """select_schema ms from `ask --json`, and the schema load ms `schema --json` reports."""
    sel, load = [], []
    for _ in range(runs):
        doc = json.loads(timed([genbi, "ask", "--db", demo, "--json", ASK], env)[1])
        sel.append(doc["timings_ms"]["select_schema"])
        doc = json.loads(timed([genbi, "schema", "--db", demo, "--json"], env)[1])
        if "snapshot_ms" in doc:
            load.append(doc["snapshot_ms"])
    return med(sel), (med(load) if load else None)


def bench(binaries, merged, demo, runs, work):
    """Every variant of every binary once per round, so load on the machine hits all alike."""
    rows = []
    for name, genbi in binaries:
        for label, cmd, env, prep in variants(name, genbi, merged, demo, work):
            rows.append({"name": name, "label": label, "cmd": cmd, "env": env, "prep": prep,
                         "wall": [], "cpu": []})
            if not prep:
                timed(cmd, env)  # warm: the page cache, and the snapshot for "second call"
    for _ in range(runs):
        for r in rows:
            if r["prep"]:
                r["prep"]()
            r["wall"].append(timed(r["cmd"], r["env"])[0])
            if r["prep"]:
                r["prep"]()
            r["cpu"].append(cpu_ms(r["cmd"], r["env"]))
    by = {(r["name"], r["label"]): r for r in rows}
    for name, genbi in binaries:
        print("%s (%s), %d runs each, median ms" % (name, genbi, runs))
        print("  %-36s %9s %9s" % ("", "wall", "cpu"))
        for r in rows:
            if r["name"] != name:
                continue
            print("  %-36s %9.1f %9.1f" % (r["label"], med(r["wall"]), med(r["cpu"])))
        floor = by[(name, "floor: genbi --version")]
        pairs = [("merged, second call (snapshot)", "merged 876 tables, no snapshot"),
                 ("demo ask, snapshot", "demo ask, no snapshot")]
        for fast, slow in pairs:
            if (name, fast) in by:
                f, s = by[(name, fast)], by[(name, slow)]
                print("  %-36s %8.1fx wall, %5.1fx cpu; %.1f ms cpu over the floor" % (
                    fast + " vs none", med(s["wall"]) / med(f["wall"]),
                    med(s["cpu"]) / med(f["cpu"]), med(f["cpu"]) - med(floor["cpu"])))
        for label, env in (("no snapshot", env_with(GENBI_SNAPSHOT="off")),
                           ("snapshot", env_with(GENBI_CACHE_DIR=os.path.join(work, "cache-" + name)))):
            sel, load = select_ms(genbi, demo, env, runs)
            extra = "; schema load %.2f ms" % load if load is not None else ""
            print("  demo ask --json select_schema, %-12s %.3f ms%s" % (label + ":", sel, extra))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--genbi", default=os.path.join(HERE, "..", "build", "genbi"))
    ap.add_argument("--baseline", help="another genbi binary measured the same way")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--spider", default=os.path.join(HERE, "..", "..", "shared", "eval", "spider"))
    ap.add_argument("--db", help="the merged Spider database (built when absent)")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="genbi-bench-snapshot-")
    try:
        merged = a.db
        if not merged and os.path.exists(os.path.join(a.spider, "tables.json")):
            merged = os.path.join(work, "spider_merged.sqlite")
            subprocess.run([sys.executable, os.path.join(HERE, "make_spider_merged.py"),
                            "--spider", a.spider, "--out", merged], check=True)
        elif not merged:
            print("(no Spider data: the merged-database figures are left out)")
        demo = os.path.join(work, "demo.sqlite")
        timed([a.genbi, "demo", "--out", demo], dict(os.environ))
        binaries = [("this build", a.genbi)] + ([("baseline", a.baseline)] if a.baseline else [])
        bench(binaries, merged, demo, a.runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
