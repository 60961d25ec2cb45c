"""The PostgreSQL driver against a throwaway server (srv_postgres.py): introspection of a schema
made here with psql, result types, a tier-0 answer, the hostile-query set (test_hostile.py's
queries in PostgreSQL, plus PostgreSQL's own ways to write or escape) with nothing written,
a runaway query cancelled on the server, the cost guard and the row limit, a server restart
under 50 requests in flight, and one pool shared by the service's workers. Skipped when the
PostgreSQL server binaries are not installed."""

import concurrent.futures
import glob
import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request

import harness
from harness import FakeLLM, main, run, write_config
from srv_postgres import Postgres
from test_server_load import Server

SRV = None
ROWS = {"regions": 4, "customers": 40, "products": 12, "orders": 120, "order_items": 300}
PWNED = "/tmp/genbi-pg-pwned-%d" % os.getpid()

SETUP = """
CREATE SCHEMA shop;
SET search_path TO shop;
CREATE TABLE regions (region_id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE customers (customer_id int PRIMARY KEY, name text NOT NULL,
    region_id int NOT NULL REFERENCES regions (region_id), vip boolean, signup date);
CREATE TABLE products (product_id int PRIMARY KEY, name text, category text,
    unit_price numeric(10, 2));
CREATE TABLE orders (order_id serial PRIMARY KEY,
    customer_id int REFERENCES customers (customer_id), order_date date, status text);
CREATE TABLE order_items (order_id int REFERENCES orders (order_id),
    product_id int REFERENCES products (product_id), quantity int, PRIMARY KEY (order_id, product_id));
CREATE VIEW big_orders AS SELECT o.order_id, sum(i.quantity) AS units
    FROM orders o JOIN order_items i USING (order_id) GROUP BY o.order_id HAVING sum(i.quantity) > 5;
COMMENT ON TABLE orders IS 'One row per purchase';
COMMENT ON COLUMN products.category IS 'zebrafish taxonomy bucket';
INSERT INTO regions VALUES (1, 'North'), (2, 'South'), (3, 'East'), (4, 'West');
INSERT INTO customers SELECT g, 'Customer ' || g, 1 + g % 4, g % 3 = 0, DATE '2023-01-01' + g
    FROM generate_series(1, 40) g;
INSERT INTO products SELECT g, 'Product ' || g, (ARRAY['Toys', 'Books', 'Garden'])[1 + g % 3],
    g * 2.5 FROM generate_series(1, 12) g;
INSERT INTO orders (customer_id, order_date, status) SELECT 1 + g % 40, DATE '2024-01-01' + g,
    (ARRAY['shipped', 'pending', 'cancelled'])[1 + g % 3] FROM generate_series(1, 120) g;
INSERT INTO order_items SELECT 1 + g % 120, 1 + (g / 120 + g) % 12, 1 + g % 4
    FROM generate_series(0, 299) g ON CONFLICT DO NOTHING;
CREATE FUNCTION shop.wipe() RETURNS int LANGUAGE plpgsql AS
    $$BEGIN DELETE FROM shop.orders; RETURN 1; END$$;
ANALYZE;
"""


def srv():
    global SRV
    if SRV is None:
        SRV = Postgres().start()
        SRV.psql(SETUP)
        n = int(SRV.psql("SELECT count(*) FROM shop.order_items").stdout)
        ROWS["order_items"] = n
    return SRV


def dsn(options="?schema=shop"):
    return srv().dsn(options=options)


def scalar(sql):
    return srv().psql(sql).stdout.strip()


def ask(question, *args, db=None, timeout=120):
    r = run(["ask", "--db", db or dsn(), "--json"] + list(args) + [question], timeout=timeout)
    return r, (r.json() if r.out.strip().startswith("{") else None)


