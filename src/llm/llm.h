/* llm: model tiers behind one interface. A provider (Ollama /api/chat, OpenAI-compatible
 * /v1/chat/completions) is a struct of function pointers that builds the request body and parses
 * the answer; the HTTP transport (libcurl: timeout, retry with backoff on 429/5xx) is shared.
 *
 * Ownership: struct llm_tier strings are owned by the tier (llm_tier_free). struct llm_reply
 * owns its text (llm_reply_free). llm_chat() is thread-safe (one curl easy handle per call).
 *
 * Environment: GENBI_API_KEY, when set and non-empty, becomes the api_key of every "openai" tier
 * that llm_tier_parse() builds (sent as "Authorization: Bearer ..."); Ollama tiers never send it. */
#ifndef GENBI_LLM_H
#define GENBI_LLM_H

#include <stddef.h>

#include "util/limits.h"
#include "util/buf.h"
#include "util/err.h"

/* Defaults for struct llm_tier (llm_tier_defaults) and transport limits. */

struct llm_tier {
    char *name;       /* label for reports, e.g. "ollama:qwen2.5-coder:7b" */
    char *protocol;   /* "ollama" or "openai" */
    char *url;        /* base URL, e.g. http://127.0.0.1:11434 (path added by the provider) */
    char *model;
    char *api_key;    /* Bearer token for OpenAI-compatible endpoints, or NULL */
    double price_in;  /* USD per 1,000 input tokens */
    double price_out; /* USD per 1,000 output tokens */
    long timeout_ms;  /* per HTTP request */
    int max_retries;  /* on 429 / 5xx / connection reset */
    long backoff_ms;  /* first retry delay; doubles each retry */
    int stream;       /* ask the provider to stream the answer */
};

struct llm_reply {
    char *text;       /* the model's message content */
    long tokens_in;   /* from the provider's usage fields; estimated when absent */
    long tokens_out;
    double cost_usd;  /* tokens * the tier's prices */
    double ms;        /* wall time including retries */
    int http_status;  /* last HTTP status, 0 when no answer */
    int retries;
};

struct llm_provider {
    const char *protocol; /* "ollama", "openai" */
    int env_api_key;      /* takes $GENBI_API_KEY as its bearer key (hosted endpoints) */
    const char *path;     /* appended to the tier URL (trailing '/' ignored) unless the URL
                           * already ends with it or with a leading part of it (".../v1") */
    int (*build_request)(const struct llm_tier *t, const char *system, const char *user,
                         struct buf *body, struct err *e);
    /* Parses a complete (non-streaming) or streamed (NDJSON / SSE) response body, whatever was
     * asked for. Sets out->text (must be NULL on entry; malloc'd), out->tokens_in and
     * out->tokens_out; a count the provider did not report is set to -1 (llm_reply_account
     * estimates it). Returns ERR_PROTOCOL, with a short excerpt of the body, on unusable input. */
    int (*parse_response)(const struct llm_tier *t, const char *body, size_t len,
                          struct llm_reply *out, struct err *e);
};

extern const struct llm_provider llm_ollama_provider;
extern const struct llm_provider llm_openai_provider;
const struct llm_provider *llm_provider_find(const char *protocol);

/* Parses "PROTOCOL,URL,MODEL[,PRICE_IN_PER_1K,PRICE_OUT_PER_1K]" into t (defaults for the rest). */
int llm_tier_parse(const char *spec, struct llm_tier *t, struct err *e);
void llm_tier_defaults(struct llm_tier *t);
void llm_tier_free(struct llm_tier *t);

/* One chat completion. Returns 0 and fills out, or a negative err_code (ERR_IO for unreachable
 * or an HTTP error status, ERR_TIMEOUT, ERR_PROTOCOL for unparseable answers, ERR_LIMIT for an
 * answer over LIMIT_LLM_RESPONSE_BYTES, ERR_USAGE for a bad tier) after retries. out is
 * overwritten; on failure out->text is NULL but ms, http_status and retries are still set.
 * system may be NULL (no system message). */
int llm_chat(const struct llm_tier *t, const char *system, const char *user, struct llm_reply *out,
             struct err *e);
void llm_reply_free(struct llm_reply *r);

/* Many chat calls at once on one thread: a libcurl multi loop with the same requests, parsing,
 * timeouts and retries (backoff as timers in the loop, never a sleep) as llm_chat(). Made for
 * the server, which must hold a thousand slow model calls without a thousand threads.
 *
 * Thread-safety: llm_multi_chat() and llm_multi_probe() may be called from any thread. The
 * callbacks run on the loop's thread and must not block; each call's callback runs exactly once
 * (with ERR_IO "shutting down" for calls still pending in llm_multi_free()).
 * Ownership: the tier must outlive the call; system and user are copied into the request. The
 * chat callback owns *reply (release with llm_reply_free()); e is only valid during the call. */
struct llm_multi;

/* Starts the loop's thread. Free with llm_multi_free(). */
int llm_multi_new(struct llm_multi **out, struct err *e);
/* Queues one chat completion; done(ud, rc, reply, e) follows with what llm_chat() would have
 * returned. Returns 0, or a negative err_code (and done is never called). */
int llm_multi_chat(struct llm_multi *m, const struct llm_tier *t, const char *system,
                   const char *user,
                   void (*done)(void *ud, int rc, struct llm_reply *reply, const struct err *e),
                   void *ud, struct err *e);
/* GETs url once (no retries) to see whether an endpoint answers: ok is 1 for any HTTP answer,
 * 0 for connection failures and timeouts (timeout_ms). For health checks. */
int llm_multi_probe(struct llm_multi *m, const char *url, long timeout_ms,
                    void (*done)(void *ud, int ok, int http_status, double ms), void *ud,
                    struct err *e);
/* Ends pending calls (their callbacks run with ERR_IO) and joins the thread; later calls fail
 * with ERR_IO "shutting down" (done is not called). Safe to call twice. */
void llm_multi_stop(struct llm_multi *m);
/* llm_multi_stop(), then releases m. */
void llm_multi_free(struct llm_multi *m);

/* Replaces token counts the provider did not report (< 0) with ceil(bytes / 4) of the prompt
 * (system + user) and of r->text, then sets r->cost_usd from the tier's prices (USD per 1,000
 * tokens). llm_chat() calls it; exposed for providers and tests. */
void llm_reply_account(const struct llm_tier *t, const char *system, const char *user,
                       struct llm_reply *r);

/* Writes into out (size bytes, NUL-terminated) a one-line printable excerpt of s[0..len): control
 * bytes become spaces and "..." marks a cut. For error messages about peers' answers. */
void llm_excerpt(const char *s, size_t len, char *out, size_t size);

/* Reduces model text to exactly one SQL statement: strips markdown fences, leading prose
 * ("Here is the query:"), "SQL:" labels, trailing explanations and extra statements.
 * Returns a malloc'd statement without a trailing semicolon, or NULL when no SQL is found.
 * *dropped_write is set to 1 when a dropped extra statement was not a read (e.g. "; DROP ...");
 * dropped_write may be NULL. Pure function of text; thread-safe. */
char *llm_extract_sql(const char *text, int *dropped_write);

/* Prompts. Return malloc'd text. notes (may be NULL): a line about the dialect, such as its date
 * functions, appended to the system prompt. */
char *llm_prompt_system(const char *dialect, const char *notes);
char *llm_prompt_sql(const char *question, const char *ddl, const char *dialect);
char *llm_prompt_repair(const char *question, const char *ddl, const char *dialect,
                        const char *failed_sql, const char *error, const char *hint);

#endif
