/* nl tier 0, the calendar: periods ("Q3 2022", "June 2023", "the first half of 2023", "between
 * Jan 15 2023 and Feb 15 2023"), parts of a date ("in December", "on Mondays", "on weekends"),
 * the last N days, weeks, months or years of the data, groupings by quarter and weekday, the
 * time group a question ranks ("which month had the most orders") and the days between two date
 * columns of one table ("average days to ship").
 *
 * t0_calendar_read() runs before the interpretation: it reads the phrases from the linked spans,
 * adds their filters, grouping or measure to the query and turns their words into stop words, so
 * the rest of tier 0 never sees "Q3" or "June" as a name. A month's name that is also a stored
 * value ("May", a person) stays a value unless a year or a day says it is a date.
 *
 * Dates are compared as half-open ranges (date >= '2022-07-01' AND date < '2022-10-01'), which
 * holds for DATE, TIMESTAMP and ISO text with or without a time of day, in every dialect; parts
 * and differences come from the driver's dialect. "The last 3 months" ends at the latest date the
 * column holds, not at today: the data decides what is recent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/dialect.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "schema/forms.h"
#include "util/buf.h"

#include "util/banned.h"

static const struct nl_lex cal_stop = {"", NL_R_STOP, 0, 0};

static const char *const month_names[12][3] = {
    {"january", "jan", NULL}, {"february", "feb", NULL}, {"march", "mar", NULL},
    {"april", "apr", NULL},   {"may", NULL, NULL},       {"june", "jun", NULL},
    {"july", "jul", NULL},    {"august", "aug", NULL},   {"september", "sep", "sept"},
    {"october", "oct", NULL}, {"november", "nov", NULL}, {"december", "dec", NULL},
};

static const char *const weekday_names[7] = {"sunday",   "monday", "tuesday", "wednesday",
                                             "thursday", "friday", "saturday"};

/* ---- reading the spans ---- */

/* The text of span i when it is one token, else "" (calendar words are single tokens). */
static const char *word(const struct query *q, int i)
{
    if (i < 0 || (size_t)i >= q->n || q->sp[i].len != 1)
        return "";
    return q->toks[q->sp[i].tok].word;
}

static int is(const struct query *q, int i, const char *w)
{
    const char *x = word(q, i);
    return x[0] == w[0] && strcmp(x, w) == 0; /* the first letter rules out most */
}

/* Span i is the two words a and b ("last quarter", one lexicon span). */
static int phrase_is(const struct query *q, int i, const char *a, const char *b)
{
    return i >= 0 && (size_t)i < q->n && q->sp[i].len == 2 &&
           strcmp(q->toks[q->sp[i].tok].word, a) == 0 &&
           strcmp(q->toks[q->sp[i].tok + 1].word, b) == 0;
}

static int is_any(const struct query *q, int i, const char *const *ws)
{
    for (; *ws; ws++)
        if (is(q, i, *ws))
            return 1;
    return 0;
}

/* 1..12 for a month's name; "may" and the short names are weak (a value may win). */
static int month_of(const char *w, int *weak)
{
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 3 && month_names[m][k]; k++)
            if (w[0] == month_names[m][k][0] && strcmp(w, month_names[m][k]) == 0) {
                *weak = k > 0 || m == 4;
                return m + 1;
            }
    return 0;
}

/* 0..6 for "monday", "mondays"; -1 otherwise. */
static int weekday_of(const char *w)
{
    for (int d = 0; d < 7; d++) {
        size_t n = strlen(weekday_names[d]);
        if (strncmp(w, weekday_names[d], n) == 0 && (w[n] == '\0' || strcmp(w + n, "s") == 0))
            return d;
    }
    return -1;
}

static int is_number(const struct query *q, int i)
{
    return i >= 0 && (size_t)i < q->n && q->sp[i].kind == NL_SPAN_NUMBER && q->sp[i].is_int;
}

static int year_at(const struct query *q, int i)
{
    return is_number(q, i) && t0_is_year(&q->sp[i]) ? (int)q->sp[i].num : 0;
}

/* The next span after i that is not "of", "in", "the" or a comma-free filler; -1 past the end. */
static int skip_of(const struct query *q, int i)
{
    static const char *const fill[] = {"of", "in", "the", NULL};
    int j = i + 1;
    while ((size_t)j < q->n && is_any(q, j, fill))
        j++;
    return (size_t)j < q->n ? j : -1;
}

static void eat(struct query *q, int from, int to)
{
    for (int i = from; i <= to; i++) {
        struct nl_span *sp = &q->sp[i];
        sp->kind = NL_SPAN_STOPWORD;
        sp->lex = &cal_stop;
        sp->n_cand = 0;
        sp->used = 1;
    }
}

static struct filter *cal_filter(struct query *q, enum cal_kind kind)
{
    struct filter *f = t0_new_filter(q, FILTER_DATE);
    if (f) {
        f->cal = kind;
        q->any_link = 1;
    }
    return f;
}

