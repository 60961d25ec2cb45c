/* pgtree.c: the entry of the parse-tree translator (pgtree.h) and its statements and clauses:
 * SELECT, FROM with joins and subqueries, WITH, set operations, ORDER BY / LIMIT, DISTINCT ON.
 *
 * The tree is read as libpg_query's JSON (pg_query_parse) with jansson, not as its protobuf
 * (pg_query_parse_protobuf): the protobuf's C structs need protobuf-c's headers, a build
 * dependency genbi does not otherwise have, while jansson is linked already and the PostgreSQL
 * gate reads the same JSON. JSON also lets every node be checked against the fields the emitter
 * knows (pt_fields): a field it has not seen (an ORDER BY inside an aggregate, a frame clause,
 * a lateral join) makes the query "not translated" rather than silently dropped. One defect of
 * the JSON of this libpg_query (15-4) is worked around: a negative integer constant is written
 * as an empty object, so integers are read from the query text at the node's location. */
#include "analyze/pgtree.h"

#include <ctype.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/pgtree_int.h"
#include "util/err.h"
#include "util/sqllex.h"

#include "util/banned.h"

json_t *pt_node(json_t *n, const char **type)
{
    if (!json_is_object(n) || json_object_size(n) != 1)
        return NULL;
    void *it = json_object_iter(n);
    *type = json_object_iter_key(it);
    json_t *v = json_object_iter_value(it);
    return json_is_object(v) ? v : NULL;
}

void pt_note(struct pt *pt, const char *what)
{
    pt->n++;
    const char *have = buf_cstr(&pt->what);
    size_t n = strlen(what);
    for (const char *p = strstr(have, what); p; p = strstr(p + 1, what))
        if ((p == have || p[-1] == ' ') && (p[n] == ',' || p[n] == '\0'))
            return;
    buf_printf(&pt->what, "%s%s", pt->what.len ? ", " : "", what);
}

int pt_unknown(struct pt *pt, const char *what, const char *detail)
{
    if (!pt->unknown[0])
        snprintf(pt->unknown, sizeof pt->unknown, "%s%s%s", what, detail ? " " : "",
                 detail ? detail : "");
    return -1;
}

int pt_fields(struct pt *pt, const char *type, json_t *o, const char *const *names)
{
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v)
    {
        int known = strcmp(key, "location") == 0;
        for (size_t k = 0; !known && names[k]; k++)
            known = strcmp(key, names[k]) == 0;
        if (!known)
            return pt_unknown(pt, type, key);
    }
    return 0;
}

const char *pt_spell(struct pt *pt, const char *name, char *spelled, size_t cap)
{
    size_t n = strlen(name);
    for (const char *p = name; *p; p++)
        if (isupper((unsigned char)*p))
            return name; /* quoted: PostgreSQL kept its case */
    /* PostgreSQL folds an unquoted name to lower case: find how the query spelled it. */
    const char *p = pt->src, *end = pt->src + pt->src_len;
    enum sqllex_kind kind;
    size_t len;
    while (n < cap && (p = sqllex_next(p, end, &kind, &len)) < end) {
        if (kind == SQLLEX_WORD && len == n && strncasecmp(p, name, n) == 0) {
            memcpy(spelled, p, n);
            spelled[n] = '\0';
            return spelled;
        }
        p += len;
    }
    return name;
}

/* Whether the query wrote name in double quotes: SQLite reads an unknown "x" as the string 'x',
 * which a query written for it may rely on, so such a name keeps its quotes. */
static int pt_was_quoted(struct pt *pt, const char *name)
{
    const char *p = pt->src, *end = pt->src + pt->src_len;
    enum sqllex_kind kind;
    size_t len, n = strlen(name);
    while ((p = sqllex_next(p, end, &kind, &len)) < end) {
        if (kind == SQLLEX_QIDENT && *p == '"' && len == n + 2 && strncmp(p + 1, name, n) == 0 &&
            p[len - 1] == '"')
            return 1;
        p += len;
    }
    return 0;
}

void pt_ident(struct pt *pt, const char *name)
{
    char spelled[128];
    if (!pt_was_quoted(pt, name)) {
        buf_put_sql_ident(&pt->out, pt_spell(pt, name, spelled, sizeof spelled));
        return;
    }
    buf_putc(&pt->out, '"');
    buf_puts(&pt->out, name);
    buf_putc(&pt->out, '"');
}

