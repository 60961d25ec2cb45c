/* nl tier 0, comparisons with an aggregate: "products priced above the average price", "orders
 * worth more than the median". The aggregate is the bound of a filter on the rows, never the
 * answer: t.c > (SELECT AVG(c) FROM t). Read before t0_interpret(), which would otherwise take
 * "the average price" for the measure asked and return the average alone.
 *
 * The median is written with window functions and integer arithmetic only (the middle one or two
 * rows: 2 * row_number in (n, n + 1, n + 2)), which SQLite, PostgreSQL and MariaDB all run. */
#include <stdio.h>
#include <string.h>

#include "db/dialect.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "util/buf.h"

#include "util/banned.h"

static int is_stop(const struct query *q, size_t i)
{
    return i < q->n && q->sp[i].kind == NL_SPAN_STOPWORD;
}

static size_t skip_stops(const struct query *q, size_t i)
{
    while (is_stop(q, i))
        i++;
    return i;
}

static int tok_is(const struct query *q, size_t i, const char *word)
{
    return i < q->n && q->sp[i].len == 1 && strcmp(q->toks[q->sp[i].tok].word, word) == 0;
}

/* The span after the aggregate's filler words ("the average of the"), not past a word that
 * starts another part of the question ("above the average, with their capacity"). */
static size_t skip_to_column(const struct query *q, size_t i)
{
    static const char *const breaks[] = {"with", "and",   "their", "its",       "who", "which",
                                         "that", "whose", "where", "including", "plus"};
    for (; is_stop(q, i); i++)
        for (size_t k = 0; k < sizeof breaks / sizeof breaks[0]; k++)
            if (tok_is(q, i, breaks[k]))
                return q->n;
    return i;
}

/* A numeric column candidate of span i, nearest to table t when given: 1 and *tc, *cc. */
static int numeric_cand(const struct query *q, size_t i, int t, int *tc, int *cc)
{
    const struct nl_span *sp = &q->sp[i];
    int found = 0;
    if (sp->kind != NL_SPAN_COLUMN)
        return 0;
    for (size_t k = 0; k < sp->n_cand; k++) {
        if (!t0_col_number_value(q, sp->cand[k].table, sp->cand[k].col))
            continue;
        if (!found || sp->cand[k].table == t) {
            *tc = sp->cand[k].table;
            *cc = sp->cand[k].col;
            found = 1;
        }
    }
    return found;
}

/* The column compared when none follows the aggregate: the column said before the comparison
 * ("whose price is above"), the one a comparative implies ("older than"), or the price of
 * "priced" / "costs". Sets *subject to the span that named it (or -1). */
static int column_before(const struct query *q, size_t i, int *tc, int *cc, int *subject)
{
    int ent = t0_table_before(q, i), p = t0_prev_content(q, i);
    const char *implied = nl_lex_implied_column(q->sp[i].lex->phrase);
    *subject = -1;
    if (p >= 0 && numeric_cand(q, (size_t)p, ent, tc, cc)) {
        *subject = p;
        return 1;
    }
    if (ent < 0)
        return 0;
    if (p >= 0 && (tok_is(q, (size_t)p, "priced") || tok_is(q, (size_t)p, "costs") ||
                   tok_is(q, (size_t)p, "cost"))) {
        implied = "price";
        *subject = p;
    }
    if (!implied)
        return 0;
    *tc = ent;
    *cc = strcmp(implied, "price") == 0 ? t0_price_col(q, ent) : t0_implied_col(q, ent, implied);
    return *cc >= 0;
}

/* The condition t.c <op> the average (or the median) of c over t. */
static struct filter *aggcmp_filter(struct query *q, int t, int c, enum nl_op op, int median)
{
    struct filter *f = t0_new_filter(q, FILTER_AGGCMP);
    if (!f)
        return NULL;
    f->t = t;
    f->c = c;
    f->op = op;
    f->flag = median;
    q->any_link = 1;
    return f;
}

/* "museums whose number of staff is above the average" over Num_of_Staff: the "number of"
 * before the compared column is the start of its name, not a count of the rows. */
