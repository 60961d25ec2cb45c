/* Internals of `genbi serve`, shared by its files:
 *   serve_cli.c  flags, configuration, start-up, signals and graceful shutdown
 *   http.c       libmicrohttpd access handler: routes, validation, JSON errors, SSE, request log
 *   jobs.c       the worker pool that drives pipeline runs, and the bridge to the model loop
 *   auth.c       API keys (stored hashed, libsodium) and the per-key token bucket
 *   metrics.c    Prometheus counters and histograms
 *   web.c        the web page and its assets (embedded at build time), POST /v1/sql
 *
 * Threads: one libmicrohttpd polling thread (every HTTP byte), one libcurl multi thread (every
 * model call: llm_multi_*), `workers` database workers (each with its own connection to every
 * database), and the main thread waiting for signals. Nothing blocks the polling thread; a
 * request that needs a worker or a model is suspended and resumed when its answer is ready. */
#ifndef GENBI_SERVER_INT_H
#define GENBI_SERVER_INT_H

#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdatomic.h>

#include "cache/cache.h"
#include "core/config.h"
#include "core/pipeline.h"
#include "core/state.h"
#include "llm/llm.h"
#include "schema/schema.h"
#include "util/buf.h"
#include "util/err.h"

enum server_route {
    ROUTE_ASK = 0,
    ROUTE_SQL_GENERATE,
    ROUTE_DATABASES,
    ROUTE_SCHEMA,
    ROUTE_HEALTH,
    ROUTE_METRICS,
    ROUTE_SQL,  /* POST /v1/sql (web.c) */
    ROUTE_PAGE, /* GET / and /static/... (web.c) */
    ROUTE_TEMPLATES, /* GET, POST, DELETE /v1/templates (templates_api.c) */
    ROUTE_UNKNOWN,
    ROUTE__COUNT
};

const char *server_route_name(enum server_route r);

/* One configured database. The schema is introspected once at start-up and then only read. */
struct server_db {
    char *name;
    char *dsn;
    struct schema schema;
    char hash_hex[17]; /* schema hash, part of cache keys */
    char *schema_json; /* GET /v1/schema body */
    struct templates *templates; /* learned templates, NULL when off */
};

/* ---- metrics.c ---------------------------------------------------------------------------- */

#define METRICS_BUCKETS 14
#define METRICS_STATUSES 16

struct metrics_hist {
    unsigned long counts[METRICS_BUCKETS + 1]; /* last = +Inf */
    double sum;
    unsigned long n;
};

struct server_metrics {
    pthread_mutex_t mu;
    int statuses[METRICS_STATUSES]; /* HTTP statuses seen, in order of first use */
    unsigned long requests[ROUTE__COUNT][METRICS_STATUSES];
    struct metrics_hist route_seconds[ROUTE__COUNT];
    struct metrics_hist node_seconds[NODE__COUNT + 1]; /* + total */
    unsigned long outcomes[3]; /* finished runs: answered, unanswered, refused */
    size_t n_tiers;                                    /* model tiers; index 0 is the rules tier */
    char **tier_names;
    unsigned long *answers; /* by tier that answered */
    unsigned long *tokens_in, *tokens_out, *model_calls, *model_errors;
    double *cost;
    unsigned long escalations, repairs_total, cache_hits, cache_misses, rate_limited;
    unsigned long store_hits[2], store_misses[2]; /* by store: [0] local LRU, [1] Redis */
    unsigned long abandoned; /* runs stopped before a model call: the client had gone */
    unsigned long model_cached; /* model calls answered from the shared cache */
    unsigned long repairs[DBE__COUNT + 1]; /* by error class; last = other */
};

int server_metrics_init(struct server_metrics *m, const struct config *cfg);
void server_metrics_free(struct server_metrics *m);
void server_metrics_request(struct server_metrics *m, enum server_route r, int status,
                            double seconds);
