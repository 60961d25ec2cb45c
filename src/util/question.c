/* Reading a question once (see question.h): tokens for tier 0, surface words for cue phrases,
 * quoted values, cue classes from the one cue table, and the one synonym table. */
#include "util/question.h"

#include <ctype.h>
#include <libstemmer.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

#include "util/banned.h"

/* ---- the cue table ---- */

/* Every phrase a module reads as a cue, once, with all its classes. The weights are the
 * router's: set so that its classes line up with Spider's easy / medium / hard+extra split on
 * its dev questions (docs/cost.md), without any question's words beyond general English.
 * A group gives its classes, whether the phrases count only as the question's first words, and
 * the weight, once for all the phrases listed with it. The order of the phrases is the order of
 * question_cues() and of question.cue_hits. */
struct cue_group {
    unsigned classes;
    int at_start;
    double weight;
    const char *const *phrases; /* NULL-terminated */
};

#define PHRASES(...) ((const char *const[]){__VA_ARGS__, NULL})

static const struct cue_group cue_groups[] = {
    {QCUE_COUNT | QCUE_HOW_MANY | QCUE_AGG | QCUE_SINGLE, 0, 0.5, PHRASES("how many")},
    {QCUE_COUNT | QCUE_AGG | QCUE_SINGLE, 0, 0.5, PHRASES("number of", "count")},
    {QCUE_AGG | QCUE_SINGLE | QCUE_AMOUNT | QCUE_MEAN, 0, 0.75, PHRASES("average", "avg", "mean")},
    {QCUE_AGG | QCUE_SINGLE | QCUE_AMOUNT, 0, 0.75, PHRASES("total", "sum")},
    {QCUE_AGG | QCUE_EXTREME | QCUE_SINGLE, 0, 0.5, PHRASES("maximum", "minimum")},
    {QCUE_AGG | QCUE_EXTREME | QCUE_SINGLE, 0, 1, PHRASES("most", "least")},
    {QCUE_AGG | QCUE_EXTREME | QCUE_SINGLE, 0, 0.75,
     PHRASES("highest", "lowest", "largest", "smallest")},
    {QCUE_AGG | QCUE_SHARE, 0, 1, PHRASES("percentage")},
    {QCUE_AGG, 0, 1, PHRASES("ratio")},
    {QCUE_AGG | QCUE_SHARE, 0, 1, PHRASES("proportion")},
    {QCUE_AGG | QCUE_EXTREME | QCUE_SINGLE, 0, 0.5, PHRASES("top")},
    {QCUE_CMP | QCUE_FILTER, 0, 0.75,
     PHRASES("more than", "less than", "fewer than", "greater than", "at least", "at most")},
    {QCUE_CMP, 0, 0.75, PHRASES("higher than", "lower than", "larger than")},
    {QCUE_CMP | QCUE_TIME, 0, 0.5, PHRASES("before", "after")},
    {QCUE_CMP, 0, 0.5, PHRASES("between")},
    {QCUE_CMP, 0, 0.75, PHRASES("older than", "younger than")},
    {QCUE_CMP | QCUE_FILTER, 0, 0.75, PHRASES("exceed")},
    {QCUE_CMP | QCUE_MULTI, 0, 1, PHRASES("compared")},
    {QCUE_CMP, 0, 1, PHRASES("difference")},
    {QCUE_NEST, 0, 2,
     PHRASES("than the average", "than average", "than any", "than all", "than every")},
    {QCUE_NEST, 0, 1.5, PHRASES("not in", "do not have", "does not have", "did not")},
    {QCUE_NEST | QCUE_NEG, 0, 1.5, PHRASES("never")},
    {QCUE_NEST, 0, 1.5, PHRASES("without any")},
    {QCUE_NEST, 0, 1, PHRASES("no longer", "the same")},
    {QCUE_NEST, 0, 1.5, PHRASES("who have not", "that have not")},
    {QCUE_NEST, 0, 1, PHRASES("are not", "not have")},
    {QCUE_SET, 0, 2, PHRASES("but not")},
    {QCUE_SET, 0, 1.5, PHRASES("and also", "both", "either")},
    {QCUE_SET | QCUE_NEG, 0, 1.5, PHRASES("except", "neither")},
    {QCUE_SET, 0, 1, PHRASES("as well as")},
    {QCUE_SET | QCUE_ALT, 0, 0.5, PHRASES("or")},
    {QCUE_GROUP | QCUE_MULTI | QCUE_BREAKDOWN, 0, 0.75, PHRASES("per", "each")},
    {QCUE_GROUP | QCUE_BREAKDOWN, 0, 0.75, PHRASES("for every", "by each", "grouped by")},
    {QCUE_NEG, 0, 0,
     PHRASES("not", "without", "no", "none", "nor", "excluding", "don't", "doesn't", "didn't",
             "haven't", "hasn't", "isn't", "aren't", "wasn't", "weren't", "cannot", "can't",
             "won't")},
    {QCUE_ORDER, 0, 0,
     PHRASES("sorted", "sort", "descending", "ascending", "alphabetical", "alphabetically",
             "in order of", "ordered by", "order by")},
    {QCUE_EXTREME | QCUE_SINGLE, 0, 0, PHRASES("biggest")},
    {QCUE_EXTREME, 0, 0, PHRASES("greatest", "fewest")},
    {QCUE_EXTREME | QCUE_SINGLE, 0, 0, PHRASES("best", "worst")},
    {QCUE_EXTREME, 0, 0, PHRASES("youngest", "oldest", "longest", "shortest")},
    {QCUE_EXTREME | QCUE_TIME, 0, 0, PHRASES("earliest", "latest", "newest")},
    {QCUE_EXTREME, 0, 0, PHRASES("cheapest")},
    {QCUE_DISTINCT, 0, 0, PHRASES("distinct", "different", "unique")},
    {QCUE_MULTI, 0, 0, PHRASES("every")},
    {QCUE_MULTI | QCUE_BREAKDOWN, 0, 0, PHRASES("by")},
    {QCUE_MULTI, 0, 0, PHRASES("for all")},
    {QCUE_MULTI | QCUE_SHARE, 0, 0, PHRASES("breakdown")},
    {QCUE_MULTI, 0, 0,
     PHRASES("broken down", "grouped", "group", "groups", "distribution", "across", "respectively",
             "split", "vs", "versus", "compare", "comparison", "over time", "trend", "monthly")},
    {QCUE_MULTI | QCUE_TIME, 0, 0, PHRASES("yearly")},
    {QCUE_MULTI, 0, 0,
     PHRASES("annually", "annual", "daily", "weekly", "quarterly", "hourly", "corresponding")},
    {QCUE_FILTER, 0, 0, PHRASES("above", "below", "exceeds", "exceeding", "over", "under")},
    {QCUE_SINGLE, 0, 0, PHRASES("overall", "max", "min", "first", "last", "only", "single", "one")},
    {QCUE_OPEN_LIST | QCUE_OPEN_PLURAL, 1, 0, PHRASES("which")},
    {QCUE_OPEN_LIST, 1, 0, PHRASES("who")},
    {QCUE_OPEN_LIST | QCUE_OPEN_PLURAL, 1, 0, PHRASES("list")},
    {QCUE_OPEN_LIST, 1, 0, PHRASES("name the")},
    {QCUE_OPEN_ALL, 1, 0,
     PHRASES("list all", "list every", "show all", "show me all", "give me all", "name all",
             "find all", "get all", "what are all", "display all", "return all")},
    {QCUE_OPEN_PLURAL, 1, 0,
     PHRASES("what are", "show me", "show", "find", "name", "display", "give me", "get")},
    {QCUE_SHARE, 0, 0,
     PHRASES("share", "shares", "percentages", "percent", "proportions", "pie", "composition",
             "fraction")},
    {QCUE_TIME, 0, 0,
     PHRASES("born", "date", "dates", "day", "days", "decade", "during", "month", "months",
             "recent", "recently", "since", "until", "when", "year", "years")},
    {QCUE_ALT, 0, 0, PHRASES("and")},
    {QCUE_SCHEMA, 0, 0,
     PHRASES("table", "tables", "column", "columns", "schema", "schemas", "field", "fields")},
};

