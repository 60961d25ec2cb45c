/* Ties at a LIMIT's cut-off: "the 3 largest countries" where the 3rd and the 4th share the
 * ranking value has no single answer, whatever row the database happens to return last. The
 * check runs a probe: the same query, showing its sort keys after its own columns, one row more;
 * the cut falls inside a tie when the last two rows have equal keys. The probe is built on the
 * shared SQL lexer and runs through the driver's gate like every query. */
#ifndef GENBI_TIES_H
#define GENBI_TIES_H

#include <stddef.h>

#include "db/db.h"

/* Tier 0's confidence at most when its ranking cuts through a tie: below a final answer's. */
#define TIES_CONFIDENCE 0.75

/* The probe of sql when its top level is SELECT (not DISTINCT) ... FROM ... ORDER BY keys LIMIT n
 * [OFFSET m] (no set operation, no positional key, n and m <= 100): the rows from the first on,
 * one past the cut, with the sort keys after the query's own columns. malloc'd, with *n, *offset
 * (0 without one) and the count of keys in *n_keys; NULL when sql has another shape or memory
 * runs out. */
char *ties_probe_sql(const char *sql, long *n, long *offset, size_t *n_keys);

/* 1 when a cut of sql's LIMIT (or OFFSET) falls inside a tie that changes the rows shown (rows
 * with equal keys that show the same columns change nothing), 0 when not, -1 when sql has no
 * such shape or the probe could not run (nothing is said then). lim: the answer's limits (the
 * row cap is the probe's own). */
int ties_at_cut(struct db *db, const char *sql, const struct db_limits *lim);

#endif
