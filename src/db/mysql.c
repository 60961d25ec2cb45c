/* MySQL and MariaDB driver (libmariadb): DSNs, the shared connection pool, execution with a
 * real cancel, the cost guard, and the write path that only demo loading uses.
 *
 * Every connection genbi runs questions on is made read-only when it is opened: READ ONLY
 * transactions for the session, NO_BACKSLASH_ESCAPES (so the server lexes string literals as
 * the gate in mysql_gate.c does), PIPES_AS_CONCAT (|| joins strings, as in standard SQL and in
 * a semantic layer's display expressions such as first_name || ' ' || last_name), utf8mb4, no multi-statements and no LOCAL INFILE. A statement
 * runs under the session's time limit (MariaDB max_statement_time, MySQL max_execution_time),
 * and a watchdog thread sends KILL QUERY on a connection of its own when the server has not
 * stopped it shortly after the limit, so nothing keeps running after genbi gave up. Results
 * are streamed (mysql_use_result) under the row cap and LIMIT_RESULT_BYTES. */
#include <errno.h>
#include <errmsg.h>
#include <mysqld_error.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/mysql_int.h"
#include "util/clock.h"
#include "util/limits.h"

#include "util/banned.h"

/* Where one connection goes: the parsed DSN. */
struct my_target {
    char host[256], user[256], pass[256], db[256], sock[512];
    unsigned port;
};

/* ---- DSN ---- */

/* mysql://user:pass@host:port/db?socket=PATH (or mariadb://); genbi's pool options are taken
 * out before. Options other than socket= are refused, so a typo is not silently ignored. */
static int parse_target(const char *conninfo, struct my_target *t, struct err *e)
{
    char *copy = strdup(conninfo);
    int rc = 0;
    memset(t, 0, sizeof *t);
    if (!copy)
        return err_set(e, ERR_NOMEM, "out of memory");
    if (db_dsn_take_option(copy, "socket", t->sock, sizeof t->sock, e) < 0) {
        rc = ERR_USAGE;
        goto out;
    }
    char *p = strstr(copy, "://") + 3, *q = strchr(p, '?');
    if (q) {
        rc = err_set(e, ERR_USAGE, "unknown option in the MySQL DSN: '%s' (genbi reads pool_min, "
                     "pool_max and socket)", q + 1);
        goto out;
    }
    char *slash = strchr(p, '/'), *at;
    if (!slash || !slash[1]) {
        rc = err_set(e, ERR_USAGE, "the MySQL DSN names no database (mysql://user:pass@host/db)");
        goto out;
    }
    *slash = '\0';
    if ((at = strrchr(p, '@'))) {
        char *colon = memchr(p, ':', (size_t)(at - p));
        size_t ulen = colon ? (size_t)(colon - p) : (size_t)(at - p);
        if (db_dsn_decode(p, ulen, 0, t->user, sizeof t->user) ||
            (colon &&
             db_dsn_decode(colon + 1, (size_t)(at - colon - 1), 0, t->pass, sizeof t->pass)))
            goto toolong;
        p = at + 1;
    }
    char *port = NULL;
    if (*p == '[') { /* [::1]:3306 */
        char *rb = strchr(p, ']');
        if (!rb)
            goto bad;
        *rb = '\0';
        p++;
        port = rb[1] == ':' ? rb + 2 : NULL;
    } else if ((port = strrchr(p, ':'))) {
        *port++ = '\0';
    }
    if (db_dsn_decode(p, strlen(p), 0, t->host, sizeof t->host) ||
        db_dsn_decode(slash + 1, strlen(slash + 1), 0, t->db, sizeof t->db))
        goto toolong;
    if (port) {
        char *end;
        errno = 0;
        long n = strtol(port, &end, 10);
        if (errno || end == port || *end || n < 1 || n > 65535)
            goto bad;
        t->port = (unsigned)n;
    }
    goto out;
toolong:
    rc = err_set(e, ERR_USAGE, "a part of the MySQL DSN is too long");
    goto out;
bad:
    rc = err_set(e, ERR_USAGE, "cannot read the MySQL DSN (mysql://user:pass@host:port/db)");
out:
    free(copy);
    return rc;
}

/* ---- connections ---- */

