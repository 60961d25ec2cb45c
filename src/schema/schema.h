/* schema: the introspected model of one database (tables, columns, types, keys, row counts,
 * sample values, a value index of stored text values), relevance selection of tables for a
 * question, and compact DDL rendering for prompts.
 *
 * Ownership: a struct schema owns every string and array it points to; schema_free() releases
 * them. A schema loaded from a snapshot keeps most of its strings inside one block (s->block)
 * instead of one allocation each; code that replaces a string must not free the old one (only
 * schema_free() knows which is which) and allocates the new one with malloc as usual. A schema is immutable after introspection and may be read from several threads.
 *
 * The relevance index (struct schema_index, docs/schema.md) is kept with the schema it describes:
 * a snapshot load brings it along, else the first selection builds it under a process-wide mutex
 * and stores it in s->index; later selections reuse it, schema_free() frees it. It is keyed by the schema hash and the size of the
 * value index, so a schema changed in place (and rehashed) gets a new index on its next selection;
 * a schema changed in place must not be shared by threads at that moment. */
#ifndef GENBI_SCHEMA_H
#define GENBI_SCHEMA_H

#include <stddef.h>
#include <stdint.h>

#include "util/limits.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/question.h"

enum schema_type {
    SCHEMA_TYPE_OTHER = 0,
    SCHEMA_TYPE_INTEGER,
    SCHEMA_TYPE_REAL,
    SCHEMA_TYPE_TEXT,
    SCHEMA_TYPE_DATE, /* DATE / DATETIME / TIMESTAMP, or TEXT holding ISO dates */
};

/* How a date column keeps its dates. Every form but ISO is read from the values of a column
 * whose name says it holds a date (schema_read_date_forms); SQL reaches its dates through
 * db_dialect_put_date(). */
enum schema_date_form {
    SCHEMA_DATE_ISO = 0,  /* a DATE type, or text 'YYYY-MM-DD[ time]' */
    SCHEMA_DATE_YYYYMMDD, /* the number 20240131 (or that text) */
    SCHEMA_DATE_EPOCH,    /* seconds since 1970-01-01 UTC */
    SCHEMA_DATE_EPOCH_MS, /* milliseconds since 1970-01-01 UTC */
    SCHEMA_DATE_DMY,      /* text '31/01/2024' (day first; '-' or '.' between) */
    SCHEMA_DATE_MDY,      /* text '01/31/2024' (month first) */
};

struct schema_column {
    char *name;
    char *decl_type;      /* as declared, e.g. "VARCHAR(40)"; "" when none */
    enum schema_type type;
    int pk;               /* position in the primary key (1-based), 0 when not part of it */
    int notnull;
    char *fk_table;       /* referenced table, NULL unless this column is a foreign key */
    char *fk_column;      /* referenced column (the target's pk when the FK names none) */
    char **samples;       /* up to LIMIT_SCHEMA_SAMPLES distinct non-NULL values, as text */
    size_t n_samples;
    long long n_distinct; /* distinct non-NULL values when known (value-indexed columns), else -1 */
    char *comment;        /* description (database comment, data dictionary), or NULL */
    enum schema_date_form date_form; /* how a SCHEMA_TYPE_DATE column writes its dates */
};

struct schema_table {
    char *name;
    struct schema_column *cols;
    size_t n_cols;
    long long row_count; /* -1 when unknown */
};

/* One stored text value of a column, for linking question words to data ("french" -> 'France'). */
struct schema_value {
    char *value;
    uint32_t table;  /* index into schema.tables */
    uint32_t column; /* index into that table's cols */
};

/* A business term of the glossary ("revenue" -> orders.amount): the term's words count as words
 * of the target table (and link the column) when ranking tables for a question. */
struct schema_term {
    char *term;
    char *table;
    char *column; /* NULL when the term names the whole table */
};

struct schema_index;
struct schema;
struct semantic;

/* Data another module derives from a schema alone (tier 0's stemmed names, ...), kept with it so
 * that it is built once per schema, not once per question: schema_ext_get(). */
