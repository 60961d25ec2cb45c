/* mysql_dialect: MySQL's and MariaDB's SQL for tier 0, the prompts and the fixer, and their
 * server error numbers as genbi's error classes. The MySQL/MariaDB driver (mysql.c, libmariadb,
 * built as the module genbi-mysql.so) classifies server errors through it; the table and the DSN
 * test stay in genbi itself, so tier 0 and the fixer need no module. Sources: the MySQL 8 and MariaDB
 * server error references. */
#include <stdlib.h>
#include <strings.h>

#include "db/db.h"

#include "util/banned.h"

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

/* The error number is given as text ("1054"); anything else is DBE_OTHER. */
static enum db_errclass my_class_of(const char *code)
{
    if (!code || !*code)
        return DBE_OTHER;
    char *end = NULL;
    unsigned long n = strtoul(code, &end, 10);
    if (*end)
        return DBE_OTHER;
    for (size_t i = 0; i < sizeof mysql_errors / sizeof mysql_errors[0]; i++)
        if (mysql_errors[i].code == n)
            return mysql_errors[i].cls;
    return DBE_OTHER;
}

static void my_classify(struct db_error *de, const char *code, const char *msg)
{
    db_error_from_server(de, my_class_of(code), msg);
}

static const char *const my_aliases[] = {"mariadb", NULL};

const struct db_dialect db_mysql_dialect = {
    .name = "mysql", .aliases = my_aliases, .title = "MySQL",
    .quote = '`', .folds_to_lower = 0,
    .year = "YEAR($1)", .year_is_text = 0,
    .year_month = "DATE_FORMAT($1, '%Y-%m')", .day = "DATE($1)", .month = "MONTH($1)",
    .quarter = "QUARTER($1)", .weekday = "(DAYOFWEEK($1) - 1)",
    .year_quarter = "CONCAT(YEAR($1), '-Q', QUARTER($1))",
    .days_between = "DATEDIFF($2, $1)",
    .hours_between = "(TIMESTAMPDIFF(SECOND, $1, $2) / 3600.0)",
    .week_start = "DATE_SUB(DATE($1), INTERVAL WEEKDAY($1) DAY)",
    .trunc_month = "DATE_FORMAT($1, '%Y-%m-01')", .trunc_year = "DATE_FORMAT($1, '%Y-01-01')",
    .month_text = "DATE_FORMAT($1, '%m')", .minus_days = "DATE_SUB($1, INTERVAL $2 DAY)",
    .minus_months = "DATE_SUB($1, INTERVAL $2 MONTH)",
    .from_yyyymmdd = "STR_TO_DATE($1, '%Y%m%d')",
    .from_epoch = "FROM_UNIXTIME($1)", .from_epoch_ms = "FROM_UNIXTIME($1 / 1000)",
    .from_dmy = "STR_TO_DATE(REPLACE(REPLACE(LEFT($1, 10), '-', '/'), '.', '/'), '%d/%m/%Y')",
    .from_mdy = "STR_TO_DATE(REPLACE(REPLACE(LEFT($1, 10), '-', '/'), '.', '/'), '%m/%d/%Y')",
    .cast_real = "CAST($1 AS DECIMAL(30,10))",
    .cast_int = "CAST($1 AS SIGNED)", .cast_text = "CAST($1 AS CHAR)",
    .like_nocase = "$1 LIKE $2", /* the default collations ignore case */
    .has_digit = "$1 REGEXP '[0-9]'",
    .lower = "LOWER($1)", .limit = "LIMIT $1",
    .true_lit = "TRUE", .false_lit = "FALSE",
    .type_int = "BIGINT", .type_real = "DOUBLE", .type_text = "TEXT", .type_date = "DATE",
    .backslash_escapes = 1,
    .analyze = "ANALYZE TABLE $1",
    .classify = my_classify,
};

int db_mysql_accepts(const char *dsn)
{
    return strncasecmp(dsn, "mysql://", 8) == 0 || strncasecmp(dsn, "mariadb://", 10) == 0;
}
