#!/usr/bin/env python3
"""Held-out business question set v6 for the genbi demo sales database (demo.sqlite).

Writes demo_v6.json ([{"question", "db_id": "demo", "query"}]) and demo_v6_kinds.json
({"<index>": kind}) beside this script, but only when every check passes; otherwise it
prints the failures and exits 1.

Conventions followed by every gold query (SQLite):

* Revenue (sales, turnover, spend) = SUM(order_items.quantity * order_items.unit_price *
  (1 - COALESCE(order_items.discount, 0))), cancelled orders excluded (demo.semantic.yaml).
  Units sold = SUM(quantity); average order value = revenue / COUNT(DISTINCT order_id);
  cost of goods = SUM(quantity * products.unit_cost); profit = revenue - cost of goods;
  margin = 100 * profit / revenue. All of these exclude cancelled orders.
  A discount amount = quantity * unit_price * COALESCE(discount, 0); a NULL discount is no
  discount. An order's value is the revenue of its lines. Shipping cost is not revenue.
* Counting orders ("how many orders", "orders placed") counts every order whatever its
  status, unless the question names a status or says the cancelled ones are left out.
  "Customers who ordered / placed an order" means any order of any status; "bought",
  "purchased", "spent", "active" and anything measured in revenue or units uses
  non-cancelled orders only.
* "Now" is the data's last order date, computed in SQL: (SELECT MAX(order_date) FROM orders).
  "This year" is the calendar year of that date, "last year" the one before.
  "Last N months" = the N calendar months ending with (and including) the month of that
  date: order_date >= date(now, 'start of month', '-(N-1) months'). "Last N days" = the N
  days ending on that date: order_date > date(now, '-N days'). Signup and launch dates use
  the same windows.
* Years are returned as integers (column year); a month in a series as 'YYYY-MM' text
  (column month); a month of the year (all years together) as an integer 1-12 (column
  month); quarters as integers 1-4 (column quarter), with an integer year column beside
  them when more than one year is shown; weekdays as English names ('Monday', ...).
  Time series are ordered chronologically (weekdays Sunday first).
* People (customers and employees) are returned as one column "first last"
  (first_name || ' ' || last_name). Customers are grouped by customer_id (names repeat);
  people named in questions have unique names.
* An order's region (and country, city, segment) is its customer's; an employee's region is
  the employee's own region_id (used for "reps based in X" and headcount questions). A rep's
  revenue is the revenue of the orders whose employee_id is that rep. Online orders often
  have no rep. "The average rep" is averaged over employees who handled at least one order.
* Percentages are on a 0-100 scale; nothing is rounded unless the question asks.
  Shares are 100 * part / total of the same measure over the same scope.
* Exactly the asked columns in the asked order; a ranking's measure may sit beside the name.
  Top-N / bottom-N / best-of queries are checked to have no tie at the cut-off.
"""
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "demo.sqlite")

LINE = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
MACROS = {
    "{REV}": "SUM(" + LINE + ")",
    "{LINE}": LINE,
    "{COGS}": "SUM(oi.quantity * p.unit_cost)",
    "{DISC}": "SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0))",
    "{NOW}": "(SELECT MAX(order_date) FROM orders)",
    "{NC}": "o.status <> 'cancelled'",
    "{YEAR}": "CAST(strftime('%Y', o.order_date) AS INTEGER)",
    "{MONTH}": "strftime('%Y-%m', o.order_date)",
    "{MOY}": "CAST(strftime('%m', o.order_date) AS INTEGER)",
    "{QTR}": "((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)",
    "{WD}": ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
             "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
             "WHEN '5' THEN 'Friday' ELSE 'Saturday' END"),
    "{CNAME}": "c.first_name || ' ' || c.last_name",
    "{ENAME}": "e.first_name || ' ' || e.last_name",
    "{OI}": "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id",
    "{OIP}": ("FROM order_items oi JOIN orders o ON o.order_id = oi.order_id "
              "JOIN products p ON p.product_id = oi.product_id"),
}
# {PROFIT} and {MARGIN} are built from the others
MACROS["{PROFIT}"] = "(" + MACROS["{REV}"] + " - " + MACROS["{COGS}"] + ")"
MACROS["{MARGIN}"] = ("100.0 * (" + MACROS["{REV}"] + " - " + MACROS["{COGS}"] + ") / NULLIF("
                      + MACROS["{REV}"] + ", 0)")


def expand(sql):
    # longer/composite macros first
    for k in ("{PROFIT}", "{MARGIN}"):
        sql = sql.replace(k, MACROS[k])
    for k, v in MACROS.items():
        sql = sql.replace(k, v)
    sql = re.sub(r"\s+", " ", sql).strip()
    return sql


ITEMS = []


def Q(kind, question, sql, tie=None):
    """tie: None, or (n, col) to strip the final LIMIT and compare column col at n and n+1,
    or (n, tie_sql) where tie_sql returns (group, value) rows ordered by group then rank."""
    ITEMS.append({"kind": kind, "question": question, "sql": expand(sql),
                  "tie": (tie[0], expand(tie[1]) if isinstance(tie[1], str) else tie[1])
                  if tie else None})


# ----------------------------------------------------------------------------- simple
Q("simple", "How many customers do we have?",
  "SELECT COUNT(*) AS customers FROM customers")
Q("simple", "How many products are in the catalog?",
  "SELECT COUNT(*) AS products FROM products")
Q("simple", "List all of our sales regions.",
  "SELECT name FROM regions")
Q("simple", "how many sales representatives are on the team (title Sales Representative)?",
  "SELECT COUNT(*) AS employees FROM employees WHERE title = 'Sales Representative'")
Q("simple", "What's the list price of our most expensive product?",
  "SELECT MAX(unit_price) AS max_price FROM products")
Q("simple", "Number of loyalty program members",
  "SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1")
Q("simple", "Show each product category with its description.",
  "SELECT name, description FROM categories")
Q("simple", "How many orders have been cancelled so far?",
  "SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'")
Q("simple", "Which products have been discontinued?",
  "SELECT name FROM products WHERE discontinued = 1")
Q("simple", "What is the average employee salary?",
  "SELECT AVG(salary) AS avg_salary FROM employees")
Q("simple", "In how many different countries do we have customers?",
  "SELECT COUNT(DISTINCT country) AS countries FROM customers")
Q("simple", "Who is our VP of Sales?",
  "SELECT first_name || ' ' || last_name AS name FROM employees WHERE title = 'VP of Sales'")
Q("simple", "count of orders still pending",
  "SELECT COUNT(*) AS pending_orders FROM orders WHERE status = 'pending'")
Q("simple", "What is the total shipping cost across all orders?",
  "SELECT SUM(shipping_cost) AS total_shipping_cost FROM orders")
Q("simple", "When did our very first customer sign up?",
  "SELECT MIN(signup_date) AS first_signup FROM customers")
Q("simple", "How many customers have no phone number on file?",
  "SELECT COUNT(*) AS customers FROM customers WHERE phone IS NULL")
Q("simple", "What sales channels do we sell through?",
  "SELECT DISTINCT channel FROM orders")
Q("simple", "Average list price of our products",
  "SELECT AVG(unit_price) AS avg_price FROM products")
Q("simple", "Which employees have no salary recorded?",
  "SELECT first_name || ' ' || last_name AS name FROM employees WHERE salary IS NULL")
Q("simple", "How many corporate customers are there?",
  "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate'")

