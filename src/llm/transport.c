/* transport: the one HTTP transport every model provider shares, built as the module
 * genbi-llm.so (util/module.h) so that only a command that calls a model maps libcurl and its
 * libraries: a libcurl easy handle per call, POST of a JSON body, per-tier timeout, retries with
 * exponential backoff on 429 / 5xx / connection errors (Retry-After honoured), a capped response
 * buffer, and the multi loop the server runs many calls on. genbi reaches it through
 * llm_transport (llm_int.h); llm.c's llm_chat() and llm_multi_*() forward to it. */
#include <ctype.h>
#include <curl/curl.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "llm/llm.h"
#include "llm/llm_int.h"
#include "util/clock.h"

#include "util/banned.h"

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

/* One model call's transfer, shared by the blocking llm_http_chat() and the multi loop: the request
 * is built once, and each attempt reuses the easy handle. The struct must not move once
 * llm_xfer_setup() has run (curl holds pointers to sink and curl_err). */
struct llm_xfer {
    const struct llm_tier *t;
    const struct llm_provider *prov;
    struct buf url, req, resp, auth;
    struct curl_slist *headers;
    struct llm_sink sink;
    CURL *curl;
    char curl_err[CURL_ERROR_SIZE];
    size_t prompt_bytes; /* system + user, for token estimates */
    long timeout;
    double t0;
    int attempt;
};

enum llm_step { LLM_STEP_DONE = 0, LLM_STEP_FAIL, LLM_STEP_RETRY };

static void llm_xfer_cleanup(struct llm_xfer *x)
{
    if (x->curl)
        curl_easy_cleanup(x->curl);
    curl_slist_free_all(x->headers);
    buf_free(&x->url);
    buf_free(&x->req);
    buf_free(&x->resp);
    buf_free(&x->auth);
    x->curl = NULL;
    x->headers = NULL;
}

/* Builds URL, body, headers and the easy handle. On failure the caller still runs
 * llm_xfer_cleanup(). */
static int llm_xfer_setup(struct llm_xfer *x, const struct llm_tier *t, const char *system,
                          const char *user, struct err *e)
{
    struct curl_slist *h2;
    memset(x, 0, sizeof *x);
    x->t0 = clock_ms();
    buf_init(&x->resp, LIMIT_LLM_RESPONSE_BYTES + 1);
    if (!t || !t->url || !t->model || !user)
        return err_set(e, ERR_USAGE, "llm_chat: tier URL, model and prompt are required");
    x->t = t;
    x->prov = llm_provider_find(t->protocol);
    if (!x->prov)
        return err_set(e, ERR_USAGE, "model tier %s: unknown protocol \"%s\" (use \"ollama\" or "
                       "\"openai\")", t->name ? t->name : "?", t->protocol ? t->protocol : "");
    pthread_once(&llm_curl_once, llm_curl_init);
    if (llm_curl_init_rc != CURLE_OK)
        return err_set(e, ERR_IO, "cannot initialise libcurl: %s",
                       curl_easy_strerror(llm_curl_init_rc));
    if (llm_url_build(t->url, x->prov->path, &x->url))
        return err_set(e, ERR_NOMEM, "out of memory building the model URL");
    int rc = x->prov->build_request(t, system, user, &x->req, e);
    if (rc)
        return rc;
    if (x->req.failed)
        return err_set(e, ERR_NOMEM, "out of memory building the model request");
    x->prompt_bytes = (system ? strlen(system) : 0) + strlen(user);

    /* "Expect:" stops curl from waiting for 100-continue on large prompts. */
    const char *hdrs[] = {"Content-Type: application/json", "Accept: application/json", "Expect:"};
    for (size_t i = 0; i < sizeof hdrs / sizeof hdrs[0]; i++) {
        h2 = curl_slist_append(x->headers, hdrs[i]);
        if (!h2)
            return err_set(e, ERR_NOMEM, "out of memory building HTTP headers");
        x->headers = h2;
    }
    if (t->api_key && *t->api_key) {
        if (strpbrk(t->api_key, "\r\n"))
            return err_set(e, ERR_USAGE, "model tier %s: API key contains a line break",
                           t->name ? t->name : t->model);
        if (buf_printf(&x->auth, "Authorization: Bearer %s", t->api_key) ||
            !(h2 = curl_slist_append(x->headers, buf_cstr(&x->auth))))
            return err_set(e, ERR_NOMEM, "out of memory building HTTP headers");
        x->headers = h2;
    }

    CURL *curl = x->curl = curl_easy_init();
    if (!curl)
        return err_set(e, ERR_NOMEM, "cannot create a libcurl handle");
    x->timeout = t->timeout_ms > 0 ? t->timeout_ms : LIMIT_LLM_TIMEOUT_MS;
    long connect_timeout = x->timeout < LIMIT_LLM_CONNECT_MS ? x->timeout
                                                               : LIMIT_LLM_CONNECT_MS;
    x->curl_err[0] = '\0';
    curl_easy_setopt(curl, CURLOPT_URL, buf_cstr(&x->url));
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, buf_cstr(&x->req));
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)x->req.len);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, x->headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, x->timeout);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, connect_timeout);
    /* Signals are process-wide; with many threads calling llm_chat they must stay off. */
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, llm_on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &x->sink);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, llm_on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &x->sink);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, x->curl_err);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "genbi");
#if LIBCURL_VERSION_NUM >= 0x075500
    /* A tier URL is configuration, but never let it reach file:// or other schemes. */
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    return 0;
}