static pthread_once_t library_once = PTHREAD_ONCE_INIT;

static void library_init(void)
{
    mysql_library_init(0, NULL, NULL); /* mysql_init() would do it, but not thread-safely */
}

int my_errno_lost(unsigned n)
{
    return n == CR_SERVER_GONE_ERROR || n == CR_SERVER_LOST || n == CR_CONNECTION_ERROR ||
           n == CR_CONN_HOST_ERROR || n == CR_SERVER_LOST_EXTENDED || n == ER_CONNECTION_KILLED;
}

/* Opens one plain connection to the target (flags: CLIENT_* bits for run_script only). */
static int connect_target(const struct my_target *t, unsigned long flags, MYSQL **out,
                          struct err *e)
{
    unsigned timeout_s = (unsigned)((LIMIT_CONNECT_MS + 999) / 1000);
    unsigned local_infile = 0;
    *out = NULL;
    pthread_once(&library_once, library_init);
    MYSQL *m = mysql_init(NULL);
    if (!m)
        return err_set(e, ERR_NOMEM, "out of memory");
    mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &timeout_s);
    mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    mysql_options(m, MYSQL_OPT_LOCAL_INFILE, &local_infile);
    if (!mysql_real_connect(m, t->host[0] ? t->host : NULL, t->user[0] ? t->user : NULL,
                            t->pass, t->db, t->port, t->sock[0] ? t->sock : NULL, flags)) {
        int rc = err_set(e, my_errno_lost(mysql_errno(m)) ? ERR_IO : ERR_DB,
                         "cannot connect to MySQL/MariaDB at %s:%u, database %s: %s",
                         t->host[0] ? t->host : "localhost", t->port ? t->port : 3306, t->db,
                         mysql_error(m));
        mysql_close(m);
        return rc;
    }
    *out = m;
    return 0;
}

static int run_simple(MYSQL *m, const char *sql, struct err *e)
{
    if (mysql_real_query(m, sql, strlen(sql)) == 0) {
        MYSQL_RES *r = mysql_store_result(m);
        mysql_free_result(r);
        if (mysql_errno(m) == 0)
            return 0;
    }
    return err_set(e, my_errno_lost(mysql_errno(m)) ? ERR_IO : ERR_DB, "%s failed: %s (%u)", sql,
                   mysql_error(m), mysql_errno(m));
}

/* The pool's connect: a connection with genbi's read-only session. */
static int conn_connect(const char *conninfo, void **out, struct err *e)
{
    struct my_target t;
    struct my_conn *c = NULL;
    int rc;
    *out = NULL;
    if ((rc = parse_target(conninfo, &t, e)))
        return rc;
    if (!(c = calloc(1, sizeof *c)))
        return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = connect_target(&t, 0, &c->m, e)))
        goto fail;
    const char *info = mysql_get_server_info(c->m);
    c->mariadb = info && strstr(info, "MariaDB") != NULL;
    c->thread_id = mysql_thread_id(c->m);
    if ((rc = run_simple(c->m,
                         "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), "
                         "'NO_BACKSLASH_ESCAPES,PIPES_AS_CONCAT')", e)) ||
        (rc = run_simple(c->m, "SET SESSION TRANSACTION READ ONLY", e)))
        goto fail;
    *out = c;
    return 0;
fail:
    if (c->m)
        mysql_close(c->m);
    free(c);
    return rc;
}

static void conn_disconnect(void *conn)
{
    struct my_conn *c = conn;
    if (!c)
        return;
    mysql_close(c->m);
    free(c);
}

/* An idle connection has nothing to read: a readable socket means the server closed it (a
 * restart) or sent something unexpected. Local: poll with no wait. */
static int conn_alive(void *conn)
{
    struct my_conn *c = conn;
    struct pollfd pfd = {.fd = (int)mysql_get_socket(c->m), .events = POLLIN};
    if (pfd.fd < 0)
        return 0;
    return poll(&pfd, 1, 0) == 0;
}

static const struct db_pool_ops my_pool_ops = {
    .connect = conn_connect,
    .disconnect = conn_disconnect,
    .alive = conn_alive,
};

