/* The one SQL lexer and keyword table (see sqllex.h). */
#include "util/sqllex.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/banned.h"

int sqllex_is_word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return isalnum(u) || u == '_' || u == '$' || u >= 0x80;
}

const char *sqllex_skip_quoted(const char *p, const char *end)
{
    char close = *p == '[' ? ']' : *p;
    for (p++; p < end; p++) {
        if (*p == close) {
            if (close != ']' && p + 1 < end && p[1] == close) { /* doubled quote */
                p++;
                continue;
            }
            return p + 1;
        }
    }
    return end;
}

const char *sqllex_skip_comment(const char *p, const char *end)
{
    if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        return nl ? nl : end;
    }
    if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
        for (const char *q = p + 2; q + 1 < end; q++)
            if (q[0] == '*' && q[1] == '/')
                return q + 2;
        return end;
    }
    return p;
}

const char *sqllex_skip_blank(const char *p, const char *end)
{
    for (;;) {
        while (p < end && isspace((unsigned char)*p))
            p++;
        const char *q = sqllex_skip_comment(p, end);
        if (q == p)
            return p;
        p = q;
    }
}

/* Two-byte operators kept as one token ("::" matters to casts, the rest to not splitting). */
static const char *const two_byte_ops[] = {"::", "||", "<=", ">=", "<>", "!=", "==", "->"};

/* Length of the number at p: digits, letters (hex, exponent, suffix), '.', and an exponent's
 * sign. */
static size_t number_len(const char *p, const char *end)
{
    size_t n = 0;
    while (p + n < end && (isalnum((unsigned char)p[n]) || p[n] == '.' ||
                           ((p[n] == '+' || p[n] == '-') && n > 0 &&
                            (p[n - 1] == 'e' || p[n - 1] == 'E'))))
        n++;
    return n;
}

const char *sqllex_next(const char *p, const char *end, enum sqllex_kind *kind, size_t *len)
{
    p = sqllex_skip_blank(p, end);
    *len = 0;
    *kind = SQLLEX_PUNCT;
    if (p >= end)
        return end;
    unsigned char c = (unsigned char)*p;
    int two = end - p >= 2;
    if (c == '\'' || c == '"' || c == '`' || c == '[') {
        *kind = c == '\'' ? SQLLEX_STRING : SQLLEX_QIDENT;
        *len = (size_t)(sqllex_skip_quoted(p, end) - p);
    } else if (isdigit(c) || (c == '.' && two && isdigit((unsigned char)p[1]))) {
        *kind = SQLLEX_NUMBER;
        *len = number_len(p, end);
    } else if (c == '$' && two && p[1] == '*') { /* a dialect rule's "all arguments" capture */
        *kind = SQLLEX_WORD;
        *len = 2;
    } else if (sqllex_is_word_byte((char)c)) {
        *kind = SQLLEX_WORD;
        while (p + *len < end && sqllex_is_word_byte(p[*len]))
            (*len)++;
    } else {
        *len = 1;
        for (size_t i = 0; two && i < sizeof two_byte_ops / sizeof two_byte_ops[0]; i++)
            if (p[0] == two_byte_ops[i][0] && p[1] == two_byte_ops[i][1])
                *len = 2;
    }
    return p;
}

/* ---- keywords ---- */

#define Q SQLLEX_KW_QUERY
#define R SQLLEX_KW_RESERVED
#define W SQLLEX_KW_WRITE

/* Every SQL word genbi knows, sorted, with its classes. Query words are those that structure a
 * SELECT in any of the dialects (and T-SQL's TOP, which the fixer translates); reserved words
 * are those a name must be quoted for in SQLite, PostgreSQL or MySQL 8 (window and MySQL's
 * RANGE, RANK, ROWS, OVER, PARTITION included), plus standard SQL's CURRENT, DATE and TIME,
 * which tier 0 has always quoted; writing words open statements that are refused. */
