/* Every supervisor transition (done / fix / escalate / fallback / refuse), driven one by one, and
 * agreement between tiers, as a rule and through a run with scripted model answers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze/analyze.h"
#include "core/config.h"
#include "core/pipeline.h"
#include "db/demo.h"
#include "test.h"

static struct config cfg;

static enum supervisor_action decide(struct supervisor_input in)
{
    return supervisor_decide(&cfg, &in);
}

static int run_two_answers(const char *sql2, double conf2, int *tier_out);

static void test_done_when_confident(void)
{
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.9, .has_next_tier = 1}), SUP_DONE);
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.8}), SUP_DONE);
}

static void test_fix_on_error_until_max_attempts(void)
{
    struct supervisor_input in = {
        .has_error = 1, .err_cls = DBE_UNKNOWN_COLUMN, .tier_attempts = 1, .has_next_tier = 1};
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
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.3, .has_next_tier = 1}),
              SUP_ESCALATE);
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.3}), SUP_FALLBACK);
    /* Between the thresholds: escalate if someone stronger exists, else answer. */
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.6, .has_next_tier = 1}),
              SUP_ESCALATE);
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.6}), SUP_DONE);
    /* Tier 0 is calibrated: in that band with nobody to ask it does not answer. */
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.6, .strict = 1}), SUP_FALLBACK);
    CHECK_INT(decide((struct supervisor_input){.confidence = 0.85, .strict = 1}), SUP_DONE);
    /* the floor the fallback keeps an earlier answer by is the same rule */
    CHECK(supervisor_answer_floor(&cfg, 1) == cfg.conf_done);
    CHECK(supervisor_answer_floor(&cfg, 0) == cfg.conf_escalate);
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
    /* Tier 0 (calibrated) needs its full threshold for an odd result: a model's 0.6 stands,
     * tier 0's does not */
    in.confidence = 0.6;
    CHECK_INT(decide(in), SUP_DONE);
    in.strict = 1;
    CHECK_INT(decide(in), SUP_FALLBACK);
    in.confidence = 0.85;
    CHECK_INT(decide(in), SUP_DONE);
    /* Truncation alone is not suspicious. */
    CHECK_INT(decide((struct supervisor_input){
                  .confidence = 0.9, .checks = ANALYZE_TRUNCATED, .has_next_tier = 1}),
              SUP_DONE);
}

static void test_escalate_when_tier_failed(void)
{
    CHECK_INT(decide((struct supervisor_input){.tier_failed = 1, .has_next_tier = 1}),
              SUP_ESCALATE);
    CHECK_INT(decide((struct supervisor_input){.tier_failed = 1}), SUP_FALLBACK);
}

