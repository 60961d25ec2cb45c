/* The PostgreSQL driver's hooks that only C reaches, against a live server: run by
 * tests/integration/test_postgres.py with three DSNs of the server it started (a superuser, a
 * SELECT-only role, a role that may INSERT into one table), never on its own.
 * Checks: run_script commits a whole script and keeps nothing of a failing one; writable() tells
 * the three roles apart and names what it found; the fingerprint is stable and changes with DDL;
 * db_check refuses without touching the server. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "test.h"

static const char *super_dsn, *ro_dsn, *rw_dsn;

static int count_of(const char *dsn, const char *sql)
{
    struct db *db = NULL;
    struct db_result r = {0};
    struct db_error de = {0};
    struct err e = {0};
    struct db_limits lim = {.timeout_ms = 5000, .row_cap = 10};
    int n = -1;
    if (db_open(dsn, &db, &e) == 0 && db_exec(db, sql, &lim, &r, &de) == 0 && r.n_rows == 1)
        n = (int)db_cell_at(&r, 0, 0)->i;
    db_result_free(&r);
    db_close(db);
    return n;
}

static void test_run_script(void)
{
    struct err e = {0};
    CHECK_INT(db_run_script(super_dsn, "CREATE TABLE live_a (x int); "
                                       "INSERT INTO live_a VALUES (1), (2), (3);", &e), 0);
    CHECK_INT(count_of(super_dsn, "SELECT count(*) FROM live_a"), 3);
    CHECK_INT(db_run_script(super_dsn, "CREATE TABLE live_b (x int); "
                                       "INSERT INTO live_b VALUES (1); INSERT INTO nosuch VALUES (1);",
                            &e), ERR_DB);
    CHECK_CONTAINS(e.msg, "nothing was written");
    CHECK_CONTAINS(e.msg, "\"nosuch\" does not exist");
    CHECK_INT(count_of(super_dsn, "SELECT count(*) FROM pg_class WHERE relname = 'live_b'"), 0);
}

static void test_writable(void)
{
    const char *dsns[3] = {super_dsn, ro_dsn, rw_dsn};
    const int want[3] = {1, 0, 1};
    const char *says[3] = {"superuser", NULL, "INSERT, UPDATE, DELETE or TRUNCATE 1 table"};
    for (int i = 0; i < 3; i++) {
        struct db *db = NULL;
        struct buf what = BUF_INIT;
        struct err e = {0};
        CHECK_INT(db_open(dsns[i], &db, &e), 0);
        if (!db)
            continue;
        CHECK_INT(db_writable(db, &what, &e), want[i]);
        if (says[i])
            CHECK_CONTAINS(buf_cstr(&what), says[i]);
        else
            CHECK_STR(buf_cstr(&what), "");
        buf_free(&what);
        db_close(db);
    }
}

static void test_fingerprint(void)
{
    struct db *db = NULL;
    struct buf id1 = BUF_INIT, id2 = BUF_INIT, id3 = BUF_INIT;
    struct err e = {0};
    uint64_t k1 = 0, k2 = 0, k3 = 0;
    CHECK_INT(db_open(super_dsn, &db, &e), 0);
    if (!db)
        return;
    CHECK_INT(db->drv->fingerprint(db->impl, &id1, &k1), 0);
    CHECK_INT(db->drv->fingerprint(db->impl, &id2, &k2), 0);
    CHECK(k1 == k2);
    CHECK_STR(buf_cstr(&id1), buf_cstr(&id2));
    CHECK_CONTAINS(buf_cstr(&id1), "postgresql://127.0.0.1:");
    CHECK(strstr(buf_cstr(&id1), "genbi@") == NULL); /* no user or password in the name */
    CHECK_INT(db_run_script(super_dsn, "ALTER TABLE live_a ADD COLUMN y text", &e), 0);
    CHECK_INT(db->drv->fingerprint(db->impl, &id3, &k3), 0);
    CHECK(k3 != k1);
    CHECK_STR(buf_cstr(&id3), buf_cstr(&id1));
    buf_free(&id1);
    buf_free(&id2);
    buf_free(&id3);
    db_close(db);
}

static void test_check(void)
{
    struct db *db = NULL;
    struct db_error de = {0};
    struct err e = {0};
    CHECK_INT(db_open(ro_dsn, &db, &e), 0);
    if (!db)
        return;
    CHECK_INT(db_check(db, "SELECT x FROM live_a", &de), 0);
    CHECK_INT(db_check(db, "DELETE FROM live_a", &de), ERR_UNSAFE);
    CHECK_CONTAINS(de.msg, "refused");
    db_close(db);
}

static const struct test_case tests[] = {
    {"run_script", test_run_script},
    {"writable", test_writable},
    {"fingerprint", test_fingerprint},
    {"check", test_check},
};

/* The DSNs come in the environment: GENBI_PG_SUPER, GENBI_PG_READONLY, GENBI_PG_WRITER. */
static void setup(void)
{
    super_dsn = getenv("GENBI_PG_SUPER");
    ro_dsn = getenv("GENBI_PG_READONLY");
    rw_dsn = getenv("GENBI_PG_WRITER");
    if (!super_dsn || !ro_dsn || !rw_dsn) {
        fprintf(stderr, "pg_live: set GENBI_PG_SUPER, GENBI_PG_READONLY and GENBI_PG_WRITER\n");
        exit(2);
    }
}

TEST_MAIN_FIXTURE(setup, test_no_fixture_)
