/* Templates in the pipeline (core/pipeline_tmpl.h). */
#include "core/pipeline_tmpl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "templates/templates.h"
#include "util/clock.h"

#include "util/banned.h"

char *pipeline_template_sql(const struct pipeline *p, struct state *st, double *conf, char id[16])
{
    struct templates_hit hit;
    struct err e = {0};
    id[0] = '\0';
    if (!p->templates || !st->reading)
        return NULL;
    double t0 = clock_ms();
    int rc = templates_match(p->templates, p->db, st->reading, &hit, &e);
    double ms = clock_ms() - t0;
    st->ms[NODE_GENERATE_SQL] += ms;
    if (rc != 1)
        return NULL;
    state_add_step(st, NODE_GENERATE_SQL, 0, hit.sql, ms, "%s: confidence %.2f", hit.how,
                   hit.confidence);
    *conf = hit.confidence;
    snprintf(id, 16, "%s", hit.id);
    char *sql = hit.sql;
    hit.sql = NULL;
    templates_hit_free(&hit);
    return sql;
}

void pipeline_template_learn(const struct pipeline *p, struct state *st)
{
    struct err e = {0};
    char id[16];
    if (!p->templates || st->tier <= 0 || !st->sql || !st->has_result || !st->result.n_rows ||
        st->result.truncated)
        return;
    double t0 = clock_ms();
    if (templates_learn(p->templates, st->question, st->sql, "model", id, &e) == 0)
        state_add_step(st, NODE_SUPERVISOR, st->tier, NULL, clock_ms() - t0,
                       "learned: template %s", id);
}

void pipeline_template_retire(const struct pipeline *p, struct state *st, const char *id,
                              const char *why)
{
    if (!p->templates || !id[0])
        return;
    if (templates_retire(p->templates, id, why))
        state_add_step(st, NODE_SUPERVISOR, st->tier < 0 ? 0 : st->tier, NULL, 0,
                       "retired template %s: %s", id, why);
}

char *pipeline_template_context(const struct pipeline *p, struct state *st, const char *draft_sql)
{
    if (!p->templates || !st->reading)
        return NULL;
    struct buf ctx = BUF_INIT, names = BUF_INIT;
    buf_puts(&ctx, st->sel.ddl ? st->sel.ddl : "");
    int n = templates_examples(p->templates, st->reading, draft_sql, &ctx, &names);
    char *out = NULL;
    if (n > 0 && !names.failed) {
        out = buf_detach(&ctx);
        state_add_step(st, NODE_GENERATE_SQL, st->tier, NULL, 0, "few-shot: template%s %s",
                       n > 1 ? "s" : "", buf_cstr(&names));
    }
    buf_free(&ctx);
    buf_free(&names);
    return out;
}