int my_acquire(struct my_db *db, struct my_conn **c, struct err *e)
{
    void *conn = NULL;
    int rc = db_pool_acquire(db->pool, LIMIT_POOL_WAIT_MS, &conn, e);
    *c = conn;
    return rc;
}

void my_release(struct my_db *db, struct my_conn *c, int broken)
{
    db_pool_release(db->pool, c, broken);
}

int my_set_timeout(struct my_conn *c, long ms, struct err *e)
{
    char sql[96];
    if (ms <= 0 || ms == c->timeout_ms)
        return 0;
    if (c->mariadb)
        snprintf(sql, sizeof sql, "SET SESSION max_statement_time = %ld.%03ld", ms / 1000,
                 ms % 1000);
    else
        snprintf(sql, sizeof sql, "SET SESSION max_execution_time = %ld", ms);
    int rc = run_simple(c->m, sql, e);
    c->timeout_ms = rc ? 0 : ms;
    return rc;
}

int my_query(struct my_conn *c, const char *sql, MYSQL_RES **res, struct err *e)
{
    *res = NULL;
    if (mysql_real_query(c->m, sql, strlen(sql)) == 0 && (*res = mysql_store_result(c->m)))
        return 0;
    if (mysql_errno(c->m) == 0) /* a statement without a result */
        return 0;
    return err_set(e, ERR_DB, "%s (%u)", mysql_error(c->m), mysql_errno(c->m));
}

void my_put_ident(struct buf *out, const char *name)
{
    buf_putc(out, '`');
    for (const char *p = name; *p; p++) {
        if (*p == '`')
            buf_putc(out, '`');
        buf_putc(out, *p);
    }
    buf_putc(out, '`');
}

/* ---- open and close ---- */

static int my_open(const char *dsn, void **impl, struct err *e)
{
    long min = LIMIT_POOL_MIN, max = LIMIT_POOL_MAX;
    struct my_db *db = calloc(1, sizeof *db);
    struct my_target t;
    struct buf key = BUF_INIT;
    int rc;
    *impl = NULL;
    if (!db || !(db->conninfo = strdup(dsn))) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    if ((rc = db_dsn_take_long(db->conninfo, "pool_min", 1, 1000, &min, e)) < 0 ||
        (rc = db_dsn_take_long(db->conninfo, "pool_max", 1, 1000, &max, e)) < 0)
        goto fail;
    if (min > max)
        min = max;
    if ((rc = parse_target(db->conninfo, &t, e)))
        goto fail;
    buf_printf(&key, "mysql://%s@%s:%u/%s", t.user, t.sock[0] ? t.sock : t.host,
               t.port ? t.port : 3306, t.db);
    if (key.failed || !(db->identity = strdup(buf_cstr(&key)))) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    buf_reset(&key);
    /* One pool per DSN and pool sizes: every worker opening it shares the connections. */
    buf_printf(&key, "mysql\n%s\n%ld\n%ld", db->conninfo, min, max);
    if (key.failed) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    if ((rc = db_pool_get(buf_cstr(&key), db->conninfo, &my_pool_ops, (int)min, (int)max,
                          &db->pool, e)))
        goto fail;
    buf_free(&key);
    *impl = db;
    return 0;
fail:
    buf_free(&key);
    if (db) {
        free(db->conninfo);
        free(db->identity);
    }
    free(db);
    return rc;
}

static void my_close(void *impl)
{
    struct my_db *db = impl;
    if (!db)
        return;
    db_pool_put(db->pool);
    free(db->conninfo);
    free(db->identity);
    free(db);
}

/* ---- the watchdog: KILL QUERY for a statement past its limit ----
 * One thread for the process, started on first use. A statement registers its deadline; when
 * the deadline passes before it unregisters, the watchdog opens a connection of its own and
 * sends KILL QUERY for the statement's server thread. Unregistering waits for a kill in
 * progress, so a kill never reaches the next statement of a reused connection. */

struct watch {
    struct watch *next;
    double deadline; /* clock_ms() */
    unsigned long thread_id;
    const char *conninfo;
    int fired, killing;
};

static pthread_mutex_t wd_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wd_cv; /* on CLOCK_MONOTONIC; made by wd_init */
static pthread_once_t wd_once = PTHREAD_ONCE_INIT;
static struct watch *wd_list;
static int wd_ok;

