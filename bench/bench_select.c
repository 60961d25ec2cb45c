/* bench_select: measures schema selection (docs/schema.md).
 *
 *   bench_select [--eval DIR] [--tmp DIR] [--max-tables K] [--min-ratio R] [--max-columns C]
 *                [--sweep] [--check] [--misses]
 *
 * - Spider dev (DIR/spider/dev.json, databases introspected from DIR/spider/database) and BIRD dev
 *   (DIR/bird/dev/dev.json; its databases are not distributed, so empty SQLite databases are built
 *   from dev_tables.json in --tmp and introspected; BIRD's descriptive column names become column
 *   comments, and the question is the question plus its evidence, as BIRD defines the input):
 *   gold-table recall (every table the gold SQL reads is selected), tables kept before and after
 *   FK completion, tokens against rendering the whole schema, and gold-column recall: the columns
 *   the gold SQL names (a light tokenizer: `alias.col` resolved through the FROM aliases, a bare
 *   name counted in every gold table that has such a column, so ambiguous names make the number
 *   conservative) that are rendered in the context (a column of a missed table counts as missed).
 *   --sweep repeats this for several column budgets (0 = whole tables) in the same run.
 * - A synthetic schema of 500 tables / 10,500 columns: index build time and size, selection time
 *   per question, and whether the asked-for table was selected.
 *
 * --check exits 1 when recall is under the acceptance thresholds (97% Spider, 95% BIRD; gold-column
 * recall 95% on both at the configured column budget) or a synthetic question misses its table;
 * timings are printed, never checked. Exit 77 (skipped) when DIR does not exist. Not a product
 * file: it may print freely. */
#include <ctype.h>
#include <getopt.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/db.h"
#include "schema/schema.h"
#include "synth_schema.h"
#include "util/buf.h"
#include "util/clock.h"

#include "util/banned.h"

#define SKIP 77

/* Column budgets measured by --sweep (the configured one is always measured first). */
static const int sweep_cols[] = {0, 4, 6, 8, 10, 12, 16, 24};
#define MAX_RUNS 16

struct opts {
    const char *eval;
    const char *tmp;
    struct schema_select_opts sel;
    int check;
    int misses;
    int cols[MAX_RUNS]; /* column budgets measured; cols[0] is the configured one */
    size_t n_cols;
};

struct stats {
    const char *name;
    size_t n, hit, ranked, total, unresolved;
    size_t gcols, gcols_hit, all_cols; /* gold columns, rendered ones, questions with all */
    double tok_sel, tok_full, ms;
};

/* ---- gold tables from SQL: a light tokenizer over FROM / JOIN lists ---- */

struct tok {
    char text[128];
    int word; /* identifier or keyword (quoted identifiers included) */
};

static const char *next_tok(const char *p, struct tok *t)
{
    t->text[0] = '\0';
    t->word = 0;
    while (*p && isspace((unsigned char)*p))
        p++;
    if (!*p)
        return NULL;
    size_t n = 0;
    if (*p == '\'') { /* string literal: skipped whole */
        for (p++; *p; p++)
            if (*p == '\'' && p[1] != '\'')
                break;
            else if (*p == '\'')
                p++;
        return *p ? p + 1 : p;
    }
    if (*p == '"' || *p == '`' || *p == '[') {
        char close = *p == '[' ? ']' : *p;
        for (p++; *p && *p != close; p++)
            if (n + 1 < sizeof t->text)
                t->text[n++] = *p;
        t->text[n] = '\0';
        t->word = 1;
        return *p ? p + 1 : p;
    }
    if (isalnum((unsigned char)*p) || *p == '_') {
        while (isalnum((unsigned char)*p) || *p == '_') {
            if (n + 1 < sizeof t->text)
                t->text[n++] = *p;
            p++;
        }
        t->text[n] = '\0';
        t->word = 1;
        return p;
    }
    t->text[0] = *p;
    t->text[1] = '\0';
    return p + 1;
}

static int is_kw(const struct tok *t, const char *kw)
{
    return t->word && strcasecmp(t->text, kw) == 0;
}

