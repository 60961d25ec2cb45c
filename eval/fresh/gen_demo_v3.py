"""Blind evaluation question set for the genbi demo sales database (demo_v3).

Conventions:
- Metrics follow demo.semantic.yaml: revenue = SUM(qty*unit_price*(1-COALESCE(discount,0))) from
  order_items, cancelled orders excluded; units, AOV, profit (revenue - qty*products.unit_cost), margin
  (percent) likewise exclude cancelled orders. Sales/revenue questions exclude cancelled orders.
- A plain "how many orders" counts every order, whatever its status.
- "Now" = last order date in the data (2024-12-31). "last N days" = order_date > date(max, '-N days')
  i.e. the N days ending on the last order date; "last N months" = last N full calendar months
  ending with the last order month (Dec 2024 included).
- Quarters are calendar quarters. A customer's/order's region is customers.region_id.
- People are returned as first_name, last_name (two columns).
- Top-N items are checked for no tie at the cut-off. No ROUND in gold SQL.
- Weekdays are returned as strftime('%w') (0 = Sunday ... 6 = Saturday).
- Per-order revenue thresholds ("orders over $1,000") use the revenue metric per order (cancelled excluded).
- "Last N months" / "last 12 months" use whole calendar months ending Dec 2024; "last N days/weeks" use
  order_date > date(MAX(order_date), '-N days').
- Shares/percentages are 0-100 values; ratios are plain fractions. Per-customer averages only cover
  customers with orders (cancelled excluded for revenue/product measures).
- Top-N items are dropped if the value at rank N equals the value at rank N+1.
- Shipping days = julianday(ship_date) - julianday(order_date), orders with a ship_date only.
"""
import json, re, sqlite3, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
R = "oi.quantity*oi.unit_price*(1-COALESCE(oi.discount,0))"
NC = "o.status <> 'cancelled'"
J = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
ITEMS = []
def add(kind, q, sql, n=None, col=None):
    ITEMS.append(dict(kind=kind, q=q, sql=" ".join(sql.split()), n=n, col=col))

# ---------------- batch 1 ----------------
add("simple", "How many customers do we have?", "SELECT COUNT(*) FROM customers")
add("simple", "how many products are in the catalog", "SELECT COUNT(*) FROM products")
add("simple", "How many orders were cancelled?", "SELECT COUNT(*) FROM orders WHERE status = 'cancelled'")
add("simple", "List all the regions.", "SELECT name FROM regions")
add("simple", "How many sales reps do we employ in total?", "SELECT COUNT(*) FROM employees")
add("measures", "What's our total revenue?", f"SELECT SUM({R}) {J} WHERE {NC}")
add("measures", "Total units sold across all time", f"SELECT SUM(oi.quantity) {J} WHERE {NC}")
add("measures", "What is the average order value?", f"SELECT SUM({R}) / COUNT(DISTINCT o.order_id) {J} WHERE {NC}")
add("measures", "Revenue by product category", f"SELECT c.name, SUM({R}) {J} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} GROUP BY c.name")
add("measures", "total profit by region", f"SELECT r.name, SUM({R}) - SUM(oi.quantity*p.unit_cost) {J} JOIN products p ON p.product_id = oi.product_id JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id WHERE {NC} GROUP BY r.name")
add("time", "Revenue by year", f"SELECT strftime('%Y', o.order_date) AS yr, SUM({R}) {J} WHERE {NC} GROUP BY yr ORDER BY yr")
add("time", "What were total sales in Q2 2023?", f"SELECT SUM({R}) {J} WHERE {NC} AND o.order_date >= '2023-04-01' AND o.order_date < '2023-07-01'")
add("time", "how many orders did we get in March 2022", "SELECT COUNT(*) FROM orders WHERE order_date >= '2022-03-01' AND order_date < '2022-04-01'")
add("time", "When was the first order placed?", "SELECT MIN(order_date) FROM orders")
add("time", "date of the most recent order", "SELECT MAX(order_date) FROM orders")
add("filters", "How many orders had a shipping cost over $10?", "SELECT COUNT(*) FROM orders WHERE shipping_cost > 10")
add("filters", "Products priced between $100 and $500", "SELECT name FROM products WHERE unit_price BETWEEN 100 AND 500")
add("topn", "Top 5 customers by revenue", f"SELECT cu.first_name, cu.last_name, SUM({R}) AS rev {J} JOIN customers cu ON cu.customer_id = o.customer_id WHERE {NC} GROUP BY cu.customer_id ORDER BY rev DESC LIMIT 5", 5, 2)
add("breakdowns", "Number of customers by country", "SELECT country, COUNT(*) FROM customers GROUP BY country")
add("tricky", "Customers who have never placed an order", "SELECT first_name, last_name FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)")

