/* The relevance index of one schema: what schema selection needs precomputed so a question costs
 * a few hash lookups and a walk over short posting lists, even with hundreds of tables.
 *
 * Each table is one BM25 document made of the stemmed words of its name, its columns' names
 * (split on _ and camelCase, common abbreviations expanded), their comments and the glossary
 * terms that point at it, each weighted by where it occurs (schema_int.h). Columns keep their
 * word lists so a question can link a column by name; values of the value index are reachable
 * from one of their words so a question can link a column by a stored value; the FK graph is an
 * adjacency list for shortest-path completion. docs/schema.md explains the choices. */
#include "schema/schema_int.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/question.h"

#include "util/banned.h"

/* ---- words ---- */

static int word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

void sx_split(const char *text, int camel, void (*fn)(const char *w, size_t n, void *ctx),
              void *ctx)
{
    const unsigned char *p = (const unsigned char *)(text ? text : "");
    char w[SX_WORD_MAX];
    while (*p) {
        while (*p && !word_byte(*p))
            p++;
        if (!*p)
            break;
        size_t n = 0;
        do {
            if (n + 1 < sizeof w)
                w[n++] = (char)tolower(*p);
            p++;
            if (!camel || !word_byte(*p))
                continue;
            /* customerId -> customer|Id ; HTMLPage -> HTML|Page, but IDs stays whole */
            if (islower(p[-1]) && isupper(p[0]))
                break;
            if (isupper(p[-1]) && isupper(p[0]) && islower(p[1]) && islower(p[2]))
                break;
        } while (*p && word_byte(*p));
        w[n] = '\0';
        fn(w, n, ctx);
    }
}

/* Sorted for bsearch. Words that never name data: question scaffolding and function words.
 * Aggregation words ("average", "number") stay: columns are named after them too. */
static const char *const stopwords[] = {
    "a",     "about", "all",   "also",  "among", "an",    "and",   "any",   "are",   "as",
    "at",    "be",    "been",  "being", "by",    "can",   "could", "did",   "do",    "does",
    "each",  "every", "find",  "for",   "from",  "get",   "give",  "had",   "has",   "have",
    "how",   "i",     "if",    "in",    "into",  "is",    "it",    "its",   "list",  "many",
    "me",    "much",  "my",    "of",    "on",    "or",    "our",   "please", "return", "should",
    "show",  "tell",  "than",  "that",  "the",   "their", "them",  "then",  "there", "these",
    "they",  "this",  "those", "to",    "us",    "was",   "we",    "were",  "what",  "when",
    "where", "which", "while", "who",   "whom",  "whose", "why",   "will",  "with",  "would",
    "you",   "your",
};

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int sx_stopword(const char *w)
{
    return bsearch(&w, stopwords, sizeof stopwords / sizeof stopwords[0], sizeof stopwords[0],
                   str_cmp) != NULL;
}

const char *sx_expand(const char *w)
{
    return question_abbreviation(w);
}

size_t sx_stem(const char *w, size_t n, char out[SX_WORD_MAX])
{
    _Static_assert(SX_WORD_MAX == QUESTION_WORD_MAX, "index and question stems are one size");
    question_stem(w, n, out); /* the process-wide stemmer: index and questions stem alike */
    return strlen(out);
}

/* ---- dictionary ---- */

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

long sx_dict_find(const struct sx_dict *d, const char *key, size_t len)
{
    if (!d->n_slots)
        return -1;
    size_t mask = d->n_slots - 1;
    for (size_t i = hash_bytes(key, len) & mask;; i = (i + 1) & mask) {
        uint32_t v = d->slots[i];
        if (!v)
            return -1;
        const char *k = d->keys[v - 1];
        if (strncmp(k, key, len) == 0 && k[len] == '\0')
            return (long)v - 1;
    }
}

static int dict_grow(struct sx_dict *d)
{
    size_t ns = d->n_slots ? d->n_slots * 2 : 256;
    uint32_t *slots = calloc(ns, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t id = 0; id < d->n; id++) {
        size_t i = hash_bytes(d->keys[id], strlen(d->keys[id])) & (ns - 1);
        while (slots[i])
            i = (i + 1) & (ns - 1);
        slots[i] = (uint32_t)id + 1;
    }
    free(d->slots);
    d->slots = slots;
    d->n_slots = ns;
    return 0;
}

