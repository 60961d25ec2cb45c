/* Tier-0 golden file: what the built-in parser answers to every question of one question set, so
 * that a refactoring of src/nl can be proven not to change a single answer.
 *
 * One line per question, keyed by set and index (no question text is stored):
 *   SET<TAB>INDEX<TAB>CONFIDENCE(%.6f)<TAB>u<unanswerable>e<empty_ok><TAB>EXPLAIN-HASH<TAB>SQL
 * SQL is "-" when tier 0 wrote none; tabs, newlines and backslashes in it are escaped. The
 * explanation is stored as a 64-bit FNV-1a hash only (it may quote the question). A question whose
 * database is missing or unreadable gets "nodb", and a failed nl_generate() "error".
 *
 * usage: tier0_golden --set spider_dev|fresh|demo --root SRC_DIR [--eval DIR] [--tmp DIR]
 *                     (--write FILE | --check FILE)
 * The Spider sets need the shared evaluation data (DIR, or $GENBI_EVAL_DIR): without it the
 * program exits 77 (skipped). --check exits 0 when the output equals FILE byte for byte, else 1
 * and prints the first differing line. The demo set builds the demo database in --tmp. */
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "db/db.h"
#include "db/demo.h"
#include "eval/eval.h"
#include "nl/nl.h"
#include "schema/schema.h"
#include "util/buf.h"

#include "util/banned.h"

#define SKIP 77
#define MAX_DBS 64

struct dbslot {
    char id[128];
    struct db *db;
    struct schema s;
    int ok;
};

struct golden {
    const char *set;
    json_t *tables;     /* Spider's tables.json, NULL for the other sets */
    const char *db_dir; /* DIR/<db_id>/<db_id>.sqlite */
    const char *one_db; /* the demo database, for every question */
    struct dbslot slots[MAX_DBS];
    size_t n_slots;
};

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; s && *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

/* The introspected schema of db_id, loaded on first use; NULL when it cannot be read. */
static const struct schema *schema_for(struct golden *g, const char *db_id)
{
    for (size_t i = 0; i < g->n_slots; i++)
        if (strcmp(g->slots[i].id, db_id) == 0)
            return g->slots[i].ok ? &g->slots[i].s : NULL;
    if (g->n_slots == MAX_DBS)
        return NULL;
    struct dbslot *sl = &g->slots[g->n_slots++];
    memset(sl, 0, sizeof *sl);
    snprintf(sl->id, sizeof sl->id, "%s", db_id);
    struct buf path = BUF_INIT;
    struct err e = {0};
    if (g->one_db)
        buf_puts(&path, g->one_db);
    else
        buf_printf(&path, "%s/%s/%s.sqlite", g->db_dir, db_id, db_id);
    sl->ok = !path.failed && exists(buf_cstr(&path)) && db_open(buf_cstr(&path), &sl->db, &e) == 0 &&
             db_introspect(sl->db, &sl->s, &e) == 0;
    if (sl->ok && g->tables)
        sl->ok = eval_apply_tables_json(g->tables, db_id, &sl->s) == 0;
    buf_free(&path);
    return sl->ok ? &sl->s : NULL;
}

static void put_escaped(struct buf *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '\t')
            buf_puts(out, "\\t");
        else if (*s == '\n')
            buf_puts(out, "\\n");
        else if (*s == '\\')
            buf_puts(out, "\\\\");
        else
            buf_putc(out, *s);
    }
}

/* Appends one line per question of the dataset to out. Returns 0, or -1 when the file is bad. */
static int run_set(struct golden *g, const char *dataset, struct buf *out)
{
    json_error_t jerr;
    json_t *root = json_load_file(dataset, 0, &jerr);
    if (!json_is_array(root)) {
        fprintf(stderr, "tier0_golden: cannot read %s: %s\n", dataset, jerr.text);
        json_decref(root);
        return -1;
    }
    for (size_t i = 0; i < json_array_size(root); i++) {
        json_t *item = json_array_get(root, i);
        const char *q = json_string_value(json_object_get(item, "question"));
        const char *id = json_string_value(json_object_get(item, "db_id"));
        const struct schema *s = q && id ? schema_for(g, id) : NULL;
        buf_printf(out, "%s\t%zu\t", g->set, i);
        if (!s) {
            buf_puts(out, "nodb\n");
            continue;
        }
        struct nl_answer a;
        struct err e = {0};
        struct question *read = NULL;
        memset(&a, 0, sizeof a);
        int rc = question_read(q, &read);
        if (rc == 0)
            rc = nl_generate(s, read, &a, &e);
        question_free(read);
        if (rc != 0) {
            buf_puts(out, "error\n");
            nl_answer_free(&a);
            continue;
        }
        buf_printf(out, "%.6f\tu%de%d\t%016llx\t", a.confidence, a.unanswerable, a.empty_ok,
                   (unsigned long long)fnv1a(a.explain));
        if (a.sql)
            put_escaped(out, a.sql);
        else
            buf_putc(out, '-');
        buf_putc(out, '\n');
        nl_answer_free(&a);
    }
    json_decref(root);
    return out->failed ? -1 : 0;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct buf b = BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(&b, chunk, n);
    fclose(f);
    if (b.failed) {
        buf_free(&b);
        return NULL;
    }
    *len = b.len;
    return buf_detach(&b);
}

