/* Prometheus metrics (text format 0.0.4): requests by route and status, latency histograms per
 * route and per pipeline node, model calls, tokens and cost by tier, answers by tier, cache hits
 * and misses, escalations, repairs by error class, rate-limited requests, requests in flight.
 * One mutex; every update is a handful of additions. */
#include <stdlib.h>
#include <string.h>

#include "server/server_int.h"

#include "util/banned.h"

static const double bucket_le[METRICS_BUCKETS] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                  0.1,    0.25,  0.5,    1,     2.5,  5,     10};

int server_metrics_init(struct server_metrics *m, const struct config *cfg)
{
    memset(m, 0, sizeof *m);
    pthread_mutex_init(&m->mu, NULL);
    m->n_tiers = cfg->n_tiers + 1;
    m->tier_names = calloc(m->n_tiers, sizeof *m->tier_names);
    m->answers = calloc(m->n_tiers, sizeof *m->answers);
    m->tokens_in = calloc(m->n_tiers, sizeof *m->tokens_in);
    m->tokens_out = calloc(m->n_tiers, sizeof *m->tokens_out);
    m->model_calls = calloc(m->n_tiers, sizeof *m->model_calls);
    m->model_errors = calloc(m->n_tiers, sizeof *m->model_errors);
    m->cost = calloc(m->n_tiers, sizeof *m->cost);
    if (!m->tier_names || !m->answers || !m->tokens_in || !m->tokens_out || !m->model_calls ||
        !m->model_errors || !m->cost)
        return ERR_NOMEM;
    for (size_t i = 0; i < m->n_tiers; i++) {
        m->tier_names[i] = strdup(i == 0 ? "rules" : cfg->tiers[i - 1].llm.name);
        if (!m->tier_names[i])
            return ERR_NOMEM;
    }
    return 0;
}

void server_metrics_free(struct server_metrics *m)
{
    for (size_t i = 0; m->tier_names && i < m->n_tiers; i++)
        free(m->tier_names[i]);
    free(m->tier_names);
    free(m->answers);
    free(m->tokens_in);
    free(m->tokens_out);
    free(m->model_calls);
    free(m->model_errors);
    free(m->cost);
    pthread_mutex_destroy(&m->mu);
    memset(m, 0, sizeof *m);
}

static void hist_observe(struct metrics_hist *h, double v)
{
    size_t i = 0;
    while (i < METRICS_BUCKETS && v > bucket_le[i])
        i++;
    h->counts[i]++;
    h->sum += v;
    h->n++;
}

void server_metrics_request(struct server_metrics *m, enum server_route r, int status,
                            double seconds)
{
    pthread_mutex_lock(&m->mu);
    int k = 0;
    while (k < METRICS_STATUSES - 1 && m->statuses[k] && m->statuses[k] != status)
        k++;
    if (!m->statuses[k])
        m->statuses[k] = status; /* the last slot collects any further statuses */
    m->requests[r][k]++;
    hist_observe(&m->route_seconds[r], seconds);
    pthread_mutex_unlock(&m->mu);
}

/* The error class a repair answered: the analyze step before it says "error CLASS: ...". */
static size_t repair_class(const char *outcome)
{
    static const char pre[] = "error ";
    if (!outcome || strncmp(outcome, pre, sizeof pre - 1) != 0)
        return DBE__COUNT;
    const char *c = outcome + sizeof pre - 1;
    size_t n = strcspn(c, ":");
    for (int i = 0; i < DBE__COUNT; i++) {
        const char *name = db_errclass_name((enum db_errclass)i);
        if (strlen(name) == n && strncmp(name, c, n) == 0)
            return (size_t)i;
    }
    return DBE__COUNT;
}

void server_metrics_state(struct server_metrics *m, const struct state *st)
{
    int ran[NODE__COUNT] = {0};
    size_t last_class = DBE__COUNT;
    pthread_mutex_lock(&m->mu);
    for (size_t i = 0; i < st->n_steps; i++) {
        const struct state_step *s = &st->steps[i];
        ran[s->node] = 1;
        if (s->node == NODE_ANALYZE)
            last_class = repair_class(s->outcome);
        else if (s->node == NODE_FIX_SQL && s->sql) {
            m->repairs[last_class]++;
            m->repairs_total++;
        }
    }
    for (int n = 0; n < NODE__COUNT; n++)
        if (ran[n])
            hist_observe(&m->node_seconds[n], st->ms[n] / 1000.0);
    hist_observe(&m->node_seconds[NODE__COUNT], st->ms_total / 1000.0);
    if (st->status == STATE_ANSWERED && st->tier >= 0 && (size_t)st->tier < m->n_tiers)
        m->answers[st->tier]++;
    m->escalations += (unsigned long)st->escalations;
    if (st->status >= STATE_ANSWERED && st->status <= STATE_REFUSED)
        m->outcomes[st->status - STATE_ANSWERED]++;
    pthread_mutex_unlock(&m->mu);
}

