/* Default limits, in one place: sizes (bytes, rows, entries), times (ms) and the supervisor's
 * thresholds. Every module takes its defaults from here and every one is overridable by
 * configuration (core/config.h, serve flags). Only defaults live here; a module's own structural
 * bounds (tokens per question, buffer widths) stay beside the code they shape. */
#ifndef GENBI_LIMITS_H
#define GENBI_LIMITS_H

/* ---- queries ---- */
#define LIMIT_ROW_CAP 10000L                  /* rows fetched per query; more -> truncated */
#define LIMIT_QUERY_TIMEOUT_MS 30000L         /* per statement */
#define LIMIT_RESULT_BYTES (64L << 20)        /* bytes fetched per query; more -> truncated */
#define LIMIT_VALUE_BYTES (4 << 20)           /* largest value (or sorted row) SQLite may build */
#define LIMIT_SQL_BYTES (1 << 20)             /* longest SQL statement accepted */
#define LIMIT_SQL_COLUMNS 1000                /* columns in a result, table or GROUP BY */
#define LIMIT_SQL_EXPR_DEPTH 1000             /* nesting of one expression */
#define LIMIT_SQL_FUNCTION_ARGS 100           /* arguments of one function call */
#define LIMIT_SQL_COMPOUND 100                /* SELECTs joined by UNION / EXCEPT / INTERSECT */
#define LIMIT_EVAL_ROW_CAP 1000000L           /* rows fetched when eval judges a result */
/* The cost guard (db_limits.max_cost): PostgreSQL's planner prices a sequential scan of a
 * million-row table at about 2e4, so 1e8 refuses only plans of thousands of such scans. */
#define LIMIT_QUERY_MAX_COST 1e8

/* ---- PostgreSQL and MariaDB connection pools (DSN options pool_min, pool_max) ---- */
#define LIMIT_POOL_MIN 2                      /* connections opened at start */
#define LIMIT_POOL_MAX 20                     /* connections at most, per database */
#define LIMIT_POOL_WAIT_MS 10000L             /* longest wait for a free connection */
#define LIMIT_CONNECT_MS 5000L                /* opening one connection */

/* ---- schema ---- */
#define LIMIT_VALUE_INDEX_PER_COLUMN 5000     /* distinct text values indexed per column */
#define LIMIT_MAX_TABLES 5                    /* tables selected for a prompt before FK completion */
#define LIMIT_MAX_TABLES_LARGE 6              /* the same, on a schema of over ... */
#define LIMIT_LARGE_SCHEMA_TABLES 100         /* ... this many tables (docs/schema.md) */
#define LIMIT_SCHEMA_SAMPLES 5                /* sample values kept per column */
/* Column budget per table (docs/schema.md): on BIRD dev it keeps 95.2% of the columns the gold
 * SQL uses (97.7% with whole tables) for 60.9% fewer tokens than the whole schema; the only
 * budget meeting both goals (95%, 60%). Most of Spider's tables are narrower and render whole. */
#define LIMIT_SCHEMA_DDL_COLUMNS 6

/* ---- supervisor ---- */
#define LIMIT_MAX_ATTEMPTS 3                  /* executions per tier (first try + repairs) */
#define LIMIT_CONF_DONE 0.8                   /* confidence at or above which an answer is final */
#define LIMIT_CONF_ESCALATE 0.5               /* confidence below which the next tier is asked */
#define LIMIT_CONF_AGREE 0.9                  /* model tier whose result agrees with an earlier one */
#define LIMIT_CONF_DISAGREE 0.7               /* at most, when it differs from an earlier result ... */
#define LIMIT_CONF_DISAGREE_MIN 0.5           /* ... of at least this confidence (docs/cost.md) */
#define LIMIT_COMPLEX_PENALTY 0.0             /* off a cheaper tier's answer to a complex question */
#define LIMIT_CONF_UNCONFIRMED 0.75           /* unconfirmed while a cheap tier can vote */
#define LIMIT_CONSISTENCY_PENALTY 0.15        /* off a cheaper tier contradicting the question */

/* ---- model calls (struct llm_tier defaults and transport) ---- */
#define LIMIT_LLM_TIMEOUT_MS 60000L           /* whole HTTP request to a model */
#define LIMIT_LLM_RETRIES 2                   /* retries after a 429/5xx or transport error */
#define LIMIT_LLM_BACKOFF_MS 200L             /* first retry delay */
#define LIMIT_LLM_CONNECT_MS 10000L           /* TCP/TLS connect (never above the timeout) */
#define LIMIT_LLM_RETRY_DELAY_MS 30000L       /* cap for backoff and Retry-After */
#define LIMIT_LLM_RESPONSE_BYTES ((size_t)8 << 20) /* a model's answer, bytes */

/* ---- input and output ---- */
#define LIMIT_QUESTION_BYTES 4000             /* longest question accepted */
#define LIMIT_PRINT_ROWS 20                   /* rows shown by the human output */

/* ---- service ---- */
#define LIMIT_BODY_BYTES (64L << 10)          /* HTTP request body accepted by genbi serve */
#define LIMIT_SERVER_WORKERS 4                /* database workers (= connections per database) */
#define LIMIT_SHUTDOWN_MS 30000L              /* SIGTERM: time given to requests in flight */
#define LIMIT_RATE_CLIENTS 65536L            /* addresses kept by each per-address bucket table */
#define LIMIT_AUTH_FAIL_RATE 1.0              /* failed API keys per address: per second, */
#define LIMIT_AUTH_FAIL_BURST 10.0            /*   and at once, before 429 */
#define LIMIT_CONNECTIONS 10000L              /* open HTTP connections, all clients together */
#define LIMIT_CONNECTIONS_PER_IP 1024L        /* open HTTP connections from one address */
#define LIMIT_HEADER_MS 10000L                /* request line and headers: whole time to receive */
#define LIMIT_BODY_MS 30000L                  /* request body: whole time to receive */
#define LIMIT_HEALTH_FRESH_MS 2000.0          /* a database probe younger than this is reused */
#define LIMIT_HEALTH_PROBE_MS 2000L           /* time limit of one health probe */

/* ---- caches ---- */
#define LIMIT_CACHE_ENTRIES 10000L            /* answers kept by the server's result cache */
#define LIMIT_CACHE_BYTES ((size_t)256 << 20) /* bytes kept by the result cache */
#define LIMIT_CACHE_TTL_MS (3600L * 1000L)    /* how long a cached answer is served */
#define LIMIT_CACHE_SQL_TTL_MS (24L * 3600L * 1000L) /* a model's SQL, shared through Redis */
#define LIMIT_CACHE_VALUE_BYTES ((size_t)2 << 20) /* largest answer the shared cache keeps */
#define LIMIT_REDIS_CONNECT_MS 200L           /* connecting to the shared cache */
#define LIMIT_REDIS_COMMAND_MS 100L           /* one shared-cache command */
#define LIMIT_REDIS_BACKOFF_MS 100L           /* first wait before reconnecting; doubles */
#define LIMIT_REDIS_BACKOFF_MAX_MS 5000L      /* longest wait between reconnection attempts */

#endif
