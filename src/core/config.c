/* Configuration: defaults, JSON file, validation. */
#include "core/config.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/limits.h"
#include "schema/schema.h"

#include "util/banned.h"

#define DEFAULT_TIER_CONFIDENCE 0.85

void config_init(struct config *c)
{
    memset(c, 0, sizeof *c);
    c->max_attempts = LIMIT_MAX_ATTEMPTS;
    c->conf_done = LIMIT_CONF_DONE;
    c->conf_escalate = LIMIT_CONF_ESCALATE;
    c->conf_agree = LIMIT_CONF_AGREE;
    c->conf_disagree = LIMIT_CONF_DISAGREE;
    c->conf_disagree_min = LIMIT_CONF_DISAGREE_MIN;
    c->complex_penalty = LIMIT_COMPLEX_PENALTY;
    c->conf_unconfirmed = LIMIT_CONF_UNCONFIRMED;
    c->consistency_penalty = LIMIT_CONSISTENCY_PENALTY;
    c->row_cap = LIMIT_ROW_CAP;
    c->query_timeout_ms = LIMIT_QUERY_TIMEOUT_MS;
    c->query_max_cost = LIMIT_QUERY_MAX_COST;
    c->max_tables = 0; /* automatic (schema_select_opts) */
    c->max_columns = LIMIT_SCHEMA_DDL_COLUMNS;
    c->server.rate = 0;
    c->server.burst = 0;
    c->server.body_limit = LIMIT_BODY_BYTES;
    c->server.question_limit = LIMIT_QUESTION_BYTES;
    c->server.workers = LIMIT_SERVER_WORKERS;
    c->server.cache_entries = LIMIT_CACHE_ENTRIES;
    c->server.cache_ttl_ms = LIMIT_CACHE_TTL_MS;
    c->server.cache_sql_ttl_ms = LIMIT_CACHE_SQL_TTL_MS;
    c->server.redis_connect_ms = LIMIT_REDIS_CONNECT_MS;
    c->server.redis_timeout_ms = LIMIT_REDIS_COMMAND_MS;
    c->server.shutdown_timeout_ms = LIMIT_SHUTDOWN_MS;
    c->server.max_connections = LIMIT_CONNECTIONS;
    c->server.per_ip_connections = LIMIT_CONNECTIONS_PER_IP;
    c->server.header_timeout_ms = LIMIT_HEADER_MS;
    c->server.body_timeout_ms = LIMIT_BODY_MS;
}

int config_add_database(struct config *c, const char *name, const char *dsn, struct err *e)
{
    char *n = strdup(name), *d = strdup(dsn);
    if (!n || !d)
        goto nomem;
    for (size_t i = 0; i < c->n_databases; i++) {
        if (strcmp(c->databases[i].name, name) == 0) {
            free(c->databases[i].dsn);
            c->databases[i].dsn = d;
            free(n);
            return 0;
        }
    }
    struct config_database *dbs = realloc(c->databases, (c->n_databases + 1) * sizeof *dbs);
    if (!dbs)
        goto nomem;
    c->databases = dbs;
    c->databases[c->n_databases].name = n;
    c->databases[c->n_databases].dsn = d;
    c->n_databases++;
    return 0;
nomem:
    free(n);
    free(d);
    return err_set(e, ERR_NOMEM, "out of memory");
}

static int tier_push(struct config *c, struct config_tier *t, struct err *e)
{
    struct config_tier *tiers = realloc(c->tiers, (c->n_tiers + 1) * sizeof *tiers);
    if (!tiers)
        return err_set(e, ERR_NOMEM, "out of memory");
    c->tiers = tiers;
    c->tiers[c->n_tiers++] = *t;
    return 0;
}

int config_add_tier(struct config *c, const char *spec, struct err *e)
{
    struct config_tier t;
    memset(&t, 0, sizeof t);
    int rc = llm_tier_parse(spec, &t.llm, e);
    if (rc)
        return rc;
    t.confidence = DEFAULT_TIER_CONFIDENCE;
    if ((rc = tier_push(c, &t, e)))
        llm_tier_free(&t.llm);
    return rc;
}

