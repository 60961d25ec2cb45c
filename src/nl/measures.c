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
#include "util/question.h"

#include "util/banned.h"

/* The lexicon entry a metric's words become: read like "revenue" (the highest, the most, by). */
static const struct nl_lex metric_lex = {"metric", NL_R_REVENUE, 0, 0};

/* ---- the layers' words ---- */

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

struct hit {
    size_t len;  /* tokens */
    size_t last; /* the last span covered */
    const struct semantic_metric *metric;
    const struct semantic_dimension *dim;
    int drafted;
};

/* A name or synonym of a metric or dimension, with its stemmed words. */
struct name {
    const char *text;
    struct words w;
    struct hit cand;
};

/* Kept with the schema (schema_ext_get()): the drafted layer, and the names of the file's layer
 * then of the draft, stemmed once per schema rather than once per question. */
struct layers {
    struct semantic *draft;
    struct name *v;
    size_t n, cap, n_file; /* the file's names come first */
    uint64_t file_serial;  /* of the file's layer they were read from; 0: none */
};

static int names_add(struct layers *ly, const char *text, struct hit cand)
{
    if (ly->n == ly->cap) {
        size_t cap = ly->cap ? 2 * ly->cap : 32;
        struct name *v = realloc(ly->v, cap * sizeof *v);
        if (!v)
            return -1;
        ly->v = v;
        ly->cap = cap;
    }
    struct name *e = &ly->v[ly->n++];
    e->text = text;
    e->cand = cand;
    words_of(text, &e->w);
    return 0;
}

static int names_of_layer(struct layers *ly, const struct semantic *sm, int drafted)
{
    int rc = 0;
    for (size_t m = 0; sm && m < sm->n_metrics && !rc; m++) {
        struct hit c = {.metric = &sm->metrics[m], .drafted = drafted};
        rc = names_add(ly, sm->metrics[m].name, c);
        for (size_t k = 0; k < sm->metrics[m].synonyms.n && !rc; k++)
            rc = names_add(ly, sm->metrics[m].synonyms.items[k], c);
    }
    for (size_t d = 0; sm && d < sm->n_dims && !rc; d++) {
        struct hit c = {.dim = &sm->dims[d], .drafted = drafted};
        rc = names_add(ly, sm->dims[d].name, c);
        for (size_t k = 0; k < sm->dims[d].synonyms.n && !rc; k++)
            rc = names_add(ly, sm->dims[d].synonyms.items[k], c);
    }
    return rc;
}

static void free_layers(void *data)
{
    struct layers *ly = data;
    if (!ly)
        return;
    semantic_free(ly->draft);
    free(ly->v);
    free(ly);
}

static int build_layers(const struct schema *s, void **out)
{
    struct err e = {0};
    struct layers *ly = calloc(1, sizeof *ly);
    if (!ly || nl_semantic_draft(s, &ly->draft, &e) != 0 ||
        names_of_layer(ly, s->semantic, s->semantic && s->semantic->drafted) ||
        ((ly->n_file = ly->n), names_of_layer(ly, ly->draft, 1))) {
        free_layers(ly);
        return -1;
    }
    ly->file_serial = s->semantic ? s->semantic->serial : 0;
    *out = ly;
    return 0;
}

static const struct layers *layers_of(const struct schema *s)
{
    const void *ly = NULL;
    struct err e = {0};
    return schema_ext_get(s, build_layers, free_layers, &ly, &e) == 0 ? ly : NULL;
}

const struct semantic *t0_semantic_drafted(const struct schema *s)
{
    const struct layers *ly = layers_of(s);
    return ly ? ly->draft : NULL;
}

static int names_units(const struct semantic_metric *m)
{
    struct words w;
    int units = 0;
    for (size_t k = 0; k <= m->synonyms.n && !units; k++) {
        words_of(k == 0 ? m->name : m->synonyms.items[k - 1], &w);
        for (size_t j = 0; j < w.n && !units; j++)
            units = strcmp(w.stem[j], "unit") == 0 || strcmp(w.stem[j], "quantiti") == 0;
    }
    return units;
}

