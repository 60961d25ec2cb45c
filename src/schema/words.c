/* Schema words: the words a table or column name is made of, and how well the words of one name
 * (a column a query named that does not exist) match another's. The fixer repairs unknown
 * columns with them; the words come from the same splitter, abbreviation table and stemmer as
 * the relevance index (index.c), so "qty", "Quantity" and "quantities" are one word everywhere. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "schema/schema_int.h"

#include "util/banned.h"

/* Names schema authors shorten or rename, beyond the index's one-word abbreviations: a word or
 * a whole name -> its words. Also folds words of one sense onto one ("count" and "number"). */
static const char *const renames[][2] = {
    {"fname", "first name"}, {"lname", "last name"},    {"surname", "last name"},
    {"forename", "first name"}, {"firstname", "first name"}, {"lastname", "last name"},
    {"no", "number"},        {"nbr", "number"},         {"nr", "number"},
    {"count", "number"},     {"hp", "horsepower"},      {"cyl", "cylinder"},
    {"gender", "sex"},       {"male", "sex"},           {"female", "sex"},
    {"dob", "birth date"},   {"bday", "birth date"},    {"birthday", "birth date"},
    {"yob", "birth year"},   {"mpg", "miles per gallon"}, {"pop", "population"},
    {"phone", "mobile"},     {"tel", "mobile"},         {"telephone", "mobile"},
    {"cellphone", "cell mobile"}, {"nationality", "country"}, {"citizenship", "country"},
    {"town", "city"},        {"written", "writer"},     {"wrote", "writer"},
    {"id", "number"},        {"title", "name"},         {"winnings", "earnings"},
};

/* Function words inside names ("Num_of_Staff", "Directed_by", "Is_male"). */
static const char *const fillers[] = {"a", "an", "and", "at", "by", "for", "in", "is", "of",
                                      "per", "the", "to", "has", "was"};

static const char *rename_of(const char *w)
{
    for (size_t i = 0; i < sizeof renames / sizeof renames[0]; i++)
        if (strcmp(renames[i][0], w) == 0)
            return renames[i][1];
    return sx_expand(w);
}

static int filler(const char *w)
{
    for (size_t i = 0; i < sizeof fillers / sizeof fillers[0]; i++)
        if (strcmp(fillers[i], w) == 0)
            return 1;
    return 0;
}

static void add_word(struct schema_words *out, const char *w, size_t n)
{
    if (filler(w) || out->n == SCHEMA_NAME_WORDS)
        return;
    sx_stem(w, n, out->w[out->n]);
    if (out->w[out->n][0])
        out->n++;
}

static void on_word(const char *w, size_t n, void *ctx)
{
    struct schema_words *out = ctx;
    const char *r = rename_of(w);
    if (!r) {
        add_word(out, w, n);
        return;
    }
    char tmp[SX_WORD_MAX];
    while (*r) {
        size_t k = strcspn(r, " ");
        if (k && k < sizeof tmp) {
            memcpy(tmp, r, k);
            tmp[k] = '\0';
            add_word(out, tmp, k);
        }
        r += k + (r[k] == ' ');
    }
}

void schema_name_words(const char *name, struct schema_words *out)
{
    out->n = 0;
    /* The whole name first: "LName" splits into l, name but means last name. */
    char whole[SX_WORD_MAX];
    size_t k = 0;
    for (const char *p = name; *p && k + 1 < sizeof whole; p++)
        if (isalnum((unsigned char)*p))
            whole[k++] = (char)tolower((unsigned char)*p);
    whole[k] = '\0';
    const char *r = k ? rename_of(whole) : NULL;
    if (r && strchr(r, ' ')) {
        on_word(whole, k, out);
        return;
    }
    sx_split(name, 1, on_word, out);
}

/* How alike two words are: 1 equal, 0.8 one a prefix of the other (3 letters or more:
 * "cyl", "direct" / "director"), 0.7 one edit apart (5 letters or more), else 0. */
static double word_match(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return 1.0;
    size_t na = strlen(a), nb = strlen(b);
    size_t m = na < nb ? na : nb;
    if (m >= 3 && strncmp(a, b, m) == 0)
        return 0.8;
    if (m >= 5 && (na > nb ? na - nb : nb - na) <= 1) {
        size_t i = 0;
        while (i < m && a[i] == b[i])
            i++;
        /* one substitution, insertion or deletion at i */
        if (strcmp(a + i + (na >= nb), b + i + (nb >= na)) == 0)
            return 0.7;
    }
    return 0.0;
}

/* One name is the initials of the other's three or more words ("ssn" and
 * social_security_number). */
static int initials_of(const struct schema_words *many, const struct schema_words *one)
{
    if (many->n < 3 || one->n != 1 || strlen(one->w[0]) != many->n)
        return 0;
    for (size_t i = 0; i < many->n; i++)
        if (many->w[i][0] != one->w[0][i])
            return 0;
    return 1;
}

double schema_name_match(const char *name, const char *table, const char *col)
{
    struct schema_words u, c, t;
    schema_name_words(name, &u);
    schema_name_words(col, &c);
    schema_name_words(table, &t);
    if (!u.n || !c.n)
        return 0.0;
    if (initials_of(&u, &c) || initials_of(&c, &u))
        return 0.9;
    int used[SCHEMA_NAME_WORDS] = {0};
    double sum = 0.0;
    size_t table_words = 0;
    for (size_t i = 0; i < u.n; i++) {
        double best = 0.0;
        size_t at = 0;
        for (size_t j = 0; j < c.n; j++) {
            double m = used[j] ? 0.0 : word_match(u.w[i], c.w[j]);
            if (m > best) {
                best = m;
                at = j;
            }
        }
        if (best > 0.0) {
            used[at] = 1;
            sum += best;
            continue;
        }
        /* author_name on table author: the table's own word, implied by the column. */
        for (size_t j = 0; j < t.n; j++)
            if (strcmp(u.w[i], t.w[j]) == 0) {
                sum += 1.0;
                table_words++;
                break;
            }
    }
    return 2.0 * sum / (double)(u.n + c.n + table_words);
}