/* Readies the handle for (another) attempt. */
static void llm_xfer_rearm(struct llm_xfer *x)
{
    buf_reset(&x->resp);
    x->sink.body = &x->resp;
    x->sink.rc = 0;
    x->sink.retry_after = -1;
    x->curl_err[0] = '\0';
}

/* Judges one finished attempt: DONE (out filled, *rc 0), FAIL (*rc and e set) or RETRY after
 * *delay_ms. out->http_status and out->retries are kept up to date. */
static enum llm_step llm_xfer_judge(struct llm_xfer *x, CURLcode cc, struct llm_reply *out,
                                    int *rc, long *delay_ms, struct err *e)
{
    const struct llm_tier *t = x->t;
    const char *url = buf_cstr(&x->url);
    char excerpt[160];
    long status = 0;
    int retry = 0;
    curl_easy_getinfo(x->curl, CURLINFO_RESPONSE_CODE, &status);
    out->http_status = (int)status;

    if (cc == CURLE_OK && status >= 200 && status < 300) {
        struct err pe = {0};
        *rc = x->prov->parse_response(t, buf_cstr(&x->resp), x->resp.len, out, &pe);
        if (*rc) {
            err_set(e, *rc, "model endpoint %s: %s", url, pe.msg);
            return LLM_STEP_FAIL;
        }
        return LLM_STEP_DONE;
    }
    if (cc == CURLE_OK) {
        if (status == 429 || status >= 500) {
            retry = 1;
        } else {
            llm_error_text(&x->resp, excerpt, sizeof excerpt);
            *rc = err_set(e, ERR_IO, "model endpoint %s answered HTTP %ld: %s%s", url, status,
                          excerpt, llm_status_hint(status));
            return LLM_STEP_FAIL;
        }
    } else if (cc == CURLE_WRITE_ERROR && x->sink.rc) {
        if (x->sink.rc == ERR_NOMEM)
            *rc = err_set(e, ERR_NOMEM, "out of memory reading the answer of model endpoint %s",
                          url);
        else
            *rc = err_set(e, ERR_LIMIT, "model endpoint %s answered more than %zu bytes", url,
                          LIMIT_LLM_RESPONSE_BYTES);
        return LLM_STEP_FAIL;
    } else if (cc == CURLE_OPERATION_TIMEDOUT) {
        *rc = err_set(e, ERR_TIMEOUT, "model endpoint %s did not answer within %ld ms (raise "
                      "the tier timeout or use a smaller model)", url, x->timeout);
        return LLM_STEP_FAIL;
    } else if (llm_curl_retryable(cc)) {
        retry = 1;
    } else {
        *rc = err_set(e, cc == CURLE_URL_MALFORMAT || cc == CURLE_UNSUPPORTED_PROTOCOL
                             ? ERR_USAGE : ERR_IO,
                      "model endpoint %s unreachable: %s", url,
                      x->curl_err[0] ? x->curl_err : curl_easy_strerror(cc));
        return LLM_STEP_FAIL;
    }

    if (!retry || x->attempt >= t->max_retries) {
        if (cc == CURLE_OK) {
            llm_error_text(&x->resp, excerpt, sizeof excerpt);
            *rc = err_set(e, ERR_IO, "model endpoint %s answered HTTP %ld after %d retries: %s",
                          url, status, out->retries, excerpt);
        } else {
            *rc = err_set(e, ERR_IO, "model endpoint %s unreachable: %s (after %d retries; is the "
                          "model server running?)", url, curl_easy_strerror(cc), out->retries);
        }
        return LLM_STEP_FAIL;
    }
    long delay;
    if (x->sink.retry_after >= 0) {
        delay = x->sink.retry_after > LIMIT_LLM_RETRY_DELAY_MS / 1000 ? LIMIT_LLM_RETRY_DELAY_MS
                                                                    : x->sink.retry_after * 1000;
    } else {
        delay = t->backoff_ms > 0 ? t->backoff_ms : 0;
        for (int i = 0; i < x->attempt && delay < LIMIT_LLM_RETRY_DELAY_MS; i++)
            delay *= 2;
        if (delay > LIMIT_LLM_RETRY_DELAY_MS)
            delay = LIMIT_LLM_RETRY_DELAY_MS;
    }
    *delay_ms = delay;
    x->attempt++;
    out->retries++;
    return LLM_STEP_RETRY;
}

