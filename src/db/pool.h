/* pool: connections to one server database, shared by every thread of the process. The drivers
 * with a server (PostgreSQL, MariaDB) keep one pool per DSN: each `struct db` a worker opens is
 * a reference to it, so twenty workers and one health probe share at most `max` connections
 * instead of holding one each. A thread borrows a connection for one statement and gives it
 * back; nothing waits on a connection it is not using.
 *
 * Ownership: db_pool_get() returns a reference released with db_pool_put(); the last reference
 * closes every connection. Thread-safety: every function may be called from any thread. */
#ifndef GENBI_DB_POOL_H
#define GENBI_DB_POOL_H

#include "util/err.h"

/* How the driver makes, checks and closes one connection. */
struct db_pool_ops {
    /* Opens a connection to conninfo (the DSN without genbi's own options). */
    int (*connect)(const char *conninfo, void **conn, struct err *e);
    void (*disconnect)(void *conn);
    /* Cheap and local (no round trip): 1 when the connection still looks usable. */
    int (*alive)(void *conn);
};

struct db_pool;

struct db_pool_stats {
    int min, max;
    int open;               /* connections open now: idle + busy */
    int busy;               /* borrowed now */
    unsigned long created;  /* connections opened since the pool was made */
    unsigned long dropped;  /* closed because they were broken */
    unsigned long waits;    /* borrowers that had to wait for a free connection */
    unsigned long timeouts; /* borrowers that gave up waiting */
};

/* The pool for key (the driver's name and the DSN, say), shared with every other holder of the
 * same key; made with `min` connections opened now when absent (an error then means the server
 * cannot be reached). 1 <= min <= max. */
int db_pool_get(const char *key, const char *conninfo, const struct db_pool_ops *ops, int min,
                int max, struct db_pool **out, struct err *e);
void db_pool_put(struct db_pool *p);
/* Borrows a connection: an idle one that looks alive, else a new one while fewer than max are
 * open, else waits up to wait_ms for one to come back (ERR_TIMEOUT). */
int db_pool_acquire(struct db_pool *p, long wait_ms, void **conn, struct err *e);
/* Gives a borrowed connection back; broken = 1 closes it instead (after a lost connection, or a
 * statement cancelled midway), and the next borrower opens a fresh one. */
void db_pool_release(struct db_pool *p, void *conn, int broken);
void db_pool_get_stats(struct db_pool *p, struct db_pool_stats *out);

#endif
