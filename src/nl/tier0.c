/* nl tier 0, entry point: nl_generate() takes a question read by util/question (its tokens,
 * linked to the schema), interprets it,
 * resolves it against the schema and composes one SQL query; tier0_int.h lists the files that do
 * each step.
 *
 * The rule that matters most: answer only when sure. Confidence starts at 1 and every doubt —
 * an unknown word, an ambiguous link, a guessed join, a shape tier 0 does not really handle —
 * takes a fixed amount off, with the reason kept for explain. Anything below 0.8 goes to a model,
 * so one unexplained content word is enough to hand a question over. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "util/buf.h"

#include "util/banned.h"

/* A doubt said twice is one fact: the second costs nothing ("dated by orders.order_date" for
 * the year filter and again for the grouping). */
static int doubt_said(const struct query *q, const char *text, size_t n)
{
    const char *all = buf_cstr(&q->doubts);
    for (const char *p = all; (p = strstr(p, text)) != NULL; p++)
        if ((p == all || (p - all >= 2 && p[-2] == ';' && p[-1] == ' ')) &&
            (p[n] == '\0' || (p[n] == ';' && p[n + 1] == ' ')))
            return 1;
    return 0;
}

void t0_doubt(struct query *q, double cost, const char *fmt, ...)
{
    va_list ap;
    struct buf text;
    buf_init(&text, 0);
    va_start(ap, fmt);
    buf_vprintf(&text, fmt, ap);
    va_end(ap);
    if (!text.len || !doubt_said(q, buf_cstr(&text), text.len)) {
        q->conf -= cost;
        if (q->doubts.len)
            buf_puts(&q->doubts, "; ");
        buf_puts(&q->doubts, buf_cstr(&text));
    }
    buf_free(&text);
}

/* Is this unknown word close to a schema name (a typo or a prefix)? Then it is not "missing". */
static int near_schema(const struct nl_schema *ns, const char *stem)
{
    size_t n = strlen(stem);
    for (size_t t = 0; t < ns->s->n_tables; t++) {
        for (size_t c = 0; c <= ns->s->tables[t].n_cols; c++) {
            const struct nl_name *nm = c == 0 ? &ns->tables[t] : &ns->cols[t][c - 1];
            for (size_t k = 0; k < nm->n; k++) {
                size_t m = strlen(nm->stem[k]);
                size_t common = 0;
                while (common < n && common < m && stem[common] == nm->stem[k][common])
                    common++;
                if (common >= 4 || (common == n && n >= 3) || (common == m && m >= 3))
                    return 1;
            }
        }
    }
    return 0;
}

/* Nothing in the question links to the schema: a question about something the database does not
 * hold (unanswerable), or one tier 0 could not read. */
static void explain_no_link(const struct query *q, struct nl_answer *out, struct buf *x)
{
    int missing = q->unknown[0] != '\0' && q->shape;
    for (size_t i = 0; missing && i < q->n; i++)
        if (q->sp[i].kind == NL_SPAN_UNKNOWN && near_schema(q->ns, q->toks[q->sp[i].tok].stem))
            missing = 0;
    if (missing) {
        out->unanswerable = 1;
        buf_printf(x, "no table, column or value matches '%s'", q->unknown);
    } else {
        buf_printf(x, "nothing in the question matches the schema%s%s", q->doubts.len ? ": " : "",
                   buf_cstr(&q->doubts));
    }
}

/* One column held to one value by filter a and to another by filter b ("singers of 2014 and of
 * 2015" over one year column): no row passes both, whatever the data. */
/* a and b hold one number column below and above bounds no value meets ("founded before 2003
 * and after 2003": two sets of rows, asked as one) */
static int empty_range(const struct filter *a, const struct filter *b)
{
    if ((a->kind != FILTER_NUM && a->kind != FILTER_YEAR) || b->kind != a->kind || a->n_more_nums ||
        b->n_more_nums || a->flag || b->flag || a->semi || b->semi || a->neg || b->neg)
        return 0;
    const struct filter *lo = NULL, *hi = NULL; /* col > lo->num, col < hi->num */
    for (int k = 0; k < 2; k++) {
        const struct filter *f = k ? b : a;
        if (f->op == NL_OP_GT || f->op == NL_OP_GE)
            lo = f;
        else if (f->op == NL_OP_LT || f->op == NL_OP_LE)
            hi = f;
    }
    if (!lo || !hi)
        return 0;
    return lo->num > hi->num || (lo->num == hi->num && (lo->op == NL_OP_GT || hi->op == NL_OP_LT));
}

/* A month of every year (a) that no day of a range within one year (b) falls in: "in June and
 * August 2024" read as June of any year and August 2024. */
static int month_outside_range(const struct filter *a, const struct filter *b)
{
    if (a->kind != FILTER_DATE || b->kind != FILTER_DATE || a->cal != CAL_PART ||
        a->unit != NL_TIME_MONTH || a->n_more_nums || b->cal != CAL_RANGE || !b->lo[0] ||
        !b->hi[0] || strncmp(b->lo, b->hi, 4) != 0)
        return 0; /* a range over the turn of a year: not checked */
    int m = (int)a->num, m1 = (int)strtol(b->lo + 5, NULL, 10);
    int hm = (int)strtol(b->hi + 5, NULL, 10), hd = (int)strtol(b->hi + 8, NULL, 10);
    int m2 = hd == 1 ? hm - 1 : hm; /* the upper bound is the first day after the range */
    return m < m1 || m > m2;
}

static int contradict(const struct filter *a, const struct filter *b)
{
    if (a->t == b->t && a->c == b->c && a->base == b->base && empty_range(a, b))
        return 1;
    if (a->t == b->t && a->c == b->c && (month_outside_range(a, b) || month_outside_range(b, a)))
        return 1;
    if (a->t == b->t && a->c == b->c && a->kind == FILTER_DATE && b->kind == FILTER_DATE &&
        a->cal == CAL_PART && b->cal == CAL_PART && a->unit == b->unit && a->unit > 0 &&
        !a->n_more_nums && !b->n_more_nums && a->num != b->num && !a->semi && !b->semi)
        return 1; /* "in June and in August" read as a month that is both */
    if (a->t != b->t || a->c != b->c || a->kind != b->kind || a->op != NL_OP_EQ ||
        b->op != NL_OP_EQ || a->semi || b->semi || a->neg || b->neg || a->base != b->base)
        return 0;
    if (a->kind == FILTER_VALUE)
        return a->n_vals == 1 && b->n_vals == 1 && strcasecmp(a->vals[0], b->vals[0]) != 0;
    if (a->kind == FILTER_NUM || a->kind == FILTER_YEAR)
        return !a->n_more_nums && !b->n_more_nums && !a->flag && !b->flag && a->num != b->num;
    return 0;
}

/* "every ship's name, type and what happened to it": a question word after "and" adds an item
 * to the list; when nothing after it names a column, a table or a value, that item is lost. */
static void lost_list_item(struct query *q)
{
    static const char *const wh[] = {"what", "where", "when", "how", "who", "which"};
    size_t end = t0_n_toks(q), at = 0;
    for (size_t k = 1; k + 1 < end && !at; k++)
        if (strcmp(q->toks[k - 1].word, "and") == 0 && NL_WORD_IN(q->toks[k].word, wh))
            at = k;
    static const char *const back[] = {
        "is",    "are",  "was",   "were", "it",     "they",   "them",  "its",    "that",  "those",
        "these", "this", "be",    "many", "much",   "there",  "times", "of",     "each",  "one",
        "do",    "does", "did",   "have", "has",    "had",    "he",    "she",    "their", "his",
        "her",   "the",  "total", "sum",  "figure", "amount", "count", "number", "value"};
    /* "and what is it", "and how many does it have", "and what is that total": what is already
     * shown, no new item */
    int asks = 0;
    for (size_t k = at + 1; at && k < end; k++)
        asks |= !NL_WORD_IN(q->toks[k].word, back);
    if (!at || !asks)
        return;
    for (size_t i = 0; i < q->n; i++)
        if (q->sp[i].tok > at &&
            (q->sp[i].kind == NL_SPAN_COLUMN || q->sp[i].kind == NL_SPAN_TABLE ||
             q->sp[i].kind == NL_SPAN_VALUE || q->sp[i].kind == NL_SPAN_NUMBER))
            return;
    t0_doubt(q, P_UNSURE, "'and %s ...' asks for something no column was found for",
             q->toks[at].word);
}

