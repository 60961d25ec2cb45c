/* Default limits, in one place. Every one is overridable by configuration (core/config.h). */
#ifndef GENBI_LIMITS_H
#define GENBI_LIMITS_H

#define LIMIT_ROW_CAP 10000L                  /* rows fetched per query; more -> truncated */
#define LIMIT_QUERY_TIMEOUT_MS 30000L         /* per statement */
#define LIMIT_RESULT_BYTES (64L << 20)        /* bytes fetched per query; more -> truncated */
#define LIMIT_VALUE_BYTES (16 << 20)          /* largest single value SQLite may build */
#define LIMIT_VALUE_INDEX_PER_COLUMN 5000     /* distinct text values indexed per column */
#define LIMIT_MAX_TABLES 5                    /* tables selected for a prompt before FK completion */
#define LIMIT_MAX_ATTEMPTS 3                  /* executions per tier (first try + repairs) */
#define LIMIT_CONF_DONE 0.8                   /* confidence at or above which an answer is final */
#define LIMIT_CONF_ESCALATE 0.5               /* confidence below which the next tier is asked */
#define LIMIT_CONF_AGREE 0.9                  /* model tier whose result agrees with an earlier one */
#define LIMIT_CONF_DISAGREE 0.7               /* at most, when it differs from an earlier result ... */
#define LIMIT_CONF_DISAGREE_MIN 0.5           /* ... of at least this confidence (docs/cost.md) */
#define LIMIT_COMPLEX_PENALTY 0.0             /* off a cheaper tier's answer to a complex question */
#define LIMIT_CONF_UNCONFIRMED 0.75           /* unconfirmed while a cheap tier can vote */
#define LIMIT_CONSISTENCY_PENALTY 0.15        /* off a cheaper tier contradicting the question */
#define LIMIT_LLM_TIMEOUT_MS 60000L           /* per model request */
#define LIMIT_QUESTION_BYTES 4000             /* longest question accepted */
#define LIMIT_PRINT_ROWS 20                   /* rows shown by the human output */
#define LIMIT_BODY_BYTES (64L << 10)          /* HTTP request body accepted by genbi serve */
#define LIMIT_SERVER_WORKERS 4                /* database workers (= connections per database) */
#define LIMIT_CACHE_ENTRIES 10000L            /* answers kept by the server's result cache */
#define LIMIT_CACHE_TTL_MS (3600L * 1000L)    /* how long a cached answer is served */
#define LIMIT_SHUTDOWN_MS 30000L              /* SIGTERM: time given to requests in flight */

#endif
