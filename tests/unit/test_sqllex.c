/* The one SQL lexer (util/sqllex): token kinds and bounds, quoting, comments, unterminated input,
 * and the keyword table's classes. */
#include <string.h>

#include "test.h"
#include "util/buf.h"
#include "util/sqllex.h"

#include "util/banned.h"

#define MAX_TOKS 32

/* Lexes sql into kinds and "text" pieces joined by '|' (for one readable comparison). */
static size_t lex(const char *sql, enum sqllex_kind *kinds, char *joined, size_t cap)
{
    const char *end = sql + strlen(sql);
    size_t n = 0, k = 0;
    joined[0] = '\0';
    for (const char *p = sql; n < MAX_TOKS;) {
        size_t len;
        p = sqllex_next(p, end, &kinds[n], &len);
        if (p == end)
            break;
        if (n && k + 1 < cap)
            joined[k++] = '|';
        for (size_t i = 0; i < len && k + 1 < cap; i++)
            joined[k++] = p[i];
        joined[k] = '\0';
        n++;
        p += len;
    }
    return n;
}

static void test_tokens(void)
{
    enum sqllex_kind k[MAX_TOKS];
    char j[256];
    CHECK_INT(lex("SELECT a.x, count(*)::float FROM t WHERE y >= 1.5e-3", k, j, sizeof j), 17);
    CHECK_STR(j, "SELECT|a|.|x|,|count|(|*|)|::|float|FROM|t|WHERE|y|>=|1.5e-3");
    CHECK_INT(lex("y >= 1.5e-3 AND z <> $1", k, j, sizeof j), 7);
    CHECK_STR(j, "y|>=|1.5e-3|AND|z|<>|$1");
    CHECK_INT(k[2], SQLLEX_NUMBER);
    CHECK_INT(k[3], SQLLEX_WORD);
    CHECK_INT(k[5], SQLLEX_PUNCT);
    CHECK_INT(k[6], SQLLEX_WORD);
    CHECK_INT(lex("café .5", k, j, sizeof j), 2);
    CHECK_STR(j, "café|.5");
    CHECK_INT(k[1], SQLLEX_NUMBER);
}

static void test_strings_and_quoted_names(void)
{
    enum sqllex_kind k[MAX_TOKS];
    char j[256];
    CHECK_INT(lex("'it''s -- not a comment' \"a \"\"b\"\"\" `c` [d e]", k, j, sizeof j), 4);
    CHECK_STR(j, "'it''s -- not a comment'|\"a \"\"b\"\"\"|`c`|[d e]");
    CHECK_INT(k[0], SQLLEX_STRING);
    CHECK_INT(k[1], SQLLEX_QIDENT);
    CHECK_INT(k[2], SQLLEX_QIDENT);
    CHECK_INT(k[3], SQLLEX_QIDENT);
    /* Backslash is an ordinary byte: the string ends at the second quote. */
    CHECK_INT(lex("'a\\' b", k, j, sizeof j), 2);
    CHECK_STR(j, "'a\\'|b");
}

static void test_comments(void)
{
    enum sqllex_kind k[MAX_TOKS];
    char j[256];
    CHECK_INT(lex("-- head\nSELECT /* a ; b */ 1 -- tail", k, j, sizeof j), 2);
    CHECK_STR(j, "SELECT|1");
    const char *s = "-- x\ny";
    CHECK(sqllex_skip_comment(s, s + strlen(s)) == s + 4); /* stops at the newline */
    CHECK(sqllex_skip_comment(s + 5, s + strlen(s)) == s + 5);
    const char *b = "  /* a */ -- b\n  z";
    CHECK(sqllex_skip_blank(b, b + strlen(b)) == strchr(b, 'z'));
}

static void test_unterminated(void)
{
    enum sqllex_kind k[MAX_TOKS];
    char j[256];
    CHECK_INT(lex("SELECT 'abc", k, j, sizeof j), 2);
    CHECK_STR(j, "SELECT|'abc");
    CHECK_INT(k[1], SQLLEX_STRING);
    CHECK_INT(lex("x \"ab", k, j, sizeof j), 2);
    CHECK_STR(j, "x|\"ab");
    CHECK_INT(lex("x [ab", k, j, sizeof j), 2);
    CHECK_STR(j, "x|[ab");
    CHECK_INT(lex("x /* never closed", k, j, sizeof j), 1);
    CHECK_INT(lex("", k, j, sizeof j), 0);
    CHECK_INT(lex("   -- only", k, j, sizeof j), 0);
    /* The end bound is respected even when the text goes on. */
    const char *s = "'abc' def";
    size_t len;
    enum sqllex_kind kind;
    CHECK(sqllex_next(s, s + 3, &kind, &len) == s);
    CHECK_INT(len, 3);
    CHECK_INT(kind, SQLLEX_STRING);
}

static int kw(const char *w)
{
    return (int)sqllex_keyword(w, strlen(w));
}

static void test_keywords(void)
{
    CHECK_INT(kw("select"), SQLLEX_KW_QUERY | SQLLEX_KW_RESERVED);
    CHECK_INT(kw("SeLeCt"), SQLLEX_KW_QUERY | SQLLEX_KW_RESERVED);
    CHECK_INT(kw("partition"), SQLLEX_KW_QUERY | SQLLEX_KW_RESERVED);
    CHECK_INT(kw("glob"), SQLLEX_KW_QUERY);
    CHECK_INT(kw("key"), SQLLEX_KW_RESERVED); /* a column may be called key in SQLite */
    CHECK_INT(kw("drop"), SQLLEX_KW_RESERVED | SQLLEX_KW_WRITE);
    CHECK_INT(kw("vacuum"), SQLLEX_KW_WRITE);
    CHECK_INT(kw("set"), SQLLEX_KW_QUERY | SQLLEX_KW_RESERVED | SQLLEX_KW_WRITE);
    CHECK_INT(kw("name"), 0);
    CHECK_INT(kw("selects"), 0);
    CHECK_INT(kw("sel"), 0);
    CHECK_INT(kw(""), 0);
    CHECK(sqllex_is_keyword("FROMAGE", 4)); /* only the first n bytes count */
    CHECK(!sqllex_is_keyword("key", 3));
    CHECK(sqllex_is_reserved("user", 4));
    CHECK(!sqllex_is_reserved("top", 3));
    /* Every word of the table is found (the table is sorted). */
    static const char *const all[] = {"abort", "date",  "xa",     "with",      "window",
                                      "rows",  "range", "rank",   "returning", "qualify",
                                      "nulls", "top",   "escape", "ilike",     "fetch"};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        CHECK(kw(all[i]) != 0);
}

static void test_ident_quoting(void)
{
    struct buf b = BUF_INIT;
    buf_put_sql_ident(&b, "order");
    buf_putc(&b, ' ');
    buf_put_sql_ident(&b, "rows");
    buf_putc(&b, ' ');
    buf_put_sql_ident(&b, "name");
    buf_putc(&b, ' ');
    buf_put_sql_ident(&b, "top");
    CHECK_STR(buf_cstr(&b), "\"order\" \"rows\" name top");
    buf_free(&b);
}

static const struct test_case tests[] = {
    {"tokens", test_tokens},     {"strings_and_quoted_names", test_strings_and_quoted_names},
    {"comments", test_comments}, {"unterminated", test_unterminated},
    {"keywords", test_keywords}, {"ident_quoting", test_ident_quoting},
};

TEST_MAIN()