/* "the ship's name, what type it is, where it was, and its tonnage": "where" or "when" as an
 * item of a list asks for a place or a time; when nothing in the item names a column, that
 * item is lost. */
static void lost_where_item(struct query *q)
{
    static const char *const wh[] = {"where", "when"};
    size_t end = t0_n_toks(q);
    for (size_t k = 1; k < end; k++) {
        if (!NL_WORD_IN(q->toks[k].word, wh) ||
            !(q->toks[k].after_comma || strcmp(q->toks[k - 1].word, "and") == 0))
            continue;
        size_t stop = k + 1;
        while (stop < end && !q->toks[stop].after_comma && strcmp(q->toks[stop].word, "and") != 0)
            stop++;
        int named = 0;
        for (size_t i = 0; i < q->n; i++)
            named |= q->sp[i].tok > k && q->sp[i].tok < stop &&
                     (q->sp[i].kind == NL_SPAN_COLUMN || q->sp[i].kind == NL_SPAN_TABLE ||
                      q->sp[i].kind == NL_SPAN_VALUE || q->sp[i].kind == NL_SPAN_NUMBER);
        if (!named) {
            t0_doubt(q, P_UNSURE, "'%s ...' in the list asks for something no column was found for",
                     q->toks[k].word);
            return;
        }
    }
}

/* "what percentage of its goal has X raised": a part of the row's own amount, which the
 * question measures by something else (what was raised), not a share of a total. */
static void percent_of_own(struct query *q)
{
    static const char *const pct[] = {"percent", "percentage", "share", "fraction", "proportion"};
    size_t end = t0_n_toks(q);
    for (size_t k = 0; k + 2 < end; k++)
        if (NL_WORD_IN(q->toks[k].word, pct) && strcmp(q->toks[k + 1].word, "of") == 0 &&
            (strcmp(q->toks[k + 2].word, "its") == 0 ||
             strcmp(q->toks[k + 2].word, "their") == 0)) {
            t0_doubt(q, P_UNSURE, "'%s of %s %s' is a part of the row's own %s", q->toks[k].word,
                     q->toks[k + 2].word, k + 3 < end ? q->toks[k + 3].word : "",
                     k + 3 < end ? q->toks[k + 3].word : "");
            return;
        }
}

/* A word of the main table's name in the question is also a stored kind of its rows ("rent
 * charged" over rent_chg, whose chg_type_cd holds 'RENT', 'LATE', 'UTIL'): all the charges, or
 * the rent ones? Unless the question already says which kind. */
static void table_word_is_kind(struct query *q, const struct shape *sh)
{
    if (sh->main < 0)
        return;
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if ((sp->kind != NL_SPAN_TABLE && sp->kind != NL_SPAN_COLUMN) || !sp->n_cand ||
            sp->cand[0].table != sh->main)
            continue; /* (a money noun's span becomes its amount column: "rent charged") */
        for (size_t k = sp->tok; k < sp->tok + sp->len; k++) {
            size_t cnt = 0;
            long v = q->toks[k].kind == NL_TOK_WORD ? schema_find_value(q->s, q->toks[k].word, &cnt)
                                                    : -1;
            for (size_t j = 0; v >= 0 && j < cnt; j++) {
                const struct schema_value *sv = &q->s->values[(size_t)v + j];
                int said = 0;
                for (size_t f = 0; f < q->nf; f++)
                    said |= q->f[f].t == (int)sv->table && q->f[f].c == (int)sv->column;
                if ((int)sv->table == sh->main && !said && (int)sv->column != sp->cand[0].col) {
                    t0_doubt(q, P_UNSURE, "'%s' is also a kind of %s (%s '%s')", q->toks[k].word,
                             q->s->tables[sh->main].name,
                             q->s->tables[sh->main].cols[sv->column].name, sv->value);
                    return;
                }
            }
        }
    }
}

/* Doubts about the resolved shape as a whole. */
/* "What cocktails do we sell?" read as the category row 'Cocktails' shown by its name: the
 * answer would only repeat the question's own value. Whoever asks means rows of it (the items
 * in the category) or something about it. */
static void echo_of_value(struct query *q, const struct shape *sh)
{
    if (sh->agg != NL_AGG_NONE || sh->group != GROUP_NONE || sh->n_sel > 1)
        return;
    int lab[2] = {-1, -1};
    int shown = sh->n_sel == 1                            ? sh->sel_c[0]
                : t0_label_cols(q, sh->main, lab, 0) == 1 ? lab[0]
                                                          : -1;
    /* ... whatever else another table holds ("who's the principal at Riverside High":
     * 'Principal'); a second condition on the rows themselves picks some of them */
    int own = 0;
    for (size_t k = 0; k < q->nf; k++)
        own += q->f[k].t == sh->main;
    for (size_t k = 0; own == 1 && k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind == FILTER_VALUE && f->op == NL_OP_EQ && f->t == sh->main && shown >= 0 &&
            (sh->n_sel == 0 || sh->sel_t[0] == sh->main) && shown == f->c) {
            t0_doubt(q, P_UNSURE, "the answer would only repeat '%s'",
                     f->n_vals ? f->vals[0] : q->s->tables[sh->main].cols[shown].name);
            return;
        }
    }
}

/* "device upgrades by month in 2024": the upgrades are activations of type 'UPG', dated by
 * their own time, not by the device's release date. A code that names the rows of one table
 * beside periods read on another's date is a doubt. */
static int has_own_date(const struct query *q, int t)
{
    int amb = 0;
    return t0_date_col(q, t, &amb) >= 0 || t0_date_named_col(q, t) >= 0;
}

/* The first table other than t, skip_a and skip_b that points at t and has a date of its own
 * (the dated events of t's rows); -1 when none. */
static int dated_table_pointing_at(const struct query *q, int t, int skip_a, int skip_b)
{
    for (size_t u = 0; u < q->s->n_tables; u++) {
        int c = 0;
        if ((int)u != t && (int)u != skip_a && (int)u != skip_b &&
            t0_fk_to(q, (int)u, t, &c) >= 0 && has_own_date(q, (int)u))
            return (int)u;
    }
    return -1;
}

static void events_dated_by_other(struct query *q, const struct shape *sh)
{
    int dt = sh->group == GROUP_TIME ? sh->group_t : -1;
    for (size_t k = 0; dt < 0 && k < q->nf; k++)
        if (q->f[k].kind == FILTER_YEAR || q->f[k].kind == FILTER_DATE)
            dt = q->f[k].t;
    for (size_t k = 0; dt >= 0 && k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind != FILTER_VALUE || f->span < 1 || f->t < 0 || f->t == dt || f->t == sh->main)
            continue;
        const char *w = q->toks[q->sp[f->span].tok + q->sp[f->span].len - 1].word;
        size_t n = strlen(w);
        /* "device upgrades", "gadget returns": the value is the plural noun after the table */
        if (q->sp[f->span - 1].kind != NL_SPAN_TABLE || n < 4 || w[n - 1] != 's')
            continue;
        /* the lookup's own rows, or the dated events pointing at them */
        int events = has_own_date(q, f->t) ? f->t : dated_table_pointing_at(q, f->t, dt, sh->main);
        if (events >= 0) {
            t0_doubt(q, P_UNSURE, "'%s' names %s rows, which have a date of their own", w,
                     q->s->tables[events].name);
            return;
        }
    }
}

/* "for each document show its name and ...": each row is listed, so its name is shown; a list
 * that lost it (the description in its place) answers something else. */
