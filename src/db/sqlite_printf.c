/* sqlite_printf: SQLite's printf() and format() SQL functions, bounded.
 *
 * SQLite's own printf repeats a padding or %c loop `width` or `precision` times even after its
 * output has passed the length limit, so printf('%.*c', 2147483647, 'x') runs for a minute
 * inside one function call, where neither the progress handler nor sqlite3_interrupt() reaches.
 * genbi's connections replace both functions with this one: it reads each conversion itself,
 * refuses a width or precision above the connection's SQLITE_LIMIT_LENGTH (string or blob too
 * big, as SQLite says), and formats each conversion with sqlite3_str_appendf(), SQLite's own
 * formatter, so every accepted format prints exactly as SQLite's printf would. Output stops at
 * the first error of the accumulator. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/sqlite_int.h"

#include "util/banned.h"

/* Conversions by the argument they take. */
static int conv_kind(char c)
{
    if (strchr("diuxXop", c))
        return 'i';
    if (strchr("feEgG", c))
        return 'f';
    if (strchr("sqQwz", c))
        return 's';
    if (c == 'c')
        return 'c';
    return 0;
}

/* The next argument, or NULL past the last (SQLite's printf reads those as NULL / 0 / ""). */
static sqlite3_value *next_arg(int argc, sqlite3_value **argv, int *k)
{
    return *k < argc ? argv[(*k)++] : NULL;
}

static long long arg_int(sqlite3_value *v)
{
    return v ? sqlite3_value_int64(v) : 0;
}

/* A width or precision: digits, or '*' from the arguments. Returns the format past it. */
static const char *read_count(const char *f, int argc, sqlite3_value **argv, int *k,
                              long long *n, int *given)
{
    *given = 0;
    *n = 0;
    if (*f == '*') {
        *n = arg_int(next_arg(argc, argv, k));
        *given = 1;
        return f + 1;
    }
    while (*f >= '0' && *f <= '9') {
        if (*n < 1000000000000LL)
            *n = *n * 10 + (*f - '0');
        *given = 1;
        f++;
    }
    return f;
}

/* Appends one conversion spec, its width and precision resolved, with its argument. */
static void append_one(sqlite3_str *out, const char *flags, size_t nflags, long long width,
                       int has_width, long long prec, int has_prec, char conv, sqlite3_value *v)
{
    char spec[64];
    int n = snprintf(spec, sizeof spec, "%%%.*s", (int)nflags, flags);
    if (has_width)
        n += snprintf(spec + n, sizeof spec - (size_t)n, "%lld", width);
    if (has_prec && prec >= 0)
        n += snprintf(spec + n, sizeof spec - (size_t)n, ".%lld", prec);
    switch (conv_kind(conv)) {
    case 'i':
        snprintf(spec + n, sizeof spec - (size_t)n, "ll%c", conv == 'p' ? 'X' : conv);
        sqlite3_str_appendf(out, spec, arg_int(v));
        break;
    case 'f':
        snprintf(spec + n, sizeof spec - (size_t)n, "%c", conv);
        sqlite3_str_appendf(out, spec, v ? sqlite3_value_double(v) : 0.0);
        break;
    case 's': {
        const char *s = v ? (const char *)sqlite3_value_text(v) : NULL;
        snprintf(spec + n, sizeof spec - (size_t)n, "%c", conv == 'z' ? 's' : conv);
        sqlite3_str_appendf(out, spec, conv == 'Q' ? s : s ? s : "");
        break;
    }
    default: { /* 'c': the first character of the argument's text */
        const char *s = v ? (const char *)sqlite3_value_text(v) : NULL;
        unsigned char ch = s && *s ? (unsigned char)*s : 0;
        if (ch >= 0x80) /* a multi-byte character: printed once, never repeated */
            ch = '?';
        snprintf(spec + n, sizeof spec - (size_t)n, "c");
        if (ch)
            sqlite3_str_appendf(out, spec, ch);
        break;
    }
    }
}

static void bounded_printf(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc < 1)
        return;
    const char *f = (const char *)sqlite3_value_text(argv[0]);
    if (!f)
        return;
    sqlite3 *db = sqlite3_context_db_handle(ctx);
    long long cap = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
    sqlite3_str *out = sqlite3_str_new(db);
    int k = 1;
    while (*f && sqlite3_str_errcode(out) == SQLITE_OK) {
        const char *pct = strchr(f, '%');
        if (!pct) {
            sqlite3_str_appendall(out, f);
            break;
        }
        sqlite3_str_append(out, f, (int)(pct - f));
        const char *flags = pct + 1, *p = flags;
        while (*p && strchr("-+ 0#!,", *p))
            p++;
        size_t nflags = (size_t)(p - flags) < 16 ? (size_t)(p - flags) : 16;
        long long width, prec = -1;
        int has_width, has_prec = 0;
        p = read_count(p, argc, argv, &k, &width, &has_width);
        if (*p == '.') {
            p = read_count(p + 1, argc, argv, &k, &prec, &has_prec);
            has_prec = 1;
        }
        while (*p == 'l')
            p++;
        char conv = *p;
        if (!conv)
            break;
        f = p + 1;
        if (conv == '%') {
            sqlite3_str_appendchar(out, 1, '%');
            continue;
        }
        if (!conv_kind(conv)) /* %n and unknown conversions print nothing */
            continue;
        if (width > cap || -width > cap || prec > cap) {
            sqlite3_free(sqlite3_str_finish(out));
            sqlite3_result_error_toobig(ctx);
            return;
        }
        append_one(out, flags, nflags, width, has_width, prec, has_prec, conv,
                   next_arg(argc, argv, &k));
    }
    int rc = sqlite3_str_errcode(out);
    int len = sqlite3_str_length(out);
    char *s = sqlite3_str_finish(out);
    if (rc == SQLITE_TOOBIG) {
        sqlite3_result_error_toobig(ctx);
    } else if (rc != SQLITE_OK || (!s && len > 0)) {
        sqlite3_result_error_nomem(ctx);
    } else if (s) {
        sqlite3_result_text(ctx, s, len, sqlite3_free);
        return;
    } else {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
    }
    sqlite3_free(s);
}

int sqlite_printf_register(sqlite3 *db)
{
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "printf", -1, flags, NULL, bounded_printf, NULL,
                                        NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "format", -1, flags, NULL, bounded_printf, NULL,
                                        NULL, NULL);
    return rc;
}
