/* The HTTP layer of `genbi serve` on libmicrohttpd: routing, body collection with a size limit,
 * validation (UTF-8, JSON, types), authentication and rate limits, JSON errors, suspension of
 * requests that wait for a worker or a model, server-sent events, the request log and the
 * in-flight count that graceful shutdown waits on. Only this layer maps errors to HTTP statuses.
 *
 * Lifetime of a request (struct server_req): created on its first access-handler call, owned by
 * references: the connection's (dropped when libmicrohttpd reports completion), a job's while
 * one runs for it, and an SSE response's (dropped by the response's free callback). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "server/server_int.h"
#include "util/clock.h"

#include "util/banned.h"

/* Bodies over the limit are read and dropped, so the client gets its 413 instead of a reset
 * connection; a Content-Length over this size is refused at once. A chunked body has no length
 * to refuse, so it is dropped to its end, within server.body_timeout_ms (conns.c). */
#define DISCARD_MAX_BYTES (8L << 20)
#define SSE_BLOCK 4096

struct server_req {
    struct server *s;
    struct MHD_Connection *conn;
    pthread_mutex_t mu;
    int refs;
    enum server_route route;
    char method[8];
    char id[24];
    int key; /* API key index, -1 when none */
    double t0;
    struct buf body;
    long received;
    int body_over;
    int dispatched;
    int counted; /* in s->in_flight: from dispatch (the whole request received) to completion */
    int responded;
    int status;        /* the status sent, for the log and metrics */
    const char *cache; /* "hit", "miss" or NULL */
    const char *cache_store; /* on a hit: "lru" or "redis" */
    struct sockaddr_storage addr; /* the client's, for per-address rate limits */
    int has_addr;
    char retry_after[24]; /* a 429 from a worker: its Retry-After */
    char policy[16];
    char db[72];

    /* A JSON answer handed over by a job before it resumes the connection. */
    int ready;
    int ready_status;
    char *out;
    size_t out_len;

    /* Server-sent events. */
    int sse;
    struct buf ev;
    size_t ev_off;
    int ev_done, ev_suspended, gone;

    /* What the run did, for the log. */
    int have_state;
    int tier, attempts;
    long tokens_in, tokens_out;
    double cost_usd;
    double ms[NODE__COUNT];
    char outcome[16];
};

static const struct {
    const char *path;
    enum server_route route;
    const char *method;
} routes[] = {
    {"/v1/ask", ROUTE_ASK, "POST"},
    {"/sql/generate", ROUTE_SQL_GENERATE, "POST"},
    {"/v1/databases", ROUTE_DATABASES, "GET"},
    {"/v1/schema", ROUTE_SCHEMA, "GET"},
    {"/health", ROUTE_HEALTH, "GET"},
    {"/metrics", ROUTE_METRICS, "GET"},
    {"/v1/templates", ROUTE_TEMPLATES, "GET"},
    {"/v1/templates", ROUTE_TEMPLATES, "POST"},
    {"/v1/templates", ROUTE_TEMPLATES, "DELETE"},
};

const char *server_route_name(enum server_route r)
{
    static const char *const names[] = {
        [ROUTE_ASK] = "ask",
        [ROUTE_SQL_GENERATE] = "sql_generate",
        [ROUTE_DATABASES] = "databases",
        [ROUTE_SCHEMA] = "schema",
        [ROUTE_HEALTH] = "health",
        [ROUTE_METRICS] = "metrics",
        [ROUTE_SQL] = "sql",
        [ROUTE_PAGE] = "page",
        [ROUTE_TEMPLATES] = "templates",
        [ROUTE_UNKNOWN] = "unknown",
    };
    return r < ROUTE__COUNT ? names[r] : "unknown";
}

char *server_error_json(const char *code, const char *message, size_t *len)
{
    json_t *o = json_pack("{s:{s:s,s:s}}", "error", "code", code, "message", message);
    char *text = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    if (len)
        *len = text ? strlen(text) : 0;
    return text;
}

/* ---- references --------------------------------------------------------------------------- */

static void req_ref(struct server_req *r)
{
    pthread_mutex_lock(&r->mu);
    r->refs++;
    pthread_mutex_unlock(&r->mu);
}

