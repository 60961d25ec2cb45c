#!/usr/bin/env python3
"""Blind evaluation set v14 for the genbi demo sales database (SQLite).

Writes demo_v14.json ([{"question", "db_id": "demo", "query"}]) and
demo_v14_kinds.json ({"<index>": kind}) beside this script, only when every
check passes.  Usage: python3 gen_demo_v14.py [--db PATH]

CONVENTIONS (the gold SQL follows these; the questions were written after it)
- Revenue = SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(discount, 0))),
  i.e. net of line discounts, from the order line price (not the list price),
  WITHOUT shipping_cost. Cancelled orders never count towards revenue, units,
  cost, profit, order value or average order value. Returned orders DO count
  (they were sold and shipped); a question that says "returned" gets them alone.
- Order COUNTS ("how many orders") count every order placed, whatever its status,
  unless the question names a status or talks about order value. Filters on an
  order's value ("orders over $500") use non-cancelled orders only.
- Order value = revenue of one order. Average order value (AOV) = revenue /
  number of distinct non-cancelled orders.
- Cost = order_items.quantity * products.unit_cost; profit (gross profit, margin $)
  = revenue - cost; margin % = 100 * profit / revenue. "Margin %" of a product on
  its own (no sales mentioned) = 100 * (unit_price - unit_cost) / unit_price from
  the products table.
- Shares and rates are percentages 0-100.
- Rounding: every money amount, average, share and rate is ROUND(x, 2); counts
  and units are integers, unrounded.
- Time labels: year 'YYYY'; calendar month 'YYYY-MM'; month of the year (across
  years) the English name 'January'..'December'; quarter 'YYYY-Qn' (Q1 = Jan-Mar);
  weekday the English name 'Monday'..'Sunday' from strftime('%w'), listed Monday
  first. Dates are the order_date unless the question says otherwise
  (ship_date, signup_date, hire_date, launch_date).
- "Last N months" = the N whole calendar months ending with the month of the
  data's last order date (MAX(order_date) = 2024-12-31), computed in SQL from
  MAX(order_date). "Last N weeks/days" = the N*7 (or N) days ending on that last
  date, inclusive. Weekly series are 7-day blocks ending on that date, labelled
  by their first day.
- Days to ship = julianday(ship_date) - julianday(order_date), over orders that
  have a ship_date (cancelled and pending orders have none).
- Region of an order/customer = the CUSTOMER's region unless the question talks
  about the sales team/rep, then the EMPLOYEE's region (only rep-assisted
  orders; most online orders have no rep). Each such query says which in a comment.
- "New customers" in a year = customers whose signup_date falls in it, unless the
  question talks about a first order.
- People are shown as first_name || ' ' || last_name (grouped by id).
- Ties: a query ending in LIMIT n has no tie at row n on its ordering value
  (checked); "top N by X" / "which X has the most Y" also return X / Y.
"""
import argparse
import json
import os
import re
import sqlite3
import sys

REV = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
COST = "oi.quantity * p.unit_cost"
NC = "o.status <> 'cancelled'"
MAXD = "(SELECT MAX(order_date) FROM orders)"
WD = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
      "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
      "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
WD_ORDER = "(CAST(strftime('%w', o.order_date) AS INTEGER) + 6) % 7"
QTR = ("strftime('%Y', o.order_date) || '-Q' || "
       "((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)")
MONTHNAME = ("CASE strftime('%m', o.order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February' "
             "WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' "
             "WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' "
             "WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END")
CUST = "c.first_name || ' ' || c.last_name"
EMP = "e.first_name || ' ' || e.last_name"
OI = "orders o JOIN order_items oi ON oi.order_id = o.order_id"
OIP = OI + " JOIN products p ON p.product_id = oi.product_id"
OIPC = OIP + " JOIN categories cat ON cat.category_id = p.category_id"
# one row per non-cancelled order with its value
ORDER_VALUE = (f"SELECT o.order_id, o.customer_id, o.order_date, o.channel, SUM({REV}) AS value "
               f"FROM {OI} WHERE {NC} GROUP BY o.order_id")

