/* llm: model tier configuration ("PROTOCOL,URL,MODEL[,PRICE_IN,PRICE_OUT]"), the provider table,
 * token/cost accounting, and the one HTTP transport all providers share: a libcurl easy handle
 * per call, POST of a JSON body, per-tier timeout, retries with exponential backoff on 429 / 5xx /
 * connection errors (Retry-After honoured), and a capped response buffer. Providers only build
 * the request body and parse the answer (ollama.c, openai.c). */
#include "llm/llm.h"

#include <ctype.h>
#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

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
    t->timeout_ms = LLM_DEFAULT_TIMEOUT_MS;
    t->max_retries = LLM_DEFAULT_MAX_RETRIES;
    t->backoff_ms = LLM_DEFAULT_BACKOFF_MS;
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
    if (!llm_provider_find(t->protocol)) {
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
    if (strcmp(t->protocol, "openai") == 0) {
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

static long llm_tokens_estimate(size_t bytes)
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
 * Transport
 * ------------------------------------------------------------------------------------------- */

static pthread_once_t llm_curl_once = PTHREAD_ONCE_INIT;
static CURLcode llm_curl_init_rc = CURLE_FAILED_INIT;

static void llm_curl_init(void)
{
    llm_curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

struct llm_sink {
    struct buf *body;
    int rc;           /* first buf error: ERR_LIMIT or ERR_NOMEM */
    long retry_after; /* seconds from a Retry-After header, -1 when absent */
};

static size_t llm_on_body(char *data, size_t size, size_t nmemb, void *ud)
{
    struct llm_sink *s = ud;
    size_t n = size * nmemb;
    int rc = buf_append(s->body, data, n);
    if (rc) {
        s->rc = rc;
        return 0; /* makes curl stop with CURLE_WRITE_ERROR */
    }
    return n;
}

static size_t llm_on_header(char *data, size_t size, size_t nmemb, void *ud)
{
    struct llm_sink *s = ud;
    size_t n = size * nmemb;
    static const char name[] = "retry-after:";
    if (n > sizeof name - 1 && strncasecmp(data, name, sizeof name - 1) == 0) {
        /* Only the delay-seconds form; an HTTP-date falls back to our own backoff. */
        char tmp[32];
        size_t i = sizeof name - 1, k = 0;
        while (i < n && (data[i] == ' ' || data[i] == '\t'))
            i++;
        while (i < n && k < sizeof tmp - 1 && isdigit((unsigned char)data[i]))
            tmp[k++] = data[i++];
        tmp[k] = '\0';
        if (k > 0 && k < 10)
            s->retry_after = strtol(tmp, NULL, 10);
    }
    return n;
}

static double llm_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void llm_sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (ms > 0 && nanosleep(&ts, &ts) == -1 && errno == EINTR)
        ;
}

/* Appends the provider path to the base URL unless the URL already ends with it, or with a
 * leading part of it (".../v1" + "/v1/chat/completions" -> ".../v1/chat/completions"). */
static int llm_url_build(const char *base, const char *path, struct buf *url)
{
    size_t n = strlen(base), pn = strlen(path);
    while (n > 0 && base[n - 1] == '/')
        n--;
    size_t keep = 0;
    for (size_t k = pn; k > 0; k--) {
        if ((k == pn || path[k] == '/') && n >= k && memcmp(base + n - k, path, k) == 0) {
            keep = k;
            break;
        }
    }
    buf_append(url, base, n);
    return buf_puts(url, path + keep);
}

/* Connection-level failures worth another attempt: the server may be restarting or the
 * connection was reset under load. Resolution and URL errors are permanent, and a timeout is
 * not retried because a slow model stays slow and each attempt would cost the whole timeout. */
static int llm_curl_retryable(CURLcode c)
{
    switch (c) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return 1;
    default:
        return 0;
    }
}

/* The peer's own error text, if its body is {"error": "..."} or {"error": {"message": "..."}}
 * (Ollama and OpenAI shapes); otherwise an excerpt of the raw body. */
static void llm_error_text(const struct buf *body, char *out, size_t size)
{
    json_t *root = json_loadb(buf_cstr(body), body->len, 0, NULL);
    const char *msg = NULL;
    if (root) {
        json_t *err = json_object_get(root, "error");
        if (json_is_string(err))
            msg = json_string_value(err);
        else if (json_is_object(err) && json_is_string(json_object_get(err, "message")))
            msg = json_string_value(json_object_get(err, "message"));
    }
    if (msg)
        llm_excerpt(msg, strlen(msg), out, size);
    else
        llm_excerpt(buf_cstr(body), body->len, out, size);
    json_decref(root);
}

static const char *llm_status_hint(long status)
{
    if (status == 401 || status == 403)
        return " (check the API key: GENBI_API_KEY)";
    if (status == 404)
        return " (check the tier URL and that the model exists on that server)";
    if (status == 400)
        return " (the server rejected the request; check the model name)";
    return "";
}

int llm_chat(const struct llm_tier *t, const char *system, const char *user, struct llm_reply *out,
             struct err *e)
{
    const struct llm_provider *prov;
    struct buf url = BUF_INIT, req = BUF_INIT, resp = BUF_INIT, auth = BUF_INIT;
    struct curl_slist *headers = NULL, *h2;
    struct llm_sink sink;
    CURL *curl = NULL;
    char curl_err[CURL_ERROR_SIZE];
    char excerpt[160];
    double t0 = llm_now_ms();
    int rc = 0;

    memset(out, 0, sizeof *out);
    buf_init(&resp, LLM_MAX_RESPONSE_BYTES + 1);
    if (!t || !t->url || !t->model || !user) {
        rc = err_set(e, ERR_USAGE, "llm_chat: tier URL, model and prompt are required");
        goto out;
    }
    prov = llm_provider_find(t->protocol);
    if (!prov) {
        rc = err_set(e, ERR_USAGE, "model tier %s: unknown protocol \"%s\" (use \"ollama\" or "
                     "\"openai\")", t->name ? t->name : "?", t->protocol ? t->protocol : "");
        goto out;
    }
    pthread_once(&llm_curl_once, llm_curl_init);
    if (llm_curl_init_rc != CURLE_OK) {
        rc = err_set(e, ERR_IO, "cannot initialise libcurl: %s",
                     curl_easy_strerror(llm_curl_init_rc));
        goto out;
    }
    if (llm_url_build(t->url, prov->path, &url)) {
        rc = err_set(e, ERR_NOMEM, "out of memory building the model URL");
        goto out;
    }
    rc = prov->build_request(t, system, user, &req, e);
    if (rc)
        goto out;
    if (req.failed) {
        rc = err_set(e, ERR_NOMEM, "out of memory building the model request");
        goto out;
    }

    /* "Expect:" stops curl from waiting for 100-continue on large prompts. */
    const char *hdrs[] = {"Content-Type: application/json", "Accept: application/json", "Expect:"};
    for (size_t i = 0; i < sizeof hdrs / sizeof hdrs[0]; i++) {
        h2 = curl_slist_append(headers, hdrs[i]);
        if (!h2) {
            rc = err_set(e, ERR_NOMEM, "out of memory building HTTP headers");
            goto out;
        }
        headers = h2;
    }
    if (t->api_key && *t->api_key) {
        if (strpbrk(t->api_key, "\r\n")) {
            rc = err_set(e, ERR_USAGE, "model tier %s: API key contains a line break",
                         t->name ? t->name : t->model);
            goto out;
        }
        if (buf_printf(&auth, "Authorization: Bearer %s", t->api_key) ||
            !(h2 = curl_slist_append(headers, buf_cstr(&auth)))) {
            rc = err_set(e, ERR_NOMEM, "out of memory building HTTP headers");
            goto out;
        }
        headers = h2;
    }

    curl = curl_easy_init();
    if (!curl) {
        rc = err_set(e, ERR_NOMEM, "cannot create a libcurl handle");
        goto out;
    }
    long timeout = t->timeout_ms > 0 ? t->timeout_ms : LLM_DEFAULT_TIMEOUT_MS;
    long connect_timeout = timeout < LLM_CONNECT_TIMEOUT_MS ? timeout : LLM_CONNECT_TIMEOUT_MS;
    curl_err[0] = '\0';
    curl_easy_setopt(curl, CURLOPT_URL, buf_cstr(&url));
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, buf_cstr(&req));
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req.len);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, connect_timeout);
    /* Signals are process-wide; with many threads calling llm_chat they must stay off. */
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, llm_on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, llm_on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_err);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "genbi");
#if LIBCURL_VERSION_NUM >= 0x075500
    /* A tier URL is configuration, but never let it reach file:// or other schemes. */
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#endif

    for (int attempt = 0;; attempt++) {
        long status = 0, delay;
        int retry = 0;
        buf_reset(&resp);
        sink.body = &resp;
        sink.rc = 0;
        sink.retry_after = -1;
        CURLcode cc = curl_easy_perform(curl);
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        out->http_status = (int)status;

        if (cc == CURLE_OK && status >= 200 && status < 300) {
            rc = prov->parse_response(t, buf_cstr(&resp), resp.len, out, e);
            if (rc) {
                char why[sizeof e->msg];
                snprintf(why, sizeof why, "%s", e ? e->msg : "");
                rc = err_set(e, rc, "model endpoint %s: %s", buf_cstr(&url), why);
                goto out;
            }
            break;
        }
        if (cc == CURLE_OK) {
            if (status == 429 || status >= 500) {
                retry = 1;
            } else {
                llm_error_text(&resp, excerpt, sizeof excerpt);
                rc = err_set(e, ERR_IO, "model endpoint %s answered HTTP %ld: %s%s",
                             buf_cstr(&url), status, excerpt, llm_status_hint(status));
                goto out;
            }
        } else if (cc == CURLE_WRITE_ERROR && sink.rc) {
            if (sink.rc == ERR_NOMEM)
                rc = err_set(e, ERR_NOMEM, "out of memory reading the answer of model endpoint "
                             "%s", buf_cstr(&url));
            else
                rc = err_set(e, ERR_LIMIT, "model endpoint %s answered more than %zu bytes",
                             buf_cstr(&url), LLM_MAX_RESPONSE_BYTES);
            goto out;
        } else if (cc == CURLE_OPERATION_TIMEDOUT) {
            rc = err_set(e, ERR_TIMEOUT, "model endpoint %s did not answer within %ld ms (raise "
                         "the tier timeout or use a smaller model)", buf_cstr(&url), timeout);
            goto out;
        } else if (llm_curl_retryable(cc)) {
            retry = 1;
        } else {
            rc = err_set(e, cc == CURLE_URL_MALFORMAT || cc == CURLE_UNSUPPORTED_PROTOCOL
                                ? ERR_USAGE : ERR_IO,
                         "model endpoint %s unreachable: %s", buf_cstr(&url),
                         curl_err[0] ? curl_err : curl_easy_strerror(cc));
            goto out;
        }

        if (!retry || attempt >= t->max_retries) {
            if (cc == CURLE_OK) {
                llm_error_text(&resp, excerpt, sizeof excerpt);
                rc = err_set(e, ERR_IO, "model endpoint %s answered HTTP %ld after %d retries: %s",
                             buf_cstr(&url), status, out->retries, excerpt);
            } else {
                rc = err_set(e, ERR_IO, "model endpoint %s unreachable: %s (after %d retries; "
                             "is the model server running?)", buf_cstr(&url),
                             curl_easy_strerror(cc), out->retries);
            }
            goto out;
        }
        if (sink.retry_after >= 0) {
            delay = sink.retry_after > LLM_MAX_RETRY_DELAY_MS / 1000 ? LLM_MAX_RETRY_DELAY_MS
                                                                     : sink.retry_after * 1000;
        } else {
            delay = t->backoff_ms > 0 ? t->backoff_ms : 0;
            for (int i = 0; i < attempt && delay < LLM_MAX_RETRY_DELAY_MS; i++)
                delay *= 2;
            if (delay > LLM_MAX_RETRY_DELAY_MS)
                delay = LLM_MAX_RETRY_DELAY_MS;
        }
        llm_sleep_ms(delay);
        out->retries++;
    }
    llm_reply_account(t, system, user, out);
out:
    out->ms = llm_now_ms() - t0;
    if (rc) {
        free(out->text);
        out->text = NULL;
    }
    if (curl)
        curl_easy_cleanup(curl);
    curl_slist_free_all(headers);
    buf_free(&url);
    buf_free(&req);
    buf_free(&resp);
    buf_free(&auth);
    return rc;
}