# ---------------- batch 2 ----------------
P = "JOIN products p ON p.product_id = oi.product_id"
CU = "JOIN customers cu ON cu.customer_id = o.customer_id"
RG = "JOIN regions r ON r.region_id = cu.region_id"
CT = "JOIN categories c ON c.category_id = p.category_id"
add("time", "sales by quarter in 2024", f"SELECT (CAST(strftime('%m', o.order_date) AS INTEGER)+2)/3 AS q, SUM({R}) {J} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY q ORDER BY q")
add("time", "How many orders were placed in the last 30 days?", "SELECT COUNT(*) FROM orders WHERE order_date > date((SELECT MAX(order_date) FROM orders), '-30 days')")
add("time", "revenue over the last 3 months", f"SELECT SUM({R}) {J} WHERE {NC} AND o.order_date >= '2024-10-01'")
add("time", "Number of orders by day of week", "SELECT strftime('%w', order_date) AS dow, COUNT(*) FROM orders GROUP BY dow ORDER BY dow")
add("time", "average days between order and shipping", "SELECT AVG(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL")
add("time", "How many new customers signed up each year?", "SELECT strftime('%Y', signup_date) AS yr, COUNT(*) FROM customers GROUP BY yr ORDER BY yr")
add("time", "Year over year revenue growth %", f"WITH y AS (SELECT strftime('%Y', o.order_date) AS yr, SUM({R}) AS rev {J} WHERE {NC} GROUP BY yr) SELECT yr, rev, 100.0*(rev - LAG(rev) OVER (ORDER BY yr))/LAG(rev) OVER (ORDER BY yr) FROM y ORDER BY yr")
add("time", "monthly revenue for 2023", f"SELECT strftime('%Y-%m', o.order_date) AS m, SUM({R}) {J} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY m ORDER BY m")
add("time", "Revenue in December 2024 vs November 2024 - month over month change %", f"SELECT 100.0*(SUM(CASE WHEN o.order_date >= '2024-12-01' THEN {R} END) - SUM(CASE WHEN o.order_date < '2024-12-01' THEN {R} END)) / SUM(CASE WHEN o.order_date < '2024-12-01' THEN {R} END) {J} WHERE {NC} AND o.order_date >= '2024-11-01' AND o.order_date < '2025-01-01'")
add("time", "how many orders were shipped on weekends (Sat/Sun ship date)?", "SELECT COUNT(*) FROM orders WHERE strftime('%w', ship_date) IN ('0','6')")
add("measures", "What's our overall gross margin?", f"SELECT 100.0*(SUM({R}) - SUM(oi.quantity*p.unit_cost))/NULLIF(SUM({R}),0) {J} {P} WHERE {NC}")
add("measures", "margin % by category", f"SELECT c.name, 100.0*(SUM({R}) - SUM(oi.quantity*p.unit_cost))/NULLIF(SUM({R}),0) {J} {P} {CT} WHERE {NC} GROUP BY c.name")
add("measures", "Revenue by sales channel", f"SELECT o.channel, SUM({R}) {J} WHERE {NC} GROUP BY o.channel")
add("measures", "AOV by customer segment", f"SELECT cu.segment, SUM({R}) / COUNT(DISTINCT o.order_id) {J} {CU} WHERE {NC} GROUP BY cu.segment")
add("measures", "What percentage of orders were returned?", "SELECT 100.0*SUM(status = 'returned')/COUNT(*) FROM orders")
add("measures", "share of total revenue per region", f"SELECT r.name, 100.0*SUM({R})/(SELECT SUM(oi2.quantity*oi2.unit_price*(1-COALESCE(oi2.discount,0))) FROM order_items oi2 JOIN orders o2 ON o2.order_id = oi2.order_id WHERE o2.status <> 'cancelled') {J} {CU} {RG} WHERE {NC} GROUP BY r.name")
add("measures", "units sold per category", f"SELECT c.name, SUM(oi.quantity) {J} {P} {CT} WHERE {NC} GROUP BY c.name")
add("measures", "revenue per sales rep", f"SELECT e.first_name, e.last_name, SUM({R}) {J} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id")
add("measures", "Total shipping cost we paid", "SELECT SUM(shipping_cost) FROM orders")
add("tricky", "Which products have a list price above the average product price?", "SELECT name FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)")
add("tricky", "How many customers ordered in 2023 but not in 2024?", "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE order_date >= '2023-01-01' AND order_date < '2024-01-01' EXCEPT SELECT customer_id FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01')")
add("tricky", "customers who bought through both the online and the store channel - how many?", "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE channel = 'online' INTERSECT SELECT customer_id FROM orders WHERE channel = 'store')")
add("tricky", "average number of orders per customer (only customers who ordered)", "SELECT AVG(n) FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id)")
add("tricky", "ratio of online orders to store orders", "SELECT 1.0*SUM(channel = 'online')/SUM(channel = 'store') FROM orders")
add("filters", "orders over $1,000 in revenue in 2024 - how many?", f"SELECT COUNT(*) FROM (SELECT o.order_id {J} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY o.order_id HAVING SUM({R}) > 1000)")
add("filters", "Customers in Germany in the Corporate segment", "SELECT first_name, last_name FROM customers WHERE country = 'Germany' AND segment = 'Corporate'")
add("filters", "employees earning more than $80,000", "SELECT first_name, last_name FROM employees WHERE salary > 80000")
add("filters", "how many phone orders were delivered in 2022?", "SELECT COUNT(*) FROM orders WHERE channel = 'phone' AND status = 'delivered' AND order_date >= '2022-01-01' AND order_date < '2023-01-01'")
add("filters", "List discontinued products and their prices", "SELECT name, unit_price FROM products WHERE discontinued = 1")
add("topn", "top 3 product categories by revenue", f"SELECT c.name, SUM({R}) AS v {J} {P} {CT} WHERE {NC} GROUP BY c.name ORDER BY v DESC LIMIT 3", 3, 1)
add("topn", "Bottom 5 products by units sold", f"SELECT p.name, SUM(oi.quantity) AS v {J} {P} WHERE {NC} GROUP BY p.product_id ORDER BY v ASC LIMIT 5", 5, 1)
add("breakdowns", "orders by status", "SELECT status, COUNT(*) FROM orders GROUP BY status")
add("breakdowns", "Customers per segment", "SELECT segment, COUNT(*) FROM customers GROUP BY segment")
add("simple", "How many loyalty members are there?", "SELECT COUNT(*) FROM customers WHERE loyalty_member = 1")

