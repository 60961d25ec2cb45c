/* mysql_gate: the MySQL/MariaDB safety gate on the statement's text. No MySQL parser is
 * packaged for Debian, so the gate reads the text with util/sqllex and refuses whatever lexes
 * differently on the server than in sqllex, then checks the tokens:
 *   1. lexing the server's way: every session runs with NO_BACKSLASH_ESCAPES (mysql.c), so a
 *      backslash is an ordinary byte there as in sqllex; '#' comments, '--' without a blank
 *      after it (an expression on the server, a comment in sqllex), '[' (a quoted name in
 *      sqllex only) and executable comments (opened by slash-star followed by '!', 'M!' or
 *      '+': code or hints on the server, a comment in sqllex) are refused outright;
 *   2. exactly one statement, starting with SELECT or WITH (after any '(');
 *   3. no INTO (OUTFILE, DUMPFILE, @var), no locking clause (FOR UPDATE, FOR SHARE, LOCK IN
 *      SHARE MODE), no PROCEDURE clause, no data-changing words (WITH ... UPDATE/DELETE), no
 *      user or system variables (@x, @@x, :=), no sequence steps (NEXT VALUE FOR), and no
 *      function from the deny list (files, sleeps, locks, replication waits, UDF shells).
 * The session's READ ONLY transactions and a SELECT-only account are the walls behind it. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "db/mysql_int.h"
#include "util/sqllex.h"

#include "util/banned.h"

/* Functions that reach outside the query: files, time, locks, replication, the server's
 * state, or a shell through a user-defined function. */
static const char *const denied_functions[] = {
    "load_file", "sleep", "benchmark", "get_lock", "release_lock", "release_all_locks",
    "is_free_lock", "is_used_lock", "master_pos_wait", "source_pos_wait", "master_gtid_wait",
    "wait_for_executed_gtid_set", "wait_until_sql_thread_after_gtids", "sys_exec", "sys_eval",
    "sys_get", "sys_set", "nextval", "setval", "lastval", "load_data", "des_decrypt",
    "des_encrypt", NULL,
};

enum word_rule {
    RULE_ANY,      /* refused wherever it stands */
    RULE_NOT_CALL, /* refused unless a '(' follows (REPLACE(), INSERT() are string functions) */
    RULE_AFTER_FOR /* refused after FOR (FOR UPDATE, FOR SHARE) */
};

static const struct {
    const char *word;
    enum word_rule rule;
    const char *why;
} refused_words[] = {
    {"into", RULE_ANY, "SELECT ... INTO writes a file or variables"},
    {"outfile", RULE_ANY, "INTO OUTFILE writes a file"},
    {"dumpfile", RULE_ANY, "INTO DUMPFILE writes a file"},
    {"lock", RULE_ANY, "locking clauses (LOCK IN SHARE MODE) are not allowed"},
    {"procedure", RULE_ANY, "PROCEDURE clauses are not allowed"},
    {"update", RULE_AFTER_FOR, "FOR UPDATE locks rows"},
    {"share", RULE_AFTER_FOR, "FOR SHARE locks rows"},
    {"update", RULE_NOT_CALL, "UPDATE changes data"},
    {"insert", RULE_NOT_CALL, "INSERT changes data"},
    {"delete", RULE_NOT_CALL, "DELETE changes data"},
    {"replace", RULE_NOT_CALL, "REPLACE changes data"},
};

static int word_is(const char *w, size_t n, const char *word)
{
    return strlen(word) == n && strncasecmp(w, word, n) == 0;
}

static int refuse(struct db_error *de, const char *fmt, const char *arg)
{
    char why[256];
    snprintf(why, sizeof why, fmt, arg);
    db_error_set(de, DBE_UNSAFE, "refused: %s", why);
    return ERR_UNSAFE;
}

/* Pass 1, on raw bytes: refuses what lexes differently here and on the server and finds the
 * end of the one statement (*stmt_end: its first top-level ';', or the end). */
static int gate_lex(const char *sql, const char *end, const char **stmt_end, struct db_error *de)
{
    const char *p = sql;
    *stmt_end = end;
    while (p < end) {
        char c = *p;
        if (c == '\'' || c == '"' || c == '`') {
            p = sqllex_skip_quoted(p, end);
            continue;
        }
        if (c == '-' && p + 1 < end && p[1] == '-') {
            if (p + 2 < end && p[2] != ' ' && p[2] != '\t' && p[2] != '\n' && p[2] != '\r')
                return refuse(de, "%s", "'--' must be followed by a blank to be a comment");
            p = sqllex_skip_comment(p, end);
            continue;
        }
        if (c == '/' && p + 1 < end && p[1] == '*') {
            if (p + 2 < end && (p[2] == '!' || p[2] == '+' ||
                                ((p[2] == 'M' || p[2] == 'm') && p + 3 < end && p[3] == '!')))
                return refuse(de, "%s",
                              "executable comments and hints (/*!, /*M!, /*+) are not allowed");
            p = sqllex_skip_comment(p, end);
            continue;
        }
        if (c == '#')
            return refuse(de, "%s", "'#' comments are not allowed");
        if (c == '[')
            return refuse(de, "%s", "'[' is not MySQL syntax");
        if (c == '@')
            return refuse(de, "%s", "user and system variables (@x, @@x) are not allowed");
        if (c == ':' && p + 1 < end && p[1] == '=')
            return refuse(de, "%s", "assignments (:=) are not allowed");
        if (c == ';') {
            *stmt_end = p;
            for (const char *q = p;;) {
                q = sqllex_skip_blank(q, end);
                if (q == end)
                    return 0;
                if (*q != ';')
                    return refuse(de, "%s", "more than one statement (only one query may run)");
                q++;
            }
        }
        p++;
    }
    return 0;
}

