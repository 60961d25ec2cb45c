/* Chart specs: a Vega-Lite v5 spec chosen from the shape of a result (analyze_pick) - a big
 * number for a single value, bars for category + measure, a pie when the question asks for
 * shares, a line for a date series, points for two measures - with the rows inlined as data.
 * The spec is self-contained so the web page renders it with vega-embed and nothing else. */
#include "analyze/analyze.h"
#include "analyze/analyze_int.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/buf.h"
#include "util/jsonw.h"

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
    struct analyze_display d[3];
    int n;
    int share; /* the data carries SHARE_KEY: each row's fraction of the measure's total */
};

/* The key of each row's share in the inline data; a column of the result cannot be named so. */
#define SHARE_KEY "__share"

static void chart_cols_add(struct chart_cols *cc, const struct db_result *r,
                           const json_t *columns, int col)
{
    analyze_display_get(r, columns, (size_t)col, &cc->d[cc->n]);
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

/* One cell of the inline data: a first name with its last name, numbers scaled as displayed and
 * without binary noise. */
static json_t *chart_value(const struct db_result *r, const struct chart_cols *cc, int i,
                           size_t row, int year_col)
{
    const struct db_cell *c = db_cell_at(r, row, (size_t)cc->col[i]);
    char joined[512];
    if (c->type == DB_NULL && cc->d[i].joins < 0)
        return json_null();
    if (cc->col[i] == year_col && c->type != DB_TEXT)
        return json_integer(c->type == DB_INT ? c->i : (json_int_t)c->d);
    if (c->type == DB_INT && cc->d[i].scale == 1)
        return json_integer(c->i);
    if (c->type == DB_INT || c->type == DB_REAL)
        return analyze_json_real((c->type == DB_INT ? (double)c->i : c->d) * cc->d[i].scale);
    const char *s = analyze_cell_joined(r, &cc->d[i], row, (size_t)cc->col[i], joined,
                                        sizeof joined);
    return s ? analyze_json_text(s) : json_null();
}

/* Inline data: one object per row, only the charted columns, at most ANALYZE_CHART_MAX_ROWS;
 * total > 0 adds each row's share of it (the measure is column 1). */
static json_t *chart_data(const struct db_result *r, const struct chart_cols *cc, int year_col,
                          double total)
{
    json_t *values = json_array();
    if (!values)
        return NULL;
    for (size_t row = 0; row < r->n_rows && row < ANALYZE_CHART_MAX_ROWS; row++) {
        json_t *o = json_object();
        if (json_array_append_new(values, o))
            goto fail;
        for (int i = 0; i < cc->n; i++)
            if (json_object_set_new(o, cc->key[i], chart_value(r, cc, i, row, year_col)))
                goto fail;
        if (cc->share && total > 0) {
            const struct db_cell *m = db_cell_at(r, row, (size_t)cc->col[1]);
            double v = m->type == DB_INT ? (double)m->i : m->type == DB_REAL ? m->d : NAN;
            if (json_object_set_new(o, SHARE_KEY, analyze_json_real(v / total)))
                goto fail;
        }
    }
    return values;
fail:
    json_decref(values);
    return NULL;
}

/* The d3 format of a measure's values: "$,.2f" for dollars, ",.1f" ...; tick: the form for an
 * axis, which drops zeros after the point. */
static void d3_format(const struct analyze_display *d, int tick, char *buf, size_t n)
{
    int dec = d->kind >= AKIND_NUMBER ? d->decimals : 0;
    snprintf(buf, n, "%s,.%d%sf", d->kind == AKIND_CURRENCY && !strcmp(d->currency, "USD") ? "$" : "",
             dec, tick ? "~" : "");
}

/* A measure's title says its unit when the values do not: "(EUR)", "(%)". */
static void measure_title(const struct analyze_display *d, char *buf, size_t n)
{
    if (d->kind == AKIND_CURRENCY && strcmp(d->currency, "USD"))
        snprintf(buf, n, "%s (%s)", d->label, d->currency);
    else if (d->kind == AKIND_PERCENT)
        snprintf(buf, n, "%s (%%)", d->label);
    else
        snprintf(buf, n, "%s", d->label);
}

/* {"field": f, "type": t, "title": the column's label}; a quantitative x or y axis also gets
 * the values' format. */
static json_t *enc(const struct db_result *r, const struct chart_cols *cc, int i, const char *type)
{
    char t[160], f[32];
    (void)r;
    json_t *e = json_object();
    if (!e)
        return NULL;
    measure_title(&cc->d[i], t, sizeof t);
    int bad = json_object_set_new(e, "field", analyze_json_text(cc->field[i]));
    bad |= json_object_set_new(e, "type", json_string(type));
    bad |= json_object_set_new(e, "title", analyze_json_text(t));
    if (!strcmp(type, "quantitative") && cc->d[i].kind >= AKIND_NUMBER) {
        d3_format(&cc->d[i], 1, f, sizeof f);
        bad |= json_object_set_new(e, "axis", json_pack("{s:s}", "format", f));
    }
    if (bad) {
        json_decref(e);
        return NULL;
    }
    return e;
}

/* Tooltip fields: the label, the measure in its format, and the share when the data has it. */
static json_t *tooltip(const struct chart_cols *cc, const char *first_type)
{
    char f[32], t[160];
    json_t *list = json_array();
    for (int i = 0; list && i < cc->n; i++) {
        const char *type = i == 0 ? first_type : i == 1 ? "quantitative" : "nominal";
        measure_title(&cc->d[i], t, sizeof t);
        json_t *o = json_pack("{s:o, s:s, s:o}", "field", analyze_json_text(cc->field[i]), "type",
                              type, "title", analyze_json_text(t));
        if (o && !strcmp(type, "quantitative") && cc->d[i].kind >= AKIND_NUMBER) {
            d3_format(&cc->d[i], 0, f, sizeof f);
            if (json_object_set_new(o, "format", json_string(f)))
                json_decref(o), o = NULL;
        }
        if (json_array_append_new(list, o))
            goto fail;
    }
    if (list && cc->share &&
        json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s}", "field", SHARE_KEY, "type",
                                              "quantitative", "title", "share", "format", ".1%")))
        goto fail;
    return list;
