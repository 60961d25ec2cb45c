#!/usr/bin/env python3
"""Blind evaluation set v13 for the genbi demo sales database (db_id "demo").

Writes demo_v13.json ([{"question", "db_id": "demo", "query"}]) and
demo_v13_kinds.json ({"<index>": kind}) beside this script, but only when every
check passes.  python3 stdlib only.  Usage: gen_demo_v13.py [--db PATH] [--show]

CONVENTIONS (the gold SQL follows these everywhere)
- Revenue ("sales", "turnover") = SUM(order_items.quantity * order_items.unit_price
  * (1 - COALESCE(order_items.discount, 0))): what was charged on the lines, after
  the line discount, before shipping.  Shipping cost is never revenue.
- Cancelled orders (status = 'cancelled') are left out of every sales measure:
  revenue, units sold, average order value, profit / margin, discount given,
  order value, "customers who bought".  Returned orders still count as sales
  (they are a status of their own; questions about returns name them).
- Order counts ("how many orders", "customers who ordered / placed an order")
  count every status unless the question names one; rates such as "% of orders
  cancelled" divide by all orders.
- Average order value (AOV) = revenue / number of non-cancelled orders.
- Order value = revenue of one order (its non-cancelled lines, no shipping).
- Profit = revenue - quantity * products.unit_cost; margin % = profit / revenue * 100.
- Dates: "in 2023", "in June 2023", "Q3 2023" filter orders.order_date.  A year is
  labelled 'YYYY'; a year-month 'YYYY-MM' (strftime('%Y-%m')); a quarter
  'YYYY-Qn' (or 'Qn' inside one year) with n = (month + 2) / 3; a weekday by its
  English name from strftime('%w') (0 = Sunday ... 6 = Saturday); a month of the
  year across years by its English name.  Series are ordered by time.
- "Last N months" = the N calendar months ending with the month of the data's last
  order date (MAX(order_date) = 2024-12-31), "last N weeks" = the 7*N days ending
  on that date; both are written relative to (SELECT MAX(order_date) FROM orders).
- Days to ship = julianday(ship_date) - julianday(order_date), over orders that
  have a ship_date.
- New customers per year = customers by year of signup_date; a "first-order
  cohort" is the year of the customer's first order.
- Region means the customer's region (customers.region_id) unless the question
  says rep / employee / sales team, then the employee's region.
- Person names are first_name || ' ' || last_name.
- Rounding: money, percentages, ratios and averages ROUND(x, 2); counts are not
  rounded.  Growth % = (this - previous) / previous * 100.
- "Top N by X" / "which X has the most Y" return the ranking value as well; a
  query ending in LIMIT n has no tie at row n on its first ORDER BY value.
"""
import argparse
import json
import os
import re
import sqlite3
import sys

