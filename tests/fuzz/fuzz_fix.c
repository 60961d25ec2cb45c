/* Fuzz target: the deterministic fixer (fix.c, dialect.c) on a failed query against a small
 * fixed schema. Input: a first line "CLASS IDENT" and the SQL after it. CLASS is an error class
 * name (unknown_column, unknown_table, ambiguous_column, syntax, function, ...), IDENT the name
 * the database complained about; the message is made up the way SQLite words it. CLASS "check"
 * asks the real (read-only, in-memory schema) database for the error instead, and then runs the
 * repair chain with prepare checks as the pipeline does. "CLASS@DIALECT" (postgresql, mysql)
 * repairs as if the schema came from that database, for the dialect translations. The literal
 * repair for empty results (fix_value_literal) runs on every input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/fix.h"
#include "fuzz_util.h"

static struct db *g_db;
static struct schema g_schema;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_open_schema(fuzz_singer_ddl, &g_db, &g_schema);
    return 0;
}

static void fabricate(struct db_error *de, const char *cls, const char *ident, const char *sql)
{
    enum db_errclass c = DBE_OTHER;
    for (int k = 0; k < DBE__COUNT; k++)
        if (strcmp(cls, db_errclass_name((enum db_errclass)k)) == 0)
            c = (enum db_errclass)k;
    static const char *const words[DBE__COUNT] = {
        [DBE_UNKNOWN_COLUMN] = "no such column: %s",
        [DBE_UNKNOWN_TABLE] = "no such table: %s",
        [DBE_AMBIGUOUS_COLUMN] = "ambiguous column name: %s",
        [DBE_SYNTAX] = "near \"%s\": syntax error",
        [DBE_FUNCTION] = "no such function: %s",
    };
    db_error_set(de, c, words[c] ? words[c] : "%s", ident);
    snprintf(de->ident, sizeof de->ident, "%s", ident);
    const char *at = ident[0] ? strstr(sql, ident) : NULL;
    de->pos = at ? (int)(at - sql) : -1;
}

static void check_repair(const struct fix_repair *r)
{
    if (!r->sql || !r->cls)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *in = fuzz_cstr(data, size);
    char *nl = strchr(in, '\n');
    const char *sql = nl ? nl + 1 : "";
    if (nl)
        *nl = '\0';
    char *ident = strchr(in, ' ');
    if (ident)
        *ident++ = '\0';
    else
        ident = in + strlen(in);

    struct db_error de;
    struct fix_chain ch;
    struct fix_repair r;
    memset(&de, 0, sizeof de);
    char *dialect = strchr(in, '@');
    if (dialect)
        *dialect++ = '\0';
    static char sqlite[] = "sqlite", postgresql[] = "postgresql", mysql[] = "mysql";
    char *saved = g_schema.dialect;
    if (dialect && strcmp(dialect, "postgresql") == 0)
        g_schema.dialect = postgresql;
    else if (dialect && strcmp(dialect, "mysql") == 0)
        g_schema.dialect = mysql;
    else if (dialect)
        g_schema.dialect = sqlite;
    int checked = strcmp(in, "check") == 0;
    if (checked) {
        if (db_check(g_db, sql, &de) == 0)
            goto literal;
    } else {
        fabricate(&de, in, ident, sql);
    }
    memset(&r, 0, sizeof r);
    int n = fix_deterministic(&g_schema, sql, &de, &r);
    if (n == 1)
        check_repair(&r);
    fix_repair_free(&r);
    n = fix_error_chain(&g_schema, checked ? g_db : NULL, sql, &de, &ch);
    if (n > FIX_MAX_STEPS)
        abort();
    for (int k = 0; k < n; k++)
        check_repair(&ch.steps[k]);
    fix_chain_free(&ch);
    fix_hint(de.cls);
literal:
    memset(&r, 0, sizeof r);
    if (fix_value_literal(&g_schema, sql, &r) == 1)
        check_repair(&r);
    fix_repair_free(&r);
    g_schema.dialect = saved;
    free(in);
    return 0;
}
