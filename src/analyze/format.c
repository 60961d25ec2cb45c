/* Formatting for people: numbers rounded to what they mean (money to cents) with thousands
 * separators, a column's role (money, percent, id, year) from its name and values or from what
 * the caller declares, column names as words, a first and a last name shown as one name, the
 * text table of `genbi ask`, and JSON reals without binary noise. */
#include "analyze/analyze.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze_int.h"
#include "util/err.h"
#include "util/jsonw.h"

#include "util/banned.h"

/* Widest cell of the text table, in code points; longer text is cut with "…". */
#define CELL_MAX 40
/* Words of a column name looked at for its role. */
#define NAME_WORDS 16

/* ---- numbers ---------------------------------------------------------------------------- */

/* Inserts thousands separators into the plain number in raw ("-1234.5" -> "-1,234.5"). */
static void group_digits(const char *raw, char *out, size_t n)
{
    if (n == 0)
        return;
    size_t o = 0;
    const char *p = raw;
    if (*p == '-' && o + 1 < n)
        out[o++] = *p++;
    size_t digits = 0;
    while (isdigit((unsigned char)p[digits]))
        digits++;
    for (size_t i = 0; i < digits && o + 1 < n; i++) {
        if (i > 0 && (digits - i) % 3 == 0 && o + 2 < n)
            out[o++] = ',';
        out[o++] = p[i];
    }
    for (p += digits; *p && o + 1 < n; p++)
        out[o++] = *p;
    out[o] = '\0';
}

void analyze_fmt_int(long long v, char *buf, size_t n)
{
    char raw[32];
    snprintf(raw, sizeof raw, "%lld", v);
    group_digits(raw, buf, n);
}

/* "-0", "-0.00": a negative value that rounds to zero is zero. */
static void drop_negative_zero(char *raw)
{
    if (raw[0] != '-' || strspn(raw + 1, "0.") != strlen(raw + 1))
        return;
    memmove(raw, raw + 1, strlen(raw));
}

void analyze_fmt_fixed(double v, int decimals, char *buf, size_t n)
{
    char raw[64];
    if (n == 0)
        return;
    if (isnan(v) || isinf(v)) {
        snprintf(buf, n, "%s", isnan(v) ? "NaN" : v < 0 ? "-\xe2\x88\x9e" : "\xe2\x88\x9e");
        return;
    }
    if (fabs(v) >= 1e18) {
        snprintf(buf, n, "%.3g", v);
        return;
    }
    if (decimals < 0 || decimals > 9)
        decimals = 2;
    /* A decimal half (2.675) is stored just below or above it: a few ulps towards the sign
     * round it away from zero as a person would. */
    double nudged = v + copysign(fabs(v) * 8 * DBL_EPSILON, v);
    snprintf(raw, sizeof raw, "%.*f", decimals, nudged);
    drop_negative_zero(raw);
    group_digits(raw, buf, n);
}

void analyze_fmt_number(double v, char *buf, size_t n)
{
    char raw[64];
    double a = fabs(v);
    if (n == 0)
        return;
    if (!isfinite(v) || a >= 1e18 || (a < 0.01 && a > 0)) {
        /* Beyond what digits help with: 1.2e+20, 0.0012 */
        if (!isfinite(v))
            analyze_fmt_fixed(v, 0, buf, n);
        else
            snprintf(buf, n, "%.2g", v);
        return;
    }
    analyze_fmt_fixed(v, 2, raw, sizeof raw);
    char *dot = strchr(raw, '.');
    if (dot) {
        char *end = raw + strlen(raw);
        while (end > dot + 1 && end[-1] == '0')
            *--end = '\0';
        if (end == dot + 1)
            *dot = '\0';
    }
    snprintf(buf, n, "%s", raw);
}

