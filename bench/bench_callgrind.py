#!/usr/bin/env python3
"""Instructions per request of `genbi serve`, counted by callgrind (deterministic, unlike req/s on
a shared machine). For GET /health and each tier-0 question of bench_server.py, the server runs
under callgrind twice, answering N1 and N2 identical requests over one keep-alive connection;
(Ir(N2) - Ir(N1)) / (N2 - N1) is the cost of one request without start-up or first-use work.
Printed, never asserted.

usage: bench/bench_callgrind.py [--genbi build/genbi] [--n1 10] [--n2 60] [--out DIR] [--top N] [--only LABEL]
(--out keeps the callgrind files of the N2 runs, for callgrind_annotate; --top N prints, per case,
the N functions with the most instructions of their own per request, from the same two runs)
"""

import argparse
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_server import QUESTIONS  # noqa: E402


def run(genbi, db, path, body, n, out):
    """Total instructions of a server that answered `n` requests for `path`."""
    p = subprocess.Popen(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                          genbi, "serve", "--listen", "127.0.0.1:0", "--db", db, "--no-cache",
                          "--log-file", os.devnull], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True, stdin=subprocess.DEVNULL)
    line = p.stdout.readline()
    port = int(line.strip().rsplit(":", 1)[1])
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for _ in range(n):
        if body is None:
            c.request("GET", path)
        else:
            c.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        r = c.getresponse()
        r.read()
        if r.status != 200:
            raise RuntimeError("%s answered %d" % (path, r.status))
    c.close()
    p.send_signal(signal.SIGTERM)
    p.wait(timeout=120)
    with open(out) as f:
        return int(re.search(r"^(?:summary|totals): (\d+)", f.read(), re.M).group(1))


def self_costs(path):
    """{function: instructions of its own} from callgrind_annotate's exclusive listing."""
    out = subprocess.run(["callgrind_annotate", "--threshold=100", "--auto=no", path], capture_output=True,
                         text=True, check=True).stdout
    costs = {}
    for line in out.splitlines():
        m = re.match(r"^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(\S.*?)(?:\s+\[[^\]]*\])?$", line)
        if m and ":" in m.group(2):
            fn = m.group(2)
            costs[fn] = costs.get(fn, 0) + int(m.group(1).replace(",", ""))
    return costs


def print_top(first, second, runs, top):
    a, b = self_costs(first), self_costs(second)
    diff = sorted(((b.get(fn, 0) - a.get(fn, 0)) / runs, fn) for fn in b)
    for cost, fn in reversed(diff[-top:]):
        print("    %9.0f  %s" % (cost, fn))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--genbi", default="build/genbi")
    ap.add_argument("--n1", type=int, default=10)
    ap.add_argument("--n2", type=int, default=60)
    ap.add_argument("--out", default=None)
    ap.add_argument("--top", type=int, default=0)
    ap.add_argument("--only", default="", help="run only the cases whose label contains this")
    args = ap.parse_args()
    genbi = os.path.abspath(args.genbi)
    tmp = tempfile.mkdtemp(prefix="genbi-cg-")
    db = os.path.join(tmp, "demo.sqlite")
    subprocess.run([genbi, "demo", "--out", db], check=True, capture_output=True)
    cases = [("GET /health", "/health", None)] + [(label, "/v1/ask", {"question": q})
                                                  for label, q in QUESTIONS]
    # the service's first start on a database writes its schema snapshot: not part of any run
    run(genbi, db, "/health", None, 0, os.path.join(tmp, "warm-up"))
    for label, path, body in (c for c in cases if args.only in c[0]):
        slug = re.sub(r"\W+", "_", label)
        first = os.path.join(tmp, slug + ".1")
        a = run(genbi, db, path, body, args.n1, first)
        keep = os.path.join(args.out or tmp, "callgrind." + slug)
        b = run(genbi, db, path, body, args.n2, keep)
        print("%-16s %9.0f instructions per request" % (label, (b - a) / (args.n2 - args.n1)))
        if args.top:
            print_top(first, keep, args.n2 - args.n1, args.top)


if __name__ == "__main__":
    main()
