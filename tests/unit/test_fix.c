/* Unit tests for the fixer: error classification tables (SQLSTATE, MySQL errno), the dialect
 * rewriter, name distance, each deterministic repair against a real SQLite database, the
 * value-literal repair from the value index, the repair chain, and the learning log. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze/fix.h"
#include "analyze/fix_int.h"
#include "db/db.h"
#include "test.h"

#include "util/banned.h"

static char db_path[512];

static void make_db(void)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    snprintf(db_path, sizeof db_path, "%s/test_fix_%d.sqlite", dir ? dir : "/tmp", (int)getpid());
    if (dir) {
        char cmd[600];
        snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
        CHECK_INT(system(cmd), 0);
    }
    unlink(db_path);
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open(db_path, &db), SQLITE_OK);
    const char *ddl =
        "CREATE TABLE singer(singer_id INTEGER PRIMARY KEY, name TEXT, country TEXT, age INT);"
        "CREATE TABLE song(song_id INTEGER PRIMARY KEY, song_name TEXT, singer_id INT "
        "  REFERENCES singer(singer_id), sales REAL, released TEXT);"
        "CREATE TABLE concert(concert_id INTEGER PRIMARY KEY, name TEXT, year INT);"
        "CREATE TABLE chart_entry(entry_id INTEGER PRIMARY KEY, song_id INT, week INT);"
        "CREATE TABLE song_awards(sa_id INTEGER PRIMARY KEY, song_id INT, award_title TEXT);"
        "CREATE TABLE singer_awards(ra_id INTEGER PRIMARY KEY, singer_id INT, prize TEXT);"
        "CREATE TABLE contestants(contestant_number INTEGER PRIMARY KEY, contestant_name TEXT);"
        "CREATE TABLE ballots(ballot_id INTEGER PRIMARY KEY, contestant_number INT);"
        "INSERT INTO singer VALUES (1,'Joe Sharp','Netherlands',52),(2,'Timbaland','United "
        "States',32),(3,'Justin Brown','France',29),(4,'Rose White','France',41);"
        "INSERT INTO song VALUES (1,'You',1,300.5,'2019-03-01'),(2,'Sun',2,120,'2020-06-11'),"
        "(3,'Gentleman',3,50,'2021-01-20'),(4,'Love',4,80,'2020-02-02');"
        "INSERT INTO concert VALUES (1,'Auditions',2014),(2,'Super bootcamp',2015);"
        "CREATE TABLE genre(genre_code TEXT PRIMARY KEY, genre_desc TEXT);"
        "CREATE TABLE album(album_id INTEGER PRIMARY KEY, title TEXT, genre_code TEXT "
        "  REFERENCES genre(genre_code));"
        "INSERT INTO genre VALUES ('JZ','Jazz'),('RCK','Rock music'),('T1','Presentation');"
        "INSERT INTO album VALUES "
        "(1,'Blue','JZ'),(2,'Loud','RCK'),(3,'Night','JZ'),(4,'Talk','T1');"
        "CREATE TABLE region(region_id INTEGER PRIMARY KEY, region TEXT);"
        "INSERT INTO region VALUES (1,'North East'),(2,'North West');"
        "CREATE TABLE store(store_id INTEGER PRIMARY KEY, name TEXT, region INT REFERENCES "
        "  region(region_id));"
        "INSERT INTO store VALUES (1,'Main St',1),(2,'Dock',2);"
        "CREATE TABLE likes(singer_id INT REFERENCES singer(singer_id), liked_id INT "
        "  REFERENCES singer(singer_id));"
        "INSERT INTO likes VALUES (1,2),(3,4);"
        "CREATE TABLE fight(fight_id INTEGER PRIMARY KEY, fight_name TEXT);"
        "INSERT INTO fight VALUES (1,'Ridge'),(2,'Ford');"
        "CREATE TABLE boat(boat_id INTEGER PRIMARY KEY, boat_name TEXT, sunk_in INT REFERENCES "
        "  fight(fight_id));"
        "INSERT INTO boat VALUES (1,'Orm',1),(2,'Ulv',2);"
        "CREATE TABLE place(place_id INTEGER PRIMARY KEY, town TEXT);"
        "INSERT INTO place VALUES (1,'Oslo'),(2,'Rome');"
        "CREATE TABLE pupil(pupil_id INTEGER PRIMARY KEY, pname TEXT, home_place_id INT "
        "  REFERENCES place(place_id), term_place_id INT REFERENCES place(place_id));"
        "INSERT INTO pupil VALUES (1,'Ann',1,2);";
    CHECK_INT(sqlite3_exec(db, ddl, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

static struct db *g_db;
static struct schema g_s;

static void open_db(void)
{
    struct err e = {0};
    make_db();
    CHECK_INT(db_open(db_path, &g_db, &e), 0);
    CHECK_INT(db_introspect(g_db, &g_s, &e), 0);
}

/* Runs sql, expects an error of class cls, repairs it by the chain and expects `want`, which
 * must then prepare. */
static void expect_chain(const char *sql, enum db_errclass cls, const char *want, const char *rcls)
{
    struct db_error de;
    struct fix_chain ch;
    memset(&de, 0, sizeof de);
    CHECK(db_check(g_db, sql, &de) != 0);
    CHECK_STR(db_errclass_name(de.cls), db_errclass_name(cls));
    int n = fix_error_chain(&g_s, g_db, sql, &de, &ch);
    CHECK(n >= 1);
    if (n >= 1) {
        CHECK_STR(ch.steps[n - 1].sql, want);
        CHECK_STR(ch.steps[0].cls, rcls);
        CHECK_INT(ch.passes, 1);
    } else {
        fprintf(stderr, "  no repair for: %s (%s)\n", sql, de.msg);
    }
    fix_chain_free(&ch);
}

