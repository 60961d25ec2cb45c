/* Tier-0 internals shared by its files: the query being read (struct query), the shape resolved
 * from it (struct shape) and the functions one file of tier 0 calls in another. Not a contract:
 * only src/nl/ includes it. A struct query lives for one nl_generate() call.
 *
 * The files, in the order a question goes through them:
 *   interpret.c  one pass over the linked spans: what is counted, measured, grouped, filtered
 *   resolve.c    one schema element for every linked phrase: the query's shape
 *   filters.c    the columns conditions compare, and the conditions resolution adds
 *   spans.c      small readers of the linked spans (text, neighbours, candidates)
 *   columns.c    what a column is for (label, date, price, flag, revenue ...)
 *   joins.c      shortest paths over the foreign-key graph
 *   compose.c    the SQL text, in the schema's dialect
 *   explain.c    the one-line reading of the query given with the answer
 *   tier0.c      nl_generate(): the pipeline, and the confidence every doubt lowers */
#ifndef GENBI_TIER0_INT_H
#define GENBI_TIER0_INT_H

#include <stddef.h>

#include "nl/nl_int.h"
#include "schema/schema.h"
#include "util/buf.h"

#define NL_MAX_SPANS NL_MAX_TOKENS
#define NL_MAX_FILTERS 8
#define NL_MAX_MENTIONS 8
#define NL_MAX_SELECT 8
#define NL_DEFAULT_TOP 10 /* "top products" with no number */
#define NL_MAX_LIMIT 1000
/* what each doubt costs; one P_UNSURE is enough to hand over */
#define P_SLIGHT 0.04
#define P_SMALL 0.08
#define P_UNSURE 0.25
#define P_WRONGISH 0.45

enum group_kind { GROUP_NONE = 0, GROUP_TABLE, GROUP_COLUMN, GROUP_TIME };

enum filter_kind {
    FILTER_VALUE = 0,
    FILTER_NUM,
    FILTER_YEAR,
    FILTER_NOTNULL,
    FILTER_ANTI,
    FILTER_DATE /* calendar.c: a period, a part of the date, the last N days */,
    FILTER_AGGCMP /* t.c op the column's average (flag: median), measures.c */,
    FILTER_LATEST /* t's row is the latest by date c of its entity, key c2 */,
    FILTER_LIKE /* contains.c: vals[0] is part of t.c's text (flag: enum like_where) */
};
enum like_where { LIKE_CONTAINS = 0, LIKE_STARTS, LIKE_ENDS };
/* GROWTH_NONE: the two periods' figures only ("revenue 2024 vs 2023"), no change */
enum { GROWTH_PCT = 1, GROWTH_DIFF = 2, GROWTH_NONE = 3 };
/* FILTER_DATE's forms */
enum cal_kind { CAL_RANGE = 0, CAL_PART, CAL_RECENT, CAL_ANCHOR };

struct filter {
    enum filter_kind kind;
    int span; /* VALUE: the value span; NUM: the subject column span or -1 */
    int t, c; /* resolved column */
    enum nl_op op;
    const char *vals[NL_MAX_CANDS];
    size_t n_vals;
    double num, num2;
    const char *implied; /* NUM: the column word of "older than" & co. */
    int temporal;        /* NUM: said with "later than" / "earlier than" */
    double more_nums[3]; /* NUM with op IN: "2014 or 2015" (num, then these) */
    int percent;         /* NUM: written "10%" */
    int flag;            /* NUM: a yes/no column set (num 1) or not (num 0); NOTNULL: IS NULL */
    int t2, c2;          /* ANTI: t.c NOT IN (SELECT t2.c2 FROM t2) */
    size_t n_more_nums;
    int near_table;    /* NUM: the table span said last before the comparison, or -1 */
    int currency;      /* NUM: written as money ("$500", "2k") */
    double scale;      /* NUM: written with a multiplier ("6 million": 1e6), else 0 */
    enum cal_kind cal; /* DATE: RANGE lo <= date < hi; PART unit(date) = num (IN more_nums);
                        * RECENT: the last num units (unit NL_TIME_*, 0 days, -1 weeks);
                        * ANCHOR: the year, quarter or month (unit) num before the data's
                        * latest one ("this year" 0, "last month" 1) */
    int unit;
    char lo[16], hi[16]; /* DATE RANGE: 'YYYY-MM-DD' bounds; "" when open */
    int base; /* the rows a percentage is of ("of our current employees"), not its condition */
    /* VALUE read as "some t row of the entity has it" ("customers who bought both online and in
     * store"): t2.key_c IN (SELECT t.c2 FROM t WHERE t.c = value), t2 the entity */
    int semi, key_c;
    int neg;       /* YEAR: "but not in 2024": no row of the entity in it (semi, NOT IN) */
    int year_span; /* YEAR, DATE: the span where the year or period is said, or -1 */
    int key_of;    /* VALUE read on main's foreign key: 1 + the table it references, else 0 */
};

