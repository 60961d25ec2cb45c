/* nl tier 0, percentages of rows: "what percentage of orders were cancelled" is the count of the
 * rows meeting the condition over the count of all of them, not the count alone; "what share of
 * orders comes through each channel" is each group's count over the whole table's. Shares of a
 * measure likewise: "what share of revenue comes from the online channel" is the total over the
 * condition's rows against the whole total, "each region's share of revenue" each group's. The
 * words are read as a count before t0_interpret() (so the rest of the question reads as it would
 * after "how many"), and t0_compose() turns that count into the percentage. */
#include <stdio.h>
#include <string.h>

#include "db/dialect.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "util/buf.h"

#include "util/banned.h"

/* What the percentage word becomes: read as "how many" before rows, as a filler word before a
 * measure ("share of revenue": the measure itself is the aggregate). */
static const struct nl_lex percent_lex = {"percentage of", NL_R_COUNT, 0, 0};
static const struct nl_lex share_lex = {"share of", NL_R_STOP, 0, 0};
static const struct nl_lex share_sum_lex = {"share of", NL_R_AGG, NL_AGG_SUM, 0};

/* A column of amounts a share can be taken of: numbers that are no key, flag or date. */
static int amount_col(const struct query *q, int t, int c)
{
    return t0_col_number_value(q, t, c) && !t0_col_is_flag(q, t, c) && !t0_col_is_date(q, t, c);
}

static int percent_word(const char *w)
{
    static const char *const words[] = {"percentage", "percent",  "share",
                                        "proportion", "fraction", "pct"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcmp(w, words[k]) == 0)
            return 1;
    return 0;
}

/* Some candidate of column span c is a column of some candidate table of table span t. */
/* A percent sign or word said apart from span i ("what share (in %) ...") */
static int percent_said_apart(const struct query *q, size_t i)
{
    for (size_t k = 0; k < q->n; k++) {
        if (k == i)
            continue;
        for (size_t t = q->sp[k].tok; t < q->sp[k].tok + q->sp[k].len; t++)
            if (q->toks[t].percent || strcmp(q->toks[t].word, "percent") == 0 ||
                strcmp(q->toks[t].word, "percentage") == 0)
                return 1;
    }
    return 0;
}

static int same_table(const struct nl_span *c, const struct nl_span *t)
{
    for (size_t k = 0; k < c->n_cand; k++)
        if (t0_span_has_table(t, c->cand[k].table))
            return 1;
    return 0;
}

/* "what share of hires are full time, as a percent": the percentage is read at its first word;
 * a later one only says how it is written. A fraction or proportion with no word of percent
 * may be wanted as a number from 0 to 1: a doubt. */
static void quiet_after(struct query *q, size_t i)
{
    static const char *const in_percent[] = {"percentage", "percent", "pct", "share"};
    int said = 0;
    for (size_t j = i; j < q->n && !said; j++)
        said = NL_WORD_IN(q->toks[q->sp[j].tok].word, in_percent);
    if (!said) /* "what fraction of the rows ...": 0.25, or 25 (%)? */
        t0_doubt(q, P_UNSURE, "'%s' may want a fraction rather than a percentage",
                 q->toks[q->sp[i].tok].word);
    for (size_t j = i + 1; j < q->n; j++)
        if (q->sp[j].kind == NL_SPAN_LEX && q->sp[j].lex->role == NL_R_COMPLEX &&
            q->sp[j].len == 1 && percent_word(q->toks[q->sp[j].tok].word))
            q->sp[j].lex = &share_lex;
}

/* "the ratio of online orders to store orders", "returned orders as a ratio of delivered
 * orders": "ratio" with exactly two stored values of one column in the question, the first the
 * numerator. Read as a count (of the rows with either); t0_compose() divides. */
static int read_ratio(struct query *q)
{
    int at = -1, v[2] = {-1, -1}, n = 0;
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (sp->kind == NL_SPAN_LEX && sp->lex->role == NL_R_COMPLEX && sp->len == 1 &&
            strcmp(q->toks[sp->tok].word, "ratio") == 0)
            at = (int)i;
        else if (sp->kind == NL_SPAN_VALUE && n++ < 2)
            v[n - 1] = (int)i;
    }
    if (at < 0 || n != 2 || q->sp[v[0]].n_cand != 1 || q->sp[v[1]].n_cand != 1 ||
        q->sp[v[0]].cand[0].table != q->sp[v[1]].cand[0].table ||
        q->sp[v[0]].cand[0].col != q->sp[v[1]].cand[0].col ||
        strcmp(q->sp[v[0]].cand[0].value, q->sp[v[1]].cand[0].value) == 0)
        return 0;
    q->sp[at].lex = &percent_lex;
    q->sp[at].kind = NL_SPAN_LEX;
    q->percent = PERCENT_RATIO;
    q->ratio_vals[0] = q->sp[v[0]].cand[0].value;
    q->ratio_vals[1] = q->sp[v[1]].cand[0].value;
    return 1;
}

