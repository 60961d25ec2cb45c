#!/usr/bin/env python3
"""genbi serve on loopback, measured in one run (numbers are printed, never asserted):

1. Slow models: N concurrent /v1/ask requests whose model answers after 1 s (tests/fake_llm.py):
   wall time for all of them, peak thread count of the server, and the latency of tier-0
   questions sent meanwhile.
2. Tier-0 throughput with `wrk` (Debian package wrk): POST /v1/ask of a tier-0 question with the
   result cache off and on, against GET /health on the same server as the baseline; requests
   per second, the ratio to /health, and p50/p99 latency.

usage: bench/bench_server.py [--genbi build/genbi] [--slow 1000] [--seconds 5] [--connections 32]
"""

import argparse
import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "integration"))

QUESTION = "How many customers are there?"


def wrk(port, path, seconds, conns, body=None):
    cmd = ["wrk", "-t2", "-c%d" % conns, "-d%ds" % seconds, "--latency"]
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--genbi", default="build/genbi")
    ap.add_argument("--slow", type=int, default=1000)
    ap.add_argument("--seconds", type=int, default=5)
    ap.add_argument("--connections", type=int, default=32)
    args = ap.parse_args()
    os.environ["GENBI_BIN"] = os.path.abspath(args.genbi)
    os.environ.setdefault("GENBI_TEST_TMP", tempfile.mkdtemp(prefix="genbi-bench-"))
    import harness  # noqa: E402  (reads GENBI_BIN at import)
    import test_server_load as L  # noqa: E402

    db = harness.demo_db()
    print("== %d concurrent model-bound requests, model answers after %d ms"
          % (args.slow, L.MODEL_DELAY_MS))
    with harness.FakeLLM(L.slow_rules()) as fake, \
            L.Server(["--db", db, "--llm", fake.tier(), "--log-file", os.devnull]) as srv:
        asyncio.run(L.http(srv.port, "POST", "/v1/ask", {"question": QUESTION}))
        probes = L.start_probes(srv.port, 20, 0.1)
        res, wall, peak = asyncio.run(L.slow_burst(srv.port, args.slow, srv.threads))
        lat = sorted(ms for ms, *_ in json.loads(probes.communicate(timeout=120)[0]))
        ok = sum(1 for r in res if not isinstance(r, Exception) and r[0] == 200)
        print("   %d/%d answered, wall %.0f ms (%.2fx the model delay), peak %d threads"
              % (ok, args.slow, wall, wall / L.MODEL_DELAY_MS, peak))
        print("   tier-0 meanwhile: %d requests, median %.1f ms, max %.1f ms"
              % (len(lat), lat[len(lat) // 2], lat[-1]))
        srv.stop()

    if not shutil.which("wrk"):
        print("== throughput: wrk not found (apt-get install wrk)")
        return
    print("== tier-0 throughput, wrk %d s, %d connections" % (args.seconds, args.connections))
    print("   %-28s %10s %8s %9s %9s %7s" % ("", "req/s", "ratio", "p50 ms", "p99 ms", "non-2xx"))
    base = None
    for label, flags, path, body in [
            ("GET /health (baseline)", ["--no-cache"], "/health", None),
            ("POST /v1/ask, cache off", ["--no-cache"], "/v1/ask", {"question": QUESTION}),
            ("POST /v1/ask, cache on", [], "/v1/ask", {"question": QUESTION})]:
        with L.Server(["--db", db, "--log-file", os.devnull] + flags) as srv:
            rps, p50, p99, errors = wrk(srv.port, path, args.seconds, args.connections, body)
            srv.stop()
        base = base or rps
        print("   %-28s %10.0f %7.2fx %9.2f %9.2f %7d" % (label, rps, rps / base, p50, p99,
                                                          errors))


if __name__ == "__main__":
    main()
