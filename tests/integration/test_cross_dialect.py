"""Tier 0 across dialects: the demo data loaded into PostgreSQL and MariaDB with
`genbi demo --out DSN` (the same seed as the SQLite demo), and every question of the demo fixture
(tests/fixtures/demo_questions.json) that tier 0 answers on SQLite asked again on each server.
Each must be answered by tier 0 too, with the same rows: the SQL differs (each driver's dialect
writes it), the answer may not. Servers are the test's own (srv_postgres, srv_mariadb); a server
that is not installed makes its half skipped."""

import asyncio
import json
import os
import re
import sqlite3

import harness
from harness import ROOT, demo_db, main, run
from test_server_load import Server, http as http_request

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "demo_questions.json")


# Calendar and money readings (src/nl/calendar.c, money.c): periods as half-open ranges, parts of
# a date, weekday names, the last N units of the data and days between two dates each come from
# the dialect, and must give SQLite's rows on every server. Each must be answered on SQLite.
CALENDAR = [
    "How many orders in Q2 2023?",
    "number of orders in the third quarter of 2022",
    "orders per quarter in 2024",
    "Which quarter of 2023 had the most orders?",
    "How many orders in June 2023?",
    "How many orders in December?",
    "How many orders between Mar 1 2024 and Apr 15 2024?",
    "How many orders were placed in the first half of 2022?",
    "How many orders were placed on weekends?",
    "number of orders by day of the week",
    "Which weekday has the fewest orders?",
    "How many orders in the last 3 months?",
    "How many orders in the past 6 weeks?",
    "average days to ship",
    "How many orders took more than 5 days to ship?",
    "number of orders per month in 2023",
    "How many orders last year?",
    "how many orders this month?",
    "How many orders last month?",
    "How many orders in the last quarter?",
    "revenue so far this year",
    "average shipping cost per month in 2023",
    "number of orders per day in December 2024",
    "number of orders per week in December 2024",
    "weekly revenue in Q4 2024",
    "orders by month of the year",
    "running total of revenue by month in 2023",
    "average hours between order date and ship date",
    "What was the busiest month for orders in 2023?",  # its busiest day is a tie: not final
    "What share of revenue comes from the online channel?",
    "share of revenue by category",
    "Which products are priced over $1,000?",
    "How did the number of orders change from 2022 to 2023?",
    "month over month growth in number of orders, Nov 2024 vs Oct 2024",
    "year over year growth in the average shipping cost in 2024",
    "revenue growth by year",
    "revenue by category and year",
    "number of orders per channel for each year",
    "number of orders per customer region",
    "What's the 3rd most expensive product?",
    "When was the most recent order placed?",
    "What is the most expensive product in each category?",
    "Order count by channel and status",
    "How many customers placed their first order in Q1 2023?",
    "customers by year of their first order",
    # business shapes: a per-entity average (a derived table), a ratio, a semi-join, a share
    # per group (a window over the groups), a breakdown, a count said after its rows
    "what is the average revenue per customer?",
    "average quantity per month",
    "average number of orders per customer",
    "what is the ratio of online orders to store orders?",
    "how many customers ordered both online and in store",
    "revenue share by customer segment",
    "order status breakdown for 2024",
    "orders with a shipping cost over $20 - how many?",
    "percent of orders cancelled per channel",
    "How many customers ordered in 2023 but not in 2024?",
    "how many customers did not order in 2024",
]
# Cohorts and growth series read a derived table: MariaDB's cost guard adds up the SELECTs of a
# plan (it multiplied them before, and refused these).


def questions():
    with open(FIXTURE) as f:
        return [it["question"] for it in json.load(f)] + CALENDAR


TIMESTAMP = re.compile(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d(?:\.\d+)?)"
                       r"(Z|[+-]\d\d(?::?\d\d)?)?")


def norm_cell(v):
    """A cell as the same text on every database: numbers (and numeric text, such as SQLite's
    strftime('%Y') year) to 6 significant digits, so 12.5 == 12.50 == '12.5'; timestamps in one
    form ('2018-01-01T00:00:00' == '2018-01-01 00:00:00+00'); NULL as None."""
    if v is None:
        return None
    if isinstance(v, str):
        m = TIMESTAMP.fullmatch(v.strip())
        if m:
            tz = (m.group(3) or "+00").replace("Z", "+00").replace(":", "")
            return "%s %s%s" % (m.group(1), m.group(2), "" if tz in ("+00", "+0000") else tz)
    if isinstance(v, bool):
        v = int(v)
    if isinstance(v, (int, float)):
        return "%.6g" % v
    if isinstance(v, str) and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", v.strip()):
        return "%.6g" % float(v)
    return v


