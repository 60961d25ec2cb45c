/* Internals shared by the LLM providers (not part of the module's contract). */
#ifndef GENBI_LLM_INT_H
#define GENBI_LLM_INT_H

#include <jansson.h>

#include "util/err.h"

/* Appends {"role": role, "content": content} to the chat messages array. */
int llm_message_add(json_t *msgs, const char *role, const char *content, struct err *e);

#endif
