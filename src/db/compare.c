/* Result equivalence: do two executed queries return the same answer? Shared by eval (a prediction
 * against the gold query, docs/eval.md) and the pipeline (agreement between tiers, docs/cost.md).
 * The rules are those of the published Spider test-suite evaluator, with its Python equality made
 * explicit and the column-permutation search bounded. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"

#include "util/banned.h"

/* Complete column permutations tried at most per comparison: results with many identical columns
 * would otherwise make the search factorial. Real queries need one or two. */
#define MAX_PERMUTATIONS 20000

static int is_num(const struct db_cell *c)
{
    return c->type == DB_INT || c->type == DB_REAL;
}

int db_cell_equal(const struct db_cell *a, const struct db_cell *b)
{
    if (a->type == DB_NULL || b->type == DB_NULL)
        return a->type == b->type;
    if (is_num(a) && is_num(b)) {
        if (a->type == DB_INT && b->type == DB_INT)
            return a->i == b->i;
        double x = a->d, y = b->d;
        if (x == y)
            return 1;
        if (isnan(x) || isnan(y))
            return isnan(x) && isnan(y);
        return fabs(x - y) <= DB_REL_TOL * fmax(fabs(x), fabs(y));
    }
    if (is_num(a) || is_num(b) || a->type != b->type)
        return 0;
    return strcmp(a->s ? a->s : "", b->s ? b->s : "") == 0;
}

/* A total order consistent with eval_cell_equal up to the float tolerance: NULL, numbers, text,
 * blobs. Equal-within-tolerance numbers sort next to each other, which is all sorting needs. */
static int type_rank(const struct db_cell *c)
{
    return c->type == DB_NULL ? 0 : is_num(c) ? 1 : c->type == DB_TEXT ? 2 : 3;
}

static int cell_cmp(const struct db_cell *a, const struct db_cell *b)
{
    int ra = type_rank(a), rb = type_rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra == 0)
        return 0;
    if (ra == 1) {
        if (a->type == DB_INT && b->type == DB_INT)
            return a->i < b->i ? -1 : a->i > b->i;
        return a->d < b->d ? -1 : a->d > b->d;
    }
    return strcmp(a->s ? a->s : "", b->s ? b->s : "");
}

struct rows_ctx {
    const struct db_result *r;
    const size_t *cols; /* column order to compare rows by */
};

static int row_cmp(const void *pa, const void *pb, void *ud)
{
    const struct rows_ctx *c = ud;
    size_t ra = *(const size_t *)pa, rb = *(const size_t *)pb;
    for (size_t j = 0; j < c->r->n_cols; j++) {
        int d = cell_cmp(db_cell_at(c->r, ra, c->cols[j]), db_cell_at(c->r, rb, c->cols[j]));
        if (d)
            return d;
    }
    return 0;
}

struct col_ctx {
    const struct db_result *r;
    size_t col;
};

static int colcell_cmp(const void *pa, const void *pb, void *ud)
{
    const struct col_ctx *c = ud;
    return cell_cmp(db_cell_at(c->r, *(const size_t *)pa, c->col),
                    db_cell_at(c->r, *(const size_t *)pb, c->col));
}

/* The row indices of column `col` sorted by value, into idx (n_rows entries). */
static void sort_column(const struct db_result *r, size_t col, size_t *idx)
{
    struct col_ctx c = {r, col};
    for (size_t i = 0; i < r->n_rows; i++)
        idx[i] = i;
    qsort_r(idx, r->n_rows, sizeof *idx, colcell_cmp, &c);
}

struct match {
    const struct db_result *gold, *pred;
    int order_matters;
    unsigned char *cand; /* n_cols * n_cols: gold column j may map to pred column k */
    size_t *perm;        /* gold column j -> pred column perm[j] */
    unsigned char *used; /* pred columns taken */
    size_t *gold_sorted; /* gold rows sorted by columns 0..n-1 */
    size_t *pred_rows;   /* scratch: pred rows sorted by the permutation */
    size_t *identity;
    long tried;
};

