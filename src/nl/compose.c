/* nl tier 0, composition: the SQL text of a resolved query, with joins along the shortest
 * foreign-key path. Everything that differs between databases (quoting, date parts, booleans,
 * casts) comes from the driver's dialect (db/dialect.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/dialect.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "semantic/semantic.h"
#include "util/buf.h"

#include "util/banned.h"

struct compose {
    struct query *q;
    const struct db_dialect *dialect; /* the database one, from its driver */
    struct shape *sh;
    int *alias; /* per table: 1.. when joined, 0 when not */
    int n_alias;
    struct buf from;
    int fanout;     /* a join from a parent to its children multiplies rows */
    char *pct_cond; /* a percentage's condition: the filters, moved out of WHERE (percent.c) */
    int pick;       /* put_filters writes: 0 every filter, 1 all but the base ones, 2 only those */
    int list_by[2], n_list_by; /* a list of rows named by these labels: sorted by them */
    int failed;
};

/* The path from main to t goes up to a row both point at, then down to t's rows (Cartoon ->
 * TV_Channel <- TV_series): t's rows only share a parent with main's. */
static int sibling_path(const struct query *q, int t)
{
    int down = 0;
    for (int hops = 0; t >= 0 && q->bfs.dist[t] > 0 && hops < 64; hops++) {
        const struct edge *e = &q->bfs.via[t];
        if (e->owner == e->to)
            down = 1;
        else if (down)
            return 1;
        t = e->from;
    }
    return 0;
}

static int join_table(struct compose *cx, int t)
{
    struct query *q = cx->q;
    if (cx->alias[t])
        return cx->alias[t];
    if (q->bfs.dist[t] <= 0) {
        /* unreachable, or the search's own root when that is not the query's main table (its
         * edge is none): never followed, which would go round in a circle */
        t0_doubt(q, P_WRONGISH, "%s is not connected to %s by foreign keys", q->s->tables[t].name,
                 q->s->tables[cx->sh->main].name);
        cx->failed = 1;
        return 0;
    }
    struct edge e = q->bfs.via[t];
    int pa = join_table(cx, e.from);
    if (!pa)
        return 0;
    int me = cx->alias[t] = ++cx->n_alias;
    if (q->bfs.npaths[t] > 1)
        t0_doubt(q, P_UNSURE, "several ways to join %s", q->s->tables[t].name);
    if (q->bfs.dist[t] > 2 && !t0_semantic_on_path(q, t))
        t0_doubt(q, P_SMALL, "long join path to %s", q->s->tables[t].name);
    if (e.owner == e.to) {
        cx->fanout = 1;
        if (sibling_path(q, t) && t0_pk_col(q, t) >= 0)
            /* "episodes Brandon Vietti directed" over TV_series, the director in Cartoon: rows of
             * two things that only share a channel. (A table of a parent's details, keyed by the
             * parent's key, is a detail of it: "cities of countries where English is spoken") */
            t0_doubt(q, P_UNSURE, "%s is reached from %s only through the %s both point at",
                     q->s->tables[t].name, q->s->tables[cx->sh->main].name,
                     q->s->tables[e.from].name);
    }
    buf_puts(&cx->from, " JOIN ");
    db_dialect_put_ident(&cx->from, cx->dialect, q->s->tables[t].name);
    buf_printf(&cx->from, " AS t%d ON t%d.", me, e.owner == e.to ? me : pa);
    db_dialect_put_ident(&cx->from, cx->dialect, q->s->tables[e.owner].cols[e.col].name);
    buf_printf(&cx->from, " = t%d.", e.owner == e.to ? pa : me);
    db_dialect_put_ident(&cx->from, cx->dialect,
                         q->s->tables[e.owner == e.to ? e.from : e.to].cols[e.other_col].name);
    return me;
}

static void put_col_days(struct compose *cx, struct buf *b);
/* join_table() for the semantic layer's SQL (measures.c) */
static int alias_of(void *ctx, int t)
{
    return join_table(ctx, t);
}

static void put_col(struct compose *cx, struct buf *b, int t, int c)
{
    if (t == cx->q->days_t && c == cx->q->days_to && t >= 0) {
        put_col_days(cx, b); /* "days to ship": from the event date to the named one */
        return;
    }
    char qual[16];
    snprintf(qual, sizeof qual, "t%d", join_table(cx, t));
    const struct schema_column *col = &cx->q->s->tables[t].cols[c];
    db_dialect_put_date_col(b, cx->dialect, col->date_form, qual, col->name);
}

/* Template tmpl of the dialect over column c of table t (joined as needed). */
static void put_col_in(struct compose *cx, struct buf *b, const char *tmpl, int t, int c)
{
    struct buf col = BUF_INIT;
    put_col(cx, &col, t, c);
    if (col.failed)
        b->failed = 1;
    else
        db_dialect_put(b, tmpl, buf_cstr(&col), NULL);
    buf_free(&col);
}

/* A date kept in another form, shown in the select list: named by its column, not by the
 * expression that reads it ("pay_dt", not "substr pay_dt ..."). */
static void put_date_alias(struct compose *cx, struct buf *b, int t, int c)
{
    const struct schema_column *col = t0_col_of(cx->q, t, c);
    if (col->date_form == SCHEMA_DATE_ISO || (t == cx->q->days_t && c == cx->q->days_to))
        return;
    buf_puts(b, " AS ");
    db_dialect_put_ident(b, cx->dialect, col->name);
}

/* put_col() in the select list */
static void put_sel_col(struct compose *cx, struct buf *b, int t, int c)
{
    put_col(cx, b, t, c);
    put_date_alias(cx, b, t, c);
}

/* The days from the event date to the later date of "days to ship", in the dialect. */
static void put_col_days(struct compose *cx, struct buf *b)
{
    struct query *q = cx->q;
    struct buf from = BUF_INIT, to = BUF_INIT;
    char qual[16];
    snprintf(qual, sizeof qual, "t%d", join_table(cx, q->days_t));
    const struct schema_column *cf = t0_col_of(q, q->days_t, q->days_from),
                               *ct = t0_col_of(q, q->days_t, q->days_to);
    db_dialect_put_date_col(&from, cx->dialect, cf->date_form, qual, cf->name);
    db_dialect_put_date_col(&to, cx->dialect, ct->date_form, qual, ct->name);
    struct buf days = BUF_INIT;
    if (from.failed || to.failed)
        b->failed = 1;
    else if (q->days_hours) {
        /* hours (or minutes) from one moment to the other, with their fraction */
        if (q->days_hours > 1)
            buf_putc(b, '(');
        db_dialect_put(b, cx->dialect->hours_between, buf_cstr(&from), buf_cstr(&to));
        if (q->days_hours > 1)
            buf_printf(b, " * %d)", q->days_hours);
    } else if (cx->sh->agg != NL_AGG_AVG)
        db_dialect_put(b, cx->dialect->days_between, buf_cstr(&from), buf_cstr(&to));
    else if (db_dialect_put(&days, cx->dialect->days_between, buf_cstr(&from), buf_cstr(&to)) == 0)
        /* an average keeps its fraction everywhere (MariaDB rounds one of integers) */
        db_dialect_put(b, cx->dialect->cast_real, buf_cstr(&days), NULL);
    else
        b->failed = 1;
    buf_free(&days);
    buf_free(&from);
    buf_free(&to);
}

/* A part of date column t.c (calendar.c); as_label: the form a person reads */
static void put_time(struct compose *cx, struct buf *b, int t, int c, int unit, int as_label)
{
    struct buf col = BUF_INIT;
    put_col(cx, &col, t, c);
    if (col.failed)
        b->failed = 1;
    else
        t0_cal_put_part(cx->q, cx->dialect, b, unit, buf_cstr(&col), as_label);
    buf_free(&col);
}

static void put_num(struct buf *b, double v)
{
    buf_printf(b, "%.15g", v);
}

/* " = <yes>" or " = <no>" in the form the column stores: 1/0, 'T'/'F', 'yes'/'no' (as sampled),
 * or TRUE/FALSE for a BOOLEAN column outside SQLite. */
static void put_flag(struct compose *cx, struct buf *b, int t, int c, int yes)
{
    const struct query *q = cx->q;
    const struct schema_column *col = t0_col_of(q, t, c);
    int p = t0_flag_pair(q, t, c);
    if (p <= 0) {
        int boolean = col->decl_type && strcasestr(col->decl_type, "BOOL") != NULL;
        buf_puts(b, " = ");
        if (boolean)
            buf_puts(b, yes ? cx->dialect->true_lit : cx->dialect->false_lit);
        else
            buf_puts(b, yes ? "1" : "0");
        return;
    }
    /* the stored spelling ('T' or 't'): a sample of the wanted side, else the table's form */
    const char *want = t0_flag_spelling(p, yes);
    for (size_t k = 0; k < col->n_samples; k++)
        if (strcasecmp(col->samples[k], want) == 0)
            want = col->samples[k];
    buf_puts(b, " = ");
    buf_put_sql_string(b, want);
}

static void put_num_as(struct buf *b, double v, int as_text)
{
    if (as_text)
        buf_putc(b, '\'');
    put_num(b, v);
    if (as_text)
        buf_putc(b, '\'');
}

static const char *agg_word(enum nl_agg a)
{
    switch (a) {
    case NL_AGG_SUM:
        return "SUM";
    case NL_AGG_AVG:
        return "AVG";
    case NL_AGG_MIN:
        return "MIN";
    case NL_AGG_MAX:
        return "MAX";
    case NL_AGG_COUNT:
        return "COUNT";
    case NL_AGG_NONE:
        break;
    }
    return "";
}

static void put_agg_alias(struct compose *cx, struct buf *b);
static void put_agg(struct compose *cx, struct buf *b);
static void put_shown_agg(struct compose *cx, struct buf *b);
static int single_agg(const char *a, const char **fn, size_t *name, const char **in, size_t *n);

/* "share of revenue": the measure's summed expression over the condition's rows or the group,
 * against its whole total (percent.c) */
static void put_share(struct compose *cx, struct buf *b)
{
    struct buf agg = BUF_INIT, x = BUF_INIT;
    const char *fn, *in;
    size_t name, n;
    cx->q->percent = 0; /* the measure as it is */
    put_agg(cx, &agg);
    cx->q->percent = PERCENT_MEASURE;
    if (agg.failed) {
        b->failed = 1;
    } else if (!single_agg(buf_cstr(&agg), &fn, &name, &in, &n) || name != 3 ||
               strncasecmp(fn, "SUM", 3) != 0 || (n >= 9 && strncasecmp(in, "DISTINCT ", 9) == 0)) {
        t0_doubt(cx->q, P_UNSURE, "a share of this measure is not composed");
        cx->failed = 1;
    } else {
        buf_append(&x, in, n);
        if (x.failed)
            b->failed = 1;
        else
            t0_percent_put_sum(buf_cstr(&x), cx->pct_cond, b);
    }
    buf_free(&agg);
    buf_free(&x);
}

