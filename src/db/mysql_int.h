/* mysql_int: what the MySQL/MariaDB driver's files share (mysql.c: connections, pool,
 * execution; mysql_gate.c: the safety gate; mysql_schema.c: introspection). Not a public
 * header: only src/db/mysql*.c include it.
 *
 * Ownership: a struct my_conn belongs to the pool (db/pool.h) and is borrowed by one thread at
 * a time; a struct my_db is one db_open() and holds one reference to its pool. */
#ifndef GENBI_DB_MYSQL_INT_H
#define GENBI_DB_MYSQL_INT_H

#include <mysql.h>
#include <stddef.h>

#include "db/db.h"
#include "db/pool.h"

/* One server connection with genbi's session settings applied (read-only transactions,
 * NO_BACKSLASH_ESCAPES, utf8mb4). */
struct my_conn {
    MYSQL *m;
    int mariadb;              /* the server says MariaDB (max_statement_time) or not (MySQL) */
    unsigned long thread_id;  /* the server's id of this connection, for KILL QUERY */
    long timeout_ms;          /* the session's statement limit now, 0 = never set */
};

struct my_db {
    struct db_pool *pool;
    char *conninfo; /* the DSN without genbi's pool options: what every connection opens */
    char *identity; /* mysql://user@host:port/db, no password: what snapshots are filed under */
};

/* ---- mysql.c ---- */
/* Borrows a connection of db's pool (waits at most LIMIT_POOL_WAIT_MS). */
int my_acquire(struct my_db *db, struct my_conn **c, struct err *e);
void my_release(struct my_db *db, struct my_conn *c, int broken);
/* Sets the session's statement time limit when it differs (ms > 0). 0 or ERR_DB. */
int my_set_timeout(struct my_conn *c, long ms, struct err *e);
/* Runs a trusted statement and keeps its whole result (small results only: introspection). On
 * failure returns ERR_DB with the server's message in e. Free the result with
 * mysql_free_result(). */
int my_query(struct my_conn *c, const char *sql, MYSQL_RES **res, struct err *e);
/* Appends name quoted with backticks (a backtick inside doubled). */
void my_put_ident(struct buf *out, const char *name);
/* 1 when errno is a lost or broken connection (CR_SERVER_GONE_ERROR, CR_SERVER_LOST, ...). */
int my_errno_lost(unsigned n);

/* ---- mysql_gate.c ---- */
/* The safety gate on the text alone: exactly one SELECT (or WITH ... SELECT), no executable
 * or '#' comments, no INTO, no locking clause, no variables, no denied function. Returns 0 and
 * sets *len to the length of the statement without its trailing ';' and blanks, else
 * ERR_UNSAFE (or ERR_DB for an empty query) with the reason in de. Thread-safe. */
int my_gate(const char *sql, size_t *len, struct db_error *de);

/* ---- mysql_schema.c ---- */
int my_introspect(void *impl, struct schema *out, struct err *e);
int my_fingerprint(void *impl, struct buf *identity, uint64_t *key);

#endif
