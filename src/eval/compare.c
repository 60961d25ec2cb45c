/* Execution accuracy: does a predicted query's result equal the gold query's? The rules follow the
 * published Spider test-suite evaluator (eval.h); the result comparison itself lives in
 * db/compare.c, shared with the pipeline's agreement check, and this file adds what only judging
 * against gold needs: whether order matters, and DISTINCT removal. */
#include <stdlib.h>
#include <string.h>

#include "eval/eval.h"
#include "eval/eval_int.h"
#include "util/buf.h"

#include "util/banned.h"

int eval_cell_equal(const struct db_cell *a, const struct db_cell *b)
{
    return db_cell_equal(a, b);
}

int eval_result_match(const struct db_result *gold, const struct db_result *pred, int order_matters)
{
    return db_result_equivalent(gold, pred, order_matters);
}

int eval_order_matters(const char *gold_sql)
{
    struct eval_tok *t = NULL;
    size_t n = 0;
    int found = 0, depth = 0;
    if (eval_sql_tokens(gold_sql, &t, &n))
        return 1; /* out of memory: the stricter comparison */
    for (size_t i = 0; i + 1 < n && !found; i++) {
        if (eval_tok_punct(&t[i], "("))
            depth++;
        else if (eval_tok_punct(&t[i], ")"))
            depth--;
        else if (depth == 0)
            found = eval_tok_is(&t[i], "order") && eval_tok_is(&t[i + 1], "by");
    }
    free(t);
    return found;
}

char *eval_strip_distinct(const char *sql)
{
    struct eval_tok *t = NULL;
    size_t n = 0;
    struct buf out = BUF_INIT;
    if (eval_sql_tokens(sql, &t, &n))
        return NULL;
    const char *from = sql;
    for (size_t i = 0; i < n; i++) {
        if (!eval_tok_is(&t[i], "distinct"))
            continue;
        buf_append(&out, from, (size_t)(t[i].s - from));
        from = t[i].s + t[i].len;
    }
    buf_puts(&out, from);
    free(t);
    if (out.failed) {
        buf_free(&out);
        return NULL;
    }
    return buf_detach(&out);
}
