/* Dialect translation: constructs a model wrote for another database, rewritten for the target.
 * The rules are data, keyed by (source, target) dialect pair, and match tokens, not text, so a
 * string literal that happens to say "LEN(" or "::" is never touched.
 *
 * A rule's pattern is SQL tokens where $1..$9 capture one argument-like run of tokens (balanced
 * parentheses, no top-level comma) and $* captures a whole comma-separated argument list. The
 * template is text where $N and $* (joined by the rule's separator) are substituted. Two
 * constructs do not fit a pattern and have kinds of their own: the PostgreSQL cast `x::type`,
 * whose operand comes before the operator, T-SQL's `SELECT TOP n`, whose LIMIT goes at the end
 * of the SELECT, T-SQL's national strings N'x', and regular-expression matches (PostgreSQL's
 * `~`, `~*`, `!~`, MySQL's REGEXP), which become LIKE or GLOB when the expression says no more
 * than they can. Rewrites run to a fixed point, so nested constructs are handled. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/fix_int.h"
#include "analyze/pgtree.h"
#include "util/err.h"
#include "util/module.h"

#include "util/banned.h"

enum dia_kind {
    DIA_PATTERN = 0,
    DIA_CAST,
    DIA_TOP,
    DIA_NSTRING,
    DIA_REGEX,
    DIA_DISTINCT_ON,   /* PostgreSQL's first row per group */
    DIA_ANY,           /* x = ANY(ARRAY[...]), x <> ALL(ARRAY[...]) */
    DIA_SIMILAR,       /* SIMILAR TO 'pattern' */
    DIA_TYPED_LITERAL, /* DATE '2024-01-31', TIMESTAMP '...' */
    DIA_INTERVAL,      /* x - INTERVAL '30 days', x + INTERVAL 3 MONTH */
    DIA_FORMAT,        /* TO_CHAR / DATE_FORMAT with their own format codes */
    DIA_CONCAT_WS,     /* CONCAT_WS(separator, a, b, ...) */
    DIA_STRING_PLUS,   /* T-SQL's 'a' + b, a string joined with + */
    DIA_INT_DIV,       /* MySQL's a DIV b */
    DIA_LIKE_BINARY,   /* MySQL's case-sensitive x LIKE BINARY 'pattern' */
};

/* The rule applies only when the database named this function as unknown: the target has it in
 * newer versions (SQLite 3.44 has concat and string_agg, 3.48 has if), where it must stay. */
#define DIA_ONLY_NAMED 1u

/* One rule of a dialect pair. Most rewrite a pattern into a template; REWRITE_LIST joins $*
 * with a separator, REWRITE_NAMED applies only when the database named the function unknown. */
struct dia_rule {
    enum dia_kind kind;
    const char *pattern;
    const char *replace;
    const char *sep; /* joins $* in the template */
    unsigned flags;
};

#define REWRITE(pattern, replace)                                                                  \
    {                                                                                              \
        DIA_PATTERN, pattern, replace, NULL, 0                                                     \
    }
#define REWRITE_LIST(pattern, replace, sep)                                                        \
    {                                                                                              \
        DIA_PATTERN, pattern, replace, sep, 0                                                      \
    }
#define REWRITE_NAMED(pattern, replace, sep)                                                       \
    {                                                                                              \
        DIA_PATTERN, pattern, replace, sep, DIA_ONLY_NAMED                                         \
    }
#define CONSTRUCT(kind, first_token)                                                               \
    {                                                                                              \
        kind, first_token, NULL, NULL, 0                                                           \
    }

