/* Questions near a template's: the same operations and slots in other words.
 *
 * A question whose content words are not the template's may still ask the same thing: "Mean age
 * of staff living in Bristol?" asks what "What is the average age of the employees from Bath?"
 * asked. Each content word is read as one of:
 *   - an operation ('#' words, superlatives, "only", "both", ...): the two sets must be equal;
 *   - a schema word naming a table or column the template's SQL uses: the question may name more
 *     of them, or name one by another of its words or a synonym ("staff" for employee), and
 *     every one the template's question names must be named again unless a slot implies it;
 *   - a schema word naming only what the SQL does not use: the question asks about something
 *     else, no match;
 *   - a stored value no slot took: another condition, no match;
 *   - any other word: the question must have each, but for one the template's question may
 *     have alone ("signed" in "orchestras signed with Decca").
 * A number slot compared with a column must also fall near the column's stored range ("born
 * after 1980" is not "older than 40", although both compare a number). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "schema/forms.h"
#include "templates/tmpl_int.h"
#include "templates/words.h"

#include "util/banned.h"

#define TM_NEAR_WORDS 96

/* One word of a table's or column's name (column TM_NO_COLUMN: the table's). */
struct tm_name {
    char stem[TM_WORD];
    size_t table, column;
};

struct tm_names {
    struct tm_name *v;
    size_t n;
};

static int cmp_name(const void *a, const void *b)
{
    return strcmp(((const struct tm_name *)a)->stem, ((const struct tm_name *)b)->stem);
}

static int add_names(struct tm_names *nm, size_t *cap, const char *name, size_t t, size_t c)
{
    struct schema_words w;
    schema_name_words(name, &w);
    for (size_t i = 0; i < w.n; i++) {
        if (nm->n == *cap) {
            size_t ncap = *cap ? *cap * 2 : 256;
            struct tm_name *v = realloc(nm->v, ncap * sizeof *v);
            if (!v)
                return ERR_NOMEM;
            nm->v = v;
            *cap = ncap;
        }
        struct tm_name *e = &nm->v[nm->n++];
        snprintf(e->stem, sizeof e->stem, "%s", w.w[i]);
        e->table = t;
        e->column = c;
    }
    return 0;
}

static void names_free(void *data)
{
    struct tm_names *nm = data;
    if (nm)
        free(nm->v);
    free(nm);
}

/* Every word of every table and column name of s, sorted by stem: kept with the schema. */
static int names_build(const struct schema *s, void **out)
{
    struct tm_names *nm = calloc(1, sizeof *nm);
    size_t cap = 0;
    int rc = nm ? 0 : ERR_NOMEM;
    for (size_t t = 0; t < s->n_tables && rc == 0; t++) {
        rc = add_names(nm, &cap, s->tables[t].name, t, TM_NO_COLUMN);
        for (size_t c = 0; c < s->tables[t].n_cols && rc == 0; c++)
            rc = add_names(nm, &cap, s->tables[t].cols[c].name, t, c);
    }
    if (rc) {
        names_free(nm);
        return rc;
    }
    if (nm->n)
        qsort(nm->v, nm->n, sizeof nm->v[0], cmp_name);
    *out = nm;
    return 0;
}

/* The entries named by stem: the index of the first and the count. */
static size_t names_find(const struct tm_names *nm, const char *stem, size_t *first)
{
    size_t lo = 0, hi = nm->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(nm->v[mid].stem, stem) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    while (lo + n < nm->n && strcmp(nm->v[lo + n].stem, stem) == 0)
        n++;
    *first = lo;
    return n;
}

/* Words that change what is asked although no schema word or '#' fold carries them (w is a
 * stem; the list is stemmed alike). */
