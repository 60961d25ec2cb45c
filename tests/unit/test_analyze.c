/* Unit tests for src/analyze: checks, column stats, summary sentences and chart specs, on
 * results built by hand the way a driver fills them (every non-NULL cell has its text form).
 * Chart specs are written to $GENBI_TEST_TMP/charts/NAME.json when that variable is set, so a
 * later step can validate them against the Vega-Lite schema. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyze/analyze.h"
#include "analyze/analyze_int.h"
#include "test.h"

#include "util/banned.h"

/* The chart as text (analyze_options.chart_text, what the service writes) is byte for byte the
 * tree's compact dump, for every result the tests below analyze. */
static void check_chart_text(const struct question *q, const struct db_result *r,
                             const struct analysis *tree)
{
    struct analyze_options opt = {.chart_text = 1};
    struct analysis a;
    if (analyze_result_opts(q, r, &opt, &a) != 0)
        return;
    CHECK(a.chart == NULL);
    char *dump =
        tree->chart
            ? json_dumps(tree->chart, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))
            : NULL;
    CHECK((dump == NULL) == (a.chart_text == NULL));
    if (dump && a.chart_text)
        CHECK_STR(a.chart_text, dump);
    free(dump);
    analysis_free(&a);
}

/* analyze_result() for a question given as text (NULL: none). */
static int analyze_text(const char *text, const struct db_result *r, struct analysis *out)
{
    struct question *q = NULL;
    if (text && question_read(text, &q))
        return ERR_NOMEM;
    int rc = analyze_result(q, r, out);
    if (rc == 0)
        check_chart_text(q, r, out);
    question_free(q);
    return rc;
}

/* ---- building results ------------------------------------------------------------------- */

static struct db_cell I(long long v) {
    struct db_cell c = {DB_INT, v, (double)v, NULL};
    return c;
}

static struct db_cell
R(double v) {
    struct db_cell c = {DB_REAL, 0, v, NULL};
    return c;
}

static struct db_cell
T(const char *s) {
    struct db_cell c = {DB_TEXT, 0, 0, (char *)s};
    return c;
}

static struct db_cell
N(void) {
    struct db_cell c = {DB_NULL, 0, 0, NULL};
    return c;
}

static void
res_free(struct db_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_rows * r->n_cols; i++)
        free(r->cells[i].s);
    for (size_t c = 0; c < r->n_cols; c++)
        free(r->cols[c]);
    free(r->cells);
    free(r->cols);
    free(r);
}

/* An empty n_rows x n_cols result; fill cells with res_set. Aborts on OOM: tests only. */
static struct db_result *res_alloc(const char *const *cols, size_t n_cols, size_t n_rows)
{
    struct db_result *r = calloc(1, sizeof *r);
    if (!r)
        abort();
    r->n_cols = n_cols;
    r->n_rows = n_rows;
    r->cols = calloc(n_cols + 1, sizeof *r->cols);
    r->cells = calloc(n_rows * n_cols + 1, sizeof *r->cells);
    if (!r->cols || !r->cells)
        abort();
    for (size_t c = 0; c < n_cols; c++)
        if (!(r->cols[c] = strdup(cols[c])))
            abort();
    return r;
}

/* Stores a copy of c with its text form, as db_exec does. */
static void res_set(struct db_result *r, size_t row, size_t col, struct db_cell c)
{
    char tmp[64];
    struct db_cell *dst = &r->cells[row * r->n_cols + col];
    free(dst->s);
    *dst = c;
    dst->s = NULL;
    if (c.type == DB_INT)
        snprintf(tmp, sizeof tmp, "%lld", c.i);
    else if (c.type == DB_REAL)
        snprintf(tmp, sizeof tmp, "%.17g", c.d);
    if (c.type == DB_INT || c.type == DB_REAL)
        dst->s = strdup(tmp);
    else if (c.type != DB_NULL)
        dst->s = strdup(c.s);
    if (c.type != DB_NULL && !dst->s)
        abort();
}

static struct db_result *res_make(const char *const *cols, size_t n_cols,
                                  const struct db_cell *cells, size_t n_cells)
{
    struct db_result *r = res_alloc(cols, n_cols, n_cells / n_cols);
    for (size_t i = 0; i < n_cells; i++)
        res_set(r, i / n_cols, i % n_cols, cells[i]);
    return r;
}

#define RES(cols, cells)                                                                           \
    res_make(cols, sizeof cols / sizeof cols[0], cells, sizeof cells / sizeof cells[0])

/* ---- JSON helpers ----------------------------------------------------------------------- */

static const char *jstr(const json_t *j, const char *path)
{
    char key[64];
    const json_t *cur = j;
    for (const char *p = path; cur && *p;) {
        size_t n = strcspn(p, ".");
        snprintf(key, sizeof key, "%.*s", (int)n, p);
        cur = json_object_get(cur, key);
        p += n + (p[n] == '.');
    }
    return json_string_value(cur);
}

static const json_t *jget(const json_t *j, const char *path)
{
    char key[64];
    const json_t *cur = j;
    for (const char *p = path; cur && *p;) {
        size_t n = strcspn(p, ".");
        snprintf(key, sizeof key, "%.*s", (int)n, p);
        cur = json_object_get(cur, key);
        p += n + (p[n] == '.');
    }
    return cur;
}

static const json_t *col_json(const struct analysis *a, size_t i)
{
    return json_array_get(a->columns, i);
}

static int mkdir_p(const char *path)
{
    char tmp[1024];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(tmp, 0755) && errno != EEXIST)
            return -1;
        *p = '/';
    }
    return mkdir(tmp, 0755) && errno != EEXIST ? -1 : 0;
}

/* Writes the spec for the later Vega-Lite validation step; silently skipped without
 * GENBI_TEST_TMP. */
static void dump_chart(const char *name, const json_t *spec)
{
    const char *tmp = getenv("GENBI_TEST_TMP");
    char dir[1024], path[1100];
    if (!tmp || !*tmp || !spec)
        return;
    snprintf(dir, sizeof dir, "%s/charts", tmp);
    CHECK(mkdir_p(dir) == 0);
    snprintf(path, sizeof path, "%s/%s.json", dir, name);
    CHECK(json_dump_file(spec, path, JSON_INDENT(2)) == 0);
}

static void check_common_spec(const json_t *spec)
{
    CHECK_STR(jstr(spec, "$schema"), "https://vega.github.io/schema/vega-lite/v5.json");
    CHECK(json_is_array(jget(spec, "data.values")));
    /* the spec must survive a round trip through text */
    char *text = json_dumps(spec, 0);
    CHECK(text != NULL);
    json_t *back = text ? json_loads(text, 0, NULL) : NULL;
    CHECK(back && json_equal(back, spec));
    json_decref(back);
    free(text);
}

/* ---- number formatting ------------------------------------------------------------------ */

static void test_fmt_number(void)
{
    char b[64];
    analyze_fmt_number(2500, b, sizeof b);
    CHECK_STR(b, "2,500");
    analyze_fmt_number(1234.5, b, sizeof b);
    CHECK_STR(b, "1,234.5");
    analyze_fmt_number(3.14159, b, sizeof b);
    CHECK_STR(b, "3.14");
    analyze_fmt_number(-1234567.891, b, sizeof b);
    CHECK_STR(b, "-1,234,567.89");
    analyze_fmt_number(0, b, sizeof b);
    CHECK_STR(b, "0");
    analyze_fmt_number(999, b, sizeof b);
    CHECK_STR(b, "999");
    analyze_fmt_number(1000000, b, sizeof b);
    CHECK_STR(b, "1,000,000");
    analyze_fmt_number(0.5, b, sizeof b);
    CHECK_STR(b, "0.5");
    analyze_fmt_number(0.0012, b, sizeof b);
    CHECK_STR(b, "0.0012");
    analyze_fmt_number(1.999, b, sizeof b);
    CHECK_STR(b, "2");
    char small[6];
    analyze_fmt_number(1234567, small, sizeof small);
    CHECK_INT(strlen(small), 5); /* cut, but terminated */
}

