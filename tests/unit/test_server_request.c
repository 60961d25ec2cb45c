/* Unit tests for src/server/request.c: the POST /v1/ask body read apart from libmicrohttpd
 * (server_parse_ask), with the status and error code each refusal gets, in the order a client
 * sees them. */
#include <string.h>

#include "core/config.h"
#include "server/server_int.h"
#include "test.h"

#include "util/banned.h"

static const struct server_db dbs[] = {{.name = "demo"}, {.name = "sales"}};

static struct config cfg;

static int parse(const char *body, struct server_ask *a, struct err *e)
{
    memset(e, 0, sizeof *e);
    return server_parse_ask(body, strlen(body), dbs, 2, &cfg, a, e);
}

static void expect_refusal(const char *body, int status, const char *code, const char *words)
{
    struct server_ask a;
    struct err e;
    CHECK_INT(parse(body, &a, &e), ERR_USAGE);
    CHECK_INT(a.status, status);
    CHECK_STR(a.error, code);
    CHECK_CONTAINS(e.msg, words);
    CHECK(a.root == NULL);
}

static void test_accepts(void)
{
    struct server_ask a;
    struct err e;
    config_init(&cfg);
    CHECK_INT(parse("{\"question\": \"How many customers?\"}", &a, &e), 0);
    CHECK_STR(a.question, "How many customers?");
    CHECK_INT(a.db, 0);
    CHECK_INT(a.opts.no_rules, -1);
    CHECK_INT(a.opts.max_attempts, 0);
    CHECK(a.opts.policy == NULL);
    server_ask_free(&a);
    CHECK_INT(parse("{\"question\": \"q\", \"db\": \"sales\", \"options\": {\"policy\": \"cost\","
                    " \"max_attempts\": 4, \"no_rules\": false}}",
                    &a, &e),
              0);
    CHECK_INT(a.db, 1);
    CHECK_STR(a.opts.policy, "cost");
    CHECK_INT(a.opts.max_attempts, 4);
    CHECK_INT(a.opts.no_rules, 0);
    server_ask_free(&a);
    /* Only len bytes are read: a body is not NUL-terminated. */
    const char *body = "{\"question\": \"x\"}trailing";
    CHECK_INT(server_parse_ask(body, 17, dbs, 2, &cfg, &a, &e), 0);
    server_ask_free(&a);
}

static void test_refusals(void)
{
    config_init(&cfg);
    cfg.server.question_limit = 10;
    expect_refusal("", 400, "empty_body", "JSON object");
    expect_refusal("{\"question\": \"\xc3\x28\"}", 400, "invalid_utf8", "UTF-8");
    expect_refusal("{\"question\": \"x\"", 400, "invalid_json", "line 1");
    expect_refusal("{\"question\": \"a\", \"question\": \"b\"}", 400, "invalid_json", "duplicate");
    expect_refusal("[1]", 400, "invalid_request", "JSON object");
    expect_refusal("{}", 400, "invalid_request", "required");
    expect_refusal("{\"question\": 7}", 400, "invalid_request", "must be a string");
    expect_refusal("{\"question\": \" \\t\\n\"}", 400, "invalid_request", "empty");
    expect_refusal("{\"question\": \"12345678901\"}", 400, "question_too_long", "11 bytes");
    expect_refusal("{\"question\": \"q\", \"db\": 3}", 400, "invalid_request", "\"db\"");
    expect_refusal("{\"question\": \"q\", \"db\": \"nope\"}", 404, "unknown_database",
                   "/v1/databases");
    /* An unknown database is reported before bad options, as before the parse was a function. */
    expect_refusal("{\"question\": \"q\", \"db\": \"nope\", \"options\": []}", 404,
                   "unknown_database", "no database");
    expect_refusal("{\"question\": \"q\", \"options\": []}", 400, "invalid_option", "object");
    expect_refusal("{\"question\": \"q\", \"options\": {\"policy\": \"fast\"}}", 400,
                   "invalid_option", "options.policy");
    expect_refusal("{\"question\": \"q\", \"options\": {\"max_attempts\": 11}}", 400,
                   "invalid_option", "1 to 10");
    expect_refusal("{\"question\": \"q\", \"options\": {\"no_rules\": 1}}", 400, "invalid_option",
                   "true or false");
    expect_refusal("{\"question\": \"q\", \"options\": {\"no_rules\": true}}", 400,
                   "invalid_option", "needs a model tier");
    expect_refusal("{\"question\": \"q\", \"options\": {\"colour\": 1}}", 400, "invalid_option",
                   "unknown option \"colour\"");
    cfg.n_tiers = 1;
    struct server_ask a;
    struct err e;
    CHECK_INT(parse("{\"question\": \"q\", \"options\": {\"no_rules\": true}}", &a, &e), 0);
    CHECK_INT(a.opts.no_rules, 1);
    server_ask_free(&a);
    cfg.n_tiers = 0;
}

static void test_no_databases(void)
{
    struct server_ask a;
    struct err e;
    config_init(&cfg);
    CHECK_INT(server_parse_ask("{\"question\": \"q\"}", 17, NULL, 0, &cfg, &a, &e), ERR_USAGE);
    CHECK_INT(a.status, 404);
    CHECK_INT(server_find_db(dbs, 2, "sales"), 1);
    CHECK_INT(server_find_db(dbs, 2, NULL), 0);
    CHECK_INT(server_find_db(dbs, 2, "Sales"), -1);
}

static const struct test_case tests[] = {
    {"accepts", test_accepts},
    {"refusals", test_refusals},
    {"no_databases", test_no_databases},
};

TEST_MAIN()
