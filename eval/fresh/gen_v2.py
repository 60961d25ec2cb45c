#!/usr/bin/env python3
"""demo_v2: question set over genbi's demo sales database, written blind (README.md, schema and
data only). Holds every item, re-runs every gold query against the demo database and writes
demo_v2.json and demo_v2_kinds.json only if every query runs and returns a non-empty answer and
every top-N cut-off check passes (no tie at the cut-off).

    python3 eval/fresh/gen_v2.py [--db /tmp/blind1/demo/demo.sqlite] [-v]

Conventions (also in README.md):
  revenue      = SUM(quantity * unit_price * (1 - COALESCE(discount, 0))) over order_items, of orders
                 whose status is not 'cancelled' or 'returned' (delivered, shipped, pending count);
                 order_items.unit_price (the price paid) is used, not products.unit_price; shipping
                 cost is not revenue.
  cost         = quantity * products.unit_cost on the same lines; profit = revenue - cost;
                 margin % = profit / revenue * 100.
  units sold   = SUM(quantity) on the same (non-cancelled, non-returned) orders.
  orders       = a plain "how many orders" counts every order whatever its status, unless the
                 question names a status or speaks of sales/revenue.
  average order value = revenue / number of distinct revenue-counting orders.
  order value  = the order's net line total (same formula as revenue, any status).
  "now"        = the last order date in the data (2024-12-31); "last N months" = order_date after
                 date(max(order_date), '-N months'); "last N days" likewise; "this year" = 2024.
  customer / employee region: a customer's region is customers.region_id; an employee's sales are
                 the orders with orders.employee_id = that employee.
"""
import json, os, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = "/tmp/blind1/demo/demo.sqlite"

NET = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
OK = "o.status NOT IN ('cancelled', 'returned')"
REV = "SUM(%s)" % NET
J = "orders o JOIN order_items oi ON oi.order_id = o.order_id"
JP = J + " JOIN products p ON p.product_id = oi.product_id"
JPC = JP + " JOIN categories c ON c.category_id = p.category_id"
JC = J + " JOIN customers cu ON cu.customer_id = o.customer_id"
MAXD = "(SELECT MAX(order_date) FROM orders)"

def R(where="", extra=""):
    """revenue over the standard join with optional extra condition"""
    return "SELECT ROUND(%s, 2) FROM %s WHERE %s%s" % (REV, J, OK, (" AND " + where) if where else "")

# item: (kind, question, query) or (kind, question, query, tie) where tie = (query returning the
# ordering metric in order, N): the generator checks metric[N-1] != metric[N].
ITEMS = []
def add(kind, q, sql, tie=None):
    ITEMS.append((kind, q, sql, tie))

# ---------------------------------------------------------------- simple
add("simple", "How many customers are there?", "SELECT COUNT(*) FROM customers")
add("simple", "how many products are in the catalog", "SELECT COUNT(*) FROM products")
add("simple", "List all regions.", "SELECT name FROM regions")
add("simple", "How many employees do we have?", "SELECT COUNT(*) FROM employees")
add("simple", "What product categories do we have?", "SELECT name FROM categories")
add("simple", "Total number of orders ever placed?", "SELECT COUNT(*) FROM orders")
add("simple", "Which products are discontinued?", "SELECT name FROM products WHERE discontinued = 1")
add("simple", "How many customers are loyalty members?", "SELECT COUNT(*) FROM customers WHERE loyalty_member = 1")
add("simple", "Who is our VP of Sales?", "SELECT first_name, last_name FROM employees WHERE title = 'VP of Sales'")
add("simple", "what's the price of the Nimbus Lite Monitor?", "SELECT unit_price FROM products WHERE name = 'Nimbus Lite Monitor'")
add("simple", "How many corporate customers do we have?", "SELECT COUNT(*) FROM customers WHERE segment = 'Corporate'")
add("simple", "which sales channels do we use", "SELECT DISTINCT channel FROM orders")
add("simple", "How many orders are still pending?", "SELECT COUNT(*) FROM orders WHERE status = 'pending'")
add("simple", "What is the email address of Camille Evans?", "SELECT email FROM customers WHERE first_name = 'Camille' AND last_name = 'Evans'")

# ---------------------------------------------------------------- filters
add("filters", "Which products are priced over $500?", "SELECT name, unit_price FROM products WHERE unit_price > 500")
add("filters", "Show products priced between $100 and $200.", "SELECT name, unit_price FROM products WHERE unit_price BETWEEN 100 AND 200")
add("filters", "How many orders had a shipping cost above $10?", "SELECT COUNT(*) FROM orders WHERE shipping_cost > 10")
add("filters", "List German customers who are in the loyalty program.", "SELECT first_name, last_name FROM customers WHERE country = 'Germany' AND loyalty_member = 1")
add("filters", "How many delivered orders were worth more than $1,000?",
    "SELECT COUNT(*) FROM (SELECT o.order_id FROM %s WHERE o.status = 'delivered' GROUP BY o.order_id HAVING SUM(%s) > 1000)" % (J, NET))
add("filters", "who earns more than $100,000 here?", "SELECT first_name, last_name, salary FROM employees WHERE salary > 100000")
add("filters", "furniture items under $200", "SELECT p.name, p.unit_price FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Furniture' AND p.unit_price < 200")
add("filters", "How many phone orders came from customers in Europe?",
    "SELECT COUNT(*) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id WHERE o.channel = 'phone' AND r.name = 'Europe'")
