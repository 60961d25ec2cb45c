/* The supervised pipeline. One run owns one struct state; nodes append to its trace, and the
 * supervisor turns each outcome into the next step. */
#include "core/pipeline.h"
#include "core/pipeline_tmpl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "analyze/consistency.h"
#include "analyze/fix.h"
#include "analyze/ties.h"
#include "llm/llm.h"
#include "llm/router.h"
#include "nl/nl.h"
#include "schema/schema.h"
#include "semantic/semantic.h"
#include "util/clock.h"

#include "util/banned.h"

/* Confidence lost by an answer that needed a repair, and the factor applied to a suspicious one. */
#define REPAIR_PENALTY 0.05
#define SUSPICIOUS_FACTOR 0.6

/* The semantic layer's metrics that are money or percentages, as the result columns tier 0
 * names them ("revenue", "margin", "revenue_monthly_average"): shown with their currency or
 * percent sign, and a percentage is never summed into a share of a total. */
#define METRIC_HINTS 48
struct metric_formats {
    struct analyze_column_format hint[METRIC_HINTS];
    char name[METRIC_HINTS][96];
    size_t n;
};

static void metric_formats(const struct semantic *sm, struct metric_formats *mf)
{
    static const char *const periods[] = {"",
                                          "_daily_average",
                                          "_weekly_average",
                                          "_monthly_average",
                                          "_quarterly_average",
                                          "_yearly_average"};
    mf->n = 0;
    for (size_t k = 0; sm && k < sm->n_metrics; k++) {
        const struct semantic_metric *m = &sm->metrics[k];
        if (m->format == SEMANTIC_FMT_NUMBER)
            continue;
        char base[64];
        semantic_metric_column(m->name, base, sizeof base);
        /* a money metric averaged per period is money; a percentage is one as it is */
        size_t np = m->format == SEMANTIC_FMT_CURRENCY ? sizeof periods / sizeof periods[0] : 1;
        for (size_t j = 0; j < np && mf->n < METRIC_HINTS; j++) {
            snprintf(mf->name[mf->n], sizeof mf->name[0], "%s%s", base, periods[j]);
            mf->hint[mf->n] = (struct analyze_column_format){
                .column = mf->name[mf->n],
                .format = m->format == SEMANTIC_FMT_CURRENCY ? ANALYZE_FORMAT_CURRENCY
                                                             : ANALYZE_FORMAT_PERCENT};
            mf->n++;
        }
    }
}

static const char *const action_names[] = {
    [SUP_DONE] = "done",         [SUP_FIX] = "fix",       [SUP_ESCALATE] = "escalate",
    [SUP_FALLBACK] = "fallback", [SUP_REFUSE] = "refuse",
};

const char *supervisor_action_name(enum supervisor_action a)
{
    return a <= SUP_REFUSE ? action_names[a] : "?";
}

enum supervisor_action supervisor_decide(const struct config *cfg,
                                         const struct supervisor_input *in)
{
    enum supervisor_action next_or_fallback = in->has_next_tier ? SUP_ESCALATE : SUP_FALLBACK;
    if (in->has_error && in->err_cls == DBE_UNSAFE)
        return SUP_REFUSE;
    if (in->tier_failed)
        return next_or_fallback;
    if (in->has_error)
        return in->tier_attempts < cfg->max_attempts ? SUP_FIX : next_or_fallback;
    /* A model's answer that cannot answer the question (reads no table, a list for a count) is
     * never final, however confident the tier: a stronger tier tries, or the run says it could
     * not answer. */
    if (!in->strict && analyze_implausible(in->checks))
        return next_or_fallback;
    if (analyze_suspicious(in->checks)) {
        if (in->has_next_tier)
            return SUP_ESCALATE;
        /* Nobody stronger to ask: an empty or odd result is still the honest answer from a
         * model; tier 0, whose confidence is calibrated, needs its full threshold for it. */
        return in->confidence >= supervisor_answer_floor(cfg, in->strict) ? SUP_DONE : SUP_FALLBACK;
    }
    if (in->confidence >= cfg->conf_done)
        return SUP_DONE;
    if (in->confidence < cfg->conf_escalate)
        return next_or_fallback;
    /* Between the thresholds: a stronger tier may do better; without one, a model's answer
     * stands, but tier 0's confidence is calibrated, so below confidence_done it says it could
     * not answer (with its best attempt) rather than risk a wrong answer. */
    if (in->has_next_tier)
        return SUP_ESCALATE;
    return in->confidence >= supervisor_answer_floor(cfg, in->strict) ? SUP_DONE : SUP_FALLBACK;
}

double supervisor_answer_floor(const struct config *cfg, int strict)
{
    return strict ? cfg->conf_done : cfg->conf_escalate;
}

double supervisor_agreement(const struct config *cfg, double conf, int agrees, double earlier)
{
    if (agrees)
        return conf > cfg->conf_agree ? conf : cfg->conf_agree;
    if (earlier >= cfg->conf_disagree_min && conf > cfg->conf_disagree)
        return cfg->conf_disagree;
    return conf;
}

double supervisor_unconfirmed(const struct config *cfg, double conf, int cheap_left)
{
    return cheap_left && conf > cfg->conf_unconfirmed ? cfg->conf_unconfirmed : conf;
}

/* Earlier executed attempts kept for agreement besides the best one (one per tier at most). */
#define MAX_KEPT 16

