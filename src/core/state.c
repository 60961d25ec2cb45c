/* Request state: construction, the trace, and the JSON rendering of a final answer. */
#include "core/state.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/jsonw.h"

#include "util/banned.h"

static const char *const node_names[NODE__COUNT] = {
    [NODE_SELECT_SCHEMA] = "select_schema", [NODE_GENERATE_SQL] = "generate_sql",
    [NODE_ANALYZE] = "analyze",             [NODE_FIX_SQL] = "fix_sql",
    [NODE_SUPERVISOR] = "supervisor",
};

const char *state_node_name(enum state_node n)
{
    return (int)n >= 0 && n < NODE__COUNT ? node_names[n] : "?";
}

int state_init(struct state *st, const char *question, const char *db_name)
{
    memset(st, 0, sizeof *st);
    st->tier = -1;
    st->question = strdup(question ? question : "");
    st->db_name = strdup(db_name ? db_name : "");
    if (!st->question || !st->db_name || question_read(st->question, &st->reading)) {
        state_free(st);
        return ERR_NOMEM;
    }
    return 0;
}

void state_clear_result(struct state *st)
{
    if (st->has_result)
        db_result_free(&st->result);
    if (st->has_analysis)
        analysis_free(&st->analysis);
    st->has_result = st->has_analysis = 0;
    st->checks = 0;
}

void state_free(struct state *st)
{
    free(st->question);
    question_free(st->reading);
    free(st->db_name);
    schema_selection_free(&st->sel);
    json_decref(st->context_tables);
    free(st->sql);
    free(st->tier_name);
    state_clear_result(st);
    for (size_t i = 0; i < st->n_steps; i++) {
        free(st->steps[i].sql);
        free(st->steps[i].outcome);
    }
    free(st->steps);
    for (size_t i = 0; i < st->n_errors; i++) {
        free(st->errors[i].cls);
        free(st->errors[i].message);
    }
    free(st->errors);
    free(st->message);
    memset(st, 0, sizeof *st);
}

int state_set_sql(struct state *st, const char *sql)
{
    char *copy = sql ? strdup(sql) : NULL;
    if (sql && !copy)
        return ERR_NOMEM;
    free(st->sql);
    st->sql = copy;
    return 0;
}

int state_set_message(struct state *st, const char *fmt, ...)
{
    struct buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    int rc = buf_vprintf(&b, fmt, ap);
    va_end(ap);
    char *msg = rc ? NULL : buf_detach(&b);
    if (!msg) {
        buf_free(&b);
        return ERR_NOMEM;
    }
    free(st->message);
    st->message = msg;
    return 0;
}

int state_add_step(struct state *st, enum state_node node, int tier, const char *sql, double ms,
                   const char *fmt, ...)
{
    struct buf b = BUF_INIT;
    char *copy = NULL, *outcome = NULL;
    int rc = ERR_NOMEM;
    va_list ap;
    va_start(ap, fmt);
    /* room first: an empty buf would format the outcome twice, to measure and to write */
    int failed = !buf_reserve(&b, 128) || buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (failed || !(outcome = buf_detach(&b)) || (sql && !(copy = strdup(sql))))
        goto out;
    struct state_step *steps = realloc(st->steps, (st->n_steps + 1) * sizeof *steps);
    if (!steps)
        goto out;
    st->steps = steps;
    st->steps[st->n_steps++] =
        (struct state_step){.node = node, .tier = tier, .ms = ms, .sql = copy, .outcome = outcome};
    copy = outcome = NULL;
    rc = 0;
out:
    if (rc)
        st->lost_record = 1;
    buf_free(&b);
    free(copy);
    free(outcome);
    return rc;
}

int state_add_error(struct state *st, int tier, const char *cls, const char *message, int pos)
{
    char *c = strdup(cls ? cls : "other"), *m = strdup(message ? message : "");
    struct state_error *errs =
        c && m ? realloc(st->errors, (st->n_errors + 1) * sizeof *errs) : NULL;
    if (!errs) {
        free(c);
        free(m);
        st->lost_record = 1;
        return ERR_NOMEM;
    }
    st->errors = errs;
    st->errors[st->n_errors++] =
        (struct state_error){.tier = tier, .cls = c, .message = m, .pos = pos};
    return 0;
}

/* A result cell as analyze_json_real() and analyze_json_text() would make it. */
static void put_cell(struct jw *w, const struct db_cell *c)
{
    switch (c->type) {
    case DB_NULL:
        jw_null(w);
        break;
    case DB_INT:
        jw_int(w, c->i);
        break;
    case DB_REAL:
        if (isfinite(c->d))
            jw_real(w, analyze_clean_real(c->d));
        else
            jw_null(w);
        break;
    default:
        jw_string(w, c->s ? c->s : "");
    }
}

static const char *status_name(enum state_status s)
{
    switch (s) {
    case STATE_ANSWERED:
        return "answered";
    case STATE_UNANSWERED:
        return "unanswered";
    case STATE_REFUSED:
        return "refused";
    default:
        return "running";
    }
}

