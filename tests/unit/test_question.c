/* The question reader (util/question): tokens, stems, numbers, quoted values, cue classes and
 * synonyms; and that tier 0's tokens, filled from it, hold the same fields. */
#include <libstemmer.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl/nl_int.h"
#include "test.h"
#include "util/question.h"

#include "util/banned.h"

static struct question *rd(const char *text)
{
    struct question *q = NULL;
    CHECK_INT(question_read(text, &q), 0);
    return q;
}

/* The tokens' words joined by '|'. */
static const char *toks_str(const struct question *q, int stems)
{
    static char out[512];
    size_t k = 0;
    out[0] = '\0';
    for (size_t i = 0; i < q->n_toks; i++) {
        const char *w = stems ? q->toks[i].stem : q->toks[i].word;
        if (i && k + 1 < sizeof out)
            out[k++] = '|';
        for (; *w && k + 1 < sizeof out; w++)
            out[k++] = *w;
        out[k] = '\0';
    }
    return out;
}

static void test_words_and_stems(void)
{
    struct question *q = rd("Which Customers haven't placed orders in the section_name field?");
    CHECK_STR(toks_str(q, 0), "which|customers|have|not|placed|orders|in|the|section|name|field");
    CHECK_STR(toks_str(q, 1), "which|custom|have|not|place|order|in|the|section|name|field");
    CHECK_INT(q->toks[3].negation, 1);
    CHECK_INT(q->toks[3].len, 0);
    /* a token spans what it was read from, the contraction included */
    CHECK_INT(q->toks[2].len, strlen("haven't"));
    CHECK(strncmp(q->text + q->toks[2].off, "haven't", 7) == 0);
    CHECK_INT(q->n_blank_words, 9);
    /* surface words keep the contraction */
    CHECK_STR(q->words[2].w, "haven't");
    question_free(q);

    q = rd("Orders shipped to the US by UPS");
    CHECK_INT(q->toks[4].upper, 1);
    CHECK_INT(q->toks[0].upper, 0);
    question_free(q);
    q = rd("HOW MANY ORDERS ARE THERE");
    CHECK_INT(q->toks[0].upper, 0); /* all capitals: nothing is an abbreviation */
    question_free(q);
    q = rd(NULL);
    CHECK_INT(q->n_toks, 0);
    CHECK_INT(q->n_words, 0);
    CHECK_INT(q->cues, 0);
    question_free(q);
}

static void test_numbers(void)
{
    struct question *q =
        rd("Orders over 1,000 units, above $500, with 3.5% off, in q1 and 2023s, ten of them");
    CHECK_STR(toks_str(q, 0),
              "orders|over|1,000|units|above|500|with|3.5|off|in|q1|and|2023s|ten|of|them");
    CHECK_INT(q->toks[2].kind, QUESTION_NUMBER);
    CHECK(q->toks[2].num == 1000);
    CHECK_INT(q->toks[2].is_int, 1);
    CHECK_INT(q->toks[5].kind, QUESTION_NUMBER);
    CHECK(q->toks[5].num == 500);
    CHECK_INT(q->toks[5].currency, 1);
    CHECK_INT(q->toks[2].currency, 0);
    CHECK_INT(q->toks[7].kind, QUESTION_NUMBER);
    CHECK(q->toks[7].num == 3.5);
    CHECK_INT(q->toks[7].is_int, 0);
    CHECK_INT(q->toks[7].percent, 1);
    CHECK_INT(q->toks[10].kind, QUESTION_WORD); /* q1 */
    CHECK_INT(q->toks[12].kind, QUESTION_WORD); /* 2023s */
    CHECK_INT(q->toks[13].kind, QUESTION_NUMBER);
    CHECK(q->toks[13].num == 10);
    /* surface words drop the thousands separator and keep the decimal point */
    CHECK_STR(q->words[2].w, "1000");
    CHECK_STR(q->words[7].w, "3.5");
    question_free(q);
    q = rd("Costs in \xE2\x82\xAC"
           "20 or $30 in 2014.");
    CHECK_INT(q->toks[2].kind, QUESTION_WORD); /* a euro sign is a word byte, as in tier 0 */
    CHECK_INT(q->toks[4].currency, 1);
    CHECK_INT(q->toks[6].currency, 0);
    CHECK_STR(q->toks[6].word, "2014");
    CHECK(q->cues & QCUE_TIME); /* a year */
    question_free(q);
    /* a % sign of its own is the word; after a number it marks the number */
    q = rd("what % of orders have 10% off?");
    CHECK_STR(toks_str(q, 0), "what|percent|of|orders|have|10|off");
    CHECK_INT(q->toks[1].kind, QUESTION_WORD);
    CHECK_INT(q->toks[5].percent, 1);
    question_free(q);
    /* "2.5k" and "1.2M" stay one word for tier 0's amounts (as "5k" is); "2.5 kg" does not */
    q = rd("orders over 2.5k or under 1.2M, not 2.5 kg or v2.5k");
    CHECK_STR(toks_str(q, 0), "orders|over|2.5k|or|under|1.2m|not|2.5|kg|or|v2|5k");
    question_free(q);
}