long sx_dict_adopt(struct sx_dict *d, char *key, size_t len)
{
    if ((d->n + 1) * 2 > d->n_slots && dict_grow(d))
        return -1;
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 128;
        char **keys = realloc(d->keys, nc * sizeof *keys);
        if (!keys)
            return -1;
        d->keys = keys;
        d->cap = nc;
    }
    d->keys[d->n] = key;
    size_t mask = d->n_slots - 1;
    size_t i = hash_bytes(key, len) & mask;
    while (d->slots[i])
        i = (i + 1) & mask;
    d->slots[i] = (uint32_t)d->n + 1;
    return (long)d->n++;
}

long sx_dict_add(struct sx_dict *d, const char *key, size_t len)
{
    long id = sx_dict_find(d, key, len);
    if (id >= 0)
        return id;
    char *k = malloc(len + 1);
    if (!k)
        return -1;
    memcpy(k, key, len);
    k[len] = '\0';
    if ((id = sx_dict_adopt(d, k, len)) < 0)
        free(k);
    return id;
}

void sx_dict_free(struct sx_dict *d)
{
    for (size_t i = 0; i < d->n; i++)
        sx_release(&d->lent, d->keys[i]);
    free(d->keys);
    free(d->slots);
    memset(d, 0, sizeof *d);
}

static size_t dict_bytes(const struct sx_dict *d)
{
    size_t b = d->cap * sizeof *d->keys + d->n_slots * sizeof *d->slots;
    for (size_t i = 0; i < d->n; i++)
        b += strlen(d->keys[i]) + 1;
    return b;
}

/* ---- building ---- */

struct build {
    struct schema_index *ix;
    size_t cap_terms;
    uint32_t table;
    float weight;
    long col;   /* global column id whose name is being split, or -1 */
    long ccol;  /* global column id whose comment is being split, or -1 */
    int failed;
};

