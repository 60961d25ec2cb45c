/* The answer caches: the LRU (hits and misses, eviction by count and bytes, TTL, replacement,
 * question normalization, concurrent use), the LRU behind the store interface, Redis URLs, and
 * a Redis store whose server is not there (fails fast, one warning, health says why). */
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "cache/cache.h"
#include "test.h"
#include "util/clock.h"
#include "util/err.h"

#include "util/banned.h"

static void test_get_put(void)
{
    struct cache *c = cache_new(4, 0, 60000);
    size_t len = 0;
    CHECK(c != NULL);
    CHECK(cache_get(c, "a", NULL) == NULL);
    CHECK_INT(cache_put(c, "a", "alpha", 5), 0);
    char *v = cache_get(c, "a", &len);
    CHECK_STR(v, "alpha");
    CHECK_INT(len, 5);
    free(v);
    CHECK_INT(cache_put(c, "a", "again", 5), 0); /* replaces */
    v = cache_get(c, "a", NULL);
    CHECK_STR(v, "again");
    free(v);
    struct cache_stats st;
    cache_get_stats(c, &st);
    CHECK_INT(st.hits, 2);
    CHECK_INT(st.misses, 1);
    CHECK_INT(st.entries, 1);
    cache_free(c);
}

static void test_lru_eviction(void)
{
    struct cache *c = cache_new(3, 0, 60000);
    cache_put(c, "1", "x", 1);
    cache_put(c, "2", "x", 1);
    cache_put(c, "3", "x", 1);
    free(cache_get(c, "1", NULL)); /* 1 is now the most recent; 2 the oldest */
    cache_put(c, "4", "x", 1);
    char *v;
    CHECK((v = cache_get(c, "2", NULL)) == NULL);
    free(v);
    CHECK((v = cache_get(c, "1", NULL)) != NULL);
    free(v);
    CHECK((v = cache_get(c, "3", NULL)) != NULL);
    free(v);
    CHECK((v = cache_get(c, "4", NULL)) != NULL);
    free(v);
    struct cache_stats st;
    cache_get_stats(c, &st);
    CHECK_INT(st.evictions, 1);
    CHECK_INT(st.entries, 3);
    cache_free(c);
}

static void test_byte_cap(void)
{
    char big[1000];
    memset(big, 'b', sizeof big);
    struct cache *c = cache_new(100, 2500, 60000);
    CHECK_INT(cache_put(c, "k1", big, sizeof big), 0);
    CHECK_INT(cache_put(c, "k2", big, sizeof big), 0);
    CHECK_INT(cache_put(c, "k3", big, sizeof big), 0); /* pushes k1 out */
    char *v = cache_get(c, "k1", NULL);
    CHECK(v == NULL);
    free(v);
    struct cache_stats st;
    cache_get_stats(c, &st);
    CHECK(st.bytes <= 2500);
    CHECK_INT(st.entries, 2);
    char huge[3000];
    memset(huge, 'h', sizeof huge);
    CHECK_INT(cache_put(c, "k4", huge, sizeof huge), ERR_LIMIT);
    cache_free(c);
}

static void test_ttl(void)
{
    struct cache *c = cache_new(10, 0, 30);
    cache_put(c, "k", "v", 1);
    char *v = cache_get(c, "k", NULL);
    CHECK(v != NULL);
    free(v);
    struct timespec ts = {0, 60 * 1000000L};
    nanosleep(&ts, NULL);
    CHECK((v = cache_get(c, "k", NULL)) == NULL);
    free(v);
    struct cache_stats st;
    cache_get_stats(c, &st);
    CHECK_INT(st.expirations, 1);
    CHECK_INT(st.entries, 0);
    cache_free(c);
}

static void test_normalize(void)
{
    char *n = cache_normalize_question("  How many   Customers\tare there?? ");
    CHECK_STR(n, "how many customers are there");
    free(n);
    n = cache_normalize_question("Umsatz für Straße!");
    CHECK_STR(n, "umsatz für straße");
    free(n);
    n = cache_normalize_question("");
    CHECK_STR(n, "");
    free(n);
}

static struct cache *shared;

