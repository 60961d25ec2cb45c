/* config: everything a run can be told, with defaults from core/limits.h. Loaded from a JSON file
 * (--config) and then overridden by command-line flags.
 *
 * Ownership: struct config owns its tiers and strings; config_free() releases them. Read-only
 * after loading, so it may be shared by threads. */
#ifndef GENBI_CONFIG_H
#define GENBI_CONFIG_H

#include <stddef.h>

#include "llm/llm.h"
#include "util/err.h"

struct config_tier {
    struct llm_tier llm;
    double confidence; /* confidence given to this tier's executed answers before checks */
};

struct config {
    char *db;                 /* DSN, NULL = the demo database */
    int no_rules;             /* skip tier 0 */
    int max_attempts;         /* executions per tier: first try + repairs */
    double conf_done;         /* >= : final answer */
    double conf_escalate;     /* <  : ask the next tier */
    long row_cap;             /* rows fetched */
    long query_timeout_ms;    /* per SQL statement */
    int max_tables;           /* tables in a prompt before FK completion */
    struct config_tier *tiers; /* model tiers, cheapest first */
    size_t n_tiers;
};

void config_init(struct config *c);
/* Reads a JSON configuration file over the current values. ERR_USAGE with the key on bad input. */
int config_load(struct config *c, const char *path, struct err *e);
/* Appends a model tier from an --llm spec. */
int config_add_tier(struct config *c, const char *spec, struct err *e);
int config_validate(const struct config *c, struct err *e);
void config_free(struct config *c);

#endif
