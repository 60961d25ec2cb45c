/* Question/SQL consistency: the question's cue words against what the SQL text does, and the
 * columns a query joins on against the schema's foreign keys. A flag is evidence, not proof:
 * the supervisor weighs it (consistency_weight) against agreement between tiers. The weights
 * were measured on recorded outputs of published systems (docs/cost.md). */
#include "analyze/consistency.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "analyze/fix_int.h"
#include "util/sqllex.h"

#include "util/banned.h"

/* The cue classes each check reads (util/question's cue table) and the flag it raises. */
static const struct {
    unsigned cue;
    unsigned flag;
} asks[] = {
    {QCUE_COUNT, CONSIST_COUNT},     {QCUE_NEG, CONSIST_NEGATION},  {QCUE_ORDER, CONSIST_ORDER},
    {QCUE_GROUP, CONSIST_GROUP},     {QCUE_EXTREME, CONSIST_EXTREME},
    {QCUE_DISTINCT, CONSIST_DISTINCT},
};

/* Per check: its name and its weight as evidence that the answer is wrong. From recorded
 * outputs (docs/cost.md): the checks at 1 flagged answers a stronger model corrected clearly
 * more often than ones it broke; those at 0.5 only slightly more often. With the default tier
 * confidence (0.85) and consistency_penalty (0.15) either weight sends the answer on. */
static const struct {
    unsigned flag;
    const char *name;
    double weight;
} checks[] = {
    {CONSIST_COUNT, "count", 1.0},     {CONSIST_NEGATION, "negation", 1.0},
    {CONSIST_LITERAL, "literal", 1.0}, {CONSIST_ORDER, "order", 1.0},
    {CONSIST_LINK, "link", 1.0},       {CONSIST_GROUP, "group", 0.5},
    {CONSIST_EXTREME, "extreme", 0.5}, {CONSIST_DISTINCT, "distinct", 0.5},
};

#define N_CHECKS (sizeof checks / sizeof checks[0])

/* ---- what the SQL does ---- */

static int sql_has_call(const struct fx_sql *q, const char *fn)
{
    for (size_t i = 0; i + 1 < q->n; i++)
        if (fx_is(q, i, fn) && fx_is(q, i + 1, "("))
            return 1;
    return 0;
}

static int sql_has_pair(const struct fx_sql *q, const char *a, const char *b)
{
    for (size_t i = 0; i + 1 < q->n; i++)
        if (fx_is(q, i, a) && fx_is(q, i + 1, b))
            return 1;
    return 0;
}

static int sql_has_word(const struct fx_sql *q, const char *w)
{
    for (size_t i = 0; i < q->n; i++)
        if (fx_is(q, i, w))
            return 1;
    return 0;
}

static int sql_negates(const struct fx_sql *q)
{
    return sql_has_word(q, "not") || sql_has_word(q, "!=") || sql_has_word(q, "<>") ||
           sql_has_word(q, "except");
}

static int sql_extreme(const struct fx_sql *q)
{
    return sql_has_word(q, "limit") || sql_has_call(q, "max") || sql_has_call(q, "min") ||
           sql_has_pair(q, "order", "by");
}

/* ---- literals ---- */

/* Does the digit run num[0..n) occur in sql, not as part of a longer digit run? */
static int sql_has_number(const char *sql, const char *num, size_t n)
{
    for (const char *p = sql; (p = strstr(p, num)) != NULL; p++) {
        int before = p > sql && (isdigit((unsigned char)p[-1]) || p[-1] == '.');
        int after =
            isdigit((unsigned char)p[n]) || (p[n] == '.' && isdigit((unsigned char)p[n + 1]));
        if (!before && !after)
            return 1;
    }
    return 0;
}

/* Case-insensitive substring. */
static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return 1;
    for (const char *p = hay; *p; p++)
        if (strncasecmp(p, needle, n) == 0)
            return 1;
    return 0;
}

static int literal_missing(const struct question *qs, const char *sql)
{
    for (size_t i = 0; i < qs->n_values; i++)
        if (!contains_ci(sql, qs->values[i]))
            return 1;
    for (size_t i = 0; i < qs->n_words; i++) {
        const char *w = qs->words[i].w;
        size_t k = strspn(w, "0123456789.");
        if (!k || w[k] || !isdigit((unsigned char)w[0]))
            continue;
        if (!sql_has_number(sql, w, k))
            return 1;
    }
    return 0;
}