static void each_row_unnamed(struct query *q, const struct shape *sh)
{
    if (q->each_t < 0 || sh->agg != NL_AGG_NONE)
        return;
    int lab[2], n = t0_label_cols(q, q->each_t, lab, 0);
    for (size_t j = 0; j < sh->n_sel; j++)
        for (int x = 0; x < n; x++)
            if (sh->sel_t[j] == q->each_t && sh->sel_c[j] == lab[x])
                return;
    t0_doubt(q, P_UNSURE, "each %s row is listed, but not its name", q->s->tables[q->each_t].name);
}

/* "each country with the name of its capital" over country.Capital, a number (a city's id no
 * key declares): the number is no name. */
static void name_of_number(struct query *q, const struct shape *sh)
{
    size_t end = t0_n_toks(q);
    for (size_t k = 0; k + 2 < end; k++) {
        if ((strcmp(q->toks[k].word, "name") != 0 && strcmp(q->toks[k].word, "names") != 0) ||
            strcmp(q->toks[k + 1].word, "of") != 0)
            continue;
        size_t w = k + 2;
        if (w + 1 < end &&
            (strcmp(q->toks[w].word, "its") == 0 || strcmp(q->toks[w].word, "their") == 0 ||
             strcmp(q->toks[w].word, "the") == 0))
            w++;
        for (size_t j = 0; j < sh->n_sel; j++)
            if (sh->sel_c[j] >= 0 && t0_col_is_numeric(q, sh->sel_t[j], sh->sel_c[j]) &&
                t0_col_has_word(q, sh->sel_t[j], sh->sel_c[j], q->toks[w].stem)) {
                t0_doubt(q, P_UNSURE, "the name of %s, a number",
                         q->s->tables[sh->sel_t[j]].cols[sh->sel_c[j]].name);
                return;
            }
    }
}

/* "country + capital city name" over country.Capital, a number no key declares, beside a join
 * to city by another path: the word before "city" says which city, and the join does not. */
static void number_names_table(struct query *q, const struct shape *sh)
{
    for (size_t i = 0; i + 1 < q->n; i++) {
        const struct nl_span *a = &q->sp[i], *b = &q->sp[i + 1];
        if (a->kind != NL_SPAN_COLUMN || b->kind != NL_SPAN_TABLE || b->n_cand == 0 ||
            a->tok + a->len != b->tok)
            continue;
        for (size_t j = 0; j < sh->n_sel; j++) {
            int t = sh->sel_t[j], c = sh->sel_c[j];
            const struct schema_column *col = c >= 0 ? t0_col_of(q, t, c) : NULL;
            if (!col || col->fk_table || col->pk || t == b->cand[0].table ||
                !t0_col_is_numeric(q, t, c))
                continue;
            if (t0_span_has_col(a, t, c)) {
                t0_doubt(q, P_UNSURE, "'%s %s': %s may be a %s row's id", q->toks[a->tok].word,
                         q->toks[b->tok].word, col->name, q->s->tables[b->cand[0].table].name);
                return;
            }
        }
    }
}

/* "how many returns", "returns per month" read as qty_rtn summed: the word names what the
 * quantity is of, and a number of returns is a count of them as much as the units in them
 * ("how many units were returned", "total returns" say which). */
static void events_or_units(struct query *q, const struct shape *sh)
{
    static const char *const units[] = {"unit",  "units",  "qty",   "quantity", "quantities",
                                        "piece", "pieces", "items", "hours",    "hrs"};
    static const char *const totals[] = {"total", "sum", "volume", "amount"};
    if (sh->agg != NL_AGG_SUM || sh->agg_c < 0 || sh->metric || sh->revenue ||
        !t0_col_is_quantity(q, sh->agg_t, sh->agg_c) || T0_SAYS(q, units) || T0_SAYS(q, totals))
        return;
    /* ("scrap by site": a noun of a mass is its quantity; a plural is things counted) */
    const struct nl_name *cn = &q->ns->cols[sh->agg_t][sh->agg_c];
    if (cn->n < 2 || t0_table_measure_col(q, sh->agg_t) == sh->agg_c)
        return; /* "scrap" of scrp_qty said alone is its quantity; vol_hrs.hrs: the table's */
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (sp->kind != NL_SPAN_COLUMN || !t0_span_has_col(sp, sh->agg_t, sh->agg_c))
            continue;
        const char *w = q->toks[sp->tok + sp->len - 1].word;
        if (w[0] == '\0' || w[strlen(w) - 1] != 's')
            return;
        t0_doubt(q, P_UNSURE, "'%s': a count of them, or %s summed?", q->toks[sp->tok].word,
                 q->s->tables[sh->agg_t].cols[sh->agg_c].name);
        return;
    }
}

/* "shipping cost in 2023": an amount asked of a period with no rows named is its total, more
 * likely than the distinct amounts listed */
/* "how much money is overdue" read as a sum of sort_ord: money asked, no money summed */
static void money_asked(struct query *q, const struct shape *sh)
{
    static const char *const words[] = {"money", "dollars", "usd", "euros", "cash"};
    if ((sh->agg != NL_AGG_SUM && sh->agg != NL_AGG_AVG) || sh->metric || sh->revenue ||
        sh->agg_c < 0 || !T0_SAYS(q, words) || t0_col_is_money(q, sh->agg_t, sh->agg_c))
        return;
    t0_doubt(q, P_UNSURE, "money is asked, and %s.%s is no amount of money",
             q->s->tables[sh->agg_t].name, q->s->tables[sh->agg_t].cols[sh->agg_c].name);
}

static void amounts_listed(struct query *q, const struct shape *sh)
{
    if (sh->agg != NL_AGG_NONE || sh->n_sel != 1 || !sh->distinct || sh->sel_c[0] < 0 ||
        !(t0_col_is_money(q, sh->sel_t[0], sh->sel_c[0]) ||
          t0_col_is_quantity(q, sh->sel_t[0], sh->sel_c[0])))
        return; /* "scrap qty at dayton" too */
    for (size_t i = 0; i < q->n; i++)
        if (q->sp[i].kind == NL_SPAN_TABLE)
            return; /* "the prices of our products": the rows are named */
    int lab[2], nl = t0_label_cols(q, sh->sel_t[0], lab, 0);
    for (size_t k = 0; k < q->nf; k++)
        for (int j = 0; j < nl; j++)
            if (q->f[k].kind == FILTER_VALUE && !q->f[k].neg && q->f[k].t == sh->sel_t[0] &&
                q->f[k].c == lab[j])
                return; /* "the price of the Nimbus Lite Monitor": one row, by its name */
    t0_doubt(q, P_UNSURE, "the %s values listed, or their total?",
             q->s->tables[sh->sel_t[0]].cols[sh->sel_c[0]].name);
}

/* "donors who gave in 2024", "volunteers who served at X in 2024" read by the rows' own date
 * (dnr.crt_dt): a verb of something the rows did is dated by the rows of a table that records
 * it (gifts, shifts), when one points at them with a date of its own; the rows' own date is
 * when they were added ("joined", "signed up", "hired" say so). */
