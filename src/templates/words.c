/* The content words of a question, as templates compare them: stems, with the words that say the
 * same operation folded to one canonical word ("average" and "mean" are #avg, "more than" and
 * "above" are #gt, every negation is #not) and function words dropped. Two questions with the
 * same content words ask the same thing of the same columns; a word that changes the meaning (a
 * negation, another aggregate, another column) changes the set. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/forms.h"
#include "templates/tmpl_int.h"
#include "templates/words.h"

#include "util/banned.h"

/* Words that carry no meaning a query depends on. */
static const char *const stop_words[] = {
    "a",     "an",    "the",    "of",     "is",    "are",   "was",    "were",  "be",    "been",
    "being", "what",  "which",  "who",    "whom",  "whose", "show",   "list",  "give",  "find",
    "tell",  "display", "return", "get",  "me",    "us",    "please", "can",   "could", "would",
    "you",   "i",     "we",     "do",     "does",  "did",   "there",  "that",  "those", "these",
    "this",  "it",    "its",    "their",  "them",  "they",  "all",    "and",   "also",  "as",
    "named", "called", "have",  "has",    "had",   "having", "with",  "than",  "how",   "s",
    "provide", "output", "retrieve", "whats", "everything", "any", "much", "for",
    /* where rows are taken from: "across all museums", "within Asia", "among players" */
    "across", "within", "among", "amongst", "during",
    /* what "have" says: "shops that carry / contain / include more than 10 products" */
    "carry", "carries", "carrying", "contain", "contains", "containing", "include", "includes",
    "hold", "holds", "holding", "held",
    /* "get" in its forms: "ships that got wrecked", "the museum that got the biggest spend" */
    "got", "gets", "getting", "gotten",
    /* pronouns that point back to a value the question names ("which level does he hold") */
    "he", "she", "his", "her", "him", "hers",
    /* where a value is: "from Kenya", "in Kenya", "based in Kenya" */
    "in", "from", "at", "on", "located", "based", "come", "comes", "live", "lives", "living",
    "reside", "resides", "residing", "belong", "belongs", "belonging", "exist", "exists",
    "registered", "recorded", "listed", "stored", "known", "where",
    "information", "info", "details", "data", "record", "records", "entries", "entry",
    "corresponding", "respective", "respectively", "whose",
    /* chat spellings of "please" */
    "pls", "plz",
};

/* Words and phrases (token words, one space apart) folded to a canonical word; longer phrases
 * come first, so that "no more than" is not read as "no". */
