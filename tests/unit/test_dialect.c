/* The driver-owned dialects: lookup by name, template expansion, identifier quoting, server error
 * classes, and SQLite's date, cast and match templates run on SQLite itself. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "db/dialect.h"
#include "test.h"

static void test_lookup(void)
{
    CHECK(db_dialect_named("sqlite") == &db_sqlite_dialect);
    CHECK(db_dialect_named("PostgreSQL") == &db_postgres_dialect);
    CHECK(db_dialect_named("postgres") == &db_postgres_dialect);
    CHECK(db_dialect_named("mariadb") == &db_mysql_dialect);
    CHECK(db_dialect_named("MySQL") == &db_mysql_dialect);
    CHECK(db_dialect_named(NULL) == &db_sqlite_dialect);
    CHECK(db_dialect_named("oracle") == &db_sqlite_dialect);
    CHECK(db_sqlite_driver.dialect == &db_sqlite_dialect);
    CHECK(db_dialect_of(NULL) == &db_sqlite_dialect);
}

static char *put(const char *t, const char *a, const char *b)
{
    struct buf out = BUF_INIT;
    CHECK_INT(db_dialect_put(&out, t, a, b), 0);
    return buf_detach(&out);
}

static void test_put(void)
{
    char *s = put("strftime('%Y', $1) - $2 || '$3'", "o.d", "1");
    CHECK_STR(s, "strftime('%Y', o.d) - 1 || '$3'");
    free(s);
    s = put("DATEDIFF($2, $1)", "a", NULL);
    CHECK_STR(s, "DATEDIFF(, a)");
    free(s);
    s = put("$", "x", "y");
    CHECK_STR(s, "$");
    free(s);
}

static char *ident(const struct db_dialect *d, const char *name)
{
    struct buf out = BUF_INIT;
    db_dialect_put_ident(&out, d, name);
    CHECK(!out.failed);
    return buf_detach(&out);
}

static void test_ident(void)
{
    static const struct {
        const struct db_dialect *d;
        const char *in, *want;
    } cases[] = {
        {&db_sqlite_dialect, "orders", "orders"},
        {&db_sqlite_dialect, "Order", "\"Order\""}, /* reserved, any case */
        {&db_sqlite_dialect, "OrderDate", "OrderDate"},
        {&db_postgres_dialect, "OrderDate", "\"OrderDate\""}, /* folds unquoted to lower */
        {&db_postgres_dialect, "order_date", "order_date"},
        {&db_mysql_dialect, "group", "`group`"},
        {&db_mysql_dialect, "a`b", "`a``b`"},
        {&db_sqlite_dialect, "a\"b", "\"a\"\"b\""},
        {&db_sqlite_dialect, "2nd", "\"2nd\""},
        {&db_sqlite_dialect, "unit price", "\"unit price\""},
        {&db_sqlite_dialect, "", "\"\""},
        /* reserved in one dialect only, quoted in all (one list, util/sqllex) */
        {&db_sqlite_dialect, "partition", "\"partition\""},
        {&db_postgres_dialect, "Over", "\"Over\""},
        {&db_mysql_dialect, "returning", "`returning`"},
        {&db_sqlite_dialect, "constraint", "\"constraint\""},
        {&db_sqlite_dialect, "top", "top"}, /* a query word in T-SQL, reserved nowhere here */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = ident(cases[i].d, cases[i].in);
        CHECK_STR(s, cases[i].want);
        free(s);
    }
    CHECK(db_dialect_reserved(&db_postgres_dialect, "SELECT"));
    CHECK(!db_dialect_reserved(&db_postgres_dialect, "customer"));
    CHECK(db_dialect_reserved(&db_mysql_dialect, "Except"));
    CHECK(!db_dialect_reserved(&db_mysql_dialect, "exceptions"));
}

