/* nl tier 0, columns: what a column is for in a question. The columns that name a row, the
 * date, price, age and year columns, yes/no flags, and the quantity and price that make revenue,
 * read from names, types, keys and sampled values only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "util/buf.h"

#include "util/banned.h"

const struct schema_column *t0_col_of(const struct query *q, int t, int c)
{
    return &q->s->tables[t].cols[c];
}

int t0_col_is_key(const struct query *q, int t, int c)
{
    return t0_col_of(q, t, c)->pk || t0_fk_table(q, t, c) >= 0;
}

/* Some table, or column other than a date, has the word in its name ("current_address_id";
 * not opened_at for "open"). */
int t0_names_non_date(const struct query *q, const char *stem)
{
    if (!nl_stem_in_schema(q->ns, stem))
        return 0;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        const struct nl_name *tn = &q->ns->tables[t];
        for (size_t w = 0; w < tn->n; w++)
            if (strcmp(tn->stem[w], stem) == 0)
                return 1;
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
            if (q->s->tables[t].cols[c].type != SCHEMA_TYPE_DATE &&
                t0_col_has_word(q, (int)t, (int)c, stem))
                return 1;
    }
    return 0;
}

/* A table that keeps the history of another's rows (comp_hist: each employee's salary as it
 * changed; price_history): its name says history, or its date says when a value took effect.
 * One key to the entity (*key) and the date (*date); 0 when t is none. */
int t0_history_table(const struct query *q, int t, int *date, int *key)
{
    static const char *const hist[] = {"hist", "histori", "history"};
    static const char *const eff[] = {"eff", "effect", "valid"};
    const struct nl_name *tn = &q->ns->tables[t];
    const struct schema_table *tb = &q->s->tables[t];
    int named = 0, dates = 0, effective = 0;
    *date = *key = -1;
    for (size_t w = 0; w < tn->n; w++)
        named |= NL_WORD_IN(tn->stem[w], hist);
    /* a row of history is no thing of its own: nothing points at it, and no single key of its
     * own names it ("Templates" with Date_Effective_From/To is a thing documents use) */
    for (size_t u = 0; u < q->s->n_tables; u++)
        for (size_t c = 0; c < q->s->tables[u].n_cols; c++)
            if (u != (size_t)t && t0_fk_table(q, (int)u, (int)c) == t)
                return 0;
    if (!named && t0_pk_col(q, t) >= 0)
        return 0;
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        int e = 0;
        for (size_t w = 0; w < cn->n; w++)
            e |= NL_WORD_IN(cn->stem[w], eff);
        if (tb->cols[c].type == SCHEMA_TYPE_DATE) {
            dates++;
            if (e || *date < 0)
                *date = (int)c;
            effective |= e;
        }
        int ft = t0_fk_table(q, t, (int)c);
        if (ft >= 0 && ft != t) {
            if (*key >= 0)
                return 0; /* two entities: whose history? */
            *key = (int)c;
        }
    }
    if (!named && !(effective && dates == 1))
        return 0; /* eff_from and eff_to: which one says when the value held? */
    return *date >= 0 && *key >= 0;
}

/* The one history table (t0_history_table) whose rows are e's, or -1. */
int t0_history_of(const struct query *q, int e)
{
    int found = -1;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        int date, key;
        if ((int)t != e && t0_history_table(q, (int)t, &date, &key) &&
            t0_fk_table(q, (int)t, key) == e) {
            if (found >= 0)
                return -1;
            found = (int)t;
        }
    }
    return found;
}

int t0_per_table(const struct query *q)
{
    for (size_t i = 0; i < q->n; i++) {
        int nx = q->sp[i].kind == NL_SPAN_LEX && strcmp(q->sp[i].lex->phrase, "per") == 0
                     ? t0_next_content(q, i)
                     : -1;
        if (nx >= 0 && q->sp[nx].kind == NL_SPAN_TABLE)
            return 1;
    }
    return 0;
}

int t0_fk_table(const struct query *q, int t, int c)
{
    return q->ns->fk_target[q->ns->col_base[t] + (size_t)c];
}

