/* The throughput one SQL query's own execution allows on this machine: N threads, each with its
 * own connection through genbi's database layer (the same read-only open, safety gate, time
 * limit and row cap the service uses), run the query back to back for a fixed time. This is the
 * ceiling for a service answering that query, and bench/bench_server.py divides the service's
 * throughput by it (a baseline measured in the same run, on the same machine).
 *
 * usage: bench_sql --db DSN --sql SQL [--threads N] [--seconds S]
 * Prints one line: "<queries per second> <queries> <threads> <rows in the last result>". */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/limits.h"
#include "db/db.h"
#include "util/clock.h"

#include "util/banned.h"

struct runner {
    pthread_t tid;
    const char *dsn, *sql;
    double until_ms;
    long done;
    size_t rows;
    int failed;
};

static void *run(void *arg)
{
    struct runner *r = arg;
    struct db *db = NULL;
    struct err e = {0};
    struct db_limits lim = {.timeout_ms = LIMIT_QUERY_TIMEOUT_MS, .row_cap = LIMIT_ROW_CAP};
    if (db_open(r->dsn, &db, &e) != 0) {
        fprintf(stderr, "bench_sql: %s\n", e.msg);
        r->failed = 1;
        return NULL;
    }
    while (clock_ms() < r->until_ms) {
        struct db_result res;
        struct db_error de;
        if (db_exec(db, r->sql, &lim, &res, &de) != 0) {
            fprintf(stderr, "bench_sql: %s\n", de.msg);
            r->failed = 1;
            break;
        }
        r->rows = res.n_rows;
        db_result_free(&res);
        r->done++;
    }
    db_close(db);
    return NULL;
}

int main(int argc, char **argv)
{
    const char *dsn = NULL, *sql = NULL;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    double seconds = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--db") == 0)
            dsn = argv[i + 1];
        else if (strcmp(argv[i], "--sql") == 0)
            sql = argv[i + 1];
        else if (strcmp(argv[i], "--threads") == 0)
            threads = strtol(argv[i + 1], NULL, 10);
        else if (strcmp(argv[i], "--seconds") == 0)
            seconds = strtod(argv[i + 1], NULL);
    }
    if (!dsn || !sql || threads < 1 || threads > 256 || seconds <= 0) {
        fprintf(stderr, "usage: bench_sql --db DSN --sql SQL [--threads N] [--seconds S]\n");
        return 2;
    }
    struct runner *rs = calloc((size_t)threads, sizeof *rs);
    if (!rs)
        return 1;
    double t0 = clock_ms();
    long started = 0;
    for (; started < threads; started++) {
        rs[started] = (struct runner){.dsn = dsn, .sql = sql, .until_ms = t0 + seconds * 1e3};
        if (pthread_create(&rs[started].tid, NULL, run, &rs[started]) != 0)
            break;
    }
    long total = 0;
    int failed = started < threads;
    for (long i = 0; i < started; i++) {
        pthread_join(rs[i].tid, NULL);
        total += rs[i].done;
        failed |= rs[i].failed;
    }
    double wall = (clock_ms() - t0) / 1e3;
    printf("%.1f %ld %ld %zu\n", (double)total / wall, total, threads, rs[0].rows);
    free(rs);
    return failed;
}
