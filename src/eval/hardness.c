/* Spider hardness (easy / medium / hard / extra), ported from eval_hardness() in Spider's
 * evaluation.py. It counts three things about the top-level query:
 *   component1: WHERE, GROUP BY, ORDER BY, LIMIT present (1 each), joined tables beyond the first,
 *               ORs and LIKEs in join / WHERE / HAVING conditions;
 *   component2: nested queries: subqueries as condition values, and INTERSECT / UNION / EXCEPT;
 *   others:     more than one aggregation, more than one selected column, more than one WHERE
 *               condition, more than one GROUP BY column (1 each).
 * The evaluator's "aggregation" count has two quirks that are kept so that levels match the
 * published ones: a WHERE or HAVING condition counts as an aggregation when it is negated
 * (NOT IN, NOT LIKE: it tests the condition's first field, which is the NOT flag), and every
 * AND / OR between HAVING conditions counts as one (it tests the first letter of the string).
 *
 * Two inputs: the parsed "sql" object Spider ships with each question (exact), and SQL text
 * (a light parser over eval_sql_tokens, for files without it; docs/eval.md gives its agreement
 * with the exact version on Spider dev). */
#include <stdlib.h>
#include <string.h>

#include "eval/eval.h"
#include "eval/eval_int.h"

#include "util/banned.h"

static const char *const hardness_names[] = {"easy", "medium", "hard", "extra"};

const char *eval_hardness_name(int h)
{
    return h >= 0 && h < EVAL_HARDNESS__COUNT ? hardness_names[h] : "?";
}

static int classify(int comp1, int comp2, int others)
{
    if (comp1 <= 1 && others == 0 && comp2 == 0)
        return EVAL_EASY;
    if ((others <= 2 && comp1 <= 1 && comp2 == 0) || (comp1 <= 2 && others < 2 && comp2 == 0))
        return EVAL_MEDIUM;
    if ((others > 2 && comp1 <= 2 && comp2 == 0) ||
        (comp1 > 2 && comp1 <= 3 && others <= 2 && comp2 == 0) ||
        (comp1 <= 1 && others == 0 && comp2 <= 1))
        return EVAL_HARD;
    return EVAL_EXTRA;
}

/* ---- the parsed "sql" object ---- */

#define WHERE_OP_LIKE 9 /* WHERE_OPS.index('like') in process_sql.py */

/* has_agg(unit): unit[0] != 0, where unit is a list or the string "and" / "or". */
static int has_agg(const json_t *unit)
{
    if (json_is_string(unit))
        return 1;
    const json_t *f = json_array_get(unit, 0);
    if (json_is_true(f))
        return 1;
    return json_is_integer(f) && json_integer_value(f) != 0;
}

/* Counts over a condition list [cond, "and", cond, ...]. */
static void conds_count(const json_t *conds, int *ors, int *likes, int *nested)
{
    size_t n = json_array_size(conds);
    for (size_t i = 0; i < n; i++) {
        const json_t *c = json_array_get(conds, i);
        if (i % 2) {
            *ors += json_is_string(c) && strcmp(json_string_value(c), "or") == 0;
            continue;
        }
        const json_t *op = json_array_get(c, 1);
        *likes += json_is_integer(op) && json_integer_value(op) == WHERE_OP_LIKE;
        *nested += json_is_object(json_array_get(c, 3)) + json_is_object(json_array_get(c, 4));
    }
}

int eval_hardness_spider_json(const json_t *sql)
{
    if (!json_is_object(sql))
        return -1;
    const json_t *sel = json_array_get(json_object_get(sql, "select"), 1);
    const json_t *from = json_object_get(sql, "from");
    const json_t *where = json_object_get(sql, "where");
    const json_t *group = json_object_get(sql, "groupBy");
    const json_t *having = json_object_get(sql, "having");
    const json_t *order = json_object_get(sql, "orderBy");
    const json_t *limit = json_object_get(sql, "limit");
    if (!json_is_array(sel) || !json_is_object(from) || !json_is_array(where))
        return -1;
    const json_t *units = json_object_get(from, "table_units");
    const json_t *fconds = json_object_get(from, "conds");

    int comp1 = 0, comp2 = 0, others = 0, ors = 0, likes = 0, nested = 0;
    comp1 += json_array_size(where) > 0;
    comp1 += json_array_size(group) > 0;
    comp1 += json_array_size(order) > 0;
    comp1 += limit && !json_is_null(limit);
    if (json_array_size(units) > 0)
        comp1 += (int)json_array_size(units) - 1;
    conds_count(fconds, &ors, &likes, &nested);
    conds_count(where, &ors, &likes, &nested);
    conds_count(having, &ors, &likes, &nested);
    comp1 += ors + likes;

    static const char *const setops[] = {"intersect", "except", "union"};
    for (size_t i = 0; i < 3; i++)
        nested += json_is_object(json_object_get(sql, setops[i]));
    comp2 = nested;

    int agg = 0;
    size_t i;
    const json_t *u;
    json_array_foreach(sel, i, u) agg += has_agg(u);
    for (i = 0; i < json_array_size(where); i += 2)
        agg += has_agg(json_array_get(where, i));
    json_array_foreach(group, i, u) agg += has_agg(u);
    const json_t *ounits = json_array_get(order, 1);
    json_array_foreach(ounits, i, u)
    {
        for (size_t k = 1; k <= 2; k++) {
            const json_t *cu = json_array_get(u, k);
            if (cu && !json_is_null(cu))
                agg += has_agg(cu);
        }
    }
    json_array_foreach(having, i, u) agg += has_agg(u);
    others += agg > 1;
    others += json_array_size(sel) > 1;
    others += json_array_size(where) > 1;
    others += json_array_size(group) > 1;
    return classify(comp1, comp2, others);
}