void analyze_fmt_compact(double v, char *buf, size_t n)
{
    static const struct {
        double scale;
        const char *suffix;
    } units[] = {{1e3, "K"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
    double a = fabs(v);
    if (n == 0)
        return;
    if (!isfinite(v) || a < 999.5) {
        analyze_fmt_number(v, buf, n);
        return;
    }
    size_t u = 0;
    while (u + 1 < sizeof units / sizeof units[0] && a >= units[u + 1].scale)
        u++;
    double r = round(a / units[u].scale * 10) / 10;
    /* 999,960 rounds to 1000.0K: say 1M instead */
    if (r >= 1000 && u + 1 < sizeof units / sizeof units[0]) {
        u++;
        r = round(a / units[u].scale * 10) / 10;
    }
    const char *sign = v < 0 ? "-" : "";
    if (r == floor(r))
        snprintf(buf, n, "%s%.0f%s", sign, r, units[u].suffix);
    else
        snprintf(buf, n, "%s%.1f%s", sign, r, units[u].suffix);
}

/* Currencies written with a sign; others are written with their code ("CHF 12.50"). */
static const struct {
    const char *code, *sign;
    int decimals;
} currencies[] = {
    {"USD", "$", 2},        {"EUR", "\xe2\x82\xac", 2}, {"GBP", "\xc2\xa3", 2},
    {"JPY", "\xc2\xa5", 0}, {"INR", "\xe2\x82\xb9", 2}, {"KRW", "\xe2\x82\xa9", 0},
};

static int currency_decimals(const char *code)
{
    for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++)
        if (!strcasecmp(code, currencies[i].code))
            return currencies[i].decimals;
    return 2;
}

/* "$" for USD; "CHF " for a code without a sign. */
static void currency_prefix(const char *code, char *buf, size_t n)
{
    for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++)
        if (!strcasecmp(code, currencies[i].code)) {
            snprintf(buf, n, "%s", currencies[i].sign);
            return;
        }
    snprintf(buf, n, "%.3s ", code);
}

/* Money with decimals digits, or the compact form ("$1.2M"). */
static void fmt_money(double v, const char *currency, int decimals, int compact, char *buf,
                      size_t n)
{
    char pre[16], num[64];
    const char *code = currency && *currency ? currency : "USD";
    if (!isfinite(v)) { /* no currency sign on "NaN" */
        analyze_fmt_fixed(v, 0, buf, n);
        return;
    }
    currency_prefix(code, pre, sizeof pre);
    if (compact && fabs(v) >= 999.5)
        analyze_fmt_compact(fabs(v), num, sizeof num);
    else
        analyze_fmt_fixed(fabs(v), decimals, num, sizeof num);
    int zero = strspn(num, "0.,") == strlen(num);
    snprintf(buf, n, "%s%s%s", v < 0 && !zero && !isnan(v) ? "-" : "", pre, num);
}

void analyze_fmt_money(double v, const char *currency, char *buf, size_t n)
{
    const char *code = currency && *currency ? currency : "USD";
    fmt_money(v, code, currency_decimals(code), 0, buf, n);
}

/* ---- JSON reals ------------------------------------------------------------------------- */

double analyze_clean_real(double v)
{
    char s[40];
    if (!isfinite(v) || v == 0 || (v == trunc(v) && fabs(v) < 9007199254740992.0))
        return v;
    for (int p = 1; p <= 15; p++) {
        snprintf(s, sizeof s, "%.*g", p, v);
        double d = strtod(s, NULL);
        if (fabs(d - v) <= fabs(v) * 1e-12)
            return d;
    }
    return v;
}

json_t *analyze_json_real(double v)
{
    return isfinite(v) ? json_real(analyze_clean_real(v)) : json_null();
}

/* ---- UTF-8 text ------------------------------------------------------------------------- */

json_t *analyze_json_text(const char *s)
{
    if (!s)
        s = "";
    json_t *j = json_string(s);
    if (j)
        return j;
    /* Not valid UTF-8 (e.g. Latin-1 bytes stored in SQLite): keep what is readable. */
    struct buf b = BUF_INIT;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t len = utf8_seq_len(p);
        if (len) {
            buf_append(&b, p, len);
            p += len;
        } else {
            buf_puts(&b, "\xEF\xBF\xBD");
            p++;
        }
    }
    if (!b.failed)
        j = json_string(buf_cstr(&b));
    buf_free(&b);
    return j;
}

/* ---- column names as words -------------------------------------------------------------- */

/* Words people write for the abbreviations of column names. */
static const struct {
    const char *abbr, *word;
} abbreviations[] = {
    {"qty", "quantity"}, {"amt", "amount"},  {"avg", "average"}, {"cnt", "count"},
    {"num", "number"},   {"pct", "percent"}, {"tot", "total"},   {"id", "ID"},
    {"dt", "date"},      {"yr", "year"},     {"mo", "month"},    {"desc", "description"},
};

/* Aggregates and what they read as; "" leaves the argument's words alone (ROUND(x, 2)). */
static const struct {
    const char *fn, *word;
} label_functions[] = {
    {"sum", "total"},  {"total", "total"}, {"avg", "average"},   {"mean", "average"},
    {"min", "lowest"}, {"max", "highest"}, {"median", "median"}, {"round", ""},
    {"cast", ""},      {"coalesce", ""},   {"ifnull", ""},       {"nvl", ""},
    {"abs", ""},       {"trunc", ""},      {"floor", ""},        {"ceil", ""},
    {"ceiling", ""},   {"lower", ""},      {"upper", ""},        {"trim", ""},
};

