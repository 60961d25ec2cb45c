/* Unit tests for schema words (schema/words.c), value forms (schema/forms.c) and the repairs
 * they drive, on made-up schemas: each trap that would make a repair wrong. */
#include <stdio.h>
#include <string.h>

#include "analyze/fix.h"
#include "schema/forms.h"
#include "schema/schema.h"
#include "test.h"

#include "util/banned.h"

static void test_words(void)
{
    struct schema_words w;
    schema_name_words("Num_of_Staff", &w);
    CHECK_INT((int)w.n, 2);
    schema_name_words("LName", &w);
    CHECK_INT((int)w.n, 2);
    /* renamings and abbreviations */
    CHECK(schema_name_match("qty", "orders", "Quantity") >= 0.6);
    CHECK(schema_name_match("emp_no", "staff", "Employee_Number") >= 0.99);
    CHECK(schema_name_match("first_name", "person", "Fname") >= 0.99);
    CHECK(schema_name_match("last_name", "person", "LName") >= 0.99);
    CHECK(schema_name_match("staff_count", "museum", "Num_of_Staff") >= 0.99);
    /* a phone is a mobile number, a nationality a country (of a person) */
    CHECK(schema_name_match("cell_phone", "Students", "cell_mobile_number") >= 0.6);
    CHECK(schema_name_match("Nationality", "singer", "Country") >= 0.99);
    CHECK(schema_name_match("phone", "Students", "email_address") < 0.3);
    /* trap: a shared word with an unrelated noun ranks below the table's own name column */
    CHECK(schema_name_match("author_name", "author", "Name") >
          schema_name_match("author_name", "book", "Book_Name"));
    CHECK(schema_name_match("singer_name", "singer", "Name") >
          schema_name_match("singer_name", "song", "Song_Name"));
    CHECK(schema_name_match("singer_name", "song", "Song_Name") < 0.6);
    /* a name of three words or more and its initials are one name, either way */
    CHECK(schema_name_match("social_security_number", "Students", "ssn") >= 0.85);
    CHECK(schema_name_match("ssn", "Students", "social_security_number") >= 0.85);
    /* traps: two words are too few for initials; letters out of order are no initials */
    CHECK(schema_name_match("home_page", "site", "hp") < 0.6);
    CHECK(schema_name_match("social_security_number", "Students", "nss") < 0.6);
    /* trap: one shared generic word is not enough */
    CHECK(schema_name_match("name", "person", "first_name") < 0.99);
}

static int collect(const char *form, void *arg)
{
    char *out = arg;
    size_t n = strlen(out);
    snprintf(out + n, 512 - n, "%s;", form);
    return 0;
}

static void test_forms(void)
{
    char got[512] = "";
    value_forms_each("California", collect, got);
    CHECK_CONTAINS(got, "CA;");
    got[0] = '\0';
    value_forms_each("uk", collect, got);
    CHECK_CONTAINS(got, "United Kingdom;");
    CHECK_CONTAINS(got, "GBR;");
    got[0] = '\0';
    value_forms_each("Narnia", collect, got);
    CHECK_STR(got, "");
    CHECK(value_abbreviates("LGE", "Large"));
    CHECK(!value_abbreviates("LGE", "Little")); /* letters out of order */
    CHECK(!value_abbreviates("lge", "Large"));  /* a code is written in capitals */
    CHECK(value_forms_equal("New-York", "new york"));
}

/* A made-up schema: author(id, Name), book(id, Book_Name, author_id), singer(id, Name, State),
 * song(id, Song_Name, singer_id), with values for singer.State and song.Song_Name. */
static char *c_author[] = {"id", "Name"}, *c_book[] = {"id", "Book_Name", "author_id"},
            *c_singer[] = {"id", "Name", "State"}, *c_song[] = {"id", "Song_Name", "singer_id"};
static struct schema_column cols[4][3];
static struct schema_table tabs[4];
static struct schema_value vals[4];
static struct schema g_s;

