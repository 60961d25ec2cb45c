/* Templates a person manages: teaching a pair, the list, the check after a schema change; and the
 * few-shot examples for a model prompt. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/fix.h"
#include "templates/tmpl_int.h"

#include "util/banned.h"

#define TM_SHOT_MIN 0.1      /* least similarity of a few-shot example */
#define TM_SHOT_Q_WEIGHT 0.7 /* question words against SQL skeleton (DAIL-SQL's two views) */
#define TM_CHECK_TIMEOUT_MS 5000

/* Runs sql through the gate and the database: 0 when it ran and returned rows, else the reason. */
static int run_pair(struct db *db, const char *sql, char *why, size_t cap)
{
    struct db_limits lim = {.timeout_ms = TM_CHECK_TIMEOUT_MS, .row_cap = 1000};
    struct db_result r;
    struct db_error de;
    if (db_exec(db, sql, &lim, &r, &de) != 0) {
        snprintf(why, cap, "%s: %s", db_errclass_name(de.cls), de.msg);
        return -1;
    }
    size_t rows = r.n_rows;
    db_result_free(&r);
    if (!rows) {
        snprintf(why, cap, "the query returned no rows");
        return -1;
    }
    return 0;
}

int templates_add_checked(struct templates *t, struct db *db, const char *question,
                          const char *sql, char id[16], struct err *e)
{
    char why[600];
    struct tm_shape *sh = NULL;
    if (run_pair(db, sql, why, sizeof why))
        return err_set(e, ERR_USAGE, "not stored: %s", why);
    if (tm_shape_build(t->s, question, sql, &sh) < 0)
        return err_set(e, ERR_NOMEM, "out of memory");
    if (!sh)
        return err_set(e, ERR_USAGE, "not stored: the query has too many literals to be a template");
    tm_shape_free(sh);
    return templates_learn(t, question, sql, "user", id, e);
}

static json_t *slots_json(const struct schema *s, const struct tm_shape *sh)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && sh && i < sh->n_slots; i++) {
        const struct tm_slot *sl = &sh->slots[i];
        char d[300];
        if (sl->kind == TM_VALUE)
            snprintf(d, sizeof d, "value of %s.%s", s->tables[sl->table].name,
                     s->tables[sl->table].cols[sl->column].name);
        else
            snprintf(d, sizeof d, "%s%s %g", sl->fixed ? "fixed " : "",
                     sl->kind == TM_MONTH ? "month" : "number", sl->num);
        if (json_array_append_new(arr, json_string(d))) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

json_t *templates_list_json(struct templates *t)
{
    struct err e = {0};
    json_t *arr = json_array();
    pthread_mutex_lock(&t->mu);
    if (arr && tm_store_sync(t, &e) != 0) {
        json_decref(arr);
        arr = NULL;
    }
    for (size_t i = 0; arr && i < t->n; i++) {
        const struct tm_entry *en = &t->v[i];
        const char *state = en->retired ? "retired" : en->shape ? "active" : "unusable";
        json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:b,s:I,s:I,s:o*,s:o}", "id", en->id,
                              "question", en->question, "sql", en->sql, "source", en->source,
                              "state", state, "pinned", en->pinned, "hits", (json_int_t)en->hits,
                              "created", (json_int_t)en->created, "why",
                              en->why ? json_string(en->why) : NULL, "slots",
                              slots_json(t->s, en->shape));
        if (json_array_append_new(arr, o)) {
            json_decref(arr);
            arr = NULL;
        }
    }
    pthread_mutex_unlock(&t->mu);
    return arr;
}

static int report_add(json_t *report, const struct tm_entry *en, const char *action,
                      const char *why)
{
    if (!report)
        return 0;
    json_t *o = json_pack("{s:s,s:s,s:s,s:s}", "id", en->id, "question", en->question, "action",
                          action, "why", why);
    return json_array_append_new(report, o) ? ERR_NOMEM : 0;
}

/* A repaired query stands for the template when it runs and its own question, read through the
 * repaired shape, gives it back. 1 and *shape, 0 when not, ERR_NOMEM. */
static int verify_repair(struct templates *t, const struct tm_entry *en, const char *sql,
                         struct tm_shape **shape, char *why, size_t cap)
{
    struct question *q = NULL;
    struct tm_fill f;
    *shape = NULL;
    if (run_pair(t->db, sql, why, cap))
        return 0;
    if (question_read(en->question, &q) || tm_shape_build(t->s, en->question, sql, shape) < 0) {
        question_free(q);
        return ERR_NOMEM;
    }
    int m = *shape ? tm_shape_fill(t->s, t->db, *shape, q, 0, &f) : 0;
    char *again = m == 1 ? tm_shape_render(sql, *shape, &f) : NULL;
    int ok = again && strcmp(again, sql) == 0;
    free(again);
    if (m >= 0)
        tm_fill_free(&f);
    question_free(q);
    if (m < 0 || !ok) {
        tm_shape_free(*shape);
        *shape = NULL;
        snprintf(why, cap, "the repaired query does not answer its own question again");
        return m < 0 ? ERR_NOMEM : 0;
    }
    return 1;
}

static int set_why_text(struct tm_entry *en, const char *why)
{
    char *w = strdup(why);
    if (!w)
        return ERR_NOMEM;
    free(en->why);
    en->why = w;
    return 0;
}

