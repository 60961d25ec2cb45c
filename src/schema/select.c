/* Schema selection: rank tables for a question with BM25 over the schema index, link the columns
 * the question names (by name or by a stored value), keep the best few, connect them along
 * foreign keys by shortest paths, and render compact DDL. Work per question is proportional to
 * the question's words and their posting lists, not to the size of the schema, except for a few
 * passes over one score per table. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/limits.h"
#include "schema/schema_int.h"

#include "util/grow.h"

#include "util/banned.h"

/* A stored value named in the question is strong evidence for its table, shared among the
 * columns that hold the same value. */
#define SEL_VALUE_WEIGHT 2.0
/* A column whose whole multi-word name appears in the question ("release date") is stronger
 * evidence than its words scattered over the table. */
#define SEL_PHRASE_WEIGHT 1.0
/* A table next to a relevant one along a foreign key often holds what the question asks about
 * in words the schema does not use (a "people" table behind "poker players"): it gets this
 * share of its best neighbour's score. */
#define SEL_NEIGHBOR_SHARE 0.1
/* A column's own name says more about it than its description (same ratio as in a table's
 * document, SX_W_COLUMN : SX_W_COMMENT). */
#define SEL_COL_NAME_WEIGHT 1.0
#define SEL_COL_COMMENT_WEIGHT 0.5
/* A question that asks about time (a year, "before", "when") makes a table's date and year
 * columns likelier to be used, even when no word names them ("cars produced before 1980" ->
 * cars_data.Year): they get this much column score, about one matched word's worth. */
#define SEL_COL_TEMPORAL 0.25
/* What an empty table keeps of its score when other tables hold rows (demote_empty). */
#define SEL_EMPTY_SHARE 0.5
/* Words of a question considered; the rest is ignored (questions are capped well below this). */
#define SEL_MAX_WORDS 256

struct qwords {
    const struct question_tok *tok; /* the token being split (its stem is the reader's) */
    char (*raw)[SX_WORD_MAX];  /* lowercased words, for the value index */
    size_t n_raw;
    char (*stem)[SX_WORD_MAX]; /* distinct stems of words that are not stopwords */
    size_t n_stem;
};

/* Adds the stem of w; `read` is its stem from the question reader, or NULL to stem it here. */
static void add_question_stem(struct qwords *q, const char *w, size_t n, const char *read)
{
    char stem[SX_WORD_MAX];
    if (q->n_stem >= SEL_MAX_WORDS)
        return;
    if (read)
        snprintf(stem, sizeof stem, "%s", read);
    else
        question_stem(w, n, stem);
    for (size_t i = 0; i < q->n_stem; i++)
        if (strcmp(q->stem[i], stem) == 0)
            return;
    memcpy(q->stem[q->n_stem++], stem, SX_WORD_MAX);
}

static void on_question_word(const char *w, size_t n, void *ctx)
{
    struct qwords *q = ctx;
    if (q->n_raw < SEL_MAX_WORDS)
        memcpy(q->raw[q->n_raw++], w, n + 1);
    if (sx_stopword(w))
        return;
    /* a part that is the whole token was stemmed when the question was read */
    const struct question_tok *t = q->tok;
    int whole = t && t->kind == QUESTION_WORD && strcmp(t->word, w) == 0;
    add_question_stem(q, w, n, whole ? t->stem : NULL);
    const char *rel = question_synonym(w, QUESTION_SYN_SELECT);
    if (rel)
        add_question_stem(q, rel, strlen(rel), NULL);
}

/* The question's words as selection weighs them: the bytes each token was read from, split the
 * way names are split (on '_', camelCase and separators: "haven't" -> haven, t; "1,000" -> 1,
 * 000), so that question words and schema words meet. */
static int question_words(const struct question *qs, struct qwords *q)
{
    char small[256];
    for (size_t i = 0; i < qs->n_toks; i++) {
        const struct question_tok *t = &qs->toks[i];
        if (!t->len)
            continue; /* the "not" of a contraction has no bytes of its own */
        char *span = t->len < sizeof small ? small : malloc(t->len + 1);
        if (!span)
            return ERR_NOMEM;
        memcpy(span, qs->text + t->off, t->len);
        span[t->len] = '\0';
        q->tok = t;
        sx_split(span, 1, on_question_word, q);
        if (span != small)
            free(span);
    }
    return 0;
}

