/* Complexity router: cue phrases and table counts to a class, a class and a policy to a tier.
 * The cues are a table; their weights were set so that the classes line up with Spider's
 * easy / medium / hard+extra split on its dev questions (docs/cost.md), without reading any
 * question's words into the table beyond general English. */
#include "llm/router.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util/banned.h"

enum cue_kind { CUE_AGG, CUE_CMP, CUE_NEST, CUE_SET, CUE_GROUP };

static const struct {
    const char *phrase; /* lowercase, matched as whole words */
    enum cue_kind kind;
    double weight;
} cues[] = {
    /* aggregation */
    {"how many", CUE_AGG, 0.5},     {"number of", CUE_AGG, 0.5},   {"count", CUE_AGG, 0.5},
    {"average", CUE_AGG, 0.75},     {"avg", CUE_AGG, 0.75},        {"mean", CUE_AGG, 0.75},
    {"total", CUE_AGG, 0.75},       {"sum", CUE_AGG, 0.75},        {"maximum", CUE_AGG, 0.5},
    {"minimum", CUE_AGG, 0.5},      {"most", CUE_AGG, 1.0},        {"least", CUE_AGG, 1.0},
    {"highest", CUE_AGG, 0.75},     {"lowest", CUE_AGG, 0.75},     {"largest", CUE_AGG, 0.75},
    {"smallest", CUE_AGG, 0.75},    {"percentage", CUE_AGG, 1.0},  {"ratio", CUE_AGG, 1.0},
    {"proportion", CUE_AGG, 1.0},   {"top", CUE_AGG, 0.5},
    /* comparison */
    {"more than", CUE_CMP, 0.75},   {"less than", CUE_CMP, 0.75},  {"fewer than", CUE_CMP, 0.75},
    {"greater than", CUE_CMP, 0.75}, {"at least", CUE_CMP, 0.75},  {"at most", CUE_CMP, 0.75},
    {"higher than", CUE_CMP, 0.75}, {"lower than", CUE_CMP, 0.75}, {"larger than", CUE_CMP, 0.75},
    {"before", CUE_CMP, 0.5},       {"after", CUE_CMP, 0.5},       {"between", CUE_CMP, 0.5},
    {"older than", CUE_CMP, 0.75},  {"younger than", CUE_CMP, 0.75}, {"exceed", CUE_CMP, 0.75},
    {"compared", CUE_CMP, 1.0},     {"difference", CUE_CMP, 1.0},
    /* nesting: the answer depends on another query's answer */
    {"than the average", CUE_NEST, 2.0}, {"than average", CUE_NEST, 2.0},
    {"than any", CUE_NEST, 2.0},    {"than all", CUE_NEST, 2.0},   {"than every", CUE_NEST, 2.0},
    {"not in", CUE_NEST, 1.5},      {"do not have", CUE_NEST, 1.5}, {"does not have", CUE_NEST, 1.5},
    {"did not", CUE_NEST, 1.5},     {"never", CUE_NEST, 1.5},      {"without any", CUE_NEST, 1.5},
    {"no longer", CUE_NEST, 1.0},   {"the same", CUE_NEST, 1.0},   {"who have not", CUE_NEST, 1.5},
    {"that have not", CUE_NEST, 1.5}, {"are not", CUE_NEST, 1.0},  {"not have", CUE_NEST, 1.0},
    /* set operations */
    {"but not", CUE_SET, 2.0},      {"and also", CUE_SET, 1.5},    {"both", CUE_SET, 1.5},
    {"either", CUE_SET, 1.5},       {"except", CUE_SET, 1.5},      {"neither", CUE_SET, 1.5},
    {"as well as", CUE_SET, 1.0},   {"or", CUE_SET, 0.5},
    /* grouping */
    {"per", CUE_GROUP, 0.75},       {"each", CUE_GROUP, 0.75},     {"for every", CUE_GROUP, 0.75},
    {"by each", CUE_GROUP, 0.75},   {"grouped by", CUE_GROUP, 0.75},
};

