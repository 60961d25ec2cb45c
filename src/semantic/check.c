/* semantic, checking and using a layer against its database: the table.column references of its
 * SQL (rewritten to a query's aliases), the whole-file check run before a layer is attached, and
 * where a database's layer file is found. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "db/db.h"
#include "db/dialect.h"
#include "schema/schema.h"
#include "semantic/semantic.h"
#include "util/sqllex.h"

#include "util/banned.h"

/* One name token: a bare word or a quoted identifier, unquoted into out. 0 when tok is neither. */
static int name_of(const char *tok, size_t len, enum sqllex_kind kind, char *out, size_t cap)
{
    if (kind == SQLLEX_QIDENT && len >= 2) {
        tok++;
        len -= 2;
    } else if (kind != SQLLEX_WORD) {
        return 0;
    }
    if (len == 0 || len >= cap)
        return 0;
    memcpy(out, tok, len);
    out[len] = '\0';
    return 1;
}

/* A reference table.column at p: its table index and column index (-1 when the table has no
 * such column), and the text after it. Returns 0 when p starts no reference to a schema table. */
struct ref {
    int t, c;
    const char *end;
    char table[128], column[128];
};

static int ref_at(const char *p, const char *end, const struct schema *s, struct ref *r)
{
    enum sqllex_kind k1, k2, k3;
    size_t l1, l2, l3;
    const char *a = sqllex_next(p, end, &k1, &l1);
    if (a >= end || !name_of(a, l1, k1, r->table, sizeof r->table))
        return 0;
    const char *dot = sqllex_next(a + l1, end, &k2, &l2);
    if (dot >= end || k2 != SQLLEX_PUNCT || *dot != '.' || dot != a + l1)
        return 0;
    const char *b = sqllex_next(dot + 1, end, &k3, &l3);
    if (b >= end || b != dot + 1 || !name_of(b, l3, k3, r->column, sizeof r->column))
        return 0;
    r->t = schema_find_table(s, r->table);
    r->c = r->t >= 0 ? schema_find_column(&s->tables[r->t], r->column) : -1;
    r->end = b + l3;
    return 1;
}

int semantic_put_sql(struct buf *out, const char *sql, const struct schema *s,
                     const struct db_dialect *d, int (*alias)(void *ctx, int table), void *ctx)
{
    const char *p = sql, *end = sql + strlen(sql);
    int rc = 0;
    while (p < end) {
        enum sqllex_kind kind;
        size_t len;
        struct ref r;
        const char *tok = sqllex_next(p, end, &kind, &len);
        buf_append(out, p, (size_t)(tok - p)); /* blanks and comments as written */
        if (tok >= end)
            break;
        if (ref_at(tok, end, s, &r) && r.t >= 0 && r.c >= 0) {
            int a = alias(ctx, r.t);
            if (a <= 0)
                rc = -1;
            buf_printf(out, "t%d.", a);
            db_dialect_put_ident(out, d, s->tables[r.t].cols[r.c].name);
            p = r.end;
            continue;
        }
        buf_append(out, tok, len);
        p = tok + len;
    }
    return out->failed ? -1 : rc;
}

size_t semantic_sql_tables(const char *sql, const struct schema *s, int *out, size_t cap)
{
    const char *p = sql, *end = sql + strlen(sql);
    size_t n = 0;
    while (p < end) {
        enum sqllex_kind kind;
        size_t len;
        struct ref r;
        const char *tok = sqllex_next(p, end, &kind, &len);
        if (tok >= end)
            break;
        if (ref_at(tok, end, s, &r) && r.t >= 0) {
            size_t k = 0;
            while (k < n && out[k] != r.t)
                k++;
            if (k == n && n < cap)
                out[n++] = r.t;
            p = r.end;
            continue;
        }
        p = tok + len;
    }
    return n;
}

