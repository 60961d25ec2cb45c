/* The shape of a verified pair: which of the question's values and numbers its SQL carries as
 * literals (slots), and its content words; filling a shape from a new question, and writing the
 * SQL with the new values as literals. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "schema/forms.h"
#include "templates/tmpl_int.h"
#include "templates/words.h"
#include "util/sqllex.h"

#include "util/banned.h"

#define TM_MAX_WORDS 96
#define TM_RING 8
#define TM_MAX_TABLES 16

struct lex_tok {
    enum sqllex_kind kind;
    size_t start, len;
};

/* A string literal's text without its quotes, doubled quotes undone (malloc'd). */
static char *literal_text(const char *p, size_t len)
{
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 1; i + 1 < len; i++) {
        out[n++] = p[i];
        if (p[i] == '\'' && p[i + 1] == '\'')
            i++;
    }
    out[n] = '\0';
    return out;
}

static void ident_text(const char *sql, const struct lex_tok *t, char *out, size_t cap)
{
    size_t off = t->kind == SQLLEX_QIDENT ? 1 : 0;
    size_t n = t->len - 2 * off;
    if (t->len < 2 * off || n >= cap)
        n = 0;
    memcpy(out, sql + t->start + off, n);
    out[n] = '\0';
}

static int punct_is(const char *sql, const struct lex_tok *t, const char *p)
{
    return t->kind == SQLLEX_PUNCT && t->len == strlen(p) && strncmp(sql + t->start, p, t->len) == 0;
}

static int word_is(const char *sql, const struct lex_tok *t, const char *w)
{
    return t->kind == SQLLEX_WORD && t->len == strlen(w) && strncasecmp(sql + t->start, w, t->len) == 0;
}

/* The column a string literal is compared with for equality (`col = 'x'`, `col IN ('x', ...)`,
 * `col <> 'x'`, `TRIM(col) = 'x'`: then *trimmed): the ring holds the tokens before the
 * literal, newest last. */
static int compared_column(const char *sql, const struct lex_tok *ring, size_t n, char *col,
                           size_t cap, int *trimmed)
{
    *trimmed = 0;
    size_t j = n;
    while (j > 0 && (ring[j - 1].kind == SQLLEX_STRING || punct_is(sql, &ring[j - 1], ",")))
        j--;
    int in_list = j < n;
    if (j > 0 && punct_is(sql, &ring[j - 1], "(") && j >= 2 && word_is(sql, &ring[j - 2], "in"))
        j -= 2;
    else if (in_list)
        return 0;
    else if (j > 0 && (punct_is(sql, &ring[j - 1], "=") || punct_is(sql, &ring[j - 1], "==") ||
                       punct_is(sql, &ring[j - 1], "!=") || punct_is(sql, &ring[j - 1], "<>") ||
                       word_is(sql, &ring[j - 1], "like")))
        j--;
    else
        return 0;
    if (j > 0 && word_is(sql, &ring[j - 1], "not"))
        j--;
    if (j >= 4 && punct_is(sql, &ring[j - 1], ")") && punct_is(sql, &ring[j - 3], "(") &&
        (word_is(sql, &ring[j - 4], "trim") || word_is(sql, &ring[j - 4], "rtrim"))) {
        *trimmed = 1; /* values stored with a trailing blank: the literal is the trimmed value */
        j -= 1;
    }
    if (j == 0 || (ring[j - 1].kind != SQLLEX_WORD && ring[j - 1].kind != SQLLEX_QIDENT))
        return 0;
    if (ring[j - 1].kind == SQLLEX_WORD && sqllex_is_keyword(sql + ring[j - 1].start, ring[j - 1].len))
        return 0;
    ident_text(sql, &ring[j - 1], col, cap);
    return col[0] != '\0';
}

/* Tables named anywhere in sql. */
static size_t sql_tables(const struct schema *s, const char *sql, size_t *out, size_t cap)
{
    size_t n = 0;
    const char *p = sql, *end = sql + strlen(sql);
    enum sqllex_kind kind;
    size_t len;
    const char *t;
    while ((t = sqllex_next(p, end, &kind, &len)) < end && n < cap) {
        if (kind == SQLLEX_WORD || kind == SQLLEX_QIDENT) {
            char name[128];
            struct lex_tok lt = {kind, (size_t)(t - sql), len};
            ident_text(sql, &lt, name, sizeof name);
            int ti = name[0] ? schema_find_table(s, name) : -1;
            int dup = 0;
            for (size_t i = 0; i < n && ti >= 0; i++)
                dup |= out[i] == (size_t)ti;
            if (ti >= 0 && !dup)
                out[n++] = (size_t)ti;
        }
        p = t + len;
    }
    return n;
}

/* The (table, column) a value compared with column name col belongs to: the value index's
 * entry under a table of the query first, else the one table of the query that has col. */
static int value_column(const struct schema *s, const char *sql, const char *col, const char *value,
                        struct tm_slot *slot)
{
    size_t tabs[TM_MAX_TABLES], n_tabs = sql_tables(s, sql, tabs, TM_MAX_TABLES);
    size_t cnt = 0;
    long first = schema_find_value(s, value, &cnt);
    for (size_t k = 0; first >= 0 && k < cnt; k++) {
        const struct schema_value *v = &s->values[(size_t)first + k];
        for (size_t i = 0; i < n_tabs; i++)
            if (v->table == tabs[i] && strcasecmp(s->tables[v->table].cols[v->column].name, col) == 0) {
                slot->table = v->table;
                slot->column = v->column;
                slot->indexed = 1;
                return 1;
            }
    }
    int found = 0;
    for (size_t i = 0; i < n_tabs; i++) {
        int c = schema_find_column(&s->tables[tabs[i]], col);
        if (c < 0)
            continue;
        if (found++)
            return 0; /* ambiguous */
        slot->table = tabs[i];
        slot->column = (size_t)c;
    }
    slot->indexed = 0;
    return found == 1;
}

