/* Running an evaluation: a pool of worker threads takes questions in order; each worker keeps
 * its own connection per database (a struct db is single-threaded) and shares the schemas, which
 * are introspected once per database and read-only afterwards. Each question: run the gold query,
 * run the recorded SQL of every replay file against it (the "raw" score), then drive the pipeline
 * (model calls answered by replay tiers in place, or by llm_chat for real tiers) and judge its
 * final answer with the comparator of compare.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/pipeline.h"
#include "eval/eval.h"
#include "eval/eval_int.h"
#include "llm/llm.h"
#include "semantic/semantic.h"
#include "util/buf.h"
#include "util/clock.h"

#include "util/banned.h"

#define PROGRESS_EVERY_MS 200

struct worker {
    struct eval_run *run;
    struct db **conns; /* per database, opened on first use */
    pthread_t thread;
    int started;
};

/* ---- databases and schemas ---- */

static int find_db(const struct eval_run *r, const char *db_id)
{
    for (size_t i = 0; i < r->n_dbs; i++)
        if (strcmp(r->dbs[i].db_id, db_id) == 0)
            return (int)i;
    return -1;
}

static int dbs_init(struct eval_run *r, struct err *e)
{
    r->dbs = calloc(r->n ? r->n : 1, sizeof *r->dbs);
    r->item_db = calloc(r->n ? r->n : 1, sizeof *r->item_db);
    if (!r->dbs || !r->item_db)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < r->n; i++) {
        const char *id = r->ds->items[i].db_id;
        int k = find_db(r, id);
        if (k < 0) {
            struct eval_dbent *d = &r->dbs[r->n_dbs];
            struct buf p = BUF_INIT;
            struct stat st;
            buf_printf(&p, "%s/%s/%s.sqlite", r->db_dir, id, id);
            d->db_id = strdup(id);
            d->path = buf_detach(&p);
            if (!d->db_id || !d->path)
                return err_set(e, ERR_NOMEM, "out of memory");
            d->exists = stat(d->path, &st) == 0 && S_ISREG(st.st_mode);
            pthread_mutex_init(&d->mu, NULL);
            k = (int)r->n_dbs++;
        }
        r->item_db[i] = (size_t)k;
    }
    return 0;
}

/* Several Spider databases declare no foreign keys in the file: see eval.h. */
int eval_apply_tables_json(const json_t *tables, const char *db_id, struct schema *s)
{
    int rc = 0;
    size_t i;
    const json_t *db;
    json_array_foreach(tables, i, db)
    {
        const json_t *id = json_object_get(db, "db_id");
        if (!json_is_string(id) || strcmp(json_string_value(id), db_id) != 0)
            continue;
        const json_t *tnames = json_object_get(db, "table_names_original");
        const json_t *cols = json_object_get(db, "column_names_original");
        const json_t *fks = json_object_get(db, "foreign_keys");
        size_t k;
        const json_t *fk;
        int changed = 0;
        json_array_foreach(fks, k, fk)
        {
            const json_t *from =
                json_array_get(cols, (size_t)json_integer_value(json_array_get(fk, 0)));
            const json_t *to =
                json_array_get(cols, (size_t)json_integer_value(json_array_get(fk, 1)));
            const char *ft = json_string_value(
                json_array_get(tnames, (size_t)json_integer_value(json_array_get(from, 0))));
            const char *tt = json_string_value(
                json_array_get(tnames, (size_t)json_integer_value(json_array_get(to, 0))));
            const char *fc = json_string_value(json_array_get(from, 1));
            const char *tc = json_string_value(json_array_get(to, 1));
            if (!ft || !tt || !fc || !tc)
                continue;
            int ti = schema_find_table(s, ft), tti = schema_find_table(s, tt);
            if (ti < 0 || tti < 0)
                continue;
            int ci = schema_find_column(&s->tables[ti], fc);
            int tci = schema_find_column(&s->tables[tti], tc);
            if (ci < 0 || tci < 0 || s->tables[ti].cols[ci].fk_table)
                continue;
            char *a = strdup(s->tables[tti].name), *b = strdup(s->tables[tti].cols[tci].name);
            if (!a || !b) {
                free(a);
                free(b);
                rc = ERR_NOMEM;
                break;
            }
            s->tables[ti].cols[ci].fk_table = a;
            s->tables[ti].cols[ci].fk_column = b;
            changed = 1;
        }
        if (changed)
            schema_rehash(s);
        return rc;
    }
    return 0;
}

