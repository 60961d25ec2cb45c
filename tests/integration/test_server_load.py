"""genbi serve under load, over loopback: a thousand concurrent requests that wait 1 s for the
(fake) model finish together in well under 3 s with a handful of threads, while tier-0 questions
sent at the same time still answer at once; and SIGTERM during 100 slow requests lets all of
them finish before the process exits 0.

The timing bounds are the issue's acceptance numbers. They are asserted only on a build without
sanitizers (AddressSanitizer makes every allocation several times slower); the sanitized build
checks correctness, thread count and completeness. bench/bench_server.py reports the same
numbers without asserting."""

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from harness import GENBI, SANITIZED, FakeLLM, demo_db, main, tmpdir

N_SLOW = 1000
MODEL_DELAY_MS = 1000
SLOW_SQL = "SELECT count(*) FROM customers"
TIER0_Q = "How many customers are there?"


class Server:
    """`genbi serve` on an ephemeral loopback port; stderr (the request log) goes to a file so a
    full pipe can never stall the server."""

    def __init__(self, args, env=None):
        self.dir = tmpdir("serve-")
        self.err_path = os.path.join(self.dir, "stderr.log")
        e = dict(os.environ)
        e["ASAN_OPTIONS"] = "detect_leaks=1:halt_on_error=1"
        e["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
        if env:
            e.update(env)
        self.err = open(self.err_path, "w")
        self.proc = subprocess.Popen([GENBI, "serve", "--listen", "127.0.0.1:0"] + list(args),
                                     stdout=subprocess.PIPE, stderr=self.err, text=True, env=e,
                                     stdin=subprocess.DEVNULL)
        line = self.proc.stdout.readline()
        if not line.startswith("listening on http://"):
            self.proc.kill()
            self.proc.wait()
            raise RuntimeError("genbi serve did not start: %r %s" % (line, self.stderr()))
        self.port = int(line.strip().rsplit(":", 1)[1])
        self.pid = self.proc.pid

    def stderr(self):
        with open(self.err_path) as f:
            return f.read()

    def threads(self):
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
        return -1

    def stop(self, timeout=60):
        """SIGTERM; returns the exit status. A sanitizer report is a failure."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("genbi serve did not stop within %d s" % timeout)
        self.proc.stdout.close()
        self.err.close()
        err = self.stderr()
        for marker in ("AddressSanitizer", "LeakSanitizer", "runtime error:"):
            assert marker not in err, "sanitizer report:\n%s" % err[-4000:]
        return code

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


async def http(port, method, path, body=None, headers=None, timeout=30):
    """One HTTP/1.1 request on its own connection; returns (status, headers, body bytes)."""
    r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
    data = b"" if body is None else (body if isinstance(body, bytes) else
                                     json.dumps(body).encode())
    h = {"Host": "127.0.0.1", "Connection": "close", "Content-Length": str(len(data))}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    req = "%s %s HTTP/1.1\r\n%s\r\n" % (method, path,
                                       "".join("%s: %s\r\n" % kv for kv in h.items()))
    w.write(req.encode() + data)
    await w.drain()
    raw = await asyncio.wait_for(r.read(), timeout)
    w.close()
    head, _, rest = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    hdrs = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        hdrs[k.strip().lower()] = v.strip()
    if hdrs.get("transfer-encoding") == "chunked":
        out, buf = b"", rest
        while buf:
            size_s, _, buf = buf.partition(b"\r\n")
            size = int(size_s.split(b";")[0], 16)
            if size == 0:
                break
            out += buf[:size]
            buf = buf[size + 2:]
        rest = out
    return status, hdrs, rest


# Tier-0 probes run in their own process so the load generator's event loop and the GIL never
# add to the latency being measured.
PROBE = r"""
import http.client, json, sys, time
port, n, gap = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
lat = []
for i in range(n):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    t0 = time.perf_counter()
    c.request("POST", "/v1/ask", json.dumps({"question": sys.argv[4]}),
              {"Content-Type": "application/json"})
    r = c.getresponse()
    body = json.loads(r.read())
    lat.append(((time.perf_counter() - t0) * 1000, r.status, body.get("tier"),
                body.get("rows")))
    c.close()
    time.sleep(gap)
print(json.dumps(lat))
"""


def start_probes(port, n, gap_s, question=TIER0_Q):
    return subprocess.Popen([sys.executable, "-c", PROBE, str(port), str(n), str(gap_s), question],
                            stdout=subprocess.PIPE, text=True)


def slow_rules():
    return [{"question": "slow", "delay_ms": MODEL_DELAY_MS, "response": SLOW_SQL}]


def expected_count(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        return con.execute(SLOW_SQL).fetchone()[0]
    finally:
        con.close()


async def slow_burst(port, n, sample=None):
    """n concurrent model-bound questions; returns (results, wall ms, max threads seen)."""
    peak = [0]
    done = asyncio.Event()

    async def watch():
        while not done.is_set():
            if sample:
                peak[0] = max(peak[0], sample())
            await asyncio.sleep(0.05)

    async def one(i):
        body = {"question": "slow question %d: how many customers?" % i,
                "options": {"no_rules": True}}
        return await http(port, "POST", "/v1/ask", body, timeout=60)

    w = asyncio.ensure_future(watch())
    t0 = time.monotonic()
    res = await asyncio.gather(*(one(i) for i in range(n)), return_exceptions=True)
    wall = (time.monotonic() - t0) * 1000
    done.set()
    await w
    return res, wall, peak[0]


def check_slow_results(res, want):
    bad = [r for r in res if isinstance(r, Exception) or r[0] != 200]
    assert not bad, "%d failed, first: %r" % (len(bad), bad[0])
    for status, _, body in res:
        j = json.loads(body)
        assert j["status"] == "answered" and j["tier"] == 1, j
        assert j["rows"] == [[want]], j["rows"]


def test_thousand_slow_model_calls():
    db = demo_db()
    want = expected_count(db)
    with FakeLLM(slow_rules()) as fake, \
            Server(["--db", db, "--llm", fake.tier(), "--log-file", os.devnull]) as srv:
        # Warm up (first connections, page cache), then the burst with tier-0 probes alongside.
        # The timing bounds are checked on the best of up to three bursts: a shared 2-core
        # machine can stall one of them, and a test must not fail because the machine was busy.
        asyncio.run(http(srv.port, "POST", "/v1/ask", {"question": TIER0_Q}))
        for attempt in range(3):
            probes = start_probes(srv.port, 20, 0.1)
            res, wall, peak = asyncio.run(slow_burst(srv.port, N_SLOW, srv.threads))
            lat = json.loads(probes.communicate(timeout=120)[0])
            check_slow_results(res, want)
            for ms, status, tier, rows in lat:
                assert status == 200 and tier == 0 and rows == [[want]], (status, tier, rows)
            worst = max(ms for ms, *_ in lat)
            print("    %d slow requests: %.0f ms wall, peak %d threads; tier-0 during load: max "
                  "%.1f ms, median %.1f ms" % (N_SLOW, wall, peak, worst,
                                               sorted(ms for ms, *_ in lat)[len(lat) // 2]))
            assert peak < 64, peak
            if SANITIZED or (wall < 3000 and worst < 50):
                break
        if not SANITIZED:
            assert wall < 3000, wall
            assert worst < 50, lat
        st = fake.stats()
        assert st["requests"] == N_SLOW * (attempt + 1), st["requests"]
        assert srv.stop() == 0


def test_sigterm_finishes_in_flight():
    db = demo_db()
    want = expected_count(db)
    with FakeLLM(slow_rules()) as fake, \
            Server(["--db", db, "--llm", fake.tier()]) as srv:
        async def scenario():
            burst = asyncio.ensure_future(slow_burst(srv.port, 100))
            # Signal once every request is in the server (all are waiting for the model); the
            # /metrics request that asks counts itself.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                _, _, m = await http(srv.port, "GET", "/metrics")
                line = [l for l in m.decode().splitlines()
                        if l.startswith("genbi_requests_in_flight ")][0]
                if int(line.split()[1]) >= 101:
                    break
                await asyncio.sleep(0.02)
            srv.proc.send_signal(signal.SIGTERM)
            t_sig = time.monotonic()
            await asyncio.sleep(0.2)
            # The listening socket is closed: new connections are refused.
            refused = False
            try:
                await http(srv.port, "GET", "/health", timeout=5)
            except (ConnectionRefusedError, OSError):
                refused = True
            res, _, _ = await burst
            return res, refused, t_sig

        res, refused, t_sig = asyncio.run(scenario())
        check_slow_results(res, want)
        assert refused, "new connections were still accepted after SIGTERM"
        code = srv.proc.wait(timeout=30)
        assert code == 0, code
        assert srv.stop() == 0
        log = srv.stderr()
        assert "SIGTERM: finishing 100 requests in flight" in log, log[-2000:]
        assert log.count('"route":"ask","status":200') == 100


if __name__ == "__main__":
    main([test_thousand_slow_model_calls, test_sigterm_finishes_in_flight])