/* The text of tokens first..last of q (a quoted token: its value). */
static int span_text(const struct question *q, size_t first, size_t last, char *out, size_t cap)
{
    if (first == last && q->toks[first].kind == QUESTION_QUOTED) {
        snprintf(out, cap, "%s", q->toks[first].word);
        return 1;
    }
    for (size_t i = first; i <= last; i++)
        if (q->toks[i].negation || q->toks[i].kind == QUESTION_QUOTED)
            return 0;
    size_t a = q->toks[first].off, b = tm_words_tok_end(q, last);
    if (b <= a || b - a >= cap)
        return 0;
    memcpy(out, q->text + a, b - a);
    out[b - a] = '\0';
    return 1;
}

static int form_is(const char *form, void *value)
{
    return value_forms_equal(form, value);
}

/* Tokens of q (not masked) whose text is value; else ones that are another form of it
 * ("female" for 'F', "French" for 'France'). */
static int span_find(const struct question *q, const unsigned char *mask, const char *value,
                     size_t *first, size_t *last)
{
    char text[512];
    for (int forms = 0; forms < 2; forms++)
        for (size_t i = 0; i < q->n_toks; i++)
            for (size_t j = i; j < q->n_toks && j < i + TM_SPAN_MAX && !mask[j]; j++)
                if (!mask[i] && span_text(q, i, j, text, sizeof text) &&
                    (forms
                         ? tm_words_form_ok(text) &&
                               tm_words_forms_each(text, form_is, (void *)value)
                         : strcasecmp(text, value) == 0)) {
                    *first = i;
                    *last = j;
                    return 1;
                }
    return 0;
}

static void mask_span(unsigned char *mask, size_t first, size_t last)
{
    for (size_t i = first; i <= last; i++)
        mask[i] = 1;
}

static int add_use(struct tm_shape *sh, size_t slot, const struct lex_tok *t, enum tm_form form,
                   size_t sub_off, size_t sub_len)
{
    if (sh->n_uses >= TM_MAX_USES)
        return ERR_LIMIT;
    sh->uses[sh->n_uses++] = (struct tm_use){slot, t->start, t->len, form, sub_off, sub_len};
    return 0;
}

/* A string literal that is a value of the question: a value slot. */
static int value_literal(const struct schema *s, const char *sql, const struct question *q,
                         unsigned char *mask, struct tm_shape *sh, const struct lex_tok *ring,
                         size_t n_ring, const struct lex_tok *t)
{
    char col[128];
    char *text = literal_text(sql + t->start, t->len);
    if (!text)
        return ERR_NOMEM;
    int rc = 0, trimmed = 0;
    size_t first, last;
    for (size_t i = 0; i < sh->n_slots; i++) {
        char have[512];
        const struct tm_slot *o = &sh->slots[i];
        if (o->kind == TM_VALUE && span_text(q, o->first, o->last, have, sizeof have) &&
            strcasecmp(have, text) == 0) {
            rc = add_use(sh, i, t, TM_LIT_STRING, 0, 0);
            goto out;
        }
    }
    if (!text[0] || strpbrk(text, "%_\\") ||
        !compared_column(sql, ring, n_ring, col, sizeof col, &trimmed) ||
        !span_find(q, mask, text, &first, &last))
        goto out;
    struct tm_slot slot = {.kind = TM_VALUE, .first = first, .last = last,
                           .numeric = first == last && q->toks[first].kind == QUESTION_NUMBER};
    if (first > 0)
        snprintf(slot.anchor, sizeof slot.anchor, "%s", q->toks[first - 1].word);
    if (!value_column(s, sql, col, text, &slot) || sh->n_slots >= TM_MAX_SLOTS)
        goto out;
    mask_span(mask, first, last);
    sh->slots[sh->n_slots++] = slot;
    rc = add_use(sh, sh->n_slots - 1, t, trimmed ? TM_LIT_TRIMMED : TM_LIT_STRING, 0, 0);
out:
    free(text);
    return rc;
}

/* The number slot of value v ("1 million" for 1000000 too), or -1. */
static long number_slot(const struct tm_shape *sh, double v, int need_int)
{
    for (size_t i = 0; i < sh->n_slots; i++) {
        const struct tm_slot *sl = &sh->slots[i];
        if (sl->kind == TM_NUMBER && (sl->num == v || (sl->mult && sl->num * sl->mult == v)) &&
            (!need_int || sl->is_int))
            return (long)i;
    }
    return -1;
}

static int digits_val(const char *p, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (p[i] - '0');
    return v;
}

/* 1 when every date of sql's string literals ('2017-10', '2017-10-01') is of year y (y < 0: any)
 * and of month m (m < 0: any) with no day past the 28th: then another year or month can replace
 * y or m in each without leaving a range's other end or an invalid date behind ('2023-03-01' ..
 * '2023-04-01' cannot change its month, '2023-12-01' .. '2024-01-01' its year). */
static int dates_only(const char *sql, int y, int m)
{
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len;
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        p = t + len;
        for (size_t i = 1; kind == SQLLEX_STRING && i + 7 < len; i++) {
            const char *d = t + i;
            int ok = !isdigit((unsigned char)d[-1]) && d[4] == '-';
            for (size_t k = 0; k < 7 && ok; k++)
                ok = k == 4 || isdigit((unsigned char)d[k]);
            if (!ok)
                continue;
            int day = i + 9 < len && d[7] == '-' && isdigit((unsigned char)d[8]) &&
                              isdigit((unsigned char)d[9])
                          ? digits_val(d + 8, 2)
                          : 0;
            if (y >= 0 && digits_val(d, 4) != y)
                return 0;
            if (m >= 0 && (digits_val(d + 5, 2) != m || day > 28))
                return 0;
        }
    }
    return 1;
}

/* The month slot of month m whose months sql may change, or -1. */
static long month_slot(const struct tm_shape *sh, const char *sql, int m)
{
    for (size_t i = 0; i < sh->n_slots; i++)
        if (sh->slots[i].kind == TM_MONTH && (int)sh->slots[i].num == m)
            return dates_only(sql, -1, m) ? (long)i : -1;
    return -1;
}

/* The slot of a group of digits text[i..j) of a string literal: a year or a whole number, or
 * the two digits of a month (after "YYYY-", or the whole literal), or -1. */
