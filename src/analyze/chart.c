/* Chart specs: a Vega-Lite v5 spec chosen from the shape of a result (analyze_pick) - a big
 * number for a single value, bars for category + measure, a pie when the question asks for
 * shares, a line for a date series, points for two measures - with the rows inlined as data.
 * The spec is self-contained so the web page renders it with vega-embed and nothing else. */
#include "analyze/analyze.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "util/banned.h"

#define VEGA_LITE_SCHEMA "https://vega.github.io/schema/vega-lite/v5.json"

/* Wording that asks how a whole divides up ("share", "percentage", "breakdown": QCUE_SHARE in
 * the one cue table), which a pie answers better than bars. */
static int asks_for_share(const struct question *q)
{
    return q && (q->cues & QCUE_SHARE);
}

/* The columns a chart shows, with the key each has in the inline data. Keys differ from the
 * column names only when names repeat ("name" from two joined tables) or are empty. */
struct chart_cols {
    int col[3];
    char key[3][128];
    char field[3][256]; /* key escaped for Vega-Lite, where '.' and '[' mean nested access */
    int n;
};

static void chart_cols_add(struct chart_cols *cc, const struct db_result *r, int col)
{
    const char *name = r->cols && r->cols[col] && r->cols[col][0] ? r->cols[col] : "value";
    json_t *clean = analyze_json_text(name); /* object keys must be valid UTF-8 */
    const char *s = json_string_value(clean) ? json_string_value(clean) : "value";
    size_t len = strlen(s);
    int i = cc->n++;
    if (len > 100) {
        len = 100;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
    }
    cc->col[i] = col;
    snprintf(cc->key[i], sizeof cc->key[i], "%.*s", (int)len, s);
    for (int j = 0; j < i; j++)
        if (!strcmp(cc->key[j], cc->key[i]))
            snprintf(cc->key[i], sizeof cc->key[i], "%.*s_%d", (int)len, s, i + 1);
    json_decref(clean);
    size_t o = 0;
    for (const char *k = cc->key[i]; *k && o + 2 < sizeof cc->field[i]; k++) {
        if (strchr(".[]\\", *k))
            cc->field[i][o++] = '\\';
        cc->field[i][o++] = *k;
    }
    cc->field[i][o] = '\0';
}

/* Inline data: one object per row, only the charted columns, at most ANALYZE_CHART_MAX_ROWS. */
static json_t *chart_data(const struct db_result *r, const struct chart_cols *cc, int year_col)
{
    json_t *values = json_array();
    if (!values)
        return NULL;
    for (size_t row = 0; row < r->n_rows && row < ANALYZE_CHART_MAX_ROWS; row++) {
        json_t *o = json_object();
        if (json_array_append_new(values, o))
            goto fail;
        for (int i = 0; i < cc->n; i++) {
            const struct db_cell *c = db_cell_at(r, row, (size_t)cc->col[i]);
            json_t *v;
            if (c->type == DB_NULL)
                v = json_null();
            else if (cc->col[i] == year_col && c->type != DB_TEXT)
                v = json_integer(c->type == DB_INT ? c->i : (json_int_t)c->d);
            else if (c->type == DB_INT)
                v = json_integer(c->i);
            else if (c->type == DB_REAL)
                v = isfinite(c->d) ? json_real(c->d) : json_null();
            else
                v = analyze_json_text(c->s);
            if (json_object_set_new(o, cc->key[i], v))
                goto fail;
        }
    }
    return values;
fail:
    json_decref(values);
    return NULL;
}

/* {"field": f, "type": t, "title": column name} */
static json_t *enc(const struct db_result *r, const struct chart_cols *cc, int i, const char *type)
{
    const char *title = r->cols && r->cols[cc->col[i]] ? r->cols[cc->col[i]] : cc->key[i];
    json_t *e = json_object();
    if (!e)
        return NULL;
    if (json_object_set_new(e, "field", analyze_json_text(cc->field[i])) ||
        json_object_set_new(e, "type", json_string(type)) ||
        json_object_set_new(e, "title", analyze_json_text(title))) {
        json_decref(e);
        return NULL;
    }
    return e;
}

static json_t *mark(const char *type)
{
    return json_pack("{s:s, s:b}", "type", type, "tooltip", 1);
}

