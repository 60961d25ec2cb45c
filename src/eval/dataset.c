/* Datasets (Spider and BIRD JSON) and recorded predictions (line files, DIN-SQL CSV, BIRD JSON)
 * for `genbi eval`. Everything is read whole: the largest file is a few megabytes. */
#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eval/eval.h"
#include "eval/eval_int.h"
#include "util/buf.h"

#include "util/banned.h"

#define MAX_FILE_BYTES ((size_t)512 << 20)

static char *xstrdup(const char *s)
{
    return strdup(s ? s : "");
}

static const char *json_str(const json_t *o, const char *k)
{
    const json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

void eval_dataset_free(struct eval_dataset *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].question);
        free(d->items[i].db_id);
        free(d->items[i].gold);
        free(d->items[i].difficulty);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

int eval_dataset_load(const char *path, int with_evidence, struct eval_dataset *out, struct err *e)
{
    json_error_t jerr;
    struct buf q = BUF_INIT;
    int rc = 0;
    memset(out, 0, sizeof *out);
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root)
        return err_set(e, ERR_USAGE, "cannot read dataset %s: %s (line %d)", path, jerr.text,
                       jerr.line);
    if (!json_is_array(root)) {
        rc = err_set(e, ERR_USAGE, "dataset %s: expected a JSON array of questions", path);
        goto out;
    }
    size_t n = json_array_size(root);
    out->items = calloc(n ? n : 1, sizeof *out->items);
    if (!out->items) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const json_t *o = json_array_get(root, i);
        const char *question = json_str(o, "question");
        const char *db_id = json_str(o, "db_id");
        const char *gold = json_str(o, "query");
        if (!gold)
            gold = json_str(o, "SQL");
        if (!gold)
            gold = json_str(o, "sql");
        if (!question || !db_id || !gold) {
            rc = err_set(e, ERR_USAGE,
                         "dataset %s: question %zu needs \"question\", \"db_id\" and \"query\" "
                         "(Spider) or \"SQL\" (BIRD)",
                         path, i);
            goto out;
        }
        const char *evidence = json_str(o, "evidence");
        buf_reset(&q);
        buf_puts(&q, question);
        if (with_evidence && evidence && *evidence)
            buf_printf(&q, " (%s)", evidence);
        const char *diff = json_str(o, "difficulty");
        if (!diff)
            diff = json_str(o, "hardness");
        struct eval_item *it = &out->items[out->n];
        it->index = i;
        it->question = buf_detach(&q);
        it->db_id = xstrdup(db_id);
        it->gold = xstrdup(gold);
        if (diff) {
            it->difficulty = xstrdup(diff);
        } else {
            /* Spider ships no level: compute the published hardness, exactly from the parsed
             * query when the file has it. */
            int h = eval_hardness_spider_json(json_object_get(o, "sql"));
            if (h < 0) {
                h = eval_hardness_sql(gold);
                out->hardness_from_text++;
            }
            out->computed_hardness = 1;
            it->difficulty = xstrdup(eval_hardness_name(h));
        }
        out->n++;
        if (!it->question || !it->db_id || !it->gold || !it->difficulty) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
    }
out:
    buf_free(&q);
    json_decref(root);
    if (rc)
        eval_dataset_free(out);
    return rc;
}

/* ---- recorded predictions ---- */

void eval_replay_free(struct eval_replay *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->sql[i]);
    free(r->sql);
    free(r->name);
    memset(r, 0, sizeof *r);
}

static int read_file(const char *path, struct buf *out, struct err *e)
{
    FILE *f = fopen(path, "rb");
    char chunk[65536];
    size_t got;
    if (!f)
        return err_set(e, ERR_NOTFOUND, "cannot open %s: %s", path, strerror(errno));
    buf_init(out, MAX_FILE_BYTES);
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(out, chunk, got);
    int bad = ferror(f);
    fclose(f);
    if (bad)
        return err_set(e, ERR_IO, "cannot read %s", path);
    if (out->failed)
        return err_set(e, ERR_LIMIT, "%s is too large or memory ran out", path);
    return 0;
}

