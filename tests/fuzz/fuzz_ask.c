/* Fuzz target: the body of POST /v1/ask and /sql/generate (server_parse_ask), the first thing
 * genbi reads from an untrusted client. The input is the raw body. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "server/server_int.h"

static void parse_once(const uint8_t *data, size_t size, const struct config *cfg)
{
    static const struct server_db dbs[] = {{.name = "demo"}, {.name = "sales"}};
    struct server_ask a;
    struct err e = {0};
    if (server_parse_ask((const char *)data, size, dbs, 2, cfg, &a, &e) == 0) {
        /* An accepted request names a question and a database, with options in range. */
        if (!a.question || !a.question[0] || a.db >= 2 || a.opts.max_attempts < 0 ||
            a.opts.max_attempts > 10)
            abort();
        server_ask_free(&a);
    } else if (!a.error || (a.status != 400 && a.status != 404) || !e.msg[0] || a.root) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct config cfg;
    config_init(&cfg);
    cfg.server.question_limit = 2000;
    parse_once(data, size, &cfg);
    cfg.n_tiers = 1; /* options.no_rules is accepted only with a model tier */
    parse_once(data, size, &cfg);
    return 0;
}
