/* openai: the OpenAI-compatible chat provider (POST /v1/chat/completions; also vLLM, llama.cpp
 * server, LM Studio, ...). Builds {model, messages, temperature:0, stream[, stream_options]} and
 * reads either a chat.completion object or an SSE stream of chat.completion.chunk events
 * ("data: {...}" lines, choices[0].delta.content, a final usage chunk, "data: [DONE]"). */
#include "llm/llm.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "llm/llm_int.h"

#include "util/banned.h"

#define OPENAI_EXCERPT 120

static int openai_build_request(const struct llm_tier *t, const char *system, const char *user,
                                struct buf *body, struct err *e)
{
    json_t *root = json_object(), *msgs = json_array(), *opts = NULL;
    int rc = 0;

    /* msgs and opts are attached with json_object_set so that we keep, and drop at out, our own
     * references on every path. */
    if (!root || !msgs || json_object_set_new(root, "model", json_string(t->model)) ||
        json_object_set(root, "messages", msgs) ||
        json_object_set_new(root, "temperature", json_real(0.0)) ||
        json_object_set_new(root, "stream", json_boolean(t->stream))) {
        rc = err_set(e, ERR_NOMEM, "out of memory building the model request (or the model "
                     "name is not UTF-8)");
        goto out;
    }
    if (t->stream) {
        /* Without include_usage a streamed answer carries no token counts. */
        opts = json_object();
        if (!opts || json_object_set_new(opts, "include_usage", json_true()) ||
            json_object_set(root, "stream_options", opts)) {
            rc = err_set(e, ERR_NOMEM, "out of memory building the model request");
            goto out;
        }
    }
    rc = llm_request_finish(root, msgs, system, user, body, e);
out:
    json_decref(opts);
    json_decref(msgs);
    json_decref(root);
    return rc;
}

static void openai_usage(json_t *usage, struct llm_answer *st)
{
    json_t *in = json_object_get(usage, "prompt_tokens");
    json_t *outc = json_object_get(usage, "completion_tokens");
    if (json_is_integer(in) && json_integer_value(in) >= 0)
        st->tokens_in = (long)json_integer_value(in);
    if (json_is_integer(outc) && json_integer_value(outc) >= 0)
        st->tokens_out = (long)json_integer_value(outc);
}

/* One object: a whole chat.completion or one chat.completion.chunk of a stream. Servers differ
 * in which of message/delta they fill, so both are accepted in both cases. */
static int openai_object(json_t *obj, struct llm_answer *st, struct err *e)
{
    char ex[OPENAI_EXCERPT];
    if (!json_is_object(obj))
        return err_set(e, ERR_PROTOCOL, "model answer is JSON but not an object");
    json_t *err = json_object_get(obj, "error");
    if (err && !json_is_null(err)) {
        json_t *m = json_is_object(err) ? json_object_get(err, "message") : err;
        const char *msg = json_is_string(m) ? json_string_value(m) : "(no message)";
        llm_excerpt(msg, strlen(msg), ex, sizeof ex);
        return err_set(e, ERR_PROTOCOL, "model server reported an error: %s", ex);
    }
    json_t *choice = json_array_get(json_object_get(obj, "choices"), 0);
    if (json_is_object(choice)) {
        json_t *msg = json_object_get(choice, "message");
        if (!msg)
            msg = json_object_get(choice, "delta");
        /* Only content is the answer: a reasoning model's thoughts (reasoning_content) may
         * hold draft SQL and are never read. */
        json_t *content = json_object_get(msg, "content");
        if (json_is_string(content)) {
            st->saw_content = 1;
            if (buf_append(&st->text, json_string_value(content), json_string_length(content)))
                return err_set(e, ERR_NOMEM, "out of memory reading the model answer");
        } else if (json_is_string(json_object_get(msg, "refusal"))) {
            const char *r = json_string_value(json_object_get(msg, "refusal"));
            llm_excerpt(r, strlen(r), ex, sizeof ex);
            return err_set(e, ERR_PROTOCOL, "model refused: %s", ex);
        } else if (json_object_get(choice, "delta")) {
            st->saw_content = 1; /* a role-only or finish chunk is still a valid stream event */
        }
    }
    json_t *usage = json_object_get(obj, "usage");
    if (json_is_object(usage))
        openai_usage(usage, st);
    return 0;
}

/* Server-sent events: only "data:" fields matter; comments (":"), event:, id: and retry: lines
 * are skipped. Returns the number of data events seen, or a negative err_code. */
static int openai_sse(const char *body, size_t len, struct llm_answer *st, struct err *e)
{
    const char *p = body, *end = body + len;
    char ex[OPENAI_EXCERPT];
    int events = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *next = nl ? nl + 1 : end;
        if (le > p && le[-1] == '\r')
            le--;
        if ((size_t)(le - p) >= 5 && memcmp(p, "data:", 5) == 0) {
            const char *b = p + 5;
            while (b < le && (*b == ' ' || *b == '\t'))
                b++;
            size_t n = (size_t)(le - b);
            events++;
            if (n == 6 && memcmp(b, "[DONE]", 6) == 0)
                break;
            if (n > 0) {
                json_t *obj = json_loadb(b, n, 0, NULL);
                if (!obj) {
                    llm_excerpt(b, n, ex, sizeof ex);
                    return err_set(e, ERR_PROTOCOL, "model stream event is not valid JSON: %s",
                                   ex);
                }
                int rc = openai_object(obj, st, e);
                json_decref(obj);
                if (rc)
                    return rc;
            }
        }
        p = next;
    }
    return events;
}

static int openai_parse_response(const struct llm_tier *t, const char *body, size_t len,
                                 struct llm_reply *out, struct err *e)
{
    (void)t; /* the answer format does not depend on the tier */
    struct llm_answer st = LLM_ANSWER_INIT;
    char ex[OPENAI_EXCERPT];
    json_t *root = NULL;
    int rc = 0;

    size_t skip;
    if ((rc = llm_body_start(body, len, &skip, e)))
        goto out;
    llm_excerpt(body + skip, len - skip, ex, sizeof ex);
    root = json_loadb(body, len, 0, NULL);
    if (root) {
        rc = openai_object(root, &st, e);
        if (rc)
            goto out;
    } else {
        rc = openai_sse(body, len, &st, e);
        if (rc < 0)
            goto out;
        if (rc == 0) {
            rc = err_set(e, ERR_PROTOCOL, "model answer is neither JSON nor an event stream: %s",
                         ex);
            goto out;
        }
        rc = 0;
    }
    if (!st.saw_content) {
        rc = err_set(e, ERR_PROTOCOL, "model answer has no choices[0].message.content: %s", ex);
        goto out;
    }
    rc = llm_answer_take(&st, out, e);
out:
    json_decref(root);
    buf_free(&st.text);
    return rc;
}

const struct llm_provider llm_openai_provider = {
    .protocol = "openai",
    .env_api_key = 1,
    .path = "/v1/chat/completions",
    .build_request = openai_build_request,
    .parse_response = openai_parse_response,
};
