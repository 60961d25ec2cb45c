/* pgtree_func.c: function calls of the parse tree written as SQLite (pgtree_int.h). A function
 * is translated only when the table below knows it: the same function in SQLite, another name
 * for it, or a form of its own (dates, TO_CHAR, POSITION, string functions). Any other name is
 * "not translated": SQLite would fail on it or, worse, mean something else by it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/fix_int.h"
#include "analyze/pgtree_int.h"

#include "util/banned.h"

/* ---- dates ---- */

static int is_age(json_t *fc)
{
    json_t *names = json_object_get(fc, "funcname");
    const char *name = pt_name_at(names, json_array_size(names) - 1);
    return name && strcmp(name, "age") == 0;
}

/* The years of age(later, earlier) or age(earlier) (from today): whole years elapsed, one less
 * when the later date's day and time of the year come before the earlier one's. The other
 * fields of an interval are not translated. */
static int age_years(struct pt *pt, const char *field, json_t *fc)
{
    json_t *args = json_object_get(fc, "args");
    size_t na = json_array_size(args);
    if (strcasecmp(field, "year") != 0)
        return pt_unknown(pt, "EXTRACT from age", field);
    if (na < 1 || na > 2 || json_object_get(fc, "over") || json_object_get(fc, "agg_filter"))
        return pt_unknown(pt, "function", "age");
    json_t *later = na == 2 ? json_array_get(args, 0) : NULL,
           *earlier = json_array_get(args, na - 1);
    static const char *const parts[] = {
        "(CAST(strftime('%Y', ", ") AS INTEGER) - CAST(strftime('%Y', ",
        ") AS INTEGER) - (strftime('%m-%d %H:%M:%S', ", ") < strftime('%m-%d %H:%M:%S', ", ")))"};
    for (size_t k = 0; k < 4; k++) {
        buf_puts(&pt->out, parts[k]);
        json_t *x = k % 2 ? earlier : later;
        if (!x)
            buf_puts(&pt->out, "date('now')");
        else if (pt_expr(pt, x))
            return -1;
    }
    buf_puts(&pt->out, parts[4]);
    pt_note(pt, "age");
    return 0;
}

int pt_date_field(struct pt *pt, const char *field, json_t *arg)
{
    static const struct {
        const char *field, *fmt;
    } fields[] = {{"year", "%Y"}, {"month", "%m"},  {"day", "%d"},
                  {"hour", "%H"}, {"minute", "%M"}, {"second", "%S"},
                  {"dow", "%w"},  {"doy", "%j"}};
    const char *t = "?";
    json_t *e = pt_node(arg, &t);
    const char *op =
        e && strcmp(t, "A_Expr") == 0 ? pt_name_at(json_object_get(e, "name"), 0) : NULL;
    const char *kind = e ? json_string_value(json_object_get(e, "kind")) : NULL;
    /* A difference of two timestamps is an interval: its days, or its seconds. A date less a
     * number of days or an interval is a date, read as any other. */
    const char *rt = "?";
    char rtype[32] = "";
    json_t *r = e ? pt_node(json_object_get(e, "rexpr"), &rt) : NULL;
    int r_is_date_step =
        r && ((strcmp(rt, "A_Const") == 0 && !json_object_get(r, "sval")) ||
              (strcmp(rt, "TypeCast") == 0 && pt_cast_type(r, rtype, sizeof rtype) &&
               strcmp(rtype, "interval") == 0));
    if (op && kind && !strcmp(kind, "AEXPR_OP") && !strcmp(op, "-") &&
        json_object_get(e, "lexpr") && !r_is_date_step &&
        (!strcasecmp(field, "epoch") || !strcasecmp(field, "day"))) {
        int epoch = strcasecmp(field, "epoch") == 0;
        /* seconds as a number with a fraction, as PostgreSQL's: "/ 86400" is no integer
         * division */
        buf_puts(&pt->out, epoch ? "(CAST(strftime('%s', " : "CAST(julianday(");
        if (pt_expr(pt, json_object_get(e, "lexpr")))
            return -1;
        buf_puts(&pt->out, epoch ? ") AS REAL) - strftime('%s', " : ") - julianday(");
        if (pt_expr(pt, json_object_get(e, "rexpr")))
            return -1;
        buf_puts(&pt->out, epoch ? "))" : ") AS INTEGER)");
        pt_note(pt, "EXTRACT");
        return 0;
    }
    if (e && strcmp(t, "FuncCall") == 0 && is_age(e))
        return age_years(pt, field, e);
    const char *fmt = NULL;
    for (size_t k = 0; k < sizeof fields / sizeof fields[0] && !fmt; k++)
        if (strcasecmp(field, fields[k].field) == 0)
            fmt = fields[k].fmt;
    if (fmt) {
        buf_printf(&pt->out, "CAST(strftime('%s', ", fmt);
    } else if (strcasecmp(field, "epoch") == 0) {
        buf_puts(&pt->out, "CAST(strftime('%s', ");
    } else if (strcasecmp(field, "quarter") == 0) {
        buf_puts(&pt->out, "((CAST(strftime('%m', ");
    } else if (strcasecmp(field, "isodow") == 0) {
        buf_puts(&pt->out, "((CAST(strftime('%w', ");
    } else {
        return pt_unknown(pt, "EXTRACT", field);
    }
    if (pt_expr(pt, arg))
        return -1;
    buf_puts(&pt->out, fmt                                 ? ") AS INTEGER)"
                       : strcasecmp(field, "epoch") == 0   ? ") AS REAL)"
                       : strcasecmp(field, "quarter") == 0 ? ") AS INTEGER) + 2) / 3)"
                                                           : ") AS INTEGER) + 6) % 7 + 1)");
    pt_note(pt, "EXTRACT");
    return 0;
}