int t0_col_is_numeric(const struct query *q, int t, int c)
{
    enum schema_type ty = t0_col_of(q, t, c)->type;
    if (t == q->days_t && c == q->days_to && t >= 0)
        return 1; /* "days to ship": a number of days (calendar.c) */
    return ty == SCHEMA_TYPE_INTEGER || ty == SCHEMA_TYPE_REAL;
}

int t0_col_has_word(const struct query *q, int t, int c, const char *stem)
{
    const struct nl_name *cn = &q->ns->cols[t][c];
    for (size_t k = 0; k < cn->n; k++)
        if (strcmp(cn->stem[k], stem) == 0)
            return 1;
    return 0;
}

int t0_col_has_any_word(const struct query *q, int t, int c, const char *const *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (t0_col_has_word(q, t, c, w[k]))
            return 1;
    return 0;
}

int t0_col_last_word_in(const struct query *q, int t, int c, const char *const *w, size_t n)
{
    const struct nl_name *cn = &q->ns->cols[t][c];
    return cn->n > 0 && nl_word_in(cn->stem[cn->n - 1], w, n);
}

int t0_col_has_event_word(const struct query *q, int t, int c, const char *stem)
{
    const struct nl_name *cn = &q->ns->cols[t][c];
    size_t sl = strlen(stem);
    for (size_t k = 0; k < cn->n; k++) {
        size_t wl = strlen(cn->stem[k]);
        if (strcmp(cn->stem[k], stem) == 0 ||
            (sl >= 5 && wl > sl && wl <= sl + 2 && strncmp(stem, cn->stem[k], sl) == 0))
            return 1;
    }
    return 0;
}

int t0_pk_col(const struct query *q, int t)
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

/* The first words of name a are all the words of b (a has at least as many). */
static int begins_with(const struct nl_name *a, const struct nl_name *b)
{
    if (a->n < b->n)
        return 0;
    for (size_t k = 0; k < b->n; k++)
        if (strcmp(a->stem[k], b->stem[k]) != 0)
            return 0;
    return 1;
}

/* Column c of t is a part of a person's name: one of the words, then name or nm, after the
 * table's own noun or nothing ("first_name", "fst_nm", "agt_lst_nm" in agt) */
static int person_name_part(const struct query *q, int t, int c, const char *const *part,
                            size_t n_part)
{
    const struct nl_name *cn = &q->ns->cols[t][c], *tn = &q->ns->tables[t];
    if (q->s->tables[t].cols[c].type != SCHEMA_TYPE_TEXT || cn->n < 2 || cn->n > 3 ||
        (strcmp(cn->stem[cn->n - 1], "name") != 0 && strcmp(cn->stem[cn->n - 1], "nm") != 0) ||
        !nl_word_in(cn->stem[cn->n - 2], part, n_part))
        return 0;
    return cn->n == 2 || (tn->n && strcmp(cn->stem[0], tn->stem[tn->n - 1]) == 0);
}

/* The columns that name a row: name/title, else first_name + last_name, else (when !strict)
 * the first text column that is not a key. Returns how many (0..2). */
