#!/usr/bin/env python3
"""
gen_demo_v15.py -- evaluation set v15 for the genbi demo sales database.

Writes demo_v15.json ([{"question", "db_id": "demo", "query"}]) and
demo_v15_kinds.json ({"<index>": kind}) next to this script, but only if every
gold query runs and returns a non-empty, not-all-NULL result and no query has a
tie at its LIMIT cut-off (plus a few explicit sanity checks for inner cut-offs).

Usage: python3 gen_demo_v15.py [--db /tmp/blind21/demo/demo.sqlite]

CONVENTIONS used by every gold query
------------------------------------
* Revenue (sales, spend, turnover) = SUM(quantity * unit_price * (1 - COALESCE(discount, 0)))
  over order_items, EXCLUDING cancelled orders (orders.status <> 'cancelled'),
  as in demo.semantic.yaml.  Units sold, average order value (revenue / number of
  distinct orders), profit (revenue - quantity * products.unit_cost) and margin
  (100 * profit / revenue) also exclude cancelled orders.  Anything about what was
  sold, bought, spent or discounted excludes cancelled orders.
* Order counts ("how many orders", "orders placed", "ordered", status shares,
  cancellation/return rates) count orders of EVERY status unless the question says
  otherwise.  A customer's "first order" is their earliest order of any status.
* An order's region is its customer's region (customers.region_id), not its rep's.
* Months are 'YYYY-MM' text, quarters 'YYYY-Qn' text, years 'YYYY' text
  (strftime('%Y')), halves 'H1'/'H2'.
* Weekdays are English names, listed Monday first through Sunday
  ((strftime('%w') + 6) % 7 ordering).  Weekend = Saturday and Sunday.
* "Last N months" = the N calendar months ending with the month of the latest
  order date in the data (2024-12), computed from MAX(orders.order_date).
  "Last 12 months versus the 12 before" uses the same anchor.
* Days between dates = julianday(later) - julianday(earlier); shipping time uses
  orders that have a ship_date.
* Money, averages, percentages and growth rates are ROUND(..., 2); percentages are
  on a 0-100 scale.  Counts are plain integers.  Growth % = 100 * (new - old) / old.
* Lists of people return the display name (first_name || ' ' || last_name) as
  customer / employee (grouped by id); products return products.name as product;
  categories, regions return their name.  A list returns the name column(s) first
  and then the metric it is ranked or filtered by (plus the obvious context column
  where stated, e.g. hire_date).  Top-N lists are ordered by that metric descending
  (bottom-N ascending); time series are ordered chronologically.
* "Between $X and $Y" is inclusive.  "Over"/"more than"/"above" are strict.
* An order's value = its revenue (sum of its lines, discounts applied).
"""
import argparse
import json
import os
import re
import sqlite3
import sys

REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COST = "SUM(oi.quantity * p.unit_cost)"
SALES = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
NC = "o.status <> 'cancelled'"


def QTR(col):
    return ("strftime('%Y', {0}) || '-Q' || ((CAST(strftime('%m', {0}) AS INTEGER) + 2) / 3)"
            .format(col))


def WDAY(col):
    return ("CASE strftime('%w', {0}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
            "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
            "WHEN '5' THEN 'Friday' ELSE 'Saturday' END").format(col)


def WORD(col):
    return "(CAST(strftime('%w', {0}) AS INTEGER) + 6) % 7".format(col)


MAXD = "(SELECT MAX(order_date) FROM orders)"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"

F = dict(REV=REV, COST=COST, SALES=SALES, NC=NC, MAXD=MAXD, CUST=CUST, EMP=EMP,
         Q_O=QTR("o.order_date"), WD_O=WDAY("o.order_date"), WO_O=WORD("o.order_date"))


def s(sql):
    return " ".join(sql.format(**F).split())


# Each entry: (kind, question, sql[, options]).  options: key = result column index
# holding the ordering value for the LIMIT tie check (default: last column);
# check = SQL returning a single truthy value (sanity check of inner cut-offs).
Q = []


def add(kind, question, sql, **opt):
    Q.append((kind, question, s(sql), opt))


# ---------------------------------------------------------------- time (45)
add("time", "What was our revenue in Q3 2023?", """
SELECT ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'""")

add("time", "revenue by quarter for 2024", """
SELECT {Q_O} AS quarter, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND strftime('%Y', o.order_date) = '2024'
GROUP BY quarter ORDER BY quarter""")

add("time", "How many orders were placed in March 2022?", """
SELECT COUNT(*) AS orders FROM orders o WHERE strftime('%Y-%m', o.order_date) = '2022-03'""")

add("time", "Show me monthly sales for 2023.", """
SELECT strftime('%Y-%m', o.order_date) AS month, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND strftime('%Y', o.order_date) = '2023'
GROUP BY month ORDER BY month""")

add("time", "Which day of the week brings in the most revenue?", """
SELECT {WD_O} AS weekday, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} GROUP BY weekday ORDER BY {REV} DESC LIMIT 1""")

add("time", "Break down revenue by weekday, Monday through Sunday.", """
SELECT {WD_O} AS weekday, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} GROUP BY weekday, {WO_O} ORDER BY {WO_O}""")

add("time", "What's the total revenue over the last 3 months?", """
SELECT ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND o.order_date >= date({MAXD}, 'start of month', '-2 months')""")

add("time", "number of orders per month in the last six months", """
SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(*) AS orders FROM orders o
WHERE o.order_date >= date({MAXD}, 'start of month', '-5 months')
GROUP BY month ORDER BY month""")