static void test_refuse_unsafe(void)
{
    CHECK_INT(decide((struct supervisor_input){
                  .has_error = 1, .err_cls = DBE_UNSAFE, .has_next_tier = 1}),
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

static void test_agreement_rule(void)
{
    /* agreement lifts a tier to conf_agree (0.9 by default), never lowers it */
    CHECK(supervisor_agreement(&cfg, 0.6, 1, 0.0) == cfg.conf_agree);
    CHECK(supervisor_agreement(&cfg, 0.95, 1, 0.5) == 0.95);
    /* disagreement with a decent earlier answer caps at conf_disagree: below conf_done */
    CHECK(supervisor_agreement(&cfg, 0.85, 0, cfg.conf_disagree_min) == cfg.conf_disagree);
    CHECK(cfg.conf_disagree < cfg.conf_done);
    CHECK_INT(decide((struct supervisor_input){
                  .confidence = supervisor_agreement(&cfg, 0.85, 0, 0.6), .has_next_tier = 1}),
              SUP_ESCALATE);
    /* ... and with no stronger tier left, the strongest tier's answer still stands */
    CHECK_INT(
        decide((struct supervisor_input){.confidence = supervisor_agreement(&cfg, 0.85, 0, 0.6)}),
        SUP_DONE);
    /* an earlier answer below conf_disagree_min says nothing when it differs */
    CHECK(supervisor_agreement(&cfg, 0.85, 0, cfg.conf_disagree_min - 0.01) == 0.85);
    CHECK(supervisor_agreement(&cfg, 0.3, 0, 0.9) == 0.3);
}

static void test_agreement_in_a_run(void)
{
    int tier = -1;
    /* the same rows in another order and column name: agreement makes tier 2's 0.7 final */
    CHECK_INT(run_two_answers("SELECT name AS region FROM regions ORDER BY name DESC", 0.7, &tier),
              0);
    CHECK_INT(tier, 2);
    /* without agreement the same 0.7 answer escalates: the rule is what made it final */
    CHECK_INT(run_two_answers("SELECT name FROM regions WHERE region_id = 1", 0.7, &tier), 3);
    /* different rows: tier 2's 0.85 (final on its own) is capped and tier 3 is asked */
    CHECK_INT(run_two_answers("SELECT name FROM regions WHERE region_id = 1", 0.85, &tier), 3);
}

static void test_unconfirmed_rule(void)
{
    /* capped below confidence_done only while a cheaper tier is left to vote */
    CHECK(supervisor_unconfirmed(&cfg, 0.85, 1) == cfg.conf_unconfirmed);
    CHECK(cfg.conf_unconfirmed < cfg.conf_done);
    CHECK(cfg.conf_unconfirmed >= cfg.conf_escalate);
    CHECK(supervisor_unconfirmed(&cfg, 0.85, 0) == 0.85);
    CHECK(supervisor_unconfirmed(&cfg, 0.6, 1) == 0.6);
    struct config off;
    config_init(&off);
    off.conf_unconfirmed = 1;
    CHECK(supervisor_unconfirmed(&off, 0.85, 1) == 0.85);
}

/* Scripted model tiers (tier 0 off) over the demo database: tier k answers answers[k-1] at
 * confidence conf[k-1] (0.85 when conf is NULL). Returns the tier the run waits on after the
 * scripted answers (0 when it finished); *tier_out is the answer's tier. */
static int run_answers_at(const char *question, int n_tiers, const char *const *answers,
                          int n_answers, const double *conf, int *tier_out)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    char path[512], mk[600];
    snprintf(path, sizeof path, "%s/test_pipeline_v_%d.sqlite", dir ? dir : "/tmp", (int)getpid());
    snprintf(mk, sizeof mk, "mkdir -p '%s'", dir ? dir : "/tmp");
    CHECK_INT(system(mk), 0);
    struct err e = {0};
    struct config c;
    config_init(&c);
    c.no_rules = 1;
    for (int i = 0; i < n_tiers; i++) {
        CHECK_INT(config_add_tier(&c, "ollama,http://127.0.0.1:1,m,0.1,0.2", &e), 0);
        if (conf)
            c.tiers[i].confidence = conf[i];
    }
    CHECK_INT(demo_create(path, DEMO_DEFAULT_SEED, &e), 0);
    struct db *db = NULL;
    struct schema schema;
    memset(&schema, 0, sizeof schema);
    CHECK_INT(db_open(path, &db, &e), 0);
    CHECK_INT(db_introspect(db, &schema, &e), 0);
    struct pipeline p = {.cfg = &c, .db = db, .schema = &schema, .db_name = "demo"};
    struct state st;
    struct pipeline_run *r = NULL;
    CHECK_INT(pipeline_start(&p, question, &st, &r, &e), 0);
    int waiting = 0;
    for (int i = 0; i < n_answers; i++) {
        if (pipeline_advance(r) != PIPELINE_NEED_MODEL) {
            CHECK(0); /* finished before every scripted answer was asked for */
            break;
        }
        CHECK_INT(pipeline_pending_call(r)->tier_index, i + 1);
        struct llm_reply reply;
        memset(&reply, 0, sizeof reply);
        reply.text = (char *)answers[i];
        pipeline_resume(r, 0, &reply, NULL);
    }
    if (pipeline_advance(r) == PIPELINE_NEED_MODEL)
        waiting = pipeline_pending_call(r)->tier_index;
    else
        CHECK_INT(st.status, STATE_ANSWERED);
    *tier_out = st.tier;
    pipeline_run_free(r);
    state_free(&st);
    schema_free(&schema);
    db_close(db);
    config_free(&c);
    unlink(path);
    return waiting;
}

static int run_answers(const char *question, int n_tiers, const char *const *answers, int n_answers,
                       int *tier_out)
{
    return run_answers_at(question, n_tiers, answers, n_answers, NULL, tier_out);
}

/* Three scripted model tiers: tier 1 answers at 0.6 (between the thresholds: escalate), tier 2
 * answers `sql2` at `conf2`. Returns the tier the run waits on afterwards (3 when it escalated),
 * or 0 when it finished; *tier_out is the answer's tier. */
static int run_two_answers(const char *sql2, double conf2, int *tier_out)
{
    const char *answers[] = {"SELECT name FROM regions", sql2};
    const double conf[] = {0.6, conf2, 0.85};
    return run_answers_at("list the names of the regions", 3, answers, 2, conf, tier_out);
}

static void test_cheap_tiers_vote(void)
{
    const char *q = "list the names of the regions";
    const char *a = "SELECT name FROM regions", *b = "SELECT name FROM regions WHERE region_id = 1";
    int tier = -1;
    /* two model tiers: nobody cheaper left to vote, tier 1's clean 0.85 is final */
    CHECK_INT(run_answers(q, 2, (const char *const[]){a}, 1, &tier), 0);
    CHECK_INT(tier, 1);
    /* three: tier 1 alone is not final, tier 2 is asked and its agreeing answer is */
    CHECK_INT(run_answers(q, 3, (const char *const[]){a}, 1, &tier), 2);
    CHECK_INT(run_answers(q, 3, (const char *const[]){a, a}, 2, &tier), 0);
    CHECK_INT(tier, 2);
    /* tier 2 differs: the strongest decides */
    CHECK_INT(run_answers(q, 3, (const char *const[]){a, b}, 2, &tier), 3);
    /* four: tier 3 agrees with tier 2 (not the best earlier attempt): every earlier one counts */
    CHECK_INT(run_answers(q, 4, (const char *const[]){a, b, b}, 3, &tier), 0);
    CHECK_INT(tier, 3);
}

static void test_question_contradicts_sql(void)
{
    int tier = -1;
    const char *a = "SELECT name FROM regions";
    /* two model tiers: a clean tier-1 answer the question agrees with is final */
    CHECK_INT(run_answers("list the names of the regions", 2, (const char *const[]){a}, 1, &tier),
              0);
    CHECK_INT(tier, 1);
    /* "sorted" and no ORDER BY: the strongest tier is asked */
    CHECK_INT(run_answers("list the names of the regions sorted by name", 2,
                          (const char *const[]){a}, 1, &tier),
              2);
    /* the strongest tier's own answer is never penalised: it stands */
    CHECK_INT(run_answers("list the names of the regions sorted by name", 1,
                          (const char *const[]){a}, 1, &tier),
              0);
    CHECK_INT(tier, 1);
}

static void setup(void)
{
    config_init(&cfg);
}

/* The trace and errors are recorded whole; a state that lost a record (out of memory) gives no
 * JSON rather than a trace with a step missing. */
static void test_state_json_complete(void)
{
    struct state st;
    CHECK_INT(state_init(&st, "how many orders", "shop"), 0);
    CHECK_INT(state_add_step(&st, NODE_GENERATE_SQL, 0, "SELECT 1", 1.5, "rules: %s", "ok"), 0);
    CHECK_INT(state_add_error(&st, 0, NULL, "no such column", 7), 0);
    CHECK_INT(state_set_message(&st, "note %d", 1), 0);
    json_t *j = state_to_json(&st);
    CHECK(j != NULL);
    json_t *step = json_array_get(json_object_get(j, "trace"), 0);
    CHECK_STR(json_string_value(json_object_get(step, "sql")), "SELECT 1");
    CHECK_STR(json_string_value(json_object_get(step, "outcome")), "rules: ok");
    json_t *err = json_array_get(json_object_get(j, "errors"), 0);
    CHECK_STR(json_string_value(json_object_get(err, "class")), "other");
    CHECK_INT(json_integer_value(json_object_get(err, "position")), 7);
    CHECK_STR(json_string_value(json_object_get(j, "message")), "note 1");
    json_decref(j);
    st.lost_record = 1;
    CHECK(state_to_json(&st) == NULL);
    state_free(&st);
}

/* A model's answer that cannot answer its question is never final, however confident: the
 * next tier is asked, and with none left the run falls back. Tier 0 (strict) never carries these
 * checks; were it to, its usual suspicious-result rule would apply. */
static void test_implausible_never_final(void)
{
    struct supervisor_input in = {
        .confidence = 0.95, .checks = ANALYZE_NO_TABLE, .has_next_tier = 1};
    CHECK_INT(decide(in), SUP_ESCALATE);
    in.has_next_tier = 0;
    CHECK_INT(decide(in), SUP_FALLBACK);
    in.checks = ANALYZE_ONE_FOR_EACH | ANALYZE_TRUNCATED;
    CHECK_INT(decide(in), SUP_FALLBACK);
    in.strict = 1;
    CHECK_INT(decide(in), SUP_DONE);
    /* in a run: tier 1's constant is passed over for tier 2's query */
    const char *q = "How many customers are in Germany?";
    const char *a[] = {"SELECT 143", "SELECT count(*) FROM customers WHERE country = 'Germany'"};
    int tier = -1;
    CHECK_INT(run_answers(q, 2, a, 2, &tier), 0);
    CHECK_INT(tier, 2);
    const char *b[] = {"SELECT name FROM sqlite_master", a[1]};
    CHECK_INT(run_answers(q, 2, b, 2, &tier), 0);
    CHECK_INT(tier, 2);
    /* the right answer from tier 1 is final there */
    CHECK_INT(run_answers(q, 2, a + 1, 1, &tier), 0);
    CHECK_INT(tier, 1);
}

static const struct test_case tests[] = {
    {"state_json_complete", test_state_json_complete},
    {"done_when_confident", test_done_when_confident},
    {"fix_on_error_until_max_attempts", test_fix_on_error_until_max_attempts},
    {"escalate_on_low_confidence", test_escalate_on_low_confidence},
    {"escalate_on_suspicious_result", test_escalate_on_suspicious_result},
    {"escalate_when_tier_failed", test_escalate_when_tier_failed},
    {"refuse_unsafe", test_refuse_unsafe},
    {"thresholds_from_configuration", test_thresholds_from_configuration},
    {"config_validation", test_config_validation},
    {"agreement_rule", test_agreement_rule},
    {"agreement_in_a_run", test_agreement_in_a_run},
    {"unconfirmed_rule", test_unconfirmed_rule},
    {"cheap_tiers_vote", test_cheap_tiers_vote},
    {"question_contradicts_sql", test_question_contradicts_sql},
    {"implausible_never_final", test_implausible_never_final},
};

TEST_MAIN_FIXTURE(setup, test_no_fixture_)