def test_introspection():
    r = run(["schema", "--json", "--db", dsn()])
    assert r.code == 0, r
    j = r.json()
    assert j["dialect"] == "postgresql"
    tables = {t["name"]: t for t in j["tables"]}
    assert set(tables) == set(ROWS) | {"big_orders"}, sorted(tables)
    for name, n in ROWS.items():
        assert tables[name]["row_count"] == n, (name, tables[name]["row_count"], n)
    assert tables["big_orders"]["row_count"] == -1  # a view: no estimate
    cols = {c["name"]: c for c in tables["customers"]["columns"]}
    assert cols["customer_id"]["pk"] and cols["customer_id"]["not_null"]
    assert cols["region_id"]["references"] == {"table": "regions", "column": "region_id"}
    assert cols["vip"]["kind"] == "integer" and cols["signup"]["kind"] == "date"
    assert cols["name"]["kind"] == "text" and cols["name"]["type"] == "text"
    prices = {c["name"]: c for c in tables["products"]["columns"]}["unit_price"]
    assert prices["kind"] == "real" and prices["type"] == "numeric(10,2)", prices
    items = {c["name"]: c for c in tables["order_items"]["columns"]}
    assert items["order_id"]["pk"] and items["product_id"]["pk"]
    assert items["product_id"]["references"] == {"table": "products", "column": "product_id"}
    status = {c["name"]: c for c in tables["orders"]["columns"]}["status"]
    assert sorted(status["samples"]) == ["cancelled", "pending", "shipped"], status
    # The column comment ranks its table first for a question with only the comment's word.
    r = run(["schema", "--json", "--db", dsn(), "--question", "zebrafish"])
    assert r.code == 0, r
    assert r.json()["tables"][0]["name"] == "products", r.out[:800]
    # Without schema= the search path's first schema is read (public: empty here).
    r = run(["schema", "--json", "--db", dsn("")])
    assert r.code == 0 and r.json()["tables"] == [], r
    r = run(["schema", "--db", dsn("?schema=nosuch")])
    assert r.code == 2 and "does not exist" in r.err, r


def test_tier0_count():
    r, j = ask("how many customers are there")
    assert r.code == 0, r
    assert j["tier"] == 0 and j["status"] == "answered", j
    assert j["rows"] == [[ROWS["customers"]]], j["rows"]
    r, j = ask("how many orders are there")
    assert r.code == 0 and j["rows"] == [[ROWS["orders"]]], r


def test_result_types():
    sql = ("SELECT 1::int2 AS a, 2::int8 AS b, 1.5::float8 AS c, 2.25::numeric AS d, "
           "true AS e, false AS f, 'x'::text AS g, NULL::int AS h, DATE '2024-01-02' AS i, "
           "'\\x0102'::bytea AS j FROM customers LIMIT 1")  # a table: a data answer
    with FakeLLM([{"response": sql}]) as fake:
        r, j = ask("types please", "--no-rules", "--llm", fake.tier())
    assert r.code == 0, r
    assert j["columns"] == list("abcdefghij"), j["columns"]
    assert j["rows"] == [[1, 2, 1.5, 2.25, 1, 0, "x", None, "2024-01-02", "<2 bytes>"]], j["rows"]


def test_row_cap_and_limit():
    cfg = write_config({"row_cap": 50, "query_max_cost": 0})
    rules = [
        # The planner expects more rows than the cap: run with LIMIT cap+1 on the server.
        {"question": "many", "response": "SELECT g FROM generate_series(1, 5000000) g "
         "CROSS JOIN (SELECT 1 FROM regions LIMIT 1) AS r -- all"},
        # It expects fewer than it gets: the fetch stops at the cap and cancels the rest.
        {"question": "under", "response":
         "SELECT g FROM generate_series(1, 5000000) g CROSS JOIN (SELECT 1 FROM regions LIMIT 1) "
         "AS r WHERE g % 7 <> 0 AND g % 11 <> 0 "
         "AND g % 13 <> 0 AND g % 17 <> 0 AND g % 19 <> 0;"},
    ]
    with FakeLLM(rules) as fake:
        for q in ("many rows", "under estimate"):
            r, j = ask(q, "--no-rules", "--config", cfg, "--llm", fake.tier())
            assert r.code == 0, r
            assert j["truncated"] is True and j["row_count"] == 50, (q, j["row_count"])
            assert j["rows"][0] == [1], j["rows"][:3]
    assert scalar("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%generate_series(1, "
                  "5000000)%' AND pid <> pg_backend_pid()") == "0"