# ----------------------------------------------------------------------------- filters
Q("filters", "List products priced over $500 together with their prices.",
  "SELECT name, unit_price FROM products WHERE unit_price > 500")
Q("filters", "Which customers in Germany are loyalty members? Give their names and cities.",
  "SELECT {CNAME} AS name, c.city FROM customers c WHERE c.country = 'Germany' AND c.loyalty_member = 1")
Q("filters", "Employees hired since the start of 2023 - names and hire dates",
  "SELECT first_name || ' ' || last_name AS name, hire_date FROM employees WHERE hire_date >= '2023-01-01'")
Q("filters", "How many phone orders had a shipping cost above $10?",
  "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'phone' AND shipping_cost > 10")
Q("filters", "Kitchen products under $30: name and price.",
  "SELECT p.name, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE cat.name = 'Kitchen' AND p.unit_price < 30")
Q("filters", "Show me the names and emails of our customers in Tokyo.",
  "SELECT {CNAME} AS name, c.email FROM customers c WHERE c.city = 'Tokyo'")
Q("filters", "Which employees earn more than $90,000? Show name, title and salary.",
  "SELECT first_name || ' ' || last_name AS name, title, salary FROM employees WHERE salary > 90000")
Q("filters", "How many Small Business customers are based in Canada?",
  "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Small Business' AND country = 'Canada'")
Q("filters", "How many order lines carried a 30% discount?",
  "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount = 0.3")
Q("filters", "products launched in 2024, with launch dates",
  "SELECT name, launch_date FROM products WHERE launch_date >= '2024-01-01' AND launch_date < '2025-01-01'")
Q("filters", "How many store orders ended up returned?",
  "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'store' AND status = 'returned'")
Q("filters", "Are any Sports products discontinued? List them.",
  "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE cat.name = 'Sports' AND p.discontinued = 1")
Q("filters", "Number of US customers with no email address",
  "SELECT COUNT(*) AS customers FROM customers WHERE country = 'United States' AND email IS NULL")
Q("filters", "Which books cost us less than $10 per unit? Name and unit cost.",
  "SELECT p.name, p.unit_cost FROM products p JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE cat.name = 'Books' AND p.unit_cost < 10")
Q("filters", "Account Executives based in Europe",
  "SELECT {ENAME} AS name FROM employees e JOIN regions r ON r.region_id = e.region_id "
  "WHERE e.title = 'Account Executive' AND r.name = 'Europe'")
Q("filters", "Which products have a list price more than double their unit cost? Show name, price and cost.",
  "SELECT name, unit_price, unit_cost FROM products WHERE unit_price > 2 * unit_cost")
Q("filters", "How many online orders had a shipping cost of zero?",
  "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' AND shipping_cost = 0")
Q("filters", "UK corporate customers whose company name contains 'Health' - names and companies",
  "SELECT {CNAME} AS name, c.company FROM customers c WHERE c.country = 'United Kingdom' "
  "AND c.segment = 'Corporate' AND c.company LIKE '%Health%'")
Q("filters", "Which of our Singapore customers are not in the loyalty program?",
  "SELECT {CNAME} AS name FROM customers c WHERE c.country = 'Singapore' AND c.loyalty_member = 0")
Q("filters", "Who reports directly to Javier Fernandez?",
  "SELECT {ENAME} AS name FROM employees e JOIN employees m ON m.employee_id = e.manager_id "
  "WHERE m.first_name = 'Javier' AND m.last_name = 'Fernandez'")
Q("filters", "Pending online orders: order id and order date",
  "SELECT order_id, order_date FROM orders WHERE status = 'pending' AND channel = 'online'")
Q("filters", "Electronics priced between $100 and $200 - names and prices please",
  "SELECT p.name, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE cat.name = 'Electronics' AND p.unit_price BETWEEN 100 AND 200")
Q("filters", "How many order lines were for 10 or more units?",
  "SELECT COUNT(*) AS order_lines FROM order_items WHERE quantity >= 10")

# ----------------------------------------------------------------------------- topn
Q("topn", "Top 5 customers by revenue",
  "SELECT {CNAME} AS name, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5", (5, 1))
Q("topn", "What are our 10 best-selling products by units?",
  "SELECT p.name, SUM(oi.quantity) AS units {OIP} WHERE {NC} GROUP BY p.product_id "
  "ORDER BY units DESC LIMIT 10", (10, 1))
Q("topn", "Top three categories by revenue",
  "SELECT cat.name, {REV} AS revenue {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} GROUP BY cat.category_id ORDER BY revenue DESC LIMIT 3", (3, 1))
Q("topn", "Name the five most expensive products and their prices.",
  "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 5", (5, 1))
Q("topn", "Bottom 5 products by revenue",
  "SELECT p.name, {REV} AS revenue {OIP} WHERE {NC} GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5",
  (5, 1))
Q("topn", "Which 3 countries have the most customers?",
  "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3",
  (3, 1))
Q("topn", "top 10 cities by revenue",
  "SELECT c.city, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
  "GROUP BY c.city ORDER BY revenue DESC LIMIT 10", (10, 1))
Q("topn", "Which customer has placed the most orders, and how many?",
  "SELECT {CNAME} AS name, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
  "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 1", (1, 1))
Q("topn", "Give me the 5 most profitable products.",
  "SELECT p.name, {PROFIT} AS profit {OIP} WHERE {NC} GROUP BY p.product_id ORDER BY profit DESC LIMIT 5",
  (5, 1))
Q("topn", "Our three highest-paid employees?",
  "SELECT first_name || ' ' || last_name AS name, salary FROM employees ORDER BY salary DESC LIMIT 3",
  (3, 1))
Q("topn", "Who are the 3 most recently hired employees?",
  "SELECT first_name || ' ' || last_name AS name, hire_date FROM employees ORDER BY hire_date DESC LIMIT 3",
  (3, 1))
Q("topn", "Top 5 companies by revenue",
  "SELECT c.company, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} AND c.company IS NOT NULL GROUP BY c.company ORDER BY revenue DESC LIMIT 5", (5, 1))
Q("topn", "What are the top 3 products by revenue in each category?",
  "SELECT category, product, revenue FROM (SELECT cat.name AS category, p.name AS product, {REV} AS revenue, "
  "RANK() OVER (PARTITION BY cat.category_id ORDER BY {REV} DESC) AS rnk {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id, p.product_id) "
  "WHERE rnk <= 3 ORDER BY category, revenue DESC",
  (3, "SELECT cat.name, {REV} AS revenue {OIP} JOIN categories cat ON cat.category_id = p.category_id "
      "WHERE {NC} GROUP BY cat.category_id, p.product_id ORDER BY cat.name, revenue DESC"))
Q("topn", "For each region, which of the sales reps based there brought in the most revenue?",
  "SELECT region, name, revenue FROM (SELECT r.name AS region, {ENAME} AS name, {REV} AS revenue, "
  "RANK() OVER (PARTITION BY r.region_id ORDER BY {REV} DESC) AS rnk {OI} "
  "JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id "
  "WHERE {NC} GROUP BY r.region_id, e.employee_id) WHERE rnk = 1 ORDER BY region",
  (1, "SELECT r.name, {REV} AS revenue {OI} JOIN employees e ON e.employee_id = o.employee_id "
      "JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.region_id, e.employee_id "
      "ORDER BY r.name, revenue DESC"))