/* date_trunc('month', x) -> strftime('%Y-%m-01', x), the first day of its month. */
static int date_trunc(struct pt *pt, json_t *args)
{
    static const struct {
        const char *field, *pre, *post;
    } forms[] = {
        {"year", "strftime('%Y-01-01', ", ")"},
        {"month", "strftime('%Y-%m-01', ", ")"},
        {"day", "date(", ")"},
        {"hour", "strftime('%Y-%m-%d %H:00:00', ", ")"},
        {"minute", "strftime('%Y-%m-%d %H:%M:00', ", ")"},
        {"week", "date(", ", '-6 days', 'weekday 1')"},
    };
    const char *field = pt_const_string(json_array_get(args, 0));
    json_t *x = json_array_get(args, 1);
    for (size_t k = 0; field && k < sizeof forms / sizeof forms[0]; k++) {
        if (strcasecmp(field, forms[k].field) != 0)
            continue;
        buf_puts(&pt->out, forms[k].pre);
        if (pt_expr(pt, x))
            return -1;
        buf_puts(&pt->out, forms[k].post);
        pt_note(pt, "date_trunc");
        return 0;
    }
    if (field && strcasecmp(field, "quarter") == 0) {
        buf_puts(&pt->out, "date(");
        if (pt_expr(pt, x))
            return -1;
        buf_puts(&pt->out, ", 'start of month', '-' || ((CAST(strftime('%m', ");
        if (pt_expr(pt, x))
            return -1;
        buf_puts(&pt->out, ") AS INTEGER) - 1) % 3) || ' months')");
        pt_note(pt, "date_trunc");
        return 0;
    }
    return pt_unknown(pt, "date_trunc", field);
}

/* ---- forms of their own ----
 * concat() is left to the token rules: PostgreSQL's skips NULLs, MySQL's returns NULL, and a
 * query that calls it may have been written for either. */

/* The form of one function, given its arguments (their number already checked). */
typedef int (*form_fn)(struct pt *pt, json_t *args);

static int f_extract(struct pt *pt, json_t *args)
{
    const char *field = pt_const_string(json_array_get(args, 0));
    if (!field)
        return pt_unknown(pt, "EXTRACT", "of a computed field");
    return pt_date_field(pt, field, json_array_get(args, 1));
}