void server_metrics_state(struct server_metrics *m, const struct state *st);
void server_metrics_model(struct server_metrics *m, int tier, int rc, const struct llm_reply *r);
/* One answer lookup: hit in any store or not. */
void server_metrics_cache(struct server_metrics *m, int hit);
/* One store's answer to it (shared: 0 the local LRU, 1 Redis). */
void server_metrics_cache_store(struct server_metrics *m, int shared, int hit);
void server_metrics_rate_limited(struct server_metrics *m);
void server_metrics_abandoned(struct server_metrics *m);
/* A model call answered from the shared cache of model replies (no call made). */
void server_metrics_model_cached(struct server_metrics *m);
/* Reads only the stores' counters (no network): safe on the HTTP thread. */
int server_metrics_render(struct server_metrics *m, long in_flight, struct cache_store *local,
                          struct cache_store *shared, struct buf *out);

/* ---- auth.c ------------------------------------------------------------------------------- */

struct auth_key;
struct auth_table;

/* Thread-safe (mu); the tables are bounded (LIMIT_RATE_CLIENTS addresses each). */
struct server_auth {
    pthread_mutex_t mu;
    struct auth_key *keys;
    size_t n_keys;
    double rate, burst;       /* token bucket; rate 0 = unlimited */
    struct auth_table *anon;  /* per client address when no keys are configured */
    struct auth_table *fails; /* failed key checks per client address, when keys are configured */
};

int server_auth_init(struct server_auth *a, const struct config_server *cfg, struct err *e);
void server_auth_free(struct server_auth *a);
/* 1 when keys are configured (requests then need one). */
int server_auth_required(const struct server_auth *a);
/* Checks "Bearer KEY"; returns the key index >= 0, or -1. Constant time in the key compare. */
int server_auth_check(struct server_auth *a, const char *authorization);
const char *server_auth_key_id(const struct server_auth *a, int key);
/* Takes one token for the key (or, key < 0, for the client address). Returns 0, or 1 with
 * *retry_after_s (whole seconds, >= 1) when the bucket is empty. */
int server_auth_take(struct server_auth *a, int key, const struct sockaddr *addr,
                     long *retry_after_s);
/* Failed authentication per address: failed = 1 counts one failure, 0 only asks. Returns 1
 * with *retry_after_s when the address has failed too often (answer 429 without checking). */
int server_auth_failures(struct server_auth *a, const struct sockaddr *addr, int failed,
                         long *retry_after_s);
/* server_auth_take() with the bucket kept in Redis (shared), so that every instance draws from
 * the same one; falls back to the local bucket when Redis cannot answer. Blocks for at most the
 * Redis time limits: call it from a worker, never from the HTTP thread. */
int server_auth_take_shared(struct server_auth *a, struct cache_store *shared, int key,
                            const struct sockaddr *addr, long *retry_after_s);
/* The hash to put in the configuration for a key: 64 hex digits (crypto_generichash). */
int server_auth_hash_key(const char *key, char out[65]);

/* ---- conns.c ------------------------------------------------------------------------------ */

/* Open connections and their receive deadlines (conns.c says why). Lives in struct server;
 * the counters are read by any thread. */
struct server_conn;
struct server_conns {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t thread;
    int running, stop;
    long header_ms, body_ms;
    struct server_conn *head;
    atomic_long open;      /* connections libmicrohttpd has accepted and not yet closed */
    atomic_long timed_out; /* connections shut down for taking too long to send a request */
};

enum server_conn_phase { CONN_PHASE_BODY, CONN_PHASE_SERVED, CONN_PHASE_IDLE };

int server_conns_start(struct server_conns *cs, long header_ms, long body_ms, struct err *e);
/* Stops the sweeper; call before MHD_stop_daemon (the list stays valid for its reports). */
void server_conns_stop(struct server_conns *cs);
/* MHD_OPTION_NOTIFY_CONNECTION callback; cls is the struct server_conns. HTTP thread. */
void server_conns_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
                         enum MHD_ConnectionNotificationCode code);
/* Headers in (BODY), whole request in (SERVED), response sent on a kept-alive connection
 * (IDLE): sets the connection's next deadline. HTTP thread. */
void server_conns_phase(struct server_conns *cs, struct MHD_Connection *conn,
                        enum server_conn_phase phase);
/* MHD_OPTION_UNESCAPE_CALLBACK: decodes as libmicrohttpd does and notes a decoded NUL, which
 * server_conns_url_nul() then reports for the connection's current request. HTTP thread. */
size_t server_conns_unescape(void *cls, struct MHD_Connection *conn, char *s);
int server_conns_url_nul(struct MHD_Connection *conn);

/* ---- the server --------------------------------------------------------------------------- */

