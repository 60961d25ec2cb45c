/* The semantic layer (src/semantic/, src/nl/measures.c, src/nl/draft.c) on a made-up invoicing
 * schema whose names are nothing like the demo's: reading and checking files (each error with
 * its line), drafting from column roles, and tier 0 composing metrics. Every reading has the
 * trap that would make it wrong: the default filter left out, the other join path taken, a
 * stored value read as a dimension, a drafted word taking a column's place, cents summed as
 * dollars. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "nl/nl.h"
#include "schema/schema.h"
#include "semantic/semantic.h"
#include "test.h"
#include "util/question.h"

static const char invoicing_sql[] =
    "CREATE TABLE zones(zone_id INTEGER PRIMARY KEY, zone_name TEXT NOT NULL);"
    "CREATE TABLE accts(acct_id INTEGER PRIMARY KEY, company TEXT NOT NULL,"
    "  zone_id INTEGER NOT NULL REFERENCES zones(zone_id), tier_cd TEXT NOT NULL);"
    "CREATE TABLE reps(rep_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,"
    "  zone_id INTEGER REFERENCES zones(zone_id), role_nm TEXT NOT NULL);"
    "CREATE TABLE invoices(inv_id INTEGER PRIMARY KEY,"
    "  acct_id INTEGER NOT NULL REFERENCES accts(acct_id), rep_id INTEGER REFERENCES reps(rep_id),"
    "  issued_at DATE NOT NULL, state TEXT NOT NULL);"
    "CREATE TABLE skus(sku_id INTEGER PRIMARY KEY, label TEXT NOT NULL, cost_usd REAL NOT NULL);"
    "CREATE TABLE inv_lines(line_id INTEGER PRIMARY KEY,"
    "  inv_id INTEGER NOT NULL REFERENCES invoices(inv_id),"
    "  sku_id INTEGER NOT NULL REFERENCES skus(sku_id), qty INTEGER NOT NULL,"
    "  price_usd REAL NOT NULL);"
    "INSERT INTO zones VALUES (1,'North'),(2,'South');"
    /* accounts live in one zone, their reps in the other: the two join paths differ */
    "INSERT INTO accts VALUES (1,'Acme',1,'gold'),(2,'Birch',1,'basic'),(3,'Cobalt',2,'gold');"
    "INSERT INTO reps VALUES (1,'Ann','Lee',2,'Key Account'),(2,'Bo','Kim',1,'Closer');"
    "INSERT INTO invoices VALUES (1,1,1,'2024-01-05','paid'),(2,1,1,'2024-02-07','cancelled'),"
    "  (3,2,2,'2024-03-01','paid'),(4,3,2,'2024-03-09','refunded'),(5,3,1,'2023-11-30','paid');"
    "INSERT INTO skus VALUES (1,'Widget',2.0),(2,'Gadget',5.0);"
    "INSERT INTO inv_lines VALUES (1,1,1,10,3.0),(2,1,2,1,9.0),(3,2,1,100,3.0),(4,3,2,4,8.0),"
    "  (5,4,1,5,3.5),(6,5,2,2,9.5);";

static char db_path[512], layer_path[512];
static struct db *db;
static struct schema inv;

static void make_db(const char *path, const char *script)
{
    sqlite3 *h = NULL;
    char *msg = NULL;
    unlink(path);
    sqlite3_open(path, &h);
    if (sqlite3_exec(h, script, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "setup: %s\n", msg);
        sqlite3_free(msg);
    }
    sqlite3_close(h);
}

static void setup(void)
{
    const char *tmp = getenv("GENBI_TEST_TMP");
    struct err e = {0};
    snprintf(db_path, sizeof db_path, "%s/semantic-%d.sqlite", tmp ? tmp : "/tmp", (int)getpid());
    snprintf(layer_path, sizeof layer_path, "%s/semantic-%d.semantic.yaml", tmp ? tmp : "/tmp",
             (int)getpid());
    make_db(db_path, invoicing_sql);
    if (db_open(db_path, &db, &e) || db_load_schema(db, &inv, NULL, &e))
        fprintf(stderr, "setup: %s\n", e.msg);
}

static void teardown(void)
{
    schema_free(&inv);
    db_close(db);
    unlink(db_path);
    unlink(layer_path);
}