void t0_percent_read(struct query *q)
{
    if (read_ratio(q))
        return;
    for (size_t i = 0; i < q->n; i++) {
        /* "gross margin % by region": a % sign after what it measures only says its unit */
        struct nl_span *sp = &q->sp[i];
        int pv = t0_prev_content(q, i);
        if (sp->kind == NL_SPAN_LEX && sp->lex->role == NL_R_COMPLEX && sp->len == 1 &&
            q->toks[sp->tok].percent && pv >= 0 &&
            !(q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_QWORD))
            sp->lex = &share_lex;
    }
    for (size_t i = 0; i + 1 < q->n; i++) {
        struct nl_span *sp = &q->sp[i];
        if ((sp->kind != NL_SPAN_LEX && sp->kind != NL_SPAN_COLUMN &&
             sp->kind != NL_SPAN_UNKNOWN) ||
            sp->len != 1 || !percent_word(q->toks[sp->tok].word))
            continue;
        size_t at = sp->tok;
        if (at >= 2 && strcmp(q->toks[at - 2].word, "how") == 0 &&
            (strcmp(q->toks[at - 1].word, "many") == 0 ||
             strcmp(q->toks[at - 1].word, "much") == 0))
            continue; /* "by how many percent did sales grow": a change (calendar.c) */
        const struct nl_lex *was_lex = sp->lex;
        int was_unknown = sp->kind == NL_SPAN_UNKNOWN;
        if (was_unknown) { /* "fraction", "proportion": read as the others, unknown if unread */
            sp->kind = NL_SPAN_LEX;
            sp->lex = &share_lex;
        }
        int next = t0_next_content(q, i);
        int pv = t0_prev_content(q, i);
        static const char *const now[] = {"current", "active"};
        if (next >= 0 && next + 1 < (int)q->n && q->sp[next].kind == NL_SPAN_UNKNOWN &&
            q->sp[next + 1].kind == NL_SPAN_TABLE && NL_WORD_IN(q->toks[q->sp[next].tok].word, now))
            next++; /* "percentage of current employees": of the employees, current ones */
        else if (next >= 0 && q->sp[next].kind == NL_SPAN_VALUE &&
                 t0_next_content(q, (size_t)next) >= 0 &&
                 q->sp[t0_next_content(q, (size_t)next)].kind == NL_SPAN_TABLE)
            next = t0_next_content(q, (size_t)next); /* "percentage of Asian countries": of
                                                      * the countries, the Asian ones */
        if (sp->kind == NL_SPAN_COLUMN && next >= 0 && pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX &&
            q->sp[pv].lex->role == NL_R_QWORD &&
            (q->sp[next].kind == NL_SPAN_TABLE || q->sp[next].kind == NL_SPAN_COLUMN) &&
            (q->sp[next].kind == NL_SPAN_COLUMN || same_table(sp, &q->sp[next]))) {
            /* "what percentage of languages are official", of a table with a Percentage
             * column: the column's values, or a share of the rows? ("the maximum share of the
             * series" is the column) */
            t0_doubt(q, P_UNSURE, "'%s' may be a column or a share of rows", q->toks[sp->tok].word);
            continue;
        } else if (sp->kind == NL_SPAN_COLUMN && pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX &&
                   q->sp[pv].lex->role == NL_R_QWORD && percent_said_apart(q, i))
            /* "what share (in %) have CD as their format", beside a Share column: a share of
             * the rows, asked in percent */
            t0_doubt(q, P_UNSURE, "'%s' may be a column or a share of rows", q->toks[sp->tok].word);
        if (sp->kind == NL_SPAN_COLUMN &&
            !(next >= 0 && q->sp[next].kind == NL_SPAN_TABLE && !same_table(sp, &q->sp[next])))
            continue; /* "the percentage of English in Aruba", "the maximum share of the
                       * series": the column */
        /* "percentage of orders": of rows; "share of revenue": of a measure's total. A column
         * called Percentage in another table ("what percentage of countries are in Asia",
         * with countrylanguage.Percentage) is not what the word asks for. */
        if (next >= 0 && q->sp[next].kind == NL_SPAN_TABLE) {
            sp->kind = NL_SPAN_LEX;
            sp->n_cand = 0;
            q->sp[i].lex = &percent_lex;
            q->percent = PERCENT_ROWS;
            quiet_after(q, i);
            return;
        }
        int after_total = next >= 0 && q->sp[next].kind == NL_SPAN_LEX &&
                                  q->sp[next].lex->role == NL_R_AGG &&
                                  q->sp[next].lex->arg == NL_AGG_SUM
                              ? t0_next_content(q, (size_t)next)
                              : -1;
        if (after_total >= 0 && q->sp[after_total].kind == NL_SPAN_LEX &&
            q->sp[after_total].lex->role == NL_R_REVENUE)
            next = after_total; /* "share of total revenue per region" */
        if (sp->kind == NL_SPAN_LEX && pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX &&
            q->sp[pv].lex->role == NL_R_REVENUE && pv == (int)i - 1)
            next = pv; /* "revenue share by segment" */
        if (next >= 0 && q->sp[next].kind == NL_SPAN_LEX && q->sp[next].lex->role == NL_R_REVENUE) {
            q->sp[i].lex = &share_lex;
            q->percent = PERCENT_MEASURE;
            quiet_after(q, i);
            return;
        }
        /* "what share of the population lives in Asia", "percentage of total earnings",
         * "fraction of all song sales": the total of a column of amounts, as revenue above */
        int total = next >= 0 && q->sp[next].kind == NL_SPAN_LEX &&
                    q->sp[next].lex->role == NL_R_AGG && q->sp[next].lex->arg == NL_AGG_SUM;
        int m = total ? t0_next_content(q, (size_t)next) : next;
        if (m >= 0 && m + 1 < (int)q->n && q->sp[m + 1].kind == NL_SPAN_COLUMN &&
            (q->sp[m].kind == NL_SPAN_UNKNOWN ||
             (q->sp[m].kind == NL_SPAN_TABLE && same_table(&q->sp[m + 1], &q->sp[m]))))
            m++; /* "song sales": the table's own column; "poker earnings": the word left
                  * unread is a doubt of its own */
        if (sp->kind == NL_SPAN_LEX && m >= 0 && q->sp[m].kind == NL_SPAN_COLUMN &&
            t0_span_all(q, m, amount_col)) {
            sp->n_cand = 0;
            sp->kind = NL_SPAN_LEX;
            q->sp[i].lex = total ? &share_lex : &share_sum_lex;
            q->percent = PERCENT_MEASURE;
            quiet_after(q, i);
            return;
        }
        if (was_unknown) {
            sp->kind = NL_SPAN_UNKNOWN;
            sp->lex = was_lex;
        }
    }
}