#define SCHEMA_EXT_SLOTS 4
struct schema_ext {
    int (*build)(const struct schema *s, void **out); /* identifies the kind; NULL = free slot */
    void (*free_fn)(void *data);
    void *data;
    uint64_t key; /* schema_ext_key() of the schema it was built from */
};

struct schema {
    char *dialect; /* "sqlite", "postgresql", "mysql" */
    struct schema_table *tables;
    size_t n_tables;
    struct schema_value *values; /* value index, sorted by value (case-insensitive) */
    size_t n_values;
    uint64_t hash; /* of names, types, keys and comments: changes when the schema changes */
    struct schema_term *glossary;
    size_t n_glossary;
    /* Relevance index, built by the first selection (see the top of this file); the only field
     * written after introspection, always under the index mutex. */
    struct schema_index *index;
    struct schema_ext ext[SCHEMA_EXT_SLOTS]; /* under a mutex: schema_ext_get() */
    /* The snapshot this schema was loaded from (snapshot.c): its strings and its index's arrays
     * point into this block, which schema_free() frees last. NULL for an introspected schema. */
    void *block;
    size_t block_len;
    /* The database's semantic layer (semantic/semantic.h), or NULL: attached once after loading,
     * before the schema is shared; owned by the schema, freed by schema_free(). */
    struct semantic *semantic;
};


void schema_free(struct schema *s);
/* Computes s->hash from the structure (not the data). */
void schema_rehash(struct schema *s);
/* Columns named as dates ("pay_dt", "created_ts", "ship_on") whose sampled values are all dates
 * in one of the forms above become SCHEMA_TYPE_DATE with that form; text written 'NN/NN/YYYY'
 * takes its order from the data whatever the name. Called once after introspection. When the
 * samples leave day and month in doubt (03/04/2024), over_12 (may be NULL) is asked whether the
 * column's first and second parts ever pass 12 (each set to 1 or 0; returns 0 when it could
 * tell); a column still in doubt is left as it was. */
typedef int (*schema_over_12_fn)(void *ctx, size_t table, size_t column, int *first,
                                 int *second);
void schema_read_date_forms(struct schema *s, schema_over_12_fn over_12, void *ctx);
/* "YYYYMMDD number", "seconds since 1970" ...: how prompts and `genbi schema` name a form;
 * NULL for ISO. */
const char *schema_date_form_name(enum schema_date_form f);
/* Sorts the value index; call after filling s->values. */
void schema_sort_values(struct schema *s);

/* Lookups; return -1 when absent. Names compare case-insensitively. */
int schema_find_table(const struct schema *s, const char *name);
int schema_find_column(const struct schema_table *t, const char *name);
/* Value-index lookups: all entries equal to `value` case-insensitively; returns the index of the
 * first match or -1, and the number of consecutive matches in *count. */
long schema_find_value(const struct schema *s, const char *value, size_t *count);

/* The data build(s, &data) derives from s, built on first use and kept with s (freed by
 * schema_free() with free_fn); built again when s was changed in place and rehashed. The data is
 * shared: callers only read it. Thread-safe (one mutex; a build runs under it). ERR_NOMEM when
 * build fails, ERR_LIMIT when all SCHEMA_EXT_SLOTS are taken by other kinds. */
int schema_ext_get(const struct schema *s, int (*build)(const struct schema *s, void **out),
                   void (*free_fn)(void *data), const void **out, struct err *e);

/* Appends a glossary term; ERR_NOMEM only. */
int schema_add_term(struct schema *s, const char *term, const char *table, const char *column,
                    struct err *e);
/* Reads a glossary file: a JSON object {"term": "table" | "table.column", ...}. Terms whose target
 * is not in the schema are skipped (the count of kept terms goes to *kept when non-NULL). */
int schema_load_glossary(struct schema *s, const char *path, size_t *kept, struct err *e);

/* A column the question links to: by its name (all its words appear) or by one of its stored
 * values (value != NULL, pointing into the schema's value index). */
struct schema_link {
    size_t table;
    size_t column;
    const char *value;
};

