/* nl tokenizer: splits a question into lowercase words, numbers (digits or one..twenty) and
 * quoted strings, and stems words with the Snowball English stemmer so that "orders" and "order",
 * "categories" and "category" meet. Contractions keep their negation ("haven't" -> "not") because
 * a missed "not" would turn a question into its opposite. */
#include <ctype.h>
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "nl/nl_int.h"

#include "util/banned.h"

static const struct {
    const char *word;
    int value;
} number_words[] = {
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},       {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},       {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},  {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},  {"twenty", 20},
    {"dozen", 12},   {"hundred", 100},  {"thousand", 1000},
};

void nl_stem(struct sb_stemmer *st, const char *word, char *out, size_t out_len)
{
    size_t n = strlen(word);
    const sb_symbol *r = st ? sb_stemmer_stem(st, (const sb_symbol *)word, (int)n) : NULL;
    if (r) {
        n = (size_t)sb_stemmer_length(st);
        word = (const char *)r;
    }
    if (n >= out_len)
        n = out_len - 1;
    memcpy(out, word, n);
    out[n] = '\0';
}

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c == '_' || c >= 0x80;
}

static void tok_set(struct nl_token *t, enum nl_tok_kind kind, const char *p, size_t n, int lower)
{
    memset(t, 0, sizeof *t);
    t->kind = kind;
    if (n >= NL_WORD_MAX)
        n = NL_WORD_MAX - 1;
    int caps = n >= 2;
    for (size_t i = 0; i < n; i++) {
        t->word[i] = lower ? (char)tolower((unsigned char)p[i]) : p[i];
        caps &= isupper((unsigned char)p[i]) != 0;
    }
    t->word[n] = '\0';
    t->upper = kind == NL_TOK_WORD && caps;
}

/* Digits with an optional decimal part and "1,000"-style groups. Returns bytes used or 0. */
static size_t scan_number(const char *p, double *out, int *is_int)
{
    char tmp[64];
    size_t n = 0, i = 0;
    int dot = 0;
    while (p[i] && n < sizeof tmp - 1) {
        if (isdigit((unsigned char)p[i])) {
            tmp[n++] = p[i++];
        } else if (p[i] == ',' && n > 0 && isdigit((unsigned char)p[i + 1]) &&
                   isdigit((unsigned char)p[i + 2]) && isdigit((unsigned char)p[i + 3]) &&
                   !isdigit((unsigned char)p[i + 4]) && !dot) {
            i++;
        } else if (p[i] == '.' && !dot && n > 0 && isdigit((unsigned char)p[i + 1])) {
            dot = 1;
            tmp[n++] = p[i++];
        } else {
            break;
        }
    }
    if (n == 0 || is_word_byte((unsigned char)p[i]))
        return 0; /* "q1", "2023s": a word, not a number */
    tmp[n] = '\0';
    *out = strtod(tmp, NULL);
    *is_int = !dot;
    return i;
}

int nl_tokenize(const char *q, struct nl_token *toks, size_t max, struct sb_stemmer *st)
{
    size_t n = 0;
    const char *p = q;
    while (*p) {
        unsigned char c = (unsigned char)*p;
        const char *start = p;
        if (n >= max)
            return -1;
        if (c == '"' || c == '`' || (c == '\'' && (p == q || !is_word_byte((unsigned char)p[-1])))) {
            const char *end = strchr(p + 1, (char)c);
            if (end && end > p + 1) {
                /* the literal keeps its case; the stem (set below) is lowercase for matching */
                tok_set(&toks[n], NL_TOK_QUOTED, p + 1, (size_t)(end - p - 1), 0);
                n++;
                p = end + 1;
                continue;
            }
            p++;
            continue;
        }
        if (isdigit(c)) {
            double v;
            int is_int;
            size_t used = scan_number(p, &v, &is_int);
            if (used) {
                tok_set(&toks[n], NL_TOK_NUMBER, p, used, 1);
                toks[n].num = v;
                toks[n].is_int = is_int;
                memcpy(toks[n].stem, toks[n].word, sizeof toks[n].stem);
                p += used;
                if (*p == '%') { /* "10%": the filter decides whether the column holds 0.1 */
                    toks[n].percent = 1;
                    p++;
                }
                n++;
                continue;
            }
        }
        if (!is_word_byte(c) || c == '_') {
            p++;
            continue;
        }
        /* "section_name" written as the column is two words, as the linker splits names */
        while (is_word_byte((unsigned char)*p) && *p != '_')
            p++;
        size_t len = (size_t)(p - start);
        /* contractions: "n't" is a negation; "'s", "'re", "'ve" ... carry nothing we use */
        if (*p == '\'' && isalpha((unsigned char)p[1])) {
            const char *q2 = p + 1;
            while (isalpha((unsigned char)*q2))
                q2++;
            int neg = len > 1 && (start[len - 1] == 'n' || start[len - 1] == 'N') &&
                      q2 - p == 2 && (p[1] == 't' || p[1] == 'T');
            if (neg) {
                len--; /* "haven't" -> "have" + "not"; "can't" -> "ca" + "not" is harmless */
            }
            tok_set(&toks[n], NL_TOK_WORD, start, len, 1);
            n++;
            if (neg) {
                if (n >= max)
                    return -1;
                tok_set(&toks[n], NL_TOK_WORD, "not", 3, 0);
                n++;
            }
            p = q2;
        } else {
            tok_set(&toks[n], NL_TOK_WORD, start, len, 1);
            n++;
        }
    }
    /* "HOW MANY CUSTOMERS ARE THERE?": capitals mark abbreviations only in a mixed-case question */
    size_t words = 0, caps = 0;
    for (size_t i = 0; i < n; i++) {
        words += toks[i].kind == NL_TOK_WORD;
        caps += toks[i].kind == NL_TOK_WORD && toks[i].upper;
    }
    for (size_t i = 0; caps * 2 > words && i < n; i++)
        toks[i].upper = 0;
    for (size_t i = 0; i < n; i++) {
        struct nl_token *t = &toks[i];
        if (t->kind == NL_TOK_WORD) {
            for (size_t k = 0; k < sizeof number_words / sizeof number_words[0]; k++) {
                if (strcmp(t->word, number_words[k].word) == 0) {
                    t->kind = NL_TOK_NUMBER;
                    t->num = number_words[k].value;
                    t->is_int = 1;
                    break;
                }
            }
        }
        if (t->kind == NL_TOK_WORD)
            nl_stem(st, t->word, t->stem, sizeof t->stem);
        else if (t->kind == NL_TOK_QUOTED) {
            size_t k = 0;
            for (; t->word[k]; k++)
                t->stem[k] = (char)tolower((unsigned char)t->word[k]);
            t->stem[k] = '\0';
        } else {
            memcpy(t->stem, t->word, sizeof t->stem);
        }
    }
    return (int)n;
}