static long digits_slot(const struct tm_shape *sh, const char *sql, const char *text, size_t i,
                        size_t j)
{
    if (j - i >= 4 || (i == 0 && !text[j])) {
        long k = number_slot(sh, atof(text + i), 1);
        if (k >= 0 && !sh->slots[k].mult &&
            (j - i != 4 || text[j] != '-' || dates_only(sql, digits_val(text + i, 4), -1)))
            return k;
    }
    int after_year = i >= 5 && text[i - 1] == '-' && isdigit((unsigned char)text[i - 5]) &&
                     (i == 5 || !isdigit((unsigned char)text[i - 6]));
    if (j - i == 2 && (after_year || (i == 0 && !text[j])))
        return month_slot(sh, sql, digits_val(text + i, 2));
    return -1;
}

/* Numeric literals and years inside string literals that are numbers of the question. */
static int number_literal(const char *sql, struct tm_shape *sh, const struct lex_tok *t)
{
    if (t->kind == SQLLEX_NUMBER) {
        char buf[64];
        if (t->len >= sizeof buf)
            return 0;
        memcpy(buf, sql + t->start, t->len);
        buf[t->len] = '\0';
        char *endp;
        double v = strtod(buf, &endp);
        long k = *endp ? -1 : number_slot(sh, v, 0);
        if (k < 0)
            return 0;
        if (sh->slots[k].fixed)
            sh->slots[k].scaled = sh->slots[k].num != v;
        else if (sh->slots[k].scaled != (sh->slots[k].num != v))
            return ERR_LIMIT; /* both 1 and 1000000 of "1 million": no usable shape */
        sh->slots[k].fixed = 0;
        return add_use(sh, (size_t)k, t, TM_LIT_NUMBER, 0, 0);
    }
    char *text = literal_text(sql + t->start, t->len);
    if (!text)
        return ERR_NOMEM;
    int rc = 0;
    for (size_t i = 0; text[i] && rc == 0;) {
        if (!isdigit((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (isdigit((unsigned char)text[j]))
            j++;
        long k = digits_slot(sh, sql, text, i, j);
        if (k >= 0) {
            sh->slots[k].fixed = 0;
            rc = add_use(sh, (size_t)k, t, TM_LIT_DIGITS, i, j - i);
        }
        i = j;
    }
    free(text);
    return rc;
}

/* Number tokens not in a value: number slots, in question order (fixed until a literal uses one). */
static int number_slots(const struct question *q, unsigned char *mask, struct tm_shape *sh)
{
    for (size_t i = 0; i < q->n_toks; i++) {
        if (mask[i] || q->toks[i].kind != QUESTION_NUMBER)
            continue;
        if (tm_words_pronoun(q, i)) {
            mask[i] = 1;
            continue;
        }
        if (sh->n_slots >= TM_MAX_SLOTS)
            return ERR_LIMIT;
        sh->slots[sh->n_slots++] = (struct tm_slot){.kind = TM_NUMBER, .num = q->toks[i].num,
                                                    .is_int = q->toks[i].is_int, .fixed = 1,
                                                    .first = i, .last = i,
                                                    .mult = tm_words_multiplier(q, i + 1)};
        mask[i] = 1;
        if (sh->slots[sh->n_slots - 1].mult)
            mask[++i] = 1;
    }
    return 0;
}

/* The columns sql's first SELECT list shows as they are (not inside a function: "how many
 * countries" counts something else than "how many singers"), of the query's tables: a
 * question's words that name one say what is shown, as its SQL does, and are not compared. */
static void projected_columns(const struct schema *s, const char *sql, struct tm_shape *sh)
{
    size_t tabs[TM_MAX_TABLES], n_tabs = sql_tables(s, sql, tabs, TM_MAX_TABLES);
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len;
    int in_list = 0, depth = 0;
    while ((t = sqllex_next(p, end, &kind, &len)) < end && sh->n_proj < TM_MAX_PROJ) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        p = t + len;
        if (!in_list) {
            in_list = word_is(sql, &lt, "select");
            continue;
        }
        if (depth == 0 && word_is(sql, &lt, "from"))
            break;
        depth += punct_is(sql, &lt, "(") - punct_is(sql, &lt, ")");
        char name[128];
        if (depth > 0 || (kind != SQLLEX_WORD && kind != SQLLEX_QIDENT) ||
            (kind == SQLLEX_WORD && sqllex_is_keyword(t, len)))
            continue;
        ident_text(sql, &lt, name, sizeof name);
        for (size_t i = 0; i < n_tabs && name[0] && sh->n_proj < TM_MAX_PROJ; i++) {
            int c = schema_find_column(&s->tables[tabs[i]], name);
            if (c >= 0)
                sh->proj[sh->n_proj++] = (struct tm_col){tabs[i], (size_t)c};
        }
    }
}

/* Month names not in a value: month slots (fixed until a literal uses one). */
static int month_slots(const struct question *q, unsigned char *mask, struct tm_shape *sh)
{
    for (size_t i = 0; i < q->n_toks; i++) {
        int m = mask[i] ? 0 : tm_words_month(q, i);
        if (!m)
            continue;
        if (sh->n_slots >= TM_MAX_SLOTS)
            return ERR_LIMIT;
        sh->slots[sh->n_slots++] = (struct tm_slot){
            .kind = TM_MONTH, .num = m, .is_int = 1, .fixed = 1, .first = i, .last = i};
        mask[i] = 1;
    }
    return 0;
}

/* The one column named col among the tables of sql: 1 and *t, *c; 0 when none or several. */
static int sql_column(const struct schema *s, const char *sql, const char *col, size_t *t,
                      size_t *c)
{
    size_t tabs[TM_MAX_TABLES], n_tabs = sql_tables(s, sql, tabs, TM_MAX_TABLES);
    int found = 0;
    for (size_t i = 0; i < n_tabs; i++) {
        int k = schema_find_column(&s->tables[tabs[i]], col);
        if (k >= 0) {
            *t = tabs[i];
            *c = (size_t)k;
            found++;
        }
    }
    return found == 1;
}

/* The table qualifier qual of sql stands for: a table's own name, or the alias the query gives a
 * table (`city AS ci`, `city ci`). 1 and *out, 0 when none. */
static int qualifier_table(const struct schema *s, const char *sql, const char *qual, size_t *out)
{
    int ti = schema_find_table(s, qual);
    if (ti >= 0) {
        *out = (size_t)ti;
        return 1;
    }
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len;
    int prev = -1; /* the table named just before, "AS" between */
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        char name[128];
        p = t + len;
        if (kind != SQLLEX_WORD && kind != SQLLEX_QIDENT) {
            prev = -1;
            continue;
        }
        if (prev >= 0 && word_is(sql, &lt, "as"))
            continue;
        ident_text(sql, &lt, name, sizeof name);
        if (prev >= 0 && strcasecmp(name, qual) == 0) {
            *out = (size_t)prev;
            return 1;
        }
        prev = kind == SQLLEX_WORD && sqllex_is_keyword(t, len) ? -1 : schema_find_table(s, name);
    }
    return 0;
}

/* The table of a column written as `q.col` (ring[at] the column, ring[at - 2] the qualifier):
 * 1 and *t, 0 when it is not qualified or the qualifier is no table of sql. */
static int qualified_table(const struct schema *s, const char *sql, const struct lex_tok *ring,
                           size_t at, size_t *t)
{
    char qual[128];
    if (at < 2 || !punct_is(sql, &ring[at - 1], ".") ||
        (ring[at - 2].kind != SQLLEX_WORD && ring[at - 2].kind != SQLLEX_QIDENT))
        return 0;
    ident_text(sql, &ring[at - 2], qual, sizeof qual);
    return qual[0] && qualifier_table(s, sql, qual, t);
}

/* A number literal compared with a column (`Age > 40`): its slot records the column. */
static void number_column(const struct schema *s, const char *sql, struct tm_shape *sh,
                          const struct lex_tok *ring, size_t n, const struct lex_tok *t)
{
    static const char *const ops[] = {"<", ">", "<=", ">=", "=", "==", "!=", "<>"};
    char buf[64], col[128];
    if (n < 2 || t->len >= sizeof buf)
        return;
    int op = 0;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        op |= punct_is(sql, &ring[n - 1], ops[i]);
    if (!op || (ring[n - 2].kind != SQLLEX_WORD && ring[n - 2].kind != SQLLEX_QIDENT) ||
        (ring[n - 2].kind == SQLLEX_WORD && sqllex_is_keyword(sql + ring[n - 2].start, ring[n - 2].len)))
        return;
    memcpy(buf, sql + t->start, t->len);
    buf[t->len] = '\0';
    char *endp;
    double v = strtod(buf, &endp);
    long k = *endp ? -1 : number_slot(sh, v, 0);
    ident_text(sql, &ring[n - 2], col, sizeof col);
    size_t tab, c;
    int ci;
    if (k < 0 || sh->slots[k].compared || !col[0])
        return;
    /* `ci.Population > 5000000` where country has a Population too: the qualifier says which */
    if (qualified_table(s, sql, ring, n - 2, &tab) &&
        (ci = schema_find_column(&s->tables[tab], col)) >= 0)
        c = (size_t)ci;
    else if (!sql_column(s, sql, col, &tab, &c))
        return;
    sh->slots[k].compared = 1;
    sh->slots[k].table = tab;
    sh->slots[k].column = c;
}

/* The tables sql names, and the columns of those tables it names. */
static void used_elements(const struct schema *s, const char *sql, struct tm_shape *sh)
{
    size_t tabs[TM_MAX_TABLES], n_tabs = sql_tables(s, sql, tabs, TM_MAX_TABLES);
    for (size_t i = 0; i < n_tabs && sh->n_used < TM_MAX_USED; i++)
        sh->used[sh->n_used++] = (struct tm_col){tabs[i], TM_NO_COLUMN};
    static const char *const after_on[] = {"where", "join", "group", "order", "limit", "having",
                                           "left", "inner", "cross", "union", "intersect",
                                           "except", "natural", "right", "full"};
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len;
    int in_on = 0; /* join keys say how tables meet, not what is asked */
    struct lex_tok ring[3];
    size_t n_ring = 0;
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        p = t + len;
        if (n_ring == 3)
            memmove(ring, ring + 1, sizeof ring[0] * 2), n_ring--;
        ring[n_ring++] = lt;
        char name[128];
        size_t qt = SIZE_MAX; /* `ci.Population`: city's column only, not country's */
        if (!qualified_table(s, sql, ring, n_ring - 1, &qt))
            qt = SIZE_MAX;
        if (word_is(sql, &lt, "on"))
            in_on = 1;
        for (size_t i = 0; i < sizeof after_on / sizeof after_on[0] && in_on; i++)
            in_on = !word_is(sql, &lt, after_on[i]);
        if (in_on || (kind != SQLLEX_WORD && kind != SQLLEX_QIDENT) ||
            (kind == SQLLEX_WORD && sqllex_is_keyword(t, len)))
            continue;
        ident_text(sql, &lt, name, sizeof name);
        for (size_t i = 0; i < n_tabs && name[0]; i++) {
            if (qt != SIZE_MAX && tabs[i] != qt)
                continue;
            int c = schema_find_column(&s->tables[tabs[i]], name);
            int dup = 0;
            for (size_t u = 0; u < sh->n_used && c >= 0; u++)
                dup |= sh->used[u].table == tabs[i] && sh->used[u].column == (size_t)c;
            if (c >= 0 && !dup && sh->n_used < TM_MAX_USED)
                sh->used[sh->n_used++] = (struct tm_col){tabs[i], (size_t)c};
        }
    }
}