static void test_fmt_compact(void)
{
    char b[32];
    analyze_fmt_compact(950, b, sizeof b);
    CHECK_STR(b, "950");
    analyze_fmt_compact(12.345, b, sizeof b);
    CHECK_STR(b, "12.35");
    analyze_fmt_compact(95100, b, sizeof b);
    CHECK_STR(b, "95.1K");
    analyze_fmt_compact(10000, b, sizeof b);
    CHECK_STR(b, "10K");
    analyze_fmt_compact(1200000, b, sizeof b);
    CHECK_STR(b, "1.2M");
    analyze_fmt_compact(999960, b, sizeof b);
    CHECK_STR(b, "1M");
    analyze_fmt_compact(3e9, b, sizeof b);
    CHECK_STR(b, "3B");
    analyze_fmt_compact(-10200, b, sizeof b);
    CHECK_STR(b, "-10.2K");
    analyze_fmt_compact(2.5e12, b, sizeof b);
    CHECK_STR(b, "2.5T");
}

/* ---- checks ----------------------------------------------------------------------------- */

static void test_empty(void)
{
    const char *cols[] = {"name", "total"};
    struct db_result *r = res_alloc(cols, 2, 0);
    struct analysis a;
    CHECK_INT(analyze_text("Which customers ordered in 1990?", r, &a), 0);
    CHECK(a.checks & ANALYZE_EMPTY);
    CHECK(!(a.checks & ANALYZE_ALL_NULL)); /* no rows is not "only NULLs" */
    CHECK(analyze_suspicious(a.checks));
    CHECK_STR(a.summary, "No rows matched.");
    CHECK(a.chart == NULL);
    CHECK_INT(json_array_size(a.columns), 2);
    CHECK_STR(jstr(col_json(&a, 0), "type"), "null");
    CHECK_INT(json_integer_value(jget(col_json(&a, 0), "distinct")), 0);
    analysis_free(&a);
    CHECK(a.summary == NULL && a.columns == NULL && a.chart == NULL);
    res_free(r);
}

static void test_truncated_generic(void)
{
    const char *cols[] = {"first_name", "last_name", "city", "email"};
    struct db_result *r = res_alloc(cols, 4, 120);
    char s[32];
    for (size_t row = 0; row < 120; row++) {
        snprintf(s, sizeof s, "name%zu", row);
        for (size_t c = 0; c < 4; c++)
            res_set(r, row, c, T(s));
    }
    r->truncated = 1;
    struct analysis a;
    CHECK_INT(analyze_text("Show all customers", r, &a), 0);
    CHECK_INT(a.checks, ANALYZE_TRUNCATED);
    CHECK(!analyze_suspicious(a.checks));
    CHECK_STR(a.summary, "120 rows, 4 columns (truncated at 120 rows).");
    CHECK(a.chart == NULL); /* a table of text has no chart */
    CHECK_INT(json_integer_value(jget(col_json(&a, 0), "distinct")), 120);
    analysis_free(&a);

    r->truncated = 0;
    CHECK_INT(analyze_text("Show all customers", r, &a), 0);
    CHECK_STR(a.summary, "120 rows, 4 columns.");
    CHECK_INT(a.checks, 0);
    analysis_free(&a);
    res_free(r);
}

static void test_all_null(void)
{
    const char *cols[] = {"name", "manager"};
    struct db_cell cells[] = {T("Ann"), N(), T("Bob"), N(), T("Cy"), N()};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("List employees and their managers", r, &a), 0);
    CHECK(a.checks & ANALYZE_ALL_NULL);
    CHECK(analyze_suspicious(a.checks));
    CHECK_STR(jstr(col_json(&a, 1), "type"), "null");
    CHECK_INT(json_integer_value(jget(col_json(&a, 1), "nulls")), 3);
    CHECK_INT(json_integer_value(jget(col_json(&a, 0), "nulls")), 0);
    CHECK(json_is_null(jget(col_json(&a, 1), "min")));
    analysis_free(&a);
    res_free(r);
}

static unsigned checks_for(const char *question, size_t rows)
{
    const char *cols[] = {"country", "customers"};
    struct db_result *r = res_alloc(cols, 2, rows);
    char s[32];
    for (size_t i = 0; i < rows; i++) {
        snprintf(s, sizeof s, "C%zu", i);
        res_set(r, i, 0, T(s));
        res_set(r, i, 1, I((long long)(i + 1) * 10));
    }
    struct analysis a;
    unsigned checks = 0;
    if (analyze_text(question, r, &a) == 0)
        checks = a.checks;
    else
        CHECK(0);
    analysis_free(&a);
    res_free(r);
    return checks;
}

static void test_many_for_count(void)
{
    unsigned c = checks_for("How many customers are there?", 5);
    CHECK(c & ANALYZE_MANY_FOR_COUNT);
    CHECK(analyze_suspicious(c));
    CHECK(checks_for("Show me the number of orders", 10) & ANALYZE_MANY_FOR_COUNT);
    CHECK(checks_for("count the customers", 3) & ANALYZE_MANY_FOR_COUNT);
    /* one row is the expected answer */
    CHECK(!(checks_for("How many customers are there?", 1) & ANALYZE_MANY_FOR_COUNT));
    /* grouped counts expect several rows */
    CHECK(!(checks_for("How many orders per year?", 4) & ANALYZE_MANY_FOR_COUNT));
    CHECK(!(checks_for("How many customers are in each country?", 4) & ANALYZE_MANY_FOR_COUNT));
    CHECK(!(checks_for("Number of customers by country", 4) & ANALYZE_MANY_FOR_COUNT));
    CHECK(!(checks_for("For each region, count the stores", 4) & ANALYZE_MANY_FOR_COUNT));
    CHECK(!(checks_for("how many orders did each customer place", 4) & ANALYZE_MANY_FOR_COUNT));
    /* "count" inside another word is not a count question */
    CHECK(!(checks_for("What is the discount of the products?", 4) & ANALYZE_MANY_FOR_COUNT));
    CHECK(!(checks_for("List the country of every account", 4) & ANALYZE_MANY_FOR_COUNT));
    /* a threshold does not turn "how many" into a list */
    CHECK(checks_for("How many customers spent more than 1000?", 4) & ANALYZE_MANY_FOR_COUNT);
    /* a count used as a filter asks for a list */
    CHECK(
        !(checks_for("Which customers have an order count above 5?", 4) & ANALYZE_MANY_FOR_COUNT));
    CHECK(
        !(checks_for("Customers with a number of orders more than 3", 4) & ANALYZE_MANY_FOR_COUNT));
}

static void test_one_for_list(void)
{
    unsigned c = checks_for("List all customers in Berlin", 1);
    CHECK(c & ANALYZE_ONE_FOR_LIST);
    CHECK(!analyze_suspicious(c)); /* informational */
    CHECK(checks_for("Which products are out of stock?", 1) & ANALYZE_ONE_FOR_LIST);
    CHECK(checks_for("show me all orders from May", 1) & ANALYZE_ONE_FOR_LIST);
    CHECK(checks_for("What are the employees in Sales?", 1) & ANALYZE_ONE_FOR_LIST);
    /* several rows, or wording that allows one */
    CHECK(!(checks_for("List all customers in Berlin", 3) & ANALYZE_ONE_FOR_LIST));
    CHECK(!(checks_for("Which country has the most customers?", 1) & ANALYZE_ONE_FOR_LIST));
    CHECK(!(checks_for("Which customers spent the most?", 1) & ANALYZE_ONE_FOR_LIST));
    CHECK(!(checks_for("What is the total revenue?", 1) & ANALYZE_ONE_FOR_LIST));
    CHECK(!(checks_for("List the top customer", 1) & ANALYZE_ONE_FOR_LIST));
    CHECK(!(checks_for("Which status is most common?", 1) & ANALYZE_ONE_FOR_LIST));
    CHECK(!(checks_for("Show revenue for Europe", 1) & ANALYZE_ONE_FOR_LIST));
    CHECK(!(checks_for(NULL, 1) & ANALYZE_ONE_FOR_LIST));
}