/* ---- dates as text ---- */

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* 'YYYY-MM-DD' of y-m-d, where d may run one past the month's end and m one past December. */
static void put_date(char out[16], int y, int m, int d)
{
    if (d > month_days(y, m)) {
        d = 1;
        m++;
    }
    if (m > 12) {
        m = 1;
        y++;
    }
    snprintf(out, 16, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
}

/* A period read from the question: [lo, hi) and the spans it took. */
struct period {
    int first, last; /* spans */
    int y, m1, d1;   /* start */
    int y2, m2, d2;  /* end, exclusive */
};

static void period_months(struct period *p, int y, int m_from, int m_count)
{
    p->y = y;
    p->m1 = m_from;
    p->d1 = 1;
    int m_end = m_from + m_count;
    p->y2 = y + (m_end - 1) / 12;
    p->m2 = (m_end - 1) % 12 + 1;
    p->d2 = 1;
}

static const char *const ordinals[5][3] = {{NULL, NULL, NULL},
                                           {"first", "1st", NULL},
                                           {"second", "2nd", NULL},
                                           {"third", "3rd", NULL},
                                           {"fourth", "4th", "last"}};

static int ordinal_at(const struct query *q, int i, int max)
{
    for (int k = 1; k <= max; k++)
        for (int j = 0; j < 3 && ordinals[k][j]; j++)
            if (is(q, i, ordinals[k][j]) && !(k == 4 && max == 2))
                return k;
    if (max == 2 && is(q, i, "last"))
        return 2;
    return 0;
}

/* "Q3 2022", "2022 Q3", "the third quarter of 2022", "H1 2023", "the first half of 2023":
 * a period with its year (has_year) or the quarter alone. Returns the quarter's or half's
 * number and fills p, or 0. */
static int read_quarter(const struct query *q, int i, struct period *p, int *half, int *has_year)
{
    const char *w = word(q, i);
    int n = 0, last = i;
    *half = 0;
    if ((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= (w[0] == 'q' ? '4' : '2') && !w[2] &&
        q->sp[i].kind == NL_SPAN_UNKNOWN) {
        n = w[1] - '0';
        *half = w[0] == 'h';
    } else if ((n = ordinal_at(q, i, 4)) && is(q, i + 1, "quarter")) {
        last = i + 1;
    } else if ((n = ordinal_at(q, i, 2)) && is(q, i + 1, "half")) {
        *half = 1;
        last = i + 1;
    } else if (phrase_is(q, i, "last", "quarter") && is(q, i + 1, "of")) {
        n = 4; /* "the last quarter of 2023": its fourth (one span, read as "last quarter") */
    } else {
        return 0;
    }
    int j = skip_of(q, last), y = j >= 0 ? year_at(q, j) : 0;
    if (n == 4 && last == i && q->sp[i].len == 2 && !y)
        return 0; /* "the last quarter" alone is the one before the data's latest (read_anchored) */
    p->first = i;
    p->last = last;
    if (y) {
        p->last = j;
    } else if ((y = year_at(q, i - 1)) != 0) {
        p->first = i - 1;
    }
    *has_year = y != 0;
    if (y)
        period_months(p, y, *half ? 6 * n - 5 : 3 * n - 2, *half ? 6 : 3);
    return n;
}

/* "June 2023", "Jan 15 2023", "15 January 2023": a month or a day with its year, into p.
 * Returns the month, or 0. */
static int read_month_date(const struct query *q, int i, struct period *p)
{
    int weak = 0, m = month_of(word(q, i), &weak);
    if (!m && phrase_is(q, i, "last", "month") && is(q, i + 1, "of")) {
        int j = skip_of(q, i), y = j >= 0 ? year_at(q, j) : 0;
        if (!y)
            return 0;
        p->first = i; /* "the last month of 2023": its December */
        p->last = j;
        period_months(p, y, 12, 1);
        return 12;
    }
    if (!m)
        return 0;
    int y = 0, d = 0, last = i, first = i;
    static const char *const counts[] = {"top",   "first",  "last",   "bottom", "best",
                                         "worst", "latest", "newest", NULL};
    if (is_number(q, i - 1) && q->sp[i - 1].num >= 1 && q->sp[i - 1].num <= 31 &&
        q->sp[i - 1].num == (int)q->sp[i - 1].num && !(i >= 2 && is_any(q, i - 2, counts)) &&
        (y = year_at(q, i + 1)) != 0) {
        d = (int)q->sp[i - 1].num; /* "15 Nov 2024": the day written first ("top 5 Nov 2024
                                    * orders" is a count) */
        first = i - 1;
        last = i + 1;
    } else if ((y = year_at(q, i + 1)) != 0) {
        last = i + 1;
    } else if (is_number(q, i + 1) && q->sp[i + 1].num >= 1 && q->sp[i + 1].num <= 31 &&
               (y = year_at(q, i + 2)) != 0) {
        d = (int)q->sp[i + 1].num;
        last = i + 2;
    } else if (is_number(q, i - 1) && q->sp[i - 1].num >= 1 && q->sp[i - 1].num <= 31 &&
               (y = year_at(q, i + 1)) != 0) {
        d = (int)q->sp[i - 1].num;
        first = i - 1;
        last = i + 1;
    } else {
        int j = skip_of(q, i);
        if (!(j >= 0 && is(q, j - 1, "of") && (y = year_at(q, j)) != 0)) /* "June of 2023" */
            return 0;
        last = j;
    }
    if (d > month_days(y, m))
        return 0;
    p->first = first;
    p->last = last;
    if (d) {
        p->y = p->y2 = y;
        p->m1 = p->m2 = m;
        p->d1 = d;
        p->d2 = d + 1;
    } else {
        period_months(p, y, m, 1);
    }
    return m;
}

/* The number at span i written as the next part of a date ("-06" of "2023-06-01"), in lo..hi. */
static int date_part_at(const struct query *q, int i, int lo, int hi)
{
    if (!is_number(q, i) || !q->toks[q->sp[i].tok].date_sep)
        return 0;
    double v = q->sp[i].num; /* compared as read: "01111111111..." is no int */
    return v >= lo && v <= hi ? (int)v : 0;
}

/* "2023-06-01" (a day) and "2023-06" (a month), as ISO 8601 writes them, into p. A day written
 * month first or day first ("06/01/2023") is not read: which one it is, the text does not say. */
static int read_iso_date(const struct query *q, int i, struct period *p)
{
    int y = year_at(q, i), m = y ? date_part_at(q, i + 1, 1, 12) : 0;
    if (!m || q->toks[q->sp[i].tok].date_sep)
        return 0;
    int d = date_part_at(q, i + 2, 1, 31);
    if (d > month_days(y, m) || date_part_at(q, i + 3, 0, 99) ||
        (!d && is_number(q, i + 2) && q->toks[q->sp[i + 2].tok].date_sep))
        return 0; /* "2023-02-30", "2023-06-01-7": not a date */
    p->first = i;
    p->last = d ? i + 2 : i + 1;
    if (d) {
        p->y = p->y2 = y;
        p->m1 = p->m2 = m;
        p->d1 = d;
        p->d2 = d + 1;
    } else {
        period_months(p, y, m, 1);
    }
    return 1;
}

static int read_period(const struct query *q, int i, struct period *p)
{
    int half, has_year;
    if (read_month_date(q, i, p) || read_iso_date(q, i, p))
        return 1;
    return read_quarter(q, i, p, &half, &has_year) && has_year;
}

/* "between P1 and P2", "from P1 to P2", "since P", "before P", "after P", or P alone: a
 * range filter. Returns the last span read, or -1. */
static int read_range(struct query *q, int i)
{
    struct period a, b;
    if (!read_period(q, i, &a))
        return -1;
    int first = a.first, last = a.last;
    char lo[16], hi[16];
    put_date(lo, a.y, a.m1, a.d1);
    put_date(hi, a.y2, a.m2, a.d2);
    int pv = first - 1;
    static const char *const opens[] = {"between", "from", NULL};
    static const char *const joins[] = {"and", "to", "until", "through", NULL};
    static const char *const upto[] = {"to", "until", "through", "thru", NULL};
    if (pv >= 0 && is_any(q, pv, opens) && is_any(q, last + 1, joins) &&
        (read_period(q, last + 2, &b) ||
         /* "from 15 Nov 2024 to 31 Dec 2024": the second day written first too */
         (read_period(q, last + 3, &b) && b.first == last + 2))) {
        put_date(hi, b.y2, b.m2, b.d2); /* both ends included */
        first = pv;
        last = b.last;
    } else if (pv >= 1 && !q->growth && is_any(q, pv, upto) &&
               !q->toks[q->sp[pv - 1].tok].date_sep && month_of(word(q, pv - 1), &(int){0}) &&
               q->sp[pv - 1].len == 1 &&
               (q->sp[pv - 1].kind == NL_SPAN_UNKNOWN || q->sp[pv - 1].kind == NL_SPAN_LEX) &&
               a.d1 == 1) {
        /* "June through August 2024", "from March to May 2023": the first month is of the
         * second's year (the year before when it comes after it); in a growth ("change from
         * September to October 2023") the two months are its two periods instead */
        int m0 = month_of(word(q, pv - 1), &(int){0});
        put_date(lo, m0 <= a.m1 ? a.y : a.y - 1, m0, 1);
        first = pv - 1 > 0 && is_any(q, pv - 2, opens) ? pv - 2 : pv - 1;
    } else if (pv >= 0 && (is(q, pv, "since") || is(q, pv, "after") || is(q, pv, "before"))) {
        if (is(q, pv, "before"))
            memcpy(hi, lo, sizeof hi), lo[0] = '\0';
        else if (is(q, pv, "after"))
            memcpy(lo, hi, sizeof lo), hi[0] = '\0';
        else
            hi[0] = '\0';
        first = pv;
    } else if (pv >= 0 && is(q, pv, "on") && a.y == a.y2 && a.m1 == a.m2) {
        first = pv; /* "on 2024-02-29", "on Jan 5 2024": the day */
    }
    struct filter *f = cal_filter(q, CAL_RANGE);
    if (!f)
        return -1;
    memcpy(f->lo, lo, sizeof f->lo);
    memcpy(f->hi, hi, sizeof f->hi);
    eat(q, first, last);
    return last;
}

/* "in December", "December orders", "in Q3" (every year): a part of the date. The weak names
 * ("may", "mar", "jun") need "in" or "during" before them, and a stored value wins over any. */
static int read_part(struct query *q, int i)
{
    int weak = 0, m = month_of(word(q, i), &weak), unit = NL_TIME_MONTH, v = m, last = i;
    int half = 0, has_year = 0;
    struct period p;
    if (!m && (v = read_quarter(q, i, &p, &half, &has_year)) && !half && !has_year) {
        unit = NL_TIME_QUARTER;
        last = p.last;
    } else if (!m) {
        return -1;
    }
    if (q->sp[i].kind != NL_SPAN_UNKNOWN && q->sp[i].kind != NL_SPAN_LEX)
        return -1; /* "May" the person, "Q3" the q3_target column */
    static const char *const upto[] = {"to", "until", "through", "thru", NULL};
    if (m && !q->growth && is_any(q, i + 1, upto) && read_period(q, i + 2, &p))
        return -1; /* "June through August 2024": the start of a range (read_range) */
    int m2 = m && !q->growth && is_any(q, i + 1, upto) ? month_of(word(q, i + 2), &(int){0}) : 0;
    if (m2 && (q->sp[i + 2].kind == NL_SPAN_UNKNOWN || q->sp[i + 2].kind == NL_SPAN_LEX)) {
        /* "orders from June through August": those months of every year */
        struct filter *f = cal_filter(q, CAL_PART);
        if (!f)
            return -1;
        f->unit = -NL_TIME_MONTH;
        f->num = m;
        f->more_nums[0] = m2;
        f->n_more_nums = 1;
        if (m2 < m)
            t0_doubt(q, P_UNSURE, "a range of months over the turn of a year");
        int pv = i - 1;
        eat(q, pv >= 0 && (is(q, pv, "from") || is(q, pv, "in") || is(q, pv, "between")) ? pv : i,
            i + 2);
        return i + 2;
    }
    int pv = i - 1;
    int placed = pv >= 0 && (is(q, pv, "in") || is(q, pv, "during"));
    if (weak && !placed)
        return -1;
    struct filter *f = cal_filter(q, CAL_PART);
    if (!f)
        return -1;
    f->unit = unit;
    f->num = v;
    eat(q, placed ? pv : i, last);
    return last;
}

/* "on Mondays", "Friday orders", "on weekends", "on weekdays" */
static int read_weekday(struct query *q, int i)
{
    int d = weekday_of(word(q, i));
    int weekend = is(q, i, "weekend") || is(q, i, "weekends");
    int workday = (is(q, i, "weekdays") || is(q, i, "workdays")) && is(q, i - 1, "on");
    if ((d < 0 && !weekend && !workday) ||
        (q->sp[i].kind != NL_SPAN_UNKNOWN && q->sp[i].kind != NL_SPAN_LEX))
        return -1;
    struct filter *f = cal_filter(q, CAL_PART);
    if (!f)
        return -1;
    f->unit = NL_TIME_WEEKDAY;
    if (weekend) {
        f->num = 0;
        f->more_nums[0] = 6;
        f->n_more_nums = 1;
    } else if (workday) {
        f->num = 1;
        for (int k = 2; k <= 5 && f->n_more_nums < 3; k++)
            f->more_nums[f->n_more_nums++] = k;
        f->unit = -NL_TIME_WEEKDAY; /* 1..5: a range, see put_part_filter */
    } else {
        f->num = d;
    }
    eat(q, is(q, i - 1, "on") ? i - 1 : i, i);
    return i;
}

static int unit_of(const char *w)
{
    static const struct {
        const char *w;
        int unit;
    } units[] = {{"day", 0},
                 {"days", 0},
                 {"week", -1},
                 {"weeks", -1},
                 {"month", NL_TIME_MONTH},
                 {"months", NL_TIME_MONTH},
                 {"year", NL_TIME_YEAR},
                 {"years", NL_TIME_YEAR}};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (strcmp(w, units[k].w) == 0)
            return units[k].unit;
    return -2;
}

/* "the last 6 months", "in the past 30 days", "over the previous 2 weeks" */
static int read_recent(struct query *q, int i)
{
    static const char *const lasts[] = {"last", "past", "previous", "trailing", NULL};
    int unit;
    if (!is_any(q, i, lasts) || !is_number(q, i + 1) || q->sp[i + 1].num < 1 ||
        q->sp[i + 1].num > 1000 || (unit = unit_of(word(q, i + 2))) < -1)
        return -1;
    struct filter *f = cal_filter(q, CAL_RECENT);
    if (!f)
        return -1;
    f->num = q->sp[i + 1].num;
    f->unit = unit;
    int from = i;
    const struct nl_span *e = i >= 3 ? &q->sp[i - 3] : NULL;
    int each = e && e->kind == NL_SPAN_LEX &&
               (strcmp(e->lex->phrase, "each") == 0 || strcmp(e->lex->phrase, "for each") == 0 ||
                strcmp(e->lex->phrase, "in each") == 0);
    if (each && is(q, i - 1, "the") && is(q, i - 2, "of") &&
        (unit == NL_TIME_MONTH || unit == NL_TIME_QUARTER || unit == NL_TIME_YEAR) &&
        q->group == GROUP_NONE) {
        /* "revenue for each of the last 6 months": the months are the groups too */
        q->group = GROUP_TIME;
        q->group_time = unit;
        q->shape = 1;
        from = i - 3;
    }
    eat(q, from, i + 2);
    return i + 2;
}

/* "this year", "last month", "year to date": a period counted back from the data's latest
 * date (the issue of a question asked of data that ends before today: "now" is where it ends). */
static int read_anchored(struct query *q, int i)
{
    static const struct {
        const char *phrase;
        int unit, back;
    } anchors[] = {{"this year", NL_TIME_YEAR, 0},       {"current year", NL_TIME_YEAR, 0},
                   {"year to date", NL_TIME_YEAR, 0},    {"ytd", NL_TIME_YEAR, 0},
                   {"last year", NL_TIME_YEAR, 1},       {"previous year", NL_TIME_YEAR, 1},
                   {"this month", NL_TIME_MONTH, 0},     {"last month", NL_TIME_MONTH, 1},
                   {"this quarter", NL_TIME_QUARTER, 0}, {"last quarter", NL_TIME_QUARTER, 1}};
    const struct nl_span *sp = &q->sp[i];
    if (sp->kind != NL_SPAN_LEX || sp->lex->role != NL_R_RELTIME)
        return -1;
    for (size_t k = 0; k < sizeof anchors / sizeof anchors[0]; k++) {
        if (strcmp(sp->lex->phrase, anchors[k].phrase) != 0)
            continue;
        struct filter *f = cal_filter(q, CAL_ANCHOR);
        if (!f)
            return -1;
        f->unit = anchors[k].unit;
        f->num = anchors[k].back;
        t0_doubt(q, P_SLIGHT, "'%s' counted from the data's latest date", anchors[k].phrase);
        eat(q, i, i);
        return i;
    }
    return -1;
}

/* "by quarter", "per quarter", "quarterly", "by weekday", "by day of (the) week", "which
 * weekday", "what day of the week": a time group (ranked when a question word asks for it). */
static int read_group(struct query *q, int i)
{
    static const char *const groupers[] = {"by",   "per",     "each",     "every", "which",
                                           "what", "busiest", "quietest", NULL};
    int unit = 0, last = i;
    static const char *const askers[] = {"which", "what", "busiest", "quietest", NULL};
    int asks = is_any(q, i - 1, askers);
    if (is(q, i, "month") && is(q, i + 1, "of") &&
        (is(q, i + 2, "year") || (is(q, i + 2, "the") && is(q, i + 3, "year"))))
        /* "by month of the year", "which month of the year": the months of every year together */
        unit = NL_TIME_MONTH_OF_YEAR, last = is(q, i + 2, "year") ? i + 2 : i + 3;
    else if (asks && (is(q, i, "year") || is(q, i, "month")) && q->sp[i].kind == NL_SPAN_LEX)
        unit = is(q, i, "year") ? NL_TIME_YEAR : NL_TIME_MONTH;
    else if (is(q, i, "quarter") || is(q, i, "quarters"))
        unit = NL_TIME_QUARTER;
    else if (is(q, i, "weekday") || is(q, i, "weekdays"))
        unit = NL_TIME_WEEKDAY;
    else if ((is(q, i, "day") || is(q, i, "days")) && is(q, i + 1, "of") &&
             (is(q, i + 2, "week") || (is(q, i + 2, "the") && is(q, i + 3, "week"))))
        unit = NL_TIME_WEEKDAY, last = is(q, i + 2, "week") ? i + 2 : i + 3;
    else if (is(q, i, "calendar") && is(q, i + 1, "month"))
        unit = NL_TIME_MONTH_OF_YEAR, last = i + 1; /* "by calendar month" */
    else if (is(q, i, "quarterly"))
        unit = NL_TIME_QUARTER + 8;
    else if (is(q, i, "daily"))
        unit = NL_TIME_DAY + 8;
    else if (is(q, i, "day") || is(q, i, "days"))
        unit = NL_TIME_DAY; /* "per day", "which day", "the busiest day" */
    if (!unit || q->group != GROUP_NONE)
        return -1;
    int pv = i - 1;
    if (pv >= 1 && (is(q, pv, "the") || is(q, pv, "a") || is(q, pv, "single")))
        pv--;
    int by = pv >= 0 && (is_any(q, pv, groupers) ||
                         (q->sp[pv].kind == NL_SPAN_LEX && q->sp[pv].lex->role == NL_R_GROUP));
    if (!by && unit < 8)
        return -1;
    q->group = GROUP_TIME; /* (a grouping read before made this return above) */
    q->group_time = unit & 7;
    q->per_period = is(q, pv, "per") || (unit >= 8 && is(q, i - 1, "average"));
    q->shape = 1;
    /* "which quarter": the question word stays, and asks for the group a ranking picks; the
     * verb after it only links the period to what happened in it ("gets the most orders") */
    static const char *const verbs[] = {"get",   "gets",   "got",     "see",     "sees",     "saw",
                                        "bring", "brings", "brought", "receive", "receives", NULL};
    asks = is_any(q, pv, askers);
    if (asks && is_any(q, last + 1, verbs))
        last++;
    eat(q, asks || unit >= 8 ? i : pv, last);
    return last;
}

/* ---- days between two dates ---- */

static int col_word(const struct query *q, int t, int c, const char *w)
{
    char stem[NL_WORD_MAX];
    nl_stem(w, stem, sizeof stem);
    return t0_col_has_word(q, t, c, stem);
}

/* Where a date column stands in a process: 0 the event itself, higher for later steps, 9 for
 * a birth date (never an event). */
static int date_stage(const struct query *q, int t, int c)
{
    static const struct {
        const char *w;
        int stage;
    } steps[] = {
        {"birth", 9},      {"dob", 9},        {"born", 9},     {"ship", 1},      {"shipped", 1},
        {"dispatched", 1}, {"due", 2},        {"deliver", 2},  {"delivered", 2}, {"paid", 2},
        {"payment", 2},    {"arrival", 2},    {"arrived", 2},  {"received", 2},  {"close", 3},
        {"closed", 3},     {"end", 3},        {"ended", 3},    {"finish", 3},    {"finished", 3},
        {"completed", 3},  {"resolved", 3},   {"returned", 3}, {"cancelled", 3}, {"canceled", 3},
        {"restored", 3},   {"restor", 3},     {"stop", 3},     {"stopped", 3},   {"refunded", 3},
        {"churned", 3},    {"terminated", 3}, {"expires", 4},  {"expiry", 4},    {"expiration", 4},
        {"updated", 4},    {"modified", 4},   {"last", 4},
    };
    const struct nl_name *cn = &q->ns->cols[t][c], *tn = &q->ns->tables[t];
    for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++) {
        if (col_word(q, t, c, steps[k].w))
            return steps[k].stage;
        /* the short forms of a legacy schema: cmpl_on (completed), cls_dt (closed), shp_dt; not
         * a word of the table's own name (term_eff_dt in plcy_term is no "terminated") */
        for (size_t w = 0; w < cn->n; w++) {
            int own = 0;
            for (size_t j = 0; j < tn->n; j++)
                own |= strcmp(cn->stem[w], tn->stem[j]) == 0;
            if (!own && strlen(cn->stem[w]) >= 3 && nl_short_form(cn->stem[w], steps[k].w))
                return steps[k].stage;
        }
    }
    return 0;
}

int t0_cal_event_col(const struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    int best = -1, best_stage = 9, ties = 0;
    for (size_t c = 0; c < tb->n_cols; c++) {
        if (tb->cols[c].type != SCHEMA_TYPE_DATE)
            continue;
        int st = date_stage(q, t, (int)c);
        if (st < best_stage) {
            best = (int)c;
            best_stage = st;
            ties = 0;
        } else if (st == best_stage) {
            ties++;
        }
    }
    return ties || best_stage >= 9 ? -1 : best;
}

/* A date column of some table whose name holds the word of span i ("ship" -> ship_date,
 * "delivered" -> delivered_on) and is not that table's event date; its table in *t. */
static int later_date_named(const struct query *q, int i, int *t_out)
{
    const char *w = word(q, i);
    int found = -1;
    if (!w[0])
        return -1;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        int ev = t0_cal_event_col(q, (int)t);
        int amb = 0;
        if (ev < 0)
            ev = t0_date_col(q, (int)t, &amb);
        if (ev < 0 || amb)
            continue;
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
            if ((int)c == ev || q->s->tables[t].cols[c].type != SCHEMA_TYPE_DATE ||
                !(t0_col_has_word(q, (int)t, (int)c, q->toks[q->sp[i].tok].stem) ||
                  col_word(q, (int)t, (int)c, w)))
                continue;
            if (found >= 0)
                return -1; /* two tables could mean it */
            found = (int)c;
            *t_out = (int)t;
        }
    }
    return found;
}

