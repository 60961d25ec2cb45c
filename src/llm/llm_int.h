/* Internals shared by the LLM providers (not part of the module's contract). */
#ifndef GENBI_LLM_INT_H
#define GENBI_LLM_INT_H

#include <jansson.h>

#include "util/err.h"

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