void server_req_unref(struct server_req *r)
{
    pthread_mutex_lock(&r->mu);
    int last = --r->refs == 0;
    pthread_mutex_unlock(&r->mu);
    if (!last)
        return;
    buf_free(&r->body);
    buf_free(&r->ev);
    free(r->out);
    pthread_mutex_destroy(&r->mu);
    free(r);
}

int server_req_is_sse(const struct server_req *r)
{
    return r->sse;
}

enum server_route server_req_route(const struct server_req *r)
{
    return r->route;
}

void server_req_note_state(struct server_req *r, const struct state *st)
{
    r->have_state = 1;
    r->tier = st->tier;
    r->attempts = st->attempts;
    r->tokens_in = st->tokens_in;
    r->tokens_out = st->tokens_out;
    r->cost_usd = st->cost_usd;
    memcpy(r->ms, st->ms, sizeof r->ms);
    snprintf(r->outcome, sizeof r->outcome, "%s",
             st->status == STATE_ANSWERED  ? "answered"
             : st->status == STATE_REFUSED ? "refused"
                                           : "unanswered");
}

/* ---- responses ---------------------------------------------------------------------------- */

/* Queues body (malloc'd, taken) as the response. A NULL body is one that could not be rendered
 * (no memory), and a header libmicrohttpd could not copy would leave the response incomplete: in
 * both cases the connection is closed (MHD_NO) rather than answered with something partial. */
static enum MHD_Result queue_body(struct server_req *r, int status, char *body, size_t len,
                                  const char *content_type, const char *h_name, const char *h_value)
{
    if (!body)
        return MHD_NO;
    struct MHD_Response *resp = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        free(body);
        return MHD_NO;
    }
    int ok = MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, content_type) == MHD_YES;
    ok &= MHD_add_response_header(resp, "X-Request-Id", r->id) == MHD_YES;
    ok &= MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store") == MHD_YES;
    if (h_name)
        ok &= MHD_add_response_header(resp, h_name, h_value) == MHD_YES;
    if (r->cache)
        ok &= MHD_add_response_header(resp, "X-Genbi-Cache", r->cache) == MHD_YES;
    if (r->cache_store)
        ok &= MHD_add_response_header(resp, "X-Genbi-Cache-Store", r->cache_store) == MHD_YES;
    if (atomic_load(&r->s->draining))
        ok &= MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close") == MHD_YES;
    enum MHD_Result ret = ok ? MHD_queue_response(r->conn, (unsigned)status, resp) : MHD_NO;
    MHD_destroy_response(resp);
    r->status = status;
    r->responded = 1;
    return ret;
}

static enum MHD_Result queue_json(struct server_req *r, int status, char *body, size_t len)
{
    return queue_body(r, status, body, len, "application/json", NULL, NULL);
}

static enum MHD_Result queue_error_h(struct server_req *r, int status, const char *code,
                                     const char *message, const char *h_name, const char *h_value)
{
    size_t len = 0;
    char *body = server_error_json(code, message, &len);
    return queue_body(r, status, body, len, "application/json", h_name, h_value);
}

static enum MHD_Result queue_error(struct server_req *r, int status, const char *code,
                                   const char *message)
{
    return queue_error_h(r, status, code, message, NULL, NULL);
}

void server_req_respond(struct server_req *r, int status, char *body, size_t len)
{
    pthread_mutex_lock(&r->mu);
    r->ready = 1;
    r->ready_status = status;
    r->out = body;
    r->out_len = len;
    pthread_mutex_unlock(&r->mu);
    /* The connection is suspended until this call, so it is still there. */
    MHD_resume_connection(r->conn);
}

void server_req_respond_limited(struct server_req *r, long retry_after_s)
{
    size_t len = 0;
    char *body = server_error_json("rate_limited", "too many requests; retry later", &len);
    /* read by the HTTP thread only after the resume in server_req_respond() */
    snprintf(r->retry_after, sizeof r->retry_after, "%ld", retry_after_s);
    server_req_respond(r, 429, body, len);
}

void server_req_set_cache(struct server_req *r, const char *what, const char *store)
{
    r->cache = what;
    r->cache_store = store;
}

int server_req_key(const struct server_req *r)
{
    return r->key;
}

const struct sockaddr *server_req_addr(const struct server_req *r)
{
    return r->has_addr ? (const struct sockaddr *)&r->addr : NULL;
}

