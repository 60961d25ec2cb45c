/* nl linker: maps the words of a question to lexicon entries and to the schema — tables (by any
 * inflection of their name), columns ("unit price", or just the head word "price"), and stored
 * values from the value index ("North America", "cancelled", "french" -> 'France'). Longest match
 * wins; at equal length a function word beats a table, a table beats a column, a column beats a
 * value, and filler beats a value so that a stored "US" or "IN" never hijacks a preposition. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "schema/forms.h"
#include "semantic/semantic.h"
#include "util/question.h"

#include "util/banned.h"

int nl_find_table(const struct schema *s, const char *name)
{
    for (size_t i = 0; i < s->n_tables; i++)
        if (strcasecmp(s->tables[i].name, name) == 0)
            return (int)i;
    return -1;
}

int nl_find_column(const struct schema_table *t, const char *name)
{
    for (size_t i = 0; i < t->n_cols; i++)
        if (strcasecmp(t->cols[i].name, name) == 0)
            return (int)i;
    return -1;
}

/* The usual short forms of first/last/middle name: "fname", "LName" (l + name), "mname". */
static const char *const name_initials[][2] = {{"f", "first"}, {"l", "last"}, {"m", "middle"}};

static const char *name_initial(const char *letter)
{
    for (size_t k = 0; k < sizeof name_initials / sizeof name_initials[0]; k++)
        if (strcmp(letter, name_initials[k][0]) == 0)
            return name_initials[k][1];
    return NULL;
}

/* "unitPrice", "unit_price", "Unit Price" -> {unit, price}, each stemmed. */
static void split_name(const char *name, struct nl_name *out)
{
    char word[32];
    size_t wl = 0;
    memset(out, 0, sizeof *out);
    for (const char *p = name;; p++) {
        unsigned char c = (unsigned char)*p;
        /* any ASCII punctuation: "Official_ratings_(millions)" is official, ratings, millions */
        int boundary = c == '\0' || (c < 128 && !isalnum(c));
        int camel = !boundary && wl > 0 && isupper(c) &&
                    (islower((unsigned char)p[-1]) ||
                     (isupper((unsigned char)p[-1]) && islower((unsigned char)p[1])));
        if ((boundary || camel) && wl > 0) {
            word[wl] = '\0';
            char letter[2] = {word[0], '\0'};
            const char *full =
                wl == 5 && strcmp(word + 1, "name") == 0 ? name_initial(letter) : NULL;
            if (full && out->n + 1 < NL_NAME_WORDS) { /* "fname" */
                nl_stem(full, out->stem[out->n++], sizeof out->stem[0]);
                snprintf(word, sizeof word, "name");
            }
            /* "whse_nm", "hire_dt", "dept_cd": a two-letter last word says name, date, code
             * (other two-letter words, "st" in hq_st_cd, stay as written: a question's
             * "state" finds them through the abbreviation table, wherever they stand) */
            static const char *const kinds[] = {"name", "date", "code", "number"};
            const char *two = wl == 2 && out->n > 0 ? question_abbreviation(word) : NULL;
            if (two && NL_WORD_IN(two, kinds) && strlen(two) < sizeof word)
                snprintf(word, sizeof word, "%s", two);
            if (out->n < NL_NAME_WORDS)
                nl_stem(word, out->stem[out->n++], sizeof out->stem[0]);
            wl = 0;
        }
        if (c == '\0')
            break;
        if (!boundary && wl < sizeof word - 1)
            word[wl++] = (char)tolower(c);
    }
    /* "LName", "FName" split as l + name */
    const char *full =
        out->n == 2 && strcmp(out->stem[1], "name") == 0 ? name_initial(out->stem[0]) : NULL;
    if (full)
        nl_stem(full, out->stem[0], sizeof out->stem[0]);
}

/* The word a schema's short form stands for, from its stem too ("ctri", the stem of "ctry":
 * country), or NULL. */
static const char *abbreviation_alt(const char *a, size_t k)
{
    const char *full = question_abbreviation_alt(a, k);
    size_t n = strlen(a);
    if (!full && !question_abbreviation(a) && n >= 3 && n < 16 && a[n - 1] == 'i') {
        char y[16];
        memcpy(y, a, n);
        y[n - 1] = 'y';
        y[n] = '\0';
        full = question_abbreviation_alt(y, k);
    }
    return full;
}

static const char *abbreviation_of(const char *a)
{
    return abbreviation_alt(a, 0);
}

/* Does stem name one of the words short form a stands for ("cls": close or class)? */
static int abbreviates_stem(const char *a, const char *stem)
{
    for (size_t k = 0;; k++) {
        const char *full = abbreviation_alt(a, k);
        char fs[NL_WORD_MAX];
        if (!full)
            return 0;
        nl_stem(full, fs, sizeof fs);
        if (strcmp(fs, stem) == 0)
            return 1;
    }
}

static int cmp_stem(const void *a, const void *b)
{
    return strcmp(a, b);
}

/* The sorted set of name stems, so that "is this word part of any name?" is a binary search
 * rather than a walk over every table and column for every word of the question. */
static int collect_stems(struct nl_schema *ns)
{
    size_t cap = 0, n = 0;
    for (size_t t = 0; t < ns->s->n_tables; t++) {
        cap += ns->tables[t].n;
        for (size_t c = 0; c < ns->s->tables[t].n_cols; c++)
            cap += ns->cols[t][c].n;
    }
    ns->stems = calloc(cap ? cap : 1, sizeof *ns->stems);
    if (!ns->stems)
        return -1;
    for (size_t t = 0; t < ns->s->n_tables; t++) {
        for (size_t k = 0; k < ns->tables[t].n; k++)
            memcpy(ns->stems[n++], ns->tables[t].stem[k], sizeof ns->stems[0]);
        for (size_t c = 0; c < ns->s->tables[t].n_cols; c++)
            for (size_t k = 0; k < ns->cols[t][c].n; k++)
                memcpy(ns->stems[n++], ns->cols[t][c].stem[k], sizeof ns->stems[0]);
    }
    qsort(ns->stems, n, sizeof ns->stems[0], cmp_stem);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || strcmp(ns->stems[u - 1], ns->stems[i]) != 0)
            memmove(ns->stems[u++], ns->stems[i], sizeof ns->stems[0]);
    ns->n_stems = u;
    /* what the usual short forms stand for, stemmed once ("dept" -> "depart") */
    ns->expands = calloc(u ? u : 1, sizeof *ns->expands);
    if (!ns->expands)
        return -1;
    for (size_t i = 0; i < u; i++) {
        /* every meaning's stem, '|'-separated ("cls": "close|class"); a meaning that does not
         * fit is left out */
        size_t len = 0;
        for (size_t k = 0;; k++) {
            const char *full = abbreviation_alt(ns->stems[i], k);
            char fs[NL_WORD_MAX];
            if (!full)
                break;
            nl_stem(full, fs, sizeof fs);
            size_t fl = strlen(fs);
            if (len + (len > 0) + fl >= sizeof ns->expands[i])
                break;
            if (len > 0)
                ns->expands[i][len++] = '|';
            memcpy(ns->expands[i] + len, fs, fl + 1);
            len += fl;
        }
    }
    return 0;
}

/* Is stem one of the '|'-separated stems of expansions exp (ns->expands)? */
static int expansion_has(const char *exp, const char *stem)
{
    size_t sl = strlen(stem);
    while (*exp) {
        size_t el = strcspn(exp, "|");
        if (el == sl && strncmp(exp, stem, sl) == 0)
            return 1;
        exp += el + (exp[el] == '|');
    }
    return 0;
}

/* A table named for what it is part of ("org_unit", "work_loc") whose one-column key names
 * what each row is ("dept_cd", "loc_cd"): the key's words before its last ("code", "id") are
 * another name of the table, when they differ from its own. */
static void key_alias(struct nl_schema *ns, size_t t)
{
    static const char *const key_words[] = {"id", "code", "no", "number", "key"};
    const struct schema_table *tb = &ns->s->tables[t];
    const struct nl_name *tn = &ns->tables[t];
    int pk = -1, n_pk = 0;
    for (size_t c = 0; c < tb->n_cols; c++)
        if (tb->cols[c].pk) {
            pk = (int)c;
            n_pk++;
        }
    if (n_pk != 1 || tb->cols[pk].fk_table)
        return;
    const struct nl_name *kn = &ns->cols[t][pk];
    if (kn->n < 2)
        return;
    int keyed = 0;
    for (size_t k = 0; k < sizeof key_words / sizeof key_words[0]; k++)
        keyed |= strcmp(kn->stem[kn->n - 1], key_words[k]) == 0;
    int same = kn->n - 1 == tn->n;
    for (size_t k = 0; same && k < tn->n; k++)
        same = strcmp(kn->stem[k], tn->stem[k]) == 0;
    if (!keyed || same || (tn->n && strcmp(kn->stem[kn->n - 2], tn->stem[tn->n - 1]) == 0))
        return;
    struct nl_name *al = &ns->aliases[t];
    al->n = kn->n - 1;
    memcpy(al->stem, kn->stem, al->n * sizeof al->stem[0]);
}

static int value_filter_build(struct nl_schema *ns);
static int codes_build(struct nl_schema *ns);
static int squashed_build(struct nl_schema *ns);

/* The one-column primary key of table t, or -1. */
static int single_pk(const struct schema_table *tb)
{
    int pk = -1;
    for (size_t c = 0; c < tb->n_cols; c++)
        if (tb->cols[c].pk) {
            if (pk >= 0)
                return -1;
            pk = (int)c;
        }
    return pk;
}

/* Is name `col` the key name `key`, or `key` after a role ("mgr_emp_id" for emp_id,
 * "home_clin_cd" for clin_cd)? 1 for the same name, 2 for a role, 0 otherwise. */
static int names_key(const char *col, const char *key)
{
    size_t lc = strlen(col), lk = strlen(key);
    if (strcasecmp(col, key) == 0)
        return 1;
    return lc > lk + 1 && col[lc - lk - 1] == '_' && strcasecmp(col + lc - lk, key) == 0 ? 2 : 0;
}

/* An integer column named after another table, after a role word ("lylty_mbr.home_loc" for
 * loc, whose key is an integer): a key to that table's rows, when no other column of t is. */
static void role_table_key(struct nl_schema *ns, size_t t, size_t c)
{
    const struct schema *s = ns->s;
    const struct schema_column *col = &s->tables[t].cols[c];
    const char *us = strrchr(col->name, '_');
    if (!us || col->type != SCHEMA_TYPE_INTEGER || us == col->name)
        return;
    static const char *const counts[] = {"num", "n",   "no",  "nbr", "cnt", "count", "total", "tot",
                                         "qty", "avg", "max", "min", "sum", "pct",   "nb"};
    const struct nl_name *cn = &ns->cols[t][c];
    for (size_t k = 0; cn->n && k < sizeof counts / sizeof counts[0]; k++)
        if (strcmp(cn->stem[0], counts[k]) == 0)
            return; /* "num_orders" counts orders; it points at none */
    int found = -1;
    for (size_t u = 0; u < s->n_tables; u++) {
        int pk = u == t ? -1 : single_pk(&s->tables[u]);
        if (pk < 0 || s->tables[u].cols[pk].type != SCHEMA_TYPE_INTEGER ||
            strcasecmp(us + 1, s->tables[u].name) != 0)
            continue;
        if (found >= 0)
            return;
        found = (int)u;
    }
    for (size_t d = 0; found >= 0 && d < s->tables[t].n_cols; d++) {
        const struct schema_column *o = &s->tables[t].cols[d];
        if (d != c && ((o->fk_table && strcasecmp(o->fk_table, s->tables[found].name) == 0) ||
                       ns->fk_target[ns->col_base[t] + d] == found))
            return; /* a second way to the same table: which is meant is unsaid */
    }
    if (found >= 0) {
        ns->fk_target[ns->col_base[t] + c] = found;
        ns->fk_target_col[ns->col_base[t] + c] = single_pk(&s->tables[found]);
    }
}

/* "evt.evt_sts_cd" beside ref_ord_sts(sts_cd): the word before the key name is the column's
 * own table, so the code is of the table's own kind (an event's status), and a target whose
 * name does not say that kind (an order's status) is no match. 0 then, else 1. */
static int own_kind_key(const struct nl_schema *ns, size_t t, const char *col, const char *key,
                        size_t target)
{
    char role[64];
    size_t n = strlen(col) - strlen(key) - 1;
    if (n == 0 || n >= sizeof role)
        return 1;
    memcpy(role, col, n);
    role[n] = '\0';
    char stem[NL_WORD_MAX];
    nl_stem(role, stem, sizeof stem);
    const struct nl_name *own = &ns->tables[t], *tg = &ns->tables[target];
    const char *full = abbreviation_of(role);
    char fs[NL_WORD_MAX] = "";
    if (full)
        nl_stem(full, fs, sizeof fs);
    int is_own = 0, said = 0;
    for (size_t w = 0; w < own->n; w++) /* also "inv_status_cd" on table invoice */
        is_own |= strcmp(own->stem[w], stem) == 0 || (fs[0] && strcmp(own->stem[w], fs) == 0);
    for (size_t w = 0; w < tg->n; w++)
        said |= strcmp(tg->stem[w], stem) == 0 || (fs[0] && strcmp(tg->stem[w], fs) == 0);
    return !is_own || said;
}

/* Keys a schema uses without declaring them: a column named as exactly one other table's
 * one-column key ("sup_tkt.acct_id" and acct.acct_id), or that name after a role word
 * ("prov.home_clin_cd"), of the same kind of type, points at that table. A key name must say it
 * is a key (its last word id, cd, code, no, num, number or key) and have two words or more; a
 * role-named key counts only when it is the table's one such column to that target. Declared
 * keys always win. */
static void infer_keys(struct nl_schema *ns)
{
    static const char *const key_words[] = {"id", "code", "cd", "no", "num", "number", "key"};
    const struct schema *s = ns->s;
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct schema_column *col = &tb->cols[c];
            const struct nl_name *cn = &ns->cols[t][c];
            size_t fi = ns->col_base[t] + c;
            if (col->fk_table || ns->fk_target[fi] >= 0 || cn->n < 2 ||
                (col->pk && single_pk(tb) == (int)c))
                continue;
            int keyed = 0;
            for (size_t k = 0; k < sizeof key_words / sizeof key_words[0]; k++)
                keyed |= strcmp(cn->stem[cn->n - 1], key_words[k]) == 0;
            if (!keyed) {
                role_table_key(ns, t, c);
                continue;
            }
            int found = -1, found_col = -1, how = 0, many = 0;
            for (size_t u = 0; u < s->n_tables; u++) {
                int pk = u == t ? -1 : single_pk(&s->tables[u]);
                const struct schema_column *kc = pk >= 0 ? &s->tables[u].cols[pk] : NULL;
                int m = kc ? names_key(col->name, kc->name) : 0;
                if (!m || (kc->type == SCHEMA_TYPE_TEXT) != (col->type == SCHEMA_TYPE_TEXT))
                    continue;
                if (found >= 0)
                    many = 1;
                found = (int)u;
                found_col = pk;
                how = m;
            }
            if (found < 0 || many)
                continue;
            if (how == 2 && !own_kind_key(ns, t, col->name, s->tables[found].cols[found_col].name,
                                          (size_t)found))
                continue;
            if (how == 2) /* a second column to the same table: which role is meant is unsaid */
                for (size_t d = 0; d < tb->n_cols && found >= 0; d++) {
                    const struct schema_column *o = &tb->cols[d];
                    if (d != c &&
                        ((o->fk_table && strcasecmp(o->fk_table, s->tables[found].name) == 0) ||
                         names_key(o->name, s->tables[found].cols[found_col].name) == 2))
                        found = -1;
                }
            if (found >= 0) {
                ns->fk_target[fi] = found;
                ns->fk_target_col[fi] = found_col;
            }
        }
    }
}

