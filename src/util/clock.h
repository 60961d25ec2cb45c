/* Monotonic wall time in milliseconds, for timings and deadlines. */
#ifndef GENBI_CLOCK_H
#define GENBI_CLOCK_H

#include <time.h>

static inline double clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

#endif
