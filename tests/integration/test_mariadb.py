"""genbi against a real MariaDB server (tests/integration/srv_mariadb.py): introspection,
result types, tier 0, hostile SQL run as the SELECT-only account and as an admin (the gate and
the read-only session hold without the grants), a runaway query killed on the server, a server
restart under 50 requests in flight, the pool's bound on connections, the cost guard and the
row cap. Skipped when MariaDB is not installed."""

import asyncio
import glob
import json
import os
import threading
import time

from harness import FakeLLM, main, run, write_config
from srv_mariadb import READER, MariaDB
from test_server_load import Server, http

SRV = None

SCHEMA = """
CREATE TABLE regions (region_id INT PRIMARY KEY,
                      name VARCHAR(40) NOT NULL COMMENT 'sales region name');
CREATE TABLE customers (customer_id INT PRIMARY KEY, name VARCHAR(80) NOT NULL,
                        region_id INT COMMENT 'where the customer buys', signup_date DATE,
                        balance DECIMAL(10,2), score DOUBLE, vip TINYINT, note TEXT,
                        FOREIGN KEY (region_id) REFERENCES regions(region_id));
CREATE TABLE orders (order_id BIGINT PRIMARY KEY, customer_id INT NOT NULL,
                     amount DECIMAL(12,2), status VARCHAR(20),
                     FOREIGN KEY (customer_id) REFERENCES customers(customer_id));
CREATE TABLE order_lines (order_id BIGINT, line_no INT, qty INT,
                          PRIMARY KEY (order_id, line_no),
                          FOREIGN KEY (order_id) REFERENCES orders(order_id));
INSERT INTO regions VALUES (1,'North'),(2,'South'),(3,'East'),(4,'West');
INSERT INTO customers SELECT seq, CONCAT('Customer ', seq), 1 + seq % 4,
       DATE '2023-01-01' + INTERVAL seq DAY, seq * 1.5, seq / 8, seq % 2, NULL FROM seq_1_to_37;
INSERT INTO orders SELECT seq, 1 + seq % 37, seq * 2.25,
       ELT(1 + seq % 3, 'open', 'shipped', 'returned') FROM seq_1_to_500;
INSERT INTO order_lines SELECT 1 + seq % 500, seq, seq % 7 FROM seq_1_to_1000;
CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100;
ANALYZE TABLE regions, customers, orders, order_lines;
"""
TABLES = ["customers", "order_lines", "orders", "regions"]
# Never finishes: 500^4 rows, and not on any deny list.
RUNAWAY = ("SELECT /* genbi-runaway */ COUNT(*) FROM orders a, orders b, orders c, orders d "
           "WHERE a.amount + b.amount + c.amount + d.amount > 0")
# Under a second: a million combinations.
SLOW = ("SELECT /* genbi-slow */ COUNT(*) AS n FROM orders a, orders b, regions c "
        "WHERE a.amount + b.amount > c.region_id")


def srv():
    global SRV
    if SRV is None:
        SRV = MariaDB().start()
        SRV.sql(SCHEMA)
    return SRV


def ask(dsn, question, args=(), timeout=120):
    return run(["ask", "--db", dsn, "--json"] + list(args) + [question], timeout=timeout)