add("time", "Year-over-year revenue growth, please.", """
WITH y AS (SELECT strftime('%Y', o.order_date) AS year, {REV} AS rev {SALES}
           WHERE {NC} GROUP BY year)
SELECT year, ROUND(rev, 2) AS revenue,
       ROUND(100.0 * (rev - LAG(rev) OVER (ORDER BY year)) / LAG(rev) OVER (ORDER BY year), 2)
         AS yoy_growth_pct
FROM y ORDER BY year""")

add("time", "Month-over-month revenue growth for each month of 2024", """
WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS rev {SALES}
           WHERE {NC} GROUP BY month),
g AS (SELECT month, rev, LAG(rev) OVER (ORDER BY month) AS prev FROM m)
SELECT month, ROUND(rev, 2) AS revenue, ROUND(100.0 * (rev - prev) / prev, 2) AS mom_growth_pct
FROM g WHERE month LIKE '2024-%' ORDER BY month""")

add("time", "On average, how many days does it take us to ship an order?", """
SELECT ROUND(AVG(julianday(o.ship_date) - julianday(o.order_date)), 2) AS avg_days_to_ship
FROM orders o WHERE o.ship_date IS NOT NULL""")

add("time", "avg days from order to shipment, by year", """
SELECT strftime('%Y', o.order_date) AS year,
       ROUND(AVG(julianday(o.ship_date) - julianday(o.order_date)), 2) AS avg_days_to_ship
FROM orders o WHERE o.ship_date IS NOT NULL GROUP BY year ORDER BY year""")

add("time", "How many new customers signed up each year?", """
SELECT strftime('%Y', c.signup_date) AS year, COUNT(*) AS customers FROM customers c
GROUP BY year ORDER BY year""")

add("time", "How much did customers who signed up in 2022 spend with us in 2023?", """
SELECT ROUND({REV}, 2) AS revenue {SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} AND strftime('%Y', c.signup_date) = '2022' AND strftime('%Y', o.order_date) = '2023'""")

add("time", "Total revenue by signup-year cohort", """
SELECT strftime('%Y', c.signup_date) AS signup_year, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} GROUP BY signup_year ORDER BY signup_year""")

add("time", "How many customers placed their very first order in each quarter of 2021?", """
WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id)
SELECT {QF} AS quarter, COUNT(*) AS customers FROM f
WHERE strftime('%Y', first_order) = '2021' GROUP BY quarter ORDER BY quarter"""
    .replace("{QF}", QTR("first_order")))

add("time", "Which month in 2022 had the weakest sales?", """
SELECT strftime('%Y-%m', o.order_date) AS month, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND strftime('%Y', o.order_date) = '2022'
GROUP BY month ORDER BY {REV} ASC LIMIT 1""")

add("time", "By what percentage did revenue grow from Q1 2023 to Q1 2024?", """
WITH a AS (SELECT SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-03-31'
                 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS q23,
                  SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-03-31'
                 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS q24
           {SALES} WHERE {NC})
SELECT ROUND(100.0 * (q24 - q23) / q23, 2) AS growth_pct FROM a""")

add("time", "AOV by quarter in 2023", """
SELECT {Q_O} AS quarter, ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
{SALES} WHERE {NC} AND strftime('%Y', o.order_date) = '2023'
GROUP BY quarter ORDER BY quarter""")

add("time", "units sold in december 2024?", """
SELECT SUM(oi.quantity) AS units_sold {SALES}
WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2024-12'""")

add("time", "Weekend vs weekday revenue in 2024", """
SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END
         AS day_type, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY day_type ORDER BY day_type""")

add("time", "What share of 2023's revenue came in the fourth quarter?", """
SELECT ROUND(100.0 * SUM(CASE WHEN o.order_date >= '2023-10-01'
         THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)
       / {REV}, 2) AS q4_share_pct
{SALES} WHERE {NC} AND strftime('%Y', o.order_date) = '2023'""")

add("time", "What was our busiest month ever in terms of order count?", """
SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(*) AS orders FROM orders o
GROUP BY month ORDER BY orders DESC LIMIT 1""")

add("time", "revenue first half vs second half of 2022", """
SELECT CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) <= 6 THEN 'H1' ELSE 'H2' END
         AS half, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND strftime('%Y', o.order_date) = '2022' GROUP BY half ORDER BY half""")

add("time", "how many orders did we get each quarter in 2021", """
SELECT {Q_O} AS quarter, COUNT(*) AS orders FROM orders o
WHERE strftime('%Y', o.order_date) = '2021' GROUP BY quarter ORDER BY quarter""")

add("time", "How much revenue did we book in 2024 up to the end of June?", """
SELECT ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-06-30'""")

add("time", "Give me a running total of revenue month by month through 2023", """
WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS rev {SALES}
           WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month)
SELECT month, ROUND(rev, 2) AS revenue,
       ROUND(SUM(rev) OVER (ORDER BY month ROWS UNBOUNDED PRECEDING), 2) AS cumulative_revenue
FROM m ORDER BY month""")

add("time", "Profit per year", """
SELECT strftime('%Y', o.order_date) AS year, ROUND({REV} - {COST}, 2) AS profit
{SALES} JOIN products p ON p.product_id = oi.product_id
WHERE {NC} GROUP BY year ORDER BY year""")

add("time", "Revenue for the last 12 months versus the 12 months before that", """
SELECT ROUND(SUM(CASE WHEN o.order_date >= date({MAXD}, 'start of month', '-11 months')
             THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END), 2)
         AS last_12_months,
       ROUND(SUM(CASE WHEN o.order_date >= date({MAXD}, 'start of month', '-23 months')
                   AND o.order_date < date({MAXD}, 'start of month', '-11 months')
             THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END), 2)
         AS previous_12_months
{SALES} WHERE {NC}""")