static const char *const clause_words[] = {
    "where", "group", "order", "join", "inner", "left", "right", "outer", "cross", "natural",
    "on", "limit", "having", "union", "intersect", "except", "using", "full", NULL,
};

static int is_clause(const struct tok *t)
{
    for (size_t i = 0; clause_words[i]; i++)
        if (is_kw(t, clause_words[i]))
            return 1;
    return 0;
}

#define MAX_ALIASES 32

struct alias {
    char name[128];
    int table;
};

struct aliases {
    struct alias v[MAX_ALIASES];
    size_t n;
};

/* Marks gold[t] for every schema table read after FROM / JOIN (and commas of a FROM list), and
 * records `table [AS] alias` in al. */
static void gold_tables(const struct schema *s, const char *sql, char *gold, size_t *unresolved,
                        struct aliases *al)
{
    struct tok t;
    int expect = 0, after_table = 0, last = -1;
    for (const char *p = sql; (p = next_tok(p, &t));) {
        if (is_kw(&t, "from") || is_kw(&t, "join")) {
            expect = 1;
            after_table = 0;
            continue;
        }
        if (expect) {
            expect = 0;
            if (!t.word)
                continue; /* "(": a subquery; its own FROM is found later */
            int ti = schema_find_table(s, t.text);
            if (ti >= 0)
                gold[ti] = 1;
            else
                (*unresolved)++;
            after_table = 1;
            last = ti;
            continue;
        }
        if (after_table) {
            if (t.text[0] == ',' && !t.word) {
                expect = 1;
                continue;
            }
            if (is_clause(&t) || (!t.word && t.text[0] != '.'))
                after_table = 0;
            /* AS and aliases keep us after the table */
            else if (t.word && !is_kw(&t, "as") && last >= 0 && al->n < MAX_ALIASES) {
                snprintf(al->v[al->n].name, sizeof al->v[al->n].name, "%s", t.text);
                al->v[al->n++].table = last;
                last = -1;
            }
        }
    }
}

/* Marks gold columns (gcol[off[t] + c]) the SQL names in gold tables: `q.col` with q an alias or
 * table name, and bare names in every gold table holding such a column. Approximate. */
static void gold_columns(const struct schema *s, const char *sql, const char *gold,
                         const struct aliases *al, const size_t *off, char *gcol)
{
    struct tok prev2 = {{0}, 0}, prev = {{0}, 0}, t;
    for (const char *p = sql; (p = next_tok(p, &t)); prev2 = prev, prev = t) {
        if (!t.word)
            continue;
        if (prev.text[0] == '.' && !prev.word && prev2.word) {
            int ti = -1;
            for (size_t i = 0; i < al->n && ti < 0; i++)
                if (strcasecmp(al->v[i].name, prev2.text) == 0)
                    ti = al->v[i].table;
            if (ti < 0)
                ti = schema_find_table(s, prev2.text);
            int ci = ti >= 0 && gold[ti] ? schema_find_column(&s->tables[ti], t.text) : -1;
            if (ci >= 0)
                gcol[off[ti] + (size_t)ci] = 1;
            continue;
        }
        for (size_t ti = 0; ti < s->n_tables; ti++) {
            int ci = gold[ti] ? schema_find_column(&s->tables[ti], t.text) : -1;
            if (ci >= 0)
                gcol[off[ti] + (size_t)ci] = 1;
        }
    }
}

/* ---- one question ---- */