fail:
    json_decref(list);
    return NULL;
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

/* A duplicated category draws bars on top of each other; aggregating draws one per value. */
static int set_aggregate(json_t *e, const struct analyze_pick *p)
{
    if (!p->cat_repeats)
        return 0;
    return json_object_set_new(e, "aggregate", json_string(p->shareable ? "sum" : "mean"));
}

/* Sets each (key, value) pair of a NULL-key-terminated list on o; nonzero when any failed (every
 * value is taken, set or not). json_pack() reads its format on every call: the big number, the
 * chart of a one-value answer, is built with direct calls. */
static int set_all(json_t *o, const char *key, json_t *v, ...)
{
    va_list ap;
    int bad = 0;
    va_start(ap, v);
    while (key) {
        bad |= json_object_set_new_nocheck(o, key, v); /* keys are the literals below */
        key = va_arg(ap, const char *);
        if (key)
            v = va_arg(ap, json_t *);
    }
    va_end(ap);
    return bad;
}

static json_t *spec_big_number(const struct db_result *r, const struct chart_cols *cc)
{
    char f[32], t[160];
    (void)r;
    d3_format(&cc->d[0], 0, f, sizeof f);
    measure_title(&cc->d[0], t, sizeof t);
    json_t *text = json_object(), *mark = json_object(), *encoding = json_object(),
           *view = json_object(), *spec = json_object();
    int bad = set_all(text, "field", analyze_json_text(cc->field[0]), "type",
                      json_string_nocheck("quantitative"), "title", analyze_json_text(t),
                      "format", json_string(f), NULL);
    bad |= set_all(mark, "type", json_string_nocheck("text"), "fontSize", json_integer(56),
                   "fontWeight", json_string_nocheck("bold"), "align",
                   json_string_nocheck("center"), "baseline", json_string_nocheck("middle"), NULL);
    bad |= set_all(encoding, "text", text, NULL);
    bad |= set_all(view, "stroke", json_null(), NULL);
    bad |= set_all(spec, "title", analyze_json_text(t), "mark", mark, "encoding", encoding,
                   "width", json_integer(320), "height", json_integer(120), "view", view, NULL);
    if (bad) {
        json_decref(spec);
        return NULL;
    }
    return spec;
}

