/* Unit tests for the question/SQL consistency checks (src/analyze/consistency.c): every cue
 * check both ways (flagged when the SQL ignores the cue, not flagged when it follows it), the
 * literal check with quotes, apostrophes and numbers, the foreign-key link check on a schema
 * built in memory, and the weights and names. */
#include <stdio.h>
#include <string.h>

#include "analyze/analyze.h"
#include "analyze/consistency.h"
#include "schema/schema.h"
#include "test.h"

#include "util/banned.h"

/* singer(singer_id pk, name, country, age), concert(concert_id pk, name, year),
 * singer_in_concert(concert_id -> concert, singer_id -> singer), owner(id pk, state),
 * pro(id pk, state). */
static struct schema_column singer_cols[] = {
    {.name = "singer_id", .pk = 1}, {.name = "name"}, {.name = "country"}, {.name = "age"}};
static struct schema_column concert_cols[] = {
    {.name = "concert_id", .pk = 1}, {.name = "name"}, {.name = "year"}};
static struct schema_column sic_cols[] = {
    {.name = "concert_id", .fk_table = "concert", .fk_column = "concert_id"},
    {.name = "singer_id", .fk_table = "singer", .fk_column = "singer_id"}};
static struct schema_column owner_cols[] = {{.name = "id", .pk = 1}, {.name = "state"}};
static struct schema_column pro_cols[] = {{.name = "id", .pk = 1}, {.name = "state"}};
static struct schema_table tables[] = {
    {.name = "singer", .cols = singer_cols, .n_cols = 4},
    {.name = "concert", .cols = concert_cols, .n_cols = 3},
    {.name = "singer_in_concert", .cols = sic_cols, .n_cols = 2},
    {.name = "owner", .cols = owner_cols, .n_cols = 2},
    {.name = "pro", .cols = pro_cols, .n_cols = 2},
};
static struct schema S = {.dialect = "sqlite", .tables = tables, .n_tables = 5};

/* consistency_check() for a question given as text (NULL: none). */
static unsigned chk_s(const char *text, const char *sql, const struct schema *s)
{
    struct question *q = NULL;
    if (text && question_read(text, &q))
        return 0;
    unsigned f = consistency_check(q, sql, s);
    question_free(q);
    return f;
}

static unsigned chk(const char *q, const char *sql)
{
    return chk_s(q, sql, &S);
}

static void test_count(void)
{
    CHECK_INT(chk("How many singers are there?", "SELECT name FROM singer"), CONSIST_COUNT);
    CHECK_INT(chk("How many singers are there?", "SELECT count(*) FROM singer"), 0);
    CHECK_INT(chk("What is the number of concerts?", "SELECT COUNT (*) FROM concert"), 0);
    CHECK_INT(chk("What is the number of concerts?", "SELECT name FROM concert"), CONSIST_COUNT);
    /* "count" inside a string literal is not a COUNT */
    CHECK_INT(chk("Count the singers.", "SELECT 'count(' FROM singer"), CONSIST_COUNT);
}

static void test_negation(void)
{
    unsigned f = chk("Which singers did not sing in any concert?", "SELECT name FROM singer");
    CHECK_INT(f, CONSIST_NEGATION);
    CHECK_INT(chk("Which singers did not sing in any concert?",
                  "SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM "
                  "singer_in_concert)"),
              0);
    CHECK_INT(
        chk("Singers who haven't sung?", "SELECT name FROM singer EXCEPT SELECT name FROM singer"),
        0);
    CHECK_INT(chk("Singers who haven\xE2\x80\x99t sung?", "SELECT name FROM singer"),
              CONSIST_NEGATION);
    CHECK_INT(chk("Singers from a country other than France, never mind",
                  "SELECT name FROM singer WHERE country != 'France'"),
              0);
    CHECK_INT(chk("Singers without a concert", "SELECT name FROM singer WHERE age <> 3"), 0);
    /* "note" and "nothing" are not "not" */
    CHECK_INT(chk("Show the note of nothing", "SELECT name FROM singer"), 0);
}

static void test_order(void)
{
    CHECK_INT(chk("List singer names sorted by age.", "SELECT name FROM singer"), CONSIST_ORDER);
    CHECK_INT(chk("List singer names in descending order of age.",
                  "SELECT name FROM singer ORDER BY age DESC"),
              0);
    CHECK_INT(chk("List names alphabetically", "SELECT name FROM singer ORDER BY name"), 0);
    /* "order" as a noun is not a sort */
    CHECK_INT(chk("Show the order name", "SELECT name FROM singer"), 0);
}

