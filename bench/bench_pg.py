#!/usr/bin/env python3
"""genbi against PostgreSQL, measured in one run against a direct libpq baseline. Numbers are
printed, never asserted.

A throwaway PostgreSQL (tests/integration/srv_postgres.py) gets the shop schema of
test_postgres.py. Then, with the same number of requests:
  1. genbi serve --no-cache with a pool of 20 (pool_max=20, 20 workers): 200 concurrent
     POST /v1/ask of a tier-0 count question, on 200 connections;
  2. pgbench (libpq, 20 clients) running the SQL genbi answered with, alone;
  3. pgbench (20 clients) running what genbi sends per question: BEGIN READ ONLY, the two
     SET LOCALs, EXPLAIN (FORMAT JSON), the query, ROLLBACK.
Printed: throughput (requests/s) and p99 latency of each, and genbi's as ratios of 2 and 3.
Latency of (1) includes waiting for one of the 20 connections, as a user's request would.

usage: bench/bench_pg.py [--genbi build/genbi] [--requests 4000] [--concurrency 200]
"""

import argparse
import asyncio
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))

QUESTION = "how many customers are there"


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]


async def one(port, body):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    req = ("POST /v1/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
           "application/json\r\nContent-Length: %d\r\n\r\n" % len(body)).encode() + body
    t0 = time.monotonic()
    w.write(req)
    await w.drain()
    raw = await r.read()
    ms = (time.monotonic() - t0) * 1000
    w.close()
    ok = raw.startswith(b"HTTP/1.1 200") and b'"status":"answered"' in raw.replace(b" ", b"")
    return ms, ok


async def load(port, n, conc):
    body = json.dumps({"question": QUESTION}).encode()
    sem = asyncio.Semaphore(conc)
    lat, bad = [], 0

    async def run():
        nonlocal bad
        async with sem:
            ms, ok = await one(port, body)
            lat.append(ms)
            bad += not ok

    t0 = time.monotonic()
    await asyncio.gather(*(run() for _ in range(n)))
    return n / (time.monotonic() - t0), pct(lat, 99), bad


def pgbench(srv, script, n, clients, workdir):
    path = os.path.join(workdir, "script-%d.sql" % len(script))
    with open(path, "w") as f:
        f.write(script)
    logdir = tempfile.mkdtemp(dir=workdir)
    t0 = time.monotonic()
    r = subprocess.run([os.path.join(srv.bindir, "pgbench"), "-n", "-h", "127.0.0.1", "-p",
                        str(srv.port), "-U", srv.user, "-c", str(clients), "-j", "2", "-t",
                        str(n // clients), "-f", path, "-l", "--log-prefix",
                        os.path.join(logdir, "log"), "postgres"],
                       capture_output=True, text=True, cwd=logdir)
    wall = time.monotonic() - t0
    if r.returncode != 0:
        raise RuntimeError("pgbench failed: %s" % r.stderr[-2000:])
    lat = []
    for log in glob.glob(os.path.join(logdir, "log*")):
        with open(log) as f:
            lat += [int(line.split()[2]) / 1000.0 for line in f if line.strip()]
    m = [l for l in r.stdout.splitlines() if l.startswith("tps")]
    tps = float(m[0].split("=")[1].split()[0]) if m else len(lat) / wall
    return tps, pct(lat, 99)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--genbi", default=os.path.join(ROOT, "build", "genbi"))
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--pool", type=int, default=20)
    a = ap.parse_args()
    os.environ["GENBI_BIN"] = a.genbi
    import srv_postgres
    from test_postgres import SETUP
    from test_server_load import Server

    work = tempfile.mkdtemp(prefix="bench-pg-")
    os.environ.setdefault("GENBI_CACHE_DIR", os.path.join(work, "cache"))
    srv = srv_postgres.Postgres().start()
    try:
        srv.psql(SETUP)
        dsn = srv.dsn(options="?schema=shop&pool_min=%d&pool_max=%d" % (a.pool, a.pool))
        log = os.path.join(work, "serve.log")
        with Server(["--db", dsn, "--no-cache", "--workers", str(a.pool), "--log-file", log]) as s:
            req = urllib.request.Request("http://127.0.0.1:%d/v1/ask" % s.port,
                                         data=json.dumps({"question": QUESTION}).encode())
            with urllib.request.urlopen(req, timeout=30) as resp:
                sql = json.loads(resp.read())["sql"]
            warm = asyncio.run(load(s.port, 200, 50))
            rps, p99, bad = asyncio.run(load(s.port, a.requests, a.concurrency))
            s.stop()
        timeout = 30000
        plain = sql + ";\n"
        wrapped = ("BEGIN READ ONLY;\nSET LOCAL statement_timeout = %d;\n"
                   "SET LOCAL idle_in_transaction_session_timeout = %d;\n"
                   "SET LOCAL search_path TO shop;\nEXPLAIN (FORMAT JSON) %s;\n%s;\nROLLBACK;\n"
                   % (timeout, timeout, sql, sql))
        srv.psql("ALTER ROLE genbi SET search_path TO shop")
        base_tps, base_p99 = pgbench(srv, plain, a.requests, a.pool, work)
        wrap_tps, wrap_p99 = pgbench(srv, wrapped, a.requests, a.pool, work)
    finally:
        srv.close()
    print("query: %s" % sql)
    print("warm-up failures: %d; measured failures: %d of %d" % (warm[2], bad, a.requests))
    print("%-44s %10s %10s" % ("", "req/s", "p99 ms"))
    print("%-44s %10.0f %10.2f" % ("genbi serve (%d concurrent, pool %d)" % (a.concurrency, a.pool),
                                   rps, p99))
    print("%-44s %10.0f %10.2f" % ("pgbench, the query alone (%d clients)" % a.pool,
                                   base_tps, base_p99))
    print("%-44s %10.0f %10.2f" % ("pgbench, genbi's statements (%d clients)" % a.pool,
                                   wrap_tps, wrap_p99))
    print("ratio genbi / query alone:        throughput %.3f, p99 %.1fx" %
          (rps / base_tps, p99 / base_p99))
    print("ratio genbi / genbi's statements: throughput %.3f, p99 %.1fx" %
          (rps / wrap_tps, p99 / wrap_p99))


if __name__ == "__main__":
    main()