int server_req_client_gone(struct server_req *r)
{
    pthread_mutex_lock(&r->mu);
    int gone = r->gone, sse = r->sse;
    pthread_mutex_unlock(&r->mu);
    if (gone || sse) /* an event stream is polled by libmicrohttpd, which sets gone */
        return gone;
    /* A JSON request's connection is suspended until the answer, so libmicrohttpd does not
     * watch it: look at the socket. A read of 0 bytes is the client's orderly close; pipelined
     * bytes or "would block" mean it is still there. */
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (!ci)
        return 0;
    char c;
    ssize_t n = recv(ci->connect_fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && (errno == ECONNRESET || errno == ENOTCONN || errno == EPIPE));
}

/* ---- for web.c ---------------------------------------------------------------------------- */

struct server *server_req_server(const struct server_req *r)
{
    return r->s;
}

struct MHD_Connection *server_req_conn(const struct server_req *r)
{
    return r->conn;
}

const char *server_req_body(const struct server_req *r, size_t *len)
{
    *len = r->body.len;
    return r->body.data;
}

void server_req_set_db(struct server_req *r, const char *name)
{
    snprintf(r->db, sizeof r->db, "%s", name);
}

enum MHD_Result server_req_queue(struct server_req *r, unsigned status, struct MHD_Response *resp)
{
    int ok = MHD_add_response_header(resp, "X-Request-Id", r->id) == MHD_YES;
    if (atomic_load(&r->s->draining))
        ok &= MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close") == MHD_YES;
    r->status = (int)status;
    r->responded = 1;
    return ok ? MHD_queue_response(r->conn, status, resp) : MHD_NO;
}

enum MHD_Result server_req_error(struct server_req *r, int status, const char *code,
                                 const char *message)
{
    return queue_error(r, status, code, message);
}

/* ---- server-sent events ------------------------------------------------------------------- */

void server_req_event(struct server_req *r, const char *event, const char *data, int last)
{
    pthread_mutex_lock(&r->mu);
    /* a failed append leaves what was queued whole and sets ev.failed: the stream then ends
     * in an error after it (sse_read) */
    if (!event || (!r->gone && buf_printf(&r->ev, "event: %s\ndata: %s\n\n", event, data)))
        r->ev.failed = 1;
    if (last)
        r->ev_done = 1;
    int wake = r->ev_suspended;
    r->ev_suspended = 0;
    pthread_mutex_unlock(&r->mu);
    /* The reader suspended the connection and cannot be closed while suspended. */
    if (wake)
        MHD_resume_connection(r->conn);
}

void server_req_event_fail(struct server_req *r)
{
    server_req_event(r, NULL, NULL, 0);
}

static ssize_t sse_read(void *cls, uint64_t pos, char *out, size_t max)
{
    struct server_req *r = cls;
    ssize_t n;
    (void)pos;
    pthread_mutex_lock(&r->mu);
    if (r->ev_off < r->ev.len) {
        size_t k = r->ev.len - r->ev_off;
        if (k > max)
            k = max;
        memcpy(out, r->ev.data + r->ev_off, k);
        r->ev_off += k;
        if (r->ev_off == r->ev.len && !r->ev.failed) {
            buf_reset(&r->ev);
            r->ev_off = 0;
        }
        n = (ssize_t)k;
    } else if (r->ev.failed) {
        n = MHD_CONTENT_READER_END_WITH_ERROR; /* an event is missing: the client must not
                                                  take the stream for a whole one */
    } else if (r->ev_done) {
        n = MHD_CONTENT_READER_END_OF_STREAM;
    } else {
        /* Nothing to send yet: park the connection until the job has more. */
        r->ev_suspended = 1;
        MHD_suspend_connection(r->conn);
        n = 0;
    }
    pthread_mutex_unlock(&r->mu);
    return n;
}

static void sse_free(void *cls)
{
    server_req_unref(cls);
}

static enum MHD_Result queue_sse(struct server_req *r)
{
    struct MHD_Response *resp =
        MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, SSE_BLOCK, sse_read, r, sse_free);
    if (!resp)
        return MHD_NO;
    req_ref(r); /* dropped by sse_free, which MHD_destroy_response() runs when not queued */
    int ok =
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/event-stream") == MHD_YES;
    ok &= MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache") == MHD_YES;
    ok &= MHD_add_response_header(resp, "X-Request-Id", r->id) == MHD_YES;
    enum MHD_Result ret = ok ? MHD_queue_response(r->conn, MHD_HTTP_OK, resp) : MHD_NO;
    MHD_destroy_response(resp);
    r->status = 200;
    r->responded = 1;
    return ret;
}