int semantic_sql_uses_column(const char *sql, const struct schema *s, int t, int c)
{
    const char *p = sql, *end = sql + strlen(sql);
    while (p < end) {
        enum sqllex_kind kind;
        size_t len;
        struct ref r;
        const char *tok = sqllex_next(p, end, &kind, &len);
        if (tok >= end)
            break;
        if (ref_at(tok, end, s, &r)) {
            if (r.t == t && r.c == c)
                return 1;
            p = r.end;
            continue;
        }
        p = tok + len;
    }
    return 0;
}

void semantic_metric_column(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    for (const char *p = name; *p && n + 1 < cap; p++)
        out[n++] = isalnum((unsigned char)*p) ? (char)tolower((unsigned char)*p) : '_';
    out[n] = '\0';
}

const struct semantic_metric *semantic_find_metric(const struct semantic *sm, const char *name)
{
    for (size_t i = 0; sm && i < sm->n_metrics; i++) {
        const struct semantic_metric *m = &sm->metrics[i];
        if (strcasecmp(m->name, name) == 0)
            return m;
        for (size_t k = 0; k < m->synonyms.n; k++)
            if (strcasecmp(m->synonyms.items[k], name) == 0)
                return m;
    }
    return NULL;
}

/* ---- the check ---- */

struct ck {
    const struct semantic *sm;
    const struct schema *s;
    struct db *db;
    struct err *e;
};

static int fail(struct ck *k, int line, const char *fmt, const char *a, const char *b)
{
    char why[1024];
    snprintf(why, sizeof why, fmt, a, b ? b : "");
    return err_set(k->e, ERR_USAGE, "%s:%d: %s", k->sm->path ? k->sm->path : "semantic layer",
                   line, why);
}

/* Every table.column in sql names a column of the schema. */
static int check_refs(struct ck *k, const char *sql, int line)
{
    const char *p = sql, *end = sql + strlen(sql);
    while (p < end) {
        enum sqllex_kind kind;
        size_t len;
        struct ref r;
        const char *tok = sqllex_next(p, end, &kind, &len);
        if (tok >= end)
            break;
        if (ref_at(tok, end, k->s, &r)) {
            if (r.t < 0)
                return fail(k, line, "unknown table '%s'%s", r.table, NULL);
            if (r.c < 0)
                return fail(k, line, "unknown column '%s' of table '%s'", r.column,
                            k->s->tables[r.t].name);
            p = r.end;
            continue;
        }
        p = tok + len;
    }
    return 0;
}

struct prep {
    int tables[SEMANTIC_MAX_LIST + 1];
    size_t n;
};

static int prep_alias(void *ctx, int table)
{
    struct prep *pp = ctx;
    for (size_t i = 0; i < pp->n; i++)
        if (pp->tables[i] == table)
            return (int)i + 1;
    return 0;
}

/* Prepares SELECT what FROM the tables it names WHERE the filters (a cross join: prepared, never
 * run), so the database itself says whether the SQL is valid. */