add("time", "Which quarter had the highest average order value?", """
SELECT {Q_O} AS quarter, ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
{SALES} WHERE {NC} GROUP BY quarter
ORDER BY {REV} / COUNT(DISTINCT o.order_id) DESC LIMIT 1""")

add("time", "On average how many days pass between a customer signing up and placing their first order?", """
WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id)
SELECT ROUND(AVG(julianday(f.first_order) - julianday(c.signup_date)), 2) AS avg_days
FROM f JOIN customers c ON c.customer_id = f.customer_id""")

add("time", "How many customers ordered in both 2023 and 2024?", """
SELECT COUNT(*) AS customers FROM (
  SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2023'
  INTERSECT
  SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')""")

add("time", "new customer sign ups per month in 2024", """
SELECT strftime('%Y-%m', c.signup_date) AS month, COUNT(*) AS customers FROM customers c
WHERE strftime('%Y', c.signup_date) = '2024' GROUP BY month ORDER BY month""")

add("time", "how many orders came in on mondays in 2023?", """
SELECT COUNT(*) AS orders FROM orders o
WHERE strftime('%Y', o.order_date) = '2023' AND strftime('%w', o.order_date) = '1'""")

add("time", "Monthly Electronics revenue for the last 6 months", """
SELECT strftime('%Y-%m', o.order_date) AS month, ROUND({REV}, 2) AS revenue
{SALES} JOIN products p ON p.product_id = oi.product_id
JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} AND cat.name = 'Electronics'
  AND o.order_date >= date({MAXD}, 'start of month', '-5 months')
GROUP BY month ORDER BY month""")

add("time", "Q4 revenue for every year", """
SELECT strftime('%Y', o.order_date) AS year, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND CAST(strftime('%m', o.order_date) AS INTEGER) >= 10
GROUP BY year ORDER BY year""")

add("time", "What was the year-over-year growth in units sold in 2024?", """
WITH u AS (SELECT SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity END) AS u23,
                  SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity END) AS u24
           {SALES} WHERE {NC})
SELECT ROUND(100.0 * (u24 - u23) / u23, 2) AS units_growth_pct FROM u""")

add("time", "Which month saw the biggest jump in revenue compared to the month before?", """
WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS rev {SALES}
           WHERE {NC} GROUP BY month),
g AS (SELECT month, rev - LAG(rev) OVER (ORDER BY month) AS diff FROM m)
SELECT month, ROUND(diff, 2) AS revenue_increase FROM g WHERE diff IS NOT NULL
ORDER BY diff DESC LIMIT 1""")

add("time", "Cancelled orders per quarter in 2024", """
SELECT {Q_O} AS quarter, COUNT(*) AS cancelled_orders FROM orders o
WHERE o.status = 'cancelled' AND strftime('%Y', o.order_date) = '2024'
GROUP BY quarter ORDER BY quarter""")

add("time", "Average shipping cost per order, month by month, for 2024", """
SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost
FROM orders o WHERE strftime('%Y', o.order_date) = '2024' GROUP BY month ORDER BY month""")

add("time", "How much did we sell in November and December each year? holiday season numbers", """
SELECT strftime('%Y', o.order_date) AS year, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} AND strftime('%m', o.order_date) IN ('11', '12') GROUP BY year ORDER BY year""")

add("time", "How many orders were placed in the first week of January 2024 (1st to 7th)?", """
SELECT COUNT(*) AS orders FROM orders o WHERE o.order_date BETWEEN '2024-01-01' AND '2024-01-07'""")

add("time", "Revenue by quarter, all years", """
SELECT {Q_O} AS quarter, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} GROUP BY quarter ORDER BY quarter""")

add("time", "What was the average monthly revenue in 2023?", """
SELECT ROUND(AVG(rev), 2) AS avg_monthly_revenue FROM (
  SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS rev {SALES}
  WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month)""")

add("time", "Of the customers who signed up in 2021, how many placed an order in 2024?", """
SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o
JOIN customers c ON c.customer_id = o.customer_id
WHERE strftime('%Y', c.signup_date) = '2021' AND strftime('%Y', o.order_date) = '2024'""")

# ------------------------------------------------------------ measures (35)
add("measures", "What's our total revenue?", """
SELECT ROUND({REV}, 2) AS revenue {SALES} WHERE {NC}""")

add("measures", "what is the average order value", """
SELECT ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {SALES} WHERE {NC}""")

add("measures", "How many units have we sold in total?", """
SELECT SUM(oi.quantity) AS units_sold {SALES} WHERE {NC}""")

add("measures", "Total gross profit, all time?", """
SELECT ROUND({REV} - {COST}, 2) AS profit {SALES} JOIN products p ON p.product_id = oi.product_id
WHERE {NC}""")

add("measures", "What's our overall profit margin?", """
SELECT ROUND(100.0 * ({REV} - {COST}) / {REV}, 2) AS margin_pct
{SALES} JOIN products p ON p.product_id = oi.product_id WHERE {NC}""")

add("measures", "When we do give a discount, how big is it on average (percent)?", """
SELECT ROUND(100.0 * AVG(oi.discount), 2) AS avg_discount_pct {SALES}
WHERE {NC} AND oi.discount IS NOT NULL""")

add("measures", "How much money have we given away in discounts?", """
SELECT ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount
{SALES} WHERE {NC}""")

add("measures", "Average revenue per paying customer?", """
SELECT ROUND({REV} / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer {SALES} WHERE {NC}""")

