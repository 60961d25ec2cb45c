/* nl: tier 0, the built-in semantic parser. Turns a question into SQL over a given schema with no
 * model, and says how sure it is. Schema-agnostic: everything it knows about a database comes from
 * struct schema (names, types, keys, value index).
 *
 * Thread-safety: nl_generate() only reads the schema; it may run concurrently. */
#ifndef GENBI_NL_H
#define GENBI_NL_H

#include "schema/schema.h"
#include "util/err.h"
#include "util/question.h"

struct nl_answer {
    char *sql;         /* malloc'd, NULL when tier 0 produced nothing */
    double confidence; /* 0..1; calibrated: >= 0.8 means "answer without a model" */
    char *explain;     /* malloc'd: what was understood, or what is missing */
    int unanswerable;  /* 1 when the question asks for something no table, column or value holds */
    int empty_ok;      /* no rows is a plausible answer ("customers who never ordered") */
};

/* Answers a question read by question_read() (the caller keeps it). Returns 0 (check out->sql,
 * may be NULL) or a negative err_code on internal failure. */
int nl_generate(const struct schema *s, const struct question *question, struct nl_answer *out,
                struct err *e);

void nl_answer_free(struct nl_answer *a);

struct semantic;
/* Drafts a semantic layer from the schema's column roles (revenue, units sold, average order
 * value, profit, margin): what `genbi semantic init` writes and what tier 0 uses when a database
 * has no layer file. *out is a new layer (semantic_free()), possibly with no metrics. */
int nl_semantic_draft(const struct schema *s, struct semantic **out, struct err *e);

/* Returns 1 when the question (read by util/question) asks to change data or the database
 * (delete, update, drop, grant, ... in any phrasing, including instructions embedded in the
 * question) and fills why; 0 when it only reads, even if it mentions such words ("how many
 * orders were cancelled?"). */
int nl_write_intent(const struct question *question, char *why, size_t why_len);

#endif