/* Final accounting of a call, successful or not. */
static void llm_xfer_close_reply(struct llm_xfer *x, int rc, struct llm_reply *out)
{
    if (!rc) {
        if (out->tokens_in < 0)
            out->tokens_in = llm_tokens_estimate(x->prompt_bytes);
        llm_reply_account(x->t, NULL, NULL, out);
    }
    out->ms = clock_ms() - x->t0;
    if (rc) {
        free(out->text);
        out->text = NULL;
    }
}

static int llm_http_chat(const struct llm_tier *t, const char *system, const char *user,
                         struct llm_reply *out, struct err *e)
{
    struct llm_xfer x;
    int rc;
    memset(out, 0, sizeof *out);
    rc = llm_xfer_setup(&x, t, system, user, e);
    while (!rc) {
        long delay = 0;
        llm_xfer_rearm(&x);
        CURLcode cc = curl_easy_perform(x.curl);
        enum llm_step s = llm_xfer_judge(&x, cc, out, &rc, &delay, e);
        if (s != LLM_STEP_RETRY)
            break;
        llm_sleep_ms(delay);
    }
    llm_xfer_close_reply(&x, rc, out);
    llm_xfer_cleanup(&x);
    return rc;
}

/* ---------------------------------------------------------------------------------------------
 * Multi loop: many calls on one thread
 * ------------------------------------------------------------------------------------------- */

enum llm_job_kind { LLM_JOB_CHAT = 0, LLM_JOB_PROBE };

struct llm_job {
    enum llm_job_kind kind;
    struct llm_xfer x;
    struct llm_reply reply;
    double due_ms;         /* when sleeping before a retry */
    struct llm_job *next;  /* in the incoming queue, the sleeping or the running list */
    struct llm_job *prev;  /* in the running list */
    void (*chat_done)(void *ud, int rc, struct llm_reply *reply, const struct err *e);
    void (*probe_done)(void *ud, int ok, int http_status, double ms);
    void *ud;
};

struct llm_multi {
    CURLM *multi;
    pthread_t thread;
    pthread_mutex_t mu;
    struct llm_job *incoming; /* submitted, not yet added (LIFO; order does not matter) */
    int stop;
    struct llm_job *sleeping; /* waiting for a retry, unordered */
    struct llm_job *running;  /* in the multi, so shutdown can end them */
    long active;              /* handles in the multi */
};

static void llm_job_free(struct llm_job *j)
{
    llm_xfer_cleanup(&j->x);
    llm_reply_free(&j->reply);
    free(j);
}

/* Ends a job: the callback owns the reply afterwards. */
static void llm_job_finish(struct llm_job *j, int rc, const struct err *e)
{
    if (j->kind == LLM_JOB_CHAT) {
        llm_xfer_close_reply(&j->x, rc, &j->reply);
        struct llm_reply r = j->reply;
        memset(&j->reply, 0, sizeof j->reply);
        j->chat_done(j->ud, rc, &r, e);
    } else {
        long status = 0;
        if (j->x.curl)
            curl_easy_getinfo(j->x.curl, CURLINFO_RESPONSE_CODE, &status);
        j->probe_done(j->ud, rc == 0, (int)status, clock_ms() - j->x.t0);
    }
    llm_job_free(j);
}

