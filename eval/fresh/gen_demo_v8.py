#!/usr/bin/env python3
"""Held-out question set v8 for the genbi demo sales database (db_id "demo").

Usage:  python3 gen_demo_v8.py --db /path/to/demo.sqlite

Re-runs every gold query on --db, checks it, and only when every check passes writes
demo_v8.json  ([{"question", "db_id": "demo", "query"}]) and demo_v8_kinds.json
({"<index>": kind}) beside this script.

Conventions used by every gold query
------------------------------------
* Metrics follow demo.semantic.yaml exactly:
    revenue  = SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))
    units sold = SUM(oi.quantity)
    average order value (AOV) = revenue / COUNT(DISTINCT o.order_id)
    profit   = revenue - SUM(oi.quantity * p.unit_cost)
    margin   = 100.0 * profit / NULLIF(revenue, 0)
  and each of them carries the default filter o.status <> 'cancelled'.  Plain counts of orders
  ("how many orders") count every order, cancelled ones included, unless the question narrows it.
  An order's value ("orders over $1,500", "biggest orders") is that order's revenue, so it also
  excludes cancelled orders.  An order's region is its customer's region (semantic-layer join
  path order_items -> orders -> customers -> regions), never the sales rep's, unless the question
  explicitly asks for the rep's region.
* "Now" is the data's last order date, computed in SQL: (SELECT MAX(order_date) FROM orders)
  (2024-12-31 in this database).  "This year" = the year of that date, "last year" = the year
  before; "this month"/"this quarter" likewise; "YTD" = Jan 1 of this year through now.
  "Last N months" = the N calendar months ending with now's month
  (order_date >= date(now, 'start of month', '-(N-1) months')); "last N days" = the N days
  ending with now (order_date > date(now, '-N days')).  Dates are order_date unless the question
  says shipped/signed up/hired/launched.
* People (customers, employees) are returned as one column "first last"
  (first_name || ' ' || last_name); customers are grouped by customer_id (names repeat).
* Percentages are on a 0-100 scale.  Growth % = 100 * (current - previous) / previous.
* Nothing is rounded unless the question asks for rounding.
* Each query returns exactly the columns the question asks for (a label column plus the measure
  for breakdowns / rankings; a single value for a single number).
* ORDER BY appears only where the question asks for an order (top/bottom N, "highest",
  "ranked", "sorted", "trend", "month by month", "over time", "running total"); each such item
  records why in its `order` field.  Where no order is asked for there is no ORDER BY.
* Top-N: the checker re-runs the query without its final LIMIT and fails if the row at the cut-off
  ties with the next one on the sort key (items choose another N when tied).  Items whose
  per-group ranking cannot be checked that way carry a `tie_sql` that must return no rows.
* Every gold query must return at least one row and not only NULLs.
"""
import argparse
import json
import os
import re
import sqlite3
import sys
from collections import Counter

REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COST = "SUM(oi.quantity * p.unit_cost)"
NC = "o.status <> 'cancelled'"
NOW = "(SELECT MAX(order_date) FROM orders)"
THIS_Y = "CAST(strftime('%Y', (SELECT MAX(order_date) FROM orders)) AS INTEGER)"
OY = "CAST(strftime('%Y', o.order_date) AS INTEGER)"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"
J_OI = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
J_OIP = J_OI + " JOIN products p ON p.product_id = oi.product_id"

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
            "breakdowns": 13, "simple": 12}