Q("topn", "Which 5 products have the highest profit margin?",
  "SELECT p.name, {MARGIN} AS margin_pct {OIP} WHERE {NC} GROUP BY p.product_id ORDER BY margin_pct DESC LIMIT 5",
  (5, 1))
Q("topn", "best customer in each segment by spend",
  "SELECT segment, name, revenue FROM (SELECT c.segment AS segment, {CNAME} AS name, {REV} AS revenue, "
  "RANK() OVER (PARTITION BY c.segment ORDER BY {REV} DESC) AS rnk {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id) WHERE rnk = 1 "
  "ORDER BY segment",
  (1, "SELECT c.segment, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
      "WHERE {NC} GROUP BY c.customer_id ORDER BY c.segment, revenue DESC"))
Q("topn", "Show the 10 largest orders by value.",
  "SELECT o.order_id, {REV} AS order_value {OI} WHERE {NC} GROUP BY o.order_id ORDER BY order_value DESC LIMIT 10",
  (10, 1))
Q("topn", "Which category is the least profitable?",
  "SELECT cat.name, {PROFIT} AS profit {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} GROUP BY cat.category_id ORDER BY profit ASC LIMIT 1", (1, 1))
Q("topn", "Top 5 countries by average order value",
  "SELECT c.country, {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.country "
  "ORDER BY avg_order_value DESC LIMIT 5", (5, 1))
Q("topn", "Which product costs us the most per unit?",
  "SELECT name FROM products ORDER BY unit_cost DESC LIMIT 1",
  (1, "SELECT 'all', unit_cost FROM products ORDER BY unit_cost DESC"))
Q("topn", "Top 3 reps by number of orders handled in 2023",
  "SELECT {ENAME} AS name, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
  "WHERE strftime('%Y', o.order_date) = '2023' GROUP BY e.employee_id ORDER BY orders DESC LIMIT 3", (3, 1))
Q("topn", "Our 5 biggest loyalty-member customers by revenue",
  "SELECT {CNAME} AS name, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} AND c.loyalty_member = 1 GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5", (5, 1))
Q("topn", "What are the second and third most expensive products?",
  "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 2 OFFSET 1",
  (3, "SELECT 'all', unit_price FROM products ORDER BY unit_price DESC"))
Q("topn", "Which two products sold the most units in each region?",
  "SELECT region, product, units FROM (SELECT r.name AS region, p.name AS product, SUM(oi.quantity) AS units, "
  "RANK() OVER (PARTITION BY r.region_id ORDER BY SUM(oi.quantity) DESC) AS rnk {OIP} "
  "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
  "WHERE {NC} GROUP BY r.region_id, p.product_id) WHERE rnk <= 2 ORDER BY region, units DESC",
  (2, "SELECT r.name, SUM(oi.quantity) AS units {OIP} JOIN customers c ON c.customer_id = o.customer_id "
      "JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id, p.product_id "
      "ORDER BY r.name, units DESC"))

# ----------------------------------------------------------------------------- breakdowns
Q("breakdowns", "Revenue by region",
  "SELECT r.name AS region, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id ORDER BY revenue DESC")
Q("breakdowns", "How many customers are in each segment?",
  "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment")
Q("breakdowns", "Break down revenue by sales channel.",
  "SELECT o.channel, {REV} AS revenue {OI} WHERE {NC} GROUP BY o.channel")
Q("breakdowns", "units sold per category",
  "SELECT cat.name AS category, SUM(oi.quantity) AS units {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} GROUP BY cat.category_id")
Q("breakdowns", "Order count by status",
  "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status")
Q("breakdowns", "How many products does each category have?",
  "SELECT cat.name AS category, COUNT(*) AS products FROM products p JOIN categories cat "
  "ON cat.category_id = p.category_id GROUP BY cat.category_id")
Q("breakdowns", "Average list price by category",
  "SELECT cat.name AS category, AVG(p.unit_price) AS avg_price FROM products p JOIN categories cat "
  "ON cat.category_id = p.category_id GROUP BY cat.category_id")
Q("breakdowns", "Headcount by job title",
  "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title")
Q("breakdowns", "Revenue split by customer segment and channel",
  "SELECT c.segment, o.channel, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} GROUP BY c.segment, o.channel")
Q("breakdowns", "How many employees are based in each region?",
  "SELECT r.name AS region, COUNT(*) AS employees FROM employees e JOIN regions r ON r.region_id = e.region_id "
  "GROUP BY r.region_id")
Q("breakdowns", "Customer count per country for Latin America",
  "SELECT c.country, COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id "
  "WHERE r.name = 'Latin America' GROUP BY c.country")
Q("breakdowns", "Profit by category",
  "SELECT cat.name AS category, {PROFIT} AS profit {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} GROUP BY cat.category_id")
Q("breakdowns", "What's the average order value for each channel?",
  "SELECT o.channel, {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {OI} WHERE {NC} GROUP BY o.channel")
Q("breakdowns", "Revenue from loyalty members versus non-members",
  "SELECT c.loyalty_member, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} GROUP BY c.loyalty_member")
Q("breakdowns", "total shipping cost by channel",
  "SELECT channel, SUM(shipping_cost) AS shipping_cost FROM orders GROUP BY channel")
Q("breakdowns", "Number of orders handled by each employee, including those with none",
  "SELECT {ENAME} AS name, COUNT(o.order_id) AS orders FROM employees e LEFT JOIN orders o "
  "ON o.employee_id = e.employee_id GROUP BY e.employee_id")
Q("breakdowns", "Revenue by region and customer segment",
  "SELECT r.name AS region, c.segment, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id, c.segment")
Q("breakdowns", "Average salary for each job title",
  "SELECT title, AVG(salary) AS avg_salary FROM employees GROUP BY title")
Q("breakdowns", "How many returned orders per channel?",
  "SELECT channel, COUNT(*) AS returned_orders FROM orders WHERE status = 'returned' GROUP BY channel")
Q("breakdowns", "Customers by region: how many in each?",
  "SELECT r.name AS region, COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id "
  "GROUP BY r.region_id")
Q("breakdowns", "Units sold by channel and category",
  "SELECT o.channel, cat.name AS category, SUM(oi.quantity) AS units {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY o.channel, cat.category_id")

# ----------------------------------------------------------------------------- measures
Q("measures", "What is our total revenue?",
  "SELECT {REV} AS revenue {OI} WHERE {NC}")
Q("measures", "Overall gross margin percentage",
  "SELECT {MARGIN} AS margin_pct {OIP} WHERE {NC}")
Q("measures", "How much gross profit have we made in total?",
  "SELECT {PROFIT} AS profit {OIP} WHERE {NC}")
Q("measures", "What's our average order value?",
  "SELECT {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {OI} WHERE {NC}")
Q("measures", "Total units sold, all time",
  "SELECT SUM(oi.quantity) AS units {OI} WHERE {NC}")
