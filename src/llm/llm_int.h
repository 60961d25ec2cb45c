/* Internals shared by the LLM providers (not part of the module's contract). */
#ifndef GENBI_LLM_INT_H
#define GENBI_LLM_INT_H

#include <jansson.h>

#include "llm/llm.h"
#include "util/err.h"

/* The HTTP transport (transport.c), which the module genbi-llm.so exports as `llm_transport`:
 * llm_chat() and llm_multi_*() of llm.h forward to it. */
struct llm_transport {
    int (*chat)(const struct llm_tier *t, const char *system, const char *user,
                struct llm_reply *out, struct err *e);
    int (*multi_new)(struct llm_multi **out, struct err *e);
    int (*multi_chat)(struct llm_multi *m, const struct llm_tier *t, const char *system,
                      const char *user,
                      void (*done)(void *ud, int rc, struct llm_reply *reply, const struct err *e),
                      void *ud, struct err *e);
    int (*multi_probe)(struct llm_multi *m, const char *url, long timeout_ms,
                       void (*done)(void *ud, int ok, int http_status, double ms), void *ud,
                       struct err *e);
    void (*multi_stop)(struct llm_multi *m);
    void (*multi_free)(struct llm_multi *m);
};

/* ceil(bytes / 4): the token count of a text when the provider reported none. */
long llm_tokens_estimate(size_t bytes);

/* Appends {"role": role, "content": content} to the chat messages array. */
/* What a provider gathers from an answer, whole or streamed: the text, whether any message
 * content was seen, and the token counts (-1 when the answer gave none). */
struct llm_answer {
    struct buf text;
    int saw_content;
    long tokens_in, tokens_out;
};
#define LLM_ANSWER_INIT {BUF_INIT, 0, -1, -1}
/* Moves a's text and counts into out; ERR_NOMEM when the text cannot be had. Frees a's buffer. */
int llm_answer_take(struct llm_answer *a, struct llm_reply *out, struct err *e);

/* The offset of body's first byte that is not white space, into *skip; ERR_PROTOCOL when the
 * whole body is white space (an answer with nothing in it). */
int llm_body_start(const char *body, size_t len, size_t *skip, struct err *e);

int llm_message_add(json_t *msgs, const char *role, const char *content, struct err *e);
/* The common end of a chat request: appends the system (may be NULL) and user messages to msgs
 * (already attached to root) and writes root as compact JSON into body. Borrows root and msgs. */
int llm_request_finish(json_t *root, json_t *msgs, const char *system, const char *user,
                       struct buf *body, struct err *e);

#endif
