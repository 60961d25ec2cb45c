/* dialect.c: the registry of dialects, template expansion and identifier quoting shared by every
 * dialect table, and what classify functions share (the offending name in a server's message).
 * The tables themselves live beside their drivers (sqlite.c, postgres_dialect.c,
 * mysql_dialect.c). */
#include "db/dialect.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "db/db.h"
#include "util/sqllex.h"

#include "util/banned.h"

static const struct db_dialect *const dialects[] = {
    &db_sqlite_dialect,
    &db_postgres_dialect,
    &db_mysql_dialect,
};

static int dialect_called(const struct db_dialect *d, const char *name)
{
    if (strcasecmp(d->name, name) == 0)
        return 1;
    for (const char *const *a = d->aliases; a && *a; a++)
        if (strcasecmp(*a, name) == 0)
            return 1;
    return 0;
}

const struct db_dialect *db_dialect_named(const char *name)
{
    for (size_t i = 0; name && i < sizeof dialects / sizeof dialects[0]; i++)
        if (dialect_called(dialects[i], name))
            return dialects[i];
    return &db_sqlite_dialect;
}

int db_dialect_put(struct buf *out, const char *t, const char *a, const char *b)
{
    for (const char *p = t; *p; p++) {
        if (p[0] == '$' && (p[1] == '1' || p[1] == '2')) {
            const char *arg = p[1] == '1' ? a : b;
            buf_puts(out, arg ? arg : "");
            p++;
            continue;
        }
        buf_putc(out, *p);
    }
    return out->failed ? -1 : 0;
}

int db_dialect_reserved(const struct db_dialect *d, const char *word)
{
    (void)d; /* one list for every dialect: see dialect.h */
    return sqllex_is_reserved(word, strlen(word));
}

static int ident_is_plain(const struct db_dialect *d, const char *name)
{
    if (!name[0] || isdigit((unsigned char)name[0]))
        return 0;
    for (const char *p = name; *p; p++) {
        char c = *p;
        int ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                 (!d->folds_to_lower && c >= 'A' && c <= 'Z');
        if (!ok)
            return 0;
    }
    return !db_dialect_reserved(d, name);
}

int db_dialect_put_date(struct buf *out, const struct db_dialect *d, int form, const char *ref)
{
    const char *t = form == SCHEMA_DATE_YYYYMMDD   ? d->from_yyyymmdd
                    : form == SCHEMA_DATE_EPOCH    ? d->from_epoch
                    : form == SCHEMA_DATE_EPOCH_MS ? d->from_epoch_ms
                    : form == SCHEMA_DATE_DMY      ? d->from_dmy
                    : form == SCHEMA_DATE_MDY      ? d->from_mdy
                                                   : NULL;
    return t ? db_dialect_put(out, t, ref, NULL) : buf_puts(out, ref);
}

int db_dialect_put_date_col(struct buf *out, const struct db_dialect *d, int form, const char *qual,
                            const char *name)
{
    struct buf ref = BUF_INIT;
    if (qual)
        buf_printf(&ref, "%s.", qual);
    db_dialect_put_ident(&ref, d, name);
    int rc = ref.failed ? (out->failed = 1, -1) : db_dialect_put_date(out, d, form, buf_cstr(&ref));
    buf_free(&ref);
    return rc;
}

int db_dialect_put_ident(struct buf *out, const struct db_dialect *d, const char *name)
{
    if (ident_is_plain(d, name))
        return buf_puts(out, name);
    buf_putc(out, d->quote);
    for (const char *p = name; *p; p++) {
        if (*p == d->quote)
            buf_putc(out, d->quote);
        buf_putc(out, *p);
    }
    return buf_putc(out, d->quote);
}

/* The classes whose messages name the offending identifier. */
static int has_ident(enum db_errclass cls)
{
    return cls == DBE_UNKNOWN_COLUMN || cls == DBE_UNKNOWN_TABLE || cls == DBE_AMBIGUOUS_COLUMN ||
           cls == DBE_FUNCTION;
}

/* Keeps what follows the last '.' of out ("db.t" -> "t"). */
static void drop_qualifier(char *out)
{
    char *dot = strrchr(out, '.');
    if (dot)
        memmove(out, dot + 1, strlen(dot + 1) + 1);
}

/* `column "x" does not exist`, `Unknown column 't.x' in 'field list'`: the first quoted name.
 * `function foo(integer) does not exist`, `FUNCTION db.foo does not exist`: the name after
 * "function". MySQL's "Table 'db.t' doesn't exist" keeps only the table. */
static void extract_ident(const char *msg, enum db_errclass cls, char *out, size_t n)
{
    out[0] = '\0';
    const char *q = strpbrk(msg, "\"'`");
    if (q) {
        const char *end = strchr(q + 1, *q);
        if (end) {
            snprintf(out, n, "%.*s", (int)(end - q - 1), q + 1);
            if (cls == DBE_UNKNOWN_TABLE)
                drop_qualifier(out);
            return;
        }
    }
    const char *f = strcasestr(msg, "function ");
    if (cls == DBE_FUNCTION && f) {
        f += strlen("function ");
        size_t len = 0;
        while (f[len] && (isalnum((unsigned char)f[len]) || f[len] == '_' || f[len] == '.'))
            len++;
        snprintf(out, n, "%.*s", (int)len, f);
        drop_qualifier(out);
    }
}

void db_error_from_server(struct db_error *de, enum db_errclass cls, const char *msg)
{
    db_error_set(de, cls, "%s", msg ? msg : "");
    if (de && msg && has_ident(cls))
        extract_ident(msg, cls, de->ident, sizeof de->ident);
}

int db_dialect_describe_dates(struct buf *out, const struct db_dialect *d)
{
    static const struct {
        const char *what;
        size_t off;
        const char *a, *b;
    } parts[] = {
        {"year of d", offsetof(struct db_dialect, year), "d", NULL},
        {"month (1-12)", offsetof(struct db_dialect, month), "d", NULL},
        {"year-month 'YYYY-MM'", offsetof(struct db_dialect, year_month), "d", NULL},
        {"quarter", offsetof(struct db_dialect, quarter), "d", NULL},
        {"year-quarter 'YYYY-Qn'", offsetof(struct db_dialect, year_quarter), "d", NULL},
        {"weekday (0 = Sunday)", offsetof(struct db_dialect, weekday), "d", NULL},
        {"days from a to b", offsetof(struct db_dialect, days_between), "a", "b"},
        {"first day of the month", offsetof(struct db_dialect, trunc_month), "d", NULL},
    };
    buf_printf(out, "Dates in %s:", d->title);
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        const char *t = *(const char *const *)((const char *)d + parts[i].off);
        if (!t)
            continue;
        buf_printf(out, "%s %s: ", i ? ";" : "", parts[i].what);
        db_dialect_put(out, t, parts[i].a, parts[i].b);
    }
    return buf_puts(out, ".");
}