static void kill_query(const char *conninfo, unsigned long thread_id)
{
    struct my_target t;
    MYSQL *m = NULL;
    char sql[64];
    if (parse_target(conninfo, &t, NULL) || connect_target(&t, 0, &m, NULL))
        return;
    snprintf(sql, sizeof sql, "KILL QUERY %lu", thread_id);
    run_simple(m, sql, NULL);
    mysql_close(m);
}

static void *wd_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&wd_mu);
    for (;;) {
        struct watch *first = NULL;
        for (struct watch *w = wd_list; w; w = w->next)
            if (!w->fired && (!first || w->deadline < first->deadline))
                first = w;
        if (!first) {
            pthread_cond_wait(&wd_cv, &wd_mu);
            continue;
        }
        double now = clock_ms();
        if (now < first->deadline) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            double wait = first->deadline - now;
            ts.tv_sec += (time_t)(wait / 1000);
            ts.tv_nsec += (long)((wait - (double)(long)(wait / 1000) * 1000) * 1e6);
            if (ts.tv_nsec >= 1000000000L) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000L;
            }
            pthread_cond_timedwait(&wd_cv, &wd_mu, &ts);
            continue;
        }
        first->fired = first->killing = 1;
        pthread_mutex_unlock(&wd_mu);
        kill_query(first->conninfo, first->thread_id);
        pthread_mutex_lock(&wd_mu);
        first->killing = 0;
        pthread_cond_broadcast(&wd_cv);
    }
    return NULL;
}

static void wd_init(void)
{
    pthread_condattr_t ca;
    pthread_t th;
    pthread_attr_t ta;
    if (pthread_condattr_init(&ca))
        return;
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    int ok = pthread_cond_init(&wd_cv, &ca) == 0;
    pthread_condattr_destroy(&ca);
    if (!ok || pthread_attr_init(&ta))
        return;
    pthread_attr_setdetachstate(&ta, PTHREAD_CREATE_DETACHED);
    wd_ok = pthread_create(&th, &ta, wd_main, NULL) == 0;
    pthread_attr_destroy(&ta);
}

/* 0 when w is watched; without a watchdog the server's own limit is the only one. */
static int wd_register(struct watch *w)
{
    pthread_once(&wd_once, wd_init);
    if (!wd_ok)
        return -1;
    pthread_mutex_lock(&wd_mu);
    w->next = wd_list;
    wd_list = w;
    pthread_cond_broadcast(&wd_cv);
    pthread_mutex_unlock(&wd_mu);
    return 0;
}

/* Returns 1 when the watchdog killed the statement. */
static int wd_unregister(struct watch *w)
{
    pthread_mutex_lock(&wd_mu);
    while (w->killing)
        pthread_cond_wait(&wd_cv, &wd_mu);
    for (struct watch **pp = &wd_list; *pp; pp = &(*pp)->next) {
        if (*pp == w) {
            *pp = w->next;
            break;
        }
    }
    int fired = w->fired;
    pthread_mutex_unlock(&wd_mu);
    return fired;
}

/* ---- execution ---- */

/* The server's error on c as de (through the dialect's errno table). */
static int server_error(struct my_conn *c, struct db_error *de)
{
    char code[16];
    unsigned n = mysql_errno(c->m);
    snprintf(code, sizeof code, "%u", n);
    db_mysql_dialect.classify(de, code, mysql_error(c->m));
    if (de && de->cls == DBE_TIMEOUT)
        db_error_set(de, DBE_TIMEOUT, "the query exceeded its time limit and was stopped");
    if (de && de->cls == DBE_UNSAFE)
        db_error_set(de, DBE_UNSAFE, "refused by the server: %s", mysql_error(c->m));
    return my_errno_lost(n) ? ERR_IO
           : de && de->cls == DBE_TIMEOUT ? ERR_TIMEOUT
           : de && de->cls == DBE_UNSAFE  ? ERR_UNSAFE
                                          : ERR_DB;
}

