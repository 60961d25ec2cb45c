#!/usr/bin/env python3
"""genbi serve on loopback, measured in one run. Numbers are printed, never asserted: each one is
a ratio against a baseline measured by the same run on the same machine.

1. Slow models: N concurrent /v1/ask requests whose model answers after 1 s (tests/fake_llm.py):
   wall time for all of them against the wall time of one such request, the peak thread count
   of the server, and the latency of tier-0 questions sent meanwhile against the same questions
   sent to the idle server.
2. Tier-0 throughput with `wrk` (Debian package wrk), result cache off (serve --no-cache): POST
   /v1/ask of a count, a value filter and a three-table revenue question. Each is divided by
   the lesser of two ceilings measured in the same run:
     (a) GET /health on the same server (HTTP, JSON, one database round trip on a worker), and
     (b) the query's own execution: the SQL the service answered with, run back to back on nproc
         threads through genbi's database layer (build/bench_sql).
   The target is a ratio of at least 0.5 for each question. The rounds are interleaved (health,
   then per question service and execution); a round's ratio divides by that round's ceilings,
   and the median over the rounds is printed, so a machine shared with other work shifts the
   ceiling and the measurement together.

usage: bench/bench_server.py [--genbi build/genbi] [--bench-sql build/bench_sql] [--slow 1000]
                             [--seconds 3] [--rounds 3] [--connections 32] [--only slow|throughput]
"""

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "integration"))

# The throughput questions: a count, a value filter, and revenue by category (order_items ->
# products -> categories). Each must be answered by tier 0; the bench says so when one is not.
QUESTIONS = [
    ("count", "How many customers are there?"),
    ("value filter", "How many orders were cancelled?"),
    ("3-table revenue", "revenue by category"),
]


def wrk(port, path, seconds, conns, body=None):
    """Requests per second, p50 and p99 ms, and non-2xx responses of one wrk run."""
    cmd = ["wrk", "-t2", "-c%d" % conns, "-d%ds" % seconds, "--timeout", "30s", "--latency"]
    script = None
    if body is not None:
        fd, script = tempfile.mkstemp(suffix=".lua")
        with os.fdopen(fd, "w") as f:
            f.write('wrk.method = "POST"\nwrk.body = %s\n'
                    'wrk.headers["Content-Type"] = "application/json"\n' % json.dumps(json.dumps(body)))
        cmd += ["-s", script]
    out = subprocess.run(cmd + ["http://127.0.0.1:%d%s" % (port, path)], capture_output=True,
                         text=True, check=True).stdout
    if script:
        os.unlink(script)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def pct(p):
        m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)\s*$" % p, out, re.M)
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v

    return rps, pct(50), pct(99), int(errors.group(1)) if errors else 0


def drain(L, port):
    """Waits until the server has finished the requests wrk left behind (a slow query keeps a
    worker busy after its client has gone), so the next measurement has the machine to itself."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        _, _, m = asyncio.run(L.http(port, "GET", "/metrics"))
        line = [x for x in m.decode().splitlines() if x.startswith("genbi_requests_in_flight ")]
        if line and int(line[0].split()[1]) <= 1:  # this /metrics request itself
            return
        time.sleep(0.05)


def sql_ceiling(bench_sql, db, sql, seconds):
    """Queries per second of `sql` on nproc threads through genbi's database layer."""
    out = subprocess.run([bench_sql, "--db", db, "--sql", sql, "--threads", str(os.cpu_count()),
                          "--seconds", str(seconds)], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[0])


def probe_latencies(L, port, n, gap):
    lat = json.loads(L.start_probes(port, n, gap).communicate(timeout=120)[0])
    return sorted(ms for ms, *_ in lat)