int nl_schema_init(struct nl_schema *ns, const struct schema *s)
{
    size_t total = 0;
    memset(ns, 0, sizeof *ns);
    ns->s = s;
    for (size_t t = 0; t < s->n_tables; t++)
        total += s->tables[t].n_cols;
    ns->tables = calloc(s->n_tables ? s->n_tables : 1, sizeof *ns->tables);
    ns->aliases = calloc(s->n_tables ? s->n_tables : 1, sizeof *ns->aliases);
    ns->cols = calloc(s->n_tables ? s->n_tables : 1, sizeof *ns->cols);
    ns->col_base = calloc(s->n_tables ? s->n_tables : 1, sizeof *ns->col_base);
    ns->fk_target = calloc(total ? total : 1, sizeof *ns->fk_target);
    ns->fk_target_col = calloc(total ? total : 1, sizeof *ns->fk_target_col);
    if (!ns->tables || !ns->aliases || !ns->cols || !ns->col_base || !ns->fk_target ||
        !ns->fk_target_col)
        goto fail;
    size_t base = 0;
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        split_name(tb->name, &ns->tables[t]);
        /* "Ref_Template_Types", "tbl_orders", "dim_customer": the prefix says what kind of
         * table it is, the words after it what it holds */
        struct nl_name *tn = &ns->tables[t];
        static const char *const kind_prefix[] = {"ref", "tbl", "lkp", "lookup", "dim"};
        for (size_t k = 0; tn->n >= 2 && k < sizeof kind_prefix / sizeof kind_prefix[0]; k++)
            if (strcmp(tn->stem[0], kind_prefix[k]) == 0) {
                memmove(tn->stem[0], tn->stem[1], (tn->n - 1) * sizeof tn->stem[0]);
                tn->n--;
                break;
            }
        /* "cars_data", "orders_tbl": likewise a word that says it is a table */
        static const char *const kind_suffix[] = {"data", "tbl", "tabl", "info", "record"};
        for (size_t k = 0; tn->n >= 2 && k < sizeof kind_suffix / sizeof kind_suffix[0]; k++)
            if (strcmp(tn->stem[tn->n - 1], kind_suffix[k]) == 0) {
                tn->n--;
                break;
            }
        ns->cols[t] = calloc(tb->n_cols ? tb->n_cols : 1, sizeof *ns->cols[t]);
        if (!ns->cols[t])
            goto fail;
        ns->col_base[t] = base;
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct schema_column *col = &tb->cols[c];
            split_name(col->name, &ns->cols[t][c]);
            ns->fk_target[base + c] = -1;
            ns->fk_target_col[base + c] = -1;
            if (col->fk_table) {
                int ft = nl_find_table(s, col->fk_table);
                if (ft >= 0) {
                    int fc = col->fk_column ? nl_find_column(&s->tables[ft], col->fk_column) : -1;
                    for (size_t k = 0; fc < 0 && k < s->tables[ft].n_cols; k++)
                        if (s->tables[ft].cols[k].pk == 1)
                            fc = (int)k;
                    if (fc >= 0) {
                        ns->fk_target[base + c] = ft;
                        ns->fk_target_col[base + c] = fc;
                    }
                }
            }
        }
        key_alias(ns, t);
        base += tb->n_cols;
    }
    infer_keys(ns);
    if (collect_stems(ns) != 0 || value_filter_build(ns) != 0 || codes_build(ns) != 0 ||
        squashed_build(ns) != 0)
        goto fail;
    return 0;
fail:
    nl_schema_free(ns);
    return -1;
}

static int nl_schema_build(const struct schema *s, void **out)
{
    struct nl_schema *ns = malloc(sizeof *ns);
    int rc = -1;
    if (ns && (rc = nl_schema_init(ns, s)) == 0) {
        *out = ns;
        ns = NULL;
    }
    free(ns);
    return rc;
}

static void nl_schema_destroy(void *p)
{
    nl_schema_free(p);
    free(p);
}

const struct nl_schema *nl_schema_get(const struct schema *s)
{
    const void *ns = NULL;
    return schema_ext_get(s, nl_schema_build, nl_schema_destroy, &ns, NULL) == 0 ? ns : NULL;
}

void nl_schema_free(struct nl_schema *ns)
{
    if (ns->cols && ns->s)
        for (size_t t = 0; t < ns->s->n_tables; t++)
            free(ns->cols[t]);
    free(ns->cols);
    free(ns->tables);
    free(ns->aliases);
    free(ns->col_base);
    free(ns->fk_target);
    free(ns->fk_target_col);
    free(ns->stems);
    free(ns->expands);
    free(ns->value_bits);
    free(ns->codes);
    free(ns->squashed);
    memset(ns, 0, sizeof *ns);
}

/* ---- value index ---- */

/* FNV-1a of text with ASCII letters folded to lower case, as strcasecmp() compares in the C
 * locale: texts the index holds as equal hash alike. */
static uint64_t value_hash(const char *text)
{
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        unsigned char c = *p >= 'A' && *p <= 'Z' ? (unsigned char)(*p + ('a' - 'A')) : *p;
        h = (h ^ c) * 1099511628211ULL;
    }
    return h;
}

/* The codes of the value index: see struct nl_schema. */
static int codes_build(struct nl_schema *ns)
{
    const struct schema *s = ns->s;
    ns->codes = calloc(s->n_values ? s->n_values : 1, sizeof *ns->codes);
    if (!ns->codes)
        return -1;
    for (size_t i = 0; i < s->n_values; i++) {
        const struct schema_value *v = &s->values[i];
        const struct schema_column *col = &s->tables[v->table].cols[v->column];
        size_t n = strlen(v->value), caps = 0;
        while (caps < n && v->value[caps] >= 'A' && v->value[caps] <= 'Z')
            caps++;
        if (n >= 3 && n <= 5 && caps == n && col->n_distinct > 0 && col->n_distinct <= 64)
            ns->codes[ns->n_codes++] = i;
    }
    return 0;
}

/* The letters and digits of text in lower case into out; their count, or 0 when text has no
 * other character between two of them (nothing to squash) and need_parts is set, or when out
 * is too small. */
static size_t squash(const char *text, char *out, size_t cap, int need_parts)
{
    size_t n = 0;
    int parts = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (!isalnum(*p)) {
            parts |= n > 0 && isalnum(p[1]); /* inside the text: 'Aberdeen ' is no two parts */
            continue;
        }
        if (n + 1 >= cap)
            return 0;
        out[n++] = (char)tolower(*p);
    }
    out[n] = '\0';
    return need_parts && !parts ? 0 : n;
}

static int squashed_cmp(const void *a, const void *b)
{
    const struct nl_squashed *x = a, *y = b;
    return x->hash < y->hash ? -1 : x->hash > y->hash;
}

/* The letters and digits of value v (part 0), or of its part-th alternative between slashes
 * ('Hispanic/Latino': 1 Hispanic, 2 Latino), as squash() writes them; 0 when there is none. */
static size_t squash_part(const char *v, unsigned part, char *out, size_t cap)
{
    if (part == 0)
        return squash(v, out, cap, 1);
    const char *p = v;
    for (unsigned k = 1; k < part && p; k++)
        p = strchr(p, '/') ? strchr(p, '/') + 1 : NULL;
    if (!p || (part == 1 && !strchr(v, '/')))
        return 0;
    char seg[NL_WORD_MAX];
    size_t n = strcspn(p, "/");
    if (n >= sizeof seg)
        return 0;
    memcpy(seg, p, n);
    seg[n] = '\0';
    return squash(seg, out, cap, 0);
}

static int squashed_build(struct nl_schema *ns)
{
    const struct schema *s = ns->s;
    char sq[NL_WORD_MAX];
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < s->n_values; i++)
            for (unsigned part = 0; part <= 4; part++) {
                if (squash_part(s->values[i].value, part, sq, sizeof sq) < 4)
                    continue;
                if (pass)
                    ns->squashed[ns->n_squashed++] = (struct nl_squashed){value_hash(sq), i, part};
                else
                    n++;
            }
        if (!pass && !(ns->squashed = calloc(n ? n : 1, sizeof *ns->squashed)))
            return -1;
    }
    qsort(ns->squashed, ns->n_squashed, sizeof *ns->squashed, squashed_cmp);
    return 0;
}

/* "no-shows", "no shows", "walkins": the values written in parts whose letters the words of
 * toks[i..] say together (a plural's s dropped); the words taken in *len. */
static size_t squashed_cands(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                             size_t i, struct nl_cand *cand, size_t *len)
{
    char text[NL_WORD_MAX * 3], sq[NL_WORD_MAX * 3];
    for (size_t l = 3; l >= 1 && ns->n_squashed; l--) {
        if (i + l > n_toks)
            continue;
        size_t o = 0;
        int ok = 1;
        for (size_t k = i; k < i + l && ok; k++) {
            ok = toks[k].kind == NL_TOK_WORD && (k == i || !toks[k].after_comma);
            int w = ok ? snprintf(text + o, sizeof text - o, "%s", toks[k].word) : -1;
            ok = w >= 0 && (size_t)w < sizeof text - o;
            o += ok ? (size_t)w : 0;
        }
        size_t n = ok ? squash(text, sq, sizeof sq, 0) : 0;
        for (int plural = 0; n >= 4 && plural < 2; plural++) {
            if (plural && sq[n - 1] != 's')
                break;
            if (plural)
                sq[--n] = '\0';
            uint64_t h = value_hash(sq);
            size_t lo = 0, hi = ns->n_squashed, got = 0;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (ns->squashed[mid].hash < h)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (size_t k = lo;
                 k < ns->n_squashed && ns->squashed[k].hash == h && got < NL_MAX_CANDS; k++) {
                const struct schema_value *v = &ns->s->values[ns->squashed[k].value];
                char vs[NL_WORD_MAX * 3];
                if (squash_part(v->value, ns->squashed[k].part, vs, sizeof vs) != n ||
                    strcmp(vs, sq) != 0)
                    continue;
                int dup = 0;
                for (size_t j = 0; j < got; j++)
                    dup |= cand[j].table == (int)v->table && cand[j].col == (int)v->column;
                if (!dup)
                    cand[got++] = (struct nl_cand){(int)v->table, (int)v->column, v->value};
            }
            if (got) {
                *len = l;
                return got;
            }
        }
    }
    return 0;
}

/* The filter in front of the value index: about 16 bits per value (one in ten texts that are no
 * value pass it), from 1,024 to 2^24 bits. */
static int value_filter_build(struct nl_schema *ns)
{
    const struct schema *s = ns->s;
    uint64_t bits = 1024;
    while (bits < (uint64_t)s->n_values * 16 && bits < ((uint64_t)1 << 24))
        bits <<= 1;
    ns->value_bits = calloc((size_t)(bits / 64), sizeof *ns->value_bits);
    if (!ns->value_bits)
        return -1;
    ns->value_mask = bits - 1;
    for (size_t i = 0; i < s->n_values; i++) {
        uint64_t b = value_hash(s->values[i].value) & ns->value_mask;
        ns->value_bits[b / 64] |= (uint64_t)1 << (b % 64);
    }
    return 0;
}

/* The entries of the value index equal to text (case-insensitively), as schema_find_value(). */
static long value_range(const struct nl_schema *ns, const char *text, size_t *count)
{
    uint64_t b = value_hash(text) & ns->value_mask;
    *count = 0;
    if (!(ns->value_bits[b / 64] & ((uint64_t)1 << (b % 64))))
        return -1;
    return schema_find_value(ns->s, text, count);
}

static size_t add_value_cands(const struct nl_schema *ns, const char *text, struct nl_cand *cand,
                              size_t n)
{
    const struct schema *s = ns->s;
    size_t count;
    long first = value_range(ns, text, &count);
    for (size_t k = 0; first >= 0 && k < count && n < NL_MAX_CANDS; k++) {
        const struct schema_value *v = &s->values[(size_t)first + k];
        int dup = 0;
        for (size_t j = 0; j < n; j++)
            if (cand[j].table == (int)v->table && cand[j].col == (int)v->column)
                dup = 1;
        if (dup || v->table >= s->n_tables || v->column >= s->tables[v->table].n_cols)
            continue;
        cand[n].table = (int)v->table;
        cand[n].col = (int)v->column;
        cand[n].value = v->value;
        n++;
    }
    return n;
}

/* ---- matching ---- */

static int is_id_column(const struct nl_name *cn)
{
    return cn->n > 0 && strcmp(cn->stem[cn->n - 1], "id") == 0;
}

static int short_form(const char *a, const char *w);

/* The tokens from i say the n stems of a name. In a name of several words, a word may be the
 * short form of the question's ("account type" for lkp_acct_type beside service_accounts: the
 * schema writes the word out in one name and shortens it in another) when another word is the
 * same. */
static int tokens_match(const struct nl_token *toks, size_t n_toks, size_t i,
                        const char (*stems)[32], size_t n)
{
    if (n == 0 || i + n > n_toks)
        return 0;
    size_t same = 0, shortened = 0, long_short = 0;
    for (size_t k = 0; k < n; k++) {
        if (toks[i + k].kind != NL_TOK_WORD || (k > 0 && toks[i + k].after_comma))
            return 0; /* "singer name, song name": no name spans a comma */
        if (strcmp(toks[i + k].stem, stems[k]) == 0)
            /* a word that says what the name is ("on", "at", "id") is no evidence: "shipments
             * on Mondays" is not shipped_on */
            same += strlen(stems[k]) >= 3 || n < 2;
        else if (n < 2 || !short_form(stems[k], toks[i + k].word))
            return 0;
        else
            shortened++, long_short += strlen(stems[k]) >= 4;
    }
    /* "written premium" for wrtn_prem: every word shortened, each by four letters or more */
    return same > 0 || (n > 0 && shortened == 0) || (shortened == n && long_short == n);
}

/* The words of a two-word column name, or of "A_of_B", in the other order ("membership level"
 * for Level_of_membership, "year founded" for Founded_year): the tokens matched, or 0. */
static size_t tokens_swapped(const struct nl_token *toks, size_t n_toks, size_t i,
                             const struct nl_name *cn)
{
    const char(*a)[32] = NULL, (*b)[32] = NULL;
    if (cn->n == 2) {
        a = &cn->stem[0];
        b = &cn->stem[1];
    } else if (cn->n == 3 && strcmp(cn->stem[1], "of") == 0) {
        a = &cn->stem[0];
        b = &cn->stem[2];
    }
    if (!a || strcmp(*a, *b) == 0 || i + 2 > n_toks || toks[i].kind != NL_TOK_WORD ||
        toks[i + 1].kind != NL_TOK_WORD || toks[i + 1].after_comma ||
        strcmp(*b, "by") == 0) /* "by director" groups by Directed_by, never names it */
        return 0;
    /* "form of government" for GovernmentForm */
    if (cn->n == 2 && i + 3 <= n_toks && strcmp(toks[i + 1].word, "of") == 0 &&
        toks[i + 2].kind == NL_TOK_WORD && !toks[i + 2].after_comma &&
        strcmp(toks[i].stem, *b) == 0 && strcmp(toks[i + 2].stem, *a) == 0)
        return 3;
    return strcmp(toks[i].stem, *b) == 0 && strcmp(toks[i + 1].stem, *a) == 0 ? 2 : 0;
}

struct match {
    size_t len;
    int bonus; /* tie-break at equal length */
    enum nl_span_kind kind;
    int partial;
};

enum {
    BONUS_LEX = 70,
    BONUS_TABLE = 60,
    BONUS_COLUMN = 50,
    BONUS_TABLE_KEY = 45,
    BONUS_STOP = 40,
    BONUS_WEAK = 35,
    BONUS_VALUE = 30,
    BONUS_TABLE_PART = 20,
    BONUS_COLUMN_PART = 10,
};

static int better(const struct match *a, const struct match *b)
{
    return a->len * 100 + (size_t)a->bonus > b->len * 100 + (size_t)b->bonus;
}

/* A last word of a column's name that only says its unit: "Viewers_m", "height_cm",
 * "total_usd", "Net_Worth_Millions". */
static int unit_word(const char *stem)
{
    static const char *const units[] = {"m",   "k",   "million", "thousand", "bn",  "usd",
                                        "eur", "gbp", "cent",    "pct",      "kg",  "km",
                                        "cm",  "mm",  "lb",      "ft",       "sec", "min"};
    return NL_WORD_IN(stem, units);
}

/* A last word of a date column's name that only says it is one: hired_on, created_at. Alone it
 * names nothing ("what did we spend on ..."). */