/* The best executed answer seen so far, kept when escalating so that a failing stronger tier
 * does not throw away a usable answer. */
struct candidate {
    int valid;
    char *sql;
    char *tier_name;
    int tier;
    double confidence;
    unsigned checks;
    struct db_result result;
    struct analysis analysis;
};

static void candidate_free(struct candidate *c)
{
    if (c->valid) {
        db_result_free(&c->result);
        analysis_free(&c->analysis);
    }
    free(c->sql);
    free(c->tier_name);
    memset(c, 0, sizeof *c);
}

/* Moves the state's executed attempt into c. */
static void candidate_take(struct candidate *c, struct state *st)
{
    c->valid = 1;
    c->sql = st->sql;
    c->tier_name = st->tier_name;
    c->tier = st->tier;
    c->confidence = st->confidence;
    c->checks = st->checks;
    c->result = st->result;
    c->analysis = st->analysis;
    st->sql = NULL;
    st->tier_name = NULL;
    st->has_result = st->has_analysis = 0;
    st->checks = 0;
}

static void candidate_restore(struct candidate *c, struct state *st)
{
    state_clear_result(st);
    free(st->sql);
    free(st->tier_name);
    st->sql = c->sql;
    st->tier_name = c->tier_name;
    st->tier = c->tier;
    st->confidence = c->confidence;
    st->checks = c->checks;
    st->result = c->result;
    st->analysis = c->analysis;
    st->has_result = st->has_analysis = 1;
    memset(c, 0, sizeof *c);
}

static const char *tier_label(const struct config *cfg, int tier)
{
    return tier == 0 ? "rules" : cfg->tiers[tier - 1].llm.name;
}

static int set_tier(struct state *st, const struct config *cfg, int tier)
{
    char *name = strdup(tier_label(cfg, tier));
    if (!name)
        return ERR_NOMEM;
    free(st->tier_name);
    st->tier_name = name;
    st->tier = tier;
    return 0;
}

/* Where a run stands. A run only stops (returns to its driver) at PC_AWAIT_* and PC_DONE. */
enum run_pc {
    PC_TIER_START = 0, /* generate SQL at r->tier */
    PC_AWAIT_GENERATE, /* waiting for the model's SQL */
    PC_EXECUTE,        /* analyze st->sql, then let the supervisor decide */
    PC_AWAIT_FIX,      /* waiting for the model's repair */
    PC_NEXT_TIER,      /* escalate */
    PC_FALLBACK,
    PC_DONE,
};

struct pipeline_run {
    const struct pipeline *p;
    struct state *st;
    struct candidate best;
    struct candidate kept[MAX_KEPT]; /* other usable earlier attempts, for agreement */
    size_t n_kept;
    enum run_pc pc;
    int tier;
    int first_tier;
    int model_first;       /* the model tier tier 0 hands over to: the router's choice */
    enum router_class cls; /* the router's class of the question */
    int unanswerable;
    struct db_error de; /* the last execution error, for the fixer */
    int value_tried;    /* the value-literal repair ran for this tier's query */
    int empty_ok;       /* tier 0 says no rows is a plausible answer to its query */
    /* A model repair waiting for its execution: logged as a candidate pattern if it runs. */
    char *model_fix_from;
    struct db_error model_fix_de;
    struct pipeline_call call;
    char template_id[16]; /* the template tier 0 answered from, "" when none */
    int status;           /* negative err_code on internal failure */
};

static int has_next(const struct pipeline_run *r)
{
    return r->tier < (int)r->p->cfg->n_tiers;
}

/* A model tier below the strongest is still left after this one. */
static int cheap_left(const struct pipeline_run *r)
{
    return r->tier >= 1 && r->tier + 1 < (int)r->p->cfg->n_tiers;
}

static void keep(struct pipeline_run *r, struct candidate *c)
{
    if (!c->valid)
        return;
    if (r->n_kept < MAX_KEPT) {
        r->kept[r->n_kept++] = *c;
        memset(c, 0, sizeof *c);
    } else {
        candidate_free(c);
    }
}

/* Moves the state's executed attempt, when usable, into `best` if it beats it, else among the
 * kept ones: a failing stronger tier then does not throw away a usable answer, and later tiers
 * can be compared with every earlier one. */
static void candidate_offer(struct pipeline_run *r)
{
    struct state *st = r->st;
    if (!st->has_result || !st->has_analysis || analyze_suspicious(st->checks))
        return;
    struct candidate c;
    memset(&c, 0, sizeof c);
    candidate_take(&c, st);
    if (r->best.valid && r->best.confidence >= c.confidence) {
        keep(r, &c);
        return;
    }
    keep(r, &r->best);
    r->best = c;
}

static void call_clear(struct pipeline_call *c)
{
    free(c->system);
    free(c->user);
    memset(c, 0, sizeof *c);
}

/* How prompts name the database's SQL ("SQLite"): the dialect's own title. */
static const char *dialect_title(const struct pipeline *p)
{
    return db_dialect_named(p->schema->dialect)->title;
}