static void test_literal(void)
{
    CHECK_INT(chk("Singers from 'France'", "SELECT name FROM singer WHERE country = 'France'"), 0);
    CHECK_INT(chk("Singers from 'France'", "SELECT name FROM singer WHERE country = 'french'"),
              CONSIST_LITERAL);
    /* case and surrounding blanks do not matter */
    CHECK_INT(chk("Singers from \"france \"", "SELECT name FROM singer WHERE country = 'France'"),
              0);
    CHECK_INT(chk("Singers from \xE2\x80\x9CSpain\xE2\x80\x9D", "SELECT name FROM singer"),
              CONSIST_LITERAL);
    /* an apostrophe quotes nothing */
    CHECK_INT(chk("What is the singer's name and the concert's year?", "SELECT name FROM singer"),
              0);
    CHECK_INT(chk("Singers older than 40", "SELECT name FROM singer WHERE age > 40"), 0);
    CHECK_INT(chk("Singers older than 40", "SELECT name FROM singer WHERE age > 400"),
              CONSIST_LITERAL);
    CHECK_INT(chk("Concerts in 2014", "SELECT name FROM concert WHERE year = '2014'"), 0);
    CHECK_INT(chk("Concerts in 2014", "SELECT name FROM concert WHERE year = 2015"),
              CONSIST_LITERAL);
    CHECK_INT(chk("Top 3 oldest singers", "SELECT name FROM singer ORDER BY age DESC LIMIT 3"), 0);
    /* decimals and thousands separators */
    CHECK_INT(chk("Singers older than 3.5", "SELECT name FROM singer WHERE age > 3.5"), 0);
    CHECK_INT(chk("Singers older than 3.5", "SELECT name FROM singer WHERE age > 3"),
              CONSIST_LITERAL);
    CHECK_INT(
        chk("Concerts with more than 1,000 seats", "SELECT name FROM concert WHERE year > 1000"),
        0);
    /* a sentence's full stop after a number is not a decimal point */
    CHECK_INT(chk("Concerts in 2014.", "SELECT name FROM concert WHERE year = 2014"), 0);
    /* digits inside a word are not a number the question asks for */
    CHECK_INT(chk("Show the name of singer f1", "SELECT name FROM singer"), 0);
}

static void test_link(void)
{
    /* joined along the foreign keys */
    CHECK_INT(chk("Names of singers in concerts",
                  "SELECT T1.name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.singer_id "
                  "= T2.singer_id"),
              0);
    CHECK_INT(chk("Names of singers in concerts",
                  "SELECT name FROM singer WHERE singer_id IN (SELECT singer_id FROM "
                  "singer_in_concert)"),
              0);
    /* two columns referencing ... no: a key joined to an unrelated key */
    CHECK_INT(chk("Names of singers in concerts",
                  "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = "
                  "T2.concert_id"),
              CONSIST_LINK);
    CHECK_INT(chk("Names of singers in concerts",
                  "SELECT name FROM singer WHERE singer_id IN (SELECT concert_id FROM "
                  "singer_in_concert)"),
              CONSIST_LINK);
    CHECK_INT(chk("Names of singers in concerts",
                  "SELECT name FROM singer WHERE singer_id NOT IN (SELECT DISTINCT concert_id "
                  "FROM singer_in_concert)"),
              CONSIST_LINK);
    /* two plain values compared: a legitimate question */
    CHECK_INT(chk("States of owners that are also states of pros",
                  "SELECT state FROM owner WHERE state IN (SELECT state FROM pro)"),
              0);
    /* same-named keys of unrelated tables */
    CHECK_INT(chk("Owners that are pros", "SELECT id FROM owner WHERE id IN (SELECT id FROM pro)"),
              CONSIST_LINK);
    /* a column compared with a literal or a function is no link */
    CHECK_INT(chk("Singers with id 3", "SELECT name FROM singer WHERE singer_id = 3"), 0);
    /* without any foreign key in the schema nothing is judged */
    struct schema none = {.dialect = "sqlite", .tables = tables, .n_tables = 2};
    CHECK_INT(chk_s("x", "SELECT * FROM singer JOIN concert ON singer_id = concert_id", &none), 0);
    /* without a schema neither */
    CHECK_INT(chk_s("Owners that are pros", "SELECT id FROM owner WHERE id IN (SELECT id FROM pro)",
                    NULL),
              0);
}

