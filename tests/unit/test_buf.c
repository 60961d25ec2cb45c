/* util/buf: appends, printf into the room already there and past it, the size cap. */
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
    CHECK_STR(buf_cstr(&b), "0123456789"); /* nothing of the refused text */
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

static const struct test_case tests[] = {
    {"printf_grows", test_printf_grows},
    {"printf_fits_then_spills", test_printf_fits_then_spills},
    {"cap", test_cap},
    {"detach_after_failure", test_detach_after_failure},
};

TEST_MAIN()
