/* API keys and rate limits. Keys are stored only as hashes: BLAKE2b-256 (crypto_generichash,
 * 64 hex digits; cheap, so every request can check it) or an Argon2 crypto_pwhash_str string
 * (slow by design; a successful check is remembered as the BLAKE2b hash of the key so that it is
 * paid once per process). A presented key is hashed and compared with sodium_memcmp, so the
 * comparison time does not depend on how much of a key matched.
 *
 * Rate limit: one token bucket per key (rate tokens per second, at most burst), or per client
 * address when no keys are configured. With Redis the buckets live there (cache_redis_take: a
 * token bucket in one Lua script, atomic and on Redis's clock), so several instances together
 * allow the configured rate; when Redis cannot answer, the local bucket decides. */
#include <math.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "server/server_int.h"
#include "util/clock.h"

#include "util/banned.h"

#define AUTH_ANON_SLOTS 1024

struct auth_bucket {
    double tokens;
    double last_ms;
    uint64_t who; /* client address hash (anonymous buckets only) */
};

struct auth_key {
    char *id;
    unsigned char hash[crypto_generichash_BYTES]; /* of the key; valid when has_hash */
    int has_hash;
    char *pwhash; /* Argon2 string, or NULL */
    struct auth_bucket bucket;
};

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
        if (strncmp(h, "$argon2", 7) == 0) {
            if (!(k->pwhash = strdup(h)))
                return err_set(e, ERR_NOMEM, "out of memory");
        } else if (hex_decode(h, k->hash, sizeof k->hash) == 0) {
            k->has_hash = 1;
        } else {
            return err_set(e, ERR_USAGE, "API key \"%s\": the hash is not 64 hex digits", k->id);
        }
    }
    if (a->rate > 0 && !a->n_keys) {
        a->anon = calloc(AUTH_ANON_SLOTS, sizeof *a->anon);
        if (!a->anon)
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    return 0;
}

void server_auth_free(struct server_auth *a)
{
    for (size_t i = 0; i < a->n_keys; i++) {
        free(a->keys[i].id);
        free(a->keys[i].pwhash);
    }
    free(a->keys);
    free(a->anon);
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
    pthread_mutex_lock(&a->mu);
    for (size_t i = 0; i < a->n_keys; i++)
        if (a->keys[i].has_hash && sodium_memcmp(a->keys[i].hash, h, sizeof h) == 0 && found < 0)
            found = (int)i;
    pthread_mutex_unlock(&a->mu);
    if (found >= 0)
        return found;
    for (size_t i = 0; i < a->n_keys; i++) {
        struct auth_key *k = &a->keys[i];
        if (!k->pwhash)
            continue;
        char *copy = strndup(key, n);
        int ok = copy && crypto_pwhash_str_verify(k->pwhash, copy, n) == 0;
        if (copy) {
            sodium_memzero(copy, n);
            free(copy);
        }
        if (ok) {
            pthread_mutex_lock(&a->mu);
            memcpy(k->hash, h, sizeof h);
            k->has_hash = 1;
            pthread_mutex_unlock(&a->mu);
            return (int)i;
        }
    }
    return -1;
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

static uint64_t addr_hash(const struct sockaddr *sa)
{
    const unsigned char *p = NULL;
    size_t n = 0;
    uint64_t h = 1469598103934665603ULL;
    if (sa && sa->sa_family == AF_INET) {
        p = (const unsigned char *)&((const struct sockaddr_in *)sa)->sin_addr;
        n = 4;
    } else if (sa && sa->sa_family == AF_INET6) {
        p = (const unsigned char *)&((const struct sockaddr_in6 *)sa)->sin6_addr;
        n = 16;
    }
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
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
        /* A fixed table: colliding addresses share a bucket, which errs on the strict side. */
        uint64_t who = addr_hash(addr);
        struct auth_bucket *b = &a->anon[who % AUTH_ANON_SLOTS];
        if (b->who != who || b->last_ms == 0) {
            b->who = who;
            b->tokens = a->burst;
            b->last_ms = clock_ms();
        }
        limited = bucket_take(b, a->rate, a->burst, retry_after_s);
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
    else
        snprintf(name, sizeof name, "addr:%016llx", (unsigned long long)addr_hash(addr));
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
