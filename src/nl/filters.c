/* nl tier 0, filters: the columns the conditions of a question compare (a stored value, a
 * number, a year), the checks on conditions that cannot hold together, and the two filters
 * resolution adds itself (NOT NULL, and NOT IN for "customers without orders"). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"

#include "util/banned.h"

/* "customers without orders": main's rows that no row of the absent table points at, directly
 * (orders.customer_id) or through a table linking both ("teachers who teach no course":
 * course_arrange.teacher_id). Adds the ANTI filter; -1 (with a doubt) when there is no single
 * such link or the shape is a ranking or a grouping. */
int t0_anti_filter(struct query *q, const struct shape *sh)
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

struct filter *t0_new_filter(struct query *q, enum filter_kind kind)
{
    if (q->nf >= NL_MAX_FILTERS) {
        t0_doubt(q, P_UNSURE, "too many conditions");
        return NULL;
    }
    struct filter *f = &q->f[q->nf++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->span = f->year_span = -1;
    f->t = f->c = -1;
    f->near_table = -1;
    return f;
}

/* WHERE t.c IS NOT NULL, resolved already, for a column that may hold NULL. */
void t0_not_null_filter(struct query *q, int t, int c)
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

/* "paused right now", "currently on leave", "still open": the question asks for a state, not
 * for when something happened. */
static int asks_state_now(const struct query *q)
{
    static const char *const now[] = {"now", "currently", "still", "presently"};
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_DATE)
            return 0;
    for (size_t i = 0; i < q->n; i++)
        for (size_t j = q->sp[i].tok; j < q->sp[i].tok + q->sp[i].len; j++)
            for (size_t k = 0; k < sizeof now / sizeof now[0]; k++)
                if (q->toks[j].kind == NL_TOK_WORD && strcmp(q->toks[j].word, now[k]) == 0)
                    return 1;
    return 0;
}

/* stem is a word of table t's name. */
static int names_table_word(const struct query *q, int t, const char *stem)
{
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t k = 0; k < tn->n; k++)
        if (strcmp(tn->stem[k], stem) == 0)
            return 1;
    return 0;
}

/* f compares a key that points at a table other keys also point at (admit_term_cd, section's
 * term_cd, scholarship's term_cd all name terms), and no word of the question names its own
 * role (the "admit" of admit_term_cd): which of them a value is of is a guess. */
static int shared_key_value(const struct query *q, const struct filter *f)
{
    int target = q->ns->fk_target[q->ns->col_base[f->t] + (size_t)f->c], others = 0;
    if (target < 0 || target == f->t)
        return 0;
    for (size_t t = 0; t < q->s->n_tables; t++)
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
            others += ((int)t != f->t || (int)c != f->c) && (int)t != target &&
                      q->ns->fk_target[q->ns->col_base[t] + c] == target;
    if (others == 0)
        return 0;
    const struct nl_name *cn = &q->ns->cols[f->t][f->c], *tn = &q->ns->tables[target];
    size_t end = q->sp[q->n - 1].tok + q->sp[q->n - 1].len;
    for (size_t w = 0; w < cn->n; w++) {
        int generic = strcmp(cn->stem[w], "code") == 0 || strcmp(cn->stem[w], "id") == 0;
        for (size_t k = 0; k < tn->n; k++)
            generic |= strcmp(cn->stem[w], tn->stem[k]) == 0;
        for (size_t k = 0; !generic && k < end; k++) {
            char stem[NL_WORD_MAX];
            nl_stem(q->toks[k].word, stem, sizeof stem);
            if (q->toks[k].kind == NL_TOK_WORD &&
                (strcmp(q->toks[k].stem, cn->stem[w]) == 0 ||
                 (strlen(cn->stem[w]) >= 4 && strncmp(stem, cn->stem[w], 4) == 0)))
                return 0; /* "admitted in 2024FA" */
        }
    }
    return 1;
}

/* A stored code is a word of a date column of t ('PUB' and pub_dt). */
static int code_names_date(const struct query *q, int t, const char *code)
{
    char low[NL_WORD_MAX];
    size_t n = 0;
    for (; code && code[n] && n + 1 < sizeof low; n++)
        low[n] = (char)tolower((unsigned char)code[n]);
    low[n] = '\0';
    for (size_t c = 0; n >= 2 && c < q->s->tables[t].n_cols; c++)
        if (q->s->tables[t].cols[c].type == SCHEMA_TYPE_DATE && t0_col_has_word(q, t, (int)c, low))
            return 1;
    return 0;
}

