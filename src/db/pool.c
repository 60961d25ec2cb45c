/* Connection pools shared by the threads of a process, one per key (db/pool.h). Connections are
 * opened outside the lock, so a slow or unreachable server stalls only the borrower that opens
 * one, never the threads giving connections back. */
#include "db/pool.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/banned.h"

struct db_pool {
    struct db_pool *next; /* in the registry */
    char *key, *conninfo;
    const struct db_pool_ops *ops;
    int refs;
    pthread_mutex_t mu;
    pthread_cond_t freed;
    void **idle; /* max slots; the last given back is borrowed first */
    int n_idle;
    struct db_pool_stats st;
};

static pthread_mutex_t registry_mu = PTHREAD_MUTEX_INITIALIZER;
static struct db_pool *registry;

static void pool_destroy(struct db_pool *p)
{
    for (int i = 0; i < p->n_idle; i++)
        p->ops->disconnect(p->idle[i]);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->freed);
    free(p->idle);
    free(p->key);
    free(p->conninfo);
    free(p);
}

static struct db_pool *pool_new(const char *key, const char *conninfo,
                                const struct db_pool_ops *ops, int min, int max)
{
    struct db_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    pthread_condattr_t ca;
    int cond_ok = pthread_condattr_init(&ca) == 0;
    if (cond_ok) {
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        cond_ok = pthread_cond_init(&p->freed, &ca) == 0;
        pthread_condattr_destroy(&ca);
    }
    if (!cond_ok || pthread_mutex_init(&p->mu, NULL) != 0) {
        if (cond_ok)
            pthread_cond_destroy(&p->freed);
        free(p);
        return NULL;
    }
    p->key = strdup(key);
    p->conninfo = strdup(conninfo);
    p->idle = calloc((size_t)max, sizeof *p->idle);
    p->ops = ops;
    p->refs = 1;
    p->st.min = min;
    p->st.max = max;
    if (!p->key || !p->conninfo || !p->idle) {
        pool_destroy(p);
        return NULL;
    }
    return p;
}

int db_pool_get(const char *key, const char *conninfo, const struct db_pool_ops *ops, int min,
                int max, struct db_pool **out, struct err *e)
{
    *out = NULL;
    if (min < 1 || max < min)
        return err_set(e, ERR_USAGE, "pool sizes need 1 <= pool_min <= pool_max (got %d, %d)",
                       min, max);
    pthread_mutex_lock(&registry_mu);
    for (struct db_pool *p = registry; p; p = p->next) {
        if (strcmp(p->key, key) == 0) {
            p->refs++;
            pthread_mutex_unlock(&registry_mu);
            *out = p;
            return 0;
        }
    }
    /* Made under the registry lock, so two threads opening the same DSN at once make one pool;
     * only first opens of a database wait here. */
    struct db_pool *p = pool_new(key, conninfo, ops, min, max);
    int rc = p ? 0 : err_set(e, ERR_NOMEM, "out of memory");
    while (!rc && p->n_idle < min) {
        void *c = NULL;
        if ((rc = ops->connect(conninfo, &c, e)))
            break;
        p->idle[p->n_idle++] = c;
        p->st.open++;
        p->st.created++;
    }
    if (rc) {
        if (p)
            pool_destroy(p);
        pthread_mutex_unlock(&registry_mu);
        return rc;
    }
    p->next = registry;
    registry = p;
    pthread_mutex_unlock(&registry_mu);
    *out = p;
    return 0;
}

void db_pool_put(struct db_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&registry_mu);
    if (--p->refs > 0) {
        pthread_mutex_unlock(&registry_mu);
        return;
    }
    for (struct db_pool **pp = &registry; *pp; pp = &(*pp)->next) {
        if (*pp == p) {
            *pp = p->next;
            break;
        }
    }
    pthread_mutex_unlock(&registry_mu);
    pool_destroy(p);
}

static void deadline_after(struct timespec *ts, long ms)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_sec += ms / 1000;
    ts->tv_nsec += (ms % 1000) * 1000000L;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

int db_pool_acquire(struct db_pool *p, long wait_ms, void **conn, struct err *e)
{
    struct timespec deadline;
    int waited = 0;
    *conn = NULL;
    deadline_after(&deadline, wait_ms > 0 ? wait_ms : 0);
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->n_idle > 0) {
            void *c = p->idle[--p->n_idle];
            if (p->ops->alive(c)) {
                p->st.busy++;
                pthread_mutex_unlock(&p->mu);
                *conn = c;
                return 0;
            }
            /* Broken while idle (a server restart): close it and look again. */
            p->st.open--;
            p->st.dropped++;
            pthread_mutex_unlock(&p->mu);
            p->ops->disconnect(c);
            pthread_mutex_lock(&p->mu);
        }
        if (p->st.open < p->st.max) {
            p->st.open++;
            p->st.busy++;
            pthread_mutex_unlock(&p->mu);
            void *c = NULL;
            int rc = p->ops->connect(p->conninfo, &c, e);
            pthread_mutex_lock(&p->mu);
            if (rc) {
                p->st.open--;
                p->st.busy--;
                pthread_cond_signal(&p->freed);
                pthread_mutex_unlock(&p->mu);
                return rc;
            }
            p->st.created++;
            pthread_mutex_unlock(&p->mu);
            *conn = c;
            return 0;
        }
        if (!waited) {
            p->st.waits++;
            waited = 1;
        }
        if (pthread_cond_timedwait(&p->freed, &p->mu, &deadline) == ETIMEDOUT) {
            p->st.timeouts++;
            pthread_mutex_unlock(&p->mu);
            return err_set(e, ERR_TIMEOUT,
                           "no free database connection within %ld ms (all %d in use)", wait_ms,
                           p->st.max);
        }
    }
}

void db_pool_release(struct db_pool *p, void *conn, int broken)
{
    if (!conn)
        return;
    pthread_mutex_lock(&p->mu);
    p->st.busy--;
    if (broken || p->n_idle >= p->st.max) {
        p->st.open--;
        if (broken)
            p->st.dropped++;
        pthread_cond_signal(&p->freed);
        pthread_mutex_unlock(&p->mu);
        p->ops->disconnect(conn);
        return;
    }
    p->idle[p->n_idle++] = conn;
    pthread_cond_signal(&p->freed);
    pthread_mutex_unlock(&p->mu);
}

void db_pool_get_stats(struct db_pool *p, struct db_pool_stats *out)
{
    pthread_mutex_lock(&p->mu);
    *out = p->st;
    pthread_mutex_unlock(&p->mu);
}
