/* A light SQL tokenizer for the evaluator: it only needs to tell keywords, parentheses and
 * literals apart (to strip DISTINCT, find ORDER BY and count clauses for Spider hardness), so it
 * does not know SQL's grammar and never fails on odd input. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eval/eval_int.h"

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

/* Length of a quoted token starting at s (quote char q, closing char c); a doubled closing char
 * is an escaped one. An unterminated quote runs to the end. */
static size_t quoted_len(const char *s, char c)
{
    size_t i = 1;
    for (; s[i]; i++) {
        if (s[i] == c) {
            if (c != ']' && s[i + 1] == c) {
                i++;
                continue;
            }
            return i + 1;
        }
    }
    return i;
}

int eval_sql_tokens(const char *sql, struct eval_tok **out, size_t *n)
{
    static const char *const ops2[] = {"<=", ">=", "!=", "<>", "||", "==", NULL};
    struct eval_tok *v = NULL;
    size_t cnt = 0, cap = 0;
    const char *p = sql;
    *out = NULL;
    *n = 0;
    while (*p) {
        unsigned char ch = (unsigned char)*p;
        size_t len = 0;
        enum eval_tok_kind k = EVAL_TOK_PUNCT;
        if (isspace(ch)) {
            p++;
            continue;
        }
        if (ch == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
            continue;
        }
        if (ch == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            p = end ? end + 2 : p + strlen(p);
            continue;
        }
        if (ch == '\'') {
            k = EVAL_TOK_STRING;
            len = quoted_len(p, '\'');
        } else if (ch == '"' || ch == '`') {
            k = EVAL_TOK_QUOTED;
            len = quoted_len(p, (char)ch);
        } else if (ch == '[') {
            k = EVAL_TOK_QUOTED;
            len = quoted_len(p, ']');
        } else if (isdigit(ch) || (ch == '.' && isdigit((unsigned char)p[1]))) {
            k = EVAL_TOK_NUMBER;
            while (isalnum((unsigned char)p[len]) || p[len] == '.')
                len++;
        } else if (isalpha(ch) || ch == '_' || ch >= 0x80) {
            k = EVAL_TOK_WORD;
            while (isalnum((unsigned char)p[len]) || p[len] == '_' || p[len] == '$' ||
                   (unsigned char)p[len] >= 0x80)
                len++;
        } else {
            len = 1;
            for (size_t i = 0; ops2[i]; i++)
                if (p[0] == ops2[i][0] && p[1] == ops2[i][1])
                    len = 2;
        }
        if (push(&v, &cnt, &cap, k, p, len)) {
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
