/* `genbi semantic`: drafting a database's semantic layer from its schema (init) and checking a
 * layer file against its database (check), the same check every command runs at start. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "db/db.h"
#include "db/demo.h"
#include "nl/nl.h"
#include "schema/schema.h"
#include "semantic/semantic.h"

#include "util/banned.h"

static const char usage_semantic[] =
    "usage: genbi semantic init [--db DSN] [--out FILE|-] [--force]\n"
    "       genbi semantic check [--db DSN] [--file FILE]\n"
    "\n"
    "A semantic layer names a database's metrics (revenue, units sold, average order\n"
    "value ...), dimensions, preferred joins, fiscal year start and currency; see\n"
    "docs/semantic.md.\n"
    "\n"
    "  init    drafts one from the schema's column roles for you to edit; written to\n"
    "          --out (default for a SQLite file X.db: X.semantic.yaml beside it, which\n"
    "          genbi then reads by itself; '-' prints it)\n"
    "  check   checks a layer file (default: the database's own) against the database:\n"
    "          unknown tables, columns or keys, SQL the database cannot prepare and metrics\n"
    "          defined twice are reported as FILE:LINE: reason\n"
    "\n"
    "  --db DSN        the database (default: the demo database)\n"
    "  --force         init: replace an existing file\n"
    "  -h, --help      this help\n"
    "\n"
    "exit status: 0 done, 2 usage error or a layer with an error\n";

struct sem_args {
    const char *db, *out, *file;
    int force, init;
};

static int parse_args(int argc, char **argv, struct sem_args *a)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},   {"out", required_argument, NULL, 'o'},
        {"file", required_argument, NULL, 'f'}, {"force", no_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0},
    };
    int c;
    if (argc < 2 || (strcmp(argv[1], "init") != 0 && strcmp(argv[1], "check") != 0)) {
        int help = argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0);
        fputs(usage_semantic, help ? stdout : stderr);
        return help ? 1 : 2;
    }
    a->init = strcmp(argv[1], "init") == 0;
    optind = 1;
    while ((c = getopt_long(argc - 1, argv + 1, "d:o:f:Fh", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            a->db = optarg;
            break;
        case 'o':
            a->out = optarg;
            break;
        case 'f':
            a->file = optarg;
            break;
        case 'F':
            a->force = 1;
            break;
        case 'h':
            fputs(usage_semantic, stdout);
            return 1;
        default:
            fputs(usage_semantic, stderr);
            return 2;
        }
    }
    if (optind < argc - 1) {
        fprintf(stderr, "genbi: unexpected argument '%s'\n\n%s", argv[optind + 1], usage_semantic);
        return 2;
    }
    return 0;
}

static int write_out(const struct sem_args *a, const char *dsn, const struct buf *text,
                     struct err *e)
{
    struct buf path = BUF_INIT;
    struct stat st;
    int rc = 0;
    if (a->out && strcmp(a->out, "-") == 0) {
        fputs(buf_cstr(text), stdout);
        return 0;
    }
    if (a->out)
        buf_puts(&path, a->out);
    else if (semantic_default_path(dsn, &path) != 0) {
        fputs(buf_cstr(text), stdout); /* a server database has no place beside it */
        return 0;
    }
    if (!a->force && stat(buf_cstr(&path), &st) == 0) {
        rc = err_set(e, ERR_USAGE, "%s exists; edit it, or pass --force to replace it",
                     buf_cstr(&path));
    } else {
        FILE *f = fopen(buf_cstr(&path), "wb");
        if (!f || fwrite(text->data ? text->data : "", 1, text->len, f) != text->len)
            rc = err_set(e, ERR_USAGE, "%s: cannot write the file", buf_cstr(&path));
        if (f && fclose(f) != 0 && !rc)
            rc = err_set(e, ERR_USAGE, "%s: cannot write the file", buf_cstr(&path));
        if (!rc)
            fprintf(stderr, "semantic layer drafted in %s: edit it; genbi reads it at start\n",
                    buf_cstr(&path));
    }
    buf_free(&path);
    return rc;
}

static int run(const struct sem_args *a, const char *dsn, struct db *db, struct schema *s,
               struct err *e)
{
    struct semantic *sm = NULL;
    struct buf text = BUF_INIT;
    int rc;
    if (a->init) {
        if (!(rc = nl_semantic_draft(s, &sm, e)) && !(rc = semantic_check(sm, s, db, e)) &&
            !(rc = semantic_write(sm, &text)))
            rc = write_out(a, dsn, &text, e);
        if (!rc && sm->n_metrics == 0)
            fprintf(stderr, "no sales to draft revenue from (order lines with a quantity and a "
                            "price, or an order, sale or invoice table with an amount): the draft "
                            "has no metrics; add them by hand\n");
    } else {
        rc = semantic_attach(s, db, dsn, a->file, e);
        if (!rc && !s->semantic)
            rc = err_set(e, ERR_USAGE, "no semantic layer file for %s (looked for the file "
                         "given by --file, then the one beside the database)", dsn);
        if (!rc)
            printf("%s: %zu metrics, %zu dimensions, %zu join paths: ok\n", s->semantic->path,
                   s->semantic->n_metrics, s->semantic->n_dims, s->semantic->n_joins);
    }
    semantic_free(sm);
    buf_free(&text);
    return rc;
}

int semantic_main(int argc, char **argv)
{
    struct sem_args a = {0};
    struct buf dsn = BUF_INIT;
    struct err e = {0};
    struct db *db = NULL;
    struct schema s;
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc == 1 ? 0 : 2;
    memset(&s, 0, sizeof s);
    rc = a.db ? buf_puts(&dsn, a.db) : demo_ensure(&dsn, &e);
    if (!rc && !(rc = db_open(buf_cstr(&dsn), &db, &e)) &&
        !(rc = db_load_schema(db, &s, NULL, &e)))
        rc = run(&a, buf_cstr(&dsn), db, &s, &e);
    if (rc)
        fprintf(stderr, "genbi: %s\n", e.msg[0] ? e.msg : err_str(rc));
    schema_free(&s);
    db_close(db);
    buf_free(&dsn);
    return rc == 0 ? 0 : rc == ERR_NOMEM ? 1 : 2;
}