static void verb_dated_by_rows(struct query *q)
{
    static const char *const own[] = {"joined", "signed",    "registered",  "created",
                                      "added",  "enrolled",  "started",     "opened",
                                      "born",   "founded",   "established", "launched",
                                      "hired",  "onboarded", "listed",      "incorporated"};
    static const char *const irregular[] = {"gave", "bought", "sold",  "spent", "paid", "made",
                                            "sent", "took",   "came",  "went",  "got",  "won",
                                            "lost", "wrote",  "flew",  "drove", "rode", "ate",
                                            "saw",  "met",    "spoke", "left",  "kept", "held"};
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if ((f->kind != FILTER_YEAR && f->kind != FILTER_DATE) || f->semi || f->t < 0 || f->c < 0)
            continue;
        int events = dated_table_pointing_at(q, f->t, -1, -1);
        if (events < 0)
            return;
        size_t n_toks = t0_n_toks(q);
        for (size_t i = 1; i < n_toks; i++) {
            const struct nl_token *w = &q->toks[i];
            size_t n = strlen(w->word);
            int past =
                NL_WORD_IN(w->word, irregular) || (n > 4 && strcmp(w->word + n - 2, "ed") == 0);
            if (w->kind != NL_TOK_WORD || !past || NL_WORD_IN(w->word, own) ||
                t0_col_has_event_word(q, f->t, f->c, w->stem) || i < 2 ||
                !(strcmp(q->toks[i - 1].word, "who") == 0 ||
                  strcmp(q->toks[i - 1].word, "that") == 0))
                continue;
            /* the verb's subject is the rows dated: "donors who gave", not "customers who
             * placed their first order in 2024" read on the orders */
            int subject = 0;
            for (size_t j = 0; j < q->n && !subject; j++)
                subject = q->sp[j].kind == NL_SPAN_TABLE && q->sp[j].n_cand == 1 &&
                          q->sp[j].cand[0].table == f->t && q->sp[j].tok + q->sp[j].len == i - 1;
            if (!subject)
                continue;
            t0_doubt(q, P_UNSURE, "'%s' may be dated by %s rows, not by %s.%s", w->word,
                     q->s->tables[events].name, q->s->tables[f->t].name,
                     q->s->tables[f->t].cols[f->c].name);
            return;
        }
    }
}

/* "our 10 biggest spenders" read on MKT_CMPGN.SPEND_AMT: a noun of who does what a column
 * measures ("spenders", "earners", "buyers") names people, not the amounts. */
static void doers_of_column(struct query *q)
{
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (sp->kind != NL_SPAN_COLUMN || sp->n_cand == 0)
            continue;
        const char *w = q->toks[sp->tok + sp->len - 1].word;
        size_t n = strlen(w), cut = n > 3 && strcmp(w + n - 3, "ers") == 0  ? 3
                                    : n > 2 && strcmp(w + n - 2, "er") == 0 ? 2
                                                                            : 0;
        if (!cut || n - cut < 3)
            continue;
        char base[NL_WORD_MAX], stem[NL_WORD_MAX];
        snprintf(base, sizeof base, "%.*s", (int)(n - cut), w);
        nl_stem(base, stem, sizeof stem);
        char own[NL_WORD_MAX]; /* the word's own stem: a synonym may have rewritten the token's */
        nl_stem(w, own, sizeof own);
        const struct nl_cand *c = &sp->cand[0];
        if (c->col >= 0 && !t0_col_has_word(q, c->table, c->col, own) &&
            (t0_col_has_word(q, c->table, c->col, stem) ||
             t0_col_has_word(q, c->table, c->col, base))) {
            t0_doubt(q, P_UNSURE, "'%s' are who does it, not %s", w,
                     q->s->tables[c->table].cols[c->col].name);
            return;
        }
    }
}

/* "orders placed ... via phone" showing customers.phone: after "via" a word says how, a value
 * (a channel), not a column to show. */
static void shown_after_via(struct query *q, const struct shape *sh)
{
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (sp->kind != NL_SPAN_COLUMN || sp->tok == 0 ||
            (strcmp(q->toks[sp->tok - 1].word, "via") != 0 &&
             strcmp(q->toks[sp->tok - 1].word, "through") != 0))
            continue;
        for (size_t j = 0; j < sh->n_sel; j++)
            if (t0_span_has_col(sp, sh->sel_t[j], sh->sel_c[j])) {
                t0_doubt(q, P_UNSURE, "'via %s' says how, and %s is shown", q->toks[sp->tok].word,
                         q->s->tables[sh->sel_t[j]].cols[sh->sel_c[j]].name);
                return;
            }
    }
}

/* "orchestras founded before 2005 and the year they were founded" showing the years alone,
 * "constitutional monarchies + their head of state" showing the heads alone: "they", "their"
 * speak of the rows, which the answer does not name. */
static void rows_not_named(struct query *q, const struct shape *sh)
{
    static const char *const pron[] = {"they", "their", "theirs", "its"};
    static const char *const joins[] = {"and", "with", "plus", "along"};
    if (sh->agg != NL_AGG_NONE || sh->group != GROUP_NONE || sh->n_sel == 0 || sh->main < 0 ||
        !T0_SAYS(q, pron))
        return;
    /* "... and the year they were founded", "+ their head of state": the rows and something of
     * theirs ("list their hometowns" asks the hometowns alone) */
    size_t n_toks = t0_n_toks(q), j0 = n_toks;
    for (size_t i = 0; i < n_toks && j0 == n_toks; i++)
        if (NL_WORD_IN(q->toks[i].word, joins))
            j0 = i;
    int after = 0;
    for (size_t i = j0; i < n_toks; i++)
        after |= NL_WORD_IN(q->toks[i].word, pron);
    if (!after)
        return;
    int lab[2], nl = t0_label_cols(q, sh->main, lab, 1);
    /* the rows lead the question ("orchestras founded ...", "constitutional monarchies ...");
     * "the record companies of orchestras, by the year they were founded" asks the companies */
    int first = t0_next_content(q, (size_t)-1);
    if (nl == 0 || first < 0 ||
        !((q->sp[first].kind == NL_SPAN_TABLE || q->sp[first].kind == NL_SPAN_VALUE) &&
          t0_span_has_table(&q->sp[first], sh->main)))
        return;
    for (size_t j = 0; j < sh->n_sel; j++) {
        if (sh->sel_t[j] != sh->main)
            return; /* "singers and their songs": another table's rows are named */
        for (int x = 0; x < nl; x++)
            if (sh->sel_c[j] == lab[x])
                return;
    }
    t0_doubt(q, P_UNSURE, "'they' are %s rows, which the answer does not name",
             q->s->tables[sh->main].name);
}

/* "museums with 'Plaza' in the name + how many staff they have" read as the staff added up:
 * "they have" asks each row's own number. */
static void how_many_they_have(struct query *q, const struct shape *sh)
{
    static const char *const have[] = {"have", "has", "had", "employ", "employs"};
    if (sh->agg != NL_AGG_SUM)
        return;
    size_t n_toks = t0_n_toks(q);
    int they_have = 0;
    for (size_t i = 0; i + 1 < n_toks; i++)
        they_have |= strcmp(q->toks[i].word, "they") == 0 && NL_WORD_IN(q->toks[i + 1].word, have);
    for (size_t i = 0; they_have && i + 1 < n_toks; i++)
        if (strcmp(q->toks[i].word, "how") == 0 && strcmp(q->toks[i + 1].word, "many") == 0 &&
            i > 0) {
            t0_doubt(q, P_UNSURE, "'how many ... they have': each row's own number, or a total?");
            return;
        }
}

/* "customers who have ordered before but not in the last 6 months": the rows with none in the
 * period are also held to have some before it, which the absence alone does not say. */
static void lapsed_rows(struct query *q)
{
    static const char *const before[] = {"previously", "already", "lapsed", "formerly",
                                         "returning"};
    static const char *const then[] = {"haven", "hasn", "havent", "hasnt", "have",
                                       "has",   "but",  "and",    "not"};
    int anti = 0, said = T0_SAYS(q, before);
    for (size_t k = 0; k < q->nf; k++)
        anti |= q->f[k].kind == FILTER_ANTI || (q->f[k].semi && q->f[k].neg);
    size_t n_toks = t0_n_toks(q);
    for (size_t i = 0; i + 1 < n_toks && !said; i++)
        /* "ordered before but not since": "before" with no date after it */
        said = strcmp(q->toks[i].word, "before") == 0 && q->toks[i + 1].kind == NL_TOK_WORD &&
               NL_WORD_IN(q->toks[i + 1].word, then);
    if (anti && said)
        t0_doubt(q, P_UNSURE, "rows with none in the period, and some before it?");
}

