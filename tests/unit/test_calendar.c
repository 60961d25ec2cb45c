/* Tests for tier 0's calendar and money readings (src/nl/calendar.c, src/nl/money.c) on a
 * made-up billing database whose names are not the demo's: `invoices` with `issued_at`, `due_on`,
 * `paid_at` (text with a time of day) and `total_usd`, `shipments` with `shipped_on` and
 * `delivered_on`, `refunds` in `amount_cents`, `accounts` with a `q3_target` column and `reps`
 * with people called May and June. The database is a real SQLite file read by the product's
 * own introspection; each question's rows are compared with those of hand-written SQL, and each
 * reading has the trap that would make it wrong. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "nl/nl.h"
#include "schema/schema.h"
#include "test.h"
#include "util/question.h"

#include "util/banned.h"

static const char billing_sql[] =
    "CREATE TABLE accounts(acct_id INTEGER PRIMARY KEY, company TEXT, plan_code TEXT,"
    " created_at TEXT, q3_target REAL);"
    "CREATE TABLE reps(rep_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,"
    " hired_dt DATE, base_pay_cents INTEGER);"
    "CREATE TABLE invoices(inv_id INTEGER PRIMARY KEY, acct_id INTEGER REFERENCES "
    "accounts(acct_id),"
    " rep_id INTEGER REFERENCES reps(rep_id), issued_at TEXT, due_on TEXT, paid_at TEXT,"
    " total_usd REAL, tax_usd REAL);"
    "CREATE TABLE shipments(shipment_no INTEGER PRIMARY KEY,"
    " inv_id INTEGER REFERENCES invoices(inv_id), shipped_on DATE, delivered_on DATE, carrier "
    "TEXT);"
    "CREATE TABLE users(user_id INTEGER PRIMARY KEY, email TEXT);"
    "CREATE TABLE logins(login_id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(user_id),"
    " logged_on DATE);"
    "INSERT INTO users VALUES (1,'a@x.io'),(2,'b@x.io'),(3,'c@x.io');"
    "INSERT INTO logins VALUES (1,1,'2023-11-02'),(2,1,'2024-01-05'),(3,2,'2024-01-20'),"
    " (4,3,'2024-02-11'),(5,2,'2023-12-30');"
    "CREATE TABLE refunds(refund_id INTEGER PRIMARY KEY, inv_id INTEGER REFERENCES "
    "invoices(inv_id),"
    " amount_cents INTEGER, refunded_on DATE);"
    "INSERT INTO accounts VALUES (1,'Northwind','PRO','2022-11-03 10:00:00',50000),"
    " (2,'Bluebird','STD','2023-02-14 09:30:00',12000),(3,'Kestrel','PRO','2023-08-01 16:00:00',"
    " 30000),(4,'Osprey','ENT','2024-01-20 11:00:00',90000);"
    "INSERT INTO reps VALUES (1,'May','Lindqvist','2019-04-01',7200000),"
    " (2,'June','Okafor','2021-09-15',6100000),(3,'Tomas','Berg','2022-05-02',5800000);"
    "INSERT INTO invoices VALUES"
    " (1,1,1,'2023-01-15 09:00:00','2023-02-14','2023-02-01 10:00:00',120.0,12.0),"
    " (2,2,2,'2023-05-20 14:30:00','2023-06-19','2023-07-02 08:00:00',800.0,80.0),"
    " (3,1,1,'2023-06-30 23:15:00','2023-07-30','2023-07-10 12:00:00',1500.0,150.0),"
    " (4,3,3,'2023-07-01 00:10:00','2023-07-31',NULL,2500.0,250.0),"
    " (5,2,2,'2023-09-30 18:00:00','2023-10-30','2023-10-01 09:00:00',640.0,64.0),"
    " (6,3,1,'2023-10-01 08:00:00','2023-10-31','2023-12-15 09:00:00',1999.0,199.9),"
    " (7,1,3,'2023-12-05 11:00:00','2024-01-04','2024-01-03 09:00:00',300.0,30.0),"
    " (8,4,2,'2024-02-29 16:00:00','2024-03-30','2024-03-01 09:00:00',75.5,7.55),"
    " (9,4,1,'2024-05-11 10:00:00','2024-06-10','2024-06-20 09:00:00',1000.0,100.0),"
    " (10,2,3,'2024-06-28 13:00:00','2024-07-28',NULL,450.0,45.0);"
    "INSERT INTO shipments VALUES (1,1,'2023-01-16','2023-01-20','DHL'),"
    " (2,2,'2023-05-22','2023-05-29','UPS'),(3,3,'2023-07-03','2023-07-05','DHL'),"
    " (4,4,'2023-07-03','2023-07-10','UPS'),(5,5,'2023-10-02','2023-10-04','DHL'),"
    " (6,6,'2023-10-02','2023-10-12','FedEx'),(7,7,'2023-12-06','2023-12-08','DHL'),"
    " (8,8,'2024-03-01','2024-03-04','UPS'),(9,9,'2024-05-13','2024-05-20','DHL'),"
    " (10,10,'2024-06-29','2024-07-20','UPS'),(11,10,'2024-04-10','2024-04-30','FedEx'),"
    " (12,9,'2024-03-20','2024-07-25','DHL');"
    "CREATE TABLE site_visits(visit_id INTEGER PRIMARY KEY, visited_on DATE);"
    "INSERT INTO site_visits VALUES (1,'06/01/2023'),(2,'12/24/2023'),(3,'01/15/2024');"
    "INSERT INTO refunds VALUES (1,2,2500,'2023-06-01'),(2,6,7550,'2023-11-01'),"
    " (3,9,12000,'2024-06-01');"
    /* dates kept as numbers: YYYYMMDD, seconds since 1970; and the numbers that are not dates:
     * a batch number shaped like a day, a posting 'date' whose months pass 12, text whose day
     * and month cannot be told apart */
    "CREATE TABLE pymts(pymt_id INTEGER PRIMARY KEY, inv_id INTEGER REFERENCES invoices(inv_id),"
    " pymt_dt INTEGER, pymt_amt REAL, batch_no INTEGER);"
    "INSERT INTO pymts VALUES (1,1,20230201,120.0,20230105),(2,2,20230702,800.0,20230106),"
    " (3,3,20230710,1500.0,20230107),(4,5,20231001,640.0,20230108),"
    " (5,6,20231215,1999.0,20230109),(6,7,20240103,300.0,20230110),"
    " (7,8,20240301,75.5,20230111),(8,9,20240620,1000.0,20230112);"
    "CREATE TABLE app_events(evt_id INTEGER PRIMARY KEY, device TEXT, evt_ts INTEGER, kind TEXT);"
    "INSERT INTO app_events VALUES (1,'ios',1672617600,'open'),(2,'ios',1688169600,'open'),"
    " (3,'web',1704110400,'close'),(4,'web',1717236000,'open'),(5,'ios',1718841600,'open'),"
    " (6,'web',1719705600,'close');"
    "CREATE TABLE plans(plan_id INTEGER PRIMARY KEY, plan_nm TEXT);"
    "INSERT INTO plans VALUES (1,'Weekly'),(2,'Monthly Plus');"
    "CREATE TABLE subs(sub_id INTEGER PRIMARY KEY, plan_id INTEGER REFERENCES plans(plan_id),"
    " started_on DATE, end_dt DATE, mrr_usd REAL);"
    "INSERT INTO subs VALUES (1,1,'2024-01-02','2024-03-01',10),(2,1,'2024-01-09',NULL,20),"
    " (3,2,'2024-01-10','2024-05-01',30);"
    "CREATE TABLE pol_term(term_id INTEGER PRIMARY KEY, term_eff_dt INTEGER, term_exp_dt INTEGER,"
    " wrtn_prem_amt REAL, ded_amt REAL);"
    "INSERT INTO pol_term VALUES (1,20230301,20240301,900,500),(2,20240115,20250115,1200,250),"
    " (3,20240601,20250601,800,250),(4,20241201,20251201,1000,1000);"
    "CREATE TABLE outages(outage_id INTEGER PRIMARY KEY, started_at TEXT, restored_at TEXT);"
    "INSERT INTO outages VALUES (1,'2024-01-01 10:00:00','2024-01-01 13:00:00'),"
    " (2,'2024-02-01 08:00:00','2024-02-02 09:00:00');"
    "CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name TEXT, opened_on DATE);"
    "INSERT INTO depots VALUES (1,'North','2019-05-01'),(2,'South','2024-02-01');"
    "CREATE TABLE depot_fees(fee_id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES"
    " depots(depot_id), fee_usd REAL);"
    "INSERT INTO depot_fees VALUES (1,1,10),(2,2,20),(3,2,5);"
    "CREATE TABLE ledger(entry_id INTEGER PRIMARY KEY, post_dt INTEGER, amt REAL);"
    "INSERT INTO ledger VALUES (1,20241399,5.0),(2,20241410,6.0),(3,20240115,7.0);"
    "CREATE TABLE drops(drop_id INTEGER PRIMARY KEY, dropped_on TEXT);"
    "INSERT INTO drops VALUES (1,'03/04/2024'),(2,'05/06/2024'),(3,'01/02/2023');";