/* PostgreSQL -> SQLite */
static const struct dia_rule postgresql_sqlite[] = {
    CONSTRUCT(DIA_CAST, "::"),
    REWRITE("ILIKE", "LIKE"),
    REWRITE("DATE_TRUNC('year', $1)", "strftime('%Y-01-01', $1)"),
    REWRITE("DATE_TRUNC('month', $1)", "strftime('%Y-%m-01', $1)"),
    REWRITE("DATE_TRUNC('day', $1)", "date($1)"),
    CONSTRUCT(DIA_DISTINCT_ON, "DISTINCT"),
    CONSTRUCT(DIA_ANY, "ANY"),
    CONSTRUCT(DIA_ANY, "ALL"),
    CONSTRUCT(DIA_SIMILAR, "SIMILAR"),
    CONSTRUCT(DIA_TYPED_LITERAL, "DATE"),
    CONSTRUCT(DIA_TYPED_LITERAL, "TIMESTAMP"),
    CONSTRUCT(DIA_INTERVAL, "INTERVAL"),
    CONSTRUCT(DIA_FORMAT, "TO_CHAR"),
    /* A difference of two timestamps is an interval in PostgreSQL; in SQLite the text would be
     * subtracted as numbers (the years), so these come before the one-operand forms. */
    REWRITE("EXTRACT(EPOCH FROM ($1 - $2))",
            "(CAST(strftime('%s', $1) AS REAL) - strftime('%s', $2))"),
    REWRITE("EXTRACT(EPOCH FROM $1 - $2)",
            "(CAST(strftime('%s', $1) AS REAL) - strftime('%s', $2))"),
    REWRITE("EXTRACT(DAY FROM ($1 - $2))", "CAST(julianday($1) - julianday($2) AS INTEGER)"),
    REWRITE("EXTRACT(DAY FROM $1 - $2)", "CAST(julianday($1) - julianday($2) AS INTEGER)"),
    REWRITE("DATE_PART('day', $1 - $2)", "CAST(julianday($1) - julianday($2) AS INTEGER)"),
    REWRITE("date($1) - date($2)", "CAST(julianday($1) - julianday($2) AS INTEGER)"),
    REWRITE("EXTRACT(EPOCH FROM $1)", "CAST(strftime('%s', $1) AS REAL)"),
    REWRITE("EXTRACT(YEAR FROM $1)", "CAST(strftime('%Y', $1) AS INTEGER)"),
    REWRITE("EXTRACT(QUARTER FROM $1)", "((CAST(strftime('%m', $1) AS INTEGER) + 2) / 3)"),
    REWRITE("EXTRACT(HOUR FROM $1)", "CAST(strftime('%H', $1) AS INTEGER)"),
    REWRITE("EXTRACT(MINUTE FROM $1)", "CAST(strftime('%M', $1) AS INTEGER)"),
    REWRITE("EXTRACT(DOY FROM $1)", "CAST(strftime('%j', $1) AS INTEGER)"),
    REWRITE("EXTRACT(MONTH FROM $1)", "CAST(strftime('%m', $1) AS INTEGER)"),
    REWRITE("EXTRACT(DAY FROM $1)", "CAST(strftime('%d', $1) AS INTEGER)"),
    REWRITE("EXTRACT(DOW FROM $1)", "CAST(strftime('%w', $1) AS INTEGER)"),
    REWRITE("DATE_PART('year', $1)", "CAST(strftime('%Y', $1) AS INTEGER)"),
    REWRITE("DATE_PART('month', $1)", "CAST(strftime('%m', $1) AS INTEGER)"),
    REWRITE("DATE_PART('day', $1)", "CAST(strftime('%d', $1) AS INTEGER)"),
    REWRITE("DATE_PART('dow', $1)", "CAST(strftime('%w', $1) AS INTEGER)"),
    REWRITE("DATE_PART('quarter', $1)", "((CAST(strftime('%m', $1) AS INTEGER) + 2) / 3)"),
    REWRITE("DATE_PART('epoch', $1)", "CAST(strftime('%s', $1) AS REAL)"),
    REWRITE("DATE_TRUNC('quarter', $1)",
            "date($1, 'start of month', '-' || ((CAST(strftime('%m', $1) AS INTEGER) - 1) % 3) "
            "|| ' months')"),
    REWRITE("DATE_TRUNC('week', $1)", "date($1, '-6 days', 'weekday 1')"),
    REWRITE("BOOL_OR($1)", "max($1)"),
    REWRITE("BOOL_AND($1)", "min($1)"),
    REWRITE("EVERY($1)", "min($1)"),
    REWRITE("SUBSTRING($1 FROM $2 FOR $3)", "substr($1, $2, $3)"),
    REWRITE("SUBSTRING($1 FROM $2)", "substr($1, $2)"),
    REWRITE("NOW()", "datetime('now')"),
    REWRITE_NAMED("STRING_AGG($1, $2)", "group_concat($1, $2)", NULL),
    REWRITE("ARRAY_AGG($1)", "group_concat($1)"),
    REWRITE("POSITION($1 IN $2)", "instr($2, $1)"),
    REWRITE_LIST("GREATEST($*)", "max($*)", ", "),
    REWRITE_LIST("LEAST($*)", "min($*)", ", "),
    REWRITE("FETCH FIRST $1 ROWS ONLY", "LIMIT $1"),
    REWRITE("FETCH FIRST $1 ROW ONLY", "LIMIT $1"),
    REWRITE("LEFT($1, $2)", "substr($1, 1, $2)"),
    REWRITE("RIGHT($1, $2)", "substr($1, -($2))"),
    CONSTRUCT(DIA_REGEX, "~"),
    CONSTRUCT(DIA_REGEX, "!"),
};

