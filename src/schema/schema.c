/* The schema model: lifetime, hashing, lookups, relevance selection and compact DDL.
 * Selection here is a first version (name and value overlap, FK completion); the ranking is kept
 * behind schema_select() so it can be replaced without touching callers. */
#include "schema/schema.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/banned.h"

void schema_free(struct schema *s)
{
    if (!s)
        return;
    for (size_t t = 0; t < s->n_tables; t++) {
        struct schema_table *tb = &s->tables[t];
        for (size_t c = 0; c < tb->n_cols; c++) {
            struct schema_column *col = &tb->cols[c];
            free(col->name);
            free(col->decl_type);
            free(col->fk_table);
            free(col->fk_column);
            for (size_t k = 0; k < col->n_samples; k++)
                free(col->samples[k]);
            free(col->samples);
        }
        free(tb->cols);
        free(tb->name);
    }
    free(s->tables);
    for (size_t v = 0; v < s->n_values; v++)
        free(s->values[v].value);
    free(s->values);
    free(s->dialect);
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
        }
    }
    s->hash = h;
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

/* ---- selection ---- */

#define SEL_MAX_WORDS 128

/* Lowercased words of the question, with a crude plural strip, for name matching. */
struct words {
    char w[SEL_MAX_WORDS][48];
    size_t n;
};

static void word_norm(char *w)
{
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
        w[n - 3] = 'y';
        w[n - 2] = '\0';
    } else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') {
        w[n - 1] = '\0';
    }
}

static void words_split(const char *text, struct words *out, int split_camel)
{
    out->n = 0;
    const char *p = text;
    while (*p && out->n < SEL_MAX_WORDS) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        if (!*p)
            break;
        size_t n = 0;
        char *w = out->w[out->n];
        do {
            if (n + 1 < sizeof out->w[0])
                w[n++] = (char)tolower((unsigned char)*p);
            p++;
        } while (*p && isalnum((unsigned char)*p) &&
                 !(split_camel && isupper((unsigned char)*p) && islower((unsigned char)p[-1])));
        w[n] = '\0';
        word_norm(w);
        out->n++;
    }
}

static int words_has(const struct words *ws, const char *w)
{
    for (size_t i = 0; i < ws->n; i++)
        if (strcmp(ws->w[i], w) == 0)
            return 1;
    return 0;
}

static double name_score(const struct words *q, const char *name, double weight)
{
    struct words parts;
    double score = 0;
    words_split(name, &parts, 1);
    for (size_t i = 0; i < parts.n; i++)
        if (strlen(parts.w[i]) > 1 && strcmp(parts.w[i], "id") != 0 && words_has(q, parts.w[i]))
            score += weight;
    return score;
}

/* Case-insensitive whole-word search of needle in hay. */
static int contains_phrase(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n < 2)
        return 0;
    for (const char *p = hay; (p = strcasestr(p, needle)); p++) {
        int left = p == hay || !isalnum((unsigned char)p[-1]);
        int right = !isalnum((unsigned char)p[n]);
        if (left && right)
            return 1;
    }
    return 0;
}

/* Adds to `sel` every table on the shortest FK path from `from` to `to` (undirected graph). */
static void fk_connect(const struct schema *s, size_t from, size_t to, char *sel)
{
    size_t n = s->n_tables;
    long *prev = malloc(n * sizeof *prev);
    size_t *queue = malloc(n * sizeof *queue);
    if (!prev || !queue)
        goto out;
    for (size_t i = 0; i < n; i++)
        prev[i] = -1;
    size_t head = 0, tail = 0;
    queue[tail++] = from;
    prev[from] = (long)from;
    while (head < tail && prev[to] < 0) {
        size_t cur = queue[head++];
        for (size_t t = 0; t < n; t++) {
            if (prev[t] >= 0)
                continue;
            int linked = 0;
            const struct schema_table *a = &s->tables[cur], *b = &s->tables[t];
            for (size_t c = 0; c < a->n_cols && !linked; c++)
                linked = a->cols[c].fk_table && strcasecmp(a->cols[c].fk_table, b->name) == 0;
            for (size_t c = 0; c < b->n_cols && !linked; c++)
                linked = b->cols[c].fk_table && strcasecmp(b->cols[c].fk_table, a->name) == 0;
            if (linked) {
                prev[t] = (long)cur;
                queue[tail++] = t;
            }
        }
    }
    if (prev[to] >= 0)
        for (size_t t = to; t != from; t = (size_t)prev[t])
            sel[t] = 1;
out:
    free(prev);
    free(queue);
}

int schema_select(const struct schema *s, const char *question, int max_tables,
                  struct schema_selection *out, struct err *e)
{
    memset(out, 0, sizeof *out);
    size_t n = s->n_tables;
    double *score = calloc(n ? n : 1, sizeof *score);
    char *sel = calloc(n ? n : 1, 1);
    size_t *order = calloc(n ? n : 1, sizeof *order);
    struct words *q = malloc(sizeof *q);
    struct buf ddl = BUF_INIT;
    int rc = 0;
    if (!score || !sel || !order || !q) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    if (max_tables <= 0)
        max_tables = 5;
    words_split(question, q, 0);
    for (size_t t = 0; t < n; t++) {
        const struct schema_table *tb = &s->tables[t];
        score[t] = name_score(q, tb->name, 3.0);
        for (size_t c = 0; c < tb->n_cols; c++)
            score[t] += name_score(q, tb->cols[c].name, 1.0);
    }
    for (size_t v = 0; v < s->n_values; v++)
        if (contains_phrase(question, s->values[v].value))
            score[s->values[v].table] += 2.0;

