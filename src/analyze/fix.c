/* Deterministic SQL repair. `repair_table` maps each error class to the strategies tried in
 * order (and the hint given to a model when none works); each strategy reads the query through
 * the token view of fix_int.h and edits whole tokens. A repair that cannot be sure (two equally
 * near names) does nothing: a wrong "fix" that runs is worse than an error a model can see.
 * fix_value_literal handles the one repair that is not driven by an error: an empty result. */
#include "analyze/fix.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/fix_int.h"
#include "schema/forms.h"

#include "util/banned.h"

struct fix_in {
    const struct schema *s;
    struct db *db; /* may be NULL: candidates cannot be checked */
    const char *sql;
    const struct db_error *de;
    struct fx_sql q;
};

static int set_repair(struct fix_repair *out, const char *cls, char *sql, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Takes ownership of sql. Returns 1, or ERR_NOMEM when sql is NULL. */
static int set_repair(struct fix_repair *out, const char *cls, char *sql, const char *fmt, ...)
{
    if (!sql)
        return ERR_NOMEM;
    out->sql = sql;
    out->cls = cls;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out->what, sizeof out->what, fmt, ap);
    va_end(ap);
    return 1;
}

int fix_name_distance(const char *a, const char *b)
{
    return fx_name_distance(a, b);
}

/* The distance between a written name and a schema name for a repair: a short name whose first
 * letter differs is two changes from too many other words ("sales" and "name"), so beyond one
 * change it is no misspelling. */
static int repair_distance(const char *name, const char *schema_name)
{
    int d = fx_name_distance(name, schema_name);
    if (d > 1 && strlen(name) <= 6 &&
        tolower((unsigned char)name[0]) != tolower((unsigned char)schema_name[0]))
        return 1 << 10;
    return d;
}

/* Largest distance accepted as "the same name, misspelt". */
static int max_distance(const char *name)
{
    int n = (int)strlen(name);
    return n <= 4 ? 1 : n <= 8 ? 2 : n / 3;
}

static const struct schema_table *ref_table(const struct fix_in *in, const struct fx_tref *r)
{
    return r && r->table >= 0 ? &in->s->tables[r->table] : NULL;
}

static int ref_has_column(const struct fix_in *in, const struct fx_tref *r, const char *col)
{
    const struct schema_table *t = ref_table(in, r);
    return t && schema_find_column(t, col) >= 0;
}

static int ident_eq(const struct fx_sql *q, size_t i, const char *name)
{
    char w[256];
    if (!fx_is_ident(q, i))
        return 0;
    fx_ident(q, i, w, sizeof w);
    return strcasecmp(w, name) == 0;
}

/* Token i is the name or alias of a FROM table (not a column reference). */
static int is_ref_token(const struct fx_sql *q, size_t i)
{
    const struct fx_scope *S = &q->scopes[q->t[i].scope];
    for (size_t k = 0; k < S->n_refs; k++)
        if (S->refs[k].tok == i || S->refs[k].alias_tok == i)
            return 1;
    return 0;
}

/* Token i is `qual.col` (qual NULL: a bare column name, not a call, a qualifier, a table name,
 * or an alias being defined). */
static int is_column_use(const struct fx_sql *q, size_t i, const char *qual, const char *col)
{
    if (!ident_eq(q, i, col))
        return 0;
    if (qual)
        return i >= 2 && fx_is(q, i - 1, ".") && ident_eq(q, i - 2, qual);
    if (i > 0 && (fx_is(q, i - 1, ".") || fx_is(q, i - 1, "as")))
        return 0;
    if (fx_is(q, i + 1, "(") || fx_is(q, i + 1, "."))
        return 0;
    return !is_ref_token(q, i);
}

static size_t first_use(const struct fx_sql *q, const char *qual, const char *col)
{
    for (size_t i = 0; i < q->n; i++)
        if (is_column_use(q, i, qual, col))
            return i;
    return q->n;
}

/* Replaces every `qual.col` (or bare col) use: with `new_qual.new_col`, keeping the qualifier
 * when new_qual is NULL. */
static char *replace_uses(const struct fx_sql *q, const char *qual, const char *col,
                          const char *new_qual, const char *new_col)
{
    struct fx_edits ed = {0};
    char *res = NULL;
    for (size_t i = 0; i < q->n; i++) {
        if (!is_column_use(q, i, qual, col))
            continue;
        struct buf b = BUF_INIT;
        size_t from = q->t[i].off;
        if (qual && new_qual) {
            from = q->t[i - 2].off;
            buf_put_sql_ident(&b, new_qual);
            buf_putc(&b, '.');
        }
        buf_put_sql_ident(&b, new_col);
        int rc = b.failed ? ERR_NOMEM
                          : fx_edit_add(&ed, from, q->t[i].off + q->t[i].len - from, buf_cstr(&b));
        buf_free(&b);
        if (rc)
            goto out;
    }
    res = fx_edits_apply(q->sql, &ed);
out:
    fx_edits_free(&ed);
    return res;
}

/* ---- strategies ---- */

/* Where a SQL statement may start in surrounding text: SELECT or WITH not inside one. */
static int statement_start(const struct fx_sql *q, size_t i)
{
    if (!fx_is(q, i, "select") && !fx_is(q, i, "with"))
        return 0;
    return i == 0 || !(fx_is(q, i - 1, "(") || fx_is(q, i - 1, "union") || fx_is(q, i - 1, "all") ||
                       fx_is(q, i - 1, "intersect") || fx_is(q, i - 1, "except"));
}

static char *dup_range(const char *s, size_t from, size_t to)
{
    struct buf b = BUF_INIT;
    buf_append(&b, s + from, to - from);
    return b.failed ? (buf_free(&b), NULL) : buf_detach(&b);
}

/* Candidate passes db_check; with `lenient`, failing for a reason other than syntax is enough
 * (the wrapping is gone; another repair may follow). Without a db nothing can be checked. */
static int candidate_ok(const struct fix_in *in, const char *sql, int lenient)
{
    struct db_error de;
    if (!in->db)
        return 1;
    memset(&de, 0, sizeof de);
    int rc = db_check(in->db, sql, &de);
    return rc == 0 || (lenient && de.cls != DBE_SYNTAX && de.cls != DBE_UNSAFE);
}

#define WRAP_MAX_TRIES 64

/* Words that continue SQL on a new line; a line starting otherwise after a complete statement
 * is prose ("This query returns ..."). */
static int continues_sql(const struct fx_sql *q, size_t i)
{
    char w[64];
    if (i >= q->n || q->t[i].type != SQLLEX_WORD)
        return 1;
    fx_ident(q, i, w, sizeof w);
    return sqllex_is_keyword(w, strlen(w));
}

/* SQL in prose, after "SQL:", in a code fence, or followed by more statements. Candidates, in
 * order, from the first SELECT/WITH: up to each top-level ';' (the first statement), then to
 * the end, then up to each line end after which prose starts. A cut is only taken when the
 * text shows wrapping (something before the statement, a ';' with more after it, or a prose
 * line), so a truncation never passes for a repair of a plain syntax error. */
static int repair_wrapping(const struct fix_in *in, struct fix_repair *out)
{
    const struct fx_sql *q = &in->q;
    int tries = 0;
    size_t len = strlen(in->sql);
    for (size_t s = 0; s < q->n; s++) {
        if (!statement_start(q, s))
            continue;
        size_t from = q->t[s].off;
        size_t ends[WRAP_MAX_TRIES];
        int lenient[WRAP_MAX_TRIES];
        size_t n_ends = 0;
        int depth = 0;
        for (size_t i = s; i < q->n && n_ends < WRAP_MAX_TRIES / 2; i++) {
            if (fx_is(q, i, "("))
                depth++;
            else if (fx_is(q, i, ")"))
                depth--;
            else if (depth == 0 && i > s &&
                     ((fx_is(q, i, ";") && i + 1 < q->n) ||
                      (fx_is(q, i, "<") && fx_is(q, i + 1, "/")))) { /* <sql>...</sql> */
                lenient[n_ends] = 1;
                ends[n_ends++] = q->t[i - 1].off + q->t[i - 1].len;
            }
        }
        if (s > 0) {
            lenient[n_ends] = 1;
            ends[n_ends++] = len;
        }
        for (size_t i = q->n; i > s + 1 && n_ends < WRAP_MAX_TRIES; i--) {
            size_t end = q->t[i - 2].off + q->t[i - 2].len;
            if (!memchr(in->sql + end, '\n', q->t[i - 1].off - end) || continues_sql(q, i - 1))
                continue;
            lenient[n_ends] = 0;
            ends[n_ends++] = end;
        }
        for (size_t k = 0; k < n_ends && tries < WRAP_MAX_TRIES; k++, tries++) {
            char *cand = dup_range(in->sql, from, ends[k]);
            if (!cand)
                return ERR_NOMEM;
            if (candidate_ok(in, cand, lenient[k]))
                return set_repair(out, "wrapping", cand, "SQL extracted from surrounding text");
            free(cand);
        }
        /* Only the first statement start counts when nothing can be checked. */
        if (!in->db)
            break;
    }
    return 0;
}

