/* The SQLite driver and its safety gate, on a database made here; plus introspection, the
 * schema helpers and the deterministic fixer. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze/fix.h"
#include "db/db.h"
#include "db/sqlite_int.h"
#include "schema/schema.h"
#include "select_text.h"
#include "test.h"
#include "util/buf.h"
#include "util/clock.h"

static char path[512];

static void make_db(void)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    snprintf(path, sizeof path, "%s/test_db_%d.sqlite", dir ? dir : "/tmp", (int)getpid());
    char mk[600];
    snprintf(mk, sizeof mk, "mkdir -p '%s'", dir ? dir : "/tmp");
    CHECK_INT(system(mk), 0);
    unlink(path);
    sqlite3 *db;
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    const char *ddl =
        "CREATE TABLE regions(region_id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, name TEXT, country TEXT,"
        " signup DATE, region_id INTEGER REFERENCES regions(region_id));"
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES "
        "customers,"
        " amount REAL, status TEXT);"
        "INSERT INTO regions VALUES (1,'Europe'),(2,'Asia');"
        "INSERT INTO customers VALUES "
        "(1,'Ann','France','2021-01-02',1),(2,'Bo','Japan','2022-03-04',2),"
        " (3,'Cy','France','2023-05-06',1);"
        "INSERT INTO orders VALUES (1,1,10.5,'shipped'),(2,1,20,'cancelled'),(3,2,NULL,'shipped');";
    CHECK_INT(sqlite3_exec(db, ddl, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

static struct db *open_db(void)
{
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open(path, &db, &e), 0);
    return db;
}

static void test_exec_and_row_cap(void)
{
    struct db *db = open_db();
    struct db_result r;
    struct db_error de;
    struct db_limits lim = {.timeout_ms = 5000, .row_cap = 2};
    CHECK_INT(
        db_exec(db, "SELECT name, country FROM customers ORDER BY customer_id", &lim, &r, &de), 0);
    CHECK_INT(r.n_rows, 2);
    CHECK_INT(r.truncated, 1);
    CHECK_STR(r.cols[1], "country");
    CHECK_STR(db_cell_at(&r, 1, 0)->s, "Bo");
    db_result_free(&r);
    lim.row_cap = 10;
    CHECK_INT(db_exec(db, "SELECT amount FROM orders ORDER BY order_id", &lim, &r, &de), 0);
    CHECK_INT(r.truncated, 0);
    CHECK_INT(db_cell_at(&r, 0, 0)->type, DB_REAL);
    CHECK(db_cell_at(&r, 2, 0)->type == DB_NULL && db_cell_at(&r, 2, 0)->s == NULL);
    db_result_free(&r);
    /* CAST(... AS DATE) would run and give a year: named as an error the fixer repairs */
    memset(&de, 0, sizeof de);
    CHECK(db_exec(db, "SELECT CAST('2024-03-05' AS DATE) AS d", &lim, &r, &de) != 0);
    CHECK_INT(de.cls, DBE_FUNCTION);
    CHECK_CONTAINS(de.msg, "CAST(... AS date)");
    /* trap: another cast, and an alias called date after a cast, run */
    CHECK_INT(
        db_exec(db, "SELECT CAST(amount AS INTEGER) AS date, 'AS DATE' FROM orders", &lim, &r, &de),
        0);
    db_result_free(&r);
    db_close(db);
}

static void expect_unsafe(struct db *db, const char *sql)
{
    struct db_error de;
    int rc = db_check(db, sql, &de);
    CHECK_INT(rc, ERR_UNSAFE);
    if (rc != ERR_UNSAFE)
        fprintf(stderr, "  not refused: %s (%s)\n", sql, de.msg);
    else
        CHECK_CONTAINS(de.msg, "refused");
}

