/* Tests for the demo database generator: determinism per seed, schema and row counts,
 * referential integrity, realistic shapes (NULLs, seasonality, growth, status rules), the default
 * path rules and demo_ensure's create-once behaviour. Writes under $GENBI_TEST_TMP or /tmp. */
#include "db/demo.h"

#include <ftw.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "test.h"
#include "util/banned.h"

static const char *const demo_tables[] = {"regions",   "categories", "products",   "employees",
                                          "customers", "orders",     "order_items"};
#define NTABLES ((int)(sizeof demo_tables / sizeof demo_tables[0]))

static char work_dir[512];
static char db_a[600], db_a2[600], db_b[600];

static void mkdirs(const char *path)
{
    char tmp[600];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            mkdir(tmp, 0755);
            *p = '/';
        }
    }
    mkdir(tmp, 0755);
}

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    remove(path); /* keep going: a leftover file is no test failure */
    return 0;
}

static void remove_tree(void)
{
    /* The directory name is ours (pid-suffixed), so removing it cannot touch anything else. */
    if (work_dir[0])
        nftw(work_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void setup(void)
{
    const char *base = getenv("GENBI_TEST_TMP");
    if (!base || !*base)
        base = "/tmp";
    snprintf(work_dir, sizeof work_dir, "%s/test_demo.%ld", base, (long)getpid());
    mkdirs(work_dir);
    snprintf(db_a, sizeof db_a, "%s/a.sqlite", work_dir);
    snprintf(db_a2, sizeof db_a2, "%s/a2.sqlite", work_dir);
    snprintf(db_b, sizeof db_b, "%s/b.sqlite", work_dir);
    atexit(remove_tree);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static sqlite3 *open_ro(const char *path)
{
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "cannot open %s: %s\n", path, db ? sqlite3_errmsg(db) : "?");
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

/* First column of the first row as an integer; -1 (and a failed check) on any SQL error. */
static long long q_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (!db)
        return -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
        CHECK(0);
        return -1;
    }
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void q_text(sqlite3 *db, const char *sql, char *out, size_t n)
{
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    if (!db || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        CHECK(0);
        return;
    }
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, n, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

/* FNV-1a over every value of every table in key order, types included; 0 on failure. */
static uint64_t hash_db(const char *path)
{
    sqlite3 *db = open_ro(path);
    uint64_t h = 1469598103934665603ull;
    if (!db)
        return 0;
    for (int t = 0; t < NTABLES; t++) {
        char sql[128];
        sqlite3_stmt *st = NULL;
        snprintf(sql, sizeof sql, "SELECT * FROM %s ORDER BY 1", demo_tables[t]);
        if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
            sqlite3_close(db);
            return 0;
        }
        h = fnv(h, demo_tables[t], strlen(demo_tables[t]) + 1);
        while (sqlite3_step(st) == SQLITE_ROW) {
            int nc = sqlite3_column_count(st);
            for (int c = 0; c < nc; c++) {
                int type = sqlite3_column_type(st, c);
                h = fnv(h, &type, sizeof type);
                if (type == SQLITE_INTEGER) {
                    sqlite3_int64 v = sqlite3_column_int64(st, c);
                    h = fnv(h, &v, sizeof v);
                } else if (type == SQLITE_FLOAT) {
                    double d = sqlite3_column_double(st, c);
                    h = fnv(h, &d, sizeof d);
                } else if (type == SQLITE_TEXT) {
                    h = fnv(h, sqlite3_column_text(st, c), (size_t)sqlite3_column_bytes(st, c));
                }
            }
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return h;
}

static void test_same_seed_same_content(void)
{
    struct err e = {0};
    setup();
    double t0 = now_ms();
    int rc = demo_create(db_a, 42, &e);
    double t1 = now_ms();
    CHECK_INT(rc, 0);
    if (rc)
        fprintf(stderr, "demo_create: %s\n", e.msg);
    printf("     demo_create took %.0f ms\n", t1 - t0);
    CHECK_INT(demo_create(db_a2, 42, &e), 0);
    CHECK_INT(demo_create(db_b, 43, &e), 0);

    uint64_t ha = hash_db(db_a), ha2 = hash_db(db_a2), hb = hash_db(db_b);
    CHECK(ha != 0);
    CHECK(ha == ha2);
    CHECK(hb != 0);
    CHECK(ha != hb);

    /* No temporary file is left behind next to the result. */
    char tmp[700];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", db_a, (long)getpid());
    CHECK(access(tmp, F_OK) != 0);
}

static void test_recreate_replaces_file(void)
{
    /* Building over an existing file replaces it (rename), giving the other seed's content. */
    struct err e = {0};
    CHECK_INT(demo_create(db_a2, 43, &e), 0);
    CHECK(hash_db(db_a2) == hash_db(db_b));
    CHECK_INT(demo_create(db_a2, 42, &e), 0);
    CHECK(hash_db(db_a2) == hash_db(db_a));
}

static void test_tables_and_counts(void)
{
    sqlite3 *db = open_ro(db_a);
    CHECK(db != NULL);
    CHECK_INT(q_int(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN "
                        "('regions','categories','products','employees','customers','orders',"
                        "'order_items')"),
              7);
    CHECK_INT(q_int(db, "SELECT count(*) FROM regions"), 5);
    CHECK_INT(q_int(db, "SELECT count(*) FROM regions WHERE name='Middle East & Africa'"), 1);
    CHECK_INT(q_int(db, "SELECT count(*) FROM categories"), 10);
    CHECK_INT(q_int(db, "SELECT count(*) FROM products"), 200);
    CHECK_INT(q_int(db, "SELECT count(DISTINCT name) FROM products"), 200);
    CHECK_INT(q_int(db, "SELECT count(*) FROM employees"), 40);
    CHECK_INT(q_int(db, "SELECT count(*) FROM customers"), 2500);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders"), 20000);
    CHECK(q_int(db, "SELECT count(*) FROM order_items") >= 55000);
    CHECK(q_int(db, "SELECT count(DISTINCT substr(order_date,1,4)) FROM orders") >= 3);
    CHECK_INT(q_int(db, "SELECT count(*) FROM sqlite_master WHERE type='index' AND "
                        "name LIKE 'idx_%'"),
              9);
    char s[64];
    q_text(db, "SELECT min(order_date) FROM orders", s, sizeof s);
    CHECK(strcmp(s, "2021-01-01") >= 0 && strcmp(s, "2021-01-08") < 0);
    q_text(db, "SELECT max(order_date) FROM orders", s, sizeof s);
    CHECK(strcmp(s, "2024-12-24") > 0 && strcmp(s, "2024-12-31") <= 0);
    /* Declared types the rule-based parser relies on. */
    q_text(db, "SELECT type FROM pragma_table_info('orders') WHERE name='order_date'", s, sizeof s);
    CHECK_STR(s, "DATE");
    q_text(db, "SELECT type FROM pragma_table_info('order_items') WHERE name='unit_price'", s,
           sizeof s);
    CHECK_STR(s, "REAL");
    sqlite3_close(db);
}

static void test_referential_integrity(void)
{
    sqlite3 *db = open_ro(db_a);
    CHECK(db != NULL);
    /* foreign_key_check returns one row per violation. */
    CHECK_INT(q_int(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM pragma_foreign_key_list('order_items')"), 2);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders o JOIN customers c USING(customer_id) "
                        "WHERE o.order_date < c.signup_date"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders o JOIN employees m USING(employee_id) "
                        "WHERE o.order_date < m.hire_date"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders o JOIN order_items i USING(order_id) "
                        "JOIN products p USING(product_id) WHERE o.order_date < p.launch_date"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders o JOIN customers c USING(customer_id) "
                        "JOIN employees m USING(employee_id) WHERE m.region_id <> c.region_id"),
              0);
    /* Exactly one top manager, and every other employee reports to someone. */
    CHECK_INT(q_int(db, "SELECT count(*) FROM employees WHERE manager_id IS NULL"), 1);
    CHECK_INT(q_int(db, "SELECT count(*) FROM employees WHERE salary IS NULL"), 3);
    /* Every order has 1..6 lines and no order lists a product twice. */
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders WHERE order_id NOT IN "
                        "(SELECT order_id FROM order_items)"),
              0);
    CHECK_INT(q_int(db, "SELECT max(n) FROM (SELECT count(*) n FROM order_items GROUP BY "
                        "order_id)"),
              6);
    CHECK_INT(q_int(db, "SELECT count(*) FROM (SELECT 1 FROM order_items GROUP BY order_id, "
                        "product_id HAVING count(*) > 1)"),
              0);
    sqlite3_close(db);
}

static void test_nulls_and_values(void)
{
    sqlite3 *db = open_ro(db_a);
    CHECK(db != NULL);
    CHECK(q_int(db, "SELECT count(*) FROM customers WHERE email IS NULL") > 0);
    CHECK(q_int(db, "SELECT count(*) FROM customers WHERE phone IS NULL") > 0);
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE ship_date IS NULL") > 0);
    CHECK(q_int(db, "SELECT count(*) FROM order_items WHERE discount IS NULL") >
          q_int(db, "SELECT count(*) FROM order_items WHERE discount IS NOT NULL"));
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE employee_id IS NULL") > 0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM order_items WHERE discount IS NOT NULL AND "
                        "(discount < 0.05 OR discount > 0.30)"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM customers WHERE email IS NOT NULL AND "
                        "email NOT LIKE '%_@_%._%'"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) - count(DISTINCT email) FROM customers WHERE email "
                        "IS NOT NULL"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM customers WHERE segment NOT IN "
                        "('Consumer','Corporate','Small Business')"),
              0);
    /* Most consumers have no company; every corporate customer has one. */
    CHECK(q_int(db, "SELECT count(*) FROM customers WHERE segment='Consumer' AND company IS "
                    "NULL") > 9 * q_int(db, "SELECT count(*) FROM customers WHERE "
                                            "segment='Consumer' AND company IS NOT NULL"));
    CHECK_INT(q_int(db, "SELECT count(*) FROM customers WHERE segment='Corporate' AND company "
                        "IS NULL"),
              0);
    /* Money is in cents; line prices are the product's price. */
    CHECK_INT(q_int(db, "SELECT count(*) FROM order_items i JOIN products p USING(product_id) "
                        "WHERE i.unit_price <> p.unit_price"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM products WHERE unit_price <> round(unit_price,2) "
                        "OR unit_cost <> round(unit_cost,2) OR unit_cost >= unit_price OR "
                        "unit_price <= 0"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders WHERE shipping_cost <> "
                        "round(shipping_cost,2)"),
              0);
    /* Dates are real ISO dates. */
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders WHERE date(order_date) IS NOT order_date "
                        "OR (ship_date IS NOT NULL AND (date(ship_date) IS NOT ship_date OR "
                        "ship_date < order_date OR ship_date > '2024-12-31'))"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM customers WHERE date(signup_date) IS NOT "
                        "signup_date"),
              0);
    sqlite3_close(db);
}