static const struct {
    const char *phrase;
    const char *canon;
} folds[] = {
    {"no more than", "#le"},  {"not more than", "#le"}, {"no less than", "#ge"},
    {"not less than", "#ge"}, {"how many", "#count"},   {"more than", "#gt"},
    {"greater than", "#gt"},  {"larger than", "#gt"},   {"higher than", "#gt"},
    {"bigger than", "#gt"},   {"less than", "#lt"},     {"fewer than", "#lt"},
    {"lower than", "#lt"},    {"smaller than", "#lt"},  {"at least", "#ge"},
    {"at most", "#le"},       {"or more", "#ge"},       {"or less", "#le"},
    {"or fewer", "#le"},      {"or above", "#ge"},      {"or below", "#le"},
    /* one verb in other words: "opened their doors" opened, "set up" founded, "went down"
     * (a ship) was lost, "took effect" became effective, "went to" visited */
    {"opened their doors", "open"}, {"opened its doors", "open"}, {"open their doors", "open"},
    {"open its doors", "open"},     {"set up", "found"},          {"went down", "lose"},
    {"gone down", "lose"},          {"took effect", "effect"},    {"take effect", "effect"},
    {"takes effect", "effect"},     {"taken effect", "effect"},   {"went to", "visit"},
    {"gone to", "visit"},           {"been to", "visit"},
    {"or later", "#ge"},      {"or earlier", "#le"},    {"or lower", "#le"},
    {"or higher", "#ge"},     {"or greater", "#ge"},    {"onwards", "#ge"},
    {"onward", "#ge"},        {"sum up", "#sum"},       {"add up", "#sum"},       {"altogether", "#sum"},
    /* "took place at X" says where, as "held in X" does: nothing the query depends on */
    {"took place", ""},       {"take place", ""},       {"takes place", ""},
    {"taking place", ""},     {"taken place", ""},
    /* "the conductor in charge of X" says how the two meet, as "of" does */
    {"in charge of", ""},

    {"count", "#count"},      {"average", "#avg"},     {"mean", "#avg"},
    {"avg", "#avg"},          {"total", "#sum"},       {"sum", "#sum"},
    {"maximum", "#max"},      {"max", "#max"},         {"highest", "#max"},
    {"largest", "#max"},      {"biggest", "#max"},     {"greatest", "#max"},
    {"minimum", "#min"},      {"min", "#min"},         {"lowest", "#min"},
    {"smallest", "#min"},     {"not", "#not"},         {"no", "#not"},
    {"never", "#not"},        {"without", "#not"},     {"none", "#not"},
    {"except", "#not"},       {"excluding", "#not"},   {"neither", "#not"},
    {"nor", "#not"},          {"distinct", "#distinct"}, {"different", "#distinct"},
    {"unique", "#distinct"},  {"sort", "#order"},      {"sorted", "#order"},
    {"order", "#order"},      {"ordered", "#order"},   {"arrange", "#order"},
    {"arranged", "#order"},   {"ascending", "#asc"},   {"increasing", "#asc"},
    {"alphabetical", "#asc"}, {"alphabetically", "#asc"}, {"descending", "#desc"},
    {"decreasing", "#desc"},  {"above", "#gt"},        {"over", "#gt"},
    {"exceeding", "#gt"},     {"exceeds", "#gt"},      {"exceed", "#gt"},
    {"after", "#gt"},         {"later", "#gt"},        {"greater", "#gt"},
    {"larger", "#gt"},        {"bigger", "#gt"},       {"higher", "#gt"},
    {"more", "#gt"},          {"below", "#lt"},        {"under", "#lt"},
    {"before", "#lt"},        {"earlier", "#lt"},      {"less", "#lt"},
    {"fewer", "#lt"},         {"lower", "#lt"},        {"smaller", "#lt"},
    {"older", "#gt"},         {"taller", "#gt"},       {"heavier", "#gt"},
    {"longer", "#gt"},        {"younger", "#lt"},      {"shorter", "#lt"},
    {"lighter", "#lt"},       {"cheaper", "#lt"},      {"most", "#max"},
    {"oldest", "#max"},       {"tallest", "#max"},     {"heaviest", "#max"},
    {"youngest", "#min"},     {"shortest", "#min"},    {"lightest", "#min"},
    {"cheapest", "#min"},
    {"top", "#max"},          {"least", "#min"},       {"fewest", "#min"},
    {"each", "#per"},         {"per", "#per"},         {"every", "#per"},
    {"by", "#per"},           {"into", "to"},
};

/* Stems that are forms of one word (a verb's past, its action noun), the first standing for
 * all: "spent" is "spend", "sold" and "sales" are "sell"; not verbs that are nouns as well
 * ("made" would name a car's make). And a few verbs of one meaning: "shown" on a channel is
 * "aired". */
static const char *const morphs[][TM_MORPH_MAX + 1] = {
    {"spend", "spent"},          {"sell", "sold", "sale"},     {"buy", "bought", "purchas"},
    {"pay", "paid", "payment"},  {"win", "won"},               {"lose", "lost", "loss"},
    {"build", "built"},          {"write", "wrote", "written"}, {"sing", "sang", "sung"},
    {"teach", "taught"},         {"give", "gave", "given"},    {"take", "took", "taken"},
    {"begin", "began", "begun"}, {"drive", "drove", "driven"},
    {"found", "establish"},      {"type", "kind"},
    {"air", "broadcast", "shown", "televis"},
};

const char *tm_words_morph(const char *stem)
{
    for (size_t g = 0; g < sizeof morphs / sizeof morphs[0]; g++)
        for (size_t k = 1; k <= TM_MORPH_MAX && morphs[g][k]; k++)
            if (strcmp(stem, morphs[g][k]) == 0)
                return morphs[g][0];
    return NULL;
}

size_t tm_words_morph_forms(const char *canon, const char **out, size_t cap)
{
    for (size_t g = 0; g < sizeof morphs / sizeof morphs[0]; g++) {
        if (strcmp(canon, morphs[g][0]) != 0)
            continue;
        size_t n = 0;
        for (size_t k = 1; k <= TM_MORPH_MAX && morphs[g][k] && n < cap; k++)
            out[n++] = morphs[g][k];
        return n;
    }
    return 0;
}

