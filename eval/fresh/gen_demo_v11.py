#!/usr/bin/env python3
"""Held-out evaluation set v11 for genbi's demo sales database.

usage: python3 gen_demo_v11.py --db PATH

Re-runs every gold query, checks it, and only when every check passes writes
demo_v11.json ([{"question","db_id":"demo","query"}]) and demo_v11_kinds.json
({"<index>": kind}) beside this script.

CONVENTIONS (every gold query follows these)
- Metrics follow demo.semantic.yaml exactly, default filters included:
    revenue            = SUM(quantity * unit_price * (1 - COALESCE(discount, 0))) over order_items,
                         orders with status 'cancelled' excluded
    units sold         = SUM(order_items.quantity), cancelled excluded
    average order value= revenue / COUNT(DISTINCT orders.order_id), cancelled excluded
    profit             = revenue - SUM(quantity * products.unit_cost), cancelled excluded
    margin             = 100.0 * profit / revenue (a percentage), cancelled excluded
  An order's region is its customer's region (semantic-layer join path), unless the question
  says the sales rep's region.
- Counting orders ("how many orders", "number of orders", percentages of orders with a status)
  counts every order whatever its status unless the question restricts it. Customers who
  "bought"/"purchased" something, or "spent", are counted from non-cancelled orders (as revenue);
  customers who "ordered"/"placed an order" are counted from orders of any status.
- An order's value ("orders over $1,500", "biggest orders") is its revenue, so cancelled orders
  have none and are left out.
- "now" is the data's last order date, computed in SQL: (SELECT MAX(order_date) FROM orders).
  "this year"/"this month" are the calendar year/month of now; "last year"/"last month" the
  previous calendar year/month; YTD is from 1 January of now's year up to now.
  "last N months" = the N calendar months ending with now's month (now's month included);
  "last N weeks"/"past N days" = the 7N / N days ending at now, now included
  (order_date > date(now, '-7N days')).
- Quarters are labelled as text 'Q1'..'Q4'; months of a series as 'YYYY-MM'; month-of-year as
  English month names ('January'); weekdays as English day names ('Monday'); years as integers.
- People (customers, employees) are one column "first last".
- Percentages are 0-100 and unrounded unless the question asks for rounding; growth is
  100 * (new - old) / old.
- Lists and breakdowns return the label column(s) and the measure asked for; no ORDER BY unless
  the question asks for an order or a top/bottom N; every LIMIT n query is checked to have no tie
  at row n.
- Flags are returned as stored (loyalty_member 0/1).
"""
import argparse
import json
import os
import re
import sqlite3
import sys

# ---------------------------------------------------------------- fragments
REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
LINE = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
COST = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"({REV} - {COST})"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
NOW = "(SELECT MAX(order_date) FROM orders)"
OI_O = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
OI_O_P = OI_O + " JOIN products p ON p.product_id = oi.product_id"
NC = "o.status <> 'cancelled'"
QTR = "'Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
YEAR = "CAST(strftime('%Y', o.order_date) AS INTEGER)"
MONTH = "strftime('%Y-%m', o.order_date)"
WEEKDAY = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
           "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
           "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
MONTHNAME = ("CASE strftime('%m', o.order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February' "
             "WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' "
             "WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' "
             "WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END")
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"

# ---------------------------------------------------------------- questions
# (kind, question, gold SQL[, options]) ; options: {"key": column index used for the LIMIT tie check}
Q = []


def add(kind, question, sql, **opts):
    Q.append({"kind": kind, "question": question, "query": " ".join(sql.split()), "opts": opts})


