/* copy: loads a SQLite database into a server database (PostgreSQL, MariaDB) through the target
 * driver's run_script, the one write path genbi has; `genbi demo --out postgresql://…` uses it so
 * the same demo data can be asked on every database genbi reaches.
 *
 * The target's SQL comes from its dialect: identifiers quoted by db_dialect_put_ident, column
 * types from type_int / type_real / type_text / type_date, string literals escaped as the target
 * reads them. Foreign keys are added after the rows, so tables load in any order. */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/db.h"
#include "util/buf.h"

#include "util/banned.h"

/* Rows per INSERT statement, and bytes of SQL sent per run_script call: a MariaDB packet is
 * 16 MiB by default, so a few MiB per script stays far below it. */
#define COPY_BATCH_ROWS 500
#define COPY_SCRIPT_BYTES ((size_t)2 << 20)

struct copy {
    sqlite3 *src;
    const char *dsn;
    const struct db_dialect *d;
    struct buf sql; /* the script being built */
    struct err *e;
};

static int copy_nomem(struct copy *c)
{
    return err_set(c->e, ERR_NOMEM, "out of memory");
}

static int copy_flush(struct copy *c)
{
    if (c->sql.failed)
        return copy_nomem(c);
    if (c->sql.len == 0)
        return 0;
    int rc = db_run_script(c->dsn, buf_cstr(&c->sql), c->e);
    buf_reset(&c->sql);
    return rc;
}

static int copy_prepare(struct copy *c, const char *sql, sqlite3_stmt **st)
{
    if (sqlite3_prepare_v2(c->src, sql, -1, st, NULL) != SQLITE_OK)
        return err_set(c->e, ERR_DB, "copy: %s", sqlite3_errmsg(c->src));
    return 0;
}

/* The target type of a SQLite declared type, by SQLite's own affinity rules plus DATE. */
static const char *copy_type(const struct db_dialect *d, const char *decl)
{
    if (!decl)
        decl = "";
    if (strcasestr(decl, "INT"))
        return d->type_int;
    if (strcasestr(decl, "DATE") || strcasestr(decl, "TIME"))
        return d->type_date;
    if (strcasestr(decl, "CHAR") || strcasestr(decl, "CLOB") || strcasestr(decl, "TEXT"))
        return d->type_text;
    if (strcasestr(decl, "REAL") || strcasestr(decl, "FLOA") || strcasestr(decl, "DOUB") ||
        strcasestr(decl, "NUM") || strcasestr(decl, "DEC"))
        return d->type_real;
    return d->type_text;
}

static void copy_string(struct copy *c, const char *s)
{
    buf_putc(&c->sql, '\'');
    for (; *s; s++) {
        if (*s == '\'' || (*s == '\\' && c->d->backslash_escapes))
            buf_putc(&c->sql, *s);
        buf_putc(&c->sql, *s);
    }
    buf_putc(&c->sql, '\'');
}

static void copy_ident(struct copy *c, const char *name)
{
    db_dialect_put_ident(&c->sql, c->d, name);
}

/* CREATE TABLE with columns, NOT NULL and the primary key; no foreign keys yet. */
static int copy_create(struct copy *c, const char *table)
{
    sqlite3_stmt *st = NULL;
    struct buf pk = BUF_INIT;
    int rc = copy_prepare(c, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1) "
                             "ORDER BY cid", &st);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    buf_puts(&c->sql, "CREATE TABLE ");
    copy_ident(c, table);
    buf_puts(&c->sql, " (");
    int n = 0, npk = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(st, 0);
        buf_puts(&c->sql, n++ ? ", " : "");
        copy_ident(c, name);
        buf_printf(&c->sql, " %s%s", copy_type(c->d, (const char *)sqlite3_column_text(st, 1)),
                   sqlite3_column_int(st, 2) || sqlite3_column_int(st, 3) ? " NOT NULL" : "");
        if (sqlite3_column_int(st, 3)) {
            buf_puts(&pk, npk++ ? ", " : "");
            db_dialect_put_ident(&pk, c->d, name);
        }
    }
    if (npk)
        buf_printf(&c->sql, ", PRIMARY KEY (%s)", buf_cstr(&pk));
    buf_puts(&c->sql, ");\n");
    sqlite3_finalize(st);
    rc = pk.failed ? copy_nomem(c) : n ? 0 : err_set(c->e, ERR_DB, "copy: %s has no columns", table);
    buf_free(&pk);
    return rc;
}

