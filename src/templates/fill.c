/* Filling a template's shape from a new question, and writing its SQL with the new values. */
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
#define TM_VALUE_MAX 512
#define TM_SPELT_MIN 1000 /* a compared literal this big counts in units */

/* The stored value of slot's column equal to value case-insensitively (value index), or NULL. */
static const char *stored_value(const struct schema *s, const struct tm_slot *slot,
                                const char *value)
{
    size_t cnt = 0;
    long k = schema_find_value(s, value, &cnt);
    for (size_t i = 0; k >= 0 && i < cnt; i++)
        if (s->values[(size_t)k + i].table == slot->table &&
            s->values[(size_t)k + i].column == slot->column)
            return s->values[(size_t)k + i].value;
    return NULL;
}

struct form_arg {
    const struct schema *s;
    const struct tm_slot *slot;
    const char *found;
};

/* Another form of a question's text ("French", "male") that is a stored value of the slot's
 * column ('France', 'M'). */
static int form_stored(const char *form, void *arg)
{
    struct form_arg *fa = arg;
    fa->found = stored_value(fa->s, fa->slot, form);
    return fa->found != NULL;
}

/* A token that reads as a content word of the template: not a value. */
static int content_like(const struct tm_shape *sh, const struct question_tok *t)
{
    return t->kind == QUESTION_WORD && tm_words_has(sh->all_words, sh->n_all_words, t->stem);
}

/* The stored value of column (t, c) equal to text case-insensitively and but for blanks at its
 * ends ('Rome ' for "Rome"), asked of the database (a read through the gate like every query).
 * 1 and *out, 0 when absent. */
static int db_value(struct db *db, const struct schema *s, size_t t, size_t c, const char *text,
                    char **out)
{
    if (!db || strchr(text, '\\'))
        return 0;
    const struct db_dialect *d = db_dialect_of(db);
    const char *tab = s->tables[t].name, *col = s->tables[t].cols[c].name;
    struct buf b = BUF_INIT;
    buf_puts(&b, "SELECT ");
    db_dialect_put_ident(&b, d, col);
    buf_puts(&b, " FROM ");
    db_dialect_put_ident(&b, d, tab);
    buf_puts(&b, " WHERE lower(trim(");
    db_dialect_put_ident(&b, d, col);
    buf_puts(&b, ")) = lower(");
    buf_put_sql_string(&b, text);
    buf_puts(&b, ") LIMIT 1");
    if (b.failed) {
        buf_free(&b);
        return ERR_NOMEM;
    }
    struct db_limits lim = {.timeout_ms = 2000, .row_cap = 1};
    struct db_result r;
    struct db_error de;
    int found = 0;
    if (db_exec(db, buf_cstr(&b), &lim, &r, &de) == 0) {
        if (r.n_rows == 1 && r.n_cols == 1 && db_cell_at(&r, 0, 0)->type == DB_TEXT) {
            found = (*out = strdup(db_cell_at(&r, 0, 0)->s)) ? 1 : ERR_NOMEM;
        }
        db_result_free(&r);
    }
    buf_free(&b);
    return found;
}

/* 1 when text, as written, is a stored value of a column the query uses other than slot's:
 * "French" is a language the query shows, not a form of 'France' ("which countries have
 * French as an official language" against "the official languages of Canada"). */
static int used_elsewhere(const struct schema *s, const struct tm_shape *sh,
                          const struct tm_slot *slot, const char *text)
{
    size_t cnt = 0;
    long k = schema_find_value(s, text, &cnt);
    for (size_t i = 0; k >= 0 && i < cnt; i++) {
        const struct schema_value *v = &s->values[(size_t)k + i];
        if (v->table == slot->table && v->column == slot->column)
            continue;
        for (size_t u = 0; u < sh->n_used; u++)
            if (sh->used[u].table == v->table && sh->used[u].column == v->column)
                return 1;
    }
    return 0;
}

/* The stored value of slot's column that tokens first..last of q name, from the value index
 * (or the database for a column the index lacks). 1 and *out, 0, or ERR_NOMEM. */
