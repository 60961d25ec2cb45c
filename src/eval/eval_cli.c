/* `genbi eval`: flags, tiers (rules, replayed recordings, real models) and output. The work is
 * in run.c, the numbers in report.c, the comparison rules in compare.c (docs/eval.md). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/config.h"
#include "eval/eval.h"
#include "eval/eval_int.h"
#include "util/buf.h"

#include "util/banned.h"

#define EXIT_USAGE 2
#define EXIT_INTERNAL 1
/* Confidence given to a replay tier's executed answers: the default of configured model tiers. */
#define REPLAY_CONFIDENCE 0.85

static const char usage_eval[] =
    "usage: genbi eval --dataset FILE --db-dir DIR [--tables tables.json]\n"
    "                  [--replay PREDICTIONS [--replay-price IN,OUT]]... [--llm SPEC]...\n"
    "                  [--no-rules] [--limit N] [--jobs N] [--config FILE] [--no-evidence]\n"
    "                  [--json] [--details] [--out REPORT]\n"
    "\n"
    "Measures execution accuracy (EX) on a Spider- or BIRD-format dataset: every question\n"
    "runs through the pipeline and its answer's result is compared with the gold query's.\n"
    "\n"
    "  --dataset FILE      Spider dev.json-like or BIRD dev.json-like JSON array\n"
    "  --db-dir DIR        databases at DIR/<db_id>/<db_id>.sqlite; questions whose\n"
    "                      database is missing are skipped and counted as skipped\n"
    "  --tables FILE       Spider tables.json: adds foreign keys the files do not declare\n"
    "  --replay FILE       recorded SQL (one per line in dataset order, Spider prediction\n"
    "                      .txt, DIN-SQL CSV or BIRD JSON) answered as a model tier would;\n"
    "                      repeatable, tiers in the order given, cheapest first\n"
    "  --replay-price IN,OUT  USD per 1,000 input / output tokens of the preceding --replay\n"
    "  --llm SPEC          a real model tier: PROTOCOL,URL,MODEL[,PRICE_IN,PRICE_OUT]\n"
    "  --no-rules          skip tier 0 (the built-in parser)\n"
    "  --limit N           only the first N questions\n"
    "  --jobs N            worker threads (default: the number of cores)\n"
    "  --config FILE       JSON configuration (thresholds, attempts, limits, tiers)\n"
    "  --no-evidence       BIRD: do not append the evidence to the question\n"
    "  --json              print the report as JSON\n"
    "  --details           add one record per question to the JSON report\n"
    "  --out REPORT        also write the report to REPORT (JSON when --json or *.json)\n"
    "  -h, --help          this help\n";

enum tier_kind { TIER_REPLAY, TIER_LLM };

struct tier_arg {
    enum tier_kind kind;
    const char *arg;
    const char *price; /* --replay-price for a replay, or NULL */
};

static int usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "genbi eval: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n%s", usage_eval);
    return EXIT_USAGE;
}

static int parse_price(const char *s, double *in, double *out)
{
    char *end;
    *in = strtod(s, &end);
    if (end == s || *end != ',' || *in < 0)
        return -1;
    const char *p = end + 1;
    *out = strtod(p, &end);
    return end == p || *end || *out < 0 ? -1 : 0;
}

