#!/usr/bin/env python3
"""Held-out question set demo_v4 for genbi over the demo sales database (demo.sqlite).

Written blind: only the product README, the database itself and demo.semantic.yaml were read.

Conventions used in every gold query
------------------------------------
* revenue (sales, spend, turnover, income) = SUM(order_items.quantity * order_items.unit_price
  * (1 - COALESCE(order_items.discount, 0))) over order lines of orders whose status <> 'cancelled'
  (returned orders ARE included, as in demo.semantic.yaml). Shipping cost is not part of revenue.
* units sold = SUM(order_items.quantity), cancelled orders excluded.
* average order value (AOV) = revenue / COUNT(DISTINCT orders.order_id), cancelled excluded.
* profit = revenue - SUM(order_items.quantity * products.unit_cost), cancelled excluded.
* margin = 100.0 * profit / revenue (a percentage 0..100), cancelled excluded.
* cost of goods sold = SUM(order_items.quantity * products.unit_cost), cancelled excluded.
* discount amount = SUM(quantity * unit_price * COALESCE(discount, 0)), cancelled excluded.
* A plain "how many orders" counts ALL orders whatever their status; percentages of orders with
  a status are over all orders. Shipping cost sums/averages use the column as is (it is NULL
  exactly for cancelled orders, so AVG ignores them).
* The region of an order / customer is the customer's region (customers.region_id); an
  employee's region is employees.region_id.
* "Customers" = rows of customers; "customers who ordered/bought" = distinct customer_id in
  orders (any status unless the question says otherwise, except spend-based ones which use revenue).
* A customer's "first order" is their earliest order_date over all their orders (any status);
  a "new customer" in a period is one whose first order falls in that period.
* "Now" = the last order date in the data, MAX(orders.order_date) = 2024-12-31 (computed in the
  SQL). "This year" = 2024, "last year" = 2023.
* "Last N months" = the N calendar months ending with the month of "now", i.e.
  order_date >= date(now, 'start of month', '-(N-1) months')  (last 3 months = Oct-Dec 2024).
* "Last N days" / "past N days" = the N days ending with and including "now", i.e.
  date > date(now, '-N days')  (last 30 days = 2024-12-02 .. 2024-12-31).
* Quarters are calendar quarters (fiscal_year_start = 1); quarter number =
  (month + 2) / 3. Weekdays use strftime('%w') (0 = Sunday) and are returned as English names.
* Days between dates = julianday(later) - julianday(earlier).
* Month series are returned as 'YYYY-MM' (strftime('%Y-%m', order_date)); years as 'YYYY' text.
* Output columns are the ones the question asks for, in that order. "Which X has the most Y"
  returns X only. People are returned as two columns first_name, last_name. Products, categories
  and regions are returned by name. No ROUND anywhere.
* Every top-N / top-1 / bottom-N query has a tie check at the cut-off (values at position N and
  N+1 must differ). Every query must run and return a non-empty, not-all-NULL result.

Usage: python3 gen_demo_v4.py [--db PATH]
Writes demo_v4.json and demo_v4_kinds.json beside this script, only if every check passes.
"""
import argparse
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DB = os.path.join(HERE, "demo.sqlite")  # or --db PATH

REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COGS = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"({REV} - {COGS})"
MARGIN = f"100.0 * ({REV} - {COGS}) / {REV}"
NC = "o.status <> 'cancelled'"
NOW = "(SELECT MAX(order_date) FROM orders)"
OJ = "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
OPJ = OJ + " JOIN products p ON p.product_id = oi.product_id"
WD = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
      "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
      "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
QTR = "(CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3"
FIRST = "(SELECT customer_id, MIN(order_date) AS first_date FROM orders GROUP BY customer_id)"

