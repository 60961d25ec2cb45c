/* nl tier 0: interprets the linked question (count, aggregate, group, filter, rank, list) and
 * composes one SQL query for the schema's dialect, with joins along the shortest foreign-key path.
 *
 * The rule that matters most: answer only when sure. Confidence starts at 1 and every doubt —
 * an unknown word, an ambiguous link, a guessed join, a shape tier 0 does not really handle —
 * takes a fixed amount off, with the reason kept for explain. Anything below 0.8 goes to a model,
 * so one unexplained content word is enough to hand a question over. */
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl.h"
#include "nl/nl_int.h"
#include "util/buf.h"

#include "util/banned.h"

#define NL_MAX_SPANS NL_MAX_TOKENS
#define NL_MAX_FILTERS 8
#define NL_MAX_MENTIONS 8
#define NL_MAX_SELECT 8
#define NL_DEFAULT_TOP 10 /* "top products" with no number */
#define NL_MAX_LIMIT 1000

/* what each doubt costs; one P_UNSURE is enough to hand over */
#define P_SLIGHT 0.04
#define P_SMALL 0.08
#define P_UNSURE 0.25
#define P_WRONGISH 0.45

enum dialect { DIALECT_SQLITE = 0, DIALECT_POSTGRES, DIALECT_MYSQL };

enum pend { PEND_NONE = 0, PEND_COUNT, PEND_MEASURE, PEND_GROUP, PEND_CMP, PEND_BETWEEN,
            PEND_MOST, PEND_TOP };

enum group_kind { GROUP_NONE = 0, GROUP_TABLE, GROUP_COLUMN, GROUP_TIME };

enum filter_kind { FILTER_VALUE = 0, FILTER_NUM, FILTER_YEAR };

struct filter {
    enum filter_kind kind;
    int span;         /* VALUE: the value span; NUM: the subject column span or -1 */
    int t, c;         /* resolved column */
    enum nl_op op;
    const char *vals[NL_MAX_CANDS];
    size_t n_vals;
    double num, num2;
};

struct edge {
    int from, to;     /* tables */
    int owner, col;   /* the FK column: owner.col references the other table's key */
    int other_col;    /* the referenced column */
};

struct bfs {
    int *dist;        /* -1 when unreachable */
    int *npaths;      /* shortest paths, capped at 2 */
    struct edge *via; /* edge used to reach each table */
};

struct query {
    const struct schema *s;
    const struct nl_schema *ns;
    struct nl_token *toks;
    struct nl_span *sp;
    size_t n;
    enum dialect dialect;

    enum nl_agg agg;
    int agg_span;
    int measure_span;     /* column measured */
    int revenue;          /* measure is quantity * price */
    int rev_t, rev_q, rev_p;
    int counted_span;     /* table counted */
    int count_col_span;   /* COUNT(DISTINCT column) */
    enum group_kind group;
    int group_span;
    int group_time;       /* NL_TIME_YEAR / NL_TIME_MONTH */
    int most_span;        /* table after "most" */
    int most_dir;
    int rank_dir;         /* superlative direction from highest/lowest when ranking */
    int top_dir;
    int has_top;
    long limit;
    int order_hint;       /* enum nl_hint or -1 */
    int order_dir;
    int having_span;      /* table after "more than N" */
    enum nl_op having_op;
    double having_num;
    int mentions[NL_MAX_MENTIONS];
    size_t n_mentions;
    int selects[NL_MAX_SELECT];
    size_t n_selects;
    struct filter f[NL_MAX_FILTERS];
    size_t nf;
    int qword, list, vague, or_seen, distinct, any_link, shape;
    char unknown[128];

    /* resolution */
    int main;
    int entity;           /* ranked or grouped-by table of a ranking, -1 */
    int rank;
    struct bfs bfs;
    double conf;
    struct buf doubts;
};

/* ---- small helpers ---- */