/* A text layer over bars or slices with each row's share ("23%"); extra: mark properties. */
static json_t *share_labels(json_t *extra)
{
    json_t *m = json_pack("{s:s}", "type", "text");
    if (!m || (extra && json_object_update(m, extra))) {
        json_decref(m);
        m = NULL;
    }
    json_decref(extra);
    return json_pack("{s:o, s:{s:{s:s, s:s, s:s}}}", "mark", m, "encoding", "text", "field",
                     SHARE_KEY, "type", "quantitative", "format", ".0%");
}

static json_t *spec_bar(const struct db_result *r, const struct chart_cols *cc,
                        const struct analyze_pick *p, const char *sub, int labels)
{
    char t[512];
    json_t *x = enc(r, cc, 0, "nominal"), *y = enc(r, cc, 1, "quantitative");
    json_t *tip = tooltip(cc, "nominal");
    if (!x || !y || !tip)
        goto fail;
    /* in layers "-y" would be one sort per layer, which Vega-Lite cannot union */
    json_t *sort = labels ? json_pack("{s:s, s:s, s:s}", "field", cc->field[1], "op", "sum",
                                      "order", "descending")
                          : json_string("-y");
    if (json_object_set_new(x, "sort", sort) || set_aggregate(y, p))
        goto fail;
    snprintf(t, sizeof t, "%s by %s", cc->d[1].label, cc->d[0].label);
    if (!labels)
        return json_pack("{s:o, s:o, s:{s:o, s:o, s:o}}", "title", title(t, sub), "mark",
                         mark("bar"), "encoding", "x", x, "y", y, "tooltip", tip);
    /* shares asked: each bar says its percentage */
    return json_pack("{s:o, s:{s:o, s:o, s:o}, s:[{s:o}, o]}", "title", title(t, sub), "encoding",
                     "x", x, "y", y, "tooltip", tip, "layer", "mark", mark("bar"),
                     share_labels(json_pack("{s:s, s:i}", "baseline", "bottom", "dy", -2)));
fail:
    json_decref(x);
    json_decref(y);
    json_decref(tip);
    return NULL;
}

/* Slices with their percentages; a repeated category is summed first so each has one slice. */
static json_t *spec_arc(const struct db_result *r, const struct chart_cols *cc,
                        const struct analyze_pick *p, const char *sub)
{
    char t[512];
    json_t *theta = enc(r, cc, 1, "quantitative"), *color = enc(r, cc, 0, "nominal");
    json_t *tip = tooltip(cc, "nominal");
    if (!theta || !color || !tip || json_object_set_new(theta, "stack", json_true()) ||
        set_aggregate(theta, p))
        goto fail;
    json_object_del(theta, "axis"); /* a slice has no axis */
    snprintf(t, sizeof t, "Share of %s by %s", cc->d[1].label, cc->d[0].label);
    if (p->cat_repeats) /* one label per row would pile up on a summed slice */
        return json_pack("{s:o, s:o, s:{s:o, s:o, s:o}, s:{s:n}}", "title", title(t, sub), "mark",
                         mark("arc"), "encoding", "theta", theta, "color", color, "tooltip", tip,
                         "view", "stroke");
    return json_pack("{s:o, s:{s:o, s:o, s:o}, s:[{s:{s:s, s:i, s:b}}, o], s:{s:n}}", "title",
                     title(t, sub), "encoding", "theta", theta, "color", color, "tooltip", tip,
                     "layer", "mark", "type", "arc", "outerRadius", 110, "tooltip", 1,
                     share_labels(json_pack("{s:i}", "radius", 130)), "view", "stroke");
fail:
    json_decref(theta);
    json_decref(color);
    json_decref(tip);
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
    snprintf(t, sizeof t, "%s over %s", cc->d[1].label, cc->d[0].label);
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
    snprintf(t, sizeof t, "%s vs %s", cc->d[1].label, cc->d[0].label);
    return json_pack("{s:o, s:o, s:{s:o, s:o}}", "title", analyze_json_text(t), "mark",
                     mark("point"), "encoding", "x", x, "y", y);
fail:
    json_decref(x);
    json_decref(y);
    return NULL;
}