static enum db_type type_of(const MYSQL_FIELD *f)
{
    switch (f->type) {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_YEAR:
        return DB_INT;
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL:
    case MYSQL_TYPE_FLOAT:
    case MYSQL_TYPE_DOUBLE:
        return DB_REAL;
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_VAR_STRING:
    case MYSQL_TYPE_STRING:
        return f->charsetnr == 63 && (f->flags & BINARY_FLAG) ? DB_BLOB : DB_TEXT;
    default:
        return DB_TEXT;
    }
}

static int cell_set(struct db_cell *cell, enum db_type type, const char *v, unsigned long len)
{
    char tmp[48];
    memset(cell, 0, sizeof *cell);
    if (!v) {
        cell->type = DB_NULL;
        return 0;
    }
    cell->type = type;
    if (type == DB_INT) {
        char *end;
        errno = 0;
        cell->i = strtoll(v, &end, 10);
        if (errno || end != v + len) { /* BIGINT UNSIGNED past LLONG_MAX */
            cell->type = DB_REAL;
            cell->d = strtod(v, NULL);
        } else {
            cell->d = (double)cell->i;
        }
    } else if (type == DB_REAL) {
        cell->d = strtod(v, NULL);
    } else if (type == DB_BLOB) {
        len = (unsigned long)snprintf(tmp, sizeof tmp, "<%lu bytes>", len);
        v = tmp;
    }
    if (!(cell->s = malloc(len + 1)))
        return ERR_NOMEM;
    memcpy(cell->s, v, len);
    cell->s[len] = '\0';
    return 0;
}

/* How one statement went, for the retry and the pool. */
struct run_state {
    int broken; /* the connection must not be reused */
};

static int fetch_columns(MYSQL_RES *res, struct db_result *out, enum db_type **types)
{
    unsigned n = mysql_num_fields(res);
    MYSQL_FIELD *f = mysql_fetch_fields(res);
    out->n_cols = n;
    out->cols = calloc(n ? n : 1, sizeof *out->cols);
    *types = calloc(n ? n : 1, sizeof **types);
    if (!out->cols || !*types)
        return ERR_NOMEM;
    for (unsigned i = 0; i < n; i++) {
        (*types)[i] = type_of(&f[i]);
        if (!(out->cols[i] = strdup(f[i].name ? f[i].name : "?")))
            return ERR_NOMEM;
    }
    return 0;
}

/* Streams the result of the statement just sent, under the row and byte caps. When it stops
 * early the rest is cut off on the server (KILL QUERY) rather than read. */
static int fetch_rows(struct my_db *db, struct my_conn *c, long row_cap, struct db_result *out,
                      struct run_state *rs, struct db_error *de)
{
    MYSQL_RES *res = mysql_use_result(c->m);
    enum db_type *types = NULL;
    size_t cap = 0, bytes = 0;
    MYSQL_ROW row;
    int rc = 0;
    if (!res)
        return mysql_errno(c->m) ? server_error(c, de) : 0;
    if ((rc = fetch_columns(res, out, &types)))
        goto nomem;
    size_t ncol = out->n_cols ? out->n_cols : 1;
    while ((row = mysql_fetch_row(res))) {
        if ((long)out->n_rows >= row_cap || bytes > (size_t)LIMIT_RESULT_BYTES) {
            out->truncated = 1;
            kill_query(db->conninfo, c->thread_id);
            rs->broken = 1;
            break;
        }
        unsigned long *lens = mysql_fetch_lengths(res);
        if (out->n_rows == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            struct db_cell *cells = realloc(out->cells, ncap * ncol * sizeof *cells);
            if (!cells)
                goto nomem;
            out->cells = cells;
            cap = ncap;
        }
        struct db_cell *cells = &out->cells[out->n_rows * out->n_cols];
        memset(cells, 0, out->n_cols * sizeof *cells);
        out->n_rows++;
        for (size_t i = 0; i < out->n_cols; i++) {
            if (cell_set(&cells[i], types[i], row[i], lens[i]))
                goto nomem;
            bytes += lens[i] + sizeof *cells;
        }
    }
    if (!out->truncated && mysql_errno(c->m))
        rc = server_error(c, de);
    goto out;
nomem:
    db_error_set(de, DBE_TOO_MANY_ROWS, "out of memory while fetching the result");
    rc = ERR_NOMEM;
    if (!rs->broken) {
        kill_query(db->conninfo, c->thread_id);
        rs->broken = 1;
    }
out:
    mysql_free_result(res);
    free(types);
    return rc;
}

