"""`genbi eval` on Spider dev (../shared/eval/spider): the DAIL-SQL reference number of the README
and the difficulty read from tables.json. Skipped (exit 77) when the data is absent."""

import os

from harness import ROOT, main, run, skip

SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "spider"))


def test_spider_dail_reference():
    """The README's DAIL-SQL + GPT-4 number (83.2% on the 972 questions with databases)."""
    preds = os.path.join(SHARED, "predictions", "dail-sql", "DAIL-SQL+GPT-4.txt")
    if not os.path.exists(preds):
        skip("%s not found" % preds)
    r = run(["eval", "--dataset", os.path.join(SHARED, "dev.json"),
             "--db-dir", os.path.join(SHARED, "database"), "--no-rules", "--replay", preds,
             "--json"], timeout=600)
    assert r.code == 0, r
    j = r.json()
    assert j["evaluated"] == 972 and j["skipped"] == 62, j
    raw = j["replay_raw"][0]
    assert raw["correct"] == 809, raw  # 83.2%
    by = {b["difficulty"]: b["total"] for b in j["by_difficulty"]}
    assert by == {"easy": 232, "medium": 416, "hard": 160, "extra": 164}, by


def test_spider_limit_rules():
    if not os.path.exists(os.path.join(SHARED, "dev.json")):
        skip("%s not found" % os.path.join(SHARED, "dev.json"))
    r = run(["eval", "--dataset", os.path.join(SHARED, "dev.json"),
             "--db-dir", os.path.join(SHARED, "database"),
             "--tables", os.path.join(SHARED, "tables.json"), "--limit", "40", "--json"])
    assert r.code == 0, r
    j = r.json()
    assert j["questions"] == 40 and j["evaluated"] == 40, j
    assert j["difficulty_source"] == "spider hardness (parsed sql)"
    assert 0 <= j["correct"] <= j["answered"] <= 40


if __name__ == "__main__":
    main([test_spider_dail_reference, test_spider_limit_rules])