/* ---- request log -------------------------------------------------------------------------- */

/* The log line is written directly rather than built as a JSON tree and dumped: it is written
 * on the HTTP thread, once for every request. Strings are escaped as JSON wants; one that is not
 * valid UTF-8 (a client's method token) keeps its ASCII bytes and shows '?' for the others. */
/* ,"key": (the comma left out for an object's first member) */
static void log_key(struct buf *b, int comma, const char *key)
{
    buf_puts(b, comma ? ",\"" : "\"");
    buf_puts(b, key);
    buf_puts(b, "\":");
}

static void log_str(struct buf *b, const char *key, const char *v)
{
    static const char hex[] = "0123456789abcdef";
    int ascii_only = !server_utf8_valid((const unsigned char *)v, strlen(v));
    log_key(b, 1, key);
    buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
        if (*p == '"' || *p == '\\') {
            buf_putc(b, '\\');
            buf_putc(b, (char)*p);
        } else if (*p < 0x20) {
            char esc[7] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15], 0};
            buf_puts(b, esc);
        } else {
            buf_putc(b, ascii_only && *p >= 0x80 ? '?' : (char)*p);
        }
    }
    buf_putc(b, '"');
}

static void log_int(struct buf *b, const char *key, long long v)
{
    log_key(b, 1, key);
    buf_put_int(b, v);
}

static void log_ms(struct buf *b, const char *key, double v)
{
    log_key(b, 1, key);
    buf_put_fixed(b, isfinite(v) ? v : 0.0, 3);
}

static void log_request(struct server_req *r, enum MHD_RequestTerminationCode toe)
{
    struct server *s = r->s;
    char ts[40];
    struct timespec now;
    struct tm tm;
    struct buf b = BUF_INIT;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    size_t k = strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(ts + k, sizeof ts - k, ".%03ldZ", now.tv_nsec / 1000000L);

    buf_printf(&b, "{\"ts\":\"%s\"", ts);
    log_str(&b, "request_id", r->id);
    log_str(&b, "key_id", server_auth_key_id(&s->auth, r->key));
    log_str(&b, "method", r->method);
    log_str(&b, "route", server_route_name(r->route));
    log_int(&b, "status", r->status);
    log_ms(&b, "ms", clock_ms() - r->t0);
    if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
        log_str(&b, "client", "disconnected");
    if (r->db[0])
        log_str(&b, "db", r->db);
    if (r->policy[0])
        log_str(&b, "policy", r->policy);
    if (r->cache)
        log_str(&b, "cache", r->cache);
    if (r->cache_store)
        log_str(&b, "cache_store", r->cache_store);
    if (r->have_state) {
        log_str(&b, "outcome", r->outcome);
        if (r->tier >= 0)
            log_int(&b, "tier", r->tier);
        else
            buf_puts(&b, ",\"tier\":null");
        log_int(&b, "attempts", r->attempts);
        log_int(&b, "tokens_in", r->tokens_in);
        log_int(&b, "tokens_out", r->tokens_out);
        log_key(&b, 1, "cost_usd");
        buf_printf(&b, "%.8g", isfinite(r->cost_usd) ? r->cost_usd : 0.0);
        buf_puts(&b, ",\"ms_nodes\":{");
        for (int n = 0; n < NODE__COUNT; n++) {
            log_key(&b, n > 0, state_node_name((enum state_node)n));
            buf_put_fixed(&b, isfinite(r->ms[n]) ? r->ms[n] : 0.0, 3);
        }
        buf_putc(&b, '}');
    }
    buf_puts(&b, "}\n");
    /* One write per line: O_APPEND files and pipes keep concurrent lines whole. */
    const char *p = buf_cstr(&b);
    size_t left = b.failed ? 0 : b.len;
    while (left > 0) {
        ssize_t w = write(s->log_fd, p, left);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        p += w;
        left -= (size_t)w;
    }
    buf_free(&b);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct server *s = cls;
    struct server_req *r = *con_cls;
    if (!r)
        return;
    *con_cls = NULL;
    if (!r->responded)
        r->status = 499; /* the client went away before an answer was queued */
    server_conns_phase(&s->conns, conn, CONN_PHASE_IDLE);
    log_request(r, toe);
    server_metrics_request(&s->metrics, r->route, r->status, (clock_ms() - r->t0) / 1000.0);
    pthread_mutex_lock(&r->mu);
    r->gone = 1;
    pthread_mutex_unlock(&r->mu);
    int counted = r->counted;
    server_req_unref(r);
    if (counted && atomic_fetch_sub(&s->in_flight, 1) == 1) {
        pthread_mutex_lock(&s->idle_mu);
        pthread_cond_broadcast(&s->idle_cv);
        pthread_mutex_unlock(&s->idle_mu);
    }
}