/* SQL words left out of an expression's label. */
static const char *const sql_noise[] = {
    "as",        "distinct", "case",  "when",    "then",       "else",    "end",       "and",
    "or",        "not",      "null",  "is",      "in",         "between", "like",      "integer",
    "real",      "numeric",  "text",  "float",   "decimal",    "double",  "precision", "varchar",
    "int",       "strftime", "date",  "extract", "date_trunc", "from",    "julianday", "over",
    "partition", "by",       "order", "desc",    "asc",        "filter",  "where",     NULL,
};

static int in_list(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && !strncasecmp(w, *list, n))
            return 1;
    return 0;
}

/* Appends the words of one identifier ("unitPrice", "total_usd") to out, lower case, with
 * abbreviations spelled out. Currency codes are dropped when other words remain: the value
 * shows its currency. */
static void ident_words(const char *s, size_t n, struct buf *out)
{
    char words[NAME_WORDS][32];
    size_t nw = 0;
    for (size_t i = 0; i < n && nw < NAME_WORDS;) {
        while (i < n && !isalnum((unsigned char)s[i]) && !((unsigned char)s[i] & 0x80))
            i++;
        size_t k = 0;
        while (i < n && (isalnum((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80))) {
            if (k > 0 && isupper((unsigned char)s[i]) && islower((unsigned char)s[i - 1]))
                break; /* camelCase */
            if (k + 1 < sizeof words[0])
                words[nw][k++] = (char)tolower((unsigned char)s[i]);
            i++;
        }
        words[nw][k] = '\0';
        if (k)
            nw++;
    }
    size_t kept = 0;
    for (size_t w = 0; w < nw; w++) {
        static const char *const codes[] = {"usd", "eur", "gbp", NULL};
        const char *word = words[w];
        if (nw > 1 && in_list(word, strlen(word), codes))
            continue;
        for (size_t a = 0; a < sizeof abbreviations / sizeof abbreviations[0]; a++)
            if (!strcmp(word, abbreviations[a].abbr))
                word = abbreviations[a].word;
        buf_printf(out, "%s%s", kept++ || (out->len && out->data[out->len - 1] != ' ') ? " " : "",
                   word);
    }
}

/* Index just past the parenthesis that closes the one at s[open], or 0 when none does. */
static size_t close_paren(const char *s, size_t n, size_t open)
{
    int depth = 0;
    char quote = 0;
    for (size_t i = open; i < n; i++) {
        if (quote) {
            quote = s[i] == quote ? 0 : quote;
        } else if (s[i] == '\'' || s[i] == '"' || s[i] == '`') {
            quote = s[i];
        } else if (s[i] == '(') {
            depth++;
        } else if (s[i] == ')' && --depth == 0) {
            return i + 1;
        }
    }
    return 0;
}

static void label_expr(const char *s, size_t n, struct buf *out, int depth);

/* Words of an expression that is not one call: its identifiers (not qualifiers, literals or SQL
 * words) and arithmetic signs ("quantity × unit price"). */
static void label_words(const char *s, size_t n, struct buf *out)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'') {
            size_t j = i + 1;
            while (j < n && s[j] != '\'')
                j++;
            i = j + 1;
        } else if (isalpha(c) || c == '_' || c == '"' || c == '`' || (c & 0x80)) {
            int quoted = c == '"' || c == '`';
            size_t j = i + quoted;
            while (j < n && (quoted ? s[j] != (char)c
                                    : isalnum((unsigned char)s[j]) || s[j] == '_' || (s[j] & 0x80)))
                j++;
            size_t start = i + quoted;
            size_t end = j;
            j += quoted && j < n;
            if (j < n && s[j] == '.') /* a table qualifier */
                ;
            else if (!in_list(s + start, end - start, sql_noise))
                ident_words(s + start, end - start, out);
            i = j > i ? j : i + 1;
        } else if (strchr("*/+-", (int)c) && out->len) {
            buf_puts(out, c == '*'   ? " \xc3\x97"
                          : c == '-' ? " \xe2\x88\x92"
                          : c == '+' ? " +"
                                     : " /");
            i++;
        } else {
            i++;
        }
    }
}

