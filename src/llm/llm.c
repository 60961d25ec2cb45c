/* llm: model tier configuration ("PROTOCOL,URL,MODEL[,PRICE_IN,PRICE_OUT]"), the provider table,
 * token/cost accounting, and the entry points of the one HTTP transport all providers share
 * (transport.c, the module genbi-llm.so with libcurl, loaded on the first model call). Providers
 * only build the request body and parse the answer (ollama.c, openai.c). */
#include "llm/llm.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "llm/llm_int.h"
#include "util/clock.h"
#include "util/module.h"

#include "util/banned.h"

#define LLM_TIER_USAGE "expected PROTOCOL,URL,MODEL[,PRICE_IN_PER_1K,PRICE_OUT_PER_1K]"
#define LLM_TIER_FIELDS_MAX 5

static const struct llm_provider *const llm_providers[] = {
    &llm_ollama_provider,
    &llm_openai_provider,
};

const struct llm_provider *llm_provider_find(const char *protocol)
{
    if (!protocol)
        return NULL;
    for (size_t i = 0; i < sizeof llm_providers / sizeof llm_providers[0]; i++)
        if (strcmp(llm_providers[i]->protocol, protocol) == 0)
            return llm_providers[i];
    return NULL;
}

/* ---------------------------------------------------------------------------------------------
 * Tiers
 * ------------------------------------------------------------------------------------------- */

void llm_tier_defaults(struct llm_tier *t)
{
    memset(t, 0, sizeof *t);
    t->timeout_ms = LIMIT_LLM_TIMEOUT_MS;
    t->max_retries = LIMIT_LLM_RETRIES;
    t->backoff_ms = LIMIT_LLM_BACKOFF_MS;
    t->stream = 0;
}

void llm_tier_free(struct llm_tier *t)
{
    if (!t)
        return;
    free(t->name);
    free(t->protocol);
    free(t->url);
    free(t->model);
    free(t->api_key);
    /* Leave a valid, empty tier behind so a second free or a reuse is harmless. */
    llm_tier_defaults(t);
}

static char *llm_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Trims blanks around [*b, *e) in place. */
static void llm_trim(const char **b, const char **e)
{
    while (*b < *e && isspace((unsigned char)**b))
        (*b)++;
    while (*e > *b && isspace((unsigned char)(*e)[-1]))
        (*e)--;
}

static int llm_price_parse(const char *s, size_t n, const char *what, const char *spec,
                           double *out, struct err *e)
{
    char tmp[64];
    char *end = NULL;
    if (n == 0 || n >= sizeof tmp)
        return err_set(e, ERR_USAGE, "model tier \"%.200s\": %s \"%.*s\" is not a number (USD "
                       "per 1,000 tokens, e.g. 0.0005)", spec, what, (int)(n > 40 ? 40 : n), s);
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    errno = 0;
    double v = strtod(tmp, &end);
    if (end == tmp || *end != '\0' || errno == ERANGE || !isfinite(v))
        return err_set(e, ERR_USAGE, "model tier \"%.200s\": %s \"%s\" is not a number (USD "
                       "per 1,000 tokens, e.g. 0.0005)", spec, what, tmp);
    if (v < 0)
        return err_set(e, ERR_USAGE, "model tier \"%.200s\": %s %s is negative", spec, what, tmp);
    *out = v;
    return 0;
}