/* T-SQL -> SQLite */
static const struct dia_rule tsql_sqlite[] = {
    CONSTRUCT(DIA_TOP, "TOP"),
    REWRITE("LEN($1)", "length($1)"),
    REWRITE("STRING_AGG($1, $2) WITHIN GROUP (ORDER BY $3)", "group_concat($1, $2 ORDER BY $3)"),
    REWRITE("ISNULL($1, $2)", "IFNULL($1, $2)"),
    REWRITE("GETDATE()", "datetime('now')"),
    /* T-SQL's DATEDIFF counts the boundaries crossed: whole dates, whatever the times of day */
    REWRITE("DATEDIFF(day, $1, $2)", "CAST(julianday(date($2)) - julianday(date($1)) AS INTEGER)"),
    REWRITE("DATEDIFF(dd, $1, $2)", "CAST(julianday(date($2)) - julianday(date($1)) AS INTEGER)"),
    REWRITE("DATEDIFF(year, $1, $2)",
            "(CAST(strftime('%Y', $2) AS INTEGER) - CAST(strftime('%Y', $1) AS INTEGER))"),
    REWRITE("DATEDIFF(yy, $1, $2)",
            "(CAST(strftime('%Y', $2) AS INTEGER) - CAST(strftime('%Y', $1) AS INTEGER))"),
    REWRITE("DATEPART(yy, $1)", "CAST(strftime('%Y', $1) AS INTEGER)"),
    REWRITE("DATEPART(yyyy, $1)", "CAST(strftime('%Y', $1) AS INTEGER)"),
    REWRITE("DATEPART(mm, $1)", "CAST(strftime('%m', $1) AS INTEGER)"),
    REWRITE("DATEPART(dd, $1)", "CAST(strftime('%d', $1) AS INTEGER)"),
    REWRITE("DATEPART(qq, $1)", "((CAST(strftime('%m', $1) AS INTEGER) + 2) / 3)"),
    REWRITE("DATEPART(dw, $1)", "(CAST(strftime('%w', $1) AS INTEGER) + 1)"),
    REWRITE("DATENAME(month, $1)", "DATE_FORMAT($1, '%M')"),
    REWRITE("DATENAME(weekday, $1)", "DATE_FORMAT($1, '%W')"),
    REWRITE("DATENAME(dw, $1)", "DATE_FORMAT($1, '%W')"),
    REWRITE("EOMONTH($1)", "date($1, 'start of month', '+1 month', '-1 day')"),
    REWRITE("DATEPART(year, $1)", "CAST(strftime('%Y', $1) AS INTEGER)"),
    REWRITE("DATEPART(month, $1)", "CAST(strftime('%m', $1) AS INTEGER)"),
    REWRITE("DATEPART(day, $1)", "CAST(strftime('%d', $1) AS INTEGER)"),
    REWRITE("DATEPART(quarter, $1)", "((CAST(strftime('%m', $1) AS INTEGER) + 2) / 3)"),
    REWRITE("DATEPART(hour, $1)", "CAST(strftime('%H', $1) AS INTEGER)"),
    REWRITE("DATEPART(weekday, $1)", "(CAST(strftime('%w', $1) AS INTEGER) + 1)"),
    REWRITE("DATEDIFF(month, $1, $2)",
            "((CAST(strftime('%Y', $2) AS INTEGER) - CAST(strftime('%Y', $1) AS INTEGER)) * 12 + "
            "CAST(strftime('%m', $2) AS INTEGER) - CAST(strftime('%m', $1) AS INTEGER))"),
    REWRITE("DATEADD(day, $1, $2)", "datetime($2, ($1) || ' days')"),
    REWRITE("DATEADD(week, $1, $2)", "datetime($2, (($1) * 7) || ' days')"),
    REWRITE("DATEADD(month, $1, $2)", "datetime($2, ($1) || ' months')"),
    REWRITE("DATEADD(year, $1, $2)", "datetime($2, ($1) || ' years')"),
    REWRITE("WITH (NOLOCK)", ""),
    REWRITE("SYSDATETIME()", "datetime('now')"),
    REWRITE("CHARINDEX($1, $2)", "instr($2, $1)"),
    REWRITE("COUNT_BIG($1)", "count($1)"),
    CONSTRUCT(DIA_NSTRING, "N"),
    REWRITE("CONVERT(INT, $1)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT(INTEGER, $1)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT(BIGINT, $1)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT(SMALLINT, $1)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT(FLOAT, $1)", "CAST($1 AS REAL)"),
    REWRITE("CONVERT(REAL, $1)", "CAST($1 AS REAL)"),
    REWRITE("CONVERT(DECIMAL, $1)", "CAST($1 AS REAL)"),
    REWRITE("CONVERT(NUMERIC, $1)", "CAST($1 AS REAL)"),
    REWRITE("CONVERT(VARCHAR, $1)", "CAST($1 AS TEXT)"),
    REWRITE("CONVERT(NVARCHAR, $1)", "CAST($1 AS TEXT)"),
    REWRITE("CONVERT(VARCHAR($1), $2)", "CAST($2 AS TEXT)"),
    REWRITE("CONVERT(NVARCHAR($1), $2)", "CAST($2 AS TEXT)"),
    REWRITE("CONVERT(DATE, $1)", "date($1)"),
    REWRITE("OFFSET $1 ROWS FETCH NEXT $2 ROWS ONLY", "LIMIT $2 OFFSET $1"),
    REWRITE("OFFSET $1 ROWS FETCH FIRST $2 ROWS ONLY", "LIMIT $2 OFFSET $1"),
    REWRITE("OFFSET $1 ROWS FETCH NEXT $2 ROW ONLY", "LIMIT $2 OFFSET $1"),
    REWRITE("OFFSET $1 ROWS FETCH FIRST $2 ROW ONLY", "LIMIT $2 OFFSET $1"),
    REWRITE("OFFSET $1 ROWS", "LIMIT -1 OFFSET $1"),
    REWRITE("FETCH NEXT $1 ROWS ONLY", "LIMIT $1"),
    REWRITE("FETCH NEXT $1 ROW ONLY", "LIMIT $1"),
    /* CONVERT with a style: 120/121/126 (ODBC/ISO, yyyy-mm-dd hh:mi:ss), 23 (yyyy-mm-dd), cut
     * to the length asked */
    REWRITE("CONVERT(VARCHAR(10), $1, 120)", "date($1)"),
    REWRITE("CONVERT(VARCHAR(10), $1, 121)", "date($1)"),
    REWRITE("CONVERT(VARCHAR(10), $1, 126)", "date($1)"),
    REWRITE("CONVERT(VARCHAR(10), $1, 23)", "date($1)"),
    REWRITE("CONVERT(VARCHAR(19), $1, 120)", "datetime($1)"),
    REWRITE("CONVERT(VARCHAR(7), $1, 120)", "strftime('%Y-%m', $1)"),
    REWRITE("CONVERT(DATE, $1, $2)", "date($1)"),
    CONSTRUCT(DIA_STRING_PLUS, "+"),
};