ITEMS = [
    # ------------------------------------------------------------------ simple (12)
    dict(kind="simple", q="How many customers are there?",
         sql="SELECT COUNT(*) AS customers FROM customers"),
    dict(kind="simple", q="how many products do we have",
         sql="SELECT COUNT(*) AS products FROM products"),
    dict(kind="simple", q="List all the regions",
         sql="SELECT name AS region FROM regions"),
    dict(kind="simple", q="What product categories do we carry?",
         sql="SELECT name AS category FROM categories"),
    dict(kind="simple", q="How many orders were cancelled?",
         sql="SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'"),
    dict(kind="simple", q="total revenue?",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC}"),
    dict(kind="simple", q="How many employees do we have",
         sql="SELECT COUNT(*) AS employees FROM employees"),
    dict(kind="simple", q="whats the total number of orders",
         sql="SELECT COUNT(*) AS orders FROM orders"),
    dict(kind="simple", q="How many loyalty members do we have?",
         sql="SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1"),
    dict(kind="simple", q="total units sold",
         sql=f"SELECT SUM(oi.quantity) AS units_sold {J_OI} WHERE {NC}"),
    dict(kind="simple", q="What is the average employee salary?",
         sql="SELECT AVG(salary) AS avg_salary FROM employees"),
    dict(kind="simple", q="which products are discontinued?",
         sql="SELECT name AS product FROM products WHERE discontinued = 1"),

    # ------------------------------------------------------------------ filters (15)
    dict(kind="filters", q="How many custmers are in Germany?",
         sql="SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany'"),
    dict(kind="filters", q="List products priced under $20",
         sql="SELECT name AS product FROM products WHERE unit_price < 20"),
    dict(kind="filters", q="How many orders were worth more than $1,500?",
         sql=f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id {J_OI} WHERE {NC} "
             f"GROUP BY o.order_id HAVING {REV} > 1500) t"),
    dict(kind="filters", q="how many corporate customers are in europe",
         sql="SELECT COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id "
             "WHERE c.segment = 'Corporate' AND r.name = 'Europe'"),
    dict(kind="filters", q="How many online orders were returned in 2023?",
         sql="SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' AND status = 'returned' "
             "AND order_date >= '2023-01-01' AND order_date < '2024-01-01'"),
    dict(kind="filters", q="Which employees were hired after 2020?",
         sql=f"SELECT {EMP} AS employee FROM employees e WHERE e.hire_date >= '2021-01-01'"),
    dict(kind="filters", q="how many customers have no email on file",
         sql="SELECT COUNT(*) AS customers FROM customers WHERE email IS NULL"),
    dict(kind="filters", q="Electronics products priced over $200",
         sql="SELECT p.name AS product FROM products p JOIN categories cat ON cat.category_id = p.category_id "
             "WHERE cat.name = 'Electronics' AND p.unit_price > 200"),
    dict(kind="filters", q="revenue from phone orders",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.channel = 'phone'"),
    dict(kind="filters", q="How many pending orders are there right now?",
         sql="SELECT COUNT(*) AS orders FROM orders WHERE status = 'pending'"),
    dict(kind="filters", q="Which customers in Japan are loyalty members?",
         sql=f"SELECT {CUST} AS customer FROM customers c WHERE c.country = 'Japan' AND c.loyalty_member = 1"),
    dict(kind="filters", q="Revenue from Small Business customers in North America in 2024",
         sql=f"SELECT {REV} AS revenue {J_OI} JOIN customers c ON c.customer_id = o.customer_id "
             "JOIN regions r ON r.region_id = c.region_id "
             f"WHERE {NC} AND c.segment = 'Small Business' AND r.name = 'North America' "
             "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'"),
    dict(kind="filters", q="how many orders had at least one item discounted 20% or more",
         sql="SELECT COUNT(DISTINCT order_id) AS orders FROM order_items WHERE discount >= 0.2"),
    dict(kind="filters", q="Who are the employees in the Asia Pacific region?",
         sql=f"SELECT {EMP} AS employee FROM employees e JOIN regions r ON r.region_id = e.region_id "
             "WHERE r.name = 'Asia Pacific'"),
    dict(kind="filters", q="list kitchen products priced between $50 and $100",
         sql="SELECT p.name AS product FROM products p JOIN categories cat ON cat.category_id = p.category_id "
             "WHERE cat.name = 'Kitchen' AND p.unit_price BETWEEN 50 AND 100"),

    # ------------------------------------------------------------------ topn (15)
    dict(kind="topn", q="Top 5 customers by revenue", order="asked: top 5 by revenue, highest first",
         sql=f"SELECT {CUST} AS customer, {REV} AS revenue {J_OI} JOIN customers c ON c.customer_id = o.customer_id "
             f"WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5"),
    dict(kind="topn", q="top 10 products by units sold", order="asked: top 10 by units, highest first",
         sql=f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold {J_OIP} WHERE {NC} "
             "GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10"),
    dict(kind="topn", q="who are the top 3 sales reps by revenue this year?",
         order="asked: top 3 by revenue, highest first",
         sql=f"SELECT {EMP} AS employee, {REV} AS revenue {J_OI} JOIN employees e ON e.employee_id = o.employee_id "
             f"WHERE {NC} AND {OY} = {THIS_Y} GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3"),
    dict(kind="topn", q="best 5 products by profit", order="asked: top 5 by profit, highest first",
         sql=f"SELECT p.name AS product, {REV} - {COST} AS profit {J_OIP} WHERE {NC} "
             "GROUP BY p.product_id ORDER BY profit DESC LIMIT 5"),
    dict(kind="topn", q="Which 3 categories have the lowest margin?",
         order="asked: the 3 lowest margins, lowest first",
         sql=f"SELECT cat.name AS category, 100.0 * ({REV} - {COST}) / NULLIF({REV}, 0) AS margin {J_OIP} "
             f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
             "GROUP BY cat.category_id ORDER BY margin ASC LIMIT 3"),
    dict(kind="topn", q="top 4 countries by number of customers",
         order="asked: top 4 by customer count, highest first",
         sql="SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 4"),
    dict(kind="topn", q="10 biggest orders by value", order="asked: 10 biggest, largest first",
         sql=f"SELECT o.order_id, {REV} AS order_value {J_OI} WHERE {NC} "
             "GROUP BY o.order_id ORDER BY order_value DESC LIMIT 10"),
    dict(kind="topn", q="top 3 cities by revenue", order="asked: top 3 by revenue, highest first",
         sql=f"SELECT c.city, {REV} AS revenue {J_OI} JOIN customers c ON c.customer_id = o.customer_id "
             f"WHERE {NC} GROUP BY c.city ORDER BY revenue DESC LIMIT 3"),
    dict(kind="topn", q="bottom 5 products by revenue in 2023", order="asked: bottom 5, lowest first",
         sql=f"SELECT p.name AS product, {REV} AS revenue {J_OIP} WHERE {NC} "
             "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' "
             "GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5"),
    dict(kind="topn", q="Which 5 customers placed the most orders?",
         order="asked: the 5 with most orders, most first",
         sql=f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
             "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5"),
    dict(kind="topn", q="top 3 regions by profit last year", order="asked: top 3 by profit, highest first",
         sql=f"SELECT r.name AS region, {REV} - {COST} AS profit {J_OIP} "
             "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
             f"WHERE {NC} AND {OY} = {THIS_Y} - 1 GROUP BY r.region_id ORDER BY profit DESC LIMIT 3"),
    dict(kind="topn", q="Top 5 employees by number of orders handled",
         order="asked: top 5 by order count, most first",
         sql=f"SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
             "GROUP BY e.employee_id ORDER BY orders DESC LIMIT 5"),
    dict(kind="topn", q="top 10 products by revenue in Q4 2024", order="asked: top 10 by revenue, highest first",
         sql=f"SELECT p.name AS product, {REV} AS revenue {J_OIP} WHERE {NC} "
             "AND o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01' "
             "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 10"),
    dict(kind="topn", q="5 highest paid employees", order="asked: 5 highest salaries, highest first",
         sql=f"SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.salary IS NOT NULL "
             "ORDER BY e.salary DESC LIMIT 5"),
    dict(kind="topn", q="top 3 categories by revenue among corporate clients",
         order="asked: top 3 by revenue, highest first",
         sql=f"SELECT cat.name AS category, {REV} AS revenue {J_OIP} JOIN categories cat ON cat.category_id = p.category_id "
             f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.segment = 'Corporate' "
             "GROUP BY cat.category_id ORDER BY revenue DESC LIMIT 3"),

    # ------------------------------------------------------------------ breakdowns (13)
    dict(kind="breakdowns", q="revnue by region",
         sql=f"SELECT r.name AS region, {REV} AS revenue {J_OI} JOIN customers c ON c.customer_id = o.customer_id "
             f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id"),
    dict(kind="breakdowns", q="Number of orders by channel",
         sql="SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel"),
    dict(kind="breakdowns", q="customers per segment",
         sql="SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment"),
    dict(kind="breakdowns", q="Revenue by product category",
         sql=f"SELECT cat.name AS category, {REV} AS revenue {J_OIP} JOIN categories cat ON cat.category_id = p.category_id "
             f"WHERE {NC} GROUP BY cat.category_id"),
    dict(kind="breakdowns", q="AOV by sales channel",
         sql=f"SELECT o.channel, {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {J_OI} WHERE {NC} GROUP BY o.channel"),
    dict(kind="breakdowns", q="gross margin by catgory",
         sql=f"SELECT cat.name AS category, 100.0 * ({REV} - {COST}) / NULLIF({REV}, 0) AS margin {J_OIP} "
             f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id"),
    dict(kind="breakdowns", q="units sold by region and channel",
         sql=f"SELECT r.name AS region, o.channel, SUM(oi.quantity) AS units_sold {J_OI} "
             "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
             f"WHERE {NC} GROUP BY r.region_id, o.channel"),
    dict(kind="breakdowns", q="how many orders in each status",
         sql="SELECT status, COUNT(*) AS orders FROM orders GROUP BY status"),
    dict(kind="breakdowns", q="Profit by customer segment",
         sql=f"SELECT c.segment, {REV} - {COST} AS profit {J_OIP} JOIN customers c ON c.customer_id = o.customer_id "
             f"WHERE {NC} GROUP BY c.segment"),
    dict(kind="breakdowns", q="headcount by job title",
         sql="SELECT title, COUNT(*) AS employees FROM employees GROUP BY title"),
    dict(kind="breakdowns", q="average shipping cost per order by channel",
         sql="SELECT channel, AVG(shipping_cost) AS avg_shipping_cost FROM orders GROUP BY channel"),
    dict(kind="breakdowns", q="revenue for loyalty members vs non-members",
         sql=f"SELECT c.loyalty_member, {REV} AS revenue {J_OI} JOIN customers c ON c.customer_id = o.customer_id "
             f"WHERE {NC} GROUP BY c.loyalty_member"),
    dict(kind="breakdowns", q="Sales by country for Europe",
         sql=f"SELECT c.country, {REV} AS revenue {J_OI} JOIN customers c ON c.customer_id = o.customer_id "
             f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' GROUP BY c.country"),

    # ------------------------------------------------------------------ measures (35)
    dict(kind="measures", q="What's our total profit?",
         sql=f"SELECT {REV} - {COST} AS profit {J_OIP} WHERE {NC}"),
    dict(kind="measures", q="overall gross margin %",
         sql=f"SELECT 100.0 * ({REV} - {COST}) / NULLIF({REV}, 0) AS margin {J_OIP} WHERE {NC}"),
    dict(kind="measures", q="average order value",
         sql=f"SELECT {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {J_OI} WHERE {NC}"),
    dict(kind="measures", q="What was the AOV in 2023?",
         sql=f"SELECT {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {J_OI} WHERE {NC} "
             "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'"),
    dict(kind="measures", q="total shipping cost of orders in 2023",
         sql="SELECT SUM(shipping_cost) AS shipping_cost FROM orders "
             "WHERE order_date >= '2023-01-01' AND order_date < '2024-01-01'"),
    dict(kind="measures", q="average discount % on items that actually got a discount",
         sql="SELECT 100.0 * AVG(discount) AS avg_discount_pct FROM order_items WHERE discount IS NOT NULL"),
    dict(kind="measures", q="What percentage of orders were returned?",
         sql="SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS return_rate FROM orders"),
    dict(kind="measures", q="cancellation rate",
         sql="SELECT 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancellation_rate FROM orders"),
    dict(kind="measures", q="On average how many units are in an order (excluding cancelled ones)?",
         sql=f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order {J_OI} WHERE {NC}"),
    dict(kind="measures", q="average revenue per customer, counting only customers who bought something",
         sql=f"SELECT {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {J_OI} WHERE {NC}"),
    dict(kind="measures", q="total sales in Electronics",
         sql=f"SELECT {REV} AS revenue {J_OIP} JOIN categories cat ON cat.category_id = p.category_id "
             f"WHERE {NC} AND cat.name = 'Electronics'"),
    dict(kind="measures", q="total payroll - sum of all salaries",
         sql="SELECT SUM(salary) AS total_salaries FROM employees"),
    dict(kind="measures", q="average list price of our products",
         sql="SELECT AVG(unit_price) AS avg_price FROM products"),
    dict(kind="measures", q="What's the profit margin for Furniture?",
         sql=f"SELECT 100.0 * ({REV} - {COST}) / NULLIF({REV}, 0) AS margin {J_OIP} "
             f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Furniture'"),
    dict(kind="measures", q="how many units of the Nimbus Lite Monitor have we sold",
         sql=f"SELECT SUM(oi.quantity) AS units_sold {J_OIP} WHERE {NC} AND p.name = 'Nimbus Lite Monitor'"),
    dict(kind="measures", q="How much money did we give away in discounts?",
         sql=f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount {J_OI} WHERE {NC}"),
    dict(kind="measures", q="gross sales before discounts",
         sql=f"SELECT SUM(oi.quantity * oi.unit_price) AS gross_sales {J_OI} WHERE {NC}"),
    dict(kind="measures", q="What was the total value of cancelled orders?",
         sql=f"SELECT {REV} AS cancelled_value {J_OI} WHERE o.status = 'cancelled'"),
    dict(kind="measures", q="revenue from orders that were returned",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE o.status = 'returned'"),
    dict(kind="measures", q="avg shiping cost per order",
         sql="SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders"),
    dict(kind="measures", q="What percent of orders (excluding cancelled) had free shipping?",
         sql="SELECT 100.0 * SUM(CASE WHEN shipping_cost = 0 THEN 1 ELSE 0 END) / COUNT(*) AS free_shipping_pct "
             "FROM orders WHERE status <> 'cancelled'"),
    dict(kind="measures", q="how many distinct customers have ever placed an order",
         sql="SELECT COUNT(DISTINCT customer_id) AS customers FROM orders"),
    dict(kind="measures", q="average number of days from order to shipment",
         sql="SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders "
             "WHERE ship_date IS NOT NULL"),
    dict(kind="measures", q="What share of revenue comes from the online channel?",
         sql=f"SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
             f"/ {REV} AS online_share {J_OI} WHERE {NC}"),
    dict(kind="measures", q="average salary of account executives",
         sql="SELECT AVG(salary) AS avg_salary FROM employees WHERE title = 'Account Executive'"),
    dict(kind="measures", q="AOV for loyalty members",
         sql=f"SELECT {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {J_OI} "
             f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.loyalty_member = 1"),
    dict(kind="measures", q="how many books did we sell (units)",
         sql=f"SELECT SUM(oi.quantity) AS units_sold {J_OIP} JOIN categories cat ON cat.category_id = p.category_id "
             f"WHERE {NC} AND cat.name = 'Books'"),
    dict(kind="measures", q="average order value for corporate customers",
         sql=f"SELECT {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {J_OI} "
             f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.segment = 'Corporate'"),
    dict(kind="measures", q="What's the largest single order we've ever had, in dollars?",
         sql=f"SELECT MAX(order_value) AS largest_order FROM (SELECT {REV} AS order_value {J_OI} "
             f"WHERE {NC} GROUP BY o.order_id) t"),
    dict(kind="measures", q="percentage of customers who are loyalty members",
         sql="SELECT 100.0 * SUM(loyalty_member) / COUNT(*) AS loyalty_pct FROM customers"),
    dict(kind="measures", q="total revenue from discounted line items",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND oi.discount IS NOT NULL AND oi.discount > 0"),
    dict(kind="measures", q="profit margin on online sales",
         sql=f"SELECT 100.0 * ({REV} - {COST}) / NULLIF({REV}, 0) AS margin {J_OIP} WHERE {NC} AND o.channel = 'online'"),
    dict(kind="measures", q="average quantity per order line",
         sql="SELECT AVG(quantity) AS avg_quantity FROM order_items"),
    dict(kind="measures", q="total cost of goods sold",
         sql=f"SELECT {COST} AS cogs {J_OIP} WHERE {NC}"),
    dict(kind="measures", q="how much profit did the Sports category make?",
         sql=f"SELECT {REV} - {COST} AS profit {J_OIP} JOIN categories cat ON cat.category_id = p.category_id "
             f"WHERE {NC} AND cat.name = 'Sports'"),

    # ------------------------------------------------------------------ time (45)
    dict(kind="time", q="Revenue by year", order="a yearly series: chronological",
         sql=f"SELECT strftime('%Y', o.order_date) AS year, {REV} AS revenue {J_OI} WHERE {NC} "
             "GROUP BY year ORDER BY year"),
    dict(kind="time", q="show me monthly revenue for 2024, month by month",
         order="asked month by month: chronological",
         sql=f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {J_OI} WHERE {NC} "
             "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month"),
    dict(kind="time", q="revenue this year",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND {OY} = {THIS_Y}"),
    dict(kind="time", q="What was revenue last year?",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND {OY} = {THIS_Y} - 1"),
    dict(kind="time", q="YoY revenue growth this year vs last year (%)",
         sql=f"SELECT 100.0 * (SUM(CASE WHEN {OY} = {THIS_Y} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
             f"- SUM(CASE WHEN {OY} = {THIS_Y} - 1 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)) "
             f"/ SUM(CASE WHEN {OY} = {THIS_Y} - 1 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
             f"AS yoy_growth {J_OI} WHERE {NC}"),
    dict(kind="time", q="revenue in Q3 2023",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date >= '2023-07-01' AND o.order_date < '2023-10-01'"),
    dict(kind="time", q="sales in the last 6 months",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-5 months')"),
    dict(kind="time", q="number of orders per month in 2023", order="a monthly series: chronological",
         sql="SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders "
             "WHERE order_date >= '2023-01-01' AND order_date < '2024-01-01' GROUP BY month ORDER BY month"),
    dict(kind="time", q="Revenue by quarter for 2024", order="a quarterly series: chronological",
         sql=f"SELECT (CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3 AS quarter, {REV} AS revenue {J_OI} "
             f"WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY quarter ORDER BY quarter"),
    dict(kind="time", q="how many oders in the last 30 days?",
         sql=f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-30 days')"),
    dict(kind="time", q="YTD profit",
         sql=f"SELECT {REV} - {COST} AS profit {J_OIP} WHERE {NC} "
             f"AND o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW}"),
    dict(kind="time", q="new customer signups per year", order="a yearly series: chronological",
         sql="SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS signups FROM customers GROUP BY year ORDER BY year"),
    dict(kind="time", q="How many customers signed up this year?",
         sql=f"SELECT COUNT(*) AS customers FROM customers WHERE CAST(strftime('%Y', signup_date) AS INTEGER) = {THIS_Y}"),
    dict(kind="time", q="Which month in 2023 had the highest revenue?",
         order="asked for the highest: revenue descending, first row",
         sql=f"SELECT strftime('%Y-%m', o.order_date) AS month {J_OI} WHERE {NC} "
             f"AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY month ORDER BY {REV} DESC LIMIT 1",
         tie_sql=f"SELECT 1 FROM (SELECT {REV} AS v {J_OI} WHERE {NC} AND o.order_date >= '2023-01-01' "
                 "AND o.order_date < '2024-01-01' GROUP BY strftime('%m', o.order_date) ORDER BY v DESC LIMIT 2) "
                 "GROUP BY v HAVING COUNT(*) > 1"),
    dict(kind="time", q="revenue December 2024 vs December 2023",
         sql=f"SELECT SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2024-12' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS dec_2024, "
             f"SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2023-12' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS dec_2023 "
             f"{J_OI} WHERE {NC}"),
    dict(kind="time", q="online orders per year", order="a yearly series: chronological",
         sql="SELECT strftime('%Y', order_date) AS year, COUNT(*) AS orders FROM orders WHERE channel = 'online' "
             "GROUP BY year ORDER BY year"),
    dict(kind="time", q="average order value by year", order="a yearly series: chronological",
         sql=f"SELECT strftime('%Y', o.order_date) AS year, {REV} / COUNT(DISTINCT o.order_id) AS avg_order_value {J_OI} "
             f"WHERE {NC} GROUP BY year ORDER BY year"),
    dict(kind="time", q="how has our margin changed over the years?", order="asked over the years: chronological",
         sql=f"SELECT strftime('%Y', o.order_date) AS year, 100.0 * ({REV} - {COST}) / NULLIF({REV}, 0) AS margin {J_OIP} "
             f"WHERE {NC} GROUP BY year ORDER BY year"),
    dict(kind="time", q="units sold in H1 2024",
         sql=f"SELECT SUM(oi.quantity) AS units_sold {J_OI} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2024-07-01'"),
    dict(kind="time", q="revenue growth % from Nov 2024 to Dec 2024",
         sql=f"SELECT 100.0 * (SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2024-12' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
             f"- SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2024-11' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)) "
             f"/ SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2024-11' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
             f"AS growth {J_OI} WHERE {NC}"),
    dict(kind="time", q="How many orders shipped in January 2022?",
         sql="SELECT COUNT(*) AS orders FROM orders WHERE ship_date >= '2022-01-01' AND ship_date < '2022-02-01'"),
    dict(kind="time", q="when was our first order and our most recent one?",
         sql="SELECT MIN(order_date) AS first_order, MAX(order_date) AS last_order FROM orders"),
    dict(kind="time", q="Who did we hire in 2023?",
         sql=f"SELECT {EMP} AS employee FROM employees e WHERE e.hire_date >= '2023-01-01' AND e.hire_date < '2024-01-01'"),
    dict(kind="time", q="running total of revenue by month in 2024", order="a running total: chronological",
         sql=f"SELECT month, SUM(revenue) OVER (ORDER BY month) AS running_revenue FROM ("
             f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {J_OI} WHERE {NC} "
             "AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month) t ORDER BY month"),
    dict(kind="time", q="revenue this quarter",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', "
             f"'-' || ((CAST(strftime('%m', {NOW}) AS INTEGER) - 1) % 3) || ' months') AND o.order_date <= {NOW}"),
    dict(kind="time", q="sales over the last 12 months",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-11 months')"),
    dict(kind="time", q="profit by quarter for 2023", order="a quarterly series: chronological",
         sql=f"SELECT (CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3 AS quarter, {REV} - {COST} AS profit {J_OIP} "
             f"WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY quarter ORDER BY quarter"),
    dict(kind="time", q="Electronics revenue growth 2023 vs 2022, in %",
         sql=f"SELECT 100.0 * (SUM(CASE WHEN {OY} = 2023 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) "
             f"- SUM(CASE WHEN {OY} = 2022 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)) "
             f"/ SUM(CASE WHEN {OY} = 2022 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS growth "
             f"{J_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics'"),
    dict(kind="time", q="how many customers placed their first ever order this year?",
         sql=f"SELECT COUNT(*) AS customers FROM (SELECT customer_id, MIN(order_date) AS first_order FROM orders "
             f"GROUP BY customer_id) t WHERE CAST(strftime('%Y', first_order) AS INTEGER) = {THIS_Y}"),
    dict(kind="time", q="revenue per month for the last 6 months", order="a monthly series: chronological",
         sql=f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {J_OI} WHERE {NC} "
             f"AND o.order_date >= date({NOW}, 'start of month', '-5 months') GROUP BY month ORDER BY month"),
    dict(kind="time", q="how many orders were placed in Q1 2022",
         sql="SELECT COUNT(*) AS orders FROM orders WHERE order_date >= '2022-01-01' AND order_date < '2022-04-01'"),
    dict(kind="time", q="what was our busiest month ever by number of orders?",
         order="asked for the busiest: order count descending, first row",
         sql="SELECT strftime('%Y-%m', order_date) AS month FROM orders GROUP BY month ORDER BY COUNT(*) DESC LIMIT 1",
         tie_sql="SELECT 1 FROM (SELECT COUNT(*) AS n FROM orders GROUP BY strftime('%Y-%m', order_date) "
                 "ORDER BY n DESC LIMIT 2) GROUP BY n HAVING COUNT(*) > 1"),
    dict(kind="time", q="YoY growth in order count, 2023 vs 2022",
         sql="SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', order_date) = '2023' THEN 1 ELSE 0 END) "
             "- SUM(CASE WHEN strftime('%Y', order_date) = '2022' THEN 1 ELSE 0 END)) "
             "/ SUM(CASE WHEN strftime('%Y', order_date) = '2022' THEN 1 ELSE 0 END) AS growth FROM orders"),
    dict(kind="time", q="average days to ship, by year", order="a yearly series: chronological",
         sql="SELECT strftime('%Y', order_date) AS year, AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship "
             "FROM orders WHERE ship_date IS NOT NULL GROUP BY year ORDER BY year"),
    dict(kind="time", q="revenue by region for each year", order="per-year series: chronological, then region name",
         sql=f"SELECT strftime('%Y', o.order_date) AS year, r.name AS region, {REV} AS revenue {J_OI} "
             "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
             f"WHERE {NC} GROUP BY year, r.region_id ORDER BY year, region"),
    dict(kind="time", q="sales in the first week of december 2024 (dec 1-7)",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date BETWEEN '2024-12-01' AND '2024-12-07'"),
    dict(kind="time", q="What were sales on Black Friday 2023?",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date = '2023-11-24'"),
    dict(kind="time", q="how many orders were placed on weekends this year",
         sql=f"SELECT COUNT(*) AS orders FROM orders o WHERE {OY} = {THIS_Y} AND strftime('%w', o.order_date) IN ('0', '6')"),
    dict(kind="time", q="revenue in the last 90 days",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date > date({NOW}, '-90 days')"),
    dict(kind="time", q="average monthly revenue in 2023",
         sql=f"SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT {REV} AS revenue {J_OI} WHERE {NC} "
             "AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY strftime('%m', o.order_date)) t"),
    dict(kind="time", q="which products launched in 2024?",
         sql="SELECT name AS product FROM products WHERE launch_date >= '2024-01-01' AND launch_date < '2025-01-01'"),
    dict(kind="time", q="number of orders each quarter last year", order="a quarterly series: chronological",
         sql=f"SELECT (CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3 AS quarter, COUNT(*) AS orders FROM orders o "
             f"WHERE {OY} = {THIS_Y} - 1 GROUP BY quarter ORDER BY quarter"),
    dict(kind="time", q="revenue by category, this year vs last year",
         sql=f"SELECT cat.name AS category, "
             f"SUM(CASE WHEN {OY} = {THIS_Y} THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS this_year, "
             f"SUM(CASE WHEN {OY} = {THIS_Y} - 1 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS last_year "
             f"{J_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id"),
    dict(kind="time", q="revenue this month",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month') AND o.order_date <= {NOW}"),
    dict(kind="time", q="how many new customers did we get in Q2 2024 (by signup date)",
         sql="SELECT COUNT(*) AS customers FROM customers WHERE signup_date >= '2024-04-01' AND signup_date < '2024-07-01'"),

    # ------------------------------------------------------------------ tricky (25)
    dict(kind="tricky", q="How many customers have never placed an order?",
         sql="SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS "
             "(SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)"),
    dict(kind="tricky", q="which employees have no orders at all?",
         sql=f"SELECT {EMP} AS employee FROM employees e WHERE NOT EXISTS "
             "(SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)"),
    dict(kind="tricky", q="how many orders have no sales rep assigned",
         sql="SELECT COUNT(*) AS orders FROM orders WHERE employee_id IS NULL"),
    dict(kind="tricky", q="For orders handled by a rep, revenue by the rep's own region (not the customer's)",
         sql=f"SELECT r.name AS region, {REV} AS revenue {J_OI} JOIN employees e ON e.employee_id = o.employee_id "
             f"JOIN regions r ON r.region_id = e.region_id WHERE {NC} GROUP BY r.region_id"),
    dict(kind="tricky", q="list each employee with their manager's name",
         sql=f"SELECT {EMP} AS employee, m.first_name || ' ' || m.last_name AS manager FROM employees e "
             "JOIN employees m ON m.employee_id = e.manager_id"),
    dict(kind="tricky", q="how many direct reports does each regional sales manager have?",
         sql="SELECT m.first_name || ' ' || m.last_name AS manager, COUNT(e.employee_id) AS direct_reports "
             "FROM employees m LEFT JOIN employees e ON e.manager_id = m.employee_id "
             "WHERE m.title = 'Regional Sales Manager' GROUP BY m.employee_id"),
    dict(kind="tricky", q="How many customers bought from us last year but not this year?",
         sql=f"SELECT COUNT(*) AS customers FROM (SELECT DISTINCT customer_id FROM orders o WHERE {NC} AND {OY} = {THIS_Y} - 1 "
             f"EXCEPT SELECT customer_id FROM orders o WHERE {NC} AND {OY} = {THIS_Y}) t"),
    dict(kind="tricky", q="What % of revenue comes from our top 10 customers?",
         sql=f"SELECT 100.0 * (SELECT SUM(revenue) FROM (SELECT {REV} AS revenue {J_OI} WHERE {NC} "
             f"GROUP BY o.customer_id ORDER BY revenue DESC LIMIT 10)) / (SELECT {REV} {J_OI} WHERE {NC}) AS top10_share",
         tie_sql=f"SELECT 1 FROM (SELECT {REV} AS revenue {J_OI} WHERE {NC} GROUP BY o.customer_id "
                 "ORDER BY revenue DESC LIMIT 2 OFFSET 9) GROUP BY revenue HAVING COUNT(*) > 1"),
    dict(kind="tricky", q="discontinued products that still sold something this year",
         sql=f"SELECT DISTINCT p.name AS product {J_OIP} WHERE {NC} AND p.discontinued = 1 AND {OY} = {THIS_Y}"),
    dict(kind="tricky", q="average discount across all order lines, treating no discount as 0%",
         sql="SELECT 100.0 * AVG(COALESCE(discount, 0)) AS avg_discount_pct FROM order_items"),
    dict(kind="tricky", q="revenue if we also take out returned orders",
         sql=f"SELECT {REV} AS revenue {J_OI} WHERE o.status NOT IN ('cancelled', 'returned')"),
    dict(kind="tricky", q="how many customers dont have a company name",
         sql="SELECT COUNT(*) AS customers FROM customers WHERE company IS NULL OR company = ''"),
    dict(kind="tricky", q="how many customers who have ordered before haven't ordered at all in the last 12 months?",
         sql=f"SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
             f"HAVING MAX(order_date) < date({NOW}, 'start of month', '-11 months')) t"),
    dict(kind="tricky", q="Which employees earn more than the average salary for their job title?",
         sql=f"SELECT {EMP} AS employee FROM employees e "
             "WHERE e.salary > (SELECT AVG(x.salary) FROM employees x WHERE x.title = e.title)"),
    dict(kind="tricky", q="how many customers have ordered through all three channels",
         sql="SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
             "HAVING COUNT(DISTINCT channel) = 3) t"),
    dict(kind="tricky", q="how many orders shipped the same day they were placed",
         sql="SELECT COUNT(*) AS orders FROM orders WHERE ship_date = order_date"),
    dict(kind="tricky", q="best customer by revenue in each region",
         sql=f"SELECT region, customer FROM (SELECT r.name AS region, {CUST} AS customer, "
             f"RANK() OVER (PARTITION BY r.region_id ORDER BY {REV} DESC) AS rk {J_OI} "
             "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
             f"WHERE {NC} GROUP BY r.region_id, c.customer_id) t WHERE rk = 1",
         tie_sql=f"SELECT r FROM (SELECT c.region_id AS r, {REV} AS v, RANK() OVER (PARTITION BY c.region_id ORDER BY {REV} DESC) AS rk "
                 f"{J_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.region_id, c.customer_id) "
                 "WHERE rk = 1 GROUP BY r HAVING COUNT(*) > 1"),
    dict(kind="tricky", q="which category is the second-highest by revenue?",
         order="asked for the second highest: revenue descending, second row",
         sql=f"SELECT cat.name AS category {J_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
             f"GROUP BY cat.category_id ORDER BY {REV} DESC LIMIT 1 OFFSET 1",
         tie_sql=f"SELECT 1 FROM (SELECT {REV} AS v {J_OIP} WHERE {NC} GROUP BY p.category_id ORDER BY v DESC LIMIT 3) "
                 "GROUP BY v HAVING COUNT(*) > 1"),
    dict(kind="tricky", q="repeat customer rate: % of customers with orders who ordered more than once",
         sql="SELECT 100.0 * SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END) / COUNT(*) AS repeat_rate FROM "
             "(SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id) t"),
    dict(kind="tricky", q="How many orders have more than 5 line items?",
         sql="SELECT COUNT(*) AS orders FROM (SELECT order_id FROM order_items GROUP BY order_id HAVING COUNT(*) > 5) t"),
    dict(kind="tricky", q="each category's share of total revenue, in %",
         sql=f"SELECT cat.name AS category, 100.0 * {REV} / (SELECT {REV} {J_OI} WHERE {NC}) AS revenue_share {J_OIP} "
             f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id"),
    dict(kind="tricky", q="Which employees aren't assigned to any region?",
         sql=f"SELECT {EMP} AS employee FROM employees e WHERE e.region_id IS NULL"),
    dict(kind="tricky", q="which customers have spent more than $10,000 in total?",
         sql=f"SELECT {CUST} AS customer {J_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
             f"GROUP BY c.customer_id HAVING {REV} > 10000"),
    dict(kind="tricky", q="how many employees have no salary recorded",
         sql="SELECT COUNT(*) AS employees FROM employees WHERE salary IS NULL"),
    dict(kind="tricky", q="average order value incl. shipping (shipping cost added to each order's value)",
         sql=f"SELECT AVG(t.order_value + COALESCE(o.shipping_cost, 0)) AS avg_order_value FROM "
             f"(SELECT o.order_id, {REV} AS order_value {J_OI} WHERE {NC} GROUP BY o.order_id) t "
             "JOIN orders o ON o.order_id = t.order_id"),
]


def strip_limit(sql):
    m = re.search(r"\s+LIMIT\s+(\d+)(\s+OFFSET\s+(\d+))?\s*$", sql, re.I)
    if not m:
        return None, None
    return sql[:m.start()], int(m.group(1)) + (int(m.group(3)) if m.group(3) else 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    errors = []
    counts = Counter(it["kind"] for it in ITEMS)
    if dict(counts) != EXPECTED:
        errors.append(f"kind counts {dict(counts)} != {EXPECTED}")
    if len(ITEMS) != sum(EXPECTED.values()):
        errors.append(f"{len(ITEMS)} items")
    seen = set()
    for i, it in enumerate(ITEMS):
        if it["q"] in seen:
            errors.append(f"{i}: duplicate question")
        seen.add(it["q"])
        sql = it["sql"]
        # ORDER BY inside a window (OVER (... ORDER BY) is not a result order
        no_win = re.sub(r"OVER\s*\((\s*PARTITION\s+BY\s+[^()]*?)?\s*ORDER\s+BY", "OVER(", sql, flags=re.I)
        has_order = re.search(r"\bORDER\s+BY\b", no_win, re.I)
        if it.get("order") and not has_order:
            errors.append(f"{i}: order reason but no ORDER BY")
        # the top-10 share item orders only inside a subquery to pick the top 10, not its result
        if has_order and not it.get("order") and "top10_share" not in sql:
            errors.append(f"{i}: ORDER BY without a recorded reason")
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append(f"{i}: {e}: {sql}")
            continue
        if not rows:
            errors.append(f"{i}: empty result: {it['q']}")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"{i}: all NULL: {it['q']}")
        if len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] == 0:
            errors.append(f"{i}: single answer is 0 (uninformative): {it['q']}")
        base, n = strip_limit(sql)
        if base is not None and "tie_sql" not in it:
            full = con.execute(base).fetchall()
            key = it.get("key", -1)
            if len(full) > n and full[n - 1][key] == full[n][key]:
                errors.append(f"{i}: tie at cut-off {n}: {full[n-1]} / {full[n]}")
        if "tie_sql" in it:
            if con.execute(it["tie_sql"]).fetchall():
                errors.append(f"{i}: tie_sql found a tie")
        if it["kind"] == "topn" and base is None:
            errors.append(f"{i}: topn without LIMIT")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s); nothing written")
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    out = [{"question": it["q"], "db_id": "demo", "query": it["sql"]} for it in ITEMS]
    kinds = {str(i): it["kind"] for i, it in enumerate(ITEMS)}
    with open(os.path.join(here, "demo_v8.json"), "w") as f:
        json.dump(out, f, indent=1)
    with open(os.path.join(here, "demo_v8_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=1)
    print(f"OK: {len(ITEMS)} items {dict(counts)}")


if __name__ == "__main__":
    main()
