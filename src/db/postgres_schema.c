/* postgres_schema: what genbi learns about a PostgreSQL schema, from pg_catalog (not the slow
 * information_schema views): tables and views the role may read, columns and types, primary and
 * foreign keys, comments, row counts, sample values and the value index; the fingerprint that
 * snapshots are filed under; and whether the role could write (for `genbi doctor`).
 *
 * Row counts and values follow the SQLite driver so that tier 0 reads the same schema on both:
 * exact counts and up to LIMIT_VALUE_INDEX_PER_COLUMN distinct values per text column for
 * tables up to SMALL_TABLE_BYTES; above that the planner's statistics stand in (reltuples for
 * the count, pg_stats.most_common_vals for the values), so a warehouse is never scanned. All of
 * it runs in one READ ONLY transaction with a statement time limit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/postgres_int.h"
#include "util/clock.h"
#include "util/grow.h"
#include "util/limits.h"

#include "util/banned.h"

/* Tables up to this size (pg_relation_size) are read exactly: count(*) and DISTINCT values. */
#define SMALL_TABLE_BYTES (64LL << 20)
/* Longest stored value put in the value index (as the SQLite driver). */
#define VALUE_MAX_BYTES 120

#define REL_KINDS "('r','v','m','p','f')"

/* One relation of the schema, beside s->tables[index]. */
struct rel {
    char oid[16];
    size_t index;
    long long bytes;
};

static const char tables_sql[] =
    "SELECT c.oid::text, c.relname, c.relkind, c.reltuples::float8, "
    "pg_catalog.pg_relation_size(c.oid) "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = $1 AND c.relkind IN " REL_KINDS " AND NOT c.relispartition "
    "AND pg_catalog.has_table_privilege(c.oid, 'SELECT') ORDER BY c.relname";

static const char columns_sql[] =
    "SELECT a.attrelid::text, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
    "a.attnotnull, pg_catalog.col_description(a.attrelid, a.attnum), t.typcategory "
    "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
    "WHERE n.nspname = $1 AND c.relkind IN " REL_KINDS " AND a.attnum > 0 "
    "AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";

/* Primary and foreign keys, one row per column: conrelid, kind, column, position, and for a
 * foreign key the referenced table and column. */
static const char keys_sql[] =
    "SELECT con.conrelid::text, con.contype, a.attname, k.ord, rc.relname, ra.attname "
    "FROM pg_catalog.pg_constraint con "
    "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "CROSS JOIN LATERAL unnest(con.conkey, coalesce(con.confkey, con.conkey)) "
    "  WITH ORDINALITY AS k(att, fatt, ord) "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.att "
    "LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid "
    "LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.fatt "
    "WHERE n.nspname = $1 AND con.contype IN ('p', 'f') "
    "ORDER BY con.conrelid, con.contype DESC, con.conname, k.ord";

/* The planner's statistics of a large table: its most common values per column. */
static const char stats_sql[] =
    "SELECT s.attname, v.val, s.n_distinct FROM pg_catalog.pg_stats s "
    "LEFT JOIN LATERAL unnest((s.most_common_vals::text)::text[]) WITH ORDINALITY AS v(val, ord) "
    "ON true WHERE s.schemaname = $1 AND s.tablename = $2 ORDER BY s.attname, v.ord";

static char *dup_value(const PGresult *r, int row, int col)
{
    return strdup(PQgetisnull(r, row, col) ? "" : PQgetvalue(r, row, col));
}

static struct schema_table *table_of(struct schema *s, const struct rel *rels, const char *oid)
{
    for (size_t i = 0; i < s->n_tables; i++)
        if (strcmp(rels[i].oid, oid) == 0)
            return &s->tables[rels[i].index];
    return NULL;
}