/* Prepares a model call; the run then waits at `pc`. */
static int call_prepare(struct pipeline_run *r, enum state_node node, char *user, enum run_pc pc)
{
    call_clear(&r->call);
    struct buf dates = BUF_INIT;
    const struct db_dialect *d = db_dialect_named(r->p->schema->dialect);
    db_dialect_describe_dates(&dates, d);
    r->call.system = dates.failed ? NULL : llm_prompt_system(d->title, buf_cstr(&dates));
    buf_free(&dates);
    r->call.user = user;
    if (!r->call.system || !user) {
        call_clear(&r->call);
        return ERR_NOMEM;
    }
    r->call.tier = &r->p->cfg->tiers[r->tier - 1].llm;
    r->call.tier_index = r->tier;
    r->call.node = node;
    r->pc = pc;
    return 0;
}

/* Turns a model's reply into SQL, recording tokens, cost and the trace. Returns malloc'd SQL or
 * NULL; *refuse is set when the answer smuggled a writing statement. */
static char *model_sql(struct pipeline_run *r, int rc, const struct llm_reply *reply,
                       const struct err *e, int *refuse)
{
    struct state *st = r->st;
    enum state_node node = r->call.node;
    int tier = r->call.tier_index;
    const struct llm_tier *t = r->call.tier;
    char *sql = NULL;
    *refuse = 0;
    st->ms[node] += reply->ms;
    if (rc) {
        const char *msg = e && e->msg[0] ? e->msg : err_str(rc);
        state_add_error(st, tier, "model", msg, -1);
        state_add_step(st, node, tier, NULL, reply->ms, "model failed: %s", msg);
        return NULL;
    }
    st->tokens_in += reply->tokens_in;
    st->tokens_out += reply->tokens_out;
    st->cost_usd += reply->cost_usd;
    int dropped_write = 0;
    sql = llm_extract_sql(reply->text ? reply->text : "", &dropped_write);
    if (dropped_write) {
        *refuse = 1;
        state_add_error(st, tier, "unsafe", "the model's answer contained a statement that writes",
                        -1);
        state_add_step(st, node, tier, sql, reply->ms,
                       "refused: the answer contained a writing statement");
        free(sql);
        return NULL;
    }
    if (!sql) {
        state_add_error(st, tier, "no_sql", "the model's answer contained no SQL", -1);
        state_add_step(st, node, tier, NULL, reply->ms, "no SQL in the model's answer (%ld tokens)",
                       reply->tokens_out);
        return NULL;
    }
    state_add_step(st, node, tier, sql, reply->ms, "%s: %ld tokens in, %ld out, $%.6f", t->name,
                   reply->tokens_in, reply->tokens_out, reply->cost_usd);
    return sql;
}

/* Tier 0. Returns malloc'd SQL or NULL; fills *conf. */
static char *rules_sql(struct pipeline_run *r, double *conf)
{
    struct state *st = r->st;
    struct nl_answer a;
    struct err e = {0};
    double t0 = clock_ms();
    memset(&a, 0, sizeof a);
    int rc = nl_generate(r->p->schema, st->reading, &a, &e);
    double ms = clock_ms() - t0;
    st->ms[NODE_GENERATE_SQL] += ms;
    char *sql = NULL;
    if (rc) {
        state_add_step(st, NODE_GENERATE_SQL, 0, NULL, ms, "rules failed: %s", e.msg);
    } else if (!a.sql) {
        state_add_step(st, NODE_GENERATE_SQL, 0, NULL, ms, "rules: no answer (%s)",
                       a.explain ? a.explain : "not understood");
        if (a.unanswerable) {
            r->unanswerable = 1;
            state_set_message(
                st, "%s", a.explain ? a.explain : "the database holds no data for this question");
        }
    } else {
        state_add_step(st, NODE_GENERATE_SQL, 0, a.sql, ms, "rules: confidence %.2f (%s)",
                       floor(a.confidence * 100.0) / 100.0, a.explain ? a.explain : "");
        *conf = a.confidence;
        r->empty_ok = a.empty_ok;
        sql = a.sql;
        a.sql = NULL;
    }
    nl_answer_free(&a);
    return sql;
}

/* A model's answer that cannot be right: its confidence ends below the done threshold, and
 * the reasons become an error, which a run that ends here reports. */
static void implausible(const struct config *cfg, struct state *st)
{
    if (st->confidence >= cfg->conf_done)
        st->confidence = cfg->conf_done * SUSPICIOUS_FACTOR;
    char why[512] = "";
    size_t used = 0;
    unsigned bad = analyze_implausible(st->checks);
    for (unsigned bit = 1; bit && bit <= bad; bit <<= 1) {
        if (!(bad & bit))
            continue;
        int w = snprintf(why + used, sizeof why - used, "%s%s", used ? "; " : "",
                         analyze_check_reason(bit));
        if (w < 0 || (size_t)w >= sizeof why - used)
            break;
        used += (size_t)w;
    }
    state_add_error(st, st->tier, "implausible", why, -1);
}

