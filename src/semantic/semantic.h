/* semantic: a database's semantic layer (docs/semantic.md). The business meaning a schema does not
 * state: metrics (revenue, units sold, average order value) as SQL over named tables with their
 * default filters and format, dimensions with synonyms and display expressions, the join paths a
 * person means, the fiscal year start and the currency.
 *
 * A layer comes from a file (YAML, which also reads JSON), written by a person or drafted by
 * `genbi semantic init`, or from the schema alone (semantic_draft(): the same draft, kept in
 * memory, when a database has no file). Tier 0, the prompts and the analysis read it.
 *
 * SQL in a layer names columns as table.column with the database's own table names; tier 0
 * rewrites those names to its aliases (semantic_put_sql()). A loaded layer is checked whole
 * (semantic_check()) before any of it is used: unknown tables, columns or keys, SQL the database
 * cannot prepare and metrics defined twice reject the file with "FILE:LINE: reason".
 *
 * Ownership: a struct semantic owns all its strings; semantic_free() releases it. A schema that
 * carries one (schema.semantic) owns it. Immutable once loaded: thread-safe to read. */
#ifndef GENBI_SEMANTIC_H
#define GENBI_SEMANTIC_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/err.h"

struct schema;
struct db;
struct db_dialect;

#define SEMANTIC_MAX_ITEMS 256 /* metrics, dimensions or joins in one file */
#define SEMANTIC_MAX_LIST 16   /* synonyms, filters or tables of one entry */

enum semantic_format { SEMANTIC_FMT_NUMBER = 0, SEMANTIC_FMT_CURRENCY, SEMANTIC_FMT_PERCENT };

struct semantic_list {
    char **items;
    size_t n;
};

struct semantic_metric {
    char *name;                    /* "revenue" */
    struct semantic_list synonyms; /* "sales", "turnover" */
    char *table;                   /* the rows the metric aggregates ("order_items") */
    char *expr;                    /* an aggregate: SUM(order_items.quantity * ...) */
    struct semantic_list filters;  /* conditions always applied: orders.status <> 'cancelled' */
    enum semantic_format format;
    char *description;             /* said with every answer that uses the metric, or NULL */
    int line;                      /* where it is defined (0: drafted in memory) */
};

struct semantic_dimension {
    char *name;                    /* "customer" */
    struct semantic_list synonyms; /* "client", "buyer" */
    char *table;
    char *column;                  /* a column of table (a field), or NULL for the table's rows */
    char *display;                 /* SQL naming one row: first_name || ' ' || last_name, or NULL */
    int line;
};

struct semantic {
    char *path; /* the file read, or NULL when drafted from the schema */
    struct semantic_metric *metrics;
    size_t n_metrics;
    struct semantic_dimension *dims;
    size_t n_dims;
    struct semantic_list *joins; /* preferred paths: each a list of tables, first to last */
    int *join_lines;
    size_t n_joins;
    int fiscal_year_start; /* month 1..12 */
    int drafted;           /* `drafted: true`: written by `genbi semantic init` and not yet
                            * reviewed; its metrics are guesses, answered with less confidence */
    char *currency;        /* ISO code ("USD"), or NULL */
    uint64_t serial;       /* unique per layer read in this process: what was derived from it */
};

/* Reads the file at path into *out (a new layer). Syntax errors and unknown keys: ERR_USAGE with
 * "PATH:LINE: reason". Nothing is checked against a schema yet (semantic_check()). */
int semantic_load(const char *path, struct semantic **out, struct err *e);
/* Reads layer text (name is used in messages). */
int semantic_parse(const char *text, size_t len, const char *name, struct semantic **out,
                   struct err *e);
void semantic_free(struct semantic *sm);

/* Checks sm against schema s: every table and column named exists, no metric or dimension is
 * defined twice, joins follow foreign keys; when db is non-NULL every metric, filter and display
 * expression is prepared by the database (never run). ERR_USAGE with "PATH:LINE: reason". */
int semantic_check(const struct semantic *sm, const struct schema *s, struct db *db,
                   struct err *e);

/* The layer's SQL text sql with every table.column of the schema's tables rewritten by alias():
 * alias(ctx, table index) returns the alias number N of that table in the query (tN), or 0 when
 * it cannot be joined. Other text is copied. Returns 0, -1 when a table could not be joined, or
 * buf's failure. */
int semantic_put_sql(struct buf *out, const char *sql, const struct schema *s,
                     const struct db_dialect *d, int (*alias)(void *ctx, int table), void *ctx);
/* The tables sql names (table.column), as schema indexes into out (at most cap); returns the
 * count. */
size_t semantic_sql_tables(const char *sql, const struct schema *s, int *out, size_t cap);
/* Whether sql names column c of table t (table.column). */
int semantic_sql_uses_column(const char *sql, const struct schema *s, int t, int c);

/* The result column a metric's value is named ("Net revenue" -> "net_revenue"): its name in
 * lower case, every character other than a letter or digit an underscore. */
void semantic_metric_column(const char *name, char *out, size_t cap);

/* The metric called name, or by one of its synonyms (case-insensitive), or NULL. */
const struct semantic_metric *semantic_find_metric(const struct semantic *sm, const char *name);

/* Appends the layer's definitions for a model's prompt (SQL comments): the metrics over the
 * given tables (schema indexes), the preferred joins, the currency and fiscal year. */
int semantic_describe(const struct semantic *sm, const struct schema *s, const size_t *tables,
                      size_t n_tables, struct buf *out);

/* Writes sm as YAML text (what `genbi semantic init` prints; semantic_parse() reads it back). */
int semantic_write(const struct semantic *sm, struct buf *out);

/* The path of the layer of a database by convention: for a SQLite file X.db, X.semantic.yaml
 * beside it. 0 and the path in out, or ERR_NOTFOUND for databases with no file path. */
int semantic_default_path(const char *dsn, struct buf *out);

/* Loads the layer of a database into s->semantic: the file at path when given (it must exist),
 * else the conventional file when one exists, else none (0, s->semantic stays NULL). The layer is
 * checked against s and db; on any error nothing is attached. */
int semantic_attach(struct schema *s, struct db *db, const char *dsn, const char *path,
                    struct err *e);

/* `genbi semantic init|check` (semantic_cli.c); returns the exit status. */
int semantic_main(int argc, char **argv);

#endif