int llm_tier_parse(const char *spec, struct llm_tier *t, struct err *e)
{
    const char *fb[LLM_TIER_FIELDS_MAX + 1], *fe[LLM_TIER_FIELDS_MAX + 1];
    int n = 0, rc = 0;
    struct buf name = BUF_INIT;

    llm_tier_defaults(t);
    if (!spec || !*spec)
        return err_set(e, ERR_USAGE, "empty model tier: " LLM_TIER_USAGE);

    /* The URL holds ':' but never ',', so a plain split on ',' is unambiguous. */
    const char *p = spec;
    for (;;) {
        const char *c = strchr(p, ',');
        const char *end = c ? c : p + strlen(p);
        if (n > LLM_TIER_FIELDS_MAX) {
            n++;
            break;
        }
        fb[n] = p;
        fe[n] = end;
        llm_trim(&fb[n], &fe[n]);
        n++;
        if (!c)
            break;
        p = c + 1;
    }
    if (n < 3) {
        rc = err_set(e, ERR_USAGE, "model tier \"%.200s\": %s", spec, LLM_TIER_USAGE);
        goto out;
    }
    if (n == 4) {
        rc = err_set(e, ERR_USAGE, "model tier \"%.200s\": give both PRICE_IN_PER_1K and "
                     "PRICE_OUT_PER_1K, or neither", spec);
        goto out;
    }
    if (n > LLM_TIER_FIELDS_MAX) {
        rc = err_set(e, ERR_USAGE, "model tier \"%.200s\": too many fields; %s", spec,
                     LLM_TIER_USAGE);
        goto out;
    }

    t->protocol = llm_strndup(fb[0], (size_t)(fe[0] - fb[0]));
    t->url = llm_strndup(fb[1], (size_t)(fe[1] - fb[1]));
    t->model = llm_strndup(fb[2], (size_t)(fe[2] - fb[2]));
    if (!t->protocol || !t->url || !t->model) {
        rc = err_set(e, ERR_NOMEM, "out of memory parsing model tier");
        goto out;
    }
    const struct llm_provider *prov = llm_provider_find(t->protocol);
    if (!prov) {
        rc = err_set(e, ERR_USAGE, "model tier \"%.200s\": unknown protocol \"%.40s\" (use "
                     "\"ollama\" or \"openai\")", spec, t->protocol);
        goto out;
    }
    if (strncmp(t->url, "http://", 7) != 0 && strncmp(t->url, "https://", 8) != 0) {
        rc = err_set(e, ERR_USAGE, "model tier \"%.200s\": URL \"%.100s\" must start with "
                     "http:// or https://", spec, t->url);
        goto out;
    }
    if (strlen(t->url) <= 8 || strpbrk(t->url, " \t\r\n")) {
        rc = err_set(e, ERR_USAGE, "model tier \"%.200s\": URL \"%.100s\" is not a valid URL",
                     spec, t->url);
        goto out;
    }
    if (!t->model[0]) {
        rc = err_set(e, ERR_USAGE, "model tier \"%.200s\": model name is empty", spec);
        goto out;
    }
    if (n == 5) {
        rc = llm_price_parse(fb[3], (size_t)(fe[3] - fb[3]), "PRICE_IN_PER_1K", spec,
                             &t->price_in, e);
        if (rc)
            goto out;
        rc = llm_price_parse(fb[4], (size_t)(fe[4] - fb[4]), "PRICE_OUT_PER_1K", spec,
                             &t->price_out, e);
        if (rc)
            goto out;
    }
    if (buf_printf(&name, "%s:%s", t->protocol, t->model)) {
        rc = err_set(e, ERR_NOMEM, "out of memory parsing model tier");
        goto out;
    }
    t->name = buf_detach(&name);
    if (!t->name) {
        rc = err_set(e, ERR_NOMEM, "out of memory parsing model tier");
        goto out;
    }
    if (prov->env_api_key) {
        const char *key = getenv("GENBI_API_KEY");
        if (key && *key) {
            t->api_key = llm_strndup(key, strlen(key));
            if (!t->api_key) {
                rc = err_set(e, ERR_NOMEM, "out of memory parsing model tier");
                goto out;
            }
        }
    }
out:
    buf_free(&name);
    if (rc)
        llm_tier_free(t);
    return rc;
}

/* ---------------------------------------------------------------------------------------------
 * Replies, accounting, excerpts
 * ------------------------------------------------------------------------------------------- */

void llm_reply_free(struct llm_reply *r)
{
    if (!r)
        return;
    free(r->text);
    memset(r, 0, sizeof *r);
}

long llm_tokens_estimate(size_t bytes)
{
    return (long)((bytes + 3) / 4);
}

void llm_reply_account(const struct llm_tier *t, const char *system, const char *user,
                       struct llm_reply *r)
{
    if (r->tokens_in < 0)
        r->tokens_in = llm_tokens_estimate((system ? strlen(system) : 0) +
                                           (user ? strlen(user) : 0));
    if (r->tokens_out < 0)
        r->tokens_out = llm_tokens_estimate(r->text ? strlen(r->text) : 0);
    r->cost_usd = (double)r->tokens_in / 1000.0 * t->price_in +
                  (double)r->tokens_out / 1000.0 * t->price_out;
}

void llm_excerpt(const char *s, size_t len, char *out, size_t size)
{
    if (!size)
        return;
    const char *dots = "...";
    size_t room = size - 1, i = 0, n = 0;
    int cut = len > room;
    if (cut)
        room = room > 3 ? room - 3 : 0;
    for (; i < len && n < room; i++) {
        unsigned char c = (unsigned char)s[i];
        out[n++] = (c < 0x20 || c == 0x7f) ? ' ' : (char)c;
    }
    if (cut)
        for (const char *d = dots; *d && n < size - 1; d++)
            out[n++] = *d;
    out[n] = '\0';
}