add("measures", "How many units does the average order contain?", """
SELECT ROUND(1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id), 2) AS units_per_order
{SALES} WHERE {NC}""")

add("measures", "On average how many different products are in a (non-cancelled) order?", """
SELECT ROUND(AVG(n), 2) AS avg_products_per_order FROM (
  SELECT o.order_id, COUNT(DISTINCT oi.product_id) AS n {SALES} WHERE {NC} GROUP BY o.order_id)""")

add("measures", "What have we spent on shipping in total?", """
SELECT ROUND(SUM(o.shipping_cost), 2) AS shipping_cost FROM orders o""")

add("measures", "What percentage of orders get returned?", """
SELECT ROUND(100.0 * SUM(o.status = 'returned') / COUNT(*), 2) AS returned_pct FROM orders o""")

add("measures", "cancelation rate?", """
SELECT ROUND(100.0 * SUM(o.status = 'cancelled') / COUNT(*), 2) AS cancelled_pct FROM orders o""")

add("measures", "What's the average list price of our products?", """
SELECT ROUND(AVG(p.unit_price), 2) AS avg_price FROM products p""")

add("measures", "Average salary of our Sales Representatives", """
SELECT ROUND(AVG(e.salary), 2) AS avg_salary FROM employees e WHERE e.title = 'Sales Representative'""")

add("measures", "What share of revenue comes from loyalty members?", """
SELECT ROUND(100.0 * SUM(CASE WHEN c.loyalty_member = 1
         THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV}, 2)
         AS loyalty_share_pct
{SALES} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}""")

add("measures", "what % of our sales are online", """
SELECT ROUND(100.0 * SUM(CASE WHEN o.channel = 'online'
         THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV}, 2)
         AS online_share_pct
{SALES} WHERE {NC}""")

add("measures", "What's the biggest single order we've ever had, in dollars?", """
SELECT ROUND(MAX(v), 2) AS largest_order_value FROM (
  SELECT o.order_id, {REV} AS v {SALES} WHERE {NC} GROUP BY o.order_id)""")

add("measures", "How much revenue does a sales rep bring in on average?", """
SELECT ROUND(AVG(v), 2) AS avg_revenue_per_rep FROM (
  SELECT o.employee_id, {REV} AS v {SALES} WHERE {NC} AND o.employee_id IS NOT NULL
  GROUP BY o.employee_id)""")

add("measures", "How much profit did Furniture make?", """
SELECT ROUND({REV} - {COST}, 2) AS profit {SALES}
JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} AND cat.name = 'Furniture'""")

add("measures", "whats the margin on electronics", """
SELECT ROUND(100.0 * ({REV} - {COST}) / {REV}, 2) AS margin_pct {SALES}
JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} AND cat.name = 'Electronics'""")

add("measures", "How many Helix Wireless Mouse units have we sold?", """
SELECT SUM(oi.quantity) AS units_sold {SALES} JOIN products p ON p.product_id = oi.product_id
WHERE {NC} AND p.name = 'Helix Wireless Mouse'""")

add("measures", "AOV for Corporate customers?", """
SELECT ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} AND c.segment = 'Corporate'""")

add("measures", "How much revenue did we lose to cancelled orders? (value of the cancelled ones)", """
SELECT ROUND({REV}, 2) AS cancelled_value {SALES} WHERE o.status = 'cancelled'""")

add("measures", "Total value of returned orders", """
SELECT ROUND({REV}, 2) AS returned_value {SALES} WHERE o.status = 'returned'""")

add("measures", "average quantity per order line", """
SELECT ROUND(AVG(oi.quantity), 2) AS avg_quantity {SALES} WHERE {NC}""")

add("measures", "How many different products have we actually sold?", """
SELECT COUNT(DISTINCT oi.product_id) AS products_sold {SALES} WHERE {NC}""")

add("measures", "What's our profit per unit sold, on average?", """
SELECT ROUND(({REV} - {COST}) / SUM(oi.quantity), 2) AS profit_per_unit
{SALES} JOIN products p ON p.product_id = oi.product_id WHERE {NC}""")

add("measures", "total annual payroll for the sales team (all employees' salaries)", """
SELECT ROUND(SUM(e.salary), 2) AS total_salary FROM employees e""")

add("measures", "What percent of the items we sold were discounted? (share of order lines)", """
SELECT ROUND(100.0 * SUM(oi.discount IS NOT NULL AND oi.discount > 0) / COUNT(*), 2)
         AS discounted_lines_pct {SALES} WHERE {NC}""")

add("measures", "Among non-cancelled orders, what percent shipped for free?", """
SELECT ROUND(100.0 * SUM(o.shipping_cost = 0) / COUNT(*), 2) AS free_shipping_pct
FROM orders o WHERE {NC}""")

add("measures", "Average shipping charge when the customer actually pays for shipping", """
SELECT ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost FROM orders o WHERE o.shipping_cost > 0""")

add("measures", "what's the average order value in the store channel?", """
SELECT ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {SALES}
WHERE {NC} AND o.channel = 'store'""")

add("measures", "Average price we actually got per unit, after discounts", """
SELECT ROUND({REV} / SUM(oi.quantity), 2) AS avg_net_unit_price {SALES} WHERE {NC}""")

add("measures", "What share of orders don't have a sales rep assigned?", """
SELECT ROUND(100.0 * SUM(o.employee_id IS NULL) / COUNT(*), 2) AS unassigned_pct FROM orders o""")

# ------------------------------------------------------------- filters (15)
add("filters", "How many orders were worth over 2.5k?", """
SELECT COUNT(*) AS orders FROM (
  SELECT o.order_id {SALES} WHERE {NC} GROUP BY o.order_id HAVING {REV} > 2500)""")

