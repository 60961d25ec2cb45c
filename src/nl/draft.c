/* nl tier 0, drafting a semantic layer from the schema alone: the business measures column roles
 * imply. A line table with a quantity and a price (and a discount kept as a fraction) gives
 * revenue and units sold; without one, the money column of an order-like table (amount, total,
 * *_usd, *_cents in cents) gives revenue. The table of orders (the line table's parent with a
 * date, or the money table itself) gives the average order value; a cost column gives profit and
 * margin; a status holding a cancelled value is excluded from all of them, and said so. A
 * table of people (a first and a last name) gets a dimension showing them as one name.
 *
 * The same draft is what `genbi semantic init` writes for a person to edit and what tier 0 uses
 * when a database has no file (measures.c). Names come from the schema; nothing here knows a
 * particular database. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db/dialect.h"
#include "nl/nl.h"
#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "schema/forms.h"
#include "semantic/semantic.h"
#include "util/buf.h"

#include "util/banned.h"

/* revenue, units sold, average order value, profit, margin, headcount */
#define DRAFT_MAX_METRICS 6

struct draft {
    struct query q; /* only s and ns: the column-role readers of columns.c take a query */
    struct semantic *sm;
    int line, qty, price, disc; /* the line table and its columns, or -1 */
    int line_amt;               /* the line's own amount after its discount (line_amt), or -1 */
    int disc_pct;               /* a discount kept in percent (disc_pct), or -1 */
    int disc_amt;               /* a discount kept as money off the line (disc_cents), or -1 */
    int head, head_pk;          /* the table of orders and its key, or -1 */
    int money_t, money_c;       /* revenue from one money column (no line table), or -1 */
    int tax_c;                  /* the tax of money_c, a total with tax in it, or -1 */
    int refund_c;               /* a type column of money_t marking refunds, or -1 */
    const char *refund_v;       /* its stored refund value ('RFND') */
    int cents;
    int cost_t, cost_c, cost_per_unit;
    int status_t, status_c;
    const char *excluded[4]; /* stored spellings of statuses that are no sale: cancelled, failed */
    size_t n_excluded;
    const char *paid; /* the one status that is a sale ('PAID'), when the others are not */
    int free_c;       /* a yes/no column of the line table marking free lines, or -1 */
    int failed;
};

/* "t.c" for the layer's SQL (quoted by the dialect when the name needs it). */
static void put_ref(struct draft *d, struct buf *b, int t, int c)
{
    const struct db_dialect *dl = db_dialect_named(d->q.s->dialect);
    db_dialect_put_ident(b, dl, d->q.s->tables[t].name);
    buf_putc(b, '.');
    db_dialect_put_ident(b, dl, d->q.s->tables[t].cols[c].name);
}

static const char *const order_words[] = {"order",   "invoic", "sale",  "payment", "transact",
                                          "purchas", "charg",  "book",  "receipt", "premium",
                                          "bill",    "check",  "ticket"};
/* ... as words, for the short forms business schemas name tables with (inv, pmt, cust_chg,
 * prem_bill) */
static const char *const order_full[] = {"order",    "invoice", "sale",    "payment", "transaction",
                                         "purchase", "charge",  "booking", "receipt", "premium",
                                         "billing",  "check",   "ticket"};
#define N_ORDER_WORDS (sizeof order_words / sizeof order_words[0])
_Static_assert(sizeof order_full / sizeof order_full[0] == N_ORDER_WORDS, "one full word each");

/* What was paid, after what was billed (pymt, rcpt) */
static const char *const paid_words[] = {"payment", "pmt", "transact", "receipt"};
static const char *const paid_full[] = {"payment", "payment", "transaction", "receipt"};

/* Money that goes out, never revenue: claims paid, refunds, payouts, expenses (clm_pmt is a
 * payment, but of claims). */
static const char *const outflow_words[] = {"claim",  "refund",   "payout", "expens", "disburs",
                                            "return", "reimburs", "rebat",  "commiss"};
static const char *const outflow_full[] = {"claim",     "refund",       "payout",
                                           "expense",   "disbursement", "return",
                                           "reimburse", "rebate",       "commission"};

static int outflow_table(const struct query *q, int t)
{
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t i = 0; i < tn->n; i++)
        for (size_t k = 0; k < sizeof outflow_words / sizeof outflow_words[0]; k++)
            if (strncmp(tn->stem[i], outflow_words[k], strlen(outflow_words[k])) == 0 ||
                nl_short_form(tn->stem[i], outflow_full[k]))
                return 1;
    return 0;
}

/* A table named by two letters that are a word's first and its next consonant ("bl" for
 * bill). */
static int two_letter_form(const struct query *q, int t, const char *word)
{
    const struct nl_name *tn = &q->ns->tables[t];
    return tn->n == 1 && nl_two_letter_form(tn->stem[0], word);
}

/* A word of t's name begins with one of w, or is the short form of one of order_full (when w
 * is order_words) or of paid_full (when w is paid_words). */
static int table_has_word(const struct query *q, int t, const char *const *w, size_t n)
{
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t i = 0; i < tn->n; i++)
        for (size_t k = 0; k < n; k++)
            if (strncmp(tn->stem[i], w[k], strlen(w[k])) == 0 ||
                (w == order_words && nl_short_form(tn->stem[i], order_full[k])) ||
                (w == paid_words && nl_short_form(tn->stem[i], paid_full[k])))
                return 1;
    if (w == order_words && two_letter_form(q, t, "bill"))
        return 1;
    return 0;
}

