/* nl internals shared by the tier-0 files (tokenizer, lexicon, linker, composer). Not a public
 * contract: only files under src/nl/ include it. Everything here lives for one nl_generate()
 * call; nothing is global and mutable, so concurrent calls never share state. */
#ifndef GENBI_NL_INT_H
#define GENBI_NL_INT_H

#include <stddef.h>

#include "schema/schema.h"

#define NL_MAX_TOKENS 64 /* longer questions go to a model */
#define NL_WORD_MAX 64   /* bytes of one token, NUL included; longer words are cut */
#define NL_MAX_CANDS 8   /* schema candidates kept for one linked phrase */
#define NL_MAX_PHRASE 5  /* longest multi-word table, column or value name we try */

struct question;

enum nl_tok_kind {
    NL_TOK_WORD = 0,
    NL_TOK_NUMBER, /* digits, or a number word one..twenty */
    NL_TOK_QUOTED, /* text between quotes, case kept */
};

struct nl_token {
    enum nl_tok_kind kind;
    char word[NL_WORD_MAX]; /* lowercased (QUOTED: as written) */
    char stem[NL_WORD_MAX]; /* English stem of word; a synonym's stem after nl_link() */
    double num;             /* NUMBER only */
    int is_int;
    int percent;      /* NUMBER written with a % sign; the word "percent" written "%" */
    int currency;     /* NUMBER written after a dollar sign, or "2k" */
    double scale;     /* NUMBER written with a multiplier ("8 million", "2k"): 1e6, 1e3;
                       * num holds the product; 0 when none */
    int synonym;      /* stem was replaced through the synonym table */
    int rate_value;   /* a stored status put for the noun of "<noun> rate" (link.c) */
    int upper;        /* written in capitals ("US", "UK"): an abbreviation, not a filler word */
    int new_sentence; /* a '.', '?', '!' or ';' comes between the previous token and this one */
    int after_comma;  /* a ',' comes between the previous token and this one */
    int date_sep;     /* a number written right after another with one '-' or '/' between,
                       * as the parts of "2023-06-01" */
    char typo[NL_WORD_MAX]; /* the word as written when nl_link() read it as a schema word it
                             * misspells ("custmers"), else "" */
};

/* Copies a read question's tokens into toks; returns the count, or -1 when it has more than max. */
int nl_tokens_from_question(const struct question *q, struct nl_token *toks, size_t max);
/* w is one of the n words of list. */
int nl_word_in(const char *w, const char *const *list, size_t n);
#define NL_WORD_IN(w, arr) nl_word_in((w), (arr), sizeof(arr) / sizeof((arr)[0]))
/* Stems one lowercase word into out (cut to out_len), with the process-wide stemmer. */
void nl_stem(const char *word, char *out, size_t out_len);

/* ---- lexicon: the words tier 0 understands that are not schema names ---- */

enum nl_role {
    NL_R_STOP = 0, /* filler; arg = year operator when it precedes a year ("since 2020") */
    NL_R_COUNT,    /* how many, number of */
    NL_R_AGG,      /* arg = enum nl_agg */
    NL_R_GROUP,    /* by, per, for each */
    NL_R_CMP,      /* arg = enum nl_op; "over"/"under" are weak: comparisons only before numbers */
    NL_R_BETWEEN,
    NL_R_MOST,     /* arg = +1 most, -1 least / fewest */
    NL_R_TOP,      /* arg = +1 top, -1 bottom */
    NL_R_ORDERADJ, /* arg = enum nl_hint * 4 + (dir > 0 ? 1 : 0) + (superlative ? 2 : 0) */
    NL_R_TIME,     /* arg = NL_TIME_YEAR / NL_TIME_MONTH; +8 when adverbial ("yearly") */
    NL_R_QWORD,    /* which, who, what */
    NL_R_LIST,     /* list, show, give me */
    NL_R_NEG,      /* not, without, except: not handled by tier 0 */
    NL_R_RELTIME,  /* last year, this month: needs today's date, not handled */
    NL_R_VAGUE,    /* best, should, why: a judgement, not a lookup */
    NL_R_REVENUE,  /* revenue, sales */
    NL_R_DISTINCT, /* distinct, different, unique */
    NL_R_OR,
    NL_R_COMPLEX, /* percentage, ratio, compared to: shapes tier 0 does not compose */
    NL_R_ORDER,   /* sorted by, in descending order: arg = NL_ORD_* bits */
    NL_R_ORMORE,  /* "or more" after a number: arg = enum nl_op */
    NL_R_ORDINAL, /* "second", "3rd" before a superlative: arg = the place */
    NL_R_SELLING, /* "best selling", "worst selling": arg = +1 / -1 */
};