static int span_value(const struct schema *s, struct db *db, const struct tm_shape *sh,
                      const struct tm_slot *slot, const struct question *q, size_t first,
                      size_t last, char **out)
{
    char text[TM_VALUE_MAX];
    int all_content = 1;
    for (size_t i = first; i <= last; i++)
        all_content &= content_like(sh, &q->toks[i]) ||
                       (tm_words_stop(q->toks[i].word) && !q->toks[i].upper); /* "US" */
    if (all_content)
        return 0;
    if (first == last && q->toks[first].kind == QUESTION_QUOTED)
        snprintf(text, sizeof text, "%s", q->toks[first].word);
    else {
        size_t a = q->toks[first].off, b = tm_words_tok_end(q, last);
        if (b <= a || b - a >= sizeof text)
            return 0;
        memcpy(text, q->text + a, b - a);
        text[b - a] = '\0';
    }
    if (!slot->indexed) {
        /* Only whole runs of unknown words are asked of the database. */
        int edge = (first == 0 || content_like(sh, &q->toks[first - 1]) ||
                    tm_words_stop(q->toks[first - 1].word)) &&
                   (last + 1 == q->n_toks || content_like(sh, &q->toks[last + 1]) ||
                    tm_words_stop(q->toks[last + 1].word) ||
                    q->toks[last + 1].kind != QUESTION_WORD);
        return edge ? db_value(db, s, slot->table, slot->column, text, out) : 0;
    }
    const char *v = stored_value(s, slot, text);
    if (!v && tm_words_form_ok(text) && !used_elsewhere(s, sh, slot, text)) {
        struct form_arg fa = {s, slot, NULL};
        tm_words_forms_each(text, form_stored, &fa);
        v = fa.found;
    }
    if (!v)
        return 0;
    return (*out = strdup(v)) ? 1 : ERR_NOMEM;
}

/* Finds the value of one value slot among the unmasked tokens: the earliest, longest span (a
 * slot the template's question wrote as a number: the earliest number that is a value). */
static int fill_value(const struct schema *s, struct db *db, const struct tm_shape *sh,
                      size_t k, const struct question *q, unsigned char *mask, struct tm_fill *f)
{
    int numeric = sh->slots[k].numeric;
    for (size_t i = 0; i < q->n_toks; i++) {
        size_t max = i + TM_SPAN_MAX < q->n_toks ? i + TM_SPAN_MAX : q->n_toks;
        if (numeric)
            max = !mask[i] && q->toks[i].kind == QUESTION_NUMBER ? i + 1 : i;
        for (size_t j = i; j < max && !numeric; j++)
            if (mask[j] || q->toks[j].negation || q->toks[j].kind == QUESTION_NUMBER)
                max = j;
        for (size_t j = max; j-- > i;) {
            int rc = span_value(s, db, sh, &sh->slots[k], q, i, j, &f->value[k]);
            if (rc < 0)
                return rc;
            if (rc) {
                for (size_t m = i; m <= j; m++)
                    mask[m] = 1;
                if (i > 0)
                    snprintf(f->anchor[k], TM_WORD, "%s", q->toks[i - 1].word);
                f->first[k] = i;
                f->last[k] = j;
                return 1;
            }
        }
    }
    return 0;
}

static int fill_numbers(const struct tm_shape *sh, const struct question *q, unsigned char *mask,
                        struct tm_fill *f)
{
    size_t next = 0;
    for (size_t i = 0; i < q->n_toks; i++) {
        const struct question_tok *t = &q->toks[i];
        if (mask[i] || t->kind != QUESTION_NUMBER)
            continue;
        mask[i] = 1;
        if (tm_words_pronoun(q, i))
            continue;
        while (next < sh->n_slots && sh->slots[next].kind != TM_NUMBER)
            next++;
        if (next == sh->n_slots)
            return 0; /* more numbers than the template has */
        const struct tm_slot *slot = &sh->slots[next];
        /* "1 million": a literal of 1000000 takes "500,000" or "2 million"; a literal of 1
         * (a column counted in millions) takes "2 million" only */
        double mult = slot->mult ? tm_words_multiplier(q, i + 1) : 0, v = t->num;
        /* "more than 500000 people" learned: "1 million" is 1000000 where the literal is the
         * number as written and big enough that the column does not count in thousands or
         * millions */
        int spelt = !slot->mult && !slot->fixed && slot->compared && slot->num >= TM_SPELT_MIN &&
                    (mult = tm_words_multiplier(q, i + 1)) > 0;
        if (mult)
            mask[i + 1] = 1;
        f->first[next] = i;
        f->last[next] = mult ? i + 1 : i;
        if (slot->mult && (slot->fixed || !slot->scaled) && mult != slot->mult)
            return 0;
        if ((slot->scaled && !slot->fixed) || spelt) {
            v = t->num * (mult ? mult : 1);
            if (v != (double)(long long)v)
                return 0;
        } else if (slot->fixed ? t->num != slot->num : t->is_int != slot->is_int) {
            return 0;
        }
        char num[64];
        if (t->is_int || slot->scaled || spelt)
            snprintf(num, sizeof num, "%lld", (long long)v);
        else
            snprintf(num, sizeof num, "%.15g", v);
        if (!(f->value[next] = strdup(num)))
            return ERR_NOMEM;
        next++;
    }
    while (next < sh->n_slots && sh->slots[next].kind != TM_NUMBER)
        next++;
    return next == sh->n_slots;
}

