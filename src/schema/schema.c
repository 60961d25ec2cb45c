/* The schema model: lifetime, hashing, lookups, glossary and compact DDL rendering. Ranking and
 * selection live in index.c and select.c. */
#include "schema/schema_int.h"

#include <ctype.h>
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "semantic/semantic.h"

#include "util/banned.h"

void schema_free(struct schema *s)
{
    if (!s)
        return;
    semantic_free(s->semantic);
    s->semantic = NULL;
    /* Strings inside the snapshot block go with it (schema.h). */
    struct sx_span lent = {(uintptr_t)s->block, (uintptr_t)s->block + s->block_len};
    for (size_t t = 0; t < s->n_tables; t++) {
        struct schema_table *tb = &s->tables[t];
        for (size_t c = 0; c < tb->n_cols; c++) {
            struct schema_column *col = &tb->cols[c];
            sx_release(&lent, col->name);
            sx_release(&lent, col->decl_type);
            sx_release(&lent, col->fk_table);
            sx_release(&lent, col->fk_column);
            for (size_t k = 0; k < col->n_samples; k++)
                sx_release(&lent, col->samples[k]);
            free(col->samples);
            sx_release(&lent, col->comment);
        }
        free(tb->cols);
        sx_release(&lent, tb->name);
    }
    free(s->tables);
    for (size_t v = 0; v < s->n_values; v++)
        sx_release(&lent, s->values[v].value);
    free(s->values);
    sx_release(&lent, s->dialect);
    for (size_t g = 0; g < s->n_glossary; g++) {
        sx_release(&lent, s->glossary[g].term);
        sx_release(&lent, s->glossary[g].table);
        sx_release(&lent, s->glossary[g].column);
    }
    free(s->glossary);
    schema_index_free(s->index);
    for (size_t i = 0; i < SCHEMA_EXT_SLOTS; i++)
        if (s->ext[i].data)
            s->ext[i].free_fn(s->ext[i].data);
    sx_block_free(s->block, s->block_len);
    memset(s, 0, sizeof *s);
}

static uint64_t fnv1a(uint64_t h, const char *s)
{
    for (; s && *s; s++) {
        h ^= (unsigned char)tolower((unsigned char)*s);
        h *= 1099511628211ULL;
    }
    h ^= 0xff; /* separator, so ("ab","c") and ("a","bc") differ */
    h *= 1099511628211ULL;
    return h;
}

void schema_rehash(struct schema *s)
{
    uint64_t h = 1469598103934665603ULL;
    h = fnv1a(h, s->dialect);
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        h = fnv1a(h, tb->name);
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct schema_column *col = &tb->cols[c];
            char pk[16];
            snprintf(pk, sizeof pk, "%d", col->pk);
            h = fnv1a(h, col->name);
            h = fnv1a(h, col->decl_type);
            h = fnv1a(h, pk);
            h = fnv1a(h, col->fk_table);
            h = fnv1a(h, col->fk_column);
            h = fnv1a(h, col->comment); /* comments go into prompts and the index */
        }
    }
    s->hash = h;
}

/* What derived data depends on: the structure, and the sizes that change with data and glossary. */
static uint64_t ext_key(const struct schema *s)
{
    return sx_index_key(s);
}

/* Guards the ext slots of every schema. */
static pthread_mutex_t ext_mutex = PTHREAD_MUTEX_INITIALIZER;

