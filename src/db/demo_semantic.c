/* demo: the semantic layer of the demo database (docs/semantic.md), written beside it as
 * X.semantic.yaml so that every command reads it. It says what the demo's data cannot: revenue
 * is quantity × price × (1 − discount) without cancelled orders, a region of an order is its
 * customer's, a customer or an employee is named by first and last name. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "db/demo.h"
#include "semantic/semantic.h"

#include "util/banned.h"

static const char demo_semantic[] =
    "# The semantic layer of the genbi demo database (docs/semantic.md).\n"
    "# genbi reads this file at start; edit it and the answers follow.\n"
    "currency: USD\n"
    "fiscal_year_start: 1\n"
    "\n"
    "metrics:\n"
    "  - name: revenue\n"
    "    synonyms: [sales, turnover, income, total sales, spend, total spend, sales amount]\n"
    "    table: order_items\n"
    "    expr: SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(order_items.discount, 0)))\n"
    "    filters: [\"orders.status <> 'cancelled'\"]\n"
    "    format: currency\n"
    "    description: quantity × price × (1 − discount), cancelled orders excluded\n"
    "  - name: units sold\n"
    "    synonyms: [units, quantity sold, items sold, units ordered]\n"
    "    table: order_items\n"
    "    expr: SUM(order_items.quantity)\n"
    "    filters: [\"orders.status <> 'cancelled'\"]\n"
    "    format: number\n"
    "    description: sum of quantities, cancelled orders excluded\n"
    "  - name: average order value\n"
    "    synonyms: [aov, average order, order value, average basket]\n"
    "    table: order_items\n"
    "    expr: >-\n"
    "      SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(order_items.discount, 0)))\n"
    "      / COUNT(DISTINCT orders.order_id)\n"
    "    filters: [\"orders.status <> 'cancelled'\"]\n"
    "    format: currency\n"
    "    description: revenue / number of orders, cancelled orders excluded\n"
    "  - name: profit\n"
    "    synonyms: [gross profit, net profit]\n"
    "    table: order_items\n"
    "    expr: >-\n"
    "      SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(order_items.discount, 0)))\n"
    "      - SUM(order_items.quantity * products.unit_cost)\n"
    "    filters: [\"orders.status <> 'cancelled'\"]\n"
    "    format: currency\n"
    "    description: revenue − quantity × unit cost, cancelled orders excluded\n"
    "  - name: margin\n"
    "    synonyms: [gross margin, profit margin, margin percentage, margin %]\n"
    "    table: order_items\n"
    "    expr: >-\n"
    "      100.0 * (SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(order_items.discount, 0)))\n"
    "      - SUM(order_items.quantity * products.unit_cost))\n"
    "      / NULLIF(SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(order_items.discount, 0))), 0)\n"
    "    filters: [\"orders.status <> 'cancelled'\"]\n"
    "    format: percent\n"
    "    description: profit as a percentage of revenue, cancelled orders excluded\n"
    "\n"
    "dimensions:\n"
    "  - name: customer\n"
    "    synonyms: [client, clients, buyer, buyers]\n"
    "    table: customers\n"
    "    display: customers.first_name || ' ' || customers.last_name\n"
    "  - name: employee\n"
    "    synonyms: [sales rep, sales reps, rep, reps, salesperson, sales representative, seller]\n"
    "    table: employees\n"
    "    display: employees.first_name || ' ' || employees.last_name\n"
    "  - name: product category\n"
    "    synonyms: [product categories]\n"
    "    table: categories\n"
    "  - name: customer segment\n"
    "    table: customers\n"
    "    column: segment\n"
    "  - name: sales channel\n"
    "    table: orders\n"
    "    column: channel\n"
    "\n"
    "# An order's region is its customer's region, not its sales rep's.\n"
    "joins:\n"
    "  - [order_items, orders, customers, regions]\n";

int demo_write_semantic(const char *db_path, struct err *e)
{
    struct buf path = BUF_INIT;
    struct stat st;
    int rc = 0;
    if (semantic_default_path(db_path, &path) != 0) {
        buf_free(&path);
        return 0;
    }
    if (stat(buf_cstr(&path), &st) != 0) { /* a layer someone edited is kept */
        FILE *f = fopen(buf_cstr(&path), "wb");
        if (!f || fwrite(demo_semantic, 1, sizeof demo_semantic - 1, f) != sizeof demo_semantic - 1)
            rc = err_set(e, ERR_IO, "demo: cannot write %s: %s", buf_cstr(&path), strerror(errno));
        if (f && fclose(f) != 0 && !rc)
            rc = err_set(e, ERR_IO, "demo: cannot write %s: %s", buf_cstr(&path), strerror(errno));
    }
    buf_free(&path);
    return rc;
}
