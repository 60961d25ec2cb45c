/* Driver dispatch: picks the driver for a DSN and routes every call through it, so the rest of
 * genbi never names a particular database. */
#include "db/db.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/dialect.h"
#include "util/clock.h"
#include "util/module.h"

#include "util/banned.h"

/* Defined in a program only when it is linked with the drivers' code (the unit tests and fuzz
 * targets); genbi loads them from their modules. */
extern const struct db_driver db_postgres_driver __attribute__((weak));
extern const struct db_driver db_mysql_driver __attribute__((weak));

static struct module pg_module = {
    .name = "postgres",
    .symbol = "db_postgres_driver",
    .what = "the PostgreSQL driver (postgresql:// DSNs)",
    .package = "libpq5",
    .builtin = &db_postgres_driver,
};
static struct module my_module = {
    .name = "mysql",
    .symbol = "db_mysql_driver",
    .what = "the MySQL/MariaDB driver (mysql:// and mariadb:// DSNs)",
    .package = "libmariadb3",
    .builtin = &db_mysql_driver,
};

/* Built-in drivers by their own accepts(); module drivers by a test that needs no module. */
static const struct {
    const struct db_driver *drv;
    int (*accepts)(const char *dsn);
    struct module *mod;
} drivers[] = {
    {&db_sqlite_driver, NULL, NULL},
    {NULL, db_postgres_accepts, &pg_module},
    {NULL, db_mysql_accepts, &my_module},
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
    [DBE_TOO_COSTLY] = "too_costly",
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

int db_driver_for(const char *dsn, const struct db_driver **out, struct err *e)
{
    *out = NULL;
    for (size_t i = 0; dsn && i < sizeof drivers / sizeof drivers[0]; i++) {
        if (drivers[i].drv ? drivers[i].drv->accepts(dsn) : drivers[i].accepts(dsn)) {
            *out = drivers[i].drv ? drivers[i].drv : module_get(drivers[i].mod, e);
            return *out ? 0 : ERR_USAGE;
        }
    }
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int db_dsn_decode(const char *s, size_t n, int plus_is_space, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            c = hexval(s[i + 1]) * 16 + hexval(s[i + 2]);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            c = ' ';
        }
        if (o + 1 >= cap)
            return -1;
        out[o++] = (char)c;
    }
    if (cap)
        out[o] = '\0';
    return cap ? 0 : -1;
}

int db_dsn_take_option(char *dsn, const char *name, char *out, size_t cap, struct err *e)
{
    char *q = strchr(dsn, '?');
    size_t nlen = strlen(name);
    if (!q || cap == 0)
        return 0;
    for (char *p = q + 1; *p;) {
        char *end = p + strcspn(p, "&");
        if ((size_t)(end - p) > nlen && strncmp(p, name, nlen) == 0 && p[nlen] == '=') {
            const char *v = p + nlen + 1;
            if (db_dsn_decode(v, (size_t)(end - v), 1, out, cap))
                return err_set(e, ERR_USAGE, "DSN option %s is too long", name);
            /* Cut "name=value" and one '&' beside it; a '?' left alone at the end goes too. */
            if (*end == '&')
                memmove(p, end + 1, strlen(end + 1) + 1);
            else if (p > q + 1)
                p[-1] = '\0';
            else
                *q = '\0';
            return 1;
        }
        p = *end ? end + 1 : end;
    }
    return 0;
}

int db_dsn_take_long(char *dsn, const char *name, long lo, long hi, long *out, struct err *e)
{
    char v[32], *end;
    int rc = db_dsn_take_option(dsn, name, v, sizeof v, e);
    if (rc <= 0)
        return rc;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < lo || n > hi)
        return err_set(e, ERR_USAGE, "DSN option %s needs a whole number from %ld to %ld, got '%s'",
                       name, lo, hi, v);
    *out = n;
    return 1;
}

int db_open(const char *dsn, struct db **out, struct err *e)
{
    *out = NULL;
    if (!dsn || !*dsn)
        return err_set(e, ERR_USAGE, "no database given");
    const struct db_driver *drv;
    if (db_driver_for(dsn, &drv, e))
        return ERR_USAGE;
    if (drv) {
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
                   "unsupported database '%s' (use a SQLite file path, sqlite:PATH, "
                   "postgresql://... or mysql://...)",
                   dsn);
}

void db_close(struct db *db)
{
    if (!db)
        return;
    db->drv->close(db->impl);
    free(db->dsn);
    free(db);
}

/* Whether the first and second parts of column c of table t, text 'NN/NN/YYYY', ever pass 12:
 * which of them is the day. */
struct over_12_ctx {
    struct db *db;
    const struct schema *s;
};

