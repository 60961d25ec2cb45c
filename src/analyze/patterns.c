/* Regular expressions (PostgreSQL's ~ and ~*, MySQL's REGEXP) and SIMILAR TO patterns written
 * as SQLite's LIKE and GLOB (fix_int.h). SQLite has no regular expressions of its own, but a
 * pattern that is text, any-character wildcards and character classes, between optional
 * anchors, says exactly what a LIKE or GLOB pattern says. Alternatives ("^(New|North)") become
 * one pattern each, joined with OR. A case-insensitive pattern with a class is a GLOB whose
 * letters are classes of both cases ('[Nn][Ee][Ww]*'). Anything else (repeats of an atom other
 * than "{n}", optional parts, back references, \w, \s) is left untranslated: the query then
 * keeps failing, which is honest. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/fix_int.h"
#include "util/err.h"

#include "util/banned.h"

enum { ATOM_LIT, ATOM_ONE, ATOM_ANY, ATOM_CLASS };

struct atom {
    int kind;
    char c;            /* ATOM_LIT */
    char cls[64];      /* ATOM_CLASS: what is between the brackets */
};

#define MAX_ATOMS 128

struct atoms {
    struct atom a[MAX_ATOMS];
    size_t n;
    int start, stop; /* anchored at the start / the end */
};

static int add(struct atoms *as, int kind, char c, const char *cls, size_t cls_len)
{
    if (as->n == MAX_ATOMS || cls_len >= sizeof as->a[0].cls)
        return 0;
    struct atom *a = &as->a[as->n++];
    a->kind = kind;
    a->c = c;
    memcpy(a->cls, cls ? cls : "", cls_len);
    a->cls[cls_len] = '\0';
    return 1;
}

/* The bracket expression at p ('[' ... ']'), its end past ']' in *end: 1, or 0 when it holds
 * what GLOB cannot say (escapes, POSIX classes). */
static int read_class(const char *p, const char *stop, struct atoms *as, const char **end)
{
    const char *q = p + 1;
    if (q < stop && *q == '^')
        q++;
    if (q < stop && *q == ']')
        q++; /* a leading ']' is itself */
    while (q < stop && *q != ']') {
        if (*q == '\\' || *q == '[' || *q == '\'')
            return 0;
        q++;
    }
    if (q >= stop || q - p - 1 <= 0)
        return 0;
    *end = q + 1;
    return add(as, ATOM_CLASS, 0, p + 1, (size_t)(q - p - 1));
}

/* One alternative (no '|' and no group left) of a regular expression, as atoms. */
static int read_regex(const char *p, const char *end, struct atoms *as)
{
    as->start = p < end && *p == '^';
    p += as->start;
    as->stop = end > p && end[-1] == '$' && (end - 2 < p || end[-2] != '\\');
    end -= as->stop;
    while (p < end) {
        char c = *p;
        size_t before = as->n;
        if (c == '.' && p + 1 < end && p[1] == '*') {
            if (!add(as, ATOM_ANY, 0, NULL, 0))
                return 0;
            p += 2;
            continue;
        }
        if (c == '.' && p + 1 < end && p[1] == '+') {
            if (!add(as, ATOM_ONE, 0, NULL, 0) || !add(as, ATOM_ANY, 0, NULL, 0))
                return 0;
            p += 2;
            continue;
        }
        if (c == '.') {
            if (!add(as, ATOM_ONE, 0, NULL, 0))
                return 0;
            p++;
        } else if (c == '[') {
            if (!read_class(p, end, as, &p))
                return 0;
        } else if (c == '\\' && p + 1 < end && p[1] == 'd') {
            if (!add(as, ATOM_CLASS, 0, "0-9", 3))
                return 0;
            p += 2;
        } else if (c == '\\' && p + 1 < end && strchr(".-/ ()[]$^*+?|{}\\", p[1])) {
            if (!add(as, ATOM_LIT, p[1], NULL, 0))
                return 0;
            p += 2;
        } else if (isalnum((unsigned char)c) || (unsigned char)c >= 0x80 ||
                   strchr(" -,:/@#&'%_!=<>;\"~`]", c)) {
            if (!add(as, ATOM_LIT, c, NULL, 0))
                return 0;
            p++;
        } else {
            return 0; /* repeats of an atom, optional parts, escapes of other kinds */
        }
        /* "x{3}": the atom written three times */
        if (p < end && *p == '{' && as->n == before + 1) {
            char *e = NULL;
            long times = strtol(p + 1, &e, 10);
            if (!e || e >= end || *e != '}' || times < 1 || times > 12)
                return 0;
            for (long k = 1; k < times; k++) {
                if (as->n == MAX_ATOMS)
                    return 0;
                as->a[as->n] = as->a[as->n - 1];
                as->n++;
            }
            p = e + 1;
        }
    }
    return 1;
}