static void *hammer(void *arg)
{
    char key[32];
    long id = (long)arg;
    for (int i = 0; i < 2000; i++) {
        snprintf(key, sizeof key, "k%ld-%d", id, i % 50);
        cache_put(shared, key, key, strlen(key));
        char *v = cache_get(shared, key, NULL);
        free(v);
    }
    return NULL;
}

static void test_threads(void)
{
    pthread_t th[4];
    shared = cache_new(64, 0, 60000);
    for (long i = 0; i < 4; i++)
        pthread_create(&th[i], NULL, hammer, (void *)i);
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    struct cache_stats st;
    cache_get_stats(shared, &st);
    CHECK(st.entries <= 64);
    CHECK_INT(st.puts, 8000);
    CHECK_INT(st.hits + st.misses, 8000);
    cache_free(shared);
}

static void test_lru_store(void)
{
    struct cache_store *st = cache_lru_store_new(2, 0, 60000);
    struct cache_stats cs;
    struct cache_health h;
    struct err e = {0};
    char *v = NULL;
    size_t len = 0;
    CHECK(st != NULL);
    CHECK_STR(cache_store_name(st), "lru");
    CHECK_INT(cache_store_get(st, "q", &v, &len, &e), 1);
    CHECK(v == NULL);
    CHECK_INT(cache_store_put(st, "q", "answer", 6, 0, &e), 0);
    CHECK_INT(cache_store_get(st, "q", &v, &len, &e), 0);
    CHECK_STR(v, "answer");
    CHECK_INT(len, 6);
    free(v);
    cache_store_put(st, "r", "x", 1, 0, &e);
    cache_store_put(st, "s", "y", 1, 0, &e); /* evicts q */
    CHECK_INT(cache_store_get(st, "q", &v, &len, &e), 1);
    cache_store_stats(st, &cs);
    CHECK_INT(cs.hits, 1);
    CHECK_INT(cs.misses, 2);
    CHECK_INT(cs.entries, 2);
    CHECK_INT(cs.evictions, 1);
    cache_store_health(st, &h);
    CHECK_STR(h.store, "lru");
    CHECK_INT(h.up, 1);
    CHECK(!cache_store_is_redis(st));
    CHECK(cache_redis_take(st, "k", 1, 1, &(long){0}, &e) < 0);
    cache_store_free(st);

    st = cache_lru_store_new(10, 100, 60000);
    char big[200];
    memset(big, 'b', sizeof big);
    CHECK_INT(cache_store_put(st, "big", big, sizeof big, 0, &e), ERR_LIMIT);
    /* an entry's own TTL */
    CHECK_INT(cache_store_put(st, "short", "s", 1, 20, &e), 0);
    CHECK_INT(cache_store_put(st, "long", "l", 1, 0, &e), 0);
    struct timespec ts = {0, 50 * 1000000L};
    nanosleep(&ts, NULL);
    CHECK_INT(cache_store_get(st, "short", &v, &len, &e), 1);
    long left = 0;
    CHECK_INT(cache_store_get_ttl(st, "long", &v, &len, &left, &e), 0);
    CHECK(left > 59000 && left <= 60001);
    free(v);
    cache_store_free(st);
    cache_store_free(NULL);
}

static void test_redis_url(void)
{
    struct cache_redis_url u;
    struct err e = {0};
    CHECK_INT(cache_redis_parse_url("redis://127.0.0.1:6390/3", &u, &e), 0);
    CHECK_STR(u.host, "127.0.0.1");
    CHECK_INT(u.port, 6390);
    CHECK_INT(u.db, 3);
    CHECK(u.user == NULL && u.password == NULL);
    cache_redis_url_free(&u);
    CHECK_INT(cache_redis_parse_url("redis://cache.internal", &u, &e), 0);
    CHECK_STR(u.host, "cache.internal");
    CHECK_INT(u.port, 6379);
    CHECK_INT(u.db, 0);
    cache_redis_url_free(&u);
    CHECK_INT(cache_redis_parse_url("redis://:s3cret@h:1/", &u, &e), 0);
    CHECK(u.user == NULL);
    CHECK_STR(u.password, "s3cret");
    cache_redis_url_free(&u);
    CHECK_INT(cache_redis_parse_url("redis://genbi:p@ss@[::1]:7000/2", &u, &e), 0);
    CHECK_STR(u.user, "genbi");
    CHECK_STR(u.password, "p@ss");
    CHECK_STR(u.host, "::1");
    CHECK_INT(u.port, 7000);
    CHECK_INT(u.db, 2);
    cache_redis_url_free(&u);
    static const char *const bad[] = {"http://h:1",      "redis://",       "redis://h:0",
                                      "redis://h:70000", "redis://h:12x",  "redis://h/db",
                                      "redis://[::1",    "redis://h:1/-1", NULL};
    for (int i = 0; bad[i]; i++) {
        CHECK_INT(cache_redis_parse_url(bad[i], &u, &e), ERR_USAGE);
        CHECK(u.host == NULL);
    }
}