/* "percent of orders cancelled per channel": a stored value said after the rows it is of
 * ("orders cancelled", not "cancelled orders") is a rate within each group: the rows of the
 * group with the value over all of the group's rows. Said before the rows ("the share of
 * cancelled orders by channel") it may be how those rows spread over the groups: a doubt. */
static int rate_per_group(const struct query *q, const struct shape *sh)
{
    const struct filter *f = NULL;
    for (size_t k = 0; k < q->nf; k++)
        if (!q->f[k].base)
            f = &q->f[k];
    int rows = q->counted_span >= 0 ? q->counted_span : q->n_mentions ? q->mentions[0] : -1;
    return q->percent == PERCENT_ROWS && f && f->kind == FILTER_VALUE && f->op != NL_OP_NE &&
           f->span >= 0 && rows >= 0 && f->span > rows && t0_span_table(q, rows) == sh->main &&
           (sh->group == GROUP_COLUMN || sh->group == GROUP_TABLE || sh->group == GROUP_TIME);
}

int t0_percent_check(struct query *q, const struct shape *sh, int fanout)
{
    if (!q->percent)
        return 0;
    if (q->percent == PERCENT_RATIO) {
        /* the two values, merged into one condition on their column (filters.c); every other
         * condition says which rows the ratio is of ("in 2023") */
        struct filter *f = NULL;
        size_t conds = 0;
        for (size_t k = 0; k < q->nf; k++)
            if (q->f[k].kind == FILTER_VALUE && q->f[k].op == NL_OP_IN && q->f[k].n_vals == 2 &&
                !f) {
                conds++;
                f = &q->f[k];
            } else {
                q->f[k].base = 1;
            }
        if (sh->agg != NL_AGG_COUNT || sh->agg_c >= 0 || conds != 1 || f->kind != FILTER_VALUE ||
            f->op != NL_OP_IN || f->n_vals != 2 || sh->group != GROUP_NONE || fanout || q->rank ||
            !t0_many_to_one(q, f->t) || t0_path_nullable(q, f->t)) {
            t0_doubt(q, P_UNSURE, "a ratio of this shape is not composed");
            return -1;
        }
        return 0;
    }
    int measure = q->percent == PERCENT_MEASURE;
    if ((measure
             ? sh->agg != NL_AGG_SUM || !(sh->revenue || sh->metric ||
                                          (sh->agg_c >= 0 && amount_col(q, sh->agg_t, sh->agg_c)))
             : sh->agg != NL_AGG_COUNT || sh->agg_c >= 0) ||
        fanout || q->rank || sh->having || q->n_more_aggs || q->growth) {
        t0_doubt(q, P_WRONGISH, "a percentage of this shape is not composed");
        return -1;
    }
    int rated = -1; /* "cancellation rate in 2023": the state is counted, the rest is the base */
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_VALUE && q->f[k].span >= 0 &&
            q->toks[q->sp[q->f[k].span].tok].rate_value)
            rated = rated == -1 ? (int)k : -2;
    for (size_t k = 0; rated >= 0 && k < q->nf; k++)
        if ((int)k != rated)
            q->f[k].base = 1;
    size_t conds = 0;
    for (size_t k = 0; k < q->nf; k++)
        conds += !q->f[k].base;
    if (conds > 1) {
        t0_doubt(q, P_UNSURE, "which condition the percentage counts is not clear");
        return -1;
    }
    if (conds == 1 && sh->group != GROUP_NONE && rate_per_group(q, sh))
        return 0; /* "percent of orders cancelled per channel": each channel's rate */
    if (conds > 0 && sh->group != GROUP_NONE) {
        /* "share of revenue by region in 2024": each region's share of the year, or the
         * year's share of each region? */
        t0_doubt(q, P_UNSURE, "a share within groups under a condition is not composed");
        return -1;
    }
    if (conds == 0 && sh->group == GROUP_NONE) {
        t0_doubt(q, P_WRONGISH, "a percentage of all rows is always 100");
        return -1;
    }
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_ANTI || !t0_many_to_one(q, q->f[k].t) ||
            t0_path_nullable(q, q->f[k].t)) { /* an inner join would drop counted rows */
            t0_doubt(q, P_UNSURE, "the condition's rows are not the counted rows");
            return -1;
        }
    return 0;
}

