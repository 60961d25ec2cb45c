#!/usr/bin/env python3
"""Held-out test set v20: 160 sales-manager questions with gold SQL over the genbi demo DB.

Conventions (fixed before any question was written)
---------------------------------------------------
Semantic layer: /work/main/README.md names no semantic-layer file for the demo database
(it only mentions `genbi semantic init` and docs/semantic.md, which are off limits here).
The definitions below are therefore taken from the figures the README prints for the demo
("Revenue by year": 2021 $1,212,415.64, 2024 $2,138,329.99; "Top 5 customers by revenue":
Jan Russo $24,472.30), which they reproduce exactly:

* revenue        = SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))
                   over order_items of orders with status <> 'cancelled'
                   (discount NULL = no discount; returned/pending/shipped orders count).
* units (sold)   = SUM(oi.quantity) over non-cancelled orders.
* cost           = SUM(oi.quantity * products.unit_cost) over non-cancelled orders;
  profit         = revenue - cost;  margin %  = 100 * profit / revenue.
* gross sales (before discounts) = SUM(quantity * unit_price), non-cancelled.
* AOV            = revenue / COUNT(DISTINCT non-cancelled order_id).  Other per-order
                   averages (units/order, lines/order, order value) use non-cancelled orders.
* order counts   = COUNT of orders of every status unless the question names a status or
                   says valid / non-cancelled; "% of orders with status X" has all orders
                   as denominator.  "Customers who ordered" = any order; "bought X" /
                   spend / revenue questions use non-cancelled orders.
* shipping cost  = orders.shipping_cost (NULL for cancelled orders; AVG ignores NULLs).
* days to ship   = julianday(ship_date) - julianday(order_date), orders with a ship_date.
* region         = the CUSTOMER's region (customers.region_id) unless the question says
                   rep / employee / salesperson region (employees.region_id).
* people         = first_name || ' ' || last_name; customers are grouped by customer_id
                   (names repeat: four customers are called Jan Russo), reps by employee_id.
Time:
* "today" = MAX(orders.order_date) = 2024-12-31; "this year" = 2024, "last year" = 2023.
* "last N months" = N whole calendar months ending with 2024-12 (last 6 = 2024-07..2024-12).
* "last N days"   = order_date > date('2024-12-31', '-N days').
* month labels 'YYYY-MM' (strftime('%Y-%m')); month-of-year '01'..'12'; quarters 'YYYY-Qn';
  half-years 'YYYY-H1'/'YYYY-H2'; years 'YYYY' text; weekdays by name from strftime('%w')
  (0 = Sunday).
* growth % = ROUND(100.0 * (current - previous) / previous, 2), previous from LAG over the
  full series (so January's MoM is against the prior December); first period NULL.
* running totals: SUM() OVER (ORDER BY period), rounded at output.
Output:
* money, averages, ratios and percentages ROUND(x, 2); percentages are 0-100.
* columns = what is asked: display name / label first, then the measure(s).
* time series ascending by period; rankings and breakdowns by the measure descending
  (ties broken by the label ascending); plain lists by display name ascending
  (order lists by date, then id).
* top-N uses ORDER BY measure DESC + LIMIT N and is only asked where no tie straddles the
  cut-off (checked below).
Checks (all must pass before the JSON is written): every gold runs on SQLite, returns at
least one row, not all values NULL; no tie at a final LIMIT cut-off (the ordering measure of
row N and row N+1 differ, and row OFFSET and OFFSET+1 too); kind counts exactly
time 45, measures 35, tricky 25, filters 15, topn 15, breakdowns 13, simple 12;
no duplicate question (case/space-insensitive).
"""
import json
import os
import re
import sqlite3
import sys

HERE = "/tmp/blind26"
DB = os.path.join(HERE, "demo", "demo.sqlite")
OUT = os.path.join(HERE, "demo_v20.json")
OUT_KINDS = os.path.join(HERE, "demo_v20_kinds.json")

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
            "breakdowns": 13, "simple": 12}

# reusable fragments (expanded into plain SQL text in the gold)
R = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
REV = f"ROUND(SUM({R}), 2)"
OJ = "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
NC = "o.status <> 'cancelled'"
QTR = "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
WD = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
      "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
      "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
CN = "c.first_name || ' ' || c.last_name"
EN = "e.first_name || ' ' || e.last_name"

# (kind, question, gold sql[, options]); options: {"key": column index of the ordering measure}
ITEMS = []


def add(kind, question, sql, **opts):
    ITEMS.append((kind, question, " ".join(sql.split()), opts))


# ----------------------------------------------------------------------------- time (45)
add("time", "monthly revenue for 2024",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {OJ} "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
    "GROUP BY month ORDER BY month")
add("time", "what was revenue in Q3 2023?",
    f"SELECT {REV} AS revenue {OJ} WHERE {NC} AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'")
add("time", "revenue by quarter for 2023",
    f"SELECT {QTR} AS quarter, {REV} AS revenue {OJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY quarter ORDER BY quarter")