static void put_agg(struct compose *cx, struct buf *b)
{
    struct shape *sh = cx->sh;
    struct query *q = cx->q;
    if (q->percent == PERCENT_RATIO && sh->agg == NL_AGG_COUNT) {
        const struct filter *f = NULL;
        for (size_t k = 0; k < q->nf; k++)
            if (!q->f[k].base)
                f = &q->f[k];
        struct buf col = BUF_INIT;
        put_col(cx, &col, f->t, f->c);
        if (col.failed)
            b->failed = 1;
        else
            t0_percent_put_ratio(q, buf_cstr(&col), b);
        buf_free(&col);
        return;
    }
    if (q->percent == PERCENT_ROWS && sh->agg == NL_AGG_COUNT) {
        t0_percent_put(q, sh, cx->pct_cond, b);
        return;
    }
    if (q->percent == PERCENT_MEASURE) {
        put_share(cx, b);
        return;
    }
    if (sh->metric) {
        if (t0_metric_put(q, sh, b, alias_of, cx) != 0)
            cx->failed = 1;
        return;
    }
    buf_printf(b, "%s(", agg_word(sh->agg));
    if (sh->revenue) {
        put_col(cx, b, q->rev_t, q->rev_q);
        buf_puts(b, " * ");
        put_col(cx, b, q->rev_t, q->rev_p);
        if (q->rev_d >= 0) {
            buf_puts(b, " * (1 - COALESCE(");
            put_col(cx, b, q->rev_t, q->rev_d);
            buf_puts(b, ", 0))");
        }
        if (t0_col_has_word(q, q->rev_t, q->rev_p, "cent"))
            buf_puts(b, " / 100.0"); /* unit_prc_cents */
    } else if (sh->agg == NL_AGG_COUNT && sh->agg_c >= 0) {
        buf_puts(b, "DISTINCT ");
        put_col(cx, b, sh->agg_t, sh->agg_c);
    } else if (sh->agg == NL_AGG_COUNT && cx->fanout) {
        int pk = t0_pk_col(q, sh->main);
        if (pk >= 0) {
            buf_puts(b, "DISTINCT ");
            put_col(cx, b, sh->main, pk);
        } else {
            buf_putc(b, '*');
            t0_doubt(q, P_UNSURE, "rows of %s may be counted twice", q->s->tables[sh->main].name);
        }
    } else if (sh->agg == NL_AGG_COUNT) {
        buf_putc(b, '*');
    } else if (!t0_col_is_numeric(q, sh->agg_t, sh->agg_c) &&
               t0_col_holds_numbers(q, sh->agg_t, sh->agg_c)) {
        /* numbers kept as text: a text maximum is the last in dictionary order */
        put_col_in(cx, b, cx->dialect->cast_real, sh->agg_t, sh->agg_c);
    } else {
        put_col(cx, b, sh->agg_t, sh->agg_c);
    }
    buf_putc(b, ')');
}

/* The aggregate, then any others asked for over the same measure. */
/* An amount kept in cents (spend_cents, amount_cents) that the select list shows aggregated:
 * shown in the currency's units, as a reader of "what did we spend" expects. */
static int shown_in_cents(const struct compose *cx)
{
    const struct shape *sh = cx->sh;
    return !cx->q->percent && !sh->metric && !sh->revenue && sh->agg_c >= 0 && sh->agg_t >= 0 &&
           (sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG || sh->agg == NL_AGG_MIN ||
            sh->agg == NL_AGG_MAX) &&
           t0_col_is_money(cx->q, sh->agg_t, sh->agg_c) &&
           t0_money_scale(cx->q, sh->agg_t, sh->agg_c) == 100.0;
}

/* A column shown as it is, but for an amount kept in cents: in the currency's units, named
 * without its "_cents" ("tkt_price_cents / 100.0 AS tkt_price"). */
static void put_shown_col(struct compose *cx, struct buf *b, int t, int c)
{
    put_sel_col(cx, b, t, c);
    if (cx->q->percent || !t0_col_is_money(cx->q, t, c) || t0_money_scale(cx->q, t, c) != 100.0)
        return;
    const char *name = cx->q->s->tables[t].cols[c].name;
    size_t n = strlen(name);
    char alias[128];
    if (n > 6 && strcasecmp(name + n - 6, "_cents") == 0 && n - 6 < sizeof alias)
        snprintf(alias, sizeof alias, "%.*s", (int)(n - 6), name);
    else
        snprintf(alias, sizeof alias, "%s_units", name);
    buf_puts(b, " / 100.0 AS ");
    db_dialect_put_ident(b, cx->dialect, alias);
}

/* One aggregate of the select list with its alias. */
static void put_shown_agg(struct compose *cx, struct buf *b)
{
    put_agg(cx, b);
    if (shown_in_cents(cx))
        buf_puts(b, " / 100.0");
    put_agg_alias(cx, b);
}

static void put_aggs(struct compose *cx, struct buf *b)
{
    struct shape *sh = cx->sh;
    enum nl_agg first = sh->agg;
    int first_c = sh->agg_c;
    put_shown_agg(cx, b);
    for (size_t k = 0; k < cx->q->n_more_aggs; k++) {
        sh->agg = cx->q->more_aggs[k];
        buf_puts(b, ", ");
        put_shown_agg(cx, b);
    }
    int first_t = sh->agg_t;
    for (size_t k = 0; k < sh->n_more; k++) {
        sh->agg = sh->more_agg[k];                     /* "the total population and surface area" */
        sh->agg_t = first_t >= 0 ? first_t : sh->main; /* "the number of cars and their ..." */
        sh->agg_c = sh->more_c[k];
        buf_puts(b, ", ");
        put_shown_agg(cx, b);
    }
    sh->agg = first;
    sh->agg_t = first_t;
    sh->agg_c = first_c;
}

static void agg_alias_name(struct compose *cx, char *name, size_t size);

static void put_agg_alias(struct compose *cx, struct buf *b)
{
    char name[96];
    agg_alias_name(cx, name, sizeof name);
    buf_puts(b, " AS ");
    db_dialect_put_ident(b, cx->dialect, name);
}

/* The name of the select list's aggregate ("revenue", "count", "avg_age"). */
static void agg_alias_name(struct compose *cx, char *name, size_t size)
{
    const struct shape *sh = cx->sh;
    static const char *const prefix[] = {"", "count", "total", "avg", "min", "max"};
    if (cx->q->percent == PERCENT_RATIO)
        snprintf(name, size, "ratio");
    else if (cx->q->percent)
        snprintf(name, size, "percent");
    else if (sh->metric)
        semantic_metric_column(sh->metric->name, name, size);
    else if (sh->revenue)
        snprintf(name, size, "revenue");
    else if (sh->agg_t == cx->q->days_t && sh->agg_c == cx->q->days_to && sh->agg_t >= 0)
        snprintf(name, size, "%s_%s", prefix[sh->agg],
                 cx->q->days_hours == 1 ? "hours"
                 : cx->q->days_hours    ? "minutes"
                                        : "days");
    else if (sh->agg == NL_AGG_COUNT)
        snprintf(name, size, "count");
    else {
        /* an amount shown in the currency's units is named without its "_cents" */
        const char *col = cx->q->s->tables[sh->agg_t].cols[sh->agg_c].name;
        size_t n = strlen(col);
        if (shown_in_cents(cx) && n > 6 && strcasecmp(col + n - 6, "_cents") == 0)
            n -= 6;
        else if (shown_in_cents(cx) && n > 5 && strcasecmp(col + n - 5, "_cent") == 0)
            n -= 5;
        size_t pl = strlen(prefix[sh->agg]);
        if (n >= pl && strncasecmp(col, prefix[sh->agg], pl) == 0 && (n == pl || col[pl] == '_'))
            /* total_cents summed is "total", not "total_total"; total_amt is "total_amt" */
            snprintf(name, size, "%.*s", (int)n, col);
        else
            snprintf(name, size, "%s_%.*s", prefix[sh->agg], (int)n, col);
    }
}

/* Writes the group's select items or GROUP BY items (with_pk adds the key of a grouped table so
 * two customers with the same name stay apart). */
/* "categories.name" shown as "category": a column called just name (or title) says less than
 * its table's name does, in headers and chart titles. */
static void put_label_alias(struct compose *cx, struct buf *b, int t, int c)
{
    const char *cn = cx->q->s->tables[t].cols[c].name, *tn = cx->q->s->tables[t].name;
    if (strcasecmp(cn, "name") != 0 && strcasecmp(cn, "title") != 0)
        return;
    char alias[64];
    size_t n = strlen(tn);
    if (n == 0 || n >= sizeof alias)
        return;
    memcpy(alias, tn, n + 1);
    if (n > 3 && strcasecmp(alias + n - 3, "ies") == 0)
        memcpy(alias + n - 3, "y", 2);
    else if (n > 1 && (alias[n - 1] == 's' || alias[n - 1] == 'S') &&
             !(n > 2 && (alias[n - 2] == 's' || alias[n - 2] == 'S')))
        alias[n - 1] = '\0';
    buf_puts(b, " AS ");
    db_dialect_put_ident(b, cx->dialect, alias);
}

/* Column k of the select list has the name of another table's column shown too ("name" of
 * the cities and of their countries): each is headed by its table. */
static int name_shown_twice(const struct compose *cx, size_t k)
{
    const struct shape *sh = cx->sh;
    const char *n = cx->q->s->tables[sh->sel_t[k]].cols[sh->sel_c[k]].name;
    for (size_t j = 0; j < sh->n_sel; j++)
        if (j != k && sh->sel_t[j] != sh->sel_t[k] && sh->sel_c[j] >= 0 &&
            strcasecmp(cx->q->s->tables[sh->sel_t[j]].cols[sh->sel_c[j]].name, n) == 0)
            return 1;
    return 0;
}

/* Table t has a text column that is not a key: something a reader could know its rows by. */
static int has_text_col(const struct query *q, int t)
{
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        if (q->s->tables[t].cols[c].type == SCHEMA_TYPE_TEXT && !t0_col_is_key(q, t, (int)c))
            return 1;
    return 0;
}

