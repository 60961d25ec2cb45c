/* Unit tests for src/llm: SQL extraction from model text, tier parsing, both providers' request
 * bodies and answer parsing (plain, NDJSON, SSE, malformed), token/cost accounting, prompts, and
 * the HTTP transport against an unreachable port and a tiny in-process HTTP server (retries,
 * Retry-After, no retry on 4xx, timeout, size cap, URL paths, Authorization). */
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "llm/llm.h"
#include "test.h"

#include "util/banned.h"

/* ---------------------------------------------------------------------------------------------
 * Extraction
 * ------------------------------------------------------------------------------------------- */

struct ex_case {
    const char *in;
    const char *want; /* NULL: no SQL */
    int dropped_write;
};

static const struct ex_case ex_cases[] = {
    /* fences */
    {"```sql\nSELECT a FROM t;\n```", "SELECT a FROM t", 0},
    {"```\nSELECT 1\n```", "SELECT 1", 0},
    {"```SQL\nselect x from y\n```\n", "select x from y", 0},
    {"```postgresql\nSELECT x::text FROM t\n```", "SELECT x::text FROM t", 0},
    {"```SELECT 1```", "SELECT 1", 0},
    {"Sure! Here's the SQL you need:\n```sql\n-- top customers\nSELECT name FROM c ORDER BY "
     "total DESC LIMIT 5;\n```\nExplanation: it sorts by total.",
     "SELECT name FROM c ORDER BY total DESC LIMIT 5", 0},
    {"```text\nname | total\n```\n```sql\nSELECT name, total FROM c\n```",
     "SELECT name, total "
     "FROM c",
     0},
    {"```sql\nSELECT 1;\n```\nOr, to clean up first:\n```sql\nDROP TABLE t;\n```", "SELECT 1", 1},
    {"```sql\nSELECT 2\n", "SELECT 2", 0},             /* unclosed fence */
    {"Answer:\n```sql\n```\nSELECT 5", "SELECT 5", 0}, /* empty fence */
    /* prose before and after, labels */
    {"Here is the query:\n\nSELECT name FROM customers\n\nThis query lists every customer.",
     "SELECT name FROM customers", 0},
    {"SQL: SELECT COUNT(*) FROM orders", "SELECT COUNT(*) FROM orders", 0},
    {"Query:\nSELECT 1;", "SELECT 1", 0},
    {"**SQL:** SELECT 7", "SELECT 7", 0},
    {"SELECT a FROM t\nNote: adjust the limit.", "SELECT a FROM t", 0},
    {"SELECT a\nFROM t\n\nThe result is sorted by a.", "SELECT a\nFROM t", 0},
    {"SELECT a FROM t\nThis query returns a.", "SELECT a FROM t", 0},
    {"Select the customers table first.\nSELECT * FROM customers", "SELECT * FROM customers", 0},
    {"With this query you get totals:\nSELECT SUM(x) FROM t", "SELECT SUM(x) FROM t", 0},
    {"Update: here is the fixed query\nSELECT 1", "SELECT 1", 0},
    {"To answer, I will select the right table.\nSELECT id FROM t", "SELECT id FROM t", 0},
    /* statements, strings, comments */
    {"SELECT * FROM t; DROP TABLE x;", "SELECT * FROM t", 1},
    {"SELECT * FROM t;\n\nDROP TABLE x;", "SELECT * FROM t", 1},
    {"SELECT * FROM t; SELECT 2;", "SELECT * FROM t", 0},
    /* a look around before the answer is not the answer; a write first stays first */
    {"SELECT * FROM t LIMIT 1; SELECT a FROM t WHERE b = 8;", "SELECT a FROM t WHERE b = 8", 0},
    {"PRAGMA table_info(t); SELECT a FROM t;", "SELECT a FROM t", 0},
    {"SELECT * FROM t LIMIT 1; SELECT * FROM u LIMIT 2;", "SELECT * FROM t LIMIT 1", 0},
    /* a count of the rows first is a probe too; alone it is the answer */
    {"SELECT COUNT(*) FROM t; SELECT a, b FROM t ORDER BY b DESC LIMIT 5;",
     "SELECT a, b FROM t ORDER BY b DESC LIMIT 5", 0},
    {"SELECT count( * ) FROM t;", "SELECT count( * ) FROM t", 0},
    {"SELECT COUNT(*) FROM t WHERE a = 1; SELECT b FROM t;", "SELECT COUNT(*) FROM t WHERE a = 1",
     0},
    {"SELECT * FROM t LIMIT 100; SELECT 2;", "SELECT * FROM t LIMIT 100", 0},
    {"DELETE FROM t; SELECT a FROM t;", "DELETE FROM t", 0},
    {"PRAGMA writable_schema = 1; SELECT a FROM t;", "PRAGMA writable_schema = 1", 0},
    {"SELECT 'a;b' AS s FROM t", "SELECT 'a;b' AS s FROM t", 0},
    {"SELECT a FROM t WHERE b = 'it''s; ok'; delete from t",
     "SELECT a FROM t WHERE b = 'it''s; ok'", 1},
    {"SELECT \"x;y\" FROM t; DELETE FROM t", "SELECT \"x;y\" FROM t", 1},
    {"SELECT `a;b` FROM t; UPDATE t SET x = 1", "SELECT `a;b` FROM t", 1},
    {"SELECT 1 -- a; comment\n, 2 FROM t", "SELECT 1 -- a; comment\n, 2 FROM t", 0},
    {"SELECT /* ; */ 1", "SELECT /* ; */ 1", 0},
    {"SELECT 1; -- DROP TABLE x", "SELECT 1", 0},
    {"SELECT 1; /* c */ DROP TABLE x", "SELECT 1", 1},
    {"SELECT 1 -- done", "SELECT 1", 0},
    {";;  SELECT 3 ;", "SELECT 3", 0},
    {"SELECT 1; Set the limit as needed.", "SELECT 1", 0},
    {"SELECT 1; EXPLAIN ANALYZE DELETE FROM t", "SELECT 1", 1},
    {"SELECT 'line1\n\nThis is text' AS s FROM t", "SELECT 'line1\n\nThis is text' AS s FROM t", 0},
    /* WITH, lower case, writes, nothing */
    {"WITH r AS (SELECT 1 AS x) SELECT x FROM r;", "WITH r AS (SELECT 1 AS x) SELECT x FROM r", 0},
    {"WITH a AS (\n  SELECT 1 AS x\n),\n\nb AS (SELECT x FROM a)\n\nSELECT * FROM b",
     "WITH a AS (\n  SELECT 1 AS x\n),\n\nb AS (SELECT x FROM a)\n\nSELECT * FROM b", 0},
    {"with recursive n(i) as (select 1) select i from n",
     "with recursive n(i) as (select 1) "
     "select i from n",
     0},
    {"select name from customers where id = 3", "select name from customers where id = 3", 0},
    {"select a from t", "select a from t", 0},
    {"select 1", "select 1", 0},
    {"DELETE FROM t", "DELETE FROM t", 0},
    {"Here you go:\nDROP TABLE users;", "DROP TABLE users", 0},
    {"I don't know.", NULL, 0},
    {"Select the rows you need and delete them.", NULL, 0},
    {"", NULL, 0},
    /* reasoning and JSON answers */
    {"<think>Maybe DELETE FROM t? No.</think>\n```sql\nSELECT 2\n```", "SELECT 2", 0},
    {"{\"sql\": \"SELECT 3;\"}", "SELECT 3", 0},
    {"<think>\n```sql\nSELECT 1\n```\n</think>\n<think>again</think>The answer: SELECT 4",
     "SELECT 4", 0},
    {"SELECT 5 FROM t\n<think>No wait, maybe\n```sql\nSELECT 6 FROM t\n```", "SELECT 5 FROM t",
     0}, /* cut off while thinking again: the unfinished block is not the answer */
    {"<think>The user wants\n```sql\nSELECT 7\n```", NULL, 0}, /* never stopped thinking */
    {"<thinking>SELECT 1</thinking>\nSELECT 8", "SELECT 8", 0},
    {"</think>\n\nSELECT 9", "SELECT 9", 0}, /* the template opened the block in the prompt */
    /* self-correcting answers: the last complete block is the answer */
    {"Draft:\n```sql\nSELECT 1\n```\nActually:\n```sql\nSELECT count(*) FROM c WHERE k = 'x'\n"
     "```\n",
     "SELECT count(*) FROM c WHERE k = 'x'", 0},
    {"```\nSELECT 1\n```\nBetter:\n```\nSELECT a FROM t\n```", "SELECT a FROM t", 0},
    {"```sql\nSELECT a FROM t\n```\nOutput:\n```\n| a |\n|---|\n| 1 |\n```", "SELECT a FROM t", 0},
    {"```sql\nSELECT 1\n```\nactually:\n```\nSELECT 2\n```", "SELECT 1", 0}, /* tagged first */
    {"```sql\nSELECT 1\n```\nactually:\n```sql\nSELECT 2 FROM t WHE", "SELECT 1", 0},
    {"```sql\nSELECT 1\n```\nthen:\n```sql\nDELETE FROM t\n```\n", "SELECT 1", 1},
    {"```sql\nDELETE FROM t\n```\nor:\n```sql\nSELECT 1\n```\n", "SELECT 1", 1},
    {"```sql\nDROP TABLE t\n```", "DROP TABLE t", 0}, /* reaches the gate, refused there */
    /* inline code spans */
    {"You can use `SELECT count(*) FROM c WHERE k = 'x'` to get it.",
     "SELECT count(*) FROM c WHERE k = 'x'", 0},
    {"The table `c` has it: `SELECT 1` no, rather `SELECT n FROM c`.", "SELECT n FROM c", 0},
    {"Run ``SELECT `a b` FROM t`` and see.", "SELECT `a b` FROM t", 0},
    {"Do not use `DELETE`; use `SELECT id FROM t`.", "SELECT id FROM t", 0},
    {"Use `SELECT id FROM t`, or `DELETE FROM t` to clean up.", "SELECT id FROM t", 1},
    {"Column `name` of table `customers` holds it.", NULL, 0},
    {"An unmatched `` run, then `SELECT 2 FROM t`", "SELECT 2 FROM t", 0},
    /* tags around the answer; a '<' of the query is no tag */
    {"<sql>SELECT a FROM t WHERE b < 3</sql>", "SELECT a FROM t WHERE b < 3", 0},
    {"Answer: <SQL>\nSELECT a FROM t\n</SQL> (uses t)", "SELECT a FROM t", 0},
};