/* Prints the first line where got and the golden file differ. Returns 0 when equal, else 1. */
static int compare(const char *golden_path, const struct buf *got)
{
    size_t glen = 0;
    char *want = read_all(golden_path, &glen);
    if (!want) {
        fprintf(stderr, "tier0_golden: cannot read %s: %s\n", golden_path, strerror(errno));
        return 1;
    }
    const char *a = want, *b = buf_cstr(got);
    size_t line = 1;
    int rc = 0;
    for (;;) {
        const char *ea = memchr(a, '\n', (size_t)(want + glen - a));
        const char *eb = strchr(b, '\n');
        size_t la = ea ? (size_t)(ea - a) : strlen(a), lb = eb ? (size_t)(eb - b) : strlen(b);
        if (la != lb || memcmp(a, b, la) != 0 || !ea != !eb) {
            fprintf(stderr, "tier0_golden: %s differs at line %zu\n  golden: %.*s\n  now:    %.*s\n",
                    golden_path, line, (int)la, a, (int)lb, b);
            rc = 1;
            break;
        }
        if (!ea)
            break;
        a = ea + 1;
        b = eb + 1;
        line++;
    }
    if (!rc)
        printf("tier0_golden: %zu lines identical to %s\n", line - 1, golden_path);
    free(want);
    return rc;
}

static int write_file(const char *path, const struct buf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(buf_cstr(b), 1, b->len, f) != b->len || fclose(f) != 0) {
        fprintf(stderr, "tier0_golden: cannot write %s\n", path);
        return 1;
    }
    printf("tier0_golden: wrote %s\n", path);
    return 0;
}

int main(int argc, char **argv)
{
    const char *set = NULL, *root = ".", *eval = NULL, *write = NULL, *check = NULL;
    const char *tmp = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *k = argv[i], *v = argv[i + 1];
        if (strcmp(k, "--set") == 0)
            set = v;
        else if (strcmp(k, "--root") == 0)
            root = v;
        else if (strcmp(k, "--eval") == 0)
            eval = v;
        else if (strcmp(k, "--tmp") == 0)
            tmp = v;
        else if (strcmp(k, "--write") == 0)
            write = v;
        else if (strcmp(k, "--check") == 0)
            check = v;
    }
    if (getenv("GENBI_EVAL_DIR") && *getenv("GENBI_EVAL_DIR"))
        eval = getenv("GENBI_EVAL_DIR");
    if (!set || !write == !check) {
        fprintf(stderr, "usage: tier0_golden --set spider_dev|fresh|demo --root SRC [--eval DIR] "
                        "[--tmp DIR] (--write FILE | --check FILE)\n");
        return 2;
    }
    struct golden *g = calloc(1, sizeof *g);
    struct buf dataset = BUF_INIT, dbs = BUF_INIT, tables = BUF_INIT, demo = BUF_INIT;
    struct buf out = BUF_INIT;
    int rc = 1;
    if (!g)
        goto out;
    g->set = set;
    if (strcmp(set, "demo") == 0) {
        struct err e = {0};
        buf_printf(&dataset, "%s/tests/fixtures/demo_questions.json", root);
        buf_printf(&demo, "%s/tier0_golden_demo.sqlite", tmp);
        if (demo_create(buf_cstr(&demo), DEMO_DEFAULT_SEED, &e) != 0) {
            fprintf(stderr, "tier0_golden: demo database: %s\n", e.msg);
            goto out;
        }
        g->one_db = buf_cstr(&demo);
    } else if (strcmp(set, "spider_dev") == 0 || strcmp(set, "fresh") == 0) {
        int dev = strcmp(set, "spider_dev") == 0;
        if (dev)
            buf_printf(&dataset, "%s/spider/dev.json", eval ? eval : "");
        else
            buf_printf(&dataset, "%s/tests/fixtures/spider_fresh_questions.json", root);
        buf_printf(&dbs, "%s/spider/database", eval ? eval : "");
        buf_printf(&tables, "%s/spider/tables.json", eval ? eval : "");
        if (!eval || !exists(buf_cstr(&dbs)) || (dev && !exists(buf_cstr(&dataset)))) {
            printf("tier0_golden: skipped, no Spider data under %s\n", eval ? eval : "(none)");
            rc = SKIP;
            goto out;
        }
        g->db_dir = buf_cstr(&dbs);
        if (dev) {
            json_error_t jerr;
            g->tables = json_load_file(buf_cstr(&tables), 0, &jerr);
            if (!json_is_array(g->tables)) {
                fprintf(stderr, "tier0_golden: cannot read %s\n", buf_cstr(&tables));
                goto out;
            }
        }
    } else {
        fprintf(stderr, "tier0_golden: unknown set '%s'\n", set);
        goto out;
    }
    if (run_set(g, buf_cstr(&dataset), &out) != 0)
        goto out;
    rc = write ? write_file(write, &out) : compare(check, &out);
out:
    if (g) {
        for (size_t i = 0; i < g->n_slots; i++) {
            if (g->slots[i].ok)
                schema_free(&g->slots[i].s);
            if (g->slots[i].db)
                db_close(g->slots[i].db);
        }
        json_decref(g->tables);
        free(g);
    }
    if (demo.len)
        remove(buf_cstr(&demo));
    buf_free(&dataset);
    buf_free(&dbs);
    buf_free(&tables);
    buf_free(&demo);
    buf_free(&out);
    return rc;
}
