#!/usr/bin/env python3
"""Writes questions.json (120 questions with gold SQLite SQL). Conventions: CONVENTIONS.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NET = "(h.gross_cents - h.comp_cents - h.disc_cents)"
LNET = "(l.qty * l.unit_prc_cents - l.comp_cents)"
HRS = "((julianday(s.clk_out_ts) - julianday(s.clk_in_ts)) * 24 - s.brk_min / 60.0)"
SERVER = "e.first_nm || ' ' || e.last_nm"
ROLE = ("CASE e.job_cd WHEN 'SVR' THEN 'Server' WHEN 'BAR' THEN 'Bartender' WHEN 'HST' THEN 'Host' "
        "WHEN 'LC' THEN 'Line cook' WHEN 'MGR' THEN 'Manager' END")
PAY = ("CASE h.pay_typ WHEN 'CC' THEN 'Credit card' WHEN 'CA' THEN 'Cash' WHEN 'GC' THEN 'Gift card' "
       "WHEN '3P' THEN 'Delivery app' END")
DAYPART = "CASE WHEN CAST(strftime('%H', h.open_ts) AS INTEGER) < 16 THEN 'Lunch' ELSE 'Dinner' END"
REVGRP = "CASE c.rev_grp WHEN 'FOOD' THEN 'Food' WHEN 'BEV' THEN 'Beverage' WHEN 'ALC' THEN 'Alcohol' END"
COMPRSN = ("CASE l.comp_rsn_cd WHEN 'QUAL' THEN 'Quality issue' WHEN 'MGR' THEN 'Manager comp' "
           "WHEN 'BDAY' THEN 'Birthday' WHEN 'WAIT' THEN 'Long wait' END")
WEEK = "date(h.open_ts, 'weekday 0', '-6 days')"
Y25 = "h.open_ts >= '2025-01-01' AND h.open_ts < '2026-01-01'"
Y24 = "h.open_ts >= '2024-01-01' AND h.open_ts < '2025-01-01'"
Q3_25 = "h.open_ts >= '2025-07-01' AND h.open_ts < '2025-10-01'"
OCT25 = "h.open_ts >= '2025-10-01' AND h.open_ts < '2025-11-01'"
C = "h.chk_stat = 'C'"
LINES = "FROM chk_ln l JOIN chk_hdr h ON h.chk_no = l.chk_no"

Q = []


def q(kind, question, sql):
    Q.append({"question": question, "query": " ".join(sql.split()), "kind": kind})


# ------------------------------------------------------------------ time (30)
q("time", "What were net sales each month this year?",
  f"SELECT strftime('%Y-%m', h.open_ts) AS month, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND {Y25} GROUP BY month ORDER BY month")
q("time", "Net sales by year",
  f"SELECT strftime('%Y', h.open_ts) AS year, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} GROUP BY year ORDER BY year")
q("time", "How did Q1 2025 sales stack up against Q1 2024?",
  f"SELECT 'Q1 ' || strftime('%Y', h.open_ts) AS quarter, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND strftime('%Y', h.open_ts) IN ('2024', '2025') AND strftime('%m', h.open_ts) IN ('01', '02', '03') "
  f"GROUP BY quarter ORDER BY quarter")
q("time", "Guest counts per week for the last 8 weeks",
  f"SELECT {WEEK} AS week_starting, SUM(h.covers) AS covers FROM chk_hdr h "
  f"WHERE {C} AND h.chan_cd = 'DI' AND date(h.open_ts) BETWEEN '2025-09-22' AND '2025-11-16' "
  f"GROUP BY week_starting ORDER BY week_starting")
q("time", "What did we do in sales last month?",
  f"SELECT SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND {OCT25}")
q("time", "How much did we take in tips in December 2024?",
  f"SELECT SUM(h.tip_cents) / 100.0 AS tips FROM chk_hdr h "
  f"WHERE {C} AND h.open_ts >= '2024-12-01' AND h.open_ts < '2025-01-01'")
q("time", "Daily sales for the past two weeks",
  f"SELECT date(h.open_ts) AS day, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND date(h.open_ts) BETWEEN '2025-11-03' AND '2025-11-16' GROUP BY day ORDER BY day")
q("time", "Average check by quarter for 2024",
  f"SELECT '2024-Q' || ((CAST(strftime('%m', h.open_ts) AS INTEGER) + 2) / 3) AS quarter, "
  f"SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h WHERE {C} AND {Y24} "
  f"GROUP BY quarter ORDER BY quarter")
q("time", "How many checks did we close out yesterday?",
  f"SELECT COUNT(*) AS checks FROM chk_hdr h WHERE {C} AND date(h.open_ts) = '2025-11-15'")
q("time", "Delivery app sales by month since the start of 2024",
  f"SELECT strftime('%Y-%m', h.open_ts) AS month, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND h.chan_cd = 'DL' AND h.open_ts >= '2024-01-01' GROUP BY month ORDER BY month")
q("time", "Compare this year to last year month by month, Jan through Oct",
  f"SELECT strftime('%m', h.open_ts) AS month, "
  f"SUM(CASE WHEN strftime('%Y', h.open_ts) = '2025' THEN {NET} ELSE 0 END) / 100.0 AS net_sales_2025, "
  f"SUM(CASE WHEN strftime('%Y', h.open_ts) = '2024' THEN {NET} ELSE 0 END) / 100.0 AS net_sales_2024 "
  f"FROM chk_hdr h WHERE {C} AND strftime('%Y', h.open_ts) IN ('2024', '2025') "
  f"AND strftime('%m', h.open_ts) BETWEEN '01' AND '10' GROUP BY month ORDER BY month")
q("time", "What was our best month in 2024?",
  f"SELECT strftime('%Y-%m', h.open_ts) AS month, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND {Y24} GROUP BY month ORDER BY net_sales DESC LIMIT 1")
q("time", "Which days of the week bring in the most guests this year?",
  f"SELECT CASE strftime('%w', h.open_ts) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
  f"WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' WHEN '6' THEN 'Saturday' END AS day_of_week, "
  f"SUM(h.covers) AS covers FROM chk_hdr h WHERE {C} AND h.chan_cd = 'DI' AND {Y25} "
  f"GROUP BY day_of_week ORDER BY covers DESC")
q("time", "Lunch vs dinner sales this year",
  f"SELECT {DAYPART} AS daypart, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND {Y25} "
  f"GROUP BY daypart ORDER BY daypart")
q("time", "Sales by hour of the day in 2025",
  f"SELECT CAST(strftime('%H', h.open_ts) AS INTEGER) AS hour, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND {Y25} GROUP BY hour ORDER BY hour")
q("time", "How much did we spend with suppliers each quarter of 2025?",
  "SELECT '2025-Q' || ((CAST(strftime('%m', v.inv_dt) AS INTEGER) + 2) / 3) AS quarter, "
  "SUM(v.inv_amt_cents) / 100.0 AS supplier_spend FROM vnd_inv v "
  "WHERE v.inv_dt >= '2025-01-01' AND v.inv_dt < '2026-01-01' GROUP BY quarter ORDER BY quarter")
q("time", "Labor hours by month in 2025",
  f"SELECT strftime('%Y-%m', s.bus_dt) AS month, SUM({HRS}) AS labor_hours FROM emp_shift s "
  f"WHERE s.bus_dt >= '2025-01-01' AND s.bus_dt < '2026-01-01' GROUP BY month ORDER BY month")
q("time", "How many checks got voided each month over the last 6 months?",
  "SELECT strftime('%Y-%m', h.open_ts) AS month, COUNT(*) AS voided_checks FROM chk_hdr h "
  "WHERE h.chk_stat = 'V' AND h.open_ts >= '2025-05-01' AND h.open_ts < '2025-11-01' "
  "GROUP BY month ORDER BY month")
q("time", "Q3 2025 sales by store",
  f"SELECT l.loc_nm AS store, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND {Q3_25} GROUP BY l.loc_nm ORDER BY store")
q("time", "Weekend vs weekday average check in 2025",
  f"SELECT CASE WHEN strftime('%w', h.open_ts) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END AS day_type, "
  f"SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h WHERE {C} AND {Y25} "
  f"GROUP BY day_type ORDER BY day_type")
q("time", "First half vs second half of 2024 — how did sales compare?",
  f"SELECT CASE WHEN strftime('%m', h.open_ts) <= '06' THEN 'H1 2024' ELSE 'H2 2024' END AS half, "
  f"SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND {Y24} GROUP BY half ORDER BY half")
q("time", "Running total of sales by month through 2025",
  f"SELECT month, net_sales, SUM(net_sales) OVER (ORDER BY month) AS running_total FROM ("
  f"SELECT strftime('%Y-%m', h.open_ts) AS month, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND {Y25} GROUP BY month) ORDER BY month")
q("time", "What was our single biggest sales day ever, chain-wide?",
  f"SELECT date(h.open_ts) AS day, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} "
  f"GROUP BY day ORDER BY net_sales DESC LIMIT 1")
q("time", "Average daily sales across the chain in October 2025",
  f"SELECT SUM({NET}) / 100.0 / COUNT(DISTINCT date(h.open_ts)) AS average_daily_sales FROM chk_hdr h "
  f"WHERE {C} AND {OCT25}")
q("time", "How many people have we hired each year since 2023?",
  "SELECT strftime('%Y', e.hire_dt) AS year, COUNT(*) AS hires FROM emp e WHERE e.hire_dt >= '2023-01-01' "
  "GROUP BY year ORDER BY year")
q("time", "Month-over-month change in guest count for 2025",
  f"SELECT month, covers, covers - LAG(covers) OVER (ORDER BY month) AS change_vs_prior_month FROM ("
  f"SELECT strftime('%Y-%m', h.open_ts) AS month, SUM(h.covers) AS covers FROM chk_hdr h "
  f"WHERE {C} AND h.chan_cd = 'DI' AND {Y25} GROUP BY month) ORDER BY month")
q("time", "Takeout orders per month last year",
  f"SELECT strftime('%Y-%m', h.open_ts) AS month, COUNT(*) AS takeout_orders FROM chk_hdr h "
  f"WHERE {C} AND h.chan_cd = 'TO' AND {Y24} GROUP BY month ORDER BY month")
q("time", "How did Christmas Eve go each year?",
  f"SELECT date(h.open_ts) AS day, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"WHERE {C} AND strftime('%m-%d', h.open_ts) = '12-24' GROUP BY day ORDER BY day")
q("time", "Sales year to date vs the same time last year",
  f"SELECT CASE WHEN h.open_ts >= '2025-01-01' THEN '2025 YTD' ELSE '2024 same period' END AS period, "
  f"SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND "
  f"(date(h.open_ts) BETWEEN '2025-01-01' AND '2025-11-16' OR date(h.open_ts) BETWEEN '2024-01-01' AND '2024-11-16') "
  f"GROUP BY period ORDER BY period")
q("time", "Tips by week, last 4 weeks",
  f"SELECT {WEEK} AS week_starting, SUM(h.tip_cents) / 100.0 AS tips FROM chk_hdr h "
  f"WHERE {C} AND date(h.open_ts) BETWEEN '2025-10-20' AND '2025-11-16' GROUP BY week_starting ORDER BY week_starting")

# ------------------------------------------------------------------ measures (25)
q("measures", "Total net sales for 2024",
  f"SELECT SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND {Y24}")
q("measures", "What's our average check this year?",
  f"SELECT SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h WHERE {C} AND {Y25}")
q("measures", "Average check by store for 2025",
  f"SELECT l.loc_nm AS store, SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h "
  f"JOIN loc l ON l.loc_id = h.loc_id WHERE {C} AND {Y25} GROUP BY l.loc_nm ORDER BY store")
q("measures", "What's the per-person average for dine-in guests in 2025?",
  f"SELECT SUM({NET}) / 100.0 / SUM(h.covers) AS sales_per_cover FROM chk_hdr h "
  f"WHERE {C} AND h.chan_cd = 'DI' AND {Y25}")
q("measures", "Tip % for each server this year",
  f"SELECT {SERVER} AS server, SUM(h.tip_cents) * 100.0 / SUM({NET}) AS tip_pct FROM chk_hdr h "
  f"JOIN emp e ON e.emp_no = h.emp_no WHERE {C} AND e.job_cd = 'SVR' AND {Y25} "
  f"GROUP BY e.emp_no, server ORDER BY server")
q("measures", "Food cost % by menu category for 2025",
  f"SELECT c.cat_desc AS category, SUM(l.qty * i.std_cost_cents) * 100.0 / SUM({LNET}) AS food_cost_pct "
  f"{LINES} JOIN menu_itm i ON i.itm_cd = l.itm_cd JOIN menu_cat c ON c.cat_cd = i.cat_cd "
  f"WHERE {C} AND l.ln_stat = 'A' AND {Y25} GROUP BY c.cat_desc ORDER BY category")
q("measures", "Total guests served at each store in 2024",
  f"SELECT l.loc_nm AS store, SUM(h.covers) AS covers FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND h.chan_cd = 'DI' AND {Y24} GROUP BY l.loc_nm ORDER BY store")
q("measures", "How much did we comp in 2025?",
  f"SELECT SUM(h.comp_cents) / 100.0 AS comps FROM chk_hdr h WHERE {C} AND {Y25}")
q("measures", "Discounts given by store last quarter",
  f"SELECT l.loc_nm AS store, SUM(h.disc_cents) / 100.0 AS discounts FROM chk_hdr h "
  f"JOIN loc l ON l.loc_id = h.loc_id WHERE {C} AND {Q3_25} GROUP BY l.loc_nm ORDER BY store")
q("measures", "Net sales per seat by store for 2024",
  f"SELECT l.loc_nm AS store, SUM({NET}) / 100.0 / l.seat_cnt AS sales_per_seat FROM chk_hdr h "
  f"JOIN loc l ON l.loc_id = h.loc_id WHERE {C} AND {Y24} GROUP BY l.loc_nm, l.seat_cnt ORDER BY store")
q("measures", "How long do dine-in tables sit on average at each store in 2025, in minutes?",
  f"SELECT l.loc_nm AS store, AVG((julianday(h.close_ts) - julianday(h.open_ts)) * 1440) AS avg_table_minutes "
  f"FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id WHERE {C} AND h.chan_cd = 'DI' AND {Y25} "
  f"GROUP BY l.loc_nm ORDER BY store")
q("measures", "Labor cost by store in 2025",
  f"SELECT l.loc_nm AS store, SUM({HRS} * e.hrly_rate_cents) / 100.0 AS labor_cost FROM emp_shift s "
  f"JOIN emp e ON e.emp_no = s.emp_no JOIN loc l ON l.loc_id = s.loc_id "
  f"WHERE s.bus_dt >= '2025-01-01' AND s.bus_dt < '2026-01-01' GROUP BY l.loc_nm ORDER BY store")
q("measures", "Labor as a % of sales by store for 2025",
  f"WITH lab AS (SELECT s.loc_id, SUM({HRS} * e.hrly_rate_cents) AS labor_cents FROM emp_shift s "
  f"JOIN emp e ON e.emp_no = s.emp_no WHERE s.bus_dt >= '2025-01-01' AND s.bus_dt < '2026-01-01' GROUP BY s.loc_id), "
  f"sal AS (SELECT h.loc_id, SUM({NET}) AS net_cents FROM chk_hdr h WHERE {C} AND {Y25} GROUP BY h.loc_id) "
  f"SELECT l.loc_nm AS store, lab.labor_cents * 100.0 / sal.net_cents AS labor_pct FROM loc l "
  f"JOIN lab ON lab.loc_id = l.loc_id JOIN sal ON sal.loc_id = l.loc_id ORDER BY store")
q("measures", "Average number of items per check in 2025",
  f"SELECT SUM(l.qty) * 1.0 / COUNT(DISTINCT h.chk_no) AS items_per_check {LINES} "
  f"WHERE {C} AND l.ln_stat = 'A' AND {Y25}")
q("measures", "Sales per labor hour by store in Q3 2025",
  f"WITH lab AS (SELECT s.loc_id, SUM({HRS}) AS hours FROM emp_shift s "
  f"WHERE s.bus_dt >= '2025-07-01' AND s.bus_dt < '2025-10-01' GROUP BY s.loc_id), "
  f"sal AS (SELECT h.loc_id, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND {Q3_25} GROUP BY h.loc_id) "
  f"SELECT l.loc_nm AS store, sal.net_sales / lab.hours AS sales_per_labor_hour FROM loc l "
  f"JOIN lab ON lab.loc_id = l.loc_id JOIN sal ON sal.loc_id = l.loc_id ORDER BY store")
q("measures", "Average tip on dine-in credit card checks in 2025",
  f"SELECT AVG(h.tip_cents) / 100.0 AS average_tip FROM chk_hdr h "
  f"WHERE {C} AND h.chan_cd = 'DI' AND h.pay_typ = 'CC' AND {Y25}")
q("measures", "Gross sales, comps, discounts and net for 2025",
  f"SELECT SUM(h.gross_cents) / 100.0 AS gross_sales, SUM(h.comp_cents) / 100.0 AS comps, "
  f"SUM(h.disc_cents) / 100.0 AS discounts, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND {Y25}")
q("measures", "Sales tax collected by state in 2024",
  f"SELECT l.st_cd AS state, SUM(h.tax_cents) / 100.0 AS sales_tax FROM chk_hdr h "
  f"JOIN loc l ON l.loc_id = h.loc_id WHERE {C} AND {Y24} GROUP BY l.st_cd ORDER BY state")
q("measures", "What share of sales comes from delivery apps, by year?",
  f"SELECT strftime('%Y', h.open_ts) AS year, "
  f"SUM(CASE WHEN h.chan_cd = 'DL' THEN {NET} ELSE 0 END) * 100.0 / SUM({NET}) AS delivery_pct "
  f"FROM chk_hdr h WHERE {C} GROUP BY year ORDER BY year")
q("measures", "Average party size for dine-in by store in 2025",
  f"SELECT l.loc_nm AS store, AVG(h.covers) AS avg_party_size FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND h.chan_cd = 'DI' AND {Y25} GROUP BY l.loc_nm ORDER BY store")
q("measures", "Supplier spend as a % of sales for each store in 2025",
  f"WITH inv AS (SELECT v.loc_id, SUM(v.inv_amt_cents) AS spend_cents FROM vnd_inv v "
  f"WHERE v.inv_dt >= '2025-01-01' AND v.inv_dt < '2026-01-01' GROUP BY v.loc_id), "
  f"sal AS (SELECT h.loc_id, SUM({NET}) AS net_cents FROM chk_hdr h WHERE {C} AND {Y25} GROUP BY h.loc_id) "
  f"SELECT l.loc_nm AS store, inv.spend_cents * 100.0 / sal.net_cents AS supplier_spend_pct FROM loc l "
  f"JOIN inv ON inv.loc_id = l.loc_id JOIN sal ON sal.loc_id = l.loc_id ORDER BY store")
q("measures", "What's the average hourly rate for our current servers at each store?",
  "SELECT l.loc_nm AS store, AVG(e.hrly_rate_cents) / 100.0 AS avg_hourly_rate FROM emp e "
  "JOIN loc l ON l.loc_id = e.loc_id WHERE e.job_cd = 'SVR' AND e.term_dt IS NULL GROUP BY l.loc_nm ORDER BY store")
q("measures", "Void rate by store in 2025",
  f"SELECT l.loc_nm AS store, SUM(CASE WHEN h.chk_stat = 'V' THEN 1 ELSE 0 END) * 100.0 / COUNT(*) AS void_rate_pct "
  f"FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id WHERE h.chk_stat IN ('C', 'V') AND {Y25} "
  f"GROUP BY l.loc_nm ORDER BY store")
q("measures", "What was food cost at Dallas Uptown in Q2 2025?",
  f"SELECT SUM(l.qty * i.std_cost_cents) / 100.0 AS food_cost {LINES} "
  f"JOIN menu_itm i ON i.itm_cd = l.itm_cd JOIN menu_cat c ON c.cat_cd = i.cat_cd "
  f"JOIN loc lo ON lo.loc_id = h.loc_id WHERE {C} AND l.ln_stat = 'A' AND c.rev_grp = 'FOOD' "
  f"AND lo.loc_nm = 'Dallas Uptown' AND h.open_ts >= '2025-04-01' AND h.open_ts < '2025-07-01'")
q("measures", "Average check by channel in 2025",
  f"SELECT r.chan_desc AS channel, SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h "
  f"JOIN ref_chan r ON r.chan_cd = h.chan_cd WHERE {C} AND {Y25} GROUP BY r.chan_desc ORDER BY channel")

# ------------------------------------------------------------------ filters (20)
q("filters", "How many dine-in checks did Austin Downtown do in September 2025?",
  f"SELECT COUNT(*) AS checks FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND h.chan_cd = 'DI' AND l.loc_nm = 'Austin Downtown' "
  f"AND h.open_ts >= '2025-09-01' AND h.open_ts < '2025-10-01'")
q("filters", "Texas sales this year",
  f"SELECT SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND l.st_cd = 'TX' AND {Y25}")
q("filters", "How many checks came in over $150 in 2025?",
  f"SELECT COUNT(*) AS checks FROM chk_hdr h WHERE {C} AND {Y25} AND {NET} > 15000")
q("filters", "Which servers did we hire in 2025?",
  "SELECT e.first_nm || ' ' || e.last_nm AS server, l.loc_nm AS store, e.hire_dt AS hire_date FROM emp e "
  "JOIN loc l ON l.loc_id = e.loc_id WHERE e.job_cd = 'SVR' AND e.hire_dt >= '2025-01-01' AND e.hire_dt < '2026-01-01' "
  "ORDER BY hire_date, server")
q("filters", "Which menu items have we taken off the menu?",
  "SELECT i.itm_desc AS item, c.cat_desc AS category FROM menu_itm i JOIN menu_cat c ON c.cat_cd = i.cat_cd "
  "WHERE i.actv_flg = 'N' ORDER BY item")
q("filters", "Show me supplier invoices that are past due and still unpaid",
  "SELECT v.vnd_nm AS supplier, l.loc_nm AS store, v.inv_dt AS invoice_date, v.due_dt AS due_date, "
  "v.inv_amt_cents / 100.0 AS amount FROM vnd_inv v JOIN loc l ON l.loc_id = v.loc_id "
  "WHERE v.paid_dt IS NULL AND v.due_dt < '2025-11-16' ORDER BY due_date, supplier, store")
q("filters", "How many delivery orders did our Colorado stores get in 2025?",
  f"SELECT COUNT(*) AS delivery_orders FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND h.chan_cd = 'DL' AND l.st_cd = 'CO' AND {Y25}")
q("filters", "Cash sales last month",
  f"SELECT SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} AND h.pay_typ = 'CA' AND {OCT25}")
q("filters", "How many items got comped at Houston Heights in 2025?",
  f"SELECT SUM(l.qty) AS comped_items {LINES} JOIN loc lo ON lo.loc_id = h.loc_id "
  f"WHERE {C} AND l.ln_stat = 'A' AND l.comp_cents > 0 AND lo.loc_nm = 'Houston Heights' AND {Y25}")
q("filters", "How many parties of 6 or more did we seat this year?",
  f"SELECT COUNT(*) AS parties FROM chk_hdr h WHERE {C} AND h.chan_cd = 'DI' AND h.covers >= 6 AND {Y25}")
q("filters", "How many dine-in credit card checks had no tip in 2025?",
  f"SELECT COUNT(*) AS checks FROM chk_hdr h WHERE {C} AND h.chan_cd = 'DI' AND h.pay_typ = 'CC' "
  f"AND h.tip_cents = 0 AND {Y25}")
q("filters", "Who left the company in 2024?",
  f"SELECT {SERVER} AS employee, {ROLE} AS role, l.loc_nm AS store, e.term_dt AS last_day FROM emp e "
  f"JOIN loc l ON l.loc_id = e.loc_id WHERE e.term_dt >= '2024-01-01' AND e.term_dt < '2025-01-01' "
  f"ORDER BY last_day, employee")
q("filters", "Cocktail sales at Scottsdale in Q3 2025",
  f"SELECT SUM({LNET}) / 100.0 AS net_sales {LINES} JOIN menu_itm i ON i.itm_cd = l.itm_cd "
  f"JOIN loc lo ON lo.loc_id = h.loc_id WHERE {C} AND l.ln_stat = 'A' AND i.cat_cd = 'CKTL' "
  f"AND lo.loc_nm = 'Scottsdale Old Town' AND {Q3_25}")
q("filters", "How many Sysco invoices over $100 did we get in 2025?",
  "SELECT COUNT(*) AS invoices FROM vnd_inv v WHERE v.vnd_nm = 'Sysco Central' AND v.inv_amt_cents > 10000 "
  "AND v.inv_dt >= '2025-01-01' AND v.inv_dt < '2026-01-01'")
q("filters", "2024 sales for the stores that opened before 2018",
  f"SELECT SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND l.open_dt < '2018-01-01' AND {Y24}")
q("filters", "How many checks were opened after 9pm in October 2025?",
  f"SELECT COUNT(*) AS checks FROM chk_hdr h WHERE {C} AND time(h.open_ts) >= '21:00:00' AND {OCT25}")
q("filters", "How many desserts did we sell at dinner in 2025?",
  f"SELECT SUM(l.qty) AS desserts {LINES} JOIN menu_itm i ON i.itm_cd = l.itm_cd "
  f"WHERE {C} AND l.ln_stat = 'A' AND i.cat_cd = 'DSRT' AND CAST(strftime('%H', h.open_ts) AS INTEGER) >= 16 AND {Y25}")
q("filters", "Which Arizona locations are still open?",
  "SELECT l.loc_nm AS store, l.city AS city FROM loc l WHERE l.st_cd = 'AZ' AND l.close_dt IS NULL ORDER BY store")
q("filters", "Soft drink and other non-alcoholic beverage sales on takeout and delivery orders in 2025",
  f"SELECT SUM({LNET}) / 100.0 AS net_sales {LINES} JOIN menu_itm i ON i.itm_cd = l.itm_cd "
  f"WHERE {C} AND l.ln_stat = 'A' AND i.cat_cd = 'NA' AND h.chan_cd IN ('TO', 'DL') AND {Y25}")
q("filters", "How many checks were voided at Dallas Uptown this year?",
  f"SELECT COUNT(*) AS voided_checks FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE h.chk_stat = 'V' AND l.loc_nm = 'Dallas Uptown' AND {Y25}")

# ------------------------------------------------------------------ topn (15)
ITEM_SALES = (f"{LINES} JOIN menu_itm i ON i.itm_cd = l.itm_cd WHERE {C} AND l.ln_stat = 'A'")
q("topn", "Top 5 menu items by sales in 2025",
  f"SELECT i.itm_desc AS item, SUM({LNET}) / 100.0 AS net_sales {ITEM_SALES} AND {Y25} "
  f"GROUP BY i.itm_cd, i.itm_desc ORDER BY net_sales DESC LIMIT 5")
q("topn", "Top 10 servers by sales last quarter",
  f"SELECT {SERVER} AS server, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h JOIN emp e ON e.emp_no = h.emp_no "
  f"WHERE {C} AND e.job_cd = 'SVR' AND {Q3_25} GROUP BY e.emp_no, server ORDER BY net_sales DESC LIMIT 10")
q("topn", "Which 3 stores have the highest average check in 2025?",
  f"SELECT l.loc_nm AS store, SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h "
  f"JOIN loc l ON l.loc_id = h.loc_id WHERE {C} AND {Y25} GROUP BY l.loc_nm ORDER BY average_check DESC LIMIT 3")
q("topn", "5 worst-selling items on the current menu this year, by units",
  f"SELECT i.itm_desc AS item, COALESCE(SUM(x.qty), 0) AS units_sold FROM menu_itm i LEFT JOIN ("
  f"SELECT l.itm_cd, l.qty {LINES} WHERE {C} AND l.ln_stat = 'A' AND {Y25}) x ON x.itm_cd = i.itm_cd "
  f"WHERE i.actv_flg = 'Y' GROUP BY i.itm_cd, i.itm_desc ORDER BY units_sold ASC LIMIT 5")
q("topn", "Top 3 days for guest count in 2024",
  f"SELECT date(h.open_ts) AS day, SUM(h.covers) AS covers FROM chk_hdr h WHERE {C} AND h.chan_cd = 'DI' AND {Y24} "
  f"GROUP BY day ORDER BY covers DESC LIMIT 3")
q("topn", "Top 5 servers by tip % in 2025 (only servers with at least 75 checks)",
  f"SELECT {SERVER} AS server, SUM(h.tip_cents) * 100.0 / SUM({NET}) AS tip_pct FROM chk_hdr h "
  f"JOIN emp e ON e.emp_no = h.emp_no WHERE {C} AND e.job_cd = 'SVR' AND {Y25} "
  f"GROUP BY e.emp_no, server HAVING COUNT(*) >= 75 ORDER BY tip_pct DESC LIMIT 5")
q("topn", "Who are our top 5 suppliers by spend in 2025?",
  "SELECT v.vnd_nm AS supplier, SUM(v.inv_amt_cents) / 100.0 AS supplier_spend FROM vnd_inv v "
  "WHERE v.inv_dt >= '2025-01-01' AND v.inv_dt < '2026-01-01' GROUP BY v.vnd_nm ORDER BY supplier_spend DESC LIMIT 5")
q("topn", "Which 3 menu categories racked up the most comps in 2025?",
  f"SELECT c.cat_desc AS category, SUM(l.comp_cents) / 100.0 AS comps {LINES} "
  f"JOIN menu_itm i ON i.itm_cd = l.itm_cd JOIN menu_cat c ON c.cat_cd = i.cat_cd "
  f"WHERE {C} AND l.ln_stat = 'A' AND {Y25} GROUP BY c.cat_desc ORDER BY comps DESC LIMIT 3")
q("topn", "Top 3 apps by units at Austin Domain in 2025",
  f"SELECT i.itm_desc AS item, SUM(l.qty) AS units_sold {ITEM_SALES} AND i.cat_cd = 'APP' "
  f"AND h.loc_id = (SELECT loc_id FROM loc WHERE loc_nm = 'Austin Domain') AND {Y25} "
  f"GROUP BY i.itm_cd, i.itm_desc ORDER BY units_sold DESC LIMIT 3")
q("topn", "Top 10 items by gross profit (sales minus food cost) in 2025",
  f"SELECT i.itm_desc AS item, SUM({LNET} - l.qty * i.std_cost_cents) / 100.0 AS gross_profit {ITEM_SALES} AND {Y25} "
  f"GROUP BY i.itm_cd, i.itm_desc ORDER BY gross_profit DESC LIMIT 10")
q("topn", "Which store did the most delivery orders in 2025?",
  f"SELECT l.loc_nm AS store, COUNT(*) AS delivery_orders FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND h.chan_cd = 'DL' AND {Y25} GROUP BY l.loc_nm ORDER BY delivery_orders DESC LIMIT 1")
q("topn", "Show the 5 biggest checks of 2025 — check number, store, server and amount",
  f"SELECT h.chk_no AS check_number, l.loc_nm AS store, {SERVER} AS server, date(h.open_ts) AS day, "
  f"{NET} / 100.0 AS net_sales FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id JOIN emp e ON e.emp_no = h.emp_no "
  f"WHERE {C} AND {Y25} ORDER BY net_sales DESC LIMIT 5")
q("topn", "Top 3 bartenders by sales in 2025",
  f"SELECT {SERVER} AS bartender, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h JOIN emp e ON e.emp_no = h.emp_no "
  f"WHERE {C} AND e.job_cd = 'BAR' AND {Y25} GROUP BY e.emp_no, bartender ORDER BY net_sales DESC LIMIT 3")
q("topn", "Which 5 entrées sold the fewest units this year?",
  f"SELECT i.itm_desc AS item, SUM(l.qty) AS units_sold {ITEM_SALES} AND i.cat_cd = 'ENT' AND {Y25} "
  f"GROUP BY i.itm_cd, i.itm_desc ORDER BY units_sold ASC LIMIT 5")
q("topn", "Our 5 best months ever by net sales",
  f"SELECT strftime('%Y-%m', h.open_ts) AS month, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} "
  f"GROUP BY month ORDER BY net_sales DESC LIMIT 5")

# ------------------------------------------------------------------ breakdowns (15)
q("breakdowns", "Sales by channel for 2025",
  f"SELECT r.chan_desc AS channel, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"JOIN ref_chan r ON r.chan_cd = h.chan_cd WHERE {C} AND {Y25} GROUP BY r.chan_desc ORDER BY channel")
q("breakdowns", "Sales by menu category in 2025",
  f"SELECT c.cat_desc AS category, SUM({LNET}) / 100.0 AS net_sales {LINES} "
  f"JOIN menu_itm i ON i.itm_cd = l.itm_cd JOIN menu_cat c ON c.cat_cd = i.cat_cd "
  f"WHERE {C} AND l.ln_stat = 'A' AND {Y25} GROUP BY c.cat_desc ORDER BY category")
q("breakdowns", "Guest count by store for 2025",
  f"SELECT l.loc_nm AS store, SUM(h.covers) AS covers FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND h.chan_cd = 'DI' AND {Y25} GROUP BY l.loc_nm ORDER BY store")
q("breakdowns", "How are people paying? Checks by payment type in 2025",
  f"SELECT {PAY} AS payment_type, COUNT(*) AS checks FROM chk_hdr h WHERE {C} AND {Y25} "
  f"GROUP BY payment_type ORDER BY payment_type")
q("breakdowns", "Net sales by state and year",
  f"SELECT l.st_cd AS state, strftime('%Y', h.open_ts) AS year, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"JOIN loc l ON l.loc_id = h.loc_id WHERE {C} GROUP BY state, year ORDER BY state, year")
q("breakdowns", "Headcount of active staff by store and role",
  f"SELECT l.loc_nm AS store, {ROLE} AS role, COUNT(*) AS headcount FROM emp e JOIN loc l ON l.loc_id = e.loc_id "
  f"WHERE e.term_dt IS NULL GROUP BY store, role ORDER BY store, role")
q("breakdowns", "Supplier spend by category in 2024",
  "SELECT CASE v.inv_cat WHEN 'FOOD' THEN 'Food' WHEN 'BEV' THEN 'Beverage' WHEN 'LIQ' THEN 'Liquor' "
  "WHEN 'PAPER' THEN 'Paper goods' WHEN 'CLEAN' THEN 'Cleaning' END AS spend_category, "
  "SUM(v.inv_amt_cents) / 100.0 AS supplier_spend FROM vnd_inv v "
  "WHERE v.inv_dt >= '2024-01-01' AND v.inv_dt < '2025-01-01' GROUP BY spend_category ORDER BY spend_category")
q("breakdowns", "Q3 2025 sales by store and channel",
  f"SELECT l.loc_nm AS store, r.chan_desc AS channel, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h "
  f"JOIN loc l ON l.loc_id = h.loc_id JOIN ref_chan r ON r.chan_cd = h.chan_cd WHERE {C} AND {Q3_25} "
  f"GROUP BY store, channel ORDER BY store, channel")
q("breakdowns", "Food vs beverage vs alcohol sales by store in 2025",
  f"SELECT lo.loc_nm AS store, {REVGRP} AS revenue_group, SUM({LNET}) / 100.0 AS net_sales {LINES} "
  f"JOIN menu_itm i ON i.itm_cd = l.itm_cd JOIN menu_cat c ON c.cat_cd = i.cat_cd JOIN loc lo ON lo.loc_id = h.loc_id "
  f"WHERE {C} AND l.ln_stat = 'A' AND {Y25} GROUP BY store, revenue_group ORDER BY store, revenue_group")
q("breakdowns", "Comps by reason in 2025",
  f"SELECT {COMPRSN} AS comp_reason, SUM(l.comp_cents) / 100.0 AS comps {LINES} "
  f"WHERE {C} AND l.ln_stat = 'A' AND l.comp_cents > 0 AND {Y25} GROUP BY comp_reason ORDER BY comp_reason")
q("breakdowns", "Units sold by category, lunch vs dinner, 2025",
  f"SELECT c.cat_desc AS category, {DAYPART} AS daypart, SUM(l.qty) AS units_sold {LINES} "
  f"JOIN menu_itm i ON i.itm_cd = l.itm_cd JOIN menu_cat c ON c.cat_cd = i.cat_cd "
  f"WHERE {C} AND l.ln_stat = 'A' AND {Y25} GROUP BY category, daypart ORDER BY category, daypart")
q("breakdowns", "Tips by channel in 2025",
  f"SELECT r.chan_desc AS channel, SUM(h.tip_cents) / 100.0 AS tips FROM chk_hdr h "
  f"JOIN ref_chan r ON r.chan_cd = h.chan_cd WHERE {C} AND {Y25} GROUP BY r.chan_desc ORDER BY channel")
q("breakdowns", "Net sales by city in 2025",
  f"SELECT l.city AS city, SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND {Y25} GROUP BY l.city ORDER BY city")
q("breakdowns", "Labor hours by role in 2025",
  f"SELECT {ROLE} AS role, SUM({HRS}) AS labor_hours FROM emp_shift s JOIN emp e ON e.emp_no = s.emp_no "
  f"WHERE s.bus_dt >= '2025-01-01' AND s.bus_dt < '2026-01-01' GROUP BY role ORDER BY role")
q("breakdowns", "Party size breakdown for dine-in in 2025",
  f"SELECT h.covers AS party_size, COUNT(*) AS checks FROM chk_hdr h WHERE {C} AND h.chan_cd = 'DI' AND {Y25} "
  f"GROUP BY h.covers ORDER BY party_size")

# ------------------------------------------------------------------ tricky (10)
q("tricky", "How many checks did Tempe do in 2025?",
  f"SELECT COUNT(*) AS checks FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND l.loc_nm = 'Tempe Mill Ave' AND {Y25}")
q("tricky", "Total sales to date for the stores that opened in 2024 or later",
  f"SELECT SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND l.open_dt >= '2024-01-01'")
q("tricky", "What's the average check in 2025 if you leave out delivery?",
  f"SELECT SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h WHERE {C} AND h.chan_cd <> 'DL' AND {Y25}")
q("tricky", "Which items on the current menu didn't sell at all in Q1 2025?",
  f"SELECT i.itm_desc AS item FROM menu_itm i WHERE i.actv_flg = 'Y' AND NOT EXISTS ("
  f"SELECT 1 {LINES} WHERE l.itm_cd = i.itm_cd AND {C} AND l.ln_stat = 'A' "
  f"AND h.open_ts >= '2025-01-01' AND h.open_ts < '2025-04-01') ORDER BY item")
q("tricky", "Same-store sales growth, 2025 YTD vs the same period of 2024",
  f"SELECT (SUM(CASE WHEN date(h.open_ts) BETWEEN '2025-01-01' AND '2025-11-16' THEN {NET} ELSE 0 END) * 1.0 "
  f"/ SUM(CASE WHEN date(h.open_ts) BETWEEN '2024-01-01' AND '2024-11-16' THEN {NET} ELSE 0 END) - 1) * 100 "
  f"AS same_store_growth_pct FROM chk_hdr h JOIN loc l ON l.loc_id = h.loc_id "
  f"WHERE {C} AND l.open_dt < '2024-01-01' AND l.close_dt IS NULL")
q("tricky", "What's our average party size?",
  f"SELECT AVG(h.covers) AS avg_party_size FROM chk_hdr h WHERE {C} AND h.chan_cd = 'DI'")
q("tricky", "What share of 2025 checks had a comp or a discount on them?",
  f"SELECT SUM(CASE WHEN h.comp_cents > 0 OR h.disc_cents > 0 THEN 1 ELSE 0 END) * 100.0 / COUNT(*) "
  f"AS pct_checks_comped_or_discounted FROM chk_hdr h WHERE {C} AND {Y25}")
q("tricky", "Sales for Thanksgiving week 2024",
  f"SELECT SUM({NET}) / 100.0 AS net_sales FROM chk_hdr h WHERE {C} "
  f"AND date(h.open_ts) BETWEEN '2024-11-25' AND '2024-12-01'")
q("tricky", "Which stores have never taken a delivery order?",
  "SELECT l.loc_nm AS store FROM loc l WHERE NOT EXISTS (SELECT 1 FROM chk_hdr h "
  "WHERE h.loc_id = l.loc_id AND h.chan_cd = 'DL') ORDER BY store")
q("tricky", "Average check with dessert vs without dessert in 2025",
  f"SELECT CASE WHEN EXISTS (SELECT 1 FROM chk_ln l JOIN menu_itm i ON i.itm_cd = l.itm_cd "
  f"WHERE l.chk_no = h.chk_no AND l.ln_stat = 'A' AND i.cat_cd = 'DSRT') THEN 'With dessert' ELSE 'Without dessert' END "
  f"AS dessert, SUM({NET}) / 100.0 / COUNT(*) AS average_check FROM chk_hdr h WHERE {C} AND {Y25} "
  f"GROUP BY dessert ORDER BY dessert")

# ------------------------------------------------------------------ simple (5)
q("simple", "How many restaurants do we have open?",
  "SELECT COUNT(*) AS stores FROM loc WHERE close_dt IS NULL")
q("simple", "How many items are on the menu?",
  "SELECT COUNT(*) AS menu_items FROM menu_itm WHERE actv_flg = 'Y'")
q("simple", "List the menu categories",
  "SELECT cat_desc AS category FROM menu_cat ORDER BY sort_seq")
q("simple", "How many employees are on staff right now?",
  "SELECT COUNT(*) AS employees FROM emp WHERE term_dt IS NULL")
q("simple", "How many suppliers do we buy from?",
  "SELECT COUNT(DISTINCT vnd_nm) AS suppliers FROM vnd_inv")

if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.json"), "w") as f:
        json.dump(Q, f, indent=2, ensure_ascii=False)
        f.write("\n")
    from collections import Counter
    print(len(Q), Counter(x["kind"] for x in Q))
