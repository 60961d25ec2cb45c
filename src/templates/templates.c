/* Templates: opening a database's store, answering from it, learning into it, and the few-shot
 * examples for a model prompt. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "templates/tmpl_int.h"

#include "util/banned.h"

static int templates_off(void)
{
    const char *v = getenv("GENBI_TEMPLATES");
    return v && (strcmp(v, "off") == 0 || strcmp(v, "0") == 0);
}

int templates_open(struct db *db, const struct schema *s, struct templates **out, struct err *e)
{
    struct buf identity = BUF_INIT, path = BUF_INIT;
    struct err ignored = {0};
    uint64_t key = 0;
    *out = NULL;
    if (templates_off() || !db->drv->fingerprint ||
        db->drv->fingerprint(db->impl, &identity, &key) != 0 || identity.failed ||
        schema_snapshot_dir(&path, &ignored) != 0) {
        buf_free(&identity);
        buf_free(&path);
        return 0;
    }
    uint64_t h = schema_key_mix(0, buf_cstr(&identity), identity.len);
    buf_printf(&path, "/templates-%016llx.json", (unsigned long long)h);
    int rc = path.failed ? err_set(e, ERR_NOMEM, "out of memory")
                         : templates_open_path(buf_cstr(&path), db, s, out, e);
    buf_free(&identity);
    buf_free(&path);
    return rc;
}

int templates_open_path(const char *path, struct db *db, const struct schema *s,
                        struct templates **out, struct err *e)
{
    struct templates *t = calloc(1, sizeof *t);
    *out = NULL;
    if (!t || !(t->path = strdup(path))) {
        free(t);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    pthread_mutex_init(&t->mu, NULL);
    t->db = db;
    t->s = s;
    t->size = -2; /* never read */
    int rc = tm_store_sync(t, e);
    /* A store checked against another schema is checked against this one before any use. */
    if (rc == 0 && t->n && t->file_hash != s->hash) {
        struct err se = {0};
        if (tm_check_locked(t, NULL, e) == 0)
            tm_store_save(t, &se); /* best effort: a read-only cache still answers */
    }
    t->db = NULL; /* borrowed for the check only */
    if (rc) {
        templates_close(t);
        return rc;
    }
    *out = t;
    return 0;
}

void templates_close(struct templates *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        tm_entry_clear(&t->v[i]);
    free(t->v);
    free(t->path);
    pthread_mutex_destroy(&t->mu);
    free(t);
}

const char *templates_path(const struct templates *t)
{
    return t->path;
}

void templates_hit_free(struct templates_hit *h)
{
    free(h->sql);
    memset(h, 0, sizeof *h);
}

/* The trace's account of a match: the template and the values put in. */
static void describe(const struct tm_entry *en, const struct tm_fill *f, struct templates_hit *hit)
{
    size_t used = (size_t)snprintf(hit->how, sizeof hit->how, "template %s (%s)", en->id,
                                   f->near         ? "similar words"
                                   : f->same_order ? "same words"
                                                   : "same words, other order");
    for (size_t i = 0; i < en->shape->n_slots && used < sizeof hit->how; i++) {
        if (!f->value[i] || en->shape->slots[i].fixed)
            continue;
        used += (size_t)snprintf(hit->how + used, sizeof hit->how - used, "%s%s",
                                 used && hit->how[used - 1] == ')' ? ": " : ", ", f->value[i]);
    }
    /* the operator or the order the question's own comparison or extreme put in */
    if (f->cmp[0] && used < sizeof hit->how)
        used += (size_t)snprintf(hit->how + used, sizeof hit->how - used, "; operator %s",
                                 tm_cmp_op(f->cmp));
    if (f->ext[0] && used < sizeof hit->how)
        snprintf(hit->how + used, sizeof hit->how - used, "; order %s",
                 strcmp(f->ext, "#max") == 0 ? "DESC" : "ASC");
}