/* analyze: the gate, execution, and the checks. Returns 0 when it ran, else the error in *de. */
static int analyze_node(const struct pipeline *p, struct state *st, struct db_error *de,
                        int empty_ok)
{
    struct db_limits lim = {.timeout_ms = p->cfg->query_timeout_ms,
                            .row_cap = p->cfg->row_cap,
                            .max_cost = p->cfg->query_max_cost};
    double t0 = clock_ms();
    state_clear_result(st);
    st->attempts++;
    st->tier_attempts++;
    memset(de, 0, sizeof *de);
    int rc = db_exec(p->db, st->sql, &lim, &st->result, de);
    if (rc) {
        double ms = clock_ms() - t0;
        st->ms[NODE_ANALYZE] += ms;
        state_add_error(st, st->tier, db_errclass_name(de->cls), de->msg, de->pos);
        state_add_step(st, NODE_ANALYZE, st->tier, st->sql, ms, "error %s: %s",
                       db_errclass_name(de->cls), de->msg);
        return rc;
    }
    st->has_result = 1;
    st->result.limited = analyze_sql_limits(st->sql);
    st->result.listed = analyze_sql_lists_rows(st->sql);
    struct analyze_options fmt = {.currency = p->cfg->currency, .chart_text = 1};
    struct metric_formats mf;
    metric_formats(p->schema ? p->schema->semantic : NULL, &mf);
    fmt.columns = mf.hint;
    fmt.n_columns = mf.n;
    if (analyze_result_opts(st->reading, &st->result, &fmt, &st->analysis) == 0) {
        st->has_analysis = 1;
        st->checks = st->analysis.checks;
        if (empty_ok) /* "products that were never ordered": none is an answer */
            st->checks &= ~(unsigned)ANALYZE_EMPTY;
        /* Tier 0 composes from the schema and is calibrated; a model's answer is checked
         * against what the question can possibly be answered with. */
        if (st->tier > 0)
            st->checks |= consistency_answer(st->reading, st->sql, p->schema, &st->result);
    }
    if (analyze_suspicious(st->checks))
        st->confidence *= SUSPICIOUS_FACTOR;
    if (analyze_implausible(st->checks))
        implausible(p->cfg, st);
    char checks[128];
    analyze_checks_str(st->checks, checks, sizeof checks);
    double ms = clock_ms() - t0;
    st->ms[NODE_ANALYZE] += ms;
    state_add_step(st, NODE_ANALYZE, st->tier, st->sql, ms, "ok: %zu rows%s%s%s", st->result.n_rows,
                   st->result.truncated ? " (truncated)" : "", st->checks ? ", " : "",
                   st->checks ? checks : "");
    return 0;
}

/* Deterministic part of fix_sql: extraction from wrapping, then the repair table. Returns the
 * repaired SQL (malloc'd) or NULL when nothing applies. */
static char *fix_without_model(struct pipeline_run *r)
{
    struct state *st = r->st;
    const struct db_error *de = &r->de;
    double t0 = clock_ms();
    char *fixed = NULL;
    if (de->cls == DBE_SYNTAX) {
        int dropped = 0;
        char *x = llm_extract_sql(st->sql, &dropped);
        if (x && strcmp(x, st->sql) != 0 && !dropped) {
            state_add_step(st, NODE_FIX_SQL, st->tier, x, clock_ms() - t0,
                           "repair wrapping: SQL extracted from surrounding text");
            fixed = x;
            goto out;
        }
        free(x);
    }
    struct fix_chain ch;
    if (fix_error_chain(r->p->schema, r->p->db, st->sql, de, &ch) > 0) {
        for (size_t i = 0; i < ch.n_steps; i++)
            state_add_step(st, NODE_FIX_SQL, st->tier, ch.steps[i].sql, clock_ms() - t0,
                           "repair %s: %s", ch.steps[i].cls, ch.steps[i].what);
        fixed = ch.steps[ch.n_steps - 1].sql;
        ch.steps[ch.n_steps - 1].sql = NULL;
    }
    fix_chain_free(&ch);
out:
    st->ms[NODE_FIX_SQL] += clock_ms() - t0;
    return fixed;
}

static void finish_refused(struct pipeline_run *r, const char *why)
{
    struct state *st = r->st;
    /* The gate's reasons already start with "refused: "; say it once. */
    if (strncmp(why, "refused: ", 9) == 0)
        why += 9;
    st->status = STATE_REFUSED;
    if (strstr(why, "only reads"))
        state_set_message(st, "refused: %s", why);
    else
        state_set_message(st, "refused: %s. genbi only reads data.", why);
    state_add_step(st, NODE_SUPERVISOR, st->tier < 0 ? 0 : st->tier, NULL, 0, "refuse: %s", why);
    r->pc = PC_DONE;
}

/* A cheaper model tier is much less precise on complex questions: under the policies that start
 * there to save cost, its answer to one needs agreement (or a stronger tier) to be final. */
static double complex_penalty(const struct pipeline_run *r)
{
    const struct config *cfg = r->p->cfg;
    if (r->tier == 0 || !has_next(r) || r->cls != ROUTER_COMPLEX ||
        cfg->policy == ROUTER_POLICY_ACCURACY)
        return 0;
    return cfg->complex_penalty;
}

/* The question contradicts a cheaper model tier's SQL (analyze/consistency.h): under the
 * policies that start there to save cost, that answer needs agreement or a stronger tier. */
static double consistency_penalty(struct pipeline_run *r, const char *sql)
{
    const struct config *cfg = r->p->cfg;
    if (r->tier == 0 || !has_next(r) || cfg->policy == ROUTER_POLICY_ACCURACY ||
        cfg->consistency_penalty <= 0)
        return 0;
    unsigned f = consistency_check(r->st->reading, sql, r->p->schema);
    double w = consistency_weight(f);
    if (!f)
        return 0;
    char names[128];
    consistency_str(f, names, sizeof names);
    state_add_step(r->st, NODE_SUPERVISOR, r->tier, NULL, 0,
                   "question and SQL disagree (%s): confidence -%.2f", names,
                   cfg->consistency_penalty * w);
    return cfg->consistency_penalty * w;
}

