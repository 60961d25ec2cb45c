/* nl tier 0, spans: small readers of the linked spans used by interpretation and resolution
 * (their text, neighbours, candidate tables and columns, and what a number in a span could be). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"

#include "util/banned.h"

const char *t0_span_text(const struct query *q, const struct nl_span *sp, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t k = sp->tok; k < sp->tok + sp->len; k++) {
        int w = snprintf(out + o, cap - o, "%s%s", k > sp->tok ? " " : "", q->toks[k].word);
        if (w < 0 || (size_t)w >= cap - o)
            break;
        o += (size_t)w;
    }
    return out;
}

size_t t0_n_toks(const struct query *q)
{
    return q->sp && q->n ? q->sp[q->n - 1].tok + q->sp[q->n - 1].len : 0;
}

int t0_says(const struct query *q, const char *const *words, size_t n)
{
    size_t end = t0_n_toks(q);
    for (size_t k = 0; k < end; k++)
        if (q->toks[k].kind == NL_TOK_WORD && nl_word_in(q->toks[k].word, words, n))
            return 1;
    return 0;
}

int t0_unit_span(const struct query *q, size_t i)
{
    if (i < 2 || q->sp[i].kind != NL_SPAN_COLUMN || q->sp[i].len != 1 ||
        q->sp[i - 1].kind != NL_SPAN_STOPWORD || strcmp(q->toks[q->sp[i - 1].tok].word, "in") != 0)
        return 0;
    /* the words before "in" are the column's other words (also once a reader took that span
     * and cleared its candidates) */
    const struct nl_span *pv = &q->sp[i - 2];
    for (size_t a = 0; a < q->sp[i].n_cand; a++) {
        int t = q->sp[i].cand[a].table, c = q->sp[i].cand[a].col, all = c >= 0 && pv->len > 0;
        for (size_t k = pv->tok; all && k < pv->tok + pv->len; k++)
            all = t0_col_has_word(q, t, c, q->toks[k].stem);
        if (all)
            return 1;
    }
    return 0;
}

int t0_prev_content(const struct query *q, size_t i)
{
    for (size_t k = i; k-- > 0;)
        if (q->sp[k].kind != NL_SPAN_STOPWORD && !t0_unit_span(q, k))
            return (int)k;
    return -1;
}

int t0_span_table(const struct query *q, int i)
{
    return i >= 0 && q->sp[i].n_cand ? q->sp[i].cand[0].table : -1;
}

int t0_span_has_table(const struct nl_span *sp, int t)
{
    for (size_t k = 0; k < sp->n_cand; k++)
        if (sp->cand[k].table == t)
            return 1;
    return 0;
}

int t0_span_has_col(const struct nl_span *sp, int t, int c)
{
    for (size_t k = 0; k < sp->n_cand; k++)
        if (sp->cand[k].table == t && sp->cand[k].col == c)
            return 1;
    return 0;
}

/* Keeps only candidate k of span sp. */
void t0_narrow_to(struct nl_span *sp, int k)
{
    sp->cand[0] = sp->cand[k];
    sp->n_cand = 1;
}

/* The first span that names table t itself (or, with columns, one of its columns), or q->n. */
int t0_first_span_of(const struct query *q, int t, int columns)
{
    for (size_t i = 0; i < q->n; i++)
        if ((q->sp[i].kind == NL_SPAN_TABLE || (columns && q->sp[i].kind == NL_SPAN_COLUMN)) &&
            t0_span_has_table(&q->sp[i], t))
            return (int)i;
    return (int)q->n;
}

int t0_is_copula(const char *w)
{
    static const char *const be[] = {"is", "are", "was", "were", "be", "been"};
    for (size_t k = 0; k < sizeof be / sizeof be[0]; k++)
        if (strcmp(w, be[k]) == 0)
            return 1;
    return 0;
}

/* Span sp matched candidate k only by a word that says a column holds an amount ("amount" for
 * po_hdr.frt_amt, a freight amount): the column's other word, which the question does not say,
 * is what it is an amount of. */
static int generic_only(const struct query *q, const struct nl_span *sp, int k)
{
    static const char *const generic[] = {"amt", "amount", "valu", "val", "total", "tot"};
    static const char *const units[] = {"usd", "eur", "gbp", "cent", "dollar", "k", "m"};
    if (sp->len != 1 || !NL_WORD_IN(q->toks[sp->tok].stem, generic))
        return 0;
    const struct nl_name *cn = &q->ns->cols[sp->cand[k].table][sp->cand[k].col];
    const struct nl_name *tn = &q->ns->tables[sp->cand[k].table];
    for (size_t w = 0; w < cn->n; w++) {
        int own = NL_WORD_IN(cn->stem[w], generic) || NL_WORD_IN(cn->stem[w], units) ||
                  strlen(cn->stem[w]) < 2;
        for (size_t j = 0; j < tn->n && !own; j++)
            own = strcmp(cn->stem[w], tn->stem[j]) == 0; /* invoice_amt in invoices */
        if (!own)
            return 1;
    }
    return 0;
}