/* Writes text as the layer file and attaches it to the schema (or the error into e). */
static int attach(const char *text, struct err *e)
{
    FILE *f = fopen(layer_path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    fclose(f);
    semantic_free(inv.semantic);
    inv.semantic = NULL;
    return semantic_attach(&inv, db, db_path, NULL, e);
}

/* The reason must name the file and the line. */
static void expect_error(const char *text, int line, const char *reason)
{
    struct err e = {0};
    char where[600];
    CHECK_INT(attach(text, &e), ERR_USAGE);
    snprintf(where, sizeof where, "%s:%d: ", layer_path, line);
    CHECK_CONTAINS(e.msg, where);
    CHECK_CONTAINS(e.msg, reason);
    CHECK(inv.semantic == NULL); /* never half-loaded */
}

static void test_file_errors(void)
{
    expect_error("metrix:\n  - name: x\n", 1, "unknown key: 'metrix'");
    expect_error("metrics:\n  - name: billed\n    expr: SUM(inv_lines.qty)\n    filter: x\n", 4,
                 "unknown key of a metric: 'filter'");
    expect_error("metrics:\n  - name: billed\n    expr: SUM(invoice_lines.qty)\n", 2,
                 "unknown table 'invoice_lines'");
    expect_error("currency: USD\nmetrics:\n  - name: billed\n    expr: SUM(inv_lines.quantity)\n",
                 3, "unknown column 'quantity' of table 'inv_lines'");
    expect_error("metrics:\n  - name: billed\n    expr: SUM(inv_lines.qty) +\n", 2,
                 "cannot prepare");
    expect_error("metrics:\n  - name: billed\n    expr: SUM(inv_lines.qty)\n"
                 "    filters: [\"invoices.state = \"]\n",
                 2, "cannot prepare");
    expect_error("metrics:\n  - name: billed\n    expr: SUM(inv_lines.qty)\n"
                 "  - name: volume\n    synonyms: [Billed]\n    expr: SUM(inv_lines.qty)\n",
                 4, "'Billed' is defined twice (first at line 2)");
    expect_error("metrics:\n  - name: billed\n    expr: inv_lines.qty * 2\n", 2,
                 "not an aggregate");
    expect_error("metrics:\n  - name: billed\n    format: euros\n    expr: SUM(inv_lines.qty)\n", 3,
                 "format must be number, currency or percent");
    expect_error("joins:\n  - [inv_lines, accts]\n", 2, "no foreign key joins");
    expect_error("fiscal_year_start: 13\n", 1, "month number");
    expect_error("drafted: maybe\n", 1, "drafted must be true or false");
    expect_error("metrics: [\n", 2, "");
    expect_error("dimensions:\n  - name: rep\n    table: reps\n    column: nick\n", 2,
                 "unknown column 'nick'");
}

/* A layer written as JSON reads the same (YAML's flow style). */
static void test_json_and_roundtrip(void)
{
    struct err e = {0};
    struct buf out = BUF_INIT;
    struct semantic *again = NULL;
    CHECK_INT(attach("{\"currency\": \"EUR\", \"fiscal_year_start\": 4, \"metrics\": [{\"name\": "
                     "\"billed\", \"synonyms\": [\"invoiced\"], \"expr\": \"SUM(inv_lines.qty * "
                     "inv_lines.price_usd)\", \"filters\": [\"invoices.state = 'paid'\"], "
                     "\"format\": \"currency\"}]}",
                     &e),
              0);
    CHECK(inv.semantic && inv.semantic->n_metrics == 1 && inv.semantic->fiscal_year_start == 4);
    CHECK(semantic_find_metric(inv.semantic, "Invoiced") == &inv.semantic->metrics[0]);
    CHECK_INT(semantic_write(inv.semantic, &out), 0);
    CHECK_INT(semantic_parse(buf_cstr(&out), out.len, "again", &again, &e), 0);
    CHECK(again && again->n_metrics == 1 &&
          strcmp(again->metrics[0].filters.items[0], "invoices.state = 'paid'") == 0);
    CHECK(again && again->currency && strcmp(again->currency, "EUR") == 0);
    CHECK(again && again->drafted == 0); /* a person's file is no draft */
    CHECK(strstr(buf_cstr(&out), "drafted") == NULL);
    semantic_free(again);
    buf_free(&out);
}

static char *answer(const char *text, double *conf, char **explain)
{
    struct question *q = NULL;
    struct nl_answer a;
    struct err e = {0};
    char *sql = NULL;
    memset(&a, 0, sizeof a);
    if (question_read(text, &q) == 0 && nl_generate(&inv, q, &a, &e) == 0) {
        sql = a.sql;
        *conf = a.confidence;
        *explain = a.explain;
        a.sql = a.explain = NULL;
    }
    question_free(q);
    nl_answer_free(&a);
    return sql;
}

/* The question's SQL returns the rows of `want` at confidence >= 0.8, and its explanation
 * contains `says`. */
static void expect_rows(const char *question, const char *want, const char *says)
{
    struct db_limits lim = {.timeout_ms = 5000, .row_cap = 1000};
    struct db_result got, exp;
    struct db_error de;
    double conf = 0;
    char *explain = NULL, *sql = answer(question, &conf, &explain);
    memset(&got, 0, sizeof got);
    memset(&exp, 0, sizeof exp);
    int ok = sql && db_exec(db, sql, &lim, &got, &de) == 0 &&
             db_exec(db, want, &lim, &exp, &de) == 0 && db_result_equivalent(&exp, &got, 0) &&
             conf >= 0.8 && (!says || strstr(explain, says));
    test_checks_++;
    if (!ok) {
        test_failures_++;
        fprintf(stderr, "Q: %s\n  sql: %s\n  conf %.2f: %s\n  want: %s\n", question,
                sql ? sql : "(none)", conf, explain ? explain : "", want);
    }
    db_result_free(&got);
    db_result_free(&exp);
    free(sql);
    free(explain);
}

static void expect_unsure(const char *question)
{
    double conf = 0;
    char *explain = NULL, *sql = answer(question, &conf, &explain);
    test_checks_++;
    if (sql && conf >= 0.8) {
        test_failures_++;
        fprintf(stderr, "Q: %s\n  should be unsure: %s (%.2f: %s)\n", question, sql, conf,
                explain ? explain : "");
    }
    free(sql);
    free(explain);
}

static const char layer[] = "currency: USD\n"
                            "metrics:\n"
                            "  - name: billings\n"
                            "    synonyms: [billed amount, bookings, spend]\n"
                            "    table: inv_lines\n"
                            "    expr: SUM(inv_lines.qty * inv_lines.price_usd)\n"
                            "    filters: [\"invoices.state <> 'cancelled'\"]\n"
                            "    format: currency\n"
                            "    description: qty × price, cancelled invoices excluded\n"
                            "dimensions:\n"
                            "  - name: rep\n"
                            "    synonyms: [closer, key account]\n"
                            "    table: reps\n"
                            "    display: reps.first_nm || ' ' || reps.last_nm\n"
                            "  - name: plan tier\n"
                            "    table: accts\n"
                            "    column: tier_cd\n"
                            "joins:\n"
                            "  - [inv_lines, invoices, accts, zones]\n";

static void test_metric_from_file(void)
{
    struct err e = {0};
    CHECK_INT(attach(layer, &e), 0);
    /* trap: the default filter left out would count the cancelled invoice's 300 */
    expect_rows("total billings",
                "SELECT SUM(qty * price_usd) FROM inv_lines JOIN invoices USING (inv_id) "
                "WHERE state <> 'cancelled'",
                "cancelled invoices excluded");
    expect_rows("bookings per plan tier",
                "SELECT a.tier_cd, SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i "
                "USING (inv_id) JOIN accts a USING (acct_id) WHERE i.state <> 'cancelled' "
                "GROUP BY a.tier_cd",
                "billings = SUM(inv_lines.qty * inv_lines.price_usd)");
    /* trap: zones are reached through accounts and through reps; the file says accounts */
    expect_rows("billings by zone",
                "SELECT z.zone_name, SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i "
                "USING (inv_id) JOIN accts a USING (acct_id) JOIN zones z ON z.zone_id = "
                "a.zone_id WHERE i.state <> 'cancelled' GROUP BY z.zone_name",
                NULL);
    /* a rep is named by first and last name, as one name */
    expect_rows("billings per rep",
                "SELECT r.first_nm || ' ' || r.last_nm, SUM(l.qty * l.price_usd) FROM inv_lines l "
                "JOIN invoices i USING (inv_id) JOIN reps r USING (rep_id) "
                "WHERE i.state <> 'cancelled' GROUP BY r.rep_id",
                NULL);
    expect_rows("billings in 2024",
                "SELECT SUM(qty * price_usd) FROM inv_lines JOIN invoices USING (inv_id) "
                "WHERE state <> 'cancelled' AND issued_at LIKE '2024%'",
                NULL);
    /* a place said right after the reps is the reps' own zone, whatever the file's path; the
     * reps who handled them are a condition, not one row per rep */
    expect_rows("billings on invoices handled by reps based in South",
                "SELECT SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i USING (inv_id) "
                "JOIN reps r USING (rep_id) JOIN zones z ON z.zone_id = r.zone_id "
                "WHERE i.state <> 'cancelled' AND z.zone_name = 'South'",
                NULL);
    expect_rows("billings from reps in South",
                "SELECT SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i USING (inv_id) "
                "JOIN reps r USING (rep_id) JOIN zones z ON z.zone_id = r.zone_id "
                "WHERE i.state <> 'cancelled' AND z.zone_name = 'South'",
                NULL);
    /* traps: a place with no noun before it, or after the accounts, is the accounts' zone */
    expect_rows("billings in South",
                "SELECT SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i USING (inv_id) "
                "JOIN accts a USING (acct_id) JOIN zones z ON z.zone_id = a.zone_id "
                "WHERE i.state <> 'cancelled' AND z.zone_name = 'South'",
                NULL);
    expect_rows("billings of accounts based in South",
                "SELECT SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i USING (inv_id) "
                "JOIN accts a USING (acct_id) JOIN zones z ON z.zone_id = a.zone_id "
                "WHERE i.state <> 'cancelled' AND z.zone_name = 'South'",
                NULL);
    /* a billing series by quarter of the latest year: one year, its quarters */
    expect_rows("billings per quarter this year",
                "SELECT strftime('%Y', issued_at) || '-Q' || ((CAST(strftime('%m', issued_at) AS "
                "INTEGER) + 2) / 3), SUM(qty * price_usd) "
                "FROM inv_lines JOIN invoices USING (inv_id) WHERE state <> 'cancelled' AND "
                "issued_at LIKE '2024%' GROUP BY 1",
                NULL);
    /* "the average monthly billings": the months' totals averaged (a sum adds up by month) */
    expect_rows("average monthly billings in 2024",
                "SELECT AVG(v) FROM (SELECT SUM(qty * price_usd) AS v FROM inv_lines JOIN invoices "
                "USING (inv_id) WHERE state <> 'cancelled' AND issued_at LIKE '2024%' "
                "GROUP BY substr(issued_at, 1, 7))",
                NULL);
    expect_rows("average quarterly billings in 2024",
                "SELECT AVG(v) FROM (SELECT SUM(qty * price_usd) AS v FROM inv_lines JOIN invoices "
                "USING (inv_id) WHERE state <> 'cancelled' AND issued_at LIKE '2024%' "
                "GROUP BY (CAST(substr(issued_at, 6, 2) AS INTEGER) + 2) / 3)",
                NULL);
    /* trap: "average billings" with no period names nothing to average over */
    expect_unsure("average billings");
    /* "best" and "weakest" by a measure said after them rank by it; alone they judge */
    expect_rows("the best rep by billings",
                "SELECT r.first_nm || ' ' || r.last_nm, SUM(l.qty * l.price_usd) FROM inv_lines l "
                "JOIN invoices i USING (inv_id) JOIN reps r USING (rep_id) "
                "WHERE i.state <> 'cancelled' GROUP BY r.rep_id ORDER BY 2 DESC LIMIT 1",
                NULL);
    expect_rows("the 1 weakest company by billings",
                "SELECT a.company, SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i "
                "USING (inv_id) JOIN accts a USING (acct_id) WHERE i.state <> 'cancelled' "
                "GROUP BY a.acct_id ORDER BY 2 ASC LIMIT 1",
                NULL);
    expect_unsure("who is our best rep");
    /* "spent" is the past of the synonym "spend" */
    expect_rows("total spent by Acme",
                "SELECT SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i USING (inv_id) "
                "JOIN accts a USING (acct_id) WHERE i.state <> 'cancelled' AND a.company = 'Acme'",
                "cancelled invoices excluded");
    /* "how much did we sell": the file's one money metric */
    expect_rows("how much did we sell in 2024",
                "SELECT SUM(qty * price_usd) FROM inv_lines JOIN invoices USING (inv_id) "
                "WHERE state <> 'cancelled' AND issued_at LIKE '2024%'",
                "cancelled invoices excluded");
    /* a metric's name misspelt by one slip */
    expect_rows("total bilings in 2024",
                "SELECT SUM(qty * price_usd) FROM inv_lines JOIN invoices USING (inv_id) "
                "WHERE state <> 'cancelled' AND issued_at LIKE '2024%'",
                "read 'bilings' as 'billings'");
    /* a list of reps names each as one name too, as the layer's display says */
    expect_rows("list the reps", "SELECT first_nm || ' ' || last_nm FROM reps", NULL);
    /* with a layer file, the leader of a ranking is shown with the figure it leads by */
    expect_rows("which rep has the most invoices?",
                "SELECT first_nm || ' ' || last_nm, (SELECT COUNT(*) FROM invoices i WHERE "
                "i.rep_id = reps.rep_id) FROM reps WHERE rep_id = (SELECT rep_id FROM "
                "invoices GROUP BY rep_id ORDER BY COUNT(*) DESC LIMIT 1)",
                NULL);
    /* trap: asked for the parts of the name, the parts */
    expect_rows("the first name and the last name of each rep",
                "SELECT first_nm, last_nm FROM reps", NULL);
    /* trap: "key account" is a stored role, not the rep dimension's synonym */
    expect_rows("how many reps have the role key account",
                "SELECT COUNT(*) FROM reps WHERE role_nm = 'Key Account'", NULL);
    /* a column's values ranked by a metric named after them */
    expect_rows("which company brings in the most billings?", "SELECT 'Acme', 39.0", NULL);
    expect_rows("which 2 companies generate the most billings",
                "SELECT 'Acme', 39.0 UNION ALL SELECT 'Cobalt', 36.5", NULL);
    /* trap: the same words with a count rank by the count */
    expect_rows("which company has the fewest invoices?",
                "SELECT 'Birch', (SELECT COUNT(*) FROM invoices WHERE acct_id = 2)", NULL);
    /* the question's own condition on the column of a default filter replaces that filter,
     * and the answer says so (cancelled: 100 × 3.0) */
    expect_rows("billings from cancelled invoices",
                "SELECT SUM(qty * price_usd) FROM inv_lines JOIN invoices USING (inv_id) "
                "WHERE state = 'cancelled'",
                "the question's own condition replaces invoices.state <> 'cancelled'");
    /* trap: a condition on another column keeps the default filter */
    expect_rows("billings from Acme",
                "SELECT SUM(l.qty * l.price_usd) FROM inv_lines l JOIN invoices i USING (inv_id) "
                "JOIN accts a USING (acct_id) WHERE i.state <> 'cancelled' AND a.company = 'Acme'",
                "cancelled invoices excluded");
    /* a growth limits the metric's aggregate to each period, not the metric to one row */
    expect_rows("billings growth from 2023 to 2024",
                "SELECT 100.0 * (SUM(CASE WHEN issued_at LIKE '2024%' THEN qty * price_usd END)"
                " - SUM(CASE WHEN issued_at LIKE '2023%' THEN qty * price_usd END)) / "
                "SUM(CASE WHEN issued_at LIKE '2023%' THEN qty * price_usd END) FROM inv_lines "
                "JOIN invoices USING (inv_id) WHERE state <> 'cancelled'",
                NULL);
    /* ... also of a metric on the dated table itself, both periods compared in the select
     * list and nothing else a condition: the metric's filter opens the WHERE */
    {
        char one[sizeof layer + 256];
        snprintf(one, sizeof one, "%s", layer);
        char *dims = strstr(one, "dimensions:\n");
        snprintf(dims, sizeof one - (size_t)(dims - one),
                 "  - name: invoice volume\n    table: invoices\n"
                 "    expr: COUNT(invoices.inv_id)\n"
                 "    filters: [\"invoices.state <> 'cancelled'\"]\n%s",
                 strstr(layer, "dimensions:\n"));
        CHECK_INT(attach(one, &e), 0);
        expect_rows("yoy invoice volume growth 2024 vs 2023 in %",
                    "SELECT 100.0 * (COUNT(CASE WHEN issued_at LIKE '2024%' THEN inv_id END)"
                    " - COUNT(CASE WHEN issued_at LIKE '2023%' THEN inv_id END)) / "
                    "COUNT(CASE WHEN issued_at LIKE '2023%' THEN inv_id END) FROM invoices"
                    " WHERE state <> 'cancelled'",
                    NULL);
        CHECK_INT(attach(layer, &e), 0);
    }
    /* trap: a ratio metric cannot be limited by one CASE; it gets no answer at full confidence */
    {
        char ratio[sizeof layer + 256];
        snprintf(ratio, sizeof ratio, "%s", layer);
        char *dims = strstr(ratio, "dimensions:\n");
        snprintf(dims, sizeof ratio - (size_t)(dims - ratio),
                 "  - name: line average\n    table: inv_lines\n"
                 "    expr: SUM(inv_lines.qty * inv_lines.price_usd) / COUNT(inv_lines.line_id)\n"
                 "%s",
                 strstr(layer, "dimensions:\n"));
        CHECK_INT(attach(ratio, &e), 0);
        expect_unsure("line average growth from 2023 to 2024");
        /* trap: nor is a share of it the share of its numerator */
        expect_unsure("what share of line average comes from gold accounts?");
        CHECK_INT(attach(layer, &e), 0);
    }
    /* a share of a measure: the condition's total against the whole, the metric's filters on
     * both (billings: 39 + 32 + 17.5 + 19 = 107.5 without the cancelled invoice; gold
     * accounts' 39 + 17.5 + 19 = 75.5) */
    expect_rows("what share of billings comes from gold accounts?", "SELECT 100.0 * 75.5 / 107.5",
                NULL);
    /* each group's share of the total */
    expect_rows("share of billings by plan tier",
                "SELECT 'basic', 100.0 * 32 / 107.5 UNION ALL SELECT 'gold', 100.0 * 75.5 / 107.5",
                NULL);
    /* trap: each group's share under a condition: of the year, or the year's of each group? */
    expect_unsure("share of billings by plan tier in 2024");
    /* a changed definition changes the answer, and the answer says so */
    char changed[sizeof layer + 64];
    snprintf(changed, sizeof changed, "%s", layer);
    char *at = strstr(changed, "state <> 'cancelled'");
    memcpy(at, "state = 'paid'      ", 20);
    CHECK_INT(attach(changed, &e), 0);
    expect_rows("total billings",
                "SELECT SUM(qty * price_usd) FROM inv_lines JOIN invoices USING (inv_id) "
                "WHERE state = 'paid'",
                "invoices.state = 'paid'");
    semantic_free(inv.semantic);
    inv.semantic = NULL;
    /* without the file the preferred path is gone: two ways to zones is a doubt */
    expect_unsure("billings by zone");
}

/* A metric's name in the words people write it: a short form ("avg"), and a percentage metric
 * followed by the word it already is ("margin percentage"). */
static void test_metric_words(void)
{
    struct err e = {0};
    static const char words[] =
        "metrics:\n"
        "  - name: average invoice value\n"
        "    table: inv_lines\n"
        "    expr: SUM(inv_lines.qty * inv_lines.price_usd) / COUNT(DISTINCT invoices.inv_id)\n"
        "    format: currency\n"
        "  - name: gross margin\n"
        "    table: inv_lines\n"
        "    expr: 100.0 * SUM(inv_lines.qty * (inv_lines.price_usd - skus.cost_usd)) /"
        " SUM(inv_lines.qty * inv_lines.price_usd)\n"
        "    format: percent\n"
        "  - name: units billed\n"
        "    table: inv_lines\n"
        "    expr: SUM(inv_lines.qty)\n"
        "    format: number\n";
    CHECK_INT(attach(words, &e), 0);
    /* best and worst selling: by the units metric, or by the measure said after "by" */
    expect_rows("what is our best selling sku?", "SELECT 'Widget', 115", NULL);
    expect_rows("our worst selling sku", "SELECT 'Gadget', 7", NULL);
    expect_rows("the 2 best selling companies by average invoice value",
                "SELECT a.company, SUM(l.qty * l.price_usd) / COUNT(DISTINCT l.inv_id) AS v FROM "
                "inv_lines l JOIN invoices i USING (inv_id) JOIN accts a USING (acct_id) "
                "GROUP BY a.company ORDER BY v DESC LIMIT 2",
                NULL);
    expect_rows("avg invoice value",
                "SELECT SUM(qty * price_usd) / COUNT(DISTINCT inv_id) FROM inv_lines", NULL);
    expect_rows("avg invoice value per company",
                "SELECT a.company, SUM(l.qty * l.price_usd) / COUNT(DISTINCT l.inv_id) FROM "
                "inv_lines l JOIN invoices i USING (inv_id) JOIN accts a USING (acct_id) "
                "GROUP BY a.company",
                NULL);
    expect_rows("overall gross margin percentage",
                "SELECT 100.0 * SUM(l.qty * (l.price_usd - s.cost_usd)) / SUM(l.qty * l.price_usd)"
                " FROM inv_lines l JOIN skus s USING (sku_id)",
                NULL);
    /* trap: the word after a money metric is no part of it: a share is asked */
    expect_unsure("average invoice value percentage");
    semantic_free(inv.semantic);
    inv.semantic = NULL;
}

/* Drafted from column roles: no file. */
static void test_draft(void)
{
    struct semantic *sm = NULL;
    struct err e = {0};
    semantic_free(inv.semantic);
    inv.semantic = NULL;
    CHECK_INT(nl_semantic_draft(&inv, &sm, &e), 0);
    CHECK(sm != NULL);
    const struct semantic_metric *rev = semantic_find_metric(sm, "revenue");
    const struct semantic_metric *aov = semantic_find_metric(sm, "average order value");
    const struct semantic_metric *margin = semantic_find_metric(sm, "margin");
    CHECK(rev && strstr(rev->expr, "inv_lines.qty * inv_lines.price_usd"));
    CHECK(rev && rev->filters.n == 1 && strstr(rev->filters.items[0], "'cancelled'"));
    CHECK(aov && strstr(aov->expr, "COUNT(DISTINCT invoices.inv_id)"));
    CHECK(margin && margin->format == SEMANTIC_FMT_PERCENT &&
          strstr(margin->expr, "skus.cost_usd"));
    CHECK(semantic_find_metric(sm, "units sold") != NULL);
    CHECK_INT(semantic_check(sm, &inv, db, &e), 0);
    semantic_free(sm);
    /* tier 0 uses the draft when there is no file */
    expect_rows("total revenue",
                "SELECT SUM(qty * price_usd) FROM inv_lines JOIN invoices USING (inv_id) "
                "WHERE state <> 'cancelled'",
                "drafted");
    expect_rows("units sold per company",
                "SELECT a.company, SUM(l.qty) FROM inv_lines l JOIN invoices i USING (inv_id) "
                "JOIN accts a USING (acct_id) WHERE i.state <> 'cancelled' GROUP BY a.company",
                NULL);
    expect_rows("average order value",
                "SELECT SUM(l.qty * l.price_usd) / COUNT(DISTINCT i.inv_id) FROM inv_lines l "
                "JOIN invoices i USING (inv_id) WHERE i.state <> 'cancelled'",
                NULL);
    expect_rows("profit by label",
                "SELECT s.label, SUM(l.qty * l.price_usd) - SUM(l.qty * s.cost_usd) FROM inv_lines "
                "l JOIN invoices i USING (inv_id) JOIN skus s USING (sku_id) "
                "WHERE i.state <> 'cancelled' GROUP BY s.label",
                NULL);
    /* trap: "which skus sold the most units" ranks by units, and returns the sku */
    expect_rows("which skus sold the most units",
                "SELECT s.label FROM inv_lines l JOIN invoices i USING (inv_id) JOIN skus s "
                "USING (sku_id) WHERE i.state <> 'cancelled' GROUP BY s.sku_id "
                "ORDER BY SUM(l.qty) DESC LIMIT 1",
                NULL);
}

/* Revenue from one money column kept in cents; a column named revenue stays a column. */
/* The layer `semantic init` drafts for a database made of `sql` (NULL on failure). */
static struct semantic *draft_of(const char *sql)
{
    char path[600];
    struct db *d2 = NULL;
    struct schema s2;
    struct semantic *sm = NULL;
    struct err e = {0};
    memset(&s2, 0, sizeof s2);
    snprintf(path, sizeof path, "%s.draft", db_path);
    make_db(path, sql);
    CHECK_INT(db_open(path, &d2, &e), 0);
    CHECK_INT(d2 ? db_load_schema(d2, &s2, NULL, &e) : -1, 0);
    CHECK_INT(nl_semantic_draft(&s2, &sm, &e), 0);
    schema_free(&s2);
    db_close(d2);
    remove(path);
    return sm;
}

/* revenue's synonyms include one with "spend" in it */
static int spend_synonym(const struct semantic *sm)
{
    const struct semantic_metric *rev = semantic_find_metric(sm, "revenue");
    int spend = 0;
    for (size_t k = 0; rev && k < rev->synonyms.n; k++)
        spend |= strstr(rev->synonyms.items[k], "spend") != NULL;
    return spend;
}

/* A table of people (a first and a last name) gets a drafted dimension showing one name, which
 * the written file carries and tier 0 then shows; voided checks and comped lines are no sale;
 * "spend" is no revenue beside vendors. */
static void test_draft_people(void)
{
    struct semantic *sm = draft_of(
        "CREATE TABLE emp(emp_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, hire_dt DATE);"
        "CREATE TABLE dept(dept_id INTEGER PRIMARY KEY, dept_nm TEXT);"
        "INSERT INTO emp VALUES (1,'Ann','Lee','2024-01-02'),(2,'Bo','Kim','2023-05-06');");
    CHECK(sm && sm->n_metrics == 0); /* no sales in it */
    CHECK(sm && sm->n_dims == 1 && strcmp(sm->dims[0].table, "emp") == 0 &&
          strcmp(sm->dims[0].display, "emp.first_nm || ' ' || emp.last_nm") == 0);
    semantic_free(sm);
    /* checks and their lines: a voided check and a comped line are no sale */
    sm =
        draft_of("CREATE TABLE chk(chk_id INTEGER PRIMARY KEY, opened_ts DATE, stat_cd TEXT);"
                 "CREATE TABLE chk_ln(ln_id INTEGER PRIMARY KEY,"
                 " chk_id INTEGER REFERENCES chk(chk_id), qty INTEGER, prc REAL, comp_flg INTEGER);"
                 "INSERT INTO chk VALUES (1,'2024-01-01','CLSD'),(2,'2024-01-02','VOID');"
                 "INSERT INTO chk_ln VALUES (1,1,2,5.0,0),(2,1,1,9.0,1),(3,2,1,4.0,0);");
    const struct semantic_metric *sales = semantic_find_metric(sm, "revenue");
    CHECK(sales && sales->filters.n == 2 && strstr(sales->filters.items[0], "'VOID'") &&
          strstr(sales->filters.items[1], "comp_flg = 0"));
    semantic_free(sm);
    /* payments received beside vendors' invoices: revenue, but "spend" is what vendors are paid */
    sm = draft_of("CREATE TABLE pmt(pmt_id INTEGER PRIMARY KEY, paid_on DATE, pmt_amt REAL);"
                  "CREATE TABLE vndr(vndr_id INTEGER PRIMARY KEY, vndr_nm TEXT);"
                  "CREATE TABLE vndr_inv(inv_id INTEGER PRIMARY KEY,"
                  " vndr_id INTEGER REFERENCES vndr(vndr_id), inv_amt REAL);"
                  "INSERT INTO pmt VALUES (1,'2024-01-01',900.0);");
    CHECK(semantic_find_metric(sm, "revenue") != NULL && !spend_synonym(sm));
    semantic_free(sm);
    /* lines of invoices that vendors send (inv_hdr -> vnd): spend and units purchased, no
     * revenue and no profit from the items' standard cost */
    sm = draft_of("CREATE TABLE vnd(vnd_id INTEGER PRIMARY KEY, vnd_nm TEXT);"
                  "CREATE TABLE item(item_id INTEGER PRIMARY KEY, std_cost REAL);"
                  "CREATE TABLE inv_hdr(inv_id INTEGER PRIMARY KEY,"
                  " vnd_id INTEGER REFERENCES vnd(vnd_id), inv_dt DATE, stat_cd TEXT);"
                  "CREATE TABLE inv_ln(ln_id INTEGER PRIMARY KEY,"
                  " inv_id INTEGER REFERENCES inv_hdr(inv_id),"
                  " item_id INTEGER REFERENCES item(item_id), qty INTEGER, unit_prc REAL);"
                  "INSERT INTO vnd VALUES (1,'Acme');INSERT INTO item VALUES (1,2.0);"
                  "INSERT INTO inv_hdr VALUES (1,1,'2024-01-01','OPN'),(2,1,'2024-02-01','VOID');"
                  "INSERT INTO inv_ln VALUES (1,1,1,3,5.0),(2,2,1,1,5.0);");
    CHECK(sm && semantic_find_metric(sm, "spend") && semantic_find_metric(sm, "units purchased") &&
          !semantic_find_metric(sm, "revenue") && !semantic_find_metric(sm, "profit"));
    semantic_free(sm);
    /* the price is unit_prc_cents (in cents), never prc_lvl_id (a price level's key); a
     * status named sts_cd holding 'CXL' is excluded */
    sm = draft_of("CREATE TABLE prc_lvl(prc_lvl_id INTEGER PRIMARY KEY, lvl_nm TEXT);"
                  "CREATE TABLE ord_hdr(ord_id INTEGER PRIMARY KEY, ord_ts DATE, sts_cd TEXT);"
                  "CREATE TABLE ord_ln(ln_id INTEGER PRIMARY KEY, ord_id INTEGER REFERENCES"
                  " ord_hdr(ord_id), prc_lvl_id INTEGER, tkt_qty INTEGER, unit_prc_cents INTEGER);"
                  "INSERT INTO prc_lvl VALUES (7,'GA');"
                  "INSERT INTO ord_hdr VALUES (1,'2024-01-01','CMP'),(2,'2024-01-02','CXL');"
                  "INSERT INTO ord_ln VALUES (1,1,7,2,2500),(2,2,7,1,2500);");
    const struct semantic_metric *tix = sm ? semantic_find_metric(sm, "revenue") : NULL;
    CHECK(tix && strcmp(tix->expr, "SUM(ord_ln.tkt_qty * ord_ln.unit_prc_cents / 100.0)") == 0 &&
          tix->filters.n == 1 && strstr(tix->filters.items[0], "'CXL'"));
    semantic_free(sm);
    /* orders that are PAID, FAIL or PEND: only the paid ones are sales */
    sm = draft_of(
        "CREATE TABLE ord_hdr(ord_id INTEGER PRIMARY KEY, ord_ts DATE, ord_stat_cd TEXT,"
        " tot_amt_cents INTEGER);"
        "INSERT INTO ord_hdr VALUES (1,'2024-01-01','PAID',100),(2,'2024-01-02','FAIL',50),"
        " (3,'2024-01-03','PEND',70),(4,'2024-01-04','PAID',30);");
    const struct semantic_metric *paid = sm ? semantic_find_metric(sm, "revenue") : NULL;
    CHECK(paid && paid->filters.n == 1 && strstr(paid->filters.items[0], "= 'PAID'"));
    semantic_free(sm);
    /* trap: beside a status that is neither (SHIPPED), failed payments are excluded, the rest
     * counted */
    sm = draft_of(
        "CREATE TABLE ord_hdr(ord_id INTEGER PRIMARY KEY, ord_ts DATE, ord_stat_cd TEXT,"
        " tot_amt_cents INTEGER);"
        "INSERT INTO ord_hdr VALUES (1,'2024-01-01','PAID',100),(2,'2024-01-02','FAIL',50),"
        " (3,'2024-01-03','SHIPPED',70),(4,'2024-01-04','CANC',30);");
    paid = sm ? semantic_find_metric(sm, "revenue") : NULL;
    CHECK(paid && paid->filters.n == 1 && strstr(paid->filters.items[0], "NOT IN ('") &&
          strstr(paid->filters.items[0], "'FAIL'") && strstr(paid->filters.items[0], "'CANC'"));
    semantic_free(sm);
    /* trap: orders of customers beside a supplier table stay sales */
    sm = draft_of("CREATE TABLE supplier(supplier_id INTEGER PRIMARY KEY, nm TEXT);"
                  "CREATE TABLE cust(cust_id INTEGER PRIMARY KEY, nm TEXT);"
                  "CREATE TABLE ord(ord_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES"
                  " cust(cust_id), supplier_id INTEGER REFERENCES supplier(supplier_id),"
                  " ord_dt DATE, total_usd REAL);"
                  "INSERT INTO ord VALUES (1,1,1,'2024-01-01',10.0);");
    CHECK(sm && semantic_find_metric(sm, "revenue") && !semantic_find_metric(sm, "spend"));
    semantic_free(sm);
    /* a marketplace: its lines point at their seller (paid out), its orders at the buyer
     * (byr): sold, a revenue that GMV names; a tier's min_gmv_usd is a bound, not GMV */
    sm = draft_of("CREATE TABLE slr_tier(tier_cd TEXT PRIMARY KEY, min_gmv_usd INTEGER);"
                  "CREATE TABLE slr(slr_id INTEGER PRIMARY KEY, slr_nm TEXT, tier_cd TEXT"
                  " REFERENCES slr_tier(tier_cd));"
                  "CREATE TABLE slr_pyout(pyout_id INTEGER PRIMARY KEY, slr_id INTEGER REFERENCES"
                  " slr(slr_id), pyout_dt DATE, net_cents INTEGER);"
                  "CREATE TABLE byr(byr_id INTEGER PRIMARY KEY, byr_nm TEXT);"
                  "CREATE TABLE ord(ord_id INTEGER PRIMARY KEY, byr_id INTEGER REFERENCES"
                  " byr(byr_id), ord_ts DATE, ord_stat_cd TEXT);"
                  "CREATE TABLE ord_itm(itm_id INTEGER PRIMARY KEY, ord_id INTEGER REFERENCES"
                  " ord(ord_id), slr_id INTEGER REFERENCES slr(slr_id), qty INTEGER,"
                  " unit_prc REAL);"
                  "INSERT INTO slr_tier VALUES ('B',0);INSERT INTO slr VALUES (1,'s','B');"
                  "INSERT INTO byr VALUES (1,'b');INSERT INTO ord VALUES (1,1,'2024-01-01','DLV');"
                  "INSERT INTO ord_itm VALUES (1,1,1,2,10.0);");
    const struct semantic_metric *gmv = sm ? semantic_find_metric(sm, "revenue") : NULL;
    int gmv_syn = 0;
    for (size_t k = 0; gmv && k < gmv->synonyms.n; k++)
        gmv_syn |= strcmp(gmv->synonyms.items[k], "gmv") == 0;
    CHECK(gmv && gmv_syn && !semantic_find_metric(sm, "spend"));
    semantic_free(sm);
    /* trap: support tickets (sup_tkt) are no suppliers: "spend" stays the customers' */
    sm = draft_of("CREATE TABLE pmt(pmt_id INTEGER PRIMARY KEY, paid_on DATE, pmt_amt REAL);"
                  "CREATE TABLE sup_tkt(tkt_id INTEGER PRIMARY KEY, opened_at DATE);"
                  "INSERT INTO pmt VALUES (1,'2024-01-01',900.0);");
    CHECK(spend_synonym(sm));
    semantic_free(sm);
}

static void test_draft_money_columns(void)
{
    struct err e = {0};
    struct semantic *sm;
    sm =
        draft_of("CREATE TABLE custs(cust_id INTEGER PRIMARY KEY, nm TEXT);"
                 "CREATE TABLE charges(charge_id INTEGER PRIMARY KEY, cust_id INTEGER "
                 "REFERENCES custs(cust_id), charged_on DATE, amount_cents INTEGER,"
                 " tax_cents INTEGER);"
                 "CREATE TABLE stores(store_id INTEGER PRIMARY KEY, revenue REAL);"
                 "CREATE TABLE ads(ad_id INTEGER PRIMARY KEY, spend_usd REAL);"
                 "INSERT INTO custs VALUES (1,'a');"
                 "INSERT INTO charges VALUES (1,1,'2024-01-01',1250,100),(2,1,'2024-02-01',750,60);"
                 "INSERT INTO stores VALUES (1, 10.0);");
    const struct semantic_metric *rev = semantic_find_metric(sm, "revenue");
    /* trap: the tax column is money too, but not revenue; cents are not dollars */
    CHECK(rev && strcmp(rev->expr, "SUM(charges.amount_cents / 100.0)") == 0);
    CHECK(sm && semantic_find_metric(sm, "units sold") == NULL); /* no quantity column */
    /* trap: a table named by one column (custs.nm) is no person: no display drafted */
    CHECK(sm && sm->n_dims == 0);
    /* trap: ads.spend_usd holds spend: "spend" and "total spend" are that column, not revenue */
    CHECK(!spend_synonym(sm));
    CHECK(rev && rev->synonyms.n > 0);
    semantic_free(sm);
    /* an invoice's parts and its total: the total (tot_amt_cents), not the first part, less
     * the tax in it (tax is owed on, no revenue) */
    sm = draft_of("CREATE TABLE inv(inv_id INTEGER PRIMARY KEY, inv_dt DATE, base_amt_cents"
                  " INTEGER, addon_amt_cents INTEGER, tax_amt_cents INTEGER, tot_amt_cents"
                  " INTEGER);"
                  "INSERT INTO inv VALUES (1,'2024-01-01',1000,200,120,1320);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr,
                        "SUM((inv.tot_amt_cents - COALESCE(inv.tax_amt_cents, 0)) / 100.0)") == 0);
    semantic_free(sm);
    /* the invoices' own status lookup ('Void') before the subscription they belong to
     * ('CXL'): trap: a cancelled subscription voids no invoice billed before */
    sm = draft_of(
        "CREATE TABLE sub_stat(sub_stat_cd TEXT PRIMARY KEY, descr TEXT);"
        "INSERT INTO sub_stat VALUES ('ACT','Active'),('CXL','Cancelled');"
        "CREATE TABLE sub(sub_id INTEGER PRIMARY KEY, sub_stat_cd TEXT REFERENCES"
        " sub_stat(sub_stat_cd));"
        "INSERT INTO sub VALUES (1,'ACT'),(2,'CXL');"
        "CREATE TABLE inv_stat(inv_stat_cd TEXT PRIMARY KEY, stat_desc TEXT);"
        "INSERT INTO inv_stat VALUES ('PD','Paid'),('VD','Void'),('OP','Open');"
        "CREATE TABLE inv(inv_id INTEGER PRIMARY KEY, sub_id INTEGER REFERENCES"
        " sub(sub_id), inv_dt DATE, amt_cents INTEGER, inv_stat_cd TEXT REFERENCES"
        " inv_stat(inv_stat_cd));"
        "INSERT INTO inv VALUES (1,1,'2024-01-01',1000,'PD'),(2,2,'2024-02-01',500,'VD');");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && rev->filters.n == 1 && strstr(rev->filters.items[0], "'Void'") &&
          !strstr(rev->filters.items[0], "CXL"));
    semantic_free(sm);
    /* charges struck off (void_flg 'Y') are no revenue; trap: without the filter the voided
     * 500 would count */
    sm = draft_of("CREATE TABLE folio_chg(chg_id INTEGER PRIMARY KEY, chg_dt DATE,"
                  " chg_amt_cents INTEGER, void_flg TEXT);"
                  "INSERT INTO folio_chg VALUES (1,'2024-01-01',1000,'N'),(2,'2024-01-02',500,'Y'),"
                  "(3,'2024-01-03',700,'N');");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && rev->filters.n == 1 && strstr(rev->filters.items[0], "void_flg = 'N'"));
    semantic_free(sm);
    /* a line's own amount (after its discount) is its revenue, not quantity × list price; a
     * discount kept as money comes off the line; traps: a tax beside the line is no line
     * amount, and of two amounts neither is picked */
    sm = draft_of("CREATE TABLE inv(inv_id INTEGER PRIMARY KEY, inv_dt DATE);"
                  "CREATE TABLE inv_ln(ln_id INTEGER PRIMARY KEY, inv_id INTEGER REFERENCES"
                  " inv(inv_id), qty INTEGER, unit_price_cents INTEGER, disc_cents INTEGER,"
                  " line_amt_cents INTEGER);"
                  "INSERT INTO inv VALUES (1,'2024-01-01');"
                  "INSERT INTO inv_ln VALUES (1,1,2,1000,500,1500),(2,1,1,300,0,300);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(inv_ln.line_amt_cents / 100.0)") == 0);
    semantic_free(sm);
    sm = draft_of("CREATE TABLE inv(inv_id INTEGER PRIMARY KEY, inv_dt DATE);"
                  "CREATE TABLE inv_ln(ln_id INTEGER PRIMARY KEY, inv_id INTEGER REFERENCES"
                  " inv(inv_id), qty INTEGER, price REAL, disc_amt REAL, tax_amt REAL);"
                  "INSERT INTO inv VALUES (1,'2024-01-01');"
                  "INSERT INTO inv_ln VALUES (1,1,2,10.0,5.0,1.5),(2,1,1,3.0,0,0.3);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr,
                        "SUM((inv_ln.qty * inv_ln.price - COALESCE(inv_ln.disc_amt, 0)))") == 0);
    semantic_free(sm);
    sm = draft_of("CREATE TABLE inv(inv_id INTEGER PRIMARY KEY, inv_dt DATE);"
                  "CREATE TABLE inv_ln(ln_id INTEGER PRIMARY KEY, inv_id INTEGER REFERENCES"
                  " inv(inv_id), qty INTEGER, price REAL, gross_amt REAL, net_amt REAL);"
                  "INSERT INTO inv VALUES (1,'2024-01-01');"
                  "INSERT INTO inv_ln VALUES (1,1,2,10.0,20.0,18.0);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(inv_ln.qty * inv_ln.price)") == 0);
    semantic_free(sm);
    /* a discount kept in percent (disc_pct 10) takes that share off; the trap: it is no money
     * taken off the line (an independent check found the draft subtracting it as cents) */
    sm = draft_of("CREATE TABLE ord(ord_id INTEGER PRIMARY KEY, ord_dt DATE);"
                  "CREATE TABLE ord_ln(ln_id INTEGER PRIMARY KEY, ord_id INTEGER REFERENCES"
                  " ord(ord_id), qty INTEGER, unit_price_cents INTEGER, disc_pct INTEGER);"
                  "INSERT INTO ord VALUES (1,'2024-01-01');"
                  "INSERT INTO ord_ln VALUES (1,1,2,1000,10),(2,1,1,500,0),(3,1,3,200,25);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(ord_ln.qty * ord_ln.unit_price_cents * (1 - "
                                   "COALESCE(ord_ln.disc_pct, 0) / 100.0) / 100.0)") == 0);
    semantic_free(sm);
    /* refunds kept as rows of their own with positive amounts are taken off, not added; the
     * trap: refunds signed already (negative amounts) are summed as they are */
    sm = draft_of("CREATE TABLE pay_txn(txn_id INTEGER PRIMARY KEY, txn_ts TEXT, txn_typ TEXT,"
                  " amt_cents INTEGER);"
                  "INSERT INTO pay_txn VALUES (1,'2024-01-01','CHRG',1000),(2,'2024-01-02','RFND',"
                  "1000),(3,'2024-01-03','CHRG',500);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(CASE WHEN pay_txn.txn_typ = 'RFND' THEN -pay_txn.amt_cents "
                                   "ELSE pay_txn.amt_cents END / 100.0)") == 0);
    semantic_free(sm);
    sm = draft_of("CREATE TABLE pay_txn(txn_id INTEGER PRIMARY KEY, txn_ts TEXT, txn_typ TEXT,"
                  " amt_cents INTEGER);"
                  "INSERT INTO pay_txn VALUES (1,'2024-01-01','CHRG',1000),(2,'2024-01-02','RFND',"
                  "-1000),(3,'2024-01-03','CHRG',500);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(pay_txn.amt_cents / 100.0)") == 0);
    semantic_free(sm);
    /* a catalogue cost in cents is taken off a revenue in cents in the same dollars */
    sm = draft_of(
        "CREATE TABLE sku(sku_id INTEGER PRIMARY KEY, sku_nm TEXT, unit_cost_cents"
        " INTEGER);"
        "CREATE TABLE ord_hdr(ord_id INTEGER PRIMARY KEY, ord_dt DATE);"
        "CREATE TABLE ord_ln(ln_id INTEGER PRIMARY KEY, ord_id INTEGER REFERENCES"
        " ord_hdr(ord_id), sku_id INTEGER REFERENCES sku(sku_id), ord_qty INTEGER,"
        " unit_price_cents INTEGER);"
        "INSERT INTO sku VALUES (1,'Kale',150);INSERT INTO ord_hdr VALUES (1,'2024-01-01');"
        "INSERT INTO ord_ln VALUES (1,1,1,10,250);");
    const struct semantic_metric *profit = semantic_find_metric(sm, "profit");
    CHECK(profit && strstr(profit->expr, "unit_price_cents / 100.0") &&
          strstr(profit->expr, "unit_cost_cents / 100.0"));
    semantic_free(sm);
    /* trap: a price per unit beside a quantity (unit_prc_usd, qty) is never summed alone; a
     * stored code 'CNCL' in stat_cd is the cancelled status */
    sm = draft_of("CREATE TABLE ord(ord_id INTEGER PRIMARY KEY, ord_dt DATE, stat_cd TEXT);"
                  "CREATE TABLE ord_ln(ln_id INTEGER PRIMARY KEY,"
                  " ord_id INTEGER REFERENCES ord(ord_id), qty INTEGER, unit_prc_usd REAL);"
                  "INSERT INTO ord VALUES (1,'2024-01-01','SHP'),(2,'2024-01-02','CNCL');"
                  "INSERT INTO ord_ln VALUES (1,1,3,2.5),(2,2,1,9.0);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(ord_ln.qty * ord_ln.unit_prc_usd)") == 0);
    CHECK(rev && rev->filters.n == 1 && strstr(rev->filters.items[0], "'CNCL'") != NULL);
    semantic_free(sm);
    /* an insurer: claim payments are money paid out, premiums billed are the revenue */
    sm = draft_of("CREATE TABLE clm_pmt(pmt_id INTEGER PRIMARY KEY, pmt_dt DATE,"
                  " paid_amt_usd REAL);"
                  "CREATE TABLE prem_bill(bill_id INTEGER PRIMARY KEY, bill_dt DATE,"
                  " billed_amt_cents INTEGER);"
                  "INSERT INTO clm_pmt VALUES (1,'2024-01-01',10.0);"
                  "INSERT INTO prem_bill VALUES (1,'2024-01-01',2500);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(prem_bill.billed_amt_cents / 100.0)") == 0);
    /* a landlord and a carrier: the rent invoiced (rent_inv) and the bills (bl) are the
     * revenue, not the payments (pymt) made against them, whose name is a short form too */
    semantic_free(sm);
    sm = draft_of("CREATE TABLE pymt(pymt_id INTEGER PRIMARY KEY, inv_id INTEGER, pymt_dt DATE,"
                  " pymt_amt REAL);"
                  "CREATE TABLE rent_inv(inv_id INTEGER PRIMARY KEY, inv_dt DATE,"
                  " amt_due_cents INTEGER);"
                  "INSERT INTO pymt VALUES (1,1,'2024-01-05',900.0);"
                  "INSERT INTO rent_inv VALUES (1,'2024-01-01',90000);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(rent_inv.amt_due_cents / 100.0)") == 0);
    semantic_free(sm);
    sm = draft_of("CREATE TABLE pymt(pymt_id INTEGER PRIMARY KEY, pymt_dt DATE, pymt_amt REAL);"
                  "CREATE TABLE bl(bl_id INTEGER PRIMARY KEY, bl_dt DATE, tot_amt_cents INTEGER);"
                  "INSERT INTO pymt VALUES (1,'2024-01-05',50.0);"
                  "INSERT INTO bl VALUES (1,'2024-01-01',5000);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(bl.tot_amt_cents / 100.0)") == 0);
    /* an airline: the tickets' fares are the revenue, not the ancillary sales (bags, seats) */
    semantic_free(sm);
    sm = draft_of("CREATE TABLE anc_sale(anc_id INTEGER PRIMARY KEY, sale_ts DATE,"
                  " amt_cents INTEGER);"
                  "CREATE TABLE tkt(tkt_no TEXT PRIMARY KEY, iss_dt DATE, base_fare_amt REAL);"
                  "INSERT INTO anc_sale VALUES (1,'2024-01-05',3500);"
                  "INSERT INTO tkt VALUES ('A1','2024-01-01',250.0);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(tkt.base_fare_amt)") == 0);
    /* a rental business: what is charged on rentals is the revenue, not the payments (as
     * long an amount); the charges of cancelled ('CXL') rentals are left out */
    semantic_free(sm);
    sm = draft_of(
        "CREATE TABLE rentals(rental_id INTEGER PRIMARY KEY, pickup_at DATE,"
        " status_cd TEXT);"
        "CREATE TABLE payments(pmt_id INTEGER PRIMARY KEY, rental_id INTEGER REFERENCES"
        " rentals(rental_id), paid_on DATE, amount_usd REAL);"
        "CREATE TABLE rental_charges(charge_id INTEGER PRIMARY KEY, rental_id INTEGER"
        " REFERENCES rentals(rental_id), posted_at DATE, amount_cents INTEGER);"
        "INSERT INTO rentals VALUES (1,'2024-01-01','RET'),(2,'2024-01-02','CXL');"
        "INSERT INTO payments VALUES (1,1,'2024-01-05',80.0),(2,2,'2024-01-03',50.0);"
        "INSERT INTO rental_charges VALUES (1,1,'2024-01-05',8000),(2,2,'2024-01-03',5000);");
    rev = semantic_find_metric(sm, "revenue");
    CHECK(rev && strcmp(rev->expr, "SUM(rental_charges.amount_cents / 100.0)") == 0);
    CHECK(rev && rev->filters.n == 1 && strstr(rev->filters.items[0], "rentals.status_cd") &&
          strstr(rev->filters.items[0], "'CXL'"));
    semantic_free(sm);
    /* trap: a table of price changes (old and new asking prices) is no revenue */
    sm = draft_of("CREATE TABLE lst(lst_id INTEGER PRIMARY KEY, listed_on DATE);"
                  "CREATE TABLE lst_price_chg(chg_id INTEGER PRIMARY KEY, lst_id INTEGER"
                  " REFERENCES lst(lst_id), chg_dt DATE, old_price_usd INTEGER,"
                  " new_price_usd INTEGER);"
                  "INSERT INTO lst VALUES (1,'2024-01-01');"
                  "INSERT INTO lst_price_chg VALUES (1,1,'2024-02-01',500000,480000);");
    CHECK(sm && semantic_find_metric(sm, "revenue") == NULL);
    /* the one table of people whose rows end: a headcount of those whose end is not set;
     * trap: a second such table makes none (whose people?) */
    semantic_free(sm);
    sm = draft_of("CREATE TABLE emp(emp_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT,"
                  " hire_on DATE, term_on DATE);"
                  "INSERT INTO emp VALUES (1,'Al','Ng','2020-01-01',NULL),"
                  " (2,'Bo','Ek','2020-01-01','2023-05-01');");
    const struct semantic_metric *hc = semantic_find_metric(sm, "headcount");
    CHECK(hc && strcmp(hc->expr, "COUNT(emp.emp_id)") == 0 && hc->filters.n == 1 &&
          strcmp(hc->filters.items[0], "emp.term_on IS NULL") == 0);
    semantic_free(sm);
    sm = draft_of("CREATE TABLE emp(emp_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT,"
                  " term_on DATE);"
                  "CREATE TABLE vol(vol_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT,"
                  " left_on DATE);"
                  "INSERT INTO emp VALUES (1,'Al','Ng',NULL);"
                  "INSERT INTO vol VALUES (1,'Cy','Li',NULL);");
    CHECK(sm && semantic_find_metric(sm, "headcount") == NULL);
    /* a draft says it is one, and says so again when written and read back */
    CHECK(sm && sm->drafted == 1);
    struct buf out = BUF_INIT;
    struct semantic *again = NULL;
    CHECK_INT(sm ? semantic_write(sm, &out) : -1, 0);
    CHECK_CONTAINS(buf_cstr(&out), "drafted: true");
    CHECK_INT(semantic_parse(buf_cstr(&out), out.len, "again", &again, &e), 0);
    CHECK(again && again->drafted == 1);
    semantic_free(again);
    buf_free(&out);
    semantic_free(sm);
}

