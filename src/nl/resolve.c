/* nl tier 0, resolution: one schema element for every linked phrase, giving the query its
 * shape (the table rows come from, the aggregate, grouping, ranking, selected columns and
 * resolved filters). Runs as a table of steps; a step that cannot decide stops with a doubt. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "schema/forms.h"
#include "semantic/semantic.h"
#include "util/buf.h"

#include "util/banned.h"

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

/* "list the names of singers ordered by age", "... in alphabetical order": ORDER BY on a list */
/* Column c of table t is a name or a title. */
static int names_a_row(const struct query *q, int t, int c)
{
    const struct nl_name *cn = &q->ns->cols[t][c];
    for (size_t k = 0; k < cn->n; k++)
        if (strcmp(cn->stem[k], "name") == 0 || strcmp(cn->stem[k], "titl") == 0)
            return 1;
    return 0;
}

/* The one column of table t whose name ends with the words of span i and has more words
 * ("Original_air_date" for "air date"), or -1. */
static int own_column_ending(const struct query *q, int t, int i)
{
    const struct nl_span *sp = &q->sp[i];
    int found = -1;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        int ends = cn->n > sp->len;
        for (size_t k = 0; ends && k < sp->len; k++)
            ends = strcmp(cn->stem[cn->n - sp->len + k], q->toks[sp->tok + k].stem) == 0;
        if (ends && found >= 0)
            return -1;
        if (ends)
            found = (int)c;
    }
    return found;
}

