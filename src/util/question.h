/* question: reads a question once. One call splits it into tokens (lowercased words with their
 * English stems, numbers, quoted text), the surface words cue phrases are matched on, the quoted
 * values a query must carry, and the cue classes found in it from the one table of question
 * cues. core reads each request's question with it and hands the result to schema selection,
 * the router, the consistency checks and the analysis, which used to split it themselves.
 *
 * It lives in util because every module that reads the question (nl, schema, llm, analyze) may
 * only call downward, and util is the layer they all share. It knows English, never a schema.
 *
 * Two views of the words, on purpose:
 *  - tokens are what tier 0 reads: "haven't" is "have" + "not", "section_name" two words,
 *    "1,000" one number, "ten" the number 10, a quoted 'Value' one token with its case kept.
 *    They carry everything tier 0's nl_token holds (kind, word, stem, num, is_int, percent,
 *    upper), so that array can be filled from them field by field.
 *  - words are the question as written, for phrase cues: letters and digits, an apostrophe
 *    inside a word kept ("don't"), a number's separators kept inside it ("1,500.5" -> 1500.5).
 *
 * Ownership: question_read() returns a struct the caller frees with question_free(); it keeps
 * its own copy of the text. A read question is immutable: any number of threads may read it.
 * Stemming uses one Snowball stemmer for the process (created on first use, never freed),
 * serialised by a mutex, because a Snowball stemmer is not thread-safe. */
#ifndef GENBI_QUESTION_H
#define GENBI_QUESTION_H

#include <stddef.h>

#define QUESTION_WORD_MAX 64 /* bytes of a token or word, NUL included; longer ones are cut */

enum question_kind {
    QUESTION_WORD = 0,
    QUESTION_NUMBER, /* digits, or a number word one..twenty, dozen, hundred, thousand */
    QUESTION_QUOTED, /* text between quotes, case kept */
};

struct question_tok {
    enum question_kind kind;
    char word[QUESTION_WORD_MAX]; /* lowercased (QUOTED: as written) */
    char stem[QUESTION_WORD_MAX]; /* English stem (NUMBER: the word; QUOTED: lowercased) */
    double num;                   /* NUMBER only */
    int is_int;
    int percent;  /* NUMBER written with a % sign ("3.5%"); WORD "percent" written as "%" */
    int currency; /* NUMBER after a dollar sign ("$500"); "€20" is a word, as in tier 0 */
    int upper;    /* written in capitals ("US") in a question not written all in capitals */
    int negation; /* the "not" of a contraction: it has no bytes of its own (len 0) */
    size_t off, len; /* the bytes of the text it was read from; for a word with a contraction
                      * ("haven't", "singer's") the whole written word */
};

struct question_word {
    char w[QUESTION_WORD_MAX]; /* lowercase */
    size_t off, len;           /* the bytes of the text it was read from */
};

/* Cue classes: what a question's wording asks for. A cue phrase can be in several. */
enum question_cue {
    QCUE_COUNT = 1u << 0,     /* how many, number of, count */
    QCUE_HOW_MANY = 1u << 1,  /* "how many": one number, even next to a threshold */
    QCUE_AGG = 1u << 2,       /* an aggregate: average, total, most, ... */
    QCUE_CMP = 1u << 3,       /* a comparison: more than, before, between, ... */
    QCUE_NEST = 1u << 4,      /* the answer depends on another query's: than the average, ... */
    QCUE_SET = 1u << 5,       /* a set operation: but not, both, either, except, ... */
    QCUE_GROUP = 1u << 6,     /* per group: per, each, for every, grouped by */
    QCUE_MULTI = 1u << 7,     /* several rows expected: by, every, breakdown, trend, ... */
    QCUE_NEG = 1u << 8,       /* negation: not, never, without, don't, ... */
    QCUE_ORDER = 1u << 9,     /* an ordering: sorted, descending, in order of, ... */
    QCUE_EXTREME = 1u << 10,  /* an extreme: highest, oldest, top, ... */
    QCUE_DISTINCT = 1u << 11, /* distinct, different, unique */
    QCUE_TIME = 1u << 12,     /* time: before, year, when, ... or a number that looks a year */
    QCUE_FILTER = 1u << 13,   /* a threshold: more than, above, under, ... */
    QCUE_SINGLE = 1u << 14,   /* one row is a plausible answer: total, maximum, first, only, ... */
    QCUE_SHARE = 1u << 15,    /* how a whole divides up: share, percentage, breakdown, ... */
    /* Openers, matched only at the question's start: */
    QCUE_OPEN_LIST = 1u << 16,   /* which, who, list, name the */
    QCUE_OPEN_ALL = 1u << 17,    /* list all, show me all, what are all, ... */
    QCUE_OPEN_PLURAL = 1u << 18, /* list, show me, ...: several rows if a plural noun follows */
    /* Read by the checks of a model's answer (analyze/consistency.h): */
    QCUE_AMOUNT = 1u << 19,    /* one amount: total, sum, average, mean */
    QCUE_MEAN = 1u << 20,      /* an average: "average orders per customer" is a rate */
    QCUE_BREAKDOWN = 1u << 21, /* the next words name what the rows are per: per, each, by ... */
    QCUE_ALT = 1u << 22,       /* and, or, versus: each may add one more row to a count */
    QCUE_SCHEMA = 1u << 23,    /* table, column, schema, field: perhaps about the schema itself */
};