static int grow(void **p, uint32_t *cap, size_t elem)
{
    uint32_t nc = *cap ? *cap * 2 : 4;
    void *q = realloc(*p, (size_t)nc * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = nc;
    return 0;
}

/* Adds one stemmed occurrence to the table's document and, for a column name, to the column. */
static void add_stem(struct build *b, const char *stem, size_t n)
{
    struct schema_index *ix = b->ix;
    long id = sx_dict_add(&ix->terms, stem, n);
    if (id < 0) {
        b->failed = 1;
        return;
    }
    if ((size_t)id >= b->cap_terms) {
        size_t nc = b->cap_terms ? b->cap_terms * 2 : 256;
        struct sx_term *t = realloc(ix->term, nc * sizeof *t);
        if (!t) {
            b->failed = 1;
            return;
        }
        memset(t + b->cap_terms, 0, (nc - b->cap_terms) * sizeof *t);
        ix->term = t;
        b->cap_terms = nc;
    }
    struct sx_term *t = &ix->term[id];
    struct sx_post *hit = NULL;
    /* Tables are split in order, so the last posting is the one to extend; only glossary terms,
     * added at the end, may land on an earlier table. */
    for (uint32_t i = t->n_posts; i-- > 0 && t->posts[i].table >= b->table;)
        if (t->posts[i].table == b->table) {
            hit = &t->posts[i];
            break;
        }
    if (hit) {
        hit->tf += b->weight;
    } else {
        if (t->n_posts == t->cap_posts && grow((void **)&t->posts, &t->cap_posts, sizeof *t->posts)) {
            b->failed = 1;
            return;
        }
        uint32_t at = t->n_posts;
        while (at > 0 && t->posts[at - 1].table > b->table)
            at--;
        memmove(t->posts + at + 1, t->posts + at, (t->n_posts - at) * sizeof *t->posts);
        t->posts[at] = (struct sx_post){b->table, b->weight};
        t->n_posts++;
    }
    ix->doclen[b->table] += b->weight;
    if (b->ccol >= 0 && !(t->n_ccols && t->ccols[t->n_ccols - 1] == (uint32_t)b->ccol)) {
        if (t->n_ccols == t->cap_ccols &&
            grow((void **)&t->ccols, &t->cap_ccols, sizeof *t->ccols)) {
            b->failed = 1;
            return;
        }
        t->ccols[t->n_ccols++] = (uint32_t)b->ccol;
    }
    if (b->col < 0 || (t->n_cols && t->cols[t->n_cols - 1] == (uint32_t)b->col))
        return;
    if (t->n_cols == t->cap_cols && grow((void **)&t->cols, &t->cap_cols, sizeof *t->cols)) {
        b->failed = 1;
        return;
    }
    t->cols[t->n_cols++] = (uint32_t)b->col;
    if (ix->col_terms[b->col] < UINT8_MAX)
        ix->col_terms[b->col]++;
}

static void on_word(const char *w, size_t n, void *ctx)
{
    struct build *b = ctx;
    char stem[SX_WORD_MAX];
    if (sx_stopword(w))
        return;
    size_t sn = sx_stem(w, n, stem);
    add_stem(b, stem, sn);
    for (size_t k = 0; b->col >= 0; k++) {
        /* The expansions ("cls": close, class) link the column too, without raising the
         * words it needs. */
        const char *full = question_abbreviation_alt(w, k);
        if (!full)
            break;
        long col = b->col;
        uint8_t before = b->ix->col_terms[col];
        sn = sx_stem(full, strlen(full), stem);
        add_stem(b, stem, sn);
        b->ix->col_terms[col] = before;
    }
}

static void on_value_word(const char *w, size_t n, void *ctx)
{
    char *best = ctx; /* the longest word that is not a stopword */
    if (n > strlen(best) && !sx_stopword(w))
        memcpy(best, w, n + 1);
}

void sx_value_key(const char *value, char key[SX_WORD_MAX])
{
    key[0] = '\0';
    sx_split(value, 0, on_value_word, key);
}

static int build_values(struct schema_index *ix, const struct schema *s)
{
    uint32_t cap_lists = 0;
    for (size_t v = 0; v < s->n_values; v++) {
        char key[SX_WORD_MAX];
        sx_value_key(s->values[v].value, key);
        size_t kl = strlen(key);
        if (kl < 2)
            continue;
        long id = sx_dict_add(&ix->vwords, key, kl);
        if (id < 0)
            return -1;
        if ((uint32_t)id >= cap_lists) {
            uint32_t nc = cap_lists ? cap_lists * 2 : 256;
            struct sx_vlist *l = realloc(ix->vlists, (size_t)nc * sizeof *l);
            if (!l)
                return -1;
            memset(l + cap_lists, 0, (size_t)(nc - cap_lists) * sizeof *l);
            ix->vlists = l;
            cap_lists = nc;
        }
        struct sx_vlist *l = &ix->vlists[id];
        if (l->n == l->cap && grow((void **)&l->values, &l->cap, sizeof *l->values))
            return -1;
        l->values[l->n++] = (uint32_t)v;
    }
    return 0;
}

/* The FK graph, undirected, as compressed adjacency lists. */
static int build_graph(struct schema_index *ix, const struct schema *s)
{
    struct sx_dict names = {0};
    uint32_t *deg = calloc(s->n_tables + 1, sizeof *deg);
    uint32_t *edges = NULL; /* pairs */
    size_t n_edges = 0, cap_edges = 0;
    int rc = -1;
    char low[256];
    if (!deg)
        goto out;
    for (size_t t = 0; t < s->n_tables; t++) {
        size_t n = strlen(s->tables[t].name);
        if (n >= sizeof low)
            n = sizeof low - 1;
        for (size_t i = 0; i < n; i++)
            low[i] = (char)tolower((unsigned char)s->tables[t].name[i]);
        if (sx_dict_add(&names, low, n) < 0)
            goto out;
    }
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        for (size_t c = 0; c < tb->n_cols; c++) {
            const char *ft = tb->cols[c].fk_table;
            if (!ft)
                continue;
            size_t n = strlen(ft);
            if (n >= sizeof low)
                n = sizeof low - 1;
            for (size_t i = 0; i < n; i++)
                low[i] = (char)tolower((unsigned char)ft[i]);
            long o = sx_dict_find(&names, low, n);
            if (o < 0 || (size_t)o == t)
                continue;
            if (n_edges == cap_edges) {
                size_t nc = cap_edges ? cap_edges * 2 : 64;
                uint32_t *e = realloc(edges, nc * 2 * sizeof *e);
                if (!e)
                    goto out;
                edges = e;
                cap_edges = nc;
            }
            edges[2 * n_edges] = (uint32_t)t;
            edges[2 * n_edges + 1] = (uint32_t)o;
            n_edges++;
            deg[t]++;
            deg[o]++;
        }
    }
    ix->adj_off = calloc(s->n_tables + 1, sizeof *ix->adj_off);
    ix->adj = malloc((2 * n_edges + 1) * sizeof *ix->adj);
    if (!ix->adj_off || !ix->adj)
        goto out;
    for (size_t t = 0; t < s->n_tables; t++)
        ix->adj_off[t + 1] = ix->adj_off[t] + deg[t];
    memset(deg, 0, s->n_tables * sizeof *deg);
    for (size_t i = 0; i < n_edges; i++) {
        uint32_t a = edges[2 * i], b = edges[2 * i + 1];
        ix->adj[ix->adj_off[a] + deg[a]++] = b;
        ix->adj[ix->adj_off[b] + deg[b]++] = a;
    }
    rc = 0;
out:
    sx_dict_free(&names);
    free(deg);
    free(edges);
    return rc;
}

