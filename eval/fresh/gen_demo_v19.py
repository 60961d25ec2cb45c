#!/usr/bin/env python3
"""Blind test set v19 for the genbi demo database (sales manager questions, gold SQL).

CONVENTIONS (decided before writing the questions; every gold query follows them)
-------------------------------------------------------------------------------
Data / semantic layer (demo.semantic.yaml):
  * revenue   = SUM(qty * unit_price * (1 - COALESCE(discount, 0))), cancelled orders excluded.
  * units sold= SUM(qty), cancelled excluded.
  * AOV       = revenue / COUNT(DISTINCT order_id), cancelled excluded.
  * profit    = revenue - SUM(qty * products.unit_cost), cancelled excluded.
  * margin    = 100 * profit / revenue (a percentage 0-100), cancelled excluded.
  * Returned orders are NOT excluded from the metrics (the semantic layer only drops cancelled).
  * "sold"/"bought"/"buyers"/"purchased" = non-cancelled orders; plain "orders" / "how many orders"
    counts every order row whatever its status unless the question restricts it.
  * Rates of orders (return rate, share of orders ...) are over all orders unless said otherwise.
  * An order's region is its customer's region; the rep's region only when the question says so.
  * Rep / employee performance uses orders.employee_id (online orders may have no rep).
  * Discount NULL means no discount (0).
Time:
  * "today" = 2024-12-31 (the last order date); this year = 2024, last year = 2023.
  * "last N months" = the N whole calendar months ending with Dec 2024
    (last 6 months = 2024-07-01 .. 2024-12-31); "last N days" = the N days ending today,
    i.e. order_date > date('2024-12-31', '-N days').
  * Month labels 'YYYY-MM', quarter labels 'YYYY-Qn', years as integers, days as 'YYYY-MM-DD'.
  * Weekday = strftime('%w') named Sunday..Saturday, listed Sunday first.
  * Days between dates = julianday(later) - julianday(earlier); shipping time only for shipped
    orders (ship_date not null).
  * YoY / MoM / "vs last year" growth % = 100 * (current - previous) / previous.
Output:
  * Money, averages, percentages ROUND(x, 2); counts not rounded.
  * People shown as first_name || ' ' || last_name; customers are grouped by customer_id
    (display names are not unique) but only the name is shown.
  * Lists: display name first, then the measure ranked or filtered on.
  * Time series ordered by period ascending; rankings and breakdowns by the measure descending;
    plain lists of names alphabetically.
  * "top N" uses LIMIT N; the checks below reject a tie at the LIMIT cut-off.

Checks (nothing is written if any fails): every gold runs, returns rows, not all NULL;
no tie on the ORDER BY key at a final LIMIT cut-off; kind counts exact; no duplicate question.
"""
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "demo", "demo.sqlite")
OUT = os.path.join(HERE, "demo_v19.json")
OUT_KINDS = os.path.join(HERE, "demo_v19_kinds.json")

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
            "breakdowns": 13, "simple": 12}

# ---- SQL building blocks (semantic-layer definitions) -------------------------------------
LINE = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
REV = f"SUM({LINE})"
COST = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"({REV} - {COST})"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
F = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
FP = F + " JOIN products p ON p.product_id = oi.product_id"
NC = "o.status <> 'cancelled'"
MON = "strftime('%Y-%m', o.order_date)"
QTR = ("strftime('%Y', o.order_date) || '-Q' || "
       "((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)")
YR = "CAST(strftime('%Y', o.order_date) AS INTEGER)"
Y = "strftime('%Y', o.order_date)"
WD = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
      "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
      "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
DAYS = "julianday(o.ship_date) - julianday(o.order_date)"
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"

Q = []


def add(kind, question, sql):
    Q.append((kind, question, " ".join(sql.split())))


# =============================== simple (12) ===============================================
add("simple", "how many customers do we have?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "total revenue all time",
    f"SELECT ROUND({REV}, 2) AS revenue {F} WHERE {NC}")
add("simple", "how many products are discontinued",
    "SELECT COUNT(*) AS discontinued_products FROM products WHERE discontinued = 1")
add("simple", "list our regions", "SELECT name AS region FROM regions ORDER BY name")
add("simple", "how many employees do we have", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "total units sold", f"SELECT SUM(oi.quantity) AS units_sold {F} WHERE {NC}")
add("simple", "how many orders got cancelled",
    "SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'")
add("simple", "whats our AOV", f"SELECT ROUND({AOV}, 2) AS aov {F} WHERE {NC}")
add("simple", "how many loyalty members do we have",
    "SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1")
add("simple", "avg shipping cost per order",
    "SELECT ROUND(AVG(shipping_cost), 2) AS avg_shipping_cost FROM orders")
add("simple", "total profit so far",
    f"SELECT ROUND({PROFIT}, 2) AS profit {FP} WHERE {NC}")
add("simple", "how many product categories r there",
    "SELECT COUNT(*) AS categories FROM categories")