static int repair_dialect(const struct fix_in *in, struct fix_repair *out)
{
    struct buf what = BUF_INIT;
    char *sql = NULL;
    const char *named = in->de->cls == DBE_FUNCTION ? in->de->ident : NULL;
    const char *target = db_dialect_named(in->s->dialect)->name;
    int n = fx_dialect_repair(in->sql, target, named, &sql, &what);
    int rc = n;
    if (n > 0)
        rc = set_repair(out, "dialect", sql, "to %s: %s", target, buf_cstr(&what));
    buf_free(&what);
    return rc;
}

/* The nearest column name among the tables of scope sc and its parents, innermost first:
 * fills *ref and *col and returns the distance, or -1. `skip` is a table reference left out. */
static int nearest_column(const struct fix_in *in, int sc, const char *name,
                          const struct fx_tref *skip, const struct fx_tref **ref, const char **col)
{
    const struct fx_sql *q = &in->q;
    for (int s = sc; s >= 0; s = q->scopes[s].parent) {
        int best = -1, ties = 0;
        for (size_t k = 0; k < q->scopes[s].n_refs; k++) {
            const struct fx_tref *r = &q->scopes[s].refs[k];
            const struct schema_table *t = ref_table(in, r);
            if (!t || r == skip)
                continue;
            for (size_t c = 0; c < t->n_cols; c++) {
                int d = repair_distance(name, t->cols[c].name);
                if (best < 0 || d < best) {
                    best = d;
                    ties = 0;
                    *ref = r;
                    *col = t->cols[c].name;
                } else if (d == best && strcasecmp(*col, t->cols[c].name) != 0) {
                    ties++;
                }
            }
        }
        /* Two different names equally near: not sure enough to pick. */
        if (best >= 0 && best <= max_distance(name))
            return ties ? -1 : best;
    }
    return -1;
}

/* Least schema-word score accepted for a column repair (schema_name_match). */
#define WORD_MATCH_MIN 0.6

/* The column whose words best match name (schema words: "qty" -> Quantity, "emp_no" ->
 * Employee_Number, "author_name" -> Name on table author): in `only` when given, else among
 * the tables of scope sc and its parents, innermost first, leaving out `skip`. Fills *ref and
 * *col and returns 1 for a unique best at or above WORD_MATCH_MIN; -1 when two columns (of
 * different names) are equally good, which makes no repair, not even by spelling
 * (liked_student_id: student_id or liked_id?); 0 when none is good enough. */
static int word_column(const struct fix_in *in, int sc, const char *name,
                       const struct fx_tref *only, const struct fx_tref *skip,
                       const struct fx_tref **ref, const char **col)
{
    const struct fx_sql *q = &in->q;
    for (int s = only ? -1 : sc; only || s >= 0; s = q->scopes[s].parent) {
        double best = 0.0, plain_best = 0.0;
        int ties = 0, plain_ties = 0;
        const char *plain_col = NULL;
        size_t n = only ? 1 : q->scopes[s].n_refs;
        for (size_t k = 0; k < n; k++) {
            const struct fx_tref *r = only ? only : &q->scopes[s].refs[k];
            const struct schema_table *t = ref_table(in, r);
            if (!t || r == skip)
                continue;
            for (size_t c = 0; c < t->n_cols; c++) {
                double m = schema_name_match(name, t->name, t->cols[c].name);
                if (m > best + 1e-9) {
                    best = m;
                    ties = 0;
                    *ref = r;
                    *col = t->cols[c].name;
                } else if (m > 0 && m >= best - 1e-9 && strcasecmp(*col, t->cols[c].name) != 0) {
                    ties++;
                }
                /* the same without the table's own words ("liked" of table Likes) */
                double pm = schema_name_match(name, "", t->cols[c].name);
                if (pm > plain_best + 1e-9) {
                    plain_best = pm;
                    plain_ties = 0;
                    plain_col = t->cols[c].name;
                } else if (pm > 0 && pm >= plain_best - 1e-9 &&
                           strcasecmp(plain_col, t->cols[c].name) != 0) {
                    plain_ties++;
                }
            }
        }
        /* liked_student_id on table Likes(student_id, liked_id): "liked" is the table's word
         * only if no column says it; student_id wins by it, liked_id ties without it */
        if (best >= WORD_MATCH_MIN && !ties && plain_best >= WORD_MATCH_MIN &&
            (plain_ties || strcasecmp(plain_col, *col) != 0))
            return -1;
        if (best >= WORD_MATCH_MIN)
            return ties ? -1 : 1;
        if (only)
            return 0;
    }
    return 0;
}

/* A table reference visible from sc other than `not` that has column col exactly; NULL when
 * none or several do. */
static const struct fx_tref *ref_with_column(const struct fix_in *in, int sc, const char *col,
                                             const struct fx_tref * not )
{
    const struct fx_sql *q = &in->q;
    for (int s = sc; s >= 0; s = q->scopes[s].parent) {
        const struct fx_tref *hit = NULL;
        int n = 0;
        for (size_t k = 0; k < q->scopes[s].n_refs; k++) {
            const struct fx_tref *r = &q->scopes[s].refs[k];
            if (r != not &&ref_has_column(in, r, col)) {
                if (!hit)
                    hit = r;
                n++;
            }
        }
        if (n == 1)
            return hit;
        if (n > 1)
            return NULL;
    }
    return NULL;
}

static void split_ident(const char *ident, char *qual, size_t nq, char *col, size_t nc)
{
    const char *dot = strrchr(ident, '.');
    qual[0] = '\0';
    if (dot) {
        snprintf(qual, nq, "%.*s", (int)(dot - ident), ident);
        snprintf(col, nc, "%s", dot + 1);
    } else {
        snprintf(col, nc, "%s", ident);
    }
}

/* singer_name spelt near Song_Name while the singer table is not in the query: the name is
 * another table's attribute, and a near spelling on this table would be a silent wrong answer. */
static int names_other_table(const struct fix_in *in, const char *col, const struct fx_tref *ref)
{
    struct schema_words w, t;
    schema_name_words(col, &w);
    for (size_t k = 0; k < in->s->n_tables; k++) {
        if ((int)k == ref->table)
            continue;
        schema_name_words(in->s->tables[k].name, &t);
        for (size_t i = 0; t.n == 1 && i < w.n; i++)
            if (strcmp(w.w[i], t.w[0]) == 0)
                return 1;
    }
    return 0;
}

/* `… AS col` somewhere in the query: col is an output column the query defines, used where the
 * database does not see it (PostgreSQL's ORDER BY expressions, a later select item). It is not
 * a misspelt column, and a near one would silently change what the query computes. */
static int defines_alias(const struct fx_sql *q, const char *col)
{
    for (size_t i = 0; i + 1 < q->n; i++)
        if (fx_is(q, i, "AS") && ident_eq(q, i + 1, col))
            return 1;
    return 0;
}

/* ---- a column one foreign key away ---- */

/* The one table, not in scope sc, that has column col under that very name and is one foreign
 * key away from one of the scope's tables (either way): breed_name read on Dogs where Breeds,
 * which Dogs.breed_code references, has it. */
struct fk_hop {
    const struct fx_tref *r; /* the scope's table */
    int u;                   /* the other table */
    const char *r_col, *u_col, *col;
};

static int in_scope(const struct fx_scope *S, int table)
{
    for (size_t k = 0; k < S->n_refs; k++)
        if (S->refs[k].table == table)
            return 1;
    return 0;
}

static int shares_word(const struct schema_words *a, const char *name)
{
    struct schema_words b;
    schema_name_words(name, &b);
    for (size_t i = 0; i < a->n; i++)
        for (size_t j = 0; j < b.n; j++)
            if (strcmp(a->w[i], b.w[j]) == 0)
                return 1;
    return 0;
}

/* Whether col, found on table u one foreign key away, is u's rather than a misspelt column of
 * the scope's own tables: yes when a word of it names u (breed_name and Breeds, PetType and
 * Pets); no when a column of the scope's tables shares a word with it (first_name on Dogs,
 * which has name: the dog's own; Country on countries, which has CountryName), or when it is a
 * bare "name" or "title" and a table of the scope has its own (song.Title, orchestra.Orchestra). */
static int hop_wanted(const struct fix_in *in, const struct fx_scope *S, const char *col, int u)
{
    struct schema_words w, generic;
    schema_name_words(col, &w);
    if (shares_word(&w, in->s->tables[u].name))
        return 1;
    schema_name_words("name title", &generic);
    int display = w.n == 1 && shares_word(&generic, col);
    for (size_t k = 0; k < S->n_refs; k++) {
        const struct schema_table *t = ref_table(in, &S->refs[k]);
        for (size_t j = 0; t && j < t->n_cols; j++) {
            const char *cn = t->cols[j].name;
            if (shares_word(&w, cn) ||
                (display && (shares_word(&generic, cn) || strcasecmp(cn, t->name) == 0)))
                return 0;
        }
    }
    return 1;
}

/* Counts the foreign keys between ref r (table t) and table u, either way, leaving the last in
 * *h to read column uc of u. apart: the key is not column uc itself (a guessed table must be
 * reached through another column than the one asked for). */
