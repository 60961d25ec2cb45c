/* Internals shared by the LLM providers (not part of the module's contract). */
#ifndef GENBI_LLM_INT_H
#define GENBI_LLM_INT_H

#include <jansson.h>

#include "util/err.h"

/* Appends {"role": role, "content": content} to the chat messages array. */
int llm_message_add(json_t *msgs, const char *role, const char *content, struct err *e);
/* The common end of a chat request: appends the system (may be NULL) and user messages to msgs
 * (already attached to root) and writes root as compact JSON into body. Borrows root and msgs. */
int llm_request_finish(json_t *root, json_t *msgs, const char *system, const char *user,
                       struct buf *body, struct err *e);

#endif