void pt_string(struct pt *pt, const char *s)
{
    buf_put_sql_string(&pt->out, s);
}

/* A name of PostgreSQL's maximum length may have been cut short by its parser. */
static int pt_name_ok(struct pt *pt, const char *name)
{
    return name && strlen(name) < 63 ? 0 : pt_unknown(pt, "name", "of 63 bytes or more");
}

/* ---- FROM ---- */

static int pt_alias(struct pt *pt, json_t *alias)
{
    if (!alias)
        return 0;
    static const char *const f[] = {"aliasname", NULL};
    const char *name = json_string_value(json_object_get(alias, "aliasname"));
    if (pt_fields(pt, "Alias", alias, f) || !name || pt_name_ok(pt, name))
        return pt_unknown(pt, "alias", "with column names");
    buf_puts(&pt->out, " AS ");
    pt_ident(pt, name);
    return 0;
}

static int pt_from_item(struct pt *pt, json_t *item);

static int pt_range_var(struct pt *pt, json_t *rv)
{
    static const char *const f[] = {"schemaname",     "relname", "inh",
                                    "relpersistence", "alias",   NULL};
    const char *schema = json_string_value(json_object_get(rv, "schemaname"));
    const char *rel = json_string_value(json_object_get(rv, "relname"));
    if (pt_fields(pt, "RangeVar", rv, f) || pt_name_ok(pt, rel))
        return -1;
    if (!json_is_true(json_object_get(rv, "inh")))
        return pt_unknown(pt, "ONLY", NULL);
    if (schema && strcmp(schema, "public") == 0) {
        pt_note(pt, "public.");
    } else if (schema) {
        pt_ident(pt, schema);
        buf_putc(&pt->out, '.');
    }
    pt_ident(pt, rel);
    return pt_alias(pt, json_object_get(rv, "alias"));
}

static int pt_join(struct pt *pt, json_t *j)
{
    static const char *const f[] = {"jointype",    "isNatural", "larg", "rarg",
                                    "usingClause", "quals",     NULL};
    static const struct {
        const char *type, *sql;
    } kinds[] = {{"JOIN_INNER", "JOIN"},
                 {"JOIN_LEFT", "LEFT JOIN"},
                 {"JOIN_RIGHT", "RIGHT JOIN"},
                 {"JOIN_FULL", "FULL JOIN"}};
    const char *type = json_string_value(json_object_get(j, "jointype")), *sql = NULL;
    if (pt_fields(pt, "JoinExpr", j, f))
        return -1;
    for (size_t k = 0; type && k < sizeof kinds / sizeof kinds[0]; k++)
        if (strcmp(type, kinds[k].type) == 0)
            sql = kinds[k].sql;
    if (!sql)
        return pt_unknown(pt, "join", type);
    json_t *quals = json_object_get(j, "quals"), *use = json_object_get(j, "usingClause");
    int natural = json_is_true(json_object_get(j, "isNatural"));
    if (pt_from_item(pt, json_object_get(j, "larg")))
        return -1;
    if (!quals && !use && !natural && strcmp(sql, "JOIN") == 0)
        sql = "CROSS JOIN";
    buf_printf(&pt->out, " %s%s ", natural ? "NATURAL " : "", sql);
    const char *rtype;
    json_t *r = json_object_get(j, "rarg");
    int nested = pt_node(r, &rtype) && strcmp(rtype, "JoinExpr") == 0;
    buf_puts(&pt->out, nested ? "(" : "");
    if (pt_from_item(pt, r))
        return -1;
    buf_puts(&pt->out, nested ? ")" : "");
    if (quals) {
        buf_puts(&pt->out, " ON ");
        return pt_expr(pt, quals);
    }
    if (use) {
        buf_puts(&pt->out, " USING (");
        size_t i;
        json_t *u;
        json_array_foreach(use, i, u)
        {
            const char *t, *name = json_string_value(json_object_get(pt_node(u, &t), "sval"));
            if (!name)
                return pt_unknown(pt, "USING", NULL);
            buf_puts(&pt->out, i ? ", " : "");
            pt_ident(pt, name);
        }
        buf_putc(&pt->out, ')');
    }
    return 0;
}

