/* The learning log of model repairs and `genbi fixes`. When a model's repair made a failed query
 * run, the pair is appended to a JSON-lines file with the error's message pattern (names,
 * literals and numbers masked); `genbi fixes --list` groups the log by class and pattern so
 * that repairs that keep coming back can become rows of the deterministic repair table. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analyze/analyze.h"
#include "analyze/fix.h"

#include "util/banned.h"

void fix_mask_message(const char *msg, char *out, size_t n)
{
    size_t k = 0;
    if (!n)
        return;
    for (const char *p = msg ? msg : ""; *p && k + 2 < n;) {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\'' || c == '`') { /* quoted text */
            const char *end = strchr(p + 1, (char)c);
            out[k++] = '?';
            p = end ? end + 1 : p + strlen(p);
        } else if (isdigit(c)) {
            out[k++] = '?';
            while (isalnum((unsigned char)*p) || *p == '.')
                p++;
        } else if (c == ':' && p[1] == ' ' && p[2] && !strpbrk(p + 2, " \t")) {
            /* "no such column: T1.name": the name that ends the message */
            out[k++] = ':';
            out[k++] = ' ';
            if (k + 1 < n)
                out[k++] = '?';
            p += 2;
            while (*p && !isspace((unsigned char)*p))
                p++;
        } else {
            out[k++] = (char)c;
            p++;
        }
    }
    out[k] = '\0';
}

int fix_log_path(struct buf *out, struct err *e)
{
    const char *env = getenv("GENBI_FIXES_LOG");
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    buf_reset(out);
    if (env && *env)
        buf_puts(out, env);
    else if (xdg && xdg[0] == '/')
        buf_printf(out, "%s/genbi/fixes.jsonl", xdg);
    else if (home && *home)
        buf_printf(out, "%s/.local/share/genbi/fixes.jsonl", home);
    else
        return err_set(e, ERR_USAGE, "no place for the fixes log: set GENBI_FIXES_LOG or HOME");
    return out->failed ? err_set(e, ERR_NOMEM, "out of memory") : 0;
}

/* mkdir -p of the directory holding path (private, as XDG data directories are). */
static void make_parent(const char *path)
{
    struct buf dir = BUF_INIT;
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path || buf_append(&dir, path, (size_t)(slash - path)))
        goto out;
    for (size_t i = 1; i <= dir.len; i++) {
        if (i < dir.len && dir.data[i] != '/')
            continue;
        char saved = dir.data[i];
        dir.data[i] = '\0';
        (void)mkdir(dir.data, 0700);
        dir.data[i] = saved;
    }
out:
    buf_free(&dir);
}

int fix_log_model_repair(const struct db_error *de, const char *failed_sql, const char *fixed_sql,
                         struct err *e)
{
    struct buf path = BUF_INIT;
    char pattern[512], stamp[32];
    char *line = NULL;
    json_t *o = NULL;
    const char *env = getenv("GENBI_FIXES_LOG");
    if (env && strcmp(env, "off") == 0)
        return 0;
    int rc = fix_log_path(&path, e);
    if (rc)
        goto out;
    fix_mask_message(de->msg, pattern, sizeof pattern);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    /* the message and the SQL may hold bytes from the database that are not UTF-8 */
    o = json_pack("{s:s, s:s, s:o, s:o, s:o, s:o}", "time", stamp, "class",
                  db_errclass_name(de->cls), "pattern", analyze_json_text(pattern), "message",
                  analyze_json_text(de->msg), "failed_sql", analyze_json_text(failed_sql),
                  "fixed_sql", analyze_json_text(fixed_sql));
    line = o ? json_dumps(o, JSON_COMPACT) : NULL;
    if (!line) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    make_parent(buf_cstr(&path));
    /* One write(2) of one line with O_APPEND: concurrent writers do not interleave lines. */
    int fd = open(buf_cstr(&path), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        rc = err_set(e, ERR_IO, "cannot open the fixes log %s: %s", buf_cstr(&path),
                     strerror(errno));
        goto out;
    }
    struct buf b = BUF_INIT;
    buf_puts(&b, line);
    buf_putc(&b, '\n');
    ssize_t w = b.failed ? -1 : write(fd, b.data, b.len);
    if (w < 0 || (size_t)w != b.len)
        rc = err_set(e, ERR_IO, "cannot write the fixes log %s", buf_cstr(&path));
    buf_free(&b);
    close(fd);
out:
    free(line);
    json_decref(o);
    buf_free(&path);
    return rc;
}

/* ---- genbi fixes ---- */

static const char usage_fixes[] =
    "usage: genbi fixes --list [--json] [--log FILE]\n"
    "\n"
    "Lists the repairs that needed a model, grouped by error class and message pattern,\n"
    "most frequent first: candidates for the deterministic repair table (docs/fixer.md).\n"
    "\n"
    "  --list          group and count the logged repairs\n"
    "  --json          machine-readable output\n"
    "  --log FILE      the log to read (default $GENBI_FIXES_LOG or\n"
    "                  ~/.local/share/genbi/fixes.jsonl)\n"
    "  -h, --help      this help\n";

struct group {
    char *cls, *pattern;
    long count;
    char *example_failed, *example_fixed, *last;
};

static int group_cmp(const void *a, const void *b)
{
    const struct group *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    int c = strcmp(x->cls, y->cls);
    return c ? c : strcmp(x->pattern, y->pattern);
}

static char *dup_or_empty(const char *s)
{
    return strdup(s ? s : "");
}

