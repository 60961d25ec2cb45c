/* consistency: does a query say what its question asks? Cheap checks of the question's words
 * against the SQL text and the schema ("how many" without a COUNT, a quoted value the query never
 * mentions, a join of two key columns no foreign key links), used by the supervisor as a live
 * signal against a cheaper model tier's answer (docs/cost.md). Nothing here knows a dataset: the
 * cue words are the one cue table (util/question.c), and the link check reads only the schema's
 * keys.
 *
 * Pure functions of their arguments; thread-safe; nothing returned needs freeing. */
#ifndef GENBI_CONSISTENCY_H
#define GENBI_CONSISTENCY_H

#include <stddef.h>

#include "db/db.h"
#include "schema/schema.h"
#include "util/question.h"

enum consistency_flag {
    CONSIST_COUNT = 1 << 0,    /* "how many" / "number of" and no COUNT(...) */
    CONSIST_NEGATION = 1 << 1, /* "not" / "never" / "without" ... and no NOT, !=, <>, EXCEPT */
    CONSIST_LITERAL = 1 << 2,  /* a quoted value or a number of the question not in the SQL */
    CONSIST_ORDER = 1 << 3,    /* "sorted" / "descending" / "in order of" and no ORDER BY */
    CONSIST_LINK = 1 << 4,     /* = or IN between a key column and a column it is not linked to */
    CONSIST_GROUP = 1 << 5,    /* "for each" / "per" and no GROUP BY (a weaker check) */
    CONSIST_EXTREME = 1 << 6,  /* "highest" / "most" ... and no LIMIT, MAX, MIN, ORDER BY (same) */
    CONSIST_DISTINCT = 1 << 7, /* "different" / "distinct" and no DISTINCT or GROUP BY (same) */
};

/* The flags of sql as an answer to question; s (may be NULL) enables CONSIST_LINK, which is
 * only judged when the schema declares at least one foreign key. 0 when nothing is off. */
unsigned consistency_check(const struct question *question, const char *sql,
                           const struct schema *s);

/* Checks of a model tier's executed answer against its question, as enum analyze_check bits
 * (analyze.h) that no model answer may carry to be final:
 *  - ANALYZE_NO_TABLE / ANALYZE_CATALOG: the query reads no table, or only the catalog
 *    (sqlite_master, pragma_*, information_schema, pg_catalog), for a question about the data
 *    (not one about the schema itself: "what tables are there");
 *  - ANALYZE_MANY_FOR_ONE: one number asked (how many, total, average) and more rows than the
 *    question's alternatives ("in Germany or France") allow;
 *  - ANALYZE_TEXT_FOR_NUMBER: one number asked and no cell of the result reads as a number;
 *  - ANALYZE_ONE_FOR_EACH: a breakdown asked ("per country") and one row, while the table or
 *    column it is per holds more than one value (the schema's row counts and distinct values).
 * Reads only the question's cues, the SQL's FROM clauses, the schema and the result's shape and
 * types. s may be NULL (no catalog or breakdown judgement then). 0 when nothing is off. */
unsigned consistency_answer(const struct question *question, const char *sql,
                            const struct schema *s, const struct db_result *r);

/* How much the set flags say the answer is wrong, 0..1: the sum of the checks' weights (a
 * table in consistency.c, measured on recorded model outputs; docs/cost.md), capped at 1. */
double consistency_weight(unsigned flags);

/* Names of the set flags, comma separated ("count, link"), into buf; "" when none. Always
 * NUL-terminates when n > 0. */
void consistency_str(unsigned flags, char *buf, size_t n);

#endif