static void label_call(const char *fn, size_t fn_len, const char *arg, size_t arg_len,
                       struct buf *out, int depth)
{
    while (arg_len && isspace((unsigned char)*arg))
        arg++, arg_len--;
    if (fn_len == 5 && !strncasecmp(fn, "count", 5)) {
        int distinct =
            arg_len > 9 && !strncasecmp(arg, "distinct", 8) && isspace((unsigned char)arg[8]);
        if (distinct)
            arg += 9, arg_len -= 9;
        if (arg_len == 0 || (arg_len == 1 && (*arg == '*' || *arg == '1'))) {
            buf_puts(out, "count");
            return;
        }
        struct buf inner = BUF_INIT;
        char plural[128];
        label_expr(arg, arg_len, &inner, depth + 1);
        const char *w = buf_cstr(&inner);
        size_t wl = strlen(w);
        if (wl > 3 && !strcmp(w + wl - 3, " ID"))
            inner.data[wl - 3] = '\0';
        analyze_plural(buf_cstr(&inner), plural, sizeof plural);
        buf_printf(out, "number of %s%s", distinct ? "distinct " : "", plural);
        buf_free(&inner);
        return;
    }
    for (size_t i = 0; i < sizeof label_functions / sizeof label_functions[0]; i++) {
        const char *f = label_functions[i].fn;
        if (strlen(f) != fn_len || strncasecmp(fn, f, fn_len))
            continue;
        /* the first argument only: ROUND(x, 2), COALESCE(x, 0) */
        size_t end = 0;
        int d = 0;
        while (end < arg_len && (d || arg[end] != ',')) {
            d += arg[end] == '(' ? 1 : arg[end] == ')' ? -1 : 0;
            end++;
        }
        struct buf inner = BUF_INIT;
        label_expr(arg, end, &inner, depth + 1);
        const char *w = label_functions[i].word, *in = buf_cstr(&inner);
        size_t wl = strlen(w);
        if (*w && strncmp(in, w, wl) != 0)
            buf_printf(out, "%s ", w);
        buf_puts(out, in);
        buf_free(&inner);
        return;
    }
    label_words(arg, arg_len, out); /* strftime('%Y', order_date) -> "order date" */
}

static void label_expr(const char *s, size_t n, struct buf *out, int depth)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (depth > 8 || n == 0)
        return;
    if (s[0] == '(' && close_paren(s, n, 0) == n) {
        label_expr(s + 1, n - 2, out, depth + 1);
        return;
    }
    size_t id = 0;
    while (id < n && (isalnum((unsigned char)s[id]) || s[id] == '_'))
        id++;
    size_t open = id;
    while (open < n && isspace((unsigned char)s[open]))
        open++;
    if (id > 0 && open < n && s[open] == '(' && close_paren(s, n, open) == n) {
        label_call(s, id, s + open + 1, n - open - 2, out, depth);
        return;
    }
    label_words(s, n, out);
}

void analyze_label(const char *name, char *buf, size_t n)
{
    struct buf b = BUF_INIT;
    if (n == 0)
        return;
    label_expr(name ? name : "", name ? strlen(name) : 0, &b, 0);
    const char *s = b.failed || !b.len ? (name && *name ? name : "value") : buf_cstr(&b);
    size_t len = strlen(s);
    if (len >= n) { /* cut on a character boundary */
        len = n - 1;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
    }
    snprintf(buf, n, "%.*s", (int)len, s);
    buf_free(&b);
}

void analyze_plural(const char *noun, char *buf, size_t n)
{
    size_t len = strlen(noun);
    const char *last = strrchr(noun, ' ');
    last = last ? last + 1 : noun;
    char end = len ? noun[len - 1] : 0, before = len > 1 ? noun[len - 2] : 0;
    if (!strcmp(last, "person"))
        snprintf(buf, n, "%.*speople", (int)(last - noun), noun);
    else if (end == 's' && (before == 'u' || before == 's'))
        snprintf(buf, n, "%ses", noun); /* status, address, class: singular */
    else if (len == 0 || end == 's' || !isalpha((unsigned char)end))
        snprintf(buf, n, "%s", noun);
    else if (end == 'y' && !strchr("aeiou", before))
        snprintf(buf, n, "%.*sies", (int)len - 1, noun);
    else if (end == 'x' || end == 'z' || ((end == 'h') && (before == 'c' || before == 's')))
        snprintf(buf, n, "%ses", noun);
    else
        snprintf(buf, n, "%ss", noun);
}

/* ---- column roles ----------------------------------------------------------------------- */

/* Lower-case words of a name, split at anything not a letter or digit and at camelCase. */
static size_t name_words(const char *name, char words[][24], size_t max)
{
    size_t nw = 0;
    for (const char *s = name ? name : ""; *s && nw < max;) {
        while (*s && !isalnum((unsigned char)*s))
            s++;
        size_t k = 0;
        for (; isalnum((unsigned char)*s); s++) {
            if (k > 0 && isupper((unsigned char)*s) && islower((unsigned char)s[-1]))
                break;
            if (k + 1 < 24)
                words[nw][k++] = (char)tolower((unsigned char)*s);
        }
        words[nw][k] = '\0';
        nw += k > 0;
    }
    return nw;
}

static int has_word(char words[][24], size_t nw, const char *const *list)
{
    for (size_t i = 0; i < nw; i++)
        if (in_list(words[i], strlen(words[i]), list))
            return 1;
    return 0;
}