int t0_label_cols(const struct query *q, int t, int out[2], int strict)
{
    const struct schema_table *tb = &q->s->tables[t];
    static const char *const exact[] = {"name", "full_name", "fullname"};
    int plain = nl_find_column(tb, "name");
    const struct nl_name *tn0 = &q->ns->tables[t];
    for (size_t c = 0; plain < 0 && tn0->n && c < tb->n_cols; c++) {
        /* car_makers(Maker, FullName): the column named by the table's own noun names a row
         * as people say it; the full name is longer */
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n == 1 && strcmp(cn->stem[0], tn0->stem[tn0->n - 1]) == 0 &&
            tb->cols[c].type == SCHEMA_TYPE_TEXT && !t0_col_is_key(q, t, (int)c) &&
            (nl_find_column(tb, "full_name") >= 0 || nl_find_column(tb, "fullname") >= 0)) {
            out[0] = (int)c;
            return 1;
        }
    }
    for (size_t e = 0; e < sizeof exact / sizeof exact[0]; e++) {
        int c = nl_find_column(tb, exact[e]);
        if (c >= 0) {
            out[0] = c;
            return 1;
        }
    }
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        const struct nl_name *al = &q->ns->aliases[t];
        if (cn->n == 2 && strcmp(cn->stem[1], "name") == 0 &&
            (strcmp(cn->stem[0], q->ns->tables[t].stem[q->ns->tables[t].n - 1]) == 0 ||
             (al->n && strcmp(cn->stem[0], al->stem[al->n - 1]) == 0)) &&
            tb->cols[c].type == SCHEMA_TYPE_TEXT) {
            out[0] = (int)c;
            return 1;
        }
    }
    const struct nl_name *tn = &q->ns->tables[t];
    /* the table's words and "name" or "title": job_ttl.job_ttl_nm, crs.crs_ttl */
    for (size_t c = 0; tn->n && c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n == tn->n + 1 && begins_with(cn, tn) &&
            (strcmp(cn->stem[tn->n], "name") == 0 || strcmp(cn->stem[tn->n], "titl") == 0 ||
             strcmp(cn->stem[tn->n], "ttl") == 0) &&
            tb->cols[c].type == SCHEMA_TYPE_TEXT) {
            out[0] = (int)c;
            return 1;
        }
    }
    /* a column named like its table: airlines.airline, cartoon.cartoon */
    for (size_t c = 0; tn->n && c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n == tn->n && begins_with(cn, tn) && tb->cols[c].type == SCHEMA_TYPE_TEXT &&
            !t0_col_is_key(q, t, (int)c)) {
            out[0] = (int)c;
            return 1;
        }
    }
    /* a lookup of codes no one reads as words (term_rsn: 'RES', 'LAY'; term_rsn_desc
     * 'Resignation', 'Layoff'): the one text column that describes the code names its row,
     * unless the question asks for the codes; codes that are words ('House') name it */
    int pk = t0_pk_col(q, t), desc = -1, codes = 0;
    for (size_t i = 0; q->sp && i < q->n; i++)
        for (size_t k = q->sp[i].tok; k < q->sp[i].tok + q->sp[i].len; k++)
            codes |= strcmp(q->toks[k].word, "code") == 0 || strcmp(q->toks[k].word, "codes") == 0;
    for (size_t k = 0; pk >= 0 && k < tb->cols[pk].n_samples; k++) {
        const char *v = tb->cols[pk].samples[k];
        codes |= strlen(v) > 5;
        for (; *v; v++)
            codes |= *v >= 'a' && *v <= 'z';
    }
    const struct nl_name *pn = pk >= 0 ? &q->ns->cols[t][pk] : NULL;
    if (pn && pn->n && !codes && tb->cols[pk].type == SCHEMA_TYPE_TEXT &&
        (strcmp(pn->stem[pn->n - 1], "code") == 0 || strcmp(pn->stem[pn->n - 1], "cd") == 0))
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct nl_name *cn = &q->ns->cols[t][c];
            if (cn->n && tb->cols[c].type == SCHEMA_TYPE_TEXT && !t0_col_is_key(q, t, (int)c) &&
                (strcmp(cn->stem[cn->n - 1], "desc") == 0 ||
                 strcmp(cn->stem[cn->n - 1], "descript") == 0)) {
                if (desc >= 0) {
                    desc = -1;
                    break;
                }
                desc = (int)c;
            }
        }
    if (desc >= 0) {
        out[0] = desc;
        return 1;
    }
    int fn = -1, ln = -1; /* first_name, FirstName, fst_nm, agt_lst_nm ... */
    static const char *const firsts[] = {"first", "fst", "frst"}, *const lasts[] = {"last", "lst"};
    for (size_t c = 0; c < tb->n_cols; c++) {
        if (person_name_part(q, t, (int)c, firsts, sizeof firsts / sizeof firsts[0]))
            fn = fn < 0 ? (int)c : fn;
        if (person_name_part(q, t, (int)c, lasts, sizeof lasts / sizeof lasts[0]))
            ln = ln < 0 ? (int)c : ln;
    }
    if (fn >= 0 && ln >= 0) {
        out[0] = fn;
        out[1] = ln;
        return 2;
    }
    /* the one "<something> name" of the table: TV_Channel.series_name names a channel */
    int named = -1, n_named = 0;
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n == 2 && strcmp(cn->stem[1], "name") == 0 &&
            tb->cols[c].type == SCHEMA_TYPE_TEXT && !t0_col_is_key(q, t, (int)c) &&
            strcmp(cn->stem[0], "first") != 0 && strcmp(cn->stem[0], "last") != 0 &&
            strcmp(cn->stem[0], "middl") != 0 && strcmp(cn->stem[0], "nick") != 0) {
            named = (int)c;
            n_named++;
        }
    }
    if (n_named == 1) {
        out[0] = named;
        return 1;
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
        if (tb->cols[c].type == SCHEMA_TYPE_TEXT && !t0_col_is_key(q, (int)t, (int)c)) {
            out[0] = (int)c;
            return 1;
        }
    }
    return 0;
}

