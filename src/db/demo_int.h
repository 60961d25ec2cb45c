/* demo internals shared by the demo database's generator (demo.c) and its data tables
 * (demo_data.c): sizes, the kinds of rows, and the fixed lists that seed names, products and
 * places. Only src/db/demo*.c include it. */
#ifndef GENBI_DEMO_INT_H
#define GENBI_DEMO_INT_H

#define DEMO_REGIONS 5
#define DEMO_PER_CATEGORY 20
#define DEMO_PRODUCTS 200 /* DEMO_PER_CATEGORY * number of categories */
#define DEMO_EMPLOYEES 40
#define DEMO_CUSTOMERS 2500
#define DEMO_ORDERS 20000
#define DEMO_MAX_ITEMS 6
#define DEMO_DAYS 1461        /* 2021-01-01 .. 2024-12-31 inclusive */
#define DEMO_EMAIL_SLOTS 8192 /* open-addressing set, > 3x the customers */
#define DEMO_SEASON_MAX 2.5   /* largest per-category month factor, for rejection sampling */

enum { SEG_CONSUMER, SEG_CORPORATE, SEG_SMALL_BUSINESS };
enum { CH_ONLINE, CH_STORE, CH_PHONE };
enum { ST_PENDING, ST_SHIPPED, ST_DELIVERED, ST_CANCELLED, ST_RETURNED };

struct demo_country {
    const char *name;
    int region;            /* regions.region_id */
    double weight;         /* relative share within the region */
    const char *dial;      /* calling code, for phone numbers */
    const char *cities[9]; /* NULL-terminated */
};
#define DEMO_NCOUNTRIES 30

/* Given and family names per region, so a customer in Osaka is not called Billy Bob. */
struct demo_names {
    const char *first; /* given names, separated by ", " */
    const char *last;  /* family names, likewise */
};

struct demo_item {
    const char *name;
    double price; /* typical list price, USD */
};

struct demo_category {
    const char *name;
    const char *description;
    int titled;                 /* Books read "The <a> <b> (<item>)", others "<a> <b> <item>" */
    const char *a[6];           /* brand, or a title adjective */
    const char *b[6];           /* model line, or a title noun */
    struct demo_item items[10]; /* product type with its typical price */
    double cost_lo, cost_hi;    /* unit cost as a share of the price */
    double season[12];          /* relative demand Jan..Dec, at most DEMO_SEASON_MAX */
    int bulk;                   /* businesses buy it by the box */
};
#define DEMO_NCATEGORIES 10

extern const char *const demo_segment_names[];
extern const char *const demo_channel_names[];
extern const char *const demo_status_names[];
extern const char *const demo_region_names[DEMO_REGIONS];
extern const double demo_region_weight[DEMO_REGIONS];
extern const int demo_reps_per_region[DEMO_REGIONS];
extern const struct demo_country demo_countries[DEMO_NCOUNTRIES];
extern const struct demo_names demo_names[DEMO_REGIONS];
extern const char *const demo_company_prefix[24];
extern const char *const demo_company_suffix[15];
extern const char *const demo_small_business[12];
extern const char *const demo_mail_domains[6];
extern const struct demo_category demo_categories[DEMO_NCATEGORIES];
extern const double demo_brand_tier[6];
extern const char *const demo_schema_sql;
extern const char *const demo_index_sql;

#endif