Q("measures", "What share of revenue does each category contribute?",
  "SELECT cat.name AS category, 100.0 * {REV} / (SELECT {REV} {OI} WHERE {NC}) AS revenue_share_pct {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
Q("measures", "What percentage of revenue comes through the online channel?",
  "SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN {LINE} ELSE 0 END) / {REV} AS online_share_pct "
  "{OI} WHERE {NC}")
Q("measures", "Profit margin on Electronics",
  "SELECT {MARGIN} AS margin_pct {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} AND cat.name = 'Electronics'")
Q("measures", "How much revenue have Corporate customers generated?",
  "SELECT {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} AND c.segment = 'Corporate'")
Q("measures", "Average order value for loyalty members vs everyone else",
  "SELECT c.loyalty_member, {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.loyalty_member")
Q("measures", "Average revenue per purchasing customer",
  "SELECT {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {OI} WHERE {NC}")
Q("measures", "On average, how many units are in an order?",
  "SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order {OI} WHERE {NC}")
Q("measures", "How much money have we given away in discounts?",
  "SELECT {DISC} AS discount_amount {OI} WHERE {NC}")
Q("measures", "Revenue from products that are now discontinued",
  "SELECT {REV} AS revenue {OIP} WHERE {NC} AND p.discontinued = 1")
Q("measures", "What share of our revenue comes from Europe?",
  "SELECT 100.0 * SUM(CASE WHEN r.name = 'Europe' THEN {LINE} ELSE 0 END) / {REV} AS europe_share_pct {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC}")
Q("measures", "Gross margin by region",
  "SELECT r.name AS region, {MARGIN} AS margin_pct {OIP} JOIN customers c ON c.customer_id = o.customer_id "
  "JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id")
Q("measures", "What share of revenue comes from orders with no sales rep assigned?",
  "SELECT 100.0 * SUM(CASE WHEN o.employee_id IS NULL THEN {LINE} ELSE 0 END) / {REV} AS unassigned_share_pct "
  "{OI} WHERE {NC}")
Q("measures", "How much revenue has Sophie Lopez brought in?",
  "SELECT {REV} AS revenue {OI} JOIN employees e ON e.employee_id = o.employee_id "
  "WHERE {NC} AND e.first_name = 'Sophie' AND e.last_name = 'Lopez'")
Q("measures", "How many Willow Classic Sofas have we sold?",
  "SELECT SUM(oi.quantity) AS units {OIP} WHERE {NC} AND p.name = 'Willow Classic Sofa'")
Q("measures", "What percentage of all orders were returned?",
  "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS return_rate_pct FROM orders")
Q("measures", "Cancellation rate by channel, as a percentage of orders",
  "SELECT channel, 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancellation_rate_pct "
  "FROM orders GROUP BY channel")
Q("measures", "Average profit per unit sold in Furniture",
  "SELECT {PROFIT} / SUM(oi.quantity) AS profit_per_unit {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} AND cat.name = 'Furniture'")
Q("measures", "Revenue from customers in the United States",
  "SELECT {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} AND c.country = 'United States'")
Q("measures", "Average shipping cost per order, leaving out cancelled orders",
  "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE status <> 'cancelled'")
Q("measures", "Beauty gross profit in 2024",
  "SELECT {PROFIT} AS profit {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} AND cat.name = 'Beauty' AND strftime('%Y', o.order_date) = '2024'")
Q("measures", "What percentage of units sold were sold at a discount?",
  "SELECT 100.0 * SUM(CASE WHEN COALESCE(oi.discount, 0) > 0 THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) "
  "AS discounted_units_pct {OI} WHERE {NC}")
Q("measures", "Average order value for phone orders",
  "SELECT {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {OI} WHERE {NC} AND o.channel = 'phone'")
Q("measures", "Cost of goods sold in 2024",
  "SELECT {COGS} AS cost_of_goods {OIP} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
Q("measures", "What share of revenue do our top 10 products account for?",
  "SELECT 100.0 * SUM(revenue) / (SELECT {REV} {OI} WHERE {NC}) AS top10_share_pct FROM "
  "(SELECT {REV} AS revenue {OI} WHERE {NC} GROUP BY oi.product_id ORDER BY revenue DESC LIMIT 10)",
  (10, "SELECT 'all', {REV} AS revenue {OI} WHERE {NC} GROUP BY oi.product_id ORDER BY revenue DESC"))
Q("measures", "Average revenue per product in the Toys category",
  "SELECT {REV} / COUNT(DISTINCT p.product_id) AS revenue_per_product {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Toys'")
Q("measures", "What percent of customers are loyalty members?",
  "SELECT 100.0 * SUM(loyalty_member) / COUNT(*) AS loyalty_pct FROM customers")
Q("measures", "margin % by channel",
  "SELECT o.channel, {MARGIN} AS margin_pct {OIP} WHERE {NC} GROUP BY o.channel")
Q("measures", "How much revenue has Javier Fernandez's team generated (his direct reports)?",
  "SELECT {REV} AS revenue {OI} JOIN employees e ON e.employee_id = o.employee_id "
  "JOIN employees m ON m.employee_id = e.manager_id WHERE {NC} AND m.first_name = 'Javier' "
  "AND m.last_name = 'Fernandez'")
Q("measures", "Average selling price per unit in each category (revenue divided by units)",
  "SELECT cat.name AS category, {REV} / SUM(oi.quantity) AS avg_selling_price {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
Q("measures", "What is the total value of returned orders?",
  "SELECT {REV} AS returned_value {OI} WHERE o.status = 'returned'")
Q("measures", "Share of profit by region",
  "SELECT r.name AS region, 100.0 * {PROFIT} / (SELECT {PROFIT} {OIP} WHERE {NC}) AS profit_share_pct {OIP} "
  "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
  "WHERE {NC} GROUP BY r.region_id")
Q("measures", "How many different products does an average order contain?",
  "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT o.order_id) AS products_per_order {OI} WHERE {NC}")
Q("measures", "Revenue per customer for each segment",
  "SELECT c.segment, {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment")
Q("measures", "Discounts given by category, in dollars",
  "SELECT cat.name AS category, {DISC} AS discount_amount {OIP} JOIN categories cat "
  "ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
Q("measures", "Shipping cost as a percentage of revenue",
  "SELECT 100.0 * (SELECT SUM(shipping_cost) FROM orders WHERE status <> 'cancelled') / {REV} AS shipping_pct "
  "{OI} WHERE {NC}")
Q("measures", "Revenue, cost and profit for the Garden category",
  "SELECT {REV} AS revenue, {COGS} AS cost_of_goods, {PROFIT} AS profit {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Garden'")
Q("measures", "How much has Youssef Ibrahim spent with us in total?",
  "SELECT {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} AND c.first_name = 'Youssef' AND c.last_name = 'Ibrahim'")
Q("measures", "Average discount rate on order lines, counting undiscounted lines as 0%",
  "SELECT 100.0 * AVG(COALESCE(oi.discount, 0)) AS avg_discount_pct {OI} WHERE {NC}")
Q("measures", "Revenue per sales employee in each region (reps counted in their own region)",
  "SELECT r.name AS region, {REV} / COUNT(DISTINCT e.employee_id) AS revenue_per_employee {OI} "
  "JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id "
  "WHERE {NC} GROUP BY r.region_id")
Q("measures", "What's the store channel's share of units sold?",
  "SELECT 100.0 * SUM(CASE WHEN o.channel = 'store' THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) "
  "AS store_units_share_pct {OI} WHERE {NC}")
Q("measures", "Profit and margin for the Small Business segment",
  "SELECT {PROFIT} AS profit, {MARGIN} AS margin_pct {OIP} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE {NC} AND c.segment = 'Small Business'")
Q("measures", "Total payroll: sum of all recorded salaries",
  "SELECT SUM(salary) AS total_salary FROM employees")

# ----------------------------------------------------------------------------- time
Q("time", "Revenue by year",
  "SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} GROUP BY year ORDER BY year")
Q("time", "Show me monthly revenue for 2024.",
  "SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' "
  "GROUP BY month ORDER BY month")
Q("time", "How many orders did we take in each quarter of 2023?",
  "SELECT {QTR} AS quarter, COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = '2023' "
  "GROUP BY quarter ORDER BY quarter")
Q("time", "What was our revenue over the last 3 months?",
  "SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-2 months')")
Q("time", "For each year, give revenue and the growth versus the prior year in percent.",
  "SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) "
  "AS growth_pct FROM (SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} GROUP BY year) ORDER BY year")
Q("time", "Which day of the week gets the most orders?",
  "SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY weekday ORDER BY orders DESC LIMIT 1",
  (1, 1))
Q("time", "number of orders by weekday",
  "SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY strftime('%w', o.order_date) "
  "ORDER BY strftime('%w', o.order_date)")
Q("time", "Revenue in March 2023?",
  "SELECT {REV} AS revenue {OI} WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2023-03'")
Q("time", "What did we sell in Q2 2024, in dollars?",
  "SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date >= '2024-04-01' AND o.order_date < '2024-07-01'")
Q("time", "Revenue this year versus last year",
  "SELECT SUM(CASE WHEN strftime('%Y', o.order_date) = strftime('%Y', {NOW}) THEN {LINE} ELSE 0 END) "
  "AS revenue_this_year, SUM(CASE WHEN CAST(strftime('%Y', o.order_date) AS INTEGER) = "
  "CAST(strftime('%Y', {NOW}) AS INTEGER) - 1 THEN {LINE} ELSE 0 END) AS revenue_last_year {OI} WHERE {NC}")
Q("time", "New customer signups per year",
  "SELECT CAST(strftime('%Y', signup_date) AS INTEGER) AS year, COUNT(*) AS signups FROM customers "
  "GROUP BY year ORDER BY year")
Q("time", "Revenue per month over the last 6 months",
  "SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} "
  "AND o.order_date >= date({NOW}, 'start of month', '-5 months') GROUP BY month ORDER BY month")
Q("time", "How many orders came in during the last 30 days?",
  "SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-30 days')")
Q("time", "Which month had our highest revenue ever?",
  "SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 1",
  (1, 1))
Q("time", "Average number of days from order to shipment, by year",
  "SELECT {YEAR} AS year, AVG(julianday(o.ship_date) - julianday(o.order_date)) AS avg_days_to_ship "
  "FROM orders o WHERE o.ship_date IS NOT NULL GROUP BY year ORDER BY year")
Q("time", "monthly order count for 2022",
  "SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = '2022' "
  "GROUP BY month ORDER BY month")
Q("time", "Cumulative revenue by month through 2024",
  "SELECT month, SUM(revenue) OVER (ORDER BY month) AS cumulative_revenue FROM "
  "(SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' "
  "GROUP BY month) ORDER BY month")
Q("time", "Quarterly revenue for 2023 and 2024",
  "SELECT {YEAR} AS year, {QTR} AS quarter, {REV} AS revenue {OI} WHERE {NC} "
  "AND strftime('%Y', o.order_date) IN ('2023', '2024') GROUP BY year, quarter ORDER BY year, quarter")
Q("time", "Average order value by year",
  "SELECT {YEAR} AS year, {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {OI} WHERE {NC} "
  "GROUP BY year ORDER BY year")
Q("time", "December revenue in each year",
  "SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} AND strftime('%m', o.order_date) = '12' "
  "GROUP BY year ORDER BY year")
Q("time", "Units sold in the last 12 months",
  "SELECT SUM(oi.quantity) AS units {OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-11 months')")
Q("time", "Weekend vs weekday revenue",
  "SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END AS day_type, "
  "{REV} AS revenue {OI} WHERE {NC} GROUP BY day_type")
Q("time", "How did units sold per category change from 2023 to 2024? Give both years and the difference.",
  "SELECT cat.name AS category, SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity ELSE 0 END) "
  "AS units_2023, SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity ELSE 0 END) AS units_2024, "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity ELSE 0 END) - "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity ELSE 0 END) AS change {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id")
Q("time", "How many employees did we hire each year?",
  "SELECT CAST(strftime('%Y', hire_date) AS INTEGER) AS year, COUNT(*) AS hires FROM employees "
  "GROUP BY year ORDER BY year")
Q("time", "Which month of the year brings in the most revenue, all years combined?",
  "SELECT {MOY} AS month, {REV} AS revenue {OI} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 1",
  (1, 1))
Q("time", "Revenue in the first half of 2024 versus the second half",
  "SELECT SUM(CASE WHEN o.order_date < '2024-07-01' THEN {LINE} ELSE 0 END) AS h1_revenue, "
  "SUM(CASE WHEN o.order_date >= '2024-07-01' THEN {LINE} ELSE 0 END) AS h2_revenue {OI} "
  "WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
Q("time", "How many distinct customers placed an order in each year?",
  "SELECT {YEAR} AS year, COUNT(DISTINCT o.customer_id) AS customers FROM orders o GROUP BY year ORDER BY year")
Q("time", "By what percentage did Electronics revenue grow from 2023 to 2024?",
  "SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {LINE} ELSE 0 END) - "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} ELSE 0 END)) / "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} ELSE 0 END) AS growth_pct {OIP} "
  "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics'")
Q("time", "Orders that took 3 or more days to ship, per year",
  "SELECT {YEAR} AS year, COUNT(*) AS orders FROM orders o WHERE o.ship_date IS NOT NULL "
  "AND julianday(o.ship_date) - julianday(o.order_date) >= 3 GROUP BY year ORDER BY year")
Q("time", "revenue from Monday orders in 2024",
  "SELECT {REV} AS revenue {OI} WHERE {NC} AND strftime('%w', o.order_date) = '1' "
  "AND strftime('%Y', o.order_date) = '2024'")
Q("time", "Which quarter of 2022 had the highest revenue?",
  "SELECT {QTR} AS quarter, {REV} AS revenue {OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2022' "
  "GROUP BY quarter ORDER BY revenue DESC LIMIT 1", (1, 1))
Q("time", "Products launched in the last 18 months, with launch dates",
  "SELECT name, launch_date FROM products WHERE launch_date >= date({NOW}, 'start of month', '-17 months') "
  "AND launch_date <= {NOW}")
Q("time", "How many customers signed up in the last 6 months?",
  "SELECT COUNT(*) AS customers FROM customers WHERE signup_date >= date({NOW}, 'start of month', '-5 months') "
  "AND signup_date <= {NOW}")
Q("time", "Monthly revenue from European customers in 2024",
  "SELECT {MONTH} AS month, {REV} AS revenue {OI} JOIN customers c ON c.customer_id = o.customer_id "
  "JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' "
  "AND strftime('%Y', o.order_date) = '2024' GROUP BY month ORDER BY month")
Q("time", "Which month of 2023 saw the most cancelled orders?",
  "SELECT {MONTH} AS month, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' "
  "AND strftime('%Y', o.order_date) = '2023' GROUP BY month ORDER BY cancelled_orders DESC LIMIT 1", (1, 1))
Q("time", "Revenue by year and channel",
  "SELECT {YEAR} AS year, o.channel, {REV} AS revenue {OI} WHERE {NC} GROUP BY year, o.channel "
  "ORDER BY year, o.channel")
Q("time", "Revenue by region in 2023 and 2024 with the growth percentage",
  "SELECT region, revenue_2023, revenue_2024, 100.0 * (revenue_2024 - revenue_2023) / revenue_2023 AS growth_pct "
  "FROM (SELECT r.name AS region, SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} ELSE 0 END) "
  "AS revenue_2023, SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {LINE} ELSE 0 END) AS revenue_2024 "
  "{OI} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
  "WHERE {NC} GROUP BY r.region_id)")
Q("time", "Average days to ship by channel for orders placed in 2024",
  "SELECT o.channel, AVG(julianday(o.ship_date) - julianday(o.order_date)) AS avg_days_to_ship FROM orders o "
  "WHERE o.ship_date IS NOT NULL AND strftime('%Y', o.order_date) = '2024' GROUP BY o.channel")
Q("time", "How many orders were placed on the most recent order date?",
  "SELECT COUNT(*) AS orders FROM orders WHERE order_date = {NOW}")
Q("time", "Revenue over the last 7 days",
  "SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date > date({NOW}, '-7 days')")
Q("time", "How many customers did we acquire each year, counting each customer in the year of their first order?",
  "SELECT year, COUNT(*) AS new_customers FROM (SELECT customer_id, CAST(strftime('%Y', MIN(order_date)) AS INTEGER) "
  "AS year FROM orders GROUP BY customer_id) GROUP BY year ORDER BY year")
Q("time", "Monthly active customers in 2024 (distinct customers with a non-cancelled order)",
  "SELECT {MONTH} AS month, COUNT(DISTINCT o.customer_id) AS active_customers FROM orders o WHERE {NC} "
  "AND strftime('%Y', o.order_date) = '2024' GROUP BY month ORDER BY month")
Q("time", "Q4 revenue for every year",
  "SELECT {YEAR} AS year, {REV} AS revenue {OI} WHERE {NC} AND {QTR} = 4 GROUP BY year ORDER BY year")
Q("time", "Gross margin by year",
  "SELECT {YEAR} AS year, {MARGIN} AS margin_pct {OIP} WHERE {NC} GROUP BY year ORDER BY year")
Q("time", "Online share of revenue per year",
  "SELECT {YEAR} AS year, 100.0 * SUM(CASE WHEN o.channel = 'online' THEN {LINE} ELSE 0 END) / {REV} "
  "AS online_share_pct {OI} WHERE {NC} GROUP BY year ORDER BY year")
Q("time", "What did we take on 29 November 2024?",
  "SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date = '2024-11-29'")
Q("time", "What was the busiest single day of 2024 by number of orders?",
  "SELECT o.order_date, COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = '2024' "
  "GROUP BY o.order_date ORDER BY orders DESC LIMIT 1", (1, 1))
Q("time", "Revenue by month of the year, all years together",
  "SELECT {MOY} AS month, {REV} AS revenue {OI} WHERE {NC} GROUP BY month ORDER BY month")
Q("time", "How many days old is our oldest pending order, counting up to the latest order date?",
  "SELECT julianday({NOW}) - julianday(MIN(order_date)) AS days_old FROM orders WHERE status = 'pending'")
Q("time", "Orders in January 2024 versus January 2023",
  "SELECT SUM(CASE WHEN strftime('%Y-%m', order_date) = '2024-01' THEN 1 ELSE 0 END) AS orders_jan_2024, "
  "SUM(CASE WHEN strftime('%Y-%m', order_date) = '2023-01' THEN 1 ELSE 0 END) AS orders_jan_2023 FROM orders")
Q("time", "What was average monthly revenue in 2023?",
  "SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT {MONTH} AS month, {REV} AS revenue {OI} "
  "WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month)")
Q("time", "Month-over-month revenue change for the last 6 months",
  "SELECT month, revenue, change FROM (SELECT month, revenue, revenue - LAG(revenue) OVER (ORDER BY month) AS change "
  "FROM (SELECT {MONTH} AS month, {REV} AS revenue {OI} WHERE {NC} GROUP BY month)) "
  "WHERE month >= strftime('%Y-%m', date({NOW}, 'start of month', '-5 months')) ORDER BY month")
Q("time", "Returned orders per quarter in 2024",
  "SELECT {QTR} AS quarter, COUNT(*) AS returned_orders FROM orders o WHERE o.status = 'returned' "
  "AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter")
Q("time", "Revenue in the last 12 months compared with the 12 months before that",
  "SELECT SUM(CASE WHEN o.order_date >= date({NOW}, 'start of month', '-11 months') THEN {LINE} ELSE 0 END) "
  "AS revenue_last_12m, SUM(CASE WHEN o.order_date < date({NOW}, 'start of month', '-11 months') THEN {LINE} "
  "ELSE 0 END) AS revenue_prior_12m {OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-23 months')")
Q("time", "Sophie Lopez's revenue by year",
  "SELECT {YEAR} AS year, {REV} AS revenue {OI} JOIN employees e ON e.employee_id = o.employee_id "
  "WHERE {NC} AND e.first_name = 'Sophie' AND e.last_name = 'Lopez' GROUP BY year ORDER BY year")
Q("time", "How many orders were placed on weekends in 2023?",
  "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%w', order_date) IN ('0', '6') "
  "AND strftime('%Y', order_date) = '2023'")
Q("time", "In which year did the most customers sign up?",
  "SELECT CAST(strftime('%Y', signup_date) AS INTEGER) AS year, COUNT(*) AS signups FROM customers "
  "GROUP BY year ORDER BY signups DESC LIMIT 1", (1, 1))
Q("time", "Year-over-year revenue growth for each customer segment, 2024 vs 2023",
  "SELECT c.segment, 100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {LINE} ELSE 0 END) - "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} ELSE 0 END)) / "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} ELSE 0 END) AS growth_pct {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment")