# (kind, question, gold_sql)
Q = [
    # ------------------------------------------------------------------ time (45)
    ("time", "revenue by year",
     """SELECT strftime('%Y', o.order_date) AS year,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY year ORDER BY year"""),

    ("time", "How many orders did we get in 2023?",
     """SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2023'"""),

    ("time", "what was total revenue in Q3 2023",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND o.order_date BETWEEN '2023-07-01' AND '2023-09-30'"""),

    ("time", "Revenue by quarter for 2024",
     """SELECT 'Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3) AS quarter,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2024'
GROUP BY quarter ORDER BY quarter"""),

    ("time", "# of orders placed in June 2023?",
     """SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y-%m', order_date) = '2023-06'"""),

    ("time", "sales in march 2022",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y-%m', o.order_date) = '2022-03'"""),

    ("time", "Break down the number of orders by day of the week",
     """SELECT CASE strftime('%w', order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday'
         WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday'
         WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday,
       COUNT(*) AS orders
FROM orders
GROUP BY strftime('%w', order_date) ORDER BY strftime('%w', order_date)"""),

    ("time", "Which weekday brings in the most revenue?",
     """SELECT CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday'
         WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday'
         WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY strftime('%w', o.order_date)
ORDER BY revenue DESC LIMIT 1"""),

    ("time", "revenue over the last 3 months",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
  AND o.order_date >= date((SELECT MAX(order_date) FROM orders), 'start of month', '-2 months')"""),

    ("time", "How many orders came in during the last 6 weeks?",
     """SELECT COUNT(*) AS orders FROM orders
WHERE order_date > date((SELECT MAX(order_date) FROM orders), '-42 days')"""),

    ("time", "Year over year revenue growth %",
     """WITH y AS (
  SELECT strftime('%Y', o.order_date) AS year,
         SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY year),
g AS (SELECT year, revenue, LAG(revenue) OVER (ORDER BY year) AS prev FROM y)
SELECT year, ROUND(revenue, 2) AS revenue, ROUND((revenue - prev) * 100.0 / prev, 2) AS yoy_growth_pct
FROM g WHERE prev IS NOT NULL ORDER BY year"""),

    ("time", "MoM revenue growth for each month of 2024",
     """WITH m AS (
  SELECT strftime('%Y-%m', o.order_date) AS month,
         SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY month),
g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m)
SELECT month, ROUND(revenue, 2) AS revenue, ROUND((revenue - prev) * 100.0 / prev, 2) AS mom_growth_pct
FROM g WHERE month LIKE '2024-%' ORDER BY month"""),

    ("time", "On average how many days does it take us to ship an order?",
     """SELECT ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship
FROM orders WHERE ship_date IS NOT NULL"""),

    ("time", "avg days to ship by channel",
     """SELECT channel, ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship
FROM orders WHERE ship_date IS NOT NULL
GROUP BY channel ORDER BY channel"""),

    ("time", "new customers per year",
     """SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers
FROM customers GROUP BY year ORDER BY year"""),

    ("time", "Show me monthly revenue for 2023",
     """SELECT strftime('%Y-%m', o.order_date) AS month,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2023'
GROUP BY month ORDER BY month"""),

    ("time", "number of orders each month in 2024",
     """SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders
FROM orders WHERE strftime('%Y', order_date) = '2024'
GROUP BY month ORDER BY month"""),

    ("time", "Compare revenue in the first half vs the second half of 2022",
     """SELECT CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) <= 6 THEN 'H1' ELSE 'H2' END AS half,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2022'
GROUP BY half ORDER BY half"""),

    ("time", "what was our best month in 2023 for revenue?",
     """SELECT strftime('%Y-%m', o.order_date) AS month,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2023'
GROUP BY month ORDER BY revenue DESC LIMIT 1"""),

    ("time", "What % of orders are placed on weekends?",
     """SELECT ROUND(100.0 * SUM(CASE WHEN strftime('%w', order_date) IN ('0', '6') THEN 1 ELSE 0 END) / COUNT(*), 2) AS weekend_pct
FROM orders"""),

    ("time", "quarterly revenue across all years",
     """SELECT strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3) AS quarter,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY quarter ORDER BY quarter"""),

    ("time", "How did Q4 2024 revenue compare to Q4 2023? growth in %",
     """WITH q AS (
  SELECT SUM(CASE WHEN o.order_date BETWEEN '2023-10-01' AND '2023-12-31'
                  THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS q4_2023,
         SUM(CASE WHEN o.order_date BETWEEN '2024-10-01' AND '2024-12-31'
                  THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS q4_2024
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled')
SELECT ROUND(q4_2023, 2) AS q4_2023_revenue, ROUND(q4_2024, 2) AS q4_2024_revenue,
       ROUND((q4_2024 - q4_2023) * 100.0 / q4_2023, 2) AS growth_pct
FROM q"""),

    ("time", "how many unique customers placed an order in 2024",
     """SELECT COUNT(DISTINCT customer_id) AS customers FROM orders
WHERE strftime('%Y', order_date) = '2024'"""),

    ("time", "Customer cohorts: how many customers made their first order in each year?",
     """SELECT first_year, COUNT(*) AS customers
FROM (SELECT customer_id, MIN(strftime('%Y', order_date)) AS first_year FROM orders GROUP BY customer_id)
GROUP BY first_year ORDER BY first_year"""),

    ("time", "For customers who signed up in 2022, how much revenue did they bring in each year?",
     """SELECT strftime('%Y', o.order_date) AS year,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y', c.signup_date) = '2022'
GROUP BY year ORDER BY year"""),

    ("time", "how many orders took more than 3 days to ship?",
     """SELECT COUNT(*) AS orders FROM orders
WHERE ship_date IS NOT NULL AND julianday(ship_date) - julianday(order_date) > 3"""),

    ("time", "Average shipping time in days, by year",
     """SELECT strftime('%Y', order_date) AS year,
       ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) AS avg_days_to_ship
FROM orders WHERE ship_date IS NOT NULL
GROUP BY year ORDER BY year"""),

    ("time", "units sold in dec 2024?",
     """SELECT SUM(oi.quantity) AS units_sold
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y-%m', o.order_date) = '2024-12'"""),

    ("time", "How much revenue did we make on Mondays in 2024?",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2024'
  AND strftime('%w', o.order_date) = '1'"""),

    ("time", "AOV by year",
     """SELECT strftime('%Y', o.order_date) AS year,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY year ORDER BY year"""),

    ("time", "How many orders were shipped in January 2024?",
     """SELECT COUNT(*) AS orders FROM orders WHERE strftime('%Y-%m', ship_date) = '2024-01'"""),

    ("time", "which month had the fewest orders?",
     """SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders
FROM orders GROUP BY month ORDER BY orders ASC LIMIT 1"""),

    ("time", "orders per quarter in 2022",
     """SELECT 'Q' || ((CAST(strftime('%m', order_date) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS orders
FROM orders WHERE strftime('%Y', order_date) = '2022'
GROUP BY quarter ORDER BY quarter"""),

    ("time", "Monthly revenue for the last 6 months",
     """SELECT strftime('%Y-%m', o.order_date) AS month,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
  AND o.order_date >= date((SELECT MAX(order_date) FROM orders), 'start of month', '-5 months')
GROUP BY month ORDER BY month"""),

    ("time", "whats the revenue for the past 4 weeks",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
  AND o.order_date > date((SELECT MAX(order_date) FROM orders), '-28 days')"""),

    ("time", "How many employees did we hire each year?",
     """SELECT strftime('%Y', hire_date) AS year, COUNT(*) AS hires
FROM employees GROUP BY year ORDER BY year"""),

    ("time", "Which products were launched in 2023?",
     """SELECT name, launch_date FROM products
WHERE strftime('%Y', launch_date) = '2023' ORDER BY launch_date"""),

    ("time", "month over month change in order count for the last 6 months",
     """WITH m AS (
  SELECT strftime('%Y-%m', order_date) AS month, COUNT(*) AS orders FROM orders GROUP BY month),
g AS (SELECT month, orders, LAG(orders) OVER (ORDER BY month) AS prev FROM m)
SELECT month, orders, orders - prev AS change, ROUND((orders - prev) * 100.0 / prev, 2) AS change_pct
FROM g
WHERE month >= strftime('%Y-%m', date((SELECT MAX(order_date) FROM orders), 'start of month', '-5 months'))
ORDER BY month"""),

    ("time", "Across all years, which calendar month is the busiest by number of orders?",
     """SELECT CASE strftime('%m', order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February'
         WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June'
         WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September'
         WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END AS month,
       COUNT(*) AS orders
FROM orders GROUP BY strftime('%m', order_date)
ORDER BY orders DESC LIMIT 1"""),

    ("time", "average revenue per day in December 2024",
     # every day of Dec 2024 has orders, so dividing by 31 days = averaging over days with sales
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) / 31.0, 2) AS avg_daily_revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y-%m', o.order_date) = '2024-12'"""),

    ("time", "yoy growth in units sold per category, 2024 vs 2023",
     """WITH u AS (
  SELECT c.name AS category,
         SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity ELSE 0 END) AS units_2023,
         SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity ELSE 0 END) AS units_2024
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  JOIN products p ON p.product_id = oi.product_id
  JOIN categories c ON c.category_id = p.category_id
  WHERE o.status <> 'cancelled' GROUP BY c.name)
SELECT category, units_2023, units_2024, ROUND((units_2024 - units_2023) * 100.0 / units_2023, 2) AS growth_pct
FROM u ORDER BY category"""),

    ("time", "On average, how many days pass between a customer signing up and their first order?",
     """SELECT ROUND(AVG(julianday(f.first_order) - julianday(c.signup_date)), 2) AS avg_days_to_first_order
FROM customers c
JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f
  ON f.customer_id = c.customer_id"""),

    ("time", "What share of 2024 revenue came in each quarter?",
     """WITH q AS (
  SELECT 'Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3) AS quarter,
         SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2024'
  GROUP BY quarter)
SELECT quarter, ROUND(revenue, 2) AS revenue, ROUND(revenue * 100.0 / (SELECT SUM(revenue) FROM q), 2) AS share_pct
FROM q ORDER BY quarter"""),

    ("time", "running total of revenue month by month through 2024",
     """WITH m AS (
  SELECT strftime('%Y-%m', o.order_date) AS month,
         SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2024'
  GROUP BY month)
SELECT month, ROUND(revenue, 2) AS revenue,
       ROUND(SUM(revenue) OVER (ORDER BY month), 2) AS cumulative_revenue
FROM m ORDER BY month"""),

    ("time", "how many orders did we get on Christmas day each year",
     """SELECT strftime('%Y', order_date) AS year, COUNT(*) AS orders
FROM orders WHERE strftime('%m-%d', order_date) = '12-25'
GROUP BY year ORDER BY year"""),

    # -------------------------------------------------------------- measures (35)
    ("measures", "What's our total revenue?",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "average order value",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "How many units have we sold in total?",
     """SELECT SUM(oi.quantity) AS units_sold
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "top 10 best sellers by units",
     """SELECT p.name AS product, SUM(oi.quantity) AS units_sold
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled'
GROUP BY p.product_id, p.name ORDER BY units_sold DESC LIMIT 10"""),

    ("measures", "Which 5 products bring in the most revenue?",
     """SELECT p.name AS product,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled'
GROUP BY p.product_id, p.name ORDER BY revenue DESC LIMIT 5"""),

    ("measures", "revenue by category",
     """SELECT c.name AS category,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled'
GROUP BY c.name ORDER BY revenue DESC"""),

    ("measures", "Gross profit by product category",
     """SELECT c.name AS category,
       ROUND(SUM(oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost)), 2) AS profit
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled'
GROUP BY c.name ORDER BY profit DESC"""),

    ("measures", "what's our overall profit margin %?",
     """SELECT ROUND(100.0 * SUM(oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost))
             / SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS margin_pct
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "Each category's share of total revenue, in percent",
     """WITH r AS (
  SELECT c.name AS category, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  JOIN products p ON p.product_id = oi.product_id
  JOIN categories c ON c.category_id = p.category_id
  WHERE o.status <> 'cancelled' GROUP BY c.name)
SELECT category, ROUND(revenue * 100.0 / (SELECT SUM(revenue) FROM r), 2) AS share_pct
FROM r ORDER BY share_pct DESC"""),

    ("measures", "What percentage of orders get cancelled?",
     """SELECT ROUND(100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*), 2) AS cancelled_pct
FROM orders"""),

    ("measures", "return rate by channel (% of orders returned)",
     """SELECT channel, ROUND(100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*), 2) AS returned_pct
FROM orders GROUP BY channel ORDER BY channel"""),

    ("measures", "How much revenue does each customer segment generate?",
     """SELECT c.segment,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY c.segment ORDER BY revenue DESC"""),

    ("measures", "avg order value per sales channel",
     """SELECT o.channel,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY o.channel ORDER BY o.channel"""),

    ("measures", "On average how many units are in an order?",
     """SELECT ROUND(SUM(oi.quantity) * 1.0 / COUNT(DISTINCT o.order_id), 2) AS avg_units_per_order
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "Sales by rep, highest first",
     """SELECT e.first_name || ' ' || e.last_name AS employee,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM employees e JOIN orders o ON o.employee_id = e.employee_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY e.employee_id ORDER BY revenue DESC"""),

    ("measures", "top 5 most profitable products",
     """SELECT p.name AS product,
       ROUND(SUM(oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost)), 2) AS profit
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled'
GROUP BY p.product_id, p.name ORDER BY profit DESC LIMIT 5"""),

    ("measures", "Which category has the thinnest margin?",
     """SELECT c.name AS category,
       ROUND(100.0 * SUM(oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost))
             / SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS margin_pct
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled'
GROUP BY c.name ORDER BY margin_pct ASC LIMIT 1"""),

    ("measures", "when we do give a discount, what's the average discount %?",
     """SELECT ROUND(AVG(oi.discount) * 100, 2) AS avg_discount_pct
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND oi.discount IS NOT NULL"""),

    ("measures", "How much money have we given away in discounts, total?",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * oi.discount), 2) AS discount_amount
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND oi.discount IS NOT NULL"""),

    ("measures", "revenue by country",
     """SELECT c.country,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY c.country ORDER BY revenue DESC"""),

    ("measures", "What share of our revenue comes from loyalty members?",
     """SELECT ROUND(100.0 * SUM(CASE WHEN c.loyalty_member = 1
                             THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)
             / SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS loyalty_share_pct
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "avg shipping cost per order by channel",
     """SELECT channel, ROUND(AVG(shipping_cost), 2) AS avg_shipping_cost
FROM orders WHERE status <> 'cancelled'
GROUP BY channel ORDER BY channel"""),

    ("measures", "Total shipping costs in 2023?",
     """SELECT ROUND(SUM(shipping_cost), 2) AS shipping_cost
FROM orders WHERE status <> 'cancelled' AND strftime('%Y', order_date) = '2023'"""),

    ("measures", "What's the average revenue per customer (customers who've bought something)?",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) / COUNT(DISTINCT o.customer_id), 2) AS revenue_per_customer
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "avg number of orders per customer (only customers who ordered)",
     """SELECT ROUND(COUNT(*) * 1.0 / COUNT(DISTINCT customer_id), 2) AS orders_per_customer FROM orders"""),

    ("measures", "which category sells the most units?",
     """SELECT c.name AS category, SUM(oi.quantity) AS units_sold
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled'
GROUP BY c.name ORDER BY units_sold DESC LIMIT 1"""),

    ("measures", "Revenue share by region",
     # region = the customer's region (every order has a customer; reps are optional)
     """WITH r AS (
  SELECT rg.name AS region, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM regions rg JOIN customers c ON c.region_id = rg.region_id
  JOIN orders o ON o.customer_id = c.customer_id
  JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY rg.name)
SELECT region, ROUND(revenue, 2) AS revenue, ROUND(revenue * 100.0 / (SELECT SUM(revenue) FROM r), 2) AS share_pct
FROM r ORDER BY revenue DESC"""),

    ("measures", "how much revenue came from discontinued products",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled' AND p.discontinued = 1"""),

    ("measures", "Avg # of line items per order",
     """SELECT ROUND(COUNT(*) * 1.0 / COUNT(DISTINCT o.order_id), 2) AS avg_lines_per_order
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'"""),

    ("measures", "revenue by employee job title",
     """SELECT e.title,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM employees e JOIN orders o ON o.employee_id = e.employee_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY e.title ORDER BY revenue DESC"""),

    ("measures", "What percent of orders have no sales rep assigned?",
     """SELECT ROUND(100.0 * SUM(CASE WHEN employee_id IS NULL THEN 1 ELSE 0 END) / COUNT(*), 2) AS no_rep_pct
FROM orders"""),

    ("measures", "average markup over cost for each category (list price vs unit cost)",
     """SELECT c.name AS category,
       ROUND(AVG((p.unit_price - p.unit_cost) * 100.0 / p.unit_cost), 2) AS avg_markup_pct
FROM products p JOIN categories c ON c.category_id = p.category_id
GROUP BY c.name ORDER BY avg_markup_pct DESC"""),

    ("measures", "% of orders delivered in each region",
     """SELECT rg.name AS region,
       ROUND(100.0 * SUM(CASE WHEN o.status = 'delivered' THEN 1 ELSE 0 END) / COUNT(*), 2) AS delivered_pct
FROM regions rg JOIN customers c ON c.region_id = rg.region_id
JOIN orders o ON o.customer_id = c.customer_id
GROUP BY rg.name ORDER BY rg.name"""),

    ("measures", "profit and margin by customer segment",
     """SELECT c.segment,
       ROUND(SUM(oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost)), 2) AS profit,
       ROUND(100.0 * SUM(oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost))
             / SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS margin_pct
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled'
GROUP BY c.segment ORDER BY profit DESC"""),

    ("measures", "Electronics: units sold and revenue, all time",
     """SELECT SUM(oi.quantity) AS units_sold,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled' AND c.name = 'Electronics'"""),

    # --------------------------------------------------------------- filters (15)
    ("filters", "how many orders were over $500?",
     # order value = the order's non-cancelled line revenue, no shipping
     """SELECT COUNT(*) AS orders FROM (
  SELECT o.order_id, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS order_value
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY o.order_id)
WHERE order_value > 500"""),

    ("filters", "List products priced between $50 and $100",
     """SELECT name, unit_price FROM products
WHERE unit_price BETWEEN 50 AND 100 ORDER BY unit_price, name"""),

    ("filters", "How many customers do we have in Germany?",
     """SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany'"""),

    ("filters", "number of orders where shipping cost more than $10",
     """SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10"""),

    ("filters", "Any products that cost over $1,000?",
     """SELECT name, unit_price FROM products WHERE unit_price > 1000 ORDER BY unit_price DESC"""),

    ("filters", "revenue from Corporate customers in Canada",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND c.segment = 'Corporate' AND c.country = 'Canada'"""),

    ("filters", "How many phone orders got returned in 2023?",
     """SELECT COUNT(*) AS orders FROM orders
WHERE channel = 'phone' AND status = 'returned' AND strftime('%Y', order_date) = '2023'"""),

    ("filters", "who makes more than $90,000 a year?",
     """SELECT first_name || ' ' || last_name AS employee, title, salary
FROM employees WHERE salary > 90000 ORDER BY salary DESC"""),

    ("filters", "count of orders worth between $1,000 and $2,500",
     """SELECT COUNT(*) AS orders FROM (
  SELECT o.order_id, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS order_value
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY o.order_id)
WHERE order_value BETWEEN 1000 AND 2500"""),

    ("filters", "how many loyalty members are in Japan",
     """SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1 AND country = 'Japan'"""),

    ("filters", "Revenue from items sold at 20% off or more",
     """SELECT ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND oi.discount >= 0.2"""),

    ("filters", "kitchen products under $30",
     """SELECT p.name, p.unit_price FROM products p JOIN categories c ON c.category_id = p.category_id
WHERE c.name = 'Kitchen' AND p.unit_price < 30 ORDER BY p.unit_price, p.name"""),

    ("filters", "Show pending orders with the customer's name",
     """SELECT o.order_id, o.order_date, c.first_name || ' ' || c.last_name AS customer
FROM orders o JOIN customers c ON c.customer_id = o.customer_id
WHERE o.status = 'pending' ORDER BY o.order_date, o.order_id"""),

    ("filters", "How many Small Business customers do we have in Europe?",
     """SELECT COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id
WHERE c.segment = 'Small Business' AND r.name = 'Europe'"""),

    ("filters", "how many customers have spent over $10,000 with us in total",
     """SELECT COUNT(*) AS customers FROM (
  SELECT o.customer_id, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS spent
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY o.customer_id)
WHERE spent > 10000"""),

    # ------------------------------------------------------------------ topn (15)
    ("topn", "Top 5 customers by revenue",
     """SELECT c.first_name || ' ' || c.last_name AS customer,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5"""),

    ("topn", "top 10 cities by number of customers",
     """SELECT city, country, COUNT(*) AS customers FROM customers
GROUP BY city, country ORDER BY customers DESC LIMIT 10"""),

    ("topn", "Who were our top 3 sales reps by revenue in 2024?",
     """SELECT e.first_name || ' ' || e.last_name AS employee,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM employees e JOIN orders o ON o.employee_id = e.employee_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled' AND strftime('%Y', o.order_date) = '2024'
GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 3"""),

    ("topn", "bottom 5 products by units sold",
     """SELECT p.name AS product, SUM(oi.quantity) AS units_sold
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled'
GROUP BY p.product_id, p.name ORDER BY units_sold ASC LIMIT 5"""),

    ("topn", "Top 5 countries by AOV",
     """SELECT c.country,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY c.country ORDER BY avg_order_value DESC LIMIT 5"""),

    ("topn", "top 3 categories by profit",
     """SELECT c.name AS category,
       ROUND(SUM(oi.quantity * (oi.unit_price * (1 - COALESCE(oi.discount, 0)) - p.unit_cost)), 2) AS profit
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled'
GROUP BY c.name ORDER BY profit DESC LIMIT 3"""),

    ("topn", "Which 3 customers have placed the most orders?",
     """SELECT c.first_name || ' ' || c.last_name AS customer, COUNT(*) AS orders
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id ORDER BY orders DESC LIMIT 3"""),

    ("topn", "5 most expensive products",
     """SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 5"""),

    ("topn", "top 10 products by revenue in Europe",
     # Europe = the customer's region
     """SELECT p.name AS product,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN customers c ON c.customer_id = o.customer_id
JOIN regions r ON r.region_id = c.region_id
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled' AND r.name = 'Europe'
GROUP BY p.product_id, p.name ORDER BY revenue DESC LIMIT 10"""),

    ("topn", "What were our 3 biggest months ever for revenue?",
     """SELECT strftime('%Y-%m', o.order_date) AS month,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY month ORDER BY revenue DESC LIMIT 3"""),

    ("topn", "5 highest paid employees",
     """SELECT first_name || ' ' || last_name AS employee, title, salary
FROM employees WHERE salary IS NOT NULL ORDER BY salary DESC LIMIT 5"""),

    ("topn", "Top 5 products by $ discount given",
     """SELECT p.name AS product, ROUND(SUM(oi.quantity * oi.unit_price * oi.discount), 2) AS discount_amount
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status <> 'cancelled' AND oi.discount IS NOT NULL
GROUP BY p.product_id, p.name ORDER BY discount_amount DESC LIMIT 5"""),

    ("topn", "top 3 countries by # of customers",
     """SELECT country, COUNT(*) AS customers FROM customers
GROUP BY country ORDER BY customers DESC LIMIT 3"""),

    ("topn", "show the 5 largest orders by value",
     """SELECT o.order_id, o.order_date, c.first_name || ' ' || c.last_name AS customer,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS order_value
FROM orders o JOIN customers c ON c.customer_id = o.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY o.order_id ORDER BY order_value DESC LIMIT 5"""),

    ("topn", "Which 5 products get returned the most (units on returned orders)?",
     """SELECT p.name AS product, SUM(oi.quantity) AS units_returned
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status = 'returned'
GROUP BY p.product_id, p.name ORDER BY units_returned DESC LIMIT 5"""),

    # ------------------------------------------------------------ breakdowns (13)
    ("breakdowns", "orders by status",
     """SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC"""),

    ("breakdowns", "How are orders split across channels?",
     """SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC"""),

    ("breakdowns", "customer count by segment",
     """SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC"""),

    ("breakdowns", "Revenue by region and year",
     # region = the customer's region
     """SELECT r.name AS region, strftime('%Y', o.order_date) AS year,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM regions r JOIN customers c ON c.region_id = r.region_id
JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY r.name, year ORDER BY r.name, year"""),

    ("breakdowns", "revenue split by channel and customer segment",
     """SELECT o.channel, c.segment,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN customers c ON c.customer_id = o.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY o.channel, c.segment ORDER BY o.channel, c.segment"""),

    ("breakdowns", "How many customers in each region?",
     """SELECT r.name AS region, COUNT(*) AS customers
FROM regions r JOIN customers c ON c.region_id = r.region_id
GROUP BY r.name ORDER BY customers DESC"""),

    ("breakdowns", "number of active (not discontinued) products per category",
     """SELECT c.name AS category, COUNT(*) AS products
FROM categories c JOIN products p ON p.category_id = c.category_id
WHERE p.discontinued = 0
GROUP BY c.name ORDER BY c.name"""),

    ("breakdowns", "headcount by job title",
     """SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC"""),

    ("breakdowns", "Revenue by category and channel",
     """SELECT c.name AS category, o.channel,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled'
GROUP BY c.name, o.channel ORDER BY c.name, o.channel"""),

    ("breakdowns", "order count by status and channel",
     """SELECT status, channel, COUNT(*) AS orders FROM orders
GROUP BY status, channel ORDER BY status, channel"""),

    ("breakdowns", "AOV by segment, loyalty members vs non-members",
     """SELECT c.segment, CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) / COUNT(DISTINCT o.order_id), 2) AS avg_order_value
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY c.segment, loyalty ORDER BY c.segment, loyalty"""),

    ("breakdowns", "how many employees per region",
     # the VP of Sales has no region and is not counted
     """SELECT r.name AS region, COUNT(*) AS employees
FROM regions r JOIN employees e ON e.region_id = r.region_id
GROUP BY r.name ORDER BY employees DESC"""),

    ("breakdowns", "Units sold per category per year",
     """SELECT c.name AS category, strftime('%Y', o.order_date) AS year, SUM(oi.quantity) AS units_sold
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN categories c ON c.category_id = p.category_id
WHERE o.status <> 'cancelled'
GROUP BY c.name, year ORDER BY c.name, year"""),

    # ---------------------------------------------------------------- simple (12)
    ("simple", "How many customers are there?",
     """SELECT COUNT(*) AS customers FROM customers"""),

    ("simple", "how many products are in the catalog",
     """SELECT COUNT(*) AS products FROM products"""),

    ("simple", "total number of orders",
     """SELECT COUNT(*) AS orders FROM orders"""),

    ("simple", "How many people work for us?",
     """SELECT COUNT(*) AS employees FROM employees"""),

    ("simple", "list all product categories",
     """SELECT name FROM categories ORDER BY name"""),

    ("simple", "What regions do we have?",
     """SELECT name FROM regions ORDER BY name"""),

    ("simple", "how many products are discontinued",
     """SELECT COUNT(*) AS products FROM products WHERE discontinued = 1"""),

    ("simple", "Who is our VP of Sales?",
     """SELECT first_name || ' ' || last_name AS employee FROM employees WHERE title = 'VP of Sales'"""),

    ("simple", "avg list price of our products",
     """SELECT ROUND(AVG(unit_price), 2) AS avg_price FROM products"""),

    ("simple", "How many customers are loyalty members?",
     """SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1"""),

    ("simple", "how many countries do we have customers in",
     """SELECT COUNT(DISTINCT country) AS countries FROM customers"""),

    ("simple", "cheapest product?",
     """SELECT name, unit_price FROM products ORDER BY unit_price ASC LIMIT 1"""),

    # ---------------------------------------------------------------- tricky (25)
    ("tricky", "How many customers have never placed an order?",
     """SELECT COUNT(*) AS customers FROM customers c
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)"""),

    ("tricky", "Which products have revenue above the average product's revenue?",
     """WITH pr AS (
  SELECT p.product_id, p.name, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  JOIN products p ON p.product_id = oi.product_id
  WHERE o.status <> 'cancelled' GROUP BY p.product_id, p.name)
SELECT name AS product, ROUND(revenue, 2) AS revenue
FROM pr WHERE revenue > (SELECT AVG(revenue) FROM pr)
ORDER BY revenue DESC"""),

    ("tricky", "how many customers bought both Electronics and Furniture?",
     """SELECT COUNT(*) AS customers FROM (
  SELECT o.customer_id
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  JOIN products p ON p.product_id = oi.product_id
  JOIN categories c ON c.category_id = p.category_id
  WHERE o.status <> 'cancelled' AND c.name IN ('Electronics', 'Furniture')
  GROUP BY o.customer_id HAVING COUNT(DISTINCT c.name) = 2)"""),

    ("tricky", "Of the customers who have bought something, how many bought neither Books nor Toys?",
     """SELECT COUNT(DISTINCT o.customer_id) AS customers
FROM orders o
WHERE o.status <> 'cancelled'
  AND o.customer_id NOT IN (
    SELECT o2.customer_id
    FROM orders o2 JOIN order_items oi ON oi.order_id = o2.order_id
    JOIN products p ON p.product_id = oi.product_id
    JOIN categories c ON c.category_id = p.category_id
    WHERE o2.status <> 'cancelled' AND c.name IN ('Books', 'Toys'))"""),

    ("tricky", "customers who've ordered online but never in a store - how many?",
     """SELECT COUNT(DISTINCT customer_id) AS customers FROM orders
WHERE channel = 'online'
  AND customer_id NOT IN (SELECT customer_id FROM orders WHERE channel = 'store')"""),

    ("tricky", "Which employees have no orders at all?",
     """SELECT e.first_name || ' ' || e.last_name AS employee, e.title
FROM employees e
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)
ORDER BY employee"""),

    ("tricky", "revenue by region",
     # two join paths: orders -> customers -> regions, or orders -> employees -> regions.
     # A sales manager asking "by region" means where the customers are: customer path.
     # (The employee path would drop the online orders that have no rep.)
     """SELECT r.name AS region,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM regions r JOIN customers c ON c.region_id = r.region_id