static int count_names_column(const struct query *q, int subject, int t, int c)
{
    static const char *const words[] = {"number", "num", "count", "cnt"};
    if (subject < 1 || q->sp[subject - 1].kind != NL_SPAN_LEX ||
        q->sp[subject - 1].lex->role != NL_R_COUNT)
        return 0;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (t0_col_has_word(q, t, c, words[w]))
            return 1;
    return 0;
}

/* "museums with more staff than average", "players who made fewer final tables than the
 * average": more, a number column, than, the average. The filter, or 0. */
static int more_than_average(struct query *q, size_t i)
{
    static const char *const more[] = {"more", "higher", "bigger", "larger", "greater"};
    static const char *const less[] = {"fewer", "less", "lower", "smaller"};
    if (q->sp[i].len != 1 || q->nf >= NL_MAX_FILTERS)
        return 0;
    const char *w = q->toks[q->sp[i].tok].word;
    int up = NL_WORD_IN(w, more), down = NL_WORD_IN(w, less);
    size_t c = i + 1, j;
    int t = -1, col = -1;
    if ((!up && !down) || c >= q->n || !numeric_cand(q, c, t0_table_before(q, i), &t, &col) ||
        !tok_is(q, c + 1, "than"))
        return 0;
    j = skip_stops(q, c + 2);
    if (j >= q->n || !(q->sp[j].kind == NL_SPAN_LEX && q->sp[j].lex->role == NL_R_AGG &&
                       q->sp[j].lex->arg == NL_AGG_AVG))
        return 0;
    size_t end = j;
    if (end + 1 < q->n && q->sp[end + 1].kind == NL_SPAN_TABLE && q->sp[end + 1].n_cand &&
        q->sp[end + 1].cand[0].table == t)
        end++; /* "than the average museum" */
    else if (end + 2 < q->n && q->sp[end + 1].kind == NL_SPAN_VALUE &&
             q->sp[end + 2].kind == NL_SPAN_TABLE && q->sp[end + 2].n_cand &&
             q->sp[end + 2].cand[0].table == t)
        /* "than the average European country": the average of some rows only */
        t0_doubt(q, P_UNSURE, "an average over the '%s' rows only",
                 q->toks[q->sp[end + 1].tok].word);
    if (!aggcmp_filter(q, t, col, up ? NL_OP_GT : NL_OP_LT, 0))
        return 0;
    t0_consume(q, i, end);
    return 1;
}