static int hops_between(const struct fix_in *in, const struct fx_tref *r,
                        const struct schema_table *t, int u, int uc, int apart, struct fk_hop *h)
{
    const struct schema_table *ut = &in->s->tables[u];
    int n = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        if (t->cols[c].fk_table && t->cols[c].fk_column &&
            strcasecmp(t->cols[c].fk_table, ut->name) == 0 &&
            (!apart || strcasecmp(t->cols[c].fk_column, ut->cols[uc].name) != 0) &&
            schema_find_column(ut, t->cols[c].fk_column) >= 0) {
            *h = (struct fk_hop){r, u, t->cols[c].name, t->cols[c].fk_column, ut->cols[uc].name};
            n++;
        }
    for (size_t c = 0; c < ut->n_cols; c++)
        if (ut->cols[c].fk_table && ut->cols[c].fk_column && (!apart || (int)c != uc) &&
            strcasecmp(ut->cols[c].fk_table, t->name) == 0 &&
            schema_find_column(t, ut->cols[c].fk_column) >= 0) {
            *h = (struct fk_hop){r, u, ut->cols[c].fk_column, ut->cols[c].name, ut->cols[uc].name};
            n++;
        }
    return n;
}

/* any: the column is read through an alias the query never defined ("T3.Name" with T1 and T2
 * only), so a table of the scope having it too does not make it theirs. */
static int fk_hop_of(const struct fix_in *in, int sc, const char *col, int any, struct fk_hop *h)
{
    const struct fx_scope *S = &in->q.scopes[sc];
    int n = 0;
    for (size_t k = 0; k < S->n_refs; k++) {
        const struct fx_tref *r = &S->refs[k];
        const struct schema_table *t = ref_table(in, r);
        if (!t)
            return 0; /* a derived table or a CTE: its columns are not known here */
        if (!any && schema_find_column(t, col) >= 0)
            return 0;
        for (size_t u = 0; u < in->s->n_tables; u++) {
            int uc = schema_find_column(&in->s->tables[u], col);
            if (uc < 0 || in_scope(S, (int)u) || (!any && !hop_wanted(in, S, col, (int)u)))
                continue;
            n += hops_between(in, r, t, (int)u, uc, 1, h);
        }
    }
    return n == 1;
}

static int fk_hop(const struct fix_in *in, int sc, const char *col, struct fk_hop *h)
{
    return fk_hop_of(in, sc, col, 0, h);
}

/* The one foreign key between the scope's tables and table u (not in scope), which has col. */
static int fk_hop_to(const struct fix_in *in, int sc, int u, const char *col, struct fk_hop *h)
{
    const struct fx_scope *S = &in->q.scopes[sc];
    int uc = schema_find_column(&in->s->tables[u], col), n = 0;
    if (uc < 0 || in_scope(S, u))
        return 0;
    for (size_t k = 0; k < S->n_refs; k++) {
        const struct schema_table *t = ref_table(in, &S->refs[k]);
        if (!t)
            return 0;
        n += hops_between(in, &S->refs[k], t, u, uc, 0, h);
    }
    return n == 1;
}

/* Where a table joined to scope sc goes: the token that ends its FROM clause (WHERE, GROUP,
 * ORDER, ...), the ')' closing the scope, or q->n. */
static size_t from_end(const struct fx_sql *q, int sc)
{
    static const char *const ends[] = {"where",     "group",  "order",  "limit", "having", "union",
                                       "intersect", "except", "window", ";",     NULL};
    const struct fx_scope *S = &q->scopes[sc];
    size_t i = 0;
    for (size_t k = 0; k < S->n_refs; k++) {
        size_t last = S->refs[k].alias_tok != (size_t)-1 ? S->refs[k].alias_tok : S->refs[k].tok;
        if (last != (size_t)-1 && last > i)
            i = last;
    }
    int depth = 0;
    for (i++; i < q->n; i++) {
        if (fx_is(q, i, "("))
            depth++;
        else if (fx_is(q, i, ")") && --depth < 0)
            return i;
        for (int k = 0; depth == 0 && ends[k]; k++)
            if (fx_is(q, i, ends[k]))
                return i;
    }
    return q->n;
}

static int alias_taken(const struct fx_sql *q, const char *name)
{
    for (size_t s = 0; s < q->n_scopes; s++)
        for (size_t k = 0; k < q->scopes[s].n_refs; k++)
            if (strcasecmp(q->scopes[s].refs[k].alias, name) == 0 ||
                strcasecmp(q->scopes[s].refs[k].name, name) == 0)
                return 1;
    return 0;
}

/* Joins the table h names and reads col on it. The scope's bare columns the joined table also
 * has are qualified with the one table of the query that has them, so they keep their meaning.
 * named: the alias the query already reads it through ("T3"), or NULL. */
static int join_column(const struct fix_in *in, int sc, const char *qual, const char *col,
                       const struct fk_hop *h, const char *named, struct fix_repair *out)
{
    const struct fx_sql *q = &in->q;
    const struct schema_table *ut = &in->s->tables[h->u];
    const char *alias = named ? named : alias_taken(q, ut->name) ? "jt" : ut->name;
    if (alias_taken(q, alias))
        return 0;
    struct fx_edits ed = {0};
    struct buf b = BUF_INIT;
    size_t at = from_end(q, sc);
    buf_puts(&b, " JOIN ");
    buf_put_sql_ident(&b, ut->name);
    if (alias != ut->name) {
        buf_puts(&b, " AS ");
        buf_put_sql_ident(&b, alias);
    }
    buf_puts(&b, " ON ");
    buf_put_sql_ident(&b, h->r->alias);
    buf_putc(&b, '.');
    buf_put_sql_ident(&b, h->r_col);
    buf_puts(&b, " = ");
    buf_put_sql_ident(&b, alias);
    buf_putc(&b, '.');
    buf_put_sql_ident(&b, h->u_col);
    size_t off = at > 0 ? q->t[at - 1].off + q->t[at - 1].len : 0;
    int rc = b.failed ? ERR_NOMEM : fx_edit_add(&ed, off, 0, buf_cstr(&b));
    buf_free(&b);
    for (size_t i = 0; i < q->n && !rc; i++) {
        char w[128];
        if (!fx_is_ident(q, i))
            continue;
        fx_ident(q, i, w, sizeof w);
        int own = strcasecmp(w, col) == 0 && is_column_use(q, i, qual, col);
        if (!own &&
            (q->t[i].scope != sc || !is_column_use(q, i, NULL, w) || schema_find_column(ut, w) < 0))
            continue;
        const struct fx_tref *keep = own ? NULL : ref_with_column(in, sc, w, NULL);
        if (!own && !keep)
            continue;
        b = (struct buf)BUF_INIT;
        buf_put_sql_ident(&b, own ? alias : keep->alias);
        buf_putc(&b, '.');
        buf_put_sql_ident(&b, own ? h->col : w);
        size_t from = own && qual ? q->t[i - 2].off : q->t[i].off;
        rc = b.failed ? ERR_NOMEM
                      : fx_edit_add(&ed, from, q->t[i].off + q->t[i].len - from, buf_cstr(&b));
        buf_free(&b);
    }
    char *sql = rc ? NULL : fx_edits_apply(q->sql, &ed);
    fx_edits_free(&ed);
    if (rc)
        return rc;
    return set_repair(out, "unknown_column", sql, "column '%s' -> '%s.%s' (joined %s on %s.%s)",
                      col, ut->name, h->col, ut->name, h->r->alias, h->r_col);
}

static int in_join_on(const struct fx_sql *q, size_t k);

/* The qualifier token of the other side of the equality the column at token i is in ("own.col
 * = pq.x" or "pq.x = own.col"), or q->n when it is in none. */
static size_t eq_partner(const struct fx_sql *q, size_t i)
{
    if (i + 4 < q->n && fx_is(q, i + 1, "=") && fx_is(q, i + 3, "."))
        return i + 2;
    if (i >= 6 && fx_is(q, i - 3, "=") && fx_is(q, i - 5, "."))
        return i - 6;
    return q->n;
}

/* "s.battle_id = b.id" in a join's ON over ship.lost_in_battle -> battle.id: a join key written
 * in other words is the one column of its table with a foreign key to the other side's table.
 * The column's name in *best; 0 when the use at token i is no such equality, or when no key or
 * several keys lead there (Students' current and permanent address both point at Addresses). */
static int join_key(const struct fix_in *in, size_t i, const struct fx_tref *own, const char **best)
{
    const struct fx_sql *q = &in->q;
    const struct schema_table *t = ref_table(in, own);
    if (!t || i < 2 || !in_join_on(q, i))
        return 0;
    size_t pq = eq_partner(q, i);
    char pname[128];
    if (pq >= q->n || !fx_is_ident(q, pq))
        return 0;
    fx_ident(q, pq, pname, sizeof pname);
    const struct fx_tref *other = fx_resolve(q, q->t[i].scope, pname);
    if (!other || other == own || other->table < 0)
        return 0;
    const char *target = in->s->tables[other->table].name;
    int n = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        if (t->cols[c].fk_table && strcasecmp(t->cols[c].fk_table, target) == 0) {
            *best = t->cols[c].name;
            n++;
        }
    return n == 1;
}

/* The use at token i sits in "x = alias.col" or "alias.col = x" with the other side exactly
 * alias.col: requalifying it so would join a table to itself ("a.address_id = a.address_id"). */
static int same_as_partner(const struct fx_sql *q, size_t i, const char *alias, const char *col)
{
    size_t pq = eq_partner(q, i);
    return pq < q->n && fx_is(q, pq, alias) && fx_is(q, pq + 2, col);
}