add("filters", "how many products cost between $100 and $200", """
SELECT COUNT(*) AS products FROM products p WHERE p.unit_price BETWEEN 100 AND 200""")

add("filters", "List the loyalty members in Germany", """
SELECT {CUST} AS customer, c.city FROM customers c
WHERE c.country = 'Germany' AND c.loyalty_member = 1 ORDER BY customer, c.city""")

add("filters", "Which customers have spent more than 20k with us in total?", """
SELECT {CUST} AS customer, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} GROUP BY c.customer_id HAVING {REV} > 20000 ORDER BY {REV} DESC""")

add("filters", "Which products are priced above the average product price?", """
SELECT p.name AS product, p.unit_price FROM products p
WHERE p.unit_price > (SELECT AVG(unit_price) FROM products) ORDER BY p.unit_price DESC, product""")

add("filters", "employees hired since 2022", """
SELECT {EMP} AS employee, e.hire_date FROM employees e
WHERE e.hire_date >= '2022-01-01' ORDER BY e.hire_date""")

add("filters", "Which products have been discontinued?", """
SELECT p.name AS product FROM products p WHERE p.discontinued = 1 ORDER BY product""")

add("filters", "How many phone orders did European customers place in 2023?", """
SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id
JOIN regions r ON r.region_id = c.region_id
WHERE r.name = 'Europe' AND o.channel = 'phone' AND strftime('%Y', o.order_date) = '2023'""")

add("filters", "Products with a margin under 25% (price vs cost)", """
SELECT p.name AS product, ROUND(100.0 * (p.unit_price - p.unit_cost) / p.unit_price, 2) AS margin_pct
FROM products p WHERE (p.unit_price - p.unit_cost) / p.unit_price < 0.25
ORDER BY margin_pct, product""")

add("filters", "How many customers don't have an email address on file?", """
SELECT COUNT(*) AS customers FROM customers c WHERE c.email IS NULL OR TRIM(c.email) = ''""")

add("filters", "who earns more than 90k", """
SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.salary > 90000
ORDER BY e.salary DESC""")

add("filters", "Count the orders where shipping cost more than $10", """
SELECT COUNT(*) AS orders FROM orders o WHERE o.shipping_cost > 10""")

add("filters", "How many customers are in Chicago or Boston?", """
SELECT COUNT(*) AS customers FROM customers c WHERE c.city IN ('Chicago', 'Boston')""")

add("filters", "How many orders came in between $1,000 and $2,000?", """
SELECT COUNT(*) AS orders FROM (
  SELECT o.order_id {SALES} WHERE {NC} GROUP BY o.order_id HAVING {REV} BETWEEN 1000 AND 2000)""")

add("filters", "Small Business customers that signed up in 2024 - how many?", """
SELECT COUNT(*) AS customers FROM customers c
WHERE c.segment = 'Small Business' AND strftime('%Y', c.signup_date) = '2024'""")

# ---------------------------------------------------------------- topn (15)
add("topn", "Top 5 customers by revenue", """
SELECT {CUST} AS customer, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} GROUP BY c.customer_id ORDER BY {REV} DESC LIMIT 5""")

add("topn", "top 10 products by units sold", """
SELECT p.name AS product, SUM(oi.quantity) AS units_sold
{SALES} JOIN products p ON p.product_id = oi.product_id
WHERE {NC} GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10""")

add("topn", "What was our best-selling product by revenue in 2024?", """
SELECT p.name AS product, ROUND({REV}, 2) AS revenue
{SALES} JOIN products p ON p.product_id = oi.product_id
WHERE {NC} AND strftime('%Y', o.order_date) = '2024'
GROUP BY p.product_id ORDER BY {REV} DESC LIMIT 1""")

add("topn", "Top 3 sales reps by revenue in 2023", """
SELECT {EMP} AS employee, ROUND({REV}, 2) AS revenue
{SALES} JOIN employees e ON e.employee_id = o.employee_id
WHERE {NC} AND strftime('%Y', o.order_date) = '2023'
GROUP BY e.employee_id ORDER BY {REV} DESC LIMIT 3""")

add("topn", "Bottom 5 products by revenue", """
SELECT p.name AS product, ROUND({REV}, 2) AS revenue
{SALES} JOIN products p ON p.product_id = oi.product_id
WHERE {NC} GROUP BY p.product_id ORDER BY {REV} ASC LIMIT 5""")

add("topn", "top 3 categories by profit", """
SELECT cat.name AS category, ROUND({REV} - {COST}, 2) AS profit
{SALES} JOIN products p ON p.product_id = oi.product_id
JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} GROUP BY cat.category_id ORDER BY {REV} - {COST} DESC LIMIT 3""")

add("topn", "Top 5 countries by revenue", """
SELECT c.country, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} GROUP BY c.country ORDER BY {REV} DESC LIMIT 5""")

add("topn", "Which 5 cities generate the most sales?", """
SELECT c.city, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} GROUP BY c.city ORDER BY {REV} DESC LIMIT 5""")

add("topn", "Show the 3 products with the highest margin percentage (price vs unit cost)", """
SELECT p.name AS product, ROUND(100.0 * (p.unit_price - p.unit_cost) / p.unit_price, 2) AS margin_pct
FROM products p ORDER BY (p.unit_price - p.unit_cost) / p.unit_price DESC LIMIT 3""")

add("topn", "top 5 customers by number of orders", """
SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o
JOIN customers c ON c.customer_id = o.customer_id
GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5""")

add("topn", "5 most expensive products", """
SELECT p.name AS product, p.unit_price FROM products p ORDER BY p.unit_price DESC LIMIT 5""")