static int sort_list(struct query *q, struct shape *sh)
{
    if (!q->rank && sh->agg != NL_AGG_NONE &&
        (sh->group == GROUP_TABLE || sh->group == GROUP_COLUMN) && q->sort_span < 0 &&
        !q->sort_alpha && !q->sort_adj && q->sort_dir && !sh->order_agg && sh->order_c < 0) {
        /* "sales by rep, highest first": the groups in the order of their measure */
        sh->order_agg = 1;
        sh->order_dir = q->sort_dir;
        return 0;
    }
    if (q->rank || sh->agg != NL_AGG_NONE || sh->group != GROUP_NONE) {
        t0_doubt(q, P_UNSURE, "sorting an aggregate or a ranking");
        return 0;
    }
    if (q->sort_span >= 0) {
        int k = t0_pick_cand(q, q->sort_span, sh->main);
        sh->order_t = q->sp[q->sort_span].cand[k].table;
        sh->order_c = q->sp[q->sort_span].cand[k].col;
        int own = sh->order_t != sh->main ? own_column_ending(q, sh->main, q->sort_span) : -1;
        if (own >= 0) {
            /* "cartoons ordered by their air date": the cartoons' Original_air_date, not the
             * Air_Date of another table reached through two joins */
            t0_doubt(q, P_SLIGHT, "sorted by %s.%s", q->s->tables[sh->main].name,
                     q->s->tables[sh->main].cols[own].name);
            sh->order_t = sh->main;
            sh->order_c = own;
        }
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
        return sh->group == GROUP_COLUMN && !q->rank &&
               t0_span_has_col(sp, sh->group_t, sh->group_c);
    /* ranked by a named measure ("the highest earnings"), not by an adjective ("the oldest") */
    int own_rank = sh->group == GROUP_NONE && q->rank && sh->agg == NL_AGG_NONE &&
                   (q->measure_span >= 0 ||
                    (q->order_hint >= 0 && sh->order_c >= 0 && sh->order_t == sh->main &&
                     t0_col_of(q, sh->order_t, sh->order_c)->type != SCHEMA_TYPE_DATE));
    int t = sh->group == GROUP_TABLE && sh->group_t != sh->main ? sh->group_t
            : own_rank                                          ? sh->main
                                                                : -1;
    if (t < 0 || !(name_word || own_rank || t0_span_has_table(sp, t)))
        return 0;
    int pv = t0_prev_content(q, (size_t)i);
    if (name_word && pv >= 0 && q->sp[pv].kind == NL_SPAN_TABLE &&
        !t0_span_has_table(&q->sp[pv], t))
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
    /* "the property with the highest agreed selling price - name and price": of the prices,
     * the one the rows were ranked by */
    for (size_t k = 0; own_rank && k < sp->n_cand; k++) {
        if (sp->cand[k].table == t && sp->cand[k].col == sh->order_c && sh->order_t == t &&
            *n < NL_MAX_SELECT) {
            out_t[*n] = t;
            out_c[(*n)++] = sp->cand[k].col;
            return 1;
        }
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

/* The rows named at span a lead the list of columns that starts at span b: "products with
 * their prices", "orchestras and their record companies", "which five cities ...? Include the
 * populations" (the question opens with which and its rows). */
/* A sentence ends between spans a and b. */
static int sentence_break(const struct query *q, int a, int b)
{
    for (size_t t = q->sp[a].tok + 1; t <= q->sp[b].tok; t++)
        if (q->toks[t].new_sentence)
            return 1;
    return 0;
}

static int rows_lead_list(const struct query *q, int a, int b)
{
    if (word_between(q, a, b, "with"))
        return 1;
    size_t bt = q->sp[b].tok, end = q->sp[q->n - 1].tok + q->sp[q->n - 1].len;
    if (q->sp[a].kind == NL_SPAN_TABLE && end >= 2 && strcmp(q->toks[end - 1].word, "each") == 0 &&
        (strcmp(q->toks[end - 2].word, "of") == 0 || strcmp(q->toks[end - 2].word, "for") == 0))
        return 1; /* "singers from france and the song name of each" */
    static const char *const wh[] = {"which", "what", "who", "whose", "where", "when", "how"};
    if (q->sp[a].kind == NL_SPAN_TABLE && !sentence_break(q, a, b) &&
        (q->toks[bt].after_comma || (bt > 0 && strcmp(q->toks[bt - 1].word, "and") == 0) ||
         (bt > 0 && q->toks[bt - 1].after_comma && NL_WORD_IN(q->toks[bt - 1].word, wh))))
        return 1; /* "visitors under thirty + age + level of membership", "cities, population",
                   * "every country, which continent it's on" */
    if (word_between(q, a, b, "and") &&
        (word_between(q, a, b, "their") || word_between(q, a, b, "its")))
        return 1;
    if (a + 1 < b && q->sp[a + 1].kind == NL_SPAN_STOPWORD &&
        strcmp(q->toks[q->sp[a + 1].tok].word, "and") == 0)
        return 1; /* "Seiji Ozawa's orchestra and the record company": the table is an item */
    int k = 0;
    while (k < a && q->sp[k].kind != NL_SPAN_TABLE && q->sp[k].kind != NL_SPAN_COLUMN)
        k++;
    const char *w0 = q->toks[0].word;
    int comma = 0; /* "which singer is worth the most, and what's the net worth": a clause */
    for (size_t t = q->sp[a].tok + q->sp[a].len; t <= bt; t++)
        comma |= q->toks[t].after_comma;
    return k == a && q->toks[0].kind == NL_TOK_WORD &&
           (strcmp(w0, "which") == 0 || strcmp(w0, "who") == 0 || strcmp(w0, "what") == 0) &&
           (sentence_break(q, a, b) || comma);
}

/* What the steps of t0_resolve() share. */
struct res {
    struct query *q;
    struct shape *sh;
    int first_mention; /* the first table mentioned, or -1 */
    int E;             /* its table: the entity asked about, or -1 */
    int anchor;        /* the table ambiguous names are resolved near, or -1 */
    int mt, mc;        /* the measure column (mc -1 for revenue), or -1 */
    int rank_dir;      /* +1 highest first, -1 lowest first */
    enum key_kind key; /* what a ranking is ranked by */
    int key_t;         /* KEY_COUNT: the counted table */
    int rank_time;     /* the ranked rows are time groups ("which month had the most orders") */
    int rank_values;   /* the ranked rows are a column's values ("top 5 countries by revenue") */
    char text[160];    /* scratch for t0_span_text() */
};

/* "total parts cost" over part.unit_cost_cents while wo_part (qty) points at part: a price
 * or cost per unit of a catalogue whose rows lines use in quantities. */
static int unit_amount_used_elsewhere(const struct query *q, int t, int c)
{
    static const char *const per_unit[] = {"unit", "price", "prc", "rate"};
    int unit = 0;
    for (size_t k = 0; k < sizeof per_unit / sizeof per_unit[0]; k++)
        unit |= t0_col_has_word(q, t, c, per_unit[k]);
    if (!unit)
        return 0;
    for (size_t u = 0; u < q->s->n_tables; u++) {
        int qc, pc, fc;
        if ((int)u == t || t0_fk_to(q, (int)u, t, &fc) < 0)
            continue;
        t0_revenue_cols(q, (int)u, &qc, &pc);
        if (qc >= 0)
            return 1;
    }
    return 0;
}

/* The measure: a column, or revenue as quantity * price of one table. */
static int resolve_measure(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (q->measure_span >= 0) {
        int k = t0_pick_cand(q, q->measure_span, r->anchor);
        r->mt = q->sp[q->measure_span].cand[k].table;
        r->mc = q->sp[q->measure_span].cand[k].col;
        if (!t0_col_holds_numbers(q, r->mt, r->mc) && q->agg != NL_AGG_MIN && q->agg != NL_AGG_MAX)
            t0_doubt(q, P_WRONGISH, "%s is not a number", q->s->tables[r->mt].cols[r->mc].name);
        if (q->revenue)
            t0_doubt(q, P_UNSURE, "both a column and revenue as the measure");
        if (q->agg == NL_AGG_SUM && unit_amount_used_elsewhere(q, r->mt, r->mc))
            t0_doubt(q, P_UNSURE, "a total of %s.%s adds prices per unit, not what was used",
                     q->s->tables[r->mt].name, q->s->tables[r->mt].cols[r->mc].name);
    } else if (q->metric) {
        return t0_metric_resolve(q, sh, &r->mt);
    } else if (q->revenue) {
        int best_d = 1 << 30, n_best = 0;
        for (size_t t = 0; t < q->s->n_tables; t++) {
            int qc, pc;
            if (!t0_revenue_cols(q, (int)t, &qc, &pc))
                continue;
            int d = r->anchor >= 0 ? t0_distance(q, r->anchor, (int)t) : 0;
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
        r->mt = q->rev_t;
        sh->revenue = 1;
    }
    return 0;
}

/* A dimension adjective's column ("tallest": height) in table t: the one column of numbers whose
 * name has one of the words, or -1. Two columns with words of the list are no reading. */
static int dimension_col(const struct query *q, int t, int hint)
{
    static const char *const words[][5] = {
        [NL_HINT_HEIGHT] = {"height", NULL},
        [NL_HINT_WEIGHT] = {"weight", NULL},
        [NL_HINT_WEALTH] = {"worth", "wealth", NULL},
        [NL_HINT_LENGTH] = {"length", "distance", "duration", NULL},
        [NL_HINT_POPULATION] = {"population", NULL},
    };
    int found = -1;
    for (size_t k = 0; k < 5 && words[hint][k]; k++) {
        char stem[32];
        nl_stem(words[hint][k], stem, sizeof stem);
        int c = t0_implied_col(q, t, stem);
        if (c >= 0 && found >= 0 && c != found)
            return -1;
        if (c >= 0)
            found = c;
    }
    return found;
}

/* The column of table t an order hint ranks by, or -1; for "oldest" the direction may turn
 * (the oldest was born first). */
static int hint_col(struct res *r, int t)
{
    struct query *q = r->q;
    int c;
    switch (q->order_hint) {
    case NL_HINT_PRICE:
        return t0_price_col(q, t);
    case NL_HINT_PAY:
        return t0_pay_col(q, t);
    case NL_HINT_AGE:
        if ((c = t0_birth_col(q, t)) >= 0) {
            q->order_dir = -q->order_dir;
            return c;
        }
        if ((c = t0_implied_col(q, t, "age")) >= 0)
            return c;
        return t0_text_age_col(q, t);
    case NL_HINT_DATE:
        return -1;
    default:
        return dimension_col(q, t, q->order_hint);
    }
}

/* "the most expensive", "the oldest", "the tallest": the column the adjective ranks by, of the
 * entity or of a table each of its rows points at ("the tallest poker player": the person's
 * height) */
static int key_of_order_hint(struct res *r)
{
    struct query *q = r->q;
    r->mt = r->E;
    r->mc = hint_col(r, r->E);
    if (r->mc < 0 && q->order_hint != NL_HINT_DATE) {
        /* one table the entity points at, when only one of them has the column */
        const struct schema_table *tb = &q->s->tables[r->E];
        int pt = -1, pc = -1, n = 0, dir0 = q->order_dir, pdir = dir0;
        for (size_t c = 0; c < tb->n_cols; c++) {
            int ft = q->ns->fk_target[q->ns->col_base[r->E] + c], fc;
            if (ft < 0 || ft == r->E || ft == pt)
                continue;
            if ((fc = hint_col(r, ft)) >= 0 && n++ == 0) {
                pt = ft;
                pc = fc;
                pdir = q->order_dir;
            }
            q->order_dir = dir0;
        }
        q->order_dir = pdir;
        if (n > 1) {
            t0_doubt(q, P_UNSURE, "several tables %s points at could hold the ranking column",
                     tb->name);
            return -1;
        }
        if (n == 1) {
            r->mt = pt;
            r->mc = pc;
        }
        /* "the highest paid employees": the pay is in the history of their pay (comp_hist) */
        int h = n == 0 && q->order_hint == NL_HINT_PAY ? t0_history_of(q, r->E) : -1;
        if (h >= 0 && (pc = t0_pay_col(q, h)) >= 0) {
            r->mt = h;
            r->mc = pc;
        }
    }
    if (r->mc < 0) {
        int lab[2];
        if (q->order_hint != NL_HINT_AGE && q->order_hint != NL_HINT_DATE) {
            t0_doubt(q, P_WRONGISH, "%s has no column for '%s'", q->s->tables[r->E].name,
                     q->order_hint == NL_HINT_PRICE ? "price"
                     : q->order_hint == NL_HINT_PAY ? "pay"
                                                    : "the ranking adjective");
            return -1;
        }
        if (q->order_hint == NL_HINT_AGE) {
            q->order_dir = -q->order_dir;            /* the oldest row has the earliest date */
            if (t0_label_cols(q, r->E, lab, 1) == 2) /* a person: age, or time with us? */
                t0_doubt(q, P_UNSURE, "%s has no birth date to tell age", q->s->tables[r->E].name);
        }
        int dt;
        t0_bfs_run(q, &q->bfs, r->E);
        r->mt = r->E;
        r->mc = t0_find_date(q, r->E, &dt);
        if (dt != r->E)
            r->mc = -1;
        if (r->mc < 0) {
            t0_doubt(q, P_WRONGISH, "%s has no column for 'date'", q->s->tables[r->E].name);
            return -1;
        }
    }
    r->key = KEY_OWN;
    return 0;
}

/* Does each row of E have one value of the measure column: a column of E itself, or of a table
 * E points at ("which poker player is tallest" over people.Height)? Then the rows are ranked by
 * it, not by a total over a join. */
static enum key_kind own_or_agg(struct res *r)
{
    if (r->mc < 0 || r->mt < 0 || r->E < 0)
        return r->mt == r->E && r->mt >= 0 && r->mc >= 0 ? KEY_OWN : KEY_AGG;
    return r->mt == r->E || t0_many_to_one_from(r->q, r->E, r->mt) ? KEY_OWN : KEY_AGG;
}

/* A ranking: "which customer has the most orders", "top 5 products by price", "which employee
 * has the highest salary", "the 3 most expensive products": its key and direction. */
static int rank_key(struct res *r);

/* A ranking word read ("busiest", "most") that no ranking took ("what was our busiest month
 * ever by number of orders" became every month's count at 1.00): a doubt. */
static int resolve_rank_key(struct res *r)
{
    int rc = rank_key(r);
    if (rc == 0 && r->q->most_dir != 0 && r->rank_dir == 0)
        t0_doubt(r->q, P_UNSURE, "a superlative ranks nothing");
    return rc;
}

static int rank_key(struct res *r)
{
    struct query *q = r->q;
    if (q->most_span >= 0) {
        r->rank_dir = q->most_dir ? q->most_dir : 1;
        r->key = KEY_COUNT;
        r->key_t = t0_span_table(q, q->most_span);
    } else if (q->rank_dir && r->mt >= 0) {
        r->rank_dir = q->rank_dir;
        r->key = own_or_agg(r);
    } else if ((q->agg == NL_AGG_MAX || q->agg == NL_AGG_MIN) && r->mt >= 0 &&
               is_mention_before(q, r->first_mention, q->agg_span) && q->counted_span < 0) {
        r->rank_dir = q->agg == NL_AGG_MAX ? 1 : -1;
        r->key = own_or_agg(r);
        if (r->key == KEY_AGG) {
            q->agg = NL_AGG_SUM;
            /* "the employee who received the biggest bonus": one bonus, or all of them? */
            if (r->E >= 0 && r->mt != r->E && !t0_many_to_one_from(q, r->E, r->mt))
                t0_doubt(q, P_UNSURE, "the largest single %s, or the largest total?",
                         q->s->tables[r->mt].cols[r->mc >= 0 ? r->mc : 0].name);
        }
    } else if (q->has_top && q->group == GROUP_NONE && q->n_selects == 1 &&
               q->sp[q->selects[0]].kind == NL_SPAN_COLUMN &&
               ((q->counted_span > q->selects[0] && r->mt < 0) ||
                (r->mt >= 0 && q->counted_span < 0 &&
                 (q->measure_span < 0 || q->selects[0] < q->measure_span)))) {
        /* "top 5 countries by revenue", "top 4 cities by number of customers": the column's
         * values, ranked by a total or a count */
        r->rank_dir = q->top_dir;
        r->rank_values = 1;
        if (r->mt >= 0) {
            r->key = KEY_AGG;
        } else {
            r->key = KEY_COUNT;
            r->key_t = t0_span_table(q, q->counted_span);
        }
    } else if ((q->has_top || q->limit > 0 || q->order_hint >= 0) && r->E >= 0) {
        r->rank_dir = q->has_top ? q->top_dir : 1;
        if (q->counted_span >= 0 && t0_span_table(q, q->counted_span) != r->E) {
            r->key = KEY_COUNT;
            r->key_t = t0_span_table(q, q->counted_span);
        } else if (r->mt >= 0) {
            r->key = own_or_agg(r);
        } else if (q->group == GROUP_COLUMN) {
            int k = t0_pick_cand(q, q->group_span, r->E);
            r->mt = q->sp[q->group_span].cand[k].table;
            r->mc = q->sp[q->group_span].cand[k].col;
            r->key = r->mt == r->E ? KEY_OWN : KEY_AGG;
            q->group = GROUP_NONE;
            if (r->key == KEY_AGG)
                t0_doubt(q, P_UNSURE, "ranking %s by another table's %s", q->s->tables[r->E].name,
                         q->s->tables[r->mt].cols[r->mc].name);
        } else if (q->order_hint >= 0) {
            if (key_of_order_hint(r) != 0)
                return -1;
        } else {
            t0_doubt(q, P_UNSURE, "top by what?");
            return -1;
        }
        if (q->order_hint >= 0)
            r->rank_dir = q->order_dir * (q->has_top ? q->top_dir : 1);
    }
    return 0;
}

/* Span i says it asks for a key: "document id", "item code". */
static int says_key(const struct query *q, int i)
{
    static const char *const keys[] = {"id", "ids",    "code", "codes", "cd",
                                       "no", "number", "key",  "num"};
    for (size_t k = q->sp[i].tok; k < q->sp[i].tok + q->sp[i].len; k++)
        if (NL_WORD_IN(q->toks[k].word, keys))
            return 1;
    return 0;
}

/* "which city has the most customers": rank the values of a column */
static int rank_column_values(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    int si = q->selects[0];
    int main = r->key == KEY_COUNT ? r->key_t : r->mt;
    int k = t0_pick_cand(q, si, main);
    sh->main = main;
    sh->agg = r->key == KEY_COUNT ? NL_AGG_COUNT : q->agg == NL_AGG_AVG ? NL_AGG_AVG : NL_AGG_SUM;
    sh->agg_t = r->key == KEY_COUNT ? -1 : r->mt;
    sh->agg_c = r->key == KEY_COUNT ? -1 : r->mc;
    sh->group = GROUP_COLUMN;
    sh->group_t = q->sp[si].cand[k].table;
    sh->group_c = q->sp[si].cand[k].col;
    size_t gi = q->ns->col_base[sh->group_t] + (size_t)sh->group_c;
    if (q->ns->fk_target[gi] >= 0 && q->ns->fk_target[gi] != sh->group_t &&
        q->ns->fk_target_col[gi] == t0_pk_col(q, q->ns->fk_target[gi]) &&
        t0_label_cols(q, q->ns->fk_target[gi], (int[2]){0}, 1) > 0 && !says_key(q, si)) {
        /* "which home location has the most members" over home_loc, a key of loc: the
         * location, by its name, not its number */
        sh->group = GROUP_TABLE;
        sh->group_t = q->ns->fk_target[gi];
    }
    sh->order_agg = 1;
    sh->order_dir = r->rank_dir;
    sh->limit = q->limit > 0 ? q->limit : !span_plural(q, si) ? 1 : NL_DEFAULT_TOP;
    if (q->limit <= 0 && span_plural(q, si))
        t0_doubt(q, P_UNSURE, "how many to show is not said");
    memmove(q->selects, q->selects + 1, (q->n_selects - 1) * sizeof q->selects[0]);
    q->n_selects--;
    q->rank = 1;
    r->key = KEY_NONE;
    if (q->group != GROUP_NONE)
        t0_doubt(q, P_UNSURE, "both a ranking and a grouping");
    return 0;
}

/* "which quarter had the fewest orders": the time groups ranked by a count or a total; the
 * date column is found with the groups (group_by_time) */
static int rank_time(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    sh->main = r->key == KEY_COUNT ? r->key_t : r->mt;
    if (sh->main < 0 || r->key == KEY_OWN) {
        t0_doubt(q, P_UNSURE, "ranked what?");
        return -1;
    }
    sh->agg = r->key == KEY_COUNT ? NL_AGG_COUNT : q->agg == NL_AGG_AVG ? NL_AGG_AVG : NL_AGG_SUM;
    sh->agg_t = r->key == KEY_COUNT ? -1 : r->mt;
    sh->agg_c = r->key == KEY_COUNT ? -1 : r->mc;
    sh->order_agg = 1;
    sh->order_dir = r->rank_dir;
    sh->limit = q->limit > 0 ? q->limit : 1;
    q->rank = 1;
    r->rank_time = 1;
    return 0;
}

/* "which customer has the most orders", "the 3 most expensive products": rank main's rows */
/* "the most expensive product in each category", "the 2 oldest players per team": a ranking
 * of main's rows by their own column within the groups of a column of theirs or of a table
 * their foreign key points at. 0 when read so, -1 when the grouping is another shape. */
static int rank_within(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    /* "the maximum weight for each type" is an aggregate per group, not a ranking in it */
    if (r->key != KEY_OWN || sh->order_t != sh->main || sh->order_c < 0 || q->group_time2 ||
        q->group2_span >= 0 || q->offset > 0 || q->group_span < 0 || q->agg == NL_AGG_MAX ||
        q->agg == NL_AGG_MIN)
        return -1;
    int lab[2], nl = t0_label_cols(q, sh->main, lab, 1);
    for (size_t k = 0; k < q->n_selects; k++) { /* "name the cheapest product in each ..." */
        const struct nl_span *s = &q->sp[q->selects[k]];
        int label = 0;
        for (size_t j = 0; j < s->n_cand && !label; j++)
            for (int m = 0; m < nl && !label; m++)
                label = s->cand[j].table == sh->main && s->cand[j].col == lab[m];
        if (!label)
            return -1;
    }
    if (q->group == GROUP_COLUMN) {
        int k = -1;
        for (size_t j = 0; j < q->sp[q->group_span].n_cand && k < 0; j++)
            if (q->sp[q->group_span].cand[j].table == sh->main)
                k = (int)j;
        if (k < 0 || q->sp[q->group_span].cand[k].col == sh->order_c)
            return -1;
        sh->part_c = q->sp[q->group_span].cand[k].col;
    } else if (q->group == GROUP_TABLE && q->sp[q->group_span].n_cand == 1) {
        struct edge e;
        int g = q->sp[q->group_span].cand[0].table;
        if (!t0_edge_between(q, sh->main, g, &e) || e.owner != sh->main)
            return -1;
        sh->part_t = g;
        sh->part_c = e.col;
    } else {
        return -1;
    }
    sh->part_n = sh->limit;
    sh->limit = 0;
    return 0;
}

static int rank_entity(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (r->E < 0 && q->group == GROUP_TIME && q->qword)
        return rank_time(r);
    if (r->E < 0 && r->key == KEY_OWN)
        r->E = r->mt;
    if (r->E < 0) {
        t0_doubt(q, P_UNSURE, "ranked what?");
        return -1;
    }
    q->rank = 1;
    q->entity = r->E;
    sh->limit = q->limit;
    if (sh->limit <= 0) {
        if (r->first_mention >= 0 && !span_plural(q, r->first_mention) &&
            (q->qword || !q->has_top || q->selling)) {
            sh->limit = 1;
        } else {
            sh->limit = NL_DEFAULT_TOP;
            t0_doubt(q, P_UNSURE, "how many to show is not said");
        }
    }
    sh->order_dir = r->rank_dir;
    if (r->key == KEY_OWN) {
        sh->main = r->E;
        sh->order_t = r->mt >= 0 ? r->mt : r->E;
        sh->order_c = r->mc;
        /* "the lowest life expectancy": among those known */
        t0_not_null_filter(q, sh->order_t, r->mc);
    } else {
        sh->main = r->key == KEY_COUNT ? r->key_t : r->mt;
        sh->agg = r->key == KEY_COUNT    ? NL_AGG_COUNT
                  : q->agg == NL_AGG_AVG ? NL_AGG_AVG
                                         : NL_AGG_SUM;
        sh->agg_t = r->key == KEY_COUNT ? -1 : r->mt;
        sh->agg_c = r->key == KEY_COUNT ? -1 : r->mc;
        sh->group = GROUP_TABLE;
        sh->group_t = r->E;
        sh->order_agg = 1;
        if (sh->main == r->E) {
            t0_doubt(q, P_UNSURE, "%s ranked by its own count", q->s->tables[r->E].name);
            return -1;
        }
    }
    if (q->group != GROUP_NONE &&
        !(q->group == GROUP_TABLE && t0_span_table(q, q->group_span) == r->E) &&
        rank_within(r) != 0)
        t0_doubt(q, P_UNSURE, "both a ranking and a grouping");
    return 0;
}

/* An aggregate or a list: the table rows come from */
static int list_main(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    sh->agg = q->agg;
    if (r->mt >= 0) {
        sh->main = r->mt;
        sh->agg_t = r->mt;
        sh->agg_c = r->mc;
        if (q->agg == NL_AGG_COUNT && r->mc < 0) {
            /* "how many sales": a count of revenue is no count tier 0 can name */
            t0_doubt(q, P_WRONGISH, "counting revenue");
            return -1;
        }
        if (q->agg == NL_AGG_COUNT) {
            sh->count_distinct = 1;
            t0_flag_count_doubt(q, r->mt, r->mc);
        }
    } else if (q->counted_span >= 0) {
        sh->main = t0_span_table(q, q->counted_span);
    } else if (q->count_col_span >= 0) {
        int k = t0_pick_cand(q, q->count_col_span, r->anchor);
        sh->main = q->sp[q->count_col_span].cand[k].table;
        if (t0_col_is_flag(q, sh->main, q->sp[q->count_col_span].cand[k].col) && !q->distinct) {
            /* "how many loyalty members": the rows where the flag is set */
            t0_narrow_to(&q->sp[q->count_col_span], k);
            t0_flag_filter(q, (size_t)q->count_col_span, 0);
        } else {
            sh->agg_t = sh->main;
            sh->agg_c = q->sp[q->count_col_span].cand[k].col;
            sh->count_distinct = 1;
            t0_flag_count_doubt(q, sh->agg_t, sh->agg_c);
        }
    } else if (r->E >= 0) {
        sh->main = r->E;
    } else if (q->n_selects == 1 && q->having_span >= 0 &&
               t0_span_has_table(&q->sp[q->selects[0]], t0_span_table(q, q->having_span))) {
        sh->main = t0_span_table(q, q->having_span); /* "document ids with 2 paragraphs" */
    } else if (q->n_selects && q->sp[q->selects[0]].n_cand > 0) {
        int k = t0_pick_cand(q, q->selects[0], r->anchor);
        sh->main = q->sp[q->selects[0]].cand[k].table;
    } else if (r->anchor >= 0) {
        sh->main = r->anchor;
    }
    if (sh->main < 0) {
        t0_doubt(q, P_WRONGISH, "no table to read from");
        return -1;
    }
    if ((sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG || sh->agg == NL_AGG_MIN ||
         sh->agg == NL_AGG_MAX) &&
        r->mt < 0) {
        t0_doubt(q, P_WRONGISH, "%s of what?", sh->agg == NL_AGG_AVG ? "average" : "aggregate");
        return -1;
    }
    return 0;
}

/* "customers with more than 5 orders", "hometowns shared by at least two teachers" */
static int list_having(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    int hc = -1, ht = q->having_span >= 0 ? t0_span_table(q, q->having_span) : -1;
    if (ht >= 0 && sh->agg == NL_AGG_NONE && (r->E < 0 || ht == r->E) && q->n_selects == 1) {
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
        if (sh->agg != NL_AGG_NONE || r->E < 0 || ht == r->E) {
            t0_doubt(q, P_WRONGISH, "a nested count is not composed by tier 0");
            return -1;
        }
        sh->main = ht;
        sh->agg = NL_AGG_COUNT;
        sh->group = GROUP_TABLE;
        sh->group_t = r->E;
        sh->having = 1;
    }
    if (q->order_hint >= 0 && !q->rank)
        t0_doubt(q, P_UNSURE, "an ordering without a target");
    return 0;
}

/* "the total population and surface area": the further measures are columns of the measure's
 * own table, shown beside it in a plain or grouped aggregate; any other shape (a ranking, a
 * percentage, a growth, revenue) has one measure, and the question is handed over. */
static int resolve_more_measures(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    sh->n_more = 0;
    if (!q->n_more_meas)
        return 0;
    /* the count of main's rows (not of distinct values) or a measure of one of its columns */
    int counted = sh->agg == NL_AGG_COUNT && sh->agg_c < 0 && !sh->count_distinct;
    int mt = counted ? sh->main : sh->agg_t;
    int plain = sh->agg != NL_AGG_NONE &&
                (counted || (sh->agg != NL_AGG_COUNT && sh->agg_c >= 0)) && mt >= 0 && !q->rank &&
                !sh->revenue && !sh->metric && !q->percent && !q->growth && !sh->having &&
                q->having_span < 0 && sh->part_c < 0 && !sh->per_entity && !q->avg_count &&
                !q->per_period && q->days_t < 0 && q->n_more_aggs == 0;
    for (size_t k = 0; k < q->n_more_meas; k++) {
        const struct nl_span *sp = &q->sp[q->more_meas[k]];
        int c = -1;
        for (size_t j = 0; j < sp->n_cand && c < 0; j++)
            if (sp->cand[j].table == mt && sp->cand[j].col != sh->agg_c &&
                t0_col_number_value(q, mt, sp->cand[j].col))
                c = sp->cand[j].col;
        if (c >= 0 && sh->group != GROUP_NONE && sh->group_t == mt && sh->group_c == c)
            continue; /* "the average weight and year for each year": the year is the group */
        if (!plain || c < 0) {
            t0_doubt(q, P_UNSURE, "two measures");
            sh->n_more = 0;
            return 0;
        }
        sh->more_c[sh->n_more] = c;
        sh->more_agg[sh->n_more++] = q->more_meas_agg[k];
    }
    return 0;
}

/* "volunteer hours by quarter" over a table vol_hrs with a column hrs: rows counted where the
 * table is named by its measure, which is summed instead ("how many", "number of" count) */
static int count_of_measure_table(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (sh->agg != NL_AGG_COUNT || sh->agg_c >= 0 || sh->count_distinct || sh->main < 0 ||
        q->agg == NL_AGG_COUNT || q->percent || q->having_span >= 0 || sh->metric)
        return 0;
    int found = t0_table_measure_col(q, sh->main);
    if (found == -2)
        t0_doubt(q, P_UNSURE, "%s rows counted, or which of their measures summed?",
                 q->s->tables[sh->main].name);
    if (found < 0)
        return 0;
    const struct schema_table *tb = &q->s->tables[sh->main];
    sh->agg = NL_AGG_SUM;
    sh->agg_t = sh->main;
    sh->agg_c = found;
    sh->implicit_count = 0;
    t0_doubt(q, P_SLIGHT, "%s summed: the table is named by it", tb->cols[found].name);
    return 0;
}

/* "for every concert, which stadium hosted it" read as the stadiums counted per concert: each
 * concert points at one stadium, so every count is 1; the question asks which one. */
static int check_count_of_one(struct res *r)
{
    struct query *q = r->q;
    const struct shape *sh = r->sh;
    int c;
    if (sh->group == GROUP_TABLE && sh->agg == NL_AGG_COUNT && !q->percent && sh->group_t >= 0 &&
        sh->group_t != sh->main && t0_fk_to(q, sh->group_t, sh->main, &c) >= 0 &&
        t0_fk_to(q, sh->main, sh->group_t, &c) < 0)
        t0_doubt(q, P_WRONGISH, "each %s row has one %s: a count of them is 1",
                 q->s->tables[sh->group_t].name, q->s->tables[sh->main].name);
    return 0;
}

/* The anti filter, then the foreign-key paths from main that every later step reads */
static int resolve_joins(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (q->anti_span >= 0 && t0_anti_filter(q, sh) != 0)
        return -1;
    if (q->n_more_aggs && (q->rank || sh->revenue || sh->agg == NL_AGG_COUNT ||
                           sh->agg == NL_AGG_NONE || sh->agg_c < 0 || q->having_span >= 0)) {
        t0_doubt(q, P_UNSURE, "two aggregations");
        q->n_more_aggs = 0;
    }
    t0_bfs_run(q, &q->bfs, sh->main);
    return 0;
}

static int group_by_table(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    sh->group = GROUP_TABLE;
    struct nl_span *gs = &q->sp[q->group_span];
    if (gs->n_cand > 1 && sh->main >= 0) {
        /* "offers by status" between offer_status_lkp and lst_status_lkp: the one the rows
         * point at themselves */
        size_t direct = 0, n_direct = 0;
        for (size_t k = 0; k < gs->n_cand; k++)
            if (t0_fk_to(q, sh->main, gs->cand[k].table, &(int){0}) >= 0) {
                direct = k;
                n_direct++;
            }
        if (n_direct == 1) {
            gs->cand[0] = gs->cand[direct];
            gs->n_cand = 1;
        }
    }
    sh->group_t = t0_span_table(q, q->group_span);
    if (gs->n_cand > 1)
        t0_doubt(q, P_UNSURE, "grouping could mean several tables");
    if (sh->group_t >= 0 && sh->main >= 0 && sh->group_t != sh->main && gs->len == 1 &&
        t0_fk_to(q, sh->main, sh->group_t, &(int){0}) < 0) {
        /* "events by status" where evt has evt_sts_cd and ref_ord_sts is the orders' status:
         * the rows' own column, or a table reached through others? */
        const struct nl_token *tk = &q->toks[gs->tok];
        for (size_t c = 0; c < q->s->tables[sh->main].n_cols; c++) {
            const struct nl_name *cn = &q->ns->cols[sh->main][c];
            int own = 0;
            for (size_t w = 0; w < cn->n && !own; w++)
                own = strcmp(cn->stem[w], tk->stem) == 0 ||
                      (strlen(cn->stem[w]) >= 3 && nl_short_form(cn->stem[w], tk->word));
            if (own) {
                t0_doubt(q, P_UNSURE, "'%s' may be %s.%s, not %s", tk->word,
                         q->s->tables[sh->main].name, q->s->tables[sh->main].cols[c].name,
                         q->s->tables[sh->group_t].name);
                break;
            }
        }
    }
    /* "students by program name": the names are the groups (two programs named alike are
     * one), not each program */
    const struct nl_span *g = &q->sp[q->group_span];
    size_t after = g->tok + g->len, end = q->sp[q->n - 1].tok + q->sp[q->n - 1].len;
    int lab[2];
    if (sh->group_t >= 0 && after < end &&
        (strcmp(q->toks[after].word, "name") == 0 || strcmp(q->toks[after].word, "names") == 0) &&
        t0_label_cols(q, sh->group_t, lab, 1) == 1) {
        sh->group = GROUP_COLUMN;
        sh->group_c = lab[0];
        for (size_t k = 0; k < q->n_selects; k++)
            if (q->sp[q->selects[k]].tok == after) { /* "name" is said by the grouping */
                memmove(q->selects + k, q->selects + k + 1,
                        (q->n_selects - k - 1) * sizeof q->selects[0]);
                q->n_selects--;
                break;
            }
    }
    return 0;
}

static int group_by_column(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    const struct nl_span *gsp = &q->sp[q->group_span];
    size_t nval = 0;
    /* "shipped by phone": a stored value ('phone' in a channel column) is likelier
     * meant than grouping by a column of that name. */
    if (gsp->len == 1 && schema_find_value(q->s, q->toks[gsp->tok].word, &nval) >= 0)
        t0_doubt(q, P_WRONGISH, "'%s' is both a column and a stored value", q->toks[gsp->tok].word);
    int k = t0_pick_cand(q, q->group_span, sh->main);
    int gt = q->sp[q->group_span].cand[k].table, gc = q->sp[q->group_span].cand[k].col;
    if (gt != sh->main && sh->main >= 0 && gsp->len == 1) {
        /* "campaigns by status" where campaigns have status_cd and orders, three joins away,
         * have status: the campaigns' own, which the word names only in part */
        int own = -1, n_own = 0;
        for (size_t c = 0; c < q->s->tables[sh->main].n_cols; c++)
            if (!q->s->tables[sh->main].cols[c].pk &&
                t0_col_has_word(q, sh->main, (int)c, q->toks[gsp->tok].stem)) {
                own = (int)c;
                n_own++;
            }
        if (n_own == 1) {
            gt = sh->main;
            gc = own;
        }
    }
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
    return 0;
}

/* A FILTER_NOTNULL on t.c: IS NULL when is_null, else IS NOT NULL. NULL when full. */
static struct filter *not_null_filter(struct query *q, int t, int c, int is_null)
{
    struct filter *f = t0_new_filter(q, FILTER_NOTNULL);
    if (f) {
        f->flag = is_null;
        f->t = t;
        f->c = c;
    }
    return f;
}

static int group_by_time(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    int dt = q->cohort_t, dc = q->cohort_date; /* cohort.c: by the first event's date */
    if (q->cohort_t < 0)
        dc = t0_find_date(q, sh->main, &dt);
    if (dc < 0 && q->group_time == NL_TIME_YEAR && q->cohort_t < 0) {
        /* "how many museums opened each year" over museum.Open_Year: the year column is the
         * group itself */
        int yc = -1, n = 0;
        for (size_t c = 0; c < q->s->tables[sh->main].n_cols; c++)
            if ((t0_col_has_word(q, sh->main, (int)c, "year") ||
                 t0_col_has_word(q, sh->main, (int)c, "yr")) &&
                t0_col_holds_numbers(q, sh->main, (int)c) && !t0_col_is_key(q, sh->main, (int)c)) {
                yc = (int)c;
                n++;
            }
        if (n == 1) {
            sh->group = GROUP_COLUMN;
            sh->group_t = sh->main;
            sh->group_c = yc;
            t0_doubt(q, P_SLIGHT, "the years of %s", q->s->tables[sh->main].cols[yc].name);
            return 0;
        }
    }
    if (dc < 0) {
        t0_doubt(q, P_WRONGISH, "no date column to group by %s", t0_cal_unit_name(q->group_time));
        return -1;
    }
    sh->group = GROUP_TIME;
    sh->group_t = dt;
    sh->group_c = dc;
    /* "reservations cancelled by month": rows with no such date are in no month */
    const struct schema_column *col = &q->s->tables[dt].cols[dc];
    int said = 0;
    for (size_t k = 0; k < q->nf; k++)
        said |= q->f[k].t == dt && q->f[k].c == dc;
    if (!col->notnull && !col->pk && !said && q->cohort_t < 0)
        not_null_filter(q, dt, dc, 0);
    return 0;
}

/* A grouping with nothing aggregated counts; some groupings are really lists */
static int group_count(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (sh->group != GROUP_NONE && sh->agg == NL_AGG_NONE) {
        sh->agg = NL_AGG_COUNT; /* "orders per year" */
        sh->implicit_count = 1;
    }
    if (sh->group == GROUP_TABLE && sh->group_t == sh->main && sh->agg == NL_AGG_AVG &&
        !sh->implicit_count) {
        /* "the average number of products per shop": one value per shop, averaged */
        if (q->group_span > 0 && strcmp(q->toks[q->sp[q->group_span].tok - 1].word, "by") == 0)
            /* "average inspection score by inspector" with inspector read as insp itself: a
             * breakdown asked, and no grouping left */
            t0_doubt(q, P_UNSURE, "'by %s' read as the averaged rows themselves",
                     q->toks[q->sp[q->group_span].tok].word);
        sh->group = GROUP_NONE;
        sh->group_t = -1;
        if (sh->time2_t >= 0) {
            /* "average hours per visit by quarter": the quarters remain the grouping */
            sh->group = GROUP_TIME;
            sh->group_t = sh->time2_t;
            sh->group_c = sh->time2_c;
            q->group_time = q->group_time2;
            sh->time2_t = sh->time2_c = -1;
        }
    }
    if (sh->group == GROUP_TABLE && sh->group_t == sh->main && sh->implicit_count &&
        q->n_selects > 0) {
        /* "the names and ages for every singer": each row, not a count per row */
        sh->group = GROUP_NONE;
        sh->group_t = -1;
        sh->agg = NL_AGG_NONE;
        sh->implicit_count = 0;
        if (r->first_mention < 0 && q->group_span >= 0 && q->group_span < q->selects[0]) {
            /* "list each orchestra with its record company": the rows lead the list */
            r->first_mention = q->group_span;
            r->E = sh->main;
        }
    }
    if (sh->implicit_count && q->list) /* "list orders by status": counted, or sorted? */
        t0_doubt(q, P_UNSURE, "'by' may mean sorted rather than counted");
    if (sh->group == GROUP_COLUMN && sh->agg == NL_AGG_COUNT && sh->count_distinct &&
        sh->agg_t == sh->group_t && sh->agg_c == sh->group_c) {
        /* "the number of cartoons by each of the directors": distinct directors per director
         * is 1; the rows are counted */
        sh->count_distinct = 0;
        sh->agg_c = -1;
    }
    if (sh->group == GROUP_TABLE && sh->group_t == sh->main && sh->agg == NL_AGG_COUNT) {
        t0_doubt(q, P_WRONGISH, "counting %s per %s", q->s->tables[sh->main].name,
                 q->s->tables[sh->main].name);
        return -1;
    }
    if (sh->group == GROUP_TABLE && sh->group_t == sh->main && sh->agg != NL_AGG_NONE &&
        sh->agg_t == sh->main && !sh->metric)
        /* "total earnings per poker player", one row each: each row's own value, or the total? */
        t0_doubt(q, P_UNSURE, "%s of %s per row of its own table",
                 sh->agg == NL_AGG_SUM ? "a total" : "an aggregate", q->s->tables[sh->main].name);
    return 0;
}

/* Another column of table t than c with the word `stem` in its name, or -1. */
static int other_col_with_word(const struct query *q, int t, int c, const char *stem)
{
    for (size_t k = 0; k < q->s->tables[t].n_cols; k++)
        if ((int)k != c && t0_col_has_word(q, t, (int)k, stem))
            return (int)k;
    return -1;
}

/* Span i, plural, is the label column of the table an aggregate reads ("the average share of
 * the episodes" over TV_series.Episode): it names the rows aggregated, not a column to show. */
static int names_measured_rows(const struct query *q, const struct shape *sh, int i)
{
    const struct nl_span *sp = &q->sp[i];
    int lab[2];
    if (!span_plural(q, i) || sh->agg == NL_AGG_NONE || sh->agg == NL_AGG_COUNT ||
        sh->group != GROUP_NONE || sp->n_cand != 1 || sp->cand[0].col < 0)
        return 0;
    int t = sp->cand[0].table, c = sp->cand[0].col;
    if (t != sh->main && t != sh->agg_t)
        return 0;
    if (t0_label_cols(q, t, lab, 1) == 1 && lab[0] == c)
        return 1;
    /* a text column that tells every row apart ("Episode") is a label too; "the average salary
     * of the departments" over a department column that repeats is a grouping, not this */
    const struct schema_column *col = t0_col_of(q, t, c);
    long long rows = q->s->tables[t].row_count;
    return col->type == SCHEMA_TYPE_TEXT && col->n_distinct > 1 && rows > 1 &&
           col->n_distinct == rows;
}

/* "the name and nationality of the conductor": the table named after a list that starts with
 * span i, or -1. */
static int owner_after(const struct query *q, int i)
{
    char w[32];
    for (size_t j = (size_t)i + 1; j < q->n; j++) {
        const struct nl_span *sp = &q->sp[j];
        if (sp->kind == NL_SPAN_COLUMN)
            continue;
        if (sp->kind != NL_SPAN_STOPWORD && sp->kind != NL_SPAN_LEX)
            return -1;
        t0_span_text(q, sp, w, sizeof w);
        if (strcmp(w, "and") == 0 || strcmp(w, "the") == 0)
            continue;
        if (strcmp(w, "of") != 0)
            return -1;
        size_t k = j + 1;
        if (k < q->n && q->sp[k].kind == NL_SPAN_STOPWORD &&
            (strcmp(t0_span_text(q, &q->sp[k], w, sizeof w), "the") == 0 ||
             strcmp(w, "their") == 0 || strcmp(w, "its") == 0))
            k++; /* "the names of their countries" */
        return k < q->n && q->sp[k].kind == NL_SPAN_TABLE && q->sp[k].n_cand == 1
                   ? q->sp[k].cand[0].table
                   : -1;
    }
    return -1;
}

/* "show pending orders with the customer's name" read as a list of customers: the rows asked
 * for are the ones named before "with" (orders), shown with another table's column. */
static void rows_before_with(struct res *r)
{
    struct query *q = r->q;
    const struct shape *sh = r->sh;
    char w[16];
    if (sh->agg != NL_AGG_NONE || q->rank || sh->group != GROUP_NONE || sh->main < 0)
        return;
    int other = -1;
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (sp->kind == NL_SPAN_TABLE && sp->n_cand == 1 && sp->cand[0].table != sh->main &&
            span_plural(q, (int)i))
            other = sp->cand[0].table;
        if (sp->kind == NL_SPAN_TABLE && t0_span_has_table(sp, sh->main) && other < 0)
            return; /* the rows shown are named first */
        if (other >= 0 && sp->kind == NL_SPAN_STOPWORD &&
            strcmp(t0_span_text(q, sp, w, sizeof w), "with") == 0) {
            for (size_t j = i + 1; j < q->n; j++)
                if (q->sp[j].kind == NL_SPAN_TABLE && t0_span_has_table(&q->sp[j], sh->main)) {
                    t0_doubt(q, P_UNSURE, "the rows asked for may be %s's, shown with %s's",
                             q->s->tables[other].name, q->s->tables[sh->main].name);
                    return;
                }
            return;
        }
    }
}

/* A column whose name says it is a year or a date (Year_of_Founded, opened_dt). */
static int year_named(const struct query *q, int t, int c)
{
    return t0_col_has_word(q, t, c, "year") || t0_col_is_date(q, t, c);
}

/* The columns asked for: shown in a list, or placed next to a count or a ranking. */
static int resolve_selects(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    rows_before_with(r);
    for (size_t k = 0; k < q->n_selects; k++) {
        int i = q->selects[k];
        struct nl_span *sp = &q->sp[i];
        /* "names of customers": the label columns of the table */
        int name_word = sp->len == 1 && strcmp(q->toks[sp->tok].stem, "name") == 0;
        if (sh->agg != NL_AGG_NONE || q->rank) {
            if (select_of_group(q, sh, i, name_word))
                continue;
            if (names_measured_rows(q, sh, i))
                continue; /* "the average share of the episodes": the rows, by their label */
            t0_doubt(q, P_UNSURE, "'%s' has no role in the question",
                     t0_span_text(q, sp, r->text, sizeof r->text));
            continue;
        }
        if (name_word && k > 0 && q->selects[k - 1] + 1 == i && !span_plural(q, i - 1) &&
            !q->toks[sp->tok].after_comma) {
            /* "company names": the column before it is the name ("the id, name and
             * description" lists three) */
            continue;
        }
        size_t st = sp->tok;
        static const char *const pron[] = {"it", "they", "he", "she"};
        /* "the year it was founded" over Year_of_Founded: the year is what is shown */
        int year_it = st >= 3 && NL_WORD_IN(q->toks[st - 2].word, pron) &&
                      (strcmp(q->toks[st - 3].word, "year") == 0 ||
                       strcmp(q->toks[st - 3].word, "date") == 0) &&
                      t0_span_any(q, i, year_named);
        if (i > 0 && q->sp[i - 1].kind == NL_SPAN_STOPWORD && q->sp[i - 1].lex &&
            t0_is_copula(q->sp[i - 1].lex->phrase) && r->first_mention >= 0 &&
            i > r->first_mention && !year_it)
            t0_doubt(q, P_UNSURE, "'%s' after the verb may be a condition, not a column to show",
                     t0_span_text(q, sp, r->text, sizeof r->text));
        int owner =
            name_word && !(i > 0 && q->sp[i - 1].kind == NL_SPAN_TABLE) ? owner_after(q, i) : -1;
        int pvt = i > 0 && q->sp[i - 1].kind == NL_SPAN_TABLE && q->sp[i - 1].n_cand == 1
                      ? q->sp[i - 1].cand[0].table
                  : name_word && (!t0_span_has_table(sp, sh->main) || owner >= 0) ? owner
                                                                                  : -1;
        int olab[2], onl = pvt >= 0 && pvt != sh->main && q->bfs.dist[pvt] > 0
                               ? t0_label_cols(q, pvt, olab, 1)
                               : 0;
        /* "makers, with the names of their lands": the lands' names, though makers have one */
        if (name_word && onl > 0 && (!t0_span_has_table(sp, sh->main) || pvt == owner)) {
            /* "song title and singer name": the singer's name, not the song's */
            for (int j = 0; j < onl && sh->n_sel < NL_MAX_SELECT; j++) {
                sh->sel_t[sh->n_sel] = pvt;
                sh->sel_c[sh->n_sel++] = olab[j];
            }
            continue;
        }
        if (name_word && !t0_span_has_table(sp, sh->main))
            t0_doubt(q, P_SLIGHT, "'name' read as the name of %s", q->s->tables[sh->main].name);
        char w1[16], w2[16];
        if (name_word && (size_t)i + 2 < q->n &&
            strcmp(t0_span_text(q, &q->sp[i + 1], w1, sizeof w1), "of") == 0 &&
            (strcmp(t0_span_text(q, &q->sp[i + 2], w2, sizeof w2), "who") == 0 ||
             strcmp(w2, "whoever") == 0))
            /* "the title and the name of who sings it": the singer's, not the song's */
            t0_doubt(q, P_UNSURE, "'name of who ...' names someone else's row");
        if ((sp->partial || (name_word && !t0_span_has_table(sp, sh->main))) && name_word) {
            int lab[2], nl = t0_label_cols(q, sh->main, lab, 0), named[2];
            if (sp->kind != NL_SPAN_COLUMN && nl > 0 && !names_a_row(q, sh->main, lab[0]))
                nl = 0; /* "the name of the series" where a series has an episode, no name */
            if (nl > 0 && t0_label_cols(q, sh->main, named, 1) == 0)
                t0_doubt(q, P_UNSURE, "%s has no name; '%s' is a guess",
                         q->s->tables[sh->main].name,
                         q->s->tables[sh->main].cols[lab[0]].name); /* the pets' types */
            for (int j = 0; j < nl && sh->n_sel < NL_MAX_SELECT; j++) {
                sh->sel_t[sh->n_sel] = sh->main;
                sh->sel_c[sh->n_sel++] = lab[j];
            }
            if (nl > 0)
                continue;
        }
        if (sp->kind != NL_SPAN_COLUMN) {
            /* "what is the name of the series": a table with no name column has none */
            t0_doubt(q, P_UNSURE, "'name' and %s has no name", q->s->tables[sh->main].name);
            continue;
        }
        int c = -1, dup = 0;
        if (i > 0 && q->sp[i - 1].kind == NL_SPAN_TABLE && q->sp[i - 1].n_cand == 1)
            for (size_t k2 = 0; k2 < sp->n_cand && c < 0; k2++)
                if (sp->cand[k2].table == q->sp[i - 1].cand[0].table)
                    c = (int)k2; /* "the battle name and the ship's name": the ship's */
        if (c < 0)
            c = t0_pick_cand(q, i, sh->main);
        for (size_t j = 0; j < sh->n_sel; j++) /* "the channel's ... channels": once */
            dup |= sh->sel_t[j] == sp->cand[c].table && sh->sel_c[j] == sp->cand[c].col;
        if (!dup && sh->n_sel < NL_MAX_SELECT) {
            sh->sel_t[sh->n_sel] = sp->cand[c].table;
            sh->sel_c[sh->n_sel++] = sp->cand[c].col;
        }
        if (sp->partial)
            t0_doubt(q, P_SLIGHT, "'%s' matched part of a column name",
                     t0_span_text(q, sp, r->text, sizeof r->text));
        int other =
            sp->partial && sp->len == 1
                ? other_col_with_word(q, sp->cand[c].table, sp->cand[c].col, q->toks[sp->tok].stem)
                : -1;
        if (other >= 0) /* "the fee": amount_fee or fee_amount? */
            t0_doubt(q, P_UNSURE, "'%s' may be %s or %s", q->toks[sp->tok].word,
                     q->s->tables[sp->cand[c].table].cols[sp->cand[c].col].name,
                     q->s->tables[sp->cand[c].table].cols[other].name);
        if (sp->partial && sp->len == 1 && strcmp(q->toks[sp->tok].stem, "cost") == 0 &&
            t0_price_col(q, sp->cand[c].table) >= 0 &&
            t0_price_col(q, sp->cand[c].table) != sp->cand[c].col)
            t0_doubt(q, P_UNSURE, "'cost' may be the price (%s) or the cost",
                     q->s->tables[sp->cand[c].table].cols[t0_price_col(q, sp->cand[c].table)].name);
    }
    return 0;
}

/* A text column of t named by the table's own noun ("Maker" in car_makers, "model" in
 * model_list), or a lookup's text code, that the list does not show yet: what the rows are
 * called when their label column (a full name, a description) is the one asked for, or -1. */
static int own_noun_col(const struct query *q, const struct shape *sh, int t)
{
    const struct nl_name *tn = &q->ns->tables[t];
    if (tn->n == 0)
        return -1;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        int shown = 0;
        for (size_t k = 0; k < sh->n_sel; k++)
            shown |= sh->sel_t[k] == t && sh->sel_c[k] == (int)c;
        if (!shown && cn->n == 1 && strcmp(cn->stem[0], tn->stem[tn->n - 1]) == 0 &&
            t0_col_of(q, t, (int)c)->type == SCHEMA_TYPE_TEXT && !t0_col_is_key(q, t, (int)c))
            return (int)c;
    }
    /* "the treatment types and their descriptions": a lookup's rows are its codes */
    int pk = t0_pk_col(q, t);
    const struct nl_name *pn = pk >= 0 ? &q->ns->cols[t][pk] : NULL;
    if (pn && pn->n && t0_col_of(q, t, pk)->type == SCHEMA_TYPE_TEXT &&
        (strcmp(pn->stem[pn->n - 1], "code") == 0 || strcmp(pn->stem[pn->n - 1], "cd") == 0)) {
        for (size_t k = 0; k < sh->n_sel; k++)
            if (sh->sel_t[k] == t && sh->sel_c[k] == pk)
                return -1;
        return pk;
    }
    return -1;
}

/* "everyone", "everybody" before a list of one table's columns said with "with" or "their":
 * the span of the word, or -1. */
static int everyone_before(const struct query *q, const struct shape *sh)
{
    static const char *const words[] = {"everyone", "everybody"};
    if (q->n_selects == 0 || sh->main < 0 || !t0_person_table(q, sh->main))
        return -1;
    for (int i = 0; i < q->selects[0]; i++)
        if (q->sp[i].len == 1 && NL_WORD_IN(q->toks[q->sp[i].tok].word, words) &&
            (word_between(q, i, q->selects[0], "with") ||
             word_between(q, i, q->selects[0], "their")))
            return i;
    return -1;
}

/* "transcripts dated before 1980" over a table with no name: the one column shown is the date
 * a condition reads; the rows are shown by their key beside it, each row once (not each date
 * once). After the conditions are resolved. */
static int dated_rows(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    int t = sh->main, lab[2], pk = t >= 0 ? t0_pk_col(q, t) : -1, said = 0;
    if (sh->n_sel != 1 || pk < 0 || sh->sel_t[0] != t || sh->agg != NL_AGG_NONE ||
        sh->group != GROUP_NONE || q->rank || q->distinct || !t0_col_is_date(q, t, sh->sel_c[0]) ||
        t0_label_cols(q, t, lab, 1) > 0 || pk == sh->sel_c[0])
        return 0;
    for (size_t k = 0; k < q->nf; k++)
        said |= q->f[k].t == t && q->f[k].c == sh->sel_c[0];
    if (!said)
        return 0;
    sh->sel_t[1] = t;
    sh->sel_c[1] = sh->sel_c[0];
    sh->sel_c[0] = pk;
    sh->n_sel = 2;
    sh->distinct = 0;
    return 0;
}

/* "European car makers and the country they're from": a table named after "and the" / "with
 * their" in a list of main's rows, one foreign-key path away, is shown by its name beside
 * theirs. Fills sh->sel_* when the list showed nothing else. */
static void table_listed_after(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (sh->n_sel || sh->agg != NL_AGG_NONE || sh->group != GROUP_NONE || q->rank || sh->main < 0)
        return;
    for (size_t i = 2; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (sp->kind != NL_SPAN_TABLE || sp->n_cand != 1 || sp->cand[0].table == sh->main)
            continue;
        size_t tk = sp->tok;
        const char *w1 = tk >= 2 ? q->toks[tk - 2].word : "",
                   *w2 = tk >= 1 ? q->toks[tk - 1].word : "";
        if ((strcmp(w1, "and") != 0 && strcmp(w1, "with") != 0) ||
            (strcmp(w2, "the") != 0 && strcmp(w2, "their") != 0 && strcmp(w2, "its") != 0))
            continue;
        int t = sp->cand[0].table, lm[2], lt[2];
        int nm = t0_label_cols(q, sh->main, lm, 1), nt = t0_label_cols(q, t, lt, 1);
        if (nm == 0 || nt == 0 || q->bfs.dist[t] < 1 || q->bfs.npaths[t] != 1 ||
            (size_t)(nm + nt) > NL_MAX_SELECT)
            return;
        for (int j = 0; j < nm; j++) {
            sh->sel_t[sh->n_sel] = sh->main;
            sh->sel_c[sh->n_sel++] = lm[j];
        }
        for (int j = 0; j < nt; j++) {
            sh->sel_t[sh->n_sel] = t;
            sh->sel_c[sh->n_sel++] = lt[j];
        }
        return;
    }
}

/* Lists: the labels a "with their ..." list leads with, and when rows are distinct */
static int resolve_list_extras(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    table_listed_after(r);

    /* the rows: the first table named, or one named beside its value ("the Oceania countries") */
    int lead = r->first_mention >= 0 ? r->first_mention : q->valued_span;
    int E = r->first_mention >= 0 ? r->E : t0_span_table(q, lead);
    int everyone = lead < 0 ? everyone_before(q, sh) : -1;
    if (everyone >= 0) {
        /* "list everyone with their nationality and height": the people of the columns */
        lead = everyone;
        E = sh->main;
    }
    if (sh->group == GROUP_NONE && sh->agg == NL_AGG_NONE && sh->n_sel > 0 &&
        sh->n_sel < NL_MAX_SELECT - 2 && E >= 0 && lead >= 0 && q->n_selects > 0 &&
        lead < q->selects[0] && rows_lead_list(q, lead, q->selects[0])) {
        /* "the 5 cheapest products with their prices": the products, then their prices */
        int lab[2], nl = t0_label_cols(q, E, lab, 1), shown = 0;
        for (int j = 0; j < nl; j++)
            for (size_t k = 0; k < sh->n_sel; k++)
                shown |= sh->sel_t[k] == E && sh->sel_c[k] == lab[j];
        for (size_t k = 0; k < sh->n_sel; k++) /* "Full names please": a name of the rows too */
            shown |= sh->sel_t[k] == E &&
                     (strcasecmp(q->s->tables[E].cols[sh->sel_c[k]].name, "full_name") == 0 ||
                      strcasecmp(q->s->tables[E].cols[sh->sel_c[k]].name, "fullname") == 0);
        int text = 0; /* some column shown says which row it is: a text, a key, another table's */
        for (size_t k = 0; k < sh->n_sel; k++)
            text |= sh->sel_t[k] != E || t0_col_is_key(q, E, sh->sel_c[k]) ||
                    (t0_col_of(q, E, sh->sel_c[k])->type == SCHEMA_TYPE_TEXT &&
                     !t0_col_is_date(q, E, sh->sel_c[k]) &&
                     !t0_col_has_word(q, E, sh->sel_c[k], "date")); /* a date names no row */
        if (nl == 0 && !text)
            /* "the players ... with their earnings", players named only in another table:
             * the earnings alone do not say whose they are */
            t0_doubt(q, P_UNSURE, "the %s the list leads with have no name of their own",
                     q->s->tables[E].name);
        size_t st = q->sp[q->selects[0]].tok;
        /* in the same sentence: "What property types are there? List their descriptions."
         * asks for the descriptions */
        int theirs =
            st > 0 && !sentence_break(q, lead, q->selects[0]) &&
            (strcmp(q->toks[st - 1].word, "their") == 0 ||
             strcmp(q->toks[st - 1].word, "its") == 0 || strcmp(q->toks[st - 1].word, "with") == 0);
        if ((nl == 0 || shown) && theirs && sh->n_sel == 1 && sh->sel_t[0] == E &&
            (lab[0] = own_noun_col(q, sh, E)) >= 0) {
            /* "car makers and their full names" over car_makers(Maker, FullName): the makers
             * as the table calls them, then the full names asked for ("which car makers are
             * German? Full names please" asks for the full names alone); "the property types
             * with their descriptions": the types' codes, then the descriptions */
            nl = 1;
            shown = 0;
        }
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
    if (sh->group == GROUP_NONE && sh->agg == NL_AGG_NONE && sh->n_sel > 0 && E >= 0 && lead == 1 &&
        strcmp(q->toks[0].word, "which") == 0 && q->sp[0].len == 1) {
        /* "which singer is worth the most, and what's the net worth": the singer is asked for
         * too; columns that do not say which row they are leave that out */
        int lab[2], nl = t0_label_cols(q, E, lab, 1), says = 0;
        for (size_t k = 0; k < sh->n_sel; k++)
            says |= sh->sel_t[k] != E || t0_col_is_key(q, E, sh->sel_c[k]) ||
                    t0_col_of(q, E, sh->sel_c[k])->type == SCHEMA_TYPE_TEXT;
        if (nl > 0 && !says)
            t0_doubt(q, P_UNSURE, "'which %s' asks for the %s, not only their %s",
                     q->toks[q->sp[lead].tok].word, q->s->tables[E].name,
                     q->s->tables[E].cols[sh->sel_c[0]].name);
    }
    if (sh->n_sel == 1 && r->E >= 0 && sh->agg == NL_AGG_NONE && sh->group == GROUP_NONE &&
        !q->rank && !q->distinct && q->nf == 0 && sh->sel_t[0] == r->E && !q->sort_seen &&
        sh->order_c < 0 && !sh->order_agg &&
        t0_col_of(q, r->E, sh->sel_c[0])->type == SCHEMA_TYPE_TEXT &&
        !t0_col_of(q, r->E, sh->sel_c[0])->pk &&
        q->ns->fk_target[q->ns->col_base[r->E] + (size_t)sh->sel_c[0]] < 0) {
        int lab[2], nl = t0_label_cols(q, r->E, lab, 0), is_label = 0;
        for (int j = 0; j < nl; j++)
            is_label |= sh->sel_c[0] == lab[j];
        if (!is_label) /* "list the loan products", "which cities do our customers live in":
                        * each value once (4 products, not one per loan) */
            sh->distinct = 1;
    }
    if (sh->n_sel && r->E < 0 && !(q->group == GROUP_TABLE && sh->group == GROUP_NONE)) {
        /* (not "the wins and earnings for each poker player": one row each) */
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
    return 0;
}

static int resolve_ranked_values(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
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
        t0_not_null_filter(q, sh->order_t, sh->order_c);
    } else if (!q->rank && !q->sort_seen && sh->group == GROUP_NONE && sh->agg == NL_AGG_NONE &&
               q->has_top && q->limit > 0 && sh->n_sel == 1 &&
               t0_col_is_numeric(q, sh->sel_t[0], sh->sel_c[0]) &&
               !t0_col_is_key(q, sh->sel_t[0], sh->sel_c[0])) {
        sh->distinct = 0;
        sh->order_dir = q->top_dir;
        sh->order_t = sh->sel_t[0];
        sh->order_c = sh->sel_c[0];
        sh->limit = q->limit;
        t0_not_null_filter(q, sh->order_t, sh->order_c);
    }
    if (sh->having && sh->group == GROUP_COLUMN)
        t0_not_null_filter(q, sh->group_t, sh->group_c); /* no group of the rows without a value */
    if (q->sort_seen && sort_list(q, sh) != 0)
        return -1;
    return 0;
}

/* "which cartoons were shown on British channels": "channels" names the table a cartoon points
 * at, and the condition is on those channels; the cartoons are what is asked, not the keys of
 * their channels. The rows are shown by their labels instead. */
static void relation_not_column(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (sh->agg != NL_AGG_NONE || q->rank || sh->group != GROUP_NONE || sh->n_sel != 1 ||
        sh->sel_t[0] != sh->main)
        return;
    const struct schema_column *col = t0_col_of(q, sh->sel_t[0], sh->sel_c[0]);
    int ft = t0_fk_table(q, sh->sel_t[0], sh->sel_c[0]);
    int filtered = 0, named = 0, lab[2];
    for (size_t k = 0; ft >= 0 && ft != sh->main && k < q->nf; k++)
        filtered |= q->f[k].t == ft;
    /* the word names that table, or comes after the rows a "which" question asks for */
    int which_rows = q->toks[0].kind == NL_TOK_WORD && strcmp(q->toks[0].word, "which") == 0 &&
                     r->E == sh->main && r->first_mention >= 0;
    for (size_t k = 0; filtered && k < q->n_selects; k++)
        named |= t0_span_has_table(&q->sp[q->selects[k]], ft) ||
                 (which_rows && q->selects[k] > r->first_mention);
    if (!named)
        return;
    int nl = t0_label_cols(q, sh->main, lab, 1);
    if (nl <= 0 || (nl == 1 && lab[0] == sh->sel_c[0])) {
        t0_doubt(q, P_UNSURE, "%s or the %s it points at?", col->name, q->s->tables[ft].name);
        return;
    }
    t0_doubt(q, P_SLIGHT, "'%s' read as the %s rows the condition is on", col->name,
             q->s->tables[ft].name);
    sh->n_sel = 0;
    for (int j = 0; j < nl; j++) {
        sh->sel_t[sh->n_sel] = sh->main;
        sh->sel_c[sh->n_sel++] = lab[j];
    }
}

/* A list that reads nothing from the table it names, and "or" between different conditions */
/* Every "or" stands between two values of one condition, and what follows them is the rows
 * they describe or nothing: "Kitchen or Garden products priced above $100", "employees over 30
 * in Bath or Bristol". Not "houses or apartments with more than 1 room", where the last
 * condition may be the apartments' only. */
static int or_joins_values(const struct query *q)
{
    int any = 0;
    for (size_t i = 0; i < q->n; i++) {
        if (q->sp[i].kind != NL_SPAN_LEX || q->sp[i].lex->role != NL_R_OR)
            continue;
        int pv = t0_prev_content(q, i), nx = t0_next_content(q, i), one = 0;
        if (pv < 0 || nx < 0 || q->sp[pv].kind != NL_SPAN_VALUE || q->sp[nx].kind != NL_SPAN_VALUE)
            return 0;
        int after = t0_next_content(q, (size_t)nx);
        if (after >= 0 && q->sp[after].kind != NL_SPAN_TABLE)
            return 0;
        for (size_t a = 0; a < q->nf && !one; a++) {
            const struct filter *f = &q->f[a];
            int has_pv = 0, has_nx = 0;
            for (size_t v = 0; f->kind == FILTER_VALUE && v < f->n_vals; v++) {
                has_pv |= q->sp[pv].n_cand && q->sp[pv].cand[0].value &&
                          strcmp(f->vals[v], q->sp[pv].cand[0].value) == 0;
                has_nx |= q->sp[nx].n_cand && q->sp[nx].cand[0].value &&
                          strcmp(f->vals[v], q->sp[nx].cand[0].value) == 0;
            }
            one = has_pv && has_nx;
        }
        if (!one)
            return 0;
        any = 1;
    }
    return any;
}

static int check_reads(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    relation_not_column(r);
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
            via_own_key =
                q->bfs.dist[t] == 1 && q->bfs.npaths[t] == 1 && q->bfs.via[t].owner == sh->main;
        }
        if (via_own_key)
            t0_doubt(q, P_SLIGHT, "read from %s through %s's key", q->s->tables[sh->sel_t[0]].name,
                     q->s->tables[sh->main].name);
        else if (!in_main)
            t0_doubt(q, P_UNSURE, "nothing is read from %s itself", q->s->tables[sh->main].name);
    }
    if (q->or_seen && !or_joins_values(q)) {
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

/* The grouping asked for, one resolver per kind. */
static const struct {
    enum group_kind kind;
    int (*resolve)(struct res *r);
} group_resolvers[] = {
    {GROUP_TABLE, group_by_table},
    {GROUP_COLUMN, group_by_column},
    {GROUP_TIME, group_by_time},
};

/* "order count by channel and status": a second column beside the grouping, a plain value
 * (a key of another table would need that table's name) */
static int group_by_column2(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (q->group2_span < 0)
        return 0;
    if (q->rank || q->having_span >= 0 || (sh->group != GROUP_TABLE && sh->group != GROUP_COLUMN)) {
        t0_doubt(q, P_UNSURE, "grouped by two things; one grouping is composed");
        return 0;
    }
    int table = q->sp[q->group2_span].kind == NL_SPAN_TABLE;
    if (table && q->sp[q->group2_span].n_cand != 1) {
        t0_doubt(q, P_UNSURE, "grouped by two things; one grouping is composed");
        return 0;
    }
    int k = table ? 0 : t0_pick_cand(q, q->group2_span, sh->main);
    int t = q->sp[q->group2_span].cand[k].table, c = q->sp[q->group2_span].cand[k].col;
    if (table) {
        /* "revenue by region and category": the second table's rows by their one name column
         * (names that repeat, as people's do, would merge rows: not composed) */
        int lab[2];
        if (sh->n_sel || t0_person_table(q, t) || t0_label_cols(q, t, lab, 1) != 1 ||
            (sh->group == GROUP_TABLE && sh->group_t == t)) {
            t0_doubt(q, P_UNSURE, "grouped by two things; one grouping is composed");
            return 0;
        }
        c = lab[0];
    }
    size_t fi = q->ns->col_base[t] + (size_t)c;
    if (q->ns->fk_target[fi] >= 0 || t0_col_is_key(q, t, c) ||
        (sh->group == GROUP_COLUMN && sh->group_t == t && sh->group_c == c)) {
        t0_doubt(q, P_UNSURE, "grouped by two things; one grouping is composed");
        return 0;
    }
    sh->g2_t = t;
    sh->g2_c = c;
    return 0;
}

/* "revenue by category and year": the period of the main table's date beside the grouping */
static int group_by_time2(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (group_by_column2(r) != 0)
        return -1;
    if (!q->group_time2)
        return 0;
    if (q->rank || q->having_span >= 0 || (sh->group != GROUP_TABLE && sh->group != GROUP_COLUMN)) {
        t0_doubt(q, P_UNSURE, "grouped by two things; one grouping is composed");
        return 0;
    }
    int dt, dc = t0_find_date(q, sh->main, &dt);
    if (dc < 0) {
        t0_doubt(q, P_WRONGISH, "no date column to group by %s", t0_cal_unit_name(q->group_time2));
        return -1;
    }
    sh->time2_t = dt;
    sh->time2_c = dc;
    return 0;
}

static int resolve_group(struct res *r)
{
    if (r->rank_time)
        return group_by_time(r);
    if (r->q->rank || r->q->having_span >= 0)
        return group_by_time2(r);
    for (size_t k = 0; k < sizeof group_resolvers / sizeof group_resolvers[0]; k++)
        if (group_resolvers[k].kind == r->q->group && group_resolvers[k].resolve(r) != 0)
            return -1;
    return group_by_time2(r) != 0 ? -1 : group_count(r);
}

/* The table rows come from and the aggregate: a ranking of a column's values, of main's rows,
 * or an aggregate or list. */
static int resolve_main(struct res *r)
{
    const struct query *q = r->q;
    /* "which 3 cities generate the most revenue": a measure with no span of its own (revenue, a
     * metric) comes after the column whose values it ranks */
    int measured_at = q->most_span >= 0           ? q->most_span
                      : q->measure_span >= 0      ? q->measure_span
                      : (q->revenue || q->metric) ? (int)q->n
                                                  : -1;
    if (r->rank_values || (r->key != KEY_NONE && r->E < 0 && r->key != KEY_OWN &&
                           q->n_selects > 0 && q->selects[0] < measured_at))
        return rank_column_values(r);
    if (r->key != KEY_NONE)
        return rank_entity(r);
    if (q->rank)
        return 0;
    return list_main(r) != 0 ? -1 : list_having(r);
}

/* The date column of t that says a row's life ended (term_on, closed_at, cancelled_on,
 * expired_on), when it may be NULL and is the only one; else -1. A period's end (end_dt) says
 * nothing of the kind. */
static int end_col(const struct query *q, int t, int settled)
{
    static const char *const lives[] = {
        "term",   "termin", "exit",    "left",       "leav",    "separ", "depart",
        "close",  "cancel", "cncl",    "cxl",        "churn",   "expir", "exp",
        "resign", "inact",  "deactiv", "discontinu", "dismiss", "fire",  "retir",
        "archiv", "delet",  "end",     "quit",       "gone"};
    /* "open tickets", "unpaid invoices": what closes them */
    static const char *const settles[] = {"close", "resolv",  "paid",   "settl", "pay",
                                          "solv",  "complet", "fulfil", "finish"};
    const char *const *ends = settled ? settles : lives;
    size_t n_ends = settled ? sizeof settles / sizeof settles[0] : sizeof lives / sizeof lives[0];
    const struct schema_table *tb = &q->s->tables[t];
    int found = -1;
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (tb->cols[c].type != SCHEMA_TYPE_DATE || tb->cols[c].notnull || tb->cols[c].pk)
            continue;
        int hit = 0;
        for (size_t w = 0; w < cn->n && !hit; w++)
            /* "end" only as ended_on, not a period's end_dt beside its start_dt */
            hit = nl_word_in(cn->stem[w], ends, n_ends) &&
                  (strcmp(cn->stem[w], "end") != 0 || strcmp(tb->cols[c].name, "ended_on") == 0 ||
                   strcmp(tb->cols[c].name, "ended_at") == 0);
        if (!hit)
            continue;
        if (found >= 0)
            return -1;
        found = (int)c;
    }
    return found;
}

/* A yes/no column of t that says whether its row is still in use (active_flg, is_current,
 * available), or -1. */
static int state_flag(const struct query *q, int t)
{
    static const char *const words[] = {"activ",      "current", "avail", "enabl", "live",
                                        "discontinu", "retir",   "sell",  "offer"};
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        for (size_t k = 0; t0_col_is_flag(q, t, (int)c) && k < sizeof words / sizeof words[0]; k++)
            if (t0_col_has_word(q, t, (int)c, words[k]))
                return (int)c;
    return -1;
}

/* "current employees", "tickets still open": the rows of the table asked about (else of main)
 * whose end date is not set. "still" needs no end when the question says its state otherwise
 * ("still pending"); "current" or "active" with no end to read is not understood. */
static int resolve_current(struct res *r)
{
    static const char *const now_words[] = {"workforce", "headcount"};
    struct query *q = r->q;
    struct shape *sh = r->sh;
    /* "our workforce", "headcount": the people who work here now. ("How many vehicles do we
     * have" counts the retired ones too, for the writers of two schemas out of three.) */
    for (size_t i = 0; q->current_span < 0 && i < q->n; i++)
        if (q->toks[q->sp[i].tok].kind == NL_TOK_WORD &&
            NL_WORD_IN(q->toks[q->sp[i].tok].word, now_words)) {
            q->current_span = (int)i;
            q->current_filler = 1;
        }
    if (q->current_span < 0 || (q->current_filler && t0_names_non_date(q, "current")))
        return 0; /* "students who currently live" with current_address_id */
    char text[64];
    t0_span_text(q, &q->sp[q->current_span], text, sizeof text);
    static const char *const settle_words[] = {"open", "unresolved", "unpaid", "outstanding",
                                               "unsettled"};
    int settled = NL_WORD_IN(text, settle_words);
    int t = r->E >= 0 ? r->E : sh->main, c = t >= 0 ? end_col(q, t, settled) : -1;
    if (c < 0 && t != sh->main && sh->main >= 0) {
        t = sh->main;
        c = end_col(q, t, settled);
    }
    if (c < 0) {
        int flag = t >= 0 ? state_flag(q, t) : -1;
        if (!q->current_filler)
            t0_doubt(q, P_UNSURE, "'%s' not understood", text);
        else if (flag >= 0) /* "plans we are still selling" beside plan_cat.active_flg */
            t0_doubt(q, P_UNSURE, "'%s' may be the yes/no column %s.%s", text, q->s->tables[t].name,
                     q->s->tables[t].cols[flag].name);
        return 0;
    }
    for (size_t k = 0; k < q->n; k++) {
        const struct nl_span *v = q->sp[k].kind == NL_SPAN_VALUE ? &q->sp[k] : NULL;
        int vc = -1;
        for (size_t j = 0; v && j < v->n_cand && vc < 0; j++)
            if (v->cand[j].table == t && v->cand[j].col >= 0 &&
                t0_col_is_status(q, t, v->cand[j].col))
                vc = v->cand[j].col;
        if (vc >= 0) {
            /* "orders still open" with so_status = 'OPEN' and closed_at: the one state, or every
             * order not closed (ASSIGNED ones too)? */
            t0_doubt(q, P_UNSURE, "'%s' read as %s.%s not set beside %s.%s", text,
                     q->s->tables[t].name, q->s->tables[t].cols[c].name, q->s->tables[t].name,
                     q->s->tables[t].cols[vc].name);
            break;
        }
    }
    for (size_t k = 0; q->metric && k < q->metric->filters.n; k++)
        if (strstr(q->metric->filters.items[k], q->s->tables[t].cols[c].name))
            return 0; /* "headcount": the metric's own filter says it already */
    struct filter *f = not_null_filter(q, t, c, 1);
    if (!f)
        return 0;
    f->base = 1; /* "what percentage of our current staff ...": of them */
    t0_doubt(q, P_SLIGHT, "'%s' read as %s.%s not set", text, q->s->tables[t].name,
             q->s->tables[t].cols[c].name);
    return 0;
}

/* "average salary", "employees who earn over $150,000" over a history of salaries: each
 * entity's latest row, unless the question asks about the past or the changes ("raises",
 * "ever", "history") or names a period of the history's own dates. */
static int resolve_latest(struct res *r)
{
    static const char *const past[] = {"history",  "histories",  "ever",    "raise",   "raises",
                                       "increase", "increases",  "change",  "changes", "changed",
                                       "past",     "previous",   "initial", "first",   "starting",
                                       "original", "historical", "once"};
    struct query *q = r->q;
    struct shape *sh = r->sh;
    int seen[8], n = 0;
    int ts[NL_MAX_SELECT + NL_MAX_FILTERS + 2];
    size_t nt = 0;
    ts[nt++] = sh->agg_t;
    ts[nt++] = sh->order_t;
    for (size_t k = 0; k < sh->n_sel; k++)
        ts[nt++] = sh->sel_t[k];
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_NUM)
            ts[nt++] = q->f[k].t;
    for (size_t i = 0; i < q->n; i++)
        for (size_t j = q->sp[i].tok; j < q->sp[i].tok + q->sp[i].len; j++)
            if (q->toks[j].kind == NL_TOK_WORD && NL_WORD_IN(q->toks[j].word, past))
                return 0;
    for (size_t k = 0; k < nt; k++) {
        int t = ts[k], date, key, dup = 0;
        for (int j = 0; j < n; j++)
            dup |= seen[j] == t;
        if (t < 0 || dup || n == 8 || !t0_history_table(q, t, &date, &key))
            continue;
        seen[n++] = t;
        int dated = (sh->group == GROUP_TIME && sh->group_t == t) || q->growth;
        for (size_t f = 0; f < q->nf; f++)
            dated |= (q->f[f].kind == FILTER_DATE || q->f[f].kind == FILTER_YEAR) && q->f[f].t == t;
        struct filter *f = dated ? NULL : t0_new_filter(q, FILTER_LATEST);
        if (!f)
            continue;
        f->t = t;
        f->c = date;
        f->c2 = key;
        int e = t0_fk_table(q, t, key), ec = end_col(q, e, 0), said = 0;
        t0_doubt(q, P_SLIGHT, "%s read as each %s's latest row", q->s->tables[t].name,
                 q->s->tables[e].name);
        /* the latest pay of someone who has left is no one's pay now: of the current ones */
        for (size_t j = 0; j < q->nf; j++)
            said |= q->f[j].kind == FILTER_NOTNULL && q->f[j].t == e && q->f[j].c == ec;
        struct filter *now = ec >= 0 && !said ? t0_new_filter(q, FILTER_NOTNULL) : NULL;
        if (now) {
            now->flag = 1;
            now->t = e;
            now->c = ec;
            t0_doubt(q, P_SLIGHT, "of the %s whose %s is not set", q->s->tables[e].name,
                     q->s->tables[e].cols[ec].name);
        }
    }
    return 0;
}

/* "cancelled events" where the events keep a status code 'CXL' and 'Cancelled' is read in the
 * orders' status lookup, reached through the events' orders: the rows' own status is likelier. */
static void own_code_doubt(struct res *r)
{
    struct query *q = r->q;
    const struct shape *sh = r->sh;
    for (size_t k = 0; k < q->nf && sh->main >= 0; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind != FILTER_VALUE || f->t == sh->main || f->t < 0 || f->span < 0 ||
            t0_fk_to(q, sh->main, f->t, &(int){0}) >= 0)
            continue;
        const char *word = q->toks[q->sp[f->span].tok].word;
        for (size_t v = 0; v < q->s->n_values; v++) {
            const struct schema_value *sv = &q->s->values[v];
            int cxl = strncasecmp(word, "cancel", 6) == 0 &&
                      (strcasecmp(sv->value, "cxl") == 0 || strcasecmp(sv->value, "cnx") == 0);
            int c = (int)sv->column;
            if ((int)sv->table == sh->main && strlen(sv->value) >= 3 &&
                (t0_col_has_word(q, sh->main, c, "status") ||
                 t0_col_has_word(q, sh->main, c, "stat") ||
                 t0_col_has_word(q, sh->main, c, "sts")) &&
                (cxl || value_abbreviates(sv->value, word))) {
                t0_doubt(q, P_UNSURE, "'%s' may be %s's own '%s', not %s's", word,
                         q->s->tables[sh->main].name, sv->value, q->s->tables[f->t].name);
                return;
            }
        }
    }
}