static void run_one(const struct opts *o, struct stats *st, const struct schema *s,
                    const char *question, const char *sql, const char *label, const char *gold,
                    const char *gcol, const size_t *off, int max_cols, int report_misses)
{
    struct schema_selection sel;
    struct err e = {0};
    struct schema_select_opts so = o->sel;
    so.max_columns = max_cols;
    double t0 = clock_ms();
    struct question *q = NULL; /* read inside the timing: selection used to split it itself */
    if (question_read(question, &q) || schema_select_ex(s, NULL, q, &so, &sel, &e)) {
        fprintf(stderr, "%s: %s\n", label, q ? e.msg : "out of memory");
        question_free(q);
        return;
    }
    st->ms += clock_ms() - t0;
    int ok = 1, all = 1;
    for (size_t t = 0; t < s->n_tables; t++) {
        if (!gold[t])
            continue;
        long at = -1;
        for (size_t i = 0; i < sel.n_tables && at < 0; i++)
            if (sel.tables[i] == t)
                at = (long)i;
        for (size_t c = 0; c < s->tables[t].n_cols; c++) {
            if (!gcol[off[t] + c])
                continue;
            int shown = at >= 0 && (!sel.shown || !sel.shown[at] || sel.shown[at][c]);
            st->gcols++;
            st->gcols_hit += shown;
            all &= shown;
            if (!shown && at >= 0 && report_misses)
                printf("  column miss %s [%s.%s] table %ld/%zu: %s\n", label, s->tables[t].name,
                       s->tables[t].cols[c].name, at + 1, sel.n_ranked, question);
        }
        if (at < 0) {
            ok = 0;
            if (report_misses) {
                /* where the missed table ranked, with no cut-off */
                struct schema_select_opts everything = {(int)s->n_tables, 0, 0};
                struct schema_selection full;
                double sc = 0;
                size_t rank = 0;
                if (schema_select_ex(s, NULL, q, &everything, &full, &e) == 0) {
                    for (size_t i = 0; i < full.n_ranked; i++)
                        if (full.tables[i] == t) {
                            rank = i + 1;
                            sc = full.scores[i];
                        }
                    printf("  miss %s [%s] rank %zu score %.2f top %.2f: %s\n    -> %s\n", label,
                           s->tables[t].name, rank, sc, full.n_ranked ? full.scores[0] : 0,
                           question, sql);
                    schema_selection_free(&full);
                }
            }
        }
    }
    st->n++;
    st->hit += ok;
    st->all_cols += all;
    st->ranked += sel.n_ranked;
    st->total += sel.n_tables;
    st->tok_sel += (double)sel.tokens;
    st->tok_full += (double)sel.full_tokens;
    schema_selection_free(&sel);
    question_free(q);
}

/* Runs one question under every measured column budget (st[k] for o->cols[k]). */
static void run_question(const struct opts *o, struct stats *st, const struct schema *s,
                         const char *question, const char *sql, const char *label)
{
    size_t *off = malloc((s->n_tables + 1) * sizeof *off);
    char *gold = calloc(s->n_tables + 1, 1);
    char *gcol = NULL;
    struct aliases al = {.n = 0};
    size_t unresolved = 0;
    if (!off || !gold)
        goto out;
    off[0] = 0;
    for (size_t t = 0; t < s->n_tables; t++)
        off[t + 1] = off[t] + s->tables[t].n_cols;
    if (!(gcol = calloc(off[s->n_tables] + 1, 1)))
        goto out;
    gold_tables(s, sql, gold, &unresolved, &al);
    gold_columns(s, sql, gold, &al, off, gcol);
    for (size_t k = 0; k < o->n_cols; k++) {
        run_one(o, &st[k], s, question, sql, label, gold, gcol, off, o->cols[k],
                o->misses && k == 0);
        st[k].unresolved += unresolved != 0;
    }
out:
    free(off);
    free(gold);
    free(gcol);
}

static double col_recall(const struct stats *st)
{
    return st->gcols ? (double)st->gcols_hit / (double)st->gcols : 0;
}

static void print_stats(const struct stats *st, int max_cols)
{
    if (!st->n)
        return;
    double n = (double)st->n;
    printf("%-7s max_columns %d | questions %zu | gold-table recall %.2f%% (%zu/%zu) | gold-column "
           "recall %.2f%% (%zu/%zu), all columns %.2f%% | tables %.2f ranked, %.2f with FK | "
           "tokens %.0f vs %.0f full: %.1f%% fewer | %.3f ms/question%s\n",
           st->name, max_cols, st->n, 100.0 * (double)st->hit / n, st->hit, st->n,
           100.0 * col_recall(st), st->gcols_hit, st->gcols, 100.0 * (double)st->all_cols / n,
           (double)st->ranked / n, (double)st->total / n, st->tok_sel / n, st->tok_full / n,
           100.0 * (1.0 - st->tok_sel / st->tok_full), st->ms / n,
           st->unresolved ? " (some gold names not in the schema)" : "");
}