add("time", "how many orders did we get in march 2024?",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.order_date BETWEEN '2024-03-01' AND '2024-03-31'")
add("time", "number of orders by day of week",
    f"SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o "
    "GROUP BY weekday ORDER BY orders DESC, weekday")
add("time", "rev by month for the last 6 months",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {OJ} "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "total revenue over the last 3 months",
    f"SELECT {REV} AS revenue {OJ} WHERE {NC} AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31'")
add("time", "YoY revenue growth % by year",
    f"WITH y AS (SELECT strftime('%Y', o.order_date) AS year, SUM({R}) AS rev {OJ} WHERE {NC} GROUP BY year) "
    "SELECT year, ROUND(rev, 2) AS revenue, "
    "ROUND(100.0 * (rev - LAG(rev) OVER (ORDER BY year)) / LAG(rev) OVER (ORDER BY year), 2) AS yoy_growth_pct "
    "FROM y ORDER BY year")
add("time", "MoM revenue growth in 2024, month by month (%)",
    f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({R}) AS rev {OJ} WHERE {NC} GROUP BY month), "
    "g AS (SELECT month, rev, LAG(rev) OVER (ORDER BY month) AS prev FROM m) "
    "SELECT month, ROUND(rev, 2) AS revenue, ROUND(100.0 * (rev - prev) / prev, 2) AS mom_growth_pct "
    "FROM g WHERE month BETWEEN '2024-01' AND '2024-12' ORDER BY month")
add("time", "avg number of days between order date and ship date?",
    "SELECT ROUND(AVG(julianday(o.ship_date) - julianday(o.order_date)), 2) AS avg_days_to_ship "
    "FROM orders o WHERE o.ship_date IS NOT NULL")
add("time", "average days to ship by channel",
    "SELECT o.channel, ROUND(AVG(julianday(o.ship_date) - julianday(o.order_date)), 2) AS avg_days_to_ship "
    "FROM orders o WHERE o.ship_date IS NOT NULL GROUP BY o.channel ORDER BY avg_days_to_ship DESC, o.channel")
add("time", "when did we get our very first order?",
    "SELECT MIN(o.order_date) AS first_order_date FROM orders o")
