/* postgres_gate: the PostgreSQL safety gate. The query is parsed by PostgreSQL's own parser
 * (libpg_query: the same grammar as the server, so no text trick reads differently here and
 * there) and its tree is walked: exactly one statement, a SELECT; every WITH query a SELECT
 * (no data-modifying CTE); no SELECT INTO, no FOR UPDATE/SHARE; no call to a function that
 * reaches outside the database, sleeps, locks, writes or changes settings. It is the second
 * wall: the statement then runs in a READ ONLY transaction with a time limit, and the docs tell
 * users to connect with a SELECT-only role. */
#include <jansson.h>
#include <pg_query.h>
#include <string.h>
#include <strings.h>

#include "db/postgres_int.h"

#include "util/banned.h"

/* Functions refused anywhere in a query, by their unqualified name (pg_catalog.x is x); a
 * trailing '*' matches every name with that prefix. */
static const char *const denied_functions[] = {
    /* files and directories of the server */
    "pg_read_file", "pg_read_binary_file", "pg_ls_*", "pg_stat_file", "pg_file_*",
    "pg_logdir_ls",
    /* large objects: import/export server files, create and write objects */
    "lo_*", "loread", "lowrite",
    /* other servers */
    "dblink*", "postgres_fdw_*",
    /* sleeping, locks, transaction ids */
    "pg_sleep*", "pg_advisory_*", "pg_try_advisory_*", "txid_*", "pg_current_xact_id*",
    "pg_export_snapshot",
    /* settings and other sessions */
    "set_config", "current_setting", "pg_terminate_backend", "pg_cancel_backend",
    "pg_reload_conf", "pg_rotate_logfile*", "pg_log_backend_memory_contexts", "pg_promote",
    "pg_stat_reset*", "pg_stat_statements_reset",
    /* WAL, backups and replication */
    "pg_switch_wal", "pg_create_*", "pg_drop_replication_slot", "pg_copy_*_replication_slot",
    "pg_replication_*", "pg_logical_*", "pg_backup_*", "pg_start_backup", "pg_stop_backup",
    "pg_wal_replay_*", "pg_import_system_collations", "pg_truncate_visibility_map",
    "pg_prewarm",
    /* queries given as text run outside the gate */
    "query_to_xml*", "cursor_to_xml*", "table_to_xml*", "schema_to_xml*", "database_to_xml*",
    /* sequences and notifications */
    "nextval", "setval", "currval", "lastval", "pg_notify",
    NULL,
};

static int denied(const char *name)
{
    for (size_t i = 0; denied_functions[i]; i++) {
        const char *d = denied_functions[i];
        size_t n = strlen(d);
        if (d[n - 1] == '*' ? strncasecmp(name, d, n - 1) == 0 : strcasecmp(name, d) == 0)
            return 1;
    }
    return 0;
}

/* Statement kinds that may appear inside a SELECT only to write (WITH x AS (DELETE ...)). */
static const struct {
    const char *node, *what;
} write_nodes[] = {
    {"InsertStmt", "INSERT"}, {"UpdateStmt", "UPDATE"},
    {"DeleteStmt", "DELETE"}, {"MergeStmt", "MERGE"},
};

static const char *statement_name(const char *node)
{
    for (size_t i = 0; i < sizeof write_nodes / sizeof write_nodes[0]; i++)
        if (strcmp(node, write_nodes[i].node) == 0)
            return write_nodes[i].what;
    return node;
}

/* The function's own name: the last part of a possibly qualified name. */
static const char *func_name(json_t *call)
{
    json_t *names = json_object_get(call, "funcname");
    size_t n = json_array_size(names);
    if (n == 0)
        return NULL;
    json_t *last = json_object_get(json_array_get(names, n - 1), "String");
    return json_string_value(json_object_get(last, "sval"));
}

