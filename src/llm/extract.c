/* extract: reduces whatever a model answered to exactly one SQL statement.
 *
 * Models wrap SQL in markdown fences, open with prose ("Sure! Here is the query:"), label it
 * ("SQL: ..."), explain it afterwards, sometimes add more statements, and sometimes correct
 * themselves (a draft block, then "actually:" and the real one). Reasoning models think aloud
 * first (<think>...</think>); that text is never the answer. The order of attempts: a JSON
 * answer's "sql"/"query" field; the last complete ```sql fence, then the last complete bare ```
 * fence (an unclosed fence only when no fence is closed); the whole text; the last inline code
 * span (`SELECT ...`) that is surely a statement. Among fences or spans the last one whose
 * statement reads wins: a self-correcting answer ends with its final query. Within a region
 * SQL starts at the first statement keyword at a line start or after a colon, ends before a
 * trailing explanation, and is split on ';' outside quotes and comments. The first non-empty
 * statement is returned.
 *
 * Writing keywords (DELETE, DROP, ...) count as SQL starts on purpose: a writing answer must reach
 * the safety gate and be refused there, not be hidden here. Dropped statements that write are
 * reported through *dropped_write so the caller can treat the answer as hostile.
 *
 * Strings follow standard SQL ('' doubles a quote; backslash is an ordinary byte). */
#include "llm/llm.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/sqllex.h"

#include "util/banned.h"

#define EX_SCOPE 2000 /* bytes looked at after a keyword to judge it; keeps scanning linear */
#define EX_FENCES_MAX 32

/* Keywords that may begin the answer's statement, with words whose presence shows that a
 * lower-case use is SQL ("select name from t") rather than prose ("Select the customers ..."). */
struct ex_starter {
    const char *word;
    const char *confirm; /* space-separated; "" = only the upper-case spelling is sure */
};

static const struct ex_starter ex_starters[] = {
    {"SELECT", "FROM"},
    {"WITH", ""}, /* judged by shape instead: WITH name [(cols)] AS ( */
    {"INSERT", "INTO"},
    {"UPDATE", "SET"},
    {"DELETE", "FROM"},
    {"DROP", "TABLE VIEW INDEX DATABASE SCHEMA TRIGGER"},
    {"CREATE", "TABLE VIEW INDEX DATABASE SCHEMA TRIGGER"},
    {"ALTER", "TABLE VIEW INDEX DATABASE SCHEMA USER ROLE"},
    {"REPLACE", "INTO"},
    {"ATTACH", "DATABASE"},
    {"DETACH", "DATABASE"},
    {"PRAGMA", ""},
    {"VACUUM", ""},
    {"TRUNCATE", "TABLE"},
    {"GRANT", "TO"},
    {"REVOKE", "FROM"},
    {"MERGE", "INTO"},
    {"REINDEX", ""},
    {"COPY", "FROM TO"},
    {"EXPLAIN", "SELECT"},
    {"CALL", ""},
    {"EXEC", ""},
    {"EXECUTE", ""},
    {"LOAD", "DATA"},
    {"LOCK", "TABLE TABLES"},
    {"UNLOCK", "TABLES"},
    {"RENAME", "TABLE"},
    {"UPSERT", "INTO"},
    {"ANALYZE", ""},
    {"BEGIN", "TRANSACTION"},
    {"SAVEPOINT", ""},
    {"COMMIT", ""},
    {"ROLLBACK", ""},
    {"RELEASE", "SAVEPOINT"},
};

/* After an identifier at the start of a line, these make it a select-list or CTE line. */
static const char *const ex_after_ident[] = {
    "AS", "ASC", "DESC", "NULLS", "AND", "OR", "FROM", "ON", "OVER", NULL,
};

