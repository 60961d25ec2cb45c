/* The sentence of an analysis: a ranking's leader with its value and share, ties named as ties,
 * a time series from its first to its last value with the change, a single value or row - in
 * the columns' words and formats (format.c). */
#include "analyze/analyze.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "analyze/analyze_int.h"
#include "util/buf.h"
#include "util/err.h"

#include "util/banned.h"

/* Longest text value quoted in a summary sentence, in bytes; longer ones are cut. */
#define LABEL_MAX 60
/* Columns spelled out in the sentence for a one-row result. */
#define ONE_ROW_MAX_COLS 4

static double cell_num(const struct db_cell *c)
{
    return c->type == DB_INT ? (double)c->i : c->d;
}

static double col_num(const json_t *columns, size_t c, const char *field)
{
    return json_number_value(json_object_get(json_array_get(columns, c), field));
}

static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Text as a sentence quotes it: an ISO date as a person writes it ("Jan 2023" for a month,
 * "Mar 5, 2023" for a day; month_start: a month's first day reads as the month), other text cut
 * at LABEL_MAX bytes on a character boundary. */
static void text_label(const char *s, int month_start, char *buf, size_t n)
{
    size_t len = strlen(s);
    if (analyze_text_is_iso_date(s) && analyze_date_label_len(s) <= 10) {
        const char *mon = month_names[(s[5] - '0') * 10 + (s[6] - '0') - 1];
        if (s[7] == '\0' || (month_start && !strncmp(s + 7, "-01", 3)))
            snprintf(buf, n, "%s %.4s", mon, s);
        else
            snprintf(buf, n, "%s %d, %.4s", mon, (s[8] - '0') * 10 + (s[9] - '0'), s);
        return;
    }
    if (analyze_text_is_quarter(s)) {
        snprintf(buf, n, "Q%c %.4s", s[6], s); /* "2024-Q3" reads "Q3 2024" */
        return;
    }
    if (analyze_text_is_iso_date(s))
        len = analyze_date_label_len(s);
    int cut = len > LABEL_MAX;
    if (cut) {
        len = LABEL_MAX;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
    }
    snprintf(buf, n, "%.*s%s", (int)len, s, cut ? "..." : "");
}

/* How the cell at row, col reads in a sentence, by its column's display: "$1,234.50", "2024",
 * "Ada Lovelace", "Jan 2023"; key: the number names a row, and an id or period number says what
 * it is ("store ID 12", "month 7"). */
static void value_label(const struct db_result *r, const json_t *columns, size_t row, size_t col,
                        int key, char *buf, size_t n)
{
    struct analyze_display d;
    char joined[2 * LABEL_MAX + 8];
    analyze_display_get(r, columns, col, &d);
    const struct db_cell *c = db_cell_at(r, row, col);
    if (c->type == DB_INT || c->type == DB_REAL) {
        double v = cell_num(c);
        if (key && isfinite(v) && (d.kind == AKIND_ID || d.kind == AKIND_NUMBER))
            snprintf(buf, n, "%s %.0f", d.label, v);
        else
            analyze_fmt_display(&d, v, 0, buf, n);
        return;
    }
    const char *s = analyze_cell_joined(r, &d, row, col, joined, sizeof joined);
    if (!s)
        snprintf(buf, n, "NULL");
    else
        text_label(s, 0, buf, n);
}

static const char *col_name(const struct db_result *r, int c)
{
    return r->cols && r->cols[c] ? r->cols[c] : "value";
}

static void count_phrase(size_t n, const char *one, const char *many, char *buf, size_t len)
{
    char num[32];
    analyze_fmt_int((long long)n, num, sizeof num);
    snprintf(buf, len, "%s %s", num, n == 1 ? one : many);
}

/* What the rows of a category column are, for counting them: "category" from "category name",
 * "store" from "store ID"; "row" when the label says nothing more ("name"). */
static void row_noun(const struct analyze_display *d, char *one, char *many, size_t n)
{
    static const char *const tails[] = {" name", " ID", " code", " title", NULL};
    snprintf(one, n, "%s", d->label);
    for (const char *const *t = tails; *t; t++) {
        size_t len = strlen(one), tl = strlen(*t);
        if (len > tl && !strcmp(one + len - tl, *t))
            one[len - tl] = '\0';
    }
    if (!one[0] || !strcmp(one, "name") || !strcmp(one, "ID") || strchr(one, ' ') ||
        d->kind != AKIND_TEXT)
        snprintf(one, n, "row");
    analyze_plural(one, many, n);
}

/* The things a count measure counts: "products" from "product count" or "number of products",
 * "orders" from a column of whole numbers named "orders"; "" when the label is not one of
 * these. */
static void counted_noun(const struct analyze_display *d, char *buf, size_t n)
{
    const char *label = d->label;
    size_t len = strlen(label);
    buf[0] = '\0';
    if (d->kind == AKIND_NUMBER && d->decimals == 0 && len > 3 && label[len - 1] == 's' &&
        label[len - 2] != 's' && !strchr(label, ' ') && d->scale == 1)
        snprintf(buf, n, "%s", label);
    else if (!strncmp(label, "number of ", 10) && label[10])
        snprintf(buf, n, "%s", label + 10);
    else if (len > 6 && !strcmp(label + len - 6, " count")) {
        char one[96];
        snprintf(one, sizeof one, "%.*s", (int)(len - 6), label);
        analyze_plural(one, buf, n);
    }
}

/* What a question counts, for a measure named only "count": "products" in "number of products
 * per category" or "how many orders per store"; "" when no plural noun follows. */
static void question_counted(const struct question *q, char *buf, size_t n)
{
    static const char *const phrases[] = {"number of", "how many", "count of", NULL};
    buf[0] = '\0';
    for (size_t i = 0; q && i < q->n_words; i++) {
        size_t len = 0;
        for (const char *const *ph = phrases; *ph && !len; ph++)
            len = question_phrase_at(q, i, *ph);
        size_t k = i + len;
        while (len && k < q->n_words && analyze_filler_word(q->words[k].w))
            k++;
        if (len && k < q->n_words && analyze_next_noun_is_plural(q, k)) {
            snprintf(buf, n, "%s", q->words[k].w);
            return;
        }
    }
}

/* Row of the largest finite value of column m, or SIZE_MAX when there is none. */
static size_t row_of_max(const struct db_result *r, int m)
{
    size_t best = SIZE_MAX;
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, (size_t)m);
        if ((c->type != DB_INT && c->type != DB_REAL) || !isfinite(cell_num(c)))
            continue;
        if (best == SIZE_MAX || cell_num(c) > cell_num(db_cell_at(r, best, (size_t)m)))
            best = row;
    }
    return best;
}

