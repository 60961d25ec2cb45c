"""Shared helpers for genbi's integration tests: run the real binary, start the fake model
server, make temporary databases, and a tiny check/report harness that ends with the plain
`N passed, N failed, N skipped` line.

A test whose data or tool is missing calls skip(reason): it is reported as skipped, never as
passed, and the script exits 77 (ctest's SKIP_RETURN_CODE) unless another test failed."""

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
ROOT = os.path.dirname(TESTS)
GENBI = os.environ.get("GENBI_BIN") or os.path.join(ROOT, "build", "genbi")
SANITIZED = os.environ.get("GENBI_SANITIZE", "OFF").upper() in ("ON", "1", "TRUE", "YES")
TMP_ROOT = os.environ.get("GENBI_TEST_TMP") or tempfile.gettempdir()
# Every genbi the tests start (CLI and service) logs its repairs here, never in the user's log.
os.environ.setdefault("GENBI_FIXES_LOG", os.path.join(TMP_ROOT, "fixes.jsonl"))
# ... and keeps its schema snapshots here, never in the user's cache.
os.environ.setdefault("GENBI_CACHE_DIR", os.path.join(TMP_ROOT, "cache"))
# Learned templates would carry answers from one test into another; tests of templates turn them on.
os.environ.setdefault("GENBI_TEMPLATES", "off")
os.makedirs(TMP_ROOT, exist_ok=True)


def tmpdir(prefix):
    return tempfile.mkdtemp(prefix=prefix, dir=TMP_ROOT)


def demo_db():
    """A demo database shared by the tests of one process (built once with `genbi demo`)."""
    path = os.path.join(TMP_ROOT, "it-demo-%d.sqlite" % os.getpid())
    if not os.path.exists(path):
        r = run(["demo", "--out", path])
        assert r.code == 0, r.err
    return path


class Result:
    def __init__(self, code, out, err, ms):
        self.code, self.out, self.err, self.ms = code, out, err, ms

    def json(self):
        return json.loads(self.out)

    def __repr__(self):
        return "exit %d\nstdout:\n%s\nstderr:\n%s" % (self.code, self.out[-3000:], self.err[-3000:])


def run(args, env=None, timeout=120, stdin=None, preexec=None):
    e = dict(os.environ)
    e.setdefault("GENBI_DEMO_DB", os.path.join(TMP_ROOT, "default-demo.sqlite"))
    e["ASAN_OPTIONS"] = "detect_leaks=1:halt_on_error=1"
    e["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    if env:
        e.update(env)
    t0 = time.monotonic()
    p = subprocess.run([GENBI] + list(args), capture_output=True, text=True, env=e,
                       timeout=timeout, stdin=subprocess.DEVNULL if stdin is None else stdin,
                       preexec_fn=preexec)
    ms = (time.monotonic() - t0) * 1000
    r = Result(p.returncode, p.stdout, p.stderr, ms)
    # A sanitizer report is a failure whatever the exit status says.
    for marker in ("AddressSanitizer", "LeakSanitizer", "runtime error:"):
        assert marker not in r.err, "sanitizer report:\n%s" % r.err[-4000:]
    return r


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class FakeLLM:
    """The fake model server (tests/fake_llm.py) as a context manager."""

    def __init__(self, rules, replay=None, extra=()):
        self.dir = tmpdir("fake-llm-")
        self.script = os.path.join(self.dir, "rules.json")
        with open(self.script, "w") as f:
            json.dump(rules, f)
        self.port_file = os.path.join(self.dir, "port")
        args = [sys.executable, os.path.join(TESTS, "fake_llm.py"), "--port", "0",
                "--port-file", self.port_file, "--script", self.script, "--max-seconds", "300"]
        if replay:
            rp = os.path.join(self.dir, "replay.tsv")
            with open(rp, "w") as f:
                f.write(replay)
            args += ["--replay", rp]
        self.proc = subprocess.Popen(list(args) + list(extra), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 15
        while not os.path.exists(self.port_file):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("fake model server did not start: %s" % self.proc.stderr.read())
            time.sleep(0.02)
        with open(self.port_file) as f:
            self.port = int(f.read().strip())
        self.url = "http://127.0.0.1:%d" % self.port

    def tier(self, protocol="ollama", model="m", prices=None):
        spec = "%s,%s,%s" % (protocol, self.url, model)
        if prices:
            spec += ",%s,%s" % prices
        return spec

    def stats(self):
        import urllib.request
        with urllib.request.urlopen(self.url + "/_stats", timeout=5) as r:
            return json.loads(r.read())

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.proc.stderr.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def closed_port():
    """A loopback port with nothing listening."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def write_config(obj):
    d = tmpdir("cfg-")
    path = os.path.join(d, "genbi.json")
    with open(path, "w") as f:
        json.dump(obj, f)
    return path


SKIP_EXIT = 77  # registered as SKIP_RETURN_CODE for every ctest test


class Skipped(Exception):
    """Raised by skip(): the test could not run here (missing data or tool)."""


def skip(reason):
    raise Skipped(reason)


def main(tests):
    """Runs test functions in order; prints ok/FAIL/skip lines and the closing summary line.
    Exits 1 when a test failed, else 77 when one was skipped (a script that could not run all
    of its tests does not pass), else 0."""
    only = sys.argv[1:]
    passed = failed = skipped = 0
    for fn in tests:
        if only and fn.__name__ not in only:
            continue
        t0 = time.monotonic()
        try:
            fn()
            passed += 1
            print("ok   %s (%.0f ms)" % (fn.__name__, (time.monotonic() - t0) * 1000), flush=True)
        except Skipped as why:
            skipped += 1
            print("skip %s: %s" % (fn.__name__, why), flush=True)
        except Exception:
            failed += 1
            print("FAIL %s" % fn.__name__, flush=True)
            traceback.print_exc()
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    sys.exit(1 if failed else SKIP_EXIT if skipped else 0)