static json_t *title(const char *text, const char *subtitle)
{
    if (!subtitle || !*subtitle)
        return analyze_json_text(text);
    json_t *t = json_object();
    if (t && (json_object_set_new(t, "text", analyze_json_text(text)) ||
              json_object_set_new(t, "subtitle", analyze_json_text(subtitle)))) {
        json_decref(t);
        return NULL;
    }
    return t;
}

static const char *col_name(const struct db_result *r, int c)
{
    return r->cols && r->cols[c] ? r->cols[c] : "value";
}

/* A duplicated category draws bars on top of each other; aggregating draws one per value. */
static int set_aggregate(json_t *e, const struct analyze_pick *p)
{
    if (!p->cat_repeats)
        return 0;
    return json_object_set_new(e, "aggregate", json_string(p->shareable ? "sum" : "mean"));
}

static json_t *spec_big_number(const struct db_result *r, const struct chart_cols *cc)
{
    json_t *text = enc(r, cc, 0, "quantitative");
    if (!text || json_object_set_new(text, "format", json_string(",.2~f"))) {
        json_decref(text);
        return NULL;
    }
    return json_pack("{s:o, s:{s:s, s:i, s:s, s:s, s:s}, s:{s:o}, s:i, s:i, s:{s:n}}", "title",
                     analyze_json_text(col_name(r, cc->col[0])), "mark", "type", "text", "fontSize",
                     56, "fontWeight", "bold", "align", "center", "baseline", "middle", "encoding",
                     "text", text, "width", 320, "height", 120, "view", "stroke");
}

static json_t *spec_bar(const struct db_result *r, const struct chart_cols *cc,
                        const struct analyze_pick *p, const char *sub)
{
    char t[512];
    json_t *x = enc(r, cc, 0, "nominal"), *y = enc(r, cc, 1, "quantitative");
    if (!x || !y || json_object_set_new(x, "sort", json_string("-y")) || set_aggregate(y, p))
        goto fail;
    snprintf(t, sizeof t, "%s by %s", col_name(r, cc->col[1]), col_name(r, cc->col[0]));
    return json_pack("{s:o, s:o, s:{s:o, s:o}}", "title", title(t, sub), "mark", mark("bar"),
                     "encoding", "x", x, "y", y);
fail:
    json_decref(x);
    json_decref(y);
    return NULL;
}

static json_t *spec_arc(const struct db_result *r, const struct chart_cols *cc,
                        const struct analyze_pick *p, const char *sub)
{
    char t[512];
    json_t *theta = enc(r, cc, 1, "quantitative"), *color = enc(r, cc, 0, "nominal");
    if (!theta || !color || set_aggregate(theta, p))
        goto fail;
    snprintf(t, sizeof t, "Share of %s by %s", col_name(r, cc->col[1]), col_name(r, cc->col[0]));
    return json_pack("{s:o, s:o, s:{s:o, s:o}, s:{s:n}}", "title", title(t, sub), "mark",
                     mark("arc"), "encoding", "theta", theta, "color", color, "view", "stroke");
fail:
    json_decref(theta);
    json_decref(color);
    return NULL;
}

/* Time unit for ISO dates, which browsers parse as UTC: without a utc unit the axis would show
 * the previous day west of Greenwich. */
static const char *iso_time_unit(const struct db_result *r, int col)
{
    for (size_t row = 0; row < r->n_rows; row++) {
        const struct db_cell *c = db_cell_at(r, row, (size_t)col);
        if (c->type != DB_TEXT || !c->s)
            continue;
        size_t n = strlen(c->s);
        return n == 7 ? "utcyearmonth" : n == 10 ? "utcyearmonthdate" : NULL;
    }
    return NULL;
}

