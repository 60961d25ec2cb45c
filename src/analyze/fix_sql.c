/* The fixer's view of SQL text: tokens with byte offsets, the tables each SELECT names in its
 * FROM clause (with aliases), and edits that replace whole tokens. Repairs work on this rather
 * than on strings so that a literal like 'nme' or a comment is never rewritten, and so that a
 * column is looked up in the tables of its own SELECT. */
#include "analyze/fix_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/err.h"
#include "util/sqllex.h"

#include "util/grow.h"

#include "util/banned.h"

int fx_is(const struct fx_sql *q, size_t i, const char *w)
{
    if (i >= q->n || q->t[i].type == SQLLEX_STRING || q->t[i].type == SQLLEX_QIDENT)
        return 0;
    size_t n = strlen(w);
    return q->t[i].len == n && strncasecmp(q->sql + q->t[i].off, w, n) == 0;
}

int fx_is_ident(const struct fx_sql *q, size_t i)
{
    return i < q->n && (q->t[i].type == SQLLEX_QIDENT || q->t[i].type == SQLLEX_WORD);
}

void fx_ident(const struct fx_sql *q, size_t i, char *out, size_t n)
{
    if (!n)
        return;
    out[0] = '\0';
    if (i >= q->n)
        return;
    const char *p = q->sql + q->t[i].off;
    size_t len = q->t[i].len;
    if (q->t[i].type == SQLLEX_QIDENT && len >= 2) {
        p++;
        len -= (p[len - 2] == '"' || p[len - 2] == '`' || p[len - 2] == ']') ? 2 : 1;
    }
    size_t k = 0;
    for (size_t j = 0; j < len && k + 1 < n; j++) {
        out[k++] = p[j];
        if ((p[j] == '"' || p[j] == '`') && j + 1 < len && p[j + 1] == p[j])
            j++;
    }
    out[k] = '\0';
}

size_t fx_match_paren(const struct fx_sql *q, size_t i)
{
    int depth = 0;
    for (size_t j = i; j < q->n; j++) {
        if (fx_is(q, j, "("))
            depth++;
        else if (fx_is(q, j, ")") && --depth == 0)
            return j;
    }
    return q->n;
}

static int is_word_keyword(const struct fx_sql *q, size_t i)
{
    if (i >= q->n || q->t[i].type != SQLLEX_WORD)
        return 0;
    char w[64];
    fx_ident(q, i, w, sizeof w);
    return sqllex_is_keyword(w, strlen(w));
}

/* Words that end a FROM clause at its own depth. */
static const char *const from_enders[] = {"where", "group", "order", "having", "limit",
                                          "window", "union", "intersect", "except", "offset"};

static int ends_from(const struct fx_sql *q, size_t i)
{
    for (size_t k = 0; k < sizeof from_enders / sizeof from_enders[0]; k++)
        if (fx_is(q, i, from_enders[k]))
            return 1;
    return 0;
}

static int new_scope(struct fx_sql *q, int parent)
{
    struct fx_scope *v = realloc(q->scopes, (q->n_scopes + 1) * sizeof *v);
    if (!v)
        return -1;
    q->scopes = v;
    memset(&v[q->n_scopes], 0, sizeof v[0]);
    v[q->n_scopes].parent = parent;
    return (int)q->n_scopes++;
}

static void add_ref(struct fx_sql *q, int sc, const struct schema *s, const char *name,
                    size_t tok, const char *alias, size_t alias_tok)
{
    struct fx_scope *S = &q->scopes[sc];
    if (S->n_refs >= FX_MAX_REFS)
        return;
    struct fx_tref *r = &S->refs[S->n_refs++];
    r->table = name && s ? schema_find_table(s, name) : -1;
    snprintf(r->name, sizeof r->name, "%s", name ? name : "");
    snprintf(r->alias, sizeof r->alias, "%s", alias && *alias ? alias : (name ? name : ""));
    r->tok = tok;
    r->alias_tok = alias_tok;
}

