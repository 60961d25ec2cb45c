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

static size_t operand_start(const struct fx_sql *q, size_t e);

/* The first token of the operand that ends before token `end` (operand_start()), when what
 * comes before it cannot bind tighter than a comparison ("a || b REGEXP ..."); else
 * (size_t)-1. */
static size_t compared_operand(const struct fx_sql *q, size_t end)
{
    static const char *const before[] = {"where", "and", "or", "not", "(", ",", "select",
                                         "on", "when", "then", "else", "having", "case"};
    size_t s = end > 0 ? operand_start(q, end - 1) : (size_t)-1;
    if (s == 0 || s == (size_t)-1)
        return s;
    for (size_t k = 0; k < sizeof before / sizeof before[0]; k++)
        if (fx_is(q, s - 1, before[k]))
            return s;
    return (size_t)-1;
}

/* An operand written from tokens [from, to) of q, each time a form uses it. */
struct token_operand {
    const struct fx_sql *q;
    size_t from, to;
    struct buf *out;
};

static int put_token_operand(void *ctx)
{
    struct token_operand *o = ctx;
    fx_put_tokens(o->out, o->q, o->from, o->to);
    return 0;
}

int fx_dia_patterns(const struct fx_sql *q, size_t op, size_t pat, int negate, int not_before,
                    int similar, int ci, struct fx_edits *ed, size_t *next)
{
    struct buf out = BUF_INIT, value = BUF_INIT;
    struct fx_patterns ps;
    if (!fx_string_value(q, pat, &value) ||
        !fx_patterns_read(buf_cstr(&value), value.len, similar, ci, &ps)) {
        int failed = value.failed;
        buf_free(&value);
        return failed ? ERR_NOMEM : 0;
    }
    buf_free(&value);
    size_t from = op;
    int rc;
    if (ps.n == 1) { /* in place: the operand stays where it is */
        buf_printf(&out, "%s%s %s", negate ? "NOT " : "", ps.glob[0] ? "GLOB" : "LIKE",
                   buf_cstr(&ps.text[0]));
        rc = out.failed ? ERR_NOMEM : 0;
    } else {
        size_t end = not_before ? op - 1 : op;
        from = compared_operand(q, end);
        if (from == (size_t)-1) {
            fx_patterns_free(&ps);
            return 0;
        }
        struct token_operand o = {q, from, end, &out};
        rc = fx_patterns_put(&ps, negate || not_before, &out, put_token_operand, &o);
    }
    fx_patterns_free(&ps);
    if (rc != 0) {
        buf_free(&out);
        return ERR_NOMEM;
    }
    return fx_replace_tokens(q, from, pat + 1, &out, ed, next);
}

/* [NOT] SIMILAR TO 'pattern' -> [NOT] GLOB 'pattern' (SIMILAR TO is case-sensitive, as GLOB
 * is), one per alternative of the pattern. */
int fx_dia_similar(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (!fx_is(q, i + 1, "to") || !is_string(q, i + 2))
        return 0;
    int not_before = i > 0 && fx_is(q, i - 1, "not");
    return fx_dia_patterns(q, i, i + 2, 0, not_before, 1, 0, ed, next);
}

/* ---- CONCAT_WS ---- */

/* CONCAT_WS(sep, a, b, ...) -> substr(COALESCE(sep || a, '') || COALESCE(sep || b, '') ...,
 * length(sep) + 1): the values joined by the separator, NULLs left out as MySQL and
 * PostgreSQL leave them. */