/* The groups flattened to one row a phrase, built once and kept for the life of the process;
 * NULL when that allocation failed (question_read then fails with ERR_NOMEM). */
static struct question_cue_def *cue_table;
static size_t n_cues;
/* The rows by the first byte of their phrase: cue_by_first[cue_first[b] .. cue_first[b + 1]). */
static size_t *cue_by_first;
static size_t cue_first[257];
static pthread_once_t cue_once = PTHREAD_ONCE_INIT;

/* Orders n words by their first byte, keeping table order within a byte: the words that start
 * with byte b are words[by[first[b]]] .. words[by[first[b + 1] - 1]]. */
static void index_first_bytes(const char *const *words, size_t n, size_t first[257], size_t *by)
{
    size_t next[256];
    memset(first, 0, 257 * sizeof *first);
    for (size_t k = 0; k < n; k++)
        first[(unsigned char)words[k][0] + 1]++;
    for (size_t b = 1; b <= 256; b++)
        first[b] += first[b - 1];
    memcpy(next, first, sizeof next);
    for (size_t k = 0; k < n; k++)
        by[next[(unsigned char)words[k][0]]++] = k;
}

static void cue_table_build(void)
{
    size_t n = 0;
    for (size_t g = 0; g < sizeof cue_groups / sizeof cue_groups[0]; g++)
        for (const char *const *p = cue_groups[g].phrases; *p; p++)
            n++;
    struct question_cue_def *t = calloc(n, sizeof *t);
    size_t *by = calloc(n ? n : 1, sizeof *by);
    const char **phrases = calloc(n ? n : 1, sizeof *phrases);
    if (!t || !by || !phrases) {
        free(t);
        free(by);
        free(phrases);
        return;
    }
    for (size_t g = 0, k = 0; g < sizeof cue_groups / sizeof cue_groups[0]; g++)
        for (const char *const *p = cue_groups[g].phrases; *p; p++, k++) {
            t[k] = (struct question_cue_def){*p, cue_groups[g].classes, cue_groups[g].at_start,
                                             cue_groups[g].weight};
            phrases[k] = *p;
        }
    index_first_bytes(phrases, n, cue_first, by);
    free(phrases);
    cue_by_first = by;
    cue_table = t;
    n_cues = n;
}

const struct question_cue_def *question_cues(size_t *n)
{
    pthread_once(&cue_once, cue_table_build);
    *n = n_cues;
    return cue_table;
}

/* ---- the synonym table ---- */

/* General business English, nothing about one database: a target with how it is used, then the
 * words read as it. TIER0 words are read only when the word names nothing in the schema itself;
 * SELECT words add the target's stem to the words schema selection ranks tables by ("tallest" ->
 * height). Every word stands once in the whole table. */