/* 1 when the pred rows, columns taken in perm order, equal the gold rows. */
static int rows_equal(struct match *m)
{
    const struct db_result *g = m->gold, *p = m->pred;
    size_t n = g->n_rows, nc = g->n_cols;
    for (size_t i = 0; i < n; i++)
        m->pred_rows[i] = i;
    if (!m->order_matters) {
        struct rows_ctx c = {p, m->perm};
        qsort_r(m->pred_rows, n, sizeof *m->pred_rows, row_cmp, &c);
    }
    for (size_t i = 0; i < n; i++) {
        size_t gr = m->order_matters ? i : m->gold_sorted[i], pr = m->pred_rows[i];
        for (size_t j = 0; j < nc; j++)
            if (!db_cell_equal(db_cell_at(g, gr, j), db_cell_at(p, pr, m->perm[j])))
                return 0;
    }
    return 1;
}

/* Depth-first search over bijections allowed by the per-column candidates. */
static int search(struct match *m, size_t j)
{
    size_t nc = m->gold->n_cols;
    if (j == nc) {
        m->tried++;
        return rows_equal(m);
    }
    for (size_t k = 0; k < nc && m->tried < MAX_PERMUTATIONS; k++) {
        if (m->used[k] || !m->cand[j * nc + k])
            continue;
        m->used[k] = 1;
        m->perm[j] = k;
        if (search(m, j + 1))
            return 1;
        m->used[k] = 0;
    }
    return 0;
}

int db_result_equivalent(const struct db_result *gold, const struct db_result *pred,
                         int order_matters)
{
    /* As the published Spider evaluator: two empty results match whatever their columns. */
    if (gold->n_rows == 0 && pred->n_rows == 0)
        return 1;
    if (gold->n_rows != pred->n_rows || gold->n_cols != pred->n_cols)
        return 0;
    size_t n = gold->n_rows, nc = gold->n_cols;
    if (nc == 0)
        return 1;
    int ok = 0;
    struct match m = {.gold = gold, .pred = pred, .order_matters = order_matters};
    size_t *gcols = malloc(nc * n * sizeof *gcols);
    size_t *pcols = malloc(nc * n * sizeof *pcols);
    m.cand = calloc(nc * nc, 1);
    m.used = calloc(nc, 1);
    m.perm = calloc(nc, sizeof *m.perm);
    m.identity = calloc(nc, sizeof *m.identity);
    m.gold_sorted = malloc(n * sizeof *m.gold_sorted);
    m.pred_rows = malloc(n * sizeof *m.pred_rows);
    if (!gcols || !pcols || !m.cand || !m.used || !m.perm || !m.identity || !m.gold_sorted ||
        !m.pred_rows)
        goto out;
    /* A gold column can only map to a pred column holding the same multiset of values. */
    for (size_t j = 0; j < nc; j++) {
        sort_column(gold, j, gcols + j * n);
        sort_column(pred, j, pcols + j * n);
        m.identity[j] = j;
    }
    for (size_t j = 0; j < nc; j++) {
        int any = 0;
        for (size_t k = 0; k < nc; k++) {
            int same = 1;
            for (size_t i = 0; i < n && same; i++)
                same = db_cell_equal(db_cell_at(gold, gcols[j * n + i], j),
                                     db_cell_at(pred, pcols[k * n + i], k));
            m.cand[j * nc + k] = (unsigned char)same;
            any |= same;
        }
        if (!any)
            goto out;
    }
    for (size_t i = 0; i < n; i++)
        m.gold_sorted[i] = i;
    struct rows_ctx gc = {gold, m.identity};
    qsort_r(m.gold_sorted, n, sizeof *m.gold_sorted, row_cmp, &gc);
    ok = search(&m, 0);
out:
    free(gcols);
    free(pcols);
    free(m.cand);
    free(m.used);
    free(m.perm);
    free(m.identity);
    free(m.gold_sorted);
    free(m.pred_rows);
    return ok;
}
