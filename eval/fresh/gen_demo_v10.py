#!/usr/bin/env python3
"""Held-out question set v10 for the genbi demo sales database (db_id "demo").

Usage:  python3 gen_demo_v10.py --db /tmp/blind16/demo/demo.sqlite

Re-runs every gold query, checks it, and only when every check passes writes
demo_v10.json ([{"question", "db_id": "demo", "query"}]) and demo_v10_kinds.json
({"<index>": kind}) beside this script.

Kinds and counts: time 45, measures 35, tricky 25, filters 15, topn 15,
breakdowns 13, simple 12 (160 in all).

Conventions
-----------
* Metrics follow demo.semantic.yaml exactly, with their default filter
  (orders.status <> 'cancelled'):
    revenue  = SUM(quantity * unit_price * (1 - COALESCE(discount, 0)))
    units    = SUM(quantity)
    AOV      = revenue / COUNT(DISTINCT order_id)
    profit   = revenue - SUM(quantity * products.unit_cost)
    margin   = 100.0 * profit / NULLIF(revenue, 0)
  Words that mean a metric ("spent", "sales", "sold", "worth") use it and its
  filter.  A question that explicitly names cancelled orders overrides the filter.
* Plain counts of orders ("how many orders", "ordered", "placed an order") count
  every order, whatever its status, unless the question narrows them.
* An order's value ("orders worth more than $1,500") is that order's revenue,
  so cancelled orders are excluded.
* An order's region/country is its customer's region/country (semantic layer
  joins); a rep's region is employees.region_id only when the question says so.
* "Now" is the data's last order date, computed in SQL as
  (SELECT MAX(order_date) FROM orders).  This year / last year / this month /
  last month / YTD are calendar periods relative to it; YTD runs from the
  start of now's year to now.  "Last N months" are the N calendar months ending
  with now's month (now's month included); "last N weeks" / "last N days" are
  the 7N / N days ending with now (order_date > date(now, '-7N days')).
* Quarters are calendar quarters (fiscal_year_start: 1); weekdays come from
  strftime('%w') and are returned by name; months as 'YYYY-MM'.
* Days between two dates = julianday(later) - julianday(earlier).
* People (customers, employees) are returned as one column "first last".
* Percentages are on a 0-100 scale; nothing is rounded unless asked.
* Each query returns exactly the columns asked for: a label plus the measure
  for breakdowns and rankings, a single value for a single number, and
  "which X has the most Y" returns X and the value; "which X meet a condition"
  (a list of entities) returns just X.
* ORDER BY only where the question asks for an order (top/bottom N, ranked,
  sorted, trend, over time, month by month, running total).
* Checks: every gold query returns at least one row and not only NULLs; for a
  query ending in LIMIT n the query is re-run without it and fails if row n
  ties with row n+1 on the sort key (last column unless stated); no duplicate
  questions (case/space/punctuation-insensitive); the counts per kind match.
"""
import argparse
import json
import os
import re
import sqlite3
import sys

NOW = "(SELECT MAX(order_date) FROM orders)"
REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COST = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"{REV} - {COST}"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
UNITS = "SUM(oi.quantity)"
NC = "o.status <> 'cancelled'"
FI = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
FIP = FI + " JOIN products p ON p.product_id = oi.product_id"
FIPC = FIP + " JOIN categories cat ON cat.category_id = p.category_id"
FIC = FI + " JOIN customers c ON c.customer_id = o.customer_id"
FICR = FIC + " JOIN regions r ON r.region_id = c.region_id"
YR = "strftime('%Y', o.order_date)"
MON = "strftime('%Y-%m', o.order_date)"
QTR = "(CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3"
WDAY = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
        "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
        "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
NOWY = f"CAST(strftime('%Y', {NOW}) AS INTEGER)"
OYI = "CAST(strftime('%Y', o.order_date) AS INTEGER)"
EMP = "e.first_name || ' ' || e.last_name"
CUS = "c.first_name || ' ' || c.last_name"
SHIPD = "julianday(o.ship_date) - julianday(o.order_date)"
# per-order revenue (non-cancelled orders)
ORDV = f"SELECT o.order_id, {REV} AS order_value {FI} WHERE {NC} GROUP BY o.order_id"

Q = []


def q(kind, question, sql, key=-1):
    Q.append({"kind": kind, "question": question, "query": " ".join(sql.split()), "key": key})


# ---------------------------------------------------------------- time (45)
q("time", "revenue by quarter for 2024",
  f"SELECT {QTR} AS quarter, {REV} AS revenue {FI} WHERE {NC} AND {YR} = '2024' GROUP BY quarter")
