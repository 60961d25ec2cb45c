/* A deterministic synthetic schema of many tables, for the large-schema selection test and
 * bench/bench_select.c: tables are named <area>_<thing> (25 areas x 20 things = 500 distinct
 * names), each with an id, foreign keys to two other tables, and columns drawn from a shared
 * vocabulary so words repeat across tables the way they do in real warehouses. A few text columns
 * carry values for the value index. Header-only so the test and the bench share it. */
#ifndef GENBI_SYNTH_SCHEMA_H
#define GENBI_SYNTH_SCHEMA_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/schema.h"

static const char *const synth_areas[] = {
    "sales",   "billing",  "shipping", "warehouse", "payroll",  "marketing", "support",
    "finance", "hr",       "legal",    "research",  "factory",  "retail",    "travel",
    "fleet",   "clinic",   "school",   "library",   "energy",   "farm",      "insurance",
    "telecom", "hotel",    "airline",  "media",
};
static const char *const synth_things[] = {
    "account", "invoice", "parcel",  "pallet",   "employee", "campaign", "ticket",
    "budget",  "contract", "patent", "machine",  "store",    "booking",  "vehicle",
    "patient", "course",   "loan",   "meter",    "harvest",  "policy",
};
static const char *const synth_attrs[] = {
    "created_at",  "updatedAt",   "status",     "amount",      "unit_price",  "quantity",
    "description", "owner_name",  "region_code", "start_date",  "end_date",   "priority",
    "discount_rate", "weightKg",  "color",      "rating",      "notes",       "category",
    "tax_amount",  "currency",    "score",      "level",       "email",       "phone_number",
    "zip_code",    "city",        "country",    "is_active",   "version",     "label",
};
static const char *const synth_status[] = {"open", "closed", "pending", "archived"};

#define SYNTH_AREAS (sizeof synth_areas / sizeof synth_areas[0])
#define SYNTH_THINGS (sizeof synth_things / sizeof synth_things[0])
#define SYNTH_ATTRS (sizeof synth_attrs / sizeof synth_attrs[0])

static char *synth_dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

static void synth_table_name(size_t t, char *out, size_t n)
{
    snprintf(out, n, "%s_%s", synth_areas[(t / SYNTH_THINGS) % SYNTH_AREAS],
             synth_things[t % SYNTH_THINGS]);
}

/* Fills s with n_tables tables of 3 + extra columns each (id, two FKs, `extra` attributes).
 * Returns 0, or -1 when memory runs out (s is then partly filled; schema_free() releases it). */
static int synth_schema_build(struct schema *s, size_t n_tables, size_t extra)
{
    char name[96];
    memset(s, 0, sizeof *s);
    s->dialect = synth_dup("sqlite");
    s->tables = calloc(n_tables, sizeof *s->tables);
    if (!s->dialect || !s->tables)
        return -1;
    size_t cap_values = 0;
    for (size_t t = 0; t < n_tables; t++) {
        struct schema_table *tb = &s->tables[t];
        s->n_tables++;
        synth_table_name(t, name, sizeof name);
        tb->name = synth_dup(name);
        tb->row_count = 1000;
        tb->cols = calloc(3 + extra, sizeof *tb->cols);
        if (!tb->name || !tb->cols)
            return -1;
        for (size_t c = 0; c < 3 + extra; c++) {
            struct schema_column *col = &tb->cols[c];
            tb->n_cols++;
            col->n_distinct = -1;
            if (c == 0) {
                col->name = synth_dup("id");
                col->pk = 1;
                col->type = SCHEMA_TYPE_INTEGER;
            } else if (c <= 2) {
                /* FKs: to the previous table (a long chain) and to one far away. */
                size_t o = c == 1 ? (t + n_tables - 1) % n_tables : (t * 7 + 13) % n_tables;
                synth_table_name(o, name, sizeof name);
                col->fk_table = synth_dup(name);
                col->fk_column = synth_dup("id");
                snprintf(name + strlen(name), sizeof name - strlen(name), "_id");
                col->name = synth_dup(name);
                col->type = SCHEMA_TYPE_INTEGER;
                if (!col->fk_table || !col->fk_column)
                    return -1;
            } else {
                const char *a = synth_attrs[(t * 3 + c * 5) % SYNTH_ATTRS];
                snprintf(name, sizeof name, "%s%s", a, c - 3 >= SYNTH_ATTRS ? "_2" : "");
                col->name = synth_dup(name);
                col->type = strcmp(a, "status") == 0 ? SCHEMA_TYPE_TEXT : SCHEMA_TYPE_REAL;
            }
            col->decl_type = synth_dup(col->type == SCHEMA_TYPE_TEXT ? "TEXT" : "INTEGER");
            if (!col->name || !col->decl_type)
                return -1;
            if (col->type != SCHEMA_TYPE_TEXT)
                continue;
            col->samples = calloc(4, sizeof *col->samples);
            if (!col->samples)
                return -1;
            for (size_t k = 0; k < 4; k++) {
                if (!(col->samples[k] = synth_dup(synth_status[k])))
                    return -1;
                col->n_samples++;
                if (s->n_values == cap_values) {
                    cap_values = cap_values ? cap_values * 2 : 256;
                    struct schema_value *v = realloc(s->values, cap_values * sizeof *v);
                    if (!v)
                        return -1;
                    s->values = v;
                }
                s->values[s->n_values].value = synth_dup(synth_status[k]);
                s->values[s->n_values].table = (uint32_t)t;
                s->values[s->n_values].column = (uint32_t)c;
                if (!s->values[s->n_values++].value)
                    return -1;
            }
            col->n_distinct = 4;
        }
    }
    schema_sort_values(s);
    schema_rehash(s);
    return 0;
}

/* A question about table t that names its area and thing in words, plus one of its attributes. */
static void synth_question(const struct schema *s, size_t t, char *out, size_t n)
{
    const struct schema_table *tb = &s->tables[t];
    const char *attr = tb->n_cols > 3 ? tb->cols[3].name : "id";
    snprintf(out, n, "What is the average %s of %s %ss in each city?", attr,
             synth_areas[(t / SYNTH_THINGS) % SYNTH_AREAS], synth_things[t % SYNTH_THINGS]);
}

#endif
