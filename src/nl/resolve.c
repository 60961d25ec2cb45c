/* nl tier 0, resolution: one schema element for every linked phrase, giving the query its
 * shape (the table rows come from, the aggregate, grouping, ranking, selected columns and
 * resolved filters). Runs as a table of steps; a step that cannot decide stops with a doubt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "util/buf.h"

#include "util/banned.h"

/* Index of the candidate of span i nearest to table `anchor` (any candidate when anchor < 0).
 * Several equally near candidates in different columns are a doubt. */
static int pick_cand(struct query *q, int i, int anchor)
{
    struct nl_span *sp = &q->sp[i];
    char text[160];
    int best = -1, best_d = 1 << 30, tie = 0;
    for (size_t k = 0; k < sp->n_cand; k++) {
        int d = anchor < 0 ? 0 : t0_distance(q, anchor, sp->cand[k].table);
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
        t0_doubt(q, P_UNSURE, "'%s' could mean several columns", t0_span_text(q, sp, text, sizeof text));
    else if (sp->partial && sp->kind == NL_SPAN_COLUMN && anchor >= 0 &&
             sp->cand[best].table != anchor)
        t0_doubt(q, P_UNSURE, "'%s' matched only part of %s.%s, away from %s",
              t0_span_text(q, sp, text, sizeof text), q->s->tables[sp->cand[best].table].name,
              q->s->tables[sp->cand[best].table].cols[sp->cand[best].col].name,
              q->s->tables[anchor].name);
    else if (anchor >= 0 && sp->cand[best].table != anchor)
        t0_doubt(q, P_SLIGHT, "'%s' resolved to %s.%s", t0_span_text(q, sp, text, sizeof text),
              q->s->tables[sp->cand[best].table].name,
              sp->cand[best].col >= 0
                  ? q->s->tables[sp->cand[best].table].cols[sp->cand[best].col].name
                  : "");
    return best;
}

int t0_span_table(const struct query *q, int i)
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

static int is_mention_before(const struct query *q, int mention, int span)
{
    return mention >= 0 && (span < 0 || mention < span);
}

/* The date column for year filters and time groups: main's own, else the nearest table's. */
static int find_date(struct query *q, int main, int *t_out)
{
    int amb = 0, c = t0_date_col(q, main, &amb);
    *t_out = main;
    if (c < 0) {
        int best_d = 1 << 30;
        for (size_t t = 0; t < q->s->n_tables; t++) {
            int a2 = 0, c2 = t0_date_col(q, (int)t, &a2);
            int d = q->bfs.dist[t];
            if (c2 >= 0 && d > 0 && d < best_d && q->bfs.via[t].owner == q->bfs.via[t].from) {
                best_d = d;
                *t_out = (int)t;
                c = c2;
                amb = a2;
            }
        }
        if (c >= 0)
            t0_doubt(q, P_SMALL, "dated by %s.%s", q->s->tables[*t_out].name,
                  q->s->tables[*t_out].cols[c].name);
    }
    if (amb)
        t0_doubt(q, P_UNSURE, "%s has several date columns", q->s->tables[*t_out].name);
    return c;
}

int t0_is_copula(const char *w)
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
        t0_doubt(q, P_UNSURE, "sorting an aggregate or a ranking");
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
        if (t0_label_cols(q, sh->main, lab, 1) == 0) {
            t0_doubt(q, P_UNSURE, "alphabetical by what?");
            return -1;
        }
        sh->order_t = sh->main;
        sh->order_c = lab[0];
    } else if (q->sort_adj && (q->sort_adj > 0 ? q->sort_adj : -q->sort_adj) - 1 == NL_HINT_AGE &&
               ((sh->order_c = t0_implied_col(q, sh->main, "age")) >= 0 ||
                (sh->order_c = t0_birth_col(q, sh->main)) >= 0)) {
        sh->order_t = sh->main; /* "from oldest to youngest": by age, or by birth date */
    } else {
        t0_doubt(q, P_UNSURE, "sorted by what?");
        return -1;
    }
    sh->order_dir = q->sort_dir ? q->sort_dir : -1;
    if (!q->sort_dir && q->sort_adj) {
        /* "from the oldest": by age, the largest first; by a date, the earliest first */
        int hint = (q->sort_adj > 0 ? q->sort_adj : -q->sort_adj) - 1;
        int dir = q->sort_adj > 0 ? 1 : -1;
        int is_date = t0_col_of(q, sh->order_t, sh->order_c)->type == SCHEMA_TYPE_DATE;
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
        return sh->group == GROUP_COLUMN && !q->rank && t0_span_has_col(sp, sh->group_t, sh->group_c);
    /* ranked by a named measure ("the highest earnings"), not by an adjective ("the oldest") */
    int own_rank = sh->group == GROUP_NONE && q->rank && sh->agg == NL_AGG_NONE &&
                   (q->measure_span >= 0 ||
                    (q->order_hint >= 0 && sh->order_c >= 0 && sh->order_t == sh->main &&
                     t0_col_of(q, sh->order_t, sh->order_c)->type != SCHEMA_TYPE_DATE));
    int t = sh->group == GROUP_TABLE && sh->group_t != sh->main ? sh->group_t
            : own_rank                                            ? sh->main
                                                                  : -1;
    if (t < 0 || !(name_word || own_rank || t0_span_has_table(sp, t)))
        return 0;
    int pv = t0_prev_content(q, (size_t)i);
    if (name_word && pv >= 0 && q->sp[pv].kind == NL_SPAN_TABLE && !t0_span_has_table(&q->sp[pv], t))
        return 0; /* "their dogs' name": another table's name */
    int *out_t = own_rank ? sh->sel_t : sh->gsel_t, *out_c = own_rank ? sh->sel_c : sh->gsel_c;
    size_t *n = own_rank ? &sh->n_sel : &sh->n_gsel;
    if (name_word && !t0_span_has_table(sp, t)) {
        int lab[2], nl = t0_label_cols(q, t, lab, 1);
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
int t0_first_span_of(const struct query *q, int t, int columns)
{
    for (size_t i = 0; i < q->n; i++)
        if ((q->sp[i].kind == NL_SPAN_TABLE || (columns && q->sp[i].kind == NL_SPAN_COLUMN)) &&
            t0_span_has_table(&q->sp[i], t))
            return (int)i;
    return (int)q->n;
}

/* "customers without orders": main's rows that no row of the absent table points at, directly
 * (orders.customer_id) or through a table linking both ("teachers who teach no course":
 * course_arrange.teacher_id). Adds the ANTI filter; -1 (with a doubt) when there is no single
 * such link or the shape is a ranking or a grouping. */
static int anti_filter(struct query *q, const struct shape *sh)
{
    int m = sh->main, t2 = t0_span_table(q, q->anti_span), mc = -1, via = -1, fc = -1;
    if (m < 0 || t2 == m || q->rank || sh->group != GROUP_NONE || q->nf >= NL_MAX_FILTERS) {
        t0_doubt(q, P_WRONGISH, "a negation tier 0 does not compose here");
        return -1;
    }
    if ((fc = t0_fk_to(q, t2, m, &mc)) >= 0) {
        via = t2;
    } else {
        int n = 0;
        for (size_t b = 0; b < q->s->n_tables; b++) {
            int bc, bm = -1, bt;
            if ((int)b == m || (int)b == t2 || (bc = t0_fk_to(q, (int)b, m, &bm)) < 0 ||
                t0_fk_to(q, (int)b, t2, &bt) < 0)
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
        t0_doubt(q, P_WRONGISH, "no single link says which %s have no %s", q->s->tables[m].name,
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
    const struct schema_column *col = t0_col_of(q, t, c);
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

int t0_resolve(struct query *q, struct shape *sh)
{
    char text[160];
    int first_mention = q->n_mentions ? q->mentions[0] : -1;
    int E = t0_span_table(q, first_mention);
    int anchor = E;
    memset(sh, 0, sizeof *sh);
    sh->main = -1;
    sh->agg_t = sh->agg_c = sh->group_t = sh->group_c = sh->order_t = sh->order_c = -1;

    if (first_mention >= 0 && q->sp[first_mention].n_cand > 1)
        t0_doubt(q, P_UNSURE, "'%s' could mean several tables",
              t0_span_text(q, &q->sp[first_mention], text, sizeof text));
    if (anchor < 0 && q->group == GROUP_TABLE)
        anchor = t0_span_table(q, q->group_span);
    if (anchor < 0 && q->counted_span >= 0)
        anchor = t0_span_table(q, q->counted_span);
    if (anchor < 0 && q->most_span >= 0)
        anchor = t0_span_table(q, q->most_span);
    for (size_t k = 0; anchor < 0 && k < q->nf; k++)
        if (q->f[k].kind == FILTER_VALUE)
            anchor = t0_span_table(q, q->f[k].span);

    /* the measure: a column, or revenue as quantity * price of one table */
    int mt = -1, mc = -1;
    if (q->measure_span >= 0) {
        int k = pick_cand(q, q->measure_span, anchor);
        mt = q->sp[q->measure_span].cand[k].table;
        mc = q->sp[q->measure_span].cand[k].col;
        if (!t0_col_is_numeric(q, mt, mc) && q->agg != NL_AGG_MIN && q->agg != NL_AGG_MAX)
            t0_doubt(q, P_WRONGISH, "%s is not a number", q->s->tables[mt].cols[mc].name);
        if (q->revenue)
            t0_doubt(q, P_UNSURE, "both a column and revenue as the measure");
    } else if (q->revenue) {
        int best_d = 1 << 30, n_best = 0;
        for (size_t t = 0; t < q->s->n_tables; t++) {
            int qc, pc;
            if (!t0_revenue_cols(q, (int)t, &qc, &pc))
                continue;
            int d = anchor >= 0 ? t0_distance(q, anchor, (int)t) : 0;
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
            t0_doubt(q, P_WRONGISH, "no table has quantity and price columns to compute revenue");
            return -1;
        }
        if (n_best > 1)
            t0_doubt(q, P_UNSURE, "several tables could hold revenue");
        q->rev_d = t0_discount_col(q, q->rev_t);
        t0_doubt(q, P_SLIGHT, "revenue read as %s * %s%s%s%s",
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
        key_t = t0_span_table(q, q->most_span);
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
            if (E >= 0 && mt != E && !t0_many_to_one_from(q, E, mt))
                t0_doubt(q, P_UNSURE, "the largest single %s, or the largest total?",
                      q->s->tables[mt].cols[mc >= 0 ? mc : 0].name);
        }
    } else if ((q->has_top || q->limit > 0 || q->order_hint >= 0) && E >= 0) {
        rank_dir = q->has_top ? q->top_dir : 1;
        if (q->counted_span >= 0 && t0_span_table(q, q->counted_span) != E) {
            key = KEY_COUNT;
            key_t = t0_span_table(q, q->counted_span);
        } else if (mt >= 0) {
            key = mc >= 0 && mt == E ? KEY_OWN : KEY_AGG;
        } else if (q->group == GROUP_COLUMN) {
            int k = pick_cand(q, q->group_span, E);
            mt = q->sp[q->group_span].cand[k].table;
            mc = q->sp[q->group_span].cand[k].col;
            key = mt == E ? KEY_OWN : KEY_AGG;
            q->group = GROUP_NONE;
            if (key == KEY_AGG)
                t0_doubt(q, P_UNSURE, "ranking %s by another table's %s", q->s->tables[E].name,
                      q->s->tables[mt].cols[mc].name);
        } else if (q->order_hint >= 0) {
            mt = E;
            if (q->order_hint == NL_HINT_PRICE) {
                mc = t0_price_col(q, E);
            } else if (q->order_hint == NL_HINT_AGE && (mc = t0_birth_col(q, E)) >= 0) {
                q->order_dir = -q->order_dir; /* the oldest was born first */
            } else if (q->order_hint == NL_HINT_AGE &&
                       ((mc = t0_implied_col(q, E, "age")) >= 0 || (mc = t0_text_age_col(q, E)) >= 0)) {
                /* an age column: the oldest has the largest */
            } else {
                int lab[2];
                if (q->order_hint == NL_HINT_AGE) {
                    q->order_dir = -q->order_dir; /* the oldest row has the earliest date */
                    if (t0_label_cols(q, E, lab, 1) == 2) /* a person: age, or time with us? */
                        t0_doubt(q, P_UNSURE, "%s has no birth date to tell age",
                              q->s->tables[E].name);
                }
                int dt;
                t0_bfs_run(q, &q->bfs, E);
                mc = find_date(q, E, &dt);
                if (dt != E)
                    mc = -1;
            }
            if (mc < 0) {
                t0_doubt(q, P_WRONGISH, "%s has no column for '%s'", q->s->tables[E].name,
                      q->order_hint == NL_HINT_PRICE ? "price" : "date");
                return -1;
            }
            key = KEY_OWN;
        } else {
            t0_doubt(q, P_UNSURE, "top by what?");
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
            t0_doubt(q, P_UNSURE, "how many to show is not said");
        memmove(q->selects, q->selects + 1, (q->n_selects - 1) * sizeof q->selects[0]);
        q->n_selects--;
        q->rank = 1;
        key = KEY_NONE;
        if (q->group != GROUP_NONE)
            t0_doubt(q, P_UNSURE, "both a ranking and a grouping");
    } else if (key != KEY_NONE) {
        if (E < 0 && key == KEY_OWN)
            E = mt;
        if (E < 0) {
            t0_doubt(q, P_UNSURE, "ranked what?");
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
                t0_doubt(q, P_UNSURE, "how many to show is not said");
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
                t0_doubt(q, P_UNSURE, "%s ranked by its own count", q->s->tables[E].name);
                return -1;
            }
        }
        if (q->group != GROUP_NONE && !(q->group == GROUP_TABLE &&
                                         t0_span_table(q, q->group_span) == E))
            t0_doubt(q, P_UNSURE, "both a ranking and a grouping");
    } else if (!q->rank) {
        /* aggregate or list */
        sh->agg = q->agg;
        if (mt >= 0) {
            sh->main = mt;
            sh->agg_t = mt;
            sh->agg_c = mc;
            if (q->agg == NL_AGG_COUNT && mc < 0) {
                /* "how many sales": a count of revenue is no count tier 0 can name */
                t0_doubt(q, P_WRONGISH, "counting revenue");
                return -1;
            }
            if (q->agg == NL_AGG_COUNT) {
                sh->count_distinct = 1;
                t0_flag_count_doubt(q, mt, mc);
            }
        } else if (q->counted_span >= 0) {
            sh->main = t0_span_table(q, q->counted_span);
        } else if (q->count_col_span >= 0) {
            int k = pick_cand(q, q->count_col_span, anchor);
            sh->main = q->sp[q->count_col_span].cand[k].table;
            if (t0_col_is_flag(q, sh->main, q->sp[q->count_col_span].cand[k].col) &&
                !q->distinct) {
                /* "how many loyalty members": the rows where the flag is set */
                t0_narrow_to(&q->sp[q->count_col_span], k);
                t0_flag_filter(q, (size_t)q->count_col_span, 0);
            } else {
                sh->agg_t = sh->main;
                sh->agg_c = q->sp[q->count_col_span].cand[k].col;
                sh->count_distinct = 1;
                t0_flag_count_doubt(q, sh->agg_t, sh->agg_c);
            }
        } else if (E >= 0) {
            sh->main = E;
        } else if (q->n_selects == 1 && q->having_span >= 0 &&
                   t0_span_has_table(&q->sp[q->selects[0]], t0_span_table(q, q->having_span))) {
            sh->main = t0_span_table(q, q->having_span); /* "document ids with 2 paragraphs" */
        } else if (q->n_selects) {
            int k = pick_cand(q, q->selects[0], anchor);
            sh->main = q->sp[q->selects[0]].cand[k].table;
        } else if (anchor >= 0) {
            sh->main = anchor;
        }
        if (sh->main < 0) {
            t0_doubt(q, P_WRONGISH, "no table to read from");
            return -1;
        }
        if ((sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG || sh->agg == NL_AGG_MIN ||
             sh->agg == NL_AGG_MAX) && mt < 0) {
            t0_doubt(q, P_WRONGISH, "%s of what?", sh->agg == NL_AGG_AVG ? "average" : "aggregate");
            return -1;
        }
        int hc = -1, ht = q->having_span >= 0 ? t0_span_table(q, q->having_span) : -1;
        if (ht >= 0 && sh->agg == NL_AGG_NONE && (E < 0 || ht == E) && q->n_selects == 1) {
            /* "hometowns shared by at least two teachers": the one column asked for, in the
             * counted table, grouped */
            const struct nl_span *gsp = &q->sp[q->selects[0]];
            for (size_t k = 0; k < gsp->n_cand && hc < 0; k++)
                if (gsp->cand[k].table == ht && gsp->cand[k].col >= 0 &&
                    t0_col_of(q, ht, gsp->cand[k].col)->pk == 0)
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
                t0_doubt(q, P_WRONGISH, "a nested count is not composed by tier 0");
                return -1;
            }
            sh->main = ht;
            sh->agg = NL_AGG_COUNT;
            sh->group = GROUP_TABLE;
            sh->group_t = E;
            sh->having = 1;
        }
        if (q->order_hint >= 0 && !q->rank)
            t0_doubt(q, P_UNSURE, "an ordering without a target");
    }
    if (q->anti_span >= 0 && anti_filter(q, sh) != 0)
        return -1;
    if (q->n_more_aggs && (q->rank || sh->revenue || sh->agg == NL_AGG_COUNT ||
                           sh->agg == NL_AGG_NONE || sh->agg_c < 0 || q->having_span >= 0)) {
        t0_doubt(q, P_UNSURE, "two aggregations");
        q->n_more_aggs = 0;
    }
    t0_bfs_run(q, &q->bfs, sh->main);

    /* grouping */
    if (!q->rank && q->having_span < 0) {
        if (q->group == GROUP_TABLE) {
            sh->group = GROUP_TABLE;
            sh->group_t = t0_span_table(q, q->group_span);
            if (q->sp[q->group_span].n_cand > 1)
                t0_doubt(q, P_UNSURE, "grouping could mean several tables");
        } else if (q->group == GROUP_COLUMN) {
            const struct nl_span *gsp = &q->sp[q->group_span];
            size_t nval = 0;
            /* "shipped by phone": a stored value ('phone' in a channel column) is likelier
             * meant than grouping by a column of that name. */
            if (gsp->len == 1 && schema_find_value(q->s, q->toks[gsp->tok].word, &nval) >= 0)
                t0_doubt(q, P_WRONGISH, "'%s' is both a column and a stored value",
                      q->toks[gsp->tok].word);
            int k = pick_cand(q, q->group_span, sh->main);
            int gt = q->sp[q->group_span].cand[k].table, gc = q->sp[q->group_span].cand[k].col;
            size_t fi = q->ns->col_base[gt] + (size_t)gc;
            if (q->ns->fk_target[fi] >= 0 &&
                q->ns->fk_target_col[fi] == t0_pk_col(q, q->ns->fk_target[fi])) {
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
                t0_doubt(q, P_WRONGISH, "no date column to group by %s",
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
                t0_doubt(q, P_UNSURE, "'by' may mean sorted rather than counted");
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
            t0_doubt(q, P_WRONGISH, "counting %s per %s", q->s->tables[sh->main].name,
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
            t0_doubt(q, P_UNSURE, "'%s' has no role in the question",
                  t0_span_text(q, sp, text, sizeof text));
            continue;
        }
        if (name_word && k > 0 && q->selects[k - 1] + 1 == i && !span_plural(q, i - 1)) {
            /* "company names": the column before it is the name */
            continue;
        }
        if (i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD && q->sp[i - 1].lex &&
            t0_is_copula(q->sp[i - 1].lex->phrase) && first_mention >= 0 && i > first_mention)
            t0_doubt(q, P_UNSURE, "'%s' after the verb may be a condition, not a column to show",
                  t0_span_text(q, sp, text, sizeof text));
        if (name_word && !t0_span_has_table(sp, sh->main))
            t0_doubt(q, P_SLIGHT, "'name' read as the name of %s", q->s->tables[sh->main].name);
        if ((sp->partial || (name_word && !t0_span_has_table(sp, sh->main))) && name_word) {
            int lab[2], nl = t0_label_cols(q, sh->main, lab, 0);
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
            t0_doubt(q, P_SLIGHT, "'%s' matched part of a column name",
                  t0_span_text(q, sp, text, sizeof text));
        if (sp->partial && sp->len == 1 && strcmp(q->toks[sp->tok].stem, "cost") == 0 &&
            t0_price_col(q, sp->cand[c].table) >= 0 &&
            t0_price_col(q, sp->cand[c].table) != sp->cand[c].col)
            t0_doubt(q, P_UNSURE, "'cost' may be the price (%s) or the cost",
                  q->s->tables[sp->cand[c].table].cols[t0_price_col(q, sp->cand[c].table)].name);
    }
    if (sh->group == GROUP_NONE && sh->agg == NL_AGG_NONE && sh->n_sel > 0 &&
        sh->n_sel < NL_MAX_SELECT - 2 && E >= 0 && first_mention >= 0 && q->n_selects > 0 &&
        first_mention < q->selects[0] && word_between(q, first_mention, q->selects[0], "with")) {
        /* "the 5 cheapest products with their prices": the products, then their prices */
        int lab[2], nl = t0_label_cols(q, E, lab, 1), shown = 0;
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
        int lab[2], nl = t0_label_cols(q, sh->main, lab, 0), is_label = 0;
        for (int j = 0; j < nl; j++)
            if (sh->sel_c[0] == lab[j] && sh->sel_t[0] == sh->main)
                is_label = 1;
        if (!is_label)
            sh->distinct = 1; /* "list all countries" */
    } else if (sh->n_sel == 1 && sh->agg == NL_AGG_NONE && !q->rank && q->nf == 0 &&
               sh->sel_t[0] == sh->main && q->sort_seen && q->sort_span < 0 &&
               t0_col_of(q, sh->sel_t[0], sh->sel_c[0])->type == SCHEMA_TYPE_TEXT &&
               !t0_col_is_key(q, sh->sel_t[0], sh->sel_c[0])) {
        int lab[2], nl = t0_label_cols(q, sh->main, lab, 0), is_label = 0;
        for (int j = 0; j < nl; j++)
            is_label |= sh->sel_c[0] == lab[j];
        if (!is_label) /* "all countries of customers in alphabetical order": each once? */
            t0_doubt(q, P_UNSURE, "each %s once, or once per %s row?",
                  q->s->tables[sh->main].cols[sh->sel_c[0]].name, q->s->tables[sh->main].name);
    }
    /* "different hometowns and the number of teachers from each": the groups are distinct */
    if (q->distinct && sh->agg == NL_AGG_COUNT && sh->agg_c < 0 && !q->rank &&
        sh->group != GROUP_COLUMN)
        t0_doubt(q, P_UNSURE, "distinct count of what?");
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
               t0_col_is_numeric(q, sh->sel_t[0], sh->sel_c[0]) &&
               !t0_col_is_key(q, sh->sel_t[0], sh->sel_c[0])) {
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
                t0_date_col_named(q, f->t, q->toks[sp->tok].stem))
                t0_doubt(q, P_UNSURE, "'%s' may be the %s value or when it happened",
                      t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].cols[f->c].name);
            if (f->op == NL_OP_NE && !t0_many_to_one(q, f->t))
                t0_doubt(q, P_WRONGISH, "'not %s' over rows joined from %s",
                      t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].name);
            else if (f->op == NL_OP_NE && t0_path_nullable(q, f->t))
                t0_doubt(q, P_UNSURE, "'not %s' would drop the rows with no %s",
                      t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].name);
        } else if (f->kind == FILTER_NUM) {
            if (f->span >= 0) {
                int best = pick_cand(q, f->span, sh->main);
                f->t = q->sp[f->span].cand[best].table;
                f->c = q->sp[f->span].cand[best].col;
                if (!t0_col_holds_numbers(q, f->t, f->c) && !f->flag)
                    t0_doubt(q, P_UNSURE, "comparing %s, which is not a number",
                          q->s->tables[f->t].cols[f->c].name);
                if (f->t != sh->main && !t0_many_to_one(q, f->t) && sh->agg == NL_AGG_NONE &&
                    !q->rank && f->op != NL_OP_EQ && f->op != NL_OP_IN &&
                    t0_first_span_of(q, f->t, 0) == (int)q->n)
                    /* "products with 20 or more quantity": any one order line, or in all? */
                    t0_doubt(q, P_UNSURE, "%s of any one %s row, or their total?",
                          q->s->tables[f->t].cols[f->c].name, q->s->tables[f->t].name);
                if (f->percent && t0_col_holds_fractions(q, f->t, f->c)) {
                    /* "a 10% discount" in a column holding 0.05 .. 0.3 */
                    f->num /= 100.0;
                    f->num2 /= 100.0;
                    for (size_t v = 0; v < f->n_more_nums; v++)
                        f->more_nums[v] /= 100.0;
                } else if (f->percent) {
                    t0_doubt(q, P_SMALL, "%s read as a percentage",
                          q->s->tables[f->t].cols[f->c].name);
                }
            } else if (f->implied) {
                /* "students older than 20": the age of the table said last, else main's */
                int nt = f->near_table >= 0 ? t0_span_table(q, f->near_table) : -1;
                f->t = nt >= 0 ? nt : sh->main;
                f->c = t0_implied_col(q, f->t, f->implied);
                if (f->c < 0 && f->t != sh->main) {
                    f->t = sh->main;
                    f->c = t0_implied_col(q, f->t, f->implied);
                }
                if (f->c < 0) {
                    t0_doubt(q, P_WRONGISH, "%s has no %s column", q->s->tables[f->t].name,
                          f->implied);
                    return -1;
                }
            } else {
                /* "products under 50": the one price-like column, said nowhere */
                f->t = sh->main;
                f->c = t0_price_col(q, sh->main);
                t0_doubt(q, P_UNSURE, "the compared column is not named");
                if (f->c < 0) {
                    t0_doubt(q, P_WRONGISH, "no column to compare");
                    return -1;
                }
            }
        } else {
            int yc = t0_year_col(q, sh->main);
            f->c = yc >= 0 ? -1 : find_date(q, sh->main, &f->t);
            if (f->c < 0 && yc >= 0) {
                /* "founded after 1950" in a table that keeps the year as a number */
                f->kind = FILTER_NUM;
                f->t = sh->main;
                f->c = yc;
            } else if (f->c < 0) {
                t0_doubt(q, P_WRONGISH, "no date column for the year %.0f", f->num);
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
                t0_doubt(q, P_WRONGISH, "a condition on %s next to a negation",
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
                t0_doubt(q, P_UNSURE, "a negated and a plain value of %s",
                      q->s->tables[fa->t].cols[fa->c].name);
            if (fa->kind == FILTER_YEAR && fa->op == NL_OP_EQ && fb->op == NL_OP_EQ)
                t0_doubt(q, P_UNSURE, "two years of %s", q->s->tables[fa->t].cols[fa->c].name);
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
                if (t0_value_in_col(q, far->vals[0], near->t, near->c)) {
                    far->t = near->t;
                    far->c = near->c;
                }
            }
            if (fb->kind == FILTER_VALUE && fb->t == fa->t && fb->c == fa->c &&
                fa->op != NL_OP_NE && fb->op != NL_OP_NE && fa->n_vals < NL_MAX_CANDS) {
                fa->vals[fa->n_vals++] = fb->vals[0];
                fa->op = NL_OP_IN;
                if (!q->or_seen) /* "'Brazil' and 'Ireland'": both, on different rows? */
                    t0_doubt(q, P_UNSURE, "values joined by 'and', not 'or'");
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
        if (t0_label_cols(q, sh->main, lab, 0) > 0)
            via_own_key = 0;
        for (size_t k = 0; k < sh->n_sel && via_own_key; k++) {
            int t = sh->sel_t[k];
            via_own_key = q->bfs.dist[t] == 1 && q->bfs.npaths[t] == 1 &&
                          q->bfs.via[t].owner == sh->main;
        }
        if (via_own_key)
            t0_doubt(q, P_SLIGHT, "read from %s through %s's key", q->s->tables[sh->sel_t[0]].name,
                  q->s->tables[sh->main].name);
        else if (!in_main)
            t0_doubt(q, P_UNSURE, "nothing is read from %s itself", q->s->tables[sh->main].name);
    }
    if (q->or_seen) {
        int columns = 0, conds = 0;
        for (size_t a = 0; a < q->nf; a++) {
            columns += q->f[a].kind == FILTER_VALUE && q->f[a].n_vals == 1;
            conds += q->f[a].kind != FILTER_NOTNULL;
        }
        if (columns || conds > 1)
            t0_doubt(q, P_UNSURE, "'or' between different conditions");
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
        if (t[k] >= 0 && c[k] >= 0 && t0_col_has_word(q, t[k], c[k], stem))
            return 1;
    return 0;
}

/* The unknown words, once the query is built (sh) or given up (NULL): a word that names part of
 * a column the query reads ("form of government" with GovernmentForm, "open before 2009" with
 * open_year) is a slight doubt; any other is a real one. */
void t0_settle_unknowns(struct query *q, const struct shape *sh)
{
    for (size_t k = 0; k < q->n_unk; k++) {
        const struct nl_token *tk = &q->toks[q->sp[q->unk[k]].tok];
        if (sh && strlen(tk->stem) >= 3 && used_col_word(q, sh, tk->stem))
            t0_doubt(q, P_SLIGHT, "'%s' read as part of a column's name", tk->word);
        else
            t0_doubt(q, P_UNSURE, "'%s' not understood", tk->word);
    }
    q->n_unk = 0;
}
