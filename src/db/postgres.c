/* PostgreSQL driver (libpq): DSN options, connections from the process-wide pool (db/pool.h),
 * and execution of one untrusted query.
 *
 * A query passes the parse-tree gate (postgres_gate.c), then runs on a borrowed connection as
 *   BEGIN READ ONLY; SET LOCAL statement_timeout; SET LOCAL idle_in_transaction_session_timeout;
 *   EXPLAIN (FORMAT JSON) <query>   -- the cost guard, never ANALYZE
 *   <query>                         -- extended protocol: one statement only, single-row mode
 *   ROLLBACK
 * Everything is asynchronous (PQsendQuery + poll() on the socket with the deadline): when the
 * time limit passes genbi cancels the statement on the server (PQcancel) instead of waiting;
 * statement_timeout is the server's own second wall. Rows come one at a time (single-row mode),
 * so a huge result is never buffered whole in libpq; at the row or byte cap the rest is
 * cancelled. A connection found lost (a server restart) is dropped from the pool and the
 * statement is tried once more on a fresh one. */
#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/postgres_int.h"
#include "util/clock.h"
#include "util/limits.h"

#include "util/banned.h"

/* After a cancel, how long the server gets to stop and end the transaction. */
#define PG_GRACE_MS 2000.0
/* Type OIDs (pg_type.dat): the ones read as numbers. */
enum { OID_BOOL = 16, OID_BYTEA = 17, OID_INT8 = 20, OID_INT2 = 21, OID_INT4 = 23, OID_OID = 26,
       OID_FLOAT4 = 700, OID_FLOAT8 = 701, OID_NUMERIC = 1700 };

/* ---- connections ---- */

/* libpq's last message on one line. */
static void pg_message(PGconn *c, char *out, size_t cap)
{
    const char *m = c ? PQerrorMessage(c) : "out of memory";
    snprintf(out, cap, "%s", m && *m ? m : "connection lost");
    for (char *p = out; *p; p++)
        if (*p == '\n')
            *p = (p[1] ? ' ' : '\0');
}

static int pg_connect(const char *conninfo, void **conn, struct err *e)
{
    char msg[400];
    PGconn *c = PQconnectdb(conninfo);
    if (!c || PQstatus(c) != CONNECTION_OK) {
        pg_message(c, msg, sizeof msg);
        PQfinish(c);
        return err_set(e, ERR_DB, "cannot connect to PostgreSQL: %s", msg);
    }
    *conn = c;
    return 0;
}

static void pg_disconnect(void *conn)
{
    PQfinish(conn);
}

/* Local only: an idle connection whose socket has something to read was told goodbye (the
 * server shut down and sent its FATAL, or closed the socket); reading it tells which. */
static int pg_alive(void *conn)
{
    PGconn *c = conn;
    if (PQstatus(c) != CONNECTION_OK || PQtransactionStatus(c) != PQTRANS_IDLE)
        return 0;
    struct pollfd p = {.fd = PQsocket(c), .events = POLLIN};
    if (p.fd < 0)
        return 0;
    if (poll(&p, 1, 0) > 0) {
        if (!PQconsumeInput(c) || PQstatus(c) != CONNECTION_OK)
            return 0;
        PGnotify *n;
        while ((n = PQnotifies(c)))
            PQfreemem(n);
    }
    return 1;
}

static const struct db_pool_ops pg_pool_ops = {
    .connect = pg_connect, .disconnect = pg_disconnect, .alive = pg_alive,
};

/* Waits until a whole result can be read without blocking: 0, ERR_TIMEOUT at the deadline,
 * ERR_DB when the connection broke. */
static int pg_wait(PGconn *c, double deadline_ms)
{
    while (PQisBusy(c)) {
        double left = deadline_ms - clock_ms();
        if (left <= 0)
            return ERR_TIMEOUT;
        struct pollfd p = {.fd = PQsocket(c), .events = POLLIN};
        if (p.fd < 0)
            return ERR_DB;
        int n = poll(&p, 1, left > 1e6 ? 1000000 : (int)left + 1);
        if (n < 0 && errno != EINTR)
            return ERR_DB;
        if (n > 0 && !PQconsumeInput(c))
            return ERR_DB;
    }
    return 0;
}