REFUSE = {4}
# Exit 3: statements genbi's SQL extraction does not even take for a query (SET, DO, PREPARE,
# LISTEN ...) end as "no SQL in the model's answer"; tests/unit/test_pg_gate.c shows the gate
# refuses each of them too.
CLEAN = {3, 4}
# test_hostile.py's queries in PostgreSQL terms (ATTACH/PRAGMA/VACUUM INTO have no equivalent;
# their counterparts are creating databases, changing settings and maintenance commands).
TRANSLATED = [
    ("DROP TABLE orders", REFUSE),
    ("DELETE FROM orders", REFUSE),
    ("UPDATE products SET unit_price = 0", REFUSE),
    ("INSERT INTO regions VALUES (9, 'Atlantis')", REFUSE),
    ("INSERT INTO regions VALUES (1, 'Atlantis') ON CONFLICT (region_id) DO UPDATE "
     "SET name = 'Atlantis'", REFUSE),
    ("INSERT INTO regions VALUES (9, 'x') RETURNING region_id", REFUSE),
    ("CREATE DATABASE evil", REFUSE),
    ("ALTER SYSTEM SET work_mem = '1GB'", REFUSE),
    ("ALTER DATABASE postgres SET default_transaction_read_only = off", REFUSE),
    ("SET search_path TO pg_temp", CLEAN),
    ("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", CLEAN),
    ("COMMENT ON TABLE orders IS 'pwned'", CLEAN),
    ("VACUUM FULL orders", REFUSE),
    ("VACUUM", REFUSE),
    ("REINDEX TABLE orders", REFUSE),
    ("ANALYZE", REFUSE),
    ("SELECT 1; DROP TABLE orders", REFUSE),
    ("SELECT * FROM orders; DELETE FROM orders;", REFUSE),
    ("SELECT 'a;b' AS x; DELETE FROM orders", REFUSE),
    ("/* just a comment */ DELETE FROM orders", REFUSE),
    ("-- harmless\nDROP TABLE customers", REFUSE),
    ("WITH x AS (SELECT 1) DELETE FROM orders", REFUSE),
    ("WITH x AS (SELECT 'y' AS n) INSERT INTO regions SELECT 9, n FROM x", REFUSE),
    ("CREATE TEMP TABLE stash AS SELECT * FROM orders", REFUSE),
    ("CREATE TABLE evil (x int)", REFUSE),
    ("CREATE VIEW v AS SELECT 1", REFUSE),
    ("CREATE INDEX idx_evil ON orders (status)", REFUSE),
    ("CREATE FUNCTION evil() RETURNS trigger LANGUAGE plpgsql AS "
     "$$BEGIN DELETE FROM orders; RETURN NULL; END$$", CLEAN),
    ("ALTER TABLE orders RENAME TO orders_old", REFUSE),
    ("DROP INDEX IF EXISTS orders_pkey", REFUSE),
    ("BEGIN; DELETE FROM orders; COMMIT", REFUSE),
    ("SAVEPOINT s1", REFUSE),
    ("LOAD '/tmp/evil.so'", REFUSE),
    ("CREATE EXTENSION IF NOT EXISTS adminpack", REFUSE),
    ("SELECT pg_file_write('%s', 'pwned', false)" % PWNED, CLEAN),
    ("Here is the query:\n```sql\nDELETE FROM orders WHERE 1 = 1;\n```\nIt removes the rows.",
     REFUSE),
    ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
     CLEAN),
]
# PostgreSQL's own ways in.
PG_OWN = [
    ("WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d", REFUSE),
    ("WITH u AS (UPDATE products SET unit_price = 0 RETURNING 1) SELECT * FROM u", REFUSE),
    ("WITH a AS (SELECT 1), i AS (INSERT INTO regions VALUES (9, 'X') RETURNING *) "
     "SELECT * FROM a", REFUSE),
    ("SELECT * FROM (WITH d AS (DELETE FROM orders RETURNING 1) SELECT * FROM d) s", REFUSE),
    ("COPY orders TO PROGRAM 'touch %s'" % PWNED, REFUSE),
    ("COPY (SELECT 1) TO '%s'" % PWNED, REFUSE),
    ("COPY regions FROM '/etc/passwd'", REFUSE),
    ("SELECT * INTO stash FROM orders", REFUSE),
    ("SELECT * FROM orders FOR UPDATE", REFUSE),
    ("SELECT * FROM orders o JOIN customers c USING (customer_id) FOR SHARE OF c NOWAIT",
     REFUSE),
    ("DO $$BEGIN DELETE FROM shop.orders; END$$", CLEAN),
    ("CALL shop.no_such_proc()", REFUSE),
    ("PREPARE p AS DELETE FROM orders", CLEAN),
    ("EXECUTE p", REFUSE),
    ("SET ROLE genbi", CLEAN),
    ("SET statement_timeout = 0", CLEAN),
    ("RESET ALL", CLEAN),
    ("SELECT 1 /* ; */ ; DELETE FROM orders", REFUSE),
    ("SELECT 1 -- ; \n; DROP TABLE orders", REFUSE),
    ("SELECT $$;$$ AS x; DELETE FROM orders", REFUSE),
    ("SELECT pg_read_file('/etc/passwd')", REFUSE),
    ("SELECT pg_catalog.pg_read_binary_file('/etc/hostname')", REFUSE),
    ("SELECT * FROM pg_ls_dir('.') AS f", REFUSE),
    ("SELECT pg_stat_file('postgresql.conf')", REFUSE),
    ("SELECT pg_sleep(30)", REFUSE),
    ("SELECT * FROM (SELECT pg_catalog.pg_sleep_for('30 seconds')) s", REFUSE),
    ("SELECT \"pg_sleep\"(30)", REFUSE),
    ("SELECT lo_import('/etc/passwd')", REFUSE),
    ("SELECT lo_export(1, '%s')" % PWNED, REFUSE),
    ("SELECT dblink_exec('dbname=postgres', 'DELETE FROM shop.orders')", REFUSE),
    ("SELECT set_config('default_transaction_read_only', 'off', false)", REFUSE),
    ("SELECT current_setting('data_directory')", REFUSE),
    ("SELECT nextval('orders_order_id_seq')", REFUSE),
    ("SELECT setval('orders_order_id_seq', 1)", REFUSE),
    ("SELECT pg_terminate_backend(pid) FROM pg_stat_activity", REFUSE),
    ("SELECT pg_cancel_backend(pg_backend_pid())", REFUSE),
    ("SELECT pg_advisory_lock(42)", REFUSE),
    ("SELECT pg_try_advisory_xact_lock(42)", REFUSE),
    ("SELECT txid_current()", REFUSE),
    ("SELECT pg_notify('chan', 'x')", REFUSE),
    ("SELECT query_to_xml('DELETE FROM shop.orders RETURNING 1', true, false, '')", REFUSE),
    ("SELECT pg_reload_conf()", REFUSE),
    ("SELECT pg_create_logical_replication_slot('evil', 'test_decoding')", REFUSE),
    ("SELECT pg_switch_wal()", REFUSE),
    ("LISTEN chan", CLEAN),
    ("NOTIFY chan", CLEAN),
    ("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE", REFUSE),
    ("TRUNCATE orders", REFUSE),
    ("GRANT ALL ON orders TO PUBLIC", REFUSE),
    ("CREATE ROLE evil SUPERUSER LOGIN", REFUSE),
    ("ALTER ROLE genbi NOSUPERUSER", REFUSE),
    ("EXPLAIN ANALYZE DELETE FROM orders", REFUSE),
    ("MERGE INTO regions r USING (SELECT 1 AS id) s ON r.region_id = s.id "
     "WHEN MATCHED THEN DELETE", REFUSE),
    ("DECLARE c CURSOR FOR SELECT * FROM orders", CLEAN),
    ("DISCARD ALL", CLEAN),
    ("CHECKPOINT", CLEAN),
    ("REFRESH MATERIALIZED VIEW big_orders", CLEAN),
    ("SECURITY LABEL ON TABLE orders IS 'x'", CLEAN),
    # Not on any list: a function that writes. The READ ONLY transaction stops it (SQLSTATE
    # 25006, classed unsafe), the wall behind the gate.
    ("SELECT shop.wipe()", REFUSE),
]


