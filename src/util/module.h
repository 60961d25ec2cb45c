/* module: the parts of genbi whose libraries are heavy (the PostgreSQL and MariaDB drivers, the
 * model client's libcurl, the HTTP service with libmicrohttpd, hiredis and libsodium) are built
 * as shared objects, genbi-NAME.so, that genbi loads on first use. A command maps only the
 * libraries of what it uses: `genbi ask` on SQLite maps none of them, so its start-up does not
 * pay the dynamic linking of some thirty libraries (docs/schema.md, "start-up").
 *
 * Each module exports one object (a driver or an operations table) by name. Where it is looked
 * for, in order: $GENBI_MODULE_DIR alone when set; else the directory of the genbi executable
 * (/proc/self/exe: the build directory), then ../lib/genbi beside it (an installed
 * /usr/local/bin/genbi finds /usr/local/lib/genbi/). A program linked with the module's code
 * itself (the unit tests, the fuzz targets) passes that object as `builtin` and loads nothing.
 *
 * Thread-safety: module_get() may be called from any thread; a module is loaded once and never
 * unloaded. */
#ifndef GENBI_MODULE_H
#define GENBI_MODULE_H

#include "util/buf.h"
#include "util/err.h"

struct module {
    const char *name;    /* "postgres": the file is genbi-postgres.so */
    const char *symbol;  /* the object the module exports: "db_postgres_driver" */
    const char *what;    /* what it is, for messages: "the PostgreSQL driver" */
    const char *package; /* the Debian package of the library it needs: "libpq5" */
    const void *builtin; /* the object when linked into this program, else NULL */
    const void *loaded;  /* set by module_get() (under its lock) */
};

/* The module's object, loading it on first use. NULL when it cannot be had: e (ERR_USAGE, a
 * configuration error) names the file, where it was looked for and why it failed. */
const void *module_get(struct module *m, struct err *e);

/* The directories searched, in order, separated by ", " (for messages and `genbi doctor`).
 * Returns buf's status. */
int module_dirs(struct buf *out);

#endif