/* Rows whose measure equals the top value. */
static size_t count_ties(const struct db_result *r, int m, double top)
{
    size_t k = 0;
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, (size_t)m);
        k += (c->type == DB_INT || c->type == DB_REAL) && cell_num(c) == top;
    }
    return k;
}

/* "A, B and C" for the first rows at the top value, "and N more" past 5. */
static void list_ties(struct buf *b, const struct db_result *r, const json_t *columns,
                      const struct analyze_pick *p, double top, size_t k)
{
    char label[2 * LABEL_MAX + 8];
    size_t said = 0, max = k > 5 ? 4 : k;
    for (size_t row = 0; row < r->n_rows && said < max; row++) {
        const struct db_cell *c = db_cell_at(r, row, (size_t)p->measure);
        if ((c->type != DB_INT && c->type != DB_REAL) || cell_num(c) != top)
            continue;
        value_label(r, columns, row, (size_t)p->cat, 1, label, sizeof label);
        said++;
        buf_printf(b, "%s%s", said == 1 ? "" : said == k ? " and " : ", ", label);
    }
    if (k > said)
        buf_printf(b, " and %zu more", k - said);
}

/* ", 23% of the total": the share of the whole when the rows are the whole, of the rows shown
 * when the query kept only its first rows; nothing when the result was cut or the measure does
 * not add up (averages, negative values, a zero total). */
static void share_phrase(struct buf *b, const struct db_result *r, const struct analyze_pick *p,
                         double v)
{
    if (!p->shareable || r->truncated || !(p->total > 0) || !isfinite(v))
        return;
    double pct = 100.0 * v / p->total;
    char of[64];
    if (r->limited)
        snprintf(of, sizeof of, "of the %zu shown", r->n_rows);
    else
        snprintf(of, sizeof of, "of the total");
    if (pct > 0 && pct < 1)
        buf_printf(b, ", <1%% %s", of);
    else
        buf_printf(b, ", %.0f%% %s", pct, of);
}

