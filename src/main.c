/* genbi command line: demo, schema, ask. Parses flags, loads configuration, opens the database,
 * runs the pipeline and prints the answer for a person (or as JSON). Exit status: 0 answered,
 * 2 usage or configuration error, 3 could not answer, 4 refused as unsafe. */
#include <getopt.h>
#include <limits.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze/analyze.h"
#include "analyze/fix.h"
#include "core/config.h"
#include "util/limits.h"
#include "core/pipeline.h"
#include "db/db.h"
#include "db/demo.h"
#include "eval/eval.h"
#include "llm/router.h"
#include "server/server.h"
#include "templates/templates.h"
#include "schema/schema.h"
#include "semantic/semantic.h"
#include "util/buf.h"
#include "util/clock.h"
#include "util/module.h"

#include "util/banned.h"

/* JSON for people and scripts: 15 significant digits print 0.71 as 0.71, not 0.70999999999999996. */
#define JSON_OUT_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

#define EXIT_ANSWERED 0
#define EXIT_FAILURE_INTERNAL 1
#define EXIT_USAGE 2
#define EXIT_NO_ANSWER 3 /* also: doctor could not connect or read */

static const char usage_main[] =
    "genbi - answers business questions with one safe, read-only SQL query\n"
    "\n"
    "usage: genbi COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  ask       answer a question:               genbi ask \"How many customers are there?\"\n"
    "  schema    show a database's tables:        genbi schema [--db DSN] [--json]\n"
    "  demo      build the demo database:         genbi demo [--out PATH|DSN]\n"
    "  doctor    check a database's setup:        genbi doctor [--db DSN]\n"
    "  eval      measure accuracy and cost:       genbi eval --dataset FILE --db-dir DIR\n"
    "  serve     run the HTTP service:            genbi serve [--listen 127.0.0.1:8000]\n"
    "  fixes     model repairs to learn:          genbi fixes --list\n"
    "  semantic  metrics and dimensions:          genbi semantic init|check [--db DSN]\n"
    "  templates learned question/SQL pairs:      genbi templates [--db DSN] [--check]\n"
    "\n"
    "Without --db, genbi uses its demo sales database and creates it on first use\n"
    "($GENBI_DEMO_DB or ~/.local/share/genbi/demo.sqlite).\n"
    "Run 'genbi COMMAND --help' for a command's options.\n"
    "\n"
    "exit status: 0 answered, 1 an unexpected internal error (I/O, out of memory),\n"
    "             2 usage or configuration error, 3 could not answer, 4 refused as unsafe\n";

static const char usage_ask[] =
    "usage: genbi ask [--db DSN] [--json] [--config FILE]\n"
    "                 [--llm PROTOCOL,URL,MODEL[,PRICE_IN_PER_1K,PRICE_OUT_PER_1K]]...\n"
    "                 [--no-rules] [--policy cost|balanced|accuracy] \"question\"\n"
    "\n"
    "Turns the question into one read-only SQL query, runs it and prints the rows, an\n"
    "analysis, and which tier answered at what cost.\n"
    "\n"
    "  --db DSN        a SQLite file path or sqlite:PATH, postgresql://...[?schema=NAME]\n"
    "                  or mysql://user:pass@host/db (default: the demo database)\n"
    "  --json          print the whole final state as JSON\n"
    "  --config FILE   JSON configuration (tiers, thresholds, limits); see docs/config.md\n"
    "  --llm SPEC      add a model tier, cheapest first; PROTOCOL is ollama or openai,\n"
    "                  prices are USD per 1,000 input / output tokens, e.g.\n"
    "                  --llm ollama,http://127.0.0.1:11434,qwen2.5-coder:7b\n"
    "  --no-rules      skip the built-in parser (tier 0); needs at least one --llm\n"
    "  --policy P      which model tier a question starts at when tier 0 hands over:\n"
    "                  cost (cheapest first, the default), balanced (by the question's\n"
    "                  complexity) or accuracy (strongest first); docs/cost.md\n"
    "  -h, --help      this help\n";