/* Translates in for target; want NULL: nothing to translate. Returns what was applied (static). */
static const char *expect_dialect_to(const char *target, const char *in, const char *named,
                                     const char *want)
{
    static char applied[256];
    char *out = NULL;
    struct buf what = BUF_INIT;
    int n = fx_dialect_translate(in, target, named, &out, &what);
    if (want) {
        CHECK(n > 0);
        CHECK_STR(out, want);
    } else {
        CHECK_INT(n, 0);
        CHECK(out == NULL);
        if (out)
            fprintf(stderr, "  translated: %s -> %s\n", in, out);
    }
    snprintf(applied, sizeof applied, "%s", what.len ? buf_cstr(&what) : "");
    free(out);
    buf_free(&what);
    return applied;
}

static void expect_dialect(const char *in, const char *named, const char *want)
{
    expect_dialect_to("sqlite", in, named, want);
}

/* in translates for SQLite, and the translation's one row on an empty database reads
 * want ("a|b"). */
static void expect_rows_of(const char *in, const char *want)
{
    char *out = NULL, got[512] = "";
    struct buf what = BUF_INIT;
    CHECK(fx_dialect_translate(in, "sqlite", NULL, &out, &what) > 0);
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    CHECK_INT(sqlite3_open(":memory:", &db), SQLITE_OK);
    if (out && sqlite3_prepare_v2(db, out, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        size_t n = 0;
        for (int c = 0; c < sqlite3_column_count(st) && n < sizeof got; c++) {
            const unsigned char *v = sqlite3_column_text(st, c);
            n += (size_t)snprintf(got + n, sizeof got - n, "%s%s", c ? "|" : "",
                                  v ? (const char *)v : "NULL");
        }
    } else {
        snprintf(got, sizeof got, "ERROR: %s (%s)", sqlite3_errmsg(db), out ? out : "no SQL");
    }
    CHECK_STR(got, want);
    sqlite3_finalize(st);
    sqlite3_close(db);
    free(out);
    buf_free(&what);
}

static void test_dialect(void)
{
    expect_dialect("SELECT name FROM singer ORDER BY CONVERT(age, UNSIGNED) DESC", NULL,
                   "SELECT name FROM singer ORDER BY CAST(age AS INTEGER) DESC");
    expect_dialect("SELECT CAST(age AS SIGNED) FROM singer", NULL,
                   "SELECT CAST(age AS INTEGER) FROM singer");
    expect_dialect("SELECT TOP 3 name FROM singer ORDER BY age DESC", NULL,
                   "SELECT name FROM singer ORDER BY age DESC LIMIT 3");
    expect_dialect("SELECT DISTINCT TOP 1 country FROM singer;", NULL,
                   "SELECT DISTINCT country FROM singer LIMIT 1;");
    expect_dialect("SELECT name FROM singer WHERE name ILIKE '%jo%'", NULL,
                   "SELECT name FROM singer WHERE name LIKE '%jo%'");
    expect_dialect("SELECT count(*)::float / 2, age::int, s.age::numeric(10,2) FROM singer s", NULL,
                   "SELECT CAST(count(*) AS REAL) / 2, CAST(age AS INTEGER), CAST(s.age AS REAL) "
                   "FROM singer s");
    expect_dialect("SELECT released::date FROM song", NULL, "SELECT date(released) FROM song");
    expect_dialect("SELECT EXTRACT(YEAR FROM released), DATE_TRUNC('month', released) FROM song",
                   NULL,
                   "SELECT CAST(strftime('%Y', released) AS INTEGER), strftime('%Y-%m-01', "
                   "released) FROM song");
    expect_dialect("SELECT LEN(name), ISNULL(age, 0), DATEDIFF(day, released, GETDATE()) FROM t",
                   NULL,
                   "SELECT length(name), IFNULL(age, 0), CAST(julianday(date(datetime('now'))) "
                   "- julianday(date(released)) AS INTEGER) FROM t");
    /* T-SQL counts day boundaries: 23:00 to 01:00 the next day is one day */
    expect_rows_of("SELECT DATEDIFF(dd, '2024-01-01 23:00', '2024-01-02 01:00'), "
                   "DATEPART(yyyy, '2024-05-06'), DATENAME(weekday, '2024-05-06'), "
                   "DATENAME(month, '2024-05-06'), EOMONTH('2024-02-10')",
                   "1|2024|Monday|May|2024-02-29");
    /* T-SQL joins strings with +, and CONVERT takes a style; MySQL's DIV truncates toward
     * zero; a number in quotes is still added */
    expect_rows_of("SELECT TOP 1 'a' + 'b' + 'c', 7 DIV 2, -7 DIV 2, "
                   "CONVERT(VARCHAR(10), '2024-05-06 10:11:12', 120), '5' + 1",
                   "abc|3|-3|2024-05-06|6");
    /* a number to fixed decimals; DIV after a call; the case-sensitive LIKE BINARY, whose
     * pattern may hold GLOB's own wildcards */
    expect_rows_of("SELECT TO_CHAR(1234.5, 'FM999990.00'), (CAST('1987' AS UNSIGNED) DIV 10) * 10, "
                   "'Abc' LIKE BINARY 'A%', 'abc' LIKE BINARY 'A%', 'a*c' LIKE BINARY 'a*_', "
                   "'abc' LIKE BINARY 'a*_'",
                   "1234.50|1980|1|0|1|0");
    /* PostgreSQL's array of a group's values: its list, comma-separated */
    expect_dialect("SELECT k, ARRAY_AGG(name) FROM t GROUP BY k", NULL,
                   "SELECT k, group_concat(name) FROM t GROUP BY k");
    /* a group's distinct list with a separator: SQLite takes none beside DISTINCT, the values
     * are kept; trap: a list in its own order keeps its ORDER BY (in SQLite's place for it), never
     * becomes a list in no order */
    expect_dialect("SELECT k, GROUP_CONCAT(DISTINCT name SEPARATOR ', ') FROM t GROUP BY k", NULL,
                   "SELECT k, group_concat(DISTINCT name) FROM t GROUP BY k");
    expect_dialect("SELECT k, GROUP_CONCAT(name ORDER BY name SEPARATOR '; ') FROM t GROUP BY k",
                   NULL, "SELECT k, group_concat(name, '; ' ORDER BY name) FROM t GROUP BY k");
    expect_dialect(
        "SELECT k, STRING_AGG(name, ', ') WITHIN GROUP (ORDER BY name) FROM t GROUP BY k", NULL,
        "SELECT k, group_concat(name, ', ' ORDER BY name) FROM t GROUP BY k");
    /* trap: group separators are no plain picture: not translated */
    expect_dialect("SELECT TO_CHAR(x, '9,999.00') FROM t", NULL, NULL);
    /* MySQL's whole years and months elapsed, and its names of days and months */
    expect_rows_of("SELECT TIMESTAMPDIFF(YEAR, '2000-06-15', '2024-06-14'), "
                   "TIMESTAMPDIFF(YEAR, '2000-06-15', '2024-06-15'), "
                   "TIMESTAMPDIFF(MONTH, '2024-01-31', '2024-02-29'), "
                   "TIMESTAMPDIFF(MONTH, '2024-01-15', '2024-03-15'), DAYNAME('2024-05-05'), "
                   "MONTHNAME('2024-12-01'), LAST_DAY('2023-02-03'), DAYOFYEAR('2024-02-01')",
                   "23|24|0|2|Sunday|December|2023-02-28|32");
    /* Nested constructs are rewritten to a fixed point. */
    expect_dialect("SELECT LEN(ISNULL(name, 'x')) FROM t", NULL,
                   "SELECT length(IFNULL(name, 'x')) FROM t");
    /* Rules for functions newer SQLite has apply only when the database named them. */
    expect_dialect("SELECT CONCAT(name, ' (', country, ')') FROM singer", NULL, NULL);
    expect_dialect("SELECT CONCAT(name, ' (', country, ')') FROM singer", "concat",
                   "SELECT (name || ' (' || country || ')') FROM singer");
    expect_dialect("SELECT IF(age > 40, 'old', 'young') FROM singer", "IF",
                   "SELECT CASE WHEN age > 40 THEN 'old' ELSE 'young' END FROM singer");
    expect_dialect("SELECT string_agg(name, ', ') FROM singer", "string_agg",
                   "SELECT group_concat(name, ', ') FROM singer");
    expect_dialect("SELECT name FROM singer ORDER BY age FETCH FIRST 2 ROWS ONLY", NULL,
                   "SELECT name FROM singer ORDER BY age LIMIT 2");
    /* Never inside a string literal, never a column that happens to be called len. */
    expect_dialect("SELECT 'LEN(x) and a::int ILIKE' FROM t", NULL, NULL);
    expect_dialect("SELECT t.len FROM t WHERE x = 'TOP 5'", NULL, NULL);
    /* Arity decides between T-SQL's and MySQL's DATEDIFF. */
    expect_dialect("SELECT DATEDIFF(a, b) FROM t", NULL,
                   "SELECT CAST(julianday(date(a)) - julianday(date(b)) AS INTEGER) FROM t");
    /* Only the pairs into the target apply, and what was applied names the source dialect. */
    CHECK_STR(expect_dialect_to("sqlite", "SELECT ILIKE, LEN(a) FROM t", NULL,
                                "SELECT LIKE, length(a) FROM t"),
              "postgresql ILIKE; tsql LEN($1)");
    expect_dialect("SELECT IFNULL(a, 0) FROM t", NULL, NULL);
    CHECK_STR(expect_dialect_to("postgresql",
                                "SELECT IFNULL(a, 0), LEN(b) FROM t WHERE c ILIKE 'x'", NULL,
                                "SELECT COALESCE(a, 0), LEN(b) FROM t WHERE c ILIKE 'x'"),
              "sqlite IFNULL($1, $2)");
    expect_dialect_to("mysql", "SELECT IFNULL(a, 0), LEN(b) FROM t", NULL, NULL);
    /* Regular expressions that say no more than a pattern: case-insensitive ones become LIKE,
     * case-sensitive ones GLOB; anything richer is left for the model. */
    expect_dialect("SELECT name FROM t WHERE name ~* '^jo' AND city !~ 'burg$'", NULL,
                   "SELECT name FROM t WHERE name LIKE 'jo%' AND city NOT GLOB '*burg'");
    expect_dialect("SELECT name FROM t WHERE name REGEXP 'an.*na' OR name NOT REGEXP '^a.c$'",
                   "REGEXP", "SELECT name FROM t WHERE name LIKE '%an%na%' OR name NOT LIKE 'a_c'");
    expect_dialect("SELECT name FROM t WHERE name ~ '^[A-M]'", NULL,
                   "SELECT name FROM t WHERE name GLOB '[A-M]*'");
    expect_dialect("SELECT name FROM t WHERE name REGEXP 'a|b'", "REGEXP",
                   "SELECT name FROM t WHERE (name LIKE '%a%' OR name LIKE '%b%')");
    expect_dialect("SELECT name FROM t WHERE city NOT REGEXP '^(New|North) [a-z]+'", "REGEXP",
                   NULL);
    expect_dialect("SELECT name FROM t WHERE t.city NOT REGEXP '^(New|North) '", "REGEXP",
                   "SELECT name FROM t WHERE NOT (t.city LIKE 'New %' OR t.city LIKE 'North %')");
    expect_dialect("SELECT name FROM t WHERE code REGEXP '^[a-c]\\d{2}$'", "REGEXP",
                   "SELECT name FROM t WHERE code GLOB '[a-cA-C][0-9][0-9]'");
    /* trap: an alternative whose operand is not plainly a column is left alone */
    expect_dialect("SELECT name FROM t WHERE a || b REGEXP 'x|y'", "REGEXP", NULL);
    /* trap: LIKE's own wildcard in the expression is a literal there, not "any" */
    expect_dialect("SELECT name FROM t WHERE code ~* '^50%'", NULL, NULL);
    /* T-SQL: national strings, CONVERT, OFFSET ... FETCH */
    expect_dialect("SELECT COUNT(*) FROM t WHERE c = N'Africa' AND CONVERT(INT, age) > 3", NULL,
                   "SELECT COUNT(*) FROM t WHERE c = 'Africa' AND CAST(age AS INTEGER) > 3");
    expect_dialect("SELECT name FROM t ORDER BY age DESC OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY",
                   NULL, "SELECT name FROM t ORDER BY age DESC LIMIT 3 OFFSET 2");
    /* trap: a column called N, and an N before a string it does not touch, stay */
    expect_dialect("SELECT N, N 'x' FROM t", NULL, NULL);
    /* T-SQL table hints and date parts; MySQL intervals, date parts and format codes */
    expect_dialect(
        "SELECT COUNT(*) FROM orders WITH (NOLOCK) WHERE DATEPART(quarter, d) = 2", NULL,
        "SELECT COUNT(*) FROM orders  WHERE ((CAST(strftime('%m', d) AS INTEGER) + 2) / 3) = 2");
    expect_dialect("SELECT name FROM t WHERE d > DATEADD(day, -30, GETDATE())", NULL,
                   "SELECT name FROM t WHERE d > datetime(datetime('now'), (-30) || ' days')");
    expect_dialect("SELECT DATE_FORMAT(d, '%Y-%m %H:%i') FROM t", NULL,
                   "SELECT strftime('%Y-%m %H:%M', d) FROM t");
    /* trap: a month name has no strftime code; the query is left to fail rather than mistranslated
     */
    expect_dialect("SELECT DATE_FORMAT(d, '%U %Y') FROM t", NULL, NULL);
    /* SUBSTRING_INDEX with a count of 1 or -1: before the first, after the last delimiter */
    expect_dialect("SELECT SUBSTRING_INDEX(email, '@', -1), SUBSTRING_INDEX(email, '@', 1) FROM t",
                   NULL,
                   "SELECT (CASE WHEN instr(email, '@') = 0 THEN email WHEN length('@') = 1 THEN "
                   "replace(email, rtrim(email, replace(email, '@', '')), '') ELSE substr(email, "
                   "instr(email, '@') + length('@')) END), (CASE WHEN instr(email, '@') > 0 THEN "
                   "substr(email, 1, instr(email, '@') - 1) ELSE email END) FROM t");
    /* CONCAT_WS leaves NULLs out; TRUNCATE cuts toward zero */
    expect_dialect("SELECT CONCAT_WS(', ', a, b) FROM t", NULL,
                   "SELECT substr(COALESCE(', ' || a, '') || COALESCE(', ' || b, ''), "
                   "length(', ') + 1) FROM t");
    expect_dialect("SELECT TRUNCATE(x, 0), TRUNCATE(x, 2) FROM t", NULL,
                   "SELECT CAST(x AS INTEGER), (CAST((x) * power(10, 2) AS INTEGER) / "
                   "power(10.0, 2)) FROM t");
    /* month names: a CASE of the month, then the year */
    expect_dialect("SELECT DATE_FORMAT(d, '%b %Y') FROM t", NULL,
                   "SELECT (CASE strftime('%m', d) WHEN '01' THEN 'Jan' WHEN '02' THEN 'Feb' WHEN "
                   "'03' THEN 'Ma"
                   "r' WHEN '04' THEN 'Apr' WHEN '05' THEN 'May' WHEN '06' THEN 'Jun' WHEN '07' "
                   "THEN 'Jul' WHEN '08' THEN 'Aug' WHEN '09' THEN 'Sep' WHEN '10' THEN 'Oct' WHEN "
                   "'11' THEN 'Nov' WHEN '12' THEN 'Dec' END || strftime(' %Y', d)) FROM t");
    expect_dialect("SELECT name FROM t WHERE d >= DATE_SUB(CURDATE(), INTERVAL 7 DAY)", NULL,
                   "SELECT name FROM t WHERE d >= datetime(date('now'), '-' || (7) || ' days')");
    expect_dialect("SELECT name FROM t WHERE d >= NOW() - INTERVAL 2 WEEK", NULL,
                   "SELECT name FROM t WHERE d >= datetime(datetime('now'), '-14 days')");
    /* PostgreSQL: intervals, typed literals, TO_CHAR codes, date parts, differences */
    expect_dialect("SELECT name FROM t WHERE d >= CURRENT_DATE - INTERVAL '30 days'", NULL,
                   "SELECT name FROM t WHERE d >= date(CURRENT_DATE, '-30 days')");
    expect_dialect("SELECT name FROM t WHERE t.d < DATE '2024-01-31' + 1", NULL,
                   "SELECT name FROM t WHERE t.d < '2024-01-31' + 1");
    expect_dialect("SELECT TO_CHAR(d, 'YYYY-MM-DD HH24:MI') FROM t", NULL,
                   "SELECT strftime('%Y-%m-%d %H:%M', d) FROM t");
    expect_dialect(
        "SELECT TO_CHAR(d, 'FMMonth YYYY') FROM t", NULL,
        "SELECT (CASE strftime('%m', d) WHEN '01' THEN 'January' WHEN '02' THEN 'February' WHEN "
        "'03'"
        " THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' WHEN '07' "
        "THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' WHEN '10' THEN 'October' "
        "WHEN '11' THEN 'November' WHEN '12' THEN 'December' END || strftime(' %Y', d)) FROM t");
    expect_dialect("SELECT TO_CHAR(d, 'WW YYYY') FROM t", NULL, NULL);
    /* trap: 'MMI' is not a month followed by an I */
    expect_dialect("SELECT TO_CHAR(d, 'MMI') FROM t", NULL, NULL);
    expect_dialect(
        "SELECT AVG(EXTRACT(EPOCH FROM (shipped - ordered))) FROM o", NULL,
        "SELECT AVG((CAST(strftime('%s', shipped) AS REAL) - strftime('%s', ordered))) FROM o");
    /* trap: the day of a difference is the days between, not the day of the month */
    expect_dialect("SELECT EXTRACT(DAY FROM shipped - ordered) FROM o", NULL,
                   "SELECT CAST(julianday(shipped) - julianday(ordered) AS INTEGER) FROM o");
    expect_dialect("SELECT shipped::date - ordered::date FROM o", NULL,
                   "SELECT CAST(julianday(shipped) - julianday(ordered) AS INTEGER) FROM o");
    expect_dialect("SELECT dept, bool_or(active), every(paid) FROM e GROUP BY dept", NULL,
                   "SELECT dept, max(active), min(paid) FROM e GROUP BY dept");
    expect_dialect("SELECT SUBSTRING(name FROM 1 FOR 3) FROM t", NULL,
                   "SELECT substr(name, 1, 3) FROM t");
    /* arrays and SIMILAR TO */
    expect_dialect("SELECT name FROM t WHERE code = ANY(ARRAY['a', 'b']) AND n <> ALL(ARRAY[1,2])",
                   NULL, "SELECT name FROM t WHERE code IN ('a', 'b') AND n NOT IN (1,2)");
    /* trap: <> ANY is true whenever one element differs; it is not NOT IN */
    expect_dialect("SELECT name FROM t WHERE n <> ANY(ARRAY[1,2])", NULL, NULL);
    expect_dialect("SELECT name FROM t WHERE name SIMILAR TO 'Jo%' AND code NOT SIMILAR TO 'A_'",
                   NULL, "SELECT name FROM t WHERE name GLOB 'Jo*' AND code NOT GLOB 'A?'");
    expect_dialect("SELECT name FROM t WHERE name SIMILAR TO '(Jo|Ma)%'", NULL,
                   "SELECT name FROM t WHERE (name GLOB 'Jo*' OR name GLOB 'Ma*')");
    expect_dialect("SELECT name FROM t WHERE name SIMILAR TO 'Jo+%'", NULL, NULL);
    /* DISTINCT ON: the first row of each group, in the query's order, through a window */
    expect_dialect(
        "SELECT DISTINCT ON (s.country) s.country, s.name, age AS years FROM singer s "
        "WHERE age > 20 ORDER BY s.country, age DESC LIMIT 5",
        NULL,
        "SELECT genbi_c0 AS country, genbi_c1 AS name, genbi_c2 AS years FROM (SELECT "
        "s.country AS genbi_c0, s.name AS genbi_c1, age AS genbi_c2, ROW_NUMBER() OVER "
        "(PARTITION BY s.country ORDER BY s.country, age DESC) AS genbi_rn, ROW_NUMBER() "
        "OVER (ORDER BY s.country, age DESC) AS genbi_ord FROM singer s WHERE age > 20) "
        "WHERE genbi_rn = 1 ORDER BY genbi_ord LIMIT 5");
    /* trap: a star cannot be given back without the window's columns; left alone */
    expect_dialect("SELECT DISTINCT ON (country) * FROM singer ORDER BY country, age", NULL, NULL);
}

static void test_name_distance(void)
{
    CHECK_INT(fix_name_distance("SongName", "song_name"), 0);
    CHECK_INT(fix_name_distance("song_names", "song_name"), 0);
    CHECK_INT(fix_name_distance("name_song", "song_name"), 0);
    CHECK_INT(fix_name_distance("categories", "category"), 0);
    CHECK_INT(fix_name_distance("nme", "name"), 1);
    CHECK_INT(fix_name_distance("signer", "singer"), 1); /* a transposition is one edit */
    CHECK(fix_name_distance("age", "country") > 3);
}

/* A repair the fixer must not make: the name is not in the table its qualifier names, and
 * a column of another table is near it by spelling only. */
static void expect_no_cross_repair(const char *sql)
{
    struct db_error de;
    struct fix_chain ch;
    memset(&de, 0, sizeof de);
    CHECK(db_check(g_db, sql, &de) != 0);
    int n = fix_error_chain(&g_s, g_db, sql, &de, &ch);
    CHECK_INT(n, 0);
    if (n > 0)
        fprintf(stderr, "  repaired across tables: %s -> %s\n", sql, ch.steps[n - 1].sql);
    fix_chain_free(&ch);
}

/* sql fails and the fixer makes no repair of it (a guess would be a silent wrong answer). */
static void expect_no_repair(const char *sql)
{
    struct db_error de;
    struct fix_repair r;
    memset(&de, 0, sizeof de);
    CHECK(db_check(g_db, sql, &de) != 0);
    int n = fix_deterministic(&g_s, sql, &de, &r);
    CHECK_INT(n, 0);
    if (n > 0) {
        fprintf(stderr, "  repaired: %s -> %s\n", sql, r.sql);
        fix_repair_free(&r);
    }
}

static void test_repairs(void)
{
    /* a join key in other words: the one key of boat pointing at fight */
    expect_chain("SELECT b.boat_name FROM boat b JOIN fight f ON b.fight_id = f.fight_id "
                 "WHERE f.fight_name = 'Ridge'",
                 DBE_UNKNOWN_COLUMN,
                 "SELECT b.boat_name FROM boat b JOIN fight f ON b.sunk_in = f.fight_id "
                 "WHERE f.fight_name = 'Ridge'",
                 "unknown_column");
    /* trap: two keys of pupil point at place (home and term): no guess, and never the
     * tautology "pl.place_id = pl.place_id" */
    expect_no_repair("SELECT p.pname, pl.town FROM pupil p JOIN place pl "
                     "ON p.place_id = pl.place_id");
    /* b.contestant_id, where ballots has contestant_number, is that number (an id is a number);
     * trap: never e.contestant_name (the join would compare a number with a name) */
    expect_chain("SELECT DISTINCT e.contestant_name FROM contestants e JOIN ballots b "
                 "ON e.contestant_number = b.contestant_id",
                 DBE_UNKNOWN_COLUMN,
                 "SELECT DISTINCT e.contestant_name FROM contestants e JOIN ballots b "
                 "ON e.contestant_number = b.contestant_number",
                 "unknown_column");
    expect_chain("SELECT nme FROM singer WHERE name <> 'nme'", DBE_UNKNOWN_COLUMN,
                 "SELECT name FROM singer WHERE name <> 'nme'", "unknown_column");
    expect_chain("SELECT SongName FROM song", DBE_UNKNOWN_COLUMN, "SELECT song_name FROM song",
                 "unknown_column");
    /* A column of the query's own tables wins over a nearer name elsewhere. */
    expect_chain("SELECT T2.song_nam FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = "
                 "T2.singer_id",
                 DBE_UNKNOWN_COLUMN,
                 "SELECT T2.song_name FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = "
                 "T2.singer_id",
                 "unknown_column");
    expect_chain("SELECT T1.song_name FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = "
                 "T2.singer_id",
                 DBE_UNKNOWN_COLUMN,
                 "SELECT T2.song_name FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = "
                 "T2.singer_id",
                 "wrong_qualifier");
    expect_chain("SELECT singer.name FROM singer AS s", DBE_UNKNOWN_COLUMN,
                 "SELECT s.name FROM singer AS s", "wrong_qualifier");
    expect_chain("SELECT count(*) FROM singers", DBE_UNKNOWN_TABLE, "SELECT count(*) FROM singer",
                 "unknown_table");
    expect_chain("SELECT name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = T2.concert_id",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = "
                 "T2.concert_id",
                 "ambiguous_column");
    /* the table whose column stores the literal the column is compared with, not the first */
    expect_chain("SELECT concert.year FROM singer JOIN concert ON singer.singer_id = "
                 "concert.concert_id WHERE name = 'Auditions'",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT concert.year FROM singer JOIN concert ON singer.singer_id = "
                 "concert.concert_id WHERE concert.name = 'Auditions'",
                 "ambiguous_column");
    /* An unqualified column shown in the select list: the table that has not shown it yet,
     * the one whose column is no join key (the region's name, not the store's key to it); of
     * two join keys, the first */
    expect_chain("SELECT singer.name, name FROM singer JOIN concert ON singer.singer_id = "
                 "concert.concert_id",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT singer.name, concert.name FROM singer JOIN concert ON singer.singer_id = "
                 "concert.concert_id",
                 "ambiguous_column");
    expect_chain("SELECT name, region FROM store JOIN region ON store.region = region.region_id",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT name, region.region FROM store JOIN region ON store.region = "
                 "region.region_id",
                 "ambiguous_column");
    expect_chain("SELECT title, genre_code FROM album JOIN genre ON album.genre_code = "
                 "genre.genre_code",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT title, album.genre_code FROM album JOIN genre ON album.genre_code = "
                 "genre.genre_code",
                 "ambiguous_column");
    /* a use in GROUP BY is no join key: the name of the airline, not the flights' key */
    expect_chain("SELECT region, count(*) FROM store JOIN region ON store.region = "
                 "region.region_id GROUP BY region.region",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT region.region, count(*) FROM store JOIN region ON store.region = "
                 "region.region_id GROUP BY region.region",
                 "ambiguous_column");
    /* a column no table of the query has, under its very name on a table one foreign key
     * away: that table is joined; a bare column both then have keeps its own table */
    expect_chain("SELECT title, genre_desc FROM album WHERE album_id < 3", DBE_UNKNOWN_COLUMN,
                 "SELECT title, genre.genre_desc FROM album JOIN genre ON album.genre_code = "
                 "genre.genre_code WHERE album_id < 3",
                 "unknown_column");
    expect_chain("SELECT T1.title, T1.genre_desc FROM album AS T1", DBE_UNKNOWN_COLUMN,
                 "SELECT T1.title, genre.genre_desc FROM album AS T1 JOIN genre ON "
                 "T1.genre_code = genre.genre_code",
                 "unknown_column");
    expect_chain("SELECT country FROM song WHERE singer_id = 2", DBE_UNKNOWN_COLUMN,
                 "SELECT singer.country FROM song JOIN singer ON song.singer_id = "
                 "singer.singer_id WHERE song.singer_id = 2",
                 "unknown_column");
    /* traps: a bare name where the table has its own (song_name, not the singer's); a word the
     * table's own column shares (the album's title, not another table's) */
    expect_chain("SELECT name FROM song WHERE sales > 100", DBE_UNKNOWN_COLUMN,
                 "SELECT song_name FROM song WHERE sales > 100", "unknown_column");
    /* an unqualified GROUP BY column of two tables: the table whose columns are shown */
    expect_chain("SELECT T2.year, count(*) FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id "
                 "= T2.concert_id GROUP BY name",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT T2.year, count(*) FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id "
                 "= T2.concert_id GROUP BY T2.name",
                 "ambiguous_column");
    /* a name as near to two tables: the one with the columns the query reads */
    expect_chain("SELECT sum(sales) FROM concert_songs", DBE_UNKNOWN_TABLE,
                 "SELECT sum(sales) FROM song", "unknown_table");
    /* No near spelling: the one table whose name's words the name is */
    expect_chain("SELECT week FROM entries", DBE_UNKNOWN_TABLE, "SELECT week FROM chart_entry",
                 "unknown_table");
    /* trap: the unknown name is an output column the query itself defines, used where the
     * database does not see it (PostgreSQL's ORDER BY expressions, a later select item): it is
     * no misspelt column, and the near column 'sales' would change what is computed */
    expect_no_cross_repair("SELECT sales * 2 AS total_sales, total_sales + 1 FROM song");
    expect_no_cross_repair("SELECT singer_id, count(*) AS number_of_songs, number_of_songs * 2 "
                           "FROM song GROUP BY singer_id");
    /* trap: two tables are as good ("awards": song_awards, singer_awards): no repair */
    {
        struct db_error de;
        struct fix_chain ch;
        memset(&de, 0, sizeof de);
        CHECK(db_check(g_db, "SELECT count(*) FROM awards", &de) != 0);
        CHECK_INT(fix_error_chain(&g_s, g_db, "SELECT count(*) FROM awards", &de, &ch), 0);
        fix_chain_free(&ch);
    }
    /* an alias the query never defined ("T2.region" with T1 only): the table a foreign key
     * of the query's tables leads to, joined under that alias */
    expect_chain("SELECT T1.name, T2.region FROM store AS T1", DBE_UNKNOWN_COLUMN,
                 "SELECT T1.name, T2.region FROM store AS T1 JOIN region AS T2 ON T1.region = "
                 "T2.region_id",
                 "unknown_column");
    /* trap: no table one key away has it: never the name the query already shows, twice */
    expect_no_repair("SELECT T1.name, T3.name FROM singer AS T1 JOIN song AS T2 ON "
                     "T1.singer_id = T2.singer_id");
    /* a table named as a qualifier but never joined: joined through its key */
    expect_chain("SELECT singer.name, song.song_name FROM song", DBE_UNKNOWN_COLUMN,
                 "SELECT singer.name, song.song_name FROM song JOIN singer AS singer ON "
                 "song.singer_id = singer.singer_id",
                 "unknown_column");
    /* an undefined alias beside two of one table: the one whose column is not read yet */
    expect_chain("SELECT T1.name, T3.name FROM singer AS T1 JOIN likes AS L ON T1.singer_id = "
                 "L.singer_id JOIN singer AS T2 ON L.liked_id = T2.singer_id",
                 DBE_UNKNOWN_COLUMN,
                 "SELECT T1.name, T2.name FROM singer AS T1 JOIN likes AS L ON T1.singer_id = "
                 "L.singer_id JOIN singer AS T2 ON L.liked_id = T2.singer_id",
                 "wrong_qualifier");
    /* an ambiguous column in the ON of a join is the joined table's */
    expect_chain("SELECT T1.name, T3.name FROM singer AS T1 JOIN likes AS T2 ON T1.singer_id = "
                 "T2.singer_id JOIN singer AS T3 ON T2.liked_id = singer_id",
                 DBE_AMBIGUOUS_COLUMN,
                 "SELECT T1.name, T3.name FROM singer AS T1 JOIN likes AS T2 ON T1.singer_id = "
                 "T2.singer_id JOIN singer AS T3 ON T2.liked_id = T3.singer_id",
                 "ambiguous_column");
    /* trap: liked_singer_id on likes(singer_id, liked_id): "liked" is a column's word, not
     * only the table's; the two columns tie and nothing is guessed */
    expect_no_repair("SELECT T2.name FROM likes AS T1 JOIN singer AS T2 ON "
                     "T1.liked_singer_id = T2.singer_id");
    /* but joined on one of them already, the other: T1.singer_id is the first join's */
    expect_chain("SELECT T3.name FROM likes AS T1 JOIN singer AS T2 ON T1.singer_id = "
                 "T2.singer_id JOIN singer AS T3 ON T1.liked_singer_id = T3.singer_id",
                 DBE_UNKNOWN_COLUMN,
                 "SELECT T3.name FROM likes AS T1 JOIN singer AS T2 ON T1.singer_id = "
                 "T2.singer_id JOIN singer AS T3 ON T1.liked_id = T3.singer_id",
                 "unknown_column");
    /* of two columns the words fit (genre_code, genre_desc), the one storing the literal;
     * trap: a literal neither stores picks none */
    expect_chain("SELECT a.title FROM album a JOIN genre g ON a.genre_code = g.genre_code "
                 "WHERE g.genre = 'Jazz'",
                 DBE_UNKNOWN_COLUMN,
                 "SELECT a.title FROM album a JOIN genre g ON a.genre_code = g.genre_code "
                 "WHERE g.genre_desc = 'Jazz'",
                 "unknown_column");
    expect_no_repair("SELECT a.title FROM album a JOIN genre g ON a.genre_code = g.genre_code "
                     "WHERE g.genre = 'Polka'");
    /* a title is a name */
    expect_chain("SELECT song_title FROM song", DBE_UNKNOWN_COLUMN, "SELECT song_name FROM song",
                 "unknown_column");
    /* Two errors: the chain repairs one after the other. */
    expect_chain("SELECT nme, agee FROM singr", DBE_UNKNOWN_TABLE, "SELECT name, age FROM singer",
                 "unknown_table");
    expect_chain("Here is the query:\n\nSELECT name FROM singer;\n\nIt lists the names.",
                 DBE_SYNTAX, "SELECT name FROM singer", "wrapping");
    expect_chain("SQL: SELECT name FROM singer", DBE_SYNTAX, "SELECT name FROM singer", "wrapping");
    /* a tag around the query; a '<' of the query itself is no tag */
    expect_chain("<sql>SELECT name FROM singer WHERE age < 30</sql>", DBE_SYNTAX,
                 "SELECT name FROM singer WHERE age < 30", "wrapping");
    expect_chain("SELECT name FROM singer ORDER BY age\nThis lists singers, youngest first.",
                 DBE_SYNTAX, "SELECT name FROM singer ORDER BY age", "wrapping");
    expect_chain("SELECT TOP 2 name FROM singer ORDER BY age", DBE_SYNTAX,
                 "SELECT name FROM singer ORDER BY age LIMIT 2", "dialect");
    expect_chain("SELECT LEN(name) FROM singer", DBE_FUNCTION, "SELECT length(name) FROM singer",
                 "dialect");
    /* Nothing near enough: no guess. */
    struct db_error de;
    struct fix_repair r;
    CHECK(db_check(g_db, "SELECT zzzzzz FROM singer", &de) != 0);
    CHECK_INT(fix_deterministic(&g_s, "SELECT zzzzzz FROM singer", &de, &r), 0);
    /* trap: two letters changed and another first letter make no misspelling ("sales" is
     * no "name" of concert) */
    CHECK(db_check(g_db, "SELECT sum(sales) FROM concert", &de) != 0);
    CHECK_INT(fix_deterministic(&g_s, "SELECT sum(sales) FROM concert", &de, &r), 0);
    CHECK(db_check(g_db, "SELECT count(*) FORM singer", &de) != 0);
    CHECK_INT(fix_deterministic(&g_s, "SELECT count(*) FORM singer", &de, &r), 0);
    CHECK(fix_hint(DBE_AGGREGATE)[0] != '\0');
    CHECK_STR(fix_hint(DBE_NONE), "");
}

static void expect_value(const char *sql, const char *want)
{
    struct fix_repair r;
    int rc = fix_value_literal(&g_s, sql, &r);
    if (want) {
        CHECK_INT(rc, 1);
        CHECK_STR(r.sql, want);
        CHECK_STR(r.cls, "value_literal");
        fix_repair_free(&r);
    } else {
        CHECK_INT(rc, 0);
    }
}

static void test_value_literal(void)
{
    /* a stored value that is the literal cut short ('Night' of 'Nighttime'); trap: a value
     * of three letters is no such cut ('Sun' is no 'Sunday') */
    expect_value("SELECT album_id FROM album WHERE title = 'Nighttime'",
                 "SELECT album_id FROM album WHERE title = 'Night'");
    expect_value("SELECT song_id FROM song WHERE song_name = 'Sunday'", NULL);
    /* the stored value is the literal's first words, the literal adding what kind of thing it
     * is ('Auditions' of 'Auditions Concert'); trap: words that only begin alike stay */
    expect_value("SELECT year FROM concert WHERE name = 'Auditions Concert'",
                 "SELECT year FROM concert WHERE name = 'Auditions'");
    expect_value("SELECT year FROM concert WHERE name = 'Super Bowl'", NULL);
    expect_value("SELECT name FROM singer WHERE country = 'france'",
                 "SELECT name FROM singer WHERE country = 'France'");
    expect_value("SELECT name FROM singer WHERE country = 'UnitedStates'",
                 "SELECT name FROM singer WHERE country = 'United States'");
    expect_value("SELECT name FROM singer WHERE country = 'Netherland'",
                 "SELECT name FROM singer WHERE country = 'Netherlands'");
    expect_value("SELECT T1.name FROM singer AS T1 WHERE 'Frnace' = T1.country",
                 "SELECT T1.name FROM singer AS T1 WHERE 'France' = T1.country");
    expect_value("SELECT name FROM singer WHERE country = \"frence\"",
                 "SELECT name FROM singer WHERE country = 'France'");
    expect_value("SELECT name FROM singer WHERE name LIKE '%Shapr%'",
                 "SELECT name FROM singer WHERE name LIKE '%Sharp%'");
    expect_value("SELECT name FROM singer WHERE country IN ('France', 'netherlands')",
                 "SELECT name FROM singer WHERE country IN ('France', 'Netherlands')");
    /* Stored values, a LIKE that matches, and far-off literals stay. */
    expect_value("SELECT name FROM singer WHERE country = 'France'", NULL);
    expect_value("SELECT name FROM singer WHERE name LIKE '%sharp%'", NULL);
    expect_value("SELECT name FROM singer WHERE country = 'Brazil'", NULL);
    expect_value("SELECT name FROM singer WHERE 'x' = 'y'", NULL);
    /* a code column's lookup table stores the literal as a description */
    expect_value("SELECT title FROM album WHERE genre_code = 'presentation'",
                 "SELECT title FROM album WHERE genre_code IN (SELECT genre_code FROM genre "
                 "WHERE genre_desc = 'Presentation')");
    /* the code itself, and a literal no lookup row holds, stay */
    expect_value("SELECT title FROM album WHERE genre_code = 'JZ'", NULL);
    expect_value("SELECT title FROM album WHERE genre_code = 'Polka music'", NULL);
    /* the first word of one stored name ('Joe' of 'Joe Sharp'); trap: of two, none */
    expect_value("SELECT age FROM singer WHERE name = 'joe'",
                 "SELECT age FROM singer WHERE name = 'Joe Sharp'");
    expect_value("SELECT age FROM singer WHERE name = 'Ro'", NULL);
    expect_value("SELECT name FROM region WHERE region = 'North'", NULL);
}

static void test_mask_and_log(void)
{
    char out[256];
    fix_mask_message("no such column: T1.nme", out, sizeof out);
    CHECK_STR(out, "no such column: ?");
    fix_mask_message("near \"FORM\": syntax error", out, sizeof out);
    CHECK_STR(out, "near ?: syntax error");
    fix_mask_message("Unknown column 'x' in 'field list' at 12", out, sizeof out);
    CHECK_STR(out, "Unknown column ? in ? at ?");

    const char *dir = getenv("GENBI_TEST_TMP");
    char log[512];
    snprintf(log, sizeof log, "%s/fixlog_%d/sub/fixes.jsonl", dir ? dir : "/tmp", (int)getpid());
    setenv("GENBI_FIXES_LOG", log, 1);
    struct db_error de;
    db_error_set(&de, DBE_UNKNOWN_COLUMN, "no such column: nme");
    struct err e = {0};
    CHECK_INT(fix_log_model_repair(&de, "SELECT nme FROM t", "SELECT name FROM t", &e), 0);
    db_error_set(&de, DBE_UNKNOWN_COLUMN, "no such column: agee");
    CHECK_INT(fix_log_model_repair(&de, "SELECT agee FROM t", "SELECT age FROM t", &e), 0);
    FILE *f = fopen(log, "r");
    CHECK(f != NULL);
    if (f) {
        char line[1024];
        int n = 0;
        while (fgets(line, sizeof line, f)) {
            n++;
            CHECK_CONTAINS(line, "\"pattern\":\"no such column: ?\"");
            CHECK_CONTAINS(line, "\"class\":\"unknown_column\"");
        }
        CHECK_INT(n, 2);
        fclose(f);
    }
    char *argv[] = {"fixes", "--list", "--log", log, NULL};
    CHECK_INT(fixes_main(4, argv), 0);
    setenv("GENBI_FIXES_LOG", "off", 1);
    CHECK_INT(fix_log_model_repair(&de, "a", "b", &e), 0);
    unsetenv("GENBI_FIXES_LOG");
}

static void teardown(void)
{
    schema_free(&g_s);
    db_close(g_db);
    unlink(db_path);
}

static const struct test_case tests[] = {
    {"open", open_db},
    {"dialect", test_dialect},
    {"name_distance", test_name_distance},
    {"repairs", test_repairs},
    {"value_literal", test_value_literal},
    {"mask_and_log", test_mask_and_log},
};

TEST_MAIN_FIXTURE(test_no_fixture_, teardown)
