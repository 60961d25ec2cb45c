#!/usr/bin/env python3
"""Held-out evaluation set v12 for genbi's demo sales database.

Usage: python3 gen_demo_v12.py --db PATH

Re-runs every gold query against the SQLite database, checks it, and only when
every check passes writes demo_v12.json ([{"question","db_id":"demo","query"}])
and demo_v12_kinds.json ({"<index>": kind}) beside this script.

CONVENTIONS (every gold query follows them)
-------------------------------------------
* Metrics follow demo.semantic.yaml exactly, with their default filter
  orders.status <> 'cancelled':
    revenue  = SUM(quantity * unit_price * (1 - COALESCE(discount, 0)))
    units    = SUM(quantity)
    AOV      = revenue / COUNT(DISTINCT orders.order_id)
    profit   = revenue - SUM(quantity * products.unit_cost)
    margin   = 100.0 * profit / NULLIF(revenue, 0)
  Words: "sales", "sell", "spend", "turnover", "income" = revenue; "units",
  "items sold" = units sold.
* Every other figure computed from order lines (cost of goods, discount
  amounts, line counts, an order's value/total, "bought"/"purchased"/"spent")
  also excludes cancelled orders, the same way the semantic layer does.
  An order's value = the revenue expression summed over its lines.
* Counts of orders, status shares ("% of orders returned") and "placed an
  order"/"ordered" count every order whatever its status, unless the question
  names statuses.
* An order's region/country/segment is its customer's (semantic layer joins).
  An employee's own region is used only when the question is about employees.
* "Now" is the data's last order date, computed in SQL:
  (SELECT MAX(order_date) FROM orders)  (2024-12-31 in this database).
  This year = year of now; last year = the year before; this month = month of
  now; last month = the calendar month before; YTD = 1 January of this year
  through now; "same period last year" = 1 January of last year through
  now minus one year.
  "Last N months" = the N calendar months ending with now's month (now's month
  included): order_date >= date(now, 'start of month', '-(N-1) months').
  "Last N weeks/days" = the 7N / N days ending at now:
  order_date > date(now, '-7N days') (resp. '-N days').
* Labels: year = strftime('%Y', date) text 'YYYY'; month = 'YYYY-MM';
  quarter = 'YYYY-Qn' (e.g. '2024-Q3'); weekday = English day name
  ('Sunday'..'Saturday', from strftime('%w')); month-of-year across years =
  English month name ('January'..'December').
* Growth = 100.0 * (current - previous) / previous (YoY/MoM via LAG over the
  full series, so the first period of a requested range compares with the
  period before it); first period of a full series has NULL growth.
* Days between dates = julianday(later) - julianday(earlier).
* People (customers, employees) are one column first_name || ' ' || last_name,
  grouped by their id (names are not unique). Products, categories, regions
  by name.
* Percentages are 0-100 and unrounded unless the question asks to round.
* No ORDER BY unless the question asks for an order or a top/bottom N; a LIMIT n
  query has no tie at row n (checked below).
"""
import argparse
import json
import os
import re
import sqlite3
import sys

# ---------------------------------------------------------------- building blocks
LINE = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
REV = f"SUM({LINE})"
COST = "SUM(oi.quantity * p.unit_cost)"
UNITS = "SUM(oi.quantity)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
PROFIT = f"{REV} - {COST}"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
NC = "o.status <> 'cancelled'"
OI = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
OIP = OI + " JOIN products p ON p.product_id = oi.product_id"
NOW = "(SELECT MAX(order_date) FROM orders)"
YEAR = "strftime('%Y', o.order_date)"
MONTH = "strftime('%Y-%m', o.order_date)"
QUARTER = ("strftime('%Y', o.order_date) || '-Q' || "
           "((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)")
WEEKDAY = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
           "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
           "WHEN '5' THEN 'Friday' WHEN '6' THEN 'Saturday' END")
MONTHNAME = ("CASE strftime('%m', o.order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February' "
             "WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' "
             "WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' "
             "WHEN '10' THEN 'October' WHEN '11' THEN 'November' WHEN '12' THEN 'December' END")
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"
# per-order value of non-cancelled orders
ORDER_VALUES = f"SELECT o.order_id, {REV} AS order_value {OI} WHERE {NC} GROUP BY o.order_id"

# Each entry: (kind, question, sql, opts). opts: ordered=True when the question
# asks for an order / top N (ORDER BY required); tie=<column index> of the sort
# key for the LIMIT tie check (default: last column).
Q = []


def add(kind, question, sql, **opts):
    Q.append((kind, question, " ".join(sql.split()), opts))


# ====================================================================== time (45)
add("time", "revenue by quarter in 2024",
    f"SELECT {QUARTER} AS quarter, {REV} AS revenue {OI} "
    f"WHERE {NC} AND {YEAR} = '2024' GROUP BY quarter")