static void test_business_shape(void)
{
    sqlite3 *db = open_ro(db_a);
    CHECK(db != NULL);
    /* ship_date is NULL exactly for pending and cancelled orders. */
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders WHERE (ship_date IS NULL) <> (status IN "
                        "('pending','cancelled'))"),
              0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders WHERE status NOT IN ('pending','shipped',"
                        "'delivered','cancelled','returned') OR channel NOT IN ('online',"
                        "'store','phone')"),
              0);
    /* Open orders only in the last weeks; most orders delivered. */
    char s[64];
    q_text(db, "SELECT min(order_date) FROM orders WHERE status IN ('pending','shipped')", s,
           sizeof s);
    CHECK(strcmp(s, "2024-12-01") >= 0);
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE status='pending'") > 0);
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE status='delivered'") >
          q_int(db, "SELECT count(*) FROM orders") * 3 / 4);
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE status='returned'") > 0);
    /* Growth year over year, and a Nov/Dec peak against the year's average month. */
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE order_date LIKE '2024%'") >
          q_int(db, "SELECT count(*) FROM orders WHERE order_date LIKE '2021%'") * 5 / 4);
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE substr(order_date,6,2) IN ('11','12')") * 6 >
          q_int(db, "SELECT count(*) FROM orders") * 1.25);
    /* Many online orders carry no employee; store orders always do. */
    CHECK(q_int(db, "SELECT count(*) FROM orders WHERE channel='online' AND employee_id IS "
                    "NULL") > q_int(db, "SELECT count(*) FROM orders WHERE channel='online'") / 2);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders WHERE channel='store' AND employee_id IS "
                        "NULL"),
              0);
    /* Countries sit in one region each, with the right ones. */
    CHECK_INT(q_int(db, "SELECT count(*) FROM (SELECT country FROM customers GROUP BY country "
                        "HAVING count(DISTINCT region_id) > 1)"),
              0);
    q_text(db,
           "SELECT r.name FROM customers c JOIN regions r USING(region_id) WHERE "
           "c.country='France' LIMIT 1",
           s, sizeof s);
    CHECK_STR(s, "Europe");
    q_text(db,
           "SELECT r.name FROM customers c JOIN regions r USING(region_id) WHERE "
           "c.country='Mexico' LIMIT 1",
           s, sizeof s);
    CHECK_STR(s, "Latin America");
    CHECK_INT(q_int(db, "SELECT count(*) FROM customers WHERE country='Germany' AND city NOT IN "
                        "('Berlin','Munich','Hamburg','Frankfurt','Cologne')"),
              0);
    CHECK_INT(q_int(db, "SELECT count(DISTINCT region_id) FROM customers"), 5);
    /* Electronics cost more than office supplies on average. */
    CHECK(q_int(db, "SELECT avg(unit_price) FROM products JOIN categories USING(category_id) "
                    "WHERE categories.name='Electronics'") >
          3 * q_int(db, "SELECT avg(unit_price) FROM products JOIN categories "
                        "USING(category_id) WHERE categories.name='Office Supplies'"));
    /* Discontinued products stop selling: none of them sells in the last month. */
    CHECK(q_int(db, "SELECT count(*) FROM products WHERE discontinued=1") > 0);
    CHECK_INT(q_int(db, "SELECT count(*) FROM order_items JOIN orders USING(order_id) JOIN "
                        "products USING(product_id) WHERE discontinued=1 AND order_date >= "
                        "'2024-07-01'"),
              0);
    sqlite3_close(db);
}