/* ---- databases ---- */

struct dbs {
    char **ids;
    struct schema *schemas;
    int *ok;
    size_t n;
};

static struct schema *dbs_get(struct dbs *d, const char *id)
{
    for (size_t i = 0; i < d->n; i++)
        if (strcmp(d->ids[i], id) == 0)
            return d->ok[i] ? &d->schemas[i] : NULL;
    return NULL;
}

static int dbs_add(struct dbs *d, const char *id, const char *path)
{
    char **ids = realloc(d->ids, (d->n + 1) * sizeof *ids);
    struct schema *ss = ids ? realloc(d->schemas, (d->n + 1) * sizeof *ss) : NULL;
    int *ok = ss ? realloc(d->ok, (d->n + 1) * sizeof *ok) : NULL;
    if (ids)
        d->ids = ids;
    if (ss)
        d->schemas = ss;
    if (!ok)
        return -1;
    d->ok = ok;
    struct db *db = NULL;
    struct err e = {0};
    memset(&d->schemas[d->n], 0, sizeof d->schemas[d->n]);
    d->ids[d->n] = synth_dup(id);
    d->ok[d->n] = access(path, R_OK) == 0 && db_open(path, &db, &e) == 0 &&
                  db_introspect(db, &d->schemas[d->n], &e) == 0;
    db_close(db);
    d->n++;
    return 0;
}

static void dbs_free(struct dbs *d)
{
    for (size_t i = 0; i < d->n; i++) {
        if (d->ok[i])
            schema_free(&d->schemas[i]);
        free(d->ids[i]);
    }
    free(d->ids);
    free(d->schemas);
    free(d->ok);
}

static int run_spider(const struct opts *o, struct stats *st)
{
    char path[4096];
    json_error_t je;
    snprintf(path, sizeof path, "%s/spider/dev.json", o->eval);
    json_t *root = json_load_file(path, 0, &je);
    struct dbs d = {0};
    if (!root) {
        fprintf(stderr, "bench_select: %s: %s\n", path, je.text);
        return -1;
    }
    size_t i;
    json_t *q;
    json_array_foreach(root, i, q) {
        const char *id = json_string_value(json_object_get(q, "db_id"));
        const char *question = json_string_value(json_object_get(q, "question"));
        const char *sql = json_string_value(json_object_get(q, "query"));
        if (!id || !question || !sql)
            continue;
        int known = 0;
        for (size_t k = 0; k < d.n && !known; k++)
            known = strcmp(d.ids[k], id) == 0;
        if (!known) {
            snprintf(path, sizeof path, "%s/spider/database/%s/%s.sqlite", o->eval, id, id);
            if (dbs_add(&d, id, path))
                break;
        }
        struct schema *s = dbs_get(&d, id);
        if (s)
            run_question(o, st, s, question, sql, id);
    }
    dbs_free(&d);
    json_decref(root);
    return 0;
}

