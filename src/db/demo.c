/* demo: builds the bundled sales/BI SQLite database so genbi has something real to query on a
 * fresh machine. Every value comes from one seed through a private splitmix64 generator and only
 * + - * / sqrt floor round on doubles, so the same seed gives the same rows on every run and every
 * IEEE-754 machine. The file is built under a temporary name in one transaction and renamed into
 * place, so a reader never sees a half-written database. */
#include "db/demo.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "db/demo_int.h"

#include "util/banned.h"

/* ---- PRNG and dates ---------------------------------------------------------------------- */

/* splitmix64: tiny, fast, and identical everywhere, unlike rand(). */
struct demo_rng {
    uint64_t s;
};

static uint64_t rng_next(struct demo_rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform in [0, 1). */
static double rng_unit(struct demo_rng *r)
{
    return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/* Uniform in [lo, hi]; the modulo bias is below 1e-15 for these small ranges. */
static int rng_int(struct demo_rng *r, int lo, int hi)
{
    return lo + (int)(rng_next(r) % (uint64_t)(hi - lo + 1));
}

static double rng_real(struct demo_rng *r, double lo, double hi)
{
    return lo + (hi - lo) * rng_unit(r);
}

static int rng_chance(struct demo_rng *r, double p)
{
    return rng_unit(r) < p;
}

/* A uniformly chosen entry of a list of at most n strings, NULL-terminated if shorter. */
static const char *rng_pick(struct demo_rng *r, const char *const *list, int n)
{
    int count = 0;
    while (count < n && list[count])
        count++;
    return list[rng_int(r, 0, count - 1)];
}

/* A uniformly chosen name of a list separated by ", ", copied into out (cap bytes). */
static const char *rng_pick_name(struct demo_rng *r, const char *list, char *out, size_t cap)
{
    int count = 1;
    for (const char *p = strstr(list, ", "); p; p = strstr(p + 2, ", "))
        count++;
    const char *name = list;
    for (int k = rng_int(r, 0, count - 1); k > 0; k--)
        name = strstr(name, ", ") + 2;
    const char *end = strstr(name, ", ");
    int len = end ? (int)(end - name) : (int)strlen(name);
    snprintf(out, cap, "%.*s", len, name);
    return out;
}

/* Index drawn with probability proportional to w[i]. */
static int rng_weighted(struct demo_rng *r, const double *w, int n)
{
    double total = 0, u;
    for (int i = 0; i < n; i++)
        total += w[i];
    u = rng_unit(r) * total;
    for (int i = 0; i < n - 1; i++) {
        if (u < w[i])
            return i;
        u -= w[i];
    }
    return n - 1;
}

/* First index in cum[0..n) (a running total) whose value exceeds u. */
static int demo_search_cum(const double *cum, int n, double u)
{
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (cum[mid] > u)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm). */
static int date_days(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void date_civil(int z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

static void date_fmt(int days, char *out, size_t n)
{
    int y, m, d;
    date_civil(days, &y, &m, &d);
    /* the modulo only tells the compiler the fields' widths: the dates here are 4-digit years */
    snprintf(out, n, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

static int date_month(int days) /* 1..12 */
{
    int y, m, d;
    date_civil(days, &y, &m, &d);
    return m;
}

static double demo_money(double x)
{
    return round(x * 100.0) / 100.0;
}

/* A shelf price: 129.99 rather than 131.37. */
static double demo_shelf_price(double p)
{
    if (p < 10)
        return floor(p) + (p - floor(p) < 0.5 ? 0.49 : 0.99);
    if (p < 200)
        return floor(p) + 0.99;
    return floor(p / 10) * 10 + 9.99;
}

/* Lower-case letters and digits of s, for e-mail addresses and domains. */
static void demo_slug(const char *s, char *out, size_t n)
{
    size_t k = 0;
    for (; *s && k + 1 < n; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z')
            out[k++] = (char)(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[k++] = c;
    }
    out[k] = '\0';
}

/* ---- generator state --------------------------------------------------------------------- */

/* Everything later tables need from earlier ones; heap-allocated because it is ~150 KiB. */
struct demo_gen {
    sqlite3 *db;
    struct demo_rng rng;
    int first_day, last_day; /* order date range, days since the epoch */

    /* products, index = product_id - 1 */
    int prod_cat[DEMO_PRODUCTS];
    double prod_price[DEMO_PRODUCTS];
    int prod_launch[DEMO_PRODUCTS];
    int prod_retire[DEMO_PRODUCTS]; /* first day it no longer sells; INT_MAX while still sold */
    double prod_cum[DEMO_PRODUCTS]; /* running total of popularity */
    char prod_name[DEMO_PRODUCTS][80];

    /* employees, index = employee_id - 1 */
    int emp_region[DEMO_EMPLOYEES]; /* 0 for the VP, who covers no region */
    int emp_hire[DEMO_EMPLOYEES];
    int emp_manager[DEMO_EMPLOYEES]; /* 1 for managers, who close fewer deals themselves */

    /* customers, index = customer_id - 1; ids follow signup order */
    int cust_signup[DEMO_CUSTOMERS];
    int cust_region[DEMO_CUSTOMERS];
    int cust_segment[DEMO_CUSTOMERS];
    int cust_loyal[DEMO_CUSTOMERS];
    double cust_cum[DEMO_CUSTOMERS]; /* running total of how often each one orders */

    uint64_t email_seen[DEMO_EMAIL_SLOTS];
    double day_cum[DEMO_DAYS];
    int day_orders[DEMO_DAYS];
};

static int demo_exec(sqlite3 *db, const char *sql, struct err *e)
{
    char *msg = NULL;
    int rc = 0;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        rc = err_set(e, ERR_DB, "demo: building the database failed: %s",
                     msg ? msg : sqlite3_errmsg(db));
    }
    sqlite3_free(msg);
    return rc;
}

static int demo_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, struct err *e)
{
    if (sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
        return err_set(e, ERR_DB, "demo: cannot prepare \"%s\": %s", sql, sqlite3_errmsg(db));
    return 0;
}

/* Runs one bound INSERT; brc is the OR of the bind results (SQLITE_OK is 0). */
static int demo_step(sqlite3 *db, sqlite3_stmt *st, int brc, const char *table, struct err *e)
{
    int rc = 0;
    if (brc != SQLITE_OK)
        rc = err_set(e, ERR_DB, "demo: cannot bind a %s row: %s", table, sqlite3_errmsg(db));
    else if (sqlite3_step(st) != SQLITE_DONE)
        rc = err_set(e, ERR_DB, "demo: cannot insert into %s: %s", table, sqlite3_errmsg(db));
    sqlite3_reset(st);
    return rc;
}

/* Text is bound SQLITE_STATIC: every buffer outlives the step that reads it. */
static int demo_bind_text(sqlite3_stmt *st, int i, const char *s)
{
    return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

static int demo_bind_int_or_null(sqlite3_stmt *st, int i, int v)
{
    return v ? sqlite3_bind_int(st, i, v) : sqlite3_bind_null(st, i);
}

/* ---- tables ------------------------------------------------------------------------------ */

static int demo_put_regions(struct demo_gen *g, struct err *e)
{
    sqlite3_stmt *st = NULL;
    int rc = demo_prepare(g->db, "INSERT INTO regions VALUES(?,?)", &st, e);
    for (int i = 0; !rc && i < DEMO_REGIONS; i++) {
        int brc = sqlite3_bind_int(st, 1, i + 1) | demo_bind_text(st, 2, demo_region_names[i]);
        rc = demo_step(g->db, st, brc, "regions", e);
    }
    sqlite3_finalize(st);
    return rc;
}

static int demo_put_categories(struct demo_gen *g, struct err *e)
{
    sqlite3_stmt *st = NULL;
    int rc = demo_prepare(g->db, "INSERT INTO categories VALUES(?,?,?)", &st, e);
    for (int i = 0; !rc && i < DEMO_NCATEGORIES; i++) {
        int brc = sqlite3_bind_int(st, 1, i + 1) | demo_bind_text(st, 2, demo_categories[i].name) |
                  demo_bind_text(st, 3, demo_categories[i].description);
        rc = demo_step(g->db, st, brc, "categories", e);
    }
    sqlite3_finalize(st);
    return rc;
}

static int demo_name_taken(const struct demo_gen *g, int upto, const char *name)
{
    for (int i = 0; i < upto; i++)
        if (strcmp(g->prod_name[i], name) == 0)
            return 1;
    return 0;
}

static int demo_put_products(struct demo_gen *g, struct err *e)
{
    struct demo_rng *r = &g->rng;
    sqlite3_stmt *st = NULL;
    double total = 0;
    int rc = demo_prepare(g->db, "INSERT INTO products VALUES(?,?,?,?,?,?,?)", &st, e);
    if (rc)
        goto out;
    int old_from = date_days(2016, 1, 1), old_to = date_days(2020, 12, 31);
    int new_from = date_days(2021, 1, 1), new_to = date_days(2024, 9, 30);
    for (int p = 0; p < DEMO_PRODUCTS; p++) {
        int c = p / DEMO_PER_CATEGORY;
        const struct demo_category *cat = &demo_categories[c];
        int ai, bi, ii;
        /* 6 * 6 * 10 combinations per category for 20 products: a clash needs only a retry. */
        do {
            ai = rng_int(r, 0, 5);
            bi = rng_int(r, 0, 5);
            ii = rng_int(r, 0, 9);
            if (cat->titled)
                snprintf(g->prod_name[p], sizeof g->prod_name[p], "The %s %s (%s)", cat->a[ai],
                         cat->b[bi], cat->items[ii].name);
            else
                snprintf(g->prod_name[p], sizeof g->prod_name[p], "%s %s %s", cat->a[ai],
                         cat->b[bi], cat->items[ii].name);
        } while (demo_name_taken(g, p, g->prod_name[p]));

        double tier = cat->titled ? 1.0 : demo_brand_tier[ai];
        double price = demo_shelf_price(cat->items[ii].price * tier * rng_real(r, 0.9, 1.15));
        double cost = demo_money(price * rng_real(r, cat->cost_lo, cat->cost_hi));
        /* The first two of each category are long-standing lines, so every day of the order
         * history has plenty on sale whatever the seed. */
        int staple = p % DEMO_PER_CATEGORY < 2;
        int launch = staple || rng_chance(r, 0.68) ? rng_int(r, old_from, old_to)
                                                   : rng_int(r, new_from, new_to);
        int discontinued = !staple && launch < date_days(2022, 1, 1) && rng_chance(r, 0.08);
        g->prod_cat[p] = c;
        g->prod_price[p] = price;
        g->prod_launch[p] = launch;
        g->prod_retire[p] =
            discontinued ? rng_int(r, date_days(2022, 6, 1), date_days(2024, 6, 30)) : INT_MAX;
        /* A few best sellers and a long tail; cheap things sell more often. */
        double u = rng_unit(r);
        total += (0.3 + 2.7 * u * u) * sqrt(30.0 / (price + 30.0));
        g->prod_cum[p] = total;

        char launch_s[16];
        date_fmt(launch, launch_s, sizeof launch_s);
        int brc = sqlite3_bind_int(st, 1, p + 1) | demo_bind_text(st, 2, g->prod_name[p]) |
                  sqlite3_bind_int(st, 3, c + 1) | sqlite3_bind_double(st, 4, price) |
                  sqlite3_bind_double(st, 5, cost) | demo_bind_text(st, 6, launch_s) |
                  sqlite3_bind_int(st, 7, discontinued);
        rc = demo_step(g->db, st, brc, "products", e);
        if (rc)
            goto out;
    }
out:
    sqlite3_finalize(st);
    return rc;
}

static int demo_put_employees(struct demo_gen *g, struct err *e)
{
    struct demo_rng *r = &g->rng;
    sqlite3_stmt *st = NULL;
    char first[DEMO_EMPLOYEES][32], last[DEMO_EMPLOYEES][32];
    int null_salary[3];
    int rc = demo_prepare(g->db, "INSERT INTO employees VALUES(?,?,?,?,?,?,?,?)", &st, e);
    if (rc)
        goto out;
    /* Three reps whose salary is not on file, so NULL handling shows up in answers. */
    for (int k = 0; k < 3; k++) {
        int again;
        do {
            null_salary[k] = rng_int(r, 1 + DEMO_REGIONS + 1, DEMO_EMPLOYEES);
            again = 0;
            for (int j = 0; j < k; j++)
                again |= null_salary[j] == null_salary[k];
        } while (again);
    }

    int id = 0;
    for (int region = 0; region <= DEMO_REGIONS; region++) {
        /* region 0 is the VP; then per region its manager followed by its reps */
        int staff = region == 0 ? 1 : 1 + demo_reps_per_region[region - 1];
        for (int k = 0; k < staff; k++) {
            const char *title;
            int manager, hire;
            double salary;
            id++;
            const struct demo_names *nm = &demo_names[region == 0 ? 0 : region - 1];
            int dup;
            do {
                rng_pick_name(r, nm->first, first[id - 1], sizeof first[0]);
                rng_pick_name(r, nm->last, last[id - 1], sizeof last[0]);
                dup = 0;
                for (int j = 0; j < id - 1; j++)
                    dup |=
                        strcmp(first[j], first[id - 1]) == 0 && strcmp(last[j], last[id - 1]) == 0;
            } while (dup);

            if (region == 0) {
                title = "VP of Sales";
                manager = 0;
                hire = date_days(2012, 3, 5);
                salary = 215000;
            } else if (k == 0) {
                title = "Regional Sales Manager";
                manager = 1;
                hire = rng_int(r, date_days(2014, 1, 1), date_days(2019, 12, 31));
                salary = 500 * floor(rng_real(r, 118000, 152000) / 500);
            } else {
                manager = id - k; /* the region's manager was inserted just before its reps */
                hire = rng_chance(r, 0.75)
                           ? rng_int(r, date_days(2015, 1, 1), date_days(2020, 12, 31))
                           : rng_int(r, date_days(2021, 1, 1), date_days(2024, 6, 30));
                if (hire < date_days(2019, 1, 1) && rng_chance(r, 0.45)) {
                    title = "Senior Account Executive";
                    salary = 100 * floor(rng_real(r, 80000, 98000) / 100);
                } else if (rng_chance(r, 0.5)) {
                    title = "Account Executive";
                    salary = 100 * floor(rng_real(r, 62000, 85000) / 100);
                } else {
                    title = "Sales Representative";
                    salary = 100 * floor(rng_real(r, 48000, 65000) / 100);
                }
            }
            g->emp_region[id - 1] = region;
            g->emp_hire[id - 1] = hire;
            g->emp_manager[id - 1] = region == 0 || k == 0;

            char hire_s[16];
            date_fmt(hire, hire_s, sizeof hire_s);
            int no_salary = 0;
            for (int j = 0; j < 3; j++)
                no_salary |= null_salary[j] == id;
            int brc = sqlite3_bind_int(st, 1, id) | demo_bind_text(st, 2, first[id - 1]) |
                      demo_bind_text(st, 3, last[id - 1]) | demo_bind_text(st, 4, title) |
                      demo_bind_int_or_null(st, 5, region) | demo_bind_int_or_null(st, 6, manager) |
                      demo_bind_text(st, 7, hire_s) |
                      (no_salary ? sqlite3_bind_null(st, 8) : sqlite3_bind_double(st, 8, salary));
            rc = demo_step(g->db, st, brc, "employees", e);
            if (rc)
                goto out;
        }
    }
out:
    sqlite3_finalize(st);
    return rc;
}

/* Adds s to the set of used e-mail addresses; 0 if it was already there. */
static int demo_email_claim(struct demo_gen *g, const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    h |= 1; /* 0 marks an empty slot */
    for (size_t i = (size_t)(h % DEMO_EMAIL_SLOTS);; i = (i + 1) % DEMO_EMAIL_SLOTS) {
        if (g->email_seen[i] == h)
            return 0;
        if (g->email_seen[i] == 0) {
            g->email_seen[i] = h;
            return 1;
        }
    }
}

static int demo_cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int demo_put_customers(struct demo_gen *g, struct err *e)
{
    struct demo_rng *r = &g->rng;
    sqlite3_stmt *st = NULL;
    double total = 0;
    int rc = demo_prepare(g->db, "INSERT INTO customers VALUES(?,?,?,?,?,?,?,?,?,?,?,?)", &st, e);
    if (rc)
        goto out;

    /* Two fifths signed up before the order history starts; sign-ups then grow linearly
     * (density 1 + t over the four years, inverted in closed form). Ids follow signup order. */
    int pre_from = date_days(2018, 1, 1);
    int span = g->last_day - 15 - g->first_day;
    for (int i = 0; i < DEMO_CUSTOMERS; i++) {
        if (i < DEMO_CUSTOMERS * 2 / 5) {
            g->cust_signup[i] = rng_int(r, pre_from, g->first_day - 1);
        } else {
            double t = sqrt(1.0 + 3.0 * rng_unit(r)) - 1.0;
            g->cust_signup[i] = g->first_day + (int)(t * span);
        }
    }
    qsort(g->cust_signup, DEMO_CUSTOMERS, sizeof g->cust_signup[0], demo_cmp_int);

    double country_w[DEMO_NCOUNTRIES];
    for (int i = 0; i < DEMO_CUSTOMERS; i++) {
        int region = 1 + rng_weighted(r, demo_region_weight, DEMO_REGIONS);
        for (int c = 0; c < DEMO_NCOUNTRIES; c++)
            country_w[c] = demo_countries[c].region == region ? demo_countries[c].weight : 0;
        const struct demo_country *ct =
            &demo_countries[rng_weighted(r, country_w, DEMO_NCOUNTRIES)];
        const char *city = rng_pick(r, ct->cities, 9);
        const struct demo_names *nm = &demo_names[region - 1];
        char first_b[32], last_b[32];
        const char *first = rng_pick_name(r, nm->first, first_b, sizeof first_b);
        const char *last = rng_pick_name(r, nm->last, last_b, sizeof last_b);
        double su = rng_unit(r);
        int seg = su < 0.60 ? SEG_CONSUMER : su < 0.85 ? SEG_CORPORATE : SEG_SMALL_BUSINESS;

        char company[96];
        const char *company_p = company;
        if (seg == SEG_CORPORATE || (seg == SEG_CONSUMER && rng_chance(r, 0.04)))
            snprintf(company, sizeof company, "%s %s", rng_pick(r, demo_company_prefix, 24),
                     rng_pick(r, demo_company_suffix, 15));
        else if (seg == SEG_SMALL_BUSINESS)
            snprintf(company, sizeof company, "%s %s", rng_chance(r, 0.5) ? last : city,
                     rng_pick(r, demo_small_business, 12));
        else
            company_p = NULL;

        /* Addresses derive from the name; business customers use the company's domain. */
        char fs[32], ls[32], local[80], domain[112], email[224];
        const char *email_p = email;
        demo_slug(first, fs, sizeof fs);
        demo_slug(last, ls, sizeof ls);
        if (company_p && seg != SEG_CONSUMER) {
            char cs[96];
            demo_slug(company, cs, sizeof cs);
            snprintf(domain, sizeof domain, "%s.com", cs);
        } else {
            snprintf(domain, sizeof domain, "%s", rng_pick(r, demo_mail_domains, 6));
        }
        switch (rng_int(r, 0, 3)) {
        case 0:
            snprintf(local, sizeof local, "%s.%s", fs, ls);
            break;
        case 1:
            snprintf(local, sizeof local, "%s%s", fs, ls);
            break;
        case 2:
            snprintf(local, sizeof local, "%c.%s", fs[0], ls);
            break;
        default:
            snprintf(local, sizeof local, "%s_%s%d", fs, ls, rng_int(r, 1, 99));
            break;
        }
        snprintf(email, sizeof email, "%s@%s", local, domain);
        for (int n = 2; !demo_email_claim(g, email); n++)
            snprintf(email, sizeof email, "%s%d@%s", local, n, domain);
        if (rng_chance(r, 0.08))
            email_p = NULL;

        char phone[40];
        const char *phone_p = phone;
        snprintf(phone, sizeof phone, "+%s %d%02d %03d %04d", ct->dial, rng_int(r, 2, 9),
                 rng_int(r, 0, 99), rng_int(r, 0, 999), rng_int(r, 0, 9999));
        if (rng_chance(r, seg == SEG_CONSUMER ? 0.15 : 0.05))
            phone_p = NULL;

        double lp = seg == SEG_CONSUMER ? 0.35 : seg == SEG_SMALL_BUSINESS ? 0.20 : 0.10;
        int loyal = rng_chance(r, lp);
        g->cust_region[i] = region;
        g->cust_segment[i] = seg;
        g->cust_loyal[i] = loyal;
        /* Most customers order now and then, a few very often. */
        double u = rng_unit(r);
        double w = 0.3 + 2.5 * u * u * u;
        w *= loyal ? 1.8 : 1.0;
        w *= seg == SEG_CORPORATE ? 1.6 : seg == SEG_SMALL_BUSINESS ? 1.3 : 1.0;
        total += w;
        g->cust_cum[i] = total;

        char signup[16];
        date_fmt(g->cust_signup[i], signup, sizeof signup);
        int brc = sqlite3_bind_int(st, 1, i + 1) | demo_bind_text(st, 2, first) |
                  demo_bind_text(st, 3, last) | demo_bind_text(st, 4, company_p) |
                  demo_bind_text(st, 5, email_p) | demo_bind_text(st, 6, phone_p) |
                  demo_bind_text(st, 7, city) | demo_bind_text(st, 8, ct->name) |
                  sqlite3_bind_int(st, 9, region) |
                  demo_bind_text(st, 10, demo_segment_names[seg]) | demo_bind_text(st, 11, signup) |
                  sqlite3_bind_int(st, 12, loyal);
        rc = demo_step(g->db, st, brc, "customers", e);
        if (rc)
            goto out;
    }
out:
    sqlite3_finalize(st);
    return rc;
}

/* Spreads DEMO_ORDERS over the days: ~18% growth a year, a Nov/Dec peak, quiet Sundays. */
static void demo_plan_days(struct demo_gen *g)
{
    static const double month_w[12] = {0.85, 0.8,  0.9, 0.9,  0.95, 0.95,
                                       0.9,  0.95, 1.0, 1.05, 1.45, 1.7};
    struct demo_rng *r = &g->rng;
    int ndays = g->last_day - g->first_day + 1;
    double total = 0;
    for (int i = 0; i < ndays; i++) {
        int day = g->first_day + i;
        double growth = 1.0 + 0.18 * (double)i / 365.25 * (1.0 + 0.09 * (double)i / 365.25);
        double w = growth * month_w[date_month(day) - 1];
        if ((day + 4) % 7 == 0) /* 1970-01-01 was a Thursday, so this is Sunday */
            w *= 0.8;
        w *= rng_real(r, 0.85, 1.15);
        total += w;
        g->day_cum[i] = total;
        g->day_orders[i] = 0;
    }
    for (int k = 0; k < DEMO_ORDERS; k++)
        g->day_orders[demo_search_cum(g->day_cum, ndays, rng_unit(r) * total)]++;
}

/* A rep in the customer's region who had been hired by then; 0 means no employee (NULL). */
static int demo_pick_employee(struct demo_gen *g, int region, int day, int channel, int seg)
{
    struct demo_rng *r = &g->rng;
    int cand[DEMO_EMPLOYEES], n = 0, manager = 0;
    /* Web orders mostly place themselves; business accounts often have an account rep. */
    if (channel == CH_ONLINE && rng_chance(r, seg == SEG_CONSUMER ? 0.9 : 0.5))
        return 0;
    for (int i = 0; i < DEMO_EMPLOYEES; i++) {
        if (g->emp_region[i] != region || g->emp_hire[i] > day)
            continue;
        if (g->emp_manager[i])
            manager = i + 1;
        else
            cand[n++] = i + 1;
    }
    if (n == 0 || (manager && rng_chance(r, 0.08)))
        return manager;
    return cand[rng_int(r, 0, n - 1)];
}

/* A product on sale that day, favouring best sellers and the category's season. */
static int demo_pick_product(struct demo_gen *g, int day, int month, const int *taken, int ntaken)
{
    struct demo_rng *r = &g->rng;
    double total = g->prod_cum[DEMO_PRODUCTS - 1];
    for (int tries = 0;; tries++) {
        int p = tries < 200 ? demo_search_cum(g->prod_cum, DEMO_PRODUCTS, rng_unit(r) * total)
                            : rng_int(r, 0, DEMO_PRODUCTS - 1);
        if (g->prod_launch[p] > day || g->prod_retire[p] <= day)
            continue;
        int dup = 0;
        for (int j = 0; j < ntaken; j++)
            dup |= taken[j] == p;
        if (dup)
            continue;
        if (tries < 200 &&
            !rng_chance(r, demo_categories[g->prod_cat[p]].season[month - 1] / DEMO_SEASON_MAX))
            continue;
        return p;
    }
}

static int demo_put_orders(struct demo_gen *g, struct err *e)
{
    static const double items_w[DEMO_MAX_ITEMS] = {0.14, 0.20, 0.24, 0.20, 0.13, 0.09};
    static const double ship_base[DEMO_REGIONS] = {5.99, 6.99, 8.99, 9.99, 9.99};
    struct demo_rng *r = &g->rng;
    sqlite3_stmt *ost = NULL, *ist = NULL;
    int rc = demo_prepare(g->db, "INSERT INTO orders VALUES(?,?,?,?,?,?,?,?)", &ost, e);
    if (!rc)
        rc = demo_prepare(g->db, "INSERT INTO order_items VALUES(?,?,?,?,?,?)", &ist, e);
    if (rc)
        goto out;

    demo_plan_days(g);
    int order_id = 0, item_id = 0, signed_up = 0;
    for (int i = 0; i < g->last_day - g->first_day + 1; i++) {
        int day = g->first_day + i, y, month, dom;
        date_civil(day, &y, &month, &dom);
        int year_ix = y - 2021, age = g->last_day - day;
        while (signed_up < DEMO_CUSTOMERS && g->cust_signup[signed_up] <= day)
            signed_up++;
        for (int k = 0; k < g->day_orders[i]; k++) {
            /* Only customers who had signed up by then; ids are in signup order. */
            int c =
                demo_search_cum(g->cust_cum, signed_up, rng_unit(r) * g->cust_cum[signed_up - 1]);
            int seg = g->cust_segment[c], region = g->cust_region[c];

            /* Web share grows a few points a year; businesses phone in more. */
            double p_online = 0.46 + 0.04 * year_ix - (seg == SEG_CONSUMER ? 0 : 0.05);
            double p_phone = (seg == SEG_CONSUMER ? 0.12 : 0.28) - 0.015 * year_ix;
            double cu = rng_unit(r);
            int channel = cu < p_online ? CH_ONLINE : cu < p_online + p_phone ? CH_PHONE : CH_STORE;

            /* Recent orders are still open; older ones have settled. */
            double su = rng_unit(r);
            int status;
            if (channel == CH_STORE)
                status = su < 0.01 ? ST_CANCELLED : su < 0.06 ? ST_RETURNED : ST_DELIVERED;
            else if (age <= 6)
                status = su < 0.55 ? ST_PENDING : su < 0.93 ? ST_SHIPPED : ST_CANCELLED;
            else if (age <= 20)
                status = su < 0.45 ? ST_SHIPPED : su < 0.95 ? ST_DELIVERED : ST_CANCELLED;
            else
                status = su < 0.04 ? ST_CANCELLED : su < 0.11 ? ST_RETURNED : ST_DELIVERED;

            int ship = -1;
            if (status != ST_PENDING && status != ST_CANCELLED) {
                ship = channel == CH_STORE ? day : day + rng_int(r, 1, 4);
                if (ship > g->last_day)
                    ship = g->last_day;
            }
            int employee = demo_pick_employee(g, region, day, channel, seg);

            /* Black Friday week and the days after Christmas run promotions. */
            int promo = (month == 11 && dom >= 20) || (month == 12 && dom >= 26);
            double p_disc = (promo ? 0.45 : 0.2) + (g->cust_loyal[c] ? 0.08 : 0);
            int nitems = 1 + rng_weighted(r, items_w, DEMO_MAX_ITEMS);
            int prod[DEMO_MAX_ITEMS], qty[DEMO_MAX_ITEMS];
            double disc[DEMO_MAX_ITEMS], subtotal = 0;
            for (int j = 0; j < nitems; j++) {
                prod[j] = demo_pick_product(g, day, month, prod, j);
                double price = g->prod_price[prod[j]];
                double qu = rng_unit(r);
                if (price < 20)
                    qty[j] = qu < 0.45 ? 1 : qu < 0.75 ? 2 : rng_int(r, 3, 10);
                else if (price < 100)
                    qty[j] = qu < 0.7 ? 1 : qu < 0.92 ? 2 : 3;
                else
                    qty[j] = qu < 0.88 ? 1 : 2;
                if (seg != SEG_CONSUMER && demo_categories[g->prod_cat[prod[j]]].bulk &&
                    rng_chance(r, 0.5))
                    qty[j] += rng_int(r, 2, 12);
                disc[j] = rng_chance(r, p_disc) ? 0.05 * rng_int(r, 1, 6) : 0;
                subtotal += demo_money(price * qty[j] * (1 - disc[j]));
            }

            /* In-store has no shipping; larger web orders ship free; cancelled never charged. */
            double shipping = 0;
            if (channel != CH_STORE && subtotal < 100)
                shipping =
                    ship_base[region - 1] + 1.0 * (nitems - 1) + (channel == CH_PHONE ? 2.0 : 0);
            shipping = demo_money(shipping);

            char od[16], sd[16];
            date_fmt(day, od, sizeof od);
            if (ship >= 0)
                date_fmt(ship, sd, sizeof sd);
            order_id++;
            int brc = sqlite3_bind_int(ost, 1, order_id) | sqlite3_bind_int(ost, 2, c + 1) |
                      demo_bind_int_or_null(ost, 3, employee) | demo_bind_text(ost, 4, od) |
                      demo_bind_text(ost, 5, ship >= 0 ? sd : NULL) |
                      demo_bind_text(ost, 6, demo_status_names[status]) |
                      demo_bind_text(ost, 7, demo_channel_names[channel]) |
                      (status == ST_CANCELLED ? sqlite3_bind_null(ost, 8)
                                              : sqlite3_bind_double(ost, 8, shipping));
            rc = demo_step(g->db, ost, brc, "orders", e);
            if (rc)
                goto out;
            for (int j = 0; j < nitems; j++) {
                item_id++;
                brc = sqlite3_bind_int(ist, 1, item_id) | sqlite3_bind_int(ist, 2, order_id) |
                      sqlite3_bind_int(ist, 3, prod[j] + 1) | sqlite3_bind_int(ist, 4, qty[j]) |
                      sqlite3_bind_double(ist, 5, g->prod_price[prod[j]]) |
                      (disc[j] > 0 ? sqlite3_bind_double(ist, 6, demo_money(disc[j]))
                                   : sqlite3_bind_null(ist, 6));
                rc = demo_step(g->db, ist, brc, "order_items", e);
                if (rc)
                    goto out;
            }
        }
    }
out:
    sqlite3_finalize(ost);
    sqlite3_finalize(ist);
    return rc;
}

/* Flushes the finished file to disk so the rename never exposes a file whose data is lost in a
 * crash; SQLite itself runs unsynced during the build. */
static int demo_fsync(const char *path, struct err *e)
{
    int rc = 0, fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return err_set(e, ERR_IO, "demo: cannot reopen %s: %s", path, strerror(errno));
    if (fsync(fd) != 0)
        rc = err_set(e, ERR_IO, "demo: cannot flush %s to disk: %s", path, strerror(errno));
    close(fd);
    return rc;
}

int demo_create(const char *path, unsigned seed, struct err *e)
{
    struct buf tmp = BUF_INIT;
    struct demo_gen *g = NULL;
    sqlite3 *db = NULL;
    int rc = 0, in_tx = 0;

    if (!path || !*path)
        return err_set(e, ERR_USAGE, "demo: no path given for the demo database");
    if (buf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid()) != 0) {
        rc = err_set(e, ERR_NOMEM, "demo: out of memory");
        goto out;
    }
    g = calloc(1, sizeof *g);
    if (!g) {
        rc = err_set(e, ERR_NOMEM, "demo: out of memory");
        goto out;
    }
    /* Mixing the seed once keeps seeds 1 and 2 from giving near-identical first draws. */
    g->rng.s = (uint64_t)seed * 0xD1B54A32D192ED03ull ^ 0x6A09E667F3BCC909ull;
    g->first_day = date_days(2021, 1, 1);
    g->last_day = date_days(2024, 12, 31);

    if (unlink(buf_cstr(&tmp)) != 0 && errno != ENOENT) {
        rc = err_set(e, ERR_IO, "demo: cannot remove the stale %s: %s", buf_cstr(&tmp),
                     strerror(errno));
        goto out;
    }
    if (sqlite3_open_v2(buf_cstr(&tmp), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        rc = err_set(e, ERR_IO, "demo: cannot create the demo database at %s: %s", buf_cstr(&tmp),
                     db ? sqlite3_errmsg(db) : "out of memory");
        goto out;
    }
    g->db = db;
    /* The temporary file is thrown away on any failure, so durability during the build buys
     * nothing; demo_fsync() makes the finished file durable once. */
    rc = demo_exec(db, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; BEGIN;", e);
    if (rc)
        goto out;
    in_tx = 1;
    if ((rc = demo_exec(db, demo_schema_sql, e)) || (rc = demo_put_regions(g, e)) ||
        (rc = demo_put_categories(g, e)) || (rc = demo_put_products(g, e)) ||
        (rc = demo_put_employees(g, e)) || (rc = demo_put_customers(g, e)) ||
        (rc = demo_put_orders(g, e)) || (rc = demo_exec(db, demo_index_sql, e)) ||
        (rc = demo_exec(db, "COMMIT", e)))
        goto out;
    in_tx = 0;
    if (sqlite3_close(db) != SQLITE_OK) {
        rc = err_set(e, ERR_DB, "demo: cannot close %s: %s", buf_cstr(&tmp), sqlite3_errmsg(db));
        goto out;
    }
    db = NULL;
    if ((rc = demo_fsync(buf_cstr(&tmp), e)))
        goto out;
    if (rename(buf_cstr(&tmp), path) != 0) {
        rc = err_set(e, ERR_IO, "demo: cannot move %s to %s: %s", buf_cstr(&tmp), path,
                     strerror(errno));
        goto out;
    }
    rc = demo_write_semantic(path, e);
out:
    if (db) {
        if (in_tx)
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close(db);
    }
    if (rc && tmp.data)
        unlink(tmp.data);
    free(g);
    buf_free(&tmp);
    return rc;
}

/* mkdir -p of the directory holding path; private (0700) as XDG asks for data directories. */
static int demo_make_parent(const char *path, struct err *e)
{
    struct buf dir = BUF_INIT;
    int rc = 0;
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path)
        return 0; /* the current directory or the root: nothing to create */
    if (buf_append(&dir, path, (size_t)(slash - path)) != 0) {
        rc = err_set(e, ERR_NOMEM, "demo: out of memory");
        goto out;
    }
    for (size_t i = 1; i <= dir.len; i++) {
        if (i < dir.len && dir.data[i] != '/')
            continue;
        char saved = dir.data[i];
        dir.data[i] = '\0';
        struct stat sb;
        if (mkdir(dir.data, 0700) != 0 && errno != EEXIST) {
            rc = err_set(e, ERR_IO,
                         "demo: cannot create the directory %s for the demo database: %s "
                         "(set GENBI_DEMO_DB to a writable file path)",
                         dir.data, strerror(errno));
        } else if (stat(dir.data, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
            rc = err_set(e, ERR_IO,
                         "demo: %s is in the way of the demo database: it is not a directory "
                         "(set GENBI_DEMO_DB to a writable file path)",
                         dir.data);
        }
        dir.data[i] = saved;
        if (rc)
            goto out;
    }
out:
    buf_free(&dir);
    return rc;
}

int demo_default_path(struct buf *out, struct err *e)
{
    const char *env = getenv("GENBI_DEMO_DB");
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    buf_reset(out);
    if (env && *env)
        buf_puts(out, env);
    else if (xdg && xdg[0] == '/') /* XDG says relative values are to be ignored */
        buf_printf(out, "%s/genbi/demo.sqlite", xdg);
    else if (home && *home)
        buf_printf(out, "%s/.local/share/genbi/demo.sqlite", home);
    else
        return err_set(e, ERR_USAGE,
                       "demo: nowhere to put the demo database: HOME is not set; set "
                       "GENBI_DEMO_DB to a file path");
    if (out->failed)
        return err_set(e, ERR_NOMEM, "demo: out of memory building the demo database path");
    return demo_make_parent(buf_cstr(out), e);
}

/* A regular file that SQLite opens and whose schema has order_items: the last table written,
 * and the file only appears by rename after COMMIT, so this means a complete build. */
static int demo_is_ready(const char *path)
{
    struct stat sb;
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int ready = 0;
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return 0;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        goto out;
    if (sqlite3_prepare_v2(db,
                           "SELECT 1 FROM sqlite_master WHERE type='table' AND name='order_items'",
                           -1, &st, NULL) != SQLITE_OK)
        goto out;
    ready = sqlite3_step(st) == SQLITE_ROW;
out:
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ready;
}

int demo_ensure(struct buf *path_out, struct err *e)
{
    int rc = demo_default_path(path_out, e);
    if (rc)
        return rc;
    if (demo_is_ready(buf_cstr(path_out)))
        return demo_write_semantic(buf_cstr(path_out), e); /* a demo built before layers */
    fprintf(stderr, "genbi: creating the demo database at %s ...\n", buf_cstr(path_out));
    return demo_create(buf_cstr(path_out), DEMO_DEFAULT_SEED, e);
}