/* Reads every literal of sql with the tokens before it: the values (numbers 0) or the numbers. */
static int scan_literals(const struct schema *s, const char *sql, const struct question *q,
                         unsigned char *mask, struct tm_shape *sh, int numbers)
{
    struct lex_tok ring[TM_RING];
    size_t n_ring = 0;
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len;
    int rc = 0;
    while (rc == 0 && (t = sqllex_next(p, end, &kind, &len)) < end) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        if (numbers && (kind == SQLLEX_NUMBER || kind == SQLLEX_STRING))
            rc = number_literal(sql, sh, &lt);
        if (numbers && kind == SQLLEX_NUMBER && rc == 0)
            number_column(s, sql, sh, ring, n_ring, &lt);
        else if (!numbers && kind == SQLLEX_STRING)
            rc = value_literal(s, sql, q, mask, sh, ring, n_ring, &lt);
        if (n_ring == TM_RING)
            memmove(ring, ring + 1, sizeof ring[0] * (TM_RING - 1)), n_ring--;
        ring[n_ring++] = lt;
        p = t + len;
    }
    return rc;
}

/* 1 when stem is a word of name (split on '_', blanks and camelCase, stemmed). */
static int name_has_stem(const char *name, const char *stem)
{
    char w[TM_WORD], st[TM_WORD];
    size_t n = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || *p == ' ' || *p == '-' ||
                       (n && isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
        if (boundary && n) {
            question_stem(w, n, st);
            if (strcmp(st, stem) == 0)
                return 1;
            n = 0;
        }
        if (!*p)
            return 0;
        if (*p != '_' && *p != ' ' && *p != '-' && n + 1 < sizeof w)
            w[n++] = (char)tolower((unsigned char)*p);
    }
}

