/* pgtree_expr.c: expressions of the parse tree written as SQLite (pgtree_int.h): constants,
 * column references, operators (with regular expressions, ILIKE, SIMILAR TO, = ANY(ARRAY[...])
 * and intervals added to dates translated), boolean and null tests, CASE, sublinks and casts.
 * Operands that are not primaries are parenthesised, so no precedence difference between the
 * two grammars (PostgreSQL's || binds looser than +, SQLite's tighter) can change a meaning. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/fix_int.h"
#include "analyze/pgtree_int.h"
#include "util/sqllex.h"

#include "util/banned.h"

const char *pt_name_at(json_t *names, size_t i)
{
    const char *t;
    json_t *s = pt_node(json_array_get(names, i), &t);
    return s && strcmp(t, "String") == 0 ? json_string_value(json_object_get(s, "sval")) : NULL;
}

const char *pt_const_string(json_t *node)
{
    const char *t;
    json_t *c = pt_node(node, &t);
    if (!c || strcmp(t, "A_Const") != 0)
        return NULL;
    return json_string_value(json_object_get(json_object_get(c, "sval"), "sval"));
}

int pt_cast_type(json_t *tc, char *out, size_t n)
{
    json_t *tn = json_object_get(tc, "typeName");
    json_t *names = json_object_get(tn, "names");
    const char *last = pt_name_at(names, json_array_size(names) - 1);
    const char *first = pt_name_at(names, 0);
    if (!last || json_object_get(tn, "arrayBounds") || json_object_get(tn, "setof") ||
        (json_array_size(names) == 2 && strcmp(first, "pg_catalog") != 0) ||
        json_array_size(names) > 2)
        return 0;
    snprintf(out, n, "%s", last);
    return 1;
}

int pt_is_date(json_t *node)
{
    const char *t;
    char type[32];
    json_t *o = pt_node(node, &t);
    if (!o)
        return 0;
    if (strcmp(t, "TypeCast") == 0)
        return pt_cast_type(o, type, sizeof type) && strcmp(type, "date") == 0;
    if (strcmp(t, "SQLValueFunction") == 0)
        return json_is_string(json_object_get(o, "op")) &&
               strcmp(json_string_value(json_object_get(o, "op")), "SVFOP_CURRENT_DATE") == 0;
    return 0;
}

/* ---- constants and names ---- */

/* An integer as the query wrote it (the JSON writes a negative one as {}), else its value. */
static void pt_integer(struct pt *pt, json_t *c)
{
    json_t *loc = json_object_get(c, "location");
    json_int_t at = json_is_integer(loc) ? json_integer_value(loc) : -1;
    if (at >= 0 && (size_t)at < pt->src_len) {
        const char *p = pt->src + at, *end = pt->src + pt->src_len;
        enum sqllex_kind kind;
        size_t len;
        const char *tok = sqllex_next(p, end, &kind, &len);
        int neg = tok < end && kind == SQLLEX_PUNCT && *tok == '-';
        if (neg)
            tok = sqllex_next(tok + 1, end, &kind, &len);
        int digits = tok < end && kind == SQLLEX_NUMBER;
        for (size_t k = 0; digits && k < len; k++)
            digits = isdigit((unsigned char)tok[k]);
        if (digits) {
            buf_printf(&pt->out, "%s%.*s", neg ? "-" : "", (int)len, tok);
            return;
        }
    }
    json_t *v = json_object_get(json_object_get(c, "ival"), "ival");
    buf_printf(&pt->out, "%lld", (long long)(json_is_integer(v) ? json_integer_value(v) : 0));
}

static int pt_const(struct pt *pt, json_t *c)
{
    json_t *v;
    if (json_is_true(json_object_get(c, "isnull"))) {
        buf_puts(&pt->out, "NULL");
    } else if (json_object_get(c, "ival")) {
        pt_integer(pt, c);
    } else if ((v = json_object_get(json_object_get(c, "fval"), "fval")) && json_is_string(v)) {
        buf_puts(&pt->out, json_string_value(v));
    } else if ((v = json_object_get(json_object_get(c, "sval"), "sval")) && json_is_string(v)) {
        pt_string(pt, json_string_value(v));
    } else if (json_object_get(c, "sval")) {
        pt_string(pt, ""); /* '' */
    } else if ((v = json_object_get(c, "boolval"))) {
        pt_note(pt, "true/false");
        buf_puts(&pt->out, json_is_true(json_object_get(v, "boolval")) ? "1" : "0");
    } else {
        return pt_unknown(pt, "constant", NULL);
    }
    return 0;
}