/* Month slots, in order, from the question's month names (a fixed one must be the same). */
static int fill_months(const struct tm_shape *sh, const struct question *q, unsigned char *mask,
                       struct tm_fill *f)
{
    size_t i = 0;
    for (size_t k = 0; k < sh->n_slots; k++) {
        if (sh->slots[k].kind != TM_MONTH)
            continue;
        int m = 0;
        while (i < q->n_toks && !(m = mask[i] ? 0 : tm_words_month(q, i)))
            i++;
        if (!m || (sh->slots[k].fixed && m != (int)sh->slots[k].num))
            return 0;
        mask[i++] = 1;
        char two[8];
        snprintf(two, sizeof two, "%02d", m);
        if (!(f->value[k] = strdup(two)))
            return ERR_NOMEM;
    }
    return 1;
}

/* Puts sh's canonical word for each word of w[0..n) in set, when they are all one other word of
 * set; *said: that word, "" when w has none or sh's. 0 when w has two of set. */
static int retarget_one(const char *mine, const char *const *set, size_t n_set,
                        char (*w)[TM_WORD], size_t n, char *said, size_t cap)
{
    const char *other = NULL;
    int has_mine = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < n_set; k++) {
            if (strcmp(w[i], set[k]) != 0)
                continue;
            if (strcmp(set[k], mine) == 0)
                has_mine = 1;
            else if (other && other != set[k])
                return 0;
            else
                other = set[k];
        }
    if (!other)
        return 1;
    if (has_mine) /* the shape's word as well as another: two comparisons, or both extremes */
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(w[i], other) == 0)
            snprintf(w[i], TM_WORD, "%s", mine);
    snprintf(said, cap, "%s", other);
    return 1;
}

int tm_ops_retarget(const struct tm_shape *sh, char (*w)[TM_WORD], size_t n, struct tm_fill *f)
{
    static const char *const cmps[] = {"#gt", "#lt", "#ge", "#le"};
    static const char *const exts[] = {"#max", "#min"};
    if (sh->cmp[0]) {
        if (!retarget_one(sh->cmp, cmps, 4, w, n, f->cmp, sizeof f->cmp))
            return 0;
        /* '2005-01-01': ">=" and "<" take whole years; "after 2005" would need 2006 */
        if (f->cmp[0] && sh->cmp_digits &&
            !((strcmp(sh->cmp, "#ge") == 0 || strcmp(sh->cmp, "#lt") == 0) &&
              (strcmp(f->cmp, "#ge") == 0 || strcmp(f->cmp, "#lt") == 0)))
            return 0;
    }
    if (sh->ext[0] && !retarget_one(sh->ext, exts, 2, w, n, f->ext, sizeof f->ext))
        return 0;
    return 1;
}

/* 1 when a word of the set all[0..n) names column c (a word of its name, or that word's verb
 * form: "sold" for Sales). */
static int names_column(const struct schema *s, const struct tm_col *c, char (*all)[TM_WORD],
                        size_t n)
{
    if (c->table == SIZE_MAX)
        return 0;
    struct schema_words w;
    schema_name_words(s->tables[c->table].cols[c->column].name, &w);
    for (size_t j = 0; j < w.n; j++) {
        const char *m = tm_words_morph(w.w[j]);
        if (tm_words_has(all, n, w.w[j]) || (m && tm_words_has(all, n, m)))
            return 1;
    }
    return 0;
}

/* The same content words as the template (1), in the same order (f->same_order); with near,
 * other words that read as the same question (1, f->near). */