/* Words that make a numeric column money, a count (never money), a percentage, or cents. */
static const char *const money_words[] = {
    "usd",      "eur",      "gbp",    "amount",  "amt",     "price",  "prices",   "revenue",
    "revenues", "sales",    "cost",   "costs",   "spent",   "spend",  "spending", "paid",
    "payment",  "payments", "income", "profit",  "profits", "salary", "salaries", "fee",
    "fees",     "mrr",      "arr",    "balance", "budget",  "aov",    "earnings", "freight",
    "tax",      "wage",     "wages",  "refund",  "refunds", "gmv",    "ltv",      "msrp",
    "subtotal", "aov",      NULL,
};
static const char *const count_words[] = {
    "count",     "cnt",      "num",       "number", "qty",     "quantity", "units",
    "items",     "orders",   "days",      "hours",  "minutes", "seconds",  "age",
    "rank",      "score",    "rating",    "stock",  "visits",  "sessions", "users",
    "customers", "products", "employees", "times",  "percent", "pct",      "percentage",
    "rate",      "ratio",    "share",     "year",   "month",   "week",     "day",
    "quarter",   "weight",   "length",    "width",  "height",  NULL,
};
static const char *const percent_words[] = {"pct", "percent", "percentage", NULL};
static const char *const cents_words[] = {"cents", "cent", NULL};

/* The currency a name spells ("total_eur"), else NULL. */
static const char *name_currency(char words[][24], size_t nw)
{
    static const char *const codes[] = {"usd", "eur", "gbp", "jpy", "inr", "chf", "cad", "aud"};
    for (size_t i = 0; i < nw; i++)
        for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
            if (!strcmp(words[i], codes[k]))
                return codes[k];
    return NULL;
}

static const struct analyze_column_format *hint_for(const struct analyze_options *opt,
                                                    const char *name)
{
    for (size_t i = 0; opt && name && i < opt->n_columns; i++)
        if (opt->columns[i].column && !strcasecmp(opt->columns[i].column, name))
            return &opt->columns[i];
    return NULL;
}

/* Digits after the point for a column of plain numbers: none when every value is whole (also
 * reals such as SUM over a REAL column of whole amounts), 2 from 1 up, more for small ones. */
static int number_decimals(const struct db_result *r, size_t col, double scale)
{
    double min_abs = INFINITY;
    int whole = 1;
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, col);
        if (c->type != DB_REAL && c->type != DB_INT)
            continue;
        double v = (c->type == DB_INT ? (double)c->i : c->d) * scale;
        if (!isfinite(v))
            continue;
        whole &= v == trunc(v);
        if (v != 0 && fabs(v) < min_abs)
            min_abs = fabs(v);
    }
    if (whole)
        return 0;
    if (min_abs >= 1 || !isfinite(min_abs))
        return 2;
    int d = (int)ceil(-log10(min_abs)) + 1;
    return d < 2 ? 2 : d > 6 ? 6 : d;
}

/* "total", "order_total", "SUM(o.total)" on a real column: money; "total_distance" is not. */
static int name_is_total(char words[][24], size_t nw)
{
    static const char *const companions[] = {"total", "subtotal", "sum",    "avg",     "max",
                                             "min",   "round",    "order",  "invoice", "grand",
                                             "line",  "cart",     "basket", "sub",     NULL};
    int total = 0;
    for (size_t i = 0; i < nw; i++) {
        size_t len = strlen(words[i]);
        if (len <= 2 || in_list(words[i], len, companions))
            total |= !strcmp(words[i], "total") || !strcmp(words[i], "subtotal");
        else
            return 0;
    }
    return total;
}

/* "order_value", "avg_order_value", "lifetime_value": money; "value" alone is not. */
static int name_is_money_value(char words[][24], size_t nw)
{
    static const char *const value[] = {"value", NULL};
    static const char *const of[] = {"order", "lifetime", "deal",        "contract", "invoice",
                                     "cart",  "basket",   "transaction", NULL};
    return has_word(words, nw, value) && has_word(words, nw, of);
}

static enum analyze_kind numeric_kind(char words[][24], size_t nw, int real)
{
    static const char *const id_words[] = {"id", NULL};
    if (nw && !strcmp(words[nw - 1], "id") && has_word(words, nw, id_words))
        return AKIND_ID;
    if (has_word(words, nw, percent_words))
        return AKIND_PERCENT;
    /* counts of things, and cents not declared as such: plain numbers */
    if (has_word(words, nw, count_words) || has_word(words, nw, cents_words))
        return AKIND_NUMBER;
    if (has_word(words, nw, money_words) || name_is_money_value(words, nw) ||
        (real && name_is_total(words, nw)))
        return AKIND_CURRENCY;
    return AKIND_NUMBER;
}

