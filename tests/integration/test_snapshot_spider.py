"""Schema snapshots on a schema of realistic size: every Spider schema merged into one SQLite
file (876 tables, bench/make_spider_merged.py). The second `genbi schema --question` process
must load the snapshot the first one wrote and select exactly what introspection selects. Times
are printed, not asserted (bench/bench_snapshot.py measures them). Exit 77 (skipped) without
the Spider data."""

import os
import subprocess
import sys

from harness import ROOT, main, run, tmpdir

SPIDER = os.path.join(ROOT, "..", "shared", "eval", "spider")
QUESTIONS = [
    "How many singers are there in each country?",
    "average horsepower of cars made in 1970",
    "Which dogs have not cost their owner more than 1000 for treatment?",
]


def merged_db():
    d = tmpdir("snap-spider-")
    out = os.path.join(d, "spider_merged.sqlite")
    p = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_spider_merged.py"),
                        "--spider", SPIDER, "--out", out], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return d, out


def test_second_call_loads_the_snapshot():
    d, db = merged_db()
    env = {"GENBI_CACHE_DIR": os.path.join(d, "cache")}
    for i, question in enumerate(QUESTIONS):
        args = ["schema", "--db", db, "--json", "--question", question]
        first = run(args, env=env)
        second = run(args, env=env)
        cold = run(args, env=dict(env, GENBI_SNAPSHOT="off"))
        assert first.code == second.code == cold.code == 0, (first, second, cold)
        assert first.json()["snapshot"] == ("miss" if i == 0 else "hit"), first
        assert second.json()["snapshot"] == "hit", second
        for k in ("tables", "context", "tokens", "full_schema_tokens", "complexity"):
            assert second.json()[k] == cold.json()[k], (k, second, cold)
        print("  %-66s first %6.0f ms, second %5.0f ms (schema %.1f ms), no snapshot %6.0f ms"
              % (question[:66], first.ms, second.ms, second.json()["snapshot_ms"], cold.ms))
    full = run(["schema", "--db", db, "--json"], env=env).json()
    assert full["snapshot"] == "hit" and len(full["tables"]) == 876, full.get("snapshot")
    off = run(["schema", "--db", db, "--json"], env=dict(env, GENBI_SNAPSHOT="off")).json()
    strip = lambda doc: {k: v for k, v in doc.items() if not k.startswith("snapshot")}
    assert strip(full) == strip(off)


if __name__ == "__main__":
    if not os.path.exists(os.path.join(SPIDER, "tables.json")):
        print("skipped: %s not found" % SPIDER)
        sys.exit(77)
    main([test_second_call_loads_the_snapshot])