static int same_words(const struct schema *s, const struct tm_shape *sh,
                      const struct question *q, int near, unsigned char *mask, struct tm_fill *f)
{
    char words[TM_MAX_WORDS][TM_WORD], all[TM_MAX_WORDS][TM_WORD];
    tm_mask_label_names(s, sh, q, mask);
    tm_mask_attribute_words(s, sh, q, f->first, f->last, f->value, mask);
    tm_mask_agent_by(sh, q, f->first, f->last, mask);
    size_t n_all = tm_words_content(q, mask, all, TM_MAX_WORDS);
    if (!tm_ops_retarget(sh, all, n_all, f))
        return 0;
    n_all = tm_words_set(all, n_all);
    if (tm_asks_unshown(s, sh, q, mask))
        return 0;
    unsigned char *pre = malloc(q->n_toks + 1);
    if (!pre)
        return ERR_NOMEM;
    memcpy(pre, mask, q->n_toks + 1);
    tm_mask_slot_columns(s, sh, q, f->first, f->last, mask);
    size_t n = tm_words_content(q, mask, words, TM_MAX_WORDS);
    /* "events before 2021" is no "events with more than 1000 visitors": a comparison in time
     * reads a year, another a quantity */
    if (!tm_ops_retarget(sh, words, n, f) ||
        (sh->cmp[0] && tm_words_temporal(q, mask) != sh->cmp_time)) {
        free(pre);
        return 0;
    }
    char seq[TM_MAX_WORDS * 8];
    size_t used = 0;
    seq[0] = '\0';
    for (size_t i = 0; i < n && used + strlen(words[i]) + 2 < sizeof seq; i++)
        used += (size_t)snprintf(seq + used, sizeof seq - used, "%s%s", i ? " " : "", words[i]);
    f->same_order = strcmp(seq, sh->seq) == 0;
    n = tm_words_set(words, n);
    int same = n == sh->n_words;
    for (size_t i = 0; i < n && same; i++)
        same = strcmp(words[i], sh->words[i]) == 0;
    int rc;
    if (same) /* "show name and location" is not "which" */
        rc = tm_named_alike(s, sh, q, all, n_all);
    else
        rc = near && (f->near = tm_near_words(s, sh, q, f, mask, all, n_all));
    /* In other words and another comparison or extreme, the column compared or ordered by is
     * named: "events before 2021" is no "events with more than 1000 visitors" */
    if (rc && f->near && f->cmp[0] && !names_column(s, &sh->cmp_col, all, n_all))
        rc = 0;
    if (rc && f->near && f->ext[0] && !names_column(s, &sh->ext_col, all, n_all))
        rc = 0;
    if (rc) /* the value may have moved although the words kept their order */
        rc = tm_sides_kept(s, sh, q, pre, f, all, n_all);
    free(pre);
    return rc;
}

/* Two values that could each be read for the other's column ("from Paris to Rome" over two
 * city columns) are only told apart by the words before them: each must follow the same word
 * as in the template's question. */
static int unambiguous(const struct schema *s, const struct tm_shape *sh, const struct tm_fill *f)
{
    int ambiguous = 0;
    for (size_t i = 0; i < sh->n_slots && !ambiguous; i++)
        for (size_t j = 0; j < sh->n_slots; j++) {
            const struct tm_slot *a = &sh->slots[i], *b = &sh->slots[j];
            if (i != j && a->kind == TM_VALUE && b->kind == TM_VALUE &&
                (a->table != b->table || a->column != b->column) && f->value[i] &&
                stored_value(s, b, f->value[i]))
                ambiguous = 1;
        }
    /* "the airports named Athens" against a template of "the airports in the city of Athens":
     * a value that another column of its table stores too is told apart by the word before it */
    for (size_t i = 0; i < sh->n_slots && !ambiguous; i++) {
        const struct tm_slot *a = &sh->slots[i];
        size_t cnt = 0;
        long k = a->kind == TM_VALUE && f->value[i] ? schema_find_value(s, f->value[i], &cnt) : -1;
        for (size_t j = 0; k >= 0 && j < cnt; j++)
            ambiguous |= s->values[(size_t)k + j].table == a->table &&
                         s->values[(size_t)k + j].column != a->column;
    }
    for (size_t i = 0; i < sh->n_slots && ambiguous; i++)
        if (sh->slots[i].kind == TM_VALUE && strcmp(sh->slots[i].anchor, f->anchor[i]) != 0)
            return 0;
    return 1;
}

static int cmp_first(const void *a, const void *b, const struct tm_shape *sh)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return sh->slots[x].first < sh->slots[y].first ? -1 : sh->slots[x].first > sh->slots[y].first;
}

