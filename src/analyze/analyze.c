/* Result analysis: sanity checks on a query result against the question (empty, truncated,
 * all-NULL columns, many rows for a count, one row for a list), per-column stats, the shape of
 * the result (single value, category + measure, series, ...) and one sentence describing it.
 * The chart for the same shape is built in chart.c. */
#include "analyze/analyze.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze_int.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/sqllex.h"

#include "util/banned.h"

/* Series drawn as separate coloured lines at most; more is a table, not a chart. */
#define SERIES_MAX 12

enum col_kind { COL_NULL = 0, COL_INT, COL_REAL, COL_TEXT, COL_DATE, COL_MIXED };

static const char *const col_kind_names[] = {
    [COL_NULL] = "null", [COL_INT] = "integer", [COL_REAL] = "real",
    [COL_TEXT] = "text", [COL_DATE] = "date",   [COL_MIXED] = "mixed",
};

/* ---- question wording ------------------------------------------------------------------- */

/* A single row is a plausible answer to some wording even when it is plural (QCUE_SINGLE);
 * "list all ..." asks for several rows whatever follows (QCUE_OPEN_ALL); "list", "which", "show
 * me" ... do when the noun after them is plural (QCUE_OPEN_PLURAL). The words are rows of the
 * one cue table (util/question.c). */
static const char *const filler_words[] = {
    "the", "all", "of", "me", "our", "your", "my", "us", "distinct", "unique", "different", NULL,
};

static int word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

int analyze_filler_word(const char *w)
{
    return word_in(w, filler_words);
}

/* "customers", "orders", "people" but not "status", "class", "analysis": the first word from
 * words[i] on that is not a filler. */
int analyze_next_noun_is_plural(const struct question *q, size_t i)
{
    static const char *const irregular[] = {"people", "children", "men", "women", NULL};
    for (; i < q->n_words; i++) {
        const char *w = q->words[i].w;
        size_t n = strlen(w);
        if (analyze_filler_word(w))
            continue;
        if (word_in(w, irregular))
            return 1;
        if (n < 3 || w[n - 1] != 's' || strchr(w, '\''))
            return 0; /* "brazil's" is a possessive */
        return w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i';
    }
    return 0;
}

static int asks_for_list(const struct question *q)
{
    if (q->cues & QCUE_SINGLE)
        return 0;
    if (q->cues & QCUE_OPEN_ALL)
        return 1;
    if (!(q->cues & QCUE_OPEN_PLURAL))
        return 0;
    size_t n;
    const struct question_cue_def *cues = question_cues(&n);
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        if (cues[i].classes & QCUE_OPEN_PLURAL)
            len = question_phrase_at(q, 0, cues[i].phrase);
        if (len && analyze_next_noun_is_plural(q, len))
            return 1;
    }
    return 0;
}

/* A count next to a threshold ("customers with a number of orders above 5") is a filter on a
 * list, not a question asking for one number; "how many customers spent more than 1000" is
 * still one number. */
static int asks_for_count(const struct question *q)
{
    if (!(q->cues & QCUE_COUNT) || (q->cues & (QCUE_MULTI | QCUE_OPEN_LIST)))
        return 0;
    return (q->cues & QCUE_HOW_MANY) || !(q->cues & QCUE_FILTER);
}

/* ---- column names ----------------------------------------------------------------------- */

/* Splits name into lower-case alphanumeric tokens ("AVG(unit_price)" -> avg, unit, price) and
 * reports whether one is in list; prefix_ok also accepts tokens starting with an entry. */
static int name_has_token(const char *name, const char *const *list, int prefix_ok)
{
    const char *s = name ? name : "";
    while (*s) {
        while (*s && !isalnum((unsigned char)*s))
            s++;
        size_t n = 0;
        while (isalnum((unsigned char)s[n]))
            n++;
        for (const char *const *p = list; n && *p; p++) {
            size_t len = strlen(*p);
            if ((len == n || (prefix_ok && len < n)) && strncasecmp(s, *p, len) == 0)
                return 1;
        }
        s += n;
    }
    return 0;
}