static const struct synonym_group {
    const char *target;
    unsigned use;
    const char *const *words; /* NULL-terminated */
} synonyms[] = {
    {"address", QUESTION_SYN_SELECT, PHRASES("live", "lives")},
    {"age", QUESTION_SYN_SELECT, PHRASES("old", "older", "oldest", "young", "younger", "youngest")},
    {"author", QUESTION_SYN_SELECT, PHRASES("wrote")},
    {"bath", QUESTION_SYN_TIER0, PHRASES("bathroom", "bathrooms")},
    {"bed", QUESTION_SYN_TIER0, PHRASES("bedroom", "bedrooms")},
    {"birth", QUESTION_SYN_SELECT, PHRASES("born")},
    {"category", QUESTION_SYN_TIER0, PHRASES("kind", "kinds")},
    {"city", QUESTION_SYN_TIER0, PHRASES("town", "towns")},
    /* a business's customers kept as its accounts, clients or policyholders */
    {"account|client|policyholder", QUESTION_SYN_TIER0, PHRASES("customer", "customers")},
    {"appointment", QUESTION_SYN_TIER0, PHRASES("visit", "visits")},
    {"country", QUESTION_SYN_TIER0 | QUESTION_SYN_SELECT, PHRASES("nation", "nations")},
    {"course", QUESTION_SYN_TIER0, PHRASES("class", "classes")},
    {"customer", QUESTION_SYN_TIER0, PHRASES("buyers", "clients", "shopper", "shoppers")},
    {"customer", QUESTION_SYN_TIER0 | QUESTION_SYN_SELECT, PHRASES("buyer", "client")},
    {"department", QUESTION_SYN_TIER0, PHRASES("dept")},
    {"earnings", QUESTION_SYN_SELECT, PHRASES("earn", "earned")},
    {"email", QUESTION_SYN_TIER0, PHRASES("mail")},
    {"employee", QUESTION_SYN_TIER0,
     PHRASES("personnel", "rep", "reps", "salespeople", "salesperson", "staff", "worker", "workers",
             "workforce")},
    {"first_name", QUESTION_SYN_TIER0, PHRASES("firstname")},
    {"gender", QUESTION_SYN_SELECT, PHRASES("female", "females", "male", "males", "men", "women")},
    {"grade", QUESTION_SYN_TIER0, PHRASES("mark", "marks")},
    {"insured", QUESTION_SYN_TIER0, PHRASES("policyholder", "policyholders")},
    {"vehicle", QUESTION_SYN_TIER0,
     PHRASES("car", "cars", "auto", "autos", "automobile", "automobiles")},
    {"nationality|hometown|birthplace|country|origin", QUESTION_SYN_TIER0, PHRASES("origin")},
    {"item", QUESTION_SYN_TIER0, PHRASES("line", "lines")},
    {"injured", QUESTION_SYN_TIER0, PHRASES("injuries")},
    {"killed", QUESTION_SYN_TIER0, PHRASES("fatalities")},
    {"level", QUESTION_SYN_TIER0, PHRASES("tier", "tiers")},
    {"height", QUESTION_SYN_SELECT, PHRASES("shorter", "shortest", "tall", "taller", "tallest")},
    {"last_name", QUESTION_SYN_TIER0, PHRASES("surname")},
    {"major", QUESTION_SYN_TIER0, PHRASES("main")},
    {"order", QUESTION_SYN_TIER0, PHRASES("purchase", "purchases")},
    {"payment", QUESTION_SYN_SELECT, PHRASES("paid")},
    {"payment", QUESTION_SYN_TIER0, PHRASES("collections", "collection")},
    {"patient", QUESTION_SYN_TIER0, PHRASES("pet", "pets")},
    {"people", QUESTION_SYN_TIER0, PHRASES("person", "persons")},
    {"person", QUESTION_SYN_TIER0, PHRASES("people")},
    {"population", QUESTION_SYN_SELECT, PHRASES("populous")},
    {"population", QUESTION_SYN_TIER0, PHRASES("inhabitants", "residents")},
    {"price", QUESTION_SYN_SELECT, PHRASES("cheap", "cheapest", "costly", "expensive")},
    {"price", QUESTION_SYN_TIER0, PHRASES("cost")},
    {"purchase", QUESTION_SYN_SELECT, PHRASES("bought")},
    {"quantity", QUESTION_SYN_TIER0, PHRASES("qty")},
    {"region", QUESTION_SYN_TIER0, PHRASES("area", "areas", "territories", "territory")},
    {"salary", QUESTION_SYN_TIER0, PHRASES("pay", "salaries", "wage", "wages")},
    {"sale", QUESTION_SYN_SELECT, PHRASES("sold")},
    {"sex", QUESTION_SYN_TIER0, PHRASES("gender", "genders")},
    {"ship", QUESTION_SYN_TIER0, PHRASES("vessel", "vessels")},
    {"singer", QUESTION_SYN_TIER0, PHRASES("vocalist", "vocalists")},
    {"stadium", QUESTION_SYN_TIER0, PHRASES("venue", "venues", "arena", "arenas")},
    /* a chain's stores kept as its shops, locations, sites or outlets */
    {"shop|location|site|outlet", QUESTION_SYN_TIER0, PHRASES("store", "stores")},
    {"store", QUESTION_SYN_TIER0, PHRASES("shop", "shops")},
    {"student", QUESTION_SYN_TIER0, PHRASES("pupil", "pupils")},
    /* people who left: the date a person's row says they left on (term_on, termination_date,
     * separation_dt, exit_date) */
    {"term|termination|separation|exit", QUESTION_SYN_TIER0 | QUESTION_SYN_DATE,
     PHRASES("leavers", "leaver", "left", "quit", "terminations", "terminated", "departures",
             "separations", "resigned", "resignations")},
    {"teacher", QUESTION_SYN_TIER0,
     PHRASES("instructor", "instructors", "lecturer", "lecturers", "professor", "professors")},
    {"title", QUESTION_SYN_TIER0, PHRASES("job")},
    {"weight", QUESTION_SYN_SELECT,
     PHRASES("heavier", "heaviest", "heavy", "lighter", "lightest", "weigh", "weighing", "weighs")},
};

/* demonym -> country (or continent) names as they are commonly stored, most common spelling
 * first */