/* One row of the cue table. */
struct question_cue_def {
    const char *phrase; /* lowercase words, one space apart */
    unsigned classes;   /* QCUE_* bits */
    int at_start;       /* matched only as the question's first words */
    double weight;      /* how much it adds to a question's complexity (the router's score);
                         * 0: not a complexity cue */
};

struct question {
    char *text; /* the question as asked (owned copy) */
    struct question_tok *toks;
    size_t n_toks;
    struct question_word *words;
    size_t n_words;
    size_t n_blank_words; /* runs of non-blank bytes, as a person counts words */
    char **values;        /* quoted values ('..', "..", “..”), blanks trimmed */
    size_t n_values;
    unsigned cues;          /* QCUE_* classes of the cues found */
    unsigned char *cue_hits; /* [question_cue_count()]: occurrences of each cue (capped at 255) */
};

/* Reads text (NULL reads as ""). Returns 0 and *out, or ERR_NOMEM. */
int question_read(const char *text, struct question **out);
void question_free(struct question *q);

/* The cue table, in order (question.cue_hits is parallel to it). Built on first use, thread-safe,
 * owned by this module for the life of the process. NULL and *n 0 if it could not be allocated
 * (question_read then returns ERR_NOMEM, so a question read successfully implies a table). */
const struct question_cue_def *question_cues(size_t *n);
/* Words of phrase (lowercase, one space apart) matched at words[i...]: the number of words it
 * covers, or 0 when it does not match there. */
size_t question_phrase_at(const struct question *q, size_t i, const char *phrase);

/* A word's English stem into out (cut to QUESTION_WORD_MAX); thread-safe. */
void question_stem(const char *word, size_t n, char out[QUESTION_WORD_MAX]);

/* Synonym table: a question word ("client", "tallest") and the schema word it stands for. */
enum {
    QUESTION_SYN_TIER0 = 1,  /* tier 0 reads the word as the target when the schema lacks it */
    QUESTION_SYN_SELECT = 2, /* schema selection looks for the target as well */
    QUESTION_SYN_DATE = 4,   /* tier 0: only where a date column's name has the target word */
};
/* The target of word for a use (QUESTION_SYN_* bits; any of them), or NULL. A target may list
 * several words, '|'-separated: the first the schema has is meant. */
const char *question_synonym(const char *word, unsigned use);
/* The QUESTION_SYN_* bits of word's synonym group, 0 when it has none. */
unsigned question_synonym_flags(const char *word);
/* The names a demonym or a continent adjective stands for, '|'-separated, most common first
 * ("dutch" -> "Netherlands|The Netherlands", "european" -> "Europe"), or NULL. word is lowercase. */
const char *question_demonym(const char *word);
/* The word a schema name's short form stands for ("dept" -> "department", "tel" -> "phone"),
 * from a table of the usual ones, or NULL. word is lowercase. */
const char *question_abbreviation(const char *word);
/* The k-th word (from 0) the short form stands for ("cls": close, class), or NULL. */
const char *question_abbreviation_alt(const char *word, size_t k);
/* The business acronym ("pto", "mrr", "csat") whose spelled-out phrase ("time off", "monthly
 * recurring revenue", "customer satisfaction") begins words[0..n) (lowercase; the phrase's last
 * word may carry a plural s), with the number of words it takes in *len; NULL when none. The
 * longest phrase wins. */
const char *question_acronym(const char *const *words, size_t n, size_t *len);

#endif
