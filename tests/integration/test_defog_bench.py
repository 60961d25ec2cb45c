"""bench/bench_defog.py --check: tier 0 and the no-model fixer over defog sql-eval's PostgreSQL
databases. Asserts only structural things, never accuracy: the bench ran to its end, every
question got an HTTP 200 answer or hand-over (answered, unanswered or refused), both genbi
servers exited cleanly, and no table's row count changed. The figures are printed (docs/eval.md
records the first run). Skipped when the defog data or PostgreSQL is missing."""

import os
import subprocess
import sys

import harness
from harness import ROOT, main
from test_defog_postgres import read_questions

BENCH = os.path.join(ROOT, "bench", "bench_defog.py")


def test_defog_bench_structure():
    r = subprocess.run([sys.executable, BENCH, "--check"], capture_output=True, text=True,
                       timeout=900)
    print(r.stdout[-6000:])
    if r.returncode == harness.SKIP_EXIT:
        harness.skip(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else "skipped")
    assert r.returncode == 0, (r.returncode, r.stdout[-3000:], r.stderr[-3000:])
    assert "PROBLEM" not in r.stdout
    lines = r.stdout.splitlines()
    # Every question was asked and sorted into the tier-0 table, and the fixer's table is there.
    total = [ln for ln in lines if ln.startswith("all ")]
    assert len(total) == 3, total  # by database, by category, the fixer
    asked = str(len(read_questions()))
    assert total[0].split()[1] == total[1].split()[1] == asked, (asked, total)
    assert any(ln.startswith("status: ") for ln in lines)
    assert any(ln.startswith("first error as written") for ln in lines)


if __name__ == "__main__":
    main([test_defog_bench_structure])
