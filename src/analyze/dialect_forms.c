/* Dialect constructs whose shape a token pattern cannot say (dialect.c holds the pattern rules
 * and dispatches these): PostgreSQL's DISTINCT ON, `= ANY(ARRAY[...])`, SIMILAR TO, typed
 * literals and intervals, and the format codes of TO_CHAR and MySQL's DATE_FORMAT.
 *
 * Each function looks at the tokens around i. It adds one edit, sets *next past what it read and
 * returns 1; it returns 0 when the construct is not there, or says more than SQLite can say (the
 * query then keeps failing, which is honest), and ERR_NOMEM. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/fix_int.h"
#include "util/err.h"

#include "util/banned.h"

static int is_string(const struct fx_sql *q, size_t i)
{
    return i < q->n && q->t[i].type == SQLLEX_STRING;
}

/* ---- DISTINCT ON ---- */

/* A name for an output column: an identifier, not a keyword. */
static int is_alias(const struct fx_sql *q, size_t i)
{
    if (i >= q->n)
        return 0;
    if (q->t[i].type == SQLLEX_QIDENT)
        return 1;
    return q->t[i].type == SQLLEX_WORD &&
           !sqllex_is_keyword(q->sql + q->t[i].off, q->t[i].len);
}

/* One item [b, e) of the select list: the inner query computes it as genbi_cN, the outer one
 * gives it back under the name the original query would show. 0 for `*` and `t.*`. */
static int distinct_item(const struct fx_sql *q, size_t b, size_t e, size_t n, struct buf *inner,
                         struct buf *outer)
{
    if (e <= b || fx_is(q, e - 1, "*"))
        return 0;
    size_t expr_end = e, name = (size_t)-1;
    if (e - b >= 3 && fx_is(q, e - 2, "as") && is_alias(q, e - 1)) {
        expr_end = e - 2;
        name = e - 1;
    } else if (e - b >= 2 && is_alias(q, e - 1) && !fx_is(q, e - 2, ".") &&
               (fx_is(q, e - 2, ")") || is_alias(q, e - 2) || q->t[e - 2].type == SQLLEX_NUMBER ||
                is_string(q, e - 2))) {
        expr_end = e - 1;
        name = e - 1; /* count(*) n */
    } else if (is_alias(q, e - 1) && (e - b == 1 || (e - b == 3 && fx_is(q, e - 2, ".")))) {
        name = e - 1; /* col, t.col */
    }
    buf_puts(inner, n ? ", " : "");
    fx_put_tokens(inner, q, b, expr_end);
    buf_printf(inner, " AS genbi_c%zu", n);
    buf_printf(outer, "%sgenbi_c%zu AS ", n ? ", " : "", n);
    if (name != (size_t)-1) {
        fx_put_tokens(outer, q, name, name + 1);
        return 1;
    }
    /* An expression's column is named by its text, as SQLite names it. */
    buf_putc(outer, '"');
    size_t a = q->t[b].off, z = q->t[expr_end - 1].off + q->t[expr_end - 1].len;
    for (size_t k = a; k < z; k++) {
        if (q->sql[k] == '"')
            buf_putc(outer, '"');
        buf_putc(outer, q->sql[k]);
    }
    buf_putc(outer, '"');
    return 1;
}

struct select_parts {
    size_t on_close, from, order, tail, end; /* token indexes; 0: the clause is absent */
};

/* The clauses of the SELECT whose DISTINCT is at token i, at that SELECT's own depth. */
static int select_parts(const struct fx_sql *q, size_t i, struct select_parts *p)
{
    memset(p, 0, sizeof *p);
    p->on_close = fx_match_paren(q, i + 2);
    p->end = q->n;
    if (p->on_close >= q->n || p->on_close == i + 3)
        return 0;
    int depth = 0;
    for (size_t j = p->on_close + 1; j < q->n; j++) {
        if (fx_is(q, j, "(")) {
            depth++;
        } else if (fx_is(q, j, ")")) {
            if (--depth < 0) {
                p->end = j;
                break;
            }
        } else if (depth) {
            continue;
        } else if (fx_is(q, j, ";")) {
            p->end = j;
            break;
        } else if (fx_is(q, j, "union") || fx_is(q, j, "intersect") || fx_is(q, j, "except")) {
            return 0; /* which SELECT an ORDER BY belongs to is not worth guessing */
        } else if (!p->from && fx_is(q, j, "from")) {
            p->from = j;
        } else if (p->from && !p->order && !p->tail && fx_is(q, j, "order") &&
                   fx_is(q, j + 1, "by")) {
            p->order = j;
        } else if (p->from && !p->tail &&
                   (fx_is(q, j, "limit") || fx_is(q, j, "offset") || fx_is(q, j, "fetch"))) {
            p->tail = j;
        }
    }
    return p->from != 0;
}