const struct semantic_metric *t0_units_metric(const struct schema *s, int *drafted)
{
    const struct semantic *layers[2] = {s->semantic, t0_semantic_drafted(s)};
    for (int l = 0; l < 2; l++) {
        const struct semantic_metric *found = NULL;
        int n = 0;
        for (size_t m = 0; layers[l] && m < layers[l]->n_metrics; m++)
            if (layers[l]->metrics[m].format == SEMANTIC_FMT_NUMBER &&
                names_units(&layers[l]->metrics[m])) {
                found = &layers[l]->metrics[m];
                n++;
            }
        if (n == 1) {
            *drafted = l == 1;
            return found;
        }
        if (n > 1)
            return NULL;
    }
    return NULL;
}

const struct semantic_metric *t0_revenue_metric(const struct schema *s, int *drafted)
{
    const struct semantic *layers[2] = {s->semantic, t0_semantic_drafted(s)};
    for (int l = 0; l < 2; l++) {
        const struct semantic_metric *money = NULL;
        int n_money = 0;
        for (size_t m = 0; layers[l] && m < layers[l]->n_metrics; m++) {
            const struct semantic_metric *mt = &layers[l]->metrics[m];
            int named = strcasecmp(mt->name, "revenue") == 0;
            for (size_t k = 0; k < mt->synonyms.n && !named; k++)
                named = strcasecmp(mt->synonyms.items[k], "revenue") == 0;
            if (named) {
                *drafted = l == 1;
                return mt;
            }
            if (mt->format == SEMANTIC_FMT_CURRENCY) {
                money = mt;
                n_money++;
            }
        }
        if (l == 0 && n_money == 1) { /* a file's one money metric ("billings") */
            *drafted = 0;
            return money;
        }
    }
    return NULL;
}

/* ---- linking the layer's words ---- */

/* The stems of the question's words as written (not a synonym's: a metric's own word wins). */
struct names {
    char tok[NL_MAX_TOKENS][NL_WORD_MAX];
    char full[NL_MAX_TOKENS][NL_WORD_MAX]; /* the stem of the word a short form stands for
                                              ("avg": "averag"), else "" */
};

/* The base of an irregular past form a metric's name may use as a verb ("total spend",
 * "units sold" is a past form already). */
static const char *verb_base(const char *w)
{
    static const char *const forms[][2] = {
        {"spent", "spend"}, {"bought", "buy"}, {"paid", "pay"}, {"earnt", "earn"}};
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        if (strcmp(w, forms[k][0]) == 0)
            return forms[k][1];
    return NULL;
}

/* Tokens from tok on spell w: how many tokens, or 0. */
static size_t match_words(const struct query *q, const struct names *nm, size_t n_toks, size_t tok,
                          const struct words *w)
{
    if (w->n == 0 || tok + w->n > n_toks || q->toks[tok].kind != NL_TOK_WORD)
        return 0;
    /* the first letter rules out most names before any strcmp */
    if (w->stem[0][0] != nm->tok[tok][0] && w->stem[0][0] != q->toks[tok].stem[0] &&
        w->stem[0][0] != nm->full[tok][0])
        return 0;
    for (size_t k = 0; k < w->n; k++) {
        const struct nl_token *t = &q->toks[tok + k];
        if (t->kind != NL_TOK_WORD)
            return 0;
        if (strcmp(nm->tok[tok + k], w->stem[k]) != 0 && strcmp(t->stem, w->stem[k]) != 0 &&
            strcmp(nm->full[tok + k], w->stem[k]) != 0)
            return 0;
    }
    return w->n;
}

/* The span that ends exactly at token end, from span i on, or (size_t)-1. */
static size_t span_ending(const struct query *q, size_t i, size_t end)
{
    for (size_t j = i; j < q->n && q->sp[j].tok < end; j++)
        if (q->sp[j].tok + q->sp[j].len == end)
            return j;
    return (size_t)-1;
}