static int meaning_word(const char *w)
{
    static const char *const words[] = {
        "only",     "both",     "either",  "same",     "other",   "another", "first",
        "last",     "latest",   "newest",  "oldest",   "youngest", "earliest", "recent",
        "percent",  "percentage", "share", "ratio",    "proportion", "fraction", "twice",
        "double",   "half",     "again",   "also",     "ever",    "alone",   "besides",
        "but",      "or",       "between", "single",   "multiple", "several", "many",
        "median",   "rank",     "second",  "third",    "common",  "popular", "frequent",
    };
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 3, "est") == 0)
        return 1; /* a superlative: "heaviest", "cheapest" */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char stem[TM_WORD];
        question_stem(words[i], strlen(words[i]), stem);
        if (strcmp(w, stem) == 0)
            return 1;
    }
    return 0;
}

/* A suffix that makes a noun of a noun or a verb ("citizen" -> "citizenship", "member" ->
 * "membership", "employ" -> "employment"): a name word that is a question word with one names
 * what the word names. */
static int derived_suffix(const char *rest)
{
    static const char *const suffixes[] = {"ship", "ment", "ness", "hood"};
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (strcmp(rest, suffixes[i]) == 0)
            return 1;
    return 0;
}

/* name starts with stem (the entries after stem's own in the sorted index do). */
static int derived(const char *name, const char *stem)
{
    return strncmp(name, stem, strlen(stem)) == 0;
}

enum word_class { W_OP, W_USED, W_SCHEMA, W_VALUE, W_OTHER };

/* a and b differ by one letter put in, left out, changed, or two neighbours swapped
 * ("musuem" for "museum"). */
static int one_edit(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b), i = 0;
    if (na > nb + 1 || nb > na + 1)
        return 0;
    while (i < na && i < nb && a[i] == b[i])
        i++;
    if (na == nb && i == na)
        return 0; /* the same word */
    if (na == nb) {
        int swapped = i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                      strcmp(a + i + 2, b + i + 2) == 0;
        return swapped || strcmp(a + i + 1, b + i + 1) == 0;
    }
    return na > nb ? strcmp(a + i + 1, b + i) == 0 : strcmp(a + i, b + i + 1) == 0;
}

/* The one name stem of s that a word naming nothing stands for: a clipped form ("doc" for
 * Documents, "pop": 3 or 4 letters, 3 fewer than the name at least) or a slip of one letter
 * ("musuem": 6 letters or more, so that "stage" is not "state"). NULL when none or more than
 * one stem would do. */
static const char *short_or_slip(const struct tm_names *nm, const char *w)
{
    size_t n = strlen(w);
    const char *found = NULL;
    for (size_t i = 0; i < n; i++)
        if (!islower((unsigned char)w[i]))
            return NULL;
    if (n < 3)
        return NULL;
    for (size_t i = 0; i < nm->n; i++) {
        const char *st = nm->v[i].stem;
        size_t k = strlen(st);
        if (!st[0] || (found && strcmp(found, st) == 0) ||
            (st[0] != w[0] && st[0] != w[1] && st[1] != w[0] && st[1] != w[1]))
            continue; /* neither clipped nor one letter off: its first two letters differ */
        if ((n <= 4 && k >= n + 3 && strncmp(st, w, n) == 0) ||
            (n >= 6 && k >= 6 && one_edit(w, st))) {
            if (found)
                return NULL;
            found = st;
        }
    }
    return found;
}

/* The stem of a table's name that names who does what verb stem w says ("sing": singer,
 * "conduct": conductor), or NULL. */
static const char *agent_table(const struct tm_names *nm, const char *w, char *buf, size_t cap)
{
    static const char *const ends[] = {"er", "or", "r"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t first, n;
        snprintf(buf, cap, "%s%s", w, ends[k]);
        n = names_find(nm, buf, &first);
        for (size_t i = first; i < first + n; i++)
            if (nm->v[i].column == TM_NO_COLUMN)
                return buf;
    }
    return NULL;
}

/* The index in sh->used of (t, c), or -1. */
static int used_index(const struct tm_shape *sh, size_t t, size_t c)
{
    for (size_t i = 0; i < sh->n_used; i++)
        if (sh->used[i].table == t && sh->used[i].column == c)
            return (int)i;
    return -1;
}

