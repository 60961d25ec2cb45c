#!/usr/bin/env python3
"""Held-out evaluation set v5 for the genbi demo sales database (db_id "demo").

Usage: python3 gen_demo_v5.py [--db PATH] [--show]
       (default PATH: /tmp/blind9/demo/demo.sqlite)

Runs every gold query against the database and writes demo_v5.json
([{"question", "db_id": "demo", "query"}]) and demo_v5_kinds.json
({"<index>": kind}) beside this script ONLY when every check passes;
otherwise prints the failures and exits 1.  --show prints each result.

Checks: every query runs, returns at least one row and not only NULLs;
every top-N / top-1 / bottom-N query has no tie at the cut-off (the
ranking value at position N differs from position N+1); ranking-within-
group queries have no tie at the cut-off inside any group; kind counts
meet the minimums.

Conventions (they follow demo.semantic.yaml):
- Revenue = SUM(order_items.quantity * order_items.unit_price *
  (1 - COALESCE(order_items.discount, 0))), cancelled orders excluded
  (orders.status <> 'cancelled').  Returned, pending, shipped and
  delivered orders all count as revenue.  "sales", "spend", "turnover",
  "bring in", "sell (money)" mean revenue.
- Units sold = SUM(order_items.quantity), cancelled orders excluded.
- Average order value (AOV) = revenue / COUNT(DISTINCT order_id), both
  over non-cancelled orders.
- Profit = revenue - SUM(quantity * products.unit_cost), cancelled
  excluded.  Margin = 100.0 * profit / revenue (a percentage, 0-100).
  Cost of goods = SUM(quantity * products.unit_cost), cancelled excluded.
- An order's value is its revenue (same formula, per order); money filters
  on orders ("orders over $1,500") use order value and exclude cancelled
  orders.  A line's value = quantity * unit_price * (1 - discount).
- A plain "how many orders" counts every order whatever its status;
  "percentage of orders with status X" = 100.0 * orders with X / all
  orders.  "placed / ordered" counts any status; "bought / purchased /
  sold / spent" use non-cancelled orders (revenue rules).
- An order's region / country / city / segment is its customer's (not the
  sales rep's).  The sales rep of an order is orders.employee_id;
  "sales rep", "rep", "salesperson" mean any employee.
- "now" is the last order date, computed in SQL:
  (SELECT MAX(order_date) FROM orders).  "this year" / "this month" are
  the year / month of now; "last year" / "last month" are the previous
  calendar year / month.
- "last N months" = the N calendar months ending with the month of now,
  now's month included: order_date >= date(now, 'start of month',
  '-(N-1) months').  "last N days" = the N days ending with now, now
  included: order_date > date(now, '-N days').
- Years are returned as 'YYYY' text (strftime('%Y')); months as 'YYYY-MM'
  text; month-of-year (all years together) as an integer 1-12; quarters
  as an integer 1-4 = (month + 2) / 3, beside the year when several
  years are shown; weekdays as English names ('Monday' ...), listed
  Sunday first (strftime('%w') order).
- Growth (month-over-month, year-over-year) = 100.0 * (current - previous)
  / previous, a percentage; the first period has NULL growth.
- Days between dates = julianday(later) - julianday(earlier).
- A customer's cohort is the year of the customer's first order (any
  status); "new customers in a period" = customers whose first order falls
  in it; "signed up" questions use customers.signup_date.
- People (customers, employees) are returned as one column
  first_name || ' ' || last_name AS name, grouped by their id (names are
  not unique).  Products, categories, regions are returned by name.
- Only the columns the question asks for, in the order asked; "which X has
  the most Y" returns X only unless the value is asked for; no ROUND;
  shares and rates are percentages (100.0 * part / whole).
"""
import argparse
import json
import os
import re
import sqlite3
import sys

# ---------------------------------------------------------------- fragments
REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COST = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"{REV} - {COST}"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
UNITS = "SUM(oi.quantity)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
LINE = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
NC = "o.status <> 'cancelled'"
NOW = "(SELECT MAX(order_date) FROM orders)"
OI = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
OIP = OI + " JOIN products p ON p.product_id = oi.product_id"
OIPC = OIP + " JOIN categories cat ON cat.category_id = p.category_id"
OIC = OI + " JOIN customers c ON c.customer_id = o.customer_id"
OICR = OIC + " JOIN regions r ON r.region_id = c.region_id"
YEAR = "strftime('%Y', o.order_date)"
MONTH = "strftime('%Y-%m', o.order_date)"
QTR = "(CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3"
WEEKDAY = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' "
           "WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
           "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"
SHIPDAYS = "julianday(o.ship_date) - julianday(o.order_date)"
ORDER_VALUES = (f"SELECT o.order_id, o.customer_id, o.channel, o.order_date, "
                f"{REV} AS value {OI} WHERE {NC} GROUP BY o.order_id")

Q = []  # (kind, question, sql, checks)


def add(kind, question, sql, **checks):
    Q.append((kind, question, " ".join(sql.split()), checks))


def top(kind, question, select, body, metric, n, desc=True, alias=None):
    """Top/bottom-N: gold orders by metric (or its alias) with LIMIT n;
    the tie check ranks the same body by the metric with no limit."""
    d = "DESC" if desc else "ASC"
    sql = f"SELECT {select} {body} ORDER BY {alias or metric} {d} LIMIT {n}"
    tie = f"SELECT {metric} {body} ORDER BY 1 {d}"
    add(kind, question, sql, tie=(" ".join(tie.split()), [n]))


