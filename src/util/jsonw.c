/* jsonw: compact JSON written straight into a buf (see jsonw.h for the format it matches). */
#include "util/jsonw.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util/err.h"

#include "util/banned.h"

void jw_init(struct jw *w, struct buf *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
}

int jw_status(const struct jw *w)
{
    return w->bad || w->depth || w->out->failed ? ERR_NOMEM : 0;
}

/* The comma before a value, unless it follows a key or opens its container. */
/* Room for n more bytes of out, without a call when it is there already (as buf_reserve). */
static char *room(struct buf *b, size_t n)
{
    return n < b->cap - b->len && !b->failed ? b->data + b->len : buf_reserve(b, n);
}

static void commit(struct buf *b, size_t n)
{
    b->len += n;
    b->data[b->len] = '\0';
}

static void sep(struct jw *w)
{
    if (w->after_key) {
        w->after_key = 0;
    } else if (w->n[w->depth]++) {
        char *o = room(w->out, 1);
        if (o) {
            *o = ',';
            commit(w->out, 1);
        }
    }
}

static void open_with(struct jw *w, char c)
{
    sep(w);
    if (w->depth >= JW_MAX_DEPTH) {
        w->bad = 1;
        return;
    }
    buf_putc(w->out, c);
    w->n[++w->depth] = 0;
    w->close[w->depth] = c == '{' ? '}' : ']';
}

void jw_object(struct jw *w)
{
    open_with(w, '{');
}

void jw_array(struct jw *w)
{
    open_with(w, '[');
}

void jw_end(struct jw *w)
{
    if (w->bad || !w->depth) {
        w->bad = 1;
        return;
    }
    buf_putc(w->out, w->close[w->depth--]);
    w->after_key = 0;
}

size_t utf8_seq_len(const unsigned char *p)
{
    unsigned char c = p[0];
#define CONT(x) (((x)&0xC0) == 0x80)
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return CONT(p[1]) ? 2 : 0;
    if (c < 0xF0) {
        if (!CONT(p[1]) || !CONT(p[2]))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (!CONT(p[1]) || !CONT(p[2]) || !CONT(p[3]))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
#undef CONT
}

/* Writes the escape of a byte below 0x20, '"' or '\\' as jansson writes it; returns its length. */
static size_t put_escape(char *o, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    o[0] = '\\';
    switch (c) {
    case '"':
    case '\\':
        o[1] = (char)c;
        return 2;
    case '\b':
        o[1] = 'b';
        return 2;
    case '\f':
        o[1] = 'f';
        return 2;
    case '\n':
        o[1] = 'n';
        return 2;
    case '\r':
        o[1] = 'r';
        return 2;
    case '\t':
        o[1] = 't';
        return 2;
    default:
        memcpy(o + 1, "u00", 3);
        o[4] = hex[c >> 4];
        o[5] = hex[c & 15];
        return 6;
    }
}

/* Whether any of the 8 bytes in x needs care: a byte below 0x20 or from 0x80, '"' or '\\'
 * (the usual word-at-a-time tests: exact about whether there is one, not about where). */
static int special8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
    return ((x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs) != 0;
}

/* s[0..len) as a JSON string, then `tail` (a ':' after a key, or nothing). Written in place:
 * room for the longest escaping (6 bytes a byte) is reserved first. */
static void put_text(struct jw *w, const char *s, size_t len, const char *tail, size_t tl)
{
    if (len > (SIZE_MAX - 8 - tl) / 6) {
        w->bad = 1;
        return;
    }
    char *o = room(w->out, len * 6 + 3 + tl), *start = o;
    if (!o)
        return;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    *o++ = '"';
    while (p < end) {
        uint64_t x;
        if (end - p >= 8 && (memcpy(&x, p, 8), !special8(x))) {
            memcpy(o, p, 8); /* eight plain ASCII bytes at once */
            o += 8;
            p += 8;
            continue;
        }
        unsigned char c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *o++ = (char)c;
            p++;
            continue;
        }
        size_t seq = c >= 0x80 ? utf8_seq_len(p) : 0;
        if (seq && seq <= (size_t)(end - p)) {
            memcpy(o, p, seq);
            o += seq;
            p += seq;
        } else if (c >= 0x80) { /* not UTF-8: U+FFFD, as analyze_json_text() */
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
            p++;
        } else {
            o += put_escape(o, c);
            p++;
        }
    }
    *o++ = '"';
    memcpy(o, tail, tl);
    commit(w->out, (size_t)(o + tl - start));
}

void jw_key(struct jw *w, const char *key)
{
    sep(w);
    put_text(w, key, strlen(key), ":", 1);
    w->after_key = 1;
}

void jw_string(struct jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    sep(w);
    put_text(w, s, strlen(s), "", 0);
}

void jw_raw(struct jw *w, const char *json)
{
    sep(w);
    buf_puts(w->out, json);
}

void jw_null(struct jw *w)
{
    sep(w);
    buf_append(w->out, "null", 4);
}

void jw_bool(struct jw *w, int v)
{
    sep(w);
    buf_puts(w->out, v ? "true" : "false");
}

void jw_int(struct jw *w, long long v)
{
    sep(w);
    buf_put_int(w->out, v);
}

#ifdef __SIZEOF_INT128__
/* round(|v| * 10^k) for 0 <= k <= 18, exactly (ties to even, as printf rounds): |v| = m * 2^e
 * with m below 2^53, so m * 5^k stays below 2^95 and only a binary shift is left to round. */