/* The line's own amount beside its quantity and price (line_amt_cents, ext_amt, net_amt): what
 * the line came to after its discount, the revenue a line says itself; -1 when none. A tax, a
 * discount, a cost, a fee or a tip is no line amount. */
static int line_amount_col(const struct query *q, int t, int qc, int pc)
{
    static const char *const amount[] = {"amt", "amount", "ext",     "extend",
                                         "net", "subtot", "subtotal"};
    static const char *const other[] = {"price", "prc", "cost", "tax",  "disc", "discount",
                                        "fee",   "tip", "comp", "rate", "pct",  "percent"};
    int found = -1;
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        if ((int)c == qc || (int)c == pc || !t0_col_is_numeric(q, t, (int)c) ||
            t0_col_is_key(q, t, (int)c) || !t0_col_has_any_word(q, t, (int)c, amount, 7) ||
            t0_col_has_any_word(q, t, (int)c, other, 12))
            continue;
        if (found >= 0)
            return -1; /* two amounts: which one is the line's is not known */
        found = (int)c;
    }
    return found;
}

static const char *const percent_words[] = {"pct", "percent", "perc", "rate", "rt"};

/* Column c of t is a number named a discount (disc_pct, discount_amt, disc_cents). */
static int discount_named(const struct query *q, int t, int c)
{
    return t0_col_is_numeric(q, t, c) &&
           (t0_col_has_word(q, t, c, "disc") || t0_col_has_word(q, t, c, "discount"));
}

/* A discount kept in percent (disc_pct 10 for 10%): named so, every sampled value within
 * [0, 100] and some above 1. -1 when none. */
static int discount_percent_col(const struct query *q, int t)
{
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        const struct schema_column *col = &q->s->tables[t].cols[c];
        if (col->n_samples == 0 || !discount_named(q, t, (int)c) ||
            !t0_col_has_any_word(q, t, (int)c, percent_words, 5))
            continue;
        int ok = 1, above_one = 0;
        for (size_t k = 0; k < col->n_samples && ok; k++) {
            double v = strtod(col->samples[k], NULL);
            ok = v >= 0.0 && v <= 100.0;
            above_one |= v > 1.0;
        }
        if (ok && above_one)
            return (int)c;
    }
    return -1;
}

/* A discount kept as money (disc_cents, disc_amt): some sampled value is 1 or more, and the
 * name says no percent or rate. */
static int discount_amount_col(const struct query *q, int t)
{
    for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
        const struct schema_column *col = &q->s->tables[t].cols[c];
        if (!discount_named(q, t, (int)c) || t0_col_has_any_word(q, t, (int)c, percent_words, 5))
            continue;
        for (size_t k = 0; k < col->n_samples; k++)
            if (strtod(col->samples[k], NULL) >= 1.0)
                return (int)c;
    }
    return -1;
}

/* The line table: quantity and price columns; the one with an order-like parent first. */
static void find_lines(struct draft *d)
{
    const struct query *q = &d->q;
    d->line = d->head = d->line_amt = d->disc_amt = d->disc_pct = -1;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        int qc, pc, amb;
        if (!t0_revenue_cols(q, (int)t, &qc, &pc))
            continue;
        int parent = -1;
        for (size_t c = 0; c < q->s->tables[t].n_cols && parent < 0; c++) {
            int p = q->ns->fk_target[q->ns->col_base[t] + c];
            if (p >= 0 && t0_date_col(q, p, &amb) >= 0 &&
                table_has_word(q, p, order_words, N_ORDER_WORDS))
                parent = p;
        }
        if (d->line >= 0 && (d->head >= 0 || parent < 0))
            continue;
        d->line = (int)t;
        d->qty = qc;
        d->price = pc;
        d->disc = t0_discount_col(q, (int)t);
        d->line_amt = line_amount_col(q, (int)t, qc, pc);
        d->disc_pct = d->disc < 0 ? discount_percent_col(q, (int)t) : -1;
        d->disc_amt = d->disc < 0 && d->disc_pct < 0 ? discount_amount_col(q, (int)t) : -1;
        d->head = parent;
    }
}

/* Table t is one the business pays: vendors, suppliers, payees, a marketplace's sellers (vndr,
 * vnd, supplier, slr). */
static int payee_table(const struct query *q, int t)
{
    static const char *const payees[] = {"vendor", "supplier", "payee", "contractor", "seller"};
    const struct nl_name *tn = &q->ns->tables[t];
    for (size_t i = 0; i < tn->n; i++)
        for (size_t k = 0; k < sizeof payees / sizeof payees[0]; k++)
            if (strncmp(tn->stem[i], payees[k], 5) == 0 ||
                (strlen(tn->stem[i]) >= 3 && nl_short_form(tn->stem[i], payees[k])))
                /* "vndr", "vnd" are vendors; "sup" (a support ticket) is no supplier */
                return 1;
    return 0;
}

/* The schema keeps whom the business pays. */
static int pays_out(const struct query *q)
{
    for (size_t t = 0; t < q->s->n_tables; t++)
        if (payee_table(q, (int)t))
            return 1;
    return 0;
}

/* Table t's rows are bought, not sold: they point at a vendor or supplier and at no customer
 * (vendor invoices, purchase orders). */