int fx_dia_concat_ws(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (!fx_is(q, i + 1, "("))
        return 0;
    size_t close = fx_match_paren(q, i + 1);
    if (close >= q->n)
        return 0;
    size_t args[33], n = 0; /* token index where each argument starts; args[n] = close */
    int depth = 0;
    args[n++] = i + 2;
    for (size_t k = i + 2; k < close; k++) {
        depth += fx_is(q, k, "(") - fx_is(q, k, ")");
        if (depth == 0 && fx_is(q, k, ",")) {
            if (n == 32)
                return 0;
            args[n++] = k + 1;
        }
    }
    if (n < 2)
        return 0;
    struct buf out = BUF_INIT;
    buf_puts(&out, "substr(");
    for (size_t a = 1; a < n; a++) {
        size_t end = a + 1 < n ? args[a + 1] - 1 : close;
        buf_puts(&out, a > 1 ? " || COALESCE(" : "COALESCE(");
        fx_put_tokens(&out, q, args[0], args[1] - 1);
        buf_puts(&out, " || ");
        fx_put_tokens(&out, q, args[a], end);
        buf_puts(&out, ", '')");
    }
    buf_puts(&out, ", length(");
    fx_put_tokens(&out, q, args[0], args[1] - 1);
    buf_puts(&out, ") + 1)");
    return fx_replace_tokens(q, i, close + 1, &out, ed, next);
}

/* ---- operators ---- */

/* A string literal that is no number ('5' + 1 adds in T-SQL too). */
static int text_literal(const struct fx_sql *q, size_t i)
{
    if (!is_string(q, i))
        return 0;
    const char *s = q->sql + q->t[i].off + 1;
    size_t n = q->t[i].len >= 2 ? q->t[i].len - 2 : 0;
    for (size_t k = 0; k < n; k++)
        if (!isdigit((unsigned char)s[k]) && s[k] != '.' && s[k] != '-')
            return 1;
    return n == 0;
}

/* A typed literal or an interval beside the + (TIMESTAMP '...' + INTERVAL '3 minutes'): date
 * arithmetic, which other rules translate. */
static int dated_operand(const struct fx_sql *q, size_t i)
{
    static const char *const types[] = {"date", "timestamp", "time", "interval"};
    for (size_t k = 0; k < sizeof types / sizeof types[0]; k++)
        if (fx_is(q, i, types[k]) || (i > 0 && is_string(q, i) && fx_is(q, i - 1, types[k])))
            return 1;
    return 0;
}

int fx_dia_string_plus(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (i == 0 || !(text_literal(q, i - 1) || text_literal(q, i + 1)) || dated_operand(q, i - 1) ||
        dated_operand(q, i + 1))
        return 0;
    struct buf out = BUF_INIT;
    buf_puts(&out, "||");
    return fx_replace_tokens(q, i, i + 1, &out, ed, next);
}

/* One operand of DIV ending (before) or starting at token i: a name, t.name or a number; its
 * tokens [*b, *e). */
static int simple_operand(const struct fx_sql *q, size_t i, int before, size_t *b, size_t *e)
{
    if (i >= q->n || !(fx_is_ident(q, i) || q->t[i].type == SQLLEX_NUMBER))
        return 0;
    *b = i;
    *e = i + 1;
    if (before && i >= 2 && fx_is(q, i - 1, ".") && fx_is_ident(q, i - 2))
        *b = i - 2;
    else if (!before && fx_is(q, i + 1, ".") && fx_is_ident(q, i + 2))
        *e = i + 3;
    return 1;
}

static size_t operand_start(const struct fx_sql *q, size_t e);

/* The operand of a binary operator next to token i that is a call or a parenthesised
 * expression ("CAST(x AS UNSIGNED) DIV 10", "10 DIV (a + b)"), or a simple one. */
static int div_operand(const struct fx_sql *q, size_t i, int before, size_t *b, size_t *e)
{
    if (before && fx_is(q, i, ")")) {
        size_t s = operand_start(q, i);
        if (s == (size_t)-1)
            return 0;
        *b = s;
        *e = i + 1;
        return 1;
    }
    size_t open = !before && i + 1 < q->n && q->t[i].type == SQLLEX_WORD && fx_is(q, i + 1, "(")
                      ? i + 1
                      : i;
    if (!before && fx_is(q, open, "(")) {
        size_t close = fx_match_paren(q, open);
        if (close >= q->n)
            return 0;
        *b = i;
        *e = close + 1;
        return 1;
    }
    return simple_operand(q, i, before, b, e);
}