/* EXPLAIN's steps with one select id join each other: their rows multiply. Separate SELECTs
 * (a derived table, an uncorrelated subquery) run once each: their products add up. A dependent
 * subquery runs once per outer row: it multiplies everything. At most this many ids apart. */
#define EXPLAIN_MAX_SELECTS 64

static double plan_cost(const double *per_id, const unsigned char *dependent, size_t n)
{
    double sum = 0, times = 1;
    for (size_t k = 0; k < n; k++) {
        if (per_id[k] <= 0)
            continue;
        if (dependent[k])
            times *= per_id[k];
        else
            sum += per_id[k];
    }
    return (sum > 0 ? sum : 1) * times;
}

/* The cost guard: the rows EXPLAIN's plan examines (plan_cost). 0 and *cost set, or the
 * server's error (the statement itself would fail the same way). */
static int explain_cost(struct my_conn *c, const char *stmt, size_t len, double *cost,
                        struct db_error *de)
{
    struct buf sql = BUF_INIT;
    MYSQL_RES *res = NULL;
    int rc = 0;
    *cost = 1;
    buf_puts(&sql, "EXPLAIN ");
    buf_append(&sql, stmt, len);
    if (sql.failed) {
        db_error_set(de, DBE_OTHER, "out of memory");
        return ERR_NOMEM;
    }
    if (mysql_real_query(c->m, sql.data, sql.len) || !(res = mysql_store_result(c->m))) {
        rc = server_error(c, de);
        goto out;
    }
    int rows_col = -1, id_col = -1, type_col = -1;
    MYSQL_FIELD *f = mysql_fetch_fields(res);
    for (unsigned i = 0; i < mysql_num_fields(res); i++) {
        if (strcasecmp(f[i].name, "rows") == 0)
            rows_col = (int)i;
        else if (strcasecmp(f[i].name, "id") == 0)
            id_col = (int)i;
        else if (strcasecmp(f[i].name, "select_type") == 0)
            type_col = (int)i;
    }
    double per_id[EXPLAIN_MAX_SELECTS] = {0}, all = 1;
    unsigned char dependent[EXPLAIN_MAX_SELECTS] = {0};
    int by_select = id_col >= 0 && type_col >= 0;
    MYSQL_ROW row;
    while (rows_col >= 0 && (row = mysql_fetch_row(res))) {
        double r = row[rows_col] ? strtod(row[rows_col], NULL) : 0;
        long id = by_select && row[id_col] ? strtol(row[id_col], NULL, 10) : -1;
        if (r < 1)
            r = 1;
        all *= r;
        if (id < 1 || id > EXPLAIN_MAX_SELECTS) {
            by_select = 0; /* a step of no SELECT (a UNION's result): the plain product */
            continue;
        }
        per_id[id - 1] = per_id[id - 1] > 0 ? per_id[id - 1] * r : r;
        dependent[id - 1] |= row[type_col] && strstr(row[type_col], "DEPENDENT") != NULL;
    }
    *cost = by_select ? plan_cost(per_id, dependent, EXPLAIN_MAX_SELECTS) : all;
out:
    mysql_free_result(res);
    buf_free(&sql);
    return rc;
}