static void test_weaker(void)
{
    CHECK_INT(chk("Show the name for each singer", "SELECT name FROM singer"), CONSIST_GROUP);
    CHECK_INT(chk("Show the name of the oldest singer", "SELECT name FROM singer"),
              CONSIST_EXTREME);
    CHECK_INT(chk("Show the different countries", "SELECT country FROM singer"), CONSIST_DISTINCT);
    /* weaker checks weigh less than the strong ones, but add up */
    CHECK(consistency_weight(CONSIST_GROUP) == 0.5);
    CHECK(consistency_weight(CONSIST_GROUP) < consistency_weight(CONSIST_COUNT));
    CHECK(consistency_weight(CONSIST_GROUP | CONSIST_EXTREME | CONSIST_DISTINCT) == 1);
}

static void test_weight_and_names(void)
{
    CHECK(consistency_weight(0) == 0);
    CHECK(consistency_weight(CONSIST_LINK) == 1);
    CHECK(consistency_weight(CONSIST_LINK | CONSIST_COUNT) == 1); /* capped */
    char buf[64];
    consistency_str(CONSIST_COUNT | CONSIST_LINK, buf, sizeof buf);
    CHECK_STR(buf, "count, link");
    consistency_str(0, buf, sizeof buf);
    CHECK_STR(buf, "");
    char small[8];
    consistency_str(CONSIST_COUNT | CONSIST_NEGATION, small, sizeof small);
    CHECK(strlen(small) < sizeof small);
    /* NULL inputs flag nothing */
    CHECK_INT(chk_s(NULL, "SELECT 1", &S), 0);
    CHECK_INT(chk_s("How many?", NULL, &S), 0);
}

/* ---- checks of a model's executed answer (consistency_answer) ----
 *
 * A made-up club: branch(branch_id pk, city) with one row; member(member_id pk, name, tier with
 * three values, status with one) with 50; visit(visit_id pk, member_id, branch_id, spend) with
 * 400; "tables"(table_id pk, seats) with 12, a restaurant's, so "table" is also a word of the
 * data. The value
 * index holds member.tier's 'Gold'. */
static char *tier_samples[] = {"Bronze", "Gold", "Silver"};
static char *status_samples[] = {"active"};
static struct schema_column branch_cols[] = {{.name = "branch_id", .pk = 1, .n_distinct = -1},
                                             {.name = "city", .n_distinct = -1}};
static struct schema_column member_cols[] = {
    {.name = "member_id", .pk = 1, .n_distinct = -1},
    {.name = "name", .n_distinct = -1, .n_samples = 5},
    {.name = "tier", .samples = tier_samples, .n_samples = 3, .n_distinct = 3},
    {.name = "status", .samples = status_samples, .n_samples = 1, .n_distinct = -1}};
static struct schema_column visit_cols[] = {
    {.name = "visit_id", .pk = 1, .n_distinct = -1},
    {.name = "member_id", .fk_table = "member", .fk_column = "member_id", .n_distinct = -1},
    {.name = "branch_id", .fk_table = "branch", .fk_column = "branch_id", .n_distinct = -1},
    {.name = "spend", .type = SCHEMA_TYPE_REAL, .n_distinct = -1}};
static struct schema_column dining_cols[] = {{.name = "table_id", .pk = 1, .n_distinct = -1},
                                             {.name = "seats", .n_distinct = -1}};
static struct schema_table club_tables[] = {
    {.name = "branch", .cols = branch_cols, .n_cols = 2, .row_count = 1},
    {.name = "member", .cols = member_cols, .n_cols = 4, .row_count = 50},
    {.name = "visit", .cols = visit_cols, .n_cols = 4, .row_count = 400},
};
static struct schema_value club_values[] = {{.value = "Gold", .table = 1, .column = 2}};
static struct schema CLUB = {.dialect = "sqlite",
                             .tables = club_tables,
                             .n_tables = 3,
                             .values = club_values,
                             .n_values = 1};
static struct schema_table diner_tables[] = {
    {.name = "tables", .cols = dining_cols, .n_cols = 2, .row_count = 12},
};
static struct schema DINER = {.dialect = "sqlite", .tables = diner_tables, .n_tables = 1};

#define CELL_INT(v)                                                                                \
    {                                                                                              \
        .type = DB_INT, .i = (v), .d = (v), .s = #v                                                \
    }
