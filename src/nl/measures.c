/* nl tier 0, business measures: the metrics and dimensions of the database's semantic layer in a
 * question. A metric's name or synonym ("revenue", "average order value", "units sold") is read
 * as the measure, composed from the metric's own SQL with its default filters; a dimension's
 * synonym ("rep" for employees) links like the table or column it names, and its display
 * expression names the grouped rows.
 *
 * The metrics come from the layer file when the database has one; the draft that `genbi semantic
 * init` would write (draft.c, from column roles) fills in for whatever the file does not define,
 * so measures work on a database nobody described. A file's metric always wins over a drafted
 * one of the same words. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/dialect.h"
#include "nl/nl.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "semantic/semantic.h"
#include "util/buf.h"

#include "util/banned.h"

/* The lexicon entry a metric's words become: read like "revenue" (the highest, the most, by). */
static const struct nl_lex metric_lex = {"metric", NL_R_REVENUE, 0, 0};

static void free_layer(void *data)
{
    semantic_free(data);
}

static int build_draft(const struct schema *s, void **out)
{
    struct semantic *sm = NULL;
    struct err e = {0};
    if (nl_semantic_draft(s, &sm, &e) != 0)
        return -1;
    *out = sm;
    return 0;
}

const struct semantic *t0_semantic_drafted(const struct schema *s)
{
    const void *sm = NULL;
    struct err e = {0};
    return schema_ext_get(s, build_draft, free_layer, &sm, &e) == 0 ? sm : NULL;
}

/* ---- linking the layer's words ---- */

struct words {
    char stem[NL_MAX_PHRASE][NL_WORD_MAX];
    size_t n;
};

/* The stemmed words of a name ("Average order value"); 0 words when it has too many. */
static void words_of(const char *text, struct words *w)
{
    char word[NL_WORD_MAX];
    size_t len = 0;
    w->n = 0;
    for (const char *p = text;; p++) {
        if (*p && (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80)) {
            if (len + 1 < sizeof word)
                word[len++] = (char)tolower((unsigned char)*p);
            continue;
        }
        if (len) {
            if (w->n == NL_MAX_PHRASE) {
                w->n = 0;
                return;
            }
            word[len] = '\0';
            nl_stem(word, w->stem[w->n++], NL_WORD_MAX);
            len = 0;
        }
        if (!*p)
            return;
    }
}

/* Tokens from tok on spell w: how many tokens, or 0. */
static size_t match_words(const struct query *q, size_t n_toks, size_t tok, const struct words *w)
{
    char st[NL_WORD_MAX];
    if (w->n == 0 || tok + w->n > n_toks)
        return 0;
    for (size_t k = 0; k < w->n; k++) {
        const struct nl_token *t = &q->toks[tok + k];
        if (t->kind != NL_TOK_WORD)
            return 0;
        nl_stem(t->word, st, sizeof st);
        if (strcmp(st, w->stem[k]) != 0 && strcmp(t->stem, w->stem[k]) != 0)
            return 0;
    }
    return w->n;
}

struct hit {
    size_t len;      /* tokens */
    size_t last;     /* the last span covered */
    const struct semantic_metric *metric;
    const struct semantic_dimension *dim;
    int drafted;
};

/* The span that ends exactly at token end, from span i on, or (size_t)-1. */
static size_t span_ending(const struct query *q, size_t i, size_t end)
{
    for (size_t j = i; j < q->n && q->sp[j].tok < end; j++)
        if (q->sp[j].tok + q->sp[j].len == end)
            return j;
    return (size_t)-1;
}

static void try_name(const struct query *q, size_t n_toks, size_t i, const char *name,
                     struct hit *best, struct hit cand)
{
    struct words w;
    words_of(name, &w);
    size_t len = match_words(q, n_toks, q->sp[i].tok, &w);
    if (len == 0 || len <= best->len)
        return;
    size_t last = span_ending(q, i, q->sp[i].tok + len);
    if (last == (size_t)-1)
        return;
    /* a drafted word that is also the schema's own name ("sales" table, "revenue" column) is
     * the schema's */
    if (cand.drafted && last == i &&
        (q->sp[i].kind == NL_SPAN_TABLE || q->sp[i].kind == NL_SPAN_COLUMN) && !q->sp[i].partial)
        return;
    /* words that are a stored value ("Sales Representative" of a title) filter by it */
    size_t n_same = 0;
    if (schema_find_value(q->s, name, &n_same) >= 0)
        return;
    for (size_t k = i; k <= last; k++)
        if (q->sp[k].kind == NL_SPAN_VALUE)
            return;
    cand.len = len;
    cand.last = last;
    *best = cand;
}