def test_introspection():
    s = srv()
    r = run(["schema", "--db", s.dsn(), "--json"])
    assert r.code == 0, r
    j = r.json()
    assert j["dialect"] == "mysql"
    tables = {t["name"]: t for t in j["tables"]}
    assert sorted(tables) == ["big_orders"] + TABLES, sorted(tables)
    assert tables["customers"]["row_count"] == 37
    assert tables["orders"]["row_count"] == 500
    assert tables["order_lines"]["row_count"] == 1000
    assert tables["big_orders"]["row_count"] == -1  # a view: never counted
    cols = {c["name"]: c for c in tables["customers"]["columns"]}
    assert list(cols)[:3] == ["customer_id", "name", "region_id"]
    assert cols["customer_id"]["pk"] and not cols["name"]["pk"]
    assert cols["name"]["not_null"] and not cols["region_id"]["not_null"]
    assert cols["region_id"]["references"] == {"table": "regions", "column": "region_id"}
    assert cols["balance"]["kind"] == "real" and cols["signup_date"]["kind"] == "date"
    assert cols["customer_id"]["kind"] == "integer" and cols["name"]["kind"] == "text"
    lines = {c["name"]: c for c in tables["order_lines"]["columns"]}
    assert lines["order_id"]["pk"] and lines["line_no"]["pk"]
    assert lines["order_id"]["references"] == {"table": "orders", "column": "order_id"}
    regions = {c["name"]: c for c in tables["regions"]["columns"]}
    assert sorted(regions["name"]["samples"]) == ["East", "North", "South", "West"]
    assert [c["name"] for c in tables["big_orders"]["columns"]] == [
        "order_id", "customer_id", "amount", "status"]
    # Comments are part of the schema (its hash; the relevance index reads them): a changed
    # comment is a changed schema, and the snapshot is not reused.
    s.sql("ALTER TABLE customers MODIFY region_id INT COMMENT 'the home region'")
    try:
        r = run(["schema", "--db", s.dsn(), "--json"])
        assert r.code == 0 and r.json()["hash"] != j["hash"], r.out[:200]
    finally:
        s.sql("ALTER TABLE customers MODIFY region_id INT COMMENT 'where the customer buys'")
    r = run(["schema", "--db", s.dsn(), "--json"])
    assert r.code == 0 and r.json()["hash"] == j["hash"]
    # The value index links a stored value: tier 0 filters on it.
    r = ask(s.dsn(), "how many customers are in the North region")
    assert r.code == 0, r
    assert r.json()["rows"] == [[9]], r.json()["rows"]


def test_result_types_and_tier0():
    s = srv()
    sql = ("SELECT customer_id, name, balance, score, signup_date, vip, note, "
           "CAST(customer_id AS UNSIGNED) * 3 AS big FROM customers WHERE customer_id = 8")
    with FakeLLM([{"response": sql}]) as fake:
        r = ask(s.dsn(), "types please", ["--no-rules", "--llm", fake.tier()])
    assert r.code == 0, r
    j = r.json()
    assert j["rows"] == [[8, "Customer 8", 12.0, 1.0, "2023-01-09", 0, None, 24]], j["rows"]
    for scheme in ("mysql", "mariadb"):
        r = ask(s.dsn(scheme=scheme), "How many customers are there?")
        assert r.code == 0, r
        j = r.json()
        assert j["tier"] == 0 and j["rows"] == [[37]], (j["tier"], j["rows"])
    r = ask(s.dsn(), "how many orders are there")
    assert r.code == 0 and r.json()["rows"] == [[500]], r


