/* nl tokens: tier 0's view of a question read once by util/question. The reader already splits,
 * lowercases, stems and numbers the words; tier 0 copies them into its own array because linking
 * rewrites tokens in place (a synonym's stem, two words joined into one schema word). Stems of
 * schema names and synonyms come from the same process-wide stemmer, so both sides meet. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "nl/nl_int.h"
#include "util/question.h"

#include "util/banned.h"

void nl_stem(const char *word, char *out, size_t out_len)
{
    char stem[QUESTION_WORD_MAX];
    question_stem(word, strlen(word), stem);
    size_t n = strlen(stem);
    if (n >= out_len)
        n = out_len - 1;
    memcpy(out, stem, n);
    out[n] = '\0';
}

/* Was the character ch written between token i and the one before it ('#' of "# of orders":
 * the number of them; '+' of "stadiums + capacity")? */
static int written_before(const struct question *q, size_t i, char ch)
{
    size_t from = i > 0 ? q->toks[i - 1].off + q->toks[i - 1].len : 0;
    for (size_t k = from; q->text && k < q->toks[i].off; k++)
        if (q->text[k] == ch)
            return 1;
    return 0;
}

/* More capital letters than small ones: a question written in capitals or in Title Case says
 * nothing by a capital letter. */
static int mostly_capitals(const struct question *q)
{
    size_t up = 0, low = 0;
    for (const char *p = q->text; p && *p; p++) {
        up += isupper((unsigned char)*p) != 0;
        low += islower((unsigned char)*p) != 0;
    }
    return up * 4 > low;
}

static int word_at(const struct question *q, size_t i, const char *w)
{
    return i < q->n_toks && q->toks[i].kind == QUESTION_WORD && strcmp(q->toks[i].word, w) == 0;
}

/* Token i is a word of the list (an index out of range, as i - 1 at 0, is none). */
static int word_at_any(const struct question *q, size_t i, const char *const *list, size_t n)
{
    return i < q->n_toks && q->toks[i].kind == QUESTION_WORD &&
           nl_word_in(q->toks[i].word, list, n);
}
#define WORD_AT_ANY(q, i, arr) word_at_any((q), (i), (arr), sizeof(arr) / sizeof((arr)[0]))

/* "and how old are they", "along with how tall it is": after "and" or "with", the column the
 * adjective measures; NULL otherwise */
static const char *how_adjective(const struct question *q, size_t i, const char *prev)
{
    static const char *const adj[][2] = {{"old", "age"}, {"tall", "height"}, {"heavy", "weight"}};
    static const char *const joins[] = {"and", "with", "plus"};
    if (!word_at(q, i, "how") || !NL_WORD_IN(prev, joins))
        return NULL;
    for (size_t k = 0; k < sizeof adj / sizeof adj[0]; k++)
        if (word_at(q, i + 1, adj[k][0]))
            return adj[k][1];
    return NULL;
}

/* "where they're from", "where it is from", "where he comes from": the tokens after "where" up to
 * its "from" (0 when the words are not that) */
static size_t where_from(const struct question *q, size_t i)
{
    static const char *const mid[] = {"they",  "he",   "she",    "it",  "you",  "re",
                                      "are",   "is",   "s",      "was", "were", "come",
                                      "comes", "came", "theyre", "hes", "shes", "its"};
    if (!word_at(q, i, "where"))
        return 0;
    for (size_t k = 1; k <= 3 && i + k < q->n_toks; k++) {
        if (word_at(q, i + k, "from"))
            return k > 1 ? k : 0;
        if (!WORD_AT_ANY(q, i + k, mid))
            return 0;
    }
    return 0;
}

/* "how much did we make", "how much have we earned", "how much did they bring in": at the
 * verb after "how much", its auxiliary and "we" or "you", the tokens of the money taken in (the
 * verb and its particle), else 0 */
static size_t money_made(const struct question *q, size_t i)
{
    static const char *const verbs[] = {"make", "made", "earn", "earned", "gross", "grossed"};
    static const char *const aux[] = {"did", "do", "does", "have", "has", "will"};
    static const char *const who[] = {"we", "you", "i"};
    if (i < 4 || !word_at(q, i - 4, "how") || !word_at(q, i - 3, "much"))
        return 0;
    if (!WORD_AT_ANY(q, i - 2, aux) || !WORD_AT_ANY(q, i - 1, who))
        return 0;
    if (WORD_AT_ANY(q, i, verbs))
        return 1;
    if ((word_at(q, i, "bring") || word_at(q, i, "brought") || word_at(q, i, "take") ||
         word_at(q, i, "took")) &&
        word_at(q, i + 1, "in"))
        return 2;
    return 0;
}