static int column_stores(const struct fix_in *in, const struct fx_tref *r, const char *col,
                         const char *text);
static void literal_text(const struct fx_sql *q, size_t i, char *out, size_t n);

/* Of the columns of own's table whose words fit col equally well, the one the query itself
 * tells: the one that stores the text literal col is compared with ("T2.breed = 'Bulldog'":
 * breed_name, not breed_code), else, in a join's ON, the one not used with this qualifier
 * already ("T1.student_id = T2.ID ... T1.liked_student_id = T3.ID": liked_id). NULL when
 * neither tells one column. */
static const char *tie_broken(const struct fix_in *in, size_t at, const char *qual, const char *col,
                              const struct fx_tref *own, const struct schema_table *t,
                              const char **why)
{
    const struct fx_sql *q = &in->q;
    const char *fits[8];
    size_t n = 0;
    for (size_t c = 0; c < t->n_cols && n < 8; c++) {
        double m = schema_name_match(col, t->name, t->cols[c].name),
               pm = schema_name_match(col, "", t->cols[c].name);
        if ((m > pm ? m : pm) >= WORD_MATCH_MIN)
            fits[n++] = t->cols[c].name;
    }
    if (n < 2)
        return NULL;
    const char *pick = NULL;
    int picks = 0;
    if (at + 2 < q->n && fx_is(q, at + 1, "=") && q->t[at + 2].type == SQLLEX_STRING) {
        char text[256];
        literal_text(q, at + 2, text, sizeof text);
        for (size_t k = 0; k < n; k++)
            if (column_stores(in, own, fits[k], text)) {
                pick = fits[k];
                picks++;
            }
        if (picks == 1) {
            *why = "the one that stores the literal";
            return pick;
        }
    }
    if (!in_join_on(q, at))
        return NULL;
    pick = NULL;
    picks = 0;
    for (size_t k = 0; k < n; k++)
        if (first_use(q, qual, fits[k]) >= q->n) {
            pick = fits[k];
            picks++;
        }
    *why = "the one of its words not joined on already";
    return picks == 1 ? pick : NULL;
}

static int repair_column(const struct fix_in *in, struct fix_repair *out)
{
    const struct fx_sql *q = &in->q;
    char qual[128], col[128];
    split_ident(in->de->ident, qual, sizeof qual, col, sizeof col);
    if (!col[0])
        return 0;
    const char *qp = qual[0] ? qual : NULL;
    size_t at = first_use(q, qp, col);
    if (at >= q->n)
        return 0;
    int sc = q->t[at].scope;
    const struct fx_tref *ref = NULL;
    const char *best = NULL;
    struct fk_hop hop;
    if (!qp) {
        if (defines_alias(q, col))
            return 0;
        if (fk_hop(in, sc, col, &hop))
            return join_column(in, sc, NULL, col, &hop, NULL, out);
        int words = word_column(in, sc, col, NULL, NULL, &ref, &best);
        if (words < 0)
            return 0;
        if (!words &&
            (nearest_column(in, sc, col, NULL, &ref, &best) < 0 || names_other_table(in, col, ref)))
            return 0;
        if (strcasecmp(best, col) == 0)
            return 0;
        return set_repair(out, "unknown_column", replace_uses(q, NULL, col, NULL, best),
                          "column '%s' -> '%s'", col, best);
    }
    const struct fx_tref *own = fx_resolve(q, sc, qual);
    if (!own) {
        /* `singer.name` where singer is aliased T1: the alias is the only name in scope. */
        for (int s = sc; s >= 0 && !own; s = q->scopes[s].parent)
            for (size_t k = 0; k < q->scopes[s].n_refs; k++)
                if (strcasecmp(q->scopes[s].refs[k].name, qual) == 0)
                    own = &q->scopes[s].refs[k];
        if (own && ref_has_column(in, own, col))
            return set_repair(out, "wrong_qualifier", replace_uses(q, qual, col, own->alias, col),
                              "'%s.%s' -> '%s.%s'", qual, col, own->alias, col);
        int named_table = schema_find_table(in->s, qual);
        if (!own && named_table >= 0 && fk_hop_to(in, sc, named_table, col, &hop))
            /* "people.Name" with people not in FROM: joined through the key that leads to it */
            return join_column(in, sc, qual, col, &hop, qual, out);
        if (!own && named_table < 0) {
            /* "T3.Name" where only T1 and T2 are defined: a third table the query meant to
             * join, the one a foreign key leads to that has the column; never the Name of a
             * table already read, which would show it twice */
            if (fk_hop_of(in, sc, col, 1, &hop))
                return join_column(in, sc, qual, col, &hop, qual, out);
            /* "H1.name, H2.name ... JOIN Highschooler AS H": of the aliases that have the column,
             * the one not read yet */
            const struct fx_tref *unread = NULL;
            int n_unread = 0, n_has = 0;
            for (int s2 = sc; s2 >= 0; s2 = q->scopes[s2].parent)
                for (size_t k = 0; k < q->scopes[s2].n_refs; k++) {
                    const struct fx_tref *r = &q->scopes[s2].refs[k];
                    if (!ref_has_column(in, r, col))
                        continue;
                    n_has++;
                    if (first_use(q, r->alias, col) >= q->n) {
                        unread = r;
                        n_unread++;
                    }
                }
            if (n_unread == 1 && n_has > 1)
                return set_repair(out, "wrong_qualifier",
                                  replace_uses(q, qual, col, unread->alias, col),
                                  "'%s.%s' -> '%s.%s' (%s is not defined; %s.%s is not read yet)",
                                  qual, col, unread->alias, col, qual, unread->alias, col);
            const struct fx_tref *has = ref_with_column(in, sc, col, NULL);
            if (n_has > 0 && (!has || first_use(q, has->alias, col) < q->n))
                return 0;
        }
    }
    if (own && !ref_has_column(in, own, col) && join_key(in, at, own, &best))
        return set_repair(out, "unknown_column", replace_uses(q, qual, col, NULL, best),
                          "join key '%s.%s' -> '%s.%s' (its foreign key to the other side)", qual,
                          col, qual, best);
    /* The column exists as written, on another table of the query: the qualifier is wrong. */
    const struct fx_tref *other = ref_with_column(in, sc, col, own);
    if (own && !other && own == fx_resolve(q, sc, qual) && fk_hop(in, sc, col, &hop) &&
        hop.r == own)
        return join_column(in, sc, qual, col, &hop, NULL, out);
    /* ... unless the query reads that column already: "s.Name, c.Name" over singers and
     * concerts asks for the concert's own name (concert_Name), never the singer's twice */
    const struct schema_table *t = ref_table(in, own);
    int read_already = other && first_use(q, other->alias, col) < q->n;
    if (other && read_already && t && word_column(in, sc, col, own, NULL, &ref, &best) == 1 &&
        strcasecmp(best, col) != 0)
        return set_repair(out, "unknown_column", replace_uses(q, qual, col, NULL, best),
                          "column '%s.%s' -> '%s.%s' (%s.%s is read already)", qual, col, qual,
                          best, other->alias, col);
    if (other && !ref_has_column(in, own, col) && !same_as_partner(q, at, other->alias, col))
        return set_repair(out, "wrong_qualifier", replace_uses(q, qual, col, other->alias, col),
                          "'%s.%s' -> '%s.%s'", qual, col, other->alias, col);
    /* Named in other words, or misspelt, on its own table. */
    int words = t ? word_column(in, sc, col, own, NULL, &ref, &best) : 0;
    if (words == 1 && strcasecmp(best, col) != 0)
        return set_repair(out, "unknown_column", replace_uses(q, qual, col, NULL, best),
                          "column '%s.%s' -> '%s.%s' (same words)", qual, col, qual, best);
    const char *why = NULL;
    if (words < 0 && t && (best = tie_broken(in, at, qual, col, own, t, &why)) != NULL)
        return set_repair(out, "unknown_column", replace_uses(q, qual, col, NULL, best),
                          "column '%s.%s' -> '%s.%s' (%s)", qual, col, qual, best, why);
    if (words < 0)
        return 0;
    if (t) {
        int best_d = -1, ties = 0;
        for (size_t c = 0; c < t->n_cols; c++) {
            int d = repair_distance(col, t->cols[c].name);
            if (best_d < 0 || d < best_d) {
                best_d = d;
                best = t->cols[c].name;
                ties = 0;
            } else if (d == best_d) {
                ties++;
            }
        }
        if (best_d >= 0 && best_d <= max_distance(col) && !ties)
            return set_repair(out, "unknown_column", replace_uses(q, qual, col, NULL, best),
                              "column '%s.%s' -> '%s.%s'", qual, col, qual, best);
    }
    /* Named in other words, or misspelt, and on another table: not when the qualified table has
     * a column sharing a word with it ("v.contestant_id" where VOTES has contestant_number is
     * no c.contestant_name: two changes at once, one of them a guess). */
    int related = 0;
    for (size_t c = 0; t && c < t->n_cols && !related; c++)
        related = schema_name_match(col, t->name, t->cols[c].name) >= 0.3;
    words = related ? 0 : word_column(in, sc, col, NULL, own, &ref, &best);
    if (!related &&
        (words == 1 || (words == 0 && nearest_column(in, sc, col, own, &ref, &best) >= 0)))
        return set_repair(out, "wrong_qualifier", replace_uses(q, qual, col, ref->alias, best),
                          "'%s.%s' -> '%s.%s'", qual, col, ref->alias, best);
    return 0;
}