/* ---- routes ------------------------------------------------------------------------------- */

static enum MHD_Result route_databases(struct server_req *r)
{
    struct server *s = r->s;
    json_t *arr = json_array();
    int bad = !arr; /* json_array_append_new() fails on the NULL of a failed json_pack() */
    for (size_t i = 0; !bad && i < s->n_dbs; i++) {
        const struct server_db *d = &s->dbs[i];
        bad = json_array_append_new(arr, json_pack("{s:s,s:s,s:I,s:s,s:b}", "name", d->name, "dialect",
                                             d->schema.dialect ? d->schema.dialect : "", "tables",
                                             (json_int_t)d->schema.n_tables, "schema_hash",
                                             d->hash_hex, "default", i == 0));
    }
    if (bad) {
        json_decref(arr);
        return queue_error(r, 500, "internal", "out of memory");
    }
    json_t *o = json_pack("{s:o}", "databases", arr); /* takes arr, even when it fails */
    char *body = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    if (!body)
        return queue_error(r, 500, "internal", "out of memory");
    return queue_json(r, 200, body, strlen(body));
}

static enum MHD_Result route_schema(struct server_req *r)
{
    const char *name = MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, "db");
    if (name && !server_utf8_valid((const unsigned char *)name, strlen(name)))
        return queue_error(r, 400, "invalid_utf8", "the db parameter is not valid UTF-8");
    long i = server_find_db(r->s->dbs, r->s->n_dbs, name && *name ? name : NULL);
    if (i < 0)
        return queue_error(r, 404, "unknown_database",
                           "no database of that name; GET /v1/databases lists them");
    snprintf(r->db, sizeof r->db, "%s", r->s->dbs[i].name);
    char *body = strdup(r->s->dbs[i].schema_json);
    if (!body)
        return queue_error(r, 500, "internal", "out of memory");
    return queue_json(r, 200, body, strlen(body));
}

static enum MHD_Result route_metrics(struct server_req *r)
{
    struct buf b = BUF_INIT;
    if (server_metrics_render(&r->s->metrics, atomic_load(&r->s->in_flight), r->s->local,
                              r->s->shared, &b)) {
        buf_free(&b);
        return queue_error(r, 500, "internal", "out of memory");
    }
    size_t len = b.len;
    return queue_body(r, 200, buf_detach(&b), len, "text/plain; version=0.0.4; charset=utf-8", NULL,
                      NULL);
}

/* Waits for a worker: the connection sleeps until server_req_respond() resumes it. */
enum MHD_Result server_req_suspend(struct server_req *r, int (*start)(struct server_req *, void *),
                                   void *ud)
{
    req_ref(r); /* the job's */
    MHD_suspend_connection(r->conn);
    if (start(r, ud)) {
        server_req_unref(r); /* no job; the connection's reference keeps r */
        size_t len = 0;
        char *body = server_error_json("internal", "out of memory", &len);
        server_req_respond(r, 500, body, len);
    }
    return MHD_YES;
}

static int start_health(struct server_req *r, void *ud)
{
    (void)ud;
    return server_job_health(r->s, r);
}

static char *cache_key(struct server *s, const struct server_req *r, size_t db, const char *q,
                       const struct ask_options *o)
{
    char *norm = cache_normalize_question(q);
    struct buf k = BUF_INIT;
    if (!norm)
        return NULL;
    int no_rules = o->no_rules >= 0 ? o->no_rules : s->cfg.no_rules;
    int attempts = o->max_attempts > 0 ? o->max_attempts : s->cfg.max_attempts;
    buf_printf(&k, "%s\x1f%s\x1f%s\x1f%s\x1f%d\x1f%d\x1f%s\x1f%s", server_route_name(r->route),
               s->dbs[db].name, s->dbs[db].hash_hex, s->tier_fp, no_rules, attempts,
               o->policy ? o->policy : s->default_policy, norm);
    free(norm);
    if (k.failed) {
        buf_free(&k);
        return NULL;
    }
    return buf_detach(&k);
}

