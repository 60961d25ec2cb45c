#!/usr/bin/env python3
"""Held-out evaluation set v25 for the genbi demo sales database (written blind:
only README.md and demo.sqlite were read).

Conventions (what a sales manager means; checked against the README's figures)
------------------------------------------------------------------------------
* Revenue = SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(discount, 0)))
  over orders whose status is NOT 'cancelled'.  Returned, delivered, shipped and pending
  orders all count.  This reproduces the README: 2021 = $1,212,415.64, 2024 = $2,138,329.99,
  Jan Russo = $24,472.30.  Shipping cost is not part of revenue.
* Sales measures (orders, units, AOV, customers who bought, products sold) use the same
  rule: cancelled orders are excluded unless the question names a status or says
  "incl. cancelled"/"all orders".  Units = SUM(quantity).  AOV = revenue / number of
  distinct non-cancelled orders.
* "% of orders with status X" uses ALL orders (every status) as the denominator.
* Cost = quantity * products.unit_cost; gross profit = revenue - cost;
  margin % = 100.0 * profit / revenue.  Shipping is not deducted.
* An order's region/country/segment is its customer's (many orders have no employee).
  A "sales rep" is the employee on the order.
* Dates: the data end on the last order_date, 2024-12-31 (anchor = MAX(order_date)).
  "This year" = 2024, "last year" = 2023.  "Last N months" = the N calendar months ending
  with the anchor's month (Dec 2024 included).  "Last N weeks"/"last N days" = the N*7 / N
  days ending on the anchor (order_date > anchor - N*7 days).  "Last N years" = the N
  calendar years ending with 2024.
* Labels: year 'YYYY'; month 'YYYY-MM'; quarter 'YYYY-Qn'; week = the Monday it starts on
  ('YYYY-MM-DD'); weekday and month-of-year as English names ('Monday', 'January'),
  ordered in calendar order.  Growth % = 100.0 * (this - previous) / previous.
* Days between dates = julianday(later) - julianday(earlier).
* A cohort = customers grouped by signup year (or by first-order month when asked).
* People are shown as first_name || ' ' || last_name; products and categories by name.
* Answers show the label column(s) then the measure(s); no ids.  Lists are ordered by the
  measure descending (top-N) or by the label (time, breakdowns).  Top-N cut-offs have no
  ties (checked); "include ties" questions use = MAX(...).
* No ROUND in gold SQL; ratios use 100.0 * or 1.0 *.
"""
import json, re, sqlite3, sys
from collections import Counter

DB = "/tmp/blind31/demo/demo.sqlite"
OUT = "/tmp/blind31/demo_v25.json"
OUT_KINDS = "/tmp/blind31/demo_v25_kinds.json"

REV = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
COST = "oi.quantity * p.unit_cost"
J = "orders o JOIN order_items oi ON oi.order_id = o.order_id"
JP = J + " JOIN products p ON p.product_id = oi.product_id"
JPC = JP + " JOIN categories cat ON cat.category_id = p.category_id"
JC = J + " JOIN customers c ON c.customer_id = o.customer_id"
NC = "o.status <> 'cancelled'"
ANCHOR = "(SELECT MAX(order_date) FROM orders)"
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"
Q = "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
WD = ("CASE CAST(strftime('%w', o.order_date) AS INTEGER) WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' "
      "WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' "
      "ELSE 'Saturday' END")
WDN = "((CAST(strftime('%w', o.order_date) AS INTEGER) + 6) % 7)"  # Monday = 0
MON = ("CASE strftime('%m', o.order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February' "
       "WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' "
       "WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' "
       "WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END")
ORDER_TOT = f"(SELECT o.order_id, o.order_date, o.channel, o.customer_id, SUM({REV}) AS total FROM {J} WHERE {NC} GROUP BY o.order_id)"
CUST_REV = f"(SELECT o.customer_id, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY o.customer_id)"

items = []
def add(kind, question, query):
    items.append((kind, question, " ".join(query.split())))

