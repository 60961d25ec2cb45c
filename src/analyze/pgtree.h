/* pgtree: PostgreSQL-flavoured SQL read by PostgreSQL's own parser (libpg_query) and written
 * again as SQLite from its parse tree. The fixer (dialect.c) tries it first when a query failed
 * on a SQLite database; the token rules of dialect.c are the fallback.
 *
 * It knows the SELECT subset models write (select lists, joins, subqueries, CTEs, set
 * operations, CASE, sublinks, aggregates and windows) and translates in the tree: DISTINCT ON,
 * casts, regular-expression matches, ILIKE, = ANY(ARRAY[...]), SIMILAR TO, EXTRACT/date_part,
 * date_trunc, TO_CHAR, POSITION, bool_or/every, intervals added to dates, true/false. A node it
 * does not know is never guessed at: the query is then "not translated" and the caller falls
 * back. Its output is untrusted SQL like any other: the caller sends it through the safety gate.
 *
 * The code lives in the module genbi-pgtree.so (loaded on first use, util/module.h), which links
 * the shared libpg_query that genbi-postgres.so links too, so a process that loads both has one
 * copy of the parser. Thread-safe: no state outside the call. */
#ifndef GENBI_PGTREE_H
#define GENBI_PGTREE_H

#include "util/buf.h"

struct pgtree_ops {
    /* Translates sql (one statement) into SQLite. Returns the number of constructs translated
     * (> 0) with *out the malloc'd SQLite text (the caller frees it) and what listing them
     * ("DISTINCT ON, ::int"); 0 when the query does not parse as PostgreSQL, holds a node the
     * emitter does not know, or needs no translation (*out NULL; what says why); ERR_NOMEM. */
    int (*translate)(const char *sql, char **out, struct buf *what);
};

/* What genbi-pgtree.so exports (and a program linked with pgtree*.c defines). */
extern const struct pgtree_ops pgtree_ops;

#endif