/* Walks the tree; 0 when everything in it may run, else ERR_UNSAFE with de filled. */
static int walk(json_t *node, struct db_error *de)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *v;
        json_array_foreach(node, i, v)
            if (walk(v, de))
                return ERR_UNSAFE;
        return 0;
    }
    if (!json_is_object(node))
        return 0;
    const char *key;
    json_t *v;
    json_object_foreach(node, key, v) {
        size_t n = strlen(key);
        if (strcmp(key, "intoClause") == 0) {
            db_error_set(de, DBE_UNSAFE, "refused: SELECT INTO creates a table (only reads may run)");
            return ERR_UNSAFE;
        }
        if (strcmp(key, "lockingClause") == 0) {
            db_error_set(de, DBE_UNSAFE, "refused: FOR UPDATE/SHARE locks rows (only plain reads "
                                         "may run)");
            return ERR_UNSAFE;
        }
        if (n > 4 && strcmp(key + n - 4, "Stmt") == 0 && strcmp(key, "SelectStmt") != 0) {
            db_error_set(de, DBE_UNSAFE, "refused: a %s inside the query would change the "
                         "database (only SELECT may run)", statement_name(key));
            return ERR_UNSAFE;
        }
        if (strcmp(key, "FuncCall") == 0) {
            const char *name = func_name(v);
            if (name && denied(name)) {
                db_error_set(de, DBE_UNSAFE, "refused: function %s() is not allowed (it reaches "
                             "outside the data or changes the session)", name);
                int loc = (int)json_integer_value(json_object_get(v, "location"));
                de->pos = loc >= 0 ? loc : -1;
                return ERR_UNSAFE;
            }
        }
        if (walk(v, de))
            return ERR_UNSAFE;
    }
    return 0;
}

/* The top of the tree: exactly one statement, a SELECT; its extent in the text. */
static int check_tree(json_t *root, size_t sql_len, size_t *off, size_t *len,
                      struct db_error *de)
{
    json_t *stmts = json_object_get(root, "stmts");
    if (json_array_size(stmts) == 0) {
        db_error_set(de, DBE_SYNTAX, "empty query");
        return ERR_DB;
    }
    if (json_array_size(stmts) > 1) {
        db_error_set(de, DBE_UNSAFE, "refused: more than one statement (only one query may run)");
        return ERR_UNSAFE;
    }
    json_t *raw = json_array_get(stmts, 0);
    json_t *stmt = json_object_get(raw, "stmt");
    if (!json_object_get(stmt, "SelectStmt")) {
        const char *kind = json_object_size(stmt) ? json_object_iter_key(json_object_iter(stmt))
                                                  : "statement";
        db_error_set(de, DBE_UNSAFE, "refused: %s is not a read (only SELECT may run)",
                     statement_name(kind));
        return ERR_UNSAFE;
    }
    json_int_t loc = json_integer_value(json_object_get(raw, "stmt_location"));
    json_int_t n = json_integer_value(json_object_get(raw, "stmt_len"));
    if (loc < 0 || (size_t)loc > sql_len)
        loc = 0;
    if (n <= 0 || (size_t)(loc + n) > sql_len)
        n = (json_int_t)(sql_len - (size_t)loc);
    *off = (size_t)loc;
    *len = (size_t)n;
    return walk(stmt, de);
}

int pg_gate_check(const char *sql, size_t *body_off, size_t *body_len, struct db_error *de)
{
    size_t off_own, len_own;
    int rc;
    if (!body_off)
        body_off = &off_own;
    if (!body_len)
        body_len = &len_own;
    if (!sql) {
        db_error_set(de, DBE_SYNTAX, "empty query");
        return ERR_DB;
    }
    PgQueryParseResult r = pg_query_parse(sql);
    if (r.error) {
        db_error_set(de, DBE_SYNTAX, "%s", r.error->message);
        if (de)
            de->pos = r.error->cursorpos > 0 ? r.error->cursorpos - 1 : -1;
        pg_query_free_parse_result(r);
        return ERR_DB;
    }
    json_t *root = json_loads(r.parse_tree ? r.parse_tree : "", 0, NULL);
    pg_query_free_parse_result(r);
    if (!root) {
        /* A tree too deep or large to read is not checked, so it does not run. */
        db_error_set(de, DBE_UNSAFE, "refused: the query is too deeply nested to check");
        return ERR_UNSAFE;
    }
    rc = check_tree(root, strlen(sql), body_off, body_len, de);
    json_decref(root);
    return rc;
}