/* "units not currently leased" read as units no lease ever pointed at: "now" asks about the
 * rows whose period covers today, which the absence of any row does not say. */
static void never_for_now(struct query *q)
{
    static const char *const now[] = {"currently", "now", "presently", "today"};
    int anti = 0, amb = 0;
    for (size_t k = 0; k < q->nf; k++)
        anti |= q->f[k].kind == FILTER_ANTI && q->f[k].t2 >= 0 &&
                (t0_date_col(q, q->f[k].t2, &amb) >= 0 || t0_date_named_col(q, q->f[k].t2) >= 0);
    /* (rows with no date say nothing of now: "teachers not teaching any course right now") */
    if (anti && T0_SAYS(q, now))
        t0_doubt(q, P_UNSURE, "no row at all read for one that is not current now");
}

/* flt_no, tkt_num, phone_number: a number that names a row (its last word says so), never an
 * amount */
static int names_rows(const struct query *q, int t, int c)
{
    static const char *const always[] = {"no", "nbr"}, *const as_text[] = {"num", "number"};
    if (t < 0 || c < 0 || q->ns->cols[t][c].n < 2)
        return 0;
    /* rating_num holds a rating; a phone_number or acct_num kept as text names something */
    return t0_col_last_word_in(q, t, c, always, 2) ||
           (t0_col_last_word_in(q, t, c, as_text, 2) &&
            q->s->tables[t].cols[c].type == SCHEMA_TYPE_TEXT);
}

/* "which 3 states have the most area codes": codes are counted, never added up; a total or an
 * average of a code or an id column (area_code, zip, cust_id) is a misreading. */
static void total_of_codes(struct query *q, const struct shape *sh)
{
    static const char *const codes[] = {"code", "cd", "zip", "id", "postcode"};
    if ((sh->agg != NL_AGG_SUM && sh->agg != NL_AGG_AVG) || sh->agg_t < 0 || sh->agg_c < 0 ||
        sh->revenue || sh->metric)
        return;
    if (t0_col_has_any_word(q, sh->agg_t, sh->agg_c, codes, sizeof codes / sizeof codes[0])) {
        t0_doubt(q, P_UNSURE, "a total of %s, a code",
                 q->s->tables[sh->agg_t].cols[sh->agg_c].name);
        return;
    }
    if (names_rows(q, sh->agg_t, sh->agg_c))
        t0_doubt(q, P_UNSURE, "a total of %s, a number that names a row",
                 q->s->tables[sh->agg_t].cols[sh->agg_c].name);
}

/* "avg seat capacity per flight" grouped by flt_no: one average per flight number is no
 * average over the flights */
static void average_per_own_number(struct query *q, const struct shape *sh)
{
    if (sh->agg == NL_AGG_AVG && sh->group == GROUP_COLUMN && sh->group_t == sh->agg_t &&
        names_rows(q, sh->group_t, sh->group_c))
        t0_doubt(q, P_UNSURE, "an average per %s, a number that names each row",
                 q->s->tables[sh->group_t].cols[sh->group_c].name);
}

/* "total revenue of the customer with the most orders", "the average salary of the employee
 * with the most sales": an aggregate over the one row a ranking picks. Tier 0 composes the
 * ranking, not a total of its winner beside another key; read as a ranking by the total, or as
 * the name alone, the answer is wrong. ("the capacity of the stadium with the most concerts"
 * is the winner's own column, composed.) */
static void figure_of_ranked(struct query *q, const struct shape *sh)
{
    static const char *const rel[] = {"with", "who", "that", "which", "whose"};
    static const char *const sup[] = {"most",   "highest",  "largest", "biggest", "fewest", "least",
                                      "lowest", "smallest", "top",     "best",    "worst"};
    if (sh->limit != 1 || sh->agg == NL_AGG_NONE)
        return;
    for (size_t i = 1; i + 3 < q->n; i++) {
        if (q->sp[i].kind != NL_SPAN_STOPWORD || strcmp(q->sp[i].lex->phrase, "of") != 0)
            continue;
        size_t t = i + 1;
        if (t < q->n && q->sp[t].kind == NL_SPAN_STOPWORD)
            t++; /* "the" */
        if (t + 2 >= q->n || q->sp[t].kind != NL_SPAN_TABLE)
            continue;
        const char *w = q->toks[q->sp[t + 1].tok].word;
        if (!NL_WORD_IN(w, rel))
            continue;
        int figure = 0, ranked = 0;
        for (size_t k = 0; k < i; k++)
            figure |= q->sp[k].kind == NL_SPAN_LEX &&
                      (q->sp[k].lex->role == NL_R_AGG || q->sp[k].lex->role == NL_R_REVENUE);
        for (size_t k = t + 2; k < q->n && !ranked; k++)
            for (size_t x = 0; x < q->sp[k].len && !ranked; x++)
                ranked = NL_WORD_IN(q->toks[q->sp[k].tok + x].word, sup);
        if (figure && ranked) {
            t0_doubt(q, P_UNSURE, "a figure of the row a ranking picks is not composed");
            return;
        }
    }
}

/* "students older than 20, name and age" answered with the ages alone: a list that asks for
 * names shows no column that names a row. */
static void lost_name(struct query *q, const struct shape *sh)
{
    if (sh->agg != NL_AGG_NONE || sh->n_sel == 0)
        return;
    static const char *const names[] = {"name", "names"};
    static const char *const adds[] = {"include", "including", "plus", "incl"};
    int asked = T0_SAYS(q, names);
    /* "who has a net worth above 20 million? include the net worth": the people, with it */
    if (!asked && q->n > 0 && T0_SAYS(q, adds) && sh->main >= 0 &&
        (strcmp(q->toks[0].word, "who") == 0 || strcmp(q->toks[0].word, "which") == 0)) {
        int lab[2], n = t0_label_cols(q, sh->main, lab, 0), pk = t0_pk_col(q, sh->main);
        for (size_t j = 0; j < sh->n_sel; j++) {
            int c = sh->sel_c[j];
            if (sh->sel_t[j] == sh->main &&
                ((pk >= 0 && c == pk) || (n > 0 && c == lab[0]) || (n > 1 && c == lab[1])))
                return;
        }
        t0_doubt(q, P_UNSURE, "the rows asked for are not shown, only what to include");
        return;
    }
    for (size_t j = 0; asked && j < sh->n_sel; j++) {
        int lab[2], n = sh->sel_t[j] >= 0 ? t0_label_cols(q, sh->sel_t[j], lab, 0) : 0;
        for (int x = 0; x < n; x++)
            if (lab[x] == sh->sel_c[j])
                return;
        if (sh->sel_c[j] >= 0 &&
            (t0_col_has_word(q, sh->sel_t[j], sh->sel_c[j], "name") ||
             t0_col_of(q, sh->sel_t[j], sh->sel_c[j])->type == SCHEMA_TYPE_TEXT))
            return; /* "names of small businesses": their company, a text that may name them */
    }
    if (asked)
        t0_doubt(q, P_UNSURE, "names are asked for and no column shown names a row");
}

/* "dental cleanings per quarter" read as the catalogue row named 'Dental cleaning', counted:
 * a count of rows held to the one its name says is that row, 1, while the rows that point at it
 * (the lines that bill it) are what is counted. */
static void count_of_named_row(struct query *q, const struct shape *sh)
{
    if (sh->agg != NL_AGG_COUNT || sh->main < 0)
        return;
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind != FILTER_VALUE || f->t != sh->main || f->c < 0 || f->op != NL_OP_EQ ||
            f->n_vals != 1 || t0_col_of(q, f->t, f->c)->pk)
            continue;
        int lab[2], n = t0_label_cols(q, f->t, lab, 1), named = 0;
        for (int x = 0; x < n; x++)
            named |= lab[x] == f->c;
        named |= t0_col_has_word(q, f->t, f->c, "desc"); /* not role_nm: a role, not the row */
        /* a name every row has its own of ('Master' shared by many programmes counts them) */
        long long rows = q->s->tables[f->t].row_count,
                  distinct = t0_col_of(q, f->t, f->c)->n_distinct;
        named &= rows > 0 && distinct == rows;
        int pointed = 0;
        for (size_t u = 0; named && u < q->s->n_tables && !pointed; u++)
            pointed = (int)u != f->t && t0_fk_to(q, (int)u, f->t, &(int){0}) >= 0;
        if (named && pointed) {
            t0_doubt(q, P_UNSURE, "counting the %s row named '%s', not the rows that point at it",
                     q->s->tables[f->t].name, f->vals[0]);
            return;
        }
    }
}