int schema_ext_get(const struct schema *s, int (*build)(const struct schema *s, void **out),
                   void (*free_fn)(void *data), const void **out, struct err *e)
{
    /* Derived data is a cache of the schema: filling it does not change what s means. */
    struct schema *ms = (struct schema *)s;
    struct schema_ext *slot = NULL;
    uint64_t key = ext_key(s);
    int rc = 0;
    *out = NULL;
    pthread_mutex_lock(&ext_mutex);
    for (size_t i = 0; i < SCHEMA_EXT_SLOTS && !slot; i++)
        if (ms->ext[i].build == build || !ms->ext[i].build)
            slot = &ms->ext[i];
    if (!slot) {
        rc = err_set(e, ERR_LIMIT, "no free schema extension slot");
    } else if (slot->build != build || slot->key != key || !slot->data) {
        void *data = NULL;
        if (build(s, &data) != 0) {
            rc = err_set(e, ERR_NOMEM, "out of memory preparing the schema");
        } else {
            if (slot->data)
                slot->free_fn(slot->data); /* stale: the schema changed in place */
            *slot = (struct schema_ext){build, free_fn, data, key};
        }
    }
    if (!rc)
        *out = slot->data;
    pthread_mutex_unlock(&ext_mutex);
    return rc;
}

static int value_cmp(const void *a, const void *b)
{
    const struct schema_value *x = a, *y = b;
    int c = strcasecmp(x->value, y->value);
    if (c)
        return c;
    if (x->table != y->table)
        return x->table < y->table ? -1 : 1;
    return x->column < y->column ? -1 : (x->column > y->column);
}

void schema_sort_values(struct schema *s)
{
    if (s->n_values > 1)
        qsort(s->values, s->n_values, sizeof *s->values, value_cmp);
}

int schema_find_table(const struct schema *s, const char *name)
{
    for (size_t i = 0; i < s->n_tables; i++)
        if (strcasecmp(s->tables[i].name, name) == 0)
            return (int)i;
    return -1;
}

int schema_find_column(const struct schema_table *t, const char *name)
{
    for (size_t i = 0; i < t->n_cols; i++)
        if (strcasecmp(t->cols[i].name, name) == 0)
            return (int)i;
    return -1;
}

long schema_find_value(const struct schema *s, const char *value, size_t *count)
{
    size_t lo = 0, hi = s->n_values;
    *count = 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcasecmp(s->values[mid].value, value) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= s->n_values || strcasecmp(s->values[lo].value, value) != 0)
        return -1;
    size_t n = 0;
    while (lo + n < s->n_values && strcasecmp(s->values[lo + n].value, value) == 0)
        n++;
    *count = n;
    return (long)lo;
}

long schema_estimate_tokens(const char *text)
{
    size_t n = text ? strlen(text) : 0;
    return (long)((n + 3) / 4);
}

void schema_selection_free(struct schema_selection *sel)
{
    free(sel->tables);
    free(sel->scores);
    free(sel->links);
    free(sel->shown);
    free(sel->ddl);
    memset(sel, 0, sizeof *sel);
}

static const char *type_word(const struct schema_column *c)
{
    static const char *const words[] = {
        [SCHEMA_TYPE_OTHER] = "any", [SCHEMA_TYPE_INTEGER] = "int", [SCHEMA_TYPE_REAL] = "real",
        [SCHEMA_TYPE_TEXT] = "text", [SCHEMA_TYPE_DATE] = "date",
    };
    return words[c->type];
}

static const struct schema_link *find_link(const struct schema_link *links, size_t n, size_t table,
                                           size_t column)
{
    const struct schema_link *hit = NULL;
    for (size_t i = 0; i < n; i++)
        if (links[i].table == table && links[i].column == column && (!hit || links[i].value))
            hit = &links[i]; /* a value link beats a name link: its value goes first */
    return hit;
}

/* Samples of a linked column: the value the question names first, then up to 3 in all. Numbers
 * and keys teach a model nothing the type does not, so only text-like columns get samples. */
static void render_samples(struct buf *out, const struct schema_column *col,
                           const struct schema_link *lk)
{
    if (!lk->value && (col->type == SCHEMA_TYPE_INTEGER || col->type == SCHEMA_TYPE_REAL))
        return;
    if (!lk->value && !col->n_samples)
        return;
    buf_puts(out, " e.g. ");
    size_t shown = 0;
    if (lk->value) {
        buf_put_sql_string(out, lk->value);
        shown++;
    }
    for (size_t k = 0; k < col->n_samples && shown < 3; k++) {
        if (lk->value && strcmp(col->samples[k], lk->value) == 0)
            continue;
        if (shown)
            buf_putc(out, '|');
        buf_put_sql_string(out, col->samples[k]);
        shown++;
    }
}