# ---------------- batch 3 ----------------
EM = "JOIN employees e ON e.employee_id = o.employee_id"
add("time", "How many orders in Q4 2021?", "SELECT COUNT(*) FROM orders WHERE order_date >= '2021-10-01' AND order_date < '2022-01-01'")
add("time", "units sold in july 2024", f"SELECT SUM(oi.quantity) {J} WHERE {NC} AND o.order_date >= '2024-07-01' AND o.order_date < '2024-08-01'")
add("time", "Orders per quarter for 2022", "SELECT (CAST(strftime('%m', order_date) AS INTEGER)+2)/3 AS q, COUNT(*) FROM orders WHERE order_date >= '2022-01-01' AND order_date < '2023-01-01' GROUP BY q ORDER BY q")
add("time", "revenue last 6 months by month", f"SELECT strftime('%Y-%m', o.order_date) AS m, SUM({R}) {J} WHERE {NC} AND o.order_date >= '2024-07-01' GROUP BY m ORDER BY m")
add("time", "how many orders in the last 2 weeks", "SELECT COUNT(*) FROM orders WHERE order_date > date((SELECT MAX(order_date) FROM orders), '-14 days')")
add("time", "Which weekday gets the most orders?", "SELECT strftime('%w', order_date) AS dow FROM orders GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1")
add("time", "new customers in 2024", "SELECT COUNT(*) FROM customers WHERE signup_date >= '2024-01-01' AND signup_date < '2025-01-01'")
add("time", "When did our most recent customer sign up?", "SELECT MAX(signup_date) FROM customers")
add("time", "Who was the earliest hire?", "SELECT first_name, last_name FROM employees ORDER BY hire_date ASC LIMIT 1")
add("time", "longest time between order and ship, in days", "SELECT MAX(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL")
add("time", "avg days to ship by channel", "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL GROUP BY channel")
add("time", "Profit in 2022", f"SELECT SUM({R}) - SUM(oi.quantity*p.unit_cost) {J} {P} WHERE {NC} AND o.order_date >= '2022-01-01' AND o.order_date < '2023-01-01'")
add("time", "number of orders each month in 2021", "SELECT strftime('%Y-%m', order_date) AS m, COUNT(*) FROM orders WHERE order_date >= '2021-01-01' AND order_date < '2022-01-01' GROUP BY m ORDER BY m")
add("time", "growth in order count from 2023 to 2024 (%)", "SELECT 100.0*(SUM(order_date >= '2024-01-01') - SUM(order_date < '2024-01-01'))/SUM(order_date < '2024-01-01') FROM orders WHERE order_date >= '2023-01-01' AND order_date < '2025-01-01'")
add("time", "revenue on weekends vs weekdays", f"SELECT CASE WHEN strftime('%w', o.order_date) IN ('0','6') THEN 'weekend' ELSE 'weekday' END AS k, SUM({R}) {J} WHERE {NC} GROUP BY k")
add("measures", "average order value in 2024", f"SELECT SUM({R}) / COUNT(DISTINCT o.order_id) {J} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'")
add("measures", "profit by category", f"SELECT c.name, SUM({R}) - SUM(oi.quantity*p.unit_cost) {J} {P} {CT} WHERE {NC} GROUP BY c.name")
add("measures", "percent of orders cancelled per channel", "SELECT channel, 100.0*SUM(status = 'cancelled')/COUNT(*) FROM orders GROUP BY channel")
add("measures", "units sold by region", f"SELECT r.name, SUM(oi.quantity) {J} {CU} {RG} WHERE {NC} GROUP BY r.name")
add("measures", "What share of revenue comes from each channel?", f"SELECT o.channel, 100.0*SUM({R})/(SELECT SUM(oi2.quantity*oi2.unit_price*(1-COALESCE(oi2.discount,0))) FROM order_items oi2 JOIN orders o2 ON o2.order_id = oi2.order_id WHERE o2.status <> 'cancelled') {J} WHERE {NC} GROUP BY o.channel")
add("measures", "margin by segment", f"SELECT cu.segment, 100.0*(SUM({R}) - SUM(oi.quantity*p.unit_cost))/NULLIF(SUM({R}),0) {J} {P} {CU} WHERE {NC} GROUP BY cu.segment")
add("measures", "avg order value per region", f"SELECT r.name, SUM({R}) / COUNT(DISTINCT o.order_id) {J} {CU} {RG} WHERE {NC} GROUP BY r.name")
add("measures", "how much did the Electronics category make in sales", f"SELECT SUM({R}) {J} {P} {CT} WHERE {NC} AND c.name = 'Electronics'")
add("tricky", "Customers whose total spend is above the average customer spend - how many?", f"WITH s AS (SELECT o.customer_id, SUM({R}) AS v {J} WHERE {NC} GROUP BY o.customer_id) SELECT COUNT(*) FROM s WHERE v > (SELECT AVG(v) FROM s)")
add("tricky", "average revenue per customer", f"SELECT AVG(v) FROM (SELECT o.customer_id, SUM({R}) AS v {J} WHERE {NC} GROUP BY o.customer_id)")
add("tricky", "employees who have no orders assigned", "SELECT first_name, last_name FROM employees WHERE employee_id NOT IN (SELECT employee_id FROM orders WHERE employee_id IS NOT NULL)")
add("tricky", "how many customers bought both Electronics and Furniture?", "SELECT COUNT(*) FROM (SELECT o.customer_id FROM orders o JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Electronics' INTERSECT SELECT o.customer_id FROM orders o JOIN order_items oi ON oi.order_id = o.order_id JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Furniture')")
add("tricky", "orders with shipping cost above the average shipping cost: how many", "SELECT COUNT(*) FROM orders WHERE shipping_cost > (SELECT AVG(shipping_cost) FROM orders)")
add("tricky", "How many orders have no sales rep?", "SELECT COUNT(*) FROM orders WHERE employee_id IS NULL")
add("filters", "customers in Canada who are loyalty members", "SELECT first_name, last_name FROM customers WHERE country = 'Canada' AND loyalty_member = 1")
add("filters", "products under $20", "SELECT name FROM products WHERE unit_price < 20")
add("filters", "Orders placed between 1 June 2023 and 30 June 2023 via phone", "SELECT order_id FROM orders WHERE order_date BETWEEN '2023-06-01' AND '2023-06-30' AND channel = 'phone'")
add("filters", "employees hired after 2020", "SELECT first_name, last_name FROM employees WHERE hire_date >= '2021-01-01'")
add("topn", "top 10 products by revenue", f"SELECT p.name, SUM({R}) AS v {J} {P} WHERE {NC} GROUP BY p.product_id ORDER BY v DESC LIMIT 10", 10, 1)
add("topn", "Top 3 sales reps by revenue in 2024", f"SELECT e.first_name, e.last_name, SUM({R}) AS v {J} {EM} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY e.employee_id ORDER BY v DESC LIMIT 3", 3, 2)
add("topn", "5 most expensive products", "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 5", 5, 1)
add("breakdowns", "orders by channel and year", "SELECT strftime('%Y', order_date) AS yr, channel, COUNT(*) FROM orders GROUP BY yr, channel")
add("breakdowns", "employees by title", "SELECT title, COUNT(*) FROM employees GROUP BY title")
add("breakdowns", "products per category", "SELECT c.name, COUNT(*) FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.name")
add("simple", "what's the average product price", "SELECT AVG(unit_price) FROM products")
add("simple", "list the product categories", "SELECT name FROM categories")

