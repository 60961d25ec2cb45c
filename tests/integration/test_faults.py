"""Fault injection, loopback only: the model server closes mid-stream, answers 10 MB, or answers
one byte at a time (within and past the tier's timeout); the database file is locked by a
writer; the disk is full for the fixes log. Each case must end in a clean answer or a clear
error (exit 3 with a message, or an HTTP answer with a status), nothing may leak (the sanitizer
build turns a leak into a report, which harness.run and Server.stop fail on), and the same
`genbi serve` must still answer a tier-0 question after the faults.

Every subprocess and HTTP call has a timeout, so a hang fails the test instead of stalling it.
The timeouts are hang detectors, generous for a slow sanitizer build, not speed bounds."""

import asyncio
import json
import os
import resource
import shutil
import signal
import sqlite3
import threading
import time

from harness import FakeLLM, demo_db, main, run, tmpdir, write_config
from test_server_load import Server, http

TIER0_Q = "How many customers are there?"
GOOD_SQL = "SELECT count(*) FROM customers"
TIMEOUT_MS = 5000  # each model tier's whole-request limit

# One rule per fault; the question picks it. Each tier is asked once per question (retries 0).
RULES = [
    {"question": "^cut stream", "name": "cut", "close": True,
     "response": "```sql\n%s\n```" % GOOD_SQL},
    {"question": "^huge answer", "name": "huge", "pad_bytes": 10 << 20, "response": GOOD_SQL},
    {"question": "^trickle within", "name": "trickle-ok", "bytes_delay_ms": 1,
     "response": GOOD_SQL},
    {"question": "^trickle past", "name": "trickle-slow", "bytes_delay_ms": 100,
     "response": GOOD_SQL},
    {"question": "^tally probe", "prompt": "Failed SQL:", "name": "fixed", "response": GOOD_SQL},
    {"question": "^tally probe", "name": "broken", "response": "SELECT count(*) FROM customers WHERE nosuchfn(1) = 1"},
]


def model_config(fake, **more):
    """Two streamed tiers, Ollama NDJSON then OpenAI SSE, so every fault hits both wire formats."""
    cfg = {"tiers": [
        {"protocol": "ollama", "url": fake.url, "model": "a", "stream": True, "retries": 0,
         "timeout_ms": TIMEOUT_MS},
        {"protocol": "openai", "url": fake.url, "model": "b", "stream": True, "retries": 0,
         "timeout_ms": TIMEOUT_MS}]}
    cfg.update(more)
    return write_config(cfg)


def customers(db):
    con = sqlite3.connect(db)
    try:
        return con.execute(GOOD_SQL).fetchone()[0]
    finally:
        con.close()


def ask(db, cfg, question, no_rules=True, env=None, timeout=60, preexec=None):
    args = ["ask", "--db", db, "--json", "--config", cfg]
    if no_rules:
        args.append("--no-rules")
    return run(args + [question], env=env, timeout=timeout, preexec=preexec)


def expect_clear_error(r, tiers_failed=2):
    """Exit 3, not answered, with a message, and one model error per failed tier."""
    assert r.code == 3, r
    obj = r.json()
    assert obj["status"] == "unanswered" and obj["message"].strip(), r
    assert not obj["rows"], r
    assert [e["class"] for e in obj["errors"]] == ["model"] * tiers_failed, obj["errors"]
    return obj


def expect_answer(r, want):
    assert r.code == 0, r
    assert r.json()["rows"] == [[want]], r


def by_rule(fake, label):
    return fake.stats()["by_rule"].get(label, 0)


# -- model faults, CLI ------------------------------------------------------------------------