static const struct {
    const char *word;
    const char *names;
} demonyms[] = {
    {"american", "USA|United States|United States of America|US"},
    /* abbreviations (a filler word like "us" only reaches here written in capitals) */
    {"us", "USA|United States|United States of America|US"},
    {"usa", "USA|United States|United States of America|US"},
    {"uk", "UK|United Kingdom|Great Britain"},
    {"uae", "United Arab Emirates|UAE"},
    {"argentinian", "Argentina"},
    {"argentine", "Argentina"},
    {"australian", "Australia"},
    {"austrian", "Austria"},
    {"belgian", "Belgium"},
    {"brazilian", "Brazil"},
    {"british", "UK|United Kingdom|Great Britain"},
    {"canadian", "Canada"},
    {"chilean", "Chile"},
    {"chinese", "China"},
    {"colombian", "Colombia"},
    {"czech", "Czech Republic|Czechia"},
    {"danish", "Denmark"},
    {"dutch", "Netherlands|The Netherlands"},
    {"egyptian", "Egypt"},
    {"english", "England|UK|United Kingdom"},
    {"finnish", "Finland"},
    {"french", "France"},
    {"german", "Germany"},
    {"greek", "Greece"},
    {"hungarian", "Hungary"},
    {"indian", "India"},
    {"indonesian", "Indonesia"},
    {"irish", "Ireland"},
    {"israeli", "Israel"},
    {"italian", "Italy"},
    {"japanese", "Japan"},
    {"kenyan", "Kenya"},
    {"korean", "South Korea|Korea"},
    {"mexican", "Mexico"},
    {"nigerian", "Nigeria"},
    {"norwegian", "Norway"},
    {"pakistani", "Pakistan"},
    {"peruvian", "Peru"},
    {"filipino", "Philippines"},
    {"polish", "Poland"},
    {"portuguese", "Portugal"},
    {"romanian", "Romania"},
    {"russian", "Russia"},
    {"saudi", "Saudi Arabia"},
    {"scottish", "Scotland"},
    {"singaporean", "Singapore"},
    {"spanish", "Spain"},
    {"swedish", "Sweden"},
    {"swiss", "Switzerland"},
    {"thai", "Thailand"},
    {"turkish", "Turkey|Türkiye"},
    {"ukrainian", "Ukraine"},
    {"vietnamese", "Vietnam|Viet Nam"},
    {"afghan", "Afghanistan"},
    {"algerian", "Algeria"},
    {"armenian", "Armenia"},
    {"bangladeshi", "Bangladesh"},
    {"belarusian", "Belarus"},
    {"bolivian", "Bolivia"},
    {"bulgarian", "Bulgaria"},
    {"cambodian", "Cambodia"},
    {"cameroonian", "Cameroon"},
    {"croatian", "Croatia"},
    {"cuban", "Cuba"},
    {"cypriot", "Cyprus"},
    {"ecuadorian", "Ecuador"},
    {"estonian", "Estonia"},
    {"ethiopian", "Ethiopia"},
    {"georgian", "Georgia"},
    {"ghanaian", "Ghana"},
    {"icelandic", "Iceland"},
    {"iranian", "Iran"},
    {"iraqi", "Iraq"},
    {"jamaican", "Jamaica"},
    {"jordanian", "Jordan"},
    {"kazakh", "Kazakhstan"},
    {"latvian", "Latvia"},
    {"lebanese", "Lebanon"},
    {"lithuanian", "Lithuania"},
    {"malaysian", "Malaysia"},
    {"maltese", "Malta"},
    {"moroccan", "Morocco"},
    {"nepalese", "Nepal"},
    {"serbian", "Serbia"},
    {"slovak", "Slovakia"},
    {"slovenian", "Slovenia"},
    {"syrian", "Syria"},
    {"taiwanese", "Taiwan"},
    {"tunisian", "Tunisia"},
    {"ugandan", "Uganda"},
    {"uruguayan", "Uruguay"},
    {"venezuelan", "Venezuela"},
    /* continents, as they are commonly stored */
    {"african", "Africa"},
    {"asian", "Asia"},
    {"european", "Europe"},
    {"oceanian", "Oceania"},
};

#define N_DEMONYMS (sizeof demonyms / sizeof demonyms[0])

/* The synonym words and the demonyms by their first byte, built once per process: a word is
 * compared only with the entries that start as it does, the first in table order winning as in
 * a scan of the whole table. syn_words stays NULL when its allocation failed (then the table is
 * scanned). */
static const char **syn_words; /* every synonym word in table order; syn_group: its group */
static size_t *syn_group, *syn_by, syn_first[257];
static const char *dem_words[N_DEMONYMS];
static size_t dem_by[N_DEMONYMS], dem_first[257];
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

static void lists_build(void)
{
    for (size_t k = 0; k < N_DEMONYMS; k++)
        dem_words[k] = demonyms[k].word;
    index_first_bytes(dem_words, N_DEMONYMS, dem_first, dem_by);
    size_t n = 0;
    for (size_t g = 0; g < sizeof synonyms / sizeof synonyms[0]; g++)
        for (const char *const *w = synonyms[g].words; *w; w++)
            n++;
    const char **words = calloc(n ? n : 1, sizeof *words);
    size_t *group = calloc(n ? n : 1, sizeof *group), *by = calloc(n ? n : 1, sizeof *by);
    if (!words || !group || !by) {
        free(words);
        free(group);
        free(by);
        return;
    }
    for (size_t g = 0, k = 0; g < sizeof synonyms / sizeof synonyms[0]; g++)
        for (const char *const *w = synonyms[g].words; *w; w++, k++) {
            words[k] = *w;
            group[k] = g;
        }
    index_first_bytes(words, n, syn_first, by);
    syn_words = words;
    syn_group = group;
    syn_by = by;
}

static const struct synonym_group *synonym_find(const char *word)
{
    unsigned char b = (unsigned char)*word;
    pthread_once(&lists_once, lists_build);
    const struct synonym_group *found = NULL;
    for (size_t k = syn_words ? syn_first[b] : 0; syn_words && k < syn_first[b + 1] && !found; k++)
        if (strcmp(syn_words[syn_by[k]], word) == 0)
            found = &synonyms[syn_group[syn_by[k]]];
    for (size_t g = 0; !syn_words && g < sizeof synonyms / sizeof synonyms[0] && !found; g++)
        for (const char *const *w = synonyms[g].words; *w && !found; w++)
            if (strcmp(*w, word) == 0)
                found = &synonyms[g];
    return found;
}

const char *question_synonym(const char *word, unsigned use)
{
    const struct synonym_group *found = synonym_find(word);
    return found && (found->use & use) ? found->target : NULL;
}

unsigned question_synonym_flags(const char *word)
{
    const struct synonym_group *found = synonym_find(word);
    return found ? found->use : 0;
}

const char *question_demonym(const char *word)
{
    unsigned char b = (unsigned char)*word;
    size_t wl = strlen(word);
    pthread_once(&lists_once, lists_build);
    for (size_t k = dem_first[b]; k < dem_first[b + 1]; k++) {
        const char *d = dem_words[dem_by[k]];
        size_t dl = strlen(d);
        /* "the Russians", "Brazilians": the people of it, said in the plural */
        if (strcmp(d, word) == 0 ||
            (wl == dl + 1 && word[dl] == 's' && strncmp(d, word, dl) == 0 && d[dl - 1] == 'n'))
            return demonyms[dem_by[k]].names;
    }
    return NULL;
}

