/* nl lexicon: the words tier 0 understands that are not names in a schema — question and filler
 * words, aggregation and comparison words, ranking adjectives, relative time, negation — plus two
 * small general tables (business synonyms, demonyms). Nothing here is about one database: the
 * schema supplies every table, column and value name. Adding a word is adding it to the list of
 * its sense. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "nl/nl_int.h"

#include "util/banned.h"

#define ADJ(hint, dir, sup) ((hint)*4 + ((dir) > 0 ? 1 : 0) + ((sup) ? 2 : 0))

/* A sense is a role with its argument and weakness; the phrases listed with it all carry it.
 * Every phrase stands once in the whole lexicon, so the order of senses does not matter. */
struct lex_sense {
    enum nl_role role;
    int arg;
    int weak;                   /* see struct nl_lex */
    const char *const *phrases; /* NULL-terminated */
};

#define PHRASES(...) ((const char *const[]){__VA_ARGS__, NULL})

static const struct lex_sense senses[] = {
    /* counting and aggregation */
    {NL_R_COUNT, 0, 0,
     PHRASES("how many", "number of", "total number of", "total count of", "count of", "count",
             "headcount", "head count")},
    {NL_R_AGG, NL_AGG_SUM, 0,
     PHRASES("how much", "total", "sum", "sum of", "total amount of", "sum total", "add up",
             "sum up", "added up", "summed up", "combined", "summed")},
    {NL_R_AGG, NL_AGG_AVG, 0, PHRASES("average", "avg", "mean")},
    {NL_R_AGG, NL_AGG_MAX, 0,
     PHRASES("maximum", "max", "highest", "largest", "biggest", "greatest")},
    {NL_R_AGG, NL_AGG_MIN, 0, PHRASES("minimum", "min", "lowest", "smallest")},
    /* grouping */
    {NL_R_GROUP, 0, 0,
     PHRASES("by", "per", "each", "for each", "for every", "in each", "by each", "across",
             "grouped by", "broken down by", "breakdown by", "split by", "split across",
             "split among", "spread across", "broken out by", "split out by")},
    /* comparisons; a comparative may name its column ("older than 30": the age, see
     * nl_lex_implied_column). "over" and "under" are weak: comparisons only when a number follows.
     * "or more" and its kin come after a number */
    {NL_R_CMP, NL_OP_GT, 0,
     PHRASES("more than", "greater than", "larger than", "bigger than", "higher than", "exceeding",
             "exceeds", "more expensive than", "pricier than", "older than", "heavier than",
             "taller than", "longer than", "exceed", "exceeded", "later than", "hold more than",
             "holds more than", "hold over", "holds over", "seat more than", "seats more than",
             "seat over", "seats over")},
    {NL_R_CMP, NL_OP_GT, 1, PHRASES("over", "above")},
    {NL_R_CMP, NL_OP_GE, 0,
     PHRASES("at least", "no less than", "not less than", "not lower than", "not smaller than")},
    {NL_R_CMP, NL_OP_LT, 0,
     PHRASES("less than", "fewer than", "lower than", "smaller than", "cheaper than",
             "younger than", "lighter than", "shorter than", "earlier than", "hold fewer than",
             "holds fewer than", "hold less than", "holds less than", "seat fewer than",
             "seats fewer than", "hold under", "holds under")},
    {NL_R_CMP, NL_OP_LT, 1, PHRASES("under", "below")},
    {NL_R_CMP, NL_OP_LE, 0,
     PHRASES("at most", "no more than", "not higher than", "not greater than", "not larger than",
             "not more than", "up to")},
    {NL_R_CMP, NL_OP_EQ, 0, PHRASES("equal to", "equals", "exactly")},
    {NL_R_BETWEEN, 0, 0, PHRASES("between")},
    {NL_R_OR, 0, 0, PHRASES("or")},
    {NL_R_ORMORE, NL_OP_GE, 0,
     PHRASES("or more", "or after", "or higher", "or later", "or greater", "or above")},
    {NL_R_ORMORE, NL_OP_LE, 0,
     PHRASES("or lower", "or before", "or earlier", "or fewer", "or less", "or below")},
    /* superlatives and ranking */
    {NL_R_MOST, 1, 0,
     PHRASES("most", "the most", "highest number of", "largest number of", "greatest number of",
             "most number of")},
    {NL_R_MOST, -1, 0,
     PHRASES("least", "fewest", "lowest number of", "smallest number of", "quietest")},
    {NL_R_MOST, 1, 0, PHRASES("busiest")},
    {NL_R_TOP, 1, 0, PHRASES("top")},
    {NL_R_SELLING, 1, 0,
     PHRASES("best selling", "bestselling", "top selling", "highest selling", "fastest selling",
             "best seller", "best sellers", "bestseller", "bestsellers")},
    {NL_R_SELLING, -1, 0,
     PHRASES("worst selling", "lowest selling", "least selling", "slowest selling", "worst seller",
             "worst sellers")},
    {NL_R_TOP, -1, 0, PHRASES("bottom")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, 1, 0), 0, PHRASES("expensive")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, 1, 1), 0, PHRASES("priciest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, -1, 0), 0, PHRASES("cheap")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, -1, 1), 0, PHRASES("cheapest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_DATE, 1, 1), 0,
     PHRASES("latest", "newest", "most recent", "last", "most recently")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_DATE, 1, 0), 0, PHRASES("recent")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_AGE, 1, 1), 0, PHRASES("oldest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_AGE, -1, 1), 0, PHRASES("youngest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_DATE, -1, 1), 0, PHRASES("earliest", "first")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_HEIGHT, 1, 1), 0, PHRASES("tallest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_WEIGHT, 1, 1), 0, PHRASES("heaviest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_WEIGHT, -1, 1), 0, PHRASES("lightest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_WEALTH, 1, 1), 0, PHRASES("richest", "wealthiest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_WEALTH, -1, 1), 0, PHRASES("poorest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_LENGTH, 1, 1), 0, PHRASES("longest")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_POPULATION, 1, 1), 0, PHRASES("most populous", "most populated")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_POPULATION, -1, 1), 0,
     PHRASES("least populous", "least populated")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_PAY, 1, 1), 0,
     PHRASES("highest paid", "best paid", "top paid", "highest earning", "top earning",
             "best earning")},
    {NL_R_ORDERADJ, ADJ(NL_HINT_PAY, -1, 1), 0,
     PHRASES("lowest paid", "worst paid", "least paid", "lowest earning", "least earning")},
    /* sorting a list. "sort" alone: in "sort the names by age" the "by" that follows is the key;
     * the "... first" phrases give a direction after the key ("by age, youngest first") */
    {NL_R_ORDER, NL_ORD_KEY, 0,
     PHRASES("ordered by", "order by", "sorted by", "sort by", "sorted on", "in order of",
             "ranked by")},
    {NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0,
     PHRASES("in ascending order of", "in increasing order of", "ordered ascending by",
             "sorted ascending by", "in ascending alphabetical order of", "ordered by ascending",
             "sorted by ascending", "in alphabetical order by", "in alphabetical order of")},
    {NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0,
     PHRASES("in descending order of", "in decreasing order of", "ordered by descending",
             "ordered descending by", "sorted descending by", "in descending alphabetical order of",
             "sorted by descending", "in reverse alphabetical order of")},
    {NL_R_ORDER, NL_ORD_ASC, 0,
     PHRASES("in ascending order", "in increasing order", "ascending", "asc", "smallest first",
             "lowest first", "least first", "earliest first", "from lowest to highest",
             "from smallest to largest")},
    {NL_R_ORDER, NL_ORD_DESC, 0,
     PHRASES("in descending order", "in decreasing order", "descending", "desc", "largest first",
             "biggest first", "highest first", "most first", "newest first", "latest first",
             "most recent first", "from highest to lowest", "from largest to smallest")},
    {NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_ASC, 0,
     PHRASES("in alphabetical order", "alphabetically", "in lexicographical order",
             "sorted alphabetically")},
    {NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_DESC, 0,
     PHRASES("in reverse alphabetical order", "in reversed alphabetical order",
             "in reverse lexicographical order", "in reversed lexicographical order",
             "reverse alphabetical order", "reversed lexicographical order")},
    {NL_R_ORDER, 0, 0, PHRASES("sort")},
    {NL_R_ORDER, NL_ORD_YOUNG, 0, PHRASES("youngest first", "from youngest to oldest")},
    {NL_R_ORDER, NL_ORD_OLD, 0, PHRASES("oldest first", "from oldest to youngest")},
    /* time grouping (weak: a column called "year" wins) */
    {NL_R_TIME, NL_TIME_YEAR, 1, PHRASES("year", "years")},
    {NL_R_TIME, NL_TIME_MONTH, 1, PHRASES("month", "months")},
    {NL_R_TIME, NL_TIME_YEAR + 8, 1, PHRASES("yearly", "annually", "annual")},
    {NL_R_TIME, NL_TIME_MONTH + 8, 1, PHRASES("monthly")},
    {NL_R_TIME, NL_TIME_WEEK, 1, PHRASES("week", "weeks")},
    {NL_R_TIME, NL_TIME_WEEK + 8, 1, PHRASES("weekly")},
    /* question and request words ("name the customers ...": a column called name wins) */
    {NL_R_QWORD, 0, 0,
     PHRASES("which", "who", "whom", "what", "what is", "what are", "what's", "whats", "how are",
             "how is")},
    {NL_R_LIST, 0, 0,
     PHRASES("list", "list of", "show", "show me", "display", "give me", "give", "get", "find",
             "return", "fetch", "tell me", "i want", "i need", "let me see", "retrieve",
             "information about", "all the information about", "all information about", "include",
             "also include", "also show", "provide", "identify", "pull up")},
    /* weak: a table or column named so wins ("report" of a reports table) */
    {NL_R_LIST, 0, 1, PHRASES("name", "report")},
    /* measures (weak: a table or column named so wins) */
    {NL_R_REVENUE, 0, 1, PHRASES("revenue", "revenues", "sales", "turnover")},
    {NL_R_DISTINCT, 0, 0, PHRASES("distinct", "different", "unique")},
    /* time relative to today: tier 0 does not know today, a model with the date does */
    {NL_R_RELTIME, 0, 0,
     PHRASES("last year", "this year", "past year", "previous year", "current year", "last month",
             "this month", "last week", "this week", "last quarter", "this quarter", "year to date",
             "ytd", "today", "yesterday", "recently", "ago", "next")},
    /* things tier 0 does not do; a column called percentage or share wins */
    {NL_R_NEG, 0, 0,
     PHRASES("not", "no", "never", "without", "except", "excluding", "other than", "nor", "neither",
             "none")},
    /* "non-void invoices": weak, a stored 'Non-member' wins */
    {NL_R_NEG, 0, 1, PHRASES("non")},
    {NL_R_COMPLEX, 0, 0,
     PHRASES("quarter", "week", "only", "percent", "ratio", "proportion", "compared", "compare",
             "versus", "vs", "growth", "change", "difference", "median", "both", "also", "same",
             "than", "any")},
    {NL_R_ORDINAL, 2, 0, PHRASES("second", "2nd")},
    {NL_R_ORDINAL, 3, 0, PHRASES("third", "3rd")},
    {NL_R_ORDINAL, 4, 0, PHRASES("fourth", "4th")},
    {NL_R_ORDINAL, 5, 0, PHRASES("fifth", "5th")},
    {NL_R_COMPLEX, 0, 1, PHRASES("percentage", "share")},
    {NL_R_VAGUE, 0, 0,
     PHRASES("should", "why", "how can", "how do", "how to", "recommend", "suggest", "improve",
             "best", "worst", "weakest", "strongest", "good", "bad", "better", "worse", "important",
             "interesting", "insight", "insights", "trend", "trends", "predict", "forecast",
             "explain", "think", "strategy", "valuable", "popular", "successful", "doing")},
    /* filler. "across all": "the average across all players" is not a grouping; "born after 1950":
     * the year goes to the (birth) date; "either 32 or 33": the "or" does the work */
    {NL_R_STOP, 0, 1,
     PHRASES("across all time", "across all", "born", "the", "a", "an", "on", "at", "to", "with",
             "and", "all", "every", "is", "are", "was", "were", "be", "been", "being", "there",
             "do", "does", "did", "have", "has", "had", "having", "we", "our", "us", "i", "me",
             "my", "you", "your", "please", "too", "that", "those", "these", "this", "it", "its",
             "they", "their", "them", "as", "into", "within", "whose", "where", "can", "could",
             "would", "overall", "altogether", "in total", "currently", "right now",
             "at the moment", "represented", "on record", "in the data", "in the db",
             "per the data", "whatsoever", "as well", "group", "in the database", "in our records",
             "at present", "brings in", "bring in", "brought in", "generates", "generate",
             "generated", "sell", "making", "earning", "earns", "earn", "database", "table",
             "record", "records", "row", "rows", "entries", "data", "placed", "place", "make",
             "made", "exist", "exists", "recorded", "stored", "listed", "located", "based",
             "living", "live", "come", "comes", "belong", "belongs", "belonging", "whole", "entire",
             "value", "values", "up", "along", "respective", "corresponding", "through", "via",
             "single", "pls", "plz", "thanks", "kindly", "just", "lives", "break down",
             "broken down", "everyone", "everybody", "anyone", "anybody", "compute", "calculate",
             "among", "holding", "in the world", "of the world", "in the system", "showing",
             "on file", "on record", "plus", "years old", "year old", "yrs old", "yrs", "ever",
             "still", "here", "yet", "anything", "got", "came", "contribute", "contributes",
             "contributed", "in the catalog", "in the catalogue", "so far", "to date",
             "of all time", "all time", "very", "actually", "really", "all years", "all the years",
             "in terms of", "carry", "carries", "money", "operate in", "operates in",
             "do business in", "broadcast", "broadcasts", "broadcasting", "incident", "incidents",
             /* the event itself happening ("work orders opened in 2022"): its own date; a
              * column named so (opened_at, created_on) wins */
             "opened", "created", "submitted", "logged", "raised", "filed", "issued",
             /* units said after a number ("taller than 190 cm") */
             "cm", "centimeters", "centimetres", "mm", "kg", "kgs", "kilograms", "km", "kilometers",
             "kilometres", "lbs", "inches")},
    {NL_R_STOP, 0, 0, PHRASES("corresponds to", "either", "correspond to", "corresponding to")},
    /* filler that gives a following year its operator ("since 2020") */
    {NL_R_STOP, NL_OP_EQ, 1, PHRASES("in", "during", "for", "of", "from")},
    {NL_R_STOP, NL_OP_GE, 1, PHRASES("since")},
    {NL_R_STOP, NL_OP_LT, 1, PHRASES("before")},
    {NL_R_STOP, NL_OP_GT, 1, PHRASES("after")},
    {NL_R_STOP, NL_OP_LE, 1, PHRASES("until")},
};