/* One alternative of a SIMILAR TO pattern: anchored at both ends, % and _ its wildcards, '.'
 * a plain character. */
static int read_similar(const char *p, const char *end, struct atoms *as)
{
    as->start = as->stop = 1;
    while (p < end) {
        char c = *p;
        if (c == '%') {
            if (!add(as, ATOM_ANY, 0, NULL, 0))
                return 0;
            p++;
        } else if (c == '_') {
            if (!add(as, ATOM_ONE, 0, NULL, 0))
                return 0;
            p++;
        } else if (c == '[') {
            if (!read_class(p, end, as, &p))
                return 0;
        } else if (c == '\\' && p + 1 < end) {
            if (!add(as, ATOM_LIT, p[1], NULL, 0))
                return 0;
            p += 2;
        } else if (strchr("*+?{}()|", c)) {
            return 0;
        } else {
            if (!add(as, ATOM_LIT, c, NULL, 0))
                return 0;
            p++;
        }
    }
    return 1;
}

/* A class with both cases of its letters and ranges of letters ("A-C" -> "A-Ca-c"). */
static int fold_class(const char *cls, struct buf *out)
{
    struct buf extra = BUF_INIT;
    for (const char *p = cls; *p; p++) {
        buf_putc(out, *p);
        if (p[1] == '-' && p[2] && isalpha((unsigned char)p[0]) && isalpha((unsigned char)p[2]) &&
            !!isupper((unsigned char)p[0]) == !!isupper((unsigned char)p[2])) {
            char a = p[0], b = p[2];
            buf_putc(out, '-');
            buf_putc(out, b);
            buf_putc(&extra, isupper((unsigned char)a) ? (char)tolower(a) : (char)toupper(a));
            buf_putc(&extra, '-');
            buf_putc(&extra, isupper((unsigned char)b) ? (char)tolower(b) : (char)toupper(b));
            p += 2;
        } else if (isalpha((unsigned char)*p) && (p == cls || *p != '^')) {
            buf_putc(&extra, isupper((unsigned char)*p) ? (char)tolower(*p) : (char)toupper(*p));
        }
    }
    buf_puts(out, buf_cstr(&extra));
    int failed = extra.failed;
    buf_free(&extra);
    return !failed;
}

/* The atoms as a quoted LIKE pattern (glob 0) or GLOB pattern (glob 1); ci folds a GLOB's
 * letters into classes of both cases. */
static int render(const struct atoms *as, int glob, int ci, struct buf *out)
{
    buf_putc(out, '\'');
    if (!as->start)
        buf_putc(out, glob ? '*' : '%');
    for (size_t k = 0; k < as->n; k++) {
        const struct atom *a = &as->a[k];
        if (a->kind == ATOM_ANY) {
            buf_putc(out, glob ? '*' : '%');
        } else if (a->kind == ATOM_ONE) {
            buf_putc(out, glob ? '?' : '_');
        } else if (a->kind == ATOM_CLASS) {
            buf_putc(out, '[');
            if (ci) {
                if (!fold_class(a->cls, out))
                    return 0;
            } else {
                buf_puts(out, a->cls);
            }
            buf_putc(out, ']');
        } else if (a->c == '\'') {
            buf_puts(out, "''");
        } else if (glob && ci && isalpha((unsigned char)a->c)) {
            buf_printf(out, "[%c%c]", toupper((unsigned char)a->c), tolower((unsigned char)a->c));
        } else if (glob && strchr("*?[", a->c)) {
            buf_printf(out, "[%c]", a->c);
        } else if (!glob && (a->c == '%' || a->c == '_')) {
            return 0; /* LIKE's own wildcards: no ESCAPE is written */
        } else {
            buf_putc(out, a->c);
        }
    }
    if (!as->stop)
        buf_putc(out, glob ? '*' : '%');
    buf_putc(out, '\'');
    return !out->failed;
}

/* Past the bracket expression that starts at p ('['), at its ']' (end when unterminated). */
static const char *class_end(const char *p, const char *end)
{
    const char *q = p + 1 + (p + 1 < end && p[1] == '^');
    q += q < end && *q == ']';
    while (q < end && *q != ']')
        q++;
    return q;
}

/* The group at p ('(' ... ')'), skipping classes and escapes: its closing parenthesis, or
 * NULL when unbalanced. */
static const char *group_end(const char *p, const char *end)
{
    int depth = 0;
    for (; p < end; p++) {
        if (*p == '\\') {
            p++;
        } else if (*p == '[') {
            p = class_end(p, end);
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')' && --depth == 0) {
            return p;
        }
    }
    return NULL;
}