def test_model_faults_cli():
    db = demo_db()
    want = customers(db)
    with FakeLLM(RULES) as fake:
        cfg = model_config(fake)
        # 1. The model server closes mid-stream: both tiers fail, a clear error.
        expect_clear_error(ask(db, cfg, "cut stream please"))
        assert by_rule(fake, "cut") == 2, fake.stats()
        # 2. A 10 MB answer is over the 8 MiB cap: a clear error, not 10 MB held or printed.
        r = ask(db, cfg, "huge answer please")
        obj = expect_clear_error(r)
        assert all("more than 8388608 bytes" in e["message"] for e in obj["errors"]), obj
        assert len(r.out) < (1 << 20), len(r.out)
        # 3a. One byte per ms ends well within the 5 s tier timeout: answered by tier 1.
        expect_answer(ask(db, cfg, "trickle within the limit"), want)
        # 3b. One byte per 100 ms would take over a minute: each tier times out, clear error.
        t0 = time.monotonic()
        obj = expect_clear_error(ask(db, cfg, "trickle past the limit", timeout=50))
        assert all("within %d ms" % TIMEOUT_MS in e["message"] for e in obj["errors"]), obj
        print("    trickle past the limit: %.1f s (not asserted)" % (time.monotonic() - t0))


# -- model faults, server ---------------------------------------------------------------------

def post_ask(port, question, no_rules=True, timeout=60):
    body = {"question": question}
    if no_rules:
        body["options"] = {"no_rules": True}
    status, _, raw = asyncio.run(http(port, "POST", "/v1/ask", body, timeout=timeout))
    return status, json.loads(raw)


def expect_http_failure(status, obj):
    """Either a JSON error, or a 200 whose status says it was not answered."""
    if status == 200:
        assert obj.get("status") in ("unanswered", "refused"), obj
    else:
        assert status >= 400 and obj["error"]["code"] and obj["error"]["message"], (status, obj)


def test_model_faults_server():
    db = demo_db()
    want = customers(db)
    with FakeLLM(RULES) as fake:
        cfg = model_config(fake)
        with Server(["--db", db, "--config", cfg, "--no-cache", "--log-file", os.devnull]) as srv:
            status, obj = post_ask(srv.port, TIER0_Q, no_rules=False)
            assert status == 200 and obj["rows"] == [[want]], (status, obj)
            for q in ("cut stream please", "huge answer please"):
                status, obj = post_ask(srv.port, q)
                expect_http_failure(status, obj)
            status, obj = post_ask(srv.port, "trickle within the limit")
            assert status == 200 and obj["rows"] == [[want]], (status, obj)
            status, obj = post_ask(srv.port, "trickle past the limit", timeout=50)
            expect_http_failure(status, obj)
            # The faults left no stuck worker or connection behind: tier 0 still answers,
            # several times in a row (more than the default worker count).
            for _ in range(6):
                status, obj = post_ask(srv.port, TIER0_Q, no_rules=False, timeout=30)
                assert status == 200 and obj["rows"] == [[want]] and obj["tier"] == 0, \
                    (status, obj)
            st, _, raw = asyncio.run(http(srv.port, "GET", "/health", timeout=10))
            assert st in (200, 503) and json.loads(raw)["status"], raw
            assert srv.stop() == 0


# -- the database is locked by a writer -------------------------------------------------------

def hold_exclusive(path, seconds, held):
    """Holds an exclusive lock on the database for `seconds`, setting `held` once it has it."""
    con = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        con.execute("BEGIN EXCLUSIVE")
        con.execute("CREATE TABLE IF NOT EXISTS fault_probe(x)")
        held.set()
        time.sleep(seconds)
        con.execute("ROLLBACK")
    finally:
        con.close()


