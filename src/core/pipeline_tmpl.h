/* The pipeline's use of templates (templates/templates.h): tier 0 answers from a learned
 * template, a model answer the supervisor accepts is learned, a contradicted template is retired,
 * and a model prompt carries the nearest verified pairs as few-shot examples. Every function does
 * nothing when the pipeline has no template store. Failures here never fail a run: a template
 * that cannot be read or written is only a missed shortcut. */
#ifndef GENBI_PIPELINE_TMPL_H
#define GENBI_PIPELINE_TMPL_H

#include "core/pipeline.h"

/* Tier 0's answer from a template: malloc'd SQL (a trace step names the template) and *conf, or
 * NULL. id receives the template's id ("" when none). */
char *pipeline_template_sql(const struct pipeline *p, struct state *st, double *conf, char id[16]);
/* Learns the state's answer (a model tier's, accepted by the supervisor, with rows). */
void pipeline_template_learn(const struct pipeline *p, struct state *st);
/* Retires template id, with a trace step saying why. */
void pipeline_template_retire(const struct pipeline *p, struct state *st, const char *id,
                              const char *why);
/* The schema context for a model prompt with few-shot examples appended (malloc'd; a trace step
 * names them), or NULL when there are none: use st->sel.ddl. draft_sql: tier 0's attempt. */
char *pipeline_template_context(const struct pipeline *p, struct state *st, const char *draft_sql);

#endif