# =============================== time (45) =================================================
add("time", "revenue by month in 2024",
    f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {F} WHERE {NC} AND {Y} = '2024' "
    "GROUP BY month ORDER BY month")
add("time", "monthly order count for 2023",
    f"SELECT {MON} AS month, COUNT(*) AS orders FROM orders o WHERE {Y} = '2023' "
    "GROUP BY month ORDER BY month")
add("time", "revenue by quarter",
    f"SELECT {QTR} AS quarter, ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "GROUP BY quarter ORDER BY quarter")
add("time", "what was revenue in Q3 2023?",
    f"SELECT ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'")
add("time", "units sold in June 2024",
    f"SELECT SUM(oi.quantity) AS units_sold {F} WHERE {NC} AND {MON} = '2024-06'")
add("time", "revenue last 6 months by month",
    f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "AND o.order_date >= '2024-07-01' GROUP BY month ORDER BY month")
add("time", "revenue YoY growth",
    f"WITH y AS (SELECT {YR} AS year, {REV} AS revenue {F} WHERE {NC} GROUP BY year) "
    "SELECT year, ROUND(revenue, 2) AS revenue, "
    "ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year), 2) "
    "AS yoy_growth_pct FROM y ORDER BY year")
add("time", "2024 revenue vs last year",
    f"SELECT ROUND(SUM(CASE WHEN {Y} = '2024' THEN {LINE} END), 2) AS revenue_2024, "
    f"ROUND(SUM(CASE WHEN {Y} = '2023' THEN {LINE} END), 2) AS revenue_2023, "
    f"ROUND(100.0 * (SUM(CASE WHEN {Y} = '2024' THEN {LINE} END) - SUM(CASE WHEN {Y} = '2023' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN {Y} = '2023' THEN {LINE} END), 2) AS pct_change {F} WHERE {NC}")
add("time", "orders by weekday",
    f"SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o "
    "GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)")
add("time", "2024 revenue by day of week",
    f"SELECT {WD} AS weekday, ROUND({REV}, 2) AS revenue {F} WHERE {NC} AND {Y} = '2024' "
    "GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)")
add("time", "AOV by year",
    f"SELECT {YR} AS year, ROUND({AOV}, 2) AS aov {F} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "margin by quater in 2024",
    f"SELECT {QTR} AS quarter, ROUND({MARGIN}, 2) AS margin_pct {FP} WHERE {NC} AND {Y} = '2024' "
    "GROUP BY quarter ORDER BY quarter")
add("time", "new customer signups per year",
    "SELECT CAST(strftime('%Y', signup_date) AS INTEGER) AS year, COUNT(*) AS new_customers "
    "FROM customers GROUP BY year ORDER BY year")
add("time", "signups by month in 2024",
    "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS new_customers FROM customers "
    "WHERE strftime('%Y', signup_date) = '2024' GROUP BY month ORDER BY month")
add("time", "avg days from order to ship, by year",
    f"SELECT {YR} AS year, ROUND(AVG({DAYS}), 2) AS avg_days_to_ship FROM orders o "
    "WHERE o.ship_date IS NOT NULL GROUP BY year ORDER BY year")
add("time", "avg shipping time in days per month over the last 6 months",
    f"SELECT {MON} AS month, ROUND(AVG({DAYS}), 2) AS avg_days_to_ship FROM orders o "
    "WHERE o.ship_date IS NOT NULL AND o.order_date >= '2024-07-01' GROUP BY month ORDER BY month")
add("time", "revenue in the last 30 days",
    f"SELECT ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "AND o.order_date > date('2024-12-31', '-30 days')")
add("time", "how many ordres in the last 90 days",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.order_date > date('2024-12-31', '-90 days')")
add("time", "which month had our highest revenue ever",
    f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("time", "best quarter of 2023 for units sold",
    f"SELECT {QTR} AS quarter, SUM(oi.quantity) AS units_sold {F} WHERE {NC} AND {Y} = '2023' "
    "GROUP BY quarter ORDER BY units_sold DESC LIMIT 1")
add("time", "running total of revenue by month for 2024",
    f"WITH m AS (SELECT {MON} AS month, {REV} AS revenue {F} WHERE {NC} AND {Y} = '2024' GROUP BY month) "
    "SELECT month, ROUND(revenue, 2) AS revenue, "
    "ROUND(SUM(revenue) OVER (ORDER BY month), 2) AS cumulative_revenue FROM m ORDER BY month")
add("time", "Q4 2024 vs Q4 2023 revenue",
    f"SELECT ROUND(SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {LINE} END), 2) AS revenue_q4_2024, "
    f"ROUND(SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {LINE} END), 2) AS revenue_q4_2023, "
    f"ROUND(100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {LINE} END) "
    f"- SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {LINE} END), 2) AS pct_change "
    f"{F} WHERE {NC}")
add("time", "month over month revenue growth % in 2024",
    f"WITH m AS (SELECT {MON} AS month, {REV} AS revenue {F} WHERE {NC} GROUP BY month), "
    "g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m) "
    "SELECT month, ROUND(revenue, 2) AS revenue, ROUND(100.0 * (revenue - prev) / prev, 2) AS mom_growth_pct "
    "FROM g WHERE month LIKE '2024-%' ORDER BY month")
add("time", "revenue in H1 2024",
    f"SELECT ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-06-30'")
add("time", "how many 2024 orders shipped the same day they were placed",
    "SELECT COUNT(*) AS same_day_orders FROM orders o "
    f"WHERE {Y} = '2024' AND o.ship_date = o.order_date")
add("time", "profit by year",
    f"SELECT {YR} AS year, ROUND({PROFIT}, 2) AS profit {FP} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "unique buyers per month in 2024",
    f"SELECT {MON} AS month, COUNT(DISTINCT o.customer_id) AS buyers FROM orders o "
    f"WHERE {NC} AND {Y} = '2024' GROUP BY month ORDER BY month")
add("time", "cancellations by month 2024",
    f"SELECT {MON} AS month, COUNT(*) AS cancelled_orders FROM orders o "
    f"WHERE o.status = 'cancelled' AND {Y} = '2024' GROUP BY month ORDER BY month")
add("time", "return rate by year",
    f"SELECT {YR} AS year, ROUND(100.0 * SUM(o.status = 'returned') / COUNT(*), 2) AS return_rate_pct "
    "FROM orders o GROUP BY year ORDER BY year")
add("time", "furniture revenue by year",
    f"SELECT {YR} AS year, ROUND({REV}, 2) AS revenue {FP} "
    "JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Furniture' GROUP BY year ORDER BY year")
add("time", "revenue by region this year vs last year",
    f"SELECT r.name AS region, ROUND(SUM(CASE WHEN {Y} = '2024' THEN {LINE} END), 2) AS revenue_2024, "
    f"ROUND(SUM(CASE WHEN {Y} = '2023' THEN {LINE} END), 2) AS revenue_2023, "
    f"ROUND(100.0 * (SUM(CASE WHEN {Y} = '2024' THEN {LINE} END) - SUM(CASE WHEN {Y} = '2023' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN {Y} = '2023' THEN {LINE} END), 2) AS growth_pct "
    f"{F} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id, r.name ORDER BY revenue_2024 DESC")
add("time", "Dec 2024 revenue vs Dec 2023",
    f"SELECT ROUND(SUM(CASE WHEN {MON} = '2024-12' THEN {LINE} END), 2) AS revenue_dec_2024, "
    f"ROUND(SUM(CASE WHEN {MON} = '2023-12' THEN {LINE} END), 2) AS revenue_dec_2023, "
    f"ROUND(100.0 * (SUM(CASE WHEN {MON} = '2024-12' THEN {LINE} END) - SUM(CASE WHEN {MON} = '2023-12' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN {MON} = '2023-12' THEN {LINE} END), 2) AS pct_change {F} WHERE {NC}")
add("time", "daily revenue for the last 7 days",
    f"SELECT o.order_date AS day, ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "AND o.order_date > date('2024-12-31', '-7 days') GROUP BY day ORDER BY day")
add("time", "avg units per order by year",
    f"SELECT {YR} AS year, ROUND(1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id), 2) AS avg_units_per_order "
    f"{F} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "when was our first order and when was the latest one",
    "SELECT MIN(order_date) AS first_order_date, MAX(order_date) AS latest_order_date FROM orders")
add("time", "signup cohorts by year - avg days from signup to first purchase",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders "
    "WHERE status <> 'cancelled' GROUP BY customer_id) "
    "SELECT CAST(strftime('%Y', c.signup_date) AS INTEGER) AS signup_year, "
    "ROUND(AVG(julianday(f.first_order) - julianday(c.signup_date)), 2) AS avg_days_to_first_purchase "
    "FROM customers c JOIN f ON f.customer_id = c.customer_id GROUP BY signup_year ORDER BY signup_year")
add("time", "quarterly revenue 2023 vs 2024 side by side",
    f"SELECT 'Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3) AS quarter, "
    f"ROUND(SUM(CASE WHEN {Y} = '2023' THEN {LINE} END), 2) AS revenue_2023, "
    f"ROUND(SUM(CASE WHEN {Y} = '2024' THEN {LINE} END), 2) AS revenue_2024 "
    f"{F} WHERE {NC} AND {Y} IN ('2023', '2024') GROUP BY quarter ORDER BY quarter")
add("time", "what % of 2024 revenue came in Q4",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {LINE} END) / {REV}, 2) "
    f"AS q4_share_pct {F} WHERE {NC} AND {Y} = '2024'")
add("time", "busiest weekday for orders in 2024",
    f"SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o WHERE {Y} = '2024' "
    "GROUP BY weekday ORDER BY orders DESC LIMIT 1")
add("time", "avg monthly revenue in 2024",
    f"SELECT ROUND(AVG(revenue), 2) AS avg_monthly_revenue FROM "
    f"(SELECT {MON} AS month, {REV} AS revenue {F} WHERE {NC} AND {Y} = '2024' GROUP BY month)")
add("time", "which months in 2024 were above the avg monthly revenue",
    f"WITH m AS (SELECT {MON} AS month, {REV} AS revenue {F} WHERE {NC} AND {Y} = '2024' GROUP BY month) "
    "SELECT month, ROUND(revenue, 2) AS revenue FROM m "
    "WHERE revenue > (SELECT AVG(revenue) FROM m) ORDER BY month")
add("time", "revenue per year split by channel",
    f"SELECT {YR} AS year, o.channel AS channel, ROUND({REV}, 2) AS revenue {F} WHERE {NC} "
    "GROUP BY year, o.channel ORDER BY year, revenue DESC")
add("time", "how many customers signed up in Q1 2024",
    "SELECT COUNT(*) AS new_customers FROM customers "
    "WHERE signup_date BETWEEN '2024-01-01' AND '2024-03-31'")
add("time", "avg shipping cost by month in 2024",
    f"SELECT {MON} AS month, ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost FROM orders o "
    f"WHERE {Y} = '2024' GROUP BY month ORDER BY month")
add("time", "electronics units sold per month in 2023",
    f"SELECT {MON} AS month, SUM(oi.quantity) AS units_sold {FP} "
    "JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Electronics' AND {Y} = '2023' GROUP BY month ORDER BY month")

# =============================== measures (35) =============================================
add("measures", "overall margin %", f"SELECT ROUND({MARGIN}, 2) AS margin_pct {FP} WHERE {NC}")
add("measures", "AOV for corporate customers",
    f"SELECT ROUND({AOV}, 2) AS aov {F} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Corporate'")
add("measures", "how much profit did furniture make",
    f"SELECT ROUND({PROFIT}, 2) AS profit {FP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Furniture'")
add("measures", "electronics units sold in 2024",
    f"SELECT SUM(oi.quantity) AS units_sold {FP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Electronics' AND {Y} = '2024'")
add("measures", "share of revenue from online",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN o.channel = 'online' THEN {LINE} END) / {REV}, 2) "
    f"AS online_share_pct {F} WHERE {NC}")
add("measures", "avg discount % on the items we sold at a discount",
    f"SELECT ROUND(100.0 * AVG(oi.discount), 2) AS avg_discount_pct {F} "
    f"WHERE {NC} AND oi.discount IS NOT NULL")
add("measures", "how much $ did we give away in discounts in 2024",
    f"SELECT ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount "
    f"{F} WHERE {NC} AND {Y} = '2024'")
add("measures", "total value of cancelled orders",
    f"SELECT ROUND({REV}, 2) AS cancelled_value {F} WHERE o.status = 'cancelled'")
add("measures", "avg revenue per buying customer",
    f"SELECT ROUND({REV} / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer {F} WHERE {NC}")
add("measures", "gross sales before discounts in 2023",
    f"SELECT ROUND(SUM(oi.quantity * oi.unit_price), 2) AS gross_sales {F} WHERE {NC} AND {Y} = '2023'")
add("measures", "store AOV in 2024",
    f"SELECT ROUND({AOV}, 2) AS aov {F} WHERE {NC} AND o.channel = 'store' AND {Y} = '2024'")
add("measures", "margin on electronics",
    f"SELECT ROUND({MARGIN}, 2) AS margin_pct {FP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "total shipping costs in 2024",
    f"SELECT ROUND(SUM(o.shipping_cost), 2) AS shipping_cost FROM orders o WHERE {Y} = '2024'")
add("measures", "profit per unit sold",
    f"SELECT ROUND({PROFIT} / SUM(oi.quantity), 2) AS profit_per_unit {FP} WHERE {NC}")
add("measures", "what share of revenue comes from loyalty members",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN {LINE} END) / {REV}, 2) "
    f"AS loyalty_share_pct {F} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}")