static const char usage_schema[] =
    "usage: genbi schema [--db DSN] [--json] [--question TEXT [--max-tables K]]\n"
    "\n"
    "Prints the tables, columns, types, keys and row counts genbi sees; with --question,\n"
    "the tables selected for that question, their scores, the context a model would get\n"
    "and its token estimate (ceil(bytes / 4); docs/schema.md).\n"
    "\n"
    "  --db DSN        a SQLite file path or sqlite:PATH, postgresql://... or mysql://...\n"
    "                  (default: the demo database)\n"
    "  --json          machine-readable output\n"
    "  --question TEXT show the schema selection for a question\n"
    "  --max-tables K  tables ranked before FK completion (default: 5, or 6 on a schema of over 100 tables)\n"
    "  -h, --help      this help\n";

static const char usage_demo[] =
    "usage: genbi demo [--out PATH|DSN] [--seed N]\n"
    "\n"
    "Builds the demo sales database (regions, customers, products, categories,\n"
    "employees, orders, order items over four years). The same seed gives the same data.\n"
    "\n"
    "  --out PATH      where to write it (default: the demo database location)\n"
    "  --out DSN       load it into a server database instead: postgresql://... or\n"
    "                  mysql://... (an account that may create tables; existing tables\n"
    "                  of the same names are never replaced)\n"
    "  --seed N        random seed (default 20240601)\n"
    "  -h, --help      this help\n";

/* fmt NULL: getopt has already said what was wrong; only the usage follows. */
/* A path genbi demo may write: no file yet, an empty one, or a SQLite database (a demo to
 * rebuild). Anything else is somebody's data. */
static int demo_replaceable(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 1;
    char head[16] = {0};
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return n == 0 || (n == sizeof head && memcmp(head, "SQLite format 3", 16) == 0);
}

static int usage_error(const char *usage, const char *fmt, const char *arg)
{
    if (fmt) {
        fprintf(stderr, "genbi: ");
        fprintf(stderr, fmt, arg);
        fprintf(stderr, "\n");
    }
    fprintf(stderr, "\n%s", usage);
    return EXIT_USAGE;
}

/* Resolves the DSN to use: --db, then the configuration, then the demo database. */
static int resolve_db(const char *flag_db, const struct config *cfg, struct buf *dsn,
                      struct err *e)
{
    if (flag_db)
        return buf_puts(dsn, flag_db);
    if (cfg && cfg->db)
        return buf_puts(dsn, cfg->db);
    return demo_ensure(dsn, e);
}

/* A database that is missing or is not a database is a configuration error (2); I/O and
 * memory failures are internal errors (1). */
static int exit_for_err(const struct err *e)
{
    return e->code == ERR_USAGE || e->code == ERR_NOTFOUND || e->code == ERR_DB
               ? EXIT_USAGE
               : EXIT_FAILURE_INTERNAL;
}

/* How the schema was obtained, for --json outputs: "snapshot" hit / miss / off and its ms.
 * Nonzero when a field could not be set (out of memory). */
static int put_snapshot_json(json_t *root, const struct db_schema_info *info)
{
    int bad = json_object_set_new(root, "snapshot", json_string(db_snapshot_name(info->snapshot)));
    bad |= json_object_set_new(root, "snapshot_ms", json_real(info->ms));
    if (info->why[0])
        bad |= json_object_set_new(root, "snapshot_note", analyze_json_text(info->why));
    return bad;
}

/* Prints root as one JSON document; 0, or -1 (said on stderr) when root is NULL, was not built
 * whole (bad) or cannot be rendered: a document with a field missing is never printed. */
static int print_json(json_t *root, int bad, size_t flags)
{
    char *text = root && !bad ? json_dumps(root, flags) : NULL;
    json_decref(root);
    if (!text) {
        fprintf(stderr, "genbi: out of memory\n");
        return -1;
    }
    printf("%s\n", text);
    free(text);
    return 0;
}

