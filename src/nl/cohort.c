/* nl tier 0, cohorts: an entity dated by its first event. "How many customers placed their
 * first order in 2022", "new accounts per month" (when accounts carry no date of their own, the
 * month of each account's first invoice). The event table references the entity by a foreign
 * key and has one event date (calendar.c decides which); the query counts entities over
 *   (SELECT <fk>, MIN(<event date>) AS first_date FROM <events> GROUP BY <fk>)
 * with the question's periods and time group applied to first_date. Only counts, periods and
 * one time group compose this way; anything else in the question hands it over. */
#include <stdio.h>
#include <string.h>

#include "db/dialect.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "util/buf.h"

#include "util/banned.h"

static const struct nl_lex cohort_stop = {"", NL_R_STOP, 0, 0};

static const char *word(const struct query *q, int i)
{
    if (i < 0 || (size_t)i >= q->n || q->sp[i].len != 1)
        return "";
    return q->toks[q->sp[i].tok].word;
}

static void eat(struct query *q, int from, int to)
{
    for (int i = from; i <= to; i++) {
        q->sp[i].kind = NL_SPAN_STOPWORD;
        q->sp[i].lex = &cohort_stop;
        q->sp[i].n_cand = 0;
        q->sp[i].used = 1;
    }
}

/* The event date of t: its one date column, or the event among several; -1 otherwise. */
static int event_date(const struct query *q, int t)
{
    int amb = 0, c = t0_date_col(q, t, &amb);
    return amb ? -1 : c;
}

/* Table ev references entity e by one key and has an event date: sets the cohort, 1. */
static int set_cohort(struct query *q, int e, int ev)
{
    int mc = -1, fk = ev >= 0 && e >= 0 && ev != e ? t0_fk_to(q, ev, e, &mc) : -1;
    int dc = fk >= 0 ? event_date(q, ev) : -1;
    if (dc < 0)
        return 0;
    q->cohort_e = e;
    q->cohort_t = ev;
    q->cohort_fk = fk;
    q->cohort_date = dc;
    return 1;
}

/* "new E" where E has no date of its own: its one child table with an event date. */
static int new_entity(struct query *q, int i)
{
    int e = t0_span_table(q, i + 1), found = -1;
    if (strcmp(word(q, i), "new") != 0 || q->sp[i + 1].kind != NL_SPAN_TABLE || e < 0 ||
        event_date(q, e) >= 0)
        return 0;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        int mc;
        if ((int)t != e && t0_fk_to(q, (int)t, e, &mc) >= 0 && event_date(q, (int)t) >= 0) {
            if (found >= 0)
                return 0; /* orders or tickets: which event makes an account new? */
            found = (int)t;
        }
    }
    if (found < 0 || !set_cohort(q, e, found))
        return 0;
    eat(q, i, i);
    return 1;
}

/* "E ... their (very) first C": C is the event table, E the last table named before. */
static int first_event(struct query *q, int i)
{
    int j = i + 1;
    if (strcmp(word(q, i), "their") != 0 && strcmp(word(q, i), "its") != 0)
        return 0;
    if (strcmp(word(q, j), "very") == 0)
        j++;
    if (strcmp(word(q, j), "first") != 0 || (size_t)j + 1 >= q->n ||
        q->sp[j + 1].kind != NL_SPAN_TABLE)
        return 0;
    int e = -1;
    for (int k = i - 1; k >= 0 && e < 0; k--)
        if (q->sp[k].kind == NL_SPAN_TABLE)
            e = t0_span_table(q, k);
    if (!set_cohort(q, e, t0_span_table(q, j + 1)))
        return 0;
    eat(q, i, j + 1);
    return 1;
}

void t0_cohort_read(struct query *q)
{
    q->cohort_t = -1;
    for (int i = 0; (size_t)i + 1 < q->n; i++)
        if (new_entity(q, i) || first_event(q, i))
            return;
}

/* The periods and the time group on first_date; 0, or -1 when the query holds more. */
static int put_cohort_tail(struct query *q, const struct shape *sh, const struct db_dialect *d,
                           struct buf *b)
{
    size_t written = 0;
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        buf_puts(b, written++ ? " AND " : " WHERE ");
        if (f->kind == FILTER_DATE) {
            t0_cal_put_filter(q, d, b, f, "t1.first_date");
        } else if (f->kind == FILTER_YEAR && f->op != NL_OP_IN) {
            db_dialect_put(b, d->year, "t1.first_date", NULL);
            buf_printf(b, d->year_is_text ? " %s '%04d'" : " %s %d", nl_op_sql(f->op), (int)f->num);
        } else {
            return -1;
        }
    }
    if (sh->group == GROUP_TIME) {
        buf_puts(b, " GROUP BY ");
        t0_cal_put_part(q, d, b, q->group_time, "t1.first_date", 0);
        buf_puts(b, " ORDER BY ");
        t0_cal_put_part(q, d, b, q->group_time, "t1.first_date", 0);
    }
    return b->failed ? -2 : 0;
}

int t0_cohort_compose(struct query *q, struct shape *sh, struct buf *sql, struct buf *x)
{
    const struct db_dialect *d = db_dialect_named(q->s->dialect);
    const struct schema_table *ev = &q->s->tables[q->cohort_t];
    if (sh->agg != NL_AGG_COUNT || sh->main != q->cohort_e || q->rank || sh->having ||
        (sh->group != GROUP_NONE && sh->group != GROUP_TIME)) {
        t0_doubt(q, P_UNSURE, "a first %s composes only into a count", ev->name);
        return -1;
    }
    buf_puts(sql, "SELECT ");
    if (sh->group == GROUP_TIME) {
        t0_cal_put_part(q, d, sql, q->group_time, "t1.first_date", 1);
        buf_printf(sql, " AS %s, ", t0_cal_unit_name(q->group_time));
    }
    buf_puts(sql, "COUNT(*) AS count FROM (SELECT ");
    db_dialect_put_ident(sql, d, ev->cols[q->cohort_fk].name);
    buf_puts(sql, ", MIN(");
    db_dialect_put_date_col(sql, d, ev->cols[q->cohort_date].date_form, NULL,
                            ev->cols[q->cohort_date].name);
    buf_puts(sql, ") AS first_date FROM ");
    db_dialect_put_ident(sql, d, ev->name);
    buf_puts(sql, " GROUP BY ");
    db_dialect_put_ident(sql, d, ev->cols[q->cohort_fk].name);
    buf_puts(sql, ") AS t1");
    for (size_t k = 0; k < q->nf; k++) { /* the periods are of the first event */
        q->f[k].t = q->cohort_t;
        q->f[k].c = q->cohort_date;
    }
    if (sh->group == GROUP_TIME) {
        sh->group_t = q->cohort_t;
        sh->group_c = q->cohort_date;
    }
    int rc = put_cohort_tail(q, sh, d, sql);
    if (rc == -1) {
        t0_doubt(q, P_UNSURE, "a condition beside a first %s", ev->name);
        return -1;
    }
    t0_doubt(q, P_SLIGHT, "%s dated by their first %s.%s", q->s->tables[q->cohort_e].name, ev->name,
             ev->cols[q->cohort_date].name);
    t0_explain(q, sh, x);
    return rc == 0 && !sql->failed && !x->failed ? 0 : -2;
}