static int pt_column_ref(struct pt *pt, json_t *c)
{
    json_t *fields = json_object_get(c, "fields");
    size_t n = json_array_size(fields);
    for (size_t i = 0; i < n; i++) {
        const char *t = "?", *name = pt_name_at(fields, i);
        buf_puts(&pt->out, i ? "." : "");
        if (name && strlen(name) >= 63)
            return pt_unknown(pt, "name", "of 63 bytes or more");
        if (name)
            pt_ident(pt, name);
        else if (pt_node(json_array_get(fields, i), &t) && strcmp(t, "A_Star") == 0 && i + 1 == n)
            buf_putc(&pt->out, '*');
        else
            return pt_unknown(pt, "column reference", t);
    }
    return n ? 0 : pt_unknown(pt, "column reference", NULL);
}

/* ---- operators ---- */

static const char *const plain_ops[] = {
    "=", "<>", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||", NULL};

static int binary(struct pt *pt, json_t *l, const char *op, json_t *r)
{
    if (pt_operand(pt, l))
        return -1;
    buf_printf(&pt->out, " %s ", op);
    return pt_operand(pt, r);
}

/* The units an interval constant may say, with their date() modifier and, for the ones of a
 * fixed length, their length in days (0 for months and years). */
static const struct interval_unit {
    const char *word, *modifier;
    long factor;
    double days;
} interval_units[] = {{"day", "days", 1, 1},          {"week", "days", 7, 7},
                      {"month", "months", 1, 0},      {"year", "years", 1, 0},
                      {"hour", "hours", 1, 1.0 / 24}, {"minute", "minutes", 1, 1.0 / 1440},
                      {"second", "seconds", 1, 1.0 / 86400}, {"mon", "months", 1, 0},
                      {"min", "minutes", 1, 1.0 / 1440}};

#define INTERVAL_MAX_PARTS 8

struct interval_part {
    long amount;
    const struct interval_unit *unit;
};

/* The amounts and units of an interval constant ('1 year 2 months', '-3 days'): how many (into
 * parts), or 0 when node is no such constant. */
static size_t interval_parts(json_t *node, struct interval_part *parts)
{
    const char *t;
    char type[32];
    json_t *tc = pt_node(node, &t);
    if (!tc || strcmp(t, "TypeCast") != 0 || !pt_cast_type(tc, type, sizeof type) ||
        strcmp(type, "interval") != 0 ||
        json_object_get(json_object_get(tc, "typeName"), "typmods"))
        return 0;
    const char *s = pt_const_string(json_object_get(tc, "arg"));
    size_t n_parts = 0;
    while (s && *s) {
        char *after;
        long amount = strtol(s, &after, 10);
        if (after == s || !isspace((unsigned char)*after) || amount > 100000 ||
            amount < -100000 || n_parts == INTERVAL_MAX_PARTS)
            return 0;
        while (isspace((unsigned char)*after))
            after++;
        size_t n = 0;
        while (isalpha((unsigned char)after[n]))
            n++;
        size_t stem = n > 1 && (after[n - 1] == 's' || after[n - 1] == 'S') ? n - 1 : n;
        size_t k = 0, n_units = sizeof interval_units / sizeof interval_units[0];
        while (k < n_units && (strlen(interval_units[k].word) != stem ||
                               strncasecmp(after, interval_units[k].word, stem) != 0))
            k++;
        if (k == n_units)
            return 0;
        parts[n_parts++] = (struct interval_part){amount, &interval_units[k]};
        s = after + n;
        while (isspace((unsigned char)*s))
            s++;
    }
    return n_parts;
}

/* The modifiers of date(x, ...) for an interval constant, negated when sign < 0; 0 when the
 * interval is of another form. */
static int interval_mods(struct pt *pt, json_t *node, int sign, struct buf *mods)
{
    struct interval_part parts[INTERVAL_MAX_PARTS];
    size_t n = interval_parts(node, parts);
    for (size_t k = 0; k < n; k++)
        buf_printf(mods, ", '%+ld %s'", sign * parts[k].amount * parts[k].unit->factor,
                   parts[k].unit->modifier);
    (void)pt;
    return n > 0 && !mods->failed;
}

/* The length in days of an interval constant of fixed-length units ('90 days', '2 weeks 3
 * hours'): 1 with *days set, 0 otherwise (months and years have no fixed length). */
static int interval_days(json_t *node, double *days)
{
    struct interval_part parts[INTERVAL_MAX_PARTS];
    size_t n = interval_parts(node, parts);
    *days = 0;
    for (size_t k = 0; k < n; k++) {
        if (parts[k].unit->days == 0)
            return 0;
        *days += (double)parts[k].amount * parts[k].unit->days;
    }
    return n > 0;
}

/* The two operands of a subtraction `a - b`, or 0. */
static int subtraction(json_t *node, json_t **a, json_t **b)
{
    const char *t;
    json_t *e = pt_node(node, &t);
    const char *kind = e ? json_string_value(json_object_get(e, "kind")) : NULL;
    if (!e || strcmp(t, "A_Expr") != 0 || !kind || strcmp(kind, "AEXPR_OP") != 0)
        return 0;
    json_t *names = json_object_get(e, "name");
    const char *op = json_array_size(names) == 1 ? pt_name_at(names, 0) : NULL;
    *a = json_object_get(e, "lexpr");
    *b = json_object_get(e, "rexpr");
    return op && strcmp(op, "-") == 0 && *a && *b;
}

/* `a - b < INTERVAL '90 days'`: the difference of two timestamps is an interval; compared with
 * one of fixed length it is a number of days, fraction and all. 1 when written, 0 when not
 * this form, -1 on an operand that does not translate. */
static int interval_compare(struct pt *pt, json_t *l, const char *op, json_t *r)
{
    static const char *const cmp[] = {"<", "<=", ">", ">=", "=", "<>", "!=", NULL};
    int is_cmp = 0;
    for (size_t k = 0; cmp[k]; k++)
        is_cmp |= strcmp(op, cmp[k]) == 0;
    json_t *a, *b, *diff = l, *iv = r;
    double days;
    if (!is_cmp)
        return 0;
    if (!subtraction(l, &a, &b) || !interval_days(r, &days)) {
        diff = r;
        iv = l;
        if (!subtraction(r, &a, &b) || !interval_days(l, &days))
            return 0;
    }
    char num[40];
    snprintf(num, sizeof num, "%.10g", days);
    if (iv == l)
        buf_printf(&pt->out, "%s %s ", num, op);
    buf_puts(&pt->out, "(julianday(");
    if (pt_expr(pt, a))
        return -1;
    buf_puts(&pt->out, ") - julianday(");
    if (pt_expr(pt, b))
        return -1;
    buf_puts(&pt->out, "))");
    if (diff == l)
        buf_printf(&pt->out, " %s %s", op, num);
    pt_note(pt, "interval");
    return 1;
}

/* A timestamp in PostgreSQL: a ::timestamp cast, now(), CURRENT_TIMESTAMP, LOCALTIMESTAMP. */
static int is_timestamp(json_t *node)
{
    const char *t;
    char type[32];
    json_t *o = pt_node(node, &t);
    if (!o)
        return 0;
    if (strcmp(t, "TypeCast") == 0)
        return pt_cast_type(o, type, sizeof type) && strncmp(type, "timestamp", 9) == 0;
    const char *op = json_string_value(json_object_get(o, "op"));
    if (strcmp(t, "SQLValueFunction") == 0)
        return op && (strstr(op, "TIMESTAMP") != NULL);
    json_t *names = json_object_get(o, "funcname");
    const char *fn = pt_name_at(names, json_array_size(names) - 1);
    return strcmp(t, "FuncCall") == 0 && fn && strcmp(fn, "now") == 0;
}

/* An integer constant, or minus one. */
static int is_int_const(json_t *node)
{
    const char *t;
    json_t *o = pt_node(node, &t);
    return o && strcmp(t, "A_Const") == 0 && json_object_get(o, "ival") != NULL;
}

/* date(base, (sign * days) || ' days'): PostgreSQL's date + integer. */
static int date_plus_days(struct pt *pt, json_t *base, json_t *days, int sign)
{
    buf_puts(&pt->out, "date(");
    if (pt_expr(pt, base))
        return -1;
    buf_puts(&pt->out, sign < 0 ? ", (-(" : ", ((");
    if (pt_expr(pt, days))
        return -1;
    buf_puts(&pt->out, ")) || ' days')");
    pt_note(pt, "date + integer");
    return 1;
}

/* date + interval, interval + date, date - interval -> date(x, '+3 days') for a date,
 * datetime(...) for anything else; date - date -> whole days; date ± integer -> date(x, 'N
 * days'). 1 when done, 0 when no operand is a date, timestamp or interval, -1 when an operand
 * is one but the result cannot be told (a timestamp difference is an interval; date minus a
 * column is a date or a number of days, by the column's type). */
static int date_arith(struct pt *pt, json_t *l, const char *op, json_t *r)
{
    int plus = strcmp(op, "+") == 0, minus = strcmp(op, "-") == 0;
    if (!plus && !minus)
        return 0;
    struct buf mods = BUF_INIT;
    json_t *base = NULL;
    if (interval_mods(pt, r, minus ? -1 : 1, &mods))
        base = l;
    else if (plus && interval_mods(pt, l, 1, &mods))
        base = r;
    int rc = 0, dl = pt_is_date(l), dr = pt_is_date(r);
    if (base) {
        buf_puts(&pt->out, pt_is_date(base) ? "date(" : "datetime(");
        rc = pt_expr(pt, base) ? -1 : 1;
        buf_printf(&pt->out, "%s)", buf_cstr(&mods));
        pt->out.failed |= mods.failed;
        pt_note(pt, "interval");
    } else if (minus && dl && dr) {
        buf_puts(&pt->out, "CAST(julianday(");
        rc = pt_expr(pt, l) ? -1 : 1;
        buf_puts(&pt->out, ") - julianday(");
        if (rc > 0 && pt_expr(pt, r))
            rc = -1;
        buf_puts(&pt->out, ") AS INTEGER)");
        pt_note(pt, "date - date");
    } else if (dl && is_int_const(r)) {
        rc = date_plus_days(pt, l, r, minus ? -1 : 1);
    } else if (plus && dr && is_int_const(l)) {
        rc = date_plus_days(pt, r, l, 1);
    } else if (dl || dr || is_timestamp(l) || is_timestamp(r)) {
        rc = pt_unknown(pt, "date arithmetic", op);
    }
    buf_free(&mods);
    return rc;
}

int pt_put_arg(void *ctx)
{
    struct pt_arg *o = ctx;
    return pt_operand(o->pt, o->expr);
}

/* The operand l against the patterns of re (patterns.c), written once per alternative. */
static int patterns_match(struct pt *pt, json_t *l, const char *re, int similar, int ci,
                          int negate, const char *what)
{
    struct fx_patterns ps;
    if (!re || !fx_patterns_read(re, strlen(re), similar, ci, &ps))
        return pt_unknown(pt, what, re ? re : "not a constant");
    struct pt_arg o = {pt, l};
    int rc = fx_patterns_put(&ps, negate, &pt->out, pt_put_arg, &o);
    fx_patterns_free(&ps);
    if (rc != 0)
        return -1;
    pt_note(pt, what);
    return 0;
}

/* x ~ 're' (and ~*, !~, !~*) -> x [NOT] GLOB / LIKE 'pattern', one per alternative. */
static int regex_match(struct pt *pt, json_t *l, const char *op, json_t *r)
{
    return patterns_match(pt, l, pt_const_string(r), 0, strchr(op, '*') != NULL, op[0] == '!',
                          op);
}

/* x = ANY(ARRAY[...]) -> x IN (...); x <> ALL(ARRAY[...]) -> x NOT IN (...). */
static int any_array(struct pt *pt, json_t *e, const char *kind, const char *op)
{
    const char *t = "?";
    json_t *arr = pt_node(json_object_get(e, "rexpr"), &t);
    if (arr && strcmp(t, "TypeCast") == 0) /* ARRAY[...]::text[] */
        arr = pt_node(json_object_get(arr, "arg"), &t);
    int any = strcmp(kind, "AEXPR_OP_ANY") == 0;
    int in = any && strcmp(op, "=") == 0, not_in = !any && (!strcmp(op, "<>") || !strcmp(op, "!="));
    if (!arr || strcmp(t, "A_ArrayExpr") != 0 || (!in && !not_in) ||
        json_array_size(json_object_get(arr, "elements")) == 0)
        return pt_unknown(pt, any ? "ANY" : "ALL", op);
    if (pt_operand(pt, json_object_get(e, "lexpr")))
        return -1;
    buf_puts(&pt->out, in ? " IN (" : " NOT IN (");
    if (pt_expr_list(pt, json_object_get(arr, "elements")))
        return -1;
    buf_putc(&pt->out, ')');
    pt_note(pt, any ? "= ANY(ARRAY)" : "<> ALL(ARRAY)");
    return 0;
}

/* [NOT] LIKE / ILIKE: SQLite's LIKE ignores ASCII case already; PostgreSQL's escape is '\'. */
static int like(struct pt *pt, json_t *e, const char *kind, const char *op)
{
    int ilike = strcmp(kind, "AEXPR_ILIKE") == 0;
    int negate = op[0] == '!';
    json_t *r = json_object_get(e, "rexpr");
    const char *pat = pt_const_string(r);
    if (binary(pt, json_object_get(e, "lexpr"), negate ? "NOT LIKE" : "LIKE", r))
        return -1;
    if (pat && strchr(pat, '\\'))
        buf_puts(&pt->out, " ESCAPE '\\'");
    if (ilike)
        pt_note(pt, "ILIKE");
    return 0;
}

/* x [NOT] SIMILAR TO 'pattern' -> x [NOT] GLOB 'pattern', one per alternative. */
static int similar(struct pt *pt, json_t *e, const char *op)
{
    const char *t = "?";
    json_t *fc = pt_node(json_object_get(e, "rexpr"), &t);
    json_t *args = fc && strcmp(t, "FuncCall") == 0 ? json_object_get(fc, "args") : NULL;
    const char *pat = json_array_size(args) == 1 ? pt_const_string(json_array_get(args, 0)) : NULL;
    return patterns_match(pt, json_object_get(e, "lexpr"), pat, 1, 0, op[0] == '!',
                          "SIMILAR TO");
}

static int a_expr_op(struct pt *pt, json_t *e, const char *op)
{
    json_t *l = json_object_get(e, "lexpr"), *r = json_object_get(e, "rexpr");
    if (!l && (strcmp(op, "-") == 0 || strcmp(op, "+") == 0)) {
        buf_puts(&pt->out, op);
        return pt_operand(pt, r);
    }
    if (!l || !r)
        return pt_unknown(pt, "operator", op);
    if (strcmp(op, "~") == 0 || strcmp(op, "~*") == 0 || strcmp(op, "!~") == 0 ||
        strcmp(op, "!~*") == 0)
        return regex_match(pt, l, op, r);
    int rc = interval_compare(pt, l, op, r);
    if (!rc)
        rc = date_arith(pt, l, op, r);
    if (rc)
        return rc < 0 ? -1 : 0;
    for (size_t k = 0; plain_ops[k]; k++)
        if (strcmp(op, plain_ops[k]) == 0)
            return binary(pt, l, op, r);
    return pt_unknown(pt, "operator", op);
}

static int pt_a_expr(struct pt *pt, json_t *e)
{
    const char *kind = json_string_value(json_object_get(e, "kind"));
    json_t *names = json_object_get(e, "name");
    const char *op = json_array_size(names) == 1 ? pt_name_at(names, 0) : NULL;
    json_t *l = json_object_get(e, "lexpr"), *r = json_object_get(e, "rexpr");
    if (!kind || !op)
        return pt_unknown(pt, "operator", kind);
    if (strcmp(kind, "AEXPR_OP") == 0)
        return a_expr_op(pt, e, op);
    if (strcmp(kind, "AEXPR_OP_ANY") == 0 || strcmp(kind, "AEXPR_OP_ALL") == 0)
        return any_array(pt, e, kind, op);
    if (strcmp(kind, "AEXPR_LIKE") == 0 || strcmp(kind, "AEXPR_ILIKE") == 0)
        return like(pt, e, kind, op);
    if (strcmp(kind, "AEXPR_SIMILAR") == 0)
        return similar(pt, e, op);
    if (strcmp(kind, "AEXPR_DISTINCT") == 0 || strcmp(kind, "AEXPR_NOT_DISTINCT") == 0)
        return binary(pt, l, kind[6] == 'D' ? "IS NOT" : "IS", r);
    if (strcmp(kind, "AEXPR_NULLIF") == 0) {
        buf_puts(&pt->out, "nullif(");
        if (pt_expr(pt, l))
            return -1;
        buf_puts(&pt->out, ", ");
        if (pt_expr(pt, r))
            return -1;
        buf_putc(&pt->out, ')');
        return 0;
    }
    const char *t = "?";
    json_t *list = pt_node(r, &t);
    json_t *items = list && strcmp(t, "List") == 0 ? json_object_get(list, "items") : NULL;
    if (strcmp(kind, "AEXPR_IN") == 0 && items) {
        if (pt_operand(pt, l))
            return -1;
        buf_puts(&pt->out, strcmp(op, "<>") == 0 ? " NOT IN (" : " IN (");
        if (pt_expr_list(pt, items))
            return -1;
        buf_putc(&pt->out, ')');
        return 0;
    }
    int between = strcmp(kind, "AEXPR_BETWEEN") == 0,
        nbetween = strcmp(kind, "AEXPR_NOT_BETWEEN") == 0;
    if ((between || nbetween) && json_array_size(items) == 2) {
        if (binary(pt, l, nbetween ? "NOT BETWEEN" : "BETWEEN", json_array_get(items, 0)))
            return -1;
        buf_puts(&pt->out, " AND ");
        return pt_operand(pt, json_array_get(items, 1));
    }
    return pt_unknown(pt, kind, op);
}

/* ---- other expressions ---- */

static int pt_bool_expr(struct pt *pt, json_t *e)
{
    const char *op = json_string_value(json_object_get(e, "boolop"));
    json_t *args = json_object_get(e, "args");
    if (op && strcmp(op, "NOT_EXPR") == 0 && json_array_size(args) == 1) {
        buf_puts(&pt->out, "NOT ");
        return pt_operand(pt, json_array_get(args, 0));
    }
    const char *join = op && strcmp(op, "AND_EXPR") == 0  ? " AND "
                       : op && strcmp(op, "OR_EXPR") == 0 ? " OR "
                                                          : NULL;
    if (!join || json_array_size(args) < 2)
        return pt_unknown(pt, "BoolExpr", op);
    size_t i;
    json_t *a;
    json_array_foreach(args, i, a)
    {
        const char *t = "?";
        pt_node(a, &t);
        /* Comparisons and NOT bind tighter than AND and OR in both grammars. */
        const char *op2 = json_string_value(json_object_get(pt_node(a, &t), "boolop"));
        int paren = strcmp(t, "BoolExpr") == 0 && (!op2 || strcmp(op2, "NOT_EXPR") != 0);
        buf_puts(&pt->out, i ? join : "");
        buf_puts(&pt->out, paren ? "(" : "");
        if (pt_expr(pt, a))
            return -1;
        buf_puts(&pt->out, paren ? ")" : "");
    }
    return 0;
}

static int pt_tests(struct pt *pt, const char *type, json_t *e)
{
    static const struct {
        const char *test, *sql;
    } tests[] = {{"IS_NULL", " IS NULL"},    {"IS_NOT_NULL", " IS NOT NULL"},
                 {"IS_TRUE", " IS TRUE"},    {"IS_NOT_TRUE", " IS NOT TRUE"},
                 {"IS_FALSE", " IS FALSE"},  {"IS_NOT_FALSE", " IS NOT FALSE"},
                 {"IS_UNKNOWN", " IS NULL"}, {"IS_NOT_UNKNOWN", " IS NOT NULL"}};
    const char *test = json_string_value(
        json_object_get(e, strcmp(type, "NullTest") == 0 ? "nulltesttype" : "booltesttype"));
    if (json_is_true(json_object_get(e, "argisrow")))
        return pt_unknown(pt, type, "of a row");
    for (size_t k = 0; test && k < sizeof tests / sizeof tests[0]; k++)
        if (strcmp(test, tests[k].test) == 0) {
            if (pt_operand(pt, json_object_get(e, "arg")))
                return -1;
            buf_puts(&pt->out, tests[k].sql);
            return 0;
        }
    return pt_unknown(pt, type, test);
}

static int pt_case(struct pt *pt, json_t *e)
{
    json_t *arg = json_object_get(e, "arg"), *def = json_object_get(e, "defresult");
    buf_puts(&pt->out, "CASE");
    if (arg) {
        buf_putc(&pt->out, ' ');
        if (pt_expr(pt, arg))
            return -1;
    }
    size_t i;
    json_t *w;
    json_array_foreach(json_object_get(e, "args"), i, w)
    {
        const char *t = "?";
        json_t *cw = pt_node(w, &t);
        if (!cw || strcmp(t, "CaseWhen") != 0)
            return pt_unknown(pt, "CASE", t);
        buf_puts(&pt->out, " WHEN ");
        if (pt_expr(pt, json_object_get(cw, "expr")))
            return -1;
        buf_puts(&pt->out, " THEN ");
        if (pt_expr(pt, json_object_get(cw, "result")))
            return -1;
    }
    if (def) {
        buf_puts(&pt->out, " ELSE ");
        if (pt_expr(pt, def))
            return -1;
    }
    buf_puts(&pt->out, " END");
    return 0;
}

static int pt_sublink(struct pt *pt, json_t *e)
{
    const char *type = json_string_value(json_object_get(e, "subLinkType")), *st = "?";
    json_t *names = json_object_get(e, "operName"), *test = json_object_get(e, "testexpr");
    json_t *sub = pt_node(json_object_get(e, "subselect"), &st);
    const char *op = json_array_size(names) == 1 ? pt_name_at(names, 0) : NULL;
    const char *sql = NULL;
    if (!type || !sub || strcmp(st, "SelectStmt") != 0)
        return pt_unknown(pt, "SubLink", type);
    if (strcmp(type, "EXISTS_SUBLINK") == 0 && !test)
        sql = "EXISTS (";
    else if (strcmp(type, "EXPR_SUBLINK") == 0 && !test)
        sql = "(";
    else if (strcmp(type, "ANY_SUBLINK") == 0 && test && (!names || (op && !strcmp(op, "="))))
        sql = " IN (";
    else if (strcmp(type, "ALL_SUBLINK") == 0 && test && op &&
             (!strcmp(op, "<>") || !strcmp(op, "!=")))
        sql = " NOT IN (";
    if (!sql)
        return pt_unknown(pt, type, op);
    if (test && pt_operand(pt, test))
        return -1;
    buf_puts(&pt->out, sql);
    if (pt_select(pt, sub))
        return -1;
    buf_putc(&pt->out, ')');
    return 0;
}

/* CAST(x AS type) and x::type: the type SQLite gives the same meaning. A date or timestamp is
 * text in SQLite: date(x) / datetime(x), and a constant already in ISO form stays as written. */
static int pt_type_cast(struct pt *pt, json_t *e)
{
    static const struct {
        const char *type, *as;
    } casts[] = {{"int2", "INTEGER"},       {"int4", "INTEGER"},        {"int8", "INTEGER"},
                 {"int", "INTEGER"},        {"integer", "INTEGER"},     {"bigint", "INTEGER"},
                 {"smallint", "INTEGER"},   {"numeric", "REAL"},        {"decimal", "REAL"},
                 {"float4", "REAL"},        {"float8", "REAL"},         {"real", "REAL"},
                 {"float", "REAL"},         {"text", "TEXT"},           {"varchar", "TEXT"},
                 {"bpchar", "TEXT"},        {"char", "TEXT"},           {"date", "date"},
                 {"timestamp", "datetime"}, {"timestamptz", "datetime"}};
    char type[32];
    json_t *arg = json_object_get(e, "arg");
    if (!pt_cast_type(e, type, sizeof type))
        return pt_unknown(pt, "cast", "to an array or a qualified type");
    const char *as = NULL;
    for (size_t k = 0; k < sizeof casts / sizeof casts[0] && !as; k++)
        if (strcmp(type, casts[k].type) == 0)
            as = casts[k].as;
    if (!as)
        return pt_unknown(pt, "cast to", type);
    json_t *mods = json_object_get(json_object_get(e, "typeName"), "typmods");
    if (mods && strcmp(as, "REAL") == 0) {
        /* numeric(p, s) rounds to s decimals; a length or a precision elsewhere cuts text
         * or time, which is not translated. */
        const char *t;
        json_t *scale = pt_node(json_array_get(mods, 1), &t);
        json_t *v = scale ? json_object_get(json_object_get(scale, "ival"), "ival") : NULL;
        if (json_array_size(mods) > 2 || (scale && strcmp(t, "A_Const") != 0))
            return pt_unknown(pt, "cast to", type);
        pt_note(pt, "::numeric(p,s)");
        buf_puts(&pt->out, "round(CAST(");
        if (pt_expr(pt, arg))
            return -1;
        buf_printf(&pt->out, " AS REAL), %lld)", (long long)(v ? json_integer_value(v) : 0));
        return 0;
    }
    if (mods)
        return pt_unknown(pt, "cast to", type);
    /* CAST(x AS integer) is SQLite too; x::integer, and a date SQLite would make a number,
     * are translations. */
    json_int_t at = json_integer_value(json_object_get(e, "location"));
    if (islower((unsigned char)as[0]) ||
        (at >= 0 && (size_t)at + 2 <= pt->src_len && strncmp(pt->src + at, "::", 2) == 0)) {
        char note[48];
        snprintf(note, sizeof note, "::%s", type);
        pt_note(pt, note);
    }
    if (islower((unsigned char)as[0])) {
        const char *s = pt_const_string(arg);
        size_t n = s ? strlen(s) : 0;
        int iso = s && (n == 10 || n == 19) && s[4] == '-' && s[7] == '-' &&
                  (n == 10 || (s[10] == ' ' && s[13] == ':' && s[16] == ':'));
        for (size_t k = 0; iso && k < n; k++)
            iso = isdigit((unsigned char)s[k]) || k == 4 || k == 7 || k == 10 || k == 13 || k == 16;
        if (iso && (n == 10 || as[4] == 't')) { /* DATE '2024-01-31', TIMESTAMP '...' */
            pt_string(pt, s);
            return 0;
        }
        buf_printf(&pt->out, "%s(", as);
        if (pt_expr(pt, arg))
            return -1;
        buf_putc(&pt->out, ')');
        return 0;
    }
    buf_puts(&pt->out, "CAST(");
    if (pt_expr(pt, arg))
        return -1;
    buf_printf(&pt->out, " AS %s)", as);
    return 0;
}

static int pt_sql_value(struct pt *pt, json_t *e)
{
    static const struct {
        const char *op, *sql;
    } values[] = {{"SVFOP_CURRENT_DATE", "date('now')"},
                  {"SVFOP_CURRENT_TIMESTAMP", "datetime('now')"},
                  {"SVFOP_CURRENT_TIMESTAMP_N", "datetime('now')"},
                  {"SVFOP_LOCALTIMESTAMP", "datetime('now')"},
                  {"SVFOP_CURRENT_TIME", "time('now')"}};
    const char *op = json_string_value(json_object_get(e, "op"));
    for (size_t k = 0; op && k < sizeof values / sizeof values[0]; k++)
        if (strcmp(op, values[k].op) == 0) {
            buf_puts(&pt->out, values[k].sql);
            pt_note(pt, op + 6);
            return 0;
        }
    return pt_unknown(pt, "SQLValueFunction", op);
}

static int pt_call_list(struct pt *pt, const char *fn, json_t *args)
{
    buf_printf(&pt->out, "%s(", fn);
    if (pt_expr_list(pt, args))
        return -1;
    buf_putc(&pt->out, ')');
    return 0;
}

static int pt_min_max(struct pt *pt, json_t *e)
{
    const char *op = json_string_value(json_object_get(e, "op"));
    json_t *args = json_object_get(e, "args");
    if (!op || json_array_size(args) == 0)
        return pt_unknown(pt, "MinMaxExpr", op);
    int greatest = strcmp(op, "IS_GREATEST") == 0;
    pt_note(pt, greatest ? "GREATEST" : "LEAST");
    if (json_array_size(args) == 1) /* max(x) alone would be the aggregate */
        return pt_expr(pt, json_array_get(args, 0));
    return pt_call_list(pt, greatest ? "max" : "min", args);
}

/* ---- dispatch ---- */

static int pt_coalesce(struct pt *pt, json_t *e)
{
    return pt_call_list(pt, "coalesce", json_object_get(e, "args"));
}

static const struct {
    const char *type;
    int (*emit)(struct pt *, json_t *);
    int primary; /* needs no parentheses as an operand */
} node_types[] = {
    {"ColumnRef", pt_column_ref, 1}, {"A_Const", pt_const, 1},
    {"FuncCall", pt_func_call, 1},   {"TypeCast", pt_type_cast, 1},
    {"CaseExpr", pt_case, 1},        {"CoalesceExpr", pt_coalesce, 1},
    {"MinMaxExpr", pt_min_max, 1},   {"SQLValueFunction", pt_sql_value, 1},
    {"A_Expr", pt_a_expr, 0},        {"BoolExpr", pt_bool_expr, 0},
    {"SubLink", pt_sublink, 0},
};

static int pt_expr_paren(struct pt *pt, json_t *node, int operand)
{
    const char *type = "?";
    json_t *o = pt_node(node, &type);
    if (!o)
        return pt_unknown(pt, "expression", NULL);
    if (++pt->depth > PT_MAX_DEPTH) {
        pt->depth--;
        return pt_unknown(pt, "nesting", NULL);
    }
    int rc = 1;
    for (size_t k = 0; rc > 0 && k < sizeof node_types / sizeof node_types[0]; k++) {
        if (strcmp(type, node_types[k].type) != 0)
            continue;
        const char *sub = json_string_value(json_object_get(o, "subLinkType"));
        int paren = operand && !node_types[k].primary &&
                    !(sub && (!strcmp(sub, "EXPR_SUBLINK") || !strcmp(sub, "EXISTS_SUBLINK")));
        buf_puts(&pt->out, paren ? "(" : "");
        rc = node_types[k].emit(pt, o);
        buf_puts(&pt->out, paren ? ")" : "");
    }
    if (rc > 0 && (strcmp(type, "NullTest") == 0 || strcmp(type, "BooleanTest") == 0)) {
        buf_puts(&pt->out, operand ? "(" : "");
        rc = pt_tests(pt, type, o);
        buf_puts(&pt->out, operand ? ")" : "");
    }
    pt->depth--;
    return rc > 0 ? pt_unknown(pt, type, NULL) : rc;
}

int pt_expr(struct pt *pt, json_t *node)
{
    return pt_expr_paren(pt, node, 0);
}

int pt_operand(struct pt *pt, json_t *node)
{
    return pt_expr_paren(pt, node, 1);
}

int pt_expr_list(struct pt *pt, json_t *list)
{
    size_t i;
    json_t *item;
    if (!json_is_array(list))
        return pt_unknown(pt, "list", NULL);
    json_array_foreach(list, i, item)
    {
        buf_puts(&pt->out, i ? ", " : "");
        if (pt_expr(pt, item))
            return -1;
    }
    return 0;
}