static void test_gate_refuses_writes(void)
{
    struct db *db = open_db();
    const char *bad[] = {
        "DELETE FROM orders",
        "UPDATE orders SET amount = 0",
        "INSERT INTO regions(name) VALUES('x')",
        "DROP TABLE orders",
        "CREATE TABLE x(a)",
        "CREATE TEMP TABLE x AS SELECT 1",
        "ATTACH ':memory:' AS m",
        "PRAGMA user_version = 3",
        "PRAGMA journal_mode = wal",
        "VACUUM",
        "SELECT 1; DELETE FROM orders",
        "SELECT 1; SELECT 2",
        "WITH x AS (SELECT 1) DELETE FROM orders",
        "SELECT load_extension('x')",
        "BEGIN",
        "SAVEPOINT a",
        "REINDEX",
        "ANALYZE",
        "ALTER TABLE orders ADD COLUMN z",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        expect_unsafe(db, bad[i]);
    struct db_error de;
    CHECK_INT(db_check(db, "PRAGMA table_info(orders)", &de), 0);
    CHECK_INT(db_check(db, "SELECT 1; -- trailing comment", &de), 0);
    CHECK_INT(db_check(db, "  SELECT 1 ;  ", &de), 0);
    db_close(db);
}

static void test_error_classes(void)
{
    struct db *db = open_db();
    struct db_error de;
    CHECK_INT(db_check(db, "SELECT nme FROM customers", &de), ERR_DB);
    CHECK_INT(de.cls, DBE_UNKNOWN_COLUMN);
    CHECK_STR(de.ident, "nme");
    CHECK_INT(db_check(db, "SELECT * FROM custmers", &de), ERR_DB);
    CHECK_INT(de.cls, DBE_UNKNOWN_TABLE);
    CHECK_STR(de.ident, "custmers");
    CHECK_INT(db_check(db, "SELECT customer_id FROM customers, orders", &de), ERR_DB);
    CHECK_INT(de.cls, DBE_AMBIGUOUS_COLUMN);
    CHECK_INT(db_check(db, "SELEC 1", &de), ERR_DB);
    CHECK_INT(de.cls, DBE_SYNTAX);
    CHECK_INT(db_check(db, "SELECT nosuchfn(1)", &de), ERR_DB);
    CHECK_INT(de.cls, DBE_FUNCTION);
    CHECK_INT(db_check(db, "", &de), ERR_DB);
    db_close(db);
}

static void test_timeout(void)
{
    struct db *db = open_db();
    struct db_result r;
    struct db_error de;
    struct db_limits lim = {.timeout_ms = 200, .row_cap = 10};
    int rc = db_exec(db,
                     "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                     "SELECT count(*) FROM c",
                     &lim, &r, &de);
    CHECK_INT(rc, ERR_TIMEOUT);
    CHECK_INT(de.cls, DBE_TIMEOUT);
    db_close(db);
}

/* printf() is SQLite's, bounded: the same output for ordinary formats, and a width or precision
 * past the value limit is an immediate error instead of a minute inside one call. */
static void test_bounded_printf(void)
{
    struct db *db = open_db();
    struct db_result r;
    struct db_error de;
    struct db_limits lim = {.timeout_ms = 3000, .row_cap = 10};
    CHECK_INT(db_exec(db,
                      "SELECT printf('%5.2f|%-6s|%d|%q|%Q|%,d|%c%%|%.3c|%s', 3.14159, 'ab', 42,"
                      " 'it''s', NULL, 1234567, 'z', 'yes'), format('%d-%s', 7)",
                      &lim, &r, &de),
              0);
    CHECK_STR(db_cell_at(&r, 0, 0)->s, " 3.14|ab    |42|it''s|NULL|1,234,567|z%|yyy|");
    CHECK_STR(db_cell_at(&r, 0, 1)->s, "7-");
    db_result_free(&r);
    double t0 = clock_ms();
    int rc = db_exec(db,
                     "SELECT printf('%.*c', 2147483647, 'x') AS c0, printf('%.*c', 2147483647,"
                     " 'x') AS c1, printf('%2147483647d', 1) AS c2",
                     &lim, &r, &de);
    CHECK(rc != 0);
    CHECK_CONTAINS(de.msg, "too big");
    /* The limit plus a second: the work is refused, not cut short. */
    CHECK(clock_ms() - t0 < 4000);
    db_close(db);
}

/* One row of wide values: the byte cap counts cells as they are read, so it stops mid-row. */
static void test_wide_row_cap(void)
{
    struct db *db = open_db();
    struct db_result r;
    struct db_error de;
    struct db_limits lim = {.timeout_ms = 30000, .row_cap = 10};
    struct buf sql = BUF_INIT;
    buf_puts(&sql, "SELECT 1 AS id");
    for (int i = 0; i < 40; i++) /* 40 x 3.8 MiB: past the 64 MiB result cap */
        buf_printf(&sql, ", printf('%%.*c', 4000000, 'x') AS c%d", i);
    CHECK_INT(db_exec(db, buf_cstr(&sql), &lim, &r, &de), 0);
    CHECK_INT(r.truncated, 1);
    CHECK_INT(r.n_rows, 0);
    db_result_free(&r);
    buf_free(&sql);
    /* A value past the value limit is an error, not a result. */
    CHECK(db_exec(db, "SELECT printf('%.*c', 15000000, 'x')", &lim, &r, &de) != 0);
    db_close(db);
}

static int fired;
static void fire(void *arg)
{
    (void)arg;
    __atomic_store_n(&fired, 1, __ATOMIC_SEQ_CST);
}

/* The watchdog fires a passed deadline from its own thread, and never one disarmed in time. */
static void test_watchdog(void)
{
    unsigned long t = db_watchdog_arm(clock_ms() + 20, fire, NULL);
    CHECK(t != 0);
    for (int i = 0; i < 1000 && !__atomic_load_n(&fired, __ATOMIC_SEQ_CST); i++)
        usleep(10000);
    CHECK_INT(__atomic_load_n(&fired, __ATOMIC_SEQ_CST), 1);
    db_watchdog_disarm(t); /* after firing: harmless */
    __atomic_store_n(&fired, 0, __ATOMIC_SEQ_CST);
    t = db_watchdog_arm(clock_ms() + 300, fire, NULL);
    db_watchdog_disarm(t);
    usleep(400000);
    CHECK_INT(__atomic_load_n(&fired, __ATOMIC_SEQ_CST), 0);
}

static void test_introspection(void)
{
    struct db *db = open_db();
    struct schema s;
    struct err e;
    CHECK_INT(db_introspect(db, &s, &e), 0);
    CHECK_INT(s.n_tables, 3);
    int c = schema_find_table(&s, "CUSTOMERS");
    CHECK(c >= 0);
    const struct schema_table *t = &s.tables[c];
    CHECK_INT(t->row_count, 3);
    int fk = schema_find_column(t, "region_id");
    CHECK_STR(t->cols[fk].fk_table, "regions");
    CHECK_STR(t->cols[fk].fk_column, "region_id");
    CHECK_INT(t->cols[schema_find_column(t, "signup")].type, SCHEMA_TYPE_DATE);
    int o = schema_find_table(&s, "orders");
    /* REFERENCES customers (no column) resolves to its primary key. */
    CHECK_STR(s.tables[o].cols[1].fk_column, "customer_id");
    size_t n;
    long v = schema_find_value(&s, "france", &n);
    CHECK(v >= 0);
    CHECK_INT(n, 1);
    CHECK_STR(s.values[v].value, "France");
    CHECK(schema_find_value(&s, "Atlantis", &n) < 0);
    uint64_t h = s.hash;
    schema_rehash(&s);
    CHECK(h == s.hash && h != 0);

    struct schema_selection sel;
    /* Samples only for the columns the question links to: 'cancelled' names orders.status. */
    CHECK_INT(select_text(&s, "total amount of cancelled orders per region", 5, &sel, &e), 0);
    CHECK_INT(sel.n_tables, 3);
    CHECK_CONTAINS(sel.ddl, "orders(order_id int pk, customer_id int -> customers.customer_id");
    CHECK_CONTAINS(sel.ddl, "status text e.g. 'cancelled'|'shipped')");
    CHECK(strstr(sel.ddl, "country text e.g.") == NULL);
    CHECK(sel.tokens > 10);
    schema_selection_free(&sel);
    /* Only orders and regions are named: customers joins them and must be added. */
    CHECK_INT(select_text(&s, "orders per region", 2, &sel, &e), 0);
    CHECK_INT(sel.n_tables, 3);
    schema_selection_free(&sel);

    struct fix_repair r;
    struct db_error de;
    CHECK_INT(db_check(db, "SELECT nme FROM customers WHERE name <> 'nme'", &de), ERR_DB);
    CHECK_INT(fix_deterministic(&s, "SELECT nme FROM customers WHERE name <> 'nme'", &de, &r), 1);
    CHECK_STR(r.sql, "SELECT name FROM customers WHERE name <> 'nme'");
    fix_repair_free(&r);
    CHECK_INT(db_check(db, "SELECT count(*) FROM order", &de), ERR_DB); /* syntax: no ident */
    CHECK_INT(db_check(db, "SELECT count(*) FROM ordrs", &de), ERR_DB);
    CHECK_INT(fix_deterministic(&s, "SELECT count(*) FROM ordrs", &de, &r), 1);
    CHECK_STR(r.sql, "SELECT count(*) FROM orders");
    fix_repair_free(&r);
    CHECK_INT(db_check(db, "SELECT zzzzzz FROM orders", &de), ERR_DB);
    CHECK_INT(fix_deterministic(&s, "SELECT zzzzzz FROM orders", &de, &r), 0);
    schema_free(&s);
    db_close(db);
}

static void test_open_errors(void)
{
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open("/nonexistent/x.sqlite", &db, &e), ERR_NOTFOUND);
    CHECK_CONTAINS(e.msg, "/nonexistent/x.sqlite");
    CHECK_INT(db_open("oracle://localhost/x", &db, &e), ERR_USAGE);
    CHECK(db == NULL);
}