    for (size_t t = 0; t < n; t++)
        order[t] = t;
    /* Stable insertion sort by score, descending: n is small and ties keep schema order. */
    for (size_t i = 1; i < n; i++) {
        size_t x = order[i];
        size_t j = i;
        while (j > 0 && score[order[j - 1]] < score[x]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = x;
    }
    size_t kept = 0;
    for (size_t i = 0; i < n && kept < (size_t)max_tables; i++)
        if (score[order[i]] > 0 || n <= (size_t)max_tables) {
            sel[order[i]] = 1;
            kept++;
        }
    if (kept == 0)
        for (size_t i = 0; i < n && kept < (size_t)max_tables; i++, kept++)
            sel[order[i]] = 1;
    /* Connect every kept table to the most relevant one along foreign keys. */
    for (size_t i = 1; i < n; i++)
        if (sel[order[i]])
            fk_connect(s, order[0], order[i], sel);

    out->tables = calloc(n ? n : 1, sizeof *out->tables);
    out->scores = calloc(n ? n : 1, sizeof *out->scores);
    if (!out->tables || !out->scores) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        if (sel[order[i]]) {
            out->tables[out->n_tables] = order[i];
            out->scores[out->n_tables] = score[order[i]];
            out->n_tables++;
        }
    if ((rc = schema_render_ddl(s, out->tables, out->n_tables, &ddl))) {
        err_set(e, rc, "cannot render the schema");
        goto out;
    }
    out->ddl = buf_detach(&ddl);
    out->tokens = schema_estimate_tokens(out->ddl);
out:
    free(score);
    free(sel);
    free(order);
    free(q);
    buf_free(&ddl);
    if (rc)
        schema_selection_free(out);
    return rc;
}

void schema_selection_free(struct schema_selection *sel)
{
    free(sel->tables);
    free(sel->scores);
    free(sel->ddl);
    memset(sel, 0, sizeof *sel);
}

static const char *type_word(const struct schema_column *c)
{
    static const char *const words[] = {
        [SCHEMA_TYPE_OTHER] = "any", [SCHEMA_TYPE_INTEGER] = "int", [SCHEMA_TYPE_REAL] = "real",
        [SCHEMA_TYPE_TEXT] = "text",  [SCHEMA_TYPE_DATE] = "date",
    };
    return words[c->type];
}

int schema_render_ddl(const struct schema *s, const size_t *tables, size_t n, struct buf *out)
{
    for (size_t i = 0; i < n; i++) {
        const struct schema_table *t = &s->tables[tables[i]];
        buf_put_sql_ident(out, t->name);
        buf_putc(out, '(');
        for (size_t c = 0; c < t->n_cols; c++) {
            const struct schema_column *col = &t->cols[c];
            if (c)
                buf_puts(out, ", ");
            buf_put_sql_ident(out, col->name);
            buf_printf(out, " %s", type_word(col));
            if (col->pk)
                buf_puts(out, " pk");
            if (col->fk_table) {
                buf_puts(out, " -> ");
                buf_put_sql_ident(out, col->fk_table);
                buf_putc(out, '.');
                buf_put_sql_ident(out, col->fk_column ? col->fk_column : "?");
            }
            /* Sample values only where they help write filters: low-cardinality text. */
            if (col->type == SCHEMA_TYPE_TEXT && col->n_distinct > 0 && col->n_distinct <= 30 &&
                col->n_samples) {
                buf_puts(out, " e.g. ");
                for (size_t k = 0; k < col->n_samples && k < 3; k++) {
                    if (k)
                        buf_putc(out, '|');
                    buf_put_sql_string(out, col->samples[k]);
                }
            }
        }
        buf_puts(out, ")\n");
    }
    return out->failed ? ERR_NOMEM : 0;
}

int schema_to_json(const struct schema *s, struct buf *out)
{
    static const char *const tnames[] = {"other", "integer", "real", "text", "date"};
    json_t *root = json_object();
    json_t *tables = json_array();
    int rc = ERR_NOMEM;
    if (!root || !tables)
        goto out;
    json_object_set_new(root, "dialect", json_string(s->dialect ? s->dialect : ""));
    char hash[32];
    snprintf(hash, sizeof hash, "%016llx", (unsigned long long)s->hash);
    json_object_set_new(root, "hash", json_string(hash));
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        json_t *jt = json_object(), *cols = json_array();
        json_object_set_new(jt, "name", json_string(tb->name));
        json_object_set_new(jt, "row_count", json_integer(tb->row_count));
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct schema_column *col = &tb->cols[c];
            json_t *jc = json_object(), *samples = json_array();
            json_object_set_new(jc, "name", json_string(col->name));
            json_object_set_new(jc, "type", json_string(col->decl_type));
            json_object_set_new(jc, "kind", json_string(tnames[col->type]));
            json_object_set_new(jc, "pk", json_boolean(col->pk));
            json_object_set_new(jc, "not_null", json_boolean(col->notnull));
            if (col->fk_table) {
                json_t *fk = json_object();
                json_object_set_new(fk, "table", json_string(col->fk_table));
                json_object_set_new(fk, "column", json_string(col->fk_column ? col->fk_column : ""));
                json_object_set_new(jc, "references", fk);
            }
            for (size_t k = 0; k < col->n_samples; k++)
                json_array_append_new(samples, json_string(col->samples[k]));
            json_object_set_new(jc, "samples", samples);
            json_array_append_new(cols, jc);
        }
        json_object_set_new(jt, "columns", cols);
        json_array_append_new(tables, jt);
    }
    json_object_set(root, "tables", tables);
    char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (!text)
        goto out;
    rc = buf_puts(out, text);
    free(text);
out:
    json_decref(tables);
    json_decref(root);
    return rc;
}