/* Builds an empty SQLite database of one BIRD schema (tables, types, keys). */
static int bird_build_db(json_t *db, const char *path)
{
    json_t *tnames = json_object_get(db, "table_names_original");
    json_t *cols = json_object_get(db, "column_names_original");
    json_t *types = json_object_get(db, "column_types");
    json_t *pks = json_object_get(db, "primary_keys");
    json_t *fks = json_object_get(db, "foreign_keys");
    struct buf sql = BUF_INIT;
    sqlite3 *conn = NULL;
    int rc = -1;
    unlink(path);
    if (sqlite3_open(path, &conn) != SQLITE_OK)
        goto out;
    buf_puts(&sql, "BEGIN;");
    for (size_t t = 0; t < json_array_size(tnames); t++) {
        buf_puts(&sql, "CREATE TABLE \"");
        buf_puts(&sql, json_string_value(json_array_get(tnames, t)));
        buf_puts(&sql, "\"(");
        int first = 1;
        for (size_t c = 0; c < json_array_size(cols); c++) {
            json_t *col = json_array_get(cols, c);
            if (json_integer_value(json_array_get(col, 0)) != (json_int_t)t)
                continue;
            if (!first)
                buf_puts(&sql, ", ");
            first = 0;
            buf_putc(&sql, '"');
            buf_puts(&sql, json_string_value(json_array_get(col, 1)));
            buf_putc(&sql, '"');
            buf_printf(&sql, " %s", json_string_value(json_array_get(types, c)));
        }
        /* primary keys: a column index, or a list of them (composite) */
        size_t k;
        json_t *pk;
        json_array_foreach(pks, k, pk) {
            json_t *list = json_is_array(pk) ? pk : NULL;
            size_t first_col = (size_t)json_integer_value(list ? json_array_get(list, 0) : pk);
            json_t *c0 = json_array_get(cols, first_col);
            if (json_integer_value(json_array_get(c0, 0)) != (json_int_t)t)
                continue;
            buf_puts(&sql, ", PRIMARY KEY(");
            for (size_t m = 0; m < (list ? json_array_size(list) : 1); m++) {
                size_t ci = (size_t)json_integer_value(list ? json_array_get(list, m) : pk);
                if (m)
                    buf_puts(&sql, ", ");
                buf_putc(&sql, '"');
                buf_puts(&sql, json_string_value(json_array_get(json_array_get(cols, ci), 1)));
                buf_putc(&sql, '"');
            }
            buf_puts(&sql, ")");
        }
        json_t *fk;
        json_array_foreach(fks, k, fk) {
            json_t *from = json_array_get(cols, (size_t)json_integer_value(json_array_get(fk, 0)));
            json_t *to = json_array_get(cols, (size_t)json_integer_value(json_array_get(fk, 1)));
            if (json_integer_value(json_array_get(from, 0)) != (json_int_t)t)
                continue;
            size_t tt = (size_t)json_integer_value(json_array_get(to, 0));
            buf_puts(&sql, ", FOREIGN KEY(\"");
            buf_puts(&sql, json_string_value(json_array_get(from, 1)));
            buf_puts(&sql, "\") REFERENCES \"");
            buf_puts(&sql, json_string_value(json_array_get(tnames, tt)));
            buf_puts(&sql, "\"(\"");
            buf_puts(&sql, json_string_value(json_array_get(to, 1)));
            buf_puts(&sql, "\")");
        }
        buf_puts(&sql, ");");
    }
    buf_puts(&sql, "COMMIT;");
    char *msg = NULL;
    if (sqlite3_exec(conn, buf_cstr(&sql), NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "bench_select: %s: %s\n", path, msg ? msg : "?");
        sqlite3_free(msg);
        goto out;
    }
    rc = 0;
out:
    sqlite3_close(conn);
    buf_free(&sql);
    return rc;
}

/* Words of a name, lowercased and without separators, to tell a description from a respelling. */
static void squash(const char *in, char *out, size_t n)
{
    size_t k = 0;
    for (; *in && k + 1 < n; in++)
        if (isalnum((unsigned char)*in))
            out[k++] = (char)tolower((unsigned char)*in);
    out[k] = '\0';
}

/* BIRD's descriptive column names become comments where they say more than the name. */
static void bird_comments(json_t *db, struct schema *s)
{
    json_t *tnames = json_object_get(db, "table_names_original");
    json_t *orig = json_object_get(db, "column_names_original");
    json_t *desc = json_object_get(db, "column_names");
    for (size_t c = 0; c < json_array_size(orig); c++) {
        json_t *oc = json_array_get(orig, c), *dc = json_array_get(desc, c);
        json_int_t t = json_integer_value(json_array_get(oc, 0));
        if (t < 0)
            continue;
        int ti = schema_find_table(s, json_string_value(json_array_get(tnames, (size_t)t)));
        const char *name = json_string_value(json_array_get(oc, 1));
        const char *text = json_string_value(json_array_get(dc, 1));
        int ci = ti >= 0 && name ? schema_find_column(&s->tables[ti], name) : -1;
        if (ci < 0 || !text)
            continue;
        char a[256], b[256];
        squash(name, a, sizeof a);
        squash(text, b, sizeof b);
        if (strcmp(a, b) != 0 && !s->tables[ti].cols[ci].comment)
            s->tables[ti].cols[ci].comment = synth_dup(text);
    }
}