/* "active listings" read as the listings of active sellers (slr.slr_sts 'ACTV') where the
 * listings keep a state of their own (lst_stat, 'A'): the word before the rows' noun is
 * likelier their own. */
static void own_state_doubt(struct res *r)
{
    struct query *q = r->q;
    const struct shape *sh = r->sh;
    for (size_t k = 0; k < q->nf && sh->main >= 0; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind != FILTER_VALUE || f->t == sh->main || f->t < 0 || f->c < 0 || f->span < 0 ||
            !t0_col_is_status(q, f->t, f->c))
            continue;
        int own_lookup = 0; /* campaigns.status_cd -> cmpgn_status: the rows' own state */
        for (size_t c = 0; c < q->s->tables[sh->main].n_cols && !own_lookup; c++)
            own_lookup = q->ns->fk_target[q->ns->col_base[sh->main] + c] == f->t &&
                         t0_col_is_status(q, sh->main, (int)c);
        if (own_lookup)
            continue;
        const struct nl_span *next = (size_t)f->span + 1 < q->n ? &q->sp[f->span + 1] : NULL;
        size_t at = q->sp[f->span].tok;
        while (at > 0 && (strcmp(q->toks[at - 1].word, "still") == 0 ||
                          strcmp(q->toks[at - 1].word, "currently") == 0))
            at--;
        static const char *const be[] = {"is", "are", "was", "were"};
        int said = 0; /* "placements are still active": said of the rows named last before
                       * (not "customers with a loan that is delinquent": of the loan) */
        for (size_t j = 0; at > 1 && NL_WORD_IN(q->toks[at - 1].word, be) && j < (size_t)f->span;
             j++)
            if (q->sp[j].kind == NL_SPAN_TABLE)
                said = t0_span_has_table(&q->sp[j], sh->main);
        if (!said && (!next || next->kind != NL_SPAN_TABLE || !t0_span_has_table(next, sh->main)))
            continue;
        static const char *const ends[] = {"end",  "ended", "close",  "closed",
                                           "term", "cxl",   "cancel", "expir"};
        for (size_t c = 0; c < q->s->tables[sh->main].n_cols; c++)
            if (t0_col_is_status(q, sh->main, (int)c) ||
                (t0_col_is_date(q, sh->main, (int)c) && q->ns->cols[sh->main][c].n &&
                 NL_WORD_IN(q->ns->cols[sh->main][c].stem[0], ends))) {
                /* placements keep no state but an end_dt: "active" may be those not ended */
                t0_doubt(q, P_UNSURE, "'%s' may be %s's own %s, not %s's", f->vals[0],
                         q->s->tables[sh->main].name, q->s->tables[sh->main].cols[c].name,
                         q->s->tables[f->t].name);
                return;
            }
    }
}

