#!/usr/bin/env python3
"""Held-out business questions with gold SQL over the genbi demo sales database (v22).

Written blind: only /work/main/README.md and the demo database itself were read.

CONVENTIONS (decided before any question was written; every gold follows them)

Revenue / sales
  * Revenue of an order line = quantity * unit_price * (1 - COALESCE(discount, 0)), using the
    price on order_items (the price actually charged). Revenue counts only orders whose
    status is not 'cancelled' (returned, delivered, shipped and pending all count). This
    reproduces the README figures (2021 = $1,212,415.64, 2024 = $2,138,329.99, top customer
    Jan Russo $24,472.30). Shipping cost is NOT revenue.
  * Units sold = SUM(quantity) over non-cancelled orders.
  * AOV (average order value) = revenue / COUNT(DISTINCT non-cancelled orders).
  * Cost of a line = quantity * products.unit_cost. Profit (gross profit, margin $) = revenue -
    cost, non-cancelled orders only. Margin % = 100 * profit / revenue.
  * "Orders" / "number of orders" counts orders of every status unless the question says
    otherwise or the count is part of a revenue measure (AOV, order value > $X, active
    customers, which all use non-cancelled orders). Order value = revenue of that order.
  * Percent of orders with a status = 100 * orders with that status / all orders (all statuses).
  * Share of total = 100 * part / total of the same measure over the same period.
  * Discount amount = quantity * unit_price * COALESCE(discount, 0).
Time
  * "Today" = the last order date in the data, 2024-12-31. "This year" = 2024, "last year" = 2023.
  * "Last N months" = N whole calendar months ending with December 2024
    (last 6 months = 2024-07-01 .. 2024-12-31). "Last 12 months" = calendar 2024.
  * Labels: month 'YYYY-MM', quarter 'YYYY-Qn', half-year 'YYYY-H1'/'YYYY-H2', year 'YYYY'
    (strftime text); month of year (seasonality) as integer 1..12; weekday names from
    strftime('%w'), listed Monday first; a week starts on Monday and is labelled by the
    date of that Monday ('YYYY-MM-DD').
  * Days between dates = julianday(later) - julianday(earlier); days to ship are over orders
    with a ship_date.
  * Growth % = 100 * (current - previous) / previous.
  * Time series ascending by period.
People and names
  * Customers and employees are shown as first_name || ' ' || last_name. Customer names are
    not unique, so grouping is always by customer_id; a question about one named customer
    also gives the city. Products, categories, regions are shown by name.
  * Region of a customer/order = the customer's region; "rep's region" = the employee's region.
  * An "active" customer placed at least one non-cancelled order in the period.
Output
  * Money, averages, percentages: ROUND(x, 2). Counts are plain integers.
  * Rankings and breakdowns ordered by the measure descending (ascending for "bottom/worst");
    plain lists ordered by name; top-N uses LIMIT and no tie at the cut-off.
  * The gold returns the columns the question asks for: a list returns display names; the
    measure is added only when it ranks the rows or is asked for.
Checks (run before writing): every gold runs on SQLite, returns rows, not all NULL; no tie at
a final LIMIT cut-off; exact kind counts; no duplicate question.
"""
import json
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "demo", "demo.sqlite")
OUT = os.path.join(HERE, "demo_v22.json")
OUT_KINDS = os.path.join(HERE, "demo_v22_kinds.json")

MACROS = {
    "{REV}": "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))",
    "{COST}": "oi.quantity * p.unit_cost",
    "{BASE}": "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id",
    "{NC}": "o.status <> 'cancelled'",
    "{QTR}": "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)",
    "{CUST}": "c.first_name || ' ' || c.last_name",
    "{EMP}": "e.first_name || ' ' || e.last_name",
    "{WDAY}": ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
               "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
               "WHEN '5' THEN 'Friday' ELSE 'Saturday' END"),
}


def X(sql):
    for k, v in MACROS.items():
        sql = sql.replace(k, v)
    return " ".join(sql.split())


ITEMS = []  # (kind, question, sql, tie_check_sql_or_None)


def add(kind, q, sql, check=None):
    ITEMS.append((kind, q, X(sql), X(check) if check else None))


# ---------------------------------------------------------------- simple (12)
add("simple", "How many customers do we have?",
    "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products are discontinued",
    "SELECT COUNT(*) AS discontinued_products FROM products WHERE discontinued = 1")
add("simple", "list our sales regions",
    "SELECT name FROM regions ORDER BY name")
add("simple", "total revenue all time?",
    "SELECT ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC}")
add("simple", "How many orders have we had in total?",
    "SELECT COUNT(*) AS orders FROM orders")
add("simple", "how many employees are on the sales team",
    "SELECT COUNT(*) AS employees FROM employees")
add("simple", "what product categories do we carry?",
    "SELECT name FROM categories ORDER BY name")
add("simple", "How many loyalty members r there",
    "SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1")
add("simple", "avg shiping cost per order",
    "SELECT ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost FROM orders o WHERE {NC}")