static int run_bird(const struct opts *o, struct stats *st)
{
    char path[4096];
    json_error_t je;
    snprintf(path, sizeof path, "%s/bird/dev/dev_tables.json", o->eval);
    json_t *tables = json_load_file(path, 0, &je);
    snprintf(path, sizeof path, "%s/bird/dev/dev.json", o->eval);
    json_t *root = tables ? json_load_file(path, 0, &je) : NULL;
    struct dbs d = {0};
    struct buf question = BUF_INIT;
    int rc = -1;
    if (!root) {
        fprintf(stderr, "bench_select: %s: %s\n", path, je.text);
        goto out;
    }
    mkdir(o->tmp, 0755);
    size_t i;
    json_t *db, *q;
    json_array_foreach(tables, i, db) {
        const char *id = json_string_value(json_object_get(db, "db_id"));
        snprintf(path, sizeof path, "%s/bird_%s.sqlite", o->tmp, id);
        if (bird_build_db(db, path) || dbs_add(&d, id, path))
            goto out;
        struct schema *s = dbs_get(&d, id);
        if (s)
            bird_comments(db, s);
    }
    json_array_foreach(root, i, q) {
        const char *id = json_string_value(json_object_get(q, "db_id"));
        const char *sql = json_string_value(json_object_get(q, "SQL"));
        const char *ev = json_string_value(json_object_get(q, "evidence"));
        struct schema *s = id ? dbs_get(&d, id) : NULL;
        if (!s || !sql)
            continue;
        buf_reset(&question);
        buf_puts(&question, json_string_value(json_object_get(q, "question")));
        if (ev && *ev) {
            buf_putc(&question, ' ');
            buf_puts(&question, ev);
        }
        run_question(o, st, s, buf_cstr(&question), sql, id);
    }
    rc = 0;
out:
    dbs_free(&d);
    buf_free(&question);
    json_decref(root);
    json_decref(tables);
    return rc;
}

