#!/usr/bin/env python3
"""Blind test set v17 for the genbi demo database (db_id "demo").

CONVENTIONS (decided before writing the questions; every gold follows them)
---------------------------------------------------------------------------
Metrics (from demo.semantic.yaml, including the default filter status <> 'cancelled'):
  revenue (sales, spend, turnover) = SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))
  units sold                      = SUM(oi.quantity)
  AOV (average order value)       = revenue / COUNT(DISTINCT order_id)
  profit                          = revenue - SUM(oi.quantity * products.unit_cost)
  margin                          = 100 * profit / revenue   (a percentage)
  All five always exclude cancelled orders.  "order value" of one order = its revenue.
Things that are not semantic metrics keep every row unless the question says otherwise:
  - "orders" counted = all orders of any status (a cancelled order is still an order);
    "customers who ordered" = customers with any order.  Questions that mean
    something narrower say so ("cancelled", "returned", "shipped" ...).
  - shipping cost = orders.shipping_cost (NULL on cancelled orders, so SUM/AVG skip them).
  - "customers" / "products" / "employees" counted = rows of that table.
  - "new customers" = customers by signup_date; "first order" cohorts use MIN(order_date).
  - "sales rep" / "rep" = any employee (semantic synonym); per-rep figures use orders.employee_id
    (orders with no employee are left out of per-rep results).
Region: an order's region is its customer's region (customers.region_id); an employee's
  own region is used only when the question is about employees/reps "in" a region.
Time:
  - "today" = the data's last order date, MAX(orders.order_date) = 2024-12-31 (never the wall
    clock); "this year" = today's year (2024), "last year" = 2023, YTD = from Jan 1 of this year.
  - "last N months" = the N calendar months ending with today's month (last 6 months =
    2024-07-01 .. 2024-12-31);  "last N days" = order_date > today - N days (N days incl. today).
  - month label 'YYYY-MM', quarter label 'YYYY-Qn', year an INTEGER; weekday = English day
    name, series ordered Monday..Sunday; H1 = Jan-Jun.
  - dates are compared as 'YYYY-MM-DD' text; a named period filters on orders.order_date.
  - days between two dates = julianday(later) - julianday(earlier).
  - growth % = 100 * (current - previous) / previous.
Output:
  - money, averages and percentages ROUND(x, 2); counts are not rounded.
  - person display name = first_name || ' ' || last_name (customers grouped by customer_id,
    as names repeat); product/category/region by their name.
  - lists return the display name (or label) first, then the measure ranked/filtered on.
  - time series ordered by period ascending; rankings/breakdowns by the measure descending.
  - "top N"/"bottom N" use LIMIT N; the check below proves no tie at the cut-off.
  - per-group leaders use RANK() = 1 and the check proves one leader per group.
Checks (nothing is written unless all pass): every gold runs, returns rows, not all NULL;
no tie on the ORDER BY key at a final LIMIT cut-off; one row per group for leader queries;
kind counts exact; no duplicate question.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "demo", "demo.sqlite")
OUT = os.path.join(HERE, "demo_v17.json")
OUT_KINDS = os.path.join(HERE, "demo_v17_kinds.json")

WANT = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
        "breakdowns": 13, "simple": 12}

# ---- SQL fragments --------------------------------------------------------
LINE = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
REV = f"SUM({LINE})"
COST = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"({REV} - {COST})"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
J = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
JP = J + " JOIN products p ON p.product_id = oi.product_id"
JC = J + " JOIN customers c ON c.customer_id = o.customer_id"
NC = "o.status <> 'cancelled'"
TODAY = "(SELECT MAX(order_date) FROM orders)"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"


def YEAR(col="o.order_date"):
    return f"CAST(strftime('%Y', {col}) AS INTEGER)"


def MONTH(col="o.order_date"):
    return f"strftime('%Y-%m', {col})"


def QTR(col="o.order_date"):
    return f"strftime('%Y', {col}) || '-Q' || ((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)"


WDAY = ("CASE CAST(strftime('%w', o.order_date) AS INTEGER) WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' "
        "WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' "
        "ELSE 'Saturday' END")
WDAY_ORD = "(CAST(strftime('%w', o.order_date) AS INTEGER) + 6) % 7"

Q = []  # (kind, question, sql, opts)


def add(kind, question, sql, **opts):
    Q.append((kind, question, " ".join(sql.split()), opts))


# ======================= simple (12) =======================================
add("simple", "how many customers do we have", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "total revenue", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC}")
add("simple", "how many products are discontinued?",
    "SELECT COUNT(*) AS discontinued_products FROM products WHERE discontinued = 1")
add("simple", "list all our regions", "SELECT name AS region FROM regions ORDER BY name")
add("simple", "How many orders were cancelled",
    "SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'")
add("simple", "total units sold all time", f"SELECT SUM(oi.quantity) AS units_sold {J} WHERE {NC}")
add("simple", "how many employees are there", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "whats our overall margin", f"SELECT ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC}")
add("simple", "avg shipping cost per order",
    "SELECT ROUND(AVG(shipping_cost), 2) AS avg_shipping_cost FROM orders")
add("simple", "how many product categories r there", "SELECT COUNT(*) AS categories FROM categories")
add("simple", "total profit all time", f"SELECT ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC}")
add("simple", "what's the AOV", f"SELECT ROUND({AOV}, 2) AS aov {J} WHERE {NC}")

# ======================= measures (35) =====================================
add("measures", "total revenue from the Electronics category",
    f"SELECT ROUND({REV}, 2) AS revenue {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "profit from customers in Europe",
    f"SELECT ROUND({PROFIT}, 2) AS profit {JP} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe'")
add("measures", "AOV for online orders",
    f"SELECT ROUND({AOV}, 2) AS aov {J} WHERE {NC} AND o.channel = 'online'")
add("measures", "margin on furniture",
    f"SELECT ROUND({MARGIN}, 2) AS margin_pct {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Furniture'")
add("measures", "units sold of the Nimbus Lite Monitor",
    f"SELECT SUM(oi.quantity) AS units_sold {JP} WHERE {NC} AND p.name = 'Nimbus Lite Monitor'")
add("measures", "how much revenue did Olivia Jackson bring in",
    f"SELECT ROUND({REV}, 2) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND e.first_name = 'Olivia' AND e.last_name = 'Jackson'")
add("measures", "how much $ have we given away in discounts",
    f"SELECT ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount "
    f"{J} WHERE {NC}")
add("measures", "avg discount % on the order lines that got a discount",
    "SELECT ROUND(100.0 * AVG(discount), 2) AS avg_discount_pct FROM order_items WHERE discount IS NOT NULL")
add("measures", "total shipping cost we've charged",
    "SELECT ROUND(SUM(shipping_cost), 2) AS shipping_cost FROM orders")
add("measures", "revenue from corporate customers",
    f"SELECT ROUND({REV}, 2) AS revenue {JC} WHERE {NC} AND c.segment = 'Corporate'")
add("measures", "what share of revenue comes from loyalty members",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN {LINE} ELSE 0 END) / {REV}, 2) "
    f"AS loyalty_revenue_share_pct {JC} WHERE {NC}")
add("measures", "avg units per order",
    f"SELECT ROUND(1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id), 2) AS avg_units_per_order "
    f"{J} WHERE {NC}")
add("measures", "average order value for small business customers",
    f"SELECT ROUND({AOV}, 2) AS aov {JC} WHERE {NC} AND c.segment = 'Small Business'")
add("measures", "how much revenue came from orders that were later returned",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE o.status = 'returned'")
add("measures", "avg revenue per paying customer",
    f"SELECT ROUND({REV} / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer {J} WHERE {NC}")
add("measures", "how many units of toys did we sell",
    f"SELECT SUM(oi.quantity) AS units_sold {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Toys'")
add("measures", "average list price of our products",
    "SELECT ROUND(AVG(unit_price), 2) AS avg_list_price FROM products")
add("measures", "avg salary of account executives",
    "SELECT ROUND(AVG(salary), 2) AS avg_salary FROM employees WHERE title = 'Account Executive'")
add("measures", "what % of orders get returned",
    "SELECT ROUND(100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*), 2) "
    "AS return_rate_pct FROM orders")
add("measures", "cancellation rate?",
    "SELECT ROUND(100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*), 2) "
    "AS cancellation_rate_pct FROM orders")
add("measures", "avg days from order to ship",
    "SELECT ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship "
    "FROM orders WHERE ship_date IS NOT NULL")
add("measures", "average selling price per unit sold",
    f"SELECT ROUND({REV} / SUM(oi.quantity), 2) AS revenue_per_unit {J} WHERE {NC}")
add("measures", "profit per order on average",
    f"SELECT ROUND({PROFIT} / COUNT(DISTINCT o.order_id), 2) AS profit_per_order {JP} WHERE {NC}")
add("measures", "margin on phone orders",
    f"SELECT ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC} AND o.channel = 'phone'")
add("measures", "total sales to customers in Germany",
    f"SELECT ROUND({REV}, 2) AS revenue {JC} WHERE {NC} AND c.country = 'Germany'")
add("measures", "how many different customers have bought kitchen stuff",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Kitchen'")
add("measures", "avg number of lines per order",
    "SELECT ROUND(1.0 * COUNT(*) / COUNT(DISTINCT order_id), 2) AS avg_lines_per_order FROM order_items")
add("measures", "average unit cost of electronics products",
    "SELECT ROUND(AVG(p.unit_cost), 2) AS avg_unit_cost FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Electronics'")
add("measures", "how much profit did Sports make",
    f"SELECT ROUND({PROFIT}, 2) AS profit {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Sports'")
add("measures", "units sold thru the store channel",
    f"SELECT SUM(oi.quantity) AS units_sold {J} WHERE {NC} AND o.channel = 'store'")
add("measures", "what % of revenue was sold at a discount",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN oi.discount IS NOT NULL AND oi.discount > 0 THEN {LINE} ELSE 0 END) "
    f"/ {REV}, 2) AS discounted_revenue_share_pct {J} WHERE {NC}")
add("measures", "revenue Asia Pacific",
    f"SELECT ROUND({REV}, 2) AS revenue {JC} JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND r.name = 'Asia Pacific'")
add("measures", "how many orders does a customer place on avg",
    "SELECT ROUND(1.0 * COUNT(*) / COUNT(DISTINCT customer_id), 2) AS avg_orders_per_customer FROM orders")
add("measures", "revenue from discontinued products",
    f"SELECT ROUND({REV}, 2) AS revenue {JP} WHERE {NC} AND p.discontinued = 1")
add("measures", "what was our biggest single order worth",
    f"SELECT ROUND(MAX(order_value), 2) AS max_order_value FROM "
    f"(SELECT o.order_id, {REV} AS order_value {J} WHERE {NC} GROUP BY o.order_id)")

# ======================= time (45) =========================================
add("time", "revenue by year",
    f"SELECT {YEAR()} AS year, ROUND({REV}, 2) AS revenue {J} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "monthly revenue in 2024",
    f"SELECT {MONTH()} AS month, ROUND({REV}, 2) AS revenue {J} WHERE {NC} "
    f"AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "revenue Q3 2023",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'")
add("time", "orders per month last 6 months",
    f"SELECT {MONTH()} AS month, COUNT(*) AS orders FROM orders o "
    f"WHERE o.order_date >= date({TODAY}, 'start of month', '-5 months') GROUP BY month ORDER BY month")
add("time", "YoY revenue growth",
    f"WITH y AS (SELECT {YEAR()} AS year, {REV} AS revenue {J} WHERE {NC} GROUP BY year) "
    "SELECT year, ROUND(revenue, 2) AS revenue, "
    "ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year), 2) "
    "AS yoy_growth_pct FROM y ORDER BY year")
add("time", "sales in June 2024",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date BETWEEN '2024-06-01' AND '2024-06-30'")
add("time", "AOV by quarter for 2024",
    f"SELECT {QTR()} AS quarter, ROUND({AOV}, 2) AS aov {J} WHERE {NC} "
    f"AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter")
add("time", "new customers per year",
    f"SELECT {YEAR('signup_date')} AS year, COUNT(*) AS new_customers FROM customers GROUP BY year ORDER BY year")
add("time", "orders by weekday",
    f"SELECT {WDAY} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY {WDAY_ORD} ORDER BY {WDAY_ORD}")
add("time", "revenue last 30 days",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date > date({TODAY}, '-30 days')")
add("time", "units sold per month in 2023",
    f"SELECT {MONTH()} AS month, SUM(oi.quantity) AS units_sold {J} WHERE {NC} "
    f"AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month")
add("time", "profit by quarter 2023",
    f"SELECT {QTR()} AS quarter, ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC} "
    f"AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY quarter")
add("time", "margin by yr",
    f"SELECT {YEAR()} AS year, ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "which month had our best revenue ever",
    f"SELECT {MONTH()} AS month, ROUND({REV}, 2) AS revenue {J} WHERE {NC} "
    "GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("time", "revenue YTD",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date >= date({TODAY}, 'start of year') "
    f"AND o.order_date <= {TODAY}")
add("time", "sales this year vs last year",
    f"SELECT ROUND(SUM(CASE WHEN strftime('%Y', o.order_date) = strftime('%Y', {TODAY}) THEN {LINE} ELSE 0 END), 2) "
    f"AS revenue_this_year, "
    f"ROUND(SUM(CASE WHEN strftime('%Y', o.order_date) = strftime('%Y', date({TODAY}, '-1 year')) "
    f"THEN {LINE} ELSE 0 END), 2) AS revenue_last_year {J} WHERE {NC}")
add("time", "revenue growth Q4 2024 vs Q4 2023 in %",
    f"SELECT ROUND(100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {LINE} ELSE 0 END) "
    f"- SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {LINE} ELSE 0 END)) "
    f"/ SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {LINE} ELSE 0 END), 2) "
    f"AS growth_pct {J} WHERE {NC}")
add("time", "avg days to ship by month in 2024",
    f"SELECT {MONTH()} AS month, ROUND(AVG(julianday(o.ship_date) - julianday(o.order_date)), 2) AS avg_days_to_ship "
    "FROM orders o WHERE o.ship_date IS NOT NULL AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
    "GROUP BY month ORDER BY month")
add("time", "cancelled orders per quarter",
    f"SELECT {QTR()} AS quarter, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' "
    "GROUP BY quarter ORDER BY quarter")
add("time", "running total of revenue by month for 2024",
    f"WITH m AS (SELECT {MONTH()} AS month, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month) "
    "SELECT month, ROUND(revenue, 2) AS revenue, ROUND(SUM(revenue) OVER (ORDER BY month), 2) AS cumulative_revenue "
    "FROM m ORDER BY month")
add("time", "how many orders on weekends vs weekdays",
    "SELECT CASE WHEN strftime('%w', order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS day_type, "
    "COUNT(*) AS orders FROM orders GROUP BY day_type ORDER BY orders DESC")
add("time", "revenue H1 2024",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-06-30'")
add("time", "new signups per month in 2024",
    f"SELECT {MONTH('signup_date')} AS month, COUNT(*) AS new_customers FROM customers "
    "WHERE signup_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "electronics revenue by month 2024",
    f"SELECT {MONTH()} AS month, ROUND({REV}, 2) AS revenue {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics' "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "number of orders per year by channel",
    f"SELECT {YEAR()} AS year, o.channel, COUNT(*) AS orders FROM orders o "
    "GROUP BY year, o.channel ORDER BY year, o.channel")
add("time", "avg order value by year",
    f"SELECT {YEAR()} AS year, ROUND({AOV}, 2) AS aov {J} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "which quarter in 2023 had the most orders",
    f"SELECT {QTR()} AS quarter, COUNT(*) AS orders FROM orders o "
    "WHERE o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY orders DESC LIMIT 1")
add("time", "revenue from march 1 to march 15 2024",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date BETWEEN '2024-03-01' AND '2024-03-15'")
add("time", "how many customers placed their first order in each year",
    "SELECT CAST(strftime('%Y', first_order) AS INTEGER) AS year, COUNT(*) AS customers FROM "
    "(SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "GROUP BY year ORDER BY year")
add("time", "revenue in the last 3 months",
    f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} "
    f"AND o.order_date >= date({TODAY}, 'start of month', '-2 months')")
add("time", "how many different customers ordered each month in 2024",
    f"SELECT {MONTH()} AS month, COUNT(DISTINCT o.customer_id) AS customers FROM orders o "
    "WHERE o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "MoM revenue growth % for 2024",
    f"WITH m AS (SELECT {MONTH()} AS month, {REV} AS revenue {J} WHERE {NC} GROUP BY month), "
    "g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m) "
    "SELECT month, ROUND(revenue, 2) AS revenue, ROUND(100.0 * (revenue - prev) / prev, 2) AS mom_growth_pct "
    "FROM g WHERE month BETWEEN '2024-01' AND '2024-12' ORDER BY month")
add("time", "avg monthly revenue in 2023",
    f"SELECT ROUND(AVG(revenue), 2) AS avg_monthly_revenue FROM (SELECT {MONTH()} AS month, {REV} AS revenue "
    f"{J} WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month)")
add("time", "shipping costs per year",
    f"SELECT {YEAR()} AS year, ROUND(SUM(o.shipping_cost), 2) AS shipping_cost FROM orders o "
    "GROUP BY year ORDER BY year")
add("time", "quarterly revenue 2022 thru 2023",
    f"SELECT {QTR()} AS quarter, ROUND({REV}, 2) AS revenue {J} WHERE {NC} "
    "AND o.order_date BETWEEN '2022-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY quarter")
add("time", "how many people did we hire each year",
    f"SELECT {YEAR('hire_date')} AS year, COUNT(*) AS hires FROM employees GROUP BY year ORDER BY year")
add("time", "product launches by year",
    f"SELECT {YEAR('launch_date')} AS year, COUNT(*) AS products_launched FROM products "
    "GROUP BY year ORDER BY year")
add("time", "december revenue each year",
    f"SELECT {YEAR()} AS year, ROUND({REV}, 2) AS revenue {J} WHERE {NC} "
    "AND strftime('%m', o.order_date) = '12' GROUP BY year ORDER BY year")
add("time", "best weekday for revenue in 2024",
    f"SELECT {WDAY} AS weekday, ROUND({REV}, 2) AS revenue {J} WHERE {NC} "
    f"AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY {WDAY_ORD} ORDER BY revenue DESC LIMIT 1")
add("time", "revenue by region over the last 12 months",
    f"SELECT r.name AS region, ROUND({REV}, 2) AS revenue {JC} JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND o.order_date >= date({TODAY}, 'start of month', '-11 months') "
    "GROUP BY r.region_id, r.name ORDER BY revenue DESC")
add("time", "YoY revenue growth per category, 2024 vs 2023",
    f"WITH cr AS (SELECT cat.name AS category, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {LINE} ELSE 0 END) AS rev_2023, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-12-31' THEN {LINE} ELSE 0 END) AS rev_2024 "
    f"{JP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id, cat.name) "
    "SELECT category, ROUND(100.0 * (rev_2024 - rev_2023) / rev_2023, 2) AS yoy_growth_pct, "
    "ROUND(rev_2023, 2) AS revenue_2023, ROUND(rev_2024, 2) AS revenue_2024 FROM cr ORDER BY yoy_growth_pct DESC")
add("time", "online revenue per month, last 6 months",
    f"SELECT {MONTH()} AS month, ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.channel = 'online' "
    f"AND o.order_date >= date({TODAY}, 'start of month', '-5 months') GROUP BY month ORDER BY month")
add("time", "QoQ revenue growth in 2024",
    f"WITH q AS (SELECT {QTR()} AS quarter, {REV} AS revenue {J} WHERE {NC} GROUP BY quarter), "
    "g AS (SELECT quarter, revenue, LAG(revenue) OVER (ORDER BY quarter) AS prev FROM q) "
    "SELECT quarter, ROUND(revenue, 2) AS revenue, ROUND(100.0 * (revenue - prev) / prev, 2) AS qoq_growth_pct "
    "FROM g WHERE quarter LIKE '2024-%' ORDER BY quarter")
add("time", "orders in the first week of jan 2024",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-01-07'")
add("time", "how many days between our very first and very last order",
    "SELECT CAST(julianday(MAX(order_date)) - julianday(MIN(order_date)) AS INTEGER) AS days FROM orders")

# ======================= topn (15) =========================================
add("topn", "top 5 customers by revenue",
    f"SELECT {CUST} AS customer, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} "
    "GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold {JP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10")
add("topn", "bottom 5 products by revenue",
    f"SELECT p.name AS product, ROUND({REV}, 2) AS revenue {JP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "top 3 reps by sales in 2024",
    f"SELECT {EMP} AS employee, ROUND({REV}, 2) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
    "GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3")
add("topn", "top 4 countries by number of customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 4")
add("topn", "which category has the highest margin",
    f"SELECT cat.name AS category, ROUND({MARGIN}, 2) AS margin_pct {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY margin_pct DESC LIMIT 1")
add("topn", "top 5 cities by revenue",
    f"SELECT c.city, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} "
    "GROUP BY c.city ORDER BY revenue DESC LIMIT 5")
add("topn", "worst 3 categories by profit in 2023",
    f"SELECT cat.name AS category, ROUND({PROFIT}, 2) AS profit {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY cat.category_id ORDER BY profit ASC LIMIT 3")
add("topn", "top 5 custmers by number of orders",
    f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5")
add("topn", "top 5 products by profit",
    f"SELECT p.name AS product, ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY profit DESC LIMIT 5")
add("topn", "3 least popular products by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold {JP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY units_sold ASC LIMIT 3")
add("topn", "top 5 reps by number of orders handled",
    f"SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
    "GROUP BY e.employee_id ORDER BY orders DESC LIMIT 5")
add("topn", "5 highest paid employees",
    f"SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.salary IS NOT NULL "
    "ORDER BY e.salary DESC LIMIT 5")
add("topn", "top 5 biggest orders by value",
    f"SELECT o.order_id, ROUND({REV}, 2) AS order_value {J} WHERE {NC} "
    "GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5")
add("topn", "top 3 countries by AOV",
    f"SELECT c.country, ROUND({AOV}, 2) AS aov {JC} WHERE {NC} "
    "GROUP BY c.country ORDER BY aov DESC LIMIT 3")

# ======================= breakdowns (13) ===================================
add("breakdowns", "revenue by region",
    f"SELECT r.name AS region, ROUND({REV}, 2) AS revenue {JC} JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id, r.name ORDER BY revenue DESC")
add("breakdowns", "orders by channel",
    "SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC")
add("breakdowns", "units sold by category",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units_sold {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id, cat.name ORDER BY units_sold DESC")
add("breakdowns", "AOV by customer segment",
    f"SELECT c.segment, ROUND({AOV}, 2) AS aov {JC} WHERE {NC} GROUP BY c.segment ORDER BY aov DESC")
add("breakdowns", "margin by category",
    f"SELECT cat.name AS category, ROUND({MARGIN}, 2) AS margin_pct {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id, cat.name ORDER BY margin_pct DESC")
add("breakdowns", "customers by segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "revenue by channel and segment",
    f"SELECT o.channel, c.segment, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} "
    "GROUP BY o.channel, c.segment ORDER BY revenue DESC")
add("breakdowns", "share of revenue by region",
    f"SELECT r.name AS region, ROUND(100.0 * {REV} / (SELECT {REV} {J} WHERE {NC}), 2) AS revenue_share_pct "
    f"{JC} JOIN regions r ON r.region_id = c.region_id WHERE {NC} "
    "GROUP BY r.region_id, r.name ORDER BY revenue_share_pct DESC")
add("breakdowns", "profit by region",
    f"SELECT r.name AS region, ROUND({PROFIT}, 2) AS profit {JP} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id, r.name ORDER BY profit DESC")
add("breakdowns", "avg shipping cost by channel",
    "SELECT channel, ROUND(AVG(shipping_cost), 2) AS avg_shipping_cost FROM orders "
    "GROUP BY channel ORDER BY avg_shipping_cost DESC")
add("breakdowns", "how many employees in each region",
    "SELECT r.name AS region, COUNT(*) AS employees FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "GROUP BY r.region_id, r.name ORDER BY employees DESC")
add("breakdowns", "order status breakdown",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "revenue loyalty members vs non members",
    f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, "
    f"ROUND({REV}, 2) AS revenue {JC} WHERE {NC} GROUP BY c.loyalty_member ORDER BY revenue DESC")

# ======================= filters (15) ======================================
add("filters", "how many loyalty members in Canada",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Canada' AND loyalty_member = 1")
add("filters", "products priced between $100 and $200",
    "SELECT name AS product, unit_price FROM products WHERE unit_price BETWEEN 100 AND 200 "
    "ORDER BY unit_price DESC")
add("filters", "how many orders were over $2,500",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J} WHERE {NC} GROUP BY o.order_id "
    f"HAVING {REV} > 2500)")
add("filters", "customers who spent more than 15k",
    f"SELECT {CUST} AS customer, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} "
    f"GROUP BY c.customer_id HAVING {REV} > 15000 ORDER BY revenue DESC")
add("filters", "products with margin under 20%",
    f"SELECT p.name AS product, ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC} "
    f"GROUP BY p.product_id HAVING {MARGIN} < 20 ORDER BY margin_pct DESC")
add("filters", "reps hired after 2020",
    f"SELECT {EMP} AS employee, e.hire_date FROM employees e WHERE e.hire_date > '2020-12-31' "
    "ORDER BY e.hire_date")
add("filters", "discontinued products that still sold in 2024",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold {JP} WHERE {NC} AND p.discontinued = 1 "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY p.product_id ORDER BY units_sold DESC")
add("filters", "how many customers never placed an order",
    "SELECT COUNT(*) AS customers FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)")
add("filters", "categories with revenue above the average category",
    f"WITH cr AS (SELECT cat.name AS category, {REV} AS revenue {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id, cat.name) "
    "SELECT category, ROUND(revenue, 2) AS revenue FROM cr WHERE revenue > (SELECT AVG(revenue) FROM cr) "
    "ORDER BY revenue DESC")
add("filters", "employees earning above the average salary",
    f"SELECT {EMP} AS employee, e.salary FROM employees e "
    "WHERE e.salary > (SELECT AVG(salary) FROM employees) ORDER BY e.salary DESC")
add("filters", "how many order lines had a discount of 25% or more",
    "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.25")
add("filters", "corporate customers in germany - how many",
    "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate' AND country = 'Germany'")
add("filters", "online orders that took more than 3 days to ship",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' "
    "AND julianday(ship_date) - julianday(order_date) > 3")
add("filters", "books under $20",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Books' AND p.unit_price < 20 ORDER BY p.unit_price DESC")
add("filters", "countries with more than 100 customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country HAVING COUNT(*) > 100 "
    "ORDER BY customers DESC")

# ======================= tricky (25) =======================================
add("tricky", "how much revenue did we lose to cancelled orders",
    f"SELECT ROUND({REV}, 2) AS lost_revenue {J} WHERE o.status = 'cancelled'")
add("tricky", "customers who ordered in 2023 but not in 2024 - how many",
    "SELECT COUNT(*) AS customers FROM (SELECT DISTINCT customer_id FROM orders "
    "WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31' EXCEPT SELECT customer_id FROM orders "
    "WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31')")
add("tricky", "how many customers had their first ever order in 2024",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING MIN(order_date) BETWEEN '2024-01-01' AND '2024-12-31')")
add("tricky", "avg days between signup and first order",
    "SELECT ROUND(AVG(julianday(f.first_order) - julianday(c.signup_date)), 2) AS avg_days "
    "FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f "
    "ON f.customer_id = c.customer_id")
add("tricky", "repeat customer rate",
    "SELECT ROUND(100.0 * SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END) / COUNT(*), 2) AS repeat_customer_pct "
    "FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id)")
add("tricky", "best selling product in each category by revenue",
    f"WITH pr AS (SELECT cat.name AS category, p.name AS product, {REV} AS revenue, "
    f"RANK() OVER (PARTITION BY cat.category_id ORDER BY {REV} DESC) AS rk {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id, p.product_id) "
    "SELECT category, product, ROUND(revenue, 2) AS revenue FROM pr WHERE rk = 1 ORDER BY revenue DESC",
    uniq=0)
add("tricky", "for each region, which of its reps sold the most",
    f"WITH er AS (SELECT r.name AS region, {EMP} AS employee, {REV} AS revenue, "
    f"RANK() OVER (PARTITION BY e.region_id ORDER BY {REV} DESC) AS rk {J} "
    f"JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id "
    f"WHERE {NC} GROUP BY e.region_id, e.employee_id) "
    "SELECT region, employee, ROUND(revenue, 2) AS revenue FROM er WHERE rk = 1 ORDER BY revenue DESC",
    uniq=0)
add("tricky", "products that sold nothing in 2024",
    f"SELECT p.name AS product FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id {J} "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31') ORDER BY p.name")
add("tricky", "how many online orders have no sales rep on them",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' AND employee_id IS NULL")
add("tricky", "how many customers bought from 5+ different categories",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {JP} WHERE {NC} GROUP BY o.customer_id "
    "HAVING COUNT(DISTINCT p.category_id) >= 5)")
add("tricky", "managers and how many direct reports each has",
    "SELECT m.first_name || ' ' || m.last_name AS manager, COUNT(*) AS direct_reports FROM employees e "
    "JOIN employees m ON m.employee_id = e.manager_id GROUP BY m.employee_id ORDER BY direct_reports DESC")
add("tricky", "which month had the biggest MoM drop in revenue",
    f"WITH m AS (SELECT {MONTH()} AS month, {REV} AS revenue {J} WHERE {NC} GROUP BY month), "
    "g AS (SELECT month, revenue - LAG(revenue) OVER (ORDER BY month) AS change FROM m) "
    "SELECT month, ROUND(change, 2) AS revenue_change FROM g WHERE change IS NOT NULL "
    "ORDER BY revenue_change ASC LIMIT 1")
add("tricky", "what % of revenue comes from our top 10 customers",
    f"WITH cr AS (SELECT o.customer_id, {REV} AS revenue {J} WHERE {NC} GROUP BY o.customer_id) "
    "SELECT ROUND(100.0 * (SELECT SUM(revenue) FROM (SELECT revenue FROM cr ORDER BY revenue DESC LIMIT 10)) "
    "/ (SELECT SUM(revenue) FROM cr), 2) AS top10_share_pct")
add("tricky", "avg gap in days between a customer's consecutive orders",
    "WITH g AS (SELECT julianday(order_date) - julianday(LAG(order_date) OVER "
    "(PARTITION BY customer_id ORDER BY order_date, order_id)) AS gap FROM orders) "
    "SELECT ROUND(AVG(gap), 2) AS avg_days_between_orders FROM g WHERE gap IS NOT NULL")
add("tricky", "how many customers have an AOV above the overall AOV",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id, {AOV} AS aov {J} WHERE {NC} "
    f"GROUP BY o.customer_id) WHERE aov > (SELECT {AOV} {J} WHERE {NC})")
add("tricky", "how many products are priced above their category's average price",
    "SELECT COUNT(*) AS products FROM products p WHERE p.unit_price > "
    "(SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
add("tricky", "median order value",
    f"WITH ov AS (SELECT {REV} AS v {J} WHERE {NC} GROUP BY o.order_id), "
    "r AS (SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS rn, COUNT(*) OVER () AS n FROM ov) "
    "SELECT ROUND(AVG(v), 2) AS median_order_value FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2)")
add("tricky", "how many customers bought both electronics and furniture",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name IN ('Electronics', 'Furniture') "
    "GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)")
add("tricky", "for repeat customers, avg days between their first and last order",
    "SELECT ROUND(AVG(julianday(last_order) - julianday(first_order)), 2) AS avg_days FROM "
    "(SELECT customer_id, MIN(order_date) AS first_order, MAX(order_date) AS last_order, COUNT(*) AS n "
    "FROM orders GROUP BY customer_id) WHERE n > 1")
add("tricky", "how many products sold fewer units in 2024 than in 2023",
    f"SELECT COUNT(*) AS products FROM (SELECT oi.product_id, "
    "SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN oi.quantity ELSE 0 END) AS u23, "
    "SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-12-31' THEN oi.quantity ELSE 0 END) AS u24 "
    f"{J} WHERE {NC} GROUP BY oi.product_id) WHERE u24 < u23")
add("tricky", "top customer each year by revenue",
    f"WITH cy AS (SELECT {YEAR()} AS year, {CUST} AS customer, {REV} AS revenue, "
    f"RANK() OVER (PARTITION BY {YEAR()} ORDER BY {REV} DESC) AS rk {JC} WHERE {NC} "
    f"GROUP BY {YEAR()}, c.customer_id) "
    "SELECT year, customer, ROUND(revenue, 2) AS revenue FROM cy WHERE rk = 1 ORDER BY year",
    uniq=0)
add("tricky", "customers who signed up in 2024 and already spent over $1k",
    f"SELECT {CUST} AS customer, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} "
    "AND c.signup_date BETWEEN '2024-01-01' AND '2024-12-31' "
    f"GROUP BY c.customer_id HAVING {REV} > 1000 ORDER BY revenue DESC")
add("tricky", "how many customers havent ordered in over a year",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    f"HAVING MAX(order_date) < date({TODAY}, '-365 days'))")
add("tricky", "each category's share of total revenue",
    f"SELECT cat.name AS category, ROUND(100.0 * {REV} / (SELECT {REV} {J} WHERE {NC}), 2) AS revenue_share_pct "
    f"{JP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id, cat.name ORDER BY revenue_share_pct DESC")
add("tricky", "what % of customers never ordered",
    "SELECT ROUND(100.0 * SUM(CASE WHEN customer_id NOT IN (SELECT customer_id FROM orders) THEN 1 ELSE 0 END) "
    "/ COUNT(*), 2) AS pct_never_ordered FROM customers")


# ======================= checks ============================================
def main():
    errors = []
    con = sqlite3.connect(DB)
    kinds = Counter(k for k, _, _, _ in Q)
    for k, n in WANT.items():
        if kinds.get(k, 0) != n:
            errors.append(f"kind {k}: {kinds.get(k, 0)} != {n}")
    for k in kinds:
        if k not in WANT:
            errors.append(f"unknown kind {k}")
    if len(Q) != sum(WANT.values()):
        errors.append(f"total {len(Q)} != {sum(WANT.values())}")
    seen = {}
    for i, (k, q, sql, opts) in enumerate(Q):
        norm = re.sub(r"\W+", " ", q.lower()).strip()
        if norm in seen:
            errors.append(f"#{i} duplicate question of #{seen[norm]}: {q}")
        seen[norm] = i
        try:
            rows = con.execute(sql).fetchall()
        except Exception as e:  # noqa
            errors.append(f"#{i} [{q}] error: {e}")
            continue
        if not rows:
            errors.append(f"#{i} [{q}] no rows")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"#{i} [{q}] all NULL")
        m = re.search(r"\s+LIMIT\s+(\d+)\s*$", sql, re.I)
        if m:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            key = opts.get("key", [len(full[0]) - 1])
            if len(full) > n and [full[n - 1][j] for j in key] == [full[n][j] for j in key]:
                errors.append(f"#{i} [{q}] tie at LIMIT {n}: {full[n-1]} vs {full[n]}")
        if "uniq" in opts:
            col = [r[opts["uniq"]] for r in rows]
            if len(col) != len(set(col)):
                errors.append(f"#{i} [{q}] tie for a group leader")
    if errors:
        print("CHECKS FAILED, nothing written:")
        for e in errors:
            print("  ", e)
        return 1
    with open(OUT, "w") as f:
        json.dump([{"question": q, "db_id": "demo", "query": sql} for _, q, sql, _ in Q], f, indent=2)
    with open(OUT_KINDS, "w") as f:
        json.dump({str(i): k for i, (k, _, _, _) in enumerate(Q)}, f, indent=2)
    print(f"wrote {len(Q)} questions to {OUT} and kinds to {OUT_KINDS}")
    print(dict(kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
