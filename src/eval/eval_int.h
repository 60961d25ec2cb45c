/* Internals shared by the files of src/eval: the SQL tokenizer, datasets and recorded predictions.
 * Not a contract for other modules (eval.h is). */
#ifndef GENBI_EVAL_INT_H
#define GENBI_EVAL_INT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "core/config.h"
#include "core/state.h"
#include "schema/schema.h"
#include "util/limits.h"
#include "util/limits.h"
#include "util/err.h"

/* ---- a light SQL tokenizer (sqltok.c): enough to find keywords, parentheses and literals ---- */

enum eval_tok_kind {
    EVAL_TOK_WORD = 0, /* keyword or bare identifier */
    EVAL_TOK_QUOTED,   /* "x", `x`, [x]: a quoted identifier (or a double-quoted value) */
    EVAL_TOK_STRING,   /* 'x' */
    EVAL_TOK_NUMBER,
    EVAL_TOK_PUNCT, /* ( ) , . ; * and operators, one token per operator */
};

struct eval_tok {
    enum eval_tok_kind kind;
    const char *s; /* points into the SQL text */
    size_t len;
};

/* Tokenizes sql into a malloc'd array (*out, *n). Comments are skipped. Returns 0 or ERR_NOMEM. */
int eval_sql_tokens(const char *sql, struct eval_tok **out, size_t *n);
/* 1 when t is the word w (case-insensitive). */
int eval_tok_is(const struct eval_tok *t, const char *w);
/* 1 when t is the punctuation p. */
int eval_tok_punct(const struct eval_tok *t, const char *p);

/* ---- datasets (dataset.c) ---- */

struct eval_item {
    char *question; /* what the pipeline is asked (BIRD: question + evidence) */
    char *db_id;
    char *gold;
    char *difficulty; /* given by the file, or Spider hardness computed from the gold query */
    size_t index;     /* 0-based position in the file: recorded predictions are matched by it */
};

struct eval_dataset {
    struct eval_item *items;
    size_t n;
    int computed_hardness;     /* difficulties are Spider hardness computed here */
    size_t hardness_from_text; /* of those, computed from SQL text (no parsed "sql" object) */
};

/* Reads a Spider (question, db_id, query[, sql]) or BIRD (question, db_id, SQL, evidence,
 * difficulty) JSON array. with_evidence appends BIRD's evidence to the question. */
int eval_dataset_load(const char *path, int with_evidence, struct eval_dataset *out, struct err *e);
void eval_dataset_free(struct eval_dataset *d);

/* Recorded SQL, one entry per dataset question in file order. Formats (detected from content):
 * one SQL per line (Spider prediction .txt; a trailing "<TAB>db_id" is dropped), CSV with a
 * "PREDICTED SQL" column (DIN-SQL), BIRD JSON ({"0": "SQL\t----- bird -----\tdb_id", ...}) or a
 * JSON array of strings. A missing or empty entry is NULL (the tier answers no SQL). */
struct eval_replay {
    char *name; /* "replay:" + file name without extension */
    char **sql;
    size_t n;
    double price_in, price_out; /* USD per 1,000 tokens */
};

int eval_replay_load(const char *path, struct eval_replay *out, struct err *e);
void eval_replay_free(struct eval_replay *r);

/* Parses one CSV record starting at *p (RFC 4180 quoting); fields are malloc'd into *fields
 * (*n of them). Advances *p past the record. Returns 1 when a record was read, 0 at the end,
 * ERR_NOMEM on failure. Exposed for tests. */
int eval_csv_record(const char **p, char ***fields, size_t *n);

/* ---- a run (run.c) and its report (report.c) ---- */


/* One question's outcome. */
struct eval_qres {
    int skipped;    /* its database is missing */
    int gold_error; /* the gold query failed: counted, and wrong */
    int internal;   /* the pipeline stopped on an internal failure: counted, and wrong */
    int status;     /* enum state_status of the final state */
    int answered;   /* answered (tier-0-only runs: confidence >= the configured threshold) */
    int correct;    /* answered and the result matches the gold result */
    int tier;       /* tier of the final attempt, -1 when none */
    double confidence;
    int t0_has;     /* tier-0-only runs: tier 0 produced an executed answer ... */
    int t0_correct; /* ... that matches the gold result */
    int attempts, repairs, escalations;
    long tokens_in, tokens_out;
    double cost_usd;
    double ms[NODE__COUNT];
    double ms_total;
    char *sql;  /* final SQL (kept for --details), or NULL */
    char *note; /* why it was skipped / failed, or NULL */
    char *t0_explain; /* --details: tier 0's own account of its attempt, or NULL */
    /* The "always the strongest tier" baseline (docs/cost.md): one generation call at the last
     * tier when it is a replay, priced on the prompt this run built for the question. */
    long base_tokens_in, base_tokens_out;
    double base_cost_usd;
};

struct eval_dbent {
    char *db_id;
    char *path;
    int exists;
    pthread_mutex_t mu; /* guards the lazy introspection below */
    int loaded, load_rc;
    char load_err[600];
    struct schema schema; /* shared read-only by all workers once loaded */
};

struct eval_run {
    /* inputs, set by the command */
    const char *dataset_path;
    const char *db_dir; /* databases at db_dir/<db_id>/<db_id>.sqlite */
    const struct eval_dataset *ds;
    size_t n;                         /* questions run: the first n of ds (--limit) */
    const struct config *cfg;         /* the pipeline configuration the workers use */
    struct eval_replay **tier_replay; /* per model tier (tier k at k-1): replay, or NULL = model */
    struct eval_replay *replays;      /* all replay files, for the raw scores */
    size_t n_replays;
    int curve_mode;          /* tier 0 only: the pipeline runs with the threshold at 0 and
                              * eval applies `threshold`, to trace the confidence curve */
    double threshold;        /* the configured confidence_escalate */
    const char *tables_path; /* Spider tables.json: foreign keys the files do not declare */
    int jobs;
    int details;
    int progress;    /* live progress line on stderr */
    long timeout_ms; /* per query when judging */

    /* state */
    struct eval_dbent *dbs;
    size_t n_dbs;
    size_t *item_db;       /* dbs index per question */
    struct eval_qres *res; /* n entries */
    int *raw_correct;      /* n * n_replays: the recorded SQL itself matches gold */
    int *raw_has;          /* n * n_replays: a recorded SQL exists */
    json_t *tables;        /* parsed tables.json, or NULL */
    atomic_size_t next, done, correct, evaluated;
    double wall_ms;
};

/* Runs the questions on a pool of workers. Returns 0, or a negative err_code (e filled). */
int eval_run_all(struct eval_run *r, struct err *e);
void eval_run_free(struct eval_run *r);

/* The report, as JSON (caller owns the reference; NULL when out of memory, never a document
 * with a part missing) or as text for a person (0, or ERR_NOMEM with nothing written). */
json_t *eval_report_json(const struct eval_run *r);
int eval_report_text(const struct eval_run *r, FILE *f);

#endif