/* The class of content word w, and in *mask the elements of sh->used it names. */
static enum word_class classify(const struct tm_names *nm, const struct tm_shape *sh,
                                const char *w, uint64_t *mask)
{
    *mask = 0;
    if (w[0] == '#' || meaning_word(w))
        return W_OP;
    if (w[0] == '\'')
        return W_VALUE; /* a quoted value no slot took */
    /* the word, its synonym's stem, and its other forms ("spend" names `Total_spent`) */
    const char *alias[2 + TM_MORPH_MAX] = {w, question_synonym(w, QUESTION_SYN_TIER0 |
                                                                      QUESTION_SYN_SELECT)};
    tm_words_morph_forms(w, alias + 2, TM_MORPH_MAX);
    int named = 0;
    for (size_t a = 0; a < sizeof alias / sizeof alias[0]; a++) {
        char stem[TM_WORD];
        if (!alias[a])
            continue;
        if (a == 1)
            question_stem(alias[a], strlen(alias[a]), stem);
        else
            snprintf(stem, sizeof stem, "%s", alias[a]);
        size_t first, n = names_find(nm, stem, &first);
        for (size_t i = first; i < nm->n && (i < first + n || derived(nm->v[i].stem, stem)); i++) {
            const struct tm_name *e = &nm->v[i];
            int u = used_index(sh, e->table, e->column);
            if (i >= first + n && !derived_suffix(nm->v[i].stem + strlen(stem)))
                continue;
            named = 1;
            if (u >= 0 && u < 64)
                *mask |= (uint64_t)1 << u;
        }
    }
    size_t n = strlen(w);
    if (!named && n > 6 && derived_suffix(w + n - 4)) {
        /* "viewership" names what "viewer" names (the reverse of derived() above) */
        char base[TM_WORD];
        snprintf(base, sizeof base, "%.*s", (int)(n - 4), w);
        return classify(nm, sh, base, mask);
    }
    const char *other = named ? NULL : short_or_slip(nm, w);
    if (other && classify(nm, sh, other, mask) == W_USED)
        return W_USED; /* only for what the query uses: else the word says nothing */
    return *mask ? W_USED : named ? W_SCHEMA : W_OTHER;
}

/* The bit of sh->used of the table a verb names by its doer ("sang": singer), when the query
 * shows that table's rows ("who sang at X" asks for singers), else 0. */
static uint64_t agent_bits(const struct tm_names *nm, const struct tm_shape *sh, const char *w)
{
    char agent[TM_WORD + 4];
    uint64_t m = 0;
    if (w[0] == '#' || !agent_table(nm, w, agent, sizeof agent) ||
        classify(nm, sh, w, &m) != W_OTHER || classify(nm, sh, agent, &m) != W_USED)
        return 0;
    uint64_t shown = 0;
    for (size_t i = 0; i < sh->n_used && i < 64; i++)
        for (size_t k = 0; k < sh->n_proj; k++)
            if (((m >> i) & 1) && sh->used[i].column == TM_NO_COLUMN &&
                sh->used[i].table == sh->proj[k].table)
                shown |= (uint64_t)1 << i;
    return shown;
}

/* Number slot k of f is not followed in q by a word naming another table or column: "more than
 * one course" counts courses, it compares no grade. Always 1 without q. */
static int bare_number(const struct schema *s, const struct tm_shape *sh,
                       const struct question *q, const struct tm_fill *f, size_t k)
{
    if (!q || !f)
        return 1;
    size_t i = f->last[k] + 1;
    if (!f->value[k] || i >= q->n_toks || q->toks[i].kind != QUESTION_WORD ||
        !tm_names_schema(s, q->toks[i].stem))
        return 1;
    const struct tm_slot *sl = &sh->slots[k];
    struct schema_words w;
    schema_name_words(s->tables[sl->table].cols[sl->column].name, &w);
    for (size_t j = 0; j < w.n; j++)
        if (strcmp(w.w[j], q->toks[i].stem) == 0)
            return 1; /* "more than 5 products" over Number_products */
    return 0;
}