/* The type genbi reasons with, from the type's category and name. */
static enum schema_type type_of(const char *category, const char *decl)
{
    switch (category[0]) {
    case 'N':
        if (strncmp(decl, "integer", 7) == 0 || strncmp(decl, "bigint", 6) == 0 ||
            strncmp(decl, "smallint", 8) == 0 || strcmp(decl, "oid") == 0)
            return SCHEMA_TYPE_INTEGER;
        return SCHEMA_TYPE_REAL;
    case 'S':
    case 'E':
        return SCHEMA_TYPE_TEXT;
    case 'D':
        return strncmp(decl, "time ", 5) == 0 || strcmp(decl, "time") == 0 ? SCHEMA_TYPE_OTHER
                                                                          : SCHEMA_TYPE_DATE;
    case 'B':
        return SCHEMA_TYPE_INTEGER;
    default:
        return SCHEMA_TYPE_OTHER;
    }
}

static int load_tables(PGconn *c, struct schema *s, const char *schema, double deadline,
                       struct rel **rels, struct err *e)
{
    PGresult *r = NULL;
    const char *params[1] = {schema};
    int rc = pg_run(c, tables_sql, 1, params, deadline, &r, e);
    if (rc)
        return rc;
    int n = PQntuples(r);
    s->tables = calloc(n > 0 ? (size_t)n : 1, sizeof *s->tables);
    *rels = calloc(n > 0 ? (size_t)n : 1, sizeof **rels);
    if (!s->tables || !*rels) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    for (int i = 0; i < n; i++) {
        struct schema_table *t = &s->tables[i];
        struct rel *rl = &(*rels)[i];
        s->n_tables++;
        snprintf(rl->oid, sizeof rl->oid, "%s", PQgetvalue(r, i, 0));
        rl->index = (size_t)i;
        char kind = PQgetvalue(r, i, 2)[0];
        double tuples = strtod(PQgetvalue(r, i, 3), NULL);
        rl->bytes = kind == 'v' || kind == 'f' ? -1 : strtoll(PQgetvalue(r, i, 4), NULL, 10);
        t->row_count = tuples >= 0 && kind != 'v' ? (long long)(tuples + 0.5) : -1;
        if (!(t->name = dup_value(r, i, 1))) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
    }
out:
    PQclear(r);
    return rc;
}

static int load_columns(PGconn *c, struct schema *s, const struct rel *rels, const char *schema,
                        double deadline, struct err *e)
{
    PGresult *r = NULL;
    const char *params[1] = {schema};
    struct schema_table *t = NULL;
    size_t cap = 0;
    int rc = pg_run(c, columns_sql, 1, params, deadline, &r, e);
    for (int i = 0; !rc && i < PQntuples(r); i++) {
        if (!t || i == 0 || strcmp(PQgetvalue(r, i, 0), PQgetvalue(r, i - 1, 0)) != 0) {
            t = table_of(s, rels, PQgetvalue(r, i, 0));
            cap = 0;
        }
        if (!t) /* a table the role may not read */
            continue;
        if (grow(&t->cols, &cap, t->n_cols, sizeof *t->cols, 8)) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
        struct schema_column *col = &t->cols[t->n_cols++];
        memset(col, 0, sizeof *col);
        col->n_distinct = -1;
        col->name = dup_value(r, i, 1);
        col->decl_type = dup_value(r, i, 2);
        if (!PQgetisnull(r, i, 4) && !(col->comment = dup_value(r, i, 4)))
            rc = err_set(e, ERR_NOMEM, "out of memory");
        if (!col->name || !col->decl_type)
            rc = err_set(e, ERR_NOMEM, "out of memory");
        if (rc)
            break;
        col->notnull = PQgetvalue(r, i, 3)[0] == 't';
        col->type = type_of(PQgetvalue(r, i, 5), col->decl_type);
    }
    PQclear(r);
    return rc;
}

static int load_keys(PGconn *c, struct schema *s, const struct rel *rels, const char *schema,
                     double deadline, struct err *e)
{
    PGresult *r = NULL;
    const char *params[1] = {schema};
    int rc = pg_run(c, keys_sql, 1, params, deadline, &r, e);
    for (int i = 0; !rc && i < PQntuples(r); i++) {
        struct schema_table *t = table_of(s, rels, PQgetvalue(r, i, 0));
        int ci = t ? schema_find_column(t, PQgetvalue(r, i, 2)) : -1;
        if (ci < 0)
            continue;
        struct schema_column *col = &t->cols[ci];
        if (PQgetvalue(r, i, 1)[0] == 'p') {
            col->pk = (int)strtol(PQgetvalue(r, i, 3), NULL, 10);
        } else if (!col->fk_table && !PQgetisnull(r, i, 4)) {
            col->fk_table = dup_value(r, i, 4);
            col->fk_column = dup_value(r, i, 5);
            if (!col->fk_table || !col->fk_column)
                rc = err_set(e, ERR_NOMEM, "out of memory");
        }
    }
    PQclear(r);
    return rc;
}