/* "parts cost in the last 12 months" listed from part.unit_cost_cents with a condition on the
 * work orders that used them: the catalogue's costs per unit, or what the lines used cost? */
static void unit_list_doubt(struct res *r)
{
    struct query *q = r->q;
    const struct shape *sh = r->sh;
    int elsewhere = 0;
    for (size_t k = 0; k < q->nf && sh->n_sel == 1; k++)
        elsewhere |= q->f[k].t >= 0 && q->f[k].t != sh->sel_t[0];
    if (sh->agg == NL_AGG_NONE && sh->group == GROUP_NONE && sh->n_sel == 1 && elsewhere &&
        unit_amount_used_elsewhere(q, sh->sel_t[0], sh->sel_c[0]))
        t0_doubt(q, P_UNSURE, "%s.%s is a price per unit; what was used may be asked",
                 q->s->tables[sh->sel_t[0]].name,
                 q->s->tables[sh->sel_t[0]].cols[sh->sel_c[0]].name);
}

static int resolve_filters(struct res *r)
{
    if (resolve_current(r) != 0 || t0_resolve_filters(r->q, r->sh) != 0)
        return -1;
    own_code_doubt(r);
    own_state_doubt(r);
    unit_list_doubt(r);
    return resolve_latest(r);
}

/* The steps of resolution, in order; each reads what the ones before it decided. */
/* Foreign keys between tables a and b, directly or through a table of links that points at both
 * ("singer_in_concert"). */
