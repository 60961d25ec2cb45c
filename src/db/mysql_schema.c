/* mysql_schema: introspection of a MySQL/MariaDB database from information_schema (tables and
 * views, columns and types, primary and foreign keys, column comments, row counts) and cheap
 * sample values, filling struct schema as the SQLite driver does; and the snapshot fingerprint.
 *
 * Row counts are exact (COUNT(*)) for tables whose estimate (TABLE_ROWS) is small and the
 * estimate otherwise; sample values and the value index are read only from tables of at most
 * SAMPLE_MAX_ROWS rows, with SELECT DISTINCT ... LIMIT, so introspecting a warehouse never scans
 * a large table. The SQL here is trusted and runs on a pooled, read-only connection. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/mysql_int.h"
#include "util/grow.h"
#include "util/limits.h"

#include "util/banned.h"

#define EXACT_COUNT_ROWS 100000LL /* below this estimate, COUNT(*) is cheap */
#define SAMPLE_MAX_ROWS 200000LL  /* tables with more rows get no sample values */

static const struct {
    const char *data_type;
    enum schema_type type;
} type_map[] = {
    {"tinyint", SCHEMA_TYPE_INTEGER},  {"smallint", SCHEMA_TYPE_INTEGER},
    {"mediumint", SCHEMA_TYPE_INTEGER}, {"int", SCHEMA_TYPE_INTEGER},
    {"bigint", SCHEMA_TYPE_INTEGER},   {"year", SCHEMA_TYPE_INTEGER},
    {"decimal", SCHEMA_TYPE_REAL},     {"numeric", SCHEMA_TYPE_REAL},
    {"float", SCHEMA_TYPE_REAL},       {"double", SCHEMA_TYPE_REAL},
    {"char", SCHEMA_TYPE_TEXT},        {"varchar", SCHEMA_TYPE_TEXT},
    {"tinytext", SCHEMA_TYPE_TEXT},    {"text", SCHEMA_TYPE_TEXT},
    {"mediumtext", SCHEMA_TYPE_TEXT},  {"longtext", SCHEMA_TYPE_TEXT},
    {"enum", SCHEMA_TYPE_TEXT},        {"set", SCHEMA_TYPE_TEXT},
    {"date", SCHEMA_TYPE_DATE},        {"datetime", SCHEMA_TYPE_DATE},
    {"timestamp", SCHEMA_TYPE_DATE},
};

static enum schema_type type_of(const char *data_type)
{
    for (size_t i = 0; i < sizeof type_map / sizeof type_map[0]; i++)
        if (strcasecmp(type_map[i].data_type, data_type) == 0)
            return type_map[i].type;
    return SCHEMA_TYPE_OTHER; /* blobs, json, time, bit, geometry */
}

static char *dup_or_empty(const char *s)
{
    return strdup(s ? s : "");
}

static int nomem(struct err *e)
{
    return err_set(e, ERR_NOMEM, "out of memory");
}

static int load_tables(struct my_conn *c, struct schema *s, struct err *e)
{
    MYSQL_RES *res = NULL;
    MYSQL_ROW row;
    size_t cap = 0;
    int rc = my_query(c,
                      "SELECT TABLE_NAME, TABLE_TYPE, TABLE_ROWS FROM information_schema.TABLES "
                      "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME", &res, e);
    while (!rc && res && (row = mysql_fetch_row(res))) {
        if (grow(&s->tables, &cap, s->n_tables, sizeof *s->tables, 16)) {
            rc = nomem(e);
            break;
        }
        struct schema_table *t = &s->tables[s->n_tables++];
        memset(t, 0, sizeof *t);
        /* Views have no estimate: -1 (unknown), and they are never counted or sampled. */
        t->row_count = row[1] && strcmp(row[1], "VIEW") != 0 && row[2] ? strtoll(row[2], NULL, 10)
                                                                        : -1;
        if (!(t->name = dup_or_empty(row[0])))
            rc = nomem(e);
    }
    mysql_free_result(res);
    return rc;
}