/* A value read for a column: a sample (the first few), and an index entry for text. */
static int add_value(struct schema *s, size_t ti, size_t ci, const char *v, int index,
                     size_t *values_cap)
{
    struct schema_column *col = &s->tables[ti].cols[ci];
    if (col->n_samples < LIMIT_SCHEMA_SAMPLES) {
        if (!col->samples && !(col->samples = calloc(LIMIT_SCHEMA_SAMPLES, sizeof(char *))))
            return ERR_NOMEM;
        if (!(col->samples[col->n_samples] = strdup(v)))
            return ERR_NOMEM;
        col->n_samples++;
    }
    if (!index || strlen(v) > VALUE_MAX_BYTES)
        return 0;
    if (grow(&s->values, values_cap, s->n_values, sizeof *s->values, 1024))
        return ERR_NOMEM;
    struct schema_value *sv = &s->values[s->n_values];
    if (!(sv->value = strdup(v)))
        return ERR_NOMEM;
    sv->table = (uint32_t)ti;
    sv->column = (uint32_t)ci;
    s->n_values++;
    return 0;
}

/* Drops the index entries from first on: a column with too many values to link by. */
static void drop_values(struct schema *s, size_t first)
{
    for (size_t i = first; i < s->n_values; i++)
        free(s->values[i].value);
    s->n_values = first;
}

static int indexed(const struct schema_column *col)
{
    return col->type == SCHEMA_TYPE_TEXT || col->type == SCHEMA_TYPE_OTHER;
}

/* A small table: its exact row count and, per column, distinct values read from the data. */
static int load_small(PGconn *c, struct schema *s, size_t ti, const char *schema,
                      double deadline, size_t *values_cap, struct err *e)
{
    struct schema_table *t = &s->tables[ti];
    struct buf from = BUF_INIT, q = BUF_INIT;
    PGresult *r = NULL;
    int rc = 0;
    pg_put_ident(&from, schema);
    buf_putc(&from, '.');
    pg_put_ident(&from, t->name);
    buf_printf(&q, "SELECT count(*) FROM %s", buf_cstr(&from));
    if (from.failed || q.failed || (rc = pg_run(c, buf_cstr(&q), 0, NULL, deadline, &r, e)))
        goto out;
    t->row_count = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    for (size_t ci = 0; ci < t->n_cols; ci++) {
        struct schema_column *col = &t->cols[ci];
        int index = indexed(col);
        long limit = index ? LIMIT_VALUE_INDEX_PER_COLUMN + 1 : LIMIT_SCHEMA_SAMPLES;
        PQclear(r);
        r = NULL;
        buf_reset(&q);
        buf_puts(&q, "SELECT DISTINCT ");
        pg_put_ident(&q, col->name);
        buf_printf(&q, "::text FROM %s WHERE ", buf_cstr(&from));
        pg_put_ident(&q, col->name);
        buf_printf(&q, " IS NOT NULL LIMIT %ld", limit);
        if (q.failed) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        if ((rc = pg_run(c, buf_cstr(&q), 0, NULL, deadline, &r, e)))
            goto out;
        size_t first = s->n_values;
        int n = PQntuples(r);
        for (int i = 0; i < n; i++)
            if (add_value(s, ti, ci, PQgetvalue(r, i, 0), index, values_cap)) {
                rc = err_set(e, ERR_NOMEM, "out of memory");
                goto out;
            }
        if (index && n > LIMIT_VALUE_INDEX_PER_COLUMN)
            drop_values(s, first);
        else if (index)
            col->n_distinct = n;
    }
out:
    if (!rc && (from.failed || q.failed))
        rc = err_set(e, ERR_NOMEM, "out of memory");
    PQclear(r);
    buf_free(&from);
    buf_free(&q);
    return rc;
}