/* The schema of d, introspected by the first worker that needs it. NULL on failure (note set). */
static const struct schema *db_schema(struct eval_run *r, struct eval_dbent *d, struct db *conn)
{
    pthread_mutex_lock(&d->mu);
    if (!d->loaded) {
        struct err e = {0};
        d->load_rc = db_load_schema(conn, &d->schema, NULL, &e);
        if (!d->load_rc) /* the layer file beside the database, as `genbi ask` reads it */
            d->load_rc = semantic_attach(&d->schema, conn, d->path, NULL, &e);
        if (d->load_rc)
            snprintf(d->load_err, sizeof d->load_err, "%s", e.msg);
        else if (r->tables && (d->load_rc = eval_apply_tables_json(r->tables, d->db_id,
                                                                  &d->schema)))
            snprintf(d->load_err, sizeof d->load_err, "out of memory");
        d->loaded = 1;
    }
    pthread_mutex_unlock(&d->mu);
    return d->load_rc ? NULL : &d->schema;
}

/* ---- judging ---- */

/* Runs sql (DISTINCT removed, as the evaluator does) into out. 0 or a negative err_code. */
static int run_for_judging(const struct eval_run *r, struct db *conn, const char *sql,
                           struct db_result *out, struct db_error *de)
{
    struct db_limits lim = {.timeout_ms = r->timeout_ms, .row_cap = LIMIT_EVAL_ROW_CAP};
    char *stripped = eval_strip_distinct(sql);
    memset(out, 0, sizeof *out);
    if (!stripped) {
        db_error_set(de, DBE_OTHER, "out of memory");
        return ERR_NOMEM;
    }
    int rc = db_exec(conn, stripped, &lim, out, de);
    free(stripped);
    return rc;
}

/* 1 when sql's result matches gold's; a query that fails or times out is wrong. */
static int judge(const struct eval_run *r, struct db *conn, const char *sql,
                 const struct db_result *gold, int order)
{
    struct db_result res;
    struct db_error de;
    if (!sql || run_for_judging(r, conn, sql, &res, &de))
        return 0;
    int ok = eval_result_match(gold, &res, order);
    db_result_free(&res);
    return ok;
}

/* ---- model calls ---- */

/* A replay tier's answer: the recorded SQL for this question, priced like a model's answer of
 * that size. A repair request gets the same SQL again, which the pipeline reads as "no progress"
 * (a recording cannot repair itself). */
static void answer_replay(const struct eval_replay *rp, const struct eval_item *it,
                          const struct pipeline_call *c, struct pipeline_run *pr)
{
    const char *sql = it->index < rp->n ? rp->sql[it->index] : NULL;
    struct llm_reply reply;
    memset(&reply, 0, sizeof reply);
    reply.text = strdup(sql ? sql : "");
    if (!reply.text) {
        struct err e;
        err_set(&e, ERR_NOMEM, "out of memory");
        pipeline_resume(pr, ERR_NOMEM, NULL, &e);
        return;
    }
    reply.tokens_in = schema_estimate_tokens(c->system) + schema_estimate_tokens(c->user);
    reply.tokens_out = schema_estimate_tokens(reply.text);
    reply.cost_usd =
        ((double)reply.tokens_in * rp->price_in + (double)reply.tokens_out * rp->price_out) /
        1000.0;
    pipeline_resume(pr, 0, &reply, NULL);
    llm_reply_free(&reply);
}

static void answer_model(const struct pipeline_call *c, struct pipeline_run *pr)
{
    struct llm_reply reply;
    struct err e = {0};
    int rc = llm_chat(c->tier, c->system, c->user, &reply, &e);
    pipeline_resume(pr, rc, &reply, &e);
    llm_reply_free(&reply);
}

/* ---- one question ---- */

static void note(struct eval_qres *q, const char *fmt, const char *arg)
{
    struct buf b = BUF_INIT;
    buf_printf(&b, fmt, arg);
    free(q->note);
    q->note = b.failed ? NULL : buf_detach(&b);
    buf_free(&b);
    if (!q->note)
        q->internal = 1; /* out of memory: the question is not judged on half a record */
}

static void record_state(const struct eval_run *r, struct eval_qres *q, const struct state *st)
{
    q->status = st->status;
    q->tier = st->tier;
    q->confidence = st->confidence;
    q->attempts = st->attempts;
    q->repairs = st->repairs;
    q->escalations = st->escalations;
    q->tokens_in = st->tokens_in;
    q->tokens_out = st->tokens_out;
    q->cost_usd = st->cost_usd;
    memcpy(q->ms, st->ms, sizeof q->ms);
    q->ms_total = st->ms_total;
    q->answered = st->status == STATE_ANSWERED && st->sql;
    if (r->curve_mode && q->answered) {
        q->t0_has = 1;
        q->answered = st->confidence >= r->threshold;
    }
    if (r->details && st->sql && !(q->sql = strdup(st->sql)))
        q->internal = 1;
    if (r->details)
        for (size_t i = 0; i < st->n_steps; i++)
            if (st->steps[i].node == NODE_GENERATE_SQL && st->steps[i].tier == 0 &&
                st->steps[i].outcome) {
                free(q->t0_explain);
                if (!(q->t0_explain = strdup(st->steps[i].outcome)))
                    q->internal = 1;
            }
}