static int links_between(const struct query *q, int a, int b)
{
    int n = 0;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        int to_a = 0, to_b = 0;
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
            int ft = q->ns->fk_target[q->ns->col_base[t] + c];
            to_a += ft == a;
            to_b += ft == b;
        }
        if ((int)t == a)
            n += to_b;
        else if ((int)t == b)
            n += to_a;
        else if (to_a && to_b)
            n++;
    }
    return n;
}

/* "list the first officers based at JFK": a value of a lookup table said in the plural
 * ('First Officer' of crew_roles) names the rows of the one table that points at it (the crew
 * members in that role), never the lookup row itself. Returns that table, or -1. */
static int plural_role(struct query *q)
{
    int found = -1;
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind != FILTER_VALUE || f->span < 0 || !q->sp[f->span].partial ||
            q->sp[f->span].n_cand != 1)
            continue;
        int l = q->sp[f->span].cand[0].table, by = -1, n = 0, person = -1, people = 0;
        if (l < 0 || !t0_lookup_table(q, l))
            continue;
        for (size_t u = 0; u < q->s->n_tables; u++)
            if ((int)u != l && t0_fk_to(q, (int)u, l, &(int){0}) >= 0) {
                by = (int)u;
                n++;
                if (t0_person_table(q, (int)u)) {
                    person = (int)u;
                    people++;
                }
            }
        if (people == 1)
            by = person; /* the crew in a role, not their duties that name one too */
        else if (n != 1)
            return -1;
        if (found >= 0 && found != by)
            return -1;
        found = by;
        char text[96];
        t0_doubt(q, P_SLIGHT, "'%s' read as the %s whose %s it is",
                 t0_span_text(q, &q->sp[f->span], text, sizeof text), q->s->tables[by].name,
                 q->s->tables[l].name);
    }
    return found;
}