static int wants_sse(struct server_req *r)
{
    const char *accept =
        MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
    const char *stream = MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, "stream");
    return (accept && strstr(accept, "text/event-stream")) ||
           (stream && (strcmp(stream, "1") == 0 || strcmp(stream, "true") == 0));
}

static enum MHD_Result route_ask(struct server_req *r)
{
    struct server *s = r->s;
    struct server_ask a;
    struct err e = {0};
    enum MHD_Result ret = MHD_YES;

    if (server_parse_ask(r->body.data, r->body.len, s->dbs, s->n_dbs, &s->cfg, &a, &e))
        return queue_error(r, a.status, a.error, e.msg);
    struct ask_options o = a.opts;
    const char *question = a.question;
    size_t db = a.db;
    snprintf(r->db, sizeof r->db, "%s", s->dbs[db].name);
    snprintf(r->policy, sizeof r->policy, "%s", o.policy ? o.policy : s->default_policy);
    o.policy = r->policy;
    o.sse = r->route == ROUTE_ASK && wants_sse(r);
    r->sse = o.sse;

    char *key = NULL;
    /* With Redis the worker applies the rate limit and looks in the caches (server_job_ask);
     * without it the local LRU is read here, where it costs no hop. */
    o.gate = s->shared != NULL;
    if (s->local || s->shared) {
        key = cache_key(s, r, db, question, &o);
        size_t len = 0;
        char *hit = NULL;
        const char *from =
            key && !o.sse && !o.gate ? server_cache_get(s, key, 0, &hit, &len) : NULL;
        if (!o.gate) {
            r->cache = hit ? "hit" : "miss";
            r->cache_store = from;
        }
        if (hit) {
            free(key);
            ret = queue_json(r, 200, hit, len);
            goto out;
        }
    }
    req_ref(r); /* the job's */
    if (!o.sse)
        MHD_suspend_connection(r->conn);
    if (server_job_ask(s, r, db, question, &o, key)) {
        server_req_unref(r);
        if (!o.sse) {
            size_t len = 0;
            char *body = server_error_json("internal", "out of memory", &len);
            server_req_respond(r, 500, body, len);
        } else {
            ret = queue_error(r, 500, "internal", "out of memory");
        }
        goto out;
    }
    if (o.sse)
        ret = queue_sse(r);
out:
    server_ask_free(&a);
    return ret;
}

static enum MHD_Result queue_limited(struct server_req *r, long retry)
{
    char ra[24];
    snprintf(ra, sizeof ra, "%ld", retry);
    server_metrics_rate_limited(&r->s->metrics);
    return queue_error_h(r, 429, "rate_limited", "too many requests; retry later",
                         MHD_HTTP_HEADER_RETRY_AFTER, ra);
}

/* libmicrohttpd 0.9.75 ends a header value at its first NUL byte, so "Bearer KEY\0junk" would
 * read as "Bearer KEY". The value stays in its read buffer up to the end of the line, where CR LF
 * became NUL NUL: a byte other than NUL just past the value's end is the rest of a value cut
 * short by a NUL. (A client that ends lines with a bare LF would be refused too; none in use
 * does.) Later releases refuse such requests themselves. */
static int header_cut_by_nul(const char *v, size_t len)
{
    if (memchr(v, '\0', len))
        return 1;
#if MHD_VERSION < 0x00097700
    return v[len + 1] != '\0';
#else
    return 0;
#endif
}

/* Sets r->key and returns 0, or queues the refusal into *queued and returns 1: 400 for a NUL in
 * the header, 429 for an address that failed too often (checked before any hashing), 401 for a
 * wrong key. */