static void test_default_path(void)
{
    struct buf path = BUF_INIT;
    struct err e = {0};
    char want[700], dir[700];
    struct stat sb;

    snprintf(want, sizeof want, "%s/env/nested/my.sqlite", work_dir);
    setenv("GENBI_DEMO_DB", want, 1);
    CHECK_INT(demo_default_path(&path, &e), 0);
    CHECK_STR(buf_cstr(&path), want);
    snprintf(dir, sizeof dir, "%s/env/nested", work_dir);
    CHECK(stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode));

    unsetenv("GENBI_DEMO_DB");
    snprintf(dir, sizeof dir, "%s/xdg", work_dir);
    setenv("XDG_DATA_HOME", dir, 1);
    CHECK_INT(demo_default_path(&path, &e), 0);
    snprintf(want, sizeof want, "%s/xdg/genbi/demo.sqlite", work_dir);
    CHECK_STR(buf_cstr(&path), want);
    snprintf(dir, sizeof dir, "%s/xdg/genbi", work_dir);
    CHECK(stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode));

    /* A relative XDG_DATA_HOME is ignored, as the spec says; then HOME decides. */
    setenv("XDG_DATA_HOME", "relative/dir", 1);
    snprintf(dir, sizeof dir, "%s/home", work_dir);
    setenv("HOME", dir, 1);
    CHECK_INT(demo_default_path(&path, &e), 0);
    snprintf(want, sizeof want, "%s/home/.local/share/genbi/demo.sqlite", work_dir);
    CHECK_STR(buf_cstr(&path), want);

    /* A file where a directory must go gives a clear error. */
    unsetenv("XDG_DATA_HOME");
    snprintf(dir, sizeof dir, "%s/blocker", work_dir);
    FILE *f = fopen(dir, "w");
    CHECK(f != NULL);
    if (f)
        fclose(f);
    snprintf(want, sizeof want, "%s/blocker/demo.sqlite", work_dir);
    setenv("GENBI_DEMO_DB", want, 1);
    CHECK_INT(demo_default_path(&path, &e), ERR_IO);
    CHECK_CONTAINS(e.msg, "not a directory");

    unsetenv("GENBI_DEMO_DB");
    unsetenv("HOME");
    CHECK_INT(demo_default_path(&path, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "GENBI_DEMO_DB");
    buf_free(&path);
}