static int warnings;
static char last_warning[400];

static void on_warn(void *ud, const char *msg)
{
    (void)ud;
    warnings++;
    snprintf(last_warning, sizeof last_warning, "%s", msg);
}

/* A loopback port with nothing listening: connections are refused at once. */
static int closed_port(void)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t n = sizeof a;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) ||
        getsockname(fd, (struct sockaddr *)&a, &n)) {
        if (fd >= 0)
            close(fd);
        return 1;
    }
    close(fd);
    return ntohs(a.sin_port);
}

static void test_redis_down(void)
{
    char url[64];
    snprintf(url, sizeof url, "redis://127.0.0.1:%d/0", closed_port());
    struct cache_redis_opts o = {.url = url, .ttl_ms = 1000, .max_conns = 2, .warn = on_warn};
    struct cache_store *st = NULL;
    struct err e = {0};
    char *v = NULL;
    size_t len = 0;
    long retry = 0;
    CHECK_INT(cache_redis_open(&o, &st, &e), 0); /* no connection yet: not an error */
    CHECK(cache_store_is_redis(st));
    CHECK_STR(cache_store_name(st), "redis");
    CHECK_INT(warnings, 0);
    CHECK(cache_store_get(st, "q", &v, &len, &e) < 0);
    CHECK(v == NULL);
    CHECK_INT(warnings, 1);
    CHECK(strstr(last_warning, "unreachable") != NULL);
    /* while backing off, calls fail without trying: no second warning, no wait */
    double t0 = clock_ms();
    for (int i = 0; i < 100; i++) {
        CHECK(cache_store_put(st, "q", "a", 1, 0, &e) < 0);
        CHECK(cache_redis_take(st, "k", 1, 5, &retry, &e) < 0);
    }
    CHECK(clock_ms() - t0 < LIMIT_REDIS_BACKOFF_MS);
    CHECK_INT(warnings, 1);
    struct cache_health h;
    cache_store_health(st, &h);
    CHECK_STR(h.store, "redis");
    CHECK_INT(h.up, 0);
    CHECK(strstr(h.error, "refused") != NULL);
    struct cache_stats cs;
    cache_store_stats(st, &cs);
    CHECK(cs.errors >= 200);
    CHECK_INT(cs.hits + cs.misses, 0);
    /* a value over the cap is refused before any network */
    char big[64];
    memset(big, 'x', sizeof big);
    cache_store_free(st);
    o.max_value = 16;
    CHECK_INT(cache_redis_open(&o, &st, &e), 0);
    CHECK_INT(cache_store_put(st, "q", big, sizeof big, 0, &e), ERR_LIMIT);
    cache_store_free(st);
    o.url = "redis://h:0";
    CHECK_INT(cache_redis_open(&o, &st, &e), ERR_USAGE);
    CHECK(st == NULL);
}

static const struct test_case tests[] = {
    {"get_put", test_get_put},       {"lru_eviction", test_lru_eviction},
    {"byte_cap", test_byte_cap},     {"ttl", test_ttl},
    {"normalize", test_normalize},   {"threads", test_threads},
    {"lru_store", test_lru_store},   {"redis_url", test_redis_url},
    {"redis_down", test_redis_down},
};

TEST_MAIN()