static int date_suffix(const char *stem)
{
    return strcmp(stem, "on") == 0 || strcmp(stem, "at") == 0;
}

/* A last word of a column's name that says only that it counts or numbers what the word before
 * names: Version_Number, ticket_count. */
static int counting_word(const char *stem)
{
    static const char *const stems[] = {"number", "count", "cnt", "qti", "num"}; /* qty: "qti" */
    return NL_WORD_IN(stem, stems);
}

/* A noun that says a quantity of things: "units", "quantity", "pieces". */
static int quantity_noun(const char *stem)
{
    static const char *const nouns[] = {"unit", "units", "quantiti", "quantity",
                                        "qti",  "qty",   "piec",     "pieces"};
    return NL_WORD_IN(stem, nouns);
}

/* Does the column's name, with a leading copy of its table's name dropped ("order_date" in
 * orders -> "date"), match tokens at i? Returns the tokens matched. */
static size_t column_match(const struct nl_schema *ns, size_t t, size_t c,
                           const struct nl_token *toks, size_t n_toks, size_t i, int *partial)
{
    const struct nl_name *cn = &ns->cols[t][c];
    const struct nl_name *tn = &ns->tables[t];
    *partial = 0;
    if (tokens_match(toks, n_toks, i, cn->stem, cn->n))
        return cn->n;
    /* "viewers" for Viewers_m, "net worth" for Net_Worth_Millions: the name without its unit */
    if (cn->n >= 2 && unit_word(cn->stem[cn->n - 1]) &&
        tokens_match(toks, n_toks, i, cn->stem, cn->n - 1))
        return cn->n - 1;
    /* "units shipped" for qty_shp, "quantity ordered" for qty_ord: a quantity's noun, then the
     * word its name's second word shortens */
    static const char *const qty_first[] = {"qti", "quantiti", "qty"};
    if (cn->n == 2 && NL_WORD_IN(cn->stem[0], qty_first) && i + 2 <= n_toks &&
        toks[i].kind == NL_TOK_WORD && toks[i + 1].kind == NL_TOK_WORD &&
        !toks[i + 1].after_comma && quantity_noun(toks[i].stem) && strlen(cn->stem[1]) >= 3 &&
        (strcmp(toks[i + 1].stem, cn->stem[1]) == 0 || short_form(cn->stem[1], toks[i + 1].word)))
        return 2;
    /* "written premium" for wrtn_prem_amt: the name without the word that says it is an amount */
    static const char *const amount_end[] = {"amt", "amount"};
    if (cn->n >= 3 && NL_WORD_IN(cn->stem[cn->n - 1], amount_end) &&
        tokens_match(toks, n_toks, i, cn->stem, cn->n - 1))
        return cn->n - 1;
    if (cn->n >= 2 && tn->n >= 1 && strcmp(cn->stem[0], tn->stem[tn->n - 1]) == 0 &&
        !(cn->n == 2 && date_suffix(cn->stem[1])) &&
        tokens_match(toks, n_toks, i, cn->stem + 1, cn->n - 1))
        return cn->n - 1; /* not "on" alone for visit_on in visits */
    /* "Template_Type_Code" in (Ref_)Template_Types: the leading words of the table's name */
    for (size_t k = 1; k < cn->n && k <= tn->n; k++) {
        size_t w = 0;
        while (w < k && strcmp(cn->stem[w], tn->stem[w]) == 0)
            w++;
        if (w == k && !(cn->n - k == 1 && is_id_column(cn)) && /* "id" alone is everywhere */
            !(cn->n - k == 1 && date_suffix(cn->stem[k])) &&
            tokens_match(toks, n_toks, i, cn->stem + k, cn->n - k))
            return cn->n - k;
    }
    size_t swapped = is_id_column(cn) ? 0 : tokens_swapped(toks, n_toks, i, cn);
    if (swapped) {
        *partial = 1; /* a column named in the written order wins */
        return swapped;
    }
    /* "cost_of_treatment" in treatments: a trailing copy of the table's name (and its "of") */
    if (cn->n >= 2 && tn->n >= 1 && strcmp(cn->stem[cn->n - 1], tn->stem[tn->n - 1]) == 0) {
        size_t keep = cn->n - 1;
        if (keep >= 2 && strcmp(cn->stem[keep - 1], "of") == 0)
            keep--;
        if (tokens_match(toks, n_toks, i, cn->stem, keep)) {
            *partial = 1; /* "date" alone is no sure sign of date_of_treatment elsewhere */
            return keep;
        }
    }
    /* "Directed_by": "who directed it" names the column, and so does "the director" */
    if (cn->n == 2 && strcmp(cn->stem[1], "by") == 0 && i < n_toks && toks[i].kind == NL_TOK_WORD) {
        size_t sl = strlen(cn->stem[0]);
        if (strcmp(toks[i].stem, cn->stem[0]) == 0)
            return 1;
        if (sl >= 4 && strncmp(toks[i].stem, cn->stem[0], sl) == 0 &&
            (strcmp(toks[i].stem + sl, "or") == 0 || strcmp(toks[i].stem + sl, "er") == 0)) {
            *partial = 1;
            return 1;
        }
    }
    if (cn->n >= 2 && !is_id_column(cn) && !date_suffix(cn->stem[cn->n - 1]) &&
        tokens_match(toks, n_toks, i, cn->stem + cn->n - 1, 1)) {
        /* "price" for unit_price; not "on" for hired_on, "at" for created_at */
        *partial = 1;
        return 1;
    }
    /* "salary" for base_sal_usd, "spend" for mkt_spend_cents: the last word before a unit */
    if (cn->n >= 3 && unit_word(cn->stem[cn->n - 1]) && !is_id_column(cn) &&
        tokens_match(toks, n_toks, i, cn->stem + cn->n - 2, 1)) {
        *partial = 1;
        return 1;
    }
    /* "version" for Version_Number, "ticket" for ticket_count: the word before a last word
     * that only says the column counts something */
    /* "sal_amt", "tier_cd": a word that only says the column holds an amount or a code */
    static const char *const amounts[] = {"amt", "amount", "val", "valu", "code"};
    /* "premium" for ann_prem_amt: the word before a last word that only says it is an amount */
    if (cn->n >= 3 && NL_WORD_IN(cn->stem[cn->n - 1], amounts) && !is_id_column(cn) &&
        strcmp(cn->stem[cn->n - 1], "code") != 0 &&
        tokens_match(toks, n_toks, i, cn->stem + cn->n - 2, 1)) {
        *partial = 1;
        return 1;
    }
    if (cn->n == 2 && (counting_word(cn->stem[1]) || NL_WORD_IN(cn->stem[1], amounts)) &&
        tokens_match(toks, n_toks, i, cn->stem, 1)) {
        *partial = 1;
        return 1;
    }
    /* "comm_amt_usd": the same before a unit ("commission"); not a participle ("per settled
     * claim" beside settled_amt_cents says which claims) */
    size_t wl = i < n_toks ? strlen(toks[i].word) : 0;
    if (cn->n == 3 && unit_word(cn->stem[2]) && NL_WORD_IN(cn->stem[1], amounts) &&
        !(wl > 4 && strcmp(toks[i].word + wl - 2, "ed") == 0) &&
        tokens_match(toks, n_toks, i, cn->stem, 1)) {
        *partial = 1;
        return 1;
    }
    return 0;
}

/* Does any table or column name contain this stem as one of its words? */
int nl_stem_in_schema(const struct nl_schema *ns, const char *stem)
{
    char key[sizeof ns->stems[0]];
    size_t len = strlen(stem);
    if (len >= sizeof key)
        return 0; /* names keep shorter stems: none can be equal */
    memcpy(key, stem, len + 1);
    return bsearch(key, ns->stems, ns->n_stems, sizeof ns->stems[0], cmp_stem) != NULL;
}

/* Joins the lowercase words of tokens i..i+len-1 with single spaces. 0 when it has no word. */
static int phrase_text(const struct nl_token *toks, size_t i, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    int words = 0;
    for (size_t k = i; k < i + len; k++) {
        size_t wl = strlen(toks[k].word);
        if (toks[k].kind == NL_TOK_QUOTED)
            return 0;
        if (toks[k].kind == NL_TOK_WORD)
            words++;
        if (o + wl + 2 > cap)
            return 0;
        if (k > i)
            out[o++] = ' ';
        memcpy(out + o, toks[k].word, wl);
        o += wl;
    }
    out[o] = '\0';
    return words > 0;
}

static const char *schema_short_form(const struct nl_schema *ns, const char *word,
                                     const char *stem);

/* Some table's name ends in this stem (the noun it is named for): cust, ord_ln's "ln". */
static int names_table_head(const struct nl_schema *ns, const char *stem)
{
    for (size_t t = 0; stem && t < ns->s->n_tables; t++)
        if (ns->tables[t].n && strcmp(ns->tables[t].stem[ns->tables[t].n - 1], stem) == 0)
            return 1;
    return 0;
}

/* Some table's whole name is the one word stem ("pol"; not mnt_req for "req"). */
static int names_whole_table(const struct nl_schema *ns, const char *stem)
{
    for (size_t t = 0; t < ns->s->n_tables; t++)
        if (ns->tables[t].n == 1 && strcmp(ns->tables[t].stem[0], stem) == 0)
            return 1;
    return 0;
}

/* Some date column's name has the word stem: emp.term_on for "term". */
static int dates_named(const struct nl_schema *ns, const char *stem)
{
    for (size_t t = 0; t < ns->s->n_tables; t++)
        for (size_t c = 0; c < ns->s->tables[t].n_cols; c++)
            for (size_t k = 0;
                 ns->s->tables[t].cols[c].type == SCHEMA_TYPE_DATE && k < ns->cols[t][c].n; k++)
                if (strcmp(ns->cols[t][c].stem[k], stem) == 0)
                    return 1;
    return 0;
}

/* A short form that keeps the holder ("plcyhldr", "policy_holder"): the holders themselves */
static int holder_form(const char *sf)
{
    size_t n = sf ? strlen(sf) : 0;
    return (n > 4 && strcmp(sf + n - 4, "hldr") == 0) ||
           (n > 6 && strcmp(sf + n - 6, "holder") == 0);
}

/* Synonyms only for words the schema does not use itself ("client" when there is no client
 * table, but never "cost" when a column says cost). The synonym may be in the schema as a short
 * form: "staff" is an employee, and an employee is the table emp. */
static void apply_synonyms(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    for (size_t i = 0; i < n_toks; i++) {
        struct nl_token *t = &toks[i];
        size_t wn = strlen(t->word);
        /* "policyholders" over plcy: the short form names what is held, not who holds it */
        int holder = (wn > 7 && strcmp(t->word + wn - 6, "holder") == 0) ||
                     (wn > 8 && strcmp(t->word + wn - 7, "holders") == 0);
        const char *sf = t->kind == NL_TOK_WORD ? schema_short_form(ns, t->word, t->stem) : NULL;
        if (t->kind != NL_TOK_WORD || nl_stem_in_schema(ns, t->stem) ||
            ((!holder || holder_form(sf)) && names_table_head(ns, sf)))
            continue; /* "customers" with a table cust is that table, not a synonym's (but
                       * cust_seg holds segments: there customers may be accounts) */
        static const char *const still[] = {"is",    "are",    "was",    "were",
                                            "still", "remain", "remains"};
        if (strcmp(t->word, "left") == 0 &&
            ((i > 0 && NL_WORD_IN(toks[i - 1].word, still)) ||
             (i + 1 < n_toks && strcmp(toks[i + 1].word, "over") == 0)))
            continue; /* "how many days are left": what remains, nobody leaving */
        const char *syn = question_synonym(t->word, QUESTION_SYN_TIER0);
        int dated = (question_synonym_flags(t->word) & QUESTION_SYN_DATE) != 0;
        if (dated && strncmp(t->word, "departure", 9) == 0 && nl_stem_in_schema(ns, "dep"))
            continue; /* an airline's departures (sched_dep_utc), no crew that left */
        while (syn && *syn) {
            char word[NL_WORD_MAX], stem[NL_WORD_MAX];
            size_t wl = strcspn(syn, "|");
            snprintf(word, sizeof word, "%.*s", (int)(wl < sizeof word ? wl : sizeof word - 1),
                     syn);
            syn += wl + (syn[wl] == '|');
            nl_stem(word, stem, sizeof stem);
            const char *as = nl_stem_in_schema(ns, stem) ? stem : schema_short_form(ns, word, stem);
            if (as && (!dated || dates_named(ns, as))) {
                snprintf(t->stem, sizeof t->stem, "%s", as);
                t->synonym = 1;
                break;
            }
        }
    }
}

/* Removes tokens [at, at + len) of n_toks; returns the new count. */
static size_t drop_tokens(struct nl_token *toks, size_t n_toks, size_t at, size_t len)
{
    memmove(&toks[at], &toks[at + len], (n_toks - at - len) * sizeof *toks);
    return n_toks - len;
}

/* The word a state is stored as for a question word: a customer who churned is one whose
 * subscription was cancelled ('CANC', 'CXL'). */
static const char *state_word(const char *word)
{
    return strncmp(word, "churn", 5) == 0 ? "cancelled" : word;
}

/* "employees who left the company in 2023": after a word read as leaving, the employer it
 * names is the asker's own, no table. Returns the new token count. */
static size_t drop_employer(struct nl_token *toks, size_t n_toks)
{
    static const char *const employer[] = {"company",      "firm",     "organization",
                                           "organisation", "business", "org"};
    for (size_t i = 0; i + 1 < n_toks; i++) {
        if (!toks[i].synonym || !(question_synonym_flags(toks[i].word) & QUESTION_SYN_DATE))
            continue;
        size_t at = i + 1, len = 0;
        if (strcmp(toks[at].word, "us") == 0)
            len = 1;
        else if (at + 1 < n_toks && strcmp(toks[at].word, "the") == 0 &&
                 NL_WORD_IN(toks[at + 1].word, employer))
            len = 2;
        if (!len)
            continue;
        n_toks = drop_tokens(toks, n_toks, at, len);
    }
    return n_toks;
}

/* "products that cost more than $1,000": the verb is what a buyer pays, the price, even where a
 * cost column (what the seller pays) exists; "cost us more" keeps the cost. */
static void apply_cost_verb(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    static const char *const cmp_words[] = {"more",  "less",  "over",    "under",
                                            "above", "below", "between", "at"};
    if (!nl_stem_in_schema(ns, "price"))
        return;
    for (size_t i = 1; i + 1 < n_toks; i++) {
        struct nl_token *t = &toks[i];
        if (t->kind != NL_TOK_WORD ||
            (strcmp(t->word, "cost") != 0 && strcmp(t->word, "costs") != 0))
            continue;
        int cmp = 0, after_table = 0;
        for (size_t k = 0; k < sizeof cmp_words / sizeof cmp_words[0]; k++)
            cmp |= strcmp(toks[i + 1].word, cmp_words[k]) == 0;
        /* the verb follows the rows ("products cost"), not a noun ("shipping cost above"),
         * and those rows have a price of their own (not an order's lines' prices) */
        for (size_t tb = 0; cmp && tb < ns->s->n_tables && !after_table; tb++) {
            const struct nl_name *tn = &ns->tables[tb];
            if (!tn->n || strcmp(toks[i - 1].stem, tn->stem[tn->n - 1]) != 0)
                continue;
            for (size_t c = 0; c < ns->s->tables[tb].n_cols && !after_table; c++)
                for (size_t k = 0; k < ns->cols[tb][c].n; k++)
                    after_table |= strcmp(ns->cols[tb][c].stem[k], "price") == 0;
        }
        if (cmp && after_table) {
            snprintf(t->stem, sizeof t->stem, "price");
            t->synonym = 1;
        }
    }
}

/* ---- misspelled words ---- */

/* a and b differ by one slip of the keyboard: a letter added or dropped, or two neighbours
 * swapped. A letter changed is left out: it too often makes another real word ("owned",
 * "owner"). */