EVIL_FILES = "/tmp/genbi-my-evil-"
REFUSE = {4}
CLEAN = {3, 4}
# test_hostile.py's queries in MariaDB's SQL ...
TRANSLATED = [
    ("DROP TABLE orders", REFUSE),
    ("DELETE FROM orders", REFUSE),
    ("UPDATE customers SET balance = 0", REFUSE),
    ("INSERT INTO regions VALUES (9, 'Atlantis')", REFUSE),
    ("REPLACE INTO regions VALUES (1, 'Atlantis')", REFUSE),
    ("INSERT INTO regions VALUES (9, 'x') RETURNING region_id", REFUSE),
    ("CREATE DATABASE evil", REFUSE),
    ("USE mysql", CLEAN),
    ("SET GLOBAL read_only = 0", CLEAN),
    ("SET SESSION sql_mode = ''", CLEAN),
    ("SET SESSION TRANSACTION READ WRITE", CLEAN),
    ("OPTIMIZE TABLE orders", CLEAN),
    ("REPAIR TABLE orders", CLEAN),
    ("ANALYZE TABLE orders", REFUSE),
    ("SELECT 1; DROP TABLE orders", REFUSE),
    ("SELECT * FROM orders; DELETE FROM orders;", REFUSE),
    ("SELECT 'a;b' AS x; DELETE FROM orders", REFUSE),
    ("/* just a comment */ DELETE FROM orders", REFUSE),
    ("-- harmless\nDROP TABLE customers", REFUSE),
    ("WITH x AS (SELECT 1) DELETE FROM orders", REFUSE),
    ("WITH x AS (SELECT 'y' AS n) INSERT INTO regions SELECT 9, n FROM x", REFUSE),
    ("CREATE TEMPORARY TABLE stash AS SELECT * FROM orders", REFUSE),
    ("CREATE TABLE evil (x INT)", REFUSE),
    ("CREATE VIEW v AS SELECT 1", REFUSE),
    ("CREATE INDEX idx_evil ON orders(status)", REFUSE),
    ("CREATE TRIGGER t AFTER INSERT ON orders FOR EACH ROW DELETE FROM orders", REFUSE),
    ("ALTER TABLE orders RENAME TO orders_old", REFUSE),
    ("DROP INDEX `PRIMARY` ON order_lines", REFUSE),
    ("BEGIN; DELETE FROM orders; COMMIT", REFUSE),
    ("START TRANSACTION", CLEAN),
    ("SAVEPOINT s1", REFUSE),
    ("Here is the query:\n```sql\nDELETE FROM orders WHERE 1 = 1;\n```\nIt removes the rows.",
     REFUSE),
    # MariaDB stops recursion at max_recursive_iterations (an answer): the cost guard refuses
    # this one instead.
    ("SELECT a.order_id FROM orders a, orders b, orders c, orders d", CLEAN),
]
# ... and MariaDB's own ways in.
MARIADB = [
    ("SELECT * FROM orders INTO OUTFILE '%s1.txt'" % EVIL_FILES, REFUSE),
    ("SELECT 'pwned' INTO DUMPFILE '%s2.txt'" % EVIL_FILES, REFUSE),
    ("(SELECT 1) INTO OUTFILE '%s3.txt'" % EVIL_FILES, CLEAN),
    ("SELECT COUNT(*) INTO @n FROM orders", REFUSE),
    ("SELECT LOAD_FILE('/etc/passwd') AS f", REFUSE),
    ("SELECT 1 AS x UNION SELECT load_file ('/etc/passwd')", REFUSE),
    ("SELECT SLEEP(30)", REFUSE),
    ("SELECT `sleep`(30)", REFUSE),
    ("SELECT BENCHMARK(100000000, MD5('x'))", REFUSE),
    ("SELECT GET_LOCK('genbi', 10)", REFUSE),
    ("SELECT RELEASE_ALL_LOCKS()", REFUSE),
    ("SELECT MASTER_POS_WAIT('log', 4, 5)", REFUSE),
    ("SELECT sys_exec('touch %s4')" % EVIL_FILES, REFUSE),
    ("SELECT LAST_INSERT_ID(42)", REFUSE),
    ("SELECT NEXT VALUE FOR s1", REFUSE),
    ("SELECT NEXTVAL(s1)", REFUSE),
    ("SELECT @a := COUNT(*) FROM orders", REFUSE),
    ("SELECT @@datadir", REFUSE),
    ("SET @@session.sql_mode = ''", CLEAN),
    ("SELECT /*! 1; DELETE FROM orders; SELECT */ 2 AS x", REFUSE),
    ("SELECT 1 /*!50000 , (SELECT COUNT(*) FROM orders) */ AS x FROM regions", REFUSE),
    ("SELECT 1 /*M!100000 + (SELECT COUNT(*) FROM orders) */ AS x FROM regions", REFUSE),
    ("SELECT /*+ SET_VAR(sql_mode='') */ 1 AS x FROM regions", REFUSE),
    ("SELECT 1 # hidden\n; DELETE FROM orders", REFUSE),
    ("SELECT 1 AS x #'\n; DELETE FROM orders; -- '", REFUSE),
    ("SELECT 1 --1\n AS x FROM regions", REFUSE),
    ("SELECT 1 AS x -- '\n; DELETE FROM orders", REFUSE),
    ("SELECT 'x\\'; DELETE FROM orders; -- ' AS y", REFUSE),
    ("SELECT 'a\\' AS x, '; DELETE FROM orders; -- ' AS y; DROP TABLE regions", REFUSE),
    ("SELECT [x]; DELETE FROM orders", REFUSE),
    ("CALL mysql.evil()", REFUSE),
    ("PREPARE s FROM 'DELETE FROM orders'", CLEAN),
    ("EXECUTE s", REFUSE),
    ("EXECUTE IMMEDIATE 'DELETE FROM orders'", REFUSE),
    ("HANDLER orders OPEN", CLEAN),
    ("LOAD DATA INFILE '/etc/passwd' INTO TABLE regions", REFUSE),
    ("LOAD XML INFILE '/etc/passwd' INTO TABLE regions", REFUSE),
    ("DO SLEEP(5)", CLEAN),
    ("LOCK TABLES orders WRITE", REFUSE),
    ("SELECT * FROM orders FOR UPDATE", REFUSE),
    ("SELECT * FROM orders LOCK IN SHARE MODE", REFUSE),
    ("SELECT * FROM orders PROCEDURE ANALYSE()", REFUSE),
    ("KILL QUERY 1", CLEAN),
    ("SHUTDOWN", CLEAN),
    ("FLUSH PRIVILEGES", CLEAN),
    ("GRANT ALL ON *.* TO 'reader'@'127.0.0.1'", REFUSE),
    ("CREATE USER evil IDENTIFIED BY 'x'", REFUSE),
    ("INSTALL SONAME 'ha_connect'", CLEAN),
    ("XA START 'x'", CLEAN),
    ("TRUNCATE TABLE orders", REFUSE),
    ("RENAME TABLE orders TO o2", REFUSE),
    ("CREATE EVENT e ON SCHEDULE EVERY 1 SECOND DO DELETE FROM orders", REFUSE),
    ("CREATE FUNCTION f() RETURNS INT RETURN 1", REFUSE),
    ("CREATE SEQUENCE s1", REFUSE),
    ("VALUES (1)", CLEAN),
    ("SELECT * FROM orders WHERE order_id IN (SELECT 1 FROM DUAL) INTO @x", REFUSE),
]
HOSTILE = TRANSLATED + MARIADB