static int name_is_year(const char *name)
{
    static const char *const w[] = {"yr", NULL};
    /* "order_year", "year_of_sale", "fiscalYear", "yr" */
    return (name && strcasestr(name, "year") != NULL) || name_has_token(name, w, 0);
}

static int name_is_id(const char *name)
{
    if (!name)
        return 0;
    size_t n = strlen(name);
    if (n == 2)
        return strcasecmp(name, "id") == 0;
    if (n > 2 && strcasecmp(name + n - 3, "_id") == 0)
        return 1;
    /* camelCase customerId */
    return n > 2 && name[n - 2] == 'I' && name[n - 1] == 'd' && islower((unsigned char)name[n - 3]);
}

/* Integer columns numbering a period ("month", "order_month", "quarter"); singular only, as
 * "days_to_ship" or "hours" is an amount, not a period. */
static int name_is_period(const char *name)
{
    static const char *const w[] = {"month",   "quarter", "week", "day", "hour", "dow",
                                    "weekday", "qtr",     "wk",   "mon", NULL};
    return name_has_token(name, w, 0);
}

/* Measures whose values do not add up to a meaningful total, so "x% of the total" is wrong. */
static int name_is_additive(const char *name)
{
    static const char *const exact[] = {
        "min", "max",     "minimum",    "maximum", "mean",  "median", "average", "rate", "ratio",
        "pct", "percent", "percentage", "share",   "price", "score",  "rating",  "age",  NULL,
    };
    static const char *const prefix[] = {"avg", NULL};
    return !name_has_token(name, exact, 0) && !name_has_token(name, prefix, 1);
}

/* ---- values and formatting -------------------------------------------------------------- */

static int is_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* 'YYYY-MM', 'YYYY-MM-DD', or either followed by a time ('2021-01-01 00:00:00', 'T...'). */
int analyze_text_is_iso_date(const char *s)
{
    if (!s || !is_digits(s, 4) || s[4] != '-' || !is_digits(s + 5, 2))
        return 0;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    if (month < 1 || month > 12)
        return 0;
    if (s[7] == '\0')
        return 1;
    if (s[7] != '-' || !is_digits(s + 8, 2))
        return 0;
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (day < 1 || day > 31)
        return 0;
    if (s[10] == '\0')
        return 1;
    return (s[10] == ' ' || s[10] == 'T') && is_digits(s + 11, 2) && s[13] == ':';
}

/* 'YYYY-Qn': a quarter with its year, as tier 0 labels quarters. */
int analyze_text_is_quarter(const char *s)
{
    return s && is_digits(s, 4) && s[4] == '-' && s[5] == 'Q' && s[6] >= '1' && s[6] <= '4' &&
           s[7] == '\0';
}

static int value_is_year(const struct db_cell *c)
{
    switch (c->type) {
    case DB_INT:
        return c->i >= 1000 && c->i <= 9999;
    case DB_REAL:
        return c->d >= 1000 && c->d <= 9999 && c->d == floor(c->d);
    case DB_TEXT:
        return c->s && strlen(c->s) == 4 && is_digits(c->s, 4);
    default:
        return 0;
    }
}

static double cell_num(const struct db_cell *c)
{
    return c->type == DB_INT ? (double)c->i : c->d;
}

static const char *cell_str(const struct db_cell *c)
{
    return c->s ? c->s : "";
}

/* The year in a cell value_is_year() accepted. */
static long long cell_year(const struct db_cell *c)
{
    if (c->type == DB_TEXT)
        return strtol(cell_str(c), NULL, 10);
    return c->type == DB_INT ? c->i : (long long)c->d;
}

/* A datetime at midnight ('2021-01-01 00:00:00') reads better as its date. */
size_t analyze_date_label_len(const char *s)
{
    size_t n = strlen(s);
    if (n <= 10 || (s[10] != ' ' && s[10] != 'T'))
        return n;
    for (size_t i = 11; i < n; i++)
        if (!strchr("0:.+Z", s[i]))
            return n;
    return 10;
}