static int pt_from_item(struct pt *pt, json_t *item)
{
    const char *type = "?";
    json_t *o = pt_node(item, &type);
    if (!o)
        return pt_unknown(pt, "FROM item", NULL);
    if (strcmp(type, "RangeVar") == 0)
        return pt_range_var(pt, o);
    if (strcmp(type, "JoinExpr") == 0)
        return pt_join(pt, o);
    if (strcmp(type, "RangeSubselect") == 0) {
        static const char *const f[] = {"subquery", "alias", NULL};
        const char *st;
        json_t *sub = pt_node(json_object_get(o, "subquery"), &st);
        if (pt_fields(pt, type, o, f) || !sub || strcmp(st, "SelectStmt") != 0)
            return pt_unknown(pt, type, NULL);
        buf_putc(&pt->out, '(');
        if (pt_select(pt, sub))
            return -1;
        buf_putc(&pt->out, ')');
        return pt_alias(pt, json_object_get(o, "alias"));
    }
    return pt_unknown(pt, type, NULL);
}

/* ---- clauses ---- */

int pt_sort_list(struct pt *pt, json_t *list)
{
    static const char *const f[] = {"node", "sortby_dir", "sortby_nulls", NULL};
    size_t i;
    json_t *item;
    json_array_foreach(list, i, item)
    {
        const char *type = "?";
        json_t *s = pt_node(item, &type);
        if (!s || strcmp(type, "SortBy") != 0 || pt_fields(pt, type, s, f))
            return pt_unknown(pt, type, NULL);
        const char *dir = json_string_value(json_object_get(s, "sortby_dir"));
        const char *nulls = json_string_value(json_object_get(s, "sortby_nulls"));
        buf_puts(&pt->out, i ? ", " : "");
        if (pt_expr(pt, json_object_get(s, "node")))
            return -1;
        if (dir && strcmp(dir, "SORTBY_DESC") == 0)
            buf_puts(&pt->out, " DESC");
        else if (dir && strcmp(dir, "SORTBY_ASC") == 0)
            buf_puts(&pt->out, " ASC");
        else if (dir && strcmp(dir, "SORTBY_DEFAULT") != 0)
            return pt_unknown(pt, "ORDER BY", dir);
        /* SQLite has NULLS FIRST/LAST since 3.30; without them each database keeps its own
         * default (SQLite: NULLs first ascending), as the query written for it would. */
        if (nulls && strcmp(nulls, "SORTBY_NULLS_FIRST") == 0)
            buf_puts(&pt->out, " NULLS FIRST");
        else if (nulls && strcmp(nulls, "SORTBY_NULLS_LAST") == 0)
            buf_puts(&pt->out, " NULLS LAST");
    }
    return 0;
}

/* ORDER BY (when with_sort), LIMIT and OFFSET of a SELECT or a set operation. */
static int pt_order_limit(struct pt *pt, json_t *sel, int with_sort)
{
    json_t *sort = with_sort ? json_object_get(sel, "sortClause") : NULL;
    if (sort) {
        buf_puts(&pt->out, " ORDER BY ");
        if (pt_sort_list(pt, sort))
            return -1;
    }
    const char *opt = json_string_value(json_object_get(sel, "limitOption"));
    if (opt && strcmp(opt, "LIMIT_OPTION_WITH_TIES") == 0)
        return pt_unknown(pt, "FETCH", "WITH TIES");
    json_t *count = json_object_get(sel, "limitCount"), *off = json_object_get(sel, "limitOffset");
    const char *t;
    json_t *c = pt_node(count, &t);
    if (c && strcmp(t, "A_Const") == 0 && json_is_true(json_object_get(c, "isnull"))) {
        count = NULL; /* LIMIT ALL */
        pt_note(pt, "LIMIT ALL");
    }
    if (count) {
        buf_puts(&pt->out, " LIMIT ");
        if (pt_expr(pt, count))
            return -1;
    } else if (off) {
        buf_puts(&pt->out, " LIMIT -1");
    }
    if (off) {
        buf_puts(&pt->out, " OFFSET ");
        return pt_expr(pt, off);
    }
    return 0;
}