/* SELECT DISTINCT ON (keys) items FROM ... [ORDER BY o] [LIMIT ...] keeps the first row of each
 * group of keys in the order o. SQLite has no such form; the same rows come from a window:
 *   SELECT c0 AS name, ... FROM (SELECT items AS c0.., ROW_NUMBER() OVER (PARTITION BY keys
 *   ORDER BY o) AS genbi_rn, ROW_NUMBER() OVER (ORDER BY o) AS genbi_ord FROM ...)
 *   WHERE genbi_rn = 1 ORDER BY genbi_ord [LIMIT ...] */
int fx_dia_distinct_on(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    struct select_parts p;
    if (i == 0 || !fx_is(q, i - 1, "select") || !fx_is(q, i + 1, "on") || !fx_is(q, i + 2, "(") ||
        !select_parts(q, i, &p))
        return 0;
    struct buf inner = BUF_INIT, outer = BUF_INIT;
    buf_puts(&inner, "SELECT ");
    buf_puts(&outer, "SELECT ");
    size_t n = 0;
    for (size_t b = p.on_close + 1; b < p.from; n++) {
        size_t e = b;
        for (int depth = 0; e < p.from; e++) {
            if (fx_is(q, e, "("))
                depth++;
            else if (fx_is(q, e, ")"))
                depth--;
            else if (depth == 0 && fx_is(q, e, ","))
                break;
        }
        if (!distinct_item(q, b, e, n, &inner, &outer)) {
            buf_free(&inner);
            buf_free(&outer);
            return 0;
        }
        b = e + 1;
    }
    size_t order_end = p.tail ? p.tail : p.end;
    buf_puts(&inner, ", ROW_NUMBER() OVER (PARTITION BY ");
    fx_put_tokens(&inner, q, i + 3, p.on_close);
    if (p.order) {
        buf_puts(&inner, " ORDER BY ");
        fx_put_tokens(&inner, q, p.order + 2, order_end);
        buf_puts(&inner, ") AS genbi_rn, ROW_NUMBER() OVER (ORDER BY ");
        fx_put_tokens(&inner, q, p.order + 2, order_end);
        buf_puts(&inner, ") AS genbi_ord ");
    } else {
        buf_puts(&inner, ") AS genbi_rn ");
    }
    fx_put_tokens(&inner, q, p.from, p.order ? p.order : order_end);
    buf_printf(&outer, " FROM (%s) WHERE genbi_rn = 1", buf_cstr(&inner));
    if (p.order)
        buf_puts(&outer, " ORDER BY genbi_ord");
    if (p.tail) {
        buf_putc(&outer, ' ');
        fx_put_tokens(&outer, q, p.tail, p.end);
    }
    if (inner.failed)
        outer.failed = 1;
    buf_free(&inner);
    return fx_replace_tokens(q, i - 1, p.end, &outer, ed, next);
}

/* ---- = ANY(ARRAY[...]) ---- */

/* x = ANY(ARRAY[a, b]) -> x IN (a, b); x <> ALL(ARRAY[a, b]) -> x NOT IN (a, b). An optional
 * cast of the array (ARRAY[...]::text[]) is dropped. */
int fx_dia_any(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (i == 0 || !fx_is(q, i + 1, "(") || !fx_is(q, i + 2, "array") || i + 3 >= q->n ||
        q->t[i + 3].type != SQLLEX_QIDENT || q->sql[q->t[i + 3].off] != '[' || q->t[i + 3].len < 3)
        return 0;
    int any = fx_is(q, i, "any");
    const char *neg;
    if (any && fx_is(q, i - 1, "="))
        neg = "";
    else if (!any && (fx_is(q, i - 1, "<>") || fx_is(q, i - 1, "!=")))
        neg = "NOT ";
    else
        return 0; /* x <> ANY(...) is true for almost any x: not an IN */
    size_t close = i + 4;
    if (fx_is(q, close, "::") && fx_is_ident(q, close + 1))
        close += 2 + (close + 2 < q->n && q->t[close + 2].type == SQLLEX_QIDENT);
    if (!fx_is(q, close, ")"))
        return 0;
    struct buf out = BUF_INIT;
    buf_printf(&out, "%sIN (%.*s)", neg, (int)(q->t[i + 3].len - 2), q->sql + q->t[i + 3].off + 1);
    return fx_replace_tokens(q, i - 1, close + 1, &out, ed, next);
}

/* ---- SIMILAR TO ---- */