/* The elements of sh->used a question need not name: the columns and tables of the value
 * slots (the value says them) and, in *names, a shown name or title ("which singers" shows their
 * names). */
static uint64_t implied(const struct schema *s, const struct tm_shape *sh,
                        const struct question *q, const struct tm_fill *f, uint64_t *names)
{
    *names = 0;
    uint64_t m = 0;
    for (size_t i = 0; i < sh->n_used && i < 64; i++) {
        const struct tm_col *u = &sh->used[i];
        for (size_t k = 0; k < sh->n_slots; k++) {
            const struct tm_slot *sl = &sh->slots[k];
            if (sl->kind == TM_VALUE && u->table == sl->table &&
                (u->column == sl->column || u->column == TM_NO_COLUMN))
                m |= (uint64_t)1 << i;
            /* "conductors over 45" compares what "older than 45" does: the number, which must
             * lie near the column's values (tm_near_numbers), says the column */
            if (sl->kind == TM_NUMBER && sl->compared && u->table == sl->table &&
                u->column == sl->column && bare_number(s, sh, q, f, k))
                m |= (uint64_t)1 << i;
        }
        if (u->column == TM_NO_COLUMN)
            continue;
        struct schema_words w, tw;
        schema_name_words(s->tables[u->table].cols[u->column].name, &w);
        schema_name_words(s->tables[u->table].name, &tw);
        /* the rows' own name ("Name", "shop_name" in shop), not another's ("Manager_name") */
        int own = w.n == 1 || (w.n == 2 && tw.n > 0 && strcmp(w.w[0], tw.w[tw.n - 1]) == 0);
        for (size_t k = 0; k < sh->n_proj; k++)
            if (u->table == sh->proj[k].table && u->column == sh->proj[k].column && w.n > 0 &&
                own &&
                (strcmp(w.w[w.n - 1], "name") == 0 || strcmp(w.w[w.n - 1], "titl") == 0 ||
                 strcmp(w.w[w.n - 1], "title") == 0))
                *names |= (uint64_t)1 << i;
    }
    return m;
}

/* The bits of sh->used that are columns its SELECT list shows. */
static uint64_t shown_bits(const struct tm_shape *sh)
{
    uint64_t m = 0;
    for (size_t i = 0; i < sh->n_used && i < 64; i++)
        for (size_t k = 0; k < sh->n_proj; k++)
            if (sh->used[i].column != TM_NO_COLUMN && sh->used[i].table == sh->proj[k].table &&
                sh->used[i].column == sh->proj[k].column)
                m |= (uint64_t)1 << i;
    return m;
}

/* The bits of sh->used that are the tables of the columns in cols. */
static uint64_t tables_of(const struct tm_shape *sh, uint64_t cols)
{
    uint64_t m = 0;
    for (size_t i = 0; i < sh->n_used && i < 64; i++)
        for (size_t k = 0; k < sh->n_used && k < 64; k++)
            if (((cols >> k) & 1) && sh->used[i].column == TM_NO_COLUMN &&
                sh->used[i].table == sh->used[k].table)
                m |= (uint64_t)1 << i;
    return m;
}

/* The bits of sh->used that are tables (1) or columns (0). */
static uint64_t table_bits(const struct tm_shape *sh)
{
    uint64_t m = 0;
    for (size_t i = 0; i < sh->n_used && i < 64; i++)
        if (sh->used[i].column == TM_NO_COLUMN)
            m |= (uint64_t)1 << i;
    return m;
}

static int stored_anywhere(const char *form, void *arg)
{
    size_t cnt = 0;
    return schema_find_value(arg, form, &cnt) >= 0;
}

/* A stored value that text is, or is another form of ("French" for 'France', "female" for
 * 'F', "republics" for 'Republic'). */
