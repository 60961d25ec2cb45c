/* nl tier 0, interpretation: one pass over the linked spans that fills struct query: what is
 * counted or measured, the grouping, filters, ranking, sorting and the words not understood.
 * Each kind of span, and each lexicon role, has its handler in a table. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "semantic/semantic.h"
#include "util/buf.h"

#include "util/banned.h"

enum pend {
    PEND_NONE = 0,
    PEND_COUNT,
    PEND_MEASURE,
    PEND_GROUP,
    PEND_CMP,
    PEND_BETWEEN,
    PEND_MOST,
    PEND_TOP,
    PEND_ORDER
};

/* Keeps only the candidates of span `a` that `keep` accepts against span `b`. */
static void narrow(struct nl_span *a, const struct nl_span *b, int by_column)
{
    size_t n = 0;
    for (size_t k = 0; k < a->n_cand; k++) {
        int ok = by_column ? t0_span_has_col(b, a->cand[k].table, a->cand[k].col)
                           : t0_span_has_table(b, a->cand[k].table);
        if (ok)
            a->cand[n++] = a->cand[k];
    }
    if (n)
        a->n_cand = n;
}

/* "the Electronics category", "category Electronics", "country is France": the name only says
 * where the value lives, and narrows the value to that table or column. */
/* The value v lives in columns whose names hold every word of the column phrase sp though sp
 * did not link to them ("description" before a value of Template_Type_Description): narrows v
 * to those columns and returns 1. */
static int value_col_named(struct query *q, const struct nl_span *sp, struct nl_span *v)
{
    for (size_t j = 0; j < sp->n_cand; j++)
        if (t0_span_has_col(v, sp->cand[j].table, sp->cand[j].col))
            return 0; /* the plain case */
    size_t n = 0;
    for (size_t k = 0; k < v->n_cand; k++) {
        int all = v->cand[k].col >= 0;
        for (size_t w = 0; all && w < sp->len; w++)
            all = t0_col_has_word(q, v->cand[k].table, v->cand[k].col, q->toks[sp->tok + w].stem);
        if (all)
            v->cand[n++] = v->cand[k];
    }
    if (n == 0)
        return 0;
    v->n_cand = n;
    return 1;
}

/* Value span v is stored in a label column (a name) of a table of span t: "the Electronics
 * category" names a row, where "Asian countries" says something of rows. */
static int value_names_rows(const struct query *q, const struct nl_span *v, const struct nl_span *t)
{
    for (size_t j = 0; j < t->n_cand; j++) {
        int lab[2], nl = t0_label_cols(q, t->cand[j].table, lab, 0);
        for (int k = 0; k < nl; k++)
            if (t0_span_has_col(v, t->cand[j].table, lab[k]))
                return 1;
    }
    return 0;
}

/* "the channel MTV Dance" where Cartoon.Channel is a key to TV_Channel, which holds the value:
 * the column names the row the value picks, it is not a column to show. Every column the words
 * may name must be such a key. Narrows v to the tables the keys reach and returns 1. */
static int key_to_value(const struct query *q, const struct nl_span *sp, struct nl_span *v)
{
    size_t n = 0;
    for (size_t j = 0; j < sp->n_cand; j++)
        if (sp->cand[j].col < 0 || t0_fk_table(q, sp->cand[j].table, sp->cand[j].col) < 0)
            return 0; /* "Kyle's id": the value's own table's column may be meant */
    for (size_t k = 0; k < v->n_cand; k++) {
        int hit = 0;
        for (size_t j = 0; j < sp->n_cand && !hit; j++) {
            hit = sp->cand[j].col >= 0 &&
                  t0_fk_table(q, sp->cand[j].table, sp->cand[j].col) == v->cand[k].table;
        }
        if (hit)
            v->cand[n++] = v->cand[k];
    }
    if (!n)
        return 0;
    v->n_cand = n;
    return 1;
}

/* Column span i begins a list of things to show: "... - port and vessel name" (after a value,
 * the first item is no word for that value). */
static int begins_list(const struct query *q, size_t i)
{
    const struct nl_span *sp = &q->sp[i];
    size_t after = sp->tok + sp->len, end = q->sp[q->n - 1].tok + q->sp[q->n - 1].len;
    int nx = t0_next_content(q, i);
    /* "singers with united states citizenship and their net worth": "their" is the rows'
     * own, the column before "and" only said which value */
    if (after + 1 < end && (strcmp(q->toks[after + 1].word, "their") == 0 ||
                            strcmp(q->toks[after + 1].word, "its") == 0))
        return 0;
    return after < end && strcmp(q->toks[after].word, "and") == 0 && nx >= 0 &&
           (q->sp[nx].kind == NL_SPAN_COLUMN || q->sp[nx].kind == NL_SPAN_TABLE);
}

static int qualifies_value(struct query *q, size_t i)
{
    struct nl_span *sp = &q->sp[i];
    int cands[2] = {i > 0 ? (int)i - 1 : -1, (int)i + 1 < (int)q->n ? (int)i + 1 : -1};
    if (sp->kind == NL_SPAN_COLUMN) {
        cands[1] = t0_next_content(q, i);
        cands[0] = t0_prev_content(q, i);
        if (cands[1] >= 0 && q->sp[cands[1]].kind == NL_SPAN_LEX &&
            q->sp[cands[1]].lex->role == NL_R_NEG)
            cands[1] = t0_next_content(q, (size_t)cands[1]); /* "whose country is not France" */
    }
    int listed = sp->kind == NL_SPAN_COLUMN && begins_list(q, i);
    for (int k = 0; k < 2; k++) {
        if (cands[k] < 0 || q->sp[cands[k]].kind != NL_SPAN_VALUE || (k == 0 && listed))
            continue;
        struct nl_span *v = &q->sp[cands[k]];
        if (sp->kind == NL_SPAN_COLUMN && value_col_named(q, sp, v))
            return 1; /* "the description 'Book'" in Template_Type_Description */
        for (size_t j = 0; j < sp->n_cand; j++) {
            int by_column = sp->kind == NL_SPAN_COLUMN;
            if ((!by_column && t0_span_has_table(v, sp->cand[j].table)) ||
                (by_column && t0_span_has_col(v, sp->cand[j].table, sp->cand[j].col))) {
                narrow(v, sp, by_column);
                narrow(sp, v, by_column);
                return 1;
            }
        }
        if (sp->kind == NL_SPAN_COLUMN && key_to_value(q, sp, v))
            return 1;
    }
    return 0;
}

/* A grouping read while another stands ("orders by channel per month"): one is composed, so
 * the answer would drop the other without saying. */
int t0_group_again(struct query *q, int span, int unit)
{
    int by_rows = q->group == GROUP_TABLE || q->group == GROUP_COLUMN;
    if (span < 0 && q->group == GROUP_TIME && unit == q->group_time)
        return 1; /* "year over year ... for each year": the same periods said twice */
    /* "reservations per year by arrival date": the date the periods are of, which the word
     * names (t0_date_col()), not a second grouping by each day; and in the other order */
    if (span >= 0 && q->group == GROUP_TIME && t0_span_all(q, span, t0_col_is_date))
        return 1;
    if (span < 0 && q->group == GROUP_COLUMN && q->group_span >= 0 &&
        t0_span_all(q, q->group_span, t0_col_is_date)) {
        q->group = GROUP_TIME;
        q->group_time = unit;
        return 1;
    }
    /* "for each dog (by name)": a column of the grouped table names the same groups (another
     * column of a grouped column's table is another grouping: "by channel and status") */
    if (q->group == GROUP_TABLE && span >= 0 && q->group_span >= 0 &&
        t0_span_has_table(&q->sp[span], t0_span_table(q, q->group_span))) {
        /* but "revenue per customer by country": a column holding no row's name or key groups
         * the rows into fewer groups, a measure per customer taken by country */
        int t = t0_span_table(q, q->group_span), lab[2], n = t0_label_cols(q, t, lab, 0);
        int same = 0;
        for (size_t k = 0; k < q->sp[span].n_cand; k++) {
            int c = q->sp[span].cand[k].col;
            if (q->sp[span].cand[k].table != t || c < 0 || t0_col_is_key(q, t, c))
                same = 1;
            for (int j = 0; j < n; j++)
                same |= c == lab[j];
        }
        if (!same)
            t0_doubt(q, P_UNSURE, "a measure per %s grouped by its %s is not composed",
                     q->s->tables[t].name, t0_span_text(q, &q->sp[span], (char[64]){0}, 64));
        return 0;
    }
    /* "by format - how many per format": the same grouping said twice */
    for (size_t k = 0; q->group == GROUP_COLUMN && span >= 0 && q->group_span >= 0 &&
                       k < q->sp[q->group_span].n_cand;
         k++)
        if (t0_span_has_col(&q->sp[span], q->sp[q->group_span].cand[k].table,
                            q->sp[q->group_span].cand[k].col))
            return 0;
    if (!q->group_time2 && by_rows && span < 0) { /* "revenue by category and year" */
        q->group_time2 = unit;
        return 1;
    }
    /* a second table only as "by region and category": "revenue per rep in each region" is a
     * rate per rep, no table of reps by region */
    int and_table = span >= 0 && q->sp[span].kind == NL_SPAN_TABLE && q->sp[span].tok > 0 &&
                    strcmp(q->toks[q->sp[span].tok - 1].word, "and") == 0;
    if (q->group2_span < 0 && by_rows && span >= 0 &&
        (q->sp[span].kind == NL_SPAN_COLUMN || and_table)) {
        q->group2_span = span; /* "order count by channel and status", "by region and category" */
        return 1;
    }
    if (!q->group_time2 && q->group == GROUP_TIME && span >= 0) { /* "by year and category" */
        q->group_time2 = q->group_time;
        q->group = GROUP_NONE;
        q->time2_first = 1; /* the periods said first lead the table */
        return 0;
    }
    if (q->group != GROUP_NONE)
        t0_doubt(q, P_UNSURE, "grouped by two things; one grouping is composed");
    return 0;
}

static struct filter *new_filter(struct query *q)
{
    return t0_new_filter(q, FILTER_VALUE);
}

/* "number of" at span i is the start of a column's name: the next span is a numeric column
 * whose name has the word number/num, right after an aggregate, a sort or a comparison word,
 * or after "whose". */
/* The span before i is one of the stop words listed ("whose", "their"). */
static int stopword_before(const struct query *q, size_t i, const char *const *words, size_t n)
{
    return i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD && q->sp[i - 1].lex &&
           nl_word_in(q->sp[i - 1].lex->phrase, words, n);
}

static int count_is_column(const struct query *q, size_t i, enum pend pend)
{
    const struct nl_span *sp = &q->sp[i];
    if (strcmp(sp->lex->phrase, "number of") != 0 || i + 1 >= q->n)
        return 0;
    const struct nl_span *c = &q->sp[i + 1];
    if (c->kind != NL_SPAN_COLUMN)
        return 0;
    int named = 0;
    for (size_t k = 0; k < c->n_cand && !named; k++)
        named = t0_col_is_numeric(q, c->cand[k].table, c->cand[k].col) &&
                !t0_col_is_key(q, c->cand[k].table, c->cand[k].col) &&
                (t0_col_has_word(q, c->cand[k].table, c->cand[k].col, "number") ||
                 t0_col_has_word(q, c->cand[k].table, c->cand[k].col, "num"));
    if (!named)
        return 0;
    /* "museums with their number of staff": each museum's own, no total */
    static const char *const owners[] = {"whose", "with", "their", "its"};
    int whose = stopword_before(q, i, owners, sizeof owners / sizeof owners[0]);
    return pend == PEND_MEASURE || pend == PEND_ORDER || pend == PEND_MOST || pend == PEND_CMP ||
           whose;
}

/* Column c of t holds counts: a number named by a plural ("api_calls", "active_users") or by a
 * counting word ("pkg_cnt", "seats_qty", "num_of_staff"), not a key or a flag. "How many
 * countries" over a text column stays a count of distinct values. */
static int col_counts_things(const struct query *q, int t, int c)
{
    static const char *const counting[] = {"cnt",      "count", "qty",   "qti",
                                           "quantiti", "num",   "number"};
    if (!t0_col_holds_numbers(q, t, c) || t0_col_is_key(q, t, c) || t0_col_is_flag(q, t, c))
        return 0;
    const char *name = q->s->tables[t].cols[c].name;
    size_t n = strlen(name);
    if (n > 2 && (name[n - 1] == 's' || name[n - 1] == 'S') && name[n - 2] != 's' &&
        name[n - 2] != 'S')
        return 1;
    int words = q->ns->cols[t][c].n;
    for (size_t w = 0; w < sizeof counting / sizeof counting[0]; w++) {
        if (!t0_col_has_word(q, t, c, counting[w]))
            continue;
        /* flt_no, tkt_num, phone_number: a number that names a row, not how many (a count
         * starts its name: num_products, number_of_staff) */
        const char *const ident[] = {counting[w], "no"};
        if (!(w >= 5 && words > 1 && t0_col_last_word_in(q, t, c, ident, 2)))
            return 1;
    }
    return 0;
}

/* Span i is a plural word the schema keeps only as a short form of a numeric column ("how
 * many impressions" over ad_spend.impr, "clicks" over clk): the column counts them, as
 * col_counts_things() says of a name that is itself plural. */
static int plural_short_form(const struct query *q, size_t i)
{
    const struct nl_span *sp = &q->sp[i];
    if (sp->len != 1 || sp->n_cand != 1 || sp->cand[0].col < 0)
        return 0;
    const struct nl_token *tk = &q->toks[sp->tok];
    size_t wl = strlen(tk->word), sl = strlen(tk->stem);
    int t = sp->cand[0].table, c = sp->cand[0].col;
    static const char *const ident[] = {"no", "num", "number", "id"};
    if (q->ns->cols[t][c].n > 1 && t0_col_last_word_in(q, t, c, ident, 4))
        return 0; /* "flights" over flt_no: a flight's number names it, it counts nothing */
    return tk->synonym && wl > sl + 2 && tk->word[wl - 1] == 's' && tk->word[wl - 2] != 's' &&
           strncmp(tk->word, tk->stem, 1) == 0 && t0_col_holds_numbers(q, t, c) &&
           !t0_col_is_key(q, t, c) && !t0_col_is_flag(q, t, c) &&
           t0_col_has_word(q, t, c, tk->stem);
}

/* Removes span i from the columns to show. */
static void unselect(struct query *q, int i)
{
    for (size_t k = 0; k < q->n_selects; k++)
        if (q->selects[k] == i) {
            memmove(q->selects + k, q->selects + k + 1,
                    (q->n_selects - k - 1) * sizeof q->selects[0]);
            q->n_selects--;
            return;
        }
}

/* Words before a year that make it a period, not a value of the column before them. */
static const char *const period_words[] = {"in", "during", "since", "until", "before", "after"};

/* A number a total or an average is taken of (money, a quantity), not a year or a key. */
static int money_measure(const struct query *q, int t, int c)
{
    return t0_col_is_money(q, t, c) && !t0_col_is_key(q, t, c) &&
           !t0_col_has_word(q, t, c, "year") && !t0_col_has_word(q, t, c, "yr");
}

/* Column c of t names a year (birth_year, yr_founded): a year after "in" may be its value. */
static int names_year(const struct query *q, int t, int c)
{
    return t0_col_has_word(q, t, c, "year") || t0_col_has_word(q, t, c, "yr");
}

/* A number right next to a numeric column is an equality on it: "4 cylinders" (the column after)
 * or "year 2014" (the column before); a number after "or" right after such a filter joins it
 * ("2014 or 2015", "32 or 33"). Returns 1 when span i became (part of) a filter. */
static int number_filter(struct query *q, size_t i)
{
    struct nl_span *sp = &q->sp[i];
    if (q->nf > 0 && i >= 2 && q->sp[i - 1].kind == NL_SPAN_LEX &&
        q->sp[i - 1].lex->role == NL_R_OR && q->sp[i - 2].kind == NL_SPAN_NUMBER) {
        struct filter *f = &q->f[q->nf - 1];
        if ((f->kind == FILTER_NUM || (f->kind == FILTER_YEAR && t0_is_year(sp))) &&
            (f->op == NL_OP_EQ || f->op == NL_OP_IN) &&
            f->n_more_nums < sizeof f->more_nums / sizeof f->more_nums[0] &&
            f->num == q->sp[i - 2].num) {
            f->more_nums[f->n_more_nums++] = sp->num;
            f->op = NL_OP_IN;
            q->or_seen = 0; /* the "or" is inside one condition */
            return 1;
        }
        for (size_t k = 0; f->op == NL_OP_IN && k < f->n_more_nums; k++)
            if (f->more_nums[k] == q->sp[i - 2].num && f->n_more_nums < 3) {
                f->more_nums[f->n_more_nums++] = sp->num;
                return 1;
            }
    }
    int col = -1;
    if (t0_is_year(sp) && sp->tok > 0 && NL_WORD_IN(q->toks[sp->tok - 1].word, period_words))
        return 0; /* "lines received in 2024": a period, never qty_rcvd = 2024 */
    if (i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_COLUMN &&
        t0_span_any(q, (int)i + 1, t0_col_number_value))
        col = (int)i + 1;
    else if (i > 0 && q->sp[i - 1].kind == NL_SPAN_COLUMN && !q->sp[i - 1].used &&
             (t0_span_any(q, (int)i - 1, t0_col_number_value) ||
              t0_span_any(q, (int)i - 1, t0_col_number_key)))
        col = (int)i - 1; /* "year 2014", "customer id 42" */
    else if (i > 1 && q->sp[i - 1].kind == NL_SPAN_STOPWORD &&
             strcmp(q->sp[i - 1].lex->phrase, "of") == 0 && q->sp[i - 2].kind == NL_SPAN_COLUMN &&
             !q->sp[i - 2].used && t0_span_any(q, (int)i - 2, t0_col_number_value))
        col = (int)i - 2; /* "a population of 80000" */
    if (col < 0 ||
        !(t0_span_any(q, col, t0_col_number_key) || t0_span_plausible_number(q, col, sp->num) ||
          (sp->percent && t0_span_plausible_number(q, col, sp->num / 100.0))))
        return 0; /* "list 3 salaries": a count of rows, not a salary of 3 */
    struct filter *f = new_filter(q);
    if (!f)
        return 0;
    f->kind = FILTER_NUM;
    f->op = NL_OP_EQ;
    f->num = sp->num;
    f->percent = sp->percent;
    f->span = col;
    q->sp[col].used = 1;
    if (col > (int)i)
        q->taken_col = col;
    else
        unselect(q, col);
    return 1;
}

/* WHERE flag = 1 (or 0 when negated) for the flag word at span i; 0, or -1 when full. */
int t0_flag_filter(struct query *q, size_t i, int negated)
{
    struct filter *f = new_filter(q);
    if (!f)
        return -1;
    f->kind = FILTER_NUM;
    f->op = NL_OP_EQ;
    f->num = negated ? 0 : 1;
    f->flag = 1;
    f->span = (int)i;
    return 0;
}