int fx_dia_int_div(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    size_t lb, le, rb, re;
    if (i == 0 || !div_operand(q, i - 1, 1, &lb, &le) || !div_operand(q, i + 1, 0, &rb, &re))
        return 0; /* a longer operand: where it starts is not worth guessing */
    struct buf out = BUF_INIT;
    buf_puts(&out, "CAST(");
    fx_put_tokens(&out, q, lb, le);
    buf_puts(&out, " / ");
    fx_put_tokens(&out, q, rb, re);
    buf_puts(&out, " AS INTEGER)");
    return fx_replace_tokens(q, lb, re, &out, ed, next);
}

/* x LIKE BINARY 'A%' -> x GLOB 'A*': MySQL's case-sensitive LIKE is SQLite's GLOB, with %
 * and _ as * and ?, and GLOB's own wildcards in the pattern matched as themselves. */
int fx_dia_like_binary(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (!fx_is(q, i + 1, "binary") || !is_string(q, i + 2))
        return 0;
    struct buf value = BUF_INIT, glob = BUF_INIT, out = BUF_INIT;
    if (!fx_string_value(q, i + 2, &value)) {
        buf_free(&value);
        return 0;
    }
    for (size_t k = 0; k < value.len; k++) {
        char c = value.data[k];
        if (c == '\\' && k + 1 < value.len) { /* MySQL's escape: the next one as itself */
            c = value.data[++k];
            if (c == '*' || c == '?' || c == '[')
                buf_printf(&glob, "[%c]", c);
            else
                buf_putc(&glob, c);
        } else if (c == '%') {
            buf_putc(&glob, '*');
        } else if (c == '_') {
            buf_putc(&glob, '?');
        } else if (c == '*' || c == '?' || c == '[') {
            buf_printf(&glob, "[%c]", c);
        } else {
            buf_putc(&glob, c);
        }
    }
    buf_puts(&out, "GLOB ");
    buf_put_sql_string(&out, buf_cstr(&glob));
    int failed = value.failed || glob.failed || out.failed;
    buf_free(&value);
    buf_free(&glob);
    if (failed) {
        buf_free(&out);
        return ERR_NOMEM;
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

/* Codes strftime has: PostgreSQL's TO_CHAR codes, longest first, and MySQL's DATE_FORMAT codes
 * (after '%'). */
static const struct {
    const char *code, *strftime;
} pg_codes[] = {{"YYYY", "%Y"}, {"HH24", "%H"}, {"DDD", "%j"}, {"MM", "%m"},
                {"DD", "%d"},   {"MI", "%M"},   {"SS", "%S"}},
  my_codes[] = {{"Y", "%Y"}, {"m", "%m"}, {"d", "%d"}, {"H", "%H"}, {"i", "%M"}, {"s", "%S"},
                {"S", "%S"}, {"j", "%j"}, {"w", "%w"}, {"T", "%H:%M:%S"}, {"%", "%%"}};

/* Codes strftime lacks, written as expressions of their own: names of months and weekdays,
 * numbers without a leading zero, two-digit years, quarters. pad: PostgreSQL blank-pads a name
 * to 9 characters unless FM comes before it. */
enum name_kind { N_MONTH, N_MON, N_DAY, N_DY, N_MONTH_NUM, N_DAY_NUM, N_YY, N_QUARTER };

static const struct {
    const char *code;
    enum name_kind kind;
    int pad;
} pg_names[] = {{"FMMonth", N_MONTH, 0}, {"FMDay", N_DAY, 0}, {"Month", N_MONTH, 1},
                {"Mon", N_MON, 0},       {"Day", N_DAY, 1},   {"Dy", N_DY, 0},
                {"YY", N_YY, 0},         {"Q", N_QUARTER, 0}},
  my_names[] = {{"M", N_MONTH, 0}, {"b", N_MON, 0},       {"W", N_DAY, 0}, {"a", N_DY, 0},
                {"c", N_MONTH_NUM, 0}, {"e", N_DAY_NUM, 0}, {"y", N_YY, 0}};

static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};
static const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};

