/* nl tier 0, spans: small readers of the linked spans shared by interpretation and resolution
 * (their text, neighbours, candidate tables and columns). */
#include <stdio.h>
#include <string.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"

#include "util/banned.h"

const char *t0_span_text(const struct query *q, const struct nl_span *sp, char *out,
                             size_t cap)
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

int t0_prev_content(const struct query *q, size_t i)
{
    for (size_t k = i; k-- > 0;)
        if (q->sp[k].kind != NL_SPAN_STOPWORD)
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
