/* Question/SQL consistency: the question's cue words against what the SQL text does, and the
 * columns a query joins on against the schema's foreign keys. A flag is evidence, not proof:
 * the supervisor weighs it (consistency_weight) against agreement between tiers. The weights
 * were measured on recorded outputs of published systems (docs/cost.md). */
#include "analyze/consistency.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "analyze/fix_int.h"

#include "util/banned.h"

#define MAX_WORDS 160
#define WORD_BYTES 32
#define MAX_QUOTED 8
#define QUOTED_BYTES 128

/* A cue: the words of the question (a phrase, matched as whole words) that ask for something
 * the SQL must then contain. */
struct cue {
    unsigned flag;
    const char *phrase;
};

static const struct cue cues[] = {
    {CONSIST_COUNT, "how many"},     {CONSIST_COUNT, "number of"},
    {CONSIST_COUNT, "count"},        {CONSIST_NEGATION, "not"},
    {CONSIST_NEGATION, "never"},     {CONSIST_NEGATION, "without"},
    {CONSIST_NEGATION, "except"},    {CONSIST_NEGATION, "no"},
    {CONSIST_NEGATION, "none"},      {CONSIST_NEGATION, "neither"},
    {CONSIST_NEGATION, "nor"},       {CONSIST_NEGATION, "excluding"},
    {CONSIST_NEGATION, "don't"},     {CONSIST_NEGATION, "doesn't"},
    {CONSIST_NEGATION, "didn't"},    {CONSIST_NEGATION, "haven't"},
    {CONSIST_NEGATION, "hasn't"},    {CONSIST_NEGATION, "isn't"},
    {CONSIST_NEGATION, "aren't"},    {CONSIST_NEGATION, "wasn't"},
    {CONSIST_NEGATION, "weren't"},   {CONSIST_NEGATION, "cannot"},
    {CONSIST_NEGATION, "can't"},     {CONSIST_NEGATION, "won't"},
    {CONSIST_ORDER, "sorted"},       {CONSIST_ORDER, "sort"},
    {CONSIST_ORDER, "descending"},   {CONSIST_ORDER, "ascending"},
    {CONSIST_ORDER, "alphabetical"}, {CONSIST_ORDER, "alphabetically"},
    {CONSIST_ORDER, "in order of"},  {CONSIST_ORDER, "ordered by"},
    {CONSIST_ORDER, "order by"},     {CONSIST_GROUP, "for each"},
    {CONSIST_GROUP, "for every"},    {CONSIST_GROUP, "per"},
    {CONSIST_GROUP, "each"},         {CONSIST_EXTREME, "most"},
    {CONSIST_EXTREME, "least"},      {CONSIST_EXTREME, "highest"},
    {CONSIST_EXTREME, "lowest"},     {CONSIST_EXTREME, "largest"},
    {CONSIST_EXTREME, "smallest"},   {CONSIST_EXTREME, "biggest"},
    {CONSIST_EXTREME, "greatest"},   {CONSIST_EXTREME, "maximum"},
    {CONSIST_EXTREME, "minimum"},    {CONSIST_EXTREME, "top"},
    {CONSIST_EXTREME, "fewest"},     {CONSIST_EXTREME, "best"},
    {CONSIST_EXTREME, "worst"},      {CONSIST_EXTREME, "youngest"},
    {CONSIST_EXTREME, "oldest"},     {CONSIST_EXTREME, "longest"},
    {CONSIST_EXTREME, "shortest"},   {CONSIST_EXTREME, "earliest"},
    {CONSIST_EXTREME, "latest"},     {CONSIST_EXTREME, "newest"},
    {CONSIST_EXTREME, "cheapest"},   {CONSIST_DISTINCT, "distinct"},
    {CONSIST_DISTINCT, "different"}, {CONSIST_DISTINCT, "unique"},
};

/* Per check: its name and its weight as evidence that the answer is wrong. From recorded
 * outputs (docs/cost.md): the checks at 1 flagged answers a stronger model corrected clearly
 * more often than ones it broke; those at 0.5 only slightly more often. With the default tier
 * confidence (0.85) and consistency_penalty (0.15) either weight sends the answer on. */
static const struct {
    unsigned flag;
    const char *name;
    double weight;
} checks[] = {
    {CONSIST_COUNT, "count", 1.0},     {CONSIST_NEGATION, "negation", 1.0},
    {CONSIST_LITERAL, "literal", 1.0}, {CONSIST_ORDER, "order", 1.0},
    {CONSIST_LINK, "link", 1.0},       {CONSIST_GROUP, "group", 0.5},
    {CONSIST_EXTREME, "extreme", 0.5}, {CONSIST_DISTINCT, "distinct", 0.5},
};