/* The "or more" at span i follows a number. */
static int ormore_taken(const struct query *q, size_t i)
{
    int pv = t0_prev_content(q, i);
    return pv >= 0 && q->sp[pv].kind == NL_SPAN_NUMBER;
}

/* The state of the one pass over the spans: what the words read so far are waiting for. */
struct pass {
    struct query *q;
    size_t i;           /* the span being read */
    struct nl_span *sp; /* &q->sp[i] */
    int nx;             /* the next span that is not a stop word, or -1 */
    enum pend pend;     /* what the last word expects next */
    struct filter *cmp; /* comparison waiting for its number or its subject */
    int cmp_subject;    /* -2: a number was read, its subject (table or column) may follow */
    int neg_value;      /* the value span a "not" negates */
    int last_agg;       /* the last aggregation word ("average, minimum and maximum") */
    int read_to;        /* spans up to this one were read with an earlier word, or -1 */
    char text[160];     /* scratch for t0_span_text() */
};

/* ---- lexicon words, one reader per role ---- */

/* "how many", "number of" */
/* "the stores with their number of staff": each store's count of another table's rows, the
 * stores named before, "their" said right before the count: a count per store */
static void own_count_of(struct query *q, size_t i)
{
    static const char *const possessives[] = {"their", "its"};
    if (q->group != GROUP_NONE ||
        !stopword_before(q, i, possessives, sizeof possessives / sizeof possessives[0]))
        return;
    int nx = t0_next_content(q, i);
    if (nx < 0 || q->sp[nx].kind != NL_SPAN_TABLE || q->sp[nx].n_cand != 1)
        return;
    for (size_t k = 0; k + 1 < i; k++)
        if (q->sp[k].kind == NL_SPAN_TABLE && q->sp[k].n_cand == 1 &&
            q->sp[k].cand[0].table != q->sp[nx].cand[0].table) {
            q->group = GROUP_TABLE;
            q->group_span = (int)k;
            return;
        }
}

static void read_count(struct pass *p, int arg)
{
    struct query *q = p->q;
    size_t i = p->i;
    if (t0_compound_tail(q, q->sp[i].tok))
        return; /* "the phone number of ...": the phone, not a count */
    if (count_is_column(q, i, p->pend)) {
        /* "the maximum number of products" with a Number_products column */
        if (p->pend != PEND_MEASURE && p->pend != PEND_ORDER && p->pend != PEND_MOST)
            p->pend = PEND_NONE;
        return;
    }
    if (q->agg == NL_AGG_COUNT && p->nx < 0 && p->pend == PEND_NONE &&
        (q->counted_span >= 0 || q->count_col_span >= 0))
        return; /* "how many concerts has each stadium hosted? stadium name and the count" */
    if (q->agg == NL_AGG_AVG && q->agg_span >= 0 && t0_prev_content(q, i) == q->agg_span)
        q->avg_count = 1; /* "the average number of orders": resolve.c says over what */
    else if (q->agg != NL_AGG_NONE && q->agg != NL_AGG_COUNT)
        t0_doubt(q, P_UNSURE, "two aggregations");
    q->agg = NL_AGG_COUNT;
    q->agg_span = (int)i;
    q->shape = 1;
    p->pend = PEND_COUNT;
    own_count_of(q, i);
}

/* "average", "total", "maximum" */
int t0_period_said(const struct query *q)
{
    if (q->per_period)
        return 1; /* "average daily spend", "quarterly": the calendar read it */
    for (size_t i = 0; i < q->n; i++) {
        if (q->sp[i].kind != NL_SPAN_LEX || q->sp[i].lex->role != NL_R_TIME)
            continue;
        int pv = t0_prev_content(q, i);
        if ((q->sp[i].lex->arg & 8) ||
            (pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX && strcmp(q->sp[pv].lex->phrase, "per") == 0))
            return 1;
    }
    return 0;
}

/* An aggregate of a column: a sum, an average, a minimum or a maximum. */
static int agg_of_values(enum nl_agg a)
{
    return a == NL_AGG_SUM || a == NL_AGG_AVG || a == NL_AGG_MIN || a == NL_AGG_MAX;
}

/* Keeps span i as a further measure with aggregate a (resolve.c checks its table): 1, or 0
 * when as many are kept as a query holds. */
static int add_more_measure(struct query *q, size_t i, enum nl_agg a)
{
    if (q->n_more_meas >= sizeof q->more_meas / sizeof q->more_meas[0])
        return 0;
    q->more_meas[q->n_more_meas] = (int)i;
    q->more_meas_agg[q->n_more_meas++] = a;
    q->sp[i].used = 1;
    return 1;
}

/* Span i is a second number column after the measure, joined to it by "and" (and "of", "the"):
 * "the total population and surface area", "sum of the population and of the surface area",
 * "the average age and the maximum height". Kept as a further measure with aggregate a. */
static int more_measure(struct query *q, size_t i, enum nl_agg a)
{
    int m = q->measure_span;
    if (m < 0 || (size_t)m >= i || !agg_of_values(q->agg) || !agg_of_values(a) ||
        q->sp[m].kind != NL_SPAN_COLUMN || q->sp[i].kind != NL_SPAN_COLUMN)
        return 0;
    int and_seen = 0;
    for (size_t k = (size_t)m + 1; k < i; k++) {
        const struct nl_span *sp = &q->sp[k];
        const char *w = sp->len == 1 ? q->toks[sp->tok].word : "";
        if (strcmp(w, "and") == 0 && !and_seen)
            and_seen = 1;
        else if (!and_seen || !((sp->kind == NL_SPAN_STOPWORD &&
                                 (strcmp(w, "of") == 0 || strcmp(w, "the") == 0)) ||
                                (sp->kind == NL_SPAN_LEX && sp->lex->role == NL_R_AGG &&
                                 (enum nl_agg)sp->lex->arg == a)))
            return 0;
    }
    int same_table = 0;
    for (size_t a1 = 0; a1 < q->sp[m].n_cand && !same_table; a1++)
        for (size_t b = 0; b < q->sp[i].n_cand && !same_table; b++)
            same_table = q->sp[m].cand[a1].table == q->sp[i].cand[b].table &&
                         q->sp[m].cand[a1].col != q->sp[i].cand[b].col &&
                         t0_col_number_value(q, q->sp[i].cand[b].table, q->sp[i].cand[b].col);
    return and_seen && same_table && add_more_measure(q, i, a);
}

/* "... the most orders? Show the total.", "..., with the sum", "+ that total": the last word
 * names the figure a ranking ranked by (shown by compose.c), no further measure */
static int figure_asked_last(const struct query *q, size_t i)
{
    static const char *const asks[] = {"show", "give", "include", "add", "plus", "with", "and"};
    static const char *const dets[] = {"the", "that", "this", "its", "their"};
    size_t at = q->sp[i].tok;
    return i + 1 == q->n && q->sp[i].len == 1 && at >= 2 &&
           NL_WORD_IN(q->toks[at - 1].word, dets) &&
           (NL_WORD_IN(q->toks[at - 2].word, asks) || q->toks[at - 1].after_comma);
}

static void read_agg(struct pass *p, int arg)
{
    struct query *q = p->q;
    size_t i = p->i;
    if ((q->most_span >= 0 || q->most_dir || q->rank_dir || q->has_top) &&
        (arg == NL_AGG_SUM || arg == NL_AGG_COUNT || (enum nl_agg)arg == q->agg) &&
        figure_asked_last(q, i))
        return;
    q->shape = 1;
    int listed = i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD &&
                 strcmp(q->sp[i - 1].lex->phrase, "and") == 0;
    int measure_agg = arg != NL_AGG_COUNT && q->agg != NL_AGG_COUNT;
    int adjacent = p->last_agg >= 0 && (int)i == p->last_agg + 1;
    p->last_agg = (int)i;
    int rank_of_avg =
        (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) && (arg == NL_AGG_AVG || arg == NL_AGG_SUM);
    if (q->agg == (enum nl_agg)arg && p->nx < 0 && p->pend == PEND_NONE &&
        (q->measure_span >= 0 || q->revenue || q->metric))
        return; /* "total killed per ship: ship name and the total": the total asked already */
    size_t at = q->sp[i].tok;
    int and_before = listed || (at >= 2 && strcmp(q->toks[at - 2].word, "and") == 0 &&
                                (strcmp(q->toks[at - 1].word, "the") == 0 ||
                                 strcmp(q->toks[at - 1].word, "their") == 0 ||
                                 strcmp(q->toks[at - 1].word, "its") == 0));
    /* "sum of all bonuses + mean bonus", "total pop, avg life expectancy": a further measure */
    and_before |= at > 0 && q->toks[at].after_comma && q->agg != NL_AGG_NONE;
    /* "how many conductors are there and what is their average age": "and", then a question
     * word and its verb before the further measure */
    static const char *const asking[] = {"what", "what's", "whats", "is",    "are",
                                         "was",  "were",   "the",   "their", "its"};
    for (size_t b = at; !and_before && b > 0 && at - b < 4 && q->agg != NL_AGG_NONE; b--) {
        if (strcmp(q->toks[b - 1].word, "and") == 0 && b < at)
            and_before = 1;
        else if (!NL_WORD_IN(q->toks[b - 1].word, asking))
            break;
    }
    if (and_before && q->agg == NL_AGG_COUNT && q->count_col_span < 0 && agg_of_values(arg) &&
        p->nx >= 0 && q->sp[p->nx].kind == NL_SPAN_COLUMN &&
        t0_span_any(q, p->nx, t0_col_number_value) &&
        add_more_measure(q, (size_t)p->nx, (enum nl_agg)arg)) {
        /* "the number of cars and the average weight for each year": the count of the rows,
         * and a measure of theirs beside it (resolve.c checks the column is theirs) */
        p->read_to = p->nx;
        return;
    }
    if (and_before && q->measure_span >= 0 && q->agg != NL_AGG_NONE && q->agg != NL_AGG_COUNT &&
        arg != NL_AGG_COUNT && q->agg != (enum nl_agg)arg && p->nx >= 0 &&
        q->sp[p->nx].kind == NL_SPAN_COLUMN && q->sp[q->measure_span].kind == NL_SPAN_COLUMN &&
        q->sp[p->nx].n_cand > 0 && q->sp[q->measure_span].n_cand > 0 &&
        t0_span_has_col(&q->sp[p->nx], q->sp[q->measure_span].cand[0].table,
                        q->sp[q->measure_span].cand[0].col)) {
        /* "the max version number and the min version number": one measure, named again */
        if (q->n_more_aggs < sizeof q->more_aggs / sizeof q->more_aggs[0])
            q->more_aggs[q->n_more_aggs++] = (enum nl_agg)arg;
        p->read_to = p->nx;
        p->last_agg = (int)i;
        return;
    }
    if (and_before && q->measure_span >= 0 && q->agg != NL_AGG_NONE && q->agg != NL_AGG_COUNT &&
        arg != NL_AGG_COUNT && q->agg != (enum nl_agg)arg &&
        q->sp[q->measure_span].kind == NL_SPAN_COLUMN &&
        (p->nx < 0 || (p->nx + 1 == (int)q->n && q->sp[p->nx].kind == NL_SPAN_NUMBER &&
                       q->toks[q->sp[p->nx].tok].num == 1 &&
                       strcmp(q->toks[q->sp[p->nx].tok].word, "one") == 0))) {
        /* "the average version number, and the highest (one)": the same measure, not named
         * again at the end */
        if (q->n_more_aggs < sizeof q->more_aggs / sizeof q->more_aggs[0])
            q->more_aggs[q->n_more_aggs++] = (enum nl_agg)arg;
        p->read_to = p->nx >= 0 ? p->nx : (int)i;
        p->last_agg = (int)i;
        p->pend = PEND_NONE; /* its measure is the one named */
        return;
    }
    if (and_before && p->nx >= 0 && more_measure(q, (size_t)p->nx, (enum nl_agg)arg)) {
        p->read_to = p->nx; /* "the total population and the total surface area" */
        return;
    }
    if (p->pend == PEND_MEASURE && q->measure_span < 0 && q->agg != NL_AGG_NONE &&
        q->agg != (enum nl_agg)arg && measure_agg &&
        (listed || and_before || (adjacent && !rank_of_avg))) {
        /* "the average, minimum and maximum age": several of one measure */
        if (q->n_more_aggs < sizeof q->more_aggs / sizeof q->more_aggs[0])
            q->more_aggs[q->n_more_aggs++] = (enum nl_agg)arg;
    } else if (p->pend == PEND_MEASURE && (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) &&
               (arg == NL_AGG_AVG || arg == NL_AGG_SUM)) {
        /* "highest average grade": rank by an average */
        q->rank_dir = q->agg == NL_AGG_MAX ? 1 : -1;
        q->agg = (enum nl_agg)arg;
    } else if (q->agg != NL_AGG_NONE && q->agg != (enum nl_agg)arg) {
        t0_doubt(q, P_UNSURE, "two aggregations");
    } else {
        q->agg = (enum nl_agg)arg;
        q->agg_span = (int)i;
    }
    p->pend = PEND_MEASURE;
}

/* "by" before one named thing ("by Atwood", "by author Atwood", "by publisher Gallimard"): who
 * did it, a condition, not a grouping per author. */
static int by_names_one(const struct query *q, size_t i)
{
    int nx = t0_next_content(q, i);
    if (nx < 0)
        return 0;
    if (q->sp[nx].kind == NL_SPAN_VALUE)
        return 1;
    if (q->sp[nx].kind != NL_SPAN_TABLE && q->sp[nx].kind != NL_SPAN_COLUMN)
        return 0;
    int v = nx + 1 < (int)q->n ? nx + 1 : -1;
    if (v >= 0 && q->sp[nx].kind == NL_SPAN_TABLE && q->sp[v].kind == NL_SPAN_COLUMN)
        v = v + 1 < (int)q->n ? v + 1 : -1; /* "by vehicle make Ford" */
    /* "revenue by country in Europe" stays a grouping: the value is not next to the word */
    return v >= 0 && q->sp[v].kind == NL_SPAN_VALUE;
}

/* "by", "per", "for each" */
/* A verb in the passive before "by" ("made by", "placed by", "paid by"): the one who did it. */
static int agent_verb(const char *w)
{
    static const char *const irregular[] = {"made",  "paid",  "sold",    "bought", "done",
                                            "taken", "given", "written", "held",   "sent",
                                            "won",   "spent", "brought", "kept",   "built"};
    size_t n = strlen(w);
    return NL_WORD_IN(w, irregular) ||
           (n > 4 && strcmp(w + n - 2, "ed") == 0 && strcmp(w, "need") != 0);
}

/* The words after "by" at span i lead to a table (people, things) through at most two
 * adjectives or values: "by students", "by female students", "by the maker". */
static int by_whom(const struct query *q, size_t i)
{
    for (size_t k = i + 1, seen = 0; k < q->n && seen <= 2; k++) {
        enum nl_span_kind kd = q->sp[k].kind;
        if (kd == NL_SPAN_TABLE)
            return 1;
        if (kd != NL_SPAN_STOPWORD && kd != NL_SPAN_UNKNOWN && kd != NL_SPAN_VALUE)
            return 0;
        seen += kd != NL_SPAN_STOPWORD;
    }
    return 0;
}

/* "handled by reps based in Europe": the table after "by" is narrowed to a place or a value
 * right after it; the ones who did it, a condition, not a grouping per rep. */
static int by_whom_qualified(const struct query *q, size_t i)
{
    static const char *const between[] = {"based", "located", "living", "in", "from", "at"};
    size_t k = i + 1;
    while (k < q->n && q->sp[k].kind == NL_SPAN_STOPWORD &&
           !NL_WORD_IN(q->toks[q->sp[k].tok].word, between))
        k++;
    if (k >= q->n || q->sp[k].kind != NL_SPAN_TABLE)
        return 0;
    size_t b = k + 1;
    while (b < q->n && q->sp[b].len == 1 && NL_WORD_IN(q->toks[q->sp[b].tok].word, between))
        b++;
    return b > k + 1 && b < q->n && q->sp[b].kind == NL_SPAN_VALUE;
}

/* "list each concert with the stadium it was in", "show each orchestra with its conductor's
 * name", "for each cartoon, show its title and ...": each row listed with what it points at
 * (one stadium per concert), not one count per row. Nothing in the question counts or
 * totals. */
static int each_lists_rows(const struct query *q, size_t i)
{
    static const char *const links[] = {"with", "and",  "its",  "their", "the",
                                        "show", "give", "list", "along", "plus"};
    int t1 = -1, nx = t0_next_content(q, i), k, c;
    if (nx < 0 || q->sp[nx].kind != NL_SPAN_TABLE || !q->sp[nx].n_cand)
        return 0;
    t1 = q->sp[nx].cand[0].table;
    for (size_t j = 0; j < q->n; j++)
        if (q->sp[j].kind == NL_SPAN_LEX &&
            (q->sp[j].lex->role == NL_R_AGG || q->sp[j].lex->role == NL_R_COUNT ||
             q->sp[j].lex->role == NL_R_MOST || q->sp[j].lex->role == NL_R_TOP ||
             q->sp[j].lex->role == NL_R_REVENUE))
            return 0;
    k = t0_next_content(q, (size_t)nx);
    while (k >= 0 && q->sp[k].kind == NL_SPAN_LEX && q->sp[k].lex->role == NL_R_LIST)
        k = t0_next_content(q, (size_t)k); /* "for each cartoon, show its title" */
    if (k < 0)
        return 0;
    size_t at = q->sp[nx].tok + q->sp[nx].len;
    int linked = q->toks[q->sp[k].tok].after_comma ||
                 (q->sp[k].tok == at + 1 && strcmp(q->toks[at].word, "s") == 0); /* "paragraph's
                                                                                  * text" */
    for (size_t w = q->sp[nx].tok + q->sp[nx].len; w < q->sp[k].tok; w++)
        linked |= NL_WORD_IN(q->toks[w].word, links);
    if (!linked)
        return 0;
    if (q->sp[k].kind == NL_SPAN_TABLE && q->sp[k].n_cand)
        return q->sp[k].cand[0].table != t1 && t0_fk_to(q, t1, q->sp[k].cand[0].table, &c) >= 0;
    return q->sp[k].kind == NL_SPAN_COLUMN && t0_span_has_table(&q->sp[k], t1);
}

