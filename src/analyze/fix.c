/* Deterministic SQL repair: unknown column or table -> the nearest schema name. Each error class
 * maps to a repair function in `repairs`; classes with no entry are left to the model. */
#include "analyze/fix.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"

#include "util/banned.h"

/* Lowercase, drop '_' '-' and blanks, strip one plural 's': "Order_Items" -> "orderitem". */
static void name_norm(const char *in, char *out, size_t n)
{
    size_t k = 0;
    for (; *in && k + 1 < n; in++) {
        unsigned char ch = (unsigned char)*in;
        if (ch == '_' || ch == '-' || ch == ' ' || ch == '"' || ch == '`')
            continue;
        out[k++] = (char)tolower(ch);
    }
    out[k] = '\0';
    if (k > 3 && out[k - 1] == 's')
        out[k - 1] = '\0';
}

int fix_name_distance(const char *a, const char *b)
{
    char x[128], y[128];
    name_norm(a, x, sizeof x);
    name_norm(b, y, sizeof y);
    size_t n = strlen(x), m = strlen(y);
    int row[128];
    for (size_t j = 0; j <= m; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= m; j++) {
            int up = row[j];
            int best = diag + (x[i - 1] != y[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[m];
}

/* Largest distance we accept as "the same name, misspelt". */
static int max_distance(const char *name)
{
    int n = (int)strlen(name);
    return n <= 4 ? 1 : n / 3;
}

/* True when `word` occurs in sql as a whole identifier outside string literals. */
static int sql_mentions(const char *sql, const char *word)
{
    size_t n = strlen(word);
    char quote = 0;
    for (const char *p = sql; *p; p++) {
        if (quote) {
            if (*p == quote)
                quote = 0;
            continue;
        }
        if (*p == '\'') {
            quote = '\'';
            continue;
        }
        if (strncasecmp(p, word, n) == 0 && (p == sql || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
            !(isalnum((unsigned char)p[n]) || p[n] == '_'))
            return 1;
    }
    return 0;
}

/* Replaces whole-identifier occurrences of `from` (outside '...' strings) by `to`. */
static char *sql_replace_ident(const char *sql, const char *from, const char *to)
{
    struct buf b = BUF_INIT;
    size_t n = strlen(from);
    char quote = 0;
    for (const char *p = sql; *p;) {
        if (quote) {
            if (*p == quote)
                quote = 0;
            buf_putc(&b, *p++);
            continue;
        }
        if (*p == '\'') {
            quote = '\'';
            buf_putc(&b, *p++);
            continue;
        }
        int left = p == sql || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        if (left && strncasecmp(p, from, n) == 0 && !(isalnum((unsigned char)p[n]) || p[n] == '_')) {
            buf_put_sql_ident(&b, to);
            p += n;
            continue;
        }
        buf_putc(&b, *p++);
    }
    if (b.failed) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

static int repair_unknown_column(const struct schema *s, const char *sql, const struct db_error *de,
                                 struct fix_repair *out)
{
    /* "T1.nme" -> fix the column part; the qualifier stays. */
    const char *ident = de->ident;
    const char *dot = strrchr(ident, '.');
    const char *col = dot ? dot + 1 : ident;
    if (!*col)
        return 0;
    const char *best = NULL;
    int best_d = 1 << 30, best_in_query = 0;
    for (size_t t = 0; t < s->n_tables; t++) {
        int in_query = sql_mentions(sql, s->tables[t].name);
        for (size_t c = 0; c < s->tables[t].n_cols; c++) {
            const char *name = s->tables[t].cols[c].name;
            int d = fix_name_distance(col, name);
            /* A column of a table the query already uses wins ties and near-ties. */
            if (d < best_d - (in_query && !best_in_query) ||
                (d == best_d && in_query && !best_in_query)) {
                best = name;
                best_d = d;
                best_in_query = in_query;
            }
        }
    }
    if (!best || best_d > max_distance(col) || strcasecmp(best, col) == 0)
        return 0;
    out->sql = sql_replace_ident(sql, col, best);
    if (!out->sql)
        return -1;
    out->cls = "unknown_column";
    snprintf(out->what, sizeof out->what, "column '%s' -> '%s'", col, best);
    return 1;
}

static int repair_unknown_table(const struct schema *s, const char *sql, const struct db_error *de,
                                struct fix_repair *out)
{
    const char *ident = de->ident;
    const char *dot = strrchr(ident, '.');
    const char *tab = dot ? dot + 1 : ident;
    const char *best = NULL;
    int best_d = 1 << 30;
    for (size_t t = 0; t < s->n_tables; t++) {
        int d = fix_name_distance(tab, s->tables[t].name);
        if (d < best_d) {
            best = s->tables[t].name;
            best_d = d;
        }
    }
    if (!best || best_d > max_distance(tab) || strcasecmp(best, tab) == 0)
        return 0;
    out->sql = sql_replace_ident(sql, tab, best);
    if (!out->sql)
        return -1;
    out->cls = "unknown_table";
    snprintf(out->what, sizeof out->what, "table '%s' -> '%s'", tab, best);
    return 1;
}

static const struct {
    enum db_errclass cls;
    int (*repair)(const struct schema *, const char *, const struct db_error *, struct fix_repair *);
} repairs[] = {
    {DBE_UNKNOWN_COLUMN, repair_unknown_column},
    {DBE_UNKNOWN_TABLE, repair_unknown_table},
};

int fix_deterministic(const struct schema *s, const char *sql, const struct db_error *de,
                      struct fix_repair *out)
{
    memset(out, 0, sizeof *out);
    if (!sql || !de || !de->ident[0])
        return 0;
    for (size_t i = 0; i < sizeof repairs / sizeof repairs[0]; i++)
        if (repairs[i].cls == de->cls)
            return repairs[i].repair(s, sql, de, out);
    return 0;
}

void fix_repair_free(struct fix_repair *r)
{
    free(r->sql);
    r->sql = NULL;
}

static const char *const hints[DBE__COUNT] = {
    [DBE_UNKNOWN_COLUMN] = "Use only columns that exist in the schema above, on the right table.",
    [DBE_UNKNOWN_TABLE] = "Use only tables that exist in the schema above.",
    [DBE_AMBIGUOUS_COLUMN] = "Qualify every column with its table name or alias.",
    [DBE_SYNTAX] = "Fix the syntax; return one complete SELECT statement.",
    [DBE_FUNCTION] = "Use only functions this database supports.",
    [DBE_TYPE] = "Compare values of matching types; cast where needed.",
    [DBE_AGGREGATE] = "Aggregates belong in SELECT or HAVING, not in WHERE.",
    [DBE_GROUP_BY] = "Group by the non-aggregated columns you select.",
    [DBE_DIVZERO] = "Guard divisions with NULLIF(denominator, 0).",
    [DBE_TIMEOUT] = "The query was too slow: avoid cross joins and unbounded recursion.",
    [DBE_TOO_MANY_ROWS] = "Aggregate or filter: the result was too large.",
};

const char *fix_hint(enum db_errclass cls)
{
    if ((int)cls < 0 || cls >= DBE__COUNT || !hints[cls])
        return "";
    return hints[cls];
}