/* ---- columns a query links ---- */

struct colref {
    int table, col; /* schema indexes; -1 when unresolved */
};

/* Resolves the column reference at token i (qual.col or col) seen from its scope; *next is the
 * token after it. Returns 0 when token i is not a column reference. */
static int parse_colref(const struct fx_sql *q, const struct schema *s, size_t i, size_t *next,
                        struct colref *out)
{
    out->table = out->col = -1;
    if (!fx_is_ident(q, i) || (i > 0 && fx_is(q, i - 1, ".")))
        return 0;
    char a[128], b[128];
    fx_ident(q, i, a, sizeof a);
    if (q->t[i].type == SQLLEX_WORD && sqllex_is_keyword(a, strlen(a)))
        return 0;
    int sc = q->t[i].scope;
    if (fx_is(q, i + 1, ".") && fx_is_ident(q, i + 2)) {
        fx_ident(q, i + 2, b, sizeof b);
        *next = i + 3;
        const struct fx_tref *r = fx_resolve(q, sc, a);
        if (r && r->table >= 0) {
            int c = schema_find_column(&s->tables[r->table], b);
            if (c >= 0) {
                out->table = r->table;
                out->col = c;
            }
        }
        return 1;
    }
    if (fx_is(q, i + 1, "("))
        return 0; /* a function call */
    *next = i + 1;
    /* Unqualified: the innermost scope whose tables have the column, when exactly one does. */
    for (int k = sc; k >= 0; k = q->scopes[k].parent) {
        int hits = 0;
        const struct fx_scope *S = &q->scopes[k];
        for (size_t j = 0; j < S->n_refs; j++) {
            int t = S->refs[j].table;
            if (t < 0)
                continue;
            int c = schema_find_column(&s->tables[t], a);
            if (c >= 0 && !(hits && out->table == t)) {
                hits++;
                out->table = t;
                out->col = c;
            }
        }
        if (hits == 1)
            return 1;
        if (hits > 1) {
            out->table = out->col = -1;
            return 1;
        }
    }
    return 1;
}

static int refers_to(const struct schema *s, struct colref a, struct colref b)
{
    const struct schema_column *c = &s->tables[a.table].cols[a.col];
    if (!c->fk_table || strcasecmp(c->fk_table, s->tables[b.table].name) != 0)
        return 0;
    return !c->fk_column || strcasecmp(c->fk_column, s->tables[b.table].cols[b.col].name) == 0;
}

static int is_key(const struct schema *s, struct colref a)
{
    const struct schema_column *c = &s->tables[a.table].cols[a.col];
    return c->pk > 0 || c->fk_table != NULL;
}

/* Two columns a query equates are linked when they are the same column, one references the
 * other, or both reference the same column. Only pairs with a key on one side are judged:
 * comparing two plain values (two tables' "state") is a legitimate question. */
static int unlinked(const struct schema *s, struct colref a, struct colref b)
{
    if (a.table < 0 || b.table < 0)
        return 0;
    if (a.table == b.table && a.col == b.col)
        return 0;
    if (!is_key(s, a) && !is_key(s, b))
        return 0;
    if (refers_to(s, a, b) || refers_to(s, b, a))
        return 0;
    const struct schema_column *ca = &s->tables[a.table].cols[a.col];
    const struct schema_column *cb = &s->tables[b.table].cols[b.col];
    if (ca->fk_table && cb->fk_table && strcasecmp(ca->fk_table, cb->fk_table) == 0 &&
        (!ca->fk_column || !cb->fk_column || strcasecmp(ca->fk_column, cb->fk_column) == 0))
        return 0;
    return 1;
}

static int schema_has_fk(const struct schema *s)
{
    for (size_t t = 0; t < s->n_tables; t++)
        for (size_t c = 0; c < s->tables[t].n_cols; c++)
            if (s->tables[t].cols[c].fk_table)
                return 1;
    return 0;
}

