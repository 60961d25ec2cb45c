/* cache: stores of final answers behind one interface (struct cache_store), keyed by what
 * determines an answer (the normalized question, the database and its schema hash, the tier
 * configuration and request options). Two stores:
 *   - the in-process LRU (lru.c): size capped in entries and bytes, a time to live;
 *   - Redis (redis.c): shared by every instance, values expire after the TTL (SET ... PX), calls
 *     bounded by connect and command time limits. When Redis fails the store reports it (the
 *     call returns an error quickly, health says down) and backs off before reconnecting, so a
 *     caller simply carries on with the local store.
 * A schema change changes the key, so stale answers are never served; they just age out.
 *
 * The LRU is also usable directly (cache_new() and friends), which is what its store wraps.
 *
 * Ownership: constructors return objects freed with their destructor. Values are copied in and
 * out (get returns malloc'd copies). Thread-safety: every function may be called from any thread.
 * Redis calls block the calling thread for at most the configured time limits: never call the
 * Redis store from a thread that must not wait (the HTTP polling thread). */
#ifndef GENBI_CACHE_H
#define GENBI_CACHE_H

#include <stddef.h>

#include "util/err.h"
#include "util/limits.h"

/* ---- the store interface ------------------------------------------------------------------ */

struct cache_stats {
    unsigned long hits, misses, puts, evictions, expirations;
    unsigned long errors; /* calls that failed (Redis unreachable, slow or refusing) */
    size_t entries, bytes; /* the LRU's; 0 for Redis (it counts its own) */
};

struct cache_health {
    const char *store; /* "lru", "redis" (static) */
    int up;
    char error[512]; /* why not up; "" when up */
};

struct cache_store;

struct cache_store_ops {
    const char *name;
    /* 0 with *value (malloc'd, NUL-terminated), *len and, when ttl_left_ms is non-NULL, the
     * value's remaining lifetime in ms on a hit; 1 on a miss; a negative err_code (e filled)
     * when the store could not answer. */
    int (*get)(struct cache_store *st, const char *key, char **value, size_t *len,
               long *ttl_left_ms, struct err *e);
    /* Keeps value for ttl_ms (0: the store's own TTL). 0, or a negative err_code: ERR_LIMIT for
     * a value over the store's cap. */
    int (*put)(struct cache_store *st, const char *key, const char *value, size_t len,
               long ttl_ms, struct err *e);
    void (*stats)(struct cache_store *st, struct cache_stats *out);
    /* Fills out; may check the store (Redis: a PING within the time limits). */
    void (*health)(struct cache_store *st, struct cache_health *out);
    void (*free)(struct cache_store *st);
};

/* Every store begins with this. */
struct cache_store {
    const struct cache_store_ops *ops;
};

int cache_store_get(struct cache_store *st, const char *key, char **value, size_t *len,
                    struct err *e);
/* cache_store_get() that also says how long the value has left (ms), so that a copy made from
 * it (the local copy of a Redis hit) expires with it. */
int cache_store_get_ttl(struct cache_store *st, const char *key, char **value, size_t *len,
                        long *ttl_left_ms, struct err *e);
int cache_store_put(struct cache_store *st, const char *key, const char *value, size_t len,
                    long ttl_ms, struct err *e);
void cache_store_stats(struct cache_store *st, struct cache_stats *out);
void cache_store_health(struct cache_store *st, struct cache_health *out);
const char *cache_store_name(const struct cache_store *st);
/* NULL is a no-op. */
void cache_store_free(struct cache_store *st);

/* ---- the in-process LRU ------------------------------------------------------------------- */

struct cache;

/* max_entries >= 1; max_bytes counts keys and values (0 = no byte cap); ttl_ms > 0. Returns
 * NULL without memory. */
struct cache *cache_new(size_t max_entries, size_t max_bytes, long ttl_ms);
void cache_free(struct cache *c);
/* A malloc'd copy of the value (NUL-terminated; *len set when len is non-NULL), or NULL when
 * absent or expired. */
char *cache_get(struct cache *c, const char *key, size_t *len);
/* cache_get() with the entry's remaining lifetime (ms) in *ttl_left_ms when non-NULL. */
char *cache_get_ttl(struct cache *c, const char *key, size_t *len, long *ttl_left_ms);
/* Stores a copy, replacing an older value; evicts least recently used entries to fit. A value
 * larger than the byte cap is not stored. Returns 0 or ERR_NOMEM / ERR_LIMIT. */
int cache_put(struct cache *c, const char *key, const char *value, size_t len);
/* cache_put() with this entry's own time to live (ttl_ms > 0). */
int cache_put_ttl(struct cache *c, const char *key, const char *value, size_t len, long ttl_ms);
void cache_get_stats(struct cache *c, struct cache_stats *out);

/* The LRU as a store (it owns its struct cache). NULL without memory. */
struct cache_store *cache_lru_store_new(size_t max_entries, size_t max_bytes, long ttl_ms);

/* ---- Redis -------------------------------------------------------------------------------- */

struct cache_redis_opts {
    const char *url;        /* redis://[[user]:password@]host[:port][/db] */
    long ttl_ms;            /* value lifetime (> 0) */
    long connect_ms;        /* connect time limit; <= 0: LIMIT_REDIS_CONNECT_MS */
    long command_ms;        /* command time limit; <= 0: LIMIT_REDIS_COMMAND_MS */
    size_t max_value;       /* largest value stored; 0: LIMIT_CACHE_VALUE_BYTES */
    int max_conns;          /* connections kept (one per calling thread is enough); >= 1 */
    /* Called (from whichever thread noticed) once when Redis becomes unreachable and once when
     * it is back, never once per request. May be NULL. */
    void (*warn)(void *ud, const char *msg);
    void *warn_ud;
};

/* The parts of a redis:// URL. host is malloc'd (free it); user and password are malloc'd or
 * NULL. Returns 0 or ERR_USAGE with a message naming what is wrong. */
struct cache_redis_url {
    char *host, *user, *password;
    int port, db;
};
int cache_redis_parse_url(const char *url, struct cache_redis_url *out, struct err *e);
void cache_redis_url_free(struct cache_redis_url *u);

/* Opens the store without connecting (the first call connects), so a Redis that is down at
 * start-up is a degraded cache, not a failed start. Returns 0 or ERR_USAGE / ERR_NOMEM. */
int cache_redis_open(const struct cache_redis_opts *o, struct cache_store **out, struct err *e);
/* 1 when st is a Redis store. */
int cache_store_is_redis(const struct cache_store *st);

/* A token bucket kept in Redis, for limits shared by every instance: takes one token from
 * bucket `name` (rate tokens per second, at most burst) in one atomic server-side script that
 * reads the server's clock. Returns 0 (taken), 1 (empty: *retry_after_ms set, >= 1) or a
 * negative err_code when Redis could not answer (the caller then uses a local bucket). */
int cache_redis_take(struct cache_store *st, const char *name, double rate, double burst,
                     long *retry_after_ms, struct err *e);

/* ---- keys --------------------------------------------------------------------------------- */

/* Keys are text; the part before the first '\x1f' (a route name such as "ask", or "model") is
 * the kind of value, which Redis keys show: genbi:v1:KIND:HASH. */
#define CACHE_KEY_SEP '\x1f'

/* The question as a cache key part: ASCII lowercased, runs of blanks collapsed to one space,
 * leading and trailing blanks and trailing ".?!" removed. malloc'd; NULL without memory. */
char *cache_normalize_question(const char *q);

#endif
