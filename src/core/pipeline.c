/* The supervised pipeline. One run owns one struct state; nodes append to its trace, and the
 * supervisor turns each outcome into the next step. */
#include "core/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "analyze/fix.h"
#include "llm/llm.h"
#include "nl/nl.h"
#include "util/clock.h"

#include "util/banned.h"

/* Confidence lost by an answer that needed a repair, and the factor applied to a suspicious one. */
#define REPAIR_PENALTY 0.05
#define SUSPICIOUS_FACTOR 0.6

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
    if (analyze_suspicious(in->checks)) {
        if (in->has_next_tier)
            return SUP_ESCALATE;
        /* Nobody stronger to ask: an empty or odd result is still the honest answer. */
        return in->confidence >= cfg->conf_escalate ? SUP_DONE : SUP_FALLBACK;
    }
    if (in->confidence >= cfg->conf_done)
        return SUP_DONE;
    if (in->confidence < cfg->conf_escalate)
        return next_or_fallback;
    /* Between the thresholds: a stronger tier may do better; without one, answer. */
    return in->has_next_tier ? SUP_ESCALATE : SUP_DONE;
}

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

/* Moves the state's executed attempt into the candidate when it beats the current one. */
static void candidate_offer(struct candidate *c, struct state *st)
{
    if (!st->has_result || !st->has_analysis || analyze_suspicious(st->checks))
        return;
    if (c->valid && c->confidence >= st->confidence)
        return;
    candidate_free(c);
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

static void account(struct state *st, const struct llm_reply *r)
{
    st->tokens_in += r->tokens_in;
    st->tokens_out += r->tokens_out;
    st->cost_usd += r->cost_usd;
}

/* Asks model tier `tier` with `prompt`; returns the extracted SQL (malloc'd) or NULL with the
 * reason recorded. *refuse is set when the answer smuggled a writing statement. */
static char *ask_model(const struct pipeline *p, struct state *st, int tier, const char *prompt,
                       enum state_node node, int *refuse)
{
    const struct llm_tier *t = &p->cfg->tiers[tier - 1].llm;
    struct llm_reply reply;
    struct err e = {0};
    char *sys = llm_prompt_system(p->schema->dialect);
    char *sql = NULL;
    double t0 = clock_ms();
    memset(&reply, 0, sizeof reply);
    *refuse = 0;
    int rc = sys ? llm_chat(t, sys, prompt, &reply, &e) : err_set(&e, ERR_NOMEM, "out of memory");
    free(sys);
    double ms = clock_ms() - t0;
    st->ms[node] += ms;
    if (rc) {
        state_add_error(st, tier, "model", e.msg, -1);
        state_add_step(st, node, tier, NULL, ms, "model failed: %s", e.msg);
        goto out;
    }
    account(st, &reply);
    int dropped_write = 0;
    sql = llm_extract_sql(reply.text, &dropped_write);
    if (dropped_write) {
        *refuse = 1;
        state_add_error(st, tier, "unsafe", "the model's answer contained a statement that writes", -1);
        state_add_step(st, node, tier, sql, ms, "refused: the answer contained a writing statement");
        free(sql);
        sql = NULL;
        goto out;
    }
    if (!sql) {
        state_add_error(st, tier, "no_sql", "the model's answer contained no SQL", -1);
        state_add_step(st, node, tier, NULL, ms, "no SQL in the model's answer (%ld tokens)",
                       reply.tokens_out);
        goto out;
    }
    state_add_step(st, node, tier, sql, ms, "%s: %ld tokens in, %ld out, $%.6f", t->name,
                   reply.tokens_in, reply.tokens_out, reply.cost_usd);
out:
    llm_reply_free(&reply);
    return sql;
}

/* generate_sql for one tier. Returns malloc'd SQL or NULL; fills *conf. */
static char *generate(const struct pipeline *p, struct state *st, int tier, double *conf,
                      int *unanswerable, int *refuse)
{
    *refuse = 0;
    if (tier == 0) {
        struct nl_answer a;
        struct err e = {0};
        double t0 = clock_ms();
        memset(&a, 0, sizeof a);
        int rc = nl_generate(p->schema, st->question, &a, &e);
        double ms = clock_ms() - t0;
        st->ms[NODE_GENERATE_SQL] += ms;
        char *sql = NULL;
        if (rc) {
            state_add_step(st, NODE_GENERATE_SQL, 0, NULL, ms, "rules failed: %s", e.msg);
        } else if (!a.sql) {
            state_add_step(st, NODE_GENERATE_SQL, 0, NULL, ms, "rules: no answer (%s)",
                           a.explain ? a.explain : "not understood");
            if (a.unanswerable) {
                *unanswerable = 1;
                state_set_message(st, "%s", a.explain ? a.explain : "the database has no data for this question");
            }
        } else {
            state_add_step(st, NODE_GENERATE_SQL, 0, a.sql, ms, "rules: confidence %.2f (%s)",
                           a.confidence, a.explain ? a.explain : "");
            *conf = a.confidence;
            sql = a.sql;
            a.sql = NULL;
        }
        nl_answer_free(&a);
        return sql;
    }
    char *prompt = llm_prompt_sql(st->question, st->sel.ddl, p->schema->dialect);
    if (!prompt)
        return NULL;
    char *sql = ask_model(p, st, tier, prompt, NODE_GENERATE_SQL, refuse);
    free(prompt);
    *conf = p->cfg->tiers[tier - 1].confidence;
    return sql;
}

/* analyze: the gate, execution, and the checks. Returns 0 when it ran, else the error in *de. */
static int analyze_node(const struct pipeline *p, struct state *st, struct db_error *de)
{
    struct db_limits lim = {.timeout_ms = p->cfg->query_timeout_ms, .row_cap = p->cfg->row_cap};
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
    if (analyze_result(st->question, &st->result, &st->analysis) == 0) {
        st->has_analysis = 1;
        st->checks = st->analysis.checks;
    }
    if (analyze_suspicious(st->checks))
        st->confidence *= SUSPICIOUS_FACTOR;
    char checks[128];
    analyze_checks_str(st->checks, checks, sizeof checks);
    double ms = clock_ms() - t0;
    st->ms[NODE_ANALYZE] += ms;
    state_add_step(st, NODE_ANALYZE, st->tier, st->sql, ms, "ok: %zu rows%s%s%s", st->result.n_rows,
                   st->result.truncated ? " (truncated)" : "", st->checks ? ", " : "",
                   st->checks ? checks : "");
    return 0;
}

/* fix_sql: extraction from wrapping, then the deterministic table, then the model. Returns the
 * repaired SQL (malloc'd) or NULL when nothing applies. */
static char *fix_node(const struct pipeline *p, struct state *st, const struct db_error *de,
                      int *refuse)
{
    double t0 = clock_ms();
    char *fixed = NULL;
    *refuse = 0;
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
    struct fix_repair r;
    int rc = fix_deterministic(p->schema, st->sql, de, &r);
    if (rc > 0) {
        state_add_step(st, NODE_FIX_SQL, st->tier, r.sql, clock_ms() - t0, "repair %s: %s", r.cls,
                       r.what);
        fixed = r.sql;
        goto out;
    }
    if (st->tier > 0) {
        char *prompt = llm_prompt_repair(st->question, st->sel.ddl, p->schema->dialect, st->sql,
                                         de->msg, fix_hint(de->cls));
        if (prompt) {
            fixed = ask_model(p, st, st->tier, prompt, NODE_FIX_SQL, refuse);
            free(prompt);
            if (fixed && strcmp(fixed, st->sql) == 0) {
                /* The model gave the same query back: no progress is possible at this tier. */
                free(fixed);
                fixed = NULL;
            }
        }
        goto out;
    }
    state_add_step(st, NODE_FIX_SQL, st->tier, NULL, clock_ms() - t0, "no repair applies");
out:
    st->ms[NODE_FIX_SQL] += clock_ms() - t0;
    return fixed;
}

static void finish_refused(struct state *st, const char *why)
{
    st->status = STATE_REFUSED;
    state_set_message(st, "refused: %s. genbi only reads data.", why);
    state_add_step(st, NODE_SUPERVISOR, st->tier < 0 ? 0 : st->tier, NULL, 0, "refuse: %s", why);
}

int pipeline_run(const struct pipeline *p, const char *question, struct state *st, struct err *e)
{
    const struct config *cfg = p->cfg;
    struct candidate best;
    struct db_error de;
    double t_start = clock_ms();
    int rc = state_init(st, question, p->db_name);
    int unanswerable = 0;
    memset(&best, 0, sizeof best);
    if (rc)
        return err_set(e, rc, "out of memory");

    char why[256];
    if (nl_write_intent(question, why, sizeof why)) {
        finish_refused(st, why);
        goto done;
    }

    double t0 = clock_ms();
    if ((rc = schema_select(p->schema, question, cfg->max_tables, &st->sel, e)))
        goto out;
    st->context_tables = json_array();
    for (size_t i = 0; i < st->sel.n_tables; i++)
        json_array_append_new(st->context_tables,
                              json_string(p->schema->tables[st->sel.tables[i]].name));
    st->ms[NODE_SELECT_SCHEMA] = clock_ms() - t0;
    state_add_step(st, NODE_SELECT_SCHEMA, 0, NULL, st->ms[NODE_SELECT_SCHEMA],
                   "%zu tables, ~%ld tokens", st->sel.n_tables, st->sel.tokens);

    int last_tier = (int)cfg->n_tiers;
    for (int tier = cfg->no_rules ? 1 : 0; tier <= last_tier; tier++) {
        int has_next = tier < last_tier;
        int refuse = 0;
        double conf = 0;
        if (tier > (cfg->no_rules ? 1 : 0))
            st->escalations++;
        char *sql = generate(p, st, tier, &conf, &unanswerable, &refuse);
        if (refuse) {
            finish_refused(st, "the model answered with a statement that writes");
            goto done;
        }
        if (!sql) {
            struct supervisor_input in = {.tier_failed = 1, .has_next_tier = has_next};
            enum supervisor_action a = supervisor_decide(cfg, &in);
            state_add_step(st, NODE_SUPERVISOR, tier, NULL, 0, "%s: tier produced no SQL",
                           supervisor_action_name(a));
            continue;
        }
        /* A new tier's attempt replaces the previous one (kept in `best` if it was usable). */
        candidate_offer(&best, st);
        state_clear_result(st);
        if (set_tier(st, cfg, tier) || state_set_sql(st, sql)) {
            free(sql);
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        free(sql);
        st->confidence = conf;
        st->tier_attempts = 0;

        for (;;) {
            int failed = analyze_node(p, st, &de) != 0;
            struct supervisor_input in = {
                .has_error = failed,
                .err_cls = failed ? de.cls : DBE_NONE,
                .checks = st->checks,
                .confidence = st->confidence,
                .tier_attempts = st->tier_attempts,
                .has_next_tier = has_next,
            };
            enum supervisor_action a = supervisor_decide(cfg, &in);
            state_add_step(st, NODE_SUPERVISOR, tier, NULL, 0, "%s (confidence %.2f)",
                           supervisor_action_name(a), st->confidence);
            if (a == SUP_REFUSE) {
                finish_refused(st, de.msg[0] ? de.msg : "the query would change the database");
                goto done;
            }
            if (a == SUP_DONE) {
                st->status = STATE_ANSWERED;
                goto done;
            }
            if (a == SUP_FIX) {
                char *fixed = fix_node(p, st, &de, &refuse);
                if (refuse) {
                    finish_refused(st, "the model answered with a statement that writes");
                    goto done;
                }
                if (fixed) {
                    st->repairs++;
                    st->confidence -= REPAIR_PENALTY;
                    state_set_sql(st, fixed);
                    free(fixed);
                    continue;
                }
                /* Nothing to repair with at this tier. */
                a = has_next ? SUP_ESCALATE : SUP_FALLBACK;
                state_add_step(st, NODE_SUPERVISOR, tier, NULL, 0, "%s: no repair",
                               supervisor_action_name(a));
            }
            break; /* escalate or fallback: leave this tier */
        }
    }

    /* Fallback: tiers and attempts exhausted. */
    candidate_offer(&best, st);
    if (best.valid && best.confidence >= cfg->conf_escalate) {
        candidate_restore(&best, st);
        st->status = STATE_ANSWERED;
        state_set_message(st, "stronger tiers could not improve on this answer");
        state_add_step(st, NODE_SUPERVISOR, st->tier, st->sql, 0,
                       "fallback: kept the best earlier answer (confidence %.2f)", st->confidence);
        goto done;
    }
    st->status = STATE_UNANSWERED;
    if (!st->message || !unanswerable) {
        const char *last = st->n_errors ? st->errors[st->n_errors - 1].message : NULL;
        if (st->sql && last)
            state_set_message(st, "could not answer: the best attempt failed: %s", last);
        else if (st->sql)
            state_set_message(st, "could not answer with enough confidence (best attempt %.2f)",
                              st->confidence);
        else if (cfg->n_tiers == 0)
            state_set_message(st, "could not answer: the built-in parser did not understand the "
                                  "question and no model tier is configured (--llm)");
        else
            state_set_message(st, "could not answer: %s", last ? last : "no tier produced SQL");
    }
    state_add_step(st, NODE_SUPERVISOR, st->tier < 0 ? 0 : st->tier, st->sql, 0, "fallback: %s",
                   st->message);
done:
    rc = 0;
out:
    candidate_free(&best);
    st->ms_total = clock_ms() - t_start;
    return rc;
}