static int check_key(struct server_req *r, long *retry, enum MHD_Result *queued)
{
    struct server *s = r->s;
    const char *authz = NULL;
    size_t len = 0;
    if (MHD_lookup_connection_value_n(r->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION,
                                      strlen(MHD_HTTP_HEADER_AUTHORIZATION), &authz,
                                      &len) != MHD_YES)
        authz = NULL;
    if (authz && header_cut_by_nul(authz, len)) {
        *queued = queue_error(r, 400, "invalid_request",
                              "the Authorization header contains a NUL byte");
        return 1;
    }
    if (server_auth_failures(&s->auth, server_req_addr(r), 0, retry)) {
        *queued = queue_limited(r, *retry);
        return 1;
    }
    r->key = server_auth_check(&s->auth, authz);
    if (r->key >= 0)
        return 0;
    if (authz)
        server_auth_failures(&s->auth, server_req_addr(r), 1, retry);
    *queued = queue_error_h(r, 401, "unauthorized",
                         authz ? "the API key is not valid"
                               : "an API key is required: Authorization: Bearer KEY",
                         MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
    return 1;
}

static enum MHD_Result dispatch(struct server_req *r, const char *url)
{
    struct server *s = r->s;
    const char *allow = NULL;
    enum server_route path_route = ROUTE_UNKNOWN;
    r->route = ROUTE_UNKNOWN;
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
        if (strcmp(url, routes[i].path) == 0) {
            allow = routes[i].method;
            path_route = routes[i].route;
            if (strcmp(r->method, routes[i].method) == 0)
                r->route = routes[i].route;
        }
    }
    if (!allow && (path_route = server_web_route(url, &allow)) != ROUTE_UNKNOWN &&
        strcmp(r->method, allow) == 0)
        r->route = path_route;
    if (r->route == ROUTE_UNKNOWN && !allow)
        return queue_error(r, 404, "not_found", "no such endpoint; see docs/server.md");
    if (r->route == ROUTE_UNKNOWN) {
        r->route = path_route; /* counted under its endpoint, with status 405 */
        return queue_error_h(r, 405, "method_not_allowed", "this endpoint takes another method",
                             MHD_HTTP_HEADER_ALLOW, allow);
    }
    if (server_conns_url_nul(r->conn))
        return queue_error(r, 400, "invalid_request", "the URL contains a NUL byte (%00)");
    if (atomic_load(&s->draining) && r->route != ROUTE_METRICS)
        return queue_error(r, 503, "shutting_down", "the server is shutting down");
    /* Health and metrics stay open to load balancers and Prometheus; the page's files too, so
     * that it can load and ask for a key. */
    if (r->route != ROUTE_HEALTH && r->route != ROUTE_METRICS && r->route != ROUTE_PAGE) {
        long retry = 0;
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        if (ci && ci->client_addr) {
            socklen_t n = ci->client_addr->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6)
                                                                 : sizeof(struct sockaddr_in);
            memcpy(&r->addr, ci->client_addr, n);
            r->has_addr = 1;
        }
        enum MHD_Result queued = MHD_NO;
        if (server_auth_required(&s->auth) && check_key(r, &retry, &queued))
            return queued;
        /* questions under a shared cache are limited by the worker, in Redis (route_ask) */
        int shared_limit = s->shared && (r->route == ROUTE_ASK || r->route == ROUTE_SQL_GENERATE);
        if (!shared_limit && server_auth_take(&s->auth, r->key, server_req_addr(r), &retry))
            return queue_limited(r, retry);
    }
    if (r->body_over) {
        char msg[120];
        snprintf(msg, sizeof msg, "the body is larger than %ld bytes", s->cfg.server.body_limit);
        return queue_error(r, 413, "body_too_large", msg);
    }
    switch (r->route) {
    case ROUTE_ASK:
    case ROUTE_SQL_GENERATE:
        return route_ask(r);
    case ROUTE_DATABASES:
        return route_databases(r);
    case ROUTE_SCHEMA:
        return route_schema(r);
    case ROUTE_METRICS:
        return route_metrics(r);
    case ROUTE_HEALTH:
        return server_req_suspend(r, start_health, NULL);
    case ROUTE_SQL:
        return server_web_sql(r);
    case ROUTE_PAGE:
        return server_web_static(r, url);
    case ROUTE_TEMPLATES:
        return server_templates(r, r->method);
    default:
        return queue_error(r, 404, "not_found", "no such endpoint");
    }
}