def state(s):
    """What a write would change: every table's checksum, the objects of every schema, the
    accounts and grants, the global settings, files the server could write."""
    out = {}
    out["checksums"] = s.sql("CHECKSUM TABLE %s EXTENDED" % ", ".join(TABLES), root=True)
    out["objects"] = s.sql(
        "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
        "WHERE TABLE_SCHEMA NOT IN ('information_schema', 'performance_schema') ORDER BY 1, 2;"
        "SELECT ROUTINE_SCHEMA, ROUTINE_NAME FROM information_schema.ROUTINES ORDER BY 1, 2;"
        "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS ORDER BY 1;"
        "SELECT EVENT_NAME FROM information_schema.EVENTS ORDER BY 1;"
        "SELECT INDEX_NAME, TABLE_NAME FROM information_schema.STATISTICS "
        "WHERE TABLE_SCHEMA = 'genbi' ORDER BY 1, 2;"
        "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1;"
        "SELECT User, Host FROM mysql.user ORDER BY 1, 2;"
        "SELECT @@global.read_only, @@global.sql_mode;", root=True)
    out["grants"] = s.sql("SHOW GRANTS FOR '%s'@'127.0.0.1'" % READER, root=True)
    out["files"] = sorted(glob.glob(EVIL_FILES + "*"))
    return out


def run_hostile(dsn, label):
    failures = []
    rules = [{"question": r"hostile-%02d\b" % i, "response": sql}
             for i, (sql, _) in enumerate(HOSTILE)]
    cfg = write_config({"no_rules": True, "query_timeout_ms": 1500})
    with FakeLLM(rules) as fake:
        for i, (sql, allowed) in enumerate(HOSTILE):
            r = ask(dsn, "hostile-%02d show me something" % i,
                    ["--config", cfg, "--llm", fake.tier()])
            if r.code not in allowed:
                failures.append("%s: %r -> exit %d %s" % (label, sql, r.code, r.out[-300:]))
                continue
            j = r.json()
            if r.code == 4 and "refused" not in (j["message"] or ""):
                failures.append("%s: %r: refusal without a reason: %r" % (label, sql,
                                                                        j["message"]))
            if j["status"] == "answered":
                failures.append("%s: %r was answered" % (label, sql))
    return failures


