#!/usr/bin/env python3
"""Held-out evaluation set v23 for the genbi demo sales database (written blind).

Sources used: /tmp/blind29/README.md and /tmp/blind29/demo/demo.sqlite only.

CONVENTIONS (what a sales manager would mean; checked against the README's figures)
-------------------------------------------------------------------------------
* Revenue / sales = SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(discount, 0)))
  over orders whose status is NOT 'cancelled' (delivered, shipped, pending and returned all
  count).  This reproduces the README exactly: 2021 = $1,212,415.64, 2024 = $2,138,329.99,
  top customer Jan Russo = $24,472.30.  Shipping cost is NOT part of revenue.
* Units sold = SUM(quantity) over the same non-cancelled orders.
* Cost = quantity * products.unit_cost; gross profit = revenue - cost; margin % =
  100.0 * profit / revenue (same non-cancelled orders; shipping not deducted).
* AOV (average order value) = revenue / COUNT(DISTINCT order_id) of non-cancelled orders.
* A plain "number of orders" counts every order whatever its status; "% of orders that were
  <status>" uses all orders as the denominator.  Sales measures (revenue, units, AOV, profit,
  "customers who bought") use non-cancelled orders.
* Region of a sale = the customer's region (employees always sell in their customer's region;
  online orders have no employee).  A "rep"/"salesperson" is an employee credited on orders.
* Dates: the data end on 2024-12-31 (orders 2021-01-01 .. 2024-12-31).  "This year" = 2024,
  "last year" = 2023.  "Last N months" = the last N whole calendar months up to and including
  December 2024 (last 3 months = 2024-10-01 .. 2024-12-31).  "Last N weeks" = the 7*N days ending
  2024-12-31 inclusive (last 4 weeks = 2024-12-04 .. 2024-12-31).  Date ranges are inclusive.
  "YTD" at the end of the data = full 2024.
* Labels: month = 'YYYY-MM'; quarter = 'YYYY-Qn'; year = 'YYYY'; week = the date of its Monday
  ('YYYY-MM-DD'); weekday = full English name ('Monday'); month of year = full month name
  ('January'), ordered by month number.
* Growth % = 100.0 * (current - previous) / previous; YoY compares the same period a year
  earlier; MoM compares the previous calendar month.
* Days between dates = julianday(later) - julianday(earlier).
* New customers per year = customers by the year of their signup_date; "first-time buyers" per
  year = customers by the year of their first order (any status).
* People are shown as first_name || ' ' || last_name; customers are grouped by customer_id
  (684 name pairs repeat among customers), employees by employee_id.
* Ties: top-N cut-offs were chosen so that no tie straddles the cut (the script checks it);
  "which one is the most/least" questions without a clean winner return every tied row.
* No ROUND in gold SQL; ratios use 100.0 * or 1.0 *.
"""
import json
import re
import sqlite3
import sys
from collections import Counter

DB = "/tmp/blind29/demo/demo.sqlite"
OUT = "/tmp/blind29/demo_v23.json"
OUT_KINDS = "/tmp/blind29/demo_v23_kinds.json"

REV = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
COST = "oi.quantity * p.unit_cost"
SALES = "orders o JOIN order_items oi ON oi.order_id = o.order_id"
NC = "o.status <> 'cancelled'"
MON = "strftime('%Y-%m', o.order_date)"
QTR = "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
WDAY = ("CASE CAST(strftime('%w', o.order_date) AS INTEGER) WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' "
        "WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' "
        "ELSE 'Saturday' END")
MNAME = ("CASE CAST(strftime('%m', o.order_date) AS INTEGER) WHEN 1 THEN 'January' WHEN 2 THEN 'February' "
         "WHEN 3 THEN 'March' WHEN 4 THEN 'April' WHEN 5 THEN 'May' WHEN 6 THEN 'June' WHEN 7 THEN 'July' "
         "WHEN 8 THEN 'August' WHEN 9 THEN 'September' WHEN 10 THEN 'October' WHEN 11 THEN 'November' "
         "ELSE 'December' END")
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"
ORDER_VAL = (f"SELECT o.order_id, SUM({REV}) AS order_value FROM {SALES} WHERE {NC} "
             "GROUP BY o.order_id")

# (kind, question, sql[, tie_key_column_index]) -- the tie key index is used for any query that
# ends in LIMIT n (default: last column).
Q = []


def add(kind, question, sql, key=-1):
    Q.append((kind, question, " ".join(sql.split()), key))