/* One literal of the current row's column i. */
static void copy_value(struct copy *c, sqlite3_stmt *st, int i)
{
    char num[40];
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL:
        buf_puts(&c->sql, "NULL");
        break;
    case SQLITE_INTEGER:
        buf_printf(&c->sql, "%lld", (long long)sqlite3_column_int64(st, i));
        break;
    case SQLITE_FLOAT: {
        double v = sqlite3_column_double(st, i);
        if (!isfinite(v)) {
            buf_puts(&c->sql, "NULL");
            break;
        }
        /* %.17g reads back as the same double everywhere; a bare exponent gets a digit. */
        snprintf(num, sizeof num, "%.17g", v);
        buf_puts(&c->sql, num);
        if (!strpbrk(num, ".eEn"))
            buf_puts(&c->sql, ".0");
        break;
    }
    default:
        copy_string(c, (const char *)sqlite3_column_text(st, i));
        break;
    }
}

static int copy_rows(struct copy *c, const char *table, long *rows_out)
{
    struct buf q = BUF_INIT, head = BUF_INIT;
    sqlite3_stmt *st = NULL;
    long rows = 0;
    int rc;
    buf_puts(&q, "SELECT * FROM ");
    db_dialect_put_ident(&q, &db_sqlite_dialect, table);
    if (q.failed) {
        buf_free(&q);
        return copy_nomem(c);
    }
    rc = copy_prepare(c, buf_cstr(&q), &st);
    buf_free(&q);
    if (rc)
        return rc;
    int ncol = sqlite3_column_count(st);
    buf_puts(&head, "INSERT INTO ");
    db_dialect_put_ident(&head, c->d, table);
    buf_puts(&head, " (");
    for (int i = 0; i < ncol; i++) {
        buf_puts(&head, i ? ", " : "");
        db_dialect_put_ident(&head, c->d, sqlite3_column_name(st, i));
    }
    buf_puts(&head, ") VALUES\n");
    int step;
    while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
        buf_puts(&c->sql, rows % COPY_BATCH_ROWS ? ",\n(" : buf_cstr(&head));
        if (rows % COPY_BATCH_ROWS == 0)
            buf_putc(&c->sql, '(');
        for (int i = 0; i < ncol; i++) {
            buf_puts(&c->sql, i ? ", " : "");
            copy_value(c, st, i);
        }
        buf_putc(&c->sql, ')');
        if (++rows % COPY_BATCH_ROWS == 0) {
            buf_puts(&c->sql, ";\n");
            if (c->sql.len >= COPY_SCRIPT_BYTES)
                rc = copy_flush(c);
        }
    }
    if (!rc && step != SQLITE_DONE)
        rc = err_set(c->e, ERR_DB, "copy: reading %s: %s", table, sqlite3_errmsg(c->src));
    if (!rc && rows % COPY_BATCH_ROWS)
        buf_puts(&c->sql, ";\n");
    if (!rc && head.failed)
        rc = copy_nomem(c);
    if (!rc)
        rc = copy_flush(c);
    sqlite3_finalize(st);
    buf_free(&head);
    *rows_out = rows;
    return rc;
}

/* Indexes of the source on columns the target can index whole (numbers and dates: MariaDB
 * cannot index TEXT without a prefix length). */
static int copy_indexes(struct copy *c, const char *table)
{
    sqlite3_stmt *ix = NULL, *col = NULL;
    int rc = copy_prepare(c, "SELECT name FROM pragma_index_list(?1) WHERE origin = 'c'", &ix);
    if (!rc)
        rc = copy_prepare(c, "SELECT ii.name, ti.type FROM pragma_index_info(?1) ii "
                             "JOIN pragma_table_info(?2) ti ON ti.name = ii.name ORDER BY seqno",
                          &col);
    sqlite3_bind_text(ix, 1, table, -1, SQLITE_STATIC);
    while (!rc && sqlite3_step(ix) == SQLITE_ROW) {
        struct buf cols = BUF_INIT;
        int ok = 1;
        sqlite3_reset(col);
        sqlite3_bind_text(col, 1, (const char *)sqlite3_column_text(ix, 0), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(col, 2, table, -1, SQLITE_STATIC);
        while (sqlite3_step(col) == SQLITE_ROW) {
            const char *t = copy_type(c->d, (const char *)sqlite3_column_text(col, 1));
            ok &= t != c->d->type_text;
            buf_puts(&cols, cols.len ? ", " : "");
            db_dialect_put_ident(&cols, c->d, (const char *)sqlite3_column_text(col, 0));
        }
        if (ok && cols.len) {
            buf_puts(&c->sql, "CREATE INDEX ");
            copy_ident(c, (const char *)sqlite3_column_text(ix, 0));
            buf_puts(&c->sql, " ON ");
            copy_ident(c, table);
            buf_printf(&c->sql, " (%s);\n", buf_cstr(&cols));
        }
        if (cols.failed)
            rc = copy_nomem(c);
        buf_free(&cols);
    }
    sqlite3_finalize(ix);
    sqlite3_finalize(col);
    return rc;
}

static int copy_foreign_keys(struct copy *c, const char *table)
{
    sqlite3_stmt *st = NULL;
    int rc = copy_prepare(c, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1) "
                             "ORDER BY id, seq", &st);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *to = (const char *)sqlite3_column_text(st, 2);
        if (!to) /* REFERENCES t without a column: t's primary key, which a target needs named */
            continue;
        buf_puts(&c->sql, "ALTER TABLE ");
        copy_ident(c, table);
        buf_puts(&c->sql, " ADD FOREIGN KEY (");
        copy_ident(c, (const char *)sqlite3_column_text(st, 1));
        buf_puts(&c->sql, ") REFERENCES ");
        copy_ident(c, (const char *)sqlite3_column_text(st, 0));
        buf_puts(&c->sql, " (");
        copy_ident(c, to);
        buf_puts(&c->sql, ");\n");
    }
    sqlite3_finalize(st);
    return 0;
}

