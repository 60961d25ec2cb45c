/* Internal to templates: the shape of a verified pair (shape.c) and the store (store.c). */
#ifndef GENBI_TMPL_INT_H
#define GENBI_TMPL_INT_H

#include <pthread.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "templates/templates.h"

#define TM_WORD QUESTION_WORD_MAX
#define TM_MAX_SLOTS 16
#define TM_MAX_USES 32
#define TM_SPAN_MAX 6 /* tokens in a value */

enum tm_slot_kind { TM_VALUE = 1, TM_NUMBER, TM_MONTH };

struct tm_slot {
    enum tm_slot_kind kind;
    size_t table, column; /* TM_VALUE: the column whose value it is */
    int indexed;          /* TM_VALUE: the value was found in the value index for that column */
    int numeric;          /* TM_VALUE: written as one number ("in 2014" for Year = '2014') */
    double num;           /* TM_NUMBER; TM_MONTH: 1..12 */
    int is_int;
    int fixed; /* TM_NUMBER or TM_MONTH that no SQL literal carries: a new question must say the
                * same */
    size_t first, last; /* its tokens in the template's question */
    char anchor[TM_WORD]; /* TM_VALUE: the word before it ("from", "to"), "" at the start */
    int compared; /* TM_NUMBER: the SQL compares it with column (table, column) */
    double mult;  /* TM_NUMBER: 1e3, 1e6, 1e9 when "thousand", "million", "billion" follows */
    int scaled;   /* TM_NUMBER with mult: the SQL's literal is num * mult (else num itself) */
    char (*before)[TM_WORD]; /* TM_VALUE: the question's content words before it, sorted */
    size_t n_before;
};

enum tm_form {
    TM_LIT_STRING = 1, /* a whole string literal: the value, quoted */
    TM_LIT_TRIMMED,    /* the same compared with TRIM(col): the value without edge blanks */
    TM_LIT_NUMBER,     /* a numeric literal */
    TM_LIT_DIGITS,     /* digits inside a string literal ('2023-03-01'): same count of digits
                        * (a month: the 2 digits after a year, or a literal of 2 digits, '03') */
};

struct tm_use {
    size_t slot;
    size_t start, len;      /* the literal's bytes in the SQL */
    enum tm_form form;
    size_t sub_off, sub_len; /* TM_LIT_DIGITS: the digits within the literal's decoded text */
};

#define TM_MAX_PROJ 8  /* columns of the SELECT list kept */
#define TM_MAX_USED 64 /* tables and columns the SQL names, kept */
#define TM_NO_COLUMN SIZE_MAX

struct tm_col {
    size_t table, column; /* column TM_NO_COLUMN: the table itself */
};

struct tm_shape {
    char (*words)[TM_WORD]; /* content words, sorted, unique */
    size_t n_words;
    /* the same before the words naming a slot's column or table or a shown column are masked:
     * what the question says, for similarity and for telling values from words */
    char (*all_words)[TM_WORD];
    size_t n_all_words;
    char *seq; /* content words in question order, one space apart */
    struct tm_slot slots[TM_MAX_SLOTS];
    size_t n_slots;
    struct tm_use uses[TM_MAX_USES];
    size_t n_uses;
    uint64_t skeleton; /* bit set of SQL keywords, for few-shot choice */
    struct tm_col proj[TM_MAX_PROJ]; /* the columns its SELECT list names */
    size_t n_proj;
    struct tm_col used[TM_MAX_USED]; /* the tables and columns its SQL names (not join keys) */
    size_t n_used;
    char (*fixed)[TM_WORD]; /* all_words a string literal of the SQL holds, no slot's: sorted */
    size_t n_fixed;
    int grouped; /* the SQL has a GROUP BY */
    /* The SQL's one comparison of a column with a number slot's literal (`Age > 40`) when the
     * question says it with one comparison word that agrees ("over 40": "#gt"): a new question
     * with another comparison word ("under 30") gets the operator its word says. cmp "" when
     * none; cmp_digits: the literal is a year inside a date ('2005-01-01'), where only ">=" and
     * "<" say a whole year. */
    char cmp[4];
    size_t cmp_start, cmp_len;
    int cmp_digits;
    int cmp_time; /* the comparison is said in time ("after 2005"; tm_words_temporal()) */
    struct tm_col cmp_col; /* the one column the comparison's left side names, else table
                            * SIZE_MAX */
    /* The SQL's one ORDER BY key before a LIMIT, when the question's extremes ("biggest",
     * "top": "#max") agree with its direction (DESC; "#min": ASC or none): a new question with
     * the other extreme ("smallest") gets the other direction. ext "" when none; ext_len 0: no
     * keyword, the direction goes in at ext_start. */
    char ext[5];
    size_t ext_start, ext_len;
    struct tm_col ext_col; /* the one column the ORDER BY key names, else table SIZE_MAX */
};