/* The second grouping's period ("revenue by category and year"), after `sep` */
static void put_time2(struct compose *cx, struct buf *b, int as_label, const char *sep)
{
    struct shape *sh = cx->sh;
    buf_puts(b, sep);
    put_time(cx, b, sh->time2_t, sh->time2_c, cx->q->group_time2, as_label);
    if (as_label)
        buf_printf(b, " AS %s", t0_cal_unit_name(cx->q->group_time2));
}

/* The question names a part of a person's name itself ("first and last names", "surname"). */
static int names_name_parts(const struct query *q)
{
    static const char *const parts[] = {"first", "last", "given", "family", "middle"};
    static const char *const words[] = {"surname", "surnames", "forename", "forenames"};
    size_t end = t0_n_toks(q);
    for (size_t k = 0; k < end; k++) {
        if (NL_WORD_IN(q->toks[k].word, words))
            return 1;
        for (size_t j = k + 1; NL_WORD_IN(q->toks[k].word, parts) && j < end && j <= k + 4; j++)
            if (strncmp(q->toks[j].word, "name", 4) == 0)
                return 1; /* "first and last name", "last name" */
    }
    return 0;
}

/* Rows of t named by its two label columns (a first and a last name) in a select list: as one
 * name when the semantic layer gives t a display expression, unless the question asks for the
 * parts. 1 when shown so. */
static int put_display(struct compose *cx, struct buf *b, int t, int nl)
{
    if (nl != 2 || names_name_parts(cx->q))
        return 0;
    int shown = t0_dim_put_display(cx->q, t, b, 1, alias_of, cx);
    if (shown < 0)
        cx->failed = 1;
    return shown != 0;
}

static void put_main_group_items(struct compose *cx, struct buf *b, int with_pk, int for_order)
{
    struct shape *sh = cx->sh;
    struct query *q = cx->q;
    int shown = sh->group == GROUP_TABLE && !with_pk
                    ? t0_dim_put_display(q, sh->group_t, b, !for_order, alias_of, cx)
                    : 0;
    if (shown < 0)
        cx->failed = 1;
    if (shown) {
        /* the layer's display expression names the group ("first || ' ' || last") */
    } else if (sh->group == GROUP_TABLE) {
        int lab[2], nl = t0_label_cols(q, sh->group_t, lab, 1), pk = t0_pk_col(q, sh->group_t);
        int first = 1;
        if (with_pk && pk >= 0) {
            put_col(cx, b, sh->group_t, pk);
            first = 0;
        }
        for (int j = 0; j < nl; j++) {
            if (with_pk && lab[j] == pk)
                continue;
            if (!first)
                buf_puts(b, ", ");
            put_col(cx, b, sh->group_t, lab[j]);
            if (!with_pk && !for_order && nl == 1)
                put_label_alias(cx, b, sh->group_t, lab[j]);
            first = 0;
        }
        if (nl == 0 && !with_pk && pk >= 0) {
            put_col(cx, b, sh->group_t, pk);
            if (!for_order && has_text_col(q, sh->group_t) &&
                t0_col_of(q, sh->group_t, pk)->type == SCHEMA_TYPE_INTEGER)
                /* "drivers by depot" over depots(depot_id, city): the city may be its name; a
                 * code key ('PP' for a template type) is how such rows are known */
                t0_doubt(q, P_UNSURE, "%s has no name column and is shown by its key",
                         q->s->tables[sh->group_t].name);
        }
    } else if (sh->group == GROUP_COLUMN) {
        put_col(cx, b, sh->group_t, sh->group_c);
        if (!with_pk && !for_order)
            put_date_alias(cx, b, sh->group_t, sh->group_c);
    } else if (sh->group == GROUP_TIME) {
        put_time(cx, b, sh->group_t, sh->group_c, q->group_time, !with_pk && !for_order);
        if (!with_pk && !for_order)
            buf_printf(b, " AS %s", t0_cal_unit_name(q->group_time));
    }
}

static void put_group_items(struct compose *cx, struct buf *b, int with_pk, int for_order)
{
    int label = !with_pk && !for_order;
    if (cx->sh->time2_t >= 0 && cx->q->time2_first) {
        put_time2(cx, b, label, "");
        buf_puts(b, ", ");
    }
    put_main_group_items(cx, b, with_pk, for_order);
    if (cx->sh->g2_t >= 0) {
        buf_puts(b, ", ");
        put_col(cx, b, cx->sh->g2_t, cx->sh->g2_c);
        if (label) /* "by region and category": categories.name said as the category */
            put_label_alias(cx, b, cx->sh->g2_t, cx->sh->g2_c);
    }
    if (cx->sh->time2_t >= 0 && !cx->q->time2_first)
        put_time2(cx, b, label, ", ");
}

/* The grouped entity in the select list: the columns asked for, else its label. */
static void put_group_select(struct compose *cx, struct buf *b)
{
    struct shape *sh = cx->sh;
    if (sh->n_gsel == 0) {
        put_group_items(cx, b, 0, 0);
        return;
    }
    for (size_t k = 0; k < sh->n_gsel; k++) {
        if (k)
            buf_puts(b, ", ");
        put_sel_col(cx, b, sh->gsel_t[k], sh->gsel_c[k]);
    }
}

/* "without a company": no text is none either; "with no discount": nor is 0. The text is
 * compared as text (an enum has no '' value). 0 when a plain IS NULL says it (dates, keys). */
static int put_missing(struct compose *cx, struct buf *b, const struct filter *f)
{
    const struct schema_column *col = t0_col_of(cx->q, f->t, f->c);
    int text = col->type == SCHEMA_TYPE_TEXT;
    if (!text && (!t0_col_is_numeric(cx->q, f->t, f->c) || t0_col_is_key(cx->q, f->t, f->c)))
        return 0;
    struct buf c = BUF_INIT;
    put_col(cx, &c, f->t, f->c);
    buf_printf(b, "(%s IS NULL OR ", buf_cstr(&c));
    if (text) {
        db_dialect_put(b, cx->dialect->cast_text, buf_cstr(&c), NULL);
        buf_puts(b, " = '')");
    } else {
        buf_printf(b, "%s = 0)", buf_cstr(&c));
    }
    if (c.failed)
        b->failed = 1;
    buf_free(&c);
    return 1;
}

/* "t.c [NOT] IN (SELECT st.sc FROM st WHERE " and, negated, "st.sc IS NOT NULL" (NOT IN over
 * a NULL is never true): the caller writes the rest of the condition and the ')'. */
static void put_in_rows(struct compose *cx, struct buf *b, int t, int c, int st, int sc, int neg)
{
    const char *ref = cx->q->s->tables[st].cols[sc].name;
    put_col(cx, b, t, c);
    buf_puts(b, neg ? " NOT IN (SELECT " : " IN (SELECT ");
    db_dialect_put_ident(b, cx->dialect, ref);
    buf_puts(b, " FROM ");
    db_dialect_put_ident(b, cx->dialect, cx->q->s->tables[st].name);
    buf_puts(b, " WHERE ");
    if (neg) {
        db_dialect_put_ident(b, cx->dialect, ref);
        buf_puts(b, " IS NOT NULL");
    }
}

