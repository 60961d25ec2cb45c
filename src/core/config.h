/* config: everything a run can be told, with defaults from core/limits.h. Loaded from a JSON file
 * (--config) and then overridden by command-line flags.
 *
 * Ownership: struct config owns its tiers and strings; config_free() releases them. Read-only
 * after loading, so it may be shared by threads. */
#ifndef GENBI_CONFIG_H
#define GENBI_CONFIG_H

#include <stddef.h>

#include "llm/llm.h"
#include "llm/router.h"
#include "util/err.h"

struct config_tier {
    struct llm_tier llm;
    double confidence; /* confidence given to this tier's executed answers before checks */
};

/* A named database of the server ("sales" -> "sqlite:/srv/sales.db"). */
struct config_database {
    char *name;
    char *dsn;
    char *semantic; /* its semantic layer file (docs/semantic.md), NULL = by convention */
};

/* An API key of the server: the key itself is never stored, only its hash (docs/server.md):
 * 64 hex digits of BLAKE2b-256 (crypto_generichash). */
struct config_api_key {
    char *id;
    char *hash;
};

/* `genbi serve` settings, the "server" object of the configuration file. */
struct config_server {
    char *listen;                /* "HOST:PORT"; NULL = 127.0.0.1:8000 */
    struct config_api_key *api_keys;
    size_t n_api_keys;
    double rate;                 /* token bucket refill per key, requests per second; 0 = off */
    double burst;                /* bucket size, requests */
    long body_limit;             /* bytes */
    long question_limit;         /* bytes */
    char *log_file;              /* request log; NULL = stderr */
    int workers;                 /* database workers */
    long cache_entries;          /* result cache size; 0 = caching off */
    long cache_ttl_ms;
    char *cache_redis;           /* redis://host:port/db shared by every instance; NULL = none */
    long cache_sql_ttl_ms;       /* models' answers (the generated SQL) kept there; 0 = not */
    long redis_connect_ms;       /* Redis time limits */
    long redis_timeout_ms;
    long shutdown_timeout_ms;    /* SIGTERM: longest wait for requests in flight */
    long max_connections;        /* open HTTP connections, all clients */
    long per_ip_connections;     /* open HTTP connections from one address */
    long header_timeout_ms;      /* whole time to receive a request's line and headers */
    long body_timeout_ms;        /* whole time to receive its body */
};

struct config {
    char *db;                 /* DSN, NULL = the demo database */
    char *currency;           /* ISO 4217 code of money in answers ("EUR"); NULL = USD */
    char *semantic;           /* the semantic layer file of db, NULL = by convention */
    int no_rules;             /* skip tier 0 */
    int max_attempts;         /* executions per tier: first try + repairs */
    double conf_done;         /* >= : final answer */
    double conf_escalate;     /* <  : ask the next tier */
    /* Agreement between tiers (docs/cost.md): a model tier's clean result that returns the same
     * answer as the best earlier executed attempt is raised to conf_agree; one that differs from
     * an earlier attempt of confidence >= conf_disagree_min is capped at conf_disagree. */
    double conf_agree;
    double conf_disagree;
    double conf_disagree_min;
    /* Taken off the confidence of a model tier below the strongest on a question the router
     * classes complex, under the cost and balanced policies. */
    double complex_penalty;
    /* A clean result of a model tier below the strongest that agrees with no earlier attempt is
     * capped at conf_unconfirmed while a tier below the strongest is still left to ask: cheap
     * tiers vote before the strongest is paid for. 1 turns it off. */
    double conf_unconfirmed;
    /* Taken, times consistency_weight() of its flags (analyze/consistency.h), off the confidence
     * of a model tier below the strongest whose SQL the question contradicts. */
    double consistency_penalty;
    long row_cap;             /* rows fetched */
    long query_timeout_ms;    /* per SQL statement */
    double query_max_cost;    /* the drivers' cost guard (db_limits.max_cost); 0 = none */
    int max_tables;           /* tables in a prompt before FK completion */
    int max_columns;          /* columns rendered per wide table (keys, linked kept); 0 = all */
    enum router_policy policy; /* which model tier a question starts at ("policy") */
    struct config_tier *tiers; /* model tiers, cheapest first */
    size_t n_tiers;
    struct config_database *databases; /* "databases": named DSNs, in file order */
    size_t n_databases;
    struct config_server server;
};

void config_init(struct config *c);
/* Reads a JSON configuration file over the current values. ERR_USAGE with the key on bad input. */
int config_load(struct config *c, const char *path, struct err *e);
/* The same from data[0..len) (not NUL-terminated); name stands for the file in messages. */
int config_load_buffer(struct config *c, const char *data, size_t len, const char *name,
                       struct err *e);
/* Appends a model tier from an --llm spec. */
int config_add_tier(struct config *c, const char *spec, struct err *e);
int config_validate(const struct config *c, struct err *e);
/* Appends a named database ("NAME=DSN" from --db, or the "databases" map); a name already
 * present is replaced. */
int config_add_database(struct config *c, const char *name, const char *dsn, struct err *e);
/* Checks the "server" settings (limits, keys); config_validate() does not. */
int config_validate_server(const struct config *c, struct err *e);
void config_free(struct config *c);

#endif