/* MySQL / MariaDB -> SQLite */
static const struct dia_rule mysql_sqlite[] = {
    REWRITE_NAMED("IF($1, $2, $3)", "CASE WHEN $1 THEN $2 ELSE $3 END", NULL),
    /* MySQL's CONVERT(value, type) and its integer types */
    REWRITE("CONVERT($1, UNSIGNED INTEGER)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT($1, SIGNED INTEGER)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT($1, UNSIGNED)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT($1, SIGNED)", "CAST($1 AS INTEGER)"),
    REWRITE("CONVERT($1, CHAR)", "CAST($1 AS TEXT)"),
    REWRITE("CONVERT($1, DECIMAL)", "CAST($1 AS REAL)"),
    REWRITE("CONVERT($1, DATE)", "date($1)"),
    REWRITE("CAST($1 AS UNSIGNED INTEGER)", "CAST($1 AS INTEGER)"),
    REWRITE("CAST($1 AS SIGNED INTEGER)", "CAST($1 AS INTEGER)"),
    REWRITE("CAST($1 AS UNSIGNED)", "CAST($1 AS INTEGER)"),
    REWRITE("CAST($1 AS SIGNED)", "CAST($1 AS INTEGER)"),
    REWRITE_NAMED("CONCAT($*)", "($*)", " || "),
    /* SQLite takes no separator beside DISTINCT: the values are kept, the separator is ','.
     * A list in its own order keeps it, in SQLite's words (3.44 and later read them; an older
     * SQLite rejects them, and a list in no order is not written in their place). */
    REWRITE("GROUP_CONCAT(DISTINCT $1 SEPARATOR $2)", "group_concat(DISTINCT $1)"),
    REWRITE("GROUP_CONCAT($1 ORDER BY $2 SEPARATOR $3)", "group_concat($1, $3 ORDER BY $2)"),
    REWRITE("GROUP_CONCAT($1 SEPARATOR $2)", "group_concat($1, $2)"),
    REWRITE("YEAR($1)", "CAST(strftime('%Y', $1) AS INTEGER)"),
    REWRITE("MONTH($1)", "CAST(strftime('%m', $1) AS INTEGER)"),
    REWRITE("DAY($1)", "CAST(strftime('%d', $1) AS INTEGER)"),
    REWRITE("CURDATE()", "date('now')"),
    /* MySQL counts the days between the dates only, whatever the times of day */
    REWRITE("DATEDIFF($1, $2)", "CAST(julianday(date($1)) - julianday(date($2)) AS INTEGER)"),
    REWRITE("TRUNCATE($1, 0)", "CAST($1 AS INTEGER)"),
    REWRITE("TRUNCATE($1, $2)", "(CAST(($1) * power(10, $2) AS INTEGER) / power(10.0, $2))"),
    CONSTRUCT(DIA_CONCAT_WS, "CONCAT_WS"),
    CONSTRUCT(DIA_FORMAT, "DATE_FORMAT"),
    REWRITE("QUARTER($1)", "((CAST(strftime('%m', $1) AS INTEGER) + 2) / 3)"),
    REWRITE("HOUR($1)", "CAST(strftime('%H', $1) AS INTEGER)"),
    REWRITE("DAYOFWEEK($1)", "(CAST(strftime('%w', $1) AS INTEGER) + 1)"),
    REWRITE("TIMESTAMPDIFF(DAY, $1, $2)", "CAST(julianday($2) - julianday($1) AS INTEGER)"),
    /* whole years or months elapsed: one less when the later date's day (and time) of the
     * year or month comes before the earlier one's */
    REWRITE("TIMESTAMPDIFF(YEAR, $1, $2)",
            "(CAST(strftime('%Y', $2) AS INTEGER) - CAST(strftime('%Y', $1) AS INTEGER) - "
            "(strftime('%m-%d %H:%M:%S', $2) < strftime('%m-%d %H:%M:%S', $1)))"),
    REWRITE("TIMESTAMPDIFF(MONTH, $1, $2)",
            "((CAST(strftime('%Y', $2) AS INTEGER) - CAST(strftime('%Y', $1) AS INTEGER)) * 12 + "
            "CAST(strftime('%m', $2) AS INTEGER) - CAST(strftime('%m', $1) AS INTEGER) - "
            "(strftime('%d %H:%M:%S', $2) < strftime('%d %H:%M:%S', $1)))"),
    REWRITE("DAYOFMONTH($1)", "CAST(strftime('%d', $1) AS INTEGER)"),
    REWRITE("DAYOFYEAR($1)", "CAST(strftime('%j', $1) AS INTEGER)"),
    REWRITE("MINUTE($1)", "CAST(strftime('%M', $1) AS INTEGER)"),
    /* the names are DATE_FORMAT's, translated on the next pass */
    REWRITE("DAYNAME($1)", "DATE_FORMAT($1, '%W')"),
    REWRITE("MONTHNAME($1)", "DATE_FORMAT($1, '%M')"),
    REWRITE("LAST_DAY($1)", "date($1, 'start of month', '+1 month', '-1 day')"),
    REWRITE("CURRENT_DATE()", "date('now')"),
    REWRITE("DATE_SUB($1, INTERVAL $2 DAY)", "datetime($1, '-' || ($2) || ' days')"),
    REWRITE("DATE_SUB($1, INTERVAL $2 MONTH)", "datetime($1, '-' || ($2) || ' months')"),
    REWRITE("DATE_SUB($1, INTERVAL $2 YEAR)", "datetime($1, '-' || ($2) || ' years')"),
    REWRITE("DATE_ADD($1, INTERVAL $2 DAY)", "datetime($1, '+' || ($2) || ' days')"),
    REWRITE("DATE_ADD($1, INTERVAL $2 MONTH)", "datetime($1, '+' || ($2) || ' months')"),
    REWRITE("DATE_ADD($1, INTERVAL $2 YEAR)", "datetime($1, '+' || ($2) || ' years')"),
    /* the part before the first delimiter; after the last one (for a one-character delimiter:
     * strip the text's tail of everything that is no delimiter, then cut that prefix away) */
    REWRITE("SUBSTRING_INDEX($1, $2, 1)",
            "(CASE WHEN instr($1, $2) > 0 THEN substr($1, 1, instr($1, $2) - 1) ELSE $1 END)"),
    REWRITE("SUBSTRING_INDEX($1, $2, -1)",
            "(CASE WHEN instr($1, $2) = 0 THEN $1 WHEN length($2) = 1 THEN "
            "replace($1, rtrim($1, replace($1, $2, '')), '') ELSE substr($1, instr($1, $2) + "
            "length($2)) END)"),
    REWRITE("LOCATE($1, $2)", "instr($2, $1)"),
    REWRITE("CHAR_LENGTH($1)", "length($1)"),
    REWRITE("LCASE($1)", "lower($1)"),
    REWRITE("UCASE($1)", "upper($1)"),
    REWRITE("RAND()", "random()"),
    CONSTRUCT(DIA_REGEX, "REGEXP"),
    CONSTRUCT(DIA_REGEX, "RLIKE"),
    CONSTRUCT(DIA_INT_DIV, "DIV"),
    CONSTRUCT(DIA_LIKE_BINARY, "LIKE"),
};

