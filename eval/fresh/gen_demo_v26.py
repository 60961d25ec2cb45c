#!/usr/bin/env python3
"""Held-out evaluation set v26 over the genbi demo sales database (db_id "demo").

Writes /tmp/blind32/demo_v26.json (list of {"question","db_id","query"}) and
/tmp/blind32/demo_v26_kinds.json ({"<index>": kind}) only if every check passes.

Business conventions (decided from the README and the data, applied everywhere):

* Revenue (sales) = SUM(order_items.quantity * order_items.unit_price * (1 - COALESCE(discount, 0)))
  over orders whose status is not 'cancelled' (returned, delivered, shipped, pending all count).
  This reproduces the README's "Revenue by year" (2021 = $1,212,415.64) and
  "Top 5 customers by revenue" (Jan Russo = $24,472.30). Gross sales = quantity * unit_price
  before discount; discount given = gross sales - revenue.
* Units sold, profit, margin, AOV, "bought/sold/purchased" use the same non-cancelled orders.
  Cost = quantity * products.unit_cost; profit = revenue - cost (shipping not included);
  margin % = 100.0 * profit / revenue. AOV = revenue / number of distinct non-cancelled orders.
* An order's value is its revenue (items after discount, shipping excluded).
* Counting orders ("how many orders", orders by X, "placed/ordered", "never ordered") counts every
  order of any status unless the question names a status. Rates of a status (% returned,
  cancellation rate) are over all orders. Return rate of units = units in returned orders /
  units sold (non-cancelled).
* The date of a sale is orders.order_date. Sales by region/country/segment use the customer's
  region/country/segment; sales by employee/salesperson use orders.employee_id; an employee's
  region is employees.region_id. Products' category via products.category_id.
* Time anchor: the data runs 2021-01-01 .. 2024-12-31; "now" is the latest order date
  (SELECT MAX(order_date) FROM orders) = 2024-12-31, never the wall clock. "This year" = 2024,
  "last year" = 2023. "Last N months" = the N calendar months ending with the anchor's month
  (order_date >= date(anchor, 'start of month', '-(N-1) months')); "last N days/weeks" = the
  N days / 7N days ending on the anchor (order_date > date(anchor, '-N days')).
* Labels: years 'YYYY'; months 'YYYY-MM'; quarters 'YYYY-Qn'; halves 'H1'/'H2'; month of year as
  English names ('January'); weekdays as English names ordered Monday..Sunday. People display as
  first_name || ' ' || last_name. Days between dates = julianday(later) - julianday(earlier).
  Shipping/delivery time = ship_date - order_date over orders that have a ship_date.
* A customer's cohort is the year of their first order (any status). Growth % =
  100.0 * (current - previous) / previous. Shares use 100.0 *. No ROUND in gold SQL.
* Answers show label columns then measures, no ids. Top-N answers are checked to have no tie at
  the cut-off. Results are ordered by the measure (desc) for rankings/breakdowns and by time for
  time series.
"""
import json
import sqlite3
import sys

DB = "/tmp/blind32/demo/demo.sqlite"
OUT = "/tmp/blind32/demo_v26.json"
OUT_KINDS = "/tmp/blind32/demo_v26_kinds.json"

