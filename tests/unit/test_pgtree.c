/* Unit tests for the PostgreSQL parse-tree translator (src/analyze/pgtree*.c) and its place in
 * the fixer: each construct is translated and run on a small made-up SQLite database, and the
 * rows are checked; the traps are literals that look like constructs, nodes the emitter does not
 * know (the token rules then answer), and a translated query that writes (refused by the gate). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze/fix.h"
#include "analyze/fix_int.h"
#include "analyze/pgtree.h"
#include "db/db.h"
#include "test.h"

#include "util/banned.h"

static sqlite3 *g_mem;
static char g_what[512];

static const char *const g_ddl =
    "CREATE TABLE country(id INTEGER PRIMARY KEY, name TEXT, continent TEXT, population INT,"
    "  area REAL, founded TEXT, active INT);"
    "CREATE TABLE city(id INTEGER PRIMARY KEY, country_id INT, name TEXT, pop INT);"
    "INSERT INTO country VALUES (1,'United Kingdom','Europe',67,242.5,'1707-05-01',1),"
    "(2,'United States','America',331,9833.5,'1776-07-04',1),"
    "(3,'France','Europe',68,551.7,'1792-09-22',0),"
    "(4,'Japan','Asia',125,377.9,'1947-05-03 10:30:00',1),"
    "(5,'Brazil','America',214,8515.8,'1822-09-07',NULL);"
    "INSERT INTO city VALUES (1,1,'London',9),(2,1,'Manchester',3),(3,2,'New York',8),"
    "(4,2,'San Diego',1),(5,4,'Tokyo',14),(6,3,'Paris',2);";

static void open_mem(void)
{
    CHECK_INT(sqlite3_open(":memory:", &g_mem), SQLITE_OK);
    CHECK_INT(sqlite3_exec(g_mem, g_ddl, NULL, NULL, NULL), SQLITE_OK);
}

/* The translation of sql (malloc'd), or NULL; g_what says what was done or why not. */
static char *tr(const char *sql)
{
    char *out = NULL;
    struct buf what = BUF_INIT;
    int n = pgtree_ops.translate(sql, &out, &what);
    snprintf(g_what, sizeof g_what, "%s", buf_cstr(&what));
    buf_free(&what);
    CHECK((n > 0) == (out != NULL));
    return out;
}

/* The rows of sql on the test database as "a|b;c|d" (static), or "ERROR: ...". */
static const char *rows(const char *sql)
{
    static char text[2048];
    sqlite3_stmt *st = NULL;
    size_t n = 0;
    text[0] = '\0';
    if (!sql || sqlite3_prepare_v2(g_mem, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(text, sizeof text, "ERROR: %s", sql ? sqlite3_errmsg(g_mem) : "no SQL");
        return text;
    }
    while (sqlite3_step(st) == SQLITE_ROW && n < sizeof text - 1) {
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            const unsigned char *v = sqlite3_column_text(st, c);
            n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", c ? "|" : (n ? ";" : ""),
                                  v ? (const char *)v : "NULL");
            if (n >= sizeof text)
                n = sizeof text - 1;
        }
    }
    sqlite3_finalize(st);
    return text;
}

/* sql translates (naming `note` among what it did) and returns exactly want. */
static void expect_rows(const char *sql, const char *note, const char *want)
{
    char *out = tr(sql);
    if (!out)
        fprintf(stderr, "  not translated: %s (%s)\n", sql, g_what);
    CHECK_STR(rows(out), want);
    CHECK_CONTAINS(g_what, note);
    free(out);
}

/* sql translates to exactly want. */
static void expect_text(const char *sql, const char *want)
{
    char *out = tr(sql);
    CHECK_STR(out, want);
    free(out);
}

/* sql is not translated, and g_what names why. */
static void expect_none(const char *sql, const char *why)
{
    char *out = tr(sql);
    CHECK(out == NULL);
    CHECK_CONTAINS(g_what, why);
    free(out);
}