/* SQLite -> PostgreSQL, for the PostgreSQL driver to come */
static const struct dia_rule sqlite_postgresql[] = {
    REWRITE("IFNULL($1, $2)", "COALESCE($1, $2)"),
    REWRITE("GROUP_CONCAT($1, $2)", "string_agg($1, $2)"),
    REWRITE("strftime('%Y', $1)", "to_char($1, 'YYYY')"),
    REWRITE("LENGTH($1)", "char_length($1)"),
};

/* The pairs a rule set translates between, each written once. Rules of every pair whose target
 * is the database apply, in this order: the first rule that matches at a token wins. */
static const struct dia_pair {
    const char *from, *to;
    const struct dia_rule *rules;
    size_t n;
} pairs[] = {
#define PAIR(from, to, rules)                                                                      \
    {                                                                                              \
        from, to, rules, sizeof rules / sizeof rules[0]                                            \
    }
    PAIR("postgresql", "sqlite", postgresql_sqlite),
    PAIR("tsql", "sqlite", tsql_sqlite),
    PAIR("mysql", "sqlite", mysql_sqlite),
    PAIR("sqlite", "postgresql", sqlite_postgresql),
#undef PAIR
};

/* PostgreSQL cast targets: `$1` is the operand. Dates must not become CAST(... AS DATE), which
 * SQLite evaluates to a number. */
static const struct {
    const char *type;
    const char *replace;
} cast_types[] = {
    {"int", "CAST($1 AS INTEGER)"},
    {"int4", "CAST($1 AS INTEGER)"},
    {"int8", "CAST($1 AS INTEGER)"},
    {"integer", "CAST($1 AS INTEGER)"},
    {"bigint", "CAST($1 AS INTEGER)"},
    {"smallint", "CAST($1 AS INTEGER)"},
    {"numeric", "CAST($1 AS REAL)"},
    {"decimal", "CAST($1 AS REAL)"},
    {"float", "CAST($1 AS REAL)"},
    {"float8", "CAST($1 AS REAL)"},
    {"real", "CAST($1 AS REAL)"},
    {"double", "CAST($1 AS REAL)"},
    {"text", "CAST($1 AS TEXT)"},
    {"varchar", "CAST($1 AS TEXT)"},
    {"char", "CAST($1 AS TEXT)"},
    {"character", "CAST($1 AS TEXT)"},
    {"date", "date($1)"},
    {"timestamp", "datetime($1)"},
    {"timestamptz", "datetime($1)"},
};

struct capture {
    size_t b, e; /* token range [b, e) */
};

struct match {
    struct capture caps[10];
    struct capture list[32];
    size_t n_list;
    size_t end; /* token after the match */
};

static int tok_equal(const struct fx_sql *q, size_t i, const struct fx_sql *p, size_t k)
{
    if (i >= q->n || k >= p->n)
        return 0;
    const struct fx_token *a = &q->t[i], *b = &p->t[k];
    if (a->type != b->type || a->len != b->len)
        return 0;
    return strncasecmp(q->sql + a->off, p->sql + b->off, a->len) == 0;
}

static int is_capture(const struct fx_sql *p, size_t k, char *which)
{
    if (k >= p->n || p->t[k].type != SQLLEX_WORD || p->sql[p->t[k].off] != '$' || p->t[k].len != 2)
        return 0;
    *which = p->sql[p->t[k].off + 1];
    return 1;
}

/* Captures tokens from i up to (not including) the pattern's literal token k at depth 0; the
 * run must be non-empty and must not cross a top-level comma unless the literal is one. */
static int capture_until(const struct fx_sql *q, size_t i, const struct fx_sql *p, size_t k,
                         size_t *stop)
{
    int depth = 0;
    for (size_t j = i; j < q->n; j++) {
        if (depth == 0 && tok_equal(q, j, p, k)) {
            if (j == i)
                return 0;
            *stop = j;
            return 1;
        }
        if (fx_is(q, j, "("))
            depth++;
        else if (fx_is(q, j, ")") && --depth < 0)
            return 0;
        else if (depth == 0 && (fx_is(q, j, ",") || fx_is(q, j, ";")))
            return 0;
    }
    return 0;
}