def state():
    """Everything a hostile query could change: each table's rows, the objects, roles,
    sequences, large objects, settings files and replication slots."""
    out = {}
    for t in ROWS:
        out[t] = scalar("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' "
                        "ORDER BY t::text), '')) FROM shop.%s t" % t)
    out["objects"] = scalar("SELECT md5(string_agg(n.nspname || '.' || c.relname || c.relkind::text, ',' "
                            "ORDER BY 1)) FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace")
    out["functions"] = scalar("SELECT count(*) FROM pg_proc")
    out["databases"] = scalar("SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database")
    out["roles"] = scalar("SELECT string_agg(rolname || rolsuper::text, ',' ORDER BY rolname) "
                          "FROM pg_roles")
    out["sequence"] = scalar("SELECT last_value FROM shop.orders_order_id_seq")
    out["large_objects"] = scalar("SELECT count(*) FROM pg_largeobject_metadata")
    out["slots"] = scalar("SELECT count(*) FROM pg_replication_slots")
    out["auto_conf"] = scalar("SELECT md5(pg_read_file('postgresql.auto.conf'))")
    out["db_settings"] = scalar("SELECT count(*) FROM pg_db_role_setting")
    out["comments"] = scalar("SELECT count(*) FROM pg_description")
    out["acl"] = scalar("SELECT md5(coalesce(relacl::text, '')) FROM pg_class "
                        "WHERE relname = 'orders'")
    return out


