/* The worker pool and the jobs it runs. A worker owns one connection to every database (SQLite
 * connections are not shared between threads) and never waits for a model: when a run needs
 * one, the call goes to the libcurl multi loop and the worker takes the next job; the model's
 * answer comes back as a continuation job that any worker may pick up (the run's struct
 * pipeline is the job's own, so the worker plugs its connection in before each step).
 *
 * With Redis configured, an ask job starts with its gate (job_gate): the shared rate limit and
 * the cache lookups, here rather than on the HTTP thread because Redis calls may wait (for at
 * most their time limits). A run that misses the answer may still skip its model calls: each
 * model's reply (the generated SQL) is shared too, keyed by the model and the exact prompt (which
 * holds the question, the selected schema and the dialect), and is stored only once the run
 * answered the question.
 *
 * Queues: new requests and continuations are kept apart and new requests go first (at most
 * FRESH_STREAK in a row while continuations wait), so a cheap tier-0 question never waits behind
 * a burst of model answers being executed. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "server/server_int.h"
#include "util/limits.h"
#include "util/clock.h"
#include "util/grow.h"

#include "util/banned.h"

#define FRESH_STREAK 4

struct server_job {
    enum job_kind kind;
    struct server *s;
    struct server_req *req;
    struct server_job *next;
    int started;
    /* JOB_CALL: runs with a worker's connection to database db (below) */
    void (*call)(struct server *s, struct server_req *req, struct db *conn, void *ud);
    void *call_ud;

    /* JOB_ASK */
    size_t db;
    struct config cfg; /* shallow copy of the server's, with the request's options */
    struct pipeline pipe;
    struct state st;
    struct pipeline_run *run;
    char *question;
    char *cache_key;
    int sse;
    size_t steps_sent;
    int call_tier; /* the model call in flight */
    int call_rc;   /* its outcome, set on the multi thread */
    struct llm_reply reply;
    struct err call_err;

    int gate;       /* job_gate() before the run */
    char *call_key; /* the model call in flight: its reply's cache key, or NULL */
    struct reply_put {
        char *key, *text;
    } *reply_puts; /* replies to share once the run has answered */
    size_t n_reply_puts, cap_reply_puts;

    /* JOB_HEALTH */
    atomic_int pending; /* probes in flight + 1 while the job itself runs */
    /* Per database: "" when up, else the reason. Fixed-size so that recording a failure cannot
     * itself fail (an unrecorded failure would report the database as up). */
    char (*db_errors)[512]; /* the size of db_error.msg */
    struct cache_health cache; /* the shared (else local) cache's; store NULL when none */
};

struct server_worker {
    struct server_pool *pool;
    struct db **conns; /* one per database */
    pthread_t th;
    int started;
};

struct server_pool {
    struct server *s;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct server_job *fresh_head, *fresh_tail, *cont_head, *cont_tail;
    int fresh_streak;
    int stop;
    struct server_worker *w;
    int n;
};

