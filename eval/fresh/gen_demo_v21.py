#!/usr/bin/env python3
"""Held-out business questions with gold SQL over the genbi demo sales database (demo_v21).

Written blind: only /work/main/README.md and the demo database were read.

CONVENTIONS (every gold query follows these)
--------------------------------------------
Money and sales
* Revenue = SUM(order_items.quantity * order_items.unit_price * (1 - discount)), a NULL discount
  counting as 0, over orders whose status is not 'cancelled' (returned orders still count).
  This reproduces the README's figures (2021: $1,212,415.64; 2024: $2,138,329.99; top customer
  Jan Russo $24,472.30).
* Units / units sold = SUM(quantity) over non-cancelled orders.
* Profit / gross profit / margin $ = SUM(quantity * (unit_price * (1 - discount) - products.unit_cost))
  over non-cancelled orders; margin % = 100 * profit / revenue. Shipping cost is not part of
  revenue or profit.
* AOV (average order value) = revenue / COUNT(DISTINCT non-cancelled orders).
* Anything measuring sales (revenue, units, AOV, profit, "bought", "sold", "purchased",
  "customers who bought") excludes cancelled orders. Plain counts of orders ("how many orders",
  "orders per month", "% of orders ...") count orders of every status unless the question
  narrows them.
* Share of total / percentages: 100.0 * part / whole, ROUND(x, 2) (a number 0-100, no % sign).
* Money, averages, ratios and percentages are ROUND(x, 2); plain counts and sums of units are not.
* "Best-selling" ranks by units; "top"/"best"/"biggest" customers, products, ... rank by revenue
  unless the question names another measure.
Time
* Dates are orders.order_date unless the question names another date (ship, signup, hire,
  launch). "Today" = the last order date in the data (2024-12-31); "this year" = 2024,
  "last year" = 2023, "this quarter" = 2024-Q4, "last quarter" = 2024-Q3.
* "Last N months" = N whole calendar months ending with the last month of data (last 6 months =
  2024-07-01 .. 2024-12-31); "last N years" likewise in whole years (last 2 years = 2023-2024).
* Labels: month 'YYYY-MM', quarter 'YYYY-Qn', half-year 'YYYY-H1'/'YYYY-H2', year 'YYYY',
  week = the Monday that starts it ('YYYY-MM-DD'; weeks run Monday-Sunday; a period filter
  applies to order dates, so edge weeks may be partial), weekday = English name.
* Growth % = ROUND(100.0 * (current - previous) / previous, 2); MoM/YoY series include the
  previous period needed for the first value.
* Days between dates = julianday(later) - julianday(earlier), averaged and rounded to 2.
* A customer's first (last) order = the earliest (latest) order_date among all of their orders,
  any status; a cohort is the customers whose first order falls in the named period.
  "New customers" in a period = customers whose first order is in it.
People, places, labels
* People (customers, employees) are shown as first_name || ' ' || last_name; customers are
  grouped by customer_id (names repeat), employees by employee_id.
* Region / country of a sale = the customer's region / country, unless the question says the
  rep's / employee's region. The "sales rep" of an order is orders.employee_id, whoever it is.
* "Loyalty members" = customers.loyalty_member = 1; "discontinued" = products.discontinued = 1;
  "free shipping" = shipping_cost = 0.
Result shape
* The gold returns the columns the question asks for: a list names its rows by display name;
  the measure is added only when it ranks the rows or is asked for.
* Time series ascending by period (weekdays Monday -> Sunday); rankings and breakdowns by their
  measure descending; plain lists by display name ascending.
* Top-N uses ORDER BY measure LIMIT N, and N is chosen so there is no tie at the cut-off
  (checked); a question that asks for ties uses MAX/MIN instead of LIMIT.

CHECKS (the JSON files are written only if all pass)
* every gold runs on SQLite, returns at least one row and not only NULLs;
* no tie on the first ORDER BY key at a final LIMIT / OFFSET cut-off;
* exact count per kind; no duplicate question (case/punctuation-insensitive); 160 in all.
"""
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "demo", "demo.sqlite")
OUT = os.path.join(HERE, "demo_v21.json")
OUT_KINDS = os.path.join(HERE, "demo_v21_kinds.json")

WANT = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
        "breakdowns": 13, "simple": 12}

# ---- SQL fragments --------------------------------------------------------------------------
LINE = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
REV = f"ROUND(SUM({LINE}), 2)"
PLINE = "oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost)"
PROFIT = f"ROUND(SUM({PLINE}), 2)"
MARGIN = f"ROUND(100.0 * SUM({PLINE}) / SUM({LINE}), 2)"
AOV = f"ROUND(SUM({LINE}) / COUNT(DISTINCT o.order_id), 2)"
J = "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
JP = J + " JOIN products p ON p.product_id = oi.product_id"
JPC = JP + " JOIN categories cat ON cat.category_id = p.category_id"
JC = J + " JOIN customers c ON c.customer_id = o.customer_id"
NC = "o.status <> 'cancelled'"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"
MON = "strftime('%Y-%m', o.order_date)"
QTR = "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
HALF = ("strftime('%Y', o.order_date) || '-H' || "
        "CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) <= 6 THEN 1 ELSE 2 END")