static void test_extract_cases(void)
{
    for (size_t i = 0; i < sizeof ex_cases / sizeof ex_cases[0]; i++) {
        const struct ex_case *c = &ex_cases[i];
        int dw = -1;
        char *got = llm_extract_sql(c->in, &dw);
        if (c->want)
            CHECK_STR(got, c->want);
        else
            CHECK(got == NULL);
        CHECK_INT(dw, c->dropped_write);
        if ((c->want && (!got || strcmp(got, c->want) != 0)) || dw != c->dropped_write)
            fprintf(stderr, "  (case %zu: %s)\n", i, c->in);
        free(got);
    }
}

static void test_extract_null(void)
{
    int dw = 7;
    CHECK(llm_extract_sql(NULL, &dw) == NULL);
    CHECK_INT(dw, 0);
    char *s = llm_extract_sql("SELECT 1; DROP TABLE t", NULL); /* dropped_write is optional */
    CHECK_STR(s, "SELECT 1");
    free(s);
}

/* ---------------------------------------------------------------------------------------------
 * Tiers
 * ------------------------------------------------------------------------------------------- */

static void test_tier_parse_good(void)
{
    struct llm_tier t;
    struct err e = {0};
    unsetenv("GENBI_API_KEY");
    int rc = llm_tier_parse("ollama,http://127.0.0.1:11434,qwen2.5-coder:7b,0.0001,0.0002", &t, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(t.protocol, "ollama");
    CHECK_STR(t.url, "http://127.0.0.1:11434");
    CHECK_STR(t.model, "qwen2.5-coder:7b");
    CHECK_STR(t.name, "ollama:qwen2.5-coder:7b");
    CHECK(fabs(t.price_in - 0.0001) < 1e-12);
    CHECK(fabs(t.price_out - 0.0002) < 1e-12);
    CHECK_INT(t.timeout_ms, 60000);
    CHECK_INT(t.max_retries, 2);
    CHECK_INT(t.backoff_ms, 200);
    CHECK_INT(t.stream, 0);
    CHECK(t.api_key == NULL);
    llm_tier_free(&t);
    CHECK(t.url == NULL);
    llm_tier_free(&t); /* twice is harmless */

    setenv("GENBI_API_KEY", "sk-test", 1);
    rc = llm_tier_parse(" openai , https://api.example.com/v1/ , gpt-4o-mini ", &t, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(t.url, "https://api.example.com/v1/");
    CHECK_STR(t.model, "gpt-4o-mini");
    CHECK_STR(t.api_key, "sk-test");
    CHECK(t.price_in == 0 && t.price_out == 0);
    llm_tier_free(&t);

    rc = llm_tier_parse("ollama,http://h:1,m,0,1e-3", &t, &e);
    CHECK_INT(rc, 0);
    CHECK(t.api_key == NULL); /* the key is for OpenAI-compatible tiers only */
    CHECK(fabs(t.price_out - 0.001) < 1e-15);
    llm_tier_free(&t);
    unsetenv("GENBI_API_KEY");
}

static void test_tier_parse_bad(void)
{
    static const struct {
        const char *spec, *msg;
    } bad[] = {
        {"", "PROTOCOL,URL,MODEL"},
        {"ollama", "PROTOCOL,URL,MODEL"},
        {"ollama,http://x:1", "PROTOCOL,URL,MODEL"},
        {"foo,http://x:1,m", "unknown protocol \"foo\""},
        {"ollama,ftp://x:1,m", "must start with http://"},
        {"ollama,127.0.0.1:11434,m", "must start with http://"},
        {"ollama,http://x:1,", "model name is empty"},
        {"ollama,http://x:1,m,0.1", "give both"},
        {"ollama,http://x:1,m,abc,0.1", "\"abc\" is not a number"},
        {"ollama,http://x:1,m,0.1,1x", "\"1x\" is not a number"},
        {"ollama,http://x:1,m,-1,0", "negative"},
        {"ollama,http://x:1,m,nan,0", "not a number"},
        {"ollama,http://x:1,m,1,2,3", "too many fields"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct llm_tier t;
        struct err e = {0};
        int rc = llm_tier_parse(bad[i].spec, &t, &e);
        CHECK_INT(rc, ERR_USAGE);
        CHECK_INT(e.code, ERR_USAGE);
        CHECK_CONTAINS(e.msg, bad[i].msg);
        CHECK(t.url == NULL && t.model == NULL && t.name == NULL);
    }
    struct llm_tier t;
    CHECK_INT(llm_tier_parse(NULL, &t, NULL), ERR_USAGE);
}

static void test_provider_find(void)
{
    CHECK(llm_provider_find("ollama") == &llm_ollama_provider);
    CHECK(llm_provider_find("openai") == &llm_openai_provider);
    CHECK(llm_provider_find("anthropic") == NULL);
    CHECK(llm_provider_find(NULL) == NULL);
    CHECK_STR(llm_ollama_provider.path, "/api/chat");
    CHECK_STR(llm_openai_provider.path, "/v1/chat/completions");
}

/* ---------------------------------------------------------------------------------------------
 * Request bodies
 * ------------------------------------------------------------------------------------------- */

static struct llm_tier test_tier(const char *protocol, const char *url, const char *model)
{
    struct llm_tier t;
    llm_tier_defaults(&t);
    t.protocol = (char *)protocol;
    t.url = (char *)url;
    t.model = (char *)model;
    t.name = (char *)model;
    return t;
}

static json_t *build(const struct llm_provider *p, const struct llm_tier *t, const char *sys,
                     const char *user)
{
    struct buf b = BUF_INIT;
    struct err e = {0};
    int rc = p->build_request(t, sys, user, &b, &e);
    CHECK_INT(rc, 0);
    json_t *j = json_loads(buf_cstr(&b), 0, NULL);
    CHECK(j != NULL);
    buf_free(&b);
    return j;
}

static void test_ollama_build(void)
{
    struct llm_tier t = test_tier("ollama", "http://h:1", "qwen2.5-coder:7b");
    json_t *j = build(&llm_ollama_provider, &t, "be terse", "Question: how many \"orders\"?\n");
    CHECK_STR(json_string_value(json_object_get(j, "model")), "qwen2.5-coder:7b");
    json_t *m = json_object_get(j, "messages");
    CHECK_INT(json_array_size(m), 2);
    CHECK_STR(json_string_value(json_object_get(json_array_get(m, 0), "role")), "system");
    CHECK_STR(json_string_value(json_object_get(json_array_get(m, 0), "content")), "be terse");
    CHECK_STR(json_string_value(json_object_get(json_array_get(m, 1), "role")), "user");
    CHECK_STR(json_string_value(json_object_get(json_array_get(m, 1), "content")),
              "Question: how many \"orders\"?\n");
    CHECK(json_is_false(json_object_get(j, "stream")));
    json_t *temp = json_object_get(json_object_get(j, "options"), "temperature");
    CHECK(json_is_number(temp) && json_number_value(temp) == 0.0);
    json_decref(j);

    t.stream = 1;
    j = build(&llm_ollama_provider, &t, NULL, "hi");
    CHECK(json_is_true(json_object_get(j, "stream")));
    CHECK_INT(json_array_size(json_object_get(j, "messages")), 1);
    json_decref(j);

    struct buf b = BUF_INIT;
    struct err e = {0};
    CHECK_INT(llm_ollama_provider.build_request(&t, NULL, "bad \xff utf8", &b, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "UTF-8");
    buf_free(&b);
}

static void test_openai_build(void)
{
    struct llm_tier t = test_tier("openai", "http://h:1", "gpt-4o-mini");
    json_t *j = build(&llm_openai_provider, &t, "sys", "user text");
    CHECK_STR(json_string_value(json_object_get(j, "model")), "gpt-4o-mini");
    json_t *m = json_object_get(j, "messages");
    CHECK_INT(json_array_size(m), 2);
    CHECK_STR(json_string_value(json_object_get(json_array_get(m, 0), "content")), "sys");
    CHECK_STR(json_string_value(json_object_get(json_array_get(m, 1), "role")), "user");
    CHECK_STR(json_string_value(json_object_get(json_array_get(m, 1), "content")), "user text");
    CHECK(json_is_number(json_object_get(j, "temperature")) &&
          json_number_value(json_object_get(j, "temperature")) == 0.0);
    CHECK(json_is_false(json_object_get(j, "stream")));
    CHECK(json_object_get(j, "stream_options") == NULL);
    json_decref(j);

    t.stream = 1;
    j = build(&llm_openai_provider, &t, "sys", "u");
    CHECK(json_is_true(json_object_get(j, "stream")));
    CHECK(json_is_true(json_object_get(json_object_get(j, "stream_options"), "include_usage")));
    json_decref(j);
}

/* ---------------------------------------------------------------------------------------------
 * Answer parsing and accounting
 * ------------------------------------------------------------------------------------------- */

static int parse(const struct llm_provider *p, const char *body, struct llm_reply *r, struct err *e)
{
    struct llm_tier t = test_tier(p->protocol, "http://h:1", "m");
    memset(r, 0, sizeof *r);
    err_clear(e);
    return p->parse_response(&t, body, strlen(body), r, e);
}

/* A body of nothing but white space is refused the same way by both protocols. */
static void test_empty_answer(void)
{
    const struct llm_provider *ps[] = {&llm_ollama_provider, &llm_openai_provider};
    for (size_t k = 0; k < sizeof ps / sizeof ps[0]; k++) {
        struct llm_reply r;
        struct err e;
        CHECK_INT(parse(ps[k], "", &r, &e), ERR_PROTOCOL);
        CHECK_CONTAINS(e.msg, "empty body");
        CHECK_INT(parse(ps[k], " \r\n\t\n", &r, &e), ERR_PROTOCOL);
        CHECK_CONTAINS(e.msg, "empty body");
        CHECK(r.text == NULL);
    }
}

static void test_ollama_parse(void)
{
    struct llm_reply r;
    struct err e;
    int rc = parse(&llm_ollama_provider,
                   "{\"model\":\"m\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":{\"role\":"
                   "\"assistant\",\"content\":\"SELECT 1\"},\"done\":true,\"done_reason\":\"stop\","
                   "\"prompt_eval_count\":42,\"eval_count\":7}",
                   &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 1");
    CHECK_INT(r.tokens_in, 42);
    CHECK_INT(r.tokens_out, 7);
    llm_reply_free(&r);

    rc = parse(&llm_ollama_provider,
               "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"SELECT\"},"
               "\"done\":false}\n"
               "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\" name\"},"
               "\"done\":false}\r\n\n"
               "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\" FROM t\"},"
               "\"done\":false}\n"
               "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
               "\"done\":true,\"prompt_eval_count\":100,\"eval_count\":4}\n",
               &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT name FROM t");
    CHECK_INT(r.tokens_in, 100);
    CHECK_INT(r.tokens_out, 4);
    llm_reply_free(&r);

    /* No counts (e.g. a cached prompt): -1, to be estimated. */
    rc = parse(&llm_ollama_provider,
               "{\"message\":{\"role\":\"assistant\",\"content\":\"SELECT 12\"},\"done\":true}", &r,
               &e);
    CHECK_INT(rc, 0);
    CHECK_INT(r.tokens_in, -1);
    CHECK_INT(r.tokens_out, -1);
    llm_reply_free(&r);

    rc = parse(&llm_ollama_provider,
               "{\"model\": \"fake\", \"message\": {\"role\": \"assistant\", \"content\": \"SELECT",
               &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_INT(e.code, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "not valid JSON");
    CHECK_CONTAINS(e.msg, "{\"model\": \"fake\"");
    CHECK(r.text == NULL);

    rc = parse(&llm_ollama_provider, "<html>502 Bad Gateway</html>", &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "<html>502");

    rc = parse(&llm_ollama_provider, "{\"error\":\"model 'x' not found\"}", &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "model 'x' not found");

    rc = parse(&llm_ollama_provider, "{\"done\":true}", &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "message.content");

    rc = parse(&llm_ollama_provider, "  \n", &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "empty");
}

/* A reasoning model's thoughts come in their own field (OpenAI-compatible reasoning_content,
 * Ollama's thinking); they are never the answer, even when they hold SQL and the content is
 * empty or missing. */
static void test_reasoning_fields(void)
{
    struct llm_reply r;
    struct err e;
    int rc = parse(&llm_openai_provider,
                   "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                   "\"reasoning_content\":\"SELECT 1\",\"content\":\"SELECT 2\"}}]}",
                   &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 2");
    llm_reply_free(&r);

    rc = parse(&llm_openai_provider,
               "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
               "\"reasoning_content\":\"SELECT 1\",\"content\":null}}]}",
               &r, &e);
    CHECK(rc != 0 && r.text == NULL);
    llm_reply_free(&r);

    rc = parse(&llm_openai_provider,
               "data: {\"choices\":[{\"index\":0,\"delta\":{"
               "\"reasoning_content\":\"SELECT 1 \"}}]}\n\n"
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"FROM t\","
               "\"content\":null}}]}\n\n"
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"SELECT 3\"}}]}\n\n"
               "data: [DONE]\n\n",
               &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 3");
    llm_reply_free(&r);

    /* Only thoughts in the whole stream: an empty answer, hence no SQL. */
    rc = parse(&llm_openai_provider,
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"SELECT 1\"}}]}"
               "\n\ndata: [DONE]\n\n",
               &r, &e);
    CHECK_INT(rc, 0);
    CHECK(r.text && !llm_extract_sql(r.text, NULL));
    llm_reply_free(&r);

    rc = parse(&llm_ollama_provider,
               "{\"message\":{\"role\":\"assistant\",\"thinking\":\"SELECT 1\",\"content\":\"\"},"
               "\"done\":false}\n"
               "{\"message\":{\"role\":\"assistant\",\"content\":\"SELECT 4\"},\"done\":true}\n",
               &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 4");
    llm_reply_free(&r);
}

static void test_openai_parse(void)
{
    struct llm_reply r;
    struct err e;
    int rc = parse(&llm_openai_provider,
                   "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                   "\"message\":{\"role\":\"assistant\",\"content\":\"SELECT 2\"},"
                   "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":30,"
                   "\"completion_tokens\":3,\"total_tokens\":33}}",
                   &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 2");
    CHECK_INT(r.tokens_in, 30);
    CHECK_INT(r.tokens_out, 3);
    llm_reply_free(&r);

    const char *sse =
        ": keep-alive\n\n"
        "data: {\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
        "\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"SELECT\"},"
        "\"finish_reason\":null}]}\r\n\r\n"
        "data:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\" 'a;b'\"},"
        "\"finish_reason\":null}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":2}}\n\n"
        "data: [DONE]\n\n";
    rc = parse(&llm_openai_provider, sse, &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 'a;b'");
    CHECK_INT(r.tokens_in, 11);
    CHECK_INT(r.tokens_out, 2);
    llm_reply_free(&r);

    /* Stream without a usage chunk (include_usage not honoured): estimated later. */
    rc = parse(&llm_openai_provider,
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"SELECT 9\"}}]}\n\n"
               "data: [DONE]\n\n",
               &r, &e);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 9");
    CHECK_INT(r.tokens_in, -1);
    CHECK_INT(r.tokens_out, -1);
    llm_reply_free(&r);

    rc = parse(&llm_openai_provider, "{\"choices\":[{\"message\":{\"content\":\"SEL", &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "{\"choices\"");

    rc = parse(&llm_openai_provider, "data: {not json}\n\n", &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "{not json}");

    rc = parse(&llm_openai_provider,
               "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null}}]}", &r, &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "no choices[0].message.content");

    rc = parse(&llm_openai_provider,
               "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit_error\"}}", &r,
               &e);
    CHECK_INT(rc, ERR_PROTOCOL);
    CHECK_CONTAINS(e.msg, "Rate limit reached");
    CHECK(r.text == NULL);
}

static void test_account(void)
{
    struct llm_tier t = test_tier("openai", "http://h:1", "m");
    struct llm_reply r = {0};
    t.price_in = 0.5;
    t.price_out = 1.5;
    r.tokens_in = 2000;
    r.tokens_out = 1000;
    llm_reply_account(&t, "s", "u", &r);
    CHECK_INT(r.tokens_in, 2000);
    CHECK_INT(r.tokens_out, 1000);
    CHECK(fabs(r.cost_usd - 2.5) < 1e-12); /* 2 * 0.5 + 1 * 1.5 */

    /* Missing usage: ceil(bytes / 4) of system + user (4 + 9 = 13 -> 4) and of the text. */
    r.text = (char *)"SELECT 12"; /* 9 bytes -> 3 */
    r.tokens_in = r.tokens_out = -1;
    llm_reply_account(&t, "abcd", "123456789", &r);
    CHECK_INT(r.tokens_in, 4);
    CHECK_INT(r.tokens_out, 3);
    CHECK(fabs(r.cost_usd - (4 / 1000.0 * 0.5 + 3 / 1000.0 * 1.5)) < 1e-12);

    r.text = (char *)"SELECT 1"; /* exactly 8 bytes -> 2 */
    r.tokens_in = r.tokens_out = -1;
    llm_reply_account(&t, NULL, "", &r);
    CHECK_INT(r.tokens_in, 0);
    CHECK_INT(r.tokens_out, 2);

    t.price_in = t.price_out = 0;
    llm_reply_account(&t, NULL, "x", &r);
    CHECK(r.cost_usd == 0.0);
}

static void test_excerpt(void)
{
    char out[12];
    llm_excerpt("abc\ndef", 7, out, sizeof out);
    CHECK_STR(out, "abc def");
    llm_excerpt("0123456789abcdef", 16, out, sizeof out);
    CHECK_STR(out, "01234567...");
    CHECK_INT(strlen(out), sizeof out - 1);
}

/* ---------------------------------------------------------------------------------------------
 * Prompts
 * ------------------------------------------------------------------------------------------- */

static void test_prompts(void)
{
    char *s =
        llm_prompt_system("PostgreSQL", "Dates in PostgreSQL: year of d: EXTRACT(YEAR FROM d).");
    CHECK_CONTAINS(s, "expert data analyst");
    CHECK_CONTAINS(s, "\nDates in PostgreSQL: year of d: EXTRACT(YEAR FROM d).");
    CHECK_CONTAINS(s, "read-only PostgreSQL SQL query");
    CHECK_CONTAINS(s, "```sql");
    free(s);

    s = llm_prompt_sql("how many\norders\r\nlast week?", "CREATE TABLE orders(id INT);", "SQLite");
    CHECK_STR(s, "Database schema (SQLite):\nCREATE TABLE orders(id INT);\n\n"
                 "Question: how many orders last week?\n\n"
                 "Write one SQLite SELECT query that answers the question. Return only SQL.\n");
    free(s);

    s = llm_prompt_repair("q?", "DDL", "MySQL", "SELECT x FROM t", "no such column: x",
                          "use column y");
    CHECK_STR(s, "Database schema (MySQL):\nDDL\n\nQuestion: q?\n\n"
                 "Failed SQL:\nSELECT x FROM t\n\nError: no such column: x\n"
                 "Hint: use column y\n"
                 "Return a corrected MySQL SELECT query only.\n");
    free(s);

    s = llm_prompt_repair("q?", "DDL", "MySQL", "SELECT x FROM t", "boom", "");
    CHECK_STR(s, "Database schema (MySQL):\nDDL\n\nQuestion: q?\n\n"
                 "Failed SQL:\nSELECT x FROM t\n\nError: boom\n"
                 "Return a corrected MySQL SELECT query only.\n");
    free(s);
}

/* ---------------------------------------------------------------------------------------------
 * Transport
 * ------------------------------------------------------------------------------------------- */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void test_chat_unreachable(void)
{
    struct llm_tier t = test_tier("ollama", "http://127.0.0.1:9", "m");
    struct llm_reply r;
    struct err e = {0};
    double t0 = now_ms();
    int rc = llm_chat(&t, "sys", "Question: x", &r, &e);
    double took = now_ms() - t0;
    CHECK_INT(rc, ERR_IO);
    CHECK_INT(e.code, ERR_IO);
    CHECK_CONTAINS(e.msg, "model endpoint http://127.0.0.1:9/api/chat unreachable");
    CHECK_CONTAINS(e.msg, "Couldn't connect");
    CHECK(r.text == NULL);
    CHECK_INT(r.retries, 2);
    CHECK_INT(r.http_status, 0);
    CHECK(r.ms >= 600.0); /* backoff 200 + 400 ms was honoured */
    CHECK(took < 5000.0); /* but nothing waited for a timeout */
    llm_reply_free(&r);
}

/* A one-connection-per-request HTTP server on a thread, answering scripted responses. */
struct fake_resp {
    int status;          /* HTTP status */
    const char *headers; /* extra header lines, each ending in \r\n, or NULL */
    const char *body;    /* NULL with big > 0 sends big bytes of 'x' */
    int delay_ms;
    size_t big;
};

struct fake_srv {
    int fd, port, n, served;
    const struct fake_resp *resps;
    char first_req[16384];
    pthread_t th;
};

static void fake_read_request(int c, char *out, size_t size)
{
    size_t len = 0;
    long want = -1;
    out[0] = '\0';
    for (;;) {
        struct pollfd pfd = {c, POLLIN, 0};
        if (poll(&pfd, 1, 3000) <= 0)
            return;
        char tmp[4096];
        ssize_t n = recv(c, tmp, sizeof tmp, 0);
        if (n <= 0)
            return;
        size_t k = (size_t)n < size - 1 - len ? (size_t)n : size - 1 - len;
        memcpy(out + len, tmp, k);
        len += k;
        out[len] = '\0';
        char *hend = strstr(out, "\r\n\r\n");
        if (hend && want < 0) {
            char *cl = strcasestr(out, "Content-Length:");
            want = cl && cl < hend ? strtol(cl + 15, NULL, 10) : 0;
        }
        if (hend && (size_t)(hend + 4 - out) + (size_t)want <= len)
            return;
        if (len >= size - 1)
            return;
    }
}

static void *fake_main(void *arg)
{
    struct fake_srv *s = arg;
    for (int i = 0; i < s->n; i++) {
        struct pollfd pfd = {s->fd, POLLIN, 0};
        if (poll(&pfd, 1, 5000) <= 0)
            break;
        int c = accept(s->fd, NULL, NULL);
        if (c < 0)
            break;
        char req[16384];
        fake_read_request(c, req, sizeof req);
        if (i == 0)
            snprintf(s->first_req, sizeof s->first_req, "%s", req);
        if (s->resps[i].delay_ms) {
            struct timespec ts = {s->resps[i].delay_ms / 1000,
                                  (s->resps[i].delay_ms % 1000) * 1000000L};
            nanosleep(&ts, NULL);
        }
        const struct fake_resp *fr = &s->resps[i];
        size_t blen = fr->body ? strlen(fr->body) : fr->big;
        char head[512];
        snprintf(head, sizeof head,
                 "HTTP/1.1 %d Status\r\nContent-Type: application/json\r\n"
                 "Connection: close\r\n%sContent-Length: %zu\r\n\r\n",
                 fr->status, fr->headers ? fr->headers : "", blen);
        send(c, head, strlen(head), MSG_NOSIGNAL);
        if (fr->body) {
            send(c, fr->body, blen, MSG_NOSIGNAL);
        } else {
            static char chunk[65536];
            memset(chunk, 'x', sizeof chunk);
            for (size_t sent = 0; sent < blen; sent += sizeof chunk)
                if (send(c, chunk, sizeof chunk, MSG_NOSIGNAL) < 0)
                    break;
        }
        close(c);
        s->served++;
    }
    /* Closing the listener makes an unexpected extra attempt fail fast (connection refused). */
    close(s->fd);
    return NULL;
}

static int fake_start(struct fake_srv *s, const struct fake_resp *resps, int n)
{
    struct sockaddr_in a;
    socklen_t alen = sizeof a;
    memset(s, 0, sizeof *s);
    s->resps = resps;
    s->n = n;
    s->fd = socket(AF_INET, SOCK_STREAM, 0);
    if (s->fd < 0)
        return -1;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s->fd, (struct sockaddr *)&a, sizeof a) || listen(s->fd, 16) ||
        getsockname(s->fd, (struct sockaddr *)&a, &alen)) {
        close(s->fd);
        return -1;
    }
    s->port = ntohs(a.sin_port);
    if (pthread_create(&s->th, NULL, fake_main, s)) {
        close(s->fd);
        return -1;
    }
    return 0;
}

#define OLLAMA_OK                                                                                  \
    "{\"message\":{\"role\":\"assistant\",\"content\":\"SELECT 42\"},\"done\":true,"               \
    "\"prompt_eval_count\":1000,\"eval_count\":2000}"

static void chat_url(char *url, size_t size, int port, const char *suffix)
{
    snprintf(url, size, "http://127.0.0.1:%d%s", port, suffix);
}

static void test_chat_ok_and_path(void)
{
    static const struct fake_resp resps[] = {{200, NULL, OLLAMA_OK, 0, 0}};
    struct fake_srv s;
    char url[64];
    if (fake_start(&s, resps, 1)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "/"); /* trailing slash tolerated */
    struct llm_tier t = test_tier("ollama", url, "qwen");
    t.price_in = 0.001;
    t.price_out = 0.002;
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, "sys", "Question: answer", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 42");
    CHECK_INT(r.http_status, 200);
    CHECK_INT(r.retries, 0);
    CHECK_INT(r.tokens_in, 1000);
    CHECK_INT(r.tokens_out, 2000);
    CHECK(fabs(r.cost_usd - 0.005) < 1e-12); /* 1 * 0.001 + 2 * 0.002 */
    CHECK(r.ms > 0);
    CHECK(strncmp(s.first_req, "POST /api/chat HTTP/1.1\r\n", 25) == 0);
    CHECK_CONTAINS(s.first_req, "Content-Type: application/json");
    CHECK_CONTAINS(s.first_req, "\"model\":\"qwen\"");
    CHECK_CONTAINS(s.first_req, "\"stream\":false");
    CHECK_CONTAINS(s.first_req, "Question: answer");
    CHECK(strstr(s.first_req, "Authorization") == NULL);
    llm_reply_free(&r);
}

static void test_chat_openai_path_auth(void)
{
    static const struct fake_resp resps[] = {
        {200, NULL, "{\"choices\":[{\"message\":{\"content\":\"SELECT 7\"}}]}", 0, 0}};
    struct fake_srv s;
    char url[64];
    if (fake_start(&s, resps, 1)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "/v1"); /* the usual OpenAI SDK base URL */
    struct llm_tier t = test_tier("openai", url, "gpt");
    t.api_key = (char *)"sk-secret";
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, "sys", "hello", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 7");
    CHECK(strncmp(s.first_req, "POST /v1/chat/completions HTTP/1.1\r\n", 36) == 0);
    CHECK_CONTAINS(s.first_req, "Authorization: Bearer sk-secret\r\n");
    /* No usage in the answer: estimated from prompt ("sys" + "hello" = 8 -> 2) and text (8 -> 2) */
    CHECK_INT(r.tokens_in, 2);
    CHECK_INT(r.tokens_out, 2);
    llm_reply_free(&r);

    /* A URL that already ends with the path is used as is. */
    if (fake_start(&s, resps, 1)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "/v1/chat/completions");
    t.url = url;
    rc = llm_chat(&t, NULL, "hello", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, 0);
    CHECK(strncmp(s.first_req, "POST /v1/chat/completions HTTP/1.1\r\n", 36) == 0);
    llm_reply_free(&r);
}

static void test_chat_retry_then_ok(void)
{
    static const struct fake_resp resps[] = {
        {500, NULL, "{\"error\":\"x\"}\r\n", 0, 0},
        {502, NULL, "{}", 0, 0},
        {200, NULL, OLLAMA_OK, 0, 0},
    };
    struct fake_srv s;
    char url[64];
    if (fake_start(&s, resps, 3)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "");
    struct llm_tier t = test_tier("ollama", url, "m");
    t.backoff_ms = 50;
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, NULL, "q", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, 0);
    CHECK_STR(r.text, "SELECT 42");
    CHECK_INT(r.retries, 2);
    CHECK_INT(s.served, 3);
    CHECK(r.ms >= 150.0); /* 50 + 100 ms of backoff */
    llm_reply_free(&r);
}

static void test_chat_retries_exhausted(void)
{
    static const struct fake_resp resps[] = {
        {503, NULL, "{\"error\":\"loading\"}", 0, 0},
        {503, NULL, "{\"error\":\"loading\"}", 0, 0},
        {503, NULL, "{\"error\":\"loading\"}", 0, 0},
    };
    struct fake_srv s;
    char url[64], want[128];
    if (fake_start(&s, resps, 3)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "");
    struct llm_tier t = test_tier("ollama", url, "m");
    t.backoff_ms = 10;
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, NULL, "q", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, ERR_IO);
    snprintf(want, sizeof want, "model endpoint %s/api/chat answered HTTP 503 after 2 retries",
             url);
    CHECK_CONTAINS(e.msg, want);
    CHECK_CONTAINS(e.msg, "loading");
    CHECK_INT(r.http_status, 503);
    CHECK_INT(r.retries, 2);
    CHECK_INT(s.served, 3);
    CHECK(r.text == NULL);
}

static void test_chat_retry_after(void)
{
    static const struct fake_resp resps[] = {
        {429, "Retry-After: 1\r\n", "{}", 0, 0},
        {200, NULL, OLLAMA_OK, 0, 0},
    };
    struct fake_srv s;
    char url[64];
    if (fake_start(&s, resps, 2)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "");
    struct llm_tier t = test_tier("ollama", url, "m");
    t.backoff_ms = 10; /* Retry-After (1 s) must win over the 10 ms backoff */
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, NULL, "q", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, 0);
    CHECK_INT(r.retries, 1);
    CHECK(r.ms >= 1000.0);
    llm_reply_free(&r);
}

static void test_chat_4xx_no_retry(void)
{
    static const struct fake_resp resps[] = {
        {404, NULL, "{\"error\":\"model 'zz' not found\"}", 0, 0},
    };
    struct fake_srv s;
    char url[64];
    if (fake_start(&s, resps, 1)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "");
    struct llm_tier t = test_tier("ollama", url, "zz");
    t.timeout_ms = 3000;
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, NULL, "q", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, ERR_IO);
    CHECK_CONTAINS(e.msg, "answered HTTP 404: model 'zz' not found");
    CHECK_CONTAINS(e.msg, "check the tier URL");
    CHECK_INT(r.retries, 0);
    CHECK_INT(r.http_status, 404);
    CHECK_INT(s.served, 1);
}

static void test_chat_timeout(void)
{
    static const struct fake_resp resps[] = {{200, NULL, OLLAMA_OK, 1500, 0}};
    struct fake_srv s;
    char url[64];
    if (fake_start(&s, resps, 1)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "");
    struct llm_tier t = test_tier("ollama", url, "m");
    t.timeout_ms = 300;
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, NULL, "q", &r, &e);
    CHECK_INT(rc, ERR_TIMEOUT);
    CHECK_CONTAINS(e.msg, "did not answer within 300 ms");
    CHECK(r.ms < 1400.0); /* gave up before the server answered, and did not retry */
    CHECK_INT(r.retries, 0);
    pthread_join(s.th, NULL);
}

static void test_chat_too_big(void)
{
    static const struct fake_resp resps[] = {
        {200, NULL, NULL, 0, LIMIT_LLM_RESPONSE_BYTES + 65536}};
    struct fake_srv s;
    char url[64];
    if (fake_start(&s, resps, 1)) {
        CHECK(!"cannot start the test HTTP server");
        return;
    }
    chat_url(url, sizeof url, s.port, "");
    struct llm_tier t = test_tier("ollama", url, "m");
    struct llm_reply r;
    struct err e = {0};
    int rc = llm_chat(&t, NULL, "q", &r, &e);
    pthread_join(s.th, NULL);
    CHECK_INT(rc, ERR_LIMIT);
    CHECK_CONTAINS(e.msg, "more than 8388608 bytes");
    CHECK_INT(r.retries, 0);
}

static void test_chat_bad_tier(void)
{
    struct llm_tier t = test_tier("smoke-signals", "http://127.0.0.1:9", "m");
    struct llm_reply r;
    struct err e = {0};
    CHECK_INT(llm_chat(&t, NULL, "q", &r, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "unknown protocol");
}

static const struct test_case tests[] = {
    {"extract_cases", test_extract_cases},
    {"extract_null", test_extract_null},
    {"tier_parse_good", test_tier_parse_good},
    {"tier_parse_bad", test_tier_parse_bad},
    {"provider_find", test_provider_find},
    {"ollama_build", test_ollama_build},
    {"openai_build", test_openai_build},
    {"empty_answer", test_empty_answer},
    {"ollama_parse", test_ollama_parse},
    {"openai_parse", test_openai_parse},
    {"reasoning_fields", test_reasoning_fields},
    {"account", test_account},
    {"excerpt", test_excerpt},
    {"prompts", test_prompts},
    {"chat_unreachable", test_chat_unreachable},
    {"chat_ok_and_path", test_chat_ok_and_path},
    {"chat_openai_path_auth", test_chat_openai_path_auth},
    {"chat_retry_then_ok", test_chat_retry_then_ok},
    {"chat_retries_exhausted", test_chat_retries_exhausted},
    {"chat_retry_after", test_chat_retry_after},
    {"chat_4xx_no_retry", test_chat_4xx_no_retry},
    {"chat_timeout", test_chat_timeout},
    {"chat_too_big", test_chat_too_big},
    {"chat_bad_tier", test_chat_bad_tier},
};

TEST_MAIN()