/* The candidate's column is the only one of its table with the span's word, the table was
 * named just before the word, and the column's other words say the whole amount (amt_due,
 * net_amt), not a part of it (frt_amt, the freight of an order). */
static int sole_generic(const struct query *q, const struct nl_span *sp, int k)
{
    static const char *const whole[] = {
        "amt",    "amount", "valu",   "val",  "total", "tot",   "usd",   "eur", "gbp",  "cent",
        "dollar", "due",    "billed", "bill", "net",   "gross", "final", "owe", "owed", "charg"};
    int t = sp->cand[k].table, n = 0;
    size_t i = (size_t)(sp - q->sp);
    if (i == 0 || q->sp[i - 1].kind != NL_SPAN_TABLE || !t0_span_has_table(&q->sp[i - 1], t))
        return 0;
    const struct nl_name *cn = &q->ns->cols[t][sp->cand[k].col];
    for (size_t w = 0; w < cn->n; w++)
        if (!NL_WORD_IN(cn->stem[w], whole))
            return 0;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        n += t0_col_has_word(q, t, (int)c, q->toks[sp->tok].stem);
    return n == 1;
}

/* Index of the candidate of span i nearest to table `anchor` (any candidate when anchor < 0).
 * Several equally near candidates in different columns are a doubt. */
int t0_pick_cand(struct query *q, int i, int anchor)
{
    struct nl_span *sp = &q->sp[i];
    char text[160];
    int best = -1, best_d = 1 << 30, tie = 0;
    for (size_t k = 0; k < sp->n_cand; k++) {
        int d = anchor < 0 ? 0 : t0_distance(q, anchor, sp->cand[k].table);
        if (d < 0)
            continue;
        if (d < best_d) {
            best = (int)k;
            best_d = d;
            tie = 0;
        } else if (d == best_d) {
            tie = 1;
        }
    }
    if (best < 0) {
        best = 0;
        tie = 1;
    }
    if (!tie && sp->kind == NL_SPAN_COLUMN && generic_only(q, sp, best))
        /* "the bill amount" with bills' one amount, amt_due_cents: named by its table, and no
         * other column of it says "amount" */
        t0_doubt(q, sole_generic(q, sp, best) ? P_SLIGHT : P_UNSURE,
                 "'%s' names only the generic word of %s.%s",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[sp->cand[best].table].name,
                 q->s->tables[sp->cand[best].table].cols[sp->cand[best].col].name);
    if (!tie && anchor >= 0 && sp->kind == NL_SPAN_COLUMN && sp->len == 1 &&
        sp->cand[best].table != anchor) {
        /* "sellers per status" with slr.slr_sts beside lst.lst_stat: the word's other short
         * form names the rows' own column */
        const char *w = q->toks[sp->tok].word;
        for (size_t c = 0; c < q->s->tables[anchor].n_cols; c++) {
            const struct nl_name *cn = &q->ns->cols[anchor][c];
            int hit = 0;
            for (size_t k = 0; k < cn->n && !hit; k++)
                hit = strlen(cn->stem[k]) >= 3 && strcmp(cn->stem[k], q->toks[sp->tok].stem) != 0 &&
                      nl_short_form(cn->stem[k], w);
            if (hit) {
                t0_doubt(q, P_UNSURE, "'%s' may be %s.%s", t0_span_text(q, sp, text, sizeof text),
                         q->s->tables[anchor].name, q->s->tables[anchor].cols[c].name);
                break;
            }
        }
    }
    if (tie)
        t0_doubt(q, P_UNSURE, "'%s' could mean several columns",
                 t0_span_text(q, sp, text, sizeof text));
    else if (anchor >= 0 && sp->kind == NL_SPAN_COLUMN &&
             t0_history_of(q, anchor) == sp->cand[best].table) {
        /* "the salary of workers", kept in the history of their pay: theirs */
    } else if (sp->partial && sp->kind == NL_SPAN_COLUMN && anchor >= 0 &&
               sp->cand[best].table != anchor)
        t0_doubt(q, P_UNSURE, "'%s' matched only part of %s.%s, away from %s",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[sp->cand[best].table].name,
                 q->s->tables[sp->cand[best].table].cols[sp->cand[best].col].name,
                 q->s->tables[anchor].name);
    else if (anchor >= 0 && sp->cand[best].table != anchor)
        t0_doubt(q, P_SLIGHT, "'%s' resolved to %s.%s", t0_span_text(q, sp, text, sizeof text),
                 q->s->tables[sp->cand[best].table].name,
                 sp->cand[best].col >= 0
                     ? q->s->tables[sp->cand[best].table].cols[sp->cand[best].col].name
                     : "");
    return best;
}