# Each item: (kind, question, sql) or (kind, question, sql, (tie_sql, n)).
# tie_sql returns the ordering key of every candidate in the same order as the gold query;
# the check requires key[n-1] != key[n].
ITEMS = [
    # ------------------------------------------------------------------ time
    ("time", "How many orders did we get in 2023?",
     "SELECT COUNT(*) FROM orders WHERE strftime('%Y', order_date) = '2023'"),
    ("time", "revenue for Q2 2024",
     f"SELECT {REV} {OJ} WHERE {NC} AND o.order_date BETWEEN '2024-04-01' AND '2024-06-30'"),
    ("time", "What were our total sales in March 2022?",
     f"SELECT {REV} {OJ} WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2022-03'"),
    ("time", "Show me revenue month by month for 2024",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {OJ} "
     f"WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY month ORDER BY month"),
    ("time", "Which day of the week do customers order the most on?",
     f"SELECT {WD} AS weekday FROM orders o GROUP BY strftime('%w', o.order_date) "
     "ORDER BY COUNT(*) DESC LIMIT 1",
     ("SELECT COUNT(*) FROM orders o GROUP BY strftime('%w', o.order_date) ORDER BY 1 DESC", 1)),
    ("time", "how many orders were placed on a saturday or sunday",
     "SELECT COUNT(*) FROM orders WHERE strftime('%w', order_date) IN ('0', '6')"),
    ("time", "Number of orders in the last 30 days",
     f"SELECT COUNT(*) FROM orders WHERE order_date > date({NOW}, '-30 days')"),
    ("time", "What's our revenue over the last 6 months?",
     f"SELECT {REV} {OJ} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-5 months')"),
    ("time", "By how many percent did revenue grow from 2023 to 2024?",
     f"SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) "
     f"- SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)) "
     f"/ SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) "
     f"{OJ} WHERE {NC}"),
    ("time", "Year-over-year revenue growth for each year, in %",
     f"SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) AS growth_pct "
     f"FROM (SELECT strftime('%Y', o.order_date) AS year, {REV} AS revenue {OJ} WHERE {NC} GROUP BY year) ORDER BY year"),
    ("time", "month over month change in the number of orders during 2024",
     "SELECT month, orders, orders - LAG(orders) OVER (ORDER BY month) AS change FROM "
     "(SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders "
     "WHERE strftime('%Y', order_date) = '2024' GROUP BY month) ORDER BY month"),
    ("time", "On average how many days does it take between an order and its shipment?",
     "SELECT AVG(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL"),
    ("time", "How many customers placed their very first order in 2022?",
     f"SELECT COUNT(*) FROM {FIRST} WHERE strftime('%Y', first_date) = '2022'"),
    ("time", "customer signups per year",
     "SELECT strftime('%Y', signup_date) AS year, COUNT(*) FROM customers GROUP BY year ORDER BY year"),
    ("time", "Which month in 2023 brought in the most revenue?",
     f"SELECT strftime('%Y-%m', o.order_date) AS month {OJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' "
     f"GROUP BY month ORDER BY {REV} DESC LIMIT 1",
     (f"SELECT {REV} {OJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' "
      f"GROUP BY strftime('%Y-%m', o.order_date) ORDER BY 1 DESC", 1)),
    ("time", "Orders per quarter in 2023",
     f"SELECT {QTR} AS quarter, COUNT(*) FROM orders o WHERE strftime('%Y', o.order_date) = '2023' GROUP BY quarter ORDER BY quarter"),
    ("time", "How did December 2024 sales compare with December 2023? give me both numbers",
     f"SELECT SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2024-12' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS dec_2024, "
     f"SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2023-12' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS dec_2023 "
     f"{OJ} WHERE {NC}"),
    ("time", "Average number of days from a customer signing up to their first purchase",
     f"SELECT AVG(julianday(f.first_date) - julianday(c.signup_date)) FROM customers c JOIN {FIRST} f ON f.customer_id = c.customer_id"),
    ("time", "how many orders have shipped in the last 7 days?",
     f"SELECT COUNT(*) FROM orders WHERE ship_date > date({NOW}, '-7 days')"),
    ("time", "Quarterly revenue in 2022",
     f"SELECT {QTR} AS quarter, {REV} AS revenue {OJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2022' GROUP BY quarter ORDER BY quarter"),
    ("time", "What was the busiest month ever in terms of order count?",
     "SELECT strftime('%Y-%m', order_date) AS month FROM orders GROUP BY month ORDER BY COUNT(*) DESC LIMIT 1",
     ("SELECT COUNT(*) FROM orders GROUP BY strftime('%Y-%m', order_date) ORDER BY 1 DESC", 1)),
    ("time", "number of orders per year split by sales channel",
     "SELECT strftime('%Y', order_date) AS year, channel, COUNT(*) FROM orders GROUP BY year, channel ORDER BY year, channel"),
    ("time", "How much did customers who signed up in 2023 spend with us in 2024?",
     f"SELECT {REV} {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} "
     "AND strftime('%Y', c.signup_date) = '2023' AND strftime('%Y', o.order_date) = '2024'"),
    ("time", "Of the customers whose first order was in 2021, how many also ordered in 2024?",
     f"SELECT COUNT(*) FROM {FIRST} f WHERE strftime('%Y', f.first_date) = '2021' "
     "AND f.customer_id IN (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')"),
    ("time", "average order value by year",
     f"SELECT strftime('%Y', o.order_date) AS year, {REV} / COUNT(DISTINCT o.order_id) AS aov {OJ} WHERE {NC} GROUP BY year ORDER BY year"),
    ("time", "What share of 2024's orders came in during the fourth quarter?",
     "SELECT 100.0 * SUM(CASE WHEN order_date >= '2024-10-01' THEN 1 ELSE 0 END) / COUNT(*) FROM orders WHERE strftime('%Y', order_date) = '2024'"),
    ("time", "How many products did we launch in 2023?",
     "SELECT COUNT(*) FROM products WHERE strftime('%Y', launch_date) = '2023'"),
    ("time", "Total sales by weekday",
     f"SELECT {WD} AS weekday, {REV} AS revenue {OJ} WHERE {NC} GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)"),
    ("time", "orders per month over the last 12 months",
     f"SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) FROM orders "
     f"WHERE order_date >= date({NOW}, 'start of month', '-11 months') GROUP BY month ORDER BY month"),
    ("time", "What is the longest a customer waited between signing up and placing their first order, in days?",
     f"SELECT MAX(julianday(f.first_date) - julianday(c.signup_date)) FROM customers c JOIN {FIRST} f ON f.customer_id = c.customer_id"),
    ("time", "When was our first order and when was the most recent one?",
     "SELECT MIN(order_date), MAX(order_date) FROM orders"),
    ("time", "avg days to ship online orders in 2024",
     "SELECT AVG(julianday(ship_date) - julianday(order_date)) FROM orders "
     "WHERE channel = 'online' AND ship_date IS NOT NULL AND strftime('%Y', order_date) = '2024'"),
    ("time", "How many units did we sell in the first half of 2023?",
     f"SELECT SUM(oi.quantity) {OJ} WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-06-30'"),
    ("time", "Which year had the best profit margin?",
     f"SELECT strftime('%Y', o.order_date) AS year {OPJ} WHERE {NC} GROUP BY year ORDER BY {MARGIN} DESC LIMIT 1",
     (f"SELECT {MARGIN} {OPJ} WHERE {NC} GROUP BY strftime('%Y', o.order_date) ORDER BY 1 DESC", 1)),
    ("time", "revenue for summer 2024 (june thru august)",
     f"SELECT {REV} {OJ} WHERE {NC} AND o.order_date BETWEEN '2024-06-01' AND '2024-08-31'"),
    ("time", "How many orders did we get in February, year by year?",
     "SELECT strftime('%Y', order_date) AS year, COUNT(*) FROM orders WHERE strftime('%m', order_date) = '02' GROUP BY year ORDER BY year"),
    ("time", "How many customers who have ordered from us before haven't placed any order in the last 6 months?",
     f"SELECT COUNT(DISTINCT customer_id) FROM orders WHERE customer_id NOT IN "
     f"(SELECT customer_id FROM orders WHERE order_date >= date({NOW}, 'start of month', '-5 months'))"),
    ("time", "running total of revenue by month for 2024",
     f"SELECT month, SUM(revenue) OVER (ORDER BY month) AS cumulative_revenue FROM "
     f"(SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {OJ} WHERE {NC} "
     "AND strftime('%Y', o.order_date) = '2024' GROUP BY month) ORDER BY month"),
    ("time", "What percentage of customers who signed up in 2024 have placed an order?",
     "SELECT 100.0 * SUM(CASE WHEN customer_id IN (SELECT customer_id FROM orders) THEN 1 ELSE 0 END) / COUNT(*) "
     "FROM customers WHERE strftime('%Y', signup_date) = '2024'"),
    ("time", "New customers per month in 2024 (by first order date)",
     f"SELECT strftime('%Y-%m', first_date) AS month, COUNT(*) FROM {FIRST} WHERE strftime('%Y', first_date) = '2024' GROUP BY month ORDER BY month"),
    ("time", "Revenue growth from Q3 to Q4 of 2024 in percent?",
     f"SELECT 100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) "
     f"- SUM(CASE WHEN o.order_date BETWEEN '2024-07-01' AND '2024-09-30' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)) "
     f"/ SUM(CASE WHEN o.order_date BETWEEN '2024-07-01' AND '2024-09-30' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) "
     f"{OJ} WHERE {NC}"),
    ("time", "how many orders came in on new years day, all years together",
     "SELECT COUNT(*) FROM orders WHERE strftime('%m-%d', order_date) = '01-01'"),
    ("time", "In which quarter of 2024 did Europe sell the most?",
     f"SELECT {QTR} AS quarter {OJ} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
     f"WHERE {NC} AND r.name = 'Europe' AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY {REV} DESC LIMIT 1",
     (f"SELECT {REV} {OJ} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
      f"WHERE {NC} AND r.name = 'Europe' AND strftime('%Y', o.order_date) = '2024' GROUP BY {QTR} ORDER BY 1 DESC", 1)),
    ("time", "average shipping cost per month in 2023",
     "SELECT strftime('%Y-%m', order_date) AS month, AVG(shipping_cost) FROM orders WHERE strftime('%Y', order_date) = '2023' GROUP BY month ORDER BY month"),
    ("time", "How many orders went out the same day they were placed?",
     "SELECT COUNT(*) FROM orders WHERE ship_date = order_date"),
    ("time", "Average shipping time in days for each channel",
     "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL GROUP BY channel ORDER BY channel"),
    ("time", "sales in the past 90 days",
     f"SELECT {REV} {OJ} WHERE {NC} AND o.order_date > date({NOW}, '-90 days')"),
    ("time", "How many new customer accounts were opened in the last 12 months?",
     f"SELECT COUNT(*) FROM customers WHERE signup_date >= date({NOW}, 'start of month', '-11 months')"),
    ("time", "Who has been at the company the longest?",
     "SELECT first_name, last_name FROM employees ORDER BY hire_date LIMIT 1",
     ("SELECT julianday(hire_date) FROM employees ORDER BY 1", 1)),
    ("time", "MoM revenue growth % for each month of the second half of 2024",
     f"SELECT month, growth_pct FROM (SELECT month, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) / LAG(revenue) OVER (ORDER BY month) AS growth_pct "
     f"FROM (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue {OJ} WHERE {NC} GROUP BY month)) "
     "WHERE month BETWEEN '2024-07' AND '2024-12' ORDER BY month"),
    ("time", "For customers with more than one order, how many days on average lie between their first and their latest order?",
     "SELECT AVG(julianday(last_date) - julianday(first_date)) FROM (SELECT customer_id, MIN(order_date) AS first_date, MAX(order_date) AS last_date "
     "FROM orders GROUP BY customer_id HAVING COUNT(*) > 1)"),
    ("time", "how many orders did we recieve each quarter of 2024 through the online shop?",
     f"SELECT {QTR} AS quarter, COUNT(*) FROM orders o WHERE o.channel = 'online' AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter"),
    ("time", "Units sold per year for the Toys category",
     f"SELECT strftime('%Y', o.order_date) AS year, SUM(oi.quantity) {OPJ} JOIN categories cat ON cat.category_id = p.category_id "
     f"WHERE {NC} AND cat.name = 'Toys' GROUP BY year ORDER BY year"),
    ("time", "How many employees were hired in 2022 or later?",
     "SELECT COUNT(*) FROM employees WHERE hire_date >= '2022-01-01'"),
    ("time", "number of cancelled orders in the last 3 months",
     f"SELECT COUNT(*) FROM orders WHERE status = 'cancelled' AND order_date >= date({NOW}, 'start of month', '-2 months')"),

    # ------------------------------------------------------------------ measures
    ("measures", "What's our total revenue?",
     f"SELECT {REV} {OJ} WHERE {NC}"),
    ("measures", "overall profit margin?",
     f"SELECT {MARGIN} {OPJ} WHERE {NC}"),
    ("measures", "How much gross profit does each product category make?",
     f"SELECT cat.name, {PROFIT} AS profit {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("measures", "What is the average order value?",
     f"SELECT {REV} / COUNT(DISTINCT o.order_id) {OJ} WHERE {NC}"),
    ("measures", "units sold in each category",
     f"SELECT cat.name, SUM(oi.quantity) {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("measures", "Sales by region",
     f"SELECT r.name, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
     f"WHERE {NC} GROUP BY r.region_id, r.name ORDER BY r.name"),
    ("measures", "What share of our revenue comes from corporate clients?",
     f"SELECT 100.0 * SUM(CASE WHEN c.segment = 'Corporate' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} "
     f"{OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}"),
    ("measures", "What percentage of orders got returned?",
     "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) FROM orders"),
    ("measures", "% of orders cancelled",
     "SELECT 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) FROM orders"),
    ("measures", "profit and margin per category",
     f"SELECT cat.name, {PROFIT} AS profit, {MARGIN} AS margin {OPJ} JOIN categories cat ON cat.category_id = p.category_id "
     f"WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("measures", "How much revenue did web orders bring in?",
     f"SELECT {REV} {OJ} WHERE {NC} AND o.channel = 'online'"),
    ("measures", "What's the average discount rate on order lines that actually got a discount?",
     "SELECT AVG(discount) FROM order_items WHERE discount > 0"),
    ("measures", "How much money did we give away in discounts in total?",
     f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) {OJ} WHERE {NC}"),
    ("measures", "total shipping costs",
     "SELECT SUM(shipping_cost) FROM orders"),
    ("measures", "Revenue share by sales channel",
     f"SELECT o.channel, 100.0 * {REV} / (SELECT SUM(oi2.quantity * oi2.unit_price * (1 - COALESCE(oi2.discount, 0))) "
     f"FROM orders o2 JOIN order_items oi2 ON oi2.order_id = o2.order_id WHERE o2.status <> 'cancelled') AS share_pct "
     f"{OJ} WHERE {NC} GROUP BY o.channel ORDER BY o.channel"),
    ("measures", "On average how many units are in an order (ignoring cancelled ones)?",
     f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) {OJ} WHERE {NC}"),
    ("measures", "How many line items does an order have on average?",
     "SELECT 1.0 * (SELECT COUNT(*) FROM order_items) / (SELECT COUNT(*) FROM orders)"),
    ("measures", "revenue per customer segment",
     f"SELECT c.segment, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment ORDER BY c.segment"),
    ("measures", "What was the profit on Electronics in 2024?",
     f"SELECT {PROFIT} {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics' AND strftime('%Y', o.order_date) = '2024'"),
    ("measures", "Do loyalty members spend more per order? Show AOV for members and non-members",
     f"SELECT c.loyalty_member, {REV} / COUNT(DISTINCT o.order_id) AS aov {OJ} JOIN customers c ON c.customer_id = o.customer_id "
     f"WHERE {NC} GROUP BY c.loyalty_member ORDER BY c.loyalty_member"),
    ("measures", "What percent of all units sold are books?",
     f"SELECT 100.0 * SUM(CASE WHEN cat.name = 'Books' THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) {OPJ} "
     f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC}"),
    ("measures", "How much has Sakura Chen sold in total?",
     f"SELECT {REV} {OJ} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND e.first_name = 'Sakura' AND e.last_name = 'Chen'"),
    ("measures", "margin by channel",
     f"SELECT o.channel, {MARGIN} AS margin {OPJ} WHERE {NC} GROUP BY o.channel ORDER BY o.channel"),
    ("measures", "Which product category has the thinnest margin?",
     f"SELECT cat.name {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY {MARGIN} LIMIT 1",
     (f"SELECT {MARGIN} {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id ORDER BY 1", 1)),
    ("measures", "How much revenue is tied up in returned orders?",
     f"SELECT {REV} {OJ} WHERE o.status = 'returned'"),
    ("measures", "What proportion of orders are placed over the phone?",
     "SELECT 100.0 * SUM(CASE WHEN channel = 'phone' THEN 1 ELSE 0 END) / COUNT(*) FROM orders"),
    ("measures", "What did the goods we sold in 2023 cost us?",
     f"SELECT {COGS} {OPJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2023'"),
    ("measures", "Revenue and profit for furniture sold to customers in Europe",
     f"SELECT {REV} AS revenue, {PROFIT} AS profit {OPJ} JOIN categories cat ON cat.category_id = p.category_id "
     f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
     f"WHERE {NC} AND cat.name = 'Furniture' AND r.name = 'Europe'"),
    ("measures", "how much do small business customers in latin america spend in total",
     f"SELECT {REV} {OJ} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
     f"WHERE {NC} AND c.segment = 'Small Business' AND r.name = 'Latin America'"),
    ("measures", "What percentage of orders haven't been delivered yet (pending or shipped)?",
     "SELECT 100.0 * SUM(CASE WHEN status IN ('pending', 'shipped') THEN 1 ELSE 0 END) / COUNT(*) FROM orders"),
    ("measures", "What fraction of revenue comes from discounted order lines, in percent?",
     f"SELECT 100.0 * SUM(CASE WHEN oi.discount > 0 THEN oi.quantity * oi.unit_price * (1 - oi.discount) ELSE 0 END) / {REV} {OJ} WHERE {NC}"),
    ("measures", "profit per unit sold for each category",
     f"SELECT cat.name, {PROFIT} / SUM(oi.quantity) AS profit_per_unit {OPJ} JOIN categories cat ON cat.category_id = p.category_id "
     f"WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("measures", "How many units of discontinued products have we sold?",
     f"SELECT SUM(oi.quantity) {OPJ} WHERE {NC} AND p.discontinued = 1"),
    ("measures", "Sports category margin in 2022",
     f"SELECT {MARGIN} {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Sports' AND strftime('%Y', o.order_date) = '2022'"),
    ("measures", "average basket size in dollars per channel",
     f"SELECT o.channel, {REV} / COUNT(DISTINCT o.order_id) AS aov {OJ} WHERE {NC} GROUP BY o.channel ORDER BY o.channel"),
    ("measures", "What share of total sales does North America account for?",
     f"SELECT 100.0 * SUM(CASE WHEN r.name = 'North America' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} "
     f"{OJ} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC}"),
    ("measures", "revenue from loyalty program members as a % of the total",
     f"SELECT 100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} "
     f"{OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}"),
    ("measures", "Total profit for the whole of 2021",
     f"SELECT {PROFIT} {OPJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2021'"),
    ("measures", "What's the average shipping charge on phone orders?",
     "SELECT AVG(shipping_cost) FROM orders WHERE channel = 'phone'"),
    ("measures", "How much kitchen stuff did we sell to customers in the UK?",
     f"SELECT {REV} {OPJ} JOIN categories cat ON cat.category_id = p.category_id JOIN customers c ON c.customer_id = o.customer_id "
     f"WHERE {NC} AND cat.name = 'Kitchen' AND c.country = 'United Kingdom'"),
    ("measures", "Revenue, cost and profit by region",
     f"SELECT r.name, {REV} AS revenue, {COGS} AS cost, {PROFIT} AS profit {OPJ} JOIN customers c ON c.customer_id = o.customer_id "
     f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id, r.name ORDER BY r.name"),

    # ------------------------------------------------------------------ tricky
    ("tricky", "How many customers have never ordered anything?",
     "SELECT COUNT(*) FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)"),
    ("tricky", "How many customers bought both electronics and furniture?",
     "SELECT COUNT(*) FROM (SELECT o.customer_id FROM orders o JOIN order_items oi ON oi.order_id = o.order_id "
     "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
     f"WHERE {NC} AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)"),
    ("tricky", "How many products are priced above the average product price?",
     "SELECT COUNT(*) FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)"),
    ("tricky", "Which sales reps sold more than the average rep? (by revenue)",
     f"WITH s AS (SELECT o.employee_id, {REV} AS revenue {OJ} WHERE {NC} AND o.employee_id IS NOT NULL GROUP BY o.employee_id) "
     "SELECT e.first_name, e.last_name FROM s JOIN employees e ON e.employee_id = s.employee_id "
     "WHERE s.revenue > (SELECT AVG(revenue) FROM s) ORDER BY s.revenue DESC"),
    ("tricky", "ratio of online orders to in-store orders",
     "SELECT 1.0 * SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) / SUM(CASE WHEN channel = 'store' THEN 1 ELSE 0 END) FROM orders"),
    ("tricky", "Average number of orders per customer, counting only customers who ordered at least once",
     "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT customer_id) FROM orders"),
    ("tricky", "How many customers ordered in 2023 but not at all in 2024?",
     "SELECT COUNT(DISTINCT customer_id) FROM orders WHERE strftime('%Y', order_date) = '2023' "
     "AND customer_id NOT IN (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')"),
    ("tricky", "Which employees have never handled a single order?",
     "SELECT first_name, last_name FROM employees WHERE employee_id NOT IN (SELECT employee_id FROM orders WHERE employee_id IS NOT NULL)"),
    ("tricky", "What does a customer spend on average, among customers who have bought something?",
     f"SELECT AVG(revenue) FROM (SELECT o.customer_id, {REV} AS revenue {OJ} WHERE {NC} GROUP BY o.customer_id)"),
    ("tricky", "How many orders are worth more than our average order value?",
     f"SELECT COUNT(*) FROM (SELECT o.order_id, {REV} AS value {OJ} WHERE {NC} GROUP BY o.order_id) "
     f"WHERE value > (SELECT {REV} / COUNT(DISTINCT o.order_id) {OJ} WHERE {NC})"),
    ("tricky", "How many products sell for more than twice what they cost us?",
     "SELECT COUNT(*) FROM products WHERE unit_price > 2 * unit_cost"),
    ("tricky", "How many customers have only ever ordered by phone?",
     "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING SUM(CASE WHEN channel <> 'phone' THEN 1 ELSE 0 END) = 0)"),
    ("tricky", "How many customers have returned an order but never cancelled one?",
     "SELECT COUNT(DISTINCT customer_id) FROM orders WHERE status = 'returned' "
     "AND customer_id NOT IN (SELECT customer_id FROM orders WHERE status = 'cancelled')"),
    ("tricky", "Who earns more than the average salary for their job title?",
     "SELECT e.first_name, e.last_name FROM employees e WHERE e.salary > (SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title) ORDER BY e.employee_id"),
    ("tricky", "How many orders does a sales rep handle on average? (only reps with orders)",
     "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT employee_id) FROM orders WHERE employee_id IS NOT NULL"),
    ("tricky", "How many customers that have ordered never got a discount on anything?",
     "SELECT COUNT(DISTINCT customer_id) FROM orders WHERE customer_id NOT IN "
     "(SELECT o.customer_id FROM orders o JOIN order_items oi ON oi.order_id = o.order_id WHERE oi.discount > 0)"),
    ("tricky", "Which products did nobody in Middle East & Africa buy in 2024?",
     "SELECT name FROM products WHERE product_id NOT IN (SELECT oi.product_id FROM orders o JOIN order_items oi ON oi.order_id = o.order_id "
     "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
     f"WHERE {NC} AND r.name = 'Middle East & Africa' AND strftime('%Y', o.order_date) = '2024') ORDER BY name"),
    ("tricky", "Ratio of returned orders to delivered orders",
     "SELECT 1.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) FROM orders"),
    ("tricky", "How many clients have spent over $10,000 with us in total?",
     f"SELECT COUNT(*) FROM (SELECT o.customer_id {OJ} WHERE {NC} GROUP BY o.customer_id HAVING {REV} > 10000)"),
    ("tricky", "What % of customers who ordered are repeat buyers (more than one order)?",
     "SELECT 100.0 * SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END) / COUNT(*) FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id)"),
    ("tricky", "How many products sold in every single year from 2021 to 2024?",
     f"SELECT COUNT(*) FROM (SELECT oi.product_id {OJ} WHERE {NC} GROUP BY oi.product_id HAVING COUNT(DISTINCT strftime('%Y', o.order_date)) = 4)"),
    ("tricky", "List each manager with how many people report directly to them",
     "SELECT m.first_name, m.last_name, COUNT(*) AS reports FROM employees e JOIN employees m ON m.employee_id = e.manager_id "
     "GROUP BY m.employee_id, m.first_name, m.last_name ORDER BY reports DESC, m.last_name"),
    ("tricky", "Customers in which region spend the most on average per customer?",
     f"SELECT r.name FROM (SELECT o.customer_id, {REV} AS revenue {OJ} WHERE {NC} GROUP BY o.customer_id) s "
     "JOIN customers c ON c.customer_id = s.customer_id JOIN regions r ON r.region_id = c.region_id "
     "GROUP BY r.region_id, r.name ORDER BY AVG(s.revenue) DESC LIMIT 1",
     (f"SELECT AVG(s.revenue) FROM (SELECT o.customer_id, {REV} AS revenue {OJ} WHERE {NC} GROUP BY o.customer_id) s "
      "JOIN customers c ON c.customer_id = s.customer_id GROUP BY c.region_id ORDER BY 1 DESC", 1)),
    ("tricky", "How many customers ever bought a product that's now discontinued?",
     f"SELECT COUNT(DISTINCT o.customer_id) {OPJ} WHERE {NC} AND p.discontinued = 1"),
    ("tricky", "How many orders contain more than 5 different products?",
     "SELECT COUNT(*) FROM (SELECT order_id FROM order_items GROUP BY order_id HAVING COUNT(DISTINCT product_id) > 5)"),
    ("tricky", "Which categories sell above the average category revenue?",
     f"WITH s AS (SELECT p.category_id, {REV} AS revenue {OPJ} WHERE {NC} GROUP BY p.category_id) "
     "SELECT cat.name FROM s JOIN categories cat ON cat.category_id = s.category_id WHERE s.revenue > (SELECT AVG(revenue) FROM s) ORDER BY s.revenue DESC"),
    ("tricky", "How many customers ordered in every year from 2021 through 2024?",
     "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE order_date BETWEEN '2021-01-01' AND '2024-12-31' "
     "GROUP BY customer_id HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)"),
    ("tricky", "Average revenue per product within each category",
     f"SELECT cat.name, {REV} / COUNT(DISTINCT oi.product_id) AS revenue_per_product {OPJ} JOIN categories cat ON cat.category_id = p.category_id "
     f"WHERE {NC} GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("tricky", "how many loyalty members have never placed an online order",
     "SELECT COUNT(*) FROM customers WHERE loyalty_member = 1 AND customer_id NOT IN (SELECT customer_id FROM orders WHERE channel = 'online')"),

    # ------------------------------------------------------------------ filters
    ("filters", "List garden products priced over $100",
     "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Garden' AND p.unit_price > 100 ORDER BY p.name"),
    ("filters", "show me corporate clients based in germany",
     "SELECT first_name, last_name FROM customers WHERE segment = 'Corporate' AND country = 'Germany' ORDER BY last_name, first_name"),
    ("filters", "Which products have been discontinued?",
     "SELECT name FROM products WHERE discontinued = 1 ORDER BY name"),
    ("filters", "How many phone orders came from customers in Japan?",
     "SELECT COUNT(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE o.channel = 'phone' AND c.country = 'Japan'"),
    ("filters", "who makes more than 90k a year",
     "SELECT first_name, last_name FROM employees WHERE salary > 90000 ORDER BY salary DESC"),
    ("filters", "Who are our employees in Asia Pacific?",
     "SELECT e.first_name, e.last_name FROM employees e JOIN regions r ON r.region_id = e.region_id WHERE r.name = 'Asia Pacific' ORDER BY e.last_name, e.first_name"),
    ("filters", "loyalty members living in Toronto",
     "SELECT first_name, last_name FROM customers WHERE city = 'Toronto' AND loyalty_member = 1 ORDER BY last_name, first_name"),
    ("filters", "How many orders had shipping over 10 dollars?",
     "SELECT COUNT(*) FROM orders WHERE shipping_cost > 10"),
    ("filters", "books under 15 bucks, with their price",
     "SELECT p.name, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Books' AND p.unit_price < 15 ORDER BY p.unit_price"),
    ("filters", "show pending orders from 2024 with their dates",
     "SELECT order_id, order_date FROM orders WHERE status = 'pending' AND strftime('%Y', order_date) = '2024' ORDER BY order_date"),
    ("filters", "How many customers don't have an email on file?",
     "SELECT COUNT(*) FROM customers WHERE email IS NULL OR email = ''"),
    ("filters", "number of order lines with a 30% discount",
     "SELECT COUNT(*) FROM order_items WHERE discount = 0.3"),
    ("filters", "Electronics products launched in 2023",
     "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Electronics' AND strftime('%Y', p.launch_date) = '2023' ORDER BY p.name"),
    ("filters", "which brazilian customers are small businesses? give names and company",
     "SELECT first_name, last_name, company FROM customers WHERE country = 'Brazil' AND segment = 'Small Business' ORDER BY last_name, first_name"),
    ("filters", "How many store orders from 2022 were returned?",
     "SELECT COUNT(*) FROM orders WHERE channel = 'store' AND status = 'returned' AND strftime('%Y', order_date) = '2022'"),
    ("filters", "employees hired before 2016",
     "SELECT first_name, last_name FROM employees WHERE hire_date < '2016-01-01' ORDER BY hire_date"),
    ("filters", "How many order lines had 10 or more units?",
     "SELECT COUNT(*) FROM order_items WHERE quantity >= 10"),
    ("filters", "beauty products whose unit cost is below $10",
     "SELECT p.name FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Beauty' AND p.unit_cost < 10 ORDER BY p.name"),

    # ------------------------------------------------------------------ topn
    ("topn", "Top 5 products by revenue",
     f"SELECT p.name {OPJ} WHERE {NC} GROUP BY p.product_id, p.name ORDER BY {REV} DESC LIMIT 5",
     (f"SELECT {REV} {OJ} WHERE {NC} GROUP BY oi.product_id ORDER BY 1 DESC", 5)),
    ("topn", "who are our 3 biggest spenders",
     f"SELECT c.first_name, c.last_name {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id, c.first_name, c.last_name ORDER BY {REV} DESC LIMIT 3",
     (f"SELECT {REV} {OJ} WHERE {NC} GROUP BY o.customer_id ORDER BY 1 DESC", 3)),
    ("topn", "top 10 countries by number of customers",
     "SELECT country FROM customers GROUP BY country ORDER BY COUNT(*) DESC LIMIT 10",
     ("SELECT COUNT(*) FROM customers GROUP BY country ORDER BY 1 DESC", 10)),
    ("topn", "What's our best seller by units?",
     f"SELECT p.name {OPJ} WHERE {NC} GROUP BY p.product_id, p.name ORDER BY SUM(oi.quantity) DESC LIMIT 1",
     (f"SELECT SUM(oi.quantity) {OJ} WHERE {NC} GROUP BY oi.product_id ORDER BY 1 DESC", 1)),
    ("topn", "Top 3 reps by number of orders in 2024",
     "SELECT e.first_name, e.last_name FROM orders o JOIN employees e ON e.employee_id = o.employee_id WHERE strftime('%Y', o.order_date) = '2024' "
     "GROUP BY e.employee_id, e.first_name, e.last_name ORDER BY COUNT(*) DESC LIMIT 3",
     ("SELECT COUNT(*) FROM orders o WHERE o.employee_id IS NOT NULL AND strftime('%Y', o.order_date) = '2024' GROUP BY o.employee_id ORDER BY 1 DESC", 3)),
    ("topn", "5 most expensive products and their prices",
     "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 5",
     ("SELECT unit_price FROM products ORDER BY 1 DESC", 5)),
    ("topn", "which 5 cities generate the most sales?",
     f"SELECT c.city {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.city ORDER BY {REV} DESC LIMIT 5",
     (f"SELECT {REV} {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.city ORDER BY 1 DESC", 5)),
    ("topn", "Which product makes us the least profit?",
     f"SELECT p.name {OPJ} WHERE {NC} GROUP BY p.product_id, p.name ORDER BY {PROFIT} LIMIT 1",
     (f"SELECT {PROFIT} {OPJ} WHERE {NC} GROUP BY p.product_id ORDER BY 1", 1)),
    ("topn", "bottom 3 categories by revenue in 2024",
     f"SELECT cat.name {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND strftime('%Y', o.order_date) = '2024' "
     f"GROUP BY cat.category_id, cat.name ORDER BY {REV} LIMIT 3",
     (f"SELECT {REV} {OPJ} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY p.category_id ORDER BY 1", 3)),
    ("topn", "Which company is our biggest account by spend?",
     f"SELECT c.company {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.company IS NOT NULL GROUP BY c.company ORDER BY {REV} DESC LIMIT 1",
     (f"SELECT {REV} {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.company IS NOT NULL GROUP BY c.company ORDER BY 1 DESC", 1)),
    ("topn", "Top 5 products that show up in the most returned orders",
     "SELECT p.name FROM orders o JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id "
     "WHERE o.status = 'returned' GROUP BY p.product_id, p.name ORDER BY COUNT(DISTINCT o.order_id) DESC LIMIT 5",
     ("SELECT COUNT(DISTINCT o.order_id) FROM orders o JOIN order_items oi ON oi.order_id = o.order_id WHERE o.status = 'returned' GROUP BY oi.product_id ORDER BY 1 DESC", 5)),
    ("topn", "who is the highest paid employee?",
     "SELECT first_name, last_name FROM employees ORDER BY salary DESC LIMIT 1",
     ("SELECT salary FROM employees ORDER BY 1 DESC", 1)),
    ("topn", "our three strongest months ever by revenue",
     f"SELECT strftime('%Y-%m', o.order_date) AS month {OJ} WHERE {NC} GROUP BY month ORDER BY {REV} DESC LIMIT 3",
     (f"SELECT {REV} {OJ} WHERE {NC} GROUP BY strftime('%Y-%m', o.order_date) ORDER BY 1 DESC", 3)),
    ("topn", "What was the single biggest order by value? just the order number",
     f"SELECT o.order_id {OJ} WHERE {NC} GROUP BY o.order_id ORDER BY {REV} DESC LIMIT 1",
     (f"SELECT {REV} {OJ} WHERE {NC} GROUP BY o.order_id ORDER BY 1 DESC", 1)),
    ("topn", "top 3 customers by how many orders they placed",
     "SELECT c.first_name, c.last_name FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id, c.first_name, c.last_name ORDER BY COUNT(*) DESC LIMIT 3",
     ("SELECT COUNT(*) FROM orders GROUP BY customer_id ORDER BY 1 DESC", 3)),
    ("topn", "Which category do corporate customers buy the most units of?",
     f"SELECT cat.name {OPJ} JOIN categories cat ON cat.category_id = p.category_id JOIN customers c ON c.customer_id = o.customer_id "
     f"WHERE {NC} AND c.segment = 'Corporate' GROUP BY cat.category_id, cat.name ORDER BY SUM(oi.quantity) DESC LIMIT 1",
     (f"SELECT SUM(oi.quantity) {OPJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.segment = 'Corporate' GROUP BY p.category_id ORDER BY 1 DESC", 1)),
    ("topn", "top 3 countries by revenue in 2023, with the revenue",
     f"SELECT c.country, {REV} AS revenue {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND strftime('%Y', o.order_date) = '2023' "
     f"GROUP BY c.country ORDER BY revenue DESC LIMIT 3",
     (f"SELECT {REV} {OJ} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY c.country ORDER BY 1 DESC", 3)),
    ("topn", "Which sales rep brought in the most revenue in Latin America?",
     f"SELECT e.first_name, e.last_name {OJ} JOIN employees e ON e.employee_id = o.employee_id JOIN customers c ON c.customer_id = o.customer_id "
     f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Latin America' GROUP BY e.employee_id, e.first_name, e.last_name ORDER BY {REV} DESC LIMIT 1",
     (f"SELECT {REV} {OJ} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
      f"WHERE {NC} AND r.name = 'Latin America' AND o.employee_id IS NOT NULL GROUP BY o.employee_id ORDER BY 1 DESC", 1)),

    # ------------------------------------------------------------------ breakdowns
    ("breakdowns", "customers by segment",
     "SELECT segment, COUNT(*) FROM customers GROUP BY segment ORDER BY segment"),
    ("breakdowns", "How many orders are in each status?",
     "SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY status"),
    ("breakdowns", "2024 order count broken down by channel",
     "SELECT channel, COUNT(*) FROM orders WHERE strftime('%Y', order_date) = '2024' GROUP BY channel ORDER BY channel"),
    ("breakdowns", "number of clients in each region",
     "SELECT r.name, COUNT(*) FROM customers c JOIN regions r ON r.region_id = c.region_id GROUP BY r.region_id, r.name ORDER BY r.name"),
    ("breakdowns", "how many products per category?",
     "SELECT cat.name, COUNT(*) FROM products p JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("breakdowns", "Average list price of products in each category",
     "SELECT cat.name, AVG(p.unit_price) FROM products p JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("breakdowns", "headcount by job title",
     "SELECT title, COUNT(*) FROM employees GROUP BY title ORDER BY title"),
    ("breakdowns", "average employee salary per region",
     "SELECT r.name, AVG(e.salary) FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id, r.name ORDER BY r.name"),
    ("breakdowns", "Sales per category for 2023",
     f"SELECT cat.name, {REV} AS revenue {OPJ} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND strftime('%Y', o.order_date) = '2023' "
     "GROUP BY cat.category_id, cat.name ORDER BY cat.name"),
    ("breakdowns", "how many loyalty members are there in each customer segment",
     "SELECT segment, COUNT(*) FROM customers WHERE loyalty_member = 1 GROUP BY segment ORDER BY segment"),
    ("breakdowns", "order status counts by channel",
     "SELECT channel, status, COUNT(*) FROM orders GROUP BY channel, status ORDER BY channel, status"),
    ("breakdowns", "average shipping cost by channel",
     "SELECT channel, AVG(shipping_cost) FROM orders GROUP BY channel ORDER BY channel"),
    ("breakdowns", "How many customers do we have in each European country?",
     "SELECT c.country, COUNT(*) FROM customers c JOIN regions r ON r.region_id = c.region_id WHERE r.name = 'Europe' GROUP BY c.country ORDER BY c.country"),
    ("breakdowns", "distribution of discount levels across order lines",
     "SELECT COALESCE(discount, 0) AS discount, COUNT(*) FROM order_items GROUP BY COALESCE(discount, 0) ORDER BY 1"),
    ("breakdowns", "number of orders handled by each region's sales team (rep's region)",
     "SELECT r.name, COUNT(*) FROM orders o JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id, r.name ORDER BY r.name"),
    ("breakdowns", "units sold by channel",
     f"SELECT o.channel, SUM(oi.quantity) {OJ} WHERE {NC} GROUP BY o.channel ORDER BY o.channel"),
    ("breakdowns", "count of active vs discontinued products",
     "SELECT discontinued, COUNT(*) FROM products GROUP BY discontinued ORDER BY discontinued"),

    # ------------------------------------------------------------------ simple
    ("simple", "How many products do we carry?",
     "SELECT COUNT(*) FROM products"),
    ("simple", "how many people work in sales here",
     "SELECT COUNT(*) FROM employees"),
    ("simple", "number of product categories",
     "SELECT COUNT(*) FROM categories"),
    ("simple", "list all our regions",
     "SELECT name FROM regions ORDER BY name"),
    ("simple", "In how many countries do we have customers?",
     "SELECT COUNT(DISTINCT country) FROM customers"),
    ("simple", "how many diferent cities are our customers in",
     "SELECT COUNT(DISTINCT city) FROM customers"),
    ("simple", "total number of orders",
     "SELECT COUNT(*) FROM orders"),
    ("simple", "How many customers are in the loyalty program?",
     "SELECT COUNT(*) FROM customers WHERE loyalty_member = 1"),
    ("simple", "What categories of products do we sell?",
     "SELECT name FROM categories ORDER BY name"),
    ("simple", "how many distinct job titles are there",
     "SELECT COUNT(DISTINCT title) FROM employees"),
    ("simple", "How many order lines are in the system?",
     "SELECT COUNT(*) FROM order_items"),
    ("simple", "Who is our VP of Sales?",
     "SELECT first_name, last_name FROM employees WHERE title = 'VP of Sales'"),
    ("simple", "how many products are still active (not discontinued)?",
     "SELECT COUNT(*) FROM products WHERE discontinued = 0"),
    ("simple", "What's the average salary across employees?",
     "SELECT AVG(salary) FROM employees"),
    ("simple", "How many custmers do we have?",
     "SELECT COUNT(*) FROM customers"),
    ("simple", "list the regional sales managers",
     "SELECT first_name, last_name FROM employees WHERE title = 'Regional Sales Manager' ORDER BY last_name"),
]

KINDS = {"time", "measures", "tricky", "filters", "topn", "breakdowns", "simple"}
MINIMUM = {"time": 45, "measures": 32, "tricky": 22, "filters": 12, "topn": 12, "breakdowns": 12, "simple": 12}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=DEFAULT_DB)
    ap.add_argument("--verbose", action="store_true", help="print each result summary")
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    errors = []
    seen_q = set()
    counts = {}
    for i, item in enumerate(ITEMS):
        kind, q, sql = item[:3]
        tie = item[3] if len(item) > 3 else None
        if kind not in KINDS:
            errors.append(f"{i}: unknown kind {kind}")
        counts[kind] = counts.get(kind, 0) + 1
        if q.lower() in seen_q:
            errors.append(f"{i}: duplicate question {q!r}")
        seen_q.add(q.lower())
        if "ROUND(" in sql.upper():
            errors.append(f"{i}: ROUND in gold")
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as exc:
            errors.append(f"{i}: {q!r}: SQL error {exc}")
            continue
        if not rows:
            errors.append(f"{i}: {q!r}: empty result")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"{i}: {q!r}: only NULLs")
        if " LIMIT " in sql.upper() and tie is None:
            errors.append(f"{i}: {q!r}: LIMIT without tie check")
        if tie is not None:
            tsql, n = tie
            try:
                keys = [r[0] for r in con.execute(tsql).fetchall()]
            except sqlite3.Error as exc:
                errors.append(f"{i}: tie SQL error {exc}")
                keys = []
            if len(keys) < n:
                errors.append(f"{i}: {q!r}: fewer than {n} candidates")
            elif len(keys) > n and keys[n - 1] == keys[n]:
                errors.append(f"{i}: {q!r}: tie at cut-off {n}: {keys[n - 1]!r}")
            elif len(rows) != n:
                errors.append(f"{i}: {q!r}: expected {n} rows, got {len(rows)}")
        if args.verbose:
            shown = rows[:4]
            print(f"[{i}] {kind}: {q}\n    -> {len(rows)} rows: {shown}")
    for k, m in MINIMUM.items():
        if counts.get(k, 0) < m:
            errors.append(f"kind {k}: {counts.get(k, 0)} < {m}")
    if len(ITEMS) < 160:
        errors.append(f"only {len(ITEMS)} items")
    print("counts:", json.dumps(counts), "total:", len(ITEMS))
    if errors:
        print("FAILED checks:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    data = [{"question": it[1], "db_id": "demo", "query": it[2]} for it in ITEMS]
    kinds = {str(i): it[0] for i, it in enumerate(ITEMS)}
    with open(os.path.join(HERE, "demo_v4.json"), "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "demo_v4_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=1)
        f.write("\n")
    print(f"wrote demo_v4.json and demo_v4_kinds.json ({len(ITEMS)} items)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