JOIN orders o ON o.customer_id = c.customer_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY r.name ORDER BY revenue DESC"""),

    ("tricky", "How much revenue did each regional sales team close? (by the rep's region)",
     # two join paths; here the question names the rep, so orders -> employees -> regions.
     # Orders without a rep (online self-service) are not any team's revenue.
     """SELECT r.name AS region,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM regions r JOIN employees e ON e.region_id = r.region_id
JOIN orders o ON o.employee_id = e.employee_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY r.name ORDER BY revenue DESC"""),

    ("tricky", "how many products are priced above their category's average price?",
     """SELECT COUNT(*) AS products FROM products p
WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)"""),

    ("tricky", "How many orders were above the average order value?",
     """WITH ov AS (
  SELECT o.order_id, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS order_value
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY o.order_id)
SELECT COUNT(*) AS orders FROM ov WHERE order_value > (SELECT AVG(order_value) FROM ov)"""),

    ("tricky", "which category has the most products?",
     # every category has 20 products: all ten tie, so all are returned
     """WITH pc AS (SELECT c.name AS category, COUNT(*) AS products
            FROM categories c JOIN products p ON p.category_id = c.category_id GROUP BY c.name)
SELECT category, products FROM pc WHERE products = (SELECT MAX(products) FROM pc)
ORDER BY category"""),

    ("tricky", "Who earns more than the average salary for their job title?",
     """SELECT e.first_name || ' ' || e.last_name AS employee, e.title, e.salary