static int match_at(const struct fx_sql *q, size_t i, const struct fx_sql *p, struct match *m)
{
    memset(m, 0, sizeof *m);
    size_t j = i;
    for (size_t k = 0; k < p->n; k++) {
        char which;
        if (!is_capture(p, k, &which)) {
            if (!tok_equal(q, j, p, k))
                return 0;
            j++;
            continue;
        }
        if (k + 1 >= p->n)
            return 0; /* every capture is followed by a literal */
        if (which == '*') {
            /* Arguments up to the closing parenthesis. */
            size_t close = j;
            int depth = 0;
            size_t start = j;
            for (; close < q->n; close++) {
                if (fx_is(q, close, "("))
                    depth++;
                else if (fx_is(q, close, ")") && depth-- == 0)
                    break;
                if (depth == 0 && fx_is(q, close, ",")) {
                    if (close == start || m->n_list == 32)
                        return 0;
                    m->list[m->n_list++] = (struct capture){start, close};
                    start = close + 1;
                }
            }
            if (close >= q->n || close == start || m->n_list == 32)
                return 0;
            m->list[m->n_list++] = (struct capture){start, close};
            j = close;
            continue;
        }
        size_t stop;
        if (which < '1' || which > '9' || !capture_until(q, j, p, k + 1, &stop))
            return 0;
        m->caps[which - '0'] = (struct capture){j, stop};
        j = stop;
    }
    m->end = j;
    return 1;
}

static void expand(struct buf *b, const char *tmpl, const struct fx_sql *q, const struct match *m,
                   const char *sep)
{
    for (const char *t = tmpl; *t; t++) {
        if (t[0] == '$' && t[1] >= '1' && t[1] <= '9') {
            fx_put_tokens(b, q, m->caps[t[1] - '0'].b, m->caps[t[1] - '0'].e);
            t++;
        } else if (t[0] == '$' && t[1] == '*') {
            for (size_t i = 0; i < m->n_list; i++) {
                if (i)
                    buf_puts(b, sep ? sep : ", ");
                fx_put_tokens(b, q, m->list[i].b, m->list[i].e);
            }
            t++;
        } else {
            buf_putc(b, *t);
        }
    }
}

/* `operand::type`: the operand is the primary before the operator. */
static int rewrite_cast(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (i == 0 || i + 1 >= q->n || !fx_is_ident(q, i + 1))
        return 0;
    size_t b = i - 1;
    if (fx_is(q, b, ")")) {
        int depth = 0;
        for (;; b--) {
            if (fx_is(q, b, ")"))
                depth++;
            else if (fx_is(q, b, "(") && --depth == 0)
                break;
            if (b == 0)
                return 0;
        }
        if (b > 0 && q->t[b - 1].type == SQLLEX_WORD) {
            char fn[64];
            fx_ident(q, b - 1, fn, sizeof fn);
            if (!sqllex_is_keyword(fn, strlen(fn)))
                b--; /* a function call: count(*)::float */
        }
    } else {
        while (b >= 2 && fx_is(q, b - 1, ".") && fx_is_ident(q, b - 2))
            b -= 2; /* t.col */
    }
    char type[64];
    fx_ident(q, i + 1, type, sizeof type);
    size_t e = i + 2;
    if ((strcasecmp(type, "double") == 0 && fx_is(q, e, "precision")) ||
        (strcasecmp(type, "character") == 0 && fx_is(q, e, "varying")))
        e++;
    if (fx_is(q, e, "("))
        e = fx_match_paren(q, e) + 1;
    if (e > q->n)
        return 0;
    const char *tmpl = NULL;
    for (size_t k = 0; k < sizeof cast_types / sizeof cast_types[0]; k++)
        if (strcasecmp(type, cast_types[k].type) == 0)
            tmpl = cast_types[k].replace;
    if (!tmpl)
        return 0;
    struct match m;
    memset(&m, 0, sizeof m);
    m.caps[1] = (struct capture){b, i};
    struct buf out = BUF_INIT;
    expand(&out, tmpl, q, &m, NULL);
    return fx_replace_tokens(q, b, e, &out, ed, next);
}

/* SELECT [DISTINCT] TOP n ... -> SELECT [DISTINCT] ... LIMIT n, at the end of that SELECT. */
static int rewrite_top(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (i == 0)
        return 0;
    size_t s = i - 1;
    if ((fx_is(q, s, "distinct") || fx_is(q, s, "all")) && s > 0)
        s--;
    if (!fx_is(q, s, "select") || i + 1 >= q->n || q->t[i + 1].type != SQLLEX_NUMBER ||
        fx_is(q, i + 2, "percent"))
        return 0;
    int depth = 0;
    size_t end = i + 2;
    for (; end < q->n; end++) {
        if (fx_is(q, end, "("))
            depth++;
        else if (fx_is(q, end, ")") && --depth < 0)
            break;
        else if (depth == 0 && (fx_is(q, end, ";") || fx_is(q, end, "limit")))
            break;
    }
    if (fx_is(q, end, "limit"))
        return 0;
    struct buf lim = BUF_INIT;
    buf_puts(&lim, " LIMIT ");
    buf_append(&lim, q->sql + q->t[i + 1].off, q->t[i + 1].len);
    size_t at = end < q->n ? q->t[end].off : strlen(q->sql);
    /* Keep the LIMIT next to the last token rather than after trailing blanks. */
    if (end > 0)
        at = q->t[end - 1].off + q->t[end - 1].len;
    size_t from = q->t[i].off, to = q->t[i + 1].off + q->t[i + 1].len;
    while (q->sql[to] == ' ')
        to++;
    int rc = lim.failed ? ERR_NOMEM : fx_edit_add(ed, from, to - from, "");
    if (!rc)
        rc = fx_edit_add(ed, at, 0, buf_cstr(&lim));
    buf_free(&lim);
    *next = i + 2;
    return rc ? rc : 1;
}

/* N'text' -> 'text': the N and the string touch. */
static int rewrite_nstring(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (i + 1 >= q->n || q->t[i].len != 1 || q->t[i + 1].type != SQLLEX_STRING ||
        q->t[i].off + 1 != q->t[i + 1].off)
        return 0;
    *next = i + 2;
    int rc = fx_edit_add(ed, q->t[i].off, 1, "");
    return rc ? rc : 1;
}