/* `a = b` between two columns, and `a [NOT] IN (SELECT [DISTINCT] b ...)`. */
static int bad_link(const struct fx_sql *q, const struct schema *s)
{
    for (size_t i = 0; i < q->n; i++) {
        struct colref a, b;
        size_t j, k;
        if (!parse_colref(q, s, i, &j, &a))
            continue;
        if (fx_is(q, j, "=") || fx_is(q, j, "==")) {
            if (parse_colref(q, s, j + 1, &k, &b) && !fx_is(q, k, "(") && unlinked(s, a, b))
                return 1;
            continue;
        }
        if (fx_is(q, j, "not"))
            j++;
        if (fx_is(q, j, "in") && fx_is(q, j + 1, "(") && fx_is(q, j + 2, "select")) {
            size_t m = j + 3;
            if (fx_is(q, m, "distinct"))
                m++;
            if (parse_colref(q, s, m, &k, &b) && (fx_is(q, k, "from") || fx_is(q, k, "as")) &&
                unlinked(s, a, b))
                return 1;
        }
    }
    return 0;
}

unsigned consistency_check(const struct question *question, const char *sql,
                           const struct schema *s)
{
    if (!question || !sql)
        return 0;
    struct fx_sql q;
    if (fx_parse(sql, s, &q))
        return 0;
    unsigned asked = 0;
    for (size_t i = 0; i < sizeof asks / sizeof asks[0]; i++)
        if (question->cues & asks[i].cue)
            asked |= asks[i].flag;
    unsigned f = 0;
    if ((asked & CONSIST_COUNT) && !sql_has_call(&q, "count"))
        f |= CONSIST_COUNT;
    if ((asked & CONSIST_NEGATION) && !sql_negates(&q))
        f |= CONSIST_NEGATION;
    if ((asked & CONSIST_ORDER) && !sql_has_pair(&q, "order", "by"))
        f |= CONSIST_ORDER;
    if ((asked & CONSIST_GROUP) && !sql_has_pair(&q, "group", "by"))
        f |= CONSIST_GROUP;
    if ((asked & CONSIST_EXTREME) && !sql_extreme(&q))
        f |= CONSIST_EXTREME;
    if ((asked & CONSIST_DISTINCT) && !sql_has_word(&q, "distinct") &&
        !sql_has_pair(&q, "group", "by"))
        f |= CONSIST_DISTINCT;
    if (literal_missing(question, sql))
        f |= CONSIST_LITERAL;
    if (s && schema_has_fk(s) && bad_link(&q, s))
        f |= CONSIST_LINK;
    fx_sql_free(&q);
    return f;
}

/* ---- what a model's answer reads and returns ---- */

/* Where databases describe themselves: a schema qualifier, or a name prefix of a table the
 * introspected schema does not hold (SQLite's sqlite_master and pragma_* functions, PostgreSQL's
 * pg_* views). Reading only these answers a question about the schema, never one about data. */
static const char *const catalog_schemas[] = {
    "information_schema", "pg_catalog", "performance_schema", "mysql", "sys", NULL};
static const char *const catalog_prefixes[] = {"sqlite_", "pragma_", "pg_", NULL};

static int in_list_ci(const char *w, const char *const *list, int prefix)
{
    for (; *list; list++)
        if (prefix ? strncasecmp(w, *list, strlen(*list)) == 0 : strcasecmp(w, *list) == 0)
            return 1;
    return 0;
}

/* Statements that describe the database rather than read its data (PRAGMA table_info(t), SHOW
 * TABLES, DESCRIBE t, a plan). */
static const char *const catalog_statements[] = {"pragma", "show",    "describe",
                                                 "desc",   "explain", NULL};

static int in_list_ci_tok(const struct fx_sql *q, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (fx_is(q, i, *list))
            return 1;
    return 0;
}

#define MAX_CTES 32

/* The names of the query's common table expressions, `name [(cols)] AS [NOT] [MATERIALIZED] (`,
 * in one pass (the column list is only names and commas). Returns how many, or -1 when there
 * are more than MAX_CTES. */
static int cte_names(const struct fx_sql *q, char names[MAX_CTES][128])
{
    int n = 0;
    for (size_t i = 0; i + 2 < q->n; i++) {
        if (!fx_is_ident(q, i))
            continue;
        size_t j = i + 1;
        if (fx_is(q, j, "(")) {
            for (j++; j < q->n && (fx_is_ident(q, j) || fx_is(q, j, ",")); j++)
                ;
            if (!fx_is(q, j, ")"))
                continue;
            j++;
        }
        if (!fx_is(q, j, "as"))
            continue;
        j++;
        if (fx_is(q, j, "not"))
            j++;
        if (fx_is(q, j, "materialized"))
            j++;
        if (!fx_is(q, j, "("))
            continue;
        if (n == MAX_CTES)
            return -1;
        fx_ident(q, i, names[n++], 128);
    }
    return n;
}