int fx_similar_glob(const char *pat, size_t len, struct buf *out)
{
    const char *p = pat, *end = pat + len;
    buf_putc(out, '\'');
    for (; p < end; p++) {
        if (*p == '%')
            buf_putc(out, '*');
        else if (*p == '_')
            buf_putc(out, '?');
        else if (*p == '\'')
            buf_puts(out, "''");
        else if (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80 || strchr(" -,:/@#&.", *p))
            buf_putc(out, *p);
        else
            return 0; /* alternatives, groups, repeats, classes */
    }
    buf_putc(out, '\'');
    return !out->failed;
}

/* [NOT] SIMILAR TO 'pattern' -> [NOT] GLOB 'pattern' when the pattern is literal text with the
 * wildcards % and _ (SIMILAR TO is case-sensitive, as GLOB is). */
int fx_dia_similar(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (!fx_is(q, i + 1, "to") || !is_string(q, i + 2))
        return 0;
    struct buf out = BUF_INIT, pat = BUF_INIT;
    buf_puts(&out, "GLOB ");
    int ok = fx_string_value(q, i + 2, &pat) && fx_similar_glob(buf_cstr(&pat), pat.len, &out);
    int failed = pat.failed || out.failed;
    buf_free(&pat);
    if (!ok) {
        buf_free(&out);
        return failed ? ERR_NOMEM : 0;
    }
    return fx_replace_tokens(q, i, i + 3, &out, ed, next);
}

/* ---- typed literals and intervals ---- */

/* DATE '2024-01-31' -> '2024-01-31' (SQLite's dates are text). */
int fx_dia_typed_literal(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (!is_string(q, i + 1) || (i > 0 && fx_is(q, i - 1, "as")))
        return 0;
    struct buf out = BUF_INIT;
    fx_put_tokens(&out, q, i + 1, i + 2);
    return fx_replace_tokens(q, i, i + 2, &out, ed, next);
}

/* The first token of the operand that ends at token e: a call, a parenthesised expression, a
 * (qualified) name or a keyword such as CURRENT_DATE. */
static size_t operand_start(const struct fx_sql *q, size_t e)
{
    size_t b = e;
    if (fx_is(q, b, ")")) {
        for (int depth = 0;; b--) {
            if (fx_is(q, b, ")"))
                depth++;
            else if (fx_is(q, b, "(") && --depth == 0)
                break;
            if (b == 0)
                return (size_t)-1;
        }
        if (b > 0 && q->t[b - 1].type == SQLLEX_WORD)
            b--; /* now(), date(x) */
        return b;
    }
    if (!fx_is_ident(q, b))
        return (size_t)-1;
    while (b >= 2 && fx_is(q, b - 1, ".") && fx_is_ident(q, b - 2))
        b -= 2;
    return b;
}

static const struct {
    const char *word; /* singular, lower case; a trailing 's' is accepted */
    const char *unit; /* SQLite's modifier */
    int factor;
} interval_units[] = {
    {"day", "days", 1},       {"week", "days", 7},       {"month", "months", 1},
    {"year", "years", 1},     {"hour", "hours", 1},      {"minute", "minutes", 1},
};

static int interval_unit(const char *w, size_t n)
{
    if (n > 1 && (w[n - 1] == 's' || w[n - 1] == 'S'))
        n--;
    for (size_t k = 0; k < sizeof interval_units / sizeof interval_units[0]; k++)
        if (strlen(interval_units[k].word) == n && strncasecmp(w, interval_units[k].word, n) == 0)
            return (int)k;
    return -1;
}

/* x - INTERVAL '30 days' (PostgreSQL), x + INTERVAL 3 MONTH (MySQL) -> date(x, '-30 days') for a
 * date, datetime(x, '+3 months') otherwise. */