static void test_checks_str(void)
{
    char b[64];
    analyze_checks_str(ANALYZE_EMPTY | ANALYZE_TRUNCATED, b, sizeof b);
    CHECK_STR(b, "empty, truncated");
    analyze_checks_str(ANALYZE_ALL_NULL | ANALYZE_MANY_FOR_COUNT | ANALYZE_ONE_FOR_LIST, b,
                       sizeof b);
    CHECK_STR(b, "all_null, many_for_count, one_for_list");
    analyze_checks_str(0, b, sizeof b);
    CHECK_STR(b, "");
    char small[8];
    analyze_checks_str(ANALYZE_EMPTY | ANALYZE_TRUNCATED, small, sizeof small);
    CHECK(strlen(small) < sizeof small);
    CHECK(!analyze_suspicious(ANALYZE_TRUNCATED | ANALYZE_ONE_FOR_LIST));
    CHECK(analyze_suspicious(ANALYZE_MANY_FOR_COUNT));
}

/* ---- stats ------------------------------------------------------------------------------ */

static void test_stats(void)
{
    const char *cols[] = {"qty", "price", "code", "day", "order_year", "label"};
    struct db_cell cells[] = {
        I(1),    R(1.5),
        T("a"),  T("2024-01-15"),
        I(2021), I(7),
        I(2),    R(2.5),
        I(3),    T("2023-12-31"),
        I(2023), T("x"),
        I(3),    I(2),
        T("a"),  N(),
        I(2022), T("y"),
        N(),     R(2.0),
        N(),     T("2024-02-01"),
        I(2021), N(),
        I(3),    R(-1.0),
        T("b"),  T("2024-01-15"),
        N(),     T("x"),
    };
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("", r, &a), 0);
    const json_t *qty = col_json(&a, 0), *price = col_json(&a, 1), *code = col_json(&a, 2);
    const json_t *day = col_json(&a, 3), *year = col_json(&a, 4), *label = col_json(&a, 5);
    CHECK_STR(jstr(qty, "name"), "qty");
    CHECK_STR(jstr(qty, "type"), "integer");
    CHECK(json_is_integer(jget(qty, "min")));
    CHECK_INT(json_integer_value(jget(qty, "min")), 1);
    CHECK_INT(json_integer_value(jget(qty, "max")), 3);
    CHECK(fabs(json_number_value(jget(qty, "mean")) - 2.25) < 1e-9);
    CHECK_INT(json_integer_value(jget(qty, "distinct")), 3);
    CHECK_INT(json_integer_value(jget(qty, "nulls")), 1);

    CHECK_STR(jstr(price, "type"), "real"); /* integers among reals make a real column */
    CHECK(fabs(json_number_value(jget(price, "min")) + 1.0) < 1e-9);
    CHECK(fabs(json_number_value(jget(price, "max")) - 2.5) < 1e-9);
    CHECK(fabs(json_number_value(jget(price, "mean")) - 1.4) < 1e-9);
    CHECK_INT(json_integer_value(jget(price, "distinct")), 4); /* 2 and 2.0 are one value */

    CHECK_STR(jstr(code, "type"), "mixed");
    CHECK_INT(json_integer_value(jget(code, "distinct")), 3);
    CHECK(json_is_null(jget(code, "mean")));

    CHECK_STR(jstr(day, "type"), "date");
    CHECK_STR(jstr(day, "min"), "2023-12-31");
    CHECK_STR(jstr(day, "max"), "2024-02-01");
    CHECK_INT(json_integer_value(jget(day, "distinct")), 3);
    CHECK(json_is_null(jget(day, "mean")));

    CHECK_STR(jstr(year, "type"), "date"); /* a year column */
    CHECK_INT(json_integer_value(jget(year, "min")), 2021);
    CHECK_INT(json_integer_value(jget(year, "max")), 2023);

    CHECK_STR(jstr(label, "type"), "mixed");
    CHECK_INT(json_integer_value(jget(label, "distinct")), 3);
    CHECK_INT(json_integer_value(jget(label, "nulls")), 1);
    analysis_free(&a);
    res_free(r);

    /* integers that are not named like a year stay integers; so do years out of range */
    const char *cols2[] = {"total", "year"};
    struct db_cell cells2[] = {I(2021), I(1), I(2022), I(2)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("", r, &a), 0);
    CHECK_STR(jstr(col_json(&a, 0), "type"), "integer");
    CHECK_STR(jstr(col_json(&a, 1), "type"), "integer");
    analysis_free(&a);
    res_free(r);

    /* text that only looks a bit like dates is text */
    const char *cols3[] = {"ref"};
    struct db_cell cells3[] = {T("2024-13"), T("2024-01")};
    r = RES(cols3, cells3);
    CHECK_INT(analyze_text("", r, &a), 0);
    CHECK_STR(jstr(col_json(&a, 0), "type"), "text");
    analysis_free(&a);
    res_free(r);
}

/* ---- summaries and charts --------------------------------------------------------------- */

static void test_single_number(void)
{
    const char *cols[] = {"customer_count"};
    struct db_cell cells[] = {I(2500)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("How many customers are there?", r, &a), 0);
    CHECK_INT(a.checks, 0);
    CHECK_STR(a.summary, "The answer is 2,500.");
    CHECK(a.chart != NULL);
    check_common_spec(a.chart);
    CHECK_STR(jstr(a.chart, "mark.type"), "text");
    CHECK(json_integer_value(jget(a.chart, "mark.fontSize")) >= 40);
    CHECK_STR(jstr(a.chart, "encoding.text.field"), "customer_count");
    CHECK_STR(jstr(a.chart, "encoding.text.type"), "quantitative");
    CHECK_INT(
        json_integer_value(jget(json_array_get(jget(a.chart, "data.values"), 0), "customer_count")),
        2500);
    dump_chart("big_number", a.chart);
    analysis_free(&a);
    res_free(r);

    const char *cols2[] = {"avg_price"};
    struct db_cell cells2[] = {R(1234.5678)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("What is the average price?", r, &a), 0);
    CHECK_STR(a.summary, "The answer is $1,234.57."); /* a price is money */
    analysis_free(&a);
    res_free(r);

    /* a single text value has no chart */
    const char *cols3[] = {"country"};
    struct db_cell cells3[] = {T("France")};
    r = RES(cols3, cells3);
    CHECK_INT(analyze_text("Which country has the most customers?", r, &a), 0);
    CHECK_STR(a.summary, "The answer is France.");
    CHECK(a.chart == NULL);
    analysis_free(&a);
    res_free(r);
}

static void test_one_row(void)
{
    const char *cols[] = {"orders", "revenue", "region"};
    struct db_cell cells[] = {I(120), R(2500.5), T("Europe")};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Orders and revenue in Europe", r, &a), 0);
    CHECK_STR(a.summary, "1 row: orders = 120, revenue = $2,500.50, region = Europe.");
    CHECK(a.chart == NULL);
    analysis_free(&a);
    res_free(r);
}

static struct db_result *regions_result(void)
{
    static const char *const names[] = {"Europe", "Asia",   "Africa", "Oceania", "Arctic",
                                        "Latin",  "Middle", "Nordic", "Baltic",  "Iberia"};
    const char *cols[] = {"region", "total_revenue"};
    struct db_result *r = res_alloc(cols, 2, 11);
    res_set(r, 0, 0, T("North America"));
    res_set(r, 0, 1, R(1200000));
    for (size_t i = 0; i < 10; i++) {
        res_set(r, i + 1, 0, T(names[i]));
        res_set(r, i + 1, 1, R(400000 - 1000.0 * (double)i));
    }
    return r;
}