def test_hostile_queries_change_nothing():
    hostile = TRANSLATED + PG_OWN
    assert len(TRANSLATED) >= 30 and len(PG_OWN) >= 20
    before = state()
    cfg = write_config({"no_rules": True, "query_timeout_ms": 1500})
    rules = [{"question": r"hostile-%02d\b" % i, "response": sql}
             for i, (sql, _) in enumerate(hostile)]
    failures = []
    with FakeLLM(rules) as fake:
        for i, (sql, allowed) in enumerate(hostile):
            r, j = ask("hostile-%02d show me something" % i, "--config", cfg, "--llm",
                       fake.tier(), timeout=60)
            if r.code not in allowed or j is None:
                failures.append("%r -> exit %d %s" % (sql, r.code, r.err.strip()[-300:]))
                continue
            if r.code == 4 and "refused" not in (j["message"] or ""):
                failures.append("%r: refusal without a reason: %r" % (sql, j["message"]))
            if j["status"] == "answered":
                failures.append("%r was answered" % sql)
    assert not failures, "\n".join(failures)
    after = state()
    assert after == before, {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    assert not glob.glob(PWNED + "*")
    assert scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'genbi' "
                  "AND state <> 'idle'") == "0"


def test_runaway_query_is_cancelled():
    slow = ("SELECT count(*) FROM generate_series(1, 100000000) a, "
            "generate_series(1, 100000000) b")
    cfg = write_config({"no_rules": True, "query_timeout_ms": 1500, "query_max_cost": 0})
    with FakeLLM([{"response": slow}]) as fake:
        r, j = ask("count everything", "--config", cfg, "--llm", fake.tier())
    assert r.code == 3, r
    assert [e["class"] for e in j["errors"]][:1] == ["timeout"], j["errors"]
    assert "cancelled" in j["errors"][0]["message"], j["errors"]
    # Right after the call: nothing of it runs on the server (the cancel was answered before
    # genbi returned; a client merely gone would leave the backend counting).
    left = scalar("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%generate_series(1, "
                  "100000000)%' AND pid <> pg_backend_pid()")
    assert left == "0", srv().psql("SELECT pid, state, query FROM pg_stat_activity").stdout


def test_cost_guard_refuses_with_estimate():
    cross = "SELECT count(*) FROM orders a, orders b, order_items c"
    cfg = write_config({"no_rules": True, "query_max_cost": 1000})
    with FakeLLM([{"response": cross}]) as fake:
        r, j = ask("cross everything", "--config", cfg, "--llm", fake.tier())
    assert r.code == 3 and j["status"] != "answered", r
    err = j["errors"][0]
    assert err["class"] == "too_costly", j["errors"]
    est = float(err["message"].split("estimates a cost of ")[1].split()[0])
    assert est > 1000 and "query_max_cost" in err["message"], err
    # The same query under a bound above the estimate runs.
    cfg = write_config({"no_rules": True, "query_max_cost": est * 2})
    with FakeLLM([{"response": cross}]) as fake:
        r, j = ask("cross everything", "--config", cfg, "--llm", fake.tier())
    assert r.code == 0 and j["rows"] == [[ROWS["orders"] ** 2 * ROWS["order_items"]]], r


def post_ask(port, question, timeout):
    req = urllib.request.Request("http://127.0.0.1:%d/v1/ask" % port,
                                 data=json.dumps({"question": question}).encode(),
                                 headers={"Content-Type": "application/json"})
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, body = resp.status, resp.read()
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read()
    return status, json.loads(body), time.monotonic() - t0


def answered(j):
    return j.get("status") == "answered" and j.get("rows") == [[ROWS["customers"]]]


