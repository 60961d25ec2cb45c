/* nl tier 0, negation: what a negation word ("not", "without", "never") is about — a stored
 * value, a yes/no column used as a word, or a table whose rows must be absent. Readers only;
 * interpretation decides what to do with the answer. */
#include <string.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"

#include "util/banned.h"

/* The value a "not" at span i negates: the next content span, past one column that names the
 * value's column ("do not have the nationality USA") or one relation verb ("do not use
 * English"); -1 when none. */
int t0_negated_value(const struct query *q, size_t i)
{
    int nx = t0_next_content(q, i), col = -1;
    if (nx >= 0 && q->sp[nx].kind == NL_SPAN_COLUMN)
        col = nx;
    if (nx >= 0 && (col >= 0 || (q->sp[nx].kind == NL_SPAN_UNKNOWN &&
                                 nl_lex_relation_verb(q->toks[q->sp[nx].tok].word))))
        nx = t0_next_content(q, (size_t)nx);
    if (nx < 0 || q->sp[nx].kind != NL_SPAN_VALUE)
        return -1;
    /* "not discontinued belong to Furniture": a column between the "not" and a value only
     * qualifies it when the value is stored in that column */
    for (size_t k = 0; col >= 0 && k < q->sp[col].n_cand; k++)
        if (t0_span_has_col(&q->sp[nx], q->sp[col].cand[k].table, q->sp[col].cand[k].col))
            return nx;
    return col >= 0 ? -1 : nx;
}

/* Span i is a yes/no column used as a word about its rows: right before its table's name
 * ("discontinued products") or after a verb "to be" that follows it ("products that are [not]
 * discontinued"). Returns the table, or -1. */
int t0_flag_noun(const struct query *q, size_t i)
{
    const struct nl_span *sp = &q->sp[i];
    if (sp->kind != NL_SPAN_COLUMN || sp->n_cand != 1 || sp->len < 2 ||
        !t0_col_is_flag(q, sp->cand[0].table, sp->cand[0].col))
        return 0;
    const struct nl_token *last = &q->toks[sp->tok + sp->len - 1];
    int pv = t0_prev_content(q, i);
    return strcmp(last->word, last->stem) != 0 && last->word[strlen(last->word) - 1] == 's' &&
           t0_col_has_word(q, sp->cand[0].table, sp->cand[0].col, last->stem) &&
           !(pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_COUNT);
}

int t0_flag_word(const struct query *q, size_t i)
{
    const struct nl_span *sp = &q->sp[i];
    if (sp->kind != NL_SPAN_COLUMN || sp->n_cand != 1 ||
        !t0_col_is_flag(q, sp->cand[0].table, sp->cand[0].col))
        return -1;
    int t = sp->cand[0].table, nx = t0_next_content(q, i);
    if (nx >= 0 && q->sp[nx].kind == NL_SPAN_TABLE && t0_span_has_table(&q->sp[nx], t))
        return t;
    if (t0_flag_noun(q, i))
        return t;
    size_t k = i;
    if (k > 0 && q->sp[k - 1].kind == NL_SPAN_LEX && q->sp[k - 1].lex->role == NL_R_NEG)
        k--;
    if (k == 0 || q->sp[k - 1].kind != NL_SPAN_STOPWORD || !t0_is_copula(q->sp[k - 1].lex->phrase))
        return -1;
    for (size_t j = 0; j + 1 < k; j++)
        if ((q->sp[j].kind == NL_SPAN_TABLE || q->sp[j].kind == NL_SPAN_COLUMN) &&
            t0_span_has_table(&q->sp[j], t) && (int)j != (int)i)
            return t; /* "the languages that are official": the rows by their column too */
    return -1;
}

/* "customers without orders", "singers with no songs", "museums that were never visited",
 * "teachers who do not teach any course": after the negation at span i, at most three spans
 * of filler, relation verbs or "any"/"ever", then a table. Returns that table's span, or -1. */
int t0_absent_table(const struct query *q, size_t i)
{
    const char *neg = q->sp[i].lex->phrase;
    if (strcmp(neg, "without") != 0 && strcmp(neg, "no") != 0 && strcmp(neg, "never") != 0 &&
        strcmp(neg, "not") != 0)
        return -1;
    for (size_t k = i + 1, skipped = 0; k < q->n && skipped <= 3; k++) {
        const struct nl_span *sp = &q->sp[k];
        if (sp->kind == NL_SPAN_TABLE && sp->n_cand != 1)
            return -1;
        if (sp->kind == NL_SPAN_TABLE) {
            /* "not enrolled in any course": the table after the verb-like one */
            size_t j = k + 1;
            while (j < q->n && j <= k + 3 &&
                   (q->sp[j].kind == NL_SPAN_STOPWORD ||
                    (q->sp[j].kind == NL_SPAN_LEX && strcmp(q->sp[j].lex->phrase, "any") == 0)))
                j++;
            if (j < q->n && j > k + 1 && q->sp[j].kind == NL_SPAN_TABLE && q->sp[j].n_cand == 1)
                return (int)j;
            return (int)k;
        }
        int filler = sp->kind == NL_SPAN_STOPWORD ||
                     (sp->kind == NL_SPAN_UNKNOWN && nl_lex_relation_verb(q->toks[sp->tok].word)) ||
                     (sp->kind == NL_SPAN_LEX && (strcmp(sp->lex->phrase, "any") == 0 ||
                                                  strcmp(sp->lex->phrase, "ever") == 0));
        if (!filler)
            return -1;
        skipped += sp->kind != NL_SPAN_STOPWORD;
    }
    return -1;
}
