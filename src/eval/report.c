/* The evaluation report: one JSON document (the machine contract of `genbi eval --json`) and a
 * text rendering of the same numbers for a person. The text is built from the JSON so the two
 * can never disagree. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "core/state.h"
#include "eval/eval.h"
#include "eval/eval_int.h"

#include "util/banned.h"

/* Thresholds of the tier-0 confidence curve: 0.00, 0.05, ..., 1.00. */
#define CURVE_STEPS 20

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

/* Round to 6 decimals so the JSON reads well (and percentages printed with one decimal from
 * it round as the exact ratio would). */
static json_t *num(double v)
{
    return json_real(round(v * 1e6) / 1e6);
}

static int counted(const struct eval_qres *q)
{
    return !q->skipped;
}

/* Difficulty labels in a reading order: Spider's, then BIRD's, then others as they come. */
static int label_rank(const char *s)
{
    static const char *const order[] = {"easy",   "medium",   "hard",        "extra",
                                        "simple", "moderate", "challenging", NULL};
    for (int i = 0; order[i]; i++)
        if (strcmp(s, order[i]) == 0)
            return i;
    return 100;
}

static size_t labels(const struct eval_run *r, const char **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n; i++) {
        const char *d = r->ds->items[i].difficulty;
        size_t k = 0;
        while (k < n && strcmp(out[k], d) != 0)
            k++;
        if (k == n && n < max)
            out[n++] = d;
    }
    /* insertion sort by rank, stable for unknown labels */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && label_rank(out[j - 1]) > label_rank(out[j]); j--) {
            const char *t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    return n;
}

static int dcmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Nearest-rank percentile of sorted v. */
static double pct(const double *v, size_t n, double p)
{
    if (!n)
        return 0;
    size_t k = (size_t)ceil(p * (double)n);
    return v[k ? k - 1 : 0];
}

/* o when every part of it was built, else NULL (and o released): a report with a field missing
 * would read as a different result, so it is never handed on. */