static int check_prepare(struct ck *k, int base, const char *what,
                         const struct semantic_list *filters, int line)
{
    struct prep pp = {.n = 0};
    struct buf sql = BUF_INIT;
    struct db_error de;
    const struct db_dialect *d = db_dialect_of(k->db);
    int rc = 0;
    pp.tables[pp.n++] = base;
    pp.n += semantic_sql_tables(what, k->s, pp.tables + pp.n, SEMANTIC_MAX_LIST - pp.n);
    for (size_t i = 0; filters && i < filters->n; i++)
        pp.n += semantic_sql_tables(filters->items[i], k->s, pp.tables + pp.n,
                                    SEMANTIC_MAX_LIST - pp.n);
    /* the same table listed twice by the loop above is joined once */
    for (size_t i = 1; i < pp.n; i++)
        for (size_t j = 0; j < i; j++)
            if (pp.tables[j] == pp.tables[i]) {
                memmove(pp.tables + i, pp.tables + i + 1, (pp.n - i - 1) * sizeof *pp.tables);
                pp.n--;
                i--;
                break;
            }
    buf_puts(&sql, "SELECT ");
    semantic_put_sql(&sql, what, k->s, d, prep_alias, &pp);
    for (size_t i = 0; i < pp.n; i++) {
        buf_puts(&sql, i ? ", " : " FROM ");
        db_dialect_put_ident(&sql, d, k->s->tables[pp.tables[i]].name);
        buf_printf(&sql, " AS t%zu", i + 1);
    }
    for (size_t i = 0; filters && i < filters->n; i++) {
        buf_puts(&sql, i ? ") AND (" : " WHERE (");
        semantic_put_sql(&sql, filters->items[i], k->s, d, prep_alias, &pp);
        if (i + 1 == filters->n)
            buf_putc(&sql, ')');
    }
    memset(&de, 0, sizeof de);
    if (sql.failed)
        rc = err_set(k->e, ERR_NOMEM, "out of memory");
    else if (db_check(k->db, buf_cstr(&sql), &de) != 0)
        rc = fail(k, line, "the database cannot prepare the SQL: %s%s", de.msg, NULL);
    buf_free(&sql);
    return rc;
}

/* An aggregate: SUM, COUNT, AVG, MIN or MAX appears as a function. */
static int is_aggregate(const char *sql)
{
    static const char *const aggs[] = {"sum", "count", "avg", "min", "max"};
    const char *p = sql, *end = sql + strlen(sql);
    while (p < end) {
        enum sqllex_kind kind, k2;
        size_t len, l2;
        const char *tok = sqllex_next(p, end, &kind, &len);
        if (tok >= end)
            break;
        const char *next = sqllex_next(tok + len, end, &k2, &l2);
        for (size_t i = 0; kind == SQLLEX_WORD && i < sizeof aggs / sizeof aggs[0]; i++)
            if (len == strlen(aggs[i]) && strncasecmp(tok, aggs[i], len) == 0 && next < end &&
                *next == '(')
                return 1;
        p = tok + len;
    }
    return 0;
}

/* name is not already a metric name or synonym before metric i. */
static int check_unique(struct ck *k, size_t i, const char *name)
{
    for (size_t j = 0; j < i; j++) {
        const struct semantic_metric *o = &k->sm->metrics[j];
        int same = strcasecmp(o->name, name) == 0;
        for (size_t s = 0; !same && s < o->synonyms.n; s++)
            same = strcasecmp(o->synonyms.items[s], name) == 0;
        if (same) {
            char at[32];
            snprintf(at, sizeof at, "%d", o->line);
            return fail(k, k->sm->metrics[i].line, "metric '%s' is defined twice (first at line %s)",
                        name, at);
        }
    }
    return 0;
}

static int check_metric(struct ck *k, size_t i)
{
    const struct semantic_metric *m = &k->sm->metrics[i];
    int rc, base = -1;
    if ((rc = check_unique(k, i, m->name)))
        return rc;
    for (size_t s = 0; s < m->synonyms.n; s++)
        if ((rc = check_unique(k, i, m->synonyms.items[s])))
            return rc;
    if (m->table && (base = schema_find_table(k->s, m->table)) < 0)
        return fail(k, m->line, "unknown table '%s'%s", m->table, NULL);
    if ((rc = check_refs(k, m->expr, m->line)))
        return rc;
    for (size_t f = 0; f < m->filters.n; f++)
        if ((rc = check_refs(k, m->filters.items[f], m->line)))
            return rc;
    if (base < 0 && semantic_sql_tables(m->expr, k->s, &base, 1) == 0)
        return fail(k, m->line, "metric '%s' names no table: write columns as table.column%s",
                    m->name, NULL);
    if (!is_aggregate(m->expr))
        return fail(k, m->line, "metric '%s' is not an aggregate (SUM, COUNT, AVG, MIN, MAX)%s",
                    m->name, NULL);
    return k->db ? check_prepare(k, base, m->expr, &m->filters, m->line) : 0;
}