add("topn", "top 10 companies by revenue", """
SELECT c.company, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} AND c.company IS NOT NULL AND c.company <> ''
GROUP BY c.company ORDER BY {REV} DESC LIMIT 10""")

add("topn", "Which 2 regions have the highest average order value?", """
SELECT r.name AS region, ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
{SALES} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
WHERE {NC} GROUP BY r.region_id ORDER BY {REV} / COUNT(DISTINCT o.order_id) DESC LIMIT 2""")

add("topn", "top five furniture products by sales", """
SELECT p.name AS product, ROUND({REV}, 2) AS revenue
{SALES} JOIN products p ON p.product_id = oi.product_id
JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} AND cat.name = 'Furniture' GROUP BY p.product_id ORDER BY {REV} DESC LIMIT 5""")

add("topn", "Which 3 months of 2024 had the most units sold?", """
SELECT strftime('%Y-%m', o.order_date) AS month, SUM(oi.quantity) AS units_sold {SALES}
WHERE {NC} AND strftime('%Y', o.order_date) = '2024'
GROUP BY month ORDER BY units_sold DESC LIMIT 3""")

# ---------------------------------------------------------- breakdowns (13)
add("breakdowns", "Revenue by region", """
SELECT r.name AS region, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
WHERE {NC} GROUP BY r.region_id ORDER BY {REV} DESC""")

add("breakdowns", "sales by product category", """
SELECT cat.name AS category, ROUND({REV}, 2) AS revenue
{SALES} JOIN products p ON p.product_id = oi.product_id
JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} GROUP BY cat.category_id ORDER BY {REV} DESC""")

add("breakdowns", "How much revenue has each sales rep brought in?", """
SELECT {EMP} AS employee, ROUND({REV}, 2) AS revenue
{SALES} JOIN employees e ON e.employee_id = o.employee_id
WHERE {NC} GROUP BY e.employee_id ORDER BY {REV} DESC""")

add("breakdowns", "Number of orders by status", """
SELECT o.status, COUNT(*) AS orders FROM orders o GROUP BY o.status ORDER BY orders DESC""")

add("breakdowns", "revenue per sales channel", """
SELECT o.channel, ROUND({REV}, 2) AS revenue {SALES}
WHERE {NC} GROUP BY o.channel ORDER BY {REV} DESC""")

add("breakdowns", "Average order value for each customer segment", """
SELECT c.segment, ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
{SALES} JOIN customers c ON c.customer_id = o.customer_id
WHERE {NC} GROUP BY c.segment ORDER BY avg_order_value DESC""")

add("breakdowns", "Units sold by category", """
SELECT cat.name AS category, SUM(oi.quantity) AS units_sold
{SALES} JOIN products p ON p.product_id = oi.product_id
JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} GROUP BY cat.category_id ORDER BY units_sold DESC""")

add("breakdowns", "Profit and margin by category", """
SELECT cat.name AS category, ROUND({REV} - {COST}, 2) AS profit,
       ROUND(100.0 * ({REV} - {COST}) / {REV}, 2) AS margin_pct
{SALES} JOIN products p ON p.product_id = oi.product_id
JOIN categories cat ON cat.category_id = p.category_id
WHERE {NC} GROUP BY cat.category_id ORDER BY {REV} - {COST} DESC""")

add("breakdowns", "how many customers in each segment", """
SELECT c.segment, COUNT(*) AS customers FROM customers c GROUP BY c.segment ORDER BY customers DESC""")

add("breakdowns", "Revenue by region and channel", """
SELECT r.name AS region, o.channel, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
WHERE {NC} GROUP BY r.region_id, o.channel ORDER BY region, o.channel""")

add("breakdowns", "Headcount of the sales team per region", """
SELECT r.name AS region, COUNT(*) AS employees FROM employees e
JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id ORDER BY employees DESC, region""")

add("breakdowns", "Revenue by country within Europe", """
SELECT c.country, ROUND({REV}, 2) AS revenue
{SALES} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
WHERE {NC} AND r.name = 'Europe' GROUP BY c.country ORDER BY {REV} DESC""")

add("breakdowns", "What percentage of orders comes through each channel?", """
SELECT o.channel, ROUND(100.0 * COUNT(*) / (SELECT COUNT(*) FROM orders), 2) AS orders_pct
FROM orders o GROUP BY o.channel ORDER BY orders_pct DESC""")

# -------------------------------------------------------------- simple (12)
add("simple", "How many customers do we have?", """
SELECT COUNT(*) AS customers FROM customers""")

add("simple", "how many products do we carry", """
SELECT COUNT(*) AS products FROM products""")

add("simple", "Total number of orders?", """
SELECT COUNT(*) AS orders FROM orders""")

add("simple", "List our sales regions", """
SELECT r.name AS region FROM regions r ORDER BY region""")

add("simple", "How many people work in sales here?", """
SELECT COUNT(*) AS employees FROM employees""")

add("simple", "What product categories are there?", """
SELECT cat.name AS category FROM categories cat ORDER BY category""")

add("simple", "How many orders got cancelled?", """
SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled'""")

add("simple", "How many customers are in the loyalty program?", """
SELECT COUNT(*) AS customers FROM customers c WHERE c.loyalty_member = 1""")

add("simple", "What's our most expensive product?", """
SELECT p.name AS product, p.unit_price FROM products p ORDER BY p.unit_price DESC LIMIT 1""")

add("simple", "how many custmers in canada", """
SELECT COUNT(*) AS customers FROM customers c WHERE c.country = 'Canada'""")

