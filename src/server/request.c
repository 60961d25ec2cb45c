/* The body of POST /v1/ask and /sql/generate, read and checked apart from libmicrohttpd: strict
 * UTF-8, JSON, the question, the database name and the options. A pure function of the body and
 * the configuration, so it can be unit-tested and fuzzed (tests/fuzz/fuzz_ask.c); http.c turns
 * a refusal into the JSON error response. */
#include <stdio.h>
#include <string.h>

#include "server/server_int.h"

#include "util/banned.h"

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
int server_utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        unsigned long cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + len > n)
            return 0;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += len;
    }
    return 1;
}

/* Records a refusal: HTTP status, API error code and message. Returns ERR_USAGE. */
static int refuse(struct server_ask *out, int status, const char *code, struct err *e,
                  const char *msg)
{
    out->status = status;
    out->error = code;
    return err_set(e, ERR_USAGE, "%s", msg);
}

/* Reads "options" (absent or null: none). */
static int parse_options(json_t *opts, const struct config *cfg, struct server_ask *out,
                         struct err *e)
{
    struct ask_options *o = &out->opts;
    const char *key;
    json_t *v;
    if (!opts || json_is_null(opts))
        return 0;
    if (!json_is_object(opts))
        return refuse(out, 400, "invalid_option", e, "\"options\" must be an object");
    json_object_foreach(opts, key, v)
    {
        if (strcmp(key, "policy") == 0) {
            const char *p = json_is_string(v) ? json_string_value(v) : "";
            if (strcmp(p, "cost") && strcmp(p, "balanced") && strcmp(p, "accuracy"))
                return refuse(out, 400, "invalid_option", e,
                              "options.policy must be \"cost\", \"balanced\" or \"accuracy\"");
            o->policy = p;
        } else if (strcmp(key, "max_attempts") == 0) {
            if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 10)
                return refuse(out, 400, "invalid_option", e,
                              "options.max_attempts must be an integer from 1 to 10");
            o->max_attempts = (int)json_integer_value(v);
        } else if (strcmp(key, "no_rules") == 0) {
            if (!json_is_boolean(v))
                return refuse(out, 400, "invalid_option", e,
                              "options.no_rules must be true or false");
            o->no_rules = json_is_true(v);
        } else {
            char msg[160];
            snprintf(msg, sizeof msg, "unknown option \"%.60s\" (policy, max_attempts, no_rules)",
                     key);
            return refuse(out, 400, "invalid_option", e, msg);
        }
    }
    if (o->no_rules == 1 && cfg->n_tiers == 0)
        return refuse(out, 400, "invalid_option", e,
                      "options.no_rules needs a model tier, and none is configured");
    return 0;
}

/* The checks after the JSON parse, in the order a client sees their errors. */
static int check_ask(json_t *root, const struct server_db *dbs, size_t n_dbs,
                     const struct config *cfg, struct server_ask *out, struct err *e)
{
    char msg[300];
    if (!json_is_object(root))
        return refuse(out, 400, "invalid_request", e, "the body must be a JSON object");
    json_t *q = json_object_get(root, "question");
    if (!q)
        return refuse(out, 400, "invalid_request", e, "\"question\" is required");
    if (!json_is_string(q))
        return refuse(out, 400, "invalid_request", e, "\"question\" must be a string");
    const char *question = json_string_value(q);
    size_t qlen = json_string_length(q), blank = 0;
    while (blank < qlen && strchr(" \t\r\n", question[blank]))
        blank++;
    if (blank == qlen)
        return refuse(out, 400, "invalid_request", e, "\"question\" is empty");
    if ((long)qlen > cfg->server.question_limit) {
        snprintf(msg, sizeof msg, "the question is %zu bytes; at most %ld are accepted", qlen,
                 cfg->server.question_limit);
        return refuse(out, 400, "question_too_long", e, msg);
    }
    json_t *jdb = json_object_get(root, "db");
    if (jdb && !json_is_null(jdb) && !json_is_string(jdb))
        return refuse(out, 400, "invalid_request", e, "\"db\" must be a string");
    long db = server_find_db(dbs, n_dbs, jdb && json_is_string(jdb) ? json_string_value(jdb)
                                                                    : NULL);
    if (db < 0)
        return refuse(out, 404, "unknown_database", e,
                      "no database of that name; GET /v1/databases lists them");
    out->question = question;
    out->db = (size_t)db;
    return parse_options(json_object_get(root, "options"), cfg, out, e);
}

long server_find_db(const struct server_db *dbs, size_t n_dbs, const char *name)
{
    if (!name)
        return n_dbs ? 0 : -1;
    for (size_t i = 0; i < n_dbs; i++)
        if (strcmp(dbs[i].name, name) == 0)
            return (long)i;
    return -1;
}

int server_parse_ask(const char *body, size_t len, const struct server_db *dbs, size_t n_dbs,
                     const struct config *cfg, struct server_ask *out, struct err *e)
{
    json_error_t jerr;
    char msg[300];
    memset(out, 0, sizeof *out);
    out->opts.no_rules = -1;
    if (len == 0)
        return refuse(out, 400, "empty_body", e,
                      "the body must be a JSON object such as {\"question\": \"...\"}");
    if (!server_utf8_valid((const unsigned char *)body, len))
        return refuse(out, 400, "invalid_utf8", e, "the body is not valid UTF-8");
    out->root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!out->root) {
        snprintf(msg, sizeof msg, "the body is not valid JSON: %s (line %d, column %d)", jerr.text,
                 jerr.line, jerr.column);
        return refuse(out, 400, "invalid_json", e, msg);
    }
    int rc = check_ask(out->root, dbs, n_dbs, cfg, out, e);
    if (rc) {
        json_decref(out->root);
        out->root = NULL;
        out->question = NULL;
        out->opts.policy = NULL;
    }
    return rc;
}

void server_ask_free(struct server_ask *a)
{
    json_decref(a->root);
    a->root = NULL;
    a->question = NULL;
    a->opts.policy = NULL;
}