/* Asks the server to stop what the connection is running (a separate short connection). */
static void pg_cancel(PGconn *c)
{
    char why[256];
    PGcancel *cn = PQgetCancel(c);
    if (cn) {
        PQcancel(cn, why, sizeof why);
        PQfreeCancel(cn);
    }
}

/* Reads and drops every result still coming; 0 when the connection is ready for more. */
static int pg_drain(PGconn *c, double deadline_ms)
{
    for (;;) {
        if (pg_wait(c, deadline_ms))
            return -1;
        PGresult *r = PQgetResult(c);
        if (!r)
            return PQstatus(c) == CONNECTION_OK ? 0 : -1;
        PQclear(r);
    }
}

int pg_run(PGconn *c, const char *sql, int nparams, const char *const *params,
           double deadline_ms, PGresult **res, struct err *e)
{
    char msg[400];
    int rc = 0, sent = nparams > 0
                           ? PQsendQueryParams(c, sql, nparams, NULL, params, NULL, NULL, 0)
                           : PQsendQuery(c, sql);
    if (res)
        *res = NULL;
    if (!sent) {
        pg_message(c, msg, sizeof msg);
        return err_set(e, ERR_DB, "PostgreSQL: %s", msg);
    }
    for (;;) {
        int w = pg_wait(c, deadline_ms);
        if (w) {
            if (w == ERR_TIMEOUT) {
                pg_cancel(c);
                pg_drain(c, clock_ms() + PG_GRACE_MS);
            }
            rc = rc ? rc : err_set(e, w, w == ERR_TIMEOUT ? "PostgreSQL did not answer in time"
                                                          : "connection to PostgreSQL lost");
            break;
        }
        PGresult *r = PQgetResult(c);
        if (!r)
            break;
        ExecStatusType st = PQresultStatus(r);
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && !rc) {
            const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
            if (!m)
                pg_message(c, msg, sizeof msg);
            rc = err_set(e, ERR_DB, "PostgreSQL: %s", m ? m : msg);
        }
        if (res && st == PGRES_TUPLES_OK) {
            PQclear(*res);
            *res = r;
        } else {
            PQclear(r);
        }
    }
    if (rc && res) {
        PQclear(*res);
        *res = NULL;
    }
    if (!rc && res && !*res)
        rc = err_set(e, ERR_DB, "PostgreSQL returned no rows for an introspection query");
    return rc;
}

int pg_begin_read(PGconn *c, long timeout_ms, const char *schema, double deadline_ms,
                  struct err *e)
{
    struct buf sql = BUF_INIT;
    long ms = timeout_ms > 0 ? timeout_ms : 1;
    buf_printf(&sql,
               "BEGIN READ ONLY; SET LOCAL statement_timeout = %ld; "
               "SET LOCAL idle_in_transaction_session_timeout = %ld",
               ms, ms);
    if (schema && *schema) {
        /* Unqualified names are the chosen schema's (pg_catalog still comes first). */
        buf_puts(&sql, "; SET LOCAL search_path TO ");
        pg_put_ident(&sql, schema);
    }
    int rc = sql.failed ? err_set(e, ERR_NOMEM, "out of memory")
                        : pg_run(c, buf_cstr(&sql), 0, NULL, deadline_ms, NULL, e);
    buf_free(&sql);
    return rc;
}

int pg_end(PGconn *c, double deadline_ms)
{
    if (PQstatus(c) != CONNECTION_OK)
        return -1;
    switch (PQtransactionStatus(c)) {
    case PQTRANS_IDLE:
        return 0;
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR:
        break;
    default: /* a statement still running, or unknown */
        return -1;
    }
    double grace = clock_ms() + PG_GRACE_MS;
    if (pg_run(c, "ROLLBACK", 0, NULL, deadline_ms > grace ? deadline_ms : grace, NULL, NULL))
        return -1;
    return PQtransactionStatus(c) == PQTRANS_IDLE ? 0 : -1;
}

int pg_put_ident(struct buf *b, const char *name)
{
    buf_putc(b, '"');
    for (; *name; name++) {
        if (*name == '"')
            buf_putc(b, '"');
        buf_putc(b, *name);
    }
    return buf_putc(b, '"');
}

