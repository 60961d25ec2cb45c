/* Server error codes -> genbi error classes (errclass.h). Sources: the PostgreSQL manual,
 * appendix A "PostgreSQL Error Codes", and the MySQL 8 / MariaDB server error references. */
#include "db/errclass.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/banned.h"

/* Exact SQLSTATEs first; a two-character entry matches a whole SQLSTATE class. `msg`, when set,
 * must occur in the message (case-insensitive) for the row to apply. */
static const struct {
    const char *code;
    const char *msg;
    enum db_errclass cls;
} sqlstates[] = {
    {"42703", NULL, DBE_UNKNOWN_COLUMN},    /* undefined_column */
    {"42P01", NULL, DBE_UNKNOWN_TABLE},     /* undefined_table */
    {"42702", NULL, DBE_AMBIGUOUS_COLUMN},  /* ambiguous_column */
    {"42P09", NULL, DBE_AMBIGUOUS_COLUMN},  /* ambiguous_alias */
    {"42601", NULL, DBE_SYNTAX},            /* syntax_error */
    {"42P10", NULL, DBE_SYNTAX},            /* invalid_column_reference (ORDER BY position) */
    {"42883", NULL, DBE_FUNCTION},          /* undefined_function */
    {"42725", NULL, DBE_FUNCTION},          /* ambiguous_function */
    {"42804", NULL, DBE_TYPE},              /* datatype_mismatch */
    {"42846", NULL, DBE_TYPE},              /* cannot_coerce */
    {"42P18", NULL, DBE_TYPE},              /* indeterminate_datatype */
    {"22P02", NULL, DBE_TYPE},              /* invalid_text_representation */
    {"22007", NULL, DBE_TYPE},              /* invalid_datetime_format */
    {"22008", NULL, DBE_TYPE},              /* datetime_field_overflow */
    {"22003", NULL, DBE_TYPE},              /* numeric_value_out_of_range */
    {"42803", "aggregate functions are not allowed", DBE_AGGREGATE},
    {"42803", "aggregate function calls cannot be nested", DBE_AGGREGATE},
    {"42803", NULL, DBE_GROUP_BY},          /* grouping_error: "must appear in the GROUP BY" */
    {"42P20", NULL, DBE_AGGREGATE},         /* windowing_error */
    {"21000", NULL, DBE_TOO_MANY_ROWS},     /* cardinality_violation: subquery > 1 row */
    {"22012", NULL, DBE_DIVZERO},           /* division_by_zero */
    {"57014", NULL, DBE_TIMEOUT},           /* query_canceled (statement_timeout) */
    {"55P03", NULL, DBE_TIMEOUT},           /* lock_not_available (lock_timeout) */
    {"25006", NULL, DBE_UNSAFE},            /* read_only_sql_transaction */
    {"42501", NULL, DBE_UNSAFE},            /* insufficient_privilege */
    {"22", NULL, DBE_TYPE},                 /* other data exceptions */
    {"54", NULL, DBE_TOO_MANY_ROWS},        /* program_limit_exceeded */
};

