#!/usr/bin/env python3
"""Held-out business question sets, v4, for the hr, subs, logistics and clinic databases.

usage: python3 gen_biz_v4.py --dir DIR      (DIR/<db>/<db>.sqlite)

Each database has 45 (kind, question, sql[, tie_sql]) tuples: time 12, measures 9, filters 7,
topn 6, breakdowns 6, tricky 3, simple 2.  The gold SQL was written first, then the question.
Every gold query is re-run and checked (runs, non-empty, not all NULL, and for a query ending in
LIMIT n: no tie at row n on its last column -- the ranking measure is always the last column; an
optional 4th element is a query with the same ranking whose last column is the measure).  Only when
every check of every database passes are <db>_v4.json and <db>_v4_kinds.json written beside this
script.

Decisions taken where DATABASES.md is silent
--------------------------------------------
All databases
  * "Last N months" on a timestamp column is compared by day:
      date(col) > date((SELECT MAX(col) FROM table), '-N months')
    with MAX taken over the whole table's column (no status filter), as in the documented example.
  * hr / subs / logistics: percentages 0-100 ROUND(.., 2) (common convention); averages and money
    sums are also ROUND(.., 2).  clinic: percentages unrounded (its own convention) and, for
    consistency, its averages and money sums are unrounded too.
  * Quarters are returned as integers 1-4: (CAST(strftime('%m', d) AS INTEGER) + 2) / 3.
  * Weekdays by name via CASE strftime('%w', d), ordered Sunday..Saturday.
  * "This year" = the last full year of data (2024 for hr, subs and clinic; for logistics, whose
    data run to 2025-06-30, questions name the year explicitly).
  * A "which X has the most Y" question returns X and the measure, measure last.
hr
  * "Current", "staff", "people", "employees" without a date = headcount (ACT + LOA).
  * Ages and tenure are measured at 2024-12-31 (end of data); tenure in years = days / 365.25.
  * An employee's department, job and location are the current ones on emp (no history exists).
  * A merit raise % compares the MERIT comp_hist row with the same employee's previous row.
  * "Time off" / "PTO" counts all leave types unless a type is named.
subs
  * Segments are shown by seg_cd (SMB / MM / ENT); ticket categories by cat_cd.
  * Resolution time is dated by opened_at and covers closed tickets only.
  * Conversion by channel only covers leads with a campaign (organic leads have no channel).
  * "Customers" in a list of accounts = acct rows (any status) unless "paying" is said.
  * Payment decline rate = DECL attempts / all payment attempts.
  * Churn rate of a year = churned customers in the year / customers at the start of the year.
logistics
  * On-time rate of a period is dated by shipped_at (shipments are counted by ship date).
  * Margin of a period = revenue billed in it - carrier cost of shipments shipped in it; margin of a
    customer / service level with no period = all of its revenue - all of its carrier cost.
  * Average weight / packages are over shipments that shipped in the period.
  * "Shipments to Canada" = shipments whose route's destination country is CA.
  * Claims paid out = settled_usd of PAID claims.
clinic
  * Visits (CMP) are the unit for "seen", "busiest", revenue per visit; cancellations are CXL
    appointments by appt_dt.
  * Processing time is averaged over adjudicated claims (PAID + DEN) and dated by submitted_on.
  * Denial rate by payer / year uses the claim's payer / submitted_on.
  * A "Medicaid patient" has a medical payer of type MCD.
  * Patients "not seen in over a year" = last visit before 2023-12-31 (a year before now).
"""
import argparse
import json
import os
import re
import sqlite3
import sys

KIND_TARGET = {"time": 12, "measures": 9, "filters": 7, "topn": 6, "breakdowns": 6,
               "tricky": 3, "simple": 2}

HC = "emp_stat_cd IN ('ACT','LOA')"
# an employee's current salary row
CUR = ("(SELECT emp_id, base_sal_usd, bonus_tgt_pct FROM comp_hist c WHERE c.eff_dt = "
       "(SELECT MAX(c2.eff_dt) FROM comp_hist c2 WHERE c2.emp_id = c.emp_id))")
