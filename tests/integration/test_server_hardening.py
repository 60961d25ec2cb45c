"""genbi serve against hostile clients, over loopback (issue 16): one address holding 10,000
idle sockets does not keep /health from another address; connections that trickle a header
line every second are closed by the whole-time bound; a request over the global connection
limit gets 503; wrong API keys are limited per address (429, Retry-After) and do not slow
/health; two addresses that once shared a rate-limit slot keep their own buckets; a chunked
body over the limit gets 413; NUL bytes in ?db=, in Authorization and in `serve --hash-key -`
are refused, and so are Argon2 API key hashes.

The only timing bounds are the ones the issue's acceptance asks for (/health within 1 s, its
p99 under 50 ms while wrong keys arrive); the ratio against the same run's baseline is printed
and belongs to bench/bench_server.py."""

import os
import resource
import socket
import statistics
import subprocess
import threading
import time

from harness import GENBI, demo_db, main, run, skip, write_config
from test_server_load import Server

KEY = "hardening-test-key-0123456789"


def raw_request(data, port, src="127.0.0.1", timeout=10.0):
    """Sends raw bytes on a new connection from src; returns (status, body) or (None, b"")
    when the server closed the connection without an answer."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(timeout)
    try:
        s.bind((src, 0))
        s.connect(("127.0.0.1", port))
        s.sendall(data)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, BrokenPipeError):
                break
            if not chunk:
                break
            out += chunk
    finally:
        s.close()
    if not out:
        return None, b""
    head, _, body = out.partition(b"\r\n\r\n")
    return int(head.split()[1]), head + b"\r\n\r\n" + body


def get(port, path, src="127.0.0.1", headers=b"", timeout=10.0):
    return raw_request(b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                       + headers + b"\r\n", port, src, timeout)


def raise_nofile(need):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < need:
        skip("RLIMIT_NOFILE hard limit %d is below the %d sockets this test needs" % (hard, need))
    if soft != resource.RLIM_INFINITY and soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(need, soft)) if hard !=
                                                     resource.RLIM_INFINITY else need, hard))


def open_idle(port, n, src="127.0.0.1"):
    """n sockets connected (or connecting) from src that never send a byte."""
    socks = []
    for _ in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        s.bind((src, 0))
        s.connect_ex(("127.0.0.1", port))
        socks.append(s)
    return socks


def config(**server):
    return write_config({"server": server})


def test_idle_sockets_do_not_lock_out():
    raise_nofile(10_500)
    with Server(["--db", "main=" + demo_db()]) as srv:
        socks = open_idle(srv.port, 10_000)
        try:
            time.sleep(1.0)
            t0 = time.monotonic()
            st, body = get(srv.port, "/health", src="127.0.0.2", timeout=5)
            ms = (time.monotonic() - t0) * 1000
            print("  /health from 127.0.0.2 with 10,000 idle sockets from 127.0.0.1: %.1f ms" % ms)
            assert st == 200, (st, body[:300])
            assert ms < 1000, ms
        finally:
            for s in socks:
                s.close()
        assert srv.stop() == 0


def test_trickling_headers_are_closed():
    n = 1000
    raise_nofile(n + 200)
    cfg = config(header_timeout_ms=3000)
    with Server(["--config", cfg, "--db", "main=" + demo_db()]) as srv:
        socks = []
        for _ in range(n):
            s = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
            s.sendall(b"GET /health HTTP/1.1\r\n")
            s.setblocking(False)
            socks.append(s)
        t0 = time.monotonic()
        open_ = set(range(n))
        closed_at = {}
        while open_ and time.monotonic() - t0 < 20:
            time.sleep(1.0)
            for i in list(open_):
                try:
                    socks[i].send(b"X-Slow: 1\r\n")
                    if socks[i].recv(4096) == b"":
                        raise ConnectionResetError
                except BlockingIOError:
                    continue
                except OSError:
                    open_.discard(i)
                    closed_at[i] = time.monotonic() - t0
        for s in socks:
            s.close()
        print("  %d of %d trickling connections closed, the last after %.1f s" %
              (len(closed_at), n, max(closed_at.values(), default=0)))
        assert not open_, "%d connections still open after 20 s" % len(open_)
        # MHD's own timeout (60 s, reset by every line) could not have closed them.
        assert max(closed_at.values()) < 20
        st, _ = get(srv.port, "/health")
        assert st == 200
        assert srv.stop() == 0


def test_global_limit_answers_503():
    cfg = config(max_connections=16, per_ip_connections=16)
    with Server(["--config", cfg, "--db", "main=" + demo_db()]) as srv:
        socks = open_idle(srv.port, 20, src="127.0.0.3")
        try:
            time.sleep(0.5)
            st, body = get(srv.port, "/health", src="127.0.0.4")
            assert st == 503 and b'"overloaded"' in body, (st, body[:300])
        finally:
            for s in socks:
                s.close()
        time.sleep(0.5)
        st, _ = get(srv.port, "/health", src="127.0.0.4")
        assert st == 200
        assert srv.stop() == 0


def p99(samples):
    return sorted(samples)[max(0, int(len(samples) * 0.99) - 1)]


def health_times(port, n):
    out = []
    for _ in range(n):
        t0 = time.monotonic()
        st, _ = get(port, "/health", src="127.0.0.2")
        out.append((time.monotonic() - t0) * 1000)
        assert st == 200, st
    return out


def test_wrong_keys_are_limited():
    hexkey = run(["serve", "--hash-key", KEY]).out.strip()
    cfg = write_config({"server": {"api_keys": [{"id": "a", "hash": hexkey}]}})
    with Server(["--config", cfg, "--db", "main=" + demo_db()]) as srv:
        st, _ = get(srv.port, "/v1/databases", headers=b"Authorization: Bearer " + KEY.encode()
                    + b"\r\n")
        assert st == 200
        base = health_times(srv.port, 200)
        stop = threading.Event()
        statuses = []

        def hammer(k):
            while not stop.is_set():
                st, body = get(srv.port, "/v1/databases", src="127.0.1.%d" % (k + 1),
                               headers=b"Authorization: Bearer wrong-key-%d-0123456789\r\n" % k)
                statuses.append((st, b"retry-after:" in body.lower()))

        threads = [threading.Thread(target=hammer, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        try:
            time.sleep(0.5)
            loaded = health_times(srv.port, 200)
        finally:
            stop.set()
            for t in threads:
                t.join()
        print("  /health p99 %.1f ms alone, %.1f ms with 8 wrong-key clients (median %.1f -> "
              "%.1f; %d wrong-key requests)" % (p99(base), p99(loaded), statistics.median(base),
                                                statistics.median(loaded), len(statuses)))
        assert p99(loaded) < 50, p99(loaded)
        assert sum(1 for st, _ in statuses if st == 401) <= 8 * 20, statuses[:40]
        assert any(st == 429 and ra for st, ra in statuses)
        assert all(st in (401, 429) for st, _ in statuses)
        # the right key from an address that did not fail still works
        st, _ = get(srv.port, "/v1/databases", src="127.0.2.1",
                    headers=b"Authorization: Bearer " + KEY.encode() + b"\r\n")
        assert st == 200
        assert srv.stop() == 0


def test_alternating_addresses_keep_their_buckets():
    rate, burst = 1, 3
    cfg = config(rate_limit={"rate": rate, "burst": burst})
    with Server(["--config", cfg, "--db", "main=" + demo_db()]) as srv:
        t0 = time.monotonic()
        ok = 0
        for i in range(30):
            st, _ = get(srv.port, "/v1/databases", src="127.0.3.162" if i % 2 else "127.0.4.71")
            ok += st == 200
            assert st in (200, 429), st
        secs = time.monotonic() - t0
        print("  %d of 30 succeeded in %.2f s" % (ok, secs))
        assert ok >= 2 * burst
        assert ok <= 2 * (burst + rate * secs), (ok, secs)
        assert srv.stop() == 0


def test_chunked_body_over_limit_gets_413():
    with Server(["--db", "main=" + demo_db()]) as srv:
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=30)
        s.sendall(b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                  b"Content-Type: application/json\r\nConnection: close\r\n\r\n")
        chunk = b"x" * 65536
        try:
            for _ in range(160):  # 10 MiB
                s.sendall(b"10000\r\n" + chunk + b"\r\n")
            s.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the answer may come before the whole body was taken
        out = b""
        while True:
            try:
                c = s.recv(65536)
            except OSError:
                break
            if not c:
                break
            out += c
        s.close()
        assert out.startswith(b"HTTP/1.1 413"), out[:200]
        assert b'"body_too_large"' in out
        assert srv.stop() == 0


def test_nul_bytes_are_refused():
    hexkey = run(["serve", "--hash-key", KEY]).out.strip()
    cfg = write_config({"server": {"api_keys": [{"id": "a", "hash": hexkey}]}})
    auth = b"Authorization: Bearer " + KEY.encode()
    with Server(["--config", cfg, "--db", "main=" + demo_db()]) as srv:
        st, body = get(srv.port, "/v1/schema?db=main", headers=auth + b"\r\n")
        assert st == 200
        st, body = get(srv.port, "/v1/schema?db=main%00x", headers=auth + b"\r\n")
        assert st == 400, (st, body[:300])
        st, body = get(srv.port, "/v1/schema?db=main", headers=auth + b"\0junk\r\n")
        assert st == 400, (st, body[:300])
        assert srv.stop() == 0
    p = subprocess.run([GENBI, "serve", "--hash-key", "-"], input=KEY.encode() + b"\0junk\n",
                       capture_output=True, timeout=30)
    assert p.returncode == 2 and b"NUL" in p.stderr, (p.returncode, p.stderr)
    p = subprocess.run([GENBI, "serve", "--hash-key", "-"], input=KEY.encode() + b"\n",
                       capture_output=True, timeout=30)
    assert p.returncode == 0 and p.stdout.decode().strip() == hexkey, p
    # Argon2 strings are refused at start-up with a migration note
    cfg = write_config({"server": {"api_keys": [
        {"id": "a", "hash": "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA"}]}})
    r = run(["serve", "--config", cfg, "--listen", "127.0.0.1:0"], timeout=30)
    assert r.code == 2 and "--hash-key" in r.err, r


if __name__ == "__main__":
    main([test_idle_sockets_do_not_lock_out, test_trickling_headers_are_closed,
          test_global_limit_answers_503, test_wrong_keys_are_limited,
          test_alternating_addresses_keep_their_buckets, test_chunked_body_over_limit_gets_413,
          test_nul_bytes_are_refused])
