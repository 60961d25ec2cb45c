/* Ties at a LIMIT's cut-off: the probe's shape on SQL text, and the check on a database made
 * here. The traps: shapes where a probe would say something false (DISTINCT, an OFFSET too far
 * or not a number, a set operation, a positional key, a LIMIT inside a subquery only). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze/ties.h"
#include "db/db.h"
#include "test.h"

#include "util/banned.h"

static void test_probe_shapes(void)
{
    long n = 0, m = 0;
    size_t k = 0;
    char *p = ties_probe_sql("SELECT t1.name FROM products AS t1 ORDER BY t1.price DESC LIMIT 2;",
                             &n, &m, &k);
    CHECK_STR(p, "SELECT t1.name, t1.price FROM products AS t1 ORDER BY t1.price DESC LIMIT 3");
    CHECK_INT(n, 2);
    CHECK_INT(k, 1);
    free(p);
    CHECK_INT(m, 0);
    p = ties_probe_sql("SELECT c, COUNT(*) FROM t GROUP BY c ORDER BY COUNT(*) DESC, c ASC LIMIT 1",
                       &n, &m, &k);
    CHECK_STR(p, "SELECT c, COUNT(*), COUNT(*), c FROM t GROUP BY c ORDER BY COUNT(*) DESC, c ASC "
                 "LIMIT 2");
    CHECK_INT(k, 2);
    free(p);
    /* a place in a ranking: the rows from the first, one past the cut */
    p = ties_probe_sql("SELECT name FROM t ORDER BY price DESC LIMIT 1 OFFSET 2", &n, &m, &k);
    CHECK_STR(p, "SELECT name, price FROM t ORDER BY price DESC LIMIT 4");
    CHECK_INT(n, 1);
    CHECK_INT(m, 2);
    free(p);
    static const char *const none[] = {
        "SELECT DISTINCT name FROM t ORDER BY price DESC LIMIT 2",
        "SELECT name FROM t ORDER BY price DESC LIMIT 2 OFFSET 500",
        "SELECT name FROM t ORDER BY price DESC LIMIT 2 OFFSET ?",
        "SELECT name FROM t ORDER BY 1 DESC LIMIT 2",
        "SELECT name FROM t UNION SELECT name FROM u ORDER BY name LIMIT 2",
        "SELECT name FROM t WHERE id IN (SELECT id FROM u ORDER BY x LIMIT 2)",
        "SELECT name FROM t ORDER BY price DESC",
        "SELECT name FROM t ORDER BY price DESC LIMIT 500",
        "SELECT name FROM t LIMIT 2",
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        p = ties_probe_sql(none[i], &n, &m, &k);
        if (p)
            fprintf(stderr, "probe for %s: %s\n", none[i], p);
        CHECK(p == NULL);
        free(p);
    }
}

static void test_ties_on_data(void)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    char path[512];
    snprintf(path, sizeof path, "%s/test_ties_%d.sqlite", dir ? dir : "/tmp", (int)getpid());
    unlink(path);
    sqlite3 *s;
    CHECK_INT(sqlite3_open(path, &s), SQLITE_OK);
    CHECK_INT(sqlite3_exec(s,
                           "CREATE TABLE products(id INTEGER PRIMARY KEY, name TEXT, price REAL);"
                           "INSERT INTO products VALUES (1,'A',10),(2,'B',30),(3,'C',20),"
                           "(4,'D',20),(5,'E',5);",
                           NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(s);
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open(path, &db, &e), 0);
    struct db_limits lim = {.timeout_ms = 2000, .row_cap = 100};
    /* C and D share 20: the 2nd row has no single answer; the 1st and the 3rd have */
    CHECK_INT(ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC LIMIT 2", &lim), 1);
    CHECK_INT(ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC LIMIT 1", &lim), 0);
    CHECK_INT(ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC LIMIT 3", &lim), 0);
    /* a second key that breaks the tie */
    CHECK_INT(ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC, name LIMIT 2", &lim),
              0);
    /* a place in the ranking: the 2nd and the 3rd share 20, the 4th does not */
    CHECK_INT(
        ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC LIMIT 1 OFFSET 1", &lim), 1);
    CHECK_INT(
        ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC LIMIT 1 OFFSET 2", &lim), 1);
    CHECK_INT(
        ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC LIMIT 1 OFFSET 3", &lim), 0);
    /* rows that tie but show the same thing: either is the answer */
    CHECK_INT(ties_at_cut(db, "SELECT price FROM products ORDER BY price DESC LIMIT 2", &lim), 0);
    /* fewer rows than the LIMIT: nothing is cut */
    CHECK_INT(ties_at_cut(db, "SELECT name FROM products ORDER BY price DESC LIMIT 5", &lim), 0);
    /* no such shape, or a probe that does not run: nothing is said */
    CHECK_INT(ties_at_cut(db, "SELECT name FROM products ORDER BY 2 LIMIT 2", &lim), -1);
    CHECK_INT(ties_at_cut(db, "SELECT name FROM products ORDER BY nope LIMIT 2", &lim), -1);
    db_close(db);
    unlink(path);
}

static const struct test_case tests[] = {
    {"probe_shapes", test_probe_shapes},
    {"ties_on_data", test_ties_on_data},
};

TEST_MAIN()