static void test_category_bar(void)
{
    struct db_result *r = regions_result();
    struct analysis a;
    CHECK_INT(analyze_text("What is the total revenue by region?", r, &a), 0);
    CHECK_INT(a.checks, 0);
    CHECK_STR(a.summary, "11 regions; North America leads with total revenue of $1,200,000.00, 23% "
                         "of the total.");
    CHECK(a.chart != NULL);
    check_common_spec(a.chart);
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    CHECK_STR(jstr(a.chart, "encoding.x.field"), "region");
    CHECK_STR(jstr(a.chart, "encoding.x.type"), "nominal");
    CHECK_STR(jstr(a.chart, "encoding.x.sort"), "-y");
    CHECK_STR(jstr(a.chart, "encoding.y.field"), "total_revenue");
    CHECK_STR(jstr(a.chart, "encoding.y.type"), "quantitative");
    CHECK(jget(a.chart, "encoding.y.aggregate") == NULL);
    CHECK_STR(jstr(a.chart, "title.subtitle"), "total $5.2M");
    CHECK_STR(jstr(a.chart, "encoding.y.title"), "total revenue");
    CHECK_STR(jstr(a.chart, "encoding.y.axis.format"), "$,.2~f");
    CHECK_INT(json_array_size(jget(a.chart, "data.values")), 11);
    dump_chart("bar", a.chart);
    analysis_free(&a);

    /* a share question with more than ANALYZE_PIE_MAX_SLICES categories stays a bar, and each
     * bar says its percentage */
    CHECK_INT(analyze_text("What share of revenue comes from each region?", r, &a), 0);
    CHECK_STR(jstr(json_array_get(jget(a.chart, "layer"), 0), "mark.type"), "bar");
    CHECK_STR(jstr(json_array_get(jget(a.chart, "layer"), 1), "mark.type"), "text");
    CHECK_STR(jstr(json_array_get(jget(a.chart, "layer"), 1), "encoding.text.field"), "__share");
    CHECK_STR(jstr(json_array_get(jget(a.chart, "layer"), 1), "encoding.text.format"), ".0%");
    CHECK(fabs(json_number_value(
                   json_object_get(json_array_get(jget(a.chart, "data.values"), 0), "__share")) -
               1200000.0 / 5155000.0) < 1e-9);
    dump_chart("bar_shares", a.chart);
    analysis_free(&a);

    /* a truncated result has no true total: no share */
    r->truncated = 1;
    CHECK_INT(analyze_text("What is the total revenue by region?", r, &a), 0);
    CHECK_STR(a.summary, "11 regions (truncated at 11 rows); North America leads with total "
                         "revenue of $1,200,000.00.");
    analysis_free(&a);
    /* one whose query kept only its first rows ("top 11 regions"): a share of those shown, no
     * total in the chart */
    r->truncated = 0;
    r->limited = 1;
    CHECK_INT(analyze_text("Top 11 regions by revenue", r, &a), 0);
    CHECK_STR(a.summary, "11 regions; North America leads with total revenue of $1,200,000.00, "
                         "23% of the 11 shown.");
    CHECK(jget(a.chart, "title.subtitle") == NULL);
    analysis_free(&a);
    /* stored rows listed as they are ("regions and their revenue" over a column): the largest
     * value, no leader of a ranking and no share of a total */
    r->limited = 0;
    r->listed = 1;
    CHECK_INT(analyze_text("regions + total revenue", r, &a), 0);
    CHECK_STR(a.summary, "11 regions; the largest total revenue is North America's, "
                         "$1,200,000.00.");
    analysis_free(&a);
    res_free(r);
}

static void test_plural(void)
{
    char b[64];
    analyze_plural("status", b, sizeof b);
    CHECK_STR(b, "statuses"); /* "5 statuses", never "5 status" */
    analyze_plural("address", b, sizeof b);
    CHECK_STR(b, "addresses");
    analyze_plural("orders", b, sizeof b);
    CHECK_STR(b, "orders");
    analyze_plural("category", b, sizeof b);
    CHECK_STR(b, "categories");
}

static void test_sql_lists_rows(void)
{
    CHECK_INT(analyze_sql_lists_rows("SELECT name, population FROM city"), 1);
    CHECK_INT(
        analyze_sql_lists_rows("SELECT t1.a FROM t AS t1 WHERE t1.b > (SELECT AVG(b) FROM t)"), 1);
    CHECK_INT(analyze_sql_lists_rows("SELECT region, SUM(x) FROM t GROUP BY region"), 0);
    CHECK_INT(analyze_sql_lists_rows("SELECT COUNT(*) FROM t"), 0);
    CHECK_INT(analyze_sql_lists_rows("SELECT a FROM t GROUP BY a"), 0);
    CHECK_INT(analyze_sql_lists_rows(NULL), 0);
}

static void test_sql_limits(void)
{
    CHECK_INT(analyze_sql_limits("SELECT a FROM t ORDER BY b DESC LIMIT 3"), 1);
    CHECK_INT(analyze_sql_limits("select a from t limit 10 offset 5"), 1);
    CHECK_INT(analyze_sql_limits("SELECT a FROM t WHERE b IN (SELECT b FROM u LIMIT 1)"), 0);
    CHECK_INT(analyze_sql_limits("SELECT 'limit' AS x, \"limit\" FROM t"), 0);
    CHECK_INT(analyze_sql_limits("SELECT speed_limit FROM roads"), 0);
    CHECK_INT(analyze_sql_limits(NULL), 0);
    /* Comments and quoted names are not clauses; FETCH FIRST is a limit too. */
    CHECK_INT(analyze_sql_limits("SELECT a FROM t -- limit 3\n"), 0);
    CHECK_INT(analyze_sql_limits("SELECT a FROM t /* LIMIT 3 */ WHERE [limit] = 1"), 0);
    CHECK_INT(analyze_sql_limits("SELECT a FROM t FETCH FIRST 3 ROWS ONLY"), 1);
}