static int bought_rows(const struct query *q, int t)
{
    static const char *const buyers[] = {"cust",    "customer", "client", "account",   "member",
                                         "patient", "guest",    "buyer",  "subscriber"};
    int payee = 0;
    for (size_t c = 0; t >= 0 && c < q->s->tables[t].n_cols; c++) {
        int p = q->ns->fk_target[q->ns->col_base[t] + c];
        if (p < 0 || p == t)
            continue;
        if (payee_table(q, p))
            payee = 1;
        else if (table_has_word(q, p, buyers, sizeof buyers / sizeof buyers[0]))
            return -1;
        for (size_t k = 0; k < sizeof buyers / sizeof buyers[0]; k++)
            for (size_t i = 0; i < q->ns->tables[p].n; i++)
                if (nl_short_form(q->ns->tables[p].stem[i], buyers[k]))
                    return -1; /* byr: a buyer */
    }
    return payee;
}

/* The money's rows are bought: their orders, or the lines themselves, point at whom the
 * business pays and neither at a buyer (a marketplace's lines point at their seller, who is
 * paid out, and their order at the buyer: sold). */
static int bought(const struct draft *d)
{
    int head = d->head >= 0 ? d->head : d->money_t;
    int h = head >= 0 ? bought_rows(&d->q, head) : 0;
    int l = d->line >= 0 ? bought_rows(&d->q, d->line) : 0;
    return h >= 0 && l >= 0 && (h > 0 || l > 0);
}

/* A refund kept as a row of its own ('RFND', 'REFUND' in txn_typ) beside the charges, its
 * amount written as a positive number: money given back, taken off the revenue rather than
 * added to it. Not when some amount is negative (refunds signed already). */
static void find_refunds(struct draft *d)
{
    const struct query *q = &d->q;
    const struct schema_table *tb = &q->s->tables[d->money_t];
    const struct schema_column *amt = &tb->cols[d->money_c];
    d->refund_c = -1;
    d->refund_v = NULL;
    if (d->tax_c >= 0)
        return; /* a total less its tax: not composed with refunds */
    for (size_t k = 0; k < amt->n_samples; k++)
        if (strtod(amt->samples[k], NULL) < 0)
            return;
    for (size_t c = 0; c < tb->n_cols; c++) {
        const struct schema_column *col = &tb->cols[c];
        if (col->type != SCHEMA_TYPE_TEXT || col->n_samples < 2)
            continue;
        const char *refund = NULL;
        int others = 0;
        for (size_t k = 0; k < col->n_samples; k++) {
            const char *v = col->samples[k];
            if (strncasecmp(v, "refund", 6) == 0 || strcasecmp(v, "rfnd") == 0 ||
                strcasecmp(v, "rfd") == 0)
                refund = v;
            else
                others++;
        }
        if (refund && others) {
            if (d->refund_c >= 0)
                return; /* two columns say refund: which one is not known */
            d->refund_c = (int)c;
            d->refund_v = refund;
        }
    }
}

/* Without a line table: the money column of an order-like table. */
static void find_money(struct draft *d)
{
    static const char *const money[] = {"total", "amount", "amt",   "revenu", "usd",  "eur",  "gbp",
                                        "cent",  "paid",   "price", "valu",   "sale", "gross"};
    static const char *const
        not_money[] = {"cost",   "tax",  "discount", "ship",  "refund", "fee",
                       "balanc", "rate", "id",       "count", "number", "qti",
                       "old",    "new",  "prev",     "list"}; /* a price history, an asking price */
    /* what was billed or sold before what was paid: revenue is earned when charged
     * (rental_charges before payments, visit charges before patient payments) */
    const struct query *q = &d->q;
    int best_rank = 1 << 30;
    d->money_t = d->money_c = -1;
    static const char *const per_unit[] = {"price", "prc", "unit", "each", "per"};
    for (size_t t = 0; t < q->s->n_tables; t++) {
        if (!table_has_word(q, (int)t, order_words, N_ORDER_WORDS) || outflow_table(q, (int)t))
            continue;
        int qc, pc, lines = t0_revenue_cols(q, (int)t, &qc, &pc);
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
            size_t w = 0;
            if (!t0_col_is_numeric(q, (int)t, (int)c) || t0_col_is_key(q, (int)t, (int)c) ||
                t0_col_has_any_word(q, (int)t, (int)c, not_money,
                                    sizeof not_money / sizeof not_money[0]))
                continue;
            /* a price per unit beside a quantity is no amount to sum (the line table's
             * quantity × price is, find_lines) */
            if (lines || (qc >= 0 && t0_col_has_any_word(q, (int)t, (int)c, per_unit, 5)))
                continue;
            while (w < 13 && !t0_col_has_word(q, (int)t, (int)c, money[w]))
                w++;
            if (t0_col_has_word(q, (int)t, (int)c, "tot"))
                w = 0; /* tot_amt_cents beside base_amt_cents and tax_amt_cents: the total */
            /* money received before money paid to vendors (a payments table beside vendors'
             * invoices is the revenue; the invoices are spend) */
            /* ... and the main sales before the ancillary ones (an airline's tickets before
             * its anc_sale of bags and seats) */
            static const char *const side[] = {"anc",   "ancillari", "ancillary",
                                               "extra", "addon",     "misc"};
            int rank = (int)w * 2 + table_has_word(q, (int)t, paid_words, 4) +
                       table_has_word(q, (int)t, side, sizeof side / sizeof side[0]) +
                       1000 * (bought_rows(q, (int)t) > 0);
            if (w < 13 && rank < best_rank) {
                best_rank = rank;
                d->money_t = (int)t;
                d->money_c = (int)c;
            }
        }
    }
    d->tax_c = -1;
    if (d->money_t >= 0) {
        d->head = d->money_t;
        d->cents = t0_col_has_word(q, d->money_t, d->money_c, "cent");
        /* tot_amt_cents beside tax_amt_cents: the total holds the tax, which is no revenue
         * (it is owed on); the total less the tax, in the same units */
        int tot = t0_col_has_word(q, d->money_t, d->money_c, "tot") ||
                  t0_col_has_word(q, d->money_t, d->money_c, "total");
        for (size_t c = 0; tot && c < q->s->tables[d->money_t].n_cols; c++)
            if ((int)c != d->money_c && t0_col_is_numeric(q, d->money_t, (int)c) &&
                t0_col_has_word(q, d->money_t, (int)c, "tax") &&
                t0_col_has_word(q, d->money_t, (int)c, "cent") == d->cents) {
                d->tax_c = d->tax_c == -1 ? (int)c : -2; /* two taxes: which is it? */
            }
        if (d->tax_c < 0)
            d->tax_c = -1;
        find_refunds(d);
    }
}

