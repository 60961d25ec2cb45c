/* Value forms: the other ways a common value is written. "California" is stored as 'CA',
 * "United Kingdom" as 'UK' or 'GBR', "yes" as 'Y', 'T' or 1, "female" as 'F', "third" as '3'.
 * Small, general tables (US states, countries, yes/no, gender, ordinals) and one generic rule
 * (a code that keeps a word's letters in order: 'LGE' for "Large"). The schema's stored values
 * decide which form applies: callers test each form against the value index of one column (the
 * fixer) or of the whole database (the question linker). Pure and thread-safe. */
#ifndef GENBI_FORMS_H
#define GENBI_FORMS_H

#include <stddef.h>

/* Calls fn(form, arg) for every other form of text (compared ignoring case, blanks and
 * punctuation); stops at the first nonzero return of fn and returns it, else 0. A text may
 * belong to several groups ('CA' is California and Canada): every group's forms are visited. */
int value_forms_each(const char *text, int (*fn)(const char *form, void *arg), void *arg);

/* 1 when the normalized texts (lowercase letters and digits) of a and b are equal. */
int value_forms_equal(const char *a, const char *b);

/* 1 when code abbreviates word: a code of 2 to 4 letters, all capitals, that starts with the
 * word's first letter and keeps further letters of the single word in order ('LGE' for
 * "Large", 'MED' for "Medium"); word has at least 4 letters and one word only. */
int value_abbreviates(const char *code, const char *word);

#endif
