/* Unit tests for src/core/config.c read from memory (config_load_buffer): values applied over
 * the defaults, refusals that name the key, and numbers too large for their setting (found by
 * tests/fuzz/fuzz_config.c: converting them was undefined behaviour). */
#include <string.h>

#include "core/config.h"
#include "test.h"

#include "util/banned.h"

static int load(const char *text, struct config *c, struct err *e)
{
    config_init(c);
    memset(e, 0, sizeof *e);
    return config_load_buffer(c, text, strlen(text), "mem.json", e);
}

static void test_buffer_applies(void)
{
    struct config c;
    struct err e;
    const char *text = "{\"max_attempts\": 2, \"row_cap\": 50, \"policy\": \"cost\","
                       " \"databases\": {\"demo\": \"sqlite:x.db\"},"
                       " \"server\": {\"workers\": 3, \"cache\": {\"ttl_s\": 2}}}";
    CHECK_INT(load(text, &c, &e), 0);
    CHECK_INT(c.max_attempts, 2);
    CHECK_INT(c.row_cap, 50);
    CHECK_INT(c.n_databases, 1);
    CHECK_STR(c.databases[0].name, "demo");
    CHECK_INT(c.server.workers, 3);
    CHECK_INT(c.server.cache_ttl_ms, 2000);
    CHECK_INT(config_validate(&c, &e), 0);
    config_free(&c);
}

static void test_server_cache_redis(void)
{
    struct config c;
    struct err e;
    CHECK_INT(load("{\"server\": {}}", &c, &e), 0);
    CHECK(c.server.cache_redis == NULL);
    CHECK_INT(c.server.cache_sql_ttl_ms, LIMIT_CACHE_SQL_TTL_MS);
    CHECK_INT(c.server.redis_timeout_ms, LIMIT_REDIS_COMMAND_MS);
    CHECK_INT(c.server.redis_connect_ms, LIMIT_REDIS_CONNECT_MS);
    config_free(&c);
    CHECK_INT(load("{\"server\": {\"cache\": {\"redis\": \"redis://10.0.0.5:6379/1\","
                   " \"sql_ttl_s\": 0, \"redis_timeout_ms\": 50,"
                   " \"redis_connect_timeout_ms\": 150}}}",
                   &c, &e),
              0);
    CHECK_STR(c.server.cache_redis, "redis://10.0.0.5:6379/1");
    CHECK_INT(c.server.cache_sql_ttl_ms, 0);
    CHECK_INT(c.server.redis_timeout_ms, 50);
    CHECK_INT(c.server.redis_connect_ms, 150);
    CHECK_INT(config_validate_server(&c, &e), 0);
    config_free(&c);
    CHECK_INT(load("{\"server\": {\"cache\": {\"redis_timeout_ms\": 0}}}", &c, &e), 0);
    CHECK_INT(config_validate_server(&c, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "redis_timeout_ms");
    config_free(&c);
    CHECK_INT(load("{\"server\": {\"cache\": {\"redis\": 6379}}}", &c, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "redis");
    config_free(&c);
}

static void test_buffer_refusals(void)
{
    struct config c;
    struct err e;
    CHECK_INT(load("{\"max_attempts\": 3,}", &c, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "mem.json");
    CHECK_CONTAINS(e.msg, "line 1");
    config_free(&c);
    CHECK_INT(load("{\"nope\": 1}", &c, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "unknown key \"nope\"");
    config_free(&c);
    /* A buffer is not NUL-terminated: only len bytes are read. */
    config_init(&c);
    CHECK_INT(config_load_buffer(&c, "{\"row_cap\": 7}garbage", 14, "mem.json", &e), 0);
    CHECK_INT(c.row_cap, 7);
    config_free(&c);
}

/* The currency of money in answers: an ISO 4217 code, nothing else. */
static void test_currency(void)
{
    struct config c;
    struct err e;
    CHECK_INT(load("{}", &c, &e), 0);
    CHECK(c.currency == NULL); /* USD */
    config_free(&c);
    CHECK_INT(load("{\"currency\": \"EUR\"}", &c, &e), 0);
    CHECK_STR(c.currency, "EUR");
    config_free(&c);
    static const char *const bad[] = {"{\"currency\": \"eur\"}", "{\"currency\": \"EURO\"}",
                                      "{\"currency\": \"$\"}", "{\"currency\": 978}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT(load(bad[i], &c, &e), ERR_USAGE);
        CHECK_CONTAINS(e.msg, "currency");
        config_free(&c);
    }
}

/* Each of these converted a double outside the range of an int or a long. */
static void test_out_of_range_numbers(void)
{
    static const struct {
        const char *text, *key;
    } cases[] = {
        {"{\"row_cap\": -1e30}", "row_cap"},
        {"{\"max_attempts\": 1e300}", "max_attempts"},
        {"{\"max_tables\": 2147483648}", "max_tables"},
        {"{\"query_timeout_ms\": 9223372036854775808.0}", "query_timeout_ms"},
        {"{\"server\": {\"workers\": -3e9}}", "workers"},
        {"{\"server\": {\"cache\": {\"ttl_s\": 1e16}}}", "ttl_s"},
        {"{\"tiers\": [{\"protocol\": \"ollama\", \"url\": \"http://127.0.0.1:11434\","
         " \"model\": \"m\", \"timeout_ms\": 1e19}]}",
         "timeout_ms"},
        {"{\"tiers\": [{\"protocol\": \"ollama\", \"url\": \"http://127.0.0.1:11434\","
         " \"model\": \"m\", \"retries\": 5e9}]}",
         "retries"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct config c;
        struct err e;
        CHECK_INT(load(cases[i].text, &c, &e), ERR_USAGE);
        CHECK_CONTAINS(e.msg, cases[i].key);
        CHECK_CONTAINS(e.msg, "out of range");
        config_free(&c);
    }
    /* The largest values that fit still load (and are then judged by validation). */
    struct config c;
    struct err e;
    CHECK_INT(load("{\"max_tables\": 2147483647, \"row_cap\": 1e18}", &c, &e), 0);
    CHECK_INT(c.max_tables, 2147483647);
    CHECK_INT(c.row_cap, 1000000000000000000L);
    config_free(&c);
}

static const struct test_case tests[] = {
    {"server_cache_redis", test_server_cache_redis},
    {"buffer_applies", test_buffer_applies},
    {"buffer_refusals", test_buffer_refusals},
    {"out_of_range_numbers", test_out_of_range_numbers},
    {"currency", test_currency},
};

TEST_MAIN()