# ===================================================================== time
add("time", "What was our revenue in 2023?",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND {YEAR} = '2023'")
add("time", "revenue by year",
    f"SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} "
    f"GROUP BY year ORDER BY year")
add("time", "how many orders did we get in 2022",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2022'")
add("time", "Revenue per quarter in 2024",
    f"SELECT {QTR} AS quarter, {REV} AS revenue {OI} WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY quarter ORDER BY quarter")
add("time", "Q3 2023 sales?",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= '2023-07-01' AND o.order_date < '2023-10-01'")
add("time", "How much did we sell in March 2024?",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND {MONTH} = '2024-03'")
add("time", "number of orders placed in feburary 2022",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y-%m', order_date) = '2022-02'")
add("time", "monthly revenue for 2024",
    f"SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY month ORDER BY month")
add("time", "How many orders do we get on each day of the week?",
    f"SELECT {WEEKDAY} AS weekday, COUNT(*) AS orders FROM orders o "
    f"GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)")
top("time", "Which weekday brings in the most revenue?",
    f"{WEEKDAY} AS weekday", f"{OI} WHERE {NC} GROUP BY strftime('%w', o.order_date)",
    REV, 1)
add("time", "Revenue in the last 3 months",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= date({NOW}, 'start of month', '-2 months')")
add("time", "How many orders came in over the last 30 days?",
    f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-30 days')")
add("time", "how many customers signed up in the last 6 months",
    f"SELECT COUNT(*) AS customers FROM customers "
    f"WHERE signup_date >= date({NOW}, 'start of month', '-5 months') "
    f"AND signup_date <= {NOW}")
add("time", "Show month over month revenue growth % for each month of 2024",
    f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} GROUP BY month), "
    f"g AS (SELECT month, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) "
    f"/ LAG(revenue) OVER (ORDER BY month) AS growth_pct FROM m) "
    f"SELECT month, growth_pct FROM g WHERE month LIKE '2024-%' ORDER BY month")
add("time", "Revenue by year with the year-over-year growth %",
    f"WITH y AS (SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} GROUP BY year) "
    f"SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) "
    f"/ LAG(revenue) OVER (ORDER BY year) AS growth_pct FROM y ORDER BY year")
add("time", "On average how many days does it take to ship an order?",
    f"SELECT AVG({SHIPDAYS}) AS avg_days FROM orders o WHERE o.ship_date IS NOT NULL")
add("time", "avg days from order to shipment by channel",
    f"SELECT o.channel, AVG({SHIPDAYS}) AS avg_days FROM orders o "
    f"WHERE o.ship_date IS NOT NULL GROUP BY o.channel ORDER BY o.channel")
add("time", "How many customers placed their first order in each year? (cohorts)",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT strftime('%Y', first_order) AS cohort_year, COUNT(*) AS customers FROM f "
    "GROUP BY cohort_year ORDER BY cohort_year")
add("time", "for the 2021 cohort (customers whose first order was in 2021) show revenue by year",
    f"WITH f AS (SELECT customer_id FROM orders GROUP BY customer_id "
    f"HAVING strftime('%Y', MIN(order_date)) = '2021') "
    f"SELECT {YEAR} AS year, {REV} AS revenue {OI} "
    f"WHERE {NC} AND o.customer_id IN (SELECT customer_id FROM f) GROUP BY year ORDER BY year")
add("time", "how many new customers did we get in 2024, i.e. first order in 2024?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING strftime('%Y', MIN(order_date)) = '2024')")
top("time", "Which month of 2023 had the most orders?",
    f"{MONTH} AS month", f"FROM orders o WHERE {YEAR} = '2023' GROUP BY {MONTH}",
    "COUNT(*)", 1)
add("time", "December revenue for each year",
    f"SELECT {YEAR} AS year, {REV} AS revenue {OI} "
    f"WHERE {NC} AND strftime('%m', o.order_date) = '12' GROUP BY year ORDER BY year")
add("time", "what share of 2024 revenue came in on weekends?",
    f"SELECT 100.0 * SUM(CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN {LINE} ELSE 0 END) "
    f"/ {REV} AS weekend_share_pct {OI} WHERE {NC} AND {YEAR} = '2024'")
add("time", "How many orders shipped in January 2024?",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y-%m', ship_date) = '2024-01'")
add("time", "how many orders took more than 3 days to ship",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE o.ship_date IS NOT NULL AND {SHIPDAYS} > 3")
add("time", "What's the longest we've ever taken to ship an order, in days?",
    f"SELECT MAX({SHIPDAYS}) AS max_days FROM orders o WHERE o.ship_date IS NOT NULL")
add("time", "revenue so far this year",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW}")
add("time", "What was revenue last year?",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= date({NOW}, 'start of year', '-1 year') "
    f"AND o.order_date < date({NOW}, 'start of year')")
add("time", "how many orders this month?",
    f"SELECT COUNT(*) AS orders FROM orders WHERE order_date >= date({NOW}, 'start of month') "
    f"AND order_date <= {NOW}")
add("time", "Revenue last month",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= date({NOW}, 'start of month', '-1 month') "
    f"AND o.order_date < date({NOW}, 'start of month')")
add("time", "orders in the past 7 days",
    f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-7 days')")
add("time", "quarterly revenue for 2022 and 2023",
    f"SELECT {YEAR} AS year, {QTR} AS quarter, {REV} AS revenue {OI} "
    f"WHERE {NC} AND {YEAR} IN ('2022', '2023') GROUP BY year, quarter ORDER BY year, quarter")
add("time", "By how much % did Q4 revenue grow in 2024 vs Q4 2023?",
    f"SELECT 100.0 * (SUM(CASE WHEN {YEAR} = '2024' THEN {LINE} ELSE 0 END) "
    f"- SUM(CASE WHEN {YEAR} = '2023' THEN {LINE} ELSE 0 END)) "
    f"/ SUM(CASE WHEN {YEAR} = '2023' THEN {LINE} ELSE 0 END) AS growth_pct {OI} "
    f"WHERE {NC} AND {YEAR} IN ('2023', '2024') AND strftime('%m', o.order_date) >= '10'")
top("time", "Which quarter in 2023 was the most profitable?",
    f"{QTR} AS quarter", f"{OIP} WHERE {NC} AND {YEAR} = '2023' GROUP BY {QTR}",
    PROFIT, 1)
add("time", "How many customers havent ordered anything in the last 12 months but did order before?",
    f"SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    f"HAVING MAX(order_date) < date({NOW}, 'start of month', '-11 months'))")
add("time", "Average number of days between a customer's signup and their first order",
    "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days "
    "FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders "
    "GROUP BY customer_id) f ON f.customer_id = c.customer_id")
add("time", "Which reps were hired in 2024?",
    f"SELECT {ENAME} AS name FROM employees e WHERE strftime('%Y', e.hire_date) = '2024' "
    f"ORDER BY e.hire_date")
add("time", "products launched in 2023",
    "SELECT name FROM products WHERE strftime('%Y', launch_date) = '2023' ORDER BY launch_date")
add("time", "new customer signups per month in 2024",
    "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS customers FROM customers "
    "WHERE strftime('%Y', signup_date) = '2024' GROUP BY month ORDER BY month")
add("time", "How many customers who signed up in 2023 placed an order that same year?",
    "SELECT COUNT(DISTINCT c.customer_id) AS customers FROM customers c "
    "JOIN orders o ON o.customer_id = c.customer_id "
    "WHERE strftime('%Y', c.signup_date) = '2023' AND strftime('%Y', o.order_date) = '2023'")
add("time", "Electronics revenue per month in 2024",
    f"SELECT {MONTH} AS month, {REV} AS revenue {OIPC} "
    f"WHERE {NC} AND cat.name = 'Electronics' AND {YEAR} = '2024' GROUP BY month ORDER BY month")
add("time", "average order value by year",
    f"SELECT {YEAR} AS year, {AOV} AS aov {OI} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "Total number of orders by month of the year, all years combined",
    "SELECT CAST(strftime('%m', order_date) AS INTEGER) AS month, COUNT(*) AS orders "
    "FROM orders GROUP BY month ORDER BY month")
add("time", "by how many percent did revenue grow in 2024 compared with 2023",
    f"SELECT 100.0 * (SUM(CASE WHEN {YEAR} = '2024' THEN {LINE} ELSE 0 END) "
    f"- SUM(CASE WHEN {YEAR} = '2023' THEN {LINE} ELSE 0 END)) "
    f"/ SUM(CASE WHEN {YEAR} = '2023' THEN {LINE} ELSE 0 END) AS growth_pct {OI} "
    f"WHERE {NC} AND {YEAR} IN ('2023', '2024')")
_mom = (f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} GROUP BY month), "
        f"d AS (SELECT month, revenue - LAG(revenue) OVER (ORDER BY month) AS change FROM m) ")
add("time", "Which month had the biggest drop in revenue vs the month before?",
    _mom + "SELECT month FROM d WHERE change IS NOT NULL ORDER BY change ASC LIMIT 1",
    tie=(_mom + "SELECT change FROM d WHERE change IS NOT NULL ORDER BY change ASC", [1]))
add("time", "Revenue for the first half of 2024",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= '2024-01-01' AND o.order_date < '2024-07-01'")
add("time", "how many orders between June 1 and August 31, 2023",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2023-06-01' AND '2023-08-31'")
add("time", "units sold in the last 90 days",
    f"SELECT {UNITS} AS units {OI} WHERE {NC} AND o.order_date > date({NOW}, '-90 days')")
add("time", "revenue by month over the last 12 months",
    f"SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= date({NOW}, 'start of month', '-11 months') GROUP BY month ORDER BY month")
add("time", "how did revenue in the last 3 months compare with the 3 months before that? % change",
    f"SELECT 100.0 * (SUM(CASE WHEN o.order_date >= date({NOW}, 'start of month', '-2 months') "
    f"THEN {LINE} ELSE 0 END) - SUM(CASE WHEN o.order_date < date({NOW}, 'start of month', '-2 months') "
    f"THEN {LINE} ELSE 0 END)) / SUM(CASE WHEN o.order_date < date({NOW}, 'start of month', '-2 months') "
    f"THEN {LINE} ELSE 0 END) AS change_pct {OI} "
    f"WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-5 months')")
add("time", "How many orders were placed on Mondays in 2024?",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%w', order_date) = '1' "
    "AND strftime('%Y', order_date) = '2024'")
top("time", "Which day of the week has the highest average order value?",
    f"{WEEKDAY} AS weekday", f"{OI} WHERE {NC} GROUP BY strftime('%w', o.order_date)",
    AOV, 1)
add("time", "When was our first order and when was the most recent one?",
    "SELECT MIN(order_date) AS first_order, MAX(order_date) AS last_order FROM orders")
add("time", "When did we first sell anything from the Books category?",
    f"SELECT MIN(o.order_date) AS first_sale {OIPC} WHERE {NC} AND cat.name = 'Books'")
add("time", "cancellation rate by year",
    "SELECT strftime('%Y', order_date) AS year, "
    "100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancelled_pct "
    "FROM orders GROUP BY year ORDER BY year")
add("time", "How many days old is our oldest pending order?",
    f"SELECT MAX(julianday({NOW}) - julianday(order_date)) AS days FROM orders WHERE status = 'pending'")
add("time", "Online revenue by year",
    f"SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} AND o.channel = 'online' "
    f"GROUP BY year ORDER BY year")
top("time", "Which year had the most new customer signups?",
    "strftime('%Y', signup_date) AS year", "FROM customers GROUP BY strftime('%Y', signup_date)",
    "COUNT(*)", 1)
add("time", "How many new customers (first order) did we get each quarter of 2023?",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT (CAST(strftime('%m', first_order) AS INTEGER) + 2) / 3 AS quarter, COUNT(*) AS customers "
    "FROM f WHERE strftime('%Y', first_order) = '2023' GROUP BY quarter ORDER BY quarter")
add("time", "revenue on the last day we have orders",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date = {NOW}")
add("time", "How many orders did we get in the week before christmas 2024 (Dec 18-24)?",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2024-12-18' AND '2024-12-24'")
add("time", "Units sold per quarter of 2022",
    f"SELECT {QTR} AS quarter, {UNITS} AS units {OI} WHERE {NC} AND {YEAR} = '2022' "
    f"GROUP BY quarter ORDER BY quarter")

# ================================================================= measures
add("measures", "What's our total revenue?", f"SELECT {REV} AS revenue {OI} WHERE {NC}")
add("measures", "total profit", f"SELECT {PROFIT} AS profit {OIP} WHERE {NC}")
add("measures", "What's the overall gross margin?", f"SELECT {MARGIN} AS margin_pct {OIP} WHERE {NC}")
add("measures", "average order value", f"SELECT {AOV} AS aov {OI} WHERE {NC}")
add("measures", "how many units have we sold in total", f"SELECT {UNITS} AS units {OI} WHERE {NC}")
add("measures", "What's the profit on Electronics?",
    f"SELECT {PROFIT} AS profit {OIPC} WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "margin % for furniture",
    f"SELECT {MARGIN} AS margin_pct {OIPC} WHERE {NC} AND cat.name = 'Furniture'")
add("measures", "How much revenue came from Corporate customers?",
    f"SELECT {REV} AS revenue {OIC} WHERE {NC} AND c.segment = 'Corporate'")
add("measures", "What percent of revenue comes from Europe?",
    f"SELECT 100.0 * SUM(CASE WHEN r.name = 'Europe' THEN {LINE} ELSE 0 END) / {REV} AS share_pct "
    f"{OICR} WHERE {NC}")
add("measures", "share of total revenue by category",
    f"SELECT cat.name AS category, 100.0 * {REV} / (SELECT {REV} {OI} WHERE {NC}) AS share_pct "
    f"{OIPC} WHERE {NC} GROUP BY cat.category_id ORDER BY share_pct DESC")
add("measures", "What percentage of orders were returned?",
    "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct "
    "FROM orders")
add("measures", "percentage of orders that got cancelled",
    "SELECT 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancelled_pct "
    "FROM orders")
add("measures", "What % of orders are placed online?",
    "SELECT 100.0 * SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) / COUNT(*) AS online_pct "
    "FROM orders")
add("measures", "AOV for loyalty members vs non members",
    f"SELECT c.loyalty_member, {AOV} AS aov {OIC} WHERE {NC} "
    f"GROUP BY c.loyalty_member ORDER BY c.loyalty_member")
add("measures", "Revenue from discontinued products",
    f"SELECT {REV} AS revenue {OIP} WHERE {NC} AND p.discontinued = 1")
add("measures", "How much did we give away in discounts?",
    f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount "
    f"{OI} WHERE {NC}")
add("measures", "How much revenue did Sophie Lopez bring in?",
    f"SELECT {REV} AS revenue {OI} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND e.first_name = 'Sophie' AND e.last_name = 'Lopez'")
add("measures", "total shipping cost of orders in 2023",
    "SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE strftime('%Y', order_date) = '2023'")
add("measures", "average number of units per order",
    f"SELECT 1.0 * {UNITS} / COUNT(DISTINCT o.order_id) AS units_per_order {OI} WHERE {NC}")
add("measures", "what's the average revenue per customer (customers who bought something)?",
    f"SELECT {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {OI} WHERE {NC}")
add("measures", "Revenue from customers in the United States",
    f"SELECT {REV} AS revenue {OIC} WHERE {NC} AND c.country = 'United States'")
add("measures", "What % of revenue came through the online channel?",
    f"SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN {LINE} ELSE 0 END) / {REV} AS share_pct "
    f"{OI} WHERE {NC}")
add("measures", "how much revenue is tied up in returned orders",
    f"SELECT {REV} AS revenue {OI} WHERE o.status = 'returned'")
add("measures", "What percentage of orders had a discount on at least one item?",
    "SELECT 100.0 * COUNT(DISTINCT CASE WHEN oi.discount IS NOT NULL THEN o.order_id END) "
    "/ COUNT(DISTINCT o.order_id) AS discounted_pct "
    "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id")
add("measures", "Profit from Small Business customers in 2024",
    f"SELECT {PROFIT} AS profit {OIP} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Small Business' AND {YEAR} = '2024'")
add("measures", "What share of units sold were Toys?",
    f"SELECT 100.0 * SUM(CASE WHEN cat.name = 'Toys' THEN oi.quantity ELSE 0 END) / {UNITS} "
    f"AS share_pct {OIPC} WHERE {NC}")
add("measures", "what % of orders are still pending",
    "SELECT 100.0 * SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) / COUNT(*) AS pending_pct "
    "FROM orders")
add("measures", "total cost of goods sold", f"SELECT {COST} AS cost {OIP} WHERE {NC}")
add("measures", "What's the average selling price per unit?",
    f"SELECT {REV} / {UNITS} AS avg_price {OI} WHERE {NC}")
add("measures", "Office Supplies profit margin in 2024",
    f"SELECT {MARGIN} AS margin_pct {OIPC} WHERE {NC} AND cat.name = 'Office Supplies' "
    f"AND {YEAR} = '2024'")
add("measures", "How much revenue came from orders with no sales rep assigned?",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND o.employee_id IS NULL")
add("measures", "average order value for phone orders",
    f"SELECT {AOV} AS aov {OI} WHERE {NC} AND o.channel = 'phone'")
add("measures", "How much profit did the Nimbus Lite Monitor make?",
    f"SELECT {PROFIT} AS profit {OIP} WHERE {NC} AND p.name = 'Nimbus Lite Monitor'")
add("measures", "What percentage of our customers have ever placed an order?",
    "SELECT 100.0 * (SELECT COUNT(DISTINCT customer_id) FROM orders) / COUNT(*) AS pct FROM customers")
add("measures", "avg shipping cost per order in 2024",
    "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders "
    "WHERE strftime('%Y', order_date) = '2024' AND status <> 'cancelled'")
add("measures", "How much revenue did Asia Pacific generate in 2023?",
    f"SELECT {REV} AS revenue {OICR} WHERE {NC} AND r.name = 'Asia Pacific' AND {YEAR} = '2023'")
add("measures", "What's the margin in Latin America?",
    f"SELECT {MARGIN} AS margin_pct {OIP} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Latin America'")
_top10 = (f"SELECT o.customer_id, {REV} AS revenue {OI} WHERE {NC} GROUP BY o.customer_id")
add("measures", "What share of revenue comes from our top 10 customers?",
    f"SELECT 100.0 * (SELECT SUM(revenue) FROM ({_top10} ORDER BY revenue DESC LIMIT 10)) "
    f"/ {REV} AS share_pct {OI} WHERE {NC}",
    tie=(f"SELECT revenue FROM ({_top10}) ORDER BY 1 DESC", [10]))
add("measures", "what percentage of 2024 revenue came from new customers (first order in 2024)?",
    f"SELECT 100.0 * SUM(CASE WHEN o.customer_id IN (SELECT customer_id FROM orders "
    f"GROUP BY customer_id HAVING strftime('%Y', MIN(order_date)) = '2024') THEN {LINE} ELSE 0 END) "
    f"/ {REV} AS share_pct {OI} WHERE {NC} AND {YEAR} = '2024'")
add("measures", "percentage of orders delivered, per channel",
    "SELECT channel, 100.0 * SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) / COUNT(*) "
    "AS delivered_pct FROM orders GROUP BY channel ORDER BY channel")
add("measures", "profit from our european customers in 2024?",
    f"SELECT {PROFIT} AS profit {OIP} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' AND {YEAR} = '2024'")
add("measures", "average revenue per order line",
    f"SELECT {REV} / COUNT(*) AS revenue_per_line {OI} WHERE {NC}")

# =================================================================== tricky
add("tricky", "Which products cost more than the average product price?",
    "SELECT name FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products) ORDER BY name")
_catrev = f"SELECT cat.name AS category, {REV} AS revenue {OIPC} WHERE {NC} GROUP BY cat.category_id"
add("tricky", "Which categories have revenue above the average category revenue?",
    f"WITH cr AS ({_catrev}) SELECT category FROM cr "
    f"WHERE revenue > (SELECT AVG(revenue) FROM cr) ORDER BY category")
add("tricky", "Which employees earn more than the average salary for their job title?",
    f"SELECT {ENAME} AS name FROM employees e WHERE e.salary > (SELECT AVG(e2.salary) "
    f"FROM employees e2 WHERE e2.title = e.title) ORDER BY name")
add("tricky", "How many customers bought both Electronics and Furniture?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OIPC} WHERE {NC} "
    f"AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id "
    f"HAVING COUNT(DISTINCT cat.name) = 2)")
add("tricky", "How many customers ordered in 2023 but not in 2024?",
    "SELECT COUNT(DISTINCT customer_id) AS customers FROM orders WHERE strftime('%Y', order_date) = '2023' "
    "AND customer_id NOT IN (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')")
add("tricky", "Which products were never returned?",
    "SELECT p.name FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id FROM order_items oi "
    "JOIN orders o ON o.order_id = oi.order_id WHERE o.status = 'returned') ORDER BY p.name")
add("tricky", "how many customers have never placed an order",
    "SELECT COUNT(*) AS customers FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)")
add("tricky", "Which employees handled no orders at all in 2024?",
    f"SELECT {ENAME} AS name FROM employees e WHERE e.employee_id NOT IN (SELECT employee_id FROM orders "
    f"WHERE employee_id IS NOT NULL AND strftime('%Y', order_date) = '2024') ORDER BY name")
_prodrank = (f"WITH pr AS (SELECT cat.name AS category, p.name AS product, {REV} AS revenue {OIPC} "
             f"WHERE {NC} GROUP BY p.product_id), r AS (SELECT *, RANK() OVER (PARTITION BY category "
             f"ORDER BY revenue DESC) AS rk FROM pr) ")
add("tricky", "top selling product in each category by revenue",
    _prodrank + "SELECT category, product FROM r WHERE rk = 1 ORDER BY category",
    check=_prodrank + "SELECT category FROM r GROUP BY category "
                      "HAVING SUM(CASE WHEN rk <= 1 THEN 1 ELSE 0 END) <> 1")
_custrank = (f"WITH cr AS (SELECT r.name AS region, {CNAME} AS name, {REV} AS revenue {OICR} "
             f"WHERE {NC} GROUP BY c.customer_id), k AS (SELECT *, RANK() OVER (PARTITION BY region "
             f"ORDER BY revenue DESC) AS rk FROM cr) ")
add("tricky", "who are the top 2 customers in each region by revenue?",
    _custrank + "SELECT region, name FROM k WHERE rk <= 2 ORDER BY region, rk",
    check=_custrank + "SELECT region FROM k GROUP BY region "
                      "HAVING SUM(CASE WHEN rk <= 2 THEN 1 ELSE 0 END) <> 2")
_yearrank = (f"WITH yp AS (SELECT {YEAR} AS year, p.name AS product, {UNITS} AS units {OIP} "
             f"WHERE {NC} GROUP BY year, p.product_id), k AS (SELECT *, RANK() OVER (PARTITION BY year "
             f"ORDER BY units DESC) AS rk FROM yp) ")
add("tricky", "best-selling product by units each year",
    _yearrank + "SELECT year, product FROM k WHERE rk = 1 ORDER BY year",
    check=_yearrank + "SELECT year FROM k GROUP BY year HAVING SUM(CASE WHEN rk <= 1 THEN 1 ELSE 0 END) <> 1")
add("tricky", "Who doesn't have a manager?",
    f"SELECT {ENAME} AS name FROM employees e WHERE e.manager_id IS NULL")
_rep23 = f"SUM(CASE WHEN {YEAR} = '2023' THEN {LINE} ELSE 0 END)"
_rep24 = f"SUM(CASE WHEN {YEAR} = '2024' THEN {LINE} ELSE 0 END)"
add("tricky", "Which reps sold less in 2024 than in 2023?",
    f"SELECT {ENAME} AS name {OI} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND {YEAR} IN ('2023', '2024') GROUP BY e.employee_id "
    f"HAVING {_rep24} < {_rep23} ORDER BY name")
add("tricky", "Which categories have a margin above the company-wide margin?",
    f"SELECT cat.name AS category {OIPC} WHERE {NC} GROUP BY cat.category_id "
    f"HAVING {MARGIN} > (SELECT {MARGIN} {OIP} WHERE {NC}) ORDER BY category")
add("tricky", "How many orders were bigger than the average order value?",
    f"WITH ov AS ({ORDER_VALUES}) SELECT COUNT(*) AS orders FROM ov "
    f"WHERE value > (SELECT AVG(value) FROM ov)")
add("tricky", "Which products haven't sold at all in the last 3 months?",
    f"SELECT p.name FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id {OI} "
    f"WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-2 months')) ORDER BY p.name")
add("tricky", "countries with more customers than the average country",
    "WITH cc AS (SELECT country, COUNT(*) AS customers FROM customers GROUP BY country) "
    "SELECT country FROM cc WHERE customers > (SELECT AVG(customers) FROM cc) ORDER BY country")
add("tricky", "How many customers only ever order by phone?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(CASE WHEN channel <> 'phone' THEN 1 ELSE 0 END) = 0)")
add("tricky", "Which products were never sold at a 30% discount?",
    f"SELECT p.name FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id {OI} "
    f"WHERE {NC} AND oi.discount = 0.3) ORDER BY p.name")
add("tricky", "How many customers ordered in every year from 2021 through 2024?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders "
    "WHERE strftime('%Y', order_date) BETWEEN '2021' AND '2024' GROUP BY customer_id "
    "HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)")
add("tricky", "which months of 2024 beat the 2024 average monthly revenue",
    f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY month) SELECT month FROM m WHERE revenue > (SELECT AVG(revenue) FROM m) ORDER BY month")
add("tricky", "Which employees were hired before their own manager?",
    f"SELECT {ENAME} AS name FROM employees e JOIN employees m ON m.employee_id = e.manager_id "
    f"WHERE e.hire_date < m.hire_date ORDER BY name")
_catrank = f"{OIPC} WHERE {NC} GROUP BY cat.category_id"
add("tricky", "What's our second-biggest category by revenue?",
    f"SELECT cat.name AS category {_catrank} ORDER BY {REV} DESC LIMIT 1 OFFSET 1",
    tie=(f"SELECT {REV} {_catrank} ORDER BY 1 DESC", [1, 2]))
add("tricky", "Which countries have exactly as many customers as France (France itself not included)?",
    "SELECT country FROM customers WHERE country <> 'France' GROUP BY country "
    "HAVING COUNT(*) = (SELECT COUNT(*) FROM customers WHERE country = 'France')")
add("tricky", "most expensive product in each category - include ties",
    "SELECT cat.name AS category, p.name AS product FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE p.unit_price = (SELECT MAX(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id) "
    "ORDER BY category, product")
add("tricky", "Which regions have no Senior Account Executive?",
    "SELECT r.name FROM regions r WHERE r.region_id NOT IN (SELECT region_id FROM employees "
    "WHERE title = 'Senior Account Executive' AND region_id IS NOT NULL) ORDER BY r.name")
add("tricky", "How many products are priced above their own category's average price?",
    "SELECT COUNT(*) AS products FROM products p WHERE p.unit_price > "
    "(SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
add("tricky", "products that sold in 2021 but not in 2024",
    f"SELECT p.name FROM products p WHERE p.product_id IN (SELECT oi.product_id {OI} WHERE {NC} "
    f"AND {YEAR} = '2021') AND p.product_id NOT IN (SELECT oi.product_id {OI} WHERE {NC} "
    f"AND {YEAR} = '2024') ORDER BY p.name")
add("tricky", "Which Furniture products have the same price as another furniture product?",
    "SELECT p.name, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Furniture' AND p.unit_price IN (SELECT p2.unit_price FROM products p2 "
    "WHERE p2.category_id = p.category_id AND p2.product_id <> p.product_id) ORDER BY p.unit_price, p.name")
add("tricky", "which sales channels have an AOV below the overall AOV",
    f"SELECT o.channel {OI} WHERE {NC} GROUP BY o.channel "
    f"HAVING {AOV} < (SELECT {AOV} {OI} WHERE {NC}) ORDER BY o.channel")
add("tricky", "Customers in Germany who never bought anything - how many?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE c.country = 'Germany' AND c.customer_id NOT IN "
    "(SELECT customer_id FROM orders WHERE status <> 'cancelled')")
add("tricky", "Which reps' 2024 revenue is above the average rep's 2024 revenue?",
    f"WITH er AS (SELECT e.employee_id, {ENAME} AS name, {REV} AS revenue {OI} "
    f"JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY e.employee_id) SELECT name FROM er WHERE revenue > (SELECT AVG(revenue) FROM er) ORDER BY name")

# ================================================================== filters
_ov = f"WITH ov AS ({ORDER_VALUES}) "
add("filters", "How many orders were over $1,500?",
    _ov + "SELECT COUNT(*) AS orders FROM ov WHERE value > 1500")
add("filters", "Which products cost between $50 and $100?",
    "SELECT name FROM products WHERE unit_price BETWEEN 50 AND 100 ORDER BY name")
add("filters", "show products under $20 and their prices",
    "SELECT name, unit_price FROM products WHERE unit_price < 20 ORDER BY unit_price, name")
add("filters", "How many customers have spent more than $10,000 in total?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OI} WHERE {NC} "
    f"GROUP BY o.customer_id HAVING {REV} > 10000)")
add("filters", "products that cost us more than $500 a unit",
    "SELECT name FROM products WHERE unit_cost > 500 ORDER BY name")
add("filters", "Employees making over $90,000 and their salary",
    f"SELECT {ENAME} AS name, e.salary FROM employees e WHERE e.salary > 90000 ORDER BY e.salary DESC")
add("filters", "How many orders had shipping costs above $10?",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10")
add("filters", "any products between $1,000 and $1,200?",
    "SELECT name, unit_price FROM products WHERE unit_price BETWEEN 1000 AND 1200 ORDER BY unit_price")
add("filters", "How many customers spent between $5k and $10k in 2024?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OI} WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY o.customer_id HAVING {REV} BETWEEN 5000 AND 10000)")
add("filters", "electronics under $100",
    "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Electronics' AND p.unit_price < 100 ORDER BY p.name")
add("filters", "how many online orders over $2,000 did we have in 2024",
    _ov + "SELECT COUNT(*) AS orders FROM ov WHERE value > 2000 AND channel = 'online' "
          "AND strftime('%Y', order_date) = '2024'")
add("filters", "Which products make more than $200 gross profit per unit (price minus cost)?",
    "SELECT name FROM products WHERE unit_price - unit_cost > 200 ORDER BY name")
add("filters", "Which reps brought in more than $45,000 in 2024?",
    f"SELECT {ENAME} AS name {OI} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND {YEAR} = '2024' GROUP BY e.employee_id HAVING {REV} > 45000 ORDER BY name")
add("filters", "Which categories had revenue over $1M?",
    f"SELECT cat.name AS category {OIPC} WHERE {NC} GROUP BY cat.category_id "
    f"HAVING {REV} > 1000000 ORDER BY category")
add("filters", "how many orders between $500 and $1,000",
    _ov + "SELECT COUNT(*) AS orders FROM ov WHERE value BETWEEN 500 AND 1000")
add("filters", "furniture cheaper than $300 with prices",
    "SELECT p.name, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Furniture' AND p.unit_price < 300 ORDER BY p.unit_price, p.name")
add("filters", "revenue from products priced above $250",
    f"SELECT {REV} AS revenue {OIP} WHERE {NC} AND p.unit_price > 250")
add("filters", "How many customers have an average order value above $800?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OI} WHERE {NC} "
    f"GROUP BY o.customer_id HAVING {AOV} > 800)")
add("filters", "How many order lines were worth $2,000 or more?",
    f"SELECT COUNT(*) AS lines {OI} WHERE {NC} AND {LINE} >= 2000")
add("filters", "non-loyalty customers who spent over $5,000 - how many?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OIC} WHERE {NC} "
    f"AND c.loyalty_member = 0 GROUP BY o.customer_id HAVING {REV} > 5000)")
add("filters", "orders over $1,500 by channel",
    _ov + "SELECT channel, COUNT(*) AS orders FROM ov WHERE value > 1500 GROUP BY channel ORDER BY channel")
add("filters", "total revenue from orders under $50",
    _ov + "SELECT SUM(value) AS revenue FROM ov WHERE value < 50")

# ===================================================================== topn
top("topn", "Top 5 customers by revenue", f"{CNAME} AS name, {REV} AS revenue",
    f"{OIC} WHERE {NC} GROUP BY c.customer_id", REV, 5, alias="revenue")
top("topn", "top 10 products by units sold", f"p.name, {UNITS} AS units",
    f"{OIP} WHERE {NC} GROUP BY p.product_id", UNITS, 10, alias="units")
top("topn", "top 3 categorys by profit", f"cat.name AS category, {PROFIT} AS profit",
    f"{OIPC} WHERE {NC} GROUP BY cat.category_id", PROFIT, 3, alias="profit")
top("topn", "Top 5 sales reps by revenue in 2024", f"{ENAME} AS name, {REV} AS revenue",
    f"{OI} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY e.employee_id", REV, 5, alias="revenue")
top("topn", "bottom 5 products by revenue", f"p.name, {REV} AS revenue",
    f"{OIP} WHERE {NC} GROUP BY p.product_id", REV, 5, desc=False, alias="revenue")
top("topn", "What's our most expensive product?", "name", "FROM products", "unit_price", 1)
top("topn", "top 3 countries by number of customers", "country, COUNT(*) AS customers",
    "FROM customers GROUP BY country", "COUNT(*)", 3, alias="customers")
top("topn", "Which customer placed the most orders?", f"{CNAME} AS name",
    "FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id",
    "COUNT(*)", 1)
top("topn", "Top 5 cities by revenue", f"c.city, {REV} AS revenue",
    f"{OIC} WHERE {NC} GROUP BY c.city", REV, 5, alias="revenue")
top("topn", "best selling furniture product by units", "p.name",
    f"{OIPC} WHERE {NC} AND cat.name = 'Furniture' GROUP BY p.product_id", UNITS, 1)
top("topn", "Top 3 regions by average order value", f"r.name AS region, {AOV} AS aov",
    f"{OICR} WHERE {NC} GROUP BY r.region_id", AOV, 3, alias="aov")
top("topn", "5 least profitable products", f"p.name, {PROFIT} AS profit",
    f"{OIP} WHERE {NC} GROUP BY p.product_id", PROFIT, 5, desc=False, alias="profit")
top("topn", "top 10 customers by profit in 2023", f"{CNAME} AS name, {PROFIT} AS profit",
    f"{OIP} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND {YEAR} = '2023' "
    f"GROUP BY c.customer_id", PROFIT, 10, alias="profit")
top("topn", "Which sales rep has the highest margin?", f"{ENAME} AS name",
    f"{OIP} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id",
    MARGIN, 1)
top("topn", "top 3 products by margin %", f"p.name, {MARGIN} AS margin_pct",
    f"{OIP} WHERE {NC} GROUP BY p.product_id", MARGIN, 3, alias="margin_pct")
top("topn", "Which country generated the most revenue?", "c.country",
    f"{OIC} WHERE {NC} GROUP BY c.country", REV, 1)
top("topn", "Top 5 months by revenue", f"{MONTH} AS month, {REV} AS revenue",
    f"{OI} WHERE {NC} GROUP BY {MONTH}", REV, 5, alias="revenue")
top("topn", "which channel has the lowest AOV", "o.channel",
    f"{OI} WHERE {NC} GROUP BY o.channel", AOV, 1, desc=False)
top("topn", "Who is our lowest paid employee?", f"{ENAME} AS name",
    "FROM employees e WHERE e.salary IS NOT NULL", "e.salary", 1, desc=False)
top("topn", "Top 5 products by number of returned orders",
    "p.name, COUNT(DISTINCT o.order_id) AS returned_orders",
    f"{OIP} WHERE o.status = 'returned' GROUP BY p.product_id", "COUNT(DISTINCT o.order_id)", 5,
    alias="returned_orders")
top("topn", "top 3 customers by number of orders in 2024", f"{CNAME} AS name, COUNT(*) AS orders",
    "FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE strftime('%Y', o.order_date) = '2024' GROUP BY c.customer_id", "COUNT(*)", 3, alias="orders")
top("topn", "top 3 highest paid people in europe", f"{ENAME} AS name, e.salary",
    "FROM employees e JOIN regions r ON r.region_id = e.region_id WHERE r.name = 'Europe' "
    "AND e.salary IS NOT NULL", "e.salary", 3)

# =============================================================== breakdowns
add("breakdowns", "revenu by region",
    f"SELECT r.name AS region, {REV} AS revenue {OICR} WHERE {NC} GROUP BY r.region_id ORDER BY revenue DESC")
add("breakdowns", "number of orders by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "how many custmers in each segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "Revenue by sales channel",
    f"SELECT o.channel, {REV} AS revenue {OI} WHERE {NC} GROUP BY o.channel ORDER BY revenue DESC")
add("breakdowns", "units sold per category",
    f"SELECT cat.name AS category, {UNITS} AS units {OIPC} WHERE {NC} GROUP BY cat.category_id "
    f"ORDER BY units DESC")
add("breakdowns", "profit by customer segment",
    f"SELECT c.segment, {PROFIT} AS profit {OIP} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.segment ORDER BY profit DESC")
add("breakdowns", "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC")
add("breakdowns", "Revenue by country",
    f"SELECT c.country, {REV} AS revenue {OIC} WHERE {NC} GROUP BY c.country ORDER BY revenue DESC")
add("breakdowns", "orders per channel per year",
    "SELECT strftime('%Y', order_date) AS year, channel, COUNT(*) AS orders FROM orders "
    "GROUP BY year, channel ORDER BY year, channel")
add("breakdowns", "average order value per segment",
    f"SELECT c.segment, {AOV} AS aov {OIC} WHERE {NC} GROUP BY c.segment ORDER BY aov DESC")
add("breakdowns", "revenue broken down by region and channel",
    f"SELECT r.name AS region, o.channel, {REV} AS revenue {OICR} WHERE {NC} "
    f"GROUP BY r.region_id, o.channel ORDER BY region, o.channel")
add("breakdowns", "how many products in each category",
    "SELECT cat.name AS category, COUNT(*) AS products FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id ORDER BY category")
add("breakdowns", "customers per region",
    "SELECT r.name AS region, COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id "
    "GROUP BY r.region_id ORDER BY customers DESC")
add("breakdowns", "margin by category",
    f"SELECT cat.name AS category, {MARGIN} AS margin_pct {OIPC} WHERE {NC} GROUP BY cat.category_id "
    f"ORDER BY margin_pct DESC")
add("breakdowns", "avg salary by title",
    "SELECT title, AVG(salary) AS avg_salary FROM employees GROUP BY title ORDER BY avg_salary DESC")
add("breakdowns", "revenue loyalty members vs non-members",
    f"SELECT c.loyalty_member, {REV} AS revenue {OIC} WHERE {NC} GROUP BY c.loyalty_member "
    f"ORDER BY c.loyalty_member")
add("breakdowns", "Europe revenue split by product category",
    f"SELECT cat.name AS category, {REV} AS revenue {OIPC} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' "
    f"GROUP BY cat.category_id ORDER BY revenue DESC")
add("breakdowns", "average shipping cost by channel",
    "SELECT channel, AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE status <> 'cancelled' "
    "GROUP BY channel ORDER BY channel")
add("breakdowns", "number of orders handled by each sales rep",
    f"SELECT {ENAME} AS name, COUNT(o.order_id) AS orders FROM employees e "
    f"JOIN orders o ON o.employee_id = e.employee_id GROUP BY e.employee_id ORDER BY orders DESC")

# =================================================================== simple
add("simple", "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products are in the catalog", "SELECT COUNT(*) AS products FROM products")
add("simple", "How many orders in total?", "SELECT COUNT(*) AS orders FROM orders")
add("simple", "how many employees do we have", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "list the regions", "SELECT name FROM regions ORDER BY name")
add("simple", "What product categories do we have?", "SELECT name FROM categories ORDER BY name")
add("simple", "price of the Nimbus Lite Monitor?",
    "SELECT unit_price FROM products WHERE name = 'Nimbus Lite Monitor'")
add("simple", "how many discontinued products", "SELECT COUNT(*) AS products FROM products WHERE discontinued = 1")
add("simple", "How many loyalty members do we have?",
    "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1")
add("simple", "How many orders were cancelled?", "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
add("simple", "number of customers in germany", "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany'")
add("simple", "average product price", "SELECT AVG(unit_price) AS avg_price FROM products")
add("simple", "who's the VP of Sales?", f"SELECT {ENAME} AS name FROM employees e WHERE e.title = 'VP of Sales'")
add("simple", "how many orders are pending", "SELECT COUNT(*) AS orders FROM orders WHERE status = 'pending'")
add("simple", "When was Robert Williams hired?",
    "SELECT hire_date FROM employees WHERE first_name = 'Robert' AND last_name = 'Williams'")
add("simple", "how many customers in Chicago", "SELECT COUNT(*) AS customers FROM customers WHERE city = 'Chicago'")
add("simple", "list discontinued products", "SELECT name FROM products WHERE discontinued = 1 ORDER BY name")
add("simple", "How many countries do we have customers in?",
    "SELECT COUNT(DISTINCT country) AS countries FROM customers")
add("simple", "whats the average salary", "SELECT AVG(salary) AS avg_salary FROM employees")

# =================================================================== checks
MINIMUMS = {"time": 50, "measures": 35, "tricky": 25, "filters": 18, "topn": 17,
            "breakdowns": 16, "simple": 16}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/blind9/demo/demo.sqlite")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if not os.path.isfile(args.db):
        print(f"database not found: {args.db}")
        return 1
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    failures = []
    seen = set()
    for i, (kind, question, sql, checks) in enumerate(Q):
        tag = f"[{i}] {kind}: {question}"
        if question in seen:
            failures.append(f"{tag}: duplicate question")
        seen.add(question)
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as exc:
            failures.append(f"{tag}: error {exc}")
            continue
        if not rows:
            failures.append(f"{tag}: empty result")
            continue
        if all(v is None for r in rows for v in r):
            failures.append(f"{tag}: only NULLs")
        if args.show:
            print(tag)
            print("   ", rows[:12], "..." if len(rows) > 12 else "", f"({len(rows)} rows)")
        has_limit = re.search(r"\bLIMIT\b", sql) is not None
        if (has_limit or kind == "topn") and "tie" not in checks and "check" not in checks:
            failures.append(f"{tag}: top-N query without a tie check")
        if "tie" in checks:
            tsql, ns = checks["tie"]
            try:
                vals = [r[0] for r in con.execute(tsql).fetchall()]
            except sqlite3.Error as exc:
                failures.append(f"{tag}: tie check error {exc}")
                continue
            for n in ns:
                if len(vals) < n:
                    failures.append(f"{tag}: fewer than {n} ranked rows")
                elif len(vals) > n and vals[n - 1] == vals[n]:
                    failures.append(f"{tag}: tie at cut-off {n}: {vals[n - 1]!r}")
        if "check" in checks:
            try:
                bad = con.execute(checks["check"]).fetchall()
            except sqlite3.Error as exc:
                failures.append(f"{tag}: group tie check error {exc}")
                continue
            if bad:
                failures.append(f"{tag}: tie at a group cut-off: {bad[:5]}")
    counts = {}
    for kind, *_ in Q:
        counts[kind] = counts.get(kind, 0) + 1
    for kind, need in MINIMUMS.items():
        if counts.get(kind, 0) < need:
            failures.append(f"kind {kind}: {counts.get(kind, 0)} < {need}")
    if set(counts) - set(MINIMUMS):
        failures.append(f"unknown kinds {set(counts) - set(MINIMUMS)}")
    if len(Q) < 180:
        failures.append(f"only {len(Q)} questions")
    if failures:
        print("\n".join(failures))
        print(f"{len(failures)} check(s) failed; nothing written")
        return 1
    here = os.path.dirname(os.path.abspath(__file__))
    data = [{"question": q, "db_id": "demo", "query": s} for _, q, s, _ in Q]
    kinds = {str(i): k for i, (k, *_rest) in enumerate(Q)}
    with open(os.path.join(here, "demo_v5.json"), "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    with open(os.path.join(here, "demo_v5_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=2)
        f.write("\n")
    print(f"{len(Q)} questions, all checks passed: " +
          ", ".join(f"{k} {counts[k]}" for k in MINIMUMS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