/* `genbi schema --question --json`: the selection and what it cost. */
static int print_selection_json(const struct schema *s, const struct db_schema_info *info,
                                const char *question, const struct schema_selection *sel,
                                enum router_class cls, double ms)
{
    json_t *root = json_object(), *tables = json_array();
    int bad = 0;
    for (size_t i = 0; i < sel->n_tables && tables; i++) {
        json_t *t = json_object();
        bad |= json_object_set_new(t, "name", analyze_json_text(s->tables[sel->tables[i]].name));
        bad |= json_object_set_new(t, "score", json_real(sel->scores[i]));
        bad |= json_object_set_new(t, "reason",
                                   json_string(i < sel->n_ranked ? "ranked" : "fk_path"));
        bad |= json_array_append_new(tables, t);
    }
    bad |= json_object_set_new(root, "question", analyze_json_text(question));
    bad |= json_object_set_new(root, "tables", tables);
    bad |= json_object_set_new(root, "context", analyze_json_text(sel->ddl));
    bad |= json_object_set_new(root, "tokens", json_integer(sel->tokens));
    bad |= json_object_set_new(root, "full_schema_tokens", json_integer(sel->full_tokens));
    bad |= json_object_set_new(root, "token_estimate", json_string("ceil(bytes/4)"));
    bad |= json_object_set_new(root, "complexity", json_string(router_class_name(cls)));
    bad |= json_object_set_new(root, "ms", json_real(ms));
    bad |= put_snapshot_json(root, info);
    return print_json(root, bad, JSON_OUT_FLAGS);
}

static void demo_progress(const char *table, long rows, void *arg)
{
    (void)arg;
    fprintf(stderr, "  %-16s %ld rows\n", table, rows);
}

/* `genbi demo --out postgresql://…`: the same demo, built as SQLite in a temporary file and
 * copied into the server database. */
