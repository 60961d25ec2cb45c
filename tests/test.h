/* Minimal unit-test harness: TEST(name) functions registered in a table, CHECK macros that
 * record failures and go on, and a closing "N passed, N failed" line. */
#ifndef GENBI_TEST_H
#define GENBI_TEST_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int test_failures_;
static int test_checks_;

#define CHECK(cond)                                                                    \
    do {                                                                               \
        test_checks_++;                                                                \
        if (!(cond)) {                                                                 \
            test_failures_++;                                                          \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
        }                                                                              \
    } while (0)

#define CHECK_INT(a, b)                                                                \
    do {                                                                               \
        long long a_ = (long long)(a), b_ = (long long)(b);                            \
        test_checks_++;                                                                \
        if (a_ != b_) {                                                                \
            test_failures_++;                                                          \
            fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, \
                    a_, b_);                                                           \
        }                                                                              \
    } while (0)

#define CHECK_STR(a, b)                                                                \
    do {                                                                               \
        const char *a_ = (a), *b_ = (b);                                               \
        test_checks_++;                                                                \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                       \
            test_failures_++;                                                          \
            fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, \
                    #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)");                       \
        }                                                                              \
    } while (0)

#define CHECK_CONTAINS(hay, needle)                                                    \
    do {                                                                               \
        const char *h_ = (hay), *n_ = (needle);                                        \
        test_checks_++;                                                                \
        if (!h_ || !strstr(h_, n_)) {                                                  \
            test_failures_++;                                                          \
            fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__, __LINE__, \
                    h_ ? h_ : "(null)", n_);                                           \
        }                                                                              \
    } while (0)

struct test_case {
    const char *name;
    void (*fn)(void);
};

/* Each test file defines `static const struct test_case tests[] = {...};` then TEST_MAIN(), or
 * TEST_MAIN_FIXTURE(setup, teardown) when shared fixtures must be made before the first test and
 * released after the last (neither is a test, neither is counted). A test that makes no check
 * at all fails: it could never have failed. */
#define TEST_MAIN_FIXTURE(setup, teardown)                                             \
    int main(void)                                                                     \
    {                                                                                  \
        int passed = 0, failed = 0;                                                    \
        setup();                                                                       \
        for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {                  \
            int before = test_failures_, checks = test_checks_;                        \
            tests[i].fn();                                                             \
            if (test_checks_ == checks) {                                              \
                test_failures_++;                                                      \
                fprintf(stderr, "%s: made no check\n", tests[i].name);                 \
            }                                                                          \
            if (test_failures_ == before) {                                            \
                passed++;                                                              \
                printf("ok   %s\n", tests[i].name);                                    \
            } else {                                                                   \
                failed++;                                                              \
                printf("FAIL %s\n", tests[i].name);                                    \
            }                                                                          \
        }                                                                              \
        teardown();                                                                    \
        printf("%d passed, %d failed\n", passed, failed);                              \
        return failed ? 1 : 0;                                                         \
    }

static inline void test_no_fixture_(void) {}
#define TEST_MAIN() TEST_MAIN_FIXTURE(test_no_fixture_, test_no_fixture_)

#endif
