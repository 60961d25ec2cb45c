/* nl tier 0, joins: shortest paths over the foreign-key graph (breadth-first search from the
 * table rows come from), and whether a join keeps one row per row or fans out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "semantic/semantic.h"
#include "util/buf.h"

#include "util/banned.h"

int t0_bfs_alloc(struct bfs *b, size_t n)
{
    b->dist = calloc(n ? n : 1, sizeof *b->dist);
    b->npaths = calloc(n ? n : 1, sizeof *b->npaths);
    b->via = calloc(n ? n : 1, sizeof *b->via);
    return b->dist && b->npaths && b->via ? 0 : -1;
}

void t0_bfs_free(struct bfs *b)
{
    free(b->dist);
    free(b->npaths);
    free(b->via);
}

/* Shortest paths from table `from` over FK edges in both directions, in schema order so the
 * result is deterministic. Self-references (manager_id) are not used for joins. */
void t0_bfs_run(const struct query *q, struct bfs *b, int from)
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
                /* A key the schema declares from one side is the join; a key only inferred
                 * from a name on the other side (org_unit.head_emp_id beside the declared
                 * emp.dept_cd) is no other way of it. Two keys of one side (pickup and return
                 * branch, one declared) stay two ways. */
                int declared[2] = {0, 0};
                for (int dir = 0; dir < 2; dir++) {
                    size_t owner = dir == 0 ? x : y, other = dir == 0 ? y : x;
                    const struct schema_table *ot = &q->s->tables[owner];
                    for (size_t c = 0; c < ot->n_cols; c++)
                        declared[dir] |=
                            q->ns->fk_target[q->ns->col_base[owner] + c] == (int)other &&
                            ot->cols[c].fk_table != NULL;
                }
                for (int dir = 0; dir < 2; dir++) {
                    size_t owner = dir == 0 ? x : y, other = dir == 0 ? y : x;
                    const struct schema_table *ot = &q->s->tables[owner];
                    for (size_t c = 0; c < ot->n_cols; c++) {
                        size_t fi = q->ns->col_base[owner] + c;
                        if (q->ns->fk_target[fi] != (int)other ||
                            (declared[!dir] && !declared[dir] && !ot->cols[c].fk_table))
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
    t0_semantic_prefer_joins(q, b, from);
    struct edge e;
    int x = q->through_t, y = q->through_to;
    int above = 0; /* y on x's own path from the start: rewiring y to x would make a circle */
    for (int t = x, hops = 0; t >= 0 && b->dist[t] > 0 && hops < 64 && !above; hops++) {
        t = b->via[t].from;
        above = t == y;
    }
    if (x >= 0 && y >= 0 && y != from && b->dist[x] >= 0 && !above &&
        t0_edge_between(q, x, y, &e)) {
        b->via[y] = e; /* "orders per customer region": the region is the customer's */
        b->dist[y] = b->dist[x] + 1;
        b->npaths[y] = 1;
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
int t0_many_to_one(const struct query *q, int t)
{
    return many_to_one_in(&q->bfs, t);
}

/* Each row of `from` joins at most one row of `to` (only FKs owned on the way out). */
int t0_many_to_one_from(const struct query *q, int from, int to)
{
    struct bfs b; /* its own search: q->bfs belongs to the shape being resolved */
    int r = 0;
    if (t0_bfs_alloc(&b, q->s->n_tables) == 0) {
        t0_bfs_run(q, &b, from);
        r = many_to_one_in(&b, to);
    }
    t0_bfs_free(&b);
    return r;
}

/* Some FK on the path from main to t (per the last bfs_run) may be NULL: an inner join drops
 * those rows. */
int t0_path_nullable(const struct query *q, int t)
{
    for (int hops = 0; t >= 0 && q->bfs.dist[t] > 0 && hops < 64; hops++) {
        const struct edge *e = &q->bfs.via[t];
        if (!t0_col_of(q, e->owner, e->col)->notnull)
            return 1;
        t = e->from;
    }
    return 0;
}

int t0_distance(const struct query *q, int a, int b)
{
    struct bfs tmp;
    int d = -1;
    if (a == b)
        return 0;
    if (t0_bfs_alloc(&tmp, q->s->n_tables) == 0) {
        t0_bfs_run(q, &tmp, a);
        d = tmp.dist[b];
    }
    t0_bfs_free(&tmp);
    return d;
}

/* The one FK column of table t that references table m (its column in *mc), or -1 when none or
 * several. */
int t0_fk_to(const struct query *q, int t, int m, int *mc)
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

/* "customers who placed an order in 2023": the question names a table whose rows point at
 * main's (orders of customers) and has no other role; its date is the one a period is on, not
 * main's own (signup_date), unless a word names main's date. The table, or -1. */
static int mentioned_child_date(struct query *q, int main, int *c_out)
{
    int found = -1, mc = -1;
    if (t0_date_col_said(q, main))
        return -1;
    for (size_t k = 0; k < q->n_mentions; k++) {
        int t = t0_span_table(q, q->mentions[k]), amb = 0, c;
        if (t < 0 || t == main || t0_fk_to(q, t, main, &mc) < 0 ||
            (c = t0_date_col(q, t, &amb)) < 0 || amb)
            continue;
        if (found >= 0 && found != t)
            return -1;
        found = t;
        *c_out = c;
    }
    return found;
}

/* A date that records when the row itself was written, not when its event happened: crt_ts,
 * created_at, upd_ts, last_modified, etl_load_dt. */
static int audit_date(const struct query *q, int t, int c)
{
    static const char *const starts[] = {"crt", "creat",  "upd",  "modif", "load",
                                         "etl", "insert", "sync", "chang"};
    const struct nl_name *cn = &q->ns->cols[t][c];
    for (size_t k = 0; k < cn->n; k++)
        for (size_t w = 0; w < sizeof starts / sizeof starts[0]; w++)
            if (strncmp(cn->stem[k], starts[w], strlen(starts[w])) == 0)
                return 1;
    return 0;
}

/* Table t is named for a transaction (orders, invoices, payments, bookings: ord, inv, pmt):
 * its date is when things happened, where a listing's or a product's is when it was made. */
static int transaction_table(const struct query *q, int t)
{
    static const char *const words[] = {"order",   "invoice",  "sale",     "payment", "transaction",
                                        "booking", "purchase", "shipment", "charge"};
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t i = 0; i < tn->n; i++)
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
            char stem[NL_WORD_MAX];
            nl_stem(words[k], stem, sizeof stem);
            if (strcmp(tn->stem[i], stem) == 0 || nl_short_form(tn->stem[i], words[k]))
                return 1;
        }
    return 0;
}

/* Table t names its rows (a name column: sch_nm, store name): a thing, not an event. */
static int named_entity(const struct query *q, int t)
{
    int lab[2];
    int n = t0_label_cols(q, t, lab, 0);
    for (int j = 0; j < n; j++)
        if (t0_col_has_word(q, t, lab[j], "name") || t0_col_has_word(q, t, lab[j], "nm"))
            return 1;
    return 0;
}

/* Table t is the document main's rows are lines of: main's key holds a column pointing at t
 * (so_line keyed by so_nbr, line_nbr belongs to so_hdr). */
static int owns_rows_of(const struct query *q, int main, int t)
{
    for (size_t c = 0; c < q->s->tables[main].n_cols; c++)
        if (q->s->tables[main].cols[c].pk && q->ns->fk_target[q->ns->col_base[main] + c] == t)
            return 1;
    return 0;
}

/* The date column for year filters and time groups: main's own, else the nearest table's; of
 * tables as near, the one main's rows are lines of, then one whose date is an event's rather
 * than the day a record was written (order lines are dated by their order, not by the day
 * their item was created). */
/* A column of t named as a date or a time ("actvn_ts", "paid_at", "start_date") that is not
 * kept as one (a number of seconds, a code): -1 when there is none. */
int t0_date_named_col(const struct query *q, int t)
{
    static const char *const ends[] = {"_ts",   "_at",        "_dt",   "_date",
                                       "_time", "_timestamp", "_epoch"};
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        const struct schema_column *col = &q->s->tables[t].cols[c];
        size_t n = strlen(col->name);
        if (col->type == SCHEMA_TYPE_DATE || t0_col_is_key(q, t, (int)c))
            continue;
        for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
            size_t e = strlen(ends[k]);
            if (n > e && strcasecmp(col->name + n - e, ends[k]) == 0)
                return (int)c;
        }
        /* built_yr, year_opened: a year kept as a number dates the rows too */
        if (col->type == SCHEMA_TYPE_INTEGER &&
            (t0_col_has_word(q, t, (int)c, "yr") || t0_col_has_word(q, t, (int)c, "year")))
            return (int)c;
    }
    return -1;
}