static int one_edit(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i = 0;
    if (la > lb)
        return one_edit(b, a);
    if (lb - la > 1)
        return 0;
    while (i < la && a[i] == b[i])
        i++;
    if (i == la)
        return lb == la + 1; /* b has one letter more at its end (equal words are no edit) */
    if (la == lb)
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               strcmp(a + i + 2, b + i + 2) == 0; /* two swapped */
    return strcmp(a + i, b + i + 1) == 0;         /* b has one letter more here */
}

/* The lowercase words of a table's or column's name ("OrderItems", "unit_price") one edit from
 * w with w's first letter, into *found (one word); returns how many different ones (a word and
 * its plural are one). */
static int near_name_words(const char *name, const char *w, char *found, size_t cap, int n)
{
    char fs[NL_WORD_MAX], ws[NL_WORD_MAX];
    char word[NL_WORD_MAX];
    size_t len = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || !isalpha((unsigned char)*p) ||
                       (len > 0 && isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
        if (boundary && len) {
            word[len] = '\0';
            /* a word that only adds or drops an ending is another word ("weigh", "weight"),
             * unless it is long ("departmens"); a plural is compared by its stem
             * ("conductrs" for conductor, "contries" for country) */
            char wst[NL_WORD_MAX], nst[NL_WORD_MAX];
            nl_stem(w, wst, sizeof wst);
            nl_stem(word, nst, sizeof nst);
            int ending = strncmp(word, w, len < strlen(w) ? len : strlen(w)) == 0 && len < 8;
            size_t wl = strlen(w);
            int near =
                one_edit(word, w) ||
                (wl > 5 && w[wl - 1] == 's' && strlen(wst) >= 5 && strcmp(wst, nst) != 0 &&
                 one_edit(nst, wst) && /* a plural only: "pledged" is no "pldg" */
                 strncmp(nst, wst, strlen(nst) < strlen(wst) ? strlen(nst) : strlen(wst)) != 0);
            if (len >= 4 && word[0] == w[0] && near && !ending) {
                nl_stem(word, ws, sizeof ws);
                nl_stem(found, fs, sizeof fs);
                if (!*found || strcmp(ws, fs) != 0) {
                    n++;
                    snprintf(found, cap, "%s", word);
                }
            }
            len = 0;
        }
        if (!*p)
            return n;
        if (isalpha((unsigned char)*p) && len + 1 < sizeof word)
            word[len++] = (char)tolower((unsigned char)*p);
    }
}

/* "custmers", "prodcuts", "regoin": a word of five letters or more that names nothing (no
 * schema word, lexicon word, synonym or stored value) is read as the one word of a table's or
 * column's name it misspells by one slip, first letter kept ("borders" is no "orders"). The word
 * as written stays in typo for the explanation. */
/* Token i is a stored value, alone or with a word beside it ("Sky Radio"). */
static int in_value(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                    size_t i)
{
    char two[2 * NL_WORD_MAX + 1];
    size_t count;
    if (value_range(ns, toks[i].word, &count) >= 0)
        return 1;
    for (size_t a = i > 0 ? i - 1 : i; a <= i && a + 1 < n_toks; a++) {
        snprintf(two, sizeof two, "%s %s", toks[a].word, toks[a + 1].word);
        if (value_range(ns, two, &count) >= 0)
            return 1;
    }
    return 0;
}

static void apply_spelling(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    const struct schema *s = ns->s;
    for (size_t i = 0; i < n_toks; i++) {
        struct nl_token *t = &toks[i];
        size_t lex_len;
        if (t->kind != NL_TOK_WORD || t->upper || t->synonym || strlen(t->word) < 5 ||
            nl_stem_in_schema(ns, t->stem) || nl_lex_match(toks, n_toks, i, &lex_len) ||
            in_value(ns, toks, n_toks, i))
            continue;
        char found[NL_WORD_MAX] = "";
        int n = 0;
        for (size_t tb = 0; tb < s->n_tables && n < 2; tb++) {
            n = near_name_words(s->tables[tb].name, t->word, found, sizeof found, n);
            for (size_t c = 0; c < s->tables[tb].n_cols && n < 2; c++)
                n = near_name_words(s->tables[tb].cols[c].name, t->word, found, sizeof found, n);
        }
        const struct semantic *layers[2] = {s->semantic, t0_semantic_drafted(s)};
        for (int l = 0; l < 2 && n < 2; l++)
            for (size_t m = 0; layers[l] && m < layers[l]->n_metrics && n < 2; m++) {
                /* "revnue", "proft": a word of a metric's name or synonyms */
                const struct semantic_metric *mt = &layers[l]->metrics[m];
                n = near_name_words(mt->name, t->word, found, sizeof found, n);
                for (size_t k = 0; k < mt->synonyms.n && n < 2; k++)
                    n = near_name_words(mt->synonyms.items[k], t->word, found, sizeof found, n);
            }
        if (n != 1)
            continue; /* none, or two words as near: not a guess to make */
        snprintf(t->typo, sizeof t->typo, "%s", t->word);
        snprintf(t->word, sizeof t->word, "%s", found);
        nl_stem(t->word, t->stem, sizeof t->stem);
    }
}

/* ---- short forms in names ---- */

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Is the name word stem a (a schema's "whse", "shpmt", "emp", "nm") a short form of the question
 * word w ("warehouses", "shipment", "employees", "name")? The first letter is w's and a's
 * letters come in w's order; a is also w's first letters (4 or more) or w's consonants (a stem
 * may end in i where the word has y: "ctry" -> "ctri"). A whole English word ("rank") is thus
 * only read as a word it begins ("ranking"), never as one it hides in ("age" in "assigned"). */
/* "plcyhldr" for "policyholders": a compound's two words each shortened (or one written out),
 * run together as the word runs them together */
static int compound_short_form(const char *a, const char *w)
{
    size_t la = strlen(a), lw = strlen(w);
    char a1[NL_WORD_MAX], w1[NL_WORD_MAX];
    if (la < 7 || la >= sizeof a1 || lw >= sizeof w1)
        return 0;
    for (size_t i = 3; i + 3 <= la; i++)
        for (size_t j = i; j + 4 <= lw; j++) {
            memcpy(a1, a, i);
            a1[i] = '\0';
            memcpy(w1, w, j);
            w1[j] = '\0';
            /* the second word whole ("holders"), or its plural's s left out of the short form */
            const char *a2 = a + i, *w2 = w + j;
            if ((strcmp(a1, w1) == 0 || short_form(a1, w1)) &&
                (strcmp(a2, w2) == 0 || short_form(a2, w2)) &&
                !(strcmp(a1, w1) == 0 && strcmp(a2, w2) == 0))
                return 1;
        }
    return 0;
}

static int short_form(const char *a, const char *w)
{
    size_t la = strlen(a), lw = strlen(w);
    if (la > 6 && lw > la)
        return compound_short_form(a, w);
    if (la < 2 || la > 6 || lw < la + 2)
        return 0;
    /* a known abbreviation stands for its own word only: "ctry" is country, never "category"
     * (whose letters it also follows); and for it even from another letter ("rx" for
     * prescriptions, "tel" for phone) */
    if (abbreviation_of(a)) {
        char ws[NL_WORD_MAX];
        nl_stem(w, ws, sizeof ws);
        return abbreviates_stem(a, ws);
    }
    if (a[0] != w[0])
        return 0;
    /* a word that is a particle begins compounds, not short forms: over_mins is no "overdue",
     * under_cnt no "underpaid"; and curr_cd (a currency) is no "current" */
    static const char *const particles[] = {"over", "under", "back", "down", "upper"};
    if (NL_WORD_IN(a, particles) || (strcmp(a, "curr") == 0 && strncmp(w, "current", 7) == 0))
        return 0;
    if (la >= 4 && strncmp(a, w, la) == 0)
        return 1; /* three letters ("cat", "car", "age") are too often a word: the table says */
    size_t consonants = 0;
    for (size_t k = 1; k < la; k++) {
        if (k == 1 && la >= 5 && vowel(a[1]) && a[1] == w[1])
            continue; /* "suplr" for suppliers: the word's first two letters, then consonants */
        if (vowel(a[k]) && !(k == la - 1 && a[k] == 'e') && !(k == la - 1 && a[k] == 'i'))
            return 0; /* not a consonant skeleton ("dept") */
        consonants += !vowel(a[k]);
    }
    if (consonants < 2 && la == 3 && a[2] == 'e' && strstr(w, a + 1))
        consonants = 2; /* "lse" for leases: its consonant and the e after it, as written */
    if (consonants < 2 && la > 2)
        return 0; /* "age" is a word, not the skeleton of "assigned" */
    if (la == 2)
        return 0; /* two letters fit too many words ("rt" in "report", "st" in "segment"): the
                   * abbreviation table says what "wt", "st", "nm" and "dt" stand for */
    size_t j = 1;
    for (size_t k = 1; k < la; k++) {
        char want = a[k];
        size_t skipped = 0; /* consonants passed over before the short form's second letter */
        while (j < lw && w[j] != want && !(want == 'i' && k == la - 1 && w[j] == 'y')) {
            skipped += k == 1 && !vowel(w[j]);
            j++;
        }
        if (j == lw || skipped > 1)
            return 0; /* "scr" (a score) is no short form of "subscriptions": s, b, s, c */
        j++;
    }
    if (la == 3 && j > 8)
        return 0; /* three letters take the start of a word: "rsn" (a reason) is no short form
                   * of "requisitions" (its n is the 11th letter); "fwd", "spt", "pmt" stay */
    if (a[la - 1] == 's' && j == lw && lw >= 8) {
        /* in a long word the plural's s is no letter of the short form: "sts" (a status)
         * hides in "subcategories" only through it ("pts" for points keeps it) */
        char ws[NL_WORD_MAX];
        nl_stem(w, ws, sizeof ws);
        size_t sl = strlen(ws);
        if (!sl || ws[sl - 1] != 's')
            return 0;
    }
    return 1;
}

/* Where in w the letters of its short form a end, each found as early as it can be. */
static size_t letters_reach(const char *a, const char *w)
{
    size_t j = 0;
    for (size_t k = 1; a[k] && w[j]; k++)
        for (j++; w[j] && w[j] != a[k]; j++)
            ;
    return j;
}

int nl_short_form(const char *a, const char *w)
{
    return short_form(a, w);
}

/* A question word no name uses, that a name's short form stands for ("employees" with a table
 * emp, "warehouse" with whse, "department" with dept_cd), is read as that short form, as a
 * synonym. The longest short form wins; two as long are no reading. Filler and cue words
 * ("average", "total") keep their sense. */
/* The name stem that is the short form of a word (with its stem): the longest; NULL when none,
 * or two as long. */
static const char *schema_short_form(const struct nl_schema *ns, const char *word, const char *stem)
{
    const char *best = NULL;
    size_t best_len = 0, best_reach = 0;
    int tie = 0, best_table = 0;
    for (size_t k = 0; k < ns->n_stems; k++) {
        const char *a = ns->stems[k];
        /* "policies" for a table pol: three letters that begin a long word are its short form
         * when they are a table's whole name (not "cat" of another word in a column) */
        int table_prefix = strlen(a) == 3 && strlen(word) >= 6 && strncmp(a, word, 3) == 0 &&
                           names_whole_table(ns, a);
        /* "bills" for a table bl: two letters, the word's first and its next consonant, as a
         * table's whole name (never a word of a column: "st", "nm" keep the table of
         * abbreviations) */
        table_prefix |=
            strlen(word) >= 4 && nl_two_letter_form(a, word) && names_whole_table(ns, a);
        if (ns->expands[k][0] ? !expansion_has(ns->expands[k], stem)
                              : !(short_form(a, word) || table_prefix))
            continue;
        if (ns->expands[k][0])
            return a; /* the usual short form of the word ("rx" for prescriptions) beats the
                       * letters of another name that happen to begin it (prescr_stf_id) */
        size_t la = strlen(a), reach = letters_reach(a, word);
        /* of two as long, a table's name ("offices": ofc, not off_mkt_on's "off"); of two
         * tables' names, the one whose letters end sooner in the word ("reservations": rsv,
         * not adj_rsn's rsn) */
        int table = names_table_head(ns, a);
        if (la > best_len) {
            best = a;
            best_len = la;
            best_table = table;
            best_reach = reach;
            tie = 0;
        } else if (la == best_len && table && !best_table) {
            best = a;
            best_table = 1;
            best_reach = reach;
            tie = 0;
        } else if (la == best_len && table == best_table && reach < best_reach) {
            best = a;
            best_reach = reach;
            tie = 0;
        } else if (la == best_len && table == best_table && reach == best_reach) {
            tie = 1;
        }
    }
    return tie ? NULL : best;
}

int nl_row_kind(const char *stem)
{
    static const char *const header[] = {"hdr", "header", "head", "mst", "mstr", "master"};
    static const char *const lines[] = {"line", "ln", "dtl", "detail"};
    return NL_WORD_IN(stem, header) ? 1 : NL_WORD_IN(stem, lines) ? 2 : 0;
}

int nl_two_letter_form(const char *a, const char *w)
{
    const char *c = w + 1;
    if (strlen(a) != 2 || a[0] != w[0])
        return 0;
    while (*c && vowel(*c))
        c++;
    return *c && *c == a[1];
}

/* A table named by two letters, the word's first and its next consonant ("bl" for bills) */
static const char *two_letter_table(const struct nl_schema *ns, const char *word)
{
    for (size_t t = 0; t < ns->s->n_tables; t++)
        if (ns->tables[t].n == 1 && nl_two_letter_form(ns->tables[t].stem[0], word))
            return ns->tables[t].stem[0];
    return NULL;
}

/* Some column's whole name is the one word stem ("language" of lang). */
static int names_whole_column(const struct nl_schema *ns, const char *stem)
{
    for (size_t t = 0; t < ns->s->n_tables; t++)
        for (size_t c = 0; c < ns->s->tables[t].n_cols; c++)
            if (ns->cols[t][c].n == 1 && strcmp(ns->cols[t][c].stem[0], stem) == 0)
                return 1;
    return 0;
}

/* The one table whose whole name is a short form of the word ("gft" for gifts, "dnr" for
 * donors), three letters or more; NULL when none or two. */
static const char *short_table(const struct nl_schema *ns, const char *word)
{
    const char *found = NULL;
    for (size_t t = 0; t < ns->s->n_tables; t++) {
        const char *a = ns->tables[t].stem[0];
        if (ns->tables[t].n != 1 || strlen(a) < 3 || !short_form(a, word))
            continue;
        if (found && strcmp(found, a) != 0)
            return NULL;
        found = a;
    }
    return found;
}

/* Some table's name has the word stem */
static int names_table_word(const struct nl_schema *ns, const char *stem)
{
    for (size_t t = 0; t < ns->s->n_tables; t++)
        for (size_t w = 0; w < ns->tables[t].n; w++)
            if (strcmp(ns->tables[t].stem[w], stem) == 0)
                return 1;
    return 0;
}

