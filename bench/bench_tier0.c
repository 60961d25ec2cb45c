/* Tier-0 latency per question: how long the built-in parser takes to turn a question into SQL,
 * against one SQLite execution of that same SQL measured in the same run (the ratio says how
 * much the parser adds to the cheapest possible answer). Reads a Spider-format dataset.
 *
 * usage: bench_tier0 --dataset FILE --db-dir DIR [--limit N] [--reps N]
 * Questions whose database DIR/<db_id>/<db_id>.sqlite is missing are skipped. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/limits.h"
#include "db/db.h"
#include "nl/nl.h"
#include "schema/schema.h"
#include "util/buf.h"
#include "util/clock.h"

#include "util/banned.h"

struct dbslot {
    char id[128];
    struct db *db;
    struct schema s;
    int ok;
};

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double pct(double *v, size_t n, double p)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    size_t i = (size_t)(p / 100.0 * (double)(n - 1) + 0.5);
    return v[i < n ? i : n - 1];
}

static struct dbslot *slot_for(struct dbslot *slots, size_t *n, size_t cap, const char *dir,
                               const char *id)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(slots[i].id, id) == 0)
            return slots[i].ok ? &slots[i] : NULL;
    if (*n == cap)
        return NULL;
    struct dbslot *sl = &slots[(*n)++];
    memset(sl, 0, sizeof *sl);
    snprintf(sl->id, sizeof sl->id, "%s", id);
    struct buf path = BUF_INIT;
    struct err e = {0};
    buf_printf(&path, "%s/%s/%s.sqlite", dir, id, id);
    sl->ok = db_open(buf_cstr(&path), &sl->db, &e) == 0 && db_introspect(sl->db, &sl->s, &e) == 0;
    buf_free(&path);
    return sl->ok ? sl : NULL;
}

int main(int argc, char **argv)
{
    const char *dataset = NULL, *dir = NULL;
    long limit = -1, reps = 20;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--dataset") == 0)
            dataset = argv[i + 1];
        else if (strcmp(argv[i], "--db-dir") == 0)
            dir = argv[i + 1];
        else if (strcmp(argv[i], "--limit") == 0)
            limit = strtol(argv[i + 1], NULL, 10);
        else if (strcmp(argv[i], "--reps") == 0)
            reps = strtol(argv[i + 1], NULL, 10);
    }
    if (!dataset || !dir || reps < 1) {
        fprintf(stderr, "usage: bench_tier0 --dataset FILE --db-dir DIR [--limit N] [--reps N]\n");
        return 2;
    }
    json_error_t jerr;
    json_t *root = json_load_file(dataset, 0, &jerr);
    if (!json_is_array(root)) {
        fprintf(stderr, "bench_tier0: cannot read %s: %s\n", dataset, jerr.text);
        return 2;
    }
    size_t n = json_array_size(root);
    if (limit >= 0 && (size_t)limit < n)
        n = (size_t)limit;
    struct dbslot *slots = calloc(256, sizeof *slots);
    double *gen = calloc(n ? n : 1, sizeof *gen), *exe = calloc(n ? n : 1, sizeof *exe);
    double *ratio = calloc(n ? n : 1, sizeof *ratio);
    double *one = calloc((size_t)reps, sizeof *one);
    size_t nslots = 0, ngen = 0, nexe = 0, skipped = 0, answered = 0;
    if (!slots || !gen || !exe || !ratio || !one)
        return 1;
    for (size_t i = 0; i < n; i++) {
        json_t *item = json_array_get(root, i);
        const char *q = json_string_value(json_object_get(item, "question"));
        const char *id = json_string_value(json_object_get(item, "db_id"));
        struct dbslot *sl = q && id ? slot_for(slots, &nslots, 256, dir, id) : NULL;
        if (!sl) {
            skipped++;
            continue;
        }
        struct nl_answer a;
        for (long r = 0; r < reps; r++) {
            struct err e = {0};
            struct question *read = NULL;
            double t0 = clock_ms(); /* reading is timed too: tier 0 once split the text itself */
            if (question_read(q, &read) == 0)
                nl_generate(&sl->s, read, &a, &e);
            else
                memset(&a, 0, sizeof a);
            one[r] = clock_ms() - t0;
            question_free(read);
            if (r + 1 < reps)
                nl_answer_free(&a);
        }
        double g = pct(one, (size_t)reps, 50);
        gen[ngen++] = g;
        if (a.sql && a.confidence >= LIMIT_CONF_DONE) {
            struct db_limits lim = {.timeout_ms = LIMIT_QUERY_TIMEOUT_MS, .row_cap = LIMIT_ROW_CAP};
            long er = reps < 5 ? reps : 5;
            int ok = 1;
            for (long r = 0; r < er && ok; r++) {
                struct db_result res;
                struct db_error de;
                double t0 = clock_ms();
                ok = db_exec(sl->db, a.sql, &lim, &res, &de) == 0;
                one[r] = clock_ms() - t0;
                if (ok)
                    db_result_free(&res);
            }
            if (ok) {
                double x = pct(one, (size_t)er, 50);
                exe[nexe] = x;
                ratio[nexe] = x > 0 ? g / x : 0;
                nexe++;
            }
            answered++;
        }
        nl_answer_free(&a);
    }
    printf("tier 0 on %zu questions (%zu skipped: no database), median of %ld runs each\n", ngen,
           skipped, reps);
    printf("  parse+compose latency: p50 %.4f ms  p99 %.4f ms\n", pct(gen, ngen, 50),
           pct(gen, ngen, 99));
    printf("  answered with confidence >= %.1f: %zu; one SQLite execution of those answers: "
           "p50 %.4f ms  p99 %.4f ms\n",
           LIMIT_CONF_DONE, answered, pct(exe, nexe, 50), pct(exe, nexe, 99));
    printf("  ratio tier-0 time / execution time per answered question: p50 %.2fx  p99 %.2fx\n",
           pct(ratio, nexe, 50), pct(ratio, nexe, 99));
    for (size_t i = 0; i < nslots; i++) {
        schema_free(&slots[i].s);
        db_close(slots[i].db);
    }
    free(slots);
    free(gen);
    free(exe);
    free(ratio);
    free(one);
    json_decref(root);
    return 0;
}
