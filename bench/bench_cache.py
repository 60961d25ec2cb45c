#!/usr/bin/env python3
"""The answer caches of genbi serve, measured in one run (printed, never asserted): a throwaway
Redis (tests/integration/srv_redis.py) and three instances on the demo database:
  R   Redis only (server.cache.entries 0): the miss path (FLUSHDB, then the question: pipeline,
      Redis GET that misses, Redis SET) and the Redis hit path (the same question again);
  LR  local LRU + Redis: a local hit looked up on a worker (with Redis configured the worker
      applies the shared rate limit first, so even a local hit takes the worker hop);
  L   local LRU only: a local hit answered on the HTTP thread.
Requests are sequential on one keep-alive connection per instance and interleaved by round, so
a machine shared with other work shifts every path alike. Printed: median and p90 ms per path,
and the ratios miss / Redis hit and Redis hit / local hit.

usage: bench/bench_cache.py [--rounds 300] [--question "revenue by category"]
       (GENBI_BIN selects the binary; default build/genbi)
"""

import argparse
import http.client
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "integration"))

import harness  # noqa: E402
from srv_redis import Redis  # noqa: E402
from test_server_load import Server  # noqa: E402


class Client:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def ask(self, question):
        body = json.dumps({"question": question})
        t0 = time.perf_counter()
        self.conn.request("POST", "/v1/ask", body, {"Content-Type": "application/json"})
        r = self.conn.getresponse()
        data = r.read()
        ms = (time.perf_counter() - t0) * 1000
        if r.status != 200:
            raise RuntimeError("HTTP %d: %s" % (r.status, data[:300]))
        return ms, r.getheader("X-Genbi-Cache"), r.getheader("X-Genbi-Cache-Store")


def summary(xs):
    xs = sorted(xs)
    return statistics.median(xs), xs[int(len(xs) * 0.9)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=300)
    ap.add_argument("--question", default="revenue by category")
    args = ap.parse_args()
    q = args.question
    db = harness.demo_db()
    with Redis() as redis:
        common = ["--db", db, "--log-file", os.devnull]
        only_redis = harness.write_config({"server": {"cache": {"entries": 0}}})
        with Server(common + ["--redis", redis.url(), "--config", only_redis]) as r_srv, \
                Server(common + ["--redis", redis.url()]) as lr_srv, Server(common) as l_srv:
            r, lr, lo = Client(r_srv.port), Client(lr_srv.port), Client(l_srv.port)
            lr.ask(q)  # warm the local copies
            lo.ask(q)
            paths = {"miss (pipeline + Redis GET/SET)": [], "Redis hit": [],
                     "local hit, worker (LRU+Redis)": [], "local hit, HTTP thread (LRU only)": []}
            names = list(paths)
            for _ in range(args.rounds):
                redis.command("FLUSHDB")
                ms, c, _ = r.ask(q)
                assert c == "miss", c
                paths[names[0]].append(ms)
                ms, c, s = r.ask(q)
                assert (c, s) == ("hit", "redis"), (c, s)
                paths[names[1]].append(ms)
                ms, c, s = lr.ask(q)
                assert (c, s) == ("hit", "lru"), (c, s)
                paths[names[2]].append(ms)
                ms, c, s = lo.ask(q)
                assert (c, s) == ("hit", "lru"), (c, s)
                paths[names[3]].append(ms)
            for s in (r_srv, lr_srv, l_srv):
                s.stop()
    med = {}
    print("question %r, %d rounds, sequential requests on keep-alive connections" %
          (q, args.rounds))
    for name, xs in paths.items():
        m, p90 = summary(xs)
        med[name] = m
        print("  %-36s median %7.3f ms   p90 %7.3f ms" % (name, m, p90))
    print("ratios (medians):")
    print("  miss / Redis hit                      %6.2fx" % (med[names[0]] / med[names[1]]))
    print("  Redis hit / local hit (worker)        %6.2fx" % (med[names[1]] / med[names[2]]))
    print("  Redis hit / local hit (HTTP thread)   %6.2fx" % (med[names[1]] / med[names[3]]))


if __name__ == "__main__":
    main()