/* One statement on one borrowed connection: time limit, cost guard, run, fetch. */
static int run_on(struct my_db *db, struct my_conn *c, const char *stmt, size_t len,
                  const struct db_limits *lim, struct db_result *out, struct run_state *rs,
                  struct db_error *de)
{
    long row_cap = lim && lim->row_cap > 0 ? lim->row_cap : LIMIT_ROW_CAP;
    long timeout_ms = lim && lim->timeout_ms > 0 ? lim->timeout_ms : LIMIT_QUERY_TIMEOUT_MS;
    struct watch w = {.deadline = clock_ms() + (double)timeout_ms + 500,
                      .thread_id = c->thread_id, .conninfo = db->conninfo};
    struct buf wrapped = BUF_INIT;
    struct err e = {0};
    double cost = 0;
    int watched = wd_register(&w) == 0, rc;
    if ((rc = my_set_timeout(c, timeout_ms, &e))) {
        db_error_set(de, DBE_OTHER, "%s", e.msg);
        rs->broken = 1;
        goto out;
    }
    if ((rc = explain_cost(c, stmt, len, &cost, de)))
        goto out;
    if (lim && lim->max_cost > 0 && cost > lim->max_cost) {
        db_error_set(de, DBE_TOO_COSTLY,
                     "refused: the query plan examines about %.3g rows (the rows of each step of "
                     "EXPLAIN, multiplied within a SELECT), above the bound query_max_cost = %.3g",
                     cost, lim->max_cost);
        rc = ERR_LIMIT;
        goto out;
    }
    /* Only the result is large: the server stops after the cap instead of genbi cutting it. */
    if (cost > (double)row_cap) {
        buf_puts(&wrapped, "SELECT * FROM (\n");
        buf_append(&wrapped, stmt, len);
        buf_printf(&wrapped, "\n) AS genbi_q LIMIT %ld", row_cap + 1);
    }
    for (int wrap = !wrapped.failed && wrapped.len > 0;; wrap = 0) {
        const char *q = wrap ? wrapped.data : stmt;
        size_t qlen = wrap ? wrapped.len : len;
        if (mysql_real_query(c->m, q, qlen) == 0) {
            rc = fetch_rows(db, c, row_cap, out, rs, de);
            break;
        }
        /* A select list with two columns of one name cannot be a derived table: run it as is. */
        if (!wrap || mysql_errno(c->m) != ER_DUP_FIELDNAME) {
            rc = server_error(c, de);
            break;
        }
    }
out:
    if (watched && wd_unregister(&w)) {
        rs->broken = 1; /* killed by the watchdog: its session may still hold the kill */
        db_result_free(out);
        db_error_set(de, DBE_TIMEOUT, "the query exceeded its time limit and was stopped");
        rc = ERR_TIMEOUT;
    }
    if (rc == ERR_IO)
        rs->broken = 1;
    buf_free(&wrapped);
    return rc;
}

static int my_check(void *impl, const char *sql, struct db_error *de)
{
    size_t len;
    (void)impl;
    return my_gate(sql, &len, de);
}

static int my_exec(void *impl, const char *sql, const struct db_limits *lim,
                   struct db_result *out, struct db_error *de)
{
    struct my_db *db = impl;
    double t0 = clock_ms();
    size_t len;
    int rc = my_gate(sql, &len, de);
    if (rc)
        return rc;
    /* A connection found lost before anything came back (the server restarted since it was
     * last used) is dropped and the statement tried once more on a fresh one. */
    for (int attempt = 0; attempt < 2; attempt++) {
        struct my_conn *c = NULL;
        struct run_state rs = {0};
        struct err e = {0};
        if ((rc = my_acquire(db, &c, &e))) {
            db_error_set(de, rc == ERR_TIMEOUT ? DBE_TIMEOUT : DBE_OTHER, "%s", e.msg);
            break;
        }
        db_result_free(out);
        rc = run_on(db, c, sql, len, lim, out, &rs, de);
        int lost = rc == ERR_IO;
        my_release(db, c, rs.broken || lost);
        if (!(lost && attempt == 0 && out->n_cols == 0))
            break;
    }
    if (rc)
        db_result_free(out);
    out->ms = clock_ms() - t0;
    return rc;
}

/* ---- the write path (demo loading) and the writable check ---- */

/* A trusted script on a connection of its own, outside the pool: several statements
 * (CLIENT_MULTI_STATEMENTS, never set on the pool's connections) in one transaction, every
 * result consumed. DDL commits implicitly on MySQL; the data rows are what the transaction
 * keeps all-or-nothing. */