static int demo_to_server(const char *dsn, unsigned seed)
{
    struct buf tmp = BUF_INIT;
    struct err e = {0};
    const char *dir = getenv("TMPDIR");
    int rc = buf_printf(&tmp, "%s/genbi-demo-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = rc ? -1 : mkstemp(tmp.data);
    double t0 = clock_ms();
    if (fd < 0) {
        fprintf(stderr, "genbi: cannot make a temporary file in %s\n", dir ? dir : "/tmp");
        buf_free(&tmp);
        return EXIT_FAILURE_INTERNAL;
    }
    close(fd);
    fprintf(stderr, "genbi: building the demo data (seed %u) and loading it into %s\n", seed,
            dsn);
    rc = demo_create(buf_cstr(&tmp), seed, &e);
    if (!rc)
        rc = db_copy_sqlite(buf_cstr(&tmp), dsn, demo_progress, NULL, &e);
    unlink(buf_cstr(&tmp));
    buf_free(&tmp);
    if (rc) {
        fprintf(stderr, "genbi: %s\n", e.msg[0] ? e.msg : err_str(rc));
        return exit_for_err(&e);
    }
    printf("demo data loaded into %s (seed %u, %.0f ms)\n", dsn, seed, clock_ms() - t0);
    return 0;
}

static int cmd_demo(int argc, char **argv)
{
    static const struct option opts[] = {
        {"out", required_argument, NULL, 'o'},
        {"seed", required_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *out = NULL;
    unsigned long seed = DEMO_DEFAULT_SEED;
    int c;
    while ((c = getopt_long(argc, argv, "o:s:h", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'o':
            out = optarg;
            break;
        case 's':
            seed = strtoul(optarg, &end, 10);
            if (*end || end == optarg || optarg[0] == '-' || seed > UINT_MAX)
                return usage_error(usage_demo,
                                   "--seed needs a number from 0 to 4294967295, got '%s'",
                                   optarg);
            break;
        case 'h':
            fputs(usage_demo, stdout);
            return 0;
        default:
            return usage_error(usage_demo, NULL, NULL);
        }
    }
    if (optind < argc)
        return usage_error(usage_demo, "unexpected argument '%s'", argv[optind]);
    const struct db_driver *drv = NULL;
    struct err de = {0};
    if (out && db_driver_for(out, &drv, &de)) {
        fprintf(stderr, "genbi: %s\n", de.msg);
        return EXIT_USAGE;
    }
    if (drv && drv->run_script)
        return demo_to_server(out, (unsigned)seed);
    struct buf path = BUF_INIT;
    struct err e = {0};
    int rc = out ? buf_puts(&path, out) : demo_default_path(&path, &e);
    if (!rc && out && !demo_replaceable(out)) {
        fprintf(stderr, "genbi: %s exists and is not a SQLite database; not overwriting it\n",
                out);
        buf_free(&path);
        return 2;
    }
    double t0 = clock_ms();
    if (!rc)
        rc = demo_create(buf_cstr(&path), (unsigned)seed, &e);
    if (rc) {
        fprintf(stderr, "genbi: %s\n", e.msg[0] ? e.msg : err_str(rc));
        buf_free(&path);
        return exit_for_err(&e);
    }
    printf("demo database written to %s (seed %lu, %.0f ms)\n", buf_cstr(&path), seed,
           clock_ms() - t0);
    buf_free(&path);
    return 0;
}

static void print_schema_text(const struct schema *s)
{
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        printf("%s (%lld rows)\n", tb->name, tb->row_count);
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct schema_column *col = &tb->cols[c];
            printf("  %-24s %-14s%s%s", col->name, col->decl_type[0] ? col->decl_type : "-",
                   col->pk ? " pk" : "", col->notnull && !col->pk ? " not null" : "");
            if (col->fk_table)
                printf(" -> %s.%s", col->fk_table, col->fk_column ? col->fk_column : "?");
            printf("\n");
        }
    }
}

/* `genbi schema --question`: the selection, as text or JSON. */
static int print_selection(const struct schema *s, const struct db_schema_info *info,
                           const char *question, int max_tables, int json)
{
    struct schema_selection sel;
    struct err e = {0};
    struct router_features f;
    struct question *q = NULL;
    double t0 = clock_ms();
    if (question_read(question, &q) || schema_select(s, q, max_tables, &sel, &e)) {
        fprintf(stderr, "genbi: %s\n", q ? e.msg : "out of memory");
        question_free(q);
        return EXIT_FAILURE_INTERNAL;
    }
    double ms = clock_ms() - t0;
    enum router_class cls = router_classify(q, &sel, &f);
    question_free(q);
    int ret = 0;
    if (json) {
        if (print_selection_json(s, info, question, &sel, cls, ms))
            ret = EXIT_FAILURE_INTERNAL;
    } else {
        printf("tables for: %s\n", question);
        for (size_t i = 0; i < sel.n_tables; i++)
            printf("  %-32s %7.3f%s\n", s->tables[sel.tables[i]].name, sel.scores[i],
                   i < sel.n_ranked ? "" : "  (connects along foreign keys)");
        printf("\ncontext:\n%s\n", sel.ddl);
        printf("~%ld tokens (ceil(bytes/4)); the whole schema is ~%ld | %s question | %.2f ms\n",
               sel.tokens, sel.full_tokens, router_class_name(cls), ms);
        printf("schema: %s in %.2f ms\n",
               info->snapshot == DB_SNAPSHOT_HIT ? "snapshot loaded" : "introspected and indexed",
               info->ms);
    }
    schema_selection_free(&sel);
    return ret;
}

static int cmd_schema(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'j'},
        {"question", required_argument, NULL, 'q'},
        {"max-tables", required_argument, NULL, 'k'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db_flag = NULL, *question = NULL;
    int json = 0, c, max_tables = 0; /* automatic */
    while ((c = getopt_long(argc, argv, "d:jq:k:h", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'd':
            db_flag = optarg;
            break;
        case 'q':
            question = optarg;
            break;
        case 'k':
            max_tables = (int)strtol(optarg, &end, 10);
            if (*end || end == optarg || max_tables < 1)
                return usage_error(usage_schema, "--max-tables needs a number >= 1, got '%s'",
                                   optarg);
            break;
        case 'j':
            json = 1;
            break;
        case 'h':
            fputs(usage_schema, stdout);
            return 0;
        default:
            return usage_error(usage_schema, NULL, NULL);
        }
    }
    if (optind < argc)
        return usage_error(usage_schema, "unexpected argument '%s'", argv[optind]);
    struct buf dsn = BUF_INIT;
    struct err e = {0};
    struct db *db = NULL;
    struct schema s;
    struct db_schema_info info;
    int ret = 0;
    memset(&s, 0, sizeof s);
    if (resolve_db(db_flag, NULL, &dsn, &e) || db_open(buf_cstr(&dsn), &db, &e) ||
        db_load_schema(db, &s, &info, &e) || semantic_attach(&s, db, buf_cstr(&dsn), NULL, &e)) {
        fprintf(stderr, "genbi: %s\n", e.msg);
        ret = exit_for_err(&e);
        goto out;
    }
    if (question) {
        ret = print_selection(&s, &info, question, max_tables, json);
    } else if (json) {
        json_t *root = schema_to_json_obj(&s);
        int bad = root ? put_snapshot_json(root, &info) : 0;
        if (print_json(root, bad, JSON_INDENT(2) | JSON_PRESERVE_ORDER))
            ret = EXIT_FAILURE_INTERNAL;
    } else {
        print_schema_text(&s);
    }
out:
    schema_free(&s);
    db_close(db);
    buf_free(&dsn);
    return ret;
}

static const char usage_doctor[] =
    "usage: genbi doctor [--db DSN]\n"
    "\n"
    "Checks that genbi can use a database safely: it connects, reads the schema, runs a probe\n"
    "through the safety gate, and warns when the account could write (give genbi an account\n"
    "that may only SELECT; see docs/databases.md).\n"
    "\n"
    "  --db DSN        a SQLite path, postgresql://... or mysql://... (default: the demo)\n"
    "  -h, --help      this help\n"
    "\n"
    "exit status: 0 no problem found, 1 a warning, 2 usage error or not a database,\n"
    "             3 cannot connect, read the schema or run the probe\n";

/* `genbi doctor`: what an operator checks before pointing genbi at a database. */
static int cmd_doctor(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db_flag = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "d:h", opts, NULL)) != -1) {
        if (c == 'd') {
            db_flag = optarg;
        } else if (c == 'h') {
            fputs(usage_doctor, stdout);
            return 0;
        } else {
            return usage_error(usage_doctor, NULL, NULL);
        }
    }
    if (optind < argc)
        return usage_error(usage_doctor, "unexpected argument '%s'", argv[optind]);
    struct buf dsn = BUF_INIT, what = BUF_INIT;
    struct err e = {0};
    struct db *db = NULL;
    struct schema s;
    struct db_schema_info info;
    struct db_result r;
    struct db_error de = {0};
    struct db_limits lim = {.timeout_ms = LIMIT_HEALTH_PROBE_MS, .row_cap = 1};
    int ret = 0;
    double t0 = clock_ms();
    memset(&s, 0, sizeof s);
    if (resolve_db(db_flag, NULL, &dsn, &e) || db_open(buf_cstr(&dsn), &db, &e)) {
        fprintf(stderr, "genbi: %s\n", e.msg);
        ret = exit_for_err(&e) == EXIT_USAGE ? EXIT_USAGE : EXIT_NO_ANSWER;
        goto out;
    }
    printf("ok    connected: %s database (%.1f ms)\n", db_dialect_of(db)->title, clock_ms() - t0);
    if (db_load_schema(db, &s, &info, &e)) {
        printf("FAIL  cannot read the schema: %s\n", e.msg);
        ret = EXIT_NO_ANSWER;
        goto out;
    }
    printf("ok    schema: %zu tables (%s, %.1f ms)\n", s.n_tables,
           db_snapshot_name(info.snapshot), info.ms);
    if (s.n_tables == 0) {
        printf("WARN  no tables are visible: check the schema option and the grants\n");
        ret = 1;
    }
    if (db_exec(db, "SELECT 1", &lim, &r, &de)) {
        printf("FAIL  a probe query through the safety gate failed: %s\n", de.msg);
        ret = EXIT_NO_ANSWER;
        goto out;
    }
    db_result_free(&r);
    printf("ok    probe query through the safety gate\n");
    int w = db_writable(db, &what, &e);
    if (!db->drv->writable) {
        printf("ok    the %s driver opens the database read-only\n", db->drv->name);
    } else if (w < 0) {
        printf("WARN  cannot tell whether the account can write: %s\n", e.msg);
        ret = ret ? ret : 1;
    } else if (w > 0) {
        printf("WARN  the account can write (%s). genbi only runs reads, inside read-only\n"
               "      transactions, but give it an account that may only SELECT: a second wall\n"
               "      (docs/databases.md)\n", what.failed ? "?" : buf_cstr(&what));
        ret = ret ? ret : 1;
    } else {
        printf("ok    the account cannot write\n");
    }
out:
    schema_free(&s);
    db_close(db);
    buf_free(&dsn);
    buf_free(&what);
    return ret;
}