/* ---- per-column stats ------------------------------------------------------------------- */

struct col_stat {
    size_t nulls, n_int, n_real, n_text;
    size_t n_finite; /* numeric cells with a finite value: the ones min/max/mean cover */
    double sum, dmin, dmax;
    long long imin, imax;
    int all_dates;        /* every text value is an ISO date */
    int all_years;        /* every value is a 4-digit year */
    size_t smin, smax;    /* rows of the lexically smallest / largest text value */
    long long ymin, ymax; /* when all_years */
    size_t distinct;
    enum col_kind kind;
};

/* A cell's value as a key for counting distinct values; 1 and 1.0 are the same value, as in
 * SQL. */
struct vkey {
    int tag; /* 0 integer, 1 real, 2 NaN, 3 text */
    long long i;
    double d;
    const char *s;
};

static void cell_key(const struct db_cell *c, struct vkey *k)
{
    memset(k, 0, sizeof *k);
    if (c->type == DB_INT) {
        k->i = c->i;
    } else if (c->type == DB_REAL) {
        if (isnan(c->d))
            k->tag = 2;
        else if (c->d == floor(c->d) && fabs(c->d) < 9.2e18)
            k->i = (long long)c->d;
        else {
            k->tag = 1;
            k->d = c->d;
        }
    } else {
        k->tag = 3;
        k->s = c->s ? c->s : "";
    }
}

static uint64_t key_hash(const struct vkey *k)
{
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)k->tag;
    if (k->tag == 3) {
        for (const unsigned char *p = (const unsigned char *)k->s; *p; p++)
            h = (h ^ *p) * 1099511628211ULL;
        return h;
    }
    uint64_t bits = (uint64_t)k->i;
    if (k->tag == 1)
        memcpy(&bits, &k->d, sizeof bits);
    h ^= bits;
    h *= 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

static int key_eq(const struct vkey *a, const struct vkey *b)
{
    if (a->tag != b->tag)
        return 0;
    switch (a->tag) {
    case 0:
        return a->i == b->i;
    case 1:
        return a->d == b->d;
    case 2:
        return 1;
    default:
        return strcmp(a->s, b->s) == 0;
    }
}

/* Exact count of distinct non-NULL values in column col: an open-addressing set of row
 * numbers, so nothing is copied. */
static int count_distinct(const struct db_result *r, size_t col, size_t *out)
{
    size_t cap = 16;
    while (cap < r->n_rows * 2)
        cap *= 2;
    size_t *slots = calloc(cap, sizeof *slots); /* row + 1; 0 is empty */
    if (!slots)
        return ERR_NOMEM;
    size_t count = 0;
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, col);
        if (c->type == DB_NULL)
            continue;
        struct vkey k, k2;
        cell_key(c, &k);
        size_t i = (size_t)key_hash(&k) & (cap - 1);
        for (;;) {
            if (!slots[i]) {
                slots[i] = row + 1;
                count++;
                break;
            }
            cell_key(db_cell_at(r, slots[i] - 1, col), &k2);
            if (key_eq(&k, &k2))
                break;
            i = (i + 1) & (cap - 1);
        }
    }
    free(slots);
    *out = count;
    return 0;
}