Q("time", "Number of orders per month over the last 12 months",
  "SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o "
  "WHERE o.order_date >= date({NOW}, 'start of month', '-11 months') GROUP BY month ORDER BY month")
Q("time", "New customer signups in each quarter of 2024",
  "SELECT ((CAST(strftime('%m', signup_date) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS signups "
  "FROM customers WHERE strftime('%Y', signup_date) = '2024' GROUP BY quarter ORDER BY quarter")
Q("time", "What share of 2024 revenue came in Q4?",
  "SELECT 100.0 * SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {LINE} ELSE 0 END) / {REV} AS q4_share_pct "
  "{OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'")
Q("time", "Furniture revenue by quarter in 2024",
  "SELECT {QTR} AS quarter, {REV} AS revenue {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} AND cat.name = 'Furniture' AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter")
Q("time", "Top 5 products by revenue over the last 6 months",
  "SELECT p.name, {REV} AS revenue {OIP} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-5 months') "
  "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5", (5, 1))
Q("time", "Which sales rep had the highest revenue this year?",
  "SELECT {ENAME} AS name, {REV} AS revenue {OI} JOIN employees e ON e.employee_id = o.employee_id "
  "WHERE {NC} AND strftime('%Y', o.order_date) = strftime('%Y', {NOW}) GROUP BY e.employee_id "
  "ORDER BY revenue DESC LIMIT 1", (1, 1))