add("simple", "How many customers are based in Germany?",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany'")
add("simple", "how many orders got returned?",
    "SELECT COUNT(*) AS returned_orders FROM orders WHERE status = 'returned'")
add("simple", "In how many countries do we have customers?",
    "SELECT COUNT(DISTINCT country) AS countries FROM customers")

# ---------------------------------------------------------------- filters (15)
add("filters", "How many orders were over $1,000?",
    "SELECT COUNT(*) AS orders FROM (SELECT o.order_id {BASE} WHERE {NC} "
    "GROUP BY o.order_id HAVING SUM({REV}) > 1000)")
add("filters", "how many loyalty members in Canada",
    "SELECT COUNT(*) AS loyalty_members FROM customers WHERE country = 'Canada' AND loyalty_member = 1")
add("filters", "office supplies products under $20",
    "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Office Supplies' AND p.unit_price < 20 ORDER BY p.name")
add("filters", "How many Corporate customers do we have in France?",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'France' AND segment = 'Corporate'")
add("filters", "revenue from phone orders in 2023",
    "SELECT ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} AND o.channel = 'phone' "
    "AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("filters", "Electronics items priced above $200 - which ones?",
    "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Electronics' AND p.unit_price > 200 ORDER BY p.name")
add("filters", "how many orders had at least one item discounted 20% or more",
    "SELECT COUNT(DISTINCT oi.order_id) AS orders FROM order_items oi WHERE oi.discount >= 0.2")
add("filters", "How many Japanese customers signed up in 2024?",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Japan' "
    "AND signup_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("filters", "which employees were hired before 2016?",
    "SELECT first_name || ' ' || last_name AS employee FROM employees "
    "WHERE hire_date < '2016-01-01' ORDER BY employee")
add("filters", "Sales from Small Business customers in Latin America?",
    "SELECT ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id "
    "WHERE {NC} AND c.segment = 'Small Business' AND r.name = 'Latin America'")
add("filters", "how many online orders in 2024 had free shipping",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' AND shipping_cost = 0 "
    "AND order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("filters", "products we launched in 2024",
    "SELECT name FROM products WHERE launch_date BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY name")
add("filters", "Europe employees making more than 75k",
    "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e "
    "JOIN regions r ON r.region_id = e.region_id WHERE r.name = 'Europe' AND e.salary > 75000 "
    "ORDER BY employee")
add("filters", "How many orders shipped the same day they were placed?",
    "SELECT COUNT(*) AS orders FROM orders WHERE ship_date = order_date")
add("filters", "how many customers dont have an email on file",
    "SELECT COUNT(*) AS customers FROM customers WHERE email IS NULL OR email = ''")

# ---------------------------------------------------------------- topn (15)
add("topn", "Top 5 customers by revenue",
    "SELECT {CUST} AS customer, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY c.customer_id ORDER BY SUM({REV}) DESC LIMIT 5")
add("topn", "top 10 products by units sold in 2024",
    "SELECT p.name AS product, SUM(oi.quantity) AS units {BASE} "
    "JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
    "GROUP BY p.product_id ORDER BY units DESC LIMIT 10")
add("topn", "top 3 categories by sales",
    "SELECT cat.name AS category, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} GROUP BY cat.category_id ORDER BY SUM({REV}) DESC LIMIT 3")
add("topn", "who was our best sales rep in 2023 by revenue?",
    "SELECT {EMP} AS employee, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} "
    "AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' "
    "GROUP BY e.employee_id ORDER BY SUM({REV}) DESC LIMIT 1")
add("topn", "Top 3 countries by number of customers",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3")
add("topn", "5 worst selling products by revenue",
    "SELECT p.name AS product, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "GROUP BY p.product_id ORDER BY SUM({REV}) ASC LIMIT 5")
add("topn", "top 5 cities by revenue",
    "SELECT c.city, ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE {NC} GROUP BY c.city ORDER BY SUM({REV}) DESC LIMIT 5")
add("topn", "Which 3 products have the best profit margin %?",
    "SELECT p.name AS product, ROUND(100.0 * SUM({REV} - {COST}) / SUM({REV}), 2) AS margin_pct {BASE} "
    "JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "GROUP BY p.product_id ORDER BY SUM({REV} - {COST}) / SUM({REV}) DESC LIMIT 3")
add("topn", "top 5 companies by revenue",
    "SELECT c.company, ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE {NC} AND c.company IS NOT NULL AND c.company <> '' GROUP BY c.company "
    "ORDER BY SUM({REV}) DESC LIMIT 5")
add("topn", "Top 3 reps by number of orders handled in 2024",
    "SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
    "WHERE o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY e.employee_id "
    "ORDER BY orders DESC LIMIT 3")
add("topn", "5 biggest orders ever - order id, customer and value",
    "SELECT o.order_id, {CUST} AS customer, ROUND(SUM({REV}), 2) AS order_value {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
    "GROUP BY o.order_id ORDER BY SUM({REV}) DESC LIMIT 5")
add("topn", "top 5 products in Europe by revenue",
    "SELECT p.name AS product, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' "
    "GROUP BY p.product_id ORDER BY SUM({REV}) DESC LIMIT 5")
add("topn", "top 5 customers by number of orders",
    "SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5")
add("topn", "Largest 5 Corporate accounts by revenue",
    "SELECT {CUST} AS customer, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.segment = 'Corporate' "
    "GROUP BY c.customer_id ORDER BY SUM({REV}) DESC LIMIT 5")
add("topn", "what category sold the most units in Q4 2024",
    "SELECT cat.name AS category, SUM(oi.quantity) AS units {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31' "
    "GROUP BY cat.category_id ORDER BY units DESC LIMIT 1")

# ---------------------------------------------------------------- breakdowns (13)
add("breakdowns", "Revenue by region",
    "SELECT r.name AS region, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    "WHERE {NC} GROUP BY r.region_id ORDER BY SUM({REV}) DESC")
add("breakdowns", "number of customers per segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "sales by channel",
    "SELECT o.channel, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "GROUP BY o.channel ORDER BY SUM({REV}) DESC")
add("breakdowns", "order count by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "Revenue by category",
    "SELECT cat.name AS category, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} GROUP BY cat.category_id ORDER BY SUM({REV}) DESC")
add("breakdowns", "AOV by channel",
    "SELECT o.channel, ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {BASE} "
    "WHERE {NC} GROUP BY o.channel ORDER BY SUM({REV}) / COUNT(DISTINCT o.order_id) DESC")
add("breakdowns", "units sold per catgory in 2024",
    "SELECT cat.name AS category, SUM(oi.quantity) AS units {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
    "GROUP BY cat.category_id ORDER BY units DESC")
add("breakdowns", "customers by country",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC")
add("breakdowns", "revenue by segment and region",
    "SELECT c.segment, r.name AS region, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    "WHERE {NC} GROUP BY c.segment, r.region_id ORDER BY SUM({REV}) DESC")
add("breakdowns", "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC")
add("breakdowns", "Revenue loyalty members vs non members",
    "SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, "
    "ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE {NC} GROUP BY c.loyalty_member ORDER BY SUM({REV}) DESC")
add("breakdowns", "total shipping costs by channel",
    "SELECT channel, ROUND(SUM(shipping_cost), 2) AS shipping_cost FROM orders o WHERE {NC} "
    "GROUP BY channel ORDER BY SUM(shipping_cost) DESC")
add("breakdowns", "revenue by rep job title",
    "SELECT e.title, ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN employees e ON e.employee_id = o.employee_id "
    "WHERE {NC} GROUP BY e.title ORDER BY SUM({REV}) DESC")

# ---------------------------------------------------------------- measures (35)
add("measures", "What's our average order value?",
    "SELECT ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {BASE} WHERE {NC}")
add("measures", "AOV for 2024",
    "SELECT ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {BASE} "
    "WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "overall gross margin %",
    "SELECT ROUND(100.0 * SUM({REV} - {COST}) / SUM({REV}), 2) AS margin_pct {BASE} "
    "JOIN products p ON p.product_id = oi.product_id WHERE {NC}")
add("measures", "total profit in 2023",
    "SELECT ROUND(SUM({REV} - {COST}), 2) AS profit {BASE} JOIN products p ON p.product_id = oi.product_id "
    "WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("measures", "What share of revenue comes from Electronics?",
    "SELECT ROUND(100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN {REV} ELSE 0 END) / SUM({REV}), 2) "
    "AS electronics_share_pct {BASE} JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC}")
add("measures", "% of orders cancelled",
    "SELECT ROUND(100.0 * SUM(status = 'cancelled') / COUNT(*), 2) AS cancelled_pct FROM orders")
add("measures", "return rate in 2024 (% of orders returned)",
    "SELECT ROUND(100.0 * SUM(status = 'returned') / COUNT(*), 2) AS returned_pct FROM orders "
    "WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "How many units have we sold in total?",
    "SELECT SUM(oi.quantity) AS units {BASE} WHERE {NC}")
add("measures", "avg discount on items that were discounted, in %",
    "SELECT ROUND(100.0 * AVG(oi.discount), 2) AS avg_discount_pct FROM order_items oi WHERE oi.discount > 0")
add("measures", "average units per order",
    "SELECT ROUND(1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id), 2) AS avg_units_per_order {BASE} WHERE {NC}")
add("measures", "average revenue per customer (customers who bought something)",
    "SELECT ROUND(SUM({REV}) / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer {BASE} WHERE {NC}")
add("measures", "margin % by category",
    "SELECT cat.name AS category, ROUND(100.0 * SUM({REV} - {COST}) / SUM({REV}), 2) AS margin_pct {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} GROUP BY cat.category_id ORDER BY SUM({REV} - {COST}) / SUM({REV}) DESC")
add("measures", "share of revenue by channel in %",
    "SELECT o.channel, ROUND(100.0 * SUM({REV}) / (SELECT SUM({REV}) {BASE} WHERE {NC}), 2) AS share_pct "
    "{BASE} WHERE {NC} GROUP BY o.channel ORDER BY SUM({REV}) DESC")
add("measures", "how much did we give away in discounts in $?",
    "SELECT ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount "
    "{BASE} WHERE {NC}")
add("measures", "How much revenue did we lose to cancelled orders?",
    "SELECT ROUND(SUM({REV}), 2) AS cancelled_value {BASE} WHERE o.status = 'cancelled'")
add("measures", "avg number of line items per order",
    "SELECT ROUND(1.0 * COUNT(*) / COUNT(DISTINCT o.order_id), 2) AS avg_lines_per_order {BASE} WHERE {NC}")
add("measures", "what % of customers are loyalty members",
    "SELECT ROUND(100.0 * SUM(loyalty_member = 1) / COUNT(*), 2) AS loyalty_pct FROM customers")
add("measures", "AOV for loyalty members vs everyone else",
    "SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, "
    "ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.loyalty_member "
    "ORDER BY SUM({REV}) / COUNT(DISTINCT o.order_id) DESC")
add("measures", "average shipping cost on online orders",
    "SELECT ROUND(AVG(o.shipping_cost), 2) AS avg_shipping_cost FROM orders o WHERE {NC} AND o.channel = 'online'")
add("measures", "Furniture profit margin?",
    "SELECT ROUND(100.0 * SUM({REV} - {COST}) / SUM({REV}), 2) AS margin_pct {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} AND cat.name = 'Furniture'")
add("measures", "what % of revenue comes from our top 10 customers",
    "SELECT ROUND(100.0 * (SELECT SUM(rev) FROM (SELECT SUM({REV}) AS rev {BASE} WHERE {NC} "
    "GROUP BY o.customer_id ORDER BY rev DESC LIMIT 10)) / SUM({REV}), 2) AS top10_share_pct {BASE} WHERE {NC}")
add("measures", "avg selling price per unit for electronics",
    "SELECT ROUND(SUM({REV}) / SUM(oi.quantity), 2) AS avg_price_per_unit {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} AND cat.name = 'Electronics'")
add("measures", "Average profit per order",
    "SELECT ROUND(SUM({REV} - {COST}) / COUNT(DISTINCT o.order_id), 2) AS profit_per_order {BASE} "
    "JOIN products p ON p.product_id = oi.product_id WHERE {NC}")
add("measures", "what percent of orders include a discount",
    "SELECT ROUND(100.0 * COUNT(DISTINCT CASE WHEN oi.discount > 0 THEN o.order_id END) "
    "/ COUNT(DISTINCT o.order_id), 2) AS discounted_orders_pct {BASE}")
add("measures", "% of orders placed online",
    "SELECT ROUND(100.0 * SUM(channel = 'online') / COUNT(*), 2) AS online_pct FROM orders")
add("measures", "avg order value by customer segment",
    "SELECT c.segment, ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment "
    "ORDER BY SUM({REV}) / COUNT(DISTINCT o.order_id) DESC")
add("measures", "total payroll for the Europe team",
    "SELECT ROUND(SUM(e.salary), 2) AS total_salary FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "WHERE r.name = 'Europe'")
add("measures", "Europe's share of 2024 revenue",
    "SELECT ROUND(100.0 * SUM(CASE WHEN r.name = 'Europe' THEN {REV} ELSE 0 END) / SUM({REV}), 2) "
    "AS europe_share_pct {BASE} JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "return rate by channel",
    "SELECT channel, ROUND(100.0 * SUM(status = 'returned') / COUNT(*), 2) AS returned_pct FROM orders "
    "GROUP BY channel ORDER BY 1.0 * SUM(status = 'returned') / COUNT(*) DESC")
add("measures", "overall discount rate - discounts as % of gross sales",
    "SELECT ROUND(100.0 * SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) "
    "/ SUM(oi.quantity * oi.unit_price), 2) AS discount_rate_pct {BASE} WHERE {NC}")
add("measures", "how many different products did we sell in 2024",
    "SELECT COUNT(DISTINCT oi.product_id) AS products {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "gross profit by region",
    "SELECT r.name AS region, ROUND(SUM({REV} - {COST}), 2) AS profit {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN customers c ON c.customer_id = o.customer_id "
    "JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id "
    "ORDER BY SUM({REV} - {COST}) DESC")
add("measures", "Total revenue and profit for Sports",
    "SELECT ROUND(SUM({REV}), 2) AS revenue, ROUND(SUM({REV} - {COST}), 2) AS profit {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} AND cat.name = 'Sports'")
add("measures", "avg salary by title",
    "SELECT title, ROUND(AVG(salary), 2) AS avg_salary FROM employees GROUP BY title ORDER BY AVG(salary) DESC")
add("measures", "what % of our customers have never placed an order",
    "SELECT ROUND(100.0 * SUM(NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)) "
    "/ COUNT(*), 2) AS never_ordered_pct FROM customers c")

# ---------------------------------------------------------------- time (45)
add("time", "Revenue by year",
    "SELECT strftime('%Y', o.order_date) AS year, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "GROUP BY year ORDER BY year")
add("time", "quarterly revenue for 2024",
    "SELECT {QTR} AS quarter, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter")
add("time", "how much did we sell in Q3 2023",
    "SELECT ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'")
add("time", "revenue march 2024?",
    "SELECT ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-03-01' AND '2024-03-31'")
add("time", "which day of the week gets the most orders",
    "SELECT {WDAY} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY strftime('%w', o.order_date) "
    "ORDER BY orders DESC LIMIT 1")
add("time", "monthly revenue last 6 months",
    "SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "YoY revenue growth 2024 vs 2023 in %",
    "SELECT ROUND(100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {REV} ELSE 0 END) "
    "- SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} ELSE 0 END)) "
    "/ SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} ELSE 0 END), 2) AS yoy_growth_pct "
    "{BASE} WHERE {NC}")
add("time", "MoM revenue growth % for each month of 2024",
    "SELECT month, ROUND(100.0 * (revenue - prev) / prev, 2) AS mom_growth_pct FROM ("
    "SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue, "
    "LAG(SUM({REV})) OVER (ORDER BY strftime('%Y-%m', o.order_date)) AS prev {BASE} WHERE {NC} "
    "GROUP BY month) WHERE month BETWEEN '2024-01' AND '2024-12' ORDER BY month")
add("time", "avg days from order to shipping",
    "SELECT ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship FROM orders "
    "WHERE ship_date IS NOT NULL")
add("time", "average days to ship by channel",
    "SELECT channel, ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship "
    "FROM orders WHERE ship_date IS NOT NULL GROUP BY channel "
    "ORDER BY AVG(julianday(ship_date) - julianday(order_date)) DESC")
add("time", "new customer signups per year",
    "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS customers FROM customers GROUP BY year ORDER BY year")
add("time", "when was our very first order and the most recent one?",
    "SELECT MIN(order_date) AS first_order_date, MAX(order_date) AS last_order_date FROM orders")
add("time", "H1 vs H2 revenue 2024",
    "SELECT strftime('%Y', o.order_date) || CASE WHEN strftime('%m', o.order_date) <= '06' THEN '-H1' ELSE '-H2' END "
    "AS half, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY half ORDER BY half")
add("time", "running total of revenue by month in 2024",
    "SELECT month, ROUND(SUM(revenue) OVER (ORDER BY month), 2) AS running_revenue FROM ("
    "SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month) ORDER BY month")
add("time", "seasonality: total revenue by month of year, all years combined",
    "SELECT CAST(strftime('%m', o.order_date) AS INTEGER) AS month_of_year, ROUND(SUM({REV}), 2) AS revenue "
    "{BASE} WHERE {NC} GROUP BY month_of_year ORDER BY month_of_year")
add("time", "orders per week in Dec 2024",
    "SELECT date(o.order_date, '-6 days', 'weekday 1') AS week_start, COUNT(*) AS orders FROM orders o "
    "WHERE o.order_date BETWEEN '2024-12-01' AND '2024-12-31' GROUP BY week_start ORDER BY week_start")
add("time", "what was our best month ever for revenue",
    "SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "GROUP BY month ORDER BY SUM({REV}) DESC LIMIT 1")
add("time", "how many customers placed their first ever order in 2024",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING MIN(order_date) BETWEEN '2024-01-01' AND '2024-12-31')")
add("time", "weekend vs weekday revenue this year",
    "SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS day_type, "
    "ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
    "GROUP BY day_type ORDER BY SUM({REV}) DESC")
add("time", "Q4 revenue for each year",
    "SELECT strftime('%Y', o.order_date) AS year, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND strftime('%m', o.order_date) IN ('10', '11', '12') GROUP BY year ORDER BY year")
add("time", "revenue last 3 months vs the 3 months before that",
    "SELECT ROUND(SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {REV} ELSE 0 END), 2) "
    "AS last_3_months, ROUND(SUM(CASE WHEN o.order_date BETWEEN '2024-07-01' AND '2024-09-30' THEN {REV} "
    "ELSE 0 END), 2) AS previous_3_months {BASE} WHERE {NC}")
add("time", "total sales in the last 12 months",
    "SELECT ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("time", "order count by month for 2023",
    "SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders "
    "WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month")
add("time", "which quarter had the highest revenue ever?",
    "SELECT {QTR} AS quarter, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "GROUP BY quarter ORDER BY SUM({REV}) DESC LIMIT 1")
add("time", "avg number of days between a customer's signup and their first order",
    "SELECT ROUND(AVG(julianday(f.first_order) - julianday(c.signup_date)), 2) AS avg_days "
    "FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f "
    "ON f.customer_id = c.customer_id")
add("time", "how many products launched each year",
    "SELECT strftime('%Y', launch_date) AS year, COUNT(*) AS products FROM products "
    "WHERE launch_date IS NOT NULL GROUP BY year ORDER BY year")
add("time", "yoy growth by category, 2024 vs 2023",
    "SELECT cat.name AS category, ROUND(100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {REV} ELSE 0 END) "
    "- SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} ELSE 0 END)) "
    "/ SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} ELSE 0 END), 2) AS yoy_growth_pct "
    "{BASE} JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} GROUP BY cat.category_id ORDER BY yoy_growth_pct DESC")
add("time", "sales on christmas eve 2023",
    "SELECT ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} AND o.order_date = '2023-12-24'")
add("time", "monthly active customers over the last 6 months",
    "SELECT strftime('%Y-%m', o.order_date) AS month, COUNT(DISTINCT o.customer_id) AS active_customers "
    "FROM orders o WHERE {NC} AND o.order_date BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "cumulative number of customers by signup year",
    "SELECT year, SUM(n) OVER (ORDER BY year) AS cumulative_customers FROM ("
    "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS n FROM customers GROUP BY year) ORDER BY year")
add("time", "units sold per year and the yoy growth",
    "SELECT year, units, ROUND(100.0 * (units - LAG(units) OVER (ORDER BY year)) / LAG(units) OVER (ORDER BY year), 2) "
    "AS yoy_growth_pct FROM (SELECT strftime('%Y', o.order_date) AS year, SUM(oi.quantity) AS units {BASE} "
    "WHERE {NC} GROUP BY year) ORDER BY year")
add("time", "which weekday brought in the most revenue in 2024",
    "SELECT {WDAY} AS weekday, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY strftime('%w', o.order_date) "
    "ORDER BY SUM({REV}) DESC LIMIT 1")
add("time", "QoQ revenue growth in 2024",
    "SELECT quarter, ROUND(100.0 * (revenue - prev) / prev, 2) AS qoq_growth_pct FROM ("
    "SELECT {QTR} AS quarter, SUM({REV}) AS revenue, LAG(SUM({REV})) OVER (ORDER BY {QTR}) AS prev "
    "{BASE} WHERE {NC} GROUP BY quarter) WHERE quarter LIKE '2024-%' ORDER BY quarter")
add("time", "how many orders came in the week of Dec 23 2024",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2024-12-23' AND '2024-12-29'")
add("time", "busiest single day ever by number of orders",
    "SELECT order_date, COUNT(*) AS orders FROM orders GROUP BY order_date ORDER BY orders DESC LIMIT 1")
add("time", "monthly revenue 2022 vs 2023 side by side",
    "SELECT CAST(strftime('%m', o.order_date) AS INTEGER) AS month_of_year, "
    "ROUND(SUM(CASE WHEN strftime('%Y', o.order_date) = '2022' THEN {REV} ELSE 0 END), 2) AS revenue_2022, "
    "ROUND(SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} ELSE 0 END), 2) AS revenue_2023 "
    "{BASE} WHERE {NC} AND o.order_date BETWEEN '2022-01-01' AND '2023-12-31' "
    "GROUP BY month_of_year ORDER BY month_of_year")
add("time", "how many orders took more than 3 days to ship, per year",
    "SELECT strftime('%Y', order_date) AS year, COUNT(*) AS orders FROM orders "
    "WHERE julianday(ship_date) - julianday(order_date) > 3 GROUP BY year ORDER BY year")
add("time", "of the customers whose first order was in 2023, how many ordered again in 2024?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING MIN(order_date) BETWEEN '2023-01-01' AND '2023-12-31' "
    "AND SUM(order_date BETWEEN '2024-01-01' AND '2024-12-31') > 0)")
add("time", "3 month rolling avg revenue for 2024",
    "SELECT month, ROUND(rolling, 2) AS rolling_3m_avg_revenue FROM ("
    "SELECT strftime('%Y-%m', o.order_date) AS month, AVG(SUM({REV})) OVER (ORDER BY strftime('%Y-%m', o.order_date) "
    "ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS rolling {BASE} WHERE {NC} GROUP BY month) "
    "WHERE month BETWEEN '2024-01' AND '2024-12' ORDER BY month")
add("time", "AOV by quarter for 2024",
    "SELECT {QTR} AS quarter, ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value {BASE} "
    "WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter")
add("time", "how many days since Youssef Ibrahim (Mombasa) last ordered",
    "SELECT CAST(julianday('2024-12-31') - julianday(MAX(o.order_date)) AS INTEGER) AS days_since_last_order "
    "FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.first_name = 'Youssef' AND c.last_name = 'Ibrahim' AND c.city = 'Mombasa'")
add("time", "revenue by month for electronics last 3 months",
    "SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE {NC} AND cat.name = 'Electronics' AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31' "
    "GROUP BY month ORDER BY month")
add("time", "avg orders per day by weekday",
    "SELECT {WDAY} AS weekday, ROUND(1.0 * COUNT(*) / COUNT(DISTINCT o.order_date), 2) AS avg_orders_per_day "
    "FROM orders o GROUP BY strftime('%w', o.order_date) "
    "ORDER BY (CAST(strftime('%w', o.order_date) AS INTEGER) + 6) % 7")
add("time", "when did Elena Schmidt from Bristol place her first and last orders",
    "SELECT MIN(o.order_date) AS first_order_date, MAX(o.order_date) AS last_order_date FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id "
    "WHERE c.first_name = 'Elena' AND c.last_name = 'Schmidt' AND c.city = 'Bristol'")
add("time", "revenue by half year, all years",
    "SELECT strftime('%Y', o.order_date) || CASE WHEN strftime('%m', o.order_date) <= '06' THEN '-H1' ELSE '-H2' END "
    "AS half, ROUND(SUM({REV}), 2) AS revenue {BASE} WHERE {NC} GROUP BY half ORDER BY half")

# ---------------------------------------------------------------- tricky (25)
add("tricky", "products priced above their category's average price",
    "SELECT p.name FROM products p WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 "
    "WHERE p2.category_id = p.category_id) ORDER BY p.name")
add("tricky", "how many customers bought both Electronics and Furniture",
    "SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {BASE} JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name IN ('Electronics', 'Furniture') "
    "GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)")
add("tricky", "customers that never placed an order - how many?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "which products had no sales at all in 2024",
    "SELECT p.name FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31') ORDER BY p.name")
add("tricky", "how many customers ordered in 2023 but not in 2024",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(order_date BETWEEN '2023-01-01' AND '2023-12-31') > 0 "
    "AND SUM(order_date BETWEEN '2024-01-01' AND '2024-12-31') = 0)")
add("tricky", "employees who have never taken an order",
    "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e WHERE NOT EXISTS "
    "(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee")
add("tricky", "reps whose 2024 revenue was above the average rep's 2024 revenue",
    "WITH r AS (SELECT o.employee_id, SUM({REV}) AS revenue {BASE} WHERE {NC} AND o.employee_id IS NOT NULL "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY o.employee_id) "
    "SELECT {EMP} AS employee FROM r JOIN employees e ON e.employee_id = r.employee_id "
    "WHERE r.revenue > (SELECT AVG(revenue) FROM r) ORDER BY employee")
add("tricky", "which category has the most discontinued products",
    "SELECT cat.name AS category, COUNT(*) AS discontinued_products FROM products p "
    "JOIN categories cat ON cat.category_id = p.category_id WHERE p.discontinued = 1 GROUP BY cat.category_id "
    "HAVING COUNT(*) = (SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM products WHERE discontinued = 1 "
    "GROUP BY category_id)) ORDER BY category")
add("tricky", "how many customers with orders have bought neither Electronics nor Books",
    "SELECT COUNT(*) AS customers FROM (SELECT o.customer_id {BASE} JOIN products p ON p.product_id = oi.product_id "
    "JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY o.customer_id "
    "HAVING SUM(cat.name IN ('Electronics', 'Books')) = 0)")
add("tricky", "months in 2024 where revenue beat the 2024 monthly average",
    "WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue {BASE} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month) "
    "SELECT month FROM m WHERE revenue > (SELECT AVG(revenue) FROM m) ORDER BY month")
add("tricky", "how many customers have only ever ordered online",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(channel <> 'online') = 0)")
add("tricky", "managers and how many direct reports each has",
    "SELECT m.first_name || ' ' || m.last_name AS manager, COUNT(*) AS direct_reports FROM employees e "
    "JOIN employees m ON m.employee_id = e.manager_id GROUP BY m.employee_id ORDER BY direct_reports DESC")
add("tricky", "revenue booked by reps in each rep's region",
    "SELECT r.name AS region, ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN employees e ON e.employee_id = o.employee_id "
    "JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.region_id ORDER BY SUM({REV}) DESC")
add("tricky", "how many customers placed more orders than the average customer",
    "WITH n AS (SELECT customer_id, COUNT(*) AS orders FROM orders GROUP BY customer_id) "
    "SELECT COUNT(*) AS customers FROM n WHERE orders > (SELECT AVG(orders) FROM n)")
add("tricky", "discontinued products that still sold in 2024",
    "SELECT DISTINCT p.name {BASE} JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "AND p.discontinued = 1 AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY p.name")
add("tricky", "how many customers only ever ordered once",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) = 1)")
add("tricky", "whats the second best selling product by revenue",
    "SELECT p.name AS product, ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN products p ON p.product_id = oi.product_id "
    "WHERE {NC} GROUP BY p.product_id ORDER BY SUM({REV}) DESC LIMIT 1 OFFSET 1",
    check="SELECT p.name AS product, ROUND(SUM({REV}), 2) AS revenue {BASE} JOIN products p ON p.product_id = oi.product_id "
    "WHERE {NC} GROUP BY p.product_id ORDER BY SUM({REV}) DESC LIMIT 3")
add("tricky", "which employees were hired before their own manager",
    "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e "
    "JOIN employees m ON m.employee_id = e.manager_id WHERE e.hire_date < m.hire_date ORDER BY employee")
add("tricky", "which employees have no salary on record",
    "SELECT first_name || ' ' || last_name AS employee FROM employees WHERE salary IS NULL ORDER BY employee")
add("tricky", "countries where the AOV is higher than our overall AOV",
    "SELECT c.country FROM orders o JOIN order_items oi ON oi.order_id = o.order_id "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.country "
    "HAVING SUM({REV}) / COUNT(DISTINCT o.order_id) > (SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) {BASE} "
    "WHERE {NC}) ORDER BY c.country")
add("tricky", "how many customers share their full name with another customer",
    "SELECT COUNT(*) AS customers FROM customers c WHERE EXISTS (SELECT 1 FROM customers c2 "
    "WHERE c2.first_name = c.first_name AND c2.last_name = c.last_name AND c2.customer_id <> c.customer_id)")
add("tricky", "how many orders had products from 4 or more different categories",
    "SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM order_items oi JOIN products p ON p.product_id = oi.product_id "
    "GROUP BY oi.order_id HAVING COUNT(DISTINCT p.category_id) >= 4)")
add("tricky", "best selling product in each category by revenue",
    "WITH pr AS (SELECT p.category_id, p.name, SUM({REV}) AS revenue {BASE} JOIN products p ON p.product_id = oi.product_id "
    "WHERE {NC} GROUP BY p.product_id) SELECT cat.name AS category, pr.name AS product, ROUND(pr.revenue, 2) AS revenue "
    "FROM pr JOIN categories cat ON cat.category_id = pr.category_id "
    "WHERE pr.revenue = (SELECT MAX(revenue) FROM pr pr2 WHERE pr2.category_id = pr.category_id) "
    "ORDER BY pr.revenue DESC")
add("tricky", "how many customers ordered in every year 2021 thru 2024",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders "
    "WHERE order_date BETWEEN '2021-01-01' AND '2024-12-31' GROUP BY customer_id "
    "HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)")
add("tricky", "how much did each Jan Russo spend? we have a few",
    "SELECT {CUST} AS customer, c.city, ROUND(SUM({REV}), 2) AS revenue {BASE} "
    "JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.first_name = 'Jan' AND c.last_name = 'Russo' "
    "GROUP BY c.customer_id ORDER BY SUM({REV}) DESC")

# ---------------------------------------------------------------- checks
EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15, "breakdowns": 13, "simple": 12}
LIMIT_RE = re.compile(r"\bLIMIT\s+(\d+)(?:\s+OFFSET\s+(\d+))?\s*$", re.I)


def numeric_key(row):
    return tuple(v for v in row if isinstance(v, (int, float)))


def main():
    errors = []
    con = sqlite3.connect("file:%s?mode=ro" % DB, uri=True)
    counts = {}
    seen = set()
    for i, (kind, q, sql, check) in enumerate(ITEMS):
        counts[kind] = counts.get(kind, 0) + 1
        key = re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()
        if key in seen:
            errors.append("%d duplicate question: %s" % (i, q))
        seen.add(key)
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append("%d SQL error %s: %s" % (i, e, q))
            continue
        if not rows:
            errors.append("%d no rows: %s" % (i, q))
            continue
        if all(v is None for r in rows for v in r):
            errors.append("%d all NULL: %s" % (i, q))
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(1)) + int(m.group(2) or 0)
            base = check or sql
            mm = LIMIT_RE.search(base)
            wide = base[:mm.start()] + "LIMIT %d" % (n + 1)
            wrows = con.execute(wide).fetchall()
            if len(wrows) > n:
                a, b = numeric_key(wrows[n - 1]), numeric_key(wrows[n])
                if not a:
                    errors.append("%d LIMIT without a numeric measure to check: %s" % (i, q))
                elif a == b:
                    errors.append("%d tie at LIMIT cut-off %r vs %r: %s" % (i, wrows[n - 1], wrows[n], q))
                if m.group(2):  # OFFSET: also the row before the window must differ
                    k = int(m.group(2))
                    if numeric_key(wrows[k - 1]) == numeric_key(wrows[k]):
                        errors.append("%d tie at OFFSET boundary: %s" % (i, q))
    if counts != EXPECTED:
        errors.append("kind counts %r != %r" % (counts, EXPECTED))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s); nothing written" % len(errors))
        sys.exit(1)
    data = [{"question": q, "db_id": "demo", "query": sql} for (_, q, sql, _) in ITEMS]
    kinds = {str(i): k for i, (k, _, _, _) in enumerate(ITEMS)}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=2)
    with open(OUT_KINDS, "w") as f:
        json.dump(kinds, f, indent=2)
    print("OK: %d items written to %s and %s; %r" % (len(ITEMS), OUT, OUT_KINDS, counts))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--show":
        con = sqlite3.connect(DB)
        for i, (kind, q, sql, _) in enumerate(ITEMS):
            try:
                rows = con.execute(sql).fetchall()
            except sqlite3.Error as e:
                rows = ["ERR %s" % e]
            print("[%d %s] %s -> %d rows: %s" % (i, kind, q, len(rows), str(rows[:6])[:300]))
    else:
        main()