static void llm_running_unlink(struct llm_multi *m, struct llm_job *j)
{
    if (j->prev)
        j->prev->next = j->next;
    else
        m->running = j->next;
    if (j->next)
        j->next->prev = j->prev;
    j->next = j->prev = NULL;
}

static int llm_multi_add(struct llm_multi *m, struct llm_job *j)
{
    llm_xfer_rearm(&j->x);
    curl_easy_setopt(j->x.curl, CURLOPT_PRIVATE, j);
    if (curl_multi_add_handle(m->multi, j->x.curl) != CURLM_OK)
        return ERR_NOMEM;
    m->active++;
    j->prev = NULL;
    j->next = m->running;
    if (m->running)
        m->running->prev = j;
    m->running = j;
    return 0;
}

static void llm_multi_done(struct llm_multi *m, CURL *easy, CURLcode cc)
{
    struct llm_job *j = NULL;
    struct err e = {0};
    int rc = 0;
    long delay = 0;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, (char **)&j);
    curl_multi_remove_handle(m->multi, easy);
    m->active--;
    llm_running_unlink(m, j);
    if (j->kind == LLM_JOB_PROBE) {
        /* Any HTTP answer means the endpoint is up (a body over the buffer cap too); only
         * transport failures mean down. */
        llm_job_finish(j, cc == CURLE_OK || cc == CURLE_WRITE_ERROR ? 0 : ERR_IO, NULL);
        return;
    }
    enum llm_step s = llm_xfer_judge(&j->x, cc, &j->reply, &rc, &delay, &e);
    if (s == LLM_STEP_RETRY) {
        j->due_ms = clock_ms() + (double)delay;
        j->next = m->sleeping;
        m->sleeping = j;
        return;
    }
    llm_job_finish(j, rc, &e);
}

static void *llm_multi_main(void *arg)
{
    struct llm_multi *m = arg;
    for (;;) {
        pthread_mutex_lock(&m->mu);
        struct llm_job *in = m->incoming;
        int stop = m->stop;
        m->incoming = NULL;
        pthread_mutex_unlock(&m->mu);
        while (in) {
            struct llm_job *j = in;
            in = in->next;
            j->next = NULL;
            if (stop || llm_multi_add(m, j)) {
                struct err e = {0};
                llm_job_finish(j, err_set(&e, ERR_IO, stop ? "shutting down"
                                                          : "cannot start the model call"), &e);
            }
        }
        if (stop)
            break;

        /* Retries whose backoff ran out go back into the multi; the rest bound the wait. */
        double now = clock_ms();
        long wait = 1000;
        for (struct llm_job **pp = &m->sleeping; *pp;) {
            struct llm_job *j = *pp;
            if (j->due_ms <= now) {
                *pp = j->next;
                if (llm_multi_add(m, j)) {
                    struct err e = {0};
                    llm_job_finish(j, err_set(&e, ERR_IO, "cannot restart the model call"), &e);
                }
                continue;
            }
            if (j->due_ms - now < (double)wait)
                wait = (long)(j->due_ms - now) + 1;
            pp = &j->next;
        }
        long ct = -1;
        curl_multi_timeout(m->multi, &ct);
        if (ct >= 0 && ct < wait)
            wait = ct;
        int running = 0;
        curl_multi_poll(m->multi, NULL, 0, (int)wait, NULL);
        curl_multi_perform(m->multi, &running);
        CURLMsg *msg;
        int left;
        while ((msg = curl_multi_info_read(m->multi, &left)))
            if (msg->msg == CURLMSG_DONE)
                llm_multi_done(m, msg->easy_handle, msg->data.result);
    }
    /* Shutting down: everything still pending ends with an error, so no caller waits forever. */
    struct err e = {0};
    err_set(&e, ERR_IO, "shutting down");
    while (m->sleeping) {
        struct llm_job *j = m->sleeping;
        m->sleeping = j->next;
        llm_job_finish(j, ERR_IO, &e);
    }
    while (m->running) {
        struct llm_job *j = m->running;
        llm_running_unlink(m, j);
        curl_multi_remove_handle(m->multi, j->x.curl);
        m->active--;
        llm_job_finish(j, ERR_IO, &e);
    }
    return NULL;
}