/* How many names the query uses as columns (not as calls, tables or aliases) table t has. */
static int columns_read(const struct fix_in *in, const struct schema_table *t)
{
    const struct fx_sql *q = &in->q;
    int n = 0;
    for (size_t i = 0; i < q->n; i++) {
        char w[128];
        if (!fx_is_ident(q, i) || fx_is(q, i + 1, "(") || fx_is(q, i + 1, ".") ||
            is_ref_token(q, i) || (i > 0 && fx_is(q, i - 1, "as")))
            continue;
        fx_ident(q, i, w, sizeof w);
        n += schema_find_column(t, w) >= 0;
    }
    return n;
}

static int repair_table(const struct fix_in *in, struct fix_repair *out)
{
    const struct fx_sql *q = &in->q;
    char qual[128], tab[128];
    split_ident(in->de->ident, qual, sizeof qual, tab, sizeof tab);
    const char *best = NULL;
    int best_d = -1, ties = 0;
    struct schema_words tw;
    schema_name_words(tab, &tw);
    for (size_t t = 0; t < in->s->n_tables; t++) {
        int d = repair_distance(tab, in->s->tables[t].name);
        struct schema_words sw;
        schema_name_words(in->s->tables[t].name, &sw);
        if (d > 1 && sw.n != tw.n)
            d = 1
                << 10; /* "concert_songs" is no misspelt "concert": a word more, the words decide */
        if (best_d < 0 || d < best_d) {
            best_d = d;
            best = in->s->tables[t].name;
            ties = 0;
        } else if (d == best_d) {
            ties++;
        }
    }
    if (!best || best_d > max_distance(tab) || ties) {
        /* no near spelling: the table whose name's words the name's words are ("makers" ->
         * car_makers), when only one is that good */
        double best_m = 0.0;
        best = NULL;
        ties = 0;
        for (size_t t = 0; t < in->s->n_tables; t++) {
            double m = schema_name_match(tab, "", in->s->tables[t].name);
            if (m > best_m + 1e-9) {
                best_m = m;
                best = in->s->tables[t].name;
                ties = 0;
            } else if (m > 0 && m >= best_m - 1e-9) {
                ties++;
            }
        }
        if (best_m >= WORD_MATCH_MIN && ties) {
            /* "museum_visits" as near to museum as to visit: the one that has the columns the
             * query reads (Total_spent), when only one has more of them */
            int most = 0;
            ties = 0;
            for (size_t t = 0; t < in->s->n_tables; t++) {
                double m = schema_name_match(tab, "", in->s->tables[t].name);
                if (m < best_m - 1e-9)
                    continue;
                int n = columns_read(in, &in->s->tables[t]);
                if (n > most) {
                    most = n;
                    best = in->s->tables[t].name;
                    ties = 0;
                } else if (n == most) {
                    ties++;
                }
            }
            if (most == 0)
                ties = 1;
        }
        if (best_m < WORD_MATCH_MIN || ties)
            return 0;
    }
    if (strcasecmp(best, tab) == 0)
        return 0;
    /* The name where it names a table: in FROM/JOIN, and as a qualifier `tab.col`. */
    struct fx_edits ed = {0};
    struct buf b = BUF_INIT;
    buf_put_sql_ident(&b, best);
    int rc = b.failed ? ERR_NOMEM : 0;
    for (size_t i = 0; i < q->n && !rc; i++) {
        if (!ident_eq(q, i, tab) || (i > 0 && fx_is(q, i - 1, ".") && !fx_is(q, i + 1, ".")))
            continue;
        if (is_ref_token(q, i) || fx_is(q, i + 1, "."))
            rc = fx_edit_add(&ed, q->t[i].off, q->t[i].len, buf_cstr(&b));
    }
    char *sql = rc || !ed.n ? NULL : fx_edits_apply(q->sql, &ed);
    int n = (int)ed.n;
    fx_edits_free(&ed);
    buf_free(&b);
    if (rc)
        return rc;
    if (!n)
        return 0;
    return set_repair(out, "unknown_table", sql, "table '%s' -> '%s'", tab, best);
}

static void literal_text(const struct fx_sql *q, size_t i, char *out, size_t n);

/* Token i is in the select list of its SELECT: no FROM of its scope comes before it. */
static int in_select_list(const struct fx_sql *q, size_t i)
{
    for (size_t j = i; j-- > 0;) {
        if (q->t[j].scope != q->t[i].scope)
            continue;
        if (fx_is(q, j, "from"))
            return 0;
        if (fx_is(q, j, "select"))
            return 1;
    }
    return 1;
}

/* Token k is in the ON condition of a join: an ON of its scope comes before it, with no
 * clause after that ON. */
static int in_join_on(const struct fx_sql *q, size_t k)
{
    static const char *const clauses[] = {"where",  "group", "order", "having",
                                          "select", "join",  "limit"};
    for (size_t j = k; j-- > 0;) {
        if (q->t[j].scope != q->t[k].scope)
            continue;
        if (fx_is(q, j, "on"))
            return 1;
        for (size_t c = 0; c < sizeof clauses / sizeof clauses[0]; c++)
            if (fx_is(q, j, clauses[c]))
                return 0;
    }
    return 0;
}

/* Where col of reference r is used qualified in i's SELECT: *shown when in its select list,
 * *keyed when in the ON of a join. */
static void qualified_uses(const struct fx_sql *q, size_t i, const struct fx_tref *r,
                           const char *col, int *shown, int *keyed)
{
    *shown = *keyed = 0;
    for (size_t k = 2; k < q->n; k++) {
        if (q->t[k].scope != q->t[i].scope || !fx_is(q, k - 1, ".") || !ident_eq(q, k, col) ||
            !fx_is_ident(q, k - 2))
            continue;
        char qual[128];
        fx_ident(q, k - 2, qual, sizeof qual);
        if (fx_resolve(q, q->t[k].scope, qual) != r)
            continue;
        if (in_select_list(q, k))
            *shown = 1;
        else if (in_join_on(q, k))
            *keyed = 1;
    }
}

/* The table an unqualified column shown in the select list most likely is, among those of i's
 * SELECT that have it (first is the default):
 *   - "SELECT T1.Name, Name": the one not shown already;
 *   - "SELECT Continent ... JOIN continents ON countries.Continent = continents.ContId": the one
 *     that is no join key (the name, not the key pointing at it).
 * Of join keys equal by the join ("SELECT Stadium_ID ... ON T1.Stadium_ID = T2.Stadium_ID")
 * either is the value: the first stays (writers of two blind sets picked one each). */
/* Token i is in its scope's GROUP BY. */
static int in_group_by(const struct fx_sql *q, size_t i)
{
    for (size_t j = i; j-- > 0;) {
        if (q->t[j].scope != q->t[i].scope)
            continue;
        if (fx_is(q, j, "by"))
            return j > 0 && fx_is(q, j - 1, "group");
        if (fx_is(q, j, "select") || fx_is(q, j, "where") || fx_is(q, j, "from") ||
            fx_is(q, j, "having") || fx_is(q, j, "on"))
            return 0;
    }
    return 0;
}

/* "SELECT T2.series_name, COUNT(*) ... GROUP BY id": the one table of the candidates whose
 * columns the select list shows, qualified, outside an aggregate; NULL when not one. */
static const struct fx_tref *grouped_ref(const struct fix_in *in, size_t i, const char *col)
{
    const struct fx_sql *q = &in->q;
    int sc = q->t[i].scope;
    const struct fx_scope *S = &q->scopes[sc];
    size_t sel = q->n;
    for (size_t j = i; j-- > 0 && sel == q->n;)
        if (q->t[j].scope == sc && fx_is(q, j, "select"))
            sel = j;
    if (sel == q->n)
        return NULL;
    const struct fx_tref *hit = NULL;
    int n = 0;
    for (size_t k = 0; k < S->n_refs; k++) {
        const struct fx_tref *r = &S->refs[k];
        if (!ref_has_column(in, r, col))
            continue;
        int depth = 0, shown = 0;
        for (size_t j = sel + 1; j + 2 < q->n && !fx_is(q, j, "from"); j++) {
            if (fx_is(q, j, "("))
                depth++;
            else if (fx_is(q, j, ")"))
                depth--;
            else if (depth == 0 && q->t[j].scope == sc && fx_is(q, j + 1, ".") &&
                     ident_eq(q, j, r->alias))
                shown = 1;
        }
        if (shown) {
            hit = r;
            n++;
        }
    }
    return n == 1 ? hit : NULL;
}

static const struct fx_tref *shown_ref(const struct fix_in *in, size_t i, const char *col,
                                       const struct fx_tref *first)
{
    const struct fx_sql *q = &in->q;
    const struct fx_scope *S = &q->scopes[q->t[i].scope];
    const struct fx_tref *unshown = NULL, *unkeyed = NULL;
    int n_unshown = 0, n_unkeyed = 0, n_keyed = 0, n = 0;
    for (size_t k = 0; k < S->n_refs; k++) {
        const struct fx_tref *r = &S->refs[k];
        if (!ref_has_column(in, r, col))
            continue;
        int shown, keyed;
        qualified_uses(q, i, r, col, &shown, &keyed);
        n++;
        if (!shown) {
            unshown = r;
            n_unshown++;
        }
        if (!keyed) {
            unkeyed = r;
            n_unkeyed++;
        }
        n_keyed += keyed;
    }
    if (n_unshown == 1 && n_unshown < n)
        return unshown;
    if (n_unkeyed == 1 && n_keyed > 0)
        return unkeyed;
    return first;
}