static void put_result(struct jw *w, const struct state *st)
{
    jw_key(w, "columns");
    jw_array(w);
    for (size_t c = 0; st->has_result && c < st->result.n_cols; c++)
        jw_string(w, st->result.cols[c]);
    jw_end(w);
    jw_key(w, "rows");
    jw_array(w);
    for (size_t r = 0; st->has_result && r < st->result.n_rows; r++) {
        jw_array(w);
        for (size_t c = 0; c < st->result.n_cols; c++)
            put_cell(w, db_cell_at(&st->result, r, c));
        jw_end(w);
    }
    jw_end(w);
    jw_key(w, "row_count");
    jw_int(w, st->has_result ? (long long)st->result.n_rows : 0);
    jw_key(w, "truncated");
    jw_bool(w, st->has_result && st->result.truncated);
    jw_key(w, "analysis");
    if (st->has_analysis) {
        char checks[128];
        analyze_checks_str(st->analysis.checks, checks, sizeof checks);
        jw_object(w);
        jw_key(w, "summary");
        jw_string(w, st->analysis.summary);
        jw_key(w, "checks");
        jw_string(w, checks);
        jw_key(w, "columns");
        jw_json(w, st->analysis.columns);
        jw_end(w);
    } else {
        jw_null(w);
    }
    jw_key(w, "chart");
    if (st->has_analysis && st->analysis.chart_text)
        jw_raw(w, st->analysis.chart_text);
    else
        jw_json(w, st->has_analysis ? st->analysis.chart : NULL);
}

static void put_counts(struct jw *w, const struct state *st)
{
    jw_key(w, "confidence");
    jw_real(w, st->confidence);
    jw_key(w, "tier");
    if (st->tier >= 0)
        jw_int(w, st->tier);
    else
        jw_null(w);
    jw_key(w, "tier_name");
    jw_string(w, st->tier_name);
    static const char *const names[] = {"attempts", "repairs", "escalations", "tokens_in",
                                        "tokens_out"};
    const long long v[] = {st->attempts, st->repairs, st->escalations, st->tokens_in,
                           st->tokens_out};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        jw_key(w, names[i]);
        jw_int(w, v[i]);
    }
    jw_key(w, "cost_usd");
    jw_real(w, st->cost_usd);
    jw_key(w, "timings_ms");
    jw_object(w);
    for (int n = 0; n < NODE__COUNT; n++) {
        jw_key(w, state_node_name((enum state_node)n));
        jw_real(w, st->ms[n]);
    }
    jw_key(w, "total");
    jw_real(w, st->ms_total);
    jw_end(w);
    jw_key(w, "schema_context");
    jw_object(w);
    jw_key(w, "tables");
    jw_json(w, st->context_tables);
    jw_key(w, "tokens");
    jw_int(w, st->sel.tokens);
    jw_end(w);
}

static void put_record(struct jw *w, const struct state *st)
{
    jw_key(w, "errors");
    jw_array(w);
    for (size_t i = 0; i < st->n_errors; i++) {
        jw_object(w);
        jw_key(w, "tier");
        jw_int(w, st->errors[i].tier);
        jw_key(w, "class");
        jw_string(w, st->errors[i].cls);
        jw_key(w, "message");
        jw_string(w, st->errors[i].message);
        if (st->errors[i].pos >= 0) {
            jw_key(w, "position");
            jw_int(w, st->errors[i].pos);
        }
        jw_end(w);
    }
    jw_end(w);
    jw_key(w, "trace");
    jw_array(w);
    for (size_t i = 0; i < st->n_steps; i++) {
        jw_object(w);
        jw_key(w, "node");
        jw_string(w, state_node_name(st->steps[i].node));
        jw_key(w, "tier");
        jw_int(w, st->steps[i].tier);
        jw_key(w, "sql");
        jw_string(w, st->steps[i].sql);
        jw_key(w, "outcome");
        jw_string(w, st->steps[i].outcome);
        jw_key(w, "ms");
        jw_real(w, st->steps[i].ms);
        jw_end(w);
    }
    jw_end(w);
}

char *state_render(const struct state *st)
{
    struct buf b = BUF_INIT;
    struct jw w;
    buf_reserve(&b, 4096); /* an answer of a few rows fits without growing */
    jw_init(&w, &b);
    jw_object(&w);
    static const char *const head[] = {"question", "db", "status", "message", "sql"};
    const char *v[] = {st->question, st->db_name, status_name(st->status), st->message, st->sql};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        jw_key(&w, head[i]);
        jw_string(&w, v[i]);
    }
    put_result(&w, st);
    put_counts(&w, st);
    put_record(&w, st);
    jw_end(&w);
    /* A field that could not be written, or a record that lost an entry: no partial document. */
    char *text = jw_status(&w) || st->lost_record ? NULL : buf_detach(&b);
    buf_free(&b);
    return text;
}

json_t *state_to_json(const struct state *st)
{
    char *text = state_render(st);
    json_t *o = text ? json_loads(text, 0, NULL) : NULL;
    free(text);
    return o;
}

int state_exit_code(const struct state *st)
{
    switch (st->status) {
    case STATE_ANSWERED:
        return 0;
    case STATE_REFUSED:
        return 4;
    default:
        return 3;
    }
}