static int names_tok(const char *name, const struct question *q, size_t i)
{
    return i < q->n_toks && q->toks[i].kind == QUESTION_WORD &&
           name_has_stem(name, q->toks[i].stem);
}

/* Token i names value slot sl's column or table. */
static int names_slot(const struct schema *s, const struct tm_slot *sl, const struct question *q,
                      size_t i)
{
    return names_tok(s->tables[sl->table].cols[sl->column].name, q, i) ||
           names_tok(s->tables[sl->table].name, q, i);
}

/* A function word between a value and the word naming its column ("whose country is Kenya",
 * "singers from France"); not "of", which turns the word into what is asked ("the name of X"). */
static int skippable(const struct question *q, size_t i)
{
    return q->toks[i].kind == QUESTION_WORD && !q->toks[i].negation &&
           strcmp(q->toks[i].word, "of") != 0 && tm_words_stop(q->toks[i].word);
}

void tm_mask_slot_columns(const struct schema *s, const struct tm_shape *sh,
                          const struct question *q, const size_t *first, const size_t *last,
                          unsigned char *mask)
{
    for (size_t k = 0; k < sh->n_slots; k++) {
        const struct tm_slot *sl = &sh->slots[k];
        if (sl->kind != TM_VALUE || first[k] > last[k] || last[k] >= q->n_toks)
            continue;
        for (size_t i = first[k]; i-- > 0 && !mask[i];)
            if (names_slot(s, sl, q, i))
                mask[i] = 1;
            else if (!skippable(q, i))
                break;
        for (size_t i = last[k] + 1; i < q->n_toks && !mask[i]; i++)
            if (names_slot(s, sl, q, i))
                mask[i] = 1;
            else if (!skippable(q, i))
                break;
    }
    for (size_t i = 0; i < q->n_toks; i++)
        for (size_t k = 0; k < sh->n_proj && !mask[i]; k++)
            if (names_tok(s->tables[sh->proj[k].table].cols[sh->proj[k].column].name, q, i))
                mask[i] = 1;
}

/* Token i names a column the query uses but does not show. */
static int names_unshown(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                         size_t i)
{
    int column = 0;
    for (size_t u = 0; u < sh->n_used; u++) {
        const struct tm_col *c = &sh->used[u];
        if (c->column == TM_NO_COLUMN && names_tok(s->tables[c->table].name, q, i))
            return 0;
        if (c->column != TM_NO_COLUMN && names_tok(s->tables[c->table].cols[c->column].name, q, i))
            column = 1;
    }
    for (size_t k = 0; k < sh->n_proj && column; k++)
        if (names_tok(s->tables[sh->proj[k].table].cols[sh->proj[k].column].name, q, i))
            return 0;
    return column;
}

/* A column the query only compares, listed with "and" among what is asked ("the name and
 * berths of each port with fewer than 8 berths"): the question wants it shown. */
static int lists_unshown(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                         const unsigned char *mask)
{
    static const char *const cmp[] = {"above", "over",  "below",   "under", "more",    "less",
                                      "than",  "fewer", "greater", "at",    "between", "exceed",
                                      "exceeds", "is",  "are"};
    for (size_t i = 1; i < q->n_toks; i++) {
        const char *prev = q->toks[i - 1].word;
        const char *next = i + 1 < q->n_toks ? q->toks[i + 1].word : "";
        int compared = i + 1 < q->n_toks && q->toks[i + 1].kind == QUESTION_NUMBER;
        for (size_t k = 0; k < sizeof cmp / sizeof cmp[0] && !compared; k++)
            compared = strcmp(next, cmp[k]) == 0; /* "... and berths above 5": a condition */
        if (!mask[i] && q->toks[i].kind == QUESTION_WORD && !compared &&
            (strcmp(prev, "and") == 0 || strcmp(next, "and") == 0) && names_unshown(s, sh, q, i))
            return 1;
    }
    return 0;
}

int tm_asks_unshown(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                    const unsigned char *mask)
{
    if (lists_unshown(s, sh, q, mask))
        return 1;
    size_t i = 0;
    while (i < q->n_toks && q->toks[i].kind == QUESTION_WORD && tm_words_stop(q->toks[i].word))
        i++;
    if (i + 1 >= q->n_toks || mask[i] || q->toks[i].kind != QUESTION_WORD ||
        strcmp(q->toks[i + 1].word, "of") != 0 || tm_words_fold(q->toks[i].word) ||
        strcmp(q->toks[i].word, "number") == 0)
        return 0;
    return names_unshown(s, sh, q, i); /* "the ages of ..."; "singers of France" names rows */
}

/* The one text column of table t the SELECT list shows, when t has no column with "name" in
 * its name: what "the T names" shows ("orchestra names" for `orchestra.Orchestra`). */
static int label_column(const struct schema *s, const struct tm_shape *sh, size_t t)
{
    size_t found = 0;
    for (size_t c = 0; c < s->tables[t].n_cols; c++)
        if (name_has_stem(s->tables[t].cols[c].name, "name"))
            return 0;
    for (size_t k = 0; k < sh->n_proj; k++)
        if (sh->proj[k].table == t)
            found += s->tables[t].cols[sh->proj[k].column].type == SCHEMA_TYPE_TEXT ? 1 : 2;
    return found == 1;
}

