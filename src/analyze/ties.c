/* Ties at a LIMIT's cut-off (analyze/ties.h). */
#include "analyze/ties.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/sqllex.h"

#include "util/banned.h"

#define TIES_MAX_LIMIT 100 /* a longer list is a listing, not a ranking */
#define TIES_MAX_KEYS 4

struct tok {
    enum sqllex_kind kind;
    const char *p;
    size_t len;
};

static int word(const struct tok *t, const char *w)
{
    return t->kind == SQLLEX_WORD && t->len == strlen(w) && strncasecmp(t->p, w, t->len) == 0;
}

static int punct(const struct tok *t, char c)
{
    return t->kind == SQLLEX_PUNCT && t->len == 1 && t->p[0] == c;
}

/* The sort keys' text between ORDER BY and LIMIT, without ASC/DESC/NULLS FIRST/LAST, one per
 * top-level comma; 0 when one is a position ("ORDER BY 2") or there are too many. */
static size_t sort_keys(const struct tok *t, size_t from, size_t to, const char *keys[][2])
{
    size_t n = 0, depth = 0, start = from, last = from;
    for (size_t i = from; i <= to; i++) {
        if (i < to && punct(&t[i], '('))
            depth++;
        else if (i < to && punct(&t[i], ')'))
            depth--;
        if (i < to && !(depth == 0 && punct(&t[i], ',')))
            continue;
        /* t[start..i) is one key: drop its trailing direction words */
        last = i;
        while (last > start && (word(&t[last - 1], "asc") || word(&t[last - 1], "desc") ||
                                word(&t[last - 1], "nulls") || word(&t[last - 1], "first") ||
                                word(&t[last - 1], "last")))
            last--;
        if (last == start || n == TIES_MAX_KEYS ||
            (last == start + 1 && t[start].kind == SQLLEX_NUMBER))
            return 0;
        keys[n][0] = t[start].p;
        keys[n][1] = t[last - 1].p + t[last - 1].len;
        n++;
        start = i + 1;
    }
    return n;
}

/* The number token t as a long in [0, TIES_MAX_LIMIT], or -1. */
static long small_number(const struct tok *t)
{
    char *end;
    long v = t->kind == SQLLEX_NUMBER ? strtol(t->p, &end, 10) : -1;
    return v >= 0 && v <= TIES_MAX_LIMIT && end == t->p + t->len ? v : -1;
}

char *ties_probe_sql(const char *sql, long *n, long *offset, size_t *n_keys)
{
    const char *end = sql + strlen(sql);
    size_t cap = 64, nt = 0;
    struct tok *t = malloc(cap * sizeof *t);
    if (!t)
        return NULL;
    const char *p = sql, *s;
    enum sqllex_kind kind;
    size_t len;
    while ((s = sqllex_next(p, end, &kind, &len)) < end) {
        if (nt == cap) {
            struct tok *g = realloc(t, 2 * cap * sizeof *t);
            if (!g) {
                free(t);
                return NULL;
            }
            t = g;
            cap *= 2;
        }
        t[nt++] = (struct tok){kind, s, len};
        p = s + len;
    }
    while (nt > 0 && punct(&t[nt - 1], ';'))
        nt--;
    char *out = NULL;
    /* SELECT [not DISTINCT] ... FROM ... ORDER BY keys LIMIT n [OFFSET m], all at the top level */
    long skip = 0;
    if (nt >= 10 && word(&t[nt - 2], "offset") && word(&t[nt - 4], "limit")) {
        skip = small_number(&t[nt - 1]);
        nt -= 2; /* read as the query without its OFFSET */
    }
    size_t from = 0, order = 0, depth = 0;
    int ok = nt >= 8 && skip >= 0 && word(&t[0], "select") && !word(&t[1], "distinct") &&
             word(&t[nt - 2], "limit") && t[nt - 1].kind == SQLLEX_NUMBER;
    for (size_t i = 1; ok && i + 2 < nt; i++) {
        if (punct(&t[i], '('))
            depth++;
        else if (punct(&t[i], ')'))
            depth--;
        else if (depth == 0 && (word(&t[i], "union") || word(&t[i], "intersect") ||
                                word(&t[i], "except") || word(&t[i], "offset") ||
                                word(&t[i], "limit") || word(&t[i], "fetch")))
            ok = 0;
        else if (depth == 0 && !from && word(&t[i], "from"))
            from = i;
        else if (depth == 0 && word(&t[i], "order") && word(&t[i + 1], "by"))
            order = i;
    }
    const char *keys[TIES_MAX_KEYS][2];
    size_t nk = ok && from && order > from ? sort_keys(t, order + 2, nt - 2, keys) : 0;
    long lim = nk ? small_number(&t[nt - 1]) : 0;
    if (nk && lim >= 1) {
        /* the same query showing its sort keys after its own columns, one row more */
        struct buf b = BUF_INIT;
        buf_append(&b, sql, (size_t)(t[from - 1].p + t[from - 1].len - sql));
        for (size_t k = 0; k < nk; k++) {
            buf_puts(&b, ", ");
            buf_append(&b, keys[k][0], (size_t)(keys[k][1] - keys[k][0]));
        }
        buf_putc(&b, ' ');
        buf_append(&b, t[from].p, (size_t)(t[nt - 2].p - t[from].p));
        buf_printf(&b, "LIMIT %ld", skip + lim + 1);
        if (b.failed)
            buf_free(&b);
        else
            out = buf_detach(&b);
        *n = lim;
        *offset = skip;
        *n_keys = nk;
    }
    free(t);
    return out;
}

static int same_cell(const struct db_cell *a, const struct db_cell *b)
{
    if (a->type == DB_NULL || b->type == DB_NULL)
        return a->type == b->type;
    return strcmp(a->s, b->s) == 0;
}

/* Rows a and a + 1 of the probe r share their sort keys (the last nk columns) but not what the
 * query shows (the others): which of them is shown is the database's whim. */
static int cut_in_tie(const struct db_result *r, size_t nk, size_t a)
{
    if (a + 1 >= r->n_rows || r->n_cols < nk)
        return 0;
    for (size_t k = r->n_cols - nk; k < r->n_cols; k++)
        if (!same_cell(db_cell_at(r, a, k), db_cell_at(r, a + 1, k)))
            return 0;
    for (size_t k = 0; k < r->n_cols - nk; k++)
        if (!same_cell(db_cell_at(r, a, k), db_cell_at(r, a + 1, k)))
            return 1;
    return 0; /* "when was the latest order": the same date either way */
}

int ties_at_cut(struct db *db, const char *sql, const struct db_limits *lim)
{
    long n, skip;
    size_t nk;
    char *probe = ties_probe_sql(sql, &n, &skip, &nk);
    if (!probe)
        return -1;
    struct db_limits l = *lim;
    l.row_cap = skip + n + 1;
    struct db_result r;
    struct db_error de;
    int tie = -1;
    if (db_exec(db, probe, &l, &r, &de) == 0) {
        /* the cut after the rows shown, and the one before them */
        tie = cut_in_tie(&r, nk, (size_t)(skip + n - 1)) ||
              (skip > 0 && cut_in_tie(&r, nk, (size_t)skip - 1));
        db_result_free(&r);
    }
    free(probe);
    return tie;
}