/* The source's tables, in creation order. */
static int copy_tables(struct copy *c, char ***out, size_t *n)
{
    sqlite3_stmt *st = NULL;
    int rc = copy_prepare(c, "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                             "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid", &st);
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        if (*n == cap) {
            char **grown = realloc(*out, (cap = cap ? cap * 2 : 16) * sizeof **out);
            if (!grown) {
                rc = copy_nomem(c);
                break;
            }
            *out = grown;
        }
        if (!((*out)[*n] = strdup((const char *)sqlite3_column_text(st, 0))))
            rc = copy_nomem(c);
        else
            (*n)++;
    }
    sqlite3_finalize(st);
    return rc;
}

/* ERR_USAGE when one of the tables is already in the target. */
static int copy_check_target(struct copy *c, char **tables, size_t n)
{
    struct db *db = NULL;
    struct schema s;
    int rc = db_open(c->dsn, &db, c->e);
    if (!rc)
        rc = db_introspect(db, &s, c->e);
    if (!rc) {
        for (size_t i = 0; !rc && i < n; i++)
            for (size_t t = 0; !rc && t < s.n_tables; t++)
                if (strcasecmp(s.tables[t].name, tables[i]) == 0)
                    rc = err_set(c->e, ERR_USAGE,
                                 "%s already has a table %s; load into an empty database or "
                                 "schema (genbi never replaces a table)", c->dsn, tables[i]);
        schema_free(&s);
    }
    db_close(db);
    return rc;
}

int db_copy_sqlite(const char *src_path, const char *dsn,
                   void (*progress)(const char *table, long rows, void *arg), void *arg,
                   struct err *e)
{
    struct copy c = {.dsn = dsn, .sql = BUF_INIT, .e = e};
    const struct db_driver *drv;
    char **tables = NULL;
    size_t n = 0;
    int rc;
    if (db_driver_for(dsn, &drv, e))
        return ERR_USAGE;
    if (!drv || !drv->run_script)
        return err_set(e, ERR_USAGE, "cannot load data into '%s': not a server database", dsn);
    c.d = drv->dialect;
    if (sqlite3_open_v2(src_path, &c.src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        rc = err_set(e, ERR_IO, "copy: cannot open %s: %s", src_path,
                     c.src ? sqlite3_errmsg(c.src) : "out of memory");
        goto out;
    }
    if ((rc = copy_tables(&c, &tables, &n)) || (rc = copy_check_target(&c, tables, n)))
        goto out;
    for (size_t i = 0; !rc && i < n; i++)
        rc = copy_create(&c, tables[i]);
    if (!rc)
        rc = copy_flush(&c);
    for (size_t i = 0; !rc && i < n; i++) {
        long rows = 0;
        rc = copy_rows(&c, tables[i], &rows);
        if (!rc && progress)
            progress(tables[i], rows, arg);
    }
    for (size_t i = 0; !rc && i < n; i++) {
        if ((rc = copy_indexes(&c, tables[i])) || (rc = copy_foreign_keys(&c, tables[i])))
            break;
        struct buf t = BUF_INIT;
        db_dialect_put_ident(&t, c.d, tables[i]);
        db_dialect_put(&c.sql, c.d->analyze, buf_cstr(&t), NULL);
        buf_puts(&c.sql, ";\n");
        buf_free(&t);
    }
    if (!rc)
        rc = copy_flush(&c);
out:
    for (size_t i = 0; i < n; i++)
        free(tables[i]);
    free(tables);
    buf_free(&c.sql);
    sqlite3_close(c.src);
    return rc;
}