static int get_number(json_t *obj, const char *key, double *out, struct err *e, const char *where)
{
    json_t *v = json_object_get(obj, key);
    if (!v)
        return 0;
    if (!json_is_number(v))
        return err_set(e, ERR_USAGE, "%s: \"%s\" must be a number", where, key);
    *out = json_number_value(v);
    return 0;
}

/* Integer settings arrive as JSON numbers (doubles), and converting a double outside the range of
 * the target type is undefined behaviour: such values are refused, naming the key. */
#define RANGE_INT 2147483648.0           /* 2^31 */
#define RANGE_LONG 9223372036854775808.0 /* 2^63 */
#define RANGE_DOUBLE HUGE_VAL

static int in_range(double v, double range, const char *where, const char *key, struct err *e)
{
    if (v > -range && v < range)
        return 0;
    return err_set(e, ERR_USAGE, "%s: \"%s\" is out of range", where, key);
}

static int get_string(json_t *obj, const char *key, char **out, struct err *e, const char *where)
{
    json_t *v = json_object_get(obj, key);
    if (!v)
        return 0;
    if (!json_is_string(v))
        return err_set(e, ERR_USAGE, "%s: \"%s\" must be a string", where, key);
    char *s = strdup(json_string_value(v));
    if (!s)
        return err_set(e, ERR_NOMEM, "out of memory");
    free(*out);
    *out = s;
    return 0;
}

static int load_tier(struct config *c, json_t *jt, size_t idx, const char *path, struct err *e)
{
    char where[600];
    struct config_tier t;
    struct buf spec = BUF_INIT;
    char *protocol = NULL, *url = NULL, *model = NULL, *api_key = NULL;
    double price_in = 0, price_out = 0, timeout = -1, retries = -1, conf = DEFAULT_TIER_CONFIDENCE;
    double stream = 0;
    int rc;
    memset(&t, 0, sizeof t);
    snprintf(where, sizeof where, "%s: tiers[%zu]", path, idx);
    if (!json_is_object(jt)) {
        rc = err_set(e, ERR_USAGE, "%s must be an object", where);
        goto out;
    }
    if ((rc = get_string(jt, "protocol", &protocol, e, where)) ||
        (rc = get_string(jt, "url", &url, e, where)) ||
        (rc = get_string(jt, "model", &model, e, where)) ||
        (rc = get_string(jt, "api_key", &api_key, e, where)) ||
        (rc = get_number(jt, "price_in", &price_in, e, where)) ||
        (rc = get_number(jt, "price_out", &price_out, e, where)) ||
        (rc = get_number(jt, "timeout_ms", &timeout, e, where)) ||
        (rc = get_number(jt, "retries", &retries, e, where)) ||
        (rc = get_number(jt, "confidence", &conf, e, where)))
        goto out;
    json_t *js = json_object_get(jt, "stream");
    if (js && json_is_boolean(js))
        stream = json_is_true(js);
    if (!protocol || !url || !model) {
        rc = err_set(e, ERR_USAGE, "%s needs \"protocol\", \"url\" and \"model\"", where);
        goto out;
    }
    buf_printf(&spec, "%s,%s,%s,%.10g,%.10g", protocol, url, model, price_in, price_out);
    if ((rc = llm_tier_parse(buf_cstr(&spec), &t.llm, e)))
        goto out;
    if ((rc = in_range(timeout, RANGE_LONG, where, "timeout_ms", e)) ||
        (rc = in_range(retries, RANGE_INT, where, "retries", e)))
        goto out;
    if (timeout > 0)
        t.llm.timeout_ms = (long)timeout;
    if (retries >= 0)
        t.llm.max_retries = (int)retries;
    t.llm.stream = (int)stream;
    if (api_key) {
        free(t.llm.api_key);
        t.llm.api_key = api_key;
        api_key = NULL;
    }
    if (conf < 0 || conf > 1) {
        rc = err_set(e, ERR_USAGE, "%s: \"confidence\" must be between 0 and 1", where);
        goto out;
    }
    t.confidence = conf;
    if ((rc = tier_push(c, &t, e)))
        goto out;
    memset(&t, 0, sizeof t);
out:
    llm_tier_free(&t.llm);
    free(protocol);
    free(url);
    free(model);
    free(api_key);
    buf_free(&spec);
    return rc;
}

