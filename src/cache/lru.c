/* The LRU answer cache: a chained hash table for lookups and a doubly linked list in use order
 * for eviction, both over the same entries, under one mutex. At the end, the same cache as a
 * struct cache_store (the "lru" store). */
#include "cache/cache.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/clock.h"
#include "util/err.h"

#include "util/banned.h"

struct cache_entry {
    char *key;
    char *value;
    size_t len;
    uint64_t hash;
    double expires_ms;
    struct cache_entry *chain;         /* next in the bucket */
    struct cache_entry *newer, *older; /* use order */
};

struct cache {
    pthread_mutex_t mu;
    struct cache_entry **buckets;
    size_t n_buckets; /* power of two */
    struct cache_entry *newest, *oldest;
    size_t max_entries, max_bytes;
    long ttl_ms;
    struct cache_stats st;
};

static uint64_t cache_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static size_t entry_bytes(const struct cache_entry *e)
{
    return strlen(e->key) + e->len + sizeof *e;
}

struct cache *cache_new(size_t max_entries, size_t max_bytes, long ttl_ms)
{
    struct cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->max_entries = max_entries ? max_entries : 1;
    c->max_bytes = max_bytes;
    c->ttl_ms = ttl_ms > 0 ? ttl_ms : LIMIT_CACHE_TTL_MS;
    c->n_buckets = 16;
    while (c->n_buckets < c->max_entries && c->n_buckets < ((size_t)1 << 24))
        c->n_buckets <<= 1;
    c->buckets = calloc(c->n_buckets, sizeof *c->buckets);
    if (!c->buckets) {
        free(c);
        return NULL;
    }
    pthread_mutex_init(&c->mu, NULL);
    return c;
}

static void list_unlink(struct cache *c, struct cache_entry *e)
{
    if (e->newer)
        e->newer->older = e->older;
    else
        c->newest = e->older;
    if (e->older)
        e->older->newer = e->newer;
    else
        c->oldest = e->newer;
    e->newer = e->older = NULL;
}

static void list_push_newest(struct cache *c, struct cache_entry *e)
{
    e->older = c->newest;
    e->newer = NULL;
    if (c->newest)
        c->newest->newer = e;
    c->newest = e;
    if (!c->oldest)
        c->oldest = e;
}

static struct cache_entry **bucket_find(struct cache *c, const char *key, uint64_t h)
{
    struct cache_entry **pp = &c->buckets[h & (c->n_buckets - 1)];
    while (*pp && ((*pp)->hash != h || strcmp((*pp)->key, key) != 0))
        pp = &(*pp)->chain;
    return pp;
}

/* Unlinks and frees the entry at *pp (a bucket slot). */
static void entry_drop(struct cache *c, struct cache_entry **pp)
{
    struct cache_entry *e = *pp;
    *pp = e->chain;
    list_unlink(c, e);
    c->st.entries--;
    c->st.bytes -= entry_bytes(e);
    free(e->key);
    free(e->value);
    free(e);
}

static void evict_oldest(struct cache *c)
{
    struct cache_entry *e = c->oldest;
    entry_drop(c, bucket_find(c, e->key, e->hash));
    c->st.evictions++;
}

char *cache_get(struct cache *c, const char *key, size_t *len)
{
    return cache_get_ttl(c, key, len, NULL);
}

char *cache_get_ttl(struct cache *c, const char *key, size_t *len, long *ttl_left_ms)
{
    uint64_t h = cache_hash(key);
    char *out = NULL;
    pthread_mutex_lock(&c->mu);
    struct cache_entry **pp = bucket_find(c, key, h);
    double now = clock_ms();
    if (*pp && (*pp)->expires_ms <= now) {
        entry_drop(c, pp);
        c->st.expirations++;
    } else if (*pp) {
        struct cache_entry *e = *pp;
        list_unlink(c, e);
        list_push_newest(c, e);
        out = malloc(e->len + 1);
        if (out) {
            memcpy(out, e->value, e->len);
            out[e->len] = '\0';
            if (len)
                *len = e->len;
            if (ttl_left_ms)
                *ttl_left_ms = (long)(e->expires_ms - now) + 1; /* > 0: not yet expired */
        }
    }
    if (out)
        c->st.hits++;
    else
        c->st.misses++;
    pthread_mutex_unlock(&c->mu);
    return out;
}

int cache_put(struct cache *c, const char *key, const char *value, size_t len)
{
    return cache_put_ttl(c, key, value, len, c->ttl_ms);
}