static int col_stat_build(const struct db_result *r, size_t col, struct col_stat *st)
{
    memset(st, 0, sizeof *st);
    st->all_dates = 1;
    st->all_years = 1;
    int have_text = 0;
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, col);
        if (c->type == DB_NULL) {
            st->nulls++;
            continue;
        }
        if (!value_is_year(c)) {
            st->all_years = 0;
        } else {
            long long y = cell_year(c);
            int first = st->n_int + st->n_real + st->n_text == 0;
            st->ymin = first || y < st->ymin ? y : st->ymin;
            st->ymax = first || y > st->ymax ? y : st->ymax;
        }
        if (c->type == DB_INT || c->type == DB_REAL) {
            if (c->type == DB_INT)
                st->n_int++;
            else
                st->n_real++;
            double d = cell_num(c);
            if (!isfinite(d))
                continue;
            if (st->n_finite == 0 || d < st->dmin)
                st->dmin = d;
            if (st->n_finite == 0 || d > st->dmax)
                st->dmax = d;
            if (c->type == DB_INT) {
                if (st->n_int == 1 || c->i < st->imin)
                    st->imin = c->i;
                if (st->n_int == 1 || c->i > st->imax)
                    st->imax = c->i;
            }
            st->sum += d;
            st->n_finite++;
            continue;
        }
        /* DB_TEXT, and DB_BLOB through its text form */
        st->n_text++;
        const char *s = cell_str(c);
        if (!analyze_text_is_iso_date(s) && !analyze_text_is_quarter(s))
            st->all_dates = 0;
        if (!have_text || strcmp(s, cell_str(db_cell_at(r, st->smin, col))) < 0)
            st->smin = row;
        if (!have_text || strcmp(s, cell_str(db_cell_at(r, st->smax, col))) > 0)
            st->smax = row;
        have_text = 1;
    }
    size_t n_num = st->n_int + st->n_real;
    const char *name = r->cols ? r->cols[col] : NULL;
    if (n_num + st->n_text == 0)
        st->kind = COL_NULL;
    else if (st->all_years && name_is_year(name))
        st->kind = COL_DATE;
    else if (st->n_text == 0)
        st->kind = st->n_real ? COL_REAL : COL_INT;
    else if (n_num == 0)
        st->kind = st->all_dates ? COL_DATE : COL_TEXT;
    else
        st->kind = COL_MIXED;
    return count_distinct(r, col, &st->distinct);
}

static json_t *col_stat_json(const struct db_result *r, size_t col, const struct col_stat *st)
{
    json_t *mn, *mx, *mean;
    int numeric = st->kind == COL_INT || st->kind == COL_REAL;
    int year = st->kind == COL_DATE && st->all_years;
    if (year) {
        /* numbers, whether the years came as integers, reals or text */
        mn = json_integer(st->ymin);
        mx = json_integer(st->ymax);
    } else if (numeric && st->n_finite) {
        if (st->n_real == 0) {
            mn = json_integer(st->imin);
            mx = json_integer(st->imax);
        } else {
            mn = analyze_json_real(st->dmin);
            mx = analyze_json_real(st->dmax);
        }
    } else if (st->kind == COL_DATE) {
        mn = analyze_json_text(db_cell_at(r, st->smin, col)->s);
        mx = analyze_json_text(db_cell_at(r, st->smax, col)->s);
    } else {
        mn = json_null();
        mx = json_null();
    }
    mean =
        numeric && st->n_finite ? analyze_json_real(st->sum / (double)st->n_finite) : json_null();
    const char *name = r->cols && r->cols[col] ? r->cols[col] : "";
    /* json_pack takes every "o" value, also when it fails, so nothing leaks on OOM */
    return json_pack("{s:o, s:s, s:o, s:o, s:o, s:I, s:I}", "name", analyze_json_text(name), "type",
                     col_kind_names[st->kind], "min", mn, "max", mx, "mean", mean, "distinct",
                     (json_int_t)st->distinct, "nulls", (json_int_t)st->nulls);
}

/* ---- shape ------------------------------------------------------------------------------ */

static const char *col_type(const json_t *columns, size_t c)
{
    const char *t = json_string_value(json_object_get(json_array_get(columns, c), "type"));
    return t ? t : "null";
}

static double col_num(const json_t *columns, size_t c, const char *field)
{
    return json_number_value(json_object_get(json_array_get(columns, c), field));
}

static int type_is(const json_t *columns, size_t c, const char *a, const char *b)
{
    const char *t = col_type(columns, c);
    return !strcmp(t, a) || (b && !strcmp(t, b));
}

/* An integer column that labels rows rather than measuring them: ids, and period numbers
 * (month 1-12) when nothing else labels the rows. */
enum key_kind { KEY_NONE = 0, KEY_ID, KEY_PERIOD };