static void test_distinct_on(void)
{
    expect_rows("SELECT DISTINCT ON (continent) continent, name FROM country "
                "ORDER BY continent, population DESC",
                "DISTINCT ON", "America|United States;Asia|Japan;Europe|France");
    /* The outer names are the items' names; LIMIT applies after the first row per group. */
    expect_text(
        "SELECT DISTINCT ON (Continent) Continent AS c, count(*) FROM country "
        "GROUP BY Continent ORDER BY Continent LIMIT 2",
        "SELECT genbi_c0 AS c, genbi_c1 AS \"count(*)\" FROM (SELECT Continent AS genbi_c0, "
        "count(*) AS genbi_c1, ROW_NUMBER() OVER (PARTITION BY Continent ORDER BY "
        "Continent) AS genbi_rn, ROW_NUMBER() OVER (ORDER BY Continent) AS genbi_ord "
        "FROM country GROUP BY Continent) WHERE genbi_rn = 1 ORDER BY genbi_ord LIMIT 2");
    expect_none("SELECT DISTINCT ON (continent) * FROM country", "DISTINCT ON with *");
}

static void test_casts(void)
{
    expect_rows("SELECT name, population::float / 2, area::int, CAST(population AS numeric) "
                "FROM country WHERE id = 1",
                "::float8", "United Kingdom|33.5|242|67.0");
    /* numeric(p, s) rounds to s decimals; a text length is not translated. */
    expect_rows(
        "SELECT (area / 7)::numeric(10,2), CAST(area AS decimal(6)) FROM country WHERE id = 1",
        "::numeric(p,s)", "34.64|243.0");
    expect_none("SELECT name::varchar(3) FROM country", "cast to varchar");
    expect_rows(
        "SELECT founded::date, founded::timestamp, id::text || 'x' FROM country WHERE id = 4",
        "::date", "1947-05-03|1947-05-03 10:30:00|4x");
    expect_rows("SELECT count(*) FROM country WHERE founded >= DATE '1776-07-04'", "::date", "4");
    expect_none("SELECT id::bool FROM country", "cast to bool");
    expect_none("SELECT ARRAY[1, 2]::int[] FROM country", "not translated");
}

static void test_matching(void)
{
    expect_rows("SELECT name FROM country WHERE name ~* '^united' ORDER BY name", "~*",
                "United Kingdom;United States");
    expect_rows("SELECT name FROM country WHERE name ~ 'an$'", "~", "Japan");
    expect_rows("SELECT name FROM country WHERE name !~* 'an' ORDER BY name", "!~*",
                "Brazil;United Kingdom;United States");
    expect_rows("SELECT name FROM country WHERE name ILIKE '%KING%'", "ILIKE", "United Kingdom");
    expect_rows("SELECT name FROM country WHERE name NOT ILIKE 'u%' ORDER BY 1", "ILIKE",
                "Brazil;France;Japan");
    expect_rows("SELECT name FROM country WHERE name SIMILAR TO 'United S%'", "SIMILAR TO",
                "United States");
    /* A class is a GLOB class; alternatives are one pattern each, joined with OR */
    expect_rows("SELECT name FROM country WHERE name ~ '^[A-F]' ORDER BY name", "~",
                "Brazil;France");
    expect_rows("SELECT name FROM country WHERE name ~* '^[a-f]' ORDER BY name", "~*",
                "Brazil;France");
    expect_rows("SELECT name FROM country WHERE name SIMILAR TO '(Fr|Br)%' ORDER BY name",
                "SIMILAR TO", "Brazil;France");
    expect_rows("SELECT name FROM country WHERE name !~ '^(United|Jap)' ORDER BY name", "!~",
                "Brazil;France");
    /* trap: a repeat of an atom, a look-ahead: more than LIKE or GLOB can say */
    expect_none("SELECT name FROM country WHERE name ~ '^U[a-z]+d'", "~ ^U[a-z]+d");
    expect_none("SELECT name FROM country WHERE name ~ '^(?=U)'", "~ ^(?=U)");
}

static void test_any_all(void)
{
    expect_rows("SELECT name FROM country WHERE id = ANY(ARRAY[1, 3]) ORDER BY id", "= ANY(ARRAY)",
                "United Kingdom;France");
    expect_rows("SELECT name FROM country WHERE continent <> ALL(ARRAY['Europe', 'Asia']::text[]) "
                "ORDER BY id",
                "<> ALL(ARRAY)", "United States;Brazil");
    /* x <> ANY(...) is true for almost any x: not an IN. */
    expect_none("SELECT name FROM country WHERE id <> ANY(ARRAY[1, 3])", "ANY <>");
}