static void read_group(struct pass *p, int arg)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    q->shape = 1;
    if ((strcmp(sp->lex->phrase, "each") == 0 || strcmp(sp->lex->phrase, "for each") == 0 ||
         strcmp(sp->lex->phrase, "for every") == 0) &&
        each_lists_rows(q, i)) {
        q->each_t = q->sp[t0_next_content(q, i)].cand[0].table;
        return;
    }
    if (q->sort_seen && q->sort_span < 0 && strcmp(sp->lex->phrase, "by") == 0) {
        p->pend = PEND_ORDER; /* "sort the names by age" */
        return;
    }
    if (strcmp(sp->lex->phrase, "by") == 0 && by_names_one(q, i))
        return; /* "books by publisher Gallimard", "songs by Christy Walton": a condition */
    if (strcmp(sp->lex->phrase, "across") == 0 && p->pend == PEND_NONE && q->agg != NL_AGG_NONE &&
        q->agg != NL_AGG_COUNT && q->measure_span >= 0 && p->nx >= 0 &&
        q->sp[p->nx].kind == NL_SPAN_TABLE && q->sp[q->measure_span].n_cand > 0 &&
        t0_span_has_table(&q->sp[p->nx], q->sp[q->measure_span].cand[0].table))
        return; /* "the max version number across templates": over all of them, the measure's
                 * own rows, not one figure per template */
    static const char *const verbs[] = {"was", "is", "were", "are", "has", "had", "did", "does"};
    size_t after = sp->tok + sp->len;
    if (strcmp(sp->lex->phrase, "each") == 0 && after < q->sp[q->n - 1].tok + q->sp[q->n - 1].len &&
        NL_WORD_IN(q->toks[after].word, verbs)) {
        /* "the year each was founded": each one's year, a column to show, not one group per
         * year */
        int pv = t0_prev_content(q, i);
        if (pv >= 0 && q->sp[pv].kind == NL_SPAN_COLUMN && q->n_selects < NL_MAX_SELECT) {
            int known = 0;
            for (size_t k = 0; k < q->n_selects; k++)
                known |= q->selects[k] == pv;
            if (!known)
                q->selects[q->n_selects++] = pv;
        }
        return;
    }
    if (strcmp(sp->lex->phrase, "by") == 0 && i + 2 < q->n && q->sp[i + 1].kind == NL_SPAN_LEX &&
        q->sp[i + 1].lex->role == NL_R_COUNT && q->sp[i + 2].kind == NL_SPAN_COLUMN &&
        t0_span_all(q, (int)i + 2, col_counts_things)) {
        /* "units by number of bedrooms" over bdrm_cnt: one group per count the column holds,
         * the "number of" the start of its name */
        t0_consume(q, i + 1, i + 1);
    }
    if (strcmp(sp->lex->phrase, "by") == 0 && p->pend == PEND_MEASURE &&
        (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) && q->measure_span < 0 &&
        t0_prev_content(q, i) == q->agg_span && q->n_mentions > 0 && q->mentions[0] < q->agg_span) {
        return; /* "which stadium is the biggest by capacity": the largest capacity */
    }
    if (strcmp(sp->lex->phrase, "by") == 0 && i + 1 < q->n &&
        q->sp[i + 1].kind == NL_SPAN_STOPWORD &&
        (strcmp(q->sp[i + 1].lex->phrase, "a") == 0 ||
         strcmp(q->sp[i + 1].lex->phrase, "an") == 0)) {
        /* "placed by an employee": who did it, not a grouping */
        t0_doubt(q, P_UNSURE, "'by %s' names who did it, not a grouping", q->sp[i + 1].lex->phrase);
        return;
    }
    /* "cancellation rate by branch": the state a rate is of did nothing by the branch */
    int rate = sp->tok > 0 && q->toks[sp->tok - 1].rate_value;
    if (strcmp(sp->lex->phrase, "by") == 0 && sp->tok > 0 && q->agg == NL_AGG_COUNT && !rate &&
        agent_verb(q->toks[sp->tok - 1].word) && by_whom(q, i)) {
        /* by whom ("by students", "by female students"); "closed by month" still groups */
        /* "how many payments were made by students on probation": who made them, a condition
         * on the students, not a count per student */
        t0_doubt(q, P_SLIGHT, "'%s by' names who did it, not a grouping",
                 q->toks[sp->tok - 1].word);
        return;
    }
    if (strcmp(sp->lex->phrase, "by") == 0 && sp->tok > 0 && !rate &&
        agent_verb(q->toks[sp->tok - 1].word) && by_whom_qualified(q, i)) {
        t0_doubt(q, P_SLIGHT, "'%s by' names who did it, not a grouping",
                 q->toks[sp->tok - 1].word);
        return;
    }
    if (strcmp(sp->lex->phrase, "across") == 0 && i + 1 < q->n &&
        q->sp[i + 1].kind == NL_SPAN_STOPWORD &&
        (strcmp(q->sp[i + 1].lex->phrase, "all") == 0 ||
         strcmp(q->sp[i + 1].lex->phrase, "every") == 0 ||
         strcmp(q->sp[i + 1].lex->phrase, "the") == 0))
        return; /* "the average share across all episodes": one figure over them all */
    if ((strcmp(sp->lex->phrase, "each") == 0 || strcmp(sp->lex->phrase, "in each") == 0 ||
         strcmp(sp->lex->phrase, "of each") == 0) &&
        t0_next_content(q, i) < 0 && q->n_mentions > 0 && q->mentions[0] < (int)i)
        return; /* "the battles and the commander in each": the rows said before, each */
    p->pend = PEND_GROUP;
}

/* A word that starts a clause of its own between spans a and b ("name and age for those over
 * 45"): the column before it is shown, not the subject of what follows. */
static int clause_between(const struct query *q, size_t a, size_t b)
{
    static const char *const starts[] = {"for", "where", "who", "whose", "that", "which", "among"};
    for (size_t k = a + 1; k < b; k++)
        if (q->sp[k].kind == NL_SPAN_STOPWORD && NL_WORD_IN(q->sp[k].lex->phrase, starts))
            return 1;
    return 0;
}

/* Span i is "over" or "under" with no number after it (or after its column): "over the
 * years", "over the countries in Asia" compare nothing. */
static int weak_cmp_idle(const struct query *q, size_t i)
{
    int nx = t0_next_content(q, i);
    return q->sp[i].kind == NL_SPAN_LEX && q->sp[i].lex->weak &&
           (nx < 0 || q->sp[nx].kind != NL_SPAN_NUMBER) &&
           !(nx >= 0 && q->sp[nx].kind == NL_SPAN_COLUMN && t0_next_content(q, (size_t)nx) >= 0 &&
             q->sp[t0_next_content(q, (size_t)nx)].kind == NL_SPAN_NUMBER);
}

/* "more than", "at least", "between": a comparison waiting for its number and subject */
static void read_cmp(struct pass *p, int arg)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    int nx = p->nx;
    if (weak_cmp_idle(q, i)) {
        if (nx >= 0 && q->sp[nx].kind == NL_SPAN_COLUMN && q->sp[nx].tok > 0 &&
            (strcmp(q->toks[q->sp[nx].tok - 1].word, "their") == 0 ||
             strcmp(q->toks[q->sp[nx].tok - 1].word, "its") == 0))
            /* "customers over their credit limit": one column of theirs against another */
            t0_doubt(q, P_UNSURE, "'%s their %s' compares the rows with a column of their own",
                     q->toks[sp->tok].word, q->toks[q->sp[nx].tok].word);
        return; /* "over the years": not a comparison ("above age 20" is one) */
    }
    p->cmp = new_filter(q);
    if (!p->cmp)
        return;
    p->cmp->kind = FILTER_NUM;
    p->cmp->op = sp->lex->role == NL_R_BETWEEN ? NL_OP_BETWEEN : (enum nl_op)arg;
    p->cmp->implied = nl_lex_implied_column(sp->lex->phrase);
    p->cmp->temporal =
        strcmp(sp->lex->phrase, "later than") == 0 || strcmp(sp->lex->phrase, "earlier than") == 0;
    if (p->cmp->span < 0 && !p->cmp->implied && i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD &&
        strcmp(q->sp[i - 1].lex->phrase, "and") == 0 && q->nf >= 2 &&
        q->f[q->nf - 2].kind == FILTER_NUM && q->f[q->nf - 2].span >= 0 &&
        q->f[q->nf - 2].op != NL_OP_EQ)
        p->cmp->span = q->f[q->nf - 2].span; /* "at least 100 and at most 200" */
    for (int j = (int)i - 1; j >= 0 && p->cmp->near_table < 0; j--)
        if (q->sp[j].kind == NL_SPAN_TABLE)
            p->cmp->near_table = j;
    p->cmp_subject = t0_prev_content(q, i);
    if (p->cmp_subject >= 0 && q->sp[p->cmp_subject].kind == NL_SPAN_COLUMN &&
        !q->sp[p->cmp_subject].used && !clause_between(q, (size_t)p->cmp_subject, i)) {
        p->cmp->span = p->cmp_subject;
        q->sp[p->cmp_subject].used = 1;
    }
    p->pend = sp->lex->role == NL_R_BETWEEN ? PEND_BETWEEN : PEND_CMP;
}

static void read_most(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->most_dir = arg;
    q->shape = 1;
    p->pend = PEND_MOST;
}

/* "our best selling products", "the worst sellers by revenue": a top list by the measure said
 * after "by", else by units sold (finish) */
static void read_selling(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->has_top = 1;
    q->top_dir = arg;
    q->selling = arg;
    q->shape = 1;
    p->pend = PEND_NONE;
}

static void read_top(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->has_top = 1;
    q->top_dir = arg;
    q->shape = 1;
    p->pend = PEND_TOP;
}

/* "the second most expensive", "the 3rd largest": the place in a ranking; elsewhere ("second
 * semester") a shape tier 0 does not compose */
static void read_ordinal(struct pass *p, int arg)
{
    struct query *q = p->q;
    int nx = t0_next_content(q, p->i);
    const struct nl_span *n = nx >= 0 ? &q->sp[nx] : NULL;
    if (n && n->kind == NL_SPAN_LEX &&
        (n->lex->role == NL_R_MOST || n->lex->role == NL_R_ORDERADJ ||
         (n->lex->role == NL_R_AGG && (n->lex->arg == NL_AGG_MAX || n->lex->arg == NL_AGG_MIN)))) {
        q->offset = arg - 1;
        return;
    }
    t0_doubt(q, P_UNSURE, "'%s' needs a shape tier 0 does not compose",
             t0_span_text(q, p->sp, p->text, sizeof p->text));
}

/* Every column span k may mean has the word stem in its name. */
static int word_in_span_cols(const struct query *q, int k, const char *stem)
{
    const struct nl_span *sp = &q->sp[k];
    for (size_t j = 0; j < sp->n_cand; j++)
        if (sp->cand[j].col < 0 || !t0_col_has_word(q, sp->cand[j].table, sp->cand[j].col, stem))
            return 0;
    return sp->n_cand > 0;
}

/* "the most expensive", "the oldest", "the latest" */
static void read_orderadj(struct pass *p, int arg)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    int nx = p->nx;
    int hint = arg / 4, dir = (arg & 1) ? 1 : -1, sup = (arg & 2) != 0;
    if (q->sort_seen) {
        /* "ordered by age from the oldest to the youngest": a direction */
        if (!q->sort_adj)
            q->sort_adj = (hint + 1) * dir;
        return;
    }
    if (sup && hint == NL_HINT_DATE && nx == (int)i + 1 && q->sp[nx].kind == NL_SPAN_COLUMN &&
        t0_span_any(q, nx, t0_col_is_date) && q->agg != NL_AGG_NONE &&
        word_in_span_cols(q, nx, q->toks[sp->tok].stem)) {
        return; /* "how many students first registered": a word of date_first_registered */
    }
    if (sup && hint == NL_HINT_DATE && nx == (int)i + 1 && q->sp[nx].kind == NL_SPAN_COLUMN &&
        t0_span_any(q, nx, t0_col_is_date)) {
        /* "the latest order date": the date itself */
        q->agg = dir > 0 ? NL_AGG_MAX : NL_AGG_MIN;
        q->agg_span = (int)i;
        q->shape = 1;
        p->pend = PEND_MEASURE;
        return;
    }
    if (!sup && p->pend != PEND_MOST) {
        t0_doubt(q, P_UNSURE, "'%s' without most/least is vague",
                 t0_span_text(q, sp, p->text, sizeof p->text));
        return;
    }
    if (p->pend == PEND_MOST)
        dir *= q->most_dir;
    q->most_dir = 0;
    q->order_hint = hint;
    q->order_dir = dir;
    q->shape = 1;
    p->pend = PEND_NONE;
}

/* "per year", "monthly" */
/* Table t keeps how often its rows recur (freq_cd, billing_cycle, interval). */
static int has_frequency(const struct query *q, int t)
{
    static const char *const words[] = {"freq",   "frequenc", "interv", "interval",
                                        "cadenc", "cycl",     "cycle",  "recur"};
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
            if (t0_col_has_word(q, t, (int)c, words[k]))
                return 1;
    return 0;
}

static void read_time(struct pass *p, int arg)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    int nx = p->nx;
    if (p->pend == PEND_GROUP || (arg & 8)) {
        int pv = t0_prev_content(q, i);
        if ((arg & 8) && nx == (int)i + 1 && q->sp[nx].kind == NL_SPAN_TABLE &&
            q->agg != NL_AGG_SUM && q->agg != NL_AGG_AVG &&
            has_frequency(q, q->sp[nx].cand[0].table))
            /* "how many monthly recurring gifts": a kind of gift (a frequency 'M'), not a count
             * per month */
            t0_doubt(q, P_UNSURE, "'%s %s' may be a kind of %s, not one per period",
                     t0_span_text(q, sp, p->text, sizeof p->text), q->toks[q->sp[nx].tok].word,
                     q->s->tables[q->sp[nx].cand[0].table].name);
        size_t nv = 0;
        long vv = (arg & 8) ? schema_find_value(q->s, q->toks[sp->tok].word, &nv) : -1;
        for (size_t k = 0; vv >= 0 && k < nv && nx >= 0; k++) {
            /* "rentals on the weekly rate plan": 'Weekly' is a plan, named beside its table */
            int vt = (int)q->s->values[(size_t)vv + k].table;
            if ((q->sp[nx].kind == NL_SPAN_TABLE || q->sp[nx].kind == NL_SPAN_COLUMN) &&
                t0_span_has_table(&q->sp[nx], vt)) {
                t0_doubt(q, P_UNSURE, "'%s' is a stored %s, not only a period",
                         q->toks[sp->tok].word, q->s->tables[vt].name);
                break;
            }
        }
        if (!t0_group_again(q, -1, arg & 7)) {
            q->group = GROUP_TIME;
            q->group_time = arg & 7;
        } else if (pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_GROUP &&
                   (strstr(q->sp[pv].lex->phrase, "each") ||
                    strstr(q->sp[pv].lex->phrase, "every"))) {
            q->time2_first = 1; /* "orders by channel for each year": the years hold the channels */
        }
        q->shape = 1;
        p->pend = PEND_NONE;
    } else if (nx == (int)i + 1 && (size_t)nx + 1 < q->n && q->sp[nx].kind == NL_SPAN_LEX &&
               strcmp(q->sp[nx].lex->phrase, "by") == 0 && q->sp[nx + 1].kind == NL_SPAN_LEX &&
               q->sp[nx + 1].lex->role == NL_R_TIME && q->sp[nx + 1].lex->arg == arg) {
        sp->used = 1; /* "month by month": the grouping the second word makes */
    } else if ((nx < 0 || !t0_is_year(&q->sp[nx])) && q->n_unk < sizeof q->unk / sizeof q->unk[0]) {
        /* "the years in which they were founded" next to Year_of_Founded: judged
         * with the unknown words, once the query is built */
        q->unk[q->n_unk++] = (int)i;
    } else if (nx < 0 || !t0_is_year(&q->sp[nx])) {
        t0_doubt(q, P_UNSURE, "'%s' is not a grouping here",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    }
}

static void read_qword(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->qword = 1;
}

static void read_list(struct pass *p, int arg)
{
    struct query *q = p->q;
    size_t i = p->i;
    q->list = 1;
    q->shape = 1;
    if (strcmp(p->sp->lex->phrase, "name") == 0 && i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD &&
        (strcmp(q->sp[i - 1].lex->phrase, "the") == 0 ||
         strcmp(q->sp[i - 1].lex->phrase, "their") == 0 ||
         strcmp(q->sp[i - 1].lex->phrase, "its") == 0) &&
        q->n_selects < NL_MAX_SELECT)
        q->selects[q->n_selects++] = (int)i; /* "what is the name and director of ...": shown */
}

/* "not", "without", "never": a negated value, a flag, an absent table, or a doubt */
/* "customers without a company (name)", "orders with no ship date": the column is not set.
 * Returns 1 when the negation was read so. */
static int without_column(struct pass *p)
{
    static const char *const having[] = {"have", "has", "had"};
    struct query *q = p->q;
    const char *w = p->sp->lex->phrase;
    int nx = p->nx;
    /* "employees who don't have a salary": "not" before a verb of having */
    int not_have = strcmp(w, "not") == 0 && p->i + 1 < q->n &&
                   NL_WORD_IN(q->toks[q->sp[p->i + 1].tok].word, having);
    if ((strcmp(w, "without") != 0 && strcmp(w, "no") != 0 && !not_have) || nx < 0 ||
        q->sp[nx].kind != NL_SPAN_COLUMN || q->sp[nx].partial || q->nf >= NL_MAX_FILTERS)
        return 0;
    /* the column of the rows named before ("staff with no age"); with none named, the only
     * one. Another table's column would read "has some row with no X". */
    int k = -1, named = 0;
    for (int j = (int)p->i - 1; j >= 0 && !named; j--)
        if (q->sp[j].kind == NL_SPAN_TABLE && q->sp[j].n_cand == 1) {
            named = 1;
            for (size_t m = 0; m < q->sp[nx].n_cand; m++)
                if (q->sp[nx].cand[m].table == q->sp[j].cand[0].table)
                    k = (int)m;
        }
    if (!named && q->sp[nx].n_cand == 1)
        k = 0;
    if (k < 0)
        return 0;
    if (strcmp(w, "no") == 0 &&
        !(p->i > 0 && (strcmp(q->toks[q->sp[p->i - 1].tok].word, "with") == 0 ||
                       NL_WORD_IN(q->toks[q->sp[p->i - 1].tok].word, having))))
        return 0; /* "no" alone: "no orders", "no later than" are other readings */
    int t = q->sp[nx].cand[k].table, c = q->sp[nx].cand[k].col;
    const struct schema_column *col = t0_col_of(q, t, c);
    if (col->notnull || col->pk)
        return 0; /* never missing: "without" means something else here */
    struct filter *f = new_filter(q);
    if (!f)
        return 0;
    f->kind = FILTER_NOTNULL;
    f->flag = 1; /* IS NULL */
    f->span = -1;
    f->t = t;
    f->c = c;
    p->read_to = nx;
    int after = t0_next_content(q, (size_t)nx);
    if (after == nx + 1 && q->sp[after].kind == NL_SPAN_COLUMN &&
        strcmp(q->toks[q->sp[after].tok].stem, "name") == 0)
        p->read_to = after; /* "a company name": the company */
    else if (after == nx + 1 && q->sp[after].len == 1 && t0_compound_tail(q, q->sp[after].tok))
        p->read_to = after; /* "no phone number": the phone */
    return 1;
}

