/* nl tier 0, explanation: the one-line reading of a resolved query that goes with the answer
 * ("count of orders per year where status = 'shipped'"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "semantic/semantic.h"
#include "util/buf.h"

#include "util/banned.h"

/* a column for explain: qualified when it is not in the main table */
static const char *explain_col(const struct query *q, const struct shape *sh, int t, int c,
                               char *out, size_t cap)
{
    const struct schema *s = q->s;
    if (t == sh->main)
        snprintf(out, cap, "%s", s->tables[t].cols[c].name);
    else
        snprintf(out, cap, "%s.%s", s->tables[t].name, s->tables[t].cols[c].name);
    return out;
}

/* One condition of the answer in words ("status = 'shipped'", "year of order_date = 2024"). */
static void explain_filter(const struct query *q, const struct shape *sh, const struct filter *f,
                           struct buf *x)
{
    char cb[160];
    const struct schema *s = q->s;
    const char *cn = explain_col(q, sh, f->t, f->c, cb, sizeof cb);
    if (f->semi && f->kind == FILTER_YEAR) {
        buf_printf(x, "%s %s row has year of %s %s %d", f->neg ? "no" : "some",
                   s->tables[f->t].name, s->tables[f->t].cols[f->c].name, nl_op_sql(f->op),
                   (int)f->num);
    } else if (f->semi && f->kind == FILTER_DATE) {
        buf_printf(x, "%s %s row has ", f->neg ? "no" : "some", s->tables[f->t].name);
        t0_cal_explain(q, f, s->tables[f->t].cols[f->c].name, x);
    } else if (f->semi) {
        buf_printf(x, "some %s row has %s = ", s->tables[f->t].name,
                   s->tables[f->t].cols[f->c].name);
        buf_put_sql_string(x, f->vals[0]);
    } else if (f->kind == FILTER_AGGCMP) {
        buf_printf(x, "%s %s the %s of all %s", cn, nl_op_sql(f->op),
                   f->flag ? "median" : "average", s->tables[f->t].name);
    } else if (f->kind == FILTER_LIKE) {
        buf_printf(x, "%s%s%s %s ", cn, f->c2 >= 0 ? " or " : "",
                   f->c2 >= 0 ? s->tables[f->t].cols[f->c2].name : "",
                   f->flag == LIKE_STARTS ? "starts with"
                   : f->flag == LIKE_ENDS ? "ends with"
                                          : "contains");
        buf_put_sql_string(x, f->vals[0]);
    } else if (f->kind == FILTER_LATEST) {
        buf_printf(x, "only the latest %s row of each %s (by %s)", s->tables[f->t].name,
                   s->tables[t0_fk_table(q, f->t, f->c2)].name, s->tables[f->t].cols[f->c].name);
    } else if (f->kind == FILTER_ANTI) {
        buf_printf(x, "no %s row points at it", q->s->tables[f->t2].name);
    } else if (f->kind == FILTER_NOTNULL) {
        buf_printf(x, "%s is %s", cn,
                   !f->flag                           ? "set"
                   : t0_col_is_numeric(q, f->t, f->c) ? "not set or 0"
                                                      : "not set");
    } else if (f->kind == FILTER_YEAR) {
        buf_printf(x, "year of %s %s %d", cn, f->op == NL_OP_IN ? "in" : nl_op_sql(f->op),
                   (int)f->num);
        for (size_t v = 0; f->op == NL_OP_IN && v < f->n_more_nums; v++)
            buf_printf(x, ", %d", (int)f->more_nums[v]);
        if (f->op == NL_OP_BETWEEN)
            buf_printf(x, " and %d", (int)f->num2);
    } else if (f->kind == FILTER_DATE) {
        t0_cal_explain(q, f, cn, x);
    } else if (f->kind == FILTER_NUM && f->op == NL_OP_IN) {
        buf_printf(x, "%s in %.15g", cn, f->num);
        for (size_t v = 0; v < f->n_more_nums; v++)
            buf_printf(x, ", %.15g", f->more_nums[v]);
    } else if (f->kind == FILTER_NUM) {
        buf_printf(x, "%s %s %.15g", cn, nl_op_sql(f->op), f->num);
        if (f->op == NL_OP_BETWEEN)
            buf_printf(x, " and %.15g", f->num2);
    } else {
        buf_printf(x, "%s %s ", cn, f->op == NL_OP_IN ? "in" : f->op == NL_OP_NE ? "is not" : "=");
        for (size_t v = 0; v < f->n_vals; v++) {
            if (v)
                buf_puts(x, ", ");
            buf_put_sql_string(x, f->vals[v]);
        }
    }
}

