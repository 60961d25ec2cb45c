/* Schema selection for a question given as text, read the way core reads it: for tests and
 * benchmarks that state their questions as strings. */
#ifndef GENBI_TEST_SELECT_TEXT_H
#define GENBI_TEST_SELECT_TEXT_H

#include "schema/schema.h"
#include "util/question.h"

static inline int select_text_ex(const struct schema *s, const struct schema_index *ix,
                                 const char *text, const struct schema_select_opts *o,
                                 struct schema_selection *out, struct err *e)
{
    struct question *q = NULL;
    int rc = question_read(text, &q);
    if (!rc)
        rc = schema_select_ex(s, ix, q, o, out, e);
    question_free(q);
    return rc;
}

static inline int select_text(const struct schema *s, const char *text, int max_tables,
                              struct schema_selection *out, struct err *e)
{
    struct schema_select_opts o = SCHEMA_SELECT_DEFAULTS;
    o.max_tables = max_tables;
    return select_text_ex(s, NULL, text, &o, out, e);
}

#endif