/* A table that holds people: first and last names, or a column called just "name" and one that
 * only people have (age, birth, gender, nationality ...); a stadium has a name too. */
int t0_person_table(const struct query *q, int t)
{
    static const char *const person_words[] = {
        "age",         "birth",    "born",   "gender", "sex",   "male", "nationality",
        "citizenship", "hometown", "height", "dob",    "email", "phone"};
    int lab[2];
    if (t0_label_cols(q, t, lab, 1) == 2)
        return 1;
    if (nl_find_column(&q->s->tables[t], "name") < 0)
        return 0;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        for (size_t k = 0; k < sizeof person_words / sizeof person_words[0]; k++) {
            char stem[32];
            nl_stem(person_words[k], stem, sizeof stem);
            if (t0_col_has_word(q, t, (int)c, stem))
                return 1;
        }
    return 0;
}

/* The one date column of t named by a word of the question ("hired in 2024": hire_on, not
 * birth_dt or term_on; "terminations" for term_on), or -1. Words every date column may have
 * ("date", "on", "at") do not count. */
/* Does the question word (a leaving verb: "left", "quit", "lost") name the date column's word
 * (term, exit, separ ...)? People write those verbs for a termination date. */
int t0_leave_word(const char *word, const char *col_stem)
{
    static const char *const verbs[] = {"left",       "leave",  "leaving", "leavers", "leaver",
                                        "quit",       "quits",  "lose",    "lost",    "departed",
                                        "departures", "exited", "exits"};
    static const char *const cols[] = {"term", "termin", "exit", "left", "leav", "separ", "depart"};
    return NL_WORD_IN(word, verbs) && NL_WORD_IN(col_stem, cols);
}

/* The date columns of t whose name has the word stem. */
static int dates_with_word(const struct query *q, int t, const char *stem)
{
    int n = 0;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        n +=
            q->s->tables[t].cols[c].type == SCHEMA_TYPE_DATE && t0_col_has_word(q, t, (int)c, stem);
    return n;
}

/* Token i and the particle after it are the one word of a column ("signed up" for signup_ts,
 * "logged in" for login_ts, "checked out" for checkout_dt). */
static int phrasal_names(const struct query *q, size_t i, const char *col_stem)
{
    static const char *const particles[] = {"up", "in", "out", "off", "on"};
    size_t end = t0_n_toks(q);
    if (i + 1 >= end || !NL_WORD_IN(q->toks[i + 1].word, particles))
        return 0;
    char joined[2 * NL_WORD_MAX];
    const char *verb = q->toks[i].stem;
    size_t vl = strlen(verb);
    /* "signed" stems to "sign", "logged" to "log" (its doubled g dropped by the stemmer) */
    snprintf(joined, sizeof joined, "%s%s", verb, q->toks[i + 1].word);
    if (strcmp(joined, col_stem) == 0)
        return 1;
    char stem[NL_WORD_MAX];
    nl_stem(joined, stem, sizeof stem);
    return vl >= 3 && strcmp(stem, col_stem) == 0;
}