static int load_columns(struct my_conn *c, struct schema *s, struct err *e)
{
    MYSQL_RES *res = NULL;
    MYSQL_ROW row;
    size_t *caps = calloc(s->n_tables ? s->n_tables : 1, sizeof *caps);
    if (!caps)
        return nomem(e);
    int rc = my_query(c,
                      "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, "
                      "COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                      "DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION", &res, e);
    while (!rc && res && (row = mysql_fetch_row(res))) {
        int ti = row[0] ? schema_find_table(s, row[0]) : -1;
        if (ti < 0)
            continue; /* made after the table list was read */
        struct schema_table *t = &s->tables[ti];
        if (grow(&t->cols, &caps[ti], t->n_cols, sizeof *t->cols, 8)) {
            rc = nomem(e);
            break;
        }
        struct schema_column *col = &t->cols[t->n_cols++];
        memset(col, 0, sizeof *col);
        col->n_distinct = -1;
        col->type = type_of(row[3] ? row[3] : "");
        col->notnull = row[4] && strcmp(row[4], "NO") == 0;
        if (!(col->name = dup_or_empty(row[1])) || !(col->decl_type = dup_or_empty(row[2])) ||
            (row[5] && row[5][0] && !(col->comment = strdup(row[5]))))
            rc = nomem(e);
    }
    mysql_free_result(res);
    free(caps);
    return rc;
}

/* Primary key positions and foreign keys (within this database). */
static int load_keys(struct my_conn *c, struct schema *s, struct err *e)
{
    MYSQL_RES *res = NULL;
    MYSQL_ROW row;
    int rc = my_query(c,
                      "SELECT TABLE_NAME, COLUMN_NAME, CONSTRAINT_NAME, ORDINAL_POSITION, "
                      "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM "
                      "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND "
                      "(CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_SCHEMA = DATABASE()) "
                      "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION", &res, e);
    while (!rc && res && (row = mysql_fetch_row(res))) {
        int ti = row[0] ? schema_find_table(s, row[0]) : -1;
        int ci = ti >= 0 && row[1] ? schema_find_column(&s->tables[ti], row[1]) : -1;
        if (ci < 0)
            continue;
        struct schema_column *col = &s->tables[ti].cols[ci];
        if (row[2] && strcmp(row[2], "PRIMARY") == 0) {
            col->pk = row[3] ? (int)strtol(row[3], NULL, 10) : 1;
        } else if (row[4] && row[5] && !col->fk_table) {
            if (!(col->fk_table = strdup(row[4])) || !(col->fk_column = strdup(row[5])))
                rc = nomem(e);
        }
    }
    mysql_free_result(res);
    return rc;
}

/* A single number from a trusted query; -1 when there is none. */
static long long query_count(struct my_conn *c, const char *sql, struct err *e)
{
    MYSQL_RES *res = NULL;
    MYSQL_ROW row;
    long long n = -1;
    if (my_query(c, sql, &res, e) == 0 && res && (row = mysql_fetch_row(res)) && row[0])
        n = strtoll(row[0], NULL, 10);
    mysql_free_result(res);
    return n;
}

static int add_sample(struct schema_column *col, const char *v)
{
    if (col->n_samples >= LIMIT_SCHEMA_SAMPLES)
        return 0;
    if (!col->samples && !(col->samples = calloc(LIMIT_SCHEMA_SAMPLES, sizeof *col->samples)))
        return -1;
    if (!(col->samples[col->n_samples] = strdup(v)))
        return -1;
    col->n_samples++;
    return 0;
}

static int add_value(struct schema *s, size_t *cap, size_t ti, size_t ci, const char *v)
{
    if (grow(&s->values, cap, s->n_values, sizeof *s->values, 1024))
        return -1;
    struct schema_value *sv = &s->values[s->n_values];
    if (!(sv->value = strdup(v)))
        return -1;
    sv->table = (uint32_t)ti;
    sv->column = (uint32_t)ci;
    s->n_values++;
    return 0;
}

/* Samples of one column and, for a text column, its values in the value index (unless it has
 * too many distinct values to help linking: ids, e-mails, free text). */
static int load_values(struct my_conn *c, struct schema *s, size_t ti, size_t ci, size_t *cap,
                       struct err *e)
{
    struct schema_table *t = &s->tables[ti];
    struct schema_column *col = &t->cols[ci];
    int index = col->type == SCHEMA_TYPE_TEXT;
    long limit = index ? LIMIT_VALUE_INDEX_PER_COLUMN + 1 : LIMIT_SCHEMA_SAMPLES;
    struct buf sql = BUF_INIT;
    MYSQL_RES *res = NULL;
    MYSQL_ROW row;
    size_t first = s->n_values;
    long n = 0;
    buf_puts(&sql, "SELECT DISTINCT ");
    my_put_ident(&sql, col->name);
    buf_puts(&sql, " FROM ");
    my_put_ident(&sql, t->name);
    buf_puts(&sql, " WHERE ");
    my_put_ident(&sql, col->name);
    buf_printf(&sql, " IS NOT NULL LIMIT %ld", limit);
    int rc = sql.failed ? nomem(e) : my_query(c, buf_cstr(&sql), &res, e);
    while (!rc && res && (row = mysql_fetch_row(res))) {
        if (!row[0])
            continue;
        n++;
        if (add_sample(col, row[0]) ||
            (index && strlen(row[0]) <= 120 && add_value(s, cap, ti, ci, row[0])))
            rc = nomem(e);
    }
    if (index && n > LIMIT_VALUE_INDEX_PER_COLUMN) {
        for (size_t i = first; i < s->n_values; i++)
            free(s->values[i].value);
        s->n_values = first;
    } else if (!rc && index) {
        col->n_distinct = n;
    }
    mysql_free_result(res);
    buf_free(&sql);
    return rc;
}

/* Exact counts of small tables, then samples of tables small enough to read. */
static int load_counts_and_values(struct my_conn *c, struct schema *s, struct err *e)
{
    size_t cap = 0;
    int rc = 0;
    for (size_t ti = 0; !rc && ti < s->n_tables; ti++) {
        struct schema_table *t = &s->tables[ti];
        if (t->row_count < 0 || t->row_count > SAMPLE_MAX_ROWS)
            continue;
        if (t->row_count < EXACT_COUNT_ROWS) {
            struct buf sql = BUF_INIT;
            buf_puts(&sql, "SELECT COUNT(*) FROM ");
            my_put_ident(&sql, t->name);
            long long n = sql.failed ? -1 : query_count(c, buf_cstr(&sql), e);
            buf_free(&sql);
            if (n < 0)
                return sql.failed ? nomem(e) : ERR_DB;
            t->row_count = n;
        }
        for (size_t ci = 0; !rc && ci < t->n_cols; ci++)
            if (t->cols[ci].type != SCHEMA_TYPE_OTHER)
                rc = load_values(c, s, ti, ci, &cap, e);
    }
    return rc;
}

int my_introspect(void *impl, struct schema *s, struct err *e)
{
    struct my_db *db = impl;
    struct my_conn *c = NULL;
    int rc;
    memset(s, 0, sizeof *s);
    if ((rc = my_acquire(db, &c, e)))
        return rc;
    if (!(s->dialect = strdup(db_mysql_dialect.name))) {
        rc = nomem(e);
        goto out;
    }
    if ((rc = my_set_timeout(c, LIMIT_QUERY_TIMEOUT_MS, e)) || (rc = load_tables(c, s, e)) ||
        (rc = load_columns(c, s, e)) || (rc = load_keys(c, s, e)) ||
        (rc = load_counts_and_values(c, s, e)))
        goto out;
    schema_sort_values(s);
    schema_rehash(s);
out:
    my_release(db, c, rc != 0 && rc != ERR_NOMEM);
    if (rc) {
        if (e && rc == ERR_DB && strncmp(e->msg, "introspection", 13) != 0) {
            char msg[sizeof e->msg];
            snprintf(msg, sizeof msg, "%s", e->msg);
            err_set(e, ERR_DB, "introspection failed: %s", msg);
        }
        schema_free(s);
    }
    return rc;
}

/* ---- snapshot fingerprint ----
 * One round trip: checksums of the column, key and table lists (names, types, comments,
 * estimates and change times), so DDL and most data changes give a new key. */
int my_fingerprint(void *impl, struct buf *identity, uint64_t *key)
{
    struct my_db *db = impl;
    struct my_conn *c = NULL;
    MYSQL_RES *res = NULL;
    MYSQL_ROW row;
    int rc = my_acquire(db, &c, NULL);
    if (rc)
        return rc;
    rc = my_query(c,
                  "SELECT (SELECT CONCAT_WS('/', COUNT(*), SUM(CRC32(CONCAT_WS(',', TABLE_NAME, "
                  "COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_COMMENT))))"
                  " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()),"
                  " (SELECT CONCAT_WS('/', COUNT(*), SUM(CRC32(CONCAT_WS(',', TABLE_NAME, "
                  "CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME))))"
                  " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()),"
                  " (SELECT CONCAT_WS('/', COUNT(*), SUM(CRC32(CONCAT_WS(',', TABLE_NAME, "
                  "TABLE_ROWS, CREATE_TIME, UPDATE_TIME))))"
                  " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE())",
                  &res, NULL);
    if (!rc && (!res || !(row = mysql_fetch_row(res))))
        rc = ERR_DB;
    if (!rc) {
        uint64_t h = schema_key_mix(0, db->identity, strlen(db->identity));
        for (int i = 0; i < 3; i++)
            h = schema_key_mix(h, row[i] ? row[i] : "-", strlen(row[i] ? row[i] : "-") + 1);
        *key = h;
        buf_puts(identity, db->identity);
        rc = identity->failed ? ERR_NOMEM : 0;
    }
    mysql_free_result(res);
    my_release(db, c, rc == ERR_DB);
    return rc;
}