/* Span i becomes column c of table t, the later date the days (or hours) are counted to. */
static void days_span(struct query *q, int i, int t, int c)
{
    struct nl_span *sp = &q->sp[i];
    sp->kind = NL_SPAN_COLUMN;
    sp->lex = NULL;
    sp->n_cand = 1;
    sp->cand[0] = (struct nl_cand){t, c, NULL};
    sp->partial = 0;
    sp->used = 0;
}

/* The days (or hours: the unit of hours_word()) from column from to column to of table t, said
 * from span i ("days", "the average number of days") to span span, which becomes the measure.
 * Returns span. */
static int days_read(struct query *q, int i, int span, int t, int from, int to, int hours)
{
    q->days_t = t;
    q->days_from = from;
    q->days_to = to;
    q->days_hours = hours;
    int first = i;
    if (i >= 1 && q->sp[i - 1].kind == NL_SPAN_LEX && q->sp[i - 1].lex->role == NL_R_COUNT)
        first = i - 1; /* "the average number of days" */
    eat(q, first, span - 1);
    days_span(q, span, t, to);
    return span;
}

/* "hours", "hrs": 1; "minutes", "mins": 60 (of them in an hour); else 0 */
static int hours_word(const struct query *q, int i)
{
    return is(q, i, "hours") || is(q, i, "hrs") || is(q, i, "hour")        ? 1
           : is(q, i, "minutes") || is(q, i, "mins") || is(q, i, "minute") ? 60
                                                                           : 0;
}