static void apply_short_forms(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    for (size_t i = 0; i < n_toks; i++) {
        struct nl_token *t = &toks[i];
        size_t lex_len = 0;
        if (t->kind != NL_TOK_WORD || t->synonym || strlen(t->word) < 4 ||
            nl_lex_match(toks, n_toks, i, &lex_len))
            continue;
        if (nl_stem_in_schema(ns, t->stem)) {
            /* "bills" beside a table bl and columns bill_cyc_day: the word is a word of
             * columns only, the two-letter table is its own */
            const char *two = two_letter_table(ns, t->word);
            if (two && !names_table_word(ns, t->stem)) {
                snprintf(t->stem, sizeof t->stem, "%s", two);
                t->synonym = 1;
            } else if (!names_whole_table(ns, t->stem) && !names_whole_column(ns, t->stem) &&
                       (two = short_table(ns, t->word))) {
                /* "gifts" beside tables gft and RecurringGift, "donors" beside dnr and a
                 * column DonorID: the table named by the word's short form alone is the
                 * word's rows; a longer name or a column only mentions them */
                snprintf(t->stem, sizeof t->stem, "%s", two);
                t->synonym = 1;
            }
            continue;
        }
        const char *best = schema_short_form(ns, t->word, t->stem);
        for (size_t k = 0; !best && i > 0 && toks[i - 1].synonym && k < ns->s->n_tables; k++) {
            /* "maintenance requests" for mnt_req: after a word read as a table's first word,
             * the start of the next word of its name (three letters are enough there) */
            const struct nl_name *tn = &ns->tables[k];
            size_t n1 = tn->n == 2 ? strlen(tn->stem[1]) : 0;
            if (n1 >= 3 && strcmp(toks[i - 1].stem, tn->stem[0]) == 0 &&
                strncmp(t->word, tn->stem[1], n1) == 0)
                best = tn->stem[1];
        }
        for (size_t k = 0; !best && i + 1 < n_toks && k < ns->s->n_tables; k++) {
            /* "support tickets" for sup_tkt: before the word its name's second word stands
             * for, the start of the first (three letters are enough there too) */
            const struct nl_name *tn = &ns->tables[k];
            const struct nl_token *next = &toks[i + 1];
            size_t n0 = tn->n == 2 ? strlen(tn->stem[0]) : 0;
            if (n0 >= 3 && strlen(t->word) > n0 + 2 && strncmp(t->word, tn->stem[0], n0) == 0 &&
                next->kind == NL_TOK_WORD &&
                (strcmp(next->stem, tn->stem[1]) == 0 || short_form(tn->stem[1], next->word)))
                best = tn->stem[0];
        }
        for (size_t k = 0; !best && k < ns->s->n_tables; k++) {
            /* "requisitions" for req_hdr: the first letters of a word, a header table's */
            const struct nl_name *tn = &ns->tables[k];
            size_t n0 = tn->n == 2 ? strlen(tn->stem[0]) : 0;
            if (n0 >= 3 && nl_row_kind(tn->stem[1]) == 1 && strlen(t->word) > n0 + 2 &&
                strncmp(t->word, tn->stem[0], n0) == 0)
                best = tn->stem[0];
        }
        if (best) {
            snprintf(t->stem, sizeof t->stem, "%s", best);
            t->synonym = 1;
        }
    }
}

/* "high schoolers" for a table called Highschooler: two words the schema does not use that
 * together make one of its words are read as that word. Returns the new token count. */
static size_t join_split_words(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    for (size_t i = 0; i + 1 < n_toks; i++) {
        struct nl_token *a = &toks[i], *b = &toks[i + 1];
        if (a->kind != NL_TOK_WORD || b->kind != NL_TOK_WORD || nl_stem_in_schema(ns, a->stem) ||
            nl_stem_in_schema(ns, b->stem))
            continue;
        char joined[NL_WORD_MAX], stem[NL_WORD_MAX];
        size_t la = strlen(a->word), lb = strlen(b->word);
        if (la + lb + 1 > sizeof joined)
            continue;
        memcpy(joined, a->word, la);
        memcpy(joined + la, b->word, lb + 1);
        nl_stem(joined, stem, sizeof stem);
        /* "check ins" for chkin, a known short form of "checkin" */
        int known = nl_stem_in_schema(ns, stem);
        for (size_t k = 0; k < ns->n_stems && !known; k++)
            known = expansion_has(ns->expands[k], stem);
        if (!known)
            continue;
        memcpy(a->word, joined, sizeof a->word);
        memcpy(a->stem, stem, sizeof a->stem);
        n_toks = drop_tokens(toks, n_toks, i + 1, 1);
    }
    return n_toks;
}

/* The last word of a two-word table name that says only which rows of a document the table
 * holds: 1 its header (po_hdr, so_header: a row is the document), 2 its lines (rtn_line,
 * ord_dtl: a row is a line of one). */

/* Some column's name has both stems ("payer type" for ins_co.payer_type_cd). */
static int column_has_both(const struct nl_schema *ns, const char *a, const char *b)
{
    for (size_t t = 0; t < ns->s->n_tables; t++)
        for (size_t c = 0; c < ns->s->tables[t].n_cols; c++) {
            const struct nl_name *cn = &ns->cols[t][c];
            int ha = 0, hb = 0;
            for (size_t w = 0; w < cn->n; w++) {
                ha |= strcmp(cn->stem[w], a) == 0;
                hb |= strcmp(cn->stem[w], b) == 0;
            }
            if (ha && hb)
                return 1;
        }
    return 0;
}

/* "purchase orders" for a table po_hdr, "sales order lines" for so_line: two words whose
 * initials are the first word of a document table's
 * name (nl_row_kind()), are read as that word. Filler and cue words ("per order") never are. */
static size_t join_initials(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    for (size_t i = 0; i + 1 < n_toks; i++) {
        struct nl_token *a = &toks[i], *b = &toks[i + 1];
        size_t lex_len = 0;
        const struct nl_lex *la = nl_lex_match(toks, n_toks, i, &lex_len);
        if (a->kind != NL_TOK_WORD || b->kind != NL_TOK_WORD || strlen(a->word) < 3 ||
            strlen(b->word) < 3 || (la && la->role != NL_R_REVENUE) /* "sales orders" */ ||
            nl_lex_match(toks, n_toks, i + 1, &lex_len))
            continue;
        char init[3] = {(char)tolower((unsigned char)a->word[0]),
                        (char)tolower((unsigned char)b->word[0]), '\0'};
        int found = 0;
        for (size_t t = 0; t < ns->s->n_tables && !found; t++) {
            /* po_hdr for "purchase orders", and a table named by the initials alone: wo for
             * "work orders" */
            const struct nl_name *tn = &ns->tables[t];
            found = ((tn->n == 2 && nl_row_kind(tn->stem[1])) || tn->n == 1) &&
                    strcmp(tn->stem[0], init) == 0;
        }
        if (!found || column_has_both(ns, a->stem, b->stem))
            continue; /* "payer type" is ins_co.payer_type_cd, not the patients' table pt */
        snprintf(a->word, sizeof a->word, "%s", init);
        snprintf(a->stem, sizeof a->stem, "%s", init);
        a->synonym = 1;
        n_toks = drop_tokens(toks, n_toks, i + 1, 1);
    }
    return n_toks;
}

/* "time off requests" for pto_req, "customer satisfaction" for csat_score: the phrase of a
 * business acronym the schema names something with is read as that acronym. Returns the new
 * token count. */
static size_t join_acronyms(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    for (size_t i = 0; i < n_toks; i++) {
        const char *words[6];
        size_t n = 0, len = 0;
        while (n < 6 && i + n < n_toks && toks[i + n].kind == NL_TOK_WORD) {
            words[n] = toks[i + n].word;
            n++;
        }
        const char *acr = n >= 2 ? question_acronym(words, n, &len) : NULL;
        char stem[NL_WORD_MAX];
        if (!acr || len < 2)
            continue;
        nl_stem(acr, stem, sizeof stem);
        if (!nl_stem_in_schema(ns, stem))
            continue;
        snprintf(toks[i].word, sizeof toks[i].word, "%s", acr);
        snprintf(toks[i].stem, sizeof toks[i].stem, "%s", stem);
        toks[i].synonym = 1;
        n_toks = drop_tokens(toks, n_toks, i + 1, len - 1);
        /* "qty on hand" for oh_qty: the acronym said after the word it goes before */
        int before = 0;
        for (size_t t = 0; i > 0 && t < ns->s->n_tables && !before; t++)
            for (size_t c = 0; c < ns->s->tables[t].n_cols && !before; c++) {
                const struct nl_name *cn = &ns->cols[t][c];
                before = cn->n == 2 && strcmp(cn->stem[0], stem) == 0 &&
                         strcmp(cn->stem[1], toks[i - 1].stem) == 0;
            }
        if (before) {
            struct nl_token sw = toks[i - 1];
            toks[i - 1] = toks[i];
            toks[i] = sw;
        }
    }
    return n_toks;
}

int nl_col_is_status(const struct nl_schema *ns, size_t t, size_t c)
{
    static const char *const words[] = {"stat", "status", "sts"};
    for (size_t k = 0; k < ns->cols[t][c].n; k++)
        if (NL_WORD_IN(ns->cols[t][c].stem[k], words))
            return 1;
    return 0;
}

/* Does stored status value v say what the noun word does ('returned' for "return",
 * 'Cancelled' or 'CANC' for "cancellation", 'No Show' or 'NOS' for "noshow")? */
static int status_of_noun(const char *v, const char *word, const char *stem)
{
    char vs[NL_WORD_MAX], low[NL_WORD_MAX];
    size_t n = 0;
    for (; v[n] && n + 1 < sizeof low; n++)
        low[n] = (char)tolower((unsigned char)v[n]);
    low[n] = '\0';
    nl_stem(low, vs, sizeof vs);
    if (strlen(stem) >= 4 && strcmp(vs, stem) == 0)
        return 1;
    if (value_forms_equal(v, word))
        return 1; /* 'No Show', 'NO_SHOW' */
    return strlen(v) >= 3 && value_abbreviates(v, word);
}

/* "no-show", "no show", "no-shows": one word (a state stored as 'No-show', 'NO_SHOW' or
 * 'NOS'), not a negation. Returns the new token count. */
static size_t join_no_show(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    int stored = -1; /* only where such a state is stored: "venues with no shows" stays a
                      * "no"; looked for once the words are there */
    for (size_t i = 0; stored != 0 && i + 1 < n_toks; i++) {
        const char *b = toks[i + 1].word;
        if (strcmp(toks[i].word, "no") != 0 ||
            (strcmp(b, "show") != 0 && strcmp(b, "shows") != 0 && strcmp(b, "showed") != 0))
            continue;
        for (size_t k = 0; stored < 0 && k < ns->s->n_values; k++)
            if (value_forms_equal(ns->s->values[k].value, "noshow") ||
                strcmp(ns->s->values[k].value, "NOS") == 0)
                stored = 1;
        if (stored < 0)
            stored = 0;
        if (!stored)
            break;
        snprintf(toks[i].word, sizeof toks[i].word, "noshow");
        nl_stem("noshow", toks[i].stem, sizeof toks[i].stem);
        n_toks = drop_tokens(toks, n_toks, i + 1, 1);
    }
    return n_toks;
}

/* "return rate", "cancellation rate", "no-show rate": the share of a table's rows whose status
 * is the value the noun names, read as "percentage of <rows> <value>". One table's status
 * must hold one such value. The token array holds NL_MAX_TOKENS. Returns the new token count. */
static size_t join_status_rate(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    for (size_t i = 0; i + 1 < n_toks; i++) {
        if (toks[i].kind != NL_TOK_WORD || strlen(toks[i].word) < 4 ||
            (strcmp(toks[i + 1].word, "rate") != 0 && strcmp(toks[i + 1].word, "rates") != 0) ||
            n_toks + 2 > NL_MAX_TOKENS)
            continue;
        const char *word = state_word(toks[i].word);
        char stem[NL_WORD_MAX];
        nl_stem(toks[i].word, stem, sizeof stem);
        if (dates_named(ns, stem))
            continue; /* "churn rate" beside dim_org.churned_at: whose churn, which rows? */
        nl_stem(word, stem, sizeof stem);
        const struct schema_value *hit = NULL;
        int many = 0;
        for (size_t k = 0; k < ns->s->n_values && !many; k++) {
            const struct schema_value *v = &ns->s->values[k];
            if (v->table >= ns->s->n_tables || v->column >= ns->s->tables[v->table].n_cols ||
                !nl_col_is_status(ns, v->table, v->column) || !status_of_noun(v->value, word, stem))
                continue;
            if (hit && (hit->table != v->table || strcmp(hit->value, v->value) != 0))
                many = 1;
            hit = v;
        }
        if (!hit || many)
            continue;
        /* a state kept in a lookup (appt_stat's 'No-show'): the rows are the one table that
         * points at it (appt) */
        size_t rows_t = hit->table;
        int referrers = 0;
        long long nrows = ns->s->tables[hit->table].row_count;
        static const char *const lkp[] = {"stat",   "status", "sts",  "lkp",
                                          "lookup", "type",   "code", "cd"};
        int lookup = nrows >= 0 && nrows <= 64; /* orders holding 'cancelled' are counted
                                                 * themselves, whoever points at them */
        for (size_t w = 0; nrows < 0 && w < ns->tables[hit->table].n; w++)
            lookup |= NL_WORD_IN(ns->tables[hit->table].stem[w], lkp);
        for (size_t t = 0; lookup && t < ns->s->n_tables; t++)
            for (size_t c = 0; t != hit->table && c < ns->s->tables[t].n_cols; c++)
                if (ns->fk_target[ns->col_base[t] + c] == (int)hit->table) {
                    referrers += rows_t != t;
                    rows_t = t;
                    break;
                }
        if (referrers > 1)
            continue;
        const struct nl_name *tn = &ns->tables[rows_t];
        memmove(&toks[i + 4], &toks[i + 2], (n_toks - i - 2) * sizeof *toks);
        n_toks += 2;
        struct nl_token proto = toks[i];
        proto.synonym = 0;
        const char *words[4] = {"percentage", "of", ns->s->tables[rows_t].name, NULL};
        for (int w = 0; w < 4; w++) {
            toks[i + (size_t)w] = proto;
            if (w == 3) {
                toks[i + 3].rate_value = 1;
                snprintf(toks[i + 3].word, sizeof toks[i + 3].word, "%s", hit->value);
                for (char *c = toks[i + 3].word; *c; c++)
                    *c = (char)tolower((unsigned char)*c);
            } else {
                snprintf(toks[i + (size_t)w].word, sizeof toks[i].word, "%s", words[w]);
            }
            nl_stem(toks[i + (size_t)w].word, toks[i + (size_t)w].stem, sizeof toks[i].stem);
        }
        if (tn->n) { /* the rows by the stem their name is read by */
            snprintf(toks[i + 2].stem, sizeof toks[i + 2].stem, "%s", tn->stem[tn->n - 1]);
            toks[i + 2].synonym = 1;
        }
        i += 3;
    }
    return n_toks;
}

/* The best match at one position so far, with its equally good candidates. */
struct best_link {
    struct match best;
    struct nl_cand cand[NL_MAX_CANDS];
    size_t n_cand;
};

/* "number of channels per country" where TV_series.Channel and Cartoon.Channel are keys of
 * TV_Channel: a word whose every column is a foreign key to the one table named with that word
 * is the table, not one of its references. */
static void reference_is_table(const struct nl_schema *ns, const struct nl_token *toks, size_t i,
                               struct best_link *bl)
{
    if (bl->best.kind != NL_SPAN_COLUMN || bl->best.len != 1 || bl->n_cand < 2)
        return;
    int target = -1;
    for (size_t k = 0; k < bl->n_cand; k++) {
        int t = ns->fk_target[ns->col_base[bl->cand[k].table] + (size_t)bl->cand[k].col];
        if (t < 0 || (target >= 0 && t != target))
            return;
        target = t;
    }
    const struct nl_name *tn = &ns->tables[target];
    int named = 0;
    for (size_t w = 0; w < tn->n; w++)
        named |= strcmp(tn->stem[w], toks[i].stem) == 0;
    if (!named)
        return;
    bl->best.kind = NL_SPAN_TABLE;
    bl->best.partial = tn->n > 1;
    bl->cand[0] = (struct nl_cand){.table = target, .col = -1, .value = NULL};
    bl->n_cand = 1;
}

/* Offers a table or column match: it replaces the best when better, and joins its candidates
 * when as good. */
static void offer(struct best_link *bl, const struct match *m, struct nl_cand c)
{
    if (better(m, &bl->best)) {
        bl->best = *m;
        bl->n_cand = 0;
    }
    if (m->len == bl->best.len && m->bonus == bl->best.bonus && bl->best.kind == m->kind &&
        bl->n_cand < NL_MAX_CANDS)
        bl->cand[bl->n_cand++] = c;
}

/* Token i is the first word of table t's name, which ends in a row-kind word: "purchase
 * orders" (read as po) or "POs" for po_hdr, "returns" for rtn_line. */
static int names_document(const struct nl_name *tn, const struct nl_token *tok)
{
    if (tn->n != 2 || !nl_row_kind(tn->stem[1]) || tok->kind != NL_TOK_WORD)
        return 0;
    if (strcmp(tok->stem, tn->stem[0]) == 0)
        return 1;
    size_t l = strlen(tn->stem[0]); /* "POs": a plural of a short form the stemmer keeps */
    return l <= 3 && strncasecmp(tok->word, tn->stem[0], l) == 0 &&
           (tok->word[l] == 's' || tok->word[l] == 'S') && tok->word[l + 1] == '\0';
}

