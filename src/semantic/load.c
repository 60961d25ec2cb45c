/* semantic, reading: a layer file through libyaml's document API. YAML because its parser marks
 * every node with its line, so an error in a valid file still points at the line to fix (a JSON
 * reader gives lines for syntax errors only), and because YAML's flow style reads the same files
 * written as JSON. Unknown keys are errors, not ignored: a misspelt "filter" must not silently
 * drop a filter from every revenue answer. */
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "semantic/semantic.h"

#include "util/banned.h"

#define SEMANTIC_MAX_FILE (4u << 20) /* bytes */

struct rd {
    yaml_document_t *doc;
    const char *name;
    struct err *e;
};

static int line_of(const yaml_node_t *n)
{
    return n ? (int)n->start_mark.line + 1 : 0;
}

static int bad(struct rd *r, const yaml_node_t *n, const char *why, const char *what)
{
    return err_set(r->e, ERR_USAGE, "%s:%d: %s%s%s%s", r->name, line_of(n), why,
                   what ? " '" : "", what ? what : "", what ? "'" : "");
}

static const char *scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

/* A scalar value as a new string; "" and nulls are refused for required fields by the caller. */
static int get_str(struct rd *r, const yaml_node_t *n, const char *key, char **out)
{
    const char *v = scalar(n);
    if (!v)
        return bad(r, n, "expected text for", key);
    if (*out)
        return bad(r, n, "given twice:", key);
    if (!(*out = strdup(v)))
        return err_set(r->e, ERR_NOMEM, "out of memory");
    return 0;
}

/* A list of texts: a sequence of scalars, or one scalar (a one-item list). */
static int get_list(struct rd *r, const yaml_node_t *n, const char *key, struct semantic_list *l)
{
    const yaml_node_item_t *it = NULL, *end = NULL;
    if (l->n)
        return bad(r, n, "given twice:", key);
    if (n->type == YAML_SCALAR_NODE) {
        if (!(l->items = calloc(1, sizeof *l->items)) || !(l->items[0] = strdup(scalar(n))))
            return err_set(r->e, ERR_NOMEM, "out of memory");
        l->n = 1;
        return 0;
    }
    if (n->type != YAML_SEQUENCE_NODE)
        return bad(r, n, "expected a list for", key);
    it = n->data.sequence.items.start;
    end = n->data.sequence.items.top;
    if (end - it > SEMANTIC_MAX_LIST)
        return bad(r, n, "too many entries in", key);
    if (it == end)
        return 0;
    if (!(l->items = calloc((size_t)(end - it), sizeof *l->items)))
        return err_set(r->e, ERR_NOMEM, "out of memory");
    for (; it < end; it++) {
        const yaml_node_t *v = yaml_document_get_node(r->doc, *it);
        if (!scalar(v))
            return bad(r, v, "expected text in", key);
        if (!(l->items[l->n++] = strdup(scalar(v))))
            return err_set(r->e, ERR_NOMEM, "out of memory");
    }
    return 0;
}

static int get_format(struct rd *r, const yaml_node_t *n, enum semantic_format *out)
{
    static const char *const names[] = {"number", "currency", "percent"};
    const char *v = scalar(n);
    for (size_t k = 0; v && k < sizeof names / sizeof names[0]; k++)
        if (strcasecmp(v, names[k]) == 0) {
            *out = (enum semantic_format)k;
            return 0;
        }
    return bad(r, n, "format must be number, currency or percent, not", v ? v : "a list");
}

/* Calls one() for every key: value pair of mapping n (what a metric or a dimension is). */
static int each_pair(struct rd *r, const yaml_node_t *n, void *item,
                     int (*one)(struct rd *r, const char *key, const yaml_node_t *k,
                                const yaml_node_t *v, void *item))
{
    if (n->type != YAML_MAPPING_NODE)
        return bad(r, n, "expected a mapping of key: value", NULL);
    for (const yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top;
         p++) {
        const yaml_node_t *k = yaml_document_get_node(r->doc, p->key);
        const yaml_node_t *v = yaml_document_get_node(r->doc, p->value);
        int rc = one(r, scalar(k) ? scalar(k) : "", k, v, item);
        if (rc)
            return rc;
    }
    return 0;
}

static int metric_key(struct rd *r, const char *key, const yaml_node_t *k, const yaml_node_t *v,
                      void *item)
{
    struct semantic_metric *m = item;
    if (strcmp(key, "name") == 0)
        return get_str(r, v, key, &m->name);
    if (strcmp(key, "synonyms") == 0)
        return get_list(r, v, key, &m->synonyms);
    if (strcmp(key, "table") == 0)
        return get_str(r, v, key, &m->table);
    if (strcmp(key, "expr") == 0 || strcmp(key, "sql") == 0)
        return get_str(r, v, key, &m->expr);
    if (strcmp(key, "filters") == 0)
        return get_list(r, v, key, &m->filters);
    if (strcmp(key, "format") == 0)
        return get_format(r, v, &m->format);
    if (strcmp(key, "description") == 0)
        return get_str(r, v, key, &m->description);
    return bad(r, k, "unknown key of a metric:", key);
}