void tm_mask_label_names(const struct schema *s, const struct tm_shape *sh,
                         const struct question *q, unsigned char *mask)
{
    for (size_t i = 0; i < q->n_toks; i++) {
        if (mask[i] || q->toks[i].kind != QUESTION_WORD || strcmp(q->toks[i].stem, "name") != 0)
            continue;
        /* "T names", "names of (the) T" */
        size_t at[2] = {i > 0 ? i - 1 : SIZE_MAX, i + 1};
        if (i + 2 < q->n_toks && strcmp(q->toks[i + 1].word, "of") == 0)
            at[1] = strcmp(q->toks[i + 2].word, "the") == 0 ? i + 3 : i + 2;
        for (size_t a = 0; a < 2; a++)
            for (size_t k = 0; k < sh->n_proj && at[a] < q->n_toks; k++)
                if (names_tok(s->tables[sh->proj[k].table].name, q, at[a]) &&
                    label_column(s, sh, sh->proj[k].table))
                    mask[i] = 1;
    }
}

/* 1 when value is stored in slot sl's column and in no other column (value index). */
static int value_only_in(const struct schema *s, const struct tm_slot *sl, const char *value)
{
    size_t cnt = 0;
    long first = schema_find_value(s, value, &cnt);
    for (size_t k = 0; first >= 0 && k < cnt; k++)
        if (s->values[(size_t)first + k].table != sl->table ||
            s->values[(size_t)first + k].column != sl->column)
            return 0;
    return first >= 0 && cnt > 0;
}

static int word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

void tm_mask_attribute_words(const struct schema *s, const struct tm_shape *sh,
                             const struct question *q, const size_t *first, const size_t *last,
                             char *const *values, unsigned char *mask)
{
    static const char *const articles[] = {"a", "an", "the", NULL};
    static const char *const copulas[] = {"is", "was", "are", "were", "of", NULL};
    static const char *const openers[] = {"whose", "with", "having", "where", NULL};
    for (size_t k = 0; k < sh->n_slots; k++) {
        const struct tm_slot *sl = &sh->slots[k];
        char text[512];
        size_t i = first[k], copula = 0;
        if (sl->kind != TM_VALUE || first[k] > last[k] || last[k] >= q->n_toks)
            continue;
        while (i > 0 && word_in(q->toks[i - 1].word, articles))
            i--;
        while (i > 0 && word_in(q->toks[i - 1].word, copulas))
            i--, copula++;
        if (!copula || i < 2 || mask[i - 1])
            continue;
        const struct question_tok *w = &q->toks[i - 1];
        size_t o = i - 1;
        while (o > 0 && word_in(q->toks[o - 1].word, articles))
            o--;
        if (o > 1 && !word_in(q->toks[o - 1].word, openers) && names_slot(s, sl, q, o - 1)) {
            o--; /* "whose record label is X" over Record_Company: "record" names it already */
            while (o > 0 && word_in(q->toks[o - 1].word, articles))
                o--;
        }
        if (o == 0 || !word_in(q->toks[o - 1].word, openers) || w->kind != QUESTION_WORD ||
            w->negation || tm_words_stop(w->word) || tm_words_fold(w->word) ||
            tm_names_schema(s, w->stem))
            continue;
        const char *v = values ? values[k] : NULL;
        if (!v && span_text(q, first[k], last[k], text, sizeof text))
            v = text;
        if (v && value_only_in(s, sl, v))
            mask[i - 1] = 1;
    }
}

void tm_mask_agent_by(const struct tm_shape *sh, const struct question *q, const size_t *first,
                      const size_t *last, unsigned char *mask)
{
    for (size_t k = 0; k < sh->n_slots; k++) {
        size_t i = first[k];
        if (sh->slots[k].kind != TM_VALUE || i > last[k] || last[k] >= q->n_toks || i == 0 ||
            q->toks[i].kind == QUESTION_NUMBER)
            continue; /* "hired by 2010" bounds a time */
        if (i >= 2 && word_in(q->toks[i - 1].word, (const char *const[]){"the", "a", NULL}))
            i--; /* "songs by the Beatles" */
        if (q->toks[i - 1].kind == QUESTION_WORD && strcmp(q->toks[i - 1].word, "by") == 0)
            mask[i - 1] = 1;
    }
}

/* The sorted set of words[0..n) into a new array *out (NULL when n is 0). */
static int word_set(char (*words)[TM_WORD], size_t n, char (**out)[TM_WORD], size_t *n_out)
{
    n = tm_words_set(words, n);
    if (n && !(*out = malloc(n * sizeof **out)))
        return ERR_NOMEM;
    if (n)
        memcpy(*out, words, n * sizeof **out);
    *n_out = n;
    return 0;
}

static int set_words(const struct schema *s, struct tm_shape *sh, const struct question *q,
                     unsigned char *mask)
{
    char words[TM_MAX_WORDS][TM_WORD];
    size_t first[TM_MAX_SLOTS], last[TM_MAX_SLOTS];
    for (size_t k = 0; k < sh->n_slots; k++) {
        first[k] = sh->slots[k].first;
        last[k] = sh->slots[k].last;
    }
    tm_mask_label_names(s, sh, q, mask);
    tm_mask_attribute_words(s, sh, q, first, last, NULL, mask);
    tm_mask_agent_by(sh, q, first, last, mask);
    size_t n = tm_words_content(q, mask, words, TM_MAX_WORDS);
    if (word_set(words, n, &sh->all_words, &sh->n_all_words))
        return ERR_NOMEM;
    for (size_t k = 0; k < sh->n_slots; k++) {
        if (sh->slots[k].kind != TM_VALUE)
            continue;
        n = tm_words_before(q, mask, sh->slots[k].first, words, TM_MAX_WORDS);
        if (word_set(words, n, &sh->slots[k].before, &sh->slots[k].n_before))
            return ERR_NOMEM;
    }
    tm_mask_slot_columns(s, sh, q, first, last, mask);
    n = tm_words_content(q, mask, words, TM_MAX_WORDS);
    struct buf seq = BUF_INIT;
    for (size_t i = 0; i < n; i++)
        buf_printf(&seq, "%s%s", i ? " " : "", words[i]);
    if (!(sh->seq = buf_detach(&seq)))
        return ERR_NOMEM;
    return word_set(words, n, &sh->words, &sh->n_words);
}