struct edge {
    int from, to;   /* tables */
    int owner, col; /* the FK column: owner.col references the other table's key */
    int other_col;  /* the referenced column */
};

struct bfs {
    int *dist;        /* -1 when unreachable */
    int *npaths;      /* shortest paths, capped at 2 */
    struct edge *via; /* edge used to reach each table */
};

struct query {
    const struct schema *s;
    const struct nl_schema *ns;
    struct nl_token *toks;
    struct nl_span *sp;
    size_t n;

    enum nl_agg agg;
    int avg_count;            /* "the average number of orders": a count averaged over something */
    enum nl_agg more_aggs[3]; /* "the average and maximum age": the others, same measure */
    size_t n_more_aggs;
    /* "the total population and surface area": other columns of the measure's table, each with
     * its aggregate (resolve.c checks the shape can show them) */
    int more_meas[2];
    enum nl_agg more_meas_agg[2];
    size_t n_more_meas;
    int agg_span;
    int measure_span; /* column measured */
    int revenue;      /* measure is quantity * price */
    int rev_t, rev_q, rev_p;
    int rev_d;                            /* a discount column holding fractions, or -1 */
    const struct semantic_metric *metric; /* the semantic layer's metric named, or NULL */
    int metric_drafted;                   /* it comes from the draft, not from a file */
    int percent;      /* PERCENT_ROWS: "what percentage of orders ...", PERCENT_MEASURE: "what share
                       * of revenue ...": the count or total becomes a percentage (percent.c) */
    int counted_span; /* table counted */
    int count_col_span; /* COUNT(DISTINCT column) */
    enum group_kind group;
    int group_span;
    int group_time;  /* NL_TIME_YEAR / NL_TIME_MONTH */
    int group_time2; /* a second grouping by a period beside a table's or column's: NL_TIME_* */
    int time2_first; /* that period is the outer grouping ("... for each year") */
    int per_period;  /* "average clicks per day", "average daily spend": periods' totals averaged */
    int group2_span; /* a second grouping by a column ("by channel and status"), or -1 */
    int through_t, through_to; /* "per customer region": through_to is reached via through_t */
    int most_span;             /* table after "most" */
    int most_dir;
    int rank_dir; /* superlative direction from highest/lowest when ranking */
    int top_dir;
    int has_top;
    int selling; /* "best selling", "worst selling": ranked by units sold unless a measure is said
                  */
    long offset; /* "the second most expensive": rows skipped before the one shown */
    long limit;
    int order_hint; /* enum nl_hint or -1 */
    int order_dir;
    int having_span; /* table after "more than N" */
    enum nl_op having_op;
    double having_num, having_num2; /* BETWEEN: num2 is the upper bound */
    int mentions[NL_MAX_MENTIONS];
    size_t n_mentions;
    int valued_span; /* the first table named beside a value of its own ("the Oceania countries") */
    int selects[NL_MAX_SELECT];
    size_t n_selects;
    struct filter f[NL_MAX_FILTERS];
    size_t nf;
    int qword, list, vague, or_seen, distinct, any_link, shape;
    int both; /* "both A and B": each value on its own row of the entity (filters.c) */
    const char *ratio_vals[2]; /* PERCENT_RATIO: the numerator's value, the denominator's */
    int taken_col; /* a column span a number before it already filtered ("4 cylinders") */
    int anti_span; /* "customers without orders": the table whose rows must not exist */
    int each_t; /* "list each concert with its stadium": the table each row of is listed, or -1 */
    int current_span;   /* "current employees", "still open": rows whose end has not come
                         * (resolve.c) */
    int current_filler; /* ... said by a word that is filler when no end is recorded */
    int anti_from;      /* spans after the negation up to anti_span are read with it */
    int sort_seen;      /* "ordered by", "in descending order" */
    int sort_span;      /* the sort key column, -1 */
    int sort_dir;       /* +1 descending, -1 ascending, 0 not said */
    int sort_alpha;     /* "alphabetically": by the listed names */
    int sort_adj;       /* "from the oldest": enum nl_hint + 1, times the adjective's dir */
    char unknown[128];
    int unk[16]; /* unknown words, judged once the query is built (t0_settle_unknowns) */
    size_t n_unk;
    /* calendar.c: "days to ship" measures days from the event date to another date column */
    int days_t, days_from, days_to; /* -1 when not asked */
    int days_hours;                 /* the span in hours (1) or minutes (60 in an hour: 60) */
    /* calendar.c: "revenue growth from 2021 to 2022": the measure in two periods compared */
    int growth;        /* 0, GROWTH_PCT or GROWTH_DIFF */
    int running;       /* "running total of revenue by month": each period's sum so far too */
    int growth_over;   /* "year over year": the unit (NL_TIME_*) back to the earlier period */
    int growth_series; /* "revenue growth by year": each period against the one before it */
    int growth_f[2];   /* the earlier and the later period's filters, once checked */
    int growth_base;   /* 1 + the date filter a series' first period was moved back for, or 0 */
    int growth_both;   /* "revenue 2024 vs 2023 and the change": each period's figure is shown
                        * too, the one said first (growth_said, a filter) first */
    int growth_said;
    /* cohort.c: entities dated by their first event ("their first order"); -1 when not */
    int cohort_e, cohort_t, cohort_fk, cohort_date;