int tm_shape_fill(const struct schema *s, struct db *db, const struct tm_shape *sh,
                  const struct question *q, int near, struct tm_fill *f)
{
    memset(f, 0, sizeof *f);
    unsigned char *mask = calloc(q->n_toks + 1, 1);
    if (!mask)
        return ERR_NOMEM;
    /* Value slots in the order their values came in the template's question. */
    size_t order[TM_MAX_SLOTS], n = 0;
    for (size_t i = 0; i < sh->n_slots; i++) {
        if (sh->slots[i].kind != TM_VALUE)
            continue;
        size_t at = n++;
        order[at] = i;
        while (at > 0 && cmp_first(&order[at - 1], &order[at], sh) > 0) {
            size_t x = order[at - 1];
            order[at - 1] = order[at];
            order[at] = x;
            at--;
        }
    }
    int rc = 1;
    for (size_t i = 0; i < n && rc == 1; i++)
        rc = fill_value(s, db, sh, order[i], q, mask, f);
    if (rc == 1)
        rc = fill_months(sh, q, mask, f);
    if (rc == 1)
        rc = fill_numbers(sh, q, mask, f);
    if (rc == 1)
        rc = same_words(s, sh, q, near, mask, f);
    if (rc == 1)
        rc = unambiguous(s, sh, f);
    if (rc == 1 && f->near)
        rc = tm_near_numbers(db, s, sh, f);
    free(mask);
    return rc;
}

void tm_fill_free(struct tm_fill *f)
{
    for (size_t i = 0; i < TM_MAX_SLOTS; i++)
        free(f->value[i]);
    memset(f, 0, sizeof *f);
}

/* A literal's text without quotes (doubled quotes undone) into out. */
static int unquote(const char *p, size_t len, struct buf *out)
{
    for (size_t i = 1; i + 1 < len; i++) {
        buf_putc(out, p[i]);
        if (p[i] == '\'' && p[i + 1] == '\'')
            i++;
    }
    return out->failed ? -1 : 0;
}

static int all_digits(const char *v)
{
    if (!*v)
        return 0;
    for (; *v; v++)
        if (!isdigit((unsigned char)*v))
            return 0;
    return 1;
}

/* Writes the new literal of uses u[0..n), which share one literal of sql (several are digits of
 * one date: its year and its month). 0, or -1 when a value cannot stand there. */
static int put_use(struct buf *b, const char *sql, const struct tm_use *u, size_t n,
                   const struct tm_fill *f)
{
    const char *v = f->value[u->slot];
    if (n == 1 && u->form == TM_LIT_STRING)
        return strchr(v, '\\') ? -1 : buf_put_sql_string(b, v);
    if (n == 1 && u->form == TM_LIT_TRIMMED) {
        size_t a = strspn(v, " "), z = strlen(v);
        while (z > a && v[z - 1] == ' ')
            z--;
        char *t = strchr(v, '\\') ? NULL : strndup(v + a, z - a);
        int rc = t ? buf_put_sql_string(b, t) : -1;
        free(t);
        return rc;
    }
    if (n == 1 && u->form == TM_LIT_NUMBER) {
        char *end;
        strtod(v, &end);
        return *end || !*v ? -1 : buf_puts(b, v);
    }
    struct buf lit = BUF_INIT;
    int rc = unquote(sql + u->start, u->len, &lit);
    for (size_t i = 0; i < n && rc == 0; i++) {
        v = f->value[u[i].slot];
        if (u[i].form != TM_LIT_DIGITS || !all_digits(v) || strlen(v) != u[i].sub_len ||
            u[i].sub_off + u[i].sub_len > lit.len)
            rc = -1;
        else
            memcpy(lit.data + u[i].sub_off, v, u[i].sub_len);
    }
    if (rc == 0)
        rc = buf_put_sql_string(b, buf_cstr(&lit));
    buf_free(&lit);
    return rc;
}

/* Writes sql from *pos up to at, then the operator or direction edit e says, when its place
 * lies before at. */
struct tm_edit {
    size_t start, len;
    const char *text;
};

static void put_edits(struct buf *b, const char *sql, size_t *pos, size_t at,
                      const struct tm_edit *ed, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!ed[i].text || ed[i].start < *pos || ed[i].start >= at)
            continue;
        buf_append(b, sql + *pos, ed[i].start - *pos);
        buf_puts(b, ed[i].text);
        *pos = ed[i].start + ed[i].len;
    }
}