/* Token i opens a sentence: after ".", "?" or "!" (blanks between). */
static int sentence_start(const struct question *q, size_t i)
{
    size_t k = q->toks[i].off;
    while (k > 0 && isspace((unsigned char)q->text[k - 1]))
        k--;
    return k == 0 || strchr(".?!", q->text[k - 1]) != NULL;
}

/* The words of the template's question that a string literal of its SQL holds and no slot
 * replaces ('Apartment' for "apartments"), and the names it capitalises inside the sentence that
 * no slot took and no table or column name has ("from Baltimore" over a column of codes, 'BAL';
 * not "TV" in "TV channels"): a question without them asks for something else. */
static int fixed_words(const struct schema *s, const char *sql, const struct question *q,
                       const unsigned char *mask, struct tm_shape *sh)
{
    size_t cap = sh->n_all_words + q->n_toks;
    char (*fixed)[TM_WORD] = cap ? malloc(cap * sizeof *fixed) : NULL;
    if (cap && !fixed)
        return ERR_NOMEM;
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len, n = 0;
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        p = t + len;
        int slot = 0;
        for (size_t u = 0; u < sh->n_uses; u++)
            slot |= sh->uses[u].start == (size_t)(t - sql);
        if (kind != SQLLEX_STRING || slot)
            continue;
        char *text = literal_text(t, len);
        if (!text) {
            free(fixed);
            return ERR_NOMEM;
        }
        for (size_t i = 0; i < sh->n_all_words && n < cap; i++)
            if (sh->all_words[i][0] != '#' && name_has_stem(text, sh->all_words[i]))
                snprintf(fixed[n++], TM_WORD, "%s", sh->all_words[i]);
        free(text);
    }
    for (size_t i = 1; i < q->n_toks && n < cap; i++) {
        const struct question_tok *tk = &q->toks[i];
        if (!mask[i] && tk->kind == QUESTION_WORD && !tk->negation &&
            isupper((unsigned char)q->text[tk->off]) && !sentence_start(q, i) &&
            tm_words_has(sh->all_words, sh->n_all_words, tk->stem) &&
            !tm_names_schema(s, tk->stem)) /* "TV channels": a table's word, not a name */
            snprintf(fixed[n++], TM_WORD, "%s", tk->stem);
    }
    sh->n_fixed = tm_words_set(fixed, n);
    sh->fixed = fixed;
    return 0;
}

/* The comparison words of a question's content words and the SQL operators they say. */
static const char *const cmp_canon[] = {"#gt", "#lt", "#ge", "#le"};
static const char *const cmp_op[] = {">", "<", ">=", "<="};

const char *tm_cmp_op(const char *canon)
{
    for (size_t i = 0; i < sizeof cmp_canon / sizeof cmp_canon[0]; i++)
        if (strcmp(canon, cmp_canon[i]) == 0)
            return cmp_op[i];
    return NULL;
}

/* The one canonical word of seq (words one space apart) among set[0..n), counting each time it
 * comes: "" when none, NULL when two differ. */
static const char *seq_one_of(const char *seq, const char *const *set, size_t n, size_t *count)
{
    const char *found = "";
    *count = 0;
    for (const char *p = seq; *p;) {
        size_t len = strcspn(p, " ");
        for (size_t i = 0; i < n; i++)
            if (strlen(set[i]) == len && strncmp(p, set[i], len) == 0) {
                if (found[0] && strcmp(found, set[i]) != 0)
                    return NULL;
                found = set[i];
                ++*count;
            }
        p += len;
        p += *p == ' ';
    }
    return found;
}

/* The one column of the query's tables that sql[from..to) names (`CAST(m.Open_Year AS
 * INTEGER)`: Open_Year of m's table): 1 and *out, 0 when none or several. */
static int one_column(const struct schema *s, const char *sql, size_t from, size_t to,
                      struct tm_col *out)
{
    const char *p = sql + from, *end = sql + to, *t;
    enum sqllex_kind kind;
    size_t len, n = 0;
    struct lex_tok ring[3];
    size_t n_ring = 0;
    struct tm_col found = {SIZE_MAX, 0};
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        p = t + len;
        if (n_ring == 3)
            memmove(ring, ring + 1, sizeof ring[0] * 2), n_ring--;
        ring[n_ring++] = lt;
        if ((kind != SQLLEX_WORD && kind != SQLLEX_QIDENT) ||
            (kind == SQLLEX_WORD && sqllex_is_keyword(t, len)))
            continue;
        char name[128];
        size_t tab, c;
        int ci;
        ident_text(sql, &lt, name, sizeof name);
        if (!name[0])
            continue;
        if (qualified_table(s, sql, ring, n_ring - 1, &tab)) {
            if ((ci = schema_find_column(&s->tables[tab], name)) < 0)
                continue;
            c = (size_t)ci;
        } else if (!sql_column(s, sql, name, &tab, &c)) {
            continue;
        }
        if (n && (found.table != tab || found.column != c))
            return 0;
        found = (struct tm_col){tab, c};
        n++;
    }
    *out = found;
    return n > 0;
}

/* The SQL's one comparison of a column with a number slot's literal, when the question's one
 * comparison word agrees with it (struct tm_shape: cmp). */