int pg_borrow(struct pg_db *pg, double deadline_ms, PGconn **conn, struct err *e)
{
    void *c = NULL;
    double left = deadline_ms - clock_ms();
    int rc = db_pool_acquire(pg->pool, left > 1 ? (long)left : 1, &c, e);
    *conn = c;
    return rc;
}

void pg_give_back(struct pg_db *pg, PGconn *conn)
{
    db_pool_release(pg->pool, conn, pg_end(conn, clock_ms()) != 0);
}

/* ---- DSN ---- */

/* Adds name=value to the URL's query unless the user set it. */
static void put_default(struct buf *url, const char *name, const char *value)
{
    const char *s = buf_cstr(url), *q = strchr(s, '?');
    size_t n = strlen(name);
    for (const char *p = q; p; p = strchr(p + 1, '&'))
        if (strncmp(p + 1, name, n) == 0 && p[1 + n] == '=')
            return;
    char last = url->len ? s[url->len - 1] : '\0';
    if (!q)
        buf_putc(url, '?');
    else if (last != '?' && last != '&')
        buf_putc(url, '&');
    buf_printf(url, "%s=%s", name, value);
}

/* Takes genbi's options out of dsn; what is left, with genbi's defaults, goes to libpq. */
static int pg_conninfo(const char *dsn, char *schema, size_t schema_cap, long *pmin, long *pmax,
                       struct buf *conninfo, struct err *e)
{
    char timeout[32];
    int rc, has_min = 0;
    char *copy = strdup(dsn);
    if (!copy)
        return err_set(e, ERR_NOMEM, "out of memory");
    schema[0] = '\0';
    *pmin = LIMIT_POOL_MIN;
    *pmax = LIMIT_POOL_MAX;
    if ((rc = db_dsn_take_option(copy, "schema", schema, schema_cap, e)) < 0 ||
        (rc = has_min = db_dsn_take_long(copy, "pool_min", 1, 1000, pmin, e)) < 0 ||
        (rc = db_dsn_take_long(copy, "pool_max", 1, 1000, pmax, e)) < 0)
        goto out;
    if (*pmin > *pmax) {
        if (has_min) {
            rc = err_set(e, ERR_USAGE, "DSN option pool_min (%ld) is above pool_max (%ld)",
                         *pmin, *pmax);
            goto out;
        }
        *pmin = *pmax; /* pool_max=1 alone means one connection */
    }
    snprintf(timeout, sizeof timeout, "%ld", (LIMIT_CONNECT_MS + 999) / 1000);
    buf_puts(conninfo, copy);
    put_default(conninfo, "connect_timeout", timeout);
    put_default(conninfo, "application_name", "genbi");
    put_default(conninfo, "client_encoding", "UTF8");
    rc = conninfo->failed ? err_set(e, ERR_NOMEM, "out of memory") : 0;
out:
    free(copy);
    return rc;
}

/* The schema to read (the search path's first when none was named) and the identity. */
static int pg_settle(struct pg_db *pg, struct err *e)
{
    PGconn *c = NULL;
    PGresult *r = NULL;
    double deadline = clock_ms() + LIMIT_CONNECT_MS;
    const char *params[1] = {pg->schema};
    int rc = pg_borrow(pg, deadline, &c, e);
    if (rc)
        return rc;
    if (pg->schema[0])
        rc = pg_run(c, "SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = $1", 1,
                    params, deadline, &r, e);
    else
        rc = pg_run(c, "SELECT coalesce((pg_catalog.current_schemas(false))[1], 'public')", 0,
                    NULL, deadline, &r, e);
    if (rc)
        goto out;
    if (PQntuples(r) != 1) {
        rc = err_set(e, ERR_DB, "PostgreSQL: no answer for the schema");
        goto out;
    }
    if (!pg->schema[0])
        snprintf(pg->schema, sizeof pg->schema, "%s", PQgetvalue(r, 0, 0));
    else if (strcmp(PQgetvalue(r, 0, 0), "0") == 0) {
        rc = err_set(e, ERR_NOTFOUND, "PostgreSQL: schema \"%s\" does not exist", pg->schema);
        goto out;
    }
    snprintf(pg->identity, sizeof pg->identity, "postgresql://%s:%s/%s/%s", PQhost(c),
             PQport(c), PQdb(c), pg->schema);
out:
    PQclear(r);
    pg_give_back(pg, c);
    return rc;
}

