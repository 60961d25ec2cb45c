/* db/pool.c with fake connections (no server): the minimum opened at get, the maximum never
 * exceeded by eight threads, a waiting borrower timing out, a broken connection replaced, one
 * pool per key, the last put closing everything (the ASan build catches leaks); and the DSN
 * options genbi takes for itself (db_dsn_take_option / db_dsn_take_long). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "db/pool.h"
#include "test.h"

struct fake_conn {
    int alive;
    int id;
};

static atomic_int opened, closed, busy_now, busy_max;
static int fail_connect;

static int fake_connect(const char *conninfo, void **conn, struct err *e)
{
    if (fail_connect)
        return err_set(e, ERR_DB, "cannot connect to %s", conninfo);
    struct fake_conn *c = calloc(1, sizeof *c);
    if (!c)
        return err_set(e, ERR_NOMEM, "out of memory");
    c->alive = 1;
    c->id = atomic_fetch_add(&opened, 1) + 1;
    *conn = c;
    return 0;
}

static void fake_disconnect(void *conn)
{
    atomic_fetch_add(&closed, 1);
    free(conn);
}

static int fake_alive(void *conn)
{
    return ((struct fake_conn *)conn)->alive;
}

static const struct db_pool_ops ops = {fake_connect, fake_disconnect, fake_alive};

static void reset(void)
{
    opened = closed = busy_now = busy_max = 0;
    fail_connect = 0;
}

static void test_min_opened_at_get(void)
{
    struct db_pool *p = NULL;
    struct db_pool_stats st;
    struct err e = {0};
    reset();
    CHECK_INT(db_pool_get("k-min", "fake", &ops, 2, 5, &p, &e), 0);
    CHECK_INT(opened, 2);
    db_pool_get_stats(p, &st);
    CHECK_INT(st.open, 2);
    CHECK_INT(st.busy, 0);
    db_pool_put(p);
    CHECK_INT(closed, 2);
    /* Sizes out of order, and a server that cannot be reached, are errors with a reason. */
    CHECK_INT(db_pool_get("k-bad", "fake", &ops, 3, 2, &p, &e), ERR_USAGE);
    CHECK(p == NULL);
    fail_connect = 1;
    CHECK_INT(db_pool_get("k-down", "fake", &ops, 1, 2, &p, &e), ERR_DB);
    CHECK_CONTAINS(e.msg, "cannot connect");
    CHECK(p == NULL);
}

struct worker_arg {
    struct db_pool *p;
    int errors;
};

static void *worker(void *arg)
{
    struct worker_arg *w = arg;
    for (int i = 0; i < 200; i++) {
        void *c = NULL;
        struct err e = {0};
        if (db_pool_acquire(w->p, 10000, &c, &e)) {
            w->errors++;
            continue;
        }
        int now = atomic_fetch_add(&busy_now, 1) + 1;
        int seen = atomic_load(&busy_max);
        while (now > seen && !atomic_compare_exchange_weak(&busy_max, &seen, now))
            ;
        usleep(50);
        atomic_fetch_sub(&busy_now, 1);
        db_pool_release(w->p, c, i % 50 == 49); /* now and then one breaks */
    }
    return NULL;
}

static void test_max_under_threads(void)
{
    struct db_pool *p = NULL;
    struct db_pool_stats st;
    struct err e = {0};
    pthread_t th[8];
    struct worker_arg args[8];
    reset();
    CHECK_INT(db_pool_get("k-max", "fake", &ops, 1, 3, &p, &e), 0);
    for (int i = 0; i < 8; i++) {
        args[i] = (struct worker_arg){p, 0};
        CHECK_INT(pthread_create(&th[i], NULL, worker, &args[i]), 0);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(args[i].errors, 0);
    }
    CHECK(busy_max <= 3);
    CHECK(busy_max >= 2); /* eight threads did share it */
    db_pool_get_stats(p, &st);
    CHECK(st.open <= 3);
    CHECK_INT(st.busy, 0);
    CHECK(st.waits > 0);
    CHECK_INT(st.dropped, 8 * 4); /* every broken release was closed */
    CHECK_INT((long)st.created, opened);
    db_pool_put(p);
    CHECK_INT(closed, opened);
}

static void test_wait_times_out(void)
{
    struct db_pool *p = NULL;
    struct db_pool_stats st;
    struct err e = {0};
    void *a = NULL, *b = NULL;
    reset();
    CHECK_INT(db_pool_get("k-wait", "fake", &ops, 1, 1, &p, &e), 0);
    CHECK_INT(db_pool_acquire(p, 100, &a, &e), 0);
    CHECK_INT(db_pool_acquire(p, 50, &b, &e), ERR_TIMEOUT);
    CHECK(b == NULL);
    CHECK_CONTAINS(e.msg, "no free database connection");
    db_pool_get_stats(p, &st);
    CHECK_INT(st.timeouts, 1);
    db_pool_release(p, a, 0);
    CHECK_INT(db_pool_acquire(p, 50, &b, &e), 0);
    CHECK(a == b); /* the one given back is borrowed again */
    db_pool_release(p, b, 0);
    db_pool_put(p);
    CHECK_INT(closed, 1);
}

