#!/usr/bin/env python3
"""Self-test for tests/fake_llm.py (standard library only).

Starts the fake server as a subprocess on port 0 with a temporary script and replay file, then
checks each feature over real HTTP: both APIs streamed and not, scripted failures, delays,
malformed answers, replay, /_stats, keep-alive, bad input, and many concurrent slow requests.
Prints `N passed, N failed` and exits non-zero when anything failed.

Usage: python3 tests/fake_llm_selftest.py
"""

import asyncio
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "fake_llm.py")

SCRIPT = [
    {"question": "^flaky", "status": 500, "fail_times": 2, "response": "SELECT 2"},
    {"question": "^busy", "status": 429, "response": "never"},
    {"question": "^broken", "malformed": True},
    {"question": "^slow", "delay_ms": 500, "response": "SELECT 'slow'"},
    {"question": "^crowd", "delay_ms": 1000, "response": "SELECT 'crowd'"},
    {"question": "^stuck", "hang": True},
    {"question": "^counted", "response": "SELECT 3", "tokens_in": 11, "tokens_out": 7},
    {"prompt": "Failed SQL:.*no such column", "response": "SELECT fixed FROM t"},
    {"model": "special-model", "response": "SELECT 'special'"},
    {"question": "revenue by region", "name": "revenue",
     "response": "SELECT region, SUM(amount) AS revenue FROM sales GROUP BY region"},
    {"question": "^cut", "close": True, "response": "SELECT a, b, c, d FROM t WHERE x = 1"},
    {"question": "^trickle", "bytes_delay_ms": 2, "response": "SELECT 1"},
    {"question": "^huge", "pad_bytes": 3 << 20, "response": "SELECT 1"},
]

REPLAY = "# comment line without a tab is ignored\nHow many   CUSTOMERS are there?\tSELECT COUNT(*) FROM customers\n"

RESULTS = {"passed": 0, "failed": 0}
BASE = None


def prompt_for(question):
    """A user message shaped like genbi's SQL prompt."""
    return "Schema:\nCREATE TABLE sales(region TEXT, amount REAL);\n\nQuestion: %s\nSQL:" % question


def post(path, body, timeout=10, raw=False):
    """POSTs JSON; returns (status, headers, body bytes) even for HTTP errors."""
    data = body if raw else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def get_json(path):
    with urllib.request.urlopen(BASE + path, timeout=10) as resp:
        return json.loads(resp.read())


def ollama(question, stream=False, model="m", **kw):
    body = {"model": model, "messages": [{"role": "system", "content": "You write SQL."},
                                         {"role": "user", "content": prompt_for(question)}],
            "stream": stream}
    return post("/api/chat", body, **kw)


def openai(question, stream=False, usage=False, model="m", **kw):
    body = {"model": model, "messages": [{"role": "user", "content": prompt_for(question)}],
            "stream": stream}
    if usage:
        body["stream_options"] = {"include_usage": True}
    return post("/v1/chat/completions", body, **kw)


def check(name, cond, detail=""):
    if cond:
        RESULTS["passed"] += 1
        print("ok   %s" % name)
    else:
        RESULTS["failed"] += 1
        print("FAIL %s %s" % (name, detail))


def run(test):
    """Runs one test function; an exception counts as a failure."""
    try:
        test()
    except Exception:  # noqa: BLE001
        RESULTS["failed"] += 1
        print("FAIL %s raised:\n%s" % (test.__name__, traceback.format_exc()))


# ---------------------------------------------------------------------------------------------

def test_health_and_404():
    with urllib.request.urlopen(BASE + "/health", timeout=5) as resp:
        check("health", resp.read() == b"ok")
    status, _, body = post("/nope", {})
    check("unknown path 404 JSON", status == 404 and "error" in json.loads(body))


def test_ollama_nonstream():
    status, headers, body = ollama("What is revenue by region?")
    obj = json.loads(body)
    check("ollama non-stream answer",
          status == 200 and obj["message"]["content"].startswith("SELECT region")
          and obj["done"] is True and obj["done_reason"] == "stop", body)
    check("ollama non-stream counts", obj["prompt_eval_count"] >= 1 and obj["eval_count"] >= 1)
    check("rule name header", headers.get("X-Fake-Rule") == "revenue", headers.get("X-Fake-Rule"))


