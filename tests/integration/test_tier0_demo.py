"""Tier 0 on our own business questions: tests/fixtures/demo_questions.json (Spider format, gold
SQL written by hand over the demo database, revenue as the demo's semantic layer defines it) run
through `genbi eval` with no model. Tier 0 must
answer at least 70% of them with at least 97% precision at the answering threshold 0.8."""

import json
import os
import shutil

from harness import ROOT, demo_db, main, run, tmpdir

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "demo_questions.json")
THRESHOLD = 0.8
MIN_COVERAGE = 0.70
MIN_PRECISION = 0.97


def curve_point(report, threshold):
    for p in report["tier0"]["curve"]:
        if abs(p["threshold"] - threshold) < 1e-9:
            return p
    raise AssertionError("no curve point at %.2f: %s" % (threshold, report["tier0"]["curve"]))


def test_fixture_shape():
    with open(FIXTURE) as f:
        items = json.load(f)
    assert len(items) >= 150, len(items)
    for it in items:
        assert set(it) == {"question", "db_id", "query"} and it["db_id"] == "demo", it
    assert len({it["question"] for it in items}) == len(items), "duplicate questions"


def test_demo_tier0_thresholds():
    d = tmpdir("t0demo-")
    os.makedirs(os.path.join(d, "demo"))
    shutil.copy(demo_db(), os.path.join(d, "demo", "demo.sqlite"))
    # the demo as shipped: its semantic layer defines revenue (cancelled orders excluded)
    shutil.copy(demo_db()[:-len(".sqlite")] + ".semantic.yaml",
                os.path.join(d, "demo", "demo.semantic.yaml"))
    r = run(["eval", "--dataset", FIXTURE, "--db-dir", d, "--json"])
    assert r.code == 0, r
    j = r.json()
    assert j["gold_errors"] == 0 and j["skipped"] == 0, (j["gold_errors"], j["skipped"])
    p = curve_point(j, THRESHOLD)
    print("  demo tier 0 at %.2f: coverage %.1f%% (%d/%d), precision %.1f%%" %
          (THRESHOLD, 100 * p["coverage"], p["answered"], j["evaluated"], 100 * p["precision"]))
    assert p["coverage"] >= MIN_COVERAGE, p
    assert p["precision"] >= MIN_PRECISION, p


if __name__ == "__main__":
    main([test_fixture_shape, test_demo_tier0_thresholds])
