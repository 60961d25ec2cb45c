/* The store interface's entry points: each forwards to the store's own function, so callers
 * never reach into a store's struct. */
#include "cache/cache.h"

#include <string.h>

#include "util/banned.h"

int cache_store_get_ttl(struct cache_store *st, const char *key, char **value, size_t *len,
                        long *ttl_left_ms, struct err *e)
{
    *value = NULL;
    if (len)
        *len = 0;
    if (ttl_left_ms)
        *ttl_left_ms = 0;
    return st->ops->get(st, key, value, len, ttl_left_ms, e);
}

int cache_store_get(struct cache_store *st, const char *key, char **value, size_t *len,
                    struct err *e)
{
    return cache_store_get_ttl(st, key, value, len, NULL, e);
}

int cache_store_put(struct cache_store *st, const char *key, const char *value, size_t len,
                    long ttl_ms, struct err *e)
{
    return st->ops->put(st, key, value, len, ttl_ms < 0 ? 0 : ttl_ms, e);
}

void cache_store_stats(struct cache_store *st, struct cache_stats *out)
{
    memset(out, 0, sizeof *out);
    st->ops->stats(st, out);
}

void cache_store_health(struct cache_store *st, struct cache_health *out)
{
    memset(out, 0, sizeof *out);
    out->store = st->ops->name;
    st->ops->health(st, out);
}

const char *cache_store_name(const struct cache_store *st)
{
    return st->ops->name;
}

void cache_store_free(struct cache_store *st)
{
    if (st)
        st->ops->free(st);
}