static void comparison_slot(const struct schema *s, const char *sql, const struct question *q,
                            const unsigned char *mask, struct tm_shape *sh)
{
    static const char *const starts[] = {"where", "and", "or", "having", "on", "when", "not"};
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len, n_ops = 0, expr = 0, op_expr = 0;
    struct lex_tok op = {0}, prev = {0};
    long use = -1;
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        p = t + len;
        int is_op = 0;
        for (size_t i = 0; i < sizeof cmp_op / sizeof cmp_op[0]; i++)
            is_op |= punct_is(sql, &lt, cmp_op[i]);
        n_ops += (size_t)is_op;
        if (is_op) {
            op = lt;
            op_expr = expr;
        }
        for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
            if (word_is(sql, &lt, starts[i]))
                expr = lt.start + lt.len;
        if (n_ops == 1 && prev.len && prev.start == op.start && !is_op)
            for (size_t u = 0; u < sh->n_uses; u++)
                if (sh->uses[u].start == lt.start && sh->slots[sh->uses[u].slot].kind == TM_NUMBER &&
                    !sh->slots[sh->uses[u].slot].fixed)
                    use = (long)u;
        prev = lt;
    }
    size_t count;
    const char *canon = seq_one_of(sh->seq, cmp_canon, sizeof cmp_canon / sizeof cmp_canon[0],
                                   &count);
    if (n_ops != 1 || use < 0 || !canon || count != 1 ||
        strncmp(sql + op.start, tm_cmp_op(canon), op.len) != 0 ||
        strlen(tm_cmp_op(canon)) != op.len)
        return;
    snprintf(sh->cmp, sizeof sh->cmp, "%s", canon);
    sh->cmp_start = op.start;
    sh->cmp_len = op.len;
    sh->cmp_digits = sh->uses[use].form == TM_LIT_DIGITS;
    sh->cmp_time = tm_words_temporal(q, mask);
    if (!one_column(s, sql, op_expr, op.start, &sh->cmp_col))
        sh->cmp_col.table = SIZE_MAX;
    /* A number compared with a text column as it is compares text ('9' > '30'): the other
     * operator would not ask for the other numbers. A CAST, or a year inside a date, does. */
    int cast = 0;
    p = sql + op_expr;
    while ((t = sqllex_next(p, sql + op.start, &kind, &len)) < sql + op.start) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        cast |= word_is(sql, &lt, "cast");
        p = t + len;
    }
    if (!cast && !sh->cmp_digits && sh->cmp_col.table != SIZE_MAX) {
        enum schema_type ty = s->tables[sh->cmp_col.table].cols[sh->cmp_col.column].type;
        if (ty != SCHEMA_TYPE_INTEGER && ty != SCHEMA_TYPE_REAL)
            sh->cmp[0] = '\0';
    }
}

/* The SQL's one ORDER BY key before a LIMIT, when the question's extremes agree with its
 * direction (struct tm_shape: ext). Not with MAX() or MIN() in the SQL: the extreme may be
 * theirs. */
static void extreme_slot(const struct schema *s, const char *sql, struct tm_shape *sh)
{
    static const char *const ext_canon[] = {"#max", "#min"};
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len, n_order = 0, depth = 0, key = 0;
    int in_key = 0, ok = 0, commas = 0;
    struct lex_tok prev = {0}, last = {0};
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        struct lex_tok lt = {kind, (size_t)(t - sql), len};
        p = t + len;
        if (word_is(sql, &lt, "max") || word_is(sql, &lt, "min"))
            return;
        if (word_is(sql, &lt, "by") && word_is(sql, &prev, "order")) {
            n_order++;
            in_key = 1;
            key = lt.start + lt.len;
            depth = 0;
            prev = lt;
            continue;
        }
        if (in_key) {
            if (punct_is(sql, &lt, "("))
                depth++;
            else if (punct_is(sql, &lt, ")") && depth-- == 0)
                return; /* an ORDER BY inside a subquery */
            else if (punct_is(sql, &lt, ",") && depth == 0)
                commas++;
            else if (word_is(sql, &lt, "limit") && depth == 0) {
                in_key = 0;
                ok = last.len > 0;
            }
            if (in_key)
                last = lt;
        }
        prev = lt;
    }
    size_t count;
    const char *canon = seq_one_of(sh->seq, ext_canon, 2, &count);
    if (n_order != 1 || !ok || commas || !canon || !canon[0])
        return;
    int desc = word_is(sql, &last, "desc"), asc = word_is(sql, &last, "asc");
    if (desc != (strcmp(canon, "#max") == 0))
        return;
    snprintf(sh->ext, sizeof sh->ext, "%s", canon);
    sh->ext_start = desc || asc ? last.start : last.start + last.len;
    sh->ext_len = desc || asc ? last.len : 0;
    if (!one_column(s, sql, key, last.start + last.len, &sh->ext_col))
        sh->ext_col.table = SIZE_MAX;
}

static int cmp_use(const void *a, const void *b)
{
    const struct tm_use *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

int tm_shape_build(const struct schema *s, const char *question, const char *sql,
                   struct tm_shape **out)
{
    struct question *q = NULL;
    *out = NULL;
    if (question_read(question, &q))
        return ERR_NOMEM;
    struct tm_shape *sh = calloc(1, sizeof *sh);
    unsigned char *mask = calloc(q->n_toks + 1, 1);
    int rc = sh && mask ? 0 : ERR_NOMEM;
    if (rc == 0)
        rc = scan_literals(s, sql, q, mask, sh, 0);
    if (rc == 0)
        rc = number_slots(q, mask, sh);
    if (rc == 0)
        rc = month_slots(q, mask, sh);
    if (rc == 0)
        rc = scan_literals(s, sql, q, mask, sh, 1);
    if (rc == 0) {
        projected_columns(s, sql, sh);
        used_elements(s, sql, sh);
        rc = set_words(s, sh, q, mask);
    }
    if (rc == 0) {
        qsort(sh->uses, sh->n_uses, sizeof sh->uses[0], cmp_use);
        sh->skeleton = tm_sql_skeleton(sql);
        sh->grouped = tm_sql_grouped(sql);
        comparison_slot(s, sql, q, mask, sh);
        extreme_slot(s, sql, sh);
        rc = fixed_words(s, sql, q, mask, sh);
    }
    if (rc == 0) {
        *out = sh;
        sh = NULL;
    }
    tm_shape_free(sh);
    free(mask);
    question_free(q);
    return rc == ERR_LIMIT ? 1 : rc;
}

void tm_shape_free(struct tm_shape *sh)
{
    if (!sh)
        return;
    free(sh->words);
    free(sh->all_words);
    free(sh->fixed);
    for (size_t k = 0; k < sh->n_slots; k++)
        free(sh->slots[k].before);
    free(sh->seq);
    free(sh);
}