add("simple", "When was our very first order placed?", """
SELECT MIN(o.order_date) AS first_order_date FROM orders o""")

add("simple", "Who is the VP of Sales?", """
SELECT {EMP} AS employee FROM employees e WHERE e.title = 'VP of Sales'""")

# ------------------------------------------------------------- tricky (25)
add("tricky", "How much revenue came from orders with no sales rep assigned?", """
SELECT ROUND({REV}, 2) AS revenue {SALES} WHERE {NC} AND o.employee_id IS NULL""")

add("tricky", "How many customers have never placed an order?", """
SELECT COUNT(*) AS customers FROM customers c
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)""")

add("tricky", "Which products didn't sell at all in 2024?", """
SELECT p.name AS product FROM products p
WHERE p.product_id NOT IN (SELECT oi.product_id {SALES}
                           WHERE {NC} AND strftime('%Y', o.order_date) = '2024')
ORDER BY product""")

add("tricky", "What's the median order value?", """
WITH v AS (SELECT {REV} AS val {SALES} WHERE {NC} GROUP BY o.order_id),
r AS (SELECT val, ROW_NUMBER() OVER (ORDER BY val) AS rn, COUNT(*) OVER () AS n FROM v)
SELECT ROUND(AVG(val), 2) AS median_order_value FROM r
WHERE rn IN ((n + 1) / 2, (n + 2) / 2)""")

add("tricky", "Who was the top sales rep in each region in 2024 (region = where the customer is)?", """
WITH t AS (SELECT r.name AS region, {EMP} AS employee, {REV} AS rev,
                  RANK() OVER (PARTITION BY r.region_id ORDER BY {REV} DESC) AS rk
           {SALES} JOIN customers c ON c.customer_id = o.customer_id
           JOIN regions r ON r.region_id = c.region_id
           JOIN employees e ON e.employee_id = o.employee_id
           WHERE {NC} AND strftime('%Y', o.order_date) = '2024'
           GROUP BY r.region_id, e.employee_id)
SELECT region, employee, ROUND(rev, 2) AS revenue FROM t WHERE rk = 1 ORDER BY region""",
    check="""SELECT COUNT(*) = COUNT(DISTINCT region) AND COUNT(*) = 5 FROM ({SQL})""")

add("tricky", "Which customers placed orders but never actually bought anything (every order cancelled)?", """
SELECT {CUST} AS customer FROM customers c JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id HAVING SUM(o.status <> 'cancelled') = 0 ORDER BY customer""")

add("tricky", "Which sales reps sold more than the average rep in 2024?", """
WITH t AS (SELECT e.employee_id, {EMP} AS employee, {REV} AS rev
           {SALES} JOIN employees e ON e.employee_id = o.employee_id
           WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY e.employee_id)
SELECT employee, ROUND(rev, 2) AS revenue FROM t
WHERE rev > (SELECT AVG(rev) FROM t) ORDER BY rev DESC""")

add("tricky", "Which months of 2024 beat that year's average monthly revenue?", """
WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS rev {SALES}
           WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY month)
SELECT month, ROUND(rev, 2) AS revenue FROM m WHERE rev > (SELECT AVG(rev) FROM m) ORDER BY month""")

add("tricky", "How many products are priced above their own category's average price?", """
SELECT COUNT(*) AS products FROM products p
WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)""")

add("tricky", "What percent of customers who've bought from us came back for a second order?", """
WITH b AS (SELECT o.customer_id, COUNT(*) AS n FROM orders o WHERE {NC} GROUP BY o.customer_id)
SELECT ROUND(100.0 * SUM(n >= 2) / COUNT(*), 2) AS repeat_customer_pct FROM b""")

add("tricky", "How many direct reports does each manager have?", """
SELECT m.first_name || ' ' || m.last_name AS manager, COUNT(*) AS direct_reports
FROM employees e JOIN employees m ON m.employee_id = e.manager_id
GROUP BY m.employee_id ORDER BY direct_reports DESC, manager""")

add("tricky", "On average, how many days go by between one order and the next for the same customer?", """
WITH g AS (SELECT julianday(order_date)
                  - julianday(LAG(order_date) OVER (PARTITION BY customer_id ORDER BY order_date, order_id))
                  AS gap FROM orders)
SELECT ROUND(AVG(gap), 2) AS avg_days_between_orders FROM g WHERE gap IS NOT NULL""")

add("tricky", "how many customers placed thier first ever order in 2024?", """
SELECT COUNT(*) AS customers FROM (
  SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id)
WHERE strftime('%Y', first_order) = '2024'""")

add("tricky", "Revenue from discounted lines vs full-price lines", """
SELECT CASE WHEN COALESCE(oi.discount, 0) > 0 THEN 'Discounted' ELSE 'Full price' END AS price_type,
       ROUND({REV}, 2) AS revenue {SALES} WHERE {NC} GROUP BY price_type ORDER BY price_type""")

add("tricky", "How many orders included products from at least 3 different categories?", """
SELECT COUNT(*) AS orders FROM (
  SELECT oi.order_id FROM order_items oi JOIN products p ON p.product_id = oi.product_id
  GROUP BY oi.order_id HAVING COUNT(DISTINCT p.category_id) >= 3)""")