int templates_match(struct templates *t, struct db *db, const struct question *q,
                    struct templates_hit *hit, struct err *e)
{
    memset(hit, 0, sizeof *hit);
    pthread_mutex_lock(&t->mu);
    t->db = db;
    int rc = tm_store_sync(t, e);
    const struct tm_entry *best = NULL;
    for (size_t i = 0; i < t->n && rc == 0; i++) {
        const struct tm_entry *en = &t->v[i];
        struct tm_fill f;
        if (en->retired || !en->shape)
            continue;
        int m = tm_shape_fill(t->s, db, en->shape, q, 1, &f);
        if (m < 0) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
        } else if (m == 1) {
            double conf = f.near         ? TEMPLATES_CONF_NEAR
                          : f.same_order ? TEMPLATES_CONF_SAME
                                         : TEMPLATES_CONF_SET;
            int better = !best || conf > hit->confidence ||
                         (conf == hit->confidence && (en->pinned > best->pinned ||
                                                      (en->pinned == best->pinned && en->hits > best->hits)));
            char *sql = better ? tm_shape_render(en->sql, en->shape, &f) : NULL;
            if (sql) {
                free(hit->sql);
                hit->sql = sql;
                hit->confidence = conf;
                snprintf(hit->id, sizeof hit->id, "%s", en->id);
                describe(en, &f, hit);
                best = en;
            }
        }
        tm_fill_free(&f);
    }
    t->db = NULL;
    pthread_mutex_unlock(&t->mu);
    if (rc) {
        templates_hit_free(hit);
        return rc;
    }
    return best != NULL;
}

static struct tm_entry *new_entry(struct templates *t)
{
    if (t->n >= TEMPLATES_MAX) {
        /* Room: the oldest retired template, else the least used unpinned one. */
        size_t victim = t->n;
        for (size_t i = 0; i < t->n; i++) {
            const struct tm_entry *en = &t->v[i];
            if (en->pinned)
                continue;
            if (victim == t->n || (en->retired && !t->v[victim].retired) ||
                (en->retired == t->v[victim].retired && en->hits < t->v[victim].hits))
                victim = i;
        }
        if (victim == t->n)
            return NULL;
        tm_entry_clear(&t->v[victim]);
        memmove(&t->v[victim], &t->v[victim + 1], (t->n - victim - 1) * sizeof t->v[0]);
        t->n--;
    }
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        struct tm_entry *v = realloc(t->v, cap * sizeof *v);
        if (!v)
            return NULL;
        t->v = v;
        t->cap = cap;
    }
    memset(&t->v[t->n], 0, sizeof t->v[0]);
    return &t->v[t->n++];
}

static void set_why(struct tm_entry *en, const char *why)
{
    char *w = strdup(why);
    if (w) {
        free(en->why);
        en->why = w;
    }
}

/* An active template this pair only repeats (1: *same), or one it contradicts (retired here). */
static int known_pair(struct templates *t, const struct question *q, const char *sql,
                      const char *new_id, struct tm_entry **same)
{
    *same = NULL;
    for (size_t i = 0; i < t->n; i++) {
        struct tm_entry *en = &t->v[i];
        struct tm_fill f;
        if (en->retired || !en->shape)
            continue;
        if (strcmp(en->id, new_id) == 0) {
            *same = en;
            return 1;
        }
        int m = tm_shape_fill(t->s, NULL, en->shape, q, 0, &f);
        char *mine = m == 1 ? tm_shape_render(en->sql, en->shape, &f) : NULL;
        tm_fill_free(&f);
        if (m < 0)
            return ERR_NOMEM;
        if (mine && strcmp(mine, sql) == 0) {
            free(mine);
            *same = en;
            return 1;
        }
        if (mine && !en->pinned) {
            char why[64];
            snprintf(why, sizeof why, "replaced by %s", new_id);
            en->retired = 1;
            set_why(en, why);
        }
        free(mine);
    }
    return 0;
}

