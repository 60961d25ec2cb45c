#!/usr/bin/env python3
"""Held-out evaluation set v27 over the genbi demo sales database (demo.sqlite).

Business conventions (applied to every gold query):

* Revenue = SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(discount, 0))),
  i.e. net of line discounts, excluding shipping, over orders whose status is not 'cancelled'
  (returned orders still count, matching the README's revenue-by-year figures).
  Units sold, AOV, profit, discounts given and "customers who bought" use the same
  non-cancelled scope.
* Cost = quantity * products.unit_cost; gross profit = revenue - cost; margin % =
  100.0 * profit / revenue.  AOV = revenue / COUNT(DISTINCT non-cancelled orders).
  Revenue per customer / per employee divides by those who have non-cancelled orders.
* Plain order counts ("how many orders", "orders by month/channel/status") count every order
  whatever its status; "placed an order / never ordered / first order" also use all orders.
  Rates with a status are 100.0 * orders with that status / all orders.
* Relative periods are anchored at the latest order date in the data (2024-12-31), not at
  today: "last N months" = the N calendar months ending with that month
  (order_date >= date(max,'start of month','-(N-1) months')); "last N weeks/days" =
  order_date > date(max, '-7N days'); "this year" = 2024, "last year" = 2023.
* Labels: years 'YYYY'; months 'YYYY-MM' in a series, English month names ('January') for
  month-of-year across years; quarters 'YYYY-Qn'; weekdays English names ('Monday') from
  strftime('%w'); days between dates = julianday(later) - julianday(earlier).
  People display as first_name || ' ' || last_name (grouped by id, since names repeat).
  Answers show label columns then measures, no ids unless asked; no ROUND; ratios use 100.0*.
  Top-N answers order by their measure (last column) and have no tie at the cut-off.
"""
import json
import re
import sqlite3
import sys

DB = "/tmp/blind33/demo/demo.sqlite"
OUT = "/tmp/blind33/demo_v27.json"
KINDS_OUT = "/tmp/blind33/demo_v27_kinds.json"

REV = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
COST = "oi.quantity * p.unit_cost"
SALES = "orders o JOIN order_items oi ON oi.order_id = o.order_id"
OK = "o.status <> 'cancelled'"
MAXD = "(SELECT MAX(order_date) FROM orders)"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"


def quarter(col):
    return f"strftime('%Y', {col}) || '-Q' || ((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)"


def month_name(col):
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    whens = " ".join(f"WHEN '{i + 1:02d}' THEN '{n}'" for i, n in enumerate(names))
    return f"CASE strftime('%m', {col}) {whens} END"


def weekday(col):
    names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    whens = " ".join(f"WHEN '{i}' THEN '{n}'" for i, n in enumerate(names))
    return f"CASE strftime('%w', {col}) {whens} END"


def last_months(n):
    return f"o.order_date >= date({MAXD}, 'start of month', '-{n - 1} months')"


Q = []  # (kind, question, sql)


def add(kind, question, sql):
    Q.append((kind, question, " ".join(sql.split())))


# ---------------------------------------------------------------- time (45)
add("time", "Revenue by quarter in 2023",
    f"SELECT {quarter('o.order_date')} AS quarter, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2023' GROUP BY quarter ORDER BY quarter")
add("time", "what was revenue in Q3 2023?",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {OK} "
    f"AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'")