add("measures", "avg salary for the Sales Representative title",
    "SELECT ROUND(AVG(salary), 2) AS avg_salary FROM employees WHERE title = 'Sales Representative'")
add("measures", "total payroll for the sales team",
    "SELECT ROUND(SUM(salary), 2) AS total_salary FROM employees")
add("measures", "avg list price of kitchen products",
    "SELECT ROUND(AVG(p.unit_price), 2) AS avg_price FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Kitchen'")
add("measures", "revenue from returned orders",
    f"SELECT ROUND({REV}, 2) AS revenue {F} WHERE o.status = 'returned'")
add("measures", "% of non-cancelled orders with free shipping",
    "SELECT ROUND(100.0 * SUM(o.shipping_cost = 0) / COUNT(*), 2) AS free_shipping_pct "
    f"FROM orders o WHERE {NC}")
add("measures", "avg units per order in 2024",
    f"SELECT ROUND(1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id), 2) AS avg_units_per_order "
    f"{F} WHERE {NC} AND {Y} = '2024'")
add("measures", "margin on discounted lines vs full price lines",
    "SELECT CASE WHEN oi.discount IS NULL OR oi.discount = 0 THEN 'full price' ELSE 'discounted' END AS line_type, "
    f"ROUND({MARGIN}, 2) AS margin_pct {FP} WHERE {NC} GROUP BY line_type ORDER BY margin_pct DESC")