/* Writes WHERE and the filters; returns how many were written. */
static size_t put_filters(struct compose *cx, struct buf *b)
{
    struct query *q = cx->q;
    size_t written = 0;
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if (t0_cal_growth_period(q, k))
            continue; /* a period of a growth is compared in the select list */
        if ((cx->pick == 1 && f->base) || (cx->pick == 2 && !f->base))
            continue;
        buf_puts(b, written++ ? " AND " : " WHERE ");
        if (f->kind == FILTER_AGGCMP) {
            t0_aggcmp_put(q, f, b, alias_of, cx);
            continue;
        }
        if (f->kind == FILTER_NOTNULL && f->flag && put_missing(cx, b, f))
            continue;
        if (f->kind == FILTER_NOTNULL && !f->flag && !t0_col_is_numeric(q, f->t, f->c) &&
            t0_col_holds_numbers(q, f->t, f->c)) {
            /* numbers kept as text: a value is known when it is a number ('null', 'n/a' and ''
             * are not, and would rank as 0) */
            put_col_in(cx, b, cx->dialect->has_digit, f->t, f->c);
            continue;
        }
        if (f->kind == FILTER_NOTNULL) {
            put_col(cx, b, f->t, f->c);
            buf_puts(b, f->flag ? " IS NULL" : " IS NOT NULL");
            continue;
        }
        if (f->semi) {
            /* t2.key [NOT] IN (SELECT t.fk FROM t WHERE t.c = 'v' | year(t.c) = 2023) */
            const struct schema_table *tt = &q->s->tables[f->t];
            put_in_rows(cx, b, f->t2, f->key_c, f->t, f->c2, f->neg);
            if (f->neg)
                buf_puts(b, " AND ");
            if (f->kind == FILTER_YEAR || f->kind == FILTER_DATE) {
                struct buf col = BUF_INIT;
                db_dialect_put_date_col(&col, cx->dialect, tt->cols[f->c].date_form, NULL,
                                        tt->cols[f->c].name);
                if (f->kind == FILTER_DATE) {
                    t0_cal_put_filter(q, cx->dialect, b, f, buf_cstr(&col));
                } else {
                    db_dialect_put(b, cx->dialect->year, buf_cstr(&col), NULL);
                    if (cx->dialect->year_is_text)
                        buf_printf(b, " %s '%04d'", nl_op_sql(f->op), (int)f->num);
                    else
                        buf_printf(b, " %s %d", nl_op_sql(f->op), (int)f->num);
                }
                buf_putc(b, ')');
                if (col.failed)
                    b->failed = 1;
                buf_free(&col);
                continue;
            }
            db_dialect_put_ident(b, cx->dialect, tt->cols[f->c].name);
            buf_puts(b, " = ");
            buf_put_sql_string(b, f->vals[0]);
            buf_putc(b, ')');
            continue;
        }
        if (f->kind == FILTER_LIKE) {
            struct buf col = BUF_INIT, col2 = BUF_INIT;
            put_col(cx, &col, f->t, f->c);
            if (f->c2 >= 0)
                put_col(cx, &col2, f->t, f->c2);
            if (col.failed || col2.failed)
                b->failed = 1;
            else
                t0_contains_put(f, buf_cstr(&col), f->c2 >= 0 ? buf_cstr(&col2) : NULL, b);
            buf_free(&col);
            buf_free(&col2);
            continue;
        }
        if (f->kind == FILTER_LATEST) {
            /* t.date = (SELECT MAX(h.date) FROM t AS h WHERE h.key = t.key) */
            const struct schema_column *dc = t0_col_of(q, f->t, f->c);
            const char *kc = q->s->tables[f->t].cols[f->c2].name;
            put_col(cx, b, f->t, f->c);
            buf_puts(b, " = (SELECT MAX(");
            db_dialect_put_date_col(b, cx->dialect, dc->date_form, "h", dc->name);
            buf_puts(b, ") FROM ");
            db_dialect_put_ident(b, cx->dialect, q->s->tables[f->t].name);
            buf_puts(b, " AS h WHERE h.");
            db_dialect_put_ident(b, cx->dialect, kc);
            buf_puts(b, " = ");
            put_col(cx, b, f->t, f->c2);
            buf_putc(b, ')');
            continue;
        }
        if (f->kind == FILTER_ANTI) {
            put_in_rows(cx, b, f->t, f->c, f->t2, f->c2, 1);
            buf_putc(b, ')');
            continue;
        }
        if (f->kind == FILTER_DATE) {
            struct buf col = BUF_INIT;
            put_col(cx, &col, f->t, f->c);
            if (col.failed)
                b->failed = 1;
            else
                t0_cal_put_filter(q, cx->dialect, b, f, buf_cstr(&col));
            buf_free(&col);
            continue;
        }
        if (f->kind == FILTER_YEAR) {
            put_time(cx, b, f->t, f->c, NL_TIME_YEAR, 0);
            buf_printf(b, " %s ", nl_op_sql(f->op));
            if (f->op == NL_OP_IN)
                buf_putc(b, '(');
            for (size_t v = 0; v <= (f->op == NL_OP_IN ? f->n_more_nums : 0); v++) {
                int y = (int)(v ? f->more_nums[v - 1] : f->num);
                if (v)
                    buf_puts(b, ", ");
                if (cx->dialect->year_is_text)
                    buf_printf(b, "'%04d'", y);
                else
                    buf_printf(b, "%d", y);
            }
            if (f->op == NL_OP_IN)
                buf_putc(b, ')');
            if (f->op == NL_OP_BETWEEN)
                buf_printf(b, cx->dialect->year_is_text ? " AND '%04d'" : " AND %d", (int)f->num2);
            continue;
        }
        int cast = f->kind == FILTER_NUM && f->op != NL_OP_EQ && f->op != NL_OP_IN &&
                   !t0_col_is_numeric(q, f->t, f->c);
        if (f->kind == FILTER_VALUE && f->op == NL_OP_NE && !t0_col_of(q, f->t, f->c)->notnull)
            buf_putc(b, '(');
        if (cast) /* numbers kept as text compare as numbers */
            put_col_in(cx, b, cx->dialect->cast_real, f->t, f->c);
        else
            put_col(cx, b, f->t, f->c);
        /* an equality on numbers kept as text compares text: portable across dialects */
        int as_text = f->kind == FILTER_NUM && !cast && !t0_col_is_numeric(q, f->t, f->c);
        if (f->kind == FILTER_NUM && f->op == NL_OP_IN) {
            buf_puts(b, " IN (");
            put_num_as(b, f->num, as_text);
            for (size_t v = 0; v < f->n_more_nums; v++) {
                buf_puts(b, ", ");
                put_num_as(b, f->more_nums[v], as_text);
            }
            buf_putc(b, ')');
        } else if (f->kind == FILTER_NUM && f->flag) {
            put_flag(cx, b, f->t, f->c, f->num != 0);
        } else if (f->kind == FILTER_NUM) {
            buf_printf(b, " %s ", nl_op_sql(f->op));
            put_num_as(b, f->num, as_text);
            if (f->op == NL_OP_BETWEEN) {
                buf_puts(b, " AND ");
                put_num(b, f->num2);
            }
        } else if (f->op == NL_OP_IN) {
            buf_puts(b, " IN (");
            for (size_t v = 0; v < f->n_vals; v++) {
                if (v)
                    buf_puts(b, ", ");
                buf_put_sql_string(b, f->vals[v]);
            }
            buf_putc(b, ')');
        } else if (f->op == NL_OP_NE && !t0_col_of(q, f->t, f->c)->notnull) {
            /* "whose company is not X" includes the rows with no company */
            buf_puts(b, " <> ");
            buf_put_sql_string(b, f->vals[0]);
            buf_puts(b, " OR ");
            put_col(cx, b, f->t, f->c);
            buf_puts(b, " IS NULL)");
        } else {
            buf_puts(b, f->op == NL_OP_NE ? " <> " : " = ");
            buf_put_sql_string(b, f->vals[0]);
        }
    }
    return written;
}

/* The index of the parenthesis closing the one at a[open], or -1 (quotes are skipped). */
static long closing_paren(const char *a, size_t open)
{
    int depth = 0;
    char quote = 0;
    for (size_t i = open; a[i]; i++) {
        if (quote) {
            quote = a[i] == quote ? 0 : quote;
        } else if (a[i] == '\'' || a[i] == '"') {
            quote = a[i];
        } else if (a[i] == '(') {
            depth++;
        } else if (a[i] == ')' && --depth == 0) {
            return (long)i;
        }
    }
    return -1;
}

/* Is a ("(SUM(x))", "COUNT(DISTINCT y)") one aggregate call? Its function name (*name bytes at
 * *fn) and argument (*n bytes at *in) when it is; 0 for "SUM(a) / COUNT(b)". */
static int single_agg(const char *a, const char **fn, size_t *name, const char **in, size_t *n)
{
    size_t len = strlen(a);
    while (len > 2 && a[0] == '(' && closing_paren(a, 0) == (long)len - 1) {
        a++; /* "(SUM(x))": the metric's own parentheses */
        len -= 2;
    }
    const char *open = memchr(a, '(', len);
    size_t nm = open ? (size_t)(open - a) : 0;
    for (size_t i = 0; i < nm; i++)
        if (!isalpha((unsigned char)a[i]))
            return 0;
    if (!open || nm == 0 || closing_paren(a, nm) != (long)len - 1)
        return 0;
    *fn = a;
    *name = nm;
    *in = open + 1;
    *n = len - nm - 2;
    return 1;
}

/* The aggregate over the rows of growth period f only: SUM(CASE WHEN <f> THEN x END),
 * COUNT(CASE WHEN <f> THEN 1 END), COUNT(DISTINCT CASE WHEN <f> THEN x END). Only a single
 * aggregate call can be limited so: a metric's "SUM(a) / COUNT(b)" gets a doubt and no SQL. */
static void put_agg_when(struct compose *cx, struct buf *b, const struct filter *f)
{
    struct buf agg = BUF_INIT, cond = BUF_INIT, col = BUF_INIT;
    put_agg(cx, &agg);
    put_col(cx, &col, f->t, f->c);
    if (!col.failed)
        t0_cal_put_filter(cx->q, cx->dialect, &cond, f, buf_cstr(&col));
    if (agg.failed || cond.failed || col.failed) {
        b->failed = 1;
        goto out;
    }
    const char *a, *in;
    size_t name, n;
    if (!single_agg(buf_cstr(&agg), &a, &name, &in, &n)) {
        t0_doubt(cx->q, P_UNSURE, "a growth of this measure cannot be limited to each period");
        cx->failed = 1;
        goto out;
    }
    buf_append(b, a, name + 1);
    if (n >= 9 && strncmp(in, "DISTINCT ", 9) == 0) {
        buf_puts(b, "DISTINCT ");
        in += 9;
        n -= 9;
    }
    buf_printf(b, "CASE WHEN %s THEN ", buf_cstr(&cond));
    if (n == 1 && *in == '*')
        buf_putc(b, '1');
    else
        buf_append(b, in, n);
    buf_puts(b, " END)");
out:
    buf_free(&agg);
    buf_free(&cond);
    buf_free(&col);
}

/* "revenue growth from 2021 to 2022": the later period's aggregate less the earlier's, in
 * percent of the earlier one (NULL when it is 0) or as a difference */