    /* resolution */
    int main;
    int entity; /* ranked or grouped-by table of a ranking, -1 */
    int rank;
    struct bfs bfs;
    double conf;
    struct buf doubts;
};

struct shape {
    int main;         /* table rows come from */
    enum nl_agg agg;  /* aggregate over main (NONE for lists) */
    int agg_t, agg_c; /* measure column, -1 for COUNT(*) */
    int more_c[2];    /* further measures of agg_t, each with its aggregate (query.more_meas) */
    enum nl_agg more_agg[2];
    size_t n_more;
    int count_distinct; /* COUNT(DISTINCT agg col) */
    int revenue;
    const struct semantic_metric *metric; /* the measure is this metric (revenue is set too) */
    enum group_kind group;
    int group_t, group_c; /* GROUP_TABLE: table (c -1); GROUP_COLUMN: column */
    int time2_t, time2_c; /* the date column of query.group_time2, or -1 */
    int g2_t, g2_c;       /* the column of query.group2_span, or -1 */
    /* "the most expensive product in each category": main's rows ranked within the groups of
     * its column part_c (a foreign key to part_t's rows, part_t -1 for a plain column), the
     * first part_n of each */
    int part_t, part_c;
    long part_n;
    int order_t, order_c; /* ORDER BY a column; order_agg orders by the aggregate */
    int order_agg;
    int order_dir;
    long limit;
    int sel_t[NL_MAX_SELECT], sel_c[NL_MAX_SELECT];
    size_t n_sel;
    int gsel_t[NL_MAX_SELECT], gsel_c[NL_MAX_SELECT]; /* columns of the grouped table asked for */
    size_t n_gsel;
    int implicit_count; /* "orders per year": counted though no count was asked for */
    /* "average MRR per customer": one figure, the measure's total (or the count) over the
     * number of group_t rows that have any; no grouping */
    int per_entity;
    int distinct;
    int having;
};

