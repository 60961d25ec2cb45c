/* Fuzz target: what comes back from a model. The same input is read three ways: as model text
 * reduced to one SQL statement (llm_extract_sql), and as a whole HTTP response body of the
 * Ollama provider (JSON or NDJSON stream) and of the OpenAI-compatible provider (JSON or SSE
 * frames), whose text then goes through llm_extract_sql as in the pipeline. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "llm/llm.h"

static void extract(const char *text)
{
    int dropped = 0;
    char *sql = llm_extract_sql(text, &dropped);
    if (sql && (!sql[0] || strlen(sql) > strlen(text)))
        abort(); /* a statement is a non-empty part of the text */
    free(sql);
}

static void provider(const struct llm_provider *p, const uint8_t *data, size_t size)
{
    struct llm_reply r;
    struct err e = {0};
    memset(&r, 0, sizeof r);
    int rc = p->parse_response(NULL, (const char *)data, size, &r, &e);
    if (rc == 0) {
        if (!r.text)
            abort();
        extract(r.text);
    } else if (r.text || !e.msg[0]) {
        abort();
    }
    llm_reply_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_cstr(data, size);
    extract(text);
    free(text);
    provider(&llm_ollama_provider, data, size);
    provider(&llm_openai_provider, data, size);
    return 0;
}