/* The senses flattened to one entry a phrase, built once: spans point at these entries, and the
 * table lives as long as the process. */
static struct nl_lex *entries; /* grouped by first byte, in table order within a group */
/* The entries whose phrase starts with byte b: [first_at[b], first_at[b + 1]). */
static size_t first_at[257];
static pthread_once_t entries_once = PTHREAD_ONCE_INIT;

static void entries_build(void)
{
    size_t n = 0;
    for (size_t s = 0; s < sizeof senses / sizeof senses[0]; s++)
        for (const char *const *p = senses[s].phrases; *p; p++) {
            first_at[(unsigned char)**p + 1]++;
            n++;
        }
    entries = calloc(n, sizeof *entries);
    if (!entries) {
        memset(first_at, 0, sizeof first_at);
        return; /* out of memory: no phrase matches, tier 0 declines and a model answers */
    }
    for (size_t b = 1; b <= 256; b++)
        first_at[b] += first_at[b - 1];
    size_t next[256];
    memcpy(next, first_at, sizeof next);
    for (size_t s = 0; s < sizeof senses / sizeof senses[0]; s++)
        for (const char *const *p = senses[s].phrases; *p; p++)
            entries[next[(unsigned char)**p]++] =
                (struct nl_lex){*p, senses[s].role, senses[s].arg, senses[s].weak};
}