q("time", "How many orders did we get in Q3 2023?",
  "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2023-07-01' AND '2023-09-30'")
q("time", "What was our revenue in March 2024?",
  f"SELECT {REV} AS revenue {FI} WHERE {NC} AND {MON} = '2024-03'")
q("time", "units sold in feb 2022",
  f"SELECT {UNITS} AS units_sold {FI} WHERE {NC} AND {MON} = '2022-02'")
q("time", "Which day of the week gets the most orders?",
  f"SELECT {WDAY} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY weekday ORDER BY orders DESC LIMIT 1")
q("time", "revenue by weekday",
  f"SELECT {WDAY} AS weekday, {REV} AS revenue {FI} WHERE {NC} GROUP BY weekday")
q("time", "Show me revenue month by month for the last 6 months",
  f"SELECT {MON} AS month, {REV} AS revenue {FI} WHERE {NC} "
  f"AND o.order_date >= date({NOW}, 'start of month', '-5 months') GROUP BY month ORDER BY month")
q("time", "how many orders came in over the last 4 weeks?",
  f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-28 days')")
q("time", "Revenue year to date",
  f"SELECT {REV} AS revenue {FI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of year') "
  f"AND o.order_date <= {NOW}")
q("time", "What's our year-over-year revenue growth, this year vs last year, in %?",
  f"WITH y AS (SELECT {OYI} AS yr, {REV} AS revenue {FI} WHERE {NC} GROUP BY yr) "
  f"SELECT 100.0 * (t.revenue - l.revenue) / l.revenue AS yoy_growth_pct "
  f"FROM y t JOIN y l ON l.yr = t.yr - 1 WHERE t.yr = {NOWY}")
q("time", "month-over-month revenue growth % for 2024, month by month",
  f"WITH m AS (SELECT {MON} AS month, {REV} AS revenue {FI} WHERE {NC} GROUP BY month), "
  "g AS (SELECT month, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) "
  "/ LAG(revenue) OVER (ORDER BY month) AS mom_growth_pct FROM m) "
  "SELECT month, mom_growth_pct FROM g WHERE month LIKE '2024-%' ORDER BY month")
q("time", "On average how many days does it take us to ship an order?",
  f"SELECT AVG({SHIPD}) AS avg_days_to_ship FROM orders o WHERE o.ship_date IS NOT NULL")
q("time", "How many days are there between our very first order and the most recent one?",
  "SELECT julianday(MAX(order_date)) - julianday(MIN(order_date)) AS days FROM orders")
q("time", "Of the customers who signed up in 2022, how many placed an order within 30 days of signing up?",
  "SELECT COUNT(DISTINCT c.customer_id) AS customers FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
  "WHERE strftime('%Y', c.signup_date) = '2022' AND o.order_date >= c.signup_date "
  "AND o.order_date <= date(c.signup_date, '+30 days')")
q("time", "signup-year cohorts: for each signup year, how many customers joined and how much revenue has that cohort brought in?",
  f"SELECT strftime('%Y', c.signup_date) AS signup_year, COUNT(*) AS customers, SUM(r.revenue) AS revenue "
  f"FROM customers c LEFT JOIN (SELECT o.customer_id, {REV} AS revenue {FI} WHERE {NC} GROUP BY o.customer_id) r "
  "ON r.customer_id = c.customer_id GROUP BY signup_year")
q("time", "number of orders this year vs last year",
  f"SELECT SUM(CASE WHEN {OYI} = {NOWY} THEN 1 ELSE 0 END) AS orders_this_year, "
  f"SUM(CASE WHEN {OYI} = {NOWY} - 1 THEN 1 ELSE 0 END) AS orders_last_year FROM orders o")
q("time", "what was revenue last year?",
  f"SELECT {REV} AS revenue {FI} WHERE {NC} AND {OYI} = {NOWY} - 1")
q("time", "how many orders have we had so far this month",
  f"SELECT COUNT(*) AS orders FROM orders WHERE order_date >= date({NOW}, 'start of month') AND order_date <= {NOW}")
q("time", "revenue last month?",
  f"SELECT {REV} AS revenue {FI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-1 month') "
  f"AND o.order_date < date({NOW}, 'start of month')")
q("time", "Which month of 2023 had the highest revenue?",
  f"SELECT {MON} AS month, {REV} AS revenue {FI} WHERE {NC} AND {YR} = '2023' "
  "GROUP BY month ORDER BY revenue DESC LIMIT 1")
q("time", "revenue trend by year",
  f"SELECT {YR} AS year, {REV} AS revenue {FI} WHERE {NC} GROUP BY year ORDER BY year")
q("time", "number of orders per month in 2024, month by month",
  "SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders "
  "WHERE strftime('%Y', order_date) = '2024' GROUP BY month ORDER BY month")
q("time", "avg days from order to shipment for each sales channel",
  f"SELECT o.channel, AVG({SHIPD}) AS avg_days_to_ship FROM orders o WHERE o.ship_date IS NOT NULL GROUP BY o.channel")
q("time", "how many new customers signed up each year",
  "SELECT strftime('%Y', signup_date) AS signup_year, COUNT(*) AS customers FROM customers GROUP BY signup_year")
q("time", "What percent of 2024 revenue came in Q4?",
  f"SELECT 100.0 * SUM(CASE WHEN {QTR} = 4 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
  f"/ {REV} AS q4_share_pct {FI} WHERE {NC} AND {YR} = '2024'")
q("time", "revenue on weekends vs weekdays",
  f"SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS day_type, "
  f"{REV} AS revenue {FI} WHERE {NC} GROUP BY day_type")
q("time", "how many orders were placed on mondays in 2023",
  "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%w', order_date) = '1' AND strftime('%Y', order_date) = '2023'")
q("time", "Which quarter of 2022 had the lowest units sold?",
  f"SELECT {QTR} AS quarter, {UNITS} AS units_sold {FI} WHERE {NC} AND {YR} = '2022' "
  "GROUP BY quarter ORDER BY units_sold ASC LIMIT 1")
q("time", "Q1 2024 revenue growth vs Q1 2023, in percent",
  f"SELECT 100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-03-31' "
  "THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
  "- SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-03-31' "
  "THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)) "
  "/ SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-03-31' "
  "THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS growth_pct "
  f"{FI} WHERE {NC}")
q("time", "total sales in the first half of 2023",
  f"SELECT {REV} AS revenue {FI} WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-06-30'")
q("time", "How many orders took more than 3 days to ship?",
  f"SELECT COUNT(*) AS orders FROM orders o WHERE o.ship_date IS NOT NULL AND {SHIPD} > 3")
q("time", "whats the longest gap in days between order date and ship date",
  f"SELECT MAX({SHIPD}) AS max_days FROM orders o WHERE o.ship_date IS NOT NULL")
q("time", "Average number of days between a customer signing up and placing their first order",
  "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days FROM customers c "
  "JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f "
  "ON f.customer_id = c.customer_id")
q("time", "how many customers placed their first ever order in each month of 2024? month by month pls",
  "SELECT first_month AS month, COUNT(*) AS customers FROM "
  "(SELECT customer_id, strftime('%Y-%m', MIN(order_date)) AS first_month FROM orders GROUP BY customer_id) "
  "WHERE first_month LIKE '2024-%' GROUP BY first_month ORDER BY first_month")
q("time", "units sold YTD compared with the same period last year",
  f"SELECT SUM(CASE WHEN o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW} "
  "THEN oi.quantity ELSE 0 END) AS units_ytd, "
  f"SUM(CASE WHEN o.order_date >= date({NOW}, 'start of year', '-1 year') AND o.order_date <= date({NOW}, '-1 year') "
  f"THEN oi.quantity ELSE 0 END) AS units_same_period_last_year {FI} WHERE {NC}")
q("time", "revenue in the last 90 days",
  f"SELECT {REV} AS revenue {FI} WHERE {NC} AND o.order_date > date({NOW}, '-90 days')")
q("time", "orders by month over the past 18 months, in date order",
  f"SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders "
  f"WHERE order_date >= date({NOW}, 'start of month', '-17 months') GROUP BY month ORDER BY month")
q("time", "What was the busiest single day of 2024 by number of orders?",
  "SELECT order_date, COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2024' "
  "GROUP BY order_date ORDER BY orders DESC LIMIT 1")
q("time", "how many orders did we take on christmas eve 2023",
  "SELECT COUNT(*) AS orders FROM orders WHERE order_date = '2023-12-24'")
q("time", "By how many percent did the order count change from October to November 2024?",
  "SELECT 100.0 * (SUM(CASE WHEN strftime('%Y-%m', order_date) = '2024-11' THEN 1 ELSE 0 END) "
  "- SUM(CASE WHEN strftime('%Y-%m', order_date) = '2024-10' THEN 1 ELSE 0 END)) "
  "/ SUM(CASE WHEN strftime('%Y-%m', order_date) = '2024-10' THEN 1 ELSE 0 END) AS change_pct FROM orders")
q("time", "average monthly revenue in 2023",
  f"SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT {MON} AS month, {REV} AS revenue {FI} "
  f"WHERE {NC} AND {YR} = '2023' GROUP BY month)")
q("time", "How many of the customers whose first order was in 2023 ordered again in 2024?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
  "HAVING strftime('%Y', MIN(order_date)) = '2023') f "
  "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.customer_id AND strftime('%Y', o.order_date) = '2024')")
q("time", "YoY growth of Electronics revenue for 2022, 2023 and 2024 (%)",
  f"WITH y AS (SELECT {OYI} AS yr, {REV} AS revenue {FIPC} WHERE {NC} AND cat.name = 'Electronics' GROUP BY yr) "
  "SELECT t.yr AS year, 100.0 * (t.revenue - l.revenue) / l.revenue AS yoy_growth_pct "
  "FROM y t JOIN y l ON l.yr = t.yr - 1 WHERE t.yr BETWEEN 2022 AND 2024")
q("time", "how many orders were shipped the same day they were placed?",
  "SELECT COUNT(*) AS orders FROM orders WHERE ship_date = order_date")
q("time", "which reps did we hire in 2024?",
  f"SELECT {EMP} AS employee FROM employees e WHERE strftime('%Y', e.hire_date) = '2024'")

# ------------------------------------------------------------- measures (35)
q("measures", "total revenue all time?",
  f"SELECT {REV} AS revenue {FI} WHERE {NC}")
q("measures", "How much profit did we make in 2024?",
  f"SELECT {PROFIT} AS profit {FIP} WHERE {NC} AND {YR} = '2024'")
q("measures", "what's our overall gross margin %",
  f"SELECT {MARGIN} AS margin_pct {FIP} WHERE {NC}")
q("measures", "average order value in 2023",
  f"SELECT {AOV} AS average_order_value {FI} WHERE {NC} AND {YR} = '2023'")
q("measures", "AOV by channel",
  f"SELECT o.channel, {AOV} AS average_order_value {FI} WHERE {NC} GROUP BY o.channel")
q("measures", "profit margin per product category",
  f"SELECT cat.name AS category, {MARGIN} AS margin_pct {FIPC} WHERE {NC} GROUP BY cat.name")
q("measures", "gross profit by region",
  f"SELECT r.name AS region, {PROFIT} AS profit {FIP} JOIN customers c ON c.customer_id = o.customer_id "
  f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name")
q("measures", "How many units of furniture did we sell?",
  f"SELECT {UNITS} AS units_sold {FIPC} WHERE {NC} AND cat.name = 'Furniture'")
q("measures", "each category's share of total revenue in %",
  f"SELECT cat.name AS category, 100.0 * {REV} / (SELECT {REV} {FI} WHERE {NC}) AS revenue_share_pct "
  f"{FIPC} WHERE {NC} GROUP BY cat.name")
q("measures", "What percentage of orders were returned?",
  "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct FROM orders")
q("measures", "what % of 2024 orders got cancelled",
  "SELECT 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancelled_pct "
  "FROM orders WHERE strftime('%Y', order_date) = '2024'")
q("measures", "total shipping cost in 2023",
  "SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE strftime('%Y', order_date) = '2023'")
q("measures", "average discount on order lines that had a discount, in percent",
  "SELECT 100.0 * AVG(discount) AS avg_discount_pct FROM order_items WHERE discount > 0")
q("measures", "How much money did we give away in discounts on non-cancelled orders?",
  f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount {FI} WHERE {NC}")
q("measures", "average spend per customer, counting only customers with at least one non-cancelled order",
  f"SELECT {REV} / COUNT(DISTINCT o.customer_id) AS avg_revenue_per_customer {FI} WHERE {NC}")
q("measures", "online share of 2024 revenue (%)",
  f"SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
  f"/ {REV} AS online_share_pct {FI} WHERE {NC} AND {YR} = '2024'")
q("measures", "what percent of our revenue comes from loyalty members",
  f"SELECT 100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
  f"/ {REV} AS loyalty_share_pct {FIC} WHERE {NC}")
q("measures", "sales by customer segment",
  f"SELECT c.segment, {REV} AS revenue {FIC} WHERE {NC} GROUP BY c.segment")
q("measures", "average number of units per order, excluding cancelled orders",
  f"SELECT 1.0 * {UNITS} / COUNT(DISTINCT o.order_id) AS avg_units_per_order {FI} WHERE {NC}")
q("measures", "how much profit came from Corporate customers?",
  f"SELECT {PROFIT} AS profit {FIP} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.segment = 'Corporate'")
q("measures", "margin online vs in store",
  f"SELECT o.channel, {MARGIN} AS margin_pct {FIP} WHERE {NC} AND o.channel IN ('online', 'store') GROUP BY o.channel")
q("measures", "What share of orders come in by phone?",
  "SELECT 100.0 * SUM(CASE WHEN channel = 'phone' THEN 1 ELSE 0 END) / COUNT(*) AS phone_share_pct FROM orders")
q("measures", "average salary of our sales representatives",
  "SELECT AVG(salary) AS avg_salary FROM employees WHERE title = 'Sales Representative'")
q("measures", "total salary bill across all employees",
  "SELECT SUM(salary) AS total_salary FROM employees")
q("measures", "percentage of customers in the loyalty program",
  "SELECT 100.0 * SUM(loyalty_member) / COUNT(*) AS loyalty_pct FROM customers")
q("measures", "profit per unit sold, overall",
  f"SELECT ({PROFIT}) / {UNITS} AS profit_per_unit {FIP} WHERE {NC}")
q("measures", "How much revenue came from discontinued products?",
  f"SELECT {REV} AS revenue {FIP} WHERE {NC} AND p.discontinued = 1")
q("measures", "average number of line items per order",
  "SELECT 1.0 * (SELECT COUNT(*) FROM order_items) / (SELECT COUNT(*) FROM orders) AS avg_lines_per_order")
q("measures", "gross margin on garden products in 2023",
  f"SELECT {MARGIN} AS margin_pct {FIPC} WHERE {NC} AND cat.name = 'Garden' AND {YR} = '2023'")
q("measures", "revenue from european customers in 2024",
  f"SELECT {REV} AS revenue {FICR} WHERE {NC} AND r.name = 'Europe' AND {YR} = '2024'")
q("measures", "what % of Asia Pacific orders were delivered?",
  "SELECT 100.0 * SUM(CASE WHEN o.status = 'delivered' THEN 1 ELSE 0 END) / COUNT(*) AS delivered_pct "
  "FROM orders o JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
  "WHERE r.name = 'Asia Pacific'")
q("measures", "average shipping cost on orders where shipping wasn't free",
  "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE shipping_cost > 0")
q("measures", "what's the average order value for corporate clients",
  f"SELECT {AOV} AS average_order_value {FIC} WHERE {NC} AND c.segment = 'Corporate'")
q("measures", "share of units sold by category, as a percentage",
  f"SELECT cat.name AS category, 100.0 * {UNITS} / (SELECT {UNITS} {FI} WHERE {NC}) AS units_share_pct "
  f"{FIPC} WHERE {NC} GROUP BY cat.name")
q("measures", "total revenue and profit for 2022",
  f"SELECT {REV} AS revenue, {PROFIT} AS profit {FIP} WHERE {NC} AND {YR} = '2022'")

# --------------------------------------------------------------- tricky (25)
CUSTREV = f"SELECT o.customer_id, {REV} AS revenue {FI} WHERE {NC} GROUP BY o.customer_id"
q("tricky", "How many customers spent more than the average buying customer?",
  f"WITH s AS ({CUSTREV}) SELECT COUNT(*) AS customers FROM s WHERE revenue > (SELECT AVG(revenue) FROM s)")
q("tricky", "how many products are priced above their category's average price",
  "SELECT COUNT(*) AS products FROM products p WHERE p.unit_price > "
  "(SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
q("tricky", "How many customers have ordered both Electronics and Furniture?",
  "SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o "
  "JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name IN ('Electronics', 'Furniture') "
  "GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)")
q("tricky", "customers who ordered books but never toys - how many?",
  "SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o JOIN order_items oi ON oi.order_id = o.order_id "
  "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE cat.name = 'Books' AND o.customer_id NOT IN (SELECT o2.customer_id FROM orders o2 "
  "JOIN order_items oi2 ON oi2.order_id = o2.order_id JOIN products p2 ON p2.product_id = oi2.product_id "
  "JOIN categories cat2 ON cat2.category_id = p2.category_id WHERE cat2.name = 'Toys')")
q("tricky", "how many customers have never placed an order?",
  "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
q("tricky", "How many products got no orders at all in 2024?",
  "SELECT COUNT(*) AS products FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id FROM order_items oi "
  "JOIN orders o ON o.order_id = oi.order_id WHERE strftime('%Y', o.order_date) = '2024')")
q("tricky", "which employees have no orders assigned to them",
  f"SELECT {EMP} AS employee FROM employees e WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)")
q("tricky", "ratio of online revenue to store revenue",
  "SELECT SUM(CASE WHEN o.channel = 'online' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
  "/ SUM(CASE WHEN o.channel = 'store' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
  f"AS online_to_store_ratio {FI} WHERE {NC}")
q("tricky", "running total of revenue by month for 2024",
  f"SELECT month, SUM(revenue) OVER (ORDER BY month) AS cumulative_revenue FROM "
  f"(SELECT {MON} AS month, {REV} AS revenue {FI} WHERE {NC} AND {YR} = '2024' GROUP BY month) ORDER BY month")
q("tricky", "what would total revenue be if we counted cancelled orders too?",
  f"SELECT {REV} AS revenue {FI}")
q("tricky", "average order value of the cancelled orders",
  f"SELECT {AOV} AS average_order_value {FI} WHERE o.status = 'cancelled'")
q("tricky", "Which employees are paid more than the average salary for their job title?",
  f"SELECT {EMP} AS employee FROM employees e WHERE e.salary > "
  "(SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title)")
q("tricky", "how many customers had their very first order cancelled",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id, status, ROW_NUMBER() OVER "
  "(PARTITION BY customer_id ORDER BY order_date, order_id) AS rn FROM orders) WHERE rn = 1 AND status = 'cancelled'")
q("tricky", "Which categories grew revenue by more than 25% from 2023 to 2024?",
  "SELECT category FROM (SELECT cat.name AS category, "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS r2024, "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS r2023 "
  f"{FIPC} WHERE {NC} GROUP BY cat.name) WHERE 100.0 * (r2024 - r2023) / r2023 > 25")
q("tricky", "what % of customers who ordered in 2023 also ordered in 2024",
  "SELECT 100.0 * COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM orders o2 WHERE o2.customer_id = o.customer_id "
  "AND strftime('%Y', o2.order_date) = '2024') THEN o.customer_id END) / COUNT(DISTINCT o.customer_id) AS retained_pct "
  "FROM orders o WHERE strftime('%Y', o.order_date) = '2023'")
q("tricky", "How many products sold more units than the average product?",
  f"WITH u AS (SELECT oi.product_id, {UNITS} AS units {FI} WHERE {NC} GROUP BY oi.product_id) "
  "SELECT COUNT(*) AS products FROM u WHERE units > (SELECT AVG(units) FROM u)")
q("tricky", "top category by revenue in each region",
  f"WITH rc AS (SELECT r.name AS region, cat.name AS category, {REV} AS revenue {FIPC} "
  "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
  f"WHERE {NC} GROUP BY r.name, cat.name), "
  "rk AS (SELECT region, category, revenue, RANK() OVER (PARTITION BY region ORDER BY revenue DESC) AS rnk FROM rc) "
  "SELECT region, category, revenue FROM rk WHERE rnk = 1")
q("tricky", "how many orders have more line items than the average order?",
  "WITH n AS (SELECT order_id, COUNT(*) AS lines FROM order_items GROUP BY order_id) "
  "SELECT COUNT(*) AS orders FROM n WHERE lines > (SELECT AVG(lines) FROM n)")
q("tricky", "ratio of returned orders to delivered orders",
  "SELECT 1.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) "
  "AS returned_to_delivered FROM orders")
q("tricky", "how many sales reps sold more in 2024 than they did in 2023",
  "SELECT COUNT(*) AS employees FROM (SELECT o.employee_id, "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS r2024, "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS r2023 "
  f"{FI} WHERE {NC} AND o.employee_id IS NOT NULL GROUP BY o.employee_id) WHERE r2024 > r2023")
q("tricky", "How many customers ordered in every single year from 2021 through 2024?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) BETWEEN '2021' AND '2024' "
  "GROUP BY customer_id HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)")
q("tricky", "number of customers who have ordered online but never in a store",
  "SELECT COUNT(DISTINCT customer_id) AS customers FROM orders WHERE channel = 'online' "
  "AND customer_id NOT IN (SELECT customer_id FROM orders WHERE channel = 'store')")
q("tricky", "revenue by the sales rep's region (not the customer's region)",
  f"SELECT r.name AS region, {REV} AS revenue {FI} JOIN employees e ON e.employee_id = o.employee_id "
  f"JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.name")
q("tricky", "which regions have an average order value above the company-wide AOV?",
  f"SELECT r.name AS region {FICR} WHERE {NC} GROUP BY r.name "
  f"HAVING {AOV} > (SELECT {AOV} {FI} WHERE {NC})")
q("tricky", "how many orders dont have a sales rep on them?",
  "SELECT COUNT(*) AS orders FROM orders WHERE employee_id IS NULL")

# -------------------------------------------------------------- filters (15)
q("filters", "how many orders had shipping over $10?",
  "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10")
q("filters", "How many products are priced between $50 and $100?",
  "SELECT COUNT(*) AS products FROM products WHERE unit_price BETWEEN 50 AND 100")
q("filters", "how many orders were worth more than $1,500?",
  f"SELECT COUNT(*) AS orders FROM ({ORDV}) WHERE order_value > 1500")
q("filters", "number of customers who spent over 2k in 2024",
  f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id, {REV} AS revenue {FI} WHERE {NC} AND {YR} = '2024' "
  "GROUP BY o.customer_id) WHERE revenue > 2000")
q("filters", "list the products priced under $10",
  "SELECT name FROM products WHERE unit_price < 10")
q("filters", "how many order lines got a discount of 20% or more",
  "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2")
q("filters", "Corporate customers in Germany, how many?",
  "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate' AND country = 'Germany'")
q("filters", "revenue from phone orders placed by Latin American customers",
  f"SELECT {REV} AS revenue {FICR} WHERE {NC} AND o.channel = 'phone' AND r.name = 'Latin America'")
q("filters", "How many orders from Canada were returned?",
  "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE c.country = 'Canada' AND o.status = 'returned'")
q("filters", "which employees make more than $90k a year",
  f"SELECT {EMP} AS employee FROM employees e WHERE e.salary > 90000")
q("filters", "how many orders between $500 and $1,000?",
  f"SELECT COUNT(*) AS orders FROM ({ORDV}) WHERE order_value BETWEEN 500 AND 1000")
q("filters", "loyalty memebers in Japan - count",
  "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1 AND country = 'Japan'")
q("filters", "how many online orders are still pending",
  "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' AND status = 'pending'")
q("filters", "Kitchen products that cost more than $100",
  "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE cat.name = 'Kitchen' AND p.unit_price > 100")
q("filters", "units sold of products priced under 20 bucks",
  f"SELECT {UNITS} AS units_sold {FIP} WHERE {NC} AND p.unit_price < 20")

# ----------------------------------------------------------------- topn (15)
q("topn", "top 5 customers by revenue",
  f"SELECT {CUS} AS customer, {REV} AS revenue {FIC} WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
q("topn", "Top 3 products by units sold in 2024",
  f"SELECT p.name AS product, {UNITS} AS units_sold {FIP} WHERE {NC} AND {YR} = '2024' "
  "GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 3")
q("topn", "10 most profitable products",
  f"SELECT p.name AS product, {PROFIT} AS profit {FIP} WHERE {NC} GROUP BY p.product_id ORDER BY profit DESC LIMIT 10")
q("topn", "bottom 3 categories by margin",
  f"SELECT cat.name AS category, {MARGIN} AS margin_pct {FIPC} WHERE {NC} GROUP BY cat.name ORDER BY margin_pct ASC LIMIT 3")
q("topn", "who were our top 5 sales reps by revenue in 2023?",
  f"SELECT {EMP} AS employee, {REV} AS revenue {FI} JOIN employees e ON e.employee_id = o.employee_id "
  f"WHERE {NC} AND {YR} = '2023' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5")
q("topn", "top 3 countries by number of customers",
  "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3")
q("topn", "the 5 cities with the most orders",
  "SELECT c.city, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
  "GROUP BY c.city ORDER BY orders DESC LIMIT 5")
q("topn", "best 5 products by revenue in Europe",
  f"SELECT p.name AS product, {REV} AS revenue {FIP} JOIN customers c ON c.customer_id = o.customer_id "
  f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' "
  "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5")
q("topn", "3 worst selling products by units, all time",
  f"SELECT p.name AS product, {UNITS} AS units_sold {FIP} WHERE {NC} GROUP BY p.product_id ORDER BY units_sold ASC LIMIT 3")
q("topn", "top 5 companies by revenue",
  f"SELECT c.company, {REV} AS revenue {FIC} WHERE {NC} AND c.company IS NOT NULL "
  "GROUP BY c.company ORDER BY revenue DESC LIMIT 5")
q("topn", "top 3 regions by average order value",
  f"SELECT r.name AS region, {AOV} AS average_order_value {FICR} WHERE {NC} GROUP BY r.name "
  "ORDER BY average_order_value DESC LIMIT 3")
q("topn", "Which 4 customers placed the most orders?",
  f"SELECT {CUS} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
  "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 4")
q("topn", "6 most expensive products in the catalogue",
  "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 6")
q("topn", "top 4 months ever by revenue",
  f"SELECT {MON} AS month, {REV} AS revenue {FI} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 4")
q("topn", "the 5 sales reps with the lowest margin",
  f"SELECT {EMP} AS employee, {MARGIN} AS margin_pct {FIP} JOIN employees e ON e.employee_id = o.employee_id "
  f"WHERE {NC} GROUP BY e.employee_id ORDER BY margin_pct ASC LIMIT 5")

# ----------------------------------------------------------- breakdowns (13)
q("breakdowns", "revenue by region",
  f"SELECT r.name AS region, {REV} AS revenue {FICR} WHERE {NC} GROUP BY r.name")
q("breakdowns", "number of orders by status",
  "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status")
q("breakdowns", "how many orders per channel in 2024",
  "SELECT channel, COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2024' GROUP BY channel")
q("breakdowns", "units sold per category",
  f"SELECT cat.name AS category, {UNITS} AS units_sold {FIPC} WHERE {NC} GROUP BY cat.name")
q("breakdowns", "customer count by segment",
  "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment")
q("breakdowns", "profit broken down by sales channel",
  f"SELECT o.channel, {PROFIT} AS profit {FIP} WHERE {NC} GROUP BY o.channel")
q("breakdowns", "avg shipping cost by channel",
  "SELECT channel, AVG(shipping_cost) AS avg_shipping_cost FROM orders GROUP BY channel")
q("breakdowns", "headcount by job title",
  "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title")
q("breakdowns", "Revenue by country for our Latin America customers",
  f"SELECT c.country, {REV} AS revenue {FICR} WHERE {NC} AND r.name = 'Latin America' GROUP BY c.country")
q("breakdowns", "average order value by customer segment",
  f"SELECT c.segment, {AOV} AS average_order_value {FIC} WHERE {NC} GROUP BY c.segment")
q("breakdowns", "number of returned orders by region",
  "SELECT r.name AS region, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
  "JOIN regions r ON r.region_id = c.region_id WHERE o.status = 'returned' GROUP BY r.name")
q("breakdowns", "revenue from loyalty members vs non-members",
  f"SELECT c.loyalty_member, {REV} AS revenue {FIC} WHERE {NC} GROUP BY c.loyalty_member")
q("breakdowns", "how many products in each category",
  "SELECT cat.name AS category, COUNT(*) AS products FROM products p JOIN categories cat ON cat.category_id = p.category_id "
  "GROUP BY cat.name")

# --------------------------------------------------------------- simple (12)
q("simple", "how many customers do we have",
  "SELECT COUNT(*) AS customers FROM customers")
q("simple", "total number of orders",
  "SELECT COUNT(*) AS orders FROM orders")
q("simple", "How many products are in the catalog?",
  "SELECT COUNT(*) AS products FROM products")
q("simple", "list all product categories",
  "SELECT name FROM categories")
q("simple", "how many employees are there",
  "SELECT COUNT(*) AS employees FROM employees")
q("simple", "how many sales regions do we have?",
  "SELECT COUNT(*) AS regions FROM regions")
q("simple", "How many products have been discontinued?",
  "SELECT COUNT(*) AS products FROM products WHERE discontinued = 1")
q("simple", "number of cancelled orders",
  "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
q("simple", "how many customers are loyalty members",
  "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1")
q("simple", "Who are the regional sales managers?",
  f"SELECT {EMP} AS employee FROM employees e WHERE e.title = 'Regional Sales Manager'")
q("simple", "what's our most expensive product?",
  "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 1")
q("simple", "in how many countries do we have customers",
  "SELECT COUNT(DISTINCT country) AS countries FROM customers")

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15, "breakdowns": 13, "simple": 12}
LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*;?\s*$", re.I)


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)), abs(float(b)))
        except (TypeError, ValueError):
            return a == b
    return a == b


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    errors = []
    counts = {}
    seen = {}
    for i, item in enumerate(Q):
        k, text, sql = item["kind"], item["question"], item["query"]
        counts[k] = counts.get(k, 0) + 1
        n = norm(text)
        if n in seen:
            errors.append(f"[{i}] duplicate of [{seen[n]}]: {text}")
        seen[n] = i
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append(f"[{i}] SQL error {e}: {text}")
            continue
        if not rows:
            errors.append(f"[{i}] no rows: {text}")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"[{i}] only NULLs: {text}")
            continue
        m = LIMIT_RE.search(sql)
        if m:
            lim = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            key = item["key"]
            if len(full) > lim and same(full[lim - 1][key], full[lim][key]):
                errors.append(f"[{i}] tie at LIMIT {lim} ({full[lim - 1][key]!r}): {text}")
    for k, want in EXPECTED.items():
        if counts.get(k, 0) != want:
            errors.append(f"kind {k}: {counts.get(k, 0)} questions, want {want}")
    for k in counts:
        if k not in EXPECTED:
            errors.append(f"unknown kind {k}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    here = os.path.dirname(os.path.abspath(__file__))
    out = [{"question": it["question"], "db_id": "demo", "query": it["query"]} for it in Q]
    kinds = {str(i): it["kind"] for i, it in enumerate(Q)}
    with open(os.path.join(here, "demo_v10.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(here, "demo_v10_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=1)
        f.write("\n")
    print(f"{len(Q)} questions, all checks passed: " + ", ".join(f"{k} {counts[k]}" for k in EXPECTED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