# ----------------------------------------------------------------------------- time (45)
add("time", "Revenue by quarter in 2024",
    f"SELECT {QTR} AS quarter, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter")
add("time", "what were sales in Q3 2023?",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'")
add("time", "Revenue in March 2024",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-03-01' AND '2024-03-31'")
add("time", "how many orders did we get in feb 2022",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2022-02-01' AND '2022-02-28'")
add("time", "Number of orders by day of week",
    f"SELECT {WDAY} AS weekday, COUNT(*) AS orders FROM orders o "
    "GROUP BY strftime('%w', o.order_date) ORDER BY CAST(strftime('%w', o.order_date) AS INTEGER)")
add("time", "Which weekday brings in the most revenue?",
    f"SELECT {WDAY} AS weekday, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "GROUP BY strftime('%w', o.order_date) ORDER BY revenue DESC LIMIT 1")
add("time", "revenue last 3 months",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31'")
add("time", "Orders per month over the last 6 months",
    f"SELECT {MON} AS month, COUNT(*) AS orders FROM orders o "
    "WHERE o.order_date BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "How many orders came in over the last 4 weeks?",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2024-12-04' AND '2024-12-31'")
add("time", "Year over year revenue growth",
    f"WITH y AS (SELECT strftime('%Y', o.order_date) AS year, SUM({REV}) AS revenue FROM {SALES} "
    f"WHERE {NC} GROUP BY year) "
    "SELECT year, revenue, LAG(revenue) OVER (ORDER BY year) AS previous_year_revenue, "
    "100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) "
    "AS growth_pct FROM y ORDER BY year")
add("time", "MoM revenue growth % for 2024",
    f"WITH m AS (SELECT {MON} AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} GROUP BY month), "
    "g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev_revenue FROM m) "
    "SELECT month, revenue, prev_revenue, 100.0 * (revenue - prev_revenue) / prev_revenue AS growth_pct "
    "FROM g WHERE month BETWEEN '2024-01' AND '2024-12' ORDER BY month")
add("time", "On average how many days between order date and ship date?",
    "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders "
    "WHERE ship_date IS NOT NULL")
add("time", "avg days to ship, by year",
    "SELECT strftime('%Y', order_date) AS year, AVG(julianday(ship_date) - julianday(order_date)) "
    "AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL GROUP BY year ORDER BY year")
add("time", "New customers per year",
    "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers FROM customers "
    "GROUP BY year ORDER BY year")
add("time", "How many first-time buyers did we get each year (customers by year of their first order)?",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT strftime('%Y', first_order) AS year, COUNT(*) AS first_time_buyers FROM f "
    "GROUP BY year ORDER BY year")
add("time", "running total of revenue by month for 2024",
    f"WITH m AS (SELECT {MON} AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month) "
    "SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS running_total FROM m ORDER BY month")
add("time", "Revenue by month of the year, all years combined - which months are seasonally strong?",
    f"SELECT {MNAME} AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "GROUP BY strftime('%m', o.order_date) ORDER BY strftime('%m', o.order_date)")
add("time", "Sales between 15 Nov 2024 and 2 Dec 2024",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-11-15' AND '2024-12-02'")
add("time", "this year vs last year revenue",
    f"SELECT SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-12-31' THEN {REV} END) AS revenue_2024, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {REV} END) AS revenue_2023, "
    f"100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-12-31' THEN {REV} END) - "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {REV} END)) / "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {REV} END) AS growth_pct "
    f"FROM {SALES} WHERE {NC}")
add("time", "orders this yr vs last yr by channel",
    "SELECT channel, SUM(CASE WHEN strftime('%Y', order_date) = '2024' THEN 1 ELSE 0 END) AS orders_2024, "
    "SUM(CASE WHEN strftime('%Y', order_date) = '2023' THEN 1 ELSE 0 END) AS orders_2023 "
    "FROM orders GROUP BY channel ORDER BY channel")
add("time", "Q4 2024 revenue compared with Q4 2023",
    f"SELECT SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {REV} END) AS q4_2024, "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {REV} END) AS q4_2023, "
    f"100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31' THEN {REV} END) - "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {REV} END)) / "
    f"SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31' THEN {REV} END) AS growth_pct "
    f"FROM {SALES} WHERE {NC}")
add("time", "units sold in december 2023",
    f"SELECT SUM(oi.quantity) AS units FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2023-12-01' AND '2023-12-31'")
add("time", "Weekend vs weekday revenue",
    f"SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END AS day_type, "
    f"SUM({REV}) AS revenue FROM {SALES} WHERE {NC} GROUP BY day_type ORDER BY day_type")
add("time", "weekly revenue in November 2024 (weeks starting Monday)",
    f"SELECT date(o.order_date, '-' || ((CAST(strftime('%w', o.order_date) AS INTEGER) + 6) % 7) || ' days') "
    f"AS week_start, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-11-01' AND '2024-11-30' GROUP BY week_start ORDER BY week_start")
add("time", "How many orders in the first half of 2022?",
    "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2022-01-01' AND '2022-06-30'")
add("time", "total shipping cost of orders in 2023",
    "SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("time", "Monthly revenue for 2023",
    f"SELECT {MON} AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month")
add("time", "order count per quarter, all years",
    f"SELECT {QTR} AS quarter, COUNT(*) AS orders FROM orders o GROUP BY quarter ORDER BY quarter")
add("time", "Which quarter of 2023 was most profitable?",
    f"SELECT {QTR} AS quarter, SUM({REV} - {COST}) AS profit FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY profit DESC LIMIT 1")
add("time", "avg number of days from signup to a customer's first order",
    "WITH f AS (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
    "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days "
    "FROM f JOIN customers c ON c.customer_id = f.customer_id")
add("time", "how many customers who have ordered before haven't placed an order in the last 6 months?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING MAX(order_date) < '2024-07-01')")
add("time", "AOV by month last year",
    f"SELECT {MON} AS month, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} "
    f"WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month")
add("time", "Units growth by category, 2024 vs 2023 (%)",
    f"SELECT cat.name AS category, SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity END) AS units_2024, "
    "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity END) AS units_2023, "
    "100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity END) - "
    "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity END)) / "
    "SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity END) AS growth_pct "
    f"FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY cat.name")
add("time", "electronics revenue by month in 2024",
    f"SELECT {MON} AS month, SUM({REV}) AS revenue FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Electronics' "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "In 2024 which month had the most cancelled orders?",
    f"SELECT {MON} AS month, COUNT(*) AS cancelled_orders FROM orders o WHERE o.status = 'cancelled' "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY cancelled_orders DESC LIMIT 1")
add("time", "sales dec 20-26 2024 (xmas week)",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-12-20' AND '2024-12-26'")
add("time", "What share of 2024 revenue came in Q4?",
    f"SELECT 100.0 * SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {REV} END) / SUM({REV}) AS q4_share_pct "
    f"FROM {SALES} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("time", "employees hired per year",
    "SELECT strftime('%Y', hire_date) AS year, COUNT(*) AS hires FROM employees GROUP BY year ORDER BY year")
add("time", "How many products launched in 2023?",
    "SELECT COUNT(*) AS products FROM products WHERE launch_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("time", "month over month change in order count for the last 6 months",
    f"WITH m AS (SELECT {MON} AS month, COUNT(*) AS orders FROM orders o GROUP BY month), "
    "g AS (SELECT month, orders, LAG(orders) OVER (ORDER BY month) AS prev_orders FROM m) "
    "SELECT month, orders, prev_orders, orders - prev_orders AS change, "
    "100.0 * (orders - prev_orders) / prev_orders AS change_pct FROM g "
    "WHERE month BETWEEN '2024-07' AND '2024-12' ORDER BY month")
add("time", "new signups per year by segment",
    "SELECT strftime('%Y', signup_date) AS year, segment, COUNT(*) AS new_customers FROM customers "
    "GROUP BY year, segment ORDER BY year, segment")
add("time", "What was the busiest single day ever by number of orders?",
    "WITH d AS (SELECT order_date, COUNT(*) AS orders FROM orders GROUP BY order_date) "
    "SELECT order_date, orders FROM d WHERE orders = (SELECT MAX(orders) FROM d) ORDER BY order_date")
add("time", "how many 2024 orders shipped the same day they were placed",
    "SELECT COUNT(*) AS orders FROM orders WHERE ship_date = order_date "
    "AND order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("time", "Cumulative customer count by signup year",
    "WITH y AS (SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers FROM customers GROUP BY year) "
    "SELECT year, new_customers, SUM(new_customers) OVER (ORDER BY year) AS cumulative_customers FROM y ORDER BY year")
add("time", "revenue by region over the last 12 months",
    f"SELECT r.name AS region, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
    "GROUP BY r.name ORDER BY revenue DESC")

# ------------------------------------------------------------------------- measures (35)
add("measures", "Total revenue to date",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} WHERE {NC}")
add("measures", "Revenue by category",
    f"SELECT cat.name AS category, SUM({REV}) AS revenue FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY revenue DESC")
add("measures", "gross profit per category",
    f"SELECT cat.name AS category, SUM({REV} - {COST}) AS profit FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY profit DESC")
add("measures", "What's our margin % by category?",
    f"SELECT cat.name AS category, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.name ORDER BY margin_pct DESC")
add("measures", "units sold per category in 2024",
    f"SELECT cat.name AS category, SUM(oi.quantity) AS units FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY cat.name ORDER BY units DESC")
add("measures", "What is our average order value?",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} WHERE {NC}")
add("measures", "AOV by channel",
    f"SELECT o.channel, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} WHERE {NC} "
    "GROUP BY o.channel ORDER BY avg_order_value DESC")
add("measures", "each region's share of total revenue",
    f"SELECT r.name AS region, 100.0 * SUM({REV}) / (SELECT SUM({REV}) FROM {SALES} WHERE {NC}) AS share_pct "
    f"FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.name ORDER BY share_pct DESC")
add("measures", "What percentage of orders get returned?",
    "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct FROM orders")
add("measures", "cancellation rate by channel",
    "SELECT channel, 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancelled_pct "
    "FROM orders GROUP BY channel ORDER BY cancelled_pct DESC")
add("measures", "Revenue by customer segment",
    f"SELECT c.segment, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.segment ORDER BY revenue DESC")
add("measures", "overall profit margin for 2024",
    f"SELECT 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "What share of revenue comes from loyalty members?",
    f"SELECT 100.0 * SUM(CASE WHEN c.loyalty_member = 1 THEN {REV} END) / SUM({REV}) AS loyalty_share_pct "
    f"FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}")
add("measures", "How much did we give away in discounts in 2024 ($)?",
    "SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount "
    f"FROM {SALES} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "revenue per sales rep",
    f"SELECT e.employee_id, {ENAME} AS employee, SUM({REV}) AS revenue FROM {SALES} "
    f"JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id ORDER BY revenue DESC")
add("measures", "avg units per order",
    f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS avg_units_per_order FROM {SALES} WHERE {NC}")
add("measures", "shipping cost as a % of revenue",
    f"SELECT 100.0 * (SELECT SUM(shipping_cost) FROM orders WHERE status <> 'cancelled') / SUM({REV}) AS shipping_pct "
    f"FROM {SALES} WHERE {NC}")
add("measures", "Revenue by country for Europe",
    f"SELECT c.country, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' GROUP BY c.country ORDER BY revenue DESC")
add("measures", "average revenue per customer (customers who bought something)",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer FROM {SALES} WHERE {NC}")
add("measures", "return rate % by channel",
    "SELECT channel, 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct "
    "FROM orders GROUP BY channel ORDER BY returned_pct DESC")
add("measures", "How much revenue came from orders that were later returned?",
    f"SELECT SUM({REV}) AS returned_revenue FROM {SALES} WHERE o.status = 'returned'")
add("measures", "discounts as a percentage of gross sales",
    "SELECT 100.0 * SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) / SUM(oi.quantity * oi.unit_price) "
    f"AS discount_pct FROM {SALES} WHERE {NC}")
add("measures", "profit by region",
    f"SELECT r.name AS region, SUM({REV} - {COST}) AS profit FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.name ORDER BY profit DESC")
add("measures", "Electronics % of total revenue this year",
    f"SELECT 100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN {REV} END) / SUM({REV}) AS electronics_share_pct "
    f"FROM {SALES} JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "average selling price per unit by category",
    f"SELECT cat.name AS category, SUM({REV}) / SUM(oi.quantity) AS avg_price_per_unit FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.name ORDER BY avg_price_per_unit DESC")
add("measures", "Do loyalty members spend more per order? AOV loyalty vs non-loyalty",
    f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'Loyalty member' ELSE 'Not a member' END AS loyalty, "
    f"SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY loyalty ORDER BY loyalty")
add("measures", "avg number of orders per customer",
    "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT customer_id) AS orders_per_customer FROM orders")
add("measures", "What % of orders had at least one discounted item?",
    "SELECT 100.0 * COUNT(DISTINCT CASE WHEN oi.discount > 0 THEN o.order_id END) / COUNT(DISTINCT o.order_id) "
    f"AS discounted_orders_pct FROM {SALES}")
add("measures", "profit per unit by category",
    f"SELECT cat.name AS category, SUM({REV} - {COST}) / SUM(oi.quantity) AS profit_per_unit FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.name ORDER BY profit_per_unit DESC")
add("measures", "what % of orders are still pending",
    "SELECT 100.0 * SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) / COUNT(*) AS pending_pct FROM orders")
add("measures", "average shipping cost per order by region",
    "SELECT r.name AS region, AVG(o.shipping_cost) AS avg_shipping_cost FROM orders o "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    "WHERE o.status <> 'cancelled' GROUP BY r.name ORDER BY avg_shipping_cost DESC")
add("measures", "gross margin on discontinued products",
    f"SELECT SUM({REV}) AS revenue, SUM({REV} - {COST}) AS profit, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct "
    f"FROM {SALES} JOIN products p ON p.product_id = oi.product_id WHERE {NC} AND p.discontinued = 1")
add("measures", "share of orders placed online",
    "SELECT 100.0 * SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) / COUNT(*) AS online_pct FROM orders")
add("measures", "Corporate segment revenue in Europe, 2024",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND c.segment = 'Corporate' AND r.name = 'Europe' "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("measures", "how many units of the Nimbus Lite Monitor have we sold, and for how much?",
    f"SELECT SUM(oi.quantity) AS units, SUM({REV}) AS revenue FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {NC} AND p.name = 'Nimbus Lite Monitor'")

# --------------------------------------------------------------------------- tricky (25)
add("tricky", "How many products are priced above the average product price?",
    "SELECT COUNT(*) AS products FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)")
add("tricky", "customers that never placed an order - how many?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "Which products sold nothing in 2024?",
    "SELECT p.name FROM products p WHERE p.product_id NOT IN (SELECT oi.product_id FROM orders o "
    "JOIN order_items oi ON oi.order_id = o.order_id WHERE o.status <> 'cancelled' "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31') ORDER BY p.name")
add("tricky", "which employees are paid above the average salary for their job title?",
    f"SELECT {ENAME} AS employee, e.title, e.salary FROM employees e "
    "WHERE e.salary > (SELECT AVG(x.salary) FROM employees x WHERE x.title = e.title) ORDER BY e.title, e.salary DESC")
add("tricky", "how many customers have bought both online and in store?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE status <> 'cancelled' GROUP BY customer_id "
    "HAVING SUM(channel = 'online') > 0 AND SUM(channel = 'store') > 0)")
add("tricky", "Of the customers who bought something, how many bought neither Electronics nor Furniture?",
    "SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE o.status <> 'cancelled' "
    "AND o.customer_id NOT IN (SELECT o2.customer_id FROM orders o2 JOIN order_items oi ON oi.order_id = o2.order_id "
    "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE o2.status <> 'cancelled' AND cat.name IN ('Electronics', 'Furniture'))")
add("tricky", "categories with revenue above the average category revenue",
    f"WITH c AS (SELECT cat.name AS category, SUM({REV}) AS revenue FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name) "
    "SELECT category, revenue FROM c WHERE revenue > (SELECT AVG(revenue) FROM c) ORDER BY revenue DESC")
add("tricky", "who doesn't have a salary on file?",
    f"SELECT {ENAME} AS employee, e.title FROM employees e WHERE e.salary IS NULL ORDER BY e.employee_id")
add("tricky", "How many customers have ordered but never returned anything?",
    "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders GROUP BY customer_id "
    "HAVING SUM(status = 'returned') = 0)")
add("tricky", "Which countries are tied on customer count with another country?",
    "WITH c AS (SELECT country, COUNT(*) AS customers FROM customers GROUP BY country) "
    "SELECT country, customers FROM c WHERE customers IN (SELECT customers FROM c GROUP BY customers HAVING COUNT(*) > 1) "
    "ORDER BY customers DESC, country")
add("tricky", "online orders that were cancelled in 2024 - how many",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' AND status = 'cancelled' "
    "AND order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("tricky", "discontinued products that still sold in 2024",
    f"SELECT DISTINCT p.name FROM {SALES} JOIN products p ON p.product_id = oi.product_id WHERE {NC} "
    "AND p.discontinued = 1 AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY p.name")
add("tricky", "how many US corporate customers are loyalty members",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'United States' AND segment = 'Corporate' "
    "AND loyalty_member = 1")
add("tricky", "what was our best month?",
    f"SELECT {MON} AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 1")
add("tricky", "who sells the most?",
    f"SELECT {ENAME} AS employee, SUM({REV}) AS revenue FROM {SALES} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 1")
add("tricky", "How many orders were bigger than the average order value?",
    f"WITH v AS ({ORDER_VAL}) SELECT COUNT(*) AS orders FROM v WHERE order_value > (SELECT AVG(order_value) FROM v)")
add("tricky", "Which employees had no orders credited to them in 2024?",
    f"SELECT {ENAME} AS employee, e.title FROM employees e WHERE e.employee_id NOT IN (SELECT employee_id FROM orders "
    "WHERE employee_id IS NOT NULL AND order_date BETWEEN '2024-01-01' AND '2024-12-31') ORDER BY e.employee_id")
add("tricky", "how many customers spent more in 2024 than in 2023",
    f"WITH s AS (SELECT o.customer_id, SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {REV} ELSE 0 END) AS s24, "
    f"SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} ELSE 0 END) AS s23 FROM {SALES} WHERE {NC} "
    "GROUP BY o.customer_id) SELECT COUNT(*) AS customers FROM s WHERE s24 > s23")
add("tricky", "categories whose margin is below the company-wide margin",
    f"WITH c AS (SELECT cat.name AS category, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"WHERE {NC} GROUP BY cat.name) SELECT category, margin_pct FROM c WHERE margin_pct < "
    f"(SELECT 100.0 * SUM({REV} - {COST}) / SUM({REV}) FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {NC}) ORDER BY margin_pct")
add("tricky", "how many order lines were sold below cost after the discount?",
    f"SELECT COUNT(*) AS order_lines FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {NC} AND oi.unit_price * (1 - COALESCE(oi.discount, 0)) < p.unit_cost")
add("tricky", "Who has no manager?",
    f"SELECT {ENAME} AS employee, e.title FROM employees e WHERE e.manager_id IS NULL")
add("tricky", "what's the single biggest order we've ever had",
    f"WITH v AS ({ORDER_VAL}) SELECT order_id, order_value FROM v ORDER BY order_value DESC LIMIT 1")
add("tricky", "how many customers had their very first order cancelled?",
    "WITH f AS (SELECT o.customer_id, o.status, ROW_NUMBER() OVER (PARTITION BY o.customer_id ORDER BY o.order_date, o.order_id) AS rn "
    "FROM orders o) SELECT COUNT(*) AS customers FROM f WHERE rn = 1 AND status = 'cancelled'")
add("tricky", "Which months in 2024 came in below the 2024 monthly average revenue?",
    f"WITH m AS (SELECT {MON} AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month) "
    "SELECT month, revenue FROM m WHERE revenue < (SELECT AVG(revenue) FROM m) ORDER BY month")
add("tricky", "revenue outside North America",
    f"SELECT SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name <> 'North America'")

# -------------------------------------------------------------------------- filters (15)
add("filters", "how many orders over $1,000?",
    f"WITH v AS ({ORDER_VAL}) SELECT COUNT(*) AS orders FROM v WHERE order_value > 1000")
add("filters", "Products priced between $50 and $100",
    "SELECT name, unit_price FROM products WHERE unit_price BETWEEN 50 AND 100 ORDER BY unit_price DESC, name")
add("filters", "customers who've spent more than 5k in total - count",
    f"SELECT COUNT(*) AS customers FROM (SELECT o.customer_id FROM {SALES} WHERE {NC} "
    f"GROUP BY o.customer_id HAVING SUM({REV}) > 5000)")
add("filters", "products that cost us under $10",
    "SELECT name, unit_cost FROM products WHERE unit_cost < 10 ORDER BY unit_cost, name")
add("filters", "orders with shipping over $10 in 2024",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10 AND order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("filters", "Which employees make over $90,000?",
    f"SELECT {ENAME} AS employee, e.title, e.salary FROM employees e WHERE e.salary > 90000 ORDER BY e.salary DESC")
add("filters", "number of customers in Germany",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany'")
add("filters", "phone orders returned in 2023",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'phone' AND status = 'returned' "
    "AND order_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("filters", "kitchen products over $100",
    "SELECT p.name, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
    "WHERE cat.name = 'Kitchen' AND p.unit_price > 100 ORDER BY p.unit_price DESC")
add("filters", "how many order lines had a discount of 20% or more",
    "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2")
add("filters", "small business customers in Asia Pacific",
    "SELECT COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id "
    "WHERE c.segment = 'Small Business' AND r.name = 'Asia Pacific'")
add("filters", "2024 orders worth between $500 and $2,000",
    f"WITH v AS (SELECT o.order_id, SUM({REV}) AS order_value FROM {SALES} WHERE {NC} "
    "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY o.order_id) "
    "SELECT COUNT(*) AS orders FROM v WHERE order_value BETWEEN 500 AND 2000")
add("filters", "Sales reps hired after 2020",
    f"SELECT {ENAME} AS employee, e.title, e.hire_date FROM employees e WHERE e.hire_date > '2020-12-31' "
    "ORDER BY e.hire_date")
add("filters", "list the smartwatches and their prices",
    "SELECT name, unit_price FROM products WHERE name LIKE '%Smartwatch%' ORDER BY unit_price DESC")
add("filters", "canadian customers who signed up in 2024",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Canada' "
    "AND signup_date BETWEEN '2024-01-01' AND '2024-12-31'")

# ----------------------------------------------------------------------------- topn (15)
add("topn", "Top 5 customers by revenue",
    f"SELECT {CNAME} AS customer, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5")
add("topn", "top 10 products by units sold",
    f"SELECT p.name AS product, SUM(oi.quantity) AS units FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {NC} GROUP BY p.product_id ORDER BY units DESC LIMIT 10")
add("topn", "top 3 categories by profit",
    f"SELECT cat.name AS category, SUM({REV} - {COST}) AS profit FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.name ORDER BY profit DESC LIMIT 3")
add("topn", "Top 5 countries by revenue this year",
    f"SELECT c.country, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.country ORDER BY revenue DESC LIMIT 5")
add("topn", "5 worst selling products by revenue",
    f"SELECT p.name AS product, SUM({REV}) AS revenue FROM {SALES} JOIN products p ON p.product_id = oi.product_id "
    f"WHERE {NC} GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5")
add("topn", "top 3 reps by revenue in 2023",
    f"SELECT {ENAME} AS employee, SUM({REV}) AS revenue FROM {SALES} JOIN employees e ON e.employee_id = o.employee_id "
    f"WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3")
add("topn", "Top 5 products by margin %",
    f"SELECT p.name AS product, 100.0 * SUM({REV} - {COST}) / SUM({REV}) AS margin_pct FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id WHERE {NC} GROUP BY p.product_id ORDER BY margin_pct DESC LIMIT 5")
add("topn", "top 8 cities by number of customers",
    "SELECT city, COUNT(*) AS customers FROM customers GROUP BY city ORDER BY customers DESC LIMIT 8")
add("topn", "our 3 biggest months ever by revenue",
    f"SELECT {MON} AS month, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 3")
add("topn", "5 most expensive products",
    "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 5")
add("topn", "top 5 customers by number of orders placed",
    f"SELECT {CNAME} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
    "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5")
add("topn", "top 3 regions by avg order value",
    f"SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value FROM {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.name ORDER BY avg_order_value DESC LIMIT 3")
add("topn", "which 5 products get returned most (units in returned orders)?",
    "SELECT p.name AS product, SUM(oi.quantity) AS returned_units FROM orders o JOIN order_items oi ON oi.order_id = o.order_id "
    "JOIN products p ON p.product_id = oi.product_id WHERE o.status = 'returned' GROUP BY p.product_id "
    "ORDER BY returned_units DESC LIMIT 5")
add("topn", "Top 5 companies by revenue",
    f"SELECT c.company, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} AND c.company IS NOT NULL AND c.company <> '' GROUP BY c.company ORDER BY revenue DESC LIMIT 5")
add("topn", "5 highest paid employees",
    f"SELECT {ENAME} AS employee, e.title, e.salary FROM employees e WHERE e.salary IS NOT NULL "
    "ORDER BY e.salary DESC LIMIT 5")

# ----------------------------------------------------------------------- breakdowns (13)
add("breakdowns", "Number of customers by country",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC, country")
add("breakdowns", "orders by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "order count by channel",
    "SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC")
add("breakdowns", "Revenue by region and year",
    f"SELECT r.name AS region, strftime('%Y', o.order_date) AS year, SUM({REV}) AS revenue FROM {SALES} "
    f"JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id "
    f"WHERE {NC} GROUP BY r.name, year ORDER BY r.name, year")
add("breakdowns", "customers per segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "headcount by job title",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC, title")
add("breakdowns", "how many products in each category",
    "SELECT cat.name AS category, COUNT(p.product_id) AS products FROM categories cat "
    "LEFT JOIN products p ON p.category_id = cat.category_id GROUP BY cat.category_id ORDER BY cat.name")
add("breakdowns", "revenue split by channel per year",
    f"SELECT strftime('%Y', o.order_date) AS year, o.channel, SUM({REV}) AS revenue FROM {SALES} WHERE {NC} "
    "GROUP BY year, o.channel ORDER BY year, o.channel")
add("breakdowns", "avg salary by region",
    "SELECT r.name AS region, AVG(e.salary) AS avg_salary FROM employees e JOIN regions r ON r.region_id = e.region_id "
    "GROUP BY r.name ORDER BY avg_salary DESC")
add("breakdowns", "loyalty members per region",
    "SELECT r.name AS region, COUNT(*) AS loyalty_members FROM customers c JOIN regions r ON r.region_id = c.region_id "
    "WHERE c.loyalty_member = 1 GROUP BY r.name ORDER BY loyalty_members DESC")
add("breakdowns", "orders by status and channel",
    "SELECT status, channel, COUNT(*) AS orders FROM orders GROUP BY status, channel ORDER BY status, channel")
add("breakdowns", "units sold by category and customer segment",
    f"SELECT cat.name AS category, c.segment, SUM(oi.quantity) AS units FROM {SALES} "
    f"JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
    f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY cat.name, c.segment ORDER BY cat.name, c.segment")
add("breakdowns", "Revenue by segment & channel",
    f"SELECT c.segment, o.channel, SUM({REV}) AS revenue FROM {SALES} JOIN customers c ON c.customer_id = o.customer_id "
    f"WHERE {NC} GROUP BY c.segment, o.channel ORDER BY c.segment, o.channel")

# --------------------------------------------------------------------------- simple (12)
add("simple", "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers")
add("simple", "How many orders were cancelled?", "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'")
add("simple", "how many products do we carry", "SELECT COUNT(*) AS products FROM products")
add("simple", "number of employees", "SELECT COUNT(*) AS employees FROM employees")
add("simple", "avg product price", "SELECT AVG(unit_price) AS avg_price FROM products")
add("simple", "How many product categories are there?", "SELECT COUNT(*) AS categories FROM categories")
add("simple", "what's our most expensive product?",
    "SELECT name, unit_price FROM products WHERE unit_price = (SELECT MAX(unit_price) FROM products)")
add("simple", "how many loyalty members do we have", "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1")
add("simple", "list our regions", "SELECT name AS region FROM regions ORDER BY name")
add("simple", "How many products are discontinued?", "SELECT COUNT(*) AS products FROM products WHERE discontinued = 1")
add("simple", "when was our first order?", "SELECT MIN(order_date) AS first_order_date FROM orders")
add("simple", "average employee salary", "SELECT AVG(salary) AS avg_salary FROM employees")

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15, "breakdowns": 13, "simple": 12}
LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*;?\s*$", re.I)


def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors = []
    counts = Counter(k for k, _, _, _ in Q)
    if dict(counts) != EXPECTED:
        errors.append(f"kind counts {dict(counts)} != {EXPECTED}")
    if len(Q) != sum(EXPECTED.values()):
        errors.append(f"{len(Q)} questions, expected {sum(EXPECTED.values())}")
    seen = Counter(q.lower() for _, q, _, _ in Q)
    for q, n in seen.items():
        if n > 1:
            errors.append(f"duplicate question: {q}")
    for i, (kind, question, sql, key) in enumerate(Q):
        if re.search(r"\bROUND\s*\(", sql, re.I):
            errors.append(f"[{i}] uses ROUND: {question}")
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errors.append(f"[{i}] {question}: SQL error {e}")
            continue
        if not rows or all(v is None for v in rows[0]):
            errors.append(f"[{i}] {question}: no row / NULL first row")
            continue
        if not any(v is not None for r in rows for v in r):
            errors.append(f"[{i}] {question}: all NULL")
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            if len(full) > n and full[n - 1][key] == full[n][key]:
                errors.append(f"[{i}] {question}: tie at the LIMIT {n} cut-off ({full[n - 1][key]!r})")
            if len(full) <= n and kind == "topn":
                errors.append(f"[{i}] {question}: only {len(full)} rows for top {n}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    data = [{"question": q, "db_id": "demo", "query": s} for _, q, s, _ in Q]
    with open(OUT, "w") as f:
        json.dump(data, f, indent=2)
    with open(OUT_KINDS, "w") as f:
        json.dump({str(i): k for i, (k, _, _, _) in enumerate(Q)}, f, indent=2)
    print(f"OK: {len(Q)} questions {dict(counts)} -> {OUT}, {OUT_KINDS}")


if __name__ == "__main__":
    main()