static void read_neg(struct pass *p, int arg)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    int nx = p->nx;
    if (strcmp(sp->lex->phrase, "without") == 0 && sp->tok >= 2 &&
        (strcmp(q->toks[sp->tok - 1].word, "and") == 0 ||
         strcmp(q->toks[sp->tok - 1].word, "or") == 0) &&
        strcmp(q->toks[sp->tok - 2].word, "with") == 0) {
        /* "customers who ordered with and without a promo code": both sets, or a comparison
         * of them; never the rows with no orders at all */
        t0_doubt(q, P_WRONGISH, "'with %s without' compares two sets", q->toks[sp->tok - 1].word);
        return;
    }
    static const char *const but[] = {"not", "other than", "excluding", "except", "non"};
    if (NL_WORD_IN(sp->lex->phrase, but) && (p->neg_value = t0_negated_value(q, i)) >= 0)
        return; /* "not from Russia", "excluding void invoices", "non-void": the value's filter
                 * is negated */
    if (strcmp(sp->lex->phrase, "not") == 0 && nx >= 0 && t0_flag_word(q, (size_t)nx) >= 0) {
        p->neg_value = nx; /* "products that are not discontinued" */
        return;
    }
    if (strcmp(sp->lex->phrase, "not") == 0 && nx >= 0 && q->sp[nx].kind == NL_SPAN_NUMBER &&
        t0_is_year(&q->sp[nx])) {
        p->neg_value = nx; /* "ordered in 2023 but not in 2024": filters.c reads the year */
        return;
    }
    if (q->anti_span < 0 && (q->anti_span = t0_absent_table(q, i)) >= 0) {
        q->anti_from = (int)i; /* "customers who never ordered" */
        return;
    }
    if (without_column(p))
        return;
    t0_doubt(q, P_WRONGISH, "negation ('%s') is not handled by tier 0",
             t0_span_text(q, sp, p->text, sizeof p->text));
}

/* Words tier 0 reads but cannot answer from the schema: what each costs and why. */
static const struct {
    enum nl_role role;
    double cost;
    int vague; /* a judgement: the question is no lookup at all */
    const char *why;
} unhandled[] = {
    {NL_R_RELTIME, P_WRONGISH, 0, "needs today's date"},
    {NL_R_VAGUE, P_WRONGISH, 1, "asks for a judgement, not a lookup"},
    {NL_R_COMPLEX, P_UNSURE, 0, "needs a shape tier 0 does not compose"},
};

static int plural_end(const struct query *q, int i);

/* After span i, "by" or "for" names what a ranking is by: a measure (a metric, revenue) or a
 * numeric column ("the best 5 reps by revenue", "our 3 best months for revenue"). */
static int ranks_by_measure(const struct query *q, size_t i)
{
    for (size_t k = i + 1; k + 1 < q->n; k++) {
        const struct nl_span *b = &q->sp[k];
        if (b->kind != NL_SPAN_LEX && b->kind != NL_SPAN_STOPWORD)
            continue;
        const char *w = q->toks[b->tok].word;
        if (b->len != 1 || (strcmp(w, "by") != 0 && strcmp(w, "for") != 0))
            continue;
        int nx = t0_next_content(q, k);
        if (nx < 0)
            return 0;
        const struct nl_span *m = &q->sp[nx];
        if (m->kind == NL_SPAN_LEX && m->lex->role == NL_R_REVENUE)
            return 1;
        if (m->kind == NL_SPAN_COLUMN && m->n_cand == 1 && m->cand[0].col >= 0 &&
            t0_col_is_numeric(q, m->cand[0].table, m->cand[0].col))
            return 1;
        return 0;
    }
    return 0;
}

/* Span i is "best", "worst", "weakest" or "strongest" ranking by a measure said after it: 1
 * for the highest, -1 the lowest, 0 when it is no such ranking. */
static int rank_word(const struct query *q, size_t i)
{
    static const char *const high[] = {"best", "strongest"}, *const low[] = {"worst", "weakest"};
    const char *w = q->toks[q->sp[i].tok].word;
    if (q->sp[i].kind != NL_SPAN_LEX || q->sp[i].len != 1 ||
        !(NL_WORD_IN(w, high) || NL_WORD_IN(w, low)) || !ranks_by_measure(q, i))
        return 0;
    return NL_WORD_IN(w, high) ? 1 : -1;
}

static void read_unhandled(struct pass *p, int arg)
{
    int dir = rank_word(p->q, p->i);
    if (dir) {
        read_top(p, dir); /* "the best 5 reps by revenue": the top 5 by it, not a judgement */
        int nx = t0_next_content(p->q, p->i);
        if (p->q->limit <= 0 && nx >= 0 && p->q->sp[nx].kind == NL_SPAN_TABLE &&
            !plural_end(p->q, nx))
            p->q->limit = 1; /* "the best rep by billings": one */
        return;
    }
    if (p->sp->len == 1 && !p->q->both &&
        (strcmp(p->q->toks[p->sp->tok].word, "both") == 0 ||
         strcmp(p->q->toks[p->sp->tok].word, "also") == 0)) {
        p->q->both = 1; /* filters.c reads it with the values it joins, or doubts it */
        return;
    }
    for (size_t k = 0; k < sizeof unhandled / sizeof unhandled[0]; k++)
        if (unhandled[k].role == p->sp->lex->role) {
            p->q->vague |= unhandled[k].vague;
            t0_doubt(p->q, unhandled[k].cost, "'%s' %s",
                     t0_span_text(p->q, p->sp, p->text, sizeof p->text), unhandled[k].why);
        }
}

/* "revenue", "sales": quantity * price, summed */
static void read_revenue(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->revenue = 1;
    q->any_link = 1; /* t0_resolve() checks that quantity and price columns exist */
    q->shape = 1;
    if (p->pend == PEND_MEASURE && (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN)) {
        q->rank_dir = q->agg == NL_AGG_MAX ? 1 : -1; /* "the highest revenue" */
        q->agg = NL_AGG_SUM;
    } else if (p->pend == PEND_MOST) {
        q->rank_dir = q->most_dir; /* "the most revenue" */
        q->most_dir = 0;
    } else if (p->pend == PEND_COUNT && q->agg == NL_AGG_COUNT && q->counted_span < 0 &&
               q->metric && q->metric->format == SEMANTIC_FMT_NUMBER) {
        /* "how many units did we sell": a quantity's total, not a count ("how many sales" is
         * a number of sales, not money: it stays a doubt) */
        q->agg = NL_AGG_SUM;
    }
    if (q->agg == NL_AGG_NONE)
        q->agg = NL_AGG_SUM;
    else if (q->agg != NL_AGG_SUM && !(q->agg == NL_AGG_AVG && t0_per_table(q)) &&
             !(q->agg == NL_AGG_AVG && t0_period_said(q)))
        /* ("the average monthly revenue": the months' totals averaged, resolve.c) */
        t0_doubt(q, P_UNSURE, "%s of revenue is unusual",
                 q->agg == NL_AGG_AVG ? "average" : "extreme");
    p->pend = PEND_NONE;
}

static void read_distinct(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->distinct = 1;
}

/* "sorted by", "in descending order", "alphabetically" */
static void read_order(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->sort_seen = 1;
    q->shape = 1;
    if (arg & NL_ORD_DESC)
        q->sort_dir = 1;
    else if (arg & NL_ORD_ASC)
        q->sort_dir = -1;
    if (arg & NL_ORD_ALPHA)
        q->sort_alpha = 1;
    if (arg & (NL_ORD_YOUNG | NL_ORD_OLD)) /* by age, or by a birth date */
        q->sort_adj = (NL_HINT_AGE + 1) * ((arg & NL_ORD_OLD) ? 1 : -1);
    if (arg & NL_ORD_KEY)
        p->pend = PEND_ORDER;
}

static void read_or(struct pass *p, int arg)
{
    struct query *q = p->q;
    q->or_seen = 1;
}

/* "or more": taken with the number before it */
static void read_ormore(struct pass *p, int arg)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    if (!ormore_taken(q, i))
        t0_doubt(q, P_UNSURE, "'%s' without a number before it",
                 t0_span_text(q, sp, p->text, sizeof p->text));
}

/* Each lexicon role and its reader; NL_R_STOP has none (a filler word). */
static const struct {
    enum nl_role role;
    void (*read)(struct pass *p, int arg);
} role_readers[] = {
    {NL_R_COUNT, read_count},
    {NL_R_AGG, read_agg},
    {NL_R_GROUP, read_group},
    {NL_R_CMP, read_cmp},
    {NL_R_BETWEEN, read_cmp},
    {NL_R_MOST, read_most},
    {NL_R_TOP, read_top},
    {NL_R_ORDERADJ, read_orderadj},
    {NL_R_TIME, read_time},
    {NL_R_QWORD, read_qword},
    {NL_R_LIST, read_list},
    {NL_R_NEG, read_neg},
    {NL_R_RELTIME, read_unhandled},
    {NL_R_VAGUE, read_unhandled},
    {NL_R_COMPLEX, read_unhandled},
    {NL_R_REVENUE, read_revenue},
    {NL_R_DISTINCT, read_distinct},
    {NL_R_ORDER, read_order},
    {NL_R_OR, read_or},
    {NL_R_ORMORE, read_ormore},
    {NL_R_ORDINAL, read_ordinal},
    {NL_R_SELLING, read_selling},
};

/* The last word of span i is a plural noun ("part-timers", "contractors"). */
static int plural_end(const struct query *q, int i)
{
    const char *w = q->toks[q->sp[i].tok + q->sp[i].len - 1].word;
    size_t n = strlen(w);
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's';
}

/* ---- spans, one reader per kind ---- */

/* "split by", "broken down by", "grouped by": a grouping phrase whose last word is "by" */
static int ends_with_by(const char *phrase)
{
    size_t n = strlen(phrase);
    return n > 3 && strcmp(phrase + n - 3, " by") == 0;
}

static void read_stopword(struct pass *p)
{
    static const char *const now[] = {"currently", "right now", "at the moment", "at present",
                                      "still"};
    struct query *q = p->q;
    p->sp->used = 1;
    if (q->current_span < 0 && NL_WORD_IN(p->sp->lex->phrase, now)) {
        q->current_span = (int)p->i; /* "how many people do we currently have" */
        q->current_filler = 1;
    }
    /* "by category and year": "and" right after a grouping said with "by" or "per" goes on
     * grouping ("each professional's name and description" lists what to show) */
    int pv = t0_prev_content(q, p->i), by = pv >= 0 ? t0_prev_content(q, (size_t)pv) : -1;
    if (strcmp(p->sp->lex->phrase, "and") == 0 && p->pend == PEND_NONE && by >= 0 &&
        q->sp[by].kind == NL_SPAN_LEX && q->sp[by].lex->role == NL_R_GROUP &&
        (strcmp(q->sp[by].lex->phrase, "by") == 0 || strcmp(q->sp[by].lex->phrase, "per") == 0 ||
         ends_with_by(q->sp[by].lex->phrase)) && /* "split by channel and status" */
        ((pv == q->group_span && (q->group == GROUP_TABLE || q->group == GROUP_COLUMN)) ||
         (q->group == GROUP_TIME && q->sp[pv].kind == NL_SPAN_LEX &&
          q->sp[pv].lex->role == NL_R_TIME)))
        p->pend = PEND_GROUP;
}

static void read_lex(struct pass *p)
{
    p->sp->used = 1;
    for (size_t k = 0; k < sizeof role_readers / sizeof role_readers[0]; k++)
        if (role_readers[k].role == p->sp->lex->role) {
            role_readers[k].read(p, p->sp->lex->arg);
            return;
        }
}

/* Span k compares what precedes it: "more than", "between" two numbers, or "after" / "before"
 * a number ("towns founded after 1900"). */
static int compares_next(const struct query *q, size_t k)
{
    const struct nl_span *sp = &q->sp[k];
    if (sp->kind == NL_SPAN_LEX && sp->lex->role == NL_R_CMP)
        return 1;
    if (sp->kind == NL_SPAN_LEX && sp->lex->role == NL_R_BETWEEN)
        return k + 1 < q->n && q->sp[k + 1].kind == NL_SPAN_NUMBER;
    return sp->kind == NL_SPAN_STOPWORD && sp->lex->arg != 0 && sp->lex->arg != NL_OP_EQ &&
           k + 1 < q->n && q->sp[k + 1].kind == NL_SPAN_NUMBER;
}

/* Span k is one word written as a verb's participle of what it names: "priced" for a price
 * column ("products priced over $500"), not "price" or "costing". */
static int participle(const struct query *q, size_t k)
{
    const struct nl_token *t = &q->toks[q->sp[k].tok];
    size_t n = strlen(t->word);
    return q->sp[k].len == 1 && n > 3 && strcmp(t->word + n - 2, "ed") == 0 &&
           strcmp(t->word, t->stem) != 0;
}

/* A word of money between spans a and b: "total value of", "total amount of", "sum worth of". */
static int money_word_between(const struct query *q, int a, size_t b)
{
    static const char *const words[] = {"value", "worth", "amount", "amounts", "cost", "costs"};
    for (size_t k = (size_t)a + 1; k < b; k++)
        for (size_t w = q->sp[k].tok; w < q->sp[k].tok + q->sp[k].len; w++)
            if (NL_WORD_IN(q->toks[w].word, words))
                return 1;
    for (size_t w = q->sp[a].tok; w < q->sp[a].tok + q->sp[a].len; w++)
        if (NL_WORD_IN(q->toks[w].word, words)) /* "total amount of" is one phrase */
            return 1;
    return 0;
}

/* Span i names one table whose own foreign key points at the one table span i + 1 names:
 * "customer region", "employee department". */
static int owner_of_next(const struct query *q, size_t i)
{
    const struct nl_span *a = &q->sp[i], *b = i + 1 < q->n ? &q->sp[i + 1] : NULL;
    struct edge e;
    return b && a->n_cand == 1 && b->n_cand == 1 && a->kind == NL_SPAN_TABLE &&
           b->kind == NL_SPAN_TABLE && a->cand[0].table != b->cand[0].table &&
           t0_edge_between(q, a->cand[0].table, b->cand[0].table, &e) &&
           e.owner == a->cand[0].table;
}

/* "total invoiced", "total billed", "total charged": a verb's participle for the rows of a table
 * with one money column is that amount, summed. The span becomes that column, the measure. */
static int participle_amount(struct pass *p)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    const char *w = q->toks[sp->tok].word;
    size_t n = strlen(w);
    int sure = 0, t = sp->n_cand == 1 ? sp->cand[0].table : -1;
    /* "invoiced", or a verb after "we" ("what did we invoice") */
    int verb = (n > 4 && strcmp(w + n - 2, "ed") == 0) ||
               (sp->tok > 0 && strcmp(q->toks[sp->tok - 1].word, "we") == 0);
    int c = t >= 0 && sp->len == 1 && verb ? t0_money_col(q, t, &sure) : -1;
    if (c >= 0 && !sure) {
        /* subtotal, surcharge, tax and inv_total: "invoiced" is the one total of them */
        int tc = -1, n_total = 0;
        for (size_t k = 0; k < q->s->tables[t].n_cols; k++)
            if (t0_col_is_money(q, t, (int)k) && t0_col_has_word(q, t, (int)k, "total")) {
                tc = (int)k;
                n_total++;
            }
        if (n_total == 1) {
            c = tc;
            sure = 1;
        }
    }
    if (c < 0)
        return 0;
    if (!sure) /* money all the same, never a count of the rows */
        t0_doubt(q, P_UNSURE, "which amount of %s is meant is not said", q->s->tables[t].name);
    sp->kind = NL_SPAN_COLUMN;
    sp->cand[0].col = c;
    q->measure_span = (int)p->i;
    if (q->n_mentions < NL_MAX_MENTIONS)
        q->mentions[q->n_mentions++] = (int)p->i; /* its rows are what is read */
    t0_doubt(q, P_SLIGHT, "'%s' read as the amount of %s.%s", w, q->s->tables[t].name,
             q->s->tables[t].cols[c].name);
    return 1;
}

/* The question writes an amount of money ("$10,000", "2k dollars"). */
static int says_money_amount(const struct query *q)
{
    size_t end = t0_n_toks(q);
    for (size_t k = 0; k < end; k++)
        if (q->toks[k].kind == NL_TOK_NUMBER && q->toks[k].currency)
            return 1;
    return 0;
}

/* The table span at p->i is read as column c of table t, the measure: its rows are what is
 * read ("'charges' read as the amount of chg.chg_usd"). Returns 1. */
static int read_as_measure(struct pass *p, int t, int c, const char *word, const char *what)
{
    struct query *q = p->q;
    p->sp->kind = NL_SPAN_COLUMN;
    p->sp->cand[0].col = c;
    q->measure_span = (int)p->i;
    if (q->n_mentions < NL_MAX_MENTIONS)
        q->mentions[q->n_mentions++] = (int)p->i;
    t0_doubt(q, P_SLIGHT, "'%s' read as the %s %s.%s", word, what, q->s->tables[t].name,
             q->s->tables[t].cols[c].name);
    return 1;
}

/* "total charges", "total claim payments", "the sum of premiums billed": the rows of a table
 * named by a noun that is itself money are summed by their amount, not counted ("total orders"
 * still counts). A word right after the table that one of several amounts has ("billed" for
 * billed_amt_cents beside paid_amt_cents) picks it; else which amount is a doubt. */