static int date_col_by_question(const struct query *q, int t)
{
    /* words every date column may have, and prepositions ("rentals in 2023" names no in_ts) */
    static const char *const generic[] = {"date", "dt", "on", "at", "time", "day", "ts",
                                          "d",    "in", "of", "by", "to",   "for", "from"};
    const struct schema_table *tb = &q->s->tables[t];
    int found = -1;
    if (!q->toks || !q->sp)
        return -1;
    for (size_t c = 0; c < tb->n_cols; c++) {
        if (tb->cols[c].type != SCHEMA_TYPE_DATE)
            continue;
        const struct nl_name *cn = &q->ns->cols[t][c];
        const struct nl_name *tn = &q->ns->tables[t];
        int hit = 0;
        for (size_t w = 0; w < cn->n && !hit; w++) {
            int gen = 0;
            for (size_t g = 0; g < sizeof generic / sizeof generic[0]; g++)
                gen |= strcmp(cn->stem[w], generic[g]) == 0;
            for (size_t g = 0; g < tn->n && !gen; g++) /* trial_start_dt, trial_end_dt in
                                                        * trials: "trial" names neither */
                gen =
                    strcmp(cn->stem[w], tn->stem[g]) == 0 && dates_with_word(q, t, tn->stem[g]) > 1;
            size_t wl = strlen(cn->stem[w]);
            for (size_t k = 0; !gen && k < q->n && !hit; k++) {
                const struct nl_token *tk = &q->toks[q->sp[k].tok];
                const char *s = tk->stem;
                size_t sl = strlen(s);
                hit =
                    tk->kind == NL_TOK_WORD &&
                    (strcmp(s, cn->stem[w]) == 0 || (wl >= 4 && strncmp(s, cn->stem[w], wl) == 0) ||
                     /* "expired" for expiry_dt: the word's stem begins the column's */
                     (sl >= 5 && wl > sl && wl <= sl + 2 && strncmp(s, cn->stem[w], sl) == 0) ||
                     t0_leave_word(tk->word, cn->stem[w]) ||
                     phrasal_names(q, q->sp[k].tok, cn->stem[w]));
            }
        }
        if (hit) {
            if (found >= 0)
                return -1;
            found = (int)c;
        }
    }
    return found;
}

int t0_date_cols(const struct query *q, int t)
{
    int n = 0;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
        n += q->s->tables[t].cols[c].type == SCHEMA_TYPE_DATE;
    return n;
}

int t0_date_col_said(const struct query *q, int t)
{
    return date_col_by_question(q, t) >= 0;
}

/* The question says born, birth or birthday. */
int t0_born_asked(const struct query *q)
{
    static const char *const words[] = {"born", "birth", "birthday", "birthdays", "births"};
    return T0_SAYS(q, words);
}

/* The date column of a table: the only one, or the one named after the table ("order_date" in
 * orders), or the one a word of the question names, or the first. -1 when none. */
int t0_date_col(const struct query *q, int t, int *ambiguous)
{
    const struct schema_table *tb = &q->s->tables[t];
    const struct nl_name *tn = &q->ns->tables[t];
    int first = -1, named = -1, count = 0, n_named = 0;
    for (size_t c = 0; c < tb->n_cols; c++) {
        if (tb->cols[c].type != SCHEMA_TYPE_DATE)
            continue;
        count++;
        if (first < 0)
            first = (int)c;
        if (tn->n && t0_col_has_word(q, t, (int)c, tn->stem[tn->n - 1])) {
            n_named++;
            if (named < 0)
                named = (int)c;
        }
    }
    if (n_named > 1)
        named = -1; /* trial_start_dt and trial_end_dt both say "trial": neither is the one */
    if (count > 1 && named < 0)
        named = date_col_by_question(q, t);
    if (count > 1 && named < 0 && t0_born_asked(q))
        named = t0_birth_col(q, t); /* "customers born before 1970": dob, not joined_on */
    int event = count > 1 && named < 0 ? t0_cal_event_col(q, t) : -1;
    *ambiguous = count > 1 && named < 0 && event < 0;
    return named >= 0 ? named : event >= 0 ? event : first;
}

/* A price-like column for "expensive" / "cheap": price, then cost. */
int t0_price_col(const struct query *q, int t)
{
    static const char *const words[] = {"price", "prc", "cost", "amount", "fee"};
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t c = 0; c < tb->n_cols; c++)
            if (t0_col_is_numeric(q, t, (int)c) && t0_col_has_word(q, t, (int)c, words[w]))
                return (int)c;
    return -1;
}