/* The word at token tok follows "<main's rows> were/was" ("gifts were paid in cash"). */
static int said_of_main(const struct query *q, const struct shape *sh, size_t tok)
{
    if (tok < 2 ||
        (strcmp(q->toks[tok - 1].word, "were") != 0 && strcmp(q->toks[tok - 1].word, "was") != 0))
        return 0;
    for (size_t k = 0; k < q->n; k++)
        if (q->sp[k].kind == NL_SPAN_TABLE && q->sp[k].tok + q->sp[k].len == tok - 1 &&
            t0_span_has_table(&q->sp[k], sh->main))
            return 1;
    return 0;
}

static int value_filter(struct query *q, const struct shape *sh, struct filter *f)
{
    char text[160];
    struct nl_span *sp = &q->sp[f->span];
    int best = t0_pick_cand(q, f->span, sh->main);
    f->t = sp->cand[best].table;
    f->c = sp->cand[best].col;
    f->vals[0] = sp->cand[best].value;
    f->n_vals = 1;
    int key = -1, keys = 0;
    for (size_t c = 0; sh->main >= 0 && f->t != sh->main && c < q->s->tables[sh->main].n_cols;
         c++) {
        size_t fi = q->ns->col_base[sh->main] + c;
        if (q->ns->fk_target[fi] == f->t) {
            keys++;
            if (q->ns->fk_target_col[fi] == f->c)
                key = (int)c;
        }
    }
    if (key >= 0 && keys == 1 && sh->group != GROUP_TABLE) {
        /* "votes from NJ" where votes.state references area_code_state.state: the votes' own
         * column holds the value; a join to the referenced rows would count a vote once for each
         * of them when that column is not their key. (With two keys to that table, "flights
         * from" and "to" an airport, which one is meant stays the join path's question.) */
        f->key_of = f->t + 1;
        f->t = sh->main;
        f->c = key;
    }
    if (sp->len == 1 && q->toks[sp->tok].kind == NL_TOK_WORD && asks_state_now(q)) {
        /* the state it is in, not when it entered it */
    } else if (sp->len == 1 && q->toks[sp->tok].kind == NL_TOK_WORD &&
               (t0_date_col_named(q, f->t, q->toks[sp->tok].stem) ||
                (sp->synonym == 3 && code_names_date(q, f->t, f->vals[0]))))
        /* "courses published in 2022" with stat_cd 'PUB' and pub_dt: the ones published then,
         * or those still 'PUB' now? */
        t0_doubt(q, P_UNSURE, "'%s' may be the %s value or when it happened",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].cols[f->c].name);
    else if (sp->len == 1 && q->toks[sp->tok].kind == NL_TOK_WORD && sh->main >= 0 &&
             f->t != sh->main && t0_date_col_named(q, sh->main, q->toks[sp->tok].stem))
        /* "members who cancelled": a booking's 'cancelled' status, or members.cancelled_on? */
        t0_doubt(q, P_UNSURE, "'%s' may be a %s value or when the %s row says it happened",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].name,
                 q->s->tables[sh->main].name);
    static const char *const perfect[] = {"have", "has", "had", "haven't", "hasn't"};
    static const char *const done[] = {"paid", "sold",  "made",   "done",  "sent", "won",
                                       "lost", "spent", "bought", "taken", "given"};
    const char *vw = q->toks[sp->tok].word;
    size_t vl = strlen(vw);
    static const char *const how[] = {"by", "with", "via", "using", "through"};
    size_t after = sp->tok + 1, end = q->sp[q->n - 1].tok + q->sp[q->n - 1].len;
    int participle = (NL_WORD_IN(vw, done) || (vl > 4 && strcmp(vw + vl - 2, "ed") == 0)) &&
                     !q->toks[sp->tok].rate_value; /* "return rate by channel": the state */
    if (sp->len == 1 && participle && sp->tok > 0 &&
        (NL_WORD_IN(q->toks[sp->tok - 1].word, perfect) ||
         (after < end && NL_WORD_IN(q->toks[after].word, how))))
        /* "students who have paid by check", "students paid by card": what they did, not an
         * invoice's 'PAID' status */
        t0_doubt(q, P_UNSURE, "'%s' is something done, not a stored %s",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].cols[f->c].name);
    else if (sp->len == 1 && participle && sh->main >= 0 && f->t != sh->main &&
             said_of_main(q, sh, sp->tok) &&
             /* "rentals were cancelled" over rental_status_codes, which rentals point at: the
              * rentals' own state, named by its code's row */
             !(t0_lookup_table(q, f->t) && t0_fk_to(q, sh->main, f->t, &(int){0}) >= 0))
        /* "gifts were paid in cash" beside a pledge's 'PAID': the gifts' doing, not the state
         * of the pledges some of them pay */
        t0_doubt(q, P_UNSURE, "'%s' is said of %s, not a stored %s of %s",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[sh->main].name,
                 q->s->tables[f->t].cols[f->c].name, q->s->tables[f->t].name);
    for (size_t u = 0; sp->len == 1 && q->toks[sp->tok].kind == NL_TOK_WORD && sh->main >= 0 &&
                       u < q->s->n_tables;
         u++)
        if ((int)u != sh->main && t0_fk_to(q, (int)u, sh->main, &(int){0}) >= 0 &&
            t0_date_col_named(q, (int)u, q->toks[sp->tok].stem) &&
            !names_table_word(q, (int)u, q->toks[sp->tok].stem)) { /* prod_run's run_dt is
                                                                    * no "running" */
            /* "orders shipped in November" with a status 'SHPD' and shipments' ship_ts: the
             * orders whose shipment is dated then, or those whose status still says so? */
            t0_doubt(q, P_UNSURE, "'%s' may be a %s value or when the %s row says it happened",
                     t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].cols[f->c].name,
                     q->s->tables[u].name);
            break;
        }
    if (shared_key_value(q, f))
        /* "students who did not enroll in 2024FA" where terms are kept as codes that admits,
         * sections and scholarships all point at: whose term? */
        t0_doubt(q, P_UNSURE, "'%s' is a %s several tables point at; %s.%s was taken",
                 t0_span_text(q, sp, text, sizeof text),
                 q->s->tables[q->ns->fk_target[q->ns->col_base[f->t] + (size_t)f->c]].name,
                 q->s->tables[f->t].name, q->s->tables[f->t].cols[f->c].name);
    if (q->current_span >= 0 && sh->main >= 0 && f->t != sh->main && !t0_many_to_one(q, f->t))
        /* "accounts still open" where tickets have an 'OPEN' status: the accounts' state, or
         * their tickets'? */
        t0_doubt(q, P_UNSURE, "'%s' may be the %s's state or their %s rows'",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[sh->main].name,
                 q->s->tables[f->t].name);
    if (f->op == NL_OP_NE && !t0_many_to_one(q, f->t))
        t0_doubt(q, P_WRONGISH, "'not %s' over rows joined from %s",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].name);
    else if (f->op == NL_OP_NE && t0_path_nullable(q, f->t))
        t0_doubt(q, P_UNSURE, "'not %s' would drop the rows with no %s",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[f->t].name);
    return 0;
}

