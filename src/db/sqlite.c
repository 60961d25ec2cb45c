/* SQLite driver: read-only connection, introspection, and the safety gate.
 *
 * The gate has four independent layers, so a hole in one is caught by the next:
 *   1. the connection is opened SQLITE_OPEN_READONLY with extension loading off, defensive mode
 *      on and ATTACH limited to zero databases;
 *   2. exactly one statement: whatever follows the first statement must be blank or comments;
 *   3. an authorizer that denies every action but reading (writes, DDL, ATTACH/DETACH, PRAGMA
 *      other than harmless reads, transactions, load_extension and file functions);
 *   4. sqlite3_stmt_readonly() must agree;
 *   5. the statement must start with SELECT, WITH, VALUES, PRAGMA (the authorizer passes only
 *      metadata reads) or '(' (REINDEX, for one, reaches
 *      neither the authorizer nor stmt_readonly as a write).
 * Execution is bounded by a progress-handler deadline, a row cap and a byte cap on fetch.
 *
 * Statements that passed the gate are kept per connection, keyed by their exact text (a few, the
 * least recently used dropped first), so the same query asked again is not parsed again: it
 * passed the same five layers when it was prepared, stmt_readonly is asked again on reuse, and
 * the authorizer stays on while an untrusted statement runs, so a re-preparation after a schema
 * change (which SQLite does inside sqlite3_step) is judged as the first preparation was. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "util/limits.h"
#include "db/db.h"
#include "db/sqlite_int.h"
#include "util/buf.h"
#include "util/clock.h"
#include "util/grow.h"
#include "util/sqllex.h"

#include "util/banned.h"

/* Statements kept per connection, and the longest SQL text kept (longer ones are prepared each
 * time: a query that long is rarely asked twice). */
#define SQLITE_KEPT_STMTS 8
#define SQLITE_KEPT_SQL_BYTES 4096

struct sqlite_conn {
    sqlite3 *db;
    char *path;
    /* Set by the authorizer while an untrusted statement is prepared. */
    int gate_on;
    char denied[256];
    /* Deadline for the running statement (clock_ms() time), 0 = none. */
    double deadline_ms;
    /* Gated statements kept for reuse, each reset with its bindings cleared (none in use). */
    struct kept_stmt {
        char *sql;
        sqlite3_stmt *st;
        unsigned long used; /* c->uses when last given back; 0 = empty slot */
        int busy;           /* taken by the statement running now */
    } kept[SQLITE_KEPT_STMTS];
    unsigned long uses;
};

static int sqlite_accepts(const char *dsn)
{
    if (strncmp(dsn, "sqlite:", 7) == 0)
        return 1;
    return strstr(dsn, "://") == NULL;
}

static const char *dsn_path(const char *dsn)
{
    if (strncmp(dsn, "sqlite://", 9) == 0)
        return dsn + 9;
    if (strncmp(dsn, "sqlite:", 7) == 0)
        return dsn + 7;
    return dsn;
}

/* PRAGMAs that only read metadata; everything else (including pragma assignments) is denied. */
static const char *const readonly_pragmas[] = {
    "table_info", "table_xinfo", "index_list", "index_info", "foreign_key_list", NULL,
};

/* Functions that reach outside the database or change the connection. */
static const char *const denied_functions[] = {
    "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "sqlite_dbpage", NULL,
};

static int in_list(const char *const *list, const char *name)
{
    if (!name)
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (strcasecmp(list[i], name) == 0)
            return 1;
    return 0;
}

static int sqlite_authorize(void *ud, int action, const char *a, const char *b, const char *dbname,
                            const char *trigger)
{
    struct sqlite_conn *c = ud;
    if (!c->gate_on)
        return SQLITE_OK;
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        if (!in_list(denied_functions, b))
            return SQLITE_OK;
        snprintf(c->denied, sizeof c->denied, "function %s() is not allowed", b);
        return SQLITE_DENY;
    case SQLITE_PRAGMA:
        /* These only read metadata, with or without an argument (pragma_table_info('t')). */
        if (in_list(readonly_pragmas, a))
            return SQLITE_OK;
        snprintf(c->denied, sizeof c->denied, "PRAGMA %s%s%s is not allowed", a ? a : "",
                 b ? " = " : "", b ? b : "");
        return SQLITE_DENY;
    case SQLITE_ATTACH:
        snprintf(c->denied, sizeof c->denied, "ATTACH is not allowed");
        return SQLITE_DENY;
    case SQLITE_DETACH:
        snprintf(c->denied, sizeof c->denied, "DETACH is not allowed");
        return SQLITE_DENY;
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        snprintf(c->denied, sizeof c->denied, "transaction control is not allowed");
        return SQLITE_DENY;
    default:
        snprintf(c->denied, sizeof c->denied, "the statement would change the database");
        return SQLITE_DENY;
    }
}

static int sqlite_progress(void *ud)
{
    struct sqlite_conn *c = ud;
    return c->deadline_ms > 0 && clock_ms() > c->deadline_ms;
}