/* Where the first '|' outside any group and class is, or NULL. */
static const char *top_bar(const char *p, const char *end)
{
    for (; p < end; p++) {
        if (*p == '\\') {
            p++;
        } else if (*p == '(') {
            const char *e = group_end(p, end);
            if (!e)
                return NULL;
            p = e;
        } else if (*p == '[') {
            p = class_end(p, end);
        } else if (*p == '|') {
            return p;
        }
    }
    return NULL;
}

/* The alternatives of a pattern, groups of alternatives multiplied out, each appended to alts
 * as text: "^(New|North) " -> "^New ", "^North ". */
static int expand(const char *p, size_t len, struct fx_patterns *alts, int depth);

static int expand_text(struct buf *b, struct fx_patterns *alts, int depth)
{
    struct buf copy = BUF_INIT;
    buf_append(&copy, b->data ? b->data : "", b->len);
    int rc = copy.failed ? 0 : expand(buf_cstr(&copy), copy.len, alts, depth + 1);
    buf_free(&copy);
    return rc;
}

static int expand(const char *p, size_t len, struct fx_patterns *alts, int depth)
{
    const char *end = p + len;
    if (depth > 8)
        return 0;
    const char *bar = top_bar(p, end);
    if (bar) /* "a|b": each side, anchors kept where written */
        return expand(p, (size_t)(bar - p), alts, depth + 1) &&
               expand(bar + 1, (size_t)(end - bar - 1), alts, depth + 1);
    const char *open = NULL;
    for (const char *q = p; q < end && !open; q++) {
        if (*q == '\\')
            q++;
        else if (*q == '(')
            open = q;
        else if (*q == '[')
            q = class_end(q, end);
    }
    if (!open) {
        if (alts->n == FX_MAX_PATTERNS)
            return 0;
        struct buf *b = &alts->text[alts->n++];
        buf_append(b, p, len);
        return !b->failed;
    }
    const char *close = group_end(open, end);
    if (!close || (close + 1 < end && strchr("*+?{", close[1])))
        return 0; /* a repeated group */
    const char *in = open + 1;
    if (close - in >= 2 && in[0] == '?' && in[1] == ':')
        in += 2; /* (?:...) */
    else if (in < close && in[0] == '?')
        return 0; /* look-arounds and flags */
    /* each alternative of the group between the text before and after it */
    const char *a = in;
    for (;;) {
        const char *b = top_bar(a, close);
        const char *stop = b ? b : close;
        struct buf one = BUF_INIT;
        buf_append(&one, p, (size_t)(open - p));
        buf_append(&one, a, (size_t)(stop - a));
        buf_append(&one, close + 1, (size_t)(end - close - 1));
        int ok = !one.failed && expand_text(&one, alts, depth);
        buf_free(&one);
        if (!ok)
            return 0;
        if (!b)
            return 1;
        a = b + 1;
    }
}

void fx_patterns_free(struct fx_patterns *ps)
{
    for (size_t k = 0; k < FX_MAX_PATTERNS; k++)
        buf_free(&ps->text[k]);
    memset(ps, 0, sizeof *ps);
}

int fx_patterns_read(const char *re, size_t len, int similar, int ci, struct fx_patterns *out)
{
    struct fx_patterns alts;
    memset(&alts, 0, sizeof alts);
    memset(out, 0, sizeof *out);
    int ok = expand(re, len, &alts, 0);
    for (size_t k = 0; ok && k < alts.n; k++) {
        struct atoms *as = calloc(1, sizeof *as);
        const char *t = buf_cstr(&alts.text[k]);
        ok = as && (similar ? read_similar(t, t + alts.text[k].len, as)
                            : read_regex(t, t + alts.text[k].len, as));
        int classes = 0;
        for (size_t i = 0; ok && i < as->n; i++)
            classes |= as->a[i].kind == ATOM_CLASS;
        /* case-sensitive, or classes: GLOB (folded when case is ignored); else LIKE */
        int glob = !ci || classes;
        ok = ok && render(as, glob, ci && glob, &out->text[out->n]);
        out->glob[out->n++] = glob;
        free(as);
    }
    fx_patterns_free(&alts);
    if (!ok)
        fx_patterns_free(out);
    return ok;
}

int fx_patterns_put(const struct fx_patterns *ps, int negate, struct buf *out,
                    int (*put_operand)(void *ctx), void *ctx)
{
    if (negate)
        buf_puts(out, "NOT ");
    if (ps->n > 1 || negate)
        buf_putc(out, '(');
    for (size_t k = 0; k < ps->n; k++) {
        if (k)
            buf_puts(out, " OR ");
        if (put_operand(ctx) != 0)
            return -1;
        buf_printf(out, " %s %s", ps->glob[k] ? "GLOB" : "LIKE", buf_cstr(&ps->text[k]));
    }
    if (ps->n > 1 || negate)
        buf_putc(out, ')');
    return out->failed ? ERR_NOMEM : 0;
}