static int pt_with(struct pt *pt, json_t *with)
{
    static const char *const wf[] = {"ctes", "recursive", NULL};
    static const char *const cf[] = {"ctename", "aliascolnames", "ctematerialized", "ctequery",
                                     NULL};
    if (pt_fields(pt, "WithClause", with, wf))
        return -1;
    buf_puts(&pt->out,
             json_is_true(json_object_get(with, "recursive")) ? "WITH RECURSIVE " : "WITH ");
    size_t i;
    json_t *item;
    json_array_foreach(json_object_get(with, "ctes"), i, item)
    {
        const char *type = "?", *qt = "?";
        json_t *cte = pt_node(item, &type);
        if (!cte || strcmp(type, "CommonTableExpr") != 0 || pt_fields(pt, type, cte, cf))
            return pt_unknown(pt, type, NULL);
        const char *name = json_string_value(json_object_get(cte, "ctename"));
        const char *mat = json_string_value(json_object_get(cte, "ctematerialized"));
        json_t *q = pt_node(json_object_get(cte, "ctequery"), &qt);
        if (pt_name_ok(pt, name) || !q || strcmp(qt, "SelectStmt") != 0)
            return pt_unknown(pt, "WITH", qt);
        if (mat && strcmp(mat, "CTEMaterializeDefault") != 0)
            return pt_unknown(pt, "WITH", mat);
        buf_puts(&pt->out, i ? ", " : "");
        pt_ident(pt, name);
        json_t *cols = json_object_get(cte, "aliascolnames");
        if (cols) {
            buf_puts(&pt->out, "(");
            size_t k;
            json_t *c;
            json_array_foreach(cols, k, c)
            {
                const char *ct, *cn = json_string_value(json_object_get(pt_node(c, &ct), "sval"));
                if (pt_name_ok(pt, cn))
                    return -1;
                buf_puts(&pt->out, k ? ", " : "");
                pt_ident(pt, cn);
            }
            buf_puts(&pt->out, ")");
        }
        buf_puts(&pt->out, " AS (");
        if (pt_select(pt, q))
            return -1;
        buf_puts(&pt->out, ")");
    }
    buf_putc(&pt->out, ' ');
    return 0;
}

/* The select list; star 0 refuses `*` (DISTINCT ON wraps the list). */
static int pt_targets(struct pt *pt, json_t *list)
{
    static const char *const f[] = {"name", "val", NULL};
    size_t i;
    json_t *item;
    json_array_foreach(list, i, item)
    {
        const char *type = "?";
        json_t *rt = pt_node(item, &type);
        if (!rt || strcmp(type, "ResTarget") != 0 || pt_fields(pt, type, rt, f))
            return pt_unknown(pt, type, NULL);
        buf_puts(&pt->out, i ? ", " : "");
        if (pt_expr(pt, json_object_get(rt, "val")))
            return -1;
        const char *name = json_string_value(json_object_get(rt, "name"));
        if (name) {
            if (pt_name_ok(pt, name))
                return -1;
            buf_puts(&pt->out, " AS ");
            pt_ident(pt, name);
        }
    }
    return 0;
}

/* FROM, WHERE, GROUP BY and HAVING. */
static int pt_from_where(struct pt *pt, json_t *sel)
{
    json_t *from = json_object_get(sel, "fromClause"), *where = json_object_get(sel, "whereClause");
    json_t *group = json_object_get(sel, "groupClause"),
           *having = json_object_get(sel, "havingClause");
    size_t i;
    json_t *item;
    json_array_foreach(from, i, item)
    {
        buf_puts(&pt->out, i ? ", " : " FROM ");
        if (pt_from_item(pt, item))
            return -1;
    }
    if (where) {
        buf_puts(&pt->out, " WHERE ");
        if (pt_expr(pt, where))
            return -1;
    }
    if (group) {
        buf_puts(&pt->out, " GROUP BY ");
        if (pt_expr_list(pt, group))
            return -1;
    }
    if (having) {
        buf_puts(&pt->out, " HAVING ");
        if (pt_expr(pt, having))
            return -1;
    }
    return 0;
}

/* SELECT DISTINCT ON (keys) list ... ORDER BY sort: the first row of each group of keys in the
 * sort order, by a window over a subquery. The inner query computes each item as genbi_cN,
 * numbers the rows of each group (genbi_rn) and of the whole sort (genbi_ord); the outer one
 * keeps the first of each group, in the sort order, under the names the items had. */