/* After a table name or a derived table ending at token i-1: an optional [AS] alias. Returns
 * the token after it and fills alias/alias_tok. */
static size_t parse_alias(const struct fx_sql *q, size_t i, char *alias, size_t n, size_t *at)
{
    alias[0] = '\0';
    *at = (size_t)-1;
    if (fx_is(q, i, "as"))
        i++;
    if (fx_is_ident(q, i) && !is_word_keyword(q, i)) {
        fx_ident(q, i, alias, n);
        *at = i;
        i++;
    }
    return i;
}

/* Scope frames: a SELECT opened by '(' at some depth; the outermost has depth 0. */
struct frame {
    int scope;
    int depth;
    int in_from, expect_ref;
    int derived; /* this SELECT is a derived table of the enclosing FROM */
};

#define MAX_FRAMES 64

static int build_scopes(struct fx_sql *q, const struct schema *s)
{
    struct frame st[MAX_FRAMES];
    int top = 0, depth = 0;
    int sc = new_scope(q, -1);
    if (sc < 0)
        return ERR_NOMEM;
    st[0] = (struct frame){.scope = sc, .depth = 0};
    for (size_t i = 0; i < q->n; i++) {
        struct frame *f = &st[top];
        q->t[i].scope = f->scope;
        if (fx_is(q, i, "(")) {
            depth++;
            if ((fx_is(q, i + 1, "select") || fx_is(q, i + 1, "with")) && top + 1 < MAX_FRAMES) {
                int ns = new_scope(q, f->scope);
                if (ns < 0)
                    return ERR_NOMEM;
                int derived = f->expect_ref && depth == f->depth + 1;
                f->expect_ref = 0;
                st[++top] = (struct frame){.scope = ns, .depth = depth, .derived = derived};
            }
            continue;
        }
        if (fx_is(q, i, ")")) {
            if (top > 0 && f->depth == depth) {
                int derived = f->derived;
                top--;
                q->t[i].scope = st[top].scope;
                if (derived) {
                    char alias[128];
                    size_t at;
                    size_t next = parse_alias(q, i + 1, alias, sizeof alias, &at);
                    add_ref(q, st[top].scope, NULL, NULL, (size_t)-1, alias, at);
                    for (size_t k = i + 1; k < next; k++)
                        q->t[k].scope = st[top].scope;
                    i = next - 1;
                }
            }
            depth--;
            continue;
        }
        if (depth != f->depth)
            continue;
        if (fx_is(q, i, "union") || fx_is(q, i, "intersect") || fx_is(q, i, "except")) {
            int ns = new_scope(q, q->scopes[f->scope].parent);
            if (ns < 0)
                return ERR_NOMEM;
            f->scope = ns;
            f->in_from = f->expect_ref = 0;
            continue;
        }
        if (fx_is(q, i, "from") || fx_is(q, i, "join")) {
            f->in_from = f->expect_ref = 1;
            continue;
        }
        if (ends_from(q, i)) {
            f->in_from = f->expect_ref = 0;
            continue;
        }
        if (fx_is(q, i, "on") || fx_is(q, i, "using")) {
            f->expect_ref = 0;
            continue;
        }
        if (f->in_from && fx_is(q, i, ",")) {
            f->expect_ref = 1;
            continue;
        }
        if (f->expect_ref && fx_is_ident(q, i) && !is_word_keyword(q, i)) {
            char name[128], alias[128];
            size_t name_tok = i;
            fx_ident(q, i, name, sizeof name);
            size_t j = i + 1;
            if (fx_is(q, j, ".") && fx_is_ident(q, j + 1)) { /* schema.table */
                name_tok = j + 1;
                fx_ident(q, j + 1, name, sizeof name);
                j += 2;
            }
            size_t at;
            size_t next = parse_alias(q, j, alias, sizeof alias, &at);
            add_ref(q, f->scope, s, name, name_tok, alias, at);
            for (size_t k = i + 1; k < next; k++)
                q->t[k].scope = f->scope;
            i = next - 1;
            f->expect_ref = 0;
        }
    }
    return 0;
}