/* A required field: 0 when v is set, else the error. */
static int need(struct rd *r, const yaml_node_t *n, const char *v, const char *why,
                const char *what)
{
    return v && *v ? 0 : bad(r, n, why, what);
}

static int read_metric(struct rd *r, const yaml_node_t *n, struct semantic_metric *m)
{
    int rc;
    m->line = line_of(n);
    if ((rc = each_pair(r, n, m, metric_key)) ||
        (rc = need(r, n, m->name, "a metric needs a name", NULL)))
        return rc;
    return need(r, n, m->expr, "a metric needs an SQL expression (expr):", m->name);
}

static int dimension_key(struct rd *r, const char *key, const yaml_node_t *k,
                         const yaml_node_t *v, void *item)
{
    struct semantic_dimension *d = item;
    if (strcmp(key, "name") == 0)
        return get_str(r, v, key, &d->name);
    if (strcmp(key, "synonyms") == 0)
        return get_list(r, v, key, &d->synonyms);
    if (strcmp(key, "table") == 0)
        return get_str(r, v, key, &d->table);
    if (strcmp(key, "column") == 0)
        return get_str(r, v, key, &d->column);
    if (strcmp(key, "display") == 0)
        return get_str(r, v, key, &d->display);
    return bad(r, k, "unknown key of a dimension:", key);
}

static int read_dimension(struct rd *r, const yaml_node_t *n, struct semantic_dimension *d)
{
    int rc;
    d->line = line_of(n);
    if ((rc = each_pair(r, n, d, dimension_key)) ||
        (rc = need(r, n, d->name, "a dimension needs a name", NULL)))
        return rc;
    return need(r, n, d->table, "a dimension needs a table:", d->name);
}

/* The items of a top-level sequence: count, and a zeroed array of them. */
static int seq_alloc(struct rd *r, const yaml_node_t *v, const char *key, size_t size, void **arr,
                     size_t *n)
{
    if (v->type != YAML_SEQUENCE_NODE)
        return bad(r, v, "expected a list for", key);
    if (*arr)
        return bad(r, v, "given twice:", key);
    size_t count = (size_t)(v->data.sequence.items.top - v->data.sequence.items.start);
    if (count > SEMANTIC_MAX_ITEMS)
        return bad(r, v, "too many entries in", key);
    if (!(*arr = calloc(count ? count : 1, size)))
        return err_set(r->e, ERR_NOMEM, "out of memory");
    *n = count;
    return 0;
}

static int read_top(struct rd *r, const char *key, const yaml_node_t *k, const yaml_node_t *v,
                    struct semantic *sm)
{
    int rc;
    if (strcmp(key, "currency") == 0)
        return get_str(r, v, key, &sm->currency);
    if (strcmp(key, "drafted") == 0) {
        const char *s = scalar(v);
        if (!s || (strcmp(s, "true") != 0 && strcmp(s, "false") != 0))
            return bad(r, v, "drafted must be true or false, not", s ? s : "a list");
        sm->drafted = strcmp(s, "true") == 0;
        return 0;
    }
    if (strcmp(key, "fiscal_year_start") == 0) {
        const char *s = scalar(v);
        char *end = NULL;
        long m = s ? strtol(s, &end, 10) : 0;
        if (!s || *end || m < 1 || m > 12)
            return bad(r, v, "fiscal_year_start must be a month number 1..12, not", s ? s : "a list");
        sm->fiscal_year_start = (int)m;
        return 0;
    }
    if (strcmp(key, "metrics") == 0) {
        if ((rc = seq_alloc(r, v, key, sizeof *sm->metrics, (void **)&sm->metrics,
                            &sm->n_metrics)))
            return rc;
        for (size_t i = 0; i < sm->n_metrics; i++)
            if ((rc = read_metric(r, yaml_document_get_node(r->doc, v->data.sequence.items.start[i]),
                                  &sm->metrics[i])))
                return rc;
        return 0;
    }
    if (strcmp(key, "dimensions") == 0) {
        if ((rc = seq_alloc(r, v, key, sizeof *sm->dims, (void **)&sm->dims, &sm->n_dims)))
            return rc;
        for (size_t i = 0; i < sm->n_dims; i++)
            if ((rc = read_dimension(
                     r, yaml_document_get_node(r->doc, v->data.sequence.items.start[i]),
                     &sm->dims[i])))
                return rc;
        return 0;
    }
    if (strcmp(key, "joins") == 0) {
        if ((rc = seq_alloc(r, v, key, sizeof *sm->joins, (void **)&sm->joins, &sm->n_joins)))
            return rc;
        if (!(sm->join_lines = calloc(sm->n_joins ? sm->n_joins : 1, sizeof *sm->join_lines)))
            return err_set(r->e, ERR_NOMEM, "out of memory");
        for (size_t i = 0; i < sm->n_joins; i++) {
            const yaml_node_t *j = yaml_document_get_node(r->doc, v->data.sequence.items.start[i]);
            sm->join_lines[i] = line_of(j);
            if (j->type != YAML_SEQUENCE_NODE)
                return bad(r, j, "a join path is a list of tables", NULL);
            if ((rc = get_list(r, j, key, &sm->joins[i])))
                return rc;
            if (sm->joins[i].n < 2)
                return bad(r, j, "a join path names at least two tables", NULL);
        }
        return 0;
    }
    return bad(r, k, "unknown key:", key);
}