static json_t *spec_line(const struct db_result *r, const struct chart_cols *cc,
                         const struct analyze_pick *p, const char *sub)
{
    char t[512];
    json_t *x = enc(r, cc, 0, p->ordinal ? "ordinal" : "temporal");
    json_t *y = enc(r, cc, 1, "quantitative");
    json_t *color = cc->n > 2 ? enc(r, cc, 2, "nominal") : NULL;
    const char *unit = p->ordinal ? NULL : iso_time_unit(r, cc->col[0]);
    if (!x || !y || (cc->n > 2 && !color) ||
        (unit && json_object_set_new(x, "timeUnit", json_string(unit))))
        goto fail;
    snprintf(t, sizeof t, "%s over %s", col_name(r, cc->col[1]), col_name(r, cc->col[0]));
    /* "o*" leaves out the colour of a single series */
    return json_pack("{s:o, s:{s:s, s:b, s:b}, s:{s:o, s:o, s:o*}}", "title", title(t, sub), "mark",
                     "type", "line", "point", 1, "tooltip", 1, "encoding", "x", x, "y", y, "color",
                     color);
fail:
    json_decref(x);
    json_decref(y);
    json_decref(color);
    return NULL;
}

static json_t *spec_point(const struct db_result *r, const struct chart_cols *cc)
{
    char t[512];
    json_t *x = enc(r, cc, 0, "quantitative"), *y = enc(r, cc, 1, "quantitative");
    if (!x || !y || json_object_set_new(x, "scale", json_pack("{s:b}", "zero", 0)) ||
        json_object_set_new(y, "scale", json_pack("{s:b}", "zero", 0)))
        goto fail;
    snprintf(t, sizeof t, "%s vs %s", col_name(r, cc->col[1]), col_name(r, cc->col[0]));
    return json_pack("{s:o, s:o, s:{s:o, s:o}}", "title", analyze_json_text(t), "mark",
                     mark("point"), "encoding", "x", x, "y", y);
fail:
    json_decref(x);
    json_decref(y);
    return NULL;
}

json_t *analyze_chart_spec(const struct question *question, const struct db_result *r,
                           const json_t *columns)
{
    struct analyze_pick p;
    struct chart_cols cc;
    char sub[128] = "", lo[48], hi[48];
    json_t *spec = NULL, *data = NULL;
    int year_col = -1;
    if (!r || !columns)
        return NULL;
    analyze_pick(r, columns, &p);
    memset(&cc, 0, sizeof cc);
    switch (p.shape) {
    case ANALYZE_SHAPE_SINGLE:
        if (p.measure < 0)
            return NULL;
        chart_cols_add(&cc, r, p.measure);
        spec = spec_big_number(r, &cc);
        break;
    case ANALYZE_SHAPE_CATEGORY:
        chart_cols_add(&cc, r, p.cat);
        chart_cols_add(&cc, r, p.measure);
        if (p.shareable && !r->truncated && !r->limited && p.total > 0) {
            analyze_fmt_compact(p.total, lo, sizeof lo);
            snprintf(sub, sizeof sub, "total %s", lo);
        }
        if (asks_for_share(question) && p.shareable && p.total > 0 &&
            p.cat_distinct <= ANALYZE_PIE_MAX_SLICES)
            spec = spec_arc(r, &cc, &p, sub);
        else
            spec = spec_bar(r, &cc, &p, sub);
        break;
    case ANALYZE_SHAPE_SERIES: {
        const json_t *m = json_array_get(columns, (size_t)p.measure);
        chart_cols_add(&cc, r, p.date);
        chart_cols_add(&cc, r, p.measure);
        if (p.cat >= 0)
            chart_cols_add(&cc, r, p.cat);
        if (p.ordinal)
            year_col = p.date;
        analyze_fmt_compact(json_number_value(json_object_get(m, "min")), lo, sizeof lo);
        analyze_fmt_compact(json_number_value(json_object_get(m, "max")), hi, sizeof hi);
        snprintf(sub, sizeof sub, "from %s to %s", lo, hi);
        spec = spec_line(r, &cc, &p, sub);
        break;
    }
    case ANALYZE_SHAPE_XY:
        chart_cols_add(&cc, r, p.measure);
        chart_cols_add(&cc, r, p.measure2);
        spec = spec_point(r, &cc);
        break;
    default:
        return NULL;
    }
    if (!spec)
        return NULL;
    data = chart_data(r, &cc, year_col);
    /* "$schema" first so the spec reads as Vega-Lite when dumped (jansson keeps key order) */
    json_t *out = json_pack("{s:s, s:{s:o}}", "$schema", VEGA_LITE_SCHEMA, "data", "values", data);
    if (!out || json_object_update(out, spec)) {
        json_decref(out);
        out = NULL;
    }
    json_decref(spec);
    return out;
}
