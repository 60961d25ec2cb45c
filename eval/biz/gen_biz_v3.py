#!/usr/bin/env python3
"""Held-out business question sets (v3) over hr, subs, logistics, clinic.

Run:  python3 gen_biz_v3.py --dir DIR  (DIR/<db>/<db>.sqlite as built by gen_hr.py DIR and the others)
Re-runs every gold query, checks it, and only if every check passes writes
<db>_v3.json and <db>_v3_kinds.json beside this script.
"""
import argparse, json, os, re, sqlite3, sys

KIND_COUNTS = {"time": 12, "measures": 9, "filters": 7, "topn": 6,
               "breakdowns": 6, "tricky": 3, "simple": 2}
DBS = ["hr", "subs", "logistics", "clinic"]

# latest comp_hist row per employee = current salary
HR_SAL = ("cur AS (SELECT c.emp_id, c.base_sal_usd, c.bonus_tgt_pct FROM comp_hist c "
          "WHERE c.eff_dt = (SELECT MAX(c2.eff_dt) FROM comp_hist c2 WHERE c2.emp_id = c.emp_id))")

QUESTIONS = {}

QUESTIONS["hr"] = [
# ---------------- time (12)
("time", "How many people did we hire each year from 2022 through 2024?",
 "SELECT strftime('%Y', hire_on) AS yr, COUNT(*) AS hires FROM emp "
 "WHERE hire_on BETWEEN '2022-01-01' AND '2024-12-31' GROUP BY yr ORDER BY yr"),
("time", "hires by month in 2024",
 "SELECT strftime('%m', hire_on) AS mon, COUNT(*) AS hires FROM emp "
 "WHERE strftime('%Y', hire_on) = '2024' GROUP BY mon ORDER BY mon"),
("time", "How many employees left in Q3 2023?",
 "SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-07-01' AND '2023-09-30'"),
("time", "Number of leavers per quarter in 2022",
 "SELECT (CAST(strftime('%m', term_on) AS INTEGER) + 2) / 3 AS qtr, COUNT(*) AS leavers FROM emp "
 "WHERE strftime('%Y', term_on) = '2022' GROUP BY qtr ORDER BY qtr"),
("time", "how many new hires in the last 6 months",
 "SELECT COUNT(*) FROM emp WHERE hire_on > date((SELECT MAX(hire_on) FROM emp), '-6 months')"),
("time", "Sick days taken per month in 2024?",
 "SELECT strftime('%m', start_dt) AS mon, SUM(days_cnt) AS sick_days FROM pto_req "
 "WHERE pto_type_cd = 'SICK' AND req_stat = 'APPR' AND strftime('%Y', start_dt) = '2024' "
 "GROUP BY mon ORDER BY mon"),
("time", "total vacation days taken each year",
 "SELECT strftime('%Y', start_dt) AS yr, SUM(days_cnt) AS vacation_days FROM pto_req "
 "WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR' GROUP BY yr ORDER BY yr"),
("time", "What was the average performance rating in each review cycle?",
 "SELECT rvw_cycle, AVG(rating_num) AS avg_rating FROM perf_rvw GROUP BY rvw_cycle ORDER BY rvw_cycle"),
("time", "voluntary leavers by year",
 "SELECT strftime('%Y', e.term_on) AS yr, COUNT(*) AS voluntary_leavers FROM emp e "
 "JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE t.vol_flg = 1 GROUP BY yr ORDER BY yr"),
("time", "What was our headcount on Dec 31 2023?",
 "SELECT COUNT(*) FROM emp WHERE hire_on <= '2023-12-31' AND (term_on IS NULL OR term_on > '2023-12-31')"),
("time", "How many PTO requests were submitted each month of 2023",
 "SELECT strftime('%m', submitted_at) AS mon, COUNT(*) AS requests FROM pto_req "
 "WHERE strftime('%Y', submitted_at) = '2023' GROUP BY mon ORDER BY mon"),
("time", "number of merit raises per year",
 "SELECT strftime('%Y', eff_dt) AS yr, COUNT(*) AS merit_raises FROM comp_hist "
 "WHERE chg_rsn_cd = 'MERIT' GROUP BY yr ORDER BY yr"),
# ---------------- measures (9)
("measures", "What's our current headcount?",
 "SELECT COUNT(*) FROM emp WHERE emp_stat_cd IN ('ACT', 'LOA')"),
("measures", "avg salary of current employees",
 "WITH " + HR_SAL + " SELECT AVG(cur.base_sal_usd) FROM emp e JOIN cur ON cur.emp_id = e.emp_id "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA')"),
("measures", "What is our total annual payroll right now?",
 "WITH " + HR_SAL + " SELECT SUM(cur.base_sal_usd) FROM emp e JOIN cur ON cur.emp_id = e.emp_id "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA')"),
("measures", "What was the turnover rate in 2023?",
 "SELECT ROUND(100.0 * (SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31') / "
 "(SELECT COUNT(*) FROM emp WHERE hire_on <= '2023-01-01' AND (term_on IS NULL OR term_on > '2023-01-01')), 2)"),
("measures", "average length of an approved vacation request in days",
 "SELECT AVG(days_cnt) FROM pto_req WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR'"),
("measures", "What percent of current staff work remotely?",
 "SELECT ROUND(100.0 * SUM(remote_flg = 1) / COUNT(*), 2) FROM emp WHERE emp_stat_cd IN ('ACT', 'LOA')"),
("measures", "avg perf rating for FY2024",
 "SELECT AVG(rating_num) FROM perf_rvw WHERE rvw_cycle = 'FY2024'"),
("measures", "What's the average bonus target % across current employees?",
 "WITH " + HR_SAL + " SELECT AVG(cur.bonus_tgt_pct) FROM emp e JOIN cur ON cur.emp_id = e.emp_id "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA')"),
("measures", "What share of 2024 leavers left voluntarily?",
 "SELECT ROUND(100.0 * SUM(t.vol_flg = 1) / COUNT(*), 2) FROM emp e "
 "JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE e.term_on BETWEEN '2024-01-01' AND '2024-12-31'"),
# ---------------- filters (7)
("filters", "How many current employees are in Engineering?",
 "SELECT COUNT(*) FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 "WHERE o.dept_nm = 'Engineering' AND e.emp_stat_cd IN ('ACT', 'LOA')"),
("filters", "headcount in toronto",
 "SELECT COUNT(*) FROM emp e JOIN work_loc w ON w.loc_cd = e.loc_cd "
 "WHERE w.city_nm = 'Toronto' AND e.emp_stat_cd IN ('ACT', 'LOA')"),
("filters", "How many people were let go in layoffs?",
 "SELECT COUNT(*) FROM emp WHERE term_rsn_cd = 'LAY'"),
("filters", "What's the average salary for Account Executives currently?",
 "WITH " + HR_SAL + " SELECT AVG(cur.base_sal_usd) FROM emp e JOIN cur ON cur.emp_id = e.emp_id "
 "JOIN job_ttl j ON j.job_cd = e.job_cd WHERE j.job_ttl_nm = 'Account Executive' AND e.emp_stat_cd IN ('ACT', 'LOA')"),
("filters", "how many pto requests got denied in 2024",
 "SELECT COUNT(*) FROM pto_req WHERE req_stat = 'DENY' AND strftime('%Y', start_dt) = '2024'"),
("filters", "Number of current employees making over $150k",
 "WITH " + HR_SAL + " SELECT COUNT(*) FROM emp e JOIN cur ON cur.emp_id = e.emp_id "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA') AND cur.base_sal_usd > 150000"),
("filters", "how many part-timers do we have in Customer Support right now?",
 "SELECT COUNT(*) FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 "WHERE o.dept_nm = 'Customer Support' AND e.emp_type_cd = 'PT' AND e.emp_stat_cd IN ('ACT', 'LOA')"),
# ---------------- topn (6)
("topn", "Top 5 departmens by current headcount",
 "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA') GROUP BY o.dept_nm ORDER BY headcount DESC LIMIT 5"),
("topn", "who are our 5 highest paid employees?",
 "WITH " + HR_SAL + " SELECT e.first_nm || ' ' || e.last_nm AS employee, cur.base_sal_usd FROM emp e "
 "JOIN cur ON cur.emp_id = e.emp_id WHERE e.emp_stat_cd IN ('ACT', 'LOA') ORDER BY cur.base_sal_usd DESC LIMIT 5"),
("topn", "Which 3 job titles lost the most people in 2023?",
 "SELECT j.job_ttl_nm, COUNT(*) AS leavers FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
 "WHERE e.term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY j.job_ttl_nm ORDER BY leavers DESC LIMIT 3"),
("topn", "top 3 employees by sick days taken in 2024",
 "SELECT e.first_nm || ' ' || e.last_nm AS employee, SUM(p.days_cnt) AS sick_days FROM pto_req p "
 "JOIN emp e ON e.emp_id = p.emp_id WHERE p.pto_type_cd = 'SICK' AND p.req_stat = 'APPR' "
 "AND strftime('%Y', p.start_dt) = '2024' GROUP BY p.emp_id ORDER BY sick_days DESC LIMIT 3"),
("topn", "Which 3 managers have the most direct reports right now?",
 "SELECT m.first_nm || ' ' || m.last_nm AS manager, COUNT(*) AS direct_reports FROM emp e "
 "JOIN emp m ON m.emp_id = e.mgr_emp_id WHERE e.emp_stat_cd IN ('ACT', 'LOA') "
 "GROUP BY e.mgr_emp_id ORDER BY direct_reports DESC LIMIT 3"),
("topn", "Top 3 office cities by average current salary",
 "WITH " + HR_SAL + " SELECT w.city_nm, AVG(cur.base_sal_usd) AS avg_salary FROM emp e "
 "JOIN cur ON cur.emp_id = e.emp_id JOIN work_loc w ON w.loc_cd = e.loc_cd "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA') GROUP BY w.city_nm ORDER BY avg_salary DESC LIMIT 3"),
# ---------------- breakdowns (6)
("breakdowns", "headcount by department",
 "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA') GROUP BY o.dept_nm"),
("breakdowns", "What's the average current salary in each job family?",
 "WITH " + HR_SAL + " SELECT j.job_family, AVG(cur.base_sal_usd) AS avg_salary FROM emp e "
 "JOIN cur ON cur.emp_id = e.emp_id JOIN job_ttl j ON j.job_cd = e.job_cd "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA') GROUP BY j.job_family"),
("breakdowns", "Leavers broken down by termination reason",
 "SELECT t.term_rsn_desc, COUNT(*) AS leavers FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd "
 "GROUP BY t.term_rsn_desc"),
("breakdowns", "days off taken in 2024 by type of leave",
 "SELECT t.pto_type_desc, SUM(p.days_cnt) AS days_taken FROM pto_req p JOIN pto_type t ON t.pto_type_cd = p.pto_type_cd "
 "WHERE p.req_stat = 'APPR' AND strftime('%Y', p.start_dt) = '2024' GROUP BY t.pto_type_desc"),
("breakdowns", "How many current employees do we have in each country?",
 "SELECT w.ctry_iso2, COUNT(*) AS headcount FROM emp e JOIN work_loc w ON w.loc_cd = e.loc_cd "
 "WHERE e.emp_stat_cd IN ('ACT', 'LOA') GROUP BY w.ctry_iso2"),
("breakdowns", "avg FY2024 rating per department",
 "SELECT o.dept_nm, AVG(r.rating_num) AS avg_rating FROM perf_rvw r JOIN emp e ON e.emp_id = r.emp_id "
 "JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE r.rvw_cycle = 'FY2024' GROUP BY o.dept_nm"),
# ---------------- tricky (3)
("tricky", "How many current employees haven't taken a single approved day off since 2022?",
 "SELECT COUNT(*) FROM emp e WHERE e.emp_stat_cd IN ('ACT', 'LOA') AND NOT EXISTS "
 "(SELECT 1 FROM pto_req p WHERE p.emp_id = e.emp_id AND p.req_stat = 'APPR')"),
("tricky", "Which department had the highest turnover rate in 2023?",
 "WITH base AS (SELECT dept_cd, COUNT(*) AS hc FROM emp WHERE hire_on <= '2023-01-01' "
 "AND (term_on IS NULL OR term_on > '2023-01-01') GROUP BY dept_cd), "
 "lv AS (SELECT dept_cd, COUNT(*) AS n FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY dept_cd) "
 "SELECT o.dept_nm, ROUND(100.0 * lv.n / base.hc, 2) AS turnover_rate FROM lv JOIN base ON base.dept_cd = lv.dept_cd "
 "JOIN org_unit o ON o.dept_cd = lv.dept_cd ORDER BY turnover_rate DESC LIMIT 1"),
("tricky", "how many employees on staff before April 2023 didn't get any raise on the 2023-04-01 merit cycle?",
 "SELECT COUNT(*) FROM emp e WHERE e.hire_on < '2023-04-01' AND (e.term_on IS NULL OR e.term_on >= '2023-04-01') "
 "AND NOT EXISTS (SELECT 1 FROM comp_hist c WHERE c.emp_id = e.emp_id AND c.eff_dt = '2023-04-01')"),
# ---------------- simple (2)
("simple", "How many departments are there?",
 "SELECT COUNT(*) FROM org_unit"),
("simple", "list all the cities where we have offices",
 "SELECT city_nm FROM work_loc"),
]

QUESTIONS["subs"] = [
# ---------------- time (12)
("time", "signups per month in 2023",
 "SELECT strftime('%m', signup_ts) AS mon, COUNT(*) AS signups FROM mkt_lead "
 "WHERE strftime('%Y', signup_ts) = '2023' GROUP BY mon ORDER BY mon"),
("time", "How many new customers did we get each year?",
 "SELECT strftime('%Y', created_ts) AS yr, COUNT(*) AS new_customers FROM acct GROUP BY yr ORDER BY yr"),
("time", "How many customers churned in Q2 2023?",
 "SELECT COUNT(DISTINCT acct_id) FROM subscr WHERE stat = 'CANC' AND ended_on BETWEEN '2023-04-01' AND '2023-06-30'"),
("time", "monthly revenue for 2024",
 "SELECT strftime('%m', paid_at) AS mon, SUM(total_usd) AS revenue FROM inv "
 "WHERE paid_at IS NOT NULL AND strftime('%Y', paid_at) = '2024' GROUP BY mon ORDER BY mon"),
("time", "What was revenue by quarter in 2023?",
 "SELECT (CAST(strftime('%m', paid_at) AS INTEGER) + 2) / 3 AS qtr, SUM(total_usd) AS revenue FROM inv "
 "WHERE paid_at IS NOT NULL AND strftime('%Y', paid_at) = '2023' GROUP BY qtr ORDER BY qtr"),
("time", "how many sigups did we get in the last 3 months",
 "SELECT COUNT(*) FROM mkt_lead WHERE date(signup_ts) > date((SELECT MAX(signup_ts) FROM mkt_lead), '-3 months')"),
("time", "Churned MRR by month in 2024",
 "SELECT strftime('%m', ended_on) AS mon, SUM(mrr_usd) AS churned_mrr FROM subscr "
 "WHERE stat = 'CANC' AND strftime('%Y', ended_on) = '2024' GROUP BY mon ORDER BY mon"),
("time", "marketing spend per year",
 "SELECT strftime('%Y', launched_dt) AS yr, SUM(spend_cents) / 100.0 AS spend FROM mkt_cmp GROUP BY yr ORDER BY yr"),
("time", "P1 tickets opened each month in 2023?",
 "SELECT strftime('%m', opened_at) AS mon, COUNT(*) AS p1_tickets FROM sup_tkt "
 "WHERE prio_cd = 'P1' AND strftime('%Y', opened_at) = '2023' GROUP BY mon ORDER BY mon"),
("time", "average ticket resolution time in hours per quarter of 2024",
 "SELECT (CAST(strftime('%m', opened_at) AS INTEGER) + 2) / 3 AS qtr, "
 "AVG((julianday(closed_at) - julianday(opened_at)) * 24) AS avg_resolution_hours FROM sup_tkt "
 "WHERE closed_at IS NOT NULL AND strftime('%Y', opened_at) = '2024' GROUP BY qtr ORDER BY qtr"),
("time", "What was the average daily active users for each month of 2024?",
 "SELECT strftime('%m', usage_dt) AS mon, AVG(dau) AS avg_dau FROM "
 "(SELECT usage_dt, SUM(active_users) AS dau FROM usage_dly WHERE strftime('%Y', usage_dt) = '2024' GROUP BY usage_dt) "
 "GROUP BY mon ORDER BY mon"),
("time", "Lead conversion rate by signup year",
 "SELECT strftime('%Y', signup_ts) AS yr, ROUND(100.0 * COUNT(cnv_acct_id) / COUNT(*), 2) AS conversion_rate "
 "FROM mkt_lead GROUP BY yr ORDER BY yr"),
# ---------------- measures (9)
("measures", "What's our MRR right now?",
 "SELECT SUM(mrr_usd) FROM subscr WHERE stat = 'ACTV'"),
("measures", "current ARR?",
 "SELECT 12 * SUM(mrr_usd) FROM subscr WHERE stat = 'ACTV'"),
("measures", "How many paying customers do we have?",
 "SELECT COUNT(DISTINCT acct_id) FROM subscr WHERE stat = 'ACTV'"),
("measures", "average MRR per paying customer",
 "SELECT SUM(mrr_usd) / COUNT(DISTINCT acct_id) FROM subscr WHERE stat = 'ACTV'"),
("measures", "How much money is outstanding on unpaid invoices?",
 "SELECT SUM(total_usd) FROM inv WHERE paid_at IS NULL"),
("measures", "overall lead to customer conversion rate",
 "SELECT ROUND(100.0 * COUNT(cnv_acct_id) / COUNT(*), 2) FROM mkt_lead"),
("measures", "whats the avg csat score on support tickets",
 "SELECT AVG(csat_score) FROM sup_tkt"),
("measures", "What percentage of payment attempts get declined?",
 "SELECT ROUND(100.0 * SUM(rslt_cd = 'DECL') / COUNT(*), 2) FROM pmt"),
("measures", "What share of MRR comes from enterprise-segment accounts?",
 "SELECT ROUND(100.0 * SUM(CASE WHEN a.seg_cd = 'ENT' THEN s.mrr_usd ELSE 0 END) / SUM(s.mrr_usd), 2) "
 "FROM subscr s JOIN acct a ON a.acct_id = s.acct_id WHERE s.stat = 'ACTV'"),
# ---------------- filters (7)
("filters", "MRR for the Scale Annual plan",
 "SELECT SUM(s.mrr_usd) FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
 "WHERE p.plan_nm = 'Scale Annual' AND s.stat = 'ACTV'"),
("filters", "How many active customers are in Germany?",
 "SELECT COUNT(DISTINCT s.acct_id) FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE g.ctry_nm = 'Germany' AND s.stat = 'ACTV'"),
("filters", "number of signups from paid search in 2024",
 "SELECT COUNT(*) FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd "
 "WHERE ch.channel_nm = 'Paid search' AND strftime('%Y', l.signup_ts) = '2024'"),
("filters", "How many subscriptions were cancelled because they were too expensive?",
 "SELECT COUNT(*) FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd "
 "WHERE s.stat = 'CANC' AND r.rsn_desc = 'Too expensive'"),
("filters", "how many P1 tickets are still open",
 "SELECT COUNT(*) FROM sup_tkt WHERE prio_cd = 'P1' AND closed_at IS NULL"),
("filters", "Count of unpaid invoices over 1k",
 "SELECT COUNT(*) FROM inv WHERE paid_at IS NULL AND total_usd > 1000"),
("filters", "MRR from accounts in the EMEA region",
 "SELECT SUM(s.mrr_usd) FROM subscr s JOIN acct a ON a.acct_id = s.acct_id JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd "
 "WHERE g.sales_rgn = 'EMEA' AND s.stat = 'ACTV'"),
# ---------------- topn (6)
("topn", "Top 5 accounts by MRR",
 "SELECT a.acct_nm, SUM(s.mrr_usd) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "WHERE s.stat = 'ACTV' GROUP BY s.acct_id ORDER BY mrr DESC LIMIT 5"),
("topn", "which 3 campaigns brought in the most signups in 2024?",
 "SELECT c.cmp_nm, COUNT(*) AS signups FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id "
 "WHERE strftime('%Y', l.signup_ts) = '2024' GROUP BY c.cmp_id ORDER BY signups DESC LIMIT 3"),
("topn", "top 5 countries by number of paying customers",
 "SELECT g.ctry_nm, COUNT(DISTINCT s.acct_id) AS customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.ctry_nm ORDER BY customers DESC LIMIT 5"),
("topn", "Which 3 channels convert best?",
 "SELECT ch.channel_nm, ROUND(100.0 * COUNT(l.cnv_acct_id) / COUNT(*), 2) AS conversion_rate FROM mkt_lead l "
 "JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd "
 "GROUP BY ch.channel_nm ORDER BY conversion_rate DESC LIMIT 3"),
("topn", "top 5 customers by revenue in 2024",
 "SELECT a.acct_nm, SUM(i.total_usd) AS revenue FROM inv i JOIN acct a ON a.acct_id = i.acct_id "
 "WHERE i.paid_at IS NOT NULL AND strftime('%Y', i.paid_at) = '2024' GROUP BY i.acct_id ORDER BY revenue DESC LIMIT 5"),
("topn", "Which 5 accounts opened the most support tickets in 2024?",
 "SELECT a.acct_nm, COUNT(*) AS tickets FROM sup_tkt t JOIN acct a ON a.acct_id = t.acct_id "
 "WHERE strftime('%Y', t.opened_at) = '2024' GROUP BY t.acct_id ORDER BY tickets DESC LIMIT 5"),
# ---------------- breakdowns (6)
("breakdowns", "MRR by plan",
 "SELECT p.plan_nm, SUM(s.mrr_usd) AS mrr FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
 "WHERE s.stat = 'ACTV' GROUP BY p.plan_nm"),
("breakdowns", "How many cancellations do we have for each cancel reason?",
 "SELECT r.rsn_desc, COUNT(*) AS cancellations FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd "
 "WHERE s.stat = 'CANC' GROUP BY r.rsn_desc"),
("breakdowns", "support tickets by category",
 "SELECT cat_cd, COUNT(*) AS tickets FROM sup_tkt GROUP BY cat_cd"),
("breakdowns", "2024 signups per marketing channel",
 "SELECT ch.channel_nm, COUNT(*) AS signups FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id "
 "JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd WHERE strftime('%Y', l.signup_ts) = '2024' GROUP BY ch.channel_nm"),
("breakdowns", "What's the average CSAT for each ticket priority?",
 "SELECT prio_cd, AVG(csat_score) AS avg_csat FROM sup_tkt GROUP BY prio_cd"),
("breakdowns", "paying customers per sales region",
 "SELECT g.sales_rgn, COUNT(DISTINCT s.acct_id) AS customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.sales_rgn"),
# ---------------- tricky (3)
("tricky", "Which campaign spent money but didn't get a single lead?",
 "SELECT c.cmp_nm FROM mkt_cmp c WHERE c.spend_cents > 0 AND NOT EXISTS "
 "(SELECT 1 FROM mkt_lead l WHERE l.cmp_id = c.cmp_id)"),
("tricky", "how many churned customers came back later with a new subscription?",
 "SELECT COUNT(DISTINCT c.acct_id) FROM subscr c JOIN subscr n ON n.acct_id = c.acct_id "
 "WHERE c.stat = 'CANC' AND n.started_on >= c.ended_on AND n.sub_id <> c.sub_id"),
("tricky", "What's the cost per lead for each channel?",
 "SELECT ch.channel_nm, (SELECT SUM(c.spend_cents) FROM mkt_cmp c WHERE c.channel_cd = ch.channel_cd) / 100.0 / "
 "(SELECT COUNT(*) FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id WHERE c.channel_cd = ch.channel_cd) AS cost_per_lead "
 "FROM mkt_chnl ch"),
# ---------------- simple (2)
("simple", "How many plans are currently offered?",
 "SELECT COUNT(*) FROM plan_cat WHERE active_flg = 1"),
("simple", "list our marketing channels",
 "SELECT channel_nm FROM mkt_chnl"),
]

OT = "ROUND(100.0 * SUM(date(s.delivered_at) <= s.promised_dt) / COUNT(*), 2)"
TRANSIT = "(julianday(s.delivered_at) - julianday(s.shipped_at))"

QUESTIONS["logistics"] = [
# ---------------- time (12)
("time", "shipmnets per month in 2024",
 "SELECT strftime('%m', shipped_at) AS mon, COUNT(*) AS shipments FROM shpmt "
 "WHERE strftime('%Y', shipped_at) = '2024' GROUP BY mon ORDER BY mon"),
("time", "How many shipments did we ship each year?",
 "SELECT strftime('%Y', shipped_at) AS yr, COUNT(*) AS shipments FROM shpmt "
 "WHERE shipped_at IS NOT NULL GROUP BY yr ORDER BY yr"),
("time", "What was revenue per quarter in 2024?",
 "SELECT (CAST(strftime('%m', billed_on) AS INTEGER) + 2) / 3 AS qtr, SUM(chg_cents) / 100.0 AS revenue FROM cust_chg "
 "WHERE strftime('%Y', billed_on) = '2024' GROUP BY qtr ORDER BY qtr"),
("time", "how many shipments went out in Q4 2023",
 "SELECT COUNT(*) FROM shpmt WHERE shipped_at >= '2023-10-01' AND shipped_at < '2024-01-01'"),
("time", "Revenue over the last 6 months?",
 "SELECT SUM(chg_cents) / 100.0 FROM cust_chg WHERE billed_on > date((SELECT MAX(billed_on) FROM cust_chg), '-6 months')"),
("time", "on-time delivery rate by month for 2024",
 "SELECT strftime('%m', s.shipped_at) AS mon, " + OT + " AS on_time_rate FROM shpmt s "
 "WHERE s.stat_cd = 'DLV' AND strftime('%Y', s.shipped_at) = '2024' GROUP BY mon ORDER BY mon"),
("time", "What did we spend with carriers each month in 2025?",
 "SELECT strftime('%m', s.shipped_at) AS mon, SUM(f.cost_cents) / 100.0 AS carrier_spend FROM frt_cost f "
 "JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE strftime('%Y', s.shipped_at) = '2025' GROUP BY mon ORDER BY mon"),
("time", "number of claims filed per year",
 "SELECT strftime('%Y', filed_on) AS yr, COUNT(*) AS claims FROM claim GROUP BY yr ORDER BY yr"),
("time", "Average transit time in days by quarter in 2024",
 "SELECT (CAST(strftime('%m', s.shipped_at) AS INTEGER) + 2) / 3 AS qtr, AVG(" + TRANSIT + ") AS avg_transit_days "
 "FROM shpmt s WHERE s.stat_cd = 'DLV' AND strftime('%Y', s.shipped_at) = '2024' GROUP BY qtr ORDER BY qtr"),
("time", "margin by year",
 "WITH rev AS (SELECT strftime('%Y', billed_on) AS yr, SUM(chg_cents) / 100.0 AS revenue FROM cust_chg GROUP BY yr), "
 "cost AS (SELECT strftime('%Y', s.shipped_at) AS yr, SUM(f.cost_cents) / 100.0 AS carrier_cost FROM frt_cost f "
 "JOIN shpmt s ON s.shpmt_id = f.shpmt_id GROUP BY yr) "
 "SELECT rev.yr, rev.revenue - cost.carrier_cost AS margin FROM rev JOIN cost ON cost.yr = rev.yr ORDER BY rev.yr"),
("time", "how many shipments in the last 3 months",
 "SELECT COUNT(*) FROM shpmt WHERE date(shipped_at) > date((SELECT MAX(shipped_at) FROM shpmt), '-3 months')"),
("time", "How many customers were onboarded each year?",
 "SELECT strftime('%Y', onboarded_on) AS yr, COUNT(*) AS customers FROM cust GROUP BY yr ORDER BY yr"),
# ---------------- measures (9)
("measures", "What's our total revenue to date?",
 "SELECT SUM(chg_cents) / 100.0 FROM cust_chg"),
("measures", "overall on time rate",
 "SELECT " + OT + " FROM shpmt s WHERE s.stat_cd = 'DLV'"),
("measures", "What's the average transit time in days?",
 "SELECT AVG(" + TRANSIT + ") FROM shpmt s WHERE s.stat_cd = 'DLV'"),
("measures", "total carrier spend in 2024",
 "SELECT SUM(f.cost_cents) / 100.0 FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
 "WHERE strftime('%Y', s.shipped_at) = '2024'"),
("measures", "What's the average weight of a shipment in lbs?",
 "SELECT AVG(tot_wt_lb) FROM shpmt WHERE shipped_at IS NOT NULL"),
("measures", "How much do customers still owe us on unpaid charges?",
 "SELECT SUM(chg_cents) / 100.0 FROM cust_chg WHERE paid_on IS NULL"),
("measures", "total amount we've paid out on claims",
 "SELECT SUM(settled_usd) FROM claim WHERE claim_stat = 'PAID'"),
("measures", "What percent of shipments go to residential addresses?",
 "SELECT ROUND(100.0 * SUM(resi_flg = 1) / COUNT(*), 2) FROM shpmt WHERE shipped_at IS NOT NULL"),
("measures", "avg charge per shipment?",
 "SELECT AVG(chg_cents) / 100.0 FROM cust_chg"),
# ---------------- filters (7)
("filters", "How many shipments went to Texas in 2024?",
 "SELECT COUNT(*) FROM shpmt WHERE dest_st_cd = 'TX' AND strftime('%Y', shipped_at) = '2024'"),
("filters", "revenue from gold tier customers",
 "SELECT SUM(c.chg_cents) / 100.0 FROM cust_chg c JOIN shpmt s ON s.shpmt_id = c.shpmt_id "
 "JOIN cust u ON u.cust_no = s.cust_no JOIN cust_tier t ON t.tier_cd = u.tier_cd WHERE t.tier_desc = 'Gold'"),
("filters", "What's the on-time rate for USPS?",
 "SELECT " + OT + " FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 "WHERE s.stat_cd = 'DLV' AND c.carrier_nm = 'US Postal Service'"),
("filters", "how many shipments got cancelled",
 "SELECT COUNT(*) FROM shpmt WHERE stat_cd = 'CNL'"),
("filters", "How many claims are still open and what's the total claimed on them?",
 "SELECT COUNT(*) AS open_claims, SUM(claim_amt_usd) AS claimed_usd FROM claim WHERE claim_stat = 'OPEN'"),
("filters", "number of shipments out of the Dallas Hub in 2024",
 "SELECT COUNT(*) FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
 "WHERE w.whse_nm = 'Dallas Hub' AND strftime('%Y', s.shipped_at) = '2024'"),
("filters", "How many shipments weighed over 1,000 lbs?",
 "SELECT COUNT(*) FROM shpmt WHERE shipped_at IS NOT NULL AND tot_wt_lb > 1000"),
# ---------------- topn (6)
("topn", "top 5 customers by revenue in 2024",
 "SELECT u.cust_nm, SUM(c.chg_cents) / 100.0 AS revenue FROM cust_chg c JOIN shpmt s ON s.shpmt_id = c.shpmt_id "
 "JOIN cust u ON u.cust_no = s.cust_no WHERE strftime('%Y', c.billed_on) = '2024' "
 "GROUP BY u.cust_no ORDER BY revenue DESC LIMIT 5"),
("topn", "Which 3 carriers handled the most shipments in 2024?",
 "SELECT c.carrier_nm, COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 "WHERE strftime('%Y', s.shipped_at) = '2024' GROUP BY c.carrier_nm ORDER BY shipments DESC LIMIT 3"),
("topn", "top 5 destination states by number of shipments",
 "SELECT dest_st_cd, COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL "
 "GROUP BY dest_st_cd ORDER BY shipments DESC LIMIT 5"),
("topn", "Which 3 warehouses cost us the most in carrier spend?",
 "SELECT w.whse_nm, SUM(f.cost_cents) / 100.0 AS carrier_spend FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
 "JOIN whse w ON w.whse_id = s.orig_whse_id GROUP BY w.whse_nm ORDER BY carrier_spend DESC LIMIT 3"),
("topn", "3 slowest carriers by avg transit time",
 "SELECT c.carrier_nm, AVG(" + TRANSIT + ") AS avg_transit_days FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 "WHERE s.stat_cd = 'DLV' GROUP BY c.carrier_nm ORDER BY avg_transit_days DESC LIMIT 3"),
("topn", "Top 5 customers by total claim amount filed",
 "SELECT u.cust_nm, SUM(k.claim_amt_usd) AS claimed FROM claim k JOIN shpmt s ON s.shpmt_id = k.shpmt_id "
 "JOIN cust u ON u.cust_no = s.cust_no GROUP BY u.cust_no ORDER BY claimed DESC LIMIT 5"),
# ---------------- breakdowns (6)
("breakdowns", "shipment count by carrier",
 "SELECT c.carrier_nm, COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 "WHERE s.shipped_at IS NOT NULL GROUP BY c.carrier_nm"),
("breakdowns", "What's the on-time rate for each service level?",
 "SELECT v.svc_desc, " + OT + " AS on_time_rate FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd "
 "WHERE s.stat_cd = 'DLV' GROUP BY v.svc_desc"),
("breakdowns", "revenue by customer tier",
 "SELECT t.tier_desc, SUM(c.chg_cents) / 100.0 AS revenue FROM cust_chg c JOIN shpmt s ON s.shpmt_id = c.shpmt_id "
 "JOIN cust u ON u.cust_no = s.cust_no JOIN cust_tier t ON t.tier_cd = u.tier_cd GROUP BY t.tier_desc"),
("breakdowns", "carrier costs split by cost type",
 "SELECT cost_type_cd, SUM(cost_cents) / 100.0 AS cost FROM frt_cost GROUP BY cost_type_cd"),
("breakdowns", "How many claims of each type have we had?",
 "SELECT claim_type_cd, COUNT(*) AS claims FROM claim GROUP BY claim_type_cd"),
("breakdowns", "2024 shipments per warehouse",
 "SELECT w.whse_nm, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
 "WHERE strftime('%Y', s.shipped_at) = '2024' GROUP BY w.whse_nm"),
# ---------------- tricky (3)
("tricky", "How many customers haven't shipped anything in 2025?",
 "SELECT COUNT(*) FROM cust u WHERE NOT EXISTS (SELECT 1 FROM shpmt s WHERE s.cust_no = u.cust_no "
 "AND s.shipped_at >= '2025-01-01')"),
("tricky", "how many delivered shipments arrived more than 2 days after the promised date",
 "SELECT COUNT(*) FROM shpmt WHERE stat_cd = 'DLV' AND julianday(date(delivered_at)) - julianday(promised_dt) > 2"),
("tricky", "XPO's on-time rate before vs. after July 2024",
 "SELECT CASE WHEN s.shipped_at < '2024-07-01' THEN 'before' ELSE 'after' END AS period, " + OT + " AS on_time_rate "
 "FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd WHERE s.stat_cd = 'DLV' AND c.carrier_nm = 'XPO Logistics' "
 "GROUP BY period"),
# ---------------- simple (2)
("simple", "How many carriers do we work with?",
 "SELECT COUNT(*) FROM carrier"),
("simple", "list the warehouses and the city each one is in",
 "SELECT whse_nm, city_nm FROM whse"),
]

NOSHOW = "100.0 * SUM(a.appt_stat_cd = 'NOS') / SUM(a.appt_stat_cd IN ('CMP', 'NOS'))"
DENIAL = "100.0 * SUM(c.clm_stat_cd = 'DEN') / SUM(c.clm_stat_cd IN ('PAID', 'DEN'))"
# age at 2024-12-31: every birthday of 2024 has passed by Dec 31, so age = 2024 - birth year
AGE = "(2024 - CAST(strftime('%Y', p.birth_dt) AS INTEGER))"

QUESTIONS["clinic"] = [
# ---------------- time (12)
("time", "visits per month in 2024",
 "SELECT strftime('%m', appt_dt) AS mon, COUNT(*) AS visits FROM appt "
 "WHERE appt_stat_cd = 'CMP' AND strftime('%Y', appt_dt) = '2024' GROUP BY mon ORDER BY mon"),
("time", "How many appointments did we have each year?",
 "SELECT strftime('%Y', appt_dt) AS yr, COUNT(*) AS appointments FROM appt GROUP BY yr ORDER BY yr"),
("time", "What was production by quarter in 2024?",
 "SELECT (CAST(strftime('%m', a.appt_dt) AS INTEGER) + 2) / 3 AS qtr, SUM(v.chg_amt) AS production "
 "FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id WHERE strftime('%Y', a.appt_dt) = '2024' "
 "GROUP BY qtr ORDER BY qtr"),
("time", "colections by month for 2023",
 "SELECT strftime('%m', pmt_ts) AS mon, SUM(pmt_amt) AS collections FROM pmt "
 "WHERE strftime('%Y', pmt_ts) = '2023' GROUP BY mon ORDER BY mon"),
("time", "How many new patients did we register each year since 2022?",
 "SELECT strftime('%Y', reg_on) AS yr, COUNT(*) AS new_patients FROM pt "
 "WHERE reg_on >= '2022-01-01' GROUP BY yr ORDER BY yr"),
("time", "no show rate by month in 2024",
 "SELECT strftime('%m', a.appt_dt) AS mon, " + NOSHOW + " AS no_show_rate FROM appt a "
 "WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY mon ORDER BY mon"),
("time", "How many visits did we do in Q3 2024?",
 "SELECT COUNT(*) FROM appt WHERE appt_stat_cd = 'CMP' AND appt_dt BETWEEN '2024-07-01' AND '2024-09-30'"),
("time", "total collections over the last 6 months",
 "SELECT SUM(pmt_amt) FROM pmt WHERE date(pmt_ts) > date((SELECT MAX(pmt_ts) FROM pmt), '-6 months')"),
("time", "What was the claim denial rate each quarter of 2023?",
 "SELECT (CAST(strftime('%m', c.submitted_on) AS INTEGER) + 2) / 3 AS qtr, " + DENIAL + " AS denial_rate "
 "FROM clm c WHERE strftime('%Y', c.submitted_on) = '2023' GROUP BY qtr ORDER BY qtr"),
("time", "avg claim processing time in days, by year",
 "SELECT strftime('%Y', submitted_on) AS yr, AVG(julianday(adjud_dt) - julianday(submitted_on)) AS avg_days "
 "FROM clm WHERE adjud_dt IS NOT NULL GROUP BY yr ORDER BY yr"),
("time", "flu shot visits per month in 2023",
 "SELECT strftime('%m', a.appt_dt) AS mon, COUNT(*) AS flu_shot_visits FROM appt a "
 "JOIN appt_type t ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd "
 "WHERE t.type_desc = 'Flu shot' AND a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2023' "
 "GROUP BY mon ORDER BY mon"),
("time", "How much did we bill insurers each year?",
 "SELECT strftime('%Y', submitted_on) AS yr, SUM(billed_cents) / 100.0 AS billed FROM clm GROUP BY yr ORDER BY yr"),
# ---------------- measures (9)
("measures", "What were total collections in 2024?",
 "SELECT SUM(pmt_amt) FROM pmt WHERE strftime('%Y', pmt_ts) = '2024'"),
("measures", "overall no-show rate",
 "SELECT " + NOSHOW + " FROM appt a"),
("measures", "What's our claim denial rate?",
 "SELECT " + DENIAL + " FROM clm c"),
("measures", "average claim processing time in days",
 "SELECT AVG(julianday(adjud_dt) - julianday(submitted_on)) FROM clm WHERE adjud_dt IS NOT NULL"),
("measures", "What's the average age of our patients?",
 "SELECT AVG(" + AGE + ") FROM pt p"),
("measures", "total production for 2024",
 "SELECT SUM(v.chg_amt) FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id WHERE strftime('%Y', a.appt_dt) = '2024'"),
("measures", "What's the average charge per visit?",
 "SELECT SUM(v.chg_amt) / COUNT(DISTINCT a.appt_id) FROM appt a JOIN visit_proc v ON v.appt_id = a.appt_id "
 "WHERE a.appt_stat_cd = 'CMP'"),
("measures", "how much did insurers pay us on claims submitted in 2024",
 "SELECT SUM(paid_cents) / 100.0 FROM clm WHERE strftime('%Y', submitted_on) = '2024'"),
("measures", "What percentage of collections come from patients rather than insurance?",
 "SELECT 100.0 * SUM(CASE WHEN pmt_src_cd = 'PT' THEN pmt_amt ELSE 0 END) / SUM(pmt_amt) FROM pmt"),
# ---------------- filters (7)
("filters", "How many visits did Austin North have in 2024?",
 "SELECT COUNT(*) FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
 "WHERE l.clin_nm = 'Austin North' AND a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024'"),
("filters", "no-show rate at Dallas Uptown",
 "SELECT " + NOSHOW + " FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd WHERE l.clin_nm = 'Dallas Uptown'"),
("filters", "How many claims has Aetna denied?",
 "SELECT COUNT(*) FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id WHERE i.payer_nm = 'Aetna' AND c.clm_stat_cd = 'DEN'"),
("filters", "dental production in 2024",
 "SELECT SUM(v.chg_amt) FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
 "WHERE a.svc_line_cd = 'DEN' AND strftime('%Y', a.appt_dt) = '2024'"),
("filters", "How many of our patients live in Oklahoma?",
 "SELECT COUNT(*) FROM pt WHERE st_cd = 'OK'"),
("filters", "how many patient payments over $1,000 have we received?",
 "SELECT COUNT(*) FROM pmt WHERE pmt_src_cd = 'PT' AND pmt_amt > 1000"),
("filters", "how many appointments were cancelled in 2024",
 "SELECT COUNT(*) FROM appt WHERE appt_stat_cd = 'CXL' AND strftime('%Y', appt_dt) = '2024'"),
# ---------------- topn (6)
("topn", "Top 5 providers by number of visits in 2024",
 "SELECT p.first_nm || ' ' || p.last_nm AS provider, COUNT(*) AS visits FROM appt a JOIN prov p ON p.prov_npi = a.prov_npi "
 "WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY a.prov_npi ORDER BY visits DESC LIMIT 5"),
("topn", "which 3 insurers paid us the most on 2024 claims?",
 "SELECT i.payer_nm, SUM(c.paid_cents) / 100.0 AS insurer_paid FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id "
 "WHERE strftime('%Y', c.submitted_on) = '2024' GROUP BY i.payer_nm ORDER BY insurer_paid DESC LIMIT 3"),
("topn", "top 5 procedures by total charges",
 "SELECT m.proc_desc, SUM(v.chg_amt) AS charges FROM visit_proc v JOIN proc_mstr m ON m.proc_cd = v.proc_cd "
 "GROUP BY m.proc_desc ORDER BY charges DESC LIMIT 5"),
("topn", "Which 3 clinics have the worst no-show rate?",
 "SELECT l.clin_nm, " + NOSHOW + " AS no_show_rate FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
 "GROUP BY l.clin_nm ORDER BY no_show_rate DESC LIMIT 3"),
("topn", "top 3 reasons claims get denied",
 "SELECT d.den_rsn_desc, COUNT(*) AS denials FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd "
 "WHERE c.clm_stat_cd = 'DEN' GROUP BY d.den_rsn_desc ORDER BY denials DESC LIMIT 3"),
("topn", "Which 3 clinics did the most visits in 2024?",
 "SELECT l.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
 "WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY l.clin_nm ORDER BY visits DESC LIMIT 3"),
# ---------------- breakdowns (6)
("breakdowns", "2024 visits by clinic",
 "SELECT l.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
 "WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY l.clin_nm"),
("breakdowns", "What's the denial rate for each insurer?",
 "SELECT i.payer_nm, " + DENIAL + " AS denial_rate FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id GROUP BY i.payer_nm"),
("breakdowns", "production by procedure category",
 "SELECT m.proc_cat, SUM(v.chg_amt) AS production FROM visit_proc v JOIN proc_mstr m ON m.proc_cd = v.proc_cd "
 "GROUP BY m.proc_cat"),
("breakdowns", "How many 2024 appointments ended up in each status?",
 "SELECT s.stat_desc, COUNT(*) AS appointments FROM appt a JOIN appt_stat s ON s.appt_stat_cd = a.appt_stat_cd "
 "WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY s.stat_desc"),
("breakdowns", "collections by payment method",
 "SELECT pay_mthd_cd, SUM(pmt_amt) AS collections FROM pmt GROUP BY pay_mthd_cd"),
("breakdowns", "how many providers do we have per specialty",
 "SELECT s.spec_nm, COUNT(*) AS providers FROM prov p JOIN spec_lkp s ON s.spec_cd = p.spec_cd GROUP BY s.spec_nm"),
# ---------------- tricky (3)
("tricky", "How many registered patients have never had a completed visit?",
 "SELECT COUNT(*) FROM pt p WHERE NOT EXISTS (SELECT 1 FROM appt a WHERE a.pt_id = p.pt_id AND a.appt_stat_cd = 'CMP')"),
("tricky", "Which provider has the highest no-show rate?",
 "SELECT p.first_nm || ' ' || p.last_nm AS provider, " + NOSHOW + " AS no_show_rate FROM appt a "
 "JOIN prov p ON p.prov_npi = a.prov_npi GROUP BY a.prov_npi ORDER BY no_show_rate DESC LIMIT 1"),
("tricky", "how many claims have been pending for more than 30 days",
 "SELECT COUNT(*) FROM clm WHERE clm_stat_cd = 'PEND' AND submitted_on < date('2024-12-31', '-30 days')"),
# ---------------- simple (2)
("simple", "How many clinics do we have?",
 "SELECT COUNT(*) FROM clin_loc"),
("simple", "list all the insurance companies we work with",
 "SELECT payer_nm FROM ins_co"),
]

# ======================================================================
# checks
# ======================================================================
LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*;?\s*$", re.I)


def check_db(db, qs, db_path):
    errs = []
    kinds = {}
    for i, item in enumerate(qs):
        kinds[item[0]] = kinds.get(item[0], 0) + 1
    for k, n in KIND_COUNTS.items():
        if kinds.get(k, 0) != n:
            errs.append(f"{db}: kind {k} has {kinds.get(k, 0)} questions, want {n}")
    extra = set(kinds) - set(KIND_COUNTS)
    if extra:
        errs.append(f"{db}: unknown kinds {sorted(extra)}")
    if len(qs) != sum(KIND_COUNTS.values()):
        errs.append(f"{db}: {len(qs)} questions, want {sum(KIND_COUNTS.values())}")
    seen = set()
    for i, item in enumerate(qs):
        key = re.sub(r"\W+", " ", item[1].lower()).strip()
        if key in seen:
            errs.append(f"{db}[{i}]: duplicate question {item[1]!r}")
        seen.add(key)
    con = sqlite3.connect(db_path)
    for i, item in enumerate(qs):
        kind, question, query = item[0], item[1], item[2]
        tag = f"{db}[{i}] ({kind}) {question!r}"
        try:
            rows = con.execute(query).fetchall()
        except sqlite3.Error as e:
            errs.append(f"{tag}: SQL error {e}")
            continue
        if not rows:
            errs.append(f"{tag}: no rows")
            continue
        if all(v is None for r in rows for v in r):
            errs.append(f"{tag}: only NULLs")
            continue
        m = LIMIT_RE.search(query)
        if m:
            n = int(m.group(1))
            full = con.execute(query[:m.start()]).fetchall()
            if len(full) > n and full[n - 1][-1] == full[n][-1]:
                errs.append(f"{tag}: tie at the LIMIT {n} cut on the last column "
                            f"({full[n - 1]!r} vs {full[n]!r})")
    con.close()
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True, help="directory holding <db>/<db>.sqlite")
    args = ap.parse_args()
    out_dir = os.path.dirname(os.path.abspath(__file__))
    all_errs = []
    for db in DBS:
        path = os.path.join(args.dir, db, db + ".sqlite")
        if not os.path.exists(path):
            all_errs.append(f"{db}: missing database {path}")
            continue
        all_errs += check_db(db, QUESTIONS.get(db, []), path)
    if all_errs:
        for e in all_errs:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(all_errs)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    for db in DBS:
        qs = QUESTIONS[db]
        data = [{"question": q[1], "db_id": db, "query": q[2]} for q in qs]
        kinds = {str(i): q[0] for i, q in enumerate(qs)}
        with open(os.path.join(out_dir, f"{db}_v3.json"), "w") as f:
            json.dump(data, f, indent=2)
        with open(os.path.join(out_dir, f"{db}_v3_kinds.json"), "w") as f:
            json.dump(kinds, f, indent=2)
        print(f"{db}: {len(qs)} questions written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
