/* util/buf: appends, printf into the room already there and past it, the size cap. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "util/buf.h"
#include "util/err.h"

static void test_printf_grows(void)
{
    struct buf b = BUF_INIT;
    char want[4096] = "";
    size_t n = 0;
    for (int i = 0; i < 300; i++) {
        CHECK_INT(buf_printf(&b, "%d:%.3f,", i, i / 8.0), 0);
        n += (size_t)snprintf(want + n, sizeof want - n, "%d:%.3f,", i, i / 8.0);
    }
    CHECK_INT(b.len, n);
    CHECK_INT(strlen(buf_cstr(&b)), n);
    CHECK_STR(buf_cstr(&b), want);
    buf_free(&b);
}

static void test_printf_fits_then_spills(void)
{
    struct buf b = BUF_INIT;
    CHECK_INT(buf_puts(&b, "ab"), 0); /* 64 bytes allocated */
    CHECK_INT(buf_printf(&b, "%s", "0123456789"), 0);
    CHECK_STR(buf_cstr(&b), "ab0123456789");
    char big[200];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK_INT(buf_printf(&b, "<%s>", big), 0);
    CHECK_INT(b.len, 12 + 2 + 199);
    CHECK(buf_cstr(&b)[12] == '<' && buf_cstr(&b)[b.len - 1] == '>');
    CHECK_INT(buf_printf(&b, "%s", ""), 0);
    CHECK_INT(b.len, 213);
    buf_free(&b);
}

static void test_cap(void)
{
    struct buf b;
    buf_init(&b, 16);
    CHECK_INT(buf_printf(&b, "%s", "0123456789"), 0);
    CHECK_INT(buf_printf(&b, "%s", "0123456789"), ERR_LIMIT);
    CHECK(b.failed);
    CHECK_STR(buf_cstr(&b), "0123456789");   /* nothing of the refused text */
    CHECK_INT(buf_puts(&b, "x"), ERR_LIMIT); /* later appends are no-ops */
    CHECK_INT(b.len, 10);
    buf_free(&b);
}

/* A buffer whose append failed hands on nothing, not the text cut short; an intact one, even
 * empty, hands on its text. */
static void test_detach_after_failure(void)
{
    struct buf b;
    buf_init(&b, 8);
    CHECK_INT(buf_puts(&b, "SELECT 1 FROM t"), ERR_LIMIT);
    CHECK(buf_detach(&b) == NULL);
    CHECK(!b.failed && b.len == 0 && b.data == NULL); /* reset: usable again */
    CHECK_INT(buf_puts(&b, "abc"), 0);
    char *p = buf_detach(&b);
    CHECK(p != NULL);
    CHECK_STR(p, "abc");
    free(p);
    struct buf empty = BUF_INIT;
    p = buf_detach(&empty);
    CHECK(p != NULL);
    CHECK_STR(p, "");
    free(p);
}

/* buf_put_int and buf_put_fixed write what printf writes: integers at their limits, and fixed
 * points for every kind of value, halfway cases (0.0625 at 3 places rounds to even), negative
 * zero, values near the fast path's bound and values past it. */
static void test_numbers(void)
{
    char want[400];
    struct buf b = BUF_INIT;
    static const long long ints[] = {0, 7, -7, 10, 99, -100, 2147483648LL, LLONG_MAX, LLONG_MIN};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        buf_reset(&b);
        buf_put_int(&b, ints[i]);
        snprintf(want, sizeof want, "%lld", ints[i]);
        CHECK_STR(buf_cstr(&b), want);
    }
    static const double fixed[] = {
        0.0,   -0.0,    0.0625,     0.0005,   0.0015, 2.5,  3.5,   -0.0001,     1e-300, 0.1,
        0.125, 12.3456, 1e14 + 0.5, 1e15 - 1, 1e15,   1e20, -1e20, 123456.0005, 1.0 / 3};
    int bad = 0;
    for (int d = 0; d <= 4; d++) {
        for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
            buf_reset(&b);
            buf_put_fixed(&b, fixed[i], d);
            snprintf(want, sizeof want, "%.*f", d, fixed[i]);
            if (strcmp(buf_cstr(&b), want) != 0 && bad++ < 5)
                fprintf(stderr, "%.17g at %d: %s, printf %s\n", fixed[i], d, buf_cstr(&b), want);
        }
        uint64_t x = 0x2545F4914F6CDD1DULL;
        for (int i = 0; i < 20000; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            /* timings: a few ms with every fraction, and halves of the last place */
            double v = (double)(x % 100000000) / (i % 2 ? 1e6 : 2e3);
            if (i % 7 == 0)
                v = -v;
            buf_reset(&b);
            buf_put_fixed(&b, v, d);
            snprintf(want, sizeof want, "%.*f", d, v);
            if (strcmp(buf_cstr(&b), want) != 0 && bad++ < 5)
                fprintf(stderr, "%.17g at %d: %s, printf %s\n", v, d, buf_cstr(&b), want);
        }
    }
    CHECK_INT(bad, 0);
    buf_free(&b);
}

static const struct test_case tests[] = {
    {"printf_grows", test_printf_grows},
    {"printf_fits_then_spills", test_printf_fits_then_spills},
    {"cap", test_cap},
    {"detach_after_failure", test_detach_after_failure},
    {"numbers", test_numbers},
};

TEST_MAIN()