/* "what's our total GMV" summed over slr_tier.min_gmv_usd, the least GMV of a tier: a column
 * that is a bound (min_, max_) is no amount to add up unless the bound is what is asked. */
static void sum_of_bound(struct query *q, const struct shape *sh)
{
    static const char *const bounds[] = {"min", "max", "minimum", "maximum"};
    if ((sh->agg != NL_AGG_SUM && sh->agg != NL_AGG_AVG) || sh->agg_t < 0 || sh->agg_c < 0 ||
        sh->metric)
        return;
    const struct nl_name *cn = &q->ns->cols[sh->agg_t][sh->agg_c];
    if (cn->n < 2 || !NL_WORD_IN(cn->stem[0], bounds))
        return;
    static const char *const asked[] = {"min", "max", "minimum", "maximum", "threshold"};
    if (T0_SAYS(q, asked))
        return;
    t0_doubt(q, P_UNSURE, "%s is a bound, not an amount to add up",
             q->s->tables[sh->agg_t].cols[sh->agg_c].name);
}

/* "how many products did we sell" answered with every product: the rows of a table others
 * point at, counted whole, while the question says they were sold (some of them, or units). */
static void count_of_sold(struct query *q, const struct shape *sh)
{
    static const char *const sold[] = {"sold", "sell", "sells"};
    if (sh->agg != NL_AGG_COUNT || sh->main < 0 || sh->group == GROUP_TABLE ||
        sh->group == GROUP_COLUMN)
        return; /* "pt packages sold per quarter": the sales, not the distinct packages */
    int says = 0, units = 0, did = 0;
    size_t end = t0_n_toks(q);
    for (size_t k = 0; k < end; k++) {
        /* sold, or "did we sell"; "do we sell" asks what the catalogue offers */
        says |= strcmp(q->toks[k].word, "sold") == 0 || (did && NL_WORD_IN(q->toks[k].word, sold));
        did |= strcmp(q->toks[k].word, "did") == 0;
        units |= strcmp(q->toks[k].word, "units") == 0;
    }
    for (size_t k = 0; says && k < q->nf; k++)
        if (q->f[k].kind == FILTER_VALUE && q->f[k].n_vals == 1 && q->f[k].vals[0] &&
            strncasecmp(q->f[k].vals[0], "sold", 4) == 0)
            return; /* "listings sold": their state says so */
    for (size_t u = 0; says && !units && u < q->s->n_tables; u++) {
        int qc, pc;
        if ((int)u != sh->main && t0_fk_to(q, (int)u, sh->main, &(int){0}) >= 0 &&
            t0_revenue_cols(q, (int)u, &qc, &pc)) {
            /* "how many items have been sold" over the menu: order lines with a quantity
             * name the items sold, whatever their menu's restaurant is dated by */
            t0_doubt(q, P_UNSURE, "'sold' may count the %s some %s rows name, not all of them",
                     q->s->tables[sh->main].name, q->s->tables[u].name);
            return;
        }
    }
    for (size_t u = 0; says && u < q->s->n_tables; u++)
        if ((int)u != sh->main && t0_fk_to(q, sh->main, (int)u, &(int){0}) >= 0 &&
            t0_date_cols(q, (int)u) > 0)
            return; /* tickets of a dated booking are the sales themselves */
    for (size_t u = 0; says && !units && u < q->s->n_tables; u++)
        if ((int)u != sh->main && t0_fk_to(q, (int)u, sh->main, &(int){0}) >= 0) {
            t0_doubt(q, P_UNSURE, "'sold' may count the %s some %s rows name, not all of them",
                     q->s->tables[sh->main].name, q->s->tables[u].name);
            return;
        }
}

/* "lost ships with the battle they were lost in and the date of that battle" showing the
 * ships and the battles' dates: a table said after "with the" / "with their" in a list asks
 * for its rows to be shown, by their name. */
static void with_table_unshown(struct query *q, const struct shape *sh)
{
    if (sh->agg != NL_AGG_NONE || sh->main < 0)
        return;
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        size_t at = sp->tok;
        if (sp->kind != NL_SPAN_TABLE || sp->n_cand != 1 || sp->cand[0].table == sh->main ||
            at < 2 || strcmp(q->toks[at - 2].word, "with") != 0 ||
            (strcmp(q->toks[at - 1].word, "the") != 0 &&
             strcmp(q->toks[at - 1].word, "their") != 0))
            continue;
        int u = sp->cand[0].table, lab[2], n = t0_label_cols(q, u, lab, 1), shown = 0;
        for (size_t j = 0; j < sh->n_sel && n > 0; j++)
            shown |=
                sh->sel_t[j] == u && (sh->sel_c[j] == lab[0] || (n > 1 && sh->sel_c[j] == lab[1]));
        if (n > 0 && !shown) {
            t0_doubt(q, P_UNSURE, "'with the %s' may ask to show the %s rows' name",
                     q->toks[at].word, q->s->tables[u].name);
            return;
        }
    }
}

/* "what models does Ford make?" with a column Make: the last word after "does <subject>" is
 * the verb the question asks with, not a column to show. */
static void verb_as_column(struct query *q)
{
    static const char *const aux[] = {"does", "do", "did"};
    static const char *const verbs[] = {"make",  "sell", "build", "produce", "offer",
                                        "serve", "own",  "teach", "play",    "win",
                                        "cost",  "use",  "have"};
    if (!q->n)
        return;
    const struct nl_span *last = &q->sp[q->n - 1];
    for (size_t i = q->n; i-- > 0;) /* the last span that is no stop word */
        if (q->sp[i].kind != NL_SPAN_STOPWORD) {
            last = &q->sp[i];
            break;
        }
    if (last->kind != NL_SPAN_COLUMN || last->len != 1 ||
        !NL_WORD_IN(q->toks[last->tok].word, verbs))
        return;
    for (size_t k = 0; k + 1 < last->tok; k++)
        if (NL_WORD_IN(q->toks[k].word, aux)) {
            t0_doubt(q, P_UNSURE, "'%s' after '%s' may be the verb, not a column",
                     q->toks[last->tok].word, q->toks[k].word);
            return;
        }
}

/* "museums with an above-average number of staff" answered with the average: a comparison
 * with the average asks for the rows on one side of it. */
static void average_compared(struct query *q)
{
    static const char *const sides[] = {"above", "below", "over", "under", "than"};
    size_t end = t0_n_toks(q);
    int aggcmp = 0;
    for (size_t k = 0; k < q->nf; k++)
        aggcmp |= q->f[k].kind == FILTER_AGGCMP;
    for (size_t i = 0; !aggcmp && i + 1 < end; i++) {
        size_t j = i + 1 < end && strcmp(q->toks[i + 1].word, "the") == 0 ? i + 2 : i + 1;
        if (NL_WORD_IN(q->toks[i].word, sides) && j < end &&
            (strcmp(q->toks[j].word, "average") == 0 || strcmp(q->toks[j].word, "mean") == 0)) {
            t0_doubt(q, P_WRONGISH, "the rows %s the average are asked, not the average",
                     q->toks[i].word);
            return;
        }
    }
}