/* Column c of t holds a part of what a row is worth (shipping, tax, a fee), not its value:
 * "orders over $1,500" is no shipping cost over $1,500. */
static int component_money(const struct query *q, int t, int c)
{
    static const char *const parts[] = {"ship",     "shipping", "freight", "postag",  "deliveri",
                                        "tax",      "vat",      "fee",     "handl",   "deposit",
                                        "discount", "commiss",  "tip",     "surcharg"};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (t0_col_has_word(q, t, c, parts[k]))
            return 1;
    return 0;
}

/* A word of the question is one of column c's own words ("shipping over 10 dollars"). */
static int says_col_word(const struct query *q, int t, int c)
{
    size_t end = t0_n_toks(q);
    for (size_t k = 0; k < end; k++)
        if (q->toks[k].kind == NL_TOK_WORD && strlen(q->toks[k].stem) > 2 &&
            t0_col_has_word(q, t, c, q->toks[k].stem))
            return 1;
    return 0;
}

/* The question says the amount was brought in, spent or sold ("reps who brought in more than
 * $45,000", "customers who spent over $5,000"): a total of what the rows sold, not a column of
 * theirs such as a salary. */
static int says_sales_verb(const struct query *q)
{
    static const char *const verbs[] = {"spent",  "spend",   "spends",    "spending", "brought",
                                        "bring",  "brings",  "generated", "generate", "generates",
                                        "sold",   "sell",    "sells",     "bought",   "purchased",
                                        "billed", "grossed", "invoiced"};
    return T0_SAYS(q, verbs);
}

/* An amount of money with no column named: main's money column (money.c), or the pay kept in
 * the history of main's rows ("employees who earn over $150,000": comp_hist.base_sal_usd), 0;
 * or -1. */
static int money_filter(struct query *q, const struct shape *sh, struct filter *f)
{
    int sure = 0, t = sh->main, c = t0_money_col(q, t, &sure);
    if (c < 0 && (t = t0_history_of(q, sh->main)) >= 0 && (c = t0_pay_col(q, t)) >= 0)
        sure = 1;
    if (c < 0)
        return -1;
    f->t = t;
    f->c = c;
    const char *cn = q->s->tables[f->t].cols[c].name;
    if (component_money(q, t, c) && !says_col_word(q, t, c))
        t0_doubt(q, P_UNSURE, "an amount of %s may be what its rows are worth, not %s",
                 q->s->tables[sh->main].name, cn);
    else if (says_sales_verb(q) && !t0_col_has_word(q, t, c, "spend") &&
             !t0_col_has_word(q, t, c, "sale") && !t0_col_has_word(q, t, c, "revenu"))
        t0_doubt(q, P_UNSURE, "an amount sold or spent compared with %s", cn);
    else if (sure)
        t0_doubt(q, P_SLIGHT, "the amount compared with %s", cn);
    else
        t0_doubt(q, P_UNSURE, "%s has several money columns", q->s->tables[f->t].name);
    return 0;
}