/* Whether the value index holds text for column col of the reference's table. */
static int column_stores(const struct fix_in *in, const struct fx_tref *r, const char *col,
                         const char *text)
{
    if (r->table < 0)
        return 0;
    int c = schema_find_column(&in->s->tables[r->table], col);
    for (size_t i = 0; c >= 0 && i < in->s->n_values; i++) {
        const struct schema_value *v = &in->s->values[i];
        if ((int)v->table == r->table && (int)v->column == c && strcasecmp(v->value, text) == 0)
            return 1;
    }
    return 0;
}

/* An unqualified column that two tables of one SELECT have: qualified with the one table whose
 * column stores the literal it is compared with, else with the first table in FROM order that
 * has it (the query's main table, by the usual way of writing joins). Only uses in SELECTs
 * where it is ambiguous change. */
/* The table whose JOIN the ON clause at token i belongs to, when it has col and the other side
 * of the comparison reads another table: "JOIN Highschooler AS T3 ON T2.friend_id = ID" joins
 * T3 on its own ID. NULL otherwise. */
static const struct fx_tref *joined_ref(const struct fix_in *in, size_t i, const char *col)
{
    const struct fx_sql *q = &in->q;
    const struct fx_scope *S = &q->scopes[q->t[i].scope];
    size_t on = i;
    while (on-- > 0 && !(q->t[on].scope == q->t[i].scope && fx_is(q, on, "on")))
        ;
    if (on >= i || on == 0)
        return NULL;
    const struct fx_tref *r = NULL;
    for (size_t k = 0; k < S->n_refs; k++) {
        size_t last = S->refs[k].alias_tok != (size_t)-1 ? S->refs[k].alias_tok : S->refs[k].tok;
        if (last == on - 1)
            r = &S->refs[k];
    }
    if (!r || !ref_has_column(in, r, col))
        return NULL;
    /* the other side: "a.x = ID" or "ID = a.x", qualified with another table */
    size_t other = i >= 4 && fx_is(q, i - 1, "=") && fx_is(q, i - 3, ".")         ? i - 4
                   : i + 4 < q->n && fx_is(q, i + 1, "=") && fx_is(q, i + 3, ".") ? i + 2
                                                                                  : q->n;
    if (other >= q->n || !fx_is_ident(q, other))
        return NULL;
    char qual[128];
    fx_ident(q, other, qual, sizeof qual);
    const struct fx_tref *o = fx_resolve(q, q->t[i].scope, qual);
    return o && o != r ? r : NULL;
}

static int repair_ambiguous(const struct fix_in *in, struct fix_repair *out)
{
    const struct fx_sql *q = &in->q;
    char qual[128], col[128];
    split_ident(in->de->ident, qual, sizeof qual, col, sizeof col);
    struct fx_edits ed = {0};
    int rc = 0;
    const char *used = NULL;
    for (size_t i = 0; i < q->n && !rc; i++) {
        if (!is_column_use(q, i, NULL, col))
            continue;
        const struct fx_scope *S = &q->scopes[q->t[i].scope];
        const struct fx_tref *first = NULL;
        int n = 0;
        for (size_t k = 0; k < S->n_refs; k++)
            if (ref_has_column(in, &S->refs[k], col)) {
                if (!first)
                    first = &S->refs[k];
                n++;
            }
        if (n < 2)
            continue;
        /* "WHERE Airline = 'United Airlines'" beside airlines.Airline and flights.Airline (a
         * key): the one table whose column stores the literal */
        size_t lit = fx_is(q, i + 1, "=") || fx_is(q, i + 1, "like") ? i + 2 : 0;
        const struct fx_tref *holder = NULL;
        int holders = 0;
        for (size_t k = 0; lit && lit < q->n && q->t[lit].type == SQLLEX_STRING && k < S->n_refs;
             k++) {
            char text[256];
            literal_text(q, lit, text, sizeof text);
            if (ref_has_column(in, &S->refs[k], col) && column_stores(in, &S->refs[k], col, text)) {
                holder = &S->refs[k];
                holders++;
            }
        }
        const struct fx_tref *grouped = in_group_by(q, i) ? grouped_ref(in, i, col) : NULL;
        const struct fx_tref *joined = in_join_on(q, i) ? joined_ref(in, i, col) : NULL;
        if (holders == 1)
            first = holder;
        else if (joined)
            first = joined;
        else if (grouped)
            first = grouped;
        else if (in_select_list(q, i))
            first = shown_ref(in, i, col, first);
        struct buf b = BUF_INIT;
        buf_put_sql_ident(&b, first->alias);
        buf_putc(&b, '.');
        buf_put_sql_ident(&b, col);
        rc = b.failed ? ERR_NOMEM : fx_edit_add(&ed, q->t[i].off, q->t[i].len, buf_cstr(&b));
        buf_free(&b);
        used = first->alias;
    }
    char *sql = !rc && ed.n ? fx_edits_apply(q->sql, &ed) : NULL;
    size_t n = ed.n;
    fx_edits_free(&ed);
    if (rc)
        return rc;
    if (!n)
        return 0;
    return set_repair(out, "ambiguous_column", sql, "'%s' -> '%s.%s'", col, used, col);
}

/* One row per error class: the strategies tried in order, and the hint for a model's repair
 * prompt when none applies or the repaired query still fails. */
#define MAX_STRATEGIES 3

static const struct {
    enum db_errclass cls;
    int (*strategies[MAX_STRATEGIES])(const struct fix_in *, struct fix_repair *);
    const char *hint;
} repair_table_rows[] = {
    {DBE_SYNTAX,
     {repair_dialect, repair_wrapping},
     "Fix the syntax for this database's dialect; return one complete SELECT statement."},
    {DBE_FUNCTION,
     {repair_dialect},
     "Use only functions this database supports (SQLite: strftime for dates, || to concatenate)."},
    {DBE_UNKNOWN_COLUMN,
     {repair_dialect, repair_column},
     "Use only columns that exist in the schema above, qualified with the table that has them."},
    {DBE_UNKNOWN_TABLE,
     {repair_dialect, repair_table},
     "Use only tables that exist in the schema above."},
    {DBE_AMBIGUOUS_COLUMN,
     {repair_ambiguous},
     "Qualify every column with its table name or alias."},
    {DBE_TYPE, {NULL}, "Compare values of matching types; cast where needed."},
    {DBE_AGGREGATE, {NULL}, "Aggregates belong in SELECT or HAVING, not in WHERE or GROUP BY."},
    {DBE_GROUP_BY, {NULL}, "Group by the non-aggregated columns you select."},
    {DBE_DIVZERO, {NULL}, "Guard divisions with NULLIF(denominator, 0)."},
    {DBE_TIMEOUT, {NULL}, "The query was too slow: avoid cross joins and unbounded recursion."},
    {DBE_TOO_MANY_ROWS, {NULL}, "Aggregate or filter: the result was too large."},
};

#define N_ROWS (sizeof repair_table_rows / sizeof repair_table_rows[0])

static int repair_once(const struct schema *s, struct db *db, const char *sql,
                       const struct db_error *de, struct fix_repair *out)
{
    memset(out, 0, sizeof *out);
    if (!s || !sql || !de)
        return 0;
    struct fix_in in = {.s = s, .db = db, .sql = sql, .de = de};
    int rc = 0;
    for (size_t r = 0; r < N_ROWS && !rc; r++) {
        if (repair_table_rows[r].cls != de->cls)
            continue;
        if (fx_parse(sql, s, &in.q))
            return ERR_NOMEM;
        for (size_t k = 0; k < MAX_STRATEGIES && repair_table_rows[r].strategies[k] && !rc; k++) {
            rc = repair_table_rows[r].strategies[k](&in, out);
            if (rc > 0 && strcmp(out->sql, sql) == 0) { /* no progress */
                fix_repair_free(out);
                rc = 0;
            }
        }
        fx_sql_free(&in.q);
    }
    return rc;
}

int fix_deterministic(const struct schema *s, const char *sql, const struct db_error *de,
                      struct fix_repair *out)
{
    return repair_once(s, NULL, sql, de, out);
}

void fix_repair_free(struct fix_repair *r)
{
    free(r->sql);
    r->sql = NULL;
}

int fix_error_chain(const struct schema *s, struct db *db, const char *sql,
                    const struct db_error *de, struct fix_chain *out)
{
    memset(out, 0, sizeof *out);
    struct db_error cur = *de;
    const char *at = sql;
    while (out->n_steps < FIX_MAX_STEPS) {
        struct fix_repair *step = &out->steps[out->n_steps];
        int rc = repair_once(s, db, at, &cur, step);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        out->n_steps++;
        at = step->sql;
        if (!db)
            break;
        memset(&cur, 0, sizeof cur);
        if (db_check(db, at, &cur) == 0) {
            out->passes = 1;
            break;
        }
        /* The same query again would loop: a repair undone by the next one. */
        for (size_t k = 0; k + 1 < out->n_steps; k++)
            if (strcmp(out->steps[k].sql, at) == 0)
                return (int)out->n_steps;
        if (cur.cls == DBE_UNSAFE)
            break;
    }
    return (int)out->n_steps;
}