/* Whether phrase p (words separated by one space) stands at tokens i..; *end is the token after. */
static int phrase_at(const char *p, const struct nl_token *t, size_t n, size_t i, size_t *end)
{
    size_t j = i;
    while (*p) {
        if (j >= n || t[j].kind == NL_TOK_QUOTED)
            return 0;
        /* the token is the phrase's next word, up to its space or end, and nothing more */
        const char *w = t[j].word;
        while (*p && *p != ' ' && *p == *w) {
            p++;
            w++;
        }
        if (*w || (*p && *p != ' '))
            return 0;
        j++;
        if (*p == ' ')
            p++;
    }
    *end = j;
    return 1;
}

const struct nl_lex *nl_lex_match(const struct nl_token *t, size_t n, size_t i, size_t *len)
{
    const struct nl_lex *best = NULL;
    size_t best_len = 0, end;
    pthread_once(&entries_once, entries_build);
    if (i >= n) {
        *len = 0;
        return NULL;
    }
    /* Only the phrases starting with the word's first letter can match; the first longest in
     * table order wins. */
    unsigned char first = (unsigned char)t[i].word[0];
    for (size_t k = first_at[first]; k < first_at[first + 1]; k++) {
        if (phrase_at(entries[k].phrase, t, n, i, &end) && end - i > best_len) {
            best = &entries[k];
            best_len = end - i;
        }
    }
    *len = best_len;
    return best;
}