/* A cost per unit: on the line, or on a table the line points at (products.unit_cost). */
static void find_cost(struct draft *d)
{
    const struct query *q = &d->q;
    d->cost_t = d->cost_c = -1;
    for (size_t c = 0; d->line >= 0 && c <= q->s->tables[d->line].n_cols && d->cost_t < 0; c++) {
        int t = c == q->s->tables[d->line].n_cols ? d->line
                                                  : q->ns->fk_target[q->ns->col_base[d->line] + c];
        if (t < 0)
            continue;
        for (size_t k = 0; k < q->s->tables[t].n_cols; k++)
            if (t0_col_is_numeric(q, t, (int)k) && !t0_col_is_key(q, t, (int)k) &&
                t0_col_has_word(q, t, (int)k, "cost") && !t0_col_has_word(q, t, (int)k, "ship")) {
                d->cost_t = t;
                d->cost_c = (int)k;
                d->cost_per_unit = t != d->line || t0_col_has_word(q, t, (int)k, "unit");
                break;
            }
    }
}

/* A status of the orders holding a cancelled value. */
/* 'cancelled', 'Canceled', or a code that shortens it ('CNCL', 'CANC'; not two letters) */
static int cancelled_value(const char *v)
{
    return strncasecmp(v, "cancel", 6) == 0 || strncasecmp(v, "void", 4) == 0 ||
           strcasecmp(v, "cxl") == 0 || strcasecmp(v, "cnx") == 0 ||
           (strlen(v) >= 3 && value_abbreviates(v, "cancelled"));
}

/* A yes/no column of the line table, or of the money table when there is none, that marks rows
 * given away or struck off (comp_flg, is_void, free_item, void_flg, rvrsl_flg): set, the row is
 * no sale. */
static void find_free_lines(struct draft *d)
{
    static const char *const words[] = {"comp",   "compd",    "void",    "voided", "free",
                                        "waiv",   "waive",    "gratis",  "rvrsl",  "rvrsd",
                                        "revers", "reversal", "reversed"};
    const struct query *q = &d->q;
    int t = d->line >= 0 ? d->line : d->money_t;
    d->free_c = -1;
    for (size_t c = 0; t >= 0 && c < q->s->tables[t].n_cols; c++) {
        if (t0_flag_pair(q, t, (int)c) < 0)
            continue;
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
            if (t0_col_has_word(q, t, (int)c, words[k])) {
                d->free_c = (int)c;
                return;
            }
    }
}

/* A payment that did not go through: 'FAIL', 'failed', 'DECLINED', 'rejected'. */
static int failed_value(const char *v)
{
    return strncasecmp(v, "fail", 4) == 0 || strncasecmp(v, "declin", 6) == 0 ||
           strncasecmp(v, "reject", 6) == 0;
}

/* Not yet a sale: 'PEND', 'pending', 'awaiting payment'. */
static int pending_value(const char *v)
{
    return strncasecmp(v, "pend", 4) == 0 || strncasecmp(v, "await", 5) == 0 ||
           strcasecmp(v, "unpaid") == 0;
}