int fx_string_value(const struct fx_sql *q, size_t i, struct buf *out)
{
    if (i >= q->n || q->t[i].type != SQLLEX_STRING || q->t[i].len < 2)
        return 0;
    const char *p = q->sql + q->t[i].off + 1, *end = q->sql + q->t[i].off + q->t[i].len - 1;
    if (end[0] != '\'')
        return 0; /* unterminated */
    for (; p < end; p++) {
        buf_putc(out, *p);
        if (*p == '\'' && p + 1 < end && p[1] == '\'')
            p++;
    }
    return !out->failed;
}

/* x ~ 're', x ~* 're', x !~ 're', x !~* 're' (PostgreSQL), x [NOT] REGEXP 're' (MySQL, whose
 * default collation ignores case) -> x [NOT] GLOB / LIKE 'pattern' (patterns.c). */
static int rewrite_regex(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    size_t j = i;
    int negate = 0, ci = 1, not_before = 0;
    if (fx_is(q, j, "!")) {
        negate = 1;
        j++;
    }
    if (fx_is(q, j, "~")) {
        ci = fx_is(q, j + 1, "*");
        j += 1 + ci;
    } else if (!negate && (fx_is(q, j, "regexp") || fx_is(q, j, "rlike"))) {
        not_before = i > 0 && fx_is(q, i - 1, "not");
        j++;
    } else {
        return 0;
    }
    if (j >= q->n || q->t[j].type != SQLLEX_STRING)
        return 0;
    return fx_dia_patterns(q, i, j, negate, not_before, 0, ci, ed, next);
}

/* A rule of a pair that translates into the target, with its pattern parsed. */
struct active_rule {
    const struct dia_rule *rule;
    const char *from;
    struct fx_sql pat;
};

static void rules_free(struct active_rule *act, size_t n)
{
    for (size_t k = 0; act && k < n; k++)
        fx_sql_free(&act[k].pat);
    free(act);
}

/* Whether rule r (pattern parsed as p) applies when the database named named_fn unknown. */
static int rule_applies(const struct dia_rule *r, const char *named_fn, const struct fx_sql *p)
{
    if (r->flags & DIA_ONLY_NAMED) {
        char fn[64];
        fx_ident(p, 0, fn, sizeof fn);
        return named_fn && strcasecmp(named_fn, fn) == 0;
    }
    return 1;
}

/* The rules that translate into target, in table order, patterns parsed; *n set. Returns 0 or
 * a negative error; on error nothing is left to free. */
static int rules_for(const char *target, const char *named_fn, const char *skip_from,
                     struct active_rule **out, size_t *n)
{
    size_t total = 0;
    int rc = 0;
    for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++)
        total += pairs[p].n;
    struct active_rule *act = calloc(total, sizeof *act);
    *out = NULL;
    *n = 0;
    if (!act)
        return ERR_NOMEM;
    for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
        const struct dia_pair *pr = &pairs[p];
        if (strcasecmp(pr->to, target) != 0 || strcasecmp(pr->from, target) == 0 ||
            (skip_from && strcasecmp(pr->from, skip_from) == 0))
            continue;
        for (size_t r = 0; r < pr->n; r++) {
            struct active_rule *a = &act[*n];
            if ((rc = fx_parse(pr->rules[r].pattern, NULL, &a->pat)))
                goto out;
            if (!rule_applies(&pr->rules[r], named_fn, &a->pat)) {
                fx_sql_free(&a->pat);
                continue;
            }
            a->rule = &pr->rules[r];
            a->from = pr->from;
            (*n)++;
        }
    }
out:
    if (rc) {
        rules_free(act, total); /* the one that failed may hold part of a parse */
        act = NULL;
        *n = 0;
    }
    *out = act;
    return rc;
}

/* The construct of each kind but DIA_PATTERN, in enum dia_kind's order. */
static int (*const constructs[])(const struct fx_sql *, size_t, struct fx_edits *, size_t *) = {
    NULL,
    rewrite_cast,
    rewrite_top,
    rewrite_nstring,
    rewrite_regex,
    fx_dia_distinct_on,
    fx_dia_any,
    fx_dia_similar,
    fx_dia_typed_literal,
    fx_dia_interval,
    fx_dia_format,
    fx_dia_concat_ws,
    fx_dia_string_plus,
    fx_dia_int_div,
    fx_dia_like_binary,
};
_Static_assert(sizeof constructs / sizeof constructs[0] == DIA_LIKE_BINARY + 1,
               "one construct per kind of enum dia_kind");

#define DIA_MAX_PASSES 8

/* One left-to-right pass; returns rewrites made (edits in ed) or ERR_NOMEM. */
static int one_pass(const struct fx_sql *q, const struct active_rule *act, size_t n_act,
                    struct fx_edits *ed, struct buf *what)
{
    int count = 0;
    for (size_t i = 0; i < q->n;) {
        size_t next = i + 1;
        int hit = 0;
        /* A function name after '.' is a column (t.len), not a call. */
        int after_dot = i > 0 && fx_is(q, i - 1, ".");
        for (size_t r = 0; r < n_act && !hit && !after_dot; r++) {
            const struct dia_rule *rule = act[r].rule;
            if (!tok_equal(q, i, &act[r].pat, 0))
                continue;
            if (rule->kind != DIA_PATTERN) {
                hit = constructs[rule->kind](q, i, ed, &next);
            } else {
                struct match m;
                if (!match_at(q, i, &act[r].pat, &m))
                    continue;
                struct buf out = BUF_INIT;
                expand(&out, rule->replace, q, &m, rule->sep);
                hit = fx_replace_tokens(q, i, m.end, &out, ed, &next);
            }
            if (hit < 0)
                return hit;
            if (hit && what)
                buf_printf(what, "%s%s %s", what->len ? "; " : "", act[r].from, rule->pattern);
        }
        count += hit > 0;
        i = next;
    }
    return count;
}