/* English words that, right after a keyword, show a sentence ("Select the ...", "Delete it"). */
static const char *const ex_stop[] = {
    "the",  "a",   "an",    "this",   "that",  "these", "those", "it",    "its",   "your",
    "you",  "my",  "our",   "we",     "us",    "their", "them",  "they",  "which", "what",
    "me",   "some", "i",    "there",  "here",  "how",   "to",    "is",    "are",   "was",
    "will", "can", "should", "would", "could", "and",   "or",    "of",    "for",   NULL,
};

/* Words after a stop word that still make it SQL: "select a from t", "update a set x = 1". */
static const char *const ex_follow[] = {"FROM", "SET", "AS", "WHERE", "INTO", NULL};

/* Line openings of explanations that follow the SQL (case-sensitive: prose is capitalised). */
static const char *const ex_prose_prefixes[] = {
    "```",       "This ",     "This,",      "Explanation", "Note:",      "Note that", "Notes:",
    "NOTE:",     "The query", "The above",  "The SQL",     "The result", "Here ",     "Here's",
    "Here,",     "In this",   "It ",        "I ",          "I'",         "Assuming",  "Please",
    "Let me",    "Output:",   "Result:",    "Results:",    "**",         "##",        "If you",
    "You can",   "You may",   "Make sure",  "Alternatively", "However",  "Also,",     "Breakdown",
    NULL,
};

static const char *ex_word_end(const char *p, const char *end)
{
    while (p < end && sqllex_is_word_byte(*p))
        p++;
    return p;
}

static int ex_word_eq(const char *w, const char *we, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(we - w) == n && strncasecmp(w, word, n) == 0;
}

static unsigned ex_kw(const char *w, const char *we)
{
    return sqllex_keyword(w, (size_t)(we - w));
}

static int ex_word_in(const char *w, const char *we, const char *const *list)
{
    for (; *list; list++)
        if (ex_word_eq(w, we, *list))
            return 1;
    return 0;
}

/* All letters upper case, as models write SQL keywords and never write prose. */
static int ex_upper(const char *w, const char *we)
{
    for (; w < we; w++)
        if (islower((unsigned char)*w))
            return 0;
    return 1;
}

static const struct ex_starter *ex_starter_find(const char *w, const char *we)
{
    for (size_t i = 0; i < sizeof ex_starters / sizeof ex_starters[0]; i++)
        if (ex_word_eq(w, we, ex_starters[i].word))
            return &ex_starters[i];
    return NULL;
}

static const char *ex_skip_blank(const char *p, const char *end)
{
    while (p < end && isspace((unsigned char)*p))
        p++;
    return p;
}

static const char *ex_find(const char *p, const char *end, const char *needle)
{
    if (p >= end)
        return NULL;
    return memmem(p, (size_t)(end - p), needle, strlen(needle));
}

/* Whether a keyword at [w, we) reads as SQL and not as the first word of a sentence. */
static int ex_plausible(const char *w, const char *we, const char *end)
{
    if (we < end && !isspace((unsigned char)*we) && !strchr("(*;'\"`", *we))
        return 0; /* "Update:", "Select.", "Delete," */
    if (ex_upper(w, we))
        return 1;
    const char *n1 = ex_skip_blank(we, end), *n1e = ex_word_end(n1, end);
    if (n1e == n1 || !ex_word_in(n1, n1e, ex_stop))
        return 1;
    const char *n2 = ex_skip_blank(n1e, end);
    if (n2 == end)
        return 0;
    if (strchr(",.=();*", *n2))
        return 1;
    const char *n2e = ex_word_end(n2, end);
    return n2e > n2 && ex_word_in(n2, n2e, ex_follow);
}