static enum key_kind col_key(const struct db_result *r, const json_t *columns, size_t c,
                             int other_labels)
{
    const char *name = r->cols ? r->cols[c] : NULL;
    if (!type_is(columns, c, "integer", NULL))
        return KEY_NONE;
    if (name_is_id(name))
        return KEY_ID;
    if (!other_labels && name_is_period(name) && col_num(columns, c, "min") >= 0 &&
        col_num(columns, c, "max") <= 366)
        return KEY_PERIOD;
    return KEY_NONE;
}

static void pick_shape(const struct db_result *r, const json_t *columns, struct analyze_pick *p)
{
    memset(p, 0, sizeof *p);
    p->cat = p->date = p->measure = p->measure2 = -1;
    if (r->n_rows == 0 || r->n_cols == 0 || r->n_cols > INT32_MAX) {
        p->shape = ANALYZE_SHAPE_EMPTY;
        return;
    }
    if (r->n_rows == 1) {
        p->shape = r->n_cols == 1 ? ANALYZE_SHAPE_SINGLE : ANALYZE_SHAPE_ONE_ROW;
        if (r->n_cols == 1 && type_is(columns, 0, "integer", "real"))
            p->measure = 0;
        return;
    }
    int texts = 0, dates = 0, measures = 0, ids = 0, periods = 0;
    int text = -1, date = -1, m1 = -1, m2 = -1, key = -1, year = 0;
    for (size_t c = 0; c < r->n_cols; c++) {
        if (json_object_get(json_array_get(columns, c), "shown_in"))
            continue; /* a last name, shown with its first name */
        if (type_is(columns, c, "text", "mixed")) {
            texts++;
            text = text < 0 ? (int)c : text;
        } else if (type_is(columns, c, "date", NULL)) {
            dates++;
            date = (int)c;
            const json_t *mn = json_object_get(json_array_get(columns, c), "min");
            /* years and quarters are points on an ordinal axis, not a time scale */
            year = json_is_number(mn) || analyze_text_is_quarter(json_string_value(mn));
        }
    }
    for (size_t c = 0; c < r->n_cols; c++) {
        if (!type_is(columns, c, "integer", "real"))
            continue;
        enum key_kind k = col_key(r, columns, c, texts || dates);
        if (k != KEY_NONE) {
            ids += k == KEY_ID;
            periods += k == KEY_PERIOD;
            key = (int)c;
            continue;
        }
        measures++;
        if (m1 < 0)
            m1 = (int)c;
        else if (m2 < 0)
            m2 = (int)c;
    }
    p->shape = ANALYZE_SHAPE_TABLE;
    if (measures == 0)
        return;
    if (dates == 1 && texts <= 1 && ids == 0) {
        /* rows keyed by an id are entities with a date, not points of a time series; too many
         * series make a tangle, not a chart */
        if (texts == 1 && col_num(columns, (size_t)text, "distinct") > SERIES_MAX)
            return;
        p->shape = ANALYZE_SHAPE_SERIES;
        p->date = date;
        p->ordinal = year;
        p->cat = text;
        p->measure = m1;
    } else if (dates == 0 && texts == 1) {
        p->shape = ANALYZE_SHAPE_CATEGORY;
        p->cat = text;
        p->measure = m1;
    } else if (dates == 0 && texts == 0 && periods + ids == 1) {
        p->shape = periods ? ANALYZE_SHAPE_SERIES : ANALYZE_SHAPE_CATEGORY;
        if (periods) {
            p->date = key;
            p->ordinal = 1;
        } else {
            p->cat = key;
        }
        p->measure = m1;
    } else if (dates == 0 && texts == 0 && periods + ids == 0 && measures == 2) {
        p->shape = ANALYZE_SHAPE_XY;
        p->measure = m1;
        p->measure2 = m2;
    }
}

/* ---- entry points ----------------------------------------------------------------------- */

static const char *col_name(const struct db_result *r, int c)
{
    return r->cols && r->cols[c] ? r->cols[c] : "value";
}