static void test_category_no_share(void)
{
    const char *cols[] = {"store", "profit"};
    struct db_cell cells[] = {T("A"), I(500), T("B"), I(-200), T("C"), I(100)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Profit by store", r, &a), 0);
    CHECK_STR(a.summary, "3 stores; A leads with profit of $500.00."); /* negative: no share */
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    analysis_free(&a);
    /* never a pie of negative values */
    CHECK_INT(analyze_text("What share of profit comes from each store?", r, &a), 0);
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    analysis_free(&a);
    res_free(r);

    const char *cols2[] = {"category", "avg_price"};
    struct db_cell cells2[] = {T("Books"), R(12.5), T("Toys"), R(30.25)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("Average price per category", r, &a), 0);
    CHECK_STR(a.summary, "2 categories; Toys leads with average price of $30.25.");
    analysis_free(&a);
    res_free(r);
}

static void test_category_arc(void)
{
    const char *cols[] = {"channel", "orders"};
    struct db_cell cells[] = {T("web"), I(600), T("store"), I(300), T("phone"), I(100)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("What percentage of orders comes from each channel?", r, &a), 0);
    CHECK_STR(a.summary, "3 channels; web leads with 600 orders, 60% of the total.");
    CHECK(a.chart != NULL);
    check_common_spec(a.chart);
    /* slices labelled with their percentages */
    CHECK_STR(jstr(json_array_get(jget(a.chart, "layer"), 0), "mark.type"), "arc");
    CHECK_STR(jstr(json_array_get(jget(a.chart, "layer"), 1), "mark.type"), "text");
    CHECK_STR(jstr(json_array_get(jget(a.chart, "layer"), 1), "encoding.text.format"), ".0%");
    CHECK(fabs(json_number_value(
                   json_object_get(json_array_get(jget(a.chart, "data.values"), 0), "__share")) -
               0.6) < 1e-12);
    CHECK_STR(jstr(a.chart, "encoding.theta.field"), "orders");
    CHECK_STR(jstr(a.chart, "encoding.theta.type"), "quantitative");
    CHECK_STR(jstr(a.chart, "encoding.color.field"), "channel");
    CHECK_STR(jstr(a.chart, "encoding.color.type"), "nominal");
    CHECK(jget(a.chart, "encoding.x") == NULL);
    dump_chart("arc", a.chart);
    analysis_free(&a);

    /* the same rows without share wording are bars */
    CHECK_INT(analyze_text("Orders per channel", r, &a), 0);
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    analysis_free(&a);
    /* "pieces" is not "pie" */
    CHECK_INT(analyze_text("Orders of pieces per channel", r, &a), 0);
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    analysis_free(&a);
    res_free(r);
}

static void test_series_months(void)
{
    const char *cols[] = {"month", "total_revenue"};
    struct db_result *r = res_alloc(cols, 2, 48);
    char m[16];
    for (size_t i = 0; i < 48; i++) {
        snprintf(m, sizeof m, "%zu-%02zu", 2021 + i / 12, i % 12 + 1);
        res_set(r, i, 0, T(m));
        /* rows out of order, and the peak in the last month */
        res_set(r, i, 1, R(i == 47 ? 95100 : i == 5 ? 10200 : 20000 + 100.0 * (double)i));
    }
    /* swap two rows so the first row is not the earliest */
    struct db_cell tmp[2];
    memcpy(tmp, &r->cells[0], sizeof tmp);
    memcpy(&r->cells[0], &r->cells[20], sizeof tmp);
    memcpy(&r->cells[20], tmp, sizeof tmp);
    struct analysis a;
    CHECK_INT(analyze_text("Monthly revenue since 2021", r, &a), 0);
    CHECK_STR(a.summary, "48 points from Jan 2021 to Dec 2024; total revenue went from $20,000.00 "
                         "in Jan 2021 to $95,100.00 in Dec 2024 (+376%).");
    CHECK_STR(jstr(col_json(&a, 0), "type"), "date");
    CHECK(a.chart != NULL);
    check_common_spec(a.chart);
    CHECK_STR(jstr(a.chart, "mark.type"), "line");
    CHECK_STR(jstr(a.chart, "encoding.x.field"), "month");
    CHECK_STR(jstr(a.chart, "encoding.x.type"), "temporal");
    CHECK_STR(jstr(a.chart, "encoding.x.timeUnit"), "utcyearmonth");
    CHECK_STR(jstr(a.chart, "encoding.y.field"), "total_revenue");
    CHECK_STR(jstr(a.chart, "encoding.y.type"), "quantitative");
    CHECK(jget(a.chart, "encoding.color") == NULL);
    CHECK_STR(jstr(a.chart, "title.subtitle"),
              "from $20K in Jan 2021 to $95.1K in Dec 2024, +376%");
    dump_chart("line_months", a.chart);
    analysis_free(&a);
    res_free(r);
}

static void test_series_years(void)
{
    const char *cols[] = {"order_year", "orders"};
    struct db_cell cells[] = {I(2021), I(120), I(2022), I(340), I(2023), I(310), I(2024), I(90)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("How many orders per year?", r, &a), 0);
    CHECK_INT(a.checks, 0);
    CHECK_STR(a.summary, "4 points from 2021 to 2024; orders went from 120 in 2021 to 90 in 2024 "
                         "(-25%), highest in 2022.");
    CHECK_STR(jstr(a.chart, "title.subtitle"), "from 120 in 2021 to 90 in 2024, -25%");
    CHECK_STR(jstr(a.chart, "mark.type"), "line");
    CHECK_STR(jstr(a.chart, "encoding.x.type"), "ordinal");
    CHECK_STR(jstr(a.chart, "encoding.x.field"), "order_year");
    CHECK(jget(a.chart, "encoding.x.timeUnit") == NULL);
    dump_chart("line_years", a.chart);
    analysis_free(&a);
    res_free(r);

    /* month numbers without any other label are a series too */
    const char *cols2[] = {"month", "sales"};
    struct db_cell cells2[] = {I(1), R(10), I(2), R(30), I(3), R(20)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("Sales by month in 2024", r, &a), 0);
    CHECK_STR(a.summary, "3 points from month 1 to month 3; sales went from $10.00 in month 1 to "
                         "$20.00 in month 3 (+100%), highest in month 2.");
    CHECK_STR(jstr(a.chart, "mark.type"), "line");
    CHECK_STR(jstr(a.chart, "encoding.x.type"), "ordinal");
    analysis_free(&a);
    res_free(r);

    /* quarters with their year ('2024-Q1') are points in order, read "Q1 2024"; trap: no time
     * scale, which could not parse them */
    const char *cols3[] = {"quarter", "orders"};
    struct db_cell cells3[] = {T("2023-Q4"), I(5), T("2024-Q1"), I(8), T("2024-Q2"), I(6)};
    r = RES(cols3, cells3);
    CHECK_INT(analyze_text("Orders by quarter", r, &a), 0);
    CHECK_STR(a.summary, "3 points from Q4 2023 to Q2 2024; orders went from 5 in Q4 2023 to 6 in "
                         "Q2 2024 (+20%), highest in Q1 2024.");
    CHECK_STR(jstr(a.chart, "mark.type"), "line");
    CHECK_STR(jstr(a.chart, "encoding.x.type"), "ordinal");
    CHECK(jget(a.chart, "encoding.x.timeUnit") == NULL);
    analysis_free(&a);
    res_free(r);
}

static void test_series_with_category(void)
{
    const char *cols[] = {"day", "region", "revenue"};
    struct db_cell cells[] = {
        T("2024-01-01"), T("East"), I(5), T("2024-01-01"), T("West"), I(7),
        T("2024-01-02"), T("East"), I(9), T("2024-01-02"), T("West"), I(4),
    };
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Daily revenue per region", r, &a), 0);
    CHECK_STR(a.summary, "4 points from Jan 1, 2024 to Jan 2, 2024 across 2 region values; revenue "
                         "ranges from $4.00 to $9.00, highest in Jan 2, 2024 for East.");
    CHECK_STR(jstr(a.chart, "mark.type"), "line");
    CHECK_STR(jstr(a.chart, "encoding.x.timeUnit"), "utcyearmonthdate");
    CHECK_STR(jstr(a.chart, "encoding.color.field"), "region");
    CHECK_STR(jstr(a.chart, "encoding.color.type"), "nominal");
    dump_chart("line_series", a.chart);
    analysis_free(&a);
    res_free(r);
}

static void test_scatter(void)
{
    const char *cols[] = {"price", "units_sold"};
    struct db_cell cells[] = {R(9.99), I(120), R(19.99), I(80), R(4.5), I(300), R(50), I(12)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Price versus units sold for each product", r, &a), 0);
    CHECK_STR(a.summary, "4 rows, 2 columns.");
    CHECK(a.chart != NULL);
    check_common_spec(a.chart);
    CHECK_STR(jstr(a.chart, "mark.type"), "point");
    CHECK_STR(jstr(a.chart, "encoding.x.field"), "price");
    CHECK_STR(jstr(a.chart, "encoding.x.type"), "quantitative");
    CHECK_STR(jstr(a.chart, "encoding.y.field"), "units_sold");
    CHECK_STR(jstr(a.chart, "encoding.y.type"), "quantitative");
    dump_chart("point", a.chart);
    analysis_free(&a);
    res_free(r);
}

static void test_no_chart_shapes(void)
{
    struct analysis a;
    /* two text columns and a measure: which one is the category is a guess, so no chart */
    const char *cols[] = {"first", "last", "total"};
    struct db_cell cells[] = {T("A"), T("B"), I(1), T("C"), T("D"), I(2)};
    struct db_result *r = RES(cols, cells);
    CHECK_INT(analyze_text("Top customers", r, &a), 0);
    CHECK(a.chart == NULL);
    CHECK_STR(a.summary, "2 rows, 3 columns.");
    analysis_free(&a);
    res_free(r);

    /* one numeric column of many rows */
    const char *cols2[] = {"amount"};
    struct db_cell cells2[] = {I(1), I(2), I(3)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("List order amounts", r, &a), 0);
    CHECK(a.chart == NULL);
    CHECK_STR(a.summary, "3 rows, 1 column.");
    analysis_free(&a);
    res_free(r);

    /* rows keyed by an id are entities with dates, not a series */
    const char *cols3[] = {"order_id", "order_date", "amount"};
    struct db_cell cells3[] = {I(1), T("2024-01-01"), R(5), I(2), T("2024-01-01"), R(7)};
    r = RES(cols3, cells3);
    CHECK_INT(analyze_text("List orders", r, &a), 0);
    CHECK(a.chart == NULL);
    analysis_free(&a);
    res_free(r);
}

static void test_id_and_name(void)
{
    /* the id is a key, not the measure: bars of total by name */
    const char *cols[] = {"customer_id", "name", "total_spent"};
    struct db_cell cells[] = {I(7), T("Ann"), R(99.5), I(9), T("Bob"), R(250)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Customers and what they spent", r, &a), 0);
    CHECK_STR(a.summary, "2 rows; Bob leads with total spent of $250.00, 72% of the total.");
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    CHECK_STR(jstr(a.chart, "encoding.x.field"), "name");
    CHECK_STR(jstr(a.chart, "encoding.y.field"), "total_spent");
    analysis_free(&a);
    res_free(r);
}

static void test_id_category(void)
{
    /* with no text column, an id labels the bars */
    const char *cols[] = {"store_id", "revenue"};
    struct db_cell cells[] = {I(1012), I(300), I(7), I(900), I(12), I(50)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Revenue per store", r, &a), 0);
    CHECK_STR(a.summary, "3 rows; store ID 7 leads with revenue of $900.00, 72% of the total.");
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    CHECK_STR(jstr(a.chart, "encoding.x.field"), "store_id");
    CHECK_STR(jstr(a.chart, "encoding.x.type"), "nominal");
    analysis_free(&a);
    res_free(r);
}

static void test_chart_data_edge_cases(void)
{
    /* dots in names are nested access in Vega-Lite; repeated names would collide; text need
     * not be UTF-8 */
    const char *cols[] = {"t.name", "t.name", "sum(x)"};
    struct db_cell cells[] = {T("caf\xe9"), T("a"), I(3), T("ok"), T("b"), I(4)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("", r, &a), 0);
    CHECK(a.chart == NULL); /* two text columns */
    CHECK_STR(jstr(col_json(&a, 0), "name"), "t.name");
    analysis_free(&a);
    res_free(r);

    const char *cols2[] = {"t.name", "sum(x)"};
    struct db_cell cells2[] = {T("caf\xe9"), I(3), T("ok"), I(4), T("ok"), I(5)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("Sum of x per name", r, &a), 0);
    CHECK(a.chart != NULL);
    check_common_spec(a.chart);
    CHECK_STR(jstr(a.chart, "encoding.x.field"), "t\\.name");
    CHECK_STR(jstr(a.chart, "encoding.x.title"), "name");
    /* "ok" repeats: one bar per value, summed */
    CHECK_STR(jstr(a.chart, "encoding.y.aggregate"), "sum");
    const json_t *row0 = json_array_get(jget(a.chart, "data.values"), 0);
    CHECK_STR(json_string_value(json_object_get(row0, "t.name")), "caf\xef\xbf\xbd");
    CHECK_STR(a.summary, "3 rows; ok leads with total x of 5, 42% of the total.");
    dump_chart("bar_escaped", a.chart);
    analysis_free(&a);
    res_free(r);

    /* data is capped at ANALYZE_CHART_MAX_ROWS rows */
    const char *cols3[] = {"sku", "units"};
    r = res_alloc(cols3, 2, 600);
    char s[16];
    for (size_t i = 0; i < 600; i++) {
        snprintf(s, sizeof s, "S%zu", i);
        res_set(r, i, 0, T(s));
        res_set(r, i, 1, I((long long)i));
    }
    CHECK_INT(analyze_text("Units by sku", r, &a), 0);
    CHECK_INT(json_array_size(jget(a.chart, "data.values")), ANALYZE_CHART_MAX_ROWS);
    CHECK_INT(json_integer_value(jget(col_json(&a, 0), "distinct")), 600);
    analysis_free(&a);
    res_free(r);
}

/* ---- formatting for people -------------------------------------------------------------- */

static void test_fmt_rounding(void)
{
    char b[64];
    /* halves round away from zero as written, whatever the binary value */
    analyze_fmt_money(0.005, NULL, b, sizeof b);
    CHECK_STR(b, "$0.01");
    analyze_fmt_fixed(2.675, 2, b, sizeof b);
    CHECK_STR(b, "2.68");
    analyze_fmt_fixed(1.005, 2, b, sizeof b);
    CHECK_STR(b, "1.01");
    analyze_fmt_money(-0.005, "USD", b, sizeof b);
    CHECK_STR(b, "-$0.01");
    /* a negative that rounds to zero is zero, never "-$0.00" */
    analyze_fmt_money(-0.001, "USD", b, sizeof b);
    CHECK_STR(b, "$0.00");
    analyze_fmt_fixed(-0.0001, 2, b, sizeof b);
    CHECK_STR(b, "0.00");
    analyze_fmt_money(-1234.5, "USD", b, sizeof b);
    CHECK_STR(b, "-$1,234.50");
    analyze_fmt_fixed(-999.995, 2, b, sizeof b);
    CHECK_STR(b, "-1,000.00");
    analyze_fmt_money(153298.150000001, NULL, b, sizeof b);
    CHECK_STR(b, "$153,298.15");
    analyze_fmt_money(1234567890123.456, "USD", b, sizeof b);
    CHECK_STR(b, "$1,234,567,890,123.46");
    /* huge, NaN and infinities */
    analyze_fmt_fixed(1.234e20, 2, b, sizeof b);
    CHECK_STR(b, "1.23e+20");
    analyze_fmt_money(NAN, "USD", b, sizeof b);
    CHECK_STR(b, "NaN");
    analyze_fmt_fixed(INFINITY, 2, b, sizeof b);
    CHECK_STR(b, "\xe2\x88\x9e");
    analyze_fmt_fixed(-INFINITY, 2, b, sizeof b);
    CHECK_STR(b, "-\xe2\x88\x9e");
    /* currencies: a sign where one exists, else the code; yen without decimals */
    analyze_fmt_money(12, "EUR", b, sizeof b);
    CHECK_STR(b, "\xe2\x82\xac"
                 "12.00");
    analyze_fmt_money(1234.5, "JPY", b, sizeof b);
    CHECK_STR(b, "\xc2\xa5"
                 "1,235");
    analyze_fmt_money(1234.5, "CHF", b, sizeof b);
    CHECK_STR(b, "CHF 1,234.50");
    /* a short buffer is cut, never overrun */
    char tiny[4];
    analyze_fmt_money(1234.5, "USD", tiny, sizeof tiny);
    CHECK_STR(tiny, "$1,");
}

static void test_json_real(void)
{
    /* binary noise goes, the decimal stays; whole values stay exact */
    CHECK(analyze_clean_real(153298.150000001) == 153298.15);
    CHECK(analyze_clean_real(0.1 + 0.2) == 0.3);
    CHECK(analyze_clean_real(365337.470999974) == 365337.471);
    CHECK(analyze_clean_real(123456789012345.0) == 123456789012345.0);
    CHECK(analyze_clean_real(-2.5) == -2.5);
    CHECK(analyze_clean_real(1e-300) == 1e-300);
    CHECK(analyze_clean_real(1.0 / 3.0) != 0.333);
    json_t *j = json_pack("[o, o, o]", analyze_json_real(153298.150000001), analyze_json_real(NAN),
                          analyze_json_real(20.0));
    char *text = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(15));
    CHECK_STR(text, "[153298.15,null,20.0]");
    free(text);
    json_decref(j);
}

static void test_labels(void)
{
    static const char *const cases[][2] = {
        {"total_shipping_cost", "total shipping cost"},
        {"SUM(o.shipping_cost)", "total shipping cost"},
        {"AVG(unitPrice)", "average unit price"},
        {"COUNT(*)", "count"},
        {"count(DISTINCT c.customer_id)", "number of distinct customers"},
        {"ROUND(AVG(p.price), 2)", "average price"},
        {"SUM(t.total)", "total"},
        {"total_usd", "total"},
        {"qty", "quantity"},
        {"strftime('%Y-%m', o.order_date)", "order date"},
        {"SUM(oi.quantity * oi.unit_price)", "total quantity \xc3\x97 unit price"},
        {"customer_id", "customer ID"},
        {"\"Order Total\"", "order total"},
        {"", "value"},
    };
    char b[96];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        analyze_label(cases[i][0], b, sizeof b);
        CHECK_STR(b, cases[i][1]);
    }
}

/* The display fields of column c and one formatted cell. */
static void check_cell(const struct analysis *a, const struct db_result *r, size_t row, size_t col,
                       const char *want)
{
    char b[128];
    analyze_fmt_cell(a, r, row, col, b, sizeof b);
    CHECK_STR(b, want);
}

static void test_column_formats(void)
{
    const char *cols[] = {"category",     "revenue",      "product_count", "avg_rating",
                          "pct_returned", "amount_cents", "order_year",    "store_id"};
    struct db_cell cells[] = {
        T("Books"), R(1234.5), R(20), R(4.25), R(12.5), I(123456), I(2023), I(1012),
        T("Toys"),  R(-0.004), R(3),  R(0.5),  R(3),    I(99),     I(2024), I(7),
    };
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("", r, &a), 0);
    CHECK_STR(jstr(col_json(&a, 1), "format"), "currency");
    CHECK_STR(jstr(col_json(&a, 1), "currency"), "USD");
    CHECK_INT(json_integer_value(jget(col_json(&a, 1), "decimals")), 2);
    CHECK_STR(jstr(col_json(&a, 2), "format"), "number"); /* a count is never money */
    CHECK_INT(json_integer_value(jget(col_json(&a, 2), "decimals")), 0);
    CHECK_STR(jstr(col_json(&a, 2), "label"), "product count");
    CHECK_STR(jstr(col_json(&a, 4), "format"), "percent");
    CHECK_STR(jstr(col_json(&a, 5), "format"), "number"); /* cents undeclared: not divided */
    CHECK_STR(jstr(col_json(&a, 6), "format"), "year");
    CHECK_STR(jstr(col_json(&a, 7), "format"), "id");
    check_cell(&a, r, 0, 1, "$1,234.50");
    check_cell(&a, r, 1, 1, "$0.00");
    check_cell(&a, r, 0, 2, "20"); /* whole numbers stored as REAL */
    check_cell(&a, r, 0, 3, "4.25");
    check_cell(&a, r, 1, 3, "0.50");
    check_cell(&a, r, 0, 4, "12.5%");
    check_cell(&a, r, 1, 4, "3.0%");
    check_cell(&a, r, 0, 5, "123,456");
    check_cell(&a, r, 0, 6, "2023");
    check_cell(&a, r, 0, 7, "1012");
    analysis_free(&a);

    /* what a semantic layer declares wins: cents divided, euros, a label */
    struct analyze_column_format decl[] = {
        {"amount_cents", ANALYZE_FORMAT_CURRENCY, 0.01, "EUR", "amount"},
        {"product_count", ANALYZE_FORMAT_PERCENT, 0, NULL, NULL},
    };
    struct analyze_options opt = {"GBP", decl, 2, 0};
    CHECK_INT(analyze_result_opts(NULL, r, &opt, &a), 0);
    check_cell(&a, r, 0, 5,
               "\xe2\x82\xac"
               "1,234.56");
    CHECK_STR(jstr(col_json(&a, 5), "label"), "amount");
    CHECK(fabs(json_number_value(jget(col_json(&a, 5), "scale")) - 0.01) < 1e-12);
    check_cell(&a, r, 0, 2, "20%");
    check_cell(&a, r, 0, 1,
               "\xc2\xa3"
               "1,234.50"); /* the configured currency */
    analysis_free(&a);
    res_free(r);

    /* a percentage declared so (a metric's format) is shown as one and is no share of a total
     * of percentages; trap: the same values undeclared are shares of their total */
    const char *pcols[] = {"category", "margin"};
    struct db_cell pcells[] = {T("Books"), R(40.0), T("Toys"), R(60.0)};
    r = RES(pcols, pcells);
    struct analyze_column_format pct[] = {{"margin", ANALYZE_FORMAT_PERCENT, 0, NULL, NULL}};
    struct analyze_options popt = {NULL, pct, 1, 0};
    CHECK_INT(analyze_result_opts(NULL, r, &popt, &a), 0);
    CHECK(strstr(a.summary, "60%") != NULL || strstr(a.summary, "60.0%") != NULL);
    CHECK(strstr(a.summary, "of the total") == NULL);
    analysis_free(&a);
    CHECK_INT(analyze_result_opts(NULL, r, NULL, &a), 0);
    CHECK(strstr(a.summary, "of the total") != NULL);
    analysis_free(&a);
    res_free(r);
}

/* Which names make a numeric column money, on made-up schemas. */
static void test_money_names(void)
{
    static const struct {
        const char *name;
        int real;
        const char *format;
    } cases[] = {
        {"mrr_usd", 1, "currency"},       {"invoice_amt", 1, "currency"},
        {"SUM(i.total)", 1, "currency"},  {"order_total", 1, "currency"},
        {"total", 0, "number"},           {"total_distance", 1, "number"},
        {"total_orders", 1, "number"},    {"avg_order_value", 1, "currency"},
        {"value", 1, "number"},           {"unitPrice", 1, "currency"},
        {"num_sales", 0, "number"},       {"sales", 1, "currency"},
        {"amount_cents", 0, "number"},    {"pct_churned", 1, "percent"},
        {"conversion_rate", 1, "number"}, {"acct_id", 0, "id"},
        {"SUM(p.salary)", 0, "currency"}, {"avg_rating", 1, "number"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *cols[] = {cases[i].name};
        struct db_cell cells[] = {cases[i].real ? R(12.5) : I(12), cases[i].real ? R(3) : I(3)};
        struct db_result *r = RES(cols, cells);
        struct analysis a;
        CHECK_INT(analyze_text("", r, &a), 0);
        const char *got = jstr(col_json(&a, 0), "format");
        if (!got || strcmp(got, cases[i].format))
            fprintf(stderr, "  %s -> %s\n", cases[i].name, got ? got : "(none)");
        CHECK_STR(got, cases[i].format);
        analysis_free(&a);
        res_free(r);
    }
}

static void test_table_text(void)
{
    const char *cols[] = {"first_name", "last_name", "SUM(o.total_usd)"};
    struct db_cell cells[] = {
        T("Ada"),  T("Lovelace"), R(1234.5),           N(), T("Hopper"), R(500.25),
        T("Alan"), N(),           R(153298.150000001), N(), N(),         R(-20),
    };
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    struct buf t = BUF_INIT;
    CHECK_INT(analyze_text("Top customers by spend", r, &a), 0);
    CHECK_INT(analyze_table_text(&a, r, 20, &t), 0);
    CHECK_STR(buf_cstr(&t), "name         |       total\n"
                            "-------------+------------\n"
                            "Ada Lovelace |   $1,234.50\n"
                            "Hopper       |     $500.25\n"
                            "Alan         | $153,298.15\n"
                            "NULL         |     -$20.00\n"
                            "(4 rows)\n");
    /* one name, so a ranking by person; a negative value: no share */
    CHECK_STR(a.summary, "4 rows; Alan leads with total of $153,298.15.");
    CHECK_STR(jstr(a.chart, "encoding.x.title"), "name");
    const json_t *row0 = json_array_get(jget(a.chart, "data.values"), 0);
    CHECK_STR(json_string_value(json_object_get(row0, "first_name")), "Ada Lovelace");
    CHECK(json_is_null(
        json_object_get(json_array_get(jget(a.chart, "data.values"), 3), "first_name")));
    dump_chart("bar_names", a.chart);
    analysis_free(&a);
    buf_free(&t);
    res_free(r);

    /* an empty result: headers and a count */
    const char *cols2[] = {"region", "revenue"};
    r = res_alloc(cols2, 2, 0);
    CHECK_INT(analyze_text("", r, &a), 0);
    CHECK_INT(analyze_table_text(&a, r, 20, &t), 0);
    CHECK_STR(buf_cstr(&t), "region | revenue\n-------+--------\n(0 rows)\n");
    CHECK_STR(a.summary, "No rows matched.");
    analysis_free(&a);
    buf_free(&t);
    res_free(r);
}

static void test_ties(void)
{
    /* every row the same: said as a tie of all */
    const char *cols[] = {"category", "product_count"};
    struct db_result *r = res_alloc(cols, 2, 10);
    char name[16];
    for (size_t i = 0; i < 10; i++) {
        snprintf(name, sizeof name, "C%zu", i);
        res_set(r, i, 0, T(name));
        res_set(r, i, 1, I(20));
    }
    struct analysis a;
    CHECK_INT(analyze_text("Number of products per category", r, &a), 0);
    CHECK_STR(a.summary, "All 10 categories have 20 products.");
    analysis_free(&a);
    res_free(r);

    const char *cols2[] = {"category", "count"};
    struct db_cell cells2[] = {T("A"), I(12), T("B"), I(12)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("", r, &a), 0);
    CHECK_STR(a.summary, "All 2 categories have the same count, 12.");
    analysis_free(&a);
    /* a bare "count" counts what the question names */
    CHECK_INT(analyze_text("What is the number of products in each category?", r, &a), 0);
    CHECK_STR(a.summary, "All 2 categories have 12 products.");
    analysis_free(&a);
    CHECK_INT(analyze_text("How many of the orders are in each category?", r, &a), 0);
    CHECK_STR(a.summary, "All 2 categories have 12 orders.");
    analysis_free(&a);
    /* "status" is not a plural: no noun */
    CHECK_INT(analyze_text("Count of status per category", r, &a), 0);
    CHECK_STR(a.summary, "All 2 categories have the same count, 12.");
    analysis_free(&a);
    res_free(r);

    /* three tied for first, named */
    const char *cols3[] = {"store", "orders"};
    struct db_cell cells3[] = {T("North"), I(12), T("South"), I(5),
                               T("East"),  I(12), T("West"),  I(12)};
    r = RES(cols3, cells3);
    CHECK_INT(analyze_text("Orders per store", r, &a), 0);
    CHECK_STR(a.summary, "4 stores; 3 tie for first at 12 orders: North, East and West.");
    analysis_free(&a);
    res_free(r);

    /* two tied for first, money */
    const char *cols4[] = {"region", "revenue"};
    struct db_cell cells4[] = {T("EU"), R(10.5), T("US"), R(10.5), T("APAC"), R(3)};
    r = RES(cols4, cells4);
    CHECK_INT(analyze_text("", r, &a), 0);
    CHECK_STR(a.summary, "3 regions; 2 tie for first at $10.50: EU and US.");
    analysis_free(&a);
    res_free(r);

    /* a total of 0: no share, in the sentence or the chart */
    const char *cols5[] = {"store", "refunds"};
    struct db_cell cells5[] = {T("A"), I(0), T("B"), I(0), T("C"), I(0)};
    r = RES(cols5, cells5);
    CHECK_INT(analyze_text("What share of refunds comes from each store?", r, &a), 0);
    CHECK_STR(a.summary, "All 3 stores have the same refunds, $0.00.");
    char *spec = json_dumps(a.chart, 0);
    CHECK(spec && strstr(spec, "__share") == NULL && strstr(spec, "subtitle") == NULL);
    free(spec);
    CHECK_STR(jstr(a.chart, "mark.type"), "bar");
    CHECK(json_object_get(json_array_get(jget(a.chart, "data.values"), 0), "__share") == NULL);
    analysis_free(&a);
    res_free(r);
}

static void test_single_row_money(void)
{
    const char *cols[] = {"SUM(o.total_usd)"};
    struct db_cell cells[] = {R(1234.5)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Total revenue", r, &a), 0);
    CHECK_STR(a.summary, "The answer is $1,234.50.");
    CHECK_STR(jstr(a.chart, "title"), "total");
    CHECK_STR(jstr(a.chart, "encoding.text.format"), "$,.2f");
    dump_chart("big_number_money", a.chart);
    analysis_free(&a);
    res_free(r);
}

static void test_series_change(void)
{
    /* a start of 0 has no percentage change */
    const char *cols[] = {"month", "signups"};
    struct db_cell cells[] = {T("2023-01-01"), I(0),  T("2023-02-01"), I(40),
                              T("2023-03-01"), I(180)};
    struct db_result *r = RES(cols, cells);
    struct analysis a;
    CHECK_INT(analyze_text("Signups per month", r, &a), 0);
    CHECK_STR(a.summary,
              "3 points from Jan 2023 to Mar 2023; signups went from 0 in Jan 2023 to 180 in "
              "Mar 2023.");
    CHECK_STR(jstr(a.chart, "title.subtitle"), "from 0 in Jan 2023 to 180 in Mar 2023");
    analysis_free(&a);
    res_free(r);

    const char *cols2[] = {"month", "orders"};
    struct db_cell cells2[] = {T("2023-01"), I(120), T("2023-12"), I(180)};
    r = RES(cols2, cells2);
    CHECK_INT(analyze_text("Orders per month", r, &a), 0);
    CHECK_STR(jstr(a.chart, "title.subtitle"), "from 120 in Jan 2023 to 180 in Dec 2023, +50%");
    analysis_free(&a);
    res_free(r);
}

static void test_bad_args(void)
{
    struct analysis a;
    CHECK_INT(analyze_text("q", NULL, &a), ERR_USAGE);
    CHECK(a.summary == NULL && a.columns == NULL && a.chart == NULL);
    CHECK_INT(analyze_text("q", NULL, NULL), ERR_USAGE);
    analysis_free(NULL);
    CHECK(analyze_chart_spec(NULL, NULL, NULL) == NULL);
}

static const struct test_case tests[] = {
    {"fmt_number", test_fmt_number},
    {"fmt_compact", test_fmt_compact},
    {"empty", test_empty},
    {"truncated_generic", test_truncated_generic},
    {"all_null", test_all_null},
    {"many_for_count", test_many_for_count},
    {"one_for_list", test_one_for_list},
    {"checks_str", test_checks_str},
    {"stats", test_stats},
    {"single_number", test_single_number},
    {"one_row", test_one_row},
    {"category_bar", test_category_bar},
    {"category_no_share", test_category_no_share},
    {"category_arc", test_category_arc},
    {"series_months", test_series_months},
    {"series_years", test_series_years},
    {"series_with_category", test_series_with_category},
    {"scatter", test_scatter},
    {"no_chart_shapes", test_no_chart_shapes},
    {"id_and_name", test_id_and_name},
    {"id_category", test_id_category},
    {"chart_data_edge_cases", test_chart_data_edge_cases},
    {"sql_limits", test_sql_limits},
    {"sql_lists_rows", test_sql_lists_rows},
    {"plural", test_plural},
    {"bad_args", test_bad_args},
    {"fmt_rounding", test_fmt_rounding},
    {"json_real", test_json_real},
    {"labels", test_labels},
    {"column_formats", test_column_formats},
    {"money_names", test_money_names},
    {"table_text", test_table_text},
    {"ties", test_ties},
    {"single_row_money", test_single_row_money},
    {"series_change", test_series_change},
};

TEST_MAIN()