static int check_dimension(struct ck *k, size_t i)
{
    const struct semantic_dimension *d = &k->sm->dims[i];
    int t = schema_find_table(k->s, d->table), rc;
    for (size_t j = 0; j < i; j++)
        if (strcasecmp(k->sm->dims[j].name, d->name) == 0)
            return fail(k, d->line, "dimension '%s' is defined twice%s", d->name, NULL);
    if (t < 0)
        return fail(k, d->line, "unknown table '%s'%s", d->table, NULL);
    if (d->column && schema_find_column(&k->s->tables[t], d->column) < 0)
        return fail(k, d->line, "unknown column '%s' of table '%s'", d->column, d->table);
    if (d->display && (rc = check_refs(k, d->display, d->line)))
        return rc;
    return d->display && k->db ? check_prepare(k, t, d->display, NULL, d->line) : 0;
}

/* Tables a and b are joined by a foreign key, either way. */
static int fk_joined(const struct schema *s, int a, int b)
{
    for (int pass = 0; pass < 2; pass++) {
        const struct schema_table *ta = &s->tables[pass ? b : a];
        const char *other = s->tables[pass ? a : b].name;
        for (size_t c = 0; c < ta->n_cols; c++)
            if (ta->cols[c].fk_table && strcasecmp(ta->cols[c].fk_table, other) == 0)
                return 1;
    }
    return 0;
}

static int check_join(struct ck *k, size_t i)
{
    const struct semantic_list *j = &k->sm->joins[i];
    int line = k->sm->join_lines ? k->sm->join_lines[i] : 0, prev = -1;
    for (size_t n = 0; n < j->n; n++) {
        int t = schema_find_table(k->s, j->items[n]);
        if (t < 0)
            return fail(k, line, "unknown table '%s'%s", j->items[n], NULL);
        if (prev >= 0 && !fk_joined(k->s, prev, t))
            return fail(k, line, "no foreign key joins '%s' and '%s'", j->items[n - 1],
                        j->items[n]);
        prev = t;
    }
    return 0;
}

int semantic_check(const struct semantic *sm, const struct schema *s, struct db *db,
                   struct err *e)
{
    struct ck k = {.sm = sm, .s = s, .db = db, .e = e};
    int rc = 0;
    for (size_t i = 0; !rc && i < sm->n_metrics; i++)
        rc = check_metric(&k, i);
    for (size_t i = 0; !rc && i < sm->n_dims; i++)
        rc = check_dimension(&k, i);
    for (size_t i = 0; !rc && i < sm->n_joins; i++)
        rc = check_join(&k, i);
    return rc;
}

/* ---- where a database's layer is ---- */

int semantic_default_path(const char *dsn, struct buf *out)
{
    const char *path = dsn;
    if (!dsn)
        return ERR_NOTFOUND;
    if (strncmp(dsn, "sqlite:", 7) == 0)
        path = dsn + 7;
    else if (strstr(dsn, "://"))
        return ERR_NOTFOUND;
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - path) : strlen(path);
    buf_reset(out);
    buf_append(out, path, stem);
    buf_puts(out, ".semantic.yaml");
    return out->failed ? ERR_NOMEM : 0;
}

int semantic_attach(struct schema *s, struct db *db, const char *dsn, const char *path,
                    struct err *e)
{
    struct buf conv = BUF_INIT;
    struct semantic *sm = NULL;
    struct stat st;
    int rc = 0;
    if (!path) {
        if (semantic_default_path(dsn, &conv) != 0 || stat(buf_cstr(&conv), &st) != 0)
            goto out;
        path = buf_cstr(&conv);
    }
    if ((rc = semantic_load(path, &sm, e)) || (rc = semantic_check(sm, s, db, e)))
        goto out;
    semantic_free(s->semantic);
    s->semantic = sm;
    sm = NULL;
out:
    semantic_free(sm);
    buf_free(&conv);
    return rc;
}