static void try_layer(const struct query *q, size_t n_toks, size_t i, const struct semantic *sm,
                      int drafted, struct hit *best)
{
    for (size_t m = 0; sm && m < sm->n_metrics; m++) {
        struct hit c = {.metric = &sm->metrics[m], .drafted = drafted};
        try_name(q, n_toks, i, sm->metrics[m].name, best, c);
        for (size_t k = 0; k < sm->metrics[m].synonyms.n; k++)
            try_name(q, n_toks, i, sm->metrics[m].synonyms.items[k], best, c);
    }
    for (size_t d = 0; sm && d < sm->n_dims; d++) {
        struct hit c = {.dim = &sm->dims[d], .drafted = drafted};
        try_name(q, n_toks, i, sm->dims[d].name, best, c);
        for (size_t k = 0; k < sm->dims[d].synonyms.n; k++)
            try_name(q, n_toks, i, sm->dims[d].synonyms.items[k], best, c);
    }
}

/* Spans i..h->last become one span for what h found. */
static void merge(struct query *q, size_t i, const struct hit *h)
{
    struct nl_span one;
    memset(&one, 0, sizeof one);
    one.tok = q->sp[i].tok;
    one.len = h->len;
    one.synonym = h->drafted; /* a file's synonym was declared by a person: no doubt */
    if (h->metric) {
        one.kind = NL_SPAN_LEX;
        one.lex = &metric_lex;
    } else {
        int t = schema_find_table(q->s, h->dim->table);
        int c = t >= 0 && h->dim->column ? schema_find_column(&q->s->tables[t], h->dim->column)
                                         : -1;
        one.kind = c >= 0 ? NL_SPAN_COLUMN : NL_SPAN_TABLE;
        one.cand[0] = (struct nl_cand){t, c, NULL};
        one.n_cand = t >= 0;
        if (t < 0)
            one.kind = NL_SPAN_UNKNOWN;
    }
    size_t gone = h->last - i;
    q->sp[i] = one;
    memmove(q->sp + i + 1, q->sp + h->last + 1, (q->n - h->last - 1) * sizeof *q->sp);
    q->n -= gone;
}

void t0_semantic_link(struct query *q, size_t n_toks)
{
    const struct semantic *file = q->s->semantic, *draft = t0_semantic_drafted(q->s);
    for (size_t i = 0; i < q->n; i++) {
        struct hit best = {.len = 0};
        try_layer(q, n_toks, i, file, 0, &best);
        if (best.len == 0) /* a file's words come first; a draft only fills in */
            try_layer(q, n_toks, i, draft, 1, &best);
        if (best.len == 0)
            continue;
        if (best.metric && q->metric && q->metric != best.metric)
            t0_doubt(q, P_UNSURE, "two measures: '%s' and '%s'", q->metric->name,
                     best.metric->name);
        if (best.metric && !q->metric) {
            q->metric = best.metric;
            q->metric_drafted = best.drafted;
        }
        merge(q, i, &best);
    }
}

/* ---- resolving and composing ---- */

/* The table a metric's rows come from. */
static int metric_base(const struct query *q, const struct semantic_metric *m)
{
    int t = m->table ? schema_find_table(q->s, m->table) : -1;
    if (t < 0 && semantic_sql_tables(m->expr, q->s, &t, 1) == 0)
        t = -1;
    return t;
}

int t0_metric_resolve(struct query *q, struct shape *sh, int *mt)
{
    const struct semantic_metric *m = q->metric;
    int t = metric_base(q, m);
    if (t < 0) {
        t0_doubt(q, P_WRONGISH, "the metric %s names no table of the schema", m->name);
        return -1;
    }
    if (q->agg != NL_AGG_SUM && q->agg != NL_AGG_NONE)
        t0_doubt(q, P_UNSURE, "%s of the metric %s is not composed",
                 q->agg == NL_AGG_AVG ? "an average" : "an extreme", m->name);
    if (q->metric_drafted)
        t0_doubt(q, P_SLIGHT, "%s drafted from the column roles (no semantic layer file)",
                 m->name);
    if (q->metric_drafted && m->format == SEMANTIC_FMT_PERCENT)
        t0_doubt(q, P_UNSURE, "a drafted ratio: a percentage or a fraction is not known");
    *mt = t;
    sh->metric = m;
    sh->revenue = 1; /* composed, named and ranked like revenue: one measure, no column */
    return 0;
}

int t0_metric_put(const struct query *q, const struct shape *sh, struct buf *b,
                  int (*alias)(void *ctx, int table), void *ctx)
{
    const struct db_dialect *d = db_dialect_named(q->s->dialect);
    buf_putc(b, '(');
    int rc = semantic_put_sql(b, sh->metric->expr, q->s, d, alias, ctx);
    buf_putc(b, ')');
    return rc;
}

int t0_metric_put_filters(const struct query *q, const struct shape *sh, struct buf *b, int first,
                          int (*alias)(void *ctx, int table), void *ctx)
{
    const struct db_dialect *d = db_dialect_named(q->s->dialect);
    int rc = 0;
    for (size_t k = 0; k < sh->metric->filters.n; k++) {
        buf_puts(b, first && k == 0 ? " WHERE (" : " AND (");
        rc |= semantic_put_sql(b, sh->metric->filters.items[k], q->s, d, alias, ctx);
        buf_putc(b, ')');
    }
    return rc;
}