/* TO_CHAR(x, 'YYYY-MM') -> strftime('%Y-%m', x); names of months and days through CASE. */
static int f_to_char(struct pt *pt, json_t *args)
{
    const char *fmt = pt_const_string(json_array_get(args, 1));
    struct pt_arg o = {pt, json_array_get(args, 0)};
    int rc = fmt ? fx_date_format(fmt, strlen(fmt), 0, &pt->out, pt_put_arg, &o) : 0;
    if (rc == 0)
        return pt_unknown(pt, "TO_CHAR format", fmt);
    if (rc < 0)
        return -1;
    pt_note(pt, "TO_CHAR");
    return 0;
}

static int f_instr(struct pt *pt, json_t *args)
{
    pt_note(pt, "POSITION");
    buf_puts(&pt->out, "instr(");
    if (pt_expr_list(pt, args))
        return -1;
    buf_putc(&pt->out, ')');
    return 0;
}

/* substring(x FROM a FOR b) -> substr(x, a, b); substring(x FROM 'regex') is not translated. */
static int f_substring(struct pt *pt, json_t *args)
{
    if (pt_const_string(json_array_get(args, 1)))
        return pt_unknown(pt, "substring", "by a pattern");
    pt_note(pt, "SUBSTRING");
    buf_puts(&pt->out, "substr(");
    if (pt_expr_list(pt, args))
        return -1;
    buf_putc(&pt->out, ')');
    return 0;
}

/* left(x, n) -> substr(x, 1, n); right(x, n) -> substr(x, -n) for a positive constant n. */
static int f_left_right(struct pt *pt, json_t *args, int right)
{
    const char *t = "?";
    json_t *c = pt_node(json_array_get(args, 1), &t);
    json_t *v =
        c && strcmp(t, "A_Const") == 0 ? json_object_get(json_object_get(c, "ival"), "ival") : NULL;
    if (right && (!json_is_integer(v) || json_integer_value(v) <= 0))
        return pt_unknown(pt, "right", "of a computed length");
    pt_note(pt, right ? "RIGHT" : "LEFT");
    buf_puts(&pt->out, "substr(");
    if (pt_expr(pt, json_array_get(args, 0)))
        return -1;
    if (right) {
        buf_printf(&pt->out, ", -%lld)", (long long)json_integer_value(v));
        return 0;
    }
    buf_puts(&pt->out, ", 1, ");
    if (pt_expr(pt, json_array_get(args, 1)))
        return -1;
    buf_putc(&pt->out, ')');
    return 0;
}

static int f_left(struct pt *pt, json_t *args)
{
    return f_left_right(pt, args, 0);
}

static int f_right(struct pt *pt, json_t *args)
{
    return f_left_right(pt, args, 1);
}

/* concat_ws(sep, a, b, ...): the non-NULL values joined by sep (fx_dia_concat_ws()). */
static int f_concat_ws(struct pt *pt, json_t *args)
{
    json_t *sep = json_array_get(args, 0);
    buf_puts(&pt->out, "substr(");
    for (size_t a = 1; a < json_array_size(args); a++) {
        buf_puts(&pt->out, a > 1 ? " || COALESCE(" : "COALESCE(");
        if (pt_operand(pt, sep))
            return -1;
        buf_puts(&pt->out, " || ");
        if (pt_operand(pt, json_array_get(args, a)))
            return -1;
        buf_puts(&pt->out, ", '')");
    }
    buf_puts(&pt->out, ", length(");
    if (pt_expr(pt, sep))
        return -1;
    buf_puts(&pt->out, ") + 1)");
    pt_note(pt, "concat_ws");
    return 0;
}

/* split_part(s, d, 1) and split_part(s, d, 2): the text before the first d, and between the
 * first and the second (the whole text, or '', when d is absent, as PostgreSQL gives). */