REV = "oi.quantity * oi.unit_price * (1 - COALESCE(oi.discount, 0))"
GROSS = "oi.quantity * oi.unit_price"
COST = "oi.quantity * p.unit_cost"
NC = "o.status <> 'cancelled'"
ANCHOR = "(SELECT MAX(order_date) FROM orders)"
SALES = "FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
SALES_P = SALES + " JOIN products p ON p.product_id = oi.product_id"
SALES_PC = SALES_P + " JOIN categories cat ON cat.category_id = p.category_id"
SALES_C = SALES + " JOIN customers c ON c.customer_id = o.customer_id"
CNAME = "c.first_name || ' ' || c.last_name"
ENAME = "e.first_name || ' ' || e.last_name"
MONTH = "strftime('%Y-%m', o.order_date)"
YEAR = "strftime('%Y', o.order_date)"
QUARTER = "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"
WEEKDAY = ("CASE strftime('%w', o.order_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
           "WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
           "WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
WEEKDAY_ORDER = "(CAST(strftime('%w', o.order_date) AS INTEGER) + 6) % 7"
MONTHNAME = ("CASE strftime('%m', o.order_date) WHEN '01' THEN 'January' WHEN '02' THEN 'February' "
             "WHEN '03' THEN 'March' WHEN '04' THEN 'April' WHEN '05' THEN 'May' WHEN '06' THEN 'June' "
             "WHEN '07' THEN 'July' WHEN '08' THEN 'August' WHEN '09' THEN 'September' "
             "WHEN '10' THEN 'October' WHEN '11' THEN 'November' ELSE 'December' END")

Q = []  # (kind, question, sql)


def add(kind, question, sql):
    Q.append((kind, question, " ".join(sql.split())))


# ---------------------------------------------------------------- simple (10)
add("simple", "How many customers are there?",
    "SELECT COUNT(*) AS customers FROM customers")
add("simple", "how many products do we carry",
    "SELECT COUNT(*) AS products FROM products")
add("simple", "Total number of orders?",
    "SELECT COUNT(*) AS orders FROM orders")
add("simple", "What's our total revenue to date?",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC}")
add("simple", "How many employees do we have?",
    "SELECT COUNT(*) AS employees FROM employees")
add("simple", "What's the average list price of our products?",
    "SELECT AVG(unit_price) AS avg_unit_price FROM products")
add("simple", "List our sales regions",
    "SELECT name AS region FROM regions ORDER BY name")
add("simple", "How many customers are loyalty members?",
    "SELECT COUNT(*) AS loyalty_members FROM customers WHERE loyalty_member = 1")
add("simple", "total units sold, all time",
    f"SELECT SUM(oi.quantity) AS units_sold {SALES} WHERE {NC}")
add("simple", "whats the total shipping cost across all orders",
    "SELECT SUM(shipping_cost) AS shipping_cost FROM orders")

# ---------------------------------------------------------------- filters (20)
add("filters", "How many orders were cancelled?",
    "SELECT COUNT(*) AS cancelled_orders FROM orders WHERE status = 'cancelled'")
add("filters", "Furniture items priced over $500",
    """SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id
       WHERE cat.name = 'Furniture' AND p.unit_price > 500 ORDER BY p.unit_price DESC""")
add("filters", "How many German customers are in the loyalty program?",
    "SELECT COUNT(*) AS customers FROM customers WHERE country = 'Germany' AND loyalty_member = 1")
add("filters", "Which products have been discontinued?",
    """SELECT p.name AS product, cat.name AS category FROM products p JOIN categories cat ON cat.category_id = p.category_id
       WHERE p.discontinued = 1 ORDER BY p.name""")
add("filters", "number of phone orders that got returned",
    "SELECT COUNT(*) AS orders FROM orders WHERE channel = 'phone' AND status = 'returned'")
add("filters", "show me the corporate customers in Japan",
    f"""SELECT {CNAME} AS customer, c.company, c.city FROM customers c
        WHERE c.segment = 'Corporate' AND c.country = 'Japan' ORDER BY customer""")
add("filters", "How many orders had shipping over $10?",
    "SELECT COUNT(*) AS orders FROM orders WHERE shipping_cost > 10")
add("filters", "office supplies under $20",
    """SELECT p.name AS product, p.unit_price FROM products p JOIN categories cat ON cat.category_id = p.category_id
       WHERE cat.name = 'Office Supplies' AND p.unit_price < 20 ORDER BY p.unit_price""")
add("filters", "Who did we hire after 2020?",
    f"""SELECT {ENAME} AS employee, e.title, e.hire_date FROM employees e
        WHERE e.hire_date >= '2021-01-01' ORDER BY e.hire_date""")
add("filters", "How many customers don't have an email address on file?",
    "SELECT COUNT(*) AS customers FROM customers WHERE email IS NULL OR email = ''")
add("filters", "how many small business customers signed up in 2023",
    """SELECT COUNT(*) AS customers FROM customers WHERE segment = 'Small Business'
       AND signup_date >= '2023-01-01' AND signup_date < '2024-01-01'""")
add("filters", "How many orders are still pending?",
    "SELECT COUNT(*) AS pending_orders FROM orders WHERE status = 'pending'")
add("filters", "how many order lines had a discount of 20% or more",
    "SELECT COUNT(*) AS order_lines FROM order_items WHERE discount >= 0.2")
add("filters", "Revenue from online orders placed by customers in Europe",
    f"""SELECT SUM({REV}) AS revenue {SALES_C} JOIN regions r ON r.region_id = c.region_id
        WHERE {NC} AND o.channel = 'online' AND r.name = 'Europe'""")
add("filters", "Who works in the Latin America region?",
    f"""SELECT {ENAME} AS employee, e.title FROM employees e JOIN regions r ON r.region_id = e.region_id
        WHERE r.name = 'Latin America' ORDER BY employee""")
add("filters", "Which products launched in 2024?",
    """SELECT p.name AS product, cat.name AS category, p.launch_date FROM products p
       JOIN categories cat ON cat.category_id = p.category_id
       WHERE p.launch_date >= '2024-01-01' AND p.launch_date < '2025-01-01' ORDER BY p.launch_date""")
add("filters", "how many orders were worth more than $1,000?",
    f"""SELECT COUNT(*) AS orders FROM (SELECT o.order_id {SALES} WHERE {NC}
        GROUP BY o.order_id HAVING SUM({REV}) > 1000)""")
add("filters", "How many orders shipped the same day they were placed?",
    "SELECT COUNT(*) AS orders FROM orders WHERE ship_date = order_date")
add("filters", "Which employees have no salary on record?",
    f"SELECT {ENAME} AS employee, e.title FROM employees e WHERE e.salary IS NULL ORDER BY employee")
add("filters", "US store orders in 2024 - how many?",
    """SELECT COUNT(*) AS orders FROM orders o JOIN customers c ON c.customer_id = o.customer_id
       WHERE c.country = 'United States' AND o.channel = 'store'
       AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'""")

# ---------------------------------------------------------------- topn (15)
add("topn", "Top 5 customers by revenue",
    f"""SELECT {CNAME} AS customer, SUM({REV}) AS revenue {SALES_C} WHERE {NC}
        GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5""")
add("topn", "top 10 prodcuts by units sold",
    f"""SELECT p.name AS product, SUM(oi.quantity) AS units_sold {SALES_P} WHERE {NC}
        GROUP BY p.product_id ORDER BY units_sold DESC LIMIT 10""")
add("topn", "What are our top 3 categories by revenue?",
    f"""SELECT cat.name AS category, SUM({REV}) AS revenue {SALES_PC} WHERE {NC}
        GROUP BY cat.category_id ORDER BY revenue DESC LIMIT 3""")
add("topn", "best selling electronics product by revenue?",
    f"""SELECT p.name AS product, SUM({REV}) AS revenue {SALES_PC} WHERE {NC} AND cat.name = 'Electronics'
        GROUP BY p.product_id ORDER BY revenue DESC LIMIT 1""")
add("topn", "Who are our top 5 salespeople by revenue?",
    f"""SELECT {ENAME} AS employee, SUM({REV}) AS revenue {SALES} JOIN employees e ON e.employee_id = o.employee_id
        WHERE {NC} GROUP BY e.employee_id ORDER BY revenue DESC LIMIT 5""")
add("topn", "Which 5 countries bring in the most revenue?",
    f"""SELECT c.country, SUM({REV}) AS revenue {SALES_C} WHERE {NC}
        GROUP BY c.country ORDER BY revenue DESC LIMIT 5""")
add("topn", "5 most expensive products",
    "SELECT name AS product, unit_price FROM products ORDER BY unit_price DESC LIMIT 5")
add("topn", "top 5 most profitable products",
    f"""SELECT p.name AS product, SUM({REV}) - SUM({COST}) AS profit {SALES_P} WHERE {NC}
        GROUP BY p.product_id ORDER BY profit DESC LIMIT 5""")
add("topn", "Bottom 5 products by revenue - which sell the worst?",
    f"""SELECT p.name AS product, SUM({REV}) AS revenue {SALES_P} WHERE {NC}
        GROUP BY p.product_id ORDER BY revenue ASC LIMIT 5""")
add("topn", "Top 3 cities by number of customers",
    "SELECT city, COUNT(*) AS customers FROM customers GROUP BY city ORDER BY customers DESC LIMIT 3")
add("topn", "Which region had the highest revenue in 2023?",
    f"""SELECT r.name AS region, SUM({REV}) AS revenue {SALES_C} JOIN regions r ON r.region_id = c.region_id
        WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'
        GROUP BY r.region_id ORDER BY revenue DESC LIMIT 1""")
add("topn", "5 most returned products (by units)",
    f"""SELECT p.name AS product, SUM(oi.quantity) AS units_returned {SALES_P} WHERE o.status = 'returned'
        GROUP BY p.product_id ORDER BY units_returned DESC LIMIT 5""")
add("topn", "top 5 companies by revenue",
    f"""SELECT c.company, SUM({REV}) AS revenue {SALES_C} WHERE {NC} AND c.company IS NOT NULL AND c.company <> ''
        GROUP BY c.company ORDER BY revenue DESC LIMIT 5""")
add("topn", "Which employee has the highest salary?",
    f"SELECT {ENAME} AS employee, e.title, e.salary FROM employees e WHERE e.salary IS NOT NULL ORDER BY e.salary DESC LIMIT 1")
add("topn", "Top 3 months ever by revenue",
    f"""SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES} WHERE {NC}
        GROUP BY month ORDER BY revenue DESC LIMIT 3""")

# ---------------------------------------------------------------- breakdowns (15)
add("breakdowns", "Number of customers by country",
    "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC, country")
add("breakdowns", "Revenue by category",
    f"""SELECT cat.name AS category, SUM({REV}) AS revenue {SALES_PC} WHERE {NC}
        GROUP BY cat.category_id ORDER BY revenue DESC""")
add("breakdowns", "orders by status",
    "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC")
add("breakdowns", "revenue by channel",
    f"SELECT o.channel, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY o.channel ORDER BY revenue DESC")
add("breakdowns", "Sales by region",
    f"""SELECT r.name AS region, SUM({REV}) AS revenue {SALES_C} JOIN regions r ON r.region_id = c.region_id
        WHERE {NC} GROUP BY r.region_id ORDER BY revenue DESC""")
add("breakdowns", "customer count per segment",
    "SELECT segment, COUNT(*) AS customers FROM customers GROUP BY segment ORDER BY customers DESC")
add("breakdowns", "units sold per category",
    f"""SELECT cat.name AS category, SUM(oi.quantity) AS units_sold {SALES_PC} WHERE {NC}
        GROUP BY cat.category_id ORDER BY units_sold DESC""")
add("breakdowns", "How many employees per job title?",
    "SELECT title, COUNT(*) AS employees FROM employees GROUP BY title ORDER BY employees DESC, title")
add("breakdowns", "Revenue by customer segment",
    f"SELECT c.segment, SUM({REV}) AS revenue {SALES_C} WHERE {NC} GROUP BY c.segment ORDER BY revenue DESC")
add("breakdowns", "How many products are in each category, and what's the avg price?",
    """SELECT cat.name AS category, COUNT(*) AS products, AVG(p.unit_price) AS avg_unit_price
       FROM products p JOIN categories cat ON cat.category_id = p.category_id
       GROUP BY cat.category_id ORDER BY cat.name""")
add("breakdowns", "orders broken down by channel and status",
    "SELECT channel, status, COUNT(*) AS orders FROM orders GROUP BY channel, status ORDER BY channel, orders DESC")
add("breakdowns", "revenue by region and category",
    f"""SELECT r.name AS region, cat.name AS category, SUM({REV}) AS revenue {SALES_PC}
        JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
        WHERE {NC} GROUP BY r.region_id, cat.category_id ORDER BY region, revenue DESC""")
add("breakdowns", "headcount and average salary per region",
    """SELECT r.name AS region, COUNT(*) AS employees, AVG(e.salary) AS avg_salary
       FROM employees e JOIN regions r ON r.region_id = e.region_id GROUP BY r.region_id ORDER BY employees DESC, region""")
add("breakdowns", "Revenue split: loyalty members vs non-members",
    f"""SELECT CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty,
        SUM({REV}) AS revenue {SALES_C} WHERE {NC} GROUP BY loyalty ORDER BY revenue DESC""")
add("breakdowns", "shipping costs by chanel",
    "SELECT channel, SUM(shipping_cost) AS shipping_cost FROM orders GROUP BY channel ORDER BY shipping_cost DESC")

# ---------------------------------------------------------------- measures (35)
add("measures", "Whats our avrage order value?",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES} WHERE {NC}")
add("measures", "AOV in 2024?",
    f"""SELECT SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES}
        WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'""")
add("measures", "What's our overall gross margin %?",
    f"SELECT 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS margin_pct {SALES_P} WHERE {NC}")
add("measures", "Profit by category",
    f"""SELECT cat.name AS category, SUM({REV}) - SUM({COST}) AS profit {SALES_PC} WHERE {NC}
        GROUP BY cat.category_id ORDER BY profit DESC""")
add("measures", "What share of revenue comes from each region?",
    f"""SELECT r.name AS region, SUM({REV}) AS revenue, 100.0 * SUM({REV}) / SUM(SUM({REV})) OVER () AS pct_of_revenue
        {SALES_C} JOIN regions r ON r.region_id = c.region_id WHERE {NC}
        GROUP BY r.region_id ORDER BY revenue DESC""")
add("measures", "What percentage of orders were returned?",
    "SELECT 100.0 * SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) / COUNT(*) AS returned_pct FROM orders")
add("measures", "cancellation rate by channel",
    """SELECT channel, 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) AS cancelled_pct
       FROM orders GROUP BY channel ORDER BY cancelled_pct DESC""")
add("measures", "How much does the average customer spend with us?",
    f"SELECT SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {SALES} WHERE {NC}")
add("measures", "avg units per order",
    f"SELECT 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.order_id) AS units_per_order {SALES} WHERE {NC}")
add("measures", "How much money did we give away in discounts?",
    f"SELECT SUM({GROSS} * COALESCE(oi.discount, 0)) AS discount_amount {SALES} WHERE {NC}")
add("measures", "Margin % by category",
    f"""SELECT cat.name AS category, 100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS margin_pct {SALES_PC}
        WHERE {NC} GROUP BY cat.category_id ORDER BY margin_pct DESC""")
add("measures", "What % of our revenue is Electronics?",
    f"""SELECT 100.0 * SUM(CASE WHEN cat.name = 'Electronics' THEN {REV} ELSE 0 END) / SUM({REV}) AS electronics_pct
        {SALES_PC} WHERE {NC}""")
add("measures", "average order value by customer segment",
    f"""SELECT c.segment, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES_C} WHERE {NC}
        GROUP BY c.segment ORDER BY avg_order_value DESC""")
add("measures", "What percent of customers are loyalty members?",
    "SELECT 100.0 * SUM(loyalty_member) / COUNT(*) AS loyalty_pct FROM customers")
add("measures", "Do loyalty members spend more per order than everyone else? AOV for both",
    f"""SELECT CASE WHEN c.loyalty_member = 1 THEN 'Member' ELSE 'Non-member' END AS loyalty,
        SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES_C} WHERE {NC}
        GROUP BY loyalty ORDER BY avg_order_value DESC""")
add("measures", "avg shipping cost on orders that actually paid for shipping",
    "SELECT AVG(shipping_cost) AS avg_shipping_cost FROM orders WHERE shipping_cost > 0")
add("measures", "What share of our orders are placed online?",
    "SELECT 100.0 * SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) / COUNT(*) AS online_pct FROM orders")
add("measures", "profit per region",
    f"""SELECT r.name AS region, SUM({REV}) - SUM({COST}) AS profit {SALES_P}
        JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id
        WHERE {NC} GROUP BY r.region_id ORDER BY profit DESC""")
add("measures", "What's the return rate for Furniture (share of units sold that came back)?",
    f"""SELECT 100.0 * SUM(CASE WHEN o.status = 'returned' THEN oi.quantity ELSE 0 END) / SUM(oi.quantity) AS return_rate_pct
        {SALES_PC} WHERE {NC} AND cat.name = 'Furniture'""")
add("measures", "Average selling price per unit by category",
    f"""SELECT cat.name AS category, SUM({REV}) / SUM(oi.quantity) AS avg_price_per_unit {SALES_PC} WHERE {NC}
        GROUP BY cat.category_id ORDER BY avg_price_per_unit DESC""")
add("measures", "Average salary by job title",
    "SELECT title, AVG(salary) AS avg_salary FROM employees GROUP BY title ORDER BY avg_salary DESC")
add("measures", "AOV per region",
    f"""SELECT r.name AS region, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES_C}
        JOIN regions r ON r.region_id = c.region_id WHERE {NC} GROUP BY r.region_id ORDER BY avg_order_value DESC""")
add("measures", "Discounts as a % of gross sales",
    f"SELECT 100.0 * SUM({GROSS} * COALESCE(oi.discount, 0)) / SUM({GROSS}) AS discount_pct {SALES} WHERE {NC}")
add("measures", "Total profit in 2023",
    f"""SELECT SUM({REV}) - SUM({COST}) AS profit {SALES_P}
        WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'""")
add("measures", "What % of revenue comes from discounted line items?",
    f"""SELECT 100.0 * SUM(CASE WHEN oi.discount IS NOT NULL AND oi.discount > 0 THEN {REV} ELSE 0 END) / SUM({REV})
        AS discounted_revenue_pct {SALES} WHERE {NC}""")
add("measures", "On average how many orders does a customer place?",
    "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT customer_id) AS orders_per_customer FROM orders")
add("measures", "profit margin % for each Books product",
    f"""SELECT p.name AS product, SUM({REV}) AS revenue, SUM({REV}) - SUM({COST}) AS profit,
        100.0 * (SUM({REV}) - SUM({COST})) / SUM({REV}) AS margin_pct {SALES_PC}
        WHERE {NC} AND cat.name = 'Books' GROUP BY p.product_id ORDER BY margin_pct DESC""")
add("measures", "What share of revenue do our top 10 customers account for?",
    f"""WITH cust AS (SELECT o.customer_id, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY o.customer_id)
        SELECT 100.0 * (SELECT SUM(revenue) FROM (SELECT revenue FROM cust ORDER BY revenue DESC LIMIT 10))
        / (SELECT SUM(revenue) FROM cust) AS top10_pct""")
add("measures", "units bought per customer, by segment",
    f"""SELECT c.segment, 1.0 * SUM(oi.quantity) / COUNT(DISTINCT o.customer_id) AS units_per_customer {SALES_C}
        WHERE {NC} GROUP BY c.segment ORDER BY units_per_customer DESC""")
add("measures", "markup by category - avg list price vs avg unit cost",
    """SELECT cat.name AS category, AVG(p.unit_price) AS avg_unit_price, AVG(p.unit_cost) AS avg_unit_cost,
       100.0 * (AVG(p.unit_price) - AVG(p.unit_cost)) / AVG(p.unit_cost) AS markup_pct
       FROM products p JOIN categories cat ON cat.category_id = p.category_id
       GROUP BY cat.category_id ORDER BY markup_pct DESC""")
add("measures", "what % of (non-cancelled) orders shipped free?",
    "SELECT 100.0 * SUM(CASE WHEN shipping_cost = 0 THEN 1 ELSE 0 END) / COUNT(*) AS free_shipping_pct FROM orders WHERE status <> 'cancelled'")
add("measures", "Revenue per customer by country",
    f"""SELECT c.country, SUM({REV}) / COUNT(DISTINCT o.customer_id) AS revenue_per_customer {SALES_C}
        WHERE {NC} GROUP BY c.country ORDER BY revenue_per_customer DESC""")
add("measures", "When we discount, how big is the discount on average?",
    "SELECT 100.0 * AVG(discount) AS avg_discount_pct FROM order_items WHERE discount IS NOT NULL AND discount > 0")
add("measures", "average profit per order",
    f"SELECT (SUM({REV}) - SUM({COST})) / COUNT(DISTINCT o.order_id) AS profit_per_order {SALES_P} WHERE {NC}")
add("measures", "revenue share by channel",
    f"""SELECT o.channel, SUM({REV}) AS revenue, 100.0 * SUM({REV}) / SUM(SUM({REV})) OVER () AS pct_of_revenue
        {SALES} WHERE {NC} GROUP BY o.channel ORDER BY revenue DESC""")

# ---------------------------------------------------------------- tricky (20)
add("tricky", "How many customers have never placed an order?",
    "SELECT COUNT(*) AS customers FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)")
add("tricky", "Products that sold in 2023 but not in 2024",
    f"""SELECT p.name AS product FROM products p
        WHERE EXISTS (SELECT 1 {SALES} WHERE oi.product_id = p.product_id AND {NC}
                      AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01')
          AND NOT EXISTS (SELECT 1 {SALES} WHERE oi.product_id = p.product_id AND {NC}
                      AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01')
        ORDER BY product""")
add("tricky", "how many customers have bought both electronics and furniture from us?",
    f"""SELECT COUNT(*) AS customers FROM (
          SELECT o.customer_id {SALES_PC} WHERE {NC} AND cat.name IN ('Electronics', 'Furniture')
          GROUP BY o.customer_id HAVING COUNT(DISTINCT cat.name) = 2)""")
add("tricky", "How many products are priced above the average price?",
    "SELECT COUNT(*) AS products FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)")
add("tricky", "How many customers spent more than the average customer?",
    f"""WITH cust AS (SELECT o.customer_id, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY o.customer_id)
        SELECT COUNT(*) AS customers FROM cust WHERE revenue > (SELECT AVG(revenue) FROM cust)""")
add("tricky", "Which employes have never taken an order?",
    f"""SELECT {ENAME} AS employee, e.title FROM employees e
        WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.employee_id = e.employee_id) ORDER BY employee""")
add("tricky", "Which categories have no discontinued products?",
    """SELECT cat.name AS category FROM categories cat
       WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.category_id = cat.category_id AND p.discontinued = 1)
       ORDER BY category""")
add("tricky", "how many customers ordered online but never in a store",
    """SELECT COUNT(*) AS customers FROM customers c
       WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'online')
         AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel = 'store')""")
add("tricky", "How many orders have more line items than the average order?",
    """WITH n AS (SELECT o.order_id, COUNT(oi.order_item_id) AS items FROM orders o
                  LEFT JOIN order_items oi ON oi.order_id = o.order_id GROUP BY o.order_id)
       SELECT COUNT(*) AS orders FROM n WHERE items > (SELECT AVG(items) FROM n)""")
add("tricky", "Which employees were hired before their own manager?",
    f"""SELECT {ENAME} AS employee, e.hire_date, m.first_name || ' ' || m.last_name AS manager, m.hire_date AS manager_hire_date
        FROM employees e JOIN employees m ON m.employee_id = e.manager_id
        WHERE e.hire_date < m.hire_date ORDER BY employee""")
add("tricky", "Which regions are above the average region in revenue?",
    f"""WITH rr AS (SELECT r.name AS region, SUM({REV}) AS revenue {SALES_C} JOIN regions r ON r.region_id = c.region_id
                    WHERE {NC} GROUP BY r.region_id)
        SELECT region, revenue FROM rr WHERE revenue > (SELECT AVG(revenue) FROM rr) ORDER BY revenue DESC""")
add("tricky", "How many customers who ordered before have placed no orders at all in 2024?",
    """SELECT COUNT(*) AS customers FROM customers c
       WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)
         AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id
                         AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01')""")
add("tricky", "Which city has the second most customers? if several are tied show them all",
    """WITH cc AS (SELECT city, COUNT(*) AS customers FROM customers GROUP BY city)
       SELECT city, customers FROM cc
       WHERE customers = (SELECT customers FROM (SELECT DISTINCT customers FROM cc) ORDER BY customers DESC LIMIT 1 OFFSET 1)
       ORDER BY city""")
add("tricky", "How many customers had every single order cancelled?",
    """SELECT COUNT(*) AS customers FROM customers c
       WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)
         AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled')""")
add("tricky", "Which countries have more customers than Spain?",
    """SELECT country, COUNT(*) AS customers FROM customers GROUP BY country
       HAVING COUNT(*) > (SELECT COUNT(*) FROM customers WHERE country = 'Spain') ORDER BY customers DESC""")
add("tricky", "Which products have never been returned?",
    f"""SELECT p.name AS product FROM products p
        WHERE NOT EXISTS (SELECT 1 {SALES} WHERE oi.product_id = p.product_id AND o.status = 'returned')
        ORDER BY product""")
add("tricky", "how many customers ordered in every year from 2021 through 2024",
    """SELECT COUNT(*) AS customers FROM (SELECT customer_id FROM orders
       WHERE order_date >= '2021-01-01' AND order_date < '2025-01-01'
       GROUP BY customer_id HAVING COUNT(DISTINCT strftime('%Y', order_date)) = 4)""")
add("tricky", "Which categories have an average product price above the overall average?",
    """SELECT cat.name AS category, AVG(p.unit_price) AS avg_unit_price FROM products p
       JOIN categories cat ON cat.category_id = p.category_id GROUP BY cat.category_id
       HAVING AVG(p.unit_price) > (SELECT AVG(unit_price) FROM products) ORDER BY avg_unit_price DESC""")
add("tricky", "I need a list of customers outside North America who have spent more than $10,000 with us in total, with their country and how much they spent",
    f"""SELECT {CNAME} AS customer, c.country, SUM({REV}) AS revenue {SALES_C} JOIN regions r ON r.region_id = c.region_id
        WHERE {NC} AND r.name <> 'North America' GROUP BY c.customer_id HAVING SUM({REV}) > 10000 ORDER BY revenue DESC""")
add("tricky", "How many non-members spent more than the average loyalty member?",
    f"""WITH cust AS (SELECT c.customer_id, c.loyalty_member, SUM({REV}) AS revenue {SALES_C} WHERE {NC} GROUP BY c.customer_id)
        SELECT COUNT(*) AS customers FROM cust WHERE loyalty_member = 0
          AND revenue > (SELECT AVG(revenue) FROM cust WHERE loyalty_member = 1)""")

# ---------------------------------------------------------------- time (45)
add("time", "Revenue by year",
    f"SELECT {YEAR} AS year, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY year ORDER BY year")
add("time", "monthly revenue for 2024",
    f"""SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES}
        WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month""")
add("time", "Revenue in Q3 2023?",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND o.order_date >= '2023-07-01' AND o.order_date < '2023-10-01'")
add("time", "orders per quarter in 2023",
    f"""SELECT {QUARTER} AS quarter, COUNT(*) AS orders FROM orders o
        WHERE o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY quarter ORDER BY quarter""")
add("time", "How much did we sell in March 2024?",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND o.order_date >= '2024-03-01' AND o.order_date < '2024-04-01'")
add("time", "Orders by day of the week",
    f"""SELECT {WEEKDAY} AS weekday, COUNT(*) AS orders FROM orders o
        GROUP BY weekday ORDER BY MIN({WEEKDAY_ORDER})""")
add("time", "revenue last 6 months",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND o.order_date >= date({ANCHOR}, 'start of month', '-5 months')")
add("time", "How many orders in the last 30 days?",
    f"SELECT COUNT(*) AS orders FROM orders o WHERE o.order_date > date({ANCHOR}, '-30 days')")
add("time", "YoY revenue growth, 2024 vs 2023",
    f"""SELECT SUM(CASE WHEN {YEAR} = '2023' THEN {REV} END) AS revenue_2023,
               SUM(CASE WHEN {YEAR} = '2024' THEN {REV} END) AS revenue_2024,
               100.0 * (SUM(CASE WHEN {YEAR} = '2024' THEN {REV} END) - SUM(CASE WHEN {YEAR} = '2023' THEN {REV} END))
                 / SUM(CASE WHEN {YEAR} = '2023' THEN {REV} END) AS growth_pct
        {SALES} WHERE {NC}""")
add("time", "YoY growth by category this year vs last year",
    f"""SELECT cat.name AS category,
               SUM(CASE WHEN {YEAR} = '2023' THEN {REV} END) AS revenue_2023,
               SUM(CASE WHEN {YEAR} = '2024' THEN {REV} END) AS revenue_2024,
               100.0 * (SUM(CASE WHEN {YEAR} = '2024' THEN {REV} END) - SUM(CASE WHEN {YEAR} = '2023' THEN {REV} END))
                 / SUM(CASE WHEN {YEAR} = '2023' THEN {REV} END) AS growth_pct
        {SALES_PC} WHERE {NC} GROUP BY cat.category_id ORDER BY growth_pct DESC""")
add("time", "For each month of 2024, what was revenue and how much did it change vs the previous month, in %? (MoM)",
    f"""WITH m AS (SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY month),
        w AS (SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev_revenue FROM m)
        SELECT month, revenue, prev_revenue, 100.0 * (revenue - prev_revenue) / prev_revenue AS mom_change_pct
        FROM w WHERE month >= '2024-01' AND month <= '2024-12' ORDER BY month""")
add("time", "Average days from order to shipment",
    "SELECT AVG(julianday(ship_date) - julianday(order_date)) AS avg_days_to_ship FROM orders WHERE ship_date IS NOT NULL")
add("time", "running total of revenue by month for 2024",
    f"""SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS running_revenue FROM
        (SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES}
         WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month) ORDER BY month""")
add("time", "When was our first order, and our most recent one?",
    "SELECT MIN(order_date) AS first_order_date, MAX(order_date) AS last_order_date FROM orders")
add("time", "When did Youssef Ibrahim place his first order?",
    """SELECT MIN(o.order_date) AS first_order_date FROM orders o JOIN customers c ON c.customer_id = o.customer_id
       WHERE c.first_name = 'Youssef' AND c.last_name = 'Ibrahim'""")
add("time", "new custmer signups per year",
    "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers FROM customers GROUP BY year ORDER BY year")
add("time", "Customer cohorts: how many customers made their first order in each year?",
    """SELECT cohort_year, COUNT(*) AS customers FROM
       (SELECT customer_id, strftime('%Y', MIN(order_date)) AS cohort_year FROM orders GROUP BY customer_id)
       GROUP BY cohort_year ORDER BY cohort_year""")
add("time", "Looking at the 2021 cohort - customers whose first order was in 2021 - how much revenue did they still bring in during 2024?",
    f"""SELECT SUM({REV}) AS revenue {SALES}
        WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'
          AND o.customer_id IN (SELECT customer_id FROM orders GROUP BY customer_id
                                HAVING strftime('%Y', MIN(order_date)) = '2021')""")
add("time", "On average how many days pass between a customer signing up and their first order?",
    """SELECT AVG(julianday(f.first_order) - julianday(c.signup_date)) AS avg_days_to_first_order
       FROM customers c JOIN (SELECT customer_id, MIN(order_date) AS first_order FROM orders GROUP BY customer_id) f
       ON f.customer_id = c.customer_id""")
add("time", "weekend vs weekday revenue",
    f"""SELECT CASE WHEN strftime('%w', o.order_date) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END AS day_type,
        SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY day_type ORDER BY revenue DESC""")
add("time", "Which month of the year is usually our busiest, by number of orders?",
    f"SELECT {MONTHNAME} AS month, COUNT(*) AS orders FROM orders o GROUP BY month ORDER BY orders DESC LIMIT 1")
add("time", "December 2024 revenue vs December 2023",
    f"""SELECT SUM(CASE WHEN {MONTH} = '2023-12' THEN {REV} END) AS revenue_dec_2023,
               SUM(CASE WHEN {MONTH} = '2024-12' THEN {REV} END) AS revenue_dec_2024,
               100.0 * (SUM(CASE WHEN {MONTH} = '2024-12' THEN {REV} END) - SUM(CASE WHEN {MONTH} = '2023-12' THEN {REV} END))
                 / SUM(CASE WHEN {MONTH} = '2023-12' THEN {REV} END) AS change_pct
        {SALES} WHERE {NC} AND {MONTH} IN ('2023-12', '2024-12')""")
add("time", "orders per month over the last 12 months",
    f"""SELECT {MONTH} AS month, COUNT(*) AS orders FROM orders o
        WHERE o.order_date >= date({ANCHOR}, 'start of month', '-11 months') GROUP BY month ORDER BY month""")
add("time", "revenue in the last 4 weeks",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND o.order_date > date({ANCHOR}, '-28 days')")
add("time", "H1 vs H2 revenue in 2023",
    f"""SELECT CASE WHEN CAST(strftime('%m', o.order_date) AS INTEGER) <= 6 THEN 'H1' ELSE 'H2' END AS half,
        SUM({REV}) AS revenue {SALES} WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'
        GROUP BY half ORDER BY half""")
add("time", "How many people did we hire each year?",
    "SELECT strftime('%Y', hire_date) AS year, COUNT(*) AS hires FROM employees GROUP BY year ORDER BY year")
add("time", "Who was our most recent hire?",
    f"SELECT {ENAME} AS employee, e.title, e.hire_date FROM employees e ORDER BY e.hire_date DESC LIMIT 1")
add("time", "How many products have launched since the start of 2023?",
    "SELECT COUNT(*) AS products FROM products WHERE launch_date >= '2023-01-01'")
add("time", "how many days between our very first and very last order",
    "SELECT julianday(MAX(order_date)) - julianday(MIN(order_date)) AS days FROM orders")
add("time", "Quarter over quarter revenue growth in 2024",
    f"""WITH qq AS (SELECT {QUARTER} AS quarter, SUM({REV}) AS revenue {SALES} WHERE {NC} GROUP BY quarter),
        w AS (SELECT quarter, revenue, LAG(revenue) OVER (ORDER BY quarter) AS prev_revenue FROM qq)
        SELECT quarter, revenue, prev_revenue, 100.0 * (revenue - prev_revenue) / prev_revenue AS qoq_growth_pct
        FROM w WHERE quarter LIKE '2024-%' ORDER BY quarter""")
add("time", "revenue for the first half of 2024",
    f"SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND o.order_date >= '2024-01-01' AND o.order_date < '2024-07-01'")
add("time", "Q4 revenue in each year",
    f"""SELECT {YEAR} AS year, SUM({REV}) AS revenue {SALES}
        WHERE {NC} AND CAST(strftime('%m', o.order_date) AS INTEGER) >= 10 GROUP BY year ORDER BY year""")
add("time", "How many customers ordered in the last 90 days?",
    f"SELECT COUNT(DISTINCT o.customer_id) AS customers FROM orders o WHERE o.order_date > date({ANCHOR}, '-90 days')")
add("time", "monthly active customers in 2024",
    f"""SELECT {MONTH} AS month, COUNT(DISTINCT o.customer_id) AS active_customers FROM orders o
        WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY month ORDER BY month""")
add("time", "AOV by quarter for 2023",
    f"""SELECT {QUARTER} AS quarter, SUM({REV}) / COUNT(DISTINCT o.order_id) AS avg_order_value {SALES}
        WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY quarter ORDER BY quarter""")
add("time", "cancelled orders per month in 2024",
    f"""SELECT {MONTH} AS month, COUNT(*) AS cancelled_orders FROM orders o
        WHERE o.status = 'cancelled' AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'
        GROUP BY month ORDER BY month""")
add("time", "What was our best month in 2023?",
    f"""SELECT {MONTH} AS month, SUM({REV}) AS revenue {SALES}
        WHERE {NC} AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'
        GROUP BY month ORDER BY revenue DESC LIMIT 1""")
add("time", "returned orders per year with the YoY change",
    f"""WITH y AS (SELECT {YEAR} AS year, COUNT(*) AS returned_orders FROM orders o WHERE o.status = 'returned' GROUP BY year)
        SELECT year, returned_orders, LAG(returned_orders) OVER (ORDER BY year) AS prev_year,
               100.0 * (returned_orders - LAG(returned_orders) OVER (ORDER BY year)) / LAG(returned_orders) OVER (ORDER BY year) AS yoy_change_pct
        FROM y ORDER BY year""")
add("time", "How much revenue did we make on Mondays in 2024?",
    f"""SELECT SUM({REV}) AS revenue {SALES} WHERE {NC} AND strftime('%w', o.order_date) = '1'
        AND o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'""")
add("time", "How many orders did we get on Christmas Day each year?",
    f"SELECT {YEAR} AS year, COUNT(*) AS orders FROM orders o WHERE strftime('%m-%d', o.order_date) = '12-25' GROUP BY year ORDER BY year")
add("time", "running total of customer sign ups by year",
    """SELECT year, new_customers, SUM(new_customers) OVER (ORDER BY year) AS cumulative_customers FROM
       (SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers FROM customers GROUP BY year) ORDER BY year""")
add("time", "Which year had the most new customer sign-ups?",
    "SELECT strftime('%Y', signup_date) AS year, COUNT(*) AS new_customers FROM customers GROUP BY year ORDER BY new_customers DESC LIMIT 1")
add("time", "avg number of days between a customer's consecutive orders",
    """WITH g AS (SELECT julianday(order_date) - julianday(LAG(order_date) OVER (PARTITION BY customer_id ORDER BY order_date, order_id)) AS gap
                  FROM orders)
       SELECT AVG(gap) AS avg_days_between_orders FROM g WHERE gap IS NOT NULL""")
add("time", "retention: what % of customers who ordered in 2023 came back and ordered again in 2024?",
    """SELECT 100.0 * COUNT(DISTINCT b.customer_id) / COUNT(DISTINCT a.customer_id) AS retention_pct
       FROM orders a LEFT JOIN orders b ON b.customer_id = a.customer_id
         AND b.order_date >= '2024-01-01' AND b.order_date < '2025-01-01'
       WHERE a.order_date >= '2023-01-01' AND a.order_date < '2024-01-01'""")
add("time", "how many days did it take products launched in 2024 to get their first sale?",
    f"""SELECT p.name AS product, p.launch_date, MIN(o.order_date) AS first_sale_date,
               julianday(MIN(o.order_date)) - julianday(p.launch_date) AS days_to_first_sale
        {SALES_P} WHERE {NC} AND p.launch_date >= '2024-01-01' AND p.launch_date < '2025-01-01'
        GROUP BY p.product_id ORDER BY p.launch_date""")

# ---------------------------------------------------------------- checks
MIN_COUNTS = {"time": 45, "measures": 35, "tricky": 20, "filters": 20, "topn": 15, "breakdowns": 15, "simple": 10}


def main():
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    errors = []
    counts = {}
    for kind, _, _ in Q:
        counts[kind] = counts.get(kind, 0) + 1
    for k, n in MIN_COUNTS.items():
        if counts.get(k, 0) < n:
            errors.append(f"kind {k}: {counts.get(k, 0)} < {n}")
    if set(counts) - set(MIN_COUNTS):
        errors.append(f"unknown kinds {set(counts) - set(MIN_COUNTS)}")
    if len(Q) != 160:
        errors.append(f"{len(Q)} questions, expected 160")
    qs = [q for _, q, _ in Q]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")
    for i, (kind, question, sql) in enumerate(Q):
        if "ROUND(" in sql.upper():
            errors.append(f"[{i}] uses ROUND")
        try:
            cur = con.execute(sql)
            rows = cur.fetchall()
        except Exception as e:  # noqa: BLE001
            errors.append(f"[{i}] {question}: {e}")
            continue
        if not rows:
            errors.append(f"[{i}] {question}: no rows")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"[{i}] {question}: all NULL")
        # top-N cut-off must not be a tie
        s = sql.rstrip()
        tail = s.split()
        if len(tail) >= 2 and tail[-2].upper() == "LIMIT" and tail[-1].isdigit():
            n = int(tail[-1])
            more = con.execute(" ".join(tail[:-1] + [str(n + 1)])).fetchall()
            if len(more) > n and more[n][-1] == more[n - 1][-1]:
                errors.append(f"[{i}] {question}: tie at top-{n} cut-off ({more[n - 1][-1]})")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    data = [{"question": q, "db_id": "demo", "query": s} for _, q, s in Q]
    kinds = {str(i): k for i, (k, _, _) in enumerate(Q)}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=2)
    with open(OUT_KINDS, "w") as f:
        json.dump(kinds, f, indent=2)
    print("OK", len(Q), counts)


if __name__ == "__main__":
    main()