/* The pay column of t ("salary", "wage", "pay_rate"), or -1. */
int t0_pay_col(const struct query *q, int t)
{
    static const char *const words[] = {"salari",  "sal",  "wage",  "pay",
                                        "compens", "earn", "income"};
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t c = 0; c < tb->n_cols; c++)
            /* never a key: sal_hist.sal_id numbers rows, it pays nobody */
            if (t0_col_is_numeric(q, t, (int)c) && !t0_col_is_key(q, t, (int)c) &&
                t0_col_has_word(q, t, (int)c, words[w]))
                return (int)c;
    return -1;
}

/* A column that holds numbers: declared numeric, or text whose sampled values all read as
 * numbers ("Year" text holding 2014, 2015). */
int t0_col_holds_numbers(const struct query *q, int t, int c)
{
    if (t0_col_is_numeric(q, t, c))
        return 1;
    const struct schema_column *col = t0_col_of(q, t, c);
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
int t0_implied_col(const struct query *q, int t, const char *stem)
{
    const struct schema_table *tb = &q->s->tables[t];
    int found = -1;
    for (size_t c = 0; c < tb->n_cols; c++)
        if (t0_col_holds_numbers(q, t, (int)c) && !t0_col_is_key(q, t, (int)c) &&
            t0_col_has_word(q, t, (int)c, stem)) {
            if (found >= 0)
                return -1;
            found = (int)c;
        }
    return found;
}

/* A column named just "age" that a schema declared as text ("Age" text holding 32, 29 ...):
 * good enough to rank by, with a doubt; -1 when none. */
int t0_text_age_col(struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++)
        if (strcasecmp(tb->cols[c].name, "age") == 0 && !t0_col_is_numeric(q, t, (int)c)) {
            t0_doubt(q, P_SLIGHT, "%s.%s holds numbers as text", tb->name, tb->cols[c].name);
            return (int)c;
        }
    return -1;
}

/* A year kept as a number ("Year", "IndepYear", "year_of_founded"), when the table has no date
 * column: the only column of numbers with "year" in its name, or -1. */
int t0_year_col(const struct query *q, int t)
{
    int amb;
    return t0_date_col(q, t, &amb) >= 0 ? -1 : t0_implied_col(q, t, "year");
}

/* A birth date for "oldest" / "youngest". */
int t0_birth_col(const struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++)
        if (tb->cols[c].type == SCHEMA_TYPE_DATE &&
            (t0_col_has_word(q, t, (int)c, "birth") || t0_col_has_word(q, t, (int)c, "dob") ||
             t0_col_has_word(q, t, (int)c, "born")))
            return (int)c;
    return -1;
}

/* A year of birth kept as a number (birth_yr, yob). */
int t0_birth_year_col(const struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++)
        if (t0_col_is_numeric(q, t, (int)c) && !t0_col_is_key(q, t, (int)c) &&
            (t0_col_has_word(q, t, (int)c, "birth") || t0_col_has_word(q, t, (int)c, "born") ||
             t0_col_has_word(q, t, (int)c, "yob")))
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
int t0_flag_pair(const struct query *q, int t, int c)
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
        if (all && (p == 0 || !t0_col_is_numeric(q, t, c)))
            return (int)p;
    }
    return declared ? 0 : -1;
}

/* The yes (or no) form of a pair t0_flag_pair() returned. */
const char *t0_flag_spelling(int pair, int yes)
{
    return flag_pairs[pair][yes ? 0 : 1];
}

int t0_col_is_flag(const struct query *q, int t, int c)
{
    return t0_flag_pair(q, t, c) >= 0;
}

int t0_col_is_status(const struct query *q, int t, int c)
{
    return nl_col_is_status(q->ns, (size_t)t, (size_t)c);
}

void t0_flag_count_doubt(struct query *q, int t, int c)
{
    const struct schema_column *col = &q->s->tables[t].cols[c];
    if (t0_col_is_flag(q, t, c))
        t0_doubt(q, P_WRONGISH, "%s is a yes/no flag: counting its distinct values is not meant",
                 col->name);
}