/* A tier produced SQL: it becomes the current attempt. */
static void take_sql(struct pipeline_run *r, char *sql, double conf)
{
    struct state *st = r->st;
    /* The previous tier's attempt is kept (in `best` or `kept`) when it was usable. */
    candidate_offer(r);
    state_clear_result(st);
    if (set_tier(st, r->p->cfg, r->tier) || state_set_sql(st, sql)) {
        r->status = ERR_NOMEM;
        r->pc = PC_DONE;
    } else {
        st->confidence = conf - complex_penalty(r) - consistency_penalty(r, sql);
        st->tier_attempts = 0;
        r->value_tried = 0;
        r->pc = PC_EXECUTE;
    }
    free(sql);
}

static void tier_failed(struct pipeline_run *r)
{
    struct supervisor_input in = {.tier_failed = 1, .has_next_tier = has_next(r)};
    enum supervisor_action a = supervisor_decide(r->p->cfg, &in);
    state_add_step(r->st, NODE_SUPERVISOR, r->tier, NULL, 0, "%s: tier produced no SQL",
                   supervisor_action_name(a));
    r->pc = a == SUP_ESCALATE ? PC_NEXT_TIER : PC_FALLBACK;
}

/* A repaired query replaces the current one and runs again. */
static void take_fix(struct pipeline_run *r, char *fixed)
{
    struct state *st = r->st;
    st->repairs++;
    st->confidence -= REPAIR_PENALTY;
    if (state_set_sql(st, fixed)) {
        r->status = ERR_NOMEM;
        r->pc = PC_DONE;
    } else {
        r->pc = PC_EXECUTE;
    }
    free(fixed);
}

static void no_repair(struct pipeline_run *r)
{
    enum supervisor_action a = has_next(r) ? SUP_ESCALATE : SUP_FALLBACK;
    state_add_step(r->st, NODE_SUPERVISOR, r->tier, NULL, 0, "%s: no repair",
                   supervisor_action_name(a));
    r->pc = a == SUP_ESCALATE ? PC_NEXT_TIER : PC_FALLBACK;
}

/* An empty result from a literal that is not a stored value: the closest stored value, once
 * per query a tier produced, before the supervisor escalates. Returns 1 when it took a fix. */
/* One row of zeros and NULLs: what a count or a sum over no rows returns. */
static int zero_result(const struct db_result *res)
{
    if (res->n_rows != 1 || !res->n_cols)
        return 0;
    for (size_t c = 0; c < res->n_cols; c++) {
        const struct db_cell *x = db_cell_at(res, 0, c);
        if (x->type != DB_NULL && !((x->type == DB_INT || x->type == DB_REAL) && x->d == 0))
            return 0;
    }
    return 1;
}

static int try_value_repair(struct pipeline_run *r)
{
    struct state *st = r->st;
    struct fix_repair rep;
    int empty = st->has_result && (st->checks & ANALYZE_EMPTY);
    if (r->value_tried || !st->has_result || (!empty && !zero_result(&st->result)))
        return 0;
    r->value_tried = 1;
    double t0 = clock_ms();
    int rc = fix_value_literal(r->p->schema, st->sql, &rep);
    if (rc == 0 && rep.what[0]) {
        /* A filter on a value the column does not hold, and nothing near it: the empty (or
         * zero) answer is not trusted as it stands. */
        double was = st->confidence;
        st->confidence *= SUSPICIOUS_FACTOR;
        state_add_step(st, NODE_SUPERVISOR, r->tier, NULL, 0,
                       "%s result filters on an absent value (%s): confidence %.2f -> %.2f",
                       empty ? "empty" : "zero", rep.what, was, st->confidence);
    }
    if (rc <= 0)
        return 0;
    double ms = clock_ms() - t0;
    st->ms[NODE_FIX_SQL] += ms;
    /* The empty result cost the suspicious factor; the repaired query is judged afresh. */
    if (empty)
        st->confidence /= SUSPICIOUS_FACTOR;
    state_add_step(st, NODE_SUPERVISOR, r->tier, NULL, 0, "fix: %s result",
                   empty ? "empty" : "zero");
    state_add_step(st, NODE_FIX_SQL, st->tier, rep.sql, ms, "repair %s: %s", rep.cls, rep.what);
    take_fix(r, rep.sql);
    return 1;
}

/* A model tier's clean result against every earlier executed attempt of a lower tier (tier 0's
 * answer below its threshold, a cheaper model's): two tiers reaching the same rows independently
 * is a live signal, and so is a stronger tier contradicting a fairly confident earlier answer.
 * A result nobody confirmed waits for the next cheap tier's vote while one is left. */