int schema_render_ddl_cols(const struct schema *s, const size_t *tables, size_t n,
                           const struct schema_link *links, size_t n_links,
                           const unsigned char *const *shown, struct buf *out)
{
    for (size_t i = 0; i < n; i++) {
        const struct schema_table *t = &s->tables[tables[i]];
        const unsigned char *mask = shown ? shown[i] : NULL;
        size_t put = 0, left = 0;
        buf_put_sql_ident(out, t->name);
        buf_putc(out, '(');
        for (size_t c = 0; c < t->n_cols; c++) {
            const struct schema_column *col = &t->cols[c];
            if (mask && !mask[c]) {
                left++;
                continue;
            }
            if (put++)
                buf_puts(out, ", ");
            buf_put_sql_ident(out, col->name);
            buf_printf(out, " %s", type_word(col));
            if (schema_date_form_name(col->date_form)) /* a model must not strftime a number */
                buf_printf(out, " (%s)", schema_date_form_name(col->date_form));
            if (col->pk)
                buf_puts(out, " pk");
            if (col->fk_table) {
                buf_puts(out, " -> ");
                buf_put_sql_ident(out, col->fk_table);
                buf_putc(out, '.');
                buf_put_sql_ident(out, col->fk_column ? col->fk_column : "?");
            }
            const struct schema_link *lk = find_link(links, n_links, tables[i], c);
            if (lk)
                render_samples(out, col, lk);
        }
        /* The model should know the table has more, so it can say what is missing. */
        if (left)
            buf_printf(out, "%s\u2026+%zu more", put ? ", " : "", left);
        buf_puts(out, ")\n");
    }
    return out->failed ? ERR_NOMEM : 0;
}

int schema_render_ddl_links(const struct schema *s, const size_t *tables, size_t n,
                            const struct schema_link *links, size_t n_links, struct buf *out)
{
    return schema_render_ddl_cols(s, tables, n, links, n_links, NULL, out);
}

int schema_render_ddl(const struct schema *s, const size_t *tables, size_t n, struct buf *out)
{
    return schema_render_ddl_links(s, tables, n, NULL, 0, out);
}

static char *dup_or_null(const char *s, int *failed)
{
    char *d = s ? strdup(s) : NULL;
    if (s && !d)
        *failed = 1;
    return d;
}

int schema_add_term(struct schema *s, const char *term, const char *table, const char *column,
                    struct err *e)
{
    struct schema_term *g = realloc(s->glossary, (s->n_glossary + 1) * sizeof *g);
    if (!g)
        return err_set(e, ERR_NOMEM, "out of memory");
    s->glossary = g;
    int failed = 0;
    struct schema_term t = {dup_or_null(term, &failed), dup_or_null(table, &failed),
                            dup_or_null(column, &failed)};
    if (failed || !t.term || !t.table) {
        free(t.term);
        free(t.table);
        free(t.column);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    s->glossary[s->n_glossary++] = t;
    return 0;
}

int schema_load_glossary(struct schema *s, const char *path, size_t *kept, struct err *e)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    const char *term;
    json_t *v;
    size_t n = 0;
    int rc = 0;
    if (!root)
        return err_set(e, ERR_USAGE, "%s:%d: %s", path, je.line, je.text);
    if (!json_is_object(root)) {
        rc = err_set(e, ERR_USAGE,
                     "%s: the glossary must be an object of \"term\": \"table[.column]\"", path);
        goto out;
    }
    json_object_foreach(root, term, v)
    {
        if (!json_is_string(v)) {
            rc = err_set(e, ERR_USAGE, "%s: \"%s\" must map to \"table\" or \"table.column\"", path,
                         term);
            goto out;
        }
        const char *target = json_string_value(v);
        const char *dot = strchr(target, '.');
        char table[256];
        size_t tl = dot ? (size_t)(dot - target) : strlen(target);
        if (tl >= sizeof table)
            continue;
        memcpy(table, target, tl);
        table[tl] = '\0';
        int ti = schema_find_table(s, table);
        if (ti < 0 || (dot && schema_find_column(&s->tables[ti], dot + 1) < 0))
            continue;
        if ((rc = schema_add_term(s, term, s->tables[ti].name, dot ? dot + 1 : NULL, e)))
            goto out;
        n++;
    }
out:
    if (kept)
        *kept = n;
    json_decref(root);
    return rc;
}