/* quantity and price columns of one table, for revenue = SUM(quantity * price) */
int t0_revenue_cols(const struct query *q, int t, int *qc, int *pc)
{
    static const char *const qty[] = {"quantiti", "qti", "unit"}; /* stems: "qty" is "qti" */
    const struct schema_table *tb = &q->s->tables[t];
    *qc = *pc = -1;
    for (size_t w = 0; w < sizeof qty / sizeof qty[0] && *qc < 0; w++)
        for (size_t c = 0; c < tb->n_cols && *qc < 0; c++)
            if (t0_col_is_numeric(q, t, (int)c) && !t0_col_is_key(q, t, (int)c) &&
                t0_col_has_word(q, t, (int)c, qty[w]) && !t0_col_has_word(q, t, (int)c, "price") &&
                !t0_col_has_word(q, t, (int)c, "prc") && /* unit_prc_usd is a price */
                !t0_col_has_word(q, t, (int)c, "cost"))  /* unit_cost is money, not a quantity */
                *qc = (int)c;
    for (size_t c = 0; c < tb->n_cols && *pc < 0; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        /* prc_lvl_id is a price level's key, no price */
        if (t0_col_is_numeric(q, t, (int)c) && !t0_col_is_key(q, t, (int)c) &&
            !(cn->n > 1 && strcmp(cn->stem[cn->n - 1], "id") == 0) &&
            (t0_col_has_word(q, t, (int)c, "price") || t0_col_has_word(q, t, (int)c, "prc")))
            *pc = (int)c;
    }
    return *qc >= 0 && *pc >= 0;
}

/* A discount kept as a fraction of the price next to the revenue columns: a numeric column named
 * discount whose sampled values all lie in [0, 1). -1 when none (an amount, or no samples, is not
 * guessed at). */
int t0_discount_col(const struct query *q, int t)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct schema_column *col = &tb->cols[c];
        if (!t0_col_is_numeric(q, t, (int)c) || !t0_col_has_word(q, t, (int)c, "discount") ||
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

/* Every sampled value of the column lies in [0, 1]: a share kept as a fraction. */
int t0_col_holds_fractions(const struct query *q, int t, int c)
{
    const struct schema_column *col = t0_col_of(q, t, c);
    if (!t0_col_is_numeric(q, t, c) || col->n_samples == 0)
        return 0;
    for (size_t k = 0; k < col->n_samples; k++) {
        double v = strtod(col->samples[k], NULL);
        if (v < 0 || v > 1)
            return 0;
    }
    return 1;
}

/* The value index holds `value` in column t.c. */
int t0_value_in_col(const struct query *q, const char *value, int t, int c)
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
int t0_date_col_named(const struct query *q, int t, const char *stem)
{
    const struct schema_table *tb = &q->s->tables[t];
    for (size_t c = 0; c < tb->n_cols; c++)
        if (tb->cols[c].type == SCHEMA_TYPE_DATE && t0_col_has_event_word(q, t, (int)c, stem))
            return 1;
    return 0;
}

int t0_col_is_quantity(const struct query *q, int t, int c)
{
    static const char *const words[] = {"qty", "qti", "quantity", "units", "hrs", "hours"};
    return t0_col_is_numeric(q, t, c) && !t0_col_is_key(q, t, c) &&
           !t0_col_has_word(q, t, c, "per") &&
           t0_col_has_any_word(q, t, c, words, sizeof words / sizeof words[0]);
}

int t0_table_measure_col(const struct query *q, int t)
{
    const struct nl_name *tn = &q->ns->tables[t];
    if (tn->n < 2)
        return -1; /* a table named by one word is its rows ("hours" of a table hours) */
    const struct schema_table *tb = &q->s->tables[t];
    int found = -1;
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct nl_name *cn = &q->ns->cols[t][c];
        if (cn->n < 1 || strcmp(cn->stem[cn->n - 1], tn->stem[tn->n - 1]) != 0 || tb->cols[c].pk ||
            tb->cols[c].fk_table || !t0_col_holds_numbers(q, t, (int)c))
            continue;
        if (found >= 0)
            return -2; /* staff_hrs: reg_hrs, ot_hrs */
        found = (int)c;
    }
    return found;
}