static char db_path[512];
static struct db *g_db;
static struct schema g_s;
static sqlite3 *g_lite;

static void setup(void)
{
    struct err e = {0};
    const char *dir = getenv("GENBI_TEST_TMP");
    snprintf(db_path, sizeof db_path, "%s/test_calendar_%d.sqlite", dir ? dir : "/tmp",
             (int)getpid());
    unlink(db_path);
    if (sqlite3_open(db_path, &g_lite) != SQLITE_OK ||
        sqlite3_exec(g_lite, billing_sql, NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "setup: %s\n", sqlite3_errmsg(g_lite));
        exit(1);
    }
    if (db_open(db_path, &g_db, &e) != 0 || db_introspect(g_db, &g_s, &e) != 0) {
        fprintf(stderr, "setup: %s\n", e.msg);
        exit(1);
    }
}

static void teardown(void)
{
    schema_free(&g_s);
    db_close(g_db);
    sqlite3_close(g_lite);
    unlink(db_path);
}

/* The rows of sql as sorted lines (reals to 4 places), or "ERROR: ..." */
static int cmp_line(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *rows_of(const char *sql)
{
    sqlite3_stmt *st = NULL;
    char *lines[64], out[4096];
    size_t n = 0, o = 0;
    if (!sql)
        return strdup("NO SQL");
    if (sqlite3_prepare_v2(g_lite, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(out, sizeof out, "ERROR: %s", sqlite3_errmsg(g_lite));
        return strdup(out);
    }
    while (sqlite3_step(st) == SQLITE_ROW && n < 64) {
        char line[256];
        size_t lo = 0;
        line[0] = '\0';
        for (int c = 0; c < sqlite3_column_count(st) && lo < sizeof line; c++) {
            int w = sqlite3_column_type(st, c) == SQLITE_FLOAT
                        ? snprintf(line + lo, sizeof line - lo, "%s%.4f", c ? "|" : "",
                                   sqlite3_column_double(st, c))
                        : snprintf(line + lo, sizeof line - lo, "%s%s", c ? "|" : "",
                                   sqlite3_column_type(st, c) == SQLITE_NULL
                                       ? "NULL"
                                       : (const char *)sqlite3_column_text(st, c));
            lo += w > 0 ? (size_t)w : 0;
        }
        lines[n++] = strdup(line);
    }
    sqlite3_finalize(st);
    qsort(lines, n, sizeof lines[0], cmp_line);
    o += (size_t)snprintf(out, sizeof out, "%zu rows\n", n);
    for (size_t k = 0; k < n; k++) {
        if (o < sizeof out)
            o += (size_t)snprintf(out + o, sizeof out - o, "%s\n", lines[k]);
        free(lines[k]);
    }
    return strdup(out);
}

static int ask(const char *text, struct nl_answer *a)
{
    struct question *q = NULL;
    struct err e = {0};
    int rc = question_read(text, &q);
    if (rc == 0)
        rc = nl_generate(&g_s, q, a, &e);
    question_free(q);
    return rc;
}

/* Tier 0 answers with confidence >= 0.8 and the rows of `expected`. */
static void expect_rows(const char *question, const char *expected)
{
    struct nl_answer a;
    CHECK_INT(ask(question, &a), 0);
    char *got = rows_of(a.sql), *want = rows_of(expected);
    test_checks_++;
    if (strcmp(got, want) != 0 || strncmp(want, "ERROR", 5) == 0 || a.confidence < 0.8) {
        test_failures_++;
        fprintf(stderr, "Q: %s\n  sql:  %s\n  conf: %.2f\n  explain: %s\n  got:  %s  want: %s",
                question, a.sql ? a.sql : "(null)", a.confidence, a.explain ? a.explain : "", got,
                want);
    }
    free(got);
    free(want);
    nl_answer_free(&a);
}

/* Tier 0 hands the question over (no SQL, or confidence < 0.8). */
static void expect_unsure(const char *question)
{
    struct nl_answer a;
    CHECK_INT(ask(question, &a), 0);
    test_checks_++;
    if (a.sql && a.confidence >= 0.8) {
        test_failures_++;
        fprintf(stderr, "Q: %s\n  should be unsure, got %.2f: %s\n", question, a.confidence, a.sql);
    }
    nl_answer_free(&a);
}

/* Whatever tier 0 answers, its SQL does not contain `absent`. */
static void expect_sql_lacks(const char *question, const char *absent)
{
    struct nl_answer a;
    CHECK_INT(ask(question, &a), 0);
    test_checks_++;
    if (a.sql && strstr(a.sql, absent)) {
        test_failures_++;
        fprintf(stderr, "Q: %s\n  sql has '%s': %s\n", question, absent, a.sql);
    }
    nl_answer_free(&a);
}

/* Quarters and halves: the event date (issued_at, not due_on or paid_at), and the last day's
 * evening (2023-09-30 18:00) inside the period, which BETWEEN ... '2023-09-30' would drop. */
static void test_quarters(void)
{
    expect_rows("How many invoices in Q3 2023?",
                "SELECT COUNT(*) FROM invoices WHERE issued_at >= '2023-07-01' AND"
                " issued_at < '2023-10-01'");
    expect_rows("number of invoices in the fourth quarter of 2023",
                "SELECT COUNT(*) FROM invoices WHERE substr(issued_at, 1, 7) BETWEEN '2023-10' AND"
                " '2023-12'");
    expect_rows("How many invoices were issued in the first half of 2024?",
                "SELECT COUNT(*) FROM invoices WHERE issued_at LIKE '2024-0%' AND"
                " substr(issued_at, 6, 2) <= '06'");
    expect_rows(
        "invoices per quarter in 2023",
        "SELECT substr(issued_at, 1, 4) || '-Q' || ((CAST(substr(issued_at, 6, 2) AS "
        "INTEGER) + 2) / 3), COUNT(*) FROM invoices WHERE issued_at LIKE '2023%' GROUP BY 1");
    expect_rows("Which quarter of 2023 had the fewest invoices?", "SELECT '2023-Q1'");
    /* "month by month", "year by year": one grouping said twice */
    expect_rows("invoices in 2023, month by month",
                "SELECT substr(issued_at, 1, 7), COUNT(*) FROM invoices WHERE issued_at LIKE"
                " '2023%' GROUP BY 1");
    /* chat shorthand: "qtr" is a quarter */
    expect_rows(
        "invoices per qtr in 2023",
        "SELECT substr(issued_at, 1, 4) || '-Q' || ((CAST(substr(issued_at, 6, 2) AS "
        "INTEGER) + 2) / 3), COUNT(*) FROM invoices WHERE issued_at LIKE '2023%' GROUP BY 1");
    /* trap: a column called q3_target is no quarter */
    expect_rows("What is the total q3 target?", "SELECT SUM(q3_target) FROM accounts");
    /* quarters of different years stay apart: each label keeps its year */
    expect_rows(
        "invoices by quarter",
        "SELECT substr(issued_at, 1, 4) || '-Q' || ((CAST(substr(issued_at, 6, 2) AS "
        "INTEGER) + 2) / 3), COUNT(*) FROM invoices WHERE issued_at IS NOT NULL GROUP BY 1");
    /* trap: "last quarter" needs today's date */
    expect_rows("How many invoices in the last quarter?",
                "SELECT COUNT(*) FROM invoices WHERE strftime('%Y', issued_at) || "
                "((CAST(strftime('%m', issued_at) AS INT) + 2) / 3) = "
                "strftime('%Y', (SELECT MAX(issued_at) FROM invoices), 'start of month', "
                "'-3 month') || ((CAST(strftime('%m', (SELECT MAX(issued_at) FROM invoices), "
                "'start of month', '-3 month') AS INT) + 2) / 3)");
    /* ... but "the last quarter of 2023" is its fourth, "the last month of 2023" December */
    expect_rows("How many invoices in the last quarter of 2023?",
                "SELECT COUNT(*) FROM invoices WHERE substr(issued_at, 1, 7) BETWEEN '2023-10' AND"
                " '2023-12'");
    expect_rows("How many invoices in the last month of 2023?",
                "SELECT COUNT(*) FROM invoices WHERE issued_at LIKE '2023-12%'");
    /* "by shipped_on" after a period read on it says which date (trap: one group per day at
     * 1.00) */
    expect_rows("how many shipments in 2023 by shipped_on",
                "SELECT COUNT(*) FROM shipments WHERE shipped_on LIKE '2023%'");
    /* alone, "the last month" is the one before the data's latest (as "the last 3 months"
     * end where the data ends) */
    expect_rows("How many invoices in the last month?",
                "SELECT COUNT(*) FROM invoices WHERE strftime('%Y-%m', issued_at) = "
                "strftime('%Y-%m', (SELECT MAX(issued_at) FROM invoices), 'start of month', "
                "'-1 month')");
}

/* Named months: with a year, a day, a range; alone (every year); and a person called May. */
static void test_months(void)
{
    expect_rows("How many invoices were issued in May 2023?",
                "SELECT COUNT(*) FROM invoices WHERE issued_at LIKE '2023-05%'");
    expect_rows("How many invoices in December?",
                "SELECT COUNT(*) FROM invoices WHERE substr(issued_at, 6, 2) = '12'");
    expect_rows("How many invoices between Jan 1 2023 and Jun 30 2023?",
                "SELECT COUNT(*) FROM invoices WHERE substr(issued_at, 1, 10) BETWEEN '2023-01-01'"
                " AND '2023-06-30'");
    expect_rows("How many invoices since March 2024?",
                "SELECT COUNT(*) FROM invoices WHERE issued_at >= '2024-03-01'");
    expect_rows(
        "number of invoices per month in 2024",
        "SELECT substr(issued_at, 1, 7), COUNT(*) FROM invoices WHERE issued_at LIKE '2024%'"
        " GROUP BY 1");
    /* days written first, at both ends of a range */
    expect_rows("How many invoices from 15 Nov 2023 to 31 Dec 2023?",
                "SELECT COUNT(*) FROM invoices WHERE substr(issued_at, 1, 10) BETWEEN '2023-11-15'"
                " AND '2023-12-31'");
    expect_rows("number of invoices between 1 March 2024 and 15 April 2024",
                "SELECT COUNT(*) FROM invoices WHERE substr(issued_at, 1, 10) BETWEEN '2024-03-01'"
                " AND '2024-04-15'");
    /* trap: a count before a month is no day ("top 3 Nov 2023 accounts": the month's top 3) */
    expect_sql_lacks("top 3 Nov 2023 accounts by number of invoices", "11-03");
    /* trap: "May" is a rep's first name; without a year it is the person */
    expect_sql_lacks("How many invoices did May issue?", "%m");
    expect_sql_lacks("invoices of rep May", "%m");
}

/* Weekdays: a filter, a grouping and the busiest one. */
static void test_weekdays(void)
{
    expect_rows("How many invoices were issued on weekends?",
                "SELECT COUNT(*) FROM invoices WHERE strftime('%w', issued_at) IN ('0', '6')");
    expect_rows("How many shipments on Mondays?",
                "SELECT COUNT(*) FROM shipments WHERE strftime('%w', shipped_on) = '1'");
    expect_rows("Which day of the week has the most shipments?", "SELECT 'Monday'");
    expect_rows("number of shipments by weekday",
                "SELECT CASE strftime('%w', shipped_on) WHEN '1' THEN 'Monday'"
                " WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday'"
                " WHEN '6' THEN 'Saturday' ELSE 'other' END, COUNT(*) FROM shipments GROUP BY 1");
}

/* The last N days/weeks/months, ending at the data's latest date (not today): on a table with
 * two dates, the event one (shipped_on; delivered_on gives 4 rows, not 3). */
static void test_recent(void)
{
    expect_rows("How many shipments in the last 3 months?",
                "SELECT COUNT(*) FROM shipments WHERE shipped_on > date((SELECT MAX(shipped_on)"
                " FROM shipments), '-3 months')");
    expect_rows("How many shipments in the past 8 weeks?",
                "SELECT COUNT(*) FROM shipments WHERE shipped_on > date((SELECT MAX(shipped_on)"
                " FROM shipments), '-56 days')");
    /* trap: "the last 5 shipments" is a ranking, not a period */
    expect_sql_lacks("the last 5 shipments", "MAX(");
}

/* Days between two dates of one table: calendar days, the event date first. */
static void test_days_between(void)
{
    expect_rows("average days to deliver",
                "SELECT AVG(julianday(delivered_on) - julianday(shipped_on)) FROM shipments");
    expect_rows(
        "What is the average number of days until paid for invoices?",
        "SELECT AVG(julianday(substr(paid_at, 1, 10)) - julianday(substr(issued_at, 1, 10)))"
        " FROM invoices");
    expect_rows("How many shipments took more than 7 days to deliver?",
                "SELECT COUNT(*) FROM shipments WHERE julianday(delivered_on) -"
                " julianday(shipped_on) > 7");
    /* "7+ days": seven or more */
    expect_rows("How many shipments took 7+ days to deliver?",
                "SELECT COUNT(*) FROM shipments WHERE julianday(delivered_on) -"
                " julianday(shipped_on) >= 7");
    expect_rows("average days to deliver per carrier",
                "SELECT carrier, AVG(julianday(delivered_on) - julianday(shipped_on)) FROM"
                " shipments GROUP BY carrier");
    /* "delivery time" is those days too; trap: a time no date column names hands over */
    expect_rows("average delivery time in days",
                "SELECT AVG(julianday(delivered_on) - julianday(shipped_on)) FROM shipments");
    expect_unsure("average response time of invoices");
    /* "days from shipment to delivery", "delivery days by carrier": the same days */
    expect_rows("average days from shipment to delivery",
                "SELECT AVG(julianday(delivered_on) - julianday(shipped_on)) FROM shipments");
    expect_rows("avg delivery days by carrier",
                "SELECT carrier, AVG(julianday(delivered_on) - julianday(shipped_on)) FROM"
                " shipments GROUP BY carrier");
    /* trap: from a date of another table ("from invoice to delivery") is not read */
    expect_unsure("average days from invoice to delivery");
}

/* Amounts written as money: the money column (total_usd, not tax_usd), cents, "2k". */
static void test_money(void)
{
    expect_rows("How many invoices over $1,000?",
                "SELECT COUNT(*) FROM invoices WHERE total_usd > 1000");
    expect_rows("How many invoices between $500 and $2k?",
                "SELECT COUNT(*) FROM invoices WHERE total_usd BETWEEN 500 AND 2000");
    /* trap: amount_cents holds cents */
    expect_rows("How many refunds over $50?",
                "SELECT COUNT(*) FROM refunds WHERE amount_cents > 5000");
    expect_rows("How many reps with base pay over $60,000?",
                "SELECT COUNT(*) FROM reps WHERE base_pay_cents > 6000000");
    expect_rows("How many invoices under 2k in 2023?",
                "SELECT COUNT(*) FROM invoices WHERE total_usd < 2000 AND issued_at LIKE '2023%'");
}

/* Growth: the later period against the earlier whatever the order they are said in; "year
 * over year" finds the earlier period; a column named like a growth word stays a name. */
static void test_growth(void)
{
    expect_rows("How did the number of invoices change from 2023 to 2024?",
                "SELECT (SELECT COUNT(*) FROM invoices WHERE issued_at LIKE '2024%') -"
                " (SELECT COUNT(*) FROM invoices WHERE issued_at LIKE '2023%')");
    expect_rows("growth of the sum of total usd, Q2 2024 vs Q2 2023",
                "SELECT 100.0 * ((SELECT SUM(total_usd) FROM invoices WHERE issued_at LIKE"
                " '2024-0%' AND substr(issued_at, 6, 2) BETWEEN '04' AND '06') - 800 - 1500) /"
                " (800 + 1500)");
    expect_rows("year over year growth in number of invoices in 2024",
                "SELECT 100.0 * (3 - 7) / 7");
    /* "by how many percent" asks for the rate, "by how many" alone for the difference */
    expect_rows("By how many percent did the number of invoices grow in 2024 compared to 2023?",
                "SELECT 100.0 * (3 - 7) / 7");
    expect_rows("By how many did the number of invoices change from 2023 to 2024?", "SELECT 3 - 7");
    expect_rows("How much did the sum of total usd change from 2023 to 2024 (%)?",
                "SELECT 100.0 * (1525.5 - 7859.0) / 7859.0");
    /* a month of no year beside the other period is that period's year (the year before when
     * it would come after it); trap: it is no condition on both periods (October would be 0) */
    expect_rows("change in the sum of total usd from September to October 2023",
                "SELECT 1999.0 - 640.0");
    expect_rows("change in the sum of total usd from December to February 2024",
                "SELECT 75.5 - 300.0");
    /* an amount by groups is its total in each (trap: never the number of rows) */
    expect_rows("tax usd by year",
                "SELECT substr(issued_at, 1, 4), SUM(tax_usd) FROM invoices GROUP BY 1");
    /* a year said first, before the rows, is their period */
    expect_rows("2023 shipments by carrier",
                "SELECT carrier, COUNT(*) FROM shipments WHERE shipped_on LIKE '2023%'"
                " GROUP BY carrier");
    /* trap: two periods with no growth word select nothing; tier 0 hands over */
    expect_unsure("How many invoices in Q1 2023 and Q1 2024?");
    /* a growth by period is a series: each period against the one before it (2023: 7
     * invoices, 2024: 3; the first year has none before it) */
    /* the first period is shown with no growth (NULL), as most writers of such series did */
    expect_rows("invoice growth by year",
                "SELECT '2023', 7, NULL UNION ALL SELECT '2024', 3, 100.0 * (3 - 7) / 7");
    expect_rows("how did the number of invoices change by year",
                "SELECT '2023', 7, NULL UNION ALL SELECT '2024', 3, 3 - 7");
    expect_rows("growth of the sum of total usd for each year vs the year before",
                "SELECT '2023', 7859.0, NULL UNION ALL"
                " SELECT '2024', 1525.5, 100.0 * (1525.5 - 7859.0) / 7859.0");
    /* "the previous year" is the base of one year's growth */
    expect_rows("growth in number of invoices in 2024 compared to the previous year",
                "SELECT 100.0 * (3 - 7) / 7");
    /* "X over X" with no period is the series; within a longer period, each month of it against
     * the month before it in the data (2023-12 is read only as the base of 2024-02) */
    expect_rows("year over year invoice growth",
                "SELECT '2023', 7, NULL UNION ALL SELECT '2024', 3, 100.0 * (3 - 7) / 7");
    expect_rows("month-over-month growth in number of invoices in 2024",
                "SELECT '2024-02', 1, 0.0 UNION ALL SELECT '2024-05', 1, 0.0"
                " UNION ALL SELECT '2024-06', 1, 0.0");
    expect_rows("invoice growth by month in 2024",
                "SELECT '2024-02', 1, 0.0 UNION ALL SELECT '2024-05', 1, 0.0"
                " UNION ALL SELECT '2024-06', 1, 0.0");
    /* traps: quarters of two years would be taken together; a period of one month has no
     * months to compare within it; a growth over groups that are no periods; a growth of an
     * extreme */
    expect_unsure("quarter over quarter invoice growth in 2024");
    expect_unsure("invoice growth by month in May 2024");
    expect_unsure("invoice growth by rep");
    expect_unsure("growth of the largest total usd by year");
}

/* "new accounts per year": rows counted by their own date; entities without one by their
 * first event */
static void test_cohorts(void)
{
    expect_rows("new accounts per year",
                "SELECT substr(created_at, 1, 4), COUNT(*) FROM accounts GROUP BY 1");
    /* trap: accounts.created_at says 2 for 2023; their first invoices say 3 */
    expect_rows("How many accounts received their first invoice in 2023?",
                "SELECT COUNT(*) FROM (SELECT acct_id, MIN(issued_at) AS m FROM invoices"
                " GROUP BY acct_id) WHERE m LIKE '2023%'");
    expect_rows("new users per year",
                "SELECT substr(m, 1, 4), COUNT(*) FROM (SELECT user_id, MIN(logged_on) AS m"
                " FROM logins GROUP BY user_id) GROUP BY 1");
    /* trap: a condition on the entity beside its first event is not composed */
    expect_unsure("How many accounts on plan PRO received their first invoice in 2023?");
}

/* Days: "per day", "daily", "which day", "the busiest day" group by the calendar day, and the
 * day of a timestamp is its date (9:00 and 16:00 on one day are one group). */
static void test_days(void)
{
    expect_rows("number of invoices per day in 2024",
                "SELECT '2024-02-29', 1 UNION ALL SELECT '2024-05-11', 1 UNION ALL "
                "SELECT '2024-06-28', 1");
    expect_rows("number of logins per day in January 2024",
                "SELECT '2024-01-05', 1 UNION ALL SELECT '2024-01-20', 1");
    struct nl_answer a;
    CHECK_INT(ask("what was the busiest single day for logins?", &a), 0);
    CHECK(a.sql && a.confidence >= 0.8 && strstr(a.sql, "GROUP BY date(") &&
          strstr(a.sql, "ORDER BY COUNT(*) DESC LIMIT 1"));
    nl_answer_free(&a);
    /* trap: "the last 30 days" is a window, not a daily grouping */
    expect_sql_lacks("logins in the last 30 days", "GROUP BY");
}

/* Dates as ISO 8601 writes them: after a day is from the next day on (the evening of
 * 2023-09-30 is not after it), between two days takes both whole days, a month alone is its
 * whole month. */
static void test_iso_dates(void)
{
    expect_rows("How many invoices were issued after 2023-09-30?",
                "SELECT COUNT(*) FROM invoices WHERE issued_at >= '2023-10-01'");
    expect_rows("How many invoices between 2023-06-30 and 2023-07-01?", "SELECT 2");
    expect_rows("How many invoices were issued on 2024-02-29?", "SELECT 1");
    expect_rows("How many invoices before 2023-05-20?", "SELECT 1");
    expect_rows("How many invoices since 2024-02?", "SELECT 3");
    /* trap: no such day; the numbers are not a year and two counts */
    expect_unsure("How many invoices on 2023-02-30?");
    /* trap: month first or day first, the text does not say */
    expect_unsure("How many invoices on 06/01/2023?");
    /* a DATE column written 12/24/2023 is read month first: its second part passes 12 */
    expect_rows("How many site visits after 2023-06-01?", "SELECT 2");
    /* trap: 03/04/2024, 05/06/2024: which part is the day the data does not say */
    expect_unsure("How many drops after 2024-04-01?");
}

/* A year said last, after a measure or a count: the year the rows are of. The trap: after a
 * key it is the key's value. */
static void test_year_said_last(void)
{
    expect_rows("total tax usd 2023",
                "SELECT SUM(tax_usd) FROM invoices WHERE issued_at LIKE '2023%'");
    expect_rows("total tax usd, 2024",
                "SELECT SUM(tax_usd) FROM invoices WHERE issued_at LIKE '2024%'");
    expect_rows("invoice count 2024", "SELECT 3");
    expect_rows("monthly invoice count 2024",
                "SELECT '2024-02', 1 UNION ALL SELECT '2024-05', 1 UNION ALL SELECT '2024-06', 1");
    expect_sql_lacks("invoices with inv id 2023", "strftime");
}

/* "days between X and Y" over two named date columns of one table, from the earlier step; "rev"
 * is revenue as written out (the layer's, not a formula of its own). */
static void test_days_and_rev(void)
{
    expect_rows("average days between shipped on and delivered on",
                "SELECT AVG(julianday(delivered_on) - julianday(shipped_on)) FROM shipments");
    expect_rows("max days between delivered on and shipped on per carrier",
                "SELECT carrier, CAST(MAX(julianday(delivered_on) - julianday(shipped_on)) AS"
                " INTEGER) FROM shipments GROUP BY carrier");
    /* hours between two moments, with their fraction; a duration from the event to its end */
    expect_rows("average hours between started at and restored at", "SELECT 14.0");
    expect_rows("avg duration of outages in hours", "SELECT 14.0");
    expect_rows("total minutes between started at and restored at", "SELECT 1680.0");
    /* trap: shipments have no date of an end, only of a delivery: no duration read */
    expect_unsure("average duration of shipments");
    /* one event said after a word that picks it: the row of the table whose date names it */
    expect_rows("who's our most recent hire?", "SELECT 'Tomas', 'Berg'");
    expect_rows("first hire", "SELECT 'May', 'Lindqvist'");
    struct nl_answer a, b;
    CHECK_INT(ask("total rev in 2023", &a), 0);
    CHECK_INT(ask("total revenue in 2023", &b), 0);
    CHECK(a.sql && b.sql && strcmp(a.sql, b.sql) == 0);
    nl_answer_free(&a);
    nl_answer_free(&b);
}

/* The months of every year together: "by month of the year", "by calendar month". The trap:
 * "per month" keeps each year's months apart. */
static void test_month_of_year(void)
{
    static const char moy[] =
        "SELECT 1, 1 UNION ALL SELECT 2, 1 UNION ALL SELECT 5, 2 UNION ALL SELECT 6, 2"
        " UNION ALL SELECT 7, 1 UNION ALL SELECT 9, 1 UNION ALL SELECT 10, 1 UNION ALL SELECT 12, "
        "1";
    expect_rows("invoices by month of the year", moy);
    expect_rows("number of invoices by calendar month", moy);
    expect_rows("invoices per month",
                "SELECT substr(issued_at, 1, 7), COUNT(*) FROM invoices GROUP BY 1");
}

/* A running total: each period's measure and the sum of the periods up to it. The trap: groups
 * that are no periods have no order to add up in. */
static void test_running_total(void)
{
    expect_rows("running total of tax usd by year",
                "SELECT '2023', 785.9, 785.9 UNION ALL SELECT '2024', 152.55, 938.45");
    expect_rows("cumulative invoices by year",
                "SELECT '2023', 7, 7 UNION ALL SELECT '2024', 3, 10");
    expect_unsure("running total of shipments by carrier");
    /* trap: fees with no date of their own are not dated by the day their depot opened */
    expect_unsure("total fee usd in 2024");
    /* trap: a figure at the end of each month is a snapshot, no total per month */
    expect_unsure("total usd at the end of each month in 2023");
    expect_unsure("total usd at month end in 2023");
    expect_unsure("mrr usd at the end of each month in 2024");
}

/* Weeks: "per week", "weekly" group by the Monday each week starts on. The trap: 'Weekly' is
 * also a stored plan, and "subs on the weekly plan" are not counted per week. */
static void test_weeks(void)
{
    static const char weeks[] = "SELECT '2023-10-30', 1 UNION ALL SELECT '2023-12-25', 1"
                                " UNION ALL SELECT '2024-01-01', 1 UNION ALL SELECT '2024-01-15', 1"
                                " UNION ALL SELECT '2024-02-05', 1";
    expect_rows("number of logins per week", weeks);
    expect_rows("weekly logins", weeks);
    expect_rows("subs per week in January 2024",
                "SELECT '2024-01-01', 1 UNION ALL SELECT '2024-01-08', 2");
    expect_unsure("how many subs on the weekly plan");
}

/* Dates kept as YYYYMMDD numbers and as seconds since 1970 are read as dates: periods, months,
 * "the last N days", the latest one shown as a date. The traps: a number shaped like a day
 * whose name says nothing of dates, and a "_dt" column whose months pass 12. */
static void test_encoded_dates(void)
{
    int t = schema_find_table(&g_s, "pymts");
    CHECK(t >= 0);
    if (t < 0)
        return;
    const struct schema_table *tb = &g_s.tables[t];
    CHECK_INT(tb->cols[schema_find_column(tb, "pymt_dt")].date_form, SCHEMA_DATE_YYYYMMDD);
    CHECK_INT(tb->cols[schema_find_column(tb, "pymt_dt")].type, SCHEMA_TYPE_DATE);
    CHECK_INT(tb->cols[schema_find_column(tb, "batch_no")].type, SCHEMA_TYPE_INTEGER);
    tb = &g_s.tables[schema_find_table(&g_s, "app_events")];
    CHECK_INT(tb->cols[schema_find_column(tb, "evt_ts")].date_form, SCHEMA_DATE_EPOCH);
    tb = &g_s.tables[schema_find_table(&g_s, "ledger")];
    CHECK_INT(tb->cols[schema_find_column(tb, "post_dt")].type, SCHEMA_TYPE_INTEGER);
    tb = &g_s.tables[schema_find_table(&g_s, "site_visits")];
    CHECK_INT(tb->cols[schema_find_column(tb, "visited_on")].date_form, SCHEMA_DATE_MDY);
    tb = &g_s.tables[schema_find_table(&g_s, "drops")];
    CHECK_INT(tb->cols[schema_find_column(tb, "dropped_on")].date_form, SCHEMA_DATE_ISO);
    /* a model reading the schema is told how the number keeps its date */
    struct buf ddl = BUF_INIT;
    size_t pt = (size_t)t;
    CHECK_INT(schema_render_ddl(&g_s, &pt, 1, &ddl), 0);
    CHECK(strstr(buf_cstr(&ddl), "pymt_dt date (YYYYMMDD number)") != NULL);
    buf_free(&ddl);

    expect_rows("total pymt amt in 2023",
                "SELECT SUM(pymt_amt) FROM pymts WHERE pymt_dt BETWEEN 20230101 AND 20231231");
    expect_rows("How many pymts in Q3 2023?", "SELECT 2");
    expect_rows("pymt amt by month in 2024",
                "SELECT '2024-01', 300.0 UNION ALL SELECT '2024-03', 75.5"
                " UNION ALL SELECT '2024-06', 1000.0");
    expect_rows("when was the latest pymt", "SELECT '2024-06-20'");
    expect_rows("How many app events in 2024?", "SELECT 4");
    /* a whole row shown: its date kept as seconds shown as a date */
    expect_rows("the latest app event", "SELECT 6, 'web', '2024-06-30 00:00:00', 'close'");
    expect_rows("number of app events per year", "SELECT '2023', 2 UNION ALL SELECT '2024', 4");
    /* the last 30 days end at the latest event, 2024-06-30 00:00: from June 1st on */
    expect_rows("how many app events in the last 30 days", "SELECT 3");
    expect_rows("how many app events in the last 20 days", "SELECT 2");
    /* term_eff_dt is the event of a term, term_exp_dt its end (the "term" both say is the
     * table's own word); "written premium" is wrtn_prem_amt, every word shortened */
    expect_rows("total written premium in 2024",
                "SELECT SUM(wrtn_prem_amt) FROM pol_term WHERE term_eff_dt / 10000 = 2024");
    expect_rows("how many pol terms expire in 2025", "SELECT 3");
    /* trap: months 13 and 14 are no dates; the number is not read as one */
    expect_unsure("total ledger amt in 2024");
}

static const struct test_case tests[] = {
    {"iso_dates", test_iso_dates},
    {"encoded_dates", test_encoded_dates},
    {"weeks", test_weeks},
    {"running_total", test_running_total},
    {"month_of_year", test_month_of_year},
    {"days_and_rev", test_days_and_rev},
    {"year_said_last", test_year_said_last},
    {"days", test_days},
    {"quarters", test_quarters},
    {"months", test_months},
    {"weekdays", test_weekdays},
    {"recent", test_recent},
    {"days_between", test_days_between},
    {"money", test_money},
    {"growth", test_growth},
    {"cohorts", test_cohorts},
};

TEST_MAIN_FIXTURE(setup, teardown)