static struct server_req *req_new(struct server *s, struct MHD_Connection *conn, const char *method)
{
    struct server_req *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    pthread_mutex_init(&r->mu, NULL);
    r->refs = 1; /* the connection's */
    r->s = s;
    r->conn = conn;
    r->key = -1;
    r->t0 = clock_ms();
    r->route = ROUTE_UNKNOWN;
    snprintf(r->method, sizeof r->method, "%s", method);
    unsigned long n = atomic_fetch_add(&s->next_id, 1);
    snprintf(r->id, sizeof r->id, "%08lx%08lx", s->id_salt & 0xffffffffUL, n & 0xffffffffUL);
    buf_init(&r->body, (size_t)s->cfg.server.body_limit + 1);
    return r;
}

static enum MHD_Result on_access(void *cls, struct MHD_Connection *conn, const char *url,
                                 const char *method, const char *version, const char *upload_data,
                                 size_t *upload_size, void **con_cls)
{
    struct server *s = cls;
    struct server_req *r = *con_cls;
    (void)version;
    if (!r) {
        r = req_new(s, conn, method);
        if (!r)
            return MHD_NO;
        *con_cls = r;
        server_conns_phase(&s->conns, conn, CONN_PHASE_BODY);
        if (atomic_load(&s->conns.open) > s->cfg.server.max_connections) {
            r->dispatched = 1;
            return queue_error_h(r, 503, "overloaded",
                                 "too many open connections; retry later",
                                 MHD_HTTP_HEADER_CONNECTION, "close");
        }
        const char *cl =
            MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl) {
            char *end = NULL;
            errno = 0;
            long long n = strtoll(cl, &end, 10);
            if (errno == 0 && end != cl && n > s->cfg.server.body_limit) {
                r->body_over = 1;
                if (n > DISCARD_MAX_BYTES) {
                    r->dispatched = 1;
                    return queue_error(r, 413, "body_too_large", "the body is far too large");
                }
            }
        }
        return MHD_YES;
    }
    if (*upload_size) {
        r->received += (long)*upload_size;
        if (!r->body_over && buf_append(&r->body, upload_data, *upload_size)) {
            r->body_over = 1;
            buf_free(&r->body);
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (r->ready) {
        char *out = r->out;
        r->out = NULL;
        r->ready = 0;
        return queue_body(r, r->ready_status, out, r->out_len, "application/json",
                          r->retry_after[0] ? MHD_HTTP_HEADER_RETRY_AFTER : NULL,
                          r->retry_after);
    }
    if (r->dispatched)
        return MHD_YES;
    r->dispatched = 1;
    server_conns_phase(&s->conns, conn, CONN_PHASE_SERVED);
    /* Counted only once received: a client that stalls mid-body must not hold up shutdown
     * (libmicrohttpd closes such connections when the daemon stops). */
    r->counted = 1;
    atomic_fetch_add(&s->in_flight, 1);
    return dispatch(r, url);
}

/* libmicrohttpd's own limit sits a little above max_connections so that a request arriving
 * over it can still be told 503; past that, and past per_ip_connections, libmicrohttpd closes
 * new connections at once. Both stay below the open-file limit, with room for the databases,
 * the model calls and the log. */
static unsigned mhd_connection_limit(const struct config_server *c)
{
    long limit = c->max_connections + c->max_connections / 16 + 16;
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        (long)rl.rlim_cur - 256 < limit)
        limit = (long)rl.rlim_cur - 256;
    return limit < 16 ? 16 : (unsigned)limit;
}

int server_http_start(struct server *s, int listen_fd, struct err *e)
{
    const struct config_server *c = &s->cfg.server;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
    if (server_conns_start(&s->conns, c->header_timeout_ms, c->body_timeout_ms, e))
        return ERR_IO;
    s->mhd = MHD_start_daemon(
        flags, 0, NULL, NULL, on_access, s, MHD_OPTION_LISTEN_SOCKET, listen_fd,
        MHD_OPTION_CONNECTION_LIMIT, mhd_connection_limit(c), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        (unsigned)c->per_ip_connections, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60,
        MHD_OPTION_NOTIFY_CONNECTION, server_conns_notify, &s->conns,
        MHD_OPTION_UNESCAPE_CALLBACK, server_conns_unescape, &s->conns,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_END);
    if (!s->mhd) {
        server_conns_stop(&s->conns);
        return err_set(e, ERR_IO, "cannot start the HTTP server (libmicrohttpd)");
    }
    return 0;
}

void server_http_stop(struct server *s)
{
    server_conns_stop(&s->conns);
    if (s->mhd)
        MHD_stop_daemon(s->mhd);
    s->mhd = NULL;
}