def test_restart_under_load():
    limit_ms = 3000
    cfg = write_config({"query_timeout_ms": limit_ms})
    results, stop = [], threading.Event()
    lock = threading.Lock()

    def client():
        while not stop.is_set():
            try:
                got = post_ask(srv_.port, "how many customers are there", 60)
            except Exception as e:  # a hang (timeout) or a broken connection is a failure
                got = (0, {"error": repr(e)}, 60)
            with lock:
                results.append(got)

    with Server(["--db", dsn(), "--no-cache", "--config", cfg, "--workers", "4"]) as srv_:
        assert answered(post_ask(srv_.port, "how many customers are there", 30)[1])
        threads = [threading.Thread(target=client) for _ in range(50)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        srv().restart()
        time.sleep(1.0)
        stop.set()
        for t in threads:
            t.join(120)
        assert not any(t.is_alive() for t in threads), "a request hung"
        bad = [r for r in results if r[0] == 0 or not (answered(r[1]) or
               r[1].get("status") in ("unanswered", "error") or "error" in r[1])]
        assert not bad, bad[:5]
        fails = [r for r in results if not answered(r[1])]
        # A hang would show here: every request ended well within the limit plus the pool wait.
        slowest = max(r[2] for r in results)
        assert slowest < 30, slowest
        assert len(results) > 50, len(results)
        # The service recovers by itself: every request after the restart is answered.
        after = [post_ask(srv_.port, "how many customers are there", 30) for _ in range(20)]
        assert all(answered(a[1]) for a in after), [a[1] for a in after if not answered(a[1])][:3]
        print("restart: %d requests, %d failed cleanly, slowest %.2f s"
              % (len(results), len(fails), slowest))
        assert srv_.stop() == 0


def test_workers_share_one_pool():
    samples, stop = [], threading.Event()

    def sampler():
        while not stop.is_set():
            samples.append(int(scalar("SELECT count(*) FROM pg_stat_activity "
                                      "WHERE application_name = 'genbi'")))
            time.sleep(0.05)

    with Server(["--db", dsn("?schema=shop&pool_max=3"), "--no-cache", "--workers", "8"]) as s:
        th = threading.Thread(target=sampler)
        th.start()
        with concurrent.futures.ThreadPoolExecutor(32) as ex:
            got = list(ex.map(lambda _: post_ask(s.port, "how many customers are there", 60),
                              range(400)))
        stop.set()
        th.join()
        assert all(answered(g[1]) for g in got), [g[1] for g in got if not answered(g[1])][:3]
        assert samples and max(samples) <= 3, samples
        assert max(samples) >= 1, samples
        assert s.stop() == 0
    assert scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'genbi'") == "0"


def test_script_writable_fingerprint():
    """The hooks only C reaches (run_script for `genbi demo --out`, writable for `genbi doctor`,
    the snapshot fingerprint), by tests/pg_live.c against this server."""
    live = os.path.join(os.path.dirname(harness.GENBI), "pg_live")
    if not os.path.exists(live):
        raise AssertionError("%s was not built" % live)
    srv().psql("CREATE ROLE genbi_ro LOGIN; GRANT USAGE ON SCHEMA shop TO genbi_ro; "
               "GRANT SELECT ON ALL TABLES IN SCHEMA shop TO genbi_ro; "
               "CREATE ROLE genbi_rw LOGIN; GRANT USAGE ON SCHEMA shop TO genbi_rw; "
               "GRANT SELECT, INSERT ON shop.regions TO genbi_rw;")
    base = "postgresql://%%s@127.0.0.1:%d/postgres" % srv().port
    env = dict(os.environ, GENBI_PG_SUPER=base % "genbi", GENBI_PG_READONLY=base % "genbi_ro",
               GENBI_PG_WRITER=base % "genbi_rw")
    env["ASAN_OPTIONS"] = "detect_leaks=1:halt_on_error=1"
    p = subprocess.run([live], env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "4 passed, 0 failed" in p.stdout, p.stdout


if __name__ == "__main__":
    main([test_introspection, test_tier0_count, test_result_types, test_row_cap_and_limit,
          test_hostile_queries_change_nothing, test_runaway_query_is_cancelled,
          test_cost_guard_refuses_with_estimate, test_restart_under_load,
          test_workers_share_one_pool, test_script_writable_fingerprint])