class Locked:
    """An exclusive lock held on the database by another process's writer for `seconds`."""

    def __init__(self, db, seconds):
        self.held = threading.Event()
        self.thread = threading.Thread(target=hold_exclusive, args=(db, seconds, self.held),
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        assert self.held.wait(10), "could not take the lock"
        return self

    def __exit__(self, *exc):
        self.thread.join(60)
        assert not self.thread.is_alive(), "the writer did not finish"


def locked_copy():
    src = demo_db()
    d = tmpdir("locked-")
    db = os.path.join(d, "locked.sqlite")
    shutil.copyfile(src, db)
    con = sqlite3.connect(db)
    mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    con.close()
    assert mode.lower() != "wal", "the lock must block readers: journal mode %s" % mode
    return d, db, customers(src)


HOLD_S = 15  # far past query_timeout_ms (3 s)


def test_database_locked_cli():
    d, db, want = locked_copy()
    cfg = write_config({"query_timeout_ms": 3000})
    # A schema snapshot of this copy first, so the locked run does not start by reading it.
    expect_answer(ask(db, cfg, TIER0_Q, no_rules=False), want)
    for hold_s in (1, HOLD_S):
        with Locked(db, hold_s):
            t0 = time.monotonic()
            r = ask(db, cfg, TIER0_Q, no_rules=False, timeout=60)
            took = time.monotonic() - t0
        print("    lock held %d s: exit %d after %.1f s (not asserted): %s"
              % (hold_s, r.code, took, r.err.strip()[:160]))
        if r.code == 0:
            expect_answer(r, want)
        else:
            # A clear error naming the lock (or the time limit), never a crash.
            assert r.code in (2, 3), r
            low = r.err.lower()
            assert "locked" in low or "busy" in low or "time" in low, r
        if hold_s == HOLD_S:
            # genbi gave up (or answered) well before the writer let go: no wait past the limit.
            assert took < HOLD_S - 3, (took, r)
    # Released: answered again.
    expect_answer(ask(db, cfg, TIER0_Q, no_rules=False), want)
    shutil.rmtree(d, ignore_errors=True)


def test_database_locked_server():
    d, db, want = locked_copy()
    cfg = write_config({"query_timeout_ms": 3000})
    with Server(["--db", db, "--config", cfg, "--no-cache", "--log-file", os.devnull]) as srv:
        status, obj = post_ask(srv.port, TIER0_Q, no_rules=False)
        assert status == 200 and obj["rows"] == [[want]], (status, obj)
        with Locked(db, HOLD_S):
            t0 = time.monotonic()
            status, obj = post_ask(srv.port, TIER0_Q, no_rules=False, timeout=60)
            took = time.monotonic() - t0
            print("    server, lock held: HTTP %d after %.1f s (not asserted): %s"
                  % (status, took, json.dumps(obj)[:200]))
            if status == 200 and obj.get("status") == "answered":
                assert obj["rows"] == [[want]], obj
            else:
                text = json.dumps(obj).lower()
                assert "locked" in text or "busy" in text or "time" in text, (status, obj)
            assert took < HOLD_S - 3, took
        # The lock is gone: the same server answers again.
        status, obj = post_ask(srv.port, TIER0_Q, no_rules=False, timeout=30)
        assert status == 200 and obj["rows"] == [[want]], (status, obj)
        assert srv.stop() == 0
    shutil.rmtree(d, ignore_errors=True)


# -- the disk is full for the fixes log -------------------------------------------------------

def tiny_fsize():
    """In the child: files may not grow past 1 byte, and writing more is an error (EFBIG),
    not a SIGXFSZ kill."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, 1))


def test_fixes_log_disk_full():
    db = demo_db()
    want = customers(db)
    d = tmpdir("fixes-full-")
    with FakeLLM(RULES) as fake:
        cfg = model_config(fake)
        # /dev/full: every write fails with ENOSPC.
        r = ask(db, cfg, "tally probe", env={"GENBI_FIXES_LOG": "/dev/full"})
        expect_answer(r, want)
        assert by_rule(fake, "fixed") >= 1, fake.stats()
        # A log that cannot grow (RLIMIT_FSIZE): the repaired answer still comes back. The
        # schema cache lives in its own directory, written before the limit matters only once.
        log = os.path.join(d, "fixes.jsonl")
        env = {"GENBI_FIXES_LOG": log}
        r = ask(db, cfg, "tally probe", env=env, preexec=tiny_fsize)
        expect_answer(r, want)
        assert by_rule(fake, "fixed") >= 2, fake.stats()
        assert not os.path.exists(log) or os.path.getsize(log) <= 1, os.path.getsize(log)
        # Without the limit the same repair is logged, so the limited run really had to write.
        r = ask(db, cfg, "tally probe", env=env)
        expect_answer(r, want)
        assert os.path.getsize(log) > 1, "the repair was not logged"
    shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main([test_model_faults_cli, test_model_faults_server, test_database_locked_cli,
          test_database_locked_server, test_fixes_log_disk_full])