static int pt_distinct_on(struct pt *pt, json_t *sel, json_t *keys)
{
    json_t *list = json_object_get(sel, "targetList"), *sort = json_object_get(sel, "sortClause");
    struct buf outer = BUF_INIT, saved = pt->out;
    int rc = -1;
    size_t i;
    json_t *item;
    pt->out = (struct buf)BUF_INIT; /* the inner query */
    buf_puts(&outer, "SELECT ");
    buf_puts(&pt->out, "SELECT ");
    json_array_foreach(list, i, item)
    {
        const char *type = "?", *ct = "?";
        json_t *rt = pt_node(item, &type), *val = rt ? json_object_get(rt, "val") : NULL;
        json_t *col = pt_node(val, &ct);
        const char *name = rt ? json_string_value(json_object_get(rt, "name")) : NULL;
        json_t *fields =
            col && strcmp(ct, "ColumnRef") == 0 ? json_object_get(col, "fields") : NULL;
        const char *last = fields ? pt_name_at(fields, json_array_size(fields) - 1) : NULL;
        buf_puts(&pt->out, i ? ", " : "");
        if (!rt || !val || (fields && !last)) {
            pt_unknown(pt, "DISTINCT ON", "with *");
            goto out;
        }
        size_t expr_at = pt->out.len;
        if (pt_expr(pt, val))
            goto out;
        /* The outer name: the alias, the column's name, or the expression's text as SQLite
         * names an unnamed expression. */
        buf_printf(&outer, "%sgenbi_c%zu AS ", i ? ", " : "", i);
        if (name || last) {
            struct buf inner = pt->out;
            pt->out = outer;
            pt_ident(pt, name ? name : last);
            outer = pt->out;
            pt->out = inner;
        } else if (!pt->out.failed) {
            char *text = strndup(pt->out.data + expr_at, pt->out.len - expr_at);
            if (!text || buf_put_sql_ident(&outer, text))
                outer.failed = 1;
            free(text);
        }
        buf_printf(&pt->out, " AS genbi_c%zu", i);
    }
    buf_puts(&pt->out, ", ROW_NUMBER() OVER (PARTITION BY ");
    if (pt_expr_list(pt, keys))
        goto out;
    if (sort) {
        buf_puts(&pt->out, " ORDER BY ");
        if (pt_sort_list(pt, sort))
            goto out;
        buf_puts(&pt->out, ") AS genbi_rn, ROW_NUMBER() OVER (ORDER BY ");
        if (pt_sort_list(pt, sort))
            goto out;
        buf_puts(&pt->out, ") AS genbi_ord");
    } else {
        buf_puts(&pt->out, ") AS genbi_rn");
    }
    rc = pt_from_where(pt, sel);
out:;
    struct buf inner = pt->out;
    pt->out = saved;
    if (rc == 0) {
        pt_note(pt, "DISTINCT ON");
        buf_printf(&pt->out, "%s FROM (%s) WHERE genbi_rn = 1%s", buf_cstr(&outer),
                   buf_cstr(&inner), sort ? " ORDER BY genbi_ord" : "");
        if (inner.failed || outer.failed)
            pt->out.failed = 1;
        rc = pt_order_limit(pt, sel, 0);
    }
    buf_free(&inner);
    buf_free(&outer);
    return rc;
}

static int pt_select_body(struct pt *pt, json_t *sel);

/* One side of a set operation: SQLite's compound members take no ORDER BY, LIMIT or WITH and
 * chain left to right, so such a member, and a set operation on the right, become a subquery. */
static int pt_setop_member(struct pt *pt, json_t *m, int left)
{
    const char *op = json_string_value(json_object_get(m, "op"));
    int compound = op && strcmp(op, "SETOP_NONE") != 0;
    int wrap = json_object_get(m, "sortClause") || json_object_get(m, "limitCount") ||
               json_object_get(m, "limitOffset") || json_object_get(m, "withClause") ||
               (compound && !left);
    if (!wrap)
        return pt_select_body(pt, m);
    buf_puts(&pt->out, "SELECT * FROM (");
    if (pt_select(pt, m))
        return -1;
    buf_puts(&pt->out, ")");
    return 0;
}

