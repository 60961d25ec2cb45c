/* Request state: construction, the trace, and the JSON rendering of a final answer. */
#include "core/state.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

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
    int failed = buf_vprintf(&b, fmt, ap);
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

static json_t *str_or_null(const char *s)
{
    return s ? analyze_json_text(s) : json_null();
}

static json_t *cell_json(const struct db_cell *c)
{
    switch (c->type) {
    case DB_NULL:
        return json_null();
    case DB_INT:
        return json_integer(c->i);
    case DB_REAL:
        return analyze_json_real(c->d);
    default:
        return analyze_json_text(c->s);
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

json_t *state_to_json(const struct state *st)
{
    json_t *o = json_object();
    int bad = 0; /* any field that could not be built or set: no partial document */
    bad |= json_object_set_new(o, "question", str_or_null(st->question));
    bad |= json_object_set_new(o, "db", str_or_null(st->db_name));
    bad |= json_object_set_new(o, "status", json_string(status_name(st->status)));
    bad |= json_object_set_new(o, "message", str_or_null(st->message));
    bad |= json_object_set_new(o, "sql", str_or_null(st->sql));

    json_t *cols = json_array(), *rows = json_array();
    if (st->has_result) {
        for (size_t c = 0; c < st->result.n_cols; c++)
            bad |= json_array_append_new(cols, str_or_null(st->result.cols[c]));
        for (size_t r = 0; r < st->result.n_rows; r++) {
            json_t *row = json_array();
            for (size_t c = 0; c < st->result.n_cols; c++)
                bad |= json_array_append_new(row, cell_json(db_cell_at(&st->result, r, c)));
            bad |= json_array_append_new(rows, row);
        }
    }
    bad |= json_object_set_new(o, "columns", cols);
    bad |= json_object_set_new(o, "rows", rows);
    bad |= json_object_set_new(o, "row_count",
                               json_integer(st->has_result ? (json_int_t)st->result.n_rows : 0));
    bad |=
        json_object_set_new(o, "truncated", json_boolean(st->has_result && st->result.truncated));

    json_t *an = json_object();
    if (st->has_analysis) {
        char checks[128];
        analyze_checks_str(st->analysis.checks, checks, sizeof checks);
        bad |= json_object_set_new(an, "summary", str_or_null(st->analysis.summary));
        bad |= json_object_set_new(an, "checks", json_string(checks));
        bad |= json_object_set(an, "columns",
                               st->analysis.columns ? st->analysis.columns : json_null());
        bad |= json_object_set_new(o, "analysis", an);
        bad |= json_object_set(o, "chart", st->analysis.chart ? st->analysis.chart : json_null());
    } else {
        json_decref(an);
        bad |= json_object_set_new(o, "analysis", json_null());
        bad |= json_object_set_new(o, "chart", json_null());
    }
    bad |= json_object_set_new(o, "confidence", json_real(st->confidence));
    bad |= json_object_set_new(o, "tier", st->tier >= 0 ? json_integer(st->tier) : json_null());
    bad |= json_object_set_new(o, "tier_name", str_or_null(st->tier_name));
    bad |= json_object_set_new(o, "attempts", json_integer(st->attempts));
    bad |= json_object_set_new(o, "repairs", json_integer(st->repairs));
    bad |= json_object_set_new(o, "escalations", json_integer(st->escalations));
    bad |= json_object_set_new(o, "tokens_in", json_integer(st->tokens_in));
    bad |= json_object_set_new(o, "tokens_out", json_integer(st->tokens_out));
    bad |= json_object_set_new(o, "cost_usd", json_real(st->cost_usd));

    json_t *t = json_object();
    for (int n = 0; n < NODE__COUNT; n++)
        bad |= json_object_set_new(t, state_node_name((enum state_node)n), json_real(st->ms[n]));
    bad |= json_object_set_new(t, "total", json_real(st->ms_total));
    bad |= json_object_set_new(o, "timings_ms", t);

    json_t *sel = json_object();
    bad |= json_object_set(sel, "tables", st->context_tables ? st->context_tables : json_null());
    bad |= json_object_set_new(sel, "tokens", json_integer(st->sel.tokens));
    bad |= json_object_set_new(o, "schema_context", sel);

    json_t *errs = json_array();
    for (size_t i = 0; i < st->n_errors; i++) {
        json_t *e = json_object();
        bad |= json_object_set_new(e, "tier", json_integer(st->errors[i].tier));
        bad |= json_object_set_new(e, "class", str_or_null(st->errors[i].cls));
        bad |= json_object_set_new(e, "message", str_or_null(st->errors[i].message));
        if (st->errors[i].pos >= 0)
            bad |= json_object_set_new(e, "position", json_integer(st->errors[i].pos));
        bad |= json_array_append_new(errs, e);
    }
    bad |= json_object_set_new(o, "errors", errs);

    json_t *trace = json_array();
    for (size_t i = 0; i < st->n_steps; i++) {
        json_t *s = json_object();
        bad |= json_object_set_new(s, "node", json_string(state_node_name(st->steps[i].node)));
        bad |= json_object_set_new(s, "tier", json_integer(st->steps[i].tier));
        bad |= json_object_set_new(s, "sql", str_or_null(st->steps[i].sql));
        bad |= json_object_set_new(s, "outcome", str_or_null(st->steps[i].outcome));
        bad |= json_object_set_new(s, "ms", json_real(st->steps[i].ms));
        bad |= json_array_append_new(trace, s);
    }
    bad |= json_object_set_new(o, "trace", trace);
    if (bad || st->lost_record) {
        json_decref(o);
        return NULL;
    }
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