int t0_metric_join(const struct query *q, const struct shape *sh,
                   int (*alias)(void *ctx, int table), void *ctx)
{
    int t[SEMANTIC_MAX_LIST];
    size_t n = semantic_sql_tables(sh->metric->expr, q->s, t, SEMANTIC_MAX_LIST);
    for (size_t k = 0; k < sh->metric->filters.n && n < SEMANTIC_MAX_LIST; k++)
        n += semantic_sql_tables(sh->metric->filters.items[k], q->s, t + n, SEMANTIC_MAX_LIST - n);
    for (size_t k = 0; k < n; k++)
        if (alias(ctx, t[k]) <= 0)
            return -1;
    return 0;
}

void t0_metric_alias(const struct shape *sh, char *out, size_t cap)
{
    size_t n = 0;
    for (const char *p = sh->metric->name; *p && n + 1 < cap; p++)
        out[n++] = isalnum((unsigned char)*p) ? (char)tolower((unsigned char)*p) : '_';
    out[n] = '\0';
}

/* "revenue = SUM(...) where orders.status <> 'cancelled' (quantity × price × (1 − discount),
 * cancelled orders excluded)" */
void t0_metric_explain(const struct query *q, const struct shape *sh, struct buf *x)
{
    const struct semantic_metric *m = sh->metric;
    buf_printf(x, "%s = %s", m->name, m->expr);
    for (size_t k = 0; k < m->filters.n; k++)
        buf_printf(x, "%s%s", k ? " and " : " where ", m->filters.items[k]);
    if (m->description)
        buf_printf(x, " (%s)", m->description);
    buf_puts(x, q->metric_drafted ? " [metric drafted from the columns]"
                                  : " [metric from the semantic layer]");
}

/* ---- dimensions and joins ---- */

int t0_dim_put_display(const struct query *q, int t, struct buf *b, int named,
                       int (*alias)(void *ctx, int table), void *ctx)
{
    const struct semantic *sm = q->s->semantic;
    const struct db_dialect *d = db_dialect_named(q->s->dialect);
    for (size_t k = 0; sm && k < sm->n_dims; k++) {
        const struct semantic_dimension *dim = &sm->dims[k];
        if (!dim->display || dim->column || schema_find_table(q->s, dim->table) != t)
            continue;
        int rc = semantic_put_sql(b, dim->display, q->s, d, alias, ctx);
        if (named) {
            buf_puts(b, " AS ");
            db_dialect_put_ident(b, d, dim->name);
        }
        return rc == 0 ? 1 : -1;
    }
    return 0;
}

/* The FK edge between tables a (reached) and b (next), either way; 0 when none. */
static int edge_between(const struct query *q, int a, int b, struct edge *e)
{
    for (int dir = 0; dir < 2; dir++) {
        int owner = dir == 0 ? a : b, other = dir == 0 ? b : a;
        const struct schema_table *ot = &q->s->tables[owner];
        for (size_t c = 0; c < ot->n_cols; c++) {
            size_t fi = q->ns->col_base[owner] + c;
            if (q->ns->fk_target[fi] == other) {
                *e = (struct edge){a, b, owner, (int)c, q->ns->fk_target_col[fi]};
                return 1;
            }
        }
    }
    return 0;
}

int t0_semantic_on_path(const struct query *q, int t)
{
    const struct semantic *sm = q->s->semantic;
    for (size_t j = 0; sm && j < sm->n_joins; j++)
        for (size_t k = 0; k < sm->joins[j].n; k++)
            if (schema_find_table(q->s, sm->joins[j].items[k]) == t)
                return 1;
    return 0;
}

void t0_semantic_prefer_joins(const struct query *q, struct bfs *b, int from)
{
    const struct semantic *sm = q->s->semantic;
    for (size_t j = 0; sm && from >= 0 && j < sm->n_joins; j++) {
        const struct semantic_list *p = &sm->joins[j];
        int t[SEMANTIC_MAX_LIST];
        size_t at = p->n;
        for (size_t k = 0; k < p->n; k++) {
            t[k] = schema_find_table(q->s, p->items[k]);
            if (t[k] == from)
                at = k;
        }
        /* from the start table outwards, both ways along the path */
        for (int dir = -1; at < p->n && dir <= 1; dir += 2) {
            for (size_t k = at; dir > 0 ? k + 1 < p->n : k > 0; k = dir > 0 ? k + 1 : k - 1) {
                int a = t[k], nb = t[dir > 0 ? k + 1 : k - 1];
                struct edge e;
                if (a < 0 || nb < 0 || nb == from || !edge_between(q, a, nb, &e))
                    break;
                b->via[nb] = e;
                b->dist[nb] = b->dist[a] + 1;
                b->npaths[nb] = 1;
            }
        }
    }
}