add("measures", "what % of our customers are corporate",
    "SELECT ROUND(100.0 * SUM(segment = 'Corporate') / COUNT(*), 2) AS corporate_pct FROM customers")
add("measures", "profit in Q4 2024",
    f"SELECT ROUND({PROFIT}, 2) AS profit {FP} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31'")
add("measures", "Europe margin in 2024",
    f"SELECT ROUND({MARGIN}, 2) AS margin_pct {FP} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' AND {Y} = '2024'")
add("measures", "AOV loyalty members vs non-members",
    "SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, "
    f"ROUND({AOV}, 2) AS aov {F} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY loyalty ORDER BY aov DESC")
add("measures", "revenue per customer in north america",
    f"SELECT ROUND({REV} / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer "
    f"{F} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND r.name = 'North America'")
add("measures", "avg number of orders per customer (only customers who ordered)",
    "SELECT ROUND(1.0 * COUNT(*) / COUNT(DISTINCT customer_id), 2) AS avg_orders_per_customer FROM orders")
add("measures", "beauty revenue in 2022",
    f"SELECT ROUND({REV}, 2) AS revenue {FP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Beauty' AND {Y} = '2022'")
add("measures", "avg days to ship an order",
    f"SELECT ROUND(AVG({DAYS}), 2) AS avg_days_to_ship FROM orders o WHERE o.ship_date IS NOT NULL")
