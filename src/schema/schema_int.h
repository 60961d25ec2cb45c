/* Internals shared by index.c and select.c: the relevance index and the word splitter. Not part
 * of the schema module's contract (schema.h is). */
#ifndef GENBI_SCHEMA_INT_H
#define GENBI_SCHEMA_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "schema/schema.h"

/* Longest word kept by the splitter; longer words are cut (names rarely come close). */
#define SX_WORD_MAX 64

/* Field weights of a table's document (BM25F-style: a word's frequency in a table is the sum of
 * the weights of the places it occurs). A table's own name says most about what it holds; a
 * glossary term was written by a person to point at it; comments are long and chatty. */
#define SX_W_TABLE 3.0f
#define SX_W_COLUMN 1.0f
#define SX_W_COMMENT 0.5f
#define SX_W_GLOSSARY 2.0f

/* BM25 parameters: the usual k1; b below the usual 0.75 because a wide table is not less about
 * each of its columns the way a long document is less about each of its words. */
#define SX_K1 1.2
#define SX_B 0.5

/* Memory lent by a schema snapshot's block (struct schema.block): strings and arrays that lie
 * inside [lo, hi) belong to the block, which schema_free() releases last, and are never freed
 * one by one. Zero (lo == hi == 0) for memory genbi built itself. */
struct sx_span {
    uintptr_t lo, hi;
};

/* A snapshot's block: len bytes of private memory, its pages mapped up front (one call instead
 * of a page fault per 4 KiB: a fault costs microseconds here, and a snapshot is touched whole).
 * NULL when memory runs out. sx_block_free() accepts NULL. */
void *sx_block_alloc(size_t len);
void sx_block_free(void *block, size_t len);

/* The checksum a snapshot's header holds for its payload, and its recomputation after the bytes
 * were changed (tests fuzz the structure behind the checksum with it). */
uint64_t sx_checksum(const unsigned char *p, size_t n);
void sx_snapshot_reseal(void *data, size_t len);

/* free(p) unless p lies in the span. */
static inline void sx_release(const struct sx_span *lent, void *p)
{
    uintptr_t u = (uintptr_t)p;
    if (!(u >= lent->lo && u < lent->hi))
        free(p);
}

/* A string -> dense id map (open addressing; keys owned, or lent by a snapshot). */
struct sx_dict {
    char **keys;
    size_t n, cap;
    uint32_t *slots; /* id + 1, 0 = empty */
    size_t n_slots;  /* a power of two */
    struct sx_span lent;
};

long sx_dict_find(const struct sx_dict *d, const char *key, size_t len);
/* Returns the id of key, adding it when new; -1 when memory runs out. */
long sx_dict_add(struct sx_dict *d, const char *key, size_t len);
void sx_dict_free(struct sx_dict *d);
/* Appends key (NUL-terminated, len bytes) as the next id without copying it or looking for it:
 * for keys already known to be distinct, lent by d->lent. Returns the id, -1 without memory. */
long sx_dict_adopt(struct sx_dict *d, char *key, size_t len);

struct sx_post {
    uint32_t table;
    float tf; /* weighted frequency of the term in the table's document */
};

/* A term and where it occurs. */
struct sx_term {
    struct sx_post *posts; /* one per table, ascending table */
    uint32_t n_posts, cap_posts;
    uint32_t *cols; /* global column ids whose name (or glossary term) holds the term */
    uint32_t n_cols, cap_cols;
    uint32_t *ccols; /* global column ids whose comment holds the term (column pruning) */
    uint32_t n_ccols, cap_ccols;
    double idf;
};

/* Value lookup: values keyed by one of their words, verified as a phrase at query time. */
struct sx_vlist {
    uint32_t *values; /* indices into schema.values */
    uint32_t n, cap;
};

struct schema_index {
    uint64_t key;  /* sx_index_key() of the schema it was built from */
    size_t n_tables;
    struct sx_dict terms; /* stem -> term id */
    struct sx_term *term; /* by term id */
    double *doclen;       /* weighted length of each table's document */
    double avgdl;
    uint32_t *col_base;   /* global id of table t's column c: col_base[t] + c */
    uint32_t n_cols;      /* columns in all */
    uint8_t *col_terms;   /* distinct terms of each column's name (capped at 255) */
    uint32_t *adj_off;    /* FK graph as CSR: neighbours of t are adj[adj_off[t]..adj_off[t+1]) */
    uint32_t *adj;
    struct sx_dict vwords;   /* lowercase word -> value list id */
    struct sx_vlist *vlists; /* by value list id */
    long full_tokens;        /* schema_estimate_tokens() of the whole schema's DDL */
    size_t bytes;            /* heap bytes, for reports */
    struct sx_span lent;     /* arrays lent by the schema's snapshot block */
};

uint64_t sx_index_key(const struct schema *s);
/* Heap bytes held by ix, computed (ix->bytes caches it for reports). */
size_t sx_index_bytes(const struct schema_index *ix);

/* Calls fn(word, len, ctx) for each word of text: runs of letters and digits (bytes >= 0x80 count
 * as letters so UTF-8 words stay whole), split at '_' and other punctuation and, when camel is
 * set, at camelCase humps ("customerId" -> customer, id; "HTMLPage" -> html, page). Words are
 * lowercased (ASCII) and cut at SX_WORD_MAX - 1 bytes. */
void sx_split(const char *text, int camel, void (*fn)(const char *w, size_t n, void *ctx),
              void *ctx);
/* 1 when the lowercased word carries no meaning for ranking ("the", "of", "which", ...). */
int sx_stopword(const char *w);
/* The word a stored value is found by in the value index: its longest word that is not a
 * stopword, as split for the index ("" when none). */
void sx_value_key(const char *value, char key[SX_WORD_MAX]);
/* Stems a lowercased word into out (NUL-terminated); returns its length. */
size_t sx_stem(const char *w, size_t n, char out[SX_WORD_MAX]);
/* Expansion of a common schema abbreviation ("qty" -> "quantity"), or NULL. */
const char *sx_expand(const char *w);

/* The selection's prompt context (context.c): sel->ddl and sel->tokens for its tables, column
 * masks and links, kept per schema so that the same selection is rendered once. ERR_NOMEM. */
int sx_select_context(const struct schema *s, struct schema_selection *sel);

#endif
