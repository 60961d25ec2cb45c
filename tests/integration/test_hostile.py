"""Hostile SQL through the model path: every query a model could send to change or escape the
database. Each must be refused (exit 4) or end in a clean error (exit 3), or, for a huge but
read-only result, be cut at the row cap; the database file must stay byte-identical and nothing
may appear on disk."""

import glob
import os
import shutil

from harness import FakeLLM, demo_db, main, run, sha256, tmpdir, write_config

OUT = tmpdir("hostile-out-")
EVIL = os.path.join(OUT, "evil.sqlite")
COPY = os.path.join(OUT, "copy.sqlite")
WROTE = os.path.join(OUT, "wrote.txt")

# (sql the model answers, allowed exit codes)
REFUSE = {4}
CLEAN = {3, 4}
HOSTILE = [
    ("DROP TABLE orders", REFUSE),
    ("DELETE FROM orders", REFUSE),
    ("UPDATE products SET unit_price = 0", REFUSE),
    ("INSERT INTO regions(name) VALUES ('Atlantis')", REFUSE),
    ("REPLACE INTO regions(region_id, name) VALUES (1, 'Atlantis')", REFUSE),
    ("INSERT INTO regions(name) VALUES ('x') RETURNING region_id", REFUSE),
    ("ATTACH DATABASE '%s' AS evil" % EVIL, REFUSE),
    ("ATTACH ':memory:' AS scratch", REFUSE),
    ("DETACH DATABASE main", REFUSE),
    ("PRAGMA writable_schema = 1", REFUSE),
    ("PRAGMA journal_mode = WAL", REFUSE),
    ("PRAGMA user_version = 42", REFUSE),
    ("VACUUM INTO '%s'" % COPY, REFUSE),
    ("VACUUM", REFUSE),
    ("REINDEX", REFUSE),
    ("ANALYZE", REFUSE),
    ("SELECT 1; DROP TABLE orders", REFUSE),
    ("SELECT * FROM orders; DELETE FROM orders;", REFUSE),
    ("SELECT 'a;b' AS x; DELETE FROM orders", REFUSE),
    ("/* just a comment */ DELETE FROM orders", REFUSE),
    ("-- harmless\nDROP TABLE customers", REFUSE),
    ("WITH x AS (SELECT 1) DELETE FROM orders", REFUSE),
    ("WITH x AS (SELECT 'y' AS n) INSERT INTO regions(name) SELECT n FROM x", REFUSE),
    ("CREATE TEMP TABLE stash AS SELECT * FROM orders", REFUSE),
    ("CREATE TABLE evil(x)", REFUSE),
    ("CREATE VIEW v AS SELECT 1", REFUSE),
    ("CREATE INDEX idx_evil ON orders(status)", REFUSE),
    ("CREATE TRIGGER t AFTER INSERT ON orders BEGIN DELETE FROM orders; END", REFUSE),
    ("ALTER TABLE orders RENAME TO orders_old", REFUSE),
    ("DROP INDEX IF EXISTS idx_orders_customer", REFUSE),
    ("BEGIN; DELETE FROM orders; COMMIT", REFUSE),
    ("SAVEPOINT s1", REFUSE),
    ("SELECT load_extension('/tmp/evil.so')", REFUSE),
    ("SELECT writefile('%s', 'pwned')" % WROTE, CLEAN),
    ("Here is the query:\n```sql\nDELETE FROM orders WHERE 1 = 1;\n```\nIt removes the rows.", REFUSE),
    ("SELECT zeroblob(2000000000)", CLEAN),
    ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", CLEAN),
]
BILLION = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
           "SELECT x FROM c")


def rules():
    out = [{"question": r"hostile-%02d\b" % i, "response": sql} for i, (sql, _) in enumerate(HOSTILE)]
    out.append({"question": r"hostile-billion\b", "response": BILLION})
    return out