static int pt_setop(struct pt *pt, json_t *sel, const char *op)
{
    static const struct {
        const char *op, *sql;
    } ops[] = {
        {"SETOP_UNION", "UNION"}, {"SETOP_INTERSECT", "INTERSECT"}, {"SETOP_EXCEPT", "EXCEPT"}};
    const char *sql = NULL;
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (strcmp(op, ops[k].op) == 0)
            sql = ops[k].sql;
    int all = json_is_true(json_object_get(sel, "all"));
    if (!sql || (all && strcmp(sql, "UNION") != 0))
        return pt_unknown(pt, op, all ? "ALL" : NULL);
    if (pt_setop_member(pt, json_object_get(sel, "larg"), 1))
        return -1;
    buf_printf(&pt->out, " %s%s ", sql, all ? " ALL" : "");
    if (pt_setop_member(pt, json_object_get(sel, "rarg"), 0))
        return -1;
    return 0;
}

/* A SELECT without its WITH. */
static int pt_select_body(struct pt *pt, json_t *sel)
{
    static const char *const f[] = {"distinctClause", "targetList",   "fromClause", "whereClause",
                                    "groupClause",    "havingClause", "sortClause", "limitCount",
                                    "limitOffset",    "limitOption",  "op",         "all",
                                    "larg",           "rarg",         "withClause", NULL};
    if (pt_fields(pt, "SelectStmt", sel, f))
        return -1;
    const char *op = json_string_value(json_object_get(sel, "op"));
    if (op && strcmp(op, "SETOP_NONE") != 0) {
        if (pt_setop(pt, sel, op))
            return -1;
        return pt_order_limit(pt, sel, 1);
    }
    json_t *distinct = json_object_get(sel, "distinctClause");
    json_t *first = json_array_get(distinct, 0);
    if (first && json_object_size(first) > 0) {
        return pt_distinct_on(pt, sel, distinct);
    }
    buf_puts(&pt->out, first ? "SELECT DISTINCT " : "SELECT ");
    if (pt_targets(pt, json_object_get(sel, "targetList")) || pt_from_where(pt, sel))
        return -1;
    return pt_order_limit(pt, sel, 1);
}

int pt_select(struct pt *pt, json_t *sel)
{
    if (++pt->depth > PT_MAX_DEPTH) {
        pt->depth--;
        return pt_unknown(pt, "nesting", NULL);
    }
    json_t *with = json_object_get(sel, "withClause");
    int rc = with ? pt_with(pt, with) : 0;
    if (!rc)
        rc = pt_select_body(pt, sel);
    pt->depth--;
    return rc;
}

/* ---- entry ---- */

static int pt_translate(const char *sql, char **out, struct buf *what)
{
    *out = NULL;
    if (!sql)
        return 0;
    PgQueryParseResult r = pg_query_parse(sql);
    if (r.error) {
        buf_printf(what, "does not parse as PostgreSQL (%s)", r.error->message);
        pg_query_free_parse_result(r);
        return what->failed ? ERR_NOMEM : 0;
    }
    json_t *root = json_loads(r.parse_tree ? r.parse_tree : "", 0, NULL);
    pg_query_free_parse_result(r);
    json_t *stmts = json_object_get(root, "stmts");
    const char *type = "nothing";
    json_t *sel = json_array_size(stmts) == 1
                      ? pt_node(json_object_get(json_array_get(stmts, 0), "stmt"), &type)
                      : NULL;
    if (!sel || strcmp(type, "SelectStmt") != 0) {
        buf_printf(what, "not translated: %s",
                   json_array_size(stmts) > 1 ? "several statements" : type);
        json_decref(root);
        return what->failed ? ERR_NOMEM : 0;
    }
    struct pt pt = {.src = sql, .src_len = strlen(sql), .out = BUF_INIT, .what = BUF_INIT};
    int rc = pt_select(&pt, sel);
    json_decref(root);
    if (rc < 0)
        buf_printf(what, "not translated: %s", pt.unknown);
    else if (pt.n == 0)
        buf_puts(what, "nothing to translate");
    else
        buf_puts(what, buf_cstr(&pt.what));
    if (pt.out.failed || pt.what.failed || what->failed)
        rc = ERR_NOMEM;
    else if (rc < 0 || pt.n == 0)
        rc = 0;
    else if ((*out = buf_detach(&pt.out)))
        rc = pt.n;
    else
        rc = ERR_NOMEM;
    buf_free(&pt.out);
    buf_free(&pt.what);
    return rc;
}

const struct pgtree_ops pgtree_ops = {
    .translate = pt_translate,
};