/* ---- SQL text ---- */

struct range {
    const struct eval_tok *t;
    size_t b, e; /* [b, e) */
};

static int is_agg_call(const struct eval_tok *t, size_t i, size_t e)
{
    static const char *const aggs[] = {"max", "min", "count", "sum", "avg", NULL};
    if (i + 1 >= e || !eval_tok_punct(&t[i + 1], "("))
        return 0;
    for (size_t k = 0; aggs[k]; k++)
        if (eval_tok_is(&t[i], aggs[k]))
            return 1;
    return 0;
}

struct conds {
    int n, ors, likes, nots, nested;
};

/* Splits a condition list at top-level AND / OR (the AND of BETWEEN x AND y excepted). */
static void conds_text(const struct eval_tok *t, size_t b, size_t e, struct conds *c)
{
    if (b >= e)
        return;
    int depth = 0, between = 0, like = 0, not_ = 0;
    c->n++;
    for (size_t i = b; i < e; i++) {
        if (eval_tok_punct(&t[i], "(")) {
            if (depth == 0 && i + 1 < e && eval_tok_is(&t[i + 1], "select"))
                c->nested++;
            depth++;
        } else if (eval_tok_punct(&t[i], ")")) {
            depth--;
        }
        if (depth)
            continue;
        if (eval_tok_is(&t[i], "between")) {
            between = 1;
        } else if (eval_tok_is(&t[i], "like")) {
            like = 1;
        } else if (eval_tok_is(&t[i], "not")) {
            not_ = 1;
        } else if (eval_tok_is(&t[i], "and") && between) {
            between = 0;
        } else if (eval_tok_is(&t[i], "and") || eval_tok_is(&t[i], "or")) {
            c->ors += eval_tok_is(&t[i], "or");
            c->likes += like;
            c->nots += not_;
            like = not_ = 0;
            c->n++;
        }
    }
    c->likes += like;
    c->nots += not_;
}

/* Items separated by top-level commas in [b, e). */
static int count_items(const struct eval_tok *t, size_t b, size_t e)
{
    if (b >= e)
        return 0;
    int depth = 0, n = 1;
    for (size_t i = b; i < e; i++) {
        if (eval_tok_punct(&t[i], "("))
            depth++;
        else if (eval_tok_punct(&t[i], ")"))
            depth--;
        else if (!depth && eval_tok_punct(&t[i], ","))
            n++;
    }
    return n;
}

/* Aggregate calls at the top level of [b, e) (inside an item, not inside subqueries). */
static int count_aggs(const struct eval_tok *t, size_t b, size_t e, int first_only)
{
    int depth = 0, n = 0, at_item_start = 1;
    for (size_t i = b; i < e; i++) {
        if (!depth && is_agg_call(t, i, e) && (!first_only || at_item_start))
            n++;
        at_item_start = 0;
        if (eval_tok_punct(&t[i], "("))
            depth++;
        else if (eval_tok_punct(&t[i], ")"))
            depth--;
        else if (!depth && eval_tok_punct(&t[i], ","))
            at_item_start = 1;
        else if (!depth && eval_tok_is(&t[i], "distinct"))
            at_item_start = 1;
    }
    return n;
}

enum clause { CL_SELECT = 0, CL_FROM, CL_WHERE, CL_GROUP, CL_HAVING, CL_ORDER, CL_LIMIT, CL__N };