/* "2024", "2024_q3", "2024_06", else both bounds: the period a column of a comparison is of */
static void period_label(const struct filter *f, char *out, size_t size)
{
    if (f->cal == CAL_ANCHOR) { /* "this year", "last quarter" */
        const char *unit = t0_cal_unit_name(f->unit);
        if (f->num < 2)
            snprintf(out, size, "%s_%s", f->num > 0 ? "last" : "this", unit);
        else
            snprintf(out, size, "%s_%.0f_back", unit, f->num);
        return;
    }
    static const char *const mon[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
    int y = (int)strtol(f->lo, NULL, 10), m = (int)strtol(f->lo + 5, NULL, 10);
    int y2 = (int)strtol(f->hi, NULL, 10), m2 = (int)strtol(f->hi + 5, NULL, 10);
    int d2 = (int)strtol(f->hi + 8, NULL, 10);
    int months = (y2 - y) * 12 + m2 - m,
        whole = strcmp(f->lo + 7, "-01") == 0 && strcmp(f->hi + 7, "-01") == 0;
    if (whole && months == 12 && m == 1)
        snprintf(out, size, "%04d", y);
    else if (whole && months == 3 && m % 3 == 1)
        snprintf(out, size, "q%d_%04d", (m + 2) / 3, y);
    else if (whole && months == 1 && m >= 1 && m <= 12)
        snprintf(out, size, "%s_%04d", mon[m - 1], y);
    else { /* the last day the period holds: its bound is the day after */
        static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (--d2 < 1) {
            if (--m2 < 1) {
                m2 = 12;
                y2--;
            }
            d2 = days[m2 - 1] + (m2 == 2 && y2 % 4 == 0 && (y2 % 100 != 0 || y2 % 400 == 0));
        }
        snprintf(out, size, "%.4s%.2s%.2s_to_%04d%02d%02d", f->lo, f->lo + 5, f->lo + 8, y2, m2,
                 d2);
    }
}

/* "revenue 2024 vs 2023": the measure in each period, the one said first first */
static void put_periods(struct compose *cx, struct buf *b)
{
    const struct query *q = cx->q;
    int order[2] = {q->growth_said,
                    q->growth_said == q->growth_f[0] ? q->growth_f[1] : q->growth_f[0]};
    char name[96], label[40], alias[140];
    agg_alias_name(cx, name, sizeof name);
    for (int k = 0; k < 2; k++) {
        if (k)
            buf_puts(b, ", ");
        put_agg_when(cx, b, &q->f[order[k]]);
        period_label(&q->f[order[k]], label, sizeof label);
        snprintf(alias, sizeof alias, "%s_%s", name, label);
        buf_puts(b, " AS ");
        db_dialect_put_ident(b, cx->dialect, alias);
    }
}

static void put_growth(struct compose *cx, struct buf *b)
{
    const struct query *q = cx->q;
    const struct filter *early = &q->f[q->growth_f[0]], *late = &q->f[q->growth_f[1]];
    if (q->growth_both)
        put_periods(cx, b);
    if (q->growth == GROWTH_NONE)
        return;
    if (q->growth_both)
        buf_puts(b, ", ");
    if (q->growth == GROWTH_PCT)
        buf_puts(b, "100.0 * (");
    put_agg_when(cx, b, late);
    buf_puts(b, " - ");
    put_agg_when(cx, b, early);
    if (q->growth == GROWTH_PCT) {
        buf_puts(b, ") / NULLIF(");
        put_agg_when(cx, b, early);
        buf_puts(b, ", 0) AS growth_pct");
    } else {
        buf_puts(b, " AS difference");
    }
}

/* Joins every table the query reads first: whether a join fans out decides COUNT(*) vs
 * COUNT(DISTINCT). */
static void join_all(struct compose *cx)
{
    struct query *q = cx->q;
    struct shape *sh = cx->sh;
    if (sh->group == GROUP_TABLE || sh->group == GROUP_COLUMN || sh->group == GROUP_TIME)
        join_table(cx, sh->group_t);
    if (sh->part_t >= 0)
        join_table(cx, sh->part_t);
    if (sh->time2_t >= 0)
        join_table(cx, sh->time2_t);
    if (sh->g2_t >= 0)
        join_table(cx, sh->g2_t);
    if (sh->agg_t >= 0)
        join_table(cx, sh->agg_t);
    if (sh->order_t >= 0)
        join_table(cx, sh->order_t);
    for (size_t k = 0; k < sh->n_sel; k++)
        join_table(cx, sh->sel_t[k]);
    for (size_t k = 0; k < q->nf; k++)
        if (!q->f[k].semi) /* its rows are read in a subquery of their own */
            join_table(cx, q->f[k].t);
    if (sh->metric && t0_metric_join(q, sh, alias_of, cx) != 0)
        cx->failed = 1;
}

/* A ranking of several rows ("top 10", "the 5 most populous") whose columns the question does
 * not list shows the value that ranked them: a reader of "the 5 most populous cities" wants the
 * populations too. One row ("the most populous city") is named only; listed columns ("the names
 * of the 3 ...") are what is shown. */
static int shows_rank_value(const struct query *q, const struct shape *sh)
{
    if (sh->n_sel != 0 || sh->n_gsel != 0)
        return 0;
    if (sh->limit >= 2 || sh->part_n >= 2)
        return 1;
    /* A database with a semantic layer file is asked as a report is read: "which weekday brings
     * in the most revenue" is the weekday and its revenue, the figure the leader is known by. */
    return q->s->semantic != NULL && q->rank;
}

/* The question asks for the ranking value in words of its own: "which stadium has the biggest
 * capacity and what is it", "the shop with the most hires and its number of hires". */
static int asks_rank_value(const struct query *q)
{
    static const char *const values[] = {"number", "count",   "total",   "value",  "amount",
                                         "figure", "sum",     "numbers", "counts", "totals",
                                         "values", "amounts", "figures"};
    static const char *const joins[] = {"plus", "include", "including", "incl",
                                        "also", "and",     "with"};
    static const char *const asks[] = {"show", "give", "list", "include", "add"};
    static const char *const dets[] = {"the", "that", "this", "its", "their"};
    size_t n_toks = t0_n_toks(q);
    if (n_toks > 3 && strcmp(q->toks[n_toks - 2].word, "how") == 0 &&
        strcmp(q->toks[n_toks - 1].word, "many") == 0)
        return 1; /* "the teacher who teaches the most courses + how many" */
    for (size_t i = 1; i + 1 < n_toks; i++) {
        /* "plus that count", "include the count", "and count", "include how many" */
        if (!NL_WORD_IN(q->toks[i].word, joins) && !q->toks[i].after_comma)
            continue;
        size_t j0 = NL_WORD_IN(q->toks[i].word, joins) ? i + 1 : i, j;
        if (j0 > i && j0 < n_toks && NL_WORD_IN(q->toks[j0].word, asks))
            j0++; /* "and give that number" */
        j = j0;
        if (j < n_toks && NL_WORD_IN(q->toks[j].word, dets))
            j++;
        if (j + 1 == n_toks &&
            (strcmp(q->toks[j].word, "count") == 0 || strcmp(q->toks[j].word, "number") == 0 ||
             strcmp(q->toks[j].word, "headcount") == 0 || /* "shop name and headcount" */
             (j > j0 && NL_WORD_IN(q->toks[j].word, values))))
            return 1; /* "plus that value", "include the amount" */
        if (j > i + 1 && j + 2 == n_toks && q->toks[j].kind == NL_TOK_WORD &&
            NL_WORD_IN(q->toks[j + 1].word, values))
            return 1; /* "include the paragraph count" */
        if (j + 2 == n_toks && strcmp(q->toks[j].word, "how") == 0 &&
            strcmp(q->toks[j + 1].word, "many") == 0)
            return 1;
    }
    for (size_t i = 0; i + 2 < n_toks; i++) {
        const char *w = q->toks[i].word, *n1 = q->toks[i + 1].word, *n2 = q->toks[i + 2].word;
        if (strcmp(w, "and") != 0 && strcmp(w, "with") != 0)
            continue;
        if (strcmp(n1, "what") == 0 && (strcmp(n2, "is") == 0 || strcmp(n2, "was") == 0) &&
            i + 3 < n_toks && strcmp(q->toks[i + 3].word, "it") == 0)
            return 1; /* "and what is it" */
        if (strcmp(n1, "how") == 0 && (strcmp(n2, "many") == 0 || strcmp(n2, "much") == 0))
            return 1; /* "and how many" */
        if (strcmp(n1, "what") == 0 && (strcmp(n2, "is") == 0 || strcmp(n2, "was") == 0) &&
            i + 5 == n_toks && NL_WORD_IN(q->toks[i + 3].word, dets) &&
            NL_WORD_IN(q->toks[i + 4].word, values))
            return 1; /* "..., and what is the total", "and what is that total" */
        /* "give its name and paragraph count", "name and its order total": a noun, then the
         * word of a count or total */
        static const char *const tallies[] = {"count", "total", "tally", "number"};
        size_t j = i + 1;
        if (strcmp(n1, "its") == 0 || strcmp(n1, "their") == 0 || strcmp(n1, "the") == 0)
            j++;
        if (j + 1 < n_toks && q->toks[j].kind == NL_TOK_WORD &&
            NL_WORD_IN(q->toks[j + 1].word, tallies) &&
            (j + 2 >= n_toks || q->toks[j + 2].kind != NL_TOK_WORD ||
             strcmp(q->toks[j + 2].word, "of") != 0))
            return 1;
        if (strcmp(n1, "its") != 0 && strcmp(n1, "their") != 0 && strcmp(n1, "the") != 0)
            continue;
        for (size_t k = 0; k < sizeof values / sizeof values[0]; k++)
            if (strcmp(n2, values[k]) == 0)
                return 1; /* "and its number of hires", "and the number of documents" */
    }
    /* "... the most paragraphs? Show the total.": a sentence of its own asking for the figure */
    for (size_t i = 1; i + 2 < n_toks; i++)
        if (q->toks[i].new_sentence && NL_WORD_IN(q->toks[i].word, asks) &&
            NL_WORD_IN(q->toks[i + 1].word, dets) &&
            (NL_WORD_IN(q->toks[n_toks - 1].word, values) ||
             strcmp(q->toks[n_toks - 1].word, "average") == 0) &&
            n_toks - i <= 4)
            return 1;
    /* "and what is that average": the ranked average named back */
    for (size_t i = 0; i + 5 == n_toks; i++)
        if (strcmp(q->toks[i].word, "and") == 0 && strcmp(q->toks[i + 1].word, "what") == 0 &&
            (strcmp(q->toks[i + 2].word, "is") == 0 || strcmp(q->toks[i + 2].word, "was") == 0) &&
            strcmp(q->toks[i + 3].word, "that") == 0 && strcmp(q->toks[i + 4].word, "average") == 0)
            return 1;
    /* "show name and total.": the last word, after "and" */
    if (n_toks >= 2 && strcmp(q->toks[n_toks - 2].word, "and") == 0 &&
        NL_WORD_IN(q->toks[n_toks - 1].word, values))
        return 1;
    return 0;
}

/* "which countries have a life expectancy above 80, and what is it": the one compared column of
 * a list is asked for too; -1 when the question does not ask or names no single such column. */
static int asked_compared_col(const struct query *q, const struct shape *sh)
{
    static const char *const be[] = {"is", "was"}; /* "and what are they": the rows */
    static const char *const it[] = {"it", "that"};
    size_t n_toks = t0_n_toks(q);
    int asked = t0_value_said_last(q) >= 0; /* "..., with the figure" */
    for (size_t i = 0; i + 3 < n_toks && !asked; i++)
        asked = strcmp(q->toks[i].word, "and") == 0 && strcmp(q->toks[i + 1].word, "what") == 0 &&
                NL_WORD_IN(q->toks[i + 2].word, be) && NL_WORD_IN(q->toks[i + 3].word, it);
    return asked ? t0_one_compared_col(q, sh) : -1;
}

/* A text column of t, not a key, whose name says it names something ("series_name",
 * "film_title"), though not the table: -1 when there is none. */
static int name_like_col(const struct query *q, int t)
{
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        if (q->s->tables[t].cols[c].type == SCHEMA_TYPE_TEXT && !t0_col_is_key(q, t, (int)c) &&
            (t0_col_has_word(q, t, (int)c, "name") || t0_col_has_word(q, t, (int)c, "titl")))
            return (int)c;
    return -1;
}

static int last_stem_in(const struct query *q, int t, const char *const *stems, size_t n)
{
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t k = 0; tn->n && k < n; k++)
        if (strcmp(tn->stem[tn->n - 1], stems[k]) == 0)
            return 1;
    return 0;
}

/* A table of a person's role (player, member, driver ...) with no name of its own, whose one
 * key to a table of people reaches their names ("poker players": the players' names are the
 * people's): that table, or -1. A table of people is called so (people, persons, employees,
 * staff) or names its rows by a first and a last name; a player's club is not the player.
 * Sales, visits and treatments are not people: their key is what names them. */
