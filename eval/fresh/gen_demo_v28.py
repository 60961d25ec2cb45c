#!/usr/bin/env python3
"""Held-out evaluation set v28 over the genbi demo sales database (demo.sqlite).

Business conventions (decided from the README and the data, applied to every gold query):

* Revenue = SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(discount, 0))),
  i.e. net of line discounts, excluding shipping, over orders whose status is not 'cancelled'
  (returned, pending, shipped and delivered orders count). This reproduces the README figures
  ($1,212,415.64 in 2021, $2,138,329.99 in 2024, Jan Russo $24,472.30).
* Every money/volume sales measure (revenue, units, profit, margin, AOV, discounts given, items
  per order, "bought"/"spent"/"sold") excludes cancelled orders. Cost = quantity *
  products.unit_cost; profit = revenue - cost; margin % = 100.0 * profit / revenue.
  AOV = revenue / number of distinct non-cancelled orders. Per-customer averages divide by the
  customers who have at least one non-cancelled order. Order value = sum of its line revenue.
* Order counts ("how many orders", "ordered", "active customers", status rates) count every order
  placed, whatever its status, unless the question names a status. Status rates are
  100.0 * orders with that status / all orders. "Never ordered" = no order row at all.
* Geography of sales = the customer's region/country/city; an employee's region is used only for
  employee questions (headcount, salary). Sales by employee use orders.employee_id.
* Time: dates are ISO text. Relative periods anchor on the latest order date in the data
  (MAX(orders.order_date) = 2024-12-31), not on the wall clock. "This year/month" = the period
  containing that date, "last year/month/quarter" = the one before. "Last N months" = the N
  calendar months ending with the latest order's month (last 6 months = 2024-07-01..2024-12-31).
  "Last N days" = the N days ending on the latest order date inclusive. "Last N weeks" = the N
  Monday-start weeks ending with the week that contains the latest order date. YTD = from Jan 1 of
  the latest year to the latest order date.
* Labels: year 'YYYY'; month series 'YYYY-MM'; month of year across years = English month name;
  quarter 'YYYY-Qn' (or 'Qn' when the year is fixed by columns); weekday = English full name,
  listed Monday first; week = its Monday's date 'YYYY-MM-DD'. People display as
  first_name || ' ' || last_name. Loyalty shows 'Member' / 'Non-member'.
* Days between dates = julianday(later) - julianday(earlier); days to ship only for orders
  with a ship_date. Growth % = 100.0 * (current - previous) / previous.
* Results: label columns first, then measures; no ids unless asked. No ROUND; ratios use 100.0*.
  Top-N answers are checked to have no tie at the cut-off.
"""
import json
import re
import sqlite3
import sys
from collections import Counter

DB = "/tmp/blind34/demo/demo.sqlite"
OUT = "/tmp/blind34/demo_v28.json"
OUT_KINDS = "/tmp/blind34/demo_v28_kinds.json"

REV = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
COST = "oi.quantity * p.unit_cost"
SALES = "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
NC = "o.status <> 'cancelled'"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"
MAXD = "(SELECT MAX(order_date) FROM orders)"


def QTR(d):
    return f"strftime('%Y', {d}) || '-Q' || ((CAST(strftime('%m', {d}) AS INTEGER) + 2) / 3)"


def QN(d):
    return f"'Q' || ((CAST(strftime('%m', {d}) AS INTEGER) + 2) / 3)"


def WDAY(d):
    return (f"CASE CAST(strftime('%w', {d}) AS INTEGER) WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' "
            f"WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday' "
            f"WHEN 5 THEN 'Friday' ELSE 'Saturday' END")


def WDORD(d):
    return f"(CAST(strftime('%w', {d}) AS INTEGER) + 6) % 7"


def MONNAME(d):
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    whens = " ".join(f"WHEN '{i + 1:02d}' THEN '{n}'" for i, n in enumerate(names))
    return f"CASE strftime('%m', {d}) {whens} END"


def WEEKSTART(d):
    return f"date({d}, '-' || ((CAST(strftime('%w', {d}) AS INTEGER) + 6) % 7) || ' days')"


def LAST_N_MONTHS(n):
    return f"o.order_date >= date({MAXD}, 'start of month', '-{n - 1} months')"


def LAST_N_WEEKS(n):
    return f"o.order_date >= date({WEEKSTART(MAXD)}, '-{7 * (n - 1)} days')"


def LAST_N_DAYS(n):
    return f"o.order_date > date({MAXD}, '-{n} days')"


ORDER_VALUE = (f"WITH ov AS (SELECT o.order_id, SUM({REV}) AS value {SALES} "
               f"WHERE {NC} GROUP BY o.order_id)")

Q = []  # (kind, question, sql, tie_col) ; tie_col = index of the ranking column for LIMIT checks


def add(kind, question, sql, tie_col=-1):
    Q.append((kind, question, " ".join(sql.split()), tie_col))