static void test_dates(void)
{
    expect_rows("SELECT EXTRACT(YEAR FROM founded), EXTRACT(MONTH FROM founded), "
                "EXTRACT(DAY FROM founded), EXTRACT(DOW FROM founded), date_part('year', founded), "
                "EXTRACT(QUARTER FROM founded) FROM country WHERE id = 2",
                "EXTRACT", "1776|7|4|4|1776|3");
    expect_rows("SELECT EXTRACT(EPOCH FROM founded) FROM country WHERE id = 4", "EXTRACT",
                "-715267800.0");
    expect_rows("SELECT EXTRACT(EPOCH FROM (founded::timestamp - '1947-05-03'::timestamp)), "
                "EXTRACT(DAY FROM founded - '1947-04-30') FROM country WHERE id = 4",
                "EXTRACT", "37800.0|3");
    /* seconds divided by a day are days with a fraction, as in PostgreSQL */
    expect_rows("SELECT EXTRACT(EPOCH FROM (founded::timestamp - '1947-05-03'::timestamp)) / 86400 "
                "FROM country WHERE id = 4",
                "EXTRACT", "0.4375");
    expect_rows("SELECT EXTRACT(DAY FROM founded::date - 3), EXTRACT(DAY FROM founded::date - "
                "INTERVAL '5 days') FROM country WHERE id = 2",
                "EXTRACT", "1|29");
    expect_rows("SELECT date_trunc('month', founded), date_trunc('year', founded) FROM country "
                "WHERE id = 2",
                "date_trunc", "1776-07-01|1776-01-01");
    expect_rows("SELECT to_char(founded, 'YYYY-MM'), TO_CHAR(founded, 'DD/MM/YYYY HH24:MI') "
                "FROM country WHERE id = 4",
                "TO_CHAR", "1947-05|03/05/1947 10:30");
    expect_rows("SELECT founded::date + INTERVAL '1 month', founded - interval '2 days', "
                "founded::date - '1776-07-01'::date FROM country WHERE id = 2",
                "interval", "1776-08-04|1776-07-02 00:00:00|3");
    expect_rows("SELECT count(*) FROM country WHERE founded > CURRENT_DATE - INTERVAL '1 year 6 "
                "months'",
                "interval", "0");
    /* date ± integer is a date; date minus a column is a date or a number of days. */
    expect_rows("SELECT founded::date - 3, 2 + founded::date FROM country WHERE id = 2",
                "date + integer", "1776-07-01|1776-07-06");
    expect_none("SELECT CURRENT_DATE - founded FROM country", "date arithmetic -");
    /* a difference of timestamps against an interval of fixed length: days, fraction and
     * all; months have no fixed length */
    expect_rows("SELECT name FROM country WHERE '1947-05-04'::timestamp - founded::timestamp < "
                "INTERVAL '14 hours' AND INTERVAL '2 weeks' > founded - '1947-04-30'",
                "interval", "Japan");
    expect_none("SELECT name FROM country WHERE now() - founded::timestamp > INTERVAL '1 month'",
                "date arithmetic -");
    expect_none("SELECT now() - founded::timestamp FROM country", "date arithmetic -");
    expect_rows("SELECT to_char(founded, 'FMMonth YYYY'), to_char(founded, 'Dy'), "
                "to_char(founded, 'Month') || '|' FROM country WHERE id = 2",
                "TO_CHAR", "July 1776|Thu|July     |");
    expect_none("SELECT to_char(founded, 'WW') FROM country", "TO_CHAR format WW");
    expect_rows("SELECT split_part(name, ' ', 1), split_part(name, ' ', 2), "
                "concat_ws('-', continent, NULL, name) FROM country WHERE id = 1",
                "split_part", "United|Kingdom|Europe-United Kingdom");
    expect_rows("SELECT split_part(name, ' ', 2), trunc(area, 0), trunc(area::numeric, 1) "
                "FROM country WHERE id = 3",
                "split_part", "|551.0|551.7");
    expect_none("SELECT EXTRACT(WEEK FROM founded) FROM country", "EXTRACT week");
    expect_none("SELECT age(founded::date) FROM country", "function age");
    /* whole years elapsed: 1776-07-04 to 1777-07-03 is not yet a year */
    expect_rows("SELECT EXTRACT(YEAR FROM age('1777-07-03'::date, founded)), "
                "date_part('year', age('1777-07-04', founded)) FROM country WHERE id = 2",
                "age", "0|1");
    expect_rows("SELECT count(*) FROM country WHERE EXTRACT(YEAR FROM age(founded)) > 100", "age",
                "4");
    expect_none("SELECT EXTRACT(MONTH FROM age(founded)) FROM country", "EXTRACT from age month");
}