/* A large table: the statistics' most common values, nothing read from the data. */
static int load_large(PGconn *c, struct schema *s, size_t ti, const char *schema,
                      double deadline, size_t *values_cap, struct err *e)
{
    struct schema_table *t = &s->tables[ti];
    PGresult *r = NULL;
    const char *params[2] = {schema, t->name};
    int rc = pg_run(c, stats_sql, 2, params, deadline, &r, e);
    for (int i = 0; !rc && i < PQntuples(r); i++) {
        int ci = schema_find_column(t, PQgetvalue(r, i, 0));
        if (ci < 0)
            continue;
        struct schema_column *col = &t->cols[ci];
        double nd = strtod(PQgetvalue(r, i, 2), NULL);
        if (nd < 0 && t->row_count > 0)
            nd = -nd * (double)t->row_count;
        int index = indexed(col) && nd > 0 && nd <= LIMIT_VALUE_INDEX_PER_COLUMN;
        if (index)
            col->n_distinct = (long long)(nd + 0.5);
        if (!PQgetisnull(r, i, 1) &&
            add_value(s, ti, (size_t)ci, PQgetvalue(r, i, 1), index, values_cap))
            rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    PQclear(r);
    return rc;
}

int pg_introspect(void *impl, struct schema *s, struct err *e)
{
    struct pg_db *pg = impl;
    struct rel *rels = NULL;
    PGconn *c = NULL;
    size_t values_cap = 0;
    double deadline = clock_ms() + 4.0 * LIMIT_QUERY_TIMEOUT_MS;
    int rc;
    memset(s, 0, sizeof *s);
    if (!(s->dialect = strdup(db_postgres_dialect.name)))
        return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = pg_borrow(pg, deadline, &c, e)))
        goto out;
    if ((rc = pg_begin_read(c, LIMIT_QUERY_TIMEOUT_MS, NULL, deadline, e)) ||
        (rc = load_tables(c, s, pg->schema, deadline, &rels, e)) ||
        (rc = load_columns(c, s, rels, pg->schema, deadline, e)) ||
        (rc = load_keys(c, s, rels, pg->schema, deadline, e)))
        goto out;
    for (size_t ti = 0; ti < s->n_tables; ti++) {
        int small = rels[ti].bytes >= 0 && rels[ti].bytes <= SMALL_TABLE_BYTES;
        rc = small ? load_small(c, s, ti, pg->schema, deadline, &values_cap, e)
                   : load_large(c, s, ti, pg->schema, deadline, &values_cap, e);
        if (rc)
            goto out;
    }
    schema_sort_values(s);
    schema_rehash(s);
out:
    if (c)
        pg_give_back(pg, c);
    free(rels);
    if (rc)
        schema_free(s);
    return rc;
}

/* ---- fingerprint: the catalog rows that make the schema, and the tables' change counters ---- */

static const char fingerprint_sql[] =
    "SELECT md5(coalesce(string_agg(x, '|' ORDER BY x), '')) FROM ("
    " SELECT concat_ws(',', c.oid, c.relname, c.relkind, c.reltuples,"
    "   pg_catalog.obj_description(c.oid, 'pg_class')) AS x"
    " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " WHERE n.nspname = $1 AND c.relkind IN " REL_KINDS
    " UNION ALL SELECT concat_ws(',', a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod,"
    "   a.attnotnull, pg_catalog.col_description(a.attrelid, a.attnum))"
    " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " WHERE n.nspname = $1 AND c.relkind IN " REL_KINDS " AND a.attnum > 0"
    "   AND NOT a.attisdropped"
    " UNION ALL SELECT concat_ws(',', con.oid, con.conname, con.contype, con.conkey, con.confkey,"
    "   con.confrelid)"
    " FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_namespace n"
    "   ON n.oid = con.connamespace WHERE n.nspname = $1"
    " UNION ALL SELECT concat_ws(',', t.relid, t.n_tup_ins, t.n_tup_upd, t.n_tup_del)"
    " FROM pg_catalog.pg_stat_all_tables t WHERE t.schemaname = $1"
    " UNION ALL SELECT concat_ws(',', r.rolname, has_table_privilege(c.oid, 'SELECT'))"
    " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " JOIN pg_catalog.pg_roles r ON r.rolname = current_user"
    " WHERE n.nspname = $1 AND c.relkind IN " REL_KINDS ") q";