def same_rows(a, b):
    na = sorted((tuple(norm_cell(c) for c in r) for r in a), key=repr)
    nb = sorted((tuple(norm_cell(c) for c in r) for r in b), key=repr)
    return na == nb


def tie_choice(sql, rows):
    """A top-N whose cut falls inside a tie may keep other rows on another database: accepted
    when every row it kept is among SQLite's first N+50 rows of the same query (a wrong answer
    would not be)."""
    m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
    if not m or not re.search(r"\bORDER\s+BY\b", sql, re.I):
        return False
    wider = sql[:m.start()] + "LIMIT %d" % (int(m.group(1)) + 50)
    con = sqlite3.connect("file:%s?mode=ro" % demo_db(), uri=True)
    try:
        top = [tuple(norm_cell(c) for c in r) for r in con.execute(wider).fetchall()]
    finally:
        con.close()
    return all(tuple(norm_cell(c) for c in r) in top for r in rows)


def ask_all(srv, db, qs):
    async def go():
        out = []
        for q in qs:
            body = json.dumps({"question": q, "db": db}).encode()
            st, _, data = await http_request(srv.port, "POST", "/v1/ask", body, None, timeout=120)
            out.append((st, json.loads(data.decode("utf-8", "replace")) if data else None))
        return out
    return asyncio.run(go())


def load_demo(dsn):
    r = run(["demo", "--out", dsn], timeout=600)
    assert r.code == 0, r
    assert "orders" in r.err and "order_items" in r.err, r.err  # per-table progress


def compare(name, dsn, skip=()):
    """Asks every fixture question on SQLite and on dsn through one genbi serve (but skip)."""
    qs = questions()
    # The other database reads the demo's semantic layer too (SQLite finds it beside the file).
    lite = demo_db()
    cfg = os.path.join(os.path.dirname(lite), "cross-%s-%d.json" % (name, os.getpid()))
    with open(cfg, "w") as f:
        json.dump({"databases": {"lite": lite, name: {
            "dsn": dsn, "semantic": os.path.splitext(lite)[0] + ".semantic.yaml"}}}, f)
    with Server(["--config", cfg, "--no-cache"]) as srv:
        base = ask_all(srv, "lite", qs)
        answered = [(q, j) for q, (st, j) in zip(qs, base)
                    if st == 200 and j["status"] == "answered" and j["tier"] == 0]
        assert len(answered) >= 150, len(answered)
        missing = set(CALENDAR) - {q for q, _ in answered}
        assert not missing, "calendar questions tier 0 did not answer on SQLite: %s" % missing
        answered = [(q, j) for q, j in answered if q not in skip]
        other = ask_all(srv, name, [q for q, _ in answered])
        assert srv.stop() == 0
    bad = []
    for (q, a), (st, b) in zip(answered, other):
        if st != 200 or b["status"] != "answered" or b["tier"] != 0:
            bad.append("%s: not answered by tier 0 on %s (%s %s)" %
                       (q, name, st, b and (b.get("status"), b.get("message"), b.get("errors"))))
        elif not same_rows(a["rows"], b["rows"]) and not tie_choice(a["sql"], b["rows"]):
            bad.append("%s: rows differ\n  sqlite: %s -> %s\n  %s: %s -> %s" %
                       (q, a["sql"], a["rows"][:5], name, b["sql"], b["rows"][:5]))
    print("  %s: %d of %d tier-0 answers identical" % (name, len(answered) - len(bad),
                                                        len(answered)))
    assert not bad, "\n".join(bad[:20]) + "\n(%d in all)" % len(bad)


# Dates kept as numbers (YYYYMMDD, seconds since 1970) are read through each dialect's own
# conversion (src/schema/dates.c, the dialect's from_* templates): the same rows everywhere.
def encoded_sql():
    rows_p, rows_e = [], []
    for i in range(60):
        y, m, d = 2022 + i % 3, 1 + (i * 5) % 12, 1 + (i * 7) % 28
        rows_p.append("(%d, %d, %.2f)" % (i + 1, y * 10000 + m * 100 + d, 10 + (i * 37) % 400))
        # noon UTC, never near a day's or a year's edge in any time zone the server may have
        ts = 1640995200 + (i * 17 % 1090) * 86400 + 43200
        rows_e.append("(%d, %d, '%s')" % (i + 1, ts, "open" if i % 3 else "close"))
    return ("CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, paid_dt INTEGER,"
            " amount_usd REAL);\n"
            "CREATE TABLE app_events (event_id INTEGER PRIMARY KEY, event_ts BIGINT,"
            " kind VARCHAR(10));\n"
            "INSERT INTO payments VALUES %s;\nINSERT INTO app_events VALUES %s;\n"
            % (", ".join(rows_p), ", ".join(rows_e)))


