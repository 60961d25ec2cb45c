/* nl tier 0: interprets the linked question (count, aggregate, group, filter, rank, list) and
 * composes one SQL query for the schema's dialect, with joins along the shortest foreign-key path.
 *
 * The rule that matters most: answer only when sure. Confidence starts at 1 and every doubt —
 * an unknown word, an ambiguous link, a guessed join, a shape tier 0 does not really handle —
 * takes a fixed amount off, with the reason kept for explain. Anything below 0.8 goes to a model,
 * so one unexplained content word is enough to hand a question over. */
#include <libstemmer.h>
#include <stdarg.h>
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
            PEND_MOST, PEND_TOP, PEND_ORDER };

enum group_kind { GROUP_NONE = 0, GROUP_TABLE, GROUP_COLUMN, GROUP_TIME };

enum filter_kind { FILTER_VALUE = 0, FILTER_NUM, FILTER_YEAR, FILTER_NOTNULL, FILTER_ANTI };

struct filter {
    enum filter_kind kind;
    int span;         /* VALUE: the value span; NUM: the subject column span or -1 */
    int t, c;         /* resolved column */
    enum nl_op op;
    const char *vals[NL_MAX_CANDS];
    size_t n_vals;
    double num, num2;
    const char *implied; /* NUM: the column word of "older than" & co. */
    double more_nums[3]; /* NUM with op IN: "2014 or 2015" (num, then these) */
    int percent;         /* NUM: written "10%" */
    int flag;            /* NUM: a yes/no column set (num 1) or not (num 0) */
    int t2, c2;          /* ANTI: t.c NOT IN (SELECT t2.c2 FROM t2) */
    size_t n_more_nums;
    int near_table;      /* NUM: the table span said last before the comparison, or -1 */
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
    enum nl_agg more_aggs[3]; /* "the average and maximum age": the others, same measure */
    size_t n_more_aggs;
    int agg_span;
    int measure_span;     /* column measured */
    int revenue;          /* measure is quantity * price */
    int rev_t, rev_q, rev_p;
    int rev_d;            /* a discount column holding fractions, or -1 */
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
    double having_num, having_num2; /* BETWEEN: num2 is the upper bound */
    int mentions[NL_MAX_MENTIONS];
    size_t n_mentions;
    int selects[NL_MAX_SELECT];
    size_t n_selects;
    struct filter f[NL_MAX_FILTERS];
    size_t nf;
    int qword, list, vague, or_seen, distinct, any_link, shape;
    int taken_col;        /* a column span a number before it already filtered ("4 cylinders") */
    int anti_span;        /* "customers without orders": the table whose rows must not exist */
    int anti_from;        /* spans after the negation up to anti_span are read with it */
    int sort_seen;        /* "ordered by", "in descending order" */
    int sort_span;        /* the sort key column, -1 */
    int sort_dir;         /* +1 descending, -1 ascending, 0 not said */
    int sort_alpha;       /* "alphabetically": by the listed names */
    int sort_adj;         /* "from the oldest": enum nl_hint + 1, times the adjective's dir */
    char unknown[128];
    int unk[16];          /* unknown words, judged once the query is built (settle_unknowns) */
    size_t n_unk;

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

/* The columns that name a row: name/title, else first_name + last_name, else (when !strict)
 * the first text column that is not a key. Returns how many (0..2). */
static int label_cols(const struct query *q, int t, int out[2], int strict)
{
    const struct schema_table *tb = &q->s->tables[t];
    static const char *const exact[] = {"name", "full_name", "fullname"};
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
    /* a column named like its table: airlines.airline, cartoon.cartoon */
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t c = 0; tn->n && c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n == tn->n && tb->cols[c].type == SCHEMA_TYPE_TEXT && !col_is_key(q, t, (int)c)) {
            size_t k = 0;
            while (k < cn->n && strcmp(cn->stem[k], tn->stem[k]) == 0)
                k++;
            if (k == cn->n) {
                out[0] = (int)c;
                return 1;
            }
        }
    }
    int fn = -1, ln = -1; /* first_name, FirstName, fname ... */
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n == 2 && strcmp(cn->stem[1], "name") == 0 && strcmp(cn->stem[0], "first") == 0)
            fn = fn < 0 ? (int)c : fn;
        if (cn->n == 2 && strcmp(cn->stem[1], "name") == 0 && strcmp(cn->stem[0], "last") == 0)
            ln = ln < 0 ? (int)c : ln;
    }
    if (fn >= 0 && ln >= 0) {
        out[0] = fn;
        out[1] = ln;
        return 2;
    }
    /* after the person names: an employee's title is a job, a course's title is its name */
    static const char *const later[] = {"title", "label"};
    for (size_t e = 0; e < sizeof later / sizeof later[0]; e++) {
        int c = nl_find_column(tb, later[e]);
        if (c >= 0) {
            out[0] = c;
            return 1;
        }
    }
    for (size_t c = 0; !strict && c < tb->n_cols; c++) {
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

/* A column that holds numbers: declared numeric, or text whose sampled values all read as
 * numbers ("Year" text holding 2014, 2015). */
static int col_holds_numbers(const struct query *q, int t, int c)
{
    if (col_is_numeric(q, t, c))
        return 1;
    const struct schema_column *col = col_of(q, t, c);
    if (col->type != SCHEMA_TYPE_TEXT || col->n_samples == 0)
        return 0;
    for (size_t k = 0; k < col->n_samples; k++) {
        char *end = NULL;
        (void)strtod(col->samples[k], &end);
        if (end == col->samples[k] || *end != '\0')
            return 0;
    }
    return 1;
}

/* The one numeric column of table t whose name has the word `stem` ("age" -> pet_age), or -1
 * (none, or several). */
static int implied_col(const struct query *q, int t, const char *stem)
{
    const struct schema_table *tb = &q->s->tables[t];
    int found = -1;
    for (size_t c = 0; c < tb->n_cols; c++)
        if (col_holds_numbers(q, t, (int)c) && !col_is_key(q, t, (int)c) &&
            col_has_word(q, t, (int)c, stem)) {
            if (found >= 0)
                return -1;
            found = (int)c;
        }
    return found;
}

/* A column named just "age" that a schema declared as text ("Age" text holding 32, 29 ...):
 * good enough to rank by, with a doubt; -1 when none. */
static int text_age_col(struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++)
        if (strcasecmp(tb->cols[c].name, "age") == 0 && !col_is_numeric(q, t, (int)c)) {
            doubt(q, P_SLIGHT, "%s.%s holds numbers as text", tb->name, tb->cols[c].name);
            return (int)c;
        }
    return -1;
}

/* A year kept as a number ("Year", "IndepYear", "year_of_founded"), when the table has no date
 * column: the only column of numbers with "year" in its name, or -1. */
static int year_col(const struct query *q, int t)
{
    int amb;
    return date_col(q, t, &amb) >= 0 ? -1 : implied_col(q, t, "year");
}

/* A birth date for "oldest" / "youngest". */
static int birth_col(const struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++)
        if (tb->cols[c].type == SCHEMA_TYPE_DATE &&
            (col_has_word(q, t, (int)c, "birth") || col_has_word(q, t, (int)c, "dob") ||
             col_has_word(q, t, (int)c, "born")))
            return (int)c;
    return -1;
}

/* A yes/no column (declared BOOLEAN, or numeric holding only 0 and 1): "how many discontinued
 * products" means rows where it is set, not COUNT(DISTINCT flag), which tier 0 would write. */
/* The stored forms of yes and no a yes/no column may hold. */
static const char *const flag_pairs[][2] = {
    {"1", "0"}, {"T", "F"}, {"Y", "N"}, {"yes", "no"}, {"true", "false"}, {"t", "f"}, {"y", "n"},
};

/* Which pair (index into flag_pairs) a yes/no column's sampled values come from, or -1 when the
 * column is not a yes/no column. A declared BOOLEAN with no samples reads as 1/0. */
static int flag_pair(const struct query *q, int t, int c)
{
    const struct schema_column *col = &q->s->tables[t].cols[c];
    int declared = col->decl_type && strcasestr(col->decl_type, "BOOL") != NULL;
    if (col->pk || col->fk_table || col->n_samples > 2 || (col->n_samples == 0 && !declared))
        return declared ? 0 : -1;
    for (size_t p = 0; p < sizeof flag_pairs / sizeof flag_pairs[0]; p++) {
        int all = 1;
        for (size_t k = 0; k < col->n_samples && all; k++)
            all = strcasecmp(col->samples[k], flag_pairs[p][0]) == 0 ||
                  strcasecmp(col->samples[k], flag_pairs[p][1]) == 0;
        if (all && (p == 0 || !col_is_numeric(q, t, c)))
            return (int)p;
    }
    return declared ? 0 : -1;
}

static int col_is_flag(const struct query *q, int t, int c)
{
    return flag_pair(q, t, c) >= 0;
}

static void flag_count_doubt(struct query *q, int t, int c)
{
    const struct schema_column *col = &q->s->tables[t].cols[c];
    if (col_is_flag(q, t, c))
        doubt(q, P_WRONGISH, "%s is a yes/no flag: counting its distinct values is not meant",
              col->name);
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
                col_has_word(q, t, (int)c, qty[w]) && !col_has_word(q, t, (int)c, "price") &&
                !col_has_word(q, t, (int)c, "cost")) /* unit_cost is money, not a quantity */
                *qc = (int)c;
    for (size_t c = 0; c < tb->n_cols && *pc < 0; c++)
        if (col_is_numeric(q, t, (int)c) && col_has_word(q, t, (int)c, "price"))
            *pc = (int)c;
    return *qc >= 0 && *pc >= 0;
}

/* A discount kept as a fraction of the price next to the revenue columns: a numeric column named
 * discount whose sampled values all lie in [0, 1). -1 when none (an amount, or no samples, is not
 * guessed at). */
static int discount_col(const struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct schema_column *col = &tb->cols[c];
        if (!col_is_numeric(q, t, (int)c) || !col_has_word(q, t, (int)c, "discount") ||
            col->n_samples == 0)
            continue;
        int fraction = 1;
        for (size_t k = 0; k < col->n_samples && fraction; k++) {
            double v = strtod(col->samples[k], NULL);
            fraction = v >= 0.0 && v < 1.0;
        }
        if (fraction)
            return (int)c;
    }
    return -1;
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

/* Table t is the search's start or reached from it only through FKs the nearer side owns (each
 * start row joins at most one row of t), in search b. */
static int many_to_one_in(const struct bfs *b, int t)
{
    for (int hops = 0; t >= 0 && b->dist[t] > 0 && hops < 64; hops++) {
        const struct edge *e = &b->via[t];
        if (e->owner != e->from)
            return 0;
        t = e->from;
    }
    return t >= 0 && b->dist[t] == 0;
}

/* The same from main, per the last bfs_run from main. */
static int many_to_one(const struct query *q, int t)
{
    return many_to_one_in(&q->bfs, t);
}

/* Each row of `from` joins at most one row of `to` (only FKs owned on the way out). */
static int many_to_one_from(const struct query *q, int from, int to)
{
    struct bfs b; /* its own search: q->bfs belongs to the shape being resolved */
    int r = 0;
    if (bfs_alloc(&b, q->s->n_tables) == 0) {
        bfs_run(q, &b, from);
        r = many_to_one_in(&b, to);
    }
    bfs_free(&b);
    return r;
}

/* Some FK on the path from main to t (per the last bfs_run) may be NULL: an inner join drops
 * those rows. */
