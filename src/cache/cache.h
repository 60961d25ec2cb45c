/* cache: an in-process LRU of final answers, keyed by what determines an answer (the normalized
 * question, the database and its schema hash, the tier configuration and request options), with a
 * size cap (entries and bytes) and a time to live. A schema change changes the key, so stale
 * answers are never served; they just age out.
 *
 * Ownership: cache_new() returns a cache freed with cache_free(). Values are copied in and out.
 * Thread-safety: every function may be called from any thread (one mutex; operations are short). */
#ifndef GENBI_CACHE_H
#define GENBI_CACHE_H

#include <stddef.h>

#include "util/limits.h"


struct cache;

struct cache_stats {
    unsigned long hits, misses, puts, evictions, expirations;
    size_t entries, bytes;
};

/* max_entries >= 1; max_bytes counts keys and values; ttl_ms > 0. Returns NULL without memory. */
struct cache *cache_new(size_t max_entries, size_t max_bytes, long ttl_ms);
void cache_free(struct cache *c);
/* A malloc'd copy of the value (NUL-terminated; *len set when len is non-NULL), or NULL when
 * absent or expired. */
char *cache_get(struct cache *c, const char *key, size_t *len);
/* Stores a copy, replacing an older value; evicts least recently used entries to fit. A value
 * larger than the byte cap is not stored. Returns 0 or ERR_NOMEM / ERR_LIMIT. */
int cache_put(struct cache *c, const char *key, const char *value, size_t len);
void cache_get_stats(struct cache *c, struct cache_stats *out);

/* The question as a cache key part: ASCII lowercased, runs of blanks collapsed to one space,
 * leading and trailing blanks and trailing ".?!" removed. malloc'd; NULL without memory. */
char *cache_normalize_question(const char *q);

#endif