WEEK = "date(o.order_date, '-6 days', 'weekday 1')"
WDNAME = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
          "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
          "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
WDORD = "(CAST(strftime('%w', o.order_date) AS INTEGER) + 6) % 7"
DAYS = "julianday(o.ship_date) - julianday(o.order_date)"
TODAY = "(SELECT MAX(order_date) FROM orders)"
FIRST = "(SELECT customer_id, MIN(order_date) AS first_date FROM orders GROUP BY customer_id)"

ITEMS = []


def add(kind, question, query):
    ITEMS.append((kind, question, " ".join(query.split())))


# ============================================================================================
# SIMPLE (12)
# ============================================================================================
add("simple", "how many customers do we have in total",
    "SELECT COUNT(*) AS customers FROM customers")
add("simple", "How many products are discontinued?",
    "SELECT COUNT(*) AS products FROM products WHERE discontinued = 1")
add("simple", "list all our regions",
    "SELECT name FROM regions ORDER BY name")
add("simple", "how many orders are still pending?",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'pending'")
add("simple", "How many Sales Representatives do we employ?",
    "SELECT COUNT(*) AS employees FROM employees WHERE title = 'Sales Representative'")
add("simple", "What's our most expensive product?",
    "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 1")
add("simple", "avg list price across all products",
    "SELECT ROUND(AVG(unit_price), 2) AS avg_price FROM products")
add("simple", "how many loyalty memebers are there",
    "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1")
add("simple", "what product categories do we have",
    "SELECT name FROM categories ORDER BY name")
add("simple", "number of customers in Germany",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany'")
add("simple", "Total shipping cost across all orders?",
    "SELECT ROUND(SUM(shipping_cost), 2) AS shipping_cost FROM orders")
add("simple", "show me the products in the Garden category",
    "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Garden' ORDER BY p.name")

# ============================================================================================
# FILTERS (15)
# ============================================================================================
add("filters", "how many Corporate customers are in Canada?",
    "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate' AND country = 'Canada'")
add("filters", "List products priced over $500",
    "SELECT name FROM products WHERE unit_price > 500 ORDER BY name")
add("filters", "how many 2024 orders had shipping over $10?",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10 "
    "AND order_date >= '2024-01-01' AND order_date < '2025-01-01'")
add("filters", "Which customers in Kenya are loyalty members?",
    f"SELECT {CUST} AS customer FROM customers c WHERE c.country = 'Kenya' AND c.loyalty_member = 1 "
    "ORDER BY customer")
add("filters", "number of delivered orders that came in by phone",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'delivered' AND channel = 'phone'")
add("filters", "which Electronics products are discontinued",
    "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Electronics' AND p.discontinued = 1 ORDER BY p.name")
add("filters", "how many orders over $1,000 did we have in 2024?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    f"GROUP BY o.order_id HAVING SUM({LINE}) > 1000)")
add("filters", "revenue from Small Business customers in Europe",
    f"SELECT {REV} AS revenue {JC} JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND c.segment = 'Small Business' AND r.name = 'Europe'")
add("filters", "How many order lines had a discount of 20% or more?",
    "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2")
add("filters", "Consumer segment customers from the US or Canada - how many?",
    "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Consumer' "
    "AND country IN ('United States', 'Canada')")
add("filters", "office supplies under $20",
    "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Office Supplies' AND p.unit_price < 20 ORDER BY p.name")
add("filters", "Which employees were hired before 2016?",
    f"SELECT {EMP} AS employee FROM employees e WHERE e.hire_date < '2016-01-01' ORDER BY employee")
add("filters", "how many orders were returned in 2023 from the store channel",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'returned' AND channel = 'store' "
    "AND order_date >= '2023-01-01' AND order_date < '2024-01-01'")
add("filters", "sales reps (title Sales Representative) making more than $60k",
    f"SELECT {EMP} AS employee FROM employees e WHERE e.title = 'Sales Representative' "
    "AND e.salary > 60000 ORDER BY employee")
add("filters", "How many orders shipped the same day they were placed?",
    "SELECT COUNT(*) AS orders FROM orders WHERE ship_date = order_date")

# ============================================================================================
# TOP-N (15)
# ============================================================================================
add("topn", "top 10 products by revenue",
    f"SELECT p.name AS product, {REV} AS revenue {JP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 10")
add("topn", "Top 5 customers by revenue in 2023",
    f"SELECT {CUST} AS customer, {REV} AS revenue {JC} WHERE {NC} "
    "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' "
    "GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "which 3 categories sold the most units last year?",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units {JPC} WHERE {NC} "
    "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' "
    "GROUP BY cat.category_id ORDER BY units DESC LIMIT 3")
add("topn", "top 4 countries by number of customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country "
    "ORDER BY customers DESC LIMIT 4")
add("topn", "Top 3 sales reps by revenue in 2024",
    f"SELECT {EMP} AS employee, {REV} AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3")
add("topn", "5 most profitable products",
    f"SELECT p.name AS product, {PROFIT} AS profit {JP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY profit DESC LIMIT 5")
add("topn", "bottom 5 products by revenue in 2024",
    f"SELECT p.name AS product, {REV} AS revenue {JP} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "Top 10 cities by revenue",
    f"SELECT c.city, {REV} AS revenue {JC} WHERE {NC} "
    "GROUP BY c.city, c.country ORDER BY revenue DESC LIMIT 10")
add("topn", "which 3 customers placed the most orders?",
    f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id "
    "ORDER BY orders DESC LIMIT 3")
add("topn", "top 3 best sellers in Q4 2024",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units {JP} WHERE {NC} "
    "AND o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01' "
    "GROUP BY p.product_id ORDER BY units DESC LIMIT 3")
add("topn", "Top 3 regions by profit margin %",
    f"SELECT r.name AS region, {MARGIN} AS margin_pct {JP} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id ORDER BY margin_pct DESC LIMIT 3")
add("topn", "5 biggest orders by value",
    f"SELECT o.order_id, {REV} AS order_value {J} WHERE {NC} "
    "GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5")
add("topn", "top 5 electronics products by rev",
    f"SELECT p.name AS product, {REV} AS revenue {JPC} WHERE {NC} AND cat.name = 'Electronics' "
    "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5")
add("topn", "Which 4 countries have the highest AOV?",
    f"SELECT c.country, {AOV} AS aov {JC} WHERE {NC} "
    "GROUP BY c.country ORDER BY aov DESC LIMIT 4")
add("topn", "who is our highest paid employee",
    f"SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.salary IS NOT NULL "
    "ORDER BY e.salary DESC LIMIT 1")

# ============================================================================================
# BREAKDOWNS (13)
# ============================================================================================
add("breakdowns", "revenue by category",
    f"SELECT cat.name AS category, {REV} AS revenue {JPC} WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY revenue DESC")
add("breakdowns", "number of custmers per segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "orders by channel",
    "SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC")
add("breakdowns", "Revenue by region",
    f"SELECT r.name AS region, {REV} AS revenue {JC} JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id ORDER BY revenue DESC")
add("breakdowns", "units sold per category in 2024",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units {JPC} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY cat.category_id ORDER BY units DESC")
add("breakdowns", "AOV by channel",
    f"SELECT o.channel, {AOV} AS aov {J} WHERE {NC} GROUP BY o.channel ORDER BY aov DESC")
add("breakdowns", "how many orders in each status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "revenue split by customer segment and channel",
    f"SELECT c.segment, o.channel, {REV} AS revenue {JC} WHERE {NC} "
    "GROUP BY c.segment, o.channel ORDER BY revenue DESC")
add("breakdowns", "Revenue by country for Europe",
    f"SELECT c.country, {REV} AS revenue {JC} JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} AND r.name = 'Europe' GROUP BY c.country ORDER BY revenue DESC")
add("breakdowns", "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC")
add("breakdowns", "revenue by the sales rep's region",
    f"SELECT r.name AS region, {REV} AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.region_id ORDER BY revenue DESC")
add("breakdowns", "loyalty members vs non-members: revenue",
    "SELECT CASE WHEN c.loyalty_member = 1 THEN 'Loyalty member' ELSE 'Not a member' END AS loyalty, "
    f"{REV} AS revenue {JC} WHERE {NC} GROUP BY c.loyalty_member ORDER BY revenue DESC")
add("breakdowns", "gross margin % by category",
    f"SELECT cat.name AS category, {MARGIN} AS margin_pct {JPC} WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY margin_pct DESC")

# ============================================================================================
# MEASURES (35)
# ============================================================================================
add("measures", "whats our total revenu all time",
    f"SELECT {REV} AS revenue {J} WHERE {NC}")
add("measures", "How many units have we sold in total?",
    f"SELECT SUM(oi.quantity) AS units {J} WHERE {NC}")
add("measures", "what is our average order value",
    f"SELECT {AOV} AS aov {J} WHERE {NC}")
add("measures", "total gross profit (revenue minus product cost)",
    f"SELECT {PROFIT} AS profit {JP} WHERE {NC}")
add("measures", "Overall gross margin %?",
    f"SELECT {MARGIN} AS margin_pct {JP} WHERE {NC}")
add("measures", "what % of orders get returned",
    "SELECT ROUND(100.0 * SUM(status = 'returned') / COUNT(*), 2) AS returned_pct FROM orders")
add("measures", "cancellation rate in 2024?",
    "SELECT ROUND(100.0 * SUM(status = 'cancelled') / COUNT(*), 2) AS cancelled_pct FROM orders "
    "WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01'")
add("measures", "Electronics share of total revenue, in %",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN {LINE} ELSE 0 END) "
    f"/ SUM({LINE}), 2) AS share_pct {JPC} WHERE {NC}")
add("measures", "what share of revenue comes from online orders",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN o.channel = 'online' THEN {LINE} ELSE 0 END) "
    f"/ SUM({LINE}), 2) AS share_pct {J} WHERE {NC}")
add("measures", "avg revenue per customer (customers who bought something)",
    f"SELECT ROUND(SUM({LINE}) / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer "
    f"{J} WHERE {NC}")
add("measures", "Average units per order?",
    f"SELECT ROUND(1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id), 2) AS units_per_order "
    f"{J} WHERE {NC}")
add("measures", "avg number of line items per order, excluding cancelled orders",
    f"SELECT ROUND(1.0 * COUNT(*) / COUNT(DISTINCT o.order_id), 2) AS lines_per_order {J} WHERE {NC}")
add("measures", "How much did we give away in discounts in 2023?",
    "SELECT ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount "
    f"{J} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'")
add("measures", "revenue from loyalty members",
    f"SELECT {REV} AS revenue {JC} WHERE {NC} AND c.loyalty_member = 1")
add("measures", "Profit on Furniture in 2023",
    f"SELECT {PROFIT} AS profit {JPC} WHERE {NC} AND cat.name = 'Furniture' "
    "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'")
add("measures", "how much revenue has Sophie Lopez brought in",
    f"SELECT {REV} AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND e.first_name = 'Sophie' AND e.last_name = 'Lopez'")
add("measures", "AOV for corporate customers",
    f"SELECT {AOV} AS aov {JC} WHERE {NC} AND c.segment = 'Corporate'")
add("measures", "avg shiping cost on orders that actually paid for shipping",
    "SELECT ROUND(AVG(shipping_cost), 2) AS avg_shipping_cost FROM orders WHERE shipping_cost > 0")
add("measures", "What % of non-cancelled orders had free shipping?",
    "SELECT ROUND(100.0 * SUM(shipping_cost = 0) / COUNT(*), 2) AS free_shipping_pct FROM orders "
    "WHERE status <> 'cancelled'")
add("measures", "UK revenue?",
    f"SELECT {REV} AS revenue {JC} WHERE {NC} AND c.country = 'United Kingdom'")
add("measures", "average order value for phone orders",
    f"SELECT {AOV} AS aov {J} WHERE {NC} AND o.channel = 'phone'")
add("measures", "How many Nimbus Lite Monitors have we sold?",
    f"SELECT SUM(oi.quantity) AS units {JP} WHERE {NC} AND p.name = 'Nimbus Lite Monitor'")
add("measures", "margin % on electronics",
    f"SELECT {MARGIN} AS margin_pct {JPC} WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "Average salary of our Account Executives?",
    "SELECT ROUND(AVG(salary), 2) AS avg_salary FROM employees WHERE title = 'Account Executive'")
add("measures", "what percent of customers are loyalty members",
    "SELECT ROUND(100.0 * SUM(loyalty_member = 1) / COUNT(*), 2) AS loyalty_pct FROM customers")
add("measures", "total value of returned orders",
    f"SELECT {REV} AS returned_value {J} WHERE o.status = 'returned'")
add("measures", "% of orders still open (pending or shipped)",
    "SELECT ROUND(100.0 * SUM(status IN ('pending', 'shipped')) / COUNT(*), 2) AS open_pct FROM orders")
add("measures", "avg number of orders per customer, counting only customers who ordered",
    "SELECT ROUND(1.0 * COUNT(*) / COUNT(DISTINCT customer_id), 2) AS orders_per_customer FROM orders")
add("measures", "How much revenue came from discontinued products?",
    f"SELECT {REV} AS revenue {JP} WHERE {NC} AND p.discontinued = 1")
add("measures", "what % of revenue comes from discounted order lines",
    f"SELECT ROUND(100.0 * SUM(CASE WHEN COALESCE(oi.discount, 0) > 0 THEN {LINE} ELSE 0 END) "
    f"/ SUM({LINE}), 2) AS share_pct {J} WHERE {NC}")
add("measures", "total revenue from Youssef Ibrahim",
    f"SELECT {REV} AS revenue {JC} WHERE {NC} AND c.first_name = 'Youssef' AND c.last_name = 'Ibrahim'")
add("measures", "avg discount on lines that had a discount, in %",
    f"SELECT ROUND(100.0 * AVG(oi.discount), 2) AS avg_discount_pct {J} WHERE {NC} AND oi.discount > 0")
add("measures", "profit per unit for Sports",
    f"SELECT ROUND(SUM({PLINE}) / SUM(oi.quantity), 2) AS profit_per_unit {JPC} "
    f"WHERE {NC} AND cat.name = 'Sports'")
add("measures", "What percentage of orders have no sales rep assigned?",
    "SELECT ROUND(100.0 * SUM(employee_id IS NULL) / COUNT(*), 2) AS no_rep_pct FROM orders")
add("measures", "avg selling price per unit for Books",
    f"SELECT ROUND(SUM({LINE}) / SUM(oi.quantity), 2) AS avg_price_per_unit {JPC} "
    f"WHERE {NC} AND cat.name = 'Books'")

# ============================================================================================
# TIME (45)
# ============================================================================================
add("time", "revenue per quarter in 2023",
    f"SELECT {QTR} AS quarter, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY quarter ORDER BY quarter")
add("time", "monthly rev for 2024",
    f"SELECT {MON} AS month, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "how many orders did we get each month over the last 6 months",
    f"SELECT {MON} AS month, COUNT(*) AS orders FROM orders o "
    "WHERE o.order_date >= '2024-07-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "What was revenue in March 2023?",
    f"SELECT {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2023-03-01' AND o.order_date < '2023-04-01'")
add("time", "revenue by day of week",
    f"SELECT {WDNAME} AS weekday, {REV} AS revenue {J} WHERE {NC} "
    f"GROUP BY {WDORD} ORDER BY {WDORD}")
add("time", "YoY revenue growth 2024 vs 2023 in %",
    f"SELECT ROUND(100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {LINE} END) "
    f"- SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} END), 2) AS growth_pct "
    f"{J} WHERE {NC}")
add("time", "MoM revenue growth % for each month of 2024",
    f"SELECT month, ROUND(100.0 * (revenue - prev) / prev, 2) AS growth_pct FROM ("
    f"SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM ("
    f"SELECT {MON} AS month, SUM({LINE}) AS revenue {J} WHERE {NC} GROUP BY month)) "
    "WHERE month >= '2024-01' AND month <= '2024-12' ORDER BY month")
add("time", "avg days between order date and ship date for 2024 orders",
    f"SELECT ROUND(AVG({DAYS}), 2) AS avg_days FROM orders o WHERE o.ship_date IS NOT NULL "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")
add("time", "orders per week in Q4 2024 (weeks starting monday)",
    f"SELECT {WEEK} AS week, COUNT(*) AS orders FROM orders o "
    "WHERE o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01' GROUP BY week ORDER BY week")
add("time", "When did Youssef Ibrahim place his first order?",
    "SELECT MIN(o.order_date) AS first_order_date FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.first_name = 'Youssef' AND c.last_name = 'Ibrahim'")
add("time", "when did Thomas Rossi last order",
    "SELECT MAX(o.order_date) AS last_order_date FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.first_name = 'Thomas' AND c.last_name = 'Rossi'")
add("time", "H1 vs H2 revenue in 2024",
    f"SELECT {HALF} AS half, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY half ORDER BY half")
add("time", "how many new customers did we get each year?",
    f"SELECT strftime('%Y', first_date) AS year, COUNT(*) AS new_customers FROM {FIRST} "
    "GROUP BY year ORDER BY year")
add("time", "2024 revenue from the 2021 cohort (customers whose first order was in 2021)",
    f"SELECT {REV} AS revenue {J} JOIN {FIRST} f ON f.customer_id = o.customer_id "
    f"WHERE {NC} AND f.first_date >= '2021-01-01' AND f.first_date < '2022-01-01' "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")
add("time", "revenue last 3 months",
    f"SELECT {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01'")
add("time", "total revenue over the last 12 months",
    f"SELECT {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")
add("time", "# of orders in Q3 2023",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date >= '2023-07-01' AND order_date < '2023-10-01'")
add("time", "Q4 2024 revenue growth vs Q4 2023, %",
    f"SELECT ROUND(100.0 * (SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {LINE} END) "
    f"- SUM(CASE WHEN o.order_date < '2024-01-01' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN o.order_date < '2024-01-01' THEN {LINE} END), 2) AS growth_pct {J} WHERE {NC} "
    "AND ((o.order_date >= '2023-10-01' AND o.order_date < '2024-01-01') "
    "OR (o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01'))")
add("time", "which quarter in 2022 had the highest revenue?",
    f"SELECT {QTR} AS quarter, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2022-01-01' AND o.order_date < '2023-01-01' "
    "GROUP BY quarter ORDER BY revenue DESC LIMIT 1")
add("time", "How many days since Haruto Nakamura's last order?",
    f"SELECT CAST(julianday({TODAY}) - julianday(MAX(o.order_date)) AS INTEGER) AS days_since "
    "FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.first_name = 'Haruto' AND c.last_name = 'Nakamura'")
add("time", "customer signups by month in 2023",
    "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS signups FROM customers "
    "WHERE signup_date >= '2023-01-01' AND signup_date < '2024-01-01' GROUP BY month ORDER BY month")
add("time", "avg days from signup to first order",
    "SELECT ROUND(AVG(julianday(f.first_date) - julianday(c.signup_date)), 2) AS avg_days "
    f"FROM customers c JOIN {FIRST} f ON f.customer_id = c.customer_id")
add("time", "What % of orders are placed on weekends?",
    "SELECT ROUND(100.0 * SUM(strftime('%w', order_date) IN ('0', '6')) / COUNT(*), 2) AS weekend_pct "
    "FROM orders")
add("time", "busiest day of 2024 by number of orders",
    "SELECT order_date, COUNT(*) AS orders FROM orders "
    "WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01' "
    "GROUP BY order_date ORDER BY orders DESC LIMIT 1")
add("time", "units sold in feb 2024",
    f"SELECT SUM(oi.quantity) AS units {J} WHERE {NC} "
    "AND o.order_date >= '2024-02-01' AND o.order_date < '2024-03-01'")
add("time", "average monthly revenue in 2023",
    f"SELECT ROUND(AVG(revenue), 2) AS avg_monthly_revenue FROM (SELECT {MON} AS month, "
    f"SUM({LINE}) AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY month)")
add("time", "online orders per quarter in 2024",
    f"SELECT {QTR} AS quarter, COUNT(*) AS orders FROM orders o WHERE o.channel = 'online' "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY quarter ORDER BY quarter")
add("time", "revenue by half-year for 2023 and 2024",
    f"SELECT {HALF} AS half, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2023-01-01' AND o.order_date < '2025-01-01' GROUP BY half ORDER BY half")
add("time", "number of orders per year with the YoY growth %",
    "SELECT year, orders, ROUND(100.0 * (orders - LAG(orders) OVER (ORDER BY year)) "
    "/ LAG(orders) OVER (ORDER BY year), 2) AS growth_pct FROM (SELECT strftime('%Y', order_date) AS year, "
    "COUNT(*) AS orders FROM orders GROUP BY year) ORDER BY year")
add("time", "Of the customers whose first order was in 2023, how many ordered again in 2024?",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o JOIN {FIRST} f "
    "ON f.customer_id = o.customer_id WHERE f.first_date >= '2023-01-01' AND f.first_date < '2024-01-01' "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")
add("time", "when was the last order from a Latin America customer",
    "SELECT MAX(o.order_date) AS last_order_date FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id WHERE r.name = 'Latin America'")
add("time", "How many orders came in on Mondays in 2024?",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%w', order_date) = '1' "
    "AND order_date >= '2024-01-01' AND order_date < '2025-01-01'")
add("time", "revenue for the week starting Dec 23 2024",
    f"SELECT {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-12-23' AND o.order_date <= '2024-12-29'")
add("time", "revenue by month, last 6 months",
    f"SELECT {MON} AS month, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-07-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "which weekday gets the most online orders?",
    f"SELECT {WDNAME} AS weekday, COUNT(*) AS orders FROM orders o WHERE o.channel = 'online' "
    f"GROUP BY {WDORD} ORDER BY orders DESC LIMIT 1")
add("time", "how many days between our first and our latest order",
    "SELECT CAST(julianday(MAX(order_date)) - julianday(MIN(order_date)) AS INTEGER) AS days FROM orders")
add("time", "avg ship time in days by month for 2024",
    f"SELECT {MON} AS month, ROUND(AVG({DAYS}), 2) AS avg_days FROM orders o "
    "WHERE o.ship_date IS NOT NULL AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY month ORDER BY month")
add("time", "December revenue each year",
    f"SELECT {MON} AS month, {REV} AS revenue {J} WHERE {NC} "
    "AND strftime('%m', o.order_date) = '12' GROUP BY month ORDER BY month")
add("time", "how many people did we hire in the last 2 years",
    "SELECT COUNT(*) AS employees FROM employees WHERE hire_date >= '2023-01-01' AND hire_date < '2025-01-01'")
add("time", "How many customers signed up in the last 6 months?",
    "SELECT COUNT(*) AS customers FROM customers WHERE signup_date >= '2024-07-01' AND signup_date < '2025-01-01'")
add("time", "revenue this quarter vs last quarter",
    f"SELECT {QTR} AS quarter, {REV} AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-07-01' AND o.order_date < '2025-01-01' GROUP BY quarter ORDER BY quarter")
add("time", "avg number of days between Youssef Ibrahim's orders",
    "SELECT ROUND((julianday(MAX(o.order_date)) - julianday(MIN(o.order_date))) / (COUNT(*) - 1), 2) "
    "AS avg_days_between FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.first_name = 'Youssef' AND c.last_name = 'Ibrahim'")
add("time", "In which month of 2024 did Electronics revenue peak?",
    f"SELECT {MON} AS month, {REV} AS revenue {JPC} WHERE {NC} AND cat.name = 'Electronics' "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("time", "YoY revenue growth by category, 2024 vs 2023",
    f"SELECT cat.name AS category, ROUND(100.0 * (SUM(CASE WHEN o.order_date >= '2024-01-01' THEN {LINE} END) "
    f"- SUM(CASE WHEN o.order_date < '2024-01-01' THEN {LINE} END)) "
    f"/ SUM(CASE WHEN o.order_date < '2024-01-01' THEN {LINE} END), 2) AS growth_pct {JPC} "
    f"WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY cat.category_id ORDER BY growth_pct DESC")
add("time", "new customers per month in the last 6 months",
    f"SELECT strftime('%Y-%m', first_date) AS month, COUNT(*) AS new_customers FROM {FIRST} "
    "WHERE first_date >= '2024-07-01' AND first_date < '2025-01-01' GROUP BY month ORDER BY month")

# ============================================================================================
# TRICKY (25)
# ============================================================================================
add("tricky", "Which Furniture products are priced above the Furniture average?",
    "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Furniture' AND p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 "
    "WHERE p2.category_id = p.category_id) ORDER BY p.name")
add("tricky", "which categories have revenue above the average category revenue?",
    f"SELECT category FROM (SELECT cat.name AS category, SUM({LINE}) AS revenue {JPC} WHERE {NC} "
    "GROUP BY cat.category_id) WHERE revenue > (SELECT AVG(revenue) FROM (SELECT SUM("
    f"{LINE}) AS revenue {JP} WHERE {NC} GROUP BY p.category_id)) ORDER BY category")
add("tricky", "how many customers bought both Electronics and Furniture in 2024?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {JPC} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id "
    "HAVING COUNT(DISTINCT cat.name) = 2)")
add("tricky", "Among customers who've bought something, how many never bought Electronics or Furniture?",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE {NC} "
    f"AND o.customer_id NOT IN (SELECT o2.customer_id FROM orders o2 JOIN order_items oi ON oi.order_id = o2.order_id "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE o2.status <> 'cancelled' AND cat.name IN ('Electronics', 'Furniture'))")
add("tricky", "products that didn't sell at all in 2024",
    "SELECT p.name FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id FROM order_items oi "
    "JOIN orders o ON o.order_id = oi.order_id WHERE o.status <> 'cancelled' "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01') ORDER BY p.name")
add("tricky", "how many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "which employees have no orders at all",
    f"SELECT {EMP} AS employee FROM employees e WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee")
add("tricky", "best-selling product in April 2024 by units - show all if there's a tie",
    f"SELECT product, units FROM (SELECT p.name AS product, SUM(oi.quantity) AS units {JP} WHERE {NC} "
    "AND o.order_date >= '2024-04-01' AND o.order_date < '2024-05-01' GROUP BY p.product_id) "
    f"WHERE units = (SELECT MAX(u) FROM (SELECT SUM(oi.quantity) AS u {J} WHERE {NC} "
    "AND o.order_date >= '2024-04-01' AND o.order_date < '2024-05-01' GROUP BY oi.product_id)) "
    "ORDER BY product")
add("tricky", "2024 revenue from orders taken by our Europe-based reps",
    f"SELECT {REV} AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"JOIN regions r ON r.region_id = e.region_id WHERE {NC} AND r.name = 'Europe' "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")
add("tricky", "Who is Sophie Lopez's manager?",
    "SELECT m.first_name || ' ' || m.last_name AS manager FROM employees e "
    "JOIN employees m ON m.employee_id = e.manager_id WHERE e.first_name = 'Sophie' AND e.last_name = 'Lopez'")
add("tricky", "revenue of each regional sales manager's team (their direct reports' orders)",
    f"SELECT m.first_name || ' ' || m.last_name AS manager, {REV} AS revenue {J} "
    "JOIN employees e ON e.employee_id = o.employee_id JOIN employees m ON m.employee_id = e.manager_id "
    f"WHERE {NC} AND m.title = 'Regional Sales Manager' GROUP BY m.employee_id ORDER BY revenue DESC")
add("tricky", "which months in 2024 beat the 2024 monthly average revenue?",
    f"SELECT month FROM (SELECT {MON} AS month, SUM({LINE}) AS revenue {J} WHERE {NC} "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month) "
    f"WHERE revenue > (SELECT AVG(r) FROM (SELECT SUM({LINE}) AS r {J} WHERE {NC} "
    f"AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY {MON})) ORDER BY month")
add("tricky", "customers who ordered in 2023 but not in 2024 - how many?",
    "SELECT COUNT(DISTINCT customer_id) AS customers FROM orders WHERE order_date >= '2023-01-01' "
    "AND order_date < '2024-01-01' AND customer_id NOT IN (SELECT customer_id FROM orders "
    "WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01')")
add("tricky", "how many customers have ordered through all three channels",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING COUNT(DISTINCT channel) = 3)")
add("tricky", "which employees were hired before their own manager?",
    f"SELECT {EMP} AS employee FROM employees e JOIN employees m ON m.employee_id = e.manager_id "
    "WHERE e.hire_date < m.hire_date ORDER BY employee")
add("tricky", "products with a margin under 25% of list price",
    "SELECT name FROM products WHERE (unit_price - unit_cost) / unit_price < 0.25 ORDER BY name")
add("tricky", "Which countries have more customers than the average country?",
    "SELECT country FROM customers GROUP BY country HAVING COUNT(*) > (SELECT AVG(n) FROM "
    "(SELECT COUNT(*) AS n FROM customers GROUP BY country)) ORDER BY country")
add("tricky", "how many customers only ever ordered online?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(channel <> 'online') = 0)")
add("tricky", "what's our 2nd best product by revenue",
    f"SELECT p.name AS product, {REV} AS revenue {JP} WHERE {NC} "
    "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 1 OFFSET 1")
add("tricky", "customers with no orders, by segment",
    "SELECT c.segment, COUNT(*) AS customers FROM customers c WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) GROUP BY c.segment ORDER BY customers DESC")
add("tricky", "how many customers share their full name with some other customer?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE EXISTS (SELECT 1 FROM customers c2 "
    "WHERE c2.first_name = c.first_name AND c2.last_name = c.last_name AND c2.customer_id <> c.customer_id)")
add("tricky", "how many products sold in every single year from 2021 to 2024?",
    "SELECT COUNT(*) AS products FROM (SELECT oi.product_id FROM order_items oi JOIN orders o "
    "ON o.order_id = oi.order_id WHERE o.status <> 'cancelled' GROUP BY oi.product_id "
    "HAVING COUNT(DISTINCT strftime('%Y', o.order_date)) = 4)")
add("tricky", "How many customers have exactly one order?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING COUNT(*) = 1)")
add("tricky", "which categories have neither discontinued products nor products over $300?",
    "SELECT cat.name FROM categories cat WHERE NOT EXISTS (SELECT 1 FROM products p "
    "WHERE p.category_id = cat.category_id AND (p.discontinued = 1 OR p.unit_price > 300)) ORDER BY cat.name")
add("tricky", "how many different customers did Sophie Lopez sell to in 2024?",
    "SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
    "WHERE o.status <> 'cancelled' AND e.first_name = 'Sophie' AND e.last_name = 'Lopez' "
    "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")


# ============================================================================================
# checks
# ============================================================================================
LIMIT_RE = re.compile(r"ORDER BY\s+(.+?)\s+LIMIT\s+(\d+)(?:\s+OFFSET\s+(\d+))?\s*$", re.I | re.S)


def norm(q):
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()


def check():
    errors = []
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    counts = {}
    for kind, _, _ in ITEMS:
        counts[kind] = counts.get(kind, 0) + 1
    for k in set(WANT) | set(counts):
        if counts.get(k, 0) != WANT.get(k, 0):
            errors.append(f"kind {k}: {counts.get(k, 0)} != {WANT.get(k, 0)}")
    seen = {}
    for i, (kind, q, sql) in enumerate(ITEMS):
        n = norm(q)
        if n in seen:
            errors.append(f"#{i} duplicate question of #{seen[n]}: {q}")
        seen[n] = i
        try:
            cur = con.execute(sql)
            rows = cur.fetchall()
            cols = [d[0] for d in cur.description]
        except sqlite3.Error as e:
            errors.append(f"#{i} [{kind}] SQL error {e}: {q}")
            continue
        if not rows:
            errors.append(f"#{i} [{kind}] no rows: {q}")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"#{i} [{kind}] all NULL: {q}")
        m = LIMIT_RE.search(sql)
        if m:
            key = re.sub(r"\s+(ASC|DESC)$", "", m.group(1).split(",")[0].strip(), flags=re.I)
            key = key.split(".")[-1]
            if key not in cols:
                errors.append(f"#{i} [{kind}] ORDER BY key {key!r} not an output column: {q}")
                continue
            ki = cols.index(key)
            lim, off = int(m.group(2)), int(m.group(3) or 0)
            full = con.execute(sql[:m.start()] + "ORDER BY " + m.group(1)).fetchall()
            edges = [off + lim] + ([off] if off else [])
            for e in edges:
                if 0 < e < len(full) and full[e - 1][ki] == full[e][ki]:
                    errors.append(f"#{i} [{kind}] tie at cut-off {e}: {full[e - 1]} / {full[e]}: {q}")
    con.close()
    return errors


def main():
    errors = check()
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} check(s) failed; nothing written")
        return 1
    data = [{"question": q, "db_id": "demo", "query": sql} for _, q, sql in ITEMS]
    kinds = {str(i): kind for i, (kind, _, _) in enumerate(ITEMS)}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
    with open(OUT_KINDS, "w") as f:
        json.dump(kinds, f, indent=1)
    counts = {}
    for k in kinds.values():
        counts[k] = counts.get(k, 0) + 1
    print(f"OK: {len(data)} items -> {OUT}, {OUT_KINDS}; {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
