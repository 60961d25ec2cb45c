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

/* The cue classes each check reads (util/question's cue table) and the flag it raises. */
static const struct {
    unsigned cue;
    unsigned flag;
} asks[] = {
    {QCUE_COUNT, CONSIST_COUNT},     {QCUE_NEG, CONSIST_NEGATION},  {QCUE_ORDER, CONSIST_ORDER},
    {QCUE_GROUP, CONSIST_GROUP},     {QCUE_EXTREME, CONSIST_EXTREME},
    {QCUE_DISTINCT, CONSIST_DISTINCT},
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

static int literal_missing(const struct question *qs, const char *sql)
{
    for (size_t i = 0; i < qs->n_values; i++)
        if (!contains_ci(sql, qs->values[i]))
            return 1;
    for (size_t i = 0; i < qs->n_words; i++) {
        const char *w = qs->words[i].w;
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

unsigned consistency_check(const struct question *question, const char *sql,
                           const struct schema *s)
{
    if (!question || !sql)
        return 0;
    struct fx_sql q;
    if (fx_parse(sql, s, &q))
        return 0;
    unsigned asked = 0;
    for (size_t i = 0; i < sizeof asks / sizeof asks[0]; i++)
        if (question->cues & asks[i].cue)
            asked |= asks[i].flag;
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
    if (literal_missing(question, sql))
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