int t0_find_date(struct query *q, int main, int *t_out)
{
    int amb = 0, c = t0_date_col(q, main, &amb), cc = -1;
    int child = c >= 0 ? mentioned_child_date(q, main, &cc) : -1;
    if (child >= 0) {
        *t_out = child;
        t0_doubt(q, P_SLIGHT, "dated by %s.%s", q->s->tables[child].name,
                 q->s->tables[child].cols[cc].name);
        return cc;
    }
    *t_out = main;
    if (c < 0) {
        int best_d = 1 << 30;
        for (size_t t = 0; t < q->s->n_tables; t++) {
            int a2 = 0, c2 = t0_date_col(q, (int)t, &a2);
            int d = c2 >= 0 ? q->bfs.dist[t] * 8 + !owns_rows_of(q, main, (int)t) * 4 +
                                  !transaction_table(q, (int)t) * 2 + audit_date(q, (int)t, c2)
                            : 0;
            if (c2 >= 0 && d >= 8 && d < best_d && q->bfs.via[t].owner == q->bfs.via[t].from) {
                best_d = d;
                *t_out = (int)t;
                c = c2;
                amb = a2;
            }
        }
        int own = t0_date_named_col(q, main);
        if (c >= 0 && own >= 0)
            /* sim_actvn.actvn_ts kept as seconds since 1970: the rows' own date, which another
             * table's date (the device's release) does not replace */
            t0_doubt(q, P_UNSURE, "dated by %s.%s, though %s.%s is named as a date",
                     q->s->tables[*t_out].name, q->s->tables[*t_out].cols[c].name,
                     q->s->tables[main].name, q->s->tables[main].cols[own].name);
        else if (c >= 0 && !owns_rows_of(q, main, *t_out) && !transaction_table(q, *t_out) &&
                 t0_many_to_one_from(q, main, *t_out) && named_entity(q, *t_out))
            /* lunch charges by the day their school opened: a named thing the rows belong to
             * dates itself, not them */
            t0_doubt(q, P_UNSURE, "dated by %s.%s, the date of the %s the rows belong to",
                     q->s->tables[*t_out].name, q->s->tables[*t_out].cols[c].name,
                     q->s->tables[*t_out].name);
        else if (c >= 0)
            t0_doubt(q, P_SMALL, "dated by %s.%s", q->s->tables[*t_out].name,
                     q->s->tables[*t_out].cols[c].name);
    }
    if (amb)
        t0_doubt(q, P_UNSURE, "%s has several date columns", q->s->tables[*t_out].name);
    else if (c >= 0 && q->metric_drafted && t0_date_cols(q, *t_out) > 1 &&
             !t0_date_col_said(q, *t_out) && q->ns->tables[*t_out].n &&
             !t0_col_has_word(q, *t_out, c,
                              q->ns->tables[*t_out].stem[q->ns->tables[*t_out].n - 1]))
        /* invoices issued, due and paid: a drafted revenue's date is a guess nobody checked */
        t0_doubt(q, P_UNSURE, "%s drafted: dated by %s, one of %s's dates", q->metric->name,
                 q->s->tables[*t_out].cols[c].name, q->s->tables[*t_out].name);
    return c;
}
