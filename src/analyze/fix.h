/* fix: deterministic repairs of failed SQL, driven by the database's own error. No model call.
 * The repair strategies are a table keyed by error class (fix.c).
 *
 * Thread-safe; reads the schema only. */
#ifndef GENBI_FIX_H
#define GENBI_FIX_H

#include "db/db.h"
#include "schema/schema.h"

struct fix_repair {
    char *sql;         /* malloc'd repaired SQL */
    const char *cls;   /* repair class, e.g. "unknown_column" */
    char what[256];    /* human description: "column 'nme' -> 'name'" */
};

/* Returns 1 and fills out when a repair applies, 0 when none does, negative on no memory. */
int fix_deterministic(const struct schema *s, const char *sql, const struct db_error *de,
                      struct fix_repair *out);
void fix_repair_free(struct fix_repair *r);

/* Edit distance between two names after normalisation (case, '_', spaces, plural 's'). */
int fix_name_distance(const char *a, const char *b);


/* A hint for the model's repair prompt, by error class ("" when none helps). */
const char *fix_hint(enum db_errclass cls);

#endif