static int put_name(struct buf *out, enum name_kind kind, int pad,
                    int (*put_operand)(void *ctx), void *ctx)
{
    int rc = 0;
    if (pad)
        buf_puts(out, "substr(");
    switch (kind) {
    case N_MONTH:
    case N_MON:
        buf_puts(out, "CASE strftime('%m', ");
        rc = put_operand(ctx);
        buf_putc(out, ')');
        for (int m = 0; m < 12; m++)
            buf_printf(out, " WHEN '%02d' THEN '%.*s'", m + 1, kind == N_MON ? 3 : 9,
                       month_names[m]);
        buf_puts(out, " END");
        break;
    case N_DAY:
    case N_DY:
        buf_puts(out, "CASE strftime('%w', ");
        rc = put_operand(ctx);
        buf_putc(out, ')');
        for (int d = 0; d < 7; d++)
            buf_printf(out, " WHEN '%d' THEN '%.*s'", d, kind == N_DY ? 3 : 9, day_names[d]);
        buf_puts(out, " END");
        break;
    case N_MONTH_NUM:
    case N_DAY_NUM:
        buf_printf(out, "CAST(CAST(strftime('%s', ", kind == N_MONTH_NUM ? "%m" : "%d");
        rc = put_operand(ctx);
        buf_puts(out, ") AS INTEGER) AS TEXT)");
        break;
    case N_YY:
        buf_puts(out, "substr(strftime('%Y', ");
        rc = put_operand(ctx);
        buf_puts(out, "), 3, 2)");
        break;
    case N_QUARTER:
        buf_puts(out, "CAST((CAST(strftime('%m', ");
        rc = put_operand(ctx);
        buf_puts(out, ") AS INTEGER) + 2) / 3 AS TEXT)");
        break;
    }
    if (pad)
        buf_puts(out, " || '         ', 1, 9)");
    return rc;
}

/* The strftime codes gathered in run as strftime('run', x), after " || " when not first. */
static int put_run(struct buf *out, const struct buf *run, int *pieces,
                   int (*put_operand)(void *ctx), void *ctx)
{
    if (!run->len)
        return 0;
    buf_puts(out, (*pieces)++ ? " || strftime('" : "strftime('");
    for (size_t k = 0; k < run->len; k++)
        buf_puts(out, run->data[k] == '\'' ? "''" : (char[]){run->data[k], '\0'});
    buf_puts(out, "', ");
    int rc = put_operand(ctx);
    buf_putc(out, ')');
    return rc;
}

/* TO_CHAR(x, 'FM999990.00'), TO_CHAR(x, '9990D0'): a number to a fixed count of decimals ->
 * printf('%.2f', x). 1 when fmt is such a picture, 0 when it is not (group separators, signs,
 * currency: not translated). */
static int number_picture(const char *fmt, size_t len, struct buf *out,
                          int (*put_operand)(void *ctx), void *ctx)
{
    size_t i = len >= 2 && strncasecmp(fmt, "FM", 2) == 0 ? 2 : 0;
    int digits = 0, decimals = -1;
    for (; i < len; i++) {
        char c = fmt[i];
        if (c == '9' || c == '0') {
            digits++;
            if (decimals >= 0)
                decimals++;
        } else if ((c == '.' || c == 'D' || c == 'd') && decimals < 0) {
            decimals = 0;
        } else {
            return 0;
        }
    }
    if (!digits)
        return 0;
    buf_printf(out, "printf('%%.%df', ", decimals < 0 ? 0 : decimals);
    if (put_operand(ctx) != 0)
        return -1;
    buf_putc(out, ')');
    return out->failed ? -1 : 1;
}

