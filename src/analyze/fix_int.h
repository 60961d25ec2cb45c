/* fix_int: internals shared by the fixer's files (fix.c, dialect.c, fix_sql.c, fixes_cli.c): SQL
 * tokens (from util/sqllex) with byte offsets, the FROM-clause scopes of a query, and an edit
 * list that rewrites SQL text token by token, so no repair ever changes the inside of a string
 * literal.
 * Not a public contract: other modules use fix.h. */
#ifndef GENBI_FIX_INT_H
#define GENBI_FIX_INT_H

#include <stddef.h>

#include "schema/schema.h"
#include "util/buf.h"
#include "util/sqllex.h"

/* One significant token (blanks and comments are not kept; they stay in the text between). */
struct fx_token {
    enum sqllex_kind type;
    size_t off, len; /* bytes in the SQL text */
    int scope;       /* index into fx_sql.scopes */
};

#define FX_MAX_REFS 16

/* A table named in a FROM clause. */
struct fx_tref {
    int table;       /* schema index, -1 for a CTE, a derived table or an unknown name */
    char name[128];  /* as written (unquoted) */
    char alias[128]; /* the alias, or the name when there is none */
    size_t tok;      /* token index of the name; (size_t)-1 for a derived table */
    size_t alias_tok; /* token index of the alias, or (size_t)-1 */
};

/* One SELECT: its own FROM tables; columns also resolve in the parent (correlation). */
struct fx_scope {
    int parent; /* -1 for the outermost */
    struct fx_tref refs[FX_MAX_REFS];
    size_t n_refs;
};

struct fx_sql {
    const char *sql; /* borrowed */
    struct fx_token *t;
    size_t n;
    struct fx_scope *scopes;
    size_t n_scopes;
};

/* Lexes sql and, when s is non-NULL, resolves FROM clauses against it. 0 or ERR_NOMEM. */
int fx_parse(const char *sql, const struct schema *s, struct fx_sql *q);
void fx_sql_free(struct fx_sql *q);

/* Token i is the word w (case-insensitive); out of range is never equal. */
int fx_is(const struct fx_sql *q, size_t i, const char *w);
/* The identifier text of a WORD or QIDENT token, unquoted, into out (truncated to n). */
void fx_ident(const struct fx_sql *q, size_t i, char *out, size_t n);
int fx_is_ident(const struct fx_sql *q, size_t i);
/* Index of the ')' matching the '(' at token i, or q->n when unbalanced. */
size_t fx_match_paren(const struct fx_sql *q, size_t i);
/* Finds the table reference `qual` (alias or name) visible from scope sc, or NULL. */
const struct fx_tref *fx_resolve(const struct fx_sql *q, int sc, const char *qual);

/* Replacements of byte ranges of the original text. */
struct fx_edit {
    size_t off, len;
    char *text;
};
struct fx_edits {
    struct fx_edit *v;
    size_t n, cap;
};
int fx_edit_add(struct fx_edits *e, size_t off, size_t len, const char *text);
/* Appends tokens [from, to) of q as written, with the text between them. */
void fx_put_tokens(struct buf *b, const struct fx_sql *q, size_t from, size_t to);
/* Adds the edit replacing tokens [from, to) by text (freed here) and sets *next to `to`:
 * 1, or ERR_NOMEM (also when text failed). */
int fx_replace_tokens(const struct fx_sql *q, size_t from, size_t to, struct buf *text,
                      struct fx_edits *ed, size_t *next);
/* The text with every edit applied (edits overlapping an earlier one are skipped); malloc'd,
 * NULL on no memory. */
char *fx_edits_apply(const char *sql, const struct fx_edits *e);
void fx_edits_free(struct fx_edits *e);

/* Dialect constructs a token pattern cannot say (dialect_forms.c): each reads the tokens around
 * i, adds one edit, sets *next and returns 1; 0 when the construct is absent or untranslatable;
 * ERR_NOMEM. */