int fx_parse(const char *sql, const struct schema *s, struct fx_sql *q)
{
    memset(q, 0, sizeof *q);
    q->sql = sql;
    size_t cap = 0;
    const char *end = sql + strlen(sql);
    for (const char *p = sql;;) {
        enum sqllex_kind type;
        size_t n;
        p = sqllex_next(p, end, &type, &n);
        if (p == end)
            break;
        if (q->n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            struct fx_token *v = realloc(q->t, ncap * sizeof *v);
            if (!v)
                goto nomem;
            q->t = v;
            cap = ncap;
        }
        q->t[q->n++] = (struct fx_token){.type = type, .off = (size_t)(p - sql), .len = n};
        p += n;
    }
    if (build_scopes(q, s))
        goto nomem;
    return 0;
nomem:
    fx_sql_free(q);
    return ERR_NOMEM;
}

void fx_sql_free(struct fx_sql *q)
{
    free(q->t);
    free(q->scopes);
    memset(q, 0, sizeof *q);
}

const struct fx_tref *fx_resolve(const struct fx_sql *q, int sc, const char *qual)
{
    /* An aliased table is visible only by its alias (as in SQLite); innermost scope first. */
    for (int s = sc; s >= 0; s = q->scopes[s].parent)
        for (size_t i = 0; i < q->scopes[s].n_refs; i++)
            if (strcasecmp(q->scopes[s].refs[i].alias, qual) == 0)
                return &q->scopes[s].refs[i];
    return NULL;
}

/* ---- edits ---- */

int fx_edit_add(struct fx_edits *e, size_t off, size_t len, const char *text)
{
    if (grow(&e->v, &e->cap, e->n, sizeof *e->v, 8))
        return ERR_NOMEM;
    char *t = strdup(text);
    if (!t)
        return ERR_NOMEM;
    e->v[e->n++] = (struct fx_edit){.off = off, .len = len, .text = t};
    return 0;
}

static int edit_cmp(const void *a, const void *b)
{
    const struct fx_edit *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

void fx_put_tokens(struct buf *b, const struct fx_sql *q, size_t from, size_t to)
{
    if (to <= from)
        return;
    size_t a = q->t[from].off, e = q->t[to - 1].off + q->t[to - 1].len;
    buf_append(b, q->sql + a, e - a);
}

int fx_replace_tokens(const struct fx_sql *q, size_t from, size_t to, struct buf *text,
                      struct fx_edits *ed, size_t *next)
{
    size_t a = q->t[from].off, e = q->t[to - 1].off + q->t[to - 1].len;
    int rc = text->failed ? ERR_NOMEM : fx_edit_add(ed, a, e - a, buf_cstr(text));
    buf_free(text);
    *next = to;
    return rc ? rc : 1;
}

char *fx_edits_apply(const char *sql, const struct fx_edits *e)
{
    struct buf b = BUF_INIT;
    if (e->n)
        qsort(e->v, e->n, sizeof e->v[0], edit_cmp);
    size_t at = 0;
    for (size_t i = 0; i < e->n; i++) {
        if (e->v[i].off < at)
            continue; /* overlaps the previous edit */
        buf_append(&b, sql + at, e->v[i].off - at);
        buf_puts(&b, e->v[i].text);
        at = e->v[i].off + e->v[i].len;
    }
    buf_puts(&b, sql + at);
    if (b.failed) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

void fx_edits_free(struct fx_edits *e)
{
    for (size_t i = 0; i < e->n; i++)
        free(e->v[i].text);
    free(e->v);
    memset(e, 0, sizeof *e);
}

/* ---- distances ---- */

#define LEV_MAX 255

/* Optimal string alignment distance (Levenshtein plus adjacent transpositions, which is how
 * people mistype: "eurpoe"), case-insensitive. With `anywhere`, the distance of a to the
 * best-matching substring of b (Sellers' algorithm: the match may start and end anywhere). */
static int osa_distance(const char *a, size_t na, const char *b, size_t nb, int anywhere)
{
    if (na > LEV_MAX || nb > LEV_MAX)
        return 1 << 20;
    int rows[3][LEV_MAX + 1];
    int *pp = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= nb; j++)
        prev[j] = anywhere ? 0 : (int)j;
    for (size_t i = 1; i <= na; i++) {
        cur[0] = (int)i;
        int ai = tolower((unsigned char)a[i - 1]);
        for (size_t j = 1; j <= nb; j++) {
            int bj = tolower((unsigned char)b[j - 1]);
            int best = prev[j - 1] + (ai != bj);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ai == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == bj && pp[j - 2] + 1 < best)
                best = pp[j - 2] + 1;
            cur[j] = best;
        }
        int *t = pp;
        pp = prev;
        prev = cur;
        cur = t;
    }
    if (!anywhere)
        return prev[nb];
    int d = 1 << 20;
    for (size_t j = 0; j <= nb; j++)
        if (prev[j] < d)
            d = prev[j];
    return d;
}