static const struct {
    unsigned code;
    enum db_errclass cls;
} mysql_errors[] = {
    {1054, DBE_UNKNOWN_COLUMN},   /* ER_BAD_FIELD_ERROR: Unknown column 'x' in 'field list' */
    {1146, DBE_UNKNOWN_TABLE},    /* ER_NO_SUCH_TABLE */
    {1051, DBE_UNKNOWN_TABLE},    /* ER_BAD_TABLE_ERROR */
    {1109, DBE_UNKNOWN_TABLE},    /* ER_UNKNOWN_TABLE: Unknown table 'x' in field list */
    {1052, DBE_AMBIGUOUS_COLUMN}, /* ER_NON_UNIQ_ERROR */
    {1064, DBE_SYNTAX},           /* ER_PARSE_ERROR */
    {1149, DBE_SYNTAX},           /* ER_SYNTAX_ERROR */
    {1248, DBE_SYNTAX},           /* ER_DERIVED_MUST_HAVE_ALIAS */
    {1305, DBE_FUNCTION},         /* ER_SP_DOES_NOT_EXIST: FUNCTION db.x does not exist */
    {1582, DBE_FUNCTION},         /* ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT */
    {1583, DBE_FUNCTION},         /* ER_WRONG_PARAMETERS_TO_NATIVE_FCT */
    {1630, DBE_FUNCTION},         /* ER_FUNC_INEXISTENT_NAME_COLLISION */
    {1267, DBE_TYPE},             /* ER_CANT_AGGREGATE_2COLLATIONS (illegal mix) */
    {1292, DBE_TYPE},             /* ER_TRUNCATED_WRONG_VALUE */
    {1366, DBE_TYPE},             /* ER_TRUNCATED_WRONG_VALUE_FOR_FIELD */
    {1241, DBE_TYPE},             /* ER_OPERAND_COLUMNS: operand should contain 1 column */
    {1111, DBE_AGGREGATE},        /* ER_INVALID_GROUP_FUNC_USE */
    {1055, DBE_GROUP_BY},         /* ER_WRONG_FIELD_WITH_GROUP (ONLY_FULL_GROUP_BY) */
    {1056, DBE_GROUP_BY},         /* ER_WRONG_GROUP_FIELD */
    {1140, DBE_GROUP_BY},         /* ER_MIX_OF_GROUP_FUNC_AND_FIELDS */
    {1365, DBE_DIVZERO},          /* ER_DIVISION_BY_ZERO (strict mode) */
    {3024, DBE_TIMEOUT},          /* ER_QUERY_TIMEOUT: max_execution_time (MySQL) */
    {1969, DBE_TIMEOUT},          /* ER_STATEMENT_TIMEOUT: max_statement_time (MariaDB) */
    {1317, DBE_TIMEOUT},          /* ER_QUERY_INTERRUPTED */
    {1242, DBE_TOO_MANY_ROWS},    /* ER_SUBQUERY_NO_1_ROW */
    {1104, DBE_TOO_MANY_ROWS},    /* ER_TOO_BIG_SELECT */
    {1792, DBE_UNSAFE},           /* ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION */
    {1290, DBE_UNSAFE},           /* ER_OPTION_PREVENTS_STATEMENT (--read-only) */
    {1142, DBE_UNSAFE},           /* ER_TABLEACCESS_DENIED_ERROR */
    {1227, DBE_UNSAFE},           /* ER_SPECIFIC_ACCESS_DENIED_ERROR */
};

enum db_errclass db_errclass_from_sqlstate(const char *sqlstate, const char *msg)
{
    if (!sqlstate || strlen(sqlstate) != 5)
        return DBE_OTHER;
    for (size_t i = 0; i < sizeof sqlstates / sizeof sqlstates[0]; i++) {
        size_t n = strlen(sqlstates[i].code);
        if (strncasecmp(sqlstate, sqlstates[i].code, n) != 0)
            continue;
        if (sqlstates[i].msg && (!msg || !strcasestr(msg, sqlstates[i].msg)))
            continue;
        return sqlstates[i].cls;
    }
    return DBE_OTHER;
}

enum db_errclass db_errclass_from_mysql(unsigned code)
{
    for (size_t i = 0; i < sizeof mysql_errors / sizeof mysql_errors[0]; i++)
        if (mysql_errors[i].code == code)
            return mysql_errors[i].cls;
    return DBE_OTHER;
}

/* The classes whose messages name the offending identifier. */
static int has_ident(enum db_errclass cls)
{
    return cls == DBE_UNKNOWN_COLUMN || cls == DBE_UNKNOWN_TABLE || cls == DBE_AMBIGUOUS_COLUMN ||
           cls == DBE_FUNCTION;
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
            if (cls == DBE_UNKNOWN_TABLE) {
                char *dot = strrchr(out, '.');
                if (dot)
                    memmove(out, dot + 1, strlen(dot + 1) + 1);
            }
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
        char *dot = strrchr(out, '.');
        if (dot)
            memmove(out, dot + 1, strlen(dot + 1) + 1);
    }
}

static void fill(struct db_error *de, enum db_errclass cls, const char *msg)
{
    db_error_set(de, cls, "%s", msg ? msg : "");
    if (de && msg && has_ident(cls))
        extract_ident(msg, cls, de->ident, sizeof de->ident);
}

void db_error_from_sqlstate(struct db_error *de, const char *sqlstate, const char *msg)
{
    fill(de, db_errclass_from_sqlstate(sqlstate, msg), msg);
}

void db_error_from_mysql(struct db_error *de, unsigned code, const char *msg)
{
    fill(de, db_errclass_from_mysql(code), msg);
}
