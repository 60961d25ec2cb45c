/* eval: `genbi eval`, execution accuracy, per-tier precision, latency and cost on Spider/BIRD
 * style datasets (docs/eval.md).
 *
 * This header is the module's contract: the command, the execution-accuracy comparator and the
 * Spider hardness classifier. All functions here are pure (no global state) and thread-safe. */
#ifndef GENBI_EVAL_H
#define GENBI_EVAL_H

#include <jansson.h>

#include "db/db.h"
#include "schema/schema.h"

/* The `genbi eval` command; argv[0] is "eval". Returns the process exit status. */
int eval_main(int argc, char **argv);

/* ---- execution accuracy (compare.c) ----
 *
 * The rules are those of the published Spider test-suite evaluator, which produced the reference
 * numbers in ../shared/eval/README.md:
 *   - DISTINCT is ignored by removing the keyword from both queries before they run
 *     (eval_strip_distinct), not by de-duplicating results;
 *   - rows are a multiset, or a list when the gold query orders them (eval_order_matters);
 *   - result columns may be permuted, names are ignored;
 *   - two empty results match whatever their columns;
 * plus what the evaluator leaves to Python's equality, made explicit: NULL equals NULL, an
 * integer equals the same real (1 == 1.0), reals match within EVAL_REL_TOL, text never equals a
 * number, text compares byte for byte. */

#define EVAL_REL_TOL DB_REL_TOL /* relative tolerance for numbers (db/db.h) */

/* 1 when the two cells are equal under the rules above, else 0. */
int eval_cell_equal(const struct db_cell *a, const struct db_cell *b);
/* 1 when pred matches gold, else 0. order_matters: compare rows as lists. */
int eval_result_match(const struct db_result *gold, const struct db_result *pred,
                      int order_matters);
/* 1 when the gold query's result order is part of the answer: it has ORDER BY at the top level
 * (outside parentheses and string literals). The published evaluator tests for the substring
 * "order by" anywhere; on Spider dev the two differ on 6 gold queries whose ORDER BY sits in a
 * scalar subquery, and no reference number changes (docs/eval.md). */
int eval_order_matters(const char *gold_sql);
/* Returns sql without DISTINCT keywords (outside string literals and quoted names), malloc'd;
 * NULL when memory runs out. */
char *eval_strip_distinct(const char *sql);

/* Adds to s the foreign keys that Spider's tables.json (the parsed array) declares for db_id and
 * the database file itself does not, so that selection and tier 0 can join; rehashes s when it
 * changed it. Names that do not resolve are ignored. 0, or ERR_NOMEM (the keys added so far stay,
 * and s is rehashed). */
int eval_apply_tables_json(const json_t *tables, const char *db_id, struct schema *s);

/* ---- Spider hardness (hardness.c) ---- */

enum eval_hardness { EVAL_EASY = 0, EVAL_MEDIUM, EVAL_HARD, EVAL_EXTRA, EVAL_HARDNESS__COUNT };

const char *eval_hardness_name(int h);
/* Spider's evaluation.py eval_hardness() over the parsed "sql" object of a Spider dataset entry
 * (the exact input the published evaluator uses). Returns an enum eval_hardness, or -1 when the
 * object does not have Spider's shape. */
int eval_hardness_spider_json(const json_t *sql);
/* The same rules over SQL text with a light tokenizer, for datasets without a parsed "sql" object.
 * Returns an enum eval_hardness (never fails; unparseable text is EVAL_EXTRA). */
int eval_hardness_sql(const char *sql);

#endif