static void pool_push(struct server_pool *p, struct server_job *j, int cont)
{
    pthread_mutex_lock(&p->mu);
    struct server_job **head = cont ? &p->cont_head : &p->fresh_head;
    struct server_job **tail = cont ? &p->cont_tail : &p->fresh_tail;
    j->next = NULL;
    if (*tail)
        (*tail)->next = j;
    else
        *head = j;
    *tail = j;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

static struct server_job *pool_pop(struct server_pool *p)
{
    struct server_job *j = NULL;
    pthread_mutex_lock(&p->mu);
    while (!p->fresh_head && !p->cont_head && !p->stop)
        pthread_cond_wait(&p->cv, &p->mu);
    int cont = p->cont_head && (!p->fresh_head || p->fresh_streak >= FRESH_STREAK);
    struct server_job **head = cont ? &p->cont_head : &p->fresh_head;
    struct server_job **tail = cont ? &p->cont_tail : &p->fresh_tail;
    if (*head) {
        j = *head;
        *head = j->next;
        if (!*head)
            *tail = NULL;
        p->fresh_streak = cont ? 0 : p->fresh_streak + 1;
    }
    pthread_mutex_unlock(&p->mu);
    return j; /* NULL only when stopping with nothing left */
}

static void job_free(struct server_job *j)
{
    if (j->run)
        pipeline_run_free(j->run);
    state_free(&j->st);
    llm_reply_free(&j->reply);
    free(j->question);
    free(j->cache_key);
    free(j->call_key);
    for (size_t i = 0; i < j->n_reply_puts; i++) {
        free(j->reply_puts[i].key);
        free(j->reply_puts[i].text);
    }
    free(j->reply_puts);
    free(j->db_errors);
    if (j->req)
        server_req_unref(j->req);
    free(j);
}

/* Ends a request with a JSON error (or an SSE "error" event). */
static void job_fail(struct server_job *j, int status, const char *code, const char *msg)
{
    size_t len = 0;
    char *body = server_error_json(code, msg, &len);
    if (j->sse) {
        server_req_event(j->req, "error", body ? body : "{}", 1);
        free(body);
    } else {
        server_req_respond(j->req, status, body, len);
    }
    job_free(j);
}

/* ---- ask ---------------------------------------------------------------------------------- */

static const char *step_event(const struct state_step *s)
{
    switch (s->node) {
    case NODE_SELECT_SCHEMA:
        return "schema_selected";
    case NODE_GENERATE_SQL:
        return "sql_generated";
    case NODE_ANALYZE:
        return "executed";
    case NODE_FIX_SQL:
        return "repaired";
    default:
        break;
    }
    if (s->outcome && strncmp(s->outcome, "escalate", 8) == 0)
        return "escalated";
    if (s->outcome && strncmp(s->outcome, "done", 4) == 0)
        return "done";
    return "supervisor";
}

static void emit_steps(struct server_job *j)
{
    if (!j->sse)
        return;
    for (; j->steps_sent < j->st.n_steps; j->steps_sent++) {
        const struct state_step *s = &j->st.steps[j->steps_sent];
        json_t *o = json_object();
        /* json_object_set_new() fails on a NULL value: any constructor that ran out of memory
         * shows in bad, and an incomplete step is not sent */
        int bad = !o;
        bad |= json_object_set_new(o, "step", json_integer((json_int_t)j->steps_sent + 1));
        bad |= json_object_set_new(o, "node", json_string(state_node_name(s->node)));
        bad |= json_object_set_new(o, "tier", json_integer(s->tier));
        bad |= json_object_set_new(o, "sql", s->sql ? json_string(s->sql) : json_null());
        bad |= json_object_set_new(o, "outcome", s->outcome ? json_string(s->outcome) : json_null());
        bad |= json_object_set_new(o, "ms", json_real(s->ms));
        char *text = bad ? NULL : json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(15));
        json_decref(o);
        if (!text) {
            /* a stream with a step missing must not look whole: it ends in an error */
            server_req_event_fail(j->req);
            continue;
        }
        server_req_event(j->req, step_event(s), text, 0);
        free(text);
    }
}

/* The minimal contract of POST /sql/generate. */
static json_t *sql_generate_json(const struct state *st)
{
    json_t *full = state_to_json(st), *o = full ? json_object() : NULL;
    static const char *const keep[] = {"sql",      "confidence", "tier",       "tier_name",
                                       "cost_usd", "tokens_in",  "tokens_out", "status",
                                       "message",  "attempts",   "db"};
    int bad = !o;
    for (size_t i = 0; !bad && i < sizeof keep / sizeof keep[0]; i++)
        bad = json_object_set(o, keep[i], json_object_get(full, keep[i]));
    json_decref(full);
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static void job_finish_ask(struct server_job *j)
{
    struct server *s = j->s;
    struct state *st = &j->st;
    if (pipeline_run_status(j->run)) {
        job_fail(j, 500, "internal", "the server ran out of memory answering this question");
        return;
    }
    server_metrics_state(&s->metrics, st);
    server_req_note_state(j->req, st);
    char *body = NULL;
    if (server_req_route(j->req) == ROUTE_SQL_GENERATE) {
        json_t *o = sql_generate_json(st);
        body = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))
                 : NULL;
        json_decref(o);
    } else {
        body = state_render(st);
    }
    if (!body) {
        job_fail(j, 500, "internal", "the server ran out of memory rendering the answer");
        return;
    }
    size_t len = strlen(body);
    if (j->cache_key && st->status == STATE_ANSWERED)
        server_cache_put(s, j->cache_key, body, len, 0);
    for (size_t i = 0; st->status == STATE_ANSWERED && i < j->n_reply_puts; i++)
        server_cache_put(s, j->reply_puts[i].key, j->reply_puts[i].text,
                         strlen(j->reply_puts[i].text), s->cfg.server.cache_sql_ttl_ms);
    if (j->sse) {
        server_req_event(j->req, "answer", body, 1);
        free(body);
    } else {
        server_req_respond(j->req, 200, body, len);
    }
    job_free(j);
}