static int path_nullable(const struct query *q, int t)
{
    for (int hops = 0; t >= 0 && q->bfs.dist[t] > 0 && hops < 64; hops++) {
        const struct edge *e = &q->bfs.via[t];
        if (!col_of(q, e->owner, e->col)->notnull)
            return 1;
        t = e->from;
    }
    return 0;
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

static int linked_before(const struct query *q, size_t i)
{
    for (size_t k = 0; k < i; k++)
        if (q->sp[k].kind == NL_SPAN_TABLE || q->sp[k].kind == NL_SPAN_COLUMN ||
            q->sp[k].kind == NL_SPAN_VALUE)
            return 1;
    return 0;
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

/* Keeps only the candidates of span `a` that `keep` accepts against span `b`. */
static void narrow(struct nl_span *a, const struct nl_span *b, int by_column)
{
    size_t n = 0;
    for (size_t k = 0; k < a->n_cand; k++) {
        int ok = by_column ? span_has_col(b, a->cand[k].table, a->cand[k].col)
                           : span_has_table(b, a->cand[k].table);
        if (ok)
            a->cand[n++] = a->cand[k];
    }
    if (n)
        a->n_cand = n;
}

/* "the Electronics category", "category Electronics", "country is France": the name only says
 * where the value lives, and narrows the value to that table or column. */
/* The value v lives in columns whose names hold every word of the column phrase sp though sp
 * did not link to them ("description" before a value of Template_Type_Description): narrows v
 * to those columns and returns 1. */
static int value_col_named(struct query *q, const struct nl_span *sp, struct nl_span *v)
{
    for (size_t j = 0; j < sp->n_cand; j++)
        if (span_has_col(v, sp->cand[j].table, sp->cand[j].col))
            return 0; /* the plain case */
    size_t n = 0;
    for (size_t k = 0; k < v->n_cand; k++) {
        int all = v->cand[k].col >= 0;
        for (size_t w = 0; all && w < sp->len; w++)
            all = col_has_word(q, v->cand[k].table, v->cand[k].col, q->toks[sp->tok + w].stem);
        if (all)
            v->cand[n++] = v->cand[k];
    }
    if (n == 0)
        return 0;
    v->n_cand = n;
    return 1;
}

static int qualifies_value(struct query *q, size_t i)
{
    struct nl_span *sp = &q->sp[i];
    int cands[2] = {i > 0 ? (int)i - 1 : -1, (int)i + 1 < (int)q->n ? (int)i + 1 : -1};
    if (sp->kind == NL_SPAN_COLUMN) {
        cands[1] = next_content(q, i);
        cands[0] = prev_content(q, i);
        if (cands[1] >= 0 && q->sp[cands[1]].kind == NL_SPAN_LEX &&
            q->sp[cands[1]].lex->role == NL_R_NEG)
            cands[1] = next_content(q, (size_t)cands[1]); /* "whose country is not France" */
    }
    for (int k = 0; k < 2; k++) {
        if (cands[k] < 0 || q->sp[cands[k]].kind != NL_SPAN_VALUE)
            continue;
        struct nl_span *v = &q->sp[cands[k]];
        if (sp->kind == NL_SPAN_COLUMN && value_col_named(q, sp, v))
            return 1; /* "the description 'Book'" in Template_Type_Description */
        for (size_t j = 0; j < sp->n_cand; j++) {
            int by_column = sp->kind == NL_SPAN_COLUMN;
            if ((!by_column && span_has_table(v, sp->cand[j].table)) ||
                (by_column && span_has_col(v, sp->cand[j].table, sp->cand[j].col))) {
                narrow(v, sp, by_column);
                narrow(sp, v, by_column);
                return 1;
            }
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
    f->near_table = -1;
    return f;
}

/* "number of" at span i is the start of a column's name: the next span is a numeric column
 * whose name has the word number/num, right after an aggregate, a sort or a comparison word,
 * or after "whose". */
static int count_is_column(const struct query *q, size_t i, enum pend pend)
{
    const struct nl_span *sp = &q->sp[i];
    if (strcmp(sp->lex->phrase, "number of") != 0 || i + 1 >= q->n)
        return 0;
    const struct nl_span *c = &q->sp[i + 1];
    if (c->kind != NL_SPAN_COLUMN)
        return 0;
    int named = 0;
    for (size_t k = 0; k < c->n_cand && !named; k++)
        named = col_is_numeric(q, c->cand[k].table, c->cand[k].col) &&
                !col_is_key(q, c->cand[k].table, c->cand[k].col) &&
                (col_has_word(q, c->cand[k].table, c->cand[k].col, "number") ||
                 col_has_word(q, c->cand[k].table, c->cand[k].col, "num"));
    if (!named)
        return 0;
    int whose = i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD && q->sp[i - 1].lex &&
            (strcmp(q->sp[i - 1].lex->phrase, "whose") == 0 ||
             strcmp(q->sp[i - 1].lex->phrase, "with") == 0);
    return pend == PEND_MEASURE || pend == PEND_ORDER || pend == PEND_MOST || pend == PEND_CMP ||
           whose;
}

/* Column predicates for span_any(). */
static int col_number_value(const struct query *q, int t, int c)
{
    return col_holds_numbers(q, t, c) && !col_is_key(q, t, c);
}

static int col_is_date(const struct query *q, int t, int c)
{
    return col_of(q, t, c)->type == SCHEMA_TYPE_DATE;
}

static int col_number_key(const struct query *q, int t, int c)
{
    return col_is_key(q, t, c) && col_of(q, t, c)->type == SCHEMA_TYPE_INTEGER;
}

/* Some column candidate of span i satisfies pred. */
static int span_any(const struct query *q, int i, int (*pred)(const struct query *, int t, int c))
{
    const struct nl_span *sp = &q->sp[i];
    for (size_t k = 0; k < sp->n_cand; k++)
        if (sp->cand[k].col >= 0 && pred(q, sp->cand[k].table, sp->cand[k].col))
            return 1;
    return 0;
}

/* v could be stored in some candidate column of span i: within a generous range around the
 * column's sampled values (any value when nothing was sampled). */
static int span_plausible_number(const struct query *q, int i, double v)
{
    const struct nl_span *sp = &q->sp[i];
    for (size_t k = 0; k < sp->n_cand; k++) {
        if (sp->cand[k].col < 0)
            continue;
        const struct schema_column *col = col_of(q, sp->cand[k].table, sp->cand[k].col);
        if (col->n_samples == 0)
            return 1;
        double lo = 0, hi = 0;
        int any = 0;
        for (size_t j = 0; j < col->n_samples; j++) {
            char *end = NULL;
            double x = strtod(col->samples[j], &end);
            if (end == col->samples[j])
                continue;
            lo = any && lo < x ? lo : x;
            hi = any && hi > x ? hi : x;
            any = 1;
        }
        if (!any || (v >= (lo > 0 ? lo / 2 : lo * 2) - 1 && v <= (hi > 0 ? hi * 2 : hi / 2) + 1))
            return 1;
    }
    return 0;
}

/* Every sampled value of the column lies in [0, 1]: a share kept as a fraction. */
static int col_holds_fractions(const struct query *q, int t, int c)
{
    const struct schema_column *col = col_of(q, t, c);
    if (!col_is_numeric(q, t, c) || col->n_samples == 0)
        return 0;
    for (size_t k = 0; k < col->n_samples; k++) {
        double v = strtod(col->samples[k], NULL);
        if (v < 0 || v > 1)
            return 0;
    }
    return 1;
}

/* Removes span i from the columns to show. */
static void unselect(struct query *q, int i)
{
    for (size_t k = 0; k < q->n_selects; k++)
        if (q->selects[k] == i) {
            memmove(q->selects + k, q->selects + k + 1,
                    (q->n_selects - k - 1) * sizeof q->selects[0]);
            q->n_selects--;
            return;
        }
}

/* A number right next to a numeric column is an equality on it: "4 cylinders" (the column after)
 * or "year 2014" (the column before); a number after "or" right after such a filter joins it
 * ("2014 or 2015", "32 or 33"). Returns 1 when span i became (part of) a filter. */
static int number_filter(struct query *q, size_t i)
{
    struct nl_span *sp = &q->sp[i];
    if (q->nf > 0 && i >= 2 && q->sp[i - 1].kind == NL_SPAN_LEX &&
        q->sp[i - 1].lex->role == NL_R_OR && q->sp[i - 2].kind == NL_SPAN_NUMBER) {
        struct filter *f = &q->f[q->nf - 1];
        if ((f->kind == FILTER_NUM || (f->kind == FILTER_YEAR && is_year(sp))) &&
            (f->op == NL_OP_EQ || f->op == NL_OP_IN) &&
            f->n_more_nums < sizeof f->more_nums / sizeof f->more_nums[0] &&
            f->num == q->sp[i - 2].num) {
            f->more_nums[f->n_more_nums++] = sp->num;
            f->op = NL_OP_IN;
            q->or_seen = 0; /* the "or" is inside one condition */
            return 1;
        }
        for (size_t k = 0; f->op == NL_OP_IN && k < f->n_more_nums; k++)
            if (f->more_nums[k] == q->sp[i - 2].num && f->n_more_nums < 3) {
                f->more_nums[f->n_more_nums++] = sp->num;
                return 1;
            }
    }
    int col = -1;
    if (i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_COLUMN &&
        span_any(q, (int)i + 1, col_number_value))
        col = (int)i + 1;
    else if (i > 0 && q->sp[i - 1].kind == NL_SPAN_COLUMN && !q->sp[i - 1].used &&
             (span_any(q, (int)i - 1, col_number_value) ||
              span_any(q, (int)i - 1, col_number_key)))
        col = (int)i - 1; /* "year 2014", "customer id 42" */
    else if (i > 1 && q->sp[i - 1].kind == NL_SPAN_STOPWORD &&
             strcmp(q->sp[i - 1].lex->phrase, "of") == 0 && q->sp[i - 2].kind == NL_SPAN_COLUMN &&
             !q->sp[i - 2].used && span_any(q, (int)i - 2, col_number_value))
        col = (int)i - 2; /* "a population of 80000" */
    if (col < 0 || !(span_any(q, col, col_number_key) || span_plausible_number(q, col, sp->num) ||
                     (sp->percent && span_plausible_number(q, col, sp->num / 100.0))))
        return 0; /* "list 3 salaries": a count of rows, not a salary of 3 */
    struct filter *f = new_filter(q);
    if (!f)
        return 0;
    f->kind = FILTER_NUM;
    f->op = NL_OP_EQ;
    f->num = sp->num;
    f->percent = sp->percent;
    f->span = col;
    q->sp[col].used = 1;
    if (col > (int)i)
        q->taken_col = col;
    else
        unselect(q, col);
    return 1;
}

/* The value a "not" at span i negates: the next content span, past one column that names the
 * value's column ("do not have the nationality USA") or one relation verb ("do not use
 * English"); -1 when none. */
static int negated_value(const struct query *q, size_t i)
{
    int nx = next_content(q, i), col = -1;
    if (nx >= 0 && q->sp[nx].kind == NL_SPAN_COLUMN)
        col = nx;
    if (nx >= 0 && (col >= 0 || (q->sp[nx].kind == NL_SPAN_UNKNOWN &&
                                 nl_lex_relation_verb(q->toks[q->sp[nx].tok].word))))
        nx = next_content(q, (size_t)nx);
    if (nx < 0 || q->sp[nx].kind != NL_SPAN_VALUE)
        return -1;
    /* "not discontinued belong to Furniture": a column between the "not" and a value only
     * qualifies it when the value is stored in that column */
    for (size_t k = 0; col >= 0 && k < q->sp[col].n_cand; k++)
        if (span_has_col(&q->sp[nx], q->sp[col].cand[k].table, q->sp[col].cand[k].col))
            return nx;
    return col >= 0 ? -1 : nx;
}

static int is_copula(const char *w);

/* Span i is a yes/no column used as a word about its rows: right before its table's name
 * ("discontinued products") or after a verb "to be" that follows it ("products that are [not]
 * discontinued"). Returns the table, or -1. */
static int flag_word(const struct query *q, size_t i)
{
    const struct nl_span *sp = &q->sp[i];
    if (sp->kind != NL_SPAN_COLUMN || sp->n_cand != 1 ||
        !col_is_flag(q, sp->cand[0].table, sp->cand[0].col))
        return -1;
    int t = sp->cand[0].table, nx = next_content(q, i);
    if (nx >= 0 && q->sp[nx].kind == NL_SPAN_TABLE && span_has_table(&q->sp[nx], t))
        return t;
    size_t k = i;
    if (k > 0 && q->sp[k - 1].kind == NL_SPAN_LEX && q->sp[k - 1].lex->role == NL_R_NEG)
        k--;
    if (k == 0 || q->sp[k - 1].kind != NL_SPAN_STOPWORD || !is_copula(q->sp[k - 1].lex->phrase))
        return -1;
    for (size_t j = 0; j + 1 < k; j++)
        if (q->sp[j].kind == NL_SPAN_TABLE && span_has_table(&q->sp[j], t))
            return t;
    return -1;
}

/* Keeps only candidate k of span sp. */
static void narrow_to(struct nl_span *sp, int k)
{
    sp->cand[0] = sp->cand[k];
    sp->n_cand = 1;
}

/* WHERE flag = 1 (or 0 when negated) for the flag word at span i; 0, or -1 when full. */
static int flag_filter(struct query *q, size_t i, int negated)
{
    struct filter *f = new_filter(q);
    if (!f)
        return -1;
    f->kind = FILTER_NUM;
    f->op = NL_OP_EQ;
    f->num = negated ? 0 : 1;
    f->flag = 1;
    f->span = (int)i;
    return 0;
}

/* "customers without orders", "singers with no songs", "museums that were never visited",
 * "teachers who do not teach any course": after the negation at span i, at most three spans
 * of filler, relation verbs or "any"/"ever", then a table. Returns that table's span, or -1. */
static int absent_table(const struct query *q, size_t i)
{
    const char *neg = q->sp[i].lex->phrase;
    if (strcmp(neg, "without") != 0 && strcmp(neg, "no") != 0 && strcmp(neg, "never") != 0 &&
        strcmp(neg, "not") != 0)
        return -1;
    for (size_t k = i + 1, skipped = 0; k < q->n && skipped <= 3; k++) {
        const struct nl_span *sp = &q->sp[k];
        if (sp->kind == NL_SPAN_TABLE && sp->n_cand != 1)
            return -1;
        if (sp->kind == NL_SPAN_TABLE) {
            /* "not enrolled in any course": the table after the verb-like one */
            size_t j = k + 1;
            while (j < q->n && j <= k + 3 &&
                   (q->sp[j].kind == NL_SPAN_STOPWORD ||
                    (q->sp[j].kind == NL_SPAN_LEX && strcmp(q->sp[j].lex->phrase, "any") == 0)))
                j++;
            if (j < q->n && j > k + 1 && q->sp[j].kind == NL_SPAN_TABLE && q->sp[j].n_cand == 1)
                return (int)j;
            return (int)k;
        }
        int filler = sp->kind == NL_SPAN_STOPWORD ||
                     (sp->kind == NL_SPAN_UNKNOWN &&
                      nl_lex_relation_verb(q->toks[sp->tok].word)) ||
                     (sp->kind == NL_SPAN_LEX && (strcmp(sp->lex->phrase, "any") == 0 ||
                                                  strcmp(sp->lex->phrase, "ever") == 0));
        if (!filler)
            return -1;
        skipped += sp->kind != NL_SPAN_STOPWORD;
    }
    return -1;
}

/* The "or more" at span i follows a number. */
static int ormore_taken(const struct query *q, size_t i)
{
    int pv = prev_content(q, i);
    return pv >= 0 && q->sp[pv].kind == NL_SPAN_NUMBER;
}

static int span_table(const struct query *q, int i);

static void interpret(struct query *q)
{
    enum pend pend = PEND_NONE;
    struct filter *cmp = NULL; /* comparison waiting for its number or its subject */
    int cmp_subject = -1;
    int neg_value = -1; /* the value span a "not" negates */
    int last_agg = -1;  /* the last aggregation word ("average, minimum and maximum") */
    char text[160];

    for (size_t i = 0; i < q->n; i++) {
        struct nl_span *sp = &q->sp[i];
        int nx = next_content(q, i);
        if (q->anti_span >= 0 && (int)i > q->anti_from && (int)i <= q->anti_span) {
            sp->used = 1; /* "never placed an order", "with no paragraphs": read with the "no" */
            continue;
        }
        switch (sp->kind) {
        case NL_SPAN_STOPWORD:
            sp->used = 1;
            break;
        case NL_SPAN_LEX: {
            int arg = sp->lex->arg;
            sp->used = 1;
            switch (sp->lex->role) {
            case NL_R_COUNT:
                if (count_is_column(q, i, pend)) {
                    /* "the maximum number of products" with a Number_products column */
                    if (pend != PEND_MEASURE && pend != PEND_ORDER && pend != PEND_MOST)
                        pend = PEND_NONE;
                    break;
                }
                if (q->agg != NL_AGG_NONE && q->agg != NL_AGG_COUNT)
                    doubt(q, P_UNSURE, "two aggregations");
                q->agg = NL_AGG_COUNT;
                q->agg_span = (int)i;
                q->shape = 1;
                pend = PEND_COUNT;
                break;
            case NL_R_AGG: {
                q->shape = 1;
                int listed = i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD &&
                             strcmp(q->sp[i - 1].lex->phrase, "and") == 0;
                int measure_agg = arg != NL_AGG_COUNT && q->agg != NL_AGG_COUNT;
                int adjacent = last_agg >= 0 && (int)i == last_agg + 1;
                last_agg = (int)i;
                int rank_of_avg = (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) &&
                                  (arg == NL_AGG_AVG || arg == NL_AGG_SUM);
                if (pend == PEND_MEASURE && q->measure_span < 0 && q->agg != NL_AGG_NONE &&
                    q->agg != (enum nl_agg)arg && measure_agg &&
                    (listed || (adjacent && !rank_of_avg))) {
                    /* "the average, minimum and maximum age": several of one measure */
                    if (q->n_more_aggs < sizeof q->more_aggs / sizeof q->more_aggs[0])
                        q->more_aggs[q->n_more_aggs++] = (enum nl_agg)arg;
                } else if (pend == PEND_MEASURE && (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) &&
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
            }
            case NL_R_GROUP:
                q->shape = 1;
                if (q->sort_seen && q->sort_span < 0 && strcmp(sp->lex->phrase, "by") == 0) {
                    pend = PEND_ORDER; /* "sort the names by age" */
                    break;
                }
                if (strcmp(sp->lex->phrase, "by") == 0 && i + 1 < q->n &&
                    q->sp[i + 1].kind == NL_SPAN_STOPWORD &&
                    (strcmp(q->sp[i + 1].lex->phrase, "a") == 0 ||
                     strcmp(q->sp[i + 1].lex->phrase, "an") == 0)) {
                    /* "placed by an employee": who did it, not a grouping */
                    doubt(q, P_UNSURE, "'by %s' names who did it, not a grouping",
                          q->sp[i + 1].lex->phrase);
                    break;
                }
                pend = PEND_GROUP;
                break;
            case NL_R_CMP:
            case NL_R_BETWEEN:
                if (sp->lex->weak && (nx < 0 || q->sp[nx].kind != NL_SPAN_NUMBER) &&
                    !(nx >= 0 && q->sp[nx].kind == NL_SPAN_COLUMN &&
                      next_content(q, (size_t)nx) >= 0 &&
                      q->sp[next_content(q, (size_t)nx)].kind == NL_SPAN_NUMBER))
                    break; /* "over the years": not a comparison ("above age 20" is one) */
                cmp = new_filter(q);
                if (!cmp)
                    break;
                cmp->kind = FILTER_NUM;
                cmp->op = sp->lex->role == NL_R_BETWEEN ? NL_OP_BETWEEN : (enum nl_op)arg;
                cmp->implied = nl_lex_implied_column(sp->lex->phrase);
                if (cmp->span < 0 && !cmp->implied && i > 0 &&
                    q->sp[i - 1].kind == NL_SPAN_STOPWORD &&
                    strcmp(q->sp[i - 1].lex->phrase, "and") == 0 && q->nf >= 2 &&
                    q->f[q->nf - 2].kind == FILTER_NUM && q->f[q->nf - 2].span >= 0 &&
                    q->f[q->nf - 2].op != NL_OP_EQ)
                    cmp->span = q->f[q->nf - 2].span; /* "at least 100 and at most 200" */
                for (int j = (int)i - 1; j >= 0 && cmp->near_table < 0; j--)
                    if (q->sp[j].kind == NL_SPAN_TABLE)
                        cmp->near_table = j;
                cmp_subject = prev_content(q, i);
                if (cmp_subject >= 0 && q->sp[cmp_subject].kind == NL_SPAN_COLUMN &&
                    !q->sp[cmp_subject].used) {
                    cmp->span = cmp_subject;
                    q->sp[cmp_subject].used = 1;
                }
                pend = sp->lex->role == NL_R_BETWEEN ? PEND_BETWEEN : PEND_CMP;
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
                if (q->sort_seen) {
                    /* "ordered by age from the oldest to the youngest": a direction */
                    if (!q->sort_adj)
                        q->sort_adj = (hint + 1) * dir;
                    break;
                }
                if (sup && hint == NL_HINT_DATE && nx == (int)i + 1 &&
                    q->sp[nx].kind == NL_SPAN_COLUMN && span_any(q, nx, col_is_date)) {
                    /* "the latest order date": the date itself */
                    q->agg = dir > 0 ? NL_AGG_MAX : NL_AGG_MIN;
                    q->agg_span = (int)i;
                    q->shape = 1;
                    pend = PEND_MEASURE;
                    break;
                }
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
                } else if ((nx < 0 || !is_year(&q->sp[nx])) &&
                           q->n_unk < sizeof q->unk / sizeof q->unk[0]) {
                    /* "the years in which they were founded" next to Year_of_Founded: judged
                     * with the unknown words, once the query is built */
                    q->unk[q->n_unk++] = (int)i;
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
                if ((strcmp(sp->lex->phrase, "not") == 0 ||
                     strcmp(sp->lex->phrase, "other than") == 0) &&
                    (neg_value = negated_value(q, i)) >= 0)
                    break; /* "not from Russia": the value's filter is negated */
                if (strcmp(sp->lex->phrase, "not") == 0 && nx >= 0 &&
                    flag_word(q, (size_t)nx) >= 0) {
                    neg_value = nx; /* "products that are not discontinued" */
                    break;
                }
                if (q->anti_span < 0 && (q->anti_span = absent_table(q, i)) >= 0) {
                    q->anti_from = (int)i; /* "customers who never ordered" */
                    break;
                }
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
                q->any_link = 1; /* resolve() checks that quantity and price columns exist */
                q->shape = 1;
                if (pend == PEND_MEASURE && (q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN)) {
                    q->rank_dir = q->agg == NL_AGG_MAX ? 1 : -1; /* "the highest revenue" */
                    q->agg = NL_AGG_SUM;
                } else if (pend == PEND_MOST) {
                    q->rank_dir = q->most_dir; /* "the most revenue" */
                    q->most_dir = 0;
                }
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
            case NL_R_ORDER:
                q->sort_seen = 1;
                q->shape = 1;
                if (arg & NL_ORD_DESC)
                    q->sort_dir = 1;
                else if (arg & NL_ORD_ASC)
                    q->sort_dir = -1;
                if (arg & NL_ORD_ALPHA)
                    q->sort_alpha = 1;
                if (arg & (NL_ORD_YOUNG | NL_ORD_OLD)) /* by age, or by a birth date */
                    q->sort_adj = (NL_HINT_AGE + 1) * ((arg & NL_ORD_OLD) ? 1 : -1);
                if (arg & NL_ORD_KEY)
                    pend = PEND_ORDER;
                break;
            case NL_R_OR:
                q->or_seen = 1;
                break;
            case NL_R_ORMORE: /* taken with its number */
                if (!ormore_taken(q, i))
                    doubt(q, P_UNSURE, "'%s' without a number before it",
                          span_text(q, sp, text, sizeof text));
                break;
            case NL_R_STOP:
                break;
            }
            break;
        }
        case NL_SPAN_TABLE:
            q->any_link = 1;
            sp->used = 1;
            if (i + 1 < q->n && q->sp[i + 1].kind == NL_SPAN_COLUMN && sp->n_cand == 1 &&
                span_has_table(&q->sp[i + 1], sp->cand[0].table) &&
                strcmp(q->toks[q->sp[i + 1].tok].stem, "name") != 0 &&
                !(pend == PEND_NONE && cmp && cmp_subject == -2) &&
                !(next_content(q, i + 1) >= 0 &&
                  q->sp[next_content(q, i + 1)].kind == NL_SPAN_VALUE)) {
                /* "store locations", "the poker player earnings": the table says whose column */
                narrow(&q->sp[i + 1], sp, 0);
                if (sp->synonym)
                    doubt(q, P_SLIGHT, "'%s' read as a synonym",
                          span_text(q, sp, text, sizeof text));
                break;
            }
            if (sp->partial)
                doubt(q, P_SLIGHT, "'%s' matched part of a table name",
                      span_text(q, sp, text, sizeof text));
            if (sp->synonym)
                doubt(q, P_SLIGHT, "'%s' read as a synonym", span_text(q, sp, text, sizeof text));
            if (pend == PEND_ORDER) {
                doubt(q, P_UNSURE, "sorted by a table");
            } else if (pend == PEND_COUNT) {
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
                q->having_num2 = cmp->num;
                if (cmp->op == NL_OP_BETWEEN) { /* the first bound waits in num2 */
                    q->having_num = cmp->num2 < cmp->num ? cmp->num2 : cmp->num;
                    q->having_num2 = cmp->num2 < cmp->num ? cmp->num : cmp->num2;
                }
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
            if ((int)i == q->taken_col)
                break;
            if (flag_word(q, i) >= 0 && (flag_filter(q, i, neg_value == (int)i) == 0)) {
                /* "discontinued products", "customers who are loyalty members": set */
                if (pend != PEND_COUNT && pend != PEND_MEASURE && pend != PEND_MOST)
                    pend = PEND_NONE;
                break;
            }
            if (sp->synonym)
                doubt(q, P_SLIGHT, "'%s' read as a synonym", span_text(q, sp, text, sizeof text));
            if (pend == PEND_CMP && cmp && cmp->span < 0 && nx >= 0 &&
                q->sp[nx].kind == NL_SPAN_NUMBER) {
                cmp->span = (int)i; /* "above age 20": the number follows */
                break;
            }
            if (pend == PEND_ORDER) {
                if (q->sort_span >= 0)
                    doubt(q, P_UNSURE, "sorted by two columns");
                q->sort_span = (int)i;
            } else if (pend == PEND_COUNT) {
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
            if (pend == PEND_GROUP || pend == PEND_TOP)
                doubt(q, P_UNSURE, "value '%s' where a name was expected",
                      span_text(q, sp, text, sizeof text));
            struct filter *f = new_filter(q);
            if (f) {
                f->kind = FILTER_VALUE;
                f->span = (int)i;
                f->op = neg_value == (int)i ? NL_OP_NE : NL_OP_EQ;
            }
            /* "how many French customers", "total quantity of Office Supplies products": the
             * value is an adjective, the count or measure still waits for its noun */
            if (pend != PEND_COUNT && pend != PEND_MEASURE && pend != PEND_MOST)
                pend = PEND_NONE;
            break;
        }
        case NL_SPAN_NUMBER: {
            sp->used = 1;
            int pv = prev_content(q, i);
            int pvs = i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD ? (int)i - 1 : -1;
            if (pend == PEND_CMP && cmp && cmp->span >= 0 && nx >= 0 &&
                q->sp[nx].kind == NL_SPAN_TABLE) {
                /* "cities that more than one employee comes from", "advisors with more than 2
                 * students": a count of the table per value, not a comparison of the value */
                q->sp[cmp->span].used = 0;
                if (q->n_selects < NL_MAX_SELECT)
                    q->selects[q->n_selects++] = cmp->span;
                cmp->span = -1;
            }
            if ((pend == PEND_NONE || (pend == PEND_GROUP && pv >= 0 && q->sp[pv].lex &&
                                       strcmp(q->sp[pv].lex->phrase, "by") == 0)) &&
                nx >= 0 && q->sp[nx].kind == NL_SPAN_LEX && q->sp[nx].lex->role == NL_R_ORMORE &&
                (cmp = new_filter(q)) != NULL) {
                pend = PEND_NONE; /* "shared by two or more": not a grouping */
                /* "2 or more paragraphs", "weight of 10 or more" */
                cmp->kind = FILTER_NUM;
                cmp->op = (enum nl_op)q->sp[nx].lex->arg;
                cmp->num = sp->num;
                int after = next_content(q, (size_t)nx);
                if (pv >= 0 && q->sp[pv].kind == NL_SPAN_COLUMN && !q->sp[pv].used &&
                    span_any(q, pv, col_number_value) &&
                    !(after >= 0 && q->sp[after].kind == NL_SPAN_TABLE)) {
                    cmp->span = pv;
                    q->sp[pv].used = 1;
                    for (size_t k = 0; k < q->n_selects; k++)
                        if (q->selects[k] == pv) {
                            q->selects[k] = q->selects[--q->n_selects];
                            break;
                        }
                    cmp = NULL;
                } else {
                    cmp_subject = -2; /* a table follows: HAVING */
                }
                break;
            }
            if (pend == PEND_CMP && cmp) {
                cmp->num = sp->num;
                cmp->percent |= sp->percent;
                if (cmp->span < 0)
                    cmp_subject = -2; /* subject may follow: a table (HAVING) or a column */
                else
                    cmp = NULL;
                pend = PEND_NONE;
            } else if (pend == PEND_BETWEEN && cmp) {
                /* "between 10 and 20": "and" is filler; the second number lands in num and
                 * the bounds are put in order after the pass */
                cmp->num = cmp->num2 = sp->num;
                pend = PEND_CMP;
            } else if (pend == PEND_TOP) {
                q->limit = (long)sp->num;
                pend = PEND_NONE;
            } else if (is_year(sp) && pvs >= 0) {
                struct filter *f = new_filter(q);
                int subj = pv >= 0 && q->sp[pv].kind == NL_SPAN_COLUMN && !q->sp[pv].used &&
                                   span_any(q, pv, col_number_value)
                               ? pv
                               : -1;
                if (f && subj >= 0) {
                    /* "whose birth year is 1948": the year-named column is the subject */
                    f->kind = FILTER_NUM;
                    f->op = (enum nl_op)q->sp[pvs].lex->arg;
                    f->num = sp->num;
                    f->span = subj;
                    q->sp[subj].used = 1;
                    unselect(q, subj);
                } else if (f) {
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
            } else if (number_filter(q, i)) {
                /* "with 4 cylinders", "in year 2014", "2014 or 2015" */
            } else {
                sp->used = 0;
                doubt(q, P_UNSURE, "number %s not understood", q->toks[sp->tok].word);
            }
            break;
        }
        case NL_SPAN_UNKNOWN: {
            size_t ul = strlen(q->unknown);
            if (ul + strlen(q->toks[sp->tok].word) + 3 < sizeof q->unknown)
                snprintf(q->unknown + ul, sizeof q->unknown - ul, "%s%s", ul ? " " : "",
                         q->toks[sp->tok].word);
            if (nl_lex_relation_verb(q->toks[sp->tok].word) && linked_before(q, i)) {
                /* "concerts that play there", "teachers who teach ...": the relation */
                sp->used = 1;
                doubt(q, P_SMALL, "'%s' read as the relation", q->toks[sp->tok].word);
                break;
            }
            if (q->n_unk < sizeof q->unk / sizeof q->unk[0])
                q->unk[q->n_unk++] = (int)i;
            else
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
        }
    }
    if (q->group == GROUP_NONE && q->distinct && q->agg == NL_AGG_COUNT && q->n_selects == 1 &&
        q->selects[0] < q->agg_span && q->counted_span > q->agg_span &&
        q->sp[q->selects[0]].n_cand > 0 && q->sp[q->selects[0]].cand[0].col >= 0 &&
        span_has_table(&q->sp[q->selects[0]], span_table(q, q->counted_span))) {
        /* "the different record companies and the number of orchestras": per company */
        q->group = GROUP_COLUMN;
        q->group_span = q->selects[0];
        narrow(&q->sp[q->group_span], &q->sp[q->counted_span], 0);
        q->sp[q->group_span].used = 1;
        q->n_selects = 0;
        q->distinct = 0;
        if (pend == PEND_GROUP)
            pend = PEND_NONE;
    }
    if (pend == PEND_GROUP && q->group == GROUP_NONE && q->n_selects == 1 &&
        q->agg != NL_AGG_NONE &&
        q->sp[q->selects[0]].n_cand > 0 && q->sp[q->selects[0]].cand[0].col >= 0) {
        /* "the template type codes and the number of templates for each": the column listed */
        q->group = GROUP_COLUMN;
        q->group_span = q->selects[0];
        q->sp[q->group_span].used = 1;
        q->n_selects = 0;
        pend = PEND_NONE;
    }
    if (q->sort_seen && q->sort_span < 0 && q->group == GROUP_COLUMN && q->agg == NL_AGG_NONE &&
        !q->has_top) {
        /* "employee names by age, youngest first": sorted by, not grouped by */
        q->sort_span = q->group_span;
        q->group = GROUP_NONE;
    }
    if (pend == PEND_COUNT || pend == PEND_MEASURE || pend == PEND_GROUP || pend == PEND_MOST ||
        pend == PEND_CMP || pend == PEND_BETWEEN || pend == PEND_ORDER)
        doubt(q, P_UNSURE, "a word expecting a name has none after it");
}

/* ---- resolution: pick one schema element for every linked phrase ---- */

/* Index of the candidate of span i nearest to table `anchor` (any candidate when anchor < 0).
 * Several equally near candidates in different columns are a doubt. */
static int pick_cand(struct query *q, int i, int anchor)
{
    struct nl_span *sp = &q->sp[i];
    char text[160];
    int best = -1, best_d = 1 << 30, tie = 0;
    for (size_t k = 0; k < sp->n_cand; k++) {
        int d = anchor < 0 ? 0 : distance(q, anchor, sp->cand[k].table);
        if (d < 0)
            continue;
        if (d < best_d) {
            best = (int)k;
            best_d = d;
            tie = 0;
        } else if (d == best_d) {
            tie = 1;
        }
    }
    if (best < 0) {
        best = 0;
        tie = 1;
    }
    if (tie)
        doubt(q, P_UNSURE, "'%s' could mean several columns", span_text(q, sp, text, sizeof text));
    else if (sp->partial && sp->kind == NL_SPAN_COLUMN && anchor >= 0 &&
             sp->cand[best].table != anchor)
        doubt(q, P_UNSURE, "'%s' matched only part of %s.%s, away from %s",
              span_text(q, sp, text, sizeof text), q->s->tables[sp->cand[best].table].name,
              q->s->tables[sp->cand[best].table].cols[sp->cand[best].col].name,
              q->s->tables[anchor].name);
    else if (anchor >= 0 && sp->cand[best].table != anchor)
        doubt(q, P_SLIGHT, "'%s' resolved to %s.%s", span_text(q, sp, text, sizeof text),
              q->s->tables[sp->cand[best].table].name,
              sp->cand[best].col >= 0
                  ? q->s->tables[sp->cand[best].table].cols[sp->cand[best].col].name
                  : "");
    return best;
}

static int span_table(const struct query *q, int i)
{
    return i >= 0 && q->sp[i].n_cand ? q->sp[i].cand[0].table : -1;
}

/* A plural noun ("customers") asks for several rows, a singular one ("customer") for one. */
static int span_plural(const struct query *q, int i)
{
    const char *w = q->toks[q->sp[i].tok + q->sp[i].len - 1].word;
    size_t n = strlen(w);
    return n > 1 && w[n - 1] == 's' && strcmp(w, q->toks[q->sp[i].tok + q->sp[i].len - 1].stem);
}

enum key_kind { KEY_NONE = 0, KEY_COUNT, KEY_OWN, KEY_AGG };

struct shape {
    int main;               /* table rows come from */
    enum nl_agg agg;        /* aggregate over main (NONE for lists) */
    int agg_t, agg_c;       /* measure column, -1 for COUNT(*) */
    int count_distinct;     /* COUNT(DISTINCT agg col) */
    int revenue;
    enum group_kind group;
    int group_t, group_c;   /* GROUP_TABLE: table (c -1); GROUP_COLUMN: column */
    int order_t, order_c;   /* ORDER BY a column; order_agg orders by the aggregate */
    int order_agg;
    int order_dir;
    long limit;
    int sel_t[NL_MAX_SELECT], sel_c[NL_MAX_SELECT];
    size_t n_sel;
    int gsel_t[NL_MAX_SELECT], gsel_c[NL_MAX_SELECT]; /* columns of the grouped table asked for */
    size_t n_gsel;
    int implicit_count;     /* "orders per year": counted though no count was asked for */
    int distinct;
    int having;
};

static int is_mention_before(const struct query *q, int mention, int span)
{
    return mention >= 0 && (span < 0 || mention < span);
}

/* The date column for year filters and time groups: main's own, else the nearest table's. */
static int find_date(struct query *q, int main, int *t_out)
{
    int amb = 0, c = date_col(q, main, &amb);
    *t_out = main;
    if (c < 0) {
        int best_d = 1 << 30;
        for (size_t t = 0; t < q->s->n_tables; t++) {
            int a2 = 0, c2 = date_col(q, (int)t, &a2);
            int d = q->bfs.dist[t];
            if (c2 >= 0 && d > 0 && d < best_d && q->bfs.via[t].owner == q->bfs.via[t].from) {
                best_d = d;
                *t_out = (int)t;
                c = c2;
                amb = a2;
            }
        }
        if (c >= 0)
            doubt(q, P_SMALL, "dated by %s.%s", q->s->tables[*t_out].name,
                  q->s->tables[*t_out].cols[c].name);
    }
    if (amb)
        doubt(q, P_UNSURE, "%s has several date columns", q->s->tables[*t_out].name);
    return c;
}

static int is_copula(const char *w)
{
    static const char *const be[] = {"is", "are", "was", "were", "be", "been"};
    for (size_t k = 0; k < sizeof be / sizeof be[0]; k++)
        if (strcmp(w, be[k]) == 0)
            return 1;
    return 0;
}

/* "list the names of singers ordered by age", "... in alphabetical order": ORDER BY on a list */
static int sort_list(struct query *q, struct shape *sh)
{
    if (q->rank || sh->agg != NL_AGG_NONE || sh->group != GROUP_NONE) {
        doubt(q, P_UNSURE, "sorting an aggregate or a ranking");
        return 0;
    }
    if (q->sort_span >= 0) {
        int k = pick_cand(q, q->sort_span, sh->main);
        sh->order_t = q->sp[q->sort_span].cand[k].table;
        sh->order_c = q->sp[q->sort_span].cand[k].col;
    } else if (q->sort_alpha && sh->n_sel) {
        sh->order_t = sh->sel_t[0];
        sh->order_c = sh->sel_c[0];
    } else if (sh->n_sel == 1 && !q->sort_adj) {
        /* "list the earnings in descending order": by the one column shown */
        sh->order_t = sh->sel_t[0];
        sh->order_c = sh->sel_c[0];
    } else if (q->sort_alpha) {
        int lab[2];
        if (label_cols(q, sh->main, lab, 1) == 0) {
            doubt(q, P_UNSURE, "alphabetical by what?");
            return -1;
        }
        sh->order_t = sh->main;
        sh->order_c = lab[0];
    } else if (q->sort_adj && (q->sort_adj > 0 ? q->sort_adj : -q->sort_adj) - 1 == NL_HINT_AGE &&
               ((sh->order_c = implied_col(q, sh->main, "age")) >= 0 ||
                (sh->order_c = birth_col(q, sh->main)) >= 0)) {
        sh->order_t = sh->main; /* "from oldest to youngest": by age, or by birth date */
    } else {
        doubt(q, P_UNSURE, "sorted by what?");
        return -1;
    }
    sh->order_dir = q->sort_dir ? q->sort_dir : -1;
    if (!q->sort_dir && q->sort_adj) {
        /* "from the oldest": by age, the largest first; by a date, the earliest first */
        int hint = (q->sort_adj > 0 ? q->sort_adj : -q->sort_adj) - 1;
        int dir = q->sort_adj > 0 ? 1 : -1;
        int is_date = col_of(q, sh->order_t, sh->order_c)->type == SCHEMA_TYPE_DATE;
        sh->order_dir = hint == NL_HINT_AGE && is_date ? -dir : dir;
    }
    return 0;
}

/* A column asked for next to a count or a ranking: "the stadium name and the number of
 * concerts in each stadium", "the birth date of the player with the lowest earnings". It is
 * shown when it belongs to the grouped table (or is the grouped column), or to the ranked
 * table itself; returns 0 when it has no such place. */
static int select_of_group(struct query *q, struct shape *sh, int i, int name_word)
{
    struct nl_span *sp = &q->sp[i];
    if (sh->implicit_count) /* "each owner's name and their dogs": a list, not a count */
        return 0;
    if (sh->group == GROUP_COLUMN || sh->group == GROUP_TIME) /* the ranked value: count too? */
        return sh->group == GROUP_COLUMN && !q->rank && span_has_col(sp, sh->group_t, sh->group_c);
    /* ranked by a named measure ("the highest earnings"), not by an adjective ("the oldest") */
    int own_rank = sh->group == GROUP_NONE && q->rank && sh->agg == NL_AGG_NONE &&
                   (q->measure_span >= 0 ||
                    (q->order_hint >= 0 && sh->order_c >= 0 && sh->order_t == sh->main &&
                     col_of(q, sh->order_t, sh->order_c)->type != SCHEMA_TYPE_DATE));
    int t = sh->group == GROUP_TABLE && sh->group_t != sh->main ? sh->group_t
            : own_rank                                            ? sh->main
                                                                  : -1;
    if (t < 0 || !(name_word || own_rank || span_has_table(sp, t)))
        return 0;
    int pv = prev_content(q, (size_t)i);
    if (name_word && pv >= 0 && q->sp[pv].kind == NL_SPAN_TABLE && !span_has_table(&q->sp[pv], t))
        return 0; /* "their dogs' name": another table's name */
    int *out_t = own_rank ? sh->sel_t : sh->gsel_t, *out_c = own_rank ? sh->sel_c : sh->gsel_c;
    size_t *n = own_rank ? &sh->n_sel : &sh->n_gsel;
    if (name_word && !span_has_table(sp, t)) {
        int lab[2], nl = label_cols(q, t, lab, 1);
        for (int j = 0; j < nl && *n < NL_MAX_SELECT; j++) {
            out_t[*n] = t;
            out_c[(*n)++] = lab[j];
        }
        return nl > 0;
    }
    for (size_t k = 0; k < sp->n_cand; k++) {
        if (sp->cand[k].table == t && sp->cand[k].col >= 0 && *n < NL_MAX_SELECT) {
            out_t[*n] = t;
            out_c[(*n)++] = sp->cand[k].col;
            return 1;
        }
    }
    /* "the birth date of the poker player with the lowest earnings": each ranked row points at
     * one row of the table holding the column, so reading it there keeps the ranking's rows */
    for (size_t k = 0; own_rank && k < sp->n_cand; k++) {
        int u = sp->cand[k].table;
        if (sp->cand[k].col >= 0 && u != t && q->bfs.dist[u] == 1 && q->bfs.npaths[u] == 1 &&
            q->bfs.via[u].owner == t && *n < NL_MAX_SELECT) {
            out_t[*n] = u;
            out_c[(*n)++] = sp->cand[k].col;
            return 1;
        }
    }
    return 0;
}

/* A stop word `w` lies between spans a and b. */
static int word_between(const struct query *q, int a, int b, const char *w)
{
    for (int i = a + 1; i < b; i++)
        if (q->sp[i].kind == NL_SPAN_STOPWORD && strcmp(q->sp[i].lex->phrase, w) == 0)
            return 1;
    return 0;
}

/* The first span that names table t itself (or, with columns, one of its columns), or q->n. */
static int first_span_of(const struct query *q, int t, int columns)
{
    for (size_t i = 0; i < q->n; i++)
        if ((q->sp[i].kind == NL_SPAN_TABLE || (columns && q->sp[i].kind == NL_SPAN_COLUMN)) &&
            span_has_table(&q->sp[i], t))
            return (int)i;
    return (int)q->n;
}

/* The value index holds `value` in column t.c. */
static int value_in_col(const struct query *q, const char *value, int t, int c)
{
    size_t n = 0;
    long first = value ? schema_find_value(q->s, value, &n) : -1;
    for (size_t k = 0; first >= 0 && k < n; k++) {
        const struct schema_value *v = &q->s->values[(size_t)first + k];
        if ((int)v->table == t && (int)v->column == c)
            return 1;
    }
    return 0;
}

/* Table t has a date column named with this word ("shipped" and ship_date). */
static int date_col_named(const struct query *q, int t, const char *stem)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++)
        if (tb->cols[c].type == SCHEMA_TYPE_DATE && col_has_word(q, t, (int)c, stem))
            return 1;
    return 0;
}

/* The one FK column of table t that references table m (its column in *mc), or -1 when none or
 * several. */
static int fk_to(const struct query *q, int t, int m, int *mc)
{
    int found = -1;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        size_t fi = q->ns->col_base[t] + c;
        if (q->ns->fk_target[fi] == m) {
            if (found >= 0)
                return -1;
            found = (int)c;
            *mc = q->ns->fk_target_col[fi];
        }
    }
    return found;
}

/* "customers without orders": main's rows that no row of the absent table points at, directly
 * (orders.customer_id) or through a table linking both ("teachers who teach no course":
 * course_arrange.teacher_id). Adds the ANTI filter; -1 (with a doubt) when there is no single
 * such link or the shape is a ranking or a grouping. */
static int anti_filter(struct query *q, const struct shape *sh)
{
    int m = sh->main, t2 = span_table(q, q->anti_span), mc = -1, via = -1, fc = -1;
    if (m < 0 || t2 == m || q->rank || sh->group != GROUP_NONE || q->nf >= NL_MAX_FILTERS) {
        doubt(q, P_WRONGISH, "a negation tier 0 does not compose here");
        return -1;
    }
    if ((fc = fk_to(q, t2, m, &mc)) >= 0) {
        via = t2;
    } else {
        int n = 0;
        for (size_t b = 0; b < q->s->n_tables; b++) {
            int bc, bm = -1, bt;
            if ((int)b == m || (int)b == t2 || (bc = fk_to(q, (int)b, m, &bm)) < 0 ||
                fk_to(q, (int)b, t2, &bt) < 0)
                continue;
            n++;
            via = (int)b;
            fc = bc;
            mc = bm;
        }
        if (n != 1)
            via = -1;
    }
    if (via < 0 || mc < 0) {
        doubt(q, P_WRONGISH, "no single link says which %s have no %s", q->s->tables[m].name,
              q->s->tables[t2].name);
        return -1;
    }
    struct filter *f = &q->f[q->nf++];
    memset(f, 0, sizeof *f);
    f->kind = FILTER_ANTI;
    f->span = f->near_table = -1;
    f->t = m;
    f->c = mc;
    f->t2 = via;
    f->c2 = fc;
    return 0;
}

/* WHERE t.c IS NOT NULL, resolved already, for a column that may hold NULL. */
static void not_null_filter(struct query *q, int t, int c)
{
    const struct schema_column *col = col_of(q, t, c);
    if (col->notnull || col->pk || q->nf >= NL_MAX_FILTERS)
        return;
    struct filter *f = &q->f[q->nf++];
    memset(f, 0, sizeof *f);
    f->kind = FILTER_NOTNULL;
    f->span = -1;
    f->near_table = -1;
    f->t = t;
    f->c = c;
}

static int resolve(struct query *q, struct shape *sh)
{
    char text[160];
    int first_mention = q->n_mentions ? q->mentions[0] : -1;
    int E = span_table(q, first_mention);
    int anchor = E;
    memset(sh, 0, sizeof *sh);
    sh->main = -1;
    sh->agg_t = sh->agg_c = sh->group_t = sh->group_c = sh->order_t = sh->order_c = -1;

    if (first_mention >= 0 && q->sp[first_mention].n_cand > 1)
        doubt(q, P_UNSURE, "'%s' could mean several tables",
              span_text(q, &q->sp[first_mention], text, sizeof text));
    if (anchor < 0 && q->group == GROUP_TABLE)
        anchor = span_table(q, q->group_span);
    if (anchor < 0 && q->counted_span >= 0)
        anchor = span_table(q, q->counted_span);
    if (anchor < 0 && q->most_span >= 0)
        anchor = span_table(q, q->most_span);
    for (size_t k = 0; anchor < 0 && k < q->nf; k++)
        if (q->f[k].kind == FILTER_VALUE)
            anchor = span_table(q, q->f[k].span);

    /* the measure: a column, or revenue as quantity * price of one table */
    int mt = -1, mc = -1;
    if (q->measure_span >= 0) {
        int k = pick_cand(q, q->measure_span, anchor);
        mt = q->sp[q->measure_span].cand[k].table;
        mc = q->sp[q->measure_span].cand[k].col;
        if (!col_is_numeric(q, mt, mc) && q->agg != NL_AGG_MIN && q->agg != NL_AGG_MAX)
            doubt(q, P_WRONGISH, "%s is not a number", q->s->tables[mt].cols[mc].name);
        if (q->revenue)
            doubt(q, P_UNSURE, "both a column and revenue as the measure");
    } else if (q->revenue) {
        int best_d = 1 << 30, n_best = 0;
        for (size_t t = 0; t < q->s->n_tables; t++) {
            int qc, pc;
            if (!revenue_cols(q, (int)t, &qc, &pc))
                continue;
            int d = anchor >= 0 ? distance(q, anchor, (int)t) : 0;
            if (d < 0)
                continue;
            if (d < best_d) {
                best_d = d;
                n_best = 1;
                q->rev_t = (int)t;
                q->rev_q = qc;
                q->rev_p = pc;
            } else if (d == best_d) {
                n_best++;
            }
        }
        if (n_best == 0) {
            doubt(q, P_WRONGISH, "no table has quantity and price columns to compute revenue");
            return -1;
        }
        if (n_best > 1)
            doubt(q, P_UNSURE, "several tables could hold revenue");
        q->rev_d = discount_col(q, q->rev_t);
        doubt(q, P_SLIGHT, "revenue read as %s * %s%s%s%s",
              q->s->tables[q->rev_t].cols[q->rev_q].name,
              q->s->tables[q->rev_t].cols[q->rev_p].name, q->rev_d >= 0 ? " * (1 - " : "",
              q->rev_d >= 0 ? q->s->tables[q->rev_t].cols[q->rev_d].name : "",
              q->rev_d >= 0 ? ")" : "");
        mt = q->rev_t;
        sh->revenue = 1;
    }

    /* ranking: "which customer has the most orders", "top 5 products by price",
     * "which employee has the highest salary", "the 3 most expensive products" */
    int rank_dir = 0;
    enum key_kind key = KEY_NONE;
    int key_t = -1; /* counted table for KEY_COUNT */
    if (q->most_span >= 0) {
        rank_dir = q->most_dir ? q->most_dir : 1;
        key = KEY_COUNT;
        key_t = span_table(q, q->most_span);
    } else if (q->rank_dir && mt >= 0) {
        rank_dir = q->rank_dir;
        key = mc >= 0 && mt == E ? KEY_OWN : KEY_AGG;
    } else if ((q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) && mt >= 0 &&
               is_mention_before(q, first_mention, q->agg_span) && q->counted_span < 0) {
        rank_dir = q->agg == NL_AGG_MAX ? 1 : -1;
        key = mc >= 0 && mt == E ? KEY_OWN : KEY_AGG;
        if (key == KEY_AGG) {
            q->agg = NL_AGG_SUM;
            /* "the employee who received the biggest bonus": one bonus, or all of them? */
            if (E >= 0 && mt != E && !many_to_one_from(q, E, mt))
                doubt(q, P_UNSURE, "the largest single %s, or the largest total?",
                      q->s->tables[mt].cols[mc >= 0 ? mc : 0].name);
        }
    } else if ((q->has_top || q->limit > 0 || q->order_hint >= 0) && E >= 0) {
        rank_dir = q->has_top ? q->top_dir : 1;
        if (q->counted_span >= 0 && span_table(q, q->counted_span) != E) {
            key = KEY_COUNT;
            key_t = span_table(q, q->counted_span);
        } else if (mt >= 0) {
            key = mc >= 0 && mt == E ? KEY_OWN : KEY_AGG;
        } else if (q->group == GROUP_COLUMN) {
            int k = pick_cand(q, q->group_span, E);
            mt = q->sp[q->group_span].cand[k].table;
            mc = q->sp[q->group_span].cand[k].col;
            key = mt == E ? KEY_OWN : KEY_AGG;
            q->group = GROUP_NONE;
            if (key == KEY_AGG)
                doubt(q, P_UNSURE, "ranking %s by another table's %s", q->s->tables[E].name,
                      q->s->tables[mt].cols[mc].name);
        } else if (q->order_hint >= 0) {
            mt = E;
            if (q->order_hint == NL_HINT_PRICE) {
                mc = price_col(q, E);
            } else if (q->order_hint == NL_HINT_AGE && (mc = birth_col(q, E)) >= 0) {
                q->order_dir = -q->order_dir; /* the oldest was born first */
            } else if (q->order_hint == NL_HINT_AGE &&
                       ((mc = implied_col(q, E, "age")) >= 0 || (mc = text_age_col(q, E)) >= 0)) {
                /* an age column: the oldest has the largest */
            } else {
                int lab[2];
                if (q->order_hint == NL_HINT_AGE) {
                    q->order_dir = -q->order_dir; /* the oldest row has the earliest date */
                    if (label_cols(q, E, lab, 1) == 2) /* a person: age, or time with us? */
                        doubt(q, P_UNSURE, "%s has no birth date to tell age",
                              q->s->tables[E].name);
                }
                int dt;
                bfs_run(q, &q->bfs, E);
                mc = find_date(q, E, &dt);
                if (dt != E)
                    mc = -1;
            }
            if (mc < 0) {
                doubt(q, P_WRONGISH, "%s has no column for '%s'", q->s->tables[E].name,
                      q->order_hint == NL_HINT_PRICE ? "price" : "date");
                return -1;
            }
            key = KEY_OWN;
        } else {
            doubt(q, P_UNSURE, "top by what?");
            return -1;
        }
        if (q->order_hint >= 0)
            rank_dir = q->order_dir * (q->has_top ? q->top_dir : 1);
    }

    if (key != KEY_NONE && E < 0 && key != KEY_OWN && q->n_selects > 0 &&
        q->selects[0] < (q->most_span >= 0 ? q->most_span : q->measure_span)) {
        /* "which city has the most customers": rank the values of a column */
        int si = q->selects[0];
        int main = key == KEY_COUNT ? key_t : mt;
        int k = pick_cand(q, si, main);
        sh->main = main;
        sh->agg = key == KEY_COUNT ? NL_AGG_COUNT : q->agg == NL_AGG_AVG ? NL_AGG_AVG : NL_AGG_SUM;
        sh->agg_t = key == KEY_COUNT ? -1 : mt;
        sh->agg_c = key == KEY_COUNT ? -1 : mc;
        sh->group = GROUP_COLUMN;
        sh->group_t = q->sp[si].cand[k].table;
        sh->group_c = q->sp[si].cand[k].col;
        sh->order_agg = 1;
        sh->order_dir = rank_dir;
        sh->limit = q->limit > 0 ? q->limit : !span_plural(q, si) ? 1 : NL_DEFAULT_TOP;
        if (q->limit <= 0 && span_plural(q, si))
            doubt(q, P_UNSURE, "how many to show is not said");
        memmove(q->selects, q->selects + 1, (q->n_selects - 1) * sizeof q->selects[0]);
        q->n_selects--;
        q->rank = 1;
        key = KEY_NONE;
        if (q->group != GROUP_NONE)
            doubt(q, P_UNSURE, "both a ranking and a grouping");
    } else if (key != KEY_NONE) {
        if (E < 0 && key == KEY_OWN)
            E = mt;
        if (E < 0) {
            doubt(q, P_UNSURE, "ranked what?");
            return -1;
        }
        q->rank = 1;
        q->entity = E;
        sh->limit = q->limit;
        if (sh->limit <= 0) {
            if (first_mention >= 0 && !span_plural(q, first_mention) && (q->qword || !q->has_top)) {
                sh->limit = 1;
            } else {
                sh->limit = NL_DEFAULT_TOP;
                doubt(q, P_UNSURE, "how many to show is not said");
            }
        }
        sh->order_dir = rank_dir;
        if (key == KEY_OWN) {
            sh->main = E;
            sh->order_t = E;
            sh->order_c = mc;
            not_null_filter(q, E, mc); /* "the lowest life expectancy": among those known */
        } else {
            sh->main = key == KEY_COUNT ? key_t : mt;
            sh->agg = key == KEY_COUNT ? NL_AGG_COUNT : q->agg == NL_AGG_AVG ? NL_AGG_AVG
                                                                             : NL_AGG_SUM;
            sh->agg_t = key == KEY_COUNT ? -1 : mt;
            sh->agg_c = key == KEY_COUNT ? -1 : mc;
            sh->group = GROUP_TABLE;
            sh->group_t = E;
            sh->order_agg = 1;
            if (sh->main == E) {
                doubt(q, P_UNSURE, "%s ranked by its own count", q->s->tables[E].name);
                return -1;
            }
        }
        if (q->group != GROUP_NONE && !(q->group == GROUP_TABLE &&
                                         span_table(q, q->group_span) == E))
            doubt(q, P_UNSURE, "both a ranking and a grouping");
    } else if (!q->rank) {
        /* aggregate or list */
        sh->agg = q->agg;
        if (mt >= 0) {
            sh->main = mt;
            sh->agg_t = mt;
            sh->agg_c = mc;
            if (q->agg == NL_AGG_COUNT && mc < 0) {
                /* "how many sales": a count of revenue is no count tier 0 can name */
                doubt(q, P_WRONGISH, "counting revenue");
                return -1;
            }
            if (q->agg == NL_AGG_COUNT) {
                sh->count_distinct = 1;
                flag_count_doubt(q, mt, mc);
            }
        } else if (q->counted_span >= 0) {
            sh->main = span_table(q, q->counted_span);
        } else if (q->count_col_span >= 0) {
            int k = pick_cand(q, q->count_col_span, anchor);
            sh->main = q->sp[q->count_col_span].cand[k].table;
            if (col_is_flag(q, sh->main, q->sp[q->count_col_span].cand[k].col) &&
                !q->distinct) {
                /* "how many loyalty members": the rows where the flag is set */
                narrow_to(&q->sp[q->count_col_span], k);
                flag_filter(q, (size_t)q->count_col_span, 0);
            } else {
                sh->agg_t = sh->main;
                sh->agg_c = q->sp[q->count_col_span].cand[k].col;
                sh->count_distinct = 1;
                flag_count_doubt(q, sh->agg_t, sh->agg_c);
            }
        } else if (E >= 0) {
            sh->main = E;
        } else if (q->n_selects == 1 && q->having_span >= 0 &&
                   span_has_table(&q->sp[q->selects[0]], span_table(q, q->having_span))) {
            sh->main = span_table(q, q->having_span); /* "document ids with 2 paragraphs" */
        } else if (q->n_selects) {
            int k = pick_cand(q, q->selects[0], anchor);
            sh->main = q->sp[q->selects[0]].cand[k].table;
        } else if (anchor >= 0) {
            sh->main = anchor;
        }
        if (sh->main < 0) {
            doubt(q, P_WRONGISH, "no table to read from");
            return -1;
        }
        if ((sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG || sh->agg == NL_AGG_MIN ||
             sh->agg == NL_AGG_MAX) && mt < 0) {
            doubt(q, P_WRONGISH, "%s of what?", sh->agg == NL_AGG_AVG ? "average" : "aggregate");
            return -1;
        }
        int hc = -1, ht = q->having_span >= 0 ? span_table(q, q->having_span) : -1;
        if (ht >= 0 && sh->agg == NL_AGG_NONE && (E < 0 || ht == E) && q->n_selects == 1) {
            /* "hometowns shared by at least two teachers": the one column asked for, in the
             * counted table, grouped */
            const struct nl_span *gsp = &q->sp[q->selects[0]];
            for (size_t k = 0; k < gsp->n_cand && hc < 0; k++)
                if (gsp->cand[k].table == ht && gsp->cand[k].col >= 0 &&
                    col_of(q, ht, gsp->cand[k].col)->pk == 0)
                    hc = gsp->cand[k].col;
        }
        if (hc >= 0) {
            sh->main = ht;
            sh->agg = NL_AGG_COUNT;
            sh->group = GROUP_COLUMN;
            sh->group_t = ht;
            sh->group_c = hc;
            sh->having = 1;
            q->n_selects = 0;
        } else if (q->having_span >= 0) {
            /* "customers with more than 5 orders": count the other table per entity */
            if (sh->agg != NL_AGG_NONE || E < 0 || ht == E) {
                doubt(q, P_WRONGISH, "a nested count is not composed by tier 0");
                return -1;
            }
            sh->main = ht;
            sh->agg = NL_AGG_COUNT;
            sh->group = GROUP_TABLE;
            sh->group_t = E;
            sh->having = 1;
        }
        if (q->order_hint >= 0 && !q->rank)
            doubt(q, P_UNSURE, "an ordering without a target");
    }
    if (q->anti_span >= 0 && anti_filter(q, sh) != 0)
        return -1;
    if (q->n_more_aggs && (q->rank || sh->revenue || sh->agg == NL_AGG_COUNT ||
                           sh->agg == NL_AGG_NONE || sh->agg_c < 0 || q->having_span >= 0)) {
        doubt(q, P_UNSURE, "two aggregations");
        q->n_more_aggs = 0;
    }
    bfs_run(q, &q->bfs, sh->main);

    /* grouping */
    if (!q->rank && q->having_span < 0) {
        if (q->group == GROUP_TABLE) {
            sh->group = GROUP_TABLE;
            sh->group_t = span_table(q, q->group_span);
            if (q->sp[q->group_span].n_cand > 1)
                doubt(q, P_UNSURE, "grouping could mean several tables");
        } else if (q->group == GROUP_COLUMN) {
            const struct nl_span *gsp = &q->sp[q->group_span];
            size_t nval = 0;
            /* "shipped by phone": a stored value ('phone' in a channel column) is likelier
             * meant than grouping by a column of that name. */
            if (gsp->len == 1 && schema_find_value(q->s, q->toks[gsp->tok].word, &nval) >= 0)
                doubt(q, P_WRONGISH, "'%s' is both a column and a stored value",
                      q->toks[gsp->tok].word);
            int k = pick_cand(q, q->group_span, sh->main);
            int gt = q->sp[q->group_span].cand[k].table, gc = q->sp[q->group_span].cand[k].col;
            size_t fi = q->ns->col_base[gt] + (size_t)gc;
            if (q->ns->fk_target[fi] >= 0 &&
                q->ns->fk_target_col[fi] == pk_col(q, q->ns->fk_target[fi])) {
                /* a key of another table: group by that table (its rows have names); an FK to
                 * a column that is not the key there would repeat rows in the join */
                sh->group = GROUP_TABLE;
                sh->group_t = q->ns->fk_target[fi];
            } else {
                sh->group = GROUP_COLUMN;
                sh->group_t = gt;
                sh->group_c = gc;
            }
        } else if (q->group == GROUP_TIME) {
            int dt, dc = find_date(q, sh->main, &dt);
            if (dc < 0) {
                doubt(q, P_WRONGISH, "no date column to group by %s",
                      q->group_time == NL_TIME_YEAR ? "year" : "month");
                return -1;
            }
            sh->group = GROUP_TIME;
            sh->group_t = dt;
            sh->group_c = dc;
        }
        if (sh->group != GROUP_NONE && sh->agg == NL_AGG_NONE) {
            sh->agg = NL_AGG_COUNT; /* "orders per year" */
            sh->implicit_count = 1;
            if (q->list) /* "list orders by status": counted, or sorted? */
                doubt(q, P_UNSURE, "'by' may mean sorted rather than counted");
        }
        if (sh->group == GROUP_TABLE && sh->group_t == sh->main && sh->agg == NL_AGG_AVG &&
            !sh->implicit_count) {
            /* "the average number of products per shop": one value per shop, averaged */
            sh->group = GROUP_NONE;
            sh->group_t = -1;
        }
        if (sh->group == GROUP_TABLE && sh->group_t == sh->main && sh->implicit_count &&
            q->n_selects > 0) {
            /* "the names and ages for every singer": each row, not a count per row */
            sh->group = GROUP_NONE;
            sh->group_t = -1;
            sh->agg = NL_AGG_NONE;
            sh->implicit_count = 0;
        }
        if (sh->group == GROUP_TABLE && sh->group_t == sh->main && sh->agg == NL_AGG_COUNT) {
            doubt(q, P_WRONGISH, "counting %s per %s", q->s->tables[sh->main].name,
                  q->s->tables[sh->main].name);
            return -1;
        }
    }

    /* selected columns (lists only) */
    for (size_t k = 0; k < q->n_selects; k++) {
        int i = q->selects[k];
        struct nl_span *sp = &q->sp[i];
        /* "names of customers": the label columns of the table */
        int name_word = sp->len == 1 && strcmp(q->toks[sp->tok].stem, "name") == 0;
        if (sh->agg != NL_AGG_NONE || q->rank) {
            if (select_of_group(q, sh, i, name_word))
                continue;
            doubt(q, P_UNSURE, "'%s' has no role in the question",
                  span_text(q, sp, text, sizeof text));
            continue;
        }
        if (name_word && k > 0 && q->selects[k - 1] + 1 == i && !span_plural(q, i - 1)) {
            /* "company names": the column before it is the name */
            continue;
        }
        if (i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD && q->sp[i - 1].lex &&
            is_copula(q->sp[i - 1].lex->phrase) && first_mention >= 0 && i > first_mention)
            doubt(q, P_UNSURE, "'%s' after the verb may be a condition, not a column to show",
                  span_text(q, sp, text, sizeof text));
        if (name_word && !span_has_table(sp, sh->main))
            doubt(q, P_SLIGHT, "'name' read as the name of %s", q->s->tables[sh->main].name);
        if ((sp->partial || (name_word && !span_has_table(sp, sh->main))) && name_word) {
            int lab[2], nl = label_cols(q, sh->main, lab, 0);
            for (int j = 0; j < nl && sh->n_sel < NL_MAX_SELECT; j++) {
                sh->sel_t[sh->n_sel] = sh->main;
                sh->sel_c[sh->n_sel++] = lab[j];
            }
            if (nl > 0)
                continue;
        }
        int c = pick_cand(q, i, sh->main), dup = 0;
        for (size_t j = 0; j < sh->n_sel; j++) /* "the channel's ... channels": once */
            dup |= sh->sel_t[j] == sp->cand[c].table && sh->sel_c[j] == sp->cand[c].col;
        if (!dup && sh->n_sel < NL_MAX_SELECT) {
            sh->sel_t[sh->n_sel] = sp->cand[c].table;
            sh->sel_c[sh->n_sel++] = sp->cand[c].col;
        }
        if (sp->partial)
            doubt(q, P_SLIGHT, "'%s' matched part of a column name",
                  span_text(q, sp, text, sizeof text));
        if (sp->partial && sp->len == 1 && strcmp(q->toks[sp->tok].stem, "cost") == 0 &&
            price_col(q, sp->cand[c].table) >= 0 &&
            price_col(q, sp->cand[c].table) != sp->cand[c].col)
            doubt(q, P_UNSURE, "'cost' may be the price (%s) or the cost",
                  q->s->tables[sp->cand[c].table].cols[price_col(q, sp->cand[c].table)].name);
    }
    if (sh->group == GROUP_NONE && sh->agg == NL_AGG_NONE && sh->n_sel > 0 &&
        sh->n_sel < NL_MAX_SELECT - 2 && E >= 0 && first_mention >= 0 && q->n_selects > 0 &&
        first_mention < q->selects[0] && word_between(q, first_mention, q->selects[0], "with")) {
        /* "the 5 cheapest products with their prices": the products, then their prices */
        int lab[2], nl = label_cols(q, E, lab, 1), shown = 0;
        for (int j = 0; j < nl; j++)
            for (size_t k = 0; k < sh->n_sel; k++)
                shown |= sh->sel_t[k] == E && sh->sel_c[k] == lab[j];
        if (nl > 0 && !shown) {
            memmove(sh->sel_t + nl, sh->sel_t, sh->n_sel * sizeof sh->sel_t[0]);
            memmove(sh->sel_c + nl, sh->sel_c, sh->n_sel * sizeof sh->sel_c[0]);
            for (int j = 0; j < nl; j++) {
                sh->sel_t[j] = E;
                sh->sel_c[j] = lab[j];
            }
            sh->n_sel += (size_t)nl;
        }
    }
    if (sh->n_sel && E < 0) {
        int lab[2], nl = label_cols(q, sh->main, lab, 0), is_label = 0;
        for (int j = 0; j < nl; j++)
            if (sh->sel_c[0] == lab[j] && sh->sel_t[0] == sh->main)
                is_label = 1;
        if (!is_label)
            sh->distinct = 1; /* "list all countries" */
    } else if (sh->n_sel == 1 && sh->agg == NL_AGG_NONE && !q->rank && q->nf == 0 &&
               sh->sel_t[0] == sh->main && q->sort_seen && q->sort_span < 0 &&
               col_of(q, sh->sel_t[0], sh->sel_c[0])->type == SCHEMA_TYPE_TEXT &&
               !col_is_key(q, sh->sel_t[0], sh->sel_c[0])) {
        int lab[2], nl = label_cols(q, sh->main, lab, 0), is_label = 0;
        for (int j = 0; j < nl; j++)
            is_label |= sh->sel_c[0] == lab[j];
        if (!is_label) /* "all countries of customers in alphabetical order": each once? */
            doubt(q, P_UNSURE, "each %s once, or once per %s row?",
                  q->s->tables[sh->main].cols[sh->sel_c[0]].name, q->s->tables[sh->main].name);
    }
    /* "different hometowns and the number of teachers from each": the groups are distinct */
    if (q->distinct && sh->agg == NL_AGG_COUNT && sh->agg_c < 0 && !q->rank &&
        sh->group != GROUP_COLUMN)
        doubt(q, P_UNSURE, "distinct count of what?");
    if (q->distinct && sh->agg == NL_AGG_NONE)
        sh->distinct = 1;
    /* "the 3 highest salaries", "the top 5 shipping costs": the values themselves, ranked (rows
 * without a value are not among them) */
    if (!q->rank && !q->sort_seen && sh->group == GROUP_NONE && q->n_more_aggs == 0 &&
        q->limit > 1 && (sh->agg == NL_AGG_MAX || sh->agg == NL_AGG_MIN) && sh->agg_c >= 0 &&
        !sh->revenue && q->having_span < 0) {
        sh->order_dir = sh->agg == NL_AGG_MAX ? 1 : -1;
        sh->order_t = sh->sel_t[0] = sh->agg_t;
        sh->order_c = sh->sel_c[0] = sh->agg_c;
        sh->n_sel = 1;
        sh->agg = NL_AGG_NONE;
        sh->limit = q->limit;
        not_null_filter(q, sh->order_t, sh->order_c);
    } else if (!q->rank && !q->sort_seen && sh->group == GROUP_NONE && sh->agg == NL_AGG_NONE &&
               q->has_top && q->limit > 0 && sh->n_sel == 1 &&
               col_is_numeric(q, sh->sel_t[0], sh->sel_c[0]) &&
               !col_is_key(q, sh->sel_t[0], sh->sel_c[0])) {
        sh->distinct = 0;
        sh->order_dir = q->top_dir;
        sh->order_t = sh->sel_t[0];
        sh->order_c = sh->sel_c[0];
        sh->limit = q->limit;
        not_null_filter(q, sh->order_t, sh->order_c);
    }
    if (sh->having && sh->group == GROUP_COLUMN)
        not_null_filter(q, sh->group_t, sh->group_c); /* no group of the rows without a value */
    if (q->sort_seen && sort_list(q, sh) != 0)
        return -1;

    /* filters */
    for (size_t k = 0; k < q->nf; k++) {
        struct filter *f = &q->f[k];
        if (f->kind == FILTER_NOTNULL || f->kind == FILTER_ANTI)
            continue; /* resolved when added */
        if (f->kind == FILTER_VALUE) {
            struct nl_span *sp = &q->sp[f->span];
            int best = pick_cand(q, f->span, sh->main);
            f->t = sp->cand[best].table;
            f->c = sp->cand[best].col;
            f->vals[0] = sp->cand[best].value;
            f->n_vals = 1;
            if (sp->len == 1 && q->toks[sp->tok].kind == NL_TOK_WORD &&
                date_col_named(q, f->t, q->toks[sp->tok].stem))
                doubt(q, P_UNSURE, "'%s' may be the %s value or when it happened",
                      span_text(q, sp, text, sizeof text), q->s->tables[f->t].cols[f->c].name);
            if (f->op == NL_OP_NE && !many_to_one(q, f->t))
                doubt(q, P_WRONGISH, "'not %s' over rows joined from %s",
                      span_text(q, sp, text, sizeof text), q->s->tables[f->t].name);
            else if (f->op == NL_OP_NE && path_nullable(q, f->t))
                doubt(q, P_UNSURE, "'not %s' would drop the rows with no %s",
                      span_text(q, sp, text, sizeof text), q->s->tables[f->t].name);
        } else if (f->kind == FILTER_NUM) {
            if (f->span >= 0) {
                int best = pick_cand(q, f->span, sh->main);
                f->t = q->sp[f->span].cand[best].table;
                f->c = q->sp[f->span].cand[best].col;
                if (!col_holds_numbers(q, f->t, f->c) && !f->flag)
                    doubt(q, P_UNSURE, "comparing %s, which is not a number",
                          q->s->tables[f->t].cols[f->c].name);
                if (f->t != sh->main && !many_to_one(q, f->t) && sh->agg == NL_AGG_NONE &&
                    !q->rank && f->op != NL_OP_EQ && f->op != NL_OP_IN &&
                    first_span_of(q, f->t, 0) == (int)q->n)
                    /* "products with 20 or more quantity": any one order line, or in all? */
                    doubt(q, P_UNSURE, "%s of any one %s row, or their total?",
                          q->s->tables[f->t].cols[f->c].name, q->s->tables[f->t].name);
                if (f->percent && col_holds_fractions(q, f->t, f->c)) {
                    /* "a 10% discount" in a column holding 0.05 .. 0.3 */
                    f->num /= 100.0;
                    f->num2 /= 100.0;
                    for (size_t v = 0; v < f->n_more_nums; v++)
                        f->more_nums[v] /= 100.0;
                } else if (f->percent) {
                    doubt(q, P_SMALL, "%s read as a percentage",
                          q->s->tables[f->t].cols[f->c].name);
                }
            } else if (f->implied) {
                /* "students older than 20": the age of the table said last, else main's */
                int nt = f->near_table >= 0 ? span_table(q, f->near_table) : -1;
                f->t = nt >= 0 ? nt : sh->main;
                f->c = implied_col(q, f->t, f->implied);
                if (f->c < 0 && f->t != sh->main) {
                    f->t = sh->main;
                    f->c = implied_col(q, f->t, f->implied);
                }
                if (f->c < 0) {
                    doubt(q, P_WRONGISH, "%s has no %s column", q->s->tables[f->t].name,
                          f->implied);
                    return -1;
                }
            } else {
                /* "products under 50": the one price-like column, said nowhere */
                f->t = sh->main;
                f->c = price_col(q, sh->main);
                doubt(q, P_UNSURE, "the compared column is not named");
                if (f->c < 0) {
                    doubt(q, P_WRONGISH, "no column to compare");
                    return -1;
                }
            }
        } else {
            int yc = year_col(q, sh->main);
            f->c = yc >= 0 ? -1 : find_date(q, sh->main, &f->t);
            if (f->c < 0 && yc >= 0) {
                /* "founded after 1950" in a table that keeps the year as a number */
                f->kind = FILTER_NUM;
                f->t = sh->main;
                f->c = yc;
            } else if (f->c < 0) {
                doubt(q, P_WRONGISH, "no date column for the year %.0f", f->num);
                return -1;
            }
        }
    }
    for (size_t a = 0; a < q->nf; a++) {
        if (q->f[a].kind != FILTER_ANTI)
            continue;
        for (size_t b = 0; b < q->nf; b++)
            if (q->f[b].kind != FILTER_ANTI && q->f[b].kind != FILTER_NOTNULL &&
                q->f[b].t != sh->main)
                /* "customers who did not order Laptop Pro": the absent rows have a condition */
                doubt(q, P_WRONGISH, "a condition on %s next to a negation",
                      q->s->tables[q->f[b].t].name);
    }
    /* one column twice in ways that cannot both hold: "other than France and Germany" (a
     * negated and a plain value), "in 2022 and 2023" (two years of one date) */
    for (size_t a = 0; a < q->nf; a++)
        for (size_t b = a + 1; b < q->nf; b++) {
            const struct filter *fa = &q->f[a], *fb = &q->f[b];
            if (fa->t != fb->t || fa->c != fb->c || fa->kind != fb->kind)
                continue;
            if (fa->kind == FILTER_VALUE && (fa->op == NL_OP_NE) != (fb->op == NL_OP_NE))
                doubt(q, P_UNSURE, "a negated and a plain value of %s",
                      q->s->tables[fa->t].cols[fa->c].name);
            if (fa->kind == FILTER_YEAR && fa->op == NL_OP_EQ && fb->op == NL_OP_EQ)
                doubt(q, P_UNSURE, "two years of %s", q->s->tables[fa->t].cols[fa->c].name);
        }
    /* several values of one column: IN; on different columns "or" is not composed */
    for (size_t a = 0; a < q->nf; a++) {
        struct filter *fa = &q->f[a];
        for (size_t b = a + 1; b < q->nf && fa->kind == FILTER_VALUE; b++) {
            struct filter *fb = &q->f[b];
            if (fb->kind == FILTER_VALUE && (fb->t != fa->t || fb->c != fa->c)) {
                /* "the code PP or PPT": both stored in one column (a key and its copy in a
                 * referencing table hold the same codes): read them from the nearer */
                struct filter *far = q->bfs.dist[fa->t] <= q->bfs.dist[fb->t] ? fb : fa;
                const struct filter *near = far == fb ? fa : fb;
                if (value_in_col(q, far->vals[0], near->t, near->c)) {
                    far->t = near->t;
                    far->c = near->c;
                }
            }
            if (fb->kind == FILTER_VALUE && fb->t == fa->t && fb->c == fa->c &&
                fa->op != NL_OP_NE && fb->op != NL_OP_NE && fa->n_vals < NL_MAX_CANDS) {
                fa->vals[fa->n_vals++] = fb->vals[0];
                fa->op = NL_OP_IN;
                if (!q->or_seen) /* "'Brazil' and 'Ireland'": both, on different rows? */
                    doubt(q, P_UNSURE, "values joined by 'and', not 'or'");
                q->f[b] = q->f[--q->nf];
                b--;
            }
        }
    }
    if (sh->n_sel && sh->agg == NL_AGG_NONE && !q->rank) {
        /* everything shown and filtered lives elsewhere: the named table is only a detour */
        int in_main = 0;
        for (size_t k = 0; k < sh->n_sel; k++)
            in_main |= sh->sel_t[k] == sh->main;
        for (size_t k = 0; k < q->nf; k++)
            in_main |= q->f[k].t == sh->main;
        /* "names of poker players" where each poker player row points at one people row:
         * the named table has no such column and reaches it through its own key, so the
         * join neither adds nor drops rows */
        int via_own_key = !in_main && q->nf == 0;
        int lab[2];
        if (label_cols(q, sh->main, lab, 0) > 0)
            via_own_key = 0;
        for (size_t k = 0; k < sh->n_sel && via_own_key; k++) {
            int t = sh->sel_t[k];
            via_own_key = q->bfs.dist[t] == 1 && q->bfs.npaths[t] == 1 &&
                          q->bfs.via[t].owner == sh->main;
        }
        if (via_own_key)
            doubt(q, P_SLIGHT, "read from %s through %s's key", q->s->tables[sh->sel_t[0]].name,
                  q->s->tables[sh->main].name);
        else if (!in_main)
            doubt(q, P_UNSURE, "nothing is read from %s itself", q->s->tables[sh->main].name);
    }
    if (q->or_seen) {
        int columns = 0, conds = 0;
        for (size_t a = 0; a < q->nf; a++) {
            columns += q->f[a].kind == FILTER_VALUE && q->f[a].n_vals == 1;
            conds += q->f[a].kind != FILTER_NOTNULL;
        }
        if (columns || conds > 1)
            doubt(q, P_UNSURE, "'or' between different conditions");
    }
    return 0;
}

/* A column the built query reads has the word `stem` in its name. */
static int used_col_word(const struct query *q, const struct shape *sh, const char *stem)
{
    int t[NL_MAX_SELECT * 2 + NL_MAX_FILTERS + 4], c[NL_MAX_SELECT * 2 + NL_MAX_FILTERS + 4];
    size_t n = 0;
    for (size_t k = 0; k < sh->n_sel; k++, n++) {
        t[n] = sh->sel_t[k];
        c[n] = sh->sel_c[k];
    }
    for (size_t k = 0; k < sh->n_gsel; k++, n++) {
        t[n] = sh->gsel_t[k];
        c[n] = sh->gsel_c[k];
    }
    for (size_t k = 0; k < q->nf; k++, n++) {
        t[n] = q->f[k].t;
        c[n] = q->f[k].c;
    }
    t[n] = sh->agg_t;
    c[n++] = sh->agg_c;
    t[n] = sh->group_t;
    c[n++] = sh->group_c;
    t[n] = sh->order_t;
    c[n++] = sh->order_c;
    for (size_t k = 0; k < n; k++)
        if (t[k] >= 0 && c[k] >= 0 && col_has_word(q, t[k], c[k], stem))
            return 1;
    return 0;
}

/* The unknown words, once the query is built (sh) or given up (NULL): a word that names part of
 * a column the query reads ("form of government" with GovernmentForm, "open before 2009" with
 * open_year) is a slight doubt; any other is a real one. */
static void settle_unknowns(struct query *q, const struct shape *sh)
{
    for (size_t k = 0; k < q->n_unk; k++) {
        const struct nl_token *tk = &q->toks[q->sp[q->unk[k]].tok];
        if (sh && strlen(tk->stem) >= 3 && used_col_word(q, sh, tk->stem))
            doubt(q, P_SLIGHT, "'%s' read as part of a column's name", tk->word);
        else
            doubt(q, P_UNSURE, "'%s' not understood", tk->word);
    }
    q->n_unk = 0;
}

/* ---- SQL composition ---- */

/* Words that must be quoted as identifiers in at least one of the three dialects. */
static const char *const reserved[] = {
    "all",    "and",    "as",      "asc",    "between", "by",     "case",   "check",  "column",
    "create", "cross",  "current", "date",   "default", "delete", "desc",   "distinct", "drop",
    "else",   "end",    "exists",  "from",   "full",    "group",  "having", "in",     "index",
    "inner",  "insert", "into",    "is",     "join",    "key",    "left",   "like",   "limit",
    "natural", "not",   "null",    "offset", "on",      "or",     "order",  "outer",  "primary",
    "range",  "rank",   "references", "right", "rows",  "select", "set",    "table",  "then",
    "time",   "to",     "union",   "unique", "update",  "user",   "using",  "values", "when",
    "where",  "window", "with",
};

static int put_ident(struct buf *b, enum dialect d, const char *name)
{
    int plain = name[0] && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_' ||
                            (d != DIALECT_POSTGRES && name[0] >= 'A' && name[0] <= 'Z'));
    for (const char *p = name; *p && plain; p++) {
        char c = *p;
        int ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                 (d != DIALECT_POSTGRES && c >= 'A' && c <= 'Z'); /* pg folds unquoted case */
        plain = ok;
    }
    for (size_t k = 0; plain && k < sizeof reserved / sizeof reserved[0]; k++)
        if (strcasecmp(reserved[k], name) == 0)
            plain = 0;
    if (plain)
        return buf_puts(b, name);
    char q = d == DIALECT_MYSQL ? '`' : '"';
    buf_putc(b, q);
    for (const char *p = name; *p; p++) {
        if (*p == q)
            buf_putc(b, q);
        buf_putc(b, *p);
    }
    return buf_putc(b, q);
}

struct compose {
    struct query *q;
    struct shape *sh;
    int *alias;     /* per table: 1.. when joined, 0 when not */
    int n_alias;
    struct buf from;
    int fanout;     /* a join from a parent to its children multiplies rows */
    int failed;
};

static int join_table(struct compose *cx, int t)
{
    struct query *q = cx->q;
    if (cx->alias[t])
        return cx->alias[t];
    if (q->bfs.dist[t] < 0) {
        doubt(q, P_WRONGISH, "%s is not connected to %s by foreign keys", q->s->tables[t].name,
              q->s->tables[cx->sh->main].name);
        cx->failed = 1;
        return 0;
    }
    struct edge e = q->bfs.via[t];
    int pa = join_table(cx, e.from);
    if (!pa)
        return 0;
    int me = cx->alias[t] = ++cx->n_alias;
    if (q->bfs.npaths[t] > 1)
        doubt(q, P_UNSURE, "several ways to join %s", q->s->tables[t].name);
    if (q->bfs.dist[t] > 2)
        doubt(q, P_SMALL, "long join path to %s", q->s->tables[t].name);
    if (e.owner == e.to)
        cx->fanout = 1;
    buf_puts(&cx->from, " JOIN ");
    put_ident(&cx->from, q->dialect, q->s->tables[t].name);
    buf_printf(&cx->from, " AS t%d ON t%d.", me, e.owner == e.to ? me : pa);
    put_ident(&cx->from, q->dialect, q->s->tables[e.owner].cols[e.col].name);
    buf_printf(&cx->from, " = t%d.", e.owner == e.to ? pa : me);
    put_ident(&cx->from, q->dialect, q->s->tables[e.owner == e.to ? e.from : e.to]
                                         .cols[e.other_col].name);
    return me;
}

static void put_col(struct compose *cx, struct buf *b, int t, int c)
{
    int a = join_table(cx, t);
    buf_printf(b, "t%d.", a);
    put_ident(b, cx->q->dialect, cx->q->s->tables[t].cols[c].name);
}

static void put_time(struct compose *cx, struct buf *b, int t, int c, int unit)
{
    enum dialect d = cx->q->dialect;
    if (d == DIALECT_POSTGRES)
        buf_puts(b, unit == NL_TIME_YEAR ? "EXTRACT(YEAR FROM " : "to_char(");
    else if (d == DIALECT_MYSQL)
        buf_puts(b, unit == NL_TIME_YEAR ? "YEAR(" : "DATE_FORMAT(");
    else
        buf_puts(b, unit == NL_TIME_YEAR ? "strftime('%Y', " : "strftime('%Y-%m', ");
    put_col(cx, b, t, c);
    if (unit == NL_TIME_MONTH && d == DIALECT_POSTGRES)
        buf_puts(b, ", 'YYYY-MM'");
    else if (unit == NL_TIME_MONTH && d == DIALECT_MYSQL)
        buf_puts(b, ", '%Y-%m'");
    buf_putc(b, ')');
}

static void put_num(struct buf *b, double v)
{
    buf_printf(b, "%.15g", v);
}

/* " = <yes>" or " = <no>" in the form the column stores: 1/0, 'T'/'F', 'yes'/'no' (as sampled),
 * or TRUE/FALSE for a BOOLEAN column outside SQLite. */
static void put_flag(struct compose *cx, struct buf *b, int t, int c, int yes)
{
    const struct query *q = cx->q;
    const struct schema_column *col = col_of(q, t, c);
    int p = flag_pair(q, t, c);
    if (p <= 0) {
        int boolean = col->decl_type && strcasestr(col->decl_type, "BOOL") != NULL;
        if (boolean && q->dialect != DIALECT_SQLITE)
            buf_puts(b, yes ? " = TRUE" : " = FALSE");
        else
            buf_puts(b, yes ? " = 1" : " = 0");
        return;
    }
    /* the stored spelling ('T' or 't'): a sample of the wanted side, else the table's form */
    const char *want = flag_pairs[p][yes ? 0 : 1];
    for (size_t k = 0; k < col->n_samples; k++)
        if (strcasecmp(col->samples[k], want) == 0)
            want = col->samples[k];
    buf_puts(b, " = ");
    buf_put_sql_string(b, want);
}

static void put_num_as(struct buf *b, double v, int as_text)
{
    if (as_text)
        buf_putc(b, '\'');
    put_num(b, v);
    if (as_text)
        buf_putc(b, '\'');
}

static const char *agg_word(enum nl_agg a)
{
    switch (a) {
    case NL_AGG_SUM: return "SUM";
    case NL_AGG_AVG: return "AVG";
    case NL_AGG_MIN: return "MIN";
    case NL_AGG_MAX: return "MAX";
    case NL_AGG_COUNT: return "COUNT";
    case NL_AGG_NONE: break;
    }
    return "";
}

static void put_agg(struct compose *cx, struct buf *b)
{
    struct shape *sh = cx->sh;
    struct query *q = cx->q;
    buf_printf(b, "%s(", agg_word(sh->agg));
    if (sh->revenue) {
        put_col(cx, b, q->rev_t, q->rev_q);
        buf_puts(b, " * ");
        put_col(cx, b, q->rev_t, q->rev_p);
        if (q->rev_d >= 0) {
            buf_puts(b, " * (1 - COALESCE(");
            put_col(cx, b, q->rev_t, q->rev_d);
            buf_puts(b, ", 0))");
        }
    } else if (sh->agg == NL_AGG_COUNT && sh->agg_c >= 0) {
        buf_puts(b, "DISTINCT ");
        put_col(cx, b, sh->agg_t, sh->agg_c);
    } else if (sh->agg == NL_AGG_COUNT && cx->fanout) {
        int pk = pk_col(q, sh->main);
        if (pk >= 0) {
            buf_puts(b, "DISTINCT ");
            put_col(cx, b, sh->main, pk);
        } else {
            buf_putc(b, '*');
            doubt(q, P_UNSURE, "rows of %s may be counted twice", q->s->tables[sh->main].name);
        }
    } else if (sh->agg == NL_AGG_COUNT) {
        buf_putc(b, '*');
    } else {
        put_col(cx, b, sh->agg_t, sh->agg_c);
    }
    buf_putc(b, ')');
}

static void put_agg_alias(struct compose *cx, struct buf *b);

/* The aggregate, then any others asked for over the same measure. */
static void put_aggs(struct compose *cx, struct buf *b)
{
    struct shape *sh = cx->sh;
    enum nl_agg first = sh->agg;
    put_agg(cx, b);
    put_agg_alias(cx, b);
    for (size_t k = 0; k < cx->q->n_more_aggs; k++) {
        sh->agg = cx->q->more_aggs[k];
        buf_puts(b, ", ");
        put_agg(cx, b);
        put_agg_alias(cx, b);
    }
    sh->agg = first;
}

static void put_agg_alias(struct compose *cx, struct buf *b)
{
    char name[96];
    const struct shape *sh = cx->sh;
    static const char *const prefix[] = {"", "count", "total", "avg", "min", "max"};
    if (sh->revenue)
        snprintf(name, sizeof name, "revenue");
    else if (sh->agg == NL_AGG_COUNT)
        snprintf(name, sizeof name, "count");
    else
        snprintf(name, sizeof name, "%s_%s", prefix[sh->agg],
                 cx->q->s->tables[sh->agg_t].cols[sh->agg_c].name);
    buf_puts(b, " AS ");
    put_ident(b, cx->q->dialect, name);
}

/* Writes the group's select items or GROUP BY items (with_pk adds the key of a grouped table so
 * two customers with the same name stay apart). */
/* "categories.name" shown as "category": a column called just name (or title) says less than
 * its table's name does, in headers and chart titles. */
static void put_label_alias(struct compose *cx, struct buf *b, int t, int c)
{
    const char *cn = cx->q->s->tables[t].cols[c].name, *tn = cx->q->s->tables[t].name;
    if (strcasecmp(cn, "name") != 0 && strcasecmp(cn, "title") != 0)
        return;
    char alias[64];
    size_t n = strlen(tn);
    if (n == 0 || n >= sizeof alias)
        return;
    memcpy(alias, tn, n + 1);
    if (n > 3 && strcasecmp(alias + n - 3, "ies") == 0)
        memcpy(alias + n - 3, "y", 2);
    else if (n > 1 && (alias[n - 1] == 's' || alias[n - 1] == 'S') &&
             !(n > 2 && (alias[n - 2] == 's' || alias[n - 2] == 'S')))
        alias[n - 1] = '\0';
    buf_puts(b, " AS ");
    put_ident(b, cx->q->dialect, alias);
}

static void put_group_items(struct compose *cx, struct buf *b, int with_pk, int for_order)
{
    struct shape *sh = cx->sh;
    struct query *q = cx->q;
    if (sh->group == GROUP_TABLE) {
        int lab[2], nl = label_cols(q, sh->group_t, lab, 1), pk = pk_col(q, sh->group_t);
        int first = 1;
        if (with_pk && pk >= 0) {
            put_col(cx, b, sh->group_t, pk);
            first = 0;
        }
        for (int j = 0; j < nl; j++) {
            if (with_pk && lab[j] == pk)
                continue;
            if (!first)
                buf_puts(b, ", ");
            put_col(cx, b, sh->group_t, lab[j]);
            if (!with_pk && !for_order && nl == 1)
                put_label_alias(cx, b, sh->group_t, lab[j]);
            first = 0;
        }
        if (nl == 0 && !with_pk && pk >= 0)
            put_col(cx, b, sh->group_t, pk);
    } else if (sh->group == GROUP_COLUMN) {
        put_col(cx, b, sh->group_t, sh->group_c);
    } else if (sh->group == GROUP_TIME) {
        put_time(cx, b, sh->group_t, sh->group_c, q->group_time);
        if (!with_pk && !for_order)
            buf_puts(b, q->group_time == NL_TIME_YEAR ? " AS year" : " AS month");
    }
}

/* The grouped entity in the select list: the columns asked for, else its label. */
static void put_group_select(struct compose *cx, struct buf *b)
{
    struct shape *sh = cx->sh;
    if (sh->n_gsel == 0) {
        put_group_items(cx, b, 0, 0);
        return;
    }
    for (size_t k = 0; k < sh->n_gsel; k++) {
        if (k)
            buf_puts(b, ", ");
        put_col(cx, b, sh->gsel_t[k], sh->gsel_c[k]);
    }
}

static void put_filters(struct compose *cx, struct buf *b)
{
    struct query *q = cx->q;
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        buf_puts(b, k ? " AND " : " WHERE ");
        if (f->kind == FILTER_NOTNULL) {
            put_col(cx, b, f->t, f->c);
            buf_puts(b, " IS NOT NULL");
            continue;
        }
        if (f->kind == FILTER_ANTI) {
            const char *ref = q->s->tables[f->t2].cols[f->c2].name;
            put_col(cx, b, f->t, f->c);
            buf_puts(b, " NOT IN (SELECT ");
            put_ident(b, q->dialect, ref);
            buf_puts(b, " FROM ");
            put_ident(b, q->dialect, q->s->tables[f->t2].name);
            buf_puts(b, " WHERE ");
            put_ident(b, q->dialect, ref);
            buf_puts(b, " IS NOT NULL)");
            continue;
        }
        if (f->kind == FILTER_YEAR) {
            put_time(cx, b, f->t, f->c, NL_TIME_YEAR);
            buf_printf(b, " %s ", nl_op_sql(f->op));
            if (f->op == NL_OP_IN)
                buf_putc(b, '(');
            for (size_t v = 0; v <= (f->op == NL_OP_IN ? f->n_more_nums : 0); v++) {
                int y = (int)(v ? f->more_nums[v - 1] : f->num);
                if (v)
                    buf_puts(b, ", ");
                if (q->dialect == DIALECT_SQLITE)
                    buf_printf(b, "'%04d'", y);
                else
                    buf_printf(b, "%d", y);
            }
            if (f->op == NL_OP_IN)
                buf_putc(b, ')');
            continue;
        }
        int cast = f->kind == FILTER_NUM && f->op != NL_OP_EQ && f->op != NL_OP_IN &&
                   !col_is_numeric(q, f->t, f->c);
        if (cast) /* numbers kept as text compare as numbers */
            buf_puts(b, "CAST(");
        if (f->kind == FILTER_VALUE && f->op == NL_OP_NE && !col_of(q, f->t, f->c)->notnull)
            buf_putc(b, '(');
        put_col(cx, b, f->t, f->c);
        if (cast)
            buf_puts(b, q->dialect == DIALECT_MYSQL ? " AS DECIMAL(30,10))" : " AS REAL)");
        /* an equality on numbers kept as text compares text: portable across dialects */
        int as_text = f->kind == FILTER_NUM && !cast && !col_is_numeric(q, f->t, f->c);
        if (f->kind == FILTER_NUM && f->op == NL_OP_IN) {
            buf_puts(b, " IN (");
            put_num_as(b, f->num, as_text);
            for (size_t v = 0; v < f->n_more_nums; v++) {
                buf_puts(b, ", ");
                put_num_as(b, f->more_nums[v], as_text);
            }
            buf_putc(b, ')');
        } else if (f->kind == FILTER_NUM && f->flag) {
            put_flag(cx, b, f->t, f->c, f->num != 0);
        } else if (f->kind == FILTER_NUM) {
            buf_printf(b, " %s ", nl_op_sql(f->op));
            put_num_as(b, f->num, as_text);
            if (f->op == NL_OP_BETWEEN) {
                buf_puts(b, " AND ");
                put_num(b, f->num2);
            }
        } else if (f->op == NL_OP_IN) {
            buf_puts(b, " IN (");
            for (size_t v = 0; v < f->n_vals; v++) {
                if (v)
                    buf_puts(b, ", ");
                buf_put_sql_string(b, f->vals[v]);
            }
            buf_putc(b, ')');
        } else if (f->op == NL_OP_NE && !col_of(q, f->t, f->c)->notnull) {
            /* "whose company is not X" includes the rows with no company */
            buf_puts(b, " <> ");
            buf_put_sql_string(b, f->vals[0]);
            buf_puts(b, " OR ");
            put_col(cx, b, f->t, f->c);
            buf_puts(b, " IS NULL)");
        } else {
            buf_puts(b, f->op == NL_OP_NE ? " <> " : " = ");
            buf_put_sql_string(b, f->vals[0]);
        }
    }
}

/* a column for explain: qualified when it is not in the main table */
static const char *explain_col(const struct compose *cx, int t, int c, char *out, size_t cap)
{
    const struct schema *s = cx->q->s;
    if (t == cx->sh->main)
        snprintf(out, cap, "%s", s->tables[t].cols[c].name);
    else
        snprintf(out, cap, "%s.%s", s->tables[t].name, s->tables[t].cols[c].name);
    return out;
}

static void explain_shape(struct compose *cx, struct buf *x)
{
    char cb[160];
    struct query *q = cx->q;
    struct shape *sh = cx->sh;
    const struct schema *s = q->s;
    const char *mname = s->tables[sh->main].name;
    static const char *const aggname[] = {"", "count", "sum", "average", "minimum", "maximum"};
    if (sh->revenue)
        buf_printf(x, "revenue (sum of %s * %s%s%s%s in %s)",
                   s->tables[q->rev_t].cols[q->rev_q].name, s->tables[q->rev_t].cols[q->rev_p].name,
                   q->rev_d >= 0 ? " * (1 - " : "",
                   q->rev_d >= 0 ? s->tables[q->rev_t].cols[q->rev_d].name : "",
                   q->rev_d >= 0 ? ")" : "", s->tables[q->rev_t].name);
    else if (sh->agg == NL_AGG_COUNT && sh->agg_c >= 0)
        buf_printf(x, "count of distinct %s.%s", s->tables[sh->agg_t].name,
                   s->tables[sh->agg_t].cols[sh->agg_c].name);
    else if (sh->agg == NL_AGG_COUNT)
        buf_printf(x, "count of %s", mname);
    else if (sh->agg != NL_AGG_NONE)
        buf_printf(x, "%s of %s.%s", aggname[sh->agg], s->tables[sh->agg_t].name,
                   s->tables[sh->agg_t].cols[sh->agg_c].name);
    else if (sh->n_sel) {
        buf_puts(x, sh->distinct ? "distinct " : "");
        for (size_t k = 0; k < sh->n_sel; k++)
            buf_printf(x, "%s%s", k ? ", " : "", s->tables[sh->sel_t[k]].cols[sh->sel_c[k]].name);
        buf_printf(x, " of %s", mname);
    } else
        buf_printf(x, "%s", mname);
    if (sh->group == GROUP_TABLE)
        buf_printf(x, " per %s", s->tables[sh->group_t].name);
    else if (sh->group == GROUP_COLUMN)
        buf_printf(x, " per %s", explain_col(cx, sh->group_t, sh->group_c, cb, sizeof cb));
    else if (sh->group == GROUP_TIME)
        buf_printf(x, " per %s of %s", q->group_time == NL_TIME_YEAR ? "year" : "month",
                   s->tables[sh->group_t].cols[sh->group_c].name);
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        const char *cn = explain_col(cx, f->t, f->c, cb, sizeof cb);
        buf_puts(x, k ? " and " : " where ");
        if (f->kind == FILTER_ANTI) {
            buf_printf(x, "no %s row points at it", q->s->tables[f->t2].name);
        } else if (f->kind == FILTER_NOTNULL) {
            buf_printf(x, "%s is set", cn);
        } else if (f->kind == FILTER_YEAR) {
            buf_printf(x, "year of %s %s %d", cn, f->op == NL_OP_IN ? "in" : nl_op_sql(f->op),
                       (int)f->num);
            for (size_t v = 0; f->op == NL_OP_IN && v < f->n_more_nums; v++)
                buf_printf(x, ", %d", (int)f->more_nums[v]);
        } else if (f->kind == FILTER_NUM && f->op == NL_OP_IN) {
            buf_printf(x, "%s in %.15g", cn, f->num);
            for (size_t v = 0; v < f->n_more_nums; v++)
                buf_printf(x, ", %.15g", f->more_nums[v]);
        } else if (f->kind == FILTER_NUM) {
            buf_printf(x, "%s %s %.15g", cn, nl_op_sql(f->op), f->num);
            if (f->op == NL_OP_BETWEEN)
                buf_printf(x, " and %.15g", f->num2);
        } else {
            buf_printf(x, "%s %s ", cn,
                       f->op == NL_OP_IN   ? "in"
                       : f->op == NL_OP_NE ? "is not"
                                           : "=");
            for (size_t v = 0; v < f->n_vals; v++) {
                if (v)
                    buf_puts(x, ", ");
                buf_put_sql_string(x, f->vals[v]);
            }
        }
    }
    if (sh->having) {
        buf_printf(x, " having count %s %.15g", nl_op_sql(q->having_op), q->having_num);
        if (q->having_op == NL_OP_BETWEEN)
            buf_printf(x, " and %.15g", q->having_num2);
    }
    if (sh->order_agg || sh->order_c >= 0) {
        buf_printf(x, ", ordered by %s %s",
                   sh->order_agg ? aggname[sh->agg] : s->tables[sh->order_t].cols[sh->order_c].name,
                   sh->order_dir > 0 ? "descending" : "ascending");
    }
    if (sh->limit > 0)
        buf_printf(x, ", first %ld", sh->limit);
}

static int compose(struct query *q, struct shape *sh, struct buf *sql, struct buf *x)
{
    struct compose cx;
    struct buf sel = BUF_INIT, tail = BUF_INIT;
    int rc = -1;
    memset(&cx, 0, sizeof cx);
    cx.q = q;
    cx.sh = sh;
    buf_init(&cx.from, 0);
    cx.alias = calloc(q->s->n_tables ? q->s->n_tables : 1, sizeof *cx.alias);
    if (!cx.alias)
        goto out;
    cx.alias[sh->main] = ++cx.n_alias;
    buf_puts(&cx.from, " FROM ");
    put_ident(&cx.from, q->dialect, q->s->tables[sh->main].name);
    buf_puts(&cx.from, " AS t1");

    /* join everything first: whether a join fans out decides COUNT(*) vs COUNT(DISTINCT) */
    if (sh->group == GROUP_TABLE || sh->group == GROUP_COLUMN || sh->group == GROUP_TIME)
        join_table(&cx, sh->group_t);
    if (sh->agg_t >= 0)
        join_table(&cx, sh->agg_t);
    if (sh->order_t >= 0)
        join_table(&cx, sh->order_t);
    for (size_t k = 0; k < sh->n_sel; k++)
        join_table(&cx, sh->sel_t[k]);
    for (size_t k = 0; k < q->nf; k++)
        join_table(&cx, q->f[k].t);
    if (cx.failed)
        goto out;
    if (cx.fanout && (sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG))
        doubt(q, P_UNSURE, "joined rows would be summed more than once");

    /* select list */
    if (sh->group != GROUP_NONE && (q->rank || (sh->having && q->agg == NL_AGG_NONE))) {
        /* "which city has the most customers": the city, not the count */
        put_group_select(&cx, &sel);
        if (q->rank && sh->order_agg && (sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG) &&
            ((q->agg_span >= 0 && q->agg_span < first_span_of(q, sh->group_t, 1)) ||
             (q->has_top && sh->revenue))) {
            /* "top 5 products by revenue": the revenue belongs in the answer */
            /* "the total quantity of the top 3 products": the totals are what was asked */
            buf_puts(&sel, ", ");
            put_agg(&cx, &sel);
            put_agg_alias(&cx, &sel);
        }
    } else if (sh->group != GROUP_NONE) {
        put_group_select(&cx, &sel);
        buf_puts(&sel, ", ");
        put_aggs(&cx, &sel);
    } else if (sh->agg != NL_AGG_NONE) {
        put_aggs(&cx, &sel);
    } else if (sh->n_sel) {
        for (size_t k = 0; k < sh->n_sel; k++) {
            if (k)
                buf_puts(&sel, ", ");
            put_col(&cx, &sel, sh->sel_t[k], sh->sel_c[k]);
        }
    } else if (q->rank && sh->order_c >= 0 && q->measure_span >= 0 &&
               q->measure_span < first_span_of(q, sh->main, 0) &&
               (size_t)q->measure_span + 1 < q->n &&
               q->sp[q->measure_span + 1].kind == NL_SPAN_STOPWORD &&
               strcmp(q->sp[q->measure_span + 1].lex->phrase, "of") == 0) {
        /* "the 3 largest weights of pets": the weights are what was asked */
        put_col(&cx, &sel, sh->order_t, sh->order_c);
    } else if (q->rank && sh->order_c >= 0) {
        /* "the most expensive product": its name, not the price that ranked it */
        int lab[2], nl = label_cols(q, sh->main, lab, 1);
        if (nl == 0)
            buf_puts(&sel, "t1.*");
        for (int j = 0; j < nl; j++) {
            if (j)
                buf_puts(&sel, ", ");
            put_col(&cx, &sel, sh->main, lab[j]);
        }
    } else {
        /* "list all categories", "the cartoons directed by X": rows named by their label */
        int lab[2], nl = label_cols(q, sh->main, lab, 1), pk = pk_col(q, sh->main);
        const char *w0 = q->toks[0].word;
        if (nl == 0 && pk >= 0 && strcmp(w0, "which") == 0) {
            lab[0] = pk; /* "which templates ...": the rows, by their key */
            nl = 1;
        } else if (nl == 0) {
            buf_puts(&sel, "t1.*");
            if (strcmp(w0, "who") == 0) /* a person's name, not a row of a table of events */
                doubt(q, P_UNSURE, "'who' and %s has no name", q->s->tables[sh->main].name);
            else if (q->nf || sh->order_c >= 0)
                doubt(q, P_SMALL, "which columns of %s to show is not said",
                      q->s->tables[sh->main].name);
        }
        for (int j = 0; j < nl; j++) {
            if (j)
                buf_puts(&sel, ", ");
            put_col(&cx, &sel, sh->main, lab[j]);
        }
    }

    /* WHERE, GROUP BY, HAVING, ORDER BY, LIMIT */
    put_filters(&cx, &tail);
    if (sh->group != GROUP_NONE) {
        buf_puts(&tail, " GROUP BY ");
        put_group_items(&cx, &tail, 1, 0);
    }
    if (sh->having) {
        buf_printf(&tail, " HAVING ");
        put_agg(&cx, &tail);
        buf_printf(&tail, " %s ", nl_op_sql(q->having_op));
        put_num(&tail, q->having_num);
        if (q->having_op == NL_OP_BETWEEN) {
            buf_puts(&tail, " AND ");
            put_num(&tail, q->having_num2);
        }
    }
    if (sh->order_agg) {
        buf_puts(&tail, " ORDER BY ");
        put_agg(&cx, &tail);
        buf_puts(&tail, sh->order_dir > 0 ? " DESC" : " ASC");
    } else if (sh->order_c >= 0) {
        buf_puts(&tail, " ORDER BY ");
        put_col(&cx, &tail, sh->order_t, sh->order_c);
        buf_puts(&tail, sh->order_dir > 0 ? " DESC" : " ASC");
    } else if (sh->group != GROUP_NONE) {
        buf_puts(&tail, " ORDER BY ");
        put_group_items(&cx, &tail, 0, 1);
    }
    if (sh->limit > 0)
        buf_printf(&tail, " LIMIT %ld", sh->limit);
    if (cx.failed)
        goto out;

    buf_puts(sql, "SELECT ");
    if (sh->distinct || (cx.fanout && sh->agg == NL_AGG_NONE))
        buf_puts(sql, "DISTINCT ");
    buf_puts(sql, buf_cstr(&sel));
    buf_puts(sql, buf_cstr(&cx.from));
    buf_puts(sql, buf_cstr(&tail));
    explain_shape(&cx, x);
    rc = sql->failed || x->failed || sel.failed || tail.failed || cx.from.failed ? -2 : 0;
out:
    free(cx.alias);
    buf_free(&cx.from);
    buf_free(&sel);
    buf_free(&tail);
    return rc;
}

/* ---- entry point ---- */

static enum dialect dialect_of(const struct schema *s)
{
    if (s->dialect && (strcasecmp(s->dialect, "postgresql") == 0 ||
                       strcasecmp(s->dialect, "postgres") == 0))
        return DIALECT_POSTGRES;
    if (s->dialect && (strcasecmp(s->dialect, "mysql") == 0 ||
                       strcasecmp(s->dialect, "mariadb") == 0))
        return DIALECT_MYSQL;
    return DIALECT_SQLITE;
}

/* Is this unknown word close to a schema name (a typo or a prefix)? Then it is not "missing". */
static int near_schema(const struct nl_schema *ns, const char *stem)
{
    size_t n = strlen(stem);
    for (size_t t = 0; t < ns->s->n_tables; t++) {
        for (size_t c = 0; c <= ns->s->tables[t].n_cols; c++) {
            const struct nl_name *nm = c == 0 ? &ns->tables[t] : &ns->cols[t][c - 1];
            for (size_t k = 0; k < nm->n; k++) {
                size_t m = strlen(nm->stem[k]);
                size_t common = 0;
                while (common < n && common < m && stem[common] == nm->stem[k][common])
                    common++;
                if (common >= 4 || (common == n && n >= 3) || (common == m && m >= 3))
                    return 1;
            }
        }
    }
    return 0;
}

void nl_answer_free(struct nl_answer *a)
{
    if (!a)
        return;
    free(a->sql);
    free(a->explain);
    a->sql = a->explain = NULL;
}

struct nl_prepared {
    struct nl_schema ns;
    uint64_t hash; /* of the schema it was built from */
};

int nl_prepare(const struct schema *s, struct nl_prepared **out, struct err *e)
{
    struct sb_stemmer *st = sb_stemmer_new("english", NULL);
    struct nl_prepared *p = calloc(1, sizeof *p);
    int rc = 0;
    *out = NULL;
    if (!st || !p || nl_schema_init(&p->ns, s, st) != 0) {
        rc = err_set(e, ERR_NOMEM, "nl_prepare: out of memory");
        free(p);
        p = NULL;
    } else {
        p->hash = s->hash;
        *out = p;
    }
    if (st)
        sb_stemmer_delete(st);
    return rc;
}

void nl_prepared_free(struct nl_prepared *p)
{
    if (!p)
        return;
    nl_schema_free(&p->ns);
    free(p);
}

int nl_generate(const struct schema *s, const char *question, struct nl_answer *out,
                struct err *e)
{
    return nl_generate_prepared(s, NULL, question, out, e);
}

int nl_generate_prepared(const struct schema *s, const struct nl_prepared *pre,
                         const char *question, struct nl_answer *out, struct err *e)
{
    struct nl_token toks[NL_MAX_TOKENS];
    struct nl_span spans[NL_MAX_SPANS];
    struct nl_schema own; /* when nothing usable was prepared */
    const struct nl_schema *nsp = NULL;
    struct query q;
    struct shape sh;
    struct buf sql = BUF_INIT, x = BUF_INIT;
    struct sb_stemmer *st = NULL;
    int rc = ERR_NOMEM, n_toks;

    memset(out, 0, sizeof *out);
    memset(&own, 0, sizeof own);
    memset(&q, 0, sizeof q);
    buf_init(&q.doubts, 4096);
    if (!s || !question) {
        rc = err_set(e, ERR_USAGE, "nl_generate: no schema or question");
        goto out;
    }
    st = sb_stemmer_new("english", NULL); /* one per call: a stemmer is not thread-safe */
    if (!st) {
        rc = err_set(e, ERR_NOMEM, "nl_generate: cannot create the stemmer");
        goto out;
    }
    n_toks = nl_tokenize(question, toks, NL_MAX_TOKENS, st);
    if (n_toks <= 0) {
        buf_puts(&x, n_toks < 0 ? "the question is too long for tier 0" : "empty question");
        goto done;
    }
    if (pre && pre->ns.s == s && pre->hash == s->hash) {
        nsp = &pre->ns;
    } else if (nl_schema_init(&own, s, st) != 0) {
        rc = err_set(e, ERR_NOMEM, "nl_generate: out of memory");
        goto out;
    } else {
        nsp = &own;
    }
    q.s = s;
    q.ns = nsp;
    q.toks = toks;
    q.sp = spans;
    q.n = nl_link(nsp, toks, (size_t)n_toks, spans, NL_MAX_SPANS, st);
    q.dialect = dialect_of(s);
    q.conf = 1.0;
    q.agg_span = q.measure_span = q.counted_span = q.count_col_span = q.group_span = -1;
    q.most_span = q.having_span = q.order_hint = q.main = q.entity = q.rev_t = q.rev_d = -1;
    q.sort_span = q.taken_col = q.anti_span = q.anti_from = -1;
    if (bfs_alloc(&q.bfs, s->n_tables) != 0) {
        rc = err_set(e, ERR_NOMEM, "nl_generate: out of memory");
        goto out;
    }
    interpret(&q);

    if (q.vague) {
        settle_unknowns(&q, NULL);
        buf_printf(&x, "not a lookup tier 0 can answer: %s", buf_cstr(&q.doubts));
        goto done;
    }
    if (!q.any_link) {
        settle_unknowns(&q, NULL);
        int missing = q.unknown[0] != '\0' && q.shape;
        for (size_t i = 0; missing && i < q.n; i++)
            if (q.sp[i].kind == NL_SPAN_UNKNOWN && near_schema(nsp, toks[q.sp[i].tok].stem))
                missing = 0;
        if (missing) {
            out->unanswerable = 1;
            buf_printf(&x, "no table, column or value matches '%s'", q.unknown);
        } else {
            buf_printf(&x, "nothing in the question matches the schema%s%s",
                       q.doubts.len ? ": " : "", buf_cstr(&q.doubts));
        }
        goto done;
    }
    if (resolve(&q, &sh) != 0) {
        settle_unknowns(&q, NULL);
        buf_printf(&x, "not understood: %s", buf_cstr(&q.doubts));
        goto done;
    }
    settle_unknowns(&q, &sh);
    for (size_t k = 0; k < q.nf; k++)
        out->empty_ok |= q.f[k].kind == FILTER_ANTI;
    if ((q.limit > 0 || q.has_top) && sh.limit <= 0)
        doubt(&q, P_UNSURE, "'%s' is not applied to the answer", q.has_top ? "top" : "the number");
    if (q.rank && (q.agg == NL_AGG_COUNT || q.agg == NL_AGG_AVG || q.agg == NL_AGG_SUM) &&
        sh.agg == NL_AGG_NONE)
        doubt(&q, P_UNSURE, "an aggregate over the ranked rows is not composed");
    if ((strcmp(toks[0].word, "where") == 0 || strcmp(toks[0].word, "when") == 0) &&
        sh.n_sel == 0 && sh.n_gsel == 0 && sh.agg == NL_AGG_NONE)
        doubt(&q, P_UNSURE, "'%s' asks for a column the question does not name", toks[0].word);
    int crc = compose(&q, &sh, &sql, &x);
    if (crc == -2) {
        rc = err_set(e, ERR_NOMEM, "nl_generate: out of memory");
        goto out;
    }
    if (crc != 0) {
        buf_reset(&x);
        buf_printf(&x, "not understood: %s", buf_cstr(&q.doubts));
        buf_reset(&sql);
        goto done;
    }
    /* a table named in the question that plays no part */
    for (size_t k = 0; k < q.n_mentions; k++) {
        int t = span_table(&q, q.mentions[k]);
        int used = t == sh.main || t == q.entity || t == sh.group_t || t == sh.agg_t ||
                   q.bfs.dist[t] == 0;
        for (size_t j = 0; !used && j < q.nf; j++)
            used = q.f[j].t == t;
        for (size_t j = 0; !used && j < sh.n_sel; j++)
            used = sh.sel_t[j] == t;
        if (!used) {
            /* on the join path ("students enrolled in Databases") it is a connector */
            for (size_t j = 0; !used && j < q.nf; j++) {
                int u = q.f[j].t;
                while (!used && u >= 0 && u != sh.main && q.bfs.dist[u] > 0) {
                    u = q.bfs.via[u].from;
                    used = u == t;
                }
            }
        }
        if (!used)
            doubt(&q, P_UNSURE, "'%s' has no role in the query", s->tables[t].name);
    }
    if (q.conf < 0)
        q.conf = 0;
    out->confidence = q.conf;
    if (q.doubts.len)
        buf_printf(&x, " (unsure: %s)", buf_cstr(&q.doubts));
    out->sql = buf_detach(&sql);
    if (!out->sql)
        goto out;
done:
    if (x.failed)
        goto out;
    out->explain = buf_detach(&x);
    if (!out->explain)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        nl_answer_free(out);
    if (q.s)
        bfs_free(&q.bfs);
    nl_schema_free(&own);
    if (st)
        sb_stemmer_delete(st);
    buf_free(&sql);
    buf_free(&x);
    buf_free(&q.doubts);
    return rc;
}