static uint64_t scaled_digits(double v, int k)
{
    int e2;
    double fr = frexp(fabs(v), &e2);
    unsigned __int128 n = (unsigned __int128)(uint64_t)ldexp(fr, 53);
    int s = e2 - 53 + k;
    for (int i = 0; i < k; i++)
        n *= 5;
    if (s >= 0)
        return (uint64_t)(n << s);
    int sh = -s;
    if (sh >= 127)
        return 0;
    unsigned __int128 q = n >> sh, rem = n - (q << sh), half = (unsigned __int128)1 << (sh - 1);
    if (rem > half || (rem == half && (q & 1)))
        q++;
    return (uint64_t)q;
}

/* "%.15g" of v for 1e-4 <= |v| < 1e15 (the fixed-point form of %g), then jansson's ".0" when no
 * point is left; 0 when v is outside that range (the caller uses snprintf). */
static size_t fast_g15(double v, char *out)
{
    double a = fabs(v);
    if (!(a >= 1e-4 && a < 1e15))
        return 0;
    int x = (int)floor(log10(a)); /* the decimal exponent, checked against the digits below */
    uint64_t q = 0;
    for (int tries = 0; tries < 3; tries++) {
        if (x < -4 || x > 14)
            return 0;
        q = scaled_digits(v, 14 - x);
        if (q < 100000000000000ULL)
            x--;
        else if (q >= 1000000000000000ULL)
            x++; /* also a rounding up to the next power of ten */
        else
            break;
    }
    if (q < 100000000000000ULL || q >= 1000000000000000ULL)
        return 0;
    char d[15];
    for (int i = 14; i >= 0; i--, q /= 10)
        d[i] = (char)('0' + q % 10);
    int last = 14; /* the last digit kept: %g drops trailing zeros after the point */
    int point = x >= 0 ? x : -1; /* digits d[0..point] stand before the point */
    while (last > point && d[last] == '0')
        last--;
    size_t n = 0;
    if (signbit(v))
        out[n++] = '-';
    if (x < 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int z = x + 1; z < 0; z++)
            out[n++] = '0';
        memcpy(out + n, d, (size_t)last + 1);
        n += (size_t)last + 1;
    } else {
        memcpy(out + n, d, (size_t)point + 1);
        n += (size_t)point + 1;
        out[n++] = '.';
        if (last > point) {
            memcpy(out + n, d + point + 1, (size_t)(last - point));
            n += (size_t)(last - point);
        } else {
            out[n++] = '0'; /* no digits after the point: jansson's ".0" */
        }
    }
    return n;
}
#endif

void jw_real(struct jw *w, double v)
{
    char s[40];
    size_t n;
    sep(w);
    if (!isfinite(v)) {
        w->bad = 1;
        return;
    }
    if (v == trunc(v) && fabs(v) < 1e15) {
        /* a whole number of at most 15 digits: what "%.15g" writes, without printf */
        if (v == 0) {
            buf_puts(w->out, signbit(v) ? "-0.0" : "0.0");
        } else {
            buf_put_int(w->out, (long long)v);
            buf_append(w->out, ".0", 2);
        }
        return;
    }
#ifdef __SIZEOF_INT128__
    if ((n = fast_g15(v, s)) > 0) {
        buf_append(w->out, s, n);
        return;
    }
#endif
    int len = snprintf(s, sizeof s - 2, "%.15g", v);
    if (len < 0 || (size_t)len >= sizeof s - 2) {
        w->bad = 1;
        return;
    }
    n = (size_t)len;
    char *e = strchr(s, 'e');
    if (!e && !strchr(s, '.')) {
        memcpy(s + n, ".0", 3);
        n += 2;
    } else if (e) { /* "1e+20" -> "1e20", "1e-05" -> "1e-5", as jansson writes exponents */
        char *from = e + 1, *to = e + 1;
        if (*from == '+')
            from++;
        else if (*from == '-')
            from = ++to;
        while (*from == '0' && from[1])
            from++;
        memmove(to, from, (size_t)(s + n + 1 - from));
        n -= (size_t)(from - to);
    }
    buf_append(w->out, s, n);
}

void jw_json(struct jw *w, const json_t *v)
{
    switch (v ? json_typeof(v) : JSON_NULL) {
    case JSON_OBJECT:
        jw_object(w);
        for (void *it = json_object_iter((json_t *)v); it;
             it = json_object_iter_next((json_t *)v, it)) {
            jw_key(w, json_object_iter_key(it));
            jw_json(w, json_object_iter_value(it));
        }
        jw_end(w);
        break;
    case JSON_ARRAY:
        jw_array(w);
        for (size_t i = 0; i < json_array_size(v); i++)
            jw_json(w, json_array_get(v, i));
        jw_end(w);
        break;
    case JSON_STRING:
        sep(w);
        put_text(w, json_string_value(v), json_string_length(v), "", 0);
        break;
    case JSON_INTEGER:
        jw_int(w, json_integer_value(v));
        break;
    case JSON_REAL:
        jw_real(w, json_real_value(v));
        break;
    case JSON_TRUE:
        jw_bool(w, 1);
        break;
    case JSON_FALSE:
        jw_bool(w, 0);
        break;
    default:
        jw_null(w);
    }
}