static void pg_close(void *impl)
{
    struct pg_db *pg = impl;
    if (!pg)
        return;
    db_pool_put(pg->pool);
    free(pg);
}

static int pg_open(const char *dsn, void **impl, struct err *e)
{
    struct buf conninfo = BUF_INIT, key = BUF_INIT;
    long pmin, pmax;
    int rc;
    struct pg_db *pg = calloc(1, sizeof *pg);
    if (!pg)
        return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = pg_conninfo(dsn, pg->schema, sizeof pg->schema, &pmin, &pmax, &conninfo, e)))
        goto out;
    pg->schema_given = pg->schema[0] != '\0';
    buf_puts(&key, "postgresql\n");
    buf_puts(&key, dsn);
    if (key.failed) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    if ((rc = db_pool_get(buf_cstr(&key), buf_cstr(&conninfo), &pg_pool_ops, (int)pmin,
                          (int)pmax, &pg->pool, e)) ||
        (rc = pg_settle(pg, e)))
        goto out;
    *impl = pg;
out:
    if (rc)
        pg_close(pg);
    buf_free(&conninfo);
    buf_free(&key);
    return rc;
}

/* ---- execution ---- */

static int rc_for(enum db_errclass cls)
{
    switch (cls) {
    case DBE_UNSAFE:
        return ERR_UNSAFE;
    case DBE_TIMEOUT:
        return ERR_TIMEOUT;
    case DBE_TOO_COSTLY:
        return ERR_LIMIT;
    default:
        return ERR_DB;
    }
}

/* The server's error (r may be NULL: then libpq's) as de; shift maps its position back into
 * the caller's SQL. */
static int pg_error(PGconn *c, const PGresult *r, long shift, struct db_error *de)
{
    char msg[400];
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *pos = r ? PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION) : NULL;
    if (!m) {
        pg_message(c, msg, sizeof msg);
        m = msg;
    }
    db_postgres_dialect.classify(de, state, m);
    long at = pos ? strtol(pos, NULL, 10) - 1 + shift : -1;
    de->pos = at >= 0 ? (int)at : -1;
    return rc_for(de->cls);
}

/* One run of a statement on one connection: what the caller must know besides the result. */
struct pg_run_state {
    PGconn *c;
    double deadline;
    long timeout_ms, row_cap;
    const char *schema; /* set as the search path when the DSN named one */
    int lost;     /* the connection broke: drop it (and try once more when nothing came) */
    int cancelled; /* a cancel was sent: the connection is drained before it goes back */
};

static int cell_fill(const PGresult *r, int row, int col, struct db_cell *cell, size_t *bytes)
{
    const char *v = PQgetvalue(r, row, col);
    size_t len = (size_t)PQgetlength(r, row, col);
    char blob[64];
    memset(cell, 0, sizeof *cell);
    if (PQgetisnull(r, row, col))
        return 0;
    switch (PQftype(r, col)) {
    case OID_INT2: case OID_INT4: case OID_INT8: case OID_OID:
        cell->type = DB_INT;
        cell->i = strtoll(v, NULL, 10);
        cell->d = (double)cell->i;
        break;
    case OID_BOOL: /* 0/1, as SQLite and MariaDB store booleans */
        cell->type = DB_INT;
        cell->i = v[0] == 't';
        cell->d = (double)cell->i;
        v = cell->i ? "1" : "0";
        len = 1;
        break;
    case OID_FLOAT4: case OID_FLOAT8: case OID_NUMERIC:
        cell->type = DB_REAL;
        cell->d = strtod(v, NULL);
        break;
    case OID_BYTEA: /* text form "\x0a0b..." */
        cell->type = DB_BLOB;
        len = (size_t)snprintf(blob, sizeof blob, "<%zu bytes>", len > 2 ? (len - 2) / 2 : 0);
        v = blob;
        break;
    default:
        cell->type = DB_TEXT;
        break;
    }
    if (!(cell->s = malloc(len + 1)))
        return ERR_NOMEM;
    memcpy(cell->s, v, len);
    cell->s[len] = '\0';
    *bytes += len + sizeof *cell;
    return 0;
}

