#!/usr/bin/env python3
"""Held-out question set v7 for the genbi demo sales database (db_id "demo").

Items are data (kind, question, gold SQLite query). Running this script re-executes
every gold query on the database given by --db (default: demo.sqlite beside this
file), checks that each returns a non-empty, not-all-NULL result, checks top-N
queries for ties at the cut-off, checks the kind counts, and only when every check
passes writes demo_v7.json ([{"question","db_id":"demo","query"}]) and
demo_v7_kinds.json ({"<index>": kind}) beside this script.

Conventions
-----------
* Metrics follow demo.semantic.yaml:
  - revenue      = SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))
  - units sold   = SUM(oi.quantity)
  - average order value (AOV) = revenue / COUNT(DISTINCT order_id)
  - profit       = revenue - SUM(oi.quantity * products.unit_cost)
  - margin       = 100 * profit / revenue
  and all of them exclude cancelled orders (orders.status <> 'cancelled').
  "Sales", "spend", "turnover" mean revenue. "Order value" of one order is that
  order's revenue expression (so an "order over $1,500" is a non-cancelled order
  whose item total after discount exceeds 1500).
* Plain counts of orders ("how many orders") count every order whatever its status,
  since the semantic layer defines no order-count metric with a filter; a status
  named in the question is applied.  Shipping cost is orders.shipping_cost as stored.
* An order's region/country/city is its customer's (semantic layer joins); a sales
  rep's revenue is that of the orders carrying their employee_id.
* "Now" is the data's last order date, computed in SQL: (SELECT MAX(order_date) FROM orders).
  "Last N months" = the N calendar months ending with now's month
  (order_date >= date(now, 'start of month', '-(N-1) months')); "last N days" =
  order_date > date(now, '-N days'); "YTD" = from 1 January of now's year to now;
  "most recent quarter" = the calendar quarter containing now.
* Quarters are calendar quarters (fiscal_year_start: 1) returned as integers 1-4;
  months as 'YYYY-MM' text (or month names where the question asks about a month of
  the year across years); weekdays as English names from strftime('%w').
* Growth (YoY, MoM) = 100 * (current - previous) / previous.
* People (customers, employees) are returned as one column first_name || ' ' || last_name.
* Percentages are on a 0-100 scale. Nothing is rounded unless the question asks.
* Top-N queries were checked for ties at the cut-off (N chosen so there is none).
* Every gold returns a non-empty, not-all-NULL result and exactly the columns asked
  for ("which X has the most Y" returns X and the value).
"""
import argparse
import json
import os
import re
import sqlite3
import sys

REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COST = "SUM(oi.quantity * p.unit_cost)"
NC = "o.status <> 'cancelled'"
NOW = "(SELECT MAX(order_date) FROM orders)"
OI_O = "order_items oi JOIN orders o ON o.order_id = oi.order_id"
OI_O_P = OI_O + " JOIN products p ON p.product_id = oi.product_id"
WEEKDAY = ("CASE CAST(strftime('%w', o.order_date) AS INTEGER) WHEN 0 THEN 'Sunday' "
           "WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' "
           "WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' ELSE 'Saturday' END")
MONTHNAME = ("CASE strftime('%m', o.order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February' "
             "WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' "
             "WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' "
             "WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END")
QTR = "(CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3"
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"

