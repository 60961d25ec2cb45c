#!/usr/bin/env python3
"""genbi maps only the libraries of what it uses: a SQLite `schema --question` loads no module
and none of libpq, libmariadb, hiredis, libcurl or libmicrohttpd (LD_DEBUG=files lists every
object the dynamic loader opens); a module that is missing is a configuration error (exit 2)
naming its file, never a crash."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import GENBI, demo_db, skip, tmpdir  # noqa: E402

HEAVY = ("libpq", "libmariadb", "libhiredis", "libcurl", "libmicrohttpd", "genbi-")


def main():
    if not os.path.exists(GENBI):
        skip("no genbi binary at %s" % GENBI)
    db = demo_db()
    env = dict(os.environ, LD_DEBUG="files")
    r = subprocess.run([GENBI, "schema", "--db", db, "--question", "How many customers are there?"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    opened = [l.split("file=", 1)[1].split()[0] for l in r.stderr.splitlines() if "file=" in l]
    assert any("libsqlite3" in f for f in opened), opened  # LD_DEBUG did report
    bad = [f for f in opened if any(h in f for h in HEAVY)]
    assert not bad, "a SQLite schema call mapped %s" % bad
    empty = tmpdir("modules-")
    env = dict(os.environ, GENBI_MODULE_DIR=empty)
    for args, mod in ((["doctor", "--db", "postgresql://u@127.0.0.1:1/x"], "genbi-postgres.so"),
                      (["ask", "--db", "mysql://u@127.0.0.1:1/x", "How many?"], "genbi-mysql.so"),
                      (["serve", "--listen", "127.0.0.1:0"], "genbi-server.so")):
        r = subprocess.run([GENBI] + args, capture_output=True, text=True, env=env, timeout=60)
        assert r.returncode == 2, (args, r.returncode, r.stderr)
        assert mod in r.stderr and empty in r.stderr, r.stderr
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