enum nl_agg { NL_AGG_NONE = 0, NL_AGG_COUNT, NL_AGG_SUM, NL_AGG_AVG, NL_AGG_MIN, NL_AGG_MAX };
enum nl_op {
    NL_OP_EQ = 0,
    NL_OP_GT,
    NL_OP_GE,
    NL_OP_LT,
    NL_OP_LE,
    NL_OP_BETWEEN,
    NL_OP_IN,
    NL_OP_NE
};
/* what a ranking adjective ranks by: "cheapest" a price, "oldest" an age or a birth date, "tallest"
 * a height ... (the dimensions after PAY are found by a word of the column's name) */
enum nl_hint {
    NL_HINT_PRICE = 0,
    NL_HINT_DATE = 1,
    NL_HINT_AGE = 2,
    NL_HINT_PAY = 3,
    NL_HINT_HEIGHT = 4,
    NL_HINT_WEIGHT = 5,
    NL_HINT_WEALTH = 6,
    NL_HINT_LENGTH = 7,
    NL_HINT_POPULATION = 8
};
enum {
    NL_TIME_YEAR = 1,
    NL_TIME_MONTH = 2,
    NL_TIME_QUARTER = 3,
    NL_TIME_WEEKDAY = 4,
    NL_TIME_DAY = 5,
    NL_TIME_WEEK = 6,         /* the week a day is in, named by its Monday */
    NL_TIME_MONTH_OF_YEAR = 7 /* 1..12, whatever the year: seasonality */
};
/* NL_R_ORDER: a direction, and whether the sort key follows ("ordered by age") or is the label */
enum {
    NL_ORD_ASC = 1,
    NL_ORD_DESC = 2,
    NL_ORD_KEY = 4,
    NL_ORD_ALPHA = 8,
    NL_ORD_YOUNG = 16,
    NL_ORD_OLD = 32 /* by age: the direction depends on age or birth date */
};

struct nl_lex {
    const char *phrase; /* lowercase words separated by one space */
    enum nl_role role;
    int arg;
    int weak; /* a table or column with the same name wins over this entry */
};

/* Longest lexicon phrase starting at token i; sets *len (tokens) or returns NULL. */
const struct nl_lex *nl_lex_match(const struct nl_token *t, size_t n, size_t i, size_t *len);
/* A verb that only states a relation ("teach", "sold", "using"): 1 or 0. */
int nl_lex_relation_verb(const char *word);
const char *nl_op_sql(enum nl_op op);
/* The column word a comparative implies ("older than" -> "age"), or NULL. */
const char *nl_lex_implied_column(const char *phrase);

/* ---- schema linking ---- */

#define NL_NAME_WORDS 6

/* A table or column name split into words ("unitPrice", "unit_price" -> unit, price), stemmed. */
struct nl_name {
    char stem[NL_NAME_WORDS][32];
    size_t n;
};

