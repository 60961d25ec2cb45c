/* The evaluator's token array: it only needs to tell keywords, parentheses and literals apart
 * (to strip DISTINCT, find ORDER BY and count clauses for Spider hardness). The tokens are
 * util/sqllex's, held with pointers into the text. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eval/eval_int.h"
#include "util/sqllex.h"

#include "util/banned.h"

static int push(struct eval_tok **v, size_t *n, size_t *cap, enum eval_tok_kind k, const char *s,
                size_t len)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        struct eval_tok *nv = realloc(*v, ncap * sizeof *nv);
        if (!nv)
            return ERR_NOMEM;
        *v = nv;
        *cap = ncap;
    }
    (*v)[(*n)++] = (struct eval_tok){.kind = k, .s = s, .len = len};
    return 0;
}

int eval_sql_tokens(const char *sql, struct eval_tok **out, size_t *n)
{
    static const enum eval_tok_kind kinds[] = {
        [SQLLEX_WORD] = EVAL_TOK_WORD,     [SQLLEX_QIDENT] = EVAL_TOK_QUOTED,
        [SQLLEX_STRING] = EVAL_TOK_STRING, [SQLLEX_NUMBER] = EVAL_TOK_NUMBER,
        [SQLLEX_PUNCT] = EVAL_TOK_PUNCT,
    };
    struct eval_tok *v = NULL;
    size_t cnt = 0, cap = 0;
    const char *end = sql + strlen(sql);
    *out = NULL;
    *n = 0;
    for (const char *p = sql;;) {
        enum sqllex_kind k;
        size_t len;
        p = sqllex_next(p, end, &k, &len);
        if (p == end)
            break;
        if (push(&v, &cnt, &cap, kinds[k], p, len)) {
            free(v);
            return ERR_NOMEM;
        }
        p += len;
    }
    *out = v;
    *n = cnt;
    return 0;
}

int eval_tok_is(const struct eval_tok *t, const char *w)
{
    return t->kind == EVAL_TOK_WORD && strlen(w) == t->len && strncasecmp(t->s, w, t->len) == 0;
}

int eval_tok_punct(const struct eval_tok *t, const char *p)
{
    return t->kind == EVAL_TOK_PUNCT && strlen(p) == t->len && memcmp(t->s, p, t->len) == 0;
}
