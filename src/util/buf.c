/* Growable NUL-terminated buffer with a size cap. */
#include "util/buf.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"
#include "util/err.h"
#include "util/sqllex.h"

#define BUF_DEFAULT_MAX ((size_t)256 << 20)

void buf_init(struct buf *b, size_t max)
{
    memset(b, 0, sizeof *b);
    b->max = max;
}

static int buf_grow(struct buf *b, size_t extra)
{
    size_t max = b->max ? b->max : BUF_DEFAULT_MAX;
    if (b->failed)
        return ERR_LIMIT;
    if (extra > max || b->len + extra + 1 > max) {
        b->failed = 1;
        return ERR_LIMIT;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    if (cap > max)
        cap = max;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return ERR_NOMEM;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int buf_append(struct buf *b, const void *data, size_t n)
{
    if (n < b->cap - b->len && !b->failed) { /* fits (cap never exceeds max): no checks */
        if (n)
            memcpy(b->data + b->len, data, n);
        b->len += n;
        b->data[b->len] = '\0';
        return 0;
    }
    int rc = buf_grow(b, n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

char *buf_reserve(struct buf *b, size_t n)
{
    return buf_grow(b, n) ? NULL : b->data + b->len;
}

void buf_commit(struct buf *b, size_t n)
{
    b->len += n;
    b->data[b->len] = '\0';
}

int buf_puts(struct buf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

int buf_putc(struct buf *b, char c)
{
    if (b->len + 1 < b->cap && !b->failed) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return 0;
    }
    return buf_append(b, &c, 1);
}

int buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
    /* Formats once into the room already there; only text that does not fit is formatted a
     * second time, after growing (printf-style formatting is the costly part). */
    if (b->failed)
        return ERR_LIMIT;
    size_t room = b->cap > b->len ? b->cap - b->len : 0;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        if (room)
            b->data[b->len] = '\0';
        return ERR_IO;
    }
    if ((size_t)n < room) { /* the allocation never exceeds the cap (buf_grow) */
        b->len += (size_t)n;
        return 0;
    }
    if (room)
        b->data[b->len] = '\0'; /* the partial text is not part of the buffer */
    int rc = buf_grow(b, (size_t)n);
    if (rc)
        return rc;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

/* Decimal digits of v written backwards from end; returns where they start. */
static char *digits_back(unsigned long long v, char *end)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

int buf_put_int(struct buf *b, long long v)
{
    char d[24], *end = d + sizeof d;
    char *p = digits_back(v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, end);
    if (v < 0)
        *--p = '-';
    return buf_append(b, p, (size_t)(end - p));
}

int buf_put_fixed(struct buf *b, double v, int decimals)
{
#if LDBL_MANT_DIG >= 64
    /* v * 10^decimals is exact in a long double (53 + 10 bits at most), so rounding it to an
     * integer in the current rounding mode gives the digits printf rounds the exact value to. */
    static const long pow10[] = {1, 10, 100, 1000};
    if (decimals >= 0 && decimals <= 3 && isfinite(v) && fabs(v) < 1e15) {
        long long q = llrintl((long double)fabsl(v) * pow10[decimals]);
        char d[48], *end = d + sizeof d, *p = end;
        for (int k = 0; k < decimals; k++, q /= 10)
            *--p = (char)('0' + q % 10);
        if (decimals)
            *--p = '.';
        p = digits_back((unsigned long long)q, p);
        if (signbit(v))
            *--p = '-';
        return buf_append(b, p, (size_t)(end - p));
    }
#endif
    return buf_printf(b, "%.*f", decimals, v);
}

int buf_put_sql_string(struct buf *b, const char *s)
{
    buf_putc(b, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            buf_putc(b, '\'');
        buf_putc(b, *s);
    }
    return buf_putc(b, '\'');
}

int buf_put_sql_ident(struct buf *b, const char *s)
{
    int plain = (isalpha((unsigned char)s[0]) || s[0] == '_');
    for (const char *p = s; *p && plain; p++)
        if (!isalnum((unsigned char)*p) && *p != '_')
            plain = 0;
    if (plain && sqllex_is_reserved(s, strlen(s)))
        plain = 0;
    if (plain)
        return buf_puts(b, s);
    buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            buf_putc(b, '"');
        buf_putc(b, *s);
    }
    return buf_putc(b, '"');
}

const char *buf_cstr(const struct buf *b)
{
    return b->data ? b->data : "";
}

char *buf_detach(struct buf *b)
{
    char *p = b->data;
    if (b->failed) {
        /* The text is cut short (out of memory or over max): never hand it on as whole. */
        free(p);
        p = NULL;
    } else if (!p) {
        p = calloc(1, 1);
    }
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
    return p;
}

void buf_reset(struct buf *b)
{
    b->len = 0;
    b->failed = 0;
    if (b->data)
        b->data[0] = '\0';
}

void buf_free(struct buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