/* The money came in: 'PAID', 'settled', 'captured', 'succeeded'. */
static int paid_value(const char *v)
{
    static const char *const w[] = {"paid",      "settled", "captured",
                                    "succeeded", "success", "successful"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (strcasecmp(v, w[k]) == 0)
            return 1;
    return 0;
}

/* One stored value of the status column: excluded, or the paid one, or another (*other). */
static void read_status_value(struct draft *d, const char *v, int *other)
{
    for (size_t k = 0; k < d->n_excluded; k++)
        if (strcmp(d->excluded[k], v) == 0)
            return;
    if (cancelled_value(v) || failed_value(v)) {
        if (d->n_excluded < sizeof d->excluded / sizeof d->excluded[0])
            d->excluded[d->n_excluded++] = v;
    } else if (paid_value(v)) {
        if (d->paid && strcmp(d->paid, v) != 0)
            *other = 1; /* 'PAID' and 'SETTLED': which is the sale? */
        d->paid = v;
    } else if (!pending_value(v)) {
        *other = 1;
    }
}

/* The status column of t with a value that is no sale (cancelled, failed): sets d->status_*,
 * the values excluded, and the paid value when every other one is failed, cancelled or
 * pending (PAID / FAIL / PEND: only PAID is a sale). Returns 1 when found. */
static int cancelled_in(struct draft *d, int t)
{
    const struct query *q = &d->q;
    for (size_t c = 0; t >= 0 && c < q->s->tables[t].n_cols; c++) {
        if (!t0_col_has_word(q, t, (int)c, "status") && !t0_col_has_word(q, t, (int)c, "state") &&
            !t0_col_has_word(q, t, (int)c, "stat") && !t0_col_has_word(q, t, (int)c, "st") &&
            !t0_col_has_word(q, t, (int)c, "sts"))
            continue;
        int other = 0;
        d->n_excluded = 0;
        d->paid = NULL;
        for (size_t v = 0; v < q->s->n_values; v++) {
            const struct schema_value *sv = &q->s->values[v];
            if ((int)sv->table == t && sv->column == c)
                read_status_value(d, sv->value, &other);
        }
        const struct schema_column *col = &q->s->tables[t].cols[c];
        for (size_t k = 0; k < col->n_samples; k++)
            read_status_value(d, col->samples[k], &other);
        if (other || !d->n_excluded)
            d->paid = NULL;
        if (d->n_excluded) {
            d->status_t = t;
            d->status_c = (int)c;
            return 1;
        }
    }
    d->n_excluded = 0;
    d->paid = NULL;
    return 0;
}

/* The cancelled status of the revenue's rows, else of the one row they belong to
 * (rental_charges of a rental whose status_cd is 'CXL'). */
static void find_cancelled(struct draft *d)
{
    const struct query *q = &d->q;
    int t = d->head >= 0 ? d->head : d->line;
    d->status_t = -1;
    if (t < 0 || cancelled_in(d, t))
        return;
    /* the lookup of the rows' own status first (inv_stat_cd -> inv_stat_lkp 'Void'), before a
     * row they belong to (a subscription 'CXL' cancels no invoice already billed) */
    static const char *const status_words[] = {"status", "state", "stat", "st", "sts"};
    for (int own = 1; own >= 0; own--)
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
            int p = q->ns->fk_target[q->ns->col_base[t] + c];
            if (p >= 0 && p != t && q->s->tables[t].cols[c].fk_table &&
                t0_col_has_any_word(q, t, (int)c, status_words, 5) == own && cancelled_in(d, p))
                return;
        }
}

/* ---- writing the metrics ---- */

static char *dup_or_fail(struct draft *d, const char *s)
{
    char *r = strdup(s);
    if (!r)
        d->failed = 1;
    return r;
}

/* A synonym whose last word is what a numeric column of the schema holds, its last word before
 * any unit ("spend" and "total spend" beside mkt_cmp.spend_cents): the word is the schema's,
 * not a synonym to draft. ("units" beside unit_price stays: that column holds prices.) */
static int names_schema(const struct draft *d, const char *phrase)
{
    static const char *const units[] = {"usd", "eur", "gbp", "cent", "amt", "amount", "k", "m"};
    char stem[NL_WORD_MAX];
    const struct query *q = &d->q;
    const char *last = strrchr(phrase, ' ');
    nl_stem(last ? last + 1 : phrase, stem, sizeof stem);
    for (size_t t = 0; t < q->s->n_tables; t++)
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
            const struct nl_name *cn = &q->ns->cols[t][c];
            size_t n = cn->n;
            while (n > 1 && NL_WORD_IN(cn->stem[n - 1], units))
                n--;
            static const char *const bounds[] = {"min", "max", "minimum", "maximum"};
            if (n && t0_col_is_numeric(q, (int)t, (int)c) && strcmp(cn->stem[n - 1], stem) == 0 &&
                !NL_WORD_IN(cn->stem[0], bounds)) /* min_gmv_usd: a tier's bound, not GMV */
                return 1;
        }
    return 0;
}

static void list_set(struct draft *d, struct semantic_list *l, const char *const *items, size_t n)
{
    if (!n || !(l->items = calloc(n, sizeof *l->items))) {
        d->failed |= n != 0;
        return;
    }
    for (size_t k = 0; k < n; k++)
        if (!names_schema(d, items[k]) && (l->items[l->n] = dup_or_fail(d, items[k])))
            l->n++;
}

