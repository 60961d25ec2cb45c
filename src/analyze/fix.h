/* fix: deterministic repairs of failed SQL, driven by the database's own error, and of empty
 * results caused by a literal that is not a stored value. No model call. The repair strategies
 * are one table keyed by error class (fix.c); dialect translations are a table keyed by dialect
 * pair (dialect.c). Repairs that a model made are logged as candidate patterns for that table
 * (fix_log_model_repair, `genbi fixes --list`).
 *
 * Thread-safe: reads the schema only; a db passed in is used for prepare-only checks by the
 * calling thread. Every malloc'd string below belongs to the struct that holds it. */
#ifndef GENBI_FIX_H
#define GENBI_FIX_H

#include <stddef.h>

#include "db/db.h"
#include "schema/schema.h"
#include "util/buf.h"
#include "util/err.h"

struct fix_repair {
    char *sql;       /* malloc'd repaired SQL */
    const char *cls; /* repair class (static): "wrapping", "dialect", "unknown_column",
                        "wrong_qualifier", "unknown_table", "ambiguous_column", "value_literal" */
    char what[256];  /* for a person: "column 'nme' -> 'name'" */
};

/* One repair for the error de, from the first strategy of its class that applies. Returns 1 and
 * fills out, 0 when none applies, ERR_NOMEM. Strategies that need to try candidates against the
 * database (wrapping) are skipped: use fix_error_chain for those. */
int fix_deterministic(const struct schema *s, const char *sql, const struct db_error *de,
                      struct fix_repair *out);
void fix_repair_free(struct fix_repair *r);

/* Repairs one after another: each repaired query is prepared (db_check, nothing runs) and, while
 * it fails with another repairable error, repaired again, at most FIX_MAX_STEPS times. */
#define FIX_MAX_STEPS 6

struct fix_chain {
    struct fix_repair steps[FIX_MAX_STEPS]; /* steps[n_steps - 1].sql is the final query */
    size_t n_steps;
    int passes; /* the final query passed db_check */
};

/* db may be NULL (no checking: a single step). Returns the number of steps (0: nothing
 * applies) or ERR_NOMEM. Free with fix_chain_free() whatever the return. */
int fix_error_chain(const struct schema *s, struct db *db, const char *sql,
                    const struct db_error *de, struct fix_chain *out);
void fix_chain_free(struct fix_chain *c);

/* A query that ran and returned no rows (or only a zero count): each `col = 'x'` /
 * `col LIKE 'x'` / `col = 1` whose literal is not a stored value of col (value index) gets the
 * closest one: case and spacing, another written form of the value ('CA' for 'California',
 * 'GBR' for 'UK', 'T' for 1, schema/forms.h), spelling, an abbreviation ('LGE' for 'Large').
 * Returns 1 and fills out (cls "value_literal"), 0 when nothing applies (then out->what names
 * the literals that no stored value of their column holds, or is empty), ERR_NOMEM. */
int fix_value_literal(const struct schema *s, const char *sql, struct fix_repair *out);

/* Edit distance between two names after splitting (camelCase, '_', blanks) and stemming
 * plurals: "SongNames" and "song_name" are 0 apart. */
int fix_name_distance(const char *a, const char *b);

/* A hint for the model's repair prompt, by error class ("" when none helps). */
const char *fix_hint(enum db_errclass cls);

/* ---- learning log (fixes_cli.c) ---- */

/* The error message with identifiers, quoted text and numbers masked ("no such column: ?"),
 * so recurring errors group together. Always NUL-terminates when n > 0. */
void fix_mask_message(const char *msg, char *out, size_t n);
/* The log file: $GENBI_FIXES_LOG, else ~/.local/share/genbi/fixes.jsonl. */
int fix_log_path(struct buf *out, struct err *e);
/* Appends {time, class, pattern, message, failed_sql, fixed_sql} as one JSON line, creating
 * the directory when needed. The caller decides that the repair succeeded. */
int fix_log_model_repair(const struct db_error *de, const char *failed_sql, const char *fixed_sql,
                         struct err *e);
/* `genbi fixes`: argv[0] is "fixes". Returns the process exit status. */
int fixes_main(int argc, char **argv);

#endif