#define N_CHECKS (sizeof checks / sizeof checks[0])

struct words {
    char w[MAX_WORDS][WORD_BYTES];
    size_t n;
};

/* Lower-case words of letters, digits and apostrophes (a typographic apostrophe counts); a
 * number keeps its decimal point and drops its thousands separators ("1,500.5" -> "1500.5"). */
static void split_words(const char *q, struct words *ws)
{
    ws->n = 0;
    const unsigned char *p = (const unsigned char *)q;
    while (*p && ws->n < MAX_WORDS) {
        size_t k = 0;
        char *w = ws->w[ws->n];
        for (;;) {
            int in_number = *p && k > 0 && isdigit((unsigned char)w[k - 1]) && isdigit(p[1]);
            if (isalnum(*p) || (*p == '\'' && k > 0 && isalpha(p[1])) || (*p == '.' && in_number)) {
                if (k + 1 < WORD_BYTES)
                    w[k++] = (char)tolower(*p);
                p++;
            } else if (*p == ',' && in_number) {
                p++;
            } else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99 && k > 0 && isalpha(p[3])) {
                if (k + 1 < WORD_BYTES)
                    w[k++] = '\'';
                p += 3;
            } else {
                break;
            }
        }
        w[k] = '\0';
        if (k)
            ws->n++;
        else
            p++;
    }
}

/* The phrase's words occur consecutively in ws. */
static int has_phrase(const struct words *ws, const char *phrase)
{
    char pw[4][WORD_BYTES];
    size_t np = 0;
    for (const char *p = phrase; *p && np < 4;) {
        size_t n = strcspn(p, " ");
        snprintf(pw[np++], WORD_BYTES, "%.*s", (int)n, p);
        p += n;
        p += strspn(p, " ");
    }
    for (size_t i = 0; i + np <= ws->n; i++) {
        size_t k = 0;
        while (k < np && strcmp(ws->w[i + k], pw[k]) == 0)
            k++;
        if (k == np)
            return 1;
    }
    return 0;
}

/* ---- what the SQL does ---- */

static int sql_has_call(const struct fx_sql *q, const char *fn)
{
    for (size_t i = 0; i + 1 < q->n; i++)
        if (fx_is(q, i, fn) && fx_is(q, i + 1, "("))
            return 1;
    return 0;
}

static int sql_has_pair(const struct fx_sql *q, const char *a, const char *b)
{
    for (size_t i = 0; i + 1 < q->n; i++)
        if (fx_is(q, i, a) && fx_is(q, i + 1, b))
            return 1;
    return 0;
}

static int sql_has_word(const struct fx_sql *q, const char *w)
{
    for (size_t i = 0; i < q->n; i++)
        if (fx_is(q, i, w))
            return 1;
    return 0;
}

static int sql_negates(const struct fx_sql *q)
{
    return sql_has_word(q, "not") || sql_has_word(q, "!=") || sql_has_word(q, "<>") ||
           sql_has_word(q, "except");
}

static int sql_extreme(const struct fx_sql *q)
{
    return sql_has_word(q, "limit") || sql_has_call(q, "max") || sql_has_call(q, "min") ||
           sql_has_pair(q, "order", "by");
}

/* ---- literals ---- */

/* Does the digit run num[0..n) occur in sql, not as part of a longer digit run? */
static int sql_has_number(const char *sql, const char *num, size_t n)
{
    for (const char *p = sql; (p = strstr(p, num)) != NULL; p++) {
        int before = p > sql && (isdigit((unsigned char)p[-1]) || p[-1] == '.');
        int after =
            isdigit((unsigned char)p[n]) || (p[n] == '.' && isdigit((unsigned char)p[n + 1]));
        if (!before && !after)
            return 1;
    }
    return 0;
}

/* Case-insensitive substring. */
static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return 1;
    for (const char *p = hay; *p; p++)
        if (strncasecmp(p, needle, n) == 0)
            return 1;
    return 0;
}

/* Collects the values the question quotes: '...', "..." and “...”. An opening quote follows the
 * start or a non-alphanumeric byte and a closing one precedes the end or one, so that the
 * apostrophes of "the singer's age" quote nothing. */
