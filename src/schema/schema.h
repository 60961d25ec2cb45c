/* schema: the introspected model of one database (tables, columns, types, keys, row counts,
 * sample values, a value index of stored text values), relevance selection of tables for a
 * question, and compact DDL rendering for prompts.
 *
 * Ownership: a struct schema owns every string and array it points to; schema_free() releases
 * them. A schema is immutable after introspection and may be read from several threads. */
#ifndef GENBI_SCHEMA_H
#define GENBI_SCHEMA_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/err.h"

enum schema_type {
    SCHEMA_TYPE_OTHER = 0,
    SCHEMA_TYPE_INTEGER,
    SCHEMA_TYPE_REAL,
    SCHEMA_TYPE_TEXT,
    SCHEMA_TYPE_DATE, /* DATE / DATETIME / TIMESTAMP, or TEXT holding ISO dates */
};

struct schema_column {
    char *name;
    char *decl_type;      /* as declared, e.g. "VARCHAR(40)"; "" when none */
    enum schema_type type;
    int pk;               /* position in the primary key (1-based), 0 when not part of it */
    int notnull;
    char *fk_table;       /* referenced table, NULL unless this column is a foreign key */
    char *fk_column;      /* referenced column (the target's pk when the FK names none) */
    char **samples;       /* up to SCHEMA_MAX_SAMPLES distinct non-NULL values, as text */
    size_t n_samples;
    long long n_distinct; /* distinct non-NULL values when known (value-indexed columns), else -1 */
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

struct schema {
    char *dialect; /* "sqlite", "postgresql", "mysql" */
    struct schema_table *tables;
    size_t n_tables;
    struct schema_value *values; /* value index, sorted by value (case-insensitive) */
    size_t n_values;
    uint64_t hash; /* of names, types and keys: changes when the schema changes */
};

#define SCHEMA_MAX_SAMPLES 5

void schema_free(struct schema *s);
/* Computes s->hash from the structure (not the data). */
void schema_rehash(struct schema *s);
/* Sorts the value index; call after filling s->values. */
void schema_sort_values(struct schema *s);

/* Lookups; return -1 when absent. Names compare case-insensitively. */
int schema_find_table(const struct schema *s, const char *name);
int schema_find_column(const struct schema_table *t, const char *name);
/* Value-index lookups: all entries equal to `value` case-insensitively; returns the index of the
 * first match or -1, and the number of consecutive matches in *count. */
long schema_find_value(const struct schema *s, const char *value, size_t *count);

/* Selected context for one question. */
struct schema_selection {
    size_t *tables; /* indices into schema.tables, most relevant first */
    double *scores;
    size_t n_tables;
    char *ddl;      /* compact DDL of the selected tables (malloc'd) */
    long tokens;    /* estimated tokens of ddl: schema_estimate_tokens() */
};

/* Ranks tables for `question`, keeps at most max_tables (plus FK connectors) and renders DDL. */
int schema_select(const struct schema *s, const char *question, int max_tables,
                  struct schema_selection *out, struct err *e);
void schema_selection_free(struct schema_selection *sel);

/* Renders `table(col type pk, col type -> other.col, ...)` lines for the given tables, with
 * sample values for text columns. */
int schema_render_ddl(const struct schema *s, const size_t *tables, size_t n, struct buf *out);

/* Token estimate used everywhere: ceil(bytes / 4). */
long schema_estimate_tokens(const char *text);

/* Writes the schema as JSON text (tables, columns, types, keys, row counts) into out. */
int schema_to_json(const struct schema *s, struct buf *out);

#endif