/* "above the average", "more than the median": the rows, never the aggregate alone. */
static void test_compare_with_aggregate(void)
{
    semantic_free(inv.semantic);
    inv.semantic = NULL;
    /* trap: "the average cost" read as the measure returns one number */
    expect_rows("which skus have a cost above the average",
                "SELECT label FROM skus WHERE cost_usd > 3.5", "average");
    expect_rows("skus whose cost usd is below the average",
                "SELECT label FROM skus WHERE cost_usd < 3.5", NULL);
    /* trap: the median is not the average (qty 1 2 4 5 10 100: median 4.5, average 20.3) */
    expect_rows("how many inv lines have a qty above the median",
                "SELECT COUNT(*) FROM inv_lines WHERE qty > 4.5", "median");
    expect_rows("how many inv lines have a qty above the average",
                "SELECT COUNT(*) FROM inv_lines WHERE qty > 20.4", NULL);
    /* and the aggregate itself when that is what is asked */
    expect_rows("what is the average qty of inv lines", "SELECT AVG(qty) FROM inv_lines", NULL);
}

/* Percentages of rows: the count meeting the condition over all rows, never the count alone,
 * never over the filtered rows only. */
static void test_percentages(void)
{
    /* 1 of 5 invoices is cancelled: 20, not 1 and not 100 */
    expect_rows("what percentage of invoices are cancelled", "SELECT 100.0 * 1 / 5",
                "percentage of invoices");
    expect_rows("what share of invoices were refunded", "SELECT 20.0", NULL);
    /* each company's share of all invoices: 40, 20, 40 */
    expect_rows(
        "what percentage of invoices come from each company",
        "SELECT 'Acme', 40.0 UNION ALL SELECT 'Birch', 20.0 UNION ALL SELECT 'Cobalt', 40.0", NULL);
    /* each tier's share of the revenue (cancelled invoices excluded): 75.5 and 32 of 107.5,
     * said after the measure or with "total" between */
    expect_rows("revenue share by account tier",
                "SELECT 'gold', 100.0 * 75.5 / 107.5 UNION ALL SELECT 'basic', 100.0 * 32 / 107.5",
                NULL);
    expect_rows("share of total revenue per account tier",
                "SELECT 'gold', 100.0 * 75.5 / 107.5 UNION ALL SELECT 'basic', 100.0 * 32 / 107.5",
                NULL);
    /* a rate within each group when the value follows the rows; trap: before them it may be
     * how those rows spread over the groups */
    expect_rows(
        "what percentage of invoices were paid per company",
        "SELECT 'Acme', 50.0 UNION ALL SELECT 'Birch', 100.0 UNION ALL SELECT 'Cobalt', 50.0",
        NULL);
    expect_unsure("share of paid invoices by company");
    /* a percentage of all rows with no condition and no group says nothing: unsure */
    expect_unsure("what percentage of invoices");
}

static const struct test_case tests[] = {
    {"percentages", test_percentages},
    {"compare_with_aggregate", test_compare_with_aggregate},
    {"file_errors", test_file_errors},
    {"json_and_roundtrip", test_json_and_roundtrip},
    {"metric_from_file", test_metric_from_file},
    {"metric_words", test_metric_words},
    {"draft", test_draft},
    {"draft_money_columns", test_draft_money_columns},
    {"draft_people", test_draft_people},
};

TEST_MAIN_FIXTURE(setup, teardown)