/* Memory ran out while copying an entry: a distinct pointer, so an empty entry (NULL) and a
 * failure are told apart. */
static char clean_nomem;

/* Trims whitespace and trailing semicolons; NULL for an empty entry, &clean_nomem on failure. */
static char *clean_sql(const char *s, size_t len)
{
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && (isspace((unsigned char)s[len - 1]) || s[len - 1] == ';'))
        len--;
    if (!len)
        return NULL;
    char *out = strndup(s, len);
    return out ? out : &clean_nomem;
}

/* Appends an entry (taking sql); ERR_NOMEM when sql is &clean_nomem or the array cannot grow. */
static int replay_push(struct eval_replay *r, size_t *cap, char *sql)
{
    if (sql == &clean_nomem)
        return ERR_NOMEM;
    if (r->n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 256;
        char **v = realloc(r->sql, ncap * sizeof *v);
        if (!v) {
            free(sql);
            return ERR_NOMEM;
        }
        r->sql = v;
        *cap = ncap;
    }
    r->sql[r->n++] = sql;
    return 0;
}

int eval_csv_record(const char **pp, char ***fields, size_t *n)
{
    const char *p = *pp;
    struct buf f = BUF_INIT;
    char **v = NULL;
    size_t cnt = 0, cap = 0;
    *fields = NULL;
    *n = 0;
    if (!*p)
        return 0;
    for (;;) {
        int quoted = 0;
        buf_reset(&f);
        if (*p == '"') {
            quoted = 1;
            p++;
        }
        while (*p) {
            if (quoted) {
                if (*p == '"' && p[1] == '"') {
                    buf_putc(&f, '"');
                    p += 2;
                    continue;
                }
                if (*p == '"') {
                    quoted = 0;
                    p++;
                    continue;
                }
            } else if (*p == ',' || *p == '\n' || *p == '\r') {
                break;
            }
            buf_putc(&f, *p++);
        }
        if (cnt == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            char **nv = realloc(v, ncap * sizeof *nv);
            if (!nv)
                goto nomem;
            v = nv;
            cap = ncap;
        }
        if (f.failed || !(v[cnt] = buf_detach(&f)))
            goto nomem;
        cnt++;
        if (*p == ',') {
            p++;
            continue;
        }
        if (*p == '\r')
            p++;
        if (*p == '\n')
            p++;
        break;
    }
    *pp = p;
    *fields = v;
    *n = cnt;
    return 1;
nomem:
    for (size_t i = 0; i < cnt; i++)
        free(v[i]);
    free(v);
    buf_free(&f);
    return ERR_NOMEM;
}