/* The subtitle of a series: one series says where it started and ended and the change ("from
 * $120 in Jan 2023 to $180 in Dec 2023, +50%"); several say the range of their values. */
static void series_subtitle(const struct db_result *r, const json_t *columns,
                            const struct analyze_pick *p, const struct analyze_display *dm,
                            char *sub, size_t n)
{
    char lo[64], hi[64], from[96], to[96], change[48];
    size_t first, last, m = (size_t)p->measure;
    analyze_series_ends(r, p, &first, &last);
    if (p->cat < 0 && first != SIZE_MAX && first != last) {
        const struct db_cell *a = db_cell_at(r, first, m), *z = db_cell_at(r, last, m);
        double va = a->type == DB_INT ? (double)a->i : a->d, vz = z->type == DB_INT ? (double)z->i : z->d;
        if (a->type != DB_NULL && z->type != DB_NULL) {
            analyze_fmt_display(dm, va, 1, lo, sizeof lo);
            analyze_fmt_display(dm, vz, 1, hi, sizeof hi);
            analyze_period_label(r, columns, first, (size_t)p->date, from, sizeof from);
            analyze_period_label(r, columns, last, (size_t)p->date, to, sizeof to);
            analyze_change_label(va, vz, change, sizeof change);
            snprintf(sub, n, "from %s in %s to %s in %s%s%s", lo, from, hi, to,
                     change[0] ? ", " : "", change);
            return;
        }
    }
    const json_t *mc = json_array_get(columns, m);
    analyze_fmt_display(dm, json_number_value(json_object_get(mc, "min")), 1, lo, sizeof lo);
    analyze_fmt_display(dm, json_number_value(json_object_get(mc, "max")), 1, hi, sizeof hi);
    snprintf(sub, n, "from %s to %s", lo, hi);
}

static json_t *chart_spec(const struct question *question, const struct db_result *r,
                          const json_t *columns, const struct analyze_pick *pick)
{
    struct analyze_pick p = *pick;
    struct chart_cols cc;
    char sub[512] = "", lo[64];
    json_t *spec = NULL, *data = NULL;
    int year_col = -1;
    double share_total = 0;
    memset(&cc, 0, sizeof cc);
    switch (p.shape) {
    case ANALYZE_SHAPE_SINGLE:
        if (p.measure < 0)
            return NULL;
        chart_cols_add(&cc, r, columns, p.measure);
        spec = spec_big_number(r, &cc);
        break;
    case ANALYZE_SHAPE_CATEGORY: {
        chart_cols_add(&cc, r, columns, p.cat);
        chart_cols_add(&cc, r, columns, p.measure);
        int whole = p.shareable && !r->truncated && !r->limited && p.total > 0;
        if (whole) {
            analyze_fmt_display(&cc.d[1], p.total, 1, lo, sizeof lo);
            snprintf(sub, sizeof sub, "total %s", lo);
            cc.share = 1;
            share_total = p.total;
        }
        if (asks_for_share(question) && whole && p.cat_distinct <= ANALYZE_PIE_MAX_SLICES)
            spec = spec_arc(r, &cc, &p, sub);
        else
            spec = spec_bar(r, &cc, &p, sub, asks_for_share(question) && whole && !p.cat_repeats);
        break;
    }
    case ANALYZE_SHAPE_SERIES:
        chart_cols_add(&cc, r, columns, p.date);
        chart_cols_add(&cc, r, columns, p.measure);
        if (p.cat >= 0)
            chart_cols_add(&cc, r, columns, p.cat);
        if (p.ordinal)
            year_col = p.date;
        series_subtitle(r, columns, &p, &cc.d[1], sub, sizeof sub);
        spec = spec_line(r, &cc, &p, sub);
        break;
    case ANALYZE_SHAPE_XY:
        chart_cols_add(&cc, r, columns, p.measure);
        chart_cols_add(&cc, r, columns, p.measure2);
        spec = spec_point(r, &cc);
        break;
    default:
        return NULL;
    }
    if (!spec)
        return NULL;
    data = chart_data(r, &cc, year_col, share_total);
    /* "$schema" first so the spec reads as Vega-Lite when dumped (jansson keeps key order) */
    json_t *out = json_object(), *inline_data = json_object();
    int bad = set_all(inline_data, "values", data, NULL);
    bad |= set_all(out, "$schema", json_string_nocheck(VEGA_LITE_SCHEMA), "data", inline_data,
                   NULL); /* takes inline_data, set or not */
    if (bad || json_object_update(out, spec)) {
        json_decref(out);
        out = NULL;
    }
    json_decref(spec);
    return out;
}