/* A catalog qualifier wins over a user table of the same name (information_schema.tables and a
 * table "tables"); a prefix only marks names the schema does not hold. */
static int is_catalog(const struct fx_sql *q, const struct fx_tref *r)
{
    if (r->tok >= 2 && fx_is(q, r->tok - 1, ".")) {
        char qual[128];
        fx_ident(q, r->tok - 2, qual, sizeof qual);
        if (in_list_ci(qual, catalog_schemas, 0))
            return 1;
    }
    return r->table < 0 && in_list_ci(r->name, catalog_prefixes, 1);
}

/* What the query reads: ANALYZE_NO_TABLE when no table at all, ANALYZE_CATALOG when only the
 * catalog, 0 when some table of the data, or a name genbi cannot judge (a view, a table the
 * schema does not list). Derived tables and CTEs count by what they read themselves, table
 * functions (json_each, generate_series) read no table. */
static unsigned tables_read(const struct fx_sql *q)
{
    char ctes[MAX_CTES][128];
    int catalog = 0, n_ctes = cte_names(q, ctes);
    if (n_ctes < 0)
        return 0; /* too many to judge */
    if (in_list_ci_tok(q, 0, catalog_statements))
        return ANALYZE_CATALOG;
    for (size_t k = 0; k < q->n_scopes; k++) {
        for (size_t j = 0; j < q->scopes[k].n_refs; j++) {
            const struct fx_tref *r = &q->scopes[k].refs[j];
            if (r->tok == (size_t)-1 || !r->name[0])
                continue;
            if (is_catalog(q, r))
                catalog = 1;
            else if (!fx_is(q, r->tok + 1, "(")) {
                int cte = 0;
                for (int c = 0; c < n_ctes && !cte; c++)
                    cte = strcasecmp(ctes[c], r->name) == 0;
                if (!cte)
                    return 0;
            }
        }
    }
    return catalog ? ANALYZE_CATALOG : ANALYZE_NO_TABLE;
}

/* The stem of a schema name or question word, lower-cased first (names may be "Customers"). */
static void stem_of(const char *w, char out[QUESTION_WORD_MAX])
{
    char low[QUESTION_WORD_MAX];
    size_t n = 0;
    for (; w[n] && n + 1 < sizeof low; n++)
        low[n] = (char)tolower((unsigned char)w[n]);
    question_stem(low, n, out);
}

/* Whether a table or a column of the schema is named by w (its stem; "tables" names a table
 * "table"). Only whole names count: in "dining_table" the word is the data's only as part of
 * another name, and "what tables are there" still asks about the schema. */
static int schema_names_word(const struct schema *s, const char *w)
{
    char ws[QUESTION_WORD_MAX], ns[QUESTION_WORD_MAX];
    stem_of(w, ws);
    for (size_t t = 0; t < s->n_tables; t++) {
        for (size_t c = 0; c <= s->tables[t].n_cols; c++) {
            const char *n = c == 0 ? s->tables[t].name : s->tables[t].cols[c - 1].name;
            stem_of(n, ns);
            if (strcasecmp(ns, ws) == 0)
                return 1;
        }
    }
    return 0;
}

/* Words of a phrase of cue class cls at the question's word i; 0 when none starts there.
 * *classes (when given) gets all the classes of that phrase. */
static size_t cue_len(const struct question *qs, unsigned cls, size_t i, unsigned *classes)
{
    size_t n_cues;
    const struct question_cue_def *cues = question_cues(&n_cues);
    for (size_t c = 0; c < n_cues; c++) {
        if (!(cues[c].classes & cls) || (cues[c].at_start && i))
            continue;
        size_t l = question_phrase_at(qs, i, cues[c].phrase);
        if (l && classes)
            *classes = cues[c].classes;
        if (l)
            return l;
    }
    return 0;
}

/* A question about the schema itself ("what tables are there"): a schema word (table, column)
 * that names nothing in the schema, where "table" is not the data's own word. */
static int about_schema(const struct question *qs, const struct schema *s)
{
    if (!(qs->cues & QCUE_SCHEMA))
        return 0;
    for (size_t i = 0; i < qs->n_words; i++)
        if (cue_len(qs, QCUE_SCHEMA, i, NULL) && (!s || !schema_names_word(s, qs->words[i].w)))
            return 1;
    return 0;
}

