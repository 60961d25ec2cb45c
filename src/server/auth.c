/* API keys and rate limits. Keys are random tokens stored only as BLAKE2b-256 hashes
 * (crypto_generichash, 64 hex digits; cheap, so every request can check it on the HTTP thread).
 * Argon2 strings are refused by the configuration: a slow hash on the HTTP thread let wrong keys
 * stall every client. A presented key is hashed and compared with sodium_memcmp, so the
 * comparison time does not depend on how much of a key matched. Failed attempts are counted per
 * client address in a token bucket of their own (LIMIT_AUTH_FAIL_*): past it, 429.
 *
 * Rate limit: one token bucket per key (rate tokens per second, at most burst), or per client
 * address when no keys are configured. Address buckets live in a bounded hash table keyed by the
 * full address; entries idle long enough to be full again are evicted when it fills, and a new
 * address that finds it full of active clients is limited (the strict side). With Redis the buckets
 * live there (cache_redis_take: a token bucket in one Lua script, atomic and on Redis's clock), so
 * several instances together allow the configured rate; when Redis cannot answer, the local bucket
 * decides. */
#include <math.h>
#include <netinet/in.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "server/server_int.h"
#include "util/clock.h"

#include "util/banned.h"

#define AUTH_TABLE_HEADS 4096
#define AUTH_ADDR_BYTES 17 /* family, then the IPv4 or IPv6 address */

struct auth_bucket {
    double tokens;
    double last_ms;
};

struct auth_key {
    char *id;
    unsigned char hash[crypto_generichash_BYTES]; /* of the key */
    struct auth_bucket bucket;
};

/* One client address's bucket in a struct auth_table chain. */
struct auth_client {
    unsigned char addr[AUTH_ADDR_BYTES];
    struct auth_bucket bucket;
    struct auth_client *next;
};

struct auth_table {
    struct auth_client *heads[AUTH_TABLE_HEADS];
    size_t n, max;
    double rate, burst;
};

static struct auth_table *table_new(double rate, double burst)
{
    struct auth_table *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->max = LIMIT_RATE_CLIENTS;
    t->rate = rate;
    t->burst = burst;
    return t;
}

static void table_free(struct auth_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < AUTH_TABLE_HEADS; i++)
        for (struct auth_client *c = t->heads[i], *next; c; c = next) {
            next = c->next;
            free(c);
        }
    free(t);
}

static void addr_key(const struct sockaddr *sa, unsigned char out[AUTH_ADDR_BYTES])
{
    memset(out, 0, AUTH_ADDR_BYTES);
    if (sa && sa->sa_family == AF_INET) {
        out[0] = 4;
        memcpy(out + 1, &((const struct sockaddr_in *)sa)->sin_addr, 4);
    } else if (sa && sa->sa_family == AF_INET6) {
        out[0] = 6;
        memcpy(out + 1, &((const struct sockaddr_in6 *)sa)->sin6_addr, 16);
    }
}

static size_t addr_head(const unsigned char key[AUTH_ADDR_BYTES])
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < AUTH_ADDR_BYTES; i++) {
        h ^= key[i];
        h *= 1099511628211ULL;
    }
    return (size_t)(h % AUTH_TABLE_HEADS);
}

/* Drops the entries whose bucket has refilled: forgetting them changes no client's allowance. */
static void table_evict_idle(struct auth_table *t, double now)
{
    double full_ms = t->rate > 0 ? t->burst / t->rate * 1000.0 : 0;
    for (size_t i = 0; i < AUTH_TABLE_HEADS; i++) {
        struct auth_client **pp = &t->heads[i];
        while (*pp) {
            struct auth_client *c = *pp;
            if (now - c->bucket.last_ms >= full_ms) {
                *pp = c->next;
                free(c);
                t->n--;
            } else {
                pp = &c->next;
            }
        }
    }
}

/* The address's bucket, created full; NULL when the table is full of active clients or out of
 * memory (the caller then limits). */
