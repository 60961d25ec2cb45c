# Builds demo_v1.json and demo_v1_kinds.json from the list below; verifies every gold query.
import json, sqlite3, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
DB = sys.argv[1] if len(sys.argv) > 1 else "/tmp/fresh-demo/demo/demo.sqlite"
REV = "oi.quantity*oi.unit_price*(1-COALESCE(oi.discount,0))"
NC = "o.status <> 'cancelled'"
FROM = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
LAST = "(SELECT MAX(order_date) FROM orders)"
WD = "CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END"
Q = []
def q(kind, question, sql):
    Q.append((kind, question, sql.format(REV=REV, NC=NC, FROM=FROM, LAST=LAST, WD=WD)))

# ---------------- time ----------------
q("time", "How many orders did we get in Q3 2022?",
  "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN '2022-07-01' AND '2022-09-30'")
q("time", "What was revenue in March 2023?",
  "SELECT SUM({REV}) {FROM} WHERE {NC} AND o.order_date BETWEEN '2023-03-01' AND '2023-03-31'")
q("time", "number of orders per month in 2024",
  "SELECT strftime('%m', order_date) AS month, COUNT(*) FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
q("time", "Which day of the week gets the most orders?",
  "SELECT {WD} AS weekday FROM orders o GROUP BY strftime('%w', o.order_date) ORDER BY COUNT(*) DESC LIMIT 1")
q("time", "How many orders were placed on weekends?",
  "SELECT COUNT(*) FROM orders WHERE strftime('%w', order_date) IN ('0','6')")
q("time", "Revenue over the last 6 months",
  "SELECT SUM({REV}) {FROM} WHERE {NC} AND o.order_date > date({LAST}, '-6 months')")
q("time", "how many orders in the last 3 months?",
  "SELECT COUNT(*) FROM orders WHERE order_date > date({LAST}, '-3 months')")
q("time", "What's the average number of days it takes to ship an order?",
  "SELECT AVG(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL")
q("time", "Average days to ship by sales channel",
  "SELECT channel, AVG(julianday(ship_date) - julianday(order_date)) FROM orders WHERE ship_date IS NOT NULL GROUP BY channel")
q("time", "How many new customers did we sign up each year?",
  "SELECT strftime('%Y', signup_date) AS year, COUNT(*) FROM customers GROUP BY year ORDER BY year")
q("time", "How many customers signed up in 2023?",
  "SELECT COUNT(*) FROM customers WHERE signup_date BETWEEN '2023-01-01' AND '2023-12-31'")
q("time", "What was the year-over-year revenue growth in 2024 compared to 2023, in percent?",
  "SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', o.order_date) = '2024' THEN {REV} END) - SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} END)) / SUM(CASE WHEN strftime('%Y', o.order_date) = '2023' THEN {REV} END) {FROM} WHERE {NC}")
q("time", "month over month growth in number of orders, Dec 2024 vs Nov 2024 (%)",
  "SELECT 100.0 * (SUM(order_date LIKE '2024-12%') - SUM(order_date LIKE '2024-11%')) / SUM(order_date LIKE '2024-11%') FROM orders")
q("time", "Revenue by quarter for 2023",
  "SELECT (CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3 AS quarter, SUM({REV}) {FROM} WHERE {NC} AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY quarter")
q("time", "Which month in 2022 had the highest revenue?",
  "SELECT strftime('%m', o.order_date) AS month {FROM} WHERE {NC} AND o.order_date BETWEEN '2022-01-01' AND '2022-12-31' GROUP BY month ORDER BY SUM({REV}) DESC LIMIT 1")
q("time", "orders per year",
  "SELECT strftime('%Y', order_date) AS year, COUNT(*) FROM orders GROUP BY year ORDER BY year")
q("time", "How many orders took more than 3 days to ship?",
  "SELECT COUNT(*) FROM orders WHERE julianday(ship_date) - julianday(order_date) > 3")
q("time", "How many orders were placed in the first half of 2023?",
  "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN '2023-01-01' AND '2023-06-30'")
q("time", "Total number of December orders across all years",
  "SELECT COUNT(*) FROM orders WHERE strftime('%m', order_date) = '12'")
q("time", "Show total revenue for each year",
  "SELECT strftime('%Y', o.order_date) AS year, SUM({REV}) {FROM} WHERE {NC} GROUP BY year ORDER BY year")
q("time", "cancelled orders by year",
  "SELECT strftime('%Y', order_date) AS year, COUNT(*) FROM orders WHERE status = 'cancelled' GROUP BY year ORDER BY year")
q("time", "How many employees have been hired since 2020?",
  "SELECT COUNT(*) FROM employees WHERE hire_date >= '2020-01-01'")
q("time", "Which products were launched in 2023?",
  "SELECT name FROM products WHERE launch_date BETWEEN '2023-01-01' AND '2023-12-31'")
q("time", "Average order value for each year",
  "SELECT strftime('%Y', o.order_date) AS year, SUM({REV}) / COUNT(DISTINCT o.order_id) {FROM} WHERE {NC} GROUP BY year ORDER BY year")
q("time", "How many units did we sell in Q4 2024?",
  "SELECT SUM(oi.quantity) {FROM} WHERE {NC} AND o.order_date BETWEEN '2024-10-01' AND '2024-12-31'")
q("time", "how many different customers placed an order in 2024",
  "SELECT COUNT(DISTINCT customer_id) FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31'")
q("time", "What's the longest it ever took us to ship an order, in days?",
  "SELECT MAX(julianday(ship_date) - julianday(order_date)) FROM orders")
q("time", "Total revenue from orders placed on Mondays",
  "SELECT SUM({REV}) {FROM} WHERE {NC} AND strftime('%w', o.order_date) = '1'")
q("time", "What share of 2024 revenue came in Q4?",
  "SELECT 100.0 * SUM(CASE WHEN o.order_date >= '2024-10-01' THEN {REV} END) / SUM({REV}) {FROM} WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31'")
q("time", "How many customers placed their very first order in 2022?",
  "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING MIN(order_date) BETWEEN '2022-01-01' AND '2022-12-31')")
q("time", "orders in the last 30 days",
  "SELECT COUNT(*) FROM orders WHERE order_date > date({LAST}, '-30 days')")
q("time", "Monthly revenue over the last 12 months",
  "SELECT strftime('%Y-%m', o.order_date) AS month, SUM({REV}) {FROM} WHERE {NC} AND o.order_date > date({LAST}, '-12 months') GROUP BY month ORDER BY month")
q("time", "Which quarter of 2021 had the fewest orders?",
  "SELECT (CAST(strftime('%m', order_date) AS INTEGER) + 2) / 3 AS quarter FROM orders WHERE order_date BETWEEN '2021-01-01' AND '2021-12-31' GROUP BY quarter ORDER BY COUNT(*) ASC LIMIT 1")
q("time", "average shipping cost per order in 2023",
  "SELECT AVG(shipping_cost) FROM orders WHERE order_date BETWEEN '2023-01-01' AND '2023-12-31'")
q("time", "How many orders shipped the same day they were ordered?",
  "SELECT COUNT(*) FROM orders WHERE ship_date = order_date")
q("time", "By how many dollars did revenue grow from 2021 to 2022?",
  "SELECT SUM(CASE WHEN strftime('%Y', o.order_date) = '2022' THEN {REV} END) - SUM(CASE WHEN strftime('%Y', o.order_date) = '2021' THEN {REV} END) {FROM} WHERE {NC}")
q("time", "How many orders between Jan 15 2023 and Feb 15 2023?",
  "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN '2023-01-15' AND '2023-02-15'")
q("time", "How many customers signed up in the last 12 months?",
  "SELECT COUNT(*) FROM customers WHERE signup_date > date({LAST}, '-12 months')")
q("time", "On average how many days pass between a customer signing up and their first order?",
  "SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f ON f.customer_id = c.customer_id")
q("time", "how many orders did we have in summer 2023 (jun-aug)",
  "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN '2023-06-01' AND '2023-08-31'")
q("time", "Electronics revenue by year",
  "SELECT strftime('%Y', o.order_date) AS year, SUM({REV}) {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} AND c.name = 'Electronics' GROUP BY year ORDER BY year")
q("time", "Number of orders by day of week",
  "SELECT {WD} AS weekday, COUNT(*) FROM orders o GROUP BY strftime('%w', o.order_date) ORDER BY strftime('%w', o.order_date)")
q("time", "Who is our most recently hired employee?",
  "SELECT first_name, last_name FROM employees ORDER BY hire_date DESC LIMIT 1")
q("time", "AOV in Q2 2024?",
  "SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) {FROM} WHERE {NC} AND o.order_date BETWEEN '2024-04-01' AND '2024-06-30'")
q("time", "New customer signups by month in 2024",
  "SELECT strftime('%m', signup_date) AS month, COUNT(*) FROM customers WHERE signup_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month")
q("time", "What was the revenue in the fourth quarter of 2022 compared with Q4 2021? give both",
  "SELECT SUM(CASE WHEN o.order_date BETWEEN '2021-10-01' AND '2021-12-31' THEN {REV} END) AS q4_2021, SUM(CASE WHEN o.order_date BETWEEN '2022-10-01' AND '2022-12-31' THEN {REV} END) AS q4_2022 {FROM} WHERE {NC}")
q("simple", "how many orders are pending right now",
  "SELECT COUNT(*) FROM orders WHERE status = 'pending'")
q("time", "How many returned orders were there in 2023?",
  "SELECT COUNT(*) FROM orders WHERE status = 'returned' AND order_date BETWEEN '2023-01-01' AND '2023-12-31'")
q("time", "Number of orders in each quarter of 2024",
  "SELECT (CAST(strftime('%m', order_date) AS INTEGER) + 2) / 3 AS quarter, COUNT(*) FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter")
q("time", "What was the busiest single day for orders?",
  "SELECT order_date FROM orders GROUP BY order_date ORDER BY COUNT(*) DESC LIMIT 1")

# ---------------- measures ----------------
q("measures", "What's our average order value?",
  "SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) {FROM} WHERE {NC}")
q("measures", "Total units sold",
  "SELECT SUM(oi.quantity) {FROM} WHERE {NC}")
q("measures", "What is our total revenue?",
  "SELECT SUM({REV}) {FROM} WHERE {NC}")
q("measures", "Which product sold the most units?",
  "SELECT p.name {FROM} JOIN products p ON p.product_id = oi.product_id WHERE {NC} GROUP BY p.product_id ORDER BY SUM(oi.quantity) DESC LIMIT 1")
q("measures", "top 5 products by revenue",
  "SELECT p.name, SUM({REV}) AS revenue {FROM} JOIN products p ON p.product_id = oi.product_id WHERE {NC} GROUP BY p.product_id ORDER BY revenue DESC LIMIT 5")
q("measures", "What is our overall gross margin percentage?",
  "SELECT 100.0 * (SUM({REV}) - SUM(oi.quantity * p.unit_cost)) / SUM({REV}) {FROM} JOIN products p ON p.product_id = oi.product_id WHERE {NC}")
q("measures", "Total profit by category",
  "SELECT c.name, SUM({REV}) - SUM(oi.quantity * p.unit_cost) AS profit {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} GROUP BY c.category_id")
q("measures", "What percent of revenue does each region contribute?",
  "SELECT r.name, 100.0 * SUM({REV}) / (SELECT SUM({REV}) {FROM} WHERE {NC}) {FROM} JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id WHERE {NC} GROUP BY r.region_id")
q("measures", "What percentage of orders get cancelled?",
  "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM orders")
q("measures", "return rate (% of orders returned)",
  "SELECT 100.0 * SUM(status = 'returned') / COUNT(*) FROM orders")
q("measures", "Revenue by product category",
  "SELECT c.name, SUM({REV}) {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} GROUP BY c.category_id")
q("measures", "units sold per category",
  "SELECT c.name, SUM(oi.quantity) {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} GROUP BY c.category_id")
q("measures", "Average order value by channel",
  "SELECT o.channel, SUM({REV}) / COUNT(DISTINCT o.order_id) {FROM} WHERE {NC} GROUP BY o.channel")
q("measures", "How much revenue comes from each customer segment?",
  "SELECT cu.segment, SUM({REV}) {FROM} JOIN customers cu ON cu.customer_id = o.customer_id WHERE {NC} GROUP BY cu.segment")
q("measures", "Which category has the best margin %?",
  "SELECT c.name {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} GROUP BY c.category_id ORDER BY (SUM({REV}) - SUM(oi.quantity * p.unit_cost)) / SUM({REV}) DESC LIMIT 1")
q("measures", "How many dollars did we give away in discounts?",
  "SELECT SUM(oi.quantity * oi.unit_price * oi.discount) {FROM} WHERE {NC}")
q("measures", "Top 5 sales reps by revenue",
  "SELECT e.first_name, e.last_name, SUM({REV}) AS revenue {FROM} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5")
q("measures", "Which region brings in the most revenue?",
  "SELECT r.name {FROM} JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id WHERE {NC} GROUP BY r.region_id ORDER BY SUM({REV}) DESC LIMIT 1")
q("measures", "average number of units per order",
  "SELECT CAST(SUM(oi.quantity) AS REAL) / COUNT(DISTINCT o.order_id) {FROM} WHERE {NC}")
q("measures", "Revenue from loyalty members vs non-members",
  "SELECT cu.loyalty_member, SUM({REV}) {FROM} JOIN customers cu ON cu.customer_id = o.customer_id WHERE {NC} GROUP BY cu.loyalty_member")
q("measures", "What share of revenue comes from the online channel?",
  "SELECT 100.0 * SUM(CASE WHEN o.channel = 'online' THEN {REV} END) / SUM({REV}) {FROM} WHERE {NC}")
q("measures", "total shipping costs",
  "SELECT SUM(shipping_cost) FROM orders")
q("measures", "How much profit did Furniture make?",
  "SELECT SUM({REV}) - SUM(oi.quantity * p.unit_cost) {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} AND c.name = 'Furniture'")
q("measures", "Top 10 countries by revenue",
  "SELECT cu.country, SUM({REV}) AS revenue {FROM} JOIN customers cu ON cu.customer_id = o.customer_id WHERE {NC} GROUP BY cu.country ORDER BY revenue DESC LIMIT 10")
q("measures", "Average revenue per customer (customers who bought something)",
  "SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) {FROM} WHERE {NC}")
q("measures", "How many units of discontinued products have we sold?",
  "SELECT SUM(oi.quantity) {FROM} JOIN products p ON p.product_id = oi.product_id WHERE {NC} AND p.discontinued = 1")
q("measures", "Which product has made us the least profit?",
  "SELECT p.name {FROM} JOIN products p ON p.product_id = oi.product_id WHERE {NC} GROUP BY p.product_id ORDER BY SUM({REV}) - SUM(oi.quantity * p.unit_cost) ASC LIMIT 1")
q("measures", "What percentage of orders come through each channel?",
  "SELECT channel, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM orders) FROM orders GROUP BY channel")
q("measures", "what % of our customers are in the loyalty program",
  "SELECT 100.0 * SUM(loyalty_member) / COUNT(*) FROM customers")
q("measures", "Books revenue in 2023",
  "SELECT SUM({REV}) {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} AND c.name = 'Books' AND o.order_date BETWEEN '2023-01-01' AND '2023-12-31'")
q("measures", "Average profit per unit sold in Electronics",
  "SELECT (SUM({REV}) - SUM(oi.quantity * p.unit_cost)) / SUM(oi.quantity) {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} AND c.name = 'Electronics'")
q("measures", "Gross margin % by region",
  "SELECT r.name, 100.0 * (SUM({REV}) - SUM(oi.quantity * p.unit_cost)) / SUM({REV}) {FROM} JOIN products p ON p.product_id = oi.product_id JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id WHERE {NC} GROUP BY r.region_id")
q("measures", "top 3 categories by units sold",
  "SELECT c.name, SUM(oi.quantity) AS units {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} GROUP BY c.category_id ORDER BY units DESC LIMIT 3")
q("measures", "Revenue generated by Europe customers",
  "SELECT SUM({REV}) {FROM} JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id WHERE {NC} AND r.name = 'Europe'")
q("measures", "What's the average discount on lines that got one?",
  "SELECT AVG(discount) FROM order_items WHERE discount IS NOT NULL")
q("measures", "Share of orders that are still pending or shipped (not delivered yet), %",
  "SELECT 100.0 * SUM(status IN ('pending', 'shipped')) / COUNT(*) FROM orders")
q("measures", "Who is our biggest customer by total spend?",
  "SELECT cu.first_name, cu.last_name {FROM} JOIN customers cu ON cu.customer_id = o.customer_id WHERE {NC} GROUP BY cu.customer_id ORDER BY SUM({REV}) DESC LIMIT 1")
q("measures", "Revenue per sales rep title",
  "SELECT e.title, SUM({REV}) {FROM} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} GROUP BY e.title")

# ---------------- tricky ----------------
q("tricky", "Which products are priced above the average product price?",
  "SELECT name FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)")
q("tricky", "How many customers have bought both Electronics and Furniture?",
  "SELECT COUNT(*) FROM (SELECT o.customer_id {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Electronics' INTERSECT SELECT o.customer_id {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Furniture')")
q("tricky", "how many customers have ordered online but never in a store",
  "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE channel = 'online' EXCEPT SELECT customer_id FROM orders WHERE channel = 'store')")
q("tricky", "Top 2 products by revenue in each category",
  "SELECT category, product, revenue FROM (SELECT c.name AS category, p.name AS product, SUM({REV}) AS revenue, ROW_NUMBER() OVER (PARTITION BY c.category_id ORDER BY SUM({REV}) DESC) AS rn {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE {NC} GROUP BY p.product_id) WHERE rn <= 2")
q("tricky", "Which employees report directly to the VP of Sales?",
  "SELECT e.first_name, e.last_name FROM employees e JOIN employees m ON m.employee_id = e.manager_id WHERE m.title = 'VP of Sales'")
q("tricky", "Which employees have never handled an order?",
  "SELECT first_name, last_name FROM employees WHERE employee_id NOT IN (SELECT employee_id FROM orders WHERE employee_id IS NOT NULL)")
q("tricky", "How many customers have never placed an order?",
  "SELECT COUNT(*) FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)")
q("tricky", "What is the most expensive product in each category?",
  "SELECT c.name, p.name FROM products p JOIN categories c ON c.category_id = p.category_id WHERE p.unit_price = (SELECT MAX(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
q("tricky", "How many customers spent more than the average customer?",
  "SELECT COUNT(*) FROM (SELECT o.customer_id, SUM({REV}) AS s {FROM} WHERE {NC} GROUP BY o.customer_id) WHERE s > (SELECT AVG(s) FROM (SELECT SUM({REV}) AS s {FROM} WHERE {NC} GROUP BY o.customer_id))")
q("tricky", "Which products sold in 2024 but not at all in 2023?",
  "SELECT name FROM products WHERE product_id IN (SELECT oi.product_id {FROM} WHERE o.order_date BETWEEN '2024-01-01' AND '2024-12-31' EXCEPT SELECT oi.product_id {FROM} WHERE o.order_date BETWEEN '2023-01-01' AND '2023-12-31')")
q("tricky", "How many customers ordered in 2021 but not in 2024?",
  "SELECT COUNT(*) FROM (SELECT customer_id FROM orders WHERE order_date BETWEEN '2021-01-01' AND '2021-12-31' EXCEPT SELECT customer_id FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31')")
q("tricky", "Who is the manager with the most direct reports?",
  "SELECT m.first_name, m.last_name FROM employees e JOIN employees m ON m.employee_id = e.manager_id GROUP BY m.employee_id ORDER BY COUNT(*) DESC LIMIT 1")
q("tricky", "What's the second most expensive product?",
  "SELECT name FROM products ORDER BY unit_price DESC LIMIT 1 OFFSET 1")
q("tricky", "Which categories have an average price above the overall average price?",
  "SELECT c.name FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.category_id HAVING AVG(p.unit_price) > (SELECT AVG(unit_price) FROM products)")
q("tricky", "Best customer in each region by revenue",
  "SELECT region, first_name, last_name FROM (SELECT r.name AS region, cu.first_name, cu.last_name, ROW_NUMBER() OVER (PARTITION BY r.region_id ORDER BY SUM({REV}) DESC) AS rn {FROM} JOIN customers cu ON cu.customer_id = o.customer_id JOIN regions r ON r.region_id = cu.region_id WHERE {NC} GROUP BY cu.customer_id) WHERE rn = 1")
q("tricky", "Employees paid more than the average salary for their title",
  "SELECT e.first_name, e.last_name FROM employees e WHERE e.salary > (SELECT AVG(e2.salary) FROM employees e2 WHERE e2.title = e.title)")
q("tricky", "Which products cost less than the cheapest Furniture item? list names",
  "SELECT p.name FROM products p WHERE p.unit_price < (SELECT MIN(p2.unit_price) FROM products p2 JOIN categories c ON c.category_id = p2.category_id WHERE c.name = 'Furniture')")
q("tricky", "which countries have customers in more than 5 cities",
  "SELECT country FROM customers GROUP BY country HAVING COUNT(DISTINCT city) > 5")
q("tricky", "Which reps sold more than the average rep in 2024 (by revenue)? names please",
  "SELECT first_name, last_name FROM (SELECT e.first_name, e.last_name, SUM({REV}) AS s {FROM} JOIN employees e ON e.employee_id = o.employee_id WHERE {NC} AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY e.employee_id) WHERE s > (SELECT AVG(s) FROM (SELECT SUM({REV}) AS s {FROM} WHERE {NC} AND o.employee_id IS NOT NULL AND o.order_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY o.employee_id))")
q("tricky", "Which regions have more than 70 customers per employee?",
  "SELECT r.name FROM regions r WHERE (SELECT COUNT(*) FROM customers c WHERE c.region_id = r.region_id) > 70 * (SELECT COUNT(*) FROM employees e WHERE e.region_id = r.region_id)")
q("tricky", "Customers who bought Books but never anything from Electronics — how many?",
  "SELECT COUNT(*) FROM (SELECT o.customer_id {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Books' EXCEPT SELECT o.customer_id {FROM} JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Electronics')")
q("tricky", "Which discontinued products are still priced above the category average?",
  "SELECT p.name FROM products p WHERE p.discontinued = 1 AND p.unit_price > (SELECT AVG(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
q("tricky", "Name the cheapest product in each category",
  "SELECT c.name, p.name FROM products p JOIN categories c ON c.category_id = p.category_id WHERE p.unit_price = (SELECT MIN(p2.unit_price) FROM products p2 WHERE p2.category_id = p.category_id)")
q("tricky", "Which employees were hired before their manager?",
  "SELECT e.first_name, e.last_name FROM employees e JOIN employees m ON m.employee_id = e.manager_id WHERE e.hire_date < m.hire_date")

# ---------------- simple ----------------
q("simple", "How many customers do we have?", "SELECT COUNT(*) FROM customers")
q("simple", "how many products", "SELECT COUNT(*) FROM products")
q("simple", "Number of employees?", "SELECT COUNT(*) FROM employees")
q("simple", "What product categories do we have?", "SELECT name FROM categories")
q("simple", "Total number of orders", "SELECT COUNT(*) FROM orders")
q("simple", "How many products are discontinued?", "SELECT COUNT(*) FROM products WHERE discontinued = 1")
q("simple", "How many loyalty members are there?", "SELECT COUNT(*) FROM customers WHERE loyalty_member = 1")
q("simple", "how many corporate customers do we have", "SELECT COUNT(*) FROM customers WHERE segment = 'Corporate'")
q("simple", "List all our sales regions", "SELECT name FROM regions")
q("simple", "How many customers are in Germany?", "SELECT COUNT(*) FROM customers WHERE country = 'Germany'")
q("simple", "What's the average product price?", "SELECT AVG(unit_price) FROM products")
q("simple", "What is the highest salary?", "SELECT MAX(salary) FROM employees")
q("simple", "how many orders were cancelled", "SELECT COUNT(*) FROM orders WHERE status = 'cancelled'")
q("simple", "Which products are discontinued?", "SELECT name FROM products WHERE discontinued = 1")
q("simple", "How many customers are in the UK?", "SELECT COUNT(*) FROM customers WHERE country = 'United Kingdom'")
q("simple", "How many customers are based in the US?", "SELECT COUNT(*) FROM customers WHERE country = 'United States'")

# ---------------- filters ----------------
q("filters", "Which products cost more than $1,000?", "SELECT name FROM products WHERE unit_price > 1000")
q("filters", "How many products are priced between $50 and $100?", "SELECT COUNT(*) FROM products WHERE unit_price BETWEEN 50 AND 100")
q("filters", "How many orders had shipping cost above $10?", "SELECT COUNT(*) FROM orders WHERE shipping_cost > 10")
q("filters", "Which employees earn more than $100,000?", "SELECT first_name, last_name FROM employees WHERE salary > 100000")
q("filters", "How many customers do we have in Toronto?", "SELECT COUNT(*) FROM customers WHERE city = 'Toronto'")
q("filters", "products under $10", "SELECT name FROM products WHERE unit_price < 10")
q("filters", "How many delivered orders came in by phone?", "SELECT COUNT(*) FROM orders WHERE status = 'delivered' AND channel = 'phone'")
q("filters", "List the sales representatives in Europe",
  "SELECT e.first_name, e.last_name FROM employees e JOIN regions r ON r.region_id = e.region_id WHERE e.title = 'Sales Representative' AND r.name = 'Europe'")
q("filters", "Kitchen products under $30", "SELECT p.name FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Kitchen' AND p.unit_price < 30")
q("filters", "How many order lines had a discount of 20% or more?", "SELECT COUNT(*) FROM order_items WHERE discount >= 0.2")
q("filters", "how many products have a unit cost over $500", "SELECT COUNT(*) FROM products WHERE unit_cost > 500")
q("filters", "Employees making between $60,000 and $90,000", "SELECT first_name, last_name FROM employees WHERE salary BETWEEN 60000 AND 90000")
q("filters", "How many small business customers are loyalty members?", "SELECT COUNT(*) FROM customers WHERE segment = 'Small Business' AND loyalty_member = 1")
q("filters", "How many orders were placed online and then returned?", "SELECT COUNT(*) FROM orders WHERE channel = 'online' AND status = 'returned'")
q("filters", "Which Electronics products cost over $250?", "SELECT p.name FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.name = 'Electronics' AND p.unit_price > 250")
q("filters", "How many customers in Asia Pacific?", "SELECT COUNT(*) FROM customers c JOIN regions r ON r.region_id = c.region_id WHERE r.name = 'Asia Pacific'")
q("filters", "How many orders with free shipping?", "SELECT COUNT(*) FROM orders WHERE shipping_cost = 0")
q("filters", "number of customers without a company name", "SELECT COUNT(*) FROM customers WHERE company IS NULL OR company = ''")

# ---------------- breakdowns ----------------
q("breakdowns", "Number of customers by country", "SELECT country, COUNT(*) FROM customers GROUP BY country")
q("breakdowns", "orders by status", "SELECT status, COUNT(*) FROM orders GROUP BY status")
q("breakdowns", "How many orders per channel?", "SELECT channel, COUNT(*) FROM orders GROUP BY channel")
q("breakdowns", "How many products in each category?", "SELECT c.name, COUNT(*) FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.category_id")
q("breakdowns", "headcount by region", "SELECT r.name, COUNT(*) FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id")
q("breakdowns", "Customers per segment", "SELECT segment, COUNT(*) FROM customers GROUP BY segment")
q("breakdowns", "Average product price by category", "SELECT c.name, AVG(p.unit_price) FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.category_id")
q("breakdowns", "How many customers does each region have?", "SELECT r.name, COUNT(*) FROM customers c JOIN regions r ON r.region_id = c.region_id GROUP BY r.region_id")
q("breakdowns", "Average salary by job title", "SELECT title, AVG(salary) FROM employees GROUP BY title")
q("breakdowns", "Order count by channel and status", "SELECT channel, status, COUNT(*) FROM orders GROUP BY channel, status")
q("breakdowns", "number of orders each sales rep handled", "SELECT e.first_name, e.last_name, COUNT(*) FROM orders o JOIN employees e ON e.employee_id = o.employee_id GROUP BY e.employee_id")
q("breakdowns", "Average shipping cost by channel", "SELECT channel, AVG(shipping_cost) FROM orders GROUP BY channel")
q("breakdowns", "how many loyalty members in each segment", "SELECT segment, COUNT(*) FROM customers WHERE loyalty_member = 1 GROUP BY segment")
q("breakdowns", "Orders by customer region", "SELECT r.name, COUNT(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id GROUP BY r.region_id")
q("breakdowns", "Number of employees per job title", "SELECT title, COUNT(*) FROM employees GROUP BY title")

# ---------------- topn ----------------
q("topn", "Top 4 countries by number of customers", "SELECT country, COUNT(*) AS n FROM customers GROUP BY country ORDER BY n DESC LIMIT 4")
q("topn", "10 most expensive products", "SELECT name, unit_price FROM products ORDER BY unit_price DESC LIMIT 10")
q("topn", "Which 3 cities have the most customers?", "SELECT city FROM customers GROUP BY city ORDER BY COUNT(*) DESC LIMIT 3")
q("topn", "Top 5 customers by number of orders", "SELECT c.first_name, c.last_name, COUNT(*) AS n FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.customer_id ORDER BY n DESC LIMIT 5")
q("topn", "Which employee handled the most orders?", "SELECT e.first_name, e.last_name FROM orders o JOIN employees e ON e.employee_id = o.employee_id GROUP BY e.employee_id ORDER BY COUNT(*) DESC LIMIT 1")
q("topn", "5 cheapest products", "SELECT name, unit_price FROM products ORDER BY unit_price ASC LIMIT 5")
q("topn", "Who are the 5 highest paid employees?", "SELECT first_name, last_name, salary FROM employees ORDER BY salary DESC LIMIT 5")
q("topn", "Which country has the most customers?", "SELECT country FROM customers GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1")
q("topn", "Top 3 products with the highest unit margin (price minus cost)", "SELECT name, unit_price - unit_cost AS margin FROM products ORDER BY margin DESC LIMIT 3")
q("topn", "Which 3 products cost us the most to buy (unit cost)?", "SELECT name, unit_cost FROM products ORDER BY unit_cost DESC LIMIT 3")
q("topn", "Lowest paid employee", "SELECT first_name, last_name FROM employees WHERE salary IS NOT NULL ORDER BY salary ASC LIMIT 1")
q("topn", "Which region has the fewest customers?", "SELECT r.name FROM customers c JOIN regions r ON r.region_id = c.region_id GROUP BY r.region_id ORDER BY COUNT(*) ASC LIMIT 1")
q("topn", "Top 3 sales channels by order count", "SELECT channel, COUNT(*) AS n FROM orders GROUP BY channel ORDER BY n DESC LIMIT 3")
q("topn", "Longest-serving 3 employees", "SELECT first_name, last_name, hire_date FROM employees ORDER BY hire_date ASC LIMIT 3")
q("topn", "What are the 5 most ordered products (by number of orders they appear in)?", "SELECT p.name, COUNT(DISTINCT oi.order_id) AS n FROM order_items oi JOIN products p ON p.product_id = oi.product_id GROUP BY p.product_id ORDER BY n DESC LIMIT 5")

con = sqlite3.connect(DB)
bad = 0
for i, (k, qu, sql) in enumerate(Q):
    try:
        rows = con.execute(sql).fetchall()
        if not rows or all(v is None for v in rows[0]):
            print("EMPTY", i, qu, rows[:2]); bad += 1
    except Exception as e:
        print("ERR", i, qu, e); bad += 1
from collections import Counter
print(len(Q), Counter(k for k, _, _ in Q), "bad", bad)
if bad == 0:
    json.dump([{"question": qu, "db_id": "demo", "query": sql} for k, qu, sql in Q], open(os.path.join(HERE, "demo_v1.json"), "w"), indent=1, ensure_ascii=False)
    json.dump({str(i): k for i, (k, _, _) in enumerate(Q)}, open(os.path.join(HERE, "demo_v1_kinds.json"), "w"), indent=1)
