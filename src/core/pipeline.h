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
#include "llm/llm.h"
#include "schema/schema.h"

struct templates;

struct pipeline {
    const struct config *cfg;
    struct db *db;
    const struct schema *schema;
    const char *db_name; /* label for answers */
    /* The database's learned templates (templates/templates.h), or NULL: none are used or
     * learned (evaluation runs, $GENBI_TEMPLATES=off). */
    struct templates *templates;
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
    int strict;               /* calibrated tier (tier 0): without a next tier, answer only at
                               * confidence_done, never in the band below it */
};

enum supervisor_action supervisor_decide(const struct config *cfg,
                                         const struct supervisor_input *in);
/* The least confidence an answer needs to stand when no stronger tier can take over: a calibrated
 * tier (tier 0) needs confidence_done, a model tier confidence_escalate. One rule for the
 * supervisor and for the fallback that keeps the best earlier answer. */
double supervisor_answer_floor(const struct config *cfg, int strict);
const char *supervisor_action_name(enum supervisor_action a);

/* Agreement between tiers as a confidence signal (docs/cost.md), a pure function like
 * supervisor_decide(). conf: a model tier's confidence in its clean result; agrees: 1 when that
 * result is equivalent to the best earlier executed attempt's (db_result_equivalent), 0 when it
 * differs; earlier: that attempt's confidence. Agreement raises conf to at least conf_agree;
 * disagreement with an attempt of confidence >= conf_disagree_min caps conf at conf_disagree, so
 * that a tier below the strongest escalates. Returns the new confidence. */
double supervisor_agreement(const struct config *cfg, double conf, int agrees, double earlier);

/* A clean result no earlier attempt confirmed: while a model tier below the strongest is still
 * left to ask (cheap_left), conf is capped at conf_unconfirmed, so the next cheap tier votes
 * before the strongest is paid for (docs/cost.md). Returns the new confidence. */
double supervisor_unconfirmed(const struct config *cfg, double conf, int cheap_left);

/* A run as a resumable state machine, so a driver can wait for models however it likes: the
 * command line calls llm_chat() in place; the server multiplexes many runs' model calls on one
 * event loop. pipeline_advance() runs until the run needs a model (PIPELINE_NEED_MODEL: the call
 * is pipeline_pending_call()) or is done; pipeline_resume() hands the model's answer back.
 * The run borrows p and st; free it with pipeline_run_free() (st stays the caller's). */
struct pipeline_run;

enum pipeline_status { PIPELINE_DONE = 0, PIPELINE_NEED_MODEL };

struct pipeline_call {
    const struct llm_tier *tier;
    int tier_index;      /* 1-based model tier */
    enum state_node node; /* NODE_GENERATE_SQL or NODE_FIX_SQL */
    char *system;        /* owned by the run */
    char *user;
};

int pipeline_start(const struct pipeline *p, const char *question, struct state *st,
                   struct pipeline_run **out, struct err *e);
enum pipeline_status pipeline_advance(struct pipeline_run *r);
const struct pipeline_call *pipeline_pending_call(const struct pipeline_run *r);
/* rc/reply/e as returned by llm_chat() for the pending call; reply may be NULL when rc != 0. */
void pipeline_resume(struct pipeline_run *r, int rc, const struct llm_reply *reply,
                     const struct err *e);
/* 0, or a negative err_code when the run stopped on an internal failure (out of memory). */
int pipeline_run_status(const struct pipeline_run *r);
void pipeline_run_free(struct pipeline_run *r);

/* Runs the question to the end, calling models in place; st is initialised here and must be freed by the caller with state_free().
 * Returns 0 when a final state was reached (answered, unanswered or refused: see st->status), or a
 * negative err_code on internal failure (out of memory). */
int pipeline_run(const struct pipeline *p, const char *question, struct state *st, struct err *e);

/* Runs SQL a person wrote (the web page's edited query) through the analyze node alone: the
 * same safety gate, limits (query_timeout_ms, row_cap, query_max_cost), analysis and chart as a
 * generated query, but no repair and no model. question (may be NULL) only shapes the analysis.
 * st is initialised here (state_free() it). Returns 0 with st->status ANSWERED, REFUSED (the
 * gate said no: de->cls DBE_UNSAFE) or UNANSWERED (the database's error in *de); a negative
 * err_code only when memory ran out. Nothing it runs can write. */
int pipeline_run_sql(const struct pipeline *p, const char *sql, const char *question,
                     struct state *st, struct db_error *de, struct err *e);

#endif