add("filters", "Show me our customers in Toronto", "SELECT first_name, last_name FROM customers WHERE city = 'Toronto'")
add("filters", "How many order lines got a 30% discount?", "SELECT COUNT(*) FROM order_items WHERE discount = 0.3")
add("filters", "Which products make more than $100 per unit (price minus cost)?", "SELECT name, ROUND(unit_price - unit_cost, 2) FROM products WHERE unit_price - unit_cost > 100")
add("filters", "beauty products cheaper than $10", "SELECT p.name, p.unit_price FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Beauty' AND p.unit_price < 10")
add("filters", "How many Corporate customers are based in Japan?", "SELECT COUNT(*) FROM customers WHERE segment = 'Corporate' AND country = 'Japan'")
add("filters", "Which sales representatives were hired before 2017? I need their hire dates too", "SELECT first_name, last_name, hire_date FROM employees WHERE title = 'Sales Representative' AND hire_date < '2017-01-01'")
add("filters", "Number of delivered orders with shipping over $5", "SELECT COUNT(*) FROM orders WHERE status = 'delivered' AND shipping_cost > 5")
add("filters", "Which employees make between $60,000 and $80,000 a year?", "SELECT first_name, last_name, salary FROM employees WHERE salary BETWEEN 60000 AND 80000")
add("filters", "Electronics products over $200", "SELECT p.name, p.unit_price FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Electronics' AND p.unit_price > 200")
add("filters", "how many online orders were returned", "SELECT COUNT(*) FROM orders WHERE channel = 'online' AND status = 'returned'")
add("filters", "How many orders had more than 10 units in them?",
    "SELECT COUNT(*) FROM (SELECT order_id FROM order_items GROUP BY order_id HAVING SUM(quantity) > 10)")
add("filters", "How many customers have no phone number on file?", "SELECT COUNT(*) FROM customers WHERE phone IS NULL OR phone = ''")
add("filters", "Kitchen or Garden products priced above $100", "SELECT p.name, c.name, p.unit_price FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name IN ('Kitchen', 'Garden') AND p.unit_price > 100")
add("filters", "How many orders from Brazilian customers were cancelled?",
    "SELECT COUNT(*) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id WHERE cu.country = 'Brazil' AND o.status = 'cancelled'")
add("filters", "How many orders over $2,500 did we get in 2024? (not counting cancelled or returned)",
    "SELECT COUNT(*) FROM (SELECT o.order_id FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY o.order_id HAVING SUM(%s) > 2500)" % (J, OK, NET))
add("filters", "Which customers from Small Business segment are in Singapore?", "SELECT first_name, last_name, company FROM customers WHERE segment = 'Small Business' AND city = 'Singapore'")
add("filters", "products with a unit cost under 5 bucks", "SELECT name, unit_cost FROM products WHERE unit_cost < 5")
add("filters", "How many order lines were for 5 or more units of a single product?", "SELECT COUNT(*) FROM order_items WHERE quantity >= 5")
add("filters", "Show sports products that cost us between $50 and $100 to buy", "SELECT p.name, p.unit_cost FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Sports' AND p.unit_cost BETWEEN 50 AND 100")