uint64_t sx_index_key(const struct schema *s)
{
    /* The structural hash misses data and glossary changes; the sizes catch the usual ones. */
    return s->hash ^ ((uint64_t)s->n_values * 0x9E3779B97F4A7C15ULL) ^
           ((uint64_t)s->n_glossary << 48) ^ (uint64_t)s->n_tables;
}

size_t sx_index_bytes(const struct schema_index *ix)
{
    size_t b = sizeof *ix + dict_bytes(&ix->terms) + dict_bytes(&ix->vwords);
    for (size_t i = 0; i < ix->terms.n; i++)
        b += sizeof *ix->term + ix->term[i].cap_posts * sizeof(struct sx_post) +
             (ix->term[i].cap_cols + ix->term[i].cap_ccols) * sizeof(uint32_t);
    for (size_t i = 0; i < ix->vwords.n; i++)
        b += sizeof *ix->vlists + ix->vlists[i].cap * sizeof(uint32_t);
    b += ix->n_tables * (sizeof *ix->doclen + sizeof *ix->col_base + sizeof *ix->adj_off);
    b += ix->n_cols * sizeof *ix->col_terms;
    b += ix->adj_off ? ix->adj_off[ix->n_tables] * sizeof *ix->adj : 0;
    return b;
}

int schema_index_build(const struct schema *s, struct schema_index **out, struct err *e)
{
    struct schema_index *ix = calloc(1, sizeof *ix);
    struct build b = {.ix = ix, .col = -1, .ccol = -1};
    struct buf ddl = BUF_INIT;
    size_t *all = NULL;
    int rc = ERR_NOMEM;
    *out = NULL;
    if (!ix)
        goto out;
    ix->key = sx_index_key(s);
    ix->n_tables = s->n_tables;
    size_t nt = s->n_tables ? s->n_tables : 1;
    ix->doclen = calloc(nt, sizeof *ix->doclen);
    ix->col_base = calloc(nt + 1, sizeof *ix->col_base);
    if (!ix->doclen || !ix->col_base)
        goto out;
    for (size_t t = 0; t < s->n_tables; t++)
        ix->col_base[t + 1] = ix->col_base[t] + (uint32_t)s->tables[t].n_cols;
    ix->n_cols = ix->col_base[s->n_tables];
    if (!(ix->col_terms = calloc(ix->n_cols + 1, 1)))
        goto out;

    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        b.table = (uint32_t)t;
        b.col = -1;
        b.weight = SX_W_TABLE;
        sx_split(tb->name, 1, on_word, &b);
        for (size_t c = 0; c < tb->n_cols; c++) {
            b.col = ix->col_base[t] + (long)c;
            b.weight = SX_W_COLUMN;
            sx_split(tb->cols[c].name, 1, on_word, &b);
            b.col = -1;
            b.ccol = ix->col_base[t] + (long)c;
            b.weight = SX_W_COMMENT;
            sx_split(tb->cols[c].comment, 0, on_word, &b);
            b.ccol = -1;
        }
    }
    for (size_t g = 0; g < s->n_glossary; g++) {
        int t = schema_find_table(s, s->glossary[g].table);
        if (t < 0)
            continue;
        b.table = (uint32_t)t;
        b.col = -1;
        b.weight = SX_W_GLOSSARY;
        sx_split(s->glossary[g].term, 0, on_word, &b);
    }
    /* A table with a quantity and a price is where revenue is computed (tier 0 reads "revenue"
     * and "sales" the same way): it answers to those words as if the glossary said so. */
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        int qty = 0, price = 0;
        for (size_t c = 0; c < tb->n_cols; c++) {
            const char *cn = tb->cols[c].name;
            qty |= strcasestr(cn, "quantity") != NULL || strcasestr(cn, "qty") != NULL;
            price |= strcasestr(cn, "price") != NULL;
        }
        if (!qty || !price)
            continue;
        b.table = (uint32_t)t;
        b.col = -1;
        b.weight = SX_W_GLOSSARY;
        sx_split("revenue sales turnover", 0, on_word, &b);
    }
    if (b.failed)
        goto out;

    double total = 0;
    for (size_t t = 0; t < s->n_tables; t++)
        total += ix->doclen[t];
    ix->avgdl = s->n_tables && total > 0 ? total / (double)s->n_tables : 1;
    double n = (double)s->n_tables;
    for (size_t i = 0; i < ix->terms.n; i++) {
        double df = ix->term[i].n_posts;
        ix->term[i].idf = log(1.0 + (n - df + 0.5) / (df + 0.5));
    }
    if (build_graph(ix, s) || build_values(ix, s))
        goto out;
    if (!(all = malloc(nt * sizeof *all)))
        goto out;
    for (size_t t = 0; t < s->n_tables; t++)
        all[t] = t;
    if (schema_render_ddl(s, all, s->n_tables, &ddl))
        goto out;
    ix->full_tokens = schema_estimate_tokens(buf_cstr(&ddl));
    ix->bytes = sx_index_bytes(ix);
    *out = ix;
    ix = NULL;
    rc = 0;
