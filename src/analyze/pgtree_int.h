/* pgtree_int: what the parse-tree emitter's files share (pgtree.c: statements and clauses;
 * pgtree_expr.c: expressions; pgtree_func.c: function calls and dates). Not a contract: the
 * rest of genbi uses pgtree.h.
 *
 * Every emit function appends SQLite text to pt->out and returns 0, or -1 when the tree holds
 * something it does not translate (pt->unknown then names it). A node is a JSON object with
 * one member, its type ("ColumnRef") holding its fields; borrowed from the tree. */
#ifndef GENBI_PGTREE_INT_H
#define GENBI_PGTREE_INT_H

#include <jansson.h>

#include "util/buf.h"

/* Nesting deeper than this is not translated (the parser's own limit is far higher). */
#define PT_MAX_DEPTH 200

struct pt {
    const char *src; /* the SQL as written: identifier spellings and integer literals */
    size_t src_len;
    struct buf out;
    struct buf what;  /* the constructs translated, ", "-separated, each once */
    int n;            /* how many translations were made */
    char unknown[96]; /* the first node or form not translated */
    int depth;
};

/* The node's type and its fields; NULL when n is not a node. */
json_t *pt_node(json_t *n, const char **type);
/* Records that `what` was translated (counted each time, listed once). */
void pt_note(struct pt *pt, const char *what);
/* Records the first thing not translated; returns -1. */
int pt_unknown(struct pt *pt, const char *what, const char *detail);
/* 0 when every member of the node's fields o is one of names (NULL-terminated) or "location";
 * else -1, naming the first other one: a field the emitter does not know is never dropped. */
int pt_fields(struct pt *pt, const char *type, json_t *o, const char *const *names);
/* name as the query spelled it when PostgreSQL folded it to lower case (into spelled, of cap
 * bytes), else name itself. */
const char *pt_spell(struct pt *pt, const char *name, char *spelled, size_t cap);
/* A name as SQLite reads it: the spelling the query used when it was not quoted. */
void pt_ident(struct pt *pt, const char *name);
/* A string constant, quoted. */
void pt_string(struct pt *pt, const char *s);

/* ---- pgtree.c ---- */
/* A SELECT (the SelectStmt fields). */
int pt_select(struct pt *pt, json_t *sel);
/* ORDER BY items (a list of SortBy nodes), without the keyword. */
int pt_sort_list(struct pt *pt, json_t *list);

/* ---- pgtree_expr.c ---- */
/* An expression in a context that needs no parentheses (a select item, a function argument). */
int pt_expr(struct pt *pt, json_t *node);
/* An expression as the operand of an operator: parenthesised unless it is a primary. */
int pt_operand(struct pt *pt, json_t *node);
/* An expression written each time a form uses it (fx_patterns_put(), fx_date_format()):
 * pt_put_arg(&(struct pt_arg){pt, expr}) is pt_operand(pt, expr). */
struct pt_arg {
    struct pt *pt;
    json_t *expr;
};
int pt_put_arg(void *ctx);
/* A comma-separated list of expressions. */
int pt_expr_list(struct pt *pt, json_t *list);
/* The string value of an A_Const node, or NULL. */
const char *pt_const_string(json_t *node);
/* Whether the expression is a date (not a timestamp) in PostgreSQL: a ::date cast,
 * CURRENT_DATE. */
int pt_is_date(json_t *node);
/* The last name of a TypeCast's type, lower case ("int4", "date"), into out; 0 when the type
 * is an array or has no name. */
int pt_cast_type(json_t *tc, char *out, size_t n);
/* The value of a String node in a list of names (funcname, fields), by index; NULL if absent. */
const char *pt_name_at(json_t *names, size_t i);

/* ---- pgtree_func.c ---- */
int pt_func_call(struct pt *pt, json_t *fc);
/* EXTRACT(field FROM x) and date_part('field', x). */
int pt_date_field(struct pt *pt, const char *field, json_t *arg);

#endif
