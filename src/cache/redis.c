/* The Redis store: answers shared by every genbi instance, and token buckets for rate limits
 * that hold across instances.
 *
 * Keys: "genbi:v1:KIND:" + BLAKE2b-256 of the caller's key, KIND being the key's first part
 * (CACHE_KEY_SEP; "ask", "sql_generate", "model") so that an operator can tell them apart (a long
 * question stays a short key; the caller's key already holds the database, its schema hash and
 * the tier configuration), and "genbi:v1:rl:" + bucket name. Values expire with SET ... PX ttl; values over max_value are not
 * stored.
 *
 * Failure handling, the point of this file: every call is bounded by the connect and command
 * time limits. The first failure marks the store down (one warning), drops the idle connections
 * and sets a retry time; until then calls fail at once without touching the network, so a dead
 * or hung Redis costs one time limit per back-off period, not one per request. After the retry
 * time one caller tries a fresh connection; success marks the store up again (one warning saying
 * so), failure doubles the back-off (up to LIMIT_REDIS_BACKOFF_MAX_MS). A reused connection that
 * finds its peer gone (a Redis restart between calls) is retried once on a new connection
 * before anything is called down.
 *
 * Connections: a small pool (idle list) of at most max_conns; each is used by one thread at a
 * time, outside the store's mutex. */
#include "cache/cache.h"

#include <errno.h>
#include <hiredis/hiredis.h>
#include <pthread.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "util/clock.h"

#include "util/banned.h"

#define KEY_PREFIX "genbi:v1:"

/* The token bucket, run atomically by Redis on its own clock (instances' clocks may differ).
 * KEYS[1] the bucket, ARGV[1] rate per second, ARGV[2] burst. Returns {taken, retry_after_ms}. */
static const char take_script[] =
    "local t = redis.call('TIME')\n"
    "local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n"
    "local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])\n"
    "local b = redis.call('HMGET', KEYS[1], 'tokens', 'ms')\n"
    "local tokens, last = tonumber(b[1]), tonumber(b[2])\n"
    "if tokens == nil or last == nil then tokens, last = burst, now end\n"
    "tokens = math.min(burst, tokens + math.max(0, now - last) * rate / 1000)\n"
    "local ok, wait = 0, 0\n"
    "if tokens >= 1 then tokens, ok = tokens - 1, 1\n"
    "else wait = math.ceil((1 - tokens) * 1000 / rate) end\n"
    "redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ms', tostring(now))\n"
    "redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)\n"
    "return {ok, wait}\n";

/* GET with the value's remaining lifetime, in one round trip. Returns {value or nil, pttl}. */
static const char get_script[] =
    "return {redis.call('GET', KEYS[1]), redis.call('PTTL', KEYS[1])}\n";

enum redis_state { STATE_UNKNOWN = 0, STATE_UP, STATE_DOWN };

struct redis_conn {
    redisContext *ctx;
    struct redis_conn *next;
};

struct redis_store {
    struct cache_store base; /* first: the store's address is the struct's */
    struct cache_redis_url url;
    long ttl_ms, connect_ms, command_ms;
    size_t max_value;
    int max_conns;
    void (*warn)(void *ud, const char *msg);
    void *warn_ud;

    pthread_mutex_t mu; /* everything below */
    struct redis_conn *idle;
    int n_open; /* idle + in use */
    enum redis_state state;
    double retry_at_ms; /* while down: no attempt before this */
    long backoff_ms;
    char error[256]; /* the last failure */
    char sha[48];    /* take_script's SHA1 in the server's script cache, once loaded */
    struct cache_stats st;
};

/* ---- URLs --------------------------------------------------------------------------------- */