/* "who conducts the Kirov Orchestra", "who sang Cha Cha Slide", "who is on leave": a value of a
 * table that holds no people, asked "who" with a verb tier 0 does not know or a form of "be", is
 * about the one table of people next to it (one foreign key, or one table of links, between
 * them). Returns that table, or -1. */
static int who_did(struct res *r)
{
    struct query *q = r->q;
    if (r->E >= 0 || q->n < 3 || strcmp(q->toks[0].word, "who") != 0 || q->agg != NL_AGG_NONE ||
        q->group != GROUP_NONE || q->n_selects)
        return -1;
    int v = -1, verb = -1;
    for (size_t k = 0; k < q->nf; k++) {
        if (q->f[k].kind != FILTER_VALUE || v >= 0)
            return -1;
        v = t0_span_table(q, q->f[k].span);
    }
    for (size_t k = 0; k < q->n_unk; k++)
        if (q->sp[q->unk[k]].tok == 1)
            verb = (int)k;
    /* "who is on leave of absence": a status or kind the people's rows point to */
    static const char *const be[] = {"is", "are", "was", "were"};
    static const char *const lead[] = {"on", "in", "at", "the", "a", "an"};
    int is = 0;
    if (v >= 0 && verb < 0 && NL_WORD_IN(q->toks[1].word, be)) {
        /* the value right after the verb ("who is on the injured list"), never a noun of its
         * own first ("who is the manager of HJK" names a column) */
        size_t vt = q->sp[q->f[0].span].tok, k = 2;
        while (k < vt && k < 4 && NL_WORD_IN(q->toks[k].word, lead))
            k++;
        is = k == vt;
    }
    if (v < 0 || (verb < 0 && !is))
        return -1;
    if (t0_person_table(q, v)) {
        if (verb < 0)
            return -1;
        /* "who lives in Oslo": the verb and its preposition only lead to the value */
        static const char *const preps[] = {"in", "from", "at", "on"};
        int vt = q->sp[q->f[0].span].tok, prep = 0;
        for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++)
            prep |= strcmp(q->toks[2].word, preps[k]) == 0;
        if (prep && (vt == 3 || (vt == 4 && strcmp(q->toks[3].word, "the") == 0))) {
            const char *w = q->toks[1].word;
            q->unk[verb] = q->unk[--q->n_unk];
            t0_doubt(q, P_SLIGHT, "'%s %s' read as leading to the value", w, q->toks[2].word);
        }
        return -1;
    }
    int found = -1, links = 0;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        if ((int)t == v || !t0_person_table(q, (int)t))
            continue;
        int n = links_between(q, v, (int)t);
        if (n) {
            found = (int)t;
            links += n;
        }
    }
    if (links != 1)
        return -1;
    const char *w = q->toks[1].word;
    int lab[2], nl = t0_label_cols(q, v, lab, 1);
    for (size_t c = 0; c < q->s->tables[v].n_cols; c++)
        if ((nl < 1 || (int)c != lab[0]) && (nl < 2 || (int)c != lab[1]) &&
            (t0_col_has_word(q, v, (int)c, "name") || t0_col_has_word(q, v, (int)c, "nm"))) {
            /* "who manages the Denver Airport branch" beside branches.mgr_name: a person's
             * name the value's own row holds, not the customers of its rentals */
            t0_doubt(q, P_UNSURE, "'who %s' may be %s.%s", w, q->s->tables[v].name,
                     q->s->tables[v].cols[c].name);
            break;
        }
    if (verb >= 0)
        q->unk[verb] = q->unk[--q->n_unk];
    t0_doubt(q, P_SLIGHT, "'who %s' read as the %s linked to %s", w, q->s->tables[found].name,
             q->s->tables[v].name);
    return found;
}

/* "when was the most recent order placed?": the date that put the row first is the answer */
static int resolve_when(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (strcmp(q->toks[0].word, "when") == 0 && sh->n_sel == 0 && sh->n_gsel == 0 &&
        sh->agg == NL_AGG_NONE && sh->group == GROUP_NONE && sh->limit == 1 && !sh->order_agg &&
        sh->order_c >= 0 && t0_col_is_date(q, sh->order_t, sh->order_c)) {
        sh->sel_t[0] = sh->order_t;
        sh->sel_c[0] = sh->order_c;
        sh->n_sel = 1;
    }
    return 0;
}

/* "average MRR per customer", "the average number of orders per customer": one figure, the
 * total (or the count) over the number of customers that have any, not each customer's own
 * average. Only where "per" names a table of many rows the measured rows point at (people,
 * accounts: 200 rows or more, or people), never a handful of categories: "average price per
 * category" is a breakdown. */
/* A measure whose rows add up to a period's figure: a column of counts (clicks, impr for
 * impressions, qty) or an amount (spend_usd, amt_cents), or revenue; never a price, a rate, a
 * salary or a score, which are averaged as they are. */
static int additive_measure(const struct query *q, const struct shape *sh)
{
    static const char *const counts[] = {"cnt", "count", "qti", "quantiti", "num", "unit"};
    /* a cost is often one per row (an order's shipping cost), averaged per period as it is */
    static const char *const amounts[] = {"amt", "amount", "spend", "revenu", "sale"};
    static const char *const rates[] = {"price", "prc",    "rate",  "pct",    "percent", "ratio",
                                        "avg",   "averag", "score", "rating", "salari",  "sal"};
    if (sh->revenue && !sh->metric)
        return 1;
    if (sh->metric)
        return t0_metric_is_sum(sh->metric); /* revenue, units sold; not a ratio */
    int t = sh->agg_t, c = sh->agg_c;
    if (sh->metric || t < 0 || c < 0 || !t0_col_holds_numbers(q, t, c) || t0_col_is_key(q, t, c) ||
        t0_col_is_flag(q, t, c))
        return 0;
    for (size_t k = 0; k < sizeof rates / sizeof rates[0]; k++)
        if (t0_col_has_word(q, t, c, rates[k]))
            return 0;
    for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++)
        if (t0_col_has_word(q, t, c, counts[k]))
            return 1;
    for (size_t k = 0; k < sizeof amounts / sizeof amounts[0]; k++)
        if (t0_col_has_word(q, t, c, amounts[k]) && t0_col_is_money(q, t, c))
            return 1;
    const char *name = q->s->tables[t].cols[c].name;
    size_t n = strlen(name);
    const struct nl_name *cn = &q->ns->cols[t][c];
    for (size_t i = 0; cn->n && i < q->n; i++) { /* "impressions" read as impr */
        const struct nl_token *tk = &q->toks[q->sp[i].tok];
        size_t wl = strlen(tk->word);
        if (q->sp[i].kind == NL_SPAN_COLUMN && tk->synonym && wl > 3 && tk->word[wl - 1] == 's' &&
            strcmp(tk->stem, cn->stem[cn->n - 1]) == 0)
            return 1;
    }
    return n > 2 && tolower((unsigned char)name[n - 1]) == 's' &&
           tolower((unsigned char)name[n - 2]) != 's'; /* clicks, visits */
}

/* "average clicks per day", "average daily spend": one figure, the periods' totals averaged,
 * not each day's average over its rows. "per" or "daily" right after "average" says it;
 * "average clicks by day" stays a series. The time span, or -1. */
static int per_period_asked(const struct query *q)
{
    if (q->per_period)
        return 0;
    for (size_t i = 0; i < q->n; i++) {
        if (q->sp[i].kind != NL_SPAN_LEX || q->sp[i].lex->role != NL_R_TIME)
            continue;
        int pv = t0_prev_content(q, i);
        if (pv < 0 || q->sp[pv].kind != NL_SPAN_LEX)
            continue;
        if (strcmp(q->sp[pv].lex->phrase, "per") == 0 ||
            ((q->sp[i].lex->arg & 8) && q->sp[pv].lex->role == NL_R_AGG &&
             q->sp[pv].lex->arg == NL_AGG_AVG))
            return (int)i;
    }
    return -1;
}