static const struct keyword {
    const char *word;
    unsigned classes;
} keywords[] = {
    {"abort", W}, {"all", Q|R}, {"alter", W}, {"analyse", W}, {"analyze", W}, {"and", Q|R},
    {"as", Q|R}, {"asc", Q|R}, {"attach", W}, {"begin", W}, {"between", Q|R}, {"by", Q|R},
    {"call", W}, {"case", Q|R}, {"change", W}, {"check", R}, {"checkpoint", W}, {"cluster", W},
    {"collate", R}, {"column", R}, {"comment", W}, {"commit", W}, {"constraint", R}, {"copy", W},
    {"create", R|W}, {"cross", Q|R}, {"current", R}, {"date", R}, {"deallocate", W}, {"declare", W},
    {"default", R}, {"delete", R|W}, {"desc", Q|R}, {"detach", W}, {"discard", W},
    {"distinct", Q|R}, {"do", W}, {"drop", R|W}, {"else", Q|R}, {"end", Q|R|W}, {"escape", Q},
    {"except", Q|R}, {"exec", W}, {"execute", W}, {"exists", Q|R}, {"fetch", Q|R}, {"flush", W},
    {"foreign", R}, {"from", Q|R}, {"full", Q|R}, {"glob", Q}, {"grant", W}, {"group", Q|R},
    {"handler", W}, {"having", Q|R}, {"ilike", Q|R}, {"import", W}, {"in", Q|R}, {"index", R},
    {"inner", Q|R}, {"insert", R|W}, {"install", W}, {"intersect", Q|R}, {"into", Q|R}, {"is", Q|R},
    {"join", Q|R}, {"key", R}, {"kill", W}, {"left", Q|R}, {"like", Q|R}, {"limit", Q|R},
    {"listen", W}, {"load", W}, {"lock", W}, {"merge", W}, {"natural", Q|R}, {"not", Q|R},
    {"notify", W}, {"null", Q|R}, {"nulls", Q}, {"offset", Q|R}, {"on", Q|R}, {"optimize", W},
    {"or", Q|R}, {"order", Q|R}, {"outer", Q|R}, {"over", Q|R}, {"partition", Q|R}, {"pragma", W},
    {"prepare", W}, {"primary", R}, {"purge", W}, {"qualify", Q}, {"range", R}, {"rank", R},
    {"reassign", W}, {"references", R}, {"refresh", W}, {"reindex", W}, {"release", W},
    {"rename", W}, {"repair", W}, {"replace", W}, {"reset", W}, {"returning", Q|R}, {"revoke", W},
    {"right", Q|R}, {"rollback", W}, {"rows", R}, {"savepoint", W}, {"security", W},
    {"select", Q|R}, {"set", Q|R|W}, {"shutdown", W}, {"start", W}, {"table", R}, {"then", Q|R},
    {"time", R}, {"to", R}, {"top", Q}, {"truncate", W}, {"uninstall", W}, {"union", Q|R},
    {"unique", R}, {"unlisten", W}, {"unlock", W}, {"update", R|W}, {"upsert", W}, {"use", W},
    {"user", R}, {"using", Q|R}, {"vacuum", W}, {"values", Q|R}, {"when", Q|R}, {"where", Q|R},
    {"window", Q|R}, {"with", Q|R}, {"xa", W},
};

#undef Q
#undef R
#undef W

struct key {
    const char *w;
    size_t n;
};

static int keyword_cmp(const void *k, const void *elem)
{
    const struct key *key = k;
    const char *word = ((const struct keyword *)elem)->word;
    int c = strncasecmp(key->w, word, key->n);
    if (c)
        return c;
    return word[key->n] ? -1 : 0; /* key is a proper prefix of word */
}

unsigned sqllex_keyword(const char *w, size_t n)
{
    struct key key = {w, n};
    if (!n || n > 16)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!w[i])
            return 0;
    const struct keyword *k =
        bsearch(&key, keywords, sizeof keywords / sizeof keywords[0], sizeof keywords[0],
                keyword_cmp);
    return k ? k->classes : 0;
}

int sqllex_is_keyword(const char *w, size_t n)
{
    return (sqllex_keyword(w, n) & SQLLEX_KW_QUERY) != 0;
}

int sqllex_is_reserved(const char *w, size_t n)
{
    return (sqllex_keyword(w, n) & SQLLEX_KW_RESERVED) != 0;
}