/* "number of" counts unless a word before it makes it a column ("the phone number of"). */
static const char *const count_openers[] = {"the", "a", "total", "what", "how", "find", "show",
                                            "give", "count", "list", "tell", "return", "get"};

static int in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define TM_WORDS_EVERY 8

/* The token words of q from i match phrase (tokens not masked). Returns the tokens it covers. */
static size_t phrase_at(const struct question *q, const unsigned char *mask, size_t i,
                        const char *phrase)
{
    size_t k = i;
    const char *p = phrase;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        if (k >= q->n_toks || (mask && mask[k]) || q->toks[k].kind != QUESTION_WORD ||
            strlen(q->toks[k].word) != n || strncmp(q->toks[k].word, p, n) != 0)
            return 0;
        k++;
        p += n + (sp ? 1 : 0);
    }
    return k - i;
}

/* "Name the 2 heaviest cars": "name" opening a question before "the", "all" or a number is the
 * verb "list" ("Name of the oldest singer" keeps its noun). */
static int name_verb(const struct question *q, size_t i)
{
    static const char *const next[] = {"the", "all", "every", "each", "any"};
    if (i != 0 || q->n_toks < 2 || strcmp(q->toks[0].word, "name") != 0)
        return 0;
    return q->toks[1].kind == QUESTION_NUMBER || in_list(q->toks[1].word, next, N_OF(next));
}

/* "by" after a participle names who did it ("visited by Ann", "written by", "made by"): a
 * function word, unless the participle arranges rows ("grouped by", "sorted by", "listed by"),
 * where "by" is the grouping it folds to, or a number follows ("built by 1990": until when). */
static int agent_by(const struct question *q, size_t i)
{
    static const char *const irregular[] = {"written", "made", "taken", "given", "seen", "done",
                                            "known", "shown", "held", "sold", "bought", "built",
                                            "led", "won", "drawn", "sung", "driven", "paid",
                                            "taught", "kept", "owned", "run", "hit", "spent"};
    static const char *const arranging[] = {"grouped", "sorted", "ordered", "arranged", "ranked",
                                            "listed", "divided", "categorized", "categorised",
                                            "partitioned", "aggregated", "counted", "summed",
                                            "totaled", "totalled", "averaged", "split", "broken",
                                            "classified", "segmented", "organized", "organised"};
    if (i == 0 || strcmp(q->toks[i].word, "by") != 0 || q->toks[i - 1].kind != QUESTION_WORD)
        return 0;
    if (i + 1 < q->n_toks && q->toks[i + 1].kind == QUESTION_NUMBER)
        return 0; /* "held by 2021" says until when */
    const char *w = q->toks[i - 1].word;
    size_t n = strlen(w);
    if (in_list(w, arranging, N_OF(arranging)))
        return 0;
    return (n > 3 && strcmp(w + n - 2, "ed") == 0) || in_list(w, irregular, N_OF(irregular));
}

/* "in millions", "in dollars" with no number before: the unit a shown quantity is given in
 * ("viewer count in millions"), nothing the query depends on. Tokens from i, or 0. */
static size_t unit_phrase(const struct question *q, size_t i)
{
    static const char *const units[] = {"thousand", "thousands", "million", "millions",
                                        "billion", "billions", "dollars", "usd", "euros",
                                        "cm", "kg", "meters", "metres"};
    if (strcmp(q->toks[i].word, "in") != 0 || i + 1 >= q->n_toks ||
        q->toks[i + 1].kind != QUESTION_WORD || !in_list(q->toks[i + 1].word, units, N_OF(units)))
        return 0;
    return i > 0 && q->toks[i - 1].kind == QUESTION_NUMBER ? 0 : 2;
}

/* "to" after "belong": "dogs that belong to owners in Ohio" are "dogs of owners in Ohio". */
static int belong_to(const struct question *q, size_t i)
{
    static const char *const belong[] = {"belong", "belongs", "belonging", "belonged"};
    return i > 0 && strcmp(q->toks[i].word, "to") == 0 &&
           in_list(q->toks[i - 1].word, belong, N_OF(belong));
}

static int number_of_counts(const struct question *q, const unsigned char *mask, size_t i)
{
    if (!phrase_at(q, mask, i, "number of"))
        return 0;
    return i == 0 || in_list(q->toks[i - 1].word, count_openers, N_OF(count_openers));
}