add("time", "most recent order date per region",
    "SELECT r.name AS region, MAX(o.order_date) AS last_order_date FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    "GROUP BY r.region_id, r.name ORDER BY last_order_date DESC, region")
add("time", "H1 vs H2 revenue 2024",
    "SELECT strftime('%Y', o.order_date) || CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) <= 6 "
    f"THEN '-H1' ELSE '-H2' END AS half_year, {REV} AS revenue {OJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY half_year ORDER BY half_year")
add("time", "running total of revenue by month in 2023",
    f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({R}) AS rev {OJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month) "
    "SELECT month, ROUND(rev, 2) AS revenue, ROUND(SUM(rev) OVER (ORDER BY month), 2) AS running_revenue "
    "FROM m ORDER BY month")
add("time", "new customer signups by year",
    "SELECT strftime('%Y', signup_date) AS signup_year, COUNT(*) AS customers FROM customers "
    "GROUP BY signup_year ORDER BY signup_year")
add("time", "cohort q: customers who signed up in 2022 - how much revenue did they bring each year?",
    f"SELECT strftime('%Y', o.order_date) AS year, {REV} AS revenue {OJ} "
    "JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND strftime('%Y', c.signup_date) = '2022' GROUP BY year ORDER BY year")
add("time", "how many customers placed their first ever order in each year?",
    "SELECT first_year, COUNT(*) AS customers FROM (SELECT customer_id, strftime('%Y', MIN(order_date)) AS first_year "
    "FROM orders GROUP BY customer_id) GROUP BY first_year ORDER BY first_year")
add("time", "new signups per month in 2024",
    "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS new_customers FROM customers "
    "WHERE strftime('%Y', signup_date) = '2024' GROUP BY month ORDER BY month")
add("time", "orders in Dec 2023 vs Dec 2024",
    "SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(*) AS orders FROM orders o "
    "WHERE strftime('%Y-%m', o.order_date) IN ('2023-12', '2024-12') GROUP BY month ORDER BY month")
add("time", "2024 revenue by weekday",
    f"SELECT {WD} AS weekday, {REV} AS revenue {OJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' "
    "GROUP BY weekday ORDER BY revenue DESC, weekday")
add("time", "which month in 2023 had the highest revenue?",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {OJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("time", "revenue by year",
    f"SELECT strftime('%Y', o.order_date) AS year, {REV} AS revenue {OJ} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "AOV per quarter in 2024",
    f"SELECT {QTR} AS quarter, ROUND(SUM({R}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {OJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter")
add("time", "units sold each month over the last 12 months",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM(oi.quantity) AS units {OJ} "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "cancelled orders per quarter in 2024",
    f"SELECT {QTR} AS quarter, COUNT(*) AS cancelled_orders FROM orders o "
    "WHERE o.status = 'cancelled' AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter")
add("time", "on average how many days between a customer signing up and their first order?",
    "SELECT ROUND(AVG(julianday(f.first_order) - julianday(c.signup_date)), 2) AS avg_days_to_first_order "
    "FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f "
    "ON f.customer_id = c.customer_id")
add("time", "avg days since last order by customer segment (as of today)",
    "SELECT c.segment, ROUND(AVG(julianday('2024-12-31') - julianday(l.last_order)), 2) AS avg_days_since_last_order "
    "FROM customers c JOIN (SELECT customer_id, MAX(order_date) AS last_order FROM orders GROUP BY customer_id) l "
    "ON l.customer_id = c.customer_id GROUP BY c.segment ORDER BY avg_days_since_last_order DESC, c.segment")
add("time", "how many orders came in during the last 30 days",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.order_date > date('2024-12-31', '-30 days')")
add("time", "how many orders were shipped on a weekend in 2024?",
    "SELECT COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.ship_date) = '2024' "
    "AND strftime('%w', o.ship_date) IN ('0', '6')")
add("time", "units growth Q4 2024 vs Q4 2023, in %",
    f"WITH q AS (SELECT SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN oi.quantity END) AS cur, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN oi.quantity END) AS prev {OJ} WHERE {NC}) "
    "SELECT ROUND(100.0 * (cur - prev) / prev, 2) AS units_growth_pct FROM q")
add("time", "monthly order count 2022",
    "SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(*) AS orders FROM orders o "
    "WHERE strftime('%Y', o.order_date) = '2022' GROUP BY month ORDER BY month")
add("time", "seasonality - total revenue by calendar month, all years combined",
    f"SELECT strftime('%m', o.order_date) AS month_of_year, {REV} AS revenue {OJ} WHERE {NC} "
    "GROUP BY month_of_year ORDER BY month_of_year")
add("time", "when was the last order from a customer in Singapore?",
    "SELECT MAX(o.order_date) AS last_order_date FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.country = 'Singapore'")
add("time", "number of distinct customers ordering each month, last 3 months",
    "SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(DISTINCT o.customer_id) AS customers FROM orders o "
    "WHERE o.order_date BETWEEN '2024-10-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "H2 2024 revenue by category",
    f"SELECT cat.name AS category, {REV} AS revenue {OJ} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "AND o.order_date BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY cat.category_id, cat.name "
    "ORDER BY revenue DESC, category")
add("time", "who's our most recent hire?",
    f"SELECT {EN} AS employee, e.hire_date FROM employees e ORDER BY e.hire_date DESC LIMIT 1")
add("time", "which products launched in 2024?",
    "SELECT p.name AS product, p.launch_date FROM products p WHERE strftime('%Y', p.launch_date) = '2024' "
    "ORDER BY p.launch_date, product")
add("time", "avg shipping cost per order by quarter, 2024",
    f"SELECT {QTR} AS quarter, ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost FROM orders o "
    "WHERE strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter")
add("time", "MoM change in number of orders for the last 6 months",
    "WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(*) AS orders FROM orders o GROUP BY month), "
    "g AS (SELECT month, orders, orders - LAG(orders) OVER (ORDER BY month) AS change_vs_prev_month FROM m) "
    "SELECT month, orders, change_vs_prev_month FROM g WHERE month BETWEEN '2024-07' AND '2024-12' ORDER BY month")
add("time", "how many orders took 3+ days to ship",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.ship_date IS NOT NULL "
    "AND julianday(o.ship_date) - julianday(o.order_date) >= 3")
add("time", "how many customers made their first purchase in 2024",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id, MIN(order_date) AS first_order FROM orders "
    "GROUP BY customer_id) WHERE strftime('%Y', first_order) = '2024'")
add("time", "what % of each year's revenue came in Q4?",
    f"SELECT strftime('%Y', o.order_date) AS year, "
    f"ROUND(100.0 * SUM(CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) >= 10 THEN {R} ELSE 0 END) "
    f"/ SUM({R}), 2) AS q4_share_pct {OJ} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "which weekday had the most orders in 2022",
    f"SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = '2022' "
    "GROUP BY weekday ORDER BY orders DESC LIMIT 1")
add("time", "avg monthly revenue in 2023",
    f"SELECT ROUND(AVG(rev), 2) AS avg_monthly_revenue FROM (SELECT strftime('%Y-%m', o.order_date) AS month, "
    f"SUM({R}) AS rev {OJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month)")

# ------------------------------------------------------------------------- measures (35)
PJ = "JOIN products p ON p.product_id = oi.product_id"
CJ = "JOIN categories cat ON cat.category_id = p.category_id"
add("measures", "total revenue all time?", f"SELECT {REV} AS revenue {OJ} WHERE {NC}")
add("measures", "how many units have we sold in total", f"SELECT SUM(oi.quantity) AS units {OJ} WHERE {NC}")
add("measures", "whats our AOV",
    f"SELECT ROUND(SUM({R}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {OJ} WHERE {NC}")
add("measures", "total gross profit (revenue minus product cost)",
    f"SELECT ROUND(SUM({R} - oi.quantity * p.unit_cost), 2) AS profit {OJ} {PJ} WHERE {NC}")
add("measures", "overall profit margin %",
    f"SELECT ROUND(100.0 * SUM({R} - oi.quantity * p.unit_cost) / SUM({R}), 2) AS margin_pct {OJ} {PJ} WHERE {NC}")
add("measures", "profit and margin by category",
    f"SELECT cat.name AS category, ROUND(SUM({R} - oi.quantity * p.unit_cost), 2) AS profit, "
    f"ROUND(100.0 * SUM({R} - oi.quantity * p.unit_cost) / SUM({R}), 2) AS margin_pct {OJ} {PJ} {CJ} "
    f"WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY profit DESC, category")
add("measures", "each region's share of total revenue (%)",
    f"SELECT r.name AS region, ROUND(100.0 * SUM({R}) / (SELECT SUM({R}) {OJ} WHERE {NC}), 2) AS revenue_share_pct "
    f"{OJ} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id, r.name ORDER BY revenue_share_pct DESC, region")
add("measures", "what % of orders got cancelled?",
    "SELECT ROUND(100.0 * SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*), 2) AS cancelled_pct "
    "FROM orders o")
add("measures", "return rate for 2024 - % of orders returned",
    "SELECT ROUND(100.0 * SUM(CASE WHEN o.status = 'returned' THEN 1 ELSE 0 END) / COUNT(*), 2) AS returned_pct "
    "FROM orders o WHERE strftime('%Y', o.order_date) = '2024'")
add("measures", "average discount % on the lines that actually got a discount",
    f"SELECT ROUND(AVG(oi.discount) * 100, 2) AS avg_discount_pct {OJ} WHERE {NC} AND oi.discount > 0")
add("measures", "how much $ did we give away in discounts in 2024?",
    f"SELECT ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount {OJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add("measures", "total shipping cost 2023",
    "SELECT ROUND(SUM(o.shipping_cost), 2) AS shipping_cost FROM orders o WHERE strftime('%Y', o.order_date) = '2023'")
add("measures", "avg shipping cost per order",
    "SELECT ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost FROM orders o")
add("measures", "average revenue per customer",
    f"SELECT ROUND(SUM({R}) / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer {OJ} WHERE {NC}")
add("measures", "avg units per order",
    f"SELECT ROUND(1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id), 2) AS units_per_order {OJ} WHERE {NC}")
add("measures", "avg number of line items per order",
    f"SELECT ROUND(1.0 * COUNT(*) / COUNT(DISTINCT o.order_id), 2) AS lines_per_order {OJ} WHERE {NC}")
add("measures", "margin % by category",
    f"SELECT cat.name AS category, ROUND(100.0 * SUM({R} - oi.quantity * p.unit_cost) / SUM({R}), 2) AS margin_pct "
    f"{OJ} {PJ} {CJ} WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY margin_pct DESC, category")
add("measures", "what share of revenue comes from the online channel?",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN o.channel = 'online' THEN {R} ELSE 0 END) / SUM({R}), 2) AS online_share_pct "
    f"{OJ} WHERE {NC}")
add("measures", "furniture revenue in 2023",
    f"SELECT {REV} AS revenue {OJ} {PJ} {CJ} WHERE {NC} AND cat.name = 'Furniture' "
    "AND strftime('%Y', o.order_date) = '2023'")
add("measures", "AOV by channel",
    f"SELECT o.channel, ROUND(SUM({R}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {OJ} WHERE {NC} "
    "GROUP BY o.channel ORDER BY avg_order_value DESC, o.channel")
add("measures", "average order value by customer segment",
    f"SELECT c.segment, ROUND(SUM({R}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {OJ} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment "
    "ORDER BY avg_order_value DESC, c.segment")
add("measures", "loyalty members vs non members - AOV",
    "SELECT CASE c.loyalty_member WHEN 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, "
    f"ROUND(SUM({R}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {OJ} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY loyalty "
    "ORDER BY avg_order_value DESC, loyalty")
add("measures", "units sold of the Pulse Max Earbuds",
    f"SELECT SUM(oi.quantity) AS units {OJ} {PJ} WHERE {NC} AND p.name = 'Pulse Max Earbuds'")
add("measures", "profit in 2024?",
    f"SELECT ROUND(SUM({R} - oi.quantity * p.unit_cost), 2) AS profit {OJ} {PJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add("measures", "what percent of customers are loyalty members",
    "SELECT ROUND(100.0 * SUM(loyalty_member) / COUNT(*), 2) AS loyalty_pct FROM customers")
add("measures", "avg revenue per sales rep in 2024",
    f"SELECT ROUND(SUM({R}) / COUNT(DISTINCT o.employee_id), 2) AS revenue_per_rep {OJ} "
    f"WHERE {NC} AND o.employee_id IS NOT NULL AND strftime('%Y', o.order_date) = '2024'")
add("measures", "total salary cost by region",
    "SELECT r.name AS region, ROUND(SUM(e.salary), 2) AS total_salary FROM employees e "
    "JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id, r.name ORDER BY total_salary DESC, region")
add("measures", "average salary by job title",
    "SELECT e.title, ROUND(AVG(e.salary), 2) AS avg_salary FROM employees e GROUP BY e.title "
    "ORDER BY avg_salary DESC, e.title")
add("measures", "% of revenue from discounted line items",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN oi.discount > 0 THEN {R} ELSE 0 END) / SUM({R}), 2) AS discounted_share_pct "
    f"{OJ} WHERE {NC}")