static int take_columns(const PGresult *r, struct db_result *out)
{
    int n = PQnfields(r);
    out->cols = calloc(n > 0 ? (size_t)n : 1, sizeof *out->cols);
    if (!out->cols)
        return ERR_NOMEM;
    out->n_cols = (size_t)n;
    for (int i = 0; i < n; i++)
        if (!(out->cols[i] = strdup(PQfname(r, i))))
            return ERR_NOMEM;
    return 0;
}

static int take_row(const PGresult *r, struct db_result *out, size_t *cap_rows, size_t *bytes)
{
    size_t nc = out->n_cols ? out->n_cols : 1;
    if (out->n_rows == *cap_rows) {
        size_t ncap = *cap_rows ? *cap_rows * 2 : 64;
        struct db_cell *cells = realloc(out->cells, ncap * nc * sizeof *cells);
        if (!cells)
            return ERR_NOMEM;
        out->cells = cells;
        *cap_rows = ncap;
    }
    struct db_cell *row = &out->cells[out->n_rows * out->n_cols];
    for (size_t i = 0; i < out->n_cols; i++)
        row[i].s = NULL;
    out->n_rows++;
    for (size_t i = 0; i < out->n_cols; i++)
        if (cell_fill(r, 0, (int)i, &row[i], bytes))
            return ERR_NOMEM;
    return 0;
}

/* Stops the running statement: a cancel, and a short grace for the server to say so. */
static void stop_statement(struct pg_run_state *rs)
{
    pg_cancel(rs->c);
    rs->cancelled = 1;
    rs->deadline = clock_ms() + PG_GRACE_MS;
}

/* Runs q in single-row mode, keeping at most row_cap rows and LIMIT_RESULT_BYTES bytes. */
static int fetch(struct pg_run_state *rs, const char *q, long shift, struct db_result *out,
                 struct db_error *de)
{
    size_t cap_rows = 0, bytes = 0;
    int rc = 0, have_cols = 0, full = 0;
    if (!PQsendQueryParams(rs->c, q, 0, NULL, NULL, NULL, NULL, 0)) {
        rs->lost = PQstatus(rs->c) != CONNECTION_OK;
        return pg_error(rs->c, NULL, 0, de);
    }
    PQsetSingleRowMode(rs->c);
    for (;;) {
        int w = pg_wait(rs->c, rs->deadline);
        if (w == ERR_TIMEOUT && !rs->cancelled) {
            stop_statement(rs);
            db_error_set(de, DBE_TIMEOUT, "the query exceeded its time limit of %ld ms and was "
                         "cancelled", rs->timeout_ms);
            rc = ERR_TIMEOUT;
            continue;
        }
        if (w) {
            rs->lost = 1; /* no answer even to the cancel, or the connection broke */
            if (!rc)
                rc = pg_error(rs->c, NULL, 0, de);
            break;
        }
        PGresult *r = PQgetResult(rs->c);
        if (!r)
            break;
        ExecStatusType st = PQresultStatus(r);
        if ((st == PGRES_SINGLE_TUPLE || st == PGRES_TUPLES_OK) && !have_cols && !rc) {
            have_cols = 1;
            if (take_columns(r, out))
                rc = ERR_NOMEM;
        }
        if (st == PGRES_SINGLE_TUPLE && !rc && !full) {
            if ((long)out->n_rows >= rs->row_cap || bytes > LIMIT_RESULT_BYTES) {
                out->truncated = full = 1; /* the rest is not wanted: stop the server */
                stop_statement(rs);
            } else if (take_row(r, out, &cap_rows, &bytes)) {
                rc = ERR_NOMEM;
            }
        } else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK && !rc && !full) {
            rs->lost = PQstatus(rs->c) != CONNECTION_OK;
            rc = pg_error(rs->c, r, shift, de);
        }
        PQclear(r);
    }
    if (rc == ERR_NOMEM)
        db_error_set(de, DBE_TOO_MANY_ROWS, "out of memory while fetching the result");
    return rc;
}