/* Case-insensitive whole-word search of needle in hay; spaces around the needle are ignored
 * (stored values often carry them: ' Aberdeen'). */
static int contains_phrase(const char *hay, const char *needle)
{
    while (isspace((unsigned char)*needle))
        needle++;
    size_t n = strlen(needle);
    while (n && isspace((unsigned char)needle[n - 1]))
        n--;
    if (n < 2)
        return 0;
    for (const char *p = hay; *p; p++) {
        if (strncasecmp(p, needle, n) != 0)
            continue;
        int left = p == hay || !isalnum((unsigned char)p[-1]);
        int right = !isalnum((unsigned char)p[n]);
        if (left && right)
            return 1;
    }
    return 0;
}

struct links {
    struct schema_link *v;
    size_t n, cap;
};

static int link_add(struct links *l, size_t table, size_t column, const char *value)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].table == table && l->v[i].column == column) {
            if (value && !l->v[i].value)
                l->v[i].value = value;
            return 0;
        }
    if (grow(&l->v, &l->cap, l->n, sizeof *l->v, 16))
        return ERR_NOMEM;
    l->v[l->n++] = (struct schema_link){table, column, value};
    return 0;
}

/* Table of a global column id (binary search over col_base). */
static size_t col_table(const struct schema_index *ix, uint32_t gcol)
{
    size_t lo = 0, hi = ix->n_tables;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->col_base[mid] <= gcol)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* 1 when the question asks about time: a temporal word, or a number that looks like a year. */
static int asks_time(const struct question *qs)
{
    return qs && (qs->cues & QCUE_TIME);
}

/* 1 for a column holding dates or years: by type, or by a name word (Year, OpenDate, time). */
static int temporal_column(const struct schema_column *c)
{
    static const char *const parts[] = {"year", "date", "time"};
    if (c->type == SCHEMA_TYPE_DATE)
        return 1;
    for (const char *p = c->name; *p; p++)
        for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
            if (strncasecmp(p, parts[k], strlen(parts[k])) == 0)
                return 1;
    return 0;
}

/* "revenue by category in 2023": a selected table with no date of its own whose rows point at a
 * dated parent (order_items -> orders) keeps its dates there; add the first such parent. */
static int has_date(const struct schema_table *tb)
{
    for (size_t c = 0; c < tb->n_cols; c++)
        if (tb->cols[c].type == SCHEMA_TYPE_DATE)
            return 1;
    return 0;
}

static void add_date_parent(const struct schema *s, struct schema_selection *out)
{
    for (size_t i = 0; i < out->n_tables; i++) {
        const struct schema_table *tb = &s->tables[out->tables[i]];
        if (has_date(tb))
            continue;
        for (size_t c = 0; c < tb->n_cols; c++) {
            int u = tb->cols[c].fk_table ? schema_find_table(s, tb->cols[c].fk_table) : -1;
            int chosen = u < 0;
            for (size_t j = 0; !chosen && j < out->n_tables; j++)
                chosen = out->tables[j] == (size_t)u;
            if (!chosen && has_date(&s->tables[u])) {
                out->tables[out->n_tables++] = (size_t)u;
                return;
            }
        }
    }
}

/* IDF of a term over columns (names and comments), for ranking columns inside a table. */
static double col_idf(const struct schema_index *ix, const struct sx_term *t)
{
    double n = ix->n_cols, df = (double)t->n_cols + (double)t->n_ccols;
    if (df > n)
        df = n;
    return log(1.0 + (n - df + 0.5) / (df + 0.5));
}

/* BM25 over the question's stems; counts, per column, how many of its words were named, and
 * scores each column by the question's words in its name and comment (colscore). */