static void doubt(struct query *q, double cost, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void doubt(struct query *q, double cost, const char *fmt, ...)
{
    va_list ap;
    q->conf -= cost;
    if (q->doubts.len)
        buf_puts(&q->doubts, "; ");
    va_start(ap, fmt);
    buf_vprintf(&q->doubts, fmt, ap);
    va_end(ap);
}

static const char *span_text(const struct query *q, const struct nl_span *sp, char *out,
                             size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t k = sp->tok; k < sp->tok + sp->len; k++) {
        int w = snprintf(out + o, cap - o, "%s%s", k > sp->tok ? " " : "", q->toks[k].word);
        if (w < 0 || (size_t)w >= cap - o)
            break;
        o += (size_t)w;
    }
    return out;
}

static const struct schema_column *col_of(const struct query *q, int t, int c)
{
    return &q->s->tables[t].cols[c];
}

static int col_is_key(const struct query *q, int t, int c)
{
    const struct schema_column *col = col_of(q, t, c);
    return col->pk || col->fk_table;
}

static int col_is_numeric(const struct query *q, int t, int c)
{
    enum schema_type ty = col_of(q, t, c)->type;
    return ty == SCHEMA_TYPE_INTEGER || ty == SCHEMA_TYPE_REAL;
}

static int col_has_word(const struct query *q, int t, int c, const char *stem)
{
    const struct nl_name *cn = &q->ns->cols[t][c];
    for (size_t k = 0; k < cn->n; k++)
        if (strcmp(cn->stem[k], stem) == 0)
            return 1;
    return 0;
}

static int pk_col(const struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    int found = -1;
    for (size_t c = 0; c < tb->n_cols; c++) {
        if (tb->cols[c].pk == 1)
            found = (int)c;
        if (tb->cols[c].pk > 1)
            return -1; /* composite key: no single column identifies a row */
    }
    return found;
}

/* The columns that name a row: name/title, else first_name + last_name, else the first text
 * column that is not a key. Returns how many (0..2). */
static int label_cols(const struct query *q, int t, int out[2])
{
    const struct schema_table *tb = &q->s->tables[t];
    static const char *const exact[] = {"name", "title", "full_name", "fullname", "label"};
    for (size_t e = 0; e < sizeof exact / sizeof exact[0]; e++) {
        int c = nl_find_column(tb, exact[e]);
        if (c >= 0) {
            out[0] = c;
            return 1;
        }
    }
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n == 2 && strcmp(cn->stem[1], "name") == 0 &&
            strcmp(cn->stem[0], q->ns->tables[t].stem[q->ns->tables[t].n - 1]) == 0 &&
            tb->cols[c].type == SCHEMA_TYPE_TEXT) {
            out[0] = (int)c;
            return 1;
        }
    }
    int fn = nl_find_column(tb, "first_name"), ln = nl_find_column(tb, "last_name");
    if (fn >= 0 && ln >= 0) {
        out[0] = fn;
        out[1] = ln;
        return 2;
    }
    for (size_t c = 0; c < tb->n_cols; c++) {
        if (tb->cols[c].type == SCHEMA_TYPE_TEXT && !col_is_key(q, (int)t, (int)c)) {
            out[0] = (int)c;
            return 1;
        }
    }
    return 0;
}

/* The date column of a table: the only one, or the one named after the table ("order_date" in
 * orders), or the first. -1 when none. */
static int date_col(const struct query *q, int t, int *ambiguous)
{
    const struct schema_table *tb = &q->s->tables[t];
    const struct nl_name *tn = &q->ns->tables[t];
    int first = -1, named = -1, count = 0;
    for (size_t c = 0; c < tb->n_cols; c++) {
        if (tb->cols[c].type != SCHEMA_TYPE_DATE)
            continue;
        count++;
        if (first < 0)
            first = (int)c;
        if (named < 0 && tn->n && col_has_word(q, t, (int)c, tn->stem[tn->n - 1]))
            named = (int)c;
    }
    *ambiguous = count > 1 && named < 0;
    return named >= 0 ? named : first;
}