/* The planner's estimate of q: EXPLAIN (FORMAT JSON) answers [{"Plan": {...}}]. */
static int explain(struct pg_run_state *rs, const char *body, size_t len, long shift,
                   double *cost, double *rows, struct db_error *de)
{
    static const char prefix[] = "EXPLAIN (FORMAT JSON) ";
    struct buf q = BUF_INIT;
    int rc = 0;
    buf_puts(&q, prefix);
    buf_append(&q, body, len);
    if (q.failed) {
        buf_free(&q);
        db_error_set(de, DBE_OTHER, "out of memory");
        return ERR_NOMEM;
    }
    if (!PQsendQueryParams(rs->c, buf_cstr(&q), 0, NULL, NULL, NULL, NULL, 0)) {
        rs->lost = PQstatus(rs->c) != CONNECTION_OK;
        buf_free(&q);
        return pg_error(rs->c, NULL, 0, de);
    }
    buf_free(&q);
    PGresult *plan = NULL;
    for (;;) {
        int w = pg_wait(rs->c, rs->deadline);
        if (w == ERR_TIMEOUT && !rs->cancelled) {
            stop_statement(rs);
            db_error_set(de, DBE_TIMEOUT, "planning the query exceeded its time limit of %ld ms",
                         rs->timeout_ms);
            rc = ERR_TIMEOUT;
            continue;
        }
        if (w) {
            rs->lost = 1;
            rc = rc ? rc : pg_error(rs->c, NULL, 0, de);
            break;
        }
        PGresult *r = PQgetResult(rs->c);
        if (!r)
            break;
        if (PQresultStatus(r) == PGRES_TUPLES_OK && !plan && !rc) {
            plan = r;
            continue;
        }
        if (PQresultStatus(r) != PGRES_TUPLES_OK && !rc) {
            rs->lost = PQstatus(rs->c) != CONNECTION_OK;
            rc = pg_error(rs->c, r, shift - (long)(sizeof prefix - 1), de);
        }
        PQclear(r);
    }
    if (!rc) {
        json_t *root = plan && PQntuples(plan) == 1
                           ? json_loads(PQgetvalue(plan, 0, 0), 0, NULL) : NULL;
        json_t *top = json_object_get(json_array_get(root, 0), "Plan");
        json_t *c = json_object_get(top, "Total Cost"), *n = json_object_get(top, "Plan Rows");
        if (!json_is_number(c) || !json_is_number(n)) {
            db_error_set(de, DBE_OTHER, "PostgreSQL's EXPLAIN gave no estimate");
            rc = ERR_DB;
        } else {
            *cost = json_number_value(c);
            *rows = json_number_value(n);
        }
        json_decref(root);
    }
    PQclear(plan);
    return rc;
}

/* One attempt on one connection: transaction, cost guard, the query. */
static int run_statement(struct pg_run_state *rs, const char *sql, size_t off, size_t len,
                         const struct db_limits *lim, struct db_result *out, struct db_error *de)
{
    struct err e = {0};
    struct buf q = BUF_INIT;
    double cost = 0, rows = 0;
    long left = (long)(rs->deadline - clock_ms());
    int rc = pg_begin_read(rs->c, left > 0 ? left : 1, rs->schema, rs->deadline, &e);
    if (rc) {
        rs->lost = PQstatus(rs->c) != CONNECTION_OK;
        db_error_set(de, rc == ERR_TIMEOUT ? DBE_TIMEOUT : DBE_OTHER, "%s", e.msg);
        return rc;
    }
    if ((rc = explain(rs, sql + off, len, (long)off, &cost, &rows, de)))
        return rc;
    if (lim && lim->max_cost > 0 && cost > lim->max_cost) {
        db_error_set(de, DBE_TOO_COSTLY, "refused: the planner estimates a cost of %.0f (about "
                     "%.0f rows), above the bound of %.0f (query_max_cost)", cost, rows,
                     lim->max_cost);
        return ERR_LIMIT;
    }
    if (rows > (double)rs->row_cap) {
        /* A newline before ')' ends a trailing -- comment of the query. */
        buf_puts(&q, "SELECT * FROM (\n");
        buf_append(&q, sql + off, len);
        buf_printf(&q, "\n) AS genbi_q LIMIT %ld", rs->row_cap + 1);
        off = 0;
    } else {
        buf_append(&q, sql + off, len);
    }
    if (q.failed) {
        db_error_set(de, DBE_OTHER, "out of memory");
        rc = ERR_NOMEM;
    } else {
        rc = fetch(rs, buf_cstr(&q), (long)off, out, de);
    }
    buf_free(&q);
    return rc;
}

