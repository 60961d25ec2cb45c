/* jsonw: writes compact JSON straight into a buf, without building a jansson tree first (an answer
 * is rendered once per request; the tree and json_dumps() cost several times the writing).
 *
 * The output is byte for byte what jansson's json_dumps() writes with
 * JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) for the same document (a unit test
 * compares the two), so a reader cannot tell which one wrote it: strings are UTF-8 with `"`, `\`
 * and control characters escaped (\b \f \n \r \t, else \u00XX), other characters as they are;
 * reals at 15 significant digits, always with a '.' or an exponent; integers as they are.
 *
 * Text that is not valid UTF-8 (Latin-1 bytes stored in a database) is written the way
 * analyze_json_text() keeps it: each byte that starts no valid sequence becomes U+FFFD.
 *
 * Ownership: the writer only appends to the caller's buf. A failure (no memory, a real that is not
 * finite, nesting deeper than JW_MAX_DEPTH) sets w->bad and the document must not be used. */
#ifndef GENBI_JSONW_H
#define GENBI_JSONW_H

#include <jansson.h>
#include <stddef.h>

#include "util/buf.h"

#define JW_MAX_DEPTH 64

struct jw {
    struct buf *out;
    int depth;
    int after_key;              /* the next value follows a key: no comma */
    size_t n[JW_MAX_DEPTH + 1]; /* values written so far at each depth */
    char close[JW_MAX_DEPTH + 1]; /* what ends the container open at each depth */
    int bad;
};

void jw_init(struct jw *w, struct buf *out);
void jw_object(struct jw *w);
void jw_array(struct jw *w);
void jw_end(struct jw *w); /* closes the innermost object or array */
void jw_key(struct jw *w, const char *key);
void jw_string(struct jw *w, const char *s); /* NULL writes null */
void jw_null(struct jw *w);
void jw_bool(struct jw *w, int v);
void jw_int(struct jw *w, long long v);
void jw_real(struct jw *w, double v); /* not finite: w->bad (json_real() refuses it too) */
/* A jansson value, written the same way (objects in their insertion order). NULL writes null. */
void jw_json(struct jw *w, const json_t *v);
/* A value already written as compact JSON by this writer (or jw_json), copied as it is. */
void jw_raw(struct jw *w, const char *json);
/* 0, or ERR_NOMEM when anything failed. */
int jw_status(const struct jw *w);

/* Length of the valid UTF-8 sequence at p, or 0 when it is not one (overlong forms, surrogates
 * and code points past U+10FFFF included, as jansson rejects them). Reads no further than a NUL. */
size_t utf8_seq_len(const unsigned char *p);

#endif