/* Verbs that, between two things the schema names, usually just state how they are related
 * ("teachers who teach courses", "channels that use English"): the join already says it. Verbs
 * that pick a direction or a role ("departing", "arriving") are not here. */
static const char *const relation_verbs[] = {
    "play",          "plays",     "played",   "playing",    "use",         "uses",
    "used",          "using",     "teach",    "teaches",    "taught",      "teaching",
    "show",          "shows",     "showed",   "shown",      "hire",        "hires",
    "hired",         "hiring",    "sell",     "sells",      "sold",        "selling",
    "handle",        "handles",   "handled",  "handling",   "produce",     "produces",
    "produced",      "producing", "speak",    "speaks",     "spoke",       "spoken",
    "own",           "owns",      "owned",    "work",       "works",       "worked",
    "working",       "write",     "writes",   "wrote",      "written",     "direct",
    "directs",       "directed",  "attend",   "attends",    "attended",    "attending",
    "take",          "takes",     "took",     "taken",      "taking",      "visit",
    "visits",        "visited",   "perform",  "performs",   "performed",   "publish",
    "publishes",     "published", "host",     "hosts",      "hosted",      "hold",
    "holds",         "held",      "manage",   "manages",    "managed",     "serve",
    "serves",        "served",    "sing",     "sings",      "sang",        "sung",
    "compete",       "competed",  "register", "registered", "enroll",      "enrolls",
    "enrolled",      "enrol",     "enrols",   "occur",      "occurs",      "occurred",
    "happen",        "happened",  "give",     "gives",      "given",       "gave",
    "receive",       "receives",  "received", "release",    "released",    "affiliated",
    "employ",        "employs",   "employed", "star",       "starred",     "raise",
    "raised",        "keep",      "keeps",    "kept",       "ended",       "describe",
    "described",     "titled",    "named",    "called",     "participate", "participated",
    "participating", "contain",   "contains", "contained",  "appear",      "appears",
    "appeared",      "win",       "wins",     "won",        "feature",     "features",
    "featured",      "create",    "created",  "design",     "designed",    "build",
    "built",         "drive",     "drives",   "drove",      "driven",      "treat",
    "treated",       "record",    "sign",     "signed",     "join",        "joined",
    "share",         "shares",    "shared",   "belong",     "belongs",     "belonged",
    "come",          "comes",     "came",     "live",       "lives",       "lived",
    "earn",          "earns",     "earned",   "earning",
};