/* A price-like column for "expensive" / "cheap": price, then cost. */
static int price_col(const struct query *q, int t)
{
    static const char *const words[] = {"price", "cost", "amount", "fee"};
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t c = 0; c < tb->n_cols; c++)
            if (col_is_numeric(q, t, (int)c) && col_has_word(q, t, (int)c, words[w]))
                return (int)c;
    return -1;
}

/* quantity and price columns of one table, for revenue = SUM(quantity * price) */
static int revenue_cols(const struct query *q, int t, int *qc, int *pc)
{
    static const char *const qty[] = {"quantiti", "qty", "unit"};
    const struct schema_table *tb = &q->s->tables[t];
    *qc = *pc = -1;
    for (size_t w = 0; w < sizeof qty / sizeof qty[0] && *qc < 0; w++)
        for (size_t c = 0; c < tb->n_cols && *qc < 0; c++)
            if (col_is_numeric(q, t, (int)c) && !col_is_key(q, t, (int)c) &&
                col_has_word(q, t, (int)c, qty[w]) && !col_has_word(q, t, (int)c, "price"))
                *qc = (int)c;
    for (size_t c = 0; c < tb->n_cols && *pc < 0; c++)
        if (col_is_numeric(q, t, (int)c) && col_has_word(q, t, (int)c, "price"))
            *pc = (int)c;
    return *qc >= 0 && *pc >= 0;
}

/* ---- foreign-key graph ---- */

static int bfs_alloc(struct bfs *b, size_t n)
{
    b->dist = calloc(n ? n : 1, sizeof *b->dist);
    b->npaths = calloc(n ? n : 1, sizeof *b->npaths);
    b->via = calloc(n ? n : 1, sizeof *b->via);
    return b->dist && b->npaths && b->via ? 0 : -1;
}

static void bfs_free(struct bfs *b)
{
    free(b->dist);
    free(b->npaths);
    free(b->via);
}

/* Shortest paths from table `from` over FK edges in both directions, in schema order so the
 * result is deterministic. Self-references (manager_id) are not used for joins. */
static void bfs_run(const struct query *q, struct bfs *b, int from)
{
    size_t nt = q->s->n_tables;
    int *queue = b->npaths; /* reuse nothing: allocate a small queue on the heap would cost; */
    (void)queue;
    for (size_t t = 0; t < nt; t++) {
        b->dist[t] = -1;
        b->npaths[t] = 0;
    }
    if (from < 0)
        return;
    b->dist[from] = 0;
    b->npaths[from] = 1;
    for (int d = 0;; d++) {
        int grew = 0;
        for (size_t x = 0; x < nt; x++) {
            if (b->dist[x] != d)
                continue;
            for (size_t y = 0; y < nt; y++) {
                if (y == x)
                    continue;
                for (int dir = 0; dir < 2; dir++) {
                    size_t owner = dir == 0 ? x : y, other = dir == 0 ? y : x;
                    const struct schema_table *ot = &q->s->tables[owner];
                    for (size_t c = 0; c < ot->n_cols; c++) {
                        size_t fi = q->ns->col_base[owner] + c;
                        if (q->ns->fk_target[fi] != (int)other)
                            continue;
                        if (b->dist[y] == -1) {
                            b->dist[y] = d + 1;
                            b->npaths[y] = 0;
                            b->via[y] = (struct edge){(int)x, (int)y, (int)owner, (int)c,
                                                      q->ns->fk_target_col[fi]};
                            grew = 1;
                        }
                        if (b->dist[y] == d + 1) {
                            b->npaths[y] += b->npaths[x];
                            if (b->npaths[y] > 2)
                                b->npaths[y] = 2;
                        }
                    }
                }
            }
        }
        if (!grew)
            break;
    }
}

static int distance(const struct query *q, int a, int b)
{
    struct bfs tmp;
    int d = -1;
    if (a == b)
        return 0;
    if (bfs_alloc(&tmp, q->s->n_tables) == 0) {
        bfs_run(q, &tmp, a);
        d = tmp.dist[b];
    }
    bfs_free(&tmp);
    return d;
}

/* ---- interpretation: one pass over the spans ---- */