void server_metrics_model(struct server_metrics *m, int tier, int rc, const struct llm_reply *r)
{
    if (tier < 1 || (size_t)tier >= m->n_tiers)
        return;
    pthread_mutex_lock(&m->mu);
    m->model_calls[tier]++;
    if (rc)
        m->model_errors[tier]++;
    else if (r) {
        m->tokens_in[tier] += (unsigned long)(r->tokens_in > 0 ? r->tokens_in : 0);
        m->tokens_out[tier] += (unsigned long)(r->tokens_out > 0 ? r->tokens_out : 0);
        m->cost[tier] += r->cost_usd;
    }
    pthread_mutex_unlock(&m->mu);
}

void server_metrics_cache(struct server_metrics *m, int hit)
{
    pthread_mutex_lock(&m->mu);
    if (hit)
        m->cache_hits++;
    else
        m->cache_misses++;
    pthread_mutex_unlock(&m->mu);
}

void server_metrics_cache_store(struct server_metrics *m, int shared, int hit)
{
    int i = shared ? 1 : 0;
    pthread_mutex_lock(&m->mu);
    if (hit)
        m->store_hits[i]++;
    else
        m->store_misses[i]++;
    pthread_mutex_unlock(&m->mu);
}

void server_metrics_model_cached(struct server_metrics *m)
{
    pthread_mutex_lock(&m->mu);
    m->model_cached++;
    pthread_mutex_unlock(&m->mu);
}

void server_metrics_abandoned(struct server_metrics *m)
{
    pthread_mutex_lock(&m->mu);
    m->abandoned++;
    pthread_mutex_unlock(&m->mu);
}

void server_metrics_rate_limited(struct server_metrics *m)
{
    pthread_mutex_lock(&m->mu);
    m->rate_limited++;
    pthread_mutex_unlock(&m->mu);
}

/* A label value with \, " and newlines escaped as the text format requires. */
static void put_label(struct buf *b, const char *v)
{
    for (; *v; v++) {
        if (*v == '\\' || *v == '"')
            buf_putc(b, '\\');
        if (*v == '\n') {
            buf_puts(b, "\\n");
            continue;
        }
        buf_putc(b, *v);
    }
}