static int money_noun_amount(struct pass *p)
{
    static const char *const nouns[] = {
        "payment",   "charg",        "charge",  "premium",   "fee",          "expens",
        "expense",   "cost",         "refund",  "payout",    "commiss",      "commission",
        "donat",     "donation",     "gift",    "contribut", "contribution", "deposit",
        "withdraw",  "withdrawal",   "disburs", "spend",     "spending",     "pmt",
        "distribut", "distribution", "dist",    "remitt",    "remittance",   "repay",
        "repayment", "repmt",        "payrol",  "payroll",   "sale",         "collect",
        "collection"};
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    const struct nl_token *noun = NULL;
    int sure = 0, t = sp->n_cand == 1 ? sp->cand[0].table : -1;
    for (size_t k = sp->tok; t >= 0 && k < sp->tok + sp->len; k++) {
        char stem[NL_WORD_MAX]; /* the word's own stem: "charges" read as chg */
        nl_stem(q->toks[k].word, stem, sizeof stem);
        if (NL_WORD_IN(q->toks[k].stem, nouns) || NL_WORD_IN(stem, nouns))
            noun = &q->toks[k];
    }
    /* "the total of disputed invoices": what they add up to, when the rows have one amount */
    size_t after_agg = p->last_agg >= 0 ? q->sp[p->last_agg].tok + q->sp[p->last_agg].len : 0;
    int total_of = !noun && t >= 0 && q->agg == NL_AGG_SUM && p->last_agg >= 0 &&
                   after_agg < sp->tok && strcmp(q->toks[after_agg].word, "of") == 0;
    if (total_of)
        noun = &q->toks[sp->tok + sp->len - 1];
    int c = noun ? t0_money_col(q, t, &sure) : -1;
    if (c < 0 || (total_of && !sure))
        return 0;
    /* the words of the span and the one after it ("premium billed", "payments received") */
    size_t end = q->sp[q->n - 1].tok + q->sp[q->n - 1].len, to = sp->tok + sp->len + 1;
    for (size_t w = sp->tok; !sure && w < to && w < end; w++) {
        int pick = -1, n_pick = 0;
        if (q->toks[w].kind != NL_TOK_WORD)
            continue; /* the noun too: "fuel charges" is chg_usd beside price_per_l_usd */
        for (size_t k = 0; k < q->s->tables[t].n_cols; k++)
            if (t0_col_is_money(q, t, (int)k) && t0_col_has_word(q, t, (int)k, q->toks[w].stem)) {
                pick = (int)k;
                n_pick++;
            }
        if (n_pick == 1) {
            c = pick;
            sure = 1;
        }
    }
    if (!sure)
        t0_doubt(q, P_UNSURE, "which amount of %s is meant is not said", q->s->tables[t].name);
    return read_as_measure(p, t, c, noun->word, "amount");
}

/* "total scrap" over scrp_evt(scrp_qty), "total downtime" over dt_evt(dt_hrs): a noun said in
 * the singular that names a table of events and the one quantity of it named by the same word
 * is that quantity, summed ("total orders", plural, still counts them). */
static int noun_quantity(struct pass *p)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    int t = sp->n_cand == 1 ? sp->cand[0].table : -1;
    const struct nl_token *w = &q->toks[sp->tok + sp->len - 1];
    if (t < 0 || strcmp(w->word, w->stem) != 0 || w->word[strlen(w->word) - 1] == 's')
        return 0; /* a plural counts */
    const struct nl_name *tn = &q->ns->tables[t];
    int c = -1, n = 0;
    for (size_t k = 0; tn->n && k < q->s->tables[t].n_cols; k++)
        if (t0_col_is_quantity(q, t, (int)k) && q->ns->cols[t][k].n &&
            strcmp(q->ns->cols[t][k].stem[0], tn->stem[0]) == 0) {
            c = (int)k;
            n++;
        }
    if (n != 1)
        return 0;
    return read_as_measure(p, t, c, w->word, "quantity");
}

/* Nothing but filler words and the table's own describing words come before span i ("owner
 * distributions by quarter", "show payments per month"). */
static int only_fillers_before(const struct query *q, size_t i)
{
    static const char *const verbs[] = {"show", "list", "give", "get", "see", "display"};
    for (size_t k = 0; k < i; k++) {
        const struct nl_span *b = &q->sp[k];
        if (b->kind == NL_SPAN_STOPWORD || b->kind == NL_SPAN_TABLE)
            continue;
        if (b->len == 1 && NL_WORD_IN(q->toks[b->tok].word, verbs))
            continue;
        return 0;
    }
    return 1;
}

/* A grouping word ("by", "per", "for each") follows span i. */
static int next_groups(const struct query *q, size_t i)
{
    int nx = t0_next_content(q, i);
    return nx >= 0 && q->sp[nx].kind == NL_SPAN_LEX && q->sp[nx].lex->role == NL_R_GROUP;
}

/* A table: counted, grouped by, ranked, the subject of a HAVING, or a mention */
static void read_table(struct pass *p)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    q->any_link = 1;
    sp->used = 1;
    static const char *const generic_amounts[] = {"amount", "amt", "total", "valu", "sum", "id"};
    if (i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_COLUMN && sp->n_cand > 1 && sp->len == 1 &&
        q->sp[i + 1].len == 1 && NL_WORD_IN(q->toks[q->sp[i + 1].tok].stem, generic_amounts)) {
        /* "the bill amount" over bills and bill_charges: the table the word is the head noun
         * of (bills), not one it only starts (bill charges); "the quiz score" keeps both quiz
         * and quiz_atmpt, whose score it is */
        int head = -1, heads = 0;
        for (size_t k = 0; k < sp->n_cand; k++) {
            const struct nl_name *tn = &q->ns->tables[sp->cand[k].table];
            if (tn->n && strcmp(tn->stem[tn->n - 1], q->toks[sp->tok].stem) == 0) {
                head = (int)k;
                heads++;
            }
        }
        if (heads == 1) {
            sp->cand[0] = sp->cand[head];
            sp->n_cand = 1;
        }
    }
    static const char *const worth[] = {"value", "values", "worth"};
    if (i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_STOPWORD && q->sp[i + 1].len == 1 &&
        sp->n_cand == 1 && NL_WORD_IN(q->toks[q->sp[i + 1].tok].word, worth)) {
        /* "total booking value": what the bookings are worth (total_usd), not how many */
        int sure = 0, c = t0_money_col(q, sp->cand[0].table, &sure);
        if (c >= 0) {
            struct nl_span *v = &q->sp[i + 1];
            v->kind = NL_SPAN_COLUMN;
            v->lex = NULL;
            v->cand[0] = (struct nl_cand){sp->cand[0].table, c, NULL};
            v->n_cand = 1;
            t0_doubt(q, sure ? P_SLIGHT : P_UNSURE, "'%s %s' read as %s.%s", q->toks[sp->tok].word,
                     q->toks[v->tok].word, q->s->tables[sp->cand[0].table].name,
                     q->s->tables[sp->cand[0].table].cols[c].name);
        }
    }
    if (i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_COLUMN && sp->n_cand == 1 &&
        q->sp[i + 1].len == 1 && !t0_span_has_table(&q->sp[i + 1], sp->cand[0].table) &&
        NL_WORD_IN(q->toks[q->sp[i + 1].tok].stem, generic_amounts)) {
        /* "the bill amount" where bills keeps amt_due_cents (its amount, named with what it
         * is) and the word linked only to other tables' amounts: the table's own column with
         * the word, when it has one (not "the quiz score" for quiz.pass_scr, the score needed
         * to pass, beside the attempts' scores) */
        int t = sp->cand[0].table, found = -1, n = 0;
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
            if (t0_col_has_word(q, t, (int)c, q->toks[q->sp[i + 1].tok].stem)) {
                found = (int)c;
                n++;
            }
        if (n == 1) {
            q->sp[i + 1].cand[0].table = t;
            q->sp[i + 1].cand[0].col = found;
            q->sp[i + 1].n_cand = 1;
        }
    }
    if (i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_COLUMN && sp->n_cand == 1 &&
        t0_span_has_table(&q->sp[i + 1], sp->cand[0].table) &&
        strcmp(q->toks[q->sp[i + 1].tok].stem, "name") != 0 &&
        !q->toks[q->sp[i + 1].tok].after_comma && /* "stadiums, capacity": a list */
        !(p->pend == PEND_NONE && p->cmp && p->cmp_subject == -2) &&
        !(t0_next_content(q, i + 1) >= 0 &&
          q->sp[t0_next_content(q, i + 1)].kind == NL_SPAN_VALUE) &&
        /* "which products cost more than $1,000": the rows, compared by the column, when the
         * word names it (or is the price a verb stands for); "orders cost more" would compare
         * whatever cost column orders has (shipping) */
        !(i + 2 < q->n && compares_next(q, i + 2) &&
          (q->sp[i + 1].synonym || !q->sp[i + 1].partial || participle(q, i + 1)))) {
        /* "store locations", "the poker player earnings": the table says whose column (and
         * which of its columns a part of a name means, when one has it: "product price") */
        narrow(&q->sp[i + 1], sp, 0);
        if (q->sp[i + 1].n_cand == 1)
            q->sp[i + 1].partial = 0;
        if (sp->synonym)
            t0_doubt(q, P_SLIGHT, "'%s' read as a synonym",
                     t0_span_text(q, sp, p->text, sizeof p->text));
        return;
    }
    /* "orders" for ord_hdr: the rest of the name says only that a row is the document's
     * header, the document itself */
    const struct nl_name *tn = sp->n_cand == 1 ? &q->ns->tables[sp->cand[0].table] : NULL;
    if (sp->partial && !(tn && tn->n == 2 && nl_row_kind(tn->stem[1]) == 1 && sp->len == 1))
        t0_doubt(q, P_SLIGHT, "'%s' matched part of a table name",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    if (sp->synonym)
        t0_doubt(q, P_SLIGHT, "'%s' read as a synonym",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    int gx = (int)i + 1 < (int)q->n ? (int)i + 1 : -1;
    /* the grouping after the table: "by", "per", or a period the calendar read ("by
     * quarter", then a stop word here) */
    int groups_next = gx >= 0 && q->sp[gx].kind == NL_SPAN_LEX &&
                      (q->sp[gx].lex->role == NL_R_GROUP || q->sp[gx].lex->role == NL_R_TIME);
    groups_next |= gx >= 0 && q->group_time > 0 && q->sp[gx].kind == NL_SPAN_STOPWORD &&
                   (strcmp(q->toks[q->sp[gx].tok].word, "by") == 0 ||
                    strcmp(q->toks[q->sp[gx].tok].word, "per") == 0);
    if (p->pend == PEND_NONE && q->agg == NL_AGG_NONE && !q->has_top && sp->tok > 0 &&
        strcmp(q->toks[sp->tok - 1].word, "we") == 0 && participle_amount(p)) {
        /* "what did we invoice each quarter": the amount invoiced */
        q->agg = NL_AGG_SUM;
        q->shape = 1;
        return;
    }
    /* "monthly claim payments", "quarterly distributions": the period said first */
    int before = t0_prev_content(q, i);
    const char *bw = sp->tok > 0 ? q->toks[sp->tok - 1].word : "";
    size_t bl = strlen(bw);
    int timed_before =
        (before >= 0 && only_fillers_before(q, (size_t)before) &&
         q->sp[before].kind == NL_SPAN_LEX && q->sp[before].lex->role == NL_R_TIME) ||
        (before < 0 && q->group_time > 0 && bl > 4 && strcmp(bw + bl - 2, "ly") == 0);
    if (p->pend == PEND_NONE && q->agg == NL_AGG_NONE && !q->has_top &&
        ((groups_next && only_fillers_before(q, i)) || timed_before) &&
        (money_noun_amount(p) || noun_quantity(p))) {
        /* "owner distributions by quarter", "monthly claim payments": what was paid out each
         * period, not how many payments */
        q->agg = NL_AGG_SUM;
        q->shape = 1;
        return;
    }
    if (p->pend == PEND_ORDER) {
        t0_doubt(q, P_UNSURE, "sorted by a table");
    } else if (p->pend == PEND_COUNT) {
        q->counted_span = (int)i;
    } else if (p->pend == PEND_MEASURE) {
        if (q->agg == NL_AGG_SUM && p->last_agg >= 0 && money_word_between(q, p->last_agg, i)) {
            /* "the total value of cancelled orders": money, not a count; which column is not
             * said */
            t0_doubt(q, P_WRONGISH, "a total amount of %s with no column for it",
                     t0_span_text(q, sp, p->text, sizeof p->text));
        } else if (q->agg == NL_AGG_SUM && participle_amount(p)) {
            /* "total invoiced for Acme": the amount invoiced, read by participle_amount */
        } else if (q->agg == NL_AGG_SUM && money_noun_amount(p)) {
            /* "total charges": their amount */
        } else if (q->agg == NL_AGG_SUM && noun_quantity(p)) {
            /* "total scrap" over scrp_evt.scrp_qty: the quantity the noun names */
        } else if (q->agg == NL_AGG_SUM && sp->kind == NL_SPAN_TABLE && sp->n_cand == 1 &&
                   t0_table_measure_col(q, sp->cand[0].table) == -2) {
            /* "total staff hrs" over staff_hrs(reg_hrs, ot_hrs): which hours? */
            t0_doubt(q, P_WRONGISH, "which %s of %s is not said",
                     q->toks[sp->tok + sp->len - 1].word, q->s->tables[sp->cand[0].table].name);
        } else if (q->agg == NL_AGG_SUM && sp->kind == NL_SPAN_TABLE && sp->n_cand == 1 &&
                   t0_table_measure_col(q, sp->cand[0].table) >= 0) {
            /* "total vol hours" over vol_hrs.hrs: the table's rows are entries of its measure */
            read_as_measure(p, sp->cand[0].table, t0_table_measure_col(q, sp->cand[0].table),
                            q->toks[sp->tok + sp->len - 1].word, "measure");
        } else if (q->agg == NL_AGG_SUM) { /* "total orders" */
            if (sp->kind == NL_SPAN_TABLE && sp->n_cand > 1 &&
                sp->cand[1].table != sp->cand[0].table)
                /* "total collections" over clm_pmt and pt_pmt: the rows of which, counted or
                 * summed? */
                t0_doubt(q, P_UNSURE, "'%s' may be %s or %s rows",
                         t0_span_text(q, sp, p->text, sizeof p->text),
                         q->s->tables[sp->cand[0].table].name,
                         q->s->tables[sp->cand[1].table].name);
            q->agg = NL_AGG_COUNT;
            q->counted_span = (int)i;
            int sure = 0;
            if (says_money_amount(q) && sp->n_cand == 1 &&
                t0_money_col(q, sp->cand[0].table, &sure) >= 0)
                /* "the total from grants of $10,000 or more": a sum of money, perhaps */
                t0_doubt(q, P_UNSURE, "'total' of %s beside an amount of money: a count or a sum?",
                         t0_span_text(q, sp, p->text, sizeof p->text));
        } else if (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) {
            /* "the largest orders": largest by what? */
            t0_doubt(q, P_UNSURE, "'%s' is not a measure",
                     t0_span_text(q, sp, p->text, sizeof p->text));
            sp->used = 0;
            if (q->n_mentions < NL_MAX_MENTIONS)
                q->mentions[q->n_mentions++] = (int)i;
        } else {
            t0_doubt(q, P_UNSURE, "average number of '%s' is not handled",
                     t0_span_text(q, sp, p->text, sizeof p->text));
        }
    } else if (p->pend == PEND_GROUP && owner_of_next(q, i)) {
        /* "per customer region": the region the customer points at; the grouping is next */
        q->through_t = sp->cand[0].table;
        q->through_to = t0_span_table(q, (int)i + 1);
        return;
    } else if (p->pend == PEND_GROUP && q->agg == NL_AGG_AVG && q->measure_span >= 0 &&
               sp->n_cand == 1 && t0_span_has_table(&q->sp[q->measure_span], sp->cand[0].table) &&
               next_groups(q, i)) {
        /* "average seats per subscription by plan tier": the seats are the subscriptions'
         * own; "per subscription" says what is averaged, and the grouping comes after */
        p->pend = PEND_NONE;
        if (q->n_mentions < NL_MAX_MENTIONS)
            q->mentions[q->n_mentions++] = (int)i;
    } else if (p->pend == PEND_GROUP && q->group2_span < 0 &&
               (q->group == GROUP_TABLE || q->group == GROUP_COLUMN) &&
               t0_group_again(q, (int)i, 0)) {
        /* "revenue by region and category": the second grouping, beside the first */
    } else if (p->pend == PEND_GROUP) {
        t0_group_again(q, (int)i, 0);
        q->group = GROUP_TABLE;
        q->group_span = (int)i;
        size_t after = sp->tok + sp->len;
        static const char *const rel[] = {"that", "which", "who", "whose"};
        if (after < q->sp[q->n - 1].tok + q->sp[q->n - 1].len &&
            NL_WORD_IN(q->toks[after].word, rel) && i >= 2 && sp->tok >= 2 &&
            strcmp(q->toks[sp->tok - 1].word, "the") == 0)
            /* "total killed by the ships that were lost in ...": who did it, not one total per
             * ship */
            t0_doubt(q, P_UNSURE, "'by the %s that ...' may say who did it, not a grouping",
                     t0_span_text(q, sp, p->text, sizeof p->text));
    } else if (p->pend == PEND_MOST && sp->tok > 0 &&
               strcmp(q->toks[sp->tok - 1].word, "in") == 0 && q->measure_span < 0 &&
               money_noun_amount(p)) {
        /* "the most in distributions": ranked by the amount paid out (the column read by
         * money_noun_amount), not by how many payments */
        q->agg = NL_AGG_SUM;
        q->rank_dir = q->most_dir;
        q->most_dir = 0;
    } else if (p->pend == PEND_MOST) {
        q->most_span = (int)i;
    } else if (p->cmp && p->cmp->span < 0 && p->pend == PEND_NONE && p->cmp_subject == -2) {
        /* "customers with more than 5 orders" */
        q->having_span = (int)i;
        q->having_op = p->cmp->op;
        q->having_num = p->cmp->num;
        q->having_num2 = p->cmp->num;
        if (p->cmp->op == NL_OP_BETWEEN) { /* the first bound waits in num2 */
            q->having_num = p->cmp->num2 < p->cmp->num ? p->cmp->num2 : p->cmp->num;
            q->having_num2 = p->cmp->num2 < p->cmp->num ? p->cmp->num : p->cmp->num2;
        }
        q->nf--;
        p->cmp = NULL;
    } else if (qualifies_value(q, i)) {
        /* "in the Electronics category" */
        if (sp->kind == NL_SPAN_TABLE && q->valued_span < 0)
            q->valued_span = (int)i;
        /* "which Asian country has the largest area": the value is said of the rows (their
         * continent), not their name, so the table is still what is asked about */
        int pv = t0_prev_content(q, i);
        if (sp->kind == NL_SPAN_TABLE && pv >= 0 && q->sp[pv].kind == NL_SPAN_VALUE &&
            !value_names_rows(q, &q->sp[pv], sp) && q->n_mentions == 0 &&
            q->n_mentions < NL_MAX_MENTIONS)
            q->mentions[q->n_mentions++] = (int)i;
    } else {
        sp->used = 0;
        if (q->n_mentions < NL_MAX_MENTIONS)
            q->mentions[q->n_mentions++] = (int)i;
    }
    p->pend = PEND_NONE;
    p->cmp_subject = -1;
}

/* A column: sort key, measure, group, a comparison's subject, a qualifier, or shown */
/* The column at i is the subject of the number just before it ("more than 100 in price"), not
 * one listed after it ("above 5, with the template id"). */
static int subject_follows(const struct query *q, size_t i)
{
    static const char *const listing[] = {"with", "and", "its", "their"};
    for (size_t k = i; k-- > 0;) {
        const struct nl_span *sp = &q->sp[k];
        if (q->toks[q->sp[k + 1].tok].new_sentence || q->toks[q->sp[k + 1].tok].after_comma)
            return 0; /* "visitors under 30 - name + age": the name is shown, not compared */
        if (sp->kind == NL_SPAN_NUMBER)
            return 1;
        if (sp->kind == NL_SPAN_STOPWORD && NL_WORD_IN(sp->lex->phrase, listing))
            return 0;
        /* "20 or more quantity", "10 people killed": words of the comparison and units */
        if (sp->kind != NL_SPAN_STOPWORD && sp->kind != NL_SPAN_UNKNOWN && sp->kind != NL_SPAN_LEX)
            return 0;
    }
    return 0;
}

static void read_column(struct pass *p)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    int nx = p->nx;
    q->any_link = 1;
    sp->used = 1;
    if ((int)i == q->taken_col)
        return;
    int vb = t0_prev_content(q, i);
    if (vb >= 0 && vb == (int)i - 1 && q->sp[vb].kind == NL_SPAN_VALUE && sp->n_cand > 0 &&
        !begins_list(q, i)) {
        /* "gold tier accounts", "premium plan customers": the column says what the value
         * before it is, it is no column to count or show */
        int same = 0;
        for (size_t a = 0; a < q->sp[vb].n_cand; a++)
            for (size_t b = 0; b < sp->n_cand; b++)
                same |= q->sp[vb].cand[a].table == sp->cand[b].table &&
                        q->sp[vb].cand[a].col == sp->cand[b].col;
        if (same)
            return;
    }
    if (t0_unit_span(q, i))
        return; /* "net worth in millions": said with the column before it */
    if (t0_flag_word(q, i) >= 0 && (t0_flag_filter(q, i, p->neg_value == (int)i) == 0)) {
        /* "discontinued products", "customers who are loyalty members": set */
        if (p->pend != PEND_COUNT && p->pend != PEND_MEASURE && p->pend != PEND_MOST)
            p->pend = PEND_NONE;
        if (t0_flag_noun(q, i) && q->n_mentions < NL_MAX_MENTIONS)
            q->mentions[q->n_mentions++] = (int)i; /* "union members per station": the rows */
        return;
    }
    if (sp->synonym)
        t0_doubt(q, P_SLIGHT, "'%s' read as a synonym",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    if (p->pend == PEND_CMP && p->cmp && p->cmp->span < 0 && nx >= 0 &&
        q->sp[nx].kind == NL_SPAN_NUMBER) {
        p->cmp->span = (int)i; /* "above age 20": the number follows */
        return;
    }
    if (p->pend == PEND_ORDER) {
        if (q->sort_span >= 0)
            t0_doubt(q, P_UNSURE, "sorted by two columns");
        q->sort_span = (int)i;
    } else if (p->pend == PEND_COUNT && q->agg == NL_AGG_COUNT &&
               (t0_span_all(q, (int)i, col_counts_things) || plural_short_form(q, i))) {
        if (q->counted_span >= 0 && q->counted_span < (int)i) {
            /* "how many visits per number of tickets": the visits are counted already; the
             * column of counts is something else (a group?), not their total */
            t0_doubt(q, P_UNSURE, "'%s' after the counted %s",
                     t0_span_text(q, sp, p->text, sizeof p->text),
                     q->s->tables[t0_span_table(q, q->counted_span)].name);
            q->count_col_span = (int)i;
        } else {
            /* "how many API calls" over api_calls: the column counts them, its total is asked */
            q->agg = NL_AGG_SUM;
            q->measure_span = (int)i;
        }
    } else if (p->pend == PEND_COUNT) {
        q->count_col_span = (int)i;
    } else if (p->pend == PEND_MEASURE || p->pend == PEND_MOST) {
        if (q->measure_span >= 0)
            t0_doubt(q, P_UNSURE, "two measures");
        q->measure_span = (int)i;
        if (p->pend == PEND_MOST) {
            q->rank_dir = q->most_dir;
            q->most_dir = 0;
        }
    } else if (p->pend == PEND_GROUP) {
        int pv = t0_prev_content(q, i);
        if (pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX && strcmp(q->sp[pv].lex->phrase, "per") == 0 &&
            t0_span_all(q, (int)i, col_counts_things))
            /* "spent per ticket" over Num_of_Ticket: a rate (total over total), not a group per
             * number of tickets */
            t0_doubt(q, P_UNSURE, "'per %s' may be a rate, not a group per value",
                     t0_span_text(q, sp, p->text, sizeof p->text));
        if (!t0_group_again(q, (int)i, 0)) {
            q->group = GROUP_COLUMN;
            q->group_span = (int)i;
        }
    } else if (p->cmp && p->cmp->span < 0 && p->cmp_subject == -2 && subject_follows(q, i)) {
        p->cmp->span = (int)i; /* "more than 100 in price" */
        p->cmp = NULL;
    } else if (qualifies_value(q, i)) {
        /* "whose country is France" */
    } else if (nx >= 0 && q->sp[nx].kind == NL_SPAN_LEX &&
               (q->sp[nx].lex->role == NL_R_CMP || q->sp[nx].lex->role == NL_R_BETWEEN) &&
               !weak_cmp_idle(q, (size_t)nx) && !clause_between(q, i, (size_t)nx)) {
        sp->used = 0; /* the comparison takes it as its subject */
    } else if (more_measure(q, i, q->agg)) {
        /* "the total population and surface area" */
    } else {
        sp->used = 0;
        if (q->n_selects < NL_MAX_SELECT)
            q->selects[q->n_selects++] = (int)i;
    }
    p->pend = PEND_NONE;
    p->cmp_subject = -1;
}

static int people_table(struct pass *p);

/* "how many people are on leave" where a job family is called 'People': the people, unless the
 * next word names the value's column or table ("the People family"). */
static int people_not_value(struct pass *p)
{
    static const char *const words[] = {"people", "persons"};
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    if (sp->len != 1 || !NL_WORD_IN(q->toks[sp->tok].word, words))
        return 0;
    int nx = t0_next_content(q, p->i);
    if (nx >= 0) {
        const char *stem = q->toks[q->sp[nx].tok].stem;
        for (size_t k = 0; k < sp->n_cand; k++) {
            const struct nl_name *tn = &q->ns->tables[sp->cand[k].table];
            if (t0_col_has_word(q, sp->cand[k].table, sp->cand[k].col, stem) ||
                (tn->n && strcmp(tn->stem[tn->n - 1], stem) == 0))
                return 0;
        }
    }
    return people_table(p);
}

/* "orders handled by reps based in Europe": the place is the reps' own, reached through their
 * key, whatever way the main rows reach a place by default (an order's region is its
 * customer's). The noun said right before the value, with only words of place between, has a
 * key to the value's table itself. */
static void value_of_noun_before(struct query *q, size_t i)
{
    static const char *const between[] = {"based", "located", "living", "lives",
                                          "live",  "in",      "from",   "at"};
    int v = t0_span_table(q, (int)i);
    if (q->through_t >= 0 || v < 0)
        return;
    for (size_t k = i; k-- > 0;) {
        const struct nl_span *x = &q->sp[k];
        if (x->kind == NL_SPAN_TABLE && x->n_cand == 1) {
            int t = x->cand[0].table;
            struct edge e;
            if (t != v && k + 1 < i && t0_edge_between(q, t, v, &e) && e.owner == t) {
                q->through_t = t;
                q->through_to = v;
            }
            return;
        }
        if (x->len != 1 || !NL_WORD_IN(q->toks[x->tok].word, between))
            return;
    }
}

/* A code read for the word before a noun that names a table ("cash payments") lies neither in
 * that table nor in one it or which points at it directly. */
static int code_far_from_noun(const struct query *q, size_t i)
{
    int nx = t0_next_content(q, i);
    if (nx < 0 || nx != (int)i + 1 || q->sp[nx].kind != NL_SPAN_TABLE || q->sp[nx].n_cand != 1)
        return 0;
    int t = q->sp[nx].cand[0].table;
    const struct nl_span *sp = &q->sp[i];
    for (size_t k = 0; k < sp->n_cand; k++) {
        struct edge e;
        if (sp->cand[k].table == t || t0_edge_between(q, t, sp->cand[k].table, &e))
            return 0;
    }
    return 1;
}

/* Every stored value the span may be is a code in capitals ('PET', 'NEW'). */
static int code_value(const struct nl_span *sp)
{
    for (size_t k = 0; k < sp->n_cand; k++) {
        const char *v = sp->cand[k].value;
        if (!v || !*v)
            return 0;
        for (; *v; v++)
            if (islower((unsigned char)*v))
                return 0;
    }
    return sp->n_cand > 0;
}

/* The span's word is also a word of a column of another table the question names ("pets"
 * beside lse.pet_flg, where 'PET' is a charge type). */
static int word_names_other_column(const struct query *q, const struct nl_span *sp)
{
    const char *stem = q->toks[sp->tok].stem;
    for (size_t k = 0; k < q->n; k++) {
        int t = q->sp[k].kind == NL_SPAN_TABLE ? t0_span_table(q, (int)k) : -1;
        if (t < 0 || t0_span_has_table(sp, t))
            continue;
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
            if (t0_col_has_word(q, t, (int)c, stem))
                return 1;
    }
    return 0;
}

/* A phrase of two or more words read as a code's initials ("move outs" as 'MO') whose last
 * word ends the name of a table other than the code's ("mvout"), which starts with the first
 * word's first letter: that table, or -1. */
static int code_words_name_table(const struct query *q, const struct nl_span *sp)
{
    if (sp->len < 2 || sp->n_cand == 0)
        return -1;
    const char *first = q->toks[sp->tok].word, *last = q->toks[sp->tok + sp->len - 1].stem;
    size_t n = strlen(last);
    if (n < 3)
        return -1;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        const char *name = q->s->tables[t].name;
        size_t len = strlen(name);
        if ((int)t == sp->cand[0].table || len <= n ||
            tolower((unsigned char)name[0]) != first[0] ||
            strncasecmp(name + len - n, last, n) != 0)
            continue;
        return (int)t;
    }
    return -1;
}