def test_hostile_queries_change_nothing():
    assert len(TRANSLATED) >= 30 and len(MARIADB) >= 20
    s = srv()
    before = state(s)
    failures = run_hostile(s.dsn(), "reader")
    assert state(s) == before, "the database changed (reader)"
    # As an account that could write: the gate and the READ ONLY session alone must hold.
    failures += run_hostile(s.dsn(reader=False), "admin")
    assert state(s) == before, "the database changed (admin)"
    assert not failures, "\n".join(failures)
    assert not glob.glob(EVIL_FILES + "*")


def processlist(s, marker):
    return [r for r in s.sql("SELECT ID, USER, COMMAND, INFO FROM information_schema.PROCESSLIST "
                             "WHERE INFO LIKE '%%%s%%' AND ID <> CONNECTION_ID()" % marker,
                             root=True)]


def post(port, body, timeout=120):
    async def go():
        return await http(port, "POST", "/v1/ask", body, timeout=timeout)
    status, _, raw = asyncio.run(go())
    return status, json.loads(raw)


def test_runaway_query_is_killed_on_the_server():
    s = srv()
    cfg = write_config({"no_rules": True, "query_timeout_ms": 1500, "query_max_cost": 0})
    with FakeLLM([{"response": RUNAWAY}]) as fake:
        # The CLI: the process ends, so the kill must have happened before it returned.
        r = ask(s.dsn(), "runaway please", ["--config", cfg, "--llm", fake.tier()])
        assert r.code == 3, r
        assert "timeout" in r.out and "time limit" in r.out, r.out[-500:]
        assert processlist(s, "genbi-runaway") == [], processlist(s, "genbi-runaway")
        # The service keeps its connections open: the query must not live on in one of them.
        with Server(["--db", s.dsn(), "--config", cfg, "--llm", fake.tier(), "--no-cache"]) as sv:
            status, j = post(sv.port, {"question": "runaway again"})
            assert j["status"] != "answered", j
            assert any(e["class"] == "timeout" for e in j["errors"]), j["errors"]
            assert processlist(s, "genbi-runaway") == [], processlist(s, "genbi-runaway")
            assert sv.stop() == 0


def test_cost_guard_and_row_cap():
    s = srv()
    cross = "SELECT a.order_id, b.order_id AS other FROM orders a, orders b"
    cfg = write_config({"no_rules": True, "query_max_cost": 1000})
    derived = ("SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id) AS d")
    with FakeLLM([{"question": "cross", "response": cross},
                  {"question": "derived", "response": derived},
                  {"question": "small", "response": "SELECT name FROM regions"}]) as fake:
        r = ask(s.dsn(), "cross join please", ["--config", cfg, "--llm", fake.tier()])
        assert r.code == 3, r
        j = r.json()
        msgs = " ".join(e["message"] for e in j["errors"])
        assert any(e["class"] == "too_costly" for e in j["errors"]), j["errors"]
        assert "2.5e+05" in msgs and "query_max_cost" in msgs, msgs
        r = ask(s.dsn(), "small please", ["--config", cfg, "--llm", fake.tier()])
        assert r.code == 0 and len(r.json()["rows"]) == 4, r
        # A derived table runs once: its rows add to the outer query's, they do not multiply
        # (multiplied, the plan would be refused).
        r = ask(s.dsn(), "derived please", ["--config", cfg, "--llm", fake.tier()])
        assert r.code == 0 and r.json()["rows"][0][0] > 1, r
        # Without the bound the large result runs and is cut at the row cap.
        cfg = write_config({"no_rules": True, "query_max_cost": 0})
        r = ask(s.dsn(), "cross join please", ["--config", cfg, "--llm", fake.tier()])
        assert r.code == 0, r
        j = r.json()
        assert j["truncated"] is True and j["row_count"] == 10000, (j["truncated"],
                                                                   j["row_count"])
    assert processlist(s, "orders a, orders b") == []


