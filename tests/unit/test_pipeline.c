/* Every supervisor transition (done / fix / escalate / fallback / refuse), driven one by one. */
#include "analyze/analyze.h"
#include "core/config.h"
#include "core/pipeline.h"
#include "test.h"

static struct config cfg;

static enum supervisor_action decide(struct supervisor_input in)
{
    return supervisor_decide(&cfg, &in);
}

static void test_done_when_confident(void)
{
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.9, .has_next_tier = 1}), SUP_DONE);
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.8}), SUP_DONE);
}

static void test_fix_on_error_until_max_attempts(void)
{
    struct supervisor_input in = {.has_error = 1, .err_cls = DBE_UNKNOWN_COLUMN, .tier_attempts = 1,
                                  .has_next_tier = 1};
    CHECK_INT(decide(in), SUP_FIX);
    in.tier_attempts = 2;
    CHECK_INT(decide(in), SUP_FIX);
    in.tier_attempts = 3; /* max_attempts = 3 */
    CHECK_INT(decide(in), SUP_ESCALATE);
    in.has_next_tier = 0;
    CHECK_INT(decide(in), SUP_FALLBACK);
}

static void test_escalate_on_low_confidence(void)
{
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.3, .has_next_tier = 1}), SUP_ESCALATE);
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.3}), SUP_FALLBACK);
    /* Between the thresholds: escalate if someone stronger exists, else answer. */
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.6, .has_next_tier = 1}), SUP_ESCALATE);
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.6}), SUP_DONE);
}

static void test_escalate_on_suspicious_result(void)
{
    struct supervisor_input in = {.confidence = 0.95, .checks = ANALYZE_EMPTY, .has_next_tier = 1};
    CHECK_INT(decide(in), SUP_ESCALATE);
    in.checks = ANALYZE_MANY_FOR_COUNT;
    CHECK_INT(decide(in), SUP_ESCALATE);
    in.has_next_tier = 0; /* last tier: the honest empty answer stands */
    CHECK_INT(decide(in), SUP_DONE);
    in.confidence = 0.2;
    CHECK_INT(decide(in), SUP_FALLBACK);
    /* Truncation alone is not suspicious. */
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.9, .checks = ANALYZE_TRUNCATED,
                                               .has_next_tier = 1}),
              SUP_DONE);
}

static void test_escalate_when_tier_failed(void)
{
    CHECK_INT(decide((struct supervisor_input){.tier_failed = 1, .has_next_tier = 1}), SUP_ESCALATE);
    CHECK_INT(decide((struct supervisor_input){.tier_failed = 1}), SUP_FALLBACK);
}

static void test_refuse_unsafe(void)
{
    CHECK_INT(decide((struct supervisor_input){.has_error = 1, .err_cls = DBE_UNSAFE,
                                               .has_next_tier = 1}),
              SUP_REFUSE);
}

static void test_thresholds_from_configuration(void)
{
    struct config c2;
    config_init(&c2);
    c2.conf_done = 0.95;
    c2.conf_escalate = 0.2;
    c2.max_attempts = 1;
    struct supervisor_input in = {.confidence = 0.9, .has_next_tier = 1};
    CHECK_INT(supervisor_decide(&c2, &in), SUP_ESCALATE);
    in.has_next_tier = 0;
    in.confidence = 0.25;
    CHECK_INT(supervisor_decide(&c2, &in), SUP_DONE);
    struct supervisor_input err = {.has_error = 1, .err_cls = DBE_SYNTAX, .tier_attempts = 1};
    CHECK_INT(supervisor_decide(&c2, &err), SUP_FALLBACK);
    config_free(&c2);
}

static void test_config_validation(void)
{
    struct config c2;
    struct err e;
    config_init(&c2);
    CHECK_INT(config_validate(&c2, &e), 0);
    c2.no_rules = 1;
    CHECK_INT(config_validate(&c2, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "--llm");
    c2.no_rules = 0;
    c2.conf_escalate = 0.9;
    c2.conf_done = 0.8;
    CHECK_INT(config_validate(&c2, &e), ERR_USAGE);
    CHECK_INT(config_add_tier(&c2, "ollama,http://127.0.0.1:1,m,0.1,0.2", &e), 0);
    CHECK_INT(c2.n_tiers, 1);
    CHECK_INT(config_add_tier(&c2, "nope", &e), ERR_USAGE);
    CHECK_INT(c2.n_tiers, 1);
    config_free(&c2);
}

static void setup(void)
{
    config_init(&cfg);
}

static const struct test_case tests[] = {
    {"setup", setup},
    {"done_when_confident", test_done_when_confident},
    {"fix_on_error_until_max_attempts", test_fix_on_error_until_max_attempts},
    {"escalate_on_low_confidence", test_escalate_on_low_confidence},
    {"escalate_on_suspicious_result", test_escalate_on_suspicious_result},
    {"escalate_when_tier_failed", test_escalate_when_tier_failed},
    {"refuse_unsafe", test_refuse_unsafe},
    {"thresholds_from_configuration", test_thresholds_from_configuration},
    {"config_validation", test_config_validation},
};

TEST_MAIN()
