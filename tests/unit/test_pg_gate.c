/* The PostgreSQL safety gate (db/postgres_gate.c) without a server: PostgreSQL's own parser
 * decides what a statement is, and everything but one plain SELECT calling no denied function
 * is refused with a reason. */
#include <string.h>

#include "db/postgres_int.h"
#include "test.h"

static const char *const refused[] = {
    "DELETE FROM orders",
    "DROP TABLE orders",
    "UPDATE t SET a = 1",
    "INSERT INTO t VALUES (1)",
    "TRUNCATE orders",
    "COPY orders TO PROGRAM 'touch /tmp/x'",
    "COPY (SELECT 1) TO '/tmp/x'",
    "SELECT * INTO stash FROM orders",
    "SELECT * FROM orders FOR UPDATE",
    "SELECT * FROM orders FOR KEY SHARE SKIP LOCKED",
    "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d",
    "WITH a AS (SELECT 1), u AS (UPDATE t SET a = 1 RETURNING 1) SELECT * FROM a",
    "SELECT * FROM (WITH i AS (INSERT INTO t VALUES (1) RETURNING 1) SELECT * FROM i) s",
    "MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN DELETE",
    "DO $$BEGIN DELETE FROM orders; END$$",
    "CALL p()",
    "PREPARE p AS SELECT 1",
    "EXECUTE p",
    "SET ROLE postgres",
    "SET statement_timeout = 0",
    "RESET ALL",
    "SET search_path TO evil",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
    "BEGIN",
    "COMMIT",
    "SAVEPOINT s",
    "LISTEN c",
    "NOTIFY c",
    "LOCK TABLE t",
    "VACUUM",
    "ANALYZE",
    "CHECKPOINT",
    "DISCARD ALL",
    "LOAD 'x.so'",
    "CREATE EXTENSION dblink",
    "ALTER SYSTEM SET work_mem = '1GB'",
    "DECLARE c CURSOR FOR SELECT 1",
    "EXPLAIN ANALYZE DELETE FROM t",
    "EXPLAIN SELECT 1",
    "SHOW data_directory",
    "GRANT ALL ON t TO PUBLIC",
    "CREATE TABLE t (a int)",
    "SELECT 1; SELECT 2",
    "SELECT 1; DELETE FROM t",
    "SELECT 1 /* ; */ ; DELETE FROM t",
    "SELECT 1 -- x\n; DROP TABLE t",
    "SELECT $$;$$; DELETE FROM t",
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_catalog.pg_read_binary_file('x')",
    "SELECT * FROM pg_ls_dir('.')",
    "SELECT pg_ls_waldir()",
    "SELECT pg_stat_file('x')",
    "SELECT pg_sleep(1)",
    "SELECT pg_sleep_for('1s')",
    "SELECT \"pg_sleep\"(1)",
    "SELECT PG_SLEEP(1)",
    "SELECT lo_import('/etc/passwd')",
    "SELECT lo_export(1, '/tmp/x')",
    "SELECT loread(0, 1)",
    "SELECT dblink('x', 'y')",
    "SELECT dblink_exec('x', 'y')",
    "SELECT set_config('a', 'b', false)",
    "SELECT current_setting('data_directory')",
    "SELECT pg_terminate_backend(1)",
    "SELECT pg_cancel_backend(1)",
    "SELECT pg_advisory_lock(1)",
    "SELECT pg_try_advisory_xact_lock(1)",
    "SELECT txid_current()",
    "SELECT pg_reload_conf()",
    "SELECT pg_rotate_logfile()",
    "SELECT pg_switch_wal()",
    "SELECT pg_create_physical_replication_slot('s')",
    "SELECT query_to_xml('DELETE FROM t RETURNING 1', true, false, '')",
    "SELECT table_to_xmlschema('t', true, false, '')",
    "SELECT nextval('s')",
    "SELECT setval('s', 1)",
    "SELECT pg_notify('c', 'x')",
    "SELECT a FROM t WHERE a IN (SELECT pg_sleep(1))",
    "SELECT (SELECT lo_unlink(1))",
    "SELECT count(*) FROM t GROUP BY a HAVING max(pg_catalog.nextval('s')) > 0",
    "SELECT * FROM t ORDER BY pg_sleep(1)",
    "SELECT * FROM generate_series(1, 2) g, LATERAL pg_ls_dir('.') f",
};