/* Database names appear in URLs (?db=) and logs: keep them plain. */
static int name_ok(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
              (s[n] >= '0' && s[n] <= '9') || s[n] == '_' || s[n] == '-' || s[n] == '.'))
            return 0;
    return n > 0 && n <= 64;
}

static int load_databases(struct config *c, json_t *dbs, const char *path, struct err *e)
{
    const char *name;
    json_t *v;
    if (!json_is_object(dbs))
        return err_set(e, ERR_USAGE, "%s: \"databases\" must be an object of name: DSN", path);
    json_object_foreach(dbs, name, v)
    {
        if (!name_ok(name))
            return err_set(e, ERR_USAGE, "%s: database name \"%.64s\" must be 1-64 letters, "
                           "digits, '_', '-' or '.'", path, name);
        if (!json_is_string(v) || !json_string_value(v)[0])
            return err_set(e, ERR_USAGE, "%s: databases.%s must be a DSN string", path, name);
        int rc = config_add_database(c, name, json_string_value(v), e);
        if (rc)
            return rc;
    }
    return 0;
}

static int load_api_keys(struct config_server *sv, json_t *keys, const char *path, struct err *e)
{
    if (!json_is_array(keys))
        return err_set(e, ERR_USAGE, "%s: server.api_keys must be an array of {\"id\", \"hash\"}",
                       path);
    for (size_t i = 0; i < json_array_size(keys); i++) {
        json_t *k = json_array_get(keys, i);
        json_t *id = json_object_get(k, "id"), *hash = json_object_get(k, "hash");
        if (!json_is_string(id) || !json_is_string(hash) || !json_string_value(id)[0])
            return err_set(e, ERR_USAGE, "%s: server.api_keys[%zu] needs string \"id\" and "
                           "\"hash\" (genbi serve --hash-key makes the hash)", path, i);
        struct config_api_key *ks = realloc(sv->api_keys, (sv->n_api_keys + 1) * sizeof *ks);
        if (!ks)
            return err_set(e, ERR_NOMEM, "out of memory");
        sv->api_keys = ks;
        ks[sv->n_api_keys].id = strdup(json_string_value(id));
        ks[sv->n_api_keys].hash = strdup(json_string_value(hash));
        sv->n_api_keys++;
        if (!ks[sv->n_api_keys - 1].id || !ks[sv->n_api_keys - 1].hash)
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    return 0;
}

static int load_server(struct config *c, json_t *sv, const char *path, struct err *e)
{
    struct config_server *s = &c->server;
    char where[600];
    double v;
    int rc;
    if (!json_is_object(sv))
        return err_set(e, ERR_USAGE, "%s: \"server\" must be an object", path);
    snprintf(where, sizeof where, "%s: server", path);
    if ((rc = get_string(sv, "listen", &s->listen, e, where)) ||
        (rc = get_string(sv, "log_file", &s->log_file, e, where)))
        return rc;
    json_t *keys = json_object_get(sv, "api_keys");
    if (keys && (rc = load_api_keys(s, keys, path, e)))
        return rc;
    json_t *rl = json_object_get(sv, "rate_limit");
    if (rl) {
        if (!json_is_object(rl))
            return err_set(e, ERR_USAGE, "%s.rate_limit must be {\"rate\", \"burst\"}", where);
        if ((rc = get_number(rl, "rate", &s->rate, e, where)) ||
            (rc = get_number(rl, "burst", &s->burst, e, where)))
            return rc;
    }
#define SV_FIELD(obj, key, field, type, range, scale)                              \
    v = (double)s->field / (scale);                                                \
    if ((rc = get_number(obj, key, &v, e, where)) ||                               \
        (rc = in_range(v * (scale), range, where, key, e)))                        \
        return rc;                                                                 \
    s->field = (type)(v * (scale));
    SV_FIELD(sv, "body_limit", body_limit, long, RANGE_LONG, 1)
    SV_FIELD(sv, "question_limit", question_limit, long, RANGE_LONG, 1)
    SV_FIELD(sv, "workers", workers, int, RANGE_INT, 1)
    SV_FIELD(sv, "shutdown_timeout_ms", shutdown_timeout_ms, long, RANGE_LONG, 1)
    SV_FIELD(sv, "max_connections", max_connections, long, RANGE_LONG, 1)
    SV_FIELD(sv, "per_ip_connections", per_ip_connections, long, RANGE_LONG, 1)
    SV_FIELD(sv, "header_timeout_ms", header_timeout_ms, long, RANGE_LONG, 1)
    SV_FIELD(sv, "body_timeout_ms", body_timeout_ms, long, RANGE_LONG, 1)
    json_t *cache = json_object_get(sv, "cache");
    if (cache) {
        if (!json_is_object(cache))
            return err_set(e, ERR_USAGE, "%s.cache must be {\"entries\", \"ttl_s\", \"redis\"}",
                           where);
        SV_FIELD(cache, "entries", cache_entries, long, RANGE_LONG, 1)
        SV_FIELD(cache, "ttl_s", cache_ttl_ms, long, RANGE_LONG, 1000)
        SV_FIELD(cache, "sql_ttl_s", cache_sql_ttl_ms, long, RANGE_LONG, 1000)
        SV_FIELD(cache, "redis_connect_timeout_ms", redis_connect_ms, long, RANGE_LONG, 1)
        SV_FIELD(cache, "redis_timeout_ms", redis_timeout_ms, long, RANGE_LONG, 1)
        if ((rc = get_string(cache, "redis", &s->cache_redis, e, where)))
            return rc;
    }
#undef SV_FIELD
    return 0;
}

int config_validate_server(const struct config *c, struct err *e)
{
    const struct config_server *s = &c->server;
    if (s->body_limit < 1024 || s->body_limit > (16L << 20))
        return err_set(e, ERR_USAGE, "server.body_limit must be between 1024 and 16777216 bytes");
    if (s->question_limit < 1 || s->question_limit > s->body_limit)
        return err_set(e, ERR_USAGE, "server.question_limit must be between 1 and body_limit");
    if (s->workers < 1 || s->workers > 64)
        return err_set(e, ERR_USAGE, "server.workers must be between 1 and 64");
    if (s->rate < 0 || s->burst < 0 || (s->rate > 0 && s->burst < 1))
        return err_set(e, ERR_USAGE, "server.rate_limit: rate >= 0 and, with a rate, burst >= 1");
    if (s->cache_entries < 0 || s->cache_ttl_ms < 1000 || s->cache_sql_ttl_ms < 0)
        return err_set(e, ERR_USAGE, "server.cache: entries >= 0, ttl_s >= 1 and sql_ttl_s >= 0");
    if (s->redis_connect_ms < 1 || s->redis_connect_ms > 60000 || s->redis_timeout_ms < 1 ||
        s->redis_timeout_ms > 60000)
        return err_set(e, ERR_USAGE, "server.cache: redis_connect_timeout_ms and redis_timeout_ms "
                                     "must be between 1 and 60000");
    if (s->shutdown_timeout_ms < 0)
        return err_set(e, ERR_USAGE, "server.shutdown_timeout_ms must be >= 0");
    if (s->max_connections < 16 || s->max_connections > 1000000 || s->per_ip_connections < 1 ||
        s->per_ip_connections > s->max_connections)
        return err_set(e, ERR_USAGE, "server: max_connections must be between 16 and 1000000, "
                                     "per_ip_connections between 1 and max_connections");
    if (s->header_timeout_ms < 100 || s->body_timeout_ms < 100)
        return err_set(e, ERR_USAGE, "server: header_timeout_ms and body_timeout_ms must be "
                                     ">= 100");
    for (size_t i = 0; i < s->n_api_keys; i++) {
        const char *h = s->api_keys[i].hash;
        size_t n = strlen(h), k = 0;
        while (k < n && ((h[k] >= '0' && h[k] <= '9') || (h[k] >= 'a' && h[k] <= 'f')))
            k++;
        if (strncmp(h, "$argon2", 7) == 0)
            return err_set(e, ERR_USAGE, "server.api_keys[%zu] (\"%.64s\"): Argon2 hashes are no "
                           "longer accepted for API keys (a slow hash let wrong keys stall the "
                           "server); put the output of genbi serve --hash-key KEY instead "
                           "(docs/security.md)", i, s->api_keys[i].id);
        if (!(n == 64 && k == 64))
            return err_set(e, ERR_USAGE, "server.api_keys[%zu] (\"%.64s\"): hash must be 64 "
                           "lowercase hex digits (genbi serve --hash-key)",
                           i, s->api_keys[i].id);
        for (size_t j = 0; j < i; j++)
            if (strcmp(s->api_keys[j].id, s->api_keys[i].id) == 0)
                return err_set(e, ERR_USAGE, "server.api_keys: id \"%.64s\" appears twice",
                               s->api_keys[i].id);
    }
    return 0;
}

/* Every top-level key config_load() understands. */
static const char *const config_keys[] = {
    "db",          "no_rules",         "policy",          "tiers",
    "databases",   "server",           "max_attempts",    "confidence_done",
    "confidence_escalate", "confidence_agree", "confidence_disagree", "confidence_disagree_min",
    "complex_penalty", "confidence_unconfirmed", "consistency_penalty", "row_cap",
    "query_timeout_ms", "query_max_cost", "max_tables", "max_columns", NULL,
};

/* Applies a parsed configuration document (root, borrowed) over c; path names it in errors. */
static int config_apply(struct config *c, json_t *root, const char *path, struct err *e)
{
    int rc = 0;
    if (!json_is_object(root)) {
        rc = err_set(e, ERR_USAGE, "configuration %s must be a JSON object", path);
        goto out;
    }
    /* A misspelt key would otherwise be ignored silently and its default used. */
    const char *key;
    json_t *val;
    json_object_foreach(root, key, val) {
        size_t k = 0;
        while (config_keys[k] && strcmp(config_keys[k], key) != 0)
            k++;
        if (!config_keys[k]) {
            rc = err_set(e, ERR_USAGE, "%s: unknown key \"%s\" (see docs/config.md)", path, key);
            goto out;
        }
    }
    double v;
    if ((rc = get_string(root, "db", &c->db, e, path)))
        goto out;
    json_t *nr = json_object_get(root, "no_rules");
    if (nr) {
        if (!json_is_boolean(nr)) {
            rc = err_set(e, ERR_USAGE, "%s: \"no_rules\" must be true or false", path);
            goto out;
        }
        c->no_rules = json_is_true(nr);
    }
    json_t *pol = json_object_get(root, "policy");
    if (pol && router_policy_parse(json_string_value(pol), &c->policy)) {
        rc = err_set(e, ERR_USAGE, "%s: \"policy\" must be \"cost\", \"balanced\" or \"accuracy\"",
                     path);
        goto out;
    }
#define NUM_FIELD(key, field, type, range)                                         \
    v = (double)c->field;                                                          \
    if ((rc = get_number(root, key, &v, e, path)) ||                               \
        (rc = in_range(v, range, path, key, e)))                                   \
        goto out;                                                                  \
    c->field = (type)v;
    NUM_FIELD("max_attempts", max_attempts, int, RANGE_INT)
    NUM_FIELD("confidence_done", conf_done, double, RANGE_DOUBLE)
    NUM_FIELD("confidence_escalate", conf_escalate, double, RANGE_DOUBLE)
    NUM_FIELD("confidence_agree", conf_agree, double, RANGE_DOUBLE)
    NUM_FIELD("confidence_disagree", conf_disagree, double, RANGE_DOUBLE)
    NUM_FIELD("confidence_disagree_min", conf_disagree_min, double, RANGE_DOUBLE)
    NUM_FIELD("complex_penalty", complex_penalty, double, RANGE_DOUBLE)
    NUM_FIELD("confidence_unconfirmed", conf_unconfirmed, double, RANGE_DOUBLE)
    NUM_FIELD("consistency_penalty", consistency_penalty, double, RANGE_DOUBLE)
    NUM_FIELD("row_cap", row_cap, long, RANGE_LONG)
    NUM_FIELD("query_timeout_ms", query_timeout_ms, long, RANGE_LONG)
    NUM_FIELD("query_max_cost", query_max_cost, double, RANGE_DOUBLE)
    NUM_FIELD("max_tables", max_tables, int, RANGE_INT)
    NUM_FIELD("max_columns", max_columns, int, RANGE_INT)
#undef NUM_FIELD
    json_t *tiers = json_object_get(root, "tiers");
    if (tiers) {
        if (!json_is_array(tiers)) {
            rc = err_set(e, ERR_USAGE, "%s: \"tiers\" must be an array", path);
            goto out;
        }
        for (size_t i = 0; i < json_array_size(tiers); i++)
            if ((rc = load_tier(c, json_array_get(tiers, i), i, path, e)))
                goto out;
    }
    json_t *dbs = json_object_get(root, "databases");
    if (dbs && (rc = load_databases(c, dbs, path, e)))
        goto out;
    json_t *sv = json_object_get(root, "server");
    if (sv && (rc = load_server(c, sv, path, e)))
        goto out;
    rc = 0; /* validated by the caller once command-line flags are applied */
out:
    return rc;
}

/* root is NULL when jansson could not read or parse the text. */
static int config_load_root(struct config *c, json_t *root, const json_error_t *jerr,
                            const char *path, struct err *e)
{
    if (!root && jerr->line < 1)
        return err_set(e, ERR_USAGE, "cannot read configuration %s: %s", path, jerr->text);
    if (!root)
        return err_set(e, ERR_USAGE, "cannot read configuration %s: %s (line %d)", path,
                       jerr->text, jerr->line);
    int rc = config_apply(c, root, path, e);
    json_decref(root);
    return rc;
}

int config_load(struct config *c, const char *path, struct err *e)
{
    json_error_t jerr;
    return config_load_root(c, json_load_file(path, 0, &jerr), &jerr, path, e);
}

int config_load_buffer(struct config *c, const char *data, size_t len, const char *name,
                       struct err *e)
{
    json_error_t jerr;
    return config_load_root(c, json_loadb(data, len, 0, &jerr), &jerr, name, e);
}

int config_validate(const struct config *c, struct err *e)
{
    if (c->max_attempts < 1 || c->max_attempts > 10)
        return err_set(e, ERR_USAGE, "max_attempts must be between 1 and 10");
    if (c->conf_escalate < 0 || c->conf_done > 1 || c->conf_escalate > c->conf_done)
        return err_set(e, ERR_USAGE,
                       "confidence thresholds must satisfy 0 <= confidence_escalate <= "
                       "confidence_done <= 1");
    if (c->conf_agree < 0 || c->conf_agree > 1 || c->conf_disagree < 0 || c->conf_disagree > 1 ||
        c->conf_disagree_min < 0 || c->conf_disagree_min > 1 || c->complex_penalty < 0 ||
        c->complex_penalty > 1 || c->conf_unconfirmed < 0 || c->conf_unconfirmed > 1 ||
        c->consistency_penalty < 0 || c->consistency_penalty > 1)
        return err_set(e, ERR_USAGE,
                       "confidence_agree, confidence_disagree, confidence_disagree_min, "
                       "confidence_unconfirmed, complex_penalty and consistency_penalty must be "
                       "between 0 and 1");
    if (c->row_cap < 1)
        return err_set(e, ERR_USAGE, "row_cap must be at least 1");
    if (c->query_timeout_ms < 1)
        return err_set(e, ERR_USAGE, "query_timeout_ms must be at least 1");
    if (!(c->query_max_cost >= 0))
        return err_set(e, ERR_USAGE, "query_max_cost must be 0 (no bound) or more");
    if (c->max_tables < 0)
        return err_set(e, ERR_USAGE, "max_tables must be at least 0 (0: automatic)");
    if (c->max_columns < 0)
        return err_set(e, ERR_USAGE, "max_columns must be at least 0 (0: all columns)");
    if (c->no_rules && c->n_tiers == 0)
        return err_set(e, ERR_USAGE,
                       "--no-rules needs at least one model tier (--llm PROTOCOL,URL,MODEL)");
    return 0;
}

void config_free(struct config *c)
{
    for (size_t i = 0; i < c->n_tiers; i++)
        llm_tier_free(&c->tiers[i].llm);
    free(c->tiers);
    free(c->db);
    for (size_t i = 0; i < c->n_databases; i++) {
        free(c->databases[i].name);
        free(c->databases[i].dsn);
    }
    free(c->databases);
    for (size_t i = 0; i < c->server.n_api_keys; i++) {
        free(c->server.api_keys[i].id);
        free(c->server.api_keys[i].hash);
    }
    free(c->server.api_keys);
    free(c->server.listen);
    free(c->server.log_file);
    free(c->server.cache_redis);
    memset(c, 0, sizeof *c);
}
