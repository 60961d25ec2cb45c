/* The prompt context of a selection (compact DDL, then the semantic layer's definitions over the
 * selected tables) and its token estimate, kept per schema: the same tables, columns and linked
 * values give the same text, so a server answering the same kind of question renders it once.
 * The text depends only on the schema and on the selection's tables, column masks and links,
 * which make the cache key; a schema changed in place gets a new cache (schema_ext_get()). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "schema/schema_int.h"
#include "semantic/semantic.h"

#include "util/banned.h"

/* Contexts kept per schema: a few hundred kinds of question cover a service's traffic, and each
 * entry is a few hundred bytes of DDL (a few KiB on a wide schema). */
#define CONTEXT_SLOTS 256

struct ctx_entry {
    uint64_t hash; /* of key */
    char *key;
    size_t key_len;
    char *ddl;
    long tokens;
};

/* Filled under its own mutex: the schema extension is shared by every thread using s. */
struct ctx_cache {
    pthread_mutex_t mu;
    struct ctx_entry e[CONTEXT_SLOTS];
    size_t next; /* the slot the next new entry takes (oldest first once full) */
};

static int ctx_build(const struct schema *s, void **out)
{
    (void)s;
    struct ctx_cache *c = calloc(1, sizeof *c);
    if (!c)
        return ERR_NOMEM;
    pthread_mutex_init(&c->mu, NULL);
    *out = c;
    return 0;
}

static void ctx_free(void *data)
{
    struct ctx_cache *c = data;
    if (!c)
        return;
    for (size_t i = 0; i < CONTEXT_SLOTS; i++) {
        free(c->e[i].key);
        free(c->e[i].ddl);
    }
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static void put_size(struct buf *k, size_t v)
{
    buf_append(k, &v, sizeof v);
}

/* Everything the rendering reads from the selection, in order. */
static int ctx_key(const struct schema *s, const struct schema_selection *sel, struct buf *k)
{
    put_size(k, sel->n_tables);
    for (size_t i = 0; i < sel->n_tables; i++) {
        const unsigned char *mask = sel->shown ? sel->shown[i] : NULL;
        put_size(k, sel->tables[i]);
        buf_putc(k, mask ? 1 : 0);
        if (mask)
            buf_append(k, mask, s->tables[sel->tables[i]].n_cols);
    }
    put_size(k, sel->n_links);
    for (size_t i = 0; i < sel->n_links; i++) {
        const struct schema_link *l = &sel->links[i];
        put_size(k, l->table);
        put_size(k, l->column);
        buf_putc(k, l->value ? 1 : 0);
        if (l->value)
            buf_append(k, l->value, strlen(l->value) + 1);
    }
    return k->failed ? ERR_NOMEM : 0;
}

static uint64_t fnv1a(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static int render(const struct schema *s, struct schema_selection *sel)
{
    struct buf ddl = BUF_INIT;
    int rc = schema_render_ddl_cols(s, sel->tables, sel->n_tables, sel->links, sel->n_links,
                                    (const unsigned char *const *)sel->shown, &ddl);
    if (!rc && s->semantic)
        rc = semantic_describe(s->semantic, s, sel->tables, sel->n_tables, &ddl);
    sel->ddl = rc ? NULL : buf_detach(&ddl);
    buf_free(&ddl);
    if (!sel->ddl)
        return ERR_NOMEM;
    sel->tokens = schema_estimate_tokens(sel->ddl);
    return 0;
}

static const struct ctx_entry *find(const struct ctx_cache *c, uint64_t h, const struct buf *k)
{
    for (size_t i = 0; i < CONTEXT_SLOTS; i++)
        if (c->e[i].key && c->e[i].hash == h && c->e[i].key_len == k->len &&
            memcmp(c->e[i].key, k->data, k->len) == 0)
            return &c->e[i];
    return NULL;
}

static void keep(struct ctx_cache *c, uint64_t h, struct buf *k, const struct schema_selection *sel)
{
    size_t len = k->len;
    char *key = buf_detach(k), *ddl = strdup(sel->ddl);
    if (!key || !ddl) { /* nothing kept: the next request renders again */
        free(key);
        free(ddl);
        return;
    }
    struct ctx_entry *slot = &c->e[c->next];
    c->next = (c->next + 1) % CONTEXT_SLOTS;
    free(slot->key);
    free(slot->ddl);
    *slot = (struct ctx_entry){h, key, len, ddl, sel->tokens};
}

int sx_select_context(const struct schema *s, struct schema_selection *sel)
{
    const void *data = NULL;
    struct buf k = BUF_INIT;
    /* Without the cache (no memory, no free extension slot) the text is rendered every time. */
    if (schema_ext_get(s, ctx_build, ctx_free, &data, NULL) || ctx_key(s, sel, &k)) {
        buf_free(&k);
        return render(s, sel);
    }
    struct ctx_cache *c = (struct ctx_cache *)data; /* its entries change under c->mu only */
    uint64_t h = fnv1a(k.data, k.len);
    pthread_mutex_lock(&c->mu);
    const struct ctx_entry *hit = find(c, h, &k);
    if (hit) {
        sel->ddl = strdup(hit->ddl);
        sel->tokens = hit->tokens;
    }
    pthread_mutex_unlock(&c->mu);
    if (hit) {
        buf_free(&k);
        return sel->ddl ? 0 : ERR_NOMEM;
    }
    int rc = render(s, sel);
    if (!rc) {
        pthread_mutex_lock(&c->mu);
        if (!find(c, h, &k)) /* another thread may have kept it meanwhile */
            keep(c, h, &k, sel);
        pthread_mutex_unlock(&c->mu);
    }
    buf_free(&k);
    return rc;
}
