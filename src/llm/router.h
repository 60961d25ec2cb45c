/* router: which model tier a question starts at. A question is classified simple / moderate /
 * complex from features any live system has before calling a model (the tables schema selection
 * linked, aggregation / comparison / nesting / set cues, length), and a policy maps the class to
 * a starting tier: cost (cheapest first), balanced, accuracy (strongest first). docs/cost.md.
 *
 * Tier 0 (the built-in parser) is free and always runs first unless configured off; the router
 * chooses the model tier the run goes to when tier 0 hands over. Escalation from there is the
 * supervisor's.
 *
 * It reads the question (util/question) and the schema selection as data only. Pure functions:
 * thread-safe, no allocation. */
#ifndef GENBI_ROUTER_H
#define GENBI_ROUTER_H

#include "schema/schema.h"
#include "util/question.h"

enum router_class { ROUTER_SIMPLE = 0, ROUTER_MODERATE, ROUTER_COMPLEX };

enum router_policy {
    ROUTER_POLICY_COST = 0, /* the default: cheapest model tier first, escalate on doubt */
    ROUTER_POLICY_BALANCED, /* simple -> cheapest, moderate -> middle, complex -> strongest */
    ROUTER_POLICY_ACCURACY, /* strongest model tier first */
};

struct router_features {
    int linked_tables; /* tables ranked for the question (before FK completion) */
    int join_tables;   /* tables in the context, connectors included */
    int aggregation;   /* cues: count, average, total, most, ... */
    int comparison;    /* cues: more than, at least, before, ... */
    int nesting;       /* cues: than the average, not in, never, ... */
    int set_ops;       /* cues: but not, both ... and, either, except, ... */
    int grouping;      /* cues: per, each, for every, by ... */
    int words;         /* words in the question */
    double score;      /* weighted sum the class is read from */
};

/* Classifies a read question (NULL: no cues); sel may be NULL (then no table features). f may
 * be NULL. */
enum router_class router_classify(const struct question *q, const struct schema_selection *sel,
                                  struct router_features *f);
/* 1-based model tier to start at for n_tiers model tiers (0 when there are none). */
int router_start_tier(enum router_policy policy, enum router_class cls, int n_tiers);

const char *router_class_name(enum router_class cls);
const char *router_policy_name(enum router_policy policy);
/* "cost", "balanced" or "accuracy"; returns 0, or -1 for anything else. */
int router_policy_parse(const char *name, enum router_policy *out);

#endif