def test_pool_bounds_connections():
    s = srv()
    cfg = write_config({"no_rules": True, "query_max_cost": 0, "query_timeout_ms": 60000})
    seen = []
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            rows = s.sql("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                         "WHERE USER = '%s'" % READER, root=True)
            seen.append(int(rows[0][0]))
            time.sleep(0.05)

    with FakeLLM([{"response": SLOW}]) as fake:
        with Server(["--db", s.dsn(options="?pool_min=1&pool_max=3"), "--config", cfg,
                     "--llm", fake.tier(), "--no-cache", "--workers", "8"]) as sv:
            t = threading.Thread(target=watch)
            t.start()

            async def many():
                return await asyncio.gather(*[
                    http(sv.port, "POST", "/v1/ask", {"question": "slow %d" % i}, timeout=300)
                    for i in range(16)])
            try:
                results = asyncio.run(many())
            finally:
                stop.set()
                t.join()
            answers = [json.loads(b) for _, _, b in results]
            assert all(a["status"] == "answered" for a in answers), [a.get("message")
                                                                    for a in answers]
            print("pool_max=3, 8 workers, 16 requests: at most %d connections" % max(seen))
            assert max(seen) <= 3, max(seen)
            assert max(seen) >= 2, seen  # the requests did overlap
            assert sv.stop() == 0


def test_restart_with_requests_in_flight():
    s = srv()
    cfg = write_config({"no_rules": True, "query_max_cost": 0, "query_timeout_ms": 20000})
    with FakeLLM([{"question": "slow", "response": SLOW},
                  {"question": "customers", "response": "SELECT COUNT(*) AS n FROM customers"}]
                 ) as fake:
        with Server(["--db", s.dsn(), "--config", cfg, "--llm", fake.tier(), "--no-cache",
                     "--workers", "8"]) as sv:
            # The restart runs on this thread: the server dies with the thread that started
            # it (die_with_parent), so the requests go on another.
            box = {}

            async def flight():
                return await asyncio.gather(*[
                    http(sv.port, "POST", "/v1/ask", {"question": "slow %d" % i}, timeout=120)
                    for i in range(50)], return_exceptions=True)
            t = threading.Thread(target=lambda: box.update(results=asyncio.run(flight())))
            t.start()
            time.sleep(1.0)
            s.restart()
            t.join()
            results = box["results"]
            hung = [r for r in results if isinstance(r, Exception)]
            assert not hung, hung[:3]
            answers = [json.loads(b) for _, _, b in results]
            ok = [a for a in answers if a.get("status") == "answered"]
            failed = [a for a in answers if a.get("status") != "answered"]
            print("restart with 50 in flight: %d answered, %d failed cleanly" % (len(ok), len(failed)))
            # The restart overlapped the requests (at least those running then failed), and
            # what failed says why: the server went away or could not be reached.
            assert failed, len(ok)
            for a in failed:
                assert "MariaDB" in a["message"] or "connection" in a["message"] or \
                    "server" in a["message"], a["message"]
            # The service recovers without a restart of its own.
            for i in range(10):
                status, j = post(sv.port, {"question": "How many customers are there?"})
                assert status == 200 and j["status"] == "answered", (status, j)
                assert j["rows"] == [[37]], j["rows"]
            status, j = post(sv.port, {"question": "slow after"})
            assert status == 200 and j["status"] == "answered", j
            assert j["rows"][0][0] > 0
            assert sv.stop() == 0


def test_dsn_errors_are_clean():
    s = srv()
    r = ask("mysql://reader@127.0.0.1:%d/" % s.port, "how many customers are there")
    assert r.code == 2 and "names no database" in r.err, r
    r = ask(s.dsn(options="?sslmode=require"), "how many customers are there")
    assert r.code == 2 and "unknown option" in r.err, r
    r = ask("mysql://nobody:wrong@127.0.0.1:%d/genbi" % s.port, "how many customers are there")
    assert r.code != 0 and "Access denied" in r.err and "wrong" not in r.err, r


def teardown():
    if SRV:
        SRV.close()


if __name__ == "__main__":
    try:
        main([test_introspection, test_result_types_and_tier0, test_hostile_queries_change_nothing,
              test_runaway_query_is_killed_on_the_server, test_cost_guard_and_row_cap,
              test_pool_bounds_connections, test_restart_with_requests_in_flight,
              test_dsn_errors_are_clean])
    finally:
        teardown()