int fx_date_format(const char *fmt, size_t len, int mysql, struct buf *out,
                   int (*put_operand)(void *ctx), void *ctx)
{
    if (!mysql) {
        int n = number_picture(fmt, len, out, put_operand, ctx);
        if (n != 0)
            return n;
    }
    const char *p = fmt, *end = fmt + len;
    struct buf run = BUF_INIT;
    int pieces = 0, rc = 1;
    size_t open = out->len; /* the operand is written straight into out, each time it is used */
    buf_putc(out, '(');
    while (p < end && rc == 1) {
        const char *hit = NULL;
        size_t used = 0;
        int name = -1, pad = 0;
        if (mysql && *p == '%') {
            for (size_t k = 0; p + 1 < end && k < sizeof my_codes / sizeof my_codes[0]; k++)
                if (p[1] == my_codes[k].code[0])
                    hit = my_codes[k].strftime, used = 2;
            for (size_t k = 0; !hit && p + 1 < end && k < sizeof my_names / sizeof my_names[0];
                 k++)
                if (p[1] == my_names[k].code[0])
                    name = (int)my_names[k].kind, used = 2;
            if (!hit && name < 0)
                rc = 0;
        } else if (!mysql && isalpha((unsigned char)*p)) {
            for (size_t k = 0; !hit && k < sizeof pg_codes / sizeof pg_codes[0]; k++) {
                size_t n = strlen(pg_codes[k].code);
                if ((size_t)(end - p) >= n && strncasecmp(p, pg_codes[k].code, n) == 0)
                    hit = pg_codes[k].strftime, used = n; /* YYYY before YY */
            }
            for (size_t k = 0; !hit && k < sizeof pg_names / sizeof pg_names[0] && name < 0; k++) {
                size_t n = strlen(pg_names[k].code);
                if ((size_t)(end - p) >= n && strncmp(p, pg_names[k].code, n) == 0)
                    name = (int)pg_names[k].kind, pad = pg_names[k].pad, used = n;
            }
            if ((!hit && name < 0) ||
                (hit && strncasecmp(p, "MM", 2) == 0 && p + 2 < end &&
                 toupper((unsigned char)p[2]) == 'I'))
                rc = 0;
        } else if (strchr(" -/:.,", *p) || (mysql && *p != '%')) {
            buf_putc(&run, *p++);
            continue;
        } else {
            rc = 0;
        }
        if (rc != 1)
            break;
        if (hit) {
            buf_puts(&run, hit);
        } else {
            if (put_run(out, &run, &pieces, put_operand, ctx) != 0)
                rc = -1;
            buf_reset(&run);
            if (rc == 1 && pieces++)
                buf_puts(out, " || ");
            if (rc == 1 && put_name(out, (enum name_kind)name, pad, put_operand, ctx) != 0)
                rc = -1;
        }
        p += used;
    }
    if (rc == 1 && put_run(out, &run, &pieces, put_operand, ctx) != 0)
        rc = -1;
    if (pieces > 1) {
        buf_putc(out, ')');
    } else if (!out->failed && out->len > open) { /* one piece needs no parenthesis */
        memmove(out->data + open, out->data + open + 1, out->len - open - 1);
        out->len--;
        out->data[out->len] = '\0';
    }
    if (rc == 1 && (run.failed || out->failed))
        rc = -1;
    buf_free(&run);
    return rc;
}

/* TO_CHAR(x, 'YYYY-MM'), DATE_FORMAT(x, '%Y-%m') -> strftime('%Y-%m', x); month and weekday
 * names through CASE (fx_date_format()). */
int fx_dia_format(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next)
{
    if (!fx_is(q, i + 1, "("))
        return 0;
    size_t close = fx_match_paren(q, i + 1);
    if (close >= q->n || close < i + 5 || !fx_is(q, close - 2, ",") || !is_string(q, close - 1))
        return 0;
    struct buf out = BUF_INIT, fmt = BUF_INIT;
    struct token_operand o = {q, i + 2, close - 2, &out};
    int ok = fx_string_value(q, close - 1, &fmt)
                 ? fx_date_format(buf_cstr(&fmt), fmt.len, fx_is(q, i, "date_format"), &out,
                                  put_token_operand, &o)
                 : -1;
    int failed = fmt.failed || out.failed || ok < 0;
    buf_free(&fmt);
    if (ok != 1) {
        buf_free(&out);
        return failed ? ERR_NOMEM : 0;
    }
    return fx_replace_tokens(q, i, close + 1, &out, ed, next);
}
