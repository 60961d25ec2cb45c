/* The template file of one database: JSON, read when it changed on disk, written whole to a
 * temporary file in the same directory and renamed over the old one. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "templates/tmpl_int.h"

#include "util/banned.h"

#define TM_FILE_VERSION 1

void tm_entry_clear(struct tm_entry *en)
{
    free(en->question);
    free(en->sql);
    free(en->source);
    free(en->why);
    tm_shape_free(en->shape);
    memset(en, 0, sizeof *en);
}

struct tm_entry *tm_find(struct templates *t, const char *id)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->v[i].id, id) == 0)
            return &t->v[i];
    return NULL;
}

static void clear_all(struct templates *t)
{
    for (size_t i = 0; i < t->n; i++)
        tm_entry_clear(&t->v[i]);
    t->n = 0;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* One stored template; its shape is read against the current schema. 0, 1 to skip, ERR_NOMEM. */
static int entry_from_json(struct templates *t, json_t *o, struct tm_entry *en)
{
    const char *id = json_string_value(json_object_get(o, "id"));
    const char *question = json_string_value(json_object_get(o, "question"));
    const char *sql = json_string_value(json_object_get(o, "sql"));
    const char *source = json_string_value(json_object_get(o, "source"));
    const char *why = json_string_value(json_object_get(o, "why"));
    memset(en, 0, sizeof *en);
    if (!id || !question || !sql || strlen(id) >= sizeof en->id)
        return 1;
    snprintf(en->id, sizeof en->id, "%s", id);
    en->question = strdup(question);
    en->sql = strdup(sql);
    en->source = strdup(source ? source : "model");
    en->why = dup_or_null(why);
    en->pinned = json_is_true(json_object_get(o, "pinned"));
    en->retired = json_is_true(json_object_get(o, "retired"));
    en->hits = (long)json_integer_value(json_object_get(o, "hits"));
    const char *change = json_string_value(json_object_get(o, "unreported"));
    en->unreported = !change ? NULL : strcmp(change, "repaired") == 0 ? "repaired" : "retired";
    en->created = (long long)json_integer_value(json_object_get(o, "created"));
    if (!en->question || !en->sql || !en->source || (why && !en->why)) {
        tm_entry_clear(en);
        return ERR_NOMEM;
    }
    if (!en->retired && tm_shape_build(t->s, en->question, en->sql, &en->shape) < 0) {
        tm_entry_clear(en);
        return ERR_NOMEM;
    }
    return 0;
}

static int load(struct templates *t, struct err *e)
{
    json_error_t je;
    json_t *root = json_load_file(t->path, 0, &je);
    clear_all(t);
    t->file_hash = 0;
    if (!root)
        return 0; /* no file yet, or unreadable: an empty store (the next save replaces it) */
    json_t *arr = json_object_get(root, "templates");
    const char *hash = json_string_value(json_object_get(root, "schema_hash"));
    if (json_integer_value(json_object_get(root, "version")) != TM_FILE_VERSION ||
        !json_is_array(arr)) {
        json_decref(root);
        return 0;
    }
    t->file_hash = hash ? strtoull(hash, NULL, 16) : 0;
    size_t i;
    json_t *o;
    int rc = 0;
    json_array_foreach(arr, i, o) {
        if (t->n == t->cap) {
            size_t cap = t->cap ? t->cap * 2 : 32;
            struct tm_entry *v = realloc(t->v, cap * sizeof *v);
            if (!v) {
                rc = err_set(e, ERR_NOMEM, "out of memory");
                break;
            }
            t->v = v;
            t->cap = cap;
        }
        int r = entry_from_json(t, o, &t->v[t->n]);
        if (r < 0) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
        if (r == 0)
            t->n++;
    }
    json_decref(root);
    return rc;
}

static void remember_stat(struct templates *t)
{
    struct stat st;
    if (stat(t->path, &st) != 0) {
        t->ino = 0;
        t->size = -1;
        return;
    }
    t->ino = st.st_ino;
    t->size = st.st_size;
    t->mtime = st.st_mtim.tv_sec;
    t->mtime_ns = st.st_mtim.tv_nsec;
}

int tm_store_sync(struct templates *t, struct err *e)
{
    struct stat st;
    int exists = stat(t->path, &st) == 0;
    if (!exists && t->size == -1)
        return 0;
    if (exists && st.st_ino == t->ino && st.st_size == t->size && st.st_mtim.tv_sec == t->mtime &&
        st.st_mtim.tv_nsec == t->mtime_ns)
        return 0;
    int rc = load(t, e);
    remember_stat(t);
    return rc;
}

static json_t *entry_json(const struct tm_entry *en)
{
    json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:b,s:b,s:I,s:I}", "id", en->id, "question",
                          en->question, "sql", en->sql, "source", en->source, "pinned", en->pinned,
                          "retired", en->retired, "hits", (json_int_t)en->hits, "created",
                          (json_int_t)en->created);
    if (o && ((en->why && json_object_set_new(o, "why", json_string(en->why))) ||
              (en->unreported && json_object_set_new(o, "unreported", json_string(en->unreported))))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *store_json(const struct templates *t)
{
    char hash[17];
    snprintf(hash, sizeof hash, "%016llx", (unsigned long long)t->s->hash);
    json_t *arr = json_array();
    json_t *root = json_pack("{s:i,s:s,s:o}", "version", TM_FILE_VERSION, "schema_hash", hash,
                             "templates", arr);
    if (!root)
        return NULL;
    for (size_t i = 0; i < t->n; i++)
        if (json_array_append_new(arr, entry_json(&t->v[i]))) {
            json_decref(root);
            return NULL;
        }
    return root;
}

/* mkdir -p of the directory path is in, private to the user. */
static int make_parent(const char *path)
{
    char dir[4096];
    const char *slash = strrchr(path, '/');
    size_t n = slash ? (size_t)(slash - path) : 0;
    if (n == 0 || n >= sizeof dir)
        return 0;
    memcpy(dir, path, n);
    dir[n] = '\0';
    for (size_t i = 1; i <= n; i++) {
        if (dir[i] != '/' && dir[i] != '\0')
            continue;
        char c = dir[i];
        dir[i] = '\0';
        int bad = mkdir(dir, 0700) != 0 && errno != EEXIST;
        dir[i] = c;
        if (bad)
            return -1;
    }
    return 0;
}

int tm_store_save(struct templates *t, struct err *e)
{
    json_t *root = store_json(t);
    struct buf tmp = BUF_INIT;
    int rc = 0;
    if (!root || buf_printf(&tmp, "%s.XXXXXX", t->path)) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    int fd = make_parent(t->path) == 0 ? mkstemp(tmp.data) : -1;
    if (fd < 0) {
        rc = err_set(e, ERR_IO, "cannot write templates next to %s: %s", t->path, strerror(errno));
        goto out;
    }
    FILE *f = fdopen(fd, "w");
    int bad = !f || json_dumpf(root, f, JSON_INDENT(1) | JSON_PRESERVE_ORDER) != 0;
    bad |= f ? fclose(f) != 0 : close(fd) != 0;
    if (bad || rename(buf_cstr(&tmp), t->path) != 0) {
        rc = err_set(e, ERR_IO, "cannot write %s: %s", t->path, strerror(errno));
        unlink(buf_cstr(&tmp));
        goto out;
    }
    t->file_hash = t->s->hash;
    remember_stat(t);
out:
    json_decref(root);
    buf_free(&tmp);
    return rc;
}