static int parse_int(const char *s, size_t n, int lo, int hi, int *out)
{
    long v = 0;
    if (n == 0 || n > 9)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    if (v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

int cache_redis_parse_url(const char *url, struct cache_redis_url *out, struct err *e)
{
    static const char scheme[] = "redis://";
    memset(out, 0, sizeof *out);
    out->port = 6379;
    if (!url || strncmp(url, scheme, sizeof scheme - 1) != 0)
        return err_set(e, ERR_USAGE, "the Redis URL must look like redis://host:port/db");
    const char *p = url + sizeof scheme - 1;
    const char *slash = strchr(p, '/');
    const char *end = slash ? slash : p + strlen(p);
    const char *at = NULL;
    for (const char *q = p; q < end; q++)
        if (*q == '@')
            at = q;
    if (at) {
        const char *colon = memchr(p, ':', (size_t)(at - p));
        const char *pw = colon ? colon + 1 : p;
        if (colon && colon > p && !(out->user = strndup(p, (size_t)(colon - p))))
            goto nomem;
        if (!(out->password = strndup(pw, (size_t)(at - pw))))
            goto nomem;
        p = at + 1;
    }
    const char *host_end = end, *port = NULL;
    if (*p == '[') { /* [v6 address] */
        const char *close = memchr(p, ']', (size_t)(end - p));
        if (!close)
            goto bad;
        if (close + 1 < end && close[1] == ':')
            port = close + 2;
        else if (close + 1 != end)
            goto bad;
        if (!(out->host = strndup(p + 1, (size_t)(close - p - 1))))
            goto nomem;
    } else {
        const char *colon = memchr(p, ':', (size_t)(end - p));
        if (colon) {
            host_end = colon;
            port = colon + 1;
        }
        if (!(out->host = strndup(p, (size_t)(host_end - p))))
            goto nomem;
    }
    if (!out->host[0])
        goto bad;
    if (port && parse_int(port, (size_t)(end - port), 1, 65535, &out->port))
        goto bad;
    if (slash && slash[1] && parse_int(slash + 1, strlen(slash + 1), 0, 1 << 16, &out->db))
        goto bad;
    return 0;
bad:
    cache_redis_url_free(out);
    return err_set(e, ERR_USAGE, "bad Redis URL (expected redis://[[user]:password@]host[:port][/db])");
nomem:
    cache_redis_url_free(out);
    return err_set(e, ERR_NOMEM, "out of memory");
}

void cache_redis_url_free(struct cache_redis_url *u)
{
    free(u->host);
    free(u->user);
    if (u->password) {
        sodium_memzero(u->password, strlen(u->password));
        free(u->password);
    }
    memset(u, 0, sizeof *u);
}

/* ---- connections and the up/down state ---------------------------------------------------- */

static struct timeval ms_tv(long ms)
{
    struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
    return tv;
}

static void say(struct redis_store *s, const char *msg)
{
    if (s->warn)
        s->warn(s->warn_ud, msg);
}

static void drop_idle(struct redis_store *s)
{
    while (s->idle) {
        struct redis_conn *c = s->idle;
        s->idle = c->next;
        redisFree(c->ctx);
        free(c);
        s->n_open--;
    }
}

/* Records a failure; fills note with the warning to give (outside the lock) or "". Locked. */
static void mark_down(struct redis_store *s, const char *why, char *note, size_t note_size)
{
    note[0] = '\0';
    s->st.errors++;
    if (s->state != STATE_DOWN) {
        snprintf(note, note_size,
                 "shared cache: Redis at %s:%d is unreachable (%s); using the local cache until "
                 "it is back",
                 s->url.host, s->url.port, why);
        s->backoff_ms = LIMIT_REDIS_BACKOFF_MS;
    } else if (s->backoff_ms < LIMIT_REDIS_BACKOFF_MAX_MS) {
        s->backoff_ms *= 2;
        if (s->backoff_ms > LIMIT_REDIS_BACKOFF_MAX_MS)
            s->backoff_ms = LIMIT_REDIS_BACKOFF_MAX_MS;
    }
    s->state = STATE_DOWN;
    snprintf(s->error, sizeof s->error, "%s", why);
    s->retry_at_ms = clock_ms() + (double)s->backoff_ms;
    /* after a failure the other idle connections are most likely dead too */
    drop_idle(s);
}

/* Locked. */
static void mark_up(struct redis_store *s, char *note, size_t note_size)
{
    note[0] = '\0';
    if (s->state == STATE_DOWN)
        snprintf(note, note_size, "shared cache: Redis at %s:%d is back", s->url.host,
                 s->url.port);
    s->state = STATE_UP;
    s->error[0] = '\0';
    s->backoff_ms = LIMIT_REDIS_BACKOFF_MS;
}

static void note_failure(struct redis_store *s, const char *why)
{
    char note[400];
    pthread_mutex_lock(&s->mu);
    mark_down(s, why, note, sizeof note);
    pthread_mutex_unlock(&s->mu);
    if (note[0])
        say(s, note);
}

/* A new connection, authenticated and on the right database; NULL with why filled. */
static redisContext *connect_new(struct redis_store *s, char *why, size_t why_size)
{
    redisContext *c = redisConnectWithTimeout(s->url.host, s->url.port, ms_tv(s->connect_ms));
    redisReply *r = NULL;
    if (!c) {
        snprintf(why, why_size, "out of memory");
        return NULL;
    }
    if (c->err) {
        snprintf(why, why_size, "connect: %s", c->errstr);
        goto fail;
    }
    if (redisSetTimeout(c, ms_tv(s->command_ms)) != REDIS_OK) {
        snprintf(why, why_size, "cannot set the command time limit");
        goto fail;
    }
    if (s->url.password) {
        r = s->url.user ? redisCommand(c, "AUTH %s %s", s->url.user, s->url.password)
                        : redisCommand(c, "AUTH %s", s->url.password);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            snprintf(why, why_size, "AUTH: %s", r ? r->str : c->errstr);
            goto fail;
        }
        freeReplyObject(r);
        r = NULL;
    }
    if (s->url.db) {
        r = redisCommand(c, "SELECT %d", s->url.db);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            snprintf(why, why_size, "SELECT %d: %s", s->url.db, r ? r->str : c->errstr);
            goto fail;
        }
        freeReplyObject(r);
    }
    return c;
fail:
    if (r)
        freeReplyObject(r);
    redisFree(c);
    return NULL;
}

