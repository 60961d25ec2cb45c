/* demo: a deterministic sales/BI SQLite database so genbi works on a fresh machine. */
#ifndef GENBI_DEMO_H
#define GENBI_DEMO_H

#include "util/buf.h"
#include "util/err.h"

#define DEMO_DEFAULT_SEED 20240601u

/* Creates (or replaces) the demo database at path. Same seed -> same content, byte for byte in
 * every table. Writes atomically: a temporary file renamed into place. */
int demo_create(const char *path, unsigned seed, struct err *e);

/* The default location: $GENBI_DEMO_DB, else $XDG_DATA_HOME/genbi/demo.sqlite, else
 * ~/.local/share/genbi/demo.sqlite. Creates the parent directory. */
int demo_default_path(struct buf *out, struct err *e);

/* Writes the demo's semantic layer beside the database at db_path (X.semantic.yaml) unless a
 * file is there already (someone's edits are kept). */
int demo_write_semantic(const char *db_path, struct err *e);

/* Returns the path of a ready demo database, creating it on first use (with a note on stderr). */
int demo_ensure(struct buf *path_out, struct err *e);

#endif