static struct auth_bucket *table_get(struct auth_table *t, const struct sockaddr *sa)
{
    unsigned char key[AUTH_ADDR_BYTES];
    addr_key(sa, key);
    size_t h = addr_head(key);
    for (struct auth_client *c = t->heads[h]; c; c = c->next)
        if (memcmp(c->addr, key, sizeof key) == 0)
            return &c->bucket;
    double now = clock_ms();
    if (t->n >= t->max)
        table_evict_idle(t, now);
    struct auth_client *c = t->n < t->max ? calloc(1, sizeof *c) : NULL;
    if (!c)
        return NULL;
    memcpy(c->addr, key, sizeof key);
    c->bucket.tokens = t->burst;
    c->bucket.last_ms = now;
    c->next = t->heads[h];
    t->heads[h] = c;
    t->n++;
    return &c->bucket;
}

static int hex_decode(const char *hex, unsigned char *out, size_t n)
{
    size_t bin_len = 0;
    return sodium_hex2bin(out, n, hex, strlen(hex), NULL, &bin_len, NULL) == 0 && bin_len == n ? 0
                                                                                               : -1;
}

int server_auth_hash_key(const char *key, char out[65])
{
    unsigned char h[crypto_generichash_BYTES];
    if (sodium_init() < 0)
        return ERR_IO;
    crypto_generichash(h, sizeof h, (const unsigned char *)key, strlen(key), NULL, 0);
    sodium_bin2hex(out, 65, h, sizeof h);
    return 0;
}