static int f_split_part(struct pt *pt, json_t *args)
{
    json_t *s = json_array_get(args, 0), *d = json_array_get(args, 1);
    const char *t = "?";
    json_t *n = pt_node(json_array_get(args, 2), &t);
    json_t *iv = n && strcmp(t, "A_Const") == 0 ? json_object_get(n, "ival") : NULL;
    long part = iv ? (long)json_integer_value(json_object_get(iv, "ival")) : 0;
    if (part != 1 && part != 2)
        return pt_unknown(pt, "split_part", "a part other than the first two");
    /* rest = the text after the first d */
#define PUT(x)                                                                                  \
    do {                                                                                        \
        if (pt_expr(pt, (x)))                                                                   \
            return -1;                                                                          \
    } while (0)
#define REST()                                                                                  \
    do {                                                                                        \
        buf_puts(&pt->out, "substr(");                                                          \
        PUT(s);                                                                                 \
        buf_puts(&pt->out, ", instr(");                                                         \
        PUT(s);                                                                                 \
        buf_puts(&pt->out, ", ");                                                               \
        PUT(d);                                                                                 \
        buf_puts(&pt->out, ") + length(");                                                      \
        PUT(d);                                                                                 \
        buf_puts(&pt->out, "))");                                                               \
    } while (0)
    if (part == 1) {
        buf_puts(&pt->out, "CASE WHEN instr(");
        PUT(s);
        buf_puts(&pt->out, ", ");
        PUT(d);
        buf_puts(&pt->out, ") > 0 THEN substr(");
        PUT(s);
        buf_puts(&pt->out, ", 1, instr(");
        PUT(s);
        buf_puts(&pt->out, ", ");
        PUT(d);
        buf_puts(&pt->out, ") - 1) ELSE ");
        PUT(s);
        buf_puts(&pt->out, " END");
    } else {
        buf_puts(&pt->out, "CASE WHEN instr(");
        PUT(s);
        buf_puts(&pt->out, ", ");
        PUT(d);
        buf_puts(&pt->out, ") = 0 THEN '' WHEN instr(");
        REST();
        buf_puts(&pt->out, ", ");
        PUT(d);
        buf_puts(&pt->out, ") > 0 THEN substr(");
        REST();
        buf_puts(&pt->out, ", 1, instr(");
        REST();
        buf_puts(&pt->out, ", ");
        PUT(d);
        buf_puts(&pt->out, ") - 1) ELSE ");
        REST();
        buf_puts(&pt->out, " END");
    }
#undef REST
#undef PUT
    pt_note(pt, "split_part");
    return 0;
}

/* trunc(x, d): x cut (toward zero) to d decimals. */
static int f_trunc(struct pt *pt, json_t *args)
{
    if (json_array_size(args) == 1) {
        buf_puts(&pt->out, "trunc(");
        if (pt_expr(pt, json_array_get(args, 0)))
            return -1;
        buf_putc(&pt->out, ')');
        return 0;
    }
    buf_puts(&pt->out, "(CAST((");
    if (pt_expr(pt, json_array_get(args, 0)))
        return -1;
    buf_puts(&pt->out, ") * power(10, ");
    if (pt_expr(pt, json_array_get(args, 1)))
        return -1;
    buf_puts(&pt->out, ") AS INTEGER) / power(10.0, ");
    if (pt_expr(pt, json_array_get(args, 1)))
        return -1;
    buf_puts(&pt->out, "))");
    pt_note(pt, "trunc");
    return 0;
}

static int f_now(struct pt *pt, json_t *args)
{
    pt_note(pt, "now()");
    buf_puts(&pt->out, "datetime('now')");
    return 0;
}

/* random() is in [0, 1) in PostgreSQL, a 64-bit integer in SQLite. */
static int f_random(struct pt *pt, json_t *args)
{
    pt_note(pt, "random()");
    buf_puts(&pt->out, "((random() & 9223372036854775807) / 9223372036854775808.0)");
    return 0;
}