int t0_next_content(const struct query *q, size_t i)
{
    for (size_t k = i + 1; k < q->n; k++)
        if (q->sp[k].kind != NL_SPAN_STOPWORD && !t0_unit_span(q, k))
            return (int)k;
    return -1;
}

int t0_linked_before(const struct query *q, size_t i)
{
    for (size_t k = 0; k < i; k++)
        if (q->sp[k].kind == NL_SPAN_TABLE || q->sp[k].kind == NL_SPAN_COLUMN ||
            q->sp[k].kind == NL_SPAN_VALUE)
            return 1;
    return 0;
}

int t0_is_year(const struct nl_span *sp)
{
    return sp->kind == NL_SPAN_NUMBER && sp->is_int && sp->num >= 1900 && sp->num <= 2100;
}

/* Column predicates for t0_span_any(). */
int t0_col_number_value(const struct query *q, int t, int c)
{
    return t0_col_holds_numbers(q, t, c) && !t0_col_is_key(q, t, c);
}

int t0_col_is_date(const struct query *q, int t, int c)
{
    return t0_col_of(q, t, c)->type == SCHEMA_TYPE_DATE;
}

int t0_col_number_key(const struct query *q, int t, int c)
{
    return t0_col_is_key(q, t, c) && t0_col_of(q, t, c)->type == SCHEMA_TYPE_INTEGER;
}

/* Some column candidate of span i satisfies pred. */
int t0_span_any(const struct query *q, int i, int (*pred)(const struct query *, int t, int c))
{
    const struct nl_span *sp = &q->sp[i];
    for (size_t k = 0; k < sp->n_cand; k++)
        if (sp->cand[k].col >= 0 && pred(q, sp->cand[k].table, sp->cand[k].col))
            return 1;
    return 0;
}

int t0_span_all(const struct query *q, int i, int (*pred)(const struct query *, int t, int c))
{
    const struct nl_span *sp = &q->sp[i];
    for (size_t k = 0; k < sp->n_cand; k++)
        if (sp->cand[k].col < 0 || !pred(q, sp->cand[k].table, sp->cand[k].col))
            return 0;
    return sp->n_cand > 0;
}

/* v could be stored in some candidate column of span i: within a generous range around the
 * column's sampled values (any value when nothing was sampled). */
int t0_span_plausible_number(const struct query *q, int i, double v)
{
    const struct nl_span *sp = &q->sp[i];
    for (size_t k = 0; k < sp->n_cand; k++) {
        if (sp->cand[k].col < 0)
            continue;
        const struct schema_column *col = t0_col_of(q, sp->cand[k].table, sp->cand[k].col);
        if (col->n_samples == 0)
            return 1;
        double lo = 0, hi = 0;
        int any = 0;
        for (size_t j = 0; j < col->n_samples; j++) {
            char *end = NULL;
            double x = strtod(col->samples[j], &end);
            if (end == col->samples[j])
                continue;
            lo = any && lo < x ? lo : x;
            hi = any && hi > x ? hi : x;
            any = 1;
        }
        if (!any || (v >= (lo > 0 ? lo / 2 : lo * 2) - 1 && v <= (hi > 0 ? hi * 2 : hi / 2) + 1))
            return 1;
    }
    return 0;
}

int t0_compound_tail(const struct query *q, size_t tok)
{
    static const struct {
        const char *head, *tail;
    } compounds[] = {{"email", "address"},    {"mail", "address"},  {"phone", "number"},
                     {"telephone", "number"}, {"mobile", "number"}, {"fax", "number"}};
    if (tok == 0)
        return 0;
    for (size_t k = 0; k < sizeof compounds / sizeof compounds[0]; k++)
        if (strcmp(q->toks[tok].word, compounds[k].tail) == 0 &&
            strcmp(q->toks[tok - 1].word, compounds[k].head) == 0)
            return 1;
    return 0;
}

int t0_table_before(const struct query *q, size_t i)
{
    for (size_t k = 0; k < i && k < q->n; k++)
        if (q->sp[k].kind == NL_SPAN_TABLE && q->sp[k].n_cand)
            return q->sp[k].cand[0].table;
    return -1;
}

void t0_consume(struct query *q, size_t from, size_t to)
{
    static const struct nl_lex consumed = {"", NL_R_STOP, 0, 0};
    for (size_t k = from; k <= to && k < q->n; k++) {
        q->sp[k].kind = NL_SPAN_STOPWORD;
        q->sp[k].lex = &consumed;
        q->sp[k].n_cand = 0;
    }
}