/* Words after a number that only say its unit ("190 cm", "over 30 years old", "above 7 years of
 * age"): tokens from i that are one, or 0. A number of years is a unit only after a comparison
 * ("the 3 years with most sales" counts years). */
static size_t unit_at(const struct question *q, size_t i, int compared)
{
    static const char *const units[] = {"cm", "mm", "km", "kg", "lb", "lbs", "pounds", "dollars",
                                        "usd", "euros", "percent", "meters", "metres", "miles"};
    /* what a compared count is counted in: "holding more than 4,000 people" */
    static const char *const heads[] = {"people", "persons", "inhabitants", "residents"};
    if (i == 0 || i >= q->n_toks || q->toks[i].kind != QUESTION_WORD)
        return 0;
    size_t num = i - 1;
    if (num > 0 && tm_words_multiplier(q, num) > 0)
        num--; /* "1 million people": the unit follows the multiplier */
    if (q->toks[num].kind != QUESTION_NUMBER)
        return 0;
    if (in_list(q->toks[i].word, units, N_OF(units)))
        return 1;
    if (compared && in_list(q->toks[i].word, heads, N_OF(heads)))
        return 1;
    if (!compared || (strcmp(q->toks[i].word, "years") != 0 && strcmp(q->toks[i].word, "year") != 0))
        return 0;
    if (i + 1 < q->n_toks && strcmp(q->toks[i + 1].word, "old") == 0)
        return 2;
    if (i + 2 < q->n_toks && strcmp(q->toks[i + 1].word, "of") == 0 &&
        strcmp(q->toks[i + 2].word, "age") == 0)
        return 3;
    return 1;
}

static int comparison(const char *canon)
{
    return canon && (strcmp(canon, "#gt") == 0 || strcmp(canon, "#lt") == 0 ||
                     strcmp(canon, "#ge") == 0 || strcmp(canon, "#le") == 0);
}

/* The dimension a comparative or a superlative compares ("taller than 190", "the tallest": a
 * height): the question names it as surely as "a height above 190" does. */
static const char *comparative_dimension(const char *w)
{
    static const char *const dims[][2] = {
        {"older", "age"},     {"younger", "age"},    {"taller", "height"}, {"shorter", "height"},
        {"heavier", "weight"}, {"lighter", "weight"}, {"cheaper", "price"},
        {"oldest", "age"},    {"youngest", "age"},   {"tallest", "height"}, {"shortest", "height"},
        {"heaviest", "weight"}, {"lightest", "weight"}, {"cheapest", "price"},
    };
    for (size_t i = 0; i < N_OF(dims); i++)
        if (strcmp(w, dims[i][0]) == 0)
            return dims[i][1];
    return NULL;
}

static int aggregate(const char *canon)
{
    static const char *const aggs[] = {"#count", "#avg", "#sum", "#max", "#min"};
    return in_list(canon, aggs, N_OF(aggs));
}

/* State of one reading, for the words whose sense depends on what came before. */
struct reading {
    int compared; /* the last operation read was a comparison */
    int extreme;  /* a maximum or minimum was read */
    int number;   /* a number was read */
    int per;      /* a grouping was read */
};

/* "by" in "the top 5 episodes by viewers" names what ranks them, not a grouping: after an
 * extreme and a number, before any grouping; "ranked" before it says the same. */
static size_t ranking_by(const struct question *q, size_t i, const struct reading *r)
{
    if (!r->extreme || !r->number || r->per || q->toks[i].kind != QUESTION_WORD)
        return 0;
    if (strcmp(q->toks[i].word, "by") == 0)
        return 1;
    if ((strcmp(q->toks[i].word, "ranked") == 0 || strcmp(q->toks[i].word, "sorted") == 0 ||
         strcmp(q->toks[i].word, "ordered") == 0) &&
        i + 1 < q->n_toks && strcmp(q->toks[i + 1].word, "by") == 0)
        return 2;
    return 0;
}

