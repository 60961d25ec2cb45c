/* Content words of a question for templates (words.c). */
#ifndef GENBI_TMPL_WORDS_H
#define GENBI_TMPL_WORDS_H

#include <stddef.h>

#include "util/question.h"

/* The content words of q's tokens not masked (mask may be NULL), in question order, at most cap:
 * function words dropped, operation words folded to a canonical '#' word, others stemmed. */
size_t tm_words_content(const struct question *q, const unsigned char *mask,
                        char (*out)[QUESTION_WORD_MAX], size_t cap);
/* The content words of q's tokens before token at (not masked), as a sorted set; 0 also when
 * memory runs out. */
size_t tm_words_before(const struct question *q, const unsigned char *mask, size_t at,
                       char (*out)[QUESTION_WORD_MAX], size_t cap);
/* Sorts and dedupes w in place; returns the new count. */
size_t tm_words_set(char (*w)[QUESTION_WORD_MAX], size_t n);
/* 1 when the sorted set holds w. */
int tm_words_has(char (*set)[QUESTION_WORD_MAX], size_t n, const char *w);

/* The canonical word a one-word fold gives w (lowercase: "per" -> "#per"), or NULL. */
const char *tm_words_fold(const char *w);
/* 1 when w (lowercase) is a function word templates drop. */
int tm_words_stop(const char *w);

/* 1 when a span of a question, as written, may stand for a stored value through the value's other
 * forms (schema/forms.h: "French" for 'France', "male" for 'M'): 4 characters or more, or a code of
 * capitals ("UK"), so that "in" or "or" is never read as a country's or a state's code. */
int tm_words_form_ok(const char *span);

/* 1..12 when token i of q is a month's full name ("may" only before a number: "May 2023"), else
 * 0. */
int tm_words_month(const struct question *q, size_t i);

/* 1 when a token of q not masked compares in time ("before", "after", "since", "onwards",
 * "earlier", "later"): "before 2021" says a year, "under 2021" a quantity. */
int tm_words_temporal(const struct question *q, const unsigned char *mask);

#define TM_MORPH_MAX 4
/* The stem standing for the forms of one word stem is one of ("spent" -> "spend", "sold" and
 * "sale" -> "sell", "shown" -> "air"), or NULL (then stem stands for itself). Content words
 * carry it. */
const char *tm_words_morph(const char *stem);
/* The other forms of canon (a stem tm_words_morph() gives), at most cap, into out; returns how
 * many. */
size_t tm_words_morph_forms(const char *canon, const char **out, size_t cap);

/* 1 when token i of q is "one" standing for a thing named before ("which one has the most
 * staff", "the one with"), not a number. */
int tm_words_pronoun(const struct question *q, size_t i);

/* 1e3, 1e6 or 1e9 when token i of q is "thousand", "million" or "billion" after a number
 * ("1 million"), else 0. */
double tm_words_multiplier(const struct question *q, size_t i);

/* The byte after token i's text, without a possessive's "'s" ("Bettencourt's"). */
size_t tm_words_tok_end(const struct question *q, size_t i);

/* Calls fn(form, arg) for each other form a value written as text may be stored in: those of
 * value_forms_each() (schema/forms.h), a people's or continent's adjective's ("Bulgarian":
 * 'Bulgaria'; "Asian": 'Asia'; "Italian": 'Italy'), and a plural's singular ("presentations":
 * 'presentation'). Stops at fn's first nonzero return and returns it, else 0. Callers test the
 * forms against one column's stored values, so a form no column holds changes nothing. */
int tm_words_forms_each(const char *text, int (*fn)(const char *form, void *arg), void *arg);

#endif