/* "days to ship", "days it takes to deliver", "number of days to ship", "days until paid": the
 * days from the event date to the named date, read as a column span over that date. In hours
 * or minutes when the question says so. */
static int read_days(struct query *q, int i)
{
    static const char *const gaps[] = {"it",     "takes", "take", "took", "to",   "until", "till",
                                       "before", "for",   "does", "did",  "them", "us",    NULL};
    int lt = -1, lc = -1; /* the later date named before "time" or "days", and its table */
    if (q->days_t < 0 && (is(q, i, "time") || is(q, i, "days")) && i >= 1 &&
        q->sp[i - 1].kind != NL_SPAN_STOPWORD && (lc = later_date_named(q, i - 1, &lt)) >= 0) {
        /* "average shipping time (in days)", "avg shipping days by channel": the days from the
         * event date to ship_date */
        int ev = t0_cal_event_col(q, lt), amb = 0;
        if (ev < 0)
            ev = t0_date_col(q, lt, &amb);
        q->days_t = lt;
        q->days_from = ev;
        q->days_to = lc;
        int last = i;
        if ((size_t)i + 2 < q->n && is(q, i + 1, "in") && is(q, i + 2, "days"))
            last = i + 2;
        else if ((size_t)i + 2 < q->n && is(q, i + 1, "in") &&
                 (q->days_hours = hours_word(q, i + 2)))
            last = i + 2; /* "average repair time in hours" */
        eat(q, i, last);
        days_span(q, i - 1, lt, lc);
        return last;
    }
    if (q->days_t < 0 && (is(q, i, "duration") || is(q, i, "durations"))) {
        /* "average outage duration (in hours)", "duration of stays": from the rows' event date
         * to the one date of a later step (restored, ended, closed) of the table said with it */
        int t = -1;
        if (i >= 1 && q->sp[i - 1].kind == NL_SPAN_TABLE && q->sp[i - 1].n_cand == 1)
            t = q->sp[i - 1].cand[0].table;
        else if ((size_t)i + 2 < q->n && is(q, i + 1, "of") && q->sp[i + 2].kind == NL_SPAN_TABLE &&
                 q->sp[i + 2].n_cand == 1)
            t = q->sp[i + 2].cand[0].table;
        int ev = t >= 0 ? t0_cal_event_col(q, t) : -1, end = -1, n_end = 0;
        for (size_t c = 0; ev >= 0 && c < q->s->tables[t].n_cols; c++)
            if (q->s->tables[t].cols[c].type == SCHEMA_TYPE_DATE && (int)c != ev &&
                date_stage(q, t, (int)c) >= 3 && date_stage(q, t, (int)c) < 9) {
                end = (int)c;
                n_end++;
            }
        if (n_end != 1)
            return -1;
        q->days_t = t;
        q->days_from = ev;
        q->days_to = end;
        int last = i, u = is(q, i + 1, "of") ? i + 3 : i + 1; /* "duration of outages in hours" */
        if ((size_t)u + 1 < q->n && is(q, u, "in") &&
            (is(q, u + 1, "days") || hours_word(q, u + 1))) {
            q->days_hours = hours_word(q, u + 1);
            eat(q, u, u + 1);
            last = u + 1;
        }
        if (u == i + 1)
            eat(q, i + 1, last);
        days_span(q, i, t, end);
        return last;
    }
    /* "hours between opened and closed", "hours to resolve" */
    int hours = hours_word(q, i);
    if (!(is(q, i, "days") || is(q, i, "day") || hours) || q->days_t >= 0)
        return -1;
    if (is(q, i + 1, "between")) {
        /* "days between order date and ship date": two date columns of one table named */
        int a = i + 2 + is(q, i + 2, "the"), b = -1, t = -1, ca = -1, cb = -1;
        if ((size_t)a + 2 < q->n && is(q, a + 1, "and"))
            b = a + 2 + is(q, a + 2, "the");
        for (int k = 0; b >= 0 && (size_t)b < q->n && k < (int)q->sp[a].n_cand; k++) {
            const struct nl_cand *x = &q->sp[a].cand[k];
            if (q->sp[a].kind != NL_SPAN_COLUMN || q->sp[b].kind != NL_SPAN_COLUMN ||
                t0_col_of(q, x->table, x->col)->type != SCHEMA_TYPE_DATE)
                continue;
            for (int m = 0; m < (int)q->sp[b].n_cand; m++) {
                const struct nl_cand *y = &q->sp[b].cand[m];
                if (y->table == x->table && y->col != x->col &&
                    t0_col_of(q, y->table, y->col)->type == SCHEMA_TYPE_DATE) {
                    if (t >= 0 && (t != x->table || ca != x->col || cb != y->col))
                        return -1; /* two tables could mean it */
                    t = x->table, ca = x->col, cb = y->col;
                }
            }
        }
        if (t < 0)
            return -1;
        if (date_stage(q, t, ca) > date_stage(q, t, cb)) /* from the earlier step */
            return days_read(q, i, b, t, cb, ca, hours);
        return days_read(q, i, b, t, ca, cb, hours);
    }
    if (is(q, i + 1, "from")) {
        /* "average days from order to ship": from the rows' event, named by their table or
         * its date, to the later date named */
        int a = i + 2 + is(q, i + 2, "the"), b = a + 1, t = -1;
        if ((size_t)b + 1 >= q->n || !(is(q, b, "to") || is(q, b, "until") || is(q, b, "till")))
            return -1;
        b += 1 + is(q, b + 1, "the");
        int c = (size_t)b < q->n ? later_date_named(q, b, &t) : -1;
        if (c < 0)
            return -1;
        int ev = t0_cal_event_col(q, t), amb = 0;
        if (ev < 0)
            ev = t0_date_col(q, t, &amb);
        const struct nl_span *x = &q->sp[a];
        int names_ev = 0;
        for (size_t k = 0; k < x->n_cand; k++)
            names_ev |= x->cand[k].table == t && (x->kind == NL_SPAN_TABLE || x->cand[k].col == ev);
        if (ev < 0 || !names_ev)
            return -1;
        return days_read(q, i, b, t, ev, c, hours);
    }
    int j = i + 1;
    while ((size_t)j < q->n && is_any(q, j, gaps))
        j++;
    if (j == i + 1 || (size_t)j >= q->n)
        return -1;
    int t = -1, c = later_date_named(q, j, &t);
    if (c < 0)
        return -1;
    int ev = t0_cal_event_col(q, t), amb = 0;
    if (ev < 0)
        ev = t0_date_col(q, t, &amb);
    return days_read(q, i, j, t, ev, c, hours);
}