int fx_lev(const char *a, size_t na, const char *b, size_t nb)
{
    return osa_distance(a, na, b, nb, 0);
}

int fx_lev_within(const char *pat, const char *text)
{
    return osa_distance(pat, strlen(pat), text, strlen(text), 1);
}

#define MAX_PARTS 8

/* Stems an English plural in place: "categories" -> "category", "boxes" -> "box",
 * "names" -> "name"; short words and "-ss" stay. */
static void stem(char *w)
{
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
        w[n - 3] = 'y';
        w[n - 2] = '\0';
    } else if (n > 4 && (strcmp(w + n - 3, "xes") == 0 || strcmp(w + n - 4, "ches") == 0 ||
                         strcmp(w + n - 4, "shes") == 0 || strcmp(w + n - 4, "sses") == 0)) {
        w[n - 2] = '\0';
    } else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
        w[n - 1] = '\0';
    }
}

/* Splits a name into lowercase stemmed words: "SongName", "song_names", "song name" all give
 * {"song", "name"}. Returns the number of parts. */
static size_t split_name(const char *in, char parts[MAX_PARTS][64])
{
    size_t np = 0, k = 0;
    for (const char *p = in;; p++) {
        unsigned char c = (unsigned char)*p;
        int boundary = !c || c == '_' || c == ' ' || c == '-' || c == '.' ||
                       (isupper(c) && p > in && islower((unsigned char)p[-1]));
        if (boundary && k) {
            parts[np][k] = '\0';
            stem(parts[np]);
            np++;
            k = 0;
            if (np == MAX_PARTS)
                break;
        }
        if (!c)
            break;
        if (isalnum(c) && k + 1 < 64)
            parts[np][k++] = (char)tolower(c);
    }
    return np;
}

static int part_cmp(const void *a, const void *b)
{
    return strcmp(a, b);
}

static void join_parts(char parts[MAX_PARTS][64], size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (const char *p = parts[i]; *p && k + 1 < cap; p++)
            out[k++] = *p;
    out[k] = '\0';
}

int fx_name_distance(const char *a, const char *b)
{
    char pa[MAX_PARTS][64], pb[MAX_PARTS][64];
    char ja[512], jb[512];
    size_t na = split_name(a, pa), nb = split_name(b, pb);
    join_parts(pa, na, ja, sizeof ja);
    join_parts(pb, nb, jb, sizeof jb);
    int d = fx_lev(ja, strlen(ja), jb, strlen(jb));
    /* Word order does not matter: "name_song" is "song_name". */
    qsort(pa, na, sizeof pa[0], part_cmp);
    qsort(pb, nb, sizeof pb[0], part_cmp);
    join_parts(pa, na, ja, sizeof ja);
    join_parts(pb, nb, jb, sizeof jb);
    int d2 = fx_lev(ja, strlen(ja), jb, strlen(jb));
    return d2 < d ? d2 : d;
}