static void display_numeric(const struct db_result *r, size_t c, const char *type,
                            const struct analyze_column_format *hint,
                            const struct analyze_options *opt, struct analyze_display *d)
{
    char words[NAME_WORDS][24];
    const char *name = r->cols ? r->cols[c] : NULL;
    size_t nw = name_words(name, words, NAME_WORDS);
    d->scale = hint && hint->scale > 0 ? hint->scale : 1;
    switch (hint ? hint->format : ANALYZE_FORMAT_AUTO) {
    case ANALYZE_FORMAT_CURRENCY:
        d->kind = AKIND_CURRENCY;
        break;
    case ANALYZE_FORMAT_PERCENT:
        d->kind = AKIND_PERCENT;
        break;
    case ANALYZE_FORMAT_NUMBER:
        d->kind = AKIND_NUMBER;
        break;
    default:
        d->kind = numeric_kind(words, nw, !strcmp(type, "real"));
    }
    const char *cur = hint && hint->currency ? hint->currency : name_currency(words, nw);
    if (!cur)
        cur = opt && opt->currency && *opt->currency ? opt->currency : "USD";
    if (d->kind == AKIND_CURRENCY) {
        for (size_t i = 0; i < sizeof d->currency - 1 && cur[i]; i++)
            d->currency[i] = (char)toupper((unsigned char)cur[i]);
        d->decimals = currency_decimals(d->currency);
    } else if (d->kind == AKIND_PERCENT) {
        int dec = number_decimals(r, c, d->scale);
        d->decimals = dec > 1 ? 1 : dec;
    } else if (d->kind == AKIND_NUMBER) {
        d->decimals = number_decimals(r, c, d->scale);
    }
}

/* ---- people's names --------------------------------------------------------------------- */

/* 1: a first-name column ("first_name", "FirstName", "fname", "customer_first_name"), 2: a
 * last-name column; *prefix_words: words before "first" (the label of the joined name). */
static int name_part(const char *name, size_t *prefix_words)
{
    char w[NAME_WORDS][24];
    size_t nw = name_words(name, w, NAME_WORDS);
    static const char *const first_one[] = {"firstname", "fname", "forename", "givenname", NULL};
    static const char *const last_one[] = {"lastname", "lname", "surname", "familyname", NULL};
    if (nw == 0)
        return 0;
    *prefix_words = nw - 1;
    if (in_list(w[nw - 1], strlen(w[nw - 1]), first_one))
        return 1;
    if (in_list(w[nw - 1], strlen(w[nw - 1]), last_one))
        return 2;
    if (nw < 2 || strcmp(w[nw - 1], "name"))
        return 0;
    *prefix_words = nw - 2;
    if (!strcmp(w[nw - 2], "first") || !strcmp(w[nw - 2], "given"))
        return 1;
    if (!strcmp(w[nw - 2], "last") || !strcmp(w[nw - 2], "family"))
        return 2;
    return 0;
}

/* A first-name column followed by a last-name column reads as one name ("Ada Lovelace"). */
static void join_names(const struct db_result *r, struct analyze_display *d)
{
    for (size_t c = 0; c + 1 < r->n_cols; c++) {
        size_t pre = 0, pre2 = 0;
        if (d[c].kind != AKIND_TEXT || d[c + 1].kind != AKIND_TEXT || d[c].shown_in >= 0 ||
            name_part(r->cols[c], &pre) != 1 || name_part(r->cols[c + 1], &pre2) != 2)
            continue;
        d[c].joins = (int)c + 1;
        d[c + 1].shown_in = (int)c;
        /* "customer first name" -> "customer"; "first_name" -> "name" */
        char *space = d[c].label;
        for (size_t k = 0; k < pre && space; k++)
            space = strchr(space + 1, ' ');
        if (pre == 0 || !space)
            snprintf(d[c].label, sizeof d[c].label, "name");
        else
            *space = '\0';
    }
}

/* ---- display fields --------------------------------------------------------------------- */

static const char *const kind_names[] = {
    [AKIND_TEXT] = "text",       [AKIND_DATE] = "date",     [AKIND_YEAR] = "year",
    [AKIND_ID] = "id",           [AKIND_NUMBER] = "number", [AKIND_CURRENCY] = "currency",
    [AKIND_PERCENT] = "percent",
};