/* ---- filters.c ---- */
/* A new condition of that kind, cleared (no span, no column), or NULL with a doubt when the
 * question already has as many as tier 0 keeps. */
struct filter *t0_new_filter(struct query *q, enum filter_kind kind);

/* ---- tier0.c ---- */
/* Lowers the confidence by cost (one of P_*) and records why, for the explanation. */
void t0_doubt(struct query *q, double cost, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- interpret.c ---- */
/* One pass over q->sp filling the interpretation fields of q. */
void t0_interpret(struct query *q);
/* WHERE flag = 1 (0 when negated) for the flag column at span i; 0, or -1 when filters are full. */
int t0_flag_filter(struct query *q, size_t i, int negated);
/* negation.c: span i is a yes/no column's own noun, plural, naming the rows it is set on
 * ("loyalty members in each segment"; not after a count word, which reads it so itself) */
int t0_flag_noun(const struct query *q, size_t i);
/* spans.c: token tok only ends the name of a thing the token before names ("email address",
 * "phone number") */
int t0_compound_tail(const struct query *q, size_t tok);

/* ---- resolve.c ---- */
/* Fills sh from q; returns 0, or -1 (with a doubt) when no query can be built. */
int t0_resolve(struct query *q, struct shape *sh);
/* Judges the words nothing linked, once the query is built (sh) or given up (NULL). */
void t0_settle_unknowns(struct query *q, const struct shape *sh);

/* ---- filters.c ---- */
/* Resolves every filter to its column and checks them together; 0, or -1 (with a doubt). */
int t0_resolve_filters(struct query *q, const struct shape *sh);
/* Adds the NOT IN filter of "customers without orders"; 0, or -1 (with a doubt). */
int t0_anti_filter(struct query *q, const struct shape *sh);
/* Adds t.c IS NOT NULL unless the column cannot hold NULL. */
void t0_not_null_filter(struct query *q, int t, int c);

/* ---- spans.c ---- */
/* The words of a span, into out (cut to cap). Returns out. */
const char *t0_span_text(const struct query *q, const struct nl_span *sp, char *out, size_t cap);
/* The span before (after) i that is not a stop word, or -1. */
/* The question has one of the n words, as written in lower case ("born", "cents"). */
/* The tokens the spans cover (the question's words, up to its last span). */
size_t t0_n_toks(const struct query *q);
int t0_says(const struct query *q, const char *const *words, size_t n);
#define T0_SAYS(q, arr) t0_says((q), (arr), sizeof(arr) / sizeof((arr)[0]))
/* Span i only says the unit of the column named just before it: "net worth in millions" over
 * Net_Worth_Millions. The content neighbours below step over it. */
int t0_unit_span(const struct query *q, size_t i);
int t0_prev_content(const struct query *q, size_t i);
/* The first table named before span i, or -1. */
int t0_table_before(const struct query *q, size_t i);
/* Spans [from, to] read by a reader of their own ("above the average", "'Plaza' in their
 * name"): filler words the interpretation skips. */
void t0_consume(struct query *q, size_t from, size_t to);
int t0_next_content(const struct query *q, size_t i);
/* Some span before i names a table, a column or a value. */
int t0_linked_before(const struct query *q, size_t i);
/* A whole number that reads as a year (1900..2100). */
int t0_is_year(const struct nl_span *sp);
/* Some column candidate of span i satisfies pred; predicates for it follow. */
int t0_span_any(const struct query *q, int i, int (*pred)(const struct query *, int t, int c));
/* "..., with the figure", "and that value" said last: the token of the value word, or -1. */
int t0_value_said_last(const struct query *q);
/* The one column of main a number is compared with (not =, not IN), or -1 (none, several). */
int t0_one_compared_col(const struct query *q, const struct shape *sh);
/* A period said as an adverb ("monthly", "yearly") or after "per" ("per month"). */
int t0_period_said(const struct query *q);
/* The metric is one SUM(...) and nothing else: the totals of periods add up. */
int t0_metric_is_sum(const struct semantic_metric *m);
/* Every candidate of span i is a column and pred holds for each (0 when it has none). */
int t0_span_all(const struct query *q, int i, int (*pred)(const struct query *, int t, int c));
int t0_col_number_value(const struct query *q, int t, int c); /* numbers that are not a key */
int t0_col_is_date(const struct query *q, int t, int c);
int t0_col_number_key(const struct query *q, int t, int c); /* an integer key */
/* v could be stored in some candidate column of span i (near its sampled values). */
int t0_span_plausible_number(const struct query *q, int i, double v);
/* The table of span i's first candidate, or -1. */
int t0_span_table(const struct query *q, int i);
int t0_span_has_table(const struct nl_span *sp, int t);
int t0_span_has_col(const struct nl_span *sp, int t, int c);
/* Keeps only candidate k of the span. */
void t0_narrow_to(struct nl_span *sp, int k);
/* The first span naming table t (with columns: or one of its columns), or q->n. */
int t0_first_span_of(const struct query *q, int t, int columns);
/* "is", "are", "was" ... */
int t0_is_copula(const char *w);
/* The candidate of span i nearest to table anchor (a doubt when several are as near). */
int t0_pick_cand(struct query *q, int i, int anchor);

/* ---- negation.c: what the negation word at span i is about; each returns a span or -1 ---- */
/* The stored value it negates ("do not have the nationality USA"). */
int t0_negated_value(const struct query *q, size_t i);
/* Span i is a yes/no column used as a word about its rows; returns its table, or -1. */
int t0_flag_word(const struct query *q, size_t i);
/* The table whose rows must be absent ("customers without orders"). */
int t0_absent_table(const struct query *q, size_t i);

/* ---- columns.c: what a column is for; a column is (table index, column index) ---- */
const struct schema_column *t0_col_of(const struct query *q, int t, int c);
int t0_col_is_key(const struct query *q, int t, int c);
/* Some table, or a column other than a date, has the stem as a word of its name. */
int t0_names_non_date(const struct query *q, const char *stem);
/* A table keeping the history of another's rows (comp_hist, price_history): its date (*date)
 * and its one key to the entity (*key); 0 when t is none. */
int t0_history_table(const struct query *q, int t, int *date, int *key);
/* The one history table whose rows are e's, or -1. */
int t0_history_of(const struct query *q, int e);
/* The question says "per" and then names a table ("average revenue per customer"). */
int t0_per_table(const struct query *q);
/* The table column c of t points at, declared or inferred from its name (nl/link.c), or -1. */
int t0_fk_table(const struct query *q, int t, int c);
int t0_col_is_numeric(const struct query *q, int t, int c);
int t0_col_has_word(const struct query *q, int t, int c, const char *stem);
/* Column c of t has one of the n word stems w in its name. */
int t0_col_has_any_word(const struct query *q, int t, int c, const char *const *w, size_t n);
/* A number of things or hours a row holds (oh_qty, scrp_qty, units, labor_hrs), summed by
 * groups; not a key, not a rate. */
int t0_col_is_quantity(const struct query *q, int t, int c);
/* The last word of column c's name is one of the n stems w ("flt_no", "acct_num"). */
int t0_col_last_word_in(const struct query *q, int t, int c, const char *const *w, size_t n);
/* The same, or a word the stem begins ("expir" of expired for expiry_dt). */
int t0_col_has_event_word(const struct query *q, int t, int c, const char *stem);
/* The single-column primary key of t, or -1. */
int t0_pk_col(const struct query *q, int t);
/* The columns that name a row of t (0..2 of them, into out). */
int t0_label_cols(const struct query *q, int t, int out[2], int strict);
int t0_date_col(const struct query *q, int t, int *ambiguous);
/* How many date columns t has; whether a word of the question names one of them. */
int t0_date_cols(const struct query *q, int t);
/* The question word is a verb of leaving ("left", "quit") and the name word (stemmed) one of a
 * termination date (term, exit, separ). */
int t0_leave_word(const char *word, const char *col_stem);
int t0_date_col_said(const struct query *q, int t);
int t0_price_col(const struct query *q, int t);
int t0_pay_col(const struct query *q, int t);
int t0_col_holds_numbers(const struct query *q, int t, int c);
/* The column a comparative implies ("older than": the age), or -1. */
int t0_implied_col(const struct query *q, int t, const char *stem);
int t0_text_age_col(struct query *q, int t);
int t0_year_col(const struct query *q, int t);
int t0_birth_col(const struct query *q, int t);
/* a year of birth kept as a number (birth_yr), or -1; and whether the question says born */
int t0_birth_year_col(const struct query *q, int t);
int t0_born_asked(const struct query *q);
/* Which stored yes/no pair a flag column uses, or -1 when it is no flag. */
int t0_flag_pair(const struct query *q, int t, int c);
const char *t0_flag_spelling(int pair, int yes);
int t0_col_is_flag(const struct query *q, int t, int c);
/* A column of states: a name with the word stat or status (stat_cd, so_status). */
int t0_col_is_status(const struct query *q, int t, int c);
/* A table of codes and their names that other tables point at (rm_typ, cd_lkp, ref_status). */
int t0_lookup_table(const struct query *q, int t);
void t0_flag_count_doubt(struct query *q, int t, int c);
/* Quantity and price columns of t that make revenue: 1 (and qc, pc) or 0. */
int t0_revenue_cols(const struct query *q, int t, int *qc, int *pc);
int t0_discount_col(const struct query *q, int t);
int t0_col_holds_fractions(const struct query *q, int t, int c);
int t0_value_in_col(const struct query *q, const char *value, int t, int c);
int t0_date_col_named(const struct query *q, int t, const char *stem);

/* ---- joins.c: the foreign-key graph; q->bfs holds the paths from the main table ---- */
int t0_bfs_alloc(struct bfs *b, size_t n);
void t0_bfs_free(struct bfs *b);
void t0_bfs_run(const struct query *q, struct bfs *b, int from);
/* measures.c: a foreign key between tables a and b, either way, as an edge from a to b: 1, or 0 */
int t0_edge_between(const struct query *q, int a, int b, struct edge *e);
/* Each row of main meets at most one row of t on the path: 1, else 0. */
int t0_many_to_one(const struct query *q, int t);
int t0_many_to_one_from(const struct query *q, int from, int to);
int t0_path_nullable(const struct query *q, int t);
/* Foreign-key steps between tables a and b, or -1 when not connected. */
int t0_distance(const struct query *q, int a, int b);
int t0_fk_to(const struct query *q, int t, int m, int *mc);
/* The date column for years and time groups: main's, else the nearest table's (in *t_out). */
int t0_find_date(struct query *q, int main, int *t_out);
/* A column of t named as a date or a time ("actvn_ts", "paid_at") that is not kept as a date
 * (seconds since 1970, a code); -1 when there is none. */
int t0_date_named_col(const struct query *q, int t);

/* ---- compose.c ---- */
/* Writes the SQL of the resolved query into sql and its reading into x. Returns 0, -1 when it
 * cannot be composed (with a doubt), -2 when memory ran out. */
int t0_compose(struct query *q, struct shape *sh, struct buf *sql, struct buf *x);

/* ---- calendar.c: periods, date parts, "last N months", days between two dates ---- */
struct db_dialect;
/* Reads calendar phrases before t0_interpret(): each becomes a FILTER_DATE, a time grouping or a
 * days measure, and its words stop words. */
void t0_calendar_read(struct query *q);
/* The date column a FILTER_DATE compares; 0, or -1 (with a doubt). */
int t0_cal_resolve_filter(struct query *q, const struct shape *sh, struct filter *f);
/* The condition of FILTER_DATE f on column SQL col (its table is f->t). Returns b's status. */
int t0_cal_put_filter(const struct query *q, const struct db_dialect *d, struct buf *b,
                      const struct filter *f, const char *col);
/* unit (NL_TIME_*) of column SQL col; as_label: the value a person reads (weekday names). */
int t0_cal_put_part(const struct query *q, const struct db_dialect *d, struct buf *b, int unit,
                    const char *col, int as_label);
/* Doubts about the calendar in the resolved query (quarters of several years taken together). */
/* "new customers in Q2 2024 (by signup date)": a group by a raw date the period is read on
 * only says which date; the grouping is dropped. */
void t0_cal_ending_state(struct query *q, struct shape *sh);
void t0_cal_date_group(struct query *q, struct shape *sh);
void t0_cal_check(struct query *q, const struct shape *sh);
/* Filter k is one of the periods a growth compares (written in the select, not the WHERE). */
int t0_cal_growth_period(const struct query *q, size_t k);
/* Appends the reading of FILTER_DATE f on the column named cn ("order_date in 2022-Q3"). */
void t0_cal_explain(const struct query *q, const struct filter *f, const char *cn, struct buf *x);
/* The column name of a time group: "year", "quarter" ... */
const char *t0_cal_unit_name(int unit);
/* The event date of t among several date columns (not a birth date, the earliest step of a
 * process: issued before due before paid), or -1 when there is no single one. */
int t0_cal_event_col(const struct query *q, int t);

/* ---- cohort.c: entities dated by their first event ---- */
/* Reads "their first order", "new accounts" (no date of their own) before t0_interpret(). */
void t0_cohort_read(struct query *q);
/* The count of entities by the date of their first event, as t0_compose() returns. */
int t0_cohort_compose(struct query *q, struct shape *sh, struct buf *sql, struct buf *x);

/* ---- money.c: amounts written as money ---- */
/* "2k", "1.5m" become numbers (before linking). */
/* Reads amounts written with a multiplier ("2k", "8 million") into one number token; returns
 * the new token count. */
size_t t0_money_tokens(struct nl_token *toks, size_t n);
/* The money column of t a bare amount compares ("under $30"): price before amount and total,
 * cost last; *sure is 0 when two are as likely. -1 when t has none. */
int t0_money_col(const struct query *q, int t, int *sure);
/* Table t holds people: first and last names, or "name" and a person's column (age, birth ...). */
int t0_person_table(const struct query *q, int t);
/* Column c of t holds money by the words of its name (price, amount, spend, _usd, _cents ...). */
int t0_col_is_money(const struct query *q, int t, int c);
/* The factor an amount in dollars takes to compare with column c ("_cents": 100). */
double t0_money_scale(const struct query *q, int t, int c);
/* The numeric column a table of two words or more is named by ("hrs" of vol_hrs, by its last
 * word): its rows are that measure's entries; -1 when none, -2 when several (reg_hrs, ot_hrs). */
int t0_table_measure_col(const struct query *q, int t);
/* ---- measures.c: the semantic layer's metrics and dimensions ---- */
struct semantic;
struct semantic_metric;
/* The layer drafted from the schema's column roles (kept with the schema), or NULL. */
const struct semantic *t0_semantic_drafted(const struct schema *s);
/* The metric the layer (the file's, else the draft) calls revenue, or NULL. */
const struct semantic_metric *t0_revenue_metric(const struct schema *s, int *drafted);
/* The layer's metric of units sold (a number whose name or synonym has "unit" or "quantity"),
 * the file's before the draft's; NULL when none or two. *drafted: from the draft. */
const struct semantic_metric *t0_units_metric(const struct schema *s, int *drafted);
/* Merges the spans that spell a metric or a dimension into one (before t0_interpret()). */
void t0_semantic_link(struct query *q, size_t n_toks);
/* The measure is q->metric: its table into *mt, sh->metric set; 0, or -1 with a doubt. */
int t0_metric_resolve(struct query *q, struct shape *sh, int *mt);
/* The metric's expression / default filters / tables, through alias() (compose.c's joins);
 * 0, or -1 when a table cannot be joined. */
int t0_metric_put(const struct query *q, const struct shape *sh, struct buf *b,
                  int (*alias)(void *ctx, int table), void *ctx);
int t0_metric_put_filters(const struct query *q, const struct shape *sh, struct buf *b, int first,
                          int (*alias)(void *ctx, int table), void *ctx);
int t0_metric_join(const struct query *q, const struct shape *sh,
                   int (*alias)(void *ctx, int table), void *ctx);
/* "above the average price", "more than the median": a FILTER_AGGCMP on the rows, read before
 * t0_interpret() so that the aggregate is a bound, not the answer. */
/* contains.c: "museums with 'Plaza' in their name", "names starting with A" */
void t0_contains_read(struct query *q);
/* Writes f's LIKE on col (and col2 when not NULL, either matching): LOWER(col) LIKE '%word%',
 * the word lowercased and its quotes doubled. */
void t0_contains_put(const struct filter *f, const char *col, const char *col2, struct buf *b);
void t0_aggcmp_read(struct query *q);
void t0_aggcmp_put(const struct query *q, const struct filter *f, struct buf *b,
                   int (*alias)(void *ctx, int table), void *ctx);
/* ---- percent.c: percentages of rows ---- */
/* Reads "percentage of <table>" as a count and sets q->percent (before t0_interpret()). */
void t0_percent_read(struct query *q);
/* 0 when the resolved count can be a percentage (or none was asked), -1 with a doubt. */
int t0_percent_check(struct query *q, const struct shape *sh, int fanout);
/* PERCENT_RATIO: "the ratio of online orders to store orders": the count of the rows with the
 * first value over the count with the second (two values of one column) */
enum { PERCENT_ROWS = 1, PERCENT_MEASURE = 2, PERCENT_RATIO = 3 };
/* The ratio's expression over the column SQL col (its condition's column). */
void t0_percent_put_ratio(const struct query *q, const char *col, struct buf *b);
/* A measure's share, x its summed expression: of the rows meeting cond, or each group's. */
void t0_percent_put_sum(const char *x, const char *cond, struct buf *b);
/* The percentage: of the rows meeting cond (SQL, the filters), or each group's of all rows. */
void t0_percent_put(const struct query *q, const struct shape *sh, const char *cond, struct buf *b);
/* "revenue = SUM(...) where ... (description)" */
void t0_metric_explain(const struct query *q, const struct shape *sh, struct buf *x);
/* Writes the layer's display expression naming a row of table t (AS its name when named):
 * 1 when written, 0 when the layer has none, -1 when a table cannot be joined. */
int t0_dim_put_display(const struct query *q, int t, struct buf *b, int named,
                       int (*alias)(void *ctx, int table), void *ctx);
/* Table t is on a join path the layer file prefers (a long path a person chose). */
int t0_semantic_on_path(const struct query *q, int t);
/* The layer's preferred join paths replace the shortest paths of b (searched from `from`). */
void t0_semantic_prefer_joins(const struct query *q, struct bfs *b, int from);

/* interpret.c: a second grouping (span; -1 for a period `unit`) read over a first. One of the
 * two by a period ("revenue by category and year") becomes query.group_time2: returns 1 when
 * the period read now was kept so (the caller sets no grouping); other pairs are a doubt. */
int t0_group_again(struct query *q, int span, int unit);

/* ---- explain.c ---- */
void t0_explain(const struct query *q, const struct shape *sh, struct buf *x);

#endif