int pg_fingerprint(void *impl, struct buf *identity, uint64_t *key)
{
    struct pg_db *pg = impl;
    PGconn *c = NULL;
    PGresult *r = NULL;
    const char *params[1] = {pg->schema};
    double deadline = clock_ms() + LIMIT_QUERY_TIMEOUT_MS;
    int rc = pg_borrow(pg, deadline, &c, NULL);
    if (rc)
        return rc;
    if ((rc = pg_run(c, fingerprint_sql, 1, params, deadline, &r, NULL)))
        goto out;
    const char *md5 = PQntuples(r) == 1 ? PQgetvalue(r, 0, 0) : "";
    if (strlen(md5) != 32) {
        rc = ERR_DB;
        goto out;
    }
    *key = schema_key_mix(schema_key_mix(0, pg->identity, strlen(pg->identity)), md5, 32);
    buf_puts(identity, pg->identity);
    rc = identity->failed ? ERR_NOMEM : 0;
out:
    PQclear(r);
    pg_give_back(pg, c);
    return rc;
}

/* ---- writable: what the role could change ---- */

static const char writable_sql[] =
    "SELECT r.rolsuper, pg_catalog.has_schema_privilege($1, 'CREATE'),"
    " pg_catalog.has_database_privilege(pg_catalog.current_database(), 'CREATE'),"
    " (SELECT count(*) FROM w), (SELECT string_agg(name, ', ') FROM (SELECT name FROM w"
    "   ORDER BY name LIMIT 5) f), r.rolname"
    " FROM pg_catalog.pg_roles r"
    " WHERE r.rolname = current_user";

static const char writable_with[] =
    "WITH w AS (SELECT n.nspname || '.' || c.relname AS name"
    " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN " REL_KINDS " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
    " AND pg_catalog.has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')) ";

int pg_writable(void *impl, struct buf *what, struct err *e)
{
    struct pg_db *pg = impl;
    struct buf q = BUF_INIT;
    PGconn *c = NULL;
    PGresult *r = NULL;
    const char *params[1] = {pg->schema};
    double deadline = clock_ms() + LIMIT_QUERY_TIMEOUT_MS;
    int rc = 0, n = 0;
    buf_puts(&q, writable_with);
    buf_puts(&q, writable_sql);
    if (q.failed) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    if ((rc = pg_borrow(pg, deadline, &c, e)) ||
        (rc = pg_run(c, buf_cstr(&q), 1, params, deadline, &r, e)))
        goto out;
    if (PQntuples(r) != 1) {
        rc = err_set(e, ERR_DB, "PostgreSQL: the current role was not found in pg_roles");
        goto out;
    }
    const char *role = PQgetvalue(r, 0, 5);
    if (PQgetvalue(r, 0, 0)[0] == 't')
        n += buf_printf(what, "role %s is a superuser", role) >= 0;
    if (PQgetvalue(r, 0, 1)[0] == 't')
        n += buf_printf(what, "%srole %s may CREATE in schema %s", n ? "; " : "", role,
                        pg->schema) >= 0;
    if (PQgetvalue(r, 0, 2)[0] == 't')
        n += buf_printf(what, "%srole %s may CREATE schemas in the database", n ? "; " : "",
                        role) >= 0;
    long tables = strtol(PQgetvalue(r, 0, 3), NULL, 10);
    if (tables > 0)
        n += buf_printf(what, "%srole %s may INSERT, UPDATE, DELETE or TRUNCATE %ld table%s (%s%s)",
                        n ? "; " : "", role, tables, tables == 1 ? "" : "s",
                        PQgetvalue(r, 0, 4), tables > 5 ? ", ..." : "") >= 0;
    rc = what->failed ? err_set(e, ERR_NOMEM, "out of memory") : n > 0;
out:
    PQclear(r);
    if (c)
        pg_give_back(pg, c);
    buf_free(&q);
    return rc;
}