/* Takes a connection: an idle one (*reused = 1) or a new one. Fails at once while the store is
 * down and its retry time has not come. */
static int conn_take(struct redis_store *s, struct redis_conn **out, int *reused, struct err *e)
{
    *out = NULL;
    *reused = 0;
    pthread_mutex_lock(&s->mu);
    double now = clock_ms();
    if (s->state == STATE_DOWN && now < s->retry_at_ms) {
        int rc = err_set(e, ERR_IO, "Redis is unreachable (%s)", s->error);
        s->st.errors++;
        pthread_mutex_unlock(&s->mu);
        return rc;
    }
    if (s->state == STATE_DOWN)
        s->retry_at_ms = now + (double)s->backoff_ms; /* this caller probes; others wait */
    if (s->idle) {
        *out = s->idle;
        s->idle = (*out)->next;
        *reused = 1;
        pthread_mutex_unlock(&s->mu);
        return 0;
    }
    if (s->n_open >= s->max_conns) {
        pthread_mutex_unlock(&s->mu);
        return err_set(e, ERR_LIMIT, "every Redis connection is in use");
    }
    s->n_open++;
    pthread_mutex_unlock(&s->mu);

    char why[256];
    struct redis_conn *c = calloc(1, sizeof *c);
    if (c && !(c->ctx = connect_new(s, why, sizeof why))) {
        free(c);
        c = NULL;
    } else if (!c) {
        snprintf(why, sizeof why, "out of memory");
    }
    if (!c) {
        pthread_mutex_lock(&s->mu);
        s->n_open--;
        pthread_mutex_unlock(&s->mu);
        note_failure(s, why);
        return err_set(e, ERR_IO, "Redis is unreachable (%s)", why);
    }
    *out = c;
    return 0;
}

/* Returns a connection to the pool (ok) or closes it. */
static void conn_give(struct redis_store *s, struct redis_conn *c, int ok)
{
    pthread_mutex_lock(&s->mu);
    if (ok) {
        c->next = s->idle;
        s->idle = c;
    } else {
        s->n_open--;
    }
    pthread_mutex_unlock(&s->mu);
    if (!ok) {
        redisFree(c->ctx);
        free(c);
    }
}

/* Runs one command. Returns the reply (an error reply included: Redis answered) or NULL with e
 * filled when Redis could not be reached in time. */
static redisReply *command(struct redis_store *s, struct err *e, const char *fmt, ...)
{
    for (int attempt = 0; attempt < 2; attempt++) {
        struct redis_conn *c;
        int reused;
        if (conn_take(s, &c, &reused, e))
            return NULL;
        va_list ap;
        va_start(ap, fmt);
        redisReply *r = redisvCommand(c->ctx, fmt, ap);
        va_end(ap);
        int saved = errno;
        if (r) {
            char note[400];
            conn_give(s, c, 1);
            pthread_mutex_lock(&s->mu);
            mark_up(s, note, sizeof note);
            pthread_mutex_unlock(&s->mu);
            if (note[0])
                say(s, note);
            return r;
        }
        char why[256];
        int peer_gone = c->ctx->err == REDIS_ERR_EOF ||
                        (c->ctx->err == REDIS_ERR_IO && (saved == ECONNRESET || saved == EPIPE));
        snprintf(why, sizeof why, "%s",
                 c->ctx->err == REDIS_ERR_IO && (saved == EAGAIN || saved == EWOULDBLOCK)
                     ? "no answer within the command time limit"
                     : c->ctx->errstr);
        conn_give(s, c, 0);
        if (reused && peer_gone)
            continue; /* a connection from before a restart: one try on a new one */
        note_failure(s, why);
        err_set(e, ERR_IO, "Redis: %s", why);
        return NULL;
    }
    return NULL;
}

