/* semantic, writing: a layer as YAML text through libyaml's emitter, which quotes whatever needs
 * quoting (SQL with quotes and colons), so that semantic_parse() reads back exactly what was
 * written. `genbi semantic init` prints a draft this way for a person to edit. */
#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "semantic/semantic.h"

#include "util/banned.h"

static int to_buf(void *data, unsigned char *bytes, size_t size)
{
    return buf_append(data, bytes, size) == 0;
}

struct wr {
    yaml_emitter_t em;
    int failed;
};

static void emit(struct wr *w, yaml_event_t *ev, int ok)
{
    if (!ok || !yaml_emitter_emit(&w->em, ev))
        w->failed = 1;
}

static void str(struct wr *w, const char *s)
{
    yaml_event_t ev;
    if (w->failed)
        return;
    emit(w, &ev,
         yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1,
                                      YAML_ANY_SCALAR_STYLE));
}

static void begin(struct wr *w, int mapping, int flow)
{
    yaml_event_t ev;
    if (w->failed)
        return;
    if (mapping)
        emit(w, &ev,
             yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
                                                 flow ? YAML_FLOW_MAPPING_STYLE
                                                      : YAML_BLOCK_MAPPING_STYLE));
    else
        emit(w, &ev,
             yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
                                                  flow ? YAML_FLOW_SEQUENCE_STYLE
                                                       : YAML_BLOCK_SEQUENCE_STYLE));
}

static void finish(struct wr *w, int mapping)
{
    yaml_event_t ev;
    if (w->failed)
        return;
    emit(w, &ev, mapping ? yaml_mapping_end_event_initialize(&ev)
                         : yaml_sequence_end_event_initialize(&ev));
}

static void key_str(struct wr *w, const char *k, const char *v)
{
    if (!v)
        return;
    str(w, k);
    str(w, v);
}

static void key_list(struct wr *w, const char *k, const struct semantic_list *l, int flow)
{
    if (!l->n)
        return;
    str(w, k);
    begin(w, 0, flow);
    for (size_t i = 0; i < l->n; i++)
        str(w, l->items[i]);
    finish(w, 0);
}

static void write_metric(struct wr *w, const struct semantic_metric *m)
{
    static const char *const formats[] = {"number", "currency", "percent"};
    begin(w, 1, 0);
    key_str(w, "name", m->name);
    key_list(w, "synonyms", &m->synonyms, 1);
    key_str(w, "table", m->table);
    key_str(w, "expr", m->expr);
    key_list(w, "filters", &m->filters, 0);
    key_str(w, "format", formats[m->format]);
    key_str(w, "description", m->description);
    finish(w, 1);
}

static void write_body(struct wr *w, const struct semantic *sm)
{
    char month[8];
    snprintf(month, sizeof month, "%d", sm->fiscal_year_start ? sm->fiscal_year_start : 1);
    begin(w, 1, 0);
    /* a draft says so until a person has read it and removed the key */
    key_str(w, "drafted", sm->drafted ? "true" : NULL);
    key_str(w, "currency", sm->currency);
    key_str(w, "fiscal_year_start", month);
    str(w, "metrics");
    begin(w, 0, 0);
    for (size_t i = 0; i < sm->n_metrics; i++)
        write_metric(w, &sm->metrics[i]);
    finish(w, 0);
    if (sm->n_dims) {
        str(w, "dimensions");
        begin(w, 0, 0);
        for (size_t i = 0; i < sm->n_dims; i++) {
            const struct semantic_dimension *d = &sm->dims[i];
            begin(w, 1, 0);
            key_str(w, "name", d->name);
            key_list(w, "synonyms", &d->synonyms, 1);
            key_str(w, "table", d->table);
            key_str(w, "column", d->column);
            key_str(w, "display", d->display);
            finish(w, 1);
        }
        finish(w, 0);
    }
    if (sm->n_joins) {
        str(w, "joins");
        begin(w, 0, 0);
        for (size_t i = 0; i < sm->n_joins; i++) {
            begin(w, 0, 1);
            for (size_t k = 0; k < sm->joins[i].n; k++)
                str(w, sm->joins[i].items[k]);
            finish(w, 0);
        }
        finish(w, 0);
    }
    finish(w, 1);
}

int semantic_write(const struct semantic *sm, struct buf *out)
{
    struct wr w = {.failed = 0};
    yaml_event_t ev;
    if (!yaml_emitter_initialize(&w.em))
        return ERR_NOMEM;
    yaml_emitter_set_output(&w.em, to_buf, out);
    yaml_emitter_set_unicode(&w.em, 1);
    yaml_emitter_set_width(&w.em, 100);
    emit(&w, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
    if (!w.failed)
        emit(&w, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
    write_body(&w, sm);
    if (!w.failed)
        emit(&w, &ev, yaml_document_end_event_initialize(&ev, 1));
    if (!w.failed)
        emit(&w, &ev, yaml_stream_end_event_initialize(&ev));
    yaml_emitter_delete(&w.em);
    return w.failed || out->failed ? ERR_NOMEM : 0;
}
