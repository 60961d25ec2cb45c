/* sqllex: the one SQL lexer and the one SQL keyword table. Every module that reads SQL text
 * (the fixer, model-answer extraction, the limits check, the SQLite gate, the evaluator's
 * tokenizer, identifier quoting) reads it through these functions, so a string literal, a
 * quoted name or a comment means the same thing everywhere.
 *
 * Lexing follows standard SQL plus the quoting of all three dialects: '...' is a string, "...",
 * `...` and [...] are quoted names, a doubled closing quote (not ']') is an escaped one and an
 * unterminated quote or block comment runs to the end. Backslash is an ordinary byte. Never
 * fails on odd input. Stateless and thread-safe; nothing here allocates. */
#ifndef GENBI_SQLLEX_H
#define GENBI_SQLLEX_H

#include <stddef.h>

enum sqllex_kind {
    SQLLEX_WORD = 1, /* keyword or bare identifier (also $1 parameters) */
    SQLLEX_QIDENT,   /* "x", `x`, [x]: a quoted identifier */
    SQLLEX_STRING,   /* 'x' */
    SQLLEX_NUMBER,   /* 12, 3.5, .5, 1e-3, 0x1F */
    SQLLEX_PUNCT,    /* one byte, or a two-byte operator: :: || <= >= <> != == -> */
};

/* The next token in [p, end) after blanks and comments: returns its first byte (end when there
 * is none) and sets *kind and *len (bytes). */
const char *sqllex_next(const char *p, const char *end, enum sqllex_kind *kind, size_t *len);

/* Past the quoted run that starts at p (', ", ` or [); end when unterminated. */
const char *sqllex_skip_quoted(const char *p, const char *end);
/* Past the comment that starts at p, or p itself when none does. A line comment stops at (not
 * after) its newline, so line-based readers still see the line break. */
const char *sqllex_skip_comment(const char *p, const char *end);
/* Past blanks and comments. */
const char *sqllex_skip_blank(const char *p, const char *end);
/* A byte that can be part of a bare word: letters, digits, '_', '$' and UTF-8 bytes. */
int sqllex_is_word_byte(char c);

/* Classes of a keyword; one word can be in several. */
enum {
    /* A query word: it structures a query, so it never is an alias or a bare column name, and
     * a line starting with it continues a statement. */
    SQLLEX_KW_QUERY = 1,
    /* Reserved in SQLite, PostgreSQL, MySQL or standard SQL: a name spelled like it is quoted. */
    SQLLEX_KW_RESERVED = 2,
    /* A statement starting with it changes data, schema, settings or transactions. */
    SQLLEX_KW_WRITE = 4,
};

/* The classes (SQLLEX_KW_* bits) of the word w[0..n), case-insensitive; 0 for no keyword. */
unsigned sqllex_keyword(const char *w, size_t n);
/* 1 when w[0..n) is a query word (SQLLEX_KW_QUERY). */
int sqllex_is_keyword(const char *w, size_t n);
/* 1 when w[0..n) must be quoted as a name (SQLLEX_KW_RESERVED). */
int sqllex_is_reserved(const char *w, size_t n);

#endif