static int names_value(const struct schema *s, char *text)
{
    size_t n = strlen(text);
    if (stored_anywhere(text, (void *)s) ||
        (tm_words_form_ok(text) && tm_words_forms_each(text, stored_anywhere, (void *)s)))
        return 1;
    char lower[2 * TM_WORD + 2];
    for (size_t i = 0; i <= n && i < sizeof lower; i++)
        lower[i] = (char)tolower((unsigned char)text[i]);
    lower[sizeof lower - 1] = '\0';
    const char *dem = question_demonym(lower);
    while (dem && *dem) { /* "Netherlands|The Netherlands" */
        const char *bar = strchr(dem, '|');
        size_t len = bar ? (size_t)(bar - dem) : strlen(dem);
        char name[2 * TM_WORD + 2];
        if (len < sizeof name) {
            memcpy(name, dem, len);
            name[len] = '\0';
            if (stored_anywhere(name, (void *)s))
                return 1;
        }
        dem = bar ? bar + 1 : NULL;
    }
    if (n > 4 && text[n - 1] == 's') { /* a plural: its singular */
        text[n - 1] = '\0';
        int found = stored_anywhere(text, (void *)s);
        text[n - 1] = 's';
        return found;
    }
    return 0;
}

/* A stored value or a name among q's tokens not masked: a condition no slot took. A value is
 * one or two tokens, or a form of one (names_value()); a name is a capitalised word inside the
 * sentence that names nothing in the schema and is not the template's. */
static int stray_value(const struct schema *s, const struct tm_names *nm,
                       const struct tm_shape *sh, const struct question *q,
                       const unsigned char *mask)
{
    for (size_t i = 0; i < q->n_toks; i++) {
        const struct question_tok *t = &q->toks[i];
        size_t first;
        uint64_t m;
        if (t->kind == QUESTION_WORD && (tm_words_fold(t->word) ||
                                         classify(nm, sh, t->stem, &m) == W_USED))
            continue; /* "per" is no country code, "independence" names IndepYear */
        if (!mask[i] && t->kind == QUESTION_WORD && !t->negation && i > 0 &&
            isupper((unsigned char)q->text[t->off]) && !tm_words_stop(t->word) &&
            !names_find(nm, t->stem, &first) &&
            !tm_words_has(sh->all_words, sh->n_all_words, t->stem))
            return 1;
        for (size_t j = i; j < q->n_toks && j < i + 2; j++) {
            if (mask[j] || q->toks[j].kind != QUESTION_WORD || q->toks[j].negation)
                break;
            if (tm_words_stop(t->word) || tm_words_stop(q->toks[j].word))
                continue;
            /* words the template's question says too ("independence" in both, a city's name
             * elsewhere in the data) are no condition it lacks */
            if (tm_words_has(sh->all_words, sh->n_all_words, t->stem) &&
                tm_words_has(sh->all_words, sh->n_all_words, q->toks[j].stem))
                continue;
            char text[2 * TM_WORD + 2];
            size_t a = t->off, b = q->toks[j].off + q->toks[j].len;
            if (b <= a || b - a >= sizeof text || b - a < 3)
                continue;
            memcpy(text, q->text + a, b - a);
            text[b - a] = '\0';
            if (names_value(s, text))
                return 1;
        }
    }
    return 0;
}

/* The content words of one side (a sorted set) and the used elements they name. */
struct side {
    char (*w)[TM_WORD];
    size_t n;
    uint64_t named;
    uint64_t agents; /* tables named by a verb of their doers' (agent_bits()) */
};

/* Of the elements m names, the columns of a table m names too: "ports" names port, not
 * port_name; "airports" names no AirportName. */
static uint64_t in_table_word(const struct tm_shape *sh, uint64_t m)
{
    uint64_t cols = 0;
    for (size_t i = 0; i < sh->n_used && i < 64; i++)
        for (size_t j = 0; ((m >> i) & 1) && j < sh->n_used && j < 64; j++)
            if (((m >> j) & 1) && sh->used[j].column == TM_NO_COLUMN &&
                sh->used[i].column != TM_NO_COLUMN && sh->used[i].table == sh->used[j].table)
                cols |= (uint64_t)1 << i;
    return cols;
}