/* The first word after any '(': SELECT or WITH. */
static int gate_first_word(const char *p, const char *end, struct db_error *de)
{
    enum sqllex_kind k;
    size_t n;
    for (;;) {
        p = sqllex_next(p, end, &k, &n);
        if (p == end) {
            db_error_set(de, DBE_SYNTAX, "empty query");
            return ERR_DB;
        }
        if (k == SQLLEX_PUNCT && *p == '(') {
            p += n;
            continue;
        }
        if (k == SQLLEX_WORD && (word_is(p, n, "select") || word_is(p, n, "with")))
            return 0;
        char first[40];
        snprintf(first, sizeof first, "%.*s", (int)(n < 32 ? n : 32), p);
        for (char *f = first; *f; f++)
            *f = (char)toupper((unsigned char)*f);
        return refuse(de, "only SELECT queries may run (this one starts with %s)", first);
    }
}

/* A name as the server reads it: a bare word, or a `quoted` one without its quotes. */
static size_t name_of(const char *p, size_t n, enum sqllex_kind k, char *out, size_t cap)
{
    size_t len = 0;
    if (k == SQLLEX_QIDENT && n >= 2 && *p == '`') {
        p++;
        n -= 2;
    } else if (k != SQLLEX_WORD) {
        n = 0;
    }
    for (size_t i = 0; i < n && len + 1 < cap; i++)
        out[len++] = (char)tolower((unsigned char)p[i]);
    out[len] = '\0';
    return len;
}

static int denied_call(const char *name, const char *after_paren, const char *end)
{
    for (size_t i = 0; denied_functions[i]; i++)
        if (strcmp(name, denied_functions[i]) == 0)
            return 1;
    /* LAST_INSERT_ID() reads; LAST_INSERT_ID(expr) sets the session's value. */
    if (strcmp(name, "last_insert_id") == 0) {
        enum sqllex_kind k;
        size_t n;
        const char *q = sqllex_next(after_paren, end, &k, &n);
        return !(q < end && k == SQLLEX_PUNCT && *q == ')');
    }
    return 0;
}

/* Pass 2, on tokens: words and calls that are refused. */
static int gate_words(const char *p, const char *end, struct db_error *de)
{
    char prev[64] = "", name[64];
    enum sqllex_kind k, nk;
    size_t n, nn;
    for (p = sqllex_next(p, end, &k, &n); p < end; p = sqllex_next(p, end, &k, &n)) {
        const char *next = sqllex_next(p + n, end, &nk, &nn);
        int call = next < end && nk == SQLLEX_PUNCT && *next == '(';
        if (name_of(p, n, k, name, sizeof name) == 0) {
            prev[0] = '\0';
            p += n;
            continue;
        }
        if (call && denied_call(name, next + 1, end))
            return refuse(de, "function %s() is not allowed", name);
        for (size_t i = 0; k == SQLLEX_WORD && i < sizeof refused_words / sizeof refused_words[0];
             i++) {
            if (strcmp(name, refused_words[i].word) != 0)
                continue;
            enum word_rule r = refused_words[i].rule;
            if (r == RULE_ANY || (r == RULE_NOT_CALL && !call) ||
                (r == RULE_AFTER_FOR && strcmp(prev, "for") == 0))
                return refuse(de, "%s", refused_words[i].why);
        }
        if (k == SQLLEX_WORD && strcmp(prev, "value") == 0 && strcmp(name, "for") == 0)
            return refuse(de, "%s", "sequence steps (NEXT VALUE FOR) are not allowed");
        snprintf(prev, sizeof prev, "%s", k == SQLLEX_WORD ? name : "");
        p += n;
    }
    return 0;
}

int my_gate(const char *sql, size_t *len, struct db_error *de)
{
    const char *end, *stmt_end;
    int rc;
    *len = 0;
    if (!sql) {
        db_error_set(de, DBE_SYNTAX, "empty query");
        return ERR_DB;
    }
    end = sql + strlen(sql);
    if ((rc = gate_lex(sql, end, &stmt_end, de)) || (rc = gate_first_word(sql, stmt_end, de)) ||
        (rc = gate_words(sql, stmt_end, de)))
        return rc;
    while (stmt_end > sql && isspace((unsigned char)stmt_end[-1]))
        stmt_end--;
    *len = (size_t)(stmt_end - sql);
    return 0;
}