static void test_strings_and_aggregates(void)
{
    expect_rows("SELECT position('King' IN name), strpos(name, 'd') FROM country WHERE id = 1",
                "POSITION", "8|6");
    expect_rows("SELECT continent, bool_or(population > 100), every(population > 100) FROM country "
                "GROUP BY continent ORDER BY continent",
                "bool_or", "America|1|1;Asia|1|1;Europe|0|0");
    expect_rows(
        "SELECT name || ' (' || continent || ')' FROM country WHERE id = 3 AND active = false",
        "true/false", "France (Europe)");
    expect_none("SELECT concat(name, NULL, '!') FROM country WHERE id::int = 3", "function concat");
    expect_rows("SELECT string_agg(name, ', ') FROM city WHERE country_id = 2", "string_agg",
                "New York, San Diego");
    expect_rows("SELECT substring(name FROM 1 FOR 3), left(name, 2), right(name, 3), "
                "char_length(name) FROM country WHERE id = 5",
                "SUBSTRING", "Bra|Br|zil|6");
    /* PostgreSQL's || binds looser than +, SQLite's tighter: the tree keeps PostgreSQL's. */
    expect_rows("SELECT id + 2 || 'x' FROM country WHERE id = 1 AND name ILIKE 'u%'", "ILIKE",
                "3x");
    expect_none("SELECT string_agg(name, ',' ORDER BY name) FROM country", "agg_order");
    expect_none("SELECT sum(id) OVER (ORDER BY id ROWS 2 PRECEDING) FROM country", "WindowDef");
}

static void test_query_shapes(void)
{
    /* CTE, join with aliases, subquery in FROM, GROUP BY / HAVING, ORDER BY / LIMIT / OFFSET,
     * CASE, sublinks, boolean and null tests, NULLS LAST, true/false. */
    expect_none("WITH big AS (SELECT id, name FROM country WHERE population > 100) "
                "SELECT b.name, count(c.id) AS n FROM big b JOIN city c ON c.country_id = b.id "
                "GROUP BY b.name HAVING count(*) >= 1 ORDER BY n DESC, b.name LIMIT 5 OFFSET 0",
                "nothing to translate");
    expect_rows("WITH big AS (SELECT id, name FROM country WHERE population::int > 100) "
                "SELECT b.name, count(c.id) AS n FROM big b JOIN city c ON c.country_id = b.id "
                "GROUP BY b.name HAVING count(*) >= 1 ORDER BY n DESC, b.name LIMIT 1 OFFSET 1",
                "::int4", "Japan|1");
    expect_rows("SELECT name, CASE WHEN active IS TRUE THEN 'yes' WHEN active IS NULL THEN '?' "
                "ELSE 'no' END FROM country WHERE id IN (SELECT country_id FROM city) "
                "AND EXISTS (SELECT 1 FROM city WHERE city.country_id = country.id AND pop > 2) "
                "AND population < (SELECT max(population) FROM country) AND active = true "
                "ORDER BY name",
                "true/false", "Japan|yes;United Kingdom|yes");
    expect_rows("SELECT x.n FROM (SELECT name AS n, active FROM public.country) AS x "
                "ORDER BY x.active NULLS LAST, x.n FETCH FIRST 2 ROWS ONLY",
                "public.", "France;Japan");
    expect_rows("SELECT name FROM country WHERE continent = 'Europe' AND id::int > 0 UNION "
                "SELECT name FROM city WHERE pop > 8 EXCEPT SELECT 'Paris' ORDER BY 1",
                "::int4", "France;London;Tokyo;United Kingdom");
    expect_rows("SELECT count(*) FILTER (WHERE active = true), sum(pop::int) FROM country "
                "LEFT JOIN city ON city.country_id = country.id",
                "true/false", "5|37");
    expect_rows("SELECT name, rank() OVER (PARTITION BY continent ORDER BY population DESC) "
                "FROM country WHERE id::int BETWEEN 1 AND 3 ORDER BY id",
                "::int4", "United Kingdom|2;United States|1;France|1");
    /* Names keep the query's spelling (PostgreSQL folds them), quoted ones their case. */
    expect_text("SELECT Name, \"Mixed\", COUNT(*) FROM Country WHERE Name ILIKE 'a%' GROUP BY 1",
                "SELECT Name, \"Mixed\", COUNT(*) FROM Country WHERE Name LIKE 'a%' GROUP BY 1");
    /* A double-quoted word SQLite reads as a string when no column has its name stays quoted. */
    expect_rows("SELECT count(*)::int FROM country WHERE continent = \"Europe\"", "::int4", "2");
    expect_rows("SELECT name FROM country ORDER BY id LIMIT ALL OFFSET 3", "LIMIT ALL",
                "Japan;Brazil");
    expect_text("SELECT -3 + id, 2 - -1 FROM country WHERE id = ANY(ARRAY[-1, 0])",
                "SELECT -3 + id, 2 - -1 FROM country WHERE id IN (-1, 0)");
}