size_t tm_words_content(const struct question *q, const unsigned char *mask,
                        char (*out)[TM_WORD], size_t cap)
{
    size_t n = 0, every[TM_WORDS_EVERY], n_every = 0;
    struct reading r = {0};
    int agg = 0;
    for (size_t i = 0; i < q->n_toks && n < cap; i++) {
        const struct question_tok *t = &q->toks[i];
        size_t skip = unit_at(q, i, r.compared);
        if (skip) {
            /* "over 30 years old", "above 7 years of age": an age */
            if (skip > 1 && n < cap)
                question_stem("age", 3, out[n++]);
            i += skip - 1;
            continue;
        }
        if ((skip = ranking_by(q, i, &r)) > 0 || (skip = unit_phrase(q, i)) > 0) {
            i += skip - 1;
            continue;
        }
        r.number |= t->kind == QUESTION_NUMBER;
        if (mask && mask[i])
            continue;
        /* "capacity-wise" is "by capacity": the word before names what ranks or is meant */
        if (i > 0 && t->kind == QUESTION_WORD && strcmp(t->word, "wise") == 0 && t->off > 0 &&
            q->text[t->off - 1] == '-')
            continue;
        const char *canon = NULL;
        size_t used = 1;
        if (t->negation) {
            canon = "#not";
        } else if (t->kind == QUESTION_QUOTED) {
            out[n][0] = '\'';
            snprintf(out[n++] + 1, TM_WORD - 1, "%.*s", TM_WORD - 2, t->stem);
            continue;
        } else if (t->kind == QUESTION_NUMBER) {
            snprintf(out[n++], TM_WORD, "%s", t->word);
            continue;
        } else if (agent_by(q, i) || belong_to(q, i)) {
            continue;
        } else if (number_of_counts(q, mask, i)) {
            canon = "#count";
            used = 2;
        } else {
            for (size_t p = 0; p < N_OF(folds) && !canon; p++)
                if ((used = phrase_at(q, mask, i, folds[p].phrase)) > 0)
                    canon = folds[p].canon;
            if (!canon) {
                used = 1;
                if (in_list(t->word, stop_words, N_OF(stop_words)) || name_verb(q, i))
                    continue;
            }
        }
        if (canon && !canon[0]) { /* a phrase that says nothing the query depends on */
            i += used - 1;
            continue;
        }
        if (canon && strcmp(canon, "#per") == 0 &&
            (strcmp(t->word, "every") == 0 || strcmp(t->word, "each") == 0) && n_every < N_OF(every))
            every[n_every++] = n;
        const char *morph = canon ? NULL : tm_words_morph(t->stem);
        snprintf(out[n++], TM_WORD, "%s", canon ? canon : morph ? morph : t->stem);
        const char *dim = used == 1 ? comparative_dimension(t->word) : NULL;
        if (dim && n < cap)
            question_stem(dim, strlen(dim), out[n++]);
        if (canon && canon[0] == '#') {
            r.compared = comparison(canon);
            r.extreme |= strcmp(canon, "#max") == 0 || strcmp(canon, "#min") == 0;
            r.per |= strcmp(canon, "#per") == 0;
            agg |= aggregate(canon);
        }
        i += used - 1;
    }
    /* "every shop with over 5000 products" lists the shops: with no aggregate, "every" and
     * "each" group nothing */
    for (size_t k = n_every; k-- > 0 && !agg;) {
        memmove(out[every[k]], out[every[k] + 1], (n - every[k] - 1) * sizeof out[0]);
        n--;
    }
    return n;
}

size_t tm_words_before(const struct question *q, const unsigned char *mask, size_t at,
                       char (*out)[TM_WORD], size_t cap)
{
    unsigned char *m = calloc(q->n_toks + 1, 1);
    if (!m)
        return 0;
    for (size_t i = 0; i < q->n_toks; i++)
        m[i] = i >= at || (mask && mask[i]);
    size_t n = tm_words_content(q, m, out, cap);
    free(m);
    return tm_words_set(out, n);
}

static int cmp_word(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

size_t tm_words_set(char (*w)[TM_WORD], size_t n)
{
    if (n < 2)
        return n;
    qsort(w, n, TM_WORD, cmp_word);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (strcmp(w[i], w[k - 1]) != 0)
            memmove(w[k++], w[i], TM_WORD);
    return k;
}

int tm_words_has(char (*set)[TM_WORD], size_t n, const char *w)
{
    return bsearch(w, set, n, TM_WORD, cmp_word) != NULL;
}

const char *tm_words_fold(const char *w)
{
    for (size_t p = 0; p < N_OF(folds); p++)
        if (!strchr(folds[p].phrase, ' ') && strcmp(folds[p].phrase, w) == 0)
            return folds[p].canon;
    return NULL;
}

int tm_words_temporal(const struct question *q, const unsigned char *mask)
{
    static const char *const time_words[] = {"before", "after", "since", "until", "till",
                                             "onwards", "onward", "earlier", "later", "prior"};
    for (size_t i = 0; i < q->n_toks; i++)
        if (!(mask && mask[i]) && q->toks[i].kind == QUESTION_WORD &&
            in_list(q->toks[i].word, time_words, N_OF(time_words)))
            return 1;
    return 0;
}

int tm_words_stop(const char *w)
{
    return in_list(w, stop_words, N_OF(stop_words));
}

int tm_words_form_ok(const char *span)
{
    size_t n = strlen(span), caps = 0;
    for (size_t i = 0; i < n; i++)
        caps += isupper((unsigned char)span[i]) != 0;
    return n >= 4 || (n >= 2 && caps == n);
}

static const char *const months[12] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};