/* The multiplier a column's name says its numbers are counted in: Viewers_m, Net_Worth_Millions
 * (1e6), sales_k (1e3); 1 when it says none. */
static double unit_scale(const struct query *q, int t, int c)
{
    const struct nl_name *cn = &q->ns->cols[t][c];
    if (cn->n < 2)
        return 1.0;
    const char *last = cn->stem[cn->n - 1];
    if (strcmp(last, "m") == 0 || strcmp(last, "million") == 0)
        return 1e6;
    if (strcmp(last, "k") == 0 || strcmp(last, "thousand") == 0)
        return 1e3;
    if (strcmp(last, "bn") == 0 || strcmp(last, "billion") == 0)
        return 1e9;
    return 1.0;
}

static int year_filter(struct query *q, const struct shape *sh, struct filter *f);

/* The question speaks of cents itself ("an amount above 500 cents"). */
static int says_cents(const struct query *q)
{
    static const char *const words[] = {"cent", "cents", "penny", "pennies"};
    return T0_SAYS(q, words);
}

/* "employees over 30", "visitors under 30": a whole number of a human age compared with a table
 * of people that has one age column. */
static int people_by_age(struct query *q, const struct shape *sh, struct filter *f)
{
    char age[16];
    nl_stem("age", age, sizeof age);
    if (f->percent || f->op == NL_OP_EQ || f->op == NL_OP_IN || f->num < 1 || f->num > 120 ||
        f->num != (double)(long)f->num || !t0_person_table(q, sh->main))
        return 0;
    int c = t0_implied_col(q, sh->main, age);
    if (c < 0)
        c = t0_text_age_col(q, sh->main);
    if (c < 0)
        return 0;
    /* "worked as a conductor for over 15 years" beside Year_of_Work: years of something else */
    static const char *const years[] = {"years", "yrs"};
    for (size_t k = 0; T0_SAYS(q, years) && k < q->s->tables[sh->main].n_cols; k++)
        if ((int)k != c && t0_col_holds_numbers(q, sh->main, (int)k) &&
            (t0_col_has_word(q, sh->main, (int)k, "year") ||
             t0_col_has_word(q, sh->main, (int)k, "yr")) &&
            !t0_col_is_date(q, sh->main, (int)k)) {
            t0_doubt(q, P_UNSURE, "'years' may be %s, not an age",
                     q->s->tables[sh->main].cols[k].name);
            break;
        }
    f->t = sh->main;
    f->c = c;
    t0_doubt(q, P_SLIGHT, "the number compared with %s read as an age", q->s->tables[f->t].name);
    return 1;
}