static void add_metric(struct draft *d, const char *name, const char *const *syn, size_t n_syn,
                       int table, struct buf *expr, enum semantic_format fmt, const char *desc)
{
    struct semantic *sm = d->sm;
    struct semantic_metric *m = &sm->metrics[sm->n_metrics];
    if (expr->failed || d->failed) {
        d->failed = 1;
        return;
    }
    sm->n_metrics++;
    m->name = dup_or_fail(d, name);
    list_set(d, &m->synonyms, syn, n_syn);
    m->table = dup_or_fail(d, d->q.s->tables[table].name);
    m->expr = dup_or_fail(d, buf_cstr(expr));
    m->format = fmt;
    m->description = dup_or_fail(d, desc);
    struct buf f = BUF_INIT, g = BUF_INIT;
    const char *filters[2];
    size_t n_filters = 0;
    if (d->status_t >= 0 && d->paid) {
        put_ref(d, &f, d->status_t, d->status_c);
        buf_puts(&f, " = ");
        buf_put_sql_string(&f, d->paid);
        filters[n_filters++] = buf_cstr(&f);
    } else if (d->status_t >= 0) {
        put_ref(d, &f, d->status_t, d->status_c);
        if (d->n_excluded == 1) {
            buf_puts(&f, " <> ");
            buf_put_sql_string(&f, d->excluded[0]);
        } else {
            buf_puts(&f, " NOT IN (");
            for (size_t k = 0; k < d->n_excluded; k++) {
                buf_puts(&f, k ? ", " : "");
                buf_put_sql_string(&f, d->excluded[k]);
            }
            buf_putc(&f, ')');
        }
        if (!d->q.s->tables[d->status_t].cols[d->status_c].notnull) {
            buf_puts(&f, " OR ");
            put_ref(d, &f, d->status_t, d->status_c);
            buf_puts(&f, " IS NULL");
        }
        filters[n_filters++] = buf_cstr(&f);
    }
    int free_t = d->line >= 0 ? d->line : d->money_t;
    if (d->free_c >= 0 && table == free_t) {
        /* comped or voided rows: given away or struck off, no sale */
        int pair = t0_flag_pair(&d->q, free_t, d->free_c);
        put_ref(d, &g, free_t, d->free_c);
        buf_puts(&g, " = ");
        if (pair == 0)
            buf_puts(&g, t0_flag_spelling(pair, 0));
        else
            buf_put_sql_string(&g, t0_flag_spelling(pair, 0));
        buf_puts(&g, " OR ");
        put_ref(d, &g, free_t, d->free_c);
        buf_puts(&g, " IS NULL");
        filters[n_filters++] = buf_cstr(&g);
    }
    if (n_filters)
        list_set(d, &m->filters, filters, n_filters);
    d->failed |= f.failed || g.failed;
    buf_free(&f);
    buf_free(&g);
}

/* The row-level revenue of a line (no SUM): quantity * price * (1 - discount), or the money. */
static void put_line_revenue(struct draft *d, struct buf *b)
{
    if (d->line >= 0 && d->line_amt >= 0) {
        put_ref(d, b, d->line, d->line_amt);
        if (t0_col_has_word(&d->q, d->line, d->line_amt, "cent"))
            buf_puts(b, " / 100.0"); /* line_amt_cents */
    } else if (d->line >= 0) {
        if (d->disc_amt >= 0)
            buf_putc(b, '(');
        put_ref(d, b, d->line, d->qty);
        buf_puts(b, " * ");
        put_ref(d, b, d->line, d->price);
        if (d->disc >= 0) {
            buf_puts(b, " * (1 - COALESCE(");
            put_ref(d, b, d->line, d->disc);
            buf_puts(b, ", 0))");
        }
        if (d->disc_pct >= 0) { /* disc_pct 10: 10% off */
            buf_puts(b, " * (1 - COALESCE(");
            put_ref(d, b, d->line, d->disc_pct);
            buf_puts(b, ", 0) / 100.0)");
        }
        if (d->disc_amt >= 0) { /* the money off the line, in the price's units */
            buf_puts(b, " - COALESCE(");
            put_ref(d, b, d->line, d->disc_amt);
            buf_puts(b, ", 0))");
        }
        if (t0_col_has_word(&d->q, d->line, d->price, "cent"))
            buf_puts(b, " / 100.0"); /* unit_prc_cents */
    } else {
        if (d->refund_c >= 0) { /* a refund's row takes its amount off */
            buf_puts(b, "CASE WHEN ");
            put_ref(d, b, d->money_t, d->refund_c);
            buf_puts(b, " = ");
            buf_put_sql_string(b, d->refund_v);
            buf_puts(b, " THEN -");
            put_ref(d, b, d->money_t, d->money_c);
            buf_puts(b, " ELSE ");
            put_ref(d, b, d->money_t, d->money_c);
            buf_puts(b, " END");
            if (d->cents)
                buf_puts(b, " / 100.0");
            return;
        }
        if (d->tax_c >= 0)
            buf_putc(b, '(');
        put_ref(d, b, d->money_t, d->money_c);
        if (d->tax_c >= 0) {
            buf_puts(b, " - COALESCE(");
            put_ref(d, b, d->money_t, d->tax_c);
            buf_puts(b, ", 0))");
        }
        if (d->cents)
            buf_puts(b, " / 100.0");
    }
}

static void put_profit(struct draft *d, struct buf *b)
{
    buf_puts(b, "SUM(");
    put_line_revenue(d, b);
    buf_puts(b, ") - SUM(");
    if (d->cost_per_unit) {
        put_ref(d, b, d->line, d->qty);
        buf_puts(b, " * ");
    }
    put_ref(d, b, d->cost_t, d->cost_c);
    if (t0_col_has_word(&d->q, d->cost_t, d->cost_c, "cent"))
        buf_puts(b, " / 100.0"); /* unit_cost_cents: in the revenue's dollars */
    buf_putc(b, ')');
}