static void test_ensure_creates_once(void)
{
    struct buf path = BUF_INIT;
    struct err e = {0};
    char want[700];
    struct stat s1, s2;

    snprintf(want, sizeof want, "%s/ensure/demo.sqlite", work_dir);
    setenv("GENBI_DEMO_DB", want, 1);
    CHECK(access(want, F_OK) != 0);
    CHECK_INT(demo_ensure(&path, &e), 0);
    CHECK_STR(buf_cstr(&path), want);
    CHECK(stat(want, &s1) == 0);
    CHECK(hash_db(want) != 0);

    CHECK_INT(demo_ensure(&path, &e), 0);
    CHECK_STR(buf_cstr(&path), want);
    CHECK(stat(want, &s2) == 0);
    CHECK(s1.st_ino == s2.st_ino);
    CHECK(s1.st_mtim.tv_sec == s2.st_mtim.tv_sec && s1.st_mtim.tv_nsec == s2.st_mtim.tv_nsec);

    /* The default seed is what ensure uses. */
    char other[700];
    snprintf(other, sizeof other, "%s/ensure/explicit.sqlite", work_dir);
    CHECK_INT(demo_create(other, DEMO_DEFAULT_SEED, &e), 0);
    CHECK(hash_db(other) == hash_db(want));
    unsetenv("GENBI_DEMO_DB");
    buf_free(&path);
}