static int num_filter(struct query *q, const struct shape *sh, struct filter *f)
{
    if (f->span >= 0) {
        int best = t0_pick_cand(q, f->span, sh->main);
        f->t = q->sp[f->span].cand[best].table;
        f->c = q->sp[f->span].cand[best].col;
        if (!t0_col_holds_numbers(q, f->t, f->c) && !f->flag)
            t0_doubt(q, P_UNSURE, "comparing %s, which is not a number",
                     q->s->tables[f->t].cols[f->c].name);
        if (f->t != sh->main && !t0_many_to_one(q, f->t) && sh->agg == NL_AGG_NONE && !q->rank &&
            f->op != NL_OP_EQ && f->op != NL_OP_IN && t0_first_span_of(q, f->t, 0) == (int)q->n)
            /* "products with 20 or more quantity": any one order line, or in all? */
            t0_doubt(q, P_UNSURE, "%s of any one %s row, or their total?",
                     q->s->tables[f->t].cols[f->c].name, q->s->tables[f->t].name);
        if (f->percent && t0_col_holds_fractions(q, f->t, f->c)) {
            /* "a 10% discount" in a column holding 0.05 .. 0.3 */
            f->num /= 100.0;
            f->num2 /= 100.0;
            for (size_t v = 0; v < f->n_more_nums; v++)
                f->more_nums[v] /= 100.0;
        } else if (f->percent && t0_col_is_money(q, f->t, f->c)) {
            /* "sold for more than 5% over list price": a share of the amount, not 5 dollars */
            t0_doubt(q, P_WRONGISH, "a percentage compared with the amount %s",
                     q->s->tables[f->t].cols[f->c].name);
        } else if (f->percent) {
            t0_doubt(q, P_SMALL, "%s read as a percentage", q->s->tables[f->t].cols[f->c].name);
        }
    } else if (f->implied) {
        /* "students older than 20": the age of the table said last, else main's */
        int nt = f->near_table >= 0 ? t0_span_table(q, f->near_table) : -1;
        char stem[NL_WORD_MAX];
        nl_stem(f->implied, stem, sizeof stem); /* "capacity" is stored as its stem */
        f->t = nt >= 0 ? nt : sh->main;
        f->c = t0_implied_col(q, f->t, stem);
        if (f->c < 0 && f->t != sh->main) {
            f->t = sh->main;
            f->c = t0_implied_col(q, f->t, stem);
        }
        /* "deliveries longer than 10 km": a trip's length is its distance */
        static const char *const lengths[] = {"distanc", "dist", "km", "mile", "mi"};
        for (size_t k = 0; f->c < 0 && strcmp(f->implied, "length") == 0 &&
                           k < sizeof lengths / sizeof lengths[0];
             k++)
            f->c = t0_implied_col(q, f->t, lengths[k]);
        if (f->c < 0) {
            t0_doubt(q, P_WRONGISH, "%s has no %s column", q->s->tables[f->t].name, f->implied);
            return -1;
        }
    } else if (f->currency && money_filter(q, sh, f) == 0) {
        /* "products under $30": the amount says which column */
    } else if (people_by_age(q, sh, f)) {
        /* "employees over 30": people compared by a number alone are compared by age */
    } else if (((f->temporal && f->op != NL_OP_BETWEEN) ||
                (f->op == NL_OP_BETWEEN && t0_born_asked(q) && f->num2 >= 1900 && f->num2 <= 2100 &&
                 f->num2 == (double)(long)f->num2)) &&
               f->num >= 1900 && f->num <= 2100 && f->num == (double)(long)f->num && !f->percent &&
               !f->currency) {
        /* "born later than 1950": a year, with no column named, as "after 1950" is; "born
         * between 1940 and 1950", the years between */
        f->kind = FILTER_YEAR;
        return year_filter(q, sh, f);
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
    double k = 1.0;
    if ((f->currency || !says_cents(q)) && !f->percent && t0_money_scale(q, f->t, f->c) != 1.0)
        k = t0_money_scale(q, f->t, f->c); /* "$500", "an amount above 500" in a column of
                                            * cents: amounts are shown in the currency, and
                                            * compared in it unless the question says cents */
    else if (f->scale > 1.0 && (k = unit_scale(q, f->t, f->c)) > 1.0)
        k = 1.0 / k; /* "6 million viewers" in Viewers_m: 6 */
    else
        k = 1.0;
    if (k != 1.0) {
        f->num *= k;
        f->num2 *= k;
        for (size_t v = 0; v < f->n_more_nums; v++)
            f->more_nums[v] *= k;
    }
    return 0;
}

/* A year: the date column of main (or the nearest), or a column holding the year as a number */
/* The table a span names, when it is one table other than main, one join path away, named in
 * the plural ("placed by an employee in 2024" is one who did it, not the rows dated), with a
 * year column or a single date column of its own; else -1. */
static int dated_plural_table(const struct query *q, const struct shape *sh,
                              const struct nl_span *sp)
{
    if (sp->kind != NL_SPAN_TABLE || sp->n_cand != 1)
        return -1;
    int t = sp->cand[0].table, amb = 0;
    const struct nl_token *last = &q->toks[sp->tok + sp->len - 1];
    size_t ll = strlen(last->word);
    if (t == sh->main || q->bfs.dist[t] < 1 || q->bfs.npaths[t] != 1 || ll < 2 ||
        last->word[ll - 1] != 's' || strcmp(last->word, last->stem) == 0)
        return -1;
    if (t0_year_col(q, t) >= 0)
        return t;
    return t0_date_col(q, t, &amb) >= 0 && !amb ? t : -1;
}

/* The table named right before the year ("for concerts held in 2014": words of no other role
 * between) or right after it, when dated_plural_table takes it; else -1. */
static int year_of_named_table(const struct query *q, const struct shape *sh,
                               const struct filter *f)
{
    static const char *const irregular[] = {"held",    "built", "run",  "made",  "sold", "begun",
                                            "written", "shown", "seen", "given", "taken"};
    if (f->year_span < 0 || f->cal == CAL_PART)
        return -1;
    /* "singers who performed at 2014 concerts": the year said before the plural table */
    if (f->year_span + 1 < (int)q->n) {
        int t = dated_plural_table(q, sh, &q->sp[f->year_span + 1]);
        if (t >= 0)
            return t;
    }
    if (f->year_span <= 0)
        return -1;
    int verb = 0; /* "concerts held in 2014": a participle says what the year dates ("profit from
                   * customers in 2024" dates the profit, not the customers) */
    for (int i = f->year_span - 1; i >= 0; i--) {
        const struct nl_span *sp = &q->sp[i];
        const char *w = q->toks[sp->tok].word;
        size_t wl = strlen(w);
        if (sp->len == 1 &&
            ((wl > 4 && strcmp(w + wl - 2, "ed") == 0) || NL_WORD_IN(w, irregular))) {
            verb = 1;
            continue;
        }
        if (sp->kind == NL_SPAN_STOPWORD || (sp->kind == NL_SPAN_LEX && sp->lex->role == NL_R_STOP))
            continue;
        return verb ? dated_plural_table(q, sh, sp) : -1;
    }
    return -1;
}

static int year_filter(struct query *q, const struct shape *sh, struct filter *f)
{
    for (int d = 0; t0_born_asked(q) && f->cal != CAL_PART && d <= 1; d++)
        for (size_t t = 0; t < q->s->n_tables; t++) {
            /* "learners born before 1980": the birth date or year of the rows, or of the people
             * next to them ("songs by singers born before 1945"), never a signup date */
            if (d == 0 ? (int)t != sh->main : q->bfs.dist[t] != 1)
                continue;
            int bc = t0_birth_col(q, (int)t), by = bc < 0 ? t0_birth_year_col(q, (int)t) : -1;
            if (bc < 0 && by < 0)
                continue;
            f->t = (int)t;
            f->c = bc >= 0 ? bc : by;
            if (bc < 0)
                f->kind = FILTER_NUM;
            return 0;
        }
    if (t0_born_asked(q) && f->cal != CAL_PART)
        /* "customers born before 1980" where no column holds a birth: never their signup */
        t0_doubt(q, P_WRONGISH, "no column near %s holds a birth date or year",
                 q->s->tables[sh->main].name);
    int near = year_of_named_table(q, sh, f);
    if (near >= 0) {
        /* "singers and their concerts, for concerts held in 2014": the concerts' year, not the
         * singers' song release year */
        int nyc = t0_year_col(q, near), amb = 0;
        f->t = near;
        if (nyc >= 0) {
            f->kind = FILTER_NUM;
            f->c = nyc;
        } else {
            f->c = t0_date_col(q, near, &amb);
        }
        t0_doubt(q, P_SLIGHT, "the year of %s, named before it", q->s->tables[near].name);
        return 0;
    }
    int yc = t0_year_col(q, sh->main);
    f->c = yc >= 0 ? -1 : t0_find_date(q, sh->main, &f->t);
    if (f->c < 0 && yc >= 0) {
        /* "founded after 1950" in a table that keeps the year as a number */
        f->kind = FILTER_NUM;
        f->t = sh->main;
        f->c = yc;
    } else if (f->c < 0) {
        t0_doubt(q, P_WRONGISH, "no date column for the year %.0f", f->num);
        return -1;
    }
    return 0;
}

/* "customers who bought both online and in store": two values of one column of a table whose
 * rows point at the entity (main) each hold on some row of it. 1 when read so (a and b marked
 * semi); only one step from the entity, and only with "both". */
static int both_rows(struct query *q, const struct shape *sh, struct filter *a, struct filter *b)
{
    int mc = -1, fk = q->both == 1 && a->t != sh->main ? t0_fk_to(q, a->t, sh->main, &mc) : -1;
    if (fk < 0 || mc < 0 || q->or_seen || q->nf > 2 || sh->group != GROUP_NONE)
        return 0;
    for (struct filter *f = a; f; f = f == a ? b : NULL) {
        f->semi = 1;
        f->t2 = sh->main;
        f->c2 = fk;
        f->key_c = mc;
    }
    q->both = 2; /* read */
    return 1;
}

/* "customers who ordered in 2023 but not in 2024", "with orders in 2021 and also in 2024":
 * years of a table whose rows point at the entity (main), each on rows of its own, one of them
 * perhaps with none: read as subqueries. A negated year of main's own date is no reading. */
static void years_of_rows(struct query *q, const struct shape *sh)
{
    /* "customers who did not order in 2024": the year said after the rows that must be absent
     * is theirs; they may exist in other years */
    for (size_t a = 0; a < q->nf; a++) {
        struct filter *an = &q->f[a];
        int amb = 0, dc = an->kind == FILTER_ANTI ? t0_date_col(q, an->t2, &amb) : -1;
        for (size_t k = 0; an->kind == FILTER_ANTI && (dc < 0 || amb) && k < q->nf; k++) {
            const struct filter *y = &q->f[k];
            if ((y->kind == FILTER_YEAR || y->kind == FILTER_DATE) && y->year_span >= 0 &&
                y->year_span > q->anti_span) {
                /* "products with no orders in 2024", the orders' date on another table than
                 * the absent lines: not the products' own date */
                t0_doubt(q, P_WRONGISH, "the period said after the absent %s is not theirs",
                         q->s->tables[an->t2].name);
                return;
            }
        }
        for (size_t k = 0; dc >= 0 && !amb && k < q->nf; k++) {
            struct filter *y = &q->f[k];
            /* a year ("in 2024", "since 2023") or a period ("since June 2024", "in the last 3
             * months") said after the absent rows */
            int year = y->kind == FILTER_YEAR && !y->neg && y->op != NL_OP_IN &&
                       y->year_span >= 0 && y->year_span > q->anti_span;
            int period = y->kind == FILTER_DATE && y->cal != CAL_PART && y->year_span >= 0 &&
                         y->year_span > q->anti_span;
            if (!year && !period)
                continue;
            /* "customers w/o orders who signed up before 2020": a clause about the people,
             * whose verb names their own date, has the period */
            int who = 0;
            for (int sp = q->anti_span + 1; sp < y->year_span && sp < (int)q->n; sp++)
                who |= strcmp(q->toks[q->sp[sp].tok].word, "who") == 0;
            if (who && t0_date_col_said(q, an->t))
                continue;
            y->neg = 1;
            y->semi = 1;
            y->t = an->t2;
            y->c = dc;
            y->t2 = an->t;
            y->c2 = an->c2;
            y->key_c = an->c;
            q->f[a] = q->f[--q->nf]; /* the absence is said by the year's subquery */
            return;
        }
    }
    int pos = 0, neg = 0;
    for (size_t k = 0; k < q->nf; k++)
        if (q->f[k].kind == FILTER_YEAR) {
            neg += q->f[k].neg;
            pos += !q->f[k].neg;
        }
    if (!neg && !(q->both == 1 && pos == 2))
        return;
    for (size_t k = 0; k < q->nf; k++) {
        struct filter *f = &q->f[k];
        int mc = -1, fk = f->kind == FILTER_YEAR && f->t != sh->main && sh->group == GROUP_NONE
                              ? t0_fk_to(q, f->t, sh->main, &mc)
                              : -1;
        if (f->kind != FILTER_YEAR)
            continue;
        if (fk < 0 || mc < 0) {
            if (f->neg)
                t0_doubt(q, P_WRONGISH, "'not in %.0f' of %s's own date", f->num,
                         q->s->tables[f->t].name);
            continue;
        }
        f->semi = 1;
        f->t2 = sh->main;
        f->c2 = fk;
        f->key_c = mc;
    }
    if (q->both == 1 && pos == 2)
        q->both = 2;
}

/* The absent rows (table t2) or a table they point at, other than main, has a column of the
 * kind of f's (a venue's cntry_cd beside the performers' home_cntry_cd). */
static int absent_rows_have(const struct query *q, int t2, int main, const struct filter *f)
{
    static const char *const generic[] = {"cd", "code", "id", "nm", "name", "home", "flg"};
    const struct nl_name *fn = &q->ns->cols[f->t][f->c];
    for (size_t c = 0; t2 >= 0 && c <= q->s->tables[t2].n_cols; c++) {
        int u = c == q->s->tables[t2].n_cols ? t2 : t0_fk_table(q, t2, (int)c);
        if (u < 0 || u == main)
            continue;
        for (size_t k = 0; k < q->s->tables[u].n_cols; k++)
            for (size_t w = 0; w < fn->n; w++)
                if (!NL_WORD_IN(fn->stem[w], generic) && t0_col_has_word(q, u, (int)k, fn->stem[w]))
                    return 1;
    }
    return 0;
}

/* Conditions next to a negation, two conditions on one column, several values of one column */
static int check_filters(struct query *q, const struct shape *sh)
{
    years_of_rows(q, sh);
    for (size_t a = 0; a < q->nf; a++) {
        if (q->f[a].kind != FILTER_ANTI)
            continue;
        for (size_t b = 0; b < q->nf; b++)
            if (q->f[b].kind != FILTER_ANTI && q->f[b].kind != FILTER_NOTNULL &&
                q->f[b].kind != FILTER_LATEST && q->f[b].t != sh->main)
                /* "customers who did not order Laptop Pro": the absent rows have a condition */
                t0_doubt(q, P_WRONGISH, "a condition on %s next to a negation",
                         q->s->tables[q->f[b].t].name);
            else if (q->f[b].kind == FILTER_VALUE && q->f[b].span > q->anti_span &&
                     q->anti_span >= 0 && absent_rows_have(q, q->f[a].t2, sh->main, &q->f[b]))
                /* "performers who never played a venue in Canada": the venue's country, not
                 * the performers' own */
                t0_doubt(q, P_WRONGISH, "the value said after the absent %s is not theirs",
                         q->s->tables[q->f[a].t2].name);
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
            if (fa->kind == FILTER_YEAR && fa->op == NL_OP_EQ && fb->op == NL_OP_EQ && !fa->semi)
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
            if (fb->kind == FILTER_VALUE && fb->t == fa->t && fb->c == fa->c && fa->op == fb->op &&
                fb->n_vals == 1 && fa->n_vals >= 1 && fa->vals[0] && fb->vals[0] &&
                strcmp(fa->vals[0], fb->vals[0]) == 0) {
                /* "return rate - % of orders returned": one value said twice is one filter */
                q->f[b] = q->f[--q->nf];
                b--;
                continue;
            }
            if (fb->kind == FILTER_VALUE && fb->t == fa->t && fb->c == fa->c &&
                fa->op != NL_OP_NE && fb->op != NL_OP_NE && both_rows(q, sh, fa, fb))
                continue; /* "both online and in store": each on a row of its own */
            if (fb->kind == FILTER_VALUE && fb->t == fa->t && fb->c == fa->c &&
                fa->op != NL_OP_NE && fb->op != NL_OP_NE && fa->n_vals < NL_MAX_CANDS) {
                fa->vals[fa->n_vals++] = fb->vals[0];
                fa->op = NL_OP_IN;
                if (!q->or_seen && q->percent != PERCENT_RATIO)
                    /* "'Brazil' and 'Ireland'": both, on different rows? */
                    t0_doubt(q, P_UNSURE, "values joined by 'and', not 'or'");
                q->f[b] = q->f[--q->nf];
                b--;
            }
        }
    }
    if (q->both == 1)
        t0_doubt(q, P_UNSURE, "'both' needs a shape tier 0 does not compose");
    return 0;
}