struct server_pool;
struct server_req;

/* Cached health of each model tier (refreshed by probes when older than LIMIT_HEALTH_FRESH_MS). */
struct server_tier_health {
    int up; /* 1 up, 0 down, -1 never checked */
    int http_status;
    double ms;
    double checked_ms;
};

struct server {
    struct config cfg;
    struct server_db *dbs;
    size_t n_dbs;
    char tier_fp[17]; /* fingerprint of the tier configuration, part of cache keys */
    const char *default_policy;

    struct MHD_Daemon *mhd;
    struct llm_multi *multi;
    /* Answer caches, either NULL when off. The local LRU may be read on the HTTP thread; the
     * shared one (Redis) only on workers, which then also apply the rate limit. */
    struct cache_store *local;
    struct cache_store *shared;
    struct server_pool *pool;
    struct server_auth auth;
    struct server_conns conns;
    struct server_metrics metrics;
    int log_fd;

    pthread_mutex_t health_mu;
    struct server_tier_health *tier_health;

    atomic_long in_flight; /* requests started and not yet completed */
    atomic_ulong next_id;
    unsigned long id_salt;
    atomic_int draining;     /* SIGTERM seen: new requests get 503 */
    pthread_mutex_t idle_mu; /* signalled when in_flight drops to 0 */
    pthread_cond_t idle_cv;
};

/* A request's work for the pool. */
enum job_kind { JOB_ASK = 0, JOB_HEALTH, JOB_CALL };

struct ask_options {
    int no_rules;     /* -1 = configuration's */
    int max_attempts; /* 0 = configuration's */
    const char *policy;
    int sse;
    /* The worker applies the rate limit and looks in the caches before the run (set when Redis
     * is configured: neither may wait on the HTTP thread). */
    int gate;
};

/* ---- request.c ---------------------------------------------------------------------------- */

/* A checked POST /v1/ask or /sql/generate body. question and opts.policy point into root, which
 * the struct owns (server_ask_free). */
struct server_ask {
    json_t *root;
    const char *question;
    size_t db;               /* index into the databases passed to server_parse_ask */
    struct ask_options opts; /* no_rules -1, max_attempts 0, policy NULL: the configuration's */
    int status;              /* on refusal: the HTTP status (400, 404) */
    const char *error;       /* on refusal: the API error code ("invalid_json", ...), static */
};

/* Reads body[0..len) (not NUL-terminated) as an ask request: strict UTF-8, a JSON object with a
 * non-blank "question" within cfg->server.question_limit bytes, an optional "db" among dbs
 * (absent: the first) and optional "options" (policy, max_attempts, no_rules). Returns 0, or
 * ERR_USAGE with out->status, out->error and e's message for the client. out needs
 * server_ask_free() after success; after a refusal it holds nothing. Thread-safe. */
int server_parse_ask(const char *body, size_t len, const struct server_db *dbs, size_t n_dbs,
                     const struct config *cfg, struct server_ask *out, struct err *e);
void server_ask_free(struct server_ask *a);
/* Index of the database called name (NULL: the first), or -1. */
long server_find_db(const struct server_db *dbs, size_t n_dbs, const char *name);
/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. 1 when valid. */
int server_utf8_valid(const unsigned char *s, size_t n);

/* ---- jobs.c ------------------------------------------------------------------------------- */

int server_pool_start(struct server *s, struct server_pool **out, struct err *e);
/* Runs every queued job to its end (model calls fail once the multi loop is gone), joins. */
void server_pool_stop(struct server_pool *p);
/* Work that only needs a database connection (POST /v1/sql): fn runs on a worker with that
 * worker's connection to database db, must answer req (server_req_respond) and owns ud. When
 * queueing fails ud stays the caller's. */
int server_job_call(struct server *s, struct server_req *req, size_t db,
                    void (*fn)(struct server *s, struct server_req *req, struct db *conn, void *ud),
                    void *ud);
/* Queues a new request's work. The job takes a reference on req. */
int server_job_ask(struct server *s, struct server_req *req, size_t db, const char *question,
                   const struct ask_options *o, char *cache_key);
int server_job_health(struct server *s, struct server_req *req);
/* Looks key up in the local store, then (shared_too) in Redis; a Redis hit is copied into the
 * local store. Counts the lookups in the metrics. Returns the store that answered ("lru",
 * "redis") with *value (malloc'd) and *len, or NULL on a miss. */
