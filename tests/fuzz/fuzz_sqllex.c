/* Fuzz target: the SQL lexer every module shares (util/sqllex: tokens, quoted runs, comments,
 * keyword classes) on the raw bytes, which are not NUL-terminated, so a read past the end is
 * caught; then the fixer's view built on it (fx_parse and the token helpers the repairs use:
 * identifiers, parentheses, FROM-clause scopes and name resolution, name distance, token edits)
 * against a small fixed schema. The input is SQL text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/fix_int.h"
#include "fuzz_util.h"
#include "util/sqllex.h"

static struct schema g_schema;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    struct db *db = NULL;
    fuzz_open_schema(fuzz_singer_ddl, &db, &g_schema);
    db_close(db);
    return 0;
}

static void walk(const struct fx_sql *q, const char *sql, size_t len)
{
    char prev[128] = "", cur[128];
    struct fx_edits ed = {0};
    for (size_t i = 0; i < q->n; i++) {
        const struct fx_token *t = &q->t[i];
        if (t->off > len || t->len > len - t->off || t->len == 0)
            abort(); /* every token is a non-empty slice of the text */
        if (fx_is(q, i, "(") && fx_match_paren(q, i) > q->n)
            abort();
        if (!fx_is_ident(q, i))
            continue;
        fx_ident(q, i, cur, sizeof cur);
        sqllex_is_keyword(cur, strlen(cur));
        if (t->scope < 0 || (size_t)t->scope >= q->n_scopes)
            abort();
        fx_resolve(q, t->scope, cur);
        if (prev[0] && fx_name_distance(prev, cur) < 0)
            abort();
        memcpy(prev, cur, sizeof prev);
        if (i % 2 == 0 && fx_edit_add(&ed, t->off, t->len, "x"))
            abort();
    }
    char *out = fx_edits_apply(sql, &ed);
    if (!out)
        abort();
    free(out);
    fx_edits_free(&ed);
}

/* Every token is a non-empty slice after the previous one, and the helpers stay in bounds. */
static void lex_raw(const char *p, const char *end)
{
    enum sqllex_kind kind;
    size_t len;
    if (sqllex_skip_blank(p, end) > end)
        abort();
    for (const char *t; (t = sqllex_next(p, end, &kind, &len)) < end; p = t + len) {
        if (t < p || len == 0 || len > (size_t)(end - t))
            abort();
        if (kind == SQLLEX_WORD) {
            unsigned k = sqllex_keyword(t, len);
            if (sqllex_is_keyword(t, len) != !!(k & SQLLEX_KW_QUERY) ||
                sqllex_is_reserved(t, len) != !!(k & SQLLEX_KW_RESERVED))
                abort();
        }
        if ((kind == SQLLEX_STRING || kind == SQLLEX_QIDENT) && sqllex_skip_quoted(t, end) > end)
            abort();
        if (sqllex_skip_comment(t, end) > end)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lex_raw((const char *)data, (const char *)data + size);
    char *sql = fuzz_cstr(data, size);
    size_t len = strlen(sql);
    struct fx_sql q;
    if (fx_parse(sql, &g_schema, &q) == 0) {
        walk(&q, sql, len);
        fx_sql_free(&q);
    }
    if (fx_parse(sql, NULL, &q) == 0) /* lexing alone, as the dialect rewriter does */
        fx_sql_free(&q);
    free(sql);
    return 0;
}