static int my_run_script(const char *dsn, const char *sql, struct err *e)
{
    char *copy = strdup(dsn);
    struct my_target t;
    MYSQL *m = NULL;
    long ignored;
    int rc, n = 1;
    if (!copy)
        return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = db_dsn_take_long(copy, "pool_min", 1, 1000, &ignored, e)) < 0 ||
        (rc = db_dsn_take_long(copy, "pool_max", 1, 1000, &ignored, e)) < 0 ||
        (rc = parse_target(copy, &t, e)) ||
        (rc = connect_target(&t, CLIENT_MULTI_STATEMENTS | CLIENT_MULTI_RESULTS, &m, e)))
        goto out;
    mysql_autocommit(m, 0);
    int status = mysql_real_query(m, sql, strlen(sql));
    while (status == 0) {
        MYSQL_RES *res = mysql_store_result(m);
        mysql_free_result(res);
        if (mysql_errno(m))
            break;
        status = mysql_next_result(m); /* 0: another result; -1: no more; > 0: error */
        n++;
    }
    if (mysql_errno(m) || mysql_commit(m)) {
        rc = err_set(e, ERR_DB, "the script failed at statement %d: %s (%u)", n, mysql_error(m),
                     mysql_errno(m));
        mysql_rollback(m);
    }
out:
    if (m)
        mysql_close(m);
    free(copy);
    return rc;
}

/* Privileges that only read. */
static const char *const read_privileges[] = {"SELECT", "USAGE", "SHOW VIEW", NULL};

/* One SHOW GRANTS line: "GRANT p1, p2 ON obj TO user [WITH GRANT OPTION]", or a role grant
 * "GRANT `role` TO user". Appends what could write to what; returns 1 when something did. */
static int grant_writes(const char *line, struct buf *what)
{
    const char *on = strstr(line, " ON "), *p = line + 6;
    int any = 0;
    if (strncmp(line, "GRANT ", 6) != 0)
        return 0;
    if (!on) {
        const char *to = strstr(line, " TO ");
        buf_printf(what, "%srole %.*s", what->len ? ", " : "",
                   (int)(to ? to - p : (long)strlen(p)), p);
        return 1;
    }
    const char *obj = on + 4, *obj_end = strstr(obj, " TO ");
    int obj_len = (int)(obj_end ? obj_end - obj : (long)strlen(obj));
    while (p < on) {
        while (p < on && (*p == ' ' || *p == ','))
            p++;
        const char *end = p;
        int depth = 0; /* a column list: "SELECT (a, b)" */
        while (end < on && (depth > 0 || *end != ',')) {
            depth += *end == '(' ? 1 : *end == ')' ? -1 : 0;
            end++;
        }
        size_t n = strcspn(p, "(");
        if (n > (size_t)(end - p))
            n = (size_t)(end - p);
        while (n && p[n - 1] == ' ')
            n--;
        int reads = 0;
        for (size_t i = 0; read_privileges[i]; i++)
            reads |= strlen(read_privileges[i]) == n && strncasecmp(p, read_privileges[i], n) == 0;
        if (n && !reads) {
            buf_printf(what, "%s%.*s ON %.*s", what->len ? ", " : "", (int)n, p, obj_len, obj);
            any = 1;
        }
        p = end;
    }
    if (strstr(line, "WITH GRANT OPTION")) {
        buf_printf(what, "%sGRANT OPTION ON %.*s", what->len ? ", " : "", obj_len, obj);
        any = 1;
    }
    return any;
}

static int my_writable(void *impl, struct buf *what, struct err *e)
{
    struct my_db *db = impl;
    struct my_conn *c = NULL;
    MYSQL_RES *res = NULL;
    MYSQL_ROW row;
    int rc, writes = 0;
    if ((rc = my_acquire(db, &c, e)))
        return rc;
    if ((rc = my_query(c, "SHOW GRANTS", &res, e)))
        goto out;
    while (res && (row = mysql_fetch_row(res)))
        if (row[0])
            writes |= grant_writes(row[0], what);
    rc = what->failed ? err_set(e, ERR_NOMEM, "out of memory") : writes;
out:
    mysql_free_result(res);
    my_release(db, c, rc < 0 && rc != ERR_NOMEM);
    return rc;
}

const struct db_driver db_mysql_driver = {
    .name = "mysql",
    .dialect = &db_mysql_dialect,
    .accepts = db_mysql_accepts,
    .open = my_open,
    .close = my_close,
    .introspect = my_introspect,
    .fingerprint = my_fingerprint,
    .check = my_check,
    .exec = my_exec,
    .run_script = my_run_script,
    .writable = my_writable,
};