static void test_quoted(void)
{
    struct question *q =
        rd("Singers from 'New York' named \"Bob \" or \xE2\x80\x9CSpain\xE2\x80\x9D");
    CHECK_INT(q->n_values, 3);
    CHECK_STR(q->values[0], "New York");
    CHECK_STR(q->values[1], "Bob"); /* blanks trimmed */
    CHECK_STR(q->values[2], "Spain");
    CHECK_INT(q->toks[2].kind, QUESTION_QUOTED);
    CHECK_STR(q->toks[2].word, "New York");
    CHECK_STR(q->toks[2].stem, "new york");
    question_free(q);
    /* apostrophes quote nothing */
    q = rd("What is the singer's name and the concert's year?");
    CHECK_INT(q->n_values, 0);
    for (size_t i = 0; i < q->n_toks; i++)
        CHECK(q->toks[i].kind != QUESTION_QUOTED);
    question_free(q);
    /* an unterminated quote is no value */
    q = rd("Name is 'Bob");
    CHECK_INT(q->n_values, 0);
    CHECK_STR(toks_str(q, 0), "name|is|bob");
    question_free(q);
}

static unsigned cues_of(const char *text)
{
    struct question *q = rd(text);
    unsigned c = q ? q->cues : 0;
    question_free(q);
    return c;
}

static void test_cues(void)
{
    unsigned c = cues_of("How many singers are older than the average?");
    CHECK(c & QCUE_COUNT);
    CHECK(c & QCUE_HOW_MANY);
    CHECK(c & QCUE_AGG);
    CHECK(c & QCUE_CMP);
    CHECK(c & QCUE_NEST);
    CHECK(!(c & QCUE_NEG));
    c = cues_of("Singers who don\xE2\x80\x99t sing, sorted by age");
    CHECK(c & QCUE_NEG);
    CHECK(c & QCUE_ORDER);
    CHECK(c & QCUE_MULTI); /* by */
    /* whole words only: "count" is not in "country", "not" not in "note" */
    c = cues_of("Show the country of the note");
    CHECK(!(c & (QCUE_COUNT | QCUE_NEG)));
    /* openers only at the start */
    c = cues_of("List all the products");
    CHECK(c & QCUE_OPEN_ALL);
    CHECK(c & QCUE_OPEN_LIST);
    CHECK(c & QCUE_OPEN_PLURAL);
    c = cues_of("Products, list all");
    CHECK(!(c & (QCUE_OPEN_ALL | QCUE_OPEN_LIST)));
    c = cues_of("What share of sales comes from each region since 2020?");
    CHECK(c & QCUE_SHARE);
    CHECK(c & QCUE_GROUP);
    CHECK(c & QCUE_TIME);
    c = cues_of("different names of the youngest");
    CHECK(c & QCUE_DISTINCT);
    CHECK(c & QCUE_EXTREME);
    /* the classes the checks of a model's answer read */
    c = cues_of("average spend per tier");
    CHECK((c & QCUE_AMOUNT) && (c & QCUE_MEAN) && (c & QCUE_BREAKDOWN) && (c & QCUE_GROUP));
    c = cues_of("total sales by region");
    CHECK((c & QCUE_AMOUNT) && !(c & QCUE_MEAN) && (c & QCUE_BREAKDOWN) && !(c & QCUE_GROUP));
    CHECK(cues_of("gold and silver") & QCUE_ALT);
    CHECK(cues_of("what tables are there") & QCUE_SCHEMA);
    CHECK(!(cues_of("how many customers") & (QCUE_AMOUNT | QCUE_SCHEMA | QCUE_BREAKDOWN)));
    /* hits are counted per cue */
    struct question *q = rd("count each count per each");
    size_t n;
    const struct question_cue_def *t = question_cues(&n);
    int each = -1;
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i].phrase, "each") == 0)
            each = (int)i;
    CHECK(each >= 0);
    CHECK_INT(each >= 0 ? q->cue_hits[each] : 0, 2);
    CHECK_INT(question_phrase_at(q, 1, "each count"), 2);
    CHECK_INT(question_phrase_at(q, 1, "each per"), 0);
    question_free(q);
    /* every phrase is lower case words one space apart; a weighted cue has one router class */
    for (size_t i = 0; i < n; i++) {
        const char *p = t[i].phrase;
        int ok = p[0] && p[0] != ' ' && p[strlen(p) - 1] != ' ' && !strstr(p, "  ");
        for (; *p; p++)
            ok &= (*p >= 'a' && *p <= 'z') || *p == ' ' || *p == '\'';
        CHECK(ok);
        unsigned r = t[i].classes & (QCUE_AGG | QCUE_CMP | QCUE_NEST | QCUE_SET | QCUE_GROUP);
        if (t[i].weight > 0)
            CHECK(r && !(r & (r - 1)));
        for (size_t j = 0; j < i; j++)
            CHECK(strcmp(t[i].phrase, t[j].phrase) != 0 || t[i].at_start != t[j].at_start);
    }
}