/* One number asked: a count or an amount, not per group, not a list or its order ("in
 * descending order of number of products"), not an extreme (top 5), not a count or an amount
 * used as a threshold ("customers with a number of orders above 5", "cars lighter than the
 * average"); "how many" stays one number next to a threshold. */
static int asks_number(const struct question *qs)
{
    unsigned c = qs->cues;
    if (!(c & (QCUE_COUNT | QCUE_AMOUNT)))
        return 0;
    if (c & (QCUE_MULTI | QCUE_GROUP | QCUE_BREAKDOWN | QCUE_EXTREME | QCUE_SHARE | QCUE_ORDER |
             QCUE_OPEN_LIST | QCUE_OPEN_ALL | QCUE_OPEN_PLURAL))
        return 0;
    return (c & QCUE_HOW_MANY) || !(c & (QCUE_FILTER | QCUE_CMP | QCUE_NEST));
}

/* A cell a person reads as a number: numeric, or text that starts with one ("1,234", "$5",
 * "143 customers"). */
static int cell_numeric(const struct db_cell *c)
{
    if (c->type == DB_INT || c->type == DB_REAL)
        return 1;
    if (c->type != DB_TEXT || !c->s)
        return 0;
    const unsigned char *p = (const unsigned char *)c->s;
    while (*p && (isspace(*p) || *p == '$' || *p == '-' || *p == '+' || *p >= 0x80))
        p++;
    return isdigit(*p) != 0;
}

/* Some cell holds a value and none reads as a number. */
static int no_number(const struct db_result *r)
{
    int values = 0;
    for (size_t i = 0; i < r->n_rows; i++)
        for (size_t c = 0; c < r->n_cols; c++) {
            const struct db_cell *cell = db_cell_at(r, i, c);
            if (cell_numeric(cell))
                return 0;
            values |= cell->type != DB_NULL;
        }
    return values;
}

/* How many values the entity a question word names can take: a table (its rows) or a column (its
 * distinct values) named by the word's stem. 2 when every such name has more than one, 1 when
 * one has at most one, 0 when nothing is named or a count is unknown. */
static int entity_values(const struct schema *s, const char *w, int *table, int *col)
{
    char ws[QUESTION_WORD_MAX], ns[QUESTION_WORD_MAX];
    stem_of(w, ws);
    int named = 0;
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *T = &s->tables[t];
        stem_of(T->name, ns);
        if (strcasecmp(ns, ws) == 0) {
            if (T->row_count < 0)
                return 0;
            if (T->row_count <= 1)
                return 1;
            named = 1;
            *table = (int)t;
            *col = -1;
        }
        for (size_t c = 0; c < T->n_cols; c++) {
            const struct schema_column *C = &T->cols[c];
            stem_of(C->name, ns);
            if (strcasecmp(ns, ws) != 0)
                continue;
            long long d = C->n_distinct >= 0                    ? C->n_distinct
                          : C->n_samples < LIMIT_SCHEMA_SAMPLES ? (long long)C->n_samples
                                                                : -1;
            if (T->row_count >= 0 && T->row_count <= 1)
                d = T->row_count;
            if (d < 0)
                return 0;
            if (d <= 1)
                return 1;
            named = 1;
            *table = (int)t;
            *col = (int)c;
        }
    }
    return named ? 2 : 0;
}

/* The question names a stored value of the entity (table t, or its column c when c >= 0):
 * "revenue per region in Europe" keeps one region on purpose. Values of up to three words. */
static int names_value_of(const struct question *qs, const struct schema *s, int t, int c)
{
    for (size_t i = 0; i < qs->n_words; i++) {
        char v[3 * QUESTION_WORD_MAX + 2] = "";
        size_t used = 0;
        for (size_t k = i; k < qs->n_words && k < i + 3; k++) {
            int w = snprintf(v + used, sizeof v - used, "%s%s", k > i ? " " : "", qs->words[k].w);
            if (w < 0 || (size_t)w >= sizeof v - used)
                break;
            used += (size_t)w;
            size_t n;
            long at = schema_find_value(s, v, &n);
            for (size_t j = 0; at >= 0 && j < n; j++) {
                const struct schema_value *sv = &s->values[(size_t)at + j];
                if ((int)sv->table == t && (c < 0 || (int)sv->column == c))
                    return 1;
            }
        }
    }
    return 0;
}