/* WITH [RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] ( -- p is just after WITH. */
static int ex_with_shape(const char *p, const char *end)
{
    const char *w, *we;
    p = sqllex_skip_blank(p, end);
    we = ex_word_end(p, end);
    if (ex_word_eq(p, we, "RECURSIVE"))
        p = sqllex_skip_blank(we, end);
    if (p < end && (*p == '"' || *p == '`' || *p == '[')) {
        p = sqllex_skip_quoted(p, end);
    } else {
        we = ex_word_end(p, end);
        if (we == p)
            return 0;
        p = we;
    }
    p = sqllex_skip_blank(p, end);
    if (p < end && *p == '(') {
        const char *c = memchr(p, ')', (size_t)(end - p));
        if (!c)
            return 0;
        p = sqllex_skip_blank(c + 1, end);
    }
    w = p;
    we = ex_word_end(w, end);
    if (!ex_word_eq(w, we, "AS"))
        return 0;
    p = sqllex_skip_blank(we, end);
    we = ex_word_end(p, end);
    if (ex_word_eq(p, we, "NOT")) {
        p = sqllex_skip_blank(we, end);
        we = ex_word_end(p, end);
    }
    if (ex_word_eq(p, we, "MATERIALIZED"))
        p = sqllex_skip_blank(we, end);
    return p < end && *p == '(';
}

/* Whether a confirming word follows the keyword before the statement visibly ends. */
static int ex_confirmed(const struct ex_starter *st, const char *p, const char *end)
{
    while (p < end && *p != ';') {
        if (*p == '\n') {
            const char *q = p + 1;
            while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
                q++;
            if (q < end && *q == '\n')
                return 0; /* blank line */
        }
        if (!sqllex_is_word_byte(*p)) {
            p++;
            continue;
        }
        const char *we = ex_word_end(p, end);
        for (const char *c = st->confirm; *c;) {
            const char *ce = strchr(c, ' ');
            size_t n = ce ? (size_t)(ce - c) : strlen(c);
            if ((size_t)(we - p) == n && strncasecmp(p, c, n) == 0)
                return 1;
            c += n;
            while (*c == ' ')
                c++;
        }
        p = we;
    }
    return 0;
}

/* 2 when SQL surely starts at p, 1 when it may (a lower-case keyword without confirmation),
 * 0 when not. */
static int ex_starts_sql(const char *p, const char *end)
{
    const char *lim = end - p > EX_SCOPE ? p + EX_SCOPE : end;
    const char *we = ex_word_end(p, lim);
    const struct ex_starter *st = ex_starter_find(p, we);
    if (!st)
        return 0;
    if (ex_word_eq(p, we, "WITH"))
        return ex_with_shape(we, lim) ? 2 : 0;
    if (!ex_plausible(p, we, lim))
        return 0;
    if (ex_upper(p, we) || ex_confirmed(st, we, lim))
        return 2;
    return 1;
}

/* Where SQL begins in free text: the first starter keyword at a line start or after a colon
 * ("SQL: SELECT ...") or semicolon, preferring one that surely is SQL over one that may be prose. */