static void count(struct redis_store *s, unsigned long *field)
{
    pthread_mutex_lock(&s->mu);
    (*field)++;
    pthread_mutex_unlock(&s->mu);
}

/* ---- the store ---------------------------------------------------------------------------- */

#define KIND_MAX 16
#define STORE_KEY_SIZE (sizeof KEY_PREFIX + KIND_MAX + 1 + 64)

static void store_key(const char *key, char out[STORE_KEY_SIZE])
{
    unsigned char h[32];
    char hex[65];
    size_t kind = strcspn(key, (const char[]){CACHE_KEY_SEP, 0});
    /* a kind that is not a short plain word is not shown */
    int plain = kind > 0 && kind <= KIND_MAX && key[kind] == CACHE_KEY_SEP;
    for (size_t i = 0; plain && i < kind; i++)
        plain = (key[i] >= 'a' && key[i] <= 'z') || key[i] == '_';
    crypto_generichash(h, sizeof h, (const unsigned char *)key, strlen(key), NULL, 0);
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    snprintf(out, STORE_KEY_SIZE, KEY_PREFIX "%.*s:%s", plain ? (int)kind : 1,
             plain ? key : "k", hex);
}

static int redis_get(struct cache_store *st, const char *key, char **value, size_t *len,
                     long *ttl_left_ms, struct err *e)
{
    struct redis_store *s = (struct redis_store *)st;
    char k[STORE_KEY_SIZE];
    store_key(key, k);
    /* a short script sent whole each time: the server caches it by its hash */
    redisReply *r = command(s, e, "EVAL %s 1 %s", get_script, k);
    int rc = 1;
    if (!r)
        return e && e->code ? e->code : ERR_IO;
    const redisReply *v = r->type == REDIS_REPLY_ARRAY && r->elements == 2 ? r->element[0] : NULL;
    const redisReply *t = v ? r->element[1] : NULL;
    if (v && v->type == REDIS_REPLY_STRING && t->type == REDIS_REPLY_INTEGER && t->integer > 0) {
        if (!(*value = malloc(v->len + 1))) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
        } else {
            memcpy(*value, v->str, v->len);
            (*value)[v->len] = '\0';
            if (len)
                *len = v->len;
            if (ttl_left_ms)
                *ttl_left_ms = (long)t->integer;
            rc = 0;
        }
    } else if (!v || (v->type != REDIS_REPLY_NIL && v->type != REDIS_REPLY_STRING)) {
        rc = err_set(e, ERR_IO, "Redis GET: %s",
                     r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply");
        count(s, &s->st.errors);
    }
    freeReplyObject(r);
    if (rc >= 0)
        count(s, rc == 0 ? &s->st.hits : &s->st.misses);
    return rc;
}

static int redis_put(struct cache_store *st, const char *key, const char *value, size_t len,
                     long ttl_ms, struct err *e)
{
    struct redis_store *s = (struct redis_store *)st;
    char k[STORE_KEY_SIZE];
    if (len > s->max_value)
        return err_set(e, ERR_LIMIT, "the answer (%zu bytes) is larger than the shared cache "
                                     "keeps (%zu)", len, s->max_value);
    store_key(key, k);
    redisReply *r = command(s, e, "SET %s %b PX %ld", k, value, len, ttl_ms > 0 ? ttl_ms : s->ttl_ms);
    if (!r)
        return e && e->code ? e->code : ERR_IO;
    int rc = 0;
    if (r->type == REDIS_REPLY_ERROR) {
        rc = err_set(e, ERR_IO, "Redis SET: %s", r->str);
        count(s, &s->st.errors);
    } else {
        count(s, &s->st.puts);
    }
    freeReplyObject(r);
    return rc;
}

static void redis_stats(struct cache_store *st, struct cache_stats *out)
{
    struct redis_store *s = (struct redis_store *)st;
    pthread_mutex_lock(&s->mu);
    *out = s->st;
    pthread_mutex_unlock(&s->mu);
}

static void redis_health(struct cache_store *st, struct cache_health *out)
{
    struct redis_store *s = (struct redis_store *)st;
    struct err e = {0};
    redisReply *r = command(s, &e, "PING");
    out->up = r && r->type != REDIS_REPLY_ERROR;
    if (r && r->type == REDIS_REPLY_ERROR)
        snprintf(out->error, sizeof out->error, "PING: %s", r->str);
    else if (!r)
        snprintf(out->error, sizeof out->error, "%s", e.msg);
    if (r)
        freeReplyObject(r);
}