static void summary_category(struct buf *b, const struct question *q, const struct db_result *r,
                             const json_t *columns, const struct analyze_pick *p, const char *trunc)
{
    char rows[160], one[96], many[128], label[2 * LABEL_MAX + 8], value[64], counted[128];
    struct analyze_display dc, dm;
    analyze_display_get(r, columns, (size_t)p->cat, &dc);
    analyze_display_get(r, columns, (size_t)p->measure, &dm);
    row_noun(&dc, one, many, sizeof one);
    count_phrase(r->n_rows, one, many, rows, sizeof rows);
    size_t best = row_of_max(r, p->measure);
    if (best == SIZE_MAX) {
        buf_printf(b, "%s%s, %zu columns.", rows, trunc, r->n_cols);
        return;
    }
    double top = cell_num(db_cell_at(r, best, (size_t)p->measure));
    size_t ties = count_ties(r, p->measure, top);
    analyze_fmt_display(&dm, top, 0, value, sizeof value);
    counted_noun(&dm, counted, sizeof counted);
    if (!counted[0] && !strcmp(dm.label, "count"))
        question_counted(q, counted, sizeof counted);
    if (ties == r->n_rows) {
        if (counted[0])
            buf_printf(b, "All %s%s have %s %s.", rows, trunc, value, counted);
        else
            buf_printf(b, "All %s%s have the same %s, %s.", rows, trunc, dm.label, value);
        return;
    }
    buf_printf(b, "%s%s; ", rows, trunc);
    if (ties > 1) {
        buf_printf(b, "%zu tie for first at %s%s%s: ", ties, value, counted[0] ? " " : "", counted);
        list_ties(b, r, columns, p, top, ties);
    } else {
        value_label(r, columns, best, (size_t)p->cat, 1, label, sizeof label);
        if (r->listed && !r->limited) /* stored rows, no ranking: the largest, no leader */
            buf_printf(b, "the largest %s is %s's, %s", dm.label, label, value);
        else if (counted[0])
            buf_printf(b, "%s leads with %s %s", label, value, counted);
        else
            buf_printf(b, "%s leads with %s of %s", label, dm.label, value);
        share_phrase(b, r, p, top);
    }
    buf_putc(b, '.');
}

/* Orders date cells: years and periods numerically, ISO text as text (which is chronological). */
static int date_cmp(const struct db_cell *a, const struct db_cell *b)
{
    if (a->type != DB_TEXT && b->type != DB_TEXT) {
        double x = cell_num(a), y = cell_num(b);
        return (x > y) - (x < y);
    }
    return strcmp(a->s ? a->s : "", b->s ? b->s : "");
}

/* Every date of the column is the first of a month ('2023-01-01'): the series is monthly. */
static int dates_month_start(const struct db_result *r, size_t col)
{
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, col);
        if (c->type != DB_NULL &&
            (c->type != DB_TEXT || !c->s || strlen(c->s) != 10 || strcmp(c->s + 7, "-01") != 0))
            return 0;
    }
    return 1;
}

void analyze_series_ends(const struct db_result *r, const struct analyze_pick *p, size_t *first,
                         size_t *last)
{
    size_t dcol = (size_t)p->date;
    *first = *last = SIZE_MAX;
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, dcol);
        if (c->type == DB_NULL)
            continue;
        if (*first == SIZE_MAX || date_cmp(c, db_cell_at(r, *first, dcol)) < 0)
            *first = row;
        if (*last == SIZE_MAX || date_cmp(c, db_cell_at(r, *last, dcol)) > 0)
            *last = row;
    }
}

void analyze_period_label(const struct db_result *r, const json_t *columns, size_t row, size_t col,
                          char *buf, size_t n)
{
    const struct db_cell *c = db_cell_at(r, row, col);
    if (c->type == DB_TEXT && c->s)
        text_label(c->s, dates_month_start(r, col), buf, n);
    else
        value_label(r, columns, row, col, 1, buf, n);
}

void analyze_change_label(double from, double to, char *buf, size_t n)
{
    buf[0] = '\0';
    if (!(from > 0) || !isfinite(to))
        return;
    double pct = 100.0 * (to - from) / from;
    if (fabs(pct) < 0.05) {
        snprintf(buf, n, "no change");
        return;
    }
    char num[48];
    analyze_fmt_fixed(fabs(pct), fabs(pct) < 10 ? 1 : 0, num, sizeof num);
    size_t len = strlen(num);
    if (len > 2 && !strcmp(num + len - 2, ".0"))
        num[len - 2] = '\0';
    snprintf(buf, n, "%s%s%%", pct < 0 ? "-" : "+", num);
}