int cache_put_ttl(struct cache *c, const char *key, const char *value, size_t len, long ttl_ms)
{
    struct cache_entry *e = calloc(1, sizeof *e);
    if (!e)
        return ERR_NOMEM;
    e->key = strdup(key);
    e->value = malloc(len + 1);
    if (!e->key || !e->value) {
        free(e->key);
        free(e->value);
        free(e);
        return ERR_NOMEM;
    }
    memcpy(e->value, value, len);
    e->value[len] = '\0';
    e->len = len;
    e->hash = cache_hash(key);
    size_t need = entry_bytes(e);
    if (c->max_bytes && need > c->max_bytes) {
        free(e->key);
        free(e->value);
        free(e);
        return ERR_LIMIT;
    }
    pthread_mutex_lock(&c->mu);
    e->expires_ms = clock_ms() + (double)(ttl_ms > 0 ? ttl_ms : c->ttl_ms);
    struct cache_entry **pp = bucket_find(c, key, e->hash);
    if (*pp)
        entry_drop(c, pp);
    while (c->oldest &&
           (c->st.entries >= c->max_entries || (c->max_bytes && c->st.bytes + need > c->max_bytes)))
        evict_oldest(c);
    pp = &c->buckets[e->hash & (c->n_buckets - 1)];
    e->chain = *pp;
    *pp = e;
    list_push_newest(c, e);
    c->st.entries++;
    c->st.bytes += need;
    c->st.puts++;
    pthread_mutex_unlock(&c->mu);
    return 0;
}

void cache_get_stats(struct cache *c, struct cache_stats *out)
{
    pthread_mutex_lock(&c->mu);
    *out = c->st;
    pthread_mutex_unlock(&c->mu);
}

void cache_free(struct cache *c)
{
    if (!c)
        return;
    struct cache_entry *e = c->newest;
    while (e) {
        struct cache_entry *next = e->older;
        free(e->key);
        free(e->value);
        free(e);
        e = next;
    }
    free(c->buckets);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

/* ---- the LRU as a store ------------------------------------------------------------------ */

struct lru_store {
    struct cache_store base; /* first: the store's address is the struct's */
    struct cache *c;
};

static int lru_store_get(struct cache_store *st, const char *key, char **value, size_t *len,
                         long *ttl_left_ms, struct err *e)
{
    (void)e;
    *value = cache_get_ttl(((struct lru_store *)st)->c, key, len, ttl_left_ms);
    return *value ? 0 : 1;
}

static int lru_store_put(struct cache_store *st, const char *key, const char *value, size_t len,
                         long ttl_ms, struct err *e)
{
    struct cache *c = ((struct lru_store *)st)->c;
    int rc = cache_put_ttl(c, key, value, len, ttl_ms > 0 ? ttl_ms : c->ttl_ms);
    if (rc)
        return err_set(e, rc, rc == ERR_LIMIT ? "the value is larger than the cache"
                                              : "out of memory");
    return 0;
}

static void lru_store_stats(struct cache_store *st, struct cache_stats *out)
{
    cache_get_stats(((struct lru_store *)st)->c, out);
}

static void lru_store_health(struct cache_store *st, struct cache_health *out)
{
    (void)st;
    out->up = 1; /* in the process: up while the process is */
}

static void lru_store_free(struct cache_store *st)
{
    cache_free(((struct lru_store *)st)->c);
    free(st);
}

static const struct cache_store_ops lru_ops = {
    .name = "lru",
    .get = lru_store_get,
    .put = lru_store_put,
    .stats = lru_store_stats,
    .health = lru_store_health,
    .free = lru_store_free,
};

struct cache_store *cache_lru_store_new(size_t max_entries, size_t max_bytes, long ttl_ms)
{
    struct lru_store *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->base.ops = &lru_ops;
    s->c = cache_new(max_entries, max_bytes, ttl_ms);
    if (!s->c) {
        free(s);
        return NULL;
    }
    return &s->base;
}

/* ---- keys --------------------------------------------------------------------------------- */

char *cache_normalize_question(const char *q)
{
    size_t n = strlen(q), k = 0;
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)q[i];
        if (isspace(ch)) {
            space = k > 0;
            continue;
        }
        if (space)
            out[k++] = ' ';
        space = 0;
        out[k++] = ch < 0x80 ? (char)tolower(ch) : (char)ch;
    }
    while (k > 0 &&
           (out[k - 1] == '?' || out[k - 1] == '.' || out[k - 1] == '!' || out[k - 1] == ' '))
        k--;
    out[k] = '\0';
    return out;
}