static void add_metrics(struct draft *d)
{
    static const char *const rev_syn[] = {"revenue",
                                          "sales",
                                          "turnover",
                                          "income",
                                          "total sales",
                                          "gmv",
                                          "gross merchandise value",
                                          "spend",
                                          "total spend"};
    static const char *const units_syn[] = {"units", "quantity sold", "items sold",
                                            "units ordered"};
    static const char *const aov_syn[] = {"aov", "average order", "order value", "average basket"};
    static const char *const profit_syn[] = {"gross profit", "net profit"};
    static const char *const margin_syn[] = {"gross margin", "profit margin", "margin percentage"};
    static const char *const spend_syn[] = {
        "spending",        "total spend",     "amount spent",     "purchases",
        "purchase amount", "total purchases", "procurement spend"};
    static const char *const bought_syn[] = {"units", "quantity purchased", "units bought",
                                             "quantity bought"};
    int base = d->line >= 0 ? d->line : d->money_t;
    char desc[256];
    char excl[160] = "", flagged[64] = "";
    if (d->free_c >= 0) /* "rows with comp_flg set", "rows with void_flg set" */
        snprintf(flagged, sizeof flagged, "rows with %.40s set",
                 d->q.s->tables[base].cols[d->free_c].name);
    if (d->status_t >= 0 && d->paid)
        snprintf(excl, sizeof excl, ", only '%.30s' %s%s%s", d->paid,
                 d->q.s->tables[d->status_t].name, d->free_c >= 0 ? ", excluding " : "", flagged);
    else if (d->status_t >= 0)
        snprintf(excl, sizeof excl, ", '%.30s'%s %s excluded%s%s", d->excluded[0],
                 d->n_excluded > 1 ? " and others" : "", d->q.s->tables[d->status_t].name,
                 d->free_c >= 0 ? ", and " : "", flagged);
    else if (d->free_c >= 0)
        snprintf(excl, sizeof excl, ", %s excluded", flagged);
    struct buf rev = BUF_INIT, e = BUF_INIT;
    buf_puts(&rev, "SUM(");
    put_line_revenue(d, &rev);
    buf_putc(&rev, ')');
    if (d->line >= 0 && d->line_amt >= 0)
        snprintf(desc, sizeof desc, "sum of the lines' %s%s%s",
                 d->q.s->tables[d->line].cols[d->line_amt].name,
                 t0_col_has_word(&d->q, d->line, d->line_amt, "cent") ? " in cents / 100" : "",
                 excl);
    else if (d->line >= 0)
        snprintf(desc, sizeof desc, "quantity × price%s%s%s%s",
                 d->disc >= 0 || d->disc_pct >= 0 ? " × (1 − discount)" : "",
                 d->disc_amt >= 0 ? " less discount" : "",
                 t0_col_has_word(&d->q, d->line, d->price, "cent") ? " in cents / 100" : "", excl);
    else
        snprintf(desc, sizeof desc, "sum of %s%s%s%s%s%s%s%s",
                 d->q.s->tables[base].cols[d->money_c].name, d->tax_c >= 0 ? " less " : "",
                 d->tax_c >= 0 ? d->q.s->tables[base].cols[d->tax_c].name : "",
                 d->cents ? " in cents / 100" : "", d->refund_c >= 0 ? ", refunds ('" : "",
                 d->refund_c >= 0 ? d->refund_v : "", d->refund_c >= 0 ? "') taken off" : "", excl);
    /* bought from vendors: what is spent, with no profit on it; with suppliers or vendors
     * elsewhere in the schema, "spend" is what is paid to them, not revenue */
    int buy = bought(d);
    if (buy)
        add_metric(d, "spend", spend_syn, sizeof spend_syn / sizeof spend_syn[0], base, &rev,
                   SEMANTIC_FMT_CURRENCY, desc);
    else
        add_metric(d, "revenue", rev_syn + 1, pays_out(&d->q) ? 6 : 8, base, &rev,
                   SEMANTIC_FMT_CURRENCY, desc);
    if (d->line >= 0) {
        buf_puts(&e, "SUM(");
        put_ref(d, &e, d->line, d->qty);
        buf_putc(&e, ')');
        snprintf(desc, sizeof desc, "sum of quantity%s", excl);
        if (buy)
            add_metric(d, "units purchased", bought_syn, 4, base, &e, SEMANTIC_FMT_NUMBER, desc);
        else
            add_metric(d, "units sold", units_syn, 4, base, &e, SEMANTIC_FMT_NUMBER, desc);
    }
    if (d->head >= 0 && d->head_pk >= 0) {
        buf_reset(&e);
        buf_printf(&e, "%s / COUNT(DISTINCT ", buf_cstr(&rev));
        put_ref(d, &e, d->head, d->head_pk);
        buf_putc(&e, ')');
        snprintf(desc, sizeof desc, "%s / number of %s%s", buy ? "spend" : "revenue",
                 d->q.s->tables[d->head].name, excl);
        add_metric(d, "average order value", aov_syn, 4, base, &e, SEMANTIC_FMT_CURRENCY, desc);
    }
    if (d->cost_t >= 0 && !buy) {
        buf_reset(&e);
        put_profit(d, &e);
        snprintf(desc, sizeof desc, "revenue − %scost%s", d->cost_per_unit ? "quantity × " : "",
                 excl);
        add_metric(d, "profit", profit_syn, 2, base, &e, SEMANTIC_FMT_CURRENCY, desc);
        buf_reset(&e);
        buf_puts(&e, "100.0 * (");
        put_profit(d, &e);
        buf_printf(&e, ") / NULLIF(%s, 0)", buf_cstr(&rev));
        snprintf(desc, sizeof desc, "profit as a percentage of revenue%s", excl);
        add_metric(d, "margin", margin_syn, 3, base, &e, SEMANTIC_FMT_PERCENT, desc);
    }
    buf_free(&rev);
    buf_free(&e);
}