Q = [
    # ------------------------------------------------------------------ time (45)
    ("time", "revenue by year",
     f"SELECT strftime('%Y', o.order_date) AS year, ROUND(SUM({REV}), 2) AS revenue "
     f"FROM {OI} WHERE {NC} GROUP BY year ORDER BY year"),
    ("time", "How many orders did we get in 2023?",
     "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("time", "What was our revenue in Q3 2023?",
     f"SELECT ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'"),
    ("time", "Show me 2024 revenue by quarter",
     f"SELECT {QTR} AS quarter, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter"),
    ("time", "number of orders placed in June 2023",
     "SELECT COUNT(*) AS orders FROM orders WHERE order_date BETWEEN '2023-06-01' AND '2023-06-30'"),
    ("time", "orders by day of the week",
     f"SELECT {WD} AS weekday, COUNT(*) AS orders FROM orders o "
     f"GROUP BY weekday ORDER BY MIN({WD_ORDER})"),
    ("time", "Which weekday brings in the most revenue?",
     f"SELECT {WD} AS weekday, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} GROUP BY weekday ORDER BY revenue DESC LIMIT 1"),
    ("time", "Revenue for the last 3 months?",
     f"SELECT ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date >= date({MAXD}, 'start of month', '-2 months')"),
    ("time", "how many orders came in over the last 4 weeks",
     f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({MAXD}, '-28 days')"),
    ("time", "Year over year revenue growth %",
     f"WITH y AS (SELECT strftime('%Y', o.order_date) AS year, SUM({REV}) AS revenue FROM {OI} "
     f"WHERE {NC} GROUP BY year) "
     "SELECT year, ROUND(revenue, 2) AS revenue, ROUND(LAG(revenue) OVER (ORDER BY year), 2) AS prev_year_revenue, "
     "ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year), 2) AS yoy_growth_pct "
     "FROM y ORDER BY year"),
    ("time", "MoM revenue growth for each month of 2024",
     f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) AS revenue FROM {OI} "
     f"WHERE {NC} GROUP BY month), g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m) "
     "SELECT month, ROUND(revenue, 2) AS revenue, ROUND(100.0 * (revenue - prev) / prev, 2) AS mom_growth_pct "
     "FROM g WHERE month BETWEEN '2024-01' AND '2024-12' ORDER BY month"),
    ("time", "On average how many days does it take us to ship an order?",
     "SELECT ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship "
     "FROM orders WHERE ship_date IS NOT NULL"),
    ("time", "avg days to ship by channel",
     "SELECT channel, ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship "
     "FROM orders WHERE ship_date IS NOT NULL GROUP BY channel ORDER BY channel"),
    ("time", "New customer signups per year",
     "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers FROM customers "
     "GROUP BY year ORDER BY year"),
    ("time", "monthly revenue for 2023, month by month",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month"),
    ("time", "What's our best month ever for revenue?",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 1"),
    ("time", "How many customers placed their very first order in each year?",
     "SELECT strftime('%Y', first_order) AS year, COUNT(*) AS new_customers FROM "
     "(SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) "
     "GROUP BY year ORDER BY year"),
    ("time", "Dec 2024 revenue vs Dec 2023 - what's the % change?",
     f"SELECT ROUND(SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2023-12' THEN {REV} END), 2) AS dec_2023_revenue, "
     f"ROUND(SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2024-12' THEN {REV} END), 2) AS dec_2024_revenue, "
     f"ROUND(100.0 * (SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2024-12' THEN {REV} END) "
     f"- SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2023-12' THEN {REV} END)) "
     f"/ SUM(CASE WHEN strftime('%Y-%m', o.order_date) = '2023-12' THEN {REV} END), 2) AS change_pct "
     f"FROM {OI} WHERE {NC}"),
    ("time", "# orders per month in 2022",
     "SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders "
     "WHERE order_date BETWEEN '2022-01-01' AND '2022-12-31' GROUP BY month ORDER BY month"),
    ("time", "Which quarter of 2022 had the most orders?",
     f"SELECT {QTR} AS quarter, COUNT(*) AS orders FROM orders o "
     "WHERE o.order_date BETWEEN '2022-01-01' AND '2022-12-31' GROUP BY quarter ORDER BY orders DESC LIMIT 1"),
    ("time", "weekend vs weekday revenue in 2024",
     f"SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END AS day_type, "
     f"ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY day_type ORDER BY day_type"),
    ("time", "How many units did we sell in H1 2023?",
     f"SELECT SUM(oi.quantity) AS units FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-06-30'"),
    ("time", "cancelled orders each year",
     "SELECT strftime('%Y', order_date) AS year, COUNT(*) AS cancelled_orders FROM orders "
     "WHERE status = 'cancelled' GROUP BY year ORDER BY year"),
    ("time", "What's the longest it has ever taken us to ship an order, in days?",
     "SELECT MAX(julianday(ship_date) - julianday(order_date)) AS max_days_to_ship FROM orders "
     "WHERE ship_date IS NOT NULL"),
    ("time", "how many orders took more than 3 days to ship",
     "SELECT COUNT(*) AS orders FROM orders WHERE julianday(ship_date) - julianday(order_date) > 3"),
    ("time", "How many sales staff did we hire each year?",
     "SELECT strftime('%Y', hire_date) AS year, COUNT(*) AS hires FROM employees GROUP BY year ORDER BY year"),
    ("time", "avg number of days between a customer signing up and their first order",
     "SELECT ROUND(AVG(julianday(f.first_order) - julianday(c.signup_date)), 2) AS avg_days "
     "FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f "
     "ON f.customer_id = c.customer_id"),
    ("time", "Revenue by month, last 6 months",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date >= date({MAXD}, 'start of month', '-5 months') GROUP BY month ORDER BY month"),
    ("time", "how much did we sell in the last 30 days ($)?",
     f"SELECT ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date > date({MAXD}, '-30 days')"),
    ("time", "Returned orders by quarter for 2023",
     f"SELECT {QTR} AS quarter, COUNT(*) AS returned_orders FROM orders o "
     "WHERE o.status = 'returned' AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' "
     "GROUP BY quarter ORDER BY quarter"),
    ("time", "electronics revenue month by month in 2024",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue FROM {OIPC} "
     f"WHERE {NC} AND cat.name = 'Electronics' AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY month ORDER BY month"),
    ("time", "Which month of the year is usually the busiest for orders? (all years together)",
     f"SELECT {MONTHNAME} AS month, COUNT(*) AS orders FROM orders o "
     "GROUP BY month ORDER BY orders DESC LIMIT 1"),
    ("time", "how many products did we launch in 2023",
     "SELECT COUNT(*) AS products FROM products WHERE launch_date BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("time", "Quarter over quarter growth in order count during 2024",
     f"WITH q AS (SELECT {QTR} AS quarter, COUNT(*) AS orders FROM orders o GROUP BY quarter), "
     "g AS (SELECT quarter, orders, LAG(orders) OVER (ORDER BY quarter) AS prev FROM q) "
     "SELECT quarter, orders, prev AS prev_quarter_orders, ROUND(100.0 * (orders - prev) / prev, 2) AS qoq_growth_pct "
     "FROM g WHERE quarter LIKE '2024-%' ORDER BY quarter"),
    ("time", "online revenue per yr",
     f"SELECT strftime('%Y', o.order_date) AS year, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.channel = 'online' GROUP BY year ORDER BY year"),
    ("time", "What share of 2024 revenue came in each quarter?",
     f"WITH q AS (SELECT {QTR} AS quarter, SUM({REV}) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter) "
     "SELECT quarter, ROUND(revenue, 2) AS revenue, ROUND(100.0 * revenue / SUM(revenue) OVER (), 2) AS share_pct "
     "FROM q ORDER BY quarter"),
    ("time", "In 2024, what % of shipped orders went out the same day they were ordered?",
     "SELECT ROUND(100.0 * SUM(ship_date = order_date) / COUNT(*), 2) AS same_day_pct FROM orders "
     "WHERE ship_date IS NOT NULL AND order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("time", "category revenue 2023 vs 2024 with growth",
     f"SELECT cat.name AS category, "
     f"ROUND(SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {REV} END), 2) AS revenue_2023, "
     f"ROUND(SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-12-31' THEN {REV} END), 2) AS revenue_2024, "
     f"ROUND(100.0 * (SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-12-31' THEN {REV} END) "
     f"- SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {REV} END)) "
     f"/ SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {REV} END), 2) AS growth_pct "
     f"FROM {OIPC} WHERE {NC} GROUP BY cat.category_id ORDER BY category"),
    ("time", "new signups by month for 2024",
     "SELECT strftime('%Y-%m', signup_date) AS month, COUNT(*) AS new_customers FROM customers "
     "WHERE signup_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month"),
    ("time", "What was the average order value each year?",
     f"SELECT strftime('%Y', o.order_date) AS year, ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value "
     f"FROM {OI} WHERE {NC} GROUP BY year ORDER BY year"),
    ("time", "worst month of 2023 for sales",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY revenue ASC LIMIT 1"),
    ("time", "How many orders were placed on Mondays in 2024?",
     "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%w', order_date) = '1' "
     "AND order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("time", "weekly order counts for the last 8 weeks",
     f"SELECT date({MAXD}, '-' || (CAST((julianday({MAXD}) - julianday(order_date)) / 7 AS INTEGER) * 7 + 6) || ' days') "
     "AS week_start, COUNT(*) AS orders FROM orders "
     f"WHERE order_date > date({MAXD}, '-56 days') GROUP BY week_start ORDER BY week_start"),
    ("time", "For repeat customers, whats the average gap in days between one order and the next?",
     "WITH g AS (SELECT julianday(order_date) - julianday(LAG(order_date) OVER "
     "(PARTITION BY customer_id ORDER BY order_date, order_id)) AS gap FROM orders) "
     "SELECT ROUND(AVG(gap), 2) AS avg_days_between_orders FROM g WHERE gap IS NOT NULL"),
    ("time", "Q4 revenue for every year",
     f"SELECT strftime('%Y', o.order_date) AS year, ROUND(SUM({REV}), 2) AS q4_revenue FROM {OI} "
     f"WHERE {NC} AND strftime('%m', o.order_date) IN ('10', '11', '12') GROUP BY year ORDER BY year"),

    # ------------------------------------------------------------------ measures (35)
    ("measures", "What's our total revenue, all time?",
     f"SELECT ROUND(SUM({REV}), 2) AS revenue FROM {OI} WHERE {NC}"),
    ("measures", "whats the avg order value",
     f"SELECT ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value FROM {OI} WHERE {NC}"),
    ("measures", "units sold total",
     f"SELECT SUM(oi.quantity) AS units FROM {OI} WHERE {NC}"),
    ("measures", "Our 5 best sellers by units?",
     f"SELECT p.name AS product, SUM(oi.quantity) AS units FROM {OIP} WHERE {NC} "
     "GROUP BY p.product_id ORDER BY units DESC LIMIT 5"),
    ("measures", "best selling products by revenue, top 10",
     f"SELECT p.name AS product, ROUND(SUM({REV}), 2) AS revenue FROM {OIP} WHERE {NC} "
     "GROUP BY p.product_id ORDER BY revenue DESC LIMIT 10"),
    ("measures", "gross profit and margin % by category",
     f"SELECT cat.name AS category, ROUND(SUM({REV}) - SUM({COST}), 2) AS profit, "
     f"ROUND(100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}), 2) AS margin_pct "
     f"FROM {OIPC} WHERE {NC} GROUP BY cat.category_id ORDER BY category"),
    ("measures", "How much profit did we make in 2024?",
     f"SELECT ROUND(SUM({REV}) - SUM({COST}), 2) AS profit FROM {OIP} "
     f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    # region via the CUSTOMER (where the buyer is); covers every order, incl. online orders with no rep
    ("measures", "each region's share of total revenue",
     f"WITH r AS (SELECT rg.name AS region, SUM({REV}) AS revenue FROM {OI} "
     "JOIN customers c ON c.customer_id = o.customer_id JOIN regions rg ON rg.region_id = c.region_id "
     f"WHERE {NC} GROUP BY rg.region_id) "
     "SELECT region, ROUND(revenue, 2) AS revenue, ROUND(100.0 * revenue / SUM(revenue) OVER (), 2) AS share_pct "
     "FROM r ORDER BY revenue DESC"),
    ("measures", "What % of orders get cancelled?",
     "SELECT ROUND(100.0 * SUM(status = 'cancelled') / COUNT(*), 2) AS cancelled_pct FROM orders"),
    ("measures", "return rate by channel (% of orders returned)",
     "SELECT channel, ROUND(100.0 * SUM(status = 'returned') / COUNT(*), 2) AS returned_pct FROM orders "
     "GROUP BY channel ORDER BY channel"),
    ("measures", "Revenue by category pls",
     f"SELECT cat.name AS category, ROUND(SUM({REV}), 2) AS revenue FROM {OIPC} WHERE {NC} "
     "GROUP BY cat.category_id ORDER BY revenue DESC"),
    ("measures", "How much have we given away in discounts, in dollars?",
     f"SELECT ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount "
     f"FROM {OI} WHERE {NC}"),
    ("measures", "total shipping cost in 2024",
     "SELECT ROUND(SUM(shipping_cost), 2) AS shipping_cost FROM orders "
     "WHERE status <> 'cancelled' AND order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "avg number of line items per order",
     "SELECT ROUND(AVG(n), 2) AS avg_line_items FROM (SELECT o.order_id, COUNT(*) AS n "
     f"FROM {OI} WHERE {NC} GROUP BY o.order_id)"),
    ("measures", "How many units does a typical order have on average?",
     "SELECT ROUND(AVG(units), 2) AS avg_units_per_order FROM (SELECT o.order_id, SUM(oi.quantity) AS units "
     f"FROM {OI} WHERE {NC} GROUP BY o.order_id)"),
    ("measures", "which category sells the most units",
     f"SELECT cat.name AS category, SUM(oi.quantity) AS units FROM {OIPC} WHERE {NC} "
     "GROUP BY cat.category_id ORDER BY units DESC LIMIT 1"),
    ("measures", "Revenue by customer segment and each segment's % of the total",
     f"WITH s AS (SELECT c.segment, SUM({REV}) AS revenue FROM {OI} "
     f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment) "
     "SELECT segment, ROUND(revenue, 2) AS revenue, ROUND(100.0 * revenue / SUM(revenue) OVER (), 2) AS share_pct "
     "FROM s ORDER BY revenue DESC"),
    ("measures", "whats our most profitable product?",
     f"SELECT p.name AS product, ROUND(SUM({REV}) - SUM({COST}), 2) AS profit FROM {OIP} WHERE {NC} "
     "GROUP BY p.product_id ORDER BY profit DESC LIMIT 1"),
    ("measures", "Average selling price per unit by category",
     f"SELECT cat.name AS category, ROUND(SUM({REV}) / SUM(oi.quantity), 2) AS avg_price_per_unit "
     f"FROM {OIPC} WHERE {NC} GROUP BY cat.category_id ORDER BY category"),
    ("measures", "loyalty members vs non members - revenue",
     f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, "
     f"ROUND(SUM({REV}), 2) AS revenue FROM {OI} JOIN customers c ON c.customer_id = o.customer_id "
     f"WHERE {NC} GROUP BY loyalty ORDER BY loyalty"),
    ("measures", "AOV by channel",
     f"SELECT o.channel, ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value "
     f"FROM {OI} WHERE {NC} GROUP BY o.channel ORDER BY o.channel"),
    ("measures", "How much does the average customer spend with us (customers who bought something)?",
     f"SELECT ROUND(SUM({REV}) / COUNT(DISTINCT o.customer_id), 2) AS avg_revenue_per_customer "
     f"FROM {OI} WHERE {NC}"),
    ("measures", "overall gross margin %",
     f"SELECT ROUND(100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}), 2) AS margin_pct FROM {OIP} WHERE {NC}"),
    ("measures", "units sold per category in 2024",
     f"SELECT cat.name AS category, SUM(oi.quantity) AS units FROM {OIPC} "
     f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY cat.category_id ORDER BY units DESC"),
    ("measures", "Which product has the thinnest margin % (list price vs cost)?",
     "SELECT name AS product, ROUND(100.0 * (unit_price - unit_cost) / unit_price, 2) AS margin_pct "
     "FROM products ORDER BY margin_pct ASC LIMIT 1"),
    ("measures", "how much revenue have discontinued products brought in",
     f"SELECT ROUND(SUM({REV}), 2) AS revenue FROM {OIP} WHERE {NC} AND p.discontinued = 1"),
    ("measures", "% of orders by channel",
     "SELECT channel, COUNT(*) AS orders, ROUND(100.0 * COUNT(*) / (SELECT COUNT(*) FROM orders), 2) AS share_pct "
     "FROM orders GROUP BY channel ORDER BY orders DESC"),
    ("measures", "What percent of our revenue comes from Corporate customers?",
     f"SELECT ROUND(100.0 * SUM(CASE WHEN c.segment = 'Corporate' THEN {REV} ELSE 0 END) / SUM({REV}), 2) AS corporate_pct "
     f"FROM {OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC}"),
    ("measures", "How much revenue was on orders that got returned?",
     f"SELECT ROUND(SUM({REV}), 2) AS returned_revenue FROM {OI} WHERE o.status = 'returned'"),
    ("measures", "AOV for loyalty members vs everyone else",
     f"SELECT CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty, "
     f"ROUND(SUM({REV}) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value FROM {OI} "
     f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY loyalty ORDER BY loyalty"),
    # region via the CUSTOMER
    ("measures", "profit by region (where the customers are)",
     f"SELECT rg.name AS region, ROUND(SUM({REV}) - SUM({COST}), 2) AS profit FROM {OIP} "
     "JOIN customers c ON c.customer_id = o.customer_id JOIN regions rg ON rg.region_id = c.region_id "
     f"WHERE {NC} GROUP BY rg.region_id ORDER BY profit DESC"),
    ("measures", "share of units sold by category",
     f"WITH u AS (SELECT cat.name AS category, SUM(oi.quantity) AS units FROM {OIPC} WHERE {NC} GROUP BY cat.category_id) "
     "SELECT category, units, ROUND(100.0 * units / SUM(units) OVER (), 2) AS share_pct FROM u ORDER BY units DESC"),
    ("measures", "What % of orders are still pending?",
     "SELECT ROUND(100.0 * SUM(status = 'pending') / COUNT(*), 2) AS pending_pct FROM orders"),
    ("measures", "revenue by sales rep job title",
     f"SELECT e.title, ROUND(SUM({REV}), 2) AS revenue FROM {OI} JOIN employees e ON e.employee_id = o.employee_id "
     f"WHERE {NC} GROUP BY e.title ORDER BY revenue DESC"),
    ("measures", "When we do give a discount, what's the average discount rate?",
     "SELECT ROUND(100.0 * AVG(oi.discount), 2) AS avg_discount_pct FROM order_items oi "
     "JOIN orders o ON o.order_id = oi.order_id WHERE o.status <> 'cancelled' AND oi.discount > 0"),

    # ------------------------------------------------------------------ filters (15)
    ("filters", "How many orders were over $500?",
     f"SELECT COUNT(*) AS orders FROM ({ORDER_VALUE}) WHERE value > 500"),
    ("filters", "products priced between $50 and $100",
     "SELECT name AS product, unit_price FROM products WHERE unit_price BETWEEN 50 AND 100 ORDER BY unit_price DESC, name"),
    ("filters", "# of 2024 orders worth between $1,000 and $2,500",
     f"SELECT COUNT(*) AS orders FROM ({ORDER_VALUE}) WHERE value BETWEEN 1000 AND 2500 "
     "AND order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "list our Corporate customers in Germany",
     f"SELECT {CUST} AS customer, c.company, c.city FROM customers c "
     "WHERE c.country = 'Germany' AND c.segment = 'Corporate' ORDER BY customer"),
    ("filters", "online orders in 2024 where shipping cost more than $10 - how many?",
     "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'online' AND shipping_cost > 10 "
     "AND order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "Books under $20?",
     "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
     "WHERE cat.name = 'Books' AND p.unit_price < 20 ORDER BY p.unit_price, product"),
    ("filters", "which customers have spent over $10,000 with us",
     f"SELECT {CUST} AS customer, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id "
     f"HAVING SUM({REV}) > 10000 ORDER BY revenue DESC"),
    ("filters", "how many order lines had a discount of 20% or more",
     "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2"),
    ("filters", "How many orders have Corporate customers in Japan placed?",
     "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
     "WHERE c.country = 'Japan' AND c.segment = 'Corporate'"),
    ("filters", "Products that cost over $1,000",
     "SELECT name AS product, unit_price FROM products WHERE unit_price > 1000 ORDER BY unit_price DESC"),
    ("filters", "employees making more than $90k",
     f"SELECT {EMP} AS employee, e.title, e.salary FROM employees e WHERE e.salary > 90000 ORDER BY e.salary DESC"),
    ("filters", "How many 2024 orders had $0 shipping?",
     "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost = 0 AND order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "loyalty members who signed up in 2024 - how many",
     "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1 "
     "AND signup_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "How many order lines were worth more than $2,000 each?",
     f"SELECT COUNT(*) AS order_lines FROM {OI} WHERE {NC} AND {REV} > 2000"),
    ("filters", "delivered orders from Brazil in Q1 2024",
     "SELECT o.order_id, o.order_date, c.first_name || ' ' || c.last_name AS customer FROM orders o "
     "JOIN customers c ON c.customer_id = o.customer_id WHERE c.country = 'Brazil' AND o.status = 'delivered' "
     "AND o.order_date BETWEEN '2024-01-01' AND '2024-03-31' ORDER BY o.order_date, o.order_id"),

    # ------------------------------------------------------------------ topn (15)
    ("topn", "Top 5 customers by revenue",
     f"SELECT {CUST} AS customer, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5"),
    ("topn", "top 3 countries by number of customers",
     "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3"),
    ("topn", "Top ten reps by number of orders handled",
     f"SELECT {EMP} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id "
     "GROUP BY e.employee_id ORDER BY orders DESC LIMIT 10"),
    ("topn", "bottom 5 products by units sold",
     f"SELECT p.name AS product, SUM(oi.quantity) AS units FROM {OIP} WHERE {NC} "
     "GROUP BY p.product_id ORDER BY units ASC LIMIT 5"),
    ("topn", "top 3 categories by profit",
     f"SELECT cat.name AS category, ROUND(SUM({REV}) - SUM({COST}), 2) AS profit FROM {OIPC} WHERE {NC} "
     "GROUP BY cat.category_id ORDER BY profit DESC LIMIT 3"),
    ("topn", "Give me the top 5 cities for revenue",
     f"SELECT c.city, c.country, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.city, c.country ORDER BY revenue DESC LIMIT 5"),
    ("topn", "top 5 prodcuts by revenue in 2024",
     f"SELECT p.name AS product, ROUND(SUM({REV}), 2) AS revenue FROM {OIP} "
     f"WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5"),
    ("topn", "Show the 3 biggest orders ever by value",
     f"SELECT order_id, order_date, ROUND(value, 2) AS order_value FROM ({ORDER_VALUE}) ORDER BY order_value DESC LIMIT 3"),
    ("topn", "Which 5 customers have placed the most orders?",
     f"SELECT {CUST} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
     "GROUP BY c.customer_id ORDER BY orders DESC LIMIT 5"),
    # region via the EMPLOYEE: "reps in Europe" are the European sales team
    ("topn", "Top 3 reps in Europe by revenue",
     f"SELECT {EMP} AS employee, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     "JOIN employees e ON e.employee_id = o.employee_id JOIN regions rg ON rg.region_id = e.region_id "
     f"WHERE {NC} AND rg.name = 'Europe' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3"),
    ("topn", "5 most expensive products + their prices",
     "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 5"),
    ("topn", "top 5 products by margin %",
     "SELECT name AS product, ROUND(100.0 * (unit_price - unit_cost) / unit_price, 2) AS margin_pct "
     "FROM products ORDER BY margin_pct DESC LIMIT 5"),
    ("topn", "What were the top 3 months of 2023 for revenue?",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY revenue DESC LIMIT 3"),
    ("topn", "top 5 customers by average order value, only ones with at least 5 orders",
     f"SELECT {CUST} AS customer, COUNT(*) AS orders, ROUND(AVG(v.value), 2) AS avg_order_value "
     f"FROM ({ORDER_VALUE}) v JOIN customers c ON c.customer_id = v.customer_id "
     "GROUP BY c.customer_id HAVING COUNT(*) >= 5 ORDER BY avg_order_value DESC LIMIT 5"),
    ("topn", "Top 3 sales reps by revenue in 2024",
     f"SELECT {EMP} AS employee, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     f"JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} "
     "AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3"),

    # ------------------------------------------------------------------ breakdowns (13)
    ("breakdowns", "custmers by segment",
     "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC"),
    ("breakdowns", "How many orders are in each status?",
     "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC"),
    ("breakdowns", "break down orders by channel & status",
     "SELECT channel, status, COUNT(*) AS orders FROM orders GROUP BY channel, status ORDER BY channel, status"),
    # region via the CUSTOMER
    ("breakdowns", "Revenue split by region and segment",
     f"SELECT rg.name AS region, c.segment, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     "JOIN customers c ON c.customer_id = o.customer_id JOIN regions rg ON rg.region_id = c.region_id "
     f"WHERE {NC} GROUP BY rg.region_id, c.segment ORDER BY region, c.segment"),
    ("breakdowns", "how many products in each categry?",
     "SELECT cat.name AS category, COUNT(p.product_id) AS products FROM categories cat "
     "LEFT JOIN products p ON p.category_id = cat.category_id GROUP BY cat.category_id ORDER BY category"),
    ("breakdowns", "Headcount by job title",
     "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC, title"),
    ("breakdowns", "European customers broken down by country",
     "SELECT c.country, COUNT(*) AS customers FROM customers c JOIN regions rg ON rg.region_id = c.region_id "
     "WHERE rg.name = 'Europe' GROUP BY c.country ORDER BY customers DESC"),
    ("breakdowns", "rev by category x channel",
     f"SELECT cat.name AS category, o.channel, ROUND(SUM({REV}), 2) AS revenue FROM {OIPC} "
     f"WHERE {NC} GROUP BY cat.category_id, o.channel ORDER BY category, o.channel"),
    ("breakdowns", "Discount $ given by category",
     f"SELECT cat.name AS category, ROUND(SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)), 2) AS discount_amount "
     f"FROM {OIPC} WHERE {NC} GROUP BY cat.category_id ORDER BY discount_amount DESC"),
    # region via the CUSTOMER
    ("breakdowns", "orders per region per year",
     "SELECT rg.name AS region, strftime('%Y', o.order_date) AS year, COUNT(*) AS orders FROM orders o "
     "JOIN customers c ON c.customer_id = o.customer_id JOIN regions rg ON rg.region_id = c.region_id "
     "GROUP BY rg.region_id, year ORDER BY region, year"),
    ("breakdowns", "How many loyalty members do we have in each region?",
     "SELECT rg.name AS region, COUNT(*) AS loyalty_members FROM customers c JOIN regions rg ON rg.region_id = c.region_id "
     "WHERE c.loyalty_member = 1 GROUP BY rg.region_id ORDER BY loyalty_members DESC"),
    # employees by their own region; the VP has no region and is left out
    ("breakdowns", "headcount and average salary by region",
     "SELECT rg.name AS region, COUNT(*) AS employees, ROUND(AVG(e.salary), 2) AS avg_salary FROM employees e "
     "JOIN regions rg ON rg.region_id = e.region_id GROUP BY rg.region_id ORDER BY region"),
    ("breakdowns", "Units sold by category, per year",
     f"SELECT cat.name AS category, strftime('%Y', o.order_date) AS year, SUM(oi.quantity) AS units FROM {OIPC} "
     f"WHERE {NC} GROUP BY cat.category_id, year ORDER BY category, year"),

    # ------------------------------------------------------------------ simple (12)
    ("simple", "How many customers are there?", "SELECT COUNT(*) AS customers FROM customers"),
    ("simple", "how many products do we carry", "SELECT COUNT(*) AS products FROM products"),
    ("simple", "Number of employees", "SELECT COUNT(*) AS employees FROM employees"),
    ("simple", "total number of orders", "SELECT COUNT(*) AS orders FROM orders"),
    ("simple", "list all product categories", "SELECT name AS category FROM categories ORDER BY name"),
    ("simple", "What regions do we operate in?", "SELECT name AS region FROM regions ORDER BY name"),
    ("simple", "how many discontinued products are there",
     "SELECT COUNT(*) AS products FROM products WHERE discontinued = 1"),
    ("simple", "Who's the VP of Sales?",
     f"SELECT {EMP} AS employee FROM employees e WHERE e.title = 'VP of Sales'"),
    ("simple", "How many customers are in the loyalty program?",
     "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1"),
    ("simple", "what's the most expensive product",
     "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 1"),
    ("simple", "How many orders were cancelled?",
     "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'"),
    ("simple", "customers in Canada - count?",
     "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Canada'"),

    # ------------------------------------------------------------------ tricky (25)
    ("tricky", "How many products are priced above the average product price?",
     "SELECT COUNT(*) AS products FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)"),
    ("tricky", "how many customers spend more than the average customer? (only counting people who've bought)",
     f"WITH s AS (SELECT o.customer_id, SUM({REV}) AS spend FROM {OI} WHERE {NC} GROUP BY o.customer_id) "
     "SELECT COUNT(*) AS customers FROM s WHERE spend > (SELECT AVG(spend) FROM s)"),
    ("tricky", "How many customers have never placed an order?",
     "SELECT COUNT(*) AS customers FROM customers c "
     "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)"),
    ("tricky", "customers who've bought both online AND in store - how many?",
     "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE channel = 'online' "
     "INTERSECT SELECT customer_id FROM orders WHERE channel = 'store')"),
    ("tricky", "How many customers bought Electronics but never any Books?",
     f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM {OIPC} WHERE {NC} AND cat.name = 'Electronics' "
     f"AND o.customer_id NOT IN (SELECT o.customer_id FROM {OIPC} WHERE {NC} AND cat.name = 'Books')"),
    ("tricky", "Of the customers who have bought something, how many have bought neither furniture nor electronics?",
     f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE {NC} "
     f"AND o.customer_id NOT IN (SELECT o.customer_id FROM {OIPC} WHERE {NC} "
     "AND cat.name IN ('Furniture', 'Electronics'))"),
    # two join paths (customer region vs rep region). "Sales by region" = where the customers are:
    # via customers.region_id, which covers every order (most online orders have no rep).
    ("tricky", "sales by region",
     f"SELECT rg.name AS region, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     "JOIN customers c ON c.customer_id = o.customer_id JOIN regions rg ON rg.region_id = c.region_id "
     f"WHERE {NC} GROUP BY rg.region_id ORDER BY revenue DESC"),
    # two join paths: here the question is about the regional SALES TEAM, so via employees.region_id
    # (rep-assisted orders only).
    ("tricky", "Which region's sales team has brought in the most revenue?",
     f"SELECT rg.name AS region, ROUND(SUM({REV}), 2) AS revenue FROM {OI} "
     "JOIN employees e ON e.employee_id = o.employee_id JOIN regions rg ON rg.region_id = e.region_id "
     f"WHERE {NC} GROUP BY rg.region_id ORDER BY revenue DESC LIMIT 1"),
    ("tricky", "Which employees have no orders at all?",
     f"SELECT {EMP} AS employee, e.title FROM employees e "
     "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee"),
    ("tricky", "how many customers only ever order online, never by phone or in a store?",
     "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE channel = 'online' "
     "EXCEPT SELECT customer_id FROM orders WHERE channel IN ('phone', 'store'))"),
    ("tricky", "How many orders were bigger than our average order value?",
     f"WITH v AS ({ORDER_VALUE}) SELECT COUNT(*) AS orders FROM v WHERE value > (SELECT AVG(value) FROM v)"),
    # tie: two books share the top price, both are returned
    ("tricky", "What's the most expensive book we sell? if there's a tie show them all",
     "SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id "
     "WHERE cat.name = 'Books' AND p.unit_price = (SELECT MAX(p2.unit_price) FROM products p2 "
     "JOIN categories c2 ON c2.category_id = p2.category_id WHERE c2.name = 'Books') ORDER BY product"),
    # tie: two reps share second place (DENSE_RANK, so both are returned)
    ("tricky", "who came 2nd for number of orders handled in Dec 2024? include ties",
     f"WITH n AS (SELECT e.employee_id, {EMP} AS employee, COUNT(*) AS orders FROM orders o "
     "JOIN employees e ON e.employee_id = o.employee_id "
     "WHERE o.order_date BETWEEN '2024-12-01' AND '2024-12-31' GROUP BY e.employee_id), "
     "r AS (SELECT employee, orders, DENSE_RANK() OVER (ORDER BY orders DESC) AS rk FROM n) "
     "SELECT employee, orders FROM r WHERE rk = 2 ORDER BY employee"),
    ("tricky", "which employees don't have a salary on file",
     f"SELECT {EMP} AS employee, e.title FROM employees e WHERE e.salary IS NULL ORDER BY employee"),
    ("tricky", "How many customers have no email address?",
     "SELECT COUNT(*) AS customers FROM customers WHERE email IS NULL OR TRIM(email) = ''"),
    ("tricky", "Which categories grew revenue faster than the company as a whole from 2023 to 2024?",
     f"WITH c AS (SELECT cat.name AS category, "
     f"SUM(CASE WHEN o.order_date BETWEEN '2023-01-01' AND '2023-12-31' THEN {REV} END) AS r23, "
     f"SUM(CASE WHEN o.order_date BETWEEN '2024-01-01' AND '2024-12-31' THEN {REV} END) AS r24 "
     f"FROM {OIPC} WHERE {NC} GROUP BY cat.category_id), t AS (SELECT SUM(r23) AS r23, SUM(r24) AS r24 FROM c) "
     "SELECT c.category, ROUND(100.0 * (c.r24 - c.r23) / c.r23, 2) AS growth_pct, "
     "ROUND(100.0 * (t.r24 - t.r23) / t.r23, 2) AS company_growth_pct FROM c, t "
     "WHERE (c.r24 - c.r23) / c.r23 > (t.r24 - t.r23) / t.r23 ORDER BY growth_pct DESC"),
    ("tricky", "how many customers ordered in 2023 but not at all in 2024",
     "SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31' "
     "EXCEPT SELECT customer_id FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31')"),
    ("tricky", "what was the best month of each year, revenue-wise",
     f"WITH m AS (SELECT strftime('%Y', o.order_date) AS year, strftime('%Y-%m', o.order_date) AS month, "
     f"SUM({REV}) AS revenue FROM {OI} WHERE {NC} GROUP BY month), "
     "r AS (SELECT year, month, revenue, RANK() OVER (PARTITION BY year ORDER BY revenue DESC) AS rk FROM m) "
     "SELECT year, month, ROUND(revenue, 2) AS revenue FROM r WHERE rk = 1 ORDER BY year"),
    ("tricky", "How many products are priced higher than the average for their own category?",
     "SELECT COUNT(*) AS products FROM products p WHERE p.unit_price > "
     "(SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)"),
    ("tricky", "what's our 2nd best category by revenue?",
     f"SELECT cat.name AS category, ROUND(SUM({REV}), 2) AS revenue FROM {OIPC} WHERE {NC} "
     "GROUP BY cat.category_id ORDER BY revenue DESC LIMIT 1 OFFSET 1"),
    ("tricky", "What % of customers who've ordered have come back for a 2nd order?",
     "SELECT ROUND(100.0 * SUM(n > 1) / COUNT(*), 2) AS repeat_pct FROM "
     "(SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id)"),
    ("tricky", "How many customers had their first ever order cancelled?",
     "WITH f AS (SELECT customer_id, status, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_date, order_id) AS rn "
     "FROM orders) SELECT COUNT(*) AS customers FROM f WHERE rn = 1 AND status = 'cancelled'"),
    ("tricky", "how many orders had both a toy and a book in them",
     "SELECT COUNT(*) AS orders FROM (SELECT oi.order_id FROM order_items oi "
     "JOIN products p ON p.product_id = oi.product_id JOIN categories cat ON cat.category_id = p.category_id "
     "GROUP BY oi.order_id HAVING SUM(cat.name = 'Toys') > 0 AND SUM(cat.name = 'Books') > 0)"),
    ("tricky", "For each manager, how many people report directly to them?",
     f"SELECT m.first_name || ' ' || m.last_name AS manager, m.title, COUNT(*) AS direct_reports FROM employees e "
     "JOIN employees m ON m.employee_id = e.manager_id GROUP BY m.employee_id ORDER BY direct_reports DESC, manager"),
    # two join paths: "in Europe" = customers located in Europe (customer region), all channels;
    # the European reps' own sales would leave out most online orders.
    ("tricky", "How much did we sell in Europe in 2024?",
     f"SELECT ROUND(SUM({REV}), 2) AS revenue FROM {OI} JOIN customers c ON c.customer_id = o.customer_id "
     "JOIN regions rg ON rg.region_id = c.region_id "
     f"WHERE {NC} AND rg.name = 'Europe' AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'"),
]

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
            "breakdowns": 13, "simple": 12}


def order_terms(sql):
    """Top-level ORDER BY terms of the outer query (text after the last ORDER BY
    that is not inside parentheses), without LIMIT/OFFSET."""
    depth, last = 0, None
    up = sql.upper()
    i = 0
    while i < len(sql):
        ch = sql[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "'":
            j = sql.index("'", i + 1)
            i = j
        elif depth == 0 and up.startswith("ORDER BY", i):
            last = i + len("ORDER BY")
        i += 1
    if last is None:
        return []
    tail = re.split(r"\bLIMIT\b", sql[last:], flags=re.I)[0]
    terms, depth, cur = [], 0, ""
    for ch in tail:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            terms.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        terms.append(cur.strip())
    return [re.sub(r"\s+(ASC|DESC)$", "", t, flags=re.I).strip() for t in terms]


def check(con, i, kind, question, sql):
    errs = []
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        cols = [d[0] for d in cur.description]
    except sqlite3.Error as e:
        return [f"#{i} does not run: {e}"]
    if not rows:
        errs.append(f"#{i} returns no rows")
        return errs
    if all(v is None for r in rows for v in r):
        errs.append(f"#{i} returns only NULLs")
    for k, c in enumerate(cols):
        if all(r[k] is None for r in rows):
            errs.append(f"#{i} column {c} is all NULL")
    m = re.search(r"\bLIMIT\s+(\d+)(?:\s+OFFSET\s+(\d+))?\s*$", sql, flags=re.I)
    if m:
        n, off = int(m.group(1)), int(m.group(2) or 0)
        terms = order_terms(sql)
        if not terms:
            errs.append(f"#{i} LIMIT without ORDER BY")
            return errs
        key = terms[0]
        lower = [c.lower() for c in cols]
        if key.isdigit():
            idx = int(key) - 1
        elif key.lower() in lower:
            idx = lower.index(key.lower())
        elif key.split(".")[-1].lower() in lower:
            idx = lower.index(key.split(".")[-1].lower())
        else:
            errs.append(f"#{i} ordering value {key!r} is not a returned column")
            return errs
        full = con.execute(sql[:m.start()] + f" LIMIT {n + 1 + off} OFFSET 0").fetchall()
        window = full[off:off + n + 1]
        if len(window) > n and window[n - 1][idx] == window[n][idx]:
            errs.append(f"#{i} tie at row {n} on {key}: {window[n - 1]} / {window[n]}")
        if off and full[off - 1][idx] == full[off][idx]:
            errs.append(f"#{i} tie at the OFFSET boundary on {key}")
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/fresh-demo/demo/demo.sqlite")
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    errs = []
    counts = {}
    for kind, _, _ in Q:
        counts[kind] = counts.get(kind, 0) + 1
    if counts != EXPECTED:
        errs.append(f"kind counts {counts} != {EXPECTED}")
    if len(Q) != 160:
        errs.append(f"{len(Q)} questions, expected 160")
    qs = [q for _, q, _ in Q]
    dup = {q for q in qs if qs.count(q) > 1}
    if dup:
        errs.append(f"duplicate questions: {dup}")
    for i, (kind, question, sql) in enumerate(Q):
        errs += check(con, i, kind, question, sql)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"{len(errs)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    out = [{"question": q, "db_id": "demo", "query": s} for _, q, s in Q]
    kinds = {str(i): k for i, (k, _, _) in enumerate(Q)}
    with open(os.path.join(here, "demo_v14.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(here, "demo_v14_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} questions: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