static void print_table(const struct state *st)
{
    struct buf t = BUF_INIT;
    analyze_table_text(st->has_analysis ? &st->analysis : NULL, &st->result, LIMIT_PRINT_ROWS,
                       &t);
    fputs(buf_cstr(&t), stdout);
    buf_free(&t);
}

static void print_answer(const struct state *st)
{
    if (st->status == STATE_REFUSED) {
        fprintf(stderr, "genbi: %s\n", st->message ? st->message : "refused");
    } else if (st->status == STATE_UNANSWERED) {
        fprintf(stderr, "genbi: %s\n", st->message ? st->message : "could not answer");
        if (st->sql)
            fprintf(stderr, "best attempt: %s\n", st->sql);
        /* why tier 0 was unsure: its own account ("unsure: 'q4' not understood") */
        for (size_t i = 0; i < st->n_steps; i++) {
            const char *out = st->steps[i].outcome;
            const char *why = out ? strstr(out, "unsure: ") : NULL;
            const char *lost = out && !why ? strstr(out, "not understood: ") : NULL;
            if (st->steps[i].node != NODE_GENERATE_SQL || st->steps[i].tier != 0 || !(why || lost))
                continue;
            const char *text = why ? why : lost + strlen("not understood: ");
            size_t n = strlen(text);
            /* the outcome's closing parentheses: "rules: 0.26 (... (unsure: X))" */
            for (int k = why ? 2 : 1; k > 0 && n && text[n - 1] == ')'; k--)
                n--;
            fprintf(stderr, "tier 0 %s%.*s\n", why ? "was " : "did not understand: ", (int)n, text);
            break;
        }
        /* the supervisor's own reason ("the LIMIT cuts through a tie"), said where a reader
         * sees it, not only in --json */
        for (size_t i = 0; i < st->n_steps; i++) {
            const char *out = st->steps[i].outcome;
            if (st->steps[i].node == NODE_SUPERVISOR && out && strstr(out, "cuts through a tie")) {
                const char *colon = strchr(out, ':');
                fprintf(stderr, "why: %.*s\n", colon ? (int)(colon - out) : (int)strlen(out), out);
                break;
            }
        }
        for (size_t i = 0; i < st->n_errors; i++)
            fprintf(stderr, "  tier %d %s: %s\n", st->errors[i].tier, st->errors[i].cls,
                    st->errors[i].message);
    } else {
        printf("SQL: %s\n\n", st->sql ? st->sql : "");
        if (st->has_result)
            print_table(st);
        if (st->has_analysis && st->analysis.summary)
            printf("\n%s\n", st->analysis.summary);
        if (st->message)
            printf("note: %s\n", st->message);
        /* a measure from a drafted layer: said where a reader sees it, not only in --json */
        for (size_t i = 0; i < st->n_steps; i++) {
            const char *out = st->steps[i].outcome;
            if (st->steps[i].node == NODE_GENERATE_SQL && out && strstr(out, "not yet reviewed")) {
                printf("note: a metric of this answer comes from a semantic layer `genbi semantic "
                       "init` drafted and nobody has reviewed yet: read its definition in the "
                       "layer file (docs/semantic.md)\n");
                break;
            }
        }
    }
    FILE *f = st->status == STATE_ANSWERED ? stdout : stderr;
    if (st->tier < 0)
        fprintf(f, "\nno tier produced an answer");
    else
        fprintf(f, "\ntier %d (%s)", st->tier, st->tier_name ? st->tier_name : "-");
    fprintf(f, " | confidence %.2f | attempts %d | repairs %d | tokens %ld in / %ld "
            "out | cost $%.6f | %.1f ms\n",
            st->confidence,
            st->attempts, st->repairs, st->tokens_in, st->tokens_out, st->cost_usd, st->ms_total);
}