json_t *analyze_chart_spec(const struct question *question, const struct db_result *r,
                           const json_t *columns)
{
    struct analyze_pick p;
    if (!r || !columns)
        return NULL;
    analyze_pick(r, columns, &p);
    return chart_spec(question, r, columns, &p);
}

/* The big number written straight as text, in the order spec_big_number() and
 * analyze_chart_spec() give its keys ("$schema" and "data" first). */
static void put_big_number(struct jw *w, const struct db_result *r, const struct chart_cols *cc)
{
    char f[32], t[160];
    d3_format(&cc->d[0], 0, f, sizeof f);
    measure_title(&cc->d[0], t, sizeof t);
    jw_object(w);
    jw_key(w, "$schema");
    jw_string(w, VEGA_LITE_SCHEMA);
    jw_key(w, "data");
    jw_object(w);
    jw_key(w, "values");
    jw_array(w);
    jw_object(w);
    jw_key(w, cc->key[0]);
    json_t *v = chart_value(r, cc, 0, 0, -1); /* one value: its tree costs little */
    if (!v)
        w->bad = 1;
    jw_json(w, v);
    json_decref(v);
    jw_end(w);
    jw_end(w);
    jw_end(w);
    jw_key(w, "title");
    jw_string(w, t);
    static const char *const mark[] = {"type", "text", "fontWeight", "bold", "align", "center",
                                       "baseline", "middle"};
    jw_key(w, "mark");
    jw_object(w);
    for (size_t i = 0; i < sizeof mark / sizeof mark[0]; i += 2) {
        jw_key(w, mark[i]);
        jw_string(w, mark[i + 1]);
        if (i == 0) {
            jw_key(w, "fontSize");
            jw_int(w, 56);
        }
    }
    jw_end(w);
    const char *const text[] = {"field", cc->field[0], "type", "quantitative", "title", t,
                                "format", f};
    jw_key(w, "encoding");
    jw_object(w);
    jw_key(w, "text");
    jw_object(w);
    for (size_t i = 0; i < sizeof text / sizeof text[0]; i += 2) {
        jw_key(w, text[i]);
        jw_string(w, text[i + 1]);
    }
    jw_end(w);
    jw_end(w);
    jw_key(w, "width");
    jw_int(w, 320);
    jw_key(w, "height");
    jw_int(w, 120);
    jw_key(w, "view");
    jw_object(w);
    jw_key(w, "stroke");
    jw_null(w);
    jw_end(w);
    jw_end(w);
}

char *analyze_chart_text(const struct question *question, const struct db_result *r,
                         const json_t *columns, const struct analyze_pick *p)
{
    struct buf b = BUF_INIT;
    struct jw w;
    if (!r || !columns)
        return NULL;
    jw_init(&w, &b);
    if (p->shape == ANALYZE_SHAPE_SINGLE && p->measure >= 0) {
        struct chart_cols cc;
        memset(&cc, 0, sizeof cc);
        chart_cols_add(&cc, r, columns, p->measure);
        put_big_number(&w, r, &cc);
    } else {
        json_t *spec = chart_spec(question, r, columns, p);
        if (!spec)
            return NULL;
        jw_json(&w, spec);
        json_decref(spec);
    }
    char *text = jw_status(&w) ? NULL : buf_detach(&b);
    buf_free(&b);
    return text;
}