static int resolve_per_entity(struct res *r)
{
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (sh->agg == NL_AGG_AVG && sh->group == GROUP_TIME && sh->group_t >= 0 && !q->rank &&
        !sh->having && !q->percent && !q->n_more_aggs && q->group2_span < 0 && !q->growth &&
        sh->time2_t < 0 && per_period_asked(q) >= 0 && additive_measure(q, sh)) {
        sh->per_entity = 2; /* a period: its totals averaged */
        return 0;
    }
    int e = sh->group_t, pv = q->group_span >= 0 ? t0_prev_content(q, (size_t)q->group_span) : -1;
    int asked = sh->agg == NL_AGG_AVG || (sh->agg == NL_AGG_COUNT && q->avg_count);
    if (asked && sh->group == GROUP_TABLE && e >= 0 && e != sh->main && !q->rank && !sh->having &&
        !q->percent && !q->n_more_aggs && q->group2_span < 0 && !q->growth && pv >= 0 &&
        q->sp[pv].kind == NL_SPAN_LEX && strcmp(q->sp[pv].lex->phrase, "per") == 0 &&
        (t0_person_table(q, e) || q->s->tables[e].row_count >= 200) && t0_pk_col(q, e) >= 0 &&
        t0_many_to_one_from(q, sh->main, e) && (!sh->metric || sh->revenue) &&
        !(sh->agg == NL_AGG_AVG && sh->agg_t == e)) {
        sh->per_entity = 1;
        return 0;
    }
    if (q->avg_count)
        t0_doubt(q, P_UNSURE, "two aggregations");
    if (sh->agg == NL_AGG_AVG && (sh->metric || sh->revenue) && t0_per_table(q))
        t0_doubt(q, P_UNSURE, "an average of %s per group is not composed",
                 sh->metric ? "the metric" : "revenue");
    else if (sh->agg == NL_AGG_AVG && sh->metric && t0_period_said(q))
        /* "the average monthly revenue" that found no months to average over */
        t0_doubt(q, P_UNSURE, "an average of the metric %s is not composed", sh->metric->name);
    return 0;
}

/* "completions by month in 2023" read on enrollments with cmpl_ts set, but dated by another
 * date of theirs (enrl_ts): the completions of a month are the ones that happened in it. */
static void event_dated_otherwise(struct res *r, const char *word, int t, int c)
{
    struct query *q = r->q;
    const struct shape *sh = r->sh;
    int other = sh->group == GROUP_TIME && sh->group_t == t && sh->group_c >= 0 && sh->group_c != c;
    for (size_t k = 0; k < q->nf && !other; k++)
        other = (q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR) && q->f[k].t == t &&
                q->f[k].c != c;
    if (other)
        t0_doubt(q, P_UNSURE, "'%s' dated by another date of %s than %s, when they happened", word,
                 q->s->tables[t].name, q->s->tables[t].cols[c].name);
}

/* "how many cancellations", "cancellations by year": a plural noun counting the rows whose
 * date it names (link.c event_noun()) counts the rows where that happened, the date set, when
 * the date may be missing (resv.cxl_dt is set for cancelled reservations only). */
static int resolve_event_happened(struct res *r)
{
    struct query *q = r->q;
    for (size_t i = 0; i < q->n; i++) {
        /* "churned subscribers by churn reason": a participle before the rows it says
         * something of, naming their date that may be missing: the rows where it is set */
        const struct nl_span *ts = &q->sp[i];
        if (ts->kind == NL_SPAN_TABLE && ts->n_cand == 1 && ts->tok > 0 &&
            q->toks[ts->tok - 1].kind == NL_TOK_WORD) {
            const char *w = q->toks[ts->tok - 1].word;
            size_t wl = strlen(w);
            int t = ts->cand[0].table, c = -1, n = 0, said = 0;
            char stem[NL_WORD_MAX];
            nl_stem(w, stem, sizeof stem);
            for (size_t k = 0;
                 wl > 4 && strcmp(w + wl - 2, "ed") == 0 && k < q->s->tables[t].n_cols; k++)
                if (q->s->tables[t].cols[k].type == SCHEMA_TYPE_DATE &&
                    !q->s->tables[t].cols[k].notnull && t0_col_has_event_word(q, t, (int)k, stem)) {
                    c = (int)k;
                    n++;
                }
            for (size_t k = 0; n == 1 && k < q->nf; k++)
                said |= q->f[k].t == t && q->f[k].c == c;
            if (n == 1 && !said && not_null_filter(q, t, c, 0))
                t0_doubt(q, P_SLIGHT, "'%s' read as the %s rows with %s set", w,
                         q->s->tables[t].name, q->s->tables[t].cols[c].name);
        }
        const struct nl_span *sp = &q->sp[i];
        const struct nl_token *tk = &q->toks[sp->tok];
        if (sp->kind != NL_SPAN_TABLE || sp->len != 1 || sp->n_cand != 1 || !sp->synonym)
            continue;
        int t = sp->cand[0].table, c = -1, n = 0;
        char stem[NL_WORD_MAX];
        nl_stem(tk->word, stem, sizeof stem);
        for (size_t k = 0; k < q->s->tables[t].n_cols; k++) {
            const struct schema_column *col = &q->s->tables[t].cols[k];
            if (col->type != SCHEMA_TYPE_DATE || !t0_col_has_word(q, t, (int)k, tk->stem))
                continue;
            c = (int)k;
            n++;
        }
        int own = 0; /* the word names the table itself: "bookings" for bkg (bkg_ts) */
        for (size_t w = 0; w < q->ns->tables[t].n; w++)
            own |= strcmp(q->ns->tables[t].stem[w], tk->stem) == 0 ||
                   strcmp(q->ns->tables[t].stem[w], stem) == 0;
        if (n != 1 || own || q->s->tables[t].cols[c].notnull || q->s->tables[t].cols[c].pk)
            continue;
        int said = 0;
        for (size_t k = 0; k < q->nf; k++)
            said |= q->f[k].t == t && q->f[k].c == c;
        if (said || !not_null_filter(q, t, c, 0))
            continue;
        t0_doubt(q, P_SLIGHT, "'%s' read as the %s rows with %s set", tk->word,
                 q->s->tables[t].name, q->s->tables[t].cols[c].name);
        event_dated_otherwise(r, tk->word, t, c);
    }
    return 0;
}

/* "What is our MRR", "the MRR of Enterprise subscriptions": monthly recurring revenue is that
 * of the subscriptions still running (their end date not set), summed; rows of the history
 * that ended, and a list of each row's MRR, are not it. */
static int resolve_recurring(struct res *r)
{
    static const char *const words[] = {"mrr", "arr"};
    struct query *q = r->q;
    struct shape *sh = r->sh;
    int t = -1, c = -1;
    if ((sh->agg == NL_AGG_SUM || sh->agg == NL_AGG_AVG) && !sh->metric && sh->agg_c >= 0) {
        t = sh->agg_t;
        c = sh->agg_c;
    } else if (sh->agg == NL_AGG_NONE && sh->n_sel == 1 && sh->group == GROUP_NONE && !q->rank) {
        t = sh->sel_t[0];
        c = sh->sel_c[0];
    }
    if (t < 0 || (!t0_col_has_word(q, t, c, words[0]) && !t0_col_has_word(q, t, c, words[1])))
        return 0;
    if (sh->agg == NL_AGG_NONE) { /* "the MRR of Enterprise subscriptions": their total */
        sh->agg = NL_AGG_SUM;
        sh->agg_t = t;
        sh->agg_c = c;
        sh->n_sel = 0;
        sh->distinct = 0;
    }
    int e = end_col(q, t, 0), said = 0;
    for (size_t k = 0; k < q->nf; k++)
        said |= q->f[k].t == t &&
                (q->f[k].c == e || q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR ||
                 q->f[k].kind == FILTER_VALUE); /* 'ACTV' says it */
    if (e < 0 || said || sh->group == GROUP_TIME)
        return 0;
    if (!not_null_filter(q, t, e, 1))
        return 0;
    t0_doubt(q, P_SLIGHT, "%s of the %s still running (%s not set)", q->s->tables[t].cols[c].name,
             q->s->tables[t].name, q->s->tables[t].cols[e].name);
    return 0;
}

/* "What was the GMV in the first half of 2024?": an amount of the rows of a period is their
 * total, never a list of each row's amount. A price or a rate is no amount to add up. */
static int resolve_total_in_period(struct res *r)
{
    static const char *const per_unit[] = {"price", "prc", "rate",   "pct",    "percent",
                                           "unit",  "avg", "averag", "salari", "sal"};
    struct query *q = r->q;
    struct shape *sh = r->sh;
    if (sh->agg != NL_AGG_NONE || sh->n_sel != 1 || sh->group != GROUP_NONE || q->rank ||
        q->n < 2 || !q->toks || strcmp(q->toks[0].word, "what") != 0)
        return 0;
    int t = sh->sel_t[0], c = sh->sel_c[0], period = 0, through = 0;
    for (size_t k = 0; k < q->nf; k++) {
        period |= q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR;
        /* "What is the GMV from buyers in Canada?": the orders of the rows another table's
         * condition picks, many of them: their total too */
        through |= q->f[k].kind == FILTER_VALUE && q->f[k].t >= 0 && q->f[k].t != t &&
                   t0_fk_to(q, t, q->f[k].t, &(int){0}) >= 0;
    }
    if ((!period && !through) || !t0_col_is_money(q, t, c) || t0_col_is_key(q, t, c))
        return 0;
    for (size_t k = 0; k < sizeof per_unit / sizeof per_unit[0]; k++)
        if (t0_col_has_word(q, t, c, per_unit[k]))
            return 0;
    sh->agg = NL_AGG_SUM;
    sh->agg_t = t;
    sh->agg_c = c;
    sh->n_sel = 0;
    sh->distinct = 0;
    t0_doubt(q, P_SLIGHT, "the %s of %s read as its total", q->s->tables[t].cols[c].name,
             period ? "a period" : "the rows picked");
    return 0;
}

static int (*const resolve_steps[])(struct res *r) = {
    resolve_measure,       resolve_rank_key,
    resolve_main,          resolve_joins,
    resolve_group,         resolve_per_entity,
    resolve_selects,       resolve_list_extras,
    resolve_ranked_values, resolve_when,
    resolve_filters,       resolve_event_happened,
    resolve_recurring,     resolve_total_in_period,
    resolve_more_measures, count_of_measure_table,
    check_count_of_one,    dated_rows,
    check_reads,
};

/* "how many admins ...": the span right after "how many" is a plural word matching a stored
 * value of one table only (after singular/plural); that table's rows are counted. -1 when not. */
static int value_counted(const struct query *q)
{
    if (q->agg != NL_AGG_COUNT)
        return -1;
    for (size_t i = 0; i + 1 < q->n; i++) {
        if (q->sp[i].kind != NL_SPAN_LEX || q->sp[i].lex->role != NL_R_COUNT)
            continue;
        const struct nl_span *v = &q->sp[i + 1];
        const char *w = q->toks[v->tok].word;
        size_t n = strlen(w);
        if (v->kind != NL_SPAN_VALUE || v->len != 1 || !v->n_cand || n < 4 || w[n - 1] != 's' ||
            !v->partial)
            return -1;
        for (size_t k = 1; k < v->n_cand; k++)
            if (v->cand[k].table != v->cand[0].table)
                return -1;
        /* a table counted after it ("how many admins are in the organizations") is where
         * they are; one right after it ("how many admin users") is what they are */
        if (q->counted_span == (int)i + 2 || q->counted_span == (int)i + 1)
            return -1;
        return v->cand[0].table;
    }
    return -1;
}

/* Span i is a table named right before another table it is joined to by a key: "card
 * transactions", the transactions of cards. */
static int compound_head(const struct query *q, int i)
{
    const struct nl_span *a = &q->sp[i], *b = i + 1 < (int)q->n ? &q->sp[i + 1] : NULL;
    struct edge e;
    if (!b || a->len != 1 || b->len != 1)
        return 0;
    /* a noun used as an adjective, then a plural noun: "card transactions"; never "customers
     * ordered", a verb */
    const char *wa = q->toks[a->tok].word, *wb = q->toks[b->tok].word;
    size_t la = strlen(wa), lb = strlen(wb);
    if ((la > 1 && wa[la - 1] == 's' && wa[la - 2] != 's') || lb < 2 || wb[lb - 1] != 's')
        return 0;
    return a->kind == NL_SPAN_TABLE && b->kind == NL_SPAN_TABLE && a->n_cand == 1 &&
           b->n_cand == 1 && b->tok == a->tok + a->len && a->cand[0].table != b->cand[0].table &&
           t0_edge_between(q, b->cand[0].table, a->cand[0].table, &e) &&
           e.owner == b->cand[0].table; /* the transactions point at the card */
}

/* A table of codes and their names that other tables point at (rm_typ, cd_lkp, ref_status):
 * its rows name kinds of things, they are not the things. */
int t0_lookup_table(const struct query *q, int t)
{
    static const char *const words[] = {"lkp", "lookup", "typ",      "type",   "ref", "code",
                                        "cd",  "kind",   "categori", "status", "stat"};
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t w = 0; w < tn->n; w++)
        if (NL_WORD_IN(tn->stem[w], words))
            return 1;
    int pk = t0_pk_col(q, t); /* a few columns, keyed by a code ('STE'), others point at it */
    if (pk < 0 || q->s->tables[t].cols[pk].type != SCHEMA_TYPE_TEXT || q->s->tables[t].n_cols > 3)
        return 0;
    for (size_t u = 0; u < q->s->n_tables; u++)
        for (size_t c = 0; u != (size_t)t && c < q->s->tables[u].n_cols; c++)
            if (q->ns->fk_target[q->ns->col_base[u] + c] == t)
                return 1;
    return 0;
}

/* "how many suites" over rm_typ(rm_typ_cd, rm_typ_desc) where rooms point at the types: the
 * count of one type's rows (1) is no answer; the rooms of that type are meant. A count of a
 * lookup table that no word names, whose rows are picked by a stored value, is a doubt. */
static void counted_lookup(struct res *r)
{
    struct query *q = r->q;
    const struct shape *sh = r->sh;
    int t = sh->main, named = 0, valued = -1;
    /* grouped too: one status row per month is no count of late deliveries per month */
    if (sh->agg != NL_AGG_COUNT || t < 0 || !t0_lookup_table(q, t))
        return;
    for (size_t i = 0; i < q->n; i++)
        named |= (q->sp[i].kind == NL_SPAN_TABLE || q->sp[i].kind == NL_SPAN_COLUMN) &&
                 t0_span_has_table(&q->sp[i], t);
    for (size_t k = 0; k < q->nf && valued < 0; k++)
        if (q->f[k].kind == FILTER_VALUE && q->f[k].t == t)
            valued = (int)k;
    if (!named && valued >= 0)
        t0_doubt(q, P_UNSURE, "counting %s, where '%s' is only named", q->s->tables[t].name,
                 q->f[valued].span >= 0
                     ? t0_span_text(q, &q->sp[q->f[valued].span], r->text, sizeof r->text)
                     : "the value");
}

/* "show the ship's name, the battle it was lost in, and the date of that battle": a table said
 * as an item of a list of columns (after a comma, a named row's columns around it) is its name */
static void listed_tables(struct query *q, struct shape *sh)
{
    if (sh->agg != NL_AGG_NONE || sh->group != GROUP_NONE || sh->n_sel == 0 || q->rank)
        return;
    for (size_t i = 1; i < q->n && sh->n_sel < NL_MAX_SELECT; i++) {
        const struct nl_span *sp = &q->sp[i];
        size_t st = sp->tok;
        int item = q->toks[st].after_comma || (st > 0 && strcmp(q->toks[st - 1].word, "the") == 0 &&
                                               q->toks[st - 1].after_comma);
        if (sp->kind != NL_SPAN_TABLE || sp->n_cand != 1 || !item)
            continue;
        int t = sp->cand[0].table, lab[2];
        int nl = t0_label_cols(q, t, lab, 1), shown = 0, used_elsewhere = 0;
        for (size_t k = 0; k < q->nf; k++)
            used_elsewhere |= q->f[k].t == t;
        if (nl == 0 && !used_elsewhere) {
            /* "the product's name, the order, and the date": which of its columns? */
            t0_doubt(q, P_UNSURE, "'%s' is listed, and %s has no name column to show",
                     t0_span_text(q, sp, (char[64]){0}, 64), q->s->tables[t].name);
            continue;
        }
        if (t == sh->main || q->bfs.dist[t] <= 0 || used_elsewhere)
            continue;
        for (size_t k = 0; k < sh->n_sel; k++)
            shown |=
                sh->sel_t[k] == t && (sh->sel_c[k] == lab[0] || (nl > 1 && sh->sel_c[k] == lab[1]));
        if (shown)
            continue;
        for (int j = 0; j < nl && sh->n_sel < NL_MAX_SELECT; j++) {
            sh->sel_t[sh->n_sel] = t;
            sh->sel_c[sh->n_sel++] = lab[j];
        }
    }
}

/* "GMV before refunds", "revenue after discounts": what the figure leaves out or takes off,
 * never the refund rows kept */
