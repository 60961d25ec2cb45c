/* genbi templates: list, check, pin, unpin, delete and teach a database's templates. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/demo.h"
#include "templates/templates.h"

#include "util/banned.h"

#define EXIT_OK 0
#define EXIT_FAIL 1
#define EXIT_USAGE 2

static const char usage_templates[] =
    "usage: genbi templates [--db DSN] [--json] [--check]\n"
    "       genbi templates [--db DSN] pin|unpin|delete ID\n"
    "       genbi templates [--db DSN] add \"question\" \"SQL\"\n"
    "\n"
    "Templates are verified question/SQL pairs tier 0 answers from: a new question with the\n"
    "same words and other values (that exist in the data) is answered with no model.\n"
    "\n"
    "  (no command)  list the database's templates\n"
    "  --check       prepare every template against the current schema; repair or retire\n"
    "                the ones that no longer work, and report what changed\n"
    "  pin ID        never retire the template automatically (unpin undoes it)\n"
    "  delete ID     remove the template\n"
    "  add Q SQL     teach a pair; the SQL must pass the safety gate and return rows\n"
    "  --db DSN      the database (default: the demo database)\n"
    "  --json        print JSON\n"
    "  -h, --help    this help\n"
    "\n"
    "Templates are off when $GENBI_TEMPLATES is off or 0.\n";

static int print_json_value(json_t *j)
{
    char *text = j ? json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    if (!text)
        return EXIT_FAIL;
    printf("%s\n", text);
    free(text);
    return EXIT_OK;
}

static void print_list(json_t *arr)
{
    size_t i, active = 0;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *state = json_string_value(json_object_get(o, "state"));
        active += strcmp(state, "active") == 0;
        printf("%s  %-8s%s  hits %lld  %s\n    %s\n", json_string_value(json_object_get(o, "id")),
               state, json_is_true(json_object_get(o, "pinned")) ? " pinned" : "",
               (long long)json_integer_value(json_object_get(o, "hits")),
               json_string_value(json_object_get(o, "question")),
               json_string_value(json_object_get(o, "sql")));
        const char *why = json_string_value(json_object_get(o, "why"));
        if (why)
            printf("    (%s)\n", why);
    }
    printf("%zu templates, %zu active\n", json_array_size(arr), active);
}

static int check(struct templates *t, struct db *db, int json)
{
    struct err e = {0};
    json_t *report = json_array();
    if (!report || templates_check(t, db, report, &e)) {
        fprintf(stderr, "genbi: %s\n", e.msg[0] ? e.msg : "out of memory");
        json_decref(report);
        return EXIT_FAIL;
    }
    int rc = EXIT_OK;
    if (json) {
        rc = print_json_value(report);
    } else {
        size_t i, changed = 0;
        json_t *o;
        json_array_foreach(report, i, o) {
            const char *action = json_string_value(json_object_get(o, "action"));
            if (strcmp(action, "kept") == 0)
                continue;
            changed++;
            printf("%s  %s: %s\n    %s\n", json_string_value(json_object_get(o, "id")), action,
                   json_string_value(json_object_get(o, "why")),
                   json_string_value(json_object_get(o, "question")));
        }
        printf("%zu templates checked, %zu changed\n", json_array_size(report), changed);
    }
    json_decref(report);
    return rc;
}

static int command(struct templates *t, struct db *db, int json, int argc, char **argv)
{
    const char *cmd = argv[0];
    struct err e = {0};
    if (strcmp(cmd, "add") == 0) {
        char id[16];
        if (argc != 3) {
            fprintf(stderr, "genbi: templates add needs a question and its SQL\n");
            return EXIT_USAGE;
        }
        if (templates_add_checked(t, db, argv[1], argv[2], id, &e)) {
            fprintf(stderr, "genbi: %s\n", e.msg);
            return e.code == ERR_USAGE ? EXIT_USAGE : EXIT_FAIL;
        }
        if (json)
            printf("{\"id\": \"%s\"}\n", id);
        else
            printf("stored template %s\n", id);
        return EXIT_OK;
    }
    int pin = strcmp(cmd, "pin") == 0, unpin = strcmp(cmd, "unpin") == 0;
    if (argc != 2 || !(pin || unpin || strcmp(cmd, "delete") == 0)) {
        fprintf(stderr, "genbi: unknown templates command\n\n%s", usage_templates);
        return EXIT_USAGE;
    }
    int found = pin || unpin ? templates_pin(t, argv[1], pin) : templates_delete(t, argv[1]);
    if (!found) {
        fprintf(stderr, "genbi: no template %s\n", argv[1]);
        return EXIT_USAGE;
    }
    printf("%s %s\n", pin ? "pinned" : unpin ? "unpinned" : "deleted", argv[1]);
    return EXIT_OK;
}

static int run(const char *db_flag, int json, int do_check, int argc, char **argv)
{
    struct buf dsn = BUF_INIT;
    struct err e = {0};
    struct db *db = NULL;
    struct schema s;
    struct templates *t = NULL;
    int ret = EXIT_OK;
    memset(&s, 0, sizeof s);
    if ((db_flag ? buf_puts(&dsn, db_flag) : demo_ensure(&dsn, &e)) ||
        db_open(buf_cstr(&dsn), &db, &e) || db_load_schema(db, &s, NULL, &e) ||
        templates_open(db, &s, &t, &e)) {
        fprintf(stderr, "genbi: %s\n", e.msg[0] ? e.msg : "out of memory");
        ret = EXIT_USAGE;
        goto out;
    }
    if (!t) {
        fprintf(stderr, "genbi: templates are off ($GENBI_TEMPLATES) or this database has no "
                        "cache directory\n");
        ret = EXIT_USAGE;
    } else if (argc > 0) {
        ret = command(t, db, json, argc, argv);
    } else if (do_check) {
        ret = check(t, db, json);
    } else {
        json_t *arr = templates_list_json(t);
        if (!arr)
            ret = EXIT_FAIL;
        else if (json)
            ret = print_json_value(arr);
        else
            print_list(arr);
        json_decref(arr);
    }
out:
    templates_close(t);
    schema_free(&s);
    db_close(db);
    buf_free(&dsn);
    return ret;
}

int templates_main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'j'},
        {"check", no_argument, NULL, 'c'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db_flag = NULL;
    int json = 0, do_check = 0, c;
    while ((c = getopt_long(argc, argv, "d:jch", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            db_flag = optarg;
            break;
        case 'j':
            json = 1;
            break;
        case 'c':
            do_check = 1;
            break;
        case 'h':
            fputs(usage_templates, stdout);
            return EXIT_OK;
        default:
            fprintf(stderr, "\n%s", usage_templates);
            return EXIT_USAGE;
        }
    }
    return run(db_flag, json, do_check, argc - optind, argv + optind);
}