int fx_dia_interval(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (i < 2 || !(fx_is(q, i - 1, "-") || fx_is(q, i - 1, "+")))
        return 0;
    size_t b = operand_start(q, i - 2);
    if (b == (size_t)-1)
        return 0;
    long amount;
    int unit;
    size_t end;
    char num[32];
    if (is_string(q, i + 1)) {
        /* '30 days', '1 year' */
        const char *s = q->sql + q->t[i + 1].off + 1;
        char *after;
        amount = strtol(s, &after, 10);
        if (after == s || *after != ' ')
            return 0;
        while (*after == ' ')
            after++;
        size_t n = strcspn(after, "'");
        unit = interval_unit(after, n);
        if (after + n + 1 != q->sql + q->t[i + 1].off + q->t[i + 1].len)
            return 0;
        end = i + 2;
    } else if (i + 2 < q->n && q->t[i + 1].type == SQLLEX_NUMBER && q->t[i + 2].type == SQLLEX_WORD &&
               q->t[i + 1].len < sizeof num) {
        memcpy(num, q->sql + q->t[i + 1].off, q->t[i + 1].len);
        num[q->t[i + 1].len] = '\0';
        char *after;
        amount = strtol(num, &after, 10);
        if (*after)
            return 0;
        unit = interval_unit(q->sql + q->t[i + 2].off, q->t[i + 2].len);
        end = i + 3;
    } else {
        return 0;
    }
    if (unit < 0)
        return 0;
    amount *= interval_units[unit].factor;
    if (fx_is(q, i - 1, "-"))
        amount = -amount;
    size_t op_len = q->t[i - 2].off + q->t[i - 2].len - q->t[b].off;
    const char *op = q->sql + q->t[b].off;
    int is_date = strncasecmp(op, "current_date", 12) == 0 || strncasecmp(op, "date(", 5) == 0 ||
                  strncasecmp(op, "curdate", 7) == 0;
    struct buf out = BUF_INIT;
    buf_printf(&out, "%s(%.*s, '%+ld %s')", is_date ? "date" : "datetime", (int)op_len, op, amount,
               interval_units[unit].unit);
    return fx_replace_tokens(q, b, end, &out, ed, next);
}

/* ---- format codes ---- */

/* PostgreSQL's TO_CHAR codes, longest first, and MySQL's DATE_FORMAT codes (after '%'). */
static const struct {
    const char *code, *strftime;
} pg_codes[] = {{"YYYY", "%Y"}, {"HH24", "%H"}, {"DDD", "%j"}, {"MM", "%m"},
                {"DD", "%d"},   {"MI", "%M"},   {"SS", "%S"}},
  my_codes[] = {{"Y", "%Y"}, {"m", "%m"}, {"d", "%d"}, {"H", "%H"}, {"i", "%M"}, {"s", "%S"},
                {"S", "%S"}, {"j", "%j"}, {"w", "%w"}, {"T", "%H:%M:%S"}, {"%", "%%"}};

int fx_strftime_format(const char *fmt, size_t len, int mysql, struct buf *out)
{
    const char *p = fmt, *end = fmt + len;
    buf_putc(out, '\'');
    while (p < end) {
        const char *hit = NULL;
        size_t used = 0;
        if (mysql && *p == '%') {
            for (size_t k = 0; p + 1 < end && k < sizeof my_codes / sizeof my_codes[0]; k++)
                if (p[1] == my_codes[k].code[0])
                    hit = my_codes[k].strftime, used = 2;
            if (!hit)
                return 0;
        } else if (!mysql && isalpha((unsigned char)*p)) {
            for (size_t k = 0; !hit && k < sizeof pg_codes / sizeof pg_codes[0]; k++) {
                size_t n = strlen(pg_codes[k].code);
                if ((size_t)(end - p) >= n && strncasecmp(p, pg_codes[k].code, n) == 0)
                    hit = pg_codes[k].strftime, used = n;
            }
            if (!hit || (strncasecmp(p, "MM", 2) == 0 && p + 2 < end && toupper((unsigned char)p[2]) == 'I'))
                return 0;
        } else if (strchr(" -/:.,", *p) || (mysql && isalnum((unsigned char)*p))) {
            buf_putc(out, *p++);
            continue;
        } else {
            return 0;
        }
        buf_puts(out, hit);
        p += used;
    }
    buf_putc(out, '\'');
    return !out->failed;
}

/* TO_CHAR(x, 'YYYY-MM'), DATE_FORMAT(x, '%Y-%m') -> strftime('%Y-%m', x). */
int fx_dia_format(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (!fx_is(q, i + 1, "("))
        return 0;
    size_t close = fx_match_paren(q, i + 1);
    if (close >= q->n || close < i + 5 || !fx_is(q, close - 2, ",") || !is_string(q, close - 1))
        return 0;
    struct buf out = BUF_INIT, fmt = BUF_INIT;
    buf_puts(&out, "strftime(");
    int ok = fx_string_value(q, close - 1, &fmt) &&
             fx_strftime_format(buf_cstr(&fmt), fmt.len, fx_is(q, i, "date_format"), &out);
    int failed = fmt.failed || out.failed;
    buf_free(&fmt);
    if (!ok) {
        buf_free(&out);
        return failed ? ERR_NOMEM : 0;
    }
    buf_puts(&out, ", ");
    fx_put_tokens(&out, q, i + 2, close - 2);
    buf_putc(&out, ')');
    return fx_replace_tokens(q, i, close + 1, &out, ed, next);
}
