#!/usr/bin/env python3
"""Held-out question set demo_v9 for genbi over the demo sales database.

Usage:  python3 gen_demo_v9.py --db DEMO.sqlite  (genbi demo --out DEMO.sqlite)

Re-runs every gold query, checks it, and only when every check passes writes
demo_v9.json ([{"question", "db_id": "demo", "query"}]) and demo_v9_kinds.json
({"<index>": kind}) beside this script.

Kinds and counts: time 45, measures 35, tricky 25, filters 15, topn 15,
breakdowns 13, simple 12 (160 in all).

Conventions
-----------
* Metrics follow demo.semantic.yaml exactly, default filters included:
  revenue = SUM(quantity * unit_price * (1 - COALESCE(discount, 0))) over
  order_items; units sold = SUM(quantity); average order value = revenue /
  COUNT(DISTINCT order_id); profit = revenue - SUM(quantity * products.unit_cost);
  margin = 100 * profit / revenue.  All of them exclude cancelled orders
  (orders.status <> 'cancelled').  A question that explicitly asks about
  cancelled orders' value uses the same expression restricted to them.
* Plain counts of orders count every order (all statuses) unless the question
  narrows them.  Customers / products / employees counts count table rows.
* The value of an order ("orders over $1,500") is that order's revenue
  expression; cancelled orders are excluded because they carry no revenue.
* An order's region/country is its customer's (semantic-layer join path), an
  order's sales rep is orders.employee_id; a rep's own region is
  employees.region_id only when the question says "reps based in".
* "Now" is the data's last order date, computed in SQL as
  (SELECT MAX(order_date) FROM orders).  This year / last year = the calendar
  year of now and the one before; this month = the calendar month of now;
  last month = the calendar month before it; YTD = 1 January of now's year up
  to now, and "same period last year" = the same dates one year earlier.
  "Last N months" = the N calendar months ending with now's month
  (order_date >= date(now, 'start of month', '-(N-1) months')); "last N weeks"
  / "last N days" = the 7N / N days ending on now inclusive
  (order_date > date(now, '-7N days')).
* Quarters are calendar quarters (fiscal_year_start 1), labelled 'Q1'..'Q4';
  months are labelled 'YYYY-MM' (or the month name when the question is about
  the month of the year); years are integers; weekdays are English names
  from strftime('%w') (0 = Sunday); Saturday and Sunday are the weekend.
* Days between two dates = julianday(later) - julianday(earlier); shipping
  times use orders with a ship_date only.
* Growth = 100 * (current - previous) / previous; year-over-year and
  month-over-month series list only periods that have a previous period.
* Cohorts: signup cohort = year of customers.signup_date; first-order cohort =
  period of a customer's earliest order (any status).
* People are returned as one column "first last"; customers are grouped by
  customer_id (names are not unique), employees by employee_id.
* Percentages are on a 0-100 scale; nothing is rounded unless asked.
* Each query returns exactly the columns the question asks for: a label plus
  the measure for breakdowns and rankings, a single value for a single number,
  the item and its value for "which X has the most Y", just the item for
  "which X ..." lists with a condition, one column per asked figure otherwise.
* ORDER BY only where the question asks for an order (top/bottom N, ranked,
  sorted, trend, over time, month by month, running totals).
* Checks: every gold query returns at least one row and not only NULLs; the
  number of columns equals the declared one; a query ending in LIMIT n is
  re-run without the LIMIT and fails if the row at the cut-off ties with the
  next one on the sort key; no duplicate questions; the kind counts match.
"""
import argparse
import json
import os
import re
import sqlite3
import sys

NOW = "(SELECT MAX(order_date) FROM orders)"
REV = "SUM(oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)))"
COST = "SUM(oi.quantity * p.unit_cost)"
PROFIT = f"({REV} - {COST})"
MARGIN = f"100.0 * ({REV} - {COST}) / NULLIF({REV}, 0)"
AOV = f"{REV} / COUNT(DISTINCT o.order_id)"
UNITS = "SUM(oi.quantity)"
NC = "o.status <> 'cancelled'"
FROM_OI = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
FROM_OIP = FROM_OI + " JOIN products p ON p.product_id = oi.product_id"
QTR = "'Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
YEAR = "CAST(strftime('%Y', o.order_date) AS INTEGER)"
MONTH = "strftime('%Y-%m', o.order_date)"
WEEKDAY = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
           "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
           "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
MONTHNAME = ("CASE strftime('%m', o.order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February' "
             "WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' "
             "WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' "
             "WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END")
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"
THIS_YEAR = f"CAST(strftime('%Y', {NOW}) AS INTEGER)"
# per-order revenue of non-cancelled orders
ORDER_VALUE = f"SELECT o.order_id, {REV} AS value {FROM_OI} WHERE {NC} GROUP BY o.order_id"

# (kind, question, gold SQL, number of columns)
Q = []


def q(kind, question, sql, ncol):
    Q.append((kind, question, " ".join(sql.split()), ncol))