static int learn_locked(struct templates *t, const char *question, const char *sql,
                        const char *source, char id[16], struct err *e)
{
    struct question *q = NULL;
    struct tm_shape *sh = NULL;
    struct tm_entry *same = NULL;
    char new_id[16];
    uint64_t h = schema_key_mix(0, question, strlen(question));
    h = schema_key_mix(h, "\n", 1);
    h = schema_key_mix(h, sql, strlen(sql));
    snprintf(new_id, sizeof new_id, "%012llx", (unsigned long long)(h & 0xffffffffffffULL));
    if (id)
        snprintf(id, 16, "%s", new_id);
    int rc = tm_store_sync(t, e);
    if (rc)
        return rc;
    if (question_read(question, &q) || tm_shape_build(t->s, question, sql, &sh) < 0) {
        question_free(q);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    rc = sh ? known_pair(t, q, sql, new_id, &same) : 0;
    question_free(q);
    if (rc < 0 || !sh) {
        tm_shape_free(sh);
        return rc < 0 ? err_set(e, ERR_NOMEM, "out of memory") : 0;
    }
    if (same) {
        same->hits++;
        tm_shape_free(sh);
        return tm_store_save(t, e);
    }
    struct tm_entry *en = tm_find(t, new_id);
    if (en) { /* retired earlier: a contradicted pair stays retired */
        tm_shape_free(sh);
        return tm_store_save(t, e);
    }
    if (!(en = new_entry(t))) {
        tm_shape_free(sh);
        return err_set(e, ERR_LIMIT, "the template store is full of pinned templates");
    }
    snprintf(en->id, sizeof en->id, "%s", new_id);
    en->question = strdup(question);
    en->sql = strdup(sql);
    en->source = strdup(source);
    en->shape = sh;
    en->hits = 1;
    en->created = (long long)time(NULL);
    if (!en->question || !en->sql || !en->source) {
        tm_entry_clear(en);
        t->n--;
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    return tm_store_save(t, e);
}

int templates_learn(struct templates *t, const char *question, const char *sql,
                    const char *source, char id[16], struct err *e)
{
    pthread_mutex_lock(&t->mu);
    int rc = learn_locked(t, question, sql, source, id, e);
    pthread_mutex_unlock(&t->mu);
    return rc;
}

/* Runs fn on the template id under the lock and saves. 1 when fn changed it, 0 when not. */
static int edit(struct templates *t, const char *id, int (*fn)(struct templates *t, size_t i, int arg,
                                                               const char *why),
                int arg, const char *why)
{
    struct err e = {0};
    pthread_mutex_lock(&t->mu);
    int done = 0;
    if (tm_store_sync(t, &e) == 0) {
        for (size_t i = 0; i < t->n && !done; i++)
            if (strcmp(t->v[i].id, id) == 0)
                done = fn(t, i, arg, why);
        if (done && tm_store_save(t, &e))
            done = 0;
    }
    pthread_mutex_unlock(&t->mu);
    return done;
}

static int do_retire(struct templates *t, size_t i, int arg, const char *why)
{
    (void)arg;
    struct tm_entry *en = &t->v[i];
    if (en->retired || en->pinned)
        return 0;
    en->retired = 1;
    set_why(en, why);
    return 1;
}

static int do_pin(struct templates *t, size_t i, int pin, const char *why)
{
    (void)why;
    t->v[i].pinned = pin;
    return 1;
}

static int do_delete(struct templates *t, size_t i, int arg, const char *why)
{
    (void)arg;
    (void)why;
    tm_entry_clear(&t->v[i]);
    memmove(&t->v[i], &t->v[i + 1], (t->n - i - 1) * sizeof t->v[0]);
    t->n--;
    return 1;
}

int templates_retire(struct templates *t, const char *id, const char *why)
{
    return edit(t, id, do_retire, 0, why);
}

int templates_pin(struct templates *t, const char *id, int pin)
{
    return edit(t, id, do_pin, pin, NULL);
}

int templates_delete(struct templates *t, const char *id)
{
    return edit(t, id, do_delete, 0, NULL);
}