static int hardness_tokens(const struct eval_tok *t, size_t b, size_t e)
{
    /* A query wrapped in parentheses is the query. */
    while (e > b + 1 && eval_tok_punct(&t[b], "(") && eval_tok_punct(&t[e - 1], ")"))
        b++, e--;
    size_t at[CL__N], end = e;
    int comp2 = 0, depth = 0;
    for (size_t k = 0; k < CL__N; k++)
        at[k] = (size_t)-1;
    for (size_t i = b; i < e; i++) {
        if (eval_tok_punct(&t[i], "(")) {
            depth++;
            continue;
        }
        if (eval_tok_punct(&t[i], ")")) {
            depth--;
            continue;
        }
        if (depth)
            continue;
        if (eval_tok_is(&t[i], "intersect") || eval_tok_is(&t[i], "union") ||
            eval_tok_is(&t[i], "except")) {
            comp2++; /* the right-hand query is one nested query, whatever it contains */
            end = i;
            break;
        }
        static const char *const kws[] = {"select", "from",  "where", "group",
                                          "having", "order", "limit"};
        for (size_t k = 0; k < CL__N; k++)
            if (at[k] == (size_t)-1 && eval_tok_is(&t[i], kws[k]))
                at[k] = i;
    }
    if (at[CL_SELECT] == (size_t)-1)
        return EVAL_EXTRA;
    /* Clause k spans from its keyword to the next clause that starts after it. */
    size_t stop[CL__N];
    for (size_t k = 0; k < CL__N; k++) {
        stop[k] = end;
        if (at[k] == (size_t)-1)
            continue;
        for (size_t m = 0; m < CL__N; m++)
            if (at[m] != (size_t)-1 && at[m] > at[k] && at[m] < stop[k])
                stop[k] = at[m];
    }
    int comp1 = 0, others = 0, agg = 0;
    struct conds cw = {0}, ch = {0}, cf = {0};

    size_t sb = at[CL_SELECT] + 1;
    if (sb < stop[CL_SELECT] && (eval_tok_is(&t[sb], "distinct") || eval_tok_is(&t[sb], "all")))
        sb++;
    int n_select = count_items(t, sb, stop[CL_SELECT]);
    agg += count_aggs(t, sb, stop[CL_SELECT], 1);

    if (at[CL_FROM] != (size_t)-1) {
        int units = 1;
        size_t on = (size_t)-1;
        depth = 0;
        for (size_t i = at[CL_FROM] + 1; i < stop[CL_FROM]; i++) {
            if (eval_tok_punct(&t[i], "("))
                depth++;
            else if (eval_tok_punct(&t[i], ")"))
                depth--;
            if (depth)
                continue;
            if (eval_tok_is(&t[i], "join") || eval_tok_punct(&t[i], ",")) {
                units++;
                if (on != (size_t)-1)
                    conds_text(t, on, i, &cf);
                on = (size_t)-1;
            } else if (eval_tok_is(&t[i], "on")) {
                on = i + 1;
            }
        }
        if (on != (size_t)-1)
            conds_text(t, on, stop[CL_FROM], &cf);
        comp1 += units - 1;
    }
    if (at[CL_WHERE] != (size_t)-1) {
        comp1++;
        conds_text(t, at[CL_WHERE] + 1, stop[CL_WHERE], &cw);
    }
    int n_group = 0;
    if (at[CL_GROUP] != (size_t)-1) {
        comp1++;
        size_t gb =
            at[CL_GROUP] + 1 + (at[CL_GROUP] + 1 < end && eval_tok_is(&t[at[CL_GROUP] + 1], "by"));
        n_group = count_items(t, gb, stop[CL_GROUP]);
    }
    if (at[CL_HAVING] != (size_t)-1) {
        conds_text(t, at[CL_HAVING] + 1, stop[CL_HAVING], &ch);
        agg += ch.n - 1 + ch.nots;
    }
    if (at[CL_ORDER] != (size_t)-1) {
        comp1++;
        agg += count_aggs(t, at[CL_ORDER] + 1, stop[CL_ORDER], 0);
    }
    if (at[CL_LIMIT] != (size_t)-1)
        comp1++;
    comp1 += cf.ors + cw.ors + ch.ors + cf.likes + cw.likes + ch.likes;
    comp2 += cf.nested + cw.nested + ch.nested;
    agg += cw.nots;
    others += agg > 1;
    others += n_select > 1;
    others += cw.n > 1;
    others += n_group > 1;
    return classify(comp1, comp2, others);
}

int eval_hardness_sql(const char *sql)
{
    struct eval_tok *t = NULL;
    size_t n = 0;
    if (eval_sql_tokens(sql, &t, &n))
        return EVAL_EXTRA;
    while (n && eval_tok_punct(&t[n - 1], ";"))
        n--;
    int h = hardness_tokens(t, 0, n);
    free(t);
    return h;
}