/* ---- abbreviations ---- */

/* Short forms schema authors write for words questions spell out, where the short form is not
 * simply the word's first letters or its consonants (those are read without a table: see
 * nl/link.c). Sorted by the first field. */
static const char *const abbreviations[][2] = {
    {"acct", "account"},     {"addr", "address"},     {"amt", "amount"},
    {"avg", "average"},      {"bal", "balance"},      {"cap", "capacity"},
    {"cat", "category"},     {"cd", "code"},          {"chkin", "checkin"},
    {"chkout", "checkout"},  {"cls", "close"},        {"cls", "class"},
    {"cncl", "cancel"},      {"cnt", "count"},        {"co", "company"},
    {"cr", "credit"},        {"ctg", "category"},     {"ctgy", "category"},
    {"ctry", "country"},     {"cust", "customer"},    {"cxl", "cancel"},
    {"dept", "department"},  {"desc", "description"}, {"dob", "birth"},
    {"dr", "debit"},         {"dt", "date"},          {"emp", "employee"},
    {"flg", "flag"},         {"flt", "flight"},       {"hq", "headquarters"},
    {"ht", "height"},        {"inv", "invoice"},      {"loc", "location"},
    {"max", "maximum"},      {"mgr", "manager"},      {"min", "minimum"},
    {"nm", "name"},          {"no", "number"},        {"num", "number"},
    {"pax", "passenger"},    {"pct", "percent"},      {"pnr", "booking"},
    {"prod", "product"},     {"pt", "patient"},       {"qty", "quantity"},
    {"resv", "reservation"}, {"rm", "room"},          {"rsv", "reservation"},
    {"rt", "rate"},          {"rx", "prescription"},  {"sal", "salary"},
    {"seg", "segment"},      {"st", "state"},         {"stat", "status"},
    {"stu", "student"},      {"tel", "phone"},        {"tm", "time"},
    {"trx", "transaction"},  {"txn", "transaction"},  {"txns", "transaction"},
    {"vnu", "venue"},        {"whse", "warehouse"},   {"wt", "weight"},
    {"xfer", "transfer"},    {"xport", "transport"},  {"yr", "year"},
};

static int abbreviation_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const char *const *)elem)[0]);
}

const char *question_abbreviation(const char *word)
{
    return question_abbreviation_alt(word, 0);
}

const char *question_abbreviation_alt(const char *word, size_t k)
{
    const size_t n = sizeof abbreviations / sizeof abbreviations[0];
    const char *const(*hit)[2] =
        bsearch(word, abbreviations, n, sizeof abbreviations[0], abbreviation_cmp);
    if (!hit)
        return NULL;
    while (hit > abbreviations && strcmp(hit[-1][0], word) == 0)
        hit--; /* the first of a short form's meanings */
    for (; k > 0 && hit + 1 < abbreviations + n && strcmp(hit[1][0], word) == 0; k--)
        hit++;
    return k ? NULL : (*hit)[1];
}

/* ---- acronyms ---- */

/* Acronyms of general business English that schemas name columns and tables with, and the
 * phrases people say instead. Nothing here names a database. */
static const char *const acronyms[][2] = {
    {"arr", "annual recurring revenue"},
    {"cac", "customer acquisition cost"},
    {"cogs", "cost of goods sold"},
    {"csat", "customer satisfaction"},
    {"dau", "daily active users"},
    {"fte", "full time equivalent"},
    {"gmv", "gross merchandise value"},
    {"loa", "leave of absence"},
    {"ltv", "lifetime value"},
    {"mau", "monthly active users"},
    {"mrr", "monthly recurring revenue"},
    {"nps", "net promoter score"},
    {"oh", "on hand"},
    {"pos", "point of sale"},
    {"pto", "paid time off"},
    {"pto", "time off"},
    {"roi", "return on investment"},
    {"sla", "service level agreement"},
    {"sku", "stock keeping unit"},
};

/* Does phrase word p (of a phrase's words) equal w, the last one also with a plural s? */
static int acronym_word(const char *p, size_t pl, const char *w, int last)
{
    size_t wl = strlen(w);
    return (wl == pl && memcmp(p, w, pl) == 0) ||
           (last && wl == pl + 1 && memcmp(p, w, pl) == 0 && w[pl] == 's');
}

const char *question_acronym(const char *const *words, size_t n, size_t *len)
{
    const char *best = NULL;
    *len = 0;
    for (size_t k = 0; k < sizeof acronyms / sizeof acronyms[0]; k++) {
        const char *p = acronyms[k][1];
        size_t used = 0;
        while (*p && used < n) {
            size_t pl = strcspn(p, " ");
            if (!acronym_word(p, pl, words[used], p[pl] == '\0'))
                break;
            used++;
            p += pl + (p[pl] == ' ');
        }
        if (!*p && used > *len) {
            best = acronyms[k][0];
            *len = used;
        }
    }
    return best;
}

/* ---- stems ---- */

/* One stemmer for the process. Snowball stemmers keep their state in the stemmer, so every use
 * holds the lock; a question's words are stemmed under one hold. */
static struct sb_stemmer *stemmer;
static pthread_once_t stemmer_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t stemmer_lock = PTHREAD_MUTEX_INITIALIZER;

static void stemmer_init(void)
{
    stemmer = sb_stemmer_new("english", NULL); /* NULL (no memory): words stay unstemmed */
}

/* Stems of the words seen lately, under stemmer_lock: a service reads the same few thousand words
 * again and again, and a lookup costs a small fraction of stemming. Direct-mapped by a hash of
 * the word; a word that collides replaces the one there. */
#define STEM_CACHE_SLOTS 1024
static struct stem_slot {
    unsigned char len; /* of word; 0 = empty */
    char word[QUESTION_WORD_MAX];
    char stem[QUESTION_WORD_MAX];
} stem_cache[STEM_CACHE_SLOTS];

static struct stem_slot *stem_slot(const char *word, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)word[i]) * 16777619u;
    return &stem_cache[h % STEM_CACHE_SLOTS];
}