add("measures", "biggest single order ever in $",
    f"SELECT ROUND(MAX(order_value), 2) AS max_order_value FROM "
    f"(SELECT o.order_id, {REV} AS order_value {F} WHERE {NC} GROUP BY o.order_id)")
add("measures", "what % of revenue comes from discounted lines",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN oi.discount > 0 THEN {LINE} END) / {REV}, 2) "
    f"AS discounted_share_pct {F} WHERE {NC}")
add("measures", "avg price paid per unit in 2024",
    f"SELECT ROUND({REV} / SUM(oi.quantity), 2) AS avg_price_per_unit {F} WHERE {NC} AND {Y} = '2024'")
add("measures", "profit from phone orders in 2023?",
    f"SELECT ROUND({PROFIT}, 2) AS profit {FP} WHERE {NC} AND o.channel = 'phone' AND {Y} = '2023'")
add("measures", "margin for small business customers",
    f"SELECT ROUND({MARGIN}, 2) AS margin_pct {FP} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Small Business'")

# =============================== tricky (25) ===============================================
add("tricky", "how many customers have never placed an order",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "which products didnt sell at all in 2024",
    "SELECT p.name AS product FROM products p WHERE p.product_id NOT IN "
    f"(SELECT oi.product_id {F} WHERE {NC} AND {Y} = '2024') ORDER BY p.name")
add("tricky", "revenue by the sales rep's region (not the customer's)",
    f"SELECT r.name AS rep_region, ROUND({REV}, 2) AS revenue {F} "
    "JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id "
    f"WHERE {NC} GROUP BY r.region_id, r.name ORDER BY revenue DESC")
add("tricky", "how much revenue came from orders with no sales rep",
    f"SELECT ROUND({REV}, 2) AS revenue {F} WHERE {NC} AND o.employee_id IS NULL")
add("tricky", "which employees have no salary on file",
    f"SELECT {ENAME} AS employee FROM employees e WHERE e.salary IS NULL ORDER BY employee")
add("tricky", "who reports to Javier Fernandez",
    f"SELECT {ENAME} AS employee FROM employees e JOIN employees m ON m.employee_id = e.manager_id "
    "WHERE m.first_name = 'Javier' AND m.last_name = 'Fernandez' ORDER BY employee")
add("tricky", "how many customers bought in 2023 but not in 2024",
    "SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o "
    f"WHERE {NC} AND {Y} = '2023' AND o.customer_id NOT IN "
    "(SELECT customer_id FROM orders WHERE status <> 'cancelled' AND strftime('%Y', order_date) = '2024')")
add("tricky", "which employees have never handled a single order",
    f"SELECT {ENAME} AS employee FROM employees e "
    "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee")
add("tricky", "what share of revenue do our top 10 products make",
    f"WITH pr AS (SELECT oi.product_id, {REV} AS revenue {F} WHERE {NC} GROUP BY oi.product_id) "
    "SELECT ROUND(100.0 * (SELECT SUM(revenue) FROM (SELECT revenue FROM pr ORDER BY revenue DESC LIMIT 10)) "
    "/ (SELECT SUM(revenue) FROM pr), 2) AS top10_share_pct")
