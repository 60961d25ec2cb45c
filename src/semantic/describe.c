/* semantic, for prompts: the layer's definitions as SQL comments after the compact schema, so a
 * model tier computes "revenue" the way the layer (and tier 0) does, takes the preferred join
 * path and knows the fiscal year and the currency. Only definitions over the selected tables are
 * written: the others could not be used with that context anyway. */
#include <stdio.h>
#include <string.h>

#include "schema/schema.h"
#include "semantic/semantic.h"

#include "util/banned.h"

/* Every table sql names is among the selected ones. */
static int within(const struct schema *s, const char *sql, const size_t *tables, size_t n)
{
    int t[SEMANTIC_MAX_LIST];
    size_t k = semantic_sql_tables(sql, s, t, SEMANTIC_MAX_LIST);
    for (size_t i = 0; i < k; i++) {
        size_t j = 0;
        while (j < n && tables[j] != (size_t)t[i])
            j++;
        if (j == n)
            return 0;
    }
    return 1;
}

/* One line: newlines of a folded expression become spaces. */
static void put_flat(struct buf *out, const char *s)
{
    for (; *s; s++)
        buf_putc(out, *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void put_metric(struct buf *out, const struct semantic_metric *m)
{
    static const char *const formats[] = {"number", "currency", "percent"};
    buf_printf(out, "-- %s", m->name);
    for (size_t k = 0; k < m->synonyms.n; k++)
        buf_printf(out, "%s%s", k ? ", " : " (also: ", m->synonyms.items[k]);
    buf_puts(out, m->synonyms.n ? ") = " : " = ");
    put_flat(out, m->expr);
    for (size_t k = 0; k < m->filters.n; k++) {
        buf_puts(out, k ? " AND " : " WHERE ");
        put_flat(out, m->filters.items[k]);
    }
    buf_printf(out, " [%s]", formats[m->format]);
    if (m->description) {
        buf_puts(out, ": ");
        put_flat(out, m->description);
    }
    buf_putc(out, '\n');
}

int semantic_describe(const struct semantic *sm, const struct schema *s, const size_t *tables,
                      size_t n_tables, struct buf *out)
{
    int header = 0;
    for (size_t i = 0; sm && i < sm->n_metrics; i++) {
        const struct semantic_metric *m = &sm->metrics[i];
        int ok = within(s, m->expr, tables, n_tables);
        for (size_t k = 0; ok && k < m->filters.n; k++)
            ok = within(s, m->filters.items[k], tables, n_tables);
        if (!ok)
            continue;
        if (!header++)
            buf_puts(out, "\n-- Business definitions (use them when the question names one):\n");
        put_metric(out, m);
    }
    for (size_t i = 0; sm && i < sm->n_joins; i++) {
        buf_puts(out, "-- preferred join path:");
        for (size_t k = 0; k < sm->joins[i].n; k++)
            buf_printf(out, "%s%s", k ? " -> " : " ", sm->joins[i].items[k]);
        buf_putc(out, '\n');
    }
    if (sm && (sm->currency || sm->fiscal_year_start > 1)) {
        buf_puts(out, "--");
        if (sm->currency)
            buf_printf(out, " amounts are in %s;", sm->currency);
        if (sm->fiscal_year_start > 1)
            buf_printf(out, " the fiscal year starts in month %d;", sm->fiscal_year_start);
        buf_putc(out, '\n');
    }
    return out->failed ? ERR_NOMEM : 0;
}