/* "across all years", "in any year" after a month or a quarter: every year, as read. */
static int read_all_years(struct query *q, int i)
{
    char before[64];
    int part = 0;
    for (size_t k = 0; k < q->nf; k++)
        part |= q->f[k].kind == FILTER_DATE && q->f[k].cal == CAL_PART;
    if (!part || i < 1 || !(is(q, i, "years") || is(q, i, "year")))
        return -1;
    t0_span_text(q, &q->sp[i - 1], before, sizeof before);
    size_t n = strlen(before);
    if (!(n >= 3 && (strcmp(before + n - 3, "all") == 0 || strcmp(before + n - 3, "any") == 0)))
        return -1;
    eat(q, i - 1, i);
    return i;
}

/* "new customers per year": the rows counted by their own date. */
static void read_new(struct query *q, int i)
{
    if (!is(q, i, "new") || (size_t)i + 1 >= q->n || q->sp[i + 1].kind != NL_SPAN_TABLE)
        return;
    int amb = 0, t = t0_span_table(q, i + 1);
    if (q->sp[i].kind == NL_SPAN_VALUE && t0_span_has_table(&q->sp[i], t))
        return; /* "new leases" where lse_typ_cd stores 'NEW' (beside 'RNW'): that type */
    if (t >= 0 && t0_date_col(q, t, &amb) >= 0 && !amb)
        eat(q, i, i);
}

/* "running total of revenue", "cumulative orders by month": each period's measure and the
 * sum of the periods up to it (t0_cal_check says when there are no periods to add up) */
static int read_running(struct query *q, int i)
{
    if ((is(q, i, "running") && (is(q, i + 1, "total") || is(q, i + 1, "sum"))) ||
        is(q, i, "cumulative") || is(q, i, "cumulatively") || is(q, i, "cumulated")) {
        q->running = 1;
        eat(q, i, i);
        return i;
    }
    return -1;
}

/* "MRR at the end of each month", "headcount at month end": a figure as it stood at a moment
 * of every period, not what happened in it; tier 0 does not compose such snapshots */
static int read_period_end(struct query *q, int i)
{
    static const char *const periods[] = {"month", "quarter", "year", "week", NULL};
    int snap = (is(q, i, "end") && is(q, i + 1, "of") &&
                (is(q, i + 2, "each") || is(q, i + 2, "every") ||
                 (is(q, i + 2, "the") && is_any(q, i + 3, periods)))) ||
               (is_any(q, i, periods) && is(q, i + 1, "end")) ||
               (is_any(q, i, periods) && (is(q, i + 1, "ends") || is(q, i + 1, "close")));
    if (!snap)
        return -1;
    t0_doubt(q, P_UNSURE, "a figure at the end of each period is a snapshot, not a total");
    return -1;
}

static void read_growth(struct query *q);
static void growth_years(struct query *q);
static void growth_over_series(struct query *q);
static void check_growth(struct query *q, const struct shape *sh);

void t0_calendar_read(struct query *q)
{
    q->days_t = q->days_from = q->days_to = -1;
    q->growth_f[0] = q->growth_f[1] = -1;
    read_growth(q);
    for (int i = 0; (size_t)i < q->n; i++) {
        if (q->sp[i].kind == NL_SPAN_STOPWORD && q->sp[i].lex == &cal_stop)
            continue;
        size_t nf = q->nf;
        int r = read_recent(q, i);
        if (r < 0)
            r = read_range(q, i);
        if (r < 0)
            r = read_part(q, i);
        if (r < 0)
            r = read_anchored(q, i);
        if (r < 0)
            r = read_weekday(q, i);
        if (r < 0)
            r = read_group(q, i);
        if (r < 0)
            r = read_days(q, i);
        if (r < 0)
            r = read_all_years(q, i);
        if (r < 0)
            r = read_running(q, i);
        if (r < 0)
            r = read_period_end(q, i);
        if (r < 0)
            read_new(q, i);
        for (size_t k = nf; k < q->nf; k++)
            q->f[k].year_span = i; /* where the period is said (filters.c) */
        if (r > i)
            i = r;
    }
    if (q->growth)
        growth_years(q);
    if (q->growth && q->growth_over && q->group == GROUP_NONE)
        growth_over_series(q);
}

/* ---- resolution and SQL ---- */

/* Every sampled value of the column starts as ISO 8601 does ("2023-06-01", "2023-06-01 10:00"),
 * so comparing it with '2023-06-01' as text orders it by date. A declared DATE column may hold
 * "06/01/2023" or a number of seconds, which such a comparison would get wrong. */
static int iso_samples(const struct schema_column *col)
{
    if (col->date_form != SCHEMA_DATE_ISO)
        return 1; /* read through db_dialect_put_date() */
    for (size_t k = 0; k < col->n_samples; k++) {
        const char *v = col->samples[k];
        for (int i = 0; i < 5; i++)
            if (i == 4 ? v[i] != '-' : (v[i] < '0' || v[i] > '9'))
                return 0;
    }
    return 1;
}

int t0_cal_resolve_filter(struct query *q, const struct shape *sh, struct filter *f)
{
    f->c = t0_find_date(q, sh->main, &f->t);
    if (f->c < 0) {
        t0_doubt(q, P_WRONGISH, "no date column for the period");
        return -1;
    }
    if (f->cal == CAL_RANGE && !iso_samples(t0_col_of(q, f->t, f->c)))
        t0_doubt(q, P_UNSURE, "%s.%s is not written as YYYY-MM-DD", q->s->tables[f->t].name,
                 q->s->tables[f->t].cols[f->c].name);
    return 0;
}

void t0_cal_explain(const struct query *q, const struct filter *f, const char *cn, struct buf *x)
{
    (void)q;
    if (f->cal == CAL_RANGE && f->lo[0] && f->hi[0])
        buf_printf(x, "%s from %s to before %s", cn, f->lo, f->hi);
    else if (f->cal == CAL_RANGE)
        buf_printf(x, "%s %s %s", cn, f->lo[0] ? "from" : "before", f->lo[0] ? f->lo : f->hi);
    else if (f->cal == CAL_ANCHOR && f->num > 0)
        buf_printf(x, "%s in the %s before the data's latest", cn, t0_cal_unit_name(f->unit));
    else if (f->cal == CAL_ANCHOR)
        buf_printf(x, "%s in the data's latest %s", cn, t0_cal_unit_name(f->unit));
    else if (f->cal == CAL_RECENT)
        buf_printf(x, "%s in the last %.0f %s of the data", cn, f->num,
                   f->unit == -1             ? "weeks"
                   : f->unit == 0            ? "days"
                   : f->unit == NL_TIME_YEAR ? "years"
                                             : "months");
    else if (f->unit == -NL_TIME_WEEKDAY)
        buf_printf(x, "%s on a weekday", cn);
    else if (f->unit == -NL_TIME_MONTH)
        buf_printf(x, "month of %s from %.0f to %.0f", cn, f->num, f->more_nums[0]);
    else
        buf_printf(x, "%s of %s %s %.0f%s", t0_cal_unit_name(f->unit), cn,
                   f->n_more_nums ? "in" : "=", f->num, f->n_more_nums ? ", 6" : "");
}

const char *t0_cal_unit_name(int unit)
{
    switch (unit) {
    case NL_TIME_YEAR:
        return "year";
    case NL_TIME_QUARTER:
        return "quarter";
    case NL_TIME_WEEKDAY:
        return "weekday";
    case NL_TIME_DAY:
        return "day";
    case NL_TIME_WEEK:
        return "week";
    case NL_TIME_MONTH_OF_YEAR:
        return "month";
    default:
        return "month";
    }
}

/* Two periods of one date column ("Q4 2022 compared with Q4 2021", "Dec vs Nov"): both at
 * once select nothing; the question compares them. */
static int periods_of(const struct query *q, int t, int c)
{
    int n = 0;
    for (size_t k = 0; k < q->nf; k++)
        n += q->f[k].t == t && q->f[k].c == c &&
             ((q->f[k].kind == FILTER_DATE && q->f[k].cal == CAL_RANGE) ||
              (q->f[k].kind == FILTER_YEAR && q->f[k].op == NL_OP_EQ));
    return n;
}

/* "customers who cancelled in the last 3 months" with the period on acct.created_ts while
 * 'cancelled' ('CANC') is a state of subscr, which keeps dates of its own: the period may be
 * the state's. */
static void period_of_other_state(struct query *q)
{
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if ((f->kind != FILTER_DATE && f->kind != FILTER_YEAR) || f->t < 0)
            continue;
        for (size_t j = 0; j < q->nf; j++) {
            const struct filter *g = &q->f[j];
            if (g->kind != FILTER_VALUE || g->t < 0 || g->c < 0 || g->t == f->t ||
                t0_date_cols(q, g->t) == 0 ||
                !((g->span >= 0 && q->sp[g->span].synonym == 3) || t0_col_is_status(q, g->t, g->c)))
                continue;
            t0_doubt(q, P_UNSURE,
                     "the period is read on %s.%s, the state on %s, which has dates "
                     "of its own",
                     q->s->tables[f->t].name, q->s->tables[f->t].cols[f->c].name,
                     q->s->tables[g->t].name);
            return;
        }
    }
}

/* Does the value or its word say a row ended ('CANC', 'Cancelled', "churned", 'TERM')? */
static int ending_value(const char *v)
{
    static const char *const words[] = {"cancelled", "canceled", "churned", "terminated",
                                        "expired",   "lapsed",   "ended"};
    if (!v || !*v)
        return 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcasecmp(v, words[k]) == 0 || (strlen(v) >= 3 && value_abbreviates(v, words[k])))
            return 1;
    return strcasecmp(v, "cxl") == 0 || strcasecmp(v, "cnx") == 0 || strcasecmp(v, "cncl") == 0;
}