static size_t quoted_values(const char *q, char out[MAX_QUOTED][QUOTED_BYTES])
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)q;
    const unsigned char *start = p;
    while (*p && n < MAX_QUOTED) {
        size_t open = 0;
        const char *close = NULL;
        if ((*p == '\'' || *p == '"') && (p == start || !isalnum(p[-1]))) {
            open = 1;
            close = *p == '\'' ? "'" : "\"";
        } else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9C) {
            open = 3;
            close = "\xE2\x80\x9D";
        }
        if (!open) {
            p++;
            continue;
        }
        const unsigned char *b = p + open, *e = b;
        size_t cl = strlen(close);
        while (*e && !(strncmp((const char *)e, close, cl) == 0 && !isalnum(e[cl])))
            e++;
        if (!*e) {
            p += open;
            continue;
        }
        while (b < e && isspace(*b))
            b++;
        const unsigned char *t = e;
        while (t > b && isspace(t[-1]))
            t--;
        if (t > b && (size_t)(t - b) < QUOTED_BYTES)
            snprintf(out[n++], QUOTED_BYTES, "%.*s", (int)(t - b), (const char *)b);
        p = e + cl;
    }
    return n;
}

static int literal_missing(const char *question, const struct words *ws, const char *sql)
{
    char quoted[MAX_QUOTED][QUOTED_BYTES];
    size_t nq = quoted_values(question, quoted);
    for (size_t i = 0; i < nq; i++)
        if (!contains_ci(sql, quoted[i]))
            return 1;
    for (size_t i = 0; i < ws->n; i++) {
        const char *w = ws->w[i];
        size_t k = strspn(w, "0123456789.");
        if (!k || w[k] || !isdigit((unsigned char)w[0]))
            continue;
        if (!sql_has_number(sql, w, k))
            return 1;
    }
    return 0;
}

/* ---- columns a query links ---- */

struct colref {
    int table, col; /* schema indexes; -1 when unresolved */
};

/* Resolves the column reference at token i (qual.col or col) seen from its scope; *next is the
 * token after it. Returns 0 when token i is not a column reference. */
static int parse_colref(const struct fx_sql *q, const struct schema *s, size_t i, size_t *next,
                        struct colref *out)
{
    out->table = out->col = -1;
    if (!fx_is_ident(q, i) || (i > 0 && fx_is(q, i - 1, ".")))
        return 0;
    char a[128], b[128];
    fx_ident(q, i, a, sizeof a);
    if (q->t[i].type == SQLLEX_WORD && sqllex_is_keyword(a, strlen(a)))
        return 0;
    int sc = q->t[i].scope;
    if (fx_is(q, i + 1, ".") && fx_is_ident(q, i + 2)) {
        fx_ident(q, i + 2, b, sizeof b);
        *next = i + 3;
        const struct fx_tref *r = fx_resolve(q, sc, a);
        if (r && r->table >= 0) {
            int c = schema_find_column(&s->tables[r->table], b);
            if (c >= 0) {
                out->table = r->table;
                out->col = c;
            }
        }
        return 1;
    }
    if (fx_is(q, i + 1, "("))
        return 0; /* a function call */
    *next = i + 1;
    /* Unqualified: the innermost scope whose tables have the column, when exactly one does. */
    for (int k = sc; k >= 0; k = q->scopes[k].parent) {
        int hits = 0;
        const struct fx_scope *S = &q->scopes[k];
        for (size_t j = 0; j < S->n_refs; j++) {
            int t = S->refs[j].table;
            if (t < 0)
                continue;
            int c = schema_find_column(&s->tables[t], a);
            if (c >= 0 && !(hits && out->table == t)) {
                hits++;
                out->table = t;
                out->col = c;
            }
        }
        if (hits == 1)
            return 1;
        if (hits > 1) {
            out->table = out->col = -1;
            return 1;
        }
    }
    return 1;
}

static int refers_to(const struct schema *s, struct colref a, struct colref b)
{
    const struct schema_column *c = &s->tables[a.table].cols[a.col];
    if (!c->fk_table || strcasecmp(c->fk_table, s->tables[b.table].name) != 0)
        return 0;
    return !c->fk_column || strcasecmp(c->fk_column, s->tables[b.table].cols[b.col].name) == 0;
}

static int is_key(const struct schema *s, struct colref a)
{
    const struct schema_column *c = &s->tables[a.table].cols[a.col];
    return c->pk > 0 || c->fk_table != NULL;
}

/* Two columns a query equates are linked when they are the same column, one references the
 * other, or both reference the same column. Only pairs with a key on one side are judged:
 * comparing two plain values (two tables' "state") is a legitimate question. */