void t0_percent_put_sum(const char *x, const char *cond, struct buf *b)
{
    if (cond && *cond)
        buf_printf(b, "100.0 * SUM(CASE WHEN %s THEN %s END) / NULLIF(SUM(%s), 0)", cond, x, x);
    else /* each group's share of all the groups' total (a zero total is no share) */
        buf_printf(b, "100.0 * SUM(%s) / NULLIF(SUM(SUM(%s)) OVER (), 0)", x, x);
}

void t0_percent_put_ratio(const struct query *q, const char *col, struct buf *b)
{
    buf_printf(b, "1.0 * SUM(CASE WHEN %s = ", col);
    buf_put_sql_string(b, q->ratio_vals[0]);
    buf_printf(b, " THEN 1 ELSE 0 END) / NULLIF(SUM(CASE WHEN %s = ", col);
    buf_put_sql_string(b, q->ratio_vals[1]);
    buf_puts(b, " THEN 1 ELSE 0 END), 0)");
}

void t0_percent_put(const struct query *q, const struct shape *sh, const char *cond, struct buf *b)
{
    const struct db_dialect *d = db_dialect_named(q->s->dialect);
    if (cond && *cond) {
        buf_printf(b, "100.0 * SUM(CASE WHEN %s THEN 1 ELSE 0 END) / NULLIF(COUNT(*), 0)", cond);
        return;
    }
    /* each group's share of the whole table */
    buf_puts(b, "100.0 * COUNT(*) / (SELECT COUNT(*) FROM ");
    db_dialect_put_ident(b, d, q->s->tables[sh->main].name);
    buf_putc(b, ')');
}