# ---------------- batch 4 ----------------
add("time", "revenue in H1 2024", f"SELECT SUM({R}) {J} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2024-07-01'")
add("time", "how many orders in feb 2024?", "SELECT COUNT(*) FROM orders WHERE order_date >= '2024-02-01' AND order_date < '2024-03-01'")
add("time", "revenue by quarter (all years)", f"SELECT strftime('%Y', o.order_date) AS yr, (CAST(strftime('%m', o.order_date) AS INTEGER)+2)/3 AS q, SUM({R}) {J} WHERE {NC} GROUP BY yr, q ORDER BY yr, q")
add("time", "units sold in the last 7 days", f"SELECT SUM(oi.quantity) {J} WHERE {NC} AND o.order_date > date((SELECT MAX(order_date) FROM orders), '-7 days')")
add("time", "Month-over-month revenue growth in 2024", f"WITH m AS (SELECT strftime('%Y-%m', o.order_date) AS mo, SUM({R}) AS rev {J} WHERE {NC} AND o.order_date >= '2023-12-01' AND o.order_date < '2025-01-01' GROUP BY mo) SELECT mo, rev, 100.0*(rev - LAG(rev) OVER (ORDER BY mo))/LAG(rev) OVER (ORDER BY mo) AS growth FROM m ORDER BY mo LIMIT -1 OFFSET 1")
add("time", "orders placed on Mondays in 2023", "SELECT COUNT(*) FROM orders WHERE strftime('%w', order_date) = '1' AND order_date >= '2023-01-01' AND order_date < '2024-01-01'")
add("time", "How many orders took more than 5 days to ship?", "SELECT COUNT(*) FROM orders WHERE julianday(ship_date) - julianday(order_date) > 5")
add("time", "average days to ship per year", "SELECT strftime('%Y', order_date) AS yr, AVG(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL GROUP BY yr ORDER BY yr")
add("time", "which month of 2022 had the highest revenue", f"SELECT strftime('%Y-%m', o.order_date) AS m {J} WHERE {NC} AND o.order_date >= '2022-01-01' AND o.order_date < '2023-01-01' GROUP BY m ORDER BY SUM({R}) DESC LIMIT 1")
add("time", "customers who placed their first order in 2024 - how many", "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING MIN(order_date) >= '2024-01-01')")
add("time", "revenue in the last 12 months", f"SELECT SUM({R}) {J} WHERE {NC} AND o.order_date >= '2024-01-01'")
add("time", "pending orders older than 30 days as of the last order date", "SELECT COUNT(*) FROM orders WHERE status = 'pending' AND order_date < date((SELECT MAX(order_date) FROM orders), '-30 days')")
add("time", "YoY revenue growth for Q4 2024 vs Q4 2023 in percent", f"SELECT 100.0*(SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {R} END) - SUM(CASE WHEN o.order_date < '2024-01-01' THEN {R} END))/SUM(CASE WHEN o.order_date < '2024-01-01' THEN {R} END) {J} WHERE {NC} AND ((o.order_date >= '2023-10-01' AND o.order_date < '2024-01-01') OR (o.order_date >= '2024-10-01' AND o.order_date < '2025-01-01'))")
add("time", "sales in september 2021", f"SELECT SUM({R}) {J} WHERE {NC} AND o.order_date >= '2021-09-01' AND o.order_date < '2021-10-01'")
add("measures", "gross profit for Furniture", f"SELECT SUM({R}) - SUM(oi.quantity*p.unit_cost) {J} {P} {CT} WHERE {NC} AND c.name = 'Furniture'")
add("measures", "% of orders still pending", "SELECT 100.0*SUM(status = 'pending')/COUNT(*) FROM orders")
add("measures", "units sold by channel", f"SELECT o.channel, SUM(oi.quantity) {J} WHERE {NC} GROUP BY o.channel")
add("measures", "revenue share by customer segment", f"SELECT cu.segment, 100.0*SUM({R})/(SELECT SUM(oi2.quantity*oi2.unit_price*(1-COALESCE(oi2.discount,0))) FROM order_items oi2 JOIN orders o2 ON o2.order_id = oi2.order_id WHERE o2.status <> 'cancelled') {J} {CU} WHERE {NC} GROUP BY cu.segment")
add("measures", "average shipping cost per order by region", "SELECT r.name, AVG(o.shipping_cost) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name")
add("measures", "profit per employee", f"SELECT e.first_name, e.last_name, SUM({R}) - SUM(oi.quantity*p.unit_cost) {J} {P} {EM} WHERE {NC} GROUP BY e.employee_id")
add("measures", "how much revenue did we lose to discounts", f"SELECT SUM(oi.quantity*oi.unit_price*COALESCE(oi.discount,0)) {J} WHERE {NC}")
add("tricky", "Which categories have a margin above the overall margin?", f"WITH c AS (SELECT c.name, 100.0*(SUM({R}) - SUM(oi.quantity*p.unit_cost))/NULLIF(SUM({R}),0) AS mg {J} {P} {CT} WHERE {NC} GROUP BY c.name) SELECT name FROM c WHERE mg > (SELECT 100.0*(SUM({R}) - SUM(oi.quantity*p.unit_cost))/NULLIF(SUM({R}),0) {J} {P} WHERE {NC})")
add("tricky", "customers with orders in 2021 and also in 2024 — count", "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE order_date >= '2021-01-01' AND order_date < '2022-01-01' INTERSECT SELECT customer_id FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01')")
add("tricky", "average units per order", f"SELECT AVG(u) FROM (SELECT o.order_id, SUM(oi.quantity) AS u {J} WHERE {NC} GROUP BY o.order_id)")
add("tricky", "reps whose revenue beats the average rep's revenue", f"WITH s AS (SELECT e.employee_id, e.first_name, e.last_name, SUM({R}) AS v {J} {EM} WHERE {NC} GROUP BY e.employee_id) SELECT first_name, last_name FROM s WHERE v > (SELECT AVG(v) FROM s)")
add("tricky", "how many customers have returned at least one order but never cancelled one", "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE status = 'returned' EXCEPT SELECT customer_id FROM orders WHERE status = 'cancelled')")
add("filters", "customers in London or Paris", "SELECT first_name, last_name FROM customers WHERE city IN ('London', 'Paris')")
add("filters", "how many orders in 2023 had revenue between $500 and $2,000", f"SELECT COUNT(*) FROM (SELECT o.order_id {J} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY o.order_id HAVING SUM({R}) BETWEEN 500 AND 2000)")
add("filters", "Small Business customers in Latin America", "SELECT cu.first_name, cu.last_name FROM customers cu JOIN regions r ON r.region_id = cu.region_id WHERE cu.segment = 'Small Business' AND r.name = 'Latin America'")
add("filters", "order lines with a discount of 20% or more - count", "SELECT COUNT(*) FROM order_items WHERE discount >= 0.2")
add("topn", "Which 3 regions had the least revenue in 2023?", f"SELECT r.name, SUM({R}) AS v {J} {CU} {RG} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY r.name ORDER BY v ASC LIMIT 3", 3, 1)
add("topn", "top 5 customers by number of orders", "SELECT cu.first_name, cu.last_name, COUNT(*) AS n FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id GROUP BY cu.customer_id ORDER BY n DESC LIMIT 5", 5, 2)
add("breakdowns", "orders by region", "SELECT r.name, COUNT(*) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name")
add("breakdowns", "revenue by region and year", f"SELECT r.name, strftime('%Y', o.order_date) AS yr, SUM({R}) {J} {CU} {RG} WHERE {NC} GROUP BY r.name, yr")
add("simple", "how many orders are there in total", "SELECT COUNT(*) FROM orders")
add("simple", "What is the highest salary?", "SELECT MAX(salary) FROM employees")