static int names_elsewhere(const struct query *q, int main, int *points_at_names)
{
    static const char *const roles[] = {"player", "singer", "member", "employe",  "driver",
                                        "artist", "author", "host",   "student",  "teacher",
                                        "manag",  "athlet", "actor",  "musician", "worker"};
    static const char *const people[] = {"peopl", "person", "individu", "employe", "staff", "user"};
    const struct schema_table *tb = &q->s->tables[main];
    int found = -1, lab[2];
    *points_at_names = 0;
    if (!last_stem_in(q, main, roles, sizeof roles / sizeof roles[0]) ||
        t0_label_cols(q, main, lab, 1) > 0)
        return -1;
    for (size_t c = 0; c < tb->n_cols; c++) {
        int t = t0_fk_table(q, main, (int)c), nl;
        if (t < 0 || t == main || (nl = t0_label_cols(q, t, lab, 1)) == 0)
            continue;
        *points_at_names = 1; /* "which players": by their key, while the clubs have names? */
        if (nl < 2 && !last_stem_in(q, t, people, sizeof people / sizeof people[0]))
            continue;
        if (found >= 0 && found != t)
            return -1; /* two tables of names: whose is not said */
        found = t;
    }
    return found >= 0 && q->bfs.dist[found] == 1 && q->bfs.npaths[found] == 1 ? found : -1;
}

/* The question asks for whole rows: "all the information about hiring", "every detail of". */
static int asks_whole_rows(const struct query *q)
{
    static const char *const words[] = {"information", "info",    "detail", "details",
                                        "everything",  "columns", "fields", "attributes"};
    return T0_SAYS(q, words);
}

/* The select list: the groups and aggregates, the columns asked for, or the rows' labels. */
/* Rows with no label column: every column. The one row a ranking picks ("the most recent
 * order") is fairly shown whole; which columns name a list of such rows is a convention
 * ("templates with version above 5": their ids? every column?), so the list is doubted unless
 * whole rows were asked for. "who" asks for a person's name, which a table of events lacks. */
static void no_label(struct query *q, const struct shape *sh, struct buf *sel)
{
    const struct schema_table *tb = &q->s->tables[sh->main];
    int encoded = 0;
    for (size_t c = 0; c < tb->n_cols; c++)
        encoded |= tb->cols[c].date_form != SCHEMA_DATE_ISO;
    if (!encoded) {
        buf_puts(sel, "t1.*");
    } else {
        /* a date kept as a number is shown as a date: every column, that one read through the
         * dialect and named as itself */
        const struct db_dialect *d = db_dialect_named(q->s->dialect);
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct schema_column *col = &tb->cols[c];
            if (c)
                buf_puts(sel, ", ");
            db_dialect_put_date_col(sel, d, col->date_form, "t1", col->name);
            if (col->date_form != SCHEMA_DATE_ISO) {
                buf_puts(sel, " AS ");
                db_dialect_put_ident(sel, d, col->name);
            }
        }
    }
    if (strcmp(q->toks[0].word, "who") == 0)
        t0_doubt(q, P_UNSURE, "'who' and %s has no name", q->s->tables[sh->main].name);
    else if (!(q->rank && sh->order_c >= 0) && !asks_whole_rows(q))
        t0_doubt(q, P_UNSURE, "which columns of %s to show is not said",
                 q->s->tables[sh->main].name);
    else if (q->nf || sh->order_c >= 0)
        t0_doubt(q, P_SMALL, "which columns of %s to show is not said",
                 q->s->tables[sh->main].name);
}

/* Rows kept for having no row in a table that the query also joins ("employees with no
 * evaluation", shown with an evaluation's bonus): the join and the exclusion contradict each
 * other, and the answer is empty whatever the data. */
static void anti_joined(struct compose *cx)
{
    for (size_t k = 0; k < cx->q->nf; k++) {
        const struct filter *f = &cx->q->f[k];
        if (f->kind == FILTER_ANTI && f->t2 >= 0 && cx->alias[f->t2] > 0) {
            t0_doubt(cx->q, P_UNSURE, "rows without %s, shown with %s's columns",
                     cx->q->s->tables[f->t2].name, cx->q->s->tables[f->t2].name);
            return;
        }
    }
}

/* "Who's the richest singer and what are they worth?": "who" of a ranking asks for the name too,
 * shown before the columns listed, when none of them is one ("who is the head of state of
 * Germany" is no ranking: the column holds the person). */
static void who_label(struct compose *cx, struct buf *sel)
{
    const struct query *q = cx->q;
    const struct shape *sh = cx->sh;
    int lab[2], nl;
    /* "who is the oldest", and "who is from Bulgaria, and how tall are they": the people are
     * named before what is asked of them */
    if (strcmp(q->toks[0].word, "who") != 0 || sh->main < 0 ||
        (!q->rank && (sh->agg != NL_AGG_NONE || !t0_person_table(q, sh->main))) ||
        (nl = t0_label_cols(q, sh->main, lab, 1)) == 0)
        return;
    for (size_t k = 0; k < sh->n_sel; k++)
        if (sh->sel_t[k] == sh->main &&
            (sh->sel_c[k] == lab[0] || (nl > 1 && sh->sel_c[k] == lab[1])))
            return;
    if (put_display(cx, sel, sh->main, nl)) {
        buf_puts(sel, ", ");
        return;
    }
    for (int j = 0; j < nl; j++) {
        put_col(cx, sel, sh->main, lab[j]);
        buf_puts(sel, ", ");
    }
}

/* "the poker player with the greatest height, and that height": the ranking value said again
 * ("that", "this") after the rows it ranked; the rows are named before it, as "the tallest
 * poker player" would name them. */
static void backref_label(struct compose *cx, struct buf *sel)
{
    const struct query *q = cx->q;
    const struct shape *sh = cx->sh;
    if (!q->rank || sh->n_sel != 1 || sh->order_c < 0 || sh->sel_t[0] != sh->order_t ||
        sh->sel_c[0] != sh->order_c || q->n_selects == 0)
        return;
    size_t st = q->sp[q->selects[0]].tok;
    if (st == 0 ||
        (strcmp(q->toks[st - 1].word, "that") != 0 && strcmp(q->toks[st - 1].word, "this") != 0))
        return;
    int lab[2], nl = t0_label_cols(q, sh->main, lab, 1), elsewhere;
    int named_t = nl == 0 ? names_elsewhere(q, sh->main, &elsewhere) : -1;
    if (named_t >= 0)
        nl = t0_label_cols(q, named_t, lab, 1);
    int t = named_t >= 0 ? named_t : sh->main;
    if (nl == 0 || (t == sh->order_t && sh->order_c == lab[0]))
        return;
    if (put_display(cx, sel, t, nl)) {
        buf_puts(sel, ", ");
        return;
    }
    for (int j = 0; j < nl; j++) {
        put_col(cx, sel, t, lab[j]);
        buf_puts(sel, ", ");
    }
}

/* A condition "some t row has c = value" reads column c of t. */
static int semi_compared(const struct query *q, int t, int c)
{
    for (size_t j = 0; j < q->nf; j++)
        if (q->f[j].semi && q->f[j].t == t && q->f[j].c == c)
            return 1;
    return 0;
}

/* Every column the select list shows is compared with one value by the conditions. */
static int all_fixed(const struct query *q, const struct shape *sh)
{
    for (size_t k = 0; k < sh->n_sel; k++) {
        int fixed = 0;
        for (size_t j = 0; j < q->nf && !fixed; j++) {
            const struct filter *f = &q->f[j];
            fixed = f->t == sh->sel_t[k] && f->c == sh->sel_c[k] &&
                    ((f->kind == FILTER_VALUE && f->op == NL_OP_EQ && f->n_vals == 1) ||
                     (f->kind == FILTER_NUM && f->op == NL_OP_EQ && f->n_more_nums == 0));
        }
        if (!fixed)
            return 0;
    }
    return sh->n_sel > 0;
}

/* The groups of a ranking within groups: the grouped table's label (named for its table when
 * shown), or the column. */
static void put_part_label(struct compose *cx, struct buf *b, int shown)
{
    struct shape *sh = cx->sh;
    int lab[2], nl = sh->part_t >= 0 ? t0_label_cols(cx->q, sh->part_t, lab, 1) : 0;
    if (nl == 0) {
        put_col(cx, b, sh->main, sh->part_c);
        return;
    }
    for (int j = 0; j < nl; j++) {
        if (j)
            buf_puts(b, ", ");
        put_col(cx, b, sh->part_t, lab[j]);
        if (shown && nl == 1)
            put_label_alias(cx, b, sh->part_t, lab[j]);
    }
}

/* WHERE's condition of a ranking within groups: fewer than part_n rows of the same group rank
 * above the row (ties share a place, as with RANK()) */
static void put_part_rank(struct compose *cx, struct buf *b)
{
    const struct shape *sh = cx->sh;
    const struct schema_table *t = &cx->q->s->tables[sh->main];
    const char *oc = t->cols[sh->order_c].name, *pc = t->cols[sh->part_c].name;
    buf_puts(b, "(SELECT COUNT(*) FROM ");
    db_dialect_put_ident(b, cx->dialect, t->name);
    buf_puts(b, " AS r WHERE r.");
    db_dialect_put_ident(b, cx->dialect, pc);
    buf_printf(b, " = t%d.", join_table(cx, sh->main));
    db_dialect_put_ident(b, cx->dialect, pc);
    buf_puts(b, " AND r.");
    db_dialect_put_ident(b, cx->dialect, oc);
    buf_puts(b, sh->order_dir > 0 ? " > " : " < ");
    buf_printf(b, "t%d.", join_table(cx, sh->main));
    db_dialect_put_ident(b, cx->dialect, oc);
    buf_printf(b, ") < %ld", sh->part_n);
}