static int display_json(const struct analyze_display *d, json_t *o)
{
    int bad = json_object_set_new(o, "label", analyze_json_text(d->label));
    bad |= json_object_set_new(o, "format", json_string(kind_names[d->kind]));
    if (d->kind >= AKIND_NUMBER)
        bad |= json_object_set_new(o, "decimals", json_integer(d->decimals));
    if (d->kind == AKIND_CURRENCY)
        bad |= json_object_set_new(o, "currency", json_string(d->currency));
    if (d->scale != 1)
        bad |= json_object_set_new(o, "scale", json_real(d->scale));
    if (d->joins >= 0)
        bad |= json_object_set_new(o, "joins", json_integer(d->joins));
    if (d->shown_in >= 0)
        bad |= json_object_set_new(o, "shown_in", json_integer(d->shown_in));
    return bad ? ERR_NOMEM : 0;
}

int analyze_display_set(const struct db_result *r, json_t *columns,
                        const struct analyze_options *opt)
{
    struct analyze_display *d = calloc(r->n_cols ? r->n_cols : 1, sizeof *d);
    int rc = 0;
    if (!d)
        return ERR_NOMEM;
    for (size_t c = 0; c < r->n_cols; c++) {
        const json_t *st = json_array_get(columns, c);
        const char *type = json_string_value(json_object_get(st, "type"));
        const char *name = r->cols ? r->cols[c] : NULL;
        const struct analyze_column_format *hint = hint_for(opt, name);
        type = type ? type : "null";
        d[c].joins = d[c].shown_in = -1;
        d[c].scale = 1;
        if (hint && hint->label)
            snprintf(d[c].label, sizeof d[c].label, "%s", hint->label);
        else
            analyze_label(name, d[c].label, sizeof d[c].label);
        if (!strcmp(type, "integer") || !strcmp(type, "real"))
            display_numeric(r, c, type, hint, opt, &d[c]);
        else if (!strcmp(type, "date"))
            d[c].kind = json_is_number(json_object_get(st, "min")) ? AKIND_YEAR : AKIND_DATE;
        else
            d[c].kind = AKIND_TEXT;
    }
    join_names(r, d);
    for (size_t c = 0; c < r->n_cols && !rc; c++)
        rc = display_json(&d[c], json_array_get(columns, c));
    free(d);
    return rc;
}

void analyze_display_get(const struct db_result *r, const json_t *columns, size_t c,
                         struct analyze_display *d)
{
    const json_t *o = json_array_get(columns, c);
    const char *label = json_string_value(json_object_get(o, "label"));
    const char *fmt = json_string_value(json_object_get(o, "format"));
    const char *cur = json_string_value(json_object_get(o, "currency"));
    const json_t *scale = json_object_get(o, "scale"), *j = json_object_get(o, "joins");
    const json_t *s = json_object_get(o, "shown_in");
    memset(d, 0, sizeof *d);
    d->kind = AKIND_TEXT;
    for (size_t k = 0; fmt && k < sizeof kind_names / sizeof kind_names[0]; k++)
        if (!strcmp(fmt, kind_names[k]))
            d->kind = (enum analyze_kind)k;
    d->decimals = (int)json_integer_value(json_object_get(o, "decimals"));
    d->scale = json_is_number(scale) ? json_number_value(scale) : 1;
    snprintf(d->currency, sizeof d->currency, "%s", cur ? cur : "USD");
    d->joins = json_is_integer(j) && (size_t)json_integer_value(j) < r->n_cols
                   ? (int)json_integer_value(j)
                   : -1;
    d->shown_in = json_is_integer(s) ? (int)json_integer_value(s) : -1;
    if (label)
        snprintf(d->label, sizeof d->label, "%s", label);
    else
        analyze_label(r->cols && c < r->n_cols ? r->cols[c] : NULL, d->label, sizeof d->label);
}

/* ---- values ----------------------------------------------------------------------------- */

void analyze_fmt_display(const struct analyze_display *d, double v, int compact, char *buf,
                         size_t n)
{
    char num[64];
    v *= d->scale;
    switch (d->kind) {
    case AKIND_CURRENCY:
        fmt_money(v, d->currency, d->decimals, compact, buf, n);
        break;
    case AKIND_PERCENT:
        analyze_fmt_fixed(v, d->decimals, num, sizeof num);
        snprintf(buf, n, "%s%%", num);
        break;
    case AKIND_YEAR:
    case AKIND_ID:
        if (isfinite(v))
            snprintf(buf, n, "%.0f", v);
        else
            analyze_fmt_fixed(v, 0, buf, n);
        break;
    default:
        if (compact)
            analyze_fmt_compact(v, buf, n);
        else
            analyze_fmt_fixed(v, d->decimals, buf, n);
    }
}

const char *analyze_cell_joined(const struct db_result *r, const struct analyze_display *d,
                                size_t row, size_t col, char *buf, size_t n)
{
    const struct db_cell *a = db_cell_at(r, row, col);
    const struct db_cell *b = d->joins >= 0 ? db_cell_at(r, row, (size_t)d->joins) : NULL;
    const char *sa = a->type == DB_NULL ? NULL : a->s, *sb = b && b->type != DB_NULL ? b->s : NULL;
    if (!sa || !sb)
        return sa ? sa : sb; /* one part, or NULL when both are missing */
    snprintf(buf, n, "%s %s", sa, sb);
    return buf;
}