static const struct func {
    const char *pg;     /* the name in the tree (lower case) */
    const char *sqlite; /* the same function in SQLite, or NULL for a form */
    form_fn form;
    int min, max; /* argument counts */
    int agg;      /* takes DISTINCT, *, FILTER and OVER */
} funcs[] = {
    /* aggregates, also as window functions */
    {"count", "count", NULL, 0, 1, 1},
    {"sum", "sum", NULL, 1, 1, 1},
    {"avg", "avg", NULL, 1, 1, 1},
    {"min", "min", NULL, 1, 1, 1},
    {"max", "max", NULL, 1, 1, 1},
    {"bool_or", "max", NULL, 1, 1, 1},
    {"bool_and", "min", NULL, 1, 1, 1},
    {"every", "min", NULL, 1, 1, 1},
    {"string_agg", "group_concat", NULL, 2, 2, 1},
    {"array_agg", "group_concat", NULL, 1, 1, 1}, /* the values as one list, comma-separated */
    {"group_concat", "group_concat", NULL, 1, 2, 1},
    {"total", "total", NULL, 1, 1, 1},
    /* window functions */
    {"row_number", "row_number", NULL, 0, 0, 1},
    {"rank", "rank", NULL, 0, 0, 1},
    {"dense_rank", "dense_rank", NULL, 0, 0, 1},
    {"percent_rank", "percent_rank", NULL, 0, 0, 1},
    {"cume_dist", "cume_dist", NULL, 0, 0, 1},
    {"ntile", "ntile", NULL, 1, 1, 1},
    {"lag", "lag", NULL, 1, 3, 1},
    {"lead", "lead", NULL, 1, 3, 1},
    {"first_value", "first_value", NULL, 1, 1, 1},
    {"last_value", "last_value", NULL, 1, 1, 1},
    {"nth_value", "nth_value", NULL, 2, 2, 1},
    /* scalars SQLite has under the same or another name */
    {"abs", "abs", NULL, 1, 1, 0},
    {"round", "round", NULL, 1, 2, 0},
    {"lower", "lower", NULL, 1, 1, 0},
    {"upper", "upper", NULL, 1, 1, 0},
    {"length", "length", NULL, 1, 1, 0},
    {"char_length", "length", NULL, 1, 1, 0},
    {"character_length", "length", NULL, 1, 1, 0},
    {"replace", "replace", NULL, 3, 3, 0},
    {"btrim", "trim", NULL, 1, 2, 0},
    {"ltrim", "ltrim", NULL, 1, 2, 0},
    {"rtrim", "rtrim", NULL, 1, 2, 0},
    {"coalesce", "coalesce", NULL, 2, 100, 0},
    {"nullif", "nullif", NULL, 2, 2, 0},
    {"substr", "substr", NULL, 2, 3, 0},
    {"sqrt", "sqrt", NULL, 1, 1, 0},
    {"floor", "floor", NULL, 1, 1, 0},
    {"ceil", "ceil", NULL, 1, 1, 0},
    {"ceiling", "ceiling", NULL, 1, 1, 0},
    {"power", "power", NULL, 2, 2, 0},
    {"pow", "pow", NULL, 2, 2, 0},
    {"exp", "exp", NULL, 1, 1, 0},
    {"ln", "ln", NULL, 1, 1, 0},
    {"log", "log", NULL, 1, 2, 0},
    {"mod", "mod", NULL, 2, 2, 0},
    {"sign", "sign", NULL, 1, 1, 0},
    {"trunc", NULL, f_trunc, 1, 2, 0},
    /* SQLite's own, when a model mixed them in */
    {"strftime", "strftime", NULL, 2, 10, 0},
    {"date", "date", NULL, 1, 10, 0},
    {"datetime", "datetime", NULL, 1, 10, 0},
    {"julianday", "julianday", NULL, 1, 10, 0},
    {"ifnull", "ifnull", NULL, 2, 2, 0},
    {"instr", "instr", NULL, 2, 2, 0},
    {"iif", "iif", NULL, 3, 3, 0},
    /* forms */
    {"extract", NULL, f_extract, 2, 2, 0},
    {"date_part", NULL, f_extract, 2, 2, 0},
    {"date_trunc", NULL, date_trunc, 2, 2, 0},
    {"to_char", NULL, f_to_char, 2, 2, 0},
    {"position", NULL, f_instr, 2, 2, 0},
    {"strpos", NULL, f_instr, 2, 2, 0},
    {"substring", NULL, f_substring, 2, 3, 0},
    {"left", NULL, f_left, 2, 2, 0},
    {"right", NULL, f_right, 2, 2, 0},
    {"now", NULL, f_now, 0, 0, 0},
    {"concat_ws", NULL, f_concat_ws, 2, 32, 0},
    {"split_part", NULL, f_split_part, 3, 3, 0},
    {"random", NULL, f_random, 0, 0, 0},
};