# ---------------------------------------------------------------- time
add("time", "How many orders were placed in 2023?", "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("time", "What was our revenue in Q3 2024?", R("o.order_date BETWEEN '2024-07-01' AND '2024-09-30'"))
add("time", "revenue by quarter for 2023",
    "SELECT (CAST(strftime('%%m', o.order_date) AS INTEGER) + 2) / 3 AS quarter, ROUND(%s, 2) FROM %s WHERE %s AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY quarter" % (REV, J, OK))
add("time", "How many orders did we get in March 2022?", "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN '2022-03-01' AND '2022-03-31'")
add("time", "Total sales in December 2024?", R("o.order_date BETWEEN '2024-12-01' AND '2024-12-31'"))
add("time", "Which day of the week gets the most orders?",
    "SELECT CASE strftime('%w', order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, COUNT(*) AS n FROM orders GROUP BY weekday ORDER BY n DESC LIMIT 1",
    ("SELECT COUNT(*) AS n FROM orders GROUP BY strftime('%w', order_date) ORDER BY n DESC", 1))
add("time", "number of orders per weekday",
    "SELECT CASE strftime('%w', order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, COUNT(*) FROM orders GROUP BY strftime('%w', order_date) ORDER BY strftime('%w', order_date)")
add("time", "What was revenue over the last 3 months?", R("o.order_date > date(%s, '-3 months')" % MAXD))
add("time", "how many orders in the last 30 days", "SELECT COUNT(*) FROM orders WHERE order_date > date(%s, '-30 days')" % MAXD)
add("time", "Show monthly revenue for the last 6 months.",
    "SELECT strftime('%%Y-%%m', o.order_date) AS month, ROUND(%s, 2) FROM %s WHERE %s AND o.order_date > date(%s, '-6 months') GROUP BY month ORDER BY month" % (REV, J, OK, MAXD))
add("time", "What was the year-over-year revenue growth in 2024 compared to 2023, in percent?",
    "SELECT ROUND((r24 - r23) * 100.0 / r23, 2) FROM (SELECT SUM(CASE WHEN o.order_date LIKE '2024%%' THEN %s END) AS r24, SUM(CASE WHEN o.order_date LIKE '2023%%' THEN %s END) AS r23 FROM %s WHERE %s)" % (NET, NET, J, OK))
add("time", "revenue growth % for each year vs the year before",
    "WITH y AS (SELECT strftime('%%Y', o.order_date) AS yr, %s AS rev FROM %s WHERE %s GROUP BY yr) SELECT a.yr, ROUND(a.rev, 2), ROUND((a.rev - b.rev) * 100.0 / b.rev, 2) AS growth_pct FROM y a JOIN y b ON CAST(b.yr AS INTEGER) = CAST(a.yr AS INTEGER) - 1 ORDER BY a.yr" % (REV, J, OK))
add("time", "How much did revenue change from November to December 2024 (month over month, %)?",
    "SELECT ROUND((dec - nov) * 100.0 / nov, 2) FROM (SELECT SUM(CASE WHEN o.order_date LIKE '2024-12%%' THEN %s END) AS dec, SUM(CASE WHEN o.order_date LIKE '2024-11%%' THEN %s END) AS nov FROM %s WHERE %s)" % (NET, NET, J, OK))
add("time", "month over month revenue growth for every month of 2024",
    "WITH m AS (SELECT strftime('%%Y-%%m', o.order_date) AS month, %s AS rev FROM %s WHERE %s AND o.order_date BETWEEN '2023-12-01' AND '2024-12-31' GROUP BY month) SELECT a.month, ROUND(a.rev, 2), ROUND((a.rev - b.rev) * 100.0 / b.rev, 2) AS mom_pct FROM m a JOIN m b ON b.month = strftime('%%Y-%%m', date(a.month || '-01', '-1 month')) ORDER BY a.month" % (REV, J, OK))
add("time", "On average how many days does it take to ship an order?",
    "SELECT ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) FROM orders WHERE ship_date IS NOT NULL")
add("time", "Average days from order to shipping by channel",
    "SELECT channel, ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) FROM orders WHERE ship_date IS NOT NULL GROUP BY channel")
add("time", "How many days are there between our first and our last order?",
    "SELECT CAST(julianday(MAX(order_date)) - julianday(MIN(order_date)) AS INTEGER) FROM orders")
add("time", "how many custmers signed up in 2023?", "SELECT COUNT(*) FROM customers WHERE signup_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("time", "customer signups per year", "SELECT strftime('%Y', signup_date) AS yr, COUNT(*) FROM customers GROUP BY yr ORDER BY yr")
add("time", "How much revenue did customers who signed up in 2022 bring in during 2024?",
    R("o.order_date BETWEEN '2024-01-01' AND '2024-12-31' AND o.customer_id IN (SELECT customer_id FROM customers WHERE signup_date BETWEEN '2022-01-01' AND '2022-12-31')"))
add("time", "Cohorts: how many customers placed their first order in each year?",
    "SELECT first_year, COUNT(*) FROM (SELECT customer_id, strftime('%Y', MIN(order_date)) AS first_year FROM orders GROUP BY customer_id) GROUP BY first_year ORDER BY first_year")
add("time", "monthly revenue in 2023",
    "SELECT strftime('%%m', o.order_date) AS month, ROUND(%s, 2) FROM %s WHERE %s AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month" % (REV, J, OK))
add("time", "Which month of 2024 had the highest revenue?",
    "SELECT strftime('%%m', o.order_date) AS month, ROUND(%s, 2) AS rev FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY rev DESC LIMIT 1" % (REV, J, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY strftime('%%m', o.order_date) ORDER BY rev DESC" % (REV, J, OK), 1))
add("time", "Revenue on weekends vs weekdays",
    "SELECT CASE WHEN strftime('%%w', o.order_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' END AS part, ROUND(%s, 2) FROM %s WHERE %s GROUP BY part" % (REV, J, OK))
add("time", "How many orders were placed on Mondays in 2024?",
    "SELECT COUNT(*) FROM orders WHERE strftime('%w', order_date) = '1' AND order_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("time", "revenue for the first half of 2023", R("o.order_date BETWEEN '2023-01-01' AND '2023-06-30'"))
add("time", "What was Q4 revenue in each year?",
    "SELECT strftime('%%Y', o.order_date) AS yr, ROUND(%s, 2) FROM %s WHERE %s AND strftime('%%m', o.order_date) IN ('10', '11', '12') GROUP BY yr ORDER BY yr" % (REV, J, OK))
add("time", "How many orders shipped the same day they were placed?", "SELECT COUNT(*) FROM orders WHERE ship_date = order_date")
add("time", "How many orders took more than 3 days to ship?", "SELECT COUNT(*) FROM orders WHERE julianday(ship_date) - julianday(order_date) > 3")
add("time", "Who did we hire in 2024?", "SELECT first_name, last_name, title, hire_date FROM employees WHERE hire_date BETWEEN '2024-01-01' AND '2024-12-31'")
add("time", "which products were launched in 2023", "SELECT name, launch_date FROM products WHERE launch_date BETWEEN '2023-01-01' AND '2023-12-31'")
add("time", "orders per year", "SELECT strftime('%Y', order_date) AS yr, COUNT(*) FROM orders GROUP BY yr ORDER BY yr")
add("time", "What's the average order value each year?",
    "SELECT strftime('%%Y', o.order_date) AS yr, ROUND(%s / COUNT(DISTINCT o.order_id), 2) FROM %s WHERE %s GROUP BY yr ORDER BY yr" % (REV, J, OK))
add("time", "Compare revenue in Q1 2021 with Q1 2022",
    "SELECT ROUND(SUM(CASE WHEN o.order_date BETWEEN '2021-01-01' AND '2021-03-31' THEN %s END), 2) AS q1_2021, ROUND(SUM(CASE WHEN o.order_date BETWEEN '2022-01-01' AND '2022-03-31' THEN %s END), 2) AS q1_2022 FROM %s WHERE %s" % (NET, NET, J, OK))
add("time", "new customer signups by month in 2024",
    "SELECT strftime('%m', signup_date) AS month, COUNT(*) FROM customers WHERE signup_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "How many customers who ordered before have not ordered in the last 12 months?",
    "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING MAX(order_date) <= date(%s, '-12 months'))" % MAXD)
add("time", "sales between June 15 and July 15, 2023", R("o.order_date BETWEEN '2023-06-15' AND '2023-07-15'"))
add("time", "On average, how many days pass between a customer's signup and their first order?",
    "SELECT ROUND(AVG(julianday(f.first_order) - julianday(cu.signup_date)), 1) FROM customers cu JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f ON f.customer_id = cu.customer_id")
add("time", "Revenue in the last 12 months vs the 12 months before that",
    "SELECT ROUND(SUM(CASE WHEN o.order_date > date(%s, '-12 months') THEN %s END), 2) AS last_12m, ROUND(SUM(CASE WHEN o.order_date > date(%s, '-24 months') AND o.order_date <= date(%s, '-12 months') THEN %s END), 2) AS prior_12m FROM %s WHERE %s" % (MAXD, NET, MAXD, MAXD, NET, J, OK))
add("time", "units sold in August 2022", "SELECT SUM(oi.quantity) FROM %s WHERE %s AND o.order_date BETWEEN '2022-08-01' AND '2022-08-31'" % (J, OK))
add("time", "Which quarter had the highest revenue ever?",
    "SELECT strftime('%%Y', o.order_date) AS yr, (CAST(strftime('%%m', o.order_date) AS INTEGER) + 2) / 3 AS quarter, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY yr, quarter ORDER BY rev DESC LIMIT 1" % (REV, J, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY strftime('%%Y', o.order_date), (CAST(strftime('%%m', o.order_date) AS INTEGER) + 2) / 3 ORDER BY rev DESC" % (REV, J, OK), 1))
add("time", "How many orders did we receive on Christmas Day 2023?", "SELECT COUNT(*) FROM orders WHERE order_date = '2023-12-25'")
add("time", "how many orders were placed on fridays in december 2024", "SELECT COUNT(*) FROM orders WHERE strftime('%w', order_date) = '5' AND order_date BETWEEN '2024-12-01' AND '2024-12-31'")
add("time", "Returned orders per month in 2024",
    "SELECT strftime('%m', order_date) AS month, COUNT(*) FROM orders WHERE status = 'returned' AND order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
add("time", "By what percent did new customer signups grow in 2023 vs 2022?",
    "SELECT ROUND((SUM(signup_date LIKE '2023%') - SUM(signup_date LIKE '2022%')) * 100.0 / SUM(signup_date LIKE '2022%'), 2) FROM customers")
add("time", "How many orders were cancelled in the past 6 months?",
    "SELECT COUNT(*) FROM orders WHERE status = 'cancelled' AND order_date > date(%s, '-6 months')" % MAXD)
add("time", "When was the most recent order placed?", "SELECT MAX(order_date) FROM orders")
add("time", "Has shipping gotten faster? average days to ship in 2021 vs 2024",
    "SELECT strftime('%Y', order_date) AS yr, ROUND(AVG(julianday(ship_date) - julianday(order_date)), 2) FROM orders WHERE ship_date IS NOT NULL AND strftime('%Y', order_date) IN ('2021', '2024') GROUP BY yr ORDER BY yr")
add("time", "How many days since Camille Evans last ordered (as of the last date in the data)?",
    "SELECT CAST(julianday(%s) - julianday(MAX(o.order_date)) AS INTEGER) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id WHERE cu.first_name = 'Camille' AND cu.last_name = 'Evans'" % MAXD)
add("time", "Retention: of customers whose first order was in 2022, how many ordered again in 2023?",
    "SELECT COUNT(DISTINCT o.customer_id) FROM orders o WHERE o.order_date BETWEEN '2023-01-01' AND '2023-12-31' AND o.customer_id IN (SELECT customer_id FROM orders GROUP BY customer_id HAVING MIN(order_date) BETWEEN '2022-01-01' AND '2022-12-31')")
add("time", "How many orders did we take in the first week of January 2024 (Jan 1-7)?", "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-01-07'")

# ---------------------------------------------------------------- measures
add("measures", "What is our total revenue?", R())
add("measures", "Revenue by product category",
    "SELECT c.name, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY c.name ORDER BY rev DESC" % (REV, JPC, OK))
add("measures", "revenue per regoin",
    "SELECT r.name, ROUND(%s, 2) AS rev FROM %s JOIN regions r ON r.region_id = cu.region_id WHERE %s GROUP BY r.name ORDER BY rev DESC" % (REV, JC, OK))
add("measures", "What's our average order value?",
    "SELECT ROUND(%s / COUNT(DISTINCT o.order_id), 2) FROM %s WHERE %s" % (REV, J, OK))
add("measures", "avg order value by sales channel pls",
    "SELECT o.channel, ROUND(%s / COUNT(DISTINCT o.order_id), 2) FROM %s WHERE %s GROUP BY o.channel" % (REV, J, OK))
add("measures", "How many units did we sell in each category?",
    "SELECT c.name, SUM(oi.quantity) AS units FROM %s WHERE %s GROUP BY c.name ORDER BY units DESC" % (JPC, OK))
add("measures", "What is our best-selling product by units?",
    "SELECT p.name, SUM(oi.quantity) AS units FROM %s WHERE %s GROUP BY p.product_id ORDER BY units DESC LIMIT 1" % (JP, OK),
    ("SELECT SUM(oi.quantity) AS units FROM %s WHERE %s GROUP BY p.product_id ORDER BY units DESC" % (JP, OK), 1))
add("measures", "Which product brings in the most revenue?",
    "SELECT p.name, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY p.product_id ORDER BY rev DESC LIMIT 1" % (REV, JP, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY p.product_id ORDER BY rev DESC" % (REV, JP, OK), 1))
add("measures", "What's our total gross profit?",
    "SELECT ROUND(SUM(%s - oi.quantity * p.unit_cost), 2) FROM %s WHERE %s" % (NET, JP, OK))
add("measures", "profit margin % by category",
    "SELECT c.name, ROUND(SUM(%s - oi.quantity * p.unit_cost) * 100.0 / %s, 2) AS margin_pct FROM %s WHERE %s GROUP BY c.name ORDER BY margin_pct DESC" % (NET, REV, JPC, OK))
add("measures", "What share of revenue does each region contribute?",
    "SELECT r.name, ROUND(%s * 100.0 / (SELECT SUM(%s) FROM %s WHERE %s), 2) AS share_pct FROM %s JOIN regions r ON r.region_id = cu.region_id WHERE %s GROUP BY r.name ORDER BY share_pct DESC" % (REV, NET, J, OK, JC, OK))
add("measures", "What percentage of orders get cancelled?",
    "SELECT ROUND(SUM(status = 'cancelled') * 100.0 / COUNT(*), 2) FROM orders")
add("measures", "return rate by channel (percent of orders returned)",
    "SELECT channel, ROUND(SUM(status = 'returned') * 100.0 / COUNT(*), 2) FROM orders GROUP BY channel")
add("measures", "Revenue for each sales person in Europe",
    "SELECT e.first_name, e.last_name, ROUND(%s, 2) AS rev FROM %s JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id WHERE %s AND r.name = 'Europe' GROUP BY e.employee_id ORDER BY rev DESC" % (REV, J, OK))
add("measures", "revenue by customer segment",
    "SELECT cu.segment, ROUND(%s, 2) FROM %s WHERE %s GROUP BY cu.segment" % (REV, JC, OK))
add("measures", "What's the average discount on discounted order lines?",
    "SELECT ROUND(AVG(discount), 4) FROM order_items WHERE discount > 0")
add("measures", "How much money did we give away in discounts?",
    "SELECT ROUND(SUM(oi.quantity * oi.unit_price * oi.discount), 2) FROM %s WHERE %s AND oi.discount > 0" % (J, OK))
add("measures", "Revenue from loyalty members vs non-members",
    "SELECT cu.loyalty_member, ROUND(%s, 2) FROM %s WHERE %s GROUP BY cu.loyalty_member" % (REV, JC, OK))
add("measures", "What percent of revenue comes from the online channel?",
    "SELECT ROUND(SUM(CASE WHEN o.channel = 'online' THEN %s END) * 100.0 / %s, 2) FROM %s WHERE %s" % (NET, REV, J, OK))
add("measures", "average number of units per order",
    "SELECT ROUND(SUM(oi.quantity) * 1.0 / COUNT(DISTINCT o.order_id), 2) FROM %s WHERE %s" % (J, OK))
add("measures", "How much revenue do we make per customer on average?",
    "SELECT ROUND(%s / COUNT(DISTINCT o.customer_id), 2) FROM %s WHERE %s" % (REV, J, OK))
add("measures", "How much order value was lost to returns?",
    "SELECT ROUND(SUM(%s), 2) FROM %s WHERE o.status = 'returned'" % (NET, J))
add("measures", "total value of cancelled orders",
    "SELECT ROUND(SUM(%s), 2) FROM %s WHERE o.status = 'cancelled'" % (NET, J))
add("measures", "How many Nimbus Lite Monitors have we sold?",
    "SELECT SUM(oi.quantity) FROM %s WHERE %s AND p.name = 'Nimbus Lite Monitor'" % (JP, OK))
add("measures", "What was the profit on Furniture in 2024?",
    "SELECT ROUND(SUM(%s - oi.quantity * p.unit_cost), 2) FROM %s WHERE %s AND c.name = 'Furniture' AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'" % (NET, JPC, OK))
add("measures", "how much revenue came from customers in France",
    "SELECT ROUND(%s, 2) FROM %s WHERE %s AND cu.country = 'France'" % (REV, JC, OK))
add("measures", "Average shipping cost per order by customer region",
    "SELECT r.name, ROUND(AVG(o.shipping_cost), 2) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name")
add("measures", "How many different products were sold in each category in 2024?",
    "SELECT c.name, COUNT(DISTINCT p.product_id) FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.name" % (JPC, OK))
add("measures", "How much revenue have discontinued products generated?",
    "SELECT ROUND(%s, 2) FROM %s WHERE %s AND p.discontinued = 1" % (REV, JP, OK))
add("measures", "What's the average price actually paid per unit, after discounts?",
    "SELECT ROUND(%s / SUM(oi.quantity), 2) FROM %s WHERE %s" % (REV, J, OK))
add("measures", "What percentage of orders include at least one discounted item?",
    "SELECT ROUND(COUNT(DISTINCT CASE WHEN oi.discount > 0 THEN o.order_id END) * 100.0 / COUNT(DISTINCT o.order_id), 2) FROM %s" % J)
add("measures", "overall gross margin percentage",
    "SELECT ROUND(SUM(%s - oi.quantity * p.unit_cost) * 100.0 / %s, 2) FROM %s WHERE %s" % (NET, REV, JP, OK))
add("measures", "What share of our revenue is Electronics?",
    "SELECT ROUND(SUM(CASE WHEN c.name = 'Electronics' THEN %s END) * 100.0 / %s, 2) FROM %s WHERE %s" % (NET, REV, JPC, OK))
add("measures", "On average how many orders does a customer place?",
    "SELECT ROUND(COUNT(*) * 1.0 / COUNT(DISTINCT customer_id), 2) FROM orders")
add("measures", "Revenue handled by the sales team of each region",
    "SELECT r.name, ROUND(%s, 2) AS rev FROM %s JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id WHERE %s GROUP BY r.name ORDER BY rev DESC" % (REV, J, OK))
add("measures", "What percentage of orders were delivered?",
    "SELECT ROUND(SUM(status = 'delivered') * 100.0 / COUNT(*), 2) FROM orders")
add("measures", "revenue from corporate customers in North America",
    "SELECT ROUND(%s, 2) FROM %s JOIN regions r ON r.region_id = cu.region_id WHERE %s AND cu.segment = 'Corporate' AND r.name = 'North America'" % (REV, JC, OK))
add("measures", "AOV for loyalty members vs everyone else",
    "SELECT cu.loyalty_member, ROUND(%s / COUNT(DISTINCT o.order_id), 2) FROM %s WHERE %s GROUP BY cu.loyalty_member" % (REV, JC, OK))
add("measures", "Total units sold and revenue for the Books category in 2023",
    "SELECT SUM(oi.quantity), ROUND(%s, 2) FROM %s WHERE %s AND c.name = 'Books' AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31'" % (REV, JPC, OK))

# ---------------------------------------------------------------- tricky
add("tricky", "Which products are priced above the average product price?",
    "SELECT name, unit_price FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)")
add("tricky", "Which customers spent more than the average customer?",
    "WITH s AS (SELECT o.customer_id, %s AS spend FROM %s WHERE %s GROUP BY o.customer_id) SELECT cu.first_name, cu.last_name, ROUND(s.spend, 2) FROM s JOIN customers cu ON cu.customer_id = s.customer_id WHERE s.spend > (SELECT AVG(spend) FROM s)" % (REV, J, OK))
add("tricky", "How many customers have never placed an order?",
    "SELECT COUNT(*) FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)")
add("tricky", "How many customers bought both Electronics and Furniture?",
    "SELECT COUNT(*) FROM (SELECT o.customer_id FROM %s WHERE %s AND c.name IN ('Electronics', 'Furniture') GROUP BY o.customer_id HAVING COUNT(DISTINCT c.name) = 2)" % (JPC, OK))
add("tricky", "how many customers bought electronics but never furniture",
    "SELECT COUNT(DISTINCT o.customer_id) FROM %s WHERE %s AND c.name = 'Electronics' AND o.customer_id NOT IN (SELECT o2.customer_id FROM orders o2 JOIN order_items oi2 ON oi2.order_id = o2.order_id JOIN products p2 ON p2.product_id = oi2.product_id JOIN categories c2 ON c2.category_id = p2.category_id WHERE o2.status NOT IN ('cancelled', 'returned') AND c2.name = 'Furniture')" % (JPC, OK))
add("tricky", "Which employees have no orders at all?",
    "SELECT first_name, last_name, title FROM employees WHERE employee_id NOT IN (SELECT employee_id FROM orders WHERE employee_id IS NOT NULL)")
add("tricky", "Which employees don't have a salary recorded?", "SELECT first_name, last_name FROM employees WHERE salary IS NULL")
add("tricky", "Which prices are shared by more than one product, and by how many?",
    "SELECT unit_price, COUNT(*) FROM products GROUP BY unit_price HAVING COUNT(*) > 1 ORDER BY unit_price")
add("tricky", "How many orders are not delivered yet? (anything that isn't delivered)", "SELECT COUNT(*) FROM orders WHERE status <> 'delivered'")
add("tricky", "How many customers ordered in 2021 but not in 2024?",
    "SELECT COUNT(DISTINCT customer_id) FROM orders WHERE order_date BETWEEN '2021-01-01' AND '2021-12-31' AND customer_id NOT IN (SELECT customer_id FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31')")
add("tricky", "how many customers have ordered both online and in a store",
    "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE channel IN ('online', 'store') GROUP BY customer_id HAVING COUNT(DISTINCT channel) = 2)")
add("tricky", "Which products sold in 2023 but didn't sell at all in 2024?",
    "SELECT p.name FROM products p WHERE p.product_id IN (SELECT oi.product_id FROM %s WHERE %s AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31') AND p.product_id NOT IN (SELECT oi.product_id FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31')" % (J, OK, J, OK))
add("tricky", "Which categories have no discontinued products?",
    "SELECT c.name FROM categories c WHERE c.category_id NOT IN (SELECT category_id FROM products WHERE discontinued = 1)")
add("tricky", "Which regions have more customers than the average region?",
    "SELECT r.name, COUNT(*) AS n FROM customers cu JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT region_id) FROM customers)")
add("tricky", "Who is our best customer?",
    "SELECT cu.first_name, cu.last_name, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY cu.customer_id ORDER BY rev DESC LIMIT 1" % (REV, JC, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY o.customer_id ORDER BY rev DESC" % (REV, J, OK), 1))
add("tricky", "what was our biggest order?",
    "SELECT o.order_id, ROUND(%s, 2) AS value FROM %s WHERE %s GROUP BY o.order_id ORDER BY value DESC LIMIT 1" % (REV, J, OK),
    ("SELECT ROUND(%s, 2) AS value FROM %s WHERE %s GROUP BY o.order_id ORDER BY value DESC" % (REV, J, OK), 1))
add("tricky", "Which employees were hired before their own manager?",
    "SELECT e.first_name, e.last_name, e.hire_date, m.first_name, m.last_name, m.hire_date FROM employees e JOIN employees m ON m.employee_id = e.manager_id WHERE e.hire_date < m.hire_date")
add("tricky", "How many customers who signed up in 2024 haven't bought anything yet?",
    "SELECT COUNT(*) FROM customers WHERE signup_date BETWEEN '2024-01-01' AND '2024-12-31' AND customer_id NOT IN (SELECT customer_id FROM orders)")
add("tricky", "Which products sold more units in 2024 than the average product did?",
    "WITH u AS (SELECT oi.product_id, SUM(oi.quantity) AS units FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY oi.product_id) SELECT p.name, u.units FROM u JOIN products p ON p.product_id = u.product_id WHERE u.units > (SELECT AVG(units) FROM u)" % (J, OK))
add("tricky", "What's the top-selling product (by revenue) in each category?",
    "WITH r AS (SELECT c.name AS category, p.name AS product, %s AS rev FROM %s WHERE %s GROUP BY p.product_id), m AS (SELECT category, MAX(rev) AS mx FROM r GROUP BY category) SELECT r.category, r.product, ROUND(r.rev, 2) FROM r JOIN m ON m.category = r.category AND r.rev = m.mx ORDER BY r.category" % (REV, JPC, OK))
add("tricky", "What's the second most expensive product?",
    "SELECT name, unit_price FROM products WHERE unit_price = (SELECT DISTINCT unit_price FROM products ORDER BY unit_price DESC LIMIT 1 OFFSET 1)")
add("tricky", "How many customers had their very first order cancelled?",
    "SELECT COUNT(*) FROM orders o WHERE o.status = 'cancelled' AND o.order_id = (SELECT o2.order_id FROM orders o2 WHERE o2.customer_id = o.customer_id ORDER BY o2.order_date, o2.order_id LIMIT 1)")
add("tricky", "How many loyalty members have never ordered anything?",
    "SELECT COUNT(*) FROM customers WHERE loyalty_member = 1 AND customer_id NOT IN (SELECT customer_id FROM orders)")
add("tricky", "Which products have the same price as at least one other product in their category?",
    "SELECT p.name, p.unit_price FROM products p WHERE EXISTS (SELECT 1 FROM products q WHERE q.category_id = p.category_id AND q.unit_price = p.unit_price AND q.product_id <> p.product_id) ORDER BY p.unit_price")
add("tricky", "Sales reps who sold above the average for sales reps (revenue)",
    "WITH s AS (SELECT e.employee_id, e.first_name, e.last_name, %s AS rev FROM %s JOIN employees e ON e.employee_id = o.employee_id WHERE %s AND e.title = 'Sales Representative' GROUP BY e.employee_id) SELECT first_name, last_name, ROUND(rev, 2) FROM s WHERE rev > (SELECT AVG(rev) FROM s)" % (REV, J, OK))

# ---------------------------------------------------------------- topn
add("topn", "Top 5 customers by revenue",
    "SELECT cu.first_name, cu.last_name, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY cu.customer_id ORDER BY rev DESC LIMIT 5" % (REV, JC, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY o.customer_id ORDER BY rev DESC" % (REV, J, OK), 5))
add("topn", "top 10 products by units sold",
    "SELECT p.name, SUM(oi.quantity) AS units FROM %s WHERE %s GROUP BY p.product_id ORDER BY units DESC LIMIT 10" % (JP, OK),
    ("SELECT SUM(oi.quantity) AS units FROM %s WHERE %s GROUP BY p.product_id ORDER BY units DESC" % (JP, OK), 10))
add("topn", "What were the top 3 categories by revenue in 2024?",
    "SELECT c.name, ROUND(%s, 2) AS rev FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.name ORDER BY rev DESC LIMIT 3" % (REV, JPC, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.name ORDER BY rev DESC" % (REV, JPC, OK), 3))
add("topn", "Top 5 employees by sales",
    "SELECT e.first_name, e.last_name, ROUND(%s, 2) AS rev FROM %s JOIN employees e ON e.employee_id = o.employee_id WHERE %s GROUP BY e.employee_id ORDER BY rev DESC LIMIT 5" % (REV, J, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s AND o.employee_id IS NOT NULL GROUP BY o.employee_id ORDER BY rev DESC" % (REV, J, OK), 5))
add("topn", "5 most expensive products", "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 5",
    ("SELECT unit_price FROM products ORDER BY unit_price DESC", 5))
add("topn", "What are the 2 cheapest books?",
    "SELECT p.name, p.unit_price FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Books' ORDER BY p.unit_price LIMIT 2",
    ("SELECT p.unit_price FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Books' ORDER BY p.unit_price", 2))
add("topn", "top 4 countries by number of customers", "SELECT country, COUNT(*) AS n FROM customers GROUP BY country ORDER BY n DESC LIMIT 4",
    ("SELECT COUNT(*) AS n FROM customers GROUP BY country ORDER BY n DESC", 4))
add("topn", "Which 3 cities generate the most revenue?",
    "SELECT cu.city, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY cu.city ORDER BY rev DESC LIMIT 3" % (REV, JC, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY cu.city ORDER BY rev DESC" % (REV, JC, OK), 3))
add("topn", "top 5 most profitable prodcuts",
    "SELECT p.name, ROUND(SUM(%s - oi.quantity * p.unit_cost), 2) AS profit FROM %s WHERE %s GROUP BY p.product_id ORDER BY profit DESC LIMIT 5" % (NET, JP, OK),
    ("SELECT ROUND(SUM(%s - oi.quantity * p.unit_cost), 2) AS profit FROM %s WHERE %s GROUP BY p.product_id ORDER BY profit DESC" % (NET, JP, OK), 5))
add("topn", "What are our 5 worst selling products by revenue?",
    "SELECT p.name, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY p.product_id ORDER BY rev ASC LIMIT 5" % (REV, JP, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY p.product_id ORDER BY rev ASC" % (REV, JP, OK), 5))
add("topn", "Our 3 best months ever by revenue",
    "SELECT strftime('%%Y-%%m', o.order_date) AS month, ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY month ORDER BY rev DESC LIMIT 3" % (REV, J, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s GROUP BY strftime('%%Y-%%m', o.order_date) ORDER BY rev DESC" % (REV, J, OK), 3))
add("topn", "Which 5 customers have placed the most orders?",
    "SELECT cu.first_name, cu.last_name, COUNT(*) AS n FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id GROUP BY cu.customer_id ORDER BY n DESC LIMIT 5",
    ("SELECT COUNT(*) AS n FROM orders GROUP BY customer_id ORDER BY n DESC", 5))
add("topn", "Top 3 sales people in Asia Pacific by revenue",
    "SELECT e.first_name, e.last_name, ROUND(%s, 2) AS rev FROM %s JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id WHERE %s AND r.name = 'Asia Pacific' GROUP BY e.employee_id ORDER BY rev DESC LIMIT 3" % (REV, J, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s JOIN employees e ON e.employee_id = o.employee_id JOIN regions r ON r.region_id = e.region_id WHERE %s AND r.name = 'Asia Pacific' GROUP BY e.employee_id ORDER BY rev DESC" % (REV, J, OK), 3))
add("topn", "top 3 highest paid employees", "SELECT first_name, last_name, salary FROM employees WHERE salary IS NOT NULL ORDER BY salary DESC LIMIT 3",
    ("SELECT salary FROM employees WHERE salary IS NOT NULL ORDER BY salary DESC", 3))
add("topn", "Which 5 products have the highest margin percentage (price vs cost)?",
    "SELECT name, ROUND((unit_price - unit_cost) * 100.0 / unit_price, 2) AS margin_pct FROM products ORDER BY margin_pct DESC LIMIT 5",
    ("SELECT ROUND((unit_price - unit_cost) * 100.0 / unit_price, 2) AS margin_pct FROM products ORDER BY margin_pct DESC", 5))
add("topn", "top 3 customers in Germany by spend",
    "SELECT cu.first_name, cu.last_name, ROUND(%s, 2) AS rev FROM %s WHERE %s AND cu.country = 'Germany' GROUP BY cu.customer_id ORDER BY rev DESC LIMIT 3" % (REV, JC, OK),
    ("SELECT ROUND(%s, 2) AS rev FROM %s WHERE %s AND cu.country = 'Germany' GROUP BY cu.customer_id ORDER BY rev DESC" % (REV, JC, OK), 3))
add("topn", "Which 5 products get returned most often (number of returned orders)?",
    "SELECT p.name, COUNT(DISTINCT o.order_id) AS n FROM %s WHERE o.status = 'returned' GROUP BY p.product_id ORDER BY n DESC LIMIT 5" % JP,
    ("SELECT COUNT(DISTINCT o.order_id) AS n FROM %s WHERE o.status = 'returned' GROUP BY p.product_id ORDER BY n DESC" % JP, 5))

# ---------------------------------------------------------------- breakdowns
add("breakdowns", "Number of orders by status", "SELECT status, COUNT(*) FROM orders GROUP BY status")
add("breakdowns", "customers by segment", "SELECT segment, COUNT(*) FROM customers GROUP BY segment")
add("breakdowns", "How many customers do we have in each region?",
    "SELECT r.name, COUNT(*) FROM customers cu JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name")
add("breakdowns", "orders by channel for each year",
    "SELECT strftime('%Y', order_date) AS yr, channel, COUNT(*) FROM orders GROUP BY yr, channel ORDER BY yr, channel")
add("breakdowns", "Revenue by sales channel",
    "SELECT o.channel, ROUND(%s, 2) FROM %s WHERE %s GROUP BY o.channel" % (REV, J, OK))
add("breakdowns", "How many products are in each category?",
    "SELECT c.name, COUNT(*) FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.name")
add("breakdowns", "headcount per region",
    "SELECT r.name, COUNT(*) FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.name")
add("breakdowns", "Average salary by job title", "SELECT title, ROUND(AVG(salary), 2) FROM employees GROUP BY title")
add("breakdowns", "How many customers do we have in each European country?",
    "SELECT cu.country, COUNT(*) FROM customers cu JOIN regions r ON r.region_id = cu.region_id WHERE r.name = 'Europe' GROUP BY cu.country ORDER BY COUNT(*) DESC")
add("breakdowns", "order status breakdown per channel",
    "SELECT channel, status, COUNT(*) FROM orders GROUP BY channel, status ORDER BY channel, status")
add("breakdowns", "revenue by category and year",
    "SELECT c.name, strftime('%%Y', o.order_date) AS yr, ROUND(%s, 2) FROM %s WHERE %s GROUP BY c.name, yr ORDER BY c.name, yr" % (REV, JPC, OK))
add("breakdowns", "loyalty members in each segment",
    "SELECT segment, COUNT(*) FROM customers WHERE loyalty_member = 1 GROUP BY segment")
add("breakdowns", "Number of orders per customer region",
    "SELECT r.name, COUNT(*) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name")
add("breakdowns", "average list price per category",
    "SELECT c.name, ROUND(AVG(p.unit_price), 2) FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.name")


MIN_KINDS = {"time": 45, "measures": 35, "tricky": 22, "filters": 20, "topn": 15, "breakdowns": 12, "simple": 11}

def main():
    db = DB
    if "--db" in sys.argv:
        db = sys.argv[sys.argv.index("--db") + 1]
    verbose = "-v" in sys.argv
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    bad = 0
    seen = set()
    for i, (kind, q, sql, tie) in enumerate(ITEMS):
        if q in seen:
            print("#%d duplicate question: %s" % (i, q)); bad += 1
        seen.add(q)
        try:
            rows = con.execute(sql).fetchall()
        except Exception as e:
            print("#%d [%s] %s\n   ERROR %s\n   %s" % (i, kind, q, e, sql)); bad += 1; continue
        if not rows or all(v is None for r in rows for v in r):
            print("#%d [%s] %s\n   EMPTY %r" % (i, kind, q, rows)); bad += 1; continue
        if tie:
            vals = [r[0] for r in con.execute(tie[0]).fetchall()]
            n = tie[1]
            if len(vals) > n and vals[n - 1] == vals[n]:
                print("#%d [%s] %s\n   TIE at cut-off %d: %r" % (i, kind, q, n, vals[:n + 2])); bad += 1
        if verbose:
            print("#%d [%s] %s -> %d rows: %s" % (i, kind, q, len(rows), repr(rows[:3])[:160]))
    counts = {}
    for kind, *_ in ITEMS:
        counts[kind] = counts.get(kind, 0) + 1
    for k, m in MIN_KINDS.items():
        if counts.get(k, 0) < m:
            print("kind %s: %d < %d" % (k, counts.get(k, 0), m)); bad += 1
    print("%d items %s, %d failing" % (len(ITEMS), counts, bad))
    if bad or len(ITEMS) < 160:
        print("not written"); return 1
    items = [{"question": q, "db_id": "demo", "query": sql} for (kind, q, sql, tie) in ITEMS]
    kinds = {str(i): kind for i, (kind, q, sql, tie) in enumerate(ITEMS)}
    with open(os.path.join(HERE, "demo_v2.json"), "w") as f:
        json.dump(items, f, indent=1, ensure_ascii=False); f.write("\n")
    with open(os.path.join(HERE, "demo_v2_kinds.json"), "w") as f:
        json.dump(kinds, f, indent=1); f.write("\n")
    print("wrote demo_v2.json and demo_v2_kinds.json"); return 0

if __name__ == "__main__":
    sys.exit(main())