# ---------------- batch 5 ----------------
add("time", "When did the last order from the store channel come in?", "SELECT MAX(order_date) FROM orders WHERE channel = 'store'")
add("measures", "revenue by category in 2023", f"SELECT c.name, SUM({R}) {J} {P} {CT} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY c.name")
add("measures", "what % of our orders come through the phone", "SELECT 100.0*SUM(channel = 'phone')/COUNT(*) FROM orders")
add("measures", "average order value by channel", f"SELECT o.channel, SUM({R}) / COUNT(DISTINCT o.order_id) {J} WHERE {NC} GROUP BY o.channel")
add("measures", "margin per region", f"SELECT r.name, 100.0*(SUM({R}) - SUM(oi.quantity*p.unit_cost))/NULLIF(SUM({R}),0) {J} {P} {CU} {RG} WHERE {NC} GROUP BY r.name")
add("tricky", "Customers who signed up but never bought anything - how many?", "SELECT COUNT(*) FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)")
add("tricky", "which categories have no discontinued products", "SELECT name FROM categories WHERE category_id NOT IN (SELECT category_id FROM products WHERE discontinued = 1)")
add("tricky", "products selling above their category's average price", "SELECT p.name FROM products p WHERE p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
add("tricky", "returned orders as a ratio of delivered orders", "SELECT 1.0*SUM(status = 'returned')/SUM(status = 'delivered') FROM orders")
add("tricky", "avg number of distinct products bought per customer", f"SELECT AVG(n) FROM (SELECT o.customer_id, COUNT(DISTINCT oi.product_id) AS n {J} WHERE {NC} GROUP BY o.customer_id)")
add("tricky", "How many customers only ever ordered online?", "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING SUM(channel <> 'online') = 0)")
add("filters", "products priced $1,000 or more", "SELECT name, unit_price FROM products WHERE unit_price >= 1000")
add("filters", "Staff paid between $60k and $90k", "SELECT first_name, last_name FROM employees WHERE salary BETWEEN 60000 AND 90000")
add("filters", "customers who joined in 2023 from the Consumer segment, how many", "SELECT COUNT(*) FROM customers WHERE segment = 'Consumer' AND signup_date >= '2023-01-01' AND signup_date < '2024-01-01'")
add("filters", "Shipped (not yet delivered) online orders from Dec 2024", "SELECT order_id FROM orders WHERE status = 'shipped' AND channel = 'online' AND order_date >= '2024-12-01' AND order_date < '2025-01-01'")
add("topn", "top 5 products by profit", f"SELECT p.name, SUM({R}) - SUM(oi.quantity*p.unit_cost) AS v {J} {P} WHERE {NC} GROUP BY p.product_id ORDER BY v DESC LIMIT 5", 5, 1)
add("topn", "Best 3 employees by number of orders handled", "SELECT e.first_name, e.last_name, COUNT(*) AS n FROM orders o JOIN employees e ON e.employee_id = o.employee_id GROUP BY e.employee_id ORDER BY n DESC LIMIT 3", 3, 2)
add("topn", "10 highest paid employees", "SELECT first_name, last_name, salary FROM employees ORDER BY salary DESC LIMIT 10", 10, 2)
add("topn", "Top 5 cities by revenue", f"SELECT cu.city, SUM({R}) AS v {J} {CU} WHERE {NC} GROUP BY cu.city ORDER BY v DESC LIMIT 5", 5, 1)
add("topn", "bottom 3 categories by margin", f"SELECT c.name, 100.0*(SUM({R}) - SUM(oi.quantity*p.unit_cost))/NULLIF(SUM({R}),0) AS v {J} {P} {CT} WHERE {NC} GROUP BY c.name ORDER BY v ASC LIMIT 3", 3, 1)
add("topn", "top 5 products by units sold in 2024", f"SELECT p.name, SUM(oi.quantity) AS v {J} {P} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY p.product_id ORDER BY v DESC LIMIT 5", 5, 1)
add("topn", "Top 3 countries by revenue", f"SELECT cu.country, SUM({R}) AS v {J} {CU} WHERE {NC} GROUP BY cu.country ORDER BY v DESC LIMIT 3", 3, 1)
add("topn", "cheapest 5 products", "SELECT name, unit_price FROM products ORDER BY unit_price ASC LIMIT 5", 5, 1)
add("topn", "top 10 customers by total spend in 2023", f"SELECT cu.first_name, cu.last_name, SUM({R}) AS v {J} {CU} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY cu.customer_id ORDER BY v DESC LIMIT 10", 10, 2)
add("breakdowns", "customers by region", "SELECT r.name, COUNT(*) FROM customers cu JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name")
add("breakdowns", "number of orders per sales channel", "SELECT channel, COUNT(*) FROM orders GROUP BY channel")
add("breakdowns", "employees per region", "SELECT r.name, COUNT(*) FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.name")
add("breakdowns", "loyalty members vs non-members count", "SELECT loyalty_member, COUNT(*) FROM customers GROUP BY loyalty_member")
add("breakdowns", "units sold by category and channel", f"SELECT c.name, o.channel, SUM(oi.quantity) {J} {P} {CT} WHERE {NC} GROUP BY c.name, o.channel")
add("breakdowns", "order status breakdown for 2024", "SELECT status, COUNT(*) FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01' GROUP BY status")
add("breakdowns", "customers by segment and region", "SELECT r.name, cu.segment, COUNT(*) FROM customers cu JOIN regions r ON r.region_id = cu.region_id GROUP BY r.name, cu.segment")
add("simple", "how many countries do our customers come from", "SELECT COUNT(DISTINCT country) FROM customers")
add("simple", "how many discontinued products?", "SELECT COUNT(*) FROM products WHERE discontinued = 1")
add("simple", "What's the price of the Willow Executive Standing Desk?", "SELECT unit_price FROM products WHERE name = 'Willow Executive Standing Desk'")
add("simple", "how many returned orders", "SELECT COUNT(*) FROM orders WHERE status = 'returned'")
add("simple", "list employee names and titles", "SELECT first_name, last_name, title FROM employees")

# ---------------- batch 6 ----------------
add("time", "revenue in Q1 of each year", f"SELECT strftime('%Y', o.order_date) AS yr, SUM({R}) {J} WHERE {NC} AND strftime('%m', o.order_date) IN ('01','02','03') GROUP BY yr ORDER BY yr")
add("time", "orders per year", "SELECT strftime('%Y', order_date) AS yr, COUNT(*) FROM orders GROUP BY yr ORDER BY yr")
add("time", "how many customers signed up in the last 90 days", "SELECT COUNT(*) FROM customers WHERE signup_date > date((SELECT MAX(order_date) FROM orders), '-90 days')")
add("time", "avg order value by year", f"SELECT strftime('%Y', o.order_date) AS yr, SUM({R}) / COUNT(DISTINCT o.order_id) {J} WHERE {NC} GROUP BY yr ORDER BY yr")
add("time", "number of new customers per year (by first order)", "SELECT strftime('%Y', f) AS yr, COUNT(*) FROM (SELECT customer_id, MIN(order_date) AS f FROM orders GROUP BY customer_id) GROUP BY yr ORDER BY yr")
add("measures", "units sold per customer segment", f"SELECT cu.segment, SUM(oi.quantity) {J} {CU} WHERE {NC} GROUP BY cu.segment")
add("measures", "Total profit", f"SELECT SUM({R}) - SUM(oi.quantity*p.unit_cost) {J} {P} WHERE {NC}")
add("filters", "orders shipping between $5 and $10, how many", "SELECT COUNT(*) FROM orders WHERE shipping_cost BETWEEN 5 AND 10")
add("filters", "Corporate customers in North America who are loyalty members - count", "SELECT COUNT(*) FROM customers cu JOIN regions r ON r.region_id = cu.region_id WHERE cu.segment = 'Corporate' AND r.name = 'North America' AND cu.loyalty_member = 1")
add("tricky", "What share of customers have placed at least one order?", "SELECT 100.0*COUNT(DISTINCT o.customer_id)/(SELECT COUNT(*) FROM customers) FROM orders o")
add("tricky", "average order count per rep", "SELECT AVG(n) FROM (SELECT employee_id, COUNT(*) AS n FROM orders WHERE employee_id IS NOT NULL GROUP BY employee_id)")
add("breakdowns", "avg salary by title", "SELECT title, AVG(salary) FROM employees GROUP BY title")
add("simple", "how many Sales Representatives are there", "SELECT COUNT(*) FROM employees WHERE title = 'Sales Representative'")

def check(con):
    ok, bad = [], []
    for it in ITEMS:
        try:
            rows = con.execute(it["sql"]).fetchall()
        except Exception as e:
            bad.append((it, f"error {e}")); continue
        if not rows or (len(rows) == 1 and all(v is None for v in rows[0])):
            bad.append((it, "empty/NULL")); continue
        if it["kind"] == "topn":
            m = re.search(r"LIMIT (\d+)\s*$", it["sql"])
            n = it["n"]
            if not m or int(m.group(1)) != n:
                bad.append((it, "no LIMIT n")); continue
            full = con.execute(it["sql"][:m.start()]).fetchall()
            if len(full) > n and full[n - 1][it["col"]] == full[n][it["col"]]:
                bad.append((it, "tie at cut-off")); continue
            if len(full) < n:
                bad.append((it, "fewer rows than n")); continue
        ok.append(it)
    return ok, bad

def main():
    db = os.path.join(HERE, "demo.sqlite")
    if "--db" in sys.argv: db = sys.argv[sys.argv.index("--db") + 1]
    con = sqlite3.connect(db)
    ok, bad = check(con)
    for it, why in bad:
        print("DROP", it["kind"], "|", it["q"], "|", why)
    qs = [x["q"] for x in ok]
    dup = {q for q in qs if qs.count(q) > 1}
    if dup: print("DUPLICATE", dup); sys.exit(1)
    json.dump([{"question": x["q"], "db_id": "demo", "query": x["sql"]} for x in ok],
              open(os.path.join(HERE, "demo_v3.json"), "w"), indent=1)
    json.dump({str(i): x["kind"] for i, x in enumerate(ok)},
              open(os.path.join(HERE, "demo_v3_kinds.json"), "w"), indent=1)
    from collections import Counter
    print(len(ok), "kept", len(bad), "dropped", dict(Counter(x["kind"] for x in ok)))

if __name__ == "__main__":
    main()

