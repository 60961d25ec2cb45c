/* The statement watchdog (db/sqlite_int.h): armed deadlines in a small table, one thread that
 * sleeps until the earliest and fires it. A statement arms it before running and disarms it
 * after, so the table holds at most one entry per running statement. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "db/sqlite_int.h"
#include "util/clock.h"
#include "util/grow.h"

#include "util/banned.h"

struct watch {
    unsigned long token;
    double deadline_ms;
    void (*fn)(void *);
    void *arg;
};

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static struct watch *watches;
static size_t n_watches, cap_watches;
static unsigned long next_token = 1;
static int started, failed;

static void *watchdog_main(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&mu);
    for (;;) {
        double now = clock_ms(), first = 0;
        for (size_t i = 0; i < n_watches;) {
            if (watches[i].deadline_ms <= now) {
                watches[i].fn(watches[i].arg); /* under the lock: disarm waits for it */
                watches[i] = watches[--n_watches];
                continue;
            }
            if (!first || watches[i].deadline_ms < first)
                first = watches[i].deadline_ms;
            i++;
        }
        if (!first) {
            pthread_cond_wait(&changed, &mu);
            continue;
        }
        /* clock_ms() is CLOCK_MONOTONIC; the condition variable waits on CLOCK_REALTIME, so the
         * wait is relative and short waits are re-checked against the monotonic clock. */
        double wait = first - now;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        long long ns = ts.tv_nsec + (long long)(wait * 1e6) + 1000000LL;
        ts.tv_sec += (time_t)(ns / 1000000000LL);
        ts.tv_nsec = (long)(ns % 1000000000LL);
        pthread_cond_timedwait(&changed, &mu, &ts);
    }
    return NULL;
}

unsigned long db_watchdog_arm(double deadline_ms, void (*fn)(void *), void *arg)
{
    unsigned long token = 0;
    pthread_mutex_lock(&mu);
    if (!started && !failed) {
        pthread_t t;
        pthread_attr_t a;
        failed = pthread_attr_init(&a) != 0;
        if (!failed) {
            pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
            pthread_attr_setstacksize(&a, 64 * 1024);
            failed = pthread_create(&t, &a, watchdog_main, NULL) != 0;
            pthread_attr_destroy(&a);
        }
        started = !failed;
    }
    if (started && grow(&watches, &cap_watches, n_watches, sizeof *watches, 8) == 0) {
        token = next_token++;
        watches[n_watches++] = (struct watch){token, deadline_ms, fn, arg};
        pthread_cond_signal(&changed);
    }
    pthread_mutex_unlock(&mu);
    return token;
}

void db_watchdog_disarm(unsigned long token)
{
    if (!token)
        return;
    pthread_mutex_lock(&mu);
    for (size_t i = 0; i < n_watches; i++) {
        if (watches[i].token == token) {
            watches[i] = watches[--n_watches];
            break;
        }
    }
    pthread_mutex_unlock(&mu);
}