static void put_select(struct compose *cx, struct buf *sel)
{
    struct query *q = cx->q;
    struct shape *sh = cx->sh;
    if (sh->part_c >= 0) {
        put_part_label(cx, sel, 1);
        buf_puts(sel, ", ");
    }
    if (sh->group != GROUP_NONE && (q->rank || (sh->having && q->agg == NL_AGG_NONE))) {
        /* "which city has the most customers": the city, not the count */
        put_group_select(cx, sel);
        if (q->rank && sh->order_agg &&
            (((sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG) &&
              sh->group != GROUP_TIME && /* "which month had the highest revenue": the month */
              ((q->agg_span >= 0 && q->agg_span < t0_first_span_of(q, sh->group_t, 1)) ||
               (q->has_top && sh->revenue))) ||
             shows_rank_value(q, sh) || asks_rank_value(q))) {
            /* "top 5 products by revenue": the revenue belongs in the answer */
            /* "the total quantity of the top 3 products": the totals are what was asked */
            /* "top 10 countries by number of cities": so do the counts that ranked them */
            buf_puts(sel, ", ");
            put_shown_agg(cx, sel);
        }
    } else if (sh->group != GROUP_NONE && q->growth_series) {
        /* each period's measure and the one before it, for the growth (wrap_growth) */
        put_group_items(cx, sel, 0, 0);
        buf_puts(sel, ", ");
        put_shown_agg(cx, sel);
        buf_puts(sel, ", LAG(");
        put_agg(cx, sel);
        buf_puts(sel, ") OVER (ORDER BY ");
        put_group_items(cx, sel, 0, 1);
        buf_puts(sel, ") AS prev_value");
    } else if (sh->group != GROUP_NONE && q->growth) {
        /* "units by category, 2024 vs 2023": each group's figures of the two periods */
        put_group_select(cx, sel);
        buf_puts(sel, ", ");
        put_growth(cx, sel);
    } else if (sh->group != GROUP_NONE) {
        put_group_select(cx, sel);
        buf_puts(sel, ", ");
        put_aggs(cx, sel);
        if (q->running && sh->group == GROUP_TIME) {
            /* each period's sum so far: the periods' sums added up in their order */
            buf_puts(sel, ", SUM(");
            put_agg(cx, sel);
            buf_puts(sel, ") OVER (ORDER BY ");
            put_group_items(cx, sel, 0, 1);
            buf_puts(sel, ") AS running_total");
        }
    } else if (sh->agg != NL_AGG_NONE && q->growth) {
        put_growth(cx, sel);
    } else if (sh->agg != NL_AGG_NONE) {
        put_aggs(cx, sel);
    } else if (sh->n_sel) {
        int only_rank_value = q->rank && sh->order_c >= 0 && sh->limit != 1;
        who_label(cx, sel);
        backref_label(cx, sel);
        for (size_t k = 0; k < sh->n_sel; k++) {
            int again = 0;
            for (size_t j = 0; j < k && !again; j++)
                again = sh->sel_t[j] == sh->sel_t[k] && sh->sel_c[j] == sh->sel_c[k];
            if (again)
                continue; /* "the highest net worth, plus that net worth": shown once */
            if (k)
                buf_puts(sel, ", ");
            int lab[2], t = sh->sel_t[k];
            if (k + 1 < sh->n_sel && sh->sel_t[k + 1] == t && t0_label_cols(q, t, lab, 1) == 2 &&
                sh->sel_c[k] == lab[0] && sh->sel_c[k + 1] == lab[1] &&
                put_display(cx, sel, t, 2)) {
                k++; /* "employees making over $90,000 and their salary": one name */
                only_rank_value = 0;
                continue;
            }
            put_shown_col(cx, sel, sh->sel_t[k], sh->sel_c[k]);
            if (name_shown_twice(cx, k))
                put_label_alias(cx, sel, sh->sel_t[k], sh->sel_c[k]); /* city | country */
            only_rank_value &= sh->sel_t[k] == sh->order_t && sh->sel_c[k] == sh->order_c;
            size_t fi = q->ns->col_base[sh->sel_t[k]] + (size_t)sh->sel_c[k];
            for (size_t j = 0; q->ns->fk_target[fi] >= 0 && j < sh->n_sel; j++)
                if (j != k && sh->sel_t[j] == q->ns->fk_target[fi]) {
                    /* "which channel was it on (the channel's series name)": TV_series.Channel
                     * beside TV_Channel.series_name shows the one channel twice */
                    t0_doubt(q, P_UNSURE, "%s.%s is the key of the %s shown beside it",
                             q->s->tables[sh->sel_t[k]].name,
                             q->s->tables[sh->sel_t[k]].cols[sh->sel_c[k]].name,
                             q->s->tables[sh->sel_t[j]].name);
                    break;
                }
            if (sibling_path(q, sh->sel_t[k]))
                /* "the cartoon episodes Ben Jones directed" showing TV_series.Episode: the
                 * series of the same channel, not the cartoons' own */
                t0_doubt(q, P_UNSURE, "%s.%s is shown for rows that only share a %s with %s",
                         q->s->tables[sh->sel_t[k]].name,
                         q->s->tables[sh->sel_t[k]].cols[sh->sel_c[k]].name,
                         q->s->tables[q->bfs.via[sh->sel_t[k]].from].name,
                         q->s->tables[sh->main].name);
        }
        int ranked_shown = 0;
        for (size_t k = 0; k < sh->n_sel; k++)
            ranked_shown |= sh->sel_t[k] == sh->order_t && sh->sel_c[k] == sh->order_c;
        if (q->rank && sh->order_c >= 0 && sh->order_t >= 0 && !sh->order_agg && !ranked_shown &&
            asks_rank_value(q)) {
            /* "the singer with the largest net worth, plus that value": the value ranked by */
            buf_puts(sel, ", ");
            put_shown_col(cx, sel, sh->order_t, sh->order_c);
        }
        if (all_fixed(q, sh))
            /* "countries whose form of government is X" showing that form: the condition's
             * value on every row, not what was asked */
            t0_doubt(q, P_UNSURE, "every column shown is fixed by the condition");
        for (size_t k = 0; k < sh->n_sel; k++)
            if (sh->sel_t[k] != sh->main && semi_compared(q, sh->sel_t[k], sh->sel_c[k])) {
                /* "countries where English and French are both spoken languages" showing
                 * Language: the condition's values, once per joined row, not the countries */
                t0_doubt(q, P_UNSURE, "%s.%s is shown and is what the condition looks for",
                         q->s->tables[sh->sel_t[k]].name,
                         q->s->tables[sh->sel_t[k]].cols[sh->sel_c[k]].name);
                break;
            }
        int lab[2];
        if (only_rank_value && t0_label_cols(q, sh->main, lab, 1) == 0)
            /* "the 5 heaviest cars and their weights" over rows with no name: five weights */
            t0_doubt(q, P_UNSURE, "the ranked rows of %s are shown by their ranking value only",
                     q->s->tables[sh->main].name);
    } else if (q->rank && sh->order_c >= 0 && q->measure_span >= 0 &&
               q->measure_span < t0_first_span_of(q, sh->main, 0) &&
               (size_t)q->measure_span + 1 < q->n &&
               q->sp[q->measure_span + 1].kind == NL_SPAN_STOPWORD &&
               strcmp(q->sp[q->measure_span + 1].lex->phrase, "of") == 0) {
        /* "the 3 largest weights of pets": the weights are what was asked */
        put_sel_col(cx, sel, sh->order_t, sh->order_c);
    } else if (q->rank && sh->order_c >= 0) {
        /* "the most expensive product": its name, not the price that ranked it */
        int lab[2], nl = t0_label_cols(q, sh->main, lab, 1);
        int elsewhere, named_t = nl == 0 ? names_elsewhere(q, sh->main, &elsewhere) : -1;
        if (named_t >= 0)
            nl = t0_label_cols(q, named_t, lab, 1); /* "the richest player": the person's name */
        else if (nl == 0)
            no_label(q, sh, sel);
        for (int j = put_display(cx, sel, named_t >= 0 ? named_t : sh->main, nl) ? nl : 0; j < nl;
             j++) {
            if (j)
                buf_puts(sel, ", ");
            put_col(cx, sel, named_t >= 0 ? named_t : sh->main, lab[j]);
        }
        /* "the 5 most populous cities": their names and the populations that ranked them */
        if (nl > 0 && (shows_rank_value(q, sh) || asks_rank_value(q)) &&
            !(sh->order_t == (named_t >= 0 ? named_t : sh->main) &&
              (sh->order_c == lab[0] || (nl > 1 && sh->order_c == lab[1])))) {
            buf_puts(sel, ", ");
            put_sel_col(cx, sel, sh->order_t, sh->order_c);
        }
    } else {
        /* "list all categories", "the cartoons directed by X": rows named by their label */
        int lab[2], nl = t0_label_cols(q, sh->main, lab, 1), pk = t0_pk_col(q, sh->main);
        int elsewhere = 0, lab_t = sh->main;
        int named_t = nl == 0 ? names_elsewhere(q, sh->main, &elsewhere) : -1;
        const char *w0 = q->toks[0].word;
        if (named_t >= 0) {
            nl = t0_label_cols(q, named_t, lab, 1); /* "players who ...": the people's names */
            lab_t = named_t;
        } else if (nl == 0 && pk >= 0 && strcmp(w0, "which") == 0) {
            lab[0] = pk; /* "which templates ...": the rows, by their key */
            nl = 1;
            int named = name_like_col(q, sh->main);
            if (elsewhere)
                t0_doubt(q, P_UNSURE, "%s has no name of its own; a table it points at has names",
                         q->s->tables[sh->main].name);
            else if (named >= 0) /* TV_Channel.series_name */
                t0_doubt(q, P_UNSURE, "%s may be named by %s rather than its key",
                         q->s->tables[sh->main].name, q->s->tables[sh->main].cols[named].name);
        } else if (nl == 0) {
            no_label(q, sh, sel);
        }
        int one = put_display(cx, sel, lab_t, nl);
        for (int j = 0; j < nl; j++) {
            if (j && !one)
                buf_puts(sel, ", ");
            if (!one)
                put_sel_col(cx, sel, lab_t, lab[j]);
            if (lab_t == sh->main)
                cx->list_by[cx->n_list_by++] = lab[j];
        }
        int asked = nl > 0 ? asked_compared_col(q, sh) : -1;
        if (asked >= 0) {
            buf_puts(sel, ", ");
            put_sel_col(cx, sel, sh->main, asked);
        }
    }
}

/* "revenue by region", "customers per segment", "orders by channel and status": groups named by
 * words are shown largest first, the way a reader scans a breakdown for its leader; periods,
 * numbers, dates and ranked codes (priorities, grades) keep their own order. */
static int breakdown_by_measure(const struct compose *cx)
{
    const struct shape *sh = cx->sh;
    /* a growth's groups are read by their label, as its two periods are; and so is a table of
     * two groupings ("by channel and status"), as 31 of 34 writers of such questions ordered it */
    if ((sh->group != GROUP_TABLE && sh->group != GROUP_COLUMN) || sh->agg == NL_AGG_NONE ||
        sh->time2_t >= 0 || sh->g2_t >= 0 || sh->part_c >= 0 || cx->q->growth)
        return 0;
    /* priorities, grades, levels, tiers: codes in an order of their own (P1, P2, P3) */
    static const char *const ordered[] = {"prio", "priority", "grade", "level",    "rank",
                                          "tier", "band",     "sev",   "severity", "stage",
                                          "step", "size",     "year",  "yr"};
    int t = sh->group_t, c = sh->group_c;
    if (sh->group == GROUP_COLUMN &&
        (t0_col_is_numeric(cx->q, t, c) || t0_col_is_date(cx->q, t, c) ||
         t0_col_has_any_word(cx->q, t, c, ordered, sizeof ordered / sizeof ordered[0])))
        return 0;
    return 1;
}