static void on_model_done(void *ud, int rc, struct llm_reply *reply, const struct err *e)
{
    struct server_job *j = ud;
    j->call_rc = rc;
    j->reply = *reply;
    if (e)
        j->call_err = *e;
    else
        err_clear(&j->call_err);
    server_metrics_model(&j->s->metrics, j->call_tier, rc, reply);
    pool_push(j->s->pool, j, 1);
}

/* ---- caches ------------------------------------------------------------------------------- */

/* The local store, then Redis; a Redis hit is copied into the local store. */
static const char *cache_lookup(struct server *s, const char *key, int shared_too, char **value,
                                size_t *len)
{
    const char *from = NULL;
    *value = NULL;
    if (s->local) {
        int rc = cache_store_get(s->local, key, value, len, NULL);
        server_metrics_cache_store(&s->metrics, 0, rc == 0);
        if (rc == 0)
            from = "lru";
    }
    if (!from && shared_too && s->shared) {
        long left = 0;
        int rc = cache_store_get_ttl(s->shared, key, value, len, &left, NULL);
        /* a Redis that could not answer is neither: it shows in the store's error count */
        if (rc >= 0)
            server_metrics_cache_store(&s->metrics, 1, rc == 0);
        if (rc == 0) {
            from = "redis";
            /* the next lookup here needs no network; the copy expires with the original */
            if (s->local)
                cache_store_put(s->local, key, *value, *len, left, NULL);
        }
    }
    return from;
}

const char *server_cache_get(struct server *s, const char *key, int shared_too, char **value,
                             size_t *len)
{
    const char *from = cache_lookup(s, key, shared_too, value, len);
    server_metrics_cache(&s->metrics, from != NULL);
    return from;
}

void server_cache_put(struct server *s, const char *key, const char *value, size_t len,
                      long ttl_ms)
{
    if (s->local)
        cache_store_put(s->local, key, value, len, ttl_ms, NULL);
    if (s->shared)
        cache_store_put(s->shared, key, value, len, ttl_ms, NULL);
}

/* The cache key of a model call's reply: the model (not its address: the same model served from
 * another host answers alike) and the exact prompt. */
static char *reply_key(const struct pipeline_call *c)
{
    unsigned char h[32];
    char hex[65], *out = NULL;
    crypto_generichash_state hs;
    const char *parts[] = {c->tier->protocol, c->tier->model, c->system, c->user};
    crypto_generichash_init(&hs, NULL, 0, sizeof h);
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        const char *p = parts[i] ? parts[i] : "";
        /* the terminating NUL separates the parts */
        crypto_generichash_update(&hs, (const unsigned char *)p, strlen(p) + 1);
    }
    crypto_generichash_final(&hs, h, sizeof h);
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    size_t n = sizeof "model" + sizeof hex;
    if ((out = malloc(n)))
        snprintf(out, n, "model%c%s", CACHE_KEY_SEP, hex);
    return out;
}

/* Answers the pending model call from the caches when the shared cache holds its reply (then
 * the run is resumed and 1 returned); otherwise remembers the key for the reply to come. */
static int reply_from_cache(struct server_job *j, const struct pipeline_call *c)
{
    struct server *s = j->s;
    free(j->call_key);
    j->call_key = NULL;
    if (!s->shared || s->cfg.server.cache_sql_ttl_ms <= 0 || !(j->call_key = reply_key(c)))
        return 0;
    struct llm_reply r;
    size_t len = 0;
    memset(&r, 0, sizeof r);
    if (!cache_lookup(s, j->call_key, 1, &r.text, &len))
        return 0;
    /* no tokens, no cost: nothing was paid for this answer */
    server_metrics_model_cached(&s->metrics);
    free(j->call_key);
    j->call_key = NULL;
    pipeline_resume(j->run, 0, &r, NULL);
    llm_reply_free(&r);
    return 1;
}

/* Keeps the reply of the call that just ended, to be shared if the run answers. */
static void keep_reply(struct server_job *j)
{
    char *text = j->call_key && !j->call_rc && j->reply.text ? strdup(j->reply.text) : NULL;
    if (!text || grow(&j->reply_puts, &j->cap_reply_puts, j->n_reply_puts,
                      sizeof *j->reply_puts, 4)) {
        free(text); /* not shared: only a lost saving */
        free(j->call_key);
    } else {
        j->reply_puts[j->n_reply_puts].key = j->call_key;
        j->reply_puts[j->n_reply_puts++].text = text;
    }
    j->call_key = NULL;
}