static int score_terms(const struct schema_index *ix, const struct qwords *q, double *score,
                       uint8_t *colhit, double *colscore, struct links *lk)
{
    uint32_t *touched = NULL;
    size_t n_touched = 0, cap_touched = 0;
    int rc = 0;
    for (size_t i = 0; i < q->n_stem; i++) {
        long id = sx_dict_find(&ix->terms, q->stem[i], strlen(q->stem[i]));
        if (id < 0)
            continue;
        const struct sx_term *t = &ix->term[id];
        for (uint32_t k = 0; k < t->n_posts; k++) {
            const struct sx_post *p = &t->posts[k];
            double tf = p->tf;
            double norm = SX_K1 * (1.0 - SX_B + SX_B * ix->doclen[p->table] / ix->avgdl);
            score[p->table] += t->idf * tf * (SX_K1 + 1.0) / (tf + norm);
        }
        double cidf = col_idf(ix, t);
        for (uint32_t k = 0; k < t->n_ccols; k++)
            colscore[t->ccols[k]] += SEL_COL_COMMENT_WEIGHT * cidf;
        for (uint32_t k = 0; k < t->n_cols; k++)
            colscore[t->cols[k]] += SEL_COL_NAME_WEIGHT * cidf;
        for (uint32_t k = 0; k < t->n_cols; k++) {
            uint32_t c = t->cols[k];
            if (colhit[c] == 0) {
                if (n_touched == cap_touched) {
                    size_t nc = cap_touched ? cap_touched * 2 : 64;
                    uint32_t *v = realloc(touched, nc * sizeof *v);
                    if (!v) {
                        rc = ERR_NOMEM;
                        goto out;
                    }
                    touched = v;
                    cap_touched = nc;
                }
                touched[n_touched++] = c;
            }
            if (colhit[c] < UINT8_MAX)
                colhit[c]++;
        }
    }
    /* A column is linked by name when every word of its name was named. */
    for (size_t i = 0; i < n_touched; i++) {
        uint32_t c = touched[i];
        if (ix->col_terms[c] == 0 || colhit[c] < ix->col_terms[c])
            continue;
        size_t t = col_table(ix, c);
        if (ix->col_terms[c] >= 2)
            score[t] += SEL_PHRASE_WEIGHT;
        if ((rc = link_add(lk, t, c - ix->col_base[t], NULL)))
            goto out;
    }
out:
    free(touched);
    return rc;
}

/* What naming a stored value is worth to its table: SEL_VALUE_WEIGHT shared among the columns
 * that hold it, or, in a schema of many tables, as much as a word that rare is worth to BM25 (its
 * IDF over tables), whichever is more. Without the second, on a schema of hundreds of tables a
 * value ("Canada") weighs less than any one rare word of the question, and its table is lost. */
static double value_weight(size_t n_tables, size_t same)
{
    double n = (double)n_tables, df = (double)same;
    double idf = df < n ? log(1.0 + (n - df + 0.5) / (df + 0.5)) : 0.0;
    double shared = SEL_VALUE_WEIGHT / df;
    return idf > shared ? idf : shared;
}

/* Stored values whose key word is `word`, confirmed as a whole phrase of `text` (the question,
 * or the name a demonym stands for). */
static int score_value_word(const struct schema_index *ix, const struct schema *s,
                            const char *text, const char *word, double *score, struct links *lk)
{
    long id = sx_dict_find(&ix->vwords, word, strlen(word));
    if (id < 0)
        return 0;
    const struct sx_vlist *l = &ix->vlists[id];
    for (uint32_t k = 0; k < l->n; k++) {
        const struct schema_value *v = &s->values[l->values[k]];
        if (!contains_phrase(text, v->value))
            continue;
        size_t same = 1;
        schema_find_value(s, v->value, &same);
        score[v->table] += value_weight(s->n_tables, same ? same : 1);
        if (link_add(lk, v->table, v->column, v->value))
            return ERR_NOMEM;
    }
    return 0;
}

/* The stored names a demonym stands for ("dutch" -> 'Netherlands', "european" -> 'Europe'):
 * the first spelling the database holds counts, as if the question had named it. */
static int score_demonym(const struct schema_index *ix, const struct schema *s, const char *word,
                         double *score, struct links *lk)
{
    for (const char *names = question_demonym(word); names;) {
        const char *bar = strchr(names, '|');
        size_t nl = bar ? (size_t)(bar - names) : strlen(names);
        char name[64], key[SX_WORD_MAX];
        if (nl < sizeof name) {
            memcpy(name, names, nl);
            name[nl] = '\0';
            sx_value_key(name, key);
            size_t before = lk->n;
            int rc = key[0] ? score_value_word(ix, s, name, key, score, lk) : 0;
            if (rc || lk->n > before)
                return rc;
        }
        names = bar ? bar + 1 : NULL;
    }
    return 0;
}

/* Stored values the question names, found through one of their words and confirmed as a phrase;
 * for a word that names none, the names it stands for as a demonym (as tier 0 reads them). */