/* The one date column of t named for an ending (ended_on, cancel_dt, cncl_ts, term_dt,
 * churned_at), or -1. */
static int ending_date_col(const struct query *q, int t)
{
    static const char *const words[] = {"end", "ended", "cancel", "cancelled", "cncl",
                                        "cxl", "churn", "term",   "expir",     "lapse"};
    int found = -1;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        if (q->s->tables[t].cols[c].type != SCHEMA_TYPE_DATE)
            continue;
        int named = 0;
        for (size_t w = 0; w < sizeof words / sizeof words[0] && !named; w++)
            named = t0_col_has_word(q, t, (int)c, words[w]);
        if (named && found >= 0)
            return -1;
        if (named)
            found = (int)c;
    }
    return found;
}

/* "customers who churned in 2024", "subscriptions cancelled by month": a state that says the
 * rows ended ('CANC'), asked of a period, is dated by when they ended (subscr.ended_on), not by
 * when the customer or the subscription began. The period and a grouping by it move there. */
void t0_cal_ending_state(struct query *q, struct shape *sh)
{
    for (size_t j = 0; j < q->nf; j++) {
        const struct filter *g = &q->f[j];
        if (g->kind != FILTER_VALUE || g->t < 0 || g->c < 0 || g->op != NL_OP_EQ ||
            g->n_vals != 1 || !ending_value(g->vals[0]))
            continue;
        int ec = ending_date_col(q, g->t), moved = 0, from_t = -1, from_c = -1;
        if (ec < 0)
            return;
        for (size_t k = 0; k < q->nf; k++) {
            struct filter *f = &q->f[k];
            if ((f->kind != FILTER_DATE && f->kind != FILTER_YEAR) || f->t < 0 ||
                (f->t == g->t && f->c == ec) || !t0_col_is_date(q, f->t, f->c))
                continue;
            if (from_t >= 0 && (f->t != from_t || f->c != from_c))
                return; /* two dates asked: not one period to move */
            from_t = f->t;
            from_c = f->c;
        }
        if (sh->group == GROUP_TIME && sh->group_t >= 0 &&
            !(sh->group_t == g->t && sh->group_c == ec)) {
            if (from_t >= 0 && (sh->group_t != from_t || sh->group_c != from_c))
                return;
            from_t = sh->group_t;
            from_c = sh->group_c;
        }
        if (from_t < 0 || t0_date_col_said(q, from_t))
            return;
        for (size_t k = 0; k < q->nf; k++)
            if ((q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR) &&
                q->f[k].t == from_t && q->f[k].c == from_c) {
                q->f[k].t = g->t;
                q->f[k].c = ec;
                moved = 1;
            }
        if (sh->group == GROUP_TIME && sh->group_t == from_t && sh->group_c == from_c) {
            sh->group_t = g->t;
            sh->group_c = ec;
            moved = 1;
        }
        if (moved)
            t0_doubt(q, P_SLIGHT, "'%s' dated by when it ended, %s.%s", g->vals[0],
                     q->s->tables[g->t].name, q->s->tables[g->t].cols[ec].name);
        return;
    }
}

void t0_cal_date_group(struct query *q, struct shape *sh)
{
    if (sh->group != GROUP_COLUMN || sh->group_t < 0 || sh->group_c < 0 ||
        !t0_col_is_date(q, sh->group_t, sh->group_c))
        return;
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if ((f->kind == FILTER_DATE || f->kind == FILTER_YEAR) && f->t == sh->group_t &&
            f->c == sh->group_c) {
            sh->group = GROUP_NONE;
            t0_doubt(q, P_SLIGHT, "'by %s' read as the date the period is of",
                     q->s->tables[sh->group_t].cols[sh->group_c].name);
            return;
        }
    }
}

void t0_cal_check(struct query *q, const struct shape *sh)
{
    period_of_other_state(q);
    if (q->running && (sh->group != GROUP_TIME || q->rank || q->growth || sh->time2_t >= 0 ||
                       sh->g2_t >= 0 || (sh->agg != NL_AGG_SUM && sh->agg != NL_AGG_COUNT) ||
                       q->group_time == NL_TIME_WEEKDAY || q->group_time == NL_TIME_MONTH_OF_YEAR))
        t0_doubt(q, P_UNSURE, "a running total adds up a sum or a count over periods in order");
    if (q->growth) {
        check_growth(q, sh);
        return;
    }
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_DATE && periods_of(q, q->f[k].t, q->f[k].c) > 1) {
            t0_doubt(q, P_UNSURE, "two periods of %s",
                     q->s->tables[q->f[k].t].cols[q->f[k].c].name);
            break;
        }
}

int t0_cal_put_part(const struct query *q, const struct db_dialect *d, struct buf *b, int unit,
                    const char *col, int as_label)
{
    switch (unit) {
    case NL_TIME_YEAR:
        return db_dialect_put(b, d->year, col, NULL);
    case NL_TIME_QUARTER: /* "2024-Q3": the year kept, as a reader of a chart wants it */
        return db_dialect_put(b, d->year_quarter, col, NULL);
    case NL_TIME_DAY:
        return db_dialect_put(b, d->day, col, NULL);
    case NL_TIME_MONTH_OF_YEAR: /* 1..12 */
        return db_dialect_put(b, d->month, col, NULL);
    case NL_TIME_WEEK: /* "2024-12-02": the Monday its week starts on */
        return db_dialect_put(b, d->week_start, col, NULL);
    case NL_TIME_WEEKDAY:
        if (!as_label)
            return db_dialect_put(b, d->weekday, col, NULL);
        buf_puts(b, "CASE ");
        db_dialect_put(b, d->weekday, col, NULL);
        for (int k = 0; k < 7; k++)
            buf_printf(b, " WHEN %d THEN '%c%s'", k, weekday_names[k][0] - 'a' + 'A',
                       weekday_names[k] + 1);
        buf_puts(b, " END");
        return b->failed ? -1 : 0;
    default: /* "2024-03", whether or not the question names one year */
        return db_dialect_put(b, d->year_month, col, NULL);
    }
}

static void put_part_filter(const struct db_dialect *d, struct buf *b, const struct filter *f,
                            const char *col)
{
    int unit = f->unit < 0 ? -f->unit : f->unit;
    db_dialect_put(b,
                   unit == NL_TIME_QUARTER   ? d->quarter
                   : unit == NL_TIME_WEEKDAY ? d->weekday
                                             : d->month,
                   col, NULL);
    if (f->unit < 0) {
        buf_printf(b, " BETWEEN %.0f AND %.0f", f->num, f->more_nums[f->n_more_nums - 1]);
    } else if (f->n_more_nums) {
        buf_printf(b, " IN (%.0f", f->num);
        for (size_t k = 0; k < f->n_more_nums; k++)
            buf_printf(b, ", %.0f", f->more_nums[k]);
        buf_putc(b, ')');
    } else {
        buf_printf(b, " = %.0f", f->num);
    }
}

/* "this year" / "last month": the period of col is the one of the latest date less the units
 * back (year(col) = year(latest), year and quarter, or the 'YYYY-MM' month). */
static void put_anchor_filter(const struct query *q, const struct db_dialect *d, struct buf *b,
                              const struct filter *f, const char *col)
{
    struct buf max = BUF_INIT, at = BUF_INIT;
    buf_puts(&max, "(SELECT MAX(");
    db_dialect_put_date_col(&max, d, t0_col_of(q, f->t, f->c)->date_form, NULL,
                            t0_col_of(q, f->t, f->c)->name);
    buf_puts(&max, ") FROM ");
    db_dialect_put_ident(&max, d, q->s->tables[f->t].name);
    buf_putc(&max, ')');
    int months = (int)f->num * (f->unit == NL_TIME_YEAR ? 12 : f->unit == NL_TIME_QUARTER ? 3 : 1);
    if (months > 0) {
        char amount[16];
        snprintf(amount, sizeof amount, "%d", months);
        db_dialect_put(&at, d->minus_months, buf_cstr(&max), amount);
    } else {
        buf_puts(&at, buf_cstr(&max));
    }
    const char *part = f->unit == NL_TIME_MONTH ? d->year_month : d->year;
    db_dialect_put(b, part, col, NULL);
    buf_puts(b, " = ");
    db_dialect_put(b, part, buf_cstr(&at), NULL);
    if (f->unit == NL_TIME_QUARTER) {
        buf_puts(b, " AND ");
        db_dialect_put(b, d->quarter, col, NULL);
        buf_puts(b, " = ");
        db_dialect_put(b, d->quarter, buf_cstr(&at), NULL);
    }
    b->failed |= max.failed || at.failed;
    buf_free(&max);
    buf_free(&at);
}