/* Selected context for one question. */
struct schema_selection {
    size_t *tables;     /* indices into schema.tables: ranked tables by score, then connectors */
    double *scores;     /* BM25 relevance of each (connectors may score 0) */
    size_t n_tables;
    size_t n_ranked;    /* the first n_ranked tables were chosen by relevance (<= max_tables); the
                           rest were added to connect them along foreign keys */
    struct schema_link *links; /* columns the question links to, in the selected tables */
    size_t n_links;
    /* Columns rendered, per selected table: shown[i] is NULL when every column of tables[i] is
     * rendered, else a mask of its n_cols (1 = rendered). One allocation, NULL when nothing was
     * pruned; freed by schema_selection_free(). */
    unsigned char **shown;
    size_t n_elided;    /* columns left out of ddl in all (each table's count is in its marker) */
    char *ddl;          /* compact DDL of the selected tables (malloc'd) */
    long tokens;        /* estimated tokens of ddl: schema_estimate_tokens() */
    long full_tokens;   /* the same estimate for the whole schema rendered without samples */
};

/* Tuning of a selection; schema_select() uses SCHEMA_SELECT_DEFAULTS with its max_tables. */
struct schema_select_opts {
    int max_tables;     /* ranked tables kept before FK completion; <= 0 means automatic:
                           LIMIT_MAX_TABLES, or LIMIT_MAX_TABLES_LARGE on a schema of over
                           LIMIT_LARGE_SCHEMA_TABLES tables */
    double min_ratio;   /* a table is kept only when its score >= min_ratio * the best score */
    int max_columns;    /* columns rendered per table beyond which the rest are elided; keys and
                           columns the question links to are always rendered; <= 0 means all */
};

/* Measured on Spider and BIRD dev (docs/schema.md): lower keeps more tables for little recall,
 * higher loses gold tables fast. */
#define SCHEMA_MIN_RATIO 0.1
/* Column budget per table (docs/schema.md): on BIRD dev it keeps 95.2% of the columns the gold
 * SQL uses (97.7% with whole tables) for 60.9% fewer tokens than the whole schema; the only
 * budget meeting both goals (95%, 60%). Most of Spider's tables are narrower and render whole. */
#define SCHEMA_SELECT_DEFAULTS {0, SCHEMA_MIN_RATIO, LIMIT_SCHEMA_DDL_COLUMNS}

/* Ranks tables for a read question (util/question; NULL: no words) by BM25 over names,
 * comments, glossary and the value index, keeps at most max_tables (plus FK connectors on
 * shortest paths) and renders DDL; in a table wider than max_columns only keys, linked columns
 * and the best-scoring others up to max_columns are rendered, the rest as a marker `…+N more`.
 * Uses the index kept with s, building it on first use. Thread-safe for a schema that is not
 * being modified. */
int schema_select(const struct schema *s, const struct question *question, int max_tables,
                  struct schema_selection *out, struct err *e);
/* The same with explicit options, and an explicit index (NULL: the one kept with s). */
int schema_select_ex(const struct schema *s, const struct schema_index *ix,
                     const struct question *question, const struct schema_select_opts *opts,
                     struct schema_selection *out, struct err *e);
void schema_selection_free(struct schema_selection *sel);

/* ---- relevance index (index.c) ----
 * Built once per schema: stemmed words of table and column names (split on _ and camelCase),
 * comments and glossary terms with BM25 statistics, column word lists for linking, the FK graph,
 * and a word -> value map over the value index. Immutable once built: any number of threads may
 * select with it at once. */
int schema_index_build(const struct schema *s, struct schema_index **out, struct err *e);
void schema_index_free(struct schema_index *ix);
/* The index kept with s, built (under a mutex) when absent or stale; owned by s. */
int schema_index_get(const struct schema *s, const struct schema_index **out, struct err *e);
/* Heap bytes held by the index (for reports). */
size_t schema_index_bytes(const struct schema_index *ix);

/* Renders `table(col type pk, col type -> other.col, ...)` lines for the given tables, without
 * sample values (the whole-schema rendering). */
int schema_render_ddl(const struct schema *s, const size_t *tables, size_t n, struct buf *out);
/* The same with up to 3 sample values for the linked columns only, a linked value first. */
int schema_render_ddl_links(const struct schema *s, const size_t *tables, size_t n,
                            const struct schema_link *links, size_t n_links, struct buf *out);