static int llm_http_multi_new(struct llm_multi **out, struct err *e)
{
    struct llm_multi *m = calloc(1, sizeof *m);
    *out = NULL;
    if (!m)
        return err_set(e, ERR_NOMEM, "out of memory");
    pthread_once(&llm_curl_once, llm_curl_init);
    if (llm_curl_init_rc != CURLE_OK) {
        free(m);
        return err_set(e, ERR_IO, "cannot initialise libcurl: %s",
                       curl_easy_strerror(llm_curl_init_rc));
    }
    m->multi = curl_multi_init();
    if (!m->multi) {
        free(m);
        return err_set(e, ERR_NOMEM, "cannot create a libcurl multi handle");
    }
    pthread_mutex_init(&m->mu, NULL);
    int prc = pthread_create(&m->thread, NULL, llm_multi_main, m);
    if (prc) {
        pthread_mutex_destroy(&m->mu);
        curl_multi_cleanup(m->multi);
        free(m);
        return err_set(e, ERR_NOMEM, "cannot start the model call thread: %s", strerror(prc));
    }
    *out = m;
    return 0;
}

static int llm_multi_submit(struct llm_multi *m, struct llm_job *j, struct err *e)
{
    pthread_mutex_lock(&m->mu);
    int stop = m->stop;
    if (!stop) {
        j->next = m->incoming;
        m->incoming = j;
    }
    pthread_mutex_unlock(&m->mu);
    if (stop)
        return err_set(e, ERR_IO, "shutting down");
    curl_multi_wakeup(m->multi);
    return 0;
}

static int llm_http_multi_chat(struct llm_multi *m, const struct llm_tier *t,
                               const char *system, const char *user,
                               void (*done)(void *ud, int rc, struct llm_reply *reply,
                                            const struct err *e),
                               void *ud, struct err *e)
{
    struct llm_job *j = calloc(1, sizeof *j);
    if (!j)
        return err_set(e, ERR_NOMEM, "out of memory");
    j->kind = LLM_JOB_CHAT;
    j->chat_done = done;
    j->ud = ud;
    int rc = llm_xfer_setup(&j->x, t, system, user, e);
    if (!rc)
        rc = llm_multi_submit(m, j, e);
    if (rc)
        llm_job_free(j);
    return rc;
}

static int llm_http_multi_probe(struct llm_multi *m, const char *url, long timeout_ms,
                                void (*done)(void *ud, int ok, int http_status, double ms),
                                void *ud, struct err *e)
{
    struct llm_job *j = calloc(1, sizeof *j);
    int rc = 0;
    if (!j)
        return err_set(e, ERR_NOMEM, "out of memory");
    j->kind = LLM_JOB_PROBE;
    j->probe_done = done;
    j->ud = ud;
    j->x.t0 = clock_ms();
    buf_init(&j->x.resp, 64 << 10);
    if (buf_puts(&j->x.url, url) || !(j->x.curl = curl_easy_init())) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    CURL *c = j->x.curl;
    curl_easy_setopt(c, CURLOPT_URL, buf_cstr(&j->x.url));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, llm_on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &j->x.sink);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "genbi");
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    rc = llm_multi_submit(m, j, e);
out:
    if (rc)
        llm_job_free(j);
    return rc;
}

static void llm_http_multi_stop(struct llm_multi *m)
{
    pthread_mutex_lock(&m->mu);
    int was = m->stop;
    m->stop = 1;
    pthread_mutex_unlock(&m->mu);
    if (was)
        return;
    curl_multi_wakeup(m->multi);
    pthread_join(m->thread, NULL);
}

static void llm_http_multi_free(struct llm_multi *m)
{
    if (!m)
        return;
    llm_http_multi_stop(m);
    curl_multi_cleanup(m->multi);
    pthread_mutex_destroy(&m->mu);
    free(m);
}

const struct llm_transport llm_transport = {
    .chat = llm_http_chat,
    .multi_new = llm_http_multi_new,
    .multi_chat = llm_http_multi_chat,
    .multi_probe = llm_http_multi_probe,
    .multi_stop = llm_http_multi_stop,
    .multi_free = llm_http_multi_free,
};