int semantic_parse(const char *text, size_t len, const char *name, struct semantic **out,
                   struct err *e)
{
    yaml_parser_t parser;
    yaml_document_t doc;
    struct semantic *sm = calloc(1, sizeof *sm);
    struct rd r = {.doc = &doc, .name = name, .e = e};
    int rc = 0, have_doc = 0;
    *out = NULL;
    if (!sm || !yaml_parser_initialize(&parser)) {
        free(sm);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    static atomic_uint_fast64_t serials;
    sm->serial = atomic_fetch_add(&serials, 1) + 1;
    sm->fiscal_year_start = 1;
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    if (!yaml_parser_load(&parser, &doc)) {
        rc = err_set(e, ERR_USAGE, "%s:%d: %s%s%s", name, (int)parser.problem_mark.line + 1,
                     parser.problem ? parser.problem : "not YAML",
                     parser.context ? " " : "", parser.context ? parser.context : "");
        goto out;
    }
    have_doc = 1;
    const yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        rc = err_set(e, ERR_USAGE, "%s:1: the file is empty", name);
        goto out;
    }
    if (root->type != YAML_MAPPING_NODE) {
        rc = bad(&r, root, "the file must be a mapping of metrics, dimensions, joins, ...", NULL);
        goto out;
    }
    for (const yaml_node_pair_t *p = root->data.mapping.pairs.start;
         p < root->data.mapping.pairs.top && !rc; p++) {
        const yaml_node_t *k = yaml_document_get_node(&doc, p->key);
        const yaml_node_t *v = yaml_document_get_node(&doc, p->value);
        rc = read_top(&r, scalar(k) ? scalar(k) : "", k, v, sm);
    }
    if (!rc)
        rc = (sm->path = strdup(name)) ? 0 : err_set(e, ERR_NOMEM, "out of memory");
out:
    if (have_doc)
        yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    if (rc)
        semantic_free(sm);
    else
        *out = sm;
    return rc;
}

int semantic_load(const char *path, struct semantic **out, struct err *e)
{
    struct buf text = BUF_INIT;
    char chunk[8192];
    size_t got;
    int rc;
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return err_set(e, ERR_USAGE, "%s: cannot open the semantic layer file", path);
    buf_init(&text, SEMANTIC_MAX_FILE);
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(&text, chunk, got) != 0)
            break;
    int io = ferror(f);
    fclose(f);
    if (text.failed)
        rc = err_set(e, ERR_USAGE, "%s: larger than %u bytes", path, SEMANTIC_MAX_FILE);
    else if (io)
        rc = err_set(e, ERR_USAGE, "%s: cannot read the file", path);
    else
        rc = semantic_parse(buf_cstr(&text), text.len, path, out, e);
    buf_free(&text);
    return rc;
}

static void list_free(struct semantic_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
}

void semantic_free(struct semantic *sm)
{
    if (!sm)
        return;
    for (size_t i = 0; i < sm->n_metrics; i++) {
        struct semantic_metric *m = &sm->metrics[i];
        free(m->name);
        list_free(&m->synonyms);
        free(m->table);
        free(m->expr);
        list_free(&m->filters);
        free(m->description);
    }
    free(sm->metrics);
    for (size_t i = 0; i < sm->n_dims; i++) {
        struct semantic_dimension *d = &sm->dims[i];
        free(d->name);
        list_free(&d->synonyms);
        free(d->table);
        free(d->column);
        free(d->display);
    }
    free(sm->dims);
    for (size_t i = 0; i < sm->n_joins; i++)
        list_free(&sm->joins[i]);
    free(sm->joins);
    free(sm->join_lines);
    free(sm->currency);
    free(sm->path);
    free(sm);
}