# ================================================================ time (45)
add("time", "What was our revenue in Q3 2023?",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'")
add("time", "how many orders did we get in march 2024",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2024-03-01' AND '2024-03-31'")
add("time", "Revenue by quarter for 2023",
    f"SELECT {QTR} AS quarter, {REV} AS revenue {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY quarter")
add("time", "Which day of the week gets the most orders?",
    f"SELECT {WEEKDAY} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY weekday ORDER BY orders DESC LIMIT 1")
add("time", "sales for the last 3 months",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-2 months')")
add("time", "How many orders came in over the last 4 weeks?",
    f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-28 days')")
add("time", "total revenue this year",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = strftime('%Y', {NOW})")
add("time", "What was revenue last year?",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND {YEAR} = CAST(strftime('%Y', {NOW}) AS INTEGER) - 1")
add("time", "YTD units sold",
    f"SELECT SUM(oi.quantity) AS units_sold {OI_O} WHERE {NC} AND o.order_date BETWEEN date({NOW}, 'start of year') AND {NOW}")
add("time", "Show year-over-year revenue growth for each year",
    f"WITH y AS (SELECT {YEAR} AS year, {REV} AS revenue {OI_O} WHERE {NC} GROUP BY year) "
    "SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) AS yoy_growth_pct FROM y")
add("time", "month over month revenue growth in 2024",
    f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI_O} WHERE {NC} GROUP BY month), "
    "g AS (SELECT month, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) / LAG(revenue) OVER (ORDER BY month) AS mom_growth_pct FROM m) "
    "SELECT month, revenue, mom_growth_pct FROM g WHERE month LIKE '2024-%'")
add("time", "On average how many days does it take us to ship an order?",
    "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL")
add("time", "How many customers placed their first ever order in each year?",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT CAST(strftime('%Y', first_order) AS INTEGER) AS first_order_year, COUNT(*) AS customers FROM f GROUP BY first_order_year")
add("time", "2024 revenue broken down by the year the customers signed up",
    f"SELECT CAST(strftime('%Y', c.signup_date) AS INTEGER) AS signup_year, {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY signup_year")
add("time", "what % of customers who signed up in 2023 placed an order within 30 days of signing up?",
    "SELECT 100.0 * SUM(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id "
    "AND julianday(o.order_date) - julianday(c.signup_date) BETWEEN 0 AND 30)) / COUNT(*) AS pct "
    "FROM customers c WHERE strftime('%Y', c.signup_date) = '2023'")
add("time", "monthly revenue 2023",
    f"SELECT {MONTH} AS month, {REV} AS revenue {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month")
add("time", "Revenue by calendar month (January to December), all years added together",
    f"SELECT {MONTHNAME} AS month, {REV} AS revenue {OI_O} WHERE {NC} GROUP BY month")
add("time", "Which month in 2022 had the highest sales?",
    f"SELECT {MONTH} AS month, {REV} AS revenue {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2022' GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("time", "weekend vs weekday order count",
    "SELECT CASE WHEN strftime('%w', order_date) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END AS day_type, COUNT(*) AS orders FROM orders GROUP BY day_type")
add("time", "revenue this month",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND {MONTH} = strftime('%Y-%m', {NOW})")
add("time", "What was revenue last month?",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND {MONTH} = strftime('%Y-%m', date({NOW}, 'start of month', '-1 month'))")
add("time", "YoY revenue growth for Q4 2024 compared with Q4 2023, in percent",
    f"SELECT 100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {LINE} END) "
    f"- SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {LINE} END) AS yoy_growth_pct {OI_O} WHERE {NC}")
add("time", "How many new customers signed up in the last 6 months?",
    f"SELECT COUNT(*) AS new_customers FROM customers WHERE signup_date >= date({NOW}, 'start of month', '-5 months') AND signup_date <= {NOW}")
add("time", "average number of days between a customer signing up and their first order",
    "WITH f AS (SELECT c.customer_id, c.signup_date, MIN(o.order_date) AS first_order FROM customers c JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.customer_id, c.signup_date) "
    "SELECT AVG(julianday(first_order) - julianday(signup_date)) AS avg_days FROM f")
add("time", "number of orders by day of week in 2024 - want to see if mondays are slow",
    f"SELECT {WEEKDAY} AS weekday, COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = '2024' GROUP BY weekday")
add("time", "How many days had passed between our very first order and the latest one?",
    "SELECT julianday(MAX(order_date)) - julianday(MIN(order_date)) AS days FROM orders")
add("time", "units sold in the first half of 2022",
    f"SELECT SUM(oi.quantity) AS units_sold {OI_O} WHERE {NC} AND o.order_date BETWEEN '2022-01-01' AND '2022-06-30'")
add("time", "Electronics revenue per quarter in 2024",
    f"SELECT {QTR} AS quarter, {REV} AS revenue {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Electronics' AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter")
add("time", "Which quarter has been our best ever for revenue?",
    f"SELECT {YEAR} AS year, {QTR} AS quarter, {REV} AS revenue {OI_O} WHERE {NC} GROUP BY year, quarter ORDER BY revenue DESC LIMIT 1")
add("time", "how many 2024 orders took more than 3 days to ship",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2024' AND ship_date IS NOT NULL AND julianday(ship_date) - julianday(order_date) > 3")
add("time", "avg shiping time in days by sales channel",
    "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL GROUP BY channel")
add("time", "new customer signups per month in 2024",
    "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS signups FROM customers WHERE strftime('%Y', signup_date) = '2024' GROUP BY month")
add("time", "revenue in the past 2 weeks",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND o.order_date > date({NOW}, '-14 days')")
add("time", "By what percent did units sold change in 2024 vs 2023?",
    f"SELECT 100.0 * (SUM(CASE WHEN {YEAR} = 2024 THEN oi.quantity END) - SUM(CASE WHEN {YEAR} = 2023 THEN oi.quantity END)) "
    f"/ SUM(CASE WHEN {YEAR} = 2023 THEN oi.quantity END) AS pct_change {OI_O} WHERE {NC}")
add("time", "total revenue on sundays in 2023",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC} AND strftime('%w', o.order_date) = '0' AND strftime('%Y', o.order_date) = '2023'")
add("time", "December revenue for each year",
    f"SELECT {YEAR} AS year, {REV} AS revenue {OI_O} WHERE {NC} AND strftime('%m', o.order_date) = '12' GROUP BY year")
add("time", "How many orders were placed between June 1 and August 15, 2023?",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2023-06-01' AND '2023-08-15'")
add("time", "revenue for the last 12 months vs the 12 months before that",
    f"SELECT SUM(CASE WHEN o.order_date >= date({NOW}, 'start of month', '-11 months') THEN {LINE} END) AS last_12_months, "
    f"SUM(CASE WHEN o.order_date >= date({NOW}, 'start of month', '-23 months') AND o.order_date < date({NOW}, 'start of month', '-11 months') THEN {LINE} END) AS previous_12_months "
    f"{OI_O} WHERE {NC}")
add("time", "running total of revenue by month for 2024",
    f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY month) "
    "SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS cumulative_revenue FROM m")
add("time", "What's the average gap in days between consecutive orders from the same customer?",
    "WITH g AS (SELECT julianday(order_date) - julianday(LAG(order_date) OVER (PARTITION BY customer_id ORDER BY order_date, order_id)) AS gap FROM orders) "
    "SELECT AVG(gap) AS avg_gap_days FROM g WHERE gap IS NOT NULL")
add("time", "Which single day had the highest revenue?",
    f"SELECT o.order_date, {REV} AS revenue {OI_O} WHERE {NC} GROUP BY o.order_date ORDER BY revenue DESC LIMIT 1")
add("time", "What share of 2024 revenue came in Q4?",
    f"SELECT 100.0 * SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {LINE} END) / SUM({LINE}) AS q4_share_pct "
    f"{OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add("time", "Of the customers who ordered in 2023, what percentage also ordered in 2024?",
    "SELECT 100.0 * COUNT(DISTINCT b.customer_id) / COUNT(DISTINCT a.customer_id) AS retention_pct "
    "FROM orders a LEFT JOIN orders b ON b.customer_id = a.customer_id AND strftime('%Y', b.order_date) = '2024' "
    "WHERE strftime('%Y', a.order_date) = '2023'")
add("time", "AOV by quarter in 2024",
    f"SELECT {QTR} AS quarter, {AOV} AS average_order_value {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter")
add("time", "how much did the number of orders change month over month in dec 2024 (%)",
    "SELECT 100.0 * (SUM(order_date BETWEEN '2024-12-01' AND '2024-12-31') - SUM(order_date BETWEEN '2024-11-01' AND '2024-11-30')) "
    "/ SUM(order_date BETWEEN '2024-11-01' AND '2024-11-30') AS mom_change_pct FROM orders")

# ================================================================ measures (35)
add("measures", "Total revenue",
    f"SELECT {REV} AS revenue {OI_O} WHERE {NC}")
add("measures", "How many units have we sold in total?",
    f"SELECT SUM(oi.quantity) AS units_sold {OI_O} WHERE {NC}")
add("measures", "whats the averge order value",
    f"SELECT {AOV} AS average_order_value {OI_O} WHERE {NC}")
add("measures", "Total profit for 2024",
    f"SELECT {PROFIT} AS profit {OI_O_P} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add("measures", "overall gross margin %",
    f"SELECT {MARGIN} AS margin {OI_O_P} WHERE {NC}")
add("measures", "What is the profit margin on Furniture?",
    f"SELECT {MARGIN} AS margin {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Furniture'")
add("measures", "What share of revenue comes from the online channel?",
    f"SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN {LINE} END) / SUM({LINE}) AS online_share_pct {OI_O} WHERE {NC}")
add("measures", "percentage of orders that got returned",
    "SELECT 100.0 * SUM(status = 'returned') / COUNT(*) AS returned_pct FROM orders")
add("measures", "What % of 2024 orders were cancelled?",
    "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) AS cancelled_pct FROM orders WHERE strftime('%Y', order_date) = '2024'")
add("measures", "average discount, in percent, across the order lines that had a discount",
    "SELECT 100.0 * AVG(discount) AS avg_discount_pct FROM order_items WHERE discount > 0")
add("measures", "How much did we give away in discounts in 2024? (ignore cancelled orders)",
    f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add("measures", "total shipping cost for 2023 orders",
    "SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE strftime('%Y', order_date) = '2023'")
add("measures", "Revenue from corporate customers",
    f"SELECT {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.segment = 'Corporate'")
add("measures", "average revenue per customer, counting only customers who have bought something",
    f"SELECT {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {OI_O} WHERE {NC}")
add("measures", "avg units per order",
    f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order {OI_O} WHERE {NC}")
add("measures", "profit for each region",
    f"SELECT r.name AS region, {PROFIT} AS profit {OI_O_P} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.name")
add("measures", "gross margin by product category",
    f"SELECT cat.name AS category, {MARGIN} AS margin {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name")
add("measures", "How much revenue did Europe bring in during 2023?",
    f"SELECT {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND r.name = 'Europe' AND strftime('%Y', o.order_date) = '2023'")
add("measures", "each customer segment's share of total revenue",
    f"SELECT c.segment, 100.0 * {REV} / (SELECT SUM({LINE}) {OI_O} WHERE {NC}) AS revenue_share_pct "
    f"{OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment")
add("measures", "Revenue on orders handled by sales reps based in Europe",
    f"SELECT {REV} AS revenue {OI_O} JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id "
    f"WHERE {NC} AND r.name = 'Europe'")
add("measures", "AOV for loyalty members vs non members",
    f"SELECT c.loyalty_member, {AOV} AS average_order_value {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.loyalty_member")
add("measures", "What percentage of revenue comes from discounted items?",
    f"SELECT 100.0 * SUM(CASE WHEN oi.discount > 0 THEN {LINE} END) / SUM({LINE}) AS discounted_share_pct {OI_O} WHERE {NC}")
add("measures", "cost of goods sold in 2024",
    f"SELECT {COST} AS cogs {OI_O_P} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add("measures", "What was the total value of returned orders in 2024?",
    f"SELECT {REV} AS returned_value {OI_O} WHERE o.status = 'returned' AND strftime('%Y', o.order_date) = '2024'")
add("measures", "average shipping cost per delivered order",
    "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE status = 'delivered'")
add("measures", "I need the total sales for the Kitchen category during 2022, can you pull that for me?",
    f"SELECT {REV} AS revenue {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Kitchen' AND strftime('%Y', o.order_date) = '2022'")
add("measures", "profit per unit sold for Electronics",
    f"SELECT {PROFIT} / SUM(oi.quantity) AS profit_per_unit {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "percent of orders placed online",
    "SELECT 100.0 * SUM(channel = 'online') / COUNT(*) AS online_pct FROM orders")
add("measures", "How many different customers bought Books?",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Books'")
add("measures", "Average revenue per sales rep in 2024",
    f"WITH r AS (SELECT o.employee_id, {REV} AS revenue {OI_O} WHERE {NC} AND o.employee_id IS NOT NULL AND strftime('%Y', o.order_date) = '2024' GROUP BY o.employee_id) "
    "SELECT AVG(revenue) AS avg_revenue_per_rep FROM r")
add("measures", "average order value by channel",
    f"SELECT o.channel, {AOV} AS average_order_value {OI_O} WHERE {NC} GROUP BY o.channel")
add("measures", "margin on discounted lines vs full-price lines",
    f"SELECT CASE WHEN oi.discount > 0 THEN 'discounted' ELSE 'full price' END AS price_type, {MARGIN} AS margin {OI_O_P} WHERE {NC} GROUP BY price_type")
add("measures", "What % of our customers are loyalty members?",
    "SELECT 100.0 * SUM(loyalty_member = 1) / COUNT(*) AS loyalty_pct FROM customers")
add("measures", "Revenue from products launched in 2023 or later",
    f"SELECT {REV} AS revenue {OI_O_P} WHERE {NC} AND p.launch_date >= '2023-01-01'")
add("measures", "average number of line items per order",
    "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT order_id) AS lines_per_order FROM order_items")

# ================================================================ tricky (25)
add("tricky", "How many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "Which products bring in more revenue than the average product?",
    f"WITH pr AS (SELECT p.name AS product, {REV} AS revenue {OI_O_P} WHERE {NC} GROUP BY p.product_id, p.name) "
    "SELECT product, revenue FROM pr WHERE revenue > (SELECT AVG(revenue) FROM pr)")
add("tricky", "how many customers bought both Electronics and Furniture",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)")
add("tricky", "customers who bought books but never toys - how many?",
    f"WITH b AS (SELECT DISTINCT o.customer_id, cat.name AS category {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC}) "
    "SELECT COUNT(DISTINCT customer_id) AS customers FROM b WHERE category = 'Books' "
    "AND customer_id NOT IN (SELECT customer_id FROM b WHERE category = 'Toys')")
add("tricky", "Which employees have no orders at all?",
    f"SELECT {EMP} AS employee FROM employees e WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)")
add("tricky", "How many orders were worth more than double the average order value?",
    f"WITH ov AS (SELECT o.order_id, {REV} AS value {OI_O} WHERE {NC} GROUP BY o.order_id) "
    "SELECT COUNT(*) AS orders FROM ov WHERE value > 2 * (SELECT AVG(value) FROM ov)")
add("tricky", "ratio of online revenue to in-store revenue",
    f"SELECT SUM(CASE WHEN o.channel = 'online' THEN {LINE} END) / SUM(CASE WHEN o.channel = 'store' THEN {LINE} END) AS ratio {OI_O} WHERE {NC}")
add("tricky", "How many customers more than doubled their spend from 2023 to 2024?",
    f"WITH s AS (SELECT o.customer_id, SUM(CASE WHEN {YEAR} = 2023 THEN {LINE} ELSE 0 END) AS r2023, "
    f"SUM(CASE WHEN {YEAR} = 2024 THEN {LINE} ELSE 0 END) AS r2024 {OI_O} WHERE {NC} GROUP BY o.customer_id) "
    "SELECT COUNT(*) AS customers FROM s WHERE r2023 > 0 AND r2024 > 2 * r2023")
add("tricky", "Which categories have a margin above the overall margin?",
    f"SELECT cat.name AS category, {MARGIN} AS margin {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name "
    f"HAVING {MARGIN} > (SELECT 100.0 * (SUM({LINE}) - SUM(oi.quantity * p.unit_cost)) / SUM({LINE}) {OI_O_P} WHERE {NC})")
add("tricky", "In 2024, which sales reps brought in more revenue than the average rep in their own region (the rep's region, not the customer's)?",
    f"WITH rr AS (SELECT e.employee_id, {EMP} AS employee, e.region_id, {REV} AS revenue {OI_O} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY e.employee_id) "
    "SELECT employee, revenue FROM rr WHERE revenue > (SELECT AVG(x.revenue) FROM rr x WHERE x.region_id = rr.region_id)")
add("tricky", "how many customers ordered in 2023 but not in 2024",
    "SELECT COUNT(DISTINCT customer_id) AS customers FROM orders WHERE strftime('%Y', order_date) = '2023' "
    "AND customer_id NOT IN (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')")
add("tricky", "Countries with more returned orders than cancelled ones",
    "SELECT c.country, SUM(o.status = 'returned') AS returned, SUM(o.status = 'cancelled') AS cancelled FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.country HAVING SUM(o.status = 'returned') > SUM(o.status = 'cancelled')")
add("tricky", "How many customers have placed more than 20 orders?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) > 20)")
add("tricky", "which months had revenue above the monthly average?",
    f"WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {OI_O} WHERE {NC} GROUP BY month) "
    "SELECT month, revenue FROM m WHERE revenue > (SELECT AVG(revenue) FROM m)")
add("tricky", "How many customers have only ever had delivered orders (no returns, cancellations or open orders)?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING SUM(status <> 'delivered') = 0)")
add("tricky", "products priced above the average price of their category",
    "SELECT p.name AS product, p.unit_price FROM products p WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
add("tricky", "Which employees are paid more than the average salary for their job title?",
    f"SELECT {EMP} AS employee, e.title, e.salary FROM employees e "
    "WHERE e.salary > (SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title)")
add("tricky", "In which regions is online revenue higher than store and phone revenue combined?",
    f"SELECT r.name AS region, SUM(CASE WHEN o.channel = 'online' THEN {LINE} END) AS online_revenue, "
    f"SUM(CASE WHEN o.channel <> 'online' THEN {LINE} END) AS store_and_phone_revenue "
    f"{OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name "
    f"HAVING SUM(CASE WHEN o.channel = 'online' THEN {LINE} ELSE 0 END) > SUM(CASE WHEN o.channel <> 'online' THEN {LINE} ELSE 0 END)")
add("tricky", "ratio of returned to delivered orders for each channel",
    "SELECT channel, 1.0 * SUM(status = 'returned') / SUM(status = 'delivered') AS returned_to_delivered FROM orders GROUP BY channel")
add("tricky", "were any discontinued products sold in 2024? which ones",
    f"SELECT DISTINCT p.name AS product {OI_O_P} WHERE {NC} AND p.discontinued = 1 AND strftime('%Y', o.order_date) = '2024'")
add("tricky", "How many customers have ordered through all three channels?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(DISTINCT channel) = 3)")
add("tricky", "Which sales reps brought in less revenue in 2024 than in 2023?",
    f"WITH s AS (SELECT {EMP} AS employee, SUM(CASE WHEN {YEAR} = 2023 THEN {LINE} ELSE 0 END) AS revenue_2023, "
    f"SUM(CASE WHEN {YEAR} = 2024 THEN {LINE} ELSE 0 END) AS revenue_2024 {OI_O} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id) "
    "SELECT employee, revenue_2023, revenue_2024 FROM s WHERE revenue_2024 < revenue_2023")
add("tricky", "which categories sold more than double the units in 2024 that they sold in 2021?",
    f"SELECT cat.name AS category, SUM(CASE WHEN {YEAR} = 2021 THEN oi.quantity ELSE 0 END) AS units_2021, "
    f"SUM(CASE WHEN {YEAR} = 2024 THEN oi.quantity ELSE 0 END) AS units_2024 "
    f"{OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name "
    f"HAVING SUM(CASE WHEN {YEAR} = 2024 THEN oi.quantity ELSE 0 END) > 2 * SUM(CASE WHEN {YEAR} = 2021 THEN oi.quantity ELSE 0 END)")
add("tricky", "What percent of customers who ordered in 2022 never ordered again afterwards?",
    "SELECT 100.0 * COUNT(*) / (SELECT COUNT(DISTINCT customer_id) FROM orders WHERE strftime('%Y', order_date) = '2022') AS pct "
    "FROM (SELECT DISTINCT customer_id FROM orders WHERE strftime('%Y', order_date) = '2022') a "
    "WHERE NOT EXISTS (SELECT 1 FROM orders b WHERE b.customer_id = a.customer_id AND b.order_date > '2022-12-31')")
add("tricky", "How many customers ordered in every year from 2021 through 2024?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE order_date BETWEEN '2021-01-01' AND '2024-12-31' "
    "GROUP BY customer_id HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)")

# ================================================================ filters (15)
add("filters", "How many orders had a shipping cost over $10?",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10")
add("filters", "how many products cost more than $500",
    "SELECT COUNT(*) AS products FROM products WHERE unit_price > 500")
add("filters", "List products priced between $50 and $100",
    "SELECT name AS product, unit_price FROM products WHERE unit_price BETWEEN 50 AND 100")
add("filters", "how many orders were worth over $1,500?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {OI_O} WHERE {NC} GROUP BY o.order_id HAVING {REV} > 1500)")
add("filters", "how many pending orders are there",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'pending'")
add("filters", "Revenue from custmers in Canada and Mexico",
    f"SELECT {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.country IN ('Canada', 'Mexico')")
add("filters", "number of shipped orders going to customers in Japan",
    "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'shipped' AND c.country = 'Japan'")
add("filters", "delivered phone orders in 2024, how many?",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'delivered' AND channel = 'phone' AND strftime('%Y', order_date) = '2024'")
add("filters", "list our corporate clients in the UK with their company",
    f"SELECT {CUST} AS customer, c.company FROM customers c WHERE c.segment = 'Corporate' AND c.country = 'United Kingdom'")
add("filters", "office supplies products under $20",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Office Supplies' AND p.unit_price < 20")
add("filters", "how many order lines had a discount of 20% or more",
    "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2")
add("filters", "Employees making above $90,000 a year",
    f"SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.salary > 90000")
add("filters", "returned orders over $2,000 - how many?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {OI_O} WHERE o.status = 'returned' GROUP BY o.order_id HAVING {REV} > 2000)")
add("filters", "loyalty members in brazil",
    f"SELECT {CUST} AS customer FROM customers c WHERE c.loyalty_member = 1 AND c.country = 'Brazil'")
add("filters", "How many 2024 orders were between $250 and $500?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY o.order_id HAVING {REV} BETWEEN 250 AND 500)")

# ================================================================ topn (15)
add("topn", "Top 5 customers by revenue",
    f"SELECT {CUST} AS customer, {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 prodcuts by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold {OI_O_P} WHERE {NC} GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10")
add("topn", "What are our 3 most profitable categories?",
    f"SELECT cat.name AS category, {PROFIT} AS profit {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY profit DESC LIMIT 3")
add("topn", "5 worst selling products by revenue",
    f"SELECT p.name AS product, {REV} AS revenue {OI_O_P} WHERE {NC} GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "Who were the top 5 sales reps by revenue in 2024?",
    f"SELECT {EMP} AS employee, {REV} AS revenue {OI_O} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND strftime('%Y', o.order_date) = '2024' "
    "GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 3 countries by number of customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3")
add("topn", "top 5 cities by revenue",
    f"SELECT c.city, {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.city ORDER BY revenue DESC LIMIT 5")
add("topn", "show me the 5 biggest orders by value",
    f"SELECT o.order_id, {REV} AS order_value {OI_O} WHERE {NC} GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5")
add("topn", "Which 3 products have the highest profit margin?",
    f"SELECT p.name AS product, {MARGIN} AS margin {OI_O_P} WHERE {NC} GROUP BY p.product_id ORDER BY margin DESC LIMIT 3")
add("topn", "top 5 customers by number of orders",
    f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5")
add("topn", "Which product has had the most units returned?",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_returned {OI_O_P} WHERE o.status = 'returned' GROUP BY p.product_id ORDER BY units_returned DESC LIMIT 1")
add("topn", "top 3 regions by average order value",
    f"SELECT r.name AS region, {AOV} AS average_order_value {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.name ORDER BY average_order_value DESC LIMIT 3")
add("topn", "top 10 customers in Europe by revenue in 2023",
    f"SELECT {CUST} AS customer, {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND r.name = 'Europe' AND strftime('%Y', o.order_date) = '2023' GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 10")
add("topn", "our 3 most expensive products",
    "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 3")
add("topn", "top 5 electronics products by profit",
    f"SELECT p.name AS product, {PROFIT} AS profit {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics' "
    "GROUP BY p.product_id ORDER BY profit DESC LIMIT 5")

# ================================================================ breakdowns (13)
add("breakdowns", "reveune by region",
    f"SELECT r.name AS region, {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name")
add("breakdowns", "number of orders by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status")
add("breakdowns", "Sales by channel",
    f"SELECT o.channel, {REV} AS revenue {OI_O} WHERE {NC} GROUP BY o.channel")
add("breakdowns", "how many customers in each segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment")
add("breakdowns", "units sold per category",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units_sold {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name")
add("breakdowns", "Revenue by category and year",
    f"SELECT cat.name AS category, {YEAR} AS year, {REV} AS revenue {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name, year")
add("breakdowns", "average order value per customer segment",
    f"SELECT c.segment, {AOV} AS average_order_value {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment")
add("breakdowns", "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title")
add("breakdowns", "orders by channel and status",
    "SELECT channel, status, COUNT(*) AS orders FROM orders GROUP BY channel, status")
add("breakdowns", "revenue by country",
    f"SELECT c.country, {REV} AS revenue {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.country")
add("breakdowns", "average employee salary by region",
    "SELECT r.name AS region, AVG(e.salary) AS avg_salary FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.name")
add("breakdowns", "how many products are in each category",
    "SELECT cat.name AS category, COUNT(*) AS products FROM products p JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.name")
add("breakdowns", "margin by sales channel",
    f"SELECT o.channel, {MARGIN} AS margin {OI_O_P} WHERE {NC} GROUP BY o.channel")

# ================================================================ simple (12)
add("simple", "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "total number of orders", "SELECT COUNT(*) AS orders FROM orders")
add("simple", "how many products do we have", "SELECT COUNT(*) AS products FROM products")
add("simple", "how many employes do we have?", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "list the regions", "SELECT name AS region FROM regions")
add("simple", "what product categories are there", "SELECT name AS category FROM categories")
add("simple", "How many orders were cancelled?", "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
add("simple", "When was the most recent order placed?", "SELECT MAX(order_date) AS last_order_date FROM orders")
add("simple", "whats the average list price of our products", "SELECT AVG(unit_price) AS avg_price FROM products")
add("simple", "list discontinued products", "SELECT name AS product FROM products WHERE discontinued = 1")
add("simple", "who's the VP of sales?", f"SELECT {EMP} AS employee FROM employees e WHERE e.title = 'VP of Sales'")
add("simple", "how many countries do we have customers in", "SELECT COUNT(DISTINCT country) AS countries FROM customers")

# ---------------------------------------------------------------- checks
TARGET = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15, "breakdowns": 13, "simple": 12}
ORDER_WORDS = re.compile(r"\b(top|bottom|most|least|highest|lowest|best|worst|biggest|largest|smallest|"
                         r"fewest|sorted|sort|order(ed)? by|rank|ranked|which (single )?(day|month|quarter)|"
                         r"most expensive|cheapest|\d+ worst|\d+ biggest)\b", re.I)
LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.I)


def strip_windows(sql):
    # drop OVER (...) clauses (no nested parentheses inside them in this file)
    return re.sub(r"OVER\s*\([^()]*\)", "OVER ()", sql, flags=re.I)


def check(conn):
    errors = []
    counts = {}
    for i, e in enumerate(Q):
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    if counts != TARGET:
        errors.append(f"kind counts {counts} != {TARGET}")
    if len(Q) != 160:
        errors.append(f"{len(Q)} questions, want 160")
    qs = [e["question"].strip().lower() for e in Q]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")
    sqls = [e["query"] for e in Q]
    if len(set(sqls)) != len(sqls):
        errors.append("duplicate queries")
    for i, e in enumerate(Q):
        tag = f"[{i}] {e['kind']}: {e['question']!r}"
        sql = e["query"]
        if not re.match(r"^\s*(SELECT|WITH)\b", sql, re.I):
            errors.append(f"{tag}: not a SELECT")
            continue
        try:
            rows = conn.execute(sql).fetchall()
        except sqlite3.Error as ex:
            errors.append(f"{tag}: error {ex}")
            continue
        if not rows:
            errors.append(f"{tag}: empty result")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"{tag}: all NULL")
        outer = strip_windows(sql)
        has_order = re.search(r"\bORDER\s+BY\b", outer, re.I) is not None
        m = LIMIT_RE.search(sql)
        if has_order and not ORDER_WORDS.search(e["question"]):
            errors.append(f"{tag}: ORDER BY but the question asks for no order")
        if e["kind"] == "topn" and not (has_order and m):
            errors.append(f"{tag}: top-N without ORDER BY ... LIMIT")
        if m:
            if not has_order:
                errors.append(f"{tag}: LIMIT without ORDER BY")
            n = int(m.group(1))
            full = conn.execute(sql[:m.start()]).fetchall()
            key = e["opts"].get("key", -1)
            if len(full) > n and full[n - 1][key] == full[n][key]:
                errors.append(f"{tag}: tie at row {n}: {full[n - 1]} / {full[n]}")
            if len(rows) != min(n, len(full)):
                errors.append(f"{tag}: LIMIT row count mismatch")
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="path of demo.sqlite")
    ap.add_argument("--show", action="store_true", help="print each question's first rows")
    args = ap.parse_args()
    if not os.path.isfile(args.db):
        sys.exit(f"no such database: {args.db}")
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    if args.show:
        for i, e in enumerate(Q):
            try:
                cur = conn.execute(e["query"])
                rows = cur.fetchmany(6)
                print(i, e["kind"], e["question"], [d[0] for d in cur.description], rows)
            except sqlite3.Error as ex:
                print(i, e["kind"], e["question"], "ERROR", ex)
    errors = check(conn)
    if errors:
        for err in errors:
            print("FAIL", err, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "demo_v11.json"), "w") as f:
        json.dump([{"question": e["question"], "db_id": "demo", "query": e["query"]} for e in Q], f, indent=2)
        f.write("\n")
    with open(os.path.join(here, "demo_v11_kinds.json"), "w") as f:
        json.dump({str(i): e["kind"] for i, e in enumerate(Q)}, f, indent=2)
        f.write("\n")
    print(f"all {len(Q)} checks passed; wrote demo_v11.json and demo_v11_kinds.json")


if __name__ == "__main__":
    main()