out:
    free(all);
    buf_free(&ddl);
    schema_index_free(ix);
    return rc ? err_set(e, rc, "out of memory building the schema index") : 0;
}

void schema_index_free(struct schema_index *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->terms.n; i++) {
        sx_release(&ix->lent, ix->term[i].posts);
        sx_release(&ix->lent, ix->term[i].cols);
        sx_release(&ix->lent, ix->term[i].ccols);
    }
    free(ix->term);
    sx_dict_free(&ix->terms);
    for (size_t i = 0; i < ix->vwords.n; i++)
        sx_release(&ix->lent, ix->vlists[i].values);
    free(ix->vlists);
    sx_dict_free(&ix->vwords);
    free(ix->doclen);
    free(ix->col_base);
    free(ix->col_terms);
    sx_release(&ix->lent, ix->adj_off);
    sx_release(&ix->lent, ix->adj);
    free(ix);
}

size_t schema_index_bytes(const struct schema_index *ix)
{
    return ix ? ix->bytes : 0;
}

/* Guards building and replacing s->index. Readers of a current index take no lock. */
static pthread_mutex_t index_mutex = PTHREAD_MUTEX_INITIALIZER;

int schema_index_get(const struct schema *s, const struct schema_index **out, struct err *e)
{
    uint64_t key = sx_index_key(s);
    /* The index is a cache of the schema, so building it does not change what s means: the one
     * place a const schema is written. */
    struct schema *ms = (struct schema *)s;
    struct schema_index *ix = __atomic_load_n(&ms->index, __ATOMIC_ACQUIRE);
    int rc = 0;
    if (ix && ix->key == key) {
        *out = ix;
        return 0;
    }
    pthread_mutex_lock(&index_mutex);
    ix = ms->index;
    if (!ix || ix->key != key) {
        struct schema_index *fresh = NULL;
        if ((rc = schema_index_build(s, &fresh, e)) == 0) {
            __atomic_store_n(&ms->index, fresh, __ATOMIC_RELEASE);
            schema_index_free(ix); /* stale: the schema changed in place (see schema.h) */
            ix = fresh;
        }
    }
    pthread_mutex_unlock(&index_mutex);
    *out = ix;
    return rc;
}