/* "bill amount", "order value": one row's amount, said with the table's own noun */
static int row_amount_said(const struct query *q, int t)
{
    static const char *const amounts[] = {"amount", "amounts", "value", "total", "size"};
    size_t end = t0_n_toks(q);
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t k = 0; tn->n && k + 1 < end; k++) {
        char stem[NL_WORD_MAX];
        nl_stem(q->toks[k].word, stem, sizeof stem);
        if ((strcmp(stem, tn->stem[0]) == 0 || nl_short_form(tn->stem[0], q->toks[k].word)) &&
            NL_WORD_IN(q->toks[k + 1].word, amounts))
            return 1;
    }
    return 0;
}

/* A verb of money said and not read as a stored value ("invoices were paid" is the state
 * 'paid'). */
static int money_verb_said(const struct query *q)
{
    static const char *const verbs[] = {"billed", "charged", "invoiced", "collected",
                                        "paid",   "spent",   "earned"};
    for (size_t i = 0; i < q->n; i++)
        if (q->sp[i].len == 1 && q->sp[i].kind != NL_SPAN_VALUE &&
            NL_WORD_IN(q->toks[q->sp[i].tok].word, verbs))
            return 1;
    return 0;
}

static int count_word_said(const struct query *q)
{
    static const char *const counts[] = {"many", "number", "count", "#", "counts"};
    return T0_SAYS(q, counts);
}

/* "bills issued per month", "tickets opened in 2024": a word of the rows being made, read as a
 * status value ('Issued': billed, not yet paid) beside a period */
static void creation_as_status(struct query *q, const struct shape *sh)
{
    static const char *const made[] = {"issued", "opened", "created", "submitted",  "placed",
                                       "raised", "filed",  "logged",  "registered", "generated"};
    int dated = sh->group == GROUP_TIME;
    for (size_t k = 0; k < q->nf && !dated; k++)
        dated = q->f[k].kind == FILTER_YEAR || q->f[k].kind == FILTER_DATE;
    for (size_t k = 0; dated && k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind != FILTER_VALUE || f->span < 0 || q->sp[f->span].len != 1)
            continue;
        const char *w = q->toks[q->sp[f->span].tok].word;
        if (NL_WORD_IN(w, made)) {
            t0_doubt(q, P_UNSURE,
                     "'%s' read as a status, though it may say when the rows were "
                     "made",
                     w);
            return;
        }
    }
}

static void doubt_shape(struct query *q, const struct shape *sh)
{
    average_compared(q);
    verb_as_column(q);
    with_table_unshown(q, sh);
    count_of_sold(q, sh);
    sum_of_bound(q, sh);
    count_of_named_row(q, sh);
    lost_name(q, sh);
    figure_of_ranked(q, sh);
    amounts_listed(q, sh);
    money_asked(q, sh);
    if ((q->per_period || sh->per_entity == 2) && !sh->metric && !sh->revenue && sh->agg_t >= 0 &&
        row_amount_said(q, sh->agg_t))
        /* "average bill amount per month": one bill's amount, averaged within each month, or
         * the months' totals averaged? */
        t0_doubt(q, P_UNSURE, "an average of each row's %s per period, or of the periods' totals?",
                 q->s->tables[sh->agg_t].cols[sh->agg_c >= 0 ? sh->agg_c : 0].name);
    creation_as_status(q, sh);
    name_of_number(q, sh);
    number_names_table(q, sh);
    events_or_units(q, sh);
    shown_after_via(q, sh);
    rows_not_named(q, sh);
    how_many_they_have(q, sh);
    each_row_unnamed(q, sh);
    events_dated_by_other(q, sh);
    never_for_now(q);
    lapsed_rows(q);
    verb_dated_by_rows(q);
    doers_of_column(q);
    total_of_codes(q, sh);
    average_per_own_number(q, sh);
    lost_list_item(q);
    lost_where_item(q);
    percent_of_own(q);
    if (sh->time2_t >= 0 && sh->group == GROUP_NONE)
        t0_doubt(q, P_WRONGISH, "a grouping by period is left out");
    table_word_is_kind(q, sh);
    echo_of_value(q, sh);
    for (size_t k = 0; sh->agg == NL_AGG_COUNT && sh->count_distinct && sh->agg_c >= 0 && k < q->nf;
         k++)
        if (q->f[k].kind == FILTER_VALUE && q->f[k].op == NL_OP_EQ && q->f[k].t == sh->agg_t &&
            q->f[k].c == sh->agg_c)
            /* "how many priority P1 work orders" as the distinct priorities where it is P1 */
            t0_doubt(q, P_WRONGISH, "the distinct %s where it is one value: always 1",
                     q->s->tables[sh->agg_t].cols[sh->agg_c].name);
    if (sh->agg == NL_AGG_COUNT && !q->percent && money_verb_said(q) && !count_word_said(q))
        /* "tax billed by quarter" counted the bills with a tax line: an amount is asked */
        t0_doubt(q, P_UNSURE, "an amount billed or paid is asked, not a count");
    if (sh->agg == NL_AGG_COUNT && sh->agg_c >= 0 && sh->agg_t >= 0 && sh->count_distinct) {
        /* "how many flights" over flt_leg.flt_no: the legs flown, or the distinct flight
         * numbers? The table's own word names the rows. */
        static const char *const ident[] = {"no", "num", "number"};
        const struct nl_name *cn = &q->ns->cols[sh->agg_t][sh->agg_c];
        const struct nl_name *tn = &q->ns->tables[sh->agg_t];
        if (cn->n > 1 && tn->n > 0 && strcmp(cn->stem[0], tn->stem[0]) == 0 &&
            t0_col_last_word_in(q, sh->agg_t, sh->agg_c, ident, 3))
            t0_doubt(q, P_UNSURE, "the %s rows counted, or the distinct %s?",
                     q->s->tables[sh->agg_t].name, q->s->tables[sh->agg_t].cols[sh->agg_c].name);
    }
    static const char *const amounts[] = {"amt", "amount", "total", "qty", "cnt", "bal"};
    if (sh->agg == NL_AGG_COUNT && sh->agg_c >= 0 && sh->agg_t >= 0 &&
        (q->s->tables[sh->agg_t].cols[sh->agg_c].type == SCHEMA_TYPE_REAL ||
         (t0_col_is_numeric(q, sh->agg_t, sh->agg_c) &&
          t0_col_has_any_word(q, sh->agg_t, sh->agg_c, amounts,
                              sizeof amounts / sizeof amounts[0]))))
        /* "number of shifts worked" read as the distinct hours of hrs_wrkd: distinct amounts
         * of a measure are seldom what is counted */
        t0_doubt(q, P_UNSURE, "counting the distinct values of %s, a measure",
                 q->s->tables[sh->agg_t].cols[sh->agg_c].name);
    for (size_t j = 0; j < q->nf; j++)
        for (size_t k = j + 1; k < q->nf; k++)
            if (q->f[j].t >= 0 && q->f[j].c >= 0 && contradict(&q->f[j], &q->f[k])) {
                t0_doubt(q, P_WRONGISH, "%s is held to two values at once",
                         q->s->tables[q->f[j].t].cols[q->f[j].c].name);
                j = q->nf;
                break;
            }
    const char *w0 = q->toks[0].word;
    if ((q->limit > 0 || q->has_top) && sh->limit <= 0 && sh->part_c < 0)
        t0_doubt(q, P_UNSURE, "'%s' is not applied to the answer",
                 q->has_top ? "top" : "the number");
    if (q->offset > 0 && !(sh->limit == 1 && (sh->order_agg || sh->order_c >= 0)))
        t0_doubt(q, P_UNSURE, "the place in the ranking is not applied to the answer");
    else if (q->offset > 0 && sh->order_agg)
        t0_doubt(q, P_UNSURE, "a place in a ranking by %s, where ties are likely",
                 sh->agg == NL_AGG_COUNT ? "a count" : "a total");
    if (q->rank && (q->agg == NL_AGG_COUNT || q->agg == NL_AGG_AVG || q->agg == NL_AGG_SUM) &&
        sh->agg == NL_AGG_NONE)
        t0_doubt(q, P_UNSURE, "an aggregate over the ranked rows is not composed");
    if (strcmp(w0, "who") == 0 && sh->agg != NL_AGG_NONE && sh->group == GROUP_NONE &&
        sh->n_sel == 0 && !q->rank)
        t0_doubt(q, P_UNSURE, "'who' asks for the rows, not an aggregate of them");
    if ((strcmp(w0, "where") == 0 || strcmp(w0, "when") == 0) && sh->n_sel == 0 &&
        sh->n_gsel == 0 && sh->agg == NL_AGG_NONE)
        t0_doubt(q, P_UNSURE, "'%s' asks for a column the question does not name", w0);
}