add("tricky", "how many customers had their very first order cancelled",
    "WITH f AS (SELECT o.customer_id, o.status, ROW_NUMBER() OVER (PARTITION BY o.customer_id "
    "ORDER BY o.order_date, o.order_id) AS rn FROM orders o) "
    "SELECT COUNT(*) AS customers FROM f WHERE rn = 1 AND status = 'cancelled'")
add("tricky", "total revenue if we counted cancelled orders too",
    f"SELECT ROUND({REV}, 2) AS revenue {F}")
add("tricky", "how many orders were neither cancelled nor returned",
    "SELECT COUNT(*) AS orders FROM orders WHERE status NOT IN ('cancelled', 'returned')")
add("tricky", "how many customer names are shared by more than one customer",
    "SELECT COUNT(*) AS shared_names FROM (SELECT first_name, last_name FROM customers "
    "GROUP BY first_name, last_name HAVING COUNT(*) > 1)")
add("tricky", "how many orders are still open (pending or shipped)",
    "SELECT COUNT(*) AS open_orders FROM orders WHERE status IN ('pending', 'shipped')")
add("tricky", "customers with no email on file - how many",
    "SELECT COUNT(*) AS customers FROM customers WHERE email IS NULL")
add("tricky", "revenue from customers with no company listed",
    f"SELECT ROUND({REV}, 2) AS revenue {F} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.company IS NULL")
add("tricky", "reps hired in 2024 and their revenue so far",
    f"SELECT {ENAME} AS employee, ROUND({REV}, 2) AS revenue {F} "
    "JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND strftime('%Y', e.hire_date) = '2024' GROUP BY e.employee_id ORDER BY revenue DESC")
add("tricky", "discontinued products that still sold in 2024",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold {FP} "
    f"WHERE {NC} AND {Y} = '2024' AND p.discontinued = 1 GROUP BY p.product_id ORDER BY units_sold DESC")
add("tricky", "avg discount % across all lines, counting no discount as 0",
    f"SELECT ROUND(100.0 * AVG(COALESCE(oi.discount, 0)), 2) AS avg_discount_pct {F} WHERE {NC}")
