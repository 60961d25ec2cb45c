/* dialect: what a database's SQL looks like, owned by its driver. Tier 0, the prompts and the
 * fixer write SQL through this table (identifier quoting, date parts, casts, string matching,
 * row limits, booleans) and drivers classify server errors through it, so no module branches on
 * a driver's name: adding a database is adding a dialect table beside its driver.
 *
 * Expressions are templates: "$1" stands for the first argument, "$2" for the second; every
 * other character is copied as is (so '%' needs no escaping).
 *
 * The tables are static and immutable: thread-safe, never freed. */
#ifndef GENBI_DIALECT_H
#define GENBI_DIALECT_H

#include <stddef.h>

#include "util/buf.h"

struct db_error;

struct db_dialect {
    const char *name;          /* "sqlite", "postgresql", "mysql": schema and translation keys */
    const char *const *aliases; /* other names users write ("postgres", "mariadb"), NULL-ended */
    const char *title;         /* "SQLite": how prompts name it */
    char quote;                /* identifier quote: '"' or '`' */
    int folds_to_lower;        /* unquoted identifiers fold to lower case (capitals need quotes) */

    /* date and time parts of a date or timestamp $1 */
    const char *year;          /* the year; text when year_is_text */
    int year_is_text;          /* compare `year` with '2023' rather than 2023 */
    const char *year_month;    /* 'YYYY-MM' text: a monthly bucket */
    const char *day;           /* the calendar day of a date or timestamp: a daily bucket */
    const char *month;         /* month of the year, 1..12 */
    const char *quarter;       /* quarter of the year, 1..4 */
    const char *year_quarter;  /* 'YYYY-Qn' text: a quarterly bucket */
    const char *weekday;       /* day of the week, 0 = Sunday .. 6 */
    const char *days_between;  /* whole days from $1 to $2 */
    const char *hours_between; /* hours from timestamp $1 to $2, with their fraction */
    const char *week_start;    /* the Monday of $1's week, as a date (ISO weeks start Monday) */
    const char *trunc_month;   /* first day of $1's month */
    const char *trunc_year;    /* first day of $1's year */
    const char *month_text;    /* month of the year as two-digit text, '01'..'12' */
    const char *minus_days;    /* the date $1 less $2 days */
    const char *minus_months;  /* the date $1 less $2 months, kept inside the target month
                                * (2024-12-31 less 3 months is 2024-09-30) */
    /* the date of $1 kept in another form (enum schema_date_form), as the dialect's date,
     * or ISO text in SQLite: a YYYYMMDD number, seconds or milliseconds since 1970 (UTC), text
     * day first or month first */
    const char *from_yyyymmdd;
    const char *from_epoch;
    const char *from_epoch_ms;
    const char *from_dmy;
    const char *from_mdy;

    /* casts and matching */
    const char *cast_real;     /* $1 as a number with a fraction */
    const char *cast_int;      /* $1 as an integer */
    const char *cast_text;     /* $1 as text */
    const char *like_nocase;   /* $1 matches pattern $2 ignoring case */
    const char *has_digit;     /* text $1 holds a digit: a number kept as text, not 'null' or '' */
    const char *lower;         /* $1 in lower case */
    const char *limit;         /* clause keeping the first $1 rows, after ORDER BY */
    const char *true_lit;      /* TRUE of a boolean column */
    const char *false_lit;

    /* column types and literals, for copying data in (`genbi demo --out`) */
    const char *type_int;      /* a 64-bit integer */
    const char *type_real;     /* a double-precision number */
    const char *type_text;     /* text of any length */
    const char *type_date;     /* a calendar date, written 'YYYY-MM-DD' */
    int backslash_escapes;     /* '\\' escapes in string literals (MySQL's default mode) */
    const char *analyze;       /* refresh the planner's statistics of table $1 */

    /* A server error (code: SQLSTATE, error number as text, or NULL; msg: the server's message)
     * to de's class, message and offending name. */
    void (*classify)(struct db_error *de, const char *code, const char *msg);
};

extern const struct db_dialect db_sqlite_dialect;
extern const struct db_dialect db_postgres_dialect;
extern const struct db_dialect db_mysql_dialect;

/* The dialect called `name` or one of its aliases (case-insensitive); SQLite's for NULL or an
 * unknown name, the embedded default. */
const struct db_dialect *db_dialect_named(const char *name);

/* Appends template t with $1 = a and $2 = b (NULL: empty). Returns buf's status (0 or -1). */
int db_dialect_put(struct buf *out, const char *t, const char *a, const char *b);
/* Appends column SQL ref as a date of the dialect, read from its form (enum schema_date_form;
 * ref itself for ISO). Returns buf's status. */
int db_dialect_put_date(struct buf *out, const struct db_dialect *d, int form, const char *ref);
/* Appends column name, after "qual." unless qual is NULL, as db_dialect_put_date() does. */
int db_dialect_put_date_col(struct buf *out, const struct db_dialect *d, int form,
                            const char *qual, const char *name);
/* Appends one line naming the dialect's date functions ("Dates in PostgreSQL: year of d:
 * EXTRACT(YEAR FROM d); …"), for model prompts. Returns buf's status. */
int db_dialect_describe_dates(struct buf *out, const struct db_dialect *d);
/* Appends name as an identifier, quoted only when it must be (reserved word, a character outside
 * [A-Za-z0-9_], a leading digit, or a capital in a dialect that folds case). */
int db_dialect_put_ident(struct buf *out, const struct db_dialect *d, const char *name);
/* 1 when word is quoted as a name in d (case-insensitive). Every dialect uses util/sqllex's one
 * list, the words reserved in any built-in dialect: quoting them everywhere is harmless, keeps
 * one question's SQL the same on every database, and agrees with buf.c and the SQL checks. */
int db_dialect_reserved(const struct db_dialect *d, const char *word);

#endif