/* Reads the log into groups; a line that is not a JSON object is counted and skipped. */
static int read_groups(FILE *f, struct group **out, size_t *n_out, long *bad)
{
    struct group *g = NULL;
    size_t n = 0, cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    int rc = 0;
    *bad = 0;
    while (getline(&line, &lcap, f) >= 0) {
        json_t *o = json_loads(line, 0, NULL);
        const char *cls = json_string_value(json_object_get(o, "class"));
        const char *pat = json_string_value(json_object_get(o, "pattern"));
        if (!o || !cls || !pat) {
            json_decref(o);
            (*bad)++;
            continue;
        }
        size_t i = 0;
        while (i < n && !(strcmp(g[i].cls, cls) == 0 && strcmp(g[i].pattern, pat) == 0))
            i++;
        if (i == n) {
            if (n == cap) {
                size_t ncap = cap ? cap * 2 : 16;
                struct group *v = realloc(g, ncap * sizeof *v);
                if (!v) {
                    json_decref(o);
                    rc = ERR_NOMEM;
                    break;
                }
                g = v;
                cap = ncap;
            }
            memset(&g[n], 0, sizeof g[n]);
            g[n].cls = strdup(cls);
            g[n].pattern = strdup(pat);
            g[n].example_failed = dup_or_empty(json_string_value(json_object_get(o, "failed_sql")));
            g[n].example_fixed = dup_or_empty(json_string_value(json_object_get(o, "fixed_sql")));
            n++;
        }
        g[i].count++;
        free(g[i].last);
        g[i].last = dup_or_empty(json_string_value(json_object_get(o, "time")));
        json_decref(o);
        if (!g[i].cls || !g[i].pattern || !g[i].example_failed || !g[i].example_fixed ||
            !g[i].last) {
            rc = ERR_NOMEM;
            break;
        }
    }
    free(line);
    *out = g;
    *n_out = n;
    return rc;
}

static void groups_free(struct group *g, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(g[i].cls);
        free(g[i].pattern);
        free(g[i].example_failed);
        free(g[i].example_fixed);
        free(g[i].last);
    }
    free(g);
}

static int print_groups(const struct group *g, size_t n, long bad, int as_json, const char *path)
{
    if (as_json) {
        json_t *arr = json_array();
        int failed = !arr;
        for (size_t i = 0; i < n && arr; i++)
            failed |= json_array_append_new(
                arr, json_pack("{s:s, s:s, s:I, s:s, s:s, s:s}", "class", g[i].cls, "pattern",
                               g[i].pattern, "count", (json_int_t)g[i].count, "last", g[i].last,
                               "example_failed_sql", g[i].example_failed, "example_fixed_sql",
                               g[i].example_fixed));
        json_t *o = json_pack("{s:o, s:o, s:I}", "log", analyze_json_text(path), "patterns", arr,
                              "unreadable_lines", (json_int_t)bad);
        /* a pattern left out would under-report the log: print all or nothing */
        char *s = o && !failed ? json_dumps(o, JSON_INDENT(2)) : NULL;
        json_decref(o);
        if (!s) {
            fprintf(stderr, "genbi: out of memory\n");
            return 1;
        }
        puts(s);
        free(s);
        return 0;
    }
    if (!n) {
        printf("no model repairs logged in %s\n", path);
        return 0;
    }
    printf("%6s  %-18s  %s\n", "count", "class", "pattern");
    for (size_t i = 0; i < n; i++) {
        printf("%6ld  %-18s  %s\n", g[i].count, g[i].cls, g[i].pattern);
        printf("        e.g. %s\n          -> %s\n", g[i].example_failed, g[i].example_fixed);
    }
    if (bad)
        printf("(%ld unreadable lines skipped)\n", bad);
    return 0;
}

int fixes_main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"list", no_argument, NULL, 'l'},
        {"json", no_argument, NULL, 'j'},
        {"log", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int list = 0, as_json = 0, c;
    const char *log = NULL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "ljf:h", opts, NULL)) != -1) {
        switch (c) {
        case 'l':
            list = 1;
            break;
        case 'j':
            as_json = 1;
            break;
        case 'f':
            log = optarg;
            break;
        case 'h':
            fputs(usage_fixes, stdout);
            return 0;
        default:
            fprintf(stderr, "\n%s", usage_fixes);
            return 2;
        }
    }
    if (!list || optind < argc) {
        fprintf(stderr, "genbi: fixes needs --list\n\n%s", usage_fixes);
        return 2;
    }
    struct buf path = BUF_INIT;
    struct err e = {0};
    int status = 0;
    if (log)
        buf_puts(&path, log);
    else if (fix_log_path(&path, &e)) {
        fprintf(stderr, "genbi: %s\n", e.msg);
        buf_free(&path);
        return 2;
    }
    struct group *g = NULL;
    size_t n = 0;
    long bad = 0;
    FILE *f = fopen(buf_cstr(&path), "r");
    if (!f && errno != ENOENT) {
        fprintf(stderr, "genbi: cannot read %s: %s\n", buf_cstr(&path), strerror(errno));
        buf_free(&path);
        return 1;
    }
    if (f) {
        int rc = read_groups(f, &g, &n, &bad);
        fclose(f);
        if (rc) {
            fprintf(stderr, "genbi: out of memory reading %s\n", buf_cstr(&path));
            status = 1;
            goto out;
        }
    }
    if (n)
        qsort(g, n, sizeof g[0], group_cmp);
    status = print_groups(g, n, bad, as_json, buf_cstr(&path));
out:
    groups_free(g, n);
    buf_free(&path);
    return status;
}