/* A breakdown asked ("per country", "for each region", "by segment") and one row returned,
 * while the entity it is per has more than one value. Averages are left alone ("average orders
 * per customer" is one number), and so are thresholds and extremes, whose rows depend on data;
 * a breakdown word that is not a group cue ("by") counts only before a singular word ("orders
 * placed by customers" names an agent). */
static int one_for_each(const struct question *qs, const struct schema *s,
                        const struct db_result *r)
{
    unsigned skip = QCUE_MEAN | QCUE_EXTREME | QCUE_ORDER | QCUE_FILTER | QCUE_CMP | QCUE_NEST;
    if (!s || r->n_rows != 1 || !(qs->cues & QCUE_BREAKDOWN) || (qs->cues & skip))
        return 0;
    for (size_t at = 0; at < qs->n_words; at++) {
        unsigned cls = 0;
        size_t len = cue_len(qs, QCUE_BREAKDOWN, at, &cls);
        if (!len)
            continue;
        int loose = !(cls & QCUE_GROUP); /* "by", which also names an agent */
        for (size_t i = at + len; i < qs->n_words && i < at + len + 3; i++) {
            const char *w = qs->words[i].w;
            int t = -1, c = -1, v = entity_values(s, w, &t, &c);
            if (!v)
                continue;
            char st[QUESTION_WORD_MAX];
            stem_of(w, st);
            int plural = strcmp(st, w) != 0 && w[strlen(w) - 1] == 's';
            if (v == 2 && !(loose && plural) && !names_value_of(qs, s, t, c))
                return 1;
            break;
        }
    }
    return 0;
}

/* The query groups its rows (GROUP BY, or a window's PARTITION BY): a breakdown that returned one
 * row then did group, and the data held one group ("each month" over one month of flights). */
static int sql_groups(const char *sql)
{
    const char *p = sql, *end = sql + strlen(sql);
    int prev_group = 0;
    enum sqllex_kind k;
    size_t n;
    while ((p = sqllex_next(p, end, &k, &n)) < end) {
        int is_by = k == SQLLEX_WORD && n == 2 && strncasecmp(p, "by", 2) == 0;
        if (is_by && prev_group)
            return 1;
        prev_group = k == SQLLEX_WORD && ((n == 5 && strncasecmp(p, "group", 5) == 0) ||
                                          (n == 9 && strncasecmp(p, "partition", 9) == 0));
        p += n;
    }
    return 0;
}

unsigned consistency_answer(const struct question *question, const char *sql,
                            const struct schema *s, const struct db_result *r)
{
    if (!question || !sql || !r)
        return 0;
    unsigned f = 0;
    struct fx_sql q;
    if (fx_parse(sql, s, &q) == 0) {
        unsigned reads = tables_read(&q);
        if (reads == ANALYZE_NO_TABLE || (reads == ANALYZE_CATALOG && !about_schema(question, s)))
            f |= reads;
        fx_sql_free(&q);
    }
    if (asks_number(question)) {
        size_t allowed = 1;
        for (size_t i = 0; i < question->n_words; i++)
            allowed += cue_len(question, QCUE_ALT, i, NULL) > 0;
        if (r->n_rows > allowed || r->truncated)
            f |= ANALYZE_MANY_FOR_ONE;
        /* "number of" also names a thing ("the phone number of ..."): only "how many" and an
         * amount say a number is the answer */
        if ((question->cues & (QCUE_HOW_MANY | QCUE_AMOUNT)) && no_number(r))
            f |= ANALYZE_TEXT_FOR_NUMBER;
    }
    if (!r->truncated && !sql_groups(sql) && one_for_each(question, s, r))
        f |= ANALYZE_ONE_FOR_EACH;
    return f;
}

double consistency_weight(unsigned flags)
{
    double w = 0;
    for (size_t i = 0; i < N_CHECKS; i++)
        if (flags & checks[i].flag)
            w += checks[i].weight;
    return w > 1 ? 1 : w;
}

void consistency_str(unsigned flags, char *buf, size_t n)
{
    if (!n)
        return;
    buf[0] = '\0';
    size_t len = 0;
    for (size_t i = 0; i < N_CHECKS; i++) {
        if (!(flags & checks[i].flag))
            continue;
        int w = snprintf(buf + len, n - len, "%s%s", len ? ", " : "", checks[i].name);
        if (w < 0 || (size_t)w >= n - len) {
            buf[n - 1] = '\0';
            return;
        }
        len += (size_t)w;
    }
}