/* WHERE, GROUP BY, HAVING, ORDER BY, LIMIT */
static void put_tail(struct compose *cx, struct buf *tail)
{
    struct query *q = cx->q;
    struct shape *sh = cx->sh;
    size_t written;
    if (!cx->pct_cond) {
        written = put_filters(cx, tail);
    } else { /* the rows a percentage is of stay in WHERE */
        cx->pick = 2;
        written = put_filters(cx, tail);
        cx->pick = 0;
    }
    /* a growth's periods are compared in the select list: no WHERE may have been written */
    if (sh->metric && t0_metric_put_filters(q, sh, tail, written == 0, alias_of, cx) != 0)
        cx->failed = 1;
    if (sh->part_c >= 0) {
        buf_puts(tail, strstr(buf_cstr(tail), " WHERE ") ? " AND " : " WHERE ");
        put_part_rank(cx, tail);
    }
    if (sh->group == GROUP_COLUMN && sh->order_agg && sh->limit > 0 && sh->group_t >= 0 &&
        sh->group_c >= 0 && !q->s->tables[sh->group_t].cols[sh->group_c].notnull &&
        !q->s->tables[sh->group_t].cols[sh->group_c].pk) {
        /* "top 5 companies by revenue": customers with no company are no company, never
         * the leader of a ranking (a breakdown keeps them as a row of their own) */
        buf_puts(tail, strstr(buf_cstr(tail), " WHERE ") ? " AND " : " WHERE ");
        put_col(cx, tail, sh->group_t, sh->group_c);
        buf_puts(tail, " IS NOT NULL");
    }
    if (sh->group != GROUP_NONE) {
        buf_puts(tail, " GROUP BY ");
        put_group_items(cx, tail, 1, 0);
    }
    if (sh->having) {
        buf_printf(tail, " HAVING ");
        put_agg(cx, tail);
        buf_printf(tail, " %s ", nl_op_sql(q->having_op));
        put_num(tail, q->having_num);
        if (q->having_op == NL_OP_BETWEEN) {
            buf_puts(tail, " AND ");
            put_num(tail, q->having_num2);
        }
    }
    if (sh->order_agg) {
        buf_puts(tail, " ORDER BY ");
        put_agg(cx, tail);
        buf_puts(tail, sh->order_dir > 0 ? " DESC" : " ASC");
    } else if (sh->order_c >= 0) {
        buf_puts(tail, " ORDER BY ");
        if (sh->part_c >= 0) {
            put_part_label(cx, tail, 0);
            buf_puts(tail, ", ");
        }
        if (!t0_col_is_numeric(q, sh->order_t, sh->order_c) &&
            t0_col_holds_numbers(q, sh->order_t, sh->order_c)) {
            /* numbers kept as text ("9.8" sorts after "10.5" as text) sort as numbers */
            put_col_in(cx, tail, cx->dialect->cast_real, sh->order_t, sh->order_c);
        } else
            put_col(cx, tail, sh->order_t, sh->order_c);
        buf_puts(tail, sh->order_dir > 0 ? " DESC" : " ASC");
    } else if (sh->group != GROUP_NONE) {
        buf_puts(tail, " ORDER BY ");
        if (breakdown_by_measure(cx)) {
            put_agg(cx, tail);
            buf_puts(tail, " DESC, ");
        }
        put_group_items(cx, tail, 0, 1);
    } else if (cx->n_list_by && sh->limit <= 0) {
        /* "list all departments": in the order a reader looks a name up */
        buf_puts(tail, " ORDER BY ");
        for (int j = 0; j < cx->n_list_by; j++) {
            if (j)
                buf_puts(tail, ", ");
            put_col(cx, tail, sh->main, cx->list_by[j]);
        }
    }
    if (sh->limit > 0)
        buf_printf(tail, " LIMIT %ld", sh->limit);
    if (sh->limit == 1 && cx->q->offset > 0)
        buf_printf(tail, " OFFSET %ld", cx->q->offset);
}

/* "revenue growth by year": the grouped query (inner) with each period's growth over the one
 * before it; the first period, with none before it, is left out. */
static void wrap_growth(struct compose *cx, const char *inner, struct buf *sql)
{
    const struct query *q = cx->q;
    struct buf alias = BUF_INIT;
    put_agg_alias(cx, &alias);
    const char *m = buf_cstr(&alias) + strlen(" AS ");
    const char *unit = t0_cal_unit_name(q->group_time);
    buf_printf(sql, "SELECT %s, %s, ", unit, m);
    if (q->growth == GROWTH_PCT)
        buf_printf(sql, "100.0 * (%s - prev_value) / NULLIF(prev_value, 0) AS growth_pct", m);
    else
        buf_printf(sql, "%s - prev_value AS difference", m);
    /* the first period is shown with no growth (NULL), as every writer of such a series did;
     * a period added only as the base of the first one asked is not shown */
    buf_printf(sql, " FROM (%s) AS g%s ORDER BY %s", inner,
               q->growth_base ? " WHERE prev_value IS NOT NULL" : "", unit);
    if (alias.failed)
        sql->failed = 1;
    buf_free(&alias);
}

/* "average MRR per customer": each customer's total (or count), in the inner query the
 * select list begins, grouped by the customer's key (put_per_entity_tail) and averaged over
 * the customers that have any rows (wrap_per_entity). */
static void put_per_entity(struct compose *cx, struct buf *sel)
{
    struct shape *sh = cx->sh;
    enum nl_agg asked = sh->agg;
    if (sh->agg == NL_AGG_AVG)
        sh->agg = NL_AGG_SUM;
    put_agg(cx, sel);
    if (shown_in_cents(cx))
        buf_puts(sel, " / 100.0");
    sh->agg = asked;
    buf_puts(sel, " AS v");
    sh->group = GROUP_NONE;
}

static void put_per_entity_tail(struct compose *cx, struct buf *tail)
{
    const struct shape *sh = cx->sh;
    buf_puts(tail, " GROUP BY ");
    if (sh->per_entity == 2)
        put_time(cx, tail, sh->group_t, sh->group_c, cx->q->group_time, 0);
    else
        put_col(cx, tail, sh->group_t, t0_pk_col(cx->q, sh->group_t));
}

static void wrap_per_entity(struct compose *cx, const char *inner, struct buf *sql)
{
    const struct shape *sh = cx->sh;
    const struct schema *s = cx->q->s;
    char alias[160], metric[96];
    if (sh->metric)
        semantic_metric_column(sh->metric->name, metric, sizeof metric);
    const char *measure = sh->agg == NL_AGG_COUNT ? s->tables[sh->main].name
                          : sh->metric            ? metric
                          : sh->revenue           ? "revenue"
                                                  : s->tables[sh->agg_t].cols[sh->agg_c].name;
    const char *unit = t0_cal_unit_name(cx->q->group_time);
    if (sh->per_entity == 2)
        /* "revenue_monthly_average": no period word a reader takes for a count of periods */
        snprintf(alias, sizeof alias, "%s_%s_average", measure,
                 strcmp(unit, "day") == 0     ? "daily"
                 : strcmp(unit, "month") == 0 ? "monthly"
                 : strcmp(unit, "year") == 0  ? "yearly"
                 : strcmp(unit, "week") == 0  ? "weekly"
                                              : "quarterly");
    else /* "orders_per_customers", "average_mrr_usd_per_acct" */
        snprintf(alias, sizeof alias, "%s%s_per_%s", sh->agg == NL_AGG_COUNT ? "" : "average_",
                 measure, s->tables[sh->group_t].name);
    /* as a number with a fraction: MySQL's AVG of integers keeps 4 decimals */
    buf_puts(sql, "SELECT AVG(");
    db_dialect_put(sql, cx->dialect->cast_real, "v", NULL);
    buf_puts(sql, ") AS ");
    db_dialect_put_ident(sql, cx->dialect, alias);
    buf_printf(sql, " FROM (%s) AS per_entity", inner);
}

int t0_compose(struct query *q, struct shape *sh, struct buf *sql, struct buf *x)
{
    struct compose cx;
    struct buf sel = BUF_INIT, tail = BUF_INIT;
    int rc = -1;
    memset(&cx, 0, sizeof cx);
    cx.q = q;
    cx.sh = sh;
    cx.dialect = db_dialect_named(q->s->dialect);
    buf_init(&cx.from, 0);
    cx.alias = calloc(q->s->n_tables ? q->s->n_tables : 1, sizeof *cx.alias);
    if (!cx.alias)
        goto out;
    cx.alias[sh->main] = ++cx.n_alias;
    buf_puts(&cx.from, " FROM ");
    db_dialect_put_ident(&cx.from, cx.dialect, q->s->tables[sh->main].name);
    buf_puts(&cx.from, " AS t1");

    join_all(&cx);
    if (cx.failed)
        goto out;
    if (cx.fanout && (sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG))
        t0_doubt(q, P_UNSURE, "joined rows would be summed more than once");
    if (t0_percent_check(q, sh, cx.fanout) != 0)
        goto out;
    if (q->percent && q->nf) {
        struct buf cond = BUF_INIT;
        cx.pick = 1;
        put_filters(&cx, &cond);
        cx.pick = 0;
        cx.pct_cond = cond.failed ? NULL : strdup(buf_cstr(&cond) + strlen(" WHERE "));
        buf_free(&cond);
        if (!cx.pct_cond) {
            rc = -2;
            goto out;
        }
    }

    if (sh->per_entity)
        put_per_entity(&cx, &sel);
    else
        put_select(&cx, &sel);
    put_tail(&cx, &tail);
    if (sh->per_entity)
        put_per_entity_tail(&cx, &tail);
    if (cx.failed)
        goto out;
    anti_joined(&cx);

    struct buf one = BUF_INIT, *out = q->growth_series || sh->per_entity ? &one : sql;
    buf_puts(out, "SELECT ");
    if (sh->distinct || (cx.fanout && sh->agg == NL_AGG_NONE))
        buf_puts(out, "DISTINCT ");
    buf_puts(out, buf_cstr(&sel));
    buf_puts(out, buf_cstr(&cx.from));
    buf_puts(out, buf_cstr(&tail));
    if (q->growth_series)
        wrap_growth(&cx, buf_cstr(&one), sql);
    else if (sh->per_entity)
        wrap_per_entity(&cx, buf_cstr(&one), sql);
    if (one.failed)
        sql->failed = 1;
    buf_free(&one);
    t0_explain(q, sh, x);
    rc = sql->failed || x->failed || sel.failed || tail.failed || cx.from.failed ? -2 : 0;
out:
    free(cx.alias);
    free(cx.pct_cond);
    buf_free(&cx.from);
    buf_free(&sel);
    buf_free(&tail);
    return rc;
}