FROM employees e
WHERE e.salary > (SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title)
ORDER BY e.title, e.salary DESC"""),

    ("tricky", "customers whose orders were ALL cancelled",
     """SELECT c.first_name || ' ' || c.last_name AS customer, COUNT(*) AS orders
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id
HAVING SUM(CASE WHEN o.status <> 'cancelled' THEN 1 ELSE 0 END) = 0
ORDER BY customer"""),

    ("tricky", "How many customers ordered in every single year from 2021 through 2024?",
     """SELECT COUNT(*) AS customers FROM (
  SELECT customer_id FROM orders
  WHERE strftime('%Y', order_date) BETWEEN '2021' AND '2024'
  GROUP BY customer_id HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)"""),

    ("tricky", "how many customers have exactly one order",
     """SELECT COUNT(*) AS customers FROM (
  SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) = 1)"""),

    ("tricky", "Which products didn't sell at all in Q4 2024?",
     """SELECT p.name AS product FROM products p
WHERE NOT EXISTS (
  SELECT 1 FROM order_items oi JOIN orders o ON o.order_id = oi.order_id
  WHERE oi.product_id = p.product_id AND o.status <> 'cancelled'
    AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31')
ORDER BY p.name"""),

    ("tricky", "in which months of 2024 did revenue drop vs the month before?",
     """WITH m AS (
  SELECT strftime('%Y-%m', o.order_date) AS month,
         SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY month),
g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m)
SELECT month, ROUND(revenue, 2) AS revenue, ROUND(prev, 2) AS prev_month_revenue
FROM g WHERE month LIKE '2024-%' AND revenue < prev ORDER BY month"""),

    ("tricky", "How many customers bought from us in 2023 but not in 2024?",
     """SELECT COUNT(DISTINCT customer_id) AS customers FROM orders