static int parts_over_12(void *ctx, size_t t, size_t c, int *first, int *second)
{
    struct db *db = ((struct over_12_ctx *)ctx)->db;
    const struct schema *s = ((struct over_12_ctx *)ctx)->s;
    const struct db_dialect *d = db_dialect_of(db);
    const char *col = s->tables[t].cols[c].name;
    struct buf sql = BUF_INIT;
    struct db_result r = {0};
    struct db_error de = {0};
    struct db_limits lim = {.timeout_ms = 5000, .row_cap = 1};
    buf_puts(&sql, "SELECT MAX(substr(");
    db_dialect_put_ident(&sql, d, col);
    buf_puts(&sql, ", 1, 2)), MAX(substr(");
    db_dialect_put_ident(&sql, d, col);
    buf_puts(&sql, ", 4, 2)) FROM ");
    db_dialect_put_ident(&sql, d, s->tables[t].name);
    int rc = sql.failed ? -1 : db_exec(db, buf_cstr(&sql), &lim, &r, &de);
    if (rc == 0 && r.n_rows == 1 && r.n_cols == 2 && db_cell_at(&r, 0, 0)->s &&
        db_cell_at(&r, 0, 1)->s) {
        *first = strcmp(db_cell_at(&r, 0, 0)->s, "12") > 0;
        *second = strcmp(db_cell_at(&r, 0, 1)->s, "12") > 0;
    } else {
        rc = -1;
    }
    db_result_free(&r);
    buf_free(&sql);
    return rc;
}

int db_introspect(struct db *db, struct schema *out, struct err *e)
{
    int rc = db->drv->introspect(db->impl, out, e);
    if (rc == 0) {
        struct over_12_ctx ctx = {db, out};
        schema_read_date_forms(out, parts_over_12, &ctx);
    }
    return rc;
}

const char *db_snapshot_name(enum db_snapshot s)
{
    static const char *const names[] = {"off", "hit", "miss"};
    return (unsigned)s < sizeof names / sizeof names[0] ? names[s] : "off";
}

static int snapshots_off(void)
{
    const char *v = getenv("GENBI_SNAPSHOT");
    return v && (strcmp(v, "off") == 0 || strcmp(v, "0") == 0);
}

/* The snapshot file of a database: one per identity, so a changed database replaces its own
 * snapshot instead of adding files. */
static int snapshot_path(const char *identity, struct buf *out, struct err *e)
{
    int rc = schema_snapshot_dir(out, e);
    if (rc)
        return rc;
    uint64_t h = schema_key_mix(0, identity, strlen(identity));
    buf_printf(out, "/schema-%016llx.snap", (unsigned long long)h);
    return out->failed ? err_set(e, ERR_NOMEM, "out of memory") : 0;
}

int db_load_schema(struct db *db, struct schema *out, struct db_schema_info *info, struct err *e)
{
    struct db_schema_info own;
    struct buf identity = BUF_INIT, path = BUF_INIT;
    struct err se = {0};
    const struct schema_index *ix;
    uint64_t key = 0;
    double t0 = clock_ms();
    int rc;
    if (!info)
        info = &own;
    memset(info, 0, sizeof *info);
    memset(out, 0, sizeof *out);
    /* The key is taken before introspecting: a database that changes meanwhile is saved under
     * its older key, so the next run sees a different key and introspects again. */
    int snap = !snapshots_off() && db->drv->fingerprint &&
               db->drv->fingerprint(db->impl, &identity, &key) == 0 && !identity.failed &&
               snapshot_path(buf_cstr(&identity), &path, &se) == 0;
    if (snap) {
        info->snapshot = DB_SNAPSHOT_MISS;
        if (schema_snapshot_load(out, key, buf_cstr(&path), &se) == 0) {
            info->snapshot = DB_SNAPSHOT_HIT;
            rc = 0;
            goto out;
        }
        snprintf(info->why, sizeof info->why, "%s", se.msg);
    }
    /* The index is built now, once, rather than by the first question. */
    if ((rc = db_introspect(db, out, e)) || (rc = schema_index_get(out, &ix, e)))
        goto out;
    if (snap) {
        info->saved = schema_snapshot_save(out, key, buf_cstr(&path), &se) == 0;
        if (!info->saved)
            snprintf(info->why, sizeof info->why, "%s", se.msg);
    }
out:
    if (rc)
        schema_free(out);
    info->ms = clock_ms() - t0;
    buf_free(&identity);
    buf_free(&path);
    return rc;
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

int db_run_script(const char *dsn, const char *sql, struct err *e)
{
    const struct db_driver *drv;
    if (db_driver_for(dsn, &drv, e))
        return ERR_USAGE;
    if (!drv)
        return err_set(e, ERR_USAGE, "unsupported database '%s'", dsn);
    if (!drv->run_script)
        return err_set(e, ERR_USAGE, "the %s driver cannot load data", drv->name);
    return drv->run_script(dsn, sql, e);
}

int db_writable(struct db *db, struct buf *what, struct err *e)
{
    return db->drv->writable ? db->drv->writable(db->impl, what, e) : 0;
}