int server_auth_init(struct server_auth *a, const struct config_server *cfg, struct err *e)
{
    memset(a, 0, sizeof *a);
    pthread_mutex_init(&a->mu, NULL);
    if (sodium_init() < 0)
        return err_set(e, ERR_IO, "cannot initialise libsodium");
    a->rate = cfg->rate;
    a->burst = cfg->burst;
    if (cfg->n_api_keys) {
        a->keys = calloc(cfg->n_api_keys, sizeof *a->keys);
        if (!a->keys)
            return err_set(e, ERR_NOMEM, "out of memory");
        a->n_keys = cfg->n_api_keys;
    }
    for (size_t i = 0; i < cfg->n_api_keys; i++) {
        struct auth_key *k = &a->keys[i];
        const char *h = cfg->api_keys[i].hash;
        k->id = strdup(cfg->api_keys[i].id);
        if (!k->id)
            return err_set(e, ERR_NOMEM, "out of memory");
        k->bucket.tokens = a->burst;
        k->bucket.last_ms = clock_ms();
        if (hex_decode(h, k->hash, sizeof k->hash) != 0)
            return err_set(e, ERR_USAGE, "API key \"%s\": the hash is not 64 hex digits", k->id);
    }
    if (a->rate > 0 && !a->n_keys) {
        if (!(a->anon = table_new(a->rate, a->burst)))
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    if (a->n_keys && !(a->fails = table_new(LIMIT_AUTH_FAIL_RATE, LIMIT_AUTH_FAIL_BURST)))
        return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

void server_auth_free(struct server_auth *a)
{
    for (size_t i = 0; i < a->n_keys; i++)
        free(a->keys[i].id);
    free(a->keys);
    table_free(a->anon);
    table_free(a->fails);
    pthread_mutex_destroy(&a->mu);
    memset(a, 0, sizeof *a);
}

int server_auth_required(const struct server_auth *a)
{
    return a->n_keys > 0;
}

const char *server_auth_key_id(const struct server_auth *a, int key)
{
    return key >= 0 && (size_t)key < a->n_keys ? a->keys[key].id : "-";
}

int server_auth_check(struct server_auth *a, const char *authorization)
{
    static const char bearer[] = "Bearer ";
    unsigned char h[crypto_generichash_BYTES];
    if (!authorization || strncasecmp(authorization, bearer, sizeof bearer - 1) != 0)
        return -1;
    const char *key = authorization + sizeof bearer - 1;
    while (*key == ' ')
        key++;
    size_t n = strlen(key);
    while (n > 0 && key[n - 1] == ' ')
        n--;
    if (n == 0 || n > 1024)
        return -1;
    crypto_generichash(h, sizeof h, (const unsigned char *)key, n, NULL, 0);
    int found = -1;
    /* Every key is compared, whether or not an earlier one matched. */
    for (size_t i = 0; i < a->n_keys; i++)
        if (sodium_memcmp(a->keys[i].hash, h, sizeof h) == 0 && found < 0)
            found = (int)i;
    sodium_memzero(h, sizeof h);
    return found;
}

static int bucket_take(struct auth_bucket *b, double rate, double burst, long *retry_after_s)
{
    double now = clock_ms();
    b->tokens += (now - b->last_ms) / 1000.0 * rate;
    if (b->tokens > burst)
        b->tokens = burst;
    b->last_ms = now;
    if (b->tokens >= 1.0) {
        b->tokens -= 1.0;
        return 0;
    }
    double wait = (1.0 - b->tokens) / rate;
    *retry_after_s = (long)ceil(wait);
    if (*retry_after_s < 1)
        *retry_after_s = 1;
    return 1;
}

int server_auth_take(struct server_auth *a, int key, const struct sockaddr *addr,
                     long *retry_after_s)
{
    int limited = 0;
    if (a->rate <= 0)
        return 0;
    pthread_mutex_lock(&a->mu);
    if (key >= 0 && (size_t)key < a->n_keys) {
        limited = bucket_take(&a->keys[key].bucket, a->rate, a->burst, retry_after_s);
    } else if (a->anon) {
        struct auth_bucket *b = table_get(a->anon, addr);
        if (b) {
            limited = bucket_take(b, a->rate, a->burst, retry_after_s);
        } else {
            limited = 1;
            *retry_after_s = 1;
        }
    }
    pthread_mutex_unlock(&a->mu);
    return limited;
}

int server_auth_failures(struct server_auth *a, const struct sockaddr *addr, int failed,
                         long *retry_after_s)
{
    int limited = 0;
    if (!a->fails)
        return 0;
    pthread_mutex_lock(&a->mu);
    struct auth_bucket *b = table_get(a->fails, addr);
    if (!b) {
        limited = 1;
        *retry_after_s = 1;
    } else if (failed) {
        limited = bucket_take(b, a->fails->rate, a->fails->burst, retry_after_s);
    } else {
        struct auth_bucket peek = *b; /* refilled as of now, nothing taken */
        limited = bucket_take(&peek, a->fails->rate, a->fails->burst, retry_after_s);
    }
    pthread_mutex_unlock(&a->mu);
    return limited;
}

int server_auth_take_shared(struct server_auth *a, struct cache_store *shared, int key,
                            const struct sockaddr *addr, long *retry_after_s)
{
    char name[96];
    long retry_ms = 0;
    if (a->rate <= 0)
        return 0;
    if (!shared)
        return server_auth_take(a, key, addr, retry_after_s);
    if (key >= 0 && (size_t)key < a->n_keys)
        snprintf(name, sizeof name, "key:%.80s", a->keys[key].id);
    else {
        unsigned char k[AUTH_ADDR_BYTES];
        char hex[2 * AUTH_ADDR_BYTES + 1];
        addr_key(addr, k);
        sodium_bin2hex(hex, sizeof hex, k, sizeof k);
        snprintf(name, sizeof name, "addr:%s", hex);
    }
    int rc = cache_redis_take(shared, name, a->rate, a->burst, &retry_ms, NULL);
    if (rc < 0) /* Redis could not answer: this instance's own bucket */
        return server_auth_take(a, key, addr, retry_after_s);
    if (rc == 1) {
        *retry_after_s = (retry_ms + 999) / 1000;
        if (*retry_after_s < 1)
            *retry_after_s = 1;
    }
    return rc;
}