/* "the year it opened", "the year they joined": a pronoun between "year" and the verb
 * of a date kept as a year says nothing the column's name does not */
static int pronoun_after_year(const struct question *q, size_t i)
{
    static const char *const pronouns[] = {"it", "they", "he", "she"};
    if (!WORD_AT_ANY(q, i, pronouns) || !(word_at(q, i - 1, "year") || word_at(q, i - 1, "years")))
        return 0;
    size_t v = i + 1; /* "the year it was founded" is read as it stands */
    if (v >= q->n_toks || q->toks[v].kind != QUESTION_WORD)
        return 0;
    size_t n = strlen(q->toks[v].word);
    return n > 4 && strcmp(q->toks[v].word + n - 2, "ed") == 0;
}

/* "live" said of things ("live courses", "which listings are live"), not of where people
 * live ("customers who live in Ohio", "where do they live"): a state of the rows that tier 0
 * must not read as a filler word */
static int live_adjective(const struct question *q, size_t i)
{
    static const char *const places[] = {"in",   "at",    "near", "on",     "abroad", "outside",
                                         "with", "there", "here", "nearby", "close"};
    static const char *const subjects[] = {"they", "we",   "you", "i",  "he",    "she",    "who",
                                           "do",   "does", "did", "to", "where", "people", "still"};
    return word_at(q, i, "live") && !WORD_AT_ANY(q, i + 1, places) &&
           !WORD_AT_ANY(q, i - 1, subjects);
}

/* "no." written with its dot before "of" ("no. of templates per type") or after a noun at the
 * end ("version no."): the number, never a "no" that negates */
static int number_abbrev(const struct question *q, size_t i)
{
    if (!word_at(q, i, "no") || !q->text)
        return 0;
    const struct question_tok *a = &q->toks[i];
    if (q->text[a->off + a->len] != '.')
        return 0;
    /* after a noun ("version no. above 5"), never after a word that a negating "no" follows
     * ("with no.", "there are no.") */
    static const char *const negating[] = {"with", "have", "has",   "had", "are",  "is",
                                           "was",  "were", "there", "say", "said", "answer"};
    int after_noun =
        i > 0 && q->toks[i - 1].kind == QUESTION_WORD && !WORD_AT_ANY(q, i - 1, negating);
    return word_at(q, i + 1, "of") || after_noun;
}

/* "since the start of 2024", "since the beginning of March": the words between "since" and the
 * period say nothing more than "since" does */
static int since_start_of(const struct question *q, size_t i)
{
    return word_at(q, i, "since") && word_at(q, i + 1, "the") &&
           (word_at(q, i + 2, "start") || word_at(q, i + 2, "beginning")) &&
           word_at(q, i + 3, "of");
}

/* "..., along with where they are", "and where it is located": after "with", "and" or "plus",
 * where the rows are, to the end of the clause; the tokens after "where" (0 when the words are
 * not that) */
static size_t where_located(const struct question *q, size_t i)
{
    static const char *const who[] = {"they", "it", "he", "she", "theyre", "its"};
    static const char *const be[] = {"are", "is", "re", "s", "was", "were"};
    static const char *const how[] = {"located", "based", "situated"};
    if (!word_at(q, i, "where") || i == 0 ||
        !(word_at(q, i - 1, "with") || word_at(q, i - 1, "and") || word_at(q, i - 1, "plus")))
        return 0;
    size_t k = i + 1;
    if (!WORD_AT_ANY(q, k, who))
        return 0;
    k++;
    if (WORD_AT_ANY(q, k, be))
        k++;
    else if (!word_at(q, k - 1, "theyre") && !word_at(q, k - 1, "its"))
        return 0;
    if (WORD_AT_ANY(q, k, how))
        k++;
    /* the clause ends: the question does, or "and" or "plus" follows */
    if (k < q->n_toks && !word_at(q, k, "and") && !word_at(q, k, "plus"))
        return 0;
    return k - i - 1;
}

/* "first and last name", "first & last names" (the '&' dropped as punctuation): the token of
 * "name" that "first" shares, at index *name; 1 with *and_said when "and" was written. */