/* OVER (PARTITION BY ... ORDER BY ...) with the default frame. */
static int pt_window(struct pt *pt, json_t *over)
{
    static const char *const f[] = {"partitionClause", "orderClause", "frameOptions", NULL};
    json_t *part = json_object_get(over, "partitionClause"),
           *order = json_object_get(over, "orderClause");
    /* FRAMEOPTION_DEFAULTS of PostgreSQL 15: RANGE UNBOUNDED PRECEDING AND CURRENT ROW. */
    if (pt_fields(pt, "WindowDef", over, f) ||
        json_integer_value(json_object_get(over, "frameOptions")) != 1058)
        return pt_unknown(pt, "window", "with a frame or a name");
    buf_puts(&pt->out, " OVER (");
    if (part) {
        buf_puts(&pt->out, "PARTITION BY ");
        if (pt_expr_list(pt, part))
            return -1;
    }
    if (order) {
        buf_puts(&pt->out, part ? " ORDER BY " : "ORDER BY ");
        if (pt_sort_list(pt, order))
            return -1;
    }
    buf_putc(&pt->out, ')');
    return 0;
}

int pt_func_call(struct pt *pt, json_t *fc)
{
    static const char *const f[] = {"funcname", "args",         "agg_filter", "over",
                                    "agg_star", "agg_distinct", "funcformat", NULL};
    json_t *names = json_object_get(fc, "funcname"), *args = json_object_get(fc, "args");
    size_t nn = json_array_size(names), na = json_array_size(args);
    const char *name = pt_name_at(names, nn - 1), *schema = nn == 2 ? pt_name_at(names, 0) : NULL;
    if (pt_fields(pt, "FuncCall", fc, f))
        return -1;
    if (!name || nn > 2 || (nn == 2 && (!schema || strcmp(schema, "pg_catalog") != 0)))
        return pt_unknown(pt, "function", name);
    const struct func *fn = NULL;
    for (size_t k = 0; k < sizeof funcs / sizeof funcs[0] && !fn; k++)
        if (strcmp(name, funcs[k].pg) == 0)
            fn = &funcs[k];
    int star = json_is_true(json_object_get(fc, "agg_star"));
    int distinct = json_is_true(json_object_get(fc, "agg_distinct"));
    json_t *filter = json_object_get(fc, "agg_filter"), *over = json_object_get(fc, "over");
    if (!fn || (int)na < fn->min || (int)na > fn->max || (distinct && na != 1) ||
        (!fn->agg && (star || distinct || filter || over)) ||
        (star && strcmp(name, "count") != 0) || (!star && na == 0 && strcmp(name, "count") == 0))
        return pt_unknown(pt, "function", name);
    if (fn->form)
        return fn->form(pt, args);
    char spelled[32];
    if (strcmp(fn->pg, fn->sqlite) != 0)
        pt_note(pt, fn->pg);
    else /* COUNT(*) stays COUNT(*): SQLite names an unnamed column by its text */
        name = pt_spell(pt, name, spelled, sizeof spelled);
    buf_printf(&pt->out, "%s(%s", strcmp(fn->pg, fn->sqlite) ? fn->sqlite : name,
               distinct ? "DISTINCT " : "");
    if (star)
        buf_putc(&pt->out, '*');
    else if (na && pt_expr_list(pt, args))
        return -1;
    buf_putc(&pt->out, ')');
    if (filter) {
        buf_puts(&pt->out, " FILTER (WHERE ");
        if (pt_expr(pt, filter))
            return -1;
        buf_putc(&pt->out, ')');
    }
    return over ? pt_window(pt, over) : 0;
}
