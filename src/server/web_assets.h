/* The web page's files, embedded into the binary at build time: cmake/embed_web.cmake turns
 * web/ (and, when scripts/web-deps.sh has installed them, the chart libraries' dist files) into
 * a generated C file in the build directory. Read-only data; thread-safe. */
#ifndef GENBI_WEB_ASSETS_H
#define GENBI_WEB_ASSETS_H

#include <stddef.h>

struct web_asset {
    const char *path;         /* URL path: "/", "/static/app.js", "/static/vendor/vega.min.js" */
    const char *content_type; /* with charset for text */
    const unsigned char *data;
    size_t len;       /* bytes */
    const char *etag; /* quoted strong validator: the MD5 of the bytes */
    /* The same bytes gzip-compressed (text files of 1 KiB or more), else NULL: sent to clients
     * that accept gzip, with their own validator (the MD5 and "-gz"). */
    const unsigned char *gz;
    size_t gz_len;
    const char *gz_etag;
};

extern const struct web_asset web_assets[];
extern const size_t web_n_assets;

#endif