Q("time", "Revenue on each weekday in 2024",
  "SELECT {WD} AS weekday, {REV} AS revenue {OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' "
  "GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)")
Q("time", "How many customers placed their first order in 2024?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
  "HAVING strftime('%Y', MIN(order_date)) = '2024')")
Q("time", "Units sold last month compared with the month before",
  "SELECT SUM(CASE WHEN o.order_date >= date({NOW}, 'start of month') THEN oi.quantity ELSE 0 END) AS units_last_month, "
  "SUM(CASE WHEN o.order_date < date({NOW}, 'start of month') THEN oi.quantity ELSE 0 END) AS units_month_before "
  "{OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-1 month')")
Q("time", "Average order value by quarter for 2024",
  "SELECT {QTR} AS quarter, {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {OI} WHERE {NC} "
  "AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter")
Q("time", "How many orders did Ashley Johnson handle each year?",
  "SELECT {YEAR} AS year, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
  "WHERE e.first_name = 'Ashley' AND e.last_name = 'Johnson' GROUP BY year ORDER BY year")
Q("time", "Revenue for the summer months (June to August) of 2023",
  "SELECT {REV} AS revenue {OI} WHERE {NC} AND o.order_date >= '2023-06-01' AND o.order_date < '2023-09-01'")
Q("time", "Which customers signed up in December 2024?",
  "SELECT {CNAME} AS name, c.signup_date FROM customers c WHERE strftime('%Y-%m', c.signup_date) = '2024-12'")
