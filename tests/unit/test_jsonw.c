/* The JSON writer (util/jsonw.h) against jansson's json_dumps() with the flags answers are
 * rendered with: every byte value, valid and invalid UTF-8, reals over the whole range of
 * magnitudes, integers at their limits and nested documents must come out byte-identical. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analyze/analyze.h"
#include "test.h"
#include "util/jsonw.h"

#include "util/banned.h"

#define FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY)

static int mismatches;

/* jansson's text for v (consumed), or NULL. */
static char *dumped(json_t *v)
{
    char *s = v ? json_dumps(v, FLAGS) : NULL;
    json_decref(v);
    return s;
}

static void same(const char *what, char *want, struct buf *got, const struct jw *w)
{
    int ok = want && jw_status(w) == 0 && strcmp(want, buf_cstr(got)) == 0;
    if (!ok && mismatches++ < 10)
        fprintf(stderr, "%s: jsonw wrote %s, jansson %s\n", what, buf_cstr(got),
                want ? want : "(null)");
    CHECK(ok);
    free(want);
    buf_reset(got);
}

static void check_string(const char *s)
{
    struct buf b = BUF_INIT;
    struct jw w;
    jw_init(&w, &b);
    jw_string(&w, s);
    same("string", dumped(analyze_json_text(s)), &b, &w);
    buf_free(&b);
}

static void test_strings(void)
{
    char s[8];
    for (int c = 1; c < 256; c++) {
        snprintf(s, sizeof s, "%c", c);
        check_string(s);
        snprintf(s, sizeof s, "a%cz", c);
        check_string(s);
    }
    /* every byte value in every position of a long run (the writer takes 8 bytes at a time) */
    char run[20];
    for (int c = 1; c < 256; c++)
        for (int at = 0; at < 19; at++) {
            memset(run, 'a', 19);
            run[19] = '\0';
            run[at] = (char)c;
            check_string(run);
        }
    static const char *const samples[] = {
        "",
        "plain",
        "\"quoted\" and \\back\\slash/",
        "tab\there\nnew\rline\bbs\fff",
        "\x01\x1f\x7f",
        "caf\xC3\xA9",
        "\xE4\xB8\xAD\xE6\x96\x87",
        "\xF0\x9F\x98\x80 emoji",
        "\xE2\x80\xA8 line separator",
        "\xEF\xBF\xBF",
        "\xF4\x8F\xBF\xBF", /* U+10FFFF */
        "\xC0\x80 overlong",
        "\xE0\x80\x80",
        "\xED\xA0\x80 surrogate",
        "\xF4\x90\x80\x80",
        "\xF5\x80\x80\x80",
        "cut \xE4\xB8",
        "cut \xF0\x9F\x98",
        "lone \x80 continuation",
        "Latin-1 M\xFCnchen",
        "\xC3",
        "\xFF\xFE",
    };
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        check_string(samples[i]);
    /* Random byte strings, mostly outside ASCII. */
    uint64_t x = 88172645463325252ULL;
    char r[12];
    for (int i = 0; i < 20000; i++) {
        for (size_t k = 0; k + 1 < sizeof r; k++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            r[k] = (char)(x % 255 + 1);
        }
        r[sizeof r - 1] = 0;
        check_string(r);
    }
}

static void check_real(double v)
{
    struct buf b = BUF_INIT;
    struct jw w;
    jw_init(&w, &b);
    jw_real(&w, v);
    char what[64];
    snprintf(what, sizeof what, "real %.17g", v);
    same(what, dumped(json_real(v)), &b, &w);
    buf_free(&b);
}

