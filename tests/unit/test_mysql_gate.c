/* The MySQL/MariaDB safety gate (db/mysql_gate.c) on text alone: what it lets through, what it
 * refuses and why, and the statement length it hands to the server. */
#include <string.h>

#include "db/mysql_int.h"
#include "test.h"

#include "util/banned.h"

/* 0 when sql passes; else the gate's reason (static buffer). */
static const char *why(const char *sql)
{
    static struct db_error de;
    size_t len;
    memset(&de, 0, sizeof de);
    return my_gate(sql, &len, &de) == 0 ? NULL : de.msg;
}

static void test_reads_pass(void)
{
    static const char *const ok[] = {
        "SELECT 1",
        "select name from regions where name = 'a;b' order by 1",
        "WITH t AS (SELECT 1 AS x) SELECT x FROM t",
        "(SELECT 1) UNION (SELECT 2)",
        "SELECT REPLACE(name, 'a', 'b'), INSERT(name, 1, 2, 'x') FROM t",
        "SELECT `update`, `into` FROM `lock`", /* quoted names are names */
        "SELECT 'INTO OUTFILE', \"FOR UPDATE\" FROM t -- comment\n",
        "SELECT 1 /* plain comment; DROP */ FROM t",
        "SELECT 1 -- trailing comment",
        "SELECT 'a\\' AS x FROM t", /* NO_BACKSLASH_ESCAPES: 'a\' is a whole string */
        "SELECT LAST_INSERT_ID(), CAST(x AS CHAR CHARACTER SET utf8mb4) FROM t",
        "SELECT a FROM t WHERE b = 1;;  ",
        "SELECT 1 FOR SYSTEM_TIME ALL",
        "SELECT handler, value, next FROM t", /* words that are not reserved are names */
        "SELECT 'me@example.com', `a@b` FROM t",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        const char *w = why(ok[i]);
        if (w)
            fprintf(stderr, "  refused %s: %s\n", ok[i], w);
        CHECK(w == NULL);
    }
}

static void test_refusals_say_why(void)
{
    static const struct {
        const char *sql, *reason;
    } bad[] = {
        {"DELETE FROM t", "starts with DELETE"},
        {"  -- c\nDROP TABLE t", "starts with DROP"},
        {"SET SESSION sql_mode = ''", "starts with SET"},
        {"CALL p()", "starts with CALL"},
        {"HANDLER t OPEN", "starts with HANDLER"},
        {"SELECT 1; DROP TABLE t", "more than one statement"},
        {"SELECT 'a\\'; DELETE FROM t; -- '", "more than one statement"},
        {"SELECT 1 # c\n; DELETE FROM t", "'#' comments"},
        {"SELECT 1 --x; DELETE FROM t", "'--' must be followed"},
        {"SELECT 1 /*! ; DELETE FROM t */", "executable comments"},
        {"SELECT 1 /*M!100000 ; DELETE FROM t */", "executable comments"},
        {"SELECT /*+ SET_VAR(sql_mode='') */ 1", "executable comments"},
        {"SELECT [x]", "'['"},
        {"SELECT * FROM t INTO OUTFILE '/tmp/x'", "INTO"},
        {"SELECT 1 INTO @x", "variables"},
        {"SELECT x FROM t FOR UPDATE", "FOR UPDATE"},
        {"SELECT x FROM t FOR SHARE", "FOR SHARE"},
        {"SELECT x FROM t LOCK IN SHARE MODE", "locking"},
        {"SELECT x FROM t PROCEDURE ANALYSE()", "PROCEDURE"},
        {"WITH x AS (SELECT 1) DELETE FROM t", "DELETE changes data"},
        {"WITH x AS (SELECT 1) UPDATE t SET a = 1", "UPDATE changes data"},
        {"SELECT LOAD_FILE('/etc/passwd')", "load_file()"},
        {"SELECT sleep /* x */ (5)", "sleep()"},
        {"SELECT `Benchmark`(1, 1)", "benchmark()"},
        {"SELECT db.get_lock('x', 1)", "get_lock()"},
        {"SELECT LAST_INSERT_ID(5)", "last_insert_id()"},
        {"SELECT NEXT VALUE FOR s", "NEXT VALUE FOR"},
        {"SELECT @a := 1", "variables"},
        {"SELECT a := 1 FROM t", "assignments"},
        {"SELECT @@datadir", "variables"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *w = why(bad[i].sql);
        CHECK(w != NULL);
        if (w) {
            CHECK(strncmp(w, "refused: ", 9) == 0);
            CHECK_CONTAINS(w, bad[i].reason);
        }
    }
}

static void test_statement_length(void)
{
    struct db_error de;
    size_t len = 0;
    const char *sql = "SELECT 1 AS x ; ;\n";
    CHECK_INT(my_gate(sql, &len, &de), 0);
    CHECK_INT((int)len, 13);
    CHECK_INT(my_gate("   ", &len, &de), ERR_DB);
    CHECK_INT(de.cls, DBE_SYNTAX);
    CHECK_INT(my_gate("SELECT 1; x", &len, &de), ERR_UNSAFE);
    CHECK_INT(de.cls, DBE_UNSAFE);
}

static const struct test_case tests[] = {
    {"reads_pass", test_reads_pass},
    {"refusals_say_why", test_refusals_say_why},
    {"statement_length", test_statement_length},
};

TEST_MAIN()
