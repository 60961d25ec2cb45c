#!/usr/bin/env python3
"""Generate demo_v16.json and demo_v16_kinds.json: 160 sales-manager questions over the genbi
demo database, with gold SQL that follows demo.semantic.yaml.

Usage: gen_demo_v16.py [--db /tmp/blind21/demo/demo.sqlite] [--out-dir DIR]

Output: demo_v16.json        [{"question", "db_id": "demo", "query"}, ...]
        demo_v16_kinds.json  {"<0-based index into demo_v16.json>": kind}
Kinds: time 45, measures 35, tricky 25, filters 15, topn 15, breakdowns 13, simple 12.

CONVENTIONS OF THE GOLD SQL
---------------------------
Metrics (exactly as in demo.semantic.yaml; every metric excludes orders with status 'cancelled'):
  revenue            SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))
                     (synonyms: sales, turnover, income, spend, total sales ...)
  units sold         SUM(oi.quantity)
  average order val. revenue / COUNT(DISTINCT o.order_id)
  profit             revenue - SUM(oi.quantity * p.unit_cost)
  margin (%)         100 * profit / revenue
  Order value (one order) = revenue of that order's items; shipping cost is never part of revenue.
  "Spent / bought / purchased / customers who bought" = non-cancelled orders.
  A plain count of orders ("how many orders", "orders per month") counts every order whatever its
  status, unless the question names a status or says the orders were not cancelled.
  "How many customers" counts rows of customers (including those who never ordered).
Joins: an order's region/country/segment is its CUSTOMER's (order_items -> orders -> customers ->
  regions), never the sales rep's, unless the question explicitly says "the rep's region".
  Customer and employee (sales rep) display name = first_name || ' ' || last_name.
Time:
  Dates are orders.order_date (not ship_date) unless stated. Fiscal year = calendar year.
  Year label:     integer, CAST(strftime('%Y', d) AS INTEGER)         e.g. 2023
  Month label:    text 'YYYY-MM', strftime('%Y-%m', d)                  e.g. '2024-03'
  Quarter label:  text 'YYYY-Qn'                                        e.g. '2023-Q3'
  Month of year (seasonality across years): integer 1-12; weekday: English name ('Monday' ...).
  "Today" is the latest order date in the database, (SELECT MAX(order_date) FROM orders)
  (2024-12-31 on the stock demo), never the wall clock:
    this year / YTD    = Jan 1 of that year .. today
    last year          = the previous calendar year
    last N months      = the N calendar months ending with today's month (today's month included)
    last N days        = order_date > date(today, '-N days')
  Growth / YoY / change % = 100 * (current - previous) / previous; the first period's growth is NULL.
Rounding: money, percentages, averages and ratios ROUND(x, 2); counts and units are not rounded.
Result columns: lists of entities return the display name first (customer / employee / product /
  category / region name, never ids), then the measure that the question ranks by or filters on;
  breakdowns return the group label then the measure(s) asked, in the order asked; time series are
  ordered by period ascending, rankings by the measure descending (ascending for "bottom/worst"),
  plain lists by name. Single-number questions return one row with one column (two or three
  columns when the question asks for a comparison).
Checks (all must pass, else nothing is written): every gold runs on --db, returns rows, not all
  values NULL; no tie on the first ORDER BY key at a final LIMIT cut-off; per-group "top 1"
  answers have one row per group; kind counts exact; no duplicate question.
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import sqlite3
import sys

# ---------------------------------------------------------------- SQL building blocks
REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COGS = "SUM(oi.quantity * p.unit_cost)"
UNITS = "SUM(oi.quantity)"
PROFIT = f"{REV} - {COGS}"
MARGIN = f"100.0 * ({REV} - {COGS}) / NULLIF({REV}, 0)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
NC = "o.status <> 'cancelled'"
S = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
J_P = " JOIN products p ON p.product_id = oi.product_id"
J_CAT = " JOIN categories cat ON cat.category_id = p.category_id"
J_C = " JOIN customers c ON c.customer_id = o.customer_id"
J_R = " JOIN regions r ON r.region_id = c.region_id"
J_E = " JOIN employees e ON e.employee_id = o.employee_id"
TODAY = "(SELECT MAX(order_date) FROM orders)"
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"
YEAR = "CAST(strftime('%Y', o.order_date) AS INTEGER)"
MONTH = "strftime('%Y-%m', o.order_date)"
QUARTER = "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"


def yr(y, col="o.order_date"):
    return f"{col} >= '{y}-01-01' AND {col} < '{y + 1}-01-01'"


def qtr(y, q, col="o.order_date"):
    m0 = 3 * (q - 1) + 1
    end = f"{y + 1}-01-01" if q == 4 else f"{y}-{m0 + 3:02d}-01"
    return f"{col} >= '{y}-{m0:02d}-01' AND {col} < '{end}'"


def mon(y, m, col="o.order_date"):
    end = f"{y + 1}-01-01" if m == 12 else f"{y}-{m + 1:02d}-01"
    return f"{col} >= '{y}-{m:02d}-01' AND {col} < '{end}'"


LAST_MONTHS = lambda n: f"o.order_date >= date({TODAY}, 'start of month', '-{n - 1} months')"
LAST_DAYS = lambda n: f"o.order_date > date({TODAY}, '-{n} days')"
THIS_YEAR = f"o.order_date >= date({TODAY}, 'start of year')"
LAST_YEAR = (f"o.order_date >= date({TODAY}, 'start of year', '-1 year') "
             f"AND o.order_date < date({TODAY}, 'start of year')")
R2 = lambda x: f"ROUND({x}, 2)"
WEEKDAY = ("CASE CAST(strftime('%w', o.order_date) AS INTEGER) WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' "
           "WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' "
           "ELSE 'Saturday' END")

# ---------------------------------------------------------------- the questions
# (kind, question, gold SQL[, options]); options: {"unique_col": i} = column i must be unique
Q = []


def add(kind, question, sql, **opt):
    Q.append((kind, question, " ".join(sql.split()), opt))


# ===== simple (12)
add("simple", "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products are in the catalog", "SELECT COUNT(*) AS products FROM products")
add("simple", "List all product categories.", "SELECT name AS category FROM categories ORDER BY name")
add("simple", "What regions do we sell in?", "SELECT name AS region FROM regions ORDER BY name")
add("simple", "How many employees do we have?", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "How many orders were cancelled?",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
add("simple", "which sales channels do we have", "SELECT DISTINCT channel FROM orders ORDER BY channel")
add("simple", "How many loyalty members are there?",
    "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1")
add("simple", "total number of orders ever placed?", "SELECT COUNT(*) AS orders FROM orders")
add("simple", "How many countries are our customers from?",
    "SELECT COUNT(DISTINCT country) AS countries FROM customers")
add("simple", "Which products have been discontinued?",
    "SELECT name AS product FROM products WHERE discontinued = 1 ORDER BY name")
add("simple", "what customer segments do we have?", "SELECT DISTINCT segment FROM customers ORDER BY segment")

# ===== measures (35)
add("measures", "What is our total revenue?", f"SELECT {R2(REV)} AS revenue {S} WHERE {NC}")
add("measures", "Total sales in 2023?", f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND {yr(2023)}")
add("measures", "What's our gross profit, all time?",
    f"SELECT {R2(PROFIT)} AS profit {S}{J_P} WHERE {NC}")
add("measures", "overall margin %", f"SELECT {R2(MARGIN)} AS margin_pct {S}{J_P} WHERE {NC}")
add("measures", "What is the average order value?", f"SELECT {R2(AOV)} AS avg_order_value {S} WHERE {NC}")
add("measures", "How many units have we sold in total?", f"SELECT {UNITS} AS units_sold {S} WHERE {NC}")
add("measures", "aov in 2024?", f"SELECT {R2(AOV)} AS avg_order_value {S} WHERE {NC} AND {yr(2024)}")
add("measures", "How much profit did we make in 2022?",
    f"SELECT {R2(PROFIT)} AS profit {S}{J_P} WHERE {NC} AND {yr(2022)}")
add("measures", "Revenue from the Electronics category",
    f"SELECT {R2(REV)} AS revenue {S}{J_P}{J_CAT} WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "What's the margin on furniture?",
    f"SELECT {R2(MARGIN)} AS margin_pct {S}{J_P}{J_CAT} WHERE {NC} AND cat.name = 'Furniture'")
add("measures", "How many units of kitchen products did we sell in 2023?",
    f"SELECT {UNITS} AS units_sold {S}{J_P}{J_CAT} WHERE {NC} AND cat.name = 'Kitchen' AND {yr(2023)}")
add("measures", "On order lines that got a discount, what's the average discount in percent?",
    "SELECT ROUND(100.0 * AVG(discount), 2) AS avg_discount_pct FROM order_items WHERE discount IS NOT NULL")
add("measures", "Total shipping cost in 2024",
    f"SELECT {R2('SUM(o.shipping_cost)')} AS shipping_cost FROM orders o WHERE {yr(2024)}")
add("measures", "average shipping cost per order?",
    f"SELECT {R2('AVG(o.shipping_cost)')} AS avg_shipping_cost FROM orders o WHERE {NC}")
add("measures", "How much revenue came from corporate customers?",
    f"SELECT {R2(REV)} AS revenue {S}{J_C} WHERE {NC} AND c.segment = 'Corporate'")
add("measures", "how much did small business customers spend in 2024",
    f"SELECT {R2(REV)} AS revenue {S}{J_C} WHERE {NC} AND c.segment = 'Small Business' AND {yr(2024)}")
add("measures", "Revenue through the phone channel?",
    f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND o.channel = 'phone'")
add("measures", "How many units does an average order contain?",
    f"SELECT ROUND(1.0 * {UNITS} / COUNT(DISTINCT o.order_id), 2) AS units_per_order {S} WHERE {NC}")
add("measures", "What's the average lifetime spend of customers who have bought something?",
    f"SELECT ROUND({REV} / COUNT(DISTINCT o.customer_id), 2) AS avg_spend_per_customer {S} WHERE {NC}")
add("measures", "How much money did we give away in discounts?",
    f"SELECT {R2('SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0))')} AS discount_amount {S} WHERE {NC}")
add("measures", "What would revenue have been at list price, before any discounts?",
    f"SELECT {R2('SUM(oi.quantity * oi.unit_price)')} AS gross_revenue {S} WHERE {NC}")
add("measures", "whats the total value of returnd orders",
    f"SELECT {R2(REV)} AS revenue {S} WHERE o.status = 'returned'")
add("measures", "profit margin for online sales",
    f"SELECT {R2(MARGIN)} AS margin_pct {S}{J_P} WHERE {NC} AND o.channel = 'online'")
add("measures", "What is the AOV for loyalty members?",
    f"SELECT {R2(AOV)} AS avg_order_value {S}{J_C} WHERE {NC} AND c.loyalty_member = 1")
add("measures", "Total revnue in Europe?",
    f"SELECT {R2(REV)} AS revenue {S}{J_C}{J_R} WHERE {NC} AND r.name = 'Europe'")
add("measures", "units sold in Latin America in 2023",
    f"SELECT {UNITS} AS units_sold {S}{J_C}{J_R} WHERE {NC} AND r.name = 'Latin America' AND {yr(2023)}")
add("measures", "How much profit did Toys make in 2024?",
    f"SELECT {R2(PROFIT)} AS profit {S}{J_P}{J_CAT} WHERE {NC} AND cat.name = 'Toys' AND {yr(2024)}")
add("measures", "What's the average list price of our products?",
    "SELECT ROUND(AVG(unit_price), 2) AS avg_unit_price FROM products")
add("measures", "What's the average salary of our Sales Representatives?",
    "SELECT ROUND(AVG(salary), 2) AS avg_salary FROM employees WHERE title = 'Sales Representative'")
add("measures", "How much revenue did Olivia Jackson bring in?",
    f"SELECT {R2(REV)} AS revenue {S}{J_E} WHERE {NC} AND e.first_name = 'Olivia' AND e.last_name = 'Jackson'")
add("measures", "sales to customers in Germany in 2024?",
    f"SELECT {R2(REV)} AS revenue {S}{J_C} WHERE {NC} AND c.country = 'Germany' AND {yr(2024)}")
add("measures", "What's the average discount across all order lines, counting no discount as 0%?",
    "SELECT ROUND(100.0 * AVG(COALESCE(discount, 0)), 2) AS avg_discount_pct FROM order_items")
add("measures", "How much did we pay in shipping for online orders?",
    f"SELECT {R2('SUM(o.shipping_cost)')} AS shipping_cost FROM orders o WHERE o.channel = 'online' AND {NC}")
add("measures", "What was our cost of goods sold in 2023?",
    f"SELECT {R2(COGS)} AS cost_of_goods {S}{J_P} WHERE {NC} AND {yr(2023)}")
add("measures", "avg order value in store?",
    f"SELECT {R2(AOV)} AS avg_order_value {S} WHERE {NC} AND o.channel = 'store'")

# ===== time (45)
add("time", "Revenue by year", f"SELECT {YEAR} AS year, {R2(REV)} AS revenue {S} WHERE {NC} GROUP BY 1 ORDER BY 1")
add("time", "Show me monthly revenue for 2023.",
    f"SELECT {MONTH} AS month, {R2(REV)} AS revenue {S} WHERE {NC} AND {yr(2023)} GROUP BY 1 ORDER BY 1")
add("time", "revenue per quarter in 2024",
    f"SELECT {QUARTER} AS quarter, {R2(REV)} AS revenue {S} WHERE {NC} AND {yr(2024)} GROUP BY 1 ORDER BY 1")
add("time", "What was revenue in Q3 2023?", f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND {qtr(2023, 3)}")
add("time", "YoY revenue growth by year",
    f"SELECT year, revenue, ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year), 2) AS growth_pct "
    f"FROM (SELECT {YEAR} AS year, {R2(REV)} AS revenue {S} WHERE {NC} GROUP BY 1) ORDER BY year")
add("time", "By how many percent did sales grow in 2024 compared with 2023?",
    f"SELECT ROUND(100.0 * (SUM(CASE WHEN {yr(2024)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) "
    f"- SUM(CASE WHEN {yr(2023)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)) "
    f"/ SUM(CASE WHEN {yr(2023)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END), 2) AS growth_pct {S} WHERE {NC}")
add("time", "revenue in the last 6 months", f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND {LAST_MONTHS(6)}")
add("time", "Revenue for each of the last 6 months, please",
    f"SELECT {MONTH} AS month, {R2(REV)} AS revenue {S} WHERE {NC} AND {LAST_MONTHS(6)} GROUP BY 1 ORDER BY 1")
add("time", "How many orders came in over the last 30 days?",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE {LAST_DAYS(30)}")
add("time", "sales YTD", f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND {THIS_YEAR}")
add("time", "Which month of 2024 had the highest revenue?",
    f"SELECT {MONTH} AS month, {R2(REV)} AS revenue {S} WHERE {NC} AND {yr(2024)} GROUP BY 1 ORDER BY revenue DESC LIMIT 1")
add("time", "numbr of orders per month in 2022",
    f"SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o WHERE {yr(2022)} GROUP BY 1 ORDER BY 1")
add("time", "profit by quater for 2023",
    f"SELECT {QUARTER} AS quarter, {R2(PROFIT)} AS profit {S}{J_P} WHERE {NC} AND {yr(2023)} GROUP BY 1 ORDER BY 1")
add("time", "How has our margin developed year over year?",
    f"SELECT {YEAR} AS year, {R2(MARGIN)} AS margin_pct {S}{J_P} WHERE {NC} GROUP BY 1 ORDER BY 1")
add("time", "average order value by year",
    f"SELECT {YEAR} AS year, {R2(AOV)} AS avg_order_value {S} WHERE {NC} GROUP BY 1 ORDER BY 1")
add("time", "How many new customers signed up each year?",
    "SELECT CAST(strftime('%Y', signup_date) AS INTEGER) AS year, COUNT(*) AS customers FROM customers GROUP BY 1 ORDER BY 1")
add("time", "how many custmers joined in 2024",
    f"SELECT COUNT(*) AS customers FROM customers WHERE {yr(2024, 'signup_date')}")
add("time", "Units sold per month over the last 12 months",
    f"SELECT {MONTH} AS month, {UNITS} AS units_sold {S} WHERE {NC} AND {LAST_MONTHS(12)} GROUP BY 1 ORDER BY 1")
add("time", "Revenue this year vs last year",
    f"SELECT {R2(f'SUM(CASE WHEN {THIS_YEAR} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_this_year, "
    f"{R2(f'SUM(CASE WHEN {LAST_YEAR} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_last_year {S} WHERE {NC}")
add("time", "compare Q1 2024 revenue with Q1 2023 - how much did it change in %?",
    f"SELECT {R2(f'SUM(CASE WHEN {qtr(2024, 1)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_q1_2024, "
    f"{R2(f'SUM(CASE WHEN {qtr(2023, 1)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_q1_2023, "
    f"ROUND(100.0 * (SUM(CASE WHEN {qtr(2024, 1)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) "
    f"- SUM(CASE WHEN {qtr(2023, 1)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)) "
    f"/ SUM(CASE WHEN {qtr(2023, 1)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END), 2) AS change_pct {S} WHERE {NC}")
add("time", "What was our best quarter ever by revenue?",
    f"SELECT {QUARTER} AS quarter, {R2(REV)} AS revenue {S} WHERE {NC} GROUP BY 1 ORDER BY revenue DESC LIMIT 1")
add("time", "Sales in December 2023?", f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND {mon(2023, 12)}")
add("time", "On average, how many days does it take from order to shipment?",
    "SELECT ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL")
add("time", "monthly electronics revenue in 2024",
    f"SELECT {MONTH} AS month, {R2(REV)} AS revenue {S}{J_P}{J_CAT} WHERE {NC} AND cat.name = 'Electronics' AND {yr(2024)} GROUP BY 1 ORDER BY 1")
add("time", "Which weekday gets the most orders? Give orders per weekday",
    f"SELECT {WEEKDAY} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY CAST(strftime('%w', o.order_date) AS INTEGER) ORDER BY orders DESC")
add("time", "When was our first order and when was the most recent one?",
    "SELECT MIN(order_date) AS first_order_date, MAX(order_date) AS last_order_date FROM orders")
add("time", "month-over-month revenue change in 2024 (%)",
    f"SELECT month, revenue, ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) / LAG(revenue) OVER (ORDER BY month), 2) AS change_pct "
    f"FROM (SELECT {MONTH} AS month, {R2(REV)} AS revenue {S} WHERE {NC} AND {yr(2024)} GROUP BY 1) ORDER BY month")
add("time", "Cumulative revenue by month through 2024",
    f"SELECT month, ROUND(SUM(revenue) OVER (ORDER BY month), 2) AS cumulative_revenue "
    f"FROM (SELECT {MONTH} AS month, {REV} AS revenue {S} WHERE {NC} AND {yr(2024)} GROUP BY 1) ORDER BY month")
add("time", "How many orders were placed in Q2 2022?",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE {qtr(2022, 2)}")
add("time", "revenue per year for each region",
    f"SELECT {YEAR} AS year, r.name AS region, {R2(REV)} AS revenue {S}{J_C}{J_R} WHERE {NC} GROUP BY 1, 2 ORDER BY 1, 2")
add("time", "Which year had the best margin?",
    f"SELECT {YEAR} AS year, {R2(MARGIN)} AS margin_pct {S}{J_P} WHERE {NC} GROUP BY 1 ORDER BY margin_pct DESC LIMIT 1")
add("time", "H1 vs H2 2023 revenue",
    f"SELECT {R2(f'SUM(CASE WHEN o.order_date < {chr(39)}2023-07-01{chr(39)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_h1, "
    f"{R2(f'SUM(CASE WHEN o.order_date >= {chr(39)}2023-07-01{chr(39)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_h2 "
    f"{S} WHERE {NC} AND {yr(2023)}")
add("time", "How many customers signed up in the last 12 months?",
    f"SELECT COUNT(*) AS customers FROM customers WHERE signup_date >= date({TODAY}, 'start of month', '-11 months')")
add("time", "revenue last 90 days", f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND {LAST_DAYS(90)}")
add("time", "How many units did we sell in March 2024?",
    f"SELECT {UNITS} AS units_sold {S} WHERE {NC} AND {mon(2024, 3)}")
add("time", "What's the YoY growth in units sold for 2024?",
    f"SELECT ROUND(100.0 * (SUM(CASE WHEN {yr(2024)} THEN oi.quantity END) - SUM(CASE WHEN {yr(2023)} THEN oi.quantity END)) "
    f"/ SUM(CASE WHEN {yr(2023)} THEN oi.quantity END), 2) AS growth_pct {S} WHERE {NC}")
add("time", "What was the average monthly revenue in 2023?",
    f"SELECT ROUND(AVG(revenue), 2) AS avg_monthly_revenue FROM (SELECT {MONTH} AS month, {REV} AS revenue {S} WHERE {NC} AND {yr(2023)} GROUP BY 1)")
add("time", "Seasonality: total revenue by calendar month across all years",
    f"SELECT CAST(strftime('%m', o.order_date) AS INTEGER) AS month_of_year, {R2(REV)} AS revenue {S} WHERE {NC} GROUP BY 1 ORDER BY 1")
add("time", "How many different customers bought something each year?",
    f"SELECT {YEAR} AS year, COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE {NC} GROUP BY 1 ORDER BY 1")
add("time", "profit in the last 12 months vs the 12 months before that",
    f"SELECT {R2(f'SUM(CASE WHEN {LAST_MONTHS(12)} THEN oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost) END)')} AS profit_last_12m, "
    f"{R2(f'SUM(CASE WHEN o.order_date < date({TODAY}, {chr(39)}start of month{chr(39)}, {chr(39)}-11 months{chr(39)}) AND o.order_date >= date({TODAY}, {chr(39)}start of month{chr(39)}, {chr(39)}-23 months{chr(39)}) THEN oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost) END)')} AS profit_prior_12m "
    f"{S}{J_P} WHERE {NC}")
add("time", "Q4 2023 revenue by category",
    f"SELECT cat.name AS category, {R2(REV)} AS revenue {S}{J_P}{J_CAT} WHERE {NC} AND {qtr(2023, 4)} GROUP BY cat.name ORDER BY revenue DESC")
add("time", "I'm putting together the board deck - can you tell me how revenue in Q3 2024 compared to Q3 2023?",
    f"SELECT {R2(f'SUM(CASE WHEN {qtr(2024, 3)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_q3_2024, "
    f"{R2(f'SUM(CASE WHEN {qtr(2023, 3)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_q3_2023 {S} WHERE {NC}")
add("time", "Revenue YTD compared with the same period last year",
    f"SELECT {R2(f'SUM(CASE WHEN {THIS_YEAR} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_ytd, "
    f"{R2(f'SUM(CASE WHEN o.order_date >= date({TODAY}, {chr(39)}start of year{chr(39)}, {chr(39)}-1 year{chr(39)}) AND o.order_date <= date({TODAY}, {chr(39)}-1 year{chr(39)}) THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)')} AS revenue_same_period_last_year "
    f"{S} WHERE {NC}")
add("time", "Gross margin in Q4 2024", f"SELECT {R2(MARGIN)} AS margin_pct {S}{J_P} WHERE {NC} AND {qtr(2024, 4)}")
add("time", "Which month last year had the lowest sales?",
    f"SELECT {MONTH} AS month, {R2(REV)} AS revenue {S} WHERE {NC} AND {LAST_YEAR} GROUP BY 1 ORDER BY revenue ASC LIMIT 1")

# ===== breakdowns (13)
add("breakdowns", "Revenue by region",
    f"SELECT r.name AS region, {R2(REV)} AS revenue {S}{J_C}{J_R} WHERE {NC} GROUP BY r.name ORDER BY revenue DESC")
add("breakdowns", "sales by product category",
    f"SELECT cat.name AS category, {R2(REV)} AS revenue {S}{J_P}{J_CAT} WHERE {NC} GROUP BY cat.name ORDER BY revenue DESC")
add("breakdowns", "Number of orders by channel",
    "SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC")
add("breakdowns", "Revenue split by customer segment",
    f"SELECT c.segment, {R2(REV)} AS revenue {S}{J_C} WHERE {NC} GROUP BY c.segment ORDER BY revenue DESC")
add("breakdowns", "profit and margin for each category",
    f"SELECT cat.name AS category, {R2(PROFIT)} AS profit, {R2(MARGIN)} AS margin_pct {S}{J_P}{J_CAT} WHERE {NC} GROUP BY cat.name ORDER BY profit DESC")
add("breakdowns", "untis sold by category in 2024",
    f"SELECT cat.name AS category, {UNITS} AS units_sold {S}{J_P}{J_CAT} WHERE {NC} AND {yr(2024)} GROUP BY cat.name ORDER BY units_sold DESC")
add("breakdowns", "AOV by sales channel",
    f"SELECT o.channel, {R2(AOV)} AS avg_order_value {S} WHERE {NC} GROUP BY o.channel ORDER BY avg_order_value DESC")
add("breakdowns", "How many customers do we have in each region?",
    "SELECT r.name AS region, COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id GROUP BY r.name ORDER BY customers DESC")
add("breakdowns", "orders by status", "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "Revenue by country in Latin America",
    f"SELECT c.country, {R2(REV)} AS revenue {S}{J_C}{J_R} WHERE {NC} AND r.name = 'Latin America' GROUP BY c.country ORDER BY revenue DESC")
add("breakdowns", "revenue loyalty members vs non-members",
    f"SELECT c.loyalty_member, {R2(REV)} AS revenue {S}{J_C} WHERE {NC} GROUP BY c.loyalty_member ORDER BY c.loyalty_member")
add("breakdowns", "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC, title")
add("breakdowns", "Break down 2023 revenue by the sales rep's job title",
    f"SELECT e.title, {R2(REV)} AS revenue {S}{J_E} WHERE {NC} AND {yr(2023)} GROUP BY e.title ORDER BY revenue DESC")

# ===== filters (15)
add("filters", "List our customers in Germany",
    f"SELECT {CNAME} AS customer FROM customers c WHERE c.country = 'Germany' ORDER BY customer")
add("filters", "Which products cost more than $500?",
    "SELECT name AS product, unit_price FROM products WHERE unit_price > 500 ORDER BY unit_price DESC")
add("filters", "customers who spent over $5k in 2024",
    f"SELECT {CNAME} AS customer, {R2(REV)} AS revenue {S}{J_C} WHERE {NC} AND {yr(2024)} GROUP BY c.customer_id HAVING {REV} > 5000 ORDER BY revenue DESC")
add("filters", "How many phone orders from corporate customers did we get in Q1 2024?",
    f"SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE o.channel = 'phone' AND c.segment = 'Corporate' AND {qtr(2024, 1)}")
add("filters", "loyalty members in france?",
    f"SELECT {CNAME} AS customer FROM customers c WHERE c.loyalty_member = 1 AND c.country = 'France' ORDER BY customer")
add("filters", "Electronics products under $50",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Electronics' AND p.unit_price < 50 ORDER BY p.name")
add("filters", "How many orders had at least one item with a 30% discount?",
    "SELECT COUNT(DISTINCT order_id) AS orders FROM order_items WHERE discount = 0.3")
add("filters", "Corporate customers who signed up in 2024",
    f"SELECT {CNAME} AS customer FROM customers c WHERE c.segment = 'Corporate' AND {yr(2024, 'c.signup_date')} ORDER BY customer")
add("filters", "show me the pending orders",
    f"SELECT o.order_id, o.order_date, {CNAME} AS customer FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'pending' ORDER BY o.order_date, o.order_id")
add("filters", "Which employees were hired after 2020?",
    f"SELECT {ENAME} AS employee, e.hire_date FROM employees e WHERE e.hire_date >= '2021-01-01' ORDER BY e.hire_date")
add("filters", "Did any discontinued products still sell in 2024? Which ones?",
    f"SELECT DISTINCT p.name AS product {S}{J_P} WHERE {NC} AND p.discontinued = 1 AND {yr(2024)} ORDER BY p.name")
add("filters", "How many customers are from Japan or South Korea?",
    "SELECT COUNT(*) AS customers FROM customers WHERE country IN ('Japan', 'South Korea')")
add("filters", "how many orders in dec 2024 had free shipping",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE o.shipping_cost = 0 AND {mon(2024, 12)}")
add("filters", "Which employees earn more than 90k?",
    f"SELECT {ENAME} AS employee, e.salary FROM employees e WHERE e.salary > 90000 ORDER BY e.salary DESC")
add("filters", "books or toys priced under $20",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name IN ('Books', 'Toys') AND p.unit_price < 20 ORDER BY p.name")

# ===== topn (15)
add("topn", "gimme the top 5 customers by revenue",
    f"SELECT {CNAME} AS customer, {R2(REV)} AS revenue {S}{J_C} WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold in 2024",
    f"SELECT p.name AS product, {UNITS} AS units_sold {S}{J_P} WHERE {NC} AND {yr(2024)} GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10")
add("topn", "Who were our 3 best sales reps by revenue in 2023?",
    f"SELECT {ENAME} AS employee, {R2(REV)} AS revenue {S}{J_E} WHERE {NC} AND {yr(2023)} GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3")
add("topn", "bottom 3 categories by profit",
    f"SELECT cat.name AS category, {R2(PROFIT)} AS profit {S}{J_P}{J_CAT} WHERE {NC} GROUP BY cat.name ORDER BY profit ASC LIMIT 3")
add("topn", "top 5 countires by sales",
    f"SELECT c.country, {R2(REV)} AS revenue {S}{J_C} WHERE {NC} GROUP BY c.country ORDER BY revenue DESC LIMIT 5")
add("topn", "What are our 5 most profitable products?",
    f"SELECT p.name AS product, {R2(PROFIT)} AS profit {S}{J_P} WHERE {NC} GROUP BY p.product_id ORDER BY profit DESC LIMIT 5")
add("topn", "5 largest orders by value in 2024",
    f"SELECT o.order_id, {R2(REV)} AS order_value {S} WHERE {NC} AND {yr(2024)} GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5")
add("topn", "Top 5 products by revenue in Q3 2023",
    f"SELECT p.name AS product, {R2(REV)} AS revenue {S}{J_P} WHERE {NC} AND {qtr(2023, 3)} GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5")
add("topn", "worst 5 products by revenue, all time",
    f"SELECT p.name AS product, {R2(REV)} AS revenue {S}{J_P} WHERE {NC} GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "Which region has the highest average order value?",
    f"SELECT r.name AS region, {R2(AOV)} AS avg_order_value {S}{J_C}{J_R} WHERE {NC} GROUP BY r.name ORDER BY avg_order_value DESC LIMIT 1")
add("topn", "3 highest paid employees",
    f"SELECT {ENAME} AS employee, e.salary FROM employees e WHERE e.salary IS NOT NULL ORDER BY e.salary DESC LIMIT 3")
add("topn", "best-selling category in each year",
    f"SELECT year, category, revenue FROM (SELECT {YEAR} AS year, cat.name AS category, {R2(REV)} AS revenue, "
    f"RANK() OVER (PARTITION BY {YEAR} ORDER BY {REV} DESC) AS rk {S}{J_P}{J_CAT} WHERE {NC} GROUP BY 1, 2) WHERE rk = 1 ORDER BY year",
    unique_col=0)
add("topn", "top 5 customers by profit in Europe",
    f"SELECT {CNAME} AS customer, {R2(PROFIT)} AS profit {S}{J_P}{J_C}{J_R} WHERE {NC} AND r.name = 'Europe' GROUP BY c.customer_id ORDER BY profit DESC LIMIT 5")
add("topn", "top 3 cities by revenue last year",
    f"SELECT c.city, {R2(REV)} AS revenue {S}{J_C} WHERE {NC} AND {LAST_YEAR} GROUP BY c.city ORDER BY revenue DESC LIMIT 3")
add("topn", "which 10 customers spent the most in the last 6 months?",
    f"SELECT {CNAME} AS customer, {R2(REV)} AS revenue {S}{J_C} WHERE {NC} AND {LAST_MONTHS(6)} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 10")

# ===== tricky (25)
add("tricky", "How many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "Which employees have no orders at all?",
    f"SELECT {ENAME} AS employee FROM employees e WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee")
add("tricky", "What share of revenue comes from Electronics?",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) / {REV}, 2) AS share_pct "
    f"{S}{J_P}{J_CAT} WHERE {NC}")
add("tricky", "How much revenue did we lose to cancelled orders?",
    f"SELECT {R2(REV)} AS cancelled_value {S} WHERE o.status = 'cancelled'")
add("tricky", "how many orders have no sales rep assigned",
    "SELECT COUNT(*) AS orders FROM orders WHERE employee_id IS NULL")
add("tricky", "Revenue from online orders that had no sales rep",
    f"SELECT {R2(REV)} AS revenue {S} WHERE {NC} AND o.channel = 'online' AND o.employee_id IS NULL")
add("tricky", "How many customers bought in 2023 but not in 2024?",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE {NC} AND {yr(2023)} AND o.customer_id NOT IN "
    f"(SELECT o2.customer_id FROM orders o2 WHERE o2.status <> 'cancelled' AND {yr(2024, 'o2.order_date')})")
add("tricky", "how many repeat customers do we have (bought more than once)?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE {NC} GROUP BY o.customer_id HAVING COUNT(*) > 1)")
add("tricky", "What percent of orders got returned?",
    "SELECT ROUND(100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*), 2) AS returned_pct FROM orders")
add("tricky", "Which category has the thinnest margin?",
    f"SELECT cat.name AS category, {R2(MARGIN)} AS margin_pct {S}{J_P}{J_CAT} WHERE {NC} GROUP BY cat.name ORDER BY margin_pct ASC LIMIT 1")
add("tricky", "Which products didn't sell at all in 2024?",
    f"SELECT p.name AS product FROM products p WHERE NOT EXISTS (SELECT 1 {S} WHERE oi.product_id = p.product_id AND {NC} AND {yr(2024)}) ORDER BY p.name")
add("tricky", "What share of order lines had a discount?",
    "SELECT ROUND(100.0 * COUNT(discount) / COUNT(*), 2) AS discounted_lines_pct FROM order_items")
add("tricky", "Each segment's share of total revenue",
    f"SELECT c.segment, ROUND(100.0 * {REV} / (SELECT SUM(oi2.quantity * oi2.unit_price * (1 - COALESCE(oi2.discount, 0))) "
    f"FROM order_items oi2 JOIN orders o2 ON o2.order_id = oi2.order_id WHERE o2.status <> 'cancelled'), 2) AS share_pct "
    f"{S}{J_C} WHERE {NC} GROUP BY c.segment ORDER BY share_pct DESC")
add("tricky", "Who is Olivia Thomas's manager?",
    "SELECT m.first_name || ' ' || m.last_name AS manager FROM employees e JOIN employees m ON m.employee_id = e.manager_id "
    "WHERE e.first_name = 'Olivia' AND e.last_name = 'Thomas'")
add("tricky", "list every employee with their manager's name",
    f"SELECT {ENAME} AS employee, m.first_name || ' ' || m.last_name AS manager FROM employees e LEFT JOIN employees m ON m.employee_id = e.manager_id ORDER BY employee")
add("tricky", "Revenue by the sales rep's home region (not the customer's)",
    f"SELECT r.name AS region, {R2(REV)} AS revenue {S}{J_E} JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.name ORDER BY revenue DESC")
add("tricky", "How many customers made their first purchase in 2024?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id, MIN(o.order_date) AS first_date FROM orders o WHERE {NC} GROUP BY o.customer_id) "
    "WHERE first_date >= '2024-01-01' AND first_date < '2025-01-01'")
add("tricky", "avg number of days between signup and a customer's first purchase",
    f"SELECT ROUND(AVG(julianday(f.first_date) - julianday(c.signup_date)), 2) AS avg_days FROM customers c "
    f"JOIN (SELECT o.customer_id, MIN(o.order_date) AS first_date FROM orders o WHERE {NC} GROUP BY o.customer_id) f ON f.customer_id = c.customer_id")
add("tricky", "What's the median order value?",
    f"SELECT ROUND(AVG(v), 2) AS median_order_value FROM (SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS rn, COUNT(*) OVER () AS n "
    f"FROM (SELECT {REV} AS v {S} WHERE {NC} GROUP BY o.order_id)) WHERE rn IN ((n + 1) / 2, (n + 2) / 2)")
add("tricky", "What percentage of revenue comes from discounted order lines?",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN oi.discount IS NOT NULL THEN oi.quantity * oi.unit_price * (1 - oi.discount) END) / {REV}, 2) AS share_pct {S} WHERE {NC}")
add("tricky", "Top customer by revenue in each region",
    f"SELECT region, customer, revenue FROM (SELECT r.name AS region, {CNAME} AS customer, {R2(REV)} AS revenue, "
    f"RANK() OVER (PARTITION BY r.name ORDER BY {REV} DESC) AS rk {S}{J_C}{J_R} WHERE {NC} GROUP BY r.name, c.customer_id) WHERE rk = 1 ORDER BY region",
    unique_col=0)
add("tricky", "How many orders contain more than 5 different products?",
    "SELECT COUNT(*) AS orders FROM (SELECT order_id FROM order_items GROUP BY order_id HAVING COUNT(DISTINCT product_id) > 5)")
add("tricky", "revenue from products launched in 2024",
    f"SELECT {R2(REV)} AS revenue {S}{J_P} WHERE {NC} AND {yr(2024, 'p.launch_date')}")
add("tricky", "How many customers have bought, but never online?",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE {NC} AND o.customer_id NOT IN "
    "(SELECT o2.customer_id FROM orders o2 WHERE o2.channel = 'online' AND o2.status <> 'cancelled')")
add("tricky", "how many orders are not cancelled but still haven't shipped?",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE {NC} AND o.ship_date IS NULL")

EXPECT = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15, "breakdowns": 13, "simple": 12}

LIMIT_RE = re.compile(r"ORDER BY\s+([A-Za-z_][\w.]*)\s*(ASC|DESC)?(?:\s*,[^()]*?)?\s+LIMIT\s+(\d+)\s*$", re.I)


def check(con, kind, question, sql, opt):
    probs = []
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
    except sqlite3.Error as e:
        return ["fails: %s" % e]
    if not rows:
        return ["no rows"]
    if all(v is None for r in rows for v in r):
        probs.append("all NULL")
    m = LIMIT_RE.search(sql)
    if re.search(r"\bLIMIT\s+\d+\s*$", sql, re.I):
        if not m:
            probs.append("LIMIT without a checkable ORDER BY key")
        else:
            key, n = m.group(1).split(".")[-1], int(m.group(3))
            more_sql = sql[:m.start(3)] + str(n + 1)
            c2 = con.execute(more_sql)
            names = [d[0] for d in c2.description]
            more = c2.fetchall()
            if key not in names:
                probs.append("ORDER BY key %r is not a result column" % key)
            elif len(more) > n and more[n - 1][names.index(key)] == more[n][names.index(key)]:
                probs.append("tie at LIMIT %d on %s" % (n, key))
    if "unique_col" in opt:
        col = [r[opt["unique_col"]] for r in rows]
        if len(set(col)) != len(col):
            probs.append("per-group top 1 has ties")
    return probs


def main():
    ap = argparse.ArgumentParser(description="Generate demo_v16.json / demo_v16_kinds.json")
    ap.add_argument("--db", default="/tmp/blind21/demo/demo.sqlite")
    ap.add_argument("--out-dir", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    if not os.path.isfile(args.db):
        print("no such database: " + args.db, file=sys.stderr)
        return 2
    con = sqlite3.connect("file:%s?mode=ro" % args.db, uri=True)
    problems = []
    for i, (kind, q, sql, opt) in enumerate(Q):
        for p in check(con, kind, q, sql, opt):
            problems.append("#%d [%s] %s: %s" % (i, kind, q, p))
    counts = collections.Counter(k for k, _, _, _ in Q)
    if dict(counts) != EXPECT:
        problems.append("kind counts %s != %s" % (dict(counts), EXPECT))
    dq = [q for q, n in collections.Counter(q.lower() for _, q, _, _ in Q).items() if n > 1]
    if dq:
        problems.append("duplicate questions: %r" % dq)
    if problems:
        for p in problems:
            print("FAIL:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    out = [{"question": q, "db_id": "demo", "query": sql} for _, q, sql, _ in Q]
    kinds = {str(i): k for i, (k, _, _, _) in enumerate(Q)}
    with open(os.path.join(args.out_dir, "demo_v16.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(args.out_dir, "demo_v16_kinds.json"), "w", encoding="utf-8") as f:
        json.dump(kinds, f, indent=1)
        f.write("\n")
    print("wrote %d questions to %s: %s" % (len(out), args.out_dir, dict(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