static void link_tables(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                        size_t i, struct best_link *bl)
{
    for (size_t t = 0; t < ns->s->n_tables; t++) {
        const struct nl_name *tn = &ns->tables[t];
        struct match m = {0, 0, NL_SPAN_TABLE, 0};
        if (tokens_match(toks, n_toks, i, tn->stem, tn->n)) {
            m.len = tn->n;
            m.bonus = BONUS_TABLE;
        } else if (names_document(tn, &toks[i])) {
            /* the document's header is the document; its lines stand for it only alone, and
             * then above a column that merely shares the word (rtn_line's qty_rtn) */
            m.len = 1;
            m.bonus = nl_row_kind(tn->stem[1]) == 1 ? BONUS_TABLE_KEY : BONUS_TABLE_PART;
            m.partial = 1;
        } else if (ns->aliases[t].n &&
                   tokens_match(toks, n_toks, i, ns->aliases[t].stem, ns->aliases[t].n)) {
            m.len = ns->aliases[t].n; /* "departments" for org_unit keyed by dept_cd */
            m.bonus = BONUS_TABLE_KEY;
            m.partial = 1;
        } else if (ns->aliases[t].n >= 2 &&
                   tokens_match(toks, n_toks, i, ns->aliases[t].stem + ns->aliases[t].n - 1, 1)) {
            /* "status" for offer_status_lkp keyed by ofr_status_cd, as much as for
             * lst_status_lkp keyed by status_cd: which one, the rows' own join decides */
            m.len = 1;
            m.bonus = BONUS_TABLE_KEY;
            m.partial = 1;
        } else if (tn->n >= 2 && tokens_match(toks, n_toks, i, tn->stem + tn->n - 1, 1)) {
            m.len = 1;
            m.bonus = BONUS_TABLE_PART;
            m.partial = 1;
        } else {
            continue;
        }
        offer(bl, &m, (struct nl_cand){(int)t, -1, NULL});
    }
}

static void link_columns(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                         size_t i, struct best_link *bl)
{
    for (size_t t = 0; t < ns->s->n_tables; t++) {
        for (size_t c = 0; c < ns->s->tables[t].n_cols; c++) {
            int partial;
            size_t len = column_match(ns, t, c, toks, n_toks, i, &partial);
            if (!len)
                continue;
            struct match m = {len, partial ? BONUS_COLUMN_PART : BONUS_COLUMN, NL_SPAN_COLUMN,
                              partial};
            offer(bl, &m, (struct nl_cand){(int)t, (int)c, NULL});
        }
    }
}

/* Values of the country names a demonym stands for ("french" -> 'France'). */
static size_t demonym_cands(const struct nl_schema *ns, const char *text, struct nl_cand *vc)
{
    size_t n_vc = 0;
    const char *names = question_demonym(text);
    while (names && !n_vc) {
        const char *bar = strchr(names, '|');
        size_t nl = bar ? (size_t)(bar - names) : strlen(names);
        char alt[64];
        if (nl < sizeof alt) {
            memcpy(alt, names, nl);
            alt[nl] = '\0';
            n_vc = add_value_cands(ns, alt, vc, 0);
        }
        names = bar ? bar + 1 : NULL;
    }
    return n_vc;
}

/* The question speaks of languages ("spoken", "speak", "the English language"): a demonym that
 * is a stored language is that language, not its country. */
static int speaks_of_language(const struct nl_token *toks, size_t n_toks)
{
    static const char *const cues[] = {"speak",        "speaks",   "spoken",    "speaking",
                                       "speakers",     "language", "languages", "tongue",
                                       "tongues",      "dialect",  "broadcast", "broadcasts",
                                       "broadcasting", "dubbed",   "subtitled"};
    for (size_t k = 0; k < n_toks; k++)
        if (toks[k].kind == NL_TOK_WORD && NL_WORD_IN(toks[k].word, cues))
            return 1;
    return 0;
}

/* The other grammatical numbers of an English word longer than three letters: "victories" ->
 * "victory", "boxes" -> "box", "women" -> "woman", "consumers" -> "consumer", and back. At most
 * three forms, written into out; returns how many. */
static size_t other_numbers(const char *w, char (*out)[NL_WORD_MAX])
{
    size_t n = 0, wl = strlen(w);
    if (wl <= 3 || wl + 3 > NL_WORD_MAX)
        return 0;
#define FORM(cut, add) (snprintf(out[n], NL_WORD_MAX, "%.*s%s", (int)(wl - (cut)), w, (add)), n++)
    char last = w[wl - 1], before = w[wl - 2];
    if (wl > 4 && strcmp(w + wl - 3, "ies") == 0) {
        FORM(3, "y");
        FORM(1, "");
    } else if (wl > 4 && strcmp(w + wl - 3, "men") == 0) {
        FORM(3, "man");
    } else if (wl > 4 && strcmp(w + wl - 2, "es") == 0 && strchr("sxzh", w[wl - 3])) {
        FORM(2, "");
        FORM(1, "");
    } else if (last == 's' && before != 's') {
        FORM(1, "");
    } else if (last == 'y' && !strchr("aeiou", before)) {
        FORM(1, "ies");
    } else if (wl > 4 && strcmp(w + wl - 3, "man") == 0) {
        FORM(3, "men");
    } else if (strchr("sxzh", last)) {
        FORM(0, "es");
    } else {
        FORM(0, "s");
    }
#undef FORM
    return n;
}

/* Value candidates for text (which ends with the word last) with last in its other number. */
static size_t other_number_cands(const struct nl_schema *ns, const char *text, const char *last,
                                 struct nl_cand *vc)
{
    char forms[3][NL_WORD_MAX], alt[NL_WORD_MAX * NL_MAX_PHRASE + NL_MAX_PHRASE];
    size_t n = other_numbers(last, forms), tl = strlen(text), lw = strlen(last);
    for (size_t k = 0; k < n && lw <= tl; k++) {
        int m = snprintf(alt, sizeof alt, "%.*s%s", (int)(tl - lw), text, forms[k]);
        if (m < 0 || (size_t)m >= sizeof alt)
            continue;
        size_t got = add_value_cands(ns, alt, vc, 0);
        if (got)
            return got;
    }
    return 0;
}

/* Stored values at position i: a quoted literal, n-grams, demonyms, then a singular/plural
 * retry. Offered as one match; returns 1 when it became the best (then *synonym says whether a
 * demonym found it). */
/* Two words whose initials are a stored two-letter code of a column of few values: "part-time"
 * and "full time" for 'PT' and 'FT'. Both words must be of four letters or more and name
 * nothing of the schema ("per month" is no 'PM'). Candidates into vc; their count. */
static size_t initials_cands(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                             size_t i, struct nl_cand *vc)
{
    const struct nl_token *a = &toks[i], *b = &toks[i + 1];
    size_t la = 0, lb = 0;
    if (a->kind != NL_TOK_WORD || b->kind != NL_TOK_WORD || strlen(a->word) < 4 ||
        strlen(b->word) < 4 || nl_stem_in_schema(ns, a->stem) || nl_stem_in_schema(ns, b->stem) ||
        nl_lex_match(toks, n_toks, i, &la) || nl_lex_match(toks, n_toks, i + 1, &lb))
        return 0; /* "does each" is no 'DE' */
    size_t bl = strlen(b->word);
    if (strcmp(b->word + bl - 2, "ed") == 0)
        return 0; /* "cash collected" says what was done with it, no 'CC' */
    char code[3] = {(char)toupper((unsigned char)a->word[0]),
                    (char)toupper((unsigned char)b->word[0]), '\0'};
    struct nl_cand all[NL_MAX_CANDS], named[2][NL_MAX_CANDS];
    size_t n = add_value_cands(ns, code, all, 0), kept = 0;
    /* "PowerPoint/presentation" beside a lookup holding 'PP' (Paper) and 'PPT' (Presentation):
     * a word that is itself a value of the code's table names that row, not initials */
    size_t n_named[2] = {add_value_cands(ns, a->word, named[0], 0),
                         add_value_cands(ns, b->word, named[1], 0)};
    for (size_t k = 0; k < n; k++) {
        const struct schema_column *col = &ns->s->tables[all[k].table].cols[all[k].col];
        int other_row = 0, lookup = ns->fk_target[ns->col_base[all[k].table] + (size_t)all[k].col];
        for (size_t w = 0; w < 2; w++)
            for (size_t j = 0; j < n_named[w]; j++)
                other_row |= named[w][j].table == all[k].table || named[w][j].table == lookup;
        if (strcmp(all[k].value, code) == 0 && col->n_distinct > 0 && col->n_distinct <= 64 &&
            !other_row)
            vc[kept++] = all[k];
    }
    return kept;
}

/* Is the stored code (capitals) a short form of the question word (lower case)? Its first
 * letters ("PEND" for pending, "CANC" for cancelled), or its first letter and then consonants
 * of the word in order ("ACTV" for active, "TRM" for terminated, "DLV" for delivered). */
static int code_of_word(const char *code, const char *word)
{
    size_t n = strlen(code), m = strlen(word), k = 1;
    if (m <= n || word[0] != code[0] + ('a' - 'A'))
        return 0;
    if (strncasecmp(code, word, n) == 0)
        /* 'PAUS' for paused, 'ACT' for active, 'SUSP' for suspended; never 'DOWN' for
         * downtime, a word of its own followed by another */
        return n < 4 || m - n <= 3 || vowel(word[n]);
    /* a word that negates another ("inactive", "unpaid", "nonprofit") is shortened through
     * the word it negates: 'UNPD' for unpaid, never 'INT' (an intermediate level) for
     * inactive, whose 't' comes from "active" */
    static const char *const negations[] = {"non", "un", "in"};
    for (size_t p = 0; p < sizeof negations / sizeof negations[0]; p++) {
        size_t pl = strlen(negations[p]);
        if (m >= pl + 4 && strncmp(word, negations[p], pl) == 0 &&
            !(n > pl && strncasecmp(code, negations[p], pl) == 0 &&
              code[pl] + ('a' - 'A') == word[pl]))
            return 0;
    }
    /* the code's second letter is the word's next consonant ('CNCL' for cancelled, 'DLV' for
     * delivered): 'CCT' (a call centre) skips collect's l and is no code of it */
    size_t second = 1;
    while (second < m && vowel(word[second]))
        second++;
    if (n >= 2 && second < m && word[second] != code[1] + ('a' - 'A'))
        return 0;
    for (size_t i = 1; i < m && k < n; i++) {
        char c = code[k] + ('a' - 'A');
        if (vowel(c) || c == 'y')
            return 0;
        if (word[i] == c)
            k++;
    }
    return k == n;
}

/* Whether a word of the question other than token i names table t ("production runs"). */
static int table_named(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                       size_t i, int t)
{
    for (size_t k = 0; k < n_toks; k++) {
        struct best_link bl = {.best = {0, 0, NL_SPAN_UNKNOWN, 0}};
        if (k == i || toks[k].kind != NL_TOK_WORD)
            continue;
        link_tables(ns, toks, n_toks, k, &bl);
        for (size_t j = 0; j < bl.n_cand && bl.best.kind == NL_SPAN_TABLE; j++)
            if (bl.cand[j].table == t)
                return 1;
    }
    return 0;
}

static const char *const phrasal_particles[] = {"up", "out", "off"};

/* The stored value v sits in a column of currencies, countries or languages (curr_cd, ctry_cd,
 * lang_cd): codes of things named otherwise, never a short form of a question word. */
static int names_place_or_money(const struct nl_schema *ns, size_t v)
{
    static const char *const kinds[] = {"curr", "ccy",     "currenc",  "currency",
                                        "ctry", "cntry",   "countri",  "country",
                                        "lang", "languag", "language", "iso"};
    const struct schema_value *sv = &ns->s->values[v];
    const struct nl_name *cn = &ns->cols[sv->table][sv->column];
    for (size_t w = 0; w < cn->n; w++)
        if (NL_WORD_IN(cn->stem[w], kinds))
            return 1;
    return 0;
}

/* A word that names no table, column or value, but whose short form is a stored code: the
 * statuses of business systems ("paused" subscriptions, stat 'PAUS'). Every code it can be
 * must be the same text, else no reading. Not when the word is a column of a table the
 * question names and the code's own table is not named: "runs had scrap" with
 * prod_run.scrap_qty is that column, no defect code 'SCR'; "active subscriptions" may still be
 * subscr.stat 'ACTV' though plans have active_flg. Candidates into vc; their count. */
static size_t code_cands(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                         size_t i, struct nl_cand *vc)
{
    const struct nl_token *tok = &toks[i];
    const char *found = NULL;
    char stem[NL_WORD_MAX];
    if (tok->kind != NL_TOK_WORD || strlen(tok->word) < 4)
        return 0;
    const char *word = state_word(tok->word);
    for (size_t k = 0; k < ns->n_codes; k++) {
        const char *code = ns->s->values[ns->codes[k]].value;
        int cancel = strncmp(word, "cancel", 6) == 0;
        int cxl = cancel && (strcasecmp(code, "CXL") == 0 || strcasecmp(code, "CNX") == 0 ||
                             strcasecmp(code, "CX") == 0);
        if (!code_of_word(code, word) && !cxl)
            continue;
        if (cancel && !cxl && strlen(code) < 4)
            continue; /* "cancellations" is no 'CAN' (canine, Canada): a cancel is CX, CNCL */
        if (!cxl && strncasecmp(code, word, strlen(code)) != 0 &&
            (names_place_or_money(ns, ns->codes[k]) ||
             (i + 1 < n_toks && NL_WORD_IN(toks[i + 1].word, phrasal_particles) &&
              strlen(word) > 4 && strcmp(word + strlen(word) - 2, "ed") == 0)))
            continue; /* "signed up" is no currency 'SGD': a word's consonants name a state of
                       * a row, never a currency, a country or a language */
        if (found && strcmp(found, code) != 0)
            return 0;
        found = code;
    }
    if (!found)
        return 0;
    const char *sf = tok->synonym ? tok->stem : NULL; /* read through the synonym table */
    int measure = 0; /* "salaries" read as base_sal_usd's sal is that amount, no dept 'SLS' */
    for (size_t t = 0; sf && strlen(sf) >= 3 && t < ns->s->n_tables && !measure; t++)
        for (size_t c = 0; c < ns->s->tables[t].n_cols && !measure; c++) {
            const struct schema_column *col = &ns->s->tables[t].cols[c];
            if ((col->type != SCHEMA_TYPE_INTEGER && col->type != SCHEMA_TYPE_REAL) || col->pk ||
                ns->fk_target[ns->col_base[t] + c] >= 0)
                continue;
            for (size_t w = 0; w < ns->cols[t][c].n && !measure; w++)
                measure = strcmp(ns->cols[t][c].stem[w], sf) == 0;
        }
    if (measure)
        return 0;
    size_t n = add_value_cands(ns, found, vc, 0);
    int code_named = 0, column_named = 0;
    for (size_t k = 0; k < n; k++)
        code_named |= table_named(ns, toks, n_toks, i, vc[k].table);
    nl_stem(tok->word, stem, sizeof stem);
    for (size_t t = 0; !code_named && !column_named && t < ns->s->n_tables; t++)
        for (size_t c = 0; !column_named && c < ns->s->tables[t].n_cols; c++) {
            const struct nl_name *cn = &ns->cols[t][c];
            int date = ns->s->tables[t].cols[c].type == SCHEMA_TYPE_DATE ||
                       (cn->n > 1 && (date_suffix(cn->stem[cn->n - 1]) ||
                                      strcmp(cn->stem[cn->n - 1], "date") == 0));
            for (size_t w = 0; !date && w < cn->n && !column_named; w++)
                column_named =
                    strcmp(cn->stem[w], stem) == 0 && table_named(ns, toks, n_toks, i, (int)t);
        }
    return column_named && !code_named ? 0 : n;
}

struct code_forms {
    const struct nl_schema *ns;
    struct nl_cand *cand;
    size_t n;
};