void fix_chain_free(struct fix_chain *c)
{
    for (size_t i = 0; i < c->n_steps; i++)
        fix_repair_free(&c->steps[i]);
    c->n_steps = 0;
}

const char *fix_hint(enum db_errclass cls)
{
    for (size_t r = 0; r < N_ROWS; r++)
        if (repair_table_rows[r].cls == cls)
            return repair_table_rows[r].hint;
    return "";
}

/* ---- value literals ---- */

/* Lowercase letters and digits only: "New  York" and "new-york" compare equal. */
static void norm_value(const char *in, char *out, size_t n)
{
    size_t k = 0;
    for (; *in && k + 1 < n; in++)
        if (isalnum((unsigned char)*in) || (unsigned char)*in >= 0x80)
            out[k++] = (char)tolower((unsigned char)*in);
    out[k] = '\0';
}

/* SQLite's LIKE: % and _, ASCII case-insensitive, no escape. */
static int like_match(const char *p, const char *s)
{
    for (; *p; p++, s++) {
        if (*p == '%') {
            while (*p == '%')
                p++;
            if (!*p)
                return 1;
            for (; *s; s++)
                if (like_match(p, s))
                    return 1;
            return 0;
        }
        if (!*s)
            return 0;
        if (*p != '_' && tolower((unsigned char)*p) != tolower((unsigned char)*s))
            return 0;
    }
    return !*s;
}

/* The window of text nearest to pat: least distance, then the length nearest pat's. */
static void best_window(const char *pat, const char *text, size_t *b, size_t *e)
{
    size_t m = strlen(pat), n = strlen(text);
    int best = 1 << 20;
    size_t best_gap = (size_t)-1;
    *b = 0;
    *e = n;
    for (size_t len = m > 2 ? m - 2 : 1; len <= m + 2 && len <= n; len++)
        for (size_t s = 0; s + len <= n; s++) {
            int d = fx_lev(pat, m, text + s, len);
            size_t gap = len > m ? len - m : m - len;
            if (d < best || (d == best && gap < best_gap)) {
                best = d;
                best_gap = gap;
                *b = s;
                *e = s + len;
            }
        }
}

/* Largest edit distance accepted between a literal and a stored value. */
static int value_max_distance(size_t n)
{
    return n <= 3 ? 0 : n <= 6 ? 1 : n <= 12 ? 2 : (int)(n / 5);
}

struct lit_site {
    size_t str_tok; /* the string literal token */
    int like;
    const struct fx_tref *ref;
    const char *col; /* schema column name */
    int table, column;
};

/* The literal's text without quotes, '' undoubled. */
static void literal_text(const struct fx_sql *q, size_t i, char *out, size_t n)
{
    const char *p = q->sql + q->t[i].off + 1;
    size_t len = q->t[i].len >= 2 ? q->t[i].len - 2 : 0, k = 0;
    for (size_t j = 0; j < len && k + 1 < n; j++) {
        out[k++] = p[j];
        if (p[j] == '\'' && j + 1 < len && p[j + 1] == '\'')
            j++;
    }
    out[k] = '\0';
}

/* Resolves the column reference ending at token c (`col` or `qual.col`) to a schema column. */
static int resolve_column(const struct fix_in *in, size_t c, struct lit_site *site)
{
    const struct fx_sql *q = &in->q;
    char col[128], qual[128];
    if (!fx_is_ident(q, c))
        return 0;
    fx_ident(q, c, col, sizeof col);
    int sc = q->t[c].scope;
    const struct fx_tref *r = NULL;
    if (c >= 2 && fx_is(q, c - 1, ".")) {
        fx_ident(q, c - 2, qual, sizeof qual);
        r = fx_resolve(q, sc, qual);
        if (!ref_has_column(in, r, col))
            return 0;
    } else {
        for (int s = sc; s >= 0 && !r; s = q->scopes[s].parent)
            for (size_t k = 0; k < q->scopes[s].n_refs && !r; k++)
                if (ref_has_column(in, &q->scopes[s].refs[k], col))
                    r = &q->scopes[s].refs[k];
        if (!r)
            return 0;
    }
    site->ref = r;
    site->table = r->table;
    site->column = schema_find_column(&in->s->tables[r->table], col);
    site->col = in->s->tables[r->table].cols[site->column].name;
    return 1;
}

/* value is lit with leading or trailing blanks. */
static int padded_equal(const char *value, const char *lit)
{
    size_t n = strlen(value), m = strlen(lit);
    const char *b = value;
    while (*b == ' ' || *b == '\t')
        b++, n--;
    while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == '\t'))
        n--;
    return n == m && strncmp(b, lit, n) == 0 && n != strlen(value);
}

/* The one stored value of the site's column that `pick` accepts for lit; NULL when none or
 * several distinct values do. */
static const char *unique_value(const struct fix_in *in, const struct lit_site *site,
                                int (*pick)(const char *value, const char *lit, void *arg),
                                const char *lit, void *arg)
{
    const char *hit = NULL;
    for (size_t i = 0; i < in->s->n_values; i++) {
        const struct schema_value *v = &in->s->values[i];
        if ((int)v->table != site->table || (int)v->column != site->column ||
            !pick(v->value, lit, arg))
            continue;
        if (hit && strcmp(hit, v->value) != 0)
            return NULL;
        hit = v->value;
    }
    return hit;
}

static int pick_form(const char *value, const char *form, void *arg)
{
    (void)arg;
    return value_forms_equal(value, form);
}

struct form_hit {
    const struct fix_in *in;
    const struct lit_site *site;
    const char *hit;
    int ambiguous;
};

/* Each other written form of the literal ('CA' for "California", 'T' for 1): a stored value
 * equal to one of them. Two different stored values make the literal ambiguous. */
static int on_form(const char *form, void *arg)
{
    struct form_hit *f = arg;
    const char *v = unique_value(f->in, f->site, pick_form, form, NULL);
    if (v && f->hit && strcmp(v, f->hit) != 0)
        f->ambiguous = 1;
    else if (v)
        f->hit = v;
    return f->ambiguous;
}

/* The literal is the value's first words: 'JetBlue' for 'JetBlue Airways' (case aside). */
static int pick_first_words(const char *value, const char *lit, void *arg)
{
    (void)arg;
    size_t n = strlen(lit);
    return n >= 3 && strncasecmp(value, lit, n) == 0 && value[n] == ' ';
}

/* The stored value is the literal's first words: 'Hampden Park' for 'Hampden Park Stadium' (the
 * literal says what kind of thing the value is). */
static int pick_value_first_words(const char *value, const char *lit, void *arg)
{
    return pick_first_words(lit, value, arg);
}

/* The stored value is the literal cut short: 'Math' for 'Mathematics', 'Chem' for
 * 'Chemistry' (four letters or more, one word). */
static int pick_cut_short(const char *value, const char *lit, void *arg)
{
    (void)arg;
    size_t n = strlen(value);
    if (n < 4 || strlen(lit) <= n || strchr(value, ' ') || strchr(lit, ' '))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!isalpha((unsigned char)value[k]))
            return 0;
    return strncasecmp(value, lit, n) == 0 && isalpha((unsigned char)lit[n]);
}

static int pick_abbrev(const char *value, const char *lit, void *arg)
{
    (void)arg;
    return value_abbreviates(value, lit) || value_abbreviates(lit, value);
}

/* The closest stored value of the site's column to lit; NULL when lit is stored (or matches a
 * stored value, for LIKE) or nothing is near enough (then *absent is set when the column's
 * values are indexed: the literal names nothing stored). Order: equal ignoring case and
 * punctuation, another written form of the same value (value forms), a near spelling, an
 * abbreviation. For LIKE, [*b, *e) is the part of the value that the literal core matched. */
static const char *closest_value(const struct fix_in *in, const struct lit_site *site,
                                 const char *lit, const char *core, size_t *b, size_t *e,
                                 int *absent)
{
    const struct schema *s = in->s;
    const char *best = NULL;
    int best_d = 1 << 20, n_vals = 0;
    char nl[256], nv[256];
    norm_value(core, nl, sizeof nl);
    for (size_t i = 0; i < s->n_values; i++) {
        const struct schema_value *v = &s->values[i];
        if ((int)v->table != site->table || (int)v->column != site->column)
            continue;
        n_vals++;
        if (site->like ? like_match(lit, v->value) : strcmp(lit, v->value) == 0)
            return NULL;
        /* ' AHD' for 'AHD': padding in stored data is the data's quirk, and an exact match
         * failing on it is the database's honest answer (Spider's gold queries agree), so the
         * literal is not what is wrong. */
        if (padded_equal(v->value, lit))
            return NULL;
        int d;
        size_t vb = 0, ve = strlen(v->value);
        norm_value(v->value, nv, sizeof nv);
        if (strcmp(nl, nv) == 0)
            d = 0;
        else if (site->like == 1)
            d = fx_lev_within(core, v->value);
        else
            d = fx_lev(core, strlen(core), v->value, strlen(v->value));
        if (d < best_d) {
            best_d = d;
            best = v->value;
            *b = vb;
            *e = ve;
        }
    }
    if (!n_vals || !best)
        return NULL;
    *absent = 1;
    if (best_d == 0)
        return best;
    if (site->like != 1) {
        struct form_hit f = {in, site, NULL, 0};
        value_forms_each(core, on_form, &f);
        if (f.hit && !f.ambiguous) {
            *e = strlen(f.hit);
            return f.hit;
        }
    }
    if (best_d <= value_max_distance(strlen(nl))) {
        if (site->like == 1)
            best_window(core, best, b, e);
        return best;
    }
    const char *abbr = site->like == 1 ? NULL : unique_value(in, site, pick_abbrev, core, NULL);
    if (!abbr && site->like != 1)
        abbr = unique_value(in, site, pick_first_words, core, NULL);
    if (!abbr && site->like != 1)
        abbr = unique_value(in, site, pick_value_first_words, core, NULL);
    if (!abbr && site->like != 1)
        abbr = unique_value(in, site, pick_cut_short, core, NULL);
    if (abbr)
        *e = strlen(abbr);
    return abbr;
}