static void stem_locked(const char *word, size_t n, char out[QUESTION_WORD_MAX])
{
    struct stem_slot *slot = n > 0 && n < QUESTION_WORD_MAX ? stem_slot(word, n) : NULL;
    if (slot && slot->len == n && memcmp(slot->word, word, n) == 0) {
        memcpy(out, slot->stem, sizeof slot->stem);
        return;
    }
    const char *in = word;
    size_t in_n = n;
    const sb_symbol *r = stemmer ? sb_stemmer_stem(stemmer, (const sb_symbol *)word, (int)n) : NULL;
    if (r) {
        n = (size_t)sb_stemmer_length(stemmer);
        word = (const char *)r;
    }
    if (n >= QUESTION_WORD_MAX)
        n = QUESTION_WORD_MAX - 1;
    if (slot) { /* before out is written: out may be the word itself */
        memcpy(slot->word, in, in_n);
        slot->len = (unsigned char)in_n;
        memcpy(slot->stem, word, n);
        slot->stem[n] = '\0';
    }
    memmove(out, word, n);
    out[n] = '\0';
}

void question_stem(const char *word, size_t n, char out[QUESTION_WORD_MAX])
{
    pthread_once(&stemmer_once, stemmer_init);
    pthread_mutex_lock(&stemmer_lock);
    stem_locked(word, n, out);
    pthread_mutex_unlock(&stemmer_lock);
}

/* ---- growable arrays ---- */

static int grow(void **v, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    void *p = realloc(*v, nc * elem);
    if (!p)
        return ERR_NOMEM;
    *v = p;
    *cap = nc;
    return 0;
}

/* ---- tokens (what tier 0 reads) ---- */

static const struct {
    const char *word;
    int value;
} number_words[] = {
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},  {"ninety", 90},    {"dozen", 12},    {"hundred", 100}, {"thousand", 1000},
};

#define N_NUMBER_WORDS (sizeof number_words / sizeof number_words[0])

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c == '_' || c >= 0x80;
}

struct reader {
    struct question *q;
    size_t cap_toks, cap_words, cap_values;
};

/* A token of kind read from the n bytes at p, which start at byte off of the text. */
static struct question_tok *tok_add(struct reader *r, enum question_kind kind, const char *p,
                                    size_t n, int lower, size_t off)
{
    struct question *q = r->q;
    if (grow((void **)&q->toks, &r->cap_toks, q->n_toks, sizeof *q->toks))
        return NULL;
    struct question_tok *t = &q->toks[q->n_toks++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->off = off;
    t->len = n;
    if (n >= QUESTION_WORD_MAX)
        n = QUESTION_WORD_MAX - 1;
    int caps = n >= 2;
    for (size_t i = 0; i < n; i++) {
        t->word[i] = lower ? (char)tolower((unsigned char)p[i]) : p[i];
        caps &= isupper((unsigned char)p[i]) != 0;
    }
    t->word[n] = '\0';
    t->upper = kind == QUESTION_WORD && caps;
    return t;
}

/* Digits with an optional decimal part and "1,000"-style groups. Returns bytes used or 0. */
static size_t scan_number(const char *p, double *out, int *is_int)
{
    char tmp[64];
    size_t n = 0, i = 0;
    int dot = 0;
    while (p[i] && n < sizeof tmp - 1) {
        if (isdigit((unsigned char)p[i])) {
            tmp[n++] = p[i++];
        } else if (p[i] == ',' && n > 0 && isdigit((unsigned char)p[i + 1]) &&
                   isdigit((unsigned char)p[i + 2]) && isdigit((unsigned char)p[i + 3]) &&
                   !isdigit((unsigned char)p[i + 4]) && !dot) {
            i++;
        } else if (p[i] == '.' && !dot && n > 0 && isdigit((unsigned char)p[i + 1])) {
            dot = 1;
            tmp[n++] = p[i++];
        } else {
            break;
        }
    }
    if (n == 0 || is_word_byte((unsigned char)p[i]))
        return 0; /* "q1", "2023s": a word, not a number */
    tmp[n] = '\0';
    *out = strtod(tmp, NULL);
    *is_int = !dot;
    return i;
}

/* "2.5k", "1.5m": digits, a decimal part and a k or m suffix that ends the word. Returns the
 * bytes of it, or 0 ("5k" without a decimal part is a word already). */
static size_t scaled_amount(const char *p)
{
    size_t i = 0;
    while (isdigit((unsigned char)p[i]))
        i++;
    if (p[i] != '.' || !isdigit((unsigned char)p[i + 1]))
        return 0;
    i++;
    while (isdigit((unsigned char)p[i]))
        i++;
    if (p[i] != 'k' && p[i] != 'K' && p[i] != 'm' && p[i] != 'M')
        return 0;
    i++;
    return is_word_byte((unsigned char)p[i]) ? 0 : i;
}

/* "195cm", "80kg", "15yrs": digits with a unit of measure written onto them. Returns the bytes
 * of the digits (the unit, which says nothing the column does not, is skipped by the caller
 * through *unit), or 0. */
static size_t number_with_unit(const char *p, size_t *unit)
{
    static const char *const units[] = {"cm", "mm", "km",  "kg", "kgs", "lb",  "lbs",
                                        "ft", "yr", "yrs", "hr", "hrs", "min", "mins"};
    size_t i = 0;
    while (isdigit((unsigned char)p[i]))
        i++;
    if (i == 0)
        return 0;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t n = strlen(units[k]);
        if (strncasecmp(p + i, units[k], n) == 0 && !is_word_byte((unsigned char)p[i + n])) {
            *unit = n;
            return i;
        }
    }
    return 0;
}

/* A quoted token at p (", ` or an opening '): returns the bytes consumed, 0 when p is no quote
 * and 1 when it is an unpaired one (skipped). */
