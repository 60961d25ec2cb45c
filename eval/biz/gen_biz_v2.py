#!/usr/bin/env python3
"""Held-out business question sets (v2) for hr, subs, logistics, clinic.

Questions are data below. Running this file re-executes every gold query on the
SQLite databases beside it, checks results (non-empty, not all NULL, ties at a
LIMIT cut-off, per-database kind counts, duplicates) and writes
<db>_v2.json and <db>_v2_kinds.json only when every check passes.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
# The databases: DIR/<db>/<db>.sqlite, DIR from --dir (as built by gen_hr.py DIR and the
# others), else beside this file.
DB_DIR = sys.argv[sys.argv.index("--dir") + 1] if "--dir" in sys.argv else HERE
TARGET = {"time": 13, "measures": 10, "filters": 8, "topn": 6,
          "breakdowns": 6, "tricky": 4, "simple": 3}

# ---------------------------------------------------------------- hr
# current salary = latest comp_hist row per employee
SAL = ("cur_sal AS (SELECT c.emp_id, c.base_sal_usd, c.bonus_tgt_pct FROM comp_hist c "
       "WHERE c.eff_dt = (SELECT MAX(c2.eff_dt) FROM comp_hist c2 WHERE c2.emp_id = c.emp_id))")

HR = [
    # ---- time (13)
    ("time", "How many people did we hire each year from 2022 through 2024?",
     "SELECT strftime('%Y', hire_on) AS year, COUNT(*) AS hires FROM emp "
     "WHERE hire_on BETWEEN '2022-01-01' AND '2024-12-31' GROUP BY year ORDER BY year"),
    ("time", "hires by month in 2023",
     "SELECT strftime('%m', hire_on) AS month, COUNT(*) AS hires FROM emp "
     "WHERE strftime('%Y', hire_on) = '2023' GROUP BY month ORDER BY month"),
    ("time", "How many employees left the company in Q2 2023?",
     "SELECT COUNT(*) AS leavers FROM emp WHERE term_on BETWEEN '2023-04-01' AND '2023-06-30'"),
    ("time", "What was our turnover rate in 2023?",
     "SELECT ROUND(100.0 * (SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31') / "
     "(SELECT COUNT(*) FROM emp WHERE hire_on <= '2023-01-01' AND (term_on IS NULL OR term_on > '2023-01-01')), 2) "
     "AS turnover_rate_pct"),
    ("time", "What was headcount on January 1, 2024?",
     "SELECT COUNT(*) AS headcount FROM emp WHERE hire_on <= '2024-01-01' "
     "AND (term_on IS NULL OR term_on > '2024-01-01')"),
    ("time", "how many new hires in the last 6 months",
     "SELECT COUNT(*) AS hires FROM emp WHERE hire_on > date((SELECT MAX(hire_on) FROM emp), '-6 months')"),
    ("time", "Sick days taken per month in 2024",
     "SELECT strftime('%m', start_dt) AS month, SUM(days_cnt) AS sick_days FROM pto_req "
     "WHERE req_stat = 'APPR' AND pto_type_cd = 'SICK' AND strftime('%Y', start_dt) = '2024' "
     "GROUP BY month ORDER BY month"),
    ("time", "Vacation days taken in each quarter of 2023",
     "SELECT (CAST(strftime('%m', start_dt) AS INTEGER) + 2) / 3 AS quarter, SUM(days_cnt) AS vacation_days "
     "FROM pto_req WHERE req_stat = 'APPR' AND pto_type_cd = 'VAC' AND strftime('%Y', start_dt) = '2023' "
     "GROUP BY quarter ORDER BY quarter"),
    ("time", "Number of voluntary leavers per year",
     "SELECT strftime('%Y', e.term_on) AS year, COUNT(*) AS voluntary_leavers FROM emp e "
     "JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE t.vol_flg = 1 GROUP BY year ORDER BY year"),
    ("time", "How many merit increases did we give in each year's April cycle?",
     "SELECT strftime('%Y', eff_dt) AS year, COUNT(*) AS merit_increases FROM comp_hist "
     "WHERE chg_rsn_cd = 'MERIT' GROUP BY year ORDER BY year"),
    ("time", "how many time-off requests were submitted in December 2024?",
     "SELECT COUNT(*) AS requests FROM pto_req WHERE submitted_at >= '2024-12-01' AND submitted_at < '2025-01-01'"),
    ("time", "Which month in 2024 had the most people leave?",
     "SELECT strftime('%m', term_on) AS month, COUNT(*) AS leavers FROM emp "
     "WHERE strftime('%Y', term_on) = '2024' GROUP BY month ORDER BY leavers DESC LIMIT 1"),
    ("time", "What was the net change in headcount during 2024 (hires minus leavers)?",
     "SELECT (SELECT COUNT(*) FROM emp WHERE hire_on BETWEEN '2024-01-01' AND '2024-12-31') - "
     "(SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2024-01-01' AND '2024-12-31') AS net_change"),
    # ---- measures (10)
    ("measures", "What's our current total payroll?",
     f"WITH {SAL} SELECT SUM(s.base_sal_usd) AS payroll FROM emp e JOIN cur_sal s ON s.emp_id = e.emp_id "
     "WHERE e.emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "average salary across current employees",
     f"WITH {SAL} SELECT ROUND(AVG(s.base_sal_usd), 2) AS avg_salary FROM emp e JOIN cur_sal s ON s.emp_id = e.emp_id "
     "WHERE e.emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "What was the average performance rating in the FY2024 review cycle?",
     "SELECT ROUND(AVG(rating_num), 2) AS avg_rating FROM perf_rvw WHERE rvw_cycle = 'FY2024'"),
    ("measures", "What % of FY2024 reviews came with a promotion recommendation?",
     "SELECT ROUND(100.0 * SUM(promo_rec_flg) / COUNT(*), 2) AS promo_rec_pct FROM perf_rvw WHERE rvw_cycle = 'FY2024'"),
    ("measures", "Average bonus target % for the people we employ today",
     f"WITH {SAL} SELECT ROUND(AVG(s.bonus_tgt_pct), 2) AS avg_bonus_tgt_pct FROM emp e "
     "JOIN cur_sal s ON s.emp_id = e.emp_id WHERE e.emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "Total days of time off taken in 2024",
     "SELECT SUM(days_cnt) AS days_taken FROM pto_req WHERE req_stat = 'APPR' AND strftime('%Y', start_dt) = '2024'"),
    ("measures", "What share of our current employees work remotely?",
     "SELECT ROUND(100.0 * SUM(remote_flg) / COUNT(*), 2) AS remote_pct FROM emp WHERE emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "What's the highest salary anyone in Engineering makes right now?",
     f"WITH {SAL} SELECT MAX(s.base_sal_usd) AS max_salary FROM emp e JOIN cur_sal s ON s.emp_id = e.emp_id "
     "JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE o.dept_nm = 'Engineering' AND e.emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "On average how many days long is an approved vacation request?",
     "SELECT ROUND(AVG(days_cnt), 2) AS avg_days FROM pto_req WHERE req_stat = 'APPR' AND pto_type_cd = 'VAC'"),
    ("measures", "What percentage of time-off requests starting in 2024 were denied?",
     "SELECT ROUND(100.0 * SUM(req_stat = 'DENY') / COUNT(*), 2) AS denial_pct FROM pto_req "
     "WHERE strftime('%Y', start_dt) = '2024'"),
    # ---- filters (8)
    ("filters", "List the current employees based in our London office",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
     "WHERE l.city_nm = 'London' AND e.emp_stat_cd IN ('ACT','LOA') ORDER BY employee"),
    ("filters", "Who is on leave of absence right now?",
     "SELECT first_nm || ' ' || last_nm AS employee FROM emp WHERE emp_stat_cd = 'LOA' ORDER BY employee"),
    ("filters", "how many part-timers do we have",
     "SELECT COUNT(*) AS part_time_headcount FROM emp WHERE emp_type_cd = 'PT' AND emp_stat_cd IN ('ACT','LOA')"),
    ("filters", "Which current employees make more than $200,000 in base salary?",
     f"WITH {SAL} SELECT e.first_nm || ' ' || e.last_nm AS employee, s.base_sal_usd AS salary FROM emp e "
     "JOIN cur_sal s ON s.emp_id = e.emp_id WHERE e.emp_stat_cd IN ('ACT','LOA') AND s.base_sal_usd > 200000 "
     "ORDER BY salary DESC"),
    ("filters", "Remote employees in Customer Support",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE o.dept_nm = 'Customer Support' AND e.remote_flg = 1 AND e.emp_stat_cd IN ('ACT','LOA') ORDER BY employee"),
    ("filters", "Who was let go for performance reasons in 2024?",
     "SELECT first_nm || ' ' || last_nm AS employee FROM emp WHERE term_rsn_cd = 'PRF' "
     "AND term_on BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY employee"),
    ("filters", "How many people got a rating of 1 in the FY2023 reviews?",
     "SELECT COUNT(*) AS reviews FROM perf_rvw WHERE rvw_cycle = 'FY2023' AND rating_num = 1"),
    ("filters", "How many non-exempt employees do we currently have?",
     "SELECT COUNT(*) AS headcount FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
     "WHERE j.exempt_flg = 0 AND e.emp_stat_cd IN ('ACT','LOA')"),
    # ---- topn (6)
    ("topn", "Top 5 highest paid employees",
     f"WITH {SAL} SELECT e.first_nm || ' ' || e.last_nm AS employee, s.base_sal_usd AS salary FROM emp e "
     "JOIN cur_sal s ON s.emp_id = e.emp_id WHERE e.emp_stat_cd IN ('ACT','LOA') ORDER BY salary DESC LIMIT 5"),
    ("topn", "Which department has the most people?",
     "SELECT o.dept_nm AS department, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE e.emp_stat_cd IN ('ACT','LOA') GROUP BY o.dept_nm ORDER BY headcount DESC LIMIT 1"),
    ("topn", "What are the 3 most expensive departments by payroll?",
     f"WITH {SAL} SELECT o.dept_nm AS department, SUM(s.base_sal_usd) AS payroll FROM emp e "
     "JOIN cur_sal s ON s.emp_id = e.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE e.emp_stat_cd IN ('ACT','LOA') GROUP BY o.dept_nm ORDER BY payroll DESC LIMIT 3"),
    ("topn", "Which employee took the most sick days in 2024?",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee, SUM(p.days_cnt) AS sick_days FROM pto_req p "
     "JOIN emp e ON e.emp_id = p.emp_id WHERE p.req_stat = 'APPR' AND p.pto_type_cd = 'SICK' "
     "AND strftime('%Y', p.start_dt) = '2024' GROUP BY p.emp_id ORDER BY sick_days DESC LIMIT 1"),
    ("topn", "Which manager has the biggest team right now? (direct reports)",
     "SELECT m.first_nm || ' ' || m.last_nm AS manager, COUNT(*) AS direct_reports FROM emp e "
     "JOIN emp m ON m.emp_id = e.mgr_emp_id WHERE e.emp_stat_cd IN ('ACT','LOA') "
     "GROUP BY e.mgr_emp_id ORDER BY direct_reports DESC LIMIT 1"),
    ("topn", "top 3 job titles by number of people who left in 2023",
     "SELECT j.job_ttl_nm AS job_title, COUNT(*) AS leavers FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
     "WHERE e.term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY j.job_ttl_nm ORDER BY leavers DESC LIMIT 3"),
    # ---- breakdowns (6)
    ("breakdowns", "Headcount by office city",
     "SELECT l.city_nm AS city, COUNT(*) AS headcount FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
     "WHERE e.emp_stat_cd IN ('ACT','LOA') GROUP BY l.city_nm ORDER BY headcount DESC"),
    ("breakdowns", "current headcount split by gender",
     "SELECT gender_cd AS gender, COUNT(*) AS headcount FROM emp WHERE emp_stat_cd IN ('ACT','LOA') "
     "GROUP BY gender_cd ORDER BY headcount DESC"),
    ("breakdowns", "Average salary by department",
     f"WITH {SAL} SELECT o.dept_nm AS department, ROUND(AVG(s.base_sal_usd), 2) AS avg_salary FROM emp e "
     "JOIN cur_sal s ON s.emp_id = e.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE e.emp_stat_cd IN ('ACT','LOA') GROUP BY o.dept_nm ORDER BY avg_salary DESC"),
    ("breakdowns", "What was the average FY2024 review score in each department?",
     "SELECT o.dept_nm AS department, ROUND(AVG(r.rating_num), 2) AS avg_rating FROM perf_rvw r "
     "JOIN emp e ON e.emp_id = r.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE r.rvw_cycle = 'FY2024' "
     "GROUP BY o.dept_nm ORDER BY avg_rating DESC"),
    ("breakdowns", "Why did people leave in 2024? Count of leavers by termination reason",
     "SELECT t.term_rsn_desc AS reason, COUNT(*) AS leavers FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd "
     "WHERE e.term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.term_rsn_desc ORDER BY leavers DESC"),
    ("breakdowns", "How many people do we employ in each country?",
     "SELECT l.ctry_iso2 AS country, COUNT(*) AS headcount FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
     "WHERE e.emp_stat_cd IN ('ACT','LOA') GROUP BY l.ctry_iso2 ORDER BY headcount DESC"),
    # ---- tricky (4)
    ("tricky", "Which department had the highest turnover rate in 2024?",
     "WITH lv AS (SELECT dept_cd, COUNT(*) AS n FROM emp WHERE term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY dept_cd), "
     "hc AS (SELECT dept_cd, COUNT(*) AS n FROM emp WHERE hire_on <= '2024-01-01' "
     "AND (term_on IS NULL OR term_on > '2024-01-01') GROUP BY dept_cd) "
     "SELECT o.dept_nm AS department, ROUND(100.0 * lv.n / hc.n, 2) AS turnover_rate_pct FROM lv "
     "JOIN hc ON hc.dept_cd = lv.dept_cd JOIN org_unit o ON o.dept_cd = lv.dept_cd "
     "ORDER BY turnover_rate_pct DESC LIMIT 1"),
    ("tricky", "What was the average merit raise, in percent, in the April 2024 cycle?",
     "WITH c AS (SELECT emp_id, eff_dt, chg_rsn_cd, base_sal_usd, "
     "LAG(base_sal_usd) OVER (PARTITION BY emp_id ORDER BY eff_dt) AS prev_sal FROM comp_hist) "
     "SELECT ROUND(AVG(100.0 * (base_sal_usd - prev_sal) / prev_sal), 2) AS avg_raise_pct FROM c "
     "WHERE chg_rsn_cd = 'MERIT' AND strftime('%Y', eff_dt) = '2024' AND prev_sal IS NOT NULL"),
    ("tricky", "How many current employees have never taken a sick day?",
     "SELECT COUNT(*) AS employees FROM emp e WHERE e.emp_stat_cd IN ('ACT','LOA') AND NOT EXISTS "
     "(SELECT 1 FROM pto_req p WHERE p.emp_id = e.emp_id AND p.pto_type_cd = 'SICK' AND p.req_stat = 'APPR')"),
    ("tricky", "How many current employees earn a higher base salary than their manager?",
     f"WITH {SAL} SELECT COUNT(*) AS employees FROM emp e JOIN cur_sal se ON se.emp_id = e.emp_id "
     "JOIN cur_sal sm ON sm.emp_id = e.mgr_emp_id WHERE e.emp_stat_cd IN ('ACT','LOA') AND se.base_sal_usd > sm.base_sal_usd"),
    # ---- simple (3)
    ("simple", "How many departments do we have?", "SELECT COUNT(*) AS departments FROM org_unit"),
    ("simple", "list the job titles in the Engineering job family",
     "SELECT job_ttl_nm AS job_title FROM job_ttl WHERE job_family = 'Engineering' ORDER BY grade_lvl"),
    ("simple", "How many current employees do we have?",
     "SELECT COUNT(*) AS headcount FROM emp WHERE emp_stat_cd IN ('ACT','LOA')"),
]

# ---------------------------------------------------------------- subs
SUBS = [
    # ---- time (13)
    ("time", "new customers per month in 2024",
     "SELECT strftime('%m', created_ts) AS month, COUNT(*) AS new_customers FROM acct "
     "WHERE strftime('%Y', created_ts) = '2024' GROUP BY month ORDER BY month"),
    ("time", "What was revenue in each quarter of 2023?",
     "SELECT (CAST(strftime('%m', paid_at) AS INTEGER) + 2) / 3 AS quarter, ROUND(SUM(total_usd), 2) AS revenue "
     "FROM inv WHERE paid_at IS NOT NULL AND strftime('%Y', paid_at) = '2023' GROUP BY quarter ORDER BY quarter"),
    ("time", "How many customers churned each month in 2023?",
     "SELECT strftime('%m', ended_on) AS month, COUNT(DISTINCT acct_id) AS churned_customers FROM subscr "
     "WHERE stat = 'CANC' AND strftime('%Y', ended_on) = '2023' GROUP BY month ORDER BY month"),
    ("time", "How many signups did we get in the last 6 months?",
     "SELECT COUNT(*) AS signups FROM mkt_lead WHERE signup_ts > date((SELECT MAX(signup_ts) FROM mkt_lead), '-6 months')"),
    ("time", "Monthly revenue for 2024",
     "SELECT strftime('%Y-%m', paid_at) AS month, ROUND(SUM(total_usd), 2) AS revenue FROM inv "
     "WHERE paid_at IS NOT NULL AND strftime('%Y', paid_at) = '2024' GROUP BY month ORDER BY month"),
    ("time", "How much did we spend on marketing campaigns each year?",
     "SELECT strftime('%Y', launched_dt) AS year, SUM(spend_cents) / 100.0 AS spend FROM mkt_cmp "
     "GROUP BY year ORDER BY year"),
    ("time", "How much MRR did we lose to churn in Q2 2023?",
     "SELECT ROUND(SUM(mrr_usd), 2) AS churned_mrr FROM subscr WHERE stat = 'CANC' "
     "AND ended_on BETWEEN '2023-04-01' AND '2023-06-30'"),
    ("time", "Lead conversion rate by signup year",
     "SELECT strftime('%Y', signup_ts) AS year, ROUND(100.0 * COUNT(cnv_acct_id) / COUNT(*), 2) AS conversion_rate_pct "
     "FROM mkt_lead GROUP BY year ORDER BY year"),
    ("time", "how many P1 tickets came in during September 2023?",
     "SELECT COUNT(*) AS p1_tickets FROM sup_tkt WHERE prio_cd = 'P1' "
     "AND opened_at >= '2023-09-01' AND opened_at < '2023-10-01'"),
    ("time", "Average ticket resolution time in hours for each quarter of 2024",
     "SELECT (CAST(strftime('%m', opened_at) AS INTEGER) + 2) / 3 AS quarter, "
     "ROUND(AVG((julianday(closed_at) - julianday(opened_at)) * 24), 2) AS avg_resolution_hours FROM sup_tkt "
     "WHERE closed_at IS NOT NULL AND strftime('%Y', opened_at) = '2024' GROUP BY quarter ORDER BY quarter"),
    ("time", "What were average daily active users in December 2024?",
     "SELECT ROUND(AVG(dau), 2) AS avg_daily_active_users FROM (SELECT usage_dt, SUM(active_users) AS dau "
     "FROM usage_dly WHERE usage_dt BETWEEN '2024-12-01' AND '2024-12-31' GROUP BY usage_dt)"),
    ("time", "How many customers cancelled in the last 3 months?",
     "SELECT COUNT(DISTINCT acct_id) AS churned_customers FROM subscr WHERE stat = 'CANC' "
     "AND ended_on > date((SELECT MAX(ended_on) FROM subscr WHERE stat = 'CANC'), '-3 months')"),
    ("time", "Total API calls per month in 2024",
     "SELECT strftime('%m', usage_dt) AS month, SUM(api_calls) AS api_calls FROM usage_dly "
     "WHERE strftime('%Y', usage_dt) = '2024' GROUP BY month ORDER BY month"),
    # ---- measures (10)
    ("measures", "What's our MRR right now?",
     "SELECT ROUND(SUM(mrr_usd), 2) AS mrr FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "current ARR?",
     "SELECT ROUND(12 * SUM(mrr_usd), 2) AS arr FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "How many paying customers do we have?",
     "SELECT COUNT(DISTINCT acct_id) AS paying_customers FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "What's the average MRR per paying customer?",
     "SELECT ROUND(SUM(mrr_usd) / COUNT(DISTINCT acct_id), 2) AS mrr_per_customer FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "How much money are customers still owing us on unpaid invoices?",
     "SELECT ROUND(SUM(total_usd), 2) AS outstanding FROM inv WHERE paid_at IS NULL"),
    ("measures", "What's our overall signup-to-customer conversion rate?",
     "SELECT ROUND(100.0 * COUNT(cnv_acct_id) / COUNT(*), 2) AS conversion_rate_pct FROM mkt_lead"),
    ("measures", "average CSAT on support tickets",
     "SELECT ROUND(AVG(csat_score), 2) AS avg_csat FROM sup_tkt"),
    ("measures", "What percent of card payment attempts get declined?",
     "SELECT ROUND(100.0 * SUM(rslt_cd = 'DECL') / COUNT(*), 2) AS decline_pct FROM pmt WHERE pay_mthd_cd = 'CARD'"),
    ("measures", "Total marketing campaign spend to date",
     "SELECT SUM(spend_cents) / 100.0 AS spend FROM mkt_cmp"),
    ("measures", "Average number of seats on active subscriptions",
     "SELECT ROUND(AVG(seats_qty), 2) AS avg_seats FROM subscr WHERE stat = 'ACTV'"),
    # ---- filters (8)
    ("filters", "List our enterprise accounts in Germany",
     "SELECT a.acct_nm AS account FROM acct a JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd "
     "WHERE a.seg_cd = 'ENT' AND g.ctry_nm = 'Germany' ORDER BY account"),
    ("filters", "how many accounts pay by wire by default",
     "SELECT COUNT(*) AS accounts FROM acct WHERE dflt_pay_mthd = 'WIRE'"),
    ("filters", "Which campaigns spent more than $50,000?",
     "SELECT cmp_nm AS campaign, spend_cents / 100.0 AS spend FROM mkt_cmp WHERE spend_cents > 5000000 ORDER BY spend DESC"),
    ("filters", "How many P1 tickets are still open?",
     "SELECT COUNT(*) AS open_p1_tickets FROM sup_tkt WHERE prio_cd = 'P1' AND closed_at IS NULL"),
    ("filters", "How many paying customers does Dana Whitfield look after?",
     "SELECT COUNT(DISTINCT a.acct_id) AS paying_customers FROM acct a JOIN subscr s ON s.acct_id = a.acct_id "
     "WHERE a.csm_nm = 'Dana Whitfield' AND s.stat = 'ACTV'"),
    ("filters", "Which accounts have a paused subscription, and on what plan?",
     "SELECT a.acct_nm AS account, p.plan_nm AS plan FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE s.stat = 'PAUS' ORDER BY account"),
    ("filters", "unpaid invoices over $5,000",
     "SELECT inv_no AS invoice, total_usd AS amount FROM inv WHERE paid_at IS NULL AND total_usd > 5000 ORDER BY amount DESC"),
    ("filters", "How many signups from Japan turned into customers?",
     "SELECT COUNT(*) AS converted_leads FROM mkt_lead l JOIN geo_ctry g ON g.ctry_cd = l.ctry_cd "
     "WHERE g.ctry_nm = 'Japan' AND l.cnv_acct_id IS NOT NULL"),
    # ---- topn (6)
    ("topn", "Top 5 customers by MRR",
     "SELECT a.acct_nm AS account, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "WHERE s.stat = 'ACTV' GROUP BY a.acct_id ORDER BY mrr DESC LIMIT 5"),
    ("topn", "Which 3 campaigns brought in the most signups?",
     "SELECT c.cmp_nm AS campaign, COUNT(*) AS signups FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id "
     "GROUP BY c.cmp_id ORDER BY signups DESC LIMIT 3"),
    ("topn", "Which marketing channel has the cheapest cost per lead?",
     "SELECT ch.channel_nm AS channel, ROUND((SELECT SUM(c2.spend_cents) FROM mkt_cmp c2 WHERE c2.channel_cd = ch.channel_cd) / 100.0 "
     "/ COUNT(l.lead_id), 2) AS cost_per_lead FROM mkt_chnl ch JOIN mkt_cmp c ON c.channel_cd = ch.channel_cd "
     "JOIN mkt_lead l ON l.cmp_id = c.cmp_id GROUP BY ch.channel_cd ORDER BY cost_per_lead ASC LIMIT 1"),
    ("topn", "Which country has the most paying customers?",
     "SELECT g.ctry_nm AS country, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s "
     "JOIN acct a ON a.acct_id = s.acct_id JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' "
     "GROUP BY g.ctry_nm ORDER BY paying_customers DESC LIMIT 1"),
    ("topn", "Which 5 accounts opened the most support tickets in 2024?",
     "SELECT a.acct_nm AS account, COUNT(*) AS tickets FROM sup_tkt t JOIN acct a ON a.acct_id = t.acct_id "
     "WHERE strftime('%Y', t.opened_at) = '2024' GROUP BY a.acct_id ORDER BY tickets DESC LIMIT 5"),
    ("topn", "what plan brings in the most MRR",
     "SELECT p.plan_nm AS plan, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
     "WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY mrr DESC LIMIT 1"),
    # ---- breakdowns (6)
    ("breakdowns", "MRR by customer segment",
     "SELECT a.seg_cd AS segment, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "WHERE s.stat = 'ACTV' GROUP BY a.seg_cd ORDER BY mrr DESC"),
    ("breakdowns", "Paying customers by sales region",
     "SELECT g.sales_rgn AS region, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s "
     "JOIN acct a ON a.acct_id = s.acct_id JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' "
     "GROUP BY g.sales_rgn ORDER BY paying_customers DESC"),
    ("breakdowns", "How many support tickets do we get per category?",
     "SELECT cat_cd AS category, COUNT(*) AS tickets FROM sup_tkt GROUP BY cat_cd ORDER BY tickets DESC"),
    ("breakdowns", "Churned customers by cancellation reason",
     "SELECT r.rsn_desc AS reason, COUNT(DISTINCT s.acct_id) AS churned_customers FROM subscr s "
     "JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd WHERE s.stat = 'CANC' GROUP BY r.rsn_desc ORDER BY churned_customers DESC"),
    ("breakdowns", "Conversion rate by marketing channel",
     "SELECT ch.channel_nm AS channel, ROUND(100.0 * COUNT(l.cnv_acct_id) / COUNT(*), 2) AS conversion_rate_pct "
     "FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd "
     "GROUP BY ch.channel_nm ORDER BY conversion_rate_pct DESC"),
    ("breakdowns", "number of active subscriptions on each plan",
     "SELECT p.plan_nm AS plan, COUNT(*) AS active_subscriptions FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
     "WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY active_subscriptions DESC"),
    # ---- tricky (4)
    ("tricky", "What percentage of MRR comes from enterprise customers?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN a.seg_cd = 'ENT' THEN s.mrr_usd ELSE 0 END) / SUM(s.mrr_usd), 2) AS ent_mrr_pct "
     "FROM subscr s JOIN acct a ON a.acct_id = s.acct_id WHERE s.stat = 'ACTV'"),
    ("tricky", "How many churned customers came back later with a new subscription?",
     "SELECT COUNT(DISTINCT c.acct_id) AS returning_customers FROM subscr c JOIN subscr n ON n.acct_id = c.acct_id "
     "AND n.sub_id <> c.sub_id AND n.started_on >= c.ended_on WHERE c.stat = 'CANC'"),
    ("tricky", "Which campaigns spent money but didn't generate a single lead?",
     "SELECT c.cmp_nm AS campaign, c.spend_cents / 100.0 AS spend FROM mkt_cmp c WHERE c.spend_cents > 0 "
     "AND NOT EXISTS (SELECT 1 FROM mkt_lead l WHERE l.cmp_id = c.cmp_id) ORDER BY campaign"),
    ("tricky", "How many customers did we have at the start of 2024?",
     "SELECT COUNT(DISTINCT acct_id) AS customers FROM subscr WHERE started_on < '2024-01-01' "
     "AND (ended_on IS NULL OR ended_on >= '2024-01-01')"),
    # ---- simple (3)
    ("simple", "How many accounts do we have?", "SELECT COUNT(*) AS accounts FROM acct"),
    ("simple", "Which plans are we still selling?",
     "SELECT plan_nm AS plan FROM plan_cat WHERE active_flg = 1 ORDER BY plan"),
    ("simple", "how many marketing campaigns have we run", "SELECT COUNT(*) AS campaigns FROM mkt_cmp"),
]

# ---------------------------------------------------------------- logistics
ONTIME = ("ROUND(100.0 * SUM(CASE WHEN date(s.delivered_at) <= s.promised_dt THEN 1 ELSE 0 END) / COUNT(*), 2)")
TRANSIT = "(julianday(s.delivered_at) - julianday(s.shipped_at))"
LOG = [
    # ---- time (13)
    ("time", "shipments per month in 2024",
     "SELECT strftime('%m', shipped_at) AS month, COUNT(*) AS shipments FROM shpmt "
     "WHERE shipped_at IS NOT NULL AND strftime('%Y', shipped_at) = '2024' GROUP BY month ORDER BY month"),
    ("time", "Revenue by quarter for 2024",
     "SELECT (CAST(strftime('%m', billed_on) AS INTEGER) + 2) / 3 AS quarter, SUM(chg_cents) / 100.0 AS revenue "
     "FROM cust_chg WHERE strftime('%Y', billed_on) = '2024' GROUP BY quarter ORDER BY quarter"),
    ("time", "How many shipments went out in the last 3 months?",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE shipped_at > date((SELECT MAX(shipped_at) FROM shpmt), '-3 months')"),
    ("time", "On-time delivery rate by month in 2024",
     f"SELECT strftime('%m', s.shipped_at) AS month, {ONTIME} AS on_time_pct FROM shpmt s "
     "WHERE s.stat_cd = 'DLV' AND strftime('%Y', s.shipped_at) = '2024' GROUP BY month ORDER BY month"),
    ("time", "What did we spend on carriers in 2023?",
     "SELECT SUM(f.cost_cents) / 100.0 AS carrier_spend FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
     "WHERE strftime('%Y', s.shipped_at) = '2023'"),
    ("time", "What was our margin each year?",
     "WITH r AS (SELECT strftime('%Y', billed_on) AS year, SUM(chg_cents) / 100.0 AS revenue FROM cust_chg GROUP BY year), "
     "c AS (SELECT strftime('%Y', s.shipped_at) AS year, SUM(f.cost_cents) / 100.0 AS cost FROM frt_cost f "
     "JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE s.shipped_at IS NOT NULL GROUP BY year) "
     "SELECT r.year, ROUND(r.revenue - COALESCE(c.cost, 0), 2) AS margin FROM r LEFT JOIN c ON c.year = r.year ORDER BY r.year"),
    ("time", "How many shipments did we ship in November 2024?",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE shipped_at >= '2024-11-01' AND shipped_at < '2024-12-01'"),
    ("time", "number of claims filed per year",
     "SELECT strftime('%Y', filed_on) AS year, COUNT(*) AS claims FROM claim GROUP BY year ORDER BY year"),
    ("time", "Average transit time in days for each quarter of 2024",
     f"SELECT (CAST(strftime('%m', s.shipped_at) AS INTEGER) + 2) / 3 AS quarter, ROUND(AVG({TRANSIT}), 2) AS avg_transit_days "
     "FROM shpmt s WHERE s.stat_cd = 'DLV' AND strftime('%Y', s.shipped_at) = '2024' GROUP BY quarter ORDER BY quarter"),
    ("time", "revenue over the last 6 months",
     "SELECT SUM(chg_cents) / 100.0 AS revenue FROM cust_chg WHERE billed_on > date((SELECT MAX(billed_on) FROM cust_chg), '-6 months')"),
    ("time", "Monthly shipments out of the Mississauga DC since it opened",
     "SELECT strftime('%Y-%m', s.shipped_at) AS month, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE w.whse_nm = 'Mississauga DC' AND s.shipped_at IS NOT NULL GROUP BY month ORDER BY month"),
    ("time", "XPO on-time rate before vs after July 2024",
     f"SELECT CASE WHEN s.shipped_at < '2024-07-01' THEN 'before 2024-07' ELSE 'from 2024-07' END AS period, {ONTIME} AS on_time_pct "
     "FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd WHERE c.carrier_nm = 'XPO Logistics' AND s.stat_cd = 'DLV' "
     "GROUP BY period ORDER BY period"),
    ("time", "Which weekday do we ship the most on? Shipments by day of week for 2024",
     "SELECT CASE strftime('%w', shipped_at) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
     "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, "
     "COUNT(*) AS shipments FROM shpmt WHERE strftime('%Y', shipped_at) = '2024' "
     "GROUP BY strftime('%w', shipped_at) ORDER BY shipments DESC"),
    # ---- measures (10)
    ("measures", "Total revenue to date", "SELECT SUM(chg_cents) / 100.0 AS revenue FROM cust_chg"),
    ("measures", "What's our overall on-time delivery rate?",
     f"SELECT {ONTIME} AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "average transit time in days",
     f"SELECT ROUND(AVG({TRANSIT}), 2) AS avg_transit_days FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "How much have we paid out on settled claims?",
     "SELECT ROUND(SUM(settled_usd), 2) AS paid_out FROM claim WHERE claim_stat = 'PAID'"),
    ("measures", "What do we bill per shipment on average?",
     "SELECT ROUND(AVG(chg_cents) / 100.0, 2) AS avg_charge FROM cust_chg"),
    ("measures", "What's the average weight of a shipment we ship, in lbs?",
     "SELECT ROUND(AVG(tot_wt_lb), 2) AS avg_weight_lb FROM shpmt WHERE shipped_at IS NOT NULL"),
    ("measures", "Overall margin as a % of revenue",
     "SELECT ROUND(100.0 * ((SELECT SUM(chg_cents) FROM cust_chg) - (SELECT SUM(f.cost_cents) FROM frt_cost f "
     "JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE s.shipped_at IS NOT NULL)) / (SELECT SUM(chg_cents) FROM cust_chg), 2) AS margin_pct"),
    ("measures", "Total declared value of everything we shipped in 2024",
     "SELECT ROUND(SUM(decl_val_usd), 2) AS declared_value FROM shpmt WHERE strftime('%Y', shipped_at) = '2024'"),
    ("measures", "average number of packages per shipment",
     "SELECT ROUND(AVG(pkg_cnt), 2) AS avg_packages FROM shpmt WHERE shipped_at IS NOT NULL"),
    ("measures", "How much have customers been billed that they haven't paid yet?",
     "SELECT SUM(chg_cents) / 100.0 AS unpaid FROM cust_chg WHERE paid_on IS NULL"),
    # ---- filters (8)
    ("filters", "How many shipments have we sent to Ontario?",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE dest_st_cd = 'ON' AND shipped_at IS NOT NULL"),
    ("filters", "List our Gold tier customers",
     "SELECT cust_nm AS customer FROM cust WHERE tier_cd = 'GLD' ORDER BY customer"),
    ("filters", "Open claims over $500",
     "SELECT claim_id, claim_amt_usd AS claim_amount FROM claim WHERE claim_stat = 'OPEN' AND claim_amt_usd > 500 ORDER BY claim_amount DESC"),
    ("filters", "how many orders were cancelled in 2024",
     "SELECT COUNT(*) AS cancelled FROM shpmt WHERE stat_cd = 'CNL' AND strftime('%Y', created_at) = '2024'"),
    ("filters", "How many residential deliveries did USPS handle?",
     "SELECT COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE c.carrier_nm = 'US Postal Service' AND s.resi_flg = 1 AND s.shipped_at IS NOT NULL"),
    ("filters", "Which customers did we onboard in 2025?",
     "SELECT cust_nm AS customer FROM cust WHERE onboarded_on >= '2025-01-01' ORDER BY customer"),
    ("filters", "How many shipments over 1,000 lbs have we shipped?",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE tot_wt_lb > 1000 AND shipped_at IS NOT NULL"),
    ("filters", "How many Dallas Hub shipments ended up lost or damaged?",
     "SELECT COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE w.whse_nm = 'Dallas Hub' AND s.stat_cd = 'EXC'"),
    # ---- topn (6)
    ("topn", "Top 5 customers by revenue in 2024",
     "SELECT c.cust_nm AS customer, SUM(ch.chg_cents) / 100.0 AS revenue FROM cust_chg ch JOIN shpmt s ON s.shpmt_id = ch.shpmt_id "
     "JOIN cust c ON c.cust_no = s.cust_no WHERE strftime('%Y', ch.billed_on) = '2024' GROUP BY c.cust_no "
     "ORDER BY revenue DESC LIMIT 5"),
    ("topn", "Which carrier moves the most shipments for us?",
     "SELECT c.carrier_nm AS carrier, COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE s.shipped_at IS NOT NULL GROUP BY c.carrier_nm ORDER BY shipments DESC LIMIT 1"),
    ("topn", "top 3 destination states by shipments in 2024",
     "SELECT dest_st_cd AS state, COUNT(*) AS shipments FROM shpmt WHERE strftime('%Y', shipped_at) = '2024' "
     "GROUP BY dest_st_cd ORDER BY shipments DESC LIMIT 3"),
    ("topn", "Which carrier is slowest on average?",
     f"SELECT c.carrier_nm AS carrier, ROUND(AVG({TRANSIT}), 2) AS avg_transit_days FROM shpmt s "
     "JOIN carrier c ON c.carrier_cd = s.carrier_cd WHERE s.stat_cd = 'DLV' GROUP BY c.carrier_nm "
     "ORDER BY avg_transit_days DESC LIMIT 1"),
    ("topn", "Which warehouse has racked up the most claim dollars?",
     "SELECT w.whse_nm AS warehouse, ROUND(SUM(cl.claim_amt_usd), 2) AS claim_amount FROM claim cl "
     "JOIN shpmt s ON s.shpmt_id = cl.shpmt_id JOIN whse w ON w.whse_id = s.orig_whse_id "
     "GROUP BY w.whse_nm ORDER BY claim_amount DESC LIMIT 1"),
    ("topn", "Top 3 customers by total claim dollars filed",
     "SELECT c.cust_nm AS customer, ROUND(SUM(cl.claim_amt_usd), 2) AS claim_amount FROM claim cl "
     "JOIN shpmt s ON s.shpmt_id = cl.shpmt_id JOIN cust c ON c.cust_no = s.cust_no GROUP BY c.cust_no "
     "ORDER BY claim_amount DESC LIMIT 3"),
    # ---- breakdowns (6)
    ("breakdowns", "On-time rate by carrier",
     f"SELECT c.carrier_nm AS carrier, {ONTIME} AS on_time_pct FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE s.stat_cd = 'DLV' GROUP BY c.carrier_nm ORDER BY on_time_pct DESC"),
    ("breakdowns", "shipments by service level",
     "SELECT v.svc_desc AS service_level, COUNT(*) AS shipments FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd "
     "WHERE s.shipped_at IS NOT NULL GROUP BY v.svc_desc ORDER BY shipments DESC"),
    ("breakdowns", "Revenue by customer tier",
     "SELECT t.tier_desc AS tier, SUM(ch.chg_cents) / 100.0 AS revenue FROM cust_chg ch JOIN shpmt s ON s.shpmt_id = ch.shpmt_id "
     "JOIN cust c ON c.cust_no = s.cust_no JOIN cust_tier t ON t.tier_cd = c.tier_cd GROUP BY t.tier_desc ORDER BY revenue DESC"),
    ("breakdowns", "Break down our carrier spend by cost type",
     "SELECT f.cost_type_cd AS cost_type, SUM(f.cost_cents) / 100.0 AS carrier_spend FROM frt_cost f "
     "JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE s.shipped_at IS NOT NULL GROUP BY f.cost_type_cd ORDER BY carrier_spend DESC"),
    ("breakdowns", "How many shipments did each warehouse send out in 2024?",
     "SELECT w.whse_nm AS warehouse, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE strftime('%Y', s.shipped_at) = '2024' GROUP BY w.whse_nm ORDER BY shipments DESC"),
    ("breakdowns", "Claims by type: how many and how much we settled",
     "SELECT claim_type_cd AS claim_type, COUNT(*) AS claims, ROUND(COALESCE(SUM(settled_usd), 0), 2) AS settled "
     "FROM claim GROUP BY claim_type_cd ORDER BY claims DESC"),
    # ---- tricky (4)
    ("tricky", "In 2024, how did on-time delivery in the Nov-Dec peak compare with the rest of the year?",
     f"SELECT CASE WHEN strftime('%m', s.shipped_at) IN ('11','12') THEN 'Nov-Dec peak' ELSE 'Jan-Oct' END AS period, "
     f"{ONTIME} AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV' AND strftime('%Y', s.shipped_at) = '2024' "
     "GROUP BY period ORDER BY period"),
    ("tricky", "Which customers shipped with us in 2024 but haven't shipped anything in 2025?",
     "SELECT c.cust_nm AS customer FROM cust c WHERE EXISTS (SELECT 1 FROM shpmt s WHERE s.cust_no = c.cust_no "
     "AND strftime('%Y', s.shipped_at) = '2024') AND NOT EXISTS (SELECT 1 FROM shpmt s WHERE s.cust_no = c.cust_no "
     "AND s.shipped_at >= '2025-01-01') ORDER BY customer"),
    ("tricky", "Margin by carrier — revenue we billed minus what the carrier charged us",
     "WITH r AS (SELECT s.carrier_cd, SUM(ch.chg_cents) / 100.0 AS revenue FROM cust_chg ch JOIN shpmt s ON s.shpmt_id = ch.shpmt_id "
     "GROUP BY s.carrier_cd), k AS (SELECT s.carrier_cd, SUM(f.cost_cents) / 100.0 AS cost FROM frt_cost f "
     "JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE s.shipped_at IS NOT NULL GROUP BY s.carrier_cd) "
     "SELECT c.carrier_nm AS carrier, ROUND(r.revenue - COALESCE(k.cost, 0), 2) AS margin FROM r "
     "JOIN carrier c ON c.carrier_cd = r.carrier_cd LEFT JOIN k ON k.carrier_cd = r.carrier_cd ORDER BY margin DESC"),
    ("tricky", "What share of all shipments comes from our 10 biggest customers?",
     "WITH v AS (SELECT cust_no, COUNT(*) AS n FROM shpmt WHERE shipped_at IS NOT NULL GROUP BY cust_no) "
     "SELECT ROUND(100.0 * (SELECT SUM(n) FROM (SELECT n FROM v ORDER BY n DESC LIMIT 10)) / (SELECT SUM(n) FROM v), 2) AS top10_share_pct"),
    # ---- simple (3)
    ("simple", "How many warehouses do we run?", "SELECT COUNT(*) AS warehouses FROM whse"),
    ("simple", "list all our carriers", "SELECT carrier_nm AS carrier FROM carrier ORDER BY carrier"),
    ("simple", "How many customers do we have?", "SELECT COUNT(*) AS customers FROM cust"),
]

# ---------------------------------------------------------------- clinic
NOSHOW = "100.0 * SUM(a.appt_stat_cd = 'NOS') / SUM(a.appt_stat_cd IN ('CMP','NOS'))"
DENIAL = "100.0 * SUM(c.clm_stat_cd = 'DEN') / SUM(c.clm_stat_cd IN ('PAID','DEN'))"
AGE = ("(CAST(strftime('%Y', '2024-12-31') AS INTEGER) - CAST(strftime('%Y', p.birth_dt) AS INTEGER) "
       "- (strftime('%m-%d', '2024-12-31') < strftime('%m-%d', p.birth_dt)))")
CLINIC = [
    # ---- time (13)
    ("time", "visits per month in 2024",
     "SELECT strftime('%m', appt_dt) AS month, COUNT(*) AS visits FROM appt "
     "WHERE appt_stat_cd = 'CMP' AND strftime('%Y', appt_dt) = '2024' GROUP BY month ORDER BY month"),
    ("time", "Revenue by quarter in 2024",
     "SELECT (CAST(strftime('%m', a.appt_dt) AS INTEGER) + 2) / 3 AS quarter, ROUND(SUM(v.chg_amt), 2) AS revenue "
     "FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id WHERE strftime('%Y', a.appt_dt) = '2024' "
     "GROUP BY quarter ORDER BY quarter"),
    ("time", "No-show rate by year",
     f"SELECT strftime('%Y', a.appt_dt) AS year, {NOSHOW} AS no_show_rate FROM appt a "
     "WHERE a.appt_dt <= '2024-12-31' GROUP BY year ORDER BY year"),
    ("time", "How much did we collect in the last 3 months?",
     "SELECT ROUND(SUM(pmt_amt), 2) AS collections FROM pmt WHERE pmt_ts > date((SELECT MAX(pmt_ts) FROM pmt), '-3 months')"),
    ("time", "How many new patients registered each year from 2022 to 2024?",
     "SELECT strftime('%Y', reg_on) AS year, COUNT(*) AS new_patients FROM pt "
     "WHERE reg_on BETWEEN '2022-01-01' AND '2024-12-31' GROUP BY year ORDER BY year"),
    ("time", "Claim denial rate by quarter for 2024",
     f"SELECT (CAST(strftime('%m', c.submitted_on) AS INTEGER) + 2) / 3 AS quarter, {DENIAL} AS denial_rate FROM clm c "
     "WHERE strftime('%Y', c.submitted_on) = '2024' GROUP BY quarter ORDER BY quarter"),
    ("time", "What did insurers pay us each month in 2023?",
     "SELECT strftime('%m', submitted_on) AS month, SUM(paid_cents) / 100.0 AS insurer_paid FROM clm "
     "WHERE strftime('%Y', submitted_on) = '2023' GROUP BY month ORDER BY month"),
    ("time", "flu shots given per month in 2024",
     "SELECT strftime('%m', appt_dt) AS month, COUNT(*) AS flu_shots FROM appt WHERE appt_type_cd = 'IMM' "
     "AND svc_line_cd = 'MED' AND appt_stat_cd = 'CMP' AND strftime('%Y', appt_dt) = '2024' GROUP BY month ORDER BY month"),
    ("time", "Average claim processing time in days, by year",
     "SELECT strftime('%Y', submitted_on) AS year, ROUND(AVG(julianday(adjud_dt) - julianday(submitted_on)), 2) AS avg_processing_days "
     "FROM clm WHERE adjud_dt IS NOT NULL GROUP BY year ORDER BY year"),
    ("time", "Visits at Denver Highlands by quarter since it opened",
     "SELECT strftime('%Y', a.appt_dt) AS year, (CAST(strftime('%m', a.appt_dt) AS INTEGER) + 2) / 3 AS quarter, "
     "COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd WHERE l.clin_nm = 'Denver Highlands' "
     "AND a.appt_stat_cd = 'CMP' GROUP BY year, quarter ORDER BY year, quarter"),
    ("time", "How many appointments were cancelled in December 2024?",
     "SELECT COUNT(*) AS cancelled FROM appt WHERE appt_stat_cd = 'CXL' AND appt_dt BETWEEN '2024-12-01' AND '2024-12-31'"),
    ("time", "Revenue by day of the week in 2024",
     "SELECT CASE strftime('%w', a.appt_dt) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
     "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, "
     "ROUND(SUM(v.chg_amt), 2) AS revenue FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
     "WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY strftime('%w', a.appt_dt) ORDER BY revenue DESC"),
    ("time", "How many appointments are on the books for January 2025?",
     "SELECT COUNT(*) AS appointments FROM appt WHERE appt_stat_cd = 'SCH' AND appt_dt BETWEEN '2025-01-01' AND '2025-01-31'"),
    # ---- measures (10)
    ("measures", "total revenue for 2024",
     "SELECT ROUND(SUM(v.chg_amt), 2) AS revenue FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
     "WHERE strftime('%Y', a.appt_dt) = '2024'"),
    ("measures", "What's our overall no-show rate?",
     f"SELECT {NOSHOW} AS no_show_rate FROM appt a"),
    ("measures", "What's the claim denial rate overall?",
     f"SELECT {DENIAL} AS denial_rate FROM clm c"),
    ("measures", "On average, how many days does it take insurers to process a claim?",
     "SELECT ROUND(AVG(julianday(adjud_dt) - julianday(submitted_on)), 2) AS avg_processing_days FROM clm WHERE adjud_dt IS NOT NULL"),
    ("measures", "Average charges per visit in 2024",
     "SELECT ROUND(SUM(v.chg_amt) / COUNT(DISTINCT a.appt_id), 2) AS revenue_per_visit FROM appt a "
     "LEFT JOIN visit_proc v ON v.appt_id = a.appt_id WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024'"),
    ("measures", "total collections in 2024",
     "SELECT ROUND(SUM(pmt_amt), 2) AS collections FROM pmt WHERE strftime('%Y', pmt_ts) = '2024'"),
    ("measures", "How much was left for patients to pay on claims submitted in 2024?",
     "SELECT SUM(pt_resp_cents) / 100.0 AS patient_responsibility FROM clm WHERE strftime('%Y', submitted_on) = '2024'"),
    ("measures", "What's the average age of our patients?",
     f"SELECT ROUND(AVG({AGE}), 2) AS avg_age FROM pt p"),
    ("measures", "What % of what we billed insurers in 2024 did they actually pay?",
     "SELECT 100.0 * SUM(paid_cents) / SUM(billed_cents) AS paid_pct FROM clm WHERE strftime('%Y', submitted_on) = '2024'"),
    ("measures", "average booked appointment length in minutes",
     "SELECT ROUND(AVG(dur_min), 2) AS avg_duration_min FROM appt"),
    # ---- filters (8)
    ("filters", "Which providers are based at Houston Heights?",
     "SELECT p.first_nm || ' ' || p.last_nm AS provider FROM prov p JOIN clin_loc l ON l.clin_cd = p.home_clin_cd "
     "WHERE l.clin_nm = 'Houston Heights' ORDER BY provider"),
    ("filters", "How many patients have Medicaid as their medical insurance?",
     "SELECT COUNT(*) AS patients FROM pt p JOIN ins_co i ON i.payer_id = p.med_payer_id WHERE i.payer_type_cd = 'MCD'"),
    ("filters", "how many claims got denied in 2024 for timely filing",
     "SELECT COUNT(*) AS claims FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd "
     "WHERE c.clm_stat_cd = 'DEN' AND d.den_rsn_desc = 'Timely filing limit expired' AND strftime('%Y', c.submitted_on) = '2024'"),
    ("filters", "How many dental emergency visits did we see in 2024?",
     "SELECT COUNT(*) AS visits FROM appt WHERE appt_type_cd = 'URG' AND svc_line_cd = 'DEN' AND appt_stat_cd = 'CMP' "
     "AND strftime('%Y', appt_dt) = '2024'"),
    ("filters", "Which providers have left us?",
     "SELECT first_nm || ' ' || last_nm AS provider FROM prov WHERE term_on IS NOT NULL ORDER BY provider"),
    ("filters", "How many of our patients are 65 or older?",
     f"SELECT COUNT(*) AS patients FROM pt p WHERE {AGE} >= 65"),
    ("filters", "list our Texas clinics",
     "SELECT clin_nm AS clinic FROM clin_loc WHERE st_cd = 'TX' ORDER BY clinic"),
    ("filters", "How many pending claims are billed at more than $500?",
     "SELECT COUNT(*) AS claims FROM clm WHERE clm_stat_cd = 'PEND' AND billed_cents > 50000"),
    # ---- topn (6)
    ("topn", "Top 5 providers by revenue in 2024",
     "SELECT p.first_nm || ' ' || p.last_nm AS provider, ROUND(SUM(v.chg_amt), 2) AS revenue FROM visit_proc v "
     "JOIN appt a ON a.appt_id = v.appt_id JOIN prov p ON p.prov_npi = a.prov_npi WHERE strftime('%Y', a.appt_dt) = '2024' "
     "GROUP BY p.prov_npi ORDER BY revenue DESC LIMIT 5"),
    ("topn", "Which clinic saw the most patients in 2024? (visits)",
     "SELECT l.clin_nm AS clinic, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
     "WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY l.clin_nm ORDER BY visits DESC LIMIT 1"),
    ("topn", "top 3 procedures by revenue",
     "SELECT m.proc_desc AS procedure, ROUND(SUM(v.chg_amt), 2) AS revenue FROM visit_proc v "
     "JOIN proc_mstr m ON m.proc_cd = v.proc_cd GROUP BY m.proc_desc ORDER BY revenue DESC LIMIT 3"),
    ("topn", "Which insurer denies the most claims, as a rate?",
     f"SELECT i.payer_nm AS payer, {DENIAL} AS denial_rate FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id "
     "GROUP BY i.payer_nm ORDER BY denial_rate DESC LIMIT 1"),
    ("topn", "What are the top 3 reasons claims get denied?",
     "SELECT d.den_rsn_desc AS denial_reason, COUNT(*) AS denied_claims FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd "
     "WHERE c.clm_stat_cd = 'DEN' GROUP BY d.den_rsn_desc ORDER BY denied_claims DESC LIMIT 3"),
    ("topn", "Which provider has the highest no-show rate?",
     f"SELECT p.first_nm || ' ' || p.last_nm AS provider, {NOSHOW} AS no_show_rate FROM appt a "
     "JOIN prov p ON p.prov_npi = a.prov_npi GROUP BY p.prov_npi ORDER BY no_show_rate DESC LIMIT 1"),
    # ---- breakdowns (6)
    ("breakdowns", "Visits by clinic in 2024",
     "SELECT l.clin_nm AS clinic, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
     "WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY l.clin_nm ORDER BY visits DESC"),
    ("breakdowns", "2024 revenue split between dental and medical",
     "SELECT a.svc_line_cd AS service_line, ROUND(SUM(v.chg_amt), 2) AS revenue FROM visit_proc v "
     "JOIN appt a ON a.appt_id = v.appt_id WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY a.svc_line_cd ORDER BY revenue DESC"),
    ("breakdowns", "Collections from insurance vs patients",
     "SELECT pmt_src_cd AS source, ROUND(SUM(pmt_amt), 2) AS collections FROM pmt GROUP BY pmt_src_cd ORDER BY collections DESC"),
    ("breakdowns", "How many patients does each clinic have as their home clinic?",
     "SELECT l.clin_nm AS clinic, COUNT(*) AS patients FROM pt p JOIN clin_loc l ON l.clin_cd = p.home_clin_cd "
     "GROUP BY l.clin_nm ORDER BY patients DESC"),
    ("breakdowns", "No-show rate by appointment type",
     f"SELECT t.type_desc AS appointment_type, {NOSHOW} AS no_show_rate FROM appt a JOIN appt_type t "
     "ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd GROUP BY t.type_desc ORDER BY no_show_rate DESC"),
    ("breakdowns", "Amount billed to insurers by payer type in 2024",
     "SELECT i.payer_type_cd AS payer_type, SUM(c.billed_cents) / 100.0 AS billed FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id "
     "WHERE strftime('%Y', c.submitted_on) = '2024' GROUP BY i.payer_type_cd ORDER BY billed DESC"),
    # ---- tricky (4)
    ("tricky", "How many patients came in during 2023 but didn't have a single visit in 2024?",
     "SELECT COUNT(DISTINCT a.pt_id) AS patients FROM appt a WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2023' "
     "AND NOT EXISTS (SELECT 1 FROM appt b WHERE b.pt_id = a.pt_id AND b.appt_stat_cd = 'CMP' AND strftime('%Y', b.appt_dt) = '2024')"),
    ("tricky", "2024 revenue per exam room at each clinic",
     "SELECT l.clin_nm AS clinic, ROUND(SUM(v.chg_amt) / l.exam_rm_cnt, 2) AS revenue_per_room FROM visit_proc v "
     "JOIN appt a ON a.appt_id = v.appt_id JOIN clin_loc l ON l.clin_cd = a.clin_cd WHERE strftime('%Y', a.appt_dt) = '2024' "
     "GROUP BY l.clin_cd ORDER BY revenue_per_room DESC"),
    ("tricky", "How far ahead do patients book? Average days between booking and a completed visit",
     "SELECT ROUND(AVG(julianday(appt_dt) - julianday(date(booked_ts))), 2) AS avg_lead_days FROM appt WHERE appt_stat_cd = 'CMP'"),
    ("tricky", "Which providers brought in more revenue in 2024 than in 2023?",
     "WITH r AS (SELECT a.prov_npi, SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2023' THEN v.chg_amt ELSE 0 END) AS r23, "
     "SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2024' THEN v.chg_amt ELSE 0 END) AS r24 FROM visit_proc v "
     "JOIN appt a ON a.appt_id = v.appt_id GROUP BY a.prov_npi) "
     "SELECT p.first_nm || ' ' || p.last_nm AS provider FROM r JOIN prov p ON p.prov_npi = r.prov_npi "
     "WHERE r.r23 > 0 AND r.r24 > r.r23 ORDER BY provider"),
    # ---- simple (3)
    ("simple", "How many clinics do we have?", "SELECT COUNT(*) AS clinics FROM clin_loc"),
    ("simple", "How many providers are currently on staff?",
     "SELECT COUNT(*) AS providers FROM prov WHERE term_on IS NULL"),
    ("simple", "Which insurers are Medicare plans?",
     "SELECT payer_nm AS payer FROM ins_co WHERE payer_type_cd = 'MCR' ORDER BY payer"),
]

DBS = {
    "hr": ("hr/hr.sqlite", HR),
    "subs": ("subs/subs.sqlite", SUBS),
    "logistics": ("logistics/logistics.sqlite", LOG),
    "clinic": ("clinic/clinic.sqlite", CLINIC),
}

LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.I)


def check_db(db_id, path, items, verbose=False):
    errors = []
    con = sqlite3.connect("file:%s?mode=ro" % os.path.join(DB_DIR, path), uri=True)
    kinds = Counter(k for k, _, _ in items)
    if len(items) != 50:
        errors.append(f"{db_id}: {len(items)} questions, want 50")
    for k, n in TARGET.items():
        if kinds.get(k, 0) != n:
            errors.append(f"{db_id}: kind {k} has {kinds.get(k, 0)}, want {n}")
    extra = set(kinds) - set(TARGET)
    if extra:
        errors.append(f"{db_id}: unknown kinds {extra}")
    qs = Counter(q.strip().lower() for _, q, _ in items)
    for q, n in qs.items():
        if n > 1:
            errors.append(f"{db_id}: duplicate question {q!r}")
    for i, (kind, q, sql) in enumerate(items):
        try:
            rows = con.execute(sql).fetchall()
        except Exception as e:  # noqa: BLE001
            errors.append(f"{db_id}[{i}] SQL error {e}: {q}")
            continue
        if not rows:
            errors.append(f"{db_id}[{i}] empty result: {q}")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(f"{db_id}[{i}] all-NULL result: {q}")
        if kind == "topn" and not LIMIT_RE.search(sql):
            errors.append(f"{db_id}[{i}] topn query without LIMIT: {q}")
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            if len(full) < n:
                errors.append(f"{db_id}[{i}] fewer than {n} rows: {q}")
            elif len(full) > n and full[n - 1][-1] == full[n][-1]:
                errors.append(f"{db_id}[{i}] tie at LIMIT {n} ({full[n-1][-1]}): {q}")
        if verbose:
            print(f"{db_id}[{i}] {kind}: {q}\n    -> {len(rows)} rows {rows[:4]}")
    con.close()
    return errors


def main():
    verbose = "-v" in sys.argv
    errors = []
    for db_id, (path, items) in DBS.items():
        errors += check_db(db_id, path, items, verbose)
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for db_id, (path, items) in DBS.items():
        out = [{"question": q, "db_id": db_id, "query": sql} for _, q, sql in items]
        kinds = {str(i): k for i, (k, _, _) in enumerate(items)}
        with open(os.path.join(HERE, f"{db_id}_v2.json"), "w") as f:
            json.dump(out, f, indent=2)
        with open(os.path.join(HERE, f"{db_id}_v2_kinds.json"), "w") as f:
            json.dump(kinds, f, indent=2)
        print(f"{db_id}: {len(items)} questions {dict(Counter(k for k, _, _ in items))}")
    print("all checks passed; files written")


if __name__ == "__main__":
    main()