static int first_and_last(const struct question *q, size_t i, size_t *name, int *and_said)
{
    if (!word_at(q, i, "first"))
        return 0;
    *and_said = word_at(q, i + 1, "and");
    size_t k = i + 1 + (size_t)*and_said;
    if (!word_at(q, k, "last") || !(word_at(q, k + 1, "name") || word_at(q, k + 1, "names")))
        return 0;
    *name = k + 1;
    return 1;
}

/* Token t now reads as the word w: its stem the stemmer's (stemmed) or w itself. */
static void set_word(struct nl_token *t, const char *w, int stemmed)
{
    snprintf(t->word, sizeof t->word, "%s", w);
    if (stemmed)
        nl_stem(w, t->stem, sizeof t->stem);
    else
        snprintf(t->stem, sizeof t->stem, "%s", w);
}

/* Adds a word token the question implies ("number" for '#', "and" for '+'); -1 when full. */
static int add_word(struct nl_token *toks, size_t *n, size_t max, const char *w, int stemmed)
{
    if (*n >= max)
        return -1;
    memset(&toks[*n], 0, sizeof toks[*n]);
    toks[*n].kind = NL_TOK_WORD;
    set_word(&toks[(*n)++], w, stemmed);
    return 0;
}

/* "stadiums w/ capacity", "orders w/o a rep": the short forms of "with" and "without", the
 * '/' dropped as punctuation by the reader */
static int slash_short_form(const struct question *q, size_t i, struct nl_token *t)
{
    const struct question_tok *a = &q->toks[i];
    if (!q->text || !word_at(q, i, "w") || q->text[a->off + a->len] != '/')
        return 0;
    int without = word_at(q, i + 1, "o") && q->toks[i + 1].off == a->off + a->len + 1;
    set_word(t, without ? "without" : "with", 0);
    t->upper = 0;
    return 1;
}

/* "version > 5", "born <1950", "net worth >= 30": a comparison sign written before a number, in
 * the two words the comparisons read ("more", "than" ...); NULL when none is. '=' says nothing more
 * than the number does; "!=" and "<>" say "other than". */
static const char *const *sign_before(const struct question *q, size_t i)
{
    const struct question_tok *a = &q->toks[i];
    /* "300k" is read as a word, turned into a number later (money.c); the word may be cut to
     * its buffer, so its own length counts, not the text's */
    size_t wl = strlen(a->word);
    int scaled = a->kind == QUESTION_WORD && wl >= 2 && isdigit((unsigned char)a->word[0]) &&
                 (a->word[wl - 1] == 'k' || a->word[wl - 1] == 'm');
    if (!q->text || (a->kind != QUESTION_NUMBER && !scaled))
        return NULL;
    size_t from = i > 0 ? q->toks[i - 1].off + q->toks[i - 1].len : 0;
    char sign[3] = {0};
    size_t n = 0;
    for (size_t k = from; k < q->toks[i].off; k++) {
        char c = q->text[k];
        if (c == '>' || c == '<' || c == '=' || c == '!') {
            if (n < 2)
                sign[n] = c;
            n++;
        } else if (c != ' ' && c != '$' && c != '\t') {
            n = 0; /* "(< 5)" reads; a sign apart from the number by other text does not */
            sign[0] = sign[1] = 0;
        }
    }
    if (n == 0 || n > 2)
        return NULL;
    static const char *const reads[][3] = {{">", "more", "than"},   {">=", "at", "least"},
                                           {"=>", "at", "least"},   {"<", "less", "than"},
                                           {"<=", "at", "most"},    {"=<", "at", "most"},
                                           {"!=", "other", "than"}, {"<>", "other", "than"}};
    for (size_t k = 0; k < sizeof reads / sizeof reads[0]; k++)
        if (strcmp(sign, reads[k][0]) == 0)
            return &reads[k][1];
    return NULL;
}

static void copy_token(struct nl_token *t, const struct question_tok *a)
{
    memset(t, 0, sizeof *t);
    t->kind = NL_TOK_WORD;
    memcpy(t->word, a->word, sizeof t->word);
    memcpy(t->stem, a->stem, sizeof t->stem);
}