static void test_traps(void)
{
    /* A literal that says '::' or '~' is a value, not a construct. */
    expect_rows("SELECT 'a::int ~* b', id::text FROM country WHERE name <> 'x ~ y' AND id = 1",
                "::text", "a::int ~* b|1");
    expect_text("SELECT 'it''s ~ ::date' AS s, id::int FROM country",
                "SELECT 'it''s ~ ::date' AS s, CAST(id AS INTEGER) FROM country");
    /* Nothing to translate, not PostgreSQL, several statements, not a SELECT. */
    expect_none("SELECT name FROM country", "nothing to translate");
    expect_none("SELECT name FROM country LIMIT 1, 2", "does not parse as PostgreSQL");
    expect_none("SELECT id::int FROM country; SELECT 1", "several statements");
    expect_none("DELETE FROM country WHERE name ~* '^fr'", "DeleteStmt");
    expect_none("WITH d AS (DELETE FROM city RETURNING id) SELECT id::int FROM d", "WITH");
    expect_none("SELECT id::int FROM country FOR UPDATE", "lockingClause");
    expect_none("SELECT generate_series(1, 3)::int", "function generate_series");
    expect_none("SELECT * FROM country, LATERAL (SELECT 1) x WHERE id::int = 1", "lateral");
    expect_none(
        "SELECT a_name_that_is_much_longer_than_the_sixty_three_bytes_postgres_keeps_x::int "
        "FROM country",
        "63 bytes");
}

/* The fixer: the tree first, the token rules when the tree does not translate, and the trace
 * says which. */
