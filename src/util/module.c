/* module.c: finding and loading genbi-NAME.so (module.h). */
#include "util/module.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/banned.h"

#define MODULE_DIRS_MAX 2

static pthread_mutex_t module_lock = PTHREAD_MUTEX_INITIALIZER;

/* The directories to search, appended to dirs[] (BUF_INIT); returns how many. */
static int module_search(struct buf dirs[MODULE_DIRS_MAX])
{
    const char *env = getenv("GENBI_MODULE_DIR");
    if (env && *env) {
        buf_puts(&dirs[0], env);
        return 1;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        buf_puts(&dirs[0], ".");
        return 1;
    }
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    buf_puts(&dirs[0], slash && exe[0] ? exe : "/");
    buf_printf(&dirs[1], "%s/../lib/genbi", buf_cstr(&dirs[0]));
    return 2;
}

static void module_dirs_free(struct buf dirs[MODULE_DIRS_MAX])
{
    for (int i = 0; i < MODULE_DIRS_MAX; i++)
        buf_free(&dirs[i]);
}

int module_dirs(struct buf *out)
{
    struct buf dirs[MODULE_DIRS_MAX] = {BUF_INIT, BUF_INIT};
    int n = module_search(dirs);
    for (int i = 0; i < n; i++)
        buf_printf(out, "%s%s", i ? ", " : "", buf_cstr(&dirs[i]));
    module_dirs_free(dirs);
    return out->failed ? -1 : 0;
}

/* Opens the module file at path (which exists) and finds its object; NULL with e filled. */
static const void *module_open(const struct module *m, const char *path, struct err *e)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        err_set(e, ERR_USAGE, "cannot load %s (%s): %s; it needs the library of package %s",
                path, m->what, why ? why : "unknown error", m->package);
        return NULL;
    }
    const void *obj = dlsym(h, m->symbol);
    if (!obj) {
        err_set(e, ERR_USAGE, "%s is not genbi's %s module (it has no %s)", path, m->name,
                m->symbol);
        return NULL; /* left loaded: a module is never unloaded */
    }
    return obj;
}

const void *module_get(struct module *m, struct err *e)
{
    if (m->builtin)
        return m->builtin;
    pthread_mutex_lock(&module_lock);
    const void *obj = m->loaded;
    if (!obj) {
        struct buf dirs[MODULE_DIRS_MAX] = {BUF_INIT, BUF_INIT}, path = BUF_INIT;
        int n = module_search(dirs), found = 0;
        for (int i = 0; i < n && !found; i++) {
            buf_reset(&path);
            buf_printf(&path, "%s/genbi-%s.so", buf_cstr(&dirs[i]), m->name);
            found = !path.failed && access(buf_cstr(&path), F_OK) == 0;
        }
        if (found) {
            obj = m->loaded = module_open(m, buf_cstr(&path), e);
        } else {
            struct buf where = BUF_INIT;
            module_dirs(&where);
            err_set(e, ERR_USAGE,
                    "%s is not installed: genbi-%s.so was not found in %s (it is built with "
                    "genbi; install it beside genbi or in ../lib/genbi, or set "
                    "GENBI_MODULE_DIR; it needs the package %s)",
                    m->what, m->name, where.failed ? "?" : buf_cstr(&where), m->package);
            buf_free(&where);
        }
        module_dirs_free(dirs);
        buf_free(&path);
    }
    pthread_mutex_unlock(&module_lock);
    return obj;
}