/* "resale by month" read as sections of type 'RES' beside a table resale_lst: a word read as a
 * code that is a word of another table's name names that table's rows; that table, or -1. */
static int code_word_names_table(const struct query *q, const struct nl_span *sp)
{
    if (sp->len != 1 || sp->n_cand == 0)
        return -1;
    const struct nl_token *w = &q->toks[sp->tok];
    for (size_t t = 0; t < q->s->n_tables; t++) {
        const struct nl_name *tn = &q->ns->tables[t];
        if ((int)t == sp->cand[0].table)
            continue;
        for (size_t k = 0; k < tn->n; k++)
            if (strlen(tn->stem[k]) >= 4 && strcmp(tn->stem[k], w->stem) == 0)
                return (int)t;
    }
    return -1;
}

/* "the Device Protection add-on": a word read as a stored value ('ADD') that, with the word
 * written after it, is the name of a table ("addon"): that table's noun. */
static int value_halves_table(const struct query *q, const struct nl_span *sp)
{
    size_t end = t0_n_toks(q), at = sp->tok + sp->len;
    if (sp->len != 1 || at >= end)
        return 0;
    char joined[2 * NL_WORD_MAX];
    snprintf(joined, sizeof joined, "%s%s", q->toks[sp->tok].word, q->toks[at].word);
    for (size_t t = 0; t < q->s->n_tables; t++)
        if (strcasecmp(q->s->tables[t].name, joined) == 0)
            return 1;
    return 0;
}

/* "support cases with priority P1": a word read as a code ('PRT') whose letters, in order, give
 * the first word of the column of the value said next (prty_cd): that column's name. */
static int code_word_names_next_col(const struct query *q, size_t i)
{
    int nx = (int)i + 1; /* "priority P1", not "cancelled for price" */
    if ((size_t)nx >= q->n || q->sp[nx].kind != NL_SPAN_VALUE || q->sp[nx].n_cand == 0)
        return 0;
    const char *w = q->toks[q->sp[i].tok].word;
    const char *col = q->s->tables[q->sp[nx].cand[0].table].cols[q->sp[nx].cand[0].col].name;
    size_t k = 0, n = 0;
    if (tolower((unsigned char)col[0]) != w[0])
        return 0;
    for (; col[n] && col[n] != '_'; n++)
        ;
    for (const char *c = w; *c && k < n; c++)
        k += tolower((unsigned char)col[k]) == *c;
    return n >= 3 && k == n;
}

/* The word read as a code is the long form of a word of the code's own column name
 * ("accounts" for acct_stat_cd). */
static int code_word_names_own_col(const struct query *q, const struct nl_span *sp)
{
    if (sp->len != 1 || sp->n_cand == 0)
        return 0;
    const struct nl_name *cn = &q->ns->cols[sp->cand[0].table][sp->cand[0].col];
    const char *w = q->toks[sp->tok].word;
    for (size_t k = 0; k < cn->n; k++)
        if (strlen(cn->stem[k]) >= 3 && nl_short_form(cn->stem[k], w))
            return 1;
    return 0;
}

/* A word naming people by what they do: "hygienists", "technicians", "nurses". */
static int names_people(const char *w)
{
    static const char *const roles[] = {"nurse",   "nurses",  "doctor",   "doctors",  "driver",
                                        "drivers", "manager", "managers", "agent",    "agents",
                                        "rep",     "reps",    "teacher",  "teachers", "worker",
                                        "workers", "staff",   "member",   "members"};
    size_t n = strlen(w);
    if (NL_WORD_IN(w, roles))
        return 1;
    static const char *const ends[] = {"ist", "ists", "ian", "ians"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t e = strlen(ends[k]);
        if (n > e + 2 && strcmp(w + n - e, ends[k]) == 0)
            return 1;
    }
    return 0;
}