WHERE status <> 'cancelled' AND strftime('%Y', order_date) = '2023'
  AND customer_id NOT IN (SELECT customer_id FROM orders
                          WHERE status <> 'cancelled' AND strftime('%Y', order_date) = '2024')"""),

    ("tricky", "whats our 2nd best selling product by revenue",
     """WITH pr AS (
  SELECT p.name AS product,
         ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  JOIN products p ON p.product_id = oi.product_id
  WHERE o.status <> 'cancelled' GROUP BY p.product_id, p.name),
rk AS (SELECT product, revenue, DENSE_RANK() OVER (ORDER BY revenue DESC) AS rnk FROM pr)
SELECT product, revenue FROM rk WHERE rnk = 2"""),

    ("tricky", "List each manager and how many direct reports they have",
     """SELECT m.first_name || ' ' || m.last_name AS manager, m.title, COUNT(*) AS direct_reports
FROM employees e JOIN employees m ON m.employee_id = e.manager_id
GROUP BY m.employee_id ORDER BY direct_reports DESC, manager"""),

    ("tricky", "How many customers spent more than the average customer?",
     # average over customers who bought something
     """WITH cs AS (
  SELECT o.customer_id, SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))) AS spent
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY o.customer_id)
SELECT COUNT(*) AS customers FROM cs WHERE spent > (SELECT AVG(spent) FROM cs)"""),

    ("tricky", "which reps sold more in 2024 than in 2023?",
     """WITH r AS (
  SELECT e.employee_id, e.first_name || ' ' || e.last_name AS employee,
         SUM(CASE WHEN strftime('%Y', o.order_date) = '2023'
                  THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS rev_2023,
         SUM(CASE WHEN strftime('%Y', o.order_date) = '2024'
                  THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS rev_2024
  FROM employees e JOIN orders o ON o.employee_id = e.employee_id
  JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status <> 'cancelled' GROUP BY e.employee_id)
SELECT employee, ROUND(rev_2023, 2) AS revenue_2023, ROUND(rev_2024, 2) AS revenue_2024
FROM r WHERE rev_2024 > rev_2023 ORDER BY employee"""),

    ("tricky", "how many customers have returned an order but never cancelled one",
     """SELECT COUNT(DISTINCT customer_id) AS customers FROM orders
WHERE status = 'returned'
  AND customer_id NOT IN (SELECT customer_id FROM orders WHERE status = 'cancelled')"""),

    ("tricky", "Revenue per regional sales manager's team (manager plus their reports)",
     # team = the regional sales manager and everyone whose manager_id points at them;
     # joined through employees (the rep on the order), not through the customer.
     """SELECT m.first_name || ' ' || m.last_name AS manager,
       ROUND(SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))), 2) AS revenue
