/* db: the database driver interface. A driver is a struct of function pointers; adding a database
 * is adding a file. Every query genbi runs goes through db_exec(), which applies the safety gate
 * (one statement, read-only) before anything touches data.
 *
 * Ownership: db_open() returns a connection the caller closes with db_close(). A db_result owns
 * its cells; free it with db_result_free(). One connection is used by one thread at a time. */
#ifndef GENBI_DB_H
#define GENBI_DB_H

#include <stddef.h>
#include <stdint.h>

#include "db/dialect.h"
#include "schema/schema.h"
#include "util/buf.h"
#include "util/err.h"

/* Error classes, from the database's own error or from genbi's checks. */
enum db_errclass {
    DBE_NONE = 0,
    DBE_UNKNOWN_COLUMN,
    DBE_UNKNOWN_TABLE,
    DBE_AMBIGUOUS_COLUMN,
    DBE_SYNTAX,
    DBE_FUNCTION,
    DBE_TYPE,
    DBE_AGGREGATE,
    DBE_GROUP_BY,
    DBE_DIVZERO,
    DBE_TIMEOUT,
    DBE_TOO_MANY_ROWS,
    DBE_UNSAFE,     /* refused by the safety gate: writes, several statements, ATTACH, PRAGMA ... */
    DBE_TOO_COSTLY, /* refused by the cost guard: the planner's estimate is above the bound */
    DBE_OTHER,
    DBE__COUNT
};

struct db_error {
    enum db_errclass cls;
    char msg[512];   /* the database's message, or the gate's reason */
    char ident[128]; /* the offending name for unknown/ambiguous column or table, else "" */
    int pos;         /* byte offset in the SQL when known, else -1 */
};