def test_ollama_stream_default():
    # No "stream" key: Ollama streams by default.
    body = {"model": "m", "messages": [{"role": "user", "content": prompt_for("counted")}]}
    status, headers, raw = post("/api/chat", body)
    lines = [json.loads(l) for l in raw.decode().splitlines() if l.strip()]
    text = "".join(l["message"]["content"] for l in lines if not l["done"])
    last = lines[-1]
    check("ollama stream NDJSON content type",
          headers.get("Content-Type") == "application/x-ndjson")
    check("ollama stream reassembly", status == 200 and text == "SELECT 3" and len(lines) >= 3,
          repr(text))
    check("ollama stream final counts",
          last["done"] and last["prompt_eval_count"] == 11 and last["eval_count"] == 7, last)


def test_openai_nonstream():
    status, _, body = openai("What is revenue by region?")
    obj = json.loads(body)
    choice = obj["choices"][0]
    usage = obj["usage"]
    check("openai non-stream answer",
          status == 200 and obj["object"] == "chat.completion"
          and choice["message"]["content"].startswith("SELECT region")
          and choice["finish_reason"] == "stop", body)
    check("openai usage totals",
          usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
          and usage["prompt_tokens"] >= 1)


def test_openai_stream_usage():
    status, headers, raw = openai("counted", stream=True, usage=True)
    events = [l[len("data: "):] for l in raw.decode().split("\n") if l.startswith("data: ")]
    check("openai stream ends with [DONE]", events and events[-1] == "[DONE]", events[-1:])
    chunks = [json.loads(e) for e in events[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    usage = [c["usage"] for c in chunks if not c["choices"] and c.get("usage")]
    check("openai stream content type",
          headers.get("Content-Type", "").startswith("text/event-stream"))
    check("openai stream reassembly", status == 200 and text == "SELECT 3", repr(text))
    check("openai stream usage chunk",
          len(usage) == 1 and usage[0] == {"prompt_tokens": 11, "completion_tokens": 7,
                                           "total_tokens": 18}, usage)
    _, _, raw = openai("counted", stream=True)
    check("openai stream without usage", b'"usage"' not in raw and raw.endswith(b"[DONE]\n\n"))


def test_fail_times():
    statuses = [ollama("flaky one")[0] for _ in range(2)]
    status, _, body = ollama("flaky one")
    check("fail_times fails first N", statuses == [500, 500], statuses)
    check("fail_times then answers",
          status == 200 and json.loads(body)["message"]["content"] == "SELECT 2")


def test_429():
    status, headers, body = openai("busy now")
    check("429 with Retry-After: 0", status == 429 and headers.get("Retry-After") == "0")
    check("429 OpenAI error body", json.loads(body)["error"]["code"] == 429, body)


def test_malformed():
    status, _, body = ollama("broken answer")
    try:
        json.loads(body)
        parsed = True
    except ValueError:
        parsed = False
    check("malformed 200 with invalid JSON", status == 200 and not parsed, body)


def test_faults():
    # close: the stream is cut short, so the client sees an incomplete response.
    for name, call in (("ollama", lambda: ollama("cut stream", stream=True)),
                       ("openai", lambda: openai("cut stream", stream=True))):
        try:
            status, _, body = call()
            cut = False
        except (http.client.IncompleteRead, ConnectionError, OSError):
            cut, body = True, b""
        check("close cuts the %s stream" % name, cut, body[-200:])
    t0 = time.monotonic()
    status, _, body = ollama("trickle")
    dt = time.monotonic() - t0
    # Every byte (headers included, a few hundred of them) waits 2 ms.
    check("bytes_delay_ms trickles", status == 200 and dt >= 0.4 and
          json.loads(body)["message"]["content"] == "SELECT 1", "%.3fs" % dt)
    status, _, body = ollama("huge answer")
    content = json.loads(body)["message"]["content"]
    check("pad_bytes pads", status == 200 and content.startswith("SELECT 1\n-- ") and
          len(content) == len("SELECT 1\n-- ") + (3 << 20), len(content))


def test_delay():
    t0 = time.monotonic()
    status, _, _ = ollama("slow query")
    dt = time.monotonic() - t0
    # A delay can only be longer than asked on a busy machine, never shorter.
    check("delay_ms measured", status == 200 and 0.45 <= dt, "%.3fs" % dt)


def test_replay_and_fallback():
    status, headers, body = openai("how many customers are   there?")
    check("replay lookup",
          status == 200 and headers.get("X-Fake-Rule") == "replay"
          and json.loads(body)["choices"][0]["message"]["content"]
          == "SELECT COUNT(*) FROM customers", body)
    _, _, body = ollama("something nobody scripted")
    check("no match -> I don't know.", json.loads(body)["message"]["content"] == "I don't know.")


def test_prompt_and_model_rules():
    repair = ("Question: total sales\nFailed SQL:\nSELECT nope FROM t\n"
              "Error: no such column: nope\nFixed SQL:")
    body = {"model": "m", "stream": False, "messages": [{"role": "user", "content": repair}]}
    _, _, raw = post("/api/chat", body)
    check("prompt regex on repair prompt",
          json.loads(raw)["message"]["content"] == "SELECT fixed FROM t", raw)
    _, _, raw = ollama("anything at all", model="special-model")
    check("model rule", json.loads(raw)["message"]["content"] == "SELECT 'special'", raw)


def test_bad_input():
    status, _, _ = post("/api/chat", b"{not json", raw=True)
    check("malformed client JSON -> 400", status == 400)
    status, _, _ = post("/v1/chat/completions", {"messages": "nope"})
    check("bad messages -> 400", status == 400)
    # A client that disconnects mid-request (headers promise more body than sent).
    s = socket.create_connection(("127.0.0.1", PORT))
    s.sendall(b"POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"mod")
    s.close()
    # A client that gives up on a hanging answer.
    s = socket.create_connection(("127.0.0.1", PORT))
    data = json.dumps({"model": "m", "stream": False,
                       "messages": [{"role": "user", "content": prompt_for("stuck")}]}).encode()
    s.sendall(b"POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: %d\r\n\r\n%s" % (len(data), data))
    s.settimeout(0.3)
    try:
        got = s.recv(100)
    except socket.timeout:
        got = None
    s.close()
    check("hang never answers", got is None, got)
    time.sleep(0.1)
    with urllib.request.urlopen(BASE + "/health", timeout=5) as resp:
        check("server alive after disconnects", resp.status == 200)


def test_keepalive_and_expect():
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
    body = json.dumps({"model": "m", "stream": True,
                       "messages": [{"role": "user", "content": prompt_for("counted")}]})
    conn.request("POST", "/api/chat", body, {"Content-Type": "application/json"})
    r1 = conn.getresponse().read()
    conn.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
    r2 = conn.getresponse().read()
    sock_same = conn.sock is not None
    conn.close()
    check("keep-alive: two requests on one connection (chunked then chunked)",
          b'"done": true' in r1 and b"[DONE]" in r2 and sock_same)
    # Expect: 100-continue must be answered before the body is sent (libcurl otherwise waits 1 s):
    # the interim response is read before the body goes out.
    s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    data = json.dumps({"model": "m", "stream": False,
                       "messages": [{"role": "user", "content": prompt_for("counted")}]}).encode()
    s.sendall(b"POST /api/chat HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
              b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(data))
    interim = s.recv(100)
    s.sendall(data)
    rest = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        rest += chunk
    s.close()
    check("Expect: 100-continue",
          interim.startswith(b"HTTP/1.1 100") and b"SELECT 3" in rest, (interim, rest[:80]))


def test_stats_and_reset():
    post("/_reset", {})
    ollama("What is revenue by region?")
    openai("What is revenue by region?", model="gpt-x")
    ollama("flaky again")  # counter reset: fails again
    stats = get_json("/_stats")
    check("stats totals", stats["requests"] == 3, stats["requests"])
    check("stats by_path", stats["by_path"] == {"/api/chat": 2, "/v1/chat/completions": 1},
          stats["by_path"])
    check("stats by_model", stats["by_model"] == {"m": 2, "gpt-x": 1}, stats["by_model"])
    check("stats by_question", stats["by_question"] == {"What is revenue by region?": 2,
                                                         "flaky again": 1}, stats["by_question"])
    log = stats["log"]
    check("stats log entries",
          len(log) == 3 and log[0] == {"path": "/api/chat", "model": "m",
                                       "question": "What is revenue by region?",
                                       "rule": "revenue", "status": 200}
          and log[2]["status"] == 500, log)
    post("/_reset", {})
    after = get_json("/_stats")
    check("reset clears", after["requests"] == 0 and after["by_question"] == {}, after)


def test_concurrent_threads():
    """300 concurrent requests, each delayed 500 ms, via threads: all done in < 3 s."""
    n = 300
    statuses = []
    lock = threading.Lock()

    def one():
        try:
            status = ollama("slow %d" % threading.get_ident(), timeout=20)[0]
        except Exception as exc:  # noqa: BLE001
            status = repr(exc)
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=one) for _ in range(n)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.monotonic() - t0
    ok = statuses.count(200) == n
    # How long they take depends on the machine (bench/bench_server.py measures concurrency).
    check("300 concurrent 500 ms requests all answered", ok,
          "%.2fs, %d ok, others %s" % (dt, statuses.count(200),
                                       [s for s in statuses if s != 200][:3]))


def test_concurrent_1000():
    """1,000 concurrent requests each delayed 1 s (asyncio client): all answered."""
    data = json.dumps({"model": "m", "stream": False,
                       "messages": [{"role": "user", "content": prompt_for("crowd")}]}).encode()
    req = (b"POST /api/chat HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
           b"Content-Length: %d\r\n\r\n%s" % (len(data), data))

    async def one():
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.write(req)
        await writer.drain()
        resp = await reader.read()
        writer.close()
        return resp.startswith(b"HTTP/1.1 200") and b"SELECT 'crowd'" in resp

    async def all_of_them():
        return await asyncio.gather(*(one() for _ in range(1000)), return_exceptions=True)

    t0 = time.monotonic()
    results = asyncio.run(all_of_them())
    dt = time.monotonic() - t0
    good = sum(1 for r in results if r is True)
    check("1000 concurrent 1 s requests all answered", good == 1000,
          "%.2fs, %d ok, e.g. %r" % (dt, good, [r for r in results if r is not True][:2]))


def test_sigterm(proc):
    proc.terminate()
    try:
        rc = proc.wait(timeout=60)  # a hang guard, not a time bound
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = "timeout"
    check("exits cleanly on SIGTERM", rc == 0, rc)


def test_max_seconds(tmp):
    port_file = os.path.join(tmp, "port2")
    proc = subprocess.Popen([sys.executable, SERVER, "--port", "0", "--port-file", port_file,
                             "--max-seconds", "1"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    line = proc.stdout.readline().decode()
    try:
        rc = proc.wait(timeout=60)  # a hang guard, not a time bound
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = "timeout"
    check("--max-seconds exits by itself",
          rc == 0 and line.startswith("listening on 127.0.0.1:"), (rc, line))
    proc.stdout.close()


def raise_fd_limit():
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft != resource.RLIM_INFINITY and soft < 4096:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, hard), hard))
    except (ImportError, ValueError, OSError):
        pass


def main():
    global BASE, PORT
    raise_fd_limit()
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "script.json")
        replay = os.path.join(tmp, "replay.tsv")
        port_file = os.path.join(tmp, "port")
        with open(script, "w") as f:
            json.dump(SCRIPT, f)
        with open(replay, "w") as f:
            f.write(REPLAY)
        proc = subprocess.Popen([sys.executable, SERVER, "--port", "0", "--port-file", port_file,
                                 "--script", script, "--replay", replay, "--max-seconds", "120"],
                                stdout=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 10
            while not os.path.exists(port_file) and time.monotonic() < deadline:
                if proc.poll() is not None:
                    print("server exited early: %s" % proc.returncode)
                    return 1
                time.sleep(0.02)
            PORT = int(open(port_file).read())
            BASE = "http://127.0.0.1:%d" % PORT
            line = proc.stdout.readline().decode().strip()
            check("prints listening line", line == "listening on 127.0.0.1:%d" % PORT, line)
            for test in (test_health_and_404, test_ollama_nonstream, test_ollama_stream_default,
                         test_openai_nonstream, test_openai_stream_usage, test_fail_times,
                         test_429, test_malformed, test_faults, test_delay, test_replay_and_fallback,
                         test_prompt_and_model_rules, test_bad_input, test_keepalive_and_expect,
                         test_stats_and_reset, test_concurrent_threads, test_concurrent_1000):
                run(test)
            test_sigterm(proc)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
        test_max_seconds(tmp)
    print("%d passed, %d failed" % (RESULTS["passed"], RESULTS["failed"]))
    return 1 if RESULTS["failed"] else 0


PORT = None

if __name__ == "__main__":
    sys.exit(main())
