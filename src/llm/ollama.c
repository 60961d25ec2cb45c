/* ollama: the Ollama chat provider (POST /api/chat). Builds {model, messages, stream,
 * options:{temperature:0}} and reads either one JSON object or the NDJSON stream Ollama sends by
 * default (message.content pieces; prompt_eval_count / eval_count on the done:true line). */
#include "llm/llm.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "llm/llm_int.h"

#include "util/banned.h"

#define OLLAMA_EXCERPT 120

static int ollama_build_request(const struct llm_tier *t, const char *system, const char *user,
                                struct buf *body, struct err *e)
{
    json_t *root = json_object(), *msgs = json_array(), *opts = json_object();
    int rc = 0;

    /* json_object_set (not _set_new) for msgs and opts: we keep our references and drop them
     * at out, so every failure path frees exactly once. */
    if (!root || !msgs || !opts || json_object_set_new(root, "model", json_string(t->model)) ||
        json_object_set(root, "messages", msgs) ||
        json_object_set_new(root, "stream", json_boolean(t->stream)) ||
        json_object_set_new(opts, "temperature", json_real(0.0)) ||
        json_object_set(root, "options", opts)) {
        rc = err_set(e, ERR_NOMEM, "out of memory building the model request (or the model "
                     "name is not UTF-8)");
        goto out;
    }
    rc = llm_request_finish(root, msgs, system, user, body, e);
out:
    json_decref(msgs);
    json_decref(opts);
    json_decref(root);
    return rc;
}

/* One JSON object: the whole answer, or one NDJSON line of a stream. */
static int ollama_chunk(json_t *obj, struct llm_answer *st, struct err *e)
{
    char ex[OLLAMA_EXCERPT];
    if (!json_is_object(obj))
        return err_set(e, ERR_PROTOCOL, "model answer is JSON but not an object");
    json_t *err = json_object_get(obj, "error");
    if (err) {
        const char *msg = json_is_string(err) ? json_string_value(err) : "(no message)";
        llm_excerpt(msg, strlen(msg), ex, sizeof ex);
        return err_set(e, ERR_PROTOCOL, "model server reported an error: %s", ex);
    }
    /* Only content is the answer; a thinking model's "thinking" field is never read. */
    json_t *content = json_object_get(json_object_get(obj, "message"), "content");
    if (json_is_string(content)) {
        st->saw_content = 1;
        if (buf_append(&st->text, json_string_value(content), json_string_length(content)))
            return err_set(e, ERR_NOMEM, "out of memory reading the model answer");
    }
    if (json_is_true(json_object_get(obj, "done"))) {
        json_t *in = json_object_get(obj, "prompt_eval_count");
        json_t *outc = json_object_get(obj, "eval_count");
        if (json_is_integer(in) && json_integer_value(in) >= 0)
            st->tokens_in = (long)json_integer_value(in);
        if (json_is_integer(outc) && json_integer_value(outc) >= 0)
            st->tokens_out = (long)json_integer_value(outc);
    }
    return 0;
}

static int ollama_parse_response(const struct llm_tier *t, const char *body, size_t len,
                                 struct llm_reply *out, struct err *e)
{
    (void)t; /* the answer format does not depend on the tier */
    struct llm_answer st = LLM_ANSWER_INIT;
    char ex[OLLAMA_EXCERPT];
    json_t *root = NULL;
    int rc = 0;

    size_t skip;
    if ((rc = llm_body_start(body, len, &skip, e)))
        goto out;
    root = json_loadb(body, len, 0, NULL);
    if (root) {
        rc = ollama_chunk(root, &st, e);
        if (rc)
            goto out;
    } else {
        /* Not one JSON document: read it as NDJSON, one object per line. */
        const char *p = body, *end = body + len;
        int line = 0;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *le = nl ? nl : end;
            const char *b = p;
            line++;
            while (b < le && (*b == ' ' || *b == '\t' || *b == '\r'))
                b++;
            if (b < le) {
                json_t *obj = json_loadb(b, (size_t)(le - b), 0, NULL);
                if (!obj) {
                    llm_excerpt(b, (size_t)(le - b), ex, sizeof ex);
                    rc = err_set(e, ERR_PROTOCOL, "model answer is not valid JSON%s: %s",
                                 line > 1 ? " (stream line)" : "", ex);
                    goto out;
                }
                rc = ollama_chunk(obj, &st, e);
                json_decref(obj);
                if (rc)
                    goto out;
            }
            p = nl ? nl + 1 : end;
        }
    }
    if (!st.saw_content) {
        llm_excerpt(body + skip, len - skip, ex, sizeof ex);
        rc = err_set(e, ERR_PROTOCOL, "model answer has no message.content: %s", ex);
        goto out;
    }
    rc = llm_answer_take(&st, out, e);
out:
    json_decref(root);
    buf_free(&st.text);
    return rc;
}

const struct llm_provider llm_ollama_provider = {
    .protocol = "ollama",
    .path = "/api/chat",
    .build_request = ollama_build_request,
    .parse_response = ollama_parse_response,
};