const char *server_cache_get(struct server *s, const char *key, int shared_too, char **value,
                             size_t *len);
/* Stores a value in every configured store for ttl_ms (0: the stores' TTL); failures only
 * degrade (never reported). */
void server_cache_put(struct server *s, const char *key, const char *value, size_t len,
                      long ttl_ms);

/* ---- http.c ------------------------------------------------------------------------------- */

int server_http_start(struct server *s, int listen_fd, struct err *e);
/* Stops the connection sweeper, then libmicrohttpd (closing every connection). */
void server_http_stop(struct server *s);
/* Called by jobs when the answer is ready: status and body (taken) for JSON requests. */
void server_req_respond(struct server_req *r, int status, char *body, size_t len);
/* Ends a JSON request with 429 rate_limited and its Retry-After (seconds). */
void server_req_respond_limited(struct server_req *r, long retry_after_s);
/* "hit" or "miss" for the X-Genbi-Cache header and the log, and on a hit the store that
 * answered ("lru", "redis": X-Genbi-Cache-Store); static strings. */
void server_req_set_cache(struct server_req *r, const char *what, const char *store);
/* The API key index (-1: none) and the client address (NULL when unknown). */
int server_req_key(const struct server_req *r);
const struct sockaddr *server_req_addr(const struct server_req *r);
/* SSE: appends one event; `last` ends the stream. */
void server_req_event(struct server_req *r, const char *event, const char *data, int last);
/* An event could not be rendered (no memory): the stream ends in an error once what was queued
 * before it has been sent, so a client never takes a stream with a gap for a whole one. */
void server_req_event_fail(struct server_req *r);
int server_req_is_sse(const struct server_req *r);
/* The client closed its connection before the answer (a worker may ask between model calls). */
int server_req_client_gone(struct server_req *r);
enum server_route server_req_route(const struct server_req *r);
/* What the request log reports about the run. */
void server_req_note_state(struct server_req *r, const struct state *st);
void server_req_unref(struct server_req *r);
/* {"error": {"code", "message"}} */
char *server_error_json(const char *code, const char *message, size_t *len);
/* For the routes of web.c, on the HTTP thread: */
struct server *server_req_server(const struct server_req *r);
struct MHD_Connection *server_req_conn(const struct server_req *r);
const char *server_req_body(const struct server_req *r, size_t *len);
/* Names the request's database in the log line. */
void server_req_set_db(struct server_req *r, const char *name);
/* Queues resp (not taken: the caller destroys it) with X-Request-Id and, while draining,
 * Connection: close; records the status. */
enum MHD_Result server_req_queue(struct server_req *r, unsigned status, struct MHD_Response *resp);
enum MHD_Result server_req_error(struct server_req *r, int status, const char *code,
                                 const char *message);
/* Suspends the connection and calls start(r, ud), which queues a job that will answer through
 * server_req_respond(); when start fails the answer is a 500. */
enum MHD_Result server_req_suspend(struct server_req *r, int (*start)(struct server_req *, void *),
                                   void *ud);

/* ---- web.c -------------------------------------------------------------------------------- */

/* The route of a path web.c serves (ROUTE_PAGE for "/" and "/static/NAME", ROUTE_SQL for
 * "/v1/sql") with the method it takes in *allow, else ROUTE_UNKNOWN. */
enum server_route server_web_route(const char *url, const char **allow);
/* GET / and /static/NAME: the embedded files, with ETag (If-None-Match gives 304) and caching
 * headers. Needs no API key: the page asks for one itself. */
enum MHD_Result server_web_static(struct server_req *r, const char *url);
/* POST /v1/sql {"sql", "db"?, "question"?}: runs the SQL read-only through the safety gate on a
 * worker (pipeline_run_sql). 200 with the answer object, 403 refused by the gate, 422 the
 * database's error, 400/404 for a bad request. */
enum MHD_Result server_web_sql(struct server_req *r);

/* ---- templates_api.c ------------------------------------------------------------------------ */

/* /v1/templates with its method ("GET", "POST" or "DELETE"); see the top of templates_api.c. */
enum MHD_Result server_templates(struct server_req *r, const char *method);

#endif