static void summary_series(struct buf *b, const struct db_result *r, const json_t *columns,
                           const struct analyze_pick *p, const char *trunc)
{
    char pts[48], from[LABEL_MAX + 8], to[LABEL_MAX + 8], lo[64], hi[64], at[LABEL_MAX + 8];
    char change[48];
    size_t dcol = (size_t)p->date, mcol = (size_t)p->measure, first, last;
    struct analyze_display dm;
    analyze_display_get(r, columns, mcol, &dm);
    analyze_series_ends(r, p, &first, &last);
    size_t best = row_of_max(r, p->measure);
    count_phrase(r->n_rows, "point", "points", pts, sizeof pts);
    if (first == SIZE_MAX || best == SIZE_MAX) {
        buf_printf(b, "%s%s, %zu columns.", pts, trunc, r->n_cols);
        return;
    }
    analyze_period_label(r, columns, first, dcol, from, sizeof from);
    analyze_period_label(r, columns, last, dcol, to, sizeof to);
    analyze_period_label(r, columns, best, dcol, at, sizeof at);
    buf_printf(b, "%s%s from %s to %s", pts, trunc, from, to);
    double mn = col_num(columns, mcol, "min"), mx = col_num(columns, mcol, "max");
    if (p->cat < 0 && first != last) {
        /* one series: where it started, where it ended, and the change */
        const struct db_cell *a = db_cell_at(r, first, mcol), *z = db_cell_at(r, last, mcol);
        analyze_fmt_display(&dm, cell_num(a), 0, lo, sizeof lo);
        analyze_fmt_display(&dm, cell_num(z), 0, hi, sizeof hi);
        analyze_change_label(cell_num(a), cell_num(z), change, sizeof change);
        buf_printf(b, "; %s went from %s in %s to %s in %s", dm.label, lo, from, hi, to);
        if (change[0])
            buf_printf(b, " (%s)", change);
        if (mn != mx && best != last && best != first)
            buf_printf(b, ", highest in %s", at);
        buf_putc(b, '.');
        return;
    }
    if (p->cat >= 0)
        buf_printf(b, " across %.0f %s values", col_num(columns, (size_t)p->cat, "distinct"),
                   col_name(r, p->cat));
    analyze_fmt_display(&dm, mn, 1, lo, sizeof lo);
    analyze_fmt_display(&dm, mx, 1, hi, sizeof hi);
    if (mn == mx) {
        buf_printf(b, "; %s is %s throughout", dm.label, lo);
    } else {
        buf_printf(b, "; %s ranges from %s to %s, highest in %s", dm.label, lo, hi, at);
        if (p->cat >= 0) {
            char who[2 * LABEL_MAX + 8];
            value_label(r, columns, best, (size_t)p->cat, 1, who, sizeof who);
            buf_printf(b, " for %s", who);
        }
    }
    buf_putc(b, '.');
}

static void summary_one_row(struct buf *b, const struct db_result *r, const json_t *columns,
                            const char *trunc)
{
    char v[2 * LABEL_MAX + 8];
    struct analyze_display d;
    size_t said = 0;
    buf_printf(b, "1 row%s: ", trunc);
    for (size_t c = 0; c < r->n_cols && said < ONE_ROW_MAX_COLS; c++) {
        analyze_display_get(r, columns, c, &d);
        if (d.shown_in >= 0)
            continue;
        value_label(r, columns, 0, c, 0, v, sizeof v);
        buf_printf(b, "%s%s = %s", said++ ? ", " : "", d.label, v);
    }
    size_t shown = 0;
    for (size_t c = 0; c < r->n_cols; c++) {
        analyze_display_get(r, columns, c, &d);
        shown += d.shown_in < 0;
    }
    if (shown > said)
        buf_printf(b, " and %zu more columns", shown - said);
    buf_putc(b, '.');
}

int analyze_summary(const struct question *q, const struct db_result *r, const json_t *columns,
                    const struct analyze_pick *p, char **out)
{
    struct buf b = BUF_INIT;
    char trunc[64] = "", rows[48], v[2 * LABEL_MAX + 8];
    int rc = 0;
    if (r->truncated)
        snprintf(trunc, sizeof trunc, " (truncated at %zu rows)", r->n_rows);
    switch (p->shape) {
    case ANALYZE_SHAPE_EMPTY:
        buf_puts(&b,
                 r->n_cols == 0 && r->n_rows ? "The result has no columns." : "No rows matched.");
        break;
    case ANALYZE_SHAPE_SINGLE:
        value_label(r, columns, 0, 0, 0, v, sizeof v);
        buf_printf(&b, "The answer is %s.", v);
        break;
    case ANALYZE_SHAPE_ONE_ROW:
        summary_one_row(&b, r, columns, trunc);
        break;
    case ANALYZE_SHAPE_CATEGORY:
        summary_category(&b, q, r, columns, p, trunc);
        break;
    case ANALYZE_SHAPE_SERIES:
        summary_series(&b, r, columns, p, trunc);
        break;
    default:
        count_phrase(r->n_rows, "row", "rows", rows, sizeof rows);
        buf_printf(&b, "%s, %zu column%s%s.", rows, r->n_cols, r->n_cols == 1 ? "" : "s", trunc);
        break;
    }
    if (b.failed) {
        rc = ERR_NOMEM;
        goto out;
    }
    *out = buf_detach(&b);
    if (!*out)
        rc = ERR_NOMEM;
out:
    buf_free(&b);
    return rc;
}