/* A form that is a code of two or three capitals ('OR' for Oregon, 'FRA' for France), stored. */
static int code_form(const char *form, void *arg)
{
    struct code_forms *cf = arg;
    size_t len = strlen(form);
    for (size_t k = 0; k < len; k++)
        if (!isupper((unsigned char)form[k]))
            return 0;
    if (len >= 2 && len <= 3) {
        size_t before = cf->n;
        cf->n = add_value_cands(cf->ns, form, cf->cand, cf->n);
        /* stored as written, in capitals, or in a column named for places: 'ut' among
         * features is no Utah, 'usa' in CountryName is the USA */
        static const char *const place[] = {"countri", "country", "ctri", "state", "st",   "nation",
                                            "region",  "provinc", "prov", "citi",  "locat"};
        for (size_t k = before; k < cf->n;) {
            const struct nl_name *cn = &cf->ns->cols[cf->cand[k].table][cf->cand[k].col];
            int placed = 0;
            for (size_t w = 0; w < cn->n && !placed; w++)
                placed = NL_WORD_IN(cn->stem[w], place);
            if (strcmp(cf->cand[k].value, form) != 0 && !placed)
                cf->cand[k] = cf->cand[--cf->n];
            else
                k++;
        }
    }
    return 0;
}

/* "Oregon" against a column of state codes: the stored code of a place the words name (states,
 * countries, from the table of value forms); a name of four letters or more, so that no common
 * word ("one", "yes", "no") becomes a code. */
static size_t place_code_cands(const struct nl_schema *ns, const struct nl_token *toks,
                               size_t n_toks, size_t i, struct nl_cand *vc, size_t *len)
{
    char text[NL_WORD_MAX * NL_MAX_PHRASE + NL_MAX_PHRASE];
    if (strcmp(toks[i].word, "the") == 0)
        return 0; /* "the Netherlands": the name itself is read from the next word */
    for (size_t l = 3; l >= 1; l--) {
        struct code_forms cf = {ns, vc, 0};
        int words = 1;
        for (size_t k = i; k < i + l && k < n_toks; k++)
            words &= toks[k].kind == NL_TOK_WORD;
        if (i + l > n_toks || !words || !phrase_text(toks, i, l, text, sizeof text) ||
            strlen(text) < 4)
            continue;
        value_forms_each(text, code_form, &cf);
        if (cf.n) {
            *len = l;
            return cf.n;
        }
    }
    return 0;
}

/* "women", "female", "men", "male": the one-letter code 'F' or 'M' of a column whose name
 * says gender or sex (never an 'F' grade or flag elsewhere). */
static size_t gender_cands(const struct nl_schema *ns, const char *w, struct nl_cand *vc)
{
    static const char *const f[] = {"women", "woman", "female", "females", "ladies"};
    static const char *const m[] = {"men", "man", "male", "males"};
    const char *code = NL_WORD_IN(w, f) ? "F" : NL_WORD_IN(w, m) ? "M" : NULL;
    if (!code)
        return 0;
    struct nl_cand all[NL_MAX_CANDS];
    size_t n = add_value_cands(ns, code, all, 0), out = 0;
    for (size_t k = 0; k < n; k++) {
        const char *cn = ns->s->tables[all[k].table].cols[all[k].col].name;
        if (strcasestr(cn, "gender") || strcasestr(cn, "sex") || strcasestr(cn, "gndr"))
            vc[out++] = all[k];
    }
    return out;
}

/* Every candidate is a code in capitals ('PRICE', 'NOUSE'), not a name written as people
 * write it ('Consumer'). */
static int all_codes(const struct nl_cand *vc, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const char *v = vc[k].value;
        if (!v || strlen(v) < 3)
            return 0;
        for (; *v; v++)
            if (!isupper((unsigned char)*v) && !isdigit((unsigned char)*v) && *v != '_')
                return 0;
    }
    return 1;
}

static int link_values(const struct nl_schema *ns, const struct nl_token *toks, size_t n_toks,
                       size_t i, struct best_link *bl, int *synonym)
{
    char text[NL_WORD_MAX * NL_MAX_PHRASE + NL_MAX_PHRASE];
    struct nl_cand vc[NL_MAX_CANDS];
    size_t n_vc = 0, v_len = 0;
    int v_syn = 0, v_partial = 0;
    if (toks[i].kind == NL_TOK_QUOTED) {
        n_vc = add_value_cands(ns, toks[i].word, vc, 0);
        v_len = 1;
    }
    for (size_t len = NL_MAX_PHRASE; len >= 1 && !n_vc && toks[i].kind != NL_TOK_QUOTED; len--) {
        if (i + len > n_toks || !phrase_text(toks, i, len, text, sizeof text))
            continue;
        n_vc = add_value_cands(ns, text, vc, 0);
        v_len = len;
        if (!n_vc && len <= 2) {
            n_vc = demonym_cands(ns, text, vc);
            v_syn = n_vc > 0;
        }
        if (!n_vc && len >= 2) {
            /* "sales representatives" -> 'Sales Representative', "Bulgarian victories" ->
             * 'Bulgarian victory': the last word's other number */
            n_vc = other_number_cands(ns, text, toks[i + len - 1].word, vc);
            v_partial = n_vc > 0;
        }
    }
    if (!n_vc && toks[i].kind == NL_TOK_WORD &&
        (n_vc = squashed_cands(ns, toks, n_toks, i, vc, &v_len)) > 0)
        v_partial = 0; /* "no-shows" for 'No-show' */
    if (!n_vc && toks[i].kind == NL_TOK_WORD) {
        /* "consumers" -> 'Consumer', "electronic" -> 'Electronics' */
        n_vc = other_number_cands(ns, toks[i].word, toks[i].word, vc);
        if (n_vc) {
            v_len = 1;
            v_partial = 1;
        }
    }
    if (!n_vc && toks[i].kind == NL_TOK_WORD &&
        (n_vc = place_code_cands(ns, toks, n_toks, i, vc, &v_len)) > 0)
        v_syn = 3; /* "Oregon" for 'OR', before any guess at a shortened code ('ORG') */
    if (!n_vc && toks[i].kind == NL_TOK_WORD && (n_vc = gender_cands(ns, toks[i].word, vc)) > 0) {
        v_len = 1;
        v_syn = 3; /* "women" for gender_cd 'F' */
    }
    if (!n_vc && (n_vc = code_cands(ns, toks, n_toks, i, vc)) > 0) {
        v_len = 1;
        v_syn = 3;
    }
    if (!n_vc && i + 1 < n_toks && (n_vc = initials_cands(ns, toks, n_toks, i, vc)) > 0) {
        v_len = 2; /* "part-time" for 'PT' */
        v_syn = 3;
    }
    if (n_vc > 0 && v_len == 1 && toks[i].kind == NL_TOK_WORD && question_demonym(toks[i].word) &&
        !speaks_of_language(toks, n_toks)) {
        /* "Japanese cities": the language 'Japanese' is stored, and so is 'Japan'; both are
         * offered, and the reading that picks one says so */
        struct nl_cand dc[NL_MAX_CANDS];
        size_t n_dc = demonym_cands(ns, toks[i].word, dc);
        for (size_t k = 0; k < n_dc && n_vc < NL_MAX_CANDS; k++) {
            int dup = 0;
            for (size_t j = 0; j < n_vc && !dup; j++)
                dup = vc[j].table == dc[k].table && vc[j].col == dc[k].col;
            if (!dup) {
                vc[n_vc++] = dc[k];
                v_syn = 2;
            }
        }
    }
    struct match m = {v_len, BONUS_VALUE, NL_SPAN_VALUE, v_partial};
    if (v_partial && v_len == 1 && n_vc > 0 && all_codes(vc, n_vc))
        /* "plans and their prices": the price column beats the reason code 'PRICE' that the
         * plural only matches once made singular */
        m.bonus = BONUS_COLUMN_PART / 2;
    if (!n_vc || !better(&m, &bl->best))
        return 0;
    bl->best = m;
    memcpy(bl->cand, vc, n_vc * sizeof vc[0]);
    bl->n_cand = n_vc;
    *synonym = v_syn;
    return 1;
}

/* Does a word of the date column's name (not one every date column has: "date", "on", "at")
 * name the event the stem says: the same stem, or the start of it (4 letters or more:
 * "terminations" for term_on)? */
static int date_col_event(const struct nl_name *cn, const char *stem)
{
    static const char *const generic[] = {"date", "dt", "on", "at", "time", "day", "ts", "d"};
    for (size_t w = 0; w < cn->n; w++) {
        size_t wl = strlen(cn->stem[w]);
        if (NL_WORD_IN(cn->stem[w], generic))
            continue;
        /* "terminations" for term_on; never "grades" for grad_dt (one letter more is another
         * word, not a form of it) */
        if (strcmp(stem, cn->stem[w]) == 0 ||
            (wl >= 4 && strncmp(stem, cn->stem[w], wl) == 0 && strlen(stem) >= wl + 2))
            return 1;
    }
    return 0;
}

/* "hires", "signups", "terminations": a plural noun no table is named for, that names the
 * event a date column of exactly one table records (emp.hire_on, mkt_lead.signup_ts), counts
 * that table's rows; the word also says which of its dates a period is on. It beats a stored
 * value it matches only after singular/plural or as a code. */
static void event_noun(const struct nl_schema *ns, const struct nl_token *toks, size_t i,
                       struct best_link *bl, int *synonym)
{
    const struct nl_token *tk = &toks[i];
    size_t wl = strlen(tk->word);
    /* one of them after a word that picks it: "our most recent hire", "the first signup" */
    static const char *const pick[] = {"recent", "latest",   "newest", "last",
                                       "first",  "earliest", "oldest", "new"};
    int picked = i > 0 && wl >= 4 && NL_WORD_IN(toks[i - 1].word, pick);
    if (tk->kind != NL_TOK_WORD || wl < 4 || (tk->word[wl - 1] != 's' && !picked) ||
        (wl < 5 && !picked) ||
        !(bl->best.len == 0 || (bl->best.kind == NL_SPAN_VALUE && bl->best.len == 1 &&
                                (bl->best.partial || *synonym == 3))))
        return;
    static const char *const summary[] = {"last", "latest", "first",   "recent",
                                          "prev", "next",   "previous"};
    /* req_dlv_dt, due_dt, sched_ts: the day it was asked or planned for, not the event */
    static const char *const planned[] = {"req",    "request", "due", "sched",  "schedul", "plan",
                                          "promis", "expect",  "exp", "target", "est"};
    int found = -1;
    for (size_t t = 0; t < ns->s->n_tables; t++)
        for (size_t c = 0; c < ns->s->tables[t].n_cols; c++)
            if (ns->s->tables[t].cols[c].type == SCHEMA_TYPE_DATE &&
                !(ns->cols[t][c].n && NL_WORD_IN(ns->cols[t][c].stem[0], summary)) &&
                !(ns->cols[t][c].n > 1 && NL_WORD_IN(ns->cols[t][c].stem[0], planned)) &&
                /* last_login_at keeps one login per user: no table of logins */
                date_col_event(&ns->cols[t][c], tk->stem)) {
                if (found >= 0 && found != (int)t)
                    return;
                found = (int)t;
            }
    if (found < 0)
        return;
    bl->best = (struct match){1, BONUS_TABLE_PART, NL_SPAN_TABLE, 0};
    bl->cand[0] = (struct nl_cand){.table = found, .col = -1, .value = NULL};
    bl->n_cand = 1;
    *synonym = 1;
}

/* A word naming a column elsewhere that is also a value stored in the table named right after
 * it is that value used as an adjective: "phone orders" are the orders whose channel is
 * 'phone', not the customers' phone numbers. The link keeps only that table's values. */
static void value_before_table(const struct nl_schema *ns, const struct nl_token *toks,
                               size_t n_toks, size_t i, struct best_link *bl)
{
    /* ... and "the People department" is that value, though "people" are persons elsewhere */
    if (!(bl->best.kind == NL_SPAN_COLUMN || (bl->best.kind == NL_SPAN_TABLE && toks[i].synonym)) ||
        bl->best.len != 1 || i + 1 >= n_toks || toks[i].kind != NL_TOK_WORD)
        return;
    struct best_link next = {.best = {0, 0, NL_SPAN_UNKNOWN, 0}};
    link_tables(ns, toks, n_toks, i + 1, &next);
    if (next.best.kind != NL_SPAN_TABLE || next.best.bonus < BONUS_TABLE_KEY || next.n_cand != 1)
        return;
    struct nl_cand vc[NL_MAX_CANDS];
    size_t n_vc = add_value_cands(ns, toks[i].word, vc, 0), n_own = 0;
    for (size_t k = 0; k < n_vc; k++)
        if (vc[k].table == next.cand[0].table)
            vc[n_own++] = vc[k];
    if (!n_own)
        return;
    bl->best = (struct match){1, BONUS_VALUE, NL_SPAN_VALUE, 0};
    memcpy(bl->cand, vc, n_own * sizeof vc[0]);
    bl->n_cand = n_own;
}

/* "A grades", "F grades", "B+ grades" where grd_cd holds 'A', 'F', 'B+' and a gender column
 * holds 'F' too: a letter written in capitals right before the word naming a column is a
 * value of that column, not a filler word ("a") nor another column's value. */
static void value_before_column(const struct nl_schema *ns, const struct nl_token *toks,
                                size_t n_toks, size_t i, struct best_link *bl)
{
    const struct nl_token *tk = &toks[i];
    size_t wl = strlen(tk->word);
    if (tk->kind != NL_TOK_WORD || !tk->upper || wl > 2 || i + 1 >= n_toks || (bl->best.len > 1) ||
        (bl->best.kind != NL_SPAN_VALUE && bl->best.kind != NL_SPAN_STOPWORD &&
         bl->best.kind != NL_SPAN_UNKNOWN && bl->best.len != 0))
        return;
    struct best_link next = {.best = {0, 0, NL_SPAN_UNKNOWN, 0}};
    if (toks[i + 1].kind == NL_TOK_WORD && nl_stem_in_schema(ns, toks[i + 1].stem))
        link_columns(ns, toks, n_toks, i + 1, &next);
    if (next.best.kind != NL_SPAN_COLUMN || !next.n_cand)
        return;
    struct nl_cand vc[NL_MAX_CANDS];
    size_t n_vc = add_value_cands(ns, tk->word, vc, 0), n_own = 0;
    for (size_t k = 0; k < n_vc; k++)
        for (size_t j = 0; j < next.n_cand; j++)
            if (vc[k].table == next.cand[j].table && vc[k].col == next.cand[j].col) {
                vc[n_own++] = vc[k];
                break;
            }
    if (!n_own)
        return;
    bl->best = (struct match){1, BONUS_VALUE, NL_SPAN_VALUE, 0};
    memcpy(bl->cand, vc, n_own * sizeof vc[0]);
    bl->n_cand = n_own;
}

/* "debit transactions" where txn has dr_cr_ind holding 'D' and 'C', and cards have a type
 * 'DEBIT': the transactions' own indicator, which the word names through its abbreviation
 * ("dr"), holding the word's first letter as its code; not a value of another table. */
