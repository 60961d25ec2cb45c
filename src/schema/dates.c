/* Dates kept in other forms than ISO text: YYYYMMDD numbers, seconds or milliseconds since 1970,
 * and day-first or month-first text. A column becomes a date only when its name says it holds
 * one and every sampled value is a valid date of one form, so an order number such as 20240131
 * stays a number. */
#include "schema/schema_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

/* The words of a column name that say it holds a date or a moment; "on" and "at" only as its
 * last word ("ship_on", "paid_at", not "on_hand"). */
static int named_as_date(const char *name)
{
    static const char *const words[] = {"date",    "dt",      "dte",      "ts",   "timestamp",
                                        "epoch",   "time",    "yyyymmdd", "ymd",  "day",
                                        "created", "updated", "modified", "when", "datetime"};
    char w[64];
    size_t n = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || *p == ' ' || *p == '-' ||
                       (n && isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
        if (boundary && n) {
            w[n] = '\0';
            for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
                if (strcmp(w, words[k]) == 0)
                    return 1;
            if (!*p && (strcmp(w, "on") == 0 || strcmp(w, "at") == 0))
                return 1;
            n = 0;
        }
        if (!*p)
            return 0;
        if (isalnum((unsigned char)*p) && n + 1 < sizeof w)
            w[n++] = (char)tolower((unsigned char)*p);
    }
}

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : d[m - 1];
}

static int valid_day(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in(y, m);
}

/* Digits only, n of them at most; the value, or -1. */
static long long digits(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (!n || n > max)
        return -1;
    long long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int is_yyyymmdd(const char *s)
{
    long long v = strlen(s) == 8 ? digits(s, 8) : -1;
    return v >= 0 && valid_day((int)(v / 10000), (int)(v / 100 % 100), (int)(v % 100));
}

/* Seconds (ms = 0) or milliseconds since 1970 between 1980 and 2100. */
static int is_epoch(const char *s, int ms)
{
    long long v = digits(s, 13), lo = 315532800LL, hi = 4102444800LL;
    if (ms) {
        lo *= 1000;
        hi *= 1000;
    }
    return v >= lo && v < hi;
}

/* 'NN?NN?YYYY', the same separator twice, then nothing or a time: its two leading parts. */
static int two_parts(const char *s, int *a, int *b)
{
    if (strlen(s) < 10 || (s[10] && s[10] != ' ' && s[10] != 'T'))
        return 0;
    char sep = s[2];
    if ((sep != '/' && sep != '-' && sep != '.') || s[5] != sep)
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 2 && i != 5 && !isdigit((unsigned char)s[i]))
            return 0;
    *a = (s[0] - '0') * 10 + (s[1] - '0');
    *b = (s[3] - '0') * 10 + (s[4] - '0');
    int y = (s[6] - '0') * 1000 + (s[7] - '0') * 100 + (s[8] - '0') * 10 + (s[9] - '0');
    return valid_day(y, *a <= 12 ? *a : *b, *a <= 12 ? *b : *a) && (*a <= 12 || *b <= 12);
}

/* The form every sample of col fits, or ISO when none; *day_month: the samples are 'NN/NN/YYYY'
 * and first12, second12 say whether a first or second part passed 12. */
static enum schema_date_form form_of_samples(const struct schema_column *col, int *day_month,
                                             int *first12, int *second12)
{
    int ymd = 1, sec = 1, ms = 1, dm = 1;
    *day_month = *first12 = *second12 = 0;
    if (!col->n_samples)
        return SCHEMA_DATE_ISO;
    for (size_t k = 0; k < col->n_samples; k++) {
        const char *v = col->samples[k];
        int a, b;
        ymd &= is_yyyymmdd(v);
        sec &= is_epoch(v, 0);
        ms &= is_epoch(v, 1);
        if (dm && two_parts(v, &a, &b)) {
            *first12 |= a > 12;
            *second12 |= b > 12;
        } else {
            dm = 0;
        }
    }
    *day_month = dm;
    if (ymd)
        return SCHEMA_DATE_YYYYMMDD;
    if (sec)
        return SCHEMA_DATE_EPOCH;
    if (ms)
        return SCHEMA_DATE_EPOCH_MS;
    return SCHEMA_DATE_ISO;
}

void schema_read_date_forms(struct schema *s, schema_over_12_fn over_12, void *ctx)
{
    for (size_t t = 0; t < s->n_tables; t++)
        for (size_t c = 0; c < s->tables[t].n_cols; c++) {
            struct schema_column *col = &s->tables[t].cols[c];
            if (col->pk || col->fk_table || col->date_form != SCHEMA_DATE_ISO)
                continue;
            int dm, first12, second12;
            enum schema_date_form f = form_of_samples(col, &dm, &first12, &second12);
            if (dm) {
                /* text: the shape says date whatever the name; the data says which part is the
                 * day */
                if (!first12 && !second12 && over_12 &&
                    over_12(ctx, t, c, &first12, &second12) != 0)
                    first12 = second12 = 0;
                if (first12 == second12)
                    continue;
                col->date_form = first12 ? SCHEMA_DATE_DMY : SCHEMA_DATE_MDY;
                col->type = SCHEMA_TYPE_DATE;
                continue;
            }
            if (f == SCHEMA_DATE_ISO || !named_as_date(col->name))
                continue;
            col->date_form = f;
            col->type = SCHEMA_TYPE_DATE;
        }
}

const char *schema_date_form_name(enum schema_date_form f)
{
    switch (f) {
    case SCHEMA_DATE_YYYYMMDD:
        return "YYYYMMDD number";
    case SCHEMA_DATE_EPOCH:
        return "seconds since 1970";
    case SCHEMA_DATE_EPOCH_MS:
        return "milliseconds since 1970";
    case SCHEMA_DATE_DMY:
        return "text DD/MM/YYYY";
    case SCHEMA_DATE_MDY:
        return "text MM/DD/YYYY";
    case SCHEMA_DATE_ISO:
        break;
    }
    return NULL;
}
