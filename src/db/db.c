/* Driver dispatch: picks the driver for a DSN and routes every call through it, so the rest of
 * genbi never names a particular database. */
#include "db/db.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

static const struct db_driver *const drivers[] = {
    &db_sqlite_driver,
};

static const char *const errclass_names[DBE__COUNT] = {
    [DBE_NONE] = "none",
    [DBE_UNKNOWN_COLUMN] = "unknown_column",
    [DBE_UNKNOWN_TABLE] = "unknown_table",
    [DBE_AMBIGUOUS_COLUMN] = "ambiguous_column",
    [DBE_SYNTAX] = "syntax",
    [DBE_FUNCTION] = "wrong_function",
    [DBE_TYPE] = "type_mismatch",
    [DBE_AGGREGATE] = "aggregate_misuse",
    [DBE_GROUP_BY] = "group_by",
    [DBE_DIVZERO] = "division_by_zero",
    [DBE_TIMEOUT] = "timeout",
    [DBE_TOO_MANY_ROWS] = "too_many_rows",
    [DBE_UNSAFE] = "unsafe",
    [DBE_OTHER] = "other",
};

const char *db_errclass_name(enum db_errclass c)
{
    if ((int)c < 0 || c >= DBE__COUNT)
        return "other";
    return errclass_names[c];
}

const struct db_dialect *db_dialect_of(const struct db *db)
{
    return db && db->drv->dialect ? db->drv->dialect : &db_sqlite_dialect;
}

void db_error_set(struct db_error *de, enum db_errclass cls, const char *fmt, ...)
{
    if (!de)
        return;
    va_list ap;
    de->cls = cls;
    de->ident[0] = '\0';
    de->pos = -1;
    va_start(ap, fmt);
    vsnprintf(de->msg, sizeof de->msg, fmt, ap);
    va_end(ap);
}

void db_result_free(struct db_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_cols; i++)
        free(r->cols[i]);
    free(r->cols);
    for (size_t i = 0; i < r->n_rows * r->n_cols; i++)
        free(r->cells[i].s);
    free(r->cells);
    memset(r, 0, sizeof *r);
}

int db_open(const char *dsn, struct db **out, struct err *e)
{
    *out = NULL;
    if (!dsn || !*dsn)
        return err_set(e, ERR_USAGE, "no database given");
    for (size_t i = 0; i < sizeof drivers / sizeof drivers[0]; i++) {
        const struct db_driver *drv = drivers[i];
        if (!drv->accepts(dsn))
            continue;
        struct db *db = calloc(1, sizeof *db);
        if (!db)
            return err_set(e, ERR_NOMEM, "out of memory");
        db->drv = drv;
        db->dsn = strdup(dsn);
        if (!db->dsn) {
            free(db);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        int rc = drv->open(dsn, &db->impl, e);
        if (rc) {
            free(db->dsn);
            free(db);
            return rc;
        }
        *out = db;
        return 0;
    }
    return err_set(e, ERR_USAGE,
                   "unsupported database '%s' (use a SQLite file path or sqlite:PATH)", dsn);
}

void db_close(struct db *db)
{
    if (!db)
        return;
    db->drv->close(db->impl);
    free(db->dsn);
    free(db);
}

int db_introspect(struct db *db, struct schema *out, struct err *e)
{
    return db->drv->introspect(db->impl, out, e);
}

int db_check(struct db *db, const char *sql, struct db_error *de)
{
    return db->drv->check(db->impl, sql, de);
}

int db_exec(struct db *db, const char *sql, const struct db_limits *lim, struct db_result *out,
            struct db_error *de)
{
    memset(out, 0, sizeof *out);
    return db->drv->exec(db->impl, sql, lim, out, de);
}