/* The cue table is written as groups and expanded on first use; these rows, at group edges,
 * and the count pin the expansion to the table as it was written row by row. */
static void test_cue_rows(void)
{
    static const struct {
        size_t i;
        const char *phrase;
        unsigned classes;
        int at_start;
        double weight;
    } rows[] = {
        {0, "how many", QCUE_COUNT | QCUE_HOW_MANY | QCUE_AGG | QCUE_SINGLE, 0, 0.5},
        {19, "top", QCUE_AGG | QCUE_EXTREME | QCUE_SINGLE, 0, 0.5},
        {20, "more than", QCUE_CMP | QCUE_FILTER, 0, 0.75},
        {46, "never", QCUE_NEST | QCUE_NEG, 0, 1.5},
        {62, "per", QCUE_GROUP | QCUE_MULTI | QCUE_BREAKDOWN, 0, 0.75},
        {73, "don't", QCUE_NEG, 0, 0},
        {151, "which", QCUE_OPEN_LIST | QCUE_OPEN_PLURAL, 1, 0},
        {154, "name the", QCUE_OPEN_LIST, 1, 0},
        {173, "get", QCUE_OPEN_PLURAL, 1, 0},
        {197, "years", QCUE_TIME, 0, 0},
        {198, "and", QCUE_ALT, 0, 0},
        {206, "fields", QCUE_SCHEMA, 0, 0},
    };
    size_t n;
    const struct question_cue_def *t = question_cues(&n);
    CHECK(t != NULL);
    CHECK_INT(n, 207);
    for (size_t k = 0; t && k < sizeof rows / sizeof rows[0]; k++) {
        if (rows[k].i >= n)
            continue;
        const struct question_cue_def *c = &t[rows[k].i];
        CHECK_STR(c->phrase, rows[k].phrase);
        CHECK_INT(c->classes, rows[k].classes);
        CHECK_INT(c->at_start, rows[k].at_start);
        CHECK(c->weight == rows[k].weight);
    }
    /* the same table on every call */
    size_t n2;
    CHECK(question_cues(&n2) == t);
    CHECK_INT(n2, n);
}

static void test_synonyms(void)
{
    CHECK_STR(question_synonym("client", QUESTION_SYN_TIER0), "customer");
    CHECK_STR(question_synonym("client", QUESTION_SYN_SELECT), "customer");
    CHECK_STR(question_synonym("tallest", QUESTION_SYN_SELECT), "height");
    CHECK(question_synonym("tallest", QUESTION_SYN_TIER0) == NULL);
    CHECK_STR(question_synonym("pupils", QUESTION_SYN_TIER0), "student");
    CHECK(question_synonym("pupils", QUESTION_SYN_SELECT) == NULL);
    /* customers kept as accounts, only where no name says customer (nl/link.c) */
    CHECK_STR(question_synonym("customers", QUESTION_SYN_TIER0), "account|client|policyholder");
    CHECK(question_synonym("customer", QUESTION_SYN_SELECT) == NULL);
    CHECK(question_synonym("account", QUESTION_SYN_TIER0 | QUESTION_SYN_SELECT) == NULL);
    /* tier 0 reads its synonyms from this table now */
    CHECK_STR(question_synonym("surname", QUESTION_SYN_TIER0), "last_name");
    CHECK_STR(question_synonym("store", QUESTION_SYN_TIER0), "shop|location|site|outlet");
    CHECK(question_synonym("born", QUESTION_SYN_TIER0) == NULL);
}

/* ---- tier 0 reads these tokens ---- */