int t0_cal_put_filter(const struct query *q, const struct db_dialect *d, struct buf *b,
                      const struct filter *f, const char *col)
{
    if (f->cal == CAL_PART) {
        put_part_filter(d, b, f, col);
    } else if (f->cal == CAL_RANGE) {
        if (f->lo[0])
            buf_printf(b, "%s >= '%s'", col, f->lo);
        if (f->lo[0] && f->hi[0])
            buf_puts(b, " AND ");
        if (f->hi[0])
            buf_printf(b, "%s < '%s'", col, f->hi);
    } else if (f->cal == CAL_ANCHOR) {
        put_anchor_filter(q, d, b, f, col);
    } else {
        /* after the latest date less N units: "the last 3 months" ends at the data's end */
        struct buf max = BUF_INIT;
        char amount[32];
        int days = f->unit == 0 || f->unit == -1;
        snprintf(amount, sizeof amount, "%d",
                 (int)f->num * (f->unit == -1             ? 7
                                : f->unit == NL_TIME_YEAR ? 12
                                                          : 1));
        buf_puts(&max, "(SELECT MAX(");
        /* the data's "now" for "the last 3 months" of hires or orders: the latest date of those
         * events themselves. Another table's would be no "now" for them when it is loaded
         * apart (usage daily, hires monthly); people writing the SQL count back from it too. */
        db_dialect_put_date_col(&max, d, t0_col_of(q, f->t, f->c)->date_form, NULL,
                                t0_col_of(q, f->t, f->c)->name);
        buf_puts(&max, ") FROM ");
        db_dialect_put_ident(&max, d, q->s->tables[f->t].name);
        buf_putc(&max, ')');
        /* a timestamp at 10:00 on the boundary day is later than the day itself: compare days */
        const struct schema_column *cc = t0_col_of(q, f->t, f->c);
        int stamps = cc->date_form == SCHEMA_DATE_EPOCH || cc->date_form == SCHEMA_DATE_EPOCH_MS;
        for (size_t k = 0; k < cc->n_samples && cc->date_form == SCHEMA_DATE_ISO; k++)
            stamps |= strlen(cc->samples[k]) > 10;
        if (stamps)
            db_dialect_put(b, d->day, col, NULL);
        else
            buf_puts(b, col);
        buf_puts(b, " > ");
        if (max.failed)
            b->failed = 1;
        else
            db_dialect_put(b, days ? d->minus_days : d->minus_months, buf_cstr(&max), amount);
        buf_free(&max);
    }
    return b->failed ? -1 : 0;
}

/* ---- growth: the measure in two periods ---- */

/* "growth", "grow", "change" ... and whether the answer is a percentage */
static int growth_word(const struct query *q, int i, int *pct)
{
    static const char *const rates[] = {"percent", "percentage", "rate", NULL};
    static const char *const changes[] = {"growth",   "grow",      "grew",       "grown",
                                          "change",   "changed",   "increase",   "increased",
                                          "decrease", "decreased", "difference", NULL};
    if (q->sp[i].kind != NL_SPAN_UNKNOWN && q->sp[i].kind != NL_SPAN_LEX)
        return 0; /* a column called Percentage or change_pct is a name */
    *pct |= is_any(q, i, rates) || is(q, i, "growth");
    return is_any(q, i, changes);
}

/* "year over year", "yoy", "month-over-month", "mom", "quarter over quarter", "qoq": the unit */
static int over_phrase(const struct query *q, int i, int *len)
{
    static const struct {
        const char *w;
        int unit;
    } units[] = {{"year", NL_TIME_YEAR}, {"month", NL_TIME_MONTH}, {"quarter", NL_TIME_QUARTER},
                 {"yoy", NL_TIME_YEAR},  {"mom", NL_TIME_MONTH},   {"qoq", NL_TIME_QUARTER}};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        if (!is(q, i, units[k].w))
            continue;
        if (k >= 3) {
            *len = 1;
            return units[k].unit;
        }
        if (is(q, i + 1, "over") && is(q, i + 2, units[k].w)) {
            *len = 3;
            return units[k].unit;
        }
    }
    return 0;
}

/* "the year before", "the previous month", "the prior quarter": the period a growth compares
 * with, one unit back; the unit, with the phrase's length in *len, or 0. */
static int before_phrase(const struct query *q, int i, int *len)
{
    static const char *const units[] = {"year", "month", "quarter", NULL};
    static const int unit_of_word[] = {NL_TIME_YEAR, NL_TIME_MONTH, NL_TIME_QUARTER};
    static const char *const earlier[] = {"previous", "prior", "preceding", NULL};
    int at = is(q, i, "the") ? i + 1 : i;
    if (at > i && at < (int)q->n && q->sp[at].kind == NL_SPAN_LEX && q->sp[at].len == 2 &&
        strcmp(q->sp[at].lex->phrase, "previous year") == 0) {
        *len = at + 1 - i; /* one span of the lexicon's: "the previous year" */
        return NL_TIME_YEAR;
    }
    for (int k = 0; units[k]; k++) {
        if (is_any(q, at, earlier) && is(q, at + 1, units[k])) {
            *len = at + 2 - i;
            return unit_of_word[k];
        }
        if (at > i && is(q, at, units[k]) && is(q, at + 1, "before")) {
            *len = at + 2 - i;
            return unit_of_word[k];
        }
    }
    return 0;
}

/* A year the other readings left (a NUMBER span): a period of its own in a growth. */
static void growth_years(struct query *q)
{
    static const char *const preps[] = {"in", "from", "to", "and", "for", "of", "between", NULL};
    for (int i = 0; (size_t)i < q->n; i++) {
        int y = year_at(q, i);
        struct filter *f;
        if (!y || !(f = cal_filter(q, CAL_RANGE)))
            continue;
        put_date(f->lo, y, 1, 1);
        put_date(f->hi, y + 1, 1, 1);
        eat(q, i > 0 && is_any(q, i - 1, preps) ? i - 1 : i, i);
    }
}

/* "how did", "by how much", "by how many dollars": the words of a question about a change;
 * "by how many percent" asks for the growth rate (*pct), not the difference */
static int change_question(const struct query *q, int i, int *diff, int *pct)
{
    static const char *const did[] = {"did", "does", "has", "have", NULL};
    static const char *const units[] = {"dollars", "more", "less", "units", NULL};
    static const char *const rates[] = {"percent", "percentage", "%", NULL};
    char text[32];
    t0_span_text(q, &q->sp[i], text, sizeof text);
    if (strcmp(text, "how") == 0 && is_any(q, i + 1, did))
        return i;
    if (strcmp(text, "how many") != 0 && strcmp(text, "how much") != 0)
        return -1;
    if (is_any(q, i + 1, rates) && !is(q, i + 2, "points")) {
        *pct = 1;
        return i + 1;
    }
    *diff = 1;
    return is_any(q, i + 1, units) ? i + 1 : i;
}

/* Reads the growth words before the other calendar phrases: the periods are read as ranges. */
static void read_growth(struct query *q)
{
    static const char *const versus[] = {"vs", "versus", "compared", "against", NULL};
    static const char *const rates[] = {"percent", "percentage", "rate", NULL};
    static const char *const percents[] = {"percent", "percentage", NULL};
    int pct = 0, any = 0, diff = 0, len = 0, in_percent = 0, first_change = -1, first_vs = -1;
    int compare = 0;
    for (int i = 0; (size_t)i < q->n; i++) {
        int d = 0, pc = 0;
        if ((over_phrase(q, i, &len) || growth_word(q, i, &pc) ||
             change_question(q, i, &d, &pc) >= 0) &&
            first_change < 0)
            first_change = i;
        any |= over_phrase(q, i, &len) || growth_word(q, i, &pct);
        if (is_any(q, i, versus) && first_vs < 0)
            first_vs = i;
        compare |= is(q, i, "compare");
    }
    /* "revenue 2024 vs 2023", "compare Q1 2024 revenue with Q1 2023 and the change": each
     * period's figure; "revenue growth vs Q1 2023", "by how much did it grow in 2024 compared
     * with 2023": the change alone */
    q->growth_both = compare || (first_vs >= 0 && (first_change < 0 || first_change > first_vs));
    if (!any && q->growth_both) {
        for (int i = 0; (size_t)i < q->n; i++)
            if (is_any(q, i, versus) || is(q, i, "compare"))
                eat(q, i, is(q, i + 1, "to") || is(q, i + 1, "with") ? i + 1 : i);
        q->growth = GROWTH_NONE;
        return;
    }
    if (!any)
        return;
    pct = 0;
    /* "how much did revenue change (%)", "... in percent": the rate, whatever asks how much */
    for (int i = 0; (size_t)i < q->n; i++)
        in_percent |= (q->sp[i].kind == NL_SPAN_UNKNOWN || q->sp[i].kind == NL_SPAN_LEX) &&
                      is_any(q, i, percents) && !is(q, i + 1, "points") && !is(q, i + 1, "of");
    for (int i = 0; (size_t)i < q->n; i++) {
        int unit = over_phrase(q, i, &len), last;
        if (!unit)
            unit = before_phrase(q, i, &len); /* "growth vs the year before" */
        if (unit) {
            q->growth_over = unit;
            eat(q, i, i + len - 1);
        } else if (growth_word(q, i, &pct) || (pct && is_any(q, i, rates)) ||
                   is_any(q, i, versus) || is(q, i, "compare")) {
            eat(q, i, is(q, i + 1, "to") || is(q, i + 1, "with") ? i + 1 : i);
        } else if ((last = change_question(q, i, &diff, &pct)) >= 0) {
            eat(q, i > 0 && is(q, i - 1, "by") ? i - 1 : i, last);
        }
    }
    q->growth = (pct && !diff) || in_percent ? GROWTH_PCT : GROWTH_DIFF;
}

static void shift_back(char out[16], const char *date, int months)
{
    int y = (int)strtol(date, NULL, 10), m = (int)strtol(date + 5, NULL, 10) - months;
    while (m < 1) {
        m += 12;
        y--;
    }
    put_date(out, y, m, (int)strtol(date + 8, NULL, 10));
}

