/* nl tier 0, money: amounts as people write them ("$1,000", "over $500", "under 2k") and the
 * column of a table such an amount is compared with when the question names none. The reader
 * (util/question) already drops thousands separators and marks a number after "$"; this file
 * reads the "k" and "m" suffixes and picks the money column by the words of its name, which
 * are a bookkeeper's, not one database's: price, amount, total, salary, fee, _usd, _cents. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"

#include "util/banned.h"

/* The multiplier a word after a number says: "8 million", "3 thousand"; 0 for none. */
static double multiplier_word(const struct nl_token *t)
{
    static const struct {
        const char *word;
        double mult;
    } words[] = {{"thousand", 1e3}, {"thousands", 1e3}, {"million", 1e6},  {"millions", 1e6},
                 {"mln", 1e6},      {"billion", 1e9},   {"billions", 1e9}, {"bn", 1e9}};
    if (t->kind == NL_TOK_QUOTED || t->new_sentence)
        return 0; /* "thousand" alone is a number token too */
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcmp(t->word, words[k].word) == 0)
            return words[k].mult;
    return 0;
}

/* A word after a number that says the number is money: "500 dollars", "5 bucks". */
static int currency_word(const struct nl_token *t)
{
    static const char *const words[] = {"dollar", "dollars", "buck", "bucks",  "usd",
                                        "euro",   "euros",   "eur",  "pounds", "gbp"};
    return t->kind == NL_TOK_WORD && !t->new_sentence && NL_WORD_IN(t->word, words);
}

/* Words after an amount of money that only say it is a yearly one ("$80,000 a year"): how many,
 * or 0. */
static size_t per_year_words(const struct nl_token *t, size_t left)
{
    if (left >= 1 && (strcmp(t[0].word, "annually") == 0 || strcmp(t[0].word, "yearly") == 0))
        return 1;
    if (left >= 2 && (strcmp(t[0].word, "a") == 0 || strcmp(t[0].word, "per") == 0) &&
        (strcmp(t[1].word, "year") == 0 || strcmp(t[1].word, "annum") == 0))
        return 2;
    return 0;
}

size_t t0_money_tokens(struct nl_token *toks, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        toks[out] = toks[i];
        struct nl_token *t = &toks[out++];
        double mult;
        if (t->kind == NL_TOK_NUMBER && !t->percent && !t->date_sep && i + 1 < n &&
            currency_word(&toks[i + 1])) {
            /* "under 5 bucks": the amount, marked as money, and the unit word read */
            t->currency = 1;
            i++;
            continue;
        }
        if (t->kind == NL_TOK_NUMBER && !t->percent && !t->date_sep && i + 1 < n &&
            (mult = multiplier_word(&toks[i + 1])) > 0 && t->num > 0 && t->num * mult <= 1e15) {
            /* "8 million": one number, 8000000, that remembers how it was said */
            t->num *= mult;
            t->is_int = t->num == floor(t->num);
            t->scale = mult;
            i++;
            continue;
        }
        if (t->kind != NL_TOK_WORD || !(t->word[0] >= '0' && t->word[0] <= '9'))
            continue;
        char *end = NULL;
        double v = strtod(t->word, &end);
        mult = strcmp(end, "k") == 0 ? 1e3 : strcmp(end, "m") == 0 ? 1e6 : 0;
        if (mult == 0 || end == t->word || v <= 0 || v > 1e9)
            continue; /* "3d", "2nd", "10x": not an amount */
        t->kind = NL_TOK_NUMBER;
        t->num = v * mult;
        t->is_int = t->num == floor(t->num);
        t->scale = mult;
        t->currency = 1; /* "under 2k": an amount of money more often than not */
    }
    /* "earning $80,000 a year": a yearly amount, not a year */
    size_t kept = 0;
    for (size_t i = 0; i < out; i++) {
        toks[kept++] = toks[i];
        size_t yearly;
        if (toks[i].kind == NL_TOK_NUMBER && toks[i].currency && i + 1 < out &&
            !toks[i + 1].new_sentence && (yearly = per_year_words(&toks[i + 1], out - i - 1)) > 0)
            i += yearly;
    }
    return kept;
}

/* Words of a money column's name, the likelier first. */
static const struct {
    const char *stem;
    int rank;
} money_words[] = {
    {"price", 1}, {"prc", 1},   {"amount", 2},  {"amt", 2},    {"total", 2},   {"salary", 3},
    {"wage", 3},  {"pay", 3},   {"revenue", 3}, {"income", 3}, {"balance", 3}, {"mrr", 3},
    {"arr", 3},   {"spend", 3}, {"budget", 3},  {"fee", 3},    {"charge", 3},  {"usd", 3},
    {"eur", 3},   {"gbp", 3},   {"cents", 3},   {"cent", 3},   {"sales", 3},   {"cost", 4},
};

static int money_rank(const struct query *q, int t, int c)
{
    int best = 0;
    if (!t0_col_is_numeric(q, t, c) || t0_col_is_key(q, t, c))
        return 0;
    /* price_per_l_usd, cost_per_unit: a rate, the row's amount only when there is no other */
    int rate = t0_col_has_word(q, t, c, "per");
    for (size_t k = 0; k < sizeof money_words / sizeof money_words[0]; k++) {
        char stem[NL_WORD_MAX];
        nl_stem(money_words[k].stem, stem, sizeof stem);
        if ((t0_col_has_word(q, t, c, stem) || t0_col_has_word(q, t, c, money_words[k].stem)) &&
            (!best || money_words[k].rank < best))
            best = money_words[k].rank;
    }
    return best && rate ? 5 : best;
}

int t0_col_is_money(const struct query *q, int t, int c)
{
    return money_rank(q, t, c) > 0;
}

int t0_money_col(const struct query *q, int t, int *sure)
{
    int best = -1, best_rank = 0, ties = 0;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        int r = money_rank(q, t, (int)c);
        if (r && (!best_rank || r < best_rank)) {
            best = (int)c;
            best_rank = r;
            ties = 0;
        } else if (r && r == best_rank) {
            ties++;
        }
    }
    if (ties) {
        /* base_amt_cents, tax_amt_cents and tot_amt_cents: the total is the row's amount */
        int total = -1, n_total = 0;
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++)
            if (money_rank(q, t, (int)c) == best_rank &&
                (t0_col_has_word(q, t, (int)c, "total") || t0_col_has_word(q, t, (int)c, "tot"))) {
                total = (int)c;
                n_total++;
            }
        if (n_total == 1) {
            best = total;
            ties = 0;
        }
    }
    *sure = best >= 0 && !ties;
    return best;
}

double t0_money_scale(const struct query *q, int t, int c)
{
    return t0_col_has_word(q, t, c, "cent") || t0_col_has_word(q, t, c, "cents") ? 100.0 : 1.0;
}