# ---------------------------------------------------------------- simple (10)
add("simple", "how many custmers do we have",
    "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products are in the catalog",
    "SELECT COUNT(*) AS products FROM products")
add("simple", "whats our total revenu?",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC}")
add("simple", "How many orders got cancelled?",
    "SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'")
add("simple", "List our sales regions",
    "SELECT name AS region FROM regions ORDER BY name")
add("simple", "How many employees are there?",
    "SELECT COUNT(*) AS employees FROM employees")
add("simple", "avg product price?",
    "SELECT AVG(unit_price) AS avg_unit_price FROM products")
add("simple", "How many customers are in the loyalty program?",
    "SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1")
add("simple", "Total units sold",
    f"SELECT SUM(oi.quantity) AS units {SALES} WHERE {NC}")
add("simple", "What have we spent on shipping in total?",
    "SELECT SUM(shipping_cost) AS shipping_cost FROM orders")

# ---------------------------------------------------------------- filters (20)
add("filters", "Show me our customers in Germany",
    f"SELECT {CUST} AS customer, c.city FROM customers c WHERE c.country = 'Germany' "
    "ORDER BY c.last_name, c.first_name")
add("filters", "Which products cost more than $500?",
    "SELECT p.name AS product, p.unit_price FROM products p WHERE p.unit_price > 500 "
    "ORDER BY p.unit_price DESC")
add("filters", "which products have been discontinued",
    "SELECT p.name AS product, cat.name AS category FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id WHERE p.discontinued = 1 ORDER BY p.name")
add("filters", "List the pending orders with order number, customer and order date",
    f"SELECT o.order_id, {CUST} AS customer, o.order_date FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'pending' "
    "ORDER BY o.order_date, o.order_id")
add("filters", "How many corporate customers are in the United States?",
    "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate' "
    "AND country = 'United States'")
add("filters", "Employees hired after 2020 - name, title and hire date",
    f"SELECT {EMP} AS employee, e.title, e.hire_date FROM employees e "
    "WHERE e.hire_date >= '2021-01-01' ORDER BY e.hire_date")
add("filters", "Electronics products under $100",
    "SELECT p.name AS product, p.unit_price FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Electronics' AND p.unit_price < 100 ORDER BY p.unit_price")