add("tricky", "What share of total revenue do our top 10 products account for?", """
WITH pr AS (SELECT oi.product_id, {REV} AS rev {SALES} WHERE {NC} GROUP BY oi.product_id),
rk AS (SELECT rev, ROW_NUMBER() OVER (ORDER BY rev DESC) AS rn FROM pr)
SELECT ROUND(100.0 * SUM(CASE WHEN rn <= 10 THEN rev ELSE 0 END) / SUM(rev), 2) AS top10_share_pct
FROM rk""",
    check="""WITH pr AS (SELECT oi.product_id, {REV} AS rev {SALES} WHERE {NC} GROUP BY oi.product_id),
rk AS (SELECT rev, ROW_NUMBER() OVER (ORDER BY rev DESC) AS rn FROM pr)
SELECT (SELECT ROUND(rev, 2) FROM rk WHERE rn = 10) <> (SELECT ROUND(rev, 2) FROM rk WHERE rn = 11)""")

add("tricky", "What would 2024 sales be if we counted cancelled orders too?", """
SELECT ROUND({REV}, 2) AS gross_revenue {SALES} WHERE strftime('%Y', o.order_date) = '2024'""")

add("tricky", "Return rate by sales channel", """
SELECT o.channel, ROUND(100.0 * SUM(o.status = 'returned') / COUNT(*), 2) AS return_rate_pct
FROM orders o GROUP BY o.channel ORDER BY return_rate_pct DESC""")

add("tricky", "How many customers bought something in every single year from 2021 to 2024?", """
SELECT COUNT(*) AS customers FROM (
  SELECT o.customer_id FROM orders o WHERE {NC} AND o.order_date BETWEEN '2021-01-01' AND '2024-12-31'
  GROUP BY o.customer_id HAVING COUNT(DISTINCT strftime('%Y', o.order_date)) = 4)""")

add("tricky", "Which product grew its revenue the most from 2023 to 2024?", """
WITH t AS (SELECT p.product_id, p.name,
             SUM(CASE WHEN strftime('%Y', o.order_date) = '2024'
                 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)
           - SUM(CASE WHEN strftime('%Y', o.order_date) = '2023'
                 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS diff
           {SALES} JOIN products p ON p.product_id = oi.product_id
           WHERE {NC} GROUP BY p.product_id)
SELECT name AS product, ROUND(diff, 2) AS revenue_increase FROM t ORDER BY diff DESC LIMIT 1""")

add("tricky", "Which employees have never handled a single order?", """
SELECT {EMP} AS employee FROM employees e
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee""")

add("tricky", "How many employees have no salary on record?", """
SELECT COUNT(*) AS employees FROM employees e WHERE e.salary IS NULL""")

add("tricky", "What's the average order value if we leave out returned orders as well as cancelled ones?", """
SELECT ROUND({REV} / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {SALES}
WHERE o.status NOT IN ('cancelled', 'returned')""")

add("tricky", "What percent of revenue comes from discontinued products?", """
SELECT ROUND(100.0 * SUM(CASE WHEN p.discontinued = 1
         THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV}, 2)
         AS discontinued_share_pct
{SALES} JOIN products p ON p.product_id = oi.product_id WHERE {NC}""")

add("tricky", "Who's our biggest customer in each region by lifetime spend?", """
WITH t AS (SELECT r.name AS region, {CUST} AS customer, {REV} AS rev,
                  RANK() OVER (PARTITION BY r.region_id ORDER BY {REV} DESC) AS rk
           {SALES} JOIN customers c ON c.customer_id = o.customer_id
           JOIN regions r ON r.region_id = c.region_id
           WHERE {NC} GROUP BY r.region_id, c.customer_id)
SELECT region, customer, ROUND(rev, 2) AS revenue FROM t WHERE rk = 1 ORDER BY region""",
    check="""SELECT COUNT(*) = COUNT(DISTINCT region) AND COUNT(*) = 5 FROM ({SQL})""")

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
            "breakdowns": 13, "simple": 12}

LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.I)


def validate(con):
    errors = []
    counts = {}
    seen = set()
    for i, (kind, question, sql, opt) in enumerate(Q):
        counts[kind] = counts.get(kind, 0) + 1
        k = question.strip().lower()
        if k in seen:
            errors.append("%d: duplicate question" % i)
        seen.add(k)
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as exc:
            errors.append("%d: %s: %s" % (i, question, exc))
            continue
        if not rows:
            errors.append("%d: empty result: %s" % (i, question))
            continue
        if all(v is None for r in rows for v in r):
            errors.append("%d: all NULL: %s" % (i, question))
            continue
        if len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] == 0:
            errors.append("%d: single zero result: %s" % (i, question))
            continue
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            key = opt.get("key", -1)
            if len(full) > n and full[n - 1][key] == full[n][key]:
                errors.append("%d: tie at LIMIT %d: %s" % (i, n, question))
        if "check" in opt:
            chk = s(opt["check"].replace("{SQL}", "{{SQL}}")).replace("{SQL}", sql)
            try:
                ok = con.execute(chk).fetchone()[0]
            except sqlite3.Error as exc:
                errors.append("%d: check failed to run: %s" % (i, exc))
                continue
            if not ok:
                errors.append("%d: check failed: %s" % (i, question))
    if counts != EXPECTED:
        errors.append("kind counts %r != %r" % (counts, EXPECTED))
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/blind21/demo/demo.sqlite")
    ap.add_argument("--out-dir", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    con = sqlite3.connect("file:%s?mode=ro" % args.db, uri=True)
    errors = validate(con)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    data = [{"question": q, "db_id": "demo", "query": sql} for _, q, sql, _ in Q]
    kinds = {str(i): kind for i, (kind, _, _, _) in enumerate(Q)}
    with open(os.path.join(args.out_dir, "demo_v15.json"), "w") as f:
        json.dump(data, f, indent=1)
    with open(os.path.join(args.out_dir, "demo_v15_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=1)
    print("wrote %d questions: %s" % (len(Q), ", ".join(
        "%s %d" % (k, v) for k, v in EXPECTED.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