static void make_schema(void)
{
    char **names[4] = {c_author, c_book, c_singer, c_song};
    size_t ns[4] = {2, 3, 3, 3};
    const char *tn[4] = {"author", "book", "singer", "song"};
    for (size_t t = 0; t < 4; t++) {
        for (size_t c = 0; c < ns[t]; c++) {
            cols[t][c].name = names[t][c];
            cols[t][c].decl_type = "TEXT";
            cols[t][c].type = SCHEMA_TYPE_TEXT;
            cols[t][c].n_distinct = -1;
        }
        tabs[t].name = (char *)tn[t];
        tabs[t].cols = cols[t];
        tabs[t].n_cols = ns[t];
        tabs[t].row_count = -1;
    }
    vals[0] = (struct schema_value){"CA", 2, 2};
    vals[1] = (struct schema_value){"OH", 2, 2};
    vals[2] = (struct schema_value){"Sun", 3, 1};
    vals[3] = (struct schema_value){"Moon", 3, 1};
    g_s.dialect = "sqlite";
    g_s.tables = tabs;
    g_s.n_tables = 4;
    g_s.values = vals;
    g_s.n_values = 4;
}

static void expect_column(const char *sql, const char *ident, const char *want)
{
    struct db_error de;
    struct fix_repair r;
    memset(&de, 0, sizeof de);
    de.cls = DBE_UNKNOWN_COLUMN;
    snprintf(de.ident, sizeof de.ident, "%s", ident);
    int rc = fix_deterministic(&g_s, sql, &de, &r);
    if (!want) {
        CHECK_INT(rc, 0);
        return;
    }
    CHECK_INT(rc, 1);
    if (rc == 1) {
        CHECK_STR(r.sql, want);
        fix_repair_free(&r);
    }
}

static void test_column_repair(void)
{
    make_schema();
    /* trap: author_name on the author table is its Name, not book's Book_Name */
    expect_column("SELECT author_name FROM book JOIN author ON book.author_id = author.id",
                  "author_name", "SELECT Name FROM book JOIN author ON book.author_id = author.id");
    /* trap: with no singer table in scope, Song_Name is not taken for singer_name */
    expect_column("SELECT singer_name FROM song", "singer_name", NULL);
    /* trap: song has no Name, singer has and it is read already: "s.Name, so.Name" asks for
     * the song's own name, never the singer's twice */
    expect_column(
        "SELECT s.Name, so.Name FROM singer AS s JOIN song AS so ON so.singer_id = s.id", "so.Name",
        "SELECT s.Name, so.Song_Name FROM singer AS s JOIN song AS so ON so.singer_id = s.id");
    /* ... while a qualifier that is only wrong is still moved to the table that has it */
    expect_column("SELECT so.State FROM singer AS s JOIN song AS so ON so.singer_id = s.id",
                  "so.State",
                  "SELECT s.State FROM singer AS s JOIN song AS so ON so.singer_id = s.id");
}

static void expect_value(const char *sql, const char *want, const char *why)
{
    struct fix_repair r;
    int rc = fix_value_literal(&g_s, sql, &r);
    if (want) {
        CHECK_INT(rc, 1);
        if (rc == 1) {
            CHECK_STR(r.sql, want);
            fix_repair_free(&r);
        }
    } else {
        CHECK_INT(rc, 0);
        CHECK_CONTAINS(r.what, why);
    }
}

static void test_value_forms(void)
{
    expect_value("SELECT Name FROM singer WHERE State = 'California'",
                 "SELECT Name FROM singer WHERE State = 'CA'", NULL);
    expect_value("SELECT Name FROM singer WHERE State = 'ohio'",
                 "SELECT Name FROM singer WHERE State = 'OH'", NULL);
    /* trap: a form that no stored value holds is reported, never replaced by a guess */
    expect_value("SELECT Name FROM singer WHERE State = 'Texas'", NULL, "not a stored value");
}

static const struct test_case tests[] = {
    {"words", test_words},
    {"forms", test_forms},
    {"column_repair", test_column_repair},
    {"value_forms", test_value_forms},
};

TEST_MAIN()
