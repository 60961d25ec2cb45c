/* nl lexicon: the words tier 0 understands that are not names in a schema — question and filler
 * words, aggregation and comparison words, ranking adjectives, relative time, negation — plus two
 * small general tables (business synonyms, demonyms). Nothing here is about one database: the
 * schema supplies every table, column and value name. Adding a word is adding a row. */
#include <string.h>

#include "nl/nl_int.h"

#include "util/banned.h"

#define ADJ(hint, dir, sup) ((hint) * 4 + ((dir) > 0 ? 1 : 0) + ((sup) ? 2 : 0))

static const struct nl_lex lexicon[] = {
    /* counting */
    {"how many", NL_R_COUNT, 0, 0},
    {"number of", NL_R_COUNT, 0, 0},
    {"total number of", NL_R_COUNT, 0, 0},
    {"total count of", NL_R_COUNT, 0, 0},
    {"count of", NL_R_COUNT, 0, 0},
    {"count", NL_R_COUNT, 0, 0},
    {"how much", NL_R_AGG, NL_AGG_SUM, 0},
    /* aggregation */
    {"total", NL_R_AGG, NL_AGG_SUM, 0},
    {"sum", NL_R_AGG, NL_AGG_SUM, 0},
    {"sum of", NL_R_AGG, NL_AGG_SUM, 0},
    {"total amount of", NL_R_AGG, NL_AGG_SUM, 0},
    {"sum total", NL_R_AGG, NL_AGG_SUM, 0},
    {"average", NL_R_AGG, NL_AGG_AVG, 0},
    {"avg", NL_R_AGG, NL_AGG_AVG, 0},
    {"mean", NL_R_AGG, NL_AGG_AVG, 0},
    {"maximum", NL_R_AGG, NL_AGG_MAX, 0},
    {"max", NL_R_AGG, NL_AGG_MAX, 0},
    {"highest", NL_R_AGG, NL_AGG_MAX, 0},
    {"largest", NL_R_AGG, NL_AGG_MAX, 0},
    {"biggest", NL_R_AGG, NL_AGG_MAX, 0},
    {"greatest", NL_R_AGG, NL_AGG_MAX, 0},
    {"minimum", NL_R_AGG, NL_AGG_MIN, 0},
    {"min", NL_R_AGG, NL_AGG_MIN, 0},
    {"lowest", NL_R_AGG, NL_AGG_MIN, 0},
    {"smallest", NL_R_AGG, NL_AGG_MIN, 0},
    /* grouping */
    {"by", NL_R_GROUP, 0, 0},
    {"per", NL_R_GROUP, 0, 0},
    {"each", NL_R_GROUP, 0, 0},
    {"for each", NL_R_GROUP, 0, 0},
    {"for every", NL_R_GROUP, 0, 0},
    {"in each", NL_R_GROUP, 0, 0},
    {"by each", NL_R_GROUP, 0, 0},
    {"across", NL_R_GROUP, 0, 0},
    {"grouped by", NL_R_GROUP, 0, 0},
    {"broken down by", NL_R_GROUP, 0, 0},
    {"breakdown by", NL_R_GROUP, 0, 0},
    {"split by", NL_R_GROUP, 0, 0},
    /* comparisons ("over" and "under" are weak: only comparisons when a number follows) */
    {"more than", NL_R_CMP, NL_OP_GT, 0},
    {"greater than", NL_R_CMP, NL_OP_GT, 0},
    {"larger than", NL_R_CMP, NL_OP_GT, 0},
    {"bigger than", NL_R_CMP, NL_OP_GT, 0},
    {"higher than", NL_R_CMP, NL_OP_GT, 0},
    {"over", NL_R_CMP, NL_OP_GT, 1},
    {"above", NL_R_CMP, NL_OP_GT, 1},
    {"exceeding", NL_R_CMP, NL_OP_GT, 0},
    {"exceeds", NL_R_CMP, NL_OP_GT, 0},
    {"at least", NL_R_CMP, NL_OP_GE, 0},
    {"no less than", NL_R_CMP, NL_OP_GE, 0},
    {"not less than", NL_R_CMP, NL_OP_GE, 0},
    {"less than", NL_R_CMP, NL_OP_LT, 0},
    {"fewer than", NL_R_CMP, NL_OP_LT, 0},
    {"lower than", NL_R_CMP, NL_OP_LT, 0},
    {"smaller than", NL_R_CMP, NL_OP_LT, 0},
    {"cheaper than", NL_R_CMP, NL_OP_LT, 0},
    {"more expensive than", NL_R_CMP, NL_OP_GT, 0},
    {"pricier than", NL_R_CMP, NL_OP_GT, 0},
    {"under", NL_R_CMP, NL_OP_LT, 1},
    {"below", NL_R_CMP, NL_OP_LT, 1},
    {"at most", NL_R_CMP, NL_OP_LE, 0},
    {"no more than", NL_R_CMP, NL_OP_LE, 0},
    {"not higher than", NL_R_CMP, NL_OP_LE, 0},
    {"not greater than", NL_R_CMP, NL_OP_LE, 0},
    {"not larger than", NL_R_CMP, NL_OP_LE, 0},
    {"not lower than", NL_R_CMP, NL_OP_GE, 0},
    {"not smaller than", NL_R_CMP, NL_OP_GE, 0},
    {"not more than", NL_R_CMP, NL_OP_LE, 0},
    {"up to", NL_R_CMP, NL_OP_LE, 0},
    {"equal to", NL_R_CMP, NL_OP_EQ, 0},
    {"equals", NL_R_CMP, NL_OP_EQ, 0},
    {"exactly", NL_R_CMP, NL_OP_EQ, 0},
    {"between", NL_R_BETWEEN, 0, 0},
    /* comparatives that name their column ("older than 30": the age) */
    {"older than", NL_R_CMP, NL_OP_GT, 0},
    {"younger than", NL_R_CMP, NL_OP_LT, 0},
    {"heavier than", NL_R_CMP, NL_OP_GT, 0},
    {"lighter than", NL_R_CMP, NL_OP_LT, 0},
    {"taller than", NL_R_CMP, NL_OP_GT, 0},
    {"shorter than", NL_R_CMP, NL_OP_LT, 0},
    {"longer than", NL_R_CMP, NL_OP_GT, 0},
    /* superlatives and ranking */
    {"most", NL_R_MOST, 1, 0},
    {"the most", NL_R_MOST, 1, 0},
    {"highest number of", NL_R_MOST, 1, 0},
    {"largest number of", NL_R_MOST, 1, 0},
    {"greatest number of", NL_R_MOST, 1, 0},
    {"most number of", NL_R_MOST, 1, 0},
    {"least", NL_R_MOST, -1, 0},
    {"fewest", NL_R_MOST, -1, 0},
    {"lowest number of", NL_R_MOST, -1, 0},
    {"smallest number of", NL_R_MOST, -1, 0},
    {"top", NL_R_TOP, 1, 0},
    {"bottom", NL_R_TOP, -1, 0},
    {"expensive", NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, 1, 0), 0},
    {"priciest", NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, 1, 1), 0},
    {"cheap", NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, -1, 0), 0},
    {"cheapest", NL_R_ORDERADJ, ADJ(NL_HINT_PRICE, -1, 1), 0},
    {"latest", NL_R_ORDERADJ, ADJ(NL_HINT_DATE, 1, 1), 0},
    {"newest", NL_R_ORDERADJ, ADJ(NL_HINT_DATE, 1, 1), 0},
    {"most recent", NL_R_ORDERADJ, ADJ(NL_HINT_DATE, 1, 1), 0},
    {"recent", NL_R_ORDERADJ, ADJ(NL_HINT_DATE, 1, 0), 0},
    {"last", NL_R_ORDERADJ, ADJ(NL_HINT_DATE, 1, 1), 0},
    {"oldest", NL_R_ORDERADJ, ADJ(NL_HINT_AGE, 1, 1), 0},
    {"youngest", NL_R_ORDERADJ, ADJ(NL_HINT_AGE, -1, 1), 0},
    {"earliest", NL_R_ORDERADJ, ADJ(NL_HINT_DATE, -1, 1), 0},
    {"first", NL_R_ORDERADJ, ADJ(NL_HINT_DATE, -1, 1), 0},
    /* sorting a list */
    {"ordered by", NL_R_ORDER, NL_ORD_KEY, 0},
    {"order by", NL_R_ORDER, NL_ORD_KEY, 0},
    {"sorted by", NL_R_ORDER, NL_ORD_KEY, 0},
    {"sort by", NL_R_ORDER, NL_ORD_KEY, 0},
    {"sorted on", NL_R_ORDER, NL_ORD_KEY, 0},
    {"in order of", NL_R_ORDER, NL_ORD_KEY, 0},
    {"ranked by", NL_R_ORDER, NL_ORD_KEY, 0},
    {"in ascending order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"in descending order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"in increasing order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"in decreasing order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"ordered by descending", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"ordered descending by", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"ordered ascending by", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"sorted descending by", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"sorted ascending by", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"in ascending alphabetical order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"in descending alphabetical order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"ordered by ascending", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"sorted by descending", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"sorted by ascending", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"in ascending order", NL_R_ORDER, NL_ORD_ASC, 0},
    {"in descending order", NL_R_ORDER, NL_ORD_DESC, 0},
    {"in increasing order", NL_R_ORDER, NL_ORD_ASC, 0},
    {"in decreasing order", NL_R_ORDER, NL_ORD_DESC, 0},
    {"ascending", NL_R_ORDER, NL_ORD_ASC, 0},
    {"descending", NL_R_ORDER, NL_ORD_DESC, 0},
    {"asc", NL_R_ORDER, NL_ORD_ASC, 0},
    {"desc", NL_R_ORDER, NL_ORD_DESC, 0},
    {"in alphabetical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_ASC, 0},
    {"in alphabetical order by", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"in alphabetical order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_ASC, 0},
    {"alphabetically", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_ASC, 0},
    {"in reverse alphabetical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_DESC, 0},
    {"in reverse alphabetical order of", NL_R_ORDER, NL_ORD_KEY | NL_ORD_DESC, 0},
    {"in reversed alphabetical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_DESC, 0},
    {"in reverse lexicographical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_DESC, 0},
    {"in reversed lexicographical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_DESC, 0},
    {"in lexicographical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_ASC, 0},
    {"reverse alphabetical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_DESC, 0},
    {"reversed lexicographical order", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_DESC, 0},
    {"sorted alphabetically", NL_R_ORDER, NL_ORD_ALPHA | NL_ORD_ASC, 0},
    {"sort", NL_R_ORDER, 0, 0}, /* "sort the names by age": the "by" that follows is the key */
    /* "by age, youngest first": a direction after the key */
    {"youngest first", NL_R_ORDER, NL_ORD_YOUNG, 0},
    {"oldest first", NL_R_ORDER, NL_ORD_OLD, 0},
    {"largest first", NL_R_ORDER, NL_ORD_DESC, 0},
    {"biggest first", NL_R_ORDER, NL_ORD_DESC, 0},
    {"highest first", NL_R_ORDER, NL_ORD_DESC, 0},
    {"most first", NL_R_ORDER, NL_ORD_DESC, 0},
    {"newest first", NL_R_ORDER, NL_ORD_DESC, 0},
    {"latest first", NL_R_ORDER, NL_ORD_DESC, 0},
    {"most recent first", NL_R_ORDER, NL_ORD_DESC, 0},
    {"smallest first", NL_R_ORDER, NL_ORD_ASC, 0},
    {"lowest first", NL_R_ORDER, NL_ORD_ASC, 0},
    {"least first", NL_R_ORDER, NL_ORD_ASC, 0},
    {"earliest first", NL_R_ORDER, NL_ORD_ASC, 0},
    {"from oldest to youngest", NL_R_ORDER, NL_ORD_OLD, 0},
    {"from youngest to oldest", NL_R_ORDER, NL_ORD_YOUNG, 0},
    {"from highest to lowest", NL_R_ORDER, NL_ORD_DESC, 0},
    {"from lowest to highest", NL_R_ORDER, NL_ORD_ASC, 0},
    {"from largest to smallest", NL_R_ORDER, NL_ORD_DESC, 0},
    {"from smallest to largest", NL_R_ORDER, NL_ORD_ASC, 0},
    {"across all", NL_R_STOP, 0, 1}, /* "the average across all players": not a grouping */
    /* time grouping (weak: a column called "year" wins) */
    {"year", NL_R_TIME, NL_TIME_YEAR, 1},
    {"years", NL_R_TIME, NL_TIME_YEAR, 1},
    {"month", NL_R_TIME, NL_TIME_MONTH, 1},
    {"months", NL_R_TIME, NL_TIME_MONTH, 1},
    {"yearly", NL_R_TIME, NL_TIME_YEAR + 8, 1},
    {"annually", NL_R_TIME, NL_TIME_YEAR + 8, 1},
    {"annual", NL_R_TIME, NL_TIME_YEAR + 8, 1},
    {"monthly", NL_R_TIME, NL_TIME_MONTH + 8, 1},
    /* time relative to today: tier 0 does not know today, a model with the date does */
    {"last year", NL_R_RELTIME, 0, 0},
    {"this year", NL_R_RELTIME, 0, 0},
    {"past year", NL_R_RELTIME, 0, 0},
    {"previous year", NL_R_RELTIME, 0, 0},
    {"current year", NL_R_RELTIME, 0, 0},
    {"last month", NL_R_RELTIME, 0, 0},
    {"this month", NL_R_RELTIME, 0, 0},
    {"last week", NL_R_RELTIME, 0, 0},
    {"this week", NL_R_RELTIME, 0, 0},
    {"last quarter", NL_R_RELTIME, 0, 0},
    {"this quarter", NL_R_RELTIME, 0, 0},
    {"year to date", NL_R_RELTIME, 0, 0},
    {"ytd", NL_R_RELTIME, 0, 0},
    {"today", NL_R_RELTIME, 0, 0},
    {"yesterday", NL_R_RELTIME, 0, 0},
    {"recently", NL_R_RELTIME, 0, 0},
    {"ago", NL_R_RELTIME, 0, 0},
    {"next", NL_R_RELTIME, 0, 0},
    {"quarter", NL_R_COMPLEX, 0, 0},
    {"week", NL_R_COMPLEX, 0, 0},
    /* question and request words */
    {"which", NL_R_QWORD, 0, 0},
    {"who", NL_R_QWORD, 0, 0},
    {"whom", NL_R_QWORD, 0, 0},
    {"what", NL_R_QWORD, 0, 0},
    {"what is", NL_R_QWORD, 0, 0},
    {"what are", NL_R_QWORD, 0, 0},
    {"what's", NL_R_QWORD, 0, 0},
    {"list", NL_R_LIST, 0, 0},
    {"list of", NL_R_LIST, 0, 0},
    {"show", NL_R_LIST, 0, 0},
    {"show me", NL_R_LIST, 0, 0},
    {"display", NL_R_LIST, 0, 0},
    {"give me", NL_R_LIST, 0, 0},
    {"give", NL_R_LIST, 0, 0},
    {"get", NL_R_LIST, 0, 0},
    {"find", NL_R_LIST, 0, 0},
    {"return", NL_R_LIST, 0, 0},
    {"fetch", NL_R_LIST, 0, 0},
    {"tell me", NL_R_LIST, 0, 0},
    {"i want", NL_R_LIST, 0, 0},
    {"i need", NL_R_LIST, 0, 0},
    {"let me see", NL_R_LIST, 0, 0},
    {"retrieve", NL_R_LIST, 0, 0},
    {"name", NL_R_LIST, 0, 1}, /* "name the customers ..."; a column called name wins */
    {"information about", NL_R_LIST, 0, 0},
    {"all the information about", NL_R_LIST, 0, 0},
    {"all information about", NL_R_LIST, 0, 0},
    {"corresponds to", NL_R_STOP, 0, 0},
    {"born", NL_R_STOP, 0, 1}, /* "born after 1950": the year goes to the (birth) date */
    {"either", NL_R_STOP, 0, 0}, /* "either 32 or 33": the "or" does the work */
    {"correspond to", NL_R_STOP, 0, 0},
    {"corresponding to", NL_R_STOP, 0, 0},
    /* things tier 0 does not do */
    {"not", NL_R_NEG, 0, 0},
    {"no", NL_R_NEG, 0, 0},
    {"never", NL_R_NEG, 0, 0},
    {"without", NL_R_NEG, 0, 0},
    {"except", NL_R_NEG, 0, 0},
    {"excluding", NL_R_NEG, 0, 0},
    {"other than", NL_R_NEG, 0, 0},
    {"nor", NL_R_NEG, 0, 0},
    {"neither", NL_R_NEG, 0, 0},
    {"none", NL_R_NEG, 0, 0},
    {"only", NL_R_COMPLEX, 0, 0},
    {"percentage", NL_R_COMPLEX, 0, 1}, /* a column called percentage or share wins */
    {"percent", NL_R_COMPLEX, 0, 0},
    {"share", NL_R_COMPLEX, 0, 1},
    {"ratio", NL_R_COMPLEX, 0, 0},
    {"proportion", NL_R_COMPLEX, 0, 0},
    {"compared", NL_R_COMPLEX, 0, 0},
    {"compare", NL_R_COMPLEX, 0, 0},
    {"versus", NL_R_COMPLEX, 0, 0},
    {"vs", NL_R_COMPLEX, 0, 0},
    {"growth", NL_R_COMPLEX, 0, 0},
    {"change", NL_R_COMPLEX, 0, 0},
    {"difference", NL_R_COMPLEX, 0, 0},
    {"median", NL_R_COMPLEX, 0, 0},
    {"both", NL_R_COMPLEX, 0, 0},
    {"also", NL_R_COMPLEX, 0, 0},
    {"same", NL_R_COMPLEX, 0, 0},
    {"than", NL_R_COMPLEX, 0, 0},
    {"second", NL_R_COMPLEX, 0, 0},
    {"third", NL_R_COMPLEX, 0, 0},
    {"ever", NL_R_COMPLEX, 0, 0},
    {"any", NL_R_COMPLEX, 0, 0},
    {"should", NL_R_VAGUE, 0, 0},
    {"why", NL_R_VAGUE, 0, 0},
    {"how can", NL_R_VAGUE, 0, 0},
    {"how do", NL_R_VAGUE, 0, 0},
    {"how to", NL_R_VAGUE, 0, 0},
    {"recommend", NL_R_VAGUE, 0, 0},
    {"suggest", NL_R_VAGUE, 0, 0},
    {"improve", NL_R_VAGUE, 0, 0},
    {"best", NL_R_VAGUE, 0, 0},
    {"worst", NL_R_VAGUE, 0, 0},
    {"good", NL_R_VAGUE, 0, 0},
    {"bad", NL_R_VAGUE, 0, 0},
    {"better", NL_R_VAGUE, 0, 0},
    {"worse", NL_R_VAGUE, 0, 0},
    {"important", NL_R_VAGUE, 0, 0},
    {"interesting", NL_R_VAGUE, 0, 0},
    {"insight", NL_R_VAGUE, 0, 0},
    {"insights", NL_R_VAGUE, 0, 0},
    {"trend", NL_R_VAGUE, 0, 0},
    {"trends", NL_R_VAGUE, 0, 0},
    {"predict", NL_R_VAGUE, 0, 0},
    {"forecast", NL_R_VAGUE, 0, 0},
    {"explain", NL_R_VAGUE, 0, 0},
    {"think", NL_R_VAGUE, 0, 0},
    {"strategy", NL_R_VAGUE, 0, 0},
    {"valuable", NL_R_VAGUE, 0, 0},
    {"popular", NL_R_VAGUE, 0, 0},
    {"successful", NL_R_VAGUE, 0, 0},
    {"doing", NL_R_VAGUE, 0, 0},
    /* measures (weak: a table or column named so wins) */
    {"revenue", NL_R_REVENUE, 0, 1},
    {"revenues", NL_R_REVENUE, 0, 1},
    {"sales", NL_R_REVENUE, 0, 1},
    {"turnover", NL_R_REVENUE, 0, 1},
    {"distinct", NL_R_DISTINCT, 0, 0},
    {"different", NL_R_DISTINCT, 0, 0},
    {"unique", NL_R_DISTINCT, 0, 0},
    {"or", NL_R_OR, 0, 0},
    {"or more", NL_R_ORMORE, NL_OP_GE, 0},
    {"or after", NL_R_ORMORE, NL_OP_GE, 0},
    {"or higher", NL_R_ORMORE, NL_OP_GE, 0},
    {"or lower", NL_R_ORMORE, NL_OP_LE, 0},
    {"or later", NL_R_ORMORE, NL_OP_GE, 0},
    {"or before", NL_R_ORMORE, NL_OP_LE, 0},
    {"or earlier", NL_R_ORMORE, NL_OP_LE, 0},
    {"or greater", NL_R_ORMORE, NL_OP_GE, 0},
    {"or above", NL_R_ORMORE, NL_OP_GE, 0},
    {"or fewer", NL_R_ORMORE, NL_OP_LE, 0},
    {"or less", NL_R_ORMORE, NL_OP_LE, 0},
    {"or below", NL_R_ORMORE, NL_OP_LE, 0},
    /* filler; arg of "since" & co. is the operator they give a following year */
    {"in", NL_R_STOP, NL_OP_EQ, 1},
    {"during", NL_R_STOP, NL_OP_EQ, 1},
    {"for", NL_R_STOP, NL_OP_EQ, 1},
    {"of", NL_R_STOP, NL_OP_EQ, 1},
    {"since", NL_R_STOP, NL_OP_GE, 1},
    {"from", NL_R_STOP, NL_OP_EQ, 1},
    {"before", NL_R_STOP, NL_OP_LT, 1},
    {"after", NL_R_STOP, NL_OP_GT, 1},
    {"until", NL_R_STOP, NL_OP_LE, 1},
    {"the", NL_R_STOP, 0, 1},      {"a", NL_R_STOP, 0, 1},       {"an", NL_R_STOP, 0, 1},
    {"on", NL_R_STOP, 0, 1},       {"at", NL_R_STOP, 0, 1},      {"to", NL_R_STOP, 0, 1},
    {"with", NL_R_STOP, 0, 1},     {"and", NL_R_STOP, 0, 1},     {"all", NL_R_STOP, 0, 1},
    {"every", NL_R_STOP, 0, 1},    {"is", NL_R_STOP, 0, 1},      {"are", NL_R_STOP, 0, 1},
    {"was", NL_R_STOP, 0, 1},      {"were", NL_R_STOP, 0, 1},    {"be", NL_R_STOP, 0, 1},
    {"been", NL_R_STOP, 0, 1},     {"being", NL_R_STOP, 0, 1},   {"there", NL_R_STOP, 0, 1},
    {"do", NL_R_STOP, 0, 1},       {"does", NL_R_STOP, 0, 1},    {"did", NL_R_STOP, 0, 1},
    {"have", NL_R_STOP, 0, 1},     {"has", NL_R_STOP, 0, 1},     {"had", NL_R_STOP, 0, 1},
    {"having", NL_R_STOP, 0, 1},   {"we", NL_R_STOP, 0, 1},      {"our", NL_R_STOP, 0, 1},
    {"us", NL_R_STOP, 0, 1},       {"i", NL_R_STOP, 0, 1},       {"me", NL_R_STOP, 0, 1},
    {"my", NL_R_STOP, 0, 1},       {"you", NL_R_STOP, 0, 1},     {"your", NL_R_STOP, 0, 1},
    {"please", NL_R_STOP, 0, 1},   {"that", NL_R_STOP, 0, 1},    {"those", NL_R_STOP, 0, 1},
    {"these", NL_R_STOP, 0, 1},    {"this", NL_R_STOP, 0, 1},    {"it", NL_R_STOP, 0, 1},
    {"its", NL_R_STOP, 0, 1},      {"they", NL_R_STOP, 0, 1},    {"their", NL_R_STOP, 0, 1},
    {"them", NL_R_STOP, 0, 1},     {"as", NL_R_STOP, 0, 1},      {"into", NL_R_STOP, 0, 1},
    {"within", NL_R_STOP, 0, 1},   {"whose", NL_R_STOP, 0, 1},   {"where", NL_R_STOP, 0, 1},
    {"s", NL_R_STOP, 0, 1},        {"can", NL_R_STOP, 0, 1},     {"could", NL_R_STOP, 0, 1},
    {"would", NL_R_STOP, 0, 1},    {"overall", NL_R_STOP, 0, 1}, {"altogether", NL_R_STOP, 0, 1},
    {"in total", NL_R_STOP, 0, 1}, {"currently", NL_R_STOP, 0, 1},
    {"database", NL_R_STOP, 0, 1}, {"table", NL_R_STOP, 0, 1},   {"record", NL_R_STOP, 0, 1},
    {"records", NL_R_STOP, 0, 1},  {"row", NL_R_STOP, 0, 1},     {"rows", NL_R_STOP, 0, 1},
    {"entries", NL_R_STOP, 0, 1},  {"data", NL_R_STOP, 0, 1},    {"placed", NL_R_STOP, 0, 1}, {"place", NL_R_STOP, 0, 1},
    {"make", NL_R_STOP, 0, 1},
    {"made", NL_R_STOP, 0, 1},     {"exist", NL_R_STOP, 0, 1},   {"exists", NL_R_STOP, 0, 1},
    {"recorded", NL_R_STOP, 0, 1}, {"stored", NL_R_STOP, 0, 1},  {"listed", NL_R_STOP, 0, 1},
    {"located", NL_R_STOP, 0, 1},  {"based", NL_R_STOP, 0, 1},   {"living", NL_R_STOP, 0, 1},
    {"live", NL_R_STOP, 0, 1},     {"come", NL_R_STOP, 0, 1},    {"comes", NL_R_STOP, 0, 1},
    {"belong", NL_R_STOP, 0, 1},   {"belongs", NL_R_STOP, 0, 1}, {"belonging", NL_R_STOP, 0, 1},
    {"whole", NL_R_STOP, 0, 1},    {"entire", NL_R_STOP, 0, 1},  {"value", NL_R_STOP, 0, 1},
    {"values", NL_R_STOP, 0, 1},   {"up", NL_R_STOP, 0, 1},      {"along", NL_R_STOP, 0, 1},
    {"respective", NL_R_STOP, 0, 1}, {"corresponding", NL_R_STOP, 0, 1},
    {"through", NL_R_STOP, 0, 1},  {"via", NL_R_STOP, 0, 1},     {"single", NL_R_STOP, 0, 1},
};

const struct nl_lex *nl_lex_match(const struct nl_token *t, size_t n, size_t i, size_t *len)
{
    const struct nl_lex *best = NULL;
    size_t best_len = 0;
    for (size_t k = 0; k < sizeof lexicon / sizeof lexicon[0]; k++) {
        const char *p = lexicon[k].phrase;
        size_t j = i;
        int ok = 1;
        if (i >= n || p[0] != t[i].word[0])
            continue; /* the first letter rules out nearly every entry at no cost */
        while (*p && ok) {
            const char *sp = strchr(p, ' ');
            size_t wl = sp ? (size_t)(sp - p) : strlen(p);
            if (j >= n || t[j].kind == NL_TOK_QUOTED || strlen(t[j].word) != wl ||
                memcmp(t[j].word, p, wl) != 0)
                ok = 0;
            j++;
            p += wl;
            if (*p == ' ')
                p++;
        }
        if (ok && j - i > best_len) {
            best = &lexicon[k];
            best_len = j - i;
        }
    }
    *len = best_len;
    return best;
}

/* demonym -> country names as they are commonly stored, most common spelling first */
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
    {"argentinian", "Argentina"}, {"argentine", "Argentina"}, {"australian", "Australia"},
    {"austrian", "Austria"}, {"belgian", "Belgium"}, {"brazilian", "Brazil"},
    {"british", "UK|United Kingdom|Great Britain"}, {"canadian", "Canada"}, {"chilean", "Chile"},
    {"chinese", "China"}, {"colombian", "Colombia"}, {"czech", "Czech Republic|Czechia"},
    {"danish", "Denmark"}, {"dutch", "Netherlands|The Netherlands"}, {"egyptian", "Egypt"},
    {"english", "England|UK|United Kingdom"}, {"finnish", "Finland"}, {"french", "France"},
    {"german", "Germany"}, {"greek", "Greece"}, {"hungarian", "Hungary"}, {"indian", "India"},
    {"indonesian", "Indonesia"}, {"irish", "Ireland"}, {"israeli", "Israel"},
    {"italian", "Italy"}, {"japanese", "Japan"}, {"kenyan", "Kenya"},
    {"korean", "South Korea|Korea"}, {"mexican", "Mexico"}, {"nigerian", "Nigeria"},
    {"norwegian", "Norway"}, {"pakistani", "Pakistan"}, {"peruvian", "Peru"},
    {"filipino", "Philippines"}, {"polish", "Poland"}, {"portuguese", "Portugal"},
    {"romanian", "Romania"}, {"russian", "Russia"}, {"saudi", "Saudi Arabia"},
    {"scottish", "Scotland"}, {"singaporean", "Singapore"}, {"spanish", "Spain"},
    {"swedish", "Sweden"}, {"swiss", "Switzerland"}, {"thai", "Thailand"},
    {"turkish", "Turkey|Türkiye"}, {"ukrainian", "Ukraine"}, {"vietnamese", "Vietnam|Viet Nam"},
};

const char *nl_lex_demonym(const char *word)
{
    for (size_t k = 0; k < sizeof demonyms / sizeof demonyms[0]; k++)
        if (strcmp(demonyms[k].word, word) == 0)
            return demonyms[k].names;
    return NULL;
}

/* Used only when a word matches no schema name itself. */
static const struct {
    const char *word;
    const char *target;
} synonyms[] = {
    {"client", "customer"},    {"clients", "customer"},    {"buyer", "customer"},
    {"buyers", "customer"},    {"shopper", "customer"},    {"shoppers", "customer"},
    {"staff", "employee"},     {"worker", "employee"},     {"workers", "employee"},
    {"salesperson", "employee"}, {"salespeople", "employee"}, {"rep", "employee"},
    {"reps", "employee"},      {"wage", "salary"},         {"wages", "salary"},
    {"pay", "salary"},         {"people", "person"},       {"nation", "country"},
    {"nations", "country"},    {"town", "city"},           {"towns", "city"},
    {"area", "region"},        {"areas", "region"},        {"territory", "region"},
    {"territories", "region"}, {"mail", "email"},          {"pupil", "student"},
    {"pupils", "student"},     {"class", "course"},        {"classes", "course"},
    {"instructor", "teacher"}, {"instructors", "teacher"}, {"professor", "teacher"},
    {"professors", "teacher"}, {"lecturer", "teacher"},    {"lecturers", "teacher"},
    {"mark", "grade"},         {"marks", "grade"},         {"purchase", "order"},
    {"purchases", "order"},    {"dept", "department"},     {"qty", "quantity"},
    {"kind", "category"},      {"kinds", "category"},      {"cost", "price"},
    {"store", "shop"},         {"stores", "shop"},         {"shop", "store"},
    {"shops", "store"},        {"gender", "sex"},          {"genders", "sex"},
    {"salaries", "salary"}, {"job", "title"},    {"surname", "last_name"},   {"firstname", "first_name"},
};

const char *nl_lex_synonym(const char *word)
{
    for (size_t k = 0; k < sizeof synonyms / sizeof synonyms[0]; k++)
        if (strcmp(synonyms[k].word, word) == 0)
            return synonyms[k].target;
    return NULL;
}

/* Verbs that, between two things the schema names, usually just state how they are related
 * ("teachers who teach courses", "channels that use English"): the join already says it. Verbs
 * that pick a direction or a role ("departing", "arriving") are not here. */
static const char *const relation_verbs[] = {
    "play", "plays", "played", "playing", "use", "uses", "used", "using", "teach", "teaches",
    "taught", "teaching", "show", "shows", "showed", "shown", "hire", "hires", "hired", "hiring",
    "sell", "sells", "sold", "selling", "handle", "handles", "handled", "handling", "produce",
    "produces", "produced", "producing", "speak", "speaks", "spoke", "spoken", "own", "owns",
    "owned", "work", "works", "worked", "working", "write", "writes", "wrote", "written",
    "direct", "directs", "directed", "attend", "attends", "attended", "attending", "take",
    "takes", "took", "taken", "taking", "visit", "visits", "visited", "perform", "performs",
    "performed", "publish", "publishes", "published", "host", "hosts", "hosted", "hold",
    "holds", "held", "manage", "manages", "managed", "serve", "serves", "served", "sing",
    "sings", "sang", "sung", "compete", "competed", "register", "registered", "enroll",
    "enrolls", "enrolled", "enrol", "enrols", "occur", "occurs", "occurred", "happen",
    "happened", "give", "gives", "given", "gave", "receive", "receives", "received", "release",
    "released", "affiliated", "employ", "employs", "employed", "star", "starred", "raise",
    "raised", "keep", "keeps", "kept", "ended", "describe", "described", "titled", "named",
    "called", "participate", "participated", "participating", "contain", "contains",
    "contained", "appear", "appears", "appeared", "win", "wins", "won", "feature", "features",
    "featured", "create", "created", "design", "designed", "build", "built", "drive", "drives",
    "drove", "driven", "treat", "treated", "record", "sign", "signed", "join", "joined",
    "share", "shares", "shared", "belong", "belongs", "belonged", "come", "comes", "came",
    "live", "lives", "lived", "earn", "earns", "earned", "earning",
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
        {"older than", "age"},       {"younger than", "age"},   {"heavier than", "weight"},
        {"lighter than", "weight"},  {"taller than", "height"}, {"shorter than", "height"},
        {"longer than", "length"},   {"cheaper than", "price"},  {"more expensive than", "price"},
        {"pricier than", "price"},
    };
    for (size_t k = 0; k < sizeof implied / sizeof implied[0]; k++)
        if (strcmp(phrase, implied[k].phrase) == 0)
            return implied[k].column;
    return NULL;
}

const char *nl_op_sql(enum nl_op op)
{
    switch (op) {
    case NL_OP_GT: return ">";
    case NL_OP_GE: return ">=";
    case NL_OP_LT: return "<";
    case NL_OP_LE: return "<=";
    case NL_OP_IN: return "IN";
    case NL_OP_NE: return "<>";
    case NL_OP_BETWEEN: return "BETWEEN";
    case NL_OP_EQ: break;
    }
    return "=";
}