/* Prices the strongest tier answering this question alone: one generation prompt with the
 * schema context genbi selects, and the recorded SQL as its output. Only for a replay tier (a live
 * model would have to be called). */
static void price_baseline(const struct eval_run *r, const struct eval_item *it,
                           const struct schema *schema, const struct state *st,
                           struct eval_qres *q)
{
    size_t n = r->cfg->n_tiers;
    const struct eval_replay *rp = n ? r->tier_replay[n - 1] : NULL;
    struct schema_selection own;
    const struct schema_selection *sel = &st->sel;
    memset(&own, 0, sizeof own);
    if (!rp)
        return;
    if (!sel->ddl) { /* the run stopped before selecting (refused): select as the tier would */
        if (schema_select(schema, st->reading, r->cfg->max_tables, &own, NULL))
            return;
        sel = &own;
    }
    const struct db_dialect *d = db_dialect_named(schema->dialect);
    const char *dialect = d->title;
    struct buf dates = BUF_INIT;
    db_dialect_describe_dates(&dates, d);
    char *sys = dates.failed ? NULL : llm_prompt_system(dialect, buf_cstr(&dates));
    buf_free(&dates);
    char *user = llm_prompt_sql(it->question, sel->ddl, dialect);
    const char *sql = it->index < rp->n ? rp->sql[it->index] : NULL;
    if (sys && user) {
        q->base_tokens_in = schema_estimate_tokens(sys) + schema_estimate_tokens(user);
        q->base_tokens_out = schema_estimate_tokens(sql ? sql : "");
        q->base_cost_usd = ((double)q->base_tokens_in * rp->price_in +
                            (double)q->base_tokens_out * rp->price_out) /
                           1000.0;
    }
    free(sys);
    free(user);
    schema_selection_free(&own);
}

static void eval_one(struct worker *w, size_t i)
{
    struct eval_run *r = w->run;
    const struct eval_item *it = &r->ds->items[i];
    struct eval_qres *q = &r->res[i];
    struct eval_dbent *d = &r->dbs[r->item_db[i]];
    struct db **conn = &w->conns[r->item_db[i]];
    struct db_result gold;
    struct db_error de;
    struct state st;
    struct pipeline_run *pr = NULL;
    struct err e = {0};
    int have_gold = 0;
    memset(&gold, 0, sizeof gold);
    memset(&st, 0, sizeof st);
    q->tier = -1;

    if (!d->exists) {
        q->skipped = 1;
        note(q, "database missing: %s", d->path);
        return;
    }
    if (!*conn && db_open(d->path, conn, &e)) {
        q->skipped = 1;
        note(q, "%s", e.msg);
        return;
    }
    const struct schema *schema = db_schema(r, d, *conn);
    if (!schema) {
        q->skipped = 1;
        note(q, "%s", d->load_err);
        return;
    }
    atomic_fetch_add(&r->evaluated, 1);
    if (run_for_judging(r, *conn, it->gold, &gold, &de)) {
        q->gold_error = 1;
        note(q, "gold query failed: %s", de.msg);
        return;
    }
    have_gold = 1;
    int order = eval_order_matters(it->gold);

    for (size_t k = 0; k < r->n_replays; k++) {
        const struct eval_replay *rp = &r->replays[k];
        const char *sql = it->index < rp->n ? rp->sql[it->index] : NULL;
        r->raw_has[i * r->n_replays + k] = sql != NULL;
        r->raw_correct[i * r->n_replays + k] = judge(r, *conn, sql, &gold, order);
    }

    struct pipeline p = {.cfg = r->cfg, .db = *conn, .schema = schema, .db_name = it->db_id};
    double t0 = clock_ms();
    if (pipeline_start(&p, it->question, &st, &pr, &e)) {
        q->internal = 1;
        note(q, "pipeline: %s", e.msg);
        goto out;
    }
    while (pipeline_advance(pr) == PIPELINE_NEED_MODEL) {
        const struct pipeline_call *c = pipeline_pending_call(pr);
        const struct eval_replay *rp = r->tier_replay[c->tier_index - 1];
        if (rp)
            answer_replay(rp, it, c, pr);
        else
            answer_model(c, pr);
    }
    if (pipeline_run_status(pr)) {
        q->internal = 1;
        note(q, "pipeline: %s", err_str(pipeline_run_status(pr)));
        goto out;
    }
    st.ms_total = clock_ms() - t0;
    record_state(r, q, &st);
    price_baseline(r, it, schema, &st, q);
    if (q->answered || q->t0_has) {
        int ok = judge(r, *conn, st.sql, &gold, order);
        q->correct = q->answered && ok;
        q->t0_correct = q->t0_has && ok;
    }
    if (q->correct)
        atomic_fetch_add(&r->correct, 1);
out:
    pipeline_run_free(pr);
    state_free(&st);
    if (have_gold)
        db_result_free(&gold);
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct eval_run *r = w->run;
    for (;;) {
        size_t i = atomic_fetch_add(&r->next, 1);
        if (i >= r->n)
            break;
        eval_one(w, i);
        atomic_fetch_add(&r->done, 1);
    }
    return NULL;
}