int nl_lex_relation_verb(const char *word)
{
    for (size_t k = 0; k < sizeof relation_verbs / sizeof relation_verbs[0]; k++)
        if (strcmp(relation_verbs[k], word) == 0)
            return 1;
    return 0;
}

/* The column word a comparative implies ("older than" -> age), or NULL. */
const char *nl_lex_implied_column(const char *phrase)
{
    static const struct {
        const char *phrase, *column;
    } implied[] = {
        {"older than", "age"},
        {"younger than", "age"},
        {"heavier than", "weight"},
        {"lighter than", "weight"},
        {"taller than", "height"},
        {"shorter than", "height"},
        {"longer than", "length"},
        {"cheaper than", "price"},
        {"more expensive than", "price"},
        {"pricier than", "price"},
        {"hold more than", "capacity"},
        {"holds more than", "capacity"},
        {"hold over", "capacity"},
        {"holds over", "capacity"},
        {"seat more than", "capacity"},
        {"seats more than", "capacity"},
        {"seat over", "capacity"},
        {"seats over", "capacity"},
        {"hold fewer than", "capacity"},
        {"holds fewer than", "capacity"},
        {"hold less than", "capacity"},
        {"holds less than", "capacity"},
        {"seat fewer than", "capacity"},
        {"seats fewer than", "capacity"},
        {"hold under", "capacity"},
        {"holds under", "capacity"},
    };
    for (size_t k = 0; k < sizeof implied / sizeof implied[0]; k++)
        if (strcmp(phrase, implied[k].phrase) == 0)
            return implied[k].column;
    return NULL;
}

const char *nl_op_sql(enum nl_op op)
{
    switch (op) {
    case NL_OP_GT:
        return ">";
    case NL_OP_GE:
        return ">=";
    case NL_OP_LT:
        return "<";
    case NL_OP_LE:
        return "<=";
    case NL_OP_IN:
        return "IN";
    case NL_OP_NE:
        return "<>";
    case NL_OP_BETWEEN:
        return "BETWEEN";
    case NL_OP_EQ:
        break;
    }
    return "=";
}