# ---------------------------------------------------------------- simple (12)
S = "simple"
add(S, "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers")
add(S, "how many products r in the catalog", "SELECT COUNT(*) AS products FROM products")
add(S, "List all regions", "SELECT name AS region FROM regions ORDER BY name")
add(S, "How many employees do we have?", "SELECT COUNT(*) AS employees FROM employees")
add(S, "what product categories do we have", "SELECT name AS category FROM categories ORDER BY name")
add(S, "How many orders were cancelled?", "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
add(S, "number of loyalty members", "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1")
add(S, "Total revenue all time?", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC}")
add(S, "how many discontinued products", "SELECT COUNT(*) AS products FROM products WHERE discontinued = 1")
add(S, "Total number of orders, all statuses incl. cancelled", "SELECT COUNT(*) AS orders FROM orders")
add(S, "whats the avg list price of our products", "SELECT AVG(unit_price) AS avg_price FROM products")
add(S, "Who is our VP of Sales?", "SELECT first_name || ' ' || last_name AS employee FROM employees WHERE title = 'VP of Sales'")

# ---------------------------------------------------------------- measures (35)
M = "measures"
add(M, "Total revenue in 2024", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add(M, "how many units did we sell in 2023", f"SELECT SUM(oi.quantity) AS units FROM {J} WHERE {NC} AND strftime('%Y', o.order_date) = '2023'")
add(M, "What was our average order value in 2024?", f"SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) AS aov FROM {J} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add(M, "gross profit 2024", f"SELECT SUM({REV}) - SUM({COST}) AS gross_profit FROM {JP} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add(M, "What's our overall gross margin %?", f"SELECT 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS margin_pct FROM {JP} WHERE {NC}")
add(M, "Gross margin percentage by category", f"SELECT cat.name AS category, 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS margin_pct FROM {JPC} WHERE {NC} GROUP BY cat.name ORDER BY cat.name")
add(M, "What share of total revenue comes from Electronics?", f"SELECT 100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN {REV} ELSE 0 END) / SUM({REV}) AS share_pct FROM {JPC} WHERE {NC}")
add(M, "what % of orders get returned", "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct FROM orders")
add(M, "Cancellation rate in 2024 (% of orders)", "SELECT 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancelled_pct FROM orders WHERE strftime('%Y', order_date) = '2024'")
add(M, "share of revenue by channel", f"SELECT o.channel, 100.0 * SUM({REV}) / (SELECT SUM({REV}) FROM {J} WHERE {NC}) AS share_pct FROM {J} WHERE {NC} GROUP BY o.channel ORDER BY o.channel")
add(M, "Revenue from Corporate customers", f"SELECT SUM({REV}) AS revenue FROM {JC} WHERE {NC} AND c.segment = 'Corporate'")
add(M, "units sold of furniture", f"SELECT SUM(oi.quantity) AS units FROM {JPC} WHERE {NC} AND cat.name = 'Furniture'")
add(M, "total shipping cost of orders in 2023", "SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE status <> 'cancelled' AND strftime('%Y', order_date) = '2023'")
add(M, "AOV by channel", f"SELECT o.channel, SUM({REV}) / COUNT(DISTINCT o.order_id) AS aov FROM {J} WHERE {NC} GROUP BY o.channel ORDER BY o.channel")
add(M, "Profit by region", f"SELECT r.name AS region, SUM({REV}) - SUM({COST}) AS gross_profit FROM {JP} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name ORDER BY r.name")
add(M, "What percent of revenue came from loyalty members?", f"SELECT 100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN {REV} ELSE 0 END) / SUM({REV}) AS share_pct FROM {JC} WHERE {NC}")
add(M, "avg number of units per order", f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order FROM {J} WHERE {NC}")
add(M, "Average revenue per buying customer in 2024", f"SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM {J} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
add(M, "return rate by channel", "SELECT channel, 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct FROM orders GROUP BY channel ORDER BY channel")
add(M, "What share of units were sold to customers in Europe?", f"SELECT 100.0 * SUM(CASE WHEN r.name = 'Europe' THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) AS share_pct FROM {JC} JOIN regions r ON r.region_id = c.region_id WHERE {NC}")
add(M, "gross margin on Books", f"SELECT 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS margin_pct FROM {JPC} WHERE {NC} AND cat.name = 'Books'")
add(M, "Average selling price per unit sold", f"SELECT SUM({REV}) / SUM(oi.quantity) AS avg_unit_price FROM {J} WHERE {NC}")
add(M, "How much did we give away in discounts ($)?", f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount FROM {J} WHERE {NC}")
add(M, "value of cancelled orders", f"SELECT SUM({REV}) AS cancelled_value FROM {J} WHERE o.status = 'cancelled'")
add(M, "% of orders placed online", "SELECT 100.0 * SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) / COUNT(*) AS online_pct FROM orders")
add(M, "Average shipping cost per order", "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE status <> 'cancelled'")
add(M, "revenue from the store channel in Q4 2024", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND o.channel = 'store' AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31'")
add(M, "AOV loyalty members vs non-members", f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, SUM({REV}) / COUNT(DISTINCT o.order_id) AS aov FROM {JC} WHERE {NC} GROUP BY loyalty ORDER BY loyalty")
add(M, "profit per unit on Kitchen products", f"SELECT (SUM({REV}) - SUM({COST})) / SUM(oi.quantity) AS profit_per_unit FROM {JPC} WHERE {NC} AND cat.name = 'Kitchen'")
add(M, "What % of revenue is from discounted lines?", f"SELECT 100.0 * SUM(CASE WHEN COALESCE(oi.discount, 0) > 0 THEN {REV} ELSE 0 END) / SUM({REV}) AS share_pct FROM {J} WHERE {NC}")
add(M, "percentage of customers that are loyalty members", "SELECT 100.0 * SUM(loyalty_member) / COUNT(*) AS loyalty_pct FROM customers")
add(M, "share of units sold by category", f"SELECT cat.name AS category, 100.0 * SUM(oi.quantity) / (SELECT SUM(oi.quantity) FROM {J} WHERE {NC}) AS share_pct FROM {JPC} WHERE {NC} GROUP BY cat.name ORDER BY cat.name")
add(M, "avg revenue per sales rep in 2024", f"SELECT SUM({REV}) / COUNT(DISTINCT o.employee_id) AS revenue_per_rep FROM {J} WHERE {NC} AND o.employee_id IS NOT NULL AND strftime('%Y', o.order_date) = '2024'")
add(M, "What % of 2024 orders are still pending or shipped (not delivered yet)?", "SELECT 100.0 * SUM(CASE WHEN status IN ('pending', 'shipped') THEN 1 ELSE 0 END) / COUNT(*) AS open_pct FROM orders WHERE strftime('%Y', order_date) = '2024'")
add(M, "Total cost of goods sold in 2023", f"SELECT SUM({COST}) AS cost FROM {JP} WHERE {NC} AND strftime('%Y', o.order_date) = '2023'")

# ---------------------------------------------------------------- time (45)
T = "time"
Y = "strftime('%Y', o.order_date)"
add(T, "Revenue by year", f"SELECT {Y} AS year, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY year ORDER BY year")
add(T, "revenue by quarter for 2024", f"SELECT {Q} AS quarter, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND {Y} = '2024' GROUP BY quarter ORDER BY quarter")
add(T, "How much did we sell in March 2023?", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2023-03'")
add(T, "orders by day of week", f"SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o WHERE {NC} GROUP BY weekday, {WDN} ORDER BY {WDN}")
add(T, "Which weekday brings in the most revenue?", f"SELECT {WD} AS weekday, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY weekday ORDER BY revenue DESC LIMIT 1")
add(T, "revenue last 3 months", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND o.order_date >= date({ANCHOR}, 'start of month', '-2 months')")
add(T, "Monthly revenue for the last 6 months", f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND o.order_date >= date({ANCHOR}, 'start of month', '-5 months') GROUP BY month ORDER BY month")
add(T, "how many orders in the last 4 weeks", f"SELECT COUNT(*) AS orders FROM orders o WHERE {NC} AND o.order_date > date({ANCHOR}, '-28 days')")
add(T, "units sold in the last 12 months", f"SELECT SUM(oi.quantity) AS units FROM {J} WHERE {NC} AND o.order_date >= date({ANCHOR}, 'start of month', '-11 months')")
add(T, "YoY revenue growth % for each year", f"WITH y AS (SELECT {Y} AS year, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY year) SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) AS growth_pct FROM y ORDER BY year")
add(T, "MoM revenue growth in 2024", f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND {Y} = '2024' GROUP BY month) SELECT month, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) / LAG(revenue) OVER (ORDER BY month) AS growth_pct FROM m ORDER BY month")
add(T, "Average days from order to ship?", f"SELECT AVG(julianday(o.ship_date) - julianday(o.order_date)) AS avg_days FROM orders o WHERE {NC} AND o.ship_date IS NOT NULL")
add(T, "avg days to ship by channel", f"SELECT o.channel, AVG(julianday(o.ship_date) - julianday(o.order_date)) AS avg_days FROM orders o WHERE {NC} AND o.ship_date IS NOT NULL GROUP BY o.channel ORDER BY o.channel")
add(T, "new customer signups per year", "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS customers FROM customers GROUP BY year ORDER BY year")
add(T, "How many new customers (first order) did we get each month in 2024?", f"WITH f AS (SELECT o.customer_id, MIN(o.order_date) AS first_order FROM orders o WHERE {NC} GROUP BY o.customer_id) SELECT strftime('%Y-%m', first_order) AS month, COUNT(*) AS customers FROM f WHERE strftime('%Y', first_order) = '2024' GROUP BY month ORDER BY month")
add(T, "revenue by signup-year cohort", f"SELECT strftime('%Y', c.signup_date) AS cohort, SUM({REV}) AS revenue FROM {JC} WHERE {NC} GROUP BY cohort ORDER BY cohort")
add(T, "running total of revenue by month in 2024", f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND {Y} = '2024' GROUP BY month) SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS running_revenue FROM m ORDER BY month")
add(T, "Cumulative number of orders by quarter in 2023", f"WITH q AS (SELECT {Q} AS quarter, COUNT(*) AS orders FROM orders o WHERE {NC} AND {Y} = '2023' GROUP BY quarter) SELECT quarter, orders, SUM(orders) OVER (ORDER BY quarter) AS cumulative_orders FROM q ORDER BY quarter")
add(T, "revenue by month of year (all years combined)", f"SELECT {MON} AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY strftime('%m', o.order_date) ORDER BY strftime('%m', o.order_date)")
add(T, "Which calendar month is best for sales on average across years?", f"WITH m AS (SELECT strftime('%m', o.order_date) AS mm, {Y} AS yy, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY mm, yy) SELECT CASE mm WHEN '01' THEN 'January' WHEN '02' THEN 'February' WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END AS month, AVG(revenue) AS avg_revenue FROM m GROUP BY mm ORDER BY avg_revenue DESC LIMIT 1")
add(T, "Revenue between 2023-06-01 and 2023-08-31", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND o.order_date BETWEEN '2023-06-01' AND '2023-08-31'")
add(T, "orders from nov 15 to nov 30 2024", f"SELECT COUNT(*) AS orders FROM orders o WHERE {NC} AND o.order_date BETWEEN '2024-11-15' AND '2024-11-30'")
add(T, "this year vs last year revenue", f"SELECT SUM(CASE WHEN {Y} = '2024' THEN {REV} ELSE 0 END) AS revenue_2024, SUM(CASE WHEN {Y} = '2023' THEN {REV} ELSE 0 END) AS revenue_2023 FROM {J} WHERE {NC}")
add(T, "units by category, 2024 vs 2023", f"SELECT cat.name AS category, SUM(CASE WHEN {Y} = '2024' THEN oi.quantity ELSE 0 END) AS units_2024, SUM(CASE WHEN {Y} = '2023' THEN oi.quantity ELSE 0 END) AS units_2023 FROM {JPC} WHERE {NC} GROUP BY cat.name ORDER BY cat.name")
add(T, "Q3 2022 revenue?", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND o.order_date BETWEEN '2022-07-01' AND '2022-09-30'")
add(T, "compare Q1 and Q2 2024 revenue", f"SELECT {Q} AS quarter, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-06-30' GROUP BY quarter ORDER BY quarter")
add(T, "December revenue each year", f"SELECT {Y} AS year, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND strftime('%m', o.order_date) = '12' GROUP BY year ORDER BY year")
add(T, "Weekend vs weekday revenue", f"SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS day_type, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY day_type ORDER BY day_type")
add(T, "monthly sales 2023", f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND {Y} = '2023' GROUP BY month ORDER BY month")
add(T, "number of orders per quarter, all years", f"SELECT {Q} AS quarter, COUNT(*) AS orders FROM orders o WHERE {NC} GROUP BY quarter ORDER BY quarter")
add(T, "AOV by month this year", f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) / COUNT(DISTINCT o.order_id) AS aov FROM {J} WHERE {NC} AND {Y} = '2024' GROUP BY month ORDER BY month")
add(T, "How much did order count grow in 2024 vs 2023 (%)?", f"SELECT 100.0 * (SUM(CASE WHEN {Y} = '2024' THEN 1 ELSE 0 END) - SUM(CASE WHEN {Y} = '2023' THEN 1 ELSE 0 END)) / SUM(CASE WHEN {Y} = '2023' THEN 1 ELSE 0 END) AS growth_pct FROM orders o WHERE {NC}")
add(T, "how many customers signed up this year", "SELECT COUNT(*) AS customers FROM customers WHERE strftime('%Y', signup_date) = '2024'")
add(T, "Avg days between signup and a customer's first order", f"WITH f AS (SELECT o.customer_id, MIN(o.order_date) AS first_order FROM orders o WHERE {NC} GROUP BY o.customer_id) SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days FROM f JOIN customers c ON c.customer_id = f.customer_id")
add(T, "employees hired in the last 2 years", "SELECT first_name || ' ' || last_name AS employee, hire_date FROM employees WHERE hire_date >= '2023-01-01' ORDER BY hire_date")
add(T, "revenue in the last 30 days", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND o.order_date > date({ANCHOR}, '-30 days')")
add(T, "Weekly orders for the last 8 weeks", f"SELECT date(o.order_date, '-' || {WDN} || ' days') AS week, COUNT(*) AS orders FROM orders o WHERE {NC} AND o.order_date > date({ANCHOR}, '-56 days') GROUP BY week ORDER BY week")
add(T, "month over month change in # of orders, last 6 months", f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(*) AS orders FROM orders o WHERE {NC} AND o.order_date >= date({ANCHOR}, 'start of month', '-6 months') GROUP BY month), g AS (SELECT month, orders, orders - LAG(orders) OVER (ORDER BY month) AS change FROM m) SELECT month, orders, change FROM g WHERE month >= strftime('%Y-%m', date({ANCHOR}, 'start of month', '-5 months')) ORDER BY month")
add(T, "What was our best single day ever for revenue?", f"SELECT o.order_date, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY o.order_date ORDER BY revenue DESC LIMIT 1")
add(T, "quarterly revenue trend", f"SELECT {Q} AS quarter, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY quarter ORDER BY quarter")
add(T, "Electronics revenue growth 2023 to 2024 in %", f"SELECT 100.0 * (SUM(CASE WHEN {Y} = '2024' THEN {REV} ELSE 0 END) - SUM(CASE WHEN {Y} = '2023' THEN {REV} ELSE 0 END)) / SUM(CASE WHEN {Y} = '2023' THEN {REV} ELSE 0 END) AS growth_pct FROM {JPC} WHERE {NC} AND cat.name = 'Electronics'")
add(T, "average monthly revenue in 2024", f"SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND {Y} = '2024' GROUP BY month)")
add(T, "products launched in 2024", "SELECT name AS product, launch_date FROM products WHERE strftime('%Y', launch_date) = '2024' ORDER BY launch_date")
add(T, "how many orders took more than 5 days to ship", f"SELECT COUNT(*) AS orders FROM orders o WHERE {NC} AND o.ship_date IS NOT NULL AND julianday(o.ship_date) - julianday(o.order_date) > 5")
add(T, "revenue on mondays in 2024", f"SELECT SUM({REV}) AS revenue FROM {J} WHERE {NC} AND {Y} = '2024' AND strftime('%w', o.order_date) = '1'")

# ---------------------------------------------------------------- tricky (25)
K = "tricky"
add(K, "How many customers have never placed an order?", "SELECT COUNT(*) AS customers FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)")
add(K, "products that didn't sell at all in 2024", f"SELECT p.name AS product FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id FROM {J} WHERE {NC} AND {Y} = '2024') ORDER BY p.name")
add(K, "Which products are priced above the average product price?", "SELECT name AS product, unit_price FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products) ORDER BY unit_price DESC")
add(K, "how many customers spend more than the average customer", f"SELECT COUNT(*) AS customers FROM {CUST_REV} cr WHERE cr.revenue > (SELECT AVG(revenue) FROM {CUST_REV})")
add(K, "employees paid above avg salary", "SELECT first_name || ' ' || last_name AS employee, salary FROM employees WHERE salary > (SELECT AVG(salary) FROM employees) ORDER BY salary DESC")
add(K, "How many customers bought both Electronics and Furniture?", f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM {JPC} WHERE {NC} AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)")
add(K, "customers who never bought Books or Toys (count)", f"SELECT COUNT(*) AS customers FROM customers WHERE customer_id NOT IN (SELECT o.customer_id FROM {JPC} WHERE {NC} AND cat.name IN ('Books', 'Toys'))")
add(K, "number of online orders over $1,000", f"SELECT COUNT(*) AS orders FROM {ORDER_TOT} t WHERE t.channel = 'online' AND t.total > 1000")
add(K, "Which employees have no orders at all?", "SELECT first_name || ' ' || last_name AS employee, title FROM employees WHERE employee_id NOT IN (SELECT employee_id FROM orders WHERE employee_id IS NOT NULL) ORDER BY employee")
add(K, "employees with no salary on file", "SELECT first_name || ' ' || last_name AS employee FROM employees WHERE salary IS NULL ORDER BY employee")
add(K, "Corporate loyalty members in Germany", "SELECT first_name || ' ' || last_name AS customer, city FROM customers WHERE country = 'Germany' AND segment = 'Corporate' AND loyalty_member = 1 ORDER BY customer")
add(K, "which product(s) had the most orders in Dec 2024? include ties", f"WITH t AS (SELECT p.name AS product, COUNT(DISTINCT o.order_id) AS orders FROM {JP} WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2024-12' GROUP BY p.product_id) SELECT product, orders FROM t WHERE orders = (SELECT MAX(orders) FROM t) ORDER BY product")
add(K, "How many customers bought in 2023 but not in 2024?", f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE {NC} AND {Y} = '2023' AND o.customer_id NOT IN (SELECT customer_id FROM orders WHERE status <> 'cancelled' AND strftime('%Y', order_date) = '2024')")
add(K, "orders without a sales rep", "SELECT COUNT(*) AS orders FROM orders WHERE employee_id IS NULL AND status <> 'cancelled'")
add(K, "categories whose revenue is above the average category revenue", f"WITH t AS (SELECT cat.name AS category, SUM({REV}) AS revenue FROM {JPC} WHERE {NC} GROUP BY cat.name) SELECT category, revenue FROM t WHERE revenue > (SELECT AVG(revenue) FROM t) ORDER BY revenue DESC")
add(K, "how many customers have no company listed", "SELECT COUNT(*) AS customers FROM customers WHERE company IS NULL OR company = ''")
add(K, "Regions where AOV is higher than the overall AOV", f"WITH t AS (SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.order_id) AS aov FROM {JC} JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name) SELECT region, aov FROM t WHERE aov > (SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) FROM {J} WHERE {NC}) ORDER BY aov DESC")
add(K, "active (not discontinued) products with no sales in the last 3 months", f"SELECT p.name AS product FROM products p WHERE p.discontinued = 0 AND p.product_id NOT IN (SELECT oi.product_id FROM {J} WHERE {NC} AND o.order_date >= date({ANCHOR}, 'start of month', '-2 months')) ORDER BY p.name")
add(K, "which employees were hired before their own manager?", "SELECT e.first_name || ' ' || e.last_name AS employee, e.hire_date, m.first_name || ' ' || m.last_name AS manager, m.hire_date AS manager_hire_date FROM employees e JOIN employees m ON m.employee_id = e.manager_id WHERE e.hire_date < m.hire_date ORDER BY employee")
add(K, "how many customers have both a returned order and a cancelled order", "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE status IN ('returned', 'cancelled') GROUP BY customer_id HAVING COUNT(DISTINCT status) = 2)")
add(K, "months in 2024 with revenue above the 2024 monthly avg", f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} AND {Y} = '2024' GROUP BY month) SELECT month, revenue FROM m WHERE revenue > (SELECT AVG(revenue) FROM m) ORDER BY month")
add(K, "How many customers ordered in every year from 2021 to 2024?", f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o WHERE {NC} AND {Y} BETWEEN '2021' AND '2024' GROUP BY o.customer_id HAVING COUNT(DISTINCT {Y}) = 4)")
add(K, "# of orders containing both Electronics and Kitchen items", f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id FROM {JPC} WHERE {NC} AND cat.name IN ('Electronics', 'Kitchen') GROUP BY o.order_id HAVING COUNT(DISTINCT cat.name) = 2)")
add(K, "countries with more than 100 customers and over $500k revenue", f"SELECT c.country, COUNT(DISTINCT c.customer_id) AS customers, SUM(cr.revenue) AS revenue FROM customers c LEFT JOIN {CUST_REV} cr ON cr.customer_id = c.customer_id GROUP BY c.country HAVING COUNT(DISTINCT c.customer_id) > 100 AND SUM(cr.revenue) > 500000 ORDER BY revenue DESC")
add(K, "customers outside North America who've spent over 10k", f"SELECT {CNAME} AS customer, c.country, cr.revenue FROM customers c JOIN {CUST_REV} cr ON cr.customer_id = c.customer_id JOIN regions r ON r.region_id = c.region_id WHERE r.name <> 'North America' AND cr.revenue > 10000 ORDER BY cr.revenue DESC")

# ---------------------------------------------------------------- filters (15)
F = "filters"
add(F, "How many orders were over $1,000?", f"SELECT COUNT(*) AS orders FROM {ORDER_TOT} t WHERE t.total > 1000")
add(F, "products priced between $50 and $100", "SELECT name AS product, unit_price FROM products WHERE unit_price BETWEEN 50 AND 100 ORDER BY unit_price DESC")
add(F, "Customers who spent more than $15,000", f"SELECT {CNAME} AS customer, cr.revenue FROM customers c JOIN {CUST_REV} cr ON cr.customer_id = c.customer_id WHERE cr.revenue > 15000 ORDER BY cr.revenue DESC")
add(F, "how many products cost under $20", "SELECT COUNT(*) AS products FROM products WHERE unit_price < 20")
add(F, "number of 2024 orders between $500 and $1,000", f"SELECT COUNT(*) AS orders FROM {ORDER_TOT} t WHERE strftime('%Y', t.order_date) = '2024' AND t.total BETWEEN 500 AND 1000")
add(F, "employees earning over 90k", "SELECT first_name || ' ' || last_name AS employee, title, salary FROM employees WHERE salary > 90000 ORDER BY salary DESC")
add(F, "products with a list price above $1,000", "SELECT name AS product, unit_price FROM products WHERE unit_price > 1000 ORDER BY unit_price DESC")
add(F, "orders with shipping cost over $10", "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10")
add(F, "How many customers are in Canada?", "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Canada'")
add(F, "returned phone orders in 2024", "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'phone' AND status = 'returned' AND strftime('%Y', order_date) = '2024'")
add(F, "garden products over $50", "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Garden' AND p.unit_price > 50 ORDER BY p.unit_price DESC")
add(F, "customers based in Chicago", "SELECT COUNT(*) AS customers FROM customers WHERE city = 'Chicago'")
add(F, "how many order lines had a discount of 25% or more", "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.25")
add(F, "customers with lifetime revenue between 5k and 10k - how many?", f"SELECT COUNT(*) AS customers FROM {CUST_REV} cr WHERE cr.revenue BETWEEN 5000 AND 10000")
add(F, "sales reps with more than $45,000 in 2024 sales", f"SELECT {ENAME} AS employee, SUM({REV}) AS revenue FROM {J} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND {Y} = '2024' GROUP BY e.employee_id HAVING SUM({REV}) > 45000 ORDER BY revenue DESC")

# ---------------------------------------------------------------- topn (15)
N = "topn"
add(N, "Top 5 customers by revenue", f"SELECT {CNAME} AS customer, SUM({REV}) AS revenue FROM {JC} WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add(N, "top 10 products by revenue", f"SELECT p.name AS product, SUM({REV}) AS revenue FROM {JP} WHERE {NC} GROUP BY p.product_id ORDER BY revenue DESC LIMIT 10")
add(N, "Top 3 categories by units sold in 2024", f"SELECT cat.name AS category, SUM(oi.quantity) AS units FROM {JPC} WHERE {NC} AND {Y} = '2024' GROUP BY cat.name ORDER BY units DESC LIMIT 3")
add(N, "who was our best sales rep in 2024", f"SELECT {ENAME} AS employee, SUM({REV}) AS revenue FROM {J} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND {Y} = '2024' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 1")
add(N, "top 5 countries by sales", f"SELECT c.country, SUM({REV}) AS revenue FROM {JC} WHERE {NC} GROUP BY c.country ORDER BY revenue DESC LIMIT 5")
add(N, "5 worst-selling products by revenue", f"SELECT p.name AS product, SUM({REV}) AS revenue FROM {JP} WHERE {NC} GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add(N, "top 3 cities by number of customers", "SELECT city, COUNT(*) AS customers FROM customers GROUP BY city ORDER BY customers DESC LIMIT 3")
add(N, "Top 5 most profitable products", f"SELECT p.name AS product, SUM({REV}) - SUM({COST}) AS gross_profit FROM {JP} WHERE {NC} GROUP BY p.product_id ORDER BY gross_profit DESC LIMIT 5")
add(N, "which category has the highest margin %", f"SELECT cat.name AS category, 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS margin_pct FROM {JPC} WHERE {NC} GROUP BY cat.name ORDER BY margin_pct DESC LIMIT 1")
add(N, "top 3 employees by number of orders handled", f"SELECT {ENAME} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id ORDER BY orders DESC LIMIT 3")
add(N, "most returned product (units)", f"SELECT p.name AS product, SUM(oi.quantity) AS units_returned FROM {JP} WHERE o.status = 'returned' GROUP BY p.product_id ORDER BY units_returned DESC LIMIT 1")
add(N, "top 4 customers by number of orders", f"SELECT {CNAME} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id ORDER BY orders DESC LIMIT 4")
add(N, "Top region by revenue last year", f"SELECT r.name AS region, SUM({REV}) AS revenue FROM {JC} JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND {Y} = '2023' GROUP BY r.name ORDER BY revenue DESC LIMIT 1")
add(N, "5 most expensive products", "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 5")
add(N, "top 3 months ever by revenue", f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {J} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 3")

# ---------------------------------------------------------------- breakdowns (13)
B = "breakdowns"
add(B, "Revenue by region", f"SELECT r.name AS region, SUM({REV}) AS revenue FROM {JC} JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name ORDER BY revenue DESC")
add(B, "Number of customers by country", "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC, country")
add(B, "orders by status", "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add(B, "sales by category", f"SELECT cat.name AS category, SUM({REV}) AS revenue FROM {JPC} WHERE {NC} GROUP BY cat.name ORDER BY revenue DESC")
add(B, "units sold per channel", f"SELECT o.channel, SUM(oi.quantity) AS units FROM {J} WHERE {NC} GROUP BY o.channel ORDER BY units DESC")
add(B, "customers by segment", "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add(B, "revenue by segment and year", f"SELECT c.segment, {Y} AS year, SUM({REV}) AS revenue FROM {JC} WHERE {NC} GROUP BY c.segment, year ORDER BY c.segment, year")
add(B, "headcount by job title", "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC, title")
add(B, "revenue split loyalty vs non loyalty", f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, SUM({REV}) AS revenue FROM {JC} WHERE {NC} GROUP BY loyalty ORDER BY revenue DESC")
add(B, "how many products in each category", "SELECT cat.name AS category, COUNT(*) AS products FROM products p JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.name ORDER BY products DESC, category")
add(B, "avg salary by title", "SELECT title, AVG(salary) AS avg_salary FROM employees GROUP BY title ORDER BY avg_salary DESC")
add(B, "orders by channel and status", "SELECT channel, status, COUNT(*) AS orders FROM orders GROUP BY channel, status ORDER BY channel, status")
add(B, "European revenue by country", f"SELECT c.country, SUM({REV}) AS revenue FROM {JC} JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' GROUP BY c.country ORDER BY revenue DESC")

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15, "breakdowns": 13, "simple": 12}

def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors = []
    counts = Counter(k for k, _, _ in items)
    if dict(counts) != EXPECTED:
        errors.append(f"kind counts {dict(counts)} != {EXPECTED}")
    if len(items) != 160:
        errors.append(f"{len(items)} items, want 160")
    qs = [q for _, q, _ in items]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")
    for i, (kind, q, sql) in enumerate(items):
        if re.search(r"\bROUND\s*\(", sql, re.I):
            errors.append(f"{i} uses ROUND: {q}")
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append(f"{i} error {e}: {q}"); continue
        if not rows or not all(any(r[j] is not None for r in rows) for j in range(len(rows[0]))):
            errors.append(f"{i} no rows or an all-NULL column: {q}"); continue
        m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
        if m:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            if len(full) > n and full[n - 1][-1] == full[n][-1]:
                errors.append(f"{i} tie at top-{n} cut-off: {q} {full[n-1]} {full[n]}")
        elif kind == "topn":
            errors.append(f"{i} topn without LIMIT: {q}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(OUT, "w") as f:
        json.dump([{"question": q, "db_id": "demo", "query": s} for _, q, s in items], f, indent=1)
    with open(OUT_KINDS, "w") as f:
        json.dump({str(i): k for i, (k, _, _) in enumerate(items)}, f, indent=1)
    print(f"ok: {len(items)} questions -> {OUT}; kinds {dict(counts)}")

if __name__ == "__main__":
    main()
