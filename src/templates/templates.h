/* templates: tier 0 learns from verified answers (docs/templates.md).
 *
 * A template is a verified pair (question, SQL) over one database. Read against the current
 * schema, it becomes a shape: the question's content words (stemmed, a few synonyms folded to one
 * canonical word, function words dropped) and its slots (stored values of a column, numbers), and
 * the SQL's literals bound to those slots. A new question with the same content words and slots
 * filled by other values that exist in the data is answered by substituting the new values into
 * the SQL as literals (a value slot takes the stored value itself, never the question's text).
 *
 * Storage: one JSON file per database (by the driver's identity) in the schema snapshot's cache
 * directory, written atomically (temporary file, rename). Only the pairs and their bookkeeping
 * are stored; shapes are derived from the schema when the file is read, so a changed schema is
 * read afresh. The file records the schema hash it was checked against: when it differs, every
 * template's SQL is prepared again, repaired by the fixer when it fails, and retired when it
 * cannot be repaired or the repair does not run on its own question.
 *
 * Thread-safety: a struct templates may be used by several threads; every call takes its mutex.
 * The schema is the caller's and must outlive the store; a db is only borrowed for the call it is
 * passed to (value lookups, checks), so each thread passes its own connection. */
#ifndef GENBI_TEMPLATES_H
#define GENBI_TEMPLATES_H

#include <stddef.h>

#include "db/db.h"
#include "schema/schema.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/question.h"

struct templates;

/* Confidence of an answer from a template, by how the match was made. */
#define TEMPLATES_CONF_SAME 0.95  /* the same content words in the same order */
#define TEMPLATES_CONF_SET 0.9    /* the same content words in another order */
#define TEMPLATES_CONF_NEAR 0.85  /* other words read as the same question (the rules may win) */
#define TEMPLATES_MAX 2000        /* templates kept per database (retired ones count) */
#define TEMPLATES_SHOTS 3         /* few-shot examples at most */
#define TEMPLATES_SHOT_TOKENS 600 /* token budget of the few-shot examples */

/* Opens the template store of db (whose schema is s; db is not kept): *out NULL (and 0) when templates are off
 * ($GENBI_TEMPLATES=off or 0), or the driver cannot name the database, or no cache directory can
 * be named. A schema whose hash differs from the store's is checked (templates_check) first. */
int templates_open(struct db *db, const struct schema *s, struct templates **out, struct err *e);
/* The same for an explicit file (tests, tools); the file need not exist. */
int templates_open_path(const char *path, struct db *db, const struct schema *s,
                        struct templates **out, struct err *e);
void templates_close(struct templates *t);
const char *templates_path(const struct templates *t);

/* A question answered from a template. */
struct templates_hit {
    char id[16];
    char *sql;         /* malloc'd: the template's SQL with the question's values */
    double confidence; /* TEMPLATES_CONF_* */
    char how[256];     /* for the trace: the template and the values substituted */
};

/* 1 and *hit when an active template answers q, 0 when none does, ERR_NOMEM. */
int templates_match(struct templates *t, struct db *db, const struct question *q,
                    struct templates_hit *hit, struct err *e);
void templates_hit_free(struct templates_hit *h);

/* Stores a verified pair (source "model" or "user"); a pair with the shape and SQL of an active
 * template only counts as another use of it, one with the shape but other SQL replaces it.
 * id (may be NULL) receives the template's id. 0, or ERR_NOMEM / ERR_IO. */
int templates_learn(struct templates *t, const char *question, const char *sql,
                    const char *source, char id[16], struct err *e);
/* Retires an active, unpinned template (why goes to the list). 1 when it did, 0 when not. */
int templates_retire(struct templates *t, const char *id, const char *why);
/* Pins (pin 1) or unpins a template; a pinned one is never retired automatically. 1 when found. */
int templates_pin(struct templates *t, const char *id, int pin);
/* Deletes a template from the store. 1 when found, 0 when not. */
int templates_delete(struct templates *t, const char *id);

/* A pair a person teaches: the gate and an execution (it must run and return rows) before it is
 * stored. 0 and id, or ERR_USAGE with the reason in e. */
int templates_add_checked(struct templates *t, struct db *db, const char *question,
                          const char *sql, char id[16], struct err *e);

/* Every template as a JSON array (new reference; NULL when out of memory). */
struct json_t *templates_list_json(struct templates *t);

/* Prepares every active template's SQL against the current schema: a failing one is repaired by
 * the fixer and verified on its own question, else retired. Appends one JSON object per template
 * looked at ({"id","action": "kept"|"repaired"|"retired","why"}) to report (may be NULL). */
int templates_check(struct templates *t, struct db *db, struct json_t *report, struct err *e);

/* Few-shot examples for a model prompt when no template answered: the nearest active templates by
 * question words and by SQL skeleton (draft_sql, tier 0's attempt, may be NULL), within
 * TEMPLATES_SHOT_TOKENS. Appends them to prompt_ctx and their ids (comma-separated) to names.
 * Returns how many, or ERR_NOMEM. */
int templates_examples(struct templates *t, const struct question *q, const char *draft_sql,
                       struct buf *prompt_ctx, struct buf *names);

/* `genbi templates`: list, --check, pin, unpin, delete, add. */
int templates_main(int argc, char **argv);

#endif