static int next_content(const struct query *q, size_t i)
{
    for (size_t k = i + 1; k < q->n; k++)
        if (q->sp[k].kind != NL_SPAN_STOPWORD)
            return (int)k;
    return -1;
}

static int prev_content(const struct query *q, size_t i)
{
    for (size_t k = i; k-- > 0;)
        if (q->sp[k].kind != NL_SPAN_STOPWORD)
            return (int)k;
    return -1;
}

static int span_has_table(const struct nl_span *sp, int t)
{
    for (size_t k = 0; k < sp->n_cand; k++)
        if (sp->cand[k].table == t)
            return 1;
    return 0;
}

static int span_has_col(const struct nl_span *sp, int t, int c)
{
    for (size_t k = 0; k < sp->n_cand; k++)
        if (sp->cand[k].table == t && sp->cand[k].col == c)
            return 1;
    return 0;
}

/* "the Electronics category", "category Electronics", "country is France": the name only says
 * where the value lives. */
static int qualifies_value(const struct query *q, size_t i)
{
    const struct nl_span *sp = &q->sp[i];
    int cands[2] = {i > 0 ? (int)i - 1 : -1, (int)i + 1 < (int)q->n ? (int)i + 1 : -1};
    if (sp->kind == NL_SPAN_COLUMN) {
        cands[1] = next_content(q, i);
        cands[0] = prev_content(q, i);
    }
    for (int k = 0; k < 2; k++) {
        if (cands[k] < 0 || q->sp[cands[k]].kind != NL_SPAN_VALUE)
            continue;
        const struct nl_span *v = &q->sp[cands[k]];
        for (size_t j = 0; j < sp->n_cand; j++) {
            if (sp->kind == NL_SPAN_TABLE && span_has_table(v, sp->cand[j].table))
                return 1;
            if (sp->kind == NL_SPAN_COLUMN && span_has_col(v, sp->cand[j].table, sp->cand[j].col))
                return 1;
        }
    }
    return 0;
}

static int is_year(const struct nl_span *sp)
{
    return sp->kind == NL_SPAN_NUMBER && sp->is_int && sp->num >= 1900 && sp->num <= 2100;
}

static struct filter *new_filter(struct query *q)
{
    if (q->nf >= NL_MAX_FILTERS) {
        doubt(q, P_UNSURE, "too many conditions");
        return NULL;
    }
    struct filter *f = &q->f[q->nf++];
    memset(f, 0, sizeof *f);
    f->span = -1;
    f->t = f->c = -1;
    return f;
}