int tm_words_month(const struct question *q, size_t i)
{
    if (i >= q->n_toks || q->toks[i].kind != QUESTION_WORD)
        return 0;
    for (int m = 0; m < 12; m++)
        if (strcmp(q->toks[i].word, months[m]) == 0)
            return m != 4 || (i + 1 < q->n_toks && q->toks[i + 1].kind == QUESTION_NUMBER) ? m + 1
                                                                                            : 0;
    return 0;
}

int tm_words_pronoun(const struct question *q, size_t i)
{
    static const char *const before[] = {"which", "the", "that", "this", "each", "any", "every"};
    const struct question_tok *t = &q->toks[i];
    if (t->kind != QUESTION_NUMBER || strcmp(t->word, "one") != 0)
        return 0;
    return i > 0 && in_list(q->toks[i - 1].word, before, N_OF(before));
}

double tm_words_multiplier(const struct question *q, size_t i)
{
    static const struct {
        const char *w;
        double mult;
    } mults[] = {{"thousand", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"billion", 1e9},
                 {"billions", 1e9}};
    if (i == 0 || i >= q->n_toks || q->toks[i - 1].kind != QUESTION_NUMBER ||
        q->toks[i].kind != QUESTION_WORD)
        return 0;
    for (size_t k = 0; k < N_OF(mults); k++)
        if (strcmp(q->toks[i].word, mults[k].w) == 0)
            return mults[k].mult;
    return 0;
}

size_t tm_words_tok_end(const struct question *q, size_t i)
{
    const struct question_tok *t = &q->toks[i];
    size_t n = strlen(t->word);
    if (t->kind == QUESTION_WORD && n < t->len && q->text[t->off + n] == '\'')
        return t->off + n; /* "Bettencourt's" ends the value "Bettencourt" */
    return t->off + t->len;
}

/* Forms of a people's or a continent's adjective ("Bulgarian", "Asian", "Italian",
 * "Japanese") that may be its name as stored: the caller tests each against one column's
 * values, so a wrong guess finds nothing. */
static const struct {
    const char *end, *put;
} adjective_ends[] = {
    {"an", "a"}, {"ian", ""}, {"ian", "y"}, {"ese", ""}, {"ese", "a"}, {"i", ""},
};

int tm_words_forms_each(const char *text, int (*fn)(const char *form, void *arg), void *arg)
{
    int rc = value_forms_each(text, fn, arg);
    size_t n = strlen(text);
    char form[TM_WORD * 2];
    if (rc || n < 4 || n + 2 >= sizeof form)
        return rc;
    for (size_t i = 0; i < N_OF(adjective_ends) && !strchr(text, ' '); i++) {
        size_t e = strlen(adjective_ends[i].end);
        if (!isupper((unsigned char)text[0]) || n < e + 3 ||
            strcmp(text + n - e, adjective_ends[i].end) != 0)
            continue;
        snprintf(form, sizeof form, "%.*s%s", (int)(n - e), text, adjective_ends[i].put);
        if ((rc = fn(form, arg)) != 0)
            return rc;
    }
    /* a plural of a stored singular: "presentations" for 'Presentation' */
    if (text[n - 1] == 's' && text[n - 2] != 's') {
        snprintf(form, sizeof form, "%.*s", (int)(n - 1), text);
        if ((rc = fn(form, arg)) != 0)
            return rc;
        if (n > 4 && text[n - 2] == 'e' && strchr("hsxz", text[n - 3])) {
            snprintf(form, sizeof form, "%.*s", (int)(n - 2), text);
            rc = fn(form, arg);
        }
    }
    return rc;
}