add("filters", "How many phone orders had shipping over $10?",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'phone' AND shipping_cost > 10")
add("filters", "how many customers signed up in 2024",
    "SELECT COUNT(*) AS customers FROM customers "
    "WHERE signup_date >= '2024-01-01' AND signup_date < '2025-01-01'")
add("filters", "Which employees don't have a salary on file?",
    f"SELECT {EMP} AS employee, e.title FROM employees e WHERE e.salary IS NULL ORDER BY e.last_name")
add("filters", "How many customers use a gmail address?",
    "SELECT COUNT(*) AS customers FROM customers WHERE email LIKE '%@gmail.com'")
add("filters", "senior account execs in Europe",
    f"SELECT {EMP} AS employee FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "WHERE e.title = 'Senior Account Executive' AND r.name = 'Europe' ORDER BY e.last_name, e.first_name")
add("filters", "What products did we launch in 2024?",
    "SELECT p.name AS product, p.launch_date FROM products p "
    "WHERE p.launch_date >= '2024-01-01' AND p.launch_date < '2025-01-01' ORDER BY p.launch_date")
add("filters", "How many order lines got a discount of 25% or more?",
    "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.25")
add("filters", "Small Business customers in Japan that are loyalty members",
    f"SELECT {CUST} AS customer, c.city FROM customers c WHERE c.segment = 'Small Business' "
    "AND c.country = 'Japan' AND c.loyalty_member = 1 ORDER BY c.last_name, c.first_name")
add("filters", "How many orders were worth more than $1,000?",
    f"{ORDER_VALUE} SELECT COUNT(*) AS orders FROM ov WHERE value > 1000")
add("filters", "Number of returned orders in 2023",
    "SELECT COUNT(*) AS returned_orders FROM orders WHERE status = 'returned' "
    "AND order_date >= '2023-01-01' AND order_date < '2024-01-01'")
add("filters", "Which Latin American customers are companies? Show the company and country",
    "SELECT c.company, c.country FROM customers c JOIN regions r ON r.region_id = c.region_id "
    "WHERE r.name = 'Latin America' AND c.company IS NOT NULL ORDER BY c.company")
add("filters", "kitchen items priced between $20 and $50",
    "SELECT p.name AS product, p.unit_price FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Kitchen' AND p.unit_price BETWEEN 20 AND 50 ORDER BY p.unit_price")
add("filters", "sales reps makng less than 56k",
    f"SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.title = 'Sales Representative' "
    "AND e.salary < 56000 ORDER BY e.salary")

# ---------------------------------------------------------------- topn (15)
add("topn", "Top 5 customers by revenue",
    f"SELECT {CUST} AS customer, SUM({REV}) AS revenue {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "GROUP BY p.product_id ORDER BY units DESC LIMIT 10")
add("topn", "What were our 3 best categories by revenue in 2023?",
    f"SELECT cat.name AS category, SUM({REV}) AS revenue {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' "
    "GROUP BY cat.category_id ORDER BY revenue DESC LIMIT 3")
add("topn", "Top 5 salespeople by revenue in 2024",
    f"SELECT {EMP} AS employee, SUM({REV}) AS revenue {SALES} "
    f"JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5")
add("topn", "Which 3 countries have the most customers?",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country "
    "ORDER BY customers DESC LIMIT 3")
add("topn", "5 most expensive products",
    "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 5")
add("topn", "our 5 worst selling products by revenue",
    f"SELECT p.name AS product, SUM({REV}) AS revenue {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "Top 10 cities by revenue",
    f"SELECT c.city, c.country, SUM({REV}) AS revenue {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.country, c.city ORDER BY revenue DESC LIMIT 10")
add("topn", "which 5 prodcts made us the most profit?",
    f"SELECT p.name AS product, SUM({REV} - {COST}) AS profit {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "GROUP BY p.product_id ORDER BY profit DESC LIMIT 5")
add("topn", "top 3 regions by average order value",
    f"SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES} "
    "JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} "
    "GROUP BY r.region_id ORDER BY avg_order_value DESC LIMIT 3")
add("topn", "Top 5 customers by number of orders",
    f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5")
add("topn", "Which 5 products have the best margin %?",
    f"SELECT p.name AS product, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "GROUP BY p.product_id ORDER BY margin_pct DESC LIMIT 5")
add("topn", "Top 3 reps by number of orders in Q3 2024",
    f"SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o "
    "JOIN employees e ON e.employee_id = o.employee_id "
    "WHERE o.order_date >= '2024-07-01' AND o.order_date < '2024-10-01' "
    "GROUP BY e.employee_id ORDER BY orders DESC LIMIT 3")
add("topn", "Who are the 5 highest paid employees?",
    f"SELECT {EMP} AS employee, e.title, e.salary FROM employees e "
    "WHERE e.salary IS NOT NULL ORDER BY e.salary DESC LIMIT 5")
add("topn", "top 5 countries by revenue in 2024",
    f"SELECT c.country, SUM({REV}) AS revenue {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY c.country ORDER BY revenue DESC LIMIT 5")

# ---------------------------------------------------------------- breakdowns (15)
add("breakdowns", "Revenue by region pls",
    f"SELECT r.name AS region, SUM({REV}) AS revenue {SALES} "
    "JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} "
    "GROUP BY r.region_id ORDER BY revenue DESC")
add("breakdowns", "How many orders came in through each channel?",
    "SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC")
add("breakdowns", "sales by category",
    f"SELECT cat.name AS category, SUM({REV}) AS revenue {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY revenue DESC")
add("breakdowns", "Customer count by segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "orders by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "Headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC")
add("breakdowns", "What's the average salary in each region?",
    "SELECT r.name AS region, AVG(e.salary) AS avg_salary FROM employees e "
    "JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id ORDER BY avg_salary DESC")
add("breakdowns", "Revenue split by customer segment",
    f"SELECT c.segment, SUM({REV}) AS revenue {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.segment ORDER BY revenue DESC")
add("breakdowns", "Units sold per category",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY units DESC")
add("breakdowns", "How many customers do we have in each European country?",
    "SELECT c.country, COUNT(*) AS customers FROM customers c "
    "JOIN regions r ON r.region_id = c.region_id WHERE r.name = 'Europe' "
    "GROUP BY c.country ORDER BY customers DESC")
add("breakdowns", "number of products and average list price per category",
    "SELECT cat.name AS category, COUNT(*) AS products, AVG(p.unit_price) AS avg_unit_price "
    "FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "GROUP BY cat.category_id ORDER BY cat.name")
add("breakdowns", "Revenue from loyalty members vs non-members",
    "SELECT CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, "
    f"SUM({REV}) AS revenue {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.loyalty_member ORDER BY revenue DESC")
add("breakdowns", "Total shipping cost by channel",
    "SELECT channel, SUM(shipping_cost) AS shipping_cost FROM orders GROUP BY channel "
    "ORDER BY shipping_cost DESC")
add("breakdowns", "order count by region and channel",
    "SELECT r.name AS region, o.channel, COUNT(*) AS orders FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id GROUP BY r.name, o.channel ORDER BY r.name, o.channel")
add("breakdowns", "Revenue by salesperson job title",
    f"SELECT e.title, SUM({REV}) AS revenue {SALES} "
    f"JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} "
    "GROUP BY e.title ORDER BY revenue DESC")

# ---------------------------------------------------------------- measures (35)
add("measures", "What's our average order value (AOV)?",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES} WHERE {NC}")
add("measures", "AOV by channel",
    f"SELECT o.channel, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES} "
    f"WHERE {NC} GROUP BY o.channel ORDER BY avg_order_value DESC")
add("measures", "What's our overall gross margin %?",
    f"SELECT 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC}")
add("measures", "How much profit did we make in 2024?",
    f"SELECT SUM({REV} - {COST}) AS profit {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")
add("measures", "What share of total revenue does each category contribute?",
    f"SELECT cat.name AS category, 100.0 * SUM({REV}) / "
    f"(SELECT SUM({REV}) {SALES} WHERE {NC}) AS revenue_share_pct {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY revenue_share_pct DESC")
add("measures", "What percentage of orders were returned?",
    "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct "
    "FROM orders")
add("measures", "cancellation rate by channel",
    "SELECT channel, 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) "
    "AS cancelled_pct FROM orders GROUP BY channel ORDER BY cancelled_pct DESC")
add("measures", "What's the average revenue per customer?",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {SALES} WHERE {NC}")
add("measures", "avg number of units per order",
    f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order {SALES} WHERE {NC}")
add("measures", "When we give a discount, how big is it on average?",
    "SELECT 100.0 * AVG(oi.discount) AS avg_discount_pct FROM orders o "
    f"JOIN order_items oi ON oi.order_id = o.order_id WHERE {NC} AND oi.discount > 0")
add("measures", "How much money did we give away in discounts?",
    f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount {SALES} "
    f"WHERE {NC}")
add("measures", "Revenue per sales employee in each region",
    f"SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT e.employee_id) AS revenue_per_employee "
    f"{SALES} JOIN employees e ON e.employee_id = o.employee_id "
    f"JOIN regions r ON r.region_id = e.region_id WHERE {NC} "
    "GROUP BY r.region_id ORDER BY revenue_per_employee DESC")
add("measures", "Profit by category",
    f"SELECT cat.name AS category, SUM({REV} - {COST}) AS profit {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY profit DESC")
add("measures", "margin % for each category",
    f"SELECT cat.name AS category, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY margin_pct DESC")
add("measures", "What share of revenue comes from North America?",
    f"SELECT 100.0 * SUM(CASE WHEN r.name = 'North America' THEN {REV} ELSE 0 END) / SUM({REV}) "
    f"AS north_america_share_pct {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC}")
add("measures", "What % of our customers are loyalty members?",
    "SELECT 100.0 * SUM(loyalty_member) / COUNT(*) AS loyalty_pct FROM customers")
add("measures", "Do loyalty members spend more per order than everyone else? I'd like the average order value for members versus non-members so I can make the case for the program",
    "SELECT CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, "
    f"SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.loyalty_member ORDER BY avg_order_value DESC")
add("measures", "average shipping cost per order",
    "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders o "
    f"WHERE {NC} AND o.shipping_cost IS NOT NULL")
add("measures", "What percent of orders shipped for free?",
    "SELECT 100.0 * SUM(CASE WHEN o.shipping_cost = 0 THEN 1 ELSE 0 END) / COUNT(*) AS free_shipping_pct "
    f"FROM orders o WHERE {NC}")
add("measures", "Avg revenue per product in each categroy",
    f"SELECT cat.name AS category, SUM({REV}) / COUNT(DISTINCT p.product_id) AS revenue_per_product "
    f"{SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY revenue_per_product DESC")
add("measures", "online share of revenue?",
    f"SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN {REV} ELSE 0 END) / SUM({REV}) "
    f"AS online_share_pct {SALES} WHERE {NC}")
add("measures", "Return rate by channel",
    "SELECT channel, 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) "
    "AS returned_pct FROM orders GROUP BY channel ORDER BY returned_pct DESC")
add("measures", "Average revenue per customer for each segment",
    f"SELECT c.segment, SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.segment ORDER BY revenue_per_customer DESC")
add("measures", "Average salary by job title",
    "SELECT title, AVG(salary) AS avg_salary FROM employees GROUP BY title ORDER BY avg_salary DESC")
add("measures", "What's our total payroll?",
    "SELECT SUM(salary) AS total_salary FROM employees")
add("measures", "What percentage of revenue came from discounted items?",
    f"SELECT 100.0 * SUM(CASE WHEN oi.discount > 0 THEN {REV} ELSE 0 END) / SUM({REV}) "
    f"AS discounted_revenue_pct {SALES} WHERE {NC}")
add("measures", "How much revenue have discontinued products brought in?",
    f"SELECT SUM({REV}) AS revenue {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {NC} AND p.discontinued = 1")
add("measures", "profit per unit by category",
    f"SELECT cat.name AS category, SUM({REV} - {COST}) / SUM(oi.quantity) AS profit_per_unit {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "GROUP BY cat.category_id ORDER BY profit_per_unit DESC")
add("measures", "What % of orders have no sales rep assigned?",
    "SELECT 100.0 * SUM(CASE WHEN employee_id IS NULL THEN 1 ELSE 0 END) / COUNT(*) "
    "AS unassigned_pct FROM orders")
add("measures", "Average number of line items per order",
    f"SELECT 1.0 * COUNT(*) / COUNT(DISTINCT o.order_id) AS lines_per_order {SALES} WHERE {NC}")
add("measures", "Revenue per customer by region",
    f"SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer "
    f"{SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} "
    "GROUP BY r.region_id ORDER BY revenue_per_customer DESC")
add("measures", "average order value per customer segment",
    f"SELECT c.segment, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.segment ORDER BY avg_order_value DESC")
add("measures", "What share of our customers is in each region?",
    "SELECT r.name AS region, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM customers) AS customer_share_pct "
    "FROM customers c JOIN regions r ON r.region_id = c.region_id "
    "GROUP BY r.region_id ORDER BY customer_share_pct DESC")
add("measures", "Gross profit by region",
    f"SELECT r.name AS region, SUM({REV} - {COST}) AS profit {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    "JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} "
    "GROUP BY r.region_id ORDER BY profit DESC")
add("measures", "What's the average selling price per unit after discounts?",
    f"SELECT SUM({REV}) / SUM(oi.quantity) AS avg_price_per_unit {SALES} WHERE {NC}")

# ---------------------------------------------------------------- time (45)
YEAR = "strftime('%Y', o.order_date)"
MONTH = "strftime('%Y-%m', o.order_date)"
add("time", "Revenue by year",
    f"SELECT {YEAR} AS year, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "monthly revenue for 2023",
    f"SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES} "
    f"WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' "
    "GROUP BY month ORDER BY month")
add("time", "What was revenue in Q3 2023?",
    f"SELECT SUM({REV}) AS revenue {SALES} "
    f"WHERE {NC} AND o.order_date >= '2023-07-01' AND o.order_date < '2023-10-01'")
add("time", "Orders per quarter in 2024",
    f"SELECT {QTR('o.order_date')} AS quarter, COUNT(*) AS orders FROM orders o "
    "WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' "
    "GROUP BY quarter ORDER BY quarter")
add("time", "Revenue by day of the week",
    f"SELECT {WDAY('o.order_date')} AS weekday, SUM({REV}) AS revenue {SALES} WHERE {NC} "
    f"GROUP BY {WDORD('o.order_date')} ORDER BY {WDORD('o.order_date')}")
add("time", "How much revenue did we do in the last 6 months?",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND {LAST_N_MONTHS(6)}")
add("time", "how many orders in the last 4 weeks",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE {LAST_N_WEEKS(4)}")
add("time", "YoY revenue growth",
    f"WITH y AS (SELECT {YEAR} AS year, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY year) "
    "SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / "
    "LAG(revenue) OVER (ORDER BY year) AS yoy_growth_pct FROM y ORDER BY year")
add("time", "MoM revenue change in 2024",
    f"WITH m AS (SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY month), "
    "c AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m) "
    "SELECT month, revenue, revenue - prev AS change, 100.0 * (revenue - prev) / prev AS mom_pct "
    "FROM c WHERE month BETWEEN '2024-01' AND '2024-12' ORDER BY month")
add("time", "On average how many days does it take us to ship an order?",
    "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders "
    "WHERE ship_date IS NOT NULL")
add("time", "avg days to ship by channel",
    "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders "
    "WHERE ship_date IS NOT NULL GROUP BY channel ORDER BY avg_days_to_ship")
add("time", "How many customers signed up each year?",
    "SELECT strftime('%Y', signup_date) AS signup_year, COUNT(*) AS customers FROM customers "
    "GROUP BY signup_year ORDER BY signup_year")
add("time", "Revenue by customer signup cohort (signup year)",
    f"SELECT strftime('%Y', c.signup_date) AS signup_year, SUM({REV}) AS revenue {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY signup_year ORDER BY signup_year")
add("time", "Running total of revenue by month in 2024",
    f"WITH m AS (SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES} "
    f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month) "
    "SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS running_revenue FROM m ORDER BY month")
add("time", "When was our first order, and the most recent one?",
    "SELECT MIN(order_date) AS first_order_date, MAX(order_date) AS last_order_date FROM orders")
add("time", "When did Tyler Williams make his first sale?",
    "SELECT MIN(o.order_date) AS first_order_date FROM orders o "
    "JOIN employees e ON e.employee_id = o.employee_id "
    "WHERE e.first_name = 'Tyler' AND e.last_name = 'Williams'")
add("time", "revenue in March 2022",
    f"SELECT SUM({REV}) AS revenue {SALES} "
    f"WHERE {NC} AND o.order_date >= '2022-03-01' AND o.order_date < '2022-04-01'")
add("time", "Which month of the year is usually our busiest for orders?",
    f"SELECT {MONNAME('o.order_date')} AS month, COUNT(*) AS orders FROM orders o "
    "GROUP BY strftime('%m', o.order_date) ORDER BY orders DESC LIMIT 1")
add("time", "Quarterly revenue 2023 vs 2022",
    f"SELECT {QN('o.order_date')} AS quarter, "
    f"SUM(CASE WHEN {YEAR} = '2022' THEN {REV} ELSE 0 END) AS revenue_2022, "
    f"SUM(CASE WHEN {YEAR} = '2023' THEN {REV} ELSE 0 END) AS revenue_2023, "
    f"100.0 * (SUM(CASE WHEN {YEAR} = '2023' THEN {REV} ELSE 0 END) - "
    f"SUM(CASE WHEN {YEAR} = '2022' THEN {REV} ELSE 0 END)) / "
    f"SUM(CASE WHEN {YEAR} = '2022' THEN {REV} ELSE 0 END) AS yoy_growth_pct {SALES} "
    f"WHERE {NC} AND o.order_date >= '2022-01-01' AND o.order_date < '2024-01-01' "
    "GROUP BY quarter ORDER BY quarter")
add("time", "How did December 2024 revenue compare with December 2023?",
    f"SELECT SUM(CASE WHEN {MONTH} = '2023-12' THEN {REV} ELSE 0 END) AS revenue_dec_2023, "
    f"SUM(CASE WHEN {MONTH} = '2024-12' THEN {REV} ELSE 0 END) AS revenue_dec_2024, "
    f"100.0 * (SUM(CASE WHEN {MONTH} = '2024-12' THEN {REV} ELSE 0 END) - "
    f"SUM(CASE WHEN {MONTH} = '2023-12' THEN {REV} ELSE 0 END)) / "
    f"SUM(CASE WHEN {MONTH} = '2023-12' THEN {REV} ELSE 0 END) AS yoy_growth_pct {SALES} "
    f"WHERE {NC} AND {MONTH} IN ('2023-12', '2024-12')")
add("time", "new customer signups per month in 2024",
    "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS customers FROM customers "
    "WHERE signup_date >= '2024-01-01' AND signup_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "How many customers placed their first ever order in each year?",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT strftime('%Y', first_order) AS year, COUNT(*) AS new_customers FROM f "
    "GROUP BY year ORDER BY year")
add("time", "How many people did we hire each year?",
    "SELECT strftime('%Y', hire_date) AS year, COUNT(*) AS hires FROM employees "
    "GROUP BY year ORDER BY year")
add("time", "orders on weekends vs weekdays",
    "SELECT CASE WHEN strftime('%w', order_date) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END "
    "AS day_type, COUNT(*) AS orders FROM orders GROUP BY day_type ORDER BY day_type")
add("time", "Units sold by category over the last 3 months",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND {LAST_N_MONTHS(3)} GROUP BY cat.category_id ORDER BY units DESC")
add("time", "Revenue this year vs last year",
    f"SELECT SUM(CASE WHEN {YEAR} = strftime('%Y', {MAXD}) THEN {REV} ELSE 0 END) AS revenue_this_year, "
    f"SUM(CASE WHEN {YEAR} = strftime('%Y', {MAXD}, '-1 year') THEN {REV} ELSE 0 END) AS revenue_last_year, "
    f"100.0 * (SUM(CASE WHEN {YEAR} = strftime('%Y', {MAXD}) THEN {REV} ELSE 0 END) - "
    f"SUM(CASE WHEN {YEAR} = strftime('%Y', {MAXD}, '-1 year') THEN {REV} ELSE 0 END)) / "
    f"SUM(CASE WHEN {YEAR} = strftime('%Y', {MAXD}, '-1 year') THEN {REV} ELSE 0 END) AS yoy_growth_pct "
    f"{SALES} WHERE {NC}")
add("time", "Which quarter had our highest revenue ever?",
    f"SELECT {QTR('o.order_date')} AS quarter, SUM({REV}) AS revenue {SALES} WHERE {NC} "
    "GROUP BY quarter ORDER BY revenue DESC LIMIT 1")
add("time", "What was our average monthly revenue in 2023?",
    f"SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT {MONTH} AS month, SUM({REV}) AS revenue "
    f"{SALES} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY month)")
add("time", "revenue in H1 2024",
    f"SELECT SUM({REV}) AS revenue {SALES} "
    f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2024-07-01'")
add("time", "Show revenue by month for the last 12 months",
    f"SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES} WHERE {NC} AND {LAST_N_MONTHS(12)} "
    "GROUP BY month ORDER BY month")
add("time", "Number of orders by year and channel",
    f"SELECT {YEAR} AS year, o.channel, COUNT(*) AS orders FROM orders o "
    "GROUP BY year, o.channel ORDER BY year, o.channel")
add("time", "On average how many days pass between a customer signing up and their first order?",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days_to_first_order "
    "FROM f JOIN customers c ON c.customer_id = f.customer_id")
add("time", "How many products did we launch each year?",
    "SELECT strftime('%Y', launch_date) AS year, COUNT(*) AS products FROM products "
    "GROUP BY year ORDER BY year")
add("time", "Cumulative customer count by signup year",
    "SELECT strftime('%Y', signup_date) AS signup_year, COUNT(*) AS new_customers, "
    "SUM(COUNT(*)) OVER (ORDER BY strftime('%Y', signup_date)) AS cumulative_customers "
    "FROM customers GROUP BY signup_year ORDER BY signup_year")
add("time", "Most recent order date in each region",
    "SELECT r.name AS region, MAX(o.order_date) AS last_order_date FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id GROUP BY r.region_id ORDER BY r.name")
add("time", "weekly revenue, last 8 weeks",
    f"SELECT {WEEKSTART('o.order_date')} AS week_start, SUM({REV}) AS revenue {SALES} "
    f"WHERE {NC} AND {LAST_N_WEEKS(8)} GROUP BY week_start ORDER BY week_start")
add("time", "What's our revenue YTD?",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} "
    f"AND o.order_date >= date({MAXD}, 'start of year') AND o.order_date <= {MAXD}")
add("time", "Average order value by year",
    f"SELECT {YEAR} AS year, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES} "
    f"WHERE {NC} GROUP BY year ORDER BY year")
add("time", "What % of orders shipped the same day they were placed, by year?",
    "SELECT strftime('%Y', order_date) AS year, "
    "100.0 * SUM(CASE WHEN ship_date = order_date THEN 1 ELSE 0 END) / COUNT(*) AS same_day_pct "
    "FROM orders WHERE ship_date IS NOT NULL GROUP BY year ORDER BY year")
add("time", "revenue last 30 days",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND {LAST_N_DAYS(30)}")
add("time", "Monthly active customers in 2024",
    f"SELECT {MONTH} AS month, COUNT(DISTINCT o.customer_id) AS active_customers FROM orders o "
    "WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month")
add("time", "How much did online revenue grow from 2023 to 2024, in %?",
    f"SELECT 100.0 * (SUM(CASE WHEN {YEAR} = '2024' THEN {REV} ELSE 0 END) - "
    f"SUM(CASE WHEN {YEAR} = '2023' THEN {REV} ELSE 0 END)) / "
    f"SUM(CASE WHEN {YEAR} = '2023' THEN {REV} ELSE 0 END) AS online_growth_pct {SALES} "
    f"WHERE {NC} AND o.channel = 'online'")
add("time", "Electronics revenue by quarter in 2024",
    f"SELECT {QTR('o.order_date')} AS quarter, SUM({REV}) AS revenue {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Electronics' AND o.order_date >= '2024-01-01' "
    "AND o.order_date < '2025-01-01' GROUP BY quarter ORDER BY quarter")
add("time", "When did each of our sales reps make their first sale?",
    f"SELECT {EMP} AS employee, MIN(o.order_date) AS first_order_date FROM employees e "
    "JOIN orders o ON o.employee_id = e.employee_id WHERE e.title = 'Sales Representative' "
    "GROUP BY e.employee_id ORDER BY first_order_date, employee")
add("time", "How long has each regional manager been with us, in days (as of our latest data)?",
    f"SELECT {EMP} AS employee, julianday({MAXD}) - julianday(e.hire_date) AS days_employed "
    "FROM employees e WHERE e.title = 'Regional Sales Manager' ORDER BY days_employed DESC")

# ---------------------------------------------------------------- tricky (20)
add("tricky", "How many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c "
    "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "How many products are priced above the average product price?",
    "SELECT COUNT(*) AS products FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)")
add("tricky", "How many customers bought both Electronics and Furniture?",
    "SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM orders o "
    "JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id "
    "HAVING COUNT(DISTINCT cat.name) = 2)")
add("tricky", "customers who ordered in 2023 but not in 2024 - how many?",
    "SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o "
    "WHERE o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' "
    "AND o.customer_id NOT IN (SELECT customer_id FROM orders "
    "WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01')")
add("tricky", "Which employees earn more than the average salary for their job title?",
    f"SELECT {EMP} AS employee, e.title, e.salary FROM employees e "
    "WHERE e.salary > (SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title) "
    "ORDER BY e.title, e.salary DESC")
add("tricky", "Which products had no orders at all in 2024?",
    "SELECT p.name AS product FROM products p WHERE p.product_id NOT IN ("
    "SELECT oi.product_id FROM order_items oi JOIN orders o ON o.order_id = oi.order_id "
    "WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01') ORDER BY p.name")
add("tricky", "How many customers spent more than the average customer?",
    f"WITH s AS (SELECT o.customer_id, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY o.customer_id) "
    "SELECT COUNT(*) AS customers FROM s WHERE revenue > (SELECT AVG(revenue) FROM s)")
add("tricky", "Which categories have above-average revenue?",
    f"WITH s AS (SELECT cat.name AS category, SUM({REV}) AS revenue {SALES} "
    "JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id) "
    "SELECT category, revenue FROM s WHERE revenue > (SELECT AVG(revenue) FROM s) ORDER BY revenue DESC")
add("tricky", "How many orders are neither delivered nor cancelled?",
    "SELECT COUNT(*) AS orders FROM orders WHERE status NOT IN ('delivered', 'cancelled')")
add("tricky", "Which employees have never handled an order?",
    f"SELECT {EMP} AS employee, e.title FROM employees e "
    "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)")
add("tricky", "How many customers have only ever ordered online?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(CASE WHEN channel <> 'online' THEN 1 ELSE 0 END) = 0)")
add("tricky", "Which countries have more customers than the average country?",
    "WITH s AS (SELECT country, COUNT(*) AS customers FROM customers GROUP BY country) "
    "SELECT country, customers FROM s WHERE customers > (SELECT AVG(customers) FROM s) "
    "ORDER BY customers DESC")
add("tricky", "How many products are priced above their own category's average price?",
    "SELECT COUNT(*) AS products FROM products p WHERE p.unit_price > "
    "(SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
add("tricky", "Who handled the most orders in October 2024? If reps are tied, show all of them",
    "WITH s AS (SELECT employee_id, COUNT(*) AS orders FROM orders "
    "WHERE employee_id IS NOT NULL AND order_date >= '2024-10-01' AND order_date < '2024-11-01' "
    "GROUP BY employee_id) "
    f"SELECT {EMP} AS employee, s.orders FROM s JOIN employees e ON e.employee_id = s.employee_id "
    "WHERE s.orders = (SELECT MAX(orders) FROM s) ORDER BY e.last_name, e.first_name")
add("tricky", "How many customers ordered in every year from 2021 through 2024?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders "
    "WHERE order_date >= '2021-01-01' AND order_date < '2025-01-01' GROUP BY customer_id "
    "HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)")
add("tricky", "How many customers have ordered but never returned anything?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) = 0)")
add("tricky", "Which salespeople sold more in 2024 than in 2023?",
    f"WITH s AS (SELECT o.employee_id, "
    f"SUM(CASE WHEN {YEAR} = '2023' THEN {REV} ELSE 0 END) AS revenue_2023, "
    f"SUM(CASE WHEN {YEAR} = '2024' THEN {REV} ELSE 0 END) AS revenue_2024 {SALES} "
    f"WHERE {NC} AND o.employee_id IS NOT NULL GROUP BY o.employee_id) "
    f"SELECT {EMP} AS employee, s.revenue_2023, s.revenue_2024 FROM s "
    "JOIN employees e ON e.employee_id = s.employee_id WHERE s.revenue_2024 > s.revenue_2023 "
    "ORDER BY s.revenue_2024 - s.revenue_2023 DESC")
add("tricky", "how many customers who aren't loyalty members spent over $10,000",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.loyalty_member = 0 "
    f"GROUP BY o.customer_id HAVING SUM({REV}) > 10000)")
add("tricky", "In which months of 2024 was revenue below the 2024 monthly average?",
    f"WITH m AS (SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES} "
    f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month) "
    "SELECT month, revenue FROM m WHERE revenue < (SELECT AVG(revenue) FROM m) ORDER BY month")
add("tricky", "How many customers have had an order cancelled but never had one delivered?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) > 0 "
    "AND SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) = 0)")

MIN_COUNTS = {"time": 45, "measures": 35, "tricky": 20, "filters": 20, "topn": 15,
              "breakdowns": 15, "simple": 10}
LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.I)


def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors = []
    seen = set()
    for i, (kind, question, sql, tie_col) in enumerate(Q):
        if question in seen:
            errors.append(f"[{i}] duplicate question: {question}")
        seen.add(question)
        if kind not in MIN_COUNTS:
            errors.append(f"[{i}] unknown kind {kind}")
        if re.search(r"\bROUND\s*\(", sql, re.I):
            errors.append(f"[{i}] uses ROUND")
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as exc:
            errors.append(f"[{i}] {question}: SQL error {exc}")
            continue
        if not rows:
            errors.append(f"[{i}] {question}: no rows")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"[{i}] {question}: all NULL")
            continue
        if any(all(v is None for v in r) for r in rows):
            errors.append(f"[{i}] {question}: a row is all NULL")
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            if len(full) > n and full[n - 1][tie_col] == full[n][tie_col]:
                errors.append(f"[{i}] {question}: tie at the LIMIT {n} cut-off "
                              f"({full[n - 1][tie_col]!r})")
    counts = Counter(k for k, _, _, _ in Q)
    for kind, need in MIN_COUNTS.items():
        if counts[kind] < need:
            errors.append(f"kind {kind}: {counts[kind]} < {need}")
    if len(Q) != 160:
        errors.append(f"total {len(Q)} != 160")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s); counts {dict(counts)}")
        return 1
    data = [{"question": q, "db_id": "demo", "query": s} for _, q, s, _ in Q]
    kinds = {str(i): k for i, (k, _, _, _) in enumerate(Q)}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    with open(OUT_KINDS, "w") as f:
        json.dump(kinds, f, indent=2)
        f.write("\n")
    print(f"OK: {len(Q)} questions; counts {dict(counts)}")
    print(OUT)
    print(OUT_KINDS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