static void head(struct buf *b, const char *name, const char *type, const char *help)
{
    buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void hist_render(struct buf *b, const char *name, const char *label, const char *value,
                        const struct metrics_hist *h)
{
    unsigned long cum = 0;
    for (size_t i = 0; i <= METRICS_BUCKETS; i++) {
        cum += h->counts[i];
        buf_printf(b, "%s_bucket{%s=\"%s\",le=\"", name, label, value);
        if (i < METRICS_BUCKETS)
            buf_printf(b, "%g", bucket_le[i]);
        else
            buf_puts(b, "+Inf");
        buf_printf(b, "\"} %lu\n", cum);
    }
    buf_printf(b, "%s_sum{%s=\"%s\"} %.9g\n", name, label, value, h->sum);
    buf_printf(b, "%s_count{%s=\"%s\"} %lu\n", name, label, value, h->n);
}

static void tier_labels(struct buf *b, const struct server_metrics *m, size_t t)
{
    buf_printf(b, "{tier=\"%zu\",tier_name=\"", t);
    put_label(b, m->tier_names[t]);
    buf_puts(b, "\"");
}

/* One sample per tier from `first` on: name{tier=..,tier_name=..<extra>} value. */
static void tier_series(struct buf *b, const struct server_metrics *m, const char *name,
                        size_t first, const char *extra, const unsigned long *v)
{
    for (size_t t = first; t < m->n_tiers; t++) {
        buf_puts(b, name);
        tier_labels(b, m, t);
        buf_printf(b, "%s} %lu\n", extra, v[t]);
    }
}

/* One sample per configured store: [0] the local LRU, [1] Redis. */
static void store_series(struct buf *b, const char *name, const struct cache_store *local,
                         const struct cache_store *shared, const unsigned long v[2])
{
    if (local)
        buf_printf(b, "%s{store=\"lru\"} %lu\n", name, v[0]);
    if (shared)
        buf_printf(b, "%s{store=\"redis\"} %lu\n", name, v[1]);
}

int server_metrics_render(struct server_metrics *m, long in_flight, struct cache_store *local,
                          struct cache_store *shared, struct buf *b)
{
    pthread_mutex_lock(&m->mu);
    head(b, "genbi_http_requests_total", "counter", "HTTP requests by route and status.");
    for (int r = 0; r < ROUTE__COUNT; r++)
        for (int k = 0; k < METRICS_STATUSES && m->statuses[k]; k++)
            if (m->requests[r][k])
                buf_printf(b, "genbi_http_requests_total{route=\"%s\",status=\"%d\"} %lu\n",
                           server_route_name((enum server_route)r), m->statuses[k],
                           m->requests[r][k]);
    head(b, "genbi_http_request_duration_seconds", "histogram",
         "Time from the request's first byte to its completion, by route.");
    for (int r = 0; r < ROUTE__COUNT; r++)
        hist_render(b, "genbi_http_request_duration_seconds", "route",
                    server_route_name((enum server_route)r), &m->route_seconds[r]);
    head(b, "genbi_node_duration_seconds", "histogram",
         "Time spent in each pipeline node per request (total = the whole run).");
    for (int n = 0; n <= NODE__COUNT; n++)
        hist_render(b, "genbi_node_duration_seconds", "node",
                    n < NODE__COUNT ? state_node_name((enum state_node)n) : "total",
                    &m->node_seconds[n]);
    head(b, "genbi_answers_total", "counter", "Questions answered, by the tier that answered.");
    tier_series(b, m, "genbi_answers_total", 0, "", m->answers);
    head(b, "genbi_model_calls_total", "counter", "Model calls by tier (after retries).");
    tier_series(b, m, "genbi_model_calls_total", 1, "", m->model_calls);
    head(b, "genbi_model_calls_cached_total", "counter",
         "Model calls not made: the reply (generated SQL) came from the shared cache.");
    buf_printf(b, "genbi_model_calls_cached_total %lu\n", m->model_cached);
    head(b, "genbi_model_errors_total", "counter", "Model calls that failed, by tier.");
    tier_series(b, m, "genbi_model_errors_total", 1, "", m->model_errors);
    head(b, "genbi_tokens_total", "counter", "Model tokens by tier and direction.");
    tier_series(b, m, "genbi_tokens_total", 1, ",direction=\"in\"", m->tokens_in);
    tier_series(b, m, "genbi_tokens_total", 1, ",direction=\"out\"", m->tokens_out);
    head(b, "genbi_cost_usd_total", "counter", "Model cost in US dollars, by tier.");
    for (size_t t = 1; t < m->n_tiers; t++) {
        buf_puts(b, "genbi_cost_usd_total");
        tier_labels(b, m, t);
        buf_printf(b, "} %.9g\n", m->cost[t]);
    }
    head(b, "genbi_cache_hits_total", "counter", "Answers served from the result cache.");
    buf_printf(b, "genbi_cache_hits_total %lu\n", m->cache_hits);
    head(b, "genbi_cache_misses_total", "counter", "Result cache lookups that found nothing.");
    buf_printf(b, "genbi_cache_misses_total %lu\n", m->cache_misses);
    head(b, "genbi_cache_store_hits_total", "counter",
         "Cache lookups (answers, model replies) that hit, by store.");
    store_series(b, "genbi_cache_store_hits_total", local, shared, m->store_hits);
    head(b, "genbi_cache_store_misses_total", "counter",
         "Cache lookups that found nothing, by store (a Redis that did not answer is neither).");
    store_series(b, "genbi_cache_store_misses_total", local, shared, m->store_misses);
    head(b, "genbi_escalations_total", "counter", "Escalations to a stronger tier.");
    buf_printf(b, "genbi_escalations_total %lu\n", m->escalations);
    head(b, "genbi_repairs_total", "counter", "SQL repairs, by the error class they answered.");
    for (int c = 0; c <= DBE__COUNT; c++)
        if (m->repairs[c] || c == DBE__COUNT)
            buf_printf(b, "genbi_repairs_total{class=\"%s\"} %lu\n",
                       c < DBE__COUNT ? db_errclass_name((enum db_errclass)c) : "other",
                       m->repairs[c]);
    head(b, "genbi_outcomes_total", "counter",
         "Questions run to the end, by outcome (refused: asked to change data, or unsafe SQL).");
    static const char *const outcome[] = {"answered", "unanswered", "refused"};
    for (int o = 0; o < 3; o++)
        buf_printf(b, "genbi_outcomes_total{outcome=\"%s\"} %lu\n", outcome[o], m->outcomes[o]);
    head(b, "genbi_rate_limited_total", "counter", "Requests refused by the rate limit.");
    buf_printf(b, "genbi_rate_limited_total %lu\n", m->rate_limited);
    head(b, "genbi_runs_abandoned_total", "counter",
         "Runs stopped before a model call because the client had closed the connection.");
    buf_printf(b, "genbi_runs_abandoned_total %lu\n", m->abandoned);
    pthread_mutex_unlock(&m->mu);

    head(b, "genbi_requests_in_flight", "gauge", "Requests received and not yet completed.");
    buf_printf(b, "genbi_requests_in_flight %ld\n", in_flight);
    if (shared) {
        struct cache_stats cs;
        cache_store_stats(shared, &cs);
        head(b, "genbi_cache_store_errors_total", "counter",
             "Shared cache calls that failed or were skipped while Redis was unreachable.");
        buf_printf(b, "genbi_cache_store_errors_total{store=\"redis\"} %lu\n", cs.errors);
    }
    if (local) {
        struct cache_stats cs;
        cache_store_stats(local, &cs);
        head(b, "genbi_cache_entries", "gauge", "Answers held by the result cache.");
        buf_printf(b, "genbi_cache_entries %zu\n", cs.entries);
        head(b, "genbi_cache_bytes", "gauge", "Bytes held by the result cache.");
        buf_printf(b, "genbi_cache_bytes %zu\n", cs.bytes);
    }
    return b->failed ? ERR_NOMEM : 0;
}