static void interpret(struct query *q)
{
    enum pend pend = PEND_NONE;
    int pend_op = 0;
    struct filter *cmp = NULL; /* comparison waiting for its number or its subject */
    int cmp_subject = -1;
    char text[160];

    for (size_t i = 0; i < q->n; i++) {
        struct nl_span *sp = &q->sp[i];
        int nx = next_content(q, i);
        switch (sp->kind) {
        case NL_SPAN_STOPWORD:
            sp->used = 1;
            break;
        case NL_SPAN_LEX: {
            int arg = sp->lex->arg;
            sp->used = 1;
            switch (sp->lex->role) {
            case NL_R_COUNT:
                if (q->agg != NL_AGG_NONE && q->agg != NL_AGG_COUNT)
                    doubt(q, P_UNSURE, "two aggregations");
                q->agg = NL_AGG_COUNT;
                q->agg_span = (int)i;
                q->shape = 1;
                pend = PEND_COUNT;
                break;
            case NL_R_AGG:
                q->shape = 1;
                if (pend == PEND_MEASURE && (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) &&
                    (arg == NL_AGG_AVG || arg == NL_AGG_SUM)) {
                    /* "highest average grade": rank by an average */
                    q->rank_dir = q->agg == NL_AGG_MAX ? 1 : -1;
                    q->agg = (enum nl_agg)arg;
                } else if (q->agg != NL_AGG_NONE && q->agg != (enum nl_agg)arg) {
                    doubt(q, P_UNSURE, "two aggregations");
                } else {
                    q->agg = (enum nl_agg)arg;
                    q->agg_span = (int)i;
                }
                pend = PEND_MEASURE;
                break;
            case NL_R_GROUP:
                q->shape = 1;
                pend = PEND_GROUP;
                break;
            case NL_R_CMP:
            case NL_R_BETWEEN:
                if (sp->lex->weak && (nx < 0 || q->sp[nx].kind != NL_SPAN_NUMBER))
                    break; /* "over the years": not a comparison */
                cmp = new_filter(q);
                if (!cmp)
                    break;
                cmp->kind = FILTER_NUM;
                cmp->op = sp->lex->role == NL_R_BETWEEN ? NL_OP_BETWEEN : (enum nl_op)arg;
                cmp_subject = prev_content(q, i);
                if (cmp_subject >= 0 && q->sp[cmp_subject].kind == NL_SPAN_COLUMN &&
                    !q->sp[cmp_subject].used) {
                    cmp->span = cmp_subject;
                    q->sp[cmp_subject].used = 1;
                }
                pend = sp->lex->role == NL_R_BETWEEN ? PEND_BETWEEN : PEND_CMP;
                pend_op = (int)cmp->op;
                break;
            case NL_R_MOST:
                q->most_dir = arg;
                q->shape = 1;
                pend = PEND_MOST;
                break;
            case NL_R_TOP:
                q->has_top = 1;
                q->top_dir = arg;
                q->shape = 1;
                pend = PEND_TOP;
                break;
            case NL_R_ORDERADJ: {
                int hint = arg / 4, dir = (arg & 1) ? 1 : -1, sup = (arg & 2) != 0;
                if (!sup && pend != PEND_MOST) {
                    doubt(q, P_UNSURE, "'%s' without most/least is vague",
                          span_text(q, sp, text, sizeof text));
                    break;
                }
                if (pend == PEND_MOST)
                    dir *= q->most_dir;
                q->most_dir = 0;
                q->order_hint = hint;
                q->order_dir = dir;
                q->shape = 1;
                pend = PEND_NONE;
                break;
            }
            case NL_R_TIME:
                if (pend == PEND_GROUP || (arg & 8)) {
                    q->group = GROUP_TIME;
                    q->group_time = arg & 7;
                    q->shape = 1;
                    pend = PEND_NONE;
                } else if (nx < 0 || !is_year(&q->sp[nx])) {
                    doubt(q, P_UNSURE, "'%s' is not a grouping here",
                          span_text(q, sp, text, sizeof text));
                }
                break;
            case NL_R_QWORD:
                q->qword = 1;
                break;
            case NL_R_LIST:
                q->list = 1;
                q->shape = 1;
                break;
            case NL_R_NEG:
                doubt(q, P_WRONGISH, "negation ('%s') is not handled by tier 0",
                      span_text(q, sp, text, sizeof text));
                break;
            case NL_R_RELTIME:
                doubt(q, P_WRONGISH, "'%s' needs today's date",
                      span_text(q, sp, text, sizeof text));
                break;
            case NL_R_VAGUE:
                q->vague = 1;
                doubt(q, P_WRONGISH, "'%s' asks for a judgement, not a lookup",
                      span_text(q, sp, text, sizeof text));
                break;
            case NL_R_COMPLEX:
                doubt(q, P_UNSURE, "'%s' needs a shape tier 0 does not compose",
                      span_text(q, sp, text, sizeof text));
                break;
            case NL_R_REVENUE:
                q->revenue = 1;
                q->shape = 1;
                if (q->agg == NL_AGG_NONE)
                    q->agg = NL_AGG_SUM;
                else if (q->agg != NL_AGG_SUM)
                    doubt(q, P_UNSURE, "%s of revenue is unusual",
                          q->agg == NL_AGG_AVG ? "average" : "extreme");
                pend = PEND_NONE;
                break;
            case NL_R_DISTINCT:
                q->distinct = 1;
                break;
            case NL_R_OR:
                q->or_seen = 1;
                break;
            case NL_R_STOP:
                break;
            }
            break;
        }
        case NL_SPAN_TABLE:
            q->any_link = 1;
            sp->used = 1;
            if (sp->partial)
                doubt(q, P_SLIGHT, "'%s' matched part of a table name",
                      span_text(q, sp, text, sizeof text));
            if (sp->synonym)
                doubt(q, P_SLIGHT, "'%s' read as a synonym", span_text(q, sp, text, sizeof text));
            if (pend == PEND_COUNT) {
                q->counted_span = (int)i;
            } else if (pend == PEND_MEASURE) {
                if (q->agg == NL_AGG_SUM) { /* "total orders" */
                    q->agg = NL_AGG_COUNT;
                    q->counted_span = (int)i;
                } else if (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) {
                    /* "the largest orders": largest by what? */
                    doubt(q, P_UNSURE, "'%s' is not a measure", span_text(q, sp, text, sizeof text));
                    sp->used = 0;
                    if (q->n_mentions < NL_MAX_MENTIONS)
                        q->mentions[q->n_mentions++] = (int)i;
                } else {
                    doubt(q, P_UNSURE, "average number of '%s' is not handled",
                          span_text(q, sp, text, sizeof text));
                }
            } else if (pend == PEND_GROUP) {
                q->group = GROUP_TABLE;
                q->group_span = (int)i;
            } else if (pend == PEND_MOST) {
                q->most_span = (int)i;
            } else if (cmp && cmp->span < 0 && pend == PEND_NONE && cmp_subject == -2) {
                /* "customers with more than 5 orders" */
                q->having_span = (int)i;
                q->having_op = cmp->op;
                q->having_num = cmp->num;
                q->nf--;
                cmp = NULL;
            } else if (qualifies_value(q, i)) {
                /* "in the Electronics category" */
            } else {
                sp->used = 0;
                if (q->n_mentions < NL_MAX_MENTIONS)
                    q->mentions[q->n_mentions++] = (int)i;
            }
            pend = PEND_NONE;
            cmp_subject = -1;
            break;
        case NL_SPAN_COLUMN:
            q->any_link = 1;
            sp->used = 1;
            if (sp->synonym)
                doubt(q, P_SLIGHT, "'%s' read as a synonym", span_text(q, sp, text, sizeof text));
            if (pend == PEND_COUNT) {
                q->count_col_span = (int)i;
            } else if (pend == PEND_MEASURE || pend == PEND_MOST) {
                if (q->measure_span >= 0)
                    doubt(q, P_UNSURE, "two measures");
                q->measure_span = (int)i;
                if (pend == PEND_MOST) {
                    q->rank_dir = q->most_dir;
                    q->most_dir = 0;
                }
            } else if (pend == PEND_GROUP) {
                q->group = GROUP_COLUMN;
                q->group_span = (int)i;
            } else if (cmp && cmp->span < 0 && cmp_subject == -2) {
                cmp->span = (int)i; /* "more than 100 in price" */
                cmp = NULL;
            } else if (qualifies_value(q, i)) {
                /* "whose country is France" */
            } else if (nx >= 0 && q->sp[nx].kind == NL_SPAN_LEX &&
                       (q->sp[nx].lex->role == NL_R_CMP || q->sp[nx].lex->role == NL_R_BETWEEN)) {
                sp->used = 0; /* the comparison takes it as its subject */
            } else {
                sp->used = 0;
                if (q->n_selects < NL_MAX_SELECT)
                    q->selects[q->n_selects++] = (int)i;
            }
            pend = PEND_NONE;
            cmp_subject = -1;
            break;
        case NL_SPAN_VALUE: {
            q->any_link = 1;
            sp->used = 1;
            if (sp->synonym)
                doubt(q, P_SLIGHT, "'%s' read as a country", span_text(q, sp, text, sizeof text));
            if (sp->partial)
                doubt(q, P_SMALL, "'%s' matched a stored value only after singular/plural",
                      span_text(q, sp, text, sizeof text));
            if (pend == PEND_GROUP || pend == PEND_COUNT || pend == PEND_MEASURE)
                doubt(q, P_UNSURE, "value '%s' where a name was expected",
                      span_text(q, sp, text, sizeof text));
            struct filter *f = new_filter(q);
            if (f) {
                f->kind = FILTER_VALUE;
                f->span = (int)i;
            }
            pend = PEND_NONE;
            break;
        }
        case NL_SPAN_NUMBER: {
            sp->used = 1;
            int pv = prev_content(q, i);
            int pvs = i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD ? (int)i - 1 : -1;
            if (pend == PEND_CMP && cmp) {
                cmp->num = sp->num;
                if (cmp->span < 0)
                    cmp_subject = -2; /* subject may follow: a table (HAVING) or a column */
                else
                    cmp = NULL;
                pend = PEND_NONE;
            } else if (pend == PEND_BETWEEN && cmp) {
                cmp->num = sp->num;
                pend = PEND_CMP; /* "between 10 and 20": "and" is filler, next number closes */
                pend_op = NL_OP_BETWEEN;
                cmp->op = NL_OP_BETWEEN;
                /* the second number sets num2 below */
                cmp->num2 = cmp->num;
                cmp->n_vals = 1; /* marks "first bound seen" */
            } else if (pend == PEND_TOP) {
                q->limit = (long)sp->num;
                pend = PEND_NONE;
            } else if (is_year(sp) && pvs >= 0) {
                struct filter *f = new_filter(q);
                if (f) {
                    f->kind = FILTER_YEAR;
                    f->op = (enum nl_op)q->sp[pvs].lex->arg;
                    f->num = sp->num;
                }
            } else if (is_year(sp) && pv >= 0 && q->sp[pv].kind == NL_SPAN_LEX &&
                       q->sp[pv].lex->role == NL_R_TIME) {
                struct filter *f = new_filter(q);
                if (f) {
                    f->kind = FILTER_YEAR;
                    f->op = NL_OP_EQ;
                    f->num = sp->num;
                }
            } else if (sp->is_int && sp->num >= 1 && sp->num <= NL_MAX_LIMIT && nx >= 0 &&
                       (q->sp[nx].kind == NL_SPAN_TABLE ||
                        (q->sp[nx].kind == NL_SPAN_LEX &&
                         (q->sp[nx].lex->role == NL_R_MOST || q->sp[nx].lex->role == NL_R_ORDERADJ ||
                          q->sp[nx].lex->role == NL_R_AGG)))) {
                q->limit = (long)sp->num; /* "the 3 most expensive", "10 latest orders" */
            } else {
                sp->used = 0;
                doubt(q, P_UNSURE, "number %s not understood", q->toks[sp->tok].word);
            }
            (void)pend_op;
            break;
        }
        case NL_SPAN_UNKNOWN: {
            size_t ul = strlen(q->unknown);
            if (ul + strlen(q->toks[sp->tok].word) + 3 < sizeof q->unknown)
                snprintf(q->unknown + ul, sizeof q->unknown - ul, "%s%s", ul ? " " : "",
                         q->toks[sp->tok].word);
            doubt(q, P_UNSURE, "'%s' not understood", q->toks[sp->tok].word);
            break;
        }
        }
    }
    /* a BETWEEN keeps its first bound in num2 until the second arrives: fix the order */
    for (size_t k = 0; k < q->nf; k++) {
        struct filter *f = &q->f[k];
        if (f->kind == FILTER_NUM && f->op == NL_OP_BETWEEN) {
            double lo = f->num2, hi = f->num;
            f->num = lo < hi ? lo : hi;
            f->num2 = lo < hi ? hi : lo;
            f->n_vals = 0;
        }
    }
    if (pend == PEND_COUNT || pend == PEND_MEASURE || pend == PEND_GROUP || pend == PEND_MOST ||
        pend == PEND_CMP || pend == PEND_BETWEEN)
        doubt(q, P_UNSURE, "a word expecting a name has none after it");
}