/* One active template against the current schema. */
static int check_one(struct templates *t, struct tm_entry *en, json_t *report)
{
    struct db_error de;
    char why[700];
    if (db_check(t->db, en->sql, &de) == 0)
        return report_add(report, en, "kept", "the query prepares");
    snprintf(why, sizeof why, "%s: %s", db_errclass_name(de.cls), de.msg);
    struct fix_chain ch;
    int n = fix_error_chain(t->s, t->db, en->sql, &de, &ch);
    if (n < 0) {
        fix_chain_free(&ch);
        return ERR_NOMEM;
    }
    struct tm_shape *sh = NULL;
    int ok = n > 0 && ch.passes ? verify_repair(t, en, ch.steps[n - 1].sql, &sh, why, sizeof why) : 0;
    if (ok == 1) {
        char what[300];
        snprintf(what, sizeof what, "repaired: %s", ch.steps[n - 1].what);
        free(en->sql);
        en->sql = ch.steps[n - 1].sql;
        ch.steps[n - 1].sql = NULL;
        tm_shape_free(en->shape);
        en->shape = sh;
        fix_chain_free(&ch);
        set_why_text(en, what);
        en->unreported = report ? NULL : "repaired";
        return report_add(report, en, "repaired", what);
    }
    fix_chain_free(&ch);
    if (ok < 0)
        return ERR_NOMEM;
    if (set_why_text(en, why))
        return ERR_NOMEM;
    en->retired = 1;
    en->unreported = report ? NULL : "retired";
    tm_shape_free(en->shape);
    en->shape = NULL;
    return report_add(report, en, "retired", why);
}

int tm_check_locked(struct templates *t, json_t *report, struct err *e)
{
    for (size_t i = 0; i < t->n; i++) {
        if (t->v[i].retired)
            continue;
        if (check_one(t, &t->v[i], report))
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    return 0;
}

int templates_check(struct templates *t, struct db *db, json_t *report, struct err *e)
{
    pthread_mutex_lock(&t->mu);
    t->db = db;
    int rc = tm_store_sync(t, e);
    /* What a check at open already changed comes first. */
    for (size_t i = 0; i < t->n && rc == 0; i++) {
        struct tm_entry *en = &t->v[i];
        if (en->unreported &&
            report_add(report, en, en->unreported, en->why ? en->why : "schema changed"))
            rc = err_set(e, ERR_NOMEM, "out of memory");
        en->unreported = NULL;
    }
    if (rc == 0)
        rc = tm_check_locked(t, report, e);
    if (rc == 0)
        rc = tm_store_save(t, e);
    t->db = NULL;
    pthread_mutex_unlock(&t->mu);
    return rc;
}

/* text on one line: a line break inside it would read as another line of the prompt. */
static void put_line(struct buf *b, const char *text)
{
    for (; *text; text++)
        buf_putc(b, *text == '\n' || *text == '\r' ? ' ' : *text);
}

struct shot {
    size_t i;
    double score;
};

static int cmp_shot(const void *a, const void *b)
{
    const struct shot *x = a, *y = b;
    return x->score < y->score ? 1 : x->score > y->score ? -1 : 0;
}

int templates_examples(struct templates *t, const struct question *q, const char *draft_sql,
                       struct buf *prompt_ctx, struct buf *names)
{
    struct err e = {0};
    struct shot best[TEMPLATES_SHOTS + 1];
    size_t n = 0;
    uint64_t draft = draft_sql ? tm_sql_skeleton(draft_sql) : 0;
    int rc = 0;
    pthread_mutex_lock(&t->mu);
    if (tm_store_sync(t, &e) != 0)
        goto out;
    for (size_t i = 0; i < t->n; i++) {
        const struct tm_entry *en = &t->v[i];
        if (en->retired || !en->shape)
            continue;
        double sim = tm_shape_similarity(en->shape, q);
        if (draft_sql)
            sim = TM_SHOT_Q_WEIGHT * sim + (1 - TM_SHOT_Q_WEIGHT) *
                                               tm_skeleton_similarity(draft, en->shape->skeleton);
        if (sim < TM_SHOT_MIN || (n == TEMPLATES_SHOTS && sim <= best[n - 1].score))
            continue;
        best[n < TEMPLATES_SHOTS ? n++ : n - 1] = (struct shot){i, sim};
        qsort(best, n, sizeof best[0], cmp_shot);
    }
    long tokens = 0;
    for (size_t k = 0; k < n; k++) {
        const struct tm_entry *en = &t->v[best[k].i];
        long cost = schema_estimate_tokens(en->question) + schema_estimate_tokens(en->sql) + 6;
        if (tokens + cost > TEMPLATES_SHOT_TOKENS)
            break;
        if (rc == 0)
            buf_puts(prompt_ctx, "\n\nVerified examples for this database:");
        buf_puts(prompt_ctx, "\nExample question: ");
        put_line(prompt_ctx, en->question);
        buf_puts(prompt_ctx, "\nSQL: ");
        put_line(prompt_ctx, en->sql);
        buf_printf(names, "%s%s", rc ? ", " : "", en->id);
        tokens += cost;
        rc++;
    }
    if (prompt_ctx->failed || names->failed)
        rc = ERR_NOMEM;
out:
    pthread_mutex_unlock(&t->mu);
    return rc;
}