/* The work a run does not need when Redis is configured: the shared rate limit, then the
 * caches. Returns 1 when it answered the request (and freed the job). */
static int job_gate(struct server_job *j)
{
    struct server *s = j->s;
    long retry = 0;
    if (server_auth_take_shared(&s->auth, s->shared, server_req_key(j->req),
                                server_req_addr(j->req), &retry)) {
        server_metrics_rate_limited(&s->metrics);
        if (j->sse) {
            job_fail(j, 429, "rate_limited", "too many requests; retry later");
        } else {
            server_req_respond_limited(j->req, retry);
            job_free(j);
        }
        return 1;
    }
    if (j->sse || !j->cache_key)
        return 0;
    char *hit = NULL;
    size_t len = 0;
    const char *from = server_cache_get(s, j->cache_key, 1, &hit, &len);
    server_req_set_cache(j->req, hit ? "hit" : "miss", from);
    if (!hit)
        return 0;
    server_req_respond(j->req, 200, hit, len);
    job_free(j);
    return 1;
}

static void job_ask_step(struct server_worker *w, struct server_job *j)
{
    struct err e = {0};
    j->pipe.db = w->conns[j->db];
    if (!j->started && j->gate && job_gate(j))
        return;
    if (!j->started) {
        j->started = 1;
        if (pipeline_start(&j->pipe, j->question, &j->st, &j->run, &e)) {
            job_fail(j, 500, "internal", "the question could not be started");
            return;
        }
    } else {
        keep_reply(j);
        pipeline_resume(j->run, j->call_rc, j->call_rc ? NULL : &j->reply, &j->call_err);
        llm_reply_free(&j->reply);
    }
    for (;;) {
        enum pipeline_status ps = pipeline_advance(j->run);
        emit_steps(j);
        if (ps == PIPELINE_DONE) {
            job_finish_ask(j);
            return;
        }
        if (server_req_client_gone(j->req)) {
            /* nobody is waiting for the answer: no more model calls (and their cost) for it */
            server_metrics_abandoned(&j->s->metrics);
            job_fail(j, 499, "client_gone", "the client closed the connection");
            return;
        }
        const struct pipeline_call *c = pipeline_pending_call(j->run);
        j->call_tier = c->tier_index;
        if (reply_from_cache(j, c))
            continue;
        err_clear(&e);
        /* After a successful submit the job belongs to the model loop: touch nothing. */
        if (llm_multi_chat(j->s->multi, c->tier, c->system, c->user, on_model_done, j, &e) == 0)
            return;
        server_metrics_model(&j->s->metrics, j->call_tier, e.code ? e.code : ERR_IO, NULL);
        free(j->call_key);
        j->call_key = NULL;
        pipeline_resume(j->run, e.code ? e.code : ERR_IO, NULL, &e);
    }
}

int server_job_ask(struct server *s, struct server_req *req, size_t db, const char *question,
                   const struct ask_options *o, char *cache_key)
{
    struct server_job *j = calloc(1, sizeof *j);
    if (!j || !(j->question = strdup(question))) {
        free(j);
        free(cache_key);
        return ERR_NOMEM;
    }
    j->kind = JOB_ASK;
    j->s = s;
    j->req = req;
    j->db = db;
    j->cfg = s->cfg;
    if (o->no_rules >= 0)
        j->cfg.no_rules = o->no_rules;
    if (o->max_attempts > 0)
        j->cfg.max_attempts = o->max_attempts;
    if (o->policy)
        router_policy_parse(o->policy, &j->cfg.policy); /* validated when the request was read */
    j->pipe.cfg = &j->cfg;
    j->pipe.schema = &s->dbs[db].schema;
    j->pipe.db_name = s->dbs[db].name;
    j->pipe.templates = s->dbs[db].templates;
    j->sse = o->sse;
    j->gate = o->gate;
    j->cache_key = cache_key;
    pool_push(s->pool, j, 0);
    return 0;
}

/* ---- health ------------------------------------------------------------------------------- */

struct probe_ctx {
    struct server_job *job;
    size_t tier; /* 0-based model tier */
};