static int sqlite_open(const char *dsn, void **impl, struct err *e)
{
    const char *path = dsn_path(dsn);
    struct stat st;
    if (stat(path, &st) != 0)
        return err_set(e, ERR_NOTFOUND, "cannot open database %s: %s", path, strerror(errno));
    if (!S_ISREG(st.st_mode))
        return err_set(e, ERR_USAGE, "cannot open database %s: not a regular file", path);
    /* SQLite reads an empty file as a database with no tables: every question would then end
     * as "could not answer", when the real mistake is the path. */
    if (st.st_size == 0)
        return err_set(e, ERR_USAGE, "cannot open database %s: the file is empty, not a SQLite "
                       "database", path);

    struct sqlite_conn *c = calloc(1, sizeof *c);
    if (!c)
        return err_set(e, ERR_NOMEM, "out of memory");
    c->path = strdup(path);
    if (!c->path) {
        free(c);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    /* No SQLITE_OPEN_URI: a path like "file:x?mode=rw" must stay a plain file name. */
    int rc = sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        err_set(e, ERR_DB, "cannot open database %s: %s", path,
                c->db ? sqlite3_errmsg(c->db) : sqlite3_errstr(rc));
        goto fail;
    }
    sqlite3_db_config(c->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
    sqlite3_db_config(c->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_db_config(c->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
    /* Bounds on what one statement may build, whatever its SQL (docs/security.md). */
    sqlite3_limit(c->db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(c->db, SQLITE_LIMIT_LENGTH, LIMIT_VALUE_BYTES);
    sqlite3_limit(c->db, SQLITE_LIMIT_SQL_LENGTH, LIMIT_SQL_BYTES);
    sqlite3_limit(c->db, SQLITE_LIMIT_COLUMN, LIMIT_SQL_COLUMNS);
    sqlite3_limit(c->db, SQLITE_LIMIT_EXPR_DEPTH, LIMIT_SQL_EXPR_DEPTH);
    sqlite3_limit(c->db, SQLITE_LIMIT_FUNCTION_ARG, LIMIT_SQL_FUNCTION_ARGS);
    sqlite3_limit(c->db, SQLITE_LIMIT_COMPOUND_SELECT, LIMIT_SQL_COMPOUND);
    if (sqlite_printf_register(c->db) != SQLITE_OK) {
        err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    sqlite3_extended_result_codes(c->db, 1);
    sqlite3_set_authorizer(c->db, sqlite_authorize, c);
    sqlite3_progress_handler(c->db, 1000, sqlite_progress, c);

    /* Fail now, with a clear message, when the file is not a database. The pragma reads the
     * header only: SQLite parses the tables' definitions when a query first needs them, which a
     * command served by a schema snapshot may never do (876 tables: ~8 ms). */
    sqlite3_stmt *probe = NULL;
    rc = sqlite3_prepare_v2(c->db, "PRAGMA schema_version", -1, &probe, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(probe);
    sqlite3_finalize(probe);
    if (rc != SQLITE_ROW) {
        err_set(e, ERR_DB, "cannot read database %s: %s", path, sqlite3_errmsg(c->db));
        goto fail;
    }
    *impl = c;
    return 0;
fail:
    sqlite3_close(c->db);
    free(c->path);
    free(c);
    return e ? e->code : ERR_DB;
}

static void kept_drop(struct kept_stmt *k)
{
    sqlite3_finalize(k->st);
    free(k->sql);
    memset(k, 0, sizeof *k);
}

static void sqlite_close(void *impl)
{
    struct sqlite_conn *c = impl;
    if (!c)
        return;
    for (size_t i = 0; i < SQLITE_KEPT_STMTS; i++)
        kept_drop(&c->kept[i]);
    sqlite3_close(c->db);
    free(c->path);
    free(c);
}

/* How SQLite's messages map to error classes; `ident` marks messages ending in ": NAME". */
static const struct {
    const char *pattern;
    enum db_errclass cls;
    int ident;
} sqlite_errors[] = {
    {"no such column: ", DBE_UNKNOWN_COLUMN, 1},
    {"no such table: ", DBE_UNKNOWN_TABLE, 1},
    {"ambiguous column name: ", DBE_AMBIGUOUS_COLUMN, 1},
    {"no such function: ", DBE_FUNCTION, 1},
    {"wrong number of arguments to function ", DBE_FUNCTION, 1},
    {"misuse of aggregate", DBE_AGGREGATE, 0},
    {"aggregate functions are not allowed in the GROUP BY", DBE_GROUP_BY, 0},
    {"GROUP BY term out of range", DBE_GROUP_BY, 0},
    {"a GROUP BY clause is required", DBE_GROUP_BY, 0},
    {"syntax error", DBE_SYNTAX, 0},
    {"unrecognized token", DBE_SYNTAX, 0},
    {"incomplete input", DBE_SYNTAX, 0},
    {"datatype mismatch", DBE_TYPE, 0},
    {"interrupted", DBE_TIMEOUT, 0},
    {"not authorized", DBE_UNSAFE, 0},
    {"attempt to write a readonly database", DBE_UNSAFE, 0},
    {"too many attached databases", DBE_UNSAFE, 0},
};

/* The dialect's classify: SQLite reports by message (its codes are too coarse: SQLITE_ERROR for
 * nearly everything). "no such column: x" names the offending identifier after the colon. */
static void sqlite_classify_message(struct db_error *de, const char *code, const char *msg)
{
    enum db_errclass cls = DBE_OTHER;
    const char *ident = NULL;
    msg = msg ? msg : "";
    for (size_t i = 0; i < sizeof sqlite_errors / sizeof sqlite_errors[0]; i++) {
        const char *hit = strstr(msg, sqlite_errors[i].pattern);
        if (!hit)
            continue;
        cls = sqlite_errors[i].cls;
        if (sqlite_errors[i].ident)
            ident = hit + strlen(sqlite_errors[i].pattern);
        break;
    }
    db_error_set(de, cls, "%s", msg);
    if (ident && de) {
        /* "wrong number of arguments to function foo()" -> foo */
        size_t n = strcspn(ident, "()");
        if (n >= sizeof de->ident)
            n = sizeof de->ident - 1;
        memcpy(de->ident, ident, n);
        de->ident[n] = '\0';
    }
}

static void sqlite_classify(struct sqlite_conn *c, const char *sql, struct db_error *de)
{
    sqlite_classify_message(de, NULL, sqlite3_errmsg(c->db));
    if (de && de->cls == DBE_UNSAFE && c->denied[0])
        db_error_set(de, DBE_UNSAFE, "refused: %s", c->denied);
    else if (de && de->cls == DBE_TIMEOUT)
        db_error_set(de, DBE_TIMEOUT, "the query exceeded its time limit and was stopped");
    if (de) {
        int off = sqlite3_error_offset(c->db);
        de->pos = (off >= 0 && (size_t)off < strlen(sql)) ? off : -1;
    }
}

/* Skips blanks, semicolons and comments; returns the first byte of real SQL or the end. */
static const char *skip_blank(const char *p)
{
    const char *end = p + strlen(p);
    for (;;) {
        p = sqllex_skip_blank(p, end);
        if (p == end || *p != ';')
            return p;
        p++;
    }
}

/* Statements that may start a read. */
static const char *const read_starts[] = {"select", "with", "values", "pragma", NULL};

static int starts_with_read(const char *sql)
{
    const char *p = skip_blank(sql);
    if (*p == '(')
        return 1;
    size_t n = 0;
    while (isalpha((unsigned char)p[n]))
        n++;
    for (size_t i = 0; read_starts[i]; i++)
        if (n == strlen(read_starts[i]) && strncasecmp(p, read_starts[i], n) == 0)
            return 1;
    return 0;
}

/* Prepares one untrusted statement through the gate. On success *out is a prepared read-only
 * statement; on failure de says why and the return is ERR_UNSAFE or ERR_DB. */
/* The first use of a pragma table-valued function on a connection registers it, and SQLite asks
 * the authorizer about that as if the schema were written: under the gate the query would be
 * refused the first time and allowed once introspection had used the function, so the verdict
 * hung on whether a schema snapshot was found. The allowed ones are registered here, gate off,
 * before a query that names one is judged: the same verdict on every connection. */
static void sqlite_warm_pragmas(struct sqlite_conn *c, const char *sql)
{
    if (!strcasestr(sql, "pragma_"))
        return;
    for (size_t i = 0; readonly_pragmas[i]; i++) {
        char q[96];
        sqlite3_stmt *st = NULL;
        snprintf(q, sizeof q, "SELECT 1 FROM pragma_%s('')", readonly_pragmas[i]);
        sqlite3_prepare_v2(c->db, q, -1, &st, NULL);
        sqlite3_finalize(st);
    }
}

/* CAST(x AS DATE), AS TIMESTAMP, AS DATETIME or AS TIME: SQLite gives such a type NUMERIC
 * affinity, so '2024-03-05' becomes 2024, silently. Another dialect's cast, named as an error
 * (the fixer writes date(x) for it) rather than run. The type's name, or NULL. */
static const char *date_cast(const char *sql)
{
    static const char *const types[] = {"date", "timestamp", "datetime", "time", "timestamptz",
                                        NULL};
    const char *end = sql + strlen(sql), *p = sql;
    enum sqllex_kind k;
    size_t len;
    int depth = 0, cast_depth[16], n_cast = 0, after_as = 0;
    for (const char *t = sqllex_next(p, end, &k, &len); t < end;
         p = t + len, t = sqllex_next(p, end, &k, &len)) {
        if (k == SQLLEX_WORD && len == 4 && strncasecmp(t, "cast", 4) == 0) {
            if (n_cast < 16)
                cast_depth[n_cast++] = depth + 1;
        } else if (k == SQLLEX_PUNCT && *t == '(') {
            depth++;
        } else if (k == SQLLEX_PUNCT && *t == ')') {
            if (n_cast && cast_depth[n_cast - 1] == depth)
                n_cast--;
            depth--;
        } else if (k == SQLLEX_WORD && len == 2 && strncasecmp(t, "as", 2) == 0) {
            after_as = n_cast && cast_depth[n_cast - 1] == depth;
            continue;
        } else if (after_as && k == SQLLEX_WORD) {
            for (size_t i = 0; types[i]; i++)
                if (strlen(types[i]) == len && strncasecmp(t, types[i], len) == 0)
                    return types[i];
        }
        after_as = 0;
    }
    return NULL;
}

static int sqlite_prepare_untrusted(struct sqlite_conn *c, const char *sql, sqlite3_stmt **out,
                                    unsigned flags, struct db_error *de)
{
    *out = NULL;
    if (!sql || !*skip_blank(sql)) {
        db_error_set(de, DBE_SYNTAX, "empty query");
        return ERR_DB;
    }
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    sqlite_warm_pragmas(c, sql);
    c->gate_on = 1;
    c->denied[0] = '\0';
    int rc = sqlite3_prepare_v3(c->db, sql, -1, flags, &st, &tail);
    c->gate_on = 0;
    if (rc != SQLITE_OK) {
        sqlite_classify(c, sql, de);
        sqlite3_finalize(st);
        return de && de->cls == DBE_UNSAFE ? ERR_UNSAFE : ERR_DB;
    }
    if (!st) {
        db_error_set(de, DBE_SYNTAX, "empty query");
        return ERR_DB;
    }
    if (tail && *skip_blank(tail)) {
        sqlite3_finalize(st);
        db_error_set(de, DBE_UNSAFE, "refused: more than one statement (only one query may run)");
        return ERR_UNSAFE;
    }
    if (!sqlite3_stmt_readonly(st) || !starts_with_read(sql)) {
        sqlite3_finalize(st);
        db_error_set(de, DBE_UNSAFE, "refused: the statement would change the database");
        return ERR_UNSAFE;
    }
    const char *dc = date_cast(sql);
    if (dc) {
        sqlite3_finalize(st);
        db_error_set(de, DBE_FUNCTION,
                     "CAST(... AS %s) is a number in SQLite (the text's leading digits, a "
                     "year); use date() or datetime()",
                     dc);
        return ERR_DB;
    }
    *out = st;
    return 0;
}

static int sqlite_check(void *impl, const char *sql, struct db_error *de)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite_prepare_untrusted(impl, sql, &st, 0, de);
    sqlite3_finalize(st);
    return rc;
}

/* The statement for sql: a kept one when this text passed the gate on this connection before
 * (*slot its index, marked busy), else a new one through the gate (*slot -1). */
static int stmt_take(struct sqlite_conn *c, const char *sql, sqlite3_stmt **st, int *slot,
                     struct db_error *de)
{
    *slot = -1;
    for (int i = 0; i < SQLITE_KEPT_STMTS; i++) {
        struct kept_stmt *k = &c->kept[i];
        if (k->used && !k->busy && strcmp(k->sql, sql) == 0 && sqlite3_stmt_readonly(k->st)) {
            k->busy = 1;
            *st = k->st;
            *slot = i;
            return 0;
        }
    }
    return sqlite_prepare_untrusted(c, sql, st, SQLITE_PREPARE_PERSISTENT, de);
}

/* Gives st back after a run: kept (reset, bindings cleared) when it ran without error, in its
 * slot or in place of the least recently used one; finalized otherwise. */
static void stmt_give_back(struct sqlite_conn *c, const char *sql, sqlite3_stmt *st, int slot,
                           int ok)
{
    if (!st)
        return;
    if (!ok || (slot < 0 && strlen(sql) > SQLITE_KEPT_SQL_BYTES)) {
        if (slot >= 0)
            kept_drop(&c->kept[slot]);
        else
            sqlite3_finalize(st);
        return;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (slot < 0) {
        for (int i = 0; i < SQLITE_KEPT_STMTS; i++)
            if (!c->kept[i].busy && (slot < 0 || c->kept[i].used < c->kept[slot].used))
                slot = i;
        char *copy = slot >= 0 ? strdup(sql) : NULL;
        if (!copy) { /* every slot busy, or no memory: not kept */
            sqlite3_finalize(st);
            return;
        }
        kept_drop(&c->kept[slot]);
        c->kept[slot].sql = copy;
        c->kept[slot].st = st;
    }
    c->kept[slot].busy = 0;
    c->kept[slot].used = ++c->uses;
}

static int cell_fill(sqlite3_stmt *st, int col, struct db_cell *cell, size_t *bytes)
{
    char num[64];
    const char *txt = NULL;
    size_t len = 0;
    cell->s = NULL;
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL:
        cell->type = DB_NULL;
        return 0;
    case SQLITE_INTEGER:
        cell->type = DB_INT;
        cell->i = sqlite3_column_int64(st, col);
        cell->d = (double)cell->i;
        len = (size_t)snprintf(num, sizeof num, "%lld", cell->i);
        txt = num;
        break;
    case SQLITE_FLOAT:
        cell->type = DB_REAL;
        cell->d = sqlite3_column_double(st, col);
        len = (size_t)snprintf(num, sizeof num, "%.15g", cell->d);
        txt = num;
        break;
    case SQLITE_BLOB:
        cell->type = DB_BLOB;
        len = (size_t)snprintf(num, sizeof num, "<%d bytes>", sqlite3_column_bytes(st, col));
        txt = num;
        break;
    default:
        cell->type = DB_TEXT;
        txt = (const char *)sqlite3_column_text(st, col);
        len = (size_t)sqlite3_column_bytes(st, col);
        if (!txt)
            return ERR_NOMEM;
        break;
    }
    cell->s = malloc(len + 1);
    if (!cell->s)
        return ERR_NOMEM;
    memcpy(cell->s, txt, len);
    cell->s[len] = '\0';
    *bytes += len + sizeof *cell;
    return 0;
}

static void interrupt_db(void *db)
{
    sqlite3_interrupt(db);
}

/* Fetch stopped by the byte cap in the middle of row `row`: the partial row goes. */
static void drop_partial_row(struct db_result *out, size_t ncol)
{
    struct db_cell *row = &out->cells[(out->n_rows - 1) * ncol];
    for (size_t i = 0; i < ncol; i++) {
        free(row[i].s);
        row[i].s = NULL;
    }
    out->n_rows--;
    out->truncated = 1;
}

static int sqlite_exec(void *impl, const char *sql, const struct db_limits *lim,
                       struct db_result *out, struct db_error *de)
{
    struct sqlite_conn *c = impl;
    sqlite3_stmt *st = NULL;
    double t0 = clock_ms();
    long row_cap = lim && lim->row_cap > 0 ? lim->row_cap : LIMIT_ROW_CAP;
    long timeout_ms = lim && lim->timeout_ms > 0 ? lim->timeout_ms : LIMIT_QUERY_TIMEOUT_MS;
    size_t cap_rows = 0, bytes = 0;
    unsigned long watch = 0;
    int slot = -1;
    int rc = stmt_take(c, sql, &st, &slot, de);
    if (rc)
        return rc;

    int ncol = sqlite3_column_count(st);
    out->n_cols = (size_t)ncol;
    out->cols = calloc(ncol ? (size_t)ncol : 1, sizeof *out->cols);
    if (!out->cols)
        goto nomem;
    for (int i = 0; i < ncol; i++) {
        const char *name = sqlite3_column_name(st, i);
        out->cols[i] = strdup(name ? name : "?");
        if (!out->cols[i])
            goto nomem;
    }

    c->deadline_ms = t0 + (double)timeout_ms;
    /* The progress handler stops the statement between steps; the watchdog, from another
     * thread, also stops work inside one step. */
    watch = db_watchdog_arm(c->deadline_ms, interrupt_db, c->db);
    c->gate_on = 1; /* a re-preparation inside sqlite3_step is judged like the first */
    c->denied[0] = '\0';
    for (;;) {
        int step = sqlite3_step(st);
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            sqlite_classify(c, sql, de);
            rc = de && de->cls == DBE_UNSAFE ? ERR_UNSAFE : (de && de->cls == DBE_TIMEOUT ? ERR_TIMEOUT : ERR_DB);
            goto out;
        }
        if ((long)out->n_rows >= row_cap || bytes > LIMIT_RESULT_BYTES) {
            out->truncated = 1;
            break;
        }
        if (out->n_rows == cap_rows) {
            size_t ncap = cap_rows ? cap_rows * 2 : 64;
            struct db_cell *cells = realloc(out->cells, ncap * (ncol ? (size_t)ncol : 1) * sizeof *cells);
            if (!cells)
                goto nomem;
            out->cells = cells;
            cap_rows = ncap;
        }
        struct db_cell *row = &out->cells[out->n_rows * (size_t)ncol];
        for (int i = 0; i < ncol; i++)
            row[i].s = NULL;
        out->n_rows++;
        for (int i = 0; i < ncol; i++) {
            if (cell_fill(st, i, &row[i], &bytes))
                goto nomem;
            /* Counted per cell: one row of wide values cannot pass the cap. */
            if (bytes > LIMIT_RESULT_BYTES) {
                drop_partial_row(out, (size_t)ncol);
                break;
            }
        }
        if (out->truncated)
            break;
    }
    rc = 0;
    goto out;
nomem:
    db_error_set(de, DBE_TOO_MANY_ROWS, "out of memory while fetching the result");
    rc = ERR_NOMEM;
out:
    c->gate_on = 0;
    db_watchdog_disarm(watch);
    c->deadline_ms = 0;
    stmt_give_back(c, sql, st, slot, rc == 0);
    out->ms = clock_ms() - t0;
    if (rc)
        db_result_free(out);
    return rc;
}

/* ---- introspection (trusted SQL written here; the gate is off) ---- */

static char *col_text_dup(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return strdup(t ? (const char *)t : "");
}

static enum schema_type type_from_decl(const char *decl)
{
    /* SQLite's affinity rules, plus DATE/TIME which the product treats as dates. */
    if (strcasestr(decl, "DATE") || strcasestr(decl, "TIME"))
        return SCHEMA_TYPE_DATE;
    if (strcasestr(decl, "INT"))
        return SCHEMA_TYPE_INTEGER;
    if (strcasestr(decl, "CHAR") || strcasestr(decl, "CLOB") || strcasestr(decl, "TEXT"))
        return SCHEMA_TYPE_TEXT;
    if (strcasestr(decl, "REAL") || strcasestr(decl, "FLOA") || strcasestr(decl, "DOUB") ||
        strcasestr(decl, "NUM") || strcasestr(decl, "DEC"))
        return SCHEMA_TYPE_REAL;
    if (!*decl)
        return SCHEMA_TYPE_OTHER;
    return SCHEMA_TYPE_OTHER;
}

static int looks_like_date(const char *s)
{
    /* YYYY-MM-DD, optionally followed by a time. */
    for (int i = 0; i < 10; i++) {
        char ch = s[i];
        if (i == 4 || i == 7) {
            if (ch != '-')
                return 0;
        } else if (ch < '0' || ch > '9') {
            return 0;
        }
    }
    return s[10] == '\0' || s[10] == ' ' || s[10] == 'T';
}

static int prep(struct sqlite_conn *c, struct buf *sql, sqlite3_stmt **st, struct err *e)
{
    if (sql->failed)
        return err_set(e, ERR_NOMEM, "out of memory");
    if (sqlite3_prepare_v2(c->db, buf_cstr(sql), -1, st, NULL) != SQLITE_OK)
        return err_set(e, ERR_DB, "introspection failed: %s", sqlite3_errmsg(c->db));
    return 0;
}

static int load_columns(struct sqlite_conn *c, struct schema_table *t, struct err *e)
{
    struct buf sql = BUF_INIT;
    sqlite3_stmt *st = NULL;
    size_t cap = 0;
    int rc;
    buf_puts(&sql, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(");
    buf_put_sql_string(&sql, t->name);
    buf_puts(&sql, ")");
    if ((rc = prep(c, &sql, &st, e)))
        goto out;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (grow(&t->cols, &cap, t->n_cols, sizeof *t->cols, 8)) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        struct schema_column *col = &t->cols[t->n_cols];
        memset(col, 0, sizeof *col);
        t->n_cols++;
        col->name = col_text_dup(st, 0);
        col->decl_type = col_text_dup(st, 1);
        if (!col->name || !col->decl_type) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        col->type = type_from_decl(col->decl_type);
        col->notnull = sqlite3_column_int(st, 2);
        col->pk = sqlite3_column_int(st, 3);
        col->n_distinct = -1;
    }
    sqlite3_finalize(st);
    st = NULL;

    buf_reset(&sql);
    buf_puts(&sql, "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(");
    buf_put_sql_string(&sql, t->name);
    buf_puts(&sql, ")");
    if ((rc = prep(c, &sql, &st, e)))
        goto out;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *from = (const char *)sqlite3_column_text(st, 0);
        int ci = from ? schema_find_column(t, from) : -1;
        if (ci < 0 || t->cols[ci].fk_table)
            continue;
        t->cols[ci].fk_table = col_text_dup(st, 1);
        /* "to" is NULL when the FK names only the table: it then means the primary key. */
        t->cols[ci].fk_column = sqlite3_column_type(st, 2) == SQLITE_NULL ? NULL : col_text_dup(st, 2);
        if (!t->cols[ci].fk_table) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    rc = 0;
out:
    sqlite3_finalize(st);
    buf_free(&sql);
    return rc;
}

/* Samples, distinct counts and the value index for one text column. */
static int load_values(struct sqlite_conn *c, struct schema *s, size_t ti, size_t ci,
                       size_t *values_cap, struct err *e)
{
    struct schema_table *t = &s->tables[ti];
    struct schema_column *col = &t->cols[ci];
    struct buf sql = BUF_INIT;
    sqlite3_stmt *st = NULL;
    int rc;
    int index = col->type == SCHEMA_TYPE_TEXT || col->type == SCHEMA_TYPE_OTHER ||
                col->type == SCHEMA_TYPE_DATE;
    long limit = index ? LIMIT_VALUE_INDEX_PER_COLUMN + 1 : LIMIT_SCHEMA_SAMPLES;

    buf_puts(&sql, "SELECT DISTINCT ");
    buf_put_sql_ident(&sql, col->name);
    buf_puts(&sql, " FROM ");
    buf_put_sql_ident(&sql, t->name);
    buf_puts(&sql, " WHERE ");
    buf_put_sql_ident(&sql, col->name);
    buf_printf(&sql, " IS NOT NULL AND typeof(");
    buf_put_sql_ident(&sql, col->name);
    buf_printf(&sql, ") <> 'blob' LIMIT %ld", limit);
    if ((rc = prep(c, &sql, &st, e)))
        goto out;

    size_t first_value = s->n_values;
    long n = 0;
    int text_values = 0, date_values = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        if (!v)
            continue;
        n++;
        if (sqlite3_column_type(st, 0) == SQLITE_TEXT) {
            text_values++;
            date_values += looks_like_date(v);
        }
        if (col->n_samples < LIMIT_SCHEMA_SAMPLES) {
            if (!col->samples && !(col->samples = calloc(LIMIT_SCHEMA_SAMPLES, sizeof(char *)))) {
                rc = err_set(e, ERR_NOMEM, "out of memory");
                goto out;
            }
            if (!(col->samples[col->n_samples] = strdup(v))) {
                rc = err_set(e, ERR_NOMEM, "out of memory");
                goto out;
            }
            col->n_samples++;
        }
        if (!index || sqlite3_column_type(st, 0) != SQLITE_TEXT || strlen(v) > 120 ||
            looks_like_date(v))
            continue;
        if (s->n_values == *values_cap) {
            size_t ncap = *values_cap ? *values_cap * 2 : 1024;
            struct schema_value *vals = realloc(s->values, ncap * sizeof *vals);
            if (!vals) {
                rc = err_set(e, ERR_NOMEM, "out of memory");
                goto out;
            }
            s->values = vals;
            *values_cap = ncap;
        }
        struct schema_value *sv = &s->values[s->n_values];
        if (!(sv->value = strdup(v))) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        sv->table = (uint32_t)ti;
        sv->column = (uint32_t)ci;
        s->n_values++;
    }
    if (index && n > LIMIT_VALUE_INDEX_PER_COLUMN) {
        /* Too many distinct values (ids, emails, free text): not useful for linking. */
        for (size_t i = first_value; i < s->n_values; i++)
            free(s->values[i].value);
        s->n_values = first_value;
    } else if (index) {
        col->n_distinct = n;
    }
    if (col->type != SCHEMA_TYPE_DATE && text_values > 0 && date_values == text_values &&
        (col->type == SCHEMA_TYPE_TEXT || col->type == SCHEMA_TYPE_OTHER))
        col->type = SCHEMA_TYPE_DATE;
    rc = 0;
out:
    sqlite3_finalize(st);
    buf_free(&sql);
    return rc;
}

static int sqlite_introspect(void *impl, struct schema *s, struct err *e)
{
    struct sqlite_conn *c = impl;
    sqlite3_stmt *st = NULL;
    size_t cap = 0, values_cap = 0;
    int rc;
    memset(s, 0, sizeof *s);
    if (!(s->dialect = strdup(db_sqlite_dialect.name)))
        return err_set(e, ERR_NOMEM, "out of memory");

    if (sqlite3_prepare_v2(c->db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = err_set(e, ERR_DB, "cannot list tables: %s", sqlite3_errmsg(c->db));
        goto out;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (grow(&s->tables, &cap, s->n_tables, sizeof *s->tables, 16)) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        struct schema_table *t = &s->tables[s->n_tables];
        memset(t, 0, sizeof *t);
        s->n_tables++;
        t->row_count = -1;
        if (!(t->name = col_text_dup(st, 0))) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    sqlite3_finalize(st);
    st = NULL;

    for (size_t ti = 0; ti < s->n_tables; ti++) {
        struct schema_table *t = &s->tables[ti];
        if ((rc = load_columns(c, t, e)))
            goto out;
        struct buf sql = BUF_INIT;
        buf_puts(&sql, "SELECT count(*) FROM ");
        buf_put_sql_ident(&sql, t->name);
        rc = prep(c, &sql, &st, e);
        buf_free(&sql);
        if (rc)
            goto out;
        if (sqlite3_step(st) == SQLITE_ROW)
            t->row_count = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        st = NULL;
        for (size_t ci = 0; ci < t->n_cols; ci++)
            if ((rc = load_values(c, s, ti, ci, &values_cap, e)))
                goto out;
    }
    /* Resolve FKs that name only the table to that table's primary key. */
    for (size_t ti = 0; ti < s->n_tables; ti++) {
        struct schema_table *t = &s->tables[ti];
        for (size_t ci = 0; ci < t->n_cols; ci++) {
            struct schema_column *col = &t->cols[ci];
            if (!col->fk_table || col->fk_column)
                continue;
            int target = schema_find_table(s, col->fk_table);
            const char *pk = "rowid";
            if (target >= 0)
                for (size_t k = 0; k < s->tables[target].n_cols; k++)
                    if (s->tables[target].cols[k].pk == 1)
                        pk = s->tables[target].cols[k].name;
            if (!(col->fk_column = strdup(pk))) {
                rc = err_set(e, ERR_NOMEM, "out of memory");
                goto out;
            }
        }
    }
    schema_sort_values(s);
    schema_rehash(s);
    rc = 0;
out:
    sqlite3_finalize(st);
    if (rc)
        schema_free(s);
    return rc;
}

static const char *const sqlite_aliases[] = {"sqlite3", NULL};

const struct db_dialect db_sqlite_dialect = {
    .name = "sqlite", .aliases = sqlite_aliases, .title = "SQLite",
    .quote = '"', .folds_to_lower = 0,
    .year = "strftime('%Y', $1)", .year_is_text = 1,
    .year_month = "strftime('%Y-%m', $1)", .day = "date($1)", .month = "CAST(strftime('%m', $1) AS INTEGER)",
    .quarter = "((CAST(strftime('%m', $1) AS INTEGER) + 2) / 3)",
    .year_quarter = "(strftime('%Y', $1) || '-Q' || ((CAST(strftime('%m', $1) AS INTEGER) + 2) / 3))",
    .weekday = "CAST(strftime('%w', $1) AS INTEGER)",
    .days_between = "CAST(julianday(date($2)) - julianday(date($1)) AS INTEGER)",
    .hours_between = "((julianday($2) - julianday($1)) * 24.0)",
    .week_start = "date($1, '-6 days', 'weekday 1')",
    .trunc_month = "date($1, 'start of month')", .trunc_year = "date($1, 'start of year')",
    .month_text = "strftime('%m', $1)", .minus_days = "date($1, '-$2 day')",
    /* SQLite rolls 2024-09-31 over to 2024-10-01: the day is added back and capped at the end
     * of the target month, as PostgreSQL and MariaDB do */
    .minus_months = "MIN(date($1, 'start of month', '-$2 month', '+' || (CAST(strftime('%d', $1)"
                    " AS INTEGER) - 1) || ' day'), date($1, 'start of month', '-$2 month',"
                    " '+1 month', '-1 day'))",
    .from_yyyymmdd = "(substr($1, 1, 4) || '-' || substr($1, 5, 2) || '-' || substr($1, 7, 2))",
    .from_epoch = "datetime($1, 'unixepoch')", .from_epoch_ms = "datetime($1 / 1000, 'unixepoch')",
    .from_dmy = "(substr($1, 7, 4) || '-' || substr($1, 4, 2) || '-' || substr($1, 1, 2))",
    .from_mdy = "(substr($1, 7, 4) || '-' || substr($1, 1, 2) || '-' || substr($1, 4, 2))",
    .cast_real = "CAST($1 AS REAL)",
    .cast_int = "CAST($1 AS INTEGER)", .cast_text = "CAST($1 AS TEXT)",
    .like_nocase = "$1 LIKE $2", /* LIKE ignores ASCII case in SQLite */
    .has_digit = "$1 GLOB '*[0-9]*'",
    .lower = "LOWER($1)", .limit = "LIMIT $1",
    .true_lit = "1", .false_lit = "0",
    .type_int = "INTEGER", .type_real = "REAL", .type_text = "TEXT", .type_date = "DATE",
    .analyze = "ANALYZE $1",
    .classify = sqlite_classify_message,
};

/* ---- snapshot fingerprint (docs/schema.md, "Snapshots") ----
 * Cheap (two stats, one 100-byte read, one pragma) and different after any committed change:
 * the file's real path, device and inode (another file), its size and mtime in ns (writes in
 * rollback-journal mode), the header's file change counter (bumped by every such commit, even
 * two within one mtime tick), PRAGMA schema_version (DDL), and the -wal file's size and mtime
 * (commits in WAL mode that are not checkpointed into the main file yet). */

static uint64_t mix_stat(uint64_t h, const struct stat *st)
{
    const long long f[] = {(long long)st->st_dev, (long long)st->st_ino, (long long)st->st_size,
                           (long long)st->st_mtim.tv_sec, (long long)st->st_mtim.tv_nsec};
    return schema_key_mix(h, f, sizeof f);
}

static int sqlite_fingerprint(void *impl, struct buf *identity, uint64_t *key)
{
    struct sqlite_conn *c = impl;
    char real[PATH_MAX], wal[PATH_MAX + 8];
    unsigned char header[100] = {0};
    struct stat st;
    sqlite3_stmt *q = NULL;
    int version = -1;
    if (!realpath(c->path, real) || stat(real, &st) != 0)
        return ERR_NOTFOUND;
    FILE *f = fopen(real, "rb");
    if (!f)
        return ERR_IO;
    size_t got = fread(header, 1, sizeof header, f);
    fclose(f);
    if (got != sizeof header)
        return ERR_IO;
    if (sqlite3_prepare_v2(c->db, "PRAGMA schema_version", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        version = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    if (version < 0)
        return ERR_DB;
    uint64_t h = schema_key_mix(0, real, strlen(real));
    h = mix_stat(h, &st);
    h = schema_key_mix(h, header + 24, 4); /* file change counter */
    h = schema_key_mix(h, &version, sizeof version);
    snprintf(wal, sizeof wal, "%s-wal", real);
    if (stat(wal, &st) == 0)
        h = mix_stat(h, &st);
    *key = h;
    buf_puts(identity, "sqlite:");
    buf_puts(identity, real);
    return identity->failed ? ERR_NOMEM : 0;
}

const struct db_driver db_sqlite_driver = {
    .name = "sqlite",
    .dialect = &db_sqlite_dialect,
    .accepts = sqlite_accepts,
    .open = sqlite_open,
    .close = sqlite_close,
    .introspect = sqlite_introspect,
    .fingerprint = sqlite_fingerprint,
    .check = sqlite_check,
    .exec = sqlite_exec,
};