def test_hostile_queries_change_nothing():
    assert len(HOSTILE) >= 30
    src = demo_db()
    d = tmpdir("hostile-db-")
    db = os.path.join(d, "demo.sqlite")
    shutil.copy(src, db)
    before = sha256(db)
    files_before = sorted(os.listdir(d))
    cfg = write_config({"no_rules": True, "query_timeout_ms": 1500})
    failures = []
    with FakeLLM(rules()) as fake:
        for i, (sql, allowed) in enumerate(HOSTILE):
            r = run(["ask", "--db", db, "--json", "--config", cfg, "--llm", fake.tier(),
                     "hostile-%02d show me something" % i], timeout=120)
            if r.code not in allowed:
                failures.append("%r -> exit %d %s" % (sql, r.code, r.err.strip()[-200:]))
                continue
            j = r.json()
            if r.code == 4 and "refused" not in (j["message"] or ""):
                failures.append("%r: refusal without a reason: %r" % (sql, j["message"]))
            if j["status"] == "answered":
                failures.append("%r was answered" % sql)
        r = run(["ask", "--db", db, "--json", "--config", cfg, "--llm", fake.tier(),
                 "hostile-billion rows please"], timeout=120)
        assert r.code == 0, r
        j = r.json()
        assert j["truncated"] is True and j["row_count"] == 10000, (j["truncated"], j["row_count"])
    assert not failures, "\n".join(failures)
    assert sha256(db) == before, "the database file changed"
    assert sorted(os.listdir(d)) == files_before, os.listdir(d)
    for path in (EVIL, COPY, WROTE):
        assert not os.path.exists(path), path
    assert not glob.glob("/tmp/evil.so*")


def test_harmless_pragma_read_is_allowed():
    db = demo_db()
    with FakeLLM([{"response": "PRAGMA table_info(orders)"}]) as fake:
        r = run(["ask", "--db", db, "--json", "--no-rules", "--llm", fake.tier(), "columns of orders"])
        assert r.code == 0, r
        assert any("status" in row for row in r.json()["rows"]), r.out


HARMLESS_CATALOG = [
    "SELECT name FROM pragma_table_info('orders')",
    "PRAGMA table_info(orders)",
    "SELECT * FROM pragma_foreign_key_list('orders')",
]


def test_cli_and_server_give_the_same_verdicts():
    """One gate: the CLI (on a connection that introspected, and on one served by a schema
    snapshot) and the server's workers reach the same verdict on every case."""
    import asyncio
    import json as _json
    from test_server_load import Server, http as http_request

    db = demo_db()
    cases = [sql for sql, _ in HOSTILE] + HARMLESS_CATALOG
    rules_ = [{"question": r"case-%02d\b" % i, "response": sql} for i, sql in enumerate(cases)]
    cfg = write_config({"no_rules": True, "query_timeout_ms": 1500})
    verdicts = {}
    with FakeLLM(rules_) as fake:
        for rep in ("cli-first", "cli-again"):
            for i in range(len(cases)):
                r = run(["ask", "--db", db, "--json", "--config", cfg, "--llm", fake.tier(),
                         "case-%02d show me something" % i], timeout=120)
                verdicts.setdefault(i, []).append((rep, r.json()["status"]))
        with Server(["--db", db, "--config", cfg, "--llm", fake.tier(), "--no-cache"]) as srv:
            async def ask_all():
                out = []
                for i in range(len(cases)):
                    body = _json.dumps({"question": "case-%02d show me something" % i}).encode()
                    st, _, data = await http_request(srv.port, "POST", "/v1/ask", body, None,
                                                     timeout=120)
                    out.append(_json.loads(data)["status"] if st == 200 else "http-%d" % st)
                return out
            for i, status in enumerate(asyncio.run(ask_all())):
                verdicts[i].append(("server", status))
            assert srv.stop() == 0
    differ = ["%r: %s" % (cases[i], v) for i, v in verdicts.items() if len({s for _, s in v}) != 1]
    assert not differ, "\n".join(differ)
    for sql in HARMLESS_CATALOG:
        assert verdicts[cases.index(sql)][0][1] == "answered", (sql, verdicts[cases.index(sql)])


if __name__ == "__main__":
    main([test_hostile_queries_change_nothing, test_harmless_pragma_read_is_allowed,
          test_cli_and_server_give_the_same_verdicts])