static void pick_totals(const struct db_result *r, const json_t *columns, struct analyze_pick *p)
{
    if (p->measure < 0)
        return;
    double total = 0;
    int negative = 0;
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, (size_t)p->measure);
        if ((c->type != DB_INT && c->type != DB_REAL) || !isfinite(cell_num(c)))
            continue;
        negative |= cell_num(c) < 0;
        total += cell_num(c);
    }
    p->total = total;
    const char *fmt =
        json_string_value(json_object_get(json_array_get(columns, (size_t)p->measure), "format"));
    /* a percentage (a margin, a rate) is no part of a total of percentages */
    p->shareable = !negative && !r->listed && name_is_additive(col_name(r, p->measure)) &&
                   !(fmt && strcmp(fmt, "percent") == 0);
    if (p->cat >= 0) {
        p->cat_distinct = (size_t)col_num(columns, (size_t)p->cat, "distinct");
        p->cat_repeats =
            p->cat_distinct + (col_num(columns, (size_t)p->cat, "nulls") > 0) < r->n_rows;
    }
}

void analyze_pick(const struct db_result *r, const json_t *columns, struct analyze_pick *p)
{
    pick_shape(r, columns, p);
    pick_totals(r, columns, p);
}

int analyze_sql_limits(const char *sql)
{
    int depth = 0;
    const char *end = sql ? sql + strlen(sql) : NULL;
    for (const char *p = sql; p;) {
        enum sqllex_kind k;
        size_t n;
        p = sqllex_next(p, end, &k, &n);
        if (p == end)
            break;
        if (k == SQLLEX_PUNCT && *p == '(')
            depth++;
        else if (k == SQLLEX_PUNCT && *p == ')')
            depth--;
        else if (k == SQLLEX_WORD && depth == 0 &&
                 ((n == 5 && strncasecmp(p, "limit", 5) == 0) ||
                  (n == 5 && strncasecmp(p, "fetch", 5) == 0))) /* FETCH FIRST n ROWS */
            return 1;
        p += n;
    }
    return 0;
}

int analyze_sql_lists_rows(const char *sql)
{
    static const char *const aggs[] = {"count", "sum",   "avg",          "min",
                                       "max",   "total", "group_concat", "string_agg"};
    int depth = 0, prev_agg = 0;
    const char *end = sql ? sql + strlen(sql) : NULL;
    for (const char *p = sql; p;) {
        enum sqllex_kind k;
        size_t n;
        p = sqllex_next(p, end, &k, &n);
        if (p == end)
            break;
        if (k == SQLLEX_PUNCT && *p == '(') {
            if (prev_agg && depth == 0)
                return 0; /* COUNT(...) in the select list */
            depth++;
        } else if (k == SQLLEX_PUNCT && *p == ')') {
            depth--;
        } else if (k == SQLLEX_WORD && depth == 0 && n == 5 && strncasecmp(p, "group", 5) == 0) {
            return 0;
        }
        prev_agg = 0;
        for (size_t a = 0; k == SQLLEX_WORD && a < sizeof aggs / sizeof aggs[0]; a++)
            prev_agg |= n == strlen(aggs[a]) && strncasecmp(p, aggs[a], n) == 0;
        p += n;
    }
    return sql != NULL;
}

int analyze_result(const struct question *question, const struct db_result *r, struct analysis *out)
{
    return analyze_result_opts(question, r, NULL, out);
}

