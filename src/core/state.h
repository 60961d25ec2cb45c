/* state: one request as it flows through the pipeline: the question, the schema context, every
 * attempt (SQL, result, errors), the answer and its analysis, and the cost and trace of getting it.
 *
 * Ownership: the state owns every pointer in it; state_free() releases all. One thread at a time.
 *
 * Why malloc'd fields and not STYLE.md's per-request arena: a request's state lives across model
 * calls (it is suspended while a model answers and resumed by another thread, seconds later), and
 * most of its memory is attempts that are superseded on the way: failed SQL, error texts and the
 * whole result sets of queries that were repaired or escalated. Freeing each as it is replaced
 * keeps a request's peak near one result; an arena would hold every discarded result until the
 * request ends. The cost is one cleanup path, state_free(), which every test runs under
 * AddressSanitizer and LeakSanitizer. */
#ifndef GENBI_STATE_H
#define GENBI_STATE_H

#include <jansson.h>
#include <stddef.h>

#include "analyze/analyze.h"
#include "db/db.h"
#include "schema/schema.h"
#include "util/question.h"

enum state_node { NODE_SELECT_SCHEMA = 0, NODE_GENERATE_SQL, NODE_ANALYZE, NODE_FIX_SQL,
                  NODE_SUPERVISOR, NODE__COUNT };

enum state_status {
    STATE_RUNNING = 0,
    STATE_ANSWERED,   /* exit 0 */
    STATE_UNANSWERED, /* exit 3: could not answer (fallback) */
    STATE_REFUSED,    /* exit 4: refused as unsafe */
};

struct state_step {
    enum state_node node;
    int tier;      /* 0 = rules, k = k-th model tier */
    char *sql;     /* may be NULL */
    char *outcome; /* short text: "ok 12 rows", "error unknown_column: ...", "escalate: empty" */
    double ms;
};

struct state_error {
    int tier;
    char *cls; /* db_errclass_name() or "model", "no_sql" */
    char *message;
    int pos;
};

struct state {
    char *question;
    /* The question read once (tokens, stems, cues, quoted values): what selection, the router,
     * the consistency checks and the analysis read. */
    struct question *reading;
    char *db_name;
    struct schema_selection sel;
    json_t *context_tables; /* names of the selected tables */

    /* The current (finally: the answered) attempt. */
    char *sql;
    double confidence;
    int tier;         /* tier that produced sql; -1 before any */
    char *tier_name;  /* "rules" or the model tier's name */
    struct db_result result;
    int has_result;
    struct analysis analysis;
    int has_analysis;
    unsigned checks; /* analyze_check bits of the current result */

    int attempts;      /* SQL executions in total */
    int tier_attempts; /* executions at the current tier */
    int repairs;
    int escalations;
    long tokens_in, tokens_out;
    double cost_usd;
    double ms[NODE__COUNT];
    double ms_total;

    struct state_step *steps;
    size_t n_steps;
    struct state_error *errors;
    size_t n_errors;
    /* Set when a trace step or an error could not be recorded (out of memory); the trace would
     * be incomplete, so state_to_json() then fails rather than report it. */
    int lost_record;

    enum state_status status;
    char *message; /* why it was refused or not answered, or a note on the answer */
};

const char *state_node_name(enum state_node n);
int state_init(struct state *st, const char *question, const char *db_name);
void state_free(struct state *st);
int state_set_sql(struct state *st, const char *sql);
int state_set_message(struct state *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int state_add_step(struct state *st, enum state_node node, int tier, const char *sql, double ms,
                   const char *fmt, ...) __attribute__((format(printf, 6, 7)));
int state_add_error(struct state *st, int tier, const char *cls, const char *message, int pos);
void state_clear_result(struct state *st);
/* The whole final state as compact JSON text (the contract of `genbi ask --json` and POST
 * /v1/ask), written without a jansson tree (util/jsonw.h); NULL when out of memory or when the
 * state lost a step or error (lost_record), never a partial document. The caller frees it. */
char *state_render(const struct state *st);
/* The same document as a jansson tree (parsed from state_render()'s text); NULL as above. The
 * caller owns the result (json_decref). */
json_t *state_to_json(const struct state *st);
/* Exit status for the command line: 0 answered, 3 could not answer, 4 refused. */
int state_exit_code(const struct state *st);

#endif