static int pg_check(void *impl, const char *sql, struct db_error *de)
{
    (void)impl;
    return pg_gate_check(sql, NULL, NULL, de);
}

static int pg_exec(void *impl, const char *sql, const struct db_limits *lim,
                   struct db_result *out, struct db_error *de)
{
    struct pg_db *pg = impl;
    struct db_error own;
    struct err e = {0};
    size_t off = 0, len = 0;
    double t0 = clock_ms();
    int rc;
    if (!de)
        de = &own;
    if ((rc = pg_gate_check(sql, &off, &len, de)))
        return rc;
    struct pg_run_state rs = {
        .timeout_ms = lim && lim->timeout_ms > 0 ? lim->timeout_ms : LIMIT_QUERY_TIMEOUT_MS,
        .row_cap = lim && lim->row_cap > 0 ? lim->row_cap : LIMIT_ROW_CAP,
        .schema = pg->schema_given ? pg->schema : NULL,
    };
    double deadline = t0 + (double)rs.timeout_ms;
    for (int attempt = 0; attempt < 2; attempt++) {
        PGconn *c = NULL;
        if ((rc = pg_borrow(pg, deadline, &c, &e))) {
            db_error_set(de, rc == ERR_TIMEOUT ? DBE_TIMEOUT : DBE_OTHER, "%s", e.msg);
            break;
        }
        rs.c = c;
        rs.deadline = deadline;
        rs.lost = rs.cancelled = 0;
        rc = run_statement(&rs, sql, off, len, lim, out, de);
        int broken = rs.lost || pg_end(c, rs.deadline) != 0;
        db_pool_release(pg->pool, c, broken);
        /* A connection the server dropped (a restart) answers nothing: once more on a fresh
         * one, if time is left. Nothing was written, so running again is harmless. */
        if (!rc || !rs.lost || clock_ms() >= deadline)
            break;
        db_result_free(out);
    }
    out->ms = clock_ms() - t0;
    if (rc)
        db_result_free(out);
    return rc;
}

/* ---- the write path of `genbi demo --out` ---- */

static int pg_run_script(const char *dsn, const char *sql, struct err *e)
{
    struct buf conninfo = BUF_INIT;
    char schema[128], msg[400] = "";
    long pmin, pmax;
    void *conn = NULL;
    int rc;
    if ((rc = pg_conninfo(dsn, schema, sizeof schema, &pmin, &pmax, &conninfo, e)) ||
        (rc = pg_connect(buf_cstr(&conninfo), &conn, e)))
        goto out;
    PGconn *c = conn;
    PGresult *r = PQexec(c, "BEGIN");
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (ok && schema[0]) {
        struct buf set = BUF_INIT;
        buf_puts(&set, "SET LOCAL search_path TO ");
        pg_put_ident(&set, schema);
        r = set.failed ? NULL : PQexec(c, buf_cstr(&set));
        ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        buf_free(&set);
    }
    if (ok) {
        /* Several statements in one message run in this one transaction; the first error
         * stops them and is the result returned. */
        r = PQexec(c, sql);
        ExecStatusType st = PQresultStatus(r);
        ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY;
        const char *m = ok ? NULL : PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        const char *pos = ok ? NULL : PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION);
        if (m)
            snprintf(msg, sizeof msg, "%s%s%s", m, pos ? " at character " : "", pos ? pos : "");
        PQclear(r);
    }
    if (ok) {
        r = PQexec(c, "COMMIT");
        ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
    }
    if (!ok) {
        if (!msg[0])
            pg_message(c, msg, sizeof msg);
        rc = err_set(e, ERR_DB, "PostgreSQL: the script failed and nothing was written: %s", msg);
    }
out:
    if (conn)
        pg_disconnect(conn);
    buf_free(&conninfo);
    return rc;
}

const struct db_driver db_postgres_driver = {
    .name = "postgresql",
    .dialect = &db_postgres_dialect,
    .accepts = db_postgres_accepts,
    .open = pg_open,
    .close = pg_close,
    .introspect = pg_introspect,
    .fingerprint = pg_fingerprint,
    .check = pg_check,
    .exec = pg_exec,
    .run_script = pg_run_script,
    .writable = pg_writable,
};