static void check_agreement(struct pipeline_run *r)
{
    struct state *st = r->st;
    if (r->tier == 0 || !st->has_result || analyze_suspicious(st->checks) || st->result.truncated)
        return;
    const struct candidate *with = NULL, *differs = NULL;
    for (size_t i = 0; i <= r->n_kept && !with; i++) {
        const struct candidate *c = i == 0 ? &r->best : &r->kept[i - 1];
        if (!c->valid || c->tier >= r->tier || c->result.truncated)
            continue;
        if (db_result_equivalent(&c->result, &st->result, 0))
            with = c;
        else if (!differs || c->confidence > differs->confidence)
            differs = c;
    }
    double was = st->confidence;
    const struct candidate *b = with ? with : differs;
    if (b) {
        st->confidence = supervisor_agreement(r->p->cfg, was, with != NULL, b->confidence);
        state_add_step(st, NODE_SUPERVISOR, r->tier, NULL, 0,
                       "%s tier %d's result (confidence %.2f): confidence %.2f -> %.2f",
                       with ? "agrees with" : "differs from", b->tier, b->confidence, was,
                       st->confidence);
    }
    if (with)
        return;
    was = st->confidence;
    st->confidence = supervisor_unconfirmed(r->p->cfg, was, cheap_left(r));
    if (st->confidence != was)
        state_add_step(st, NODE_SUPERVISOR, r->tier, NULL, 0,
                       "no earlier tier confirms this result: confidence %.2f -> %.2f, a cheaper "
                       "tier votes next",
                       was, st->confidence);
}

/* A ranking cut inside a tie has no single answer: tier 0's is no longer final (a configured
 * model is asked, and the answer says why); any tier's is marked in the trace. */
static void check_ties(struct pipeline_run *r)
{
    struct state *st = r->st;
    struct db_limits lim = {.timeout_ms = r->p->cfg->query_timeout_ms,
                            .max_cost = r->p->cfg->query_max_cost};
    if (!st->has_result || !st->result.n_rows || st->result.truncated)
        return;
    double t0 = clock_ms();
    if (ties_at_cut(r->p->db, st->sql, &lim) != 1)
        return;
    double was = st->confidence;
    if (r->tier == 0 && st->confidence > TIES_CONFIDENCE)
        st->confidence = TIES_CONFIDENCE;
    state_add_step(st, NODE_SUPERVISOR, r->tier, NULL, clock_ms() - t0,
                   "the LIMIT cuts through a tie (the next row ranks the same as the last one "
                   "shown): confidence %.2f -> %.2f",
                   was, st->confidence);
}

/* A stronger tier's accepted answer that differs from the template tier 0 answered with: the
 * template is contradicted. */
static void template_contradicted(struct pipeline_run *r)
{
    if (!r->template_id[0])
        return;
    for (size_t i = 0; i <= r->n_kept; i++) {
        const struct candidate *c = i == 0 ? &r->best : &r->kept[i - 1];
        if (c->valid && c->tier == 0 && !c->result.truncated && !r->st->result.truncated &&
            !db_result_equivalent(&c->result, &r->st->result, 0)) {
            pipeline_template_retire(r->p, r->st, r->template_id,
                                     "a stronger tier answered differently");
            return;
        }
    }
}

static void execute_and_decide(struct pipeline_run *r)
{
    struct state *st = r->st;
    int failed = analyze_node(r->p, st, &r->de, r->tier == 0 && r->empty_ok) != 0;
    if (r->model_fix_from) {
        /* Best effort: a log that cannot be written must not fail the answer. */
        if (!failed)
            fix_log_model_repair(&r->model_fix_de, r->model_fix_from, st->sql, NULL);
        free(r->model_fix_from);
        r->model_fix_from = NULL;
    }
    if (failed && r->tier == 0 && r->de.cls != DBE_TIMEOUT)
        pipeline_template_retire(r->p, st, r->template_id, r->de.msg);
    if (!failed && try_value_repair(r))
        return;
    if (!failed) {
        check_agreement(r);
        check_ties(r);
    }
    struct supervisor_input in = {
        .has_error = failed,
        .err_cls = failed ? r->de.cls : DBE_NONE,
        .checks = st->checks,
        .confidence = st->confidence,
        .tier_attempts = st->tier_attempts,
        .has_next_tier = has_next(r),
        .strict = r->tier == 0,
    };
    enum supervisor_action a = supervisor_decide(r->p->cfg, &in);
    state_add_step(st, NODE_SUPERVISOR, r->tier, NULL, 0, "%s (confidence %.2f)",
                   supervisor_action_name(a), st->confidence);
    switch (a) {
    case SUP_REFUSE:
        finish_refused(r, r->de.msg[0] ? r->de.msg : "the query would change the database");
        return;
    case SUP_DONE:
        st->status = STATE_ANSWERED;
        r->pc = PC_DONE;
        if (r->tier > 0) {
            template_contradicted(r);
            pipeline_template_learn(r->p, st);
        }
        return;
    case SUP_ESCALATE:
        r->pc = PC_NEXT_TIER;
        return;
    case SUP_FALLBACK:
        r->pc = PC_FALLBACK;
        return;
    case SUP_FIX:
        break;
    }
    char *fixed = fix_without_model(r);
    if (fixed) {
        take_fix(r, fixed);
        return;
    }
    if (r->tier == 0) {
        state_add_step(st, NODE_FIX_SQL, 0, NULL, 0, "no repair applies");
        no_repair(r);
        return;
    }
    char *prompt = llm_prompt_repair(st->question, st->sel.ddl, dialect_title(r->p), st->sql,
                                     r->de.msg, fix_hint(r->de.cls));
    if (call_prepare(r, NODE_FIX_SQL, prompt, PC_AWAIT_FIX)) {
        r->status = ERR_NOMEM;
        r->pc = PC_DONE;
    }
}