ENCODED = [
    "total payment amount in 2023",
    "payment amount by month in 2024",
    "how many payments in Q3 2022",
    "when was the latest payment",
    "number of app events per year",
    "how many app events in the last 30 days",
    "how many app events in 2023",
]


def compare_encoded(name, admin_dsn, run_sql):
    """Loads encoded_sql() into SQLite and (through run_sql) into the server; each ENCODED
    question must be answered by tier 0 on both, with the same rows."""
    lite = os.path.join(harness.TMP_ROOT, "encoded-%s-%d.sqlite" % (name, os.getpid()))
    if os.path.exists(lite):
        os.unlink(lite)
    con = sqlite3.connect(lite)
    con.executescript(encoded_sql())
    con.close()
    run_sql(encoded_sql())
    bad = []
    for q in ENCODED:
        a = run(["ask", "--db", lite, "--json", q])
        b = run(["ask", "--db", admin_dsn, "--json", q])
        if a.code != 0 or b.code != 0:
            bad.append("%s: not answered (sqlite %d, %s %d: %s)" % (q, a.code, name, b.code,
                                                                      b.err[-300:]))
            continue
        ja, jb = a.json(), b.json()
        if ja["tier"] != 0 or jb["tier"] != 0 or not same_rows(ja["rows"], jb["rows"]):
            bad.append("%s:\n  sqlite: %s -> %s\n  %s: %s -> %s" % (
                q, ja["sql"], ja["rows"][:4], name, jb["sql"], jb["rows"][:4]))
    os.unlink(lite)
    print("  %s: %d of %d questions on encoded dates identical" % (name, len(ENCODED) - len(bad),
                                                                   len(ENCODED)))
    assert not bad, "\n".join(bad)


def test_postgres_same_answers():
    try:
        import srv_postgres
    except ImportError:
        harness.skip("tests/integration/srv_postgres.py is missing")
    with srv_postgres.Postgres() as pg:
        pg.psql("CREATE DATABASE demo")
        dsn = pg.dsn("demo")
        load_demo(dsn)
        # Loaded whole: the same row counts as the SQLite demo.
        assert pg.psql("SELECT count(*) FROM order_items", db="demo").stdout.strip() == \
            run(["ask", "--db", demo_db(), "--json", "How many order items are there?"]).json()["rows"][0][0].__str__()
        # A second load refuses to replace the tables.
        r = run(["demo", "--out", dsn])
        assert r.code == 2 and "already has a table" in r.err, r
        # doctor warns about the superuser it was given, not about a SELECT-only role.
        r = run(["doctor", "--db", dsn])
        assert r.code == 1 and "WARN  the account can write" in r.out, r
        pg.psql("CREATE ROLE reader LOGIN; GRANT CONNECT ON DATABASE demo TO reader", db="demo")
        pg.psql("GRANT USAGE ON SCHEMA public TO reader; "
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", db="demo")
        ro = dsn.replace("genbi@", "reader@")
        r = run(["doctor", "--db", ro])
        assert r.code == 0 and "ok    the account cannot write" in r.out and \
            "ok    schema: 7 tables" in r.out, r
        compare("pg", ro)
        pg.psql("CREATE DATABASE enc")
        compare_encoded("pg", pg.dsn("enc"), lambda sql: pg.psql(sql, db="enc"))


def test_mariadb_same_answers():
    try:
        import srv_mariadb
    except ImportError:
        harness.skip("tests/integration/srv_mariadb.py is missing")
    with srv_mariadb.MariaDB() as my:
        load_demo(my.dsn(reader=False))  # the admin account creates the tables
        r = run(["doctor", "--db", my.dsn(reader=False)])
        assert r.code == 1 and "WARN  the account can write" in r.out, r
        r = run(["doctor", "--db", my.dsn()])
        assert r.code == 0 and "ok    the account cannot write" in r.out, r
        compare("my", my.dsn())  # the SELECT-only account asks
        compare_encoded("my", my.dsn(), lambda sql: my.sql(sql))


if __name__ == "__main__":
    main([test_postgres_same_answers, test_mariadb_same_answers])