static void fields_free(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static int load_csv(const char *text, struct eval_replay *r, size_t *cap, struct err *e,
                    const char *path)
{
    char **f = NULL;
    size_t nf = 0, col = (size_t)-1;
    int got = eval_csv_record(&text, &f, &nf);
    if (got < 0)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < nf && col == (size_t)-1; i++)
        if (strcasecmp(f[i], "PREDICTED SQL") == 0 || strcasecmp(f[i], "predicted_sql") == 0 ||
            strcasecmp(f[i], "prediction") == 0)
            col = i;
    fields_free(f, nf);
    if (col == (size_t)-1)
        return err_set(e, ERR_USAGE, "%s: CSV without a \"PREDICTED SQL\" column", path);
    while ((got = eval_csv_record(&text, &f, &nf)) > 0) {
        if (nf == 1 && !f[0][0]) { /* blank line */
            fields_free(f, nf);
            continue;
        }
        char *sql = col < nf ? clean_sql(f[col], strlen(f[col])) : NULL;
        fields_free(f, nf);
        if (replay_push(r, cap, sql))
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    return got < 0 ? err_set(e, ERR_NOMEM, "out of memory") : 0;
}

/* BIRD's "SQL\t----- bird -----\tdb_id": the SQL is what comes before the marker. */
static char *bird_sql(const char *s)
{
    const char *mark = strstr(s, "\t----- bird -----");
    return clean_sql(s, mark ? (size_t)(mark - s) : strlen(s));
}

static int load_json(const char *text, struct eval_replay *r, size_t *cap, struct err *e,
                     const char *path)
{
    json_error_t jerr;
    int rc = 0;
    json_t *root = json_loads(text, 0, &jerr);
    if (!root)
        return err_set(e, ERR_USAGE, "%s: %s (line %d)", path, jerr.text, jerr.line);
    if (json_is_array(root)) {
        size_t i;
        json_t *v;
        json_array_foreach(root, i, v)
        {
            char *sql = json_is_string(v) ? bird_sql(json_string_value(v)) : NULL;
            if ((rc = replay_push(r, cap, sql)))
                goto out;
        }
    } else if (json_is_object(root)) {
        /* Keys are question indices; missing ones stay NULL. */
        const char *k;
        json_t *v;
        size_t max = 0;
        json_object_foreach(root, k, v)
        {
            char *end;
            unsigned long idx = strtoul(k, &end, 10);
            if (*end || end == k || idx > 10000000UL) {
                rc = err_set(e, ERR_USAGE, "%s: key \"%s\" is not a question index", path, k);
                goto out;
            }
            if (idx + 1 > max)
                max = idx + 1;
        }
        while (r->n < max)
            if ((rc = replay_push(r, cap, NULL)))
                goto out;
        json_object_foreach(root, k, v)
        {
            size_t idx = strtoul(k, NULL, 10);
            free(r->sql[idx]);
            r->sql[idx] = json_is_string(v) ? bird_sql(json_string_value(v)) : NULL;
            if (r->sql[idx] == &clean_nomem) {
                r->sql[idx] = NULL;
                rc = ERR_NOMEM;
                goto out;
            }
        }
    } else {
        rc = err_set(e, ERR_USAGE, "%s: expected a JSON object or array of SQL strings", path);
    }
out:
    if (rc == ERR_NOMEM)
        err_set(e, ERR_NOMEM, "out of memory");
    json_decref(root);
    return rc;
}

/* One SQL per line; a trailing "<TAB>db_id" (the gold file's format) is dropped. */
static int load_lines(const char *text, struct eval_replay *r, size_t *cap)
{
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        const char *tab = memrchr(p, '\t', len);
        if (tab) {
            int word = tab + 1 < p + len;
            for (const char *c = tab + 1; c < p + len && word; c++)
                word = isalnum((unsigned char)*c) || *c == '_' || *c == '-' || *c == '\r';
            if (word)
                len = (size_t)(tab - p);
        }
        if (replay_push(r, cap, clean_sql(p, len)))
            return ERR_NOMEM;
        if (!nl)
            break;
        p = nl + 1;
    }
    return 0;
}

int eval_replay_load(const char *path, struct eval_replay *out, struct err *e)
{
    struct buf text = BUF_INIT, name = BUF_INIT;
    size_t cap = 0;
    int rc;
    memset(out, 0, sizeof *out);
    if ((rc = read_file(path, &text, e)))
        goto out;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    buf_puts(&name, "replay:");
    buf_append(&name, base, dot && dot != base ? (size_t)(dot - base) : strlen(base));
    out->name = buf_detach(&name);
    const char *s = buf_cstr(&text);
    while (isspace((unsigned char)*s))
        s++;
    size_t len = strlen(path);
    int csv = (len > 4 && strcasecmp(path + len - 4, ".csv") == 0) ||
              strncasecmp(s, "NLQ,", 4) == 0 || strstr(s, "PREDICTED SQL") == s;
    if (*s == '{' || *s == '[')
        rc = load_json(s, out, &cap, e, path);
    else if (csv)
        rc = load_csv(s, out, &cap, e, path);
    else if ((rc = load_lines(buf_cstr(&text), out, &cap)))
        err_set(e, rc, "out of memory");
    if (!rc && !out->name)
        rc = err_set(e, ERR_NOMEM, "out of memory");
out:
    buf_free(&text);
    buf_free(&name);
    if (rc)
        eval_replay_free(out);
    return rc;
}