add("time", "How many orders did we get in March 2024?",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y-%m', order_date) = '2024-03'")
add("time", "Monthly revenue for 2024",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2024' GROUP BY month ORDER BY month")
add("time", "revenue by day of the week",
    f"SELECT {weekday('o.order_date')} AS weekday, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {OK} GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)")
add("time", "Revenue in the last 6 months",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {OK} AND {last_months(6)}")
add("time", "Number of orders per month over the last 12 months",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(*) AS orders FROM orders o "
    f"WHERE {last_months(12)} GROUP BY month ORDER BY month")
add("time", "YoY revenue growth by year",
    f"WITH y AS (SELECT strftime('%Y', o.order_date) AS year, SUM({REV}) AS revenue "
    f"FROM {SALES} WHERE {OK} GROUP BY year) "
    "SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) "
    "/ LAG(revenue) OVER (ORDER BY year) AS yoy_growth_pct FROM y ORDER BY year")
add("time", "month over month revenue change in 2024, in %",
    f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue "
    f"FROM {SALES} WHERE {OK} AND strftime('%Y', o.order_date) = '2024' GROUP BY month) "
    "SELECT month, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) "
    "/ LAG(revenue) OVER (ORDER BY month) AS mom_change_pct FROM m ORDER BY month")
add("time", "On average how many days between order date and ship date?",
    "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship "
    "FROM orders WHERE ship_date IS NOT NULL")
add("time", "avg days to ship by channel",
    "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship "
    "FROM orders WHERE ship_date IS NOT NULL GROUP BY channel ORDER BY channel")
add("time", "Signup cohorts: for each signup year, how many customers joined and how much revenue have they brought in?",
    f"SELECT s.cohort, s.customers, r.revenue FROM "
    "(SELECT strftime('%Y', signup_date) AS cohort, COUNT(*) AS customers FROM customers GROUP BY cohort) s "
    f"LEFT JOIN (SELECT strftime('%Y', c.signup_date) AS cohort, SUM({REV}) AS revenue "
    f"FROM customers c JOIN orders o ON o.customer_id = c.customer_id JOIN order_items oi ON oi.order_id = o.order_id "
    f"WHERE {OK} GROUP BY cohort) r "
    "ON r.cohort = s.cohort ORDER BY s.cohort")
add("time", "Running total of revenue by month for 2024",
    f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue "
    f"FROM {SALES} WHERE {OK} AND strftime('%Y', o.order_date) = '2024' GROUP BY month) "
    "SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS running_revenue FROM m ORDER BY month")
add("time", "When was our first ever order and when was the most recent one?",
    "SELECT MIN(order_date) AS first_order_date, MAX(order_date) AS last_order_date FROM orders")
add("time", "When did Mary Wilson last place an order?",
    "SELECT MAX(o.order_date) AS last_order_date FROM orders o JOIN customers c "
    "ON c.customer_id = o.customer_id WHERE c.first_name = 'Mary' AND c.last_name = 'Wilson'")
add("time", "revenue last 4 weeks",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {OK} "
    f"AND o.order_date > date({MAXD}, '-28 days')")
add("time", "Q4 2024 revenue vs Q4 2023",
    f"SELECT SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {REV} END) AS q4_2023_revenue, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {REV} END) AS q4_2024_revenue "
    f"FROM {SALES} WHERE {OK}")
add("time", "How many orders were placed on weekends in 2024?",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2024' "
    "AND strftime('%w', order_date) IN ('0', '6')")
add("time", "Seasonality - total revenue by calendar month across all years",
    f"SELECT {month_name('o.order_date')} AS month, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {OK} GROUP BY strftime('%m', o.order_date) ORDER BY strftime('%m', o.order_date)")
add("time", "Which month of 2023 had the highest revenue?",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2023' GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("time", "new customer signups per quarter in 2024",
    f"SELECT {quarter('signup_date')} AS quarter, COUNT(*) AS new_customers FROM customers "
    "WHERE strftime('%Y', signup_date) = '2024' GROUP BY quarter ORDER BY quarter")
add("time", "Average number of days from signup to a customer's first order",
    "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days_to_first_order "
    "FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders "
    "GROUP BY customer_id) f ON f.customer_id = c.customer_id")
add("time", "How many customers placed their first order in 2024?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id, MIN(order_date) AS first_order "
    "FROM orders GROUP BY customer_id) WHERE strftime('%Y', first_order) = '2024'")
add("time", "which products were launched in 2023?",
    "SELECT name AS product, launch_date FROM products WHERE strftime('%Y', launch_date) = '2023' "
    "ORDER BY launch_date")
add("time", "Employees hired in the last 3 years",
    f"SELECT {EMP} AS employee, e.hire_date FROM employees e "
    f"WHERE e.hire_date > date({MAXD}, '-3 years') ORDER BY e.hire_date")
add("time", "Revenue H1 2024 vs H1 2023",
    f"SELECT SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-06-30' THEN {REV} END) AS h1_2023_revenue, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-06-30' THEN {REV} END) AS h1_2024_revenue "
    f"FROM {SALES} WHERE {OK}")
add("time", "YoY growth by category, 2024 vs 2023",
    f"SELECT cat.name AS category, "
    f"SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} END) AS revenue_2023, "
    f"SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {REV} END) AS revenue_2024, "
    f"100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {REV} END) "
    f"- SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} END)) "
    f"/ SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} END) AS yoy_growth_pct "
    f"FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {OK} "
    "GROUP BY cat.name ORDER BY cat.name")
add("time", "For customers with more than one order, what's the average number of days between their first and last order?",
    "SELECT AVG(julianday(last_order) - julianday(first_order)) AS avg_days_first_to_last FROM "
    "(SELECT customer_id, MIN(order_date) AS first_order, MAX(order_date) AS last_order "
    "FROM orders GROUP BY customer_id HAVING COUNT(*) > 1)")
add("time", "how many orders took more than 3 days to ship in 2024",
    "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2024' "
    "AND julianday(ship_date) - julianday(order_date) > 3")
add("time", "What share of 2024 revenue came in December?",
    f"SELECT 100.0 * SUM(CASE WHEN strftime('%m', o.order_date) = '12' THEN {REV} ELSE 0 END) "
    f"/ SUM({REV}) AS december_share_pct FROM {SALES} WHERE {OK} AND strftime('%Y', o.order_date) = '2024'")
add("time", "How much did we sell on Black Friday 2023 (Nov 24)?",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {OK} AND o.order_date = '2023-11-24'")
add("time", "What was our busiest day ever by number of orders?",
    "SELECT order_date, COUNT(*) AS orders FROM orders GROUP BY order_date ORDER BY orders DESC LIMIT 1")
add("time", "monthly active customers in 2024 (customers who ordered that month)",
    "SELECT strftime('%Y-%m', order_date) AS month, COUNT(DISTINCT customer_id) AS active_customers "
    "FROM orders WHERE strftime('%Y', order_date) = '2024' GROUP BY month ORDER BY month")
add("time", "Cumulative customer count by signup year",
    "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers, "
    "SUM(COUNT(*)) OVER (ORDER BY strftime('%Y', signup_date)) AS cumulative_customers "
    "FROM customers GROUP BY year ORDER BY year")
add("time", "Revenue in the last 3 months compared with the 3 months before that",
    f"SELECT SUM(CASE WHEN {last_months(3)} THEN {REV} END) AS last_3_months_revenue, "
    f"SUM(CASE WHEN o.order_date >= date({MAXD}, 'start of month', '-5 months') "
    f"AND o.order_date < date({MAXD}, 'start of month', '-2 months') THEN {REV} END) AS prior_3_months_revenue "
    f"FROM {SALES} WHERE {OK}")
add("time", "AOV by quarter for 2024",
    f"SELECT {quarter('o.order_date')} AS quarter, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value "
    f"FROM {SALES} WHERE {OK} AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter")
add("time", "Most recent order date per region",
    "SELECT r.name AS region, MAX(o.order_date) AS last_order_date FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    "GROUP BY r.name ORDER BY r.name")
add("time", "Electronics revenue per year",
    f"SELECT strftime('%Y', o.order_date) AS year, SUM({REV}) AS revenue FROM {SALES} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {OK} AND cat.name = 'Electronics' GROUP BY year ORDER BY year")
add("time", "orders by month and channel for 2024",
    "SELECT strftime('%Y-%m', order_date) AS month, channel, COUNT(*) AS orders FROM orders "
    "WHERE strftime('%Y', order_date) = '2024' GROUP BY month, channel ORDER BY month, channel")
add("time", "Which quarter in the last 2 years had the lowest revenue?",
    f"SELECT {quarter('o.order_date')} AS quarter, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {OK} AND strftime('%Y', o.order_date) IN ('2023', '2024') GROUP BY quarter ORDER BY revenue ASC LIMIT 1")
add("time", "average monthly revenue in 2023",
    f"SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT strftime('%Y-%m', o.order_date) AS month, "
    f"SUM({REV}) AS revenue FROM {SALES} WHERE {OK} AND strftime('%Y', o.order_date) = '2023' GROUP BY month)")
add("time", "Revenue for the first week of January 2024",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {OK} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-01-07'")
add("time", "units sold in september 2022",
    f"SELECT SUM(oi.quantity) AS units_sold FROM {SALES} WHERE {OK} "
    "AND strftime('%Y-%m', o.order_date) = '2022-09'")
add("time", "Q1 order counts for each year",
    "SELECT strftime('%Y', order_date) AS year, COUNT(*) AS orders FROM orders "
    "WHERE strftime('%m', order_date) IN ('01', '02', '03') GROUP BY year ORDER BY year")
add("time", "orders this year vs last year",
    "SELECT SUM(CASE WHEN strftime('%Y', order_date) = strftime('%Y', (SELECT MAX(order_date) FROM orders), '-1 year') "
    "THEN 1 ELSE 0 END) AS orders_last_year, "
    "SUM(CASE WHEN strftime('%Y', order_date) = strftime('%Y', (SELECT MAX(order_date) FROM orders)) "
    "THEN 1 ELSE 0 END) AS orders_this_year FROM orders")

# ---------------------------------------------------------------- measures (35)
add("measures", "What is our total revenue?",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {OK}")
add("measures", "whats our average order value",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} WHERE {OK}")
add("measures", "Gross profit for 2024",
    f"SELECT SUM({REV}) - SUM({COST}) AS gross_profit FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {OK} AND strftime('%Y', o.order_date) = '2024'")
add("measures", "Gross margin % by category",
    f"SELECT cat.name AS category, 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS gross_margin_pct "
    f"FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {OK} GROUP BY cat.name ORDER BY cat.name")
add("measures", "What percentage of orders were returned?",
    "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct FROM orders")
add("measures", "Cancellation rate by channel",
    "SELECT channel, 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancellation_rate_pct "
    "FROM orders GROUP BY channel ORDER BY channel")
add("measures", "each region's share of total revenue",
    f"SELECT r.name AS region, SUM({REV}) AS revenue, 100.0 * SUM({REV}) / SUM(SUM({REV})) OVER () AS revenue_share_pct "
    f"FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {OK} GROUP BY r.name ORDER BY r.name")
add("measures", "Average revenue per customer",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM {SALES} WHERE {OK}")
add("measures", "total shipping costs in 2023",
    "SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE status <> 'cancelled' "
    "AND strftime('%Y', order_date) = '2023'")
add("measures", "What's the average discount on order lines that got a discount, in percent?",
    "SELECT 100.0 * AVG(discount) AS avg_discount_pct FROM order_items WHERE discount IS NOT NULL AND discount > 0")
add("measures", "How many dollars of discount did we give away in 2024?",
    f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount FROM {SALES} "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2024'")
add("measures", "Revenue per sales employee in 2024",
    f"SELECT {EMP} AS employee, SUM({REV}) AS revenue FROM {SALES} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2024' GROUP BY e.employee_id ORDER BY revenue DESC")
add("measures", "AOV by channel",
    f"SELECT o.channel, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} "
    f"WHERE {OK} GROUP BY o.channel ORDER BY o.channel")
add("measures", "average units per order",
    f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS avg_units_per_order FROM {SALES} WHERE {OK}")
add("measures", "Revenue and average order value for loyalty members vs non-members",
    f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, SUM({REV}) AS revenue, "
    f"SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {OK} GROUP BY loyalty ORDER BY loyalty")
add("measures", "Average salary by job title",
    "SELECT title, AVG(salary) AS avg_salary FROM employees GROUP BY title ORDER BY title")
add("measures", "what's the total payroll (sum of salaries)?",
    "SELECT SUM(salary) AS total_salary FROM employees")
add("measures", "What % of our customers are loyalty members?",
    "SELECT 100.0 * SUM(loyalty_member) / COUNT(*) AS loyalty_pct FROM customers")
add("measures", "Profit by region for 2024",
    f"SELECT r.name AS region, SUM({REV}) - SUM({COST}) AS gross_profit FROM {SALES} "
    "JOIN products p ON p.product_id = oi.product_id JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {OK} AND strftime('%Y', o.order_date) = '2024' "
    "GROUP BY r.name ORDER BY r.name")
add("measures", "average list price of products in each category",
    "SELECT cat.name AS category, AVG(p.unit_price) AS avg_list_price FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.name ORDER BY cat.name")
add("measures", "Average product margin percent (list price vs unit cost) per category",
    "SELECT cat.name AS category, AVG(100.0 * (p.unit_price - p.unit_cost) / p.unit_price) AS avg_margin_pct "
    "FROM products p JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.name ORDER BY cat.name")
add("measures", "What's the AOV for each customer segment?",
    f"SELECT c.segment, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {OK} GROUP BY c.segment ORDER BY c.segment")
add("measures", "What share of orders come in online?",
    "SELECT 100.0 * SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) / COUNT(*) AS online_share_pct FROM orders")
add("measures", "percent of revenue that comes from discounted line items",
    f"SELECT 100.0 * SUM(CASE WHEN oi.discount > 0 THEN {REV} ELSE 0 END) / SUM({REV}) AS discounted_revenue_pct "
    f"FROM {SALES} WHERE {OK}")
add("measures", "Revenue per rep in each region",
    f"SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.employee_id) AS revenue_per_employee FROM {SALES} "
    f"JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id "
    f"WHERE {OK} GROUP BY r.name ORDER BY r.name")
add("measures", "What % of orders are still open (pending or shipped)?",
    "SELECT 100.0 * SUM(CASE WHEN status IN ('pending', 'shipped') THEN 1 ELSE 0 END) / COUNT(*) AS open_pct FROM orders")
add("measures", "How much revenue came from orders that were returned in 2024?",
    f"SELECT SUM({REV}) AS returned_revenue FROM {SALES} WHERE o.status = 'returned' "
    "AND strftime('%Y', o.order_date) = '2024'")
add("measures", "What percent of Electronics revenue came from orders that got returned?",
    f"SELECT 100.0 * SUM(CASE WHEN o.status = 'returned' THEN {REV} ELSE 0 END) / SUM({REV}) AS returned_share_pct "
    f"FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {OK} AND cat.name = 'Electronics'")
add("measures", "average shipping cost per order by channel",
    "SELECT channel, AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE status <> 'cancelled' "
    "GROUP BY channel ORDER BY channel")
add("measures", "Overall profit margin % in 2023",
    f"SELECT 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS gross_margin_pct FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {OK} AND strftime('%Y', o.order_date) = '2023'")
add("measures", "On average how many orders does a customer place?",
    "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT customer_id) AS avg_orders_per_customer FROM orders")
add("measures", "What share of total revenue do our top 10 products account for?",
    f"WITH pr AS (SELECT oi.product_id, SUM({REV}) AS revenue FROM {SALES} WHERE {OK} GROUP BY oi.product_id) "
    "SELECT 100.0 * (SELECT SUM(revenue) FROM (SELECT revenue FROM pr ORDER BY revenue DESC LIMIT 10)) "
    "/ (SELECT SUM(revenue) FROM pr) AS top10_share_pct")
add("measures", "revenue for each Furniture product",
    f"SELECT p.name AS product, SUM({REV}) AS revenue FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {OK} AND cat.name = 'Furniture' "
    "GROUP BY p.product_id ORDER BY revenue DESC")
add("measures", "Average discount % by category (counting undiscounted lines as 0)",
    "SELECT cat.name AS category, 100.0 * AVG(COALESCE(oi.discount, 0)) AS avg_discount_pct "
    f"FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {OK} GROUP BY cat.name ORDER BY cat.name")
add("measures", "units sold per customer region",
    f"SELECT r.name AS region, SUM(oi.quantity) AS units_sold FROM {SALES} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {OK} GROUP BY r.name ORDER BY r.name")

# ---------------------------------------------------------------- tricky (20)
add("tricky", "How many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "Which products didn't sell at all in 2024?",
    "SELECT p.name AS product FROM products p WHERE p.product_id NOT IN "
    f"(SELECT oi.product_id FROM {SALES} WHERE {OK} AND strftime('%Y', o.order_date) = '2024') ORDER BY p.name")
add("tricky", "Are there any employees with no orders at all?",
    "SELECT e.first_name || ' ' || e.last_name AS employee, e.title FROM employees e WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)")
add("tricky", "How many customers ordered in both 2023 and 2024?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2023' "
    "INTERSECT SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')")
add("tricky", "customers who ordered in 2023 but not in 2024 - how many?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2023' "
    "EXCEPT SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')")
add("tricky", "Which products brought in more revenue than the average product?",
    f"WITH pr AS (SELECT p.name AS product, SUM({REV}) AS revenue FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {OK} GROUP BY p.product_id) "
    "SELECT product, revenue FROM pr WHERE revenue > (SELECT AVG(revenue) FROM pr) ORDER BY revenue DESC")
add("tricky", "How many customers bought Electronics but never Furniture?",
    "WITH cc AS (SELECT DISTINCT o.customer_id, cat.name AS category FROM orders o "
    "JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {OK}) "
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM cc WHERE category = 'Electronics' "
    "EXCEPT SELECT customer_id FROM cc WHERE category = 'Furniture')")
add("tricky", "how many orders were bigger than our average order value",
    f"WITH ov AS (SELECT o.order_id, SUM({REV}) AS value FROM {SALES} WHERE {OK} GROUP BY o.order_id) "
    "SELECT COUNT(*) AS orders FROM ov WHERE value > (SELECT AVG(value) FROM ov)")
add("tricky", "Which employees earn more than the average salary for their title?",
    "SELECT e.first_name || ' ' || e.last_name AS employee, e.title, e.salary FROM employees e "
    "WHERE e.salary > (SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title) ORDER BY e.title, e.salary DESC")
add("tricky", "Which categories grew slower than the company as a whole, 2024 vs 2023?",
    f"WITH cy AS (SELECT cat.name AS category, "
    f"SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} END) AS r23, "
    f"SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {REV} END) AS r24 FROM {SALES} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {OK} GROUP BY cat.name) "
    "SELECT category, 100.0 * (r24 - r23) / r23 AS yoy_growth_pct FROM cy "
    "WHERE 100.0 * (r24 - r23) / r23 < (SELECT 100.0 * (SUM(r24) - SUM(r23)) / SUM(r23) FROM cy) "
    "ORDER BY yoy_growth_pct")
add("tricky", "most expensive product(s) - include ties",
    "SELECT name AS product, unit_price FROM products WHERE unit_price = (SELECT MAX(unit_price) FROM products)")
add("tricky", "How many customers have only ever ordered online?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(CASE WHEN channel <> 'online' THEN 1 ELSE 0 END) = 0)")
add("tricky", "Countries with more customers than the average country",
    "WITH cc AS (SELECT country, COUNT(*) AS customers FROM customers GROUP BY country) "
    "SELECT country, customers FROM cc WHERE customers > (SELECT AVG(customers) FROM cc) ORDER BY customers DESC")
add("tricky", "Discontinued products that still sold in 2024",
    "SELECT p.name AS product, SUM(oi.quantity) AS units_sold FROM products p JOIN order_items oi ON oi.product_id = p.product_id "
    f"JOIN orders o ON o.order_id = oi.order_id WHERE p.discontinued = 1 AND {OK} "
    "AND strftime('%Y', o.order_date) = '2024' GROUP BY p.product_id ORDER BY p.name")
add("tricky", "How many customers have ordered but never had an order delivered?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) = 0)")
add("tricky", "Which reps beat their region's average revenue per rep in 2024?",
    f"WITH er AS (SELECT e.employee_id, {EMP} AS employee, e.region_id, SUM({REV}) AS revenue FROM {SALES} "
    f"JOIN employees e ON e.employee_id = o.employee_id WHERE {OK} AND strftime('%Y', o.order_date) = '2024' "
    "GROUP BY e.employee_id) SELECT r.name AS region, er.employee, er.revenue FROM er "
    "JOIN regions r ON r.region_id = er.region_id "
    "WHERE er.revenue > (SELECT AVG(x.revenue) FROM er x WHERE x.region_id = er.region_id) "
    "ORDER BY r.name, er.revenue DESC")
add("tricky", "Number of products priced above their own category's average, per category",
    "SELECT cat.name AS category, COUNT(*) AS products FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id) "
    "GROUP BY cat.name ORDER BY cat.name")
add("tricky", "how many orders haven't shipped yet and aren't cancelled",
    "SELECT COUNT(*) AS orders FROM orders WHERE ship_date IS NULL AND status <> 'cancelled'")
add("tricky", "How many customers have bought from every single category?",
    "SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o JOIN order_items oi ON oi.order_id = o.order_id "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {OK} GROUP BY o.customer_id "
    "HAVING COUNT(DISTINCT p.category_id) = (SELECT COUNT(*) FROM categories))")
add("tricky", "Months in 2024 where revenue was below the 2024 monthly average",
    f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2024' GROUP BY month) "
    "SELECT month, revenue FROM m WHERE revenue < (SELECT AVG(revenue) FROM m) ORDER BY month")

# ---------------------------------------------------------------- filters (20)
add("filters", "How many orders were over $1,000?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id FROM {SALES} WHERE {OK} GROUP BY o.order_id "
    f"HAVING SUM({REV}) > 1000)")
add("filters", "how many customers do we have in germany",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany'")
add("filters", "Corporate customers in the United States that are loyalty members - how many?",
    "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate' AND country = 'United States' "
    "AND loyalty_member = 1")
add("filters", "products under $20",
    "SELECT name AS product, unit_price FROM products WHERE unit_price < 20 ORDER BY unit_price")
add("filters", "List the discontinued products and their category",
    "SELECT p.name AS product, cat.name AS category FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE p.discontinued = 1 ORDER BY p.name")
add("filters", "cancelled phone orders in 2023",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled' AND channel = 'phone' "
    "AND strftime('%Y', order_date) = '2023'")
add("filters", "Who are the sales reps in Europe?",
    "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "WHERE r.name = 'Europe' AND e.title = 'Sales Representative' ORDER BY employee")
add("filters", "How many customers are based in Chicago?",
    "SELECT COUNT(*) AS customers FROM customers WHERE city = 'Chicago'")
add("filters", "Furniture products priced between $200 and $500",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Furniture' AND p.unit_price BETWEEN 200 AND 500 ORDER BY p.unit_price")
add("filters", "how many orders had shipping cost above $5",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 5")
add("filters", "Returned orders from Latin American customers in 2024",
    "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id WHERE o.status = 'returned' AND r.name = 'Latin America' "
    "AND strftime('%Y', o.order_date) = '2024'")
add("filters", "employees hired before 2016",
    "SELECT first_name || ' ' || last_name AS employee, hire_date FROM employees WHERE hire_date < '2016-01-01' "
    "ORDER BY hire_date")
add("filters", "How many orders included at least one item at 30% off?",
    "SELECT COUNT(DISTINCT order_id) AS orders FROM order_items WHERE discount = 0.3")
add("filters", "How many customers have a company name on file?",
    "SELECT COUNT(*) AS customers FROM customers WHERE company IS NOT NULL AND company <> ''")
add("filters", "Revenue from Small Business customers in Asia Pacific",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {OK} AND c.segment = 'Small Business' AND r.name = 'Asia Pacific'")
add("filters", "online orders from canada in 2022",
    "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE o.channel = 'online' AND c.country = 'Canada' AND strftime('%Y', o.order_date) = '2022'")
add("filters", "Kitchen products that cost us more than $50",
    "SELECT p.name AS product, p.unit_cost FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Kitchen' AND p.unit_cost > 50 ORDER BY p.unit_cost DESC")
add("filters", "Which employees don't have a salary recorded?",
    "SELECT first_name || ' ' || last_name AS employee, title FROM employees WHERE salary IS NULL ORDER BY employee")
add("filters", "Show the pending orders - order id, date and customer",
    f"SELECT o.order_id, o.order_date, {CUST} AS customer FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE o.status = 'pending' ORDER BY o.order_date, o.order_id")
add("filters", "customers who signed up in 2024 and joined the loyalty program",
    "SELECT COUNT(*) AS customers FROM customers WHERE strftime('%Y', signup_date) = '2024' AND loyalty_member = 1")

# ---------------------------------------------------------------- topn (15)
add("topn", "Top 5 customers by revenue",
    f"SELECT {CUST} AS customer, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {OK} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {OK} GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10")
add("topn", "Top 3 categories by profit in 2024",
    f"SELECT cat.name AS category, SUM({REV}) - SUM({COST}) AS gross_profit FROM {SALES} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2024' GROUP BY cat.name ORDER BY gross_profit DESC LIMIT 3")
add("topn", "Who was our best salesperson in 2023 by revenue?",
    f"SELECT {EMP} AS employee, SUM({REV}) AS revenue FROM {SALES} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {OK} AND strftime('%Y', o.order_date) = '2023' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 1")
add("topn", "5 worst selling products by revenue",
    f"SELECT p.name AS product, SUM({REV}) AS revenue FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {OK} GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "Top 3 countries by revenue",
    f"SELECT c.country, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {OK} GROUP BY c.country ORDER BY revenue DESC LIMIT 3")
add("topn", "top 3 cities by revenue",
    f"SELECT c.city, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {OK} GROUP BY c.city ORDER BY revenue DESC LIMIT 3")
add("topn", "Which 5 products have the highest margin % (list price vs cost)?",
    "SELECT name AS product, 100.0 * (unit_price - unit_cost) / unit_price AS margin_pct FROM products "
    "ORDER BY margin_pct DESC LIMIT 5")
add("topn", "Top 3 customers by number of orders",
    f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 3")
add("topn", "top 3 reps by revenue in Q4 2024",
    f"SELECT {EMP} AS employee, SUM({REV}) AS revenue FROM {SALES} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {OK} AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3")
add("topn", "Which product gets returned the most (units in returned orders)?",
    "SELECT p.name AS product, SUM(oi.quantity) AS returned_units FROM orders o JOIN order_items oi ON oi.order_id = o.order_id "
    "JOIN products p ON p.product_id = oi.product_id WHERE o.status = 'returned' GROUP BY p.product_id "
    "ORDER BY returned_units DESC LIMIT 1")
add("topn", "Our 5 biggest orders ever - order number, customer and value",
    f"SELECT o.order_id, {CUST} AS customer, SUM({REV}) AS order_value FROM {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {OK} GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5")
add("topn", "which region has the highest AOV",
    f"SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {OK} GROUP BY r.name ORDER BY avg_order_value DESC LIMIT 1")
add("topn", "Top 5 European customers by revenue in 2024",
    f"SELECT {CUST} AS customer, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {OK} AND r.name = 'Europe' "
    "AND strftime('%Y', o.order_date) = '2024' GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "The 3 worst months for revenue ever",
    f"SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {OK} "
    "GROUP BY month ORDER BY revenue ASC LIMIT 3")

# ---------------------------------------------------------------- breakdowns (15)
add("breakdowns", "Revenue by region",
    f"SELECT r.name AS region, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {OK} GROUP BY r.name ORDER BY revenue DESC")
add("breakdowns", "orders by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "Revenue by channel for each year",
    f"SELECT strftime('%Y', o.order_date) AS year, o.channel, SUM({REV}) AS revenue FROM {SALES} WHERE {OK} "
    "GROUP BY year, o.channel ORDER BY year, o.channel")
add("breakdowns", "customer count by segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "Revenue by category and region",
    f"SELECT cat.name AS category, r.name AS region, SUM({REV}) AS revenue FROM {SALES} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {OK} GROUP BY cat.name, r.name ORDER BY cat.name, r.name")
add("breakdowns", "Number of orders by channel and status",
    "SELECT channel, status, COUNT(*) AS orders FROM orders GROUP BY channel, status ORDER BY channel, status")
add("breakdowns", "sales by customer segment",
    f"SELECT c.segment, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {OK} GROUP BY c.segment ORDER BY revenue DESC")
add("breakdowns", "Headcount by region",
    "SELECT r.name AS region, COUNT(*) AS employees FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "GROUP BY r.name ORDER BY r.name")
add("breakdowns", "Units sold by category",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units_sold FROM {SALES} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {OK} GROUP BY cat.name ORDER BY units_sold DESC")
add("breakdowns", "How many customers do we have in each Latin American country?",
    "SELECT c.country, COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id "
    "WHERE r.name = 'Latin America' GROUP BY c.country ORDER BY customers DESC")
add("breakdowns", "Revenue split by segment and loyalty membership",
    f"SELECT c.segment, CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, "
    f"SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id WHERE {OK} "
    "GROUP BY c.segment, loyalty ORDER BY c.segment, loyalty")
add("breakdowns", "Product count per category, active vs discontinued",
    "SELECT cat.name AS category, CASE WHEN p.discontinued = 1 THEN 'Discontinued' ELSE 'Active' END AS status, "
    "COUNT(*) AS products FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "GROUP BY cat.name, status ORDER BY cat.name, status")
add("breakdowns", "revenue by job title of the employee who took the order",
    f"SELECT e.title, SUM({REV}) AS revenue FROM {SALES} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {OK} GROUP BY e.title ORDER BY revenue DESC")
add("breakdowns", "Average shipping cost by customer region",
    "SELECT r.name AS region, AVG(o.shipping_cost) AS avg_shipping_cost FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    "WHERE o.status <> 'cancelled' GROUP BY r.name ORDER BY r.name")
add("breakdowns", "orders by region and channel",
    "SELECT r.name AS region, o.channel, COUNT(*) AS orders FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    "GROUP BY r.name, o.channel ORDER BY r.name, o.channel")

# ---------------------------------------------------------------- simple (10)
add("simple", "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products do we sell", "SELECT COUNT(*) AS products FROM products")
add("simple", "Total number of orders", "SELECT COUNT(*) AS orders FROM orders")
add("simple", "How many employees do we have?", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "List all product categories", "SELECT name AS category FROM categories ORDER BY name")
add("simple", "What's the highest product price?", "SELECT MAX(unit_price) AS max_price FROM products")
add("simple", "How many orders were cancelled?",
    "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
add("simple", "what regions do we operate in", "SELECT name AS region FROM regions ORDER BY name")
add("simple", "average product price", "SELECT AVG(unit_price) AS avg_price FROM products")
add("simple", "How many loyalty members do we have?",
    "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1")

MINIMUMS = {"time": 45, "measures": 35, "tricky": 20, "filters": 20, "topn": 15,
            "breakdowns": 15, "simple": 10}
TOTAL = 160


def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors = []
    questions = set()
    for i, (kind, q, sql) in enumerate(Q):
        if q in questions:
            errors.append(f"[{i}] duplicate question: {q}")
        questions.add(q)
        if re.search(r"\bROUND\s*\(", sql, re.I):
            errors.append(f"[{i}] uses ROUND")
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append(f"[{i}] {q}: SQL error {e}")
            continue
        if not rows:
            errors.append(f"[{i}] {q}: no rows")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"[{i}] {q}: all NULL")
        m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
        if m:  # top-N: no tie at the cut-off on the ordering measure (last column)
            n = int(m.group(1))
            more = con.execute(sql[:m.start()] + f"LIMIT {n + 1}").fetchall()
            if len(more) > n and more[n - 1][-1] == more[n][-1]:
                errors.append(f"[{i}] {q}: tie at cut-off {n}: {more[n - 1]} / {more[n]}")
    counts = {}
    for kind, _, _ in Q:
        counts[kind] = counts.get(kind, 0) + 1
    for kind, need in MINIMUMS.items():
        if counts.get(kind, 0) < need:
            errors.append(f"kind {kind}: {counts.get(kind, 0)} < {need}")
    if len(Q) != TOTAL:
        errors.append(f"total {len(Q)} != {TOTAL}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED ({len(errors)} problems); nothing written", file=sys.stderr)
        sys.exit(1)
    data = [{"question": q, "db_id": "demo", "query": sql} for _, q, sql in Q]
    kinds = {str(i): kind for i, (kind, _, _) in enumerate(Q)}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=2)
    with open(KINDS_OUT, "w") as f:
        json.dump(kinds, f, indent=2)
    print(json.dumps(counts), f"total={len(Q)}")
    print(f"wrote {OUT} and {KINDS_OUT}")


if __name__ == "__main__":
    main()
