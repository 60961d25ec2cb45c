"""genbi serve under load, over loopback: a thousand concurrent requests that wait 1 s for the
(fake) model are all answered correctly by a server with fewer than 64 threads, the model is
called exactly once for each of them, tier-0 questions sent at the same time are answered
correctly, and SIGTERM during 100 slow requests lets every one of them finish before the process
exits 0.

Nothing here depends on the speed of the machine: there are no latency or wall-time bounds (they
are measured, as ratios against a baseline of the same run, by bench/bench_server.py). The result
cache is off (serve --no-cache) and every question is distinct, so each request must reach the
model itself.

`--double-calls` runs the thousand-request test against a model whose first answer to each
question is broken SQL, so that genbi repairs it with a second model call: the test must fail on
the calls-per-question check (and only there). ctest runs that mode as its own entry, which
passes only when the failure was detected."""

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import traceback

from harness import GENBI, FakeLLM, demo_db, main, tmpdir

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


# Set by --double-calls: the first answer to every question is broken (a syntax error that no
# deterministic repair fixes), so each request costs two model calls.
DOUBLE_CALLS = False
BROKEN_SQL = "SELECT count(*) FROM customers WHERE"


def slow_rules():
    rules = [{"question": "^slow", "delay_ms": MODEL_DELAY_MS, "response": SLOW_SQL}]
    if DOUBLE_CALLS:
        rules.insert(0, {"question": "^slow", "prompt": "Failed SQL:", "delay_ms": MODEL_DELAY_MS,
                         "response": SLOW_SQL})
        rules[1]["response"] = BROKEN_SQL
    return rules


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
        body = {"question": slow_question(i), "options": {"no_rules": True}}
        return await http(port, "POST", "/v1/ask", body, timeout=60)

    w = asyncio.ensure_future(watch())
    t0 = time.monotonic()
    res = await asyncio.gather(*(one(i) for i in range(n)), return_exceptions=True)
    wall = (time.monotonic() - t0) * 1000
    done.set()
    await w
    return res, wall, peak[0]


def slow_question(i):
    return "slow question %d: how many customers?" % i


def check_slow_results(res, want):
    bad = [r for r in res if isinstance(r, Exception) or r[0] != 200]
    assert not bad, "%d failed, first: %r" % (len(bad), bad[0])
    for status, _, body in res:
        j = json.loads(body)
        assert j["status"] == "answered" and j["tier"] == 1, j
        assert j["rows"] == [[want]], j["rows"]


class CallCountError(AssertionError):
    """The model was not called exactly once per request."""


def check_one_call_each(stats, n):
    """Every one of the n slow questions reached the model exactly once, and no other question
    did. (Only model calls count: /health's probe of the model URL is not one.)"""
    by_q = stats["by_question"]
    wrong = {q: c for q, c in by_q.items() if c != 1}
    missing = [i for i in range(n) if slow_question(i) not in by_q]
    calls = sum(by_q.values())
    if wrong or missing or calls != n:
        raise CallCountError("model calls per question must be 1: %d questions called more "
                             "often (e.g. %s), %d never called, %d calls for %d requests"
                             % (len(wrong), list(wrong.items())[:3], len(missing), calls, n))


def test_thousand_slow_model_calls():
    db = demo_db()
    want = expected_count(db)
    with FakeLLM(slow_rules()) as fake, \
            Server(["--db", db, "--llm", fake.tier(), "--log-file", os.devnull,
                    "--no-cache"]) as srv:
        # Tier-0 questions asked while the burst is in flight must be answered, by tier 0.
        asyncio.run(http(srv.port, "POST", "/v1/ask", {"question": TIER0_Q}))
        probes = start_probes(srv.port, 20, 0.1)
        res, wall, peak = asyncio.run(slow_burst(srv.port, N_SLOW, srv.threads))
        lat = json.loads(probes.communicate(timeout=600)[0])
        print("    %d slow requests: peak %d server threads (%.0f ms wall, not asserted)"
              % (N_SLOW, peak, wall))
        check_slow_results(res, want)
        assert len(lat) == 20, lat
        for ms, status, tier, rows in lat:
            assert status == 200 and tier == 0 and rows == [[want]], (status, tier, rows)
        assert 0 < peak < 64, peak
        check_one_call_each(fake.stats(), N_SLOW)
        assert srv.stop() == 0


def test_sigterm_finishes_in_flight():
    db = demo_db()
    want = expected_count(db)
    n = 100
    with FakeLLM(slow_rules()) as fake, \
            Server(["--db", db, "--llm", fake.tier(), "--no-cache"]) as srv:
        async def scenario():
            burst = asyncio.ensure_future(slow_burst(srv.port, n))
            # Signal once every request is in the server (all are waiting for the model); the
            # /metrics request that asks counts itself. The model answers after 1 s, so this
            # can only be missed on a machine too slow to read 100 requests in that time: then
            # the signal still comes with requests in flight, and the checks below still hold.
            inside = 0
            while inside < n + 1 and not burst.done():
                _, _, m = await http(srv.port, "GET", "/metrics")
                line = [l for l in m.decode().splitlines()
                        if l.startswith("genbi_requests_in_flight ")][0]
                inside = int(line.split()[1])
                await asyncio.sleep(0.02)
            srv.proc.send_signal(signal.SIGTERM)
            # The listening socket closes: new connections are refused (from some moment on;
            # how soon depends on the machine, so it is polled, not timed).
            refused = False
            deadline = time.monotonic() + 60
            while not refused and time.monotonic() < deadline:
                try:
                    await http(srv.port, "GET", "/health", timeout=5)
                    await asyncio.sleep(0.05)
                except (ConnectionRefusedError, OSError, asyncio.TimeoutError):
                    refused = True
            res, _, _ = await burst
            return res, refused, inside

        res, refused, inside = asyncio.run(scenario())
        check_slow_results(res, want)
        assert refused, "new connections were still accepted 60 s after SIGTERM"
        code = srv.proc.wait(timeout=120)
        assert code == 0, code
        assert srv.stop() == 0
        log = srv.stderr()
        assert "SIGTERM: finishing" in log, log[-2000:]
        assert log.count('"route":"ask","status":200') == n, log[-2000:]
        check_one_call_each(fake.stats(), n)
        print("    %d requests in the server at SIGTERM, all %d answered" % (inside - 1, n))


def expect_double_calls_detected():
    """--double-calls: the thousand-request test must fail, on the call count and nothing else.
    Exits 0 when it did, 1 when it passed or failed for another reason."""
    global DOUBLE_CALLS
    DOUBLE_CALLS = True
    try:
        test_thousand_slow_model_calls()
    except CallCountError as e:
        print("ok   two model calls per request were detected: %s" % e)
        print("1 passed, 0 failed")
        sys.exit(0)
    except Exception:  # noqa: BLE001 - any other failure is not the proof asked for
        traceback.print_exc()
        print("FAIL the test failed, but not on the calls-per-question check")
    else:
        print("FAIL the test passed although every request cost two model calls")
    print("0 passed, 1 failed")
    sys.exit(1)


if __name__ == "__main__":
    if sys.argv[1:] == ["--double-calls"]:
        expect_double_calls_detected()
    main([test_thousand_slow_model_calls, test_sigterm_finishes_in_flight])