static size_t read_quoted(struct reader *r, const char *p)
{
    const char *text = r->q->text;
    char c = *p;
    int opens =
        c == '"' || c == '`' || (c == '\'' && (p == text || !is_word_byte((unsigned char)p[-1])));
    if (!opens)
        return 0;
    const char *end = strchr(p + 1, c);
    if (!end || end == p + 1)
        return 1;
    /* the literal keeps its case; its stem is lowercase for matching */
    if (!tok_add(r, QUESTION_QUOTED, p + 1, (size_t)(end - p - 1), 0, (size_t)(p + 1 - text)))
        return (size_t)-1;
    return (size_t)(end + 1 - p);
}

/* A word at p: "section_name" is two words (as names are split), and contractions keep their
 * negation ("haven't" -> "have" + "not") because a lost "not" turns a question around; "'s",
 * "'re", "'ve" carry nothing. Returns the bytes consumed, or (size_t)-1 on no memory. */
static size_t read_word(struct reader *r, const char *start)
{
    const char *p = start;
    size_t off = (size_t)(start - r->q->text);
    while (is_word_byte((unsigned char)*p) && *p != '_')
        p++;
    size_t len = (size_t)(p - start);
    if (!(*p == '\'' && isalpha((unsigned char)p[1]))) {
        if (!tok_add(r, QUESTION_WORD, start, len, 1, off))
            return (size_t)-1;
        return len;
    }
    const char *q2 = p + 1;
    while (isalpha((unsigned char)*q2))
        q2++;
    int neg = len > 1 && (start[len - 1] == 'n' || start[len - 1] == 'N') && q2 - p == 2 &&
              (p[1] == 't' || p[1] == 'T');
    if (neg)
        len--; /* "can't" -> "ca" + "not" is harmless */
    struct question_tok *t = tok_add(r, QUESTION_WORD, start, len, 1, off);
    if (!t)
        return (size_t)-1;
    t->len = (size_t)(q2 - start);
    if (neg) {
        if (!(t = tok_add(r, QUESTION_WORD, "not", 3, 0, off + (size_t)(p - start))))
            return (size_t)-1;
        t->len = 0;
        t->negation = 1;
    }
    return (size_t)(q2 - start);
}

static int read_tokens(struct reader *r)
{
    const char *text = r->q->text;
    for (const char *p = text; *p;) {
        unsigned char c = (unsigned char)*p;
        size_t used = read_quoted(r, p);
        if (used == (size_t)-1)
            return ERR_NOMEM;
        if (used) {
            p += used;
            continue;
        }
        if (isdigit(c) && (used = scaled_amount(p)) > 0) {
            /* "2.5k", "1.2m": one word, read as an amount by tier 0 (nl/money.c) */
            if (!tok_add(r, QUESTION_WORD, p, used, 1, (size_t)(p - text)))
                return ERR_NOMEM;
            p += used;
            continue;
        }
        size_t unit = 0;
        if (isdigit(c) && (used = number_with_unit(p, &unit)) > 0) {
            /* "taller than 195cm": the number; the unit is the column's own */
            struct question_tok *t = tok_add(r, QUESTION_NUMBER, p, used, 1, (size_t)(p - text));
            if (!t)
                return ERR_NOMEM;
            t->num = strtod(p, NULL);
            t->is_int = 1;
            p += used + unit;
            continue;
        }
        if (isdigit(c)) {
            double v;
            int is_int;
            used = scan_number(p, &v, &is_int);
            if (used) {
                struct question_tok *t =
                    tok_add(r, QUESTION_NUMBER, p, used, 1, (size_t)(p - text));
                if (!t)
                    return ERR_NOMEM;
                t->num = v;
                t->is_int = is_int;
                t->currency = p > text && p[-1] == '$';
                p += used;
                if (*p == '%') { /* "10%": the filter decides whether the column holds 0.1 */
                    t->percent = 1;
                    p++;
                }
                continue;
            }
        }
        if (c == '%') { /* "what % of orders": the word, not punctuation to drop */
            struct question_tok *t = tok_add(r, QUESTION_WORD, "percent", 7, 0, (size_t)(p - text));
            if (!t)
                return ERR_NOMEM;
            t->len = 1;
            t->percent = 1; /* the sign, as written */
            p++;
            continue;
        }
        if (!is_word_byte(c) || c == '_') {
            p++;
            continue;
        }
        used = read_word(r, p);
        if (used == (size_t)-1)
            return ERR_NOMEM;
        p += used;
    }
    return 0;
}

/* Capitals, number words and stems, once every token is known. */
static void finish_tokens(struct question *q)
{
    /* "HOW MANY CUSTOMERS ARE THERE?": capitals mark abbreviations only in a mixed-case question */
    size_t words = 0, caps = 0;
    for (size_t i = 0; i < q->n_toks; i++) {
        words += q->toks[i].kind == QUESTION_WORD;
        caps += q->toks[i].kind == QUESTION_WORD && q->toks[i].upper;
    }
    for (size_t i = 0; caps * 2 > words && i < q->n_toks; i++)
        q->toks[i].upper = 0;
    pthread_once(&stemmer_once, stemmer_init);
    pthread_mutex_lock(&stemmer_lock);
    for (size_t i = 0; i < q->n_toks; i++) {
        struct question_tok *t = &q->toks[i];
        for (size_t k = 0; t->kind == QUESTION_WORD && k < N_NUMBER_WORDS; k++) {
            if (strcmp(t->word, number_words[k].word) == 0) {
                t->kind = QUESTION_NUMBER;
                t->num = number_words[k].value;
                t->is_int = 1;
            }
        }
        if (t->kind == QUESTION_WORD) {
            stem_locked(t->word, strlen(t->word), t->stem);
        } else if (t->kind == QUESTION_QUOTED) {
            size_t k = 0;
            for (; t->word[k]; k++)
                t->stem[k] = (char)tolower((unsigned char)t->word[k]);
            t->stem[k] = '\0';
        } else {
            memcpy(t->stem, t->word, sizeof t->stem);
        }
    }
    pthread_mutex_unlock(&stemmer_lock);
}

/* ---- surface words (what cue phrases are matched on) ---- */

/* A typographic apostrophe (U+2019) at p. */
static int curly_apostrophe(const unsigned char *p)
{
    return p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99;
}

/* Lower-case words of letters, digits and apostrophes (a typographic one counts as '); a number
 * keeps its decimal point and drops its thousands separators ("1,500.5" -> "1500.5"). */
