/* Error helpers. */
#include "util/err.h"

#include <stdarg.h>
#include <stdio.h>

#include "util/banned.h"

int err_set(struct err *e, int code, const char *fmt, ...)
{
    if (e) {
        va_list ap;
        e->code = code;
        va_start(ap, fmt);
        vsnprintf(e->msg, sizeof e->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void err_clear(struct err *e)
{
    if (e) {
        e->code = 0;
        e->msg[0] = '\0';
    }
}

const char *err_str(int code)
{
    static const char *const names[] = {
        "ok",      "out of memory", "usage error",    "I/O error",         "database error",
        "unsafe",  "timeout",       "protocol error", "not found",         "limit exceeded",
        "unsupported",
    };
    int i = -code;
    if (i < 0 || i >= (int)(sizeof names / sizeof names[0]))
        return "unknown error";
    return names[i];
}