static void try_name(const struct query *q, const struct names *nm, size_t n_toks, size_t i,
                     const struct name *e, struct hit *best)
{
    size_t len = match_words(q, nm, n_toks, q->sp[i].tok, &e->w);
    if (len == 0 || len <= best->len)
        return;
    size_t last = span_ending(q, i, q->sp[i].tok + len);
    if (last == (size_t)-1)
        return;
    /* a drafted word that is also the schema's own name ("sales" table, "revenue" column) is
     * the schema's */
    if (e->cand.drafted && last == i &&
        (q->sp[i].kind == NL_SPAN_TABLE || q->sp[i].kind == NL_SPAN_COLUMN) && !q->sp[i].partial)
        return;
    /* words that are a stored value ("Sales Representative" of a title) filter by it */
    size_t n_same = 0;
    if (schema_find_value(q->s, e->text, &n_same) >= 0)
        return;
    for (size_t j = i; j <= last; j++)
        if (q->sp[j].kind == NL_SPAN_VALUE)
            return;
    *best = e->cand;
    best->len = len;
    best->last = last;
}

/* A name of the file's layer starts at a span after i, up to last. */
static int file_name_within(const struct query *q, const struct names *nm, size_t n_toks, size_t i,
                            size_t last, const struct name *fv, size_t n_file)
{
    for (size_t j = i + 1; j <= last; j++) {
        struct hit h = {.len = 0};
        for (size_t k = 0; k < n_file; k++)
            try_name(q, nm, n_toks, j, &fv[k], &h);
        if (h.len)
            return 1;
    }
    return 0;
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
        int c =
            t >= 0 && h->dim->column ? schema_find_column(&q->s->tables[t], h->dim->column) : -1;
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
    const struct layers *ly = layers_of(q->s);
    if (!ly) {
        t0_doubt(q, P_WRONGISH, "out of memory reading the semantic layer");
        return;
    }
    /* a layer attached after the names were read (a test's, a reload's) is read now */
    struct layers file = {0};
    const struct name *fv = ly->v;
    size_t n_file = ly->n_file;
    if ((q->s->semantic ? q->s->semantic->serial : 0) != ly->file_serial) {
        if (names_of_layer(&file, q->s->semantic, q->s->semantic->drafted) != 0) {
            free(file.v);
            t0_doubt(q, P_WRONGISH, "out of memory reading the semantic layer");
            return;
        }
        fv = file.v;
        n_file = file.n;
    }
    if (n_file == 0 && ly->n == ly->n_file)
        return; /* no layer names anything */
    struct names *nm = malloc(sizeof *nm);
    if (!nm) {
        free(file.v);
        t0_doubt(q, P_WRONGISH, "out of memory reading the semantic layer");
        return;
    }
    for (size_t k = 0; k < n_toks && k < NL_MAX_TOKENS; k++) {
        nm->full[k][0] = '\0';
        if (q->toks[k].kind != NL_TOK_WORD)
            continue;
        nl_stem(q->toks[k].word, nm->tok[k], sizeof nm->tok[k]);
        const char *full = strlen(q->toks[k].word) >= 3 ? question_abbreviation(q->toks[k].word)
                                                        : NULL; /* not "no" for "number" */
        if (!full)
            full = verb_base(q->toks[k].word); /* "spent" names a metric called "spend" */
        if (full)
            nl_stem(full, nm->full[k], sizeof nm->full[k]);
    }
    for (size_t i = 0; i < q->n; i++) {
        struct hit best = {.len = 0};
        size_t tok = q->sp[i].tok;
        if (tok >= n_toks || tok >= NL_MAX_TOKENS || q->toks[tok].kind != NL_TOK_WORD)
            continue; /* no name starts here (match_words) */
        /* only names whose first stem starts with one of the word's first letters are tried */
        char a = nm->tok[tok][0], b = q->toks[tok].stem[0], c = nm->full[tok][0];
        for (size_t k = 0; k < n_file; k++)
            if (fv[k].w.n &&
                (fv[k].w.stem[0][0] == a || fv[k].w.stem[0][0] == b || fv[k].w.stem[0][0] == c))
                try_name(q, nm, n_toks, i, &fv[k], &best);
        /* a file's words come first; a draft only fills in */
        int from_file = best.len > 0;
        for (size_t k = best.len ? ly->n : ly->n_file; k < ly->n; k++)
            if (ly->v[k].w.n && (ly->v[k].w.stem[0][0] == a || ly->v[k].w.stem[0][0] == b ||
                                 ly->v[k].w.stem[0][0] == c))
                try_name(q, nm, n_toks, i, &ly->v[k], &best);
        if (best.len > 0 && !from_file && file_name_within(q, nm, n_toks, i, best.last, fv, n_file))
            continue; /* "total spent": the file's "spend", not the draft's "total spend" */
        if (best.len == 0)
            continue;
        size_t nx = best.last + 1;
        if (best.metric && best.metric->format == SEMANTIC_FMT_PERCENT && nx < q->n &&
            q->sp[nx].len == 1 && q->sp[nx].tok == q->sp[best.last].tok + q->sp[best.last].len &&
            (strcmp(q->toks[q->sp[nx].tok].word, "percentage") == 0 ||
             strcmp(q->toks[q->sp[nx].tok].word, "percent") == 0)) {
            best.last = nx; /* "gross margin percentage": the metric is one already */
            best.len++;
        }
        if (best.metric && q->metric && q->metric != best.metric)
            t0_doubt(q, P_UNSURE, "two measures: '%s' and '%s'", q->metric->name,
                     best.metric->name);
        if (best.metric && !q->metric) {
            q->metric = best.metric;
            q->metric_drafted = best.drafted;
        }
        merge(q, i, &best);
    }
    free(nm);
    free(file.v);
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

int t0_metric_is_sum(const struct semantic_metric *m)
{
    const char *expr = m ? m->expr : NULL;
    if (!expr || strncasecmp(expr, "SUM(", 4) != 0)
        return 0;
    int depth = 0;
    for (const char *p = expr + 3; *p; p++) {
        depth += (*p == '(') - (*p == ')');
        if (depth == 0)
            return p[1] == '\0';
    }
    return 0;
}

/* "revenue per plan" drafted on shop sales, while member payments are money of their own,
 * dated, two joins away: which of them is the revenue is the user's to say. The first table
 * other than t, two joins or more from it, whose name says it records money taken in
 * (payments, sales, invoices, charges, orders: not a placement, a device or an event with an
 * amount), with a date and an amount that is no price, salary or budget, and no people; -1
 * when none. The name is read first: it costs least. */
static int money_taken_elsewhere(const struct query *q, int t)
{
    static const char *const taken[] = {
        "pmt", "payment", "pay", "paid",     "sale", "receipt", "invoic", "inv",  "bill", "charg",
        "chg", "order",   "ord", "transact", "txn",  "collect", "donat",  "gift", "gft"};
    static const char *const rates[] = {"price",  "cost",  "rate", "salary", "wage",
                                        "budget", "limit", "goal", "target", "valu"};
    for (size_t u = 0; u < q->s->n_tables; u++) {
        int paid_in = 0, money = 0, amb = 0;
        for (size_t k = 0; k < q->ns->tables[u].n; k++)
            paid_in |= NL_WORD_IN(q->ns->tables[u].stem[k], taken);
        if ((int)u == t || !paid_in || t0_distance(q, t, (int)u) < 2 ||
            t0_person_table(q, (int)u) || t0_date_col(q, (int)u, &amb) < 0)
            continue;
        for (size_t c = 0; c < q->s->tables[u].n_cols && !money; c++)
            money = t0_col_is_money(q, (int)u, (int)c) && !t0_col_is_key(q, (int)u, (int)c) &&
                    !t0_col_has_any_word(q, (int)u, (int)c, rates, sizeof rates / sizeof rates[0]);
        if (money)
            return (int)u;
    }
    return -1;
}

int t0_metric_resolve(struct query *q, struct shape *sh, int *mt)
{
    const struct semantic_metric *m = q->metric;
    int t = metric_base(q, m);
    if (t < 0) {
        t0_doubt(q, P_WRONGISH, "the metric %s names no table of the schema", m->name);
        return -1;
    }
    if (q->agg != NL_AGG_SUM && q->agg != NL_AGG_NONE &&
        !(q->agg == NL_AGG_AVG && t0_per_table(q)) &&
        !(q->agg == NL_AGG_AVG && t0_period_said(q) && t0_metric_is_sum(m)))
        t0_doubt(q, P_UNSURE, "%s of the metric %s is not composed",
                 q->agg == NL_AGG_AVG ? "an average" : "an extreme", m->name);
    if (q->metric_drafted)
        t0_doubt(q, P_SLIGHT, "%s drafted from the column roles (%s)", m->name,
                 q->s->semantic && q->s->semantic->drafted
                     ? "a layer `semantic init` drafted, not yet reviewed"
                     : "no semantic layer file");
    if (q->metric_drafted && m->format == SEMANTIC_FMT_CURRENCY) {
        int other = money_taken_elsewhere(q, t);
        if (other >= 0)
            t0_doubt(q, P_UNSURE, "%s drafted on %s, and %s holds money too", m->name,
                     q->s->tables[t].name, q->s->tables[other].name);
    }
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

/* The metric's default filter k is on a column the question puts its own condition on:
 * "revenue from cancelled orders" asks for the rows the default (cancelled excluded) drops. */
static int filter_replaced(const struct query *q, const struct shape *sh, size_t k)
{
    for (size_t j = 0; j < q->nf; j++)
        if ((q->f[j].kind == FILTER_VALUE || q->f[j].kind == FILTER_NUM) && q->f[j].t >= 0 &&
            q->f[j].c >= 0 &&
            semantic_sql_uses_column(sh->metric->filters.items[k], q->s, q->f[j].t, q->f[j].c))
            return 1;
    return 0;
}

int t0_metric_put_filters(const struct query *q, const struct shape *sh, struct buf *b, int first,
                          int (*alias)(void *ctx, int table), void *ctx)
{
    const struct db_dialect *d = db_dialect_named(q->s->dialect);
    int rc = 0;
    for (size_t k = 0; k < sh->metric->filters.n; k++) {
        if (filter_replaced(q, sh, k))
            continue;
        buf_puts(b, first ? " WHERE (" : " AND (");
        first = 0;
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

/* "revenue = SUM(...) where orders.status <> 'cancelled' (quantity × price × (1 − discount),
 * cancelled orders excluded)" */
void t0_metric_explain(const struct query *q, const struct shape *sh, struct buf *x)
{
    const struct semantic_metric *m = sh->metric;
    buf_printf(x, "%s = %s", m->name, m->expr);
    int any = 0;
    for (size_t k = 0; k < m->filters.n; k++)
        if (!filter_replaced(q, sh, k))
            buf_printf(x, "%s%s", any++ ? " and " : " where ", m->filters.items[k]);
    if (m->description)
        buf_printf(x, " (%s)", m->description);
    for (size_t k = 0; k < m->filters.n; k++)
        if (filter_replaced(q, sh, k))
            buf_printf(x, " [the question's own condition replaces %s]", m->filters.items[k]);
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
int t0_edge_between(const struct query *q, int a, int b, struct edge *e)
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
                if (a < 0 || nb < 0 || nb == from || !t0_edge_between(q, a, nb, &e))
                    break;
                b->via[nb] = e;
                b->dist[nb] = b->dist[a] + 1;
                b->npaths[nb] = 1;
            }
        }
    }
}