Q("time", "Profit by year for the Clothing category",
  "SELECT {YEAR} AS year, {PROFIT} AS profit {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} AND cat.name = 'Clothing' GROUP BY year ORDER BY year")
Q("time", "Orders shipped in the last 14 days",
  "SELECT COUNT(*) AS orders FROM orders WHERE ship_date > date({NOW}, '-14 days') AND ship_date <= {NOW}")

# ----------------------------------------------------------------------------- tricky
Q("tricky", "How many customers have never placed an order?",
  "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS "
  "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
Q("tricky", "How many customers have ordered both online and in store?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE channel IN ('online', 'store') "
  "GROUP BY customer_id HAVING COUNT(DISTINCT channel) = 2)")
Q("tricky", "Which products are priced above the average product price? Name and price.",
  "SELECT name, unit_price FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)")
Q("tricky", "How many customers spent more than the average customer?",
  "WITH s AS (SELECT o.customer_id, {REV} AS revenue {OI} WHERE {NC} GROUP BY o.customer_id) "
  "SELECT COUNT(*) AS customers FROM s WHERE revenue > (SELECT AVG(revenue) FROM s)")
Q("tricky", "Which employees have never handled an order?",
  "SELECT {ENAME} AS name FROM employees e WHERE NOT EXISTS "
  "(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)")
Q("tricky", "How many customers have bought both Electronics and Furniture?",
  "SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)")
Q("tricky", "How many customers have placed orders but never online?",
  "SELECT COUNT(DISTINCT customer_id) AS customers FROM orders WHERE customer_id NOT IN "
  "(SELECT customer_id FROM orders WHERE channel = 'online')")
Q("tricky", "Employees who earn more than the average salary for their title - name, title, salary",
  "SELECT {ENAME} AS name, e.title, e.salary FROM employees e WHERE e.salary > "
  "(SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title)")
Q("tricky", "Which products did not sell a single unit in 2024?",
  "SELECT p.name FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id {OI} WHERE {NC} "
  "AND strftime('%Y', o.order_date) = '2024')")
Q("tricky", "How many orders were worth more than $1,500?",
  "SELECT COUNT(*) AS orders FROM (SELECT o.order_id {OI} WHERE {NC} GROUP BY o.order_id HAVING {REV} > 1500)")
Q("tricky", "How many customers have placed more than 30 orders?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) > 30)")
Q("tricky", "What is the ratio of online orders to store orders?",
  "SELECT 1.0 * SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) / SUM(CASE WHEN channel = 'store' THEN 1 ELSE 0 END) "
  "AS online_to_store_ratio FROM orders")
Q("tricky", "How many customers have only cancelled orders?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
  "HAVING SUM(CASE WHEN status <> 'cancelled' THEN 1 ELSE 0 END) = 0)")
Q("tricky", "Which categories have a better margin than the company overall? Show category and margin.",
  "SELECT cat.name AS category, {MARGIN} AS margin_pct {OIP} JOIN categories cat ON cat.category_id = p.category_id "
  "WHERE {NC} GROUP BY cat.category_id HAVING {MARGIN} > (SELECT {MARGIN} {OIP} WHERE {NC})")
Q("tricky", "Which regions account for more than 20% of revenue?",
  "SELECT r.name AS region, 100.0 * {REV} / (SELECT {REV} {OI} WHERE {NC}) AS revenue_share_pct {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} "
  "GROUP BY r.region_id HAVING 100.0 * {REV} / (SELECT {REV} {OI} WHERE {NC}) > 20")
Q("tricky", "Which reps sold more in 2024 than in 2023? Show both years' revenue.",
  "SELECT name, revenue_2023, revenue_2024 FROM (SELECT {ENAME} AS name, "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {LINE} ELSE 0 END) AS revenue_2023, "
  "SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {LINE} ELSE 0 END) AS revenue_2024 {OI} "
  "JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id) "
  "WHERE revenue_2024 > revenue_2023")
Q("tricky", "How many customers waited more than a year after signing up before placing their first order?",
  "SELECT COUNT(*) AS customers FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order "
  "FROM orders GROUP BY customer_id) f ON f.customer_id = c.customer_id "
  "WHERE f.first_order > date(c.signup_date, '+1 year')")
Q("tricky", "Products priced above the average price of their own category - name, category, price",
  "SELECT p.name, cat.name AS category, p.unit_price FROM products p JOIN categories cat "
  "ON cat.category_id = p.category_id WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 "
  "WHERE p2.category_id = p.category_id)")
Q("tricky", "Which first names are shared by more than one employee?",
  "SELECT first_name FROM employees GROUP BY first_name HAVING COUNT(*) > 1")
Q("tricky", "What percentage of ordering customers have placed more than one order?",
  "SELECT 100.0 * SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END) / COUNT(*) AS repeat_customer_pct FROM "
  "(SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id)")
Q("tricky", "Which products have been bought by more than 400 different customers?",
  "SELECT p.name, COUNT(DISTINCT o.customer_id) AS customers {OIP} WHERE {NC} GROUP BY p.product_id "
  "HAVING COUNT(DISTINCT o.customer_id) > 400")
Q("tricky", "How many customers are neither loyalty members nor have ever ordered online?",
  "SELECT COUNT(*) AS customers FROM customers c WHERE c.loyalty_member = 0 AND NOT EXISTS "
  "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'online')")
Q("tricky", "How many orders contain more than 5 different products?",
  "SELECT COUNT(*) AS orders FROM (SELECT order_id FROM order_items GROUP BY order_id "
  "HAVING COUNT(DISTINCT product_id) > 5)")
Q("tricky", "In which countries do Small Business customers outnumber Corporate customers?",
  "SELECT country FROM customers GROUP BY country HAVING SUM(CASE WHEN segment = 'Small Business' THEN 1 ELSE 0 END) > "
  "SUM(CASE WHEN segment = 'Corporate' THEN 1 ELSE 0 END)")
Q("tricky", "Which managers have more than 8 direct reports? Name and count.",
  "SELECT {ENAME} AS name, COUNT(*) AS direct_reports FROM employees e JOIN employees r ON r.manager_id = e.employee_id "
  "GROUP BY e.employee_id HAVING COUNT(*) > 8")
