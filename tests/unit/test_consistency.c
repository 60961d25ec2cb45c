/* Unit tests for the question/SQL consistency checks (src/analyze/consistency.c): every cue
 * check both ways (flagged when the SQL ignores the cue, not flagged when it follows it), the
 * literal check with quotes, apostrophes and numbers, the foreign-key link check on a schema
 * built in memory, and the weights and names. */
#include <stdio.h>
#include <string.h>

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
    CHECK_INT(chk_s("x", "SELECT * FROM singer JOIN concert ON singer_id = concert_id",
                                &none),
              0);
    /* without a schema neither */
    CHECK_INT(chk_s("Owners that are pros",
                                "SELECT id FROM owner WHERE id IN (SELECT id FROM pro)", NULL),
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

static const struct test_case tests[] = {
    {"count", test_count},
    {"negation", test_negation},
    {"order", test_order},
    {"literal", test_literal},
    {"link", test_link},
    {"weaker", test_weaker},
    {"weight_and_names", test_weight_and_names},
};

TEST_MAIN()