static void left_out_said(struct query *q)
{
    for (size_t k = 0; k < q->nf; k++) {
        size_t at = q->f[k].kind == FILTER_VALUE && q->f[k].span >= 0 ? q->sp[q->f[k].span].tok : 0;
        if (at > 0 && (strcmp(q->toks[at - 1].word, "before") == 0 ||
                       strcmp(q->toks[at - 1].word, "after") == 0)) {
            t0_doubt(q, P_UNSURE, "'%s %s' says what a figure leaves out, not rows to keep",
                     q->toks[at - 1].word, q->toks[at].word);
            return;
        }
    }
}

/* "customers who had every single order cancelled", "whose orders were all returned": each of
 * the other table's rows has the value, which a join on some row that has it does not say */
static void every_row_said(struct query *q, const struct shape *sh, size_t end)
{
    static const char *const pairs[][2] = {{"every", "single"}, {"all", "their"}, {"all", "its"},
                                           {"all", "his"},      {"all", "her"},   {"were", "all"},
                                           {"are", "all"},      {"was", "all"},   {"all", "were"},
                                           {"all", "are"},      {"only", "ever"}};
    static const char *const possessive[] = {"their", "its", "his", "her"};
    int said = 0;
    for (size_t k = 0; k + 1 < end && !said; k++)
        for (size_t p = 0; p < sizeof pairs / sizeof pairs[0] && !said; p++)
            said = strcmp(q->toks[k].word, pairs[p][0]) == 0 &&
                   (strcmp(q->toks[k + 1].word, pairs[p][1]) == 0 ||
                    /* "all of their orders" */
                    (strcmp(q->toks[k + 1].word, "of") == 0 && k + 2 < end &&
                     strcmp(q->toks[k + 2].word, pairs[p][1]) == 0 &&
                     NL_WORD_IN(pairs[p][1], possessive)));
    for (size_t k = 0; said && k < q->nf; k++)
        if ((q->f[k].kind == FILTER_VALUE || q->f[k].kind == FILTER_NUM) && q->f[k].t >= 0 &&
            q->f[k].t != sh->main) {
            t0_doubt(q, P_UNSURE, "every %s row having it is asked, not one",
                     q->s->tables[q->f[k].t].name);
            return;
        }
}

int t0_resolve(struct query *q, struct shape *sh)
{
    struct res r = {.q = q, .sh = sh, .mt = -1, .mc = -1, .key = KEY_NONE, .key_t = -1};
    /* "how many card transactions": of two tables named side by side, the last is what is
     * counted; the one before it says which */
    if (q->agg == NL_AGG_COUNT && q->counted_span >= 0 && compound_head(q, q->counted_span))
        q->counted_span++;
    r.first_mention = q->n_mentions ? q->mentions[0] : -1;
    if (q->agg == NL_AGG_COUNT && q->counted_span < 0 && r.first_mention >= 0 &&
        compound_head(q, r.first_mention)) {
        for (size_t k = 0; k < q->n_mentions; k++)
            if (q->mentions[k] == r.first_mention + 1) {
                q->mentions[k] = q->mentions[0];
                q->mentions[0] = r.first_mention + 1;
                break;
            }
        r.first_mention = q->mentions[0];
    }
    r.E = r.anchor = t0_span_table(q, r.first_mention);
    memset(sh, 0, sizeof *sh);
    sh->main = -1;
    sh->agg_t = sh->agg_c = sh->group_t = sh->group_c = sh->order_t = sh->order_c = -1;
    sh->time2_t = sh->time2_c = sh->g2_t = sh->g2_c = sh->part_t = sh->part_c = -1;

    if (r.first_mention >= 0 && q->sp[r.first_mention].n_cand > 1)
        t0_doubt(q, P_UNSURE, "'%s' could mean several tables",
                 t0_span_text(q, &q->sp[r.first_mention], r.text, sizeof r.text));
    if (r.anchor < 0 && q->group == GROUP_TABLE)
        r.anchor = t0_span_table(q, q->group_span);
    if (r.anchor < 0 && q->group == GROUP_COLUMN && q->sp[q->group_span].n_cand == 1)
        r.anchor = q->sp[q->group_span].cand[0].table; /* "order status breakdown" */
    if (r.anchor < 0 && q->counted_span >= 0)
        r.anchor = t0_span_table(q, q->counted_span);
    if (r.anchor < 0 && q->most_span >= 0)
        r.anchor = t0_span_table(q, q->most_span);
    int who = who_did(&r);
    if (who >= 0)
        r.E = r.anchor = who;
    int listed = r.anchor < 0 ? plural_role(q) : -1;
    if (listed >= 0)
        r.E = r.anchor = listed;
    int counted_value = value_counted(q);
    if (counted_value >= 0 && counted_value != r.anchor) {
        /* "how many admins are in Fintech organizations": the users whose role is 'admin',
         * counted, not the organizations that have one */
        r.E = r.anchor = counted_value;
        q->counted_span = -1;
        r.first_mention = -1;
    }
    for (size_t k = 0; r.anchor < 0 && k < q->nf; k++)
        if (q->f[k].kind == FILTER_VALUE || (q->f[k].flag && q->f[k].span >= 0)) {
            r.anchor = t0_span_table(q, q->f[k].span); /* "loyalty members in each segment" */
        }

    for (size_t k = 0; k < sizeof resolve_steps / sizeof resolve_steps[0]; k++)
        if (resolve_steps[k](&r) != 0)
            return -1;
    counted_lookup(&r);
    size_t end = t0_n_toks(q);
    every_row_said(q, sh, end);
    listed_tables(q, sh);
    left_out_said(q);
    for (size_t k = 0; sh->agg == NL_AGG_COUNT && k + 1 < end; k++)
        if (strcmp(q->toks[k].word, "how") == 0 && strcmp(q->toks[k + 1].word, "much") == 0) {
            /* "how much have international students paid": an amount, never a head count */
            t0_doubt(q, P_WRONGISH, "'how much' asks for an amount, not a count");
            break;
        }
    for (size_t k = 0; (q->rank || q->limit > 0 || sh->order_agg) && k < 1 && k + 1 < end; k++)
        if (strcmp(q->toks[k].word, "how") == 0 && strcmp(q->toks[k + 1].word, "many") == 0) {
            /* "how many machines does the newest plant have" (the question begins with it): a
             * number about the one row a ranking picks, not the ranking (which plant has the
             * most machines); "how many cylinders does the fastest car have" reads that row's
             * column; "which stadium hosted the most concerts, and how many" shows the count */
            int column = 0;
            for (size_t i = 0; i < q->n; i++)
                column |= q->sp[i].tok == k + 2 && q->sp[i].kind == NL_SPAN_COLUMN;
            if (!column)
                t0_doubt(q, P_WRONGISH, "'how many' of the row a ranking picks is not composed");
            break;
        }
    return 0;
}

/* A column the built query reads has the word `stem` in its name, or the word with "ship"
 * ("citizens" for Citizenship, "members" for Level_of_membership). */
static int used_col_word_of(const struct query *q, const struct shape *sh, const char *stem);

/* A date the query reads is a termination date a verb of leaving names ("left in 2023":
 * term_on). */
static int leaving_date_used(const struct query *q, const struct shape *sh, const char *word)
{
    int t[NL_MAX_FILTERS + 1], c[NL_MAX_FILTERS + 1];
    size_t n = 0;
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR) {
            t[n] = q->f[k].t;
            c[n++] = q->f[k].c;
        }
    if (sh->group == GROUP_TIME) {
        t[n] = sh->group_t;
        c[n++] = sh->group_c;
    }
    for (size_t k = 0; k < n; k++) {
        const struct nl_name *cn = t[k] >= 0 && c[k] >= 0 ? &q->ns->cols[t[k]][c[k]] : NULL;
        for (size_t w = 0; cn && w < cn->n; w++)
            if (t0_leave_word(word, cn->stem[w]))
                return 1;
    }
    return 0;
}

static int used_col_word(const struct query *q, const struct shape *sh, const char *stem)
{
    char ship[NL_WORD_MAX + 8], s2[NL_WORD_MAX + 8];
    if (used_col_word_of(q, sh, stem))
        return 1;
    snprintf(ship, sizeof ship, "%sship", stem);
    nl_stem(ship, s2, sizeof s2);
    return used_col_word_of(q, sh, s2);
}

static int used_col_word_of(const struct query *q, const struct shape *sh, const char *stem)
{
    int t[NL_MAX_SELECT * 2 + NL_MAX_FILTERS * 2 + 4],
        c[NL_MAX_SELECT * 2 + NL_MAX_FILTERS * 2 + 4];
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
        if (q->f[k].kind == FILTER_ANTI) { /* "battles where no ship was lost": lost_in_battle */
            n++;
            t[n] = q->f[k].t2;
            c[n] = q->f[k].c2;
        }
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
    /* the keys the query joins on: "ships lost in the battle" over ship.lost_in_battle; not when
     * the rows that carry the key are counted to rank ("the ship that caused the most deaths":
     * the verb may name a measure of those rows, people killed, rather than their number) */
    for (size_t k = 0; k < n; k++) {
        int u = t[k];
        for (int hops = 0; u >= 0 && u != sh->main && q->bfs.dist[u] > 0 && hops < 64; hops++) {
            const struct edge *e = &q->bfs.via[u];
            if (t0_col_has_word(q, e->owner, e->col, stem) &&
                !(sh->order_agg && sh->agg == NL_AGG_COUNT && e->owner == sh->main))
                return 1;
            u = e->from;
        }
    }
    return 0;
}

/* A column the query shows has the word `stem` in its name. */
static int shown_col_word(const struct query *q, const struct shape *sh, const char *stem)
{
    for (size_t k = 0; k < sh->n_sel; k++)
        if (t0_col_has_word(q, sh->sel_t[k], sh->sel_c[k], stem))
            return 1;
    for (size_t k = 0; k < sh->n_gsel; k++)
        if (t0_col_has_word(q, sh->gsel_t[k], sh->gsel_c[k], stem))
            return 1;
    return 0;
}

/* The word at token `at` is a word of the name of the table whose column the next word names,
 * and the query reads that column: "total maintenance cost" over maintenance_events.cost_usd.
 * Returns the table, or -1. */
static int table_word_before_col(const struct query *q, const struct shape *sh, size_t at)
{
    for (size_t i = 0; i < q->n; i++) {
        const struct nl_span *sp = &q->sp[i];
        if (sp->tok != at + 1 || sp->kind != NL_SPAN_COLUMN || sp->n_cand != 1)
            continue;
        int t = sp->cand[0].table;
        if (t != sh->main && t != sh->agg_t && t != sh->group_t)
            return -1;
        const struct nl_name *tn = &q->ns->tables[t];
        for (size_t w = 0; w < tn->n; w++)
            if (strcmp(tn->stem[w], q->toks[at].stem) == 0)
                return t;
        return -1;
    }
    return -1;
}

/* A yes/no column of t with the word `stem` that no condition reads, or -1. */
static int flag_with_word(const struct query *q, int t, const char *stem)
{
    for (size_t c = 0; t >= 0 && c < q->s->tables[t].n_cols; c++) {
        int read = 0;
        for (size_t k = 0; k < q->nf && !read; k++)
            read = q->f[k].t == t && q->f[k].c == (int)c;
        if (!read && t0_col_is_flag(q, t, (int)c) && t0_col_has_word(q, t, (int)c, stem))
            return (int)c;
    }
    return -1;
}

int t0_value_said_last(const struct query *q)
{
    static const char *const joins[] = {"with", "and", "plus", "include", "including"};
    static const char *const dets[] = {"the", "that", "its", "their"};
    static const char *const values[] = {"figure", "value", "number", "amount"};
    size_t end = t0_n_toks(q);
    if (end < 3 || !NL_WORD_IN(q->toks[end - 3].word, joins) ||
        !NL_WORD_IN(q->toks[end - 2].word, dets) || !NL_WORD_IN(q->toks[end - 1].word, values))
        return -1;
    return (int)end - 1;
}

int t0_one_compared_col(const struct query *q, const struct shape *sh)
{
    int found = -1;
    for (size_t k = 0; k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        if (f->kind != FILTER_NUM || f->op == NL_OP_EQ || f->op == NL_OP_IN || f->flag ||
            f->t != sh->main)
            continue;
        if (found >= 0)
            return -1;
        found = f->c;
    }
    return found;
}

/* The last word of the question names the ranking's figures: "include the numbers", "plus
 * those values". */
static int ranked_value_word(const struct query *q, size_t at)
{
    static const char *const values[] = {"numbers", "figures", "values", "amounts", "totals",
                                         "counts",  "value",   "amount", "figure",  "number"};
    static const char *const dets[] = {"the", "those", "these", "that", "their", "its"};
    size_t end = t0_n_toks(q);
    return at + 1 == end && at > 0 && NL_WORD_IN(q->toks[at].word, values) &&
           NL_WORD_IN(q->toks[at - 1].word, dets);
}

/* The unknown words, once the query is built (sh) or given up (NULL): a word that names part of
 * a column the query reads ("form of government" with GovernmentForm, "open before 2009" with
 * open_year) is a slight doubt; any other is a real one. */
void t0_settle_unknowns(struct query *q, const struct shape *sh)
{
    for (size_t k = 0; k < q->n_unk; k++) {
        int flag;
        const struct nl_token *tk = &q->toks[q->sp[q->unk[k]].tok];
        size_t at = q->sp[q->unk[k]].tok;
        if (sh && t0_compound_tail(q, at) && used_col_word(q, sh, q->toks[at - 1].stem))
            continue; /* "email address" of an email column, "phone number" of a phone */
        if (sh && at > 0 && (strcmp(tk->word, "figure") == 0 || strcmp(tk->word, "figures") == 0) &&
            shown_col_word(q, sh, q->toks[at - 1].stem))
            continue; /* "their age figure", "the sales figures": the column shown */
        if (sh && (int)at == t0_value_said_last(q) && sh->agg == NL_AGG_NONE && sh->n_sel <= 1 &&
            t0_one_compared_col(q, sh) >= 0)
            continue; /* "..., with the figure": the one compared value, shown (compose.c) */
        if (sh && (sh->limit > 0 || sh->order_agg) && ranked_value_word(q, at))
            continue; /* "... the largest populations? Include the numbers": shown (compose.c) */
        if (sh && at == 0 && strcmp(tk->word, "when") == 0 && sh->n_sel == 1 &&
            t0_col_is_date(q, sh->sel_t[0], sh->sel_c[0]))
            continue; /* "when was ...": the date shown */
        size_t b = at > 0 && (strcmp(q->toks[at - 1].word, "the") == 0 ||
                              strcmp(q->toks[at - 1].word, "their") == 0)
                       ? at - 1
                       : at;
        int listed = b > 0 && ((q->list && strcmp(q->toks[b - 1].word, "and") == 0) ||
                               strcmp(q->toks[b - 1].word, "with") == 0 ||
                               q->toks[b].after_comma || /* "... - name, years" */
                               (sh && b > 1 && strcmp(q->toks[b - 1].word, "and") == 0 &&
                                shown_col_word(q, sh, q->toks[b - 2].stem))); /* "name and years" */
        if (sh && strlen(tk->stem) >= 3 && listed && !shown_col_word(q, sh, tk->stem) &&
            used_col_word(q, sh, tk->stem))
            /* "... above the average? Show the type and the rating", "orchestras founded
             * before 2004, with the year": listed to be shown */
            t0_doubt(q, P_UNSURE, "'%s' may ask to show a column the query only reads", tk->word);
        else if (sh && strlen(tk->stem) >= 3 && used_col_word(q, sh, tk->stem) &&
                 (flag = flag_with_word(q, sh->main, tk->stem)) >= 0)
            /* "returned payments by return reason" beside payments.returned_flg */
            t0_doubt(q, P_UNSURE, "'%s' may be the yes/no column %s.%s", tk->word,
                     q->s->tables[sh->main].name, q->s->tables[sh->main].cols[flag].name);
        else if (sh && strlen(tk->stem) >= 3 && used_col_word(q, sh, tk->stem))
            t0_doubt(q, P_SLIGHT, "'%s' read as part of a column's name", tk->word);
        else if (sh && strlen(tk->stem) >= 3 && (flag = table_word_before_col(q, sh, at)) >= 0)
            t0_doubt(q, P_SLIGHT, "'%s' read as part of the name of %s", tk->word,
                     q->s->tables[flag].name);
        else if (sh && leaving_date_used(q, sh, tk->word))
            t0_doubt(q, P_SLIGHT, "'%s' read as the date they left", tk->word);
        else
            t0_doubt(q, P_UNSURE, "'%s' not understood", tk->word);
    }
    q->n_unk = 0;
}