int nl_tokens_from_question(const struct question *q, struct nl_token *toks, size_t max)
{
    size_t n = 0;
    int capitals = mostly_capitals(q);
    for (size_t i = 0; i < q->n_toks; i++) {
        const struct question_tok *a = &q->toks[i];
        if (word_at(q, i, "together") && word_at(q, i + 1, "with"))
            continue; /* "each orchestra together with its record company": with */
        size_t made = money_made(q, i);
        if (made) {
            /* "how much did we make in Q2": the money taken in, as "revenue" says it */
            if (add_word(toks, &n, max, "revenue", 1) != 0)
                return -1;
            i += made - 1;
            continue;
        }
        if (word_at(q, i, "as") && word_at(q, i + 1, "well") && word_at(q, i + 2, "as")) {
            if (add_word(toks, &n, max, "and", 0) != 0) /* "name as well as age": and */
                return -1;
            i += 2;
            continue;
        }
        if (pronoun_after_year(q, i))
            continue; /* "the year it opened": the year opened (Open_Year) */
        if (a->kind == QUESTION_WORD && strcmp(a->word, "of") == 0 && written_before(q, i, '#') &&
            add_word(toks, &n, max, "number", 1) != 0)
            return -1;
        /* "3+ days": a number written with '+' right after it is that number or more */
        int or_more = i > 0 && q->text && q->toks[i - 1].kind == QUESTION_NUMBER &&
                      q->text[q->toks[i - 1].off + q->toks[i - 1].len] == '+';
        if (or_more &&
            (add_word(toks, &n, max, "or", 0) != 0 || add_word(toks, &n, max, "more", 0) != 0))
            return -1;
        /* "stadiums + capacity", "sum of bonuses + mean bonus": '+' lists, as "and" does */
        if (!or_more && written_before(q, i, '+') && n > 0 &&
            strcmp(toks[n - 1].word, "and") != 0 && add_word(toks, &n, max, "and", 0) != 0)
            return -1;
        const char *const *sign = sign_before(q, i);
        if (sign &&
            (add_word(toks, &n, max, sign[0], 0) != 0 || add_word(toks, &n, max, sign[1], 0) != 0))
            return -1;
        if (n >= max)
            return -1;
        struct nl_token *t = &toks[n++];
        memset(t, 0, sizeof *t);
        t->kind = a->kind == QUESTION_NUMBER   ? NL_TOK_NUMBER
                  : a->kind == QUESTION_QUOTED ? NL_TOK_QUOTED
                                               : NL_TOK_WORD;
        _Static_assert(sizeof t->word == sizeof a->word && sizeof t->stem == sizeof a->stem,
                       "tier 0's tokens hold what the reader's hold");
        memcpy(t->word, a->word, sizeof t->word);
        memcpy(t->stem, a->stem, sizeof t->stem);
        t->num = a->num;
        t->is_int = a->is_int;
        t->percent = a->percent;
        t->currency = a->currency;
        t->upper = a->upper;
        if (i > 0 && q->text) {
            size_t from = q->toks[i - 1].off + q->toks[i - 1].len;
            for (size_t k = from; k < a->off; k++) {
                if (k == from && q->text[k] == '.' && number_abbrev(q, i - 1))
                    continue; /* "no. of templates": the abbreviation's dot ends nothing */
                t->new_sentence |= strchr(".?!;", q->text[k]) != NULL;
                t->after_comma |= q->text[k] == ',';
                /* "visitors under 30 - name + age": a dash between spaces parts as a comma */
                t->after_comma |=
                    q->text[k] == '-' && k > from && q->text[k - 1] == ' ' && q->text[k + 1] == ' ';
            }
            t->date_sep = a->kind == QUESTION_NUMBER && q->toks[i - 1].kind == QUESTION_NUMBER &&
                          a->off == from + 1 && (q->text[from] == '-' || q->text[from] == '/');
            /* "grade A", "region S" mid-sentence: a capital letter is a value, not the article
             * "a" or a stray "s" ("I" stays the pronoun) */
            t->upper |= a->kind == QUESTION_WORD && a->len == 1 && !t->new_sentence &&
                        isupper((unsigned char)q->text[a->off]) && q->text[a->off] != 'I' &&
                        !capitals;
        }
        const char *implied = how_adjective(q, i, n > 1 ? toks[n - 2].word : "");
        if (implied) {
            /* "..., and how old are they": their age, a column to show */
            set_word(t, "their", 0);
            if (add_word(toks, &n, max, implied, 1) != 0)
                return -1;
            i++; /* the adjective */
            static const char *const be[] = {"are", "is", "was", "were"};
            static const char *const who[] = {"they", "it", "he", "she", "those", "these"};
            for (size_t b = 0; b < 4; b++)
                if (word_at(q, i + 1, be[b]))
                    for (size_t w = 0; w < 6; w++)
                        if (word_at(q, i + 2, who[w])) {
                            i += 2; /* "are they": nothing more */
                            b = 4;
                            break;
                        }
            continue;
        }
        /* "venues along with where they are": their location; "people along with where they're
         * from": their origin; a column to show */
        size_t where = where_located(q, i);
        const char *place = where ? "location" : (where = where_from(q, i)) ? "origin" : NULL;
        if (place) {
            set_word(t, "their", 0);
            if (add_word(toks, &n, max, place, 1) != 0)
                return -1;
            i += where;
            continue;
        }
        if (i > 0 && word_at(q, i, "for") && word_at(q, i + 1, "how") &&
            word_at(q, i + 2, "much")) {
            /* "how many units have we sold, and for how much?": the money they brought in */
            set_word(t, "revenue", 1);
            i += 2;
            continue;
        }
        static const char *const after_r[] = {"there", "they",  "we",  "you", "u", "the",
                                              "these", "those", "all", "any", "in"};
        static const char *const before_u[] = {"do",   "did", "can", "could", "would",
                                               "will", "r",   "are", "have"};
        int next_in = WORD_AT_ANY(q, i + 1, after_r), prev_in = WORD_AT_ANY(q, i - 1, before_u);
        static const char *const period_lead[] = {"per",  "by",   "each", "every", "a",
                                                  "this", "last", "next", "prev",  "previous"};
        int lead = WORD_AT_ANY(q, i - 1, period_lead);
        if (lead && (word_at(q, i, "yr") || word_at(q, i, "yrs")))
            set_word(t, "year", 1); /* "signups per yr": the period, not a birth_yr column */
        else if (lead && (word_at(q, i, "mo") || word_at(q, i, "mos")))
            set_word(t, "month", 1);
        else if (word_at(q, i, "r") && !t->upper && next_in)
            set_word(t, "are", 0); /* "how many templates r there": texting's "are" */
        else if (word_at(q, i, "u") && !t->upper && prev_in)
            set_word(t, "you", 0); /* "can u list ..." */
        else if (since_start_of(q, i))
            i += 3; /* "since the start of 2024": since 2024, not in it */
        else if (live_adjective(q, i))
            set_word(t, "liveness", 0); /* "live courses": a state no filler word drops */
        else if (number_abbrev(q, i))
            set_word(t, "number", 1); /* "no. of templates", "version no." */
        else if (strcmp(t->word, "thru") == 0)
            set_word(t, "through", 0); /* "units sold thru the store" */
        else if (strcmp(t->word, "rev") == 0)
            set_word(t, "revenue", 1); /* "rev by month": the layer's revenue, as written out */
        if (slash_short_form(q, i, t)) {
            i += strcmp(t->word, "without") == 0; /* the "o" of "w/o" */
        } else if (strcmp(t->word, "alongside") == 0) {
            set_word(t, "with", 0); /* "orchestras alongside their labels" */
        }
        /* "museums with zero visits", "contestants who received zero votes": none of them, as
         * "no visits" says; "a killed count of zero" stays the number */
        if (strcmp(a->word, "zero") == 0 && i + 1 < q->n_toks &&
            q->toks[i + 1].kind == QUESTION_WORD) {
            t->kind = NL_TOK_WORD;
            set_word(t, "no", 0);
        }
        size_t name;
        int and_said;
        if (first_and_last(q, i, &name, &and_said)) {
            /* "first and last name" read as "first name and last name" */
            if (n + 2 > max)
                return -1;
            copy_token(&toks[n++], &q->toks[name]);
            if (!and_said)
                add_word(toks, &n, max, "and", 0); /* room checked above */
        }
    }
    /* "students whose grade is a": an article ends no sentence; a letter that does is a value */
    for (size_t i = 1; i < n; i++)
        if (toks[i].kind == NL_TOK_WORD && toks[i].word[0] && !toks[i].word[1] &&
            strcmp(toks[i].word, "i") != 0 && (i + 1 == n || toks[i + 1].new_sentence))
            toks[i].upper = 1;
    return (int)n;
}

int nl_word_in(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (w[0] == list[k][0] && strcmp(w, list[k]) == 0) /* the first byte rules out most */
            return 1;
    return 0;
}