/* New values for a shape's slots. */
struct tm_fill {
    char *value[TM_MAX_SLOTS];          /* TM_VALUE: the stored value; TM_NUMBER: the number's text;
                                         * TM_MONTH: its 2 digits */
    char anchor[TM_MAX_SLOTS][TM_WORD]; /* TM_VALUE: the word before the value in the question */
    size_t first[TM_MAX_SLOTS], last[TM_MAX_SLOTS]; /* TM_VALUE: its tokens in the question */
    int same_order;
    int near; /* other content words, read as the same question (near.c) */
    char cmp[4]; /* the question's comparison when it differs from the shape's ("#lt"), else "" */
    char ext[5]; /* the question's extreme when it differs from the shape's ("#min"), else "" */
};

/* Reads a verified pair against schema s: 0 and *out, 1 when the pair has no usable shape (too
 * many literals), ERR_NOMEM. */
int tm_shape_build(const struct schema *s, const char *question, const char *sql,
                   struct tm_shape **out);
void tm_shape_free(struct tm_shape *sh);
/* Fills sh's slots from question q: 1 when q has sh's content words and every slot a value that
 * exists in its column (db checks columns the value index lacks; may be NULL), 0 when not,
 * ERR_NOMEM. With near, other content words that read as the same question also match
 * (f->near; tm_near_words()). f is freed with tm_fill_free() either way. */
int tm_shape_fill(const struct schema *s, struct db *db, const struct tm_shape *sh,
                  const struct question *q, int near, struct tm_fill *f);
/* near.c: 1 when q's content words qw[0..n_qw) (sorted set, before the words naming columns are
 * masked; mask: the slots' tokens and those names; f: the slots as filled from q) ask what sh's
 * do in other words, else 0. */
int tm_near_words(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                  const struct tm_fill *f, const unsigned char *mask, char (*qw)[TM_WORD],
                  size_t n_qw);
/* near.c: 1 when q's content words qw[0..n_qw) (as for tm_near_words()) name the columns sh's
 * question names, but for those its slots and a shown name imply and the shown columns q names
 * next to their table's word, else 0. */
int tm_named_alike(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                   char (*qw)[TM_WORD], size_t n_qw);
/* near.c: 1 when each word both questions have that names only a link table (a verb: "students
 * who like Ann" against "students Ann likes") stands on the same side of each value slot; pre is q's mask of the slots' tokens, qw[0..n_qw) q's content words. */
int tm_sides_kept(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                  const unsigned char *pre, const struct tm_fill *f, char (*qw)[TM_WORD],
                  size_t n_qw);
/* near.c: 1 when every number of f that sh compares with a column lies near the column's
 * stored range (asked of db), else 0 (also when db is NULL or the range is unknown). */
int tm_near_numbers(struct db *db, const struct schema *s, const struct tm_shape *sh,
                    const struct tm_fill *f);
/* near.c: 1 when stem is a word of a table's or a column's name of s. */
int tm_names_schema(const struct schema *s, const char *stem);
void tm_fill_free(struct tm_fill *f);
/* Masks the tokens of q that name the column of a value slot k or that column's table, next to
 * its value (tokens first[k]..last[k]) or apart from it by function words only ("whose country
 * is Kenya", "French singers", "the shop FC Haka": the SQL says the same whether the question
 * names them or not), and the tokens that name a column the SELECT list shows ("the names of").
 * "The name of Dune" keeps "name": it says what is asked. */
void tm_mask_slot_columns(const struct schema *s, const struct tm_shape *sh,
                          const struct question *q, const size_t *first, const size_t *last,
                          unsigned char *mask);