add("time", "How much did we sell in March 2023?",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND {MONTH} = '2023-03'")
add("time", "which day of the week brings in the most revenue?",
    f"SELECT {WEEKDAY} AS weekday, {REV} AS revenue {OI} WHERE {NC} "
    f"GROUP BY strftime('%w', o.order_date) ORDER BY revenue DESC LIMIT 1", ordered=True)
add("time", "revenue for the last 3 months",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= date({NOW}, 'start of month', '-2 months') AND o.order_date <= {NOW}")
add("time", "how many orders did we get in the last 4 weeks",
    f"SELECT COUNT(*) AS orders FROM orders o "
    f"WHERE o.order_date > date({NOW}, '-28 days') AND o.order_date <= {NOW}")
add("time", "sales this year vs last year",
    f"SELECT SUM(CASE WHEN {YEAR} = strftime('%Y', {NOW}) THEN {LINE} END) AS this_year_revenue, "
    f"SUM(CASE WHEN CAST({YEAR} AS INTEGER) = CAST(strftime('%Y', {NOW}) AS INTEGER) - 1 THEN {LINE} END) "
    f"AS last_year_revenue {OI} WHERE {NC}")
add("time", "whats our YTD revenue",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW}")
add("time", "Show me year over year revenue growth",
    f"WITH y AS (SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} GROUP BY year) "
    f"SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) "
    f"/ LAG(revenue) OVER (ORDER BY year) AS yoy_growth_pct FROM y")
add("time", "month-over-month revenue growth for each month of 2024",
    f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} GROUP BY month), "
    f"g AS (SELECT month, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) "
    f"/ LAG(revenue) OVER (ORDER BY month) AS mom_growth_pct FROM m) "
    f"SELECT month, revenue, mom_growth_pct FROM g WHERE month LIKE '2024-%'")
add("time", "on average how many days does it take us to ship an order?",
    "SELECT AVG(julianday(o.ship_date) - julianday(o.order_date)) AS avg_days_to_ship "
    "FROM orders o WHERE o.ship_date IS NOT NULL")
add("time", "customer cohorts by signup year - how many signed up each year and how many of them have placed at least one order",
    "SELECT strftime('%Y', c.signup_date) AS signup_year, COUNT(*) AS customers, "
    "SUM(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)) AS customers_with_orders "
    "FROM customers c GROUP BY signup_year")
add("time", "how many units did we sell last month",
    f"SELECT {UNITS} AS units_sold {OI} WHERE {NC} "
    f"AND {MONTH} = strftime('%Y-%m', {NOW}, 'start of month', '-1 month')")
add("time", "revenue so far this month",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND {MONTH} = strftime('%Y-%m', {NOW})")
add("time", "Q4 2023 revenue?",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} "
    f"AND o.order_date BETWEEN '2023-10-01' AND '2023-12-31'")
add("time", "compare Q1 2024 revenue with Q1 2023, incl. the growth %",
    f"WITH q AS (SELECT SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-03-31' THEN {LINE} END) AS q1_2024, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-03-31' THEN {LINE} END) AS q1_2023 "
    f"{OI} WHERE {NC}) "
    f"SELECT q1_2024, q1_2023, 100.0 * (q1_2024 - q1_2023) / q1_2023 AS growth_pct FROM q")
add("time", "how many orders came in on weekends in 2024?",
    f"SELECT COUNT(*) AS orders FROM orders o "
    f"WHERE {YEAR} = '2024' AND strftime('%w', o.order_date) IN ('0', '6')")
add("time", "monthly sales 2023",
    f"SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} AND {YEAR} = '2023' GROUP BY month")
add("time", "what was our best month ever for sales?",
    f"SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} "
    f"GROUP BY month ORDER BY revenue DESC LIMIT 1", ordered=True)
add("time", "Revenue by year",
    f"SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} GROUP BY year")
add("time", "how many new customers signed up each month in 2024",
    "SELECT strftime('%Y-%m', c.signup_date) AS month, COUNT(*) AS new_customers "
    "FROM customers c WHERE strftime('%Y', c.signup_date) = '2024' GROUP BY month")
add("time", "average days from order to shipment for each sales channel",
    "SELECT o.channel, AVG(julianday(o.ship_date) - julianday(o.order_date)) AS avg_days_to_ship "
    "FROM orders o WHERE o.ship_date IS NOT NULL GROUP BY o.channel")
add("time", "which quarter of 2022 had the fewest units sold",
    f"SELECT {QUARTER} AS quarter, {UNITS} AS units_sold {OI} WHERE {NC} AND {YEAR} = '2022' "
    f"GROUP BY quarter ORDER BY units_sold ASC LIMIT 1", ordered=True)
add("time", "How many orders took 3 or more days to ship?",
    "SELECT COUNT(*) AS orders FROM orders o "
    "WHERE o.ship_date IS NOT NULL AND julianday(o.ship_date) - julianday(o.order_date) >= 3")