FROM employees m
JOIN employees e ON e.employee_id = m.employee_id OR e.manager_id = m.employee_id
JOIN orders o ON o.employee_id = e.employee_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE m.title = 'Regional Sales Manager' AND o.status <> 'cancelled'
GROUP BY m.employee_id ORDER BY revenue DESC"""),

    ("tricky", "Which countries have more customers than the average country?",
     """WITH cc AS (SELECT country, COUNT(*) AS customers FROM customers GROUP BY country)
SELECT country, customers FROM cc WHERE customers > (SELECT AVG(customers) FROM cc)
ORDER BY customers DESC"""),
]

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15,
            "topn": 15, "breakdowns": 13, "simple": 12}


def order_terms(sql):
    """Terms of the final ORDER BY (before the trailing LIMIT), split on top-level commas."""
    body = re.sub(r"\s+LIMIT\s+\d+\s*$", "", sql.strip(), flags=re.I)
    idx = [m.start() for m in re.finditer(r"\bORDER\s+BY\b", body, flags=re.I)]
    if not idx:
        return None
    tail = body[idx[-1]:]
    tail = re.sub(r"^ORDER\s+BY\s+", "", tail, flags=re.I)
    if tail.count("(") != tail.count(")"):
        return None  # last ORDER BY was inside a window/subquery
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
    terms.append(cur.strip())
    return [re.sub(r"\s+(ASC|DESC)$", "", t, flags=re.I).strip() for t in terms]


def check(conn, i, kind, question, sql, show=False):
    errs = []
    try:
        cur = conn.execute(sql)
        rows = cur.fetchall()
        cols = [d[0] for d in cur.description]
    except sqlite3.Error as e:
        return ["#%d runs: %s" % (i, e)]
    if not rows:
        errs.append("#%d returns no rows" % i)
    elif all(v is None for r in rows for v in r):
        errs.append("#%d is all NULLs" % i)
    m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql.strip(), flags=re.I)
    if m:
        n = int(m.group(1))
        terms = order_terms(sql)
        if not terms:
            errs.append("#%d LIMIT without a final ORDER BY" % i)
        else:
            key = terms[0]
            if key.isdigit():
                k = int(key) - 1
            else:
                k = next((j for j, c in enumerate(cols) if c.lower() == key.lower()), None)
            if k is None:
                errs.append("#%d ordering value %r is not an output column" % (i, key))
            else:
                full = conn.execute(sql.strip()[:m.start()]).fetchall()
                if len(full) > n and full[n - 1][k] == full[n][k]:
                    errs.append("#%d tie at row %d on %s = %r" % (i, n, key, full[n][k]))
    if show:
        print("#%d [%s] %s" % (i, kind, question))
        print("   ", cols, "(%d rows)" % len(rows))
        for r in rows[:6]:
            print("   ", r)
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/fresh-demo/demo/demo.sqlite")
    ap.add_argument("--show", action="store_true", help="print each result's first rows")
    a = ap.parse_args()
    conn = sqlite3.connect("file:%s?mode=ro" % a.db, uri=True)

    errs = []
    counts = {}
    for kind, _, _ in Q:
        counts[kind] = counts.get(kind, 0) + 1
    if counts != EXPECTED:
        errs.append("kind counts %s != %s" % (counts, EXPECTED))
    if len(Q) != 160:
        errs.append("%d questions, want 160" % len(Q))
    seen = set()
    for i, (kind, q, sql) in enumerate(Q):
        if kind not in EXPECTED:
            errs.append("#%d unknown kind %s" % (i, kind))
        if q.strip().lower() in seen:
            errs.append("#%d duplicate question" % i)
        seen.add(q.strip().lower())
        errs += check(conn, i, kind, q, " ".join(sql.split()), a.show)
    if errs:
        for e in errs:
            print("FAIL", e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errs), file=sys.stderr)
        return 1
    out = [{"question": q, "db_id": "demo", "query": " ".join(sql.split())} for _, q, sql in Q]
    kinds = {str(i): k for i, (k, _, _) in enumerate(Q)}
    with open(os.path.join(here, "demo_v13.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(here, "demo_v13_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=2)
        f.write("\n")
    print("wrote %d questions: %s" % (len(Q), ", ".join("%s %d" % kv for kv in counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