/* Per-call view of the schema: split names and the FK graph. */
struct nl_schema {
    const struct schema *s;
    struct nl_name *tables;  /* [n_tables] */
    struct nl_name *aliases; /* [n_tables]: what the key names (org_unit's dept_cd: "dept"), n 0 */
    struct nl_name **cols;   /* [n_tables][n_cols] */
    int *fk_target;          /* flattened [table][col] -> referenced table index or -1 */
    int *fk_target_col;      /* referenced column index or -1 */
    size_t *col_base;        /* offset of table t's columns in the flattened arrays */
    char (*stems)[32];       /* every word stem of every name, sorted, each once */
    char (*expands)[32];     /* [n_stems]: the stems of the words a known short form stands
                              * for, '|'-separated ("close|class"), or "" */
    size_t n_stems;
    /* One bit per hash of each stored value (ASCII case folded), value_mask + 1 bits: a text whose
     * bit is clear is no value, and is not looked up in the sorted index. */
    uint64_t *value_bits;
    uint64_t value_mask;
    /* Stored codes ('ACTV', 'PEND', 'TRM'): values of 3 to 5 capital letters in columns of few
     * distinct values, as indexes into s->values; a question's "active", "pending",
     * "terminated" may name them (link.c). */
    size_t *codes;
    size_t n_codes;
    /* Values written in parts ('No-show', 'Walk In', 'Pre/Post'): the hash of their letters
     * and digits alone with their index entry, sorted by hash, for "no-shows", "walkins". */
    struct nl_squashed {
        uint64_t hash;
        size_t value;
        unsigned part; /* 0: the whole value; k: its k-th alternative ('Hispanic/Latino') */
    } * squashed;
    size_t n_squashed;
};

int nl_schema_init(struct nl_schema *ns, const struct schema *s);
void nl_schema_free(struct nl_schema *ns);
/* The nl_schema of s, built once and kept with s (schema_ext_get()); NULL without memory. */
const struct nl_schema *nl_schema_get(const struct schema *s);
int nl_find_table(const struct schema *s, const char *name);
/* Is the name stem a ("whse", "pmt", "emp") a short form of the lowercase word w ("warehouse",
 * "payment", "employee")? Its first letters, or its first letter and consonants. */
int nl_short_form(const char *a, const char *w);
/* Is the two-letter stem a ("bl") the first letter of w and its next consonant ("bills")? */
int nl_two_letter_form(const char *a, const char *w);
/* Column c of table t is a status: a word of its name says so (stat, status, sts). */
int nl_col_is_status(const struct nl_schema *ns, size_t t, size_t c);
/* Does any table or column name have this stem as one of its words? */
int nl_stem_in_schema(const struct nl_schema *ns, const char *stem);
int nl_find_column(const struct schema_table *t, const char *name);

enum nl_span_kind {
    NL_SPAN_STOPWORD = 0, /* lexicon entry with role STOP */
    NL_SPAN_LEX,
    NL_SPAN_TABLE,
    NL_SPAN_COLUMN,
    NL_SPAN_VALUE,
    NL_SPAN_NUMBER,
    NL_SPAN_UNKNOWN,
};

struct nl_cand {
    int table;
    int col;           /* -1 for a table */
    const char *value; /* VALUE: the stored text (points into the schema) */
};

struct nl_span {
    size_t tok, len;
    enum nl_span_kind kind;
    const struct nl_lex *lex; /* LEX and STOPWORD */
    int partial; /* matched only the head word of a longer name ("price" -> unit_price) */
    int synonym; /* matched through the synonym or demonym table: 1; 2 a value and a country;
                    3 a stored code the word is the long form of; 4 a value reached through a
                    synonym of a word */
    struct nl_cand cand[NL_MAX_CANDS];
    size_t n_cand;
    double num;
    int is_int;
    int percent;  /* "10%" */
    int currency; /* "$500" */
    double scale; /* "8 million": 1e6 (num holds 8000000), else 0 */
    int used;     /* consumed by the interpretation */
};

/* A table name's last word that says only which rows of a document it holds: 1 its header
 * (hdr, header, mst, master), 2 its lines (line, ln, dtl, detail), else 0. */
int nl_row_kind(const char *stem);

/* Links the tokens to lexicon entries, tables, columns and values. Returns the span count. */
size_t nl_link(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks,
               struct nl_span *spans, size_t max_spans);

#endif