int fx_dialect_translate_except(const char *sql, const char *target, const char *named_fn,
                                const char *skip_from, char **out, struct buf *what)
{
    struct active_rule *act = NULL;
    size_t n_act = 0;
    int total = 0, rc = 0;
    char *cur = NULL;
    *out = NULL;
    if (!target)
        target = "sqlite";
    if ((rc = rules_for(target, named_fn, skip_from, &act, &n_act)))
        goto out;
    for (int pass = 0; pass < DIA_MAX_PASSES; pass++) {
        struct fx_sql q;
        struct fx_edits ed = {0};
        if ((rc = fx_parse(cur ? cur : sql, NULL, &q)))
            goto out;
        int n = one_pass(&q, act, n_act, &ed, what);
        char *next = n > 0 ? fx_edits_apply(q.sql, &ed) : NULL;
        fx_sql_free(&q);
        fx_edits_free(&ed);
        if (n < 0 || (n > 0 && !next)) {
            rc = ERR_NOMEM;
            goto out;
        }
        if (n == 0)
            break;
        free(cur);
        cur = next;
        total += n;
    }
    *out = cur;
    cur = NULL;
    rc = total;
out:
    free(cur);
    rules_free(act, n_act);
    return rc;
}

int fx_dialect_translate(const char *sql, const char *target, const char *named_fn, char **out,
                         struct buf *what)
{
    return fx_dialect_translate_except(sql, target, named_fn, NULL, out, what);
}

/* ---- parse-tree translators ---- */

/* Defined in a program linked with pgtree*.c (the unit tests, the fuzz targets); genbi loads
 * it from genbi-pgtree.so on the first query that needs it. */
extern const struct pgtree_ops pgtree_ops __attribute__((weak));

static struct module pgtree_module = {
    .name = "pgtree",
    .symbol = "pgtree_ops",
    .what = "the PostgreSQL parse-tree translator",
    .package = "libpg-query1504.0",
    .builtin = &pgtree_ops,
};

/* Targets whose translation from a source dialect reads that dialect's parse tree first: the
 * source's token rules are then the fallback, and the other sources' rules run before it. */
static const struct {
    const char *from, *to;
    struct module *mod;
} tree_pairs[] = {
    {"postgresql", "sqlite", &pgtree_module},
};

/* The tree translation of sql (after the other sources' token rules) into a tree pair's target:
 * > 0 with *out and what set, 0 when it does not apply (why_not says why), ERR_NOMEM. */
static int tree_translate(const char *sql, size_t pair, const char *named_fn, char **out,
                          struct buf *what, struct buf *why_not)
{
    char *pre = NULL, *tree = NULL;
    struct buf pre_what = BUF_INIT, tree_what = BUF_INIT;
    struct err e = {0};
    int rc = fx_dialect_translate_except(sql, tree_pairs[pair].to, named_fn, tree_pairs[pair].from,
                                         &pre, &pre_what);
    const struct pgtree_ops *ops = rc < 0 ? NULL : module_get(tree_pairs[pair].mod, &e);
    if (rc >= 0 && !ops) {
        buf_printf(why_not, "%s unavailable", tree_pairs[pair].mod->what);
        rc = 0;
    } else if (rc >= 0) {
        int n = ops->translate(pre ? pre : sql, &tree, &tree_what);
        if (n > 0) {
            buf_printf(what, "%s parse tree: %s", tree_pairs[pair].from, buf_cstr(&tree_what));
            if (rc > 0)
                buf_printf(what, "; before it, token rules: %s", buf_cstr(&pre_what));
            *out = tree;
            tree = NULL;
        } else {
            buf_printf(why_not, "%s parse tree: %s", tree_pairs[pair].from, buf_cstr(&tree_what));
        }
        rc = n < 0 ? n : n > 0 ? rc + n : 0;
    }
    if (rc >= 0 && (what->failed || why_not->failed || pre_what.failed || tree_what.failed)) {
        rc = ERR_NOMEM;
        free(*out);
        *out = NULL;
    }
    free(pre);
    free(tree);
    buf_free(&pre_what);
    buf_free(&tree_what);
    return rc;
}

int fx_dialect_repair(const char *sql, const char *target, const char *named_fn, char **out,
                      struct buf *what)
{
    *out = NULL;
    if (!target)
        target = "sqlite";
    struct buf why_not = BUF_INIT, rules = BUF_INIT;
    int rc = 0, tree = 0;
    for (size_t p = 0; p < sizeof tree_pairs / sizeof tree_pairs[0] && !rc; p++) {
        if (strcasecmp(tree_pairs[p].to, target) != 0)
            continue;
        tree = 1;
        rc = tree_translate(sql, p, named_fn, out, what, &why_not);
    }
    if (rc == 0) {
        rc = fx_dialect_translate(sql, target, named_fn, out, &rules);
        if (rc > 0 && tree)
            buf_printf(what, "token rules: %s (%s)", buf_cstr(&rules), buf_cstr(&why_not));
        else if (rc > 0)
            buf_puts(what, buf_cstr(&rules));
    }
    if (rc > 0 && (what->failed || rules.failed || why_not.failed)) {
        free(*out);
        *out = NULL;
        rc = ERR_NOMEM;
    }
    buf_free(&why_not);
    buf_free(&rules);
    return rc;
}