/* Sets key in object `to` (or appends to array `to` when key is NULL) to the text s. A text that
 * is not UTF-8 (Latin-1 bytes stored in SQLite) has no JSON form and is left out; only a failed
 * allocation is an error (-1). */
static int put_text(json_t *to, const char *key, const char *s)
{
    json_t *v = json_string(s);
    if (!v) {
        json_t *raw = json_string_nocheck(s); /* succeeds only when s was not UTF-8 */
        json_decref(raw);
        return raw ? 0 : -1;
    }
    return key ? json_object_set_new(to, key, v) : json_array_append_new(to, v);
}

static json_t *column_json(const struct schema_column *col)
{
    static const char *const tnames[] = {"other", "integer", "real", "text", "date"};
    json_t *jc = json_object(), *samples = json_array();
    int bad = !jc;
    bad |= put_text(jc, "name", col->name);
    bad |= put_text(jc, "type", col->decl_type);
    bad |= json_object_set_new(jc, "kind", json_string(tnames[col->type]));
    if (schema_date_form_name(col->date_form))
        bad |= put_text(jc, "date_form", schema_date_form_name(col->date_form));
    bad |= json_object_set_new(jc, "pk", json_boolean(col->pk));
    bad |= json_object_set_new(jc, "not_null", json_boolean(col->notnull));
    if (col->fk_table) {
        json_t *fk = json_object();
        bad |= !fk || put_text(fk, "table", col->fk_table) ||
               put_text(fk, "column", col->fk_column ? col->fk_column : "");
        bad |= json_object_set_new(jc, "references", fk);
    }
    for (size_t k = 0; k < col->n_samples && samples; k++)
        bad |= put_text(samples, NULL, col->samples[k]);
    bad |= json_object_set_new(jc, "samples", samples);
    if (bad) {
        json_decref(jc);
        return NULL;
    }
    return jc;
}

json_t *schema_to_json_obj(const struct schema *s)
{
    json_t *root = json_object();
    json_t *tables = json_array();
    int bad = !root || !tables;
    bad |= json_object_set_new(root, "dialect", json_string(s->dialect ? s->dialect : ""));
    char hash[32];
    snprintf(hash, sizeof hash, "%016llx", (unsigned long long)s->hash);
    bad |= json_object_set_new(root, "hash", json_string(hash));
    for (size_t t = 0; t < s->n_tables && !bad; t++) {
        const struct schema_table *tb = &s->tables[t];
        json_t *jt = json_object(), *cols = json_array();
        bad |= !jt || put_text(jt, "name", tb->name);
        bad |= json_object_set_new(jt, "row_count", json_integer(tb->row_count));
        for (size_t c = 0; c < tb->n_cols && cols; c++)
            bad |= json_array_append_new(cols, column_json(&tb->cols[c]));
        bad |= json_object_set_new(jt, "columns", cols);
        bad |= json_array_append_new(tables, jt);
    }
    bad |= json_object_set_new(root, "tables", tables);
    if (bad) {
        json_decref(root);
        return NULL;
    }
    return root;
}

int schema_to_json(const struct schema *s, struct buf *out)
{
    json_t *root = schema_to_json_obj(s);
    char *text = root ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    int rc = text ? buf_puts(out, text) : ERR_NOMEM;
    free(text);
    json_decref(root);
    return rc;
}