/* Masks a "name" of q that names the shown label of a table whose names the SQL shows under
 * another column's name ("orchestra names", "the names of the orchestras" for
 * `orchestra.Orchestra`, the table having no column called a name). */
void tm_mask_label_names(const struct schema *s, const struct tm_shape *sh,
                         const struct question *q, unsigned char *mask);
/* Masks a word of q that names value slot k's column in words no table or column has: "whose
 * outcome was a Latin victory" over `result`. Only as "whose|with|having|where (the) W
 * is|was|of (a) VALUE", and only when the value (values[k], or the question's text when values
 * is NULL) is stored in that column and no other. */
void tm_mask_attribute_words(const struct schema *s, const struct tm_shape *sh,
                             const struct question *q, const size_t *first, const size_t *last,
                             char *const *values, unsigned char *mask);
/* 1 when q opens with "W of" (after function words: "what is the population of ...") where W
 * names a column sh's SQL uses but does not show: q asks for that column, sh's SQL answers
 * with another ("Population of the biggest city in X" against "Which city in X has the largest
 * population?"). mask: q's tokens taken by values. */
int tm_asks_unshown(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                    const unsigned char *mask);
/* Masks a "by" just before value slot k's value ("songs by Christy Walton", "by the X"): it
 * says who did it, as "sung by" does; a grouping is by a column, never by a value. Not before
 * a number ("hired by 2010" says until when). */
void tm_mask_agent_by(const struct tm_shape *sh, const struct question *q, const size_t *first,
                      const size_t *last, unsigned char *mask);
/* Reads q's words w[0..n) (in question order or a set) as the shape's: a comparison word other
 * than the shape's (sh->cmp) or an extreme other than its (sh->ext) is put back as the shape's,
 * and f->cmp, f->ext record what q said. 0 when q says two comparisons or both extremes, or a
 * comparison a year inside a date cannot take; else 1. Idempotent on f. */
/* The SQL operator a comparison word says ("#gt": ">"), or NULL. */
const char *tm_cmp_op(const char *canon);
int tm_ops_retarget(const struct tm_shape *sh, char (*w)[TM_WORD], size_t n, struct tm_fill *f);
/* sql with f's values in place of sh's literals (malloc'd), or NULL when memory runs out or a
 * value cannot be written safely. */
char *tm_shape_render(const char *sql, const struct tm_shape *sh, const struct tm_fill *f);
/* Question similarity in [0, 1] (Jaccard of content words) of q to sh. */
double tm_shape_similarity(const struct tm_shape *sh, const struct question *q);
/* The keyword skeleton of a query (bits), and the similarity of two (Jaccard). */
uint64_t tm_sql_skeleton(const char *sql);
/* 1 when sql has a GROUP BY. */
int tm_sql_grouped(const char *sql);
double tm_skeleton_similarity(uint64_t a, uint64_t b);

struct tm_entry {
    char id[16];
    char *question, *sql, *source, *why;
    int pinned, retired;
    /* A check changed it ("repaired" or "retired", static) and no `templates --check` has
     * reported it yet: a check at open, after a schema change, reports through the next one. */
    const char *unreported;
    long hits;
    long long created;
    struct tm_shape *shape; /* NULL when the pair has no shape on this schema */
};

struct templates {
    pthread_mutex_t mu;
    char *path;
    struct db *db; /* borrowed for the call under way (mu held), else NULL */
    const struct schema *s;
    struct tm_entry *v;
    size_t n, cap;
    uint64_t file_hash; /* the schema hash the file was checked against */
    /* The file as last read, to notice another process's writes. */
    time_t mtime;
    long mtime_ns;
    off_t size;
    ino_t ino;
};

/* store.c, called with t->mu held: reads the file when it changed; writes it. */
int tm_store_sync(struct templates *t, struct err *e);
int tm_store_save(struct templates *t, struct err *e);
void tm_entry_clear(struct tm_entry *en);
struct tm_entry *tm_find(struct templates *t, const char *id);
/* templates_check() with t->mu held; report may be NULL. */
struct json_t;
int tm_check_locked(struct templates *t, struct json_t *report, struct err *e);

#endif