ITEMS = [
    # ------------------------------------------------------------------ time (60)
    ("time", "whats our revenue for Q3 2023?",
     f"SELECT {REV} AS revenue FROM {OI_O} WHERE {NC} AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'"),
    ("time", "How many orders did we get in March 2022?",
     "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2022-03-01' AND '2022-03-31'"),
    ("time", "sales by quarter for 2024",
     f"SELECT {QTR} AS quarter, {REV} AS revenue FROM {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter ORDER BY quarter"),
    ("time", "monthly revenue in 2023",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue FROM {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month ORDER BY month"),
    ("time", "Which day of the week gets the most orders?",
     f"SELECT {WEEKDAY} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY weekday ORDER BY orders DESC LIMIT 1"),
    ("time", "revenue by day of week",
     f"SELECT {WEEKDAY} AS weekday, {REV} AS revenue FROM {OI_O} WHERE {NC} GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)"),
    ("time", "total revenue in the last 6 months",
     f"SELECT {REV} AS revenue FROM {OI_O} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-5 months')"),
    ("time", "YoY revenue growth 2024 vs 2023 in %",
     f"SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) - SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)) / SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS yoy_growth_pct FROM {OI_O} WHERE {NC}"),
    ("time", "MoM revenue growth % for each month of 2024",
     f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue FROM {OI_O} WHERE {NC} GROUP BY month), g AS (SELECT month, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) / LAG(revenue) OVER (ORDER BY month) AS mom_growth_pct FROM m) SELECT month, mom_growth_pct FROM g WHERE month LIKE '2024-%' ORDER BY month"),
    ("time", "on average how many days between order date and ship date?",
     "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL"),
    ("time", "avg shipping time in days by sales channel",
     "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL GROUP BY channel ORDER BY channel"),
    ("time", "how many customers signed up in 2022",
     "SELECT COUNT(*) AS customers FROM customers WHERE strftime('%Y', signup_date) = '2022'"),
    ("time", "signup cohorts: for each signup year, how many customers signed up and how many of them have placed an order",
     "SELECT strftime('%Y', c.signup_date) AS signup_year, COUNT(*) AS customers, SUM(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)) AS customers_with_orders FROM customers c GROUP BY signup_year ORDER BY signup_year"),
    ("time", "# of orders in the last 30 days",
     f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-30 days')"),
    ("time", "units sold in december 2024",
     f"SELECT SUM(oi.quantity) AS units_sold FROM {OI_O} WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2024-12'"),
    ("time", "what was our best month ever for sales?",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue FROM {OI_O} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 1"),
    ("time", "Revenue H1 2024",
     f"SELECT {REV} AS revenue FROM {OI_O} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-06-30'"),
    ("time", "number of orders per quarter in 2022",
     f"SELECT {QTR} AS quarter, COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = '2022' GROUP BY quarter ORDER BY quarter"),
    ("time", "average order value by year",
     f"SELECT strftime('%Y', o.order_date) AS year, {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} WHERE {NC} GROUP BY year ORDER BY year"),
    ("time", "weekend vs weekday revenue",
     f"SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS day_type, {REV} AS revenue FROM {OI_O} WHERE {NC} GROUP BY day_type ORDER BY day_type"),
    ("time", "cancelled orders per year",
     "SELECT strftime('%Y', order_date) AS year, COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled' GROUP BY year ORDER BY year"),
    ("time", "year over year growth in number of orders, by year",
     "WITH y AS (SELECT strftime('%Y', order_date) AS year, COUNT(*) AS orders FROM orders GROUP BY year), g AS (SELECT year, 100.0 * (orders - LAG(orders) OVER (ORDER BY year)) / LAG(orders) OVER (ORDER BY year) AS yoy_growth_pct FROM y) SELECT year, yoy_growth_pct FROM g WHERE yoy_growth_pct IS NOT NULL ORDER BY year"),
    ("time", "new customer signups per month in 2024",
     "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS new_customers FROM customers WHERE strftime('%Y', signup_date) = '2024' GROUP BY month ORDER BY month"),
    ("time", "for customers with at least 2 orders, whats the average number of days between their first and last order",
     "SELECT AVG(span) AS avg_days_first_to_last_order FROM (SELECT julianday(MAX(order_date)) - julianday(MIN(order_date)) AS span FROM orders GROUP BY customer_id HAVING COUNT(*) >= 2)"),
    ("time", "How many customers who used to buy from us haven't ordered anything in the last 12 months?",
     f"SELECT COUNT(*) AS lapsed_customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING MAX(order_date) < date({NOW}, 'start of month', '-11 months'))"),
    ("time", "revenue YTD",
     f"SELECT {REV} AS revenue FROM {OI_O} WHERE {NC} AND o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW}"),
    ("time", "compare Q4 2022 and Q4 2023 revenue",
     f"SELECT strftime('%Y', o.order_date) AS year, {REV} AS revenue FROM {OI_O} WHERE {NC} AND ((o.order_date BETWEEN '2022-10-01' AND '2022-12-31') OR (o.order_date BETWEEN '2023-10-01' AND '2023-12-31')) GROUP BY year ORDER BY year"),
    ("time", "which quarter of 2023 had the highest profit",
     f"SELECT {QTR} AS quarter, {REV} - {COST} AS profit FROM {OI_O_P} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY quarter ORDER BY profit DESC LIMIT 1"),
    ("time", "sales july 2021",
     f"SELECT {REV} AS revenue FROM {OI_O} WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2021-07'"),
    ("time", "How many orders were shipped the same day they were placed?",
     "SELECT COUNT(*) AS orders FROM orders WHERE ship_date = order_date"),
    ("time", "average days to ship for orders placed in 2024",
     "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL AND strftime('%Y', order_date) = '2024'"),
    ("time", "how many orders were placed on Mondays in 2023?",
     "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%w', order_date) = '1' AND strftime('%Y', order_date) = '2023'"),
    ("time", "how many sales people did we hire in the last 2 years",
     f"SELECT COUNT(*) AS employees FROM employees WHERE hire_date > date({NOW}, '-2 years')"),
    ("time", "revenue per month for the last 12 months",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue FROM {OI_O} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-11 months') GROUP BY month ORDER BY month"),
    ("time", "when was the first order from each region?",
     "SELECT r.name AS region, MIN(o.order_date) AS first_order_date FROM orders o JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id GROUP BY r.name ORDER BY r.name"),
    ("time", "longest time an order took to ship, in days",
     "SELECT MAX(julianday(ship_date) - julianday(order_date)) AS max_days_to_ship FROM orders WHERE ship_date IS NOT NULL"),
    ("time", "what % of each year's revenue came in Q4?",
     f"SELECT strftime('%Y', o.order_date) AS year, 100.0 * SUM(CASE WHEN strftime('%m', o.order_date) >= '10' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} AS q4_share_pct FROM {OI_O} WHERE {NC} GROUP BY year ORDER BY year"),
    ("time", "monthly active customers in 2024 (customers who placed an order that month)",
     "SELECT strftime('%Y-%m', order_date) AS month, COUNT(DISTINCT customer_id) AS active_customers FROM orders WHERE strftime('%Y', order_date) = '2024' GROUP BY month ORDER BY month"),
    ("time", "how many orders in the most recent quarter?",
     f"SELECT COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = strftime('%Y', {NOW}) AND {QTR} = (CAST(strftime('%m', {NOW}) AS INTEGER) + 2) / 3"),
    ("time", "YoY revenue growth by category, 2024 vs 2023",
     "WITH r AS (SELECT cat.name AS category, SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS rev_2023, SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS rev_2024 FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id WHERE o.status <> 'cancelled' GROUP BY cat.name) SELECT category, 100.0 * (rev_2024 - rev_2023) / rev_2023 AS yoy_growth_pct FROM r ORDER BY category"),
    ("time", "revenue growth from 2023 to 2024 for each region, percent",
     "WITH r AS (SELECT rg.name AS region, SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS rev_2023, SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS rev_2024 FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN customers c ON c.customer_id = o.customer_id JOIN regions rg ON rg.region_id = c.region_id WHERE o.status <> 'cancelled' GROUP BY rg.name) SELECT region, 100.0 * (rev_2024 - rev_2023) / rev_2023 AS growth_pct FROM r ORDER BY region"),
    ("time", "how many days are there between the very first and the very last order in the data?",
     "SELECT julianday(MAX(order_date)) - julianday(MIN(order_date)) AS days_between FROM orders"),
    ("time", "average employee tenure in days as of the latest order date",
     f"SELECT AVG(julianday({NOW}) - julianday(hire_date)) AS avg_tenure_days FROM employees"),
    ("time", "how many products were launched in 2023",
     "SELECT COUNT(*) AS products FROM products WHERE strftime('%Y', launch_date) = '2023'"),
    ("time", "revenue from products launched in 2024",
     f"SELECT {REV} AS revenue FROM {OI_O_P} WHERE {NC} AND strftime('%Y', p.launch_date) = '2024'"),
    ("time", "AOV in Q1 2024?",
     f"SELECT {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-03-31'"),
    ("time", "orders each month in 2021",
     "SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2021' GROUP BY month ORDER BY month"),
    ("time", "Across all years, which calendar month gets the most orders?",
     f"SELECT {MONTHNAME} AS month, COUNT(*) AS orders FROM orders o GROUP BY strftime('%m', o.order_date) ORDER BY orders DESC LIMIT 1"),
    ("time", "what percent of customers who signed up in 2023 placed an order within 90 days of signing up?",
     "SELECT 100.0 * SUM(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND julianday(o.order_date) - julianday(c.signup_date) BETWEEN 0 AND 90)) / COUNT(*) AS pct_ordered_within_90_days FROM customers c WHERE strftime('%Y', c.signup_date) = '2023'"),
    ("time", "how much revenue did customers who signed up in 2021 bring in during 2024?",
     f"SELECT {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND strftime('%Y', c.signup_date) = '2021' AND strftime('%Y', o.order_date) = '2024'"),
    ("time", "revenue by customer signup-year cohort",
     f"SELECT strftime('%Y', c.signup_date) AS signup_year, {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY signup_year ORDER BY signup_year"),
    ("time", "how many first-time buyers did we get each year (by the year of their first order)?",
     "SELECT first_year AS year, COUNT(*) AS first_time_customers FROM (SELECT customer_id, strftime('%Y', MIN(order_date)) AS first_year FROM orders GROUP BY customer_id) GROUP BY first_year ORDER BY first_year"),
    ("time", "average number of days from signup to first order",
     "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days_signup_to_first_order FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f ON f.customer_id = c.customer_id"),
    ("time", "how many orders between jan 1 and jan 7 2024",
     "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-01-07'"),
    ("time", "Q2 2024 revenue growth over Q1 2024, %",
     f"SELECT 100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-04-01' AND '2024-06-30' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) - SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-03-31' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END)) / SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-03-31' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS qoq_growth_pct FROM {OI_O} WHERE {NC}"),
    ("time", "month over month change in order count for the last 6 months",
     f"WITH m AS (SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders GROUP BY month), g AS (SELECT month, orders - LAG(orders) OVER (ORDER BY month) AS change_in_orders FROM m) SELECT month, change_in_orders FROM g WHERE month >= strftime('%Y-%m', date({NOW}, 'start of month', '-5 months')) ORDER BY month"),
    ("time", "whats revenue for febuary 2024",
     f"SELECT {REV} AS revenue FROM {OI_O} WHERE {NC} AND strftime('%Y-%m', o.order_date) = '2024-02'"),
    ("time", "sales by year",
     f"SELECT strftime('%Y', o.order_date) AS year, {REV} AS revenue FROM {OI_O} WHERE {NC} GROUP BY year ORDER BY year"),
    ("time", "how many days old is our oldest pending order, as of the last order date?",
     f"SELECT julianday({NOW}) - julianday(MIN(order_date)) AS days_old FROM orders WHERE status = 'pending'"),
    ("time", "average monthly revenue in 2023",
     f"SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue FROM {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month)"),

    # -------------------------------------------------------------- measures (40)
    ("measures", "what's our average order value?",
     f"SELECT {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} WHERE {NC}"),
    ("measures", "AOV by channel",
     f"SELECT o.channel, {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} WHERE {NC} GROUP BY o.channel ORDER BY o.channel"),
    ("measures", "units sold by product category",
     f"SELECT cat.name AS category, SUM(oi.quantity) AS units_sold FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY cat.name"),
    ("measures", "profit by category",
     f"SELECT cat.name AS category, {REV} - {COST} AS profit FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY cat.name"),
    ("measures", "gross margin % by region",
     f"SELECT r.name AS region, 100.0 * ({REV} - {COST}) / {REV} AS margin_pct FROM {OI_O_P} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name ORDER BY r.name"),
    ("measures", "share of total revenue by customer segment",
     f"SELECT c.segment, 100.0 * {REV} / SUM({REV}) OVER () AS revenue_share_pct FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment ORDER BY c.segment"),
    ("measures", "what percentage of orders were returned?",
     "SELECT 100.0 * SUM(status = 'returned') / COUNT(*) AS returned_pct FROM orders"),
    ("measures", "cancellation rate by sales channel",
     "SELECT channel, 100.0 * SUM(status = 'cancelled') / COUNT(*) AS cancelled_pct FROM orders GROUP BY channel ORDER BY channel"),
    ("measures", "average revenue per customer (customers who bought something)",
     f"SELECT {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM {OI_O} WHERE {NC}"),
    ("measures", "average discount on order lines that had a discount, in percent",
     "SELECT 100.0 * AVG(discount) AS avg_discount_pct FROM order_items WHERE discount IS NOT NULL AND discount > 0"),
    ("measures", "how much money did we give away in discounts? (non-cancelled orders)",
     f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount FROM {OI_O} WHERE {NC}"),
    ("measures", "profit per category for 2024",
     f"SELECT cat.name AS category, {REV} - {COST} AS profit FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY cat.name ORDER BY cat.name"),
    ("measures", "revenue per sales rep",
     f"SELECT {EMP} AS employee, {REV} AS revenue FROM {OI_O} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id ORDER BY employee"),
    ("measures", "average units per order",
     f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order FROM {OI_O} WHERE {NC}"),
    ("measures", "total shipping cost by region",
     "SELECT r.name AS region, SUM(o.shipping_cost) AS shipping_cost FROM orders o JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id GROUP BY r.name ORDER BY r.name"),
    ("measures", "shipping cost as a % of revenue",
     f"SELECT 100.0 * (SELECT SUM(shipping_cost) FROM orders WHERE status <> 'cancelled') / {REV} AS shipping_cost_pct_of_revenue FROM {OI_O} WHERE {NC}"),
    ("measures", "what % of revenue comes from loyalty members",
     f"SELECT 100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} AS loyalty_revenue_pct FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}"),
    ("measures", "margin on discontinued products",
     f"SELECT 100.0 * ({REV} - {COST}) / {REV} AS margin_pct FROM {OI_O_P} WHERE {NC} AND p.discontinued = 1"),
    ("measures", "avg number of distinct products per order",
     "SELECT AVG(n) AS avg_products_per_order FROM (SELECT COUNT(DISTINCT product_id) AS n FROM order_items GROUP BY order_id)"),
    ("measures", "revenue split by channel as a percentage of total",
     f"SELECT o.channel, 100.0 * {REV} / SUM({REV}) OVER () AS revenue_share_pct FROM {OI_O} WHERE {NC} GROUP BY o.channel ORDER BY o.channel"),
    ("measures", "profit per unit sold for each category",
     f"SELECT cat.name AS category, ({REV} - {COST}) / SUM(oi.quantity) AS profit_per_unit FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY cat.name"),
    ("measures", "return rate by category (% of units sold that were in returned orders)",
     f"SELECT cat.name AS category, 100.0 * SUM(CASE WHEN o.status = 'returned' THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) AS returned_units_pct FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY cat.name"),
    ("measures", "average order value per customer segment",
     f"SELECT c.segment, {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment ORDER BY c.segment"),
    ("measures", "AOV for orders handled by a sales rep vs orders with no rep",
     f"SELECT CASE WHEN o.employee_id IS NULL THEN 'no rep' ELSE 'with rep' END AS rep_assigned, {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} WHERE {NC} GROUP BY rep_assigned ORDER BY rep_assigned"),
    ("measures", "total salary cost per region",
     "SELECT r.name AS region, SUM(e.salary) AS total_salary FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.name ORDER BY r.name"),
    ("measures", "percent of customers in each region that are loyalty members",
     "SELECT r.name AS region, 100.0 * SUM(c.loyalty_member = 1) / COUNT(*) AS loyalty_pct FROM customers c JOIN regions r ON r.region_id = c.region_id GROUP BY r.name ORDER BY r.name"),
    ("measures", "What percentage of our customers have ever placed an order?",
     "SELECT 100.0 * COUNT(DISTINCT o.customer_id) / (SELECT COUNT(*) FROM customers) AS pct_customers_with_orders FROM orders o"),
    ("measures", "gross profit total",
     f"SELECT {REV} - {COST} AS profit FROM {OI_O_P} WHERE {NC}"),
    ("measures", "overall profit margin",
     f"SELECT 100.0 * ({REV} - {COST}) / {REV} AS margin_pct FROM {OI_O_P} WHERE {NC}"),
    ("measures", "units of electronics sold in 2024",
     f"SELECT SUM(oi.quantity) AS units_sold FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics' AND strftime('%Y', o.order_date) = '2024'"),
    ("measures", "average selling price per unit",
     f"SELECT {REV} / SUM(oi.quantity) AS avg_price_per_unit FROM {OI_O} WHERE {NC}"),
    ("measures", "what % of orders had at least one discounted item",
     "SELECT 100.0 * COUNT(DISTINCT CASE WHEN discount > 0 THEN order_id END) / COUNT(DISTINCT order_id) AS pct_orders_with_discount FROM order_items"),
    ("measures", "how much sales value did we lose to cancelled orders",
     f"SELECT {REV} AS cancelled_value FROM {OI_O} WHERE o.status = 'cancelled'"),
    ("measures", "what share of units sold is clothing?",
     f"SELECT 100.0 * SUM(CASE WHEN cat.name = 'Clothing' THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) AS clothing_units_pct FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC}"),
    ("measures", "average shipping cost per order by channel",
     "SELECT channel, AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE shipping_cost IS NOT NULL GROUP BY channel ORDER BY channel"),
    ("measures", "profit by year",
     f"SELECT strftime('%Y', o.order_date) AS year, {REV} - {COST} AS profit FROM {OI_O_P} WHERE {NC} GROUP BY year ORDER BY year"),
    ("measures", "average lifetime revenue per buying customer, by segment",
     f"SELECT c.segment, {REV} / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment ORDER BY c.segment"),
    ("measures", "What percent of revenue is from discontinued products?",
     f"SELECT 100.0 * SUM(CASE WHEN p.discontinued = 1 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} AS discontinued_revenue_pct FROM {OI_O_P} WHERE {NC}"),
    ("measures", "margin by region for 2023",
     f"SELECT r.name AS region, 100.0 * ({REV} - {COST}) / {REV} AS margin_pct FROM {OI_O_P} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY r.name ORDER BY r.name"),
    ("measures", "% of orders delivered, per region",
     "SELECT r.name AS region, 100.0 * SUM(o.status = 'delivered') / COUNT(*) AS delivered_pct FROM orders o JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id GROUP BY r.name ORDER BY r.name"),

    # ---------------------------------------------------------------- tricky (30)
    ("tricky", "how many customers spent more than the average customer?",
     f"WITH s AS (SELECT o.customer_id, {REV} AS revenue FROM {OI_O} WHERE {NC} GROUP BY o.customer_id) SELECT COUNT(*) AS customers FROM s WHERE revenue > (SELECT AVG(revenue) FROM s)"),
    ("tricky", "how many customers have never placed an order",
     "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)"),
    ("tricky", "number of customers who bought both Electronics and Furniture",
     "SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id WHERE o.status <> 'cancelled' AND cat.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)"),
    ("tricky", "how many customers ordered in 2023 but not in 2024?",
     "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2023' EXCEPT SELECT customer_id FROM orders WHERE strftime('%Y', order_date) = '2024')"),
    ("tricky", "which employees have never been assigned an order?",
     "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)"),
    ("tricky", "which categories have a margin above the company-wide margin? show the margin",
     f"WITH m AS (SELECT cat.name AS category, 100.0 * ({REV} - {COST}) / {REV} AS margin_pct FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name) SELECT category, margin_pct FROM m WHERE margin_pct > (SELECT 100.0 * ({REV} - {COST}) / {REV} FROM {OI_O_P} WHERE {NC}) ORDER BY margin_pct DESC"),
    ("tricky", "how many products are priced above the average price of their own category",
     "SELECT COUNT(*) AS products FROM products p WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)"),
    ("tricky", "ratio of online revenue to store revenue",
     f"SELECT SUM(CASE WHEN o.channel = 'online' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) / SUM(CASE WHEN o.channel = 'store' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS online_to_store_ratio FROM {OI_O} WHERE {NC}"),
    ("tricky", "how many customers have ordered but never had an order cancelled?",
     "SELECT COUNT(DISTINCT customer_id) AS customers FROM orders WHERE customer_id NOT IN (SELECT customer_id FROM orders WHERE status = 'cancelled')"),
    ("tricky", "which reps sold more than the average rep in their own region? give name and revenue",
     f"WITH s AS (SELECT e.employee_id, {EMP} AS employee, e.region_id, {REV} AS revenue FROM {OI_O} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id) SELECT employee, revenue FROM s WHERE revenue > (SELECT AVG(s2.revenue) FROM s s2 WHERE s2.region_id IS s.region_id) ORDER BY revenue DESC"),
    ("tricky", "how many customers placed orders in every year from 2021 to 2024",
     "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE order_date BETWEEN '2021-01-01' AND '2024-12-31' GROUP BY customer_id HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)"),
    ("tricky", "which products haven't sold at all in the last 6 months?",
     f"SELECT p.name AS product FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id FROM {OI_O} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-5 months')) ORDER BY p.name"),
    ("tricky", "months in 2024 where revenue was below that year's monthly average",
     f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue FROM {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY month) SELECT month, revenue FROM m WHERE revenue < (SELECT AVG(revenue) FROM m) ORDER BY month"),
    ("tricky", "how many customers only ever ordered online",
     "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING SUM(channel <> 'online') = 0)"),
    ("tricky", "how many orders have more than one line item but no discount on any of them?",
     "SELECT COUNT(*) AS orders FROM (SELECT order_id FROM order_items GROUP BY order_id HAVING COUNT(*) > 1 AND SUM(COALESCE(discount, 0) > 0) = 0)"),
    ("tricky", "how many customers are neither loyalty members nor in the Corporate segment",
     "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 0 AND segment <> 'Corporate'"),
    ("tricky", "how many products have the exact same list price as at least one other product?",
     "SELECT COUNT(*) AS products FROM products p WHERE EXISTS (SELECT 1 FROM products p2 WHERE p2.unit_price = p.unit_price AND p2.product_id <> p.product_id)"),
    ("tricky", "how many customers had their very first order cancelled?",
     "SELECT COUNT(*) AS customers FROM orders o WHERE o.status = 'cancelled' AND o.order_id = (SELECT o2.order_id FROM orders o2 WHERE o2.customer_id = o.customer_id ORDER BY o2.order_date, o2.order_id LIMIT 1)"),
    ("tricky", "what's the second best category by revenue",
     f"SELECT cat.name AS category, {REV} AS revenue FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY revenue DESC LIMIT 1 OFFSET 1"),
    ("tricky", "which category's revenue is closest to the average category revenue?",
     f"WITH s AS (SELECT cat.name AS category, {REV} AS revenue FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name) SELECT category, revenue FROM s ORDER BY ABS(revenue - (SELECT AVG(revenue) FROM s)) LIMIT 1"),
    ("tricky", "list employees who were hired before their own manager",
     "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e JOIN employees m ON m.employee_id = e.manager_id WHERE e.hire_date < m.hire_date ORDER BY employee"),
    ("tricky", "what percentage of customers who ordered have ordered more than once?",
     "SELECT 100.0 * SUM(n > 1) / COUNT(*) AS repeat_customer_pct FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id)"),
    ("tricky", "which sales reps had no orders at all in 2022?",
     "SELECT e.first_name || ' ' || e.last_name AS employee FROM employees e WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id AND strftime('%Y', o.order_date) = '2022') ORDER BY employee"),
    ("tricky", "how many orders cost more to ship than the items were worth",
     f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id FROM {OI_O} WHERE {NC} GROUP BY o.order_id HAVING MAX(o.shipping_cost) > {REV})"),
    ("tricky", "in which regions does online make up more than half of revenue? region and online share",
     f"SELECT r.name AS region, 100.0 * SUM(CASE WHEN o.channel = 'online' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} AS online_share_pct FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name HAVING online_share_pct > 50 ORDER BY r.name"),
    ("tricky", "how many customers bought the same product in 3 or more different orders",
     "SELECT COUNT(DISTINCT customer_id) AS customers FROM (SELECT o.customer_id, oi.product_id FROM order_items oi JOIN orders o ON o.order_id = oi.order_id WHERE o.status <> 'cancelled' GROUP BY o.customer_id, oi.product_id HAVING COUNT(DISTINCT o.order_id) >= 3)"),
    ("tricky", "median order value",
     f"WITH v AS (SELECT {REV} AS value FROM {OI_O} WHERE {NC} GROUP BY o.order_id), r AS (SELECT value, ROW_NUMBER() OVER (ORDER BY value) AS rn, COUNT(*) OVER () AS n FROM v) SELECT AVG(value) AS median_order_value FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2)"),
    ("tricky", "how many days in 2024 had no phone orders at all?",
     "WITH RECURSIVE d(day) AS (SELECT '2024-01-01' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2024-12-31') SELECT COUNT(*) AS days_without_phone_orders FROM d WHERE day NOT IN (SELECT order_date FROM orders WHERE channel = 'phone')"),
    ("tricky", "how many products were sold to customers in all 5 regions?",
     "SELECT COUNT(*) AS products FROM (SELECT oi.product_id FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN customers c ON c.customer_id = o.customer_id WHERE o.status <> 'cancelled' GROUP BY oi.product_id HAVING COUNT(DISTINCT c.region_id) = (SELECT COUNT(*) FROM regions))"),
    ("tricky", "Are there any customers who signed up but whose only orders were cancelled? how many",
     "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING SUM(status <> 'cancelled') = 0)"),

    # --------------------------------------------------------------- filters (20)
    ("filters", "how many orders over $1,500?",
     f"SELECT COUNT(*) AS orders FROM (SELECT o.order_id FROM {OI_O} WHERE {NC} GROUP BY o.order_id HAVING {REV} > 1500)"),
    ("filters", "number of corporate customers in Germany",
     "SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Corporate' AND country = 'Germany'"),
    ("filters", "electronics products under $100, with price",
     "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Electronics' AND p.unit_price < 100 ORDER BY p.unit_price"),
    ("filters", "how many phone orders from 2024 are still pending",
     "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'phone' AND status = 'pending' AND strftime('%Y', order_date) = '2024'"),
    ("filters", "revenue from loyalty members in Canada",
     f"SELECT {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.loyalty_member = 1 AND c.country = 'Canada'"),
    ("filters", "list small business customers in japan",
     f"SELECT {CUST} AS customer FROM customers c WHERE c.segment = 'Small Business' AND c.country = 'Japan' ORDER BY customer"),
    ("filters", "which products are discontinued and what category are they in",
     "SELECT p.name AS product, cat.name AS category FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE p.discontinued = 1 ORDER BY p.name"),
    ("filters", "how many order lines had a 30% discount",
     "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount = 0.3"),
    ("filters", "employees in Europe making more than $80k",
     f"SELECT {EMP} AS employee FROM employees e JOIN regions r ON r.region_id = e.region_id WHERE r.name = 'Europe' AND e.salary > 80000 ORDER BY employee"),
    ("filters", "returned online orders in 2023 - how many?",
     "SELECT COUNT(*) AS orders FROM orders WHERE status = 'returned' AND channel = 'online' AND strftime('%Y', order_date) = '2023'"),
    ("filters", "how many products cost between $50 and $100",
     "SELECT COUNT(*) AS products FROM products WHERE unit_price BETWEEN 50 AND 100"),
    ("filters", "how many customers don't have an email on file",
     "SELECT COUNT(*) AS customers FROM customers WHERE email IS NULL"),
    ("filters", "which employees have no salary recorded",
     f"SELECT {EMP} AS employee FROM employees e WHERE e.salary IS NULL ORDER BY employee"),
    ("filters", "sales to corporate customers in north america",
     f"SELECT {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND c.segment = 'Corporate' AND r.name = 'North America'"),
    ("filters", "how many orders had free shipping",
     "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost = 0"),
    ("filters", "loyalty members in Chicago, how many?",
     "SELECT COUNT(*) AS customers FROM customers WHERE city = 'Chicago' AND loyalty_member = 1"),
    ("filters", "how many orders havent shipped yet (excluding cancelled)",
     "SELECT COUNT(*) AS orders FROM orders WHERE ship_date IS NULL AND status <> 'cancelled'"),
    ("filters", "kitchen products launched after 2022",
     "SELECT p.name AS product FROM products p JOIN categories cat ON cat.category_id = p.category_id WHERE cat.name = 'Kitchen' AND p.launch_date >= '2023-01-01' ORDER BY p.name"),
    ("filters", "Senior Account Executives in Asia Pacific",
     f"SELECT {EMP} AS employee FROM employees e JOIN regions r ON r.region_id = e.region_id WHERE e.title = 'Senior Account Executive' AND r.name = 'Asia Pacific' ORDER BY employee"),
    ("filters", "units of books sold in stores",
     f"SELECT SUM(oi.quantity) AS units_sold FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Books' AND o.channel = 'store'"),

    # ------------------------------------------------------------------ topn (20)
    ("topn", "Top 5 customers by revenue",
     f"SELECT {CUST} AS customer, {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5"),
    ("topn", "top 10 products by units sold",
     f"SELECT p.name AS product, SUM(oi.quantity) AS units_sold FROM {OI_O_P} WHERE {NC} GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10"),
    ("topn", "top 3 sales reps by revenue in 2024",
     f"SELECT {EMP} AS employee, {REV} AS revenue FROM {OI_O} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3"),
    ("topn", "bottom 5 products by revenue",
     f"SELECT p.name AS product, {REV} AS revenue FROM {OI_O_P} WHERE {NC} GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5"),
    ("topn", "top 6 countries by number of customers",
     "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 6"),
    ("topn", "top 3 categories by profit",
     f"SELECT cat.name AS category, {REV} - {COST} AS profit FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY profit DESC LIMIT 3"),
    ("topn", "top 5 cities by sales",
     f"SELECT c.city, {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.city ORDER BY revenue DESC LIMIT 5"),
    ("topn", "our 6 most expensive products",
     "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 6"),
    ("topn", "which 5 products have the best margin %?",
     f"SELECT p.name AS product, 100.0 * ({REV} - {COST}) / {REV} AS margin_pct FROM {OI_O_P} WHERE {NC} GROUP BY p.product_id ORDER BY margin_pct DESC LIMIT 5"),
    ("topn", "who are the top 3 customers by number of orders",
     f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id ORDER BY orders DESC LIMIT 3"),
    ("topn", "worst 3 sales reps by revenue (only reps with sales)",
     f"SELECT {EMP} AS employee, {REV} AS revenue FROM {OI_O} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id ORDER BY revenue ASC LIMIT 3"),
    ("topn", "top 5 electronics products by revenue",
     f"SELECT p.name AS product, {REV} AS revenue FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics' GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5"),
    ("topn", "top 2 regions by average order value",
     f"SELECT r.name AS region, {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name ORDER BY average_order_value DESC LIMIT 2"),
    ("topn", "5 biggest orders by value",
     f"SELECT o.order_id, {REV} AS order_value FROM {OI_O} WHERE {NC} GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5"),
    ("topn", "top 5 companies by spend",
     f"SELECT c.company, {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.company IS NOT NULL GROUP BY c.company ORDER BY revenue DESC LIMIT 5"),
    ("topn", "best 3 months of 2023 for revenue",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, {REV} AS revenue FROM {OI_O} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month ORDER BY revenue DESC LIMIT 3"),
    ("topn", "5 highest paid employees",
     f"SELECT {EMP} AS employee, e.salary FROM employees e WHERE e.salary IS NOT NULL ORDER BY e.salary DESC LIMIT 5"),
    ("topn", "which product has the most units returned",
     "SELECT p.name AS product, SUM(oi.quantity) AS units_returned FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id WHERE o.status = 'returned' GROUP BY p.product_id ORDER BY units_returned DESC LIMIT 1"),
    ("topn", "top 5 most profitable customers in 2023",
     f"SELECT {CUST} AS customer, {REV} - {COST} AS profit FROM {OI_O_P} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY c.customer_id ORDER BY profit DESC LIMIT 5"),
    ("topn", "which 5 countries grew revenue the most (in dollars) from 2023 to 2024",
     "SELECT c.country, SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) - SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS revenue_growth FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN customers c ON c.customer_id = o.customer_id WHERE o.status <> 'cancelled' GROUP BY c.country ORDER BY revenue_growth DESC LIMIT 5"),

    # ------------------------------------------------------------ breakdowns (15)
    ("breakdowns", "revenue by region",
     f"SELECT r.name AS region, {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name ORDER BY r.name"),
    ("breakdowns", "orders by status",
     "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY status"),
    ("breakdowns", "customer count per segment",
     "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY segment"),
    ("breakdowns", "revenue by channel and year",
     f"SELECT o.channel, strftime('%Y', o.order_date) AS year, {REV} AS revenue FROM {OI_O} WHERE {NC} GROUP BY o.channel, year ORDER BY o.channel, year"),
    ("breakdowns", "units sold by category and region",
     f"SELECT cat.name AS category, r.name AS region, SUM(oi.quantity) AS units_sold FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY cat.name, r.name ORDER BY cat.name, r.name"),
    ("breakdowns", "headcount by job title",
     "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY title"),
    ("breakdowns", "aov broken down by region and customer segment",
     f"SELECT r.name AS region, c.segment, {REV} / COUNT(DISTINCT o.order_id) AS average_order_value FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.name, c.segment ORDER BY r.name, c.segment"),
    ("breakdowns", "sales by country",
     f"SELECT c.country, {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.country ORDER BY c.country"),
    ("breakdowns", "number of products in each category",
     "SELECT cat.name AS category, COUNT(*) AS products FROM products p JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.name ORDER BY cat.name"),
    ("breakdowns", "orders per sales rep",
     f"SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id GROUP BY e.employee_id ORDER BY employee"),
    ("breakdowns", "customers by region",
     "SELECT r.name AS region, COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id GROUP BY r.name ORDER BY r.name"),
    ("breakdowns", "revenue per category per year",
     f"SELECT cat.name AS category, strftime('%Y', o.order_date) AS year, {REV} AS revenue FROM {OI_O_P} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name, year ORDER BY cat.name, year"),
    ("breakdowns", "order count by channel and status",
     "SELECT channel, status, COUNT(*) AS orders FROM orders GROUP BY channel, status ORDER BY channel, status"),
    ("breakdowns", "avg salary by region",
     "SELECT r.name AS region, AVG(e.salary) AS avg_salary FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.name ORDER BY r.name"),
    ("breakdowns", "revenue loyalty members vs non-members",
     f"SELECT c.loyalty_member, {REV} AS revenue FROM {OI_O} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.loyalty_member ORDER BY c.loyalty_member"),

    # ---------------------------------------------------------------- simple (15)
    ("simple", "How many customers are there?",
     "SELECT COUNT(*) AS customers FROM customers"),
    ("simple", "total revenue",
     f"SELECT {REV} AS revenue FROM {OI_O} WHERE {NC}"),
    ("simple", "How many orders were cancelled?",
     "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'"),
    ("simple", "how many products do we sell",
     "SELECT COUNT(*) AS products FROM products"),
    ("simple", "number of employees",
     "SELECT COUNT(*) AS employees FROM employees"),
    ("simple", "average product list price",
     "SELECT AVG(unit_price) AS avg_unit_price FROM products"),
    ("simple", "list all regions",
     "SELECT name AS region FROM regions ORDER BY name"),
    ("simple", "how many loyalty members do we have",
     "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1"),
    ("simple", "total units sold",
     f"SELECT SUM(oi.quantity) AS units_sold FROM {OI_O} WHERE {NC}"),
    ("simple", "what's the highest product price",
     "SELECT MAX(unit_price) AS max_unit_price FROM products"),
    ("simple", "total number of orders",
     "SELECT COUNT(*) AS orders FROM orders"),
    ("simple", "what product categories are there",
     "SELECT name AS category FROM categories ORDER BY name"),
    ("simple", "total shipping costs",
     "SELECT SUM(shipping_cost) AS shipping_cost FROM orders"),
    ("simple", "how many countries do we have customers in",
     "SELECT COUNT(DISTINCT country) AS countries FROM customers"),
    ("simple", "average employee salary",
     "SELECT AVG(salary) AS avg_salary FROM employees"),
]

EXPECTED = {"time": 60, "measures": 40, "tricky": 30, "filters": 20, "topn": 20,
            "breakdowns": 15, "simple": 15}

LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)(?:\s+OFFSET\s+(\d+))?\s*$", re.I)


def check(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    errors = []
    counts = {}
    seen = set()
    for i, (kind, q, sql) in enumerate(ITEMS):
        counts[kind] = counts.get(kind, 0) + 1
        if q.lower() in seen:
            errors.append(f"[{i}] duplicate question: {q}")
        seen.add(q.lower())
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append(f"[{i}] {q}: SQL error {e}")
            continue
        if not rows:
            errors.append(f"[{i}] {q}: empty result")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"[{i}] {q}: all NULL")
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(1)) + int(m.group(2) or 0)
            full = con.execute(sql[:m.start()]).fetchall()
            if len(full) > n and full[n - 1][-1] == full[n][-1]:
                errors.append(f"[{i}] {q}: tie at cut-off {full[n-1]} / {full[n]}")
            if m.group(2) and full[n - 2][-1] == full[n - 1][-1]:
                errors.append(f"[{i}] {q}: tie above offset row")
    if counts != EXPECTED:
        errors.append(f"kind counts {counts} != {EXPECTED}")
    return errors, counts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=os.path.join(here, "demo.sqlite"))
    args = ap.parse_args()
    errors, counts = check(args.db)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    out = [{"question": q, "db_id": "demo", "query": sql} for _, q, sql in ITEMS]
    kinds = {str(i): k for i, (k, _, _) in enumerate(ITEMS)}
    with open(os.path.join(here, "demo_v7.json"), "w") as f:
        json.dump(out, f, indent=1)
    with open(os.path.join(here, "demo_v7_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=1)
    print(f"{len(ITEMS)} items written; kinds: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
