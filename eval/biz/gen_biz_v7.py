#!/usr/bin/env python3
"""gen_biz_v7.py -- 45 evaluation questions (with gold SQL) per business database.

Usage: python3 gen_biz_v7.py [--dir DIR]      (default DIR = /tmp/blind21/biz)
Reads DIR/<name>/<name>.sqlite for name in hr, subs, logistics, clinic and writes
DIR/<name>_v7.json        [{"question", "db_id": "<name>", "query"}, ...]
DIR/<name>_v7_kinds.json  {"<index>": kind}
Nothing is written unless EVERY gold query (all four databases) runs and returns a
non-empty, not-all-NULL result with no tie at a LIMIT cut-off.

Per database: time 12, measures 9, filters 7, topn 6, breakdowns 6, tricky 3, simple 2;
more than half of the queries touch one table or one join (checked at run time).

DECISIONS (my own, on top of DESCRIPTIONS.md)
- Data end / "now": hr, subs, clinic 2024-12-31; logistics 2025-06-30. "Right now",
  "current", "today" = the current-state columns (emp_stat_cd, subscr.stat, shpmt.stat_cd,
  claim_stat, clm_stat_cd, prov.term_on ...). "This year" = calendar year of the data's last
  date (logistics: 2025, year to date). Named years/quarters use explicit calendar bounds.
- "Last N months" = (MAX(date column of that fact) - N months, MAX]:
  col > date((SELECT MAX(col) FROM t), '-N months'); for timestamp columns both sides are
  taken as dates: date(col) > date(MAX(col), '-N months').
- Quarters are calendar quarters. hr/subs/logistics label them 'YYYY-Qn'; clinic returns
  the quarter number 1-4 (plus a separate year column when the range spans years).
  Half years are labelled 'YYYY-H1' / 'YYYY-H2'.
- Months: 'MM' (strftime('%m')) when the question is inside one year or pools years,
  'YYYY-MM' when it spans years. Weekdays by English name via CASE strftime('%w').
- Rounding: hr/subs/logistics -> percentages (0-100), averages and money ROUND(x, 2).
  clinic -> money sums ROUND(x, 2); percentages and averages unrounded (clinic convention).
  Money from *_cents is / 100.0. YoY % = (current - previous) / previous * 100.
- Output columns: lists return the display name (employee / account / customer / provider
  name, plan_nm, cmp_nm, payer_nm, ...) plus only the attribute the question asks about;
  breakdowns return the dimension then the measure(s); top-N and "which X has the most Y"
  return the name and the ranking measure LAST (ORDER BY measure, LIMIT N; ties at the
  cut are rejected by the validator). Codes are returned as-is where users speak in codes:
  hr gender_cd / ctry_iso2, subs seg_cd / sales_rgn / ticket cat_cd, logistics dest_st_cd /
  cost_type_cd / mode_cd, clinic svc_line_cd / payer_type_cd / pmt_src_cd / pay_mthd_cd.
- hr: headcount = emp_stat_cd IN ('ACT','LOA'); salary = latest comp_hist row per
  employee; leavers by term_on, hires by hire_on; headcount at date d = hire_on <= d AND
  (term_on IS NULL OR term_on > d); turnover % = leavers in year / headcount on Jan 1;
  time off taken = APPR requests' days_cnt by start_dt (denied/cancelled counts by start_dt
  too); tenure in years = (2024-12-31 - hire_on) / 365.25; "lost people" = leavers.
  "Direct reports" = current employees whose mgr_emp_id is the manager.
- subs: MRR = SUM(mrr_usd) of ACTV; ARR = 12 x MRR; paying customers = DISTINCT acct_id of
  ACTV subs; average MRR per customer = MRR / paying customers; revenue = total_usd of
  paid invoices by paid_at; owed = paid_at IS NULL; churn = CANC by ended_on; customers at
  the start of a period = started_on < start AND (ended_on IS NULL OR ended_on >= start);
  a lead's channel = its campaign's channel, so channel questions leave organic leads out;
  cost per lead of a campaign = spend / its leads (campaigns with >= 1 lead); "came back" =
  a CANC subscription followed by another subscription of the same account starting on or
  after its end date; resolution hours = (closed_at - opened_at) * 24, open tickets ignored.
- logistics: shipments counted by shipped_at (NULL = never shipped); revenue = chg_cents
  by billed_on; carrier spend = frt_cost by the shipment's shipped_at; margin = revenue -
  carrier spend, each dated by its own rule; on-time % = DLV with date(delivered_at) <=
  promised_dt / DLV, dated by shipped_at when a period is given; transit days =
  julianday(delivered_at) - julianday(shipped_at) over DLV; cancelled orders never ship so
  they are dated by created_at; claim rate = shipments shipped in the period with >= 1
  claim / shipments shipped in the period.
- clinic: appointments = appt rows of any status by appt_dt, visits = CMP; production =
  SUM(visit_proc.chg_amt) by appt_dt; collections = SUM(pmt_amt) by pmt_ts; insurer paid /
  billed = paid_cents / billed_cents / 100 by submitted_on; no-show % = NOS / (CMP + NOS);
  denial % = DEN / (PAID + DEN); processing days = adjud_dt - submitted_on (adjudicated
  claims); age at 2024-12-31 = 2024 - birth year (exact, as Dec 31 ends the year);
  procedure counts = SUM(units); "booked" future appointments = SCH; collection ratio =
  2024 collections / 2024 production.
"""
import argparse, json, os, re, sqlite3, sys

# ---------------------------------------------------------------- hr
# salary = latest comp_hist row; headcount = ACT + LOA
HR_SAL = ("JOIN comp_hist c ON c.emp_id = e.emp_id AND c.eff_dt = "
          "(SELECT MAX(c2.eff_dt) FROM comp_hist c2 WHERE c2.emp_id = e.emp_id)")
HR_HC = "e.emp_stat_cd IN ('ACT','LOA')"

