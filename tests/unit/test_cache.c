/* The LRU answer cache: hits and misses, LRU eviction by count and bytes, TTL, replacement,
 * question normalization, and concurrent use. */
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "cache/cache.h"
#include "test.h"
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

static const struct test_case tests[] = {
    {"get_put", test_get_put}, {"lru_eviction", test_lru_eviction}, {"byte_cap", test_byte_cap},
    {"ttl", test_ttl},         {"normalize", test_normalize},       {"threads", test_threads},
};

TEST_MAIN()