static void test_classify(void)
{
    static const struct {
        const struct db_dialect *d;
        const char *code, *msg;
        enum db_errclass cls;
        const char *ident;
    } cases[] = {
        {&db_postgres_dialect, "42703", "column \"T1.nme\" does not exist", DBE_UNKNOWN_COLUMN,
         "T1.nme"},
        {&db_postgres_dialect, "42P01", "relation \"ordrs\" does not exist", DBE_UNKNOWN_TABLE,
         "ordrs"},
        {&db_postgres_dialect, "42702", "column reference \"id\" is ambiguous",
         DBE_AMBIGUOUS_COLUMN, "id"},
        {&db_postgres_dialect, "42601", "syntax error at or near \"FORM\"", DBE_SYNTAX, ""},
        {&db_postgres_dialect, "42883", "function len(text) does not exist", DBE_FUNCTION, "len"},
        {&db_postgres_dialect, "42804", "argument of WHERE must be type boolean", DBE_TYPE, ""},
        {&db_postgres_dialect, "22P02", "invalid input syntax for type integer", DBE_TYPE, ""},
        {&db_postgres_dialect, "42803", "aggregate functions are not allowed in WHERE",
         DBE_AGGREGATE, ""},
        {&db_postgres_dialect, "42803", "column \"t.x\" must appear in the GROUP BY clause",
         DBE_GROUP_BY, ""},
        {&db_postgres_dialect, "22012", "division by zero", DBE_DIVZERO, ""},
        {&db_postgres_dialect, "57014", "canceling statement due to statement timeout", DBE_TIMEOUT,
         ""},
        {&db_postgres_dialect, "25006", "cannot execute INSERT in a read-only transaction",
         DBE_UNSAFE, ""},
        {&db_postgres_dialect, "22001", "value too long", DBE_TYPE, ""}, /* class 22 */
        {&db_postgres_dialect, "08006", "connection failure", DBE_OTHER, ""},
        {&db_postgres_dialect, "4270", "short", DBE_OTHER, ""},
        {&db_postgres_dialect, NULL, "no code", DBE_OTHER, ""},
        {&db_mysql_dialect, "1054", "Unknown column 'T2.nme' in 'field list'", DBE_UNKNOWN_COLUMN,
         "T2.nme"},
        {&db_mysql_dialect, "1146", "Table 'shop.ordrs' doesn't exist", DBE_UNKNOWN_TABLE, "ordrs"},
        {&db_mysql_dialect, "1052", "Column 'id' in field list is ambiguous", DBE_AMBIGUOUS_COLUMN,
         "id"},
        {&db_mysql_dialect, "1064", "You have an error in your SQL syntax", DBE_SYNTAX, ""},
        {&db_mysql_dialect, "1305", "FUNCTION shop.len does not exist", DBE_FUNCTION, "len"},
        {&db_mysql_dialect, "1111", "Invalid use of group function", DBE_AGGREGATE, ""},
        {&db_mysql_dialect, "1055", "isn't in GROUP BY", DBE_GROUP_BY, ""},
        {&db_mysql_dialect, "1365", "Division by 0", DBE_DIVZERO, ""},
        {&db_mysql_dialect, "3024", "maximum statement execution time exceeded", DBE_TIMEOUT, ""},
        {&db_mysql_dialect, "1969", "Query execution was interrupted", DBE_TIMEOUT, ""},
        {&db_mysql_dialect, "1792", "read-only transaction", DBE_UNSAFE, ""},
        {&db_mysql_dialect, "1242", "Subquery returns more than 1 row", DBE_TOO_MANY_ROWS, ""},
        {&db_mysql_dialect, "9999", "unknown", DBE_OTHER, ""},
        {&db_mysql_dialect, "10x", "not a number", DBE_OTHER, ""},
        {&db_sqlite_dialect, NULL, "no such column: nme", DBE_UNKNOWN_COLUMN, "nme"},
        {&db_sqlite_dialect, NULL, "wrong number of arguments to function foo()", DBE_FUNCTION,
         "foo"},
        {&db_sqlite_dialect, NULL, "near \"FORM\": syntax error", DBE_SYNTAX, ""},
        {&db_sqlite_dialect, NULL, NULL, DBE_OTHER, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct db_error de;
        memset(&de, 0x5a, sizeof de);
        cases[i].d->classify(&de, cases[i].code, cases[i].msg);
        CHECK_STR(db_errclass_name(de.cls), db_errclass_name(cases[i].cls));
        CHECK_STR(de.ident, cases[i].ident);
        CHECK_INT(de.pos, -1);
        CHECK_STR(de.msg, cases[i].msg ? cases[i].msg : "");
    }
}

/* One value of expression t over $1 = a, $2 = b, computed by SQLite. */
static char *sqlite_value(sqlite3 *db, const char *t, const char *a, const char *b)
{
    char *expr = put(t, a, b);
    struct buf sql = BUF_INIT;
    buf_printf(&sql, "SELECT %s", expr);
    free(expr);
    sqlite3_stmt *st = NULL;
    char *out = NULL;
    if (sqlite3_prepare_v2(db, sql.data, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        out = strdup((const char *)sqlite3_column_text(st, 0));
    else
        fprintf(stderr, "cannot run %s: %s\n", sql.data, sqlite3_errmsg(db));
    sqlite3_finalize(st);
    buf_free(&sql);
    return out;
}

static void test_sqlite_templates_run(void)
{
    const struct db_dialect *d = &db_sqlite_dialect;
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open(":memory:", &db), SQLITE_OK);
    static const char day[] = "'2023-08-17 10:30:00'"; /* a Thursday in Q3 */
    const struct {
        const char *t, *b, *want;
    } cases[] = {
        {d->year, NULL, "2023"},
        {d->year_month, NULL, "2023-08"},
        {d->month, NULL, "8"},
        {d->quarter, NULL, "3"},
        {d->weekday, NULL, "4"},
        {d->days_between, "'2023-09-01'", "15"},
        {d->days_between, "'2023-08-18 09:00:00'", "1"}, /* calendar days, not 24-hour spans */
        {d->month_text, NULL, "08"},
        {d->minus_months, "6", "2023-02-17"},
        {d->minus_days, "30", "2023-07-18"},
        {d->trunc_month, NULL, "2023-08-01"},
        {d->trunc_year, NULL, "2023-01-01"},
        {d->cast_int, NULL, "2023"},
        {d->lower, NULL, "2023-08-17 10:30:00"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *v = sqlite_value(db, cases[i].t, day, cases[i].b);
        CHECK_STR(v, cases[i].want);
        free(v);
    }
    char *v = sqlite_value(db, d->cast_real, "'2.5'", NULL);
    CHECK_STR(v, "2.5");
    free(v);
    v = sqlite_value(db, d->like_nocase, "'Airport Road'", "'%airport%'");
    CHECK_STR(v, "1");
    free(v);
    v = sqlite_value(db, d->true_lit, NULL, NULL);
    CHECK_STR(v, "1");
    free(v);
    sqlite3_close(db);
}

/* Every built-in dialect fills every template: a missing one would crash its first user. */
static void test_tables_complete(void)
{
    const struct db_dialect *all[] = {&db_sqlite_dialect, &db_postgres_dialect, &db_mysql_dialect};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        const struct db_dialect *d = all[i];
        const char *fields[] = {d->name,        d->title,       d->year,       d->year_month,
                                d->month,       d->quarter,     d->weekday,    d->days_between,
                                d->trunc_month, d->trunc_year,  d->cast_real,  d->cast_int,
                                d->cast_text,   d->like_nocase, d->lower,      d->limit,
                                d->true_lit,    d->false_lit,   d->month_text, d->minus_days,
                                d->minus_months};
        for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++)
            CHECK(fields[f] && fields[f][0]);
        CHECK(d->classify != NULL);
        /* quoting agrees with the SQL reader's reserved words in every dialect */
        CHECK(db_dialect_reserved(d, "order") && db_dialect_reserved(d, "fetch"));
        CHECK(!db_dialect_reserved(d, "orders"));
        CHECK(d->quote == '"' || d->quote == '`');
        CHECK(db_dialect_named(d->name) == d);
    }
}

/* The line model prompts carry: each dialect's own date functions, written out. */
static void test_describe_dates(void)
{
    struct buf b = BUF_INIT;
    CHECK_INT(db_dialect_describe_dates(&b, &db_postgres_dialect), 0);
    CHECK_CONTAINS(buf_cstr(&b), "Dates in PostgreSQL: year of d: EXTRACT(YEAR FROM d);");
    CHECK_CONTAINS(buf_cstr(&b), "days from a to b: (CAST(b AS DATE) - CAST(a AS DATE))");
    buf_reset(&b);
    CHECK_INT(db_dialect_describe_dates(&b, &db_mysql_dialect), 0);
    CHECK_CONTAINS(buf_cstr(&b), "year-month 'YYYY-MM': DATE_FORMAT(d, '%Y-%m')");
    CHECK_CONTAINS(buf_cstr(&b), "days from a to b: DATEDIFF(b, a)");
    buf_reset(&b);
    CHECK_INT(db_dialect_describe_dates(&b, &db_sqlite_dialect), 0);
    CHECK_CONTAINS(buf_cstr(&b), "year of d: strftime('%Y', d)");
    buf_free(&b);
}

static const struct test_case tests[] = {
    {"lookup", test_lookup},
    {"describe_dates", test_describe_dates},
    {"put", test_put},
    {"ident", test_ident},
    {"classify", test_classify},
    {"sqlite_templates_run", test_sqlite_templates_run},
    {"tables_complete", test_tables_complete},
};

TEST_MAIN()