static void test_fixer_order(void)
{
    char *out = NULL;
    struct buf what = BUF_INIT;
    CHECK(fx_dialect_repair("SELECT name FROM country WHERE name ~* '^fr'", "sqlite", NULL, &out,
                            &what) > 0);
    CHECK_STR(out, "SELECT name FROM country WHERE name LIKE 'fr%'");
    CHECK_CONTAINS(buf_cstr(&what), "postgresql parse tree: ~*");
    free(out);
    buf_reset(&what);
    /* generate_series is unknown to the tree: the token rules translate the ILIKE. */
    CHECK(fx_dialect_repair("SELECT generate_series(1, 2) WHERE 'a' ILIKE 'A'", "sqlite", NULL,
                            &out, &what) > 0);
    CHECK_STR(out, "SELECT generate_series(1, 2) WHERE 'a' LIKE 'A'");
    CHECK_CONTAINS(buf_cstr(&what), "token rules: postgresql ILIKE");
    CHECK_CONTAINS(buf_cstr(&what), "not translated: function generate_series");
    free(out);
    buf_reset(&what);
    /* T-SQL forms are rewritten by the token rules before the tree reads the query. */
    CHECK(fx_dialect_repair("SELECT TOP 2 name FROM country WHERE name ILIKE N'%a%' ORDER BY id",
                            "sqlite", NULL, &out, &what) > 0);
    CHECK_STR(out, "SELECT name FROM country WHERE name LIKE '%a%' ORDER BY id LIMIT 2");
    CHECK_CONTAINS(buf_cstr(&what), "before it, token rules: tsql TOP");
    CHECK_STR(rows(out), "United States;France");
    free(out);
    buf_reset(&what);
    /* trap: T-SQL's string + (a token rule run before the tree) leaves date arithmetic be */
    CHECK(fx_dialect_repair("SELECT TIMESTAMP '2018-03-09 19:00:00' + INTERVAL '3 minutes'",
                            "sqlite", NULL, &out, &what) > 0);
    CHECK_STR(rows(out), "2018-03-09 19:03:00");
    free(out);
    buf_reset(&what);
    /* Other targets keep the token rules alone. */
    CHECK(fx_dialect_repair("SELECT IFNULL(name, 'x') FROM country", "postgresql", NULL, &out,
                            &what) > 0);
    CHECK_STR(out, "SELECT COALESCE(name, 'x') FROM country");
    free(out);
    buf_free(&what);
}

/* A query that writes is refused by the gate whatever the translation made of it, and the
 * data stays as it was. */
static void test_gate_after_translation(void)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    char path[512];
    snprintf(path, sizeof path, "%s/test_pgtree_%d.sqlite", dir ? dir : "/tmp", (int)getpid());
    unlink(path);
    sqlite3 *w = NULL;
    CHECK_INT(sqlite3_open(path, &w), SQLITE_OK);
    CHECK_INT(sqlite3_exec(w, g_ddl, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(w);
    struct db *db = NULL;
    struct schema s;
    struct err e = {0};
    memset(&s, 0, sizeof s);
    CHECK_INT(db_open(path, &db, &e), 0);
    CHECK_INT(db_introspect(db, &s, &e), 0);
    static const char *const writes[] = {
        "DELETE FROM country WHERE name ~* '^fr'",
        "WITH d AS (DELETE FROM city RETURNING id) SELECT id::int FROM d",
        "UPDATE country SET name = 'x' WHERE id::int = 1",
        "SELECT id::int FROM country; DELETE FROM country",
    };
    for (size_t k = 0; k < sizeof writes / sizeof writes[0]; k++) {
        struct db_error de;
        memset(&de, 0, sizeof de);
        CHECK(db_check(db, writes[k], &de) != 0);
        struct fix_chain ch;
        int n = fix_error_chain(&s, db, writes[k], &de, &ch);
        CHECK(n >= 0);
        CHECK_INT(ch.passes, 0);
        for (size_t i = 0; i < ch.n_steps; i++) {
            struct db_error again;
            memset(&again, 0, sizeof again);
            CHECK(db_check(db, ch.steps[i].sql, &again) != 0);
        }
        fix_chain_free(&ch);
    }
    schema_free(&s);
    db_close(db);
    CHECK_INT(sqlite3_open(path, &w), SQLITE_OK);
    sqlite3 *keep = g_mem;
    g_mem = w;
    CHECK_STR(rows("SELECT count(*), (SELECT count(*) FROM city), min(name) FROM country"),
              "5|6|Brazil");
    g_mem = keep;
    sqlite3_close(w);
    unlink(path);
}

static void teardown(void)
{
    sqlite3_close(g_mem);
}

static const struct test_case tests[] = {
    {"open", open_mem},
    {"distinct_on", test_distinct_on},
    {"casts", test_casts},
    {"matching", test_matching},
    {"any_all", test_any_all},
    {"dates", test_dates},
    {"strings_and_aggregates", test_strings_and_aggregates},
    {"query_shapes", test_query_shapes},
    {"traps", test_traps},
    {"fixer_order", test_fixer_order},
    {"gate_after_translation", test_gate_after_translation},
};

TEST_MAIN_FIXTURE(test_no_fixture_, teardown)