#define CELL_TEXT(v)                                                                               \
    {                                                                                              \
        .type = DB_TEXT, .s = (v)                                                                  \
    }

static struct db_cell one_int[] = {CELL_INT(143)};
static struct db_cell one_text[] = {CELL_TEXT("Gold")};
static struct db_cell one_said[] = {CELL_TEXT("143 members")};
static struct db_cell one_null[] = {{.type = DB_NULL}};
static struct db_cell two_ints[] = {CELL_INT(20), CELL_INT(30)};
static struct db_cell three_ints[] = {CELL_INT(1), CELL_INT(2), CELL_INT(3)};
static struct db_cell names[16] = {
    CELL_TEXT("branch"), CELL_TEXT("member"), CELL_TEXT("visit"), CELL_TEXT("dining_table"),
    CELL_TEXT("idx_a"),  CELL_TEXT("idx_b"),  CELL_TEXT("idx_c"), CELL_TEXT("idx_d"),
    CELL_TEXT("idx_e"),  CELL_TEXT("idx_f"),  CELL_TEXT("idx_g"), CELL_TEXT("idx_h"),
    CELL_TEXT("idx_i"),  CELL_TEXT("idx_j"),  CELL_TEXT("idx_k"), CELL_TEXT("idx_l")};
static struct db_cell counts[16] = {CELL_INT(1),  CELL_INT(2),  CELL_INT(3),  CELL_INT(4),
                                    CELL_INT(5),  CELL_INT(6),  CELL_INT(7),  CELL_INT(8),
                                    CELL_INT(9),  CELL_INT(10), CELL_INT(11), CELL_INT(12),
                                    CELL_INT(13), CELL_INT(14), CELL_INT(15), CELL_INT(16)};

static char *col_names[] = {"c0"};

/* consistency_answer() for a question, SQL and a one-column result of n rows. */
static unsigned ans_s(const struct schema *s, const char *text, const char *sql,
                      struct db_cell *cells, size_t n)
{
    struct question *q = NULL;
    if (question_read(text, &q))
        return 0xffffffffu;
    struct db_result r = {.n_cols = 1, .cols = col_names, .n_rows = n, .cells = cells};
    unsigned f = consistency_answer(q, sql, s, &r);
    question_free(q);
    return f;
}

static unsigned ans(const char *text, const char *sql, struct db_cell *cells, size_t n)
{
    return ans_s(&CLUB, text, sql, cells, n);
}

