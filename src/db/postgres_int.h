/* postgres_int: what the PostgreSQL driver's files share (postgres.c: connections, the pool and
 * execution; postgres_gate.c: the parse-tree safety gate; postgres_schema.c: introspection,
 * fingerprint and the writable check). Not a public header: only src/db/postgres*.c include it.
 *
 * Thread-safety: a struct pg_db is shared by nothing but its struct db (one thread at a time);
 * the pool behind it is shared by the whole process (db/pool.h). */
#ifndef GENBI_POSTGRES_INT_H
#define GENBI_POSTGRES_INT_H

#include <libpq-fe.h>

#include "db/db.h"
#include "db/pool.h"

/* One db_open() of a PostgreSQL DSN: a reference to the process-wide pool for the DSN. */
struct pg_db {
    struct db_pool *pool;
    char schema[128];   /* the schema introspected and fingerprinted (DSN option schema=) */
    int schema_given;   /* named in the DSN: also the search path of every query */
    char identity[512]; /* host:port/dbname/schema, for snapshots; never a password */
};

/* ---- postgres.c ---- */
/* Borrows a pooled connection for trusted work until deadline_ms (clock_ms() time); release
 * with pg_give_back(), broken when the connection may be unusable. */
int pg_borrow(struct pg_db *pg, double deadline_ms, PGconn **conn, struct err *e);
void pg_give_back(struct pg_db *pg, PGconn *conn);
/* Runs trusted SQL (several statements allowed when nparams is 0) and waits for it until
 * deadline_ms (then cancels it). With res non-NULL the last result must be rows and is
 * returned in *res (the caller PQclear()s it); other results are checked and dropped. */
int pg_run(PGconn *c, const char *sql, int nparams, const char *const *params,
           double deadline_ms, PGresult **res, struct err *e);
/* Opens a read-only transaction: statement time limit timeout_ms, search path schema (NULL:
 * the role's own). */
int pg_begin_read(PGconn *c, long timeout_ms, const char *schema, double deadline_ms,
                  struct err *e);
/* Ends a transaction opened by pg_begin_read(); nonzero when the connection is no longer fit
 * to go back to the pool. */
int pg_end(PGconn *c, double deadline_ms);
/* Appends name as a quoted PostgreSQL identifier. */
int pg_put_ident(struct buf *b, const char *name);

/* ---- postgres_gate.c ---- */
/* The safety gate: 0 when sql is exactly one plain SELECT (WITH only over SELECTs) calling no
 * denied function, without INTO or a locking clause. Else fills de (DBE_UNSAFE with the
 * reason, or DBE_SYNTAX with the parser's message and position) and returns ERR_UNSAFE or
 * ERR_DB. *body_off and *body_len, when not NULL, get the statement's extent in sql without
 * a trailing semicolon (what may be wrapped in a subquery). Thread-safe. */
int pg_gate_check(const char *sql, size_t *body_off, size_t *body_len, struct db_error *de);

/* ---- postgres_schema.c ---- */
int pg_introspect(void *impl, struct schema *s, struct err *e);
int pg_fingerprint(void *impl, struct buf *identity, uint64_t *key);
int pg_writable(void *impl, struct buf *what, struct err *e);

#endif