/* The same with only some columns: shown[i] masks the columns of tables[i] (NULL, or shown
 * itself NULL: all); left-out columns become one marker `…+N more` at the end of the table. */
int schema_render_ddl_cols(const struct schema *s, const size_t *tables, size_t n,
                           const struct schema_link *links, size_t n_links,
                           const unsigned char *const *shown, struct buf *out);

/* Token estimate used everywhere (prompts, selection, cost reports): ceil(bytes / 4), the usual
 * rule of thumb for English and SQL with BPE tokenizers (docs/schema.md). */
long schema_estimate_tokens(const char *text);

/* Writes the schema as JSON text (tables, columns, types, keys, row counts) into out. */
int schema_to_json(const struct schema *s, struct buf *out);
/* The same as a jansson object (new reference; NULL when memory runs out). */
struct json_t;
struct json_t *schema_to_json_obj(const struct schema *s);

/* ---- snapshots (snapshot.c; docs/schema.md, "Snapshots") ----
 * A schema and its relevance index saved to one binary file, so that a new process loads them
 * instead of introspecting and indexing the database again. A snapshot is written for a key (the
 * database's fingerprint, from its driver) and read back only for the same key, the same format
 * version and the same genbi executable; anything else (a missing, truncated, corrupt or foreign
 * file) is an error the caller answers by introspecting again. Thread-safe: no shared state. */
#define SCHEMA_SNAPSHOT_VERSION 2

/* Folds len bytes into a running 64-bit key (for fingerprints built from several fields). */
uint64_t schema_key_mix(uint64_t h, const void *data, size_t len);
/* The directory snapshots live in: $GENBI_CACHE_DIR, else $XDG_CACHE_HOME/genbi, else
 * ~/.cache/genbi. ERR_NOTFOUND when none can be named. The directory may not exist yet. */
int schema_snapshot_dir(struct buf *out, struct err *e);
/* Serializes s and its index (built first when absent) for key, appending to out. */
int schema_snapshot_encode(const struct schema *s, uint64_t key, struct buf *out, struct err *e);
/* Reads a snapshot from memory into out (zeroed first; its index in out->index). 0, or
 * ERR_PROTOCOL for bytes that are not a whole snapshot for key, or ERR_NOMEM; out stays empty on
 * failure. Safe on any input. */
int schema_snapshot_decode(struct schema *out, uint64_t key, const void *data, size_t len,
                           struct err *e);
/* schema_snapshot_encode() written to path atomically (a 0600 temporary file in the same
 * directory, then rename), creating the directory (0700) when missing. ERR_IO when it cannot. */
int schema_snapshot_save(const struct schema *s, uint64_t key, const char *path, struct err *e);
/* schema_snapshot_decode() of the file at path; ERR_NOTFOUND when there is no file. */
int schema_snapshot_load(struct schema *out, uint64_t key, const char *path, struct err *e);

/* ---- schema words (words.c) ---- */

#define SCHEMA_NAME_WORDS 12
#define SCHEMA_WORD_MAX 64
struct schema_words {
    size_t n;
    char w[SCHEMA_NAME_WORDS][SCHEMA_WORD_MAX];
};

/* The words of a table or column name: split on '_', blanks and camelCase, abbreviations and
 * renamings spelt out (qty -> quantity, emp -> employee, no/num -> number, fname/lname -> first/
 * last name, hp -> horsepower), function words dropped ("Num_of_Staff" -> number, staff), each
 * stemmed with the process-wide stemmer. */
void schema_name_words(const char *name, struct schema_words *out);

/* How well the words of name (say, a column a query used that does not exist) name column col
 * of table: 0..1, a Dice coefficient over matched words (equal 1, prefix 0.8, one edit 0.7). A
 * word of name that is the table's own word counts as matched ("author_name" names Name of the
 * table author), so a column that shares one word with an unrelated noun ("Song_Name" for
 * "singer_name") ranks below the table's own column. */
double schema_name_match(const char *name, const char *table, const char *col);

#endif