int t0_cal_growth_period(const struct query *q, size_t k)
{
    return q->growth && ((int)k == q->growth_f[0] || (int)k == q->growth_f[1]);
}

static int months_in(const struct filter *f)
{
    int y1 = (int)strtol(f->lo, NULL, 10), m1 = (int)strtol(f->lo + 5, NULL, 10);
    int y2 = (int)strtol(f->hi, NULL, 10), m2 = (int)strtol(f->hi + 5, NULL, 10);
    if (strcmp(f->lo + 7, "-01") != 0 || strcmp(f->hi + 7, "-01") != 0)
        return -1; /* not whole months */
    return (y2 - y1) * 12 + m2 - m1;
}

/* A series of periods within a longer one ("growth by month in 2024"): the period starts one
 * unit earlier, read only as the first period's base. 0 when there is no period or it was
 * moved, -1 when the series does not fit it. */
static int series_base(struct query *q, int unit)
{
    int idx = -1, n = 0;
    if (unit != NL_TIME_YEAR && unit != NL_TIME_MONTH)
        return -1; /* quarters of different years would be taken together */
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR) {
            idx = (int)k;
            n++;
        }
    if (n == 0 || (n == 1 && q->growth_base == idx + 1))
        return 0;
    struct filter *f = &q->f[idx];
    int span = n == 1 && f->kind == FILTER_DATE && f->cal == CAL_RANGE && f->lo[0] && f->hi[0]
                   ? months_in(f)
                   : -1;
    int step = unit == NL_TIME_YEAR ? 12 : 1;
    if (span <= step || span % step)
        return -1;
    shift_back(f->lo, f->lo, step);
    q->growth_base = idx + 1;
    return 0;
}

/* "year over year revenue growth": with no period, each year against the one before it over
 * all the data; "month over month growth in 2024": each month of the period against the one
 * before it. A period of one unit ("year over year growth in 2024") is the two-period
 * comparison (check_growth). */
static void growth_over_series(struct query *q)
{
    if (series_base(q, q->growth_over) < 0)
        return;
    q->group = GROUP_TIME;
    q->group_time = q->growth_over;
    q->shape = 1;
}

/* A growth needs one measure over two periods of one date (or one period and "year over
 * year"); otherwise it is not read (a doubt). */
/* "revenue growth by year", "orders month over month by month": a series of periods, each
 * against the one before it, over all the data (a condition on the date would leave the first
 * period without the one before it). */
static int growth_series(const struct query *q, const struct shape *sh)
{
    if (sh->group != GROUP_TIME || q->rank || sh->time2_t >= 0 ||
        (sh->agg != NL_AGG_COUNT && sh->agg != NL_AGG_SUM && sh->agg != NL_AGG_AVG) ||
        (q->group_time != NL_TIME_YEAR && q->group_time != NL_TIME_QUARTER &&
         q->group_time != NL_TIME_MONTH) ||
        (q->growth_over && q->growth_over != q->group_time))
        return 0;
    for (size_t k = 0; k < q->nf; k++)
        if ((q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR) &&
            (int)k + 1 != q->growth_base)
            return 0;
    return 1;
}

/* "from November to December 2024": a month (or quarter) of no year beside one period of a
 * growth is the other period, in that period's year (the year before when it would start
 * after it: "December to January 2024"), never a condition on both. */
static void month_into_range(struct query *q)
{
    struct filter *range = NULL, *part = NULL;
    for (size_t k = 0; k < q->nf; k++) {
        struct filter *f = &q->f[k];
        if (f->kind != FILTER_DATE)
            continue;
        if (f->cal == CAL_RANGE && f->lo[0] && f->hi[0] && !range)
            range = f;
        else if (f->cal == CAL_PART && !part && !f->n_more_nums &&
                 (f->unit == NL_TIME_MONTH || f->unit == NL_TIME_QUARTER))
            part = f;
        else
            return;
    }
    if (!range || !part || part->t != range->t || part->c != range->c)
        return;
    int months = part->unit == NL_TIME_MONTH ? 1 : 3;
    int m = part->unit == NL_TIME_MONTH ? (int)part->num : 3 * ((int)part->num - 1) + 1;
    if (m < 1 || m > 12)
        return;
    int y = (int)strtol(range->lo, NULL, 10);
    char lo[16];
    put_date(lo, y, m, 1);
    if (strcmp(lo, range->lo) > 0)
        y--;
    put_date(part->lo, y, m, 1);
    put_date(part->hi, m + months > 12 ? y + 1 : y, (m + months - 1) % 12 + 1, 1);
    part->cal = CAL_RANGE;
}

/* A period a growth or a comparison is over: fixed dates ("Q1 2024"), or a whole year, quarter
 * or month counted back from the data's latest ("this year", "last quarter"). */
static int growth_period(const struct filter *f)
{
    return f->kind == FILTER_DATE && (f->cal == CAL_RANGE || f->cal == CAL_ANCHOR);
}

static void check_growth(struct query *q, const struct shape *sh)
{
    int idx[2], n = 0;
    if (sh->group == GROUP_TIME && !q->growth_base && !q->rank &&
        (!q->growth_over || q->growth_over == q->group_time))
        series_base(q, q->group_time); /* "growth by month in 2024" */
    if (q->growth_base &&
        (q->f[q->growth_base - 1].t != sh->group_t || q->f[q->growth_base - 1].c != sh->group_c))
        t0_doubt(q, P_UNSURE, "the period and the series are of two dates");
    if (growth_series(q, sh)) {
        q->growth_series = 1;
        return;
    }
    /* "orders this year vs last year by channel": each group's two figures; a time series, a
     * list, a ranking: no single measure to compare */
    if ((sh->group != GROUP_NONE && sh->group != GROUP_TABLE && sh->group != GROUP_COLUMN) ||
        sh->g2_t >= 0 || q->rank || sh->agg == NL_AGG_NONE || sh->agg == NL_AGG_MIN ||
        sh->agg == NL_AGG_MAX)
        n = 3;
    if (n < 3)
        month_into_range(q);
    for (size_t k = 0; k < q->nf && n < 3; k++)
        if (growth_period(&q->f[k]) && n < 2)
            idx[n++] = (int)k;
        else if (growth_period(&q->f[k]))
            n = 3;
    if (n == 1 && q->growth_over && q->f[idx[0]].cal == CAL_ANCHOR &&
        q->f[idx[0]].unit == q->growth_over) {
        struct filter *f = cal_filter(q, CAL_ANCHOR);
        if (f) { /* "revenue growth this year over last": the period before it */
            const struct filter *g = &q->f[idx[0]];
            f->t = g->t;
            f->c = g->c;
            f->unit = g->unit;
            f->num = g->num + 1;
            idx[n++] = (int)(f - q->f);
        }
    }
    int over_months = q->growth_over == NL_TIME_YEAR      ? 12
                      : q->growth_over == NL_TIME_QUARTER ? 3
                                                          : 1;
    if (n == 1 && q->growth_over && q->f[idx[0]].cal == CAL_RANGE && q->f[idx[0]].lo[0] &&
        q->f[idx[0]].hi[0] && months_in(&q->f[idx[0]]) != over_months) {
        /* "QoQ revenue growth in 2024": a year is no quarter to compare with the one before
         * (a series of its quarters would be; not composed here) */
        t0_doubt(q, P_UNSURE, "a growth %s over one period of another length",
                 t0_cal_unit_name(q->growth_over));
        q->growth = 0;
        return;
    }
    if (n == 1 && q->growth_over && q->f[idx[0]].cal == CAL_RANGE && q->f[idx[0]].lo[0] &&
        q->f[idx[0]].hi[0]) {
        struct filter *f = cal_filter(q, CAL_RANGE);
        if (f) { /* "year over year in 2024": 2023 is the earlier period */
            int back = q->growth_over == NL_TIME_YEAR      ? 12
                       : q->growth_over == NL_TIME_QUARTER ? 3
                                                           : 1;
            const struct filter *g = &q->f[idx[0]];
            f->t = g->t;
            f->c = g->c;
            shift_back(f->lo, g->lo, back);
            shift_back(f->hi, g->hi, back);
            idx[n++] = (int)(f - q->f);
        }
    }
    const struct filter *a = n == 2 ? &q->f[idx[0]] : NULL, *b = n == 2 ? &q->f[idx[1]] : NULL;
    if (n != 2 || a->t != b->t || a->c != b->c || a->cal != b->cal ||
        (a->cal == CAL_RANGE && (!a->lo[0] || !b->lo[0])) ||
        (a->cal == CAL_ANCHOR && (a->unit != b->unit || a->num == b->num))) {
        t0_doubt(q, P_UNSURE, "a growth needs one measure over two periods");
        q->growth = 0;
        return;
    }
    /* the later period: the later start, or the fewer units back from the data's latest */
    int later =
        a->cal == CAL_ANCHOR ? (a->num < b->num ? 0 : 1) : (strcmp(a->lo, b->lo) > 0 ? 0 : 1);
    q->growth_f[0] = idx[1 - later];
    q->growth_f[1] = idx[later];
    q->growth_said = idx[0];
    if (sh->group == GROUP_TABLE || sh->group == GROUP_COLUMN)
        q->growth_both = 1; /* "yoy growth by category, 2024 vs 2023": each group's two figures
                             * and its growth, as a table of groups is read */
}