static void test_reals(void)
{
    static const double fixed[] = {0.0,
                                   -0.0,
                                   1.0,
                                   -1.0,
                                   0.5,
                                   2500.0,
                                   1e15 - 1,
                                   1e15,
                                   1e15 + 1,
                                   1e16,
                                   1e21,
                                   1e22,
                                   1e100,
                                   1e300,
                                   1e-4,
                                   1e-5,
                                   1e-7,
                                   1e-300,
                                   5e-324,
                                   DBL_MAX,
                                   -DBL_MAX,
                                   DBL_MIN,
                                   0.1,
                                   0.3,
                                   1.0 / 3,
                                   123.456,
                                   -0.00001,
                                   9.5e-5,
                                   4503599627370496.5,
                                   999999999999999.9,
                                   0.1 + 0.2,
                                   100.0 / 7};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        check_real(fixed[i]);
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 30000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double v;
        if (i % 3 == 0) { /* any bit pattern */
            memcpy(&v, &x, sizeof v);
            if (!isfinite(v))
                continue;
        } else if (i % 3 == 1) { /* numbers answers hold: a few digits, any magnitude */
            v = (double)(int64_t)(x % 2000001 - 1000000) * pow(10, (int)(x >> 40) % 40 - 20);
        } else { /* whole numbers around the 15-digit edge */
            v = (double)(int64_t)(x % 4000000000000000ULL) - 2e15;
        }
        check_real(v);
    }
    /* The fast fixed-point range of %.15g (1e-4 to 1e15): full 17-digit values such as
     * timings, exact halves at the 16th digit (ties to even), and both sides of each power of
     * ten, where the digits round up into the next decade. */
    for (int i = 0; i < 60000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double v = ldexp((double)(x >> 11), -53) * pow(10, (int)(x % 20) - 4);
        if (i % 4 == 1)
            v = (double)(100000000000000ULL + x % 900000000000000ULL) + 0.5;
        if (i % 4 == 2)
            v = (double)(x % 1000000) / 1024.0;
        if (i % 5 == 0)
            v = -v;
        check_real(v);
    }
    for (int e = -5; e <= 16; e++) {
        double p = pow(10, e);
        check_real(p);
        check_real(nextafter(p, 0));
        check_real(nextafter(p, INFINITY));
        check_real(p * (1 - 1e-16));
        check_real(p * 0.99999999999999994);
        check_real(p * 9.9999999999999995 / 10);
    }
    struct buf b = BUF_INIT;
    struct jw w;
    static const double bad[] = {NAN, INFINITY, -INFINITY};
    for (size_t i = 0; i < 3; i++) {
        jw_init(&w, &b);
        jw_real(&w, bad[i]);
        CHECK_INT(jw_status(&w), ERR_NOMEM);
        buf_reset(&b);
    }
    buf_free(&b);
}

static void test_integers(void)
{
    static const long long v[] = {
        0, 1, -1, 9, 10, -10, 2500, LLONG_MAX, LLONG_MIN, LLONG_MIN + 1, 123456789012345678LL};
    struct buf b = BUF_INIT;
    struct jw w;
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        jw_init(&w, &b);
        jw_int(&w, v[i]);
        same("integer", dumped(json_integer(v[i])), &b, &w);
    }
    buf_free(&b);
}

/* A document with every kind of value, written through jw_json() and by hand. */
static void test_documents(void)
{
    json_t *doc = json_pack("{s:s, s:[i, f, f, b, b, n, s], s:{}, s:[], s:{s:{s:[[], {}, [i]]}}}",
                            "na\"me\n", "caf\xC3\xA9", "values", -42, 2.5, 1e-7, 1, 0, "x",
                            "empty object", "empty array", "deep", "deeper", "deepest", 1);
    CHECK(doc != NULL);
    json_object_set_new(doc, "\xE2\x80\xA8key\t", json_real(2500.0));
    json_object_set_new(doc, "a", json_null()); /* insertion order, not key order */
    struct buf b = BUF_INIT;
    struct jw w;
    jw_init(&w, &b);
    jw_json(&w, doc);
    same("document", json_dumps(doc, FLAGS), &b, &w);

    /* The same document written value by value. */
    jw_init(&w, &b);
    jw_object(&w);
    jw_key(&w, "na\"me\n");
    jw_string(&w, "caf\xC3\xA9");
    jw_key(&w, "values");
    jw_array(&w);
    jw_int(&w, -42);
    jw_real(&w, 2.5);
    jw_real(&w, 1e-7);
    jw_bool(&w, 1);
    jw_bool(&w, 0);
    jw_null(&w);
    jw_string(&w, "x");
    jw_end(&w);
    jw_key(&w, "empty object");
    jw_object(&w);
    jw_end(&w);
    jw_key(&w, "empty array");
    jw_array(&w);
    jw_end(&w);
    jw_key(&w, "deep");
    jw_json(&w, json_object_get(doc, "deep"));
    jw_key(&w, "\xE2\x80\xA8key\t");
    jw_real(&w, 2500.0);
    jw_key(&w, "a");
    jw_string(&w, NULL);
    jw_end(&w);
    same("written", json_dumps(doc, FLAGS), &b, &w);
    json_decref(doc);

    /* An unclosed container, a close too many and nesting past the limit are failures. */
    jw_init(&w, &b);
    jw_array(&w);
    CHECK_INT(jw_status(&w), ERR_NOMEM);
    jw_end(&w);
    CHECK_INT(jw_status(&w), 0);
    jw_end(&w);
    CHECK_INT(jw_status(&w), ERR_NOMEM);
    buf_reset(&b);
    jw_init(&w, &b);
    for (int i = 0; i <= JW_MAX_DEPTH; i++)
        jw_array(&w);
    CHECK_INT(jw_status(&w), ERR_NOMEM);
    buf_free(&b);
}

static const struct test_case tests[] = {
    {"strings", test_strings},
    {"reals", test_reals},
    {"integers", test_integers},
    {"documents", test_documents},
};

TEST_MAIN()