# ---------------------------------------------------------------- time (45)
q("time", "What was our revenue in Q3 2023?",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC} AND o.order_date >= '2023-07-01' AND o.order_date < '2023-10-01'", 1)
q("time", "quarterly revnue for 2024",
  f"SELECT {QTR} AS quarter, {REV} AS revenue {FROM_OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY quarter", 2)
q("time", "How many orders did we get in March 2022?",
  "SELECT COUNT(*) AS orders FROM orders WHERE order_date >= '2022-03-01' AND order_date < '2022-04-01'", 1)
q("time", "units sold in feb 2024",
  f"SELECT {UNITS} AS units_sold {FROM_OI} WHERE {NC} AND o.order_date >= '2024-02-01' AND o.order_date < '2024-03-01'", 1)
q("time", "Which day of the week brings in the most revenue?",
  f"SELECT {WEEKDAY} AS weekday, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY weekday ORDER BY revenue DESC LIMIT 1", 2)
q("time", "number of orders per weekday",
  f"SELECT {WEEKDAY} AS weekday, COUNT(*) AS orders FROM orders o GROUP BY weekday", 2)
q("time", "revenue in the last 3 months",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-2 months')", 1)
q("time", "How many orders came in over the last 6 weeks?",
  f"SELECT COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-42 days')", 1)
q("time", "Revenue this year vs last year, and the growth in %",
  f"""WITH y AS (SELECT {YEAR} AS yr, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY yr)
  SELECT t.revenue AS this_year, l.revenue AS last_year, 100.0 * (t.revenue - l.revenue) / l.revenue AS growth_pct
  FROM y t JOIN y l ON l.yr = t.yr - 1 WHERE t.yr = {THIS_YEAR}""", 3)
q("time", "year over year revenue growth over time",
  f"""WITH y AS (SELECT {YEAR} AS yr, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY yr),
  g AS (SELECT yr, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY yr)) / LAG(revenue) OVER (ORDER BY yr) AS growth_pct FROM y)
  SELECT yr AS year, growth_pct FROM g WHERE growth_pct IS NOT NULL ORDER BY year""", 2)
q("time", "Show me month-over-month revenue growth for 2024, month by month",
  f"""WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY month),
  g AS (SELECT month, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY month)) / LAG(revenue) OVER (ORDER BY month) AS growth_pct FROM m)
  SELECT month, growth_pct FROM g WHERE month LIKE '2024-%' ORDER BY month""", 2)
q("time", "On average how many days does it take from order to shipment?",
  "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days FROM orders WHERE ship_date IS NOT NULL", 1)
q("time", "avg days to ship by sales channel in 2024",
  f"""SELECT o.channel, AVG(julianday(o.ship_date) - julianday(o.order_date)) AS avg_days FROM orders o
  WHERE o.ship_date IS NOT NULL AND strftime('%Y', o.order_date) = '2024' GROUP BY o.channel""", 2)
q("time", "Monthly order count in 2023, month by month",
  f"SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o WHERE strftime('%Y', o.order_date) = '2023' GROUP BY month ORDER BY month", 2)
q("time", "YTD revenue?",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW}", 1)
q("time", "How does year-to-date revenue compare with the same period last year? give both numbers",
  f"""SELECT SUM(CASE WHEN o.order_date >= date({NOW}, 'start of year') AND o.order_date <= {NOW}
      THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS ytd_revenue,
    SUM(CASE WHEN o.order_date >= date({NOW}, 'start of year', '-1 year') AND o.order_date <= date({NOW}, '-1 year')
      THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) END) AS last_year_same_period
  {FROM_OI} WHERE {NC}""", 2)
q("time", "how many new customers signed up each year",
  "SELECT CAST(strftime('%Y', signup_date) AS INTEGER) AS signup_year, COUNT(*) AS customers FROM customers GROUP BY signup_year", 2)
q("time", "Total revenue generated so far by the customers who signed up in 2023",
  f"SELECT {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND strftime('%Y', c.signup_date) = '2023'", 1)
q("time", "For each signup year cohort, how many of those customers have placed at least one order?",
  """SELECT CAST(strftime('%Y', c.signup_date) AS INTEGER) AS signup_year, COUNT(*) AS customers_with_orders
  FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) GROUP BY signup_year""", 2)
q("time", "revenue by customer signup cohort (year they joined)",
  f"""SELECT CAST(strftime('%Y', c.signup_date) AS INTEGER) AS signup_year, {REV} AS revenue
  {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY signup_year""", 2)
q("time", "How many customers placed their very first order in 2024?",
  "SELECT COUNT(*) AS customers FROM (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) WHERE strftime('%Y', first_order) = '2024'", 1)
q("time", "new customer cohorts in 2022: number of customers by month of first order, month by month",
  """SELECT strftime('%Y-%m', first_order) AS month, COUNT(*) AS customers
  FROM (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id)
  WHERE strftime('%Y', first_order) = '2022' GROUP BY month ORDER BY month""", 2)
q("time", "What was our busiest month ever in terms of number of orders?",
  f"SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o GROUP BY month ORDER BY orders DESC LIMIT 1", 2)
q("time", "how much have we sold this month",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month') AND o.order_date <= {NOW}", 1)
q("time", "Number of orders last month",
  f"SELECT COUNT(*) AS orders FROM orders WHERE order_date >= date({NOW}, 'start of month', '-1 month') AND order_date < date({NOW}, 'start of month')", 1)
q("time", "What was revenue in the first half of 2023?",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2023-07-01'", 1)
q("time", "Which quarter of 2022 had the highest profit?",
  f"SELECT {QTR} AS quarter, {PROFIT} AS profit {FROM_OIP} WHERE {NC} AND strftime('%Y', o.order_date) = '2022' GROUP BY quarter ORDER BY profit DESC LIMIT 1", 2)
q("time", "weekend vs weekday revenue",
  f"""SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS day_type, {REV} AS revenue
  {FROM_OI} WHERE {NC} GROUP BY day_type""", 2)
q("time", "How many orders took more than 3 days to ship?",
  "SELECT COUNT(*) AS orders FROM orders WHERE ship_date IS NOT NULL AND julianday(ship_date) - julianday(order_date) > 3", 1)
q("time", "average number of days between a customer signing up and their first order",
  """SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days
  FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f ON f.customer_id = c.customer_id""", 1)
q("time", "orders per yr",
  f"SELECT {YEAR} AS year, COUNT(*) AS orders FROM orders o GROUP BY year", 2)
q("time", "Revenue per month over the last 12 months, as a trend",
  f"SELECT {MONTH} AS month, {REV} AS revenue {FROM_OI} WHERE {NC} AND o.order_date >= date({NOW}, 'start of month', '-11 months') GROUP BY month ORDER BY month", 2)
q("time", "What share of this year's revenue came in Q4?",
  f"""SELECT 100.0 * SUM(CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) >= 10 THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)
  / {REV} AS q4_share_pct {FROM_OI} WHERE {NC} AND {YEAR} = {THIS_YEAR}""", 1)
q("time", "By how many percent did the number of orders grow in 2024 compared to 2023?",
  """SELECT 100.0 * (SUM(strftime('%Y', order_date) = '2024') - SUM(strftime('%Y', order_date) = '2023'))
  / SUM(strftime('%Y', order_date) = '2023') AS growth_pct FROM orders""", 1)
q("time", "month over month change in order count from November to December 2024, in percent",
  """SELECT 100.0 * (SUM(strftime('%Y-%m', order_date) = '2024-12') - SUM(strftime('%Y-%m', order_date) = '2024-11'))
  / SUM(strftime('%Y-%m', order_date) = '2024-11') AS change_pct FROM orders""", 1)
q("time", "units sold in the last 30 days",
  f"SELECT {UNITS} AS units_sold {FROM_OI} WHERE {NC} AND o.order_date > date({NOW}, '-30 days')", 1)
q("time", "last year's revenue broken down by quarter",
  f"SELECT {QTR} AS quarter, {REV} AS revenue {FROM_OI} WHERE {NC} AND {YEAR} = {THIS_YEAR} - 1 GROUP BY quarter", 2)
q("time", "Across all years, which calendar month has the highest total revenue?",
  f"SELECT {MONTHNAME} AS month, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 1", 2)
q("time", "Electronics revenue by year",
  f"""SELECT {YEAR} AS year, {REV} AS revenue {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id
  WHERE {NC} AND cat.name = 'Electronics' GROUP BY year""", 2)
q("time", "average order value per year",
  f"SELECT {YEAR} AS year, {AOV} AS average_order_value {FROM_OI} WHERE {NC} GROUP BY year", 2)
q("time", "AOV in Q4 2024 vs Q4 2023",
  f"""SELECT (SELECT {AOV} {FROM_OI} WHERE {NC} AND o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01') AS aov_q4_2024,
  (SELECT {AOV} {FROM_OI} WHERE {NC} AND o.order_date >= '2023-10-01' AND o.order_date < '2024-01-01') AS aov_q4_2023""", 2)
q("time", "how many orders were placed on sundays in 2023",
  "SELECT COUNT(*) AS orders FROM orders WHERE strftime('%w', order_date) = '0' AND strftime('%Y', order_date) = '2023'", 1)
q("time", "What were sales on the most recent day we have data for?",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC} AND o.order_date = {NOW}", 1)
q("time", "what was the average monthly revenue in 2023",
  f"SELECT AVG(revenue) AS avg_monthly_revenue FROM (SELECT {MONTH} AS month, {REV} AS revenue {FROM_OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY month)", 1)
q("time", "orders in the last 2 weeks by channel",
  f"SELECT channel, COUNT(*) AS orders FROM orders WHERE order_date > date({NOW}, '-14 days') GROUP BY channel", 2)

# ---------------------------------------------------------------- measures (35)
q("measures", "total revenue",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC}", 1)
q("measures", "How many units have we sold in total, all time?",
  f"SELECT {UNITS} AS units_sold {FROM_OI} WHERE {NC}", 1)
q("measures", "Can you tell me what our average order value is across all orders we have ever taken?",
  f"SELECT {AOV} AS average_order_value {FROM_OI} WHERE {NC}", 1)
q("measures", "gross profit for 2023",
  f"SELECT {PROFIT} AS profit {FROM_OIP} WHERE {NC} AND strftime('%Y', o.order_date) = '2023'", 1)
q("measures", "What's our overall profit margin?",
  f"SELECT {MARGIN} AS margin_pct {FROM_OIP} WHERE {NC}", 1)
q("measures", "I need the margin % for every product category for the board deck",
  f"SELECT cat.name AS category, {MARGIN} AS margin_pct {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id", 2)
q("measures", "Each region's share of total revenue, in percent",
  f"""SELECT r.name AS region, 100.0 * {REV} / SUM({REV}) OVER () AS revenue_share_pct
  {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id""", 2)
q("measures", "What percentage of orders were returned?",
  "SELECT 100.0 * SUM(status = 'returned') / COUNT(*) AS returned_pct FROM orders", 1)
q("measures", "cancellation rate?",
  "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) AS cancelled_pct FROM orders", 1)
q("measures", "how much did shipping cost us in 2024, all orders together?",
  "SELECT SUM(shipping_cost) AS shipping_cost FROM orders WHERE strftime('%Y', order_date) = '2024'", 1)
q("measures", "average shipping cost per order",
  "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders", 1)
q("measures", "What share of revenue comes from the online channel?",
  f"SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} AS online_share_pct {FROM_OI} WHERE {NC}", 1)
q("measures", "How much money did we give away in discounts in 2024 (not counting cancelled orders)?",
  f"SELECT SUM(oi.quantity * oi.unit_price * COALESCE(oi.discount, 0)) AS discount_amount {FROM_OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2024'", 1)
q("measures", "revenue from loyalty members vs non members",
  f"""SELECT CASE WHEN c.loyalty_member = 1 THEN 'member' ELSE 'non-member' END AS loyalty, {REV} AS revenue
  {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY loyalty""", 2)
q("measures", "On average, how many units are in a non-cancelled order?",
  f"SELECT 1.0 * {UNITS} / COUNT(DISTINCT o.order_id) AS avg_units_per_order {FROM_OI} WHERE {NC}", 1)
q("measures", "profit by region",
  f"""SELECT r.name AS region, {PROFIT} AS profit {FROM_OIP} JOIN customers c ON c.customer_id = o.customer_id
  JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id""", 2)
q("measures", "How much revenue do Corporate customers bring in?",
  f"SELECT {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.segment = 'Corporate'", 1)
q("measures", "Average spend per customer, counting only customers with at least one non-cancelled order",
  f"SELECT {REV} / COUNT(DISTINCT o.customer_id) AS avg_revenue_per_customer {FROM_OI} WHERE {NC}", 1)
q("measures", "How much revenue have the discontinued products made?",
  f"SELECT {REV} AS revenue {FROM_OIP} WHERE {NC} AND p.discontinued = 1", 1)
q("measures", "profit margin for furniture",
  f"SELECT {MARGIN} AS margin_pct {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} AND cat.name = 'Furniture'", 1)
q("measures", "What percent of orders are still pending?",
  "SELECT 100.0 * SUM(status = 'pending') / COUNT(*) AS pending_pct FROM orders", 1)
q("measures", "what % of our customers are in the loyalty program",
  "SELECT 100.0 * SUM(loyalty_member = 1) / COUNT(*) AS loyalty_pct FROM customers", 1)
q("measures", "Percentage of orders placed by phone",
  "SELECT 100.0 * SUM(channel = 'phone') / COUNT(*) AS phone_pct FROM orders", 1)
q("measures", "How much revenue was booked by the reps who report to Javier Fernandez?",
  f"""SELECT {REV} AS revenue {FROM_OI} JOIN employees e ON e.employee_id = o.employee_id
  JOIN employees m ON m.employee_id = e.manager_id WHERE {NC} AND m.first_name = 'Javier' AND m.last_name = 'Fernandez'""", 1)
q("measures", "revenue by job title of the sales rep",
  f"SELECT e.title, {REV} AS revenue {FROM_OI} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.title", 2)
q("measures", "Average salary by job title",
  "SELECT title, AVG(salary) AS avg_salary FROM employees GROUP BY title", 2)
q("measures", "What's our total payroll across all employees?",
  "SELECT SUM(salary) AS total_salary FROM employees", 1)
q("measures", "average order value online vs in store vs phone",
  f"SELECT o.channel, {AOV} AS average_order_value {FROM_OI} WHERE {NC} GROUP BY o.channel", 2)
q("measures", "How much profit did the Books category make in 2024?",
  f"""SELECT {PROFIT} AS profit {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id
  WHERE {NC} AND cat.name = 'Books' AND strftime('%Y', o.order_date) = '2024'""", 1)
q("measures", "gross profit per unit sold, overall",
  f"SELECT {PROFIT} / {UNITS} AS profit_per_unit {FROM_OIP} WHERE {NC}", 1)
q("measures", "What share of revenue comes from discounted line items?",
  f"SELECT 100.0 * SUM(CASE WHEN COALESCE(oi.discount, 0) > 0 THEN oi.quantity * oi.unit_price * (1 - oi.discount) ELSE 0 END) / {REV} AS discounted_share_pct {FROM_OI} WHERE {NC}", 1)
q("measures", "revenue from customers in germany",
  f"SELECT {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND c.country = 'Germany'", 1)
q("measures", "How many Electronics units did we sell in 2023?",
  f"""SELECT {UNITS} AS units_sold {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id
  WHERE {NC} AND cat.name = 'Electronics' AND strftime('%Y', o.order_date) = '2023'""", 1)
q("measures", "each category's share of total units sold (%)",
  f"""SELECT cat.name AS category, 100.0 * {UNITS} / SUM({UNITS}) OVER () AS units_share_pct
  {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id""", 2)
q("measures", "How much revenue came from orders that were later returned?",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE o.status = 'returned'", 1)

# ---------------------------------------------------------------- tricky (25)
q("tricky", "Which products have revenue above the average product revenue? show their revenue",
  f"""WITH pr AS (SELECT p.product_id, p.name, {REV} AS revenue {FROM_OIP} WHERE {NC} GROUP BY p.product_id)
  SELECT name AS product, revenue FROM pr WHERE revenue > (SELECT AVG(revenue) FROM pr)""", 2)
q("tricky", "How many customers ordered in both 2023 and 2024?",
  """SELECT COUNT(*) AS customers FROM customers c
  WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2023')
    AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2024')""", 1)
q("tricky", "how many custmers bought from us in 2023 but not in 2024",
  """SELECT COUNT(*) AS customers FROM customers c
  WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2023')
    AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND strftime('%Y', o.order_date) = '2024')""", 1)
q("tricky", "How many customers have never placed an order?",
  "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)", 1)
q("tricky", "how many products have never been sold",
  "SELECT COUNT(*) AS products FROM products p WHERE NOT EXISTS (SELECT 1 FROM order_items oi WHERE oi.product_id = p.product_id)", 1)
q("tricky", "Which employees have never handled a single order?",
  f"SELECT {ENAME} AS employee FROM employees e WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id)", 1)
q("tricky", "ratio of online revenue to store revenue",
  f"""SELECT SUM(CASE WHEN o.channel = 'online' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)
  / SUM(CASE WHEN o.channel = 'store' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) AS online_to_store_ratio
  {FROM_OI} WHERE {NC}""", 1)
q("tricky", "running total of revenue by month for 2024",
  f"""SELECT month, SUM(revenue) OVER (ORDER BY month) AS running_revenue
  FROM (SELECT {MONTH} AS month, {REV} AS revenue {FROM_OI} WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY month) ORDER BY month""", 2)
q("tricky", "Which categories have a better margin than the company overall? with their margin",
  f"""SELECT cat.name AS category, {MARGIN} AS margin_pct {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id
  WHERE {NC} GROUP BY cat.category_id
  HAVING {MARGIN} > (SELECT {MARGIN} {FROM_OIP} WHERE {NC})""", 2)
q("tricky", "How many employees earn more than their own manager?",
  "SELECT COUNT(*) AS employees FROM employees e JOIN employees m ON m.employee_id = e.manager_id WHERE e.salary > m.salary", 1)
q("tricky", "How many customers have spent more than 3 times the average customer's spend?",
  f"""WITH cr AS (SELECT o.customer_id, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY o.customer_id)
  SELECT COUNT(*) AS customers FROM cr WHERE revenue > 3 * (SELECT AVG(revenue) FROM cr)""", 1)
q("tricky", "How many orders were handled by a sales rep based in a different region from the customer?",
  """SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id
  JOIN employees e ON e.employee_id = o.employee_id WHERE e.region_id <> c.region_id""", 1)
q("tricky", "what was the total value of the cancelled orders?",
  f"SELECT {REV} AS cancelled_value {FROM_OI} WHERE o.status = 'cancelled'", 1)
q("tricky", "revenue from orders with no sales rep assigned",
  f"SELECT {REV} AS revenue {FROM_OI} WHERE {NC} AND o.employee_id IS NULL", 1)
q("tricky", "how many customers have bought both Electronics and Furniture",
  f"""SELECT COUNT(*) AS customers FROM customers c WHERE
  EXISTS (SELECT 1 {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE o.customer_id = c.customer_id AND cat.name = 'Electronics')
  AND EXISTS (SELECT 1 {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE o.customer_id = c.customer_id AND cat.name = 'Furniture')""", 1)
q("tricky", "How many products are priced above the average price of their own category?",
  "SELECT COUNT(*) AS products FROM products p WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)", 1)
q("tricky", "In 2024, which months had higher revenue than the month before?",
  f"""WITH m AS (SELECT {MONTH} AS month, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY month),
  g AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev FROM m)
  SELECT month FROM g WHERE month LIKE '2024-%' AND revenue > prev""", 1)
q("tricky", "Which sales reps sold more in 2024 than in 2023?",
  f"""SELECT {ENAME} AS employee {FROM_OI} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC}
  GROUP BY e.employee_id
  HAVING SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)
       > SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END)""", 1)
q("tricky", "What % of customers who ordered came back and ordered more than once?",
  "SELECT 100.0 * SUM(n > 1) / COUNT(*) AS repeat_pct FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id)", 1)
q("tricky", "What share of total revenue comes from our top 10 customers?",
  f"""WITH cr AS (SELECT o.customer_id, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY o.customer_id)
  SELECT 100.0 * (SELECT SUM(revenue) FROM (SELECT revenue FROM cr ORDER BY revenue DESC LIMIT 10)) / (SELECT SUM(revenue) FROM cr) AS top10_share_pct""", 1)
q("tricky", "How many orders did customers from Sweden place in 2020?",
  "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE c.country = 'Sweden' AND strftime('%Y', o.order_date) = '2020'", 1)
q("tricky", "Gap in 2024 revenue between the best and the worst region",
  f"""SELECT MAX(revenue) - MIN(revenue) AS revenue_gap FROM (SELECT c.region_id, {REV} AS revenue
  {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY c.region_id)""", 1)
q("tricky", "what's the median order value",
  f"""WITH v AS ({ORDER_VALUE}), s AS (SELECT value, ROW_NUMBER() OVER (ORDER BY value) AS rn, COUNT(*) OVER () AS n FROM v)
  SELECT AVG(value) AS median_order_value FROM s WHERE rn IN ((n + 1) / 2, (n + 2) / 2)""", 1)
q("tricky", "Which sales reps beat the average revenue per rep in 2024? list them",
  f"""WITH er AS (SELECT o.employee_id, {REV} AS revenue {FROM_OI} WHERE {NC} AND o.employee_id IS NOT NULL AND strftime('%Y', o.order_date) = '2024' GROUP BY o.employee_id)
  SELECT {ENAME} AS employee FROM er JOIN employees e ON e.employee_id = er.employee_id WHERE er.revenue > (SELECT AVG(revenue) FROM er)""", 1)
q("tricky", "What share of revenue comes from repeat customers (more than one order)?",
  f"""SELECT 100.0 * SUM(CASE WHEN o.customer_id IN (SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) > 1)
    THEN oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0)) ELSE 0 END) / {REV} AS repeat_share_pct {FROM_OI} WHERE {NC}""", 1)

# ---------------------------------------------------------------- filters (15)
q("filters", "How many orders were over $1,500?",
  f"SELECT COUNT(*) AS orders FROM ({ORDER_VALUE}) WHERE value > 1500", 1)
q("filters", "how many products cost between $50 and $100",
  "SELECT COUNT(*) AS products FROM products WHERE unit_price BETWEEN 50 AND 100", 1)
q("filters", "number of customers in Canada or Mexico",
  "SELECT COUNT(*) AS customers FROM customers WHERE country IN ('Canada', 'Mexico')", 1)
q("filters", "How many line items had a discount of 20% or more?",
  "SELECT COUNT(*) AS line_items FROM order_items WHERE discount >= 0.2", 1)
q("filters", "orders with shipping cost above $10 - how many?",
  "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10", 1)
q("filters", "total revenue from orders over 2k",
  f"SELECT SUM(value) AS revenue FROM ({ORDER_VALUE}) WHERE value > 2000", 1)
q("filters", "Which employees make more than 90k a year?",
  f"SELECT {ENAME} AS employee FROM employees e WHERE e.salary > 90000", 1)
q("filters", "which products are under $10",
  "SELECT name AS product FROM products WHERE unit_price < 10", 1)
q("filters", "delivered store orders in 2024, how many?",
  "SELECT COUNT(*) AS orders FROM orders WHERE status = 'delivered' AND channel = 'store' AND strftime('%Y', order_date) = '2024'", 1)
q("filters", "How many Corporate customers do we have in Europe?",
  "SELECT COUNT(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id WHERE c.segment = 'Corporate' AND r.name = 'Europe'", 1)
q("filters", "revenue from Small Business customers in Asia Pacific",
  f"""SELECT {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
  WHERE {NC} AND c.segment = 'Small Business' AND r.name = 'Asia Pacific'""", 1)
q("filters", "number of orders between $500 and $1,000",
  f"SELECT COUNT(*) AS orders FROM ({ORDER_VALUE}) WHERE value BETWEEN 500 AND 1000", 1)
q("filters", "How many order lines have a quantity of 10 or more?",
  "SELECT COUNT(*) AS line_items FROM order_items WHERE quantity >= 10", 1)
q("filters", "how many customers signed up between June 2022 and March 2023",
  "SELECT COUNT(*) AS customers FROM customers WHERE signup_date >= '2022-06-01' AND signup_date < '2023-04-01'", 1)
q("filters", "how many orders are pending from north america?",
  "SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE o.status = 'pending' AND r.name = 'North America'", 1)

# ---------------------------------------------------------------- topn (15)
q("topn", "Top 5 customers by revenue",
  f"SELECT {CNAME} AS customer, {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5", 2)
q("topn", "top 10 products by units sold",
  f"SELECT p.name AS product, {UNITS} AS units_sold {FROM_OIP} WHERE {NC} GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10", 2)
q("topn", "What were the 3 weakest categories by revenue in 2024?",
  f"""SELECT cat.name AS category, {REV} AS revenue {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id
  WHERE {NC} AND strftime('%Y', o.order_date) = '2024' GROUP BY cat.category_id ORDER BY revenue ASC LIMIT 3""", 2)
q("topn", "best 5 sales reps by revenue in 2023",
  f"""SELECT {ENAME} AS employee, {REV} AS revenue {FROM_OI} JOIN employees e ON e.employee_id = o.employee_id
  WHERE {NC} AND strftime('%Y', o.order_date) = '2023' GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5""", 2)
q("topn", "top 3 countries by number of customers",
  "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC LIMIT 3", 2)
q("topn", "which 5 citys generate the most revenue?",
  f"SELECT c.city, {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.city ORDER BY revenue DESC LIMIT 5", 2)
q("topn", "5 most profitable products",
  f"SELECT p.name AS product, {PROFIT} AS profit {FROM_OIP} WHERE {NC} GROUP BY p.product_id ORDER BY profit DESC LIMIT 5", 2)
q("topn", "bottom 5 products by margin %",
  f"SELECT p.name AS product, {MARGIN} AS margin_pct {FROM_OIP} WHERE {NC} GROUP BY p.product_id ORDER BY margin_pct ASC LIMIT 5", 2)
q("topn", "our 3 best months ever for revenue",
  f"SELECT {MONTH} AS month, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY month ORDER BY revenue DESC LIMIT 3", 2)
q("topn", "Top 3 customers by number of orders",
  f"SELECT {CNAME} AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id ORDER BY orders DESC LIMIT 3", 2)
q("topn", "top 5 products by revenue in Europe",
  f"""SELECT p.name AS product, {REV} AS revenue {FROM_OIP} JOIN customers c ON c.customer_id = o.customer_id
  JOIN regions r ON r.region_id = c.region_id WHERE {NC} AND r.name = 'Europe' GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5""", 2)
q("topn", "Which 3 reps handled the most orders in 2024?",
  f"""SELECT {ENAME} AS employee, COUNT(*) AS orders FROM orders o JOIN employees e ON e.employee_id = o.employee_id
  WHERE strftime('%Y', o.order_date) = '2024' GROUP BY e.employee_id ORDER BY orders DESC LIMIT 3""", 2)
q("topn", "top 5 customers by average order value",
  f"SELECT {CNAME} AS customer, {AOV} AS average_order_value {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.customer_id ORDER BY average_order_value DESC LIMIT 5", 2)
q("topn", "the 4 highest paid employees",
  f"SELECT {ENAME} AS employee, e.salary FROM employees e WHERE e.salary IS NOT NULL ORDER BY e.salary DESC LIMIT 4", 2)
q("topn", "Top 3 product categories ranked by profit margin",
  f"SELECT cat.name AS category, {MARGIN} AS margin_pct {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id ORDER BY margin_pct DESC LIMIT 3", 2)

# ---------------------------------------------------------------- breakdowns (13)
q("breakdowns", "revenue by region",
  f"SELECT r.name AS region, {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id", 2)
q("breakdowns", "How many orders are there in each status?",
  "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status", 2)
q("breakdowns", "sales by channel",
  f"SELECT o.channel, {REV} AS revenue {FROM_OI} WHERE {NC} GROUP BY o.channel", 2)
q("breakdowns", "customer count per segment",
  "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment", 2)
q("breakdowns", "units sold by category",
  f"SELECT cat.name AS category, {UNITS} AS units_sold {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id", 2)
q("breakdowns", "Revenue split by customer segment and sales channel",
  f"SELECT c.segment, o.channel, {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id WHERE {NC} GROUP BY c.segment, o.channel", 3)
q("breakdowns", "headcount per region (employees)",
  "SELECT r.name AS region, COUNT(*) AS employees FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id", 2)
q("breakdowns", "avg order value by regoin",
  f"SELECT r.name AS region, {AOV} AS average_order_value {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id", 2)
q("breakdowns", "proft by category",
  f"SELECT cat.name AS category, {PROFIT} AS profit {FROM_OIP} JOIN categories cat ON cat.category_id = p.category_id WHERE {NC} GROUP BY cat.category_id", 2)
q("breakdowns", "number of orders per channel in 2024",
  "SELECT channel, COUNT(*) AS orders FROM orders WHERE strftime('%Y', order_date) = '2024' GROUP BY channel", 2)
q("breakdowns", "Revenue by country for Latin America",
  f"""SELECT c.country, {REV} AS revenue {FROM_OI} JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
  WHERE {NC} AND r.name = 'Latin America' GROUP BY c.country""", 2)
q("breakdowns", "how many products in each category",
  "SELECT cat.name AS category, COUNT(*) AS products FROM products p JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id", 2)
q("breakdowns", "avg shipping cost per order by channel",
  "SELECT channel, AVG(shipping_cost) AS avg_shipping_cost FROM orders GROUP BY channel", 2)

# ---------------------------------------------------------------- simple (12)
q("simple", "How many customers are there?",
  "SELECT COUNT(*) AS customers FROM customers", 1)
q("simple", "how many products do we have",
  "SELECT COUNT(*) AS products FROM products", 1)
q("simple", "total number of orders",
  "SELECT COUNT(*) AS orders FROM orders", 1)
q("simple", "How many employees do we have?",
  "SELECT COUNT(*) AS employees FROM employees", 1)
q("simple", "list all regions",
  "SELECT name AS region FROM regions", 1)
q("simple", "What product categories do we have?",
  "SELECT name AS category FROM categories", 1)
q("simple", "How many orders were cancelled?",
  "SELECT COUNT(*) AS orders FROM orders WHERE status = 'cancelled'", 1)
q("simple", "whats the most expensive product",
  "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 1", 2)
q("simple", "How many loyalty members do we have?",
  "SELECT COUNT(*) AS customers FROM customers WHERE loyalty_member = 1", 1)
q("simple", "how many countries do our customers come from",
  "SELECT COUNT(DISTINCT country) AS countries FROM customers", 1)
q("simple", "When was the first order placed?",
  "SELECT MIN(order_date) AS first_order_date FROM orders", 1)
q("simple", "Who is our VP of Sales?",
  f"SELECT {ENAME} AS employee FROM employees e WHERE e.title = 'VP of Sales'", 1)

EXPECTED = {"time": 45, "measures": 35, "tricky": 25, "filters": 15, "topn": 15,
            "breakdowns": 13, "simple": 12}

LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.I)
ORDER_RE = re.compile(r"ORDER\s+BY\s+(.+?)\s*$", re.I)


def sort_key_index(sql, cols):
    """Column index of the first ORDER BY key of the outer query."""
    body = LIMIT_RE.sub("", sql)
    m = ORDER_RE.search(body)
    if not m:
        return None
    key = m.group(1).split(",")[0].split()[0].strip()
    names = [c.lower() for c in cols]
    if key.lower() in names:
        return names.index(key.lower())
    # e.salary -> salary
    short = key.split(".")[-1].lower()
    if short in names:
        return names.index(short)
    return None


def check(con, i, kind, question, sql, ncol):
    errs = []
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        cols = [d[0] for d in cur.description]
    except sqlite3.Error as e:
        return [f"#{i} SQL error: {e}"]
    if not rows:
        errs.append(f"#{i} no rows")
    elif all(v is None for r in rows for v in r):
        errs.append(f"#{i} only NULLs")
    if len(cols) != ncol:
        errs.append(f"#{i} {len(cols)} columns, expected {ncol}")
    m = LIMIT_RE.search(sql)
    if m:
        n = int(m.group(1))
        if "ORDER BY" not in sql.upper():
            errs.append(f"#{i} LIMIT without ORDER BY")
        full = con.execute(LIMIT_RE.sub("", sql)).fetchall()
        k = sort_key_index(sql, cols)
        if k is None:
            errs.append(f"#{i} cannot find the sort key")
        elif len(full) > n and full[n - 1][k] == full[n][k]:
            errs.append(f"#{i} tie at the cut-off LIMIT {n}: {full[n - 1]} / {full[n]}")
    if kind == "topn" and not m:
        errs.append(f"#{i} topn without LIMIT")
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    errs = []
    seen = set()
    counts = {}
    for i, (kind, question, sql, ncol) in enumerate(Q):
        key = " ".join(question.lower().split())
        if key in seen:
            errs.append(f"#{i} duplicate question: {question}")
        seen.add(key)
        counts[kind] = counts.get(kind, 0) + 1
        errs += check(con, i, kind, question, sql, ncol)
    if counts != EXPECTED:
        errs.append(f"kind counts {counts} != {EXPECTED}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"FAILED: {len(errs)} problem(s); nothing written", file=sys.stderr)
        return 1
    here = os.path.dirname(os.path.abspath(__file__))
    out = [{"question": qq, "db_id": "demo", "query": s} for _, qq, s, _ in Q]
    kinds = {str(i): k for i, (k, _, _, _) in enumerate(Q)}
    with open(os.path.join(here, "demo_v9.json"), "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    with open(os.path.join(here, "demo_v9_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=2)
        f.write("\n")
    print(f"OK: {len(Q)} questions written; " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