def slow_models(harness, L, db, n_slow):
    print("== %d concurrent model-bound requests, model answers after %d ms"
          % (n_slow, L.MODEL_DELAY_MS))
    with harness.FakeLLM(L.slow_rules()) as fake, \
            L.Server(["--db", db, "--llm", fake.tier(), "--log-file", os.devnull,
                      "--no-cache"]) as srv:
        idle = probe_latencies(L, srv.port, 20, 0.1)
        _, one_wall, _ = asyncio.run(L.slow_burst(srv.port, 1))
        probes = L.start_probes(srv.port, 20, 0.1)
        res, wall, peak = asyncio.run(L.slow_burst(srv.port, n_slow, srv.threads))
        lat = sorted(ms for ms, *_ in json.loads(probes.communicate(timeout=120)[0]))
        ok = sum(1 for r in res if not isinstance(r, Exception) and r[0] == 200)
        print("   %d/%d answered; wall %.0f ms = %.2fx the wall of one such request (%.0f ms); "
              "peak %d threads" % (ok, n_slow, wall, wall / one_wall, one_wall, peak))
        print("   tier-0 while loaded: median %.2f ms, max %.2f ms; idle: median %.2f ms, max "
              "%.2f ms; ratio median %.2fx, max %.2fx"
              % (lat[len(lat) // 2], lat[-1], idle[len(idle) // 2], idle[-1],
                 lat[len(lat) // 2] / idle[len(idle) // 2], lat[-1] / idle[-1]))
        srv.stop()


def throughput(harness, L, db, args):
    """Part 2: uncached tier-0 throughput against its two ceilings, interleaved rounds."""
    print("== tier-0 throughput, cache off: wrk %d s x %d rounds, %d connections; ceiling (b) on "
          "%d threads" % (args.seconds, args.rounds, args.connections, os.cpu_count()))
    health, served, ceiling, lat = [], {}, {}, {}
    with L.Server(["--db", db, "--log-file", os.devnull, "--no-cache"]) as srv:
        sqls = {}
        for label, q in QUESTIONS:
            st, _, body = asyncio.run(L.http(srv.port, "POST", "/v1/ask", {"question": q}))
            j = json.loads(body)
            if st != 200 or j.get("tier") != 0 or j.get("status") != "answered":
                print("   %-16s not answered by tier 0 (%s): %s" % (label, st, body[:200]))
                continue
            sqls[label] = j["sql"]
        for _ in range(args.rounds):
            rps, *_ = wrk(srv.port, "/health", args.seconds, args.connections)
            drain(L, srv.port)
            health.append(rps)
            for label, q in QUESTIONS:
                if label not in sqls:
                    continue
                rps, p50, p99, errors = wrk(srv.port, "/v1/ask", args.seconds, args.connections,
                                            {"question": q})
                drain(L, srv.port)
                if errors:
                    print("   %-16s %d non-2xx answers" % (label, errors))
                served.setdefault(label, []).append(rps)
                lat.setdefault(label, []).append((p50, p99))
                ceiling.setdefault(label, []).append(
                    sql_ceiling(args.bench_sql, db, sqls[label], args.seconds))
        srv.stop()
    h = statistics.median(health)
    print("   GET /health: %.0f req/s (ceiling a, median of %d rounds)" % (h, len(health)))
    print("   %-16s %9s %11s %7s %8s %8s  %s" % ("question", "req/s", "SQL ceil b", "ratio",
                                               "p50 ms", "p99 ms", "sql"))
    for label, _ in QUESTIONS:
        if label not in served:
            continue
        # each round's ratio uses that round's ceilings, measured seconds apart
        ratio = statistics.median(s / min(hr, c) for s, hr, c in
                                  zip(served[label], health, ceiling[label]))
        print("   %-16s %9.0f %11.0f %6.2fx %8.2f %8.2f  %s"
              % (label, statistics.median(served[label]), statistics.median(ceiling[label]),
                 ratio, statistics.median(x for x, _ in lat[label]),
                 statistics.median(y for _, y in lat[label]), sqls[label][:60]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--genbi", default="build/genbi")
    ap.add_argument("--bench-sql", default=None, help="default: bench_sql beside --genbi")
    ap.add_argument("--slow", type=int, default=1000)
    ap.add_argument("--seconds", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--only", choices=("slow", "throughput"))
    args = ap.parse_args()
    args.bench_sql = os.path.abspath(args.bench_sql or os.path.join(os.path.dirname(args.genbi),
                                                                    "bench_sql"))
    os.environ["GENBI_BIN"] = os.path.abspath(args.genbi)
    os.environ.setdefault("GENBI_TEST_TMP", tempfile.mkdtemp(prefix="genbi-bench-"))
    import harness  # noqa: E402  (reads GENBI_BIN at import)
    import test_server_load as L  # noqa: E402

    db = harness.demo_db()
    t0 = time.monotonic()
    if args.only != "throughput":
        slow_models(harness, L, db, args.slow)
    if args.only != "slow":
        if not shutil.which("wrk"):
            print("== throughput: wrk not found (apt-get install wrk)")
        elif not os.path.exists(args.bench_sql):
            print("== throughput: %s not found (cmake --build build)" % args.bench_sql)
        else:
            throughput(harness, L, db, args)
    print("   (%.0f s)" % (time.monotonic() - t0))


if __name__ == "__main__":
    main()