/* Appends a replay tier to cfg: not an HTTP model, so it is built here rather than parsed. */
static int add_replay_tier(struct config *cfg, const struct eval_replay *rp, struct err *e)
{
    struct config_tier t;
    memset(&t, 0, sizeof t);
    llm_tier_defaults(&t.llm);
    t.llm.name = strdup(rp->name);
    t.llm.protocol = strdup("replay");
    t.llm.model = strdup(rp->name);
    t.llm.price_in = rp->price_in;
    t.llm.price_out = rp->price_out;
    t.confidence = REPLAY_CONFIDENCE;
    struct config_tier *v = realloc(cfg->tiers, (cfg->n_tiers + 1) * sizeof *v);
    if (!t.llm.name || !t.llm.protocol || !t.llm.model || !v) {
        if (v)
            cfg->tiers = v;
        llm_tier_free(&t.llm);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    cfg->tiers = v;
    cfg->tiers[cfg->n_tiers++] = t;
    return 0;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcasecmp(s + a - b, suffix) == 0;
}

/* Nonzero when the report could not be built (out of memory: said on stderr) or written. */
static int write_report(const struct eval_run *r, int json, FILE *f)
{
    json_t *j = json ? eval_report_json(r) : NULL;
    int rc = json ? !j : eval_report_text(r, f) != 0;
    if (rc) {
        fprintf(stderr, "genbi eval: out of memory building the report\n");
        return rc;
    }
    if (json) {
        rc = json_dumpf(j, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0;
        fputc('\n', f);
        json_decref(j);
    }
    return rc;
}

/* What the command line asked for. */
struct eval_args {
    const char *dataset, *db_dir, *tables, *config_path, *out;
    int no_rules, json, details, with_evidence;
    long limit, jobs;
    struct tier_arg *targs; /* --replay and --llm in the order given */
    size_t n_tier_args;
};

static const struct option eval_opts[] = {
    {"dataset", required_argument, NULL, 'd'},
    {"db-dir", required_argument, NULL, 'D'},
    {"tables", required_argument, NULL, 't'},
    {"replay", required_argument, NULL, 'r'},
    {"replay-price", required_argument, NULL, 'p'},
    {"llm", required_argument, NULL, 'l'},
    {"no-rules", no_argument, NULL, 'n'},
    {"limit", required_argument, NULL, 'L'},
    {"jobs", required_argument, NULL, 'j'},
    {"config", required_argument, NULL, 'c'},
    {"no-evidence", no_argument, NULL, 'E'},
    {"json", no_argument, NULL, 'J'},
    {"details", no_argument, NULL, 'x'},
    {"out", required_argument, NULL, 'o'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

/* One option into a; returns -1 to go on, or the exit status (0 after --help). */
static int eval_option(int c, struct eval_args *a)
{
    char *end;
    switch (c) {
    case 'd': a->dataset = optarg; break;
    case 'D': a->db_dir = optarg; break;
    case 't': a->tables = optarg; break;
    case 'r': a->targs[a->n_tier_args++] = (struct tier_arg){TIER_REPLAY, optarg, NULL}; break;
    case 'l': a->targs[a->n_tier_args++] = (struct tier_arg){TIER_LLM, optarg, NULL}; break;
    case 'n': a->no_rules = 1; break;
    case 'c': a->config_path = optarg; break;
    case 'E': a->with_evidence = 0; break;
    case 'J': a->json = 1; break;
    case 'x': a->details = 1; break;
    case 'o': a->out = optarg; break;
    case 'p':
        if (!a->n_tier_args || a->targs[a->n_tier_args - 1].kind != TIER_REPLAY ||
            a->targs[a->n_tier_args - 1].price)
            return usage("%s", "--replay-price must follow a --replay FILE");
        a->targs[a->n_tier_args - 1].price = optarg;
        break;
    case 'L':
        a->limit = strtol(optarg, &end, 10);
        if (*end || end == optarg || a->limit < 0)
            return usage("--limit needs a number, got '%s'", optarg);
        break;
    case 'j':
        a->jobs = strtol(optarg, &end, 10);
        if (*end || end == optarg || a->jobs < 1 || a->jobs > 256)
            return usage("--jobs needs a number from 1 to 256, got '%s'", optarg);
        break;
    case 'h':
        fputs(usage_eval, stdout);
        return 0;
    default:
        return usage("%s", "unknown option");
    }
    return -1;
}

/* Parses argv into a (a->targs allocated by the caller); -1 to go on, else the exit status. */
static int eval_parse_args(int argc, char **argv, struct eval_args *a)
{
    int c, ret;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:D:t:r:p:l:nL:j:c:EJxo:h", eval_opts, NULL)) != -1)
        if ((ret = eval_option(c, a)) >= 0)
            return ret;
    if (optind < argc)
        return usage("unexpected argument '%s'", argv[optind]);
    if (!a->dataset || !a->db_dir)
        return usage("%s", "--dataset and --db-dir are required");
    return -1;
}

/* Tiers from --config come first, then --replay / --llm in the order given; fills replays and
 * tier_replay (which model tiers are replays). Returns -1 to go on, else the exit status. */
static int eval_tiers(const struct eval_args *a, struct config *cfg, struct eval_replay *replays,
                      size_t *n_replays, struct eval_replay ***tier_replay)
{
    struct err e = {0};
    size_t cfg_tiers = cfg->n_tiers;
    for (size_t k = 0; k < a->n_tier_args; k++) {
        const struct tier_arg *ta = &a->targs[k];
        if (ta->kind == TIER_LLM) {
            if (config_add_tier(cfg, ta->arg, &e)) {
                fprintf(stderr, "genbi eval: --llm %s: %s\n", ta->arg, e.msg);
                return EXIT_USAGE;
            }
            continue;
        }
        struct eval_replay *rp = &replays[*n_replays];
        if (eval_replay_load(ta->arg, rp, &e)) {
            fprintf(stderr, "genbi eval: --replay %s: %s\n", ta->arg, e.msg);
            return e.code == ERR_NOMEM ? EXIT_INTERNAL : EXIT_USAGE;
        }
        (*n_replays)++;
        if (ta->price && parse_price(ta->price, &rp->price_in, &rp->price_out))
            return usage("--replay-price needs IN,OUT (USD per 1,000 tokens), got '%s'",
                         ta->price);
        if (add_replay_tier(cfg, rp, &e)) {
            fprintf(stderr, "genbi eval: %s\n", e.msg);
            return EXIT_INTERNAL;
        }
    }
    if (a->no_rules)
        cfg->no_rules = 1;
    if (config_validate(cfg, &e)) {
        fprintf(stderr, "genbi eval: %s\n", e.msg);
        return EXIT_USAGE;
    }
    /* The k-th replay tier added above is replays[k]. */
    *tier_replay = calloc(cfg->n_tiers ? cfg->n_tiers : 1, sizeof **tier_replay);
    if (!*tier_replay) {
        fprintf(stderr, "genbi eval: out of memory\n");
        return EXIT_INTERNAL;
    }
    for (size_t k = cfg_tiers, rk = 0; k < cfg->n_tiers; k++)
        if (strcmp(cfg->tiers[k].llm.protocol, "replay") == 0)
            (*tier_replay)[k] = &replays[rk++];
    return -1;
}

/* The report on stdout and, with --out, in a file. Returns the exit status. */
static int eval_write_reports(const struct eval_run *run, const struct eval_args *a)
{
    int ret = 0;
    if (write_report(run, a->json, stdout))
        ret = EXIT_INTERNAL;
    if (a->out) {
        FILE *f = fopen(a->out, "w");
        if (!f || write_report(run, a->json || ends_with(a->out, ".json"), f)) {
            fprintf(stderr, "genbi eval: cannot write %s\n", a->out);
            ret = EXIT_INTERNAL;
        }
        if (f && fclose(f) && !ret) {
            fprintf(stderr, "genbi eval: cannot write %s\n", a->out);
            ret = EXIT_INTERNAL;
        }
    }
    return ret;
}

int eval_main(int argc, char **argv)
{
    struct config cfg;
    struct eval_dataset ds;
    struct eval_run run;
    struct err e = {0};
    struct eval_args a = {.with_evidence = 1, .limit = -1,
                          .jobs = sysconf(_SC_NPROCESSORS_ONLN)};
    int ret = 0;
    size_t n_replays = 0;
    struct eval_replay *replays = calloc((size_t)argc + 1, sizeof *replays);
    struct eval_replay **tier_replay = NULL;
    a.targs = calloc((size_t)argc + 1, sizeof *a.targs);
    config_init(&cfg);
    memset(&ds, 0, sizeof ds);
    memset(&run, 0, sizeof run);
    if (!a.targs || !replays) {
        fprintf(stderr, "genbi eval: out of memory\n");
        ret = EXIT_INTERNAL;
        goto out;
    }
    if ((ret = eval_parse_args(argc, argv, &a)) >= 0)
        goto out;
    ret = 0;
    if (a.config_path && config_load(&cfg, a.config_path, &e)) {
        fprintf(stderr, "genbi eval: %s\n", e.msg);
        ret = EXIT_USAGE;
        goto out;
    }
    if ((ret = eval_tiers(&a, &cfg, replays, &n_replays, &tier_replay)) >= 0)
        goto out;
    ret = 0;
    if (eval_dataset_load(a.dataset, a.with_evidence, &ds, &e)) {
        fprintf(stderr, "genbi eval: %s\n", e.msg);
        ret = e.code == ERR_NOMEM ? EXIT_INTERNAL : EXIT_USAGE;
        goto out;
    }
    for (size_t k = 0; k < n_replays; k++)
        if (replays[k].n != ds.n)
            fprintf(stderr,
                    "genbi eval: warning: %s has %zu entries for %zu questions; questions "
                    "beyond them get no SQL from it\n",
                    replays[k].name, replays[k].n, ds.n);

    run.dataset_path = a.dataset;
    run.db_dir = a.db_dir;
    run.ds = &ds;
    run.n = a.limit >= 0 && (size_t)a.limit < ds.n ? (size_t)a.limit : ds.n;
    run.tier_replay = tier_replay;
    run.replays = replays;
    run.n_replays = n_replays;
    run.tables_path = a.tables;
    run.jobs = (int)a.jobs;
    run.details = a.details;
    run.progress = isatty(STDERR_FILENO);
    run.timeout_ms = cfg.query_timeout_ms;
    run.threshold = cfg.conf_done;
    /* Tier 0 alone: let the pipeline answer at any confidence and apply the threshold here, so
     * one run gives both the configured result and the whole confidence curve. With no other
     * tier the supervisor answers tier 0 exactly when confidence >= confidence_done, so the
     * configured result is unchanged (docs/eval.md). */
    if (!cfg.no_rules && cfg.n_tiers == 0) {
        run.curve_mode = 1;
        cfg.conf_escalate = 0;
        cfg.conf_done = 0;
    }
    run.cfg = &cfg;
    if (eval_run_all(&run, &e)) {
        fprintf(stderr, "genbi eval: %s\n", e.msg);
        ret = e.code == ERR_USAGE ? EXIT_USAGE : EXIT_INTERNAL;
        goto out;
    }
    ret = eval_write_reports(&run, &a);
out:
    eval_run_free(&run);
    eval_dataset_free(&ds);
    for (size_t k = 0; k < n_replays; k++)
        eval_replay_free(&replays[k]);
    free(replays);
    free(a.targs);
    free(tier_replay);
    config_free(&cfg);
    return ret;
}