/* "shops that hire no employee": the rows an anti-join looks for (hiring) or a table they
 * point at (employee) */
static int anti_names(const struct query *q, const struct filter *f, int t)
{
    const struct schema_table *link = &q->s->tables[f->t2];
    if (f->t2 == t)
        return 1;
    for (size_t c = 0; c < link->n_cols; c++)
        if (t0_fk_table(q, f->t2, (int)c) == t)
            return 1;
    return 0;
}

/* A table named in the question that plays no part in the query. */
static void doubt_unused_tables(struct query *q, const struct shape *sh)
{
    /* the mentions, then every span read as one table: a reading may give a table a role that
     * a later one takes away ("regions with more than 70 customers per employee") */
    for (size_t k = 0; k < q->n_mentions + q->n; k++) {
        int span = k < q->n_mentions ? q->mentions[k] : (int)(k - q->n_mentions);
        if (k >= q->n_mentions && (q->sp[span].kind != NL_SPAN_TABLE || q->sp[span].n_cand != 1))
            continue;
        int t = t0_span_table(q, span);
        int used = t == sh->main || t == q->entity || t == sh->group_t || t == sh->g2_t ||
                   t == sh->agg_t || t == sh->part_t || q->bfs.dist[t] == 0 ||
                   (t == q->through_t && sh->group == GROUP_TABLE && sh->group_t == q->through_to &&
                    q->bfs.via[q->through_to].from == t);
        for (size_t j = 0; !used && j < q->nf; j++)
            used = q->f[j].t == t || q->f[j].key_of == t + 1 ||
                   (q->f[j].kind == FILTER_ANTI && anti_names(q, &q->f[j], t));
        for (size_t j = 0; !used && j < sh->n_sel; j++)
            used = sh->sel_t[j] == t;
        if (!used) {
            /* on the join path ("students enrolled in Databases") it is a connector */
            for (size_t j = 0; !used && j < q->nf; j++) {
                int u = q->f[j].t;
                while (!used && u >= 0 && u != sh->main && q->bfs.dist[u] > 0) {
                    u = q->bfs.via[u].from;
                    used = u == t;
                }
            }
        }
        if (!used)
            t0_doubt(q, P_UNSURE, "'%s' has no role in the query", q->s->tables[t].name);
    }
}

void nl_answer_free(struct nl_answer *a)
{
    if (!a)
        return;
    free(a->sql);
    free(a->explain);
    a->sql = a->explain = NULL;
}

int nl_generate(const struct schema *s, const struct question *question, struct nl_answer *out,
                struct err *e)
{
    struct nl_token toks[NL_MAX_TOKENS];
    struct nl_span spans[NL_MAX_SPANS];
    const struct nl_schema *ns;
    struct query q;
    struct shape sh;
    struct buf sql = BUF_INIT, x = BUF_INIT;
    int rc = ERR_NOMEM, n_toks;

    memset(out, 0, sizeof *out);
    memset(&q, 0, sizeof q);
    buf_init(&q.doubts, 4096);
    if (!s || !question) {
        rc = err_set(e, ERR_USAGE, "nl_generate: no schema or question");
        goto out;
    }
    n_toks = nl_tokens_from_question(question, toks, NL_MAX_TOKENS);
    if (n_toks <= 0) {
        buf_puts(&x, n_toks < 0 ? "the question is too long for tier 0" : "empty question");
        goto done;
    }
    /* The schema's stemmed names are built once per schema, not per question. */
    if (!(ns = nl_schema_get(s))) {
        rc = err_set(e, ERR_NOMEM, "nl_generate: out of memory");
        goto out;
    }
    q.s = s;
    q.ns = ns;
    q.toks = toks;
    q.sp = spans;
    n_toks = (int)t0_money_tokens(toks, (size_t)n_toks);
    q.n = nl_link(ns, toks, (size_t)n_toks, spans, NL_MAX_SPANS);
    q.conf = 1.0;
    for (size_t k = 0; k < (size_t)n_toks; k++)
        if (toks[k].typo[0])
            t0_doubt(&q, P_SLIGHT, "read '%s' as '%s'", toks[k].typo, toks[k].word);
    t0_semantic_link(&q, (size_t)n_toks);
    t0_aggcmp_read(&q);
    t0_contains_read(&q);
    t0_percent_read(&q);
    q.agg_span = q.measure_span = q.counted_span = q.count_col_span = q.group_span = -1;
    q.most_span = q.having_span = q.order_hint = q.main = q.entity = q.rev_t = q.rev_d = -1;
    q.sort_span = q.taken_col = q.anti_span = q.anti_from = q.valued_span = -1;
    q.through_t = q.through_to = q.group2_span = q.current_span = -1;
    q.each_t = -1;
    if (t0_bfs_alloc(&q.bfs, s->n_tables) != 0) {
        rc = err_set(e, ERR_NOMEM, "nl_generate: out of memory");
        goto out;
    }
    t0_calendar_read(&q);
    t0_cohort_read(&q);
    t0_interpret(&q);

    if (q.vague) {
        t0_settle_unknowns(&q, NULL);
        buf_printf(&x, "not a lookup tier 0 can answer: %s", buf_cstr(&q.doubts));
        goto done;
    }
    if (!q.any_link) {
        t0_settle_unknowns(&q, NULL);
        explain_no_link(&q, out, &x);
        goto done;
    }
    if (t0_resolve(&q, &sh) != 0) {
        t0_settle_unknowns(&q, NULL);
        buf_printf(&x, "not understood: %s", buf_cstr(&q.doubts));
        goto done;
    }
    t0_settle_unknowns(&q, &sh);
    t0_cal_date_group(&q, &sh);
    t0_cal_ending_state(&q, &sh);
    t0_cal_check(&q, &sh);
    for (size_t k = 0; k < q.nf; k++)
        out->empty_ok |= q.f[k].kind == FILTER_ANTI;
    doubt_shape(&q, &sh);
    int crc =
        q.cohort_t >= 0 ? t0_cohort_compose(&q, &sh, &sql, &x) : t0_compose(&q, &sh, &sql, &x);
    if (crc == -2) {
        rc = err_set(e, ERR_NOMEM, "nl_generate: out of memory");
        goto out;
    }
    if (crc != 0) {
        buf_reset(&x);
        buf_printf(&x, "not understood: %s", buf_cstr(&q.doubts));
        buf_reset(&sql);
        goto done;
    }
    doubt_unused_tables(&q, &sh);
    if (q.conf < 0)
        q.conf = 0;
    /* three decimals: the doubts' factors multiply to values such as 0.96 * 5/6, which binary
     * arithmetic leaves a hair under 0.8; the confidence is that 0.8, as it is shown and as
     * the threshold it is compared with says (an answer at 0.80 is an answer) */
    out->confidence = round(q.conf * 1000.0) / 1000.0;
    if (q.doubts.len)
        buf_printf(&x, " (unsure: %s)", buf_cstr(&q.doubts));
    out->sql = buf_detach(&sql);
    if (!out->sql)
        goto out;
done:
    if (x.failed)
        goto out;
    out->explain = buf_detach(&x);
    if (!out->explain)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        nl_answer_free(out);
    if (q.s)
        t0_bfs_free(&q.bfs);
    buf_free(&sql);
    buf_free(&x);
    buf_free(&q.doubts);
    return rc;
}