static void writer_exec(const char *file, const char *sql)
{
    sqlite3 *w;
    CHECK_INT(sqlite3_open(file, &w), SQLITE_OK);
    CHECK_INT(sqlite3_exec(w, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(w);
}

/* The first cell of sql's result as text, or NULL when it failed (*rc says how). */
static char *first_cell(struct db *db, const char *sql, int *rc)
{
    struct db_result r;
    struct db_error de;
    struct db_limits lim = {.timeout_ms = 5000, .row_cap = 100};
    *rc = db_exec(db, sql, &lim, &r, &de);
    if (*rc)
        return NULL;
    char *s = r.n_rows && r.n_cols && db_cell_at(&r, 0, 0)->s ? strdup(db_cell_at(&r, 0, 0)->s)
                                                              : strdup("");
    db_result_free(&r);
    return s;
}

/* A statement run again on a connection is reused (kept by its text), and what it reads after
 * another process changed the schema is what a new preparation would read: new columns, and the
 * refusal a new connection gets when the name now reads what the database's own safety forbids
 * (a view over a PRAGMA table, with the schema untrusted). */
static void test_kept_statements(void)
{
    char file[600];
    snprintf(file, sizeof file, "%s.kept", path);
    unlink(file);
    writer_exec(file, "CREATE TABLE kv(k TEXT, v TEXT); INSERT INTO kv VALUES ('a', 'first');");
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open(file, &db, &e), 0);
    if (!db)
        return;
    int rc;
    char *s;
    for (int round = 0; round < 3; round++) { /* more texts than are kept: some are dropped */
        for (int i = 0; i < 12; i++) {
            char q[64];
            snprintf(q, sizeof q, "SELECT %d + %d", i, round);
            s = first_cell(db, q, &rc);
            char want[16];
            snprintf(want, sizeof want, "%d", i + round);
            CHECK_STR(s, want);
            free(s);
        }
        for (int again = 0; again < 2; again++) { /* the second one is the kept statement */
            s = first_cell(db, "SELECT v FROM kv", &rc);
            CHECK_STR(s, "first");
            free(s);
        }
    }
    /* the table is replaced by one whose v is another column */
    writer_exec(file, "DROP TABLE kv; CREATE TABLE kv(v TEXT, k TEXT); "
                      "INSERT INTO kv VALUES ('second', 'b');");
    s = first_cell(db, "SELECT v FROM kv", &rc);
    CHECK_STR(s, "second");
    free(s);
    /* a view that reads a PRAGMA the gate refuses: refused as a new statement would be */
    writer_exec(file,
                "DROP TABLE kv; CREATE VIEW kv AS SELECT name AS v FROM pragma_database_list;");
    s = first_cell(db, "SELECT v FROM kv", &rc);
    CHECK(s == NULL);
    free(s);
    struct db *fresh = NULL;
    CHECK_INT(db_open(file, &fresh, &e), 0);
    int rc_fresh = 0;
    s = fresh ? first_cell(fresh, "SELECT v FROM kv", &rc_fresh) : NULL;
    CHECK(s == NULL);
    free(s);
    CHECK_INT(rc, rc_fresh);
    CHECK(rc != 0);
    db_close(fresh);
    db_close(db);
    unlink(file);
}

static void cleanup(void)
{
    unlink(path);
}

static const struct test_case tests[] = {
    {"make_db", make_db},
    {"exec_and_row_cap", test_exec_and_row_cap},
    {"gate_refuses_writes", test_gate_refuses_writes},
    {"error_classes", test_error_classes},
    {"timeout", test_timeout},
    {"bounded_printf", test_bounded_printf},
    {"wide_row_cap", test_wide_row_cap},
    {"watchdog", test_watchdog},
    {"introspection_schema_fix", test_introspection},
    {"open_errors", test_open_errors},
    {"kept_statements", test_kept_statements},
};

TEST_MAIN_FIXTURE(test_no_fixture_, cleanup)