static json_t *complete(json_t *o, int bad)
{
    if (bad || !o) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *latency(const struct eval_run *r)
{
    json_t *o = json_object();
    double *v = malloc((r->n ? r->n : 1) * sizeof *v);
    int bad = !o || !v;
    if (bad)
        goto out;
    for (int node = 0; node <= NODE__COUNT; node++) {
        size_t n = 0;
        for (size_t i = 0; i < r->n; i++) {
            const struct eval_qres *q = &r->res[i];
            if (q->skipped || q->gold_error || q->internal)
                continue;
            v[n++] = node == NODE__COUNT ? q->ms_total : q->ms[node];
        }
        qsort(v, n, sizeof *v, dcmp);
        json_t *p = json_object();
        bad |= json_object_set_new(p, "p50", num(pct(v, n, 0.50)));
        bad |= json_object_set_new(p, "p95", num(pct(v, n, 0.95)));
        bad |= json_object_set_new(p, "p99", num(pct(v, n, 0.99)));
        bad |= json_object_set_new(o, node == NODE__COUNT ? "total" : state_node_name(node), p);
    }
out:
    free(v);
    return complete(o, bad);
}

static json_t *tier0_section(const struct eval_run *r, const char **labs, size_t nlabs)
{
    json_t *t0 = json_object();
    json_t *byd = json_array();
    int bad = 0;
    bad |= json_object_set_new(t0, "threshold", num(r->threshold));
    for (size_t l = 0; l <= nlabs; l++) {
        size_t total = 0, ans = 0, ok = 0;
        for (size_t i = 0; i < r->n; i++) {
            const struct eval_qres *q = &r->res[i];
            if (!counted(q) || (l < nlabs && strcmp(r->ds->items[i].difficulty, labs[l]) != 0))
                continue;
            total++;
            if (q->answered && q->tier == 0) {
                ans++;
                ok += q->correct;
            }
        }
        json_t *o = json_pack("{s:s,s:I,s:I,s:I,s:o,s:o}", "difficulty",
                              l < nlabs ? labs[l] : "all", "total", (json_int_t)total, "answered",
                              (json_int_t)ans, "correct", (json_int_t)ok, "coverage",
                              num(ratio(ans, total)), "precision", num(ratio(ok, ans)));
        bad |= json_array_append_new(byd, o);
    }
    bad |= json_object_set_new(t0, "by_difficulty", byd);
    if (r->curve_mode) {
        json_t *curve = json_array();
        for (int s = 0; s <= CURVE_STEPS; s++) {
            double th = (double)s / CURVE_STEPS;
            size_t total = 0, ans = 0, ok = 0;
            for (size_t i = 0; i < r->n; i++) {
                const struct eval_qres *q = &r->res[i];
                if (!counted(q))
                    continue;
                total++;
                /* the same comparison the supervisor makes, with a little slack for 0.05 steps
                 * that are not exact in binary */
                if (q->t0_has && q->confidence >= th - 1e-9) {
                    ans++;
                    ok += q->t0_correct;
                }
            }
            bad |= json_array_append_new(
                curve, json_pack("{s:o,s:I,s:o,s:o,s:o}", "threshold", num(th), "answered",
                                 (json_int_t)ans, "coverage", num(ratio(ans, total)), "precision",
                                 num(ratio(ok, ans)), "ex", num(ratio(ok, total))));
        }
        bad |= json_object_set_new(t0, "curve", curve);
    }
    return complete(t0, bad);
}

/* The "always the strongest tier" baseline, computed in the same run: the last tier's recorded
 * SQL judged directly (its EX) and priced per question on genbi's own prompt (run.c). NULL when
 * the last tier is not a replay. */
static const struct eval_replay *baseline_replay(const struct eval_run *r, size_t total)
{
    size_t n = r->cfg->n_tiers;
    const struct eval_replay *rp = n ? r->tier_replay[n - 1] : NULL;
    return rp && r->n_replays && total ? rp : NULL;
}

static json_t *baseline_section(const struct eval_run *r, const struct eval_replay *rp,
                                size_t total, double run_cost)
{
    int bad = 0;
    size_t k = (size_t)(rp - r->replays), correct = 0;
    long tin = 0, tout = 0;
    double cost = 0;
    for (size_t i = 0; i < r->n; i++) {
        const struct eval_qres *q = &r->res[i];
        if (!counted(q))
            continue;
        correct += (size_t)r->raw_correct[i * r->n_replays + k];
        tin += q->base_tokens_in;
        tout += q->base_tokens_out;
        cost += q->base_cost_usd;
    }
    json_t *b = json_pack("{s:s,s:I,s:I,s:o}", "tier", rp->name, "correct", (json_int_t)correct,
                          "total", (json_int_t)total, "ex", num(ratio(correct, total)));
    bad |= json_object_set_new(
        b, "tokens", json_pack("{s:I,s:I}", "in", (json_int_t)tin, "out", (json_int_t)tout));
    bad |= json_object_set_new(
        b, "cost_usd",
        json_pack("{s:f,s:f,s:o}", "total", cost, "per_question", cost / (double)total,
                  "per_correct", correct ? json_real(cost / (double)correct) : json_null()));
    bad |= json_object_set_new(b, "run_cost_share",
                               cost > 0 ? json_real(run_cost / cost) : json_null());
    return complete(b, bad);
}

/* Execution accuracy and precision per difficulty label. */
static json_t *by_difficulty(const struct eval_run *r, const char **labs, size_t nlabs)
{
    json_t *byd = json_array();
    int bad = 0;
    for (size_t l = 0; l < nlabs; l++) {
        size_t t = 0, c = 0, a = 0;
        for (size_t i = 0; i < r->n; i++) {
            const struct eval_qres *q = &r->res[i];
            if (!counted(q) || strcmp(r->ds->items[i].difficulty, labs[l]) != 0)
                continue;
            t++;
            c += q->correct;
            a += q->answered;
        }
        bad |= json_array_append_new(
            byd, json_pack("{s:s,s:I,s:I,s:o,s:I,s:o}", "difficulty", labs[l], "total",
                           (json_int_t)t, "correct", (json_int_t)c, "ex", num(ratio(c, t)),
                           "answered", (json_int_t)a, "precision", num(ratio(c, a))));
    }
    return complete(byd, bad);
}

/* Answers and precision per tier (0 = the rules). */
static json_t *by_tier(const struct eval_run *r, size_t total)
{
    json_t *byt = json_array();
    int bad = 0;
    for (int k = r->cfg->no_rules ? 1 : 0; k <= (int)r->cfg->n_tiers; k++) {
        size_t a = 0, c = 0;
        for (size_t i = 0; i < r->n; i++) {
            const struct eval_qres *q = &r->res[i];
            if (counted(q) && q->answered && q->tier == k) {
                a++;
                c += q->correct;
            }
        }
        bad |= json_array_append_new(byt, json_pack("{s:i,s:s,s:I,s:I,s:o,s:o}", "tier", k, "name",
                                             k == 0 ? "rules" : r->cfg->tiers[k - 1].llm.name,
                                             "answered", (json_int_t)a, "correct", (json_int_t)c,
                                             "precision", num(ratio(c, a)), "share",
                                             num(ratio(a, total))));
    }
    return complete(byt, bad);
}

/* Each replayed recording's own accuracy, before the pipeline touched its SQL. */
static json_t *replay_raw(const struct eval_run *r, size_t total)
{
    json_t *raw = json_array();
    int bad = 0;
    for (size_t k = 0; k < r->n_replays; k++) {
        size_t c = 0, has = 0;
        for (size_t i = 0; i < r->n; i++) {
            if (!counted(&r->res[i]))
                continue;
            c += (size_t)r->raw_correct[i * r->n_replays + k];
            has += (size_t)r->raw_has[i * r->n_replays + k];
        }
        bad |= json_array_append_new(raw,
                              json_pack("{s:s,s:I,s:I,s:I,s:o}", "name", r->replays[k].name,
                                        "recorded", (json_int_t)has, "correct", (json_int_t)c,
                                        "total", (json_int_t)total, "ex", num(ratio(c, total))));
    }
    return complete(raw, bad);
}

/* One record per question (--details). */
static json_t *questions_detail(const struct eval_run *r)
{
    json_t *qs = json_array();
    int bad = 0;
    for (size_t i = 0; i < r->n; i++) {
        const struct eval_qres *q = &r->res[i];
        const struct eval_item *it = &r->ds->items[i];
        json_t *o = json_pack(
            "{s:I,s:s,s:s,s:b,s:b,s:b,s:i,s:o,s:i,s:i}", "index", (json_int_t)it->index,
            "db_id", it->db_id, "difficulty", it->difficulty, "skipped", q->skipped, "answered",
            q->answered, "correct", q->correct, "tier", q->tier, "confidence",
            num(q->confidence), "attempts", q->attempts, "repairs", q->repairs);
        bad |= json_object_set_new(o, "sql", q->sql ? analyze_json_text(q->sql) : json_null());
        for (size_t k = 0; k < r->n_replays; k++)
            bad |= json_object_set_new(o, r->replays[k].name,
                                json_boolean(r->raw_correct[i * r->n_replays + k]));
        if (q->note)
            bad |= json_object_set_new(o, "note", analyze_json_text(q->note));
        if (q->t0_explain)
            bad |= json_object_set_new(o, "tier0", analyze_json_text(q->t0_explain));
        bad |= json_array_append_new(qs, o);
    }
    return complete(qs, bad);
}

json_t *eval_report_json(const struct eval_run *r)
{
    const char *labs[64];
    size_t nlabs = labels(r, labs, 64);
    size_t total = 0, ok = 0, ans = 0, skipped = 0, gold_err = 0, internal = 0, unanswered = 0,
           refused = 0;
    long attempts = 0, repairs = 0, escalations = 0, tin = 0, tout = 0;
    double cost = 0;
    for (size_t i = 0; i < r->n; i++) {
        const struct eval_qres *q = &r->res[i];
        if (q->skipped) {
            skipped++;
            continue;
        }
        total++;
        ok += q->correct;
        ans += q->answered;
        gold_err += q->gold_error;
        internal += q->internal;
        if (!q->gold_error && !q->internal && !q->answered) {
            if (q->status == STATE_REFUSED)
                refused++;
            else
                unanswered++;
        }
        attempts += q->attempts;
        repairs += q->repairs;
        escalations += q->escalations;
        tin += q->tokens_in;
        tout += q->tokens_out;
        cost += q->cost_usd;
    }
    json_t *root = json_object();
    int bad = 0;
    bad |= json_object_set_new(root, "dataset", analyze_json_text(r->dataset_path));
    bad |= json_object_set_new(root, "questions", json_integer((json_int_t)r->n));
    bad |= json_object_set_new(root, "evaluated", json_integer((json_int_t)total));
    bad |= json_object_set_new(root, "skipped", json_integer((json_int_t)skipped));
    bad |= json_object_set_new(root, "gold_errors", json_integer((json_int_t)gold_err));
    bad |= json_object_set_new(root, "internal_errors", json_integer((json_int_t)internal));
    bad |= json_object_set_new(root, "difficulty_source",
                        json_string(!r->ds->computed_hardness   ? "dataset"
                                    : r->ds->hardness_from_text ? "spider hardness (SQL text)"
                                                                : "spider hardness (parsed sql)"));
    json_t *tiers = json_array();
    if (!r->cfg->no_rules)
        bad |= json_array_append_new(tiers, json_string("rules"));
    for (size_t k = 0; k < r->cfg->n_tiers; k++)
        bad |= json_array_append_new(tiers, json_string(r->cfg->tiers[k].llm.name));
    bad |= json_object_set_new(root, "tiers", tiers);
    bad |= json_object_set_new(root, "ex", num(ratio(ok, total)));
    bad |= json_object_set_new(root, "correct", json_integer((json_int_t)ok));
    bad |= json_object_set_new(root, "answered", json_integer((json_int_t)ans));
    bad |= json_object_set_new(root, "coverage", num(ratio(ans, total)));
    bad |= json_object_set_new(root, "precision", num(ratio(ok, ans)));
    bad |= json_object_set_new(root, "unanswered", json_integer((json_int_t)unanswered));
    bad |= json_object_set_new(root, "refused", json_integer((json_int_t)refused));

    bad |= json_object_set_new(root, "by_difficulty", by_difficulty(r, labs, nlabs));

    bad |= json_object_set_new(root, "by_tier", by_tier(r, total));

    bad |= json_object_set_new(root, "replay_raw", replay_raw(r, total));

    bad |= json_object_set_new(root, "attempts",
                        json_pack("{s:I,s:o}", "total", (json_int_t)attempts, "per_question",
                                  num(ratio((size_t)attempts, total))));
    bad |= json_object_set_new(root, "repairs", json_integer(repairs));
    bad |= json_object_set_new(root, "escalations", json_integer(escalations));
    bad |= json_object_set_new(root, "latency_ms", latency(r));
    bad |= json_object_set_new(root, "tokens",
                        json_pack("{s:I,s:I,s:o,s:o}", "in", (json_int_t)tin, "out",
                                  (json_int_t)tout, "in_per_question",
                                  num(ratio((size_t)tin, total)), "out_per_question",
                                  num(ratio((size_t)tout, total))));
    bad |= json_object_set_new(root, "cost_usd",
                        json_pack("{s:f,s:f,s:o}", "total", cost, "per_question",
                                  total ? cost / (double)total : 0.0, "per_correct",
                                  ok ? json_real(cost / (double)ok) : json_null()));
    const struct eval_replay *rp = baseline_replay(r, total);
    if (rp)
        bad |= json_object_set_new(root, "baseline", baseline_section(r, rp, total, cost));
    if (!r->cfg->no_rules)
        bad |= json_object_set_new(root, "tier0", tier0_section(r, labs, nlabs));
    bad |= json_object_set_new(root, "wall_ms", num(r->wall_ms));
    bad |= json_object_set_new(root, "jobs", json_integer(r->jobs));

    if (r->details)
        bad |= json_object_set_new(root, "questions_detail", questions_detail(r));
    return complete(root, bad);
}

/* ---- text ---- */

static double jd(const json_t *o, const char *k)
{
    return json_number_value(json_object_get(o, k));
}

static long long ji(const json_t *o, const char *k)
{
    return (long long)json_integer_value(json_object_get(o, k));
}

static const char *js(const json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

int eval_report_text(const struct eval_run *r, FILE *f)
{
    json_t *j = eval_report_json(r);
    if (!j)
        return ERR_NOMEM;
    size_t i;
    json_t *v;
    fprintf(f, "dataset      %s\n", js(j, "dataset"));
    fprintf(f, "questions    %lld run, %lld evaluated, %lld skipped (database missing)",
            ji(j, "questions"), ji(j, "evaluated"), ji(j, "skipped"));
    if (ji(j, "gold_errors") || ji(j, "internal_errors"))
        fprintf(f, ", %lld gold errors, %lld internal errors", ji(j, "gold_errors"),
                ji(j, "internal_errors"));
    fprintf(f, "\ntiers        ");
    json_array_foreach(json_object_get(j, "tiers"), i, v)
        fprintf(f, "%s%s", i ? " -> " : "", json_string_value(v));
    fprintf(f,
            "\n\nEX           %.1f%% (%lld/%lld)   answered %.1f%%   precision %.1f%%   "
            "unanswered %lld   refused %lld\n",
            100 * jd(j, "ex"), ji(j, "correct"), ji(j, "evaluated"), 100 * jd(j, "coverage"),
            100 * jd(j, "precision"), ji(j, "unanswered"), ji(j, "refused"));

    fprintf(f, "\n%-12s %6s %8s %9s %10s   (%s)\n", "difficulty", "n", "EX", "answered",
            "precision", js(j, "difficulty_source"));
    json_array_foreach(json_object_get(j, "by_difficulty"), i, v)
        fprintf(f, "%-12s %6lld %7.1f%% %9lld %9.1f%%\n", js(v, "difficulty"), ji(v, "total"),
                100 * jd(v, "ex"), ji(v, "answered"), 100 * jd(v, "precision"));

    fprintf(f, "\n%-4s %-36s %9s %8s %10s\n", "tier", "name", "answered", "share", "precision");
    json_array_foreach(json_object_get(j, "by_tier"), i, v)
        fprintf(f, "%-4lld %-36s %9lld %7.1f%% %9.1f%%\n", ji(v, "tier"), js(v, "name"),
                ji(v, "answered"), 100 * jd(v, "share"), 100 * jd(v, "precision"));

    json_t *raw = json_object_get(j, "replay_raw");
    if (json_array_size(raw)) {
        fprintf(f, "\nrecorded SQL judged directly (no pipeline):\n");
        json_array_foreach(raw, i, v)
            fprintf(f, "  %-36s EX %.1f%% (%lld/%lld), %lld recorded\n", js(v, "name"),
                    100 * jd(v, "ex"), ji(v, "correct"), ji(v, "total"), ji(v, "recorded"));
    }

    json_t *att = json_object_get(j, "attempts");
    fprintf(f, "\nattempts     %lld (%.2f per question)   repairs %lld   escalations %lld\n",
            ji(att, "total"), jd(att, "per_question"), ji(j, "repairs"), ji(j, "escalations"));
    json_t *tok = json_object_get(j, "tokens"), *cost = json_object_get(j, "cost_usd");
    fprintf(f, "tokens       %lld in / %lld out (%.0f / %.0f per question)\n", ji(tok, "in"),
            ji(tok, "out"), jd(tok, "in_per_question"), jd(tok, "out_per_question"));
    fprintf(f, "cost         $%.4f total, $%.6f per question, $%.6f per correct answer\n",
            jd(cost, "total"), jd(cost, "per_question"), jd(cost, "per_correct"));
    json_t *base = json_object_get(j, "baseline");
    if (base) {
        json_t *bc = json_object_get(base, "cost_usd");
        fprintf(f, "baseline     always %s: EX %.1f%% (%lld/%lld), $%.4f total, $%.6f per "
                   "question, $%.6f per correct answer\n",
                js(base, "tier"), 100 * jd(base, "ex"), ji(base, "correct"), ji(base, "total"),
                jd(bc, "total"), jd(bc, "per_question"), jd(bc, "per_correct"));
        fprintf(f, "             this run: %.1f%% of the baseline's cost, EX %+.1f points\n",
                100 * jd(base, "run_cost_share"), 100 * (jd(j, "ex") - jd(base, "ex")));
    }

    fprintf(f, "\n%-14s %10s %10s %10s\n", "latency ms", "p50", "p95", "p99");
    const char *k;
    json_object_foreach(json_object_get(j, "latency_ms"), k, v)
        fprintf(f, "%-14s %10.3f %10.3f %10.3f\n", k, jd(v, "p50"), jd(v, "p95"), jd(v, "p99"));

    json_t *t0 = json_object_get(j, "tier0");
    if (t0) {
        fprintf(f, "\ntier 0 (rules) at confidence >= %.2f:\n", jd(t0, "threshold"));
        fprintf(f, "  %-12s %6s %9s %9s %10s\n", "difficulty", "n", "answered", "coverage",
                "precision");
        json_array_foreach(json_object_get(t0, "by_difficulty"), i, v)
            fprintf(f, "  %-12s %6lld %9lld %8.1f%% %9.1f%%\n", js(v, "difficulty"), ji(v, "total"),
                    ji(v, "answered"), 100 * jd(v, "coverage"), 100 * jd(v, "precision"));
        json_t *curve = json_object_get(t0, "curve");
        if (curve) {
            fprintf(f, "\n  tier 0 confidence curve (answer when confidence >= threshold):\n");
            fprintf(f, "  %9s %9s %9s %10s %8s\n", "threshold", "answered", "coverage", "precision",
                    "EX");
            json_array_foreach(curve, i, v) fprintf(
                f, "  %9.2f %9lld %8.1f%% %9.1f%% %7.1f%%\n", jd(v, "threshold"), ji(v, "answered"),
                100 * jd(v, "coverage"), 100 * jd(v, "precision"), 100 * jd(v, "ex"));
        }
    }
    fprintf(f, "\nwall time    %.1f s on %lld worker%s (%.1f questions/s)\n",
            jd(j, "wall_ms") / 1000, ji(j, "jobs"), ji(j, "jobs") == 1 ? "" : "s",
            jd(j, "wall_ms") > 0 ? (double)ji(j, "questions") / (jd(j, "wall_ms") / 1000) : 0);
    json_decref(j);
    return 0;
}