/* A stored value: a filter */
static void read_value(struct pass *p)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    if (people_not_value(p))
        return;
    if (value_halves_table(q, sp))
        t0_doubt(q, P_UNSURE, "'%s' read as a value, though with the next word it names a table",
                 q->toks[sp->tok].word);
    if (sp->synonym == 3 && sp->tok > 0 &&
        (strcmp(q->toks[sp->tok - 1].word, "by") == 0 ||
         strcmp(q->toks[sp->tok - 1].word, "per") == 0) &&
        !(i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_TABLE)) /* not "by female students" */
        /* "tickets by priority" read as the category 'PRT': "by" groups, it names no value */
        t0_doubt(q, P_UNSURE, "'%s' read as a code after '%s'", q->toks[sp->tok].word,
                 q->toks[sp->tok - 1].word);
    if (sp->synonym == 3 && code_word_names_own_col(q, sp))
        /* "new customer accounts" read as acct_stat_cd = 'A': the word names the column */
        t0_doubt(q, P_UNSURE, "'%s' read as a code of the column it names", q->toks[sp->tok].word);
    if (sp->synonym == 3 && code_word_names_next_col(q, i))
        t0_doubt(q, P_UNSURE, "'%s' read as a code, though it names the column of the next value",
                 q->toks[sp->tok].word);
    value_of_noun_before(q, i);
    q->any_link = 1;
    sp->used = 1;
    if (sp->synonym == 2)
        t0_doubt(q, P_UNSURE, "'%s' is a stored value and names a country too",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    else if (sp->synonym == 3 && code_far_from_noun(q, i))
        /* "cash payments" read as a restaurant concept 'CAS' that payments reach through
         * their checks: a code of the rows named is next to them */
        t0_doubt(q, P_UNSURE, "'%s' read as the code '%s' of %s, not of the %s it describes",
                 t0_span_text(q, sp, p->text, sizeof p->text), sp->cand[0].value,
                 q->s->tables[sp->cand[0].table].name,
                 q->s->tables[t0_span_table(q, t0_next_content(q, i))].name);
    else if (sp->synonym == 3 && code_words_name_table(q, sp) >= 0)
        /* "move-outs by year" read as inspections of type 'MO' beside a table mvout: the
         * table of those events, not a kind of another's rows */
        t0_doubt(q, P_UNSURE, "'%s' read as the code '%s', though %s may hold them",
                 t0_span_text(q, sp, p->text, sizeof p->text), sp->cand[0].value,
                 q->s->tables[code_words_name_table(q, sp)].name);
    else if (sp->synonym == 3 && code_word_names_table(q, sp) >= 0)
        t0_doubt(q, P_UNSURE, "'%s' read as the code '%s', though %s is named by it",
                 t0_span_text(q, sp, p->text, sizeof p->text), sp->cand[0].value,
                 q->s->tables[code_word_names_table(q, sp)].name);
    else if (sp->synonym == 3 && names_people(q->toks[sp->tok + sp->len - 1].word) &&
             !t0_person_table(q, sp->cand[0].table))
        /* "how many hygienists" read as supplies of category 'HYG': people are no code of
         * things */
        t0_doubt(q, P_UNSURE, "'%s' names people, read as the code '%s' of %s",
                 t0_span_text(q, sp, p->text, sizeof p->text), sp->cand[0].value,
                 q->s->tables[sp->cand[0].table].name);
    else if (sp->synonym == 3)
        t0_doubt(q, P_SLIGHT, "'%s' read as the code '%s'",
                 t0_span_text(q, sp, p->text, sizeof p->text), sp->cand[0].value);
    else if (sp->synonym == 4)
        t0_doubt(q, P_SLIGHT, "'%s' read as a synonym",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    else if (sp->synonym)
        t0_doubt(q, P_SLIGHT, "'%s' read as a country",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    if (sp->partial)
        /* a code in capitals ('PET' of a charge type for "pets") is a weaker match than a
         * name ('Consumer' for "consumers") */
        t0_doubt(q, code_value(sp) && word_names_other_column(q, sp) ? P_UNSURE : P_SMALL,
                 "'%s' matched a stored value only after singular/plural",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    if (p->pend == PEND_GROUP || p->pend == PEND_TOP)
        t0_doubt(q, P_UNSURE, "value '%s' where a name was expected",
                 t0_span_text(q, sp, p->text, sizeof p->text));
    struct filter *f = new_filter(q);
    if (f) {
        f->kind = FILTER_VALUE;
        f->span = (int)i;
        f->op = p->neg_value == (int)i ? NL_OP_NE : NL_OP_EQ;
    }
    /* "how many French customers", "total quantity of Office Supplies products": the
     * value is an adjective, the count or measure still waits for its noun */
    if (p->pend != PEND_COUNT && p->pend != PEND_MEASURE && p->pend != PEND_MOST)
        p->pend = PEND_NONE;
}

/* "2 or more paragraphs", "weight of 10 or more": the number and "or more" make a comparison.
 * Returns 1 when they did. */
static int number_or_more(struct pass *p, int pv)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    int nx = p->nx;
    if ((p->pend == PEND_NONE || (p->pend == PEND_GROUP && pv >= 0 && q->sp[pv].lex &&
                                  strcmp(q->sp[pv].lex->phrase, "by") == 0)) &&
        nx >= 0 && q->sp[nx].kind == NL_SPAN_LEX && q->sp[nx].lex->role == NL_R_ORMORE &&
        (p->cmp = new_filter(q)) != NULL) {
        p->pend = PEND_NONE; /* "shared by two or more": not a grouping */
        /* "2 or more paragraphs", "weight of 10 or more" */
        p->cmp->kind = FILTER_NUM;
        p->cmp->op = (enum nl_op)q->sp[nx].lex->arg;
        p->cmp->num = sp->num;
        p->cmp->percent |= sp->percent; /* "20% or more" of a discount kept as 0.2 */
        p->cmp->currency |= sp->currency;
        p->cmp->scale = sp->scale;
        int after = t0_next_content(q, (size_t)nx);
        if (pv >= 0 && q->sp[pv].kind == NL_SPAN_COLUMN && !q->sp[pv].used &&
            t0_span_any(q, pv, t0_col_number_value) &&
            !(after >= 0 && q->sp[after].kind == NL_SPAN_TABLE)) {
            p->cmp->span = pv;
            q->sp[pv].used = 1;
            for (size_t k = 0; k < q->n_selects; k++)
                if (q->selects[k] == pv) {
                    q->selects[k] = q->selects[--q->n_selects];
                    break;
                }
            p->cmp = NULL;
        } else {
            p->cmp_subject = -2; /* a table follows: HAVING */
        }
        return 1;
    }
    return 0;
}

/* The year at span i (pv the content before it, nx after) says which year the rows are of:
 * last after a measure, a count or the rows ("total shipping cost 2023", "order count 2022",
 * "shipping cost by quarter, 2024"), or right before or after the rows or the revenue
 * ("2024 signups", "revenue 2024"). */
static int year_of_rows(const struct query *q, size_t i, int pv, int nx)
{
    const struct nl_span *sp = &q->sp[i];
    int said_last = pv >= 0 && pv == (int)i - 1 && nx < 0 &&
                    (!q->toks[sp->tok].after_comma || q->sp[pv].kind != NL_SPAN_STOPWORD) &&
                    ((q->sp[pv].kind == NL_SPAN_COLUMN && t0_span_any(q, pv, money_measure)) ||
                     (q->sp[pv].kind == NL_SPAN_LEX &&
                      (q->sp[pv].lex->role == NL_R_AGG || q->sp[pv].lex->role == NL_R_COUNT)) ||
                     q->sp[pv].kind == NL_SPAN_TABLE ||
                     (q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_REVENUE) ||
                     /* "orders by channel 2023": after the grouping that ends the question */
                     (q->sp[pv].kind == NL_SPAN_COLUMN && q->sp[pv].tok > 0 &&
                      (strcmp(q->toks[q->sp[pv].tok - 1].word, "by") == 0 ||
                       strcmp(q->toks[q->sp[pv].tok - 1].word, "per") == 0)));
    int before = pv < 0 && nx == (int)i + 1 &&
                 (q->sp[nx].kind == NL_SPAN_TABLE || q->sp[nx].kind == NL_SPAN_COLUMN ||
                  (q->sp[nx].kind == NL_SPAN_LEX &&
                   (q->sp[nx].lex->role == NL_R_REVENUE || q->sp[nx].lex->role == NL_R_AGG)));
    int after = pv >= 0 && pv == (int)i - 1 && !q->toks[sp->tok].after_comma &&
                (q->sp[pv].kind == NL_SPAN_TABLE ||
                 (q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_REVENUE));
    return said_last || before || after;
}

/* A number: a comparison's bound, a limit, a year, or a filter */
static void read_number(struct pass *p)
{
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    int nx = p->nx;
    sp->used = 1;
    int pv = t0_prev_content(q, i);
    int pvs = i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD ? (int)i - 1 : -1;
    if (p->pend == PEND_CMP && p->cmp && p->cmp->span >= 0 && nx >= 0 &&
        q->sp[nx].kind == NL_SPAN_TABLE) {
        /* "cities that more than one employee comes from", "advisors with more than 2
         * students": a count of the table per value, not a comparison of the value */
        q->sp[p->cmp->span].used = 0;
        if (q->n_selects < NL_MAX_SELECT)
            q->selects[q->n_selects++] = p->cmp->span;
        p->cmp->span = -1;
    }
    if (number_or_more(p, pv))
        return;
    if (p->pend == PEND_CMP && p->cmp) {
        if (p->cmp->op == NL_OP_BETWEEN && sp->scale > 1.0 && p->cmp->scale == 0 &&
            p->cmp->num2 * sp->scale <= sp->num)
            p->cmp->num2 *= sp->scale; /* "between 1 and 2 million": both in millions */
        p->cmp->num = sp->num;
        p->cmp->percent |= sp->percent;
        p->cmp->currency |= sp->currency;
        p->cmp->scale = sp->scale;
        if (p->cmp->span < 0)
            p->cmp_subject = -2; /* subject may follow: a table (HAVING) or a column */
        else
            p->cmp = NULL;
        p->pend = PEND_NONE;
    } else if (p->pend == PEND_BETWEEN && p->cmp) {
        /* "between 10 and 20": "and" is filler; the second number lands in num and
         * the bounds are put in order after the pass */
        p->cmp->num = p->cmp->num2 = sp->num;
        p->cmp->currency |= sp->currency;
        p->cmp->scale = sp->scale;
        p->pend = PEND_CMP;
    } else if (p->pend == PEND_TOP) {
        /* "top 10"; a number past any real row count is kept finite (casting it is UB) */
        q->limit = sp->num < 1e9 ? (sp->num > 0 ? (long)sp->num : 0) : 1000000000L;
        p->pend = PEND_NONE;
    } else if (t0_is_year(sp) && pvs >= 0) {
        struct filter *f = new_filter(q);
        int subj = pv >= 0 && q->sp[pv].kind == NL_SPAN_COLUMN && !q->sp[pv].used &&
                           t0_span_any(q, pv, t0_col_number_value) &&
                           (!NL_WORD_IN(q->sp[pvs].lex->phrase, period_words) ||
                            t0_span_any(q, pv, names_year))
                       ? pv
                       : -1; /* trap: "lines received in 2024" is no qty_rcvd = 2024 */
        if (f && subj >= 0) {
            /* "whose birth year is 1948": the year-named column is the subject */
            f->kind = FILTER_NUM;
            f->op = (enum nl_op)q->sp[pvs].lex->arg;
            f->num = sp->num;
            f->span = subj;
            q->sp[subj].used = 1;
            unselect(q, subj);
        } else if (f) {
            f->kind = FILTER_YEAR;
            f->op = (enum nl_op)q->sp[pvs].lex->arg;
            f->num = sp->num;
            f->neg = p->neg_value == (int)p->i && f->op == NL_OP_EQ;
            f->year_span = (int)p->i;
        }
    } else if (t0_is_year(sp) && pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX &&
               q->sp[pv].lex->role == NL_R_TIME) {
        struct filter *f = new_filter(q);
        if (f) {
            f->kind = FILTER_YEAR;
            f->op = NL_OP_EQ;
            f->num = sp->num;
        }
    } else if (t0_is_year(sp) && year_of_rows(q, i, pv, nx)) {
        /* "2024 signups per channel", "2023 revenue by month", said after them ("revenue 2024",
         * "orders 2023 by channel") or last after a measure ("total shipping cost 2023", "order
         * count 2022"): the year the rows are of */
        struct filter *f = new_filter(q);
        if (f) {
            f->kind = FILTER_YEAR;
            f->op = NL_OP_EQ;
            f->num = sp->num;
            f->year_span = (int)i;
        }
    } else if (sp->is_int && sp->num >= 1 && sp->num <= NL_MAX_LIMIT && nx >= 0 &&
               (q->sp[nx].kind == NL_SPAN_TABLE ||
                (q->sp[nx].kind == NL_SPAN_LEX &&
                 (q->sp[nx].lex->role == NL_R_MOST || q->sp[nx].lex->role == NL_R_ORDERADJ ||
                  q->sp[nx].lex->role == NL_R_AGG || q->sp[nx].lex->role == NL_R_SELLING ||
                  rank_word(q, (size_t)nx))))) {
        /* "top 10"; a number past any real row count is kept finite (casting it is UB) */
        q->limit = sp->num < 1e9 ? (sp->num > 0 ? (long)sp->num : 0)
                                 : 1000000000L; /* "the 3 most expensive", "10 latest orders" */
    } else if (sp->is_int && sp->num >= 1 && sp->num <= NL_MAX_LIMIT && nx == (int)i + 1 &&
               q->sp[nx].kind == NL_SPAN_COLUMN && pv >= 0 && pv == (int)i - 1 &&
               q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_QWORD) {
        q->limit = (long)sp->num; /* "which 3 cities have the most customers" */
    } else if (number_filter(q, i)) {
        /* "with 4 cylinders", "in year 2014", "2014 or 2015" */
    } else {
        sp->used = 0;
        t0_doubt(q, P_UNSURE, "number %s not understood", q->toks[sp->tok].word);
    }
}

/* A word linked to nothing: a relation verb, or judged once the query is built */
/* "Give template ID and version": a word listed after a shown column, with "and" between, that
 * is the first word of exactly one column of that column's table, whose other
 * word only says what kind of value it is (Version_Number): that column, shown too. */
static int listed_short_column(struct pass *p)
{
    static const char *const kinds[] = {"number", "name",  "code", "id",     "date", "level",
                                        "type",   "count", "valu", "amount", "year"};
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    int pv = t0_prev_content(q, p->i), listed = 0, who = 0;
    if (pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_QWORD &&
        strcmp(q->toks[q->sp[pv].tok].word, "who") == 0) {
        /* "their location and who manages them": Manager_name, the doer's name */
        who = 1;
        pv = t0_prev_content(q, (size_t)pv);
    }
    if (pv < 0 || q->sp[pv].kind != NL_SPAN_COLUMN || !q->n_selects ||
        q->selects[q->n_selects - 1] != pv)
        return 0;
    for (size_t k = (size_t)pv + 1; k < p->i; k++)
        listed |= q->sp[k].kind == NL_SPAN_STOPWORD && strcmp(q->sp[k].lex->phrase, "and") == 0;
    if (!listed)
        return 0;
    int t = -1, found = -1;
    const char *stem = q->toks[sp->tok].stem;
    for (size_t j = 0; j < q->sp[pv].n_cand; j++) {
        int u = q->sp[pv].cand[j].table;
        for (size_t c = 0; c < q->s->tables[u].n_cols; c++) {
            const struct nl_name *cn = &q->ns->cols[u][c];
            if (cn->n != 2 || strcmp(cn->stem[0], stem) != 0 || (u == t && (int)c == found))
                continue;
            for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
                if (strcmp(cn->stem[1], kinds[k]) == 0 && (!who || strcmp(kinds[k], "name") == 0)) {
                    if (found >= 0)
                        return 0; /* two such columns: which one is not said */
                    t = u;
                    found = (int)c;
                }
        }
    }
    if (found < 0)
        return 0;
    sp->kind = NL_SPAN_COLUMN;
    sp->partial = 1;
    sp->cand[0] = (struct nl_cand){.table = t, .col = found, .value = NULL};
    sp->n_cand = 1;
    t0_doubt(q, P_SLIGHT, "'%s' read as %s", q->toks[sp->tok].word,
             q->s->tables[t].cols[found].name);
    read_column(p);
    return 1;
}

/* "how many people did we hire": the one table that holds people, when the schema has one. */
static int people_table(struct pass *p)
{
    static const char *const words[] = {"people", "persons", "person", "folks", "individuals"};
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    int found = -1, pv = t0_prev_content(q, p->i);
    if (!NL_WORD_IN(q->toks[sp->tok].word, words) || (pv >= 0 && q->sp[pv].kind == NL_SPAN_NUMBER))
        return 0; /* "seats more than 5,000 people": a unit of the number */
    for (size_t t = 0; t < q->s->n_tables; t++)
        if (t0_person_table(q, (int)t)) {
            if (found >= 0)
                return 0; /* customers and employees: which people? */
            found = (int)t;
        }
    if (found < 0)
        return 0;
    sp->kind = NL_SPAN_TABLE;
    sp->cand[0] = (struct nl_cand){.table = found, .col = -1, .value = NULL};
    sp->n_cand = 1;
    sp->synonym = 1;
    read_table(p);
    return 1;
}

/* "hold more than 5,000 people", "over 20 persons": people counted after a compared number
 * are its unit. */
static int people_unit(struct pass *p)
{
    static const char *const words[] = {"people", "persons", "guests", "spectators", "fans"};
    struct query *q = p->q;
    int pv = t0_prev_content(q, p->i);
    if (!NL_WORD_IN(q->toks[p->sp->tok].word, words) || pv < 0 ||
        q->sp[pv].kind != NL_SPAN_NUMBER || q->nf == 0 || q->f[q->nf - 1].kind != FILTER_NUM)
        return 0;
    struct filter *f = &q->f[q->nf - 1];
    if (f->span < 0 && !f->implied)
        f->implied = "population"; /* "countries with more than 100 million people" */
    p->sp->used = 1;
    return 1;
}

/* A dash written as a word ("— count"), or "but" before "not" / "also" / "never" ("ordered in
 * 2023 but not in 2024"): nothing to read. */
static int filler_unknown(const struct query *q, size_t i)
{
    const unsigned char *w = (const unsigned char *)q->toks[q->sp[i].tok].word;
    if (w[0] == 0xe2 && w[1] == 0x80 && (w[2] == 0x93 || w[2] == 0x94) && !w[3])
        return 1; /* "–", "—" */
    size_t t = q->sp[i].tok;
    int units = 0; /* "how many products have we sold" asks which were, not how many exist */
    for (size_t k = 0; k < t; k++)
        units |= strcmp(q->toks[k].word, "units") == 0;
    if (units && strcmp((const char *)w, "sold") == 0 && t > 0 &&
        (strcmp(q->toks[t - 1].word, "we") == 0 ||
         (t > 1 && strcmp(q->toks[t - 2].word, "we") == 0 &&
          (strcmp(q->toks[t - 1].word, "have") == 0 || strcmp(q->toks[t - 1].word, "had") == 0))))
        return 1; /* "how many units have we sold": said as "did we sell", which says nothing */
    int nx = t0_next_content(q, i);
    return strcmp((const char *)w, "but") == 0 && nx >= 0 &&
           ((q->sp[nx].kind == NL_SPAN_LEX && q->sp[nx].lex->role == NL_R_NEG) ||
            strcmp(q->toks[q->sp[nx].tok].word, "also") == 0);
}

/* A yes/no column of the schema has the word stem in its name (attended_flg for "attended"). */
static int flag_named(const struct query *q, const char *stem, int *ft, int *fc)
{
    for (size_t t = 0; t < q->s->n_tables; t++)
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
            if (t0_flag_pair(q, (int)t, (int)c) >= 0 && t0_col_has_word(q, (int)t, (int)c, stem)) {
                *ft = (int)t;
                *fc = (int)c;
                return 1;
            }
    return 0;
}

/* The question says something was sold ("have we sold", "did we sell"). */
static int says_sold(const struct query *q)
{
    static const char *const words[] = {"sold", "sell", "sells"};
    for (size_t k = 0; k < q->n; k++)
        for (size_t t = q->sp[k].tok; t < q->sp[k].tok + q->sp[k].len; t++)
            if (NL_WORD_IN(q->toks[t].word, words))
                return 1;
    return 0;
}

/* The table the units-sold metric sums is the one counted before span i. */
static int units_lines_counted(const struct query *q, size_t i)
{
    int drafted = 0;
    const struct semantic_metric *m = t0_units_metric(q->s, &drafted);
    int t = m ? schema_find_table(q->s, m->table) : -1;
    for (size_t k = 0; t >= 0 && k < i; k++)
        if (q->sp[k].kind == NL_SPAN_TABLE && t0_span_table(q, (int)k) == t)
            return 1;
    return 0;
}

/* Span i is "sell" or "sold" after "how much". */
static int how_much_sold(const struct query *q, size_t i)
{
    static const char *const words[] = {"sold", "sell", "sells"};
    return q->agg == NL_AGG_SUM && q->agg_span >= 0 && q->agg_span < (int)i &&
           q->sp[q->agg_span].kind == NL_SPAN_LEX &&
           strcmp(q->sp[q->agg_span].lex->phrase, "how much") == 0 && q->sp[i].len == 1 &&
           NL_WORD_IN(q->toks[q->sp[i].tok].word, words);
}

static void read_unknown(struct pass *p)
{
    static const char *const current[] = {"current", "currently",   "still",
                                          "active",  "open",        "unresolved",
                                          "unpaid",  "outstanding", "unsettled"};
    struct query *q = p->q;
    struct nl_span *sp = p->sp;
    size_t i = p->i;
    if (listed_short_column(p) || people_unit(p) || people_table(p))
        return;
    if (filler_unknown(q, i)) {
        sp->used = 1;
        return;
    }
    if ((q->current_span < 0 || q->current_filler) && NL_WORD_IN(q->toks[sp->tok].word, current) &&
        !t0_names_non_date(q, q->toks[sp->tok].stem)) { /* not current_address_id's word */
        q->current_span = (int)i; /* resolve.c finds the end it has not reached */
        q->current_filler = 0;
        sp->used = 1;
        return;
    }
    size_t ul = strlen(q->unknown);
    if (ul + strlen(q->toks[sp->tok].word) + 3 < sizeof q->unknown)
        snprintf(q->unknown + ul, sizeof q->unknown - ul, "%s%s", ul ? " " : "",
                 q->toks[sp->tok].word);
    if (how_much_sold(q, i)) {
        sp->used = 1; /* "how much did we sell": finish() reads the revenue */
        return;
    }
    if (q->agg == NL_AGG_COUNT && says_sold(q) && units_lines_counted(q, i)) {
        sp->used = 1; /* "how many items have we sold": finish() reads the units sold */
        return;
    }
    if (nl_lex_relation_verb(q->toks[sp->tok].word) && t0_linked_before(q, i)) {
        /* "concerts that play there", "teachers who teach ...": the relation */
        sp->used = 1;
        t0_doubt(q, P_SMALL, "'%s' read as the relation", q->toks[sp->tok].word);
        size_t at = sp->tok;
        if (at >= 2 && strcmp(q->toks[at - 1].word, "who") == 0 &&
            (strcmp(q->toks[at - 2].word, "and") == 0 ||
             strcmp(q->toks[at - 2].word, "with") == 0 || q->toks[at - 1].after_comma) &&
            i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_STOPWORD &&
            (strcmp(q->toks[q->sp[i + 1].tok].word, "it") == 0 ||
             strcmp(q->toks[q->sp[i + 1].tok].word, "them") == 0))
            /* "show the title and who wrote it", "its title, who sang it": a person to show */
            t0_doubt(q, P_UNSURE, "'who %s it' may ask for someone to show", q->toks[sp->tok].word);
        int ft, fc;
        if (flag_named(q, q->toks[sp->tok].stem, &ft, &fc))
            /* "donors who attended the gala" beside evt_att.attended_flg: those registered, or
             * only those who came? */
            t0_doubt(q, P_UNSURE, "'%s' may be the yes/no column %s.%s", q->toks[sp->tok].word,
                     q->s->tables[ft].name, q->s->tables[ft].cols[fc].name);
        return;
    }
    if (q->n_unk < sizeof q->unk / sizeof q->unk[0])
        q->unk[q->n_unk++] = (int)i;
    else
        t0_doubt(q, P_UNSURE, "'%s' not understood", q->toks[sp->tok].word);
}

static const struct {
    enum nl_span_kind kind;
    void (*read)(struct pass *p);
} span_readers[] = {
    {NL_SPAN_STOPWORD, read_stopword}, {NL_SPAN_LEX, read_lex},     {NL_SPAN_TABLE, read_table},
    {NL_SPAN_COLUMN, read_column},     {NL_SPAN_VALUE, read_value}, {NL_SPAN_NUMBER, read_number},
    {NL_SPAN_UNKNOWN, read_unknown},
};

/* After the pass: BETWEEN bounds in order, groupings only the whole question reveals, and words
 * still waiting for a name. */
/* "what's our current MRR", "what is our payroll": an amount said as ours, before its column
 * with at most "current", "total" or "monthly" between, is the business's total. */
static int our_amount(const struct query *q, int col_span)
{
    static const char *const between[] = {"current", "total", "monthly", "annual", "overall"};
    size_t tok = q->sp[col_span].tok;
    while (tok > 0 && q->toks[tok - 1].kind == NL_TOK_WORD &&
           NL_WORD_IN(q->toks[tok - 1].word, between))
        tok--;
    return tok > 0 && strcmp(q->toks[tok - 1].word, "our") == 0;
}

/* "order status breakdown for 2024", "the gender split", "rating distribution": the column
 * named right before the word, counted per value. */
static void breakdown_of(struct query *q)
{
    static const char *const words[] = {"breakdown", "split", "distribution", "mix"};
    for (size_t k = 0; k < q->n_unk; k++) {
        int u = q->unk[k], pv = t0_prev_content(q, (size_t)u), nx = t0_next_content(q, (size_t)u);
        if (nx >= 0 && q->n_selects == 1 && q->selects[0] == nx && nx == u + 2 &&
            q->sp[u + 1].kind == NL_SPAN_STOPWORD && strcmp(q->sp[u + 1].lex->phrase, "of") == 0)
            pv = nx; /* "the distribution of ratings" */
        if (!NL_WORD_IN(q->toks[q->sp[u].tok].word, words) || pv < 0 || q->group != GROUP_NONE ||
            q->agg != NL_AGG_NONE || q->n_selects != 1 || q->selects[0] != pv ||
            q->sp[pv].kind != NL_SPAN_COLUMN)
            continue;
        q->group = GROUP_COLUMN;
        q->group_span = pv;
        q->sp[pv].used = 1;
        q->sp[u].used = 1;
        q->n_selects = 0;
        q->shape = 1;
        q->unk[k] = q->unk[--q->n_unk];
        return;
    }
}

static void finish(struct pass *p)
{
    struct query *q = p->q;
    breakdown_of(q);
    if (q->selling && !q->revenue && !q->metric && q->measure_span < 0) {
        /* "best selling products": the units sold, when the layer has one such metric */
        int drafted = 0;
        const struct semantic_metric *m = t0_units_metric(q->s, &drafted);
        if (m) {
            q->metric = m;
            q->metric_drafted = drafted;
            q->revenue = 1;
            q->any_link = 1;
            if (q->agg == NL_AGG_NONE)
                q->agg = NL_AGG_SUM;
            if (drafted)
                t0_doubt(q, P_SLIGHT,
                         "best or worst selling read as units sold (a drafted metric)");
        } else {
            t0_doubt(q, P_UNSURE, "selling by what? (no metric of units sold)");
        }
    }
    if (q->agg == NL_AGG_SUM && q->agg_span >= 0 && !q->metric && !q->revenue &&
        q->measure_span < 0 && says_sold(q) && q->sp[q->agg_span].kind == NL_SPAN_LEX &&
        strcmp(q->sp[q->agg_span].lex->phrase, "how much") == 0) {
        /* "how much did we sell in 2023": money, the revenue; "how many" would be units */
        int drafted = 0;
        q->metric = t0_revenue_metric(q->s, &drafted);
        q->metric_drafted = drafted;
        q->revenue = 1;
        q->any_link = 1;
        q->shape = 1;
        if (p->pend == PEND_MEASURE)
            p->pend = PEND_NONE;
    }
    if (q->agg == NL_AGG_COUNT && !q->metric && !q->revenue && q->measure_span < 0 &&
        q->group == GROUP_NONE && !q->distinct && says_sold(q)) {
        /* "how many items have we sold": the units sold of the lines counted, not how many
         * lines there are, when the layer has one metric of units over those lines */
        int drafted = 0;
        const struct semantic_metric *m = t0_units_metric(q->s, &drafted);
        int counted = q->counted_span >= 0 ? t0_span_table(q, q->counted_span) : -1;
        if (counted < 0)
            for (size_t k = 0; k < q->n && counted < 0; k++)
                if (q->sp[k].kind == NL_SPAN_TABLE)
                    counted = t0_span_table(q, (int)k);
        if (m && counted >= 0 && schema_find_table(q->s, m->table) == counted) {
            q->metric = m;
            q->metric_drafted = drafted;
            q->revenue = 1;
            q->agg = NL_AGG_SUM;
            t0_doubt(q, P_SLIGHT, "how many %s sold read as %s", q->s->tables[counted].name,
                     m->name);
        }
    }
    /* a BETWEEN keeps its first bound in num2 until the second arrives: fix the order */
    for (size_t k = 0; k < q->nf; k++) {
        struct filter *f = &q->f[k];
        if (f->kind == FILTER_NUM && f->op == NL_OP_BETWEEN) {
            double lo = f->num2, hi = f->num;
            f->num = lo < hi ? lo : hi;
            f->num2 = lo < hi ? hi : lo;
        }
    }
    if (q->group == GROUP_NONE && q->distinct && q->agg == NL_AGG_COUNT && q->n_selects == 1 &&
        q->selects[0] < q->agg_span && q->counted_span > q->agg_span &&
        q->sp[q->selects[0]].n_cand > 0 && q->sp[q->selects[0]].cand[0].col >= 0 &&
        t0_span_has_table(&q->sp[q->selects[0]], t0_span_table(q, q->counted_span))) {
        /* "the different record companies and the number of orchestras": per company */
        q->group = GROUP_COLUMN;
        q->group_span = q->selects[0];
        narrow(&q->sp[q->group_span], &q->sp[q->counted_span], 0);
        q->sp[q->group_span].used = 1;
        q->n_selects = 0;
        q->distinct = 0;
        if (p->pend == PEND_GROUP)
            p->pend = PEND_NONE;
    }
    if (p->pend == PEND_GROUP && q->group == GROUP_NONE && q->n_selects == 1 &&
        q->agg != NL_AGG_NONE && q->sp[q->selects[0]].n_cand > 0 &&
        q->sp[q->selects[0]].cand[0].col >= 0) {
        /* "the template type codes and the number of templates for each": the column listed */
        q->group = GROUP_COLUMN;
        q->group_span = q->selects[0];
        q->sp[q->group_span].used = 1;
        q->n_selects = 0;
        p->pend = PEND_NONE;
    }
    if (q->sort_seen && q->sort_span < 0 && q->group == GROUP_COLUMN && q->agg == NL_AGG_NONE &&
        !q->has_top) {
        /* "employee names by age, youngest first": sorted by, not grouped by */
        q->sort_span = q->group_span;
        q->group = GROUP_NONE;
    }
    if (p->pend == PEND_COUNT && q->counted_span < 0 && q->nf == 1 &&
        q->f[0].kind == FILTER_VALUE && q->f[0].span >= 0 && q->sp[q->f[0].span].n_cand == 1 &&
        (q->sp[q->f[0].span].partial ||
         (q->sp[q->f[0].span].synonym == 3 && plural_end(q, q->f[0].span) &&
          q->sp[q->f[0].span].cand[0].col >= 0 &&
          !t0_col_is_date(q, q->sp[q->f[0].span].cand[0].table,
                          q->sp[q->f[0].span].cand[0].col))) &&
        t0_next_content(q, (size_t)q->f[0].span) < 0) {
        /* "how many sales representatives are there": a value made plural names the rows
         * counted (a title, a role), and so does a code said as a plural noun ("how many
         * part-timers do we have": emp_type_cd 'PT'); "how many Electronics" stays a question */
        q->counted_span = q->f[0].span;
        p->pend = PEND_NONE;
    }
    /* "what did we spend on campaigns in 2023": an amount over the rows, their total;
     * "marketing spend per year", "freight cost by carrier": an amount by groups, the total in
     * each */
    if (q->agg == NL_AGG_NONE && q->n_selects == 1 &&
        ((q->n >= 3 && strcmp(q->toks[0].word, "what") == 0 &&
          ((q->n > 3 &&
            (strcmp(q->toks[1].word, "did") == 0 || strcmp(q->toks[1].word, "do") == 0 ||
             strcmp(q->toks[1].word, "does") == 0)) ||
           our_amount(q, q->selects[0]))) ||
         (q->group != GROUP_NONE && !q->list && !q->rank && q->measure_span < 0 &&
          !t0_per_table(q))) && /* "maintenance cost per vehicle by make": a rate */
        q->sp[q->selects[0]].kind == NL_SPAN_COLUMN &&
        (t0_span_all(q, q->selects[0], t0_col_is_money) ||
         (q->group != GROUP_NONE && t0_span_all(q, q->selects[0], t0_col_is_quantity)))) {
        q->agg = NL_AGG_SUM;
        q->agg_span = 0;
        q->measure_span = q->selects[0];
        q->n_selects = 0;
        q->shape = 1;
    }
    int after_count = q->agg_span >= 0 ? t0_next_content(q, (size_t)q->agg_span) : -1;
    if (p->pend == PEND_COUNT && q->agg == NL_AGG_COUNT && q->counted_span < 0 &&
        q->agg_span >= 0 &&
        (after_count < 0 ||
         (t0_is_year(&q->sp[after_count]) && t0_next_content(q, (size_t)after_count) < 0)) &&
        q->n_mentions > 0 && q->mentions[0] < q->agg_span &&
        q->sp[q->mentions[0]].kind == NL_SPAN_TABLE) {
        /* "order lines with a discount of 20% or more - count", "..., how many", "order count
         * 2022": the rows described before */
        q->counted_span = q->mentions[0];
        p->pend = PEND_NONE;
    }
    int first_content = t0_next_content(q, (size_t)-1);
    if (p->pend == PEND_COUNT && q->agg == NL_AGG_COUNT && q->counted_span < 0 && q->agg_span > 0 &&
        after_count < 0 && first_content >= 0 && first_content < q->agg_span &&
        t0_flag_noun(q, (size_t)first_content)) {
        /* "loyalty members in chicago - how many?": the rows the flag's noun named */
        p->pend = PEND_NONE;
    }
    static const char *const people[] = {"women", "men", "females", "males", "ladies"};
    int nx = q->agg_span >= 0 ? t0_next_content(q, (size_t)q->agg_span) : -1;
    if (p->pend == PEND_COUNT && q->agg == NL_AGG_COUNT && q->counted_span < 0 && nx >= 0 &&
        q->sp[nx].kind == NL_SPAN_VALUE && q->sp[nx].len == 1 && q->sp[nx].synonym == 3 &&
        NL_WORD_IN(q->toks[q->sp[nx].tok].word, people)) {
        /* "how many women do we have": the people whose gender code it is, counted */
        q->counted_span = nx;
        p->pend = PEND_NONE;
    }
    /* "which 10 customers spent the most": the money verb named what ranks them (revenue) */
    int ranked_by_money = p->pend == PEND_MOST && (q->rank_dir || q->most_dir) &&
                          (q->revenue || q->metric) && q->most_span < 0;
    if ((p->pend == PEND_COUNT || p->pend == PEND_MEASURE || p->pend == PEND_GROUP ||
         p->pend == PEND_MOST || p->pend == PEND_CMP || p->pend == PEND_BETWEEN ||
         p->pend == PEND_ORDER) &&
        !ranked_by_money)
        t0_doubt(q, P_UNSURE, "a word expecting a name has none after it");
}

/* "agents who report to Kim", "who manages Lee", "supervised by": a line of reporting, through
 * a key of a table to itself, which tier 0 does not compose; read as anything else it is
 * wrong ("report" is no comm_rt, Lee's manager no list of Lee's customers). The noun
 * ("managers", "the manager of") is read as a column as any other. */
static void reporting_line(struct query *q)
{
    static const char *const verbs[] = {"manages",    "managed",   "supervises",
                                        "supervised", "oversees",  "overseen",
                                        "manage",     "supervise", "oversee"};
    static const char *const reports[] = {"report", "reports", "reporting", "reported"};
    size_t end = t0_n_toks(q);
    int self = 0; /* only where a table points at itself (mgr_emp_id, supv_agt_id): "each
                   * record company manages orchestras" is a relation like any other */
    for (size_t t = 0; t < q->s->n_tables && !self; t++)
        for (size_t c = 0; c < q->s->tables[t].n_cols && !self; c++)
            self = q->ns->fk_target[q->ns->col_base[t] + c] == (int)t;
    for (size_t k = 0; self && k < end; k++) {
        const char *w = q->toks[k].word;
        if (q->toks[k].kind != NL_TOK_WORD)
            continue;
        int column = 0; /* "who manages them" over manager_name: that column */
        for (size_t i = 0; i < q->n; i++)
            column |= q->sp[i].kind == NL_SPAN_COLUMN && k >= q->sp[i].tok &&
                      k < q->sp[i].tok + q->sp[i].len;
        if (!column && (NL_WORD_IN(w, verbs) || (NL_WORD_IN(w, reports) && k + 1 < end &&
                                                 strcmp(q->toks[k + 1].word, "to") == 0))) {
            t0_doubt(q, P_WRONGISH, "who reports to whom ('%s') is not read", w);
            return;
        }
    }
}

/* "what is the return rate", "the cancellation rate": a share of rows with some state, which
 * no column holds; a column named for a rate or a rating (slr_rating) that the word before
 * "rate" does not name is no answer to it. ("the interest rate" over int_rate is that column.) */
static void rate_of_rows(struct query *q)
{
    size_t end = t0_n_toks(q);
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        size_t k = sp->tok + sp->len - 1;
        if (sp->kind != NL_SPAN_COLUMN || sp->n_cand != 1 || k >= end || sp->tok == 0 ||
            (strcmp(q->toks[k].word, "rate") != 0 && strcmp(q->toks[k].word, "rates") != 0))
            continue;
        const struct nl_token *before = &q->toks[sp->len > 1 ? k - 1 : sp->tok - 1];
        int t = sp->cand[0].table, c = sp->cand[0].col, named = 0;
        const struct nl_name *cn = &q->ns->cols[t][c];
        /* the word before says what happens to a share of rows: a noun of an event ("return",
         * "cancellation", "churn", "conversion"), not "average" or "room" */
        static const char *const events[] = {
            "return", "churn",   "bounce", "default", "refund", "win",       "loss",   "click",
            "open",   "no-show", "show",   "dropout", "drop",   "attrition", "growth", "error"};
        size_t bl = strlen(before->word);
        int event =
            before->kind == NL_TOK_WORD && (NL_WORD_IN(before->word, events) ||
                                            (bl > 5 && (strcmp(before->word + bl - 3, "ion") == 0 ||
                                                        strcmp(before->word + bl - 3, "ure") == 0 ||
                                                        strcmp(before->word + bl - 2, "al") == 0)));
        /* ... or the column is named "rate" only by its stem (slr_rating) */
        const char *name = q->s->tables[t].cols[c].name;
        int rating = strstr(name, "rating") != NULL || strstr(name, "RATING") != NULL ||
                     strstr(name, "Rating") != NULL;
        if (!event && !rating)
            continue;
        char stem[NL_WORD_MAX];
        nl_stem(before->word, stem, sizeof stem);
        for (size_t w = 0; w < cn->n && !named; w++) {
            size_t l = strlen(cn->stem[w]);
            named = strcmp(cn->stem[w], before->stem) == 0 ||
                    (l >= 3 && strncmp(cn->stem[w], stem, l) == 0);
        }
        if (!named)
            t0_doubt(q, P_WRONGISH, "'%s rate' is a share of rows, not %s", before->word,
                     q->s->tables[t].cols[c].name);
    }
}

/* "orders in the phone channel": a word that names a column somewhere (customers.phone) and is
 * a stored value of the column named right after it (orders.channel = 'phone') is that
 * value. */
static void value_before_its_column(struct query *q)
{
    for (size_t i = 0; i + 1 < q->n; i++) {
        struct nl_span *sp = &q->sp[i], *nx = &q->sp[i + 1];
        if (sp->kind != NL_SPAN_COLUMN || sp->len != 1 || nx->kind != NL_SPAN_COLUMN)
            continue;
        size_t count = 0;
        long first = schema_find_value(q->s, q->toks[sp->tok].word, &count);
        for (size_t v = 0; first >= 0 && v < count; v++) {
            const struct schema_value *sv = &q->s->values[(size_t)first + v];
            for (size_t k = 0; k < nx->n_cand; k++) {
                if ((int)sv->table != nx->cand[k].table || (int)sv->column != nx->cand[k].col)
                    continue;
                sp->kind = NL_SPAN_VALUE;
                sp->cand[0] = (struct nl_cand){(int)sv->table, (int)sv->column, sv->value};
                sp->n_cand = 1;
                sp->partial = 0;
                sp->synonym = 0;
                v = count;
                break;
            }
        }
    }
}

void t0_interpret(struct query *q)
{
    value_before_its_column(q);
    struct pass p = {.q = q,
                     .pend = PEND_NONE,
                     .cmp_subject = -1,
                     .neg_value = -1,
                     .last_agg = -1,
                     .read_to = -1};
    for (p.i = 0; p.i < q->n; p.i++) {
        p.sp = &q->sp[p.i];
        p.nx = t0_next_content(q, p.i);
        if ((q->anti_span >= 0 && (int)p.i > q->anti_from && (int)p.i <= q->anti_span) ||
            (int)p.i <= p.read_to) {
            p.sp->used = 1; /* "never placed an order", "with no paragraphs": read with the "no" */
            continue;
        }
        for (size_t k = 0; k < sizeof span_readers / sizeof span_readers[0]; k++)
            if (span_readers[k].kind == p.sp->kind) {
                span_readers[k].read(&p);
                break;
            }
    }
    finish(&p);
    reporting_line(q);
    rate_of_rows(q);
}