add("measures", "gross sales before discounts, all time",
    f"SELECT ROUND(SUM(oi.quantity * oi.unit_price), 2) AS gross_sales {OJ} WHERE {NC}")
add("measures", "avg selling price per unit for books",
    f"SELECT ROUND(SUM({R}) / SUM(oi.quantity), 2) AS avg_price_per_unit {OJ} {PJ} {CJ} "
    f"WHERE {NC} AND cat.name = 'Books'")
add("measures", "profit per unit sold by category",
    f"SELECT cat.name AS category, ROUND(SUM({R} - oi.quantity * p.unit_cost) / SUM(oi.quantity), 2) AS profit_per_unit "
    f"{OJ} {PJ} {CJ} WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY profit_per_unit DESC, category")
add("measures", "share of revenue from returned orders by year, %",
    f"SELECT strftime('%Y', o.order_date) AS year, "
    f"ROUND(100.0 * SUM(CASE WHEN o.status = 'returned' THEN {R} ELSE 0 END) / SUM({R}), 2) AS returned_share_pct "
    f"{OJ} WHERE {NC} GROUP BY year ORDER BY year")
add("measures", "percentage of customers in each segment",
    "SELECT segment, ROUND(100.0 * COUNT(*) / (SELECT COUNT(*) FROM customers), 2) AS customer_pct FROM customers "
    "GROUP BY segment ORDER BY customer_pct DESC, segment")