static void test_ensure_replaces_garbage(void)
{
    struct buf path = BUF_INIT;
    struct err e = {0};
    char want[700];

    /* Neither a non-database file nor a database without the demo tables counts as ready. */
    snprintf(want, sizeof want, "%s/garbage.sqlite", work_dir);
    FILE *f = fopen(want, "w");
    CHECK(f != NULL);
    if (f) {
        fputs("this is not a database, just some text long enough to have a header\n", f);
        fclose(f);
    }
    setenv("GENBI_DEMO_DB", want, 1);
    CHECK_INT(demo_ensure(&path, &e), 0);
    sqlite3 *db = open_ro(want);
    CHECK(q_int(db, "SELECT count(*) FROM order_items") >= 55000);
    sqlite3_close(db);

    snprintf(want, sizeof want, "%s/other_schema.sqlite", work_dir);
    db = NULL;
    CHECK(sqlite3_open(want, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    setenv("GENBI_DEMO_DB", want, 1);
    CHECK_INT(demo_ensure(&path, &e), 0);
    db = open_ro(want);
    CHECK_INT(q_int(db, "SELECT count(*) FROM orders"), 20000);
    sqlite3_close(db);
    unsetenv("GENBI_DEMO_DB");
    buf_free(&path);
}

static void test_create_errors(void)
{
    struct err e = {0};
    char bad[700];
    snprintf(bad, sizeof bad, "%s/no/such/dir/demo.sqlite", work_dir);
    int rc = demo_create(bad, 1, &e);
    CHECK(rc < 0);
    CHECK_CONTAINS(e.msg, "no/such/dir");
    CHECK(access(bad, F_OK) != 0);
    err_clear(&e);
    CHECK_INT(demo_create("", 1, &e), ERR_USAGE);
    CHECK(e.msg[0] != '\0');
}

static const struct test_case tests[] = {
    {"same_seed_same_content", test_same_seed_same_content},
    {"recreate_replaces_file", test_recreate_replaces_file},
    {"tables_and_counts", test_tables_and_counts},
    {"referential_integrity", test_referential_integrity},
    {"nulls_and_values", test_nulls_and_values},
    {"business_shape", test_business_shape},
    {"default_path", test_default_path},
    {"ensure_creates_once", test_ensure_creates_once},
    {"ensure_replaces_garbage", test_ensure_replaces_garbage},
    {"create_errors", test_create_errors},
};

TEST_MAIN()