/* Each filter kind and its resolver; NOTNULL and ANTI are resolved when added. */
static const struct {
    enum filter_kind kind;
    int (*resolve)(struct query *q, const struct shape *sh, struct filter *f);
} filter_resolvers[] = {
    {FILTER_VALUE, value_filter},
    {FILTER_NUM, num_filter},
    {FILTER_YEAR, year_filter},
    {FILTER_DATE, t0_cal_resolve_filter},
};

/* "how many people did we hire in Q3 2024" where comp_hist holds a 'HIRE' reason and emp a
 * hire_on date: with a period asked, the word says which date of the rows counted the period is
 * on, not a condition joined from another table. Such value filters are dropped. */
static void drop_event_values(struct query *q, const struct shape *sh)
{
    int period = 0;
    for (size_t k = 0; k < q->nf; k++)
        period |= q->f[k].kind == FILTER_DATE || q->f[k].kind == FILTER_YEAR;
    for (size_t k = 0; period && sh->main >= 0 && k < q->nf; k++) {
        const struct filter *f = &q->f[k];
        const struct nl_span *sp = f->kind == FILTER_VALUE && f->span >= 0 ? &q->sp[f->span] : NULL;
        if (!sp || sp->len != 1 || q->toks[sp->tok].kind != NL_TOK_WORD || f->op != NL_OP_EQ ||
            !t0_date_col_named(q, sh->main, q->toks[sp->tok].stem))
            continue;
        int amb = 0, dc = t0_date_col(q, sh->main, &amb);
        /* only when the period is then on that date: "cancelled appointments in 2024" whose
         * period stays on appt_dt keeps the 'Cancelled' status; "cards expired in 2023" are
         * those whose expiry_dt is in 2023, whatever their status says now */
        if (dc < 0 || !t0_col_has_event_word(q, sh->main, dc, q->toks[sp->tok].stem))
            continue;
        char text[64];
        t0_doubt(q, P_SLIGHT, "'%s' read as when the %s row says it happened",
                 t0_span_text(q, sp, text, sizeof text), q->s->tables[sh->main].name);
        memmove(&q->f[k], &q->f[k + 1], (q->nf - k - 1) * sizeof q->f[0]);
        q->nf--;
        k--;
    }
}

int t0_resolve_filters(struct query *q, const struct shape *sh)
{
    drop_event_values(q, sh);
    for (size_t k = 0; k < q->nf; k++) {
        struct filter *f = &q->f[k];
        for (size_t j = 0; j < sizeof filter_resolvers / sizeof filter_resolvers[0]; j++)
            if (filter_resolvers[j].kind == f->kind) {
                if (filter_resolvers[j].resolve(q, sh, f) != 0)
                    return -1;
                break;
            }
    }
    return check_filters(q, sh);
}