static void test_answer_tables(void)
{
    const char *how_many = "How many members are there?";
    /* the right answer passes */
    CHECK_INT(ans(how_many, "SELECT count(*) FROM member", one_int, 1), 0);
    CHECK_INT(ans(how_many, "SELECT count(*) FROM main.member AS m", one_int, 1), 0);
    /* a number from nowhere */
    CHECK_INT(ans(how_many, "SELECT 143", one_int, 1), ANALYZE_NO_TABLE);
    CHECK_INT(ans(how_many, "WITH t AS (SELECT 143 AS n) SELECT n FROM t", one_int, 1),
              ANALYZE_NO_TABLE);
    CHECK_INT(ans(how_many, "WITH member(n) AS (SELECT 143) SELECT n FROM member", one_int, 1),
              ANALYZE_NO_TABLE); /* a CTE that hides the table */
    CHECK_INT(ans(how_many, "SELECT count(*) FROM json_each('[1,2,3]')", one_int, 1),
              ANALYZE_NO_TABLE);
    CHECK_INT(ans(how_many, "SELECT n FROM (SELECT 143 AS n) AS x", one_int, 1), ANALYZE_NO_TABLE);
    /* reading the table through a derived table or a CTE is reading it */
    CHECK_INT(ans(how_many, "SELECT n FROM (SELECT count(*) AS n FROM member) AS x", one_int, 1),
              0);
    CHECK_INT(ans(how_many, "WITH t AS (SELECT * FROM member) SELECT count(*) FROM t", one_int, 1),
              0);
    /* a name the schema does not list (a view) cannot be judged */
    CHECK_INT(ans(how_many, "SELECT n FROM member_summary", one_int, 1), 0);
    /* only the catalog */
    CHECK_INT(ans(how_many, "SELECT name FROM sqlite_master", names, 16),
              ANALYZE_CATALOG | ANALYZE_MANY_FOR_ONE | ANALYZE_TEXT_FOR_NUMBER);
    CHECK_INT(ans(how_many, "SELECT count(*) FROM sqlite_schema", one_int, 1), ANALYZE_CATALOG);
    CHECK_INT(ans(how_many, "SELECT count(*) FROM pragma_table_info('member')", one_int, 1),
              ANALYZE_CATALOG);
    CHECK_INT(ans(how_many, "SELECT count(*) FROM information_schema.tables", one_int, 1),
              ANALYZE_CATALOG);
    CHECK_INT(ans(how_many, "SELECT count(*) FROM pg_catalog.pg_class c", one_int, 1),
              ANALYZE_CATALOG);
    CHECK_INT(ans(how_many,
                  "SELECT count(*) FROM member WHERE name NOT IN (SELECT name FROM "
                  "sqlite_master)",
                  one_int, 1),
              0);
    CHECK_INT(ans(how_many, "PRAGMA table_info(member)", names, 4),
              ANALYZE_CATALOG | ANALYZE_MANY_FOR_ONE | ANALYZE_TEXT_FOR_NUMBER);
    CHECK_INT(ans(how_many, "EXPLAIN SELECT count(*) FROM member", counts, 3),
              ANALYZE_CATALOG | ANALYZE_MANY_FOR_ONE);
    /* a question about the schema itself may read the catalog */
    CHECK_INT(ans("columns of member", "PRAGMA table_info(member)", names, 4), 0);
    CHECK_INT(ans("What tables are there?", "SELECT name FROM sqlite_master WHERE type = 'table'",
                  names, 4),
              0);
    CHECK_INT(ans("How many tables are in the database?",
                  "SELECT count(*) FROM sqlite_master WHERE type = 'table'", one_int, 1),
              0);
    CHECK_INT(ans("Which columns does member have?", "SELECT name FROM pragma_table_info('member')",
                  names, 4),
              0);
    /* ... but not when "table" is a word of the data */
    CHECK_INT(ans_s(&DINER, "How many tables seat four?", "SELECT count(*) FROM sqlite_master",
                    one_int, 1),
              ANALYZE_CATALOG);
    CHECK_INT(ans_s(&DINER, "How many tables seat four?",
                    "SELECT count(*) FROM tables WHERE seats = 4", one_int, 1),
              0);
    CHECK_INT(ans_s(&DINER, "How many tables seat four?",
                    "SELECT count(*) FROM information_schema.tables", one_int, 1),
              ANALYZE_CATALOG);
}

static void test_answer_shape(void)
{
    /* one number asked, many rows */
    CHECK_INT(
        ans("How many members are there?", "SELECT count(*) FROM member GROUP BY tier", counts, 16),
        ANALYZE_MANY_FOR_ONE);
    CHECK_INT(ans("What is the total spend?", "SELECT spend FROM visit", counts, 16),
              ANALYZE_MANY_FOR_ONE);
    CHECK_INT(ans("What is the average spend?", "SELECT avg(spend) FROM visit GROUP BY member_id",
                  three_ints, 3),
              ANALYZE_MANY_FOR_ONE);
    /* ... but each alternative may be a row, and breakdowns, lists and extremes are many */
    CHECK_INT(ans("How many members are Gold or Silver?",
                  "SELECT count(*) FROM member WHERE tier IN ('Gold', 'Silver') GROUP BY tier",
                  two_ints, 2),
              0);
    CHECK_INT(ans("What is the total spend per member?",
                  "SELECT sum(spend) FROM visit GROUP BY "
                  "member_id",
                  counts, 16),
              0);
    CHECK_INT(ans("How many visits did each member make?",
                  "SELECT count(*) FROM visit GROUP BY member_id", counts, 16),
              0);
    CHECK_INT(
        ans("List the members with a total spend above 100", "SELECT name FROM member", names, 16),
        0);
    CHECK_INT(
        ans("Which members have the highest total spend?", "SELECT name FROM member", names, 16),
        0);
    CHECK_INT(ans("Show me the total spend of members",
                  "SELECT sum(spend) FROM visit GROUP BY "
                  "member_id",
                  counts, 16),
              0);
    /* names where a number was asked */
    CHECK_INT(ans("How many members are Gold?",
                  "SELECT tier FROM member WHERE tier = 'Gold' "
                  "LIMIT 1",
                  one_text, 1),
              ANALYZE_TEXT_FOR_NUMBER);
    CHECK_INT(
        ans("How many members are Gold?", "SELECT count(*) || ' members' FROM member", one_said, 1),
        0);
    CHECK_INT(ans("What is the average spend?", "SELECT avg(spend) FROM visit", one_null, 1), 0);
    CHECK_INT(ans("What is the tier of Ann?", "SELECT tier FROM member", one_text, 1), 0);
    CHECK_INT(ans("What is the phone number of Ann?", "SELECT tier FROM member", one_text, 1), 0);
    /* an order by a count, an average as a threshold: lists */
    CHECK_INT(ans("Show the members in descending order of number of visits",
                  "SELECT name FROM member", names, 16),
              0);
    CHECK_INT(ans("Which tier has members with a spend lower than the average?",
                  "SELECT tier FROM member", names, 16),
              0);
    CHECK_INT(ans("What is the name of the member with a spend smaller than the average?",
                  "SELECT name FROM member", names, 16),
              0);
}