static int unlinked(const struct schema *s, struct colref a, struct colref b)
{
    if (a.table < 0 || b.table < 0)
        return 0;
    if (a.table == b.table && a.col == b.col)
        return 0;
    if (!is_key(s, a) && !is_key(s, b))
        return 0;
    if (refers_to(s, a, b) || refers_to(s, b, a))
        return 0;
    const struct schema_column *ca = &s->tables[a.table].cols[a.col];
    const struct schema_column *cb = &s->tables[b.table].cols[b.col];
    if (ca->fk_table && cb->fk_table && strcasecmp(ca->fk_table, cb->fk_table) == 0 &&
        (!ca->fk_column || !cb->fk_column || strcasecmp(ca->fk_column, cb->fk_column) == 0))
        return 0;
    return 1;
}

static int schema_has_fk(const struct schema *s)
{
    for (size_t t = 0; t < s->n_tables; t++)
        for (size_t c = 0; c < s->tables[t].n_cols; c++)
            if (s->tables[t].cols[c].fk_table)
                return 1;
    return 0;
}

/* `a = b` between two columns, and `a [NOT] IN (SELECT [DISTINCT] b ...)`. */
static int bad_link(const struct fx_sql *q, const struct schema *s)
{
    for (size_t i = 0; i < q->n; i++) {
        struct colref a, b;
        size_t j, k;
        if (!parse_colref(q, s, i, &j, &a))
            continue;
        if (fx_is(q, j, "=") || fx_is(q, j, "==")) {
            if (parse_colref(q, s, j + 1, &k, &b) && !fx_is(q, k, "(") && unlinked(s, a, b))
                return 1;
            continue;
        }
        if (fx_is(q, j, "not"))
            j++;
        if (fx_is(q, j, "in") && fx_is(q, j + 1, "(") && fx_is(q, j + 2, "select")) {
            size_t m = j + 3;
            if (fx_is(q, m, "distinct"))
                m++;
            if (parse_colref(q, s, m, &k, &b) && (fx_is(q, k, "from") || fx_is(q, k, "as")) &&
                unlinked(s, a, b))
                return 1;
        }
    }
    return 0;
}

unsigned consistency_check(const char *question, const char *sql, const struct schema *s)
{
    if (!question || !sql)
        return 0;
    struct words ws;
    split_words(question, &ws);
    struct fx_sql q;
    if (fx_parse(sql, s, &q))
        return 0;
    unsigned asked = 0;
    for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++)
        if (!(asked & cues[i].flag) && has_phrase(&ws, cues[i].phrase))
            asked |= cues[i].flag;
    unsigned f = 0;
    if ((asked & CONSIST_COUNT) && !sql_has_call(&q, "count"))
        f |= CONSIST_COUNT;
    if ((asked & CONSIST_NEGATION) && !sql_negates(&q))
        f |= CONSIST_NEGATION;
    if ((asked & CONSIST_ORDER) && !sql_has_pair(&q, "order", "by"))
        f |= CONSIST_ORDER;
    if ((asked & CONSIST_GROUP) && !sql_has_pair(&q, "group", "by"))
        f |= CONSIST_GROUP;
    if ((asked & CONSIST_EXTREME) && !sql_extreme(&q))
        f |= CONSIST_EXTREME;
    if ((asked & CONSIST_DISTINCT) && !sql_has_word(&q, "distinct") &&
        !sql_has_pair(&q, "group", "by"))
        f |= CONSIST_DISTINCT;
    if (literal_missing(question, &ws, sql))
        f |= CONSIST_LITERAL;
    if (s && schema_has_fk(s) && bad_link(&q, s))
        f |= CONSIST_LINK;
    fx_sql_free(&q);
    return f;
}

double consistency_weight(unsigned flags)
{
    double w = 0;
    for (size_t i = 0; i < N_CHECKS; i++)
        if (flags & checks[i].flag)
            w += checks[i].weight;
    return w > 1 ? 1 : w;
}

void consistency_str(unsigned flags, char *buf, size_t n)
{
    if (!n)
        return;
    buf[0] = '\0';
    size_t len = 0;
    for (size_t i = 0; i < N_CHECKS; i++) {
        if (!(flags & checks[i].flag))
            continue;
        int w = snprintf(buf + len, n - len, "%s%s", len ? ", " : "", checks[i].name);
        if (w < 0 || (size_t)w >= n - len) {
            buf[n - 1] = '\0';
            return;
        }
        len += (size_t)w;
    }
}