static int score_values(const struct schema_index *ix, const struct schema *s,
                        const char *question, const struct qwords *q, double *score,
                        struct links *lk)
{
    for (size_t i = 0; i < q->n_raw; i++) {
        if (sx_stopword(q->raw[i]))
            continue;
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(q->raw[j], q->raw[i]) == 0;
        size_t before = lk->n;
        int rc = seen ? 0 : score_value_word(ix, s, question, q->raw[i], score, lk);
        if (!rc && !seen && lk->n == before)
            rc = score_demonym(ix, s, q->raw[i], score, lk);
        if (rc)
            return rc;
    }
    return 0;
}

/* Glossary terms named in the question link their column. (Their words already count in BM25.) */
static int link_glossary(const struct schema *s, const char *question, struct links *lk)
{
    for (size_t g = 0; g < s->n_glossary; g++) {
        const struct schema_term *t = &s->glossary[g];
        if (!t->column || !contains_phrase(question, t->term))
            continue;
        int ti = schema_find_table(s, t->table);
        int ci = ti >= 0 ? schema_find_column(&s->tables[ti], t->column) : -1;
        if (ci >= 0 && link_add(lk, (size_t)ti, (size_t)ci, NULL))
            return ERR_NOMEM;
    }
    return 0;
}

/* A table known to hold no rows, in a database where others may hold some (a count above zero
 * or unknown), answers nothing but zero: of two tables the question names alike, the one with
 * rows is the likelier meaning. */
static void demote_empty(const struct schema *s, double *score)
{
    int rows = 0;
    for (size_t t = 0; t < s->n_tables && !rows; t++)
        rows = s->tables[t].row_count != 0;
    for (size_t t = 0; rows && t < s->n_tables; t++)
        if (s->tables[t].row_count == 0)
            score[t] *= SEL_EMPTY_SHARE;
}

/* The best `want` tables by score, descending, ties in schema order, at the front of order:
 * `want` passes over the scores, cheaper than sorting hundreds of tables to keep five. */
static void rank_tables(const double *score, size_t n, size_t *order, size_t want)
{
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    for (size_t i = 0; i < want && i < n; i++) {
        size_t best = i;
        for (size_t j = i + 1; j < n; j++) {
            size_t a = order[j], b = order[best];
            if (score[a] > score[b] || (score[a] == score[b] && a < b))
                best = j;
        }
        size_t tmp = order[i];
        order[i] = order[best];
        order[best] = tmp;
    }
}

/* Greedy Steiner tree over the FK graph: starting from the best table, repeatedly add the kept
 * table nearest to the tree along the shortest path (multi-source BFS), marking the tables on it.
 * A kept table with no path stays on its own and seeds a component of its own. Connectors are
 * appended to out[*n_out]. */
static int fk_complete(const struct schema_index *ix, const size_t *kept, size_t n_kept,
                       size_t *out, size_t *n_out)
{
    size_t n = ix->n_tables;
    char *in_tree = calloc(n, 1), *want = calloc(n, 1);
    long *prev = malloc(n * sizeof *prev);
    uint32_t *queue = malloc(n * sizeof *queue);
    int rc = ERR_NOMEM;
    if (!in_tree || !want || !prev || !queue)
        goto out;
    for (size_t i = 1; i < n_kept; i++)
        want[kept[i]] = 1;
    in_tree[kept[0]] = 1;
    size_t missing = n_kept - 1;
    while (missing > 0) {
        size_t head = 0, tail = 0;
        long found = -1;
        for (size_t t = 0; t < n; t++) {
            prev[t] = in_tree[t] ? (long)t : -1;
            if (in_tree[t])
                queue[tail++] = (uint32_t)t;
        }
        while (head < tail && found < 0) {
            uint32_t cur = queue[head++];
            for (uint32_t k = ix->adj_off[cur]; k < ix->adj_off[cur + 1]; k++) {
                uint32_t nb = ix->adj[k];
                if (prev[nb] >= 0)
                    continue;
                prev[nb] = cur;
                if (want[nb]) {
                    found = nb;
                    break;
                }
                queue[tail++] = nb;
            }
        }
        if (found < 0) {
            /* Unreachable from the tree: the best remaining table starts its own component. */
            for (size_t i = 1; i < n_kept; i++)
                if (want[kept[i]]) {
                    found = (long)kept[i];
                    break;
                }
            in_tree[found] = 1;
            want[found] = 0;
            missing--;
            continue;
        }
        for (size_t t = (size_t)found; !in_tree[t]; t = (size_t)prev[t]) {
            in_tree[t] = 1;
            if (want[t]) {
                want[t] = 0;
                missing--;
            } else {
                out[(*n_out)++] = t;
            }
        }
    }
    rc = 0;
out:
    free(in_tree);
    free(want);
    free(prev);
    free(queue);
    return rc;
}