static void progress(struct eval_run *r, double t0, int final)
{
    size_t done = atomic_load(&r->done), ev = atomic_load(&r->evaluated);
    size_t ok = atomic_load(&r->correct);
    double s = (clock_ms() - t0) / 1000.0;
    fprintf(stderr, "\r\033[K[%zu/%zu] EX %.1f%% (%zu/%zu)  %.1f q/s  %.1f s%s", done, r->n,
            ev ? 100.0 * (double)ok / (double)ev : 0.0, ok, ev, s > 0 ? (double)done / s : 0.0, s,
            final ? "\n" : "");
    fflush(stderr);
}

int eval_run_all(struct eval_run *r, struct err *e)
{
    struct worker *ws = NULL;
    int rc = 0;
    double t0 = clock_ms();
    r->res = calloc(r->n ? r->n : 1, sizeof *r->res);
    size_t nraw = (r->n ? r->n : 1) * (r->n_replays ? r->n_replays : 1);
    r->raw_correct = calloc(nraw, sizeof *r->raw_correct);
    r->raw_has = calloc(nraw, sizeof *r->raw_has);
    if (!r->res || !r->raw_correct || !r->raw_has)
        return err_set(e, ERR_NOMEM, "out of memory");
    if (r->tables_path) {
        json_error_t jerr;
        r->tables = json_load_file(r->tables_path, 0, &jerr);
        if (!json_is_array(r->tables))
            return err_set(e, ERR_USAGE, "cannot read %s as Spider's tables.json: %s",
                           r->tables_path, r->tables ? "not an array" : jerr.text);
    }
    if ((rc = dbs_init(r, e)))
        return rc;
    int jobs = r->jobs > 0 ? r->jobs : 1;
    if ((size_t)jobs > r->n && r->n > 0)
        jobs = (int)r->n;
    ws = calloc((size_t)jobs, sizeof *ws);
    if (!ws)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (int k = 0; k < jobs; k++) {
        ws[k].run = r;
        ws[k].conns = calloc(r->n_dbs ? r->n_dbs : 1, sizeof *ws[k].conns);
        if (!ws[k].conns) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto join;
        }
    }
    for (int k = 0; k < jobs; k++) {
        if (pthread_create(&ws[k].thread, NULL, worker_main, &ws[k])) {
            rc = err_set(e, ERR_NOMEM, "cannot start a worker thread");
            break;
        }
        ws[k].started = 1;
    }
    if (r->progress) {
        while (atomic_load(&r->done) < r->n && !rc) {
            struct timespec ts = {0, PROGRESS_EVERY_MS * 1000000L};
            nanosleep(&ts, NULL);
            if (atomic_load(&r->done) < r->n)
                progress(r, t0, 0);
        }
    }
join:
    if (rc) /* let started workers finish quickly */
        atomic_store(&r->next, r->n);
    for (int k = 0; k < jobs; k++)
        if (ws[k].started)
            pthread_join(ws[k].thread, NULL);
    if (r->progress && !rc)
        progress(r, t0, 1);
    for (int k = 0; k < jobs; k++) {
        for (size_t d = 0; ws[k].conns && d < r->n_dbs; d++)
            db_close(ws[k].conns[d]);
        free(ws[k].conns);
    }
    free(ws);
    r->wall_ms = clock_ms() - t0;
    return rc;
}

void eval_run_free(struct eval_run *r)
{
    for (size_t i = 0; r->res && i < r->n; i++) {
        free(r->res[i].sql);
        free(r->res[i].note);
        free(r->res[i].t0_explain);
    }
    free(r->res);
    for (size_t i = 0; i < r->n_dbs; i++) {
        free(r->dbs[i].db_id);
        free(r->dbs[i].path);
        if (r->dbs[i].loaded)
            schema_free(&r->dbs[i].schema);
        pthread_mutex_destroy(&r->dbs[i].mu);
    }
    free(r->dbs);
    free(r->item_db);
    free(r->raw_correct);
    free(r->raw_has);
    json_decref(r->tables);
    r->res = NULL;
    r->dbs = NULL;
    r->n_dbs = 0;
}