WD = ("CASE strftime('%w', {0}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
      "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
Q = "(CAST(strftime('%m', {0}) AS INTEGER) + 2) / 3"

HR = [
    # ---------------- time (12)
    ("time", "How many people did we hire each year since 2022?",
     "SELECT strftime('%Y', hire_on) AS hire_year, COUNT(*) AS hires FROM emp "
     "WHERE hire_on >= '2022-01-01' GROUP BY hire_year ORDER BY hire_year"),
    ("time", "hires by month in 2023",
     "SELECT strftime('%m', hire_on) AS month, COUNT(*) AS hires FROM emp "
     "WHERE hire_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month"),
    ("time", "number of leavers per quarter in 2023",
     "SELECT " + Q.format("term_on") + " AS quarter, COUNT(*) AS leavers FROM emp "
     "WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY quarter"),
    ("time", "What was our turnover rate in 2023?",
     "SELECT ROUND(100.0 * (SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31') "
     "/ (SELECT COUNT(*) FROM emp WHERE hire_on <= '2023-01-01' AND (term_on IS NULL OR term_on > '2023-01-01')), 2) "
     "AS turnover_rate_pct"),
    ("time", "how many ppl have we hired in the last 6 months",
     "SELECT COUNT(*) AS hires FROM emp WHERE hire_on > date((SELECT MAX(hire_on) FROM emp), '-6 months')"),
    ("time", "Sick days taken per month in 2024",
     "SELECT strftime('%m', start_dt) AS month, SUM(days_cnt) AS sick_days FROM pto_req "
     "WHERE req_stat = 'APPR' AND pto_type_cd = 'SICK' AND start_dt BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY month ORDER BY month"),
    ("time", "voluntary vs involuntary leavers for each year",
     "SELECT strftime('%Y', e.term_on) AS year, SUM(t.vol_flg = 1) AS voluntary, SUM(t.vol_flg = 0) AS involuntary "
     "FROM emp e JOIN term_rsn t ON e.term_rsn_cd = t.term_rsn_cd WHERE e.term_on IS NOT NULL "
     "GROUP BY year ORDER BY year"),
    ("time", "What was headcount at the end of 2023?",
     "SELECT COUNT(*) AS headcount FROM emp WHERE hire_on <= '2023-12-31' "
     "AND (term_on IS NULL OR term_on > '2023-12-31')"),
    ("time", "Which days of the week do people submit their time off requests? count per weekday",
     "SELECT " + WD.format("submitted_at") + " AS weekday, COUNT(*) AS requests FROM pto_req "
     "GROUP BY strftime('%w', submitted_at) ORDER BY strftime('%w', submitted_at)"),
    ("time", "vacation days taken per month over the last 12 months",
     "SELECT strftime('%Y-%m', start_dt) AS month, SUM(days_cnt) AS vacation_days FROM pto_req "
     "WHERE req_stat = 'APPR' AND pto_type_cd = 'VAC' "
     "AND start_dt > date((SELECT MAX(start_dt) FROM pto_req), '-12 months') GROUP BY month ORDER BY month"),
    ("time", "How many promotions did we do each year?",
     "SELECT strftime('%Y', eff_dt) AS year, COUNT(*) AS promotions FROM comp_hist "
     "WHERE chg_rsn_cd = 'PROMO' GROUP BY year ORDER BY year"),
    ("time", "I'm putting together the board deck - can you give me our headcount on Jan 1 for each of 2022, 2023 and 2024?",
     "WITH d(as_of) AS (VALUES ('2022-01-01'), ('2023-01-01'), ('2024-01-01')) "
     "SELECT as_of, (SELECT COUNT(*) FROM emp WHERE hire_on <= as_of AND (term_on IS NULL OR term_on > as_of)) "
     "AS headcount FROM d ORDER BY as_of"),
    # ---------------- measures (9)
    ("measures", "What's our current headcount?",
     "SELECT COUNT(*) AS headcount FROM emp WHERE " + HC),
    ("measures", "total payroll right now?",
     "SELECT SUM(c.base_sal_usd) AS payroll_usd FROM emp e JOIN " + CUR + " c ON c.emp_id = e.emp_id "
     "WHERE e." + HC),
    ("measures", "average base salary of our current employees",
     "SELECT ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e JOIN " + CUR + " c ON c.emp_id = e.emp_id "
     "WHERE e." + HC),
    ("measures", "avg age of current staff",
     "SELECT ROUND(AVG(2024 - CAST(strftime('%Y', birth_dt) AS INTEGER) "
     "- (strftime('%m-%d', birth_dt) > '12-31')), 2) AS avg_age FROM emp WHERE " + HC),
    ("measures", "What percent of our employees work remotely?",
     "SELECT ROUND(100.0 * SUM(remote_flg = 1) / COUNT(*), 2) AS remote_pct FROM emp WHERE " + HC),
    ("measures", "average performance rating in the FY2024 review cycle",
     "SELECT ROUND(AVG(rating_num), 2) AS avg_rating FROM perf_rvw WHERE rvw_cycle = 'FY2024'"),
    ("measures", "how many days of time off did people take in 2024",
     "SELECT SUM(days_cnt) AS days_taken FROM pto_req WHERE req_stat = 'APPR' "
     "AND start_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "whats the average bonus target % for current employees",
     "SELECT ROUND(AVG(c.bonus_tgt_pct), 2) AS avg_bonus_target_pct FROM emp e JOIN " + CUR + " c "
     "ON c.emp_id = e.emp_id WHERE e." + HC),
    ("measures", "Average tenure (years) of the people we have today?",
     "SELECT ROUND(AVG((julianday('2024-12-31') - julianday(hire_on)) / 365.25), 2) AS avg_tenure_years "
     "FROM emp WHERE " + HC),
    # ---------------- filters (7)
    ("filters", "who works out of the Berlin office?",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee FROM emp e JOIN work_loc w ON e.loc_cd = w.loc_cd "
     "WHERE w.city_nm = 'Berlin' AND e." + HC + " ORDER BY employee"),
    ("filters", "how many part timers do we have in customer support",
     "SELECT COUNT(*) AS part_timers FROM emp e JOIN org_unit o ON e.dept_cd = o.dept_cd "
     "WHERE o.dept_nm = 'Customer Support' AND e.emp_type_cd = 'PT' AND e." + HC),
    ("filters", "How many people were laid off in 2023?",
     "SELECT COUNT(*) AS laid_off FROM emp WHERE term_rsn_cd = 'LAY' "
     "AND term_on BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("filters", "Which employees got a rating of 1 in FY2024 reviews?",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee FROM perf_rvw r JOIN emp e ON r.emp_id = e.emp_id "
     "WHERE r.rvw_cycle = 'FY2024' AND r.rating_num = 1 ORDER BY employee"),
    ("filters", "how many time-off requests are still waiting for approval",
     "SELECT COUNT(*) AS pending_requests FROM pto_req WHERE req_stat = 'PEND'"),
    ("filters", "list everyone making more than 200k base",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee, c.base_sal_usd FROM emp e JOIN " + CUR + " c "
     "ON c.emp_id = e.emp_id WHERE e." + HC + " AND c.base_sal_usd > 200000 ORDER BY c.base_sal_usd DESC, employee"),
    ("filters", "how many women work in engineering?",
     "SELECT COUNT(*) AS women FROM emp e JOIN org_unit o ON e.dept_cd = o.dept_cd "
     "WHERE o.dept_nm = 'Engineering' AND e.gender_cd = 'F' AND e." + HC),
    # ---------------- topn (6)
    ("topn", "top 5 highest paid employees",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee, c.base_sal_usd FROM emp e JOIN " + CUR + " c "
     "ON c.emp_id = e.emp_id WHERE e." + HC + " ORDER BY c.base_sal_usd DESC LIMIT 5"),
    ("topn", "Which 3 departments have the most people?",
     "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON e.dept_cd = o.dept_cd "
     "WHERE e." + HC + " GROUP BY o.dept_nm ORDER BY headcount DESC LIMIT 3"),
    ("topn", "which departmnet lost the most people in 2024",
     "SELECT o.dept_nm, COUNT(*) AS leavers FROM emp e JOIN org_unit o ON e.dept_cd = o.dept_cd "
     "WHERE e.term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY o.dept_nm ORDER BY leavers DESC LIMIT 1"),
    ("topn", "Who took the most sick days in 2024? top 3",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee, SUM(p.days_cnt) AS sick_days FROM pto_req p "
     "JOIN emp e ON p.emp_id = e.emp_id WHERE p.req_stat = 'APPR' AND p.pto_type_cd = 'SICK' "
     "AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY p.emp_id ORDER BY sick_days DESC LIMIT 3"),
    ("topn", "what job title has the highest avg salary",
     "SELECT j.job_ttl_nm, ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e "
     "JOIN job_ttl j ON e.job_cd = j.job_cd JOIN " + CUR + " c ON c.emp_id = e.emp_id WHERE e." + HC +
     " GROUP BY j.job_ttl_nm ORDER BY avg_salary_usd DESC LIMIT 1"),
    ("topn", "which 4 managers have the most direct reports",
     "SELECT m.first_nm || ' ' || m.last_nm AS manager, COUNT(*) AS direct_reports FROM emp e "
     "JOIN emp m ON e.mgr_emp_id = m.emp_id WHERE e." + HC + " GROUP BY m.emp_id "
     "ORDER BY direct_reports DESC LIMIT 4"),
    # ---------------- breakdowns (6)
    ("breakdowns", "headcount by department",
     "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON e.dept_cd = o.dept_cd "
     "WHERE e." + HC + " GROUP BY o.dept_nm ORDER BY headcount DESC"),
    ("breakdowns", "How many employees do we have in each country?",
     "SELECT w.ctry_iso2, COUNT(*) AS headcount FROM emp e JOIN work_loc w ON e.loc_cd = w.loc_cd "
     "WHERE e." + HC + " GROUP BY w.ctry_iso2 ORDER BY headcount DESC"),
    ("breakdowns", "avg salary by job family",
     "SELECT j.job_family, ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e "
     "JOIN job_ttl j ON e.job_cd = j.job_cd JOIN " + CUR + " c ON c.emp_id = e.emp_id WHERE e." + HC +
     " GROUP BY j.job_family ORDER BY avg_salary_usd DESC"),
    ("breakdowns", "why did people leave in 2024? break it down by termination reason",
     "SELECT t.term_rsn_desc, COUNT(*) AS leavers FROM emp e JOIN term_rsn t ON e.term_rsn_cd = t.term_rsn_cd "
     "WHERE e.term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.term_rsn_desc ORDER BY leavers DESC"),
    ("breakdowns", "gender split of the workforce",
     "SELECT gender_cd, COUNT(*) AS headcount FROM emp WHERE " + HC + " GROUP BY gender_cd ORDER BY headcount DESC"),
    ("breakdowns", "average FY2024 review rating per department",
     "SELECT o.dept_nm, ROUND(AVG(r.rating_num), 2) AS avg_rating FROM perf_rvw r JOIN emp e ON r.emp_id = e.emp_id "
     "JOIN org_unit o ON e.dept_cd = o.dept_cd WHERE r.rvw_cycle = 'FY2024' GROUP BY o.dept_nm ORDER BY avg_rating DESC"),
    # ---------------- tricky (3)
    ("tricky", "turnover rate by department for 2024",
     "SELECT o.dept_nm, ROUND(100.0 * SUM(e.term_on BETWEEN '2024-01-01' AND '2024-12-31') "
     "/ SUM(e.hire_on <= '2024-01-01' AND (e.term_on IS NULL OR e.term_on > '2024-01-01')), 2) AS turnover_rate_pct "
     "FROM emp e JOIN org_unit o ON e.dept_cd = o.dept_cd GROUP BY o.dept_nm ORDER BY turnover_rate_pct DESC"),
    ("tricky", "For the April 2024 merit cycle, what was the average raise people got, as a percent of their previous salary?",
     "SELECT ROUND(AVG(100.0 * (m.base_sal_usd - p.base_sal_usd) / p.base_sal_usd), 2) AS avg_merit_raise_pct "
     "FROM comp_hist m JOIN comp_hist p ON p.emp_id = m.emp_id AND p.eff_dt = "
     "(SELECT MAX(p2.eff_dt) FROM comp_hist p2 WHERE p2.emp_id = m.emp_id AND p2.eff_dt < m.eff_dt) "
     "WHERE m.chg_rsn_cd = 'MERIT' AND m.eff_dt BETWEEN '2024-04-01' AND '2024-04-30'"),
    ("tricky", "how many current employees havent taken a single day off in 2024",
     "SELECT COUNT(*) AS employees FROM emp e WHERE e." + HC + " AND NOT EXISTS (SELECT 1 FROM pto_req p "
     "WHERE p.emp_id = e.emp_id AND p.req_stat = 'APPR' AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31')"),
    # ---------------- simple (2)
    ("simple", "list all departments",
     "SELECT dept_nm FROM org_unit ORDER BY dept_nm"),
    ("simple", "what offices/locations do we have?",
     "SELECT city_nm, ctry_iso2 FROM work_loc ORDER BY city_nm"),
]

ACTV = "stat = 'ACTV'"
SUBS = [
    # ---------------- time (12)
    ("time", "revenu by month for 2024",
     "SELECT strftime('%m', paid_at) AS month, ROUND(SUM(total_usd), 2) AS revenue_usd FROM inv "
     "WHERE paid_at IS NOT NULL AND paid_at >= '2024-01-01' AND paid_at < '2025-01-01' GROUP BY month ORDER BY month"),
    ("time", "How many new customers did we get each quarter in 2023?",
     "SELECT " + Q.format("created_ts") + " AS quarter, COUNT(*) AS new_customers FROM acct "
     "WHERE created_ts >= '2023-01-01' AND created_ts < '2024-01-01' GROUP BY quarter ORDER BY quarter"),
    ("time", "customers churned per month in 2023",
     "SELECT strftime('%m', ended_on) AS month, COUNT(DISTINCT acct_id) AS churned_customers FROM subscr "
     "WHERE stat = 'CANC' AND ended_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month"),
    ("time", "signups per year",
     "SELECT strftime('%Y', signup_ts) AS year, COUNT(*) AS signups FROM mkt_lead GROUP BY year ORDER BY year"),
    ("time", "how much revenue came in over the last 3 months?",
     "SELECT ROUND(SUM(total_usd), 2) AS revenue_usd FROM inv WHERE paid_at IS NOT NULL "
     "AND date(paid_at) > date((SELECT MAX(paid_at) FROM inv), '-3 months')"),
    ("time", "Do people use the product less on weekends? Show average daily active users by day of week for 2024",
     "SELECT " + WD.format("usage_dt") + " AS weekday, ROUND(AVG(dau), 2) AS avg_daily_active_users FROM "
     "(SELECT usage_dt, SUM(active_users) AS dau FROM usage_dly WHERE usage_dt BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY usage_dt) GROUP BY strftime('%w', usage_dt) ORDER BY strftime('%w', usage_dt)"),
    ("time", "P1 tickets by month in 2023",
     "SELECT strftime('%m', opened_at) AS month, COUNT(*) AS p1_tickets FROM sup_tkt "
     "WHERE prio_cd = 'P1' AND opened_at >= '2023-01-01' AND opened_at < '2024-01-01' GROUP BY month ORDER BY month"),
    ("time", "churned MRR for each quarter of 2024",
     "SELECT " + Q.format("ended_on") + " AS quarter, ROUND(SUM(mrr_usd), 2) AS churned_mrr_usd FROM subscr "
     "WHERE stat = 'CANC' AND ended_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter"),
    ("time", "avg ticket resolution time in hours per quarter, 2024",
     "SELECT " + Q.format("opened_at") + " AS quarter, "
     "ROUND(AVG((julianday(closed_at) - julianday(opened_at)) * 24), 2) AS avg_resolution_hours FROM sup_tkt "
     "WHERE closed_at IS NOT NULL AND opened_at >= '2024-01-01' AND opened_at < '2025-01-01' "
     "GROUP BY quarter ORDER BY quarter"),
    ("time", "How much did we spend on marketing campaigns each year?",
     "SELECT strftime('%Y', launched_dt) AS year, ROUND(SUM(spend_cents) / 100.0, 2) AS spend_usd FROM mkt_cmp "
     "GROUP BY year ORDER BY year"),
    ("time", "api calls per month in 2024",
     "SELECT strftime('%m', usage_dt) AS month, SUM(api_calls) AS api_calls FROM usage_dly "
     "WHERE usage_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month"),
    ("time", "lead conversion rate by signup year",
     "SELECT strftime('%Y', signup_ts) AS year, ROUND(100.0 * SUM(cnv_acct_id IS NOT NULL) / COUNT(*), 2) "
     "AS conversion_rate_pct FROM mkt_lead GROUP BY year ORDER BY year"),
    # ---------------- measures (9)
    ("measures", "what's our MRR?",
     "SELECT ROUND(SUM(mrr_usd), 2) AS mrr_usd FROM subscr WHERE " + ACTV),
    ("measures", "Current ARR",
     "SELECT ROUND(12 * SUM(mrr_usd), 2) AS arr_usd FROM subscr WHERE " + ACTV),
    ("measures", "how many paying customers do we have right now",
     "SELECT COUNT(DISTINCT acct_id) AS paying_customers FROM subscr WHERE " + ACTV),
    ("measures", "How much money is still outstanding on invoices?",
     "SELECT ROUND(SUM(total_usd), 2) AS outstanding_usd FROM inv WHERE paid_at IS NULL"),
    ("measures", "overall lead to customer conversion rate",
     "SELECT ROUND(100.0 * SUM(cnv_acct_id IS NOT NULL) / COUNT(*), 2) AS conversion_rate_pct FROM mkt_lead"),
    ("measures", "average CSAT on support tickets",
     "SELECT ROUND(AVG(csat_score), 2) AS avg_csat FROM sup_tkt"),
    ("measures", "what's the average MRR per paying customer",
     "SELECT ROUND(SUM(mrr_usd) / COUNT(DISTINCT acct_id), 2) AS avg_mrr_per_customer_usd FROM subscr WHERE " + ACTV),
    ("measures", "avg number of seats on active subscriptions",
     "SELECT ROUND(AVG(seats_qty), 2) AS avg_seats FROM subscr WHERE " + ACTV),
    ("measures", "What % of payment attempts get declined?",
     "SELECT ROUND(100.0 * SUM(rslt_cd = 'DECL') / COUNT(*), 2) AS decline_rate_pct FROM pmt"),
    # ---------------- filters (7)
    ("filters", "list our enterprise customers in Germany",
     "SELECT a.acct_nm FROM acct a JOIN geo_ctry g ON a.ctry_cd = g.ctry_cd "
     "WHERE a.seg_cd = 'ENT' AND g.ctry_nm = 'Germany' ORDER BY a.acct_nm"),
    ("filters", "how many accounts pay by wire transfer?",
     "SELECT COUNT(*) AS accounts FROM acct WHERE dflt_pay_mthd = 'WIRE'"),
    ("filters", "How many P1 tickets are still open?",
     "SELECT COUNT(*) AS open_p1_tickets FROM sup_tkt WHERE prio_cd = 'P1' AND closed_at IS NULL"),
    ("filters", "how many customers churned in 2023 because it was too expensive",
     "SELECT COUNT(DISTINCT s.acct_id) AS churned_customers FROM subscr s JOIN cncl_rsn r ON s.cncl_rsn_cd = r.rsn_cd "
     "WHERE s.stat = 'CANC' AND r.rsn_desc = 'Too expensive' AND s.ended_on BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("filters", "which accounts have a paused subscripton?",
     "SELECT DISTINCT a.acct_nm FROM subscr s JOIN acct a ON s.acct_id = a.acct_id WHERE s.stat = 'PAUS' "
     "ORDER BY a.acct_nm"),
    ("filters", "How many trial signups in 2024 ended up converting?",
     "SELECT COUNT(*) AS converted_trials FROM mkt_lead WHERE trial_flg = 1 AND cnv_acct_id IS NOT NULL "
     "AND signup_ts >= '2024-01-01' AND signup_ts < '2025-01-01'"),
    ("filters", "how many paying customers does Dana Whitfield look after",
     "SELECT COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s JOIN acct a ON s.acct_id = a.acct_id "
     "WHERE s.stat = 'ACTV' AND a.csm_nm = 'Dana Whitfield'"),
    # ---------------- topn (6)
    ("topn", "top 10 accounts by MRR",
     "SELECT a.acct_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr_usd FROM subscr s JOIN acct a ON s.acct_id = a.acct_id "
     "WHERE s.stat = 'ACTV' GROUP BY a.acct_id ORDER BY mrr_usd DESC LIMIT 10"),
    ("topn", "Which 5 campaigns brought in the most signups?",
     "SELECT c.cmp_nm, COUNT(*) AS signups FROM mkt_lead l JOIN mkt_cmp c ON l.cmp_id = c.cmp_id "
     "GROUP BY c.cmp_id ORDER BY signups DESC LIMIT 5"),
    ("topn", "which marketing channel has the cheapest cost per lead",
     "SELECT ch.channel_nm, ROUND(sp.spend / ld.leads, 2) AS cost_per_lead_usd FROM mkt_chnl ch "
     "JOIN (SELECT channel_cd, SUM(spend_cents) / 100.0 AS spend FROM mkt_cmp GROUP BY channel_cd) sp "
     "ON sp.channel_cd = ch.channel_cd "
     "JOIN (SELECT c.channel_cd, COUNT(*) AS leads FROM mkt_lead l JOIN mkt_cmp c ON l.cmp_id = c.cmp_id "
     "GROUP BY c.channel_cd) ld ON ld.channel_cd = ch.channel_cd ORDER BY cost_per_lead_usd ASC LIMIT 1"),
    ("topn", "top 3 countries by number of paying customers",
     "SELECT g.ctry_nm, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s "
     "JOIN acct a ON s.acct_id = a.acct_id JOIN geo_ctry g ON a.ctry_cd = g.ctry_cd WHERE s.stat = 'ACTV' "
     "GROUP BY g.ctry_nm ORDER BY paying_customers DESC LIMIT 3"),
    ("topn", "Which accounts opened the most support tickets in 2024? top 5",
     "SELECT a.acct_nm, COUNT(*) AS tickets FROM sup_tkt t JOIN acct a ON t.acct_id = a.acct_id "
     "WHERE t.opened_at >= '2024-01-01' AND t.opened_at < '2025-01-01' GROUP BY a.acct_id "
     "ORDER BY tickets DESC LIMIT 5"),
    ("topn", "most popular plan among active subs",
     "SELECT p.plan_nm, COUNT(*) AS active_subscriptions FROM subscr s JOIN plan_cat p ON s.plan_cd = p.plan_cd "
     "WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY active_subscriptions DESC LIMIT 1"),
    # ---------------- breakdowns (6)
    ("breakdowns", "MRR by customer segment",
     "SELECT a.seg_cd, ROUND(SUM(s.mrr_usd), 2) AS mrr_usd FROM subscr s JOIN acct a ON s.acct_id = a.acct_id "
     "WHERE s.stat = 'ACTV' GROUP BY a.seg_cd ORDER BY mrr_usd DESC"),
    ("breakdowns", "how is MRR split across plans?",
     "SELECT p.plan_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr_usd FROM subscr s JOIN plan_cat p ON s.plan_cd = p.plan_cd "
     "WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY mrr_usd DESC"),
    ("breakdowns", "Why do customers cancel? churned customers by cancellation reason",
     "SELECT r.rsn_desc, COUNT(DISTINCT s.acct_id) AS churned_customers FROM subscr s "
     "JOIN cncl_rsn r ON s.cncl_rsn_cd = r.rsn_cd WHERE s.stat = 'CANC' GROUP BY r.rsn_desc "
     "ORDER BY churned_customers DESC"),
    ("breakdowns", "paying customers per sales region",
     "SELECT g.sales_rgn, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s "
     "JOIN acct a ON s.acct_id = a.acct_id JOIN geo_ctry g ON a.ctry_cd = g.ctry_cd WHERE s.stat = 'ACTV' "
     "GROUP BY g.sales_rgn ORDER BY paying_customers DESC"),
    ("breakdowns", "support tickets by category in 2024",
     "SELECT cat_cd, COUNT(*) AS tickets FROM sup_tkt WHERE opened_at >= '2024-01-01' AND opened_at < '2025-01-01' "
     "GROUP BY cat_cd ORDER BY tickets DESC"),
    ("breakdowns", "conversion rate for each marketing channel",
     "SELECT ch.channel_nm, ROUND(100.0 * SUM(l.cnv_acct_id IS NOT NULL) / COUNT(*), 2) AS conversion_rate_pct "
     "FROM mkt_lead l JOIN mkt_cmp c ON l.cmp_id = c.cmp_id JOIN mkt_chnl ch ON c.channel_cd = ch.channel_cd "
     "GROUP BY ch.channel_nm ORDER BY conversion_rate_pct DESC"),
    # ---------------- tricky (3)
    ("tricky", "Did any campaigns spend money but get zero signups?",
     "SELECT c.cmp_nm, c.spend_cents / 100.0 AS spend_usd FROM mkt_cmp c "
     "WHERE c.spend_cents > 0 AND NOT EXISTS (SELECT 1 FROM mkt_lead l WHERE l.cmp_id = c.cmp_id) ORDER BY c.cmp_nm"),
    ("tricky", "what share of 2024 revenue came from enterprise accounts",
     "SELECT ROUND(100.0 * SUM(CASE WHEN a.seg_cd = 'ENT' THEN i.total_usd ELSE 0 END) / SUM(i.total_usd), 2) "
     "AS enterprise_share_pct FROM inv i JOIN acct a ON i.acct_id = a.acct_id "
     "WHERE i.paid_at IS NOT NULL AND i.paid_at >= '2024-01-01' AND i.paid_at < '2025-01-01'"),
    ("tricky", "whats our customer churn rate for 2024? i.e. what share of the customers we had going into the year churned",
     "SELECT ROUND(100.0 * (SELECT COUNT(DISTINCT acct_id) FROM subscr WHERE stat = 'CANC' "
     "AND ended_on BETWEEN '2024-01-01' AND '2024-12-31') / (SELECT COUNT(DISTINCT acct_id) FROM subscr "
     "WHERE started_on < '2024-01-01' AND (ended_on IS NULL OR ended_on >= '2024-01-01')), 2) AS churn_rate_pct"),
    # ---------------- simple (2)
    ("simple", "list our plans and their prices",
     "SELECT plan_nm, list_price_cents / 100.0 AS list_price_usd, billing_intvl FROM plan_cat ORDER BY plan_nm"),
    ("simple", "what marketing channels do we use?",
     "SELECT channel_nm FROM mkt_chnl ORDER BY channel_nm"),
]

SHIP24 = "s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01'"
ONTIME = "ROUND(100.0 * SUM(date(s.delivered_at) <= s.promised_dt) / COUNT(*), 2)"
LOGISTICS = [
    # ---------------- time (12)
    ("time", "shipments per month in 2024",
     "SELECT strftime('%m', shipped_at) AS month, COUNT(*) AS shipments FROM shpmt "
     "WHERE shipped_at >= '2024-01-01' AND shipped_at < '2025-01-01' GROUP BY month ORDER BY month"),
    ("time", "Revenue by quarter for 2024",
     "SELECT " + Q.format("billed_on") + " AS quarter, ROUND(SUM(chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg "
     "WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter"),
    ("time", "on time % by month in 2024",
     "SELECT strftime('%m', s.shipped_at) AS month, " + ONTIME + " AS on_time_pct FROM shpmt s "
     "WHERE s.stat_cd = 'DLV' AND " + SHIP24 + " GROUP BY month ORDER BY month"),
    ("time", "how many shipmnets went out in the last 3 months",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL "
     "AND date(shipped_at) > date((SELECT MAX(shipped_at) FROM shpmt), '-3 months')"),
    ("time", "What did we spend with carriers each year?",
     "SELECT strftime('%Y', s.shipped_at) AS year, ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend_usd "
     "FROM frt_cost f JOIN shpmt s ON f.shpmt_id = s.shpmt_id WHERE s.shipped_at IS NOT NULL "
     "GROUP BY year ORDER BY year"),
    ("time", "shipments by day of the week in 2024",
     "SELECT " + WD.format("shipped_at") + " AS weekday, COUNT(*) AS shipments FROM shpmt "
     "WHERE shipped_at >= '2024-01-01' AND shipped_at < '2025-01-01' "
     "GROUP BY strftime('%w', shipped_at) ORDER BY strftime('%w', shipped_at)"),
    ("time", "claims filed per year",
     "SELECT strftime('%Y', filed_on) AS year, COUNT(*) AS claims FROM claim GROUP BY year ORDER BY year"),
    ("time", "monthly revenue over the last six months",
     "SELECT strftime('%Y-%m', billed_on) AS month, ROUND(SUM(chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg "
     "WHERE billed_on > date((SELECT MAX(billed_on) FROM cust_chg), '-6 months') GROUP BY month ORDER BY month"),
    ("time", "average transit time in days per quarter of 2024",
     "SELECT " + Q.format("s.shipped_at") + " AS quarter, "
     "ROUND(AVG(julianday(s.delivered_at) - julianday(s.shipped_at)), 2) AS avg_transit_days FROM shpmt s "
     "WHERE s.stat_cd = 'DLV' AND " + SHIP24 + " GROUP BY quarter ORDER BY quarter"),
    ("time", "XPO on-time rate by quarter in 2024 - did it get better?",
     "SELECT " + Q.format("s.shipped_at") + " AS quarter, " + ONTIME + " AS on_time_pct FROM shpmt s "
     "JOIN carrier c ON s.carrier_cd = c.carrier_cd WHERE c.carrier_nm = 'XPO Logistics' AND s.stat_cd = 'DLV' "
     "AND " + SHIP24 + " GROUP BY quarter ORDER BY quarter"),
    ("time", "Mississauga DC shipments per month since it opened",
     "SELECT strftime('%Y-%m', s.shipped_at) AS month, COUNT(*) AS shipments FROM shpmt s "
     "JOIN whse w ON s.orig_whse_id = w.whse_id WHERE w.whse_nm = 'Mississauga DC' AND s.shipped_at IS NOT NULL "
     "GROUP BY month ORDER BY month"),
    ("time", "how many new customers did we onboard each year",
     "SELECT strftime('%Y', onboarded_on) AS year, COUNT(*) AS new_customers FROM cust GROUP BY year ORDER BY year"),
    # ---------------- measures (9)
    ("measures", "total revenue in 2024?",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg "
     "WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "whats our overall on-time delivery rate",
     "SELECT " + ONTIME + " AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "Average transit time in days?",
     "SELECT ROUND(AVG(julianday(delivered_at) - julianday(shipped_at)), 2) AS avg_transit_days FROM shpmt "
     "WHERE stat_cd = 'DLV'"),
    ("measures", "how much did we pay carriers in 2024",
     "SELECT ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend_usd FROM frt_cost f "
     "JOIN shpmt s ON f.shpmt_id = s.shpmt_id WHERE " + SHIP24),
    ("measures", "What was our margin in 2024?",
     "SELECT ROUND((SELECT SUM(chg_cents) FROM cust_chg WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31') / 100.0 "
     "- (SELECT SUM(f.cost_cents) FROM frt_cost f JOIN shpmt s ON f.shpmt_id = s.shpmt_id WHERE " + SHIP24 + ") / 100.0, 2) "
     "AS margin_usd"),
    ("measures", "avg weight of a shipment we shipped in 2024 (lbs)",
     "SELECT ROUND(AVG(tot_wt_lb), 2) AS avg_weight_lb FROM shpmt "
     "WHERE shipped_at >= '2024-01-01' AND shipped_at < '2025-01-01'"),
    ("measures", "total amount paid out on claims",
     "SELECT ROUND(SUM(settled_usd), 2) AS paid_out_usd FROM claim WHERE claim_stat = 'PAID'"),
    ("measures", "How much do customers currently owe us?",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS owed_usd FROM cust_chg WHERE paid_on IS NULL"),
    ("measures", "average number of packages per shipment in 2024",
     "SELECT ROUND(AVG(pkg_cnt), 2) AS avg_packages FROM shpmt "
     "WHERE shipped_at >= '2024-01-01' AND shipped_at < '2025-01-01'"),
    # ---------------- filters (7)
    ("filters", "how many residential deliveries did we ship in 2024",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE resi_flg = 1 "
     "AND shipped_at >= '2024-01-01' AND shipped_at < '2025-01-01'"),
    ("filters", "Which customers are Gold tier?",
     "SELECT c.cust_nm FROM cust c JOIN cust_tier t ON c.tier_cd = t.tier_cd WHERE t.tier_desc = 'Gold' "
     "ORDER BY c.cust_nm"),
    ("filters", "show me the open claims",
     "SELECT claim_id, shpmt_id, filed_on, claim_type_cd, claim_amt_usd FROM claim WHERE claim_stat = 'OPEN' "
     "ORDER BY filed_on"),
    ("filters", "how many shipments are in transit right now?",
     "SELECT COUNT(*) AS in_transit FROM shpmt WHERE stat_cd = 'INT'"),
    ("filters", "next day air shipments out of Dallas Hub in 2024 - how many?",
     "SELECT COUNT(*) AS shipments FROM shpmt s JOIN whse w ON s.orig_whse_id = w.whse_id "
     "WHERE w.whse_nm = 'Dallas Hub' AND s.svc_cd = 'NDA' AND " + SHIP24),
    ("filters", "How many shipments did we send to Canada in 2024?",
     "SELECT COUNT(*) AS shipments FROM shpmt s JOIN route r ON s.route_id = r.route_id "
     "WHERE r.dest_ctry_iso2 = 'CA' AND " + SHIP24),
    ("filters", "customers we onboarded in 2025",
     "SELECT cust_nm, onboarded_on FROM cust WHERE onboarded_on >= '2025-01-01' ORDER BY onboarded_on, cust_nm"),
    # ---------------- topn (6)
    ("topn", "top 10 customers by revenue in 2024",
     "SELECT c.cust_nm, ROUND(SUM(g.chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg g "
     "JOIN shpmt s ON g.shpmt_id = s.shpmt_id JOIN cust c ON s.cust_no = c.cust_no "
     "WHERE g.billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.cust_no ORDER BY revenue_usd DESC LIMIT 10"),
    ("topn", "top 5 destination states by shipments, 2024",
     "SELECT dest_st_cd, COUNT(*) AS shipments FROM shpmt WHERE shipped_at >= '2024-01-01' "
     "AND shipped_at < '2025-01-01' GROUP BY dest_st_cd ORDER BY shipments DESC LIMIT 5"),
    ("topn", "which carrier is the slowest on average?",
     "SELECT c.carrier_nm, ROUND(AVG(julianday(s.delivered_at) - julianday(s.shipped_at)), 2) AS avg_transit_days "
     "FROM shpmt s JOIN carrier c ON s.carrier_cd = c.carrier_cd WHERE s.stat_cd = 'DLV' "
     "GROUP BY c.carrier_nm ORDER BY avg_transit_days DESC LIMIT 1"),
    ("topn", "Top 3 warehouses by number of shipments in 2024",
     "SELECT w.whse_nm, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON s.orig_whse_id = w.whse_id "
     "WHERE " + SHIP24 + " GROUP BY w.whse_nm ORDER BY shipments DESC LIMIT 3"),
    ("topn", "which 5 customers have filed the biggest claims (total $)?",
     "SELECT c.cust_nm, ROUND(SUM(cl.claim_amt_usd), 2) AS claimed_usd FROM claim cl "
     "JOIN shpmt s ON cl.shpmt_id = s.shpmt_id JOIN cust c ON s.cust_no = c.cust_no "
     "GROUP BY c.cust_no ORDER BY claimed_usd DESC LIMIT 5"),
    ("topn", "worst carrier for on time delivery in Q4 2024",
     "SELECT c.carrier_nm, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN carrier c ON s.carrier_cd = c.carrier_cd "
     "WHERE s.stat_cd = 'DLV' AND s.shipped_at >= '2024-10-01' AND s.shipped_at < '2025-01-01' "
     "GROUP BY c.carrier_nm ORDER BY on_time_pct ASC LIMIT 1"),
    # ---------------- breakdowns (6)
    ("breakdowns", "shipments by carrier for 2024",
     "SELECT c.carrier_nm, COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON s.carrier_cd = c.carrier_cd "
     "WHERE " + SHIP24 + " GROUP BY c.carrier_nm ORDER BY shipments DESC"),
    ("breakdowns", "2024 revenue by customer tier",
     "SELECT t.tier_desc, ROUND(SUM(g.chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg g "
     "JOIN shpmt s ON g.shpmt_id = s.shpmt_id JOIN cust c ON s.cust_no = c.cust_no "
     "JOIN cust_tier t ON c.tier_cd = t.tier_cd WHERE g.billed_on BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY t.tier_desc ORDER BY revenue_usd DESC"),
    ("breakdowns", "on-time rate for each service level",
     "SELECT v.svc_desc, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN svc_lvl v ON s.svc_cd = v.svc_cd "
     "WHERE s.stat_cd = 'DLV' GROUP BY v.svc_desc ORDER BY on_time_pct DESC"),
    ("breakdowns", "break down 2024 carrier spend by cost type (linehaul, fuel etc)",
     "SELECT f.cost_type_cd, ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend_usd FROM frt_cost f "
     "JOIN shpmt s ON f.shpmt_id = s.shpmt_id WHERE " + SHIP24 + " GROUP BY f.cost_type_cd "
     "ORDER BY carrier_spend_usd DESC"),
    ("breakdowns", "claims by type and status",
     "SELECT claim_type_cd, claim_stat, COUNT(*) AS claims FROM claim GROUP BY claim_type_cd, claim_stat "
     "ORDER BY claim_type_cd, claim_stat"),
    ("breakdowns", "how many shipments did each warehouse ship in 2024",
     "SELECT w.whse_nm, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON s.orig_whse_id = w.whse_id "
     "WHERE " + SHIP24 + " GROUP BY w.whse_nm ORDER BY shipments DESC"),
    # ---------------- tricky (3)
    ("tricky", "which customers are we losing money on? (carrier cost more than what we bill them)",
     "SELECT c.cust_nm, ROUND((COALESCE(r.rev, 0) - k.cost) / 100.0, 2) AS margin_usd FROM cust c "
     "JOIN (SELECT s.cust_no, SUM(f.cost_cents) AS cost FROM frt_cost f JOIN shpmt s ON f.shpmt_id = s.shpmt_id "
     "GROUP BY s.cust_no) k ON k.cust_no = c.cust_no "
     "LEFT JOIN (SELECT s.cust_no, SUM(g.chg_cents) AS rev FROM cust_chg g JOIN shpmt s ON g.shpmt_id = s.shpmt_id "
     "GROUP BY s.cust_no) r ON r.cust_no = c.cust_no WHERE COALESCE(r.rev, 0) < k.cost ORDER BY margin_usd"),
    ("tricky", "Our CFO wants to know how concentrated we are - what share of 2024 revenue came from our top 10 customers?",
     "WITH rev AS (SELECT s.cust_no, SUM(g.chg_cents) AS rev FROM cust_chg g JOIN shpmt s ON g.shpmt_id = s.shpmt_id "
     "WHERE g.billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY s.cust_no) "
     "SELECT ROUND(100.0 * (SELECT SUM(rev) FROM (SELECT rev FROM rev ORDER BY rev DESC LIMIT 10)) "
     "/ (SELECT SUM(rev) FROM rev), 2) AS top10_share_pct"),
    ("tricky", "average margin per shipment for each service level",
     "SELECT v.svc_desc, ROUND(AVG((COALESCE(r.rev, 0) - COALESCE(k.cost, 0)) / 100.0), 2) AS avg_margin_usd "
     "FROM shpmt s JOIN svc_lvl v ON s.svc_cd = v.svc_cd "
     "LEFT JOIN (SELECT shpmt_id, SUM(chg_cents) AS rev FROM cust_chg GROUP BY shpmt_id) r ON r.shpmt_id = s.shpmt_id "
     "LEFT JOIN (SELECT shpmt_id, SUM(cost_cents) AS cost FROM frt_cost GROUP BY shpmt_id) k ON k.shpmt_id = s.shpmt_id "
     "WHERE s.shipped_at IS NOT NULL GROUP BY v.svc_desc ORDER BY avg_margin_usd DESC"),
    # ---------------- simple (2)
    ("simple", "list the carriers we use",
     "SELECT carrier_nm FROM carrier ORDER BY carrier_nm"),
    ("simple", "warehouses and their square footage",
     "SELECT whse_nm, sq_ft FROM whse ORDER BY sq_ft DESC"),
]

V24 = "a.appt_stat_cd = 'CMP' AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"
NOSHOW = "100.0 * SUM(a.appt_stat_cd = 'NOS') / SUM(a.appt_stat_cd IN ('CMP','NOS'))"
DENRATE = "100.0 * SUM(c.clm_stat_cd = 'DEN') / SUM(c.clm_stat_cd IN ('PAID','DEN'))"
CLINIC = [
    # ---------------- time (12)
    ("time", "visits per month in 2024",
     "SELECT strftime('%m', a.appt_dt) AS month, COUNT(*) AS visits FROM appt a WHERE " + V24 +
     " GROUP BY month ORDER BY month"),
    ("time", "no show rate by quater for 2024",
     "SELECT " + Q.format("a.appt_dt") + " AS quarter, " + NOSHOW + " AS no_show_rate_pct FROM appt a "
     "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter"),
    ("time", "How many new patients did we register each year since 2022?",
     "SELECT strftime('%Y', reg_on) AS year, COUNT(*) AS new_patients FROM pt WHERE reg_on >= '2022-01-01' "
     "GROUP BY year ORDER BY year"),
    ("time", "collections by month in 2024",
     "SELECT strftime('%m', pmt_ts) AS month, SUM(pmt_amt) AS collections_usd FROM pmt "
     "WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01' GROUP BY month ORDER BY month"),
    ("time", "what was our production per quarter in 2023",
     "SELECT " + Q.format("a.appt_dt") + " AS quarter, SUM(v.chg_amt) AS revenue_usd FROM visit_proc v "
     "JOIN appt a ON v.appt_id = a.appt_id WHERE a.appt_dt BETWEEN '2023-01-01' AND '2023-12-31' "
     "GROUP BY quarter ORDER BY quarter"),
    ("time", "claim denial rate by year",
     "SELECT strftime('%Y', c.submitted_on) AS year, " + DENRATE + " AS denial_rate_pct FROM clm c "
     "GROUP BY year ORDER BY year"),
    ("time", "How much did we collect in the last 3 months?",
     "SELECT SUM(pmt_amt) AS collections_usd FROM pmt "
     "WHERE date(pmt_ts) > date((SELECT MAX(pmt_ts) FROM pmt), '-3 months')"),
    ("time", "which weekdays are busiest? visits by day of week in 2024",
     "SELECT " + WD.format("a.appt_dt") + " AS weekday, COUNT(*) AS visits FROM appt a WHERE " + V24 +
     " GROUP BY strftime('%w', a.appt_dt) ORDER BY strftime('%w', a.appt_dt)"),
    ("time", "avg claim processing time (days) by month submitted, 2024",
     "SELECT strftime('%m', c.submitted_on) AS month, AVG(julianday(c.adjud_dt) - julianday(c.submitted_on)) "
     "AS avg_processing_days FROM clm c WHERE c.clm_stat_cd IN ('PAID','DEN') "
     "AND c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month"),
    ("time", "how many claims have we submitted in the past 6 months",
     "SELECT COUNT(*) AS claims FROM clm WHERE submitted_on > date((SELECT MAX(submitted_on) FROM clm), '-6 months')"),
    ("time", "flu shots given per month in 2024",
     "SELECT strftime('%m', a.appt_dt) AS month, COUNT(*) AS flu_shot_visits FROM appt a "
     "JOIN appt_type t ON a.appt_type_cd = t.appt_type_cd AND a.svc_line_cd = t.svc_line_cd "
     "WHERE t.type_desc = 'Flu shot' AND " + V24 + " GROUP BY month ORDER BY month"),
    ("time", "cancelled appointments per month in 2024",
     "SELECT strftime('%m', appt_dt) AS month, COUNT(*) AS cancellations FROM appt "
     "WHERE appt_stat_cd = 'CXL' AND appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month"),
    # ---------------- measures (9)
    ("measures", "total gross charges for 2024?",
     "SELECT SUM(v.chg_amt) AS revenue_usd FROM visit_proc v JOIN appt a ON v.appt_id = a.appt_id "
     "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "what was the no-show rate in 2024",
     "SELECT " + NOSHOW + " AS no_show_rate_pct FROM appt a WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "On average how many days does it take insurers to process a claim?",
     "SELECT AVG(julianday(adjud_dt) - julianday(submitted_on)) AS avg_processing_days FROM clm "
     "WHERE clm_stat_cd IN ('PAID','DEN')"),
    ("measures", "total collections in 2024",
     "SELECT SUM(pmt_amt) AS collections_usd FROM pmt WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01'"),
    ("measures", "how much did insurance pay us on claims submitted in 2024",
     "SELECT SUM(paid_cents) / 100.0 AS insurer_paid_usd FROM clm "
     "WHERE submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "how many patients do we have on file",
     "SELECT COUNT(*) AS patients FROM pt"),
    ("measures", "average patient age",
     "SELECT AVG(2024 - CAST(strftime('%Y', birth_dt) AS INTEGER) - (strftime('%m-%d', birth_dt) > '12-31')) "
     "AS avg_age FROM pt"),
    ("measures", "Average charges per visit in 2024",
     "SELECT SUM(v.chg_amt) / COUNT(DISTINCT a.appt_id) AS avg_charge_per_visit_usd FROM appt a "
     "LEFT JOIN visit_proc v ON v.appt_id = a.appt_id WHERE " + V24),
    ("measures", "total amount billed to insurance in 2024",
     "SELECT SUM(billed_cents) / 100.0 AS billed_usd FROM clm WHERE submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    # ---------------- filters (7)
    ("filters", "which providers are based at Houston Heights",
     "SELECT p.first_nm || ' ' || p.last_nm AS provider FROM prov p JOIN clin_loc l ON p.home_clin_cd = l.clin_cd "
     "WHERE l.clin_nm = 'Houston Heights' ORDER BY provider"),
    ("filters", "How many claims are still pending?",
     "SELECT COUNT(*) AS pending_claims FROM clm WHERE clm_stat_cd = 'PEND'"),
    ("filters", "how many of our patients are on medicaid",
     "SELECT COUNT(*) AS patients FROM pt p JOIN ins_co i ON p.med_payer_id = i.payer_id "
     "WHERE i.payer_type_cd = 'MCD'"),
    ("filters", "number of claims denied as not medically necessary in 2024",
     "SELECT COUNT(*) AS denied_claims FROM clm c JOIN den_rsn d ON c.den_rsn_cd = d.den_rsn_cd "
     "WHERE c.clm_stat_cd = 'DEN' AND d.den_rsn_desc = 'Not medically necessary' "
     "AND c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "How many molar root canals did we do in 2024?",
     "SELECT SUM(v.units) AS root_canals FROM visit_proc v JOIN appt a ON v.appt_id = a.appt_id "
     "JOIN proc_mstr m ON v.proc_cd = m.proc_cd WHERE m.proc_desc = 'Root canal, molar' "
     "AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "patients living in Oklahoma - how many",
     "SELECT COUNT(*) AS patients FROM pt WHERE st_cd = 'OK'"),
    ("filters", "which providers have left the practice and when",
     "SELECT first_nm || ' ' || last_nm AS provider, term_on FROM prov WHERE term_on IS NOT NULL ORDER BY term_on"),
    # ---------------- topn (6)
    ("topn", "top 5 procedures by revenue in 2024",
     "SELECT m.proc_desc, SUM(v.chg_amt) AS revenue_usd FROM visit_proc v JOIN appt a ON v.appt_id = a.appt_id "
     "JOIN proc_mstr m ON v.proc_cd = m.proc_cd WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY m.proc_desc ORDER BY revenue_usd DESC LIMIT 5"),
    ("topn", "Top 3 clinics by visits last year (2024)",
     "SELECT l.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON a.clin_cd = l.clin_cd WHERE " + V24 +
     " GROUP BY l.clin_nm ORDER BY visits DESC LIMIT 3"),
    ("topn", "who was our busiest provider in 2024",
     "SELECT p.first_nm || ' ' || p.last_nm AS provider, COUNT(*) AS visits FROM appt a "
     "JOIN prov p ON a.prov_npi = p.prov_npi WHERE " + V24 + " GROUP BY p.prov_npi ORDER BY visits DESC LIMIT 1"),
    ("topn", "which insurance company denies the most claims percentage-wise?",
     "SELECT i.payer_nm, " + DENRATE + " AS denial_rate_pct FROM clm c JOIN ins_co i ON c.payer_id = i.payer_id "
     "GROUP BY i.payer_nm ORDER BY denial_rate_pct DESC LIMIT 1"),
    ("topn", "top 3 denial reasons",
     "SELECT d.den_rsn_desc, COUNT(*) AS denied_claims FROM clm c JOIN den_rsn d ON c.den_rsn_cd = d.den_rsn_cd "
     "WHERE c.clm_stat_cd = 'DEN' GROUP BY d.den_rsn_desc ORDER BY denied_claims DESC LIMIT 3"),
    ("topn", "which 5 patients paid us the most out of pocket in 2024?",
     "SELECT p.first_nm || ' ' || p.last_nm AS patient, SUM(m.pmt_amt) AS paid_usd FROM pmt m "
     "JOIN pt p ON m.pt_id = p.pt_id WHERE m.pmt_src_cd = 'PT' AND m.pmt_ts >= '2024-01-01' "
     "AND m.pmt_ts < '2025-01-01' GROUP BY p.pt_id ORDER BY paid_usd DESC LIMIT 5"),
    # ---------------- breakdowns (6)
    ("breakdowns", "visits by clinic in 2024",
     "SELECT l.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON a.clin_cd = l.clin_cd WHERE " + V24 +
     " GROUP BY l.clin_nm ORDER BY visits DESC"),
    ("breakdowns", "2024 production medical vs dental",
     "SELECT a.svc_line_cd, SUM(v.chg_amt) AS revenue_usd FROM visit_proc v JOIN appt a ON v.appt_id = a.appt_id "
     "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY a.svc_line_cd ORDER BY revenue_usd DESC"),
    ("breakdowns", "collections split between insurance and patient payments, 2024",
     "SELECT pmt_src_cd, SUM(pmt_amt) AS collections_usd FROM pmt WHERE pmt_ts >= '2024-01-01' "
     "AND pmt_ts < '2025-01-01' GROUP BY pmt_src_cd ORDER BY collections_usd DESC"),
    ("breakdowns", "no-show rate by appointment type in 2024",
     "SELECT t.type_desc, " + NOSHOW + " AS no_show_rate_pct FROM appt a JOIN appt_type t "
     "ON a.appt_type_cd = t.appt_type_cd AND a.svc_line_cd = t.svc_line_cd "
     "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.type_desc ORDER BY no_show_rate_pct DESC"),
    ("breakdowns", "insurer payments by payer type for 2024 claims",
     "SELECT i.payer_type_cd, SUM(c.paid_cents) / 100.0 AS insurer_paid_usd FROM clm c "
     "JOIN ins_co i ON c.payer_id = i.payer_id WHERE c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY i.payer_type_cd ORDER BY insurer_paid_usd DESC"),
    ("breakdowns", "patients by sex",
     "SELECT sex_cd, COUNT(*) AS patients FROM pt GROUP BY sex_cd ORDER BY patients DESC"),
    # ---------------- tricky (3)
    ("tricky", "how many patients havent been seen in over a year? (had visits before but nothing in the last 12 months)",
     "SELECT COUNT(*) AS patients FROM (SELECT pt_id FROM appt WHERE appt_stat_cd = 'CMP' GROUP BY pt_id "
     "HAVING MAX(appt_dt) < '2023-12-31')"),
    ("tricky", "2024 production per exam room for each clinic",
     "SELECT l.clin_nm, SUM(v.chg_amt) / l.exam_rm_cnt AS revenue_per_exam_room_usd FROM visit_proc v "
     "JOIN appt a ON v.appt_id = a.appt_id JOIN clin_loc l ON a.clin_cd = l.clin_cd "
     "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY l.clin_cd ORDER BY revenue_per_exam_room_usd DESC"),
    ("tricky", "what % of 2024 visits were by patients who registered in 2024",
     "SELECT 100.0 * SUM(p.reg_on BETWEEN '2024-01-01' AND '2024-12-31') / COUNT(*) AS new_patient_visit_pct "
     "FROM appt a JOIN pt p ON a.pt_id = p.pt_id WHERE " + V24),
    # ---------------- simple (2)
    ("simple", "list our clinics",
     "SELECT clin_nm, city_nm, st_cd FROM clin_loc ORDER BY clin_nm"),
    ("simple", "what insurance companies do we work with",
     "SELECT payer_nm FROM ins_co ORDER BY payer_nm"),
]

QUESTIONS = {"hr": HR, "subs": SUBS, "logistics": LOGISTICS, "clinic": CLINIC}

LIMIT_RE = re.compile(r"\bLIMIT\s+(\d+)\s*;?\s*$", re.I)


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    return a == b


def check(conn, sql, tie_sql=None):
    """Return a list of problems with one gold query (empty = ok)."""
    try:
        rows = conn.execute(sql).fetchall()
    except sqlite3.Error as e:
        return ["error: %s" % e]
    if not rows:
        return ["no rows"]
    if all(v is None for r in rows for v in r):
        return ["only NULLs"]
    m = LIMIT_RE.search(sql)
    if m:
        n = int(m.group(1))
        probe = tie_sql if tie_sql else sql
        pm = LIMIT_RE.search(probe)
        if pm:
            probe = probe[:pm.start()] + "LIMIT %d" % (n + 1)
        more = conn.execute(probe).fetchall()
        if len(more) > n and same(more[n - 1][-1], more[n][-1]):
            return ["tie at row %d on last column (%r)" % (n, more[n][-1])]
    return []


def tables_used(conn, sql):
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    used = set()
    for t in names:
        if re.search(r"\b(FROM|JOIN)\s+%s\b" % re.escape(t), sql, re.I):
            used.add(t)
    return used


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True, help="DIR/<db>/<db>.sqlite")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every result")
    args = ap.parse_args()
    out_dir = os.path.dirname(os.path.abspath(__file__))
    failures = 0
    outputs = {}
    for db, qs in QUESTIONS.items():
        path = os.path.join(args.dir, db, db + ".sqlite")
        if not os.path.exists(path):
            print("%s: missing %s" % (db, path))
            failures += 1
            continue
        conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        counts = {}
        small = 0
        seen = set()
        for i, q in enumerate(qs):
            kind, question, sql = q[0], q[1], q[2]
            tie_sql = q[3] if len(q) > 3 else None
            counts[kind] = counts.get(kind, 0) + 1
            if kind not in KIND_TARGET:
                print("%s[%d]: unknown kind %s" % (db, i, kind))
                failures += 1
            if question in seen:
                print("%s[%d]: duplicate question" % (db, i))
                failures += 1
            seen.add(question)
            probs = check(conn, sql, tie_sql)
            nt = len(tables_used(conn, sql))
            if nt <= 2:
                small += 1
            if probs:
                failures += 1
                print("FAIL %s[%d] %s: %s: %s\n  %s" % (db, i, kind, question, "; ".join(probs), sql))
            elif args.verbose:
                rows = conn.execute(sql).fetchall()
                print("%s[%d] %s (%d tables): %s\n  -> %d rows: %s" %
                      (db, i, kind, nt, question, len(rows), rows[:6]))
        if counts != KIND_TARGET:
            print("%s: kind counts %s != %s" % (db, counts, KIND_TARGET))
            failures += 1
        if small * 2 <= len(qs):
            print("%s: only %d of %d questions use one table or one join" % (db, small, len(qs)))
            failures += 1
        print("%s: %d questions, %d with one table or one join, kinds %s" % (db, len(qs), small, counts))
        outputs[db] = (
            [{"question": q[1], "db_id": db, "query": q[2]} for q in qs],
            {str(i): q[0] for i, q in enumerate(qs)},
        )
        conn.close()
    if failures:
        print("%d check(s) failed; nothing written" % failures)
        return 1
    for db, (items, kinds) in outputs.items():
        with open(os.path.join(out_dir, db + "_v4.json"), "w") as f:
            json.dump(items, f, indent=2)
            f.write("\n")
        with open(os.path.join(out_dir, db + "_v4_kinds.json"), "w") as f:
            json.dump(kinds, f, indent=2)
            f.write("\n")
    print("all checks passed; wrote %s" % ", ".join("%s_v4.json" % db for db in outputs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
