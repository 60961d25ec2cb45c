#!/usr/bin/env python3
"""Held-out evaluation set v24 for the genbi demo sales database (demo.sqlite).

Written blind: only the product README and the database itself were read.

CONVENTIONS (what a sales manager means; checked against the README's figures)
-------------------------------------------------------------------------------
* Revenue = SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(discount, 0)))
  over orders whose status is NOT 'cancelled' (delivered, shipped, pending and returned all
  count).  This reproduces the README exactly: revenue 2021 = $1,212,415.64,
  2024 = $2,138,329.99, top customer Jan Russo = $24,472.30.
  The line's own unit_price is used (the price actually charged), never products.unit_price.
* Units = SUM(quantity) over non-cancelled orders.
* Cost = quantity * products.unit_cost; profit (gross margin $) = revenue - cost;
  margin % = 100.0 * profit / revenue.  Non-cancelled orders only.
* Order value = revenue of one order.  AOV = revenue / COUNT(DISTINCT non-cancelled orders).
* Order COUNTS ("how many orders") count every order placed, any status, unless the question
  names a status or talks about money/units of those orders (then non-cancelled as above).
  Status rates (% returned, % cancelled ...) = 100.0 * orders with that status / all orders.
* Shipping cost = SUM(orders.shipping_cost) as stored (NULL on cancelled orders).
* Dates: the data runs 2021-01-01 .. 2024-12-31 (last order date).  "This year" = 2024,
  "last year" = 2023, "YTD" = all of 2024, "this month" = December 2024.
  "Last N months" = the N calendar months ending with December 2024 (last 3 months =
  2024-10-01..2024-12-31).  "Last N weeks" = the N*7 days ending 2024-12-31
  (last 4 weeks = 2024-12-04..2024-12-31).  Date ranges are inclusive.
* Labels: year 'YYYY'; month 'YYYY-MM'; quarter 'YYYY-Qn'; week = the Monday it starts on
  ('YYYY-MM-DD'); weekday and month-of-year as English names ('Monday', 'January'),
  ordered in calendar order.
* Growth % = 100.0 * (current - previous) / previous.  Days between dates use julianday().
* New customers / cohorts: by customers.signup_date year unless the question says
  "first order", then by the year of the customer's first order.
* People are shown as first_name || ' ' || last_name ("customer", "employee").  Customers
  are grouped by customer_id (names repeat: 2,500 customers, 1,285 distinct names).
  Sales reps = employees (orders.employee_id); online orders often have no employee.
* Ties: top-N cut-offs are chosen so that there is no tie at the cut-off (the script checks);
  "the most/least ..." questions that do tie return every tied row (= MAX(...)).
* Columns: the label(s) asked for plus the measure asked for; lists of entities show
  the name (plus the value the filter is on).  No ROUND in gold SQL; ratios use 100.0*/1.0*.
"""
import json
import re
import sqlite3
import sys

DB = "/tmp/blind30/demo/demo.sqlite"
OUT = "/tmp/blind30/demo_v24.json"
OUT_KINDS = "/tmp/blind30/demo_v24_kinds.json"

REV = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
COST = "oi.quantity * p.unit_cost"
J = "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
JP = J + " JOIN products p ON p.product_id = oi.product_id"
NC = "o.status <> 'cancelled'"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"


def QL(d):
    return f"strftime('%Y', {d}) || '-Q' || ((CAST(strftime('%m', {d}) AS INTEGER) + 2) / 3)"


def WD(d):
    return (f"CASE strftime('%w', {d}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
            f"WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
            f"WHEN '5' THEN 'Friday' ELSE 'Saturday' END")


def WDN(d):  # Monday=1 .. Sunday=7 for ordering
    return f"((CAST(strftime('%w', {d}) AS INTEGER) + 6) % 7)"


def MN(d):
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    whens = " ".join(f"WHEN '{i + 1:02d}' THEN '{n}'" for i, n in enumerate(names))
    return f"CASE strftime('%m', {d}) {whens} END"


def WK(d):
    return f"date({d}, 'weekday 0', '-6 days')"


Y = lambda d: f"strftime('%Y', {d})"
M = lambda d: f"strftime('%Y-%m', {d})"

ITEMS = []


def add(kind, question, query):
    ITEMS.append({"kind": kind, "question": question, "query": " ".join(query.split())})


# ----------------------------------------------------------------------------- simple (12)
S = "simple"
add(S, "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers")
add(S, "How many orders were cancelled?",
    "SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'")
add(S, "list all our regions", "SELECT name AS region FROM regions ORDER BY name")
add(S, "how many products in the catalog", "SELECT COUNT(*) AS products FROM products")
add(S, "How many employees are Sales Representatives?",
    "SELECT COUNT(*) AS employees FROM employees WHERE title = 'Sales Representative'")
add(S, "total salary bill for all staff?", "SELECT SUM(salary) AS total_salary FROM employees")
add(S, "how many loyalty members do we have", 
    "SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1")