static const char *const allowed[] = {
    "SELECT 1",
    "select count(*) from orders",
    "SELECT 1;",
    "  SELECT 1 ;  -- done",
    "WITH x AS (SELECT 1 AS a) SELECT a FROM x",
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5) SELECT * FROM c",
    "VALUES (1), (2)",
    "(SELECT 1) UNION (SELECT 2)",
    "SELECT now(), date_trunc('month', now())",
    "SELECT sleepy FROM pg_sleepers", /* a column and a table, not the function */
    "SELECT a::regclass, to_char(now(), 'YYYY') FROM t TABLESAMPLE SYSTEM (1)",
};

static void test_refused(void)
{
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        struct db_error de = {0};
        int rc = pg_gate_check(refused[i], NULL, NULL, &de);
        if (rc != ERR_UNSAFE)
            fprintf(stderr, "not refused: %s (%d: %s)\n", refused[i], rc, de.msg);
        CHECK_INT(rc, ERR_UNSAFE);
        CHECK_INT(de.cls, DBE_UNSAFE);
        CHECK_CONTAINS(de.msg, "refused: ");
    }
}

static void test_allowed(void)
{
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
        struct db_error de = {0};
        int rc = pg_gate_check(allowed[i], NULL, NULL, &de);
        if (rc)
            fprintf(stderr, "refused: %s (%s)\n", allowed[i], de.msg);
        CHECK_INT(rc, 0);
    }
}

static void test_reasons_and_extent(void)
{
    struct db_error de = {0};
    size_t off = 99, len = 99;
    CHECK_INT(pg_gate_check("SELECT pg_catalog.pg_sleep(5)", NULL, NULL, &de), ERR_UNSAFE);
    CHECK_CONTAINS(de.msg, "pg_sleep()");
    CHECK_INT(de.pos, 7);
    CHECK_INT(pg_gate_check("WITH d AS (DELETE FROM t RETURNING 1) SELECT 1", NULL, NULL, &de),
              ERR_UNSAFE);
    CHECK_CONTAINS(de.msg, "DELETE");
    CHECK_INT(pg_gate_check("SELECT 1; SELECT 2", NULL, NULL, &de), ERR_UNSAFE);
    CHECK_CONTAINS(de.msg, "more than one statement");
    CHECK_INT(pg_gate_check("SELECT a INTO b FROM c", NULL, NULL, &de), ERR_UNSAFE);
    CHECK_CONTAINS(de.msg, "SELECT INTO");
    /* A syntax error is an error for the fixer, with the parser's position. */
    CHECK_INT(pg_gate_check("SELECT FROM WHERE", NULL, NULL, &de), ERR_DB);
    CHECK_INT(de.cls, DBE_SYNTAX);
    CHECK_INT(de.pos, 12);
    CHECK_INT(pg_gate_check("   ", NULL, NULL, &de), ERR_DB);
    CHECK_INT(pg_gate_check(NULL, NULL, NULL, &de), ERR_DB);
    /* The statement without its semicolon is what gets wrapped in a subquery. */
    const char *sql = "  SELECT 1 AS x ;  ";
    CHECK_INT(pg_gate_check(sql, &off, &len, &de), 0);
    CHECK(off + len <= strlen(sql));
    CHECK(memchr(sql + off, ';', len) == NULL);
    CHECK(strstr(sql + off, "SELECT 1 AS x") == sql + 2 && off + len >= 15);
    sql = "SELECT 2 -- trailing";
    CHECK_INT(pg_gate_check(sql, &off, &len, &de), 0);
    CHECK_INT(off, 0);
    CHECK_INT(len, strlen(sql));
}

static const struct test_case tests[] = {
    {"refused", test_refused},
    {"allowed", test_allowed},
    {"reasons_and_extent", test_reasons_and_extent},
};

TEST_MAIN()