add("tricky", "how many orders took more than 3 days to ship",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE o.ship_date IS NOT NULL AND {DAYS} > 3")
add("tricky", "how many customers bought in every year from 2021 to 2024",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE status <> 'cancelled' "
    "GROUP BY customer_id HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)")
add("tricky", "how many employees were hired before their own manager",
    "SELECT COUNT(*) AS employees FROM employees e "
    "JOIN employees m ON m.employee_id = e.manager_id WHERE e.hire_date < m.hire_date")
add("tricky", "how many customers bought electronics but never furniture",
    "WITH cc AS (SELECT DISTINCT o.customer_id, cat.name AS category FROM order_items oi "
    "JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC}) "
    "SELECT COUNT(*) AS customers FROM cc WHERE category = 'Electronics' AND customer_id NOT IN "
    "(SELECT customer_id FROM cc WHERE category = 'Furniture')")
add("tricky", "% of orders with no sales rep",
    "SELECT ROUND(100.0 * SUM(employee_id IS NULL) / COUNT(*), 2) AS no_rep_pct FROM orders")
add("tricky", "avg gap in days between a customer's purchases",
    "WITH g AS (SELECT julianday(order_date) - julianday(LAG(order_date) OVER "
    "(PARTITION BY customer_id ORDER BY order_date, order_id)) AS gap FROM orders WHERE status <> 'cancelled') "
    "SELECT ROUND(AVG(gap), 2) AS avg_days_between_orders FROM g WHERE gap IS NOT NULL")

# =============================== filters (15) ==============================================
add("filters", "how many orders were over $1,000",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {F} WHERE {NC} GROUP BY o.order_id "
    f"HAVING {REV} > 1000)")
add("filters", "products priced between $50 and $100",
    "SELECT name AS product, unit_price FROM products WHERE unit_price BETWEEN 50 AND 100 "
    "ORDER BY unit_price DESC")
add("filters", "how many corporate customers in germany",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany' AND segment = 'Corporate'")
add("filters", "customers who spent over 2.5k in 2024",
    f"SELECT {CNAME} AS customer, ROUND({REV}, 2) AS revenue {F} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND {Y} = '2024' "
    f"GROUP BY c.customer_id HAVING {REV} > 2500 ORDER BY revenue DESC")
add("filters", "how many order lines in June 2024 had a discount above 20%",
    f"SELECT COUNT(*) AS order_lines {F} WHERE {MON} = '2024-06' AND oi.discount > 0.2")
add("filters", "phone orders from latin america in 2023 - count",
    "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id "
    f"WHERE o.channel = 'phone' AND r.name = 'Latin America' AND {Y} = '2023'")
add("filters", "products launched in 2024",
    "SELECT name AS product, launch_date FROM products WHERE strftime('%Y', launch_date) = '2024' "
    "ORDER BY launch_date")
add("filters", "employees paid above the average salary",
    f"SELECT {ENAME} AS employee, e.salary AS salary FROM employees e "
    "WHERE e.salary > (SELECT AVG(salary) FROM employees) ORDER BY salary DESC")
add("filters", "how many customers signed up in the last 6 months",
    "SELECT COUNT(*) AS customers FROM customers WHERE signup_date >= '2024-07-01'")
add("filters", "orders with shipping over $10",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10")
add("filters", "products with margin above 60%",
    f"SELECT p.name AS product, ROUND({MARGIN}, 2) AS margin_pct {FP} WHERE {NC} "
    f"GROUP BY p.product_id HAVING {MARGIN} > 60 ORDER BY margin_pct DESC")
add("filters", "categories with revenue over $500k",
    f"SELECT cat.name AS category, ROUND({REV}, 2) AS revenue {FP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    f"GROUP BY cat.category_id HAVING {REV} > 500000 ORDER BY revenue DESC")
add("filters", "small business orders over $500 in Q1 2024",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {F} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Small Business' AND o.order_date BETWEEN '2024-01-01' AND '2024-03-31' "
    f"GROUP BY o.order_id HAVING {REV} > 500)")
add("filters", "reps with more than 120 orders in 2024",
    f"SELECT {ENAME} AS employee, COUNT(*) AS orders FROM orders o "
    f"JOIN employees e ON e.employee_id = o.employee_id WHERE {Y} = '2024' "
    "GROUP BY e.employee_id HAVING COUNT(*) > 120 ORDER BY orders DESC")
add("filters", "loyalty members in canada or mexico",
    "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1 "
    "AND country IN ('Canada', 'Mexico')")

# =============================== topn (15) =================================================
add("topn", "top 5 custmers by revenue",
    f"SELECT {CNAME} AS customer, ROUND({REV}, 2) AS revenue {F} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold in 2024",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold {FP} WHERE {NC} AND {Y} = '2024' "
    "GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10")
add("topn", "bottom 5 products by revenue",
    f"SELECT p.name AS product, ROUND({REV}, 2) AS revenue {FP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "top 3 reps by revenue in 2024",
    f"SELECT {ENAME} AS employee, ROUND({REV}, 2) AS revenue {F} "
    f"JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND {Y} = '2024' "
    "GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3")
add("topn", "top 3 countries by number of customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country "
    "ORDER BY customers DESC LIMIT 3")
add("topn", "best selling product in each category by revenue",
    f"WITH pr AS (SELECT cat.name AS category, p.name AS product, {REV} AS revenue {FP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY p.product_id), "
    "rk AS (SELECT category, product, revenue, RANK() OVER (PARTITION BY category ORDER BY revenue DESC) AS rnk FROM pr) "
    "SELECT category, product, ROUND(revenue, 2) AS revenue FROM rk WHERE rnk = 1 ORDER BY revenue DESC")
add("topn", "top rep in each region by 2024 revenue",
    f"WITH er AS (SELECT r.name AS region, {ENAME} AS employee, {REV} AS revenue {F} "
    "JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id "
    f"WHERE {NC} AND {Y} = '2024' GROUP BY e.employee_id), "
    "rk AS (SELECT region, employee, revenue, RANK() OVER (PARTITION BY region ORDER BY revenue DESC) AS rnk FROM er) "
    "SELECT region, employee, ROUND(revenue, 2) AS revenue FROM rk WHERE rnk = 1 ORDER BY revenue DESC")
add("topn", "top 5 cities by revenue",
    f"SELECT c.city AS city, ROUND({REV}, 2) AS revenue {F} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.city ORDER BY revenue DESC LIMIT 5")
add("topn", "3 least profitable categories",
    f"SELECT cat.name AS category, ROUND({PROFIT}, 2) AS profit {FP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY profit ASC LIMIT 3")
add("topn", "top 5 customers by number of orders",
    f"SELECT {CNAME} AS customer, COUNT(*) AS orders FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5")
add("topn", "top 5 products by margin, min 100 units sold",
    f"SELECT p.name AS product, ROUND({MARGIN}, 2) AS margin_pct {FP} WHERE {NC} "
    "GROUP BY p.product_id HAVING SUM(oi.quantity) >= 100 ORDER BY margin_pct DESC LIMIT 5")
add("topn", "which region has the highest AOV",
    f"SELECT r.name AS region, ROUND({AOV}, 2) AS aov {F} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id ORDER BY aov DESC LIMIT 1")
add("topn", "top customer in each segment by revenue",
    f"WITH cr AS (SELECT c.segment AS segment, {CNAME} AS customer, {REV} AS revenue {F} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id), "
    "rk AS (SELECT segment, customer, revenue, RANK() OVER (PARTITION BY segment ORDER BY revenue DESC) AS rnk FROM cr) "
    "SELECT segment, customer, ROUND(revenue, 2) AS revenue FROM rk WHERE rnk = 1 ORDER BY revenue DESC")
add("topn", "top 5 products by profit in Q3 2023",
    f"SELECT p.name AS product, ROUND({PROFIT}, 2) AS profit {FP} WHERE {NC} "
    "AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30' "
    "GROUP BY p.product_id ORDER BY profit DESC LIMIT 5")
add("topn", "worst 3 months for revenue in 2024",
    f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {F} WHERE {NC} AND {Y} = '2024' "
    "GROUP BY month ORDER BY revenue ASC LIMIT 3")

# =============================== breakdowns (13) ===========================================
add("breakdowns", "revenu by category",
    f"SELECT cat.name AS category, ROUND({REV}, 2) AS revenue {FP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY revenue DESC")
add("breakdowns", "orders by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "customers by segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "revenue by channel with share of revenue",
    f"SELECT o.channel AS channel, ROUND({REV}, 2) AS revenue, "
    f"ROUND(100.0 * {REV} / SUM({REV}) OVER (), 2) AS share_pct {F} WHERE {NC} "
    "GROUP BY o.channel ORDER BY revenue DESC")
add("breakdowns", "AOV by customer segment",
    f"SELECT c.segment AS segment, ROUND({AOV}, 2) AS aov {F} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment ORDER BY aov DESC")
add("breakdowns", "margin by category",
    f"SELECT cat.name AS category, ROUND({MARGIN}, 2) AS margin_pct {FP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY margin_pct DESC")
add("breakdowns", "units sold by region",
    f"SELECT r.name AS region, SUM(oi.quantity) AS units_sold {F} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id ORDER BY units_sold DESC")
add("breakdowns", "revenue by country in europe",
    f"SELECT c.country AS country, ROUND({REV}, 2) AS revenue {F} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND r.name = 'Europe' GROUP BY c.country ORDER BY revenue DESC")
add("breakdowns", "avg days to ship by channel",
    f"SELECT o.channel AS channel, ROUND(AVG({DAYS}), 2) AS avg_days_to_ship FROM orders o "
    "WHERE o.ship_date IS NOT NULL GROUP BY o.channel ORDER BY avg_days_to_ship DESC")
add("breakdowns", "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC, title")
add("breakdowns", "profit by region for 2024",
    f"SELECT r.name AS region, ROUND({PROFIT}, 2) AS profit {FP} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND {Y} = '2024' GROUP BY r.region_id ORDER BY profit DESC")
add("breakdowns", "return rate by channel",
    "SELECT channel, ROUND(100.0 * SUM(status = 'returned') / COUNT(*), 2) AS return_rate_pct "
    "FROM orders GROUP BY channel ORDER BY return_rate_pct DESC")
add("breakdowns", "avg salry by title",
    "SELECT title, ROUND(AVG(salary), 2) AS avg_salary FROM employees GROUP BY title "
    "ORDER BY avg_salary DESC")


# =============================== checks ====================================================
LIMIT_RE = re.compile(r"ORDER BY\s+((?:(?!ORDER BY).)+?)\s+LIMIT\s+(\d+)\s*;?\s*$", re.I | re.S)


def check(con):
    errors = []
    counts = {}
    for kind, _, _ in Q:
        counts[kind] = counts.get(kind, 0) + 1
    if counts != EXPECTED:
        errors.append(f"kind counts {counts} != {EXPECTED}")
    seen = {}
    for i, (_, q, _) in enumerate(Q):
        k = " ".join(q.lower().split())
        if k in seen:
            errors.append(f"duplicate question #{seen[k]} / #{i}: {q}")
        seen[k] = i
    for i, (kind, q, sql) in enumerate(Q):
        try:
            cur = con.execute(sql)
            rows = cur.fetchall()
        except sqlite3.Error as e:
            errors.append(f"#{i} {q!r}: error {e}")
            continue
        if not rows:
            errors.append(f"#{i} {q!r}: no rows")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"#{i} {q!r}: all NULL")
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(2))
            names = [d[0].lower() for d in cur.description]
            keys = []
            for part in m.group(1).split(","):
                col = re.sub(r"\s+(ASC|DESC)\s*$", "", part.strip(), flags=re.I).strip().lower()
                if col not in names:
                    errors.append(f"#{i} {q!r}: ORDER BY key {col!r} not an output column")
                    break
                keys.append(names.index(col))
            else:
                wider = con.execute(sql[:m.start(2)] + str(n + 1) + sql[m.end(2):]).fetchall()
                if len(wider) > n and [wider[n - 1][k] for k in keys] == [wider[n][k] for k in keys]:
                    errors.append(f"#{i} {q!r}: tie at LIMIT {n} cut-off")
    return errors


def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors = check(con)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    items = [{"question": q, "db_id": "demo", "query": sql} for _, q, sql in Q]
    kinds = {str(i): kind for i, (kind, _, _) in enumerate(Q)}
    with open(OUT, "w") as f:
        json.dump(items, f, indent=2)
    with open(OUT_KINDS, "w") as f:
        json.dump(kinds, f, indent=2)
    counts = {}
    for k in kinds.values():
        counts[k] = counts.get(k, 0) + 1
    print(f"wrote {OUT} ({len(items)} questions) and {OUT_KINDS}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