add("measures", "what % of orders had at least one discounted item?",
    "SELECT ROUND(100.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM order_items oi WHERE oi.order_id = o.order_id "
    "AND oi.discount > 0) THEN 1 ELSE 0 END) / COUNT(*), 2) AS discounted_orders_pct FROM orders o")

# --------------------------------------------------------------------------- tricky (25)
add("tricky", "how many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "list customers w/o any orders who signed up before 2020",
    f"SELECT {CN} AS customer, c.signup_date FROM customers c WHERE c.signup_date < '2020-01-01' "
    "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) ORDER BY customer, c.signup_date")
add("tricky", "how many orders were bigger than our average order value?",
    f"WITH t AS (SELECT o.order_id, SUM({R}) AS val {OJ} WHERE {NC} GROUP BY o.order_id) "
    "SELECT COUNT(*) AS orders FROM t WHERE val > (SELECT AVG(val) FROM t)")
add("tricky", "which products are priced above the avg price of their own category?",
    "SELECT p.name AS product, p.unit_price FROM products p WHERE p.unit_price > "
    "(SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id) "
    "ORDER BY p.unit_price DESC, product")
add("tricky", "how many customers bought both electronics AND furniture in 2024?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OJ} {PJ} {CJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' AND cat.name IN ('Electronics', 'Furniture') "
    "GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)")
add("tricky", "how many customers with purchases bought neither books nor toys",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE {NC} AND o.customer_id NOT IN "
    f"(SELECT o2.customer_id FROM orders o2 JOIN order_items oi ON oi.order_id = o2.order_id {PJ} {CJ} "
    "WHERE o2.status <> 'cancelled' AND cat.name IN ('Books', 'Toys'))")
add("tricky", "which employees have never handled an order",
    f"SELECT {EN} AS employee FROM employees e WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee")
add("tricky", "revenue by the sales rep's region (not the customer's)",
    f"SELECT r.name AS rep_region, {REV} AS revenue {OJ} JOIN employees e ON e.employee_id = o.employee_id "
    f"JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.region_id, r.name "
    "ORDER BY revenue DESC, rep_region")
add("tricky", "order count by the region of the sales rep who handled it, orders w/o a rep as 'Unassigned'",
    "SELECT COALESCE(r.name, 'Unassigned') AS rep_region, COUNT(*) AS orders FROM orders o "
    "LEFT JOIN employees e ON e.employee_id = o.employee_id LEFT JOIN regions r ON r.region_id = e.region_id "
    "GROUP BY rep_region ORDER BY orders DESC, rep_region")