static void fallback(struct pipeline_run *r)
{
    struct state *st = r->st;
    const struct config *cfg = r->p->cfg;
    candidate_offer(r);
    r->pc = PC_DONE;
    if (r->best.valid && r->best.confidence >= supervisor_answer_floor(cfg, r->best.tier == 0)) {
        candidate_restore(&r->best, st);
        st->status = STATE_ANSWERED;
        state_set_message(st, "stronger tiers could not improve on this answer");
        state_add_step(st, NODE_SUPERVISOR, st->tier, st->sql, 0,
                       "fallback: kept the best earlier answer (confidence %.2f)", st->confidence);
        return;
    }
    st->status = STATE_UNANSWERED;
    const char *last = st->n_errors ? st->errors[st->n_errors - 1].message : NULL;
    if (st->sql && analyze_implausible(st->checks)) {
        state_clear_result(st); /* its rows are no answer to the question */
        state_set_message(st, "could not answer: the best attempt cannot be right: %s",
                          last ? last : "implausible");
    } else if (!st->sql && r->best.valid) {
        /* Report the best attempt's SQL, but not its rows: they are not an answer. */
        candidate_restore(&r->best, st);
        state_clear_result(st);
        state_set_message(st, "could not answer with enough confidence (best attempt %.2f)",
                          floor(st->confidence * 100.0) / 100.0); /* 0.799 is no "0.80" */
    } else if (!st->message || !r->unanswerable) {
        state_clear_result(st); /* an attempt's rows are no answer, whichever attempt it was */
        if (st->sql && last)
            state_set_message(st, "could not answer: the best attempt failed: %s", last);
        else if (st->sql)
            state_set_message(st, "could not answer with enough confidence (best attempt %.2f)",
                              st->confidence);
        else if (cfg->n_tiers == 0)
            state_set_message(st, "could not answer: the built-in parser did not understand the "
                                  "question and no model tier is configured to take it over");
        else
            state_set_message(st, "could not answer: %s", last ? last : "no tier produced SQL");
    }
    state_add_step(st, NODE_SUPERVISOR, st->tier < 0 ? 0 : st->tier, st->sql, 0, "fallback: %s",
                   st->message);
}

/* The prompt for a model tier's SQL: the selected schema, with the nearest verified pairs as
 * examples when the database has templates. */
static char *generate_prompt(struct pipeline_run *r)
{
    const char *draft = r->best.valid && r->best.tier == 0 ? r->best.sql : NULL;
    char *ctx = pipeline_template_context(r->p, r->st, draft);
    char *prompt = llm_prompt_sql(r->st->question, ctx ? ctx : r->st->sel.ddl, dialect_title(r->p));
    free(ctx);
    return prompt;
}

/* Runs until the run needs a model or is done. */
static enum pipeline_status run_loop(struct pipeline_run *r)
{
    for (;;) {
        switch (r->pc) {
        case PC_TIER_START:
            if (r->tier > (int)r->p->cfg->n_tiers) {
                r->pc = PC_FALLBACK;
                break;
            }
            if (r->tier > r->first_tier)
                r->st->escalations++;
            if (r->tier == 0) {
                double conf = 0;
                char *sql = pipeline_template_sql(r->p, r->st, &conf, r->template_id);
                if (!sql)
                    sql = rules_sql(r, &conf);
                if (sql)
                    take_sql(r, sql, conf);
                else
                    tier_failed(r);
                break;
            }
            if (call_prepare(r, NODE_GENERATE_SQL, generate_prompt(r), PC_AWAIT_GENERATE)) {
                r->status = ERR_NOMEM;
                r->pc = PC_DONE;
                break;
            }
            return PIPELINE_NEED_MODEL;
        case PC_AWAIT_GENERATE:
        case PC_AWAIT_FIX:
            return PIPELINE_NEED_MODEL;
        case PC_EXECUTE:
            execute_and_decide(r);
            if (r->pc == PC_AWAIT_FIX)
                return PIPELINE_NEED_MODEL;
            break;
        case PC_NEXT_TIER:
            r->tier = r->tier == 0 ? r->model_first : r->tier + 1;
            r->pc = PC_TIER_START;
            break;
        case PC_FALLBACK:
            fallback(r);
            break;
        case PC_DONE:
            call_clear(&r->call);
            return PIPELINE_DONE;
        }
    }
}

/* The selected tables' names, as reported in the answer's schema_context. */
static int set_context_tables(struct state *st, const struct schema *s, struct err *e)
{
    if (!(st->context_tables = json_array()))
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < st->sel.n_tables; i++)
        if (json_array_append_new(st->context_tables,
                                  json_string(s->tables[st->sel.tables[i]].name)))
            return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

int pipeline_start(const struct pipeline *p, const char *question, struct state *st,
                   struct pipeline_run **out, struct err *e)
{
    struct pipeline_run *r = calloc(1, sizeof *r);
    *out = NULL;
    if (!r)
        return err_set(e, ERR_NOMEM, "out of memory");
    double t0 = clock_ms();
    int rc = state_init(st, question, p->db_name);
    if (rc) {
        free(r);
        return err_set(e, rc, "out of memory");
    }
    r->p = p;
    r->st = st;
    r->first_tier = r->tier = p->cfg->no_rules ? 1 : 0;
    r->model_first = 1;
    *out = r;