HR = [
# ---- simple (2)
("simple", "How many departments do we have?",
 "SELECT COUNT(*) AS departments FROM org_unit"),
("simple", "list our office locations w/ city and country",
 "SELECT city_nm, ctry_iso2 FROM work_loc ORDER BY city_nm"),

# ---- measures (9)
("measures", "What's our current headcount?",
 f"SELECT COUNT(*) AS headcount FROM emp e WHERE {HR_HC}"),
("measures", "What is total annual payroll for the people we employ today?",
 f"SELECT SUM(c.base_sal_usd) AS payroll_usd FROM emp e {HR_SAL} WHERE {HR_HC}"),
("measures", "avg base salary across the company right now?",
 f"SELECT ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e {HR_SAL} WHERE {HR_HC}"),
("measures", "How many employees are out on leave of absence at the moment?",
 "SELECT COUNT(*) AS on_leave FROM emp WHERE emp_stat_cd = 'LOA'"),
("measures", "What percent of our current workforce is remote?",
 f"SELECT ROUND(100.0 * SUM(e.remote_flg) / COUNT(*), 2) AS remote_pct FROM emp e WHERE {HR_HC}"),
("measures", "What was the average performance rating in the FY2024 review cycle?",
 "SELECT ROUND(AVG(rating_num), 2) AS avg_rating FROM perf_rvw WHERE rvw_cycle = 'FY2024'"),
("measures", "Total days of time off taken in 2024?",
 "SELECT SUM(days_cnt) AS days_taken FROM pto_req WHERE req_stat = 'APPR' "
 "AND start_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
("measures", "What's the average tenure in years of our current employees as of end of 2024?",
 f"SELECT ROUND(AVG((julianday('2024-12-31') - julianday(e.hire_on)) / 365.25), 2) AS avg_tenure_years "
 f"FROM emp e WHERE {HR_HC}"),
("measures", "What's the average bonus target % for current staff?",
 f"SELECT ROUND(AVG(c.bonus_tgt_pct), 2) AS avg_bonus_target_pct FROM emp e {HR_SAL} WHERE {HR_HC}"),

# ---- filters (7)
("filters", "Which current employees are based in the Berlin office?",
 f"SELECT e.first_nm || ' ' || e.last_nm AS employee FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
 f"WHERE l.city_nm = 'Berlin' AND {HR_HC} ORDER BY employee"),
("filters", "Who in Engineering makes over $200k?",
 f"SELECT e.first_nm || ' ' || e.last_nm AS employee, c.base_sal_usd FROM emp e {HR_SAL} "
 f"JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE o.dept_nm = 'Engineering' AND {HR_HC} "
 f"AND c.base_sal_usd > 200000 ORDER BY c.base_sal_usd DESC"),
("filters", "how many part-timers do we currently have in Customer Support?",
 f"SELECT COUNT(*) AS part_timers FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 f"WHERE o.dept_nm = 'Customer Support' AND e.emp_type_cd = 'PT' AND {HR_HC}"),
("filters", "Which employees got the lowest rating (1) in the FY2024 reviews?",
 "SELECT e.first_nm || ' ' || e.last_nm AS employee FROM perf_rvw r JOIN emp e ON e.emp_id = r.emp_id "
 "WHERE r.rvw_cycle = 'FY2024' AND r.rating_num = 1 ORDER BY employee"),
("filters", "How many people quit voluntarily in 2024?",
 "SELECT COUNT(*) AS voluntary_leavers FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd "
 "WHERE t.vol_flg = 1 AND e.term_on BETWEEN '2024-01-01' AND '2024-12-31'"),
("filters", "How many vacation requests got denied in 2023?",
 "SELECT COUNT(*) AS denied_requests FROM pto_req WHERE pto_type_cd = 'VAC' AND req_stat = 'DENY' "
 "AND start_dt BETWEEN '2023-01-01' AND '2023-12-31'"),
("filters", "Show me the remote employees in London hired since Jan 2023, with their hire dates",
 f"SELECT e.first_nm || ' ' || e.last_nm AS employee, e.hire_on FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
 f"WHERE l.city_nm = 'London' AND e.remote_flg = 1 AND e.hire_on >= '2023-01-01' AND {HR_HC} ORDER BY e.hire_on"),

# ---- topn (6)
("topn", "Top 5 highest paid employees?",
 f"SELECT e.first_nm || ' ' || e.last_nm AS employee, c.base_sal_usd FROM emp e {HR_SAL} WHERE {HR_HC} "
 f"ORDER BY c.base_sal_usd DESC LIMIT 5"),
("topn", "Which 3 departments lost the most people in 2023?",
 "SELECT o.dept_nm, COUNT(*) AS leavers FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 "WHERE e.term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY o.dept_nm ORDER BY leavers DESC LIMIT 3"),
("topn", "top 3 job titles by headcount",
 f"SELECT j.job_ttl_nm, COUNT(*) AS headcount FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
 f"WHERE {HR_HC} GROUP BY j.job_ttl_nm ORDER BY headcount DESC LIMIT 3"),
("topn", "Which manager has the most direct reports right now?",
 f"SELECT m.first_nm || ' ' || m.last_nm AS manager, COUNT(*) AS direct_reports FROM emp e "
 f"JOIN emp m ON m.emp_id = e.mgr_emp_id WHERE {HR_HC} GROUP BY m.emp_id ORDER BY direct_reports DESC LIMIT 1"),
("topn", "Who were the 3 people that took the most vacation days in 2024?",
 "SELECT e.first_nm || ' ' || e.last_nm AS employee, SUM(p.days_cnt) AS vacation_days FROM pto_req p "
 "JOIN emp e ON e.emp_id = p.emp_id WHERE p.pto_type_cd = 'VAC' AND p.req_stat = 'APPR' "
 "AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY p.emp_id ORDER BY vacation_days DESC LIMIT 3"),
("topn", "Which 3 offices pay the highest average salary?",
 f"SELECT l.city_nm, ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e {HR_SAL} "
 f"JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE {HR_HC} GROUP BY l.city_nm ORDER BY avg_salary_usd DESC LIMIT 3"),

# ---- breakdowns (6)
("breakdowns", "Headcount by departmnet please",
 f"SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 f"WHERE {HR_HC} GROUP BY o.dept_nm ORDER BY headcount DESC"),
("breakdowns", "How many current employees do we have in each country?",
 f"SELECT l.ctry_iso2, COUNT(*) AS headcount FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
 f"WHERE {HR_HC} GROUP BY l.ctry_iso2 ORDER BY headcount DESC"),
("breakdowns", "Average salary by job family",
 f"SELECT j.job_family, ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e {HR_SAL} "
 f"JOIN job_ttl j ON j.job_cd = e.job_cd WHERE {HR_HC} GROUP BY j.job_family ORDER BY avg_salary_usd DESC"),
("breakdowns", "Break down everyone who left since 2022 by termination reason",
 "SELECT t.term_rsn_desc, COUNT(*) AS leavers FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd "
 "WHERE e.term_on >= '2022-01-01' GROUP BY t.term_rsn_desc ORDER BY leavers DESC"),
("breakdowns", "Gender split of current staff, with % of headcount",
 f"SELECT e.gender_cd, COUNT(*) AS headcount, "
 f"ROUND(100.0 * COUNT(*) / (SELECT COUNT(*) FROM emp x WHERE x.emp_stat_cd IN ('ACT','LOA')), 2) AS pct "
 f"FROM emp e WHERE {HR_HC} GROUP BY e.gender_cd ORDER BY headcount DESC"),
("breakdowns", "how were the FY2023 perf ratings distributed?",
 "SELECT rating_num, COUNT(*) AS reviews FROM perf_rvw WHERE rvw_cycle = 'FY2023' GROUP BY rating_num ORDER BY rating_num"),

# ---- time (12)
("time", "How many hires did we make each month in 2022?",
 "SELECT strftime('%m', hire_on) AS month, COUNT(*) AS hires FROM emp "
 "WHERE hire_on BETWEEN '2022-01-01' AND '2022-12-31' GROUP BY month ORDER BY month"),
("time", "how many ppl did we hire in the last 6 months",
 "SELECT COUNT(*) AS hires FROM emp WHERE hire_on > date((SELECT MAX(hire_on) FROM emp), '-6 months')"),
("time", "Hires by quarter in 2023 - how deep was the freeze?",
 "SELECT strftime('%Y', hire_on) || '-Q' || ((CAST(strftime('%m', hire_on) AS INTEGER) + 2) / 3) AS quarter, "
 "COUNT(*) AS hires FROM emp WHERE hire_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY quarter"),
("time", "Leavers per year 2022-2024, voluntary vs involuntary",
 "SELECT strftime('%Y', e.term_on) AS year, SUM(t.vol_flg = 1) AS voluntary, SUM(t.vol_flg = 0) AS involuntary "
 "FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE e.term_on BETWEEN '2022-01-01' AND '2024-12-31' "
 "GROUP BY year ORDER BY year"),
("time", "What was our turnover rate in each of 2022, 2023 and 2024?",
 "WITH yrs(y) AS (VALUES ('2022'), ('2023'), ('2024')) "
 "SELECT y AS year, ROUND(100.0 * (SELECT COUNT(*) FROM emp WHERE strftime('%Y', term_on) = y) / "
 "(SELECT COUNT(*) FROM emp WHERE hire_on <= y || '-01-01' AND (term_on IS NULL OR term_on > y || '-01-01')), 2) "
 "AS turnover_pct FROM yrs ORDER BY year"),
("time", "Sick days taken by month of the year, all years combined - when does it peak?",
 "SELECT strftime('%m', start_dt) AS month, SUM(days_cnt) AS sick_days FROM pto_req "
 "WHERE pto_type_cd = 'SICK' AND req_stat = 'APPR' GROUP BY month ORDER BY month"),
("time", "How many merit increases did we give each year since 2022?",
 "SELECT strftime('%Y', eff_dt) AS year, COUNT(*) AS merit_increases FROM comp_hist "
 "WHERE chg_rsn_cd = 'MERIT' AND eff_dt >= '2022-01-01' GROUP BY year ORDER BY year"),
("time", "What was headcount at the end of each quarter of 2024?",
 "WITH q(quarter, d) AS (VALUES ('2024-Q1','2024-03-31'), ('2024-Q2','2024-06-30'), ('2024-Q3','2024-09-30'), "
 "('2024-Q4','2024-12-31')) SELECT quarter, (SELECT COUNT(*) FROM emp WHERE hire_on <= d AND "
 "(term_on IS NULL OR term_on > d)) AS headcount FROM q ORDER BY quarter"),
("time", "Hiring 2024 vs 2023 - yoy % change?",
 "SELECT SUM(strftime('%Y', hire_on) = '2023') AS hires_2023, SUM(strftime('%Y', hire_on) = '2024') AS hires_2024, "
 "ROUND(100.0 * (SUM(strftime('%Y', hire_on) = '2024') - SUM(strftime('%Y', hire_on) = '2023')) / "
 "SUM(strftime('%Y', hire_on) = '2023'), 2) AS yoy_change_pct FROM emp"),
("time", "Vacation days taken in Q3 2024 compared with Q3 2023",
 "SELECT SUM(CASE WHEN start_dt BETWEEN '2023-07-01' AND '2023-09-30' THEN days_cnt END) AS q3_2023_days, "
 "SUM(CASE WHEN start_dt BETWEEN '2024-07-01' AND '2024-09-30' THEN days_cnt END) AS q3_2024_days "
 "FROM pto_req WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR'"),
("time", "Net headcount change per month in 2024 (hires minus leavers)",
 "SELECT strftime('%m', d) AS month, SUM(delta) AS net_change FROM (SELECT hire_on AS d, 1 AS delta FROM emp "
 "UNION ALL SELECT term_on, -1 FROM emp WHERE term_on IS NOT NULL) WHERE d BETWEEN '2024-01-01' AND '2024-12-31' "
 "GROUP BY month ORDER BY month"),
("time", "how many time off requests were submitted in the last 3 months?",
 "SELECT COUNT(*) AS requests FROM pto_req "
 "WHERE date(submitted_at) > date((SELECT MAX(submitted_at) FROM pto_req), '-3 months')"),

# ---- tricky (3)
("tricky", "How many people did the March 2023 layoff hit in each department?",
 "SELECT o.dept_nm, COUNT(*) AS laid_off FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
 "WHERE e.term_rsn_cd = 'LAY' AND e.term_on BETWEEN '2023-03-01' AND '2023-03-31' "
 "GROUP BY o.dept_nm ORDER BY laid_off DESC"),
("tricky", "Who heads each department and what do they earn?",
 "SELECT o.dept_nm, e.first_nm || ' ' || e.last_nm AS head, c.base_sal_usd FROM org_unit o "
 f"JOIN emp e ON e.emp_id = o.head_emp_id {HR_SAL} ORDER BY o.dept_nm"),
("tricky", "How many current employees haven't taken a single day off in 2024?",
 f"SELECT COUNT(*) AS employees FROM emp e WHERE {HR_HC} AND NOT EXISTS (SELECT 1 FROM pto_req p "
 "WHERE p.emp_id = e.emp_id AND p.req_stat = 'APPR' AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31')"),
]
# ---------------------------------------------------------------- subs
def _q(col):
    return (f"strftime('%Y', {col}) || '-Q' || ((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)")

SUBS = [
# ---- simple (2)
("simple", "Which plans are we currently selling?",
 "SELECT plan_nm FROM plan_cat WHERE active_flg = 1 ORDER BY plan_nm"),
("simple", "How many marketing campaigns have we run in total?",
 "SELECT COUNT(*) AS campaigns FROM mkt_cmp"),

# ---- measures (9)
("measures", "What's our MRR?",
 "SELECT ROUND(SUM(mrr_usd), 2) AS mrr_usd FROM subscr WHERE stat = 'ACTV'"),
("measures", "what is ARR today",
 "SELECT ROUND(12 * SUM(mrr_usd), 2) AS arr_usd FROM subscr WHERE stat = 'ACTV'"),
("measures", "How many paying customers do we have?",
 "SELECT COUNT(DISTINCT acct_id) AS paying_customers FROM subscr WHERE stat = 'ACTV'"),
("measures", "Total revenue collected in 2024?",
 "SELECT ROUND(SUM(total_usd), 2) AS revenue_usd FROM inv WHERE paid_at IS NOT NULL "
 "AND paid_at >= '2024-01-01' AND paid_at < '2025-01-01'"),
("measures", "How much do customers owe us right now in unpaid invoices?",
 "SELECT ROUND(SUM(total_usd), 2) AS outstanding_usd FROM inv WHERE paid_at IS NULL"),
("measures", "What's our overall signup-to-customer conversion rate?",
 "SELECT ROUND(100.0 * SUM(cnv_acct_id IS NOT NULL) / COUNT(*), 2) AS conversion_pct FROM mkt_lead"),
("measures", "Average CSAT score on support tickets?",
 "SELECT ROUND(AVG(csat_score), 2) AS avg_csat FROM sup_tkt WHERE csat_score IS NOT NULL"),
("measures", "What's the average MRR per paying customer?",
 "SELECT ROUND(SUM(mrr_usd) / COUNT(DISTINCT acct_id), 2) AS avg_mrr_per_customer FROM subscr WHERE stat = 'ACTV'"),
("measures", "How much did we spend on marketing campaigns in 2024?",
 "SELECT ROUND(SUM(spend_cents) / 100.0, 2) AS spend_usd FROM mkt_cmp "
 "WHERE launched_dt BETWEEN '2024-01-01' AND '2024-12-31'"),

# ---- filters (7)
("filters", "Which enterprise customers in Germany are currently paying?",
 "SELECT DISTINCT a.acct_nm FROM acct a JOIN subscr s ON s.acct_id = a.acct_id "
 "WHERE a.seg_cd = 'ENT' AND a.ctry_cd = 'DE' AND s.stat = 'ACTV' ORDER BY a.acct_nm"),
("filters", "how many P1 tickets are still open?",
 "SELECT COUNT(*) AS open_p1 FROM sup_tkt WHERE prio_cd = 'P1' AND closed_at IS NULL"),
("filters", "List unpaid invoices over $5k - invoice number, customer and amount",
 "SELECT i.inv_no, a.acct_nm, i.total_usd FROM inv i JOIN acct a ON a.acct_id = i.acct_id "
 "WHERE i.paid_at IS NULL AND i.total_usd > 5000 ORDER BY i.total_usd DESC"),
("filters", "How many customers cancelled in 2023 because we were too expensive?",
 "SELECT COUNT(DISTINCT s.acct_id) AS churned_customers FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd "
 "WHERE s.stat = 'CANC' AND r.rsn_desc = 'Too expensive' AND s.ended_on BETWEEN '2023-01-01' AND '2023-12-31'"),
("filters", "Which campaigns spent more than $50k?",
 "SELECT cmp_nm, ROUND(spend_cents / 100.0, 2) AS spend_usd FROM mkt_cmp WHERE spend_cents > 5000000 "
 "ORDER BY spend_usd DESC"),
("filters", "How many organic signups (no campaign) did we get from India in 2024?",
 "SELECT COUNT(*) AS signups FROM mkt_lead WHERE cmp_id IS NULL AND ctry_cd = 'IN' "
 "AND signup_ts >= '2024-01-01' AND signup_ts < '2025-01-01'"),
("filters", "Which mid-market accounts in the UK were created in 2024?",
 "SELECT acct_nm FROM acct WHERE seg_cd = 'MM' AND ctry_cd = 'GB' "
 "AND created_ts >= '2024-01-01' AND created_ts < '2025-01-01' ORDER BY acct_nm"),

# ---- topn (6)
("topn", "Top 5 custmers by MRR",
 "SELECT a.acct_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr_usd FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "WHERE s.stat = 'ACTV' GROUP BY a.acct_id ORDER BY mrr_usd DESC LIMIT 5"),
("topn", "Which 3 marketing channels brought the most signups in 2024?",
 "SELECT ch.channel_nm, COUNT(*) AS signups FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id "
 "JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd WHERE l.signup_ts >= '2024-01-01' AND l.signup_ts < '2025-01-01' "
 "GROUP BY ch.channel_nm ORDER BY signups DESC LIMIT 3"),
("topn", "top 3 countries by number of paying customers",
 "SELECT g.ctry_nm, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.ctry_nm ORDER BY paying_customers DESC LIMIT 3"),
("topn", "Which campaign had the cheapest cost per lead?",
 "SELECT c.cmp_nm, ROUND(c.spend_cents / 100.0 / COUNT(l.lead_id), 2) AS cost_per_lead FROM mkt_cmp c "
 "JOIN mkt_lead l ON l.cmp_id = c.cmp_id GROUP BY c.cmp_id ORDER BY cost_per_lead ASC LIMIT 1"),
("topn", "Which CSM looks after the most MRR?",
 "SELECT a.csm_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr_usd FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "WHERE s.stat = 'ACTV' AND a.csm_nm IS NOT NULL GROUP BY a.csm_nm ORDER BY mrr_usd DESC LIMIT 1"),
("topn", "Top 5 accounts by API calls in December 2024",
 "SELECT a.acct_nm, SUM(u.api_calls) AS api_calls FROM usage_dly u JOIN acct a ON a.acct_id = u.acct_id "
 "WHERE u.usage_dt BETWEEN '2024-12-01' AND '2024-12-31' GROUP BY a.acct_id ORDER BY api_calls DESC LIMIT 5"),

# ---- breakdowns (6)
("breakdowns", "MRR by customer segment",
 "SELECT a.seg_cd, ROUND(SUM(s.mrr_usd), 2) AS mrr_usd FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "WHERE s.stat = 'ACTV' GROUP BY a.seg_cd ORDER BY mrr_usd DESC"),
("breakdowns", "How many paying customers are on each plan?",
 "SELECT p.plan_nm, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
 "WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY paying_customers DESC"),
("breakdowns", "Churned customers by cancellation reason",
 "SELECT r.rsn_desc, COUNT(DISTINCT s.acct_id) AS churned_customers FROM subscr s "
 "JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd WHERE s.stat = 'CANC' GROUP BY r.rsn_desc ORDER BY churned_customers DESC"),
("breakdowns", "Support tickets by category in 2024 with avg resolution time in hrs",
 "SELECT cat_cd, COUNT(*) AS tickets, ROUND(AVG((julianday(closed_at) - julianday(opened_at)) * 24), 2) "
 "AS avg_resolution_hours FROM sup_tkt WHERE opened_at >= '2024-01-01' AND opened_at < '2025-01-01' "
 "GROUP BY cat_cd ORDER BY tickets DESC"),
("breakdowns", "Conversion rate by marketing channel",
 "SELECT ch.channel_nm, COUNT(*) AS signups, ROUND(100.0 * SUM(l.cnv_acct_id IS NOT NULL) / COUNT(*), 2) "
 "AS conversion_pct FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd "
 "GROUP BY ch.channel_nm ORDER BY conversion_pct DESC"),
("breakdowns", "MRR split by sales region",
 "SELECT g.sales_rgn, ROUND(SUM(s.mrr_usd), 2) AS mrr_usd FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
 "JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.sales_rgn ORDER BY mrr_usd DESC"),

# ---- time (12)
("time", "Signups per month in 2024",
 "SELECT strftime('%m', signup_ts) AS month, COUNT(*) AS signups FROM mkt_lead "
 "WHERE signup_ts >= '2024-01-01' AND signup_ts < '2025-01-01' GROUP BY month ORDER BY month"),
("time", "how many new customers did we add in the last 6 months?",
 "SELECT COUNT(*) AS new_customers FROM acct "
 "WHERE date(created_ts) > date((SELECT MAX(created_ts) FROM acct), '-6 months')"),
("time", "Revenue by quarter for 2024",
 f"SELECT {_q('paid_at')} AS quarter, ROUND(SUM(total_usd), 2) AS revenue_usd FROM inv "
 "WHERE paid_at >= '2024-01-01' AND paid_at < '2025-01-01' GROUP BY quarter ORDER BY quarter"),
("time", "Churned MRR each quarter of 2023",
 f"SELECT {_q('ended_on')} AS quarter, ROUND(SUM(mrr_usd), 2) AS churned_mrr_usd FROM subscr "
 "WHERE stat = 'CANC' AND ended_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY quarter ORDER BY quarter"),
("time", "Revenue 2024 vs 2023 - what's the yoy growth?",
 "SELECT ROUND(SUM(CASE WHEN paid_at >= '2023-01-01' AND paid_at < '2024-01-01' THEN total_usd END), 2) AS revenue_2023, "
 "ROUND(SUM(CASE WHEN paid_at >= '2024-01-01' AND paid_at < '2025-01-01' THEN total_usd END), 2) AS revenue_2024, "
 "ROUND(100.0 * (SUM(CASE WHEN paid_at >= '2024-01-01' AND paid_at < '2025-01-01' THEN total_usd END) - "
 "SUM(CASE WHEN paid_at >= '2023-01-01' AND paid_at < '2024-01-01' THEN total_usd END)) / "
 "SUM(CASE WHEN paid_at >= '2023-01-01' AND paid_at < '2024-01-01' THEN total_usd END), 2) AS yoy_growth_pct "
 "FROM inv WHERE paid_at IS NOT NULL"),
("time", "How many customers churned each month in 2024?",
 "SELECT strftime('%m', ended_on) AS month, COUNT(DISTINCT acct_id) AS churned_customers FROM subscr "
 "WHERE stat = 'CANC' AND ended_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month"),
("time", "Average daily active users by month in 2024",
 "SELECT strftime('%m', usage_dt) AS month, ROUND(AVG(dau), 2) AS avg_daily_active_users FROM "
 "(SELECT usage_dt, SUM(active_users) AS dau FROM usage_dly WHERE usage_dt BETWEEN '2024-01-01' AND '2024-12-31' "
 "GROUP BY usage_dt) GROUP BY month ORDER BY month"),
("time", "P1 tickets opened per month in 2023",
 "SELECT strftime('%m', opened_at) AS month, COUNT(*) AS p1_tickets FROM sup_tkt WHERE prio_cd = 'P1' "
 "AND opened_at >= '2023-01-01' AND opened_at < '2024-01-01' GROUP BY month ORDER BY month"),
("time", "How many customers did we have at the start of 2023 and at the start of 2024?",
 "WITH d(dt) AS (VALUES ('2023-01-01'), ('2024-01-01')) SELECT dt AS as_of, (SELECT COUNT(DISTINCT acct_id) "
 "FROM subscr WHERE started_on < dt AND (ended_on IS NULL OR ended_on >= dt)) AS customers FROM d ORDER BY dt"),
("time", "Avg ticket resolution time (hours) by quarter, 2023 through 2024",
 f"SELECT {_q('opened_at')} AS quarter, ROUND(AVG((julianday(closed_at) - julianday(opened_at)) * 24), 2) "
 "AS avg_resolution_hours FROM sup_tkt WHERE closed_at IS NOT NULL AND opened_at >= '2023-01-01' "
 "AND opened_at < '2025-01-01' GROUP BY quarter ORDER BY quarter"),
("time", "revenue over the last 12 months?",
 "SELECT ROUND(SUM(total_usd), 2) AS revenue_usd FROM inv WHERE paid_at IS NOT NULL "
 "AND date(paid_at) > date((SELECT MAX(paid_at) FROM inv), '-12 months')"),
("time", "Which days of the week get the most signups?",
 "SELECT CASE strftime('%w', signup_ts) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
 "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, "
 "COUNT(*) AS signups FROM mkt_lead GROUP BY weekday ORDER BY signups DESC"),

# ---- tricky (3)
("tricky", "How much MRR is sitting in paused subscriptions?",
 "SELECT ROUND(SUM(mrr_usd), 2) AS paused_mrr_usd FROM subscr WHERE stat = 'PAUS'"),
("tricky", "How many churned customers later came back with a new subscription?",
 "SELECT COUNT(DISTINCT c.acct_id) AS returning_customers FROM subscr c JOIN subscr n ON n.acct_id = c.acct_id "
 "AND n.sub_id <> c.sub_id AND n.started_on >= c.ended_on WHERE c.stat = 'CANC'"),
("tricky", "Which campaigns spent money but didn't produce a single signup?",
 "SELECT c.cmp_nm, ROUND(c.spend_cents / 100.0, 2) AS spend_usd FROM mkt_cmp c WHERE c.spend_cents > 0 "
 "AND NOT EXISTS (SELECT 1 FROM mkt_lead l WHERE l.cmp_id = c.cmp_id) ORDER BY c.cmp_nm"),
]
# ---------------------------------------------------------------- logistics
def _lq(col):
    return (f"strftime('%Y', {col}) || '-Q' || ((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)")
ONTIME = ("ROUND(100.0 * SUM(date(s.delivered_at) <= s.promised_dt) / COUNT(*), 2)")
Y24 = "s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01'"

LOG = [
# ---- simple (2)
("simple", "How many warehouses do we run?",
 "SELECT COUNT(*) AS warehouses FROM whse"),
("simple", "List our carriers and the transport mode each one covers",
 "SELECT carrier_nm, mode_cd FROM carrier ORDER BY carrier_nm"),

# ---- measures (9)
("measures", "How many shipments did we ship in 2024?",
 f"SELECT COUNT(*) AS shipments FROM shpmt s WHERE {Y24}"),
("measures", "Total revenue for 2024?",
 "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg "
 "WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31'"),
("measures", "What did we spend on carriers in 2024?",
 f"SELECT ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend_usd FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
 f"WHERE {Y24}"),
("measures", "What's our overall on-time delivery rate?",
 f"SELECT {ONTIME} AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV'"),
("measures", "avg transit time in days for delivered shipments?",
 "SELECT ROUND(AVG(julianday(delivered_at) - julianday(shipped_at)), 2) AS avg_transit_days FROM shpmt "
 "WHERE stat_cd = 'DLV'"),
("measures", "How much have we billed customers that hasn't been paid yet?",
 "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS unpaid_usd FROM cust_chg WHERE paid_on IS NULL"),
("measures", "Total $ paid out on claims so far",
 "SELECT ROUND(SUM(settled_usd), 2) AS settled_usd FROM claim WHERE claim_stat = 'PAID'"),
("measures", "Average shipment weight in lbs this year (2025 YTD)?",
 "SELECT ROUND(AVG(tot_wt_lb), 2) AS avg_weight_lb FROM shpmt WHERE shipped_at >= '2025-01-01' AND shipped_at < '2026-01-01'"),
("measures", "What was our margin in 2024?",
 "SELECT ROUND((SELECT SUM(chg_cents) FROM cust_chg WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31') / 100.0 - "
 f"(SELECT SUM(f.cost_cents) FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE {Y24}) / 100.0, 2) AS margin_usd"),

# ---- filters (7)
("filters", "How many shipments over 1,000 lbs did we send to Florida in Q1 2025?",
 "SELECT COUNT(*) AS shipments FROM shpmt WHERE dest_st_cd = 'FL' AND tot_wt_lb > 1000 AND shipped_at >= '2025-01-01' AND shipped_at < '2025-04-01'"),
("filters", "Show open claims over $500 - claim id, shipment ref and amount",
 "SELECT c.claim_id, s.ref_no, c.claim_amt_usd FROM claim c JOIN shpmt s ON s.shpmt_id = c.shpmt_id "
 "WHERE c.claim_stat = 'OPEN' AND c.claim_amt_usd > 500 ORDER BY c.claim_amt_usd DESC"),
("filters", "How many residential shipments went out with UPS in 2024?",
 f"SELECT COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 f"WHERE c.carrier_nm = 'United Parcel Service' AND s.resi_flg = 1 AND {Y24}"),
("filters", "Which Gold customers are headquartered in Canada?",
 "SELECT cust_nm FROM cust WHERE tier_cd = 'GLD' AND ctry_iso2 = 'CA' ORDER BY cust_nm"),
("filters", "How many shipments are in transit right now?",
 "SELECT COUNT(*) AS in_transit FROM shpmt WHERE stat_cd = 'INT'"),
("filters", "How many shipments this year had a declared value over $10k?",
 "SELECT COUNT(*) AS shipments FROM shpmt WHERE decl_val_usd > 10000 AND shipped_at >= '2025-01-01' AND shipped_at < '2026-01-01'"),
("filters", "how many lost package claims got denied?",
 "SELECT COUNT(*) AS denied_claims FROM claim WHERE claim_type_cd = 'LOST' AND claim_stat = 'DENIED'"),

# ---- topn (6)
("topn", "Top 5 customers by revenue in 2024",
 "SELECT cu.cust_nm, ROUND(SUM(ch.chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg ch "
 "JOIN shpmt s ON s.shpmt_id = ch.shpmt_id JOIN cust cu ON cu.cust_no = s.cust_no "
 "WHERE ch.billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY cu.cust_no ORDER BY revenue_usd DESC LIMIT 5"),
("topn", "Which carrier had the worst on-time rate in 2024?",
 f"SELECT c.carrier_nm, {ONTIME} AS on_time_pct FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 f"WHERE s.stat_cd = 'DLV' AND {Y24} GROUP BY c.carrier_nm ORDER BY on_time_pct ASC LIMIT 1"),
("topn", "top 3 destination states by shipments in 2024",
 f"SELECT s.dest_st_cd, COUNT(*) AS shipments FROM shpmt s WHERE {Y24} GROUP BY s.dest_st_cd ORDER BY shipments DESC LIMIT 3"),
("topn", "Which warehouse shipped the most packages in 2024?",
 f"SELECT w.whse_nm, SUM(s.pkg_cnt) AS packages FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
 f"WHERE {Y24} GROUP BY w.whse_nm ORDER BY packages DESC LIMIT 1"),
("topn", "Which 3 customers have filed the most claims?",
 "SELECT cu.cust_nm, COUNT(*) AS claims FROM claim c JOIN shpmt s ON s.shpmt_id = c.shpmt_id "
 "JOIN cust cu ON cu.cust_no = s.cust_no GROUP BY cu.cust_no ORDER BY claims DESC LIMIT 3"),
("topn", "Top 3 carriers by spend in 2024",
 f"SELECT c.carrier_nm, ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend_usd FROM frt_cost f "
 f"JOIN shpmt s ON s.shpmt_id = f.shpmt_id JOIN carrier c ON c.carrier_cd = s.carrier_cd WHERE {Y24} "
 f"GROUP BY c.carrier_nm ORDER BY carrier_spend_usd DESC LIMIT 3"),

# ---- breakdowns (6)
("breakdowns", "Shipments by carrier for 2024",
 f"SELECT c.carrier_nm, COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 f"WHERE {Y24} GROUP BY c.carrier_nm ORDER BY shipments DESC"),
("breakdowns", "2024 revenue by customer tier",
 "SELECT t.tier_desc, ROUND(SUM(ch.chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg ch "
 "JOIN shpmt s ON s.shpmt_id = ch.shpmt_id JOIN cust cu ON cu.cust_no = s.cust_no JOIN cust_tier t ON t.tier_cd = cu.tier_cd "
 "WHERE ch.billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.tier_desc ORDER BY revenue_usd DESC"),
("breakdowns", "On-time rate by service level",
 f"SELECT v.svc_desc, {ONTIME} AS on_time_pct FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd "
 f"WHERE s.stat_cd = 'DLV' GROUP BY v.svc_desc ORDER BY on_time_pct DESC"),
("breakdowns", "Break down 2024 carrier costs by cost type",
 f"SELECT f.cost_type_cd, ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend_usd FROM frt_cost f "
 f"JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE {Y24} GROUP BY f.cost_type_cd ORDER BY carrier_spend_usd DESC"),
("breakdowns", "How many shipments are in each status?",
 "SELECT t.stat_desc, COUNT(*) AS shipments FROM shpmt s JOIN shpmt_stat t ON t.stat_cd = s.stat_cd "
 "GROUP BY t.stat_desc ORDER BY shipments DESC"),
("breakdowns", "avg transit days by origin warehouse",
 "SELECT w.whse_nm, ROUND(AVG(julianday(s.delivered_at) - julianday(s.shipped_at)), 2) AS avg_transit_days "
 "FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id WHERE s.stat_cd = 'DLV' GROUP BY w.whse_nm "
 "ORDER BY avg_transit_days DESC"),

# ---- time (12)
("time", "Shipmnets per month in 2024",
 f"SELECT strftime('%m', s.shipped_at) AS month, COUNT(*) AS shipments FROM shpmt s WHERE {Y24} GROUP BY month ORDER BY month"),
("time", "What's our revenue over the last 6 months?",
 "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg "
 "WHERE billed_on > date((SELECT MAX(billed_on) FROM cust_chg), '-6 months')"),
("time", "Revenue by quarter in 2024",
 f"SELECT {_lq('billed_on')} AS quarter, ROUND(SUM(chg_cents) / 100.0, 2) AS revenue_usd FROM cust_chg "
 "WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter"),
("time", "On-time % by month for 2024",
 f"SELECT strftime('%m', s.shipped_at) AS month, {ONTIME} AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV' AND {Y24} "
 "GROUP BY month ORDER BY month"),
("time", "Shipments in H1 2025 vs H1 2024 - yoy growth %?",
 "SELECT SUM(shipped_at >= '2024-01-01' AND shipped_at < '2024-07-01') AS h1_2024, "
 "SUM(shipped_at >= '2025-01-01' AND shipped_at < '2025-07-01') AS h1_2025, "
 "ROUND(100.0 * (SUM(shipped_at >= '2025-01-01' AND shipped_at < '2025-07-01') - "
 "SUM(shipped_at >= '2024-01-01' AND shipped_at < '2024-07-01')) / "
 "SUM(shipped_at >= '2024-01-01' AND shipped_at < '2024-07-01'), 2) AS yoy_growth_pct FROM shpmt WHERE shipped_at IS NOT NULL"),
("time", "Monthly margin (revenue minus carrier cost) for 2024",
 "WITH r AS (SELECT strftime('%m', billed_on) AS month, SUM(chg_cents) / 100.0 AS revenue FROM cust_chg "
 "WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month), "
 "c AS (SELECT strftime('%m', s.shipped_at) AS month, SUM(f.cost_cents) / 100.0 AS cost FROM frt_cost f "
 f"JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE {Y24} GROUP BY month) "
 "SELECT r.month, ROUND(r.revenue - c.cost, 2) AS margin_usd FROM r JOIN c ON c.month = r.month ORDER BY r.month"),
("time", "XPO on-time rate, first half vs second half of 2024",
 "SELECT CASE WHEN s.shipped_at < '2024-07-01' THEN '2024-H1' ELSE '2024-H2' END AS half, "
 f"{ONTIME} AS on_time_pct FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 f"WHERE c.carrier_nm = 'XPO Logistics' AND s.stat_cd = 'DLV' AND {Y24} GROUP BY half ORDER BY half"),
("time", "Shipments by quarter from 2023 to now",
 f"SELECT {_lq('shipped_at')} AS quarter, COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL "
 "GROUP BY quarter ORDER BY quarter"),
("time", "USPS avg transit days per year",
 "SELECT strftime('%Y', s.shipped_at) AS year, ROUND(AVG(julianday(s.delivered_at) - julianday(s.shipped_at)), 2) "
 "AS avg_transit_days FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
 "WHERE c.carrier_nm = 'US Postal Service' AND s.stat_cd = 'DLV' GROUP BY year ORDER BY year"),
("time", "how many claims were filed in the last 6 months?",
 "SELECT COUNT(*) AS claims FROM claim WHERE filed_on > date((SELECT MAX(filed_on) FROM claim), '-6 months')"),
("time", "Monthly shipments out of the Mississauga DC since it opened",
 "SELECT strftime('%Y-%m', s.shipped_at) AS month, COUNT(*) AS shipments FROM shpmt s "
 "JOIN whse w ON w.whse_id = s.orig_whse_id WHERE w.whse_nm = 'Mississauga DC' AND s.shipped_at IS NOT NULL "
 "GROUP BY month ORDER BY month"),
("time", "Which day of the week do we ship the most on?",
 "SELECT CASE strftime('%w', shipped_at) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
 "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, "
 "COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL GROUP BY weekday ORDER BY shipments DESC LIMIT 1"),

# ---- tricky (3)
("tricky", "How many orders got cancelled in 2024?",
 "SELECT COUNT(*) AS cancelled FROM shpmt WHERE stat_cd = 'CNL' AND created_at >= '2024-01-01' AND created_at < '2025-01-01'"),
("tricky", "How much have we billed for shipments that ended up lost or damaged?",
 "SELECT ROUND(SUM(ch.chg_cents) / 100.0, 2) AS billed_usd FROM cust_chg ch JOIN shpmt s ON s.shpmt_id = ch.shpmt_id "
 "WHERE s.stat_cd = 'EXC'"),
("tricky", "What % of shipments shipped in 2024 ended up with a claim?",
 f"SELECT ROUND(100.0 * SUM(EXISTS (SELECT 1 FROM claim c WHERE c.shpmt_id = s.shpmt_id)) / COUNT(*), 2) AS claim_rate_pct "
 f"FROM shpmt s WHERE {Y24}"),
]
# ---------------------------------------------------------------- clinic
CQ = "((CAST(strftime('%m', {c}) AS INTEGER) + 2) / 3)"
NOSHOW = "100.0 * SUM(a.appt_stat_cd = 'NOS') / SUM(a.appt_stat_cd IN ('CMP','NOS'))"
DENIAL = "100.0 * SUM(c.clm_stat_cd = 'DEN') / SUM(c.clm_stat_cd IN ('PAID','DEN'))"
A24 = "a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"
AGE = "(2024 - CAST(strftime('%Y', p.birth_dt) AS INTEGER))"   # age at 2024-12-31
WD = ("CASE strftime('%w', {c}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
      "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")

CLINIC = [
# ---- simple (2)
("simple", "How many clinics do we have?",
 "SELECT COUNT(*) AS clinics FROM clin_loc"),
("simple", "Which insurance companies do we deal with?",
 "SELECT payer_nm FROM ins_co ORDER BY payer_nm"),

# ---- measures (9)
("measures", "What was our total production in 2024?",
 f"SELECT ROUND(SUM(v.chg_amt), 2) AS production_usd FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id WHERE {A24}"),
("measures", "How much did we collect in 2024?",
 "SELECT ROUND(SUM(pmt_amt), 2) AS collections_usd FROM pmt WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01'"),
("measures", "How many visits did we complete in 2024?",
 f"SELECT COUNT(*) AS visits FROM appt a WHERE a.appt_stat_cd = 'CMP' AND {A24}"),
("measures", "What was the no-show rate in 2024?",
 f"SELECT {NOSHOW} AS no_show_pct FROM appt a WHERE {A24}"),
("measures", "What's our overall claim denial rate?",
 f"SELECT {DENIAL} AS denial_pct FROM clm c"),
("measures", "On average how many days does it take insurers to process a claim?",
 "SELECT AVG(julianday(adjud_dt) - julianday(submitted_on)) AS avg_processing_days FROM clm WHERE adjud_dt IS NOT NULL"),
("measures", "What's the average age of our patients?",
 f"SELECT AVG({AGE}) AS avg_age FROM pt p"),
("measures", "How much is tied up in claims still pending with insurers?",
 "SELECT ROUND(SUM(billed_cents) / 100.0, 2) AS pending_billed_usd FROM clm WHERE clm_stat_cd = 'PEND'"),
("measures", "How much did insurers pay us on claims submitted in 2024?",
 "SELECT ROUND(SUM(paid_cents) / 100.0, 2) AS insurer_paid_usd FROM clm WHERE submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),

# ---- filters (7)
("filters", "How many new patients registered at Denver Highlands in 2024?",
 "SELECT COUNT(*) AS new_patients FROM pt p JOIN clin_loc l ON l.clin_cd = p.home_clin_cd "
 "WHERE l.clin_nm = 'Denver Highlands' AND p.reg_on BETWEEN '2024-01-01' AND '2024-12-31'"),
("filters", "Which providers have left us, and when?",
 "SELECT first_nm || ' ' || last_nm AS provider, term_on FROM prov WHERE term_on IS NOT NULL ORDER BY term_on"),
("filters", "How many claims got denied for missing or invalid info in 2024?",
 "SELECT COUNT(*) AS denied_claims FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd "
 "WHERE c.clm_stat_cd = 'DEN' AND d.den_rsn_desc = 'Missing or invalid claim information' "
 "AND c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
("filters", "how many patients don't have medical insurance on file?",
 "SELECT COUNT(*) AS patients FROM pt WHERE med_payer_id IS NULL"),
("filters", "How many molar root canals did we do in 2024?",
 f"SELECT SUM(v.units) AS root_canals FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
 f"JOIN proc_mstr m ON m.proc_cd = v.proc_cd WHERE m.proc_desc = 'Root canal, molar' AND {A24}"),
("filters", "Which current providers at Houston Heights work less than full time?",
 "SELECT p.first_nm || ' ' || p.last_nm AS provider, p.fte_pct FROM prov p JOIN clin_loc l ON l.clin_cd = p.home_clin_cd "
 "WHERE l.clin_nm = 'Houston Heights' AND p.fte_pct < 100 AND p.term_on IS NULL ORDER BY provider"),
("filters", "How many Oklahoma patients are 65 or older?",
 f"SELECT COUNT(*) AS patients FROM pt p WHERE p.st_cd = 'OK' AND {AGE} >= 65"),

# ---- topn (6)
("topn", "Top 5 procedures by production in 2024",
 f"SELECT m.proc_desc, ROUND(SUM(v.chg_amt), 2) AS production_usd FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
 f"JOIN proc_mstr m ON m.proc_cd = v.proc_cd WHERE {A24} GROUP BY m.proc_desc ORDER BY production_usd DESC LIMIT 5"),
("topn", "Which provider had the most completed visits in 2024?",
 f"SELECT p.first_nm || ' ' || p.last_nm AS provider, COUNT(*) AS visits FROM appt a JOIN prov p ON p.prov_npi = a.prov_npi "
 f"WHERE a.appt_stat_cd = 'CMP' AND {A24} GROUP BY p.prov_npi ORDER BY visits DESC LIMIT 1"),
("topn", "Top 3 payers by what they paid us on 2024 claims",
 "SELECT i.payer_nm, ROUND(SUM(c.paid_cents) / 100.0, 2) AS insurer_paid_usd FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id "
 "WHERE c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY i.payer_nm ORDER BY insurer_paid_usd DESC LIMIT 3"),
("topn", "Which clinic had the worst no-show rate in 2024?",
 f"SELECT l.clin_nm, {NOSHOW} AS no_show_pct FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd WHERE {A24} "
 "GROUP BY l.clin_nm ORDER BY no_show_pct DESC LIMIT 1"),
("topn", "top 3 reasons claims get denied",
 "SELECT d.den_rsn_desc, COUNT(*) AS denied_claims FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd "
 "WHERE c.clm_stat_cd = 'DEN' GROUP BY d.den_rsn_desc ORDER BY denied_claims DESC LIMIT 3"),
("topn", "Which 3 patients paid the most out of pocket in 2024?",
 "SELECT p.first_nm || ' ' || p.last_nm AS patient, ROUND(SUM(m.pmt_amt), 2) AS paid_usd FROM pmt m "
 "JOIN pt p ON p.pt_id = m.pt_id WHERE m.pmt_src_cd = 'PT' AND m.pmt_ts >= '2024-01-01' AND m.pmt_ts < '2025-01-01' "
 "GROUP BY p.pt_id ORDER BY paid_usd DESC LIMIT 3"),

# ---- breakdowns (6)
("breakdowns", "Vists by clinic for 2024",
 f"SELECT l.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
 f"WHERE a.appt_stat_cd = 'CMP' AND {A24} GROUP BY l.clin_nm ORDER BY visits DESC"),
("breakdowns", "2024 production split medical vs dental",
 f"SELECT a.svc_line_cd, ROUND(SUM(v.chg_amt), 2) AS production_usd FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
 f"WHERE {A24} GROUP BY a.svc_line_cd ORDER BY production_usd DESC"),
("breakdowns", "Denial rate by payer type",
 f"SELECT i.payer_type_cd, {DENIAL} AS denial_pct FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id "
 "GROUP BY i.payer_type_cd ORDER BY denial_pct DESC"),
("breakdowns", "How did 2024 appointments break down by status?",
 f"SELECT s.stat_desc, COUNT(*) AS appointments FROM appt a JOIN appt_stat s ON s.appt_stat_cd = a.appt_stat_cd "
 f"WHERE {A24} GROUP BY s.stat_desc ORDER BY appointments DESC"),
("breakdowns", "2024 collections by payment source and method",
 "SELECT pmt_src_cd, pay_mthd_cd, ROUND(SUM(pmt_amt), 2) AS collections_usd FROM pmt "
 "WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01' GROUP BY pmt_src_cd, pay_mthd_cd ORDER BY collections_usd DESC"),
("breakdowns", "avg claim processing time by payer",
 "SELECT i.payer_nm, AVG(julianday(c.adjud_dt) - julianday(c.submitted_on)) AS avg_processing_days FROM clm c "
 "JOIN ins_co i ON i.payer_id = c.payer_id WHERE c.adjud_dt IS NOT NULL GROUP BY i.payer_nm ORDER BY avg_processing_days DESC"),

# ---- time (12)
("time", "Completed visits per month in 2024",
 f"SELECT strftime('%m', a.appt_dt) AS month, COUNT(*) AS visits FROM appt a WHERE a.appt_stat_cd = 'CMP' AND {A24} "
 "GROUP BY month ORDER BY month"),
("time", "How many new patients did we register in the last 6 months?",
 "SELECT COUNT(*) AS new_patients FROM pt WHERE reg_on > date((SELECT MAX(reg_on) FROM pt), '-6 months')"),
("time", "Production by quarter for 2024",
 f"SELECT {CQ.format(c='a.appt_dt')} AS quarter, ROUND(SUM(v.chg_amt), 2) AS production_usd FROM visit_proc v "
 f"JOIN appt a ON a.appt_id = v.appt_id WHERE {A24} GROUP BY quarter ORDER BY quarter"),
("time", "No-show rate month by month in 2024",
 f"SELECT strftime('%m', a.appt_dt) AS month, {NOSHOW} AS no_show_pct FROM appt a WHERE {A24} GROUP BY month ORDER BY month"),
("time", "Collections 2024 vs 2023, and the yoy change %",
 "SELECT ROUND(SUM(CASE WHEN pmt_ts >= '2023-01-01' AND pmt_ts < '2024-01-01' THEN pmt_amt END), 2) AS collections_2023, "
 "ROUND(SUM(CASE WHEN pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01' THEN pmt_amt END), 2) AS collections_2024, "
 "100.0 * (SUM(CASE WHEN pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01' THEN pmt_amt END) - "
 "SUM(CASE WHEN pmt_ts >= '2023-01-01' AND pmt_ts < '2024-01-01' THEN pmt_amt END)) / "
 "SUM(CASE WHEN pmt_ts >= '2023-01-01' AND pmt_ts < '2024-01-01' THEN pmt_amt END) AS yoy_change_pct FROM pmt"),
("time", "Flu shots given by month, all years together",
 "SELECT strftime('%m', a.appt_dt) AS month, COUNT(*) AS flu_shots FROM appt a JOIN appt_type t "
 "ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd WHERE t.type_desc = 'Flu shot' "
 "AND a.appt_stat_cd = 'CMP' GROUP BY month ORDER BY month"),
("time", "what did we collect over the last 3 months?",
 "SELECT ROUND(SUM(pmt_amt), 2) AS collections_usd FROM pmt "
 "WHERE date(pmt_ts) > date((SELECT MAX(pmt_ts) FROM pmt), '-3 months')"),
("time", "New patient registrations per year, 2022 to 2024",
 "SELECT strftime('%Y', reg_on) AS year, COUNT(*) AS new_patients FROM pt WHERE reg_on BETWEEN '2022-01-01' AND '2024-12-31' "
 "GROUP BY year ORDER BY year"),
("time", "Denial rate by quarter of 2024",
 f"SELECT {CQ.format(c='c.submitted_on')} AS quarter, {DENIAL} AS denial_pct FROM clm c "
 "WHERE c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY quarter ORDER BY quarter"),
("time", "No-show rate by day of the week",
 f"SELECT {WD.format(c='a.appt_dt')} AS weekday, {NOSHOW} AS no_show_pct FROM appt a "
 "WHERE a.appt_stat_cd IN ('CMP','NOS') GROUP BY weekday ORDER BY no_show_pct DESC"),
("time", "Visits at Denver Highlands each quarter since it opened",
 f"SELECT strftime('%Y', a.appt_dt) AS year, {CQ.format(c='a.appt_dt')} AS quarter, COUNT(*) AS visits FROM appt a "
 "JOIN clin_loc l ON l.clin_cd = a.clin_cd WHERE l.clin_nm = 'Denver Highlands' AND a.appt_stat_cd = 'CMP' "
 "GROUP BY year, quarter ORDER BY year, quarter"),
("time", "Cancelled appts in Dec 2024 vs Dec 2023",
 "SELECT SUM(appt_dt BETWEEN '2023-12-01' AND '2023-12-31') AS dec_2023, SUM(appt_dt BETWEEN '2024-12-01' AND '2024-12-31') "
 "AS dec_2024 FROM appt WHERE appt_stat_cd = 'CXL'"),

# ---- tricky (3)
("tricky", "How many appointments are already booked for January 2025?",
 "SELECT COUNT(*) AS booked FROM appt WHERE appt_stat_cd = 'SCH' AND appt_dt BETWEEN '2025-01-01' AND '2025-01-31'"),
("tricky", "What's the average age of the patients we actually saw in 2024?",
 f"SELECT AVG({AGE}) AS avg_age FROM pt p WHERE p.pt_id IN (SELECT a.pt_id FROM appt a "
 f"WHERE a.appt_stat_cd = 'CMP' AND {A24})"),
("tricky", "What share of 2024 production did we actually collect in 2024 (collections / production)?",
 "SELECT 100.0 * (SELECT SUM(pmt_amt) FROM pmt WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01') / "
 f"(SELECT SUM(v.chg_amt) FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id WHERE {A24}) AS collection_ratio_pct"),
]


DBS = [("hr", HR), ("subs", SUBS), ("logistics", LOG), ("clinic", CLINIC)]
QUOTA = {"time": 12, "measures": 9, "filters": 7, "topn": 6, "breakdowns": 6, "tricky": 3, "simple": 2}
LIMIT_RE = re.compile(r"\bLIMIT\s+(\d+)\s*;?\s*$", re.I)


def check(conn, q):
    """Return None if the gold query is fine, else a reason."""
    sql = q[2]
    try:
        cur = conn.execute(sql)
        rows = cur.fetchall()
    except sqlite3.Error as e:
        return f"error: {e}"
    if not rows:
        return "empty result"
    if all(v is None for r in rows for v in r):
        return "all NULL"
    rank_sql = q[3] if len(q) > 3 else None
    m = LIMIT_RE.search(rank_sql or sql)
    if m:
        n = int(m.group(1))
        base = rank_sql or sql
        more = conn.execute(base[:m.start()] + f"LIMIT {n + 1}").fetchall()
        if len(more) > n and more[n][-1] == more[n - 1][-1]:
            return f"tie at LIMIT {n}: {more[n - 1]} / {more[n]}"
    return None


def n_tables(conn, sql):
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return len({w for w in re.findall(r"(?:FROM|JOIN)\s+(\w+)", sql) if w in names})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/tmp/blind21/biz")
    args = ap.parse_args()
    problems, out = [], {}
    for name, qs in DBS:
        path = os.path.join(args.dir, name, f"{name}.sqlite")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        kinds = {}
        for k in [q[0] for q in qs]:
            kinds[k] = kinds.get(k, 0) + 1
        if len(qs) != 45 or kinds != QUOTA:
            problems.append(f"{name}: kind counts {kinds} (n={len(qs)})")
        simple_joins = sum(n_tables(conn, q[2]) <= 2 for q in qs)
        if simple_joins * 2 <= len(qs):
            problems.append(f"{name}: only {simple_joins} one-table/one-join questions")
        for i, q in enumerate(qs):
            why = check(conn, q)
            if why:
                problems.append(f"{name}[{i}] {q[1]!r}: {why}")
        conn.close()
        out[name] = (
            [{"question": q[1], "db_id": name, "query": q[2]} for q in qs],
            {str(i): q[0] for i, q in enumerate(qs)},
        )
    if problems:
        print("NOT written; problems:", *problems, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    for name, (items, kinds) in out.items():
        with open(os.path.join(args.dir, f"{name}_v7.json"), "w") as f:
            json.dump(items, f, indent=2)
        with open(os.path.join(args.dir, f"{name}_v7_kinds.json"), "w") as f:
            json.dump(kinds, f, indent=2)
        print(f"wrote {name}_v7.json ({len(items)} questions) and {name}_v7_kinds.json")


if __name__ == "__main__":
    main()