/* Column pruning: in each selected table wider than max_cols, render the keys (pk, fk, and
 * columns an FK of another selected table points at), the columns the question links to, and
 * then the best-scoring others (ties in schema order) until max_cols are rendered. Fills
 * out->shown (NULL when no table is pruned) and out->n_elided. */
static int prune_columns(const struct schema *s, const struct schema_index *ix,
                         const double *colscore, int temporal, size_t max_cols,
                         struct schema_selection *out)
{
    size_t bytes = out->n_tables * sizeof *out->shown, wide = 0;
    for (size_t i = 0; i < out->n_tables; i++) {
        size_t nc = s->tables[out->tables[i]].n_cols;
        if (nc > max_cols) {
            bytes += nc;
            wide++;
        }
    }
    if (!wide)
        return 0;
    unsigned char **shown = calloc(1, bytes);
    if (!shown)
        return ERR_NOMEM;
    unsigned char *mask = (unsigned char *)(shown + out->n_tables);
    for (size_t i = 0; i < out->n_tables; i++) {
        size_t ti = out->tables[i];
        const struct schema_table *t = &s->tables[ti];
        if (t->n_cols <= max_cols)
            continue;
        shown[i] = mask;
        mask += t->n_cols;
        size_t kept = 0;
        for (size_t c = 0; c < t->n_cols; c++)
            if (t->cols[c].pk || t->cols[c].fk_table) {
                shown[i][c] = 1;
                kept++;
            }
        for (size_t l = 0; l < out->n_links; l++)
            if (out->links[l].table == ti && !shown[i][out->links[l].column]) {
                shown[i][out->links[l].column] = 1;
                kept++;
            }
        for (size_t j = 0; j < out->n_tables; j++) {
            const struct schema_table *o = &s->tables[out->tables[j]];
            for (size_t c = 0; c < o->n_cols; c++) {
                const struct schema_column *fc = &o->cols[c];
                if (!fc->fk_table || !fc->fk_column || strcasecmp(fc->fk_table, t->name) != 0)
                    continue;
                int tc = schema_find_column(t, fc->fk_column);
                if (tc >= 0 && !shown[i][tc]) {
                    shown[i][tc] = 1;
                    kept++;
                }
            }
        }
        /* The rest of the budget by score: a pass per pick, as budgets are small. A connector
         * (added only to join others) is there for its keys. */
        const double *cs = colscore + ix->col_base[ti];
        size_t budget = i < out->n_ranked ? max_cols : 0;
        for (size_t c = 0; temporal && i >= out->n_ranked && c < t->n_cols; c++)
            if (t->cols[c].type == SCHEMA_TYPE_DATE && !shown[i][c]) {
                shown[i][c] = 1; /* a connector keeps its dates when the question asks when */
                kept++;
            }
        for (; kept < budget; kept++) {
            long best = -1;
            double best_sc = 0;
            for (size_t c = 0; c < t->n_cols; c++) {
                double sc = cs[c];
                if (temporal && temporal_column(&t->cols[c]))
                    sc += SEL_COL_TEMPORAL;
                if (!shown[i][c] && (best < 0 || sc > best_sc)) {
                    best = (long)c;
                    best_sc = sc;
                }
            }
            if (best < 0)
                break;
            shown[i][best] = 1;
        }
        for (size_t c = 0; c < t->n_cols; c++)
            out->n_elided += !shown[i][c];
    }
    out->shown = shown;
    return 0;
}

