/* buf: the one growable byte buffer. Always NUL-terminated; grows up to `max` bytes (0 = the
 * default cap of 256 MiB). Owner: whoever embeds it; release with buf_free(). Not thread-safe. */
#ifndef GENBI_BUF_H
#define GENBI_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
    char *data; /* NULL until the first append; buf_cstr() never returns NULL */
    size_t len;
    size_t cap;
    size_t max;
    int failed; /* set once an append failed (no memory or over max); later appends are no-ops */
};

#define BUF_INIT {NULL, 0, 0, 0, 0}

void buf_init(struct buf *b, size_t max);
int buf_append(struct buf *b, const void *data, size_t n);
int buf_puts(struct buf *b, const char *s);
int buf_putc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Appends v in decimal, as "%lld" writes it. */
int buf_put_int(struct buf *b, long long v);
/* Appends v with `decimals` digits after the point, as "%.*f" writes it (faster for up to 3). */
int buf_put_fixed(struct buf *b, double v, int decimals);
/* Appends s as a SQL string literal ('...' with quotes doubled). */
int buf_put_sql_string(struct buf *b, const char *s);
/* Appends s as a SQL identifier, quoted with "" only when it needs quoting. */
int buf_put_sql_ident(struct buf *b, const char *s);
/* Room for n more bytes: where they go, or NULL when the buffer failed (no memory, over max).
 * Write at most n bytes there, then buf_commit() the number written. */
char *buf_reserve(struct buf *b, size_t n);
void buf_commit(struct buf *b, size_t n);
const char *buf_cstr(const struct buf *b);
/* Hands the malloc'd string to the caller (caller frees); the buffer is reset. NULL when out of
 * memory or when an append failed earlier (the text would be cut short): callers check it. */
char *buf_detach(struct buf *b);
void buf_reset(struct buf *b);
void buf_free(struct buf *b);

#endif