/* ---------------------------------------------------------------------------------------------
 * Transport: forwarded to the module
 * ------------------------------------------------------------------------------------------- */

/* Defined here only when this program is linked with transport.c (the unit tests). */
extern const struct llm_transport llm_transport __attribute__((weak));

static struct module llm_module = {
    .name = "llm",
    .symbol = "llm_transport",
    .what = "the model client (HTTP with libcurl)",
    .package = "libcurl4",
    .builtin = &llm_transport,
};

static const struct llm_transport *llm_transport_get(struct err *e)
{
    return module_get(&llm_module, e);
}

int llm_chat(const struct llm_tier *t, const char *system, const char *user, struct llm_reply *out,
             struct err *e)
{
    const struct llm_transport *tr = llm_transport_get(e);
    if (!tr) {
        memset(out, 0, sizeof *out);
        return ERR_USAGE;
    }
    return tr->chat(t, system, user, out, e);
}

int llm_multi_new(struct llm_multi **out, struct err *e)
{
    const struct llm_transport *tr = llm_transport_get(e);
    *out = NULL;
    return tr ? tr->multi_new(out, e) : ERR_USAGE;
}

/* The calls below need a loop made by llm_multi_new(): the module is loaded. */
int llm_multi_chat(struct llm_multi *m, const struct llm_tier *t, const char *system,
                   const char *user,
                   void (*done)(void *ud, int rc, struct llm_reply *reply, const struct err *e),
                   void *ud, struct err *e)
{
    return llm_transport_get(e)->multi_chat(m, t, system, user, done, ud, e);
}

int llm_multi_probe(struct llm_multi *m, const char *url, long timeout_ms,
                    void (*done)(void *ud, int ok, int http_status, double ms), void *ud,
                    struct err *e)
{
    return llm_transport_get(e)->multi_probe(m, url, timeout_ms, done, ud, e);
}

void llm_multi_stop(struct llm_multi *m)
{
    llm_transport_get(NULL)->multi_stop(m);
}

void llm_multi_free(struct llm_multi *m)
{
    if (m)
        llm_transport_get(NULL)->multi_free(m);
}

int llm_body_start(const char *body, size_t len, size_t *skip, struct err *e)
{
    size_t k = 0;
    while (k < len && (body[k] == ' ' || body[k] == '\t' || body[k] == '\r' || body[k] == '\n'))
        k++;
    *skip = k;
    return k == len ? err_set(e, ERR_PROTOCOL, "model answered an empty body") : 0;
}

int llm_answer_take(struct llm_answer *a, struct llm_reply *out, struct err *e)
{
    out->text = buf_detach(&a->text);
    if (!out->text)
        return err_set(e, ERR_NOMEM, "out of memory reading the model answer");
    out->tokens_in = a->tokens_in;
    out->tokens_out = a->tokens_out;
    return 0;
}

int llm_request_finish(json_t *root, json_t *msgs, const char *system, const char *user,
                       struct buf *body, struct err *e)
{
    int rc;
    if (system && (rc = llm_message_add(msgs, "system", system, e)))
        return rc;
    if ((rc = llm_message_add(msgs, "user", user, e)))
        return rc;
    char *text = json_dumps(root, JSON_COMPACT);
    rc = !text || buf_puts(body, text) ? err_set(e, ERR_NOMEM, "out of memory building the model "
                                                 "request") : 0;
    free(text);
    return rc;
}

int llm_message_add(json_t *msgs, const char *role, const char *content, struct err *e)
{
    json_t *m = json_object(), *c = json_string(content);
    int rc = 0;
    if (!m || !c) {
        /* json_string() refuses invalid UTF-8, which is far likelier here than no memory. */
        rc = m ? err_set(e, ERR_USAGE, "the %s prompt is not valid UTF-8", role)
               : err_set(e, ERR_NOMEM, "out of memory building the model request");
        goto out;
    }
    if (json_object_set_new(m, "role", json_string(role)) || json_object_set(m, "content", c) ||
        json_array_append(msgs, m))
        rc = err_set(e, ERR_NOMEM, "out of memory building the model request");
out:
    json_decref(m);
    json_decref(c);
    return rc;
}