/* Tier 0's tokens, filled from the read question, hold the same fields. */
static int same_as_tier0(const char *text)
{
    struct nl_token nt[NL_MAX_TOKENS];
    struct question *q = NULL;
    if (question_read(text, &q))
        return 0;
    int n = nl_tokens_from_question(q, nt, NL_MAX_TOKENS);
    int same = n >= 0 && (size_t)n == q->n_toks;
    for (int i = 0; same && i < n; i++) {
        const struct question_tok *a = &q->toks[i];
        const struct nl_token *b = &nt[i];
        same = (int)a->kind == (int)b->kind && strcmp(a->word, b->word) == 0 &&
               strcmp(a->stem, b->stem) == 0 && a->num == b->num && a->is_int == b->is_int &&
               a->percent == b->percent && a->upper == b->upper && !b->synonym;
    }
    if (!same)
        fprintf(stderr, "tier 0's tokens differ from the reader's: %s\n", text);
    question_free(q);
    return same;
}

static void test_tier0_tokens(void)
{
    static const char *const hand[] = {
        "Which customers haven't ordered since 2020?",
        "Can't we see 'Bob''s' orders?",
        "Show the US and UK sales over $1,500.25 or 10%",
        "HOW MANY ORDERS",
        "singer_name of the `Best Band`",
        "Orders of twenty-one \"items\" in q3",
        "Products\xE2\x80\x99 prices \xE2\x80\x9Cnew\xE2\x80\x9D",
        "''",
        "'",
        "a 1,0000 b 1,000,000",
    };
    for (size_t i = 0; i < sizeof hand / sizeof hand[0]; i++)
        CHECK(same_as_tier0(hand[i]));
    /* more tokens than tier 0 holds: it says so rather than reading half a question */
    char text[NL_MAX_TOKENS * 3 + 1];
    for (size_t i = 0; i < NL_MAX_TOKENS + 1; i++)
        memcpy(text + 2 * i, "a ", 3);
    struct question *q = rd(text);
    struct nl_token nt[NL_MAX_TOKENS];
    CHECK_INT(q->n_toks, NL_MAX_TOKENS + 1);
    CHECK_INT(nl_tokens_from_question(q, nt, NL_MAX_TOKENS), -1);
    question_free(q);
}

/* Readers on several threads share the one stemmer. */
static void *reader_thread(void *arg)
{
    int *ok = arg;
    for (int i = 0; i < 200; i++) {
        struct question *q = NULL;
        if (question_read("Which categories had the highest sales in 2023?", &q) ||
            strcmp(q->toks[1].stem, "categori") != 0 || strcmp(q->toks[5].stem, "sale") != 0)
            *ok = 0;
        question_free(q);
    }
    return NULL;
}

static void test_threads(void)
{
    pthread_t th[4];
    int ok[4] = {1, 1, 1, 1};
    for (int i = 0; i < 4; i++)
        CHECK_INT(pthread_create(&th[i], NULL, reader_thread, &ok[i]), 0);
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(ok[i], 1);
    }
}

/* Stems come from a cache of recent words: every word, looked up cold, hot and after others took
 * its slot, gets the stemmer's own stem (a word that shares a slot or a prefix with another never
 * gets the other's stem). */
static void test_stem_cache(void)
{
    struct sb_stemmer *ref = sb_stemmer_new("english", NULL);
    if (!ref) {
        CHECK(0);
        return;
    }
    static const char *const roots[] = {"run",        "running",  "runs",    "customer",
                                        "customers",  "order",    "ordered", "orders",
                                        "categories", "category", "happily", "generalization",
                                        "x",          "going",    "goes"};
    char word[QUESTION_WORD_MAX], got[QUESTION_WORD_MAX];
    int bad = 0;
    for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < 4000; i++) { /* 4000 words over 1024 slots: many share one */
            const char *root = roots[i % (sizeof roots / sizeof roots[0])];
            if (i < (int)(sizeof roots / sizeof roots[0]))
                snprintf(word, sizeof word, "%s", root);
            else
                snprintf(word, sizeof word, "%s%c%c", root, 'a' + i % 26, 'a' + (i / 26) % 26);
            size_t n = strlen(word);
            question_stem(word, n, got);
            const sb_symbol *r = sb_stemmer_stem(ref, (const sb_symbol *)word, (int)n);
            char want[QUESTION_WORD_MAX];
            size_t wn = (size_t)sb_stemmer_length(ref);
            memcpy(want, r, wn);
            want[wn] = '\0';
            if (strcmp(got, want) != 0 && bad++ < 5)
                fprintf(stderr, "stem of %s: %s, the stemmer says %s\n", word, got, want);
        }
    }
    CHECK_INT(bad, 0);
    sb_stemmer_delete(ref);
}

static const struct test_case tests[] = {
    {"words_and_stems", test_words_and_stems},
    {"numbers", test_numbers},
    {"quoted", test_quoted},
    {"cues", test_cues},
    {"cue_rows", test_cue_rows},
    {"synonyms", test_synonyms},
    {"tier0_tokens", test_tier0_tokens},
    {"threads", test_threads},
    {"stem_cache", test_stem_cache},
};

TEST_MAIN()