static void read_side(const struct tm_names *nm, const struct tm_shape *sh, struct side *sd,
                      int *value)
{
    sd->named = sd->agents = 0;
    for (size_t i = 0; i < sd->n; i++) {
        uint64_t m;
        enum word_class c = classify(nm, sh, sd->w[i], &m);
        if (c == W_USED)
            sd->named |= m & ~in_table_word(sh, m);
        if (c == W_VALUE)
            *value = 1;
        if (c == W_OTHER)
            sd->agents |= agent_bits(nm, sh, sd->w[i]);
    }
}

/* A verb naming its doers' table counts as naming it where the other side names that table by
 * its noun: "who sang at X" for "which singers performed at X", "the conductor of X" for "who
 * conducts X". */
static void read_agents(struct side *a, struct side *b)
{
    uint64_t an = a->agents & b->named, bn = b->agents & a->named;
    a->agents = an;
    b->agents = bn;
    a->named |= an;
    b->named |= bn;
}

/* Nouns that say a quantity is measured without naming what ("amount", "money"): read as
 * nothing where no table or column is called so. */
static int measure_word(const char *w)
{
    static const char *const words[] = {"amount", "money", "figur", "valu"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

/* Words of a that b lacks, of class other (or fixed in sh: then no match at all). */
static int unmatched(const struct tm_names *nm, const struct tm_shape *sh, const struct side *a,
                     const struct side *b, int check_fixed)
{
    int n = 0;
    for (size_t i = 0; i < a->n; i++) {
        uint64_t m;
        if (tm_words_has(b->w, b->n, a->w[i]))
            continue;
        if (check_fixed && tm_words_has(sh->fixed, sh->n_fixed, a->w[i]))
            return 99;
        if (check_fixed && !sh->grouped && strcmp(a->w[i], "#per") == 0) {
            n++; /* "sales of songs by singers": a "by" the template's SQL groups nothing by */
            continue;
        }
        enum word_class c = classify(nm, sh, a->w[i], &m);
        if (c == W_OTHER && measure_word(a->w[i]))
            continue; /* "the total amount spent": "amount" measures, it names nothing */
        if (c == W_OTHER && (agent_bits(nm, sh, a->w[i]) & a->agents))
            continue; /* "sang" where the other side says "singers" */
        /* the template's question may name a table its SQL does not use ("spend on museum
         * visits" over visit alone): leaving that out is leaving out a word */
        if (c == W_SCHEMA && check_fixed)
            c = W_OTHER;
        if (c == W_OP || c == W_SCHEMA || c == W_VALUE)
            return 99;
        if (c == W_OTHER)
            n++;
    }
    return n;
}

static const struct tm_names *names_of(const struct schema *s)
{
    const void *data = NULL;
    return schema_ext_get(s, names_build, names_free, &data, NULL) ? NULL : data;
}

int tm_names_schema(const struct schema *s, const char *stem)
{
    const struct tm_names *nm = names_of(s);
    size_t first;
    return nm && names_find(nm, stem, &first) > 0;
}

/* The same columns named, but for what the slots and a shown name imply; the template's tables
 * named again unless implied. */
static int named_alike(const struct schema *s, const struct tm_shape *sh, const struct side *qs,
                       const struct side *ts, const struct question *q, const struct tm_fill *f,
                       uint64_t shown_ok)
{
    uint64_t names, imp = implied(s, sh, q, f, &names), tabs = table_bits(sh);
    uint64_t shown = shown_bits(sh);
    /* a shown name goes without saying only where no other shown column is asked for: "the
     * hometowns of the teachers" does not ask for their names as well */
    uint64_t qimp = imp | ((qs->named & shown & ~names & ~tabs) ? 0 : names);
    uint64_t timp = imp | ((ts->named & shown & ~names & ~tabs) ? 0 : names);
    uint64_t qcols = (qs->named | qimp) & ~tabs, tcols = (ts->named | timp) & ~tabs;
    /* A column the query shows may be named where the template's question did not, next to its
     * table's word ("performance types" for "which performances" showing Type; not "give type
     * and share"); one it named must be named again. */
    if ((qcols & ~shown) != (tcols & ~shown) || (tcols & ~qcols) ||
        (qcols & shown & ~tcols & ~shown_ok))
        return 0;
    /* A table is named again by its name, or by a column of its own the question names. */
    /* ("the names of the orchestras" names no conductor by the word "names") */
    uint64_t qtabs = qs->named | qimp | tables_of(sh, qs->named & ~tabs & ~names);
    return ((ts->named & tabs) & ~qtabs) == 0;
}

/* The shown columns q names next to a word naming the column's table: "performance types",
 * "types of performances". */
static uint64_t shown_by_table(const struct tm_names *nm, const struct tm_shape *sh,
                               const struct question *q)
{
    uint64_t ok = 0, shown = shown_bits(sh);
    for (size_t i = 0; i < q->n_toks; i++) {
        uint64_t m, n;
        if (q->toks[i].kind != QUESTION_WORD ||
            classify(nm, sh, q->toks[i].stem, &m) != W_USED || !(m & shown))
            continue;
        size_t after = i + 1;
        while (after < q->n_toks && (strcmp(q->toks[after].word, "of") == 0 ||
                                     strcmp(q->toks[after].word, "the") == 0))
            after++;
        size_t at[2] = {i > 0 ? i - 1 : SIZE_MAX, after};
        for (size_t a = 0; a < 2; a++)
            if (at[a] < q->n_toks && q->toks[at[a]].kind == QUESTION_WORD &&
                classify(nm, sh, q->toks[at[a]].stem, &n) == W_USED &&
                (n & tables_of(sh, m & shown)))
                ok |= m & shown;
    }
    return ok;
}

int tm_named_alike(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                   char (*qw)[TM_WORD], size_t n_qw)
{
    const struct tm_names *nm = names_of(s);
    if (!nm)
        return 0;
    struct side qs = {qw, n_qw, 0, 0}, ts = {sh->all_words, sh->n_all_words, 0, 0};
    int value = 0;
    read_side(nm, sh, &qs, &value);
    read_side(nm, sh, &ts, &value);
    return named_alike(s, sh, &qs, &ts, NULL, NULL, shown_by_table(nm, sh, q));
}

int tm_near_words(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                  const struct tm_fill *f, const unsigned char *mask, char (*qw)[TM_WORD],
                  size_t n_qw)
{
    const struct tm_names *nm = names_of(s);
    if (!nm || stray_value(s, nm, sh, q, mask))
        return 0;
    struct side qs = {qw, n_qw, 0, 0}, ts = {sh->all_words, sh->n_all_words, 0, 0};
    int value = 0;
    read_side(nm, sh, &qs, &value);
    read_side(nm, sh, &ts, &value);
    read_agents(&qs, &ts);
    if (value || !named_alike(s, sh, &qs, &ts, q, f, shown_by_table(nm, sh, q)))
        return 0;
    /* At most one word of the template's left out ("took place", "signed"); none added ("in the
     * north" is a condition) and none put for another ("arriving" for "departing"). */
    return unmatched(nm, sh, &qs, &ts, 0) == 0 && unmatched(nm, sh, &ts, &qs, 1) <= 1;
}

/* The bits of sh->used that are link tables (two foreign keys or more, "Likes", "Visit"): their
 * names are the verbs of a relation, whose direction the word order tells. */
static uint64_t link_bits(const struct schema *s, const struct tm_shape *sh)
{
    uint64_t m = 0;
    for (size_t i = 0; i < sh->n_used && i < 64; i++) {
        const struct schema_table *t = &s->tables[sh->used[i].table];
        size_t fks = 0;
        for (size_t c = 0; c < t->n_cols && sh->used[i].column == TM_NO_COLUMN; c++)
            fks += t->cols[c].fk_table != NULL;
        if (fks >= 2)
            m |= (uint64_t)1 << i;
    }
    return m;
}

int tm_sides_kept(const struct schema *s, const struct tm_shape *sh, const struct question *q,
                  const unsigned char *pre, const struct tm_fill *f, char (*qw)[TM_WORD],
                  size_t n_qw)
{
    const struct tm_names *nm = names_of(s);
    if (!nm)
        return 0;
    uint64_t links = link_bits(s, sh);
    for (size_t k = 0; k < sh->n_slots; k++) {
        const struct tm_slot *sl = &sh->slots[k];
        char before[TM_NEAR_WORDS][TM_WORD];
        if (sl->kind != TM_VALUE)
            continue;
        size_t n = tm_words_before(q, pre, f->first[k], before, TM_NEAR_WORDS);
        for (size_t i = 0; i < sh->n_all_words; i++) {
            const char *w = sh->all_words[i];
            uint64_t m;
            enum word_class c = classify(nm, sh, w, &m);
            if (!tm_words_has(qw, n_qw, w) || c != W_USED || (m & ~links))
                continue;
            if (tm_words_has(sl->before, sl->n_before, w) != tm_words_has(before, n, w))
                return 0;
        }
    }
    return 1;
}

/* A cell's number: a number, or a text that is one whole number ('2010' in a text column). The
 * text extremes of such a column lie within its numeric range, so the range read is never wider
 * than the true one. */
static int cell_number(const struct db_cell *c, double *out)
{
    if (c->type == DB_INT || c->type == DB_REAL) {
        *out = c->d;
        return 1;
    }
    const char *p = c->s;
    if (c->type != DB_TEXT || !p)
        return 0;
    p += *p == '-';
    for (size_t i = 0, dot = 0; p[i]; i++) /* digits, one point: no "inf", "0x1f" nor blanks */
        if (!isdigit((unsigned char)p[i]) && !(p[i] == '.' && !dot++ && i > 0))
            return 0;
    char *end;
    *out = strtod(c->s, &end);
    return isdigit((unsigned char)*p) && *end == '\0';
}

/* The stored range of column (t, c), asked of the database. 1 and *lo, *hi; 0 when unknown. */
static int column_range(struct db *db, const struct schema *s, size_t t, size_t c, double *lo,
                        double *hi)
{
    const struct db_dialect *d = db_dialect_of(db);
    struct buf b = BUF_INIT;
    buf_puts(&b, "SELECT MIN(");
    db_dialect_put_ident(&b, d, s->tables[t].cols[c].name);
    buf_puts(&b, "), MAX(");
    db_dialect_put_ident(&b, d, s->tables[t].cols[c].name);
    buf_puts(&b, ") FROM ");
    db_dialect_put_ident(&b, d, s->tables[t].name);
    if (b.failed) {
        buf_free(&b);
        return 0;
    }
    struct db_limits lim = {.timeout_ms = 2000, .row_cap = 1};
    struct db_result r;
    struct db_error de;
    int ok = 0;
    if (db_exec(db, buf_cstr(&b), &lim, &r, &de) == 0) {
        if (r.n_rows == 1 && r.n_cols == 2) {
            const struct db_cell *a = db_cell_at(&r, 0, 0), *z = db_cell_at(&r, 0, 1);
            ok = cell_number(a, lo) && cell_number(z, hi);
            if (ok && *lo > *hi) { /* numbers kept as text compare as text */
                double x = *lo;
                *lo = *hi;
                *hi = x;
            }
        }
        db_result_free(&r);
    }
    buf_free(&b);
    return ok;
}

int tm_near_numbers(struct db *db, const struct schema *s, const struct tm_shape *sh,
                    const struct tm_fill *f)
{
    for (size_t k = 0; k < sh->n_slots; k++) {
        const struct tm_slot *sl = &sh->slots[k];
        double lo, hi;
        if (sl->kind != TM_NUMBER || !sl->compared || !f->value[k])
            continue;
        if (!db || !column_range(db, s, sl->table, sl->column, &lo, &hi))
            return 0;
        double v = atof(f->value[k]), span = hi - lo > 0 ? hi - lo : (lo < 0 ? -lo : lo);
        if (v < lo - span || v > hi + span)
            return 0;
    }
    return 1;
}