static void on_probe(void *ud, int ok, int http_status, double ms)
{
    struct probe_ctx *pc = ud;
    struct server_job *j = pc->job;
    struct server *s = j->s;
    pthread_mutex_lock(&s->health_mu);
    s->tier_health[pc->tier].up = ok;
    s->tier_health[pc->tier].http_status = http_status;
    s->tier_health[pc->tier].ms = ms;
    s->tier_health[pc->tier].checked_ms = clock_ms();
    pthread_mutex_unlock(&s->health_mu);
    free(pc);
    if (atomic_fetch_sub(&j->pending, 1) == 1)
        pool_push(s->pool, j, 1);
}

static void job_health_render(struct server_job *j)
{
    struct server *s = j->s;
    int all_up = 1;
    double now = clock_ms();
    json_t *o = json_object(), *dbs = json_array(), *models = json_array();
    int bad = !o || !dbs || !models; /* every json_*_new() below fails on a NULL value */
    for (size_t i = 0; !bad && i < s->n_dbs; i++) {
        json_t *d = json_object();
        bad |= json_array_append_new(dbs, d);
        bad |= json_object_set_new(d, "name", json_string(s->dbs[i].name));
        bad |= json_object_set_new(d, "up", json_boolean(!j->db_errors[i][0]));
        if (j->db_errors[i][0]) {
            bad |= json_object_set_new(d, "error", json_string(j->db_errors[i]));
            all_up = 0;
        }
    }
    pthread_mutex_lock(&s->health_mu);
    for (size_t t = 0; !bad && t < s->cfg.n_tiers; t++) {
        const struct server_tier_health *h = &s->tier_health[t];
        json_t *m = json_object();
        bad |= json_array_append_new(models, m);
        bad |= json_object_set_new(m, "tier", json_integer((json_int_t)t + 1));
        bad |= json_object_set_new(m, "name", json_string(s->cfg.tiers[t].llm.name));
        bad |= json_object_set_new(m, "url", json_string(s->cfg.tiers[t].llm.url));
        bad |= json_object_set_new(m, "up", json_boolean(h->up == 1));
        if (h->http_status)
            bad |= json_object_set_new(m, "http_status", json_integer(h->http_status));
        bad |= json_object_set_new(m, "checked_ms_ago", json_real(now - h->checked_ms));
        all_up &= h->up == 1;
    }
    pthread_mutex_unlock(&s->health_mu);
    int draining = atomic_load(&s->draining);
    bad |= json_object_set_new(o, "status",
                               json_string(draining ? "draining"
                                           : all_up ? "ok"
                                                    : "degraded"));
    bad |= json_object_set_new(o, "databases", dbs);
    bad |= json_object_set_new(o, "models", models);
    if (!bad && j->cache.store) {
        /* the cache is not part of "status": without it answers are slower, not wrong */
        json_t *c = json_object();
        bad |= json_object_set_new(o, "cache", c);
        bad |= json_object_set_new(c, "store", json_string(j->cache.store));
        bad |= json_object_set_new(c, "up", json_boolean(j->cache.up));
        if (!j->cache.up)
            bad |= json_object_set_new(c, "error", json_string(j->cache.error));
    }
    /* the other requests: this one is counted from its dispatch too */
    long others = atomic_load(&s->in_flight) - 1;
    bad |= json_object_set_new(o, "in_flight", json_integer(others > 0 ? others : 0));
    char *body = bad ? NULL : json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (!body) {
        job_fail(j, 500, "internal", "out of memory");
        return;
    }
    server_req_respond(j->req, all_up && !draining ? 200 : 503, body, strlen(body));
    job_free(j);
}

