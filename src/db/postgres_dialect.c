/* postgres_dialect: PostgreSQL's SQL for tier 0, the prompts and the fixer, and its SQLSTATE
 * error codes as genbi's error classes. The PostgreSQL driver (postgres.c) classifies server
 * errors through it. Sources: the PostgreSQL manual, appendix A
 * "PostgreSQL Error Codes". */
#include <string.h>
#include <strings.h>

#include "db/db.h"

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

/* The class of a five-character SQLSTATE; msg (may be NULL) refines codes PostgreSQL shares
 * between classes (42803 is both a GROUP BY and an aggregate error). Unknown: DBE_OTHER. */
static enum db_errclass pg_class_of(const char *sqlstate, const char *msg)
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

static void pg_classify(struct db_error *de, const char *code, const char *msg)
{
    db_error_from_server(de, pg_class_of(code, msg), msg);
}

static const char *const pg_aliases[] = {"postgres", "pg", "pgsql", NULL};

const struct db_dialect db_postgres_dialect = {
    .name = "postgresql", .aliases = pg_aliases, .title = "PostgreSQL",
    .quote = '"', .folds_to_lower = 1,
    .year = "EXTRACT(YEAR FROM $1)", .year_is_text = 0,
    .year_month = "to_char($1, 'YYYY-MM')", .day = "CAST($1 AS DATE)", .month = "EXTRACT(MONTH FROM $1)",
    .quarter = "EXTRACT(QUARTER FROM $1)", .weekday = "EXTRACT(DOW FROM $1)",
    .year_quarter = "to_char($1, 'YYYY-\"Q\"Q')",
    .days_between = "(CAST($2 AS DATE) - CAST($1 AS DATE))",
    .hours_between = "(EXTRACT(EPOCH FROM (CAST($2 AS TIMESTAMP) - CAST($1 AS TIMESTAMP))) / 3600.0)",
    .week_start = "CAST(date_trunc('week', $1) AS DATE)",
    .trunc_month = "date_trunc('month', $1)", .trunc_year = "date_trunc('year', $1)",
    .cast_real = "CAST($1 AS DOUBLE PRECISION)",
    .cast_int = "CAST($1 AS INTEGER)", .cast_text = "CAST($1 AS TEXT)",
    .like_nocase = "$1 ILIKE $2",
    .has_digit = "$1 ~ '[0-9]'",
    /* date - integer is a date; date - interval a timestamp, compared as one */
    .month_text = "to_char($1, 'MM')", .minus_days = "(CAST($1 AS DATE) - $2)",
    .minus_months = "(CAST($1 AS DATE) - INTERVAL '$2 month')",
    .from_yyyymmdd = "to_date(CAST($1 AS TEXT), 'YYYYMMDD')",
    .from_epoch = "(to_timestamp($1) AT TIME ZONE 'UTC')",
    .from_epoch_ms = "(to_timestamp($1 / 1000.0) AT TIME ZONE 'UTC')",
    .from_dmy = "to_date(substr($1, 1, 10), 'DD/MM/YYYY')",
    .from_mdy = "to_date(substr($1, 1, 10), 'MM/DD/YYYY')",
    .lower = "LOWER($1)", .limit = "LIMIT $1",
    .true_lit = "TRUE", .false_lit = "FALSE",
    .type_int = "BIGINT", .type_real = "DOUBLE PRECISION", .type_text = "TEXT",
    .type_date = "DATE",
    .analyze = "ANALYZE $1",
    .classify = pg_classify,
};

int db_postgres_accepts(const char *dsn)
{
    return strncmp(dsn, "postgresql://", 13) == 0 || strncmp(dsn, "postgres://", 11) == 0;
}