static void test_answer_each(void)
{
    const char *sql = "SELECT count(*) FROM member";
    /* one row where the grouping has three values */
    CHECK_INT(ans("How many members are there in each tier?", sql, one_int, 1),
              ANALYZE_ONE_FOR_EACH);
    CHECK_INT(ans("Number of visits per member", sql, one_int, 1), ANALYZE_ONE_FOR_EACH);
    CHECK_INT(ans("Total spend by tier", sql, one_int, 1), ANALYZE_ONE_FOR_EACH);
    CHECK_INT(ans("How many members are there in each tier?", sql, three_ints, 3), 0);
    /* one row is right: one branch, one status */
    CHECK_INT(ans("What is the total spend for each branch?", sql, one_int, 1), 0);
    CHECK_INT(ans("How many members per status?", sql, one_int, 1), 0);
    /* a rate, an agent, a value of the grouping, a threshold: one row may be right */
    CHECK_INT(ans("What is the average spend per visit?", sql, one_int, 1), 0);
    CHECK_INT(ans("How many visits were made by members?", sql, one_int, 1), 0);
    CHECK_INT(ans("What is the total spend per tier of Gold members?", sql, one_int, 1), 0);
    CHECK_INT(ans("Number of members per tier with more than 3 visits", sql, one_int, 1), 0);
    /* a word that names nothing in the schema is not judged */
    CHECK_INT(ans("Total spend by weekday", sql, one_int, 1), 0);
    /* the query grouped, and the data held one group (one month of visits in the table's many
     * months): the breakdown was made, not forgotten */
    CHECK_INT(ans("How many members are there in each tier?",
                  "SELECT tier, count(*) FROM member GROUP BY tier", one_int, 1),
              0);
    CHECK_INT(ans("How many members are there in each tier?",
                  "SELECT DISTINCT count(*) OVER (PARTITION BY tier) FROM member", one_int, 1),
              0);
    /* but a group by spelled inside a string is no grouping */
    CHECK_INT(ans("How many members are there in each tier?",
                  "SELECT count(*) FROM member WHERE name <> 'group by'", one_int, 1),
              ANALYZE_ONE_FOR_EACH);
}

static void test_answer_names(void)
{
    char buf[160];
    analyze_checks_str(ANALYZE_NO_TABLE | ANALYZE_CATALOG | ANALYZE_MANY_FOR_ONE, buf, sizeof buf);
    CHECK_STR(buf, "no_table, catalog, many_for_one");
    CHECK(analyze_implausible(ANALYZE_EMPTY | ANALYZE_MANY_FOR_COUNT) == 0);
    CHECK(analyze_implausible(ANALYZE_ONE_FOR_EACH | ANALYZE_EMPTY) == ANALYZE_ONE_FOR_EACH);
    CHECK(analyze_suspicious(ANALYZE_TEXT_FOR_NUMBER));
    CHECK_STR(analyze_check_reason(ANALYZE_NO_TABLE), "the query reads no table of the database");
    CHECK_STR(analyze_check_reason(ANALYZE_TRUNCATED), "");
    /* NULL inputs flag nothing */
    struct db_result r = {0};
    CHECK_INT(consistency_answer(NULL, "SELECT 1", &CLUB, &r), 0);
}

static const struct test_case tests[] = {
    {"count", test_count},
    {"negation", test_negation},
    {"order", test_order},
    {"literal", test_literal},
    {"link", test_link},
    {"weaker", test_weaker},
    {"weight_and_names", test_weight_and_names},
    {"answer_tables", test_answer_tables},
    {"answer_shape", test_answer_shape},
    {"answer_each", test_answer_each},
    {"answer_names", test_answer_names},
};

TEST_MAIN()
