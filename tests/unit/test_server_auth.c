/* API keys of genbi serve: BLAKE2b hashes are accepted, anything else is refused, failed
 * checks are limited per address, address buckets are never shared between addresses, and the token
 * bucket refuses the request past the burst with a Retry-After. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sodium.h>
#include <stdlib.h>

#include "server/server_int.h"
#include "test.h"
#include "util/limits.h"

#include "util/banned.h"

static void test_hash_and_check(void)
{
    char hex[65];
    CHECK_INT(server_auth_hash_key("alice-secret-key-0123", hex), 0);
    CHECK_INT(strlen(hex), 64);
    char hex2[65];
    CHECK_INT(server_auth_hash_key("bob-secret-key-45678", hex2), 0);
    struct config_api_key keys[] = {{"alice", hex}, {"bob", hex2}};
    struct config_server cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.api_keys = keys;
    cfg.n_api_keys = 2;
    struct server_auth a;
    struct err e = {0};
    CHECK_INT(server_auth_init(&a, &cfg, &e), 0);
    CHECK(server_auth_required(&a));
    CHECK_INT(server_auth_check(&a, "Bearer alice-secret-key-0123"), 0);
    CHECK_INT(server_auth_check(&a, "bearer  alice-secret-key-0123 "), 0);
    CHECK_INT(server_auth_check(&a, "Bearer alice-secret-key-012"), -1);
    CHECK_INT(server_auth_check(&a, "Basic alice-secret-key-0123"), -1);
    CHECK_INT(server_auth_check(&a, NULL), -1);
    CHECK_INT(server_auth_check(&a, "Bearer "), -1);
    CHECK_INT(server_auth_check(&a, "Bearer bob-secret-key-45678"), 1);
    CHECK_INT(server_auth_check(&a, "Bearer bob-secret-key-45679"), -1);
    CHECK_STR(server_auth_key_id(&a, 1), "bob");
    CHECK_STR(server_auth_key_id(&a, -1), "-");
    struct sockaddr_in sin = {.sin_family = AF_INET};
    long retry = 0;
    CHECK_INT(server_auth_failures(&a, (struct sockaddr *)&sin, 0, &retry), 0);
    for (int i = 0; i < (int)LIMIT_AUTH_FAIL_BURST; i++)
        CHECK_INT(server_auth_failures(&a, (struct sockaddr *)&sin, 1, &retry), 0);
    CHECK_INT(server_auth_failures(&a, (struct sockaddr *)&sin, 0, &retry), 1);
    CHECK(retry >= 1);
    sin.sin_addr.s_addr = htonl(0x7f000002); /* another address is not affected */
    CHECK_INT(server_auth_failures(&a, (struct sockaddr *)&sin, 0, &retry), 0);
    server_auth_free(&a);
}

static void test_bad_hash(void)
{
    struct config_api_key keys[] = {{"x", "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA"}};
    struct config_server cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.api_keys = keys;
    cfg.n_api_keys = 1;
    struct server_auth a;
    struct err e = {0};
    CHECK_INT(server_auth_init(&a, &cfg, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "64 hex digits");
    server_auth_free(&a);
}

static void test_bucket(void)
{
    struct config_server cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.rate = 2;
    cfg.burst = 3;
    struct server_auth a;
    struct err e = {0};
    long retry = 0;
    CHECK_INT(server_auth_init(&a, &cfg, &e), 0);
    CHECK(!server_auth_required(&a));
    for (int i = 0; i < 3; i++)
        CHECK_INT(server_auth_take(&a, -1, NULL, &retry), 0);
    CHECK_INT(server_auth_take(&a, -1, NULL, &retry), 1);
    CHECK_INT(retry, 1);
    /* Two addresses that an older fixed table put in one slot keep separate buckets. */
    struct sockaddr_in x = {.sin_family = AF_INET}, y = {.sin_family = AF_INET};
    x.sin_addr.s_addr = htonl(0x7f0003a2); /* 127.0.3.162 */
    y.sin_addr.s_addr = htonl(0x7f000447); /* 127.0.4.71 */
    int ok = 0;
    for (int i = 0; i < 30; i++)
        ok += !server_auth_take(&a, -1, (struct sockaddr *)(i % 2 ? &x : &y), &retry);
    CHECK(ok >= 6 && ok <= 7); /* each burst, plus at most one refilled token */
    server_auth_free(&a);
    cfg.rate = 0; /* off */
    CHECK_INT(server_auth_init(&a, &cfg, &e), 0);
    for (int i = 0; i < 100; i++)
        CHECK_INT(server_auth_take(&a, -1, NULL, &retry), 0);
    server_auth_free(&a);
}

static const struct test_case tests[] = {
    {"hash_and_check", test_hash_and_check},
    {"bad_hash", test_bad_hash},
    {"bucket", test_bucket},
};

TEST_MAIN()