int schema_select_ex(const struct schema *s, const struct schema_index *ix,
                     const struct question *qs, const struct schema_select_opts *opts,
                     struct schema_selection *out, struct err *e)
{
    const char *question = qs ? qs->text : "";
    struct qwords q = {0};
    struct links lk = {0};
    size_t n = s->n_tables, nt = n ? n : 1;
    double *score = NULL;
    size_t *order = NULL;
    uint8_t *colhit = NULL;
    double *colscore = NULL;
    int rc = ERR_NOMEM;
    memset(out, 0, sizeof *out);
    if (!ix && (rc = schema_index_get(s, &ix, e)))
        return rc;
    size_t max_tables = opts && opts->max_tables > 0        ? (size_t)opts->max_tables
                        : n > LIMIT_LARGE_SCHEMA_TABLES ? LIMIT_MAX_TABLES_LARGE
                                                        : LIMIT_MAX_TABLES;
    double min_ratio = opts ? opts->min_ratio : SCHEMA_MIN_RATIO;
    score = calloc(nt, sizeof *score);
    order = malloc(nt * sizeof *order);
    colhit = calloc(ix->n_cols + 1, 1);
    colscore = calloc(ix->n_cols + 1, sizeof *colscore);
    q.raw = malloc(SEL_MAX_WORDS * sizeof *q.raw);
    q.stem = malloc(SEL_MAX_WORDS * sizeof *q.stem);
    out->tables = malloc(nt * sizeof *out->tables);
    out->scores = malloc(nt * sizeof *out->scores);
    if (!score || !order || !colhit || !q.raw || !q.stem || !out->tables || !out->scores ||
        !colscore)
        goto out;
    if ((qs && (rc = question_words(qs, &q))) ||
        (rc = score_terms(ix, &q, score, colhit, colscore, &lk)) ||
        (rc = score_values(ix, s, question, &q, score, &lk)) ||
        (rc = link_glossary(s, question, &lk)))
        goto out;

    if (n) {
        double *base = malloc(n * sizeof *base);
        if (!base) {
            rc = ERR_NOMEM;
            goto out;
        }
        memcpy(base, score, n * sizeof *base);
        for (size_t t = 0; t < n; t++) {
            double best = 0;
            for (uint32_t k = ix->adj_off[t]; k < ix->adj_off[t + 1]; k++)
                if (base[ix->adj[k]] > best)
                    best = base[ix->adj[k]];
            score[t] += SEL_NEIGHBOR_SHARE * best;
        }
        free(base);
    }
    demote_empty(s, score);
    rank_tables(score, n, order, max_tables);
    double top = n ? score[order[0]] : 0;
    size_t kept = 0;
    if (top > 0) {
        for (size_t i = 0; i < n && kept < max_tables; i++)
            if (score[order[i]] > 0 && score[order[i]] >= min_ratio * top)
                out->tables[kept++] = order[i];
    } else {
        /* Nothing in the question names the schema: keep what fits, in schema order. */
        for (size_t i = 0; i < n && kept < max_tables; i++)
            out->tables[kept++] = i;
    }
    out->n_ranked = out->n_tables = kept;
    if (kept > 1 && (rc = fk_complete(ix, out->tables, kept, out->tables, &out->n_tables)))
        goto out;
    if (out->n_tables > 0 && out->n_tables < n && asks_time(qs))
        add_date_parent(s, out);
    for (size_t i = 0; i < out->n_tables; i++)
        out->scores[i] = score[out->tables[i]];

    /* Keep only the links into selected tables. */
    for (size_t i = 0; i < lk.n; i++) {
        int sel = 0;
        for (size_t k = 0; k < out->n_tables && !sel; k++)
            sel = out->tables[k] == lk.v[i].table;
        if (sel)
            lk.v[out->n_links++] = lk.v[i];
    }
    out->links = lk.v;
    lk.v = NULL;
    int max_columns = opts ? opts->max_columns : LIMIT_SCHEMA_DDL_COLUMNS;
    if (max_columns > 0 &&
        (rc = prune_columns(s, ix, colscore, asks_time(qs), (size_t)max_columns, out)))
        goto out;
    if ((rc = sx_select_context(s, out)))
        goto out;
    out->full_tokens = ix->full_tokens;
out:
    free(q.raw);
    free(q.stem);
    free(score);
    free(order);
    free(colhit);
    free(colscore);
    free(lk.v);
    if (rc) {
        schema_selection_free(out);
        err_set(e, rc, "cannot select tables: %s", err_str(rc));
    }
    return rc;
}

int schema_select(const struct schema *s, const struct question *question, int max_tables,
                  struct schema_selection *out, struct err *e)
{
    struct schema_select_opts o = SCHEMA_SELECT_DEFAULTS;
    o.max_tables = max_tables;
    return schema_select_ex(s, NULL, question, &o, out, e);
}