static int read_words(struct reader *r)
{
    struct question *q = r->q;
    const unsigned char *p = (const unsigned char *)q->text;
    while (*p) {
        char w[QUESTION_WORD_MAX];
        size_t k = 0;
        const unsigned char *start = p;
        for (;;) {
            int in_number = *p && k > 0 && isdigit((unsigned char)w[k - 1]) && isdigit(p[1]);
            if (isalnum(*p) || (*p == '\'' && k > 0 && isalpha(p[1])) || (*p == '.' && in_number)) {
                if (k + 1 < sizeof w)
                    w[k++] = (char)tolower(*p);
                p++;
            } else if (*p == ',' && in_number) {
                p++;
            } else if (curly_apostrophe(p) && k > 0 && isalpha(p[3])) {
                if (k + 1 < sizeof w)
                    w[k++] = '\'';
                p += 3;
            } else {
                break;
            }
        }
        if (!k) {
            p++;
            continue;
        }
        if (grow((void **)&q->words, &r->cap_words, q->n_words, sizeof *q->words))
            return ERR_NOMEM;
        struct question_word *qw = &q->words[q->n_words++];
        memcpy(qw->w, w, k);
        qw->w[k] = '\0';
        qw->off = (size_t)((const char *)start - q->text);
        qw->len = (size_t)(p - start);
    }
    for (const char *b = q->text; *b;) {
        while (*b && isspace((unsigned char)*b))
            b++;
        q->n_blank_words += *b != '\0';
        while (*b && !isspace((unsigned char)*b))
            b++;
    }
    return 0;
}

size_t question_phrase_at(const struct question *q, size_t i, const char *phrase)
{
    size_t k = 0;
    for (const char *p = phrase; *p; k++) {
        if (i + k >= q->n_words)
            return 0;
        /* the word is the phrase's next word, up to its space or end, and nothing more */
        const char *w = q->words[i + k].w;
        while (*p && *p != ' ' && *p == *w) {
            p++;
            w++;
        }
        if (*w || (*p && *p != ' '))
            return 0;
        while (*p == ' ')
            p++;
    }
    return k;
}

/* A 4-digit number from 1000 to 2999 reads as a year. */
static int looks_like_year(const char *w)
{
    return strlen(w) == 4 && (w[0] == '1' || w[0] == '2') && isdigit((unsigned char)w[1]) &&
           isdigit((unsigned char)w[2]) && isdigit((unsigned char)w[3]);
}

/* Runs after question_cues() has built the table. */
static void find_cues(struct question *q)
{
    /* only the phrases that start with a word's first byte can stand there */
    for (size_t i = 0; i < q->n_words; i++) {
        unsigned char first = (unsigned char)q->words[i].w[0];
        for (size_t k = cue_first[first]; k < cue_first[first + 1]; k++) {
            size_t c = cue_by_first[k];
            if ((cue_table[c].at_start && i > 0) || !question_phrase_at(q, i, cue_table[c].phrase))
                continue;
            q->cues |= cue_table[c].classes;
            if (q->cue_hits[c] < 255)
                q->cue_hits[c]++;
        }
    }
    for (size_t i = 0; i < q->n_words && !(q->cues & QCUE_TIME); i++)
        if (looks_like_year(q->words[i].w))
            q->cues |= QCUE_TIME;
}

/* ---- quoted values ---- */

/* The values the question quotes: '...', "..." and “...”. An opening quote follows the start or
 * a byte that is not a letter or digit, and a closing one precedes the end or such a byte, so
 * the apostrophes of "the singer's age" quote nothing. */
#define QUESTION_MAX_VALUES 16

static int read_values(struct reader *r)
{
    struct question *q = r->q;
    const unsigned char *p = (const unsigned char *)q->text, *start = p;
    while (*p && q->n_values < QUESTION_MAX_VALUES) {
        size_t open = 0;
        const char *close = NULL;
        if ((*p == '\'' || *p == '"') && (p == start || !isalnum(p[-1]))) {
            open = 1;
            close = *p == '\'' ? "'" : "\"";
        } else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9C) {
            open = 3;
            close = "\xE2\x80\x9D";
        }
        if (!open) {
            p++;
            continue;
        }
        const unsigned char *b = p + open, *e = b;
        size_t cl = strlen(close);
        while (*e && !(strncmp((const char *)e, close, cl) == 0 && !isalnum(e[cl])))
            e++;
        if (!*e) {
            p += open;
            continue;
        }
        while (b < e && isspace(*b))
            b++;
        const unsigned char *t = e;
        while (t > b && isspace(t[-1]))
            t--;
        if (t > b) {
            if (grow((void **)&q->values, &r->cap_values, q->n_values, sizeof *q->values))
                return ERR_NOMEM;
            char *v = malloc((size_t)(t - b) + 1);
            if (!v)
                return ERR_NOMEM;
            memcpy(v, b, (size_t)(t - b));
            v[t - b] = '\0';
            q->values[q->n_values++] = v;
        }
        p = e + cl;
    }
    return 0;
}

/* ---- the question ---- */

int question_read(const char *text, struct question **out)
{
    int rc = ERR_NOMEM;
    struct reader r = {0};
    *out = NULL;
    struct question *q = calloc(1, sizeof *q);
    if (!q)
        return ERR_NOMEM;
    r.q = q;
    q->text = strdup(text ? text : "");
    size_t n;
    if (!q->text || !question_cues(&n))
        goto out; /* rc is ERR_NOMEM: the copy or the cue table could not be allocated */
    q->cue_hits = calloc(n, 1);
    if (!q->cue_hits)
        goto out;
    if ((rc = read_tokens(&r)) || (rc = read_words(&r)) || (rc = read_values(&r)))
        goto out;
    finish_tokens(q);
    find_cues(q);
    *out = q;
    return 0;
out:
    question_free(q);
    return rc;
}

void question_free(struct question *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->n_values; i++)
        free(q->values[i]);
    free(q->values);
    free(q->toks);
    free(q->words);
    free(q->cue_hits);
    free(q->text);
    free(q);
}