int fx_dia_distinct_on(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
int fx_dia_any(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
int fx_dia_similar(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
/* The operator at token op (with negate, or a NOT right before it: not_before) and the pattern
 * string at token pat, as LIKE / GLOB patterns joined with OR over the operand before op. */
int fx_dia_patterns(const struct fx_sql *q, size_t op, size_t pat, int negate, int not_before,
                    int similar, int ci, struct fx_edits *ed, size_t *next);
int fx_dia_typed_literal(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
int fx_dia_interval(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
int fx_dia_format(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
int fx_dia_concat_ws(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
/* T-SQL's + beside a string literal ('a' + b) -> ||. */
int fx_dia_string_plus(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
/* MySQL's a DIV b, of one-token operands -> CAST(a / b AS INTEGER) (both truncate toward 0). */
int fx_dia_int_div(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);
int fx_dia_like_binary(const struct fx_sql *q, size_t i, struct fx_edits *ed, size_t *next);

/* Shared by the token rules and the parse-tree translator (pgtree*.c): each takes the value of
 * a string (quotes removed, '' read as '), appends a quoted SQLite string literal to out and
 * returns 1, or 0 when the value says more than the translation can (out is then partial). */
/* A regular expression (similar 0) or a SIMILAR TO pattern (similar 1) as quoted LIKE or GLOB
 * patterns, one per alternative (patterns.c): '^united' -> LIKE 'united%', '^(New|North)' ->
 * two, '^[A-C]' -> GLOB '[A-C]*'. ci: the match ignores case. */
#define FX_MAX_PATTERNS 8
struct fx_patterns {
    struct buf text[FX_MAX_PATTERNS];
    int glob[FX_MAX_PATTERNS]; /* GLOB, else LIKE */
    size_t n;
};
int fx_patterns_read(const char *re, size_t len, int similar, int ci, struct fx_patterns *out);
/* Writes "[NOT ](x OP 'p1' OR x OP 'p2')", x written by put_operand(ctx) each time: 0, -1 when
 * put_operand failed, ERR_NOMEM. */
int fx_patterns_put(const struct fx_patterns *ps, int negate, struct buf *out,
                    int (*put_operand)(void *ctx), void *ctx);
void fx_patterns_free(struct fx_patterns *ps);
/* A TO_CHAR (mysql 0) or DATE_FORMAT (mysql 1) format applied to the value put_operand(ctx)
 * writes, as an SQLite expression: strftime('%Y-%m', x), or pieces joined with || where a code
 * has no strftime equivalent (month and weekday names, numbers without a leading zero): 1, 0
 * when a code is not known, -1 when put_operand failed or no memory. */
int fx_date_format(const char *fmt, size_t len, int mysql, struct buf *out,
                   int (*put_operand)(void *ctx), void *ctx);
/* The value of the string token i (quotes removed, '' read as ') appended to out: 1, or 0 when
 * token i is no complete string or out failed. */
int fx_string_value(const struct fx_sql *q, size_t i, struct buf *out);

/* Name distance after splitting (camelCase, '_', blanks) and stemming plurals. */
int fx_name_distance(const char *a, const char *b);
/* Edit distance with adjacent transpositions, case-insensitive, of at most 255 bytes each
 * (longer: a large number). */
int fx_lev(const char *a, size_t na, const char *b, size_t nb);
/* Distance of pat to its best-matching substring of text (same edit costs as fx_lev). */
int fx_lev_within(const char *pat, const char *text);

/* Dialect translation (dialect.c): rewrites constructs of any dialect that has a rule table
 * for the pair (source, target) into `target`. named_fn: a function the database said it does
 * not know (rules marked "only when named" apply only then). Returns the number of rewrites
 * (0: none, *out NULL), or ERR_NOMEM; *out is the malloc'd result; what lists them. */
int fx_dialect_translate(const char *sql, const char *target, const char *named_fn, char **out,
                         struct buf *what);
/* The fixer's dialect repair: for a target with a parse-tree translator (PostgreSQL-flavoured
 * SQL on SQLite: pgtree.h), the T-SQL and MySQL token rules, then the tree; when the tree does
 * not translate, every token rule, as fx_dialect_translate. what says which was used ("postgresql
 * parse tree: ..." or "token rules: ... (why not the tree)"). Same returns. */
int fx_dialect_repair(const char *sql, const char *target, const char *named_fn, char **out,
                      struct buf *what);
/* The same without the rules whose source dialect is skip_from ("postgresql"): the T-SQL and
 * MySQL forms, rewritten before the PostgreSQL parse tree is read. */
int fx_dialect_translate_except(const char *sql, const char *target, const char *named_fn,
                                const char *skip_from, char **out, struct buf *what);

#endif