add("tricky", "which categories beat the average category revenue?",
    f"WITH t AS (SELECT cat.name AS category, SUM({R}) AS rev {OJ} {PJ} {CJ} WHERE {NC} "
    "GROUP BY cat.category_id, cat.name) "
    "SELECT category, ROUND(rev, 2) AS revenue FROM t WHERE rev > (SELECT AVG(rev) FROM t) "
    "ORDER BY revenue DESC, category")
add("tricky", "months in 2024 where revenue was above the 2024 monthly average",
    f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({R}) AS rev {OJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY month) "
    "SELECT month, ROUND(rev, 2) AS revenue FROM m WHERE rev > (SELECT AVG(rev) FROM m) ORDER BY month")
add("tricky", "how many customers ordered in 2023 but not in 2024?",
    "SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE strftime('%Y', o.order_date) = '2023' "
    "AND o.customer_id NOT IN (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')")
add("tricky", "how many customers ordered in every single year 2021-2024",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders "
    "WHERE order_date BETWEEN '2021-01-01' AND '2024-12-31' GROUP BY customer_id "
    "HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)")
add("tricky", "customers whose orders were ALL cancelled - how many",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(CASE WHEN status <> 'cancelled' THEN 1 ELSE 0 END) = 0)")
add("tricky", "which orders are tied for the most line items? just give me how many orders and the item count",
    "WITH t AS (SELECT order_id, COUNT(*) AS lines FROM order_items GROUP BY order_id) "
    "SELECT COUNT(*) AS orders, MAX(lines) AS line_items FROM t WHERE lines = (SELECT MAX(lines) FROM t)")
add("tricky", "electronics products that share the exact same list price with another electronics product",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Electronics' AND EXISTS (SELECT 1 FROM products p2 WHERE p2.category_id = p.category_id "
    "AND p2.product_id <> p.product_id AND p2.unit_price = p.unit_price) ORDER BY p.unit_price DESC, product")
add("tricky", "discontinued products that still sold in 2024",
    f"SELECT DISTINCT p.name AS product {OJ} {PJ} WHERE {NC} AND p.discontinued = 1 "
    "AND strftime('%Y', o.order_date) = '2024' ORDER BY product")
add("tricky", "2nd best category by revenue?",
    f"SELECT cat.name AS category, {REV} AS revenue {OJ} {PJ} {CJ} WHERE {NC} "
    "GROUP BY cat.category_id, cat.name ORDER BY revenue DESC LIMIT 1 OFFSET 1")