static void redis_free(struct cache_store *st)
{
    struct redis_store *s = (struct redis_store *)st;
    drop_idle(s);
    cache_redis_url_free(&s->url);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

static const struct cache_store_ops redis_ops = {
    .name = "redis",
    .get = redis_get,
    .put = redis_put,
    .stats = redis_stats,
    .health = redis_health,
    .free = redis_free,
};

int cache_store_is_redis(const struct cache_store *st)
{
    return st && st->ops == &redis_ops;
}

int cache_redis_open(const struct cache_redis_opts *o, struct cache_store **out, struct err *e)
{
    *out = NULL;
    if (sodium_init() < 0)
        return err_set(e, ERR_IO, "cannot initialise libsodium");
    struct redis_store *s = calloc(1, sizeof *s);
    if (!s)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc = cache_redis_parse_url(o->url, &s->url, e);
    if (rc) {
        free(s);
        return rc;
    }
    s->base.ops = &redis_ops;
    s->ttl_ms = o->ttl_ms > 0 ? o->ttl_ms : LIMIT_CACHE_TTL_MS;
    s->connect_ms = o->connect_ms > 0 ? o->connect_ms : LIMIT_REDIS_CONNECT_MS;
    s->command_ms = o->command_ms > 0 ? o->command_ms : LIMIT_REDIS_COMMAND_MS;
    s->max_value = o->max_value ? o->max_value : LIMIT_CACHE_VALUE_BYTES;
    s->max_conns = o->max_conns > 0 ? o->max_conns : 1;
    s->warn = o->warn;
    s->warn_ud = o->warn_ud;
    s->backoff_ms = LIMIT_REDIS_BACKOFF_MS;
    pthread_mutex_init(&s->mu, NULL);
    *out = &s->base;
    return 0;
}

/* ---- shared token buckets ----------------------------------------------------------------- */

static int script_sha(struct redis_store *s, char *sha, size_t size, struct err *e)
{
    pthread_mutex_lock(&s->mu);
    snprintf(sha, size, "%s", s->sha);
    pthread_mutex_unlock(&s->mu);
    if (sha[0])
        return 0;
    redisReply *r = command(s, e, "SCRIPT LOAD %s", take_script);
    if (!r)
        return e && e->code ? e->code : ERR_IO;
    int rc = 0;
    if (r->type == REDIS_REPLY_STRING && r->len < size) {
        snprintf(sha, size, "%s", r->str);
        pthread_mutex_lock(&s->mu);
        snprintf(s->sha, sizeof s->sha, "%s", sha);
        pthread_mutex_unlock(&s->mu);
    } else {
        rc = err_set(e, ERR_PROTOCOL, "Redis SCRIPT LOAD: %s",
                     r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply");
    }
    freeReplyObject(r);
    return rc;
}

int cache_redis_take(struct cache_store *st, const char *name, double rate, double burst,
                     long *retry_after_ms, struct err *e)
{
    if (!cache_store_is_redis(st) || rate <= 0)
        return err_set(e, ERR_USAGE, "not a Redis store, or no rate");
    struct redis_store *s = (struct redis_store *)st;
    char sha[48], key[300], r_s[40], b_s[40];
    int rc = script_sha(s, sha, sizeof sha, e);
    if (rc)
        return rc;
    snprintf(key, sizeof key, KEY_PREFIX "rl:%s", name);
    snprintf(r_s, sizeof r_s, "%.17g", rate);
    snprintf(b_s, sizeof b_s, "%.17g", burst);
    redisReply *r = command(s, e, "EVALSHA %s 1 %s %s %s", sha, key, r_s, b_s);
    if (r && r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
        /* the server lost its script cache (a restart): EVAL sends the text and caches it */
        freeReplyObject(r);
        r = command(s, e, "EVAL %s 1 %s %s %s", take_script, key, r_s, b_s);
    }
    if (!r)
        return e && e->code ? e->code : ERR_IO;
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 2 &&
        r->element[0]->type == REDIS_REPLY_INTEGER && r->element[1]->type == REDIS_REPLY_INTEGER) {
        rc = r->element[0]->integer == 1 ? 0 : 1;
        if (rc)
            *retry_after_ms = r->element[1]->integer > 0 ? (long)r->element[1]->integer : 1;
    } else {
        rc = err_set(e, ERR_PROTOCOL, "Redis rate script: %s",
                     r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply");
        count(s, &s->st.errors);
    }
    freeReplyObject(r);
    return rc;
}