/* `Template_Type_Code = 'Presentation'` where the code column is a foreign key to a lookup
 * table that stores 'Presentation' as the description of a code: the one text column of the
 * lookup table holding lit (ignoring case and punctuation), its stored spelling in *stored; -1
 * when none or several do. */
static int lookup_text_col(const struct schema *s, const struct lit_site *site, const char *lit,
                           int *lt, int *lk, const char **stored)
{
    const struct schema_column *col = &s->tables[site->table].cols[site->column];
    if (!col->fk_table)
        return -1;
    int t = schema_find_table(s, col->fk_table);
    if (t < 0)
        return -1;
    int k = schema_find_column(&s->tables[t], col->fk_column ? col->fk_column : "");
    if (k < 0)
        return -1;
    char nl[256], nv[256];
    norm_value(lit, nl, sizeof nl);
    int found = -1;
    for (size_t i = 0; i < s->n_values; i++) {
        const struct schema_value *v = &s->values[i];
        if ((int)v->table != t || (int)v->column == k)
            continue;
        norm_value(v->value, nv, sizeof nv);
        if (strcmp(nl, nv) != 0 && !value_forms_equal(v->value, lit))
            continue;
        if (found >= 0 && (found != (int)v->column || strcmp(*stored, v->value) != 0))
            return -1;
        found = (int)v->column;
        *stored = v->value;
    }
    *lt = t;
    *lk = k;
    return found;
}

/* "Aruba": SQLite reads a double-quoted word that names no column as a string, and models
 * (and people) write literals that way. */
static int dquoted_literal(const struct fix_in *in, size_t i)
{
    const struct fx_sql *q = &in->q;
    if (q->t[i].type != SQLLEX_QIDENT || q->sql[q->t[i].off] != '"')
        return 0;
    char w[256];
    fx_ident(q, i, w, sizeof w);
    for (size_t t = 0; t < in->s->n_tables; t++)
        if (strcasecmp(in->s->tables[t].name, w) == 0 ||
            schema_find_column(&in->s->tables[t], w) >= 0)
            return 0;
    return fx_resolve(q, q->t[i].scope, w) == NULL;
}

int fix_value_literal(const struct schema *s, const char *sql, struct fix_repair *out)
{
    memset(out, 0, sizeof *out);
    if (!s || !sql || !s->n_values)
        return 0;
    struct fix_in in = {.s = s, .sql = sql};
    if (fx_parse(sql, s, &in.q))
        return ERR_NOMEM;
    const struct fx_sql *q = &in.q;
    struct fx_edits ed = {0};
    struct buf what = BUF_INIT, gone = BUF_INIT;
    int rc = 0;
    /* An empty INTERSECT or EXCEPT is an ordinary answer ("nobody has both"), not a sign of a
     * mistyped literal. */
    for (size_t i = 0; i < q->n; i++)
        if (fx_is(q, i, "intersect") || fx_is(q, i, "except"))
            goto out;
    for (size_t i = 0; i < q->n && !rc; i++) {
        /* `flag = 1` against a text column that stores 'T'/'F' or 'Y'/'N' */
        int number = q->t[i].type == SQLLEX_NUMBER && i >= 2 &&
                     (fx_is(q, i - 1, "=") || fx_is(q, i - 1, "=="));
        if (q->t[i].type != SQLLEX_STRING && !number && !dquoted_literal(&in, i))
            continue;
        struct lit_site site;
        memset(&site, 0, sizeof site);
        size_t c = (size_t)-1;
        /* col = 'x', col LIKE 'x', 'x' = col, col IN ('x', 'y') */
        if (i >= 2 && (fx_is(q, i - 1, "=") || fx_is(q, i - 1, "=="))) {
            c = i - 2;
        } else if (i >= 2 && fx_is(q, i - 1, "like")) {
            c = i - 2;
            site.like = 1;
        } else if (fx_is(q, i + 1, "=") || fx_is(q, i + 1, "==")) {
            c = fx_is(q, i + 3, ".") ? i + 4 : i + 2;
        } else if (i >= 2 && (fx_is(q, i - 1, "(") || fx_is(q, i - 1, ","))) {
            size_t k = i - 1;
            while (k > 0 && !fx_is(q, k, "("))
                k--;
            if (k >= 2 && fx_is(q, k - 1, "in"))
                c = k - 2;
        }
        if (c >= q->n || !resolve_column(&in, c, &site))
            continue;
        char lit[256], core[256];
        if (number)
            snprintf(lit, sizeof lit, "%.*s", (int)q->t[i].len, q->sql + q->t[i].off);
        else
            literal_text(q, i, lit, sizeof lit);
        const char *cb = lit;
        size_t cl = strlen(lit);
        int lead = 0, trail = 0;
        if (site.like) {
            while (*cb == '%')
                cb++, cl--, lead = 1;
            while (cl > 0 && cb[cl - 1] == '%')
                cl--, trail = 1;
        }
        snprintf(core, sizeof core, "%.*s", (int)cl, cb);
        if (!core[0] || (site.like && strpbrk(core, "%_")) || strlen(core) > 120)
            continue;
        if (!lead && !trail)
            site.like = site.like ? 2 : 0; /* LIKE 'x' is an equality */
        size_t vb = 0, ve = 0;
        int absent = 0;
        const char *v = closest_value(&in, &site, lit, core, &vb, &ve, &absent);
        int lt, lk, ld;
        const char *desc = NULL;
        if (!v && absent && !site.like && !number && c + 2 == i &&
            (ld = lookup_text_col(s, &site, core, &lt, &lk, &desc)) >= 0) {
            /* the description for its code: col IN (SELECT code FROM lookup WHERE desc = lit) */
            const struct db_dialect *d = db_dialect_named(s->dialect);
            struct buf sub = BUF_INIT;
            buf_puts(&sub, "IN (SELECT ");
            db_dialect_put_ident(&sub, d, s->tables[lt].cols[lk].name);
            buf_puts(&sub, " FROM ");
            db_dialect_put_ident(&sub, d, s->tables[lt].name);
            buf_puts(&sub, " WHERE ");
            db_dialect_put_ident(&sub, d, s->tables[lt].cols[ld].name);
            buf_puts(&sub, " = ");
            buf_put_sql_string(&sub, desc);
            buf_putc(&sub, ')');
            size_t off = q->t[i - 1].off, len = q->t[i].off + q->t[i].len - off;
            rc = sub.failed ? ERR_NOMEM : fx_edit_add(&ed, off, len, buf_cstr(&sub));
            if (!rc)
                buf_printf(&what, "%s%s: '%s' is a %s.%s, read through its code",
                           what.len ? "; " : "", site.col, lit, s->tables[lt].name,
                           s->tables[lt].cols[ld].name);
            buf_free(&sub);
            continue;
        }
        if (!v && absent && !site.like)
            buf_printf(&gone, "%s'%s' is not a stored value of %s", gone.len ? "; " : "", lit,
                       site.col);
        if (!v)
            continue;
        struct buf nv = BUF_INIT;
        if (site.like == 1) {
            struct buf inner = BUF_INIT;
            buf_puts(&inner, lead ? "%" : "");
            buf_append(&inner, v + vb, ve - vb);
            buf_puts(&inner, trail ? "%" : "");
            buf_put_sql_string(&nv, buf_cstr(&inner));
            buf_free(&inner);
        } else {
            buf_put_sql_string(&nv, v);
        }
        rc = nv.failed ? ERR_NOMEM : fx_edit_add(&ed, q->t[i].off, q->t[i].len, buf_cstr(&nv));
        if (!rc)
            buf_printf(&what, "%s%s: '%s' -> %s", what.len ? "; " : "", site.col, lit,
                       buf_cstr(&nv));
        buf_free(&nv);
    }
    if (!rc && ed.n) {
        char *fixed = fx_edits_apply(sql, &ed);
        rc = set_repair(out, "value_literal", fixed, "%s", buf_cstr(&what));
    } else if (!rc && gone.len) {
        snprintf(out->what, sizeof out->what, "%s", buf_cstr(&gone));
    }
out:
    buf_free(&gone);
    fx_edits_free(&ed);
    buf_free(&what);
    fx_sql_free(&in.q);
    return rc;
}