void t0_aggcmp_read(struct query *q)
{
    for (size_t i = 0; i < q->n && q->nf < NL_MAX_FILTERS; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (more_than_average(q, i))
            continue;
        if (sp->kind != NL_SPAN_LEX || sp->lex->role != NL_R_CMP ||
            (sp->lex->arg != NL_OP_GT && sp->lex->arg != NL_OP_GE && sp->lex->arg != NL_OP_LT &&
             sp->lex->arg != NL_OP_LE))
            continue;
        size_t j = skip_stops(q, i + 1), end;
        int median = tok_is(q, j, "median");
        if (j >= q->n ||
            (!median && !(q->sp[j].kind == NL_SPAN_LEX && q->sp[j].lex->role == NL_R_AGG &&
                          q->sp[j].lex->arg == NL_AGG_AVG)))
            continue;
        int t = -1, c = -1, subject = -1, ent = t0_table_before(q, i), named = -1;
        size_t k = skip_to_column(q, j + 1);
        if (k + 1 < q->n && q->sp[k].kind == NL_SPAN_VALUE &&
            (q->sp[k + 1].kind == NL_SPAN_TABLE || q->sp[k + 1].kind == NL_SPAN_COLUMN))
            /* "above the average European population": the average of some rows only */
            t0_doubt(q, P_UNSURE, "an average over the '%s' rows only", q->toks[q->sp[k].tok].word);
        if (k < q->n && q->sp[k].kind == NL_SPAN_TABLE && q->sp[k].n_cand) {
            ent = named = q->sp[k].cand[0].table; /* "the average product price" */
            k = skip_to_column(q, k + 1);
        }
        int p = t0_prev_content(q, i);
        int pt = -1, pc = -1;
        if (k < q->n && numeric_cand(q, k, ent, &t, &c)) {
            end = k;
            /* "priced above the average price": the verb names the same column, and so does
             * "whose capacity exceeds the mean capacity" */
            if (p >= 0 && (tok_is(q, (size_t)p, "priced") || tok_is(q, (size_t)p, "costs") ||
                           (numeric_cand(q, (size_t)p, t, &pt, &pc) && pt == t && pc == c)))
                subject = p;
        } else if (column_before(q, i, &t, &c, &subject))
            end = j;
        else
            continue;
        int rows = t0_table_before(q, i), child_named = 0;
        for (size_t s = 0; s < q->n && !child_named; s++)
            child_named = q->sp[s].kind == NL_SPAN_TABLE && t0_span_has_table(&q->sp[s], t);
        if (named < 0 && rows >= 0 && t != rows && !child_named &&
            t0_fk_to(q, t, rows, &(int){0}) >= 0)
            /* "fare classes with an above-average fare" over tickets.base_fare: each class's
             * average against all, or any one ticket? ("dogs whose treatment cost more than
             * average" names the treatments) */
            t0_doubt(q, P_UNSURE, "%s.%s of any one %s row, or their average per %s?",
                     q->s->tables[t].name, q->s->tables[t].cols[c].name, q->s->tables[t].name,
                     q->s->tables[rows].name);
        if (named >= 0 && t != named)
            /* "bills above the average bill amount" read on bill_charges.chg_amt_usd: a line's
             * amount against the average line, not a bill's against the average bill ("dogs
             * whose treatment cost more than average" names the treatments' own cost) */
            t0_doubt(q, P_UNSURE, "%s.%s compared for rows of %s", q->s->tables[t].name,
                     q->s->tables[t].cols[c].name, q->s->tables[named].name);
        if (!aggcmp_filter(q, t, c, (enum nl_op)sp->lex->arg, median))
            break;
        /* "above the average of their segment", "for its product": an average within each
         * group, compared row by row, which is not composed */
        static const char *const own[] = {"their", "its", "his", "her", "respective", "same"};
        static const char *const preps[] = {"of", "for", "in", "within", "among", "across"};
        size_t last = t0_n_toks(q);
        for (size_t w = q->sp[end].tok + q->sp[end].len; w < last && w <= q->sp[end].tok + 4; w++)
            if (q->toks[w].kind == NL_TOK_WORD && NL_WORD_IN(q->toks[w].word, own) &&
                NL_WORD_IN(q->toks[w - 1].word, preps)) { /* not "with their ratings" */
                t0_doubt(q, P_WRONGISH, "an average within each group ('%s') is not composed",
                         q->toks[w].word);
                break;
            }
        if (subject >= 0)
            t0_consume(q, (size_t)subject - (size_t)count_names_column(q, subject, t, c),
                       (size_t)subject);
        t0_consume(q, i, end);
        i = end;
    }
}

void t0_aggcmp_put(const struct query *q, const struct filter *f, struct buf *b,
                   int (*alias)(void *ctx, int table), void *ctx)
{
    const struct db_dialect *d = db_dialect_named(q->s->dialect);
    const char *col = q->s->tables[f->t].cols[f->c].name, *tab = q->s->tables[f->t].name;
    buf_printf(b, "t%d.", alias(ctx, f->t));
    db_dialect_put_ident(b, d, col);
    buf_printf(b, " %s (SELECT AVG(", nl_op_sql(f->op));
    if (!f->flag) {
        db_dialect_put_ident(b, d, col);
        buf_puts(b, ") FROM ");
        db_dialect_put_ident(b, d, tab);
        buf_putc(b, ')');
        return;
    }
    buf_puts(b, "v) FROM (SELECT ");
    db_dialect_put_ident(b, d, col);
    buf_puts(b, " AS v, ROW_NUMBER() OVER (ORDER BY ");
    db_dialect_put_ident(b, d, col);
    buf_puts(b, ") AS rn, COUNT(*) OVER () AS n FROM ");
    db_dialect_put_ident(b, d, tab);
    buf_puts(b, " WHERE ");
    db_dialect_put_ident(b, d, col);
    buf_puts(b, " IS NOT NULL) AS m WHERE 2 * rn IN (n, n + 1, n + 2))");
}
