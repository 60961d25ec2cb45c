/* prompt: the texts sent to model tiers. The formats are a contract: tests/fake_llm.py finds the
 * question on the "Question: " line and repair prompts by "Failed SQL:", so change them only
 * together with the fake server and its docs (docs/fake-llm.md). */
#include "llm/llm.h"

#include <stdlib.h>

#include "util/banned.h"

#define PROMPT_DEFAULT_DIALECT "SQLite"

static const char *prompt_or(const char *s, const char *dflt)
{
    return s && *s ? s : dflt;
}

/* The question goes on one line so the "Question: " line holds all of it (a buf failure is
 * sticky and caught by prompt_finish). */
static void prompt_put_line(struct buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '\r' && s[1] == '\n')
            continue;
        buf_putc(b, (*s == '\n' || *s == '\r') ? ' ' : *s);
    }
}

static char *prompt_finish(struct buf *b)
{
    if (b->failed) {
        buf_free(b);
        return NULL;
    }
    return buf_detach(b);
}

char *llm_prompt_system(const char *dialect, const char *notes)
{
    struct buf b = BUF_INIT;
    const char *d = prompt_or(dialect, PROMPT_DEFAULT_DIALECT);
    buf_printf(&b,
               "You are an expert data analyst. You write a single read-only %s SQL query "
               "(SELECT or WITH ... SELECT) that answers the user's question. Answer with only "
               "the SQL in a ```sql block. Use only the tables and columns given in the schema.",
               d);
    if (notes && *notes)
        buf_printf(&b, "\n%s", notes);
    return prompt_finish(&b);
}

static void prompt_schema(struct buf *b, const char *ddl, const char *d)
{
    buf_printf(b, "Database schema (%s):\n%s\n\n", d, ddl ? ddl : "");
}

char *llm_prompt_sql(const char *question, const char *ddl, const char *dialect)
{
    struct buf b = BUF_INIT;
    const char *d = prompt_or(dialect, PROMPT_DEFAULT_DIALECT);
    prompt_schema(&b, ddl, d);
    buf_puts(&b, "Question: ");
    prompt_put_line(&b, question ? question : "");
    buf_printf(&b, "\n\nWrite one %s SELECT query that answers the question. Return only SQL.\n",
               d);
    return prompt_finish(&b);
}

char *llm_prompt_repair(const char *question, const char *ddl, const char *dialect,
                        const char *failed_sql, const char *error, const char *hint)
{
    struct buf b = BUF_INIT;
    const char *d = prompt_or(dialect, PROMPT_DEFAULT_DIALECT);
    prompt_schema(&b, ddl, d);
    buf_puts(&b, "Question: ");
    prompt_put_line(&b, question ? question : "");
    buf_printf(&b, "\n\nFailed SQL:\n%s\n\nError: %s\n", failed_sql ? failed_sql : "",
               error ? error : "");
    if (hint && *hint)
        buf_printf(&b, "Hint: %s\n", hint);
    buf_printf(&b, "Return a corrected %s SELECT query only.\n", d);
    return prompt_finish(&b);
}