/* An error before any answer: a line on stderr and, for --json, the same as a JSON object on
 * stdout ({"error": {"code", "message"}}, as the HTTP API reports errors), so a script reading
 * stdout always gets JSON. */
static void ask_fail(int json, const char *code, const char *msg)
{
    fprintf(stderr, "genbi: %s\n", msg);
    if (!json)
        return;
    /* the message may quote bytes from the database that are not UTF-8 */
    json_t *j =
        json_pack("{s:{s:s,s:o}}", "error", "code", code, "message", analyze_json_text(msg));
    char *text = j ? json_dumps(j, JSON_OUT_FLAGS) : NULL;
    if (text)
        printf("%s\n", text);
    free(text);
    json_decref(j);
}

static int cmd_ask(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'j'},
        {"config", required_argument, NULL, 'c'},
        {"llm", required_argument, NULL, 'l'},
        {"no-rules", no_argument, NULL, 'n'},
        {"policy", required_argument, NULL, 'P'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct config cfg;
    struct buf dsn = BUF_INIT, question = BUF_INIT;
    struct err e = {0};
    struct db *db = NULL;
    struct schema s;
    struct state st;
    struct templates *tm = NULL;
    const char *db_flag = NULL, *config_path = NULL, *policy = NULL;
    int json = 0, no_rules = 0, c, ret = 0;
    int n_llm = 0;
    char **llm_specs = calloc((size_t)argc + 1, sizeof *llm_specs);
    config_init(&cfg);
    memset(&s, 0, sizeof s);
    memset(&st, 0, sizeof st);
    if (!llm_specs) {
        fprintf(stderr, "genbi: out of memory\n");
        return EXIT_FAILURE_INTERNAL;
    }
    while ((c = getopt_long(argc, argv, "d:jc:l:nP:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            db_flag = optarg;
            break;
        case 'j':
            json = 1;
            break;
        case 'c':
            config_path = optarg;
            break;
        case 'l':
            llm_specs[n_llm++] = optarg;
            break;
        case 'n':
            no_rules = 1;
            break;
        case 'P':
            policy = optarg;
            break;
        case 'h':
            fputs(usage_ask, stdout);
            goto out;
        default:
            ret = usage_error(usage_ask, NULL, NULL);
            goto out;
        }
    }
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            buf_putc(&question, ' ');
        buf_puts(&question, argv[i]);
    }
    size_t blank = strspn(buf_cstr(&question), " \t\r\n");
    if (blank == question.len) {
        ret = usage_error(usage_ask, "%s", "no question given");
        goto out;
    }
    if (question.len > LIMIT_QUESTION_BYTES) {
        fprintf(stderr, "genbi: the question is too long (%zu bytes, at most %d)\n", question.len,
                LIMIT_QUESTION_BYTES);
        ret = EXIT_USAGE;
        goto out;
    }
    if (config_path && config_load(&cfg, config_path, &e)) {
        ask_fail(json, "bad_config", e.msg);
        ret = EXIT_USAGE;
        goto out;
    }
    for (int i = 0; i < n_llm; i++) {
        if (config_add_tier(&cfg, llm_specs[i], &e)) {
            fprintf(stderr, "genbi: --llm %s: %s\n", llm_specs[i], e.msg);
            ret = EXIT_USAGE;
            goto out;
        }
    }
    if (no_rules)
        cfg.no_rules = 1;
    if (policy && router_policy_parse(policy, &cfg.policy)) {
        ret = usage_error(usage_ask, "--policy must be cost, balanced or accuracy, got '%s'",
                          policy);
        goto out;
    }
    if (config_validate(&cfg, &e)) {
        ask_fail(json, "bad_config", e.msg);
        ret = EXIT_USAGE;
        goto out;
    }
    if (resolve_db(db_flag, &cfg, &dsn, &e) || db_open(buf_cstr(&dsn), &db, &e) ||
        db_load_schema(db, &s, NULL, &e)) {
        ask_fail(json, "bad_database", e.msg);
        ret = exit_for_err(&e);
        goto out;
    }
    /* the configuration's layer belongs to the configuration's database */
    if (semantic_attach(&s, db, buf_cstr(&dsn),
                        !db_flag || (cfg.db && strcmp(db_flag, cfg.db) == 0) ? cfg.semantic : NULL,
                        &e)) {
        ask_fail(json, "bad_semantic_layer", e.msg);
        ret = e.code == ERR_NOMEM ? EXIT_FAILURE_INTERNAL : EXIT_USAGE;
        goto out;
    }
    /* Templates are a shortcut: a store that cannot be opened only means none are used. */
    struct err te = {0};
    if (templates_open(db, &s, &tm, &te))
        tm = NULL;
    struct pipeline p = {
        .cfg = &cfg, .db = db, .schema = &s, .db_name = buf_cstr(&dsn), .templates = tm};
    if (pipeline_run(&p, buf_cstr(&question), &st, &e)) {
        ask_fail(json, "internal", e.msg);
        ret = EXIT_FAILURE_INTERNAL;
        goto out;
    }
    if (json) {
        /* the same keys as the service's /v1/ask */
        if (print_json(state_to_json(&st), 0, JSON_OUT_FLAGS))
            ret = EXIT_FAILURE_INTERNAL;
    } else {
        print_answer(&st);
    }
    if (!ret)
        ret = state_exit_code(&st);
out:
    state_free(&st);
    templates_close(tm);
    schema_free(&s);
    db_close(db);
    config_free(&cfg);
    buf_free(&dsn);
    buf_free(&question);
    free(llm_specs);
    return ret;
}

/* `genbi serve`: the service is the module genbi-server.so, loaded by this command alone. */
static int cmd_serve(int argc, char **argv)
{
    static struct module server = {
        .name = "server",
        .symbol = "server_module",
        .what = "the HTTP service (genbi serve)",
        .package = "libmicrohttpd12, libhiredis0.14 and libsodium23",
    };
    struct err e = {0};
    const struct server_module *m = module_get(&server, &e);
    if (!m) {
        fprintf(stderr, "genbi: %s\n", e.msg);
        return EXIT_USAGE;
    }
    return m->main(argc, argv);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("genbi 0.1.0\n");
        return 0;
    }
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } commands[] = {
        {"ask", cmd_ask},
        {"schema", cmd_schema},
        {"demo", cmd_demo},
        {"doctor", cmd_doctor},
        {"eval", eval_main},
        {"serve", cmd_serve},
        {"fixes", fixes_main},
        {"semantic", semantic_main},
        {"templates", templates_main},
    };
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "genbi: unknown command '%s'\n\n%s", cmd, usage_main);
    return EXIT_USAGE;
}
