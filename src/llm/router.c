/* Complexity router: cue phrases and table counts to a class, a class and a policy to a tier.
 * The cues and their weights are rows of the one cue table (util/question.c): the weights were
 * set so that the classes line up with Spider's easy / medium / hard+extra split on its dev
 * questions (docs/cost.md), without reading any question's words into the table beyond general
 * English. */
#include "llm/router.h"

#include <string.h>
#include <strings.h>

#include "util/banned.h"

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

/* The feature a weighted cue counts in. */
static int *cue_slot(struct router_features *f, unsigned classes)
{
    if (classes & QCUE_AGG)
        return &f->aggregation;
    if (classes & QCUE_CMP)
        return &f->comparison;
    if (classes & QCUE_NEST)
        return &f->nesting;
    if (classes & QCUE_SET)
        return &f->set_ops;
    return &f->grouping;
}

enum router_class router_classify(const struct question *q, const struct schema_selection *sel,
                                  struct router_features *f)
{
    struct router_features local;
    if (!f)
        f = &local;
    memset(f, 0, sizeof *f);
    double score = 0;
    size_t n_cues = 0;
    const struct question_cue_def *cues = question_cues(&n_cues);
    for (size_t i = 0; q && i < n_cues; i++) {
        int hits = q->cue_hits[i];
        if (!hits || cues[i].weight <= 0)
            continue;
        *cue_slot(f, cues[i].classes) += hits;
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
    f->words = q ? (int)q->n_blank_words : 0;
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
