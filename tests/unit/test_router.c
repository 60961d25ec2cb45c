/* The complexity router: classification from cues and linked tables, policy -> starting tier. */
#include <string.h>

#include "llm/router.h"
#include "test.h"

#include "util/banned.h"

/* Classifies text as read by the question reader. */
static enum router_class classify(const char *text, const struct schema_selection *sel,
                                  struct router_features *f)
{
    struct question *q = NULL;
    if (text && question_read(text, &q))
        return (enum router_class) - 1;
    enum router_class c = router_classify(q, sel, f);
    question_free(q);
    return c;
}

/* A selection with n_ranked tables of equal score plus `connectors` FK connectors. */
static struct schema_selection fake_sel(size_t n_ranked, size_t connectors, double *scores)
{
    struct schema_selection sel;
    memset(&sel, 0, sizeof sel);
    for (size_t i = 0; i < n_ranked + connectors; i++)
        scores[i] = i < n_ranked ? 3.0 : 0.1;
    sel.scores = scores;
    sel.n_ranked = n_ranked;
    sel.n_tables = n_ranked + connectors;
    return sel;
}

static void test_classify(void)
{
    double sc[8];
    struct router_features f;
    struct schema_selection one = fake_sel(1, 0, sc);
    CHECK_INT(classify("How many singers are there?", &one, &f), ROUTER_SIMPLE);
    CHECK_INT(f.aggregation, 1);
    CHECK_INT(f.linked_tables, 1);
    CHECK_INT(f.words, 5);
    CHECK_INT(classify("List the names of all customers.", &one, NULL), ROUTER_SIMPLE);

    /* aggregation + grouping */
    CHECK_INT(classify("What is the average age of singers per country?", &one, &f),
              ROUTER_MODERATE);
    CHECK_INT(f.grouping, 1);
    /* two linked tables and a comparison */
    double sc2[8];
    struct schema_selection two = fake_sel(2, 0, sc2);
    CHECK_INT(classify("Show stadiums that hosted more than 3 concerts.", &two, &f),
              ROUTER_MODERATE);
    CHECK_INT(f.comparison, 1);
    CHECK_INT(f.linked_tables, 2);

    /* nesting cue */
    CHECK_INT(classify("Which singers are older than the average age of all singers?", &one, &f),
              ROUTER_COMPLEX);
    CHECK(f.nesting >= 1);
    /* set cue across tables */
    CHECK_INT(classify("Which countries have singers who sang in 2014 but not in 2015?", &two, &f),
              ROUTER_COMPLEX);
    CHECK_INT(f.set_ops, 1);
    /* many tables joined through a connector make a question complex on their own */
    double sc3[8];
    struct schema_selection three = fake_sel(4, 1, sc3);
    CHECK_INT(classify("names of singers, their concerts and stadiums", &three, &f),
              ROUTER_COMPLEX);
    CHECK_INT(f.join_tables, 5);
    /* weak ranked tables (kept for recall) are not linked tables */
    sc3[1] = sc3[2] = sc3[3] = 0.2;
    classify("names of singers, their concerts and stadiums", &three, &f);
    CHECK_INT(f.linked_tables, 1);
    /* cues are whole words: "format" is not "or", "counter" is not "count" */
    CHECK_INT(classify("format of the counter", NULL, &f), ROUTER_SIMPLE);
    CHECK_INT(f.set_ops + f.aggregation, 0);
    CHECK_INT(classify(NULL, NULL, &f), ROUTER_SIMPLE);
}

static void test_start_tier(void)
{
    /* cost: cheapest first, always */
    CHECK_INT(router_start_tier(ROUTER_POLICY_COST, ROUTER_COMPLEX, 3), 1);
    CHECK_INT(router_start_tier(ROUTER_POLICY_COST, ROUTER_SIMPLE, 3), 1);
    /* accuracy: strongest first, always */
    CHECK_INT(router_start_tier(ROUTER_POLICY_ACCURACY, ROUTER_SIMPLE, 3), 3);
    CHECK_INT(router_start_tier(ROUTER_POLICY_ACCURACY, ROUTER_COMPLEX, 2), 2);
    /* balanced: by class */
    CHECK_INT(router_start_tier(ROUTER_POLICY_BALANCED, ROUTER_SIMPLE, 3), 1);
    CHECK_INT(router_start_tier(ROUTER_POLICY_BALANCED, ROUTER_MODERATE, 3), 2);
    CHECK_INT(router_start_tier(ROUTER_POLICY_BALANCED, ROUTER_COMPLEX, 3), 3);
    CHECK_INT(router_start_tier(ROUTER_POLICY_BALANCED, ROUTER_MODERATE, 2), 1);
    CHECK_INT(router_start_tier(ROUTER_POLICY_BALANCED, ROUTER_COMPLEX, 2), 2);
    CHECK_INT(router_start_tier(ROUTER_POLICY_BALANCED, ROUTER_COMPLEX, 1), 1);
    /* no model tiers */
    CHECK_INT(router_start_tier(ROUTER_POLICY_ACCURACY, ROUTER_COMPLEX, 0), 0);
}

static void test_names(void)
{
    enum router_policy p = ROUTER_POLICY_COST;
    CHECK_INT(router_policy_parse("balanced", &p), 0);
    CHECK_INT(p, ROUTER_POLICY_BALANCED);
    CHECK_INT(router_policy_parse("ACCURACY", &p), 0);
    CHECK_INT(p, ROUTER_POLICY_ACCURACY);
    CHECK_INT(router_policy_parse("cheap", &p), -1);
    CHECK_INT(router_policy_parse(NULL, &p), -1);
    CHECK_STR(router_policy_name(ROUTER_POLICY_COST), "cost");
    CHECK_STR(router_class_name(ROUTER_MODERATE), "moderate");
}

static const struct test_case tests[] = {
    {"classify", test_classify},
    {"start_tier", test_start_tier},
    {"names", test_names},
};

TEST_MAIN()
