#!/usr/bin/env python3
"""Blind test set v18 over the genbi demo database (demo.sqlite + demo.semantic.yaml).

CONVENTIONS (decided before writing the questions; every gold query follows them)
-------------------------------------------------------------------------------
Data / "today"
  * "today" = the data's last order date, 2024-12-31 (MAX(orders.order_date)), never the
    wall clock. "this year" = 2024, "last year" = 2023, "this month" = 2024-12.
  * "last N months" = the N whole calendar months ending with 2024-12
    (last 6 months = 2024-07-01 .. 2024-12-31). "last N days" = the N days ending on
    2024-12-31 inclusive (order_date > date('2024-12-31', '-N days')).
  * Dates are ISO text; periods are filtered with strftime on order_date.
Metrics (semantic layer, including its default filter status <> 'cancelled')
  * revenue / sales = SUM(quantity * unit_price * (1 - COALESCE(discount, 0))), cancelled
    orders excluded. Shipping cost is NOT part of revenue.
  * units sold = SUM(quantity), cancelled excluded.
  * AOV = revenue / COUNT(DISTINCT order_id), cancelled excluded.
  * profit = revenue - SUM(quantity * products.unit_cost), cancelled excluded.
  * margin = 100 * profit / revenue (a percentage 0-100), cancelled excluded.
  * An order's value = its revenue (line items, net of discount); used for
    "orders over $X" (cancelled orders never qualify).
  * Customer spend / "spent" = revenue of that customer's orders.
  * Discount given ($) = SUM(quantity * unit_price * COALESCE(discount, 0)), cancelled excluded.
Counts
  * "orders" / "number of orders" with no metric = COUNT of orders of ANY status unless the
    question names a status or says "excluding cancelled".
  * "placed an order" / "never ordered" = any order, any status.
    "bought" / "buyers" / "active customers" / "purchased" = at least one non-cancelled order.
  * Counts are never rounded.
Dimensions
  * An order's region is its customer's region (customers.region_id) unless the question says
    the rep's region.  Segment = customers.segment, channel = orders.channel,
    category = categories.name via products.
  * People (customers, employees/reps) are shown as first_name || ' ' || last_name, grouped by
    their id (customer names are not unique). "reps" / "sales reps" = employees, any title,
    unless a title is named.
Output shape
  * Month labels 'YYYY-MM' (strftime('%Y-%m')), quarter labels 'YYYY-Qn', half labels
    'YYYY-H1'/'YYYY-H2', years as INTEGER, weekdays as English names.
  * Money, averages, percentages, ratios: ROUND(x, 2). Percentages are 0-100.
  * Lists return the display name first, then the measure ranked or filtered on.
  * Time series ordered by period ascending; rankings and breakdowns by the measure descending
    (a weekday breakdown is a breakdown); plain lists of names by name; lists filtered on a date
    by that date.
  * Growth series (YoY, MoM) start at the first period that has a prior period; growth % =
    100 * (cur - prev) / prev. Two-period comparisons return one row: both values and the
    % change.
  * Days between two dates = julianday(later) - julianday(earlier); average days to ship over
    orders that have a ship_date.
  * Per-group leaders use RANK() = 1 (ties would all be shown; none occur).
  * Top/bottom N: ORDER BY the measure only, LIMIT N; N chosen so no tie straddles the cut.
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "demo", "demo.sqlite")
OUT = os.path.join(HERE, "demo_v18.json")
OUT_KINDS = os.path.join(HERE, "demo_v18_kinds.json")

REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COST = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"({REV} - {COST})"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
UNITS = "SUM(oi.quantity)"
DISC = "SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0))"
J = "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
JP = J + " JOIN products p ON p.product_id = oi.product_id"
JPC = JP + " JOIN categories cat ON cat.category_id = p.category_id"
JC = J + " JOIN customers c ON c.customer_id = o.customer_id"
JCR = JC + " JOIN regions r ON r.region_id = c.region_id"
NC = "o.status <> 'cancelled'"
MON = "strftime('%Y-%m', o.order_date)"
YR = "CAST(strftime('%Y', o.order_date) AS INTEGER)"
QTR = "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
WD = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
      "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
      "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"
Y = lambda y: f"o.order_date >= '{y}-01-01' AND o.order_date < '{y + 1}-01-01'"
DAYS = "julianday(o.ship_date) - julianday(o.order_date)"

Q = []
def add(kind, question, sql):
    Q.append((kind, question, " ".join(sql.split())))

# ------------------------------------------------------------------ simple (12)
add("simple", "how many customers do we have?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products r in the catalog", "SELECT COUNT(*) AS products FROM products")
add("simple", "list all the product categories", "SELECT name AS category FROM categories ORDER BY name")
add("simple", "how many orders got cancelled?", "SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'")
add("simple", "what regions do we sell in", "SELECT name AS region FROM regions ORDER BY name")
add("simple", "how many loyalty members do we have", "SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1")
add("simple", "how many products are discontinued?", "SELECT COUNT(*) AS discontinued_products FROM products WHERE discontinued = 1")
add("simple", "total number of orders in the system", "SELECT COUNT(*) AS orders FROM orders")
add("simple", "how many countries are our customers in", "SELECT COUNT(DISTINCT country) AS countries FROM customers")
add("simple", "whats the list price of the Nimbus Lite Monitor", "SELECT name AS product, unit_price FROM products WHERE name = 'Nimbus Lite Monitor'")
add("simple", "when was Emma Laurent hired", "SELECT first_name || ' ' || last_name AS employee, hire_date FROM employees WHERE first_name = 'Emma' AND last_name = 'Laurent'")
add("simple", "how many corporate customers are there", "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate'")

# ------------------------------------------------------------------ measures (35)
add("measures", "whats our total revnue", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC}")
add("measures", "revenue in 2023?", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND {Y(2023)}")
add("measures", "total sales for 2024", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND {Y(2024)}")
add("measures", "AOV in 2024", f"SELECT ROUND({AOV}, 2) AS aov {J} WHERE {NC} AND {Y(2024)}")
add("measures", "what's our overall margin", f"SELECT ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC}")
add("measures", "gross profit in 2022", f"SELECT ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC} AND {Y(2022)}")
add("measures", "units sold in 2023", f"SELECT {UNITS} AS units_sold {J} WHERE {NC} AND {Y(2023)}")
add("measures", "how much revenue came thru the online channel", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.channel = 'online'")
add("measures", "Europe revenue in 2024", f"SELECT ROUND({REV}, 2) AS revenue {JCR} WHERE {NC} AND r.name = 'Europe' AND {Y(2024)}")
add("measures", "average order value for corporate clients", f"SELECT ROUND({AOV}, 2) AS aov {JC} WHERE {NC} AND c.segment = 'Corporate'")
add("measures", "margin on electronics", f"SELECT ROUND({MARGIN}, 2) AS margin_pct {JPC} WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "total shipping cost in 2023", f"SELECT ROUND(SUM(o.shipping_cost), 2) AS shipping_cost FROM orders o WHERE {Y(2023)}")
add("measures", "avg shipping cost per order in 2024", f"SELECT ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost FROM orders o WHERE {Y(2024)}")
add("measures", "how much did we give away in discounts in 2024 ($)", f"SELECT ROUND({DISC}, 2) AS discount_given {J} WHERE {NC} AND {Y(2024)}")
add("measures", "avg discount % on order lines that actually had a discount", "SELECT ROUND(AVG(oi.discount) * 100, 2) AS avg_discount_pct FROM order_items oi WHERE oi.discount IS NOT NULL")
add("measures", "revenue from loyalty members in 2024", f"SELECT ROUND({REV}, 2) AS revenue {JC} WHERE {NC} AND c.loyalty_member = 1 AND {Y(2024)}")
add("measures", "units sold of furniture in Q4 2024", f"SELECT {UNITS} AS units_sold {JPC} WHERE {NC} AND cat.name = 'Furniture' AND o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01'")
add("measures", "profit from phone orders", f"SELECT ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC} AND o.channel = 'phone'")
add("measures", "whats the AOV for in-store orders", f"SELECT ROUND({AOV}, 2) AS aov {J} WHERE {NC} AND o.channel = 'store'")
add("measures", "how much revenue was on orders that got returned", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE o.status = 'returned'")
add("measures", "small business segment sales 2023", f"SELECT ROUND({REV}, 2) AS revenue {JC} WHERE {NC} AND c.segment = 'Small Business' AND {Y(2023)}")
add("measures", "margin in north america this year", f"SELECT ROUND({MARGIN}, 2) AS margin_pct {JP} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'North America' AND {Y(2024)}")
add("measures", "avg units per order (excl cancelled)", f"SELECT ROUND(1.0 * {UNITS} / COUNT(DISTINCT o.order_id), 2) AS units_per_order {J} WHERE {NC}")
add("measures", "avg salary of account execs", "SELECT ROUND(AVG(salary), 2) AS avg_salary FROM employees WHERE title = 'Account Executive'")
add("measures", "sales to german customers in 2024", f"SELECT ROUND({REV}, 2) AS revenue {JC} WHERE {NC} AND c.country = 'Germany' AND {Y(2024)}")
add("measures", "profit on discontinued products, all time", f"SELECT ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC} AND p.discontinued = 1")
add("measures", "avg list price of kitchen products", "SELECT ROUND(AVG(p.unit_price), 2) AS avg_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Kitchen'")
add("measures", "revenue in dec 2024", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date >= '2024-12-01' AND o.order_date < '2025-01-01'")
add("measures", "how many units of the Nimbus Lite Monitor have we sold", f"SELECT {UNITS} AS units_sold {JP} WHERE {NC} AND p.name = 'Nimbus Lite Monitor'")
add("measures", "revenue sitting in pending or shipped (not yet delivered) orders", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE o.status IN ('pending', 'shipped')")
add("measures", "how much did Ashley Johnson sell in 2024", f"SELECT ROUND({REV}, 2) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND e.first_name = 'Ashley' AND e.last_name = 'Johnson' AND {Y(2024)}")
add("measures", "avg revenue per buying customer in 2024", f"SELECT ROUND({REV} / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer {J} WHERE {NC} AND {Y(2024)}")
add("measures", "margin on discounted order lines only", f"SELECT ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC} AND oi.discount IS NOT NULL")
add("measures", "AOV for online orders with no sales rep", f"SELECT ROUND({AOV}, 2) AS aov {J} WHERE {NC} AND o.channel = 'online' AND o.employee_id IS NULL")
add("measures", "beauty revenue 2023?", f"SELECT ROUND({REV}, 2) AS revenue {JPC} WHERE {NC} AND cat.name = 'Beauty' AND {Y(2023)}")

# ------------------------------------------------------------------ time (45)
add("time", "revenue by month in 2024", f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND {Y(2024)} GROUP BY month ORDER BY month")
add("time", "sales by year pls", f"SELECT {YR} AS year, ROUND({REV}, 2) AS revenue {J} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "# of orders per month in 2023", f"SELECT {MON} AS month, COUNT(*) AS orders FROM orders o WHERE {Y(2023)} GROUP BY month ORDER BY month")
add("time", "quarterly revenue for 2023 and 2024", f"SELECT {QTR} AS quarter, ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2025-01-01' GROUP BY quarter ORDER BY quarter")
add("time", "AOV by year", f"SELECT {YR} AS year, ROUND({AOV}, 2) AS aov {J} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "margin by quarter in 2024", f"SELECT {QTR} AS quarter, ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC} AND {Y(2024)} GROUP BY quarter ORDER BY quarter")
add("time", "units sold per month, last 6 months", f"SELECT {MON} AS month, {UNITS} AS units_sold {J} WHERE {NC} AND o.order_date >= '2024-07-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "YoY revenue growth %", f"WITH y AS (SELECT {YR} AS year, {REV} AS revenue {J} WHERE {NC} GROUP BY year), g AS (SELECT year, revenue, LAG(revenue) OVER (ORDER BY year) AS prev FROM y) SELECT year, ROUND(revenue, 2) AS revenue, ROUND(100.0 * (revenue - prev) / prev, 2) AS yoy_growth_pct FROM g WHERE prev IS NOT NULL ORDER BY year")
add("time", "Q3 2023 vs Q3 2024 revenue", f"WITH t AS (SELECT SUM(CASE WHEN o.order_date >= '2023-07-01' AND o.order_date < '2023-10-01' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS a, SUM(CASE WHEN o.order_date >= '2024-07-01' AND o.order_date < '2024-10-01' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS b {J} WHERE {NC}) SELECT ROUND(a, 2) AS q3_2023_revenue, ROUND(b, 2) AS q3_2024_revenue, ROUND(100.0 * (b - a) / a, 2) AS pct_change FROM t")
add("time", "what was revenue in June 2024", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date >= '2024-06-01' AND o.order_date < '2024-07-01'")
add("time", "sales in the last 30 days", f"SELECT ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date > date('2024-12-31', '-30 days')")
add("time", "new customer signups per month in 2024", "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS new_customers FROM customers WHERE signup_date >= '2024-01-01' AND signup_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "how many customers signed up each year", "SELECT CAST(strftime('%Y', signup_date) AS INTEGER) AS year, COUNT(*) AS new_customers FROM customers GROUP BY year ORDER BY year")
add("time", "avg days from order to ship, by year", f"SELECT {YR} AS year, ROUND(AVG({DAYS}), 2) AS avg_days_to_ship FROM orders o WHERE o.ship_date IS NOT NULL GROUP BY year ORDER BY year")
add("time", "average days to ship per month in 2024", f"SELECT {MON} AS month, ROUND(AVG({DAYS}), 2) AS avg_days_to_ship FROM orders o WHERE o.ship_date IS NOT NULL AND {Y(2024)} GROUP BY month ORDER BY month")
add("time", "running total of revenue by month for 2024", f"WITH m AS (SELECT {MON} AS month, {REV} AS revenue {J} WHERE {NC} AND {Y(2024)} GROUP BY month) SELECT month, ROUND(revenue, 2) AS revenue, ROUND(SUM(revenue) OVER (ORDER BY month), 2) AS cumulative_revenue FROM m ORDER BY month")
add("time", "revenue this year vs last year", f"WITH t AS (SELECT SUM(CASE WHEN {Y(2023)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS a, SUM(CASE WHEN {Y(2024)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS b {J} WHERE {NC}) SELECT ROUND(b, 2) AS revenue_2024, ROUND(a, 2) AS revenue_2023, ROUND(100.0 * (b - a) / a, 2) AS pct_change FROM t")
add("time", "active customers per month in 2024", f"SELECT {MON} AS month, COUNT(DISTINCT o.customer_id) AS active_customers FROM orders o WHERE {NC} AND {Y(2024)} GROUP BY month ORDER BY month")
add("time", "electronics revenue by quarter, 2024", f"SELECT {QTR} AS quarter, ROUND({REV}, 2) AS revenue {JPC} WHERE {NC} AND cat.name = 'Electronics' AND {Y(2024)} GROUP BY quarter ORDER BY quarter")
add("time", "month over month revenue growth in 2024", f"WITH m AS (SELECT {MON} AS month, {REV} AS revenue {J} WHERE {NC} GROUP BY month), g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m) SELECT month, ROUND(revenue, 2) AS revenue, ROUND(100.0 * (revenue - prev) / prev, 2) AS mom_growth_pct FROM g WHERE month >= '2024-01' AND month <= '2024-12' ORDER BY month")
add("time", "profit by yr", f"SELECT {YR} AS year, ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "cancelled orders per month in 2024", f"SELECT {MON} AS month, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' AND {Y(2024)} GROUP BY month ORDER BY month")
add("time", "return rate by year (% of orders returned)", f"SELECT {YR} AS year, ROUND(100.0 * SUM(CASE WHEN o.status = 'returned' THEN 1 ELSE 0 END) / COUNT(*), 2) AS return_rate_pct FROM orders o GROUP BY year ORDER BY year")
add("time", "H1 vs H2 revenue 2024", f"SELECT strftime('%Y', o.order_date) || CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) <= 6 THEN '-H1' ELSE '-H2' END AS half, ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND {Y(2024)} GROUP BY half ORDER BY half")
add("time", "revenue by month for the last 6 months", f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND o.order_date >= '2024-07-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "first-time buyers per month in 2024", f"WITH f AS (SELECT o.customer_id, MIN(o.order_date) AS first_date FROM orders o WHERE {NC} GROUP BY o.customer_id) SELECT strftime('%Y-%m', first_date) AS month, COUNT(*) AS new_buyers FROM f WHERE first_date >= '2024-01-01' AND first_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "avg days between signup and first order, by signup year cohort", "WITH f AS (SELECT c.customer_id, c.signup_date, MIN(o.order_date) AS first_order FROM customers c JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.customer_id, c.signup_date) SELECT CAST(strftime('%Y', signup_date) AS INTEGER) AS signup_year, ROUND(AVG(julianday(first_order) - julianday(signup_date)), 2) AS avg_days_to_first_order FROM f GROUP BY signup_year ORDER BY signup_year")
add("time", "shipping costs by quarter in 2024", f"SELECT {QTR} AS quarter, ROUND(SUM(o.shipping_cost), 2) AS shipping_cost FROM orders o WHERE {Y(2024)} GROUP BY quarter ORDER BY quarter")
add("time", "discount $ given per year", f"SELECT {YR} AS year, ROUND({DISC}, 2) AS discount_given {J} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "H1 2024 sales vs H1 2023", f"WITH t AS (SELECT SUM(CASE WHEN o.order_date >= '2023-01-01' AND o.order_date < '2023-07-01' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS a, SUM(CASE WHEN o.order_date >= '2024-01-01' AND o.order_date < '2024-07-01' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS b {J} WHERE {NC}) SELECT ROUND(b, 2) AS h1_2024_revenue, ROUND(a, 2) AS h1_2023_revenue, ROUND(100.0 * (b - a) / a, 2) AS pct_change FROM t")
add("time", "furniture units sold by year", f"SELECT {YR} AS year, {UNITS} AS units_sold {JPC} WHERE {NC} AND cat.name = 'Furniture' GROUP BY year ORDER BY year")
add("time", "Q4 revenue for each year", f"SELECT {YR} AS year, ROUND({REV}, 2) AS q4_revenue {J} WHERE {NC} AND CAST(strftime('%m', o.order_date) AS INTEGER) >= 10 GROUP BY year ORDER BY year")
add("time", "europe revenue by month in 2023", f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {JCR} WHERE {NC} AND r.name = 'Europe' AND {Y(2023)} GROUP BY month ORDER BY month")
add("time", "quarterly AOV 2024", f"SELECT {QTR} AS quarter, ROUND({AOV}, 2) AS aov {J} WHERE {NC} AND {Y(2024)} GROUP BY quarter ORDER BY quarter")
add("time", "how many orders shipped the same day they were placed, per year", f"SELECT {YR} AS year, COUNT(*) AS same_day_orders FROM orders o WHERE o.ship_date = o.order_date GROUP BY year ORDER BY year")
add("time", "how many products did we launch each year", "SELECT CAST(strftime('%Y', launch_date) AS INTEGER) AS year, COUNT(*) AS products_launched FROM products GROUP BY year ORDER BY year")
add("time", "sales team hires per year", "SELECT CAST(strftime('%Y', hire_date) AS INTEGER) AS year, COUNT(*) AS hires FROM employees GROUP BY year ORDER BY year")
add("time", "revenue last 90 days vs the 90 days before", f"WITH t AS (SELECT SUM(CASE WHEN o.order_date > date('2024-12-31', '-90 days') THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS b, SUM(CASE WHEN o.order_date > date('2024-12-31', '-180 days') AND o.order_date <= date('2024-12-31', '-90 days') THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS a {J} WHERE {NC}) SELECT ROUND(b, 2) AS last_90_days_revenue, ROUND(a, 2) AS previous_90_days_revenue, ROUND(100.0 * (b - a) / a, 2) AS pct_change FROM t")
add("time", "how many customers bought in both 2023 and 2024", f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE {NC} AND {Y(2023)} INTERSECT SELECT o.customer_id FROM orders o WHERE {NC} AND {Y(2024)})")
add("time", "how much did the 2023 signup cohort spend in 2024", f"SELECT ROUND({REV}, 2) AS revenue {JC} WHERE {NC} AND {Y(2024)} AND c.signup_date >= '2023-01-01' AND c.signup_date < '2024-01-01'")
add("time", "orders by year and channel", f"SELECT {YR} AS year, o.channel, COUNT(*) AS orders FROM orders o GROUP BY year, o.channel ORDER BY year, orders DESC")
add("time", "revenue this month vs same month last year", f"WITH t AS (SELECT SUM(CASE WHEN o.order_date >= '2023-12-01' AND o.order_date < '2024-01-01' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS a, SUM(CASE WHEN o.order_date >= '2024-12-01' AND o.order_date < '2025-01-01' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS b {J} WHERE {NC}) SELECT ROUND(b, 2) AS dec_2024_revenue, ROUND(a, 2) AS dec_2023_revenue, ROUND(100.0 * (b - a) / a, 2) AS pct_change FROM t")
add("time", "orders that took more than 3 days to ship, by quarter in 2024", f"SELECT {QTR} AS quarter, COUNT(*) AS slow_orders FROM orders o WHERE o.ship_date IS NOT NULL AND {DAYS} > 3 AND {Y(2024)} GROUP BY quarter ORDER BY quarter")
add("time", "avg number of days between signup and first order", "WITH f AS (SELECT c.customer_id, c.signup_date, MIN(o.order_date) AS first_order FROM customers c JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.customer_id, c.signup_date) SELECT ROUND(AVG(julianday(first_order) - julianday(signup_date)), 2) AS avg_days_to_first_order FROM f")
add("time", "corporate segment revenue YoY", f"WITH y AS (SELECT {YR} AS year, {REV} AS revenue {JC} WHERE {NC} AND c.segment = 'Corporate' GROUP BY year), g AS (SELECT year, revenue, LAG(revenue) OVER (ORDER BY year) AS prev FROM y) SELECT year, ROUND(revenue, 2) AS revenue, ROUND(100.0 * (revenue - prev) / prev, 2) AS yoy_growth_pct FROM g WHERE prev IS NOT NULL ORDER BY year")

# ------------------------------------------------------------------ tricky (25)
add("tricky", "how many customers have never placed an order", "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "which employees have no orders at all", "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee")
add("tricky", "revenue by the rep's region (not the customer's)", f"SELECT r.name AS region, ROUND({REV}, 2) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.region_id, r.name ORDER BY revenue DESC")
add("tricky", "best selling product in each category by revenue", f"WITH s AS (SELECT cat.name AS category, p.name AS product, {REV} AS revenue {JPC} WHERE {NC} GROUP BY cat.category_id, cat.name, p.product_id, p.name), k AS (SELECT category, product, revenue, RANK() OVER (PARTITION BY category ORDER BY revenue DESC) AS rk FROM s) SELECT category, product, ROUND(revenue, 2) AS revenue FROM k WHERE rk = 1 ORDER BY revenue DESC")
add("tricky", "top rep in each region in 2024 (rep's own region), by revenue", f"WITH s AS (SELECT r.name AS region, {ENAME} AS employee, {REV} AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id WHERE {NC} AND {Y(2024)} GROUP BY r.region_id, r.name, e.employee_id), k AS (SELECT region, employee, revenue, RANK() OVER (PARTITION BY region ORDER BY revenue DESC) AS rk FROM s) SELECT region, employee, ROUND(revenue, 2) AS revenue FROM k WHERE rk = 1 ORDER BY revenue DESC")
add("tricky", "biggest spender in each segment", f"WITH s AS (SELECT c.segment, c.customer_id, {CNAME} AS customer, {REV} AS revenue {JC} WHERE {NC} GROUP BY c.segment, c.customer_id), k AS (SELECT segment, customer, revenue, RANK() OVER (PARTITION BY segment ORDER BY revenue DESC) AS rk FROM s) SELECT segment, customer, ROUND(revenue, 2) AS revenue FROM k WHERE rk = 1 ORDER BY revenue DESC")
add("tricky", "how many customers spent above the average per-customer spend", f"WITH s AS (SELECT o.customer_id, {REV} AS spend {J} WHERE {NC} GROUP BY o.customer_id) SELECT COUNT(*) AS customers FROM s WHERE spend > (SELECT AVG(spend) FROM s)")
add("tricky", "what % of revenue came from discounted lines", f"SELECT ROUND(100.0 * SUM(CASE WHEN oi.discount IS NOT NULL AND oi.discount > 0 THEN oi.quantity * oi.unit_price * (1 - oi.discount) ELSE 0 END) / {REV}, 2) AS discounted_share_pct {J} WHERE {NC}")
add("tricky", "how many customers bought in 2023 but not in 2024", f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE {NC} AND {Y(2023)} EXCEPT SELECT o.customer_id FROM orders o WHERE {NC} AND {Y(2024)})")
add("tricky", "customers whose orders were all cancelled - how many?", "SELECT COUNT(*) AS customers FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled')")
add("tricky", "which employees dont have a salary on file", "SELECT first_name || ' ' || last_name AS employee FROM employees WHERE salary IS NULL ORDER BY employee")
add("tricky", "cancellation rate by channel", "SELECT channel, ROUND(100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*), 2) AS cancel_rate_pct FROM orders GROUP BY channel ORDER BY cancel_rate_pct DESC")
add("tricky", "repeat customer rate - % of buyers with more than one order (excl cancelled)", f"WITH b AS (SELECT o.customer_id, COUNT(*) AS n FROM orders o WHERE {NC} GROUP BY o.customer_id) SELECT ROUND(100.0 * SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END) / COUNT(*), 2) AS repeat_rate_pct FROM b")
add("tricky", "reps hired in 2024 and what they sold so far", f"SELECT {ENAME} AS employee, ROUND(COALESCE(SUM(CASE WHEN o.status <> 'cancelled' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END), 0), 2) AS revenue FROM employees e LEFT JOIN orders o ON o.employee_id = e.employee_id LEFT JOIN order_items oi ON oi.order_id = o.order_id WHERE e.hire_date >= '2024-01-01' AND e.hire_date < '2025-01-01' GROUP BY e.employee_id ORDER BY revenue DESC")
add("tricky", "which categories grew more than 25% in 2024 vs 2023", f"WITH s AS (SELECT cat.name AS category, SUM(CASE WHEN {Y(2023)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS r23, SUM(CASE WHEN {Y(2024)} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS r24 {JPC} WHERE {NC} GROUP BY cat.category_id, cat.name) SELECT category, ROUND(100.0 * (r24 - r23) / r23, 2) AS growth_pct FROM s WHERE 100.0 * (r24 - r23) / r23 > 25 ORDER BY growth_pct DESC")
add("tricky", "how many order lines did we sell below cost after the discount (excl cancelled)", f"SELECT COUNT(*) AS order_lines {JP} WHERE {NC} AND oi.unit_price * (1 - COALESCE(oi.discount, 0)) < p.unit_cost")
add("tricky", "2nd best month ever by revenue", f"WITH m AS (SELECT {MON} AS month, {REV} AS revenue {J} WHERE {NC} GROUP BY month), k AS (SELECT month, revenue, RANK() OVER (ORDER BY revenue DESC) AS rk FROM m) SELECT month, ROUND(revenue, 2) AS revenue FROM k WHERE rk = 2")
add("tricky", "revenue from customers with a company vs without", f"SELECT CASE WHEN c.company IS NULL THEN 'no company' ELSE 'company' END AS customer_type, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} GROUP BY customer_type ORDER BY revenue DESC")
add("tricky", "total revenue of Robert Williams' team (reps reporting to him)", f"SELECT ROUND({REV}, 2) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id JOIN employees m ON m.employee_id = e.manager_id WHERE {NC} AND m.first_name = 'Robert' AND m.last_name = 'Williams'")
add("tricky", "revenue per rep by region (rep's region)", f"SELECT r.name AS region, ROUND({REV} / COUNT(DISTINCT e.employee_id), 2) AS revenue_per_rep {J} JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.region_id, r.name ORDER BY revenue_per_rep DESC")
add("tricky", "products priced above their category average", "SELECT p.name AS product, p.unit_price FROM products p WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id) ORDER BY p.unit_price DESC")
add("tricky", "share of orders with no sales rep attached", "SELECT ROUND(100.0 * SUM(CASE WHEN employee_id IS NULL THEN 1 ELSE 0 END) / COUNT(*), 2) AS no_rep_pct FROM orders")
add("tricky", "customers who signed up in 2024 but never bought anything - how many", f"SELECT COUNT(*) AS customers FROM customers c WHERE c.signup_date >= '2024-01-01' AND c.signup_date < '2025-01-01' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND {NC})")
add("tricky", "how much revenue would we have without discounts (list price × qty), excl cancelled", f"SELECT ROUND(SUM(oi.quantity * oi.unit_price), 2) AS gross_revenue {J} WHERE {NC}")
add("tricky", "which reps sold more than their manager in 2024", f"WITH s AS (SELECT o.employee_id, {REV} AS revenue {J} WHERE {NC} AND {Y(2024)} GROUP BY o.employee_id) SELECT {ENAME} AS employee, ROUND(se.revenue, 2) AS revenue FROM employees e JOIN s se ON se.employee_id = e.employee_id JOIN s sm ON sm.employee_id = e.manager_id WHERE se.revenue > sm.revenue ORDER BY revenue DESC")

# ------------------------------------------------------------------ filters (15)
add("filters", "how many orders over $1,000 in 2024", f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J} WHERE {NC} AND {Y(2024)} GROUP BY o.order_id HAVING {REV} > 1000)")
add("filters", "products priced between $50 and $100", "SELECT name AS product, unit_price FROM products WHERE unit_price BETWEEN 50 AND 100 ORDER BY unit_price DESC")
add("filters", "how many customers spent over 2.5k in 2024", f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {J} WHERE {NC} AND {Y(2024)} GROUP BY o.customer_id HAVING {REV} > 2500)")
add("filters", "how many order lines had a discount of 20% or more", "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2")
add("filters", "electronics under $100", "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Electronics' AND p.unit_price < 100 ORDER BY p.unit_price DESC")
add("filters", "how many loyalty members in Japan", "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Japan' AND loyalty_member = 1")
add("filters", "delivered phone orders in Dec 2024 - how many", "SELECT COUNT(*) AS orders FROM orders WHERE status = 'delivered' AND channel = 'phone' AND order_date >= '2024-12-01' AND order_date < '2025-01-01'")
add("filters", "employees hired before 2016", "SELECT first_name || ' ' || last_name AS employee, hire_date FROM employees WHERE hire_date < '2016-01-01' ORDER BY hire_date")
add("filters", "reps earning over 90k", "SELECT first_name || ' ' || last_name AS employee, salary FROM employees WHERE salary > 90000 ORDER BY salary DESC")
add("filters", "products where list price margin ((price - cost)/price) is above 50%", "SELECT name AS product, ROUND(100.0 * (unit_price - unit_cost) / unit_price, 2) AS margin_pct FROM products WHERE 100.0 * (unit_price - unit_cost) / unit_price > 50 ORDER BY margin_pct DESC")
add("filters", "number of orders between $500 and $1,000 in Q1 2024", f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2024-04-01' GROUP BY o.order_id HAVING {REV} BETWEEN 500 AND 1000)")
add("filters", "categories with more than $500k in revenue", f"SELECT cat.name AS category, ROUND({REV}, 2) AS revenue {JPC} WHERE {NC} GROUP BY cat.category_id, cat.name HAVING {REV} > 500000 ORDER BY revenue DESC")
add("filters", "customers with more than 50 orders", "SELECT c.first_name || ' ' || c.last_name AS customer, COUNT(*) AS orders FROM customers c JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.customer_id HAVING COUNT(*) > 50 ORDER BY orders DESC")
add("filters", "products launched in 2024", "SELECT name AS product, launch_date FROM products WHERE launch_date >= '2024-01-01' AND launch_date < '2025-01-01' ORDER BY launch_date")
add("filters", "products selling above the average units sold per product", f"WITH s AS (SELECT p.name AS product, {UNITS} AS units_sold {JP} WHERE {NC} GROUP BY p.product_id, p.name) SELECT product, units_sold FROM s WHERE units_sold > (SELECT AVG(units_sold) FROM s) ORDER BY units_sold DESC")

# ------------------------------------------------------------------ topn (15)
add("topn", "top 5 custmers by revenue", f"SELECT {CNAME} AS customer, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold in 2024", f"SELECT p.name AS product, {UNITS} AS units_sold {JP} WHERE {NC} AND {Y(2024)} GROUP BY p.product_id, p.name ORDER BY units_sold DESC LIMIT 10")
add("topn", "bottom 5 products by revenue", f"SELECT p.name AS product, ROUND({REV}, 2) AS revenue {JP} WHERE {NC} GROUP BY p.product_id, p.name ORDER BY revenue ASC LIMIT 5")
add("topn", "top 3 reps by sales in 2023", f"SELECT {ENAME} AS employee, ROUND({REV}, 2) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND {Y(2023)} GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3")
add("topn", "top 5 countries by revenue", f"SELECT c.country, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} GROUP BY c.country ORDER BY revenue DESC LIMIT 5")
add("topn", "best month ever for revenue", f"SELECT {MON} AS month, ROUND({REV}, 2) AS revenue {J} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("topn", "top 3 categories by margin", f"SELECT cat.name AS category, ROUND({MARGIN}, 2) AS margin_pct {JPC} WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY margin_pct DESC LIMIT 3")
add("topn", "5 biggest orders by value", f"SELECT o.order_id, ROUND({REV}, 2) AS order_value {J} WHERE {NC} GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5")
add("topn", "bottom 3 reps by AOV in 2024", f"SELECT {ENAME} AS employee, ROUND({AOV}, 2) AS aov {J} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND {Y(2024)} GROUP BY e.employee_id ORDER BY aov ASC LIMIT 3")
add("topn", "top 5 products by profit in Q4 2024", f"SELECT p.name AS product, ROUND({PROFIT}, 2) AS profit {JP} WHERE {NC} AND o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01' GROUP BY p.product_id, p.name ORDER BY profit DESC LIMIT 5")
add("topn", "worst 5 products by margin %", f"SELECT p.name AS product, ROUND({MARGIN}, 2) AS margin_pct {JP} WHERE {NC} GROUP BY p.product_id, p.name ORDER BY margin_pct ASC LIMIT 5")
add("topn", "top 5 european customers by revenue in 2024", f"SELECT {CNAME} AS customer, ROUND({REV}, 2) AS revenue {JCR} WHERE {NC} AND r.name = 'Europe' AND {Y(2024)} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "which 3 products got the most discount $", f"SELECT p.name AS product, ROUND({DISC}, 2) AS discount_given {JP} WHERE {NC} GROUP BY p.product_id, p.name ORDER BY discount_given DESC LIMIT 3")
add("topn", "top 5 cities by revenue", f"SELECT c.city, ROUND({REV}, 2) AS revenue {JC} WHERE {NC} GROUP BY c.city ORDER BY revenue DESC LIMIT 5")
add("topn", "top 3 reps by number of orders handled", "SELECT e.first_name || ' ' || e.last_name AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id GROUP BY e.employee_id ORDER BY orders DESC LIMIT 3")

# ------------------------------------------------------------------ breakdowns (13)
add("breakdowns", "revenue by regoin", f"SELECT r.name AS region, ROUND({REV}, 2) AS revenue {JCR} WHERE {NC} GROUP BY r.region_id, r.name ORDER BY revenue DESC")
add("breakdowns", "orders by channel", "SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC")
add("breakdowns", "AOV by segment", f"SELECT c.segment, ROUND({AOV}, 2) AS aov {JC} WHERE {NC} GROUP BY c.segment ORDER BY aov DESC")
add("breakdowns", "margin by catgory", f"SELECT cat.name AS category, ROUND({MARGIN}, 2) AS margin_pct {JPC} WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY margin_pct DESC")
add("breakdowns", "units sold by category in 2024", f"SELECT cat.name AS category, {UNITS} AS units_sold {JPC} WHERE {NC} AND {Y(2024)} GROUP BY cat.category_id, cat.name ORDER BY units_sold DESC")
add("breakdowns", "customers by segment", "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "revenue by weekday", f"SELECT {WD} AS weekday, ROUND({REV}, 2) AS revenue {J} WHERE {NC} GROUP BY weekday ORDER BY revenue DESC")
add("breakdowns", "2024 sales by channel", f"SELECT o.channel, ROUND({REV}, 2) AS revenue {J} WHERE {NC} AND {Y(2024)} GROUP BY o.channel ORDER BY revenue DESC")
add("breakdowns", "profit by region", f"SELECT r.name AS region, ROUND({PROFIT}, 2) AS profit {JP} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id, r.name ORDER BY profit DESC")
add("breakdowns", "orders by status", "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "share of revenue by category", f"SELECT cat.name AS category, ROUND(100.0 * {REV} / SUM({REV}) OVER (), 2) AS revenue_share_pct {JPC} WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY revenue_share_pct DESC")
add("breakdowns", "avg shipping cost by channel", "SELECT channel, ROUND(AVG(shipping_cost), 2) AS avg_shipping_cost FROM orders GROUP BY channel ORDER BY avg_shipping_cost DESC")
add("breakdowns", "headcount by title", "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC")

# ------------------------------------------------------------------ checks
EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
            "breakdowns": 13, "simple": 12}
TAIL = re.compile(r"\bORDER BY\s+([^()]+?)\s+LIMIT\s+(\d+)\s*;?\s*$", re.I)


def check():
    errs = []
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    counts = {}
    for k, _, _ in Q:
        counts[k] = counts.get(k, 0) + 1
    if counts != EXPECTED:
        errs.append(f"kind counts {counts} != {EXPECTED}")
    seen = {}
    for i, (k, q, s) in enumerate(Q):
        norm = re.sub(r"\s+", " ", q.strip().lower())
        if norm in seen:
            errs.append(f"#{i} duplicate question of #{seen[norm]}: {q}")
        seen[norm] = i
        try:
            cur = con.execute(s)
            rows = cur.fetchall()
        except Exception as ex:
            errs.append(f"#{i} error {ex}: {q}")
            continue
        if not rows:
            errs.append(f"#{i} no rows: {q}")
            continue
        if all(v is None for r in rows for v in r):
            errs.append(f"#{i} all NULL: {q}")
        m = TAIL.search(s)
        if m:
            n = int(m.group(2))
            cur = con.execute(s[:m.start(2)].rstrip()[: -len("LIMIT")].rstrip())
            names = [d[0].lower() for d in cur.description]
            full = cur.fetchall()
            idx = []
            for term in m.group(1).split(","):
                t = re.sub(r"\s+(ASC|DESC)$", "", term.strip(), flags=re.I).strip().lower()
                if t.isdigit():
                    idx.append(int(t) - 1)
                elif t in names:
                    idx.append(names.index(t))
                elif t.split(".")[-1] in names:
                    idx.append(names.index(t.split(".")[-1]))
                else:
                    errs.append(f"#{i} ORDER BY term {t!r} not an output column: {q}")
                    idx = None
                    break
            if idx is not None and len(full) > n:
                key = lambda r: tuple(r[j] for j in idx)
                if key(full[n - 1]) == key(full[n]):
                    errs.append(f"#{i} tie at LIMIT {n} cut-off ({key(full[n-1])}): {q}")
    return errs


def main():
    errs = check()
    if errs:
        for e in errs:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errs)} check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)
    data = [{"question": q, "db_id": "demo", "query": s} for _, q, s in Q]
    kinds = {str(i): k for i, (k, _, _) in enumerate(Q)}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
    with open(OUT_KINDS, "w") as f:
        json.dump(kinds, f, indent=1)
    counts = {}
    for k, _, _ in Q:
        counts[k] = counts.get(k, 0) + 1
    print(f"wrote {OUT} ({len(data)} questions) and {OUT_KINDS}: {counts}")


if __name__ == "__main__":
    main()
