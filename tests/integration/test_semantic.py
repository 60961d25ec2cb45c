"""The semantic layer end to end (docs/semantic.md): the demo ships its file, every revenue
question follows the file's definition and says which one it used, and a file with an error
stops genbi at start with FILE:LINE: reason (exit 2) instead of being half-loaded."""

import os
import shutil

from harness import main, run, tmpdir

REVENUE_QUESTIONS = [
    "What is our total revenue?",
    "Revenue by product category",
    "top 5 products by revenue",
    "Revenue per sales channel",
    "What is the revenue of each region?",
]


def demo_copy():
    d = tmpdir("semantic-")
    db = os.path.join(d, "shop.sqlite")
    r = run(["demo", "--out", db])
    assert r.code == 0, r
    layer = os.path.join(d, "shop.semantic.yaml")
    assert os.path.exists(layer), "genbi demo writes the demo's semantic layer beside it"
    return d, db, layer


def answers(db):
    out = {}
    for q in REVENUE_QUESTIONS:
        r = run(["ask", "--db", db, "--json", q])
        doc = r.json()
        out[q] = (r.code, doc.get("sql"), doc.get("rows"), " ".join(
            s.get("outcome") or "" for s in doc.get("trace", [])))
    return out


def test_definition_change_changes_every_revenue_answer():
    d, db, layer = demo_copy()
    try:
        before = answers(db)
        for q, (code, sql, rows, trace) in before.items():
            assert code == 0 and sql, (q, code, trace)
            assert "status <> 'cancelled'" in sql, (q, sql)
            assert "cancelled orders excluded" in trace, (q, trace)
        text = open(layer, encoding="utf-8").read()
        # revenue without returned orders either
        changed = text.replace(
            "    filters: [\"orders.status <> 'cancelled'\"]\n    format: currency\n"
            "    description: quantity × price × (1 − discount), cancelled orders excluded",
            "    filters: [\"orders.status NOT IN ('cancelled', 'returned')\"]\n"
            "    format: currency\n"
            "    description: quantity × price × (1 − discount), cancelled and returned "
            "orders excluded", 1)
        assert changed != text, "the demo layer's revenue definition moved"
        with open(layer, "w", encoding="utf-8") as f:
            f.write(changed)
        after = answers(db)
        for q in REVENUE_QUESTIONS:
            code, sql, rows, trace = after[q]
            assert code == 0 and sql, (q, trace)
            assert "'returned'" in sql, (q, sql)
            assert "cancelled and returned orders excluded" in trace, (q, trace)
            assert rows != before[q][2], (q, "the rows did not change")
    finally:
        shutil.rmtree(d, ignore_errors=True)


BAD_FILES = [
    ("unknown table", "metrics:\n  - name: revenue\n    expr: SUM(ordr.total)\n", 2,
     "unknown table 'ordr'"),
    ("unknown column", "currency: USD\nmetrics:\n  - name: units\n"
     "    expr: SUM(order_items.qty)\n", 3, "unknown column 'qty'"),
    ("bad SQL", "metrics:\n  - name: revenue\n    expr: SUM(order_items.quantity *)\n", 2,
     "cannot prepare"),
    ("defined twice", "metrics:\n  - name: revenue\n    expr: SUM(order_items.quantity)\n"
     "  - name: Revenue\n    expr: SUM(order_items.unit_price)\n", 4, "defined twice"),
    ("unknown key", "metrics:\n  - name: revenue\n    expr: SUM(order_items.quantity)\n"
     "    filter: [\"orders.status <> 'x'\"]\n", 4, "unknown key of a metric: 'filter'"),
]


def test_bad_file_is_rejected_at_start():
    d, db, layer = demo_copy()
    try:
        for what, text, line, reason in BAD_FILES:
            with open(layer, "w", encoding="utf-8") as f:
                f.write(text)
            r = run(["ask", "--db", db, "What is our total revenue?"])
            assert r.code == 2, (what, r)
            assert "%s:%d: " % (layer, line) in r.err and reason in r.err, (what, r.err)
            c = run(["semantic", "check", "--db", db])
            assert c.code == 2 and "%s:%d: " % (layer, line) in c.err, (what, c)
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_init_drafts_a_file_that_checks():
    d, db, layer = demo_copy()
    try:
        os.unlink(layer)
        r = run(["semantic", "init", "--db", db])
        assert r.code == 0, r
        text = open(layer, encoding="utf-8").read()
        for metric in ("revenue", "units sold", "average order value", "profit", "margin"):
            assert "name: %s\n" % metric in text, (metric, text)
        assert "orders.status <> 'cancelled'" in text
        again = run(["semantic", "init", "--db", db])
        assert again.code == 2 and "exists" in again.err, again  # an edited file is kept
        c = run(["semantic", "check", "--db", db])
        assert c.code == 0 and "5 metrics" in c.out, c
    finally:
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main([test_definition_change_changes_every_revenue_answer, test_bad_file_is_rejected_at_start,
          test_init_drafts_a_file_that_checks])