/* Each table whose rows are named by a first and a last name (people) gets a dimension that
 * shows them as one name: first || ' ' || last. */
static void add_people(struct draft *d)
{
    const struct schema *s = d->q.s;
    size_t n = 0;
    for (size_t t = 0; t < s->n_tables; t++) {
        int lab[2];
        n += t0_label_cols(&d->q, (int)t, lab, 1) == 2;
    }
    if (!n || !(d->sm->dims = calloc(n, sizeof *d->sm->dims))) {
        d->failed |= n != 0;
        return;
    }
    for (size_t t = 0; t < s->n_tables && !d->failed; t++) {
        int lab[2];
        if (t0_label_cols(&d->q, (int)t, lab, 1) != 2)
            continue;
        struct semantic_dimension *dim = &d->sm->dims[d->sm->n_dims++];
        struct buf b = BUF_INIT;
        put_ref(d, &b, (int)t, lab[0]);
        buf_puts(&b, " || ' ' || ");
        put_ref(d, &b, (int)t, lab[1]);
        d->failed |= b.failed;
        dim->name = dup_or_fail(d, s->tables[t].name);
        dim->table = dup_or_fail(d, s->tables[t].name);
        dim->display = b.failed ? NULL : dup_or_fail(d, buf_cstr(&b));
        buf_free(&b);
    }
}

/* The one table of people whose rows end (emp with a termination date term_on): headcount,
 * the people whose end is not set. */
static void add_headcount(struct draft *d)
{
    static const char *const ends[] = {"term",  "termin", "exit",   "left", "leav",
                                       "separ", "depart", "resign", "quit"};
    static const char *const syn[] = {"head count", "current headcount"};
    const struct query *q = &d->q;
    int people = -1, end = -1, n = 0;
    for (size_t t = 0; t < q->s->n_tables; t++) {
        int lab[2];
        if (t0_label_cols(q, (int)t, lab, 1) != 2)
            continue;
        for (size_t c = 0; c < q->s->tables[t].n_cols; c++) {
            const struct schema_column *col = &q->s->tables[t].cols[c];
            if (col->type != SCHEMA_TYPE_DATE || col->notnull ||
                !t0_col_has_any_word(q, (int)t, (int)c, ends, sizeof ends / sizeof ends[0]))
                continue;
            if (people != (int)t)
                n++;
            people = (int)t;
            end = (int)c;
        }
    }
    int pk = people >= 0 ? t0_pk_col(q, people) : -1;
    if (n != 1 || pk < 0 || d->sm->n_metrics >= DRAFT_MAX_METRICS)
        return;
    struct buf expr = BUF_INIT, f = BUF_INIT;
    buf_puts(&expr, "COUNT(");
    put_ref(d, &expr, people, pk);
    buf_putc(&expr, ')');
    put_ref(d, &f, people, end);
    buf_puts(&f, " IS NULL");
    char desc[160];
    snprintf(desc, sizeof desc, "%s whose %s is not set", q->s->tables[people].name,
             q->s->tables[people].cols[end].name);
    struct semantic_metric *m = &d->sm->metrics[d->sm->n_metrics];
    int status_t = d->status_t, free_c = d->free_c; /* revenue's exclusions are not people's */
    d->status_t = d->free_c = -1;
    add_metric(d, "headcount", syn, sizeof syn / sizeof syn[0], people, &expr, SEMANTIC_FMT_NUMBER,
               desc);
    d->status_t = status_t;
    d->free_c = free_c;
    const char *filters[1] = {buf_cstr(&f)};
    if (!d->failed && !f.failed)
        list_set(d, &m->filters, filters, 1);
    d->failed |= f.failed;
    buf_free(&expr);
    buf_free(&f);
}

int nl_semantic_draft(const struct schema *s, struct semantic **out, struct err *e)
{
    struct draft d;
    struct nl_schema ns;
    int rc = 0;
    *out = NULL;
    memset(&d, 0, sizeof d);
    if (nl_schema_init(&ns, s) != 0)
        return err_set(e, ERR_NOMEM, "out of memory");
    d.q.s = s;
    d.q.ns = &ns;
    if (!(d.sm = calloc(1, sizeof *d.sm)) ||
        !(d.sm->metrics = calloc(DRAFT_MAX_METRICS, sizeof *d.sm->metrics))) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    d.sm->fiscal_year_start = 1;
    d.sm->drafted = 1;
    d.status_t = d.free_c = -1;
    d.tax_c = -1;
    find_lines(&d);
    if (d.line < 0)
        find_money(&d);
    if (d.line >= 0 || d.money_t >= 0) {
        d.head_pk = d.head >= 0 ? t0_pk_col(&d.q, d.head) : -1;
        find_cost(&d);
        find_cancelled(&d);
        find_free_lines(&d);
        add_metrics(&d);
    }
    add_headcount(&d);
    add_people(&d);
    if (d.failed)
        rc = err_set(e, ERR_NOMEM, "out of memory");
out:
    nl_schema_free(&ns);
    if (rc)
        semantic_free(d.sm);
    else
        *out = d.sm;
    return rc;
}