const char *db_errclass_name(enum db_errclass c);
void db_error_set(struct db_error *de, enum db_errclass cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* For dialects' classify functions: sets de's class and message (msg as given) and, for the
 * classes that have one, the offending name quoted in msg ("column \"x\" does not exist",
 * "Unknown column 't.x'", "function foo(integer) does not exist"). */
void db_error_from_server(struct db_error *de, enum db_errclass cls, const char *msg);

enum db_type { DB_NULL = 0, DB_INT, DB_REAL, DB_TEXT, DB_BLOB };

struct db_cell {
    enum db_type type;
    long long i; /* DB_INT */
    double d;    /* DB_INT and DB_REAL */
    char *s;     /* text form for every type except DB_NULL (NULL there) */
};

struct db_result {
    size_t n_cols;
    char **cols;
    size_t n_rows;
    struct db_cell *cells; /* n_rows * n_cols, row-major */
    int truncated;         /* more rows existed than the row cap */
    int limited;           /* the query kept only its first rows itself (a top-level LIMIT) */
    int listed;            /* the rows are stored rows as they are (no GROUP BY, no aggregate
                            * at the top level): their values make no total to share */
    double ms;             /* execution time */
};

static inline const struct db_cell *db_cell_at(const struct db_result *r, size_t row, size_t col)
{
    return &r->cells[row * r->n_cols + col];
}

void db_result_free(struct db_result *r);

/* Result equivalence (compare.c), the rules of the published Spider test-suite evaluator: result
 * columns may be permuted and their names are ignored; rows are a multiset, or a list when
 * order_matters; two empty results are equivalent whatever their columns; NULL equals NULL, an
 * integer equals the same real (1 == 1.0), reals match within DB_REL_TOL relative, text never
 * equals a number, text compares byte for byte. Used by eval against gold results and by the
 * pipeline for agreement between tiers. Pure: thread-safe; allocates scratch only. */
#define DB_REL_TOL 1e-6
/* 1 when the two cells are equal under the rules above, else 0. */
int db_cell_equal(const struct db_cell *a, const struct db_cell *b);
/* 1 when b returns the same answer as a, else 0 (also 0 when memory runs out). */
int db_result_equivalent(const struct db_result *a, const struct db_result *b, int order_matters);

struct db_limits {
    long timeout_ms; /* statement time limit */
    long row_cap;    /* rows fetched at most; more sets truncated */
    /* The cost guard of drivers with a planner (PostgreSQL, MariaDB): before running, EXPLAIN
     * (never ANALYZE) estimates the query; above max_cost it is refused (DBE_TOO_COSTLY, the
     * estimate in the message), and when only its estimated result exceeds row_cap it runs with
     * a row limit. Units are the planner's: PostgreSQL's total cost; for MariaDB, the product of
     * the rows each step of the plan examines. 0 = no bound. */
    double max_cost;
};

struct db;

struct db_driver {
    const char *name;                 /* "sqlite" */
    const struct db_dialect *dialect; /* its SQL and its error classes (dialect.h) */
    /* Returns 1 when the DSN is for this driver. */
    int (*accepts)(const char *dsn);
    int (*open)(const char *dsn, void **impl, struct err *e);
    void (*close)(void *impl);
    int (*introspect)(void *impl, struct schema *out, struct err *e);
    /* Optional. A stable name for the database (identity) and a cheap key that changes whenever
     * its schema or data may have changed: what a schema snapshot is filed under and checked
     * against. Nonzero when the driver cannot tell (no snapshot is used then). */
    int (*fingerprint)(void *impl, struct buf *identity, uint64_t *key);
    /* Safety gate + prepare without fetching: 0 when the statement may run, else fills de. */
    int (*check)(void *impl, const char *sql, struct db_error *de);
    int (*exec)(void *impl, const char *sql, const struct db_limits *lim, struct db_result *out,
                struct db_error *de);
    /* Optional, and the only path that writes: runs a trusted script of several statements on a
     * connection of its own, outside the gate and the pool. Used by `genbi demo --out DSN` to
     * load the demo data; never with SQL from a question or a model. */
    int (*run_script)(const char *dsn, const char *sql, struct err *e);
    /* Optional. 1 when the connection's role could write or change the database (what says so
     * goes to `what`, for `genbi doctor`), 0 when it can only read, negative on error. */
    int (*writable)(void *impl, struct buf *what, struct err *e);
};

struct db {
    const struct db_driver *drv;
    void *impl;
    char *dsn;
};

/* SQLite is built in. The PostgreSQL and MariaDB drivers are modules (util/module.h):
 * genbi-postgres.so and genbi-mysql.so export db_postgres_driver and db_mysql_driver, loaded the
 * first time a DSN of theirs is opened. Which DSNs they take is known without loading them. */
extern const struct db_driver db_sqlite_driver;
int db_postgres_accepts(const char *dsn); /* postgresql://, postgres:// */
int db_mysql_accepts(const char *dsn);    /* mysql://, mariadb:// */

/* The driver for dsn into *out (loading its module on first use): 0, with *out NULL when no
 * driver takes dsn; ERR_USAGE (e names the module file and the DSN's kind) when the driver's
 * module cannot be loaded. */
int db_driver_for(const char *dsn, const struct db_driver **out, struct err *e);

/* DSN options genbi reads itself ("?schema=sales&pool_max=8" in a URL DSN): takes option `name`
 * out of dsn (a malloc'd URL, edited in place so the rest can go to the client library) and
 * copies its value, percent-decoded, to out (cap bytes). Returns 1 when it was there, 0 when
 * absent, ERR_USAGE when the value does not fit. */
int db_dsn_take_option(char *dsn, const char *name, char *out, size_t cap, struct err *e);
/* Copies s[0..n) percent-decoded ("%41" -> 'A'; with plus_is_space, '+' -> ' ', as in a query
 * string) into out, NUL-terminated. Returns 0, or -1 when it does not fit in cap bytes. */
int db_dsn_decode(const char *s, size_t n, int plus_is_space, char *out, size_t cap);
/* The same for a whole number within [lo, hi]; *out is left alone when the option is absent. */
int db_dsn_take_long(char *dsn, const char *name, long lo, long hi, long *out, struct err *e);

/* Opens the DSN with the first driver that accepts it ("sqlite:PATH" or a file path). */
int db_open(const char *dsn, struct db **out, struct err *e);
void db_close(struct db *db);
/* The dialect of db's driver. */
const struct db_dialect *db_dialect_of(const struct db *db);
int db_introspect(struct db *db, struct schema *out, struct err *e);

/* How db_load_schema() got its schema. */
enum db_snapshot {
    DB_SNAPSHOT_OFF = 0, /* introspected; no snapshot is kept (driver, $GENBI_SNAPSHOT=off) */
    DB_SNAPSHOT_HIT,     /* loaded from the snapshot */
    DB_SNAPSHOT_MISS,    /* introspected and indexed; the snapshot was absent, stale or corrupt */
};

struct db_schema_info {
    enum db_snapshot snapshot;
    int saved;     /* a miss wrote a fresh snapshot */
    double ms;     /* spent loading, or introspecting + indexing + saving */
    char why[512]; /* for a miss: why the snapshot was not used, or not saved */
};

const char *db_snapshot_name(enum db_snapshot s);
/* The schema of db with its relevance index ready: from the snapshot in the cache directory
 * (schema_snapshot_dir()) when one was written for the database's current fingerprint, else by
 * introspection, then saved as the new snapshot. The one way every command and the service get a
 * schema. Snapshot problems (no cache directory, read-only, corrupt file) never fail it; info may
 * be NULL. Snapshots are off when $GENBI_SNAPSHOT is "off" or "0". */
int db_load_schema(struct db *db, struct schema *out, struct db_schema_info *info, struct err *e);
/* Returns 0 on success; on failure a negative err_code and de says why (DBE_UNSAFE for refusals).
 */
int db_check(struct db *db, const char *sql, struct db_error *de);
int db_exec(struct db *db, const char *sql, const struct db_limits *lim, struct db_result *out,
            struct db_error *de);
/* Runs a trusted write script against dsn (the driver's run_script); ERR_USAGE when the driver
 * has none. */
int db_run_script(const char *dsn, const char *sql, struct err *e);
/* Copies every table of the SQLite database at src_path into the server database dsn (its
 * driver's run_script): tables with their columns, primary keys and the source's indexes on
 * numeric and date columns, then the rows in batches, then the foreign keys and fresh planner
 * statistics. Refuses (ERR_USAGE) when a table of the same name is already there: it never
 * replaces a user's table. progress (may be NULL) hears each table as its rows are in. Each
 * batch is its own transaction: after a failure, drop the copied tables and run it again. */
int db_copy_sqlite(const char *src_path, const char *dsn,
                   void (*progress)(const char *table, long rows, void *arg), void *arg,
                   struct err *e);
/* The driver's writable(); 0 (cannot tell: assumed read-only) when it has none. */
int db_writable(struct db *db, struct buf *what, struct err *e);

#endif