/* Class thresholds on the score. */
#define ROUTER_MODERATE_AT 1.25
#define ROUTER_COMPLEX_AT 3.0
/* Each table beyond the first needs a join the model has to get right. */
#define ROUTER_TABLE_WEIGHT 1.0
#define ROUTER_CONNECTOR_WEIGHT 0.5
#define ROUTER_LINKED_SHARE 0.5
/* Long questions carry more conditions. */
#define ROUTER_LONG_WORDS 20
#define ROUTER_VERY_LONG_WORDS 35

/* Occurrences of phrase in text as whole words, case-insensitively. */
static int count_phrase(const char *text, const char *phrase)
{
    size_t n = strlen(phrase);
    int hits = 0;
    for (const char *p = text; *p; p++) {
        if (strncasecmp(p, phrase, n) != 0)
            continue;
        int left = p == text || !isalnum((unsigned char)p[-1]);
        int right = !isalnum((unsigned char)p[n]);
        hits += left && right;
    }
    return hits;
}

static int count_words(const char *text)
{
    int n = 0, in = 0;
    for (const char *p = text; *p; p++) {
        int w = !isspace((unsigned char)*p);
        n += w && !in;
        in = w;
    }
    return n;
}

enum router_class router_classify(const char *question, const struct schema_selection *sel,
                                  struct router_features *f)
{
    struct router_features local;
    if (!f)
        f = &local;
    memset(f, 0, sizeof *f);
    if (!question)
        question = "";
    int *slot[] = {[CUE_AGG] = &f->aggregation, [CUE_CMP] = &f->comparison,
                   [CUE_NEST] = &f->nesting,    [CUE_SET] = &f->set_ops,
                   [CUE_GROUP] = &f->grouping};
    double score = 0;
    for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++) {
        int hits = count_phrase(question, cues[i].phrase);
        if (!hits)
            continue;
        *slot[cues[i].kind] += hits;
        score += cues[i].weight * hits;
    }
    if (sel) {
        /* Tables the question itself points at: ranked close to the best one. Weaker ranked
         * tables are kept for recall, not because the query will join them. */
        for (size_t i = 0; i < sel->n_ranked; i++)
            f->linked_tables += sel->scores[i] >= ROUTER_LINKED_SHARE * sel->scores[0];
        f->join_tables = (int)sel->n_tables;
        if (f->linked_tables > 1)
            score += ROUTER_TABLE_WEIGHT * (f->linked_tables - 1);
        score += ROUTER_CONNECTOR_WEIGHT * (f->join_tables - f->linked_tables);
    }
    f->words = count_words(question);
    score += (f->words > ROUTER_LONG_WORDS) + (f->words > ROUTER_VERY_LONG_WORDS);
    f->score = score;
    return score >= ROUTER_COMPLEX_AT    ? ROUTER_COMPLEX
           : score >= ROUTER_MODERATE_AT ? ROUTER_MODERATE
                                         : ROUTER_SIMPLE;
}

int router_start_tier(enum router_policy policy, enum router_class cls, int n_tiers)
{
    if (n_tiers <= 0)
        return 0;
    switch (policy) {
    case ROUTER_POLICY_ACCURACY:
        return n_tiers;
    case ROUTER_POLICY_BALANCED:
        /* moderate goes to the middle tier, rounding down: with two tiers, to the cheaper one */
        return cls == ROUTER_COMPLEX ? n_tiers : cls == ROUTER_MODERATE ? 1 + (n_tiers - 1) / 2 : 1;
    case ROUTER_POLICY_COST:
    default:
        return 1;
    }
}

static const char *const class_names[] = {"simple", "moderate", "complex"};
static const char *const policy_names[] = {"cost", "balanced", "accuracy"};

const char *router_class_name(enum router_class cls)
{
    return (unsigned)cls < 3 ? class_names[cls] : "?";
}

const char *router_policy_name(enum router_policy policy)
{
    return (unsigned)policy < 3 ? policy_names[policy] : "?";
}

int router_policy_parse(const char *name, enum router_policy *out)
{
    for (int i = 0; i < 3; i++)
        if (name && strcasecmp(name, policy_names[i]) == 0) {
            *out = (enum router_policy)i;
            return 0;
        }
    return -1;
}