static long rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* The synthetic large schema: build time, index size, selection time, correctness. */
static int run_synthetic(const struct opts *o)
{
    struct schema s;
    struct err e = {0};
    struct schema_index *ix = NULL;
    char q[512];
    int bad = 0;
    long rss0 = rss_kb();
    if (synth_schema_build(&s, 500, 18)) {
        fprintf(stderr, "bench_select: out of memory\n");
        schema_free(&s);
        return -1;
    }
    size_t cols = 0;
    for (size_t t = 0; t < s.n_tables; t++)
        cols += s.tables[t].n_cols;
    long rss1 = rss_kb();
    double t0 = clock_ms();
    if (schema_index_build(&s, &ix, &e)) {
        fprintf(stderr, "bench_select: %s\n", e.msg);
        schema_free(&s);
        return -1;
    }
    double build_ms = clock_ms() - t0;
    long rss2 = rss_kb();
    size_t n_q = 0, first = 0;
    double worst = 0, total = 0;
    for (int round = 0; round < 4; round++) {
        for (size_t t = 0; t < s.n_tables; t++) {
            struct schema_selection sel;
            struct question *rq = NULL;
            synth_question(&s, t, q, sizeof q);
            double q0 = clock_ms();
            int rc = question_read(q, &rq);
            if (!rc)
                rc = schema_select_ex(&s, ix, rq, &o->sel, &sel, &e);
            question_free(rq);
            if (rc) {
                fprintf(stderr, "bench_select: %s\n", e.msg);
                bad++;
                continue;
            }
            double ms = clock_ms() - q0;
            total += ms;
            if (ms > worst)
                worst = ms;
            n_q++;
            int found = 0;
            for (size_t i = 0; i < sel.n_ranked; i++)
                found |= sel.tables[i] == t;
            first += sel.n_tables && sel.tables[0] == t;
            bad += !found;
            schema_selection_free(&sel);
        }
    }
    printf("synthetic %zu tables, %zu columns, %zu values | index build %.1f ms, %.0f KiB "
           "(RSS +%ld KiB; schema itself %ld KiB) | select %.3f ms/question avg, %.3f ms worst "
           "over %zu | asked table selected %zu/%zu, ranked first %zu | goals: build < 1000 ms "
           "%s, select < 5 ms %s\n",
           s.n_tables, cols, s.n_values, build_ms, (double)schema_index_bytes(ix) / 1024.0,
           rss2 - rss1, rss1 - rss0, total / (double)n_q, worst, n_q, n_q - (size_t)bad, n_q,
           first, build_ms < 1000 ? "met" : "MISSED", total / (double)n_q < 5 ? "met" : "MISSED");
    schema_index_free(ix);
    schema_free(&s);
    return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
    static const struct option lopts[] = {
        {"eval", required_argument, NULL, 'e'},   {"tmp", required_argument, NULL, 't'},
        {"max-tables", required_argument, NULL, 'k'}, {"min-ratio", required_argument, NULL, 'r'},
        {"check", no_argument, NULL, 'c'},       {"misses", no_argument, NULL, 'm'},
        {"max-columns", required_argument, NULL, 'C'}, {"sweep", no_argument, NULL, 's'},
        {NULL, 0, NULL, 0},
    };
    struct opts o = {.eval = "../shared/eval", .tmp = "/tmp/genbi_bench_select",
                     .sel = SCHEMA_SELECT_DEFAULTS};
    int c, sweep = 0;
    while ((c = getopt_long(argc, argv, "e:t:k:r:C:scm", lopts, NULL)) != -1) {
        switch (c) {
        case 'e':
            o.eval = optarg;
            break;
        case 't':
            o.tmp = optarg;
            break;
        case 'k':
            o.sel.max_tables = (int)strtol(optarg, NULL, 10);
            break;
        case 'r':
            o.sel.min_ratio = strtod(optarg, NULL);
            break;
        case 'C':
            o.sel.max_columns = (int)strtol(optarg, NULL, 10);
            break;
        case 's':
            sweep = 1;
            break;
        case 'c':
            o.check = 1;
            break;
        case 'm':
            o.misses = 1;
            break;
        default:
            fprintf(stderr, "usage: bench_select [--eval DIR] [--tmp DIR] [--max-tables K] "
                            "[--min-ratio R] [--max-columns C] [--sweep] [--check] "
                            "[--misses]\n");
            return 2;
        }
    }
    int synth = run_synthetic(&o);
    struct stat sb;
    if (stat(o.eval, &sb) != 0) {
        printf("bench_select: %s not found: Spider/BIRD recall skipped\n", o.eval);
        return synth ? 1 : SKIP;
    }
    o.cols[o.n_cols++] = o.sel.max_columns;
    for (size_t i = 0; sweep && i < sizeof sweep_cols / sizeof *sweep_cols; i++)
        if (sweep_cols[i] != o.sel.max_columns)
            o.cols[o.n_cols++] = sweep_cols[i];
    struct stats sp[MAX_RUNS], bd[MAX_RUNS];
    for (size_t k = 0; k < o.n_cols; k++) {
        sp[k] = (struct stats){.name = "spider"};
        bd[k] = (struct stats){.name = "bird"};
    }
    if (run_spider(&o, sp) || run_bird(&o, bd))
        return 1;
    for (size_t k = 0; k < o.n_cols; k++) {
        print_stats(&sp[k], o.cols[k]);
        print_stats(&bd[k], o.cols[k]);
    }
    const struct stats *spider = &sp[0], *bird = &bd[0];
    if (!o.check)
        return synth ? 1 : 0;
    int fail = synth != 0;
    if (!spider->n || (double)spider->hit < 0.97 * (double)spider->n) {
        printf("FAIL: Spider dev recall under 97%%\n");
        fail = 1;
    }
    if (!bird->n || (double)bird->hit < 0.95 * (double)bird->n) {
        printf("FAIL: BIRD dev recall under 95%%\n");
        fail = 1;
    }
    if (col_recall(spider) < 0.95 || col_recall(bird) < 0.95) {
        printf("FAIL: gold-column recall under 95%% at max_columns %d\n", o.cols[0]);
        fail = 1;
    }
    printf("%s\n", fail ? "bench_select: thresholds NOT met" : "bench_select: thresholds met");
    return fail;
}