add("time", "how many customers placed their first ever order in each year?",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT strftime('%Y', first_order) AS year, COUNT(*) AS new_customers FROM f GROUP BY year")
add("time", "what have customers who signed up in 2023 spent, year by year?",
    f"SELECT {YEAR} AS year, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND strftime('%Y', c.signup_date) = '2023' GROUP BY year")
add("time", "revenue by weekday for 2023",
    f"SELECT {WEEKDAY} AS weekday, {REV} AS revenue {OI} WHERE {NC} AND {YEAR} = '2023' "
    f"GROUP BY strftime('%w', o.order_date)")
add("time", "number of orders in the last 30 days",
    f"SELECT COUNT(*) AS orders FROM orders o "
    f"WHERE o.order_date > date({NOW}, '-30 days') AND o.order_date <= {NOW}")
add("time", "How many orders did we get in the first half of 2024?",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.order_date BETWEEN '2024-01-01' AND '2024-06-30'")
add("time", "what share of 2024 revenue came in Q4",
    f"SELECT 100.0 * SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {LINE} ELSE 0 END) / {REV} "
    f"AS q4_share_pct {OI} WHERE {NC} AND {YEAR} = '2024'")
add("time", "seasonality check: units sold by calendar month, all years combined",
    f"SELECT {MONTHNAME} AS month, {UNITS} AS units_sold {OI} WHERE {NC} "
    f"GROUP BY strftime('%m', o.order_date)")
add("time", "profit by quarter for last year",
    f"SELECT {QUARTER} AS quarter, {PROFIT} AS profit {OIP} WHERE {NC} "
    f"AND CAST({YEAR} AS INTEGER) = CAST(strftime('%Y', {NOW}) AS INTEGER) - 1 GROUP BY quarter")
add("time", "avg order value each year",
    f"SELECT {YEAR} AS year, {AOV} AS average_order_value {OI} WHERE {NC} GROUP BY year")
add("time", "how many products did we launch in 2023",
    "SELECT COUNT(*) AS products FROM products p WHERE strftime('%Y', p.launch_date) = '2023'")
add("time", "which reps were hired in the last two years?",
    f"SELECT {EMP} AS employee, e.hire_date FROM employees e "
    f"WHERE e.hire_date > date({NOW}, '-2 years') AND e.hire_date <= {NOW}")
add("time", "by how much % did revenue grow from 2021 to 2024",
    f"SELECT 100.0 * (SUM(CASE WHEN {YEAR} = '2024' THEN {LINE} END) "
    f"- SUM(CASE WHEN {YEAR} = '2021' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN {YEAR} = '2021' THEN {LINE} END) AS growth_pct {OI} WHERE {NC}")
add("time", "month over month change in number of orders over the last 6 months",
    f"WITH m AS (SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o GROUP BY month), "
    f"g AS (SELECT month, orders, 100.0 * (orders - LAG(orders) OVER (ORDER BY month)) "
    f"/ LAG(orders) OVER (ORDER BY month) AS mom_change_pct FROM m) "
    f"SELECT month, orders, mom_change_pct FROM g "
    f"WHERE month >= strftime('%Y-%m', {NOW}, 'start of month', '-5 months') "
    f"AND month <= strftime('%Y-%m', {NOW})")
add("time", "Which month in 2024 had the most orders?",
    f"SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o WHERE {YEAR} = '2024' "
    f"GROUP BY month ORDER BY orders DESC LIMIT 1", ordered=True)
add("time", "revenue in the last 2 weeks vs the 2 weeks before that",
    f"SELECT SUM(CASE WHEN o.order_date > date({NOW}, '-14 days') THEN {LINE} END) AS last_2_weeks, "
    f"SUM(CASE WHEN o.order_date <= date({NOW}, '-14 days') THEN {LINE} END) AS previous_2_weeks "
    f"{OI} WHERE {NC} AND o.order_date > date({NOW}, '-28 days') AND o.order_date <= {NOW}")
add("time", "average number of days between a customer signing up and placing their first order",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days "
    "FROM customers c JOIN f ON f.customer_id = c.customer_id")
add("time", "how many orders shipped the same day they were placed",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.ship_date = o.order_date")
add("time", "how much did we sell between Dec 1 and Dec 15 2024",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date BETWEEN '2024-12-01' AND '2024-12-15'")
add("time", "number of orders per quarter in 2021",
    f"SELECT {QUARTER} AS quarter, COUNT(*) AS orders FROM orders o WHERE {YEAR} = '2021' GROUP BY quarter")
add("time", "holiday season sales 2024 (november + december)",
    f"SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date BETWEEN '2024-11-01' AND '2024-12-31'")
add("time", "units sold YTD vs the same period last year",
    f"SELECT SUM(CASE WHEN o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW} "
    f"THEN oi.quantity END) AS ytd_units, "
    f"SUM(CASE WHEN o.order_date >= date({NOW}, 'start of year', '-1 year') "
    f"AND o.order_date <= date({NOW}, '-1 year') THEN oi.quantity END) AS same_period_last_year_units "
    f"{OI} WHERE {NC}")
add("time", "of the customers whose first order was in 2023, how many ordered again in 2024?",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT COUNT(*) AS customers FROM f WHERE strftime('%Y', f.first_order) = '2023' "
    "AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.customer_id "
    "AND strftime('%Y', o.order_date) = '2024')")

# ================================================================== measures (35)
add("measures", "what's our gross margin?",
    f"SELECT {MARGIN} AS margin_pct {OIP} WHERE {NC}")
add("measures", "profit by category",
    f"SELECT cat.name AS category, {PROFIT} AS profit {OIP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
add("measures", "margin % for each product category",
    f"SELECT cat.name AS category, {MARGIN} AS margin_pct {OIP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
add("measures", "average order value by sales channel",
    f"SELECT o.channel, {AOV} AS average_order_value {OI} WHERE {NC} GROUP BY o.channel")
add("measures", "what share of revenue does each region bring in?",
    f"SELECT r.name AS region, 100.0 * {REV} / SUM({REV}) OVER () AS revenue_share_pct {OI} "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id")
add("measures", "what percentage of orders were returned?",
    "SELECT 100.0 * SUM(o.status = 'returned') / COUNT(*) AS returned_pct FROM orders o")
add("measures", "% of orders cancelled in 2024",
    f"SELECT 100.0 * SUM(o.status = 'cancelled') / COUNT(*) AS cancelled_pct FROM orders o WHERE {YEAR} = '2024'")
add("measures", "units sold per category in 2024",
    f"SELECT cat.name AS category, {UNITS} AS units_sold {OIP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY cat.category_id")
add("measures", "how much did each customer segment spend",
    f"SELECT c.segment, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.segment")
add("measures", "average discount rate on the order lines that got a discount",
    f"SELECT 100.0 * AVG(oi.discount) AS avg_discount_pct {OI} WHERE {NC} AND oi.discount IS NOT NULL")
add("measures", "how much money did we give away in discounts in 2024?",
    f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount {OI} "
    f"WHERE {NC} AND {YEAR} = '2024'")
add("measures", "cost of goods sold for 2023",
    f"SELECT {COST} AS cost_of_goods_sold {OIP} WHERE {NC} AND {YEAR} = '2023'")
add("measures", "profit per sales rep in 2024",
    f"SELECT {EMP} AS employee, {PROFIT} AS profit {OIP} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND {YEAR} = '2024' GROUP BY e.employee_id")
add("measures", "avg units per order",
    f"SELECT 1.0 * {UNITS} / COUNT(DISTINCT o.order_id) AS avg_units_per_order {OI} WHERE {NC}")
add("measures", "what does the average customer spend with us (customers that actually bought something)",
    f"SELECT {REV} / COUNT(DISTINCT o.customer_id) AS avg_spend_per_customer {OI} WHERE {NC}")
add("measures", "what percent of revenue comes from loyalty members",
    f"SELECT 100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN {LINE} ELSE 0 END) / {REV} AS loyalty_revenue_pct "
    f"{OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}")
add("measures", "gross profit and margin for 2024",
    f"SELECT {PROFIT} AS profit, {MARGIN} AS margin_pct {OIP} WHERE {NC} AND {YEAR} = '2024'")
add("measures", "what % of our sales came from discounted items",
    f"SELECT 100.0 * SUM(CASE WHEN oi.discount > 0 THEN {LINE} ELSE 0 END) / {REV} AS discounted_revenue_pct "
    f"{OI} WHERE {NC}")
add("measures", "average list price of products in each category",
    "SELECT cat.name AS category, AVG(p.unit_price) AS avg_price FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id")
add("measures", "share of orders by channel",
    "SELECT o.channel, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM orders) AS orders_pct "
    "FROM orders o GROUP BY o.channel")
add("measures", "average order value for corporate customers in 2024",
    f"SELECT {AOV} AS average_order_value {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Corporate' AND {YEAR} = '2024'")
add("measures", "how much profit did the discontinued products make",
    f"SELECT {PROFIT} AS profit {OIP} WHERE {NC} AND p.discontinued = 1")
add("measures", "total shipping cost of orders in 2023",
    f"SELECT SUM(o.shipping_cost) AS shipping_cost FROM orders o WHERE {NC} AND {YEAR} = '2023'")
add("measures", "what percentage of orders are still pending or shipped but not yet delivered",
    "SELECT 100.0 * SUM(o.status IN ('pending', 'shipped')) / COUNT(*) AS open_orders_pct FROM orders o")
add("measures", "average salary by job title",
    "SELECT e.title, AVG(e.salary) AS avg_salary FROM employees e GROUP BY e.title")
add("measures", "return rate by channel",
    "SELECT o.channel, 100.0 * SUM(o.status = 'returned') / COUNT(*) AS return_rate_pct "
    "FROM orders o GROUP BY o.channel")
add("measures", "how much revenue was on orders that came back as returns in 2024",
    f"SELECT {REV} AS returned_revenue {OI} WHERE o.status = 'returned' AND {YEAR} = '2024'")
add("measures", "margin by customer segment",
    f"SELECT c.segment, {MARGIN} AS margin_pct {OIP} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.segment")
add("measures", "what % of customers are in the loyalty program",
    "SELECT 100.0 * SUM(c.loyalty_member = 1) / COUNT(*) AS loyalty_pct FROM customers c")
add("measures", "average number of line items per order",
    f"SELECT 1.0 * COUNT(*) / COUNT(DISTINCT o.order_id) AS avg_lines_per_order {OI} WHERE {NC}")
add("measures", "AOV online vs in store",
    f"SELECT o.channel, {AOV} AS average_order_value {OI} WHERE {NC} AND o.channel IN ('online', 'store') "
    f"GROUP BY o.channel")
add("measures", "average profit per unit sold for each category",
    f"SELECT cat.name AS category, ({PROFIT}) / {UNITS} AS profit_per_unit {OIP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
add("measures", "revenue and units sold by region",
    f"SELECT r.name AS region, {REV} AS revenue, {UNITS} AS units_sold {OI} "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id")
add("measures", "Electronics revenue as a % of total revenue in 2024",
    f"SELECT 100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN {LINE} ELSE 0 END) / {REV} AS electronics_pct "
    f"{OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND {YEAR} = '2024'")
add("measures", "average shipping cost per order in each region",
    f"SELECT r.name AS region, AVG(o.shipping_cost) AS avg_shipping_cost FROM orders o "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id")

# =================================================================== tricky (25)
add("tricky", "How many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "which products didnt sell at all in 2024?",
    f"SELECT p.name AS product FROM products p WHERE NOT EXISTS (SELECT 1 {OI} "
    f"WHERE oi.product_id = p.product_id AND {NC} AND {YEAR} = '2024')")
add("tricky", "how many products brought in more revenue than the average product",
    f"WITH pr AS (SELECT oi.product_id, {REV} AS revenue {OI} WHERE {NC} GROUP BY oi.product_id) "
    f"SELECT COUNT(*) AS products FROM pr WHERE revenue > (SELECT AVG(revenue) FROM pr)")
add("tricky", "how many customers have ordered both online and in store?",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'online') "
    "AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'store')")
add("tricky", "number of customers who bought Electronics but never bought any Furniture",
    f"SELECT COUNT(*) AS customers FROM customers c "
    f"WHERE EXISTS (SELECT 1 {OIP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE o.customer_id = c.customer_id AND {NC} AND cat.name = 'Electronics') "
    f"AND NOT EXISTS (SELECT 1 {OIP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE o.customer_id = c.customer_id AND {NC} AND cat.name = 'Furniture')")
add("tricky", "which employees had no orders at all in 2021?",
    f"SELECT {EMP} AS employee FROM employees e WHERE NOT EXISTS "
    f"(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id AND {YEAR} = '2021')")
add("tricky", "which categories more than doubled their revenue from 2021 to 2024?",
    f"WITH cy AS (SELECT cat.name AS category, "
    f"SUM(CASE WHEN {YEAR} = '2021' THEN {LINE} END) AS rev_2021, "
    f"SUM(CASE WHEN {YEAR} = '2024' THEN {LINE} END) AS rev_2024 "
    f"{OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id) "
    f"SELECT category FROM cy WHERE rev_2024 > 2 * rev_2021")
add("tricky", "ratio of online revenue to store revenue",
    f"SELECT SUM(CASE WHEN o.channel = 'online' THEN {LINE} END) "
    f"/ SUM(CASE WHEN o.channel = 'store' THEN {LINE} END) AS online_to_store_ratio {OI} WHERE {NC}")
add("tricky", "how many customers spent more than the avg customer?",
    f"WITH cs AS (SELECT o.customer_id, {REV} AS spend {OI} WHERE {NC} GROUP BY o.customer_id) "
    f"SELECT COUNT(*) AS customers FROM cs WHERE spend > (SELECT AVG(spend) FROM cs)")
add("tricky", "which sales reps have an average order value above the company-wide AOV",
    f"SELECT {EMP} AS employee FROM employees e JOIN orders o ON o.employee_id = e.employee_id "
    f"JOIN order_items oi ON oi.order_id = o.order_id WHERE {NC} GROUP BY e.employee_id "
    f"HAVING {AOV} > (SELECT {AOV} {OI} WHERE {NC})")
add("tricky", "how many products are priced above the average price of their own category",
    "SELECT COUNT(*) AS products FROM products p "
    "WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
add("tricky", "which countries have more customers than the average country does",
    "WITH cc AS (SELECT country, COUNT(*) AS customers FROM customers GROUP BY country) "
    "SELECT country FROM cc WHERE customers > (SELECT AVG(customers) FROM cc)")
add("tricky", "how many customers ordered in 2023 but not in 2024",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2023') "
    "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2024')")
add("tricky", "how many customers placed orders in both 2023 and 2024?",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2023') "
    "AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2024')")
add("tricky", "how many orders were worth more than double the average order value",
    f"WITH ov AS ({ORDER_VALUES}) "
    f"SELECT COUNT(*) AS orders FROM ov WHERE order_value > 2 * (SELECT {AOV} {OI} WHERE {NC})")
add("tricky", "which months of 2024 had revenue below the 2024 monthly average?",
    f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} AND {YEAR} = '2024' GROUP BY month) "
    f"SELECT month, revenue FROM m WHERE revenue < (SELECT AVG(revenue) FROM m)")
add("tricky", "which regions have a higher return rate than the company overall",
    "SELECT r.name AS region FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id GROUP BY r.region_id "
    "HAVING 1.0 * SUM(o.status = 'returned') / COUNT(*) > "
    "(SELECT 1.0 * SUM(status = 'returned') / COUNT(*) FROM orders)")
add("tricky", "how many customers have orders but every single one of them was cancelled",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) "
    "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled')")
add("tricky", "which products have a margin under 20%?",
    f"SELECT p.name AS product, {MARGIN} AS margin_pct {OIP} WHERE {NC} "
    f"GROUP BY p.product_id HAVING {MARGIN} < 20")
add("tricky", "which reps more than doubled their sales from 2023 to 2024",
    f"WITH es AS (SELECT e.employee_id, {EMP} AS employee, "
    f"SUM(CASE WHEN {YEAR} = '2023' THEN {LINE} END) AS rev_2023, "
    f"SUM(CASE WHEN {YEAR} = '2024' THEN {LINE} END) AS rev_2024 "
    f"{OI} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id) "
    f"SELECT employee FROM es WHERE rev_2024 > 2 * rev_2023")
add("tricky", "how many customers have bought from at least 8 different product categories",
    f"WITH cc AS (SELECT o.customer_id, COUNT(DISTINCT p.category_id) AS categories {OIP} "
    f"WHERE {NC} GROUP BY o.customer_id) SELECT COUNT(*) AS customers FROM cc WHERE categories >= 8")
add("tricky", "is there anyone on the team who has never handled a single order?",
    f"SELECT {EMP} AS employee FROM employees e "
    f"WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)")
add("tricky", "ratio of returned orders to delivered orders",
    "SELECT 1.0 * SUM(o.status = 'returned') / SUM(o.status = 'delivered') AS returned_to_delivered_ratio "
    "FROM orders o")
add("tricky", "how many customers used to order but haven't placed anything in the last 12 months",
    f"SELECT COUNT(*) AS customers FROM customers c "
    f"WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) "
    f"AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id "
    f"AND o.order_date >= date({NOW}, 'start of month', '-11 months'))")
add("tricky", "of the customers who have ordered, what percent ordered more than once?",
    "WITH co AS (SELECT customer_id, COUNT(*) AS orders FROM orders GROUP BY customer_id) "
    "SELECT 100.0 * SUM(orders > 1) / COUNT(*) AS repeat_customer_pct FROM co")

# ================================================================== filters (15)
add("filters", "how many orders over $500 did we get in 2024?",
    f"WITH ov AS (SELECT o.order_id, {REV} AS order_value {OI} WHERE {NC} AND {YEAR} = '2024' GROUP BY o.order_id) "
    f"SELECT COUNT(*) AS orders FROM ov WHERE order_value > 500")
add("filters", "list products priced between $100 and $200",
    "SELECT p.name AS product, p.unit_price FROM products p WHERE p.unit_price BETWEEN 100 AND 200")
add("filters", "how many custmers do we have in Canada",
    "SELECT COUNT(*) AS customers FROM customers c WHERE c.country = 'Canada'")
add("filters", "revenue from small business customers in France",
    f"SELECT {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Small Business' AND c.country = 'France'")
add("filters", "pull the pending orders with their date and customer",
    f"SELECT o.order_id, o.order_date, {CUST} AS customer FROM orders o "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'pending'")
add("filters", "employees earning over $100,000",
    f"SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.salary > 100000")
add("filters", "how many orders had shipping costs above $10",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.shipping_cost > 10")
add("filters", "how many order lines got a discount of 20% or more",
    f"SELECT COUNT(*) AS order_lines {OI} WHERE {NC} AND oi.discount >= 0.2")
add("filters", "how many products cost us less than $20 a unit",
    "SELECT COUNT(*) AS products FROM products p WHERE p.unit_cost < 20")
add("filters", "total revenue from orders between $1,000 and $2,000",
    f"WITH ov AS ({ORDER_VALUES}) SELECT SUM(order_value) AS revenue FROM ov "
    f"WHERE order_value BETWEEN 1000 AND 2000")
add("filters", "number of corporate customers in Japan or South Korea",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE c.segment = 'Corporate' AND c.country IN ('Japan', 'South Korea')")
add("filters", "how many phone orders were returned in 2023",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE o.channel = 'phone' AND o.status = 'returned' AND {YEAR} = '2023'")
add("filters", "loyalty members in the UK - how many?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE c.loyalty_member = 1 AND c.country = 'United Kingdom'")
add("filters", "show me the discontinued products",
    "SELECT p.name AS product FROM products p WHERE p.discontinued = 1")
add("filters", "count of orders totaling at least $1,500",
    f"WITH ov AS ({ORDER_VALUES}) SELECT COUNT(*) AS orders FROM ov WHERE order_value >= 1500")

# ===================================================================== topn (15)
add("topn", "Top 5 customers by revenue",
    f"SELECT {CUST} AS customer, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5", ordered=True)
add("topn", "top 3 categories by profit",
    f"SELECT cat.name AS category, {PROFIT} AS profit {OIP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.category_id ORDER BY profit DESC LIMIT 3", ordered=True)
add("topn", "best selling product in 2024 by units",
    f"SELECT p.name AS product, {UNITS} AS units_sold {OIP} WHERE {NC} AND {YEAR} = '2024' "
    f"GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 1", ordered=True)
add("topn", "5 weakest products by revenue",
    f"SELECT p.name AS product, {REV} AS revenue {OIP} WHERE {NC} "
    f"GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5", ordered=True)
add("topn", "top 10 countries by number of customers",
    "SELECT c.country, COUNT(*) AS customers FROM customers c GROUP BY c.country "
    "ORDER BY customers DESC LIMIT 10", ordered=True)
add("topn", "who was our best sales rep in 2024 by revenue?",
    f"SELECT {EMP} AS employee, {REV} AS revenue {OI} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND {YEAR} = '2024' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 1", ordered=True)
add("topn", "what was our weakest region in 2023 in terms of sales",
    f"SELECT r.name AS region, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND {YEAR} = '2023' "
    f"GROUP BY r.region_id ORDER BY revenue ASC LIMIT 1", ordered=True)
add("topn", "top 5 cities by revenue",
    f"SELECT c.city, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.city ORDER BY revenue DESC LIMIT 5", ordered=True)
add("topn", "worst 3 categories by margin",
    f"SELECT cat.name AS category, {MARGIN} AS margin_pct {OIP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.category_id ORDER BY margin_pct ASC LIMIT 3", ordered=True)
add("topn", "the 3 biggest orders ever by value",
    f"SELECT o.order_id, {REV} AS order_value {OI} WHERE {NC} "
    f"GROUP BY o.order_id ORDER BY order_value DESC LIMIT 3", ordered=True)
add("topn", "top 3 customers by number of orders",
    f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    f"GROUP BY c.customer_id ORDER BY orders DESC LIMIT 3", ordered=True)
add("topn", "which channel has the lowest average order value",
    f"SELECT o.channel, {AOV} AS average_order_value {OI} WHERE {NC} "
    f"GROUP BY o.channel ORDER BY average_order_value ASC LIMIT 1", ordered=True)
add("topn", "top 3 employees by orders handled in 2024",
    f"SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {YEAR} = '2024' GROUP BY e.employee_id ORDER BY orders DESC LIMIT 3", ordered=True)
add("topn", "give me the top 5 products by total discount amount",
    f"SELECT p.name AS product, SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount "
    f"{OIP} WHERE {NC} GROUP BY p.product_id ORDER BY discount_amount DESC LIMIT 5", ordered=True)
add("topn", "top 5 companys by revenue",
    f"SELECT c.company, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.company IS NOT NULL AND c.company <> '' "
    f"GROUP BY c.company ORDER BY revenue DESC LIMIT 5", ordered=True)

# =============================================================== breakdowns (13)
add("breakdowns", "revenue by region",
    f"SELECT r.name AS region, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id")
add("breakdowns", "Number of orders by status",
    "SELECT o.status, COUNT(*) AS orders FROM orders o GROUP BY o.status")
add("breakdowns", "customers per segment",
    "SELECT c.segment, COUNT(*) AS customers FROM customers c GROUP BY c.segment")
add("breakdowns", "break down revenue by channel and year",
    f"SELECT o.channel, {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} GROUP BY o.channel, year")
add("breakdowns", "units sold by category",
    f"SELECT cat.name AS category, {UNITS} AS units_sold {OIP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
add("breakdowns", "how many products in each category",
    "SELECT cat.name AS category, COUNT(*) AS products FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id")
add("breakdowns", "revenue split by customer segment and region",
    f"SELECT c.segment, r.name AS region, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY c.segment, r.region_id")
add("breakdowns", "employees by job title",
    "SELECT e.title, COUNT(*) AS employees FROM employees e GROUP BY e.title")
add("breakdowns", "avg shipping cost by chanel",
    f"SELECT o.channel, AVG(o.shipping_cost) AS avg_shipping_cost FROM orders o WHERE {NC} GROUP BY o.channel")
add("breakdowns", "customer count by country for europe",
    "SELECT c.country, COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id "
    "WHERE r.name = 'Europe' GROUP BY c.country")
add("breakdowns", "sales from loyalty members vs non-members",
    f"SELECT c.loyalty_member, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.loyalty_member")
add("breakdowns", "profit by region",
    f"SELECT r.name AS region, {PROFIT} AS profit {OIP} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id")
add("breakdowns", "orders per channel",
    "SELECT o.channel, COUNT(*) AS orders FROM orders o GROUP BY o.channel")

# =================================================================== simple (12)
add("simple", "How many customers are there?",
    "SELECT COUNT(*) AS customers FROM customers")
add("simple", "total revenue",
    f"SELECT {REV} AS revenue {OI} WHERE {NC}")
add("simple", "How many orders were cancelled?",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'cancelled'")
add("simple", "how many products do we carry",
    "SELECT COUNT(*) AS products FROM products")
add("simple", "how many employees do we have",
    "SELECT COUNT(*) AS employees FROM employees")
add("simple", "total units sold",
    f"SELECT {UNITS} AS units_sold {OI} WHERE {NC}")
add("simple", "what's the average order value",
    f"SELECT {AOV} AS average_order_value {OI} WHERE {NC}")
add("simple", "total profit",
    f"SELECT {PROFIT} AS profit {OIP} WHERE {NC}")
add("simple", "how many orders in total",
    "SELECT COUNT(*) AS orders FROM orders")
add("simple", "average product price",
    "SELECT AVG(p.unit_price) AS avg_price FROM products p")
add("simple", "how many customers are loyalty members",
    "SELECT COUNT(*) AS customers FROM customers c WHERE c.loyalty_member = 1")
add("simple", "list the product categories",
    "SELECT cat.name AS category FROM categories cat")

TARGET = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
          "breakdowns": 13, "simple": 12}


# ------------------------------------------------------------------------- checks
def strip_over(sql):
    """Remove OVER (...) clauses (balanced parentheses) so window ORDER BYs are ignored."""
    out, i = [], 0
    up = sql.upper()
    while i < len(sql):
        m = re.compile(r"OVER\s*\(").search(up, i)
        if not m:
            out.append(sql[i:])
            break
        out.append(sql[i:m.start()])
        depth, j = 1, m.end()
        while j < len(sql) and depth:
            depth += {"(": 1, ")": -1}.get(sql[j], 0)
            j += 1
        i = j
    return "".join(out)


def check(con, idx, kind, question, sql, opts):
    errs = []
    if not re.match(r"^\s*(SELECT|WITH)\b", sql, re.I):
        errs.append("not a SELECT/WITH")
    if ";" in sql:
        errs.append("contains ';'")
    try:
        rows = con.execute(sql).fetchall()
    except sqlite3.Error as e:
        return [f"error: {e}"]
    if not rows:
        errs.append("empty result")
    elif all(v is None for r in rows for v in r):
        errs.append("all NULL result")
    has_order = re.search(r"\bORDER\s+BY\b", strip_over(sql), re.I) is not None
    if opts.get("ordered") and not has_order:
        errs.append("question asks for an order but query has no ORDER BY")
    if not opts.get("ordered") and has_order:
        errs.append("ORDER BY without an order/top-N question")
    m = re.search(r"\s+LIMIT\s+(\d+)\s*$", sql, re.I)
    if m:
        n = int(m.group(1))
        if not opts.get("ordered"):
            errs.append("LIMIT without ORDER BY")
        full = con.execute(sql[:m.start()]).fetchall()
        col = opts.get("tie", -1)
        if len(full) > n:
            a, b = full[n - 1][col], full[n][col]
            same = (a == b) if not (isinstance(a, float) or isinstance(b, float)) \
                else (a is not None and b is not None and abs(a - b) < 1e-9)
            if same:
                errs.append(f"tie at row {n}: {a!r} == {b!r}")
        if len(rows) != min(n, len(full)):
            errs.append("LIMIT row count mismatch")
    # percentages 0-100 sanity: any column named *pct must lie in [-100, 10000]
    try:
        cols = [d[0] for d in con.execute(sql).description]
    except sqlite3.Error:
        cols = []
    for ci, name in enumerate(cols):
        if name.endswith("pct") and name not in ("yoy_growth_pct", "mom_growth_pct", "growth_pct",
                                                  "mom_change_pct"):
            for r in rows:
                v = r[ci]
                if v is not None and not (0 <= v <= 100):
                    errs.append(f"{name}={v} outside 0-100")
                    break
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--show", action="store_true", help="print each result (first rows)")
    args = ap.parse_args()
    if not os.path.exists(args.db):
        sys.exit(f"no such database: {args.db}")
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)

    failures = []
    counts = {}
    seen = set()
    for i, (kind, question, sql, opts) in enumerate(Q):
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in TARGET:
            failures.append((i, question, [f"unknown kind {kind}"]))
        if question.lower() in seen:
            failures.append((i, question, ["duplicate question"]))
        seen.add(question.lower())
        errs = check(con, i, kind, question, sql, opts)
        if errs:
            failures.append((i, question, errs))
        if args.show:
            rows = con.execute(sql).fetchall()
            print(f"[{i}] {kind}: {question}\n    {len(rows)} rows: {rows[:6]}")
    for k, n in TARGET.items():
        if counts.get(k, 0) != n:
            failures.append((-1, k, [f"kind {k}: {counts.get(k, 0)} questions, want {n}"]))
    if len(Q) != sum(TARGET.values()):
        failures.append((-1, "total", [f"{len(Q)} questions, want {sum(TARGET.values())}"]))

    if failures:
        for i, q, errs in failures:
            print(f"FAIL [{i}] {q}: {'; '.join(errs)}")
        print(f"{len(failures)} failure(s); nothing written")
        sys.exit(1)

    here = os.path.dirname(os.path.abspath(__file__))
    data = [{"question": q, "db_id": "demo", "query": sql} for (_, q, sql, _) in Q]
    kinds = {str(i): k for i, (k, _, _, _) in enumerate(Q)}
    with open(os.path.join(here, "demo_v12.json"), "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    with open(os.path.join(here, "demo_v12_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=2)
        f.write("\n")
    print(f"all {len(Q)} checks passed: " + ", ".join(f"{k} {counts[k]}" for k in TARGET))
    print(f"wrote {os.path.join(here, 'demo_v12.json')} and demo_v12_kinds.json")


if __name__ == "__main__":
    main()