static void code_before_table(const struct nl_schema *ns, const struct nl_token *toks,
                              size_t n_toks, size_t i, struct best_link *bl)
{
    if (bl->best.kind != NL_SPAN_VALUE || bl->best.len != 1 || i + 1 >= n_toks ||
        toks[i].kind != NL_TOK_WORD || strlen(toks[i].word) < 4)
        return;
    /* the rows named right after: a table ("transactions"), or a column ("amount") */
    struct best_link next = {.best = {0, 0, NL_SPAN_UNKNOWN, 0}};
    link_tables(ns, toks, n_toks, i + 1, &next);
    if (next.best.kind != NL_SPAN_TABLE && toks[i + 1].kind == NL_TOK_WORD &&
        nl_stem_in_schema(ns, toks[i + 1].stem))
        link_columns(ns, toks, n_toks, i + 1, &next);
    size_t wl = strlen(toks[i].word);
    int plural = wl > 4 && toks[i].word[wl - 1] == 's'; /* "number of debits by channel" */
    if (((next.best.kind != NL_SPAN_TABLE && next.best.kind != NL_SPAN_COLUMN) || !next.n_cand) &&
        !plural)
        return;
    if (next.best.kind != NL_SPAN_TABLE && next.best.kind != NL_SPAN_COLUMN)
        next.n_cand = 0; /* any table: the indicator says which */
    for (size_t k = 0; k < bl->n_cand; k++)
        for (size_t j = 0; j < next.n_cand; j++)
            if (bl->cand[k].table == next.cand[j].table)
                return; /* the value is those rows' own */
    char letter[2] = {(char)toupper((unsigned char)toks[i].word[0]), '\0'};
    struct nl_cand vc[NL_MAX_CANDS];
    size_t n_vc = add_value_cands(ns, letter, vc, 0);
    int found = -1;
    for (size_t k = 0; k < n_vc; k++) {
        int named = next.n_cand == 0;
        for (size_t j = 0; j < next.n_cand; j++)
            named |= vc[k].table == next.cand[j].table;
        if (!named)
            continue;
        int t = vc[k].table;
        const struct nl_name *cn = &ns->cols[t][vc[k].col];
        for (size_t w = 0; w < cn->n; w++) {
            const char *full = question_abbreviation(cn->stem[w]);
            char stem[NL_WORD_MAX], own[NL_WORD_MAX];
            if (!full)
                continue;
            nl_stem(full, stem, sizeof stem);
            nl_stem(toks[i].word, own, sizeof own); /* the word may be read as "dr" already */
            if (strcmp(stem, own) == 0) {
                if (found >= 0)
                    return;
                found = (int)k;
                break;
            }
        }
    }
    if (found < 0)
        return;
    bl->cand[0] = vc[found];
    bl->n_cand = 1;
}

/* "active promo codes" where promo_codes has is_active and a campaigns' status lookup holds
 * 'Active': a word that names a yes/no column of the table right after it (is_active,
 * active_flg) is that column, not a value stored far away. */
static void flag_before_table(const struct nl_schema *ns, const struct nl_token *toks,
                              size_t n_toks, size_t i, struct best_link *bl)
{
    static const char *const lead[] = {"is", "has"}, *const trail[] = {"flag", "flg", "ind", "yn"};
    static const char *const copulas[] = {"is", "are", "was", "were"};
    if ((bl->best.kind != NL_SPAN_VALUE && bl->best.kind != NL_SPAN_UNKNOWN) ||
        (bl->best.kind == NL_SPAN_VALUE && bl->best.len != 1) || toks[i].kind != NL_TOK_WORD ||
        strlen(toks[i].stem) < 3)
        return;
    struct best_link next = {.best = {0, 0, NL_SPAN_UNKNOWN, 0}};
    if (i + 1 < n_toks)
        link_tables(ns, toks, n_toks, i + 1, &next);
    /* "promo codes (that) are active": the table right before the verb "to be" */
    if (next.best.kind != NL_SPAN_TABLE && i >= 2 && NL_WORD_IN(toks[i - 1].word, copulas)) {
        size_t end = i - 1 - (i >= 3 && strcmp(toks[i - 2].word, "that") == 0);
        for (size_t j = end > 4 ? end - 4 : 0; j < end; j++) { /* the longest name first */
            next = (struct best_link){.best = {0, 0, NL_SPAN_UNKNOWN, 0}};
            link_tables(ns, toks, n_toks, j, &next);
            if (next.best.kind == NL_SPAN_TABLE && j + next.best.len == end)
                break;
            next.best.kind = NL_SPAN_UNKNOWN;
        }
    }
    if (next.best.kind != NL_SPAN_TABLE || next.n_cand != 1 ||
        next.best.bonus < (next.best.partial ? BONUS_TABLE_PART : BONUS_TABLE_KEY))
        return; /* "paperless accounts" of service_accounts, the one table the word is part of */
    int t = next.cand[0].table, found = -1;
    for (size_t k = 0; k < bl->n_cand; k++)
        if (bl->cand[k].table == t)
            return; /* the value is the table's own */
    for (size_t c = 0; c < ns->s->tables[t].n_cols; c++) {
        const struct nl_name *cn = &ns->cols[t][c];
        int type = ns->s->tables[t].cols[c].type;
        /* is_active, active_flg; est_read_flg ("reads were estimated"): the word, then what
         * the flag is of, then the flag's mark */
        if (cn->n < 2 || cn->n > 3 || (type != SCHEMA_TYPE_INTEGER && type != SCHEMA_TYPE_TEXT))
            continue;
        if ((cn->n == 2 && NL_WORD_IN(cn->stem[0], lead) &&
             strcmp(cn->stem[1], toks[i].stem) == 0) ||
            (NL_WORD_IN(cn->stem[cn->n - 1], trail) && strcmp(cn->stem[0], toks[i].stem) == 0)) {
            if (found >= 0)
                return;
            found = (int)c;
        }
    }
    if (found < 0)
        return;
    bl->best = (struct match){1, BONUS_COLUMN, NL_SPAN_COLUMN, 0};
    bl->cand[0] = (struct nl_cand){t, found, NULL};
    bl->n_cand = 1;
}

/* "Visitors with a membership level above 4 - show name, level and age", "whose level is
 * over 4": a word left unlinked that is a word of the one column named in full before it in
 * the question (Level_of_membership) names that column again. */
static void link_back(const struct nl_schema *ns, const struct nl_token *toks,
                      struct nl_span *spans, size_t n_spans)
{
    for (size_t k = 0; k < n_spans; k++) {
        struct nl_span *sp = &spans[k];
        const struct nl_token *tk = &toks[sp->tok];
        size_t wl = strlen(tk->word);
        if (sp->kind != NL_SPAN_UNKNOWN || tk->kind != NL_TOK_WORD || strlen(tk->stem) < 4 ||
            (wl > 4 && strcmp(tk->word + wl - 2, "ed") == 0))
            continue; /* "the settled amount per settled claim": which claims, not the amount */
        int t = -1, c = -1, n = 0;
        for (size_t j = 0; j < k; j++) { /* named before: "launched ... launch dates" is not */
            const struct nl_span *o = &spans[j];
            if (o->kind != NL_SPAN_COLUMN || o->len < 2 || o->n_cand != 1 || o->cand[0].col < 0)
                continue;
            const struct nl_name *cn = &ns->cols[o->cand[0].table][o->cand[0].col];
            int has = 0;
            for (size_t w = 0; w < cn->n; w++)
                has |= strcmp(cn->stem[w], tk->stem) == 0;
            if (has && (o->cand[0].table != t || o->cand[0].col != c)) {
                t = o->cand[0].table;
                c = o->cand[0].col;
                n++;
            }
        }
        if (n != 1)
            continue;
        sp->kind = NL_SPAN_COLUMN;
        sp->partial = 1;
        sp->cand[0] = (struct nl_cand){.table = t, .col = c};
        sp->n_cand = 1;
    }
}

/* "the average performance rating" over perf_rvw.rating_num, where 'Performance' is also a
 * stored reason for leaving: a value right before a column that names the column's table
 * ("performance" for perf_rvw) is part of the column's name, not the value. Returns the span
 * count. */
static size_t value_names_table(const struct nl_schema *ns, const struct nl_token *toks,
                                struct nl_span *spans, size_t n_spans)
{
    for (size_t k = 0; k + 1 < n_spans; k++) {
        struct nl_span *sp = &spans[k];
        const struct nl_span *nx = &spans[k + 1];
        if (sp->kind != NL_SPAN_VALUE || sp->len != 1 || nx->kind != NL_SPAN_COLUMN ||
            nx->n_cand < 1 || toks[sp->tok].kind != NL_TOK_WORD || toks[nx->tok].after_comma)
            continue;
        int t = nx->cand[0].table, same = 1;
        for (size_t c = 1; c < nx->n_cand; c++)
            same &= nx->cand[c].table == t;
        for (size_t c = 0; c < sp->n_cand; c++)
            same &= sp->cand[c].table != t; /* its own table's value ("the gold medal count") */
        if (!same)
            continue;
        const struct nl_name *tn = &ns->tables[t];
        int names = 0;
        for (size_t w = 0; w < tn->n && !names; w++)
            names = strcmp(tn->stem[w], toks[sp->tok].stem) == 0 ||
                    (strlen(tn->stem[w]) >= 3 && short_form(tn->stem[w], toks[sp->tok].word));
        if (!names)
            continue;
        spans[k + 1].tok = sp->tok;
        spans[k + 1].len += sp->len;
        memmove(spans + k, spans + k + 1, (n_spans - k - 1) * sizeof *spans);
        n_spans--;
    }
    return n_spans;
}

/* Chat shorthand in a question ("ppl", "yr", "qtr"), read as the word, unless the schema uses
 * it as a name of its own (a column yr). The word as written stays in typo. */
static void apply_shorthand(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks)
{
    static const char *const forms[][2] = {
        {"ppl", "people"},      {"yr", "year"},         {"yrs", "years"},
        {"qtr", "quarter"},     {"qtrs", "quarters"},   {"mth", "month"},
        {"mths", "months"},     {"wk", "week"},         {"wks", "weeks"},
        {"custs", "customers"}, {"emps", "employees"},  {"doc", "document"},
        {"docs", "documents"},  {"lvl", "level"},       {"lvls", "levels"},
        {"pop", "population"},  {"dept", "department"}, {"depts", "departments"},
        {"mgr", "manager"},     {"mgrs", "managers"},   {"info", "information"},
        {"approx", "about"},    {"diff", "different"},  {"avrage", "average"},
        {"averge", "average"},  {"avarage", "average"}, {"tot", "total"},
        {"ther", "there"},      {"eps", "episodes"},    {"ep", "episode"},
        {"tix", "tickets"}};
    for (size_t i = 0; i < n_toks; i++) {
        struct nl_token *t = &toks[i];
        if (t->kind != NL_TOK_WORD || nl_stem_in_schema(ns, t->stem))
            continue;
        /* "the diff between the highest and lowest salary": a difference, not "different" */
        int difference =
            strcmp(t->word, "diff") == 0 && i + 1 < n_toks &&
            (strcmp(toks[i + 1].word, "between") == 0 || strcmp(toks[i + 1].word, "of") == 0);
        for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
            if (strcmp(t->word, forms[k][0]) == 0) {
                snprintf(t->typo, sizeof t->typo, "%s", t->word);
                snprintf(t->word, sizeof t->word, "%s", difference ? "difference" : forms[k][1]);
                nl_stem(t->word, t->stem, sizeof t->stem);
                break;
            }
    }
}

/* "the note, number killed and number injured": "number" before a numeric column that counts
 * ("killed", "injured") says that column, no count of rows; dropped. Not before "of", nor when
 * the schema names a number itself. Returns the new token count. */
static size_t drop_number_before_count(const struct nl_schema *ns, struct nl_token *toks,
                                       size_t n_toks)
{
    if (nl_stem_in_schema(ns, "number"))
        return n_toks;
    for (size_t i = 0; i + 1 < n_toks; i++) {
        const struct nl_token *nx = &toks[i + 1];
        if (toks[i].kind != NL_TOK_WORD || strcmp(toks[i].word, "number") != 0 ||
            nx->kind != NL_TOK_WORD || strcmp(nx->word, "of") == 0 || nx->after_comma ||
            strlen(nx->word) < 5 || strcmp(nx->word + strlen(nx->word) - 2, "ed") != 0)
            continue;
        int counts = 0;
        for (size_t t = 0; t < ns->s->n_tables && !counts; t++)
            for (size_t c = 0; c < ns->s->tables[t].n_cols && !counts; c++) {
                const struct schema_column *col = &ns->s->tables[t].cols[c];
                counts = (col->type == SCHEMA_TYPE_INTEGER || col->type == SCHEMA_TYPE_REAL) &&
                         !col->pk && ns->cols[t][c].n == 1 &&
                         strcmp(ns->cols[t][c].stem[0], nx->stem) == 0;
            }
        if (counts)
            n_toks = drop_tokens(toks, n_toks, i, 1);
    }
    return n_toks;
}

size_t nl_link(const struct nl_schema *ns, struct nl_token *toks, size_t n_toks,
               struct nl_span *spans, size_t max_spans)
{
    size_t n_spans = 0;
    apply_shorthand(ns, toks, n_toks);
    n_toks = drop_number_before_count(ns, toks, n_toks);
    n_toks = join_initials(ns, toks, n_toks);
    n_toks = join_acronyms(ns, toks, n_toks);
    n_toks = join_no_show(ns, toks, n_toks);
    n_toks = join_status_rate(ns, toks, n_toks);
    apply_synonyms(ns, toks, n_toks);
    n_toks = drop_employer(toks, n_toks);
    apply_spelling(ns, toks, n_toks);
    n_toks = join_split_words(ns, toks, n_toks);
    apply_short_forms(ns, toks, n_toks);
    apply_cost_verb(ns, toks, n_toks);

    for (size_t i = 0; i < n_toks && n_spans < max_spans;) {
        struct nl_span *sp = &spans[n_spans];
        struct best_link bl = {.best = {0, 0, NL_SPAN_UNKNOWN, 0}};
        size_t lex_len = 0;
        memset(sp, 0, sizeof *sp);

        const struct nl_lex *lex = nl_lex_match(toks, n_toks, i, &lex_len);
        struct nl_cand upper_vc[NL_MAX_CANDS];
        if (lex && lex_len == 1 && toks[i].upper &&
            (lex->role == NL_R_STOP ||
             (strlen(toks[i].word) >= 2 && add_value_cands(ns, toks[i].word, upper_vc, 0) > 0)))
            lex = NULL; /* "US" is a country, "us" a filler word; "donors in OR": Oregon */
        if (lex) {
            bl.best.len = lex_len;
            bl.best.kind = lex->role == NL_R_STOP ? NL_SPAN_STOPWORD : NL_SPAN_LEX;
            bl.best.bonus = !lex->weak               ? BONUS_LEX
                            : lex->role == NL_R_STOP ? BONUS_STOP
                                                     : BONUS_WEAK;
        }
        link_tables(ns, toks, n_toks, i, &bl);
        /* Every way a column matches compares this word's stem with one of the column's. */
        if (toks[i].kind == NL_TOK_WORD &&
            (nl_stem_in_schema(ns, toks[i].stem) || quantity_noun(toks[i].stem)))
            link_columns(ns, toks, n_toks, i, &bl); /* (and "units shipped" for qty_shp) */
        link_values(ns, toks, n_toks, i, &bl, &sp->synonym);
        value_before_table(ns, toks, n_toks, i, &bl);
        flag_before_table(ns, toks, n_toks, i, &bl);
        code_before_table(ns, toks, n_toks, i, &bl);
        value_before_column(ns, toks, n_toks, i, &bl);
        event_noun(ns, toks, i, &bl, &sp->synonym);
        reference_is_table(ns, toks, i, &bl);

        sp->tok = i;
        if (bl.best.len == 0) {
            sp->len = 1;
            sp->kind = toks[i].kind == NL_TOK_NUMBER ? NL_SPAN_NUMBER : NL_SPAN_UNKNOWN;
            sp->num = toks[i].num;
            sp->is_int = toks[i].is_int;
            sp->percent = toks[i].percent;
            sp->currency = toks[i].currency;
            sp->scale = toks[i].scale;
        } else {
            sp->len = bl.best.len;
            sp->kind = bl.best.kind;
            sp->partial = bl.best.partial;
            if (bl.best.kind == NL_SPAN_LEX || bl.best.kind == NL_SPAN_STOPWORD)
                sp->lex = lex;
            memcpy(sp->cand, bl.cand, bl.n_cand * sizeof bl.cand[0]);
            sp->n_cand = bl.n_cand;
        }
        int as_stored = sp->kind == NL_SPAN_VALUE && sp->len == 1 && sp->n_cand &&
                        sp->cand[0].value && strcasecmp(sp->cand[0].value, toks[i].word) == 0;
        for (size_t k = sp->tok; k < sp->tok + sp->len && !as_stored; k++)
            if (toks[k].synonym && !sp->synonym) /* ('Cancelled' stored as written is none) */
                sp->synonym = sp->kind == NL_SPAN_VALUE ? 4 : 1;
        i += sp->len;
        n_spans++;
    }
    link_back(ns, toks, spans, n_spans);
    return value_names_table(ns, toks, spans, n_spans);
}