/* "this year", "last quarter": the period counted back from the data's latest date */
static void anchor_name(const struct filter *f, char *out, size_t size)
{
    const char *unit = t0_cal_unit_name(f->unit);
    if (f->num < 1)
        snprintf(out, size, "the data's latest %s", unit);
    else if (f->num < 2)
        snprintf(out, size, "the %s before the data's latest", unit);
    else
        snprintf(out, size, "the %s %.0f before the data's latest", unit, f->num);
}

void t0_explain(const struct query *q, const struct shape *sh, struct buf *x)
{
    char cb[160];
    const struct schema *s = q->s;
    const char *mname = s->tables[sh->main].name;
    static const char *const aggname[] = {"", "count", "sum", "average", "minimum", "maximum"};
    if (q->percent == PERCENT_MEASURE)
        buf_puts(x, "percentage of the total of ");
    if (sh->metric)
        t0_metric_explain(q, sh, x);
    else if (sh->revenue)
        buf_printf(x, "revenue (sum of %s * %s%s%s%s in %s)",
                   s->tables[q->rev_t].cols[q->rev_q].name, s->tables[q->rev_t].cols[q->rev_p].name,
                   q->rev_d >= 0 ? " * (1 - " : "",
                   q->rev_d >= 0 ? s->tables[q->rev_t].cols[q->rev_d].name : "",
                   q->rev_d >= 0 ? ")" : "", s->tables[q->rev_t].name);
    else if (sh->per_entity && sh->agg == NL_AGG_AVG)
        buf_printf(x, "total of %s.%s", s->tables[sh->agg_t].name,
                   s->tables[sh->agg_t].cols[sh->agg_c].name);
    else if (sh->agg == NL_AGG_COUNT && sh->agg_c >= 0)
        buf_printf(x, "count of distinct %s.%s", s->tables[sh->agg_t].name,
                   s->tables[sh->agg_t].cols[sh->agg_c].name);
    else if (sh->agg == NL_AGG_COUNT && q->percent == PERCENT_RATIO) {
        const char *cn = "";
        for (size_t k = 0; k < q->nf; k++)
            if (!q->f[k].base)
                cn = s->tables[q->f[k].t].cols[q->f[k].c].name;
        buf_printf(x, "ratio of the %s rows with %s = ", mname, cn);
        buf_put_sql_string(x, q->ratio_vals[0]);
        buf_puts(x, " to those with ");
        buf_put_sql_string(x, q->ratio_vals[1]);
    } else if (sh->agg == NL_AGG_COUNT) {
        buf_printf(x, "%s of %s", q->percent ? "percentage" : "count", mname);
        for (size_t k = 0; k < sh->n_more; k++)
            buf_printf(x, ", %s of %s", aggname[sh->more_agg[k]],
                       s->tables[sh->main].cols[sh->more_c[k]].name);
    } else if (sh->agg != NL_AGG_NONE) {
        buf_printf(x, "%s", aggname[sh->agg]);
        for (size_t k = 0; k < q->n_more_aggs; k++) /* "the average and the highest" */
            buf_printf(x, "%s%s", k + 1 == q->n_more_aggs ? " and " : ", ",
                       aggname[q->more_aggs[k]]);
        buf_printf(x, " of %s.%s", s->tables[sh->agg_t].name,
                   s->tables[sh->agg_t].cols[sh->agg_c].name);
        for (size_t k = 0; k < sh->n_more; k++)
            buf_printf(x, ", %s of %s", aggname[sh->more_agg[k]],
                       s->tables[sh->agg_t].cols[sh->more_c[k]].name);
    } else if (sh->n_sel) {
        buf_puts(x, sh->distinct ? "distinct " : "");
        for (size_t k = 0; k < sh->n_sel; k++)
            buf_printf(x, "%s%s", k ? ", " : "", s->tables[sh->sel_t[k]].cols[sh->sel_c[k]].name);
        buf_printf(x, " of %s", mname);
    } else
        buf_printf(x, "%s", mname);
    if (sh->per_entity == 2)
        buf_printf(x, " per %s, averaged over the %ss that have %s rows",
                   t0_cal_unit_name(q->group_time), t0_cal_unit_name(q->group_time), mname);
    else if (sh->per_entity)
        buf_printf(x, " over the number of %s that have %s rows", s->tables[sh->group_t].name,
                   mname);
    else if (sh->group == GROUP_TABLE)
        buf_printf(x, " per %s", s->tables[sh->group_t].name);
    else if (sh->group == GROUP_COLUMN)
        buf_printf(x, " per %s", explain_col(q, sh, sh->group_t, sh->group_c, cb, sizeof cb));
    else if (sh->group == GROUP_TIME)
        buf_printf(x, " per %s of %s", t0_cal_unit_name(q->group_time),
                   s->tables[sh->group_t].cols[sh->group_c].name);
    if (sh->g2_t >= 0)
        buf_printf(x, " and %s", explain_col(q, sh, sh->g2_t, sh->g2_c, cb, sizeof cb));
    if (sh->time2_t >= 0)
        buf_printf(x, " and %s of %s", t0_cal_unit_name(q->group_time2),
                   s->tables[sh->time2_t].cols[sh->time2_c].name);
    if (q->running && sh->group == GROUP_TIME)
        buf_printf(x, ", with each %s's running total", t0_cal_unit_name(q->group_time));
    if (q->growth_series)
        buf_printf(x, ", each %s's %s over the %s before it in the data (%s)",
                   t0_cal_unit_name(q->group_time),
                   q->growth == GROWTH_PCT ? "growth in percent" : "change",
                   t0_cal_unit_name(q->group_time),
                   q->growth_base ? "the period starts one earlier, shown only as the base"
                                  : "the first shown with none");
    else if (q->growth && q->f[q->growth_f[0]].cal == CAL_ANCHOR) {
        /* "this year vs last year": the periods counted back from the data's latest */
        char early[64], late[64];
        anchor_name(&q->f[q->growth_f[0]], early, sizeof early);
        anchor_name(&q->f[q->growth_f[1]], late, sizeof late);
        if (q->growth == GROWTH_NONE)
            buf_printf(x, ", in %s and in %s", early, late);
        else
            buf_printf(x, ", %s%s from %s to %s", q->growth_both ? "each period's, and the " : "",
                       q->growth == GROWTH_PCT ? "growth in percent" : "change", early, late);
    } else if (q->growth == GROWTH_NONE) /* "revenue 2024 vs 2023" */
        buf_printf(x, ", in the period starting %s and in the one starting %s",
                   q->f[q->growth_f[0]].lo, q->f[q->growth_f[1]].lo);
    else if (q->growth) /* "change from 2021-01-01 to 2022-01-01": the periods' starts */
        buf_printf(x, ", %s%s from the period starting %s to the one starting %s",
                   q->growth_both ? "each period's, and the " : "",
                   q->growth == GROWTH_PCT ? "growth in percent" : "change",
                   q->f[q->growth_f[0]].lo, q->f[q->growth_f[1]].lo);
    size_t written = 0, based = 0;
    /* a percentage's base first: "percentage of emp with term_on not set where ..." */
    for (int pass = q->percent ? 0 : 1; pass < 2; pass++) {
        for (size_t k = 0; k < q->nf; k++) {
            int base = q->percent && q->f[k].base;
            if (t0_cal_growth_period(q, k) || base != (pass == 0) ||
                (q->percent == PERCENT_RATIO && !base))
                continue; /* a ratio's two values are said with it */
            buf_puts(x, base ? (based++ ? " and " : " with ") : written++ ? " and " : " where ");
            explain_filter(q, sh, &q->f[k], x);
        }
    }
    if (sh->having) {
        buf_printf(x, " having count %s %.15g", nl_op_sql(q->having_op), q->having_num);
        if (q->having_op == NL_OP_BETWEEN)
            buf_printf(x, " and %.15g", q->having_num2);
    }
    if (sh->order_agg || sh->order_c >= 0) {
        buf_printf(x, ", ordered by %s %s",
                   sh->order_agg ? (sh->metric ? sh->metric->name : aggname[sh->agg])
                                 : s->tables[sh->order_t].cols[sh->order_c].name,
                   sh->order_dir > 0 ? "descending" : "ascending");
    }
    if (sh->part_c >= 0)
        buf_printf(x, ", the first %ld of each %s", sh->part_n,
                   sh->part_t >= 0 ? s->tables[sh->part_t].name
                                   : s->tables[sh->main].cols[sh->part_c].name);
    if (sh->limit == 1 && q->offset > 0)
        buf_printf(x, ", number %ld", q->offset + 1);
    else if (sh->limit > 0)
        buf_printf(x, ", first %ld", sh->limit);
}
