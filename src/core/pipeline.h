/* pipeline: one question through select_schema -> generate_sql(tier) -> analyze -> supervisor,
 * which decides done / fix_sql / escalate / fallback (DESIGN.md). The supervisor's decision is a
 * pure function so every transition can be tested on its own.
 *
 * Thread-safety: a struct pipeline is read-only during runs, but the db connection in it is used
 * by one run at a time. */
#ifndef GENBI_PIPELINE_H
#define GENBI_PIPELINE_H

#include "core/config.h"
#include "core/state.h"
#include "db/db.h"
#include "schema/schema.h"

struct pipeline {
    const struct config *cfg;
    struct db *db;
    const struct schema *schema;
    const char *db_name; /* label for answers */
};

enum supervisor_action {
    SUP_DONE = 0,
    SUP_FIX,
    SUP_ESCALATE,
    SUP_FALLBACK,
    SUP_REFUSE,
};

struct supervisor_input {
    int tier_failed;          /* the tier produced no SQL (unreachable model, no SQL in answer) */
    int has_error;            /* execution failed */
    enum db_errclass err_cls; /* class of that failure */
    unsigned checks;          /* analyze_check bits of a successful execution */
    double confidence;
    int tier_attempts;        /* executions at this tier so far */
    int has_next_tier;
};

enum supervisor_action supervisor_decide(const struct config *cfg,
                                         const struct supervisor_input *in);
const char *supervisor_action_name(enum supervisor_action a);

/* Runs the question; st is initialised here and must be freed by the caller with state_free().
 * Returns 0 when a final state was reached (answered, unanswered or refused: see st->status), or a
 * negative err_code on internal failure (out of memory). */
int pipeline_run(const struct pipeline *p, const char *question, struct state *st, struct err *e);

#endif