static const char *ex_find_start(const char *s, const char *end)
{
    const char *maybe = NULL;
    for (const char *line = s; line < end;) {
        const char *le = memchr(line, '\n', (size_t)(end - line));
        if (!le)
            le = end;
        const char *c = line;
        while (c < le && (*c == ' ' || *c == '\t'))
            c++;
        /* A leading block comment before a statement must not hide it. */
        while (c + 1 < end && c[0] == '/' && c[1] == '*') {
            const char *ce = sqllex_skip_comment(c, end);
            if (ce - c < 4 || ce[-2] != '*' || ce[-1] != '/')
                break; /* unterminated */
            c = ce;
            while (c < end && (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r'))
                c++;
            if (c > le)
                le = memchr(c, '\n', (size_t)(end - c)) ? memchr(c, '\n', (size_t)(end - c)) : end;
        }
        for (;;) {
            int r = ex_starts_sql(c, end);
            if (r == 2)
                return c;
            if (r == 1 && !maybe)
                maybe = c;
            /* Next candidate: after the next single colon ("::" is a cast) or semicolon on
             * this line. */
            const char *colon = NULL;
            for (const char *q = c; q < le; q++) {
                if (*q == ';' ||
                    (*q == ':' && (q + 1 >= le || q[1] != ':') && (q == line || q[-1] != ':'))) {
                    colon = q;
                    break;
                }
                if (*q == ':')
                    q++;
            }
            if (!colon)
                break;
            c = colon + 1;
            while (c < le && (*c == ' ' || *c == '\t' || *c == '*' || *c == '_'))
                c++;
        }
        line = le < end ? le + 1 : end;
    }
    return maybe;
}

static int ex_prose_prefix(const char *p, const char *end)
{
    for (const char *const *x = ex_prose_prefixes; *x; x++) {
        size_t n = strlen(*x);
        if ((size_t)(end - p) >= n && memcmp(p, *x, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether the line at p, which follows a blank line, is prose rather than more SQL. */
static int ex_prose_line(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (end - p >= 3 && p[0] == '-' && p[1] == ' ' &&
        (isalpha((unsigned char)p[2]) || p[2] == '`' || p[2] == '*'))
        return 1; /* bullet */
    if (isdigit(c)) {
        const char *q = p;
        while (q < end && isdigit((unsigned char)*q))
            q++;
        return end - q >= 3 && (*q == '.' || *q == ')') && q[1] == ' ' &&
               isalpha((unsigned char)q[2]); /* numbered list */
    }
    if (!isalpha(c))
        return 0; /* punctuation, quotes, comments: SQL */
    const char *we = ex_word_end(p, end);
    if (ex_kw(p, we) & (SQLLEX_KW_QUERY | SQLLEX_KW_WRITE) || ex_starter_find(p, we)) {
        /* "In this query ...", "With these ...": a capitalised keyword starts a sentence. */
        if (ex_upper(p, we))
            return 0;
        if (isupper(c))
            return 1;
        return !ex_plausible(p, we, end);
    }
    if (we == end || *we == '\n' || *we == '\r')
        return 0; /* a lone identifier */
    if (*we == ':')
        return !(we + 1 < end && we[1] == ':'); /* "Explanation:" vs "x::int" */
    if (strchr(",.()=<>+-*/;|%[", *we))
        return 0;
    const char *n = we;
    while (n < end && (*n == ' ' || *n == '\t'))
        n++;
    if (n == end || *n == '\n' || *n == '\r')
        return 0;
    if (strchr(",.()=<>+-*/;|%'\"`!", *n) || isdigit((unsigned char)*n))
        return 0; /* "total / 2", "name = 'x'" */
    const char *ne = ex_word_end(n, end);
    if (ne > n && ex_word_in(n, ne, ex_after_ident) && ex_plausible(n, ne, end))
        return 0; /* "b AS (", "total DESC" */
    return 1;
}

/* End of the SQL that starts at p: before an explanation that begins on a new line (a known
 * prose opening, or any sentence after a blank line). Only line breaks outside quotes and
 * comments count, so a blank line inside a string never cuts. */
static const char *ex_cut_trailer(const char *p, const char *end)
{
    while (p < end) {
        char c = *p;
        if (c == '\n') {
            const char *nb = p + 1;
            while (nb < end && (*nb == ' ' || *nb == '\t' || *nb == '\r'))
                nb++;
            if (nb < end && *nb == '\n') {
                const char *q = ex_skip_blank(nb, end);
                if (q == end || ex_prose_prefix(q, end) || ex_prose_line(q, end))
                    return p;
                p = q; /* blank lines hold no tokens; skip them once */
                continue;
            }
            if (nb < end && ex_prose_prefix(nb, end))
                return p;
            p++;
            continue;
        }
        const char *q = sqllex_skip_comment(p, end);
        if (q != p) {
            p = q;
            continue;
        }
        if (c == '\'' || c == '"' || c == '`')
            p = sqllex_skip_quoted(p, end);
        else
            p++;
    }
    return end;
}

/* One statement from p: up to the next ';' outside quotes and comments, or end. [*sb, *se)
 * bounds its text without surrounding blanks and comments (both NULL when there is none).
 * Returns where the next statement begins. */
static const char *ex_statement(const char *p, const char *end, const char **sb, const char **se)
{
    *sb = *se = NULL;
    for (;;) {
        enum sqllex_kind k;
        size_t n;
        const char *t = sqllex_next(p, end, &k, &n);
        if (t == end)
            return end;
        if (k == SQLLEX_PUNCT && *t == ';')
            return t + 1;
        if (!*sb)
            *sb = t;
        p = *se = t + n;
    }
}

/* Whether a statement at [sb, se) changes something (EXPLAIN ANALYZE runs its statement). */
/* "PRAGMA table_info(t)": a look at the schema, which changes nothing (a model's first
 * statement before its query). Any other pragma may write. */
static int ex_pragma_reads(const char *p, const char *se)
{
    static const char *const reads[] = {"table_info",    "table_xinfo", "index_list",
                                        "index_info",    "index_xinfo", "foreign_key_list",
                                        "table_list",    NULL};
    const char *w = sqllex_skip_blank(p, se), *we = ex_word_end(w, se);
    if (we < se && *we == '.') { /* main.table_info(t) */
        w = we + 1;
        we = ex_word_end(w, se);
    }
    for (const char *const *r = reads; *r; r++)
        if (ex_word_eq(w, we, *r)) {
            const char *n = sqllex_skip_blank(we, se);
            return n == se || *n == '(';
        }
    return 0;
}

static int ex_is_write(const char *sb, const char *se)
{
    const char *we = ex_word_end(sb, se);
    if (we == sb)
        return 0;
    if (ex_word_eq(sb, we, "EXPLAIN")) {
        const char *n = sqllex_skip_blank(we, se), *ne = ex_word_end(n, se);
        return ex_word_eq(n, ne, "ANALYZE") || ex_word_eq(n, ne, "ANALYSE");
    }
    if (ex_word_eq(sb, we, "PRAGMA") && ex_pragma_reads(we, se))
        return 0;
    return (ex_kw(sb, we) & SQLLEX_KW_WRITE) && ex_plausible(sb, we, se);
}

static char *ex_dup(const char *b, const char *e)
{
    char *s = malloc((size_t)(e - b) + 1);
    if (!s)
        return NULL;
    memcpy(s, b, (size_t)(e - b));
    s[e - b] = '\0';
    return s;
}

static void ex_scan_writes(const char *p, const char *end, int *dw)
{
    const char *sb, *se;
    while (p < end) {
        p = ex_statement(p, end, &sb, &se);
        if (sb && ex_is_write(sb, se))
            *dw = 1;
    }
}

/* "FROM t" at w: where the text after the table name starts (blanks skipped), or NULL. */
static const char *ex_from_table(const char *w, const char *se)
{
    const char *we = ex_word_end(w, se);
    if (!ex_word_eq(w, we, "FROM"))
        return NULL;
    w = sqllex_skip_blank(we, se); /* the table */
    we = ex_word_end(w, se);
    return we > w ? sqllex_skip_blank(we, se) : NULL;
}

/* "SELECT COUNT(*) FROM t" and nothing else, from w (after SELECT). */
static int ex_count_probe(const char *w, const char *se)
{
    const char *we = ex_word_end(w, se);
    if (!ex_word_eq(w, we, "COUNT"))
        return 0;
    w = sqllex_skip_blank(we, se);
    static const char paren[] = "(*)";
    for (const char *c = paren; *c; c++) {
        if (w >= se || *w != *c)
            return 0;
        w = sqllex_skip_blank(w + 1, se);
    }
    return ex_from_table(w, se) == se;
}

/* A statement that only looks around before the answer: "SELECT * FROM t LIMIT 1", "SELECT
 * COUNT(*) FROM t" (the answer, when nothing follows it, stays the answer). */
static int ex_probe(const char *sb, const char *se)
{
    const char *w = sqllex_skip_blank(sb, se), *we = ex_word_end(w, se);
    if (!ex_word_eq(w, we, "SELECT"))
        return 0;
    w = sqllex_skip_blank(we, se);
    if (ex_count_probe(w, se))
        return 1;
    if (w >= se || *w != '*')
        return 0;
    w = ex_from_table(sqllex_skip_blank(w + 1, se), se);
    if (!w)
        return 0;
    we = ex_word_end(w, se);
    if (!ex_word_eq(w, we, "LIMIT"))
        return 0;
    w = sqllex_skip_blank(we, se);
    we = ex_word_end(w, se);
    return we > w && we - w <= 2 && sqllex_skip_blank(we, se) == se;
}

/* Of several statements, the answer: the first query that is no probe, when only statements
 * that neither query nor write come before it ("PRAGMA table_info(t); SELECT ...", "SELECT *
 * FROM t LIMIT 1; SELECT ..."). A writing statement first stays first (the gate refuses it).
 * *ab stays NULL when the first statement is the answer. */
static void ex_answer(const char *p, const char *stop, const char **ab, const char **ae)
{
    const char *sb, *se;
    while (p < stop) {
        p = ex_statement(p, stop, &sb, &se);
        if (!sb)
            continue;
        if (ex_is_write(sb, se))
            return;
        const char *we = ex_word_end(sb, se);
        int query = ex_word_eq(sb, we, "SELECT") || ex_word_eq(sb, we, "WITH") ||
                    ex_word_eq(sb, we, "VALUES");
        if (query && !ex_probe(sb, se)) {
            *ab = sb;
            *ae = se;
            return;
        }
    }
}

/* The first statement of region [b, e), or NULL. code: the region is a fence body, where SQL
 * may start with a comment; sql_tag: a ```sql fence, trusted even without a known keyword. */
static char *ex_region(const char *b, const char *e, int code, int sql_tag, int *dw)
{
    const char *start = NULL, *sb, *se;
    char *res = NULL;

    if (code) {
        const char *first = sqllex_skip_blank(b, e);
        if (first == e)
            return NULL;
        if (ex_starts_sql(first, e))
            start = first;
        else
            start = ex_find_start(first, e);
        if (!start && sql_tag)
            start = first;
    } else {
        start = ex_find_start(b, e);
    }
    if (!start)
        return NULL;
    const char *stop = ex_cut_trailer(start, e);
    const char *p = start, *ab = NULL, *ae = NULL;
    ex_answer(start, stop, &ab, &ae);
    while (p < stop) {
        p = ex_statement(p, stop, &sb, &se);
        if (!sb)
            continue;
        if (!res && (!ab || sb == ab)) {
            res = ex_dup(sb, se);
            if (!res)
                return NULL;
        } else if (ex_is_write(sb, se)) {
            *dw = 1;
        }
    }
    return res;
}

struct ex_fence {
    const char *b, *e;
    int kind;   /* 2: ```sql (any *sql* or postgres tag), 1: no tag (or an inline span), 0: another
                 * language */
    int closed; /* its closing backticks were found */
};

/* Finds the fence at or after p; returns where to look for the next one, or NULL. */
static const char *ex_next_fence(const char *p, const char *end, struct ex_fence *f)
{
    const char *o = ex_find(p, end, "```");
    if (!o)
        return NULL;
    const char *q = o + 3;
    while (q < end && *q == '`')
        q++;
    const char *lb = q;
    while (q < end && (isalnum((unsigned char)*q) || *q == '_' || *q == '-' || *q == '+'))
        q++;
    const char *le = q;
    if (le > lb && ex_starter_find(lb, le)) {
        f->kind = 1; /* "```SELECT 1```": no tag, SQL right after the backticks */
        f->b = lb;
    } else {
        int sql = 0;
        for (const char *x = lb; x + 3 <= le && !sql; x++)
            sql = strncasecmp(x, "sql", 3) == 0;
        sql = sql || ex_word_eq(lb, le, "postgres") || ex_word_eq(lb, le, "pg");
        f->kind = le == lb ? 1 : sql ? 2 : 0;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
        f->b = q < end && *q == '\n' ? q + 1 : q;
    }
    const char *c = ex_find(f->b, end, "```");
    f->e = c ? c : end;
    f->closed = c != NULL;
    if (!c)
        return end;
    c += 3;
    while (c < end && *c == '`')
        c++;
    return c;
}

/* The next run of backticks at or after p, or NULL; *run_end is where the run ends. */
static const char *ex_backticks(const char *p, const char *end, const char **run_end)
{
    const char *o = memchr(p, '`', (size_t)(end - p));
    if (!o)
        return NULL;
    const char *r = o;
    while (r < end && *r == '`')
        r++;
    *run_end = r;
    return o;
}

/* Inline code spans of markdown: a run of backticks up to the next run of the same length, on
 * one paragraph. Only spans that surely hold a statement of at least two words are kept
 * (`SELECT 1`, not `customers` or `DELETE`). Returns the number found, at most max. */
static int ex_inline_spans(const char *s, const char *end, struct ex_fence *f, int max)
{
    int n = 0;
    for (const char *p = s; p < end && n < max;) {
        const char *b;
        const char *o = ex_backticks(p, end, &b);
        if (!o)
            break;
        size_t run = (size_t)(b - o);
        const char *c = b, *e = NULL;
        while (c < end && !e) {
            const char *xe;
            const char *x = ex_backticks(c, end, &xe);
            if (!x)
                break;
            if ((size_t)(xe - x) == run)
                e = x;
            c = xe;
        }
        if (!e) {
            p = b; /* an unmatched run is literal text */
            continue;
        }
        const char *first = sqllex_skip_blank(b, e);
        const char *fe = ex_word_end(first, e);
        int para = ex_find(b, e, "\n\n") == NULL;
        if (para && ex_starts_sql(first, e) == 2 && sqllex_skip_blank(fe, e) < e)
            f[n++] = (struct ex_fence){.b = b, .e = e, .kind = 1, .closed = 1};
        p = e + run;
    }
    return n;
}

/* Whether a statement extracted from a region writes. */
static int ex_writes(const char *sql)
{
    return ex_is_write(sql, sql + strlen(sql));
}

/* The statement of the last region of this kind and closedness whose statement reads (else of
 * the last one that writes, so that the gate refuses it); *chosen is its index. Writing
 * statements in the chosen region after its first go to *dw. */
static char *ex_pick(const struct ex_fence *f, int nf, int kind, int closed, int *chosen, int *dw)
{
    char *wres = NULL;
    int wdw = 0;
    for (int i = nf - 1; i >= 0; i--) {
        if (f[i].kind != kind || f[i].closed != closed)
            continue;
        int rdw = 0;
        char *res = ex_region(f[i].b, f[i].e, 1, kind == 2, &rdw);
        if (!res)
            continue;
        if (!ex_writes(res)) {
            free(wres);
            *chosen = i;
            *dw |= rdw;
            return res;
        }
        if (!wres) {
            wres = res;
            wdw = rdw;
            *chosen = i;
        } else {
            free(res);
        }
    }
    *dw |= wres ? wdw : 0;
    return wres;
}

/* Picks among regions (fences, or inline spans): sql-tagged before untagged, closed before
 * unclosed. Every other region's writing statements go to *dw. */
static char *ex_choose(const struct ex_fence *f, int nf, int *dw)
{
    char *res = NULL;
    int chosen = -1;
    for (int kind = 2; kind >= 1 && !res; kind--)
        for (int closed = 1; closed >= 0 && !res; closed--)
            res = ex_pick(f, nf, kind, closed, &chosen, dw);
    if (res)
        for (int i = 0; i < nf; i++)
            if (i != chosen)
                ex_scan_writes(f[i].b, f[i].e, dw);
    return res;
}

/* Everything except the JSON step, on [s, end). */
static char *ex_text(const char *s, const char *end, int *dw)
{
    struct ex_fence fences[EX_FENCES_MAX];
    int nf = 0;
    char *res;

    for (const char *p = s; p && p < end && nf < EX_FENCES_MAX;) {
        p = ex_next_fence(p, end, &fences[nf]);
        if (p)
            nf++;
    }
    if ((res = ex_choose(fences, nf, dw)))
        return res;
    if ((res = ex_region(s, end, 0, 0, dw)))
        return res;
    nf = ex_inline_spans(s, end, fences, EX_FENCES_MAX);
    return ex_choose(fences, nf, dw);
}

/* Reasoning blocks, never the answer: text up to the last closing tag is dropped (a template
 * may open the block in the prompt), and so is an opened block that never closes (the answer
 * was cut off while the model was still thinking). */
static const struct {
    const char *open, *close;
} ex_reasoning[] = {
    {"<think>", "</think>"},
    {"<thinking>", "</thinking>"},
    {"<reasoning>", "</reasoning>"},
};

static void ex_skip_reasoning(const char **s, const char **end)
{
    size_t n = sizeof ex_reasoning / sizeof ex_reasoning[0];
    for (size_t i = 0; i < n; i++) {
        size_t cl = strlen(ex_reasoning[i].close);
        for (const char *t = ex_find(*s, *end, ex_reasoning[i].close); t;
             t = ex_find(t + cl, *end, ex_reasoning[i].close))
            *s = t + cl;
    }
    for (size_t i = 0; i < n; i++) {
        const char *o = ex_find(*s, *end, ex_reasoning[i].open);
        if (o)
            *end = o;
    }
}

/* "<sql>SELECT ...</sql>": the answer between the first such tags that close. */
static void ex_sql_tags(const char **s, const char **end)
{
    static const struct {
        const char *open, *close;
    } tags[] = {{"<sql>", "</sql>"}, {"<SQL>", "</SQL>"}, {"<query>", "</query>"}};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        const char *o = ex_find(*s, *end, tags[i].open);
        const char *c = o ? ex_find(o, *end, tags[i].close) : NULL;
        if (c) {
            *s = o + strlen(tags[i].open);
            *end = c;
            return;
        }
    }
}

/* Some models answer {"sql": "..."} despite the prompt. */
static char *ex_json(const char *s, const char *end, int *dw, int *handled)
{
    const char *p = ex_skip_blank(s, end);
    *handled = 0;
    if (p == end || *p != '{')
        return NULL;
    json_t *root = json_loadb(p, (size_t)(end - p), 0, NULL);
    if (!root)
        return NULL;
    char *res = NULL;
    static const char *const keys[] = {"sql", "query", "SQL", "Query"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0] && !*handled; i++) {
        json_t *v = json_object_get(root, keys[i]);
        if (json_is_string(v)) {
            const char *t = json_string_value(v);
            *handled = 1;
            res = ex_text(t, t + strlen(t), dw);
        }
    }
    json_decref(root);
    return res;
}

char *llm_extract_sql(const char *text, int *dropped_write)
{
    int dw = 0, handled = 0;
    char *res;

    if (dropped_write)
        *dropped_write = 0;
    if (!text)
        return NULL;
    const char *s = text, *end = text + strlen(text);
    ex_skip_reasoning(&s, &end);
    ex_sql_tags(&s, &end);
    res = ex_json(s, end, &dw, &handled);
    if (!handled)
        res = ex_text(s, end, &dw);
    if (dropped_write)
        *dropped_write = dw;
    return res;
}