int analyze_result_opts(const struct question *question, const struct db_result *r,
                        const struct analyze_options *opt, struct analysis *out)
{
    struct col_stat st;
    struct analyze_pick pick;
    int rc = 0;
    if (!out)
        return ERR_USAGE;
    memset(out, 0, sizeof *out);
    if (!r || (r->n_rows && r->n_cols && !r->cells))
        return ERR_USAGE;

    out->columns = json_array();
    if (!out->columns) {
        rc = ERR_NOMEM;
        goto out;
    }
    for (size_t c = 0; c < r->n_cols; c++) {
        rc = col_stat_build(r, c, &st);
        if (rc)
            goto out;
        if (r->n_rows > 0 && st.nulls == r->n_rows)
            out->checks |= ANALYZE_ALL_NULL;
        if (json_array_append_new(out->columns, col_stat_json(r, c, &st))) {
            rc = ERR_NOMEM;
            goto out;
        }
    }
    if (r->n_rows == 0)
        out->checks |= ANALYZE_EMPTY;
    if (r->truncated)
        out->checks |= ANALYZE_TRUNCATED;
    if (question && r->n_rows > 1 && asks_for_count(question))
        out->checks |= ANALYZE_MANY_FOR_COUNT;
    if (question && r->n_rows == 1 && asks_for_list(question))
        out->checks |= ANALYZE_ONE_FOR_LIST;

    rc = analyze_display_set(r, out->columns, opt);
    if (rc)
        goto out;
    analyze_pick(r, out->columns, &pick);
    rc = analyze_summary(question, r, out->columns, &pick, &out->summary);
    if (rc)
        goto out;
    /* No chart is a normal outcome (and running out of memory here only loses the chart). */
    if (opt && opt->chart_text)
        out->chart_text = analyze_chart_text(question, r, out->columns, &pick);
    else
        out->chart = analyze_chart_spec(question, r, out->columns);
out:
    if (rc)
        analysis_free(out);
    return rc;
}

void analysis_free(struct analysis *a)
{
    if (!a)
        return;
    free(a->summary);
    json_decref(a->columns);
    json_decref(a->chart);
    free(a->chart_text);
    memset(a, 0, sizeof *a);
}

/* Every check bit: its name in traces and its reason for a person. */
static const struct {
    unsigned bit;
    const char *name;
    const char *why;
} check_names[] = {
    {ANALYZE_EMPTY, "empty", "the query returned no rows"},
    {ANALYZE_TRUNCATED, "truncated", ""},
    {ANALYZE_ALL_NULL, "all_null", "a column of the result holds only NULLs"},
    {ANALYZE_MANY_FOR_COUNT, "many_for_count", "a count was asked and the query returned rows"},
    {ANALYZE_ONE_FOR_LIST, "one_for_list", ""},
    {ANALYZE_NO_TABLE, "no_table", "the query reads no table of the database"},
    {ANALYZE_CATALOG, "catalog", "the query reads only the database's catalog, not its data"},
    {ANALYZE_MANY_FOR_ONE, "many_for_one",
     "one number was asked and the query returned several rows"},
    {ANALYZE_ONE_FOR_EACH, "one_for_each", "a breakdown was asked and the query returned one row"},
    {ANALYZE_TEXT_FOR_NUMBER, "text_for_number", "a number was asked and the result holds none"},
};

#define IMPLAUSIBLE                                                                                \
    (ANALYZE_NO_TABLE | ANALYZE_CATALOG | ANALYZE_MANY_FOR_ONE | ANALYZE_ONE_FOR_EACH |            \
     ANALYZE_TEXT_FOR_NUMBER)

int analyze_suspicious(unsigned checks)
{
    return (checks & (ANALYZE_EMPTY | ANALYZE_ALL_NULL | ANALYZE_MANY_FOR_COUNT | IMPLAUSIBLE)) !=
           0;
}

unsigned analyze_implausible(unsigned checks)
{
    return checks & IMPLAUSIBLE;
}

const char *analyze_check_reason(unsigned bit)
{
    for (size_t i = 0; i < sizeof check_names / sizeof check_names[0]; i++)
        if (check_names[i].bit == bit)
            return check_names[i].why;
    return "";
}

void analyze_checks_str(unsigned checks, char *buf, size_t n)
{
    size_t used = 0;
    if (n == 0)
        return;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof check_names / sizeof check_names[0]; i++) {
        if (!(checks & check_names[i].bit))
            continue;
        int w = snprintf(buf + used, n - used, "%s%s", used ? ", " : "", check_names[i].name);
        if (w < 0 || (size_t)w >= n - used)
            return; /* cut short; snprintf has NUL-terminated */
        used += (size_t)w;
    }
}
