/* Configuration: defaults, JSON file, validation. */
#include "core/config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"

#include "util/banned.h"

#define DEFAULT_TIER_CONFIDENCE 0.85

void config_init(struct config *c)
{
    memset(c, 0, sizeof *c);
    c->max_attempts = LIMIT_MAX_ATTEMPTS;
    c->conf_done = LIMIT_CONF_DONE;
    c->conf_escalate = LIMIT_CONF_ESCALATE;
    c->row_cap = LIMIT_ROW_CAP;
    c->query_timeout_ms = LIMIT_QUERY_TIMEOUT_MS;
    c->max_tables = LIMIT_MAX_TABLES;
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

int config_load(struct config *c, const char *path, struct err *e)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    int rc = 0;
    if (!root)
        return err_set(e, ERR_USAGE, "cannot read configuration %s: %s (line %d)", path, jerr.text,
                       jerr.line);
    if (!json_is_object(root)) {
        rc = err_set(e, ERR_USAGE, "configuration %s must be a JSON object", path);
        goto out;
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
#define NUM_FIELD(key, field, type)                                                \
    v = (double)c->field;                                                          \
    if ((rc = get_number(root, key, &v, e, path)))                                 \
        goto out;                                                                  \
    c->field = (type)v;
    NUM_FIELD("max_attempts", max_attempts, int)
    NUM_FIELD("confidence_done", conf_done, double)
    NUM_FIELD("confidence_escalate", conf_escalate, double)
    NUM_FIELD("row_cap", row_cap, long)
    NUM_FIELD("query_timeout_ms", query_timeout_ms, long)
    NUM_FIELD("max_tables", max_tables, int)
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
    rc = 0; /* validated by the caller once command-line flags are applied */
out:
    json_decref(root);
    return rc;
}

int config_validate(const struct config *c, struct err *e)
{
    if (c->max_attempts < 1 || c->max_attempts > 10)
        return err_set(e, ERR_USAGE, "max_attempts must be between 1 and 10");
    if (c->conf_escalate < 0 || c->conf_done > 1 || c->conf_escalate > c->conf_done)
        return err_set(e, ERR_USAGE,
                       "confidence thresholds must satisfy 0 <= confidence_escalate <= "
                       "confidence_done <= 1");
    if (c->row_cap < 1)
        return err_set(e, ERR_USAGE, "row_cap must be at least 1");
    if (c->query_timeout_ms < 1)
        return err_set(e, ERR_USAGE, "query_timeout_ms must be at least 1");
    if (c->max_tables < 1)
        return err_set(e, ERR_USAGE, "max_tables must be at least 1");
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
    memset(c, 0, sizeof *c);
}
