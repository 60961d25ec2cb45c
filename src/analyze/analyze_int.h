/* Internal to src/analyze: how a result column reads for people, shared by analyze.c (the
 * sentence), chart.c (titles, axes, data) and format.c (which builds it). Other modules read the
 * same facts from the "label", "format", "decimals", "currency", "joins" and "shown_in" fields
 * of analysis.columns (analyze.h). */
#ifndef GENBI_ANALYZE_INT_H
#define GENBI_ANALYZE_INT_H

#include <stddef.h>

#include <jansson.h>

#include "analyze/analyze.h"

enum analyze_kind {
    AKIND_TEXT = 0,
    AKIND_DATE,     /* ISO dates as text */
    AKIND_YEAR,     /* years: digits as written, no separators */
    AKIND_ID,       /* ids: digits as written */
    AKIND_NUMBER,   /* separators, `decimals` digits after the point */
    AKIND_CURRENCY, /* a currency sign or code, separators, `decimals` digits */
    AKIND_PERCENT,  /* the value is already in percent: 23.5 reads "23.5%" */
};

struct analyze_display {
    enum analyze_kind kind;
    int decimals;
    double scale;      /* values are multiplied by it before display (0.01: cents); 1 = as is */
    char currency[8];  /* ISO 4217 code, for AKIND_CURRENCY */
    int joins;         /* a first-name column: the last-name column shown with it, else -1 */
    int shown_in;      /* a last-name column: the column it shows in, else -1 */
    char label[96];    /* words for the column ("total shipping cost") */
};

/* Adds the display fields to every entry of columns (the stats of analyze_result). opt may be
 * NULL. Returns 0 or ERR_NOMEM. */
int analyze_display_set(const struct db_result *r, json_t *columns,
                        const struct analyze_options *opt);
/* Reads them back for column c (defaults when absent: text, label from the column name). */
void analyze_display_get(const struct db_result *r, const json_t *columns, size_t c,
                         struct analyze_display *d);
/* A value of a column as a person reads it; compact: "$1.2M" rather than "$1,234,567.89". */
void analyze_fmt_display(const struct analyze_display *d, double v, int compact, char *buf,
                         size_t n);
/* The text of a cell with its joined part ("Ada" + "Lovelace" -> "Ada Lovelace"); NULL when
 * every part is NULL. Numbers come as their database text. */
const char *analyze_cell_joined(const struct db_result *r, const struct analyze_display *d,
                                size_t row, size_t col, char *buf, size_t n);
/* An integer with thousands separators ("-1,234"). */
void analyze_fmt_int(long long v, char *buf, size_t n);
/* The rows of the earliest and latest dates of a series (p->date), SIZE_MAX when none. */
void analyze_series_ends(const struct db_result *r, const struct analyze_pick *p, size_t *first,
                         size_t *last);
/* A period as a sentence says it: "Jan 2023", "Mar 5, 2023", "2023", "month 7". */
void analyze_period_label(const struct db_result *r, const json_t *columns, size_t row,
                          size_t col, char *buf, size_t n);
/* The change from one value to another: "+50%", "-12.5%", "no change"; "" when from is not
 * above zero (no percentage of a zero or negative start). */
void analyze_change_label(double from, double to, char *buf, size_t n);
/* analyze_chart_spec() as compact JSON text (malloc'd), for the shape p already picked; NULL
 * when no chart fits or memory ran out. */
char *analyze_chart_text(const struct question *question, const struct db_result *r,
                         const json_t *columns, const struct analyze_pick *p);
/* The sentence for the result (summary.c); *out is malloc'd. Returns 0 or ERR_NOMEM. */
int analyze_summary(const struct question *q, const struct db_result *r, const json_t *columns,
                    const struct analyze_pick *p, char **out);
/* Shared readings of analyze.c: 'YYYY-MM[-DD][ time]' text; the length of a datetime at
 * midnight without its time; a filler word ("the", "all"); a plural noun at words[i] on. */
int analyze_text_is_iso_date(const char *s);
int analyze_text_is_quarter(const char *s);
size_t analyze_date_label_len(const char *s);
int analyze_filler_word(const char *w);
int analyze_next_noun_is_plural(const struct question *q, size_t i);
/* English plural of a noun phrase's last word ("category" -> "categories"). */
void analyze_plural(const char *noun, char *buf, size_t n);

#endif