add(S, "Which products are discontinued?",
    "SELECT name AS product FROM products WHERE discontinued = 1 ORDER BY name")
add(S, "avg list price of our products", "SELECT AVG(unit_price) AS avg_unit_price FROM products")
add(S, "Number of orders that came in by phone",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'phone'")
add(S, "who's the VP of Sales?",
    "SELECT first_name || ' ' || last_name AS employee FROM employees WHERE title = 'VP of Sales'")
add(S, "What product categories do we have",
    "SELECT name AS category FROM categories ORDER BY name")

# ----------------------------------------------------------------------------- filters (15)
F = "filters"
add(F, "Products priced over $500",
    "SELECT name AS product, unit_price FROM products WHERE unit_price > 500 ORDER BY unit_price DESC")
add(F, "list products between $100 and $200",
    "SELECT name AS product, unit_price FROM products WHERE unit_price BETWEEN 100 AND 200 "
    "ORDER BY unit_price DESC")
add(F, "How many orders were worth more than $2,000?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J} WHERE {NC} "
    f"GROUP BY o.order_id HAVING SUM({REV}) > 2000)")
add(F, "customers who've spent more than 10k with us in total",
    f"SELECT {CUST} AS customer, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.customer_id HAVING SUM({REV}) > 10000 ORDER BY revenue DESC")
add(F, "Employees earning over $100,000",
    f"SELECT {EMP} AS employee, e.title, e.salary FROM employees e WHERE e.salary > 100000 "
    f"ORDER BY e.salary DESC")
add(F, "how many orders had shipping above $10",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10")
add(F, "Show Corporate customers from Germany",
    f"SELECT {CUST} AS customer, c.company, c.city FROM customers c "
    f"WHERE c.country = 'Germany' AND c.segment = 'Corporate' ORDER BY customer")
add(F, "kitchen products under $30",
    "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Kitchen' AND p.unit_price < 30 ORDER BY p.unit_price")
add(F, "number of 2023 orders from Canada with an order value between $1,000 and $2,000",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.country = 'Canada' AND {Y('o.order_date')} = '2023' "
    f"GROUP BY o.order_id HAVING SUM({REV}) BETWEEN 1000 AND 2000)")
add(F, "Which employees were hired between 2020 and 2022?",
    f"SELECT {EMP} AS employee, e.hire_date FROM employees e "
    f"WHERE e.hire_date BETWEEN '2020-01-01' AND '2022-12-31' ORDER BY e.hire_date")
add(F, "small business customers in Japan",
    f"SELECT {CUST} AS customer, c.company, c.city FROM customers c "
    f"WHERE c.country = 'Japan' AND c.segment = 'Small Business' ORDER BY customer")
add(F, "products that cost us less than $10 a unit",
    "SELECT name AS product, unit_cost FROM products WHERE unit_cost < 10 ORDER BY unit_cost")
add(F, "How many order lines got a discount of 20% or more?",
    "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2")
add(F, "returned in-store orders over $1k - how many?",
    f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J} WHERE o.status = 'returned' "
    f"AND o.channel = 'store' GROUP BY o.order_id HAVING SUM({REV}) > 1000)")
add(F, "US customers who signed up in 2024 and are in the loyalty program - count",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'United States' "
    "AND signup_date BETWEEN '2024-01-01' AND '2024-12-31' AND loyalty_member = 1")

# ----------------------------------------------------------------------------- topn (15)
T = "topn"
add(T, "Top 5 customers by revenue",
    f"SELECT {CUST} AS customer, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add(T, "top 10 products by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units {JP} WHERE {NC} "
    f"GROUP BY p.product_id ORDER BY units DESC LIMIT 10")
add(T, "Top 3 categories by revenue in 2024",
    f"SELECT cat.name AS category, SUM({REV}) AS revenue {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND {Y('o.order_date')} = '2024' GROUP BY cat.category_id ORDER BY revenue DESC LIMIT 3")
add(T, "best 5 sales reps by revenue",
    f"SELECT {EMP} AS employee, SUM({REV}) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5")
add(T, "top 3 countries by number of customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3")
add(T, "5 most profitable products",
    f"SELECT p.name AS product, SUM({REV} - {COST}) AS profit {JP} WHERE {NC} "
    f"GROUP BY p.product_id ORDER BY profit DESC LIMIT 5")
add(T, "Top ten cities by revenue",
    f"SELECT c.city, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.city ORDER BY revenue DESC LIMIT 10")
add(T, "bottom 5 products by revenue",
    f"SELECT p.name AS product, SUM({REV}) AS revenue {JP} WHERE {NC} "
    f"GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add(T, "Top 3 regions by average order value",
    f"SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {J} "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id ORDER BY avg_order_value DESC LIMIT 3")
add(T, "top 5 employees by # of orders handled in 2024",
    f"SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {Y('o.order_date')} = '2024' GROUP BY e.employee_id ORDER BY orders DESC LIMIT 5")
add(T, "Which 5 products have the highest return rate (% of their orders returned)?",
    f"SELECT p.name AS product, 100.0 * COUNT(DISTINCT CASE WHEN o.status = 'returned' THEN o.order_id END) "
    f"/ COUNT(DISTINCT o.order_id) AS return_rate_pct {JP} GROUP BY p.product_id "
    f"ORDER BY return_rate_pct DESC LIMIT 5")
add(T, "3 biggest orders ever by value",
    f"SELECT o.order_id, {CUST} AS customer, o.order_date, SUM({REV}) AS order_value {J} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY o.order_id "
    f"ORDER BY order_value DESC LIMIT 3")
add(T, "top 5 electronics products by revenue",
    f"SELECT p.name AS product, SUM({REV}) AS revenue {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Electronics' GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5")
add(T, "Our 5 best months ever for revenue",
    f"SELECT {M('o.order_date')} AS month, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"GROUP BY month ORDER BY revenue DESC LIMIT 5")
add(T, "top 3 countries by profit margin %",
    f"SELECT c.country, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {JP} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.country "
    f"ORDER BY margin_pct DESC LIMIT 3")

# ----------------------------------------------------------------------------- breakdowns (13)
B = "breakdowns"
add(B, "Number of customers by country",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC")
add(B, "revenue by region",
    f"SELECT r.name AS region, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id ORDER BY revenue DESC")
add(B, "Revenue by category",
    f"SELECT cat.name AS category, SUM({REV}) AS revenue {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.category_id ORDER BY revenue DESC")
add(B, "orders by status", "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add(B, "How many orders per channel?",
    "SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC")
add(B, "revenue split by customer segment",
    f"SELECT c.segment, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.segment ORDER BY revenue DESC")
add(B, "AOV by channel",
    f"SELECT o.channel, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {J} WHERE {NC} "
    f"GROUP BY o.channel ORDER BY avg_order_value DESC")
add(B, "units sold per category in 2023",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND {Y('o.order_date')} = '2023' GROUP BY cat.category_id ORDER BY units DESC")
add(B, "customers by segment and loyalty membership",
    "SELECT segment, CASE WHEN loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, "
    "COUNT(*) AS customers FROM customers GROUP BY segment, loyalty ORDER BY segment, loyalty")
add(B, "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC")
add(B, "Revenue by region and channel",
    f"SELECT r.name AS region, o.channel, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id, o.channel "
    f"ORDER BY region, o.channel")
add(B, "average salary by region",
    "SELECT r.name AS region, AVG(e.salary) AS avg_salary FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "GROUP BY r.region_id ORDER BY avg_salary DESC")
add(B, "number of products and avg price per category",
    "SELECT cat.name AS category, COUNT(*) AS products, AVG(p.unit_price) AS avg_unit_price FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id ORDER BY category")

# ----------------------------------------------------------------------------- measures (35)
ME = "measures"
add(ME, "What's our total revenue?", f"SELECT SUM({REV}) AS revenue {J} WHERE {NC}")
add(ME, "total revenue in 2023",
    f"SELECT SUM({REV}) AS revenue {J} WHERE {NC} AND {Y('o.order_date')} = '2023'")
add(ME, "overall gross margin %",
    f"SELECT 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {JP} WHERE {NC}")
add(ME, "How much profit did we make in 2024?",
    f"SELECT SUM({REV} - {COST}) AS profit {JP} WHERE {NC} AND {Y('o.order_date')} = '2024'")
add(ME, "Average order value in 2024",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {J} WHERE {NC} "
    f"AND {Y('o.order_date')} = '2024'")
add(ME, "What share of revenue comes from Electronics?",
    f"SELECT 100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN {REV} ELSE 0 END) / SUM({REV}) AS electronics_share_pct "
    f"{JP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC}")
add(ME, "% of orders returned",
    "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct FROM orders")
add(ME, "cancellation rate by channel",
    "SELECT channel, 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancelled_pct "
    "FROM orders GROUP BY channel ORDER BY cancelled_pct DESC")
add(ME, "units sold in 2022?",
    f"SELECT SUM(oi.quantity) AS units {J} WHERE {NC} AND {Y('o.order_date')} = '2022'")
add(ME, "Revenue from loyalty members vs non-members",
    f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, SUM({REV}) AS revenue "
    f"{J} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY loyalty ORDER BY revenue DESC")
add(ME, "what % of 2024 revenue came from online?",
    f"SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN {REV} ELSE 0 END) / SUM({REV}) AS online_share_pct "
    f"{J} WHERE {NC} AND {Y('o.order_date')} = '2024'")
add(ME, "How much did we give away in discounts in 2024?",
    f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount {J} "
    f"WHERE {NC} AND {Y('o.order_date')} = '2024'")
add(ME, "average discount on the lines that had a discount",
    "SELECT 100.0 * AVG(discount) AS avg_discount_pct FROM order_items WHERE discount IS NOT NULL AND discount > 0")
add(ME, "profit margin by category",
    f"SELECT cat.name AS category, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id "
    f"ORDER BY margin_pct DESC")
add(ME, "Average revenue per active customer in 2024",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {J} WHERE {NC} "
    f"AND {Y('o.order_date')} = '2024'")
add(ME, "avg number of units per order",
    f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order {J} WHERE {NC}")
add(ME, "total shipping cost of orders in 2023",
    f"SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE {Y('order_date')} = '2023'")
add(ME, "How much revenue did the Europe sales team bring in?",
    f"SELECT SUM({REV}) AS revenue {J} JOIN employees e ON e.employee_id = o.employee_id "
    f"JOIN regions r ON r.region_id = e.region_id WHERE {NC} AND r.name = 'Europe'")
add(ME, "each region's share of total revenue",
    f"SELECT r.name AS region, 100.0 * SUM({REV}) / (SELECT SUM({REV}) {J} WHERE {NC}) AS share_pct "
    f"{J} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.region_id ORDER BY share_pct DESC")
add(ME, "Average revenue per sales rep in 2024",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.employee_id) AS revenue_per_employee {J} "
    f"WHERE {NC} AND o.employee_id IS NOT NULL AND {Y('o.order_date')} = '2024'")
add(ME, "how much revenue was on orders that got returned in 2024",
    f"SELECT SUM({REV}) AS returned_revenue {J} WHERE o.status = 'returned' AND {Y('o.order_date')} = '2024'")
add(ME, "gross profit on Furniture in 2023",
    f"SELECT SUM({REV} - {COST}) AS profit {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND cat.name = 'Furniture' AND {Y('o.order_date')} = '2023'")
add(ME, "Corporate segment's share of total revenue?",
    f"SELECT 100.0 * SUM(CASE WHEN c.segment = 'Corporate' THEN {REV} ELSE 0 END) / SUM({REV}) AS corporate_share_pct "
    f"{J} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}")
add(ME, "revenue from discontinued products",
    f"SELECT SUM({REV}) AS revenue {JP} WHERE {NC} AND p.discontinued = 1")
add(ME, "avg selling price per unit in Electronics",
    f"SELECT SUM({REV}) / SUM(oi.quantity) AS avg_price_per_unit {JP} "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics'")
add(ME, "repeat customer rate - % of buying customers with more than one order",
    f"SELECT 100.0 * SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END) / COUNT(*) AS repeat_pct "
    f"FROM (SELECT o.customer_id, COUNT(*) AS n FROM orders o WHERE {NC} GROUP BY o.customer_id)")
add(ME, "What percent of orders had at least one discounted item?",
    "SELECT 100.0 * COUNT(DISTINCT CASE WHEN oi.discount > 0 THEN o.order_id END) / COUNT(DISTINCT o.order_id) "
    "AS discounted_orders_pct FROM orders o JOIN order_items oi ON oi.order_id = o.order_id")
add(ME, "average order value phone vs store",
    f"SELECT o.channel, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {J} WHERE {NC} "
    f"AND o.channel IN ('phone', 'store') GROUP BY o.channel ORDER BY o.channel")
add(ME, "total revenue from customers in the United States",
    f"SELECT SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.country = 'United States'")
add(ME, "what % of orders are still pending",
    "SELECT 100.0 * SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) / COUNT(*) AS pending_pct FROM orders")
add(ME, "profit in $ per region for 2024",
    f"SELECT r.name AS region, SUM({REV} - {COST}) AS profit {JP} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND {Y('o.order_date')} = '2024' "
    f"GROUP BY r.region_id ORDER BY profit DESC")
add(ME, "average lifetime revenue per customer (customers who bought)",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {J} WHERE {NC}")
add(ME, "How much did Jan Russo from Valencia spend with us?",
    f"SELECT SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.first_name = 'Jan' AND c.last_name = 'Russo' AND c.city = 'Valencia'")
add(ME, "margin % on online sales vs the other channels",
    f"SELECT o.channel, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {JP} WHERE {NC} "
    f"GROUP BY o.channel ORDER BY margin_pct DESC")
add(ME, "what share of our units are sold to Small Business customers",
    f"SELECT 100.0 * SUM(CASE WHEN c.segment = 'Small Business' THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) "
    f"AS small_business_units_pct {J} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}")

# ----------------------------------------------------------------------------- time (45)
TI = "time"
# quarters
add(TI, "Revenue by quarter in 2024",
    f"SELECT {QL('o.order_date')} AS quarter, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"AND {Y('o.order_date')} = '2024' GROUP BY quarter ORDER BY quarter")
add(TI, "which quarter of 2023 had the most orders?",
    f"SELECT {QL('order_date')} AS quarter, COUNT(*) AS orders FROM orders WHERE {Y('order_date')} = '2023' "
    f"GROUP BY quarter ORDER BY orders DESC LIMIT 1")
add(TI, "Q3 2022 revenue",
    f"SELECT SUM({REV}) AS revenue {J} WHERE {NC} AND o.order_date BETWEEN '2022-07-01' AND '2022-09-30'")
add(TI, "quarterly revenue for all years",
    f"SELECT {QL('o.order_date')} AS quarter, SUM({REV}) AS revenue {J} WHERE {NC} GROUP BY quarter ORDER BY quarter")
add(TI, "Q4 2024 vs Q4 2023 revenue",
    f"SELECT {QL('o.order_date')} AS quarter, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"AND (o.order_date BETWEEN '2023-10-01' AND '2023-12-31' OR o.order_date BETWEEN '2024-10-01' AND '2024-12-31') "
    f"GROUP BY quarter ORDER BY quarter")
# named months
add(TI, "revenue in March 2024",
    f"SELECT SUM({REV}) AS revenue {J} WHERE {NC} AND {M('o.order_date')} = '2024-03'")
add(TI, "how many orders in dec 2023",
    f"SELECT COUNT(*) AS orders FROM orders WHERE {M('order_date')} = '2023-12'")
add(TI, "units sold in July 2022?",
    f"SELECT SUM(oi.quantity) AS units {J} WHERE {NC} AND {M('o.order_date')} = '2022-07'")
# weekdays
add(TI, "Orders by day of week",
    f"SELECT {WD('order_date')} AS weekday, COUNT(*) AS orders FROM orders "
    f"GROUP BY weekday ORDER BY MIN({WDN('order_date')})")
add(TI, "Which weekday brings in the most revenue?",
    f"SELECT {WD('o.order_date')} AS weekday, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"GROUP BY weekday ORDER BY revenue DESC LIMIT 1")
add(TI, "weekend vs weekday revenue in 2024",
    f"SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS day_type, "
    f"SUM({REV}) AS revenue {J} WHERE {NC} AND {Y('o.order_date')} = '2024' GROUP BY day_type ORDER BY day_type")
add(TI, "how many orders do we get on mondays on average",
    "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT order_date) AS avg_orders_per_monday FROM orders "
    "WHERE strftime('%w', order_date) = '1'")
# last N months / weeks
add(TI, "Revenue in the last 3 months",
    f"SELECT SUM({REV}) AS revenue {J} WHERE {NC} AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31'")
add(TI, "monthly revenue over the last 6 months",
    f"SELECT {M('o.order_date')} AS month, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"AND o.order_date BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add(TI, "orders in the last 4 weeks",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2024-12-04' AND '2024-12-31'")
add(TI, "new customer signups in the past 12 months",
    "SELECT COUNT(*) AS new_customers FROM customers WHERE signup_date BETWEEN '2024-01-01' AND '2024-12-31'")
add(TI, "weekly order count in Q4 2024",
    f"SELECT {WK('order_date')} AS week, COUNT(*) AS orders FROM orders "
    f"WHERE order_date BETWEEN '2024-10-01' AND '2024-12-31' GROUP BY week ORDER BY week")
add(TI, "units sold last 2 weeks by category",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-12-18' AND '2024-12-31' GROUP BY cat.category_id ORDER BY units DESC")
# growth
add(TI, "YoY revenue growth",
    f"WITH y AS (SELECT {Y('o.order_date')} AS year, SUM({REV}) AS revenue {J} WHERE {NC} GROUP BY year) "
    f"SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) "
    f"AS growth_pct FROM y ORDER BY year")
add(TI, "month over month revenue growth in 2024",
    f"WITH m AS (SELECT {M('o.order_date')} AS month, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"AND o.order_date BETWEEN '2023-12-01' AND '2024-12-31' GROUP BY month), "
    f"g AS (SELECT month, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) / LAG(revenue) OVER (ORDER BY month) "
    f"AS growth_pct FROM m) SELECT month, revenue, growth_pct FROM g WHERE month >= '2024-01' ORDER BY month")
add(TI, "by how much % did revenue grow in 2024 vs 2023",
    f"SELECT 100.0 * (SUM(CASE WHEN {Y('o.order_date')} = '2024' THEN {REV} ELSE 0 END) "
    f"- SUM(CASE WHEN {Y('o.order_date')} = '2023' THEN {REV} ELSE 0 END)) "
    f"/ SUM(CASE WHEN {Y('o.order_date')} = '2023' THEN {REV} ELSE 0 END) AS growth_pct {J} WHERE {NC}")
add(TI, "yoy growth in units for each category, 2024 vs 2023",
    f"SELECT cat.name AS category, SUM(CASE WHEN {Y('o.order_date')} = '2023' THEN oi.quantity ELSE 0 END) AS units_2023, "
    f"SUM(CASE WHEN {Y('o.order_date')} = '2024' THEN oi.quantity ELSE 0 END) AS units_2024, "
    f"100.0 * (SUM(CASE WHEN {Y('o.order_date')} = '2024' THEN oi.quantity ELSE 0 END) "
    f"- SUM(CASE WHEN {Y('o.order_date')} = '2023' THEN oi.quantity ELSE 0 END)) "
    f"/ SUM(CASE WHEN {Y('o.order_date')} = '2023' THEN oi.quantity ELSE 0 END) AS growth_pct "
    f"{JP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    f"GROUP BY cat.category_id ORDER BY growth_pct DESC")
add(TI, "Which month in 2024 had the biggest MoM jump in revenue?",
    f"WITH m AS (SELECT {M('o.order_date')} AS month, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"AND o.order_date BETWEEN '2023-12-01' AND '2024-12-31' GROUP BY month), "
    f"g AS (SELECT month, revenue - LAG(revenue) OVER (ORDER BY month) AS change FROM m) "
    f"SELECT month, change FROM g WHERE month >= '2024-01' ORDER BY change DESC LIMIT 1")
add(TI, "orders growth yoy by channel 2024 vs 2023",
    f"SELECT channel, SUM(CASE WHEN {Y('order_date')} = '2023' THEN 1 ELSE 0 END) AS orders_2023, "
    f"SUM(CASE WHEN {Y('order_date')} = '2024' THEN 1 ELSE 0 END) AS orders_2024, "
    f"100.0 * (SUM(CASE WHEN {Y('order_date')} = '2024' THEN 1 ELSE 0 END) - SUM(CASE WHEN {Y('order_date')} = '2023' THEN 1 ELSE 0 END)) "
    f"/ SUM(CASE WHEN {Y('order_date')} = '2023' THEN 1 ELSE 0 END) AS growth_pct FROM orders GROUP BY channel "
    f"ORDER BY growth_pct DESC")
# days between dates
add(TI, "average days from order to ship",
    "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL")
add(TI, "avg shipping days by channel",
    "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders "
    "WHERE ship_date IS NOT NULL GROUP BY channel ORDER BY avg_days_to_ship DESC")
add(TI, "How many orders took more than 3 days to ship?",
    "SELECT COUNT(*) AS orders FROM orders WHERE julianday(ship_date) - julianday(order_date) > 3")
add(TI, "average days between a customer signing up and their first order",
    "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days FROM customers c "
    "JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f "
    "ON f.customer_id = c.customer_id")
# cohorts
add(TI, "new customers per year",
    f"SELECT {Y('signup_date')} AS year, COUNT(*) AS new_customers FROM customers GROUP BY year ORDER BY year")
add(TI, "number of customers by year of their first order",
    f"SELECT {Y('first_order')} AS year, COUNT(*) AS customers FROM (SELECT customer_id, MIN(order_date) AS first_order "
    f"FROM orders GROUP BY customer_id) GROUP BY year ORDER BY year")
add(TI, "2024 revenue by customer signup cohort (year)",
    f"SELECT {Y('c.signup_date')} AS signup_year, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND {Y('o.order_date')} = '2024' GROUP BY signup_year ORDER BY signup_year")
add(TI, "how many customers who signed up in 2023 placed an order in 2024",
    "SELECT COUNT(DISTINCT c.customer_id) AS customers FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
    "WHERE c.signup_date BETWEEN '2023-01-01' AND '2023-12-31' AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
# running totals
add(TI, "running total of revenue by month in 2024",
    f"SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS running_revenue FROM "
    f"(SELECT {M('o.order_date')} AS month, SUM({REV}) AS revenue {J} WHERE {NC} AND {Y('o.order_date')} = '2024' "
    f"GROUP BY month) ORDER BY month")
add(TI, "cumulative customer count by signup year",
    f"SELECT year, new_customers, SUM(new_customers) OVER (ORDER BY year) AS cumulative_customers FROM "
    f"(SELECT {Y('signup_date')} AS year, COUNT(*) AS new_customers FROM customers GROUP BY year) ORDER BY year")
add(TI, "cumulative orders by quarter for 2023",
    f"SELECT quarter, orders, SUM(orders) OVER (ORDER BY quarter) AS cumulative_orders FROM "
    f"(SELECT {QL('order_date')} AS quarter, COUNT(*) AS orders FROM orders WHERE {Y('order_date')} = '2023' "
    f"GROUP BY quarter) ORDER BY quarter")
# month of year
add(TI, "revenue by month of year, all years combined",
    f"SELECT {MN('o.order_date')} AS month, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"GROUP BY strftime('%m', o.order_date) ORDER BY strftime('%m', o.order_date)")
add(TI, "which calendar month is usually our busiest for orders?",
    f"SELECT {MN('order_date')} AS month, COUNT(*) AS orders FROM orders GROUP BY strftime('%m', order_date) "
    f"ORDER BY orders DESC LIMIT 1")
# specific ranges
add(TI, "revenue from 15 Nov 2024 to 31 Dec 2024",
    f"SELECT SUM({REV}) AS revenue {J} WHERE {NC} AND o.order_date BETWEEN '2024-11-15' AND '2024-12-31'")
add(TI, "How many orders between June 1 and Aug 15 2023?",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2023-06-01' AND '2023-08-15'")
add(TI, "sales on black friday 2024 (nov 29)",
    f"SELECT SUM({REV}) AS revenue {J} WHERE {NC} AND o.order_date = '2024-11-29'")
# this year vs last year
add(TI, "this year vs last year revenue",
    f"SELECT {Y('o.order_date')} AS year, SUM({REV}) AS revenue {J} WHERE {NC} "
    f"AND {Y('o.order_date')} IN ('2023', '2024') GROUP BY year ORDER BY year")
add(TI, "orders this yr vs last yr by region",
    f"SELECT r.name AS region, SUM(CASE WHEN {Y('o.order_date')} = '2023' THEN 1 ELSE 0 END) AS orders_last_year, "
    f"SUM(CASE WHEN {Y('o.order_date')} = '2024' THEN 1 ELSE 0 END) AS orders_this_year FROM orders o "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"GROUP BY r.region_id ORDER BY region")
add(TI, "Revenue by year", f"SELECT {Y('o.order_date')} AS year, SUM({REV}) AS revenue {J} WHERE {NC} GROUP BY year ORDER BY year")
add(TI, "H1 vs H2 revenue in 2024",
    f"SELECT CASE WHEN o.order_date < '2024-07-01' THEN 'H1' ELSE 'H2' END AS half, SUM({REV}) AS revenue {J} "
    f"WHERE {NC} AND {Y('o.order_date')} = '2024' GROUP BY half ORDER BY half")
add(TI, "monthly active customers in 2024 (distinct customers ordering each month)",
    f"SELECT {M('order_date')} AS month, COUNT(DISTINCT customer_id) AS active_customers FROM orders "
    f"WHERE {Y('order_date')} = '2024' GROUP BY month ORDER BY month")

# ----------------------------------------------------------------------------- tricky (25)
TR = "tricky"
add(TR, "Products priced above the average product price",
    "SELECT name AS product, unit_price FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products) "
    "ORDER BY unit_price DESC")
add(TR, "How many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add(TR, "which products have never been returned",
    "SELECT p.name AS product FROM products p WHERE NOT EXISTS (SELECT 1 FROM order_items oi JOIN orders o "
    "ON o.order_id = oi.order_id WHERE oi.product_id = p.product_id AND o.status = 'returned') ORDER BY p.name")
add(TR, "customers who bought both online and in store - how many?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE status <> 'cancelled' GROUP BY customer_id "
    "HAVING SUM(channel = 'online') > 0 AND SUM(channel = 'store') > 0)")
add(TR, "How many buying customers bought neither Electronics nor Furniture?",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY o.customer_id HAVING SUM(cat.name IN ('Electronics', 'Furniture')) = 0)")
add(TR, "categories with revenue above the average category revenue",
    f"WITH r AS (SELECT cat.name AS category, SUM({REV}) AS revenue {JP} JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.category_id) SELECT category, revenue FROM r "
    f"WHERE revenue > (SELECT AVG(revenue) FROM r) ORDER BY revenue DESC")
add(TR, "Which employees have no orders at all?",
    f"SELECT {EMP} AS employee, e.title FROM employees e WHERE NOT EXISTS "
    f"(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee")
add(TR, "how many orders are not delivered",
    "SELECT COUNT(*) AS orders FROM orders WHERE status <> 'delivered'")
add(TR, "customers with more than 5 orders who aren't loyalty members - count",
    "SELECT COUNT(*) AS customers FROM (SELECT c.customer_id FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
    "WHERE c.loyalty_member = 0 GROUP BY c.customer_id HAVING COUNT(*) > 5)")
add(TR, "products that sold in 2023 but not in 2024",
    f"SELECT p.name AS product FROM products p WHERE EXISTS (SELECT 1 {J} WHERE oi.product_id = p.product_id AND {NC} "
    f"AND {Y('o.order_date')} = '2023') AND NOT EXISTS (SELECT 1 {J} WHERE oi.product_id = p.product_id AND {NC} "
    f"AND {Y('o.order_date')} = '2024') ORDER BY p.name")
add(TR, "most common order status?",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC LIMIT 1")
add(TR, "countries where AOV beats the overall AOV",
    f"SELECT c.country, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {J} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.country "
    f"HAVING SUM({REV}) / COUNT(DISTINCT o.order_id) > (SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) {J} WHERE {NC}) "
    f"ORDER BY avg_order_value DESC")
add(TR, "discontinued products that still sold in 2024",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units {JP} WHERE {NC} AND p.discontinued = 1 "
    f"AND {Y('o.order_date')} = '2024' GROUP BY p.product_id ORDER BY units DESC")
add(TR, "European corporate customers with more than $5k revenue",
    f"SELECT {CUST} AS customer, c.company, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' AND c.segment = 'Corporate' "
    f"GROUP BY c.customer_id HAVING SUM({REV}) > 5000 ORDER BY revenue DESC")
add(TR, "months in 2024 where revenue was below the monthly average for 2024",
    f"WITH m AS (SELECT {M('o.order_date')} AS month, SUM({REV}) AS revenue {J} WHERE {NC} AND {Y('o.order_date')} = '2024' "
    f"GROUP BY month) SELECT month, revenue FROM m WHERE revenue < (SELECT AVG(revenue) FROM m) ORDER BY month")
add(TR, "which product sold the most units in April 2024? show all if there's a tie",
    f"WITH u AS (SELECT p.name AS product, SUM(oi.quantity) AS units {JP} WHERE {NC} AND {M('o.order_date')} = '2024-04' "
    f"GROUP BY p.product_id) SELECT product, units FROM u WHERE units = (SELECT MAX(units) FROM u) ORDER BY product")
add(TR, "who handled the most orders in June 2021 (incl ties)",
    f"WITH n AS (SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {M('o.order_date')} = '2021-06' GROUP BY e.employee_id) SELECT employee, orders FROM n "
    f"WHERE orders = (SELECT MAX(orders) FROM n) ORDER BY employee")
add(TR, "who reports to Robert Williams?",
    f"SELECT {EMP} AS employee, e.title FROM employees e JOIN employees m ON m.employee_id = e.manager_id "
    f"WHERE m.first_name = 'Robert' AND m.last_name = 'Williams' ORDER BY employee")
add(TR, "regions with no Account Executives",
    "SELECT r.name AS region FROM regions r WHERE NOT EXISTS (SELECT 1 FROM employees e WHERE e.region_id = r.region_id "
    "AND e.title = 'Account Executive') ORDER BY r.name")
add(TR, "who's our best customer?",
    f"SELECT {CUST} AS customer, SUM({REV}) AS revenue {J} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 1")
add(TR, "did we sell more units online or in store in 2024?",
    f"SELECT o.channel, SUM(oi.quantity) AS units {J} WHERE {NC} AND o.channel IN ('online', 'store') "
    f"AND {Y('o.order_date')} = '2024' GROUP BY o.channel ORDER BY units DESC")
add(TR, "products with a margin under 20%",
    f"SELECT p.name AS product, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct {JP} WHERE {NC} "
    f"GROUP BY p.product_id HAVING 100.0 * SUM({REV} - {COST}) / SUM({REV}) < 20 ORDER BY margin_pct")
add(TR, "how many customers had their very first order cancelled",
    "SELECT COUNT(*) AS customers FROM orders o WHERE o.status = 'cancelled' AND o.order_id = "
    "(SELECT o2.order_id FROM orders o2 WHERE o2.customer_id = o.customer_id ORDER BY o2.order_date, o2.order_id LIMIT 1)")
add(TR, "How many orders had items from both Electronics and Books?",
    "SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM order_items oi JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id GROUP BY oi.order_id "
    "HAVING SUM(cat.name = 'Electronics') > 0 AND SUM(cat.name = 'Books') > 0)")
add(TR, "customers who ordered every year from 2021 to 2024 - how many",
    f"SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE status <> 'cancelled' "
    f"GROUP BY customer_id HAVING COUNT(DISTINCT {Y('order_date')}) = 4)")

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15, "breakdowns": 13, "simple": 12}

LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.I)


def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors = []
    counts = {}
    for i, it in enumerate(ITEMS):
        counts[it["kind"]] = counts.get(it["kind"], 0) + 1
        q = it["query"]
        try:
            cur = con.execute(q)
            cols = [d[0] for d in cur.description]
            rows = cur.fetchall()
        except Exception as e:  # noqa
            errors.append(f"[{i}] SQL error {e}: {q}")
            continue
        if not rows:
            errors.append(f"[{i}] no rows: {it['question']}")
            continue
        if not any(v is not None for r in rows for v in r):
            errors.append(f"[{i}] all NULL: {it['question']}")
        for ci, c in enumerate(cols):
            if all(r[ci] is None for r in rows):
                errors.append(f"[{i}] column {c} all NULL: {it['question']}")
        if len(rows) == 1 and len(cols) == 1 and rows[0][0] in (0, 0.0):
            errors.append(f"[{i}] answer is zero: {it['question']}")
        if "ROUND(" in q.upper():
            errors.append(f"[{i}] uses ROUND")
        m = LIMIT_RE.search(q)
        if m:
            n = int(m.group(1))
            full = con.execute(q[:m.start()]).fetchall()
            if len(full) > n:
                a, b = full[n - 1][-1], full[n][-1]
                if a == b or (isinstance(a, float) and isinstance(b, float) and abs(a - b) < 1e-6):
                    errors.append(f"[{i}] tie at cut-off {n} ({a}): {it['question']}")
    if counts != EXPECTED:
        errors.append(f"kind counts {counts} != {EXPECTED}")
    qs = [it["question"].lower() for it in ITEMS]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems")
        sys.exit(1)
    with open(OUT, "w") as f:
        json.dump([{"question": it["question"], "db_id": "demo", "query": it["query"]} for it in ITEMS], f, indent=1)
    with open(OUT_KINDS, "w") as f:
        json.dump({str(i): it["kind"] for i, it in enumerate(ITEMS)}, f, indent=1)
    print(f"OK: {len(ITEMS)} questions; {counts}")
    print(f"wrote {OUT} and {OUT_KINDS}")


if __name__ == "__main__":
    main()