void analyze_fmt_cell(const struct analysis *a, const struct db_result *r, size_t row, size_t col,
                      char *buf, size_t n)
{
    struct analyze_display d;
    if (n == 0)
        return;
    analyze_display_get(r, a ? a->columns : NULL, col, &d);
    const struct db_cell *c = db_cell_at(r, row, col);
    if (c->type == DB_INT && d.scale == 1 && d.kind == AKIND_NUMBER) {
        analyze_fmt_int(c->i, buf, n); /* exact beyond 2^53 */
    } else if (c->type == DB_INT && (d.kind == AKIND_ID || d.kind == AKIND_YEAR)) {
        snprintf(buf, n, "%lld", c->i);
    } else if ((c->type == DB_INT || c->type == DB_REAL) && d.kind >= AKIND_YEAR) {
        analyze_fmt_display(&d, c->type == DB_INT ? (double)c->i : c->d, 0, buf, n);
    } else {
        const char *s = analyze_cell_joined(r, &d, row, col, buf, n);
        if (s != buf)
            snprintf(buf, n, "%s", s ? s : "NULL");
    }
}

/* ---- the text table --------------------------------------------------------------------- */

/* Display width of UTF-8 text, counting code points (good enough for a terminal table). */
static size_t text_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* s padded to width w, cut to CELL_MAX code points with "…", tabs and newlines as blanks. */
static void put_cell(struct buf *out, const char *s, size_t w, int right)
{
    char tmp[CELL_MAX * 4 + 8];
    size_t cps = 0, i = 0;
    int cut = text_width(s) > CELL_MAX;
    for (; s[i] && i < sizeof tmp - 8; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && ++cps > CELL_MAX - 1 && cut)
            break;
        tmp[i] = s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];
    }
    tmp[i] = '\0';
    if (s[i])
        memcpy(tmp + i, "\xe2\x80\xa6", 4); /* … */
    size_t tw = text_width(tmp), pad = w > tw ? w - tw : 0;
    if (right)
        buf_printf(out, "%*s%s", (int)pad, "", tmp);
    else
        buf_printf(out, "%s%*s", tmp, (int)pad, "");
}

int analyze_table_text(const struct analysis *a, const struct db_result *r, size_t max_rows,
                       struct buf *out)
{
    size_t shown = r->n_rows < max_rows ? r->n_rows : max_rows, nc = r->n_cols ? r->n_cols : 1;
    struct analyze_display *d = calloc(nc, sizeof *d);
    size_t *w = calloc(nc, sizeof *w);
    char cell[512];
    int rc = 0;
    if (!d || !w) {
        rc = ERR_NOMEM;
        goto out;
    }
    for (size_t c = 0; c < r->n_cols; c++) {
        analyze_display_get(r, a ? a->columns : NULL, c, &d[c]);
        w[c] = text_width(d[c].label);
        for (size_t i = 0; i < shown; i++) {
            analyze_fmt_cell(a, r, i, c, cell, sizeof cell);
            size_t cw = text_width(cell);
            w[c] = cw > w[c] ? cw : w[c];
        }
        w[c] = w[c] > CELL_MAX ? CELL_MAX : w[c];
    }
    for (int line = -2; line < (int)shown; line++) {
        int first = 1;
        for (size_t c = 0; c < r->n_cols; c++) {
            if (d[c].shown_in >= 0)
                continue;
            int right = d[c].kind >= AKIND_YEAR;
            if (!first)
                buf_puts(out, line == -1 ? "-+-" : " | ");
            first = 0;
            if (line == -2) {
                put_cell(out, d[c].label, w[c], right);
            } else if (line == -1) {
                for (size_t k = 0; k < w[c]; k++)
                    buf_putc(out, '-');
            } else {
                analyze_fmt_cell(a, r, (size_t)line, c, cell, sizeof cell);
                put_cell(out, cell, w[c], right);
            }
        }
        buf_putc(out, '\n');
    }
    if (r->n_rows > shown)
        buf_printf(out, "(%zu rows%s, first %zu shown)\n", r->n_rows,
                   r->truncated ? ", truncated" : "", shown);
    else
        buf_printf(out, "(%zu row%s%s)\n", r->n_rows, r->n_rows == 1 ? "" : "s",
                   r->truncated ? ", truncated" : "");
    rc = out->failed ? ERR_NOMEM : 0;
out:
    free(d);
    free(w);
    return rc;
}