static void test_broken_is_replaced(void)
{
    struct db_pool *p = NULL;
    struct err e = {0};
    void *a = NULL, *b = NULL;
    reset();
    CHECK_INT(db_pool_get("k-broken", "fake", &ops, 1, 1, &p, &e), 0);
    CHECK_INT(db_pool_acquire(p, 100, &a, &e), 0);
    int first = ((struct fake_conn *)a)->id;
    db_pool_release(p, a, 1);
    CHECK_INT(closed, 1);
    CHECK_INT(db_pool_acquire(p, 100, &b, &e), 0);
    CHECK(((struct fake_conn *)b)->id != first);
    /* One that died while idle (a server restart) is dropped when next borrowed. */
    ((struct fake_conn *)b)->alive = 0;
    db_pool_release(p, b, 0);
    CHECK_INT(db_pool_acquire(p, 100, &a, &e), 0);
    CHECK_INT(((struct fake_conn *)a)->alive, 1);
    CHECK_INT(opened, 3);
    CHECK_INT(closed, 2);
    /* While the server is down, borrowing fails with its reason instead of waiting. */
    db_pool_release(p, a, 1);
    fail_connect = 1;
    CHECK_INT(db_pool_acquire(p, 100, &a, &e), ERR_DB);
    fail_connect = 0;
    CHECK_INT(db_pool_acquire(p, 100, &a, &e), 0);
    db_pool_release(p, a, 0);
    db_pool_put(p);
    CHECK_INT(closed, opened);
}

static void test_same_key_shares(void)
{
    struct db_pool *p = NULL, *q = NULL, *r = NULL;
    struct err e = {0};
    reset();
    CHECK_INT(db_pool_get("k-share", "fake", &ops, 2, 4, &p, &e), 0);
    CHECK_INT(db_pool_get("k-share", "fake", &ops, 2, 4, &q, &e), 0);
    CHECK_INT(db_pool_get("k-other", "fake", &ops, 1, 4, &r, &e), 0);
    CHECK(p == q);
    CHECK(p != r);
    CHECK_INT(opened, 3);
    db_pool_put(p);
    CHECK_INT(closed, 0); /* q still holds it */
    db_pool_put(q);
    CHECK_INT(closed, 2);
    db_pool_put(r);
    CHECK_INT(closed, 3);
    /* A key given back entirely is made afresh. */
    CHECK_INT(db_pool_get("k-share", "fake", &ops, 1, 4, &p, &e), 0);
    CHECK_INT(opened, 4);
    db_pool_put(p);
}

static void test_dsn_options(void)
{
    struct err e = {0};
    char v[16];
    long n = 7;
    char a[] = "postgresql://u@h/db?sslmode=disable&schema=sales&pool_max=8";
    CHECK_INT(db_dsn_take_option(a, "schema", v, sizeof v, &e), 1);
    CHECK_STR(v, "sales");
    CHECK_STR(a, "postgresql://u@h/db?sslmode=disable&pool_max=8");
    CHECK_INT(db_dsn_take_long(a, "pool_max", 1, 100, &n, &e), 1);
    CHECK_INT(n, 8);
    CHECK_STR(a, "postgresql://u@h/db?sslmode=disable");
    CHECK_INT(db_dsn_take_option(a, "schema", v, sizeof v, &e), 0);
    char b[] = "postgresql://h/db?schema=a%20b%2Bc&x=1";
    CHECK_INT(db_dsn_take_option(b, "schema", v, sizeof v, &e), 1);
    CHECK_STR(v, "a b+c");
    CHECK_STR(b, "postgresql://h/db?x=1");
    char c[] = "postgresql://h/db?schema=only";
    CHECK_INT(db_dsn_take_option(c, "schema", v, sizeof v, &e), 1);
    CHECK_STR(c, "postgresql://h/db");
    char d[] = "postgresql://h/db?myschema=x&schema=y";
    CHECK_INT(db_dsn_take_option(d, "schema", v, sizeof v, &e), 1);
    CHECK_STR(v, "y");
    CHECK_STR(d, "postgresql://h/db?myschema=x");
    char f[] = "postgresql://h/db?schema=abcdefghijklmnopqrstuvwxyz";
    CHECK_INT(db_dsn_take_option(f, "schema", v, sizeof v, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "too long");
    char g[] = "postgresql://h/db?pool_max=0";
    n = 7;
    CHECK_INT(db_dsn_take_long(g, "pool_max", 1, 100, &n, &e), ERR_USAGE);
    CHECK_INT(n, 7);
    char h[] = "postgresql://h/db";
    CHECK_INT(db_dsn_take_long(h, "pool_max", 1, 100, &n, &e), 0);
    CHECK_INT(n, 7);
}

static void test_pg_open_unreachable(void)
{
    /* A PostgreSQL DSN with nothing listening fails at open, with libpq's reason. */
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open("postgresql://genbi@127.0.0.1:1/x?connect_timeout=2", &db, &e), ERR_DB);
    CHECK(db == NULL);
    CHECK_CONTAINS(e.msg, "cannot connect to PostgreSQL");
    CHECK_INT(db_open("postgres://127.0.0.1:1/x?pool_max=0", &db, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "pool_max");
}

static const struct test_case tests[] = {
    {"min_opened_at_get", test_min_opened_at_get},
    {"max_under_threads", test_max_under_threads},
    {"wait_times_out", test_wait_times_out},
    {"broken_is_replaced", test_broken_is_replaced},
    {"same_key_shares", test_same_key_shares},
    {"dsn_options", test_dsn_options},
    {"pg_open_unreachable", test_pg_open_unreachable},
};

TEST_MAIN()