static void job_health_step(struct server_worker *w, struct server_job *j)
{
    struct server *s = j->s;
    if (j->started) {
        job_health_render(j);
        return;
    }
    j->started = 1;
    struct db_limits lim = {.timeout_ms = 1000, .row_cap = 1};
    for (size_t i = 0; i < s->n_dbs; i++) {
        struct db_result r;
        struct db_error de;
        memset(&r, 0, sizeof r);
        memset(&de, 0, sizeof de);
        if (db_exec(w->conns[i], "SELECT 1", &lim, &r, &de))
            snprintf(j->db_errors[i], sizeof j->db_errors[i], "%s",
                     de.msg[0] ? de.msg : "unavailable");
        db_result_free(&r);
    }
    if (s->shared || s->local)
        cache_store_health(s->shared ? s->shared : s->local, &j->cache);
    atomic_store(&j->pending, 1);
    double now = clock_ms();
    for (size_t t = 0; t < s->cfg.n_tiers; t++) {
        pthread_mutex_lock(&s->health_mu);
        int stale =
            s->tier_health[t].up < 0 || now - s->tier_health[t].checked_ms > LIMIT_HEALTH_FRESH_MS;
        pthread_mutex_unlock(&s->health_mu);
        if (!stale)
            continue;
        struct probe_ctx *pc = calloc(1, sizeof *pc);
        if (!pc)
            continue;
        pc->job = j;
        pc->tier = t;
        atomic_fetch_add(&j->pending, 1);
        if (llm_multi_probe(s->multi, s->cfg.tiers[t].llm.url, LIMIT_HEALTH_PROBE_MS, on_probe,
                            pc, NULL)) {
            atomic_fetch_sub(&j->pending, 1);
            free(pc);
        }
    }
    /* The last probe to finish (or this line, when there were none) queues the rendering. */
    if (atomic_fetch_sub(&j->pending, 1) == 1)
        job_health_render(j);
}

int server_job_health(struct server *s, struct server_req *req)
{
    struct server_job *j = calloc(1, sizeof *j);
    if (!j)
        return ERR_NOMEM;
    j->kind = JOB_HEALTH;
    j->s = s;
    j->req = req;
    j->db_errors = calloc(s->n_dbs ? s->n_dbs : 1, sizeof *j->db_errors);
    if (!j->db_errors) {
        free(j);
        return ERR_NOMEM;
    }
    pool_push(s->pool, j, 0);
    return 0;
}

/* ---- call ------------------------------------------------------------------------------- */

int server_job_call(struct server *s, struct server_req *req, size_t db,
                    void (*fn)(struct server *s, struct server_req *req, struct db *conn, void *ud),
                    void *ud)
{
    struct server_job *j = calloc(1, sizeof *j);
    if (!j)
        return ERR_NOMEM;
    j->kind = JOB_CALL;
    j->s = s;
    j->req = req;
    j->db = db;
    j->call = fn;
    j->call_ud = ud;
    pool_push(s->pool, j, 0);
    return 0;
}

/* ---- pool --------------------------------------------------------------------------------- */

static void *worker_main(void *arg)
{
    struct server_worker *w = arg;
    struct server_job *j;
    while ((j = pool_pop(w->pool))) {
        if (j->kind == JOB_ASK) {
            job_ask_step(w, j);
        } else if (j->kind == JOB_CALL) {
            j->call(j->s, j->req, w->conns[j->db], j->call_ud);
            job_free(j);
        } else {
            job_health_step(w, j);
        }
    }
    return NULL;
}

int server_pool_start(struct server *s, struct server_pool **out, struct err *e)
{
    struct server_pool *p = calloc(1, sizeof *p);
    int rc = 0;
    *out = NULL;
    if (!p)
        return err_set(e, ERR_NOMEM, "out of memory");
    p->s = s;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    p->n = s->cfg.server.workers;
    p->w = calloc((size_t)p->n, sizeof *p->w);
    if (!p->w) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    for (int i = 0; i < p->n; i++) {
        struct server_worker *w = &p->w[i];
        w->pool = p;
        w->conns = calloc(s->n_dbs ? s->n_dbs : 1, sizeof *w->conns);
        if (!w->conns) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        for (size_t d = 0; d < s->n_dbs; d++)
            if ((rc = db_open(s->dbs[d].dsn, &w->conns[d], e)))
                goto out;
    }
    for (int i = 0; i < p->n; i++) {
        int prc = pthread_create(&p->w[i].th, NULL, worker_main, &p->w[i]);
        if (prc) {
            rc = err_set(e, ERR_NOMEM, "cannot start a worker thread: %s", strerror(prc));
            goto out;
        }
        p->w[i].started = 1;
    }
out:
    if (rc) {
        server_pool_stop(p);
        return rc;
    }
    *out = p;
    return 0;
}

void server_pool_stop(struct server_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; p->w && i < p->n; i++) {
        if (p->w[i].started)
            pthread_join(p->w[i].th, NULL);
        for (size_t d = 0; p->w[i].conns && d < p->s->n_dbs; d++)
            db_close(p->w[i].conns[d]);
        free(p->w[i].conns);
    }
    free(p->w);
    pthread_cond_destroy(&p->cv);
    pthread_mutex_destroy(&p->mu);
    free(p);
}