add("tricky", "how many orders have no sales rep assigned",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.employee_id IS NULL")
add("tricky", "revenue from customers that have no company on file",
    f"SELECT {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.company IS NULL")
add("tricky", "what % of our customers have never ordered",
    "SELECT ROUND(100.0 * SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) "
    "THEN 1 ELSE 0 END) / COUNT(*), 2) AS never_ordered_pct FROM customers c")
add("tricky", "which products has no customer in Germany ever bought?",
    "SELECT p.name AS product FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id FROM order_items oi "
    "JOIN orders o ON o.order_id = oi.order_id JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE o.status <> 'cancelled' AND c.country = 'Germany') ORDER BY product")
add("tricky", "list every employee with their manager's name",
    f"SELECT {EN} AS employee, m.first_name || ' ' || m.last_name AS manager FROM employees e "
    "LEFT JOIN employees m ON m.employee_id = e.manager_id ORDER BY employee")
add("tricky", "reps whose avg order value is above the company-wide AOV",
    f"WITH t AS (SELECT o.order_id, o.employee_id, SUM({R}) AS val {OJ} WHERE {NC} GROUP BY o.order_id, o.employee_id) "
    f"SELECT {EN} AS employee, ROUND(AVG(t.val), 2) AS avg_order_value FROM t "
    "JOIN employees e ON e.employee_id = t.employee_id GROUP BY e.employee_id "
    "HAVING AVG(t.val) > (SELECT AVG(val) FROM t) ORDER BY avg_order_value DESC, employee")
add("tricky", "products that sold in 2024 but had zero sales in 2023",
    f"SELECT DISTINCT p.name AS product {OJ} {PJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' "
    "AND p.product_id NOT IN (SELECT oi2.product_id FROM order_items oi2 JOIN orders o2 ON o2.order_id = oi2.order_id "
    "WHERE o2.status <> 'cancelled' AND strftime('%Y', o2.order_date) = '2023') ORDER BY product")

# -------------------------------------------------------------------------- filters (15)
add("filters", "# of orders from canadian customers in 2023",
    "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.country = 'Canada' AND strftime('%Y', o.order_date) = '2023'")
add("filters", "revenue from corporate customers in germany",
    f"SELECT {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Corporate' AND c.country = 'Germany'")
add("filters", "how many orders were over $1,000?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {OJ} WHERE {NC} GROUP BY o.order_id "
    f"HAVING SUM({R}) > 1000)")
add("filters", "beauty products under $20",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Beauty' AND p.unit_price < 20 ORDER BY product")
add("filters", "how many online orders were delivered in Q1 2024",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.channel = 'online' AND o.status = 'delivered' "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-03-31'")
add("filters", "loyalty members in chicago - how many?",
    "SELECT COUNT(*) AS customers FROM customers WHERE city = 'Chicago' AND loyalty_member = 1")
add("filters", "number of line items sold at a 30% discount",
    f"SELECT COUNT(*) AS line_items {OJ} WHERE {NC} AND oi.discount = 0.3")
add("filters", "APAC revenue from phone orders in 2024",
    f"SELECT {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND r.name = 'Asia Pacific' AND o.channel = 'phone' AND strftime('%Y', o.order_date) = '2024'")
add("filters", "employees hired before 2017",
    f"SELECT {EN} AS employee, e.hire_date FROM employees e WHERE e.hire_date < '2017-01-01' ORDER BY employee")
add("filters", "active products launched after 2022",
    "SELECT p.name AS product, p.launch_date FROM products p WHERE p.discontinued = 0 "
    "AND p.launch_date >= '2023-01-01' ORDER BY product")
add("filters", "show pending orders w/ date and customer",
    f"SELECT o.order_id, o.order_date, {CN} AS customer FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'pending' ORDER BY o.order_date, o.order_id")
add("filters", "how many orders are shipped but not delivered yet",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.status = 'shipped'")
add("filters", "orders with shipping cost over $10 - count",
    "SELECT COUNT(*) AS orders FROM orders o WHERE o.shipping_cost > 10")
add("filters", "customers from the US or canada who signed up in 2024, how many",
    "SELECT COUNT(*) AS customers FROM customers WHERE country IN ('United States', 'Canada') "
    "AND strftime('%Y', signup_date) = '2024'")
add("filters", "small business revenue thru the store channel",
    f"SELECT {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.segment = 'Small Business' AND o.channel = 'store'")

# ----------------------------------------------------------------------------- topn (15)
add("topn", "top 5 customers by revenue",
    f"SELECT {CN} AS customer, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units {OJ} {PJ} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY units DESC LIMIT 10")
add("topn", "top 3 categories by profit in 2024",
    f"SELECT cat.name AS category, ROUND(SUM({R} - oi.quantity * p.unit_cost), 2) AS profit {OJ} {PJ} {CJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY cat.category_id ORDER BY profit DESC LIMIT 3")
add("topn", "bottom 5 products by revenue",
    f"SELECT p.name AS product, {REV} AS revenue {OJ} {PJ} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "top 5 sales reps by revenue in 2024",
    f"SELECT {EN} AS employee, {REV} AS revenue {OJ} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 3 countries by number of customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3")
add("topn", "top 5 cities by revenue",
    f"SELECT c.city, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.city, c.country ORDER BY revenue DESC LIMIT 5")
add("topn", "5 products w/ the best margin %",
    f"SELECT p.name AS product, ROUND(100.0 * SUM({R} - oi.quantity * p.unit_cost) / SUM({R}), 2) AS margin_pct "
    f"{OJ} {PJ} WHERE {NC} GROUP BY p.product_id ORDER BY margin_pct DESC LIMIT 5")
add("topn", "best month ever by revenue",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {OJ} WHERE {NC} "
    "GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("topn", "top 3 reps by number of orders handled in 2023",
    f"SELECT {EN} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
    "WHERE strftime('%Y', o.order_date) = '2023' GROUP BY e.employee_id ORDER BY orders DESC LIMIT 3")
add("topn", "top 5 customers by number of orders",
    f"SELECT {CN} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5")
add("topn", "our 5 biggest orders by value - order id, customer, value",
    f"SELECT o.order_id, {CN} AS customer, {REV} AS order_value {OJ} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY o.order_id "
    "ORDER BY order_value DESC LIMIT 5")
add("topn", "top 3 kitchen products by revenue",
    f"SELECT p.name AS product, {REV} AS revenue {OJ} {PJ} {CJ} WHERE {NC} AND cat.name = 'Kitchen' "
    "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 3")
add("topn", "3 worst categories by margin",
    f"SELECT cat.name AS category, ROUND(100.0 * SUM({R} - oi.quantity * p.unit_cost) / SUM({R}), 2) AS margin_pct "
    f"{OJ} {PJ} {CJ} WHERE {NC} GROUP BY cat.category_id ORDER BY margin_pct ASC LIMIT 3")
add("topn", "top 5 european customers by 2024 revenue",
    f"SELECT {CN} AS customer, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' "
    "AND strftime('%Y', o.order_date) = '2024' GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")

# ----------------------------------------------------------------------- breakdowns (13)
add("breakdowns", "revenue by category",
    f"SELECT cat.name AS category, {REV} AS revenue {OJ} {PJ} {CJ} WHERE {NC} "
    "GROUP BY cat.category_id, cat.name ORDER BY revenue DESC, category")
add("breakdowns", "orders by status",
    "SELECT o.status, COUNT(*) AS orders FROM orders o GROUP BY o.status ORDER BY orders DESC, o.status")
add("breakdowns", "revenue by channel",
    f"SELECT o.channel, {REV} AS revenue {OJ} WHERE {NC} GROUP BY o.channel ORDER BY revenue DESC, o.channel")
add("breakdowns", "customer count by segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC, segment")
add("breakdowns", "revenue by region",
    f"SELECT r.name AS region, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id, r.name "
    "ORDER BY revenue DESC, region")
add("breakdowns", "units sold by category for 2024",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units {OJ} {PJ} {CJ} "
    f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY cat.category_id, cat.name "
    "ORDER BY units DESC, category")
add("breakdowns", "orders split by channel and status",
    "SELECT o.channel, o.status, COUNT(*) AS orders FROM orders o GROUP BY o.channel, o.status "
    "ORDER BY orders DESC, o.channel, o.status")
add("breakdowns", "revenue by country",
    f"SELECT c.country, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.country ORDER BY revenue DESC, c.country")
add("breakdowns", "avg order value by region",
    f"SELECT r.name AS region, ROUND(SUM({R}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {OJ} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id, r.name ORDER BY avg_order_value DESC, region")
add("breakdowns", "number of products per category",
    "SELECT cat.name AS category, COUNT(*) AS products FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id, cat.name "
    "ORDER BY products DESC, category")
add("breakdowns", "headcount per region",
    "SELECT r.name AS region, COUNT(*) AS employees FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "GROUP BY r.region_id, r.name ORDER BY employees DESC, region")
add("breakdowns", "revenue by segment and channel",
    f"SELECT c.segment, o.channel, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.segment, o.channel ORDER BY revenue DESC, c.segment, o.channel")
add("breakdowns", "orders by loyalty membership",
    "SELECT CASE c.loyalty_member WHEN 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, COUNT(*) AS orders "
    "FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY loyalty ORDER BY orders DESC, loyalty")

# --------------------------------------------------------------------------- simple (12)
add("simple", "how many customers do we have?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products are in the catalog", "SELECT COUNT(*) AS products FROM products")
add("simple", "total number of orders", "SELECT COUNT(*) AS orders FROM orders")
add("simple", "how many employees", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "list all product categories", "SELECT name AS category FROM categories ORDER BY category")
add("simple", "what regions do we operate in?", "SELECT name AS region FROM regions ORDER BY region")
add("simple", "how many products are discontinued", "SELECT COUNT(*) AS products FROM products WHERE discontinued = 1")
add("simple", "most expensive product?",
    "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 1")
add("simple", "how many orders were cancelled", "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
add("simple", "avg list price of our products", "SELECT ROUND(AVG(unit_price), 2) AS avg_list_price FROM products")
add("simple", "in how many countries do we have customers", "SELECT COUNT(DISTINCT country) AS countries FROM customers")
add("simple", "who are the regional sales mangers?",
    f"SELECT {EN} AS employee FROM employees e WHERE e.title = 'Regional Sales Manager' ORDER BY employee")


# ------------------------------------------------------------------------------ checks
LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)(?:\s+OFFSET\s+(\d+))?\s*;?\s*$", re.I)


def check(con):
    errors = []
    counts = {}
    seen = {}
    for i, (kind, q, sql, opts) in enumerate(ITEMS):
        counts[kind] = counts.get(kind, 0) + 1
        norm = " ".join(q.lower().split())
        if norm in seen:
            errors.append(f"#{i} duplicate question of #{seen[norm]}: {q}")
        seen[norm] = i
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append(f"#{i} SQL error {e}: {sql}")
            continue
        if not rows:
            errors.append(f"#{i} no rows: {q}")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"#{i} all NULL: {q}")
        m = LIMIT_RE.search(sql)
        if m:
            n, off = int(m.group(1)), int(m.group(2) or 0)
            full = con.execute(sql[:m.start()]).fetchall()
            key = opts.get("key", -1)
            for a in (off + n - 1, off - 1):
                if 0 <= a and a + 1 < len(full) and full[a][key] == full[a + 1][key]:
                    errors.append(f"#{i} tie at LIMIT cut-off (rows {a}/{a + 1}, {full[a][key]!r}): {q}")
    if counts != EXPECTED:
        errors.append(f"kind counts {counts} != {EXPECTED}")
    return errors, counts


def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors, counts = check(con)
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s); nothing written")
        return 1
    data = [{"question": q, "db_id": "demo", "query": sql} for kind, q, sql, _ in ITEMS]
    kinds = {str(i): kind for i, (kind, _, _, _) in enumerate(ITEMS)}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1)
    with open(OUT_KINDS, "w") as f:
        json.dump(kinds, f, indent=1)
    print(f"OK: {len(ITEMS)} items written to {OUT} and {OUT_KINDS}; {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