char *tm_shape_render(const char *sql, const struct tm_shape *sh, const struct tm_fill *f)
{
    struct buf b = BUF_INIT;
    size_t pos = 0;
    struct tm_edit ed[2] = {{0}, {0}};
    size_t n_ed = 0;
    if (sh->cmp[0] && f->cmp[0] && strcmp(sh->cmp, f->cmp) != 0)
        ed[n_ed++] = (struct tm_edit){sh->cmp_start, sh->cmp_len, tm_cmp_op(f->cmp)};
    if (sh->ext[0] && f->ext[0] && strcmp(sh->ext, f->ext) != 0)
        ed[n_ed++] = (struct tm_edit){sh->ext_start, sh->ext_len,
                                      strcmp(f->ext, "#max") == 0 ? (sh->ext_len ? "DESC" : " DESC")
                                                                  : "ASC"};
    if (n_ed == 2 && ed[1].start < ed[0].start) {
        struct tm_edit x = ed[0];
        ed[0] = ed[1];
        ed[1] = x;
    }
    size_t total = strlen(sql);
    for (size_t i = 0, n; i < sh->n_uses; i += n) {
        const struct tm_use *u = &sh->uses[i];
        for (n = 0; i + n < sh->n_uses && sh->uses[i + n].start == u->start; n++)
            if (!f->value[sh->uses[i + n].slot])
                goto fail;
        if (u->start < pos)
            goto fail;
        put_edits(&b, sql, &pos, u->start, ed, n_ed);
        buf_append(&b, sql + pos, u->start - pos);
        if (put_use(&b, sql, u, n, f))
            goto fail;
        pos = u->start + u->len;
    }
    put_edits(&b, sql, &pos, total + 1, ed, n_ed);
    buf_puts(&b, sql + pos);
    if (b.failed)
        goto fail;
    return buf_detach(&b);
fail:
    buf_free(&b);
    return NULL;
}

double tm_shape_similarity(const struct tm_shape *sh, const struct question *q)
{
    char words[TM_MAX_WORDS][TM_WORD];
    unsigned char *mask = calloc(q->n_toks + 1, 1);
    if (!mask)
        return 0;
    for (size_t i = 0; i < q->n_toks; i++)
        mask[i] = q->toks[i].kind == QUESTION_NUMBER;
    size_t n = tm_words_set(words, tm_words_content(q, mask, words, TM_MAX_WORDS));
    free(mask);
    size_t both = 0;
    for (size_t i = 0; i < n; i++)
        both += (size_t)tm_words_has(sh->all_words, sh->n_all_words, words[i]);
    size_t any = n + sh->n_all_words - both;
    return any ? (double)both / (double)any : 0;
}

static const char *const skeleton_words[] = {
    "select", "distinct", "count", "sum",  "avg",       "min",    "max",    "join",
    "where",  "group",    "having", "order", "desc",    "limit",  "union",  "intersect",
    "except", "not",      "in",    "like", "between",   "exists", "or",     "case",
    "left",   "as",       "and",   "is",   "null",      "on",     "asc",    "cast",
};

uint64_t tm_sql_skeleton(const char *sql)
{
    uint64_t bits = 0;
    int selects = 0;
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len;
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        if (kind == SQLLEX_WORD) {
            for (size_t i = 0; i < sizeof skeleton_words / sizeof skeleton_words[0]; i++)
                if (strlen(skeleton_words[i]) == len && strncasecmp(t, skeleton_words[i], len) == 0)
                    bits |= (uint64_t)1 << i;
            if (len == 6 && strncasecmp(t, "select", 6) == 0 && ++selects == 2)
                bits |= (uint64_t)1 << 40; /* a nested query */
        } else if (kind == SQLLEX_PUNCT && (*t == '<' || *t == '>')) {
            bits |= (uint64_t)1 << 41;
        }
        p = t + len;
    }
    return bits;
}

int tm_sql_grouped(const char *sql)
{
    const char *p = sql, *end = sql + strlen(sql), *t;
    enum sqllex_kind kind;
    size_t len;
    int group = 0;
    while ((t = sqllex_next(p, end, &kind, &len)) < end) {
        int by = kind == SQLLEX_WORD && len == 2 && strncasecmp(t, "by", 2) == 0;
        if (group && by)
            return 1;
        group = kind == SQLLEX_WORD && len == 5 && strncasecmp(t, "group", 5) == 0;
        p = t + len;
    }
    return 0;
}

double tm_skeleton_similarity(uint64_t a, uint64_t b)
{
    uint64_t any = a | b;
    return any ? (double)__builtin_popcountll(a & b) / (double)__builtin_popcountll(any) : 1;
}