Q("tricky", "How many times bigger is our largest order than the average order?",
  "SELECT MAX(v) / AVG(v) AS ratio FROM (SELECT o.order_id, {REV} AS v {OI} WHERE {NC} GROUP BY o.order_id)")
Q("tricky", "Which products sold in every year from 2021 to 2024?",
  "SELECT p.name {OIP} WHERE {NC} AND strftime('%Y', o.order_date) BETWEEN '2021' AND '2024' "
  "GROUP BY p.product_id HAVING COUNT(DISTINCT strftime('%Y', o.order_date)) = 4")
Q("tricky", "What's the gap between the highest and lowest paid Account Executive?",
  "SELECT MAX(salary) - MIN(salary) AS salary_gap FROM employees WHERE title = 'Account Executive'")
Q("tricky", "How many customers have had every one of their orders delivered?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
  "HAVING SUM(CASE WHEN status <> 'delivered' THEN 1 ELSE 0 END) = 0)")
Q("tricky", "Which reps handled more orders than the average rep? Name and order count.",
  "WITH r AS (SELECT o.employee_id, COUNT(*) AS orders FROM orders o WHERE o.employee_id IS NOT NULL "
  "GROUP BY o.employee_id) SELECT {ENAME} AS name, r.orders FROM r JOIN employees e ON e.employee_id = r.employee_id "
  "WHERE r.orders > (SELECT AVG(orders) FROM r)")
Q("tricky", "Customers who ordered in 2023 but not at all in 2024 - how many?",
  "SELECT COUNT(DISTINCT customer_id) AS customers FROM orders WHERE strftime('%Y', order_date) = '2023' "
  "AND customer_id NOT IN (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')")
Q("tricky", "Which products are sold below the average list price of their category but still have a margin above 50%? Name and price",
  "SELECT p.name, p.unit_price FROM products p WHERE p.unit_price < (SELECT AVG(p2.unit_price) FROM products p2 "
  "WHERE p2.category_id = p.category_id) AND (p.unit_price - p.unit_cost) / p.unit_price > 0.5")
Q("tricky", "How many orders had a value below the average order value?",
  "WITH v AS (SELECT o.order_id, {REV} AS value {OI} WHERE {NC} GROUP BY o.order_id) "
  "SELECT COUNT(*) AS orders FROM v WHERE value < (SELECT AVG(value) FROM v)")
Q("tricky", "Which countries have more revenue per customer than the United States? Country and revenue per customer.",
  "WITH k AS (SELECT c.country, {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {OI} "
  "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.country) "
  "SELECT country, revenue_per_customer FROM k WHERE revenue_per_customer > "
  "(SELECT revenue_per_customer FROM k WHERE country = 'United States')")
Q("tricky", "How many loyalty members have never returned an order and never cancelled one?",
  "SELECT COUNT(*) AS customers FROM customers c WHERE c.loyalty_member = 1 AND NOT EXISTS "
  "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status IN ('returned', 'cancelled'))")
Q("tricky", "What is the ratio of units sold with a discount to units sold at full price?",
  "SELECT 1.0 * SUM(CASE WHEN COALESCE(oi.discount, 0) > 0 THEN oi.quantity ELSE 0 END) / "
  "SUM(CASE WHEN COALESCE(oi.discount, 0) = 0 THEN oi.quantity ELSE 0 END) AS discounted_to_full_ratio {OI} WHERE {NC}")
Q("tricky", "List employees hired before their own manager - employee name and manager name",
  "SELECT {ENAME} AS name, m.first_name || ' ' || m.last_name AS manager FROM employees e "
  "JOIN employees m ON m.employee_id = e.manager_id WHERE e.hire_date < m.hire_date")

# ============================================================================= checks
MINIMUMS = {"time": 55, "measures": 40, "tricky": 30, "filters": 20, "topn": 20,
            "breakdowns": 18, "simple": 17}


def close(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
    return a == b


def main():
    con = sqlite3.connect("file:" + DB + "?mode=ro", uri=True)
    failures = []
    seen_q = set()
    for i, it in enumerate(ITEMS):
        tag = f"[{i}] {it['kind']}: {it['question']}"
        if it["kind"] not in MINIMUMS:
            failures.append(tag + " -> unknown kind")
        if it["question"].lower() in seen_q:
            failures.append(tag + " -> duplicate question")
        seen_q.add(it["question"].lower())
        try:
            cur = con.execute(it["sql"])
            rows = cur.fetchall()
            cols = [d[0] for d in cur.description]
        except sqlite3.Error as e:
            failures.append(f"{tag} -> SQL error {e}")
            continue
        if not rows:
            failures.append(tag + " -> no rows")
            continue
        if all(v is None for r in rows for v in r):
            failures.append(tag + " -> only NULLs")
            continue
        for j, cn in enumerate(cols):
            if all(r[j] is None for r in rows):
                failures.append(f"{tag} -> column {cn} all NULL")
        if len(set(cols)) != len(cols):
            failures.append(f"{tag} -> duplicate column names {cols}")
        it["_rows"] = rows
        it["_cols"] = cols
        ranked = re.search(r"\bLIMIT\b|\bRANK\(\)|\bROW_NUMBER\(\)", it["sql"], re.I)
        if ranked and not it["tie"]:
            failures.append(tag + " -> ranking query without a tie check")
        if it["tie"]:
            n, spec = it["tie"]
            if isinstance(spec, int):
                m = re.search(r"\s+LIMIT\s+\d+\s*$", it["sql"], re.I)
                if not m:
                    failures.append(tag + " -> tie spec needs a trailing LIMIT")
                    continue
                full = con.execute(it["sql"][:m.start()]).fetchall()
                pairs = [("all", r[spec]) for r in full]
            else:
                pairs = con.execute(spec).fetchall()
            groups = {}
            for g, v in pairs:
                groups.setdefault(g, []).append(v)
            for g, vals in groups.items():
                if len(vals) > n and close(vals[n - 1], vals[n]):
                    failures.append(f"{tag} -> tie at cut-off {n} in group {g}: {vals[n-1]!r} = {vals[n]!r}")
                if len(vals) < n and g == "all":
                    failures.append(f"{tag} -> fewer than {n} ranked values")
    counts = {}
    for it in ITEMS:
        counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    for k, mn in MINIMUMS.items():
        if counts.get(k, 0) < mn:
            failures.append(f"kind {k}: {counts.get(k, 0)} < {mn}")
    if len(ITEMS) < 200:
        failures.append(f"only {len(ITEMS)} items")
    if "-v" in sys.argv:
        for i, it in enumerate(ITEMS):
            rows = it.get("_rows", [])
            print(f"[{i}] {it['kind']} | {it['question']}\n    {it.get('_cols')} {len(rows)} rows: {rows[:4]}")
    if failures:
        print("FAILURES:")
        for f in failures:
            print("  " + f)
        sys.exit(1)
    out = [{"question": it["question"], "db_id": "demo", "query": it["sql"]} for it in ITEMS]
    kinds = {str(i): it["kind"] for i, it in enumerate(ITEMS)}
    with open(os.path.join(HERE, "demo_v6.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "demo_v6_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=2)
        f.write("\n")
    print(f"OK: {len(ITEMS)} items; " + ", ".join(f"{k} {counts[k]}" for k in MINIMUMS))


if __name__ == "__main__":
    main()