    char why[256];
    if (nl_write_intent(st->reading, why, sizeof why)) {
        finish_refused(r, why);
        return 0;
    }
    struct schema_select_opts so = SCHEMA_SELECT_DEFAULTS;
    so.max_tables = p->cfg->max_tables;
    so.max_columns = p->cfg->max_columns;
    if ((rc = schema_select_ex(p->schema, NULL, st->reading, &so, &st->sel, e)) ||
        (rc = set_context_tables(st, p->schema, e))) {
        pipeline_run_free(r);
        *out = NULL;
        return rc;
    }
    st->ms[NODE_SELECT_SCHEMA] = clock_ms() - t0;
    char route[160] = "";
    if (p->cfg->n_tiers) {
        /* Tier 0 is free and always goes first; the router picks the model tier after it. */
        struct router_features f;
        enum router_class cls = router_classify(st->reading, &st->sel, &f);
        r->cls = cls;
        r->model_first = router_start_tier(p->cfg->policy, cls, (int)p->cfg->n_tiers);
        if (p->cfg->no_rules)
            r->first_tier = r->tier = r->model_first;
        snprintf(route, sizeof route, "; %s question (%.2f), %s policy: models start at tier %d",
                 router_class_name(cls), f.score, router_policy_name(p->cfg->policy),
                 r->model_first);
    }
    state_add_step(st, NODE_SELECT_SCHEMA, 0, NULL, st->ms[NODE_SELECT_SCHEMA],
                   "%zu tables, ~%ld tokens%s", st->sel.n_tables, st->sel.tokens, route);
    return 0;
}

enum pipeline_status pipeline_advance(struct pipeline_run *r)
{
    double t0 = clock_ms();
    enum pipeline_status s = run_loop(r);
    r->st->ms_total += clock_ms() - t0;
    return s;
}

const struct pipeline_call *pipeline_pending_call(const struct pipeline_run *r)
{
    return r->pc == PC_AWAIT_GENERATE || r->pc == PC_AWAIT_FIX ? &r->call : NULL;
}

void pipeline_resume(struct pipeline_run *r, int rc, const struct llm_reply *reply,
                     const struct err *e)
{
    int refuse = 0;
    r->st->ms_total += reply ? reply->ms : 0;
    struct llm_reply none;
    memset(&none, 0, sizeof none);
    char *sql = model_sql(r, rc, reply ? reply : &none, e, &refuse);
    enum run_pc was = r->pc;
    call_clear(&r->call);
    if (refuse) {
        free(sql);
        finish_refused(r, "the model answered with a statement that writes");
        return;
    }
    if (was == PC_AWAIT_GENERATE) {
        if (sql)
            take_sql(r, sql, r->p->cfg->tiers[r->tier - 1].confidence);
        else
            tier_failed(r);
        return;
    }
    /* PC_AWAIT_FIX: the same query back means no progress is possible at this tier. */
    if (sql && strcmp(sql, r->st->sql) != 0) {
        free(r->model_fix_from);
        /* NULL (out of memory) only skips the fix-log line for this repair; the answer is
         * unaffected. */
        r->model_fix_from = strdup(r->st->sql);
        r->model_fix_de = r->de;
        take_fix(r, sql);
        return;
    }
    free(sql);
    no_repair(r);
}

int pipeline_run_status(const struct pipeline_run *r)
{
    return r->status;
}

void pipeline_run_free(struct pipeline_run *r)
{
    if (!r)
        return;
    candidate_free(&r->best);
    for (size_t i = 0; i < r->n_kept; i++)
        candidate_free(&r->kept[i]);
    call_clear(&r->call);
    free(r->model_fix_from);
    free(r);
}

int pipeline_run(const struct pipeline *p, const char *question, struct state *st, struct err *e)
{
    struct pipeline_run *r = NULL;
    double t0 = clock_ms();
    int rc = pipeline_start(p, question, st, &r, e);
    if (rc)
        return rc;
    while (pipeline_advance(r) == PIPELINE_NEED_MODEL) {
        const struct pipeline_call *c = pipeline_pending_call(r);
        struct llm_reply reply;
        struct err ce = {0};
        int crc = llm_chat(c->tier, c->system, c->user, &reply, &ce);
        pipeline_resume(r, crc, &reply, &ce);
        llm_reply_free(&reply);
    }
    rc = pipeline_run_status(r);
    if (rc)
        err_set(e, rc, "out of memory");
    pipeline_run_free(r);
    st->ms_total = clock_ms() - t0;
    return rc;
}

int pipeline_run_sql(const struct pipeline *p, const char *sql, const char *question,
                     struct state *st, struct db_error *de, struct err *e)
{
    double t0 = clock_ms();
    memset(de, 0, sizeof *de);
    if (state_init(st, question, p->db_name))
        return err_set(e, ERR_NOMEM, "out of memory");
    if (state_set_sql(st, sql) || !(st->tier_name = strdup("user")))
        goto nomem;
    st->confidence = 1.0;
    if (analyze_node(p, st, de, 1) == 0) {
        st->status = STATE_ANSWERED;
    } else if (de->cls == DBE_UNSAFE) {
        st->status = STATE_REFUSED;
        if (state_set_message(st, "%s", de->msg))
            goto nomem;
    } else {
        st->status = STATE_UNANSWERED;
        if (state_set_message(st, "%s: %s", db_errclass_name(de->cls), de->msg))
            goto nomem;
    }
    if (st->lost_record)
        goto nomem;
    st->ms_total = clock_ms() - t0;
    return 0;
nomem:
    state_free(st);
    return err_set(e, ERR_NOMEM, "out of memory");
}
