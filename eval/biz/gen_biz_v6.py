#!/usr/bin/env python3
"""gen_biz_v6.py -- blind evaluation questions with gold SQL over hr, subs, logistics, clinic.

usage: python3 gen_biz_v6.py --dir /tmp/biz

Writes <db>_v6.json (list of {"question", "db_id", "query"}) and <db>_v6_kinds.json
({"<index>": kind}) beside this script, but only when every check of every database passes.

Per database: 45 questions = time 12, measures 9, filters 7, topn 6, breakdowns 6, tricky 3,
simple 2; more than half touch one table or one join (checked: at most 2 distinct tables).

DECISIONS (the conventions of DESCRIPTIONS.md are followed; these fill its gaps)
 General
  * "Last N months" = col > date((SELECT MAX(col) FROM t), '-N months') using SQLite's own month
    arithmetic, literally as DESCRIPTIONS.md writes it (so from 2024-12-31, '-6 months' is 2024-07-01
    and from 2025-06-30 it is 2024-12-30: the window can start a day late or pick up a month's last
    day); for timestamp columns both sides are compared as dates: date(col) > date(MAX(col), ...).
    The anchor is the max of the fact's own column over the whole table (no status filter).
  * Months: 'MM' (strftime('%m')) inside one year, 'YYYY-MM' across years. Quarters: integer 1-4
    ((month + 2) / 3); when a question spans years, a separate 'YYYY' column comes first.
    Years as 'YYYY' text (strftime('%Y')). Weekdays by English name.
  * hr / subs / logistics: percentages 0-100 ROUND(.., 2); averages (salary, rating, hours,
    days, per-unit money) ROUND(.., 2); money sums from REAL or _cents columns ROUND(.., 2) (integer
    salary sums and counts/days are left as they are). clinic: its own convention -- percentages
    unrounded, and so are its averages and money (nothing is rounded in clinic).
  * Top-N / "which X has the most Y" return the label(s) plus the ranking value as the LAST column;
    each LIMIT n query was checked to have no tie between row n and row n+1 on that value.
  * A breakdown returns every group (no LIMIT), ordered by the measure descending unless the group
    is naturally ordered (month, quarter, year, cycle, weekday).
  * Lists of people return the display name (first_nm || ' ' || last_nm) ordered by name.
  * Group labels use the business names the conventions give (dept_nm, city_nm, plan_nm, cmp_nm,
    channel_nm, ctry_nm, cust_nm, carrier_nm, whse_nm, clin_nm, payer_nm, proc_desc, type_desc);
    where the description names none, the lookup description is used when a lookup exists
    (term_rsn_desc, pto_type_desc, svc_desc, tier_desc, mode_desc, den_rsn_desc, stat_desc) and the code
    otherwise (seg_cd, cat_cd, prio_cd, gender_cd, sex_cd, job_family, dest_st_cd, cost_type_cd).
 hr
  * Headcount / current = emp_stat_cd IN ('ACT','LOA'); headcount at a date d = hire_on <= d AND
    (term_on IS NULL OR term_on > d). Salary = latest comp_hist row by eff_dt (no ties exist).
  * Year-end headcount uses Dec 31 of the year. Turnover of a department = that department's
    leavers in the year / its headcount on Jan 1, using the employee's (final) dept_cd.
  * Merit raise % = (MERIT row base - previous comp_hist row base) / previous base * 100.
  * Time off taken = APPR requests' days_cnt by start_dt (a request spanning a month end counts in
    its start month). "Direct reports" are current employees whose mgr_emp_id is the manager.
 subs
  * MRR / ARR / paying customers / churn / revenue / signups exactly per DESCRIPTIONS. Churned MRR is
    dated by ended_on. MRR "by segment / country / region" uses the account's attributes.
  * Leads with cmp_id NULL are 'Organic' when leads are broken down by channel; conversion and cost per
    lead by channel only cover campaign leads. Cost per lead = channel's total campaign spend (all of
    its campaigns, even those with no leads) / channel's campaign leads, ROUND 2.
  * Resolution time only over closed tickets (closed_at NOT NULL), in hours via julianday * 24.
  * CSAT averages ignore NULL scores. Monthly "daily active users" = AVG over days of the day's
    SUM(active_users). Decline rate = DECL attempts / all payment attempts.
  * "Came back" = an account with a CANC subscription and another subscription started on/after that
    ended_on.
 logistics
  * Shipments (counts, on-time, transit, carrier cost) are dated by shipped_at; cancelled / never
    shipped ones (shipped_at NULL) are excluded. On-time and transit only over DLV shipments.
  * Revenue = cust_chg by billed_on; margin of a year = that year's revenue (billed_on) - that year's
    carrier cost (shipments shipped that year); the two are aggregated separately (no fan-out).
  * Claims are dated by filed_on; paid-out claim money = settled_usd of PAID claims.
  * Days to pay = julianday(paid_on) - julianday(billed_on) over paid charges.
  * Revenue share of the top 10 customers: top 10 by that year's revenue, share of the year's total.
 clinic
  * Appointments = appt rows of any status by appt_dt (including SCH ones dated in 2025 unless the
    question says otherwise); visits = CMP. No-show rate = NOS / (CMP + NOS) * 100, unrounded.
  * "Last N months" anchors are the tables' max dates, which for visits, payments and claims are all
    2024-12-31 = the description's "now". Ages at 2024-12-31 in whole years.
  * Gross charges = SUM(visit_proc.chg_amt) by the visit's appt_dt. Root canals etc. = count of
    visit_proc lines. A patient's "Medicaid" status = med_payer_id whose payer_type_cd = 'MCD'.
  * Active providers = term_on IS NULL; providers "based at" a clinic = current ones whose home_clin_cd
    is that clinic. Insurer paid / billed by submitted_on; processing time only over adjudicated
    claims. Collection ratio = collections (pmt_ts in year) / gross charges (appt_dt in year) * 100.
"""
import argparse
import json
import os
import re
import sqlite3
import sys

KIND_COUNTS = {"time": 12, "measures": 9, "filters": 7, "topn": 6, "breakdowns": 6,
               "tricky": 3, "simple": 2}

# ----------------------------------------------------------------------------- hr
HC = "e.emp_stat_cd IN ('ACT','LOA')"
SAL = ("JOIN comp_hist c ON c.emp_id = e.emp_id AND c.eff_dt = "
       "(SELECT MAX(c2.eff_dt) FROM comp_hist c2 WHERE c2.emp_id = e.emp_id)")
NM = "e.first_nm || ' ' || e.last_nm"


def qtr(col):
    return f"(CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3"


def wkday(col):
    return (f"CASE strftime('%w', {col}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' "
            f"WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' "
            f"WHEN '5' THEN 'Friday' ELSE 'Saturday' END")


HR = [
    # ---- time (12)
    ("time", "How many people did we hire each year from 2022 to 2024?",
     "SELECT strftime('%Y', hire_on) AS hire_yr, COUNT(*) AS hires FROM emp "
     "WHERE hire_on BETWEEN '2022-01-01' AND '2024-12-31' GROUP BY hire_yr ORDER BY hire_yr"),
    ("time", "hires by month in 2023 - want to see how deep the freeze went",
     "SELECT strftime('%m', hire_on) AS mon, COUNT(*) AS hires FROM emp "
     "WHERE hire_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY mon ORDER BY mon"),
    ("time", "# of leavers in the last 6 months?",
     "SELECT COUNT(*) AS leavers FROM emp "
     "WHERE term_on > date((SELECT MAX(term_on) FROM emp), '-6 months')"),
    ("time", "What was our turnover rate in 2023?",
     "SELECT ROUND(100.0 * (SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31') "
     "/ (SELECT COUNT(*) FROM emp WHERE hire_on <= '2023-01-01' "
     "AND (term_on IS NULL OR term_on > '2023-01-01')), 2) AS turnover_pct"),
    ("time", "Voluntary quits per quarter in 2024",
     f"SELECT {qtr('e.term_on')} AS qtr, COUNT(*) AS voluntary_leavers FROM emp e "
     "JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd "
     "WHERE t.vol_flg = 1 AND e.term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "sick days taken per month in 2023?",
     "SELECT strftime('%m', start_dt) AS mon, SUM(days_cnt) AS sick_days FROM pto_req "
     "WHERE pto_type_cd = 'SICK' AND req_stat = 'APPR' AND start_dt BETWEEN '2023-01-01' AND '2023-12-31' "
     "GROUP BY mon ORDER BY mon"),
    ("time", "What was headcount at year end for 2022, 2023 and 2024?",
     "WITH d(as_of) AS (VALUES ('2022-12-31'), ('2023-12-31'), ('2024-12-31')) "
     "SELECT d.as_of, COUNT(e.emp_id) AS headcount FROM d LEFT JOIN emp e ON e.hire_on <= d.as_of "
     "AND (e.term_on IS NULL OR e.term_on > d.as_of) GROUP BY d.as_of ORDER BY d.as_of"),
    ("time", "How many time-off requests got submitted over the last 3 months?",
     "SELECT COUNT(*) AS requests FROM pto_req "
     "WHERE date(submitted_at) > date((SELECT MAX(submitted_at) FROM pto_req), '-3 months')"),
    ("time", "avg perf rating by review cycle",
     "SELECT rvw_cycle, ROUND(AVG(rating_num), 2) AS avg_rating FROM perf_rvw "
     "GROUP BY rvw_cycle ORDER BY rvw_cycle"),
    ("time", "Net headcount change for each month of 2024 (hires minus leavers)",
     "WITH ev AS (SELECT strftime('%m', hire_on) AS mon, 1 AS delta FROM emp "
     "WHERE hire_on BETWEEN '2024-01-01' AND '2024-12-31' "
     "UNION ALL SELECT strftime('%m', term_on), -1 FROM emp "
     "WHERE term_on BETWEEN '2024-01-01' AND '2024-12-31') "
     "SELECT mon, SUM(delta) AS net_change FROM ev GROUP BY mon ORDER BY mon"),
    ("time", "December vacation days taken: 2022 vs 2023 vs 2024",
     "SELECT strftime('%Y', start_dt) AS yr, SUM(days_cnt) AS vacation_days FROM pto_req "
     "WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR' AND strftime('%m', start_dt) = '12' "
     "GROUP BY yr ORDER BY yr"),
    ("time", "how many merit incrases went through in each April cycle?",
     "SELECT strftime('%Y', eff_dt) AS yr, COUNT(*) AS merit_raises FROM comp_hist "
     "WHERE chg_rsn_cd = 'MERIT' GROUP BY yr ORDER BY yr"),
    # ---- measures (9)
    ("measures", "What's our current headcount?",
     "SELECT COUNT(*) AS headcount FROM emp WHERE emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "total payroll right now? (annual base, $)",
     f"SELECT SUM(c.base_sal_usd) AS payroll_usd FROM emp e {SAL} WHERE {HC}"),
    ("measures", "Average base salary across everyone currently employed",
     f"SELECT ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e {SAL} WHERE {HC}"),
    ("measures", "what's the avg bonus target % for current staff",
     f"SELECT ROUND(AVG(c.bonus_tgt_pct), 2) AS avg_bonus_tgt_pct FROM emp e {SAL} WHERE {HC}"),
    ("measures", "What percent of our current employees work remotely?",
     "SELECT ROUND(100.0 * SUM(remote_flg) / COUNT(*), 2) AS remote_pct FROM emp "
     "WHERE emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "Total days of time off taken in 2024",
     "SELECT SUM(days_cnt) AS days_taken FROM pto_req "
     "WHERE req_stat = 'APPR' AND start_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "In the FY2024 review cycle, what share of reviews came with a promotion recommendation?",
     "SELECT ROUND(100.0 * SUM(promo_rec_flg) / COUNT(*), 2) AS promo_rec_pct FROM perf_rvw "
     "WHERE rvw_cycle = 'FY2024'"),
    ("measures", "avg length of an approved parental leave, in days",
     "SELECT ROUND(AVG(days_cnt), 2) AS avg_days FROM pto_req "
     "WHERE pto_type_cd = 'PRNT' AND req_stat = 'APPR'"),
    ("measures", "Of everyone who's left since 2022, what % left voluntarily?",
     "SELECT ROUND(100.0 * SUM(t.vol_flg) / COUNT(*), 2) AS voluntary_pct FROM emp e "
     "JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE e.term_on >= '2022-01-01'"),
    # ---- filters (7)
    ("filters", "how many part-timers are in Engineering at the moment?",
     "SELECT COUNT(*) AS part_timers FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     f"WHERE o.dept_nm = 'Engineering' AND e.emp_type_cd = 'PT' AND {HC}"),
    ("filters", "who in Sales is out on leave of absence right now?",
     f"SELECT {NM} AS employee FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE o.dept_nm = 'Sales' AND e.emp_stat_cd = 'LOA' ORDER BY employee"),
    ("filters", "Current headcount in the London office?",
     "SELECT COUNT(*) AS headcount FROM emp e JOIN work_loc w ON w.loc_cd = e.loc_cd "
     f"WHERE w.city_nm = 'London' AND {HC}"),
    ("filters", "List the people we let go for performance reasons in 2024",
     f"SELECT {NM} AS employee FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd "
     "WHERE t.term_rsn_desc = 'Performance' AND e.term_on BETWEEN '2024-01-01' AND '2024-12-31' "
     "ORDER BY employee"),
    ("filters", "How many current employees make more than $150,000 base?",
     f"SELECT COUNT(*) AS employees FROM emp e {SAL} WHERE {HC} AND c.base_sal_usd > 150000"),
    ("filters", "how many PTO requests are still waiting on approval",
     "SELECT COUNT(*) AS pending_requests FROM pto_req WHERE req_stat = 'PEND'"),
    ("filters", "Non-exempt folks currently in Customer Support - how many?",
     "SELECT COUNT(*) AS employees FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
     "JOIN org_unit o ON o.dept_cd = e.dept_cd "
     f"WHERE o.dept_nm = 'Customer Support' AND j.exempt_flg = 0 AND {HC}"),
    # ---- topn (6)
    ("topn", "Top 5 departments by headcount",
     "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     f"WHERE {HC} GROUP BY o.dept_nm ORDER BY headcount DESC LIMIT 5"),
    ("topn", "10 highest paid current employees and their salaries",
     f"SELECT {NM} AS employee, c.base_sal_usd FROM emp e {SAL} WHERE {HC} "
     "ORDER BY c.base_sal_usd DESC LIMIT 10"),
    ("topn", "which manager has the most direct reports right now?",
     "SELECT m.first_nm || ' ' || m.last_nm AS manager, COUNT(*) AS direct_reports FROM emp e "
     f"JOIN emp m ON m.emp_id = e.mgr_emp_id WHERE {HC} GROUP BY m.emp_id "
     "ORDER BY direct_reports DESC LIMIT 1"),
    ("topn", "top 3 job titles we hired the most for during the 2022 hiring boom",
     "SELECT j.job_ttl_nm, COUNT(*) AS hires FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
     "WHERE e.hire_on BETWEEN '2022-01-01' AND '2022-12-31' GROUP BY j.job_ttl_nm "
     "ORDER BY hires DESC LIMIT 3"),
    ("topn", "Which office lost the most people in 2023?",
     "SELECT w.city_nm, COUNT(*) AS leavers FROM emp e JOIN work_loc w ON w.loc_cd = e.loc_cd "
     "WHERE e.term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY w.city_nm "
     "ORDER BY leavers DESC LIMIT 1"),
    ("topn", "Who were the top 3 people by sick days taken in 2024?",
     f"SELECT {NM} AS employee, SUM(p.days_cnt) AS sick_days FROM pto_req p "
     "JOIN emp e ON e.emp_id = p.emp_id WHERE p.pto_type_cd = 'SICK' AND p.req_stat = 'APPR' "
     "AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY e.emp_id "
     "ORDER BY sick_days DESC LIMIT 3"),
    # ---- breakdowns (6)
    ("breakdowns", "headcount by location",
     "SELECT w.city_nm, COUNT(*) AS headcount FROM emp e JOIN work_loc w ON w.loc_cd = e.loc_cd "
     f"WHERE {HC} GROUP BY w.city_nm ORDER BY headcount DESC"),
    ("breakdowns", "Average current salary by dept",
     f"SELECT o.dept_nm, ROUND(AVG(c.base_sal_usd), 2) AS avg_salary_usd FROM emp e {SAL} "
     f"JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE {HC} GROUP BY o.dept_nm "
     "ORDER BY avg_salary_usd DESC"),
    ("breakdowns", "gender split of current employees",
     "SELECT gender_cd, COUNT(*) AS headcount FROM emp WHERE emp_stat_cd IN ('ACT','LOA') "
     "GROUP BY gender_cd ORDER BY headcount DESC"),
    ("breakdowns", "2024 leavers broken down by termination reason",
     "SELECT t.term_rsn_desc, COUNT(*) AS leavers FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd "
     "WHERE e.term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.term_rsn_desc ORDER BY leavers DESC"),
    ("breakdowns", "PTO days taken by leave type in 2024",
     "SELECT t.pto_type_desc, SUM(p.days_cnt) AS days_taken FROM pto_req p "
     "JOIN pto_type t ON t.pto_type_cd = p.pto_type_cd WHERE p.req_stat = 'APPR' "
     "AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.pto_type_desc ORDER BY days_taken DESC"),
    ("breakdowns", "Headcount per job family?",
     "SELECT j.job_family, COUNT(*) AS headcount FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
     f"WHERE {HC} GROUP BY j.job_family ORDER BY headcount DESC"),
    # ---- tricky (3)
    ("tricky", "For 2023, can you give me the turnover rate for each department - people who left during the year over the headcount they had on Jan 1?",
     "WITH base AS (SELECT dept_cd, COUNT(*) AS hc_jan1 FROM emp WHERE hire_on <= '2023-01-01' "
     "AND (term_on IS NULL OR term_on > '2023-01-01') GROUP BY dept_cd), "
     "lv AS (SELECT dept_cd, COUNT(*) AS leavers FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31' "
     "GROUP BY dept_cd) "
     "SELECT o.dept_nm, ROUND(100.0 * COALESCE(lv.leavers, 0) / base.hc_jan1, 2) AS turnover_pct "
     "FROM base JOIN org_unit o ON o.dept_cd = base.dept_cd LEFT JOIN lv ON lv.dept_cd = base.dept_cd "
     "ORDER BY turnover_pct DESC"),
    ("tricky", "What was the average merit raise (%) in the April 2024 cycle?",
     "WITH m AS (SELECT c.base_sal_usd AS new_sal, (SELECT p.base_sal_usd FROM comp_hist p "
     "WHERE p.emp_id = c.emp_id AND p.eff_dt < c.eff_dt ORDER BY p.eff_dt DESC LIMIT 1) AS prev_sal "
     "FROM comp_hist c WHERE c.chg_rsn_cd = 'MERIT' AND c.eff_dt BETWEEN '2024-01-01' AND '2024-12-31') "
     "SELECT ROUND(AVG(100.0 * (new_sal - prev_sal) / prev_sal), 2) AS avg_merit_raise_pct "
     "FROM m WHERE prev_sal IS NOT NULL"),
    ("tricky", "How many current employees haven't taken a single approved vacation day in 2024?",
     "SELECT COUNT(*) AS employees FROM emp e WHERE e.emp_stat_cd IN ('ACT','LOA') AND NOT EXISTS "
     "(SELECT 1 FROM pto_req p WHERE p.emp_id = e.emp_id AND p.pto_type_cd = 'VAC' AND p.req_stat = 'APPR' "
     "AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31')"),
    # ---- simple (2)
    ("simple", "how many departments do we have",
     "SELECT COUNT(*) AS departments FROM org_unit"),
    ("simple", "list our office locations",
     "SELECT city_nm, st_cd, ctry_iso2 FROM work_loc ORDER BY city_nm"),
]

# ----------------------------------------------------------------------------- subs
ACTV = "s.stat = 'ACTV'"

SUBS = [
    # ---- time (12)
    ("time", "new customers per month in 2024?",
     "SELECT strftime('%m', created_ts) AS mon, COUNT(*) AS new_customers FROM acct "
     "WHERE created_ts >= '2024-01-01' AND created_ts < '2025-01-01' GROUP BY mon ORDER BY mon"),
    ("time", "Signups by quarter for 2023",
     f"SELECT {qtr('signup_ts')} AS qtr, COUNT(*) AS signups FROM mkt_lead "
     "WHERE signup_ts >= '2023-01-01' AND signup_ts < '2024-01-01' GROUP BY qtr ORDER BY qtr"),
    ("time", "how many customers churned each month in 2024?",
     "SELECT strftime('%m', ended_on) AS mon, COUNT(DISTINCT acct_id) AS churned_customers FROM subscr "
     "WHERE stat = 'CANC' AND ended_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY mon ORDER BY mon"),
    ("time", "Churned MRR by quarter in 2023 - how bad was the price-increase fallout?",
     f"SELECT {qtr('ended_on')} AS qtr, ROUND(SUM(mrr_usd), 2) AS churned_mrr FROM subscr "
     "WHERE stat = 'CANC' AND ended_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "revenue by month for the last 6 months",
     "SELECT strftime('%Y-%m', paid_at) AS mon, ROUND(SUM(total_usd), 2) AS revenue FROM inv "
     "WHERE paid_at IS NOT NULL AND date(paid_at) > date((SELECT MAX(paid_at) FROM inv), '-6 months') "
     "GROUP BY mon ORDER BY mon"),
    ("time", "Total revenue per year?",
     "SELECT strftime('%Y', paid_at) AS yr, ROUND(SUM(total_usd), 2) AS revenue FROM inv "
     "WHERE paid_at IS NOT NULL GROUP BY yr ORDER BY yr"),
    ("time", "How many P1 tickets were opened on Sept 12, 2023 (outage day)?",
     "SELECT COUNT(*) AS p1_tickets FROM sup_tkt WHERE prio_cd = 'P1' AND date(opened_at) = '2023-09-12'"),
    ("time", "avg ticket resolution time in hours, by quarter, for 2024",
     f"SELECT {qtr('opened_at')} AS qtr, "
     "ROUND(AVG((julianday(closed_at) - julianday(opened_at)) * 24), 2) AS avg_resolution_hrs FROM sup_tkt "
     "WHERE closed_at IS NOT NULL AND opened_at >= '2024-01-01' AND opened_at < '2025-01-01' "
     "GROUP BY qtr ORDER BY qtr"),
    ("time", "What was average daily active users in each month of 2024?",
     "WITH d AS (SELECT usage_dt, SUM(active_users) AS dau FROM usage_dly "
     "WHERE usage_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY usage_dt) "
     "SELECT strftime('%m', usage_dt) AS mon, ROUND(AVG(dau), 2) AS avg_dau FROM d GROUP BY mon ORDER BY mon"),
    ("time", "mktg spend by year",
     "SELECT strftime('%Y', launched_dt) AS yr, ROUND(SUM(spend_cents) / 100.0, 2) AS spend_usd FROM mkt_cmp "
     "GROUP BY yr ORDER BY yr"),
    ("time", "How many signups did we get in the last 3 months?",
     "SELECT COUNT(*) AS signups FROM mkt_lead "
     "WHERE date(signup_ts) > date((SELECT MAX(signup_ts) FROM mkt_lead), '-3 months')"),
    ("time", "API call volume per month in 2024 - did the bulk API show up?",
     "SELECT strftime('%m', usage_dt) AS mon, SUM(api_calls) AS api_calls FROM usage_dly "
     "WHERE usage_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY mon ORDER BY mon"),
    # ---- measures (9)
    ("measures", "what's our MRR right now",
     "SELECT ROUND(SUM(mrr_usd), 2) AS mrr FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "Current ARR?",
     "SELECT ROUND(12 * SUM(mrr_usd), 2) AS arr FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "how many paying customers do we have",
     "SELECT COUNT(DISTINCT acct_id) AS paying_customers FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "Lead-to-customer conversion rate, all time?",
     "SELECT ROUND(100.0 * SUM(cnv_acct_id IS NOT NULL) / COUNT(*), 2) AS conversion_pct FROM mkt_lead"),
    ("measures", "how much money is owed to us on unpaid invoices?",
     "SELECT ROUND(SUM(total_usd), 2) AS outstanding_usd FROM inv WHERE paid_at IS NULL"),
    ("measures", "Avg CSAT on support tickets",
     "SELECT ROUND(AVG(csat_score), 2) AS avg_csat FROM sup_tkt WHERE csat_score IS NOT NULL"),
    ("measures", "average MRR per paying customer",
     "SELECT ROUND(SUM(mrr_usd) / COUNT(DISTINCT acct_id), 2) AS avg_mrr_per_customer FROM subscr "
     "WHERE stat = 'ACTV'"),
    ("measures", "what % of payment attempts get declined?",
     "SELECT ROUND(100.0 * SUM(rslt_cd = 'DECL') / COUNT(*), 2) AS decline_pct FROM pmt"),
    ("measures", "Total marketing spend on campaigns launched in 2024",
     "SELECT ROUND(SUM(spend_cents) / 100.0, 2) AS spend_usd FROM mkt_cmp "
     "WHERE launched_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    # ---- filters (7)
    ("filters", "how many enterprise accounts do we have in Germany",
     "SELECT COUNT(*) AS accounts FROM acct a JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd "
     "WHERE g.ctry_nm = 'Germany' AND a.seg_cd = 'ENT'"),
    ("filters", "How many Basic (legacy) subs were cancelled in 2024?",
     "SELECT COUNT(*) AS cancelled_subs FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
     "WHERE p.plan_nm = 'Basic (legacy)' AND s.stat = 'CANC' AND s.ended_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "open P1 tickets, how many?",
     "SELECT COUNT(*) AS open_p1 FROM sup_tkt WHERE prio_cd = 'P1' AND closed_at IS NULL"),
    ("filters", "List unpaid invoices over $10,000 - invoice no, account and amount",
     "SELECT i.inv_no, a.acct_nm, i.total_usd FROM inv i JOIN acct a ON a.acct_id = i.acct_id "
     "WHERE i.paid_at IS NULL AND i.total_usd > 10000 ORDER BY i.total_usd DESC"),
    ("filters", "which accounts currently have a paused subscription?",
     "SELECT DISTINCT a.acct_nm FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "WHERE s.stat = 'PAUS' ORDER BY a.acct_nm"),
    ("filters", "How many accounts does Tom Becker look after as CSM?",
     "SELECT COUNT(*) AS accounts FROM acct WHERE csm_nm = 'Tom Becker'"),
    ("filters", "2024 trial signups that converted - how many?",
     "SELECT COUNT(*) AS converted_trials FROM mkt_lead WHERE trial_flg = 1 AND cnv_acct_id IS NOT NULL "
     "AND signup_ts >= '2024-01-01' AND signup_ts < '2025-01-01'"),
    # ---- topn (6)
    ("topn", "top 10 customers by MRR",
     "SELECT a.acct_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     f"WHERE {ACTV} GROUP BY a.acct_id ORDER BY mrr DESC LIMIT 10"),
    ("topn", "Which marketing channel converts leads best?",
     "SELECT c.channel_nm, ROUND(100.0 * SUM(l.cnv_acct_id IS NOT NULL) / COUNT(*), 2) AS conversion_pct "
     "FROM mkt_lead l JOIN mkt_cmp m ON m.cmp_id = l.cmp_id JOIN mkt_chnl c ON c.channel_cd = m.channel_cd "
     "GROUP BY c.channel_nm ORDER BY conversion_pct DESC LIMIT 1"),
    ("topn", "top 5 campaigns by signups in 2024",
     "SELECT m.cmp_nm, COUNT(*) AS signups FROM mkt_lead l JOIN mkt_cmp m ON m.cmp_id = l.cmp_id "
     "WHERE l.signup_ts >= '2024-01-01' AND l.signup_ts < '2025-01-01' GROUP BY m.cmp_id "
     "ORDER BY signups DESC LIMIT 5"),
    ("topn", "which country has the most paying customers?",
     "SELECT g.ctry_nm, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s "
     "JOIN acct a ON a.acct_id = s.acct_id JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd "
     f"WHERE {ACTV} GROUP BY g.ctry_nm ORDER BY paying_customers DESC LIMIT 1"),
    ("topn", "Top 3 reasons customers cancel",
     "SELECT r.rsn_desc, COUNT(*) AS cancellations FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd "
     "WHERE s.stat = 'CANC' GROUP BY r.rsn_desc ORDER BY cancellations DESC LIMIT 3"),
    ("topn", "5 accounts that opened the most suport tickets in 2024",
     "SELECT a.acct_nm, COUNT(*) AS tickets FROM sup_tkt t JOIN acct a ON a.acct_id = t.acct_id "
     "WHERE t.opened_at >= '2024-01-01' AND t.opened_at < '2025-01-01' GROUP BY a.acct_id "
     "ORDER BY tickets DESC LIMIT 5"),
    # ---- breakdowns (6)
    ("breakdowns", "MRR by customer segment",
     "SELECT a.seg_cd, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     f"WHERE {ACTV} GROUP BY a.seg_cd ORDER BY mrr DESC"),
    ("breakdowns", "Current MRR split by plan",
     "SELECT p.plan_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
     f"WHERE {ACTV} GROUP BY p.plan_nm ORDER BY mrr DESC"),
    ("breakdowns", "support tickets by category in 2024",
     "SELECT cat_cd, COUNT(*) AS tickets FROM sup_tkt "
     "WHERE opened_at >= '2024-01-01' AND opened_at < '2025-01-01' GROUP BY cat_cd ORDER BY tickets DESC"),
    ("breakdowns", "paying customers per sales region",
     "SELECT g.sales_rgn, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s "
     "JOIN acct a ON a.acct_id = s.acct_id JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd "
     f"WHERE {ACTV} GROUP BY g.sales_rgn ORDER BY paying_customers DESC"),
    ("breakdowns", "avg CSAT by ticket priority",
     "SELECT prio_cd, ROUND(AVG(csat_score), 2) AS avg_csat FROM sup_tkt WHERE csat_score IS NOT NULL "
     "GROUP BY prio_cd ORDER BY prio_cd"),
    ("breakdowns", "Signups by channel, organic included",
     "SELECT COALESCE(c.channel_nm, 'Organic') AS channel, COUNT(*) AS signups FROM mkt_lead l "
     "LEFT JOIN mkt_cmp m ON m.cmp_id = l.cmp_id LEFT JOIN mkt_chnl c ON c.channel_cd = m.channel_cd "
     "GROUP BY channel ORDER BY signups DESC"),
    # ---- tricky (3)
    ("tricky", "What's our cost per lead for each marketing channel (campaign spend divided by the leads those campaigns brought in)?",
     "WITH sp AS (SELECT channel_cd, SUM(spend_cents) / 100.0 AS spend FROM mkt_cmp GROUP BY channel_cd), "
     "ld AS (SELECT m.channel_cd, COUNT(*) AS leads FROM mkt_lead l JOIN mkt_cmp m ON m.cmp_id = l.cmp_id "
     "GROUP BY m.channel_cd) "
     "SELECT c.channel_nm, ROUND(sp.spend / ld.leads, 2) AS cost_per_lead FROM sp "
     "JOIN ld ON ld.channel_cd = sp.channel_cd JOIN mkt_chnl c ON c.channel_cd = sp.channel_cd "
     "ORDER BY cost_per_lead DESC"),
    ("tricky", "How many customers did we have going into 2024?",
     "SELECT COUNT(DISTINCT acct_id) AS customers FROM subscr WHERE started_on < '2024-01-01' "
     "AND (ended_on IS NULL OR ended_on >= '2024-01-01')"),
    ("tricky", "how many churned accounts came back later with a new subscription?",
     "SELECT COUNT(DISTINCT c.acct_id) AS winbacks FROM subscr c JOIN subscr n ON n.acct_id = c.acct_id "
     "AND n.sub_id <> c.sub_id AND n.started_on >= c.ended_on WHERE c.stat = 'CANC'"),
    # ---- simple (2)
    ("simple", "list all the plans and their list prices",
     "SELECT plan_nm, billing_intvl, ROUND(list_price_cents / 100.0, 2) AS list_price_usd FROM plan_cat "
     "ORDER BY list_price_cents"),
    ("simple", "How many marketing campaigns have we run?",
     "SELECT COUNT(*) AS campaigns FROM mkt_cmp"),
]

# ----------------------------------------------------------------------------- logistics
SHIPPED_2024 = "s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01'"
ONTIME = "ROUND(100.0 * SUM(date(s.delivered_at) <= s.promised_dt) / COUNT(*), 2)"
TRANSIT = "ROUND(AVG(julianday(s.delivered_at) - julianday(s.shipped_at)), 2)"

LOGISTICS = [
    # ---- time (12)
    ("time", "shipmnets per month in 2024",
     "SELECT strftime('%m', s.shipped_at) AS mon, COUNT(*) AS shipments FROM shpmt s "
     f"WHERE {SHIPPED_2024} GROUP BY mon ORDER BY mon"),
    ("time", "Revenue by quarter for 2024?",
     f"SELECT {qtr('billed_on')} AS qtr, ROUND(SUM(chg_cents) / 100.0, 2) AS revenue FROM cust_chg "
     "WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "on time % by month in 2024",
     f"SELECT strftime('%m', s.shipped_at) AS mon, {ONTIME} AS on_time_pct FROM shpmt s "
     f"WHERE s.stat_cd = 'DLV' AND {SHIPPED_2024} GROUP BY mon ORDER BY mon"),
    ("time", "What did we spend with carriers over the last 3 months?",
     "SELECT ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend FROM frt_cost f "
     "JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
     "WHERE date(s.shipped_at) > date((SELECT MAX(shipped_at) FROM shpmt), '-3 months')"),
    ("time", "Nov + Dec shipment volume, 2023 vs 2024",
     "SELECT strftime('%Y', shipped_at) AS yr, COUNT(*) AS shipments FROM shpmt "
     "WHERE strftime('%m', shipped_at) IN ('11', '12') AND strftime('%Y', shipped_at) IN ('2023', '2024') "
     "GROUP BY yr ORDER BY yr"),
    ("time", "How many shipments did we ship each year?",
     "SELECT strftime('%Y', shipped_at) AS yr, COUNT(*) AS shipments FROM shpmt "
     "WHERE shipped_at IS NOT NULL GROUP BY yr ORDER BY yr"),
    ("time", "claims filed per quarter in 2024",
     f"SELECT {qtr('filed_on')} AS qtr, COUNT(*) AS claims FROM claim "
     "WHERE filed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "USPS avg transit days by month, 2024",
     f"SELECT strftime('%m', s.shipped_at) AS mon, {TRANSIT} AS avg_transit_days FROM shpmt s "
     "JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     f"WHERE c.carrier_nm = 'US Postal Service' AND s.stat_cd = 'DLV' AND {SHIPPED_2024} "
     "GROUP BY mon ORDER BY mon"),
    ("time", "Mississauga DC - monthly shipments since it opened",
     "SELECT strftime('%Y-%m', s.shipped_at) AS mon, COUNT(*) AS shipments FROM shpmt s "
     "JOIN whse w ON w.whse_id = s.orig_whse_id WHERE w.whse_nm = 'Mississauga DC' AND s.shipped_at IS NOT NULL "
     "GROUP BY mon ORDER BY mon"),
    ("time", "XPO on-time rate each quarter of 2024",
     f"SELECT {qtr('s.shipped_at')} AS qtr, {ONTIME} AS on_time_pct FROM shpmt s "
     "JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     f"WHERE c.carrier_nm = 'XPO Logistics' AND s.stat_cd = 'DLV' AND {SHIPPED_2024} GROUP BY qtr ORDER BY qtr"),
    ("time", "how many new customers did we onboard per year?",
     "SELECT strftime('%Y', onboarded_on) AS yr, COUNT(*) AS new_customers FROM cust "
     "GROUP BY yr ORDER BY yr"),
    ("time", "Revenue by month, last 6 months",
     "SELECT strftime('%Y-%m', billed_on) AS mon, ROUND(SUM(chg_cents) / 100.0, 2) AS revenue FROM cust_chg "
     "WHERE billed_on > date((SELECT MAX(billed_on) FROM cust_chg), '-6 months') GROUP BY mon ORDER BY mon"),
    # ---- measures (9)
    ("measures", "total revenue in 2024?",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS revenue FROM cust_chg "
     "WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "What's our overall on-time delivery rate?",
     f"SELECT {ONTIME} AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "avg transit time in days",
     f"SELECT {TRANSIT} AS avg_transit_days FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "How much did we pay carriers in 2024?",
     "SELECT ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend FROM frt_cost f "
     f"JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE {SHIPPED_2024}"),
    ("measures", "how much do customers still owe us (unpaid charges)",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS unpaid_usd FROM cust_chg WHERE paid_on IS NULL"),
    ("measures", "avg # of packages per shipment",
     "SELECT ROUND(AVG(pkg_cnt), 2) AS avg_pkgs FROM shpmt WHERE shipped_at IS NOT NULL"),
    ("measures", "Total $ we've paid out on claims",
     "SELECT ROUND(SUM(settled_usd), 2) AS paid_out_usd FROM claim WHERE claim_stat = 'PAID'"),
    ("measures", "average carrier cost per shipment in 2024",
     "SELECT ROUND(SUM(f.cost_cents) / 100.0 / COUNT(DISTINCT s.shpmt_id), 2) AS avg_cost_per_shpmt "
     f"FROM shpmt s JOIN frt_cost f ON f.shpmt_id = s.shpmt_id WHERE {SHIPPED_2024}"),
    ("measures", "Fuel surcharges as a % of total carrier spend?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN cost_type_cd = 'FUEL' THEN cost_cents ELSE 0 END) / SUM(cost_cents), 2) "
     "AS fuel_pct FROM frt_cost"),
    # ---- filters (7)
    ("filters", "How many shipments did we send to CA in Q4 2024?",
     "SELECT COUNT(*) AS shipments FROM shpmt s WHERE s.dest_st_cd = 'CA' "
     "AND s.shipped_at >= '2024-10-01' AND s.shipped_at < '2025-01-01'"),
    ("filters", "Number of exceptions (lost/damaged) out of the Dallas Hub",
     "SELECT COUNT(*) AS exceptions FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE w.whse_nm = 'Dallas Hub' AND s.stat_cd = 'EXC'"),
    ("filters", "open claims over $500?",
     "SELECT claim_id, shpmt_id, claim_type_cd, claim_amt_usd FROM claim "
     "WHERE claim_stat = 'OPEN' AND claim_amt_usd > 500 ORDER BY claim_amt_usd DESC"),
    ("filters", "residential Next Day Air shipments so far in 2025 - count",
     "SELECT COUNT(*) AS shipments FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd "
     "WHERE v.svc_desc = 'Next Day Air' AND s.resi_flg = 1 AND s.shipped_at >= '2025-01-01'"),
    ("filters", "list our Gold tier customers",
     "SELECT c.cust_nm FROM cust c JOIN cust_tier t ON t.tier_cd = c.tier_cd "
     "WHERE t.tier_desc = 'Gold' ORDER BY c.cust_nm"),
    ("filters", "How many shipments over 10,000 lbs went out in 2024?",
     f"SELECT COUNT(*) AS shipments FROM shpmt s WHERE s.tot_wt_lb > 10000 AND {SHIPPED_2024}"),
    ("filters", "returned to sender shipments in 2025, how many",
     "SELECT COUNT(*) AS rts_shipments FROM shpmt WHERE stat_cd = 'RTS' AND shipped_at >= '2025-01-01'"),
    # ---- topn (6)
    ("topn", "top 10 customers by revenue in 2024",
     "SELECT c.cust_nm, ROUND(SUM(g.chg_cents) / 100.0, 2) AS revenue FROM cust_chg g "
     "JOIN shpmt s ON s.shpmt_id = g.shpmt_id JOIN cust c ON c.cust_no = s.cust_no "
     "WHERE g.billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.cust_no ORDER BY revenue DESC LIMIT 10"),
    ("topn", "Which carrier is slowest on average?",
     f"SELECT c.carrier_nm, {TRANSIT} AS avg_transit_days FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE s.stat_cd = 'DLV' GROUP BY c.carrier_nm ORDER BY avg_transit_days DESC LIMIT 1"),
    ("topn", "top 5 destination states by # of shipments",
     "SELECT dest_st_cd, COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL "
     "GROUP BY dest_st_cd ORDER BY shipments DESC LIMIT 5"),
    ("topn", "which warehouse shipped the most in 2024?",
     "SELECT w.whse_nm, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     f"WHERE {SHIPPED_2024} GROUP BY w.whse_nm ORDER BY shipments DESC LIMIT 1"),
    ("topn", "Top 3 customers by claim dollars filed",
     "SELECT c.cust_nm, ROUND(SUM(k.claim_amt_usd), 2) AS claimed_usd FROM claim k "
     "JOIN shpmt s ON s.shpmt_id = k.shpmt_id JOIN cust c ON c.cust_no = s.cust_no "
     "GROUP BY c.cust_no ORDER BY claimed_usd DESC LIMIT 3"),
    ("topn", "worst 3 carriers for on-time delivery in 2024",
     f"SELECT c.carrier_nm, {ONTIME} AS on_time_pct FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     f"WHERE s.stat_cd = 'DLV' AND {SHIPPED_2024} GROUP BY c.carrier_nm ORDER BY on_time_pct ASC LIMIT 3"),
    # ---- breakdowns (6)
    ("breakdowns", "2024 shipments by service level",
     "SELECT v.svc_desc, COUNT(*) AS shipments FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd "
     f"WHERE {SHIPPED_2024} GROUP BY v.svc_desc ORDER BY shipments DESC"),
    ("breakdowns", "carrier spend by cost type for 2024",
     "SELECT f.cost_type_cd, ROUND(SUM(f.cost_cents) / 100.0, 2) AS spend FROM frt_cost f "
     f"JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE {SHIPPED_2024} GROUP BY f.cost_type_cd ORDER BY spend DESC"),
    ("breakdowns", "On-time rate by carrier",
     f"SELECT c.carrier_nm, {ONTIME} AS on_time_pct FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE s.stat_cd = 'DLV' GROUP BY c.carrier_nm ORDER BY on_time_pct DESC"),
    ("breakdowns", "2024 revenue by customer tier",
     "SELECT t.tier_desc, ROUND(SUM(g.chg_cents) / 100.0, 2) AS revenue FROM cust_chg g "
     "JOIN shpmt s ON s.shpmt_id = g.shpmt_id JOIN cust c ON c.cust_no = s.cust_no "
     "JOIN cust_tier t ON t.tier_cd = c.tier_cd WHERE g.billed_on BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY t.tier_desc ORDER BY revenue DESC"),
    ("breakdowns", "claims count by type and status",
     "SELECT claim_type_cd, claim_stat, COUNT(*) AS claims FROM claim GROUP BY claim_type_cd, claim_stat "
     "ORDER BY claim_type_cd, claim_stat"),
    ("breakdowns", "shipments by transport mode in 2024 (parcel / LTL / FTL)",
     "SELECT m.mode_desc, COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     f"JOIN xport_mode m ON m.mode_cd = c.mode_cd WHERE {SHIPPED_2024} GROUP BY m.mode_desc ORDER BY shipments DESC"),
    # ---- tricky (3)
    ("tricky", "margin by year (revenue minus carrier cost)",
     "WITH r AS (SELECT strftime('%Y', billed_on) AS yr, SUM(chg_cents) / 100.0 AS revenue FROM cust_chg "
     "GROUP BY yr), "
     "k AS (SELECT strftime('%Y', s.shipped_at) AS yr, SUM(f.cost_cents) / 100.0 AS cost FROM frt_cost f "
     "JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE s.shipped_at IS NOT NULL GROUP BY yr) "
     "SELECT r.yr, ROUND(r.revenue - COALESCE(k.cost, 0), 2) AS margin FROM r LEFT JOIN k ON k.yr = r.yr "
     "ORDER BY r.yr"),
    ("tricky", "What share of 2024 revenue came from our top 10 customers?",
     "WITH c AS (SELECT s.cust_no, SUM(g.chg_cents) AS rev FROM cust_chg g JOIN shpmt s ON s.shpmt_id = g.shpmt_id "
     "WHERE g.billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY s.cust_no) "
     "SELECT ROUND(100.0 * (SELECT SUM(rev) FROM (SELECT rev FROM c ORDER BY rev DESC LIMIT 10)) "
     "/ (SELECT SUM(rev) FROM c), 2) AS top10_share_pct"),
    ("tricky", "avg days it takes customers to pay us, by tier",
     "SELECT t.tier_desc, ROUND(AVG(julianday(g.paid_on) - julianday(g.billed_on)), 2) AS avg_days_to_pay "
     "FROM cust_chg g JOIN shpmt s ON s.shpmt_id = g.shpmt_id JOIN cust c ON c.cust_no = s.cust_no "
     "JOIN cust_tier t ON t.tier_cd = c.tier_cd WHERE g.paid_on IS NOT NULL GROUP BY t.tier_desc "
     "ORDER BY avg_days_to_pay DESC"),
    # ---- simple (2)
    ("simple", "list the warehouses and when each one opened",
     "SELECT whse_nm, opened_on FROM whse ORDER BY opened_on"),
    ("simple", "How many customers do we have?",
     "SELECT COUNT(*) AS customers FROM cust"),
]

# ----------------------------------------------------------------------------- clinic
NOS_RATE = ("100.0 * SUM(a.appt_stat_cd = 'NOS') / SUM(a.appt_stat_cd IN ('CMP','NOS'))")
DEN_RATE = ("100.0 * SUM(k.clm_stat_cd = 'DEN') / SUM(k.clm_stat_cd IN ('PAID','DEN'))")
APPT_2024 = "a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"
AGE = "(2024 - CAST(strftime('%Y', birth_dt) AS INTEGER))"  # age on 2024-12-31: every birthday has passed
PNM = "p.first_nm || ' ' || p.last_nm"

CLINIC = [
    # ---- time (12)
    ("time", "visits per month in 2024",
     "SELECT strftime('%m', a.appt_dt) AS mon, COUNT(*) AS visits FROM appt a "
     f"WHERE a.appt_stat_cd = 'CMP' AND {APPT_2024} GROUP BY mon ORDER BY mon"),
    ("time", "No-show rate by quarter for 2024?",
     f"SELECT {qtr('a.appt_dt')} AS qtr, {NOS_RATE} AS no_show_pct FROM appt a "
     f"WHERE {APPT_2024} GROUP BY qtr ORDER BY qtr"),
    ("time", "how many new patients did we register each year 2022-2024",
     "SELECT strftime('%Y', reg_on) AS yr, COUNT(*) AS new_patients FROM pt "
     "WHERE reg_on BETWEEN '2022-01-01' AND '2024-12-31' GROUP BY yr ORDER BY yr"),
    ("time", "Total collections over the last 3 months",
     "SELECT SUM(pmt_amt) AS collections FROM pmt "
     "WHERE date(pmt_ts) > date((SELECT MAX(pmt_ts) FROM pmt), '-3 months')"),
    ("time", "gross charges by year",
     "SELECT strftime('%Y', a.appt_dt) AS yr, SUM(v.chg_amt) AS gross_charges FROM visit_proc v "
     "JOIN appt a ON a.appt_id = v.appt_id GROUP BY yr ORDER BY yr"),
    ("time", "claim denial rate by month in 2024",
     f"SELECT strftime('%m', k.submitted_on) AS mon, {DEN_RATE} AS denial_pct FROM clm k "
     "WHERE k.submitted_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY mon ORDER BY mon"),
    ("time", "How many appts are still on the books for January 2025?",
     "SELECT COUNT(*) AS scheduled_appts FROM appt "
     "WHERE appt_stat_cd = 'SCH' AND appt_dt BETWEEN '2025-01-01' AND '2025-01-31'"),
    ("time", "flu shots given per month in 2024",
     "SELECT strftime('%m', a.appt_dt) AS mon, COUNT(*) AS flu_shot_visits FROM appt a "
     f"JOIN appt_type t ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd "
     f"WHERE t.type_desc = 'Flu shot' AND a.appt_stat_cd = 'CMP' AND {APPT_2024} GROUP BY mon ORDER BY mon"),
    ("time", "Denver Highlands visits by quarter since it opened",
     f"SELECT strftime('%Y', a.appt_dt) AS yr, {qtr('a.appt_dt')} AS qtr, COUNT(*) AS visits FROM appt a "
     "JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE c.clin_nm = 'Denver Highlands' AND a.appt_stat_cd = 'CMP' "
     "GROUP BY yr, qtr ORDER BY yr, qtr"),
    ("time", "how much did insurers pay us each year?",
     "SELECT strftime('%Y', submitted_on) AS yr, SUM(paid_cents) / 100.0 AS insurer_paid FROM clm "
     "GROUP BY yr ORDER BY yr"),
    ("time", "Avg claim processing time (days) by quarter, 2024",
     f"SELECT {qtr('submitted_on')} AS qtr, AVG(julianday(adjud_dt) - julianday(submitted_on)) AS avg_days "
     "FROM clm WHERE adjud_dt IS NOT NULL AND submitted_on BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY qtr ORDER BY qtr"),
    ("time", "patient payments by month for the last 6 months",
     "SELECT strftime('%Y-%m', pmt_ts) AS mon, SUM(pmt_amt) AS patient_payments FROM pmt "
     "WHERE pmt_src_cd = 'PT' AND date(pmt_ts) > date((SELECT MAX(pmt_ts) FROM pmt), '-6 months') "
     "GROUP BY mon ORDER BY mon"),
    # ---- measures (9)
    ("measures", "what's our overall no-show rate?",
     f"SELECT {NOS_RATE} AS no_show_pct FROM appt a"),
    ("measures", "Total collections in 2024",
     "SELECT SUM(pmt_amt) AS collections FROM pmt WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01'"),
    ("measures", "average patient age?",
     f"SELECT AVG({AGE}) AS avg_age FROM pt"),
    ("measures", "What's our claim denial rate?",
     f"SELECT {DEN_RATE} AS denial_pct FROM clm k"),
    ("measures", "gross charges for 2024",
     "SELECT SUM(v.chg_amt) AS gross_charges FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
     f"WHERE {APPT_2024}"),
    ("measures", "avg claim processing time in days",
     "SELECT AVG(julianday(adjud_dt) - julianday(submitted_on)) AS avg_days FROM clm WHERE adjud_dt IS NOT NULL"),
    ("measures", "How much did we bill insurers in 2024?",
     "SELECT SUM(billed_cents) / 100.0 AS billed FROM clm WHERE submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "how many providers do we have on staff right now",
     "SELECT COUNT(*) AS providers FROM prov WHERE term_on IS NULL"),
    ("measures", "Average charges per visit in 2024?",
     "SELECT SUM(v.chg_amt) / COUNT(DISTINCT a.appt_id) AS avg_charge_per_visit FROM appt a "
     f"JOIN visit_proc v ON v.appt_id = a.appt_id WHERE a.appt_stat_cd = 'CMP' AND {APPT_2024}"),
    # ---- filters (7)
    ("filters", "how many of our patients are on Medicaid?",
     "SELECT COUNT(*) AS patients FROM pt p JOIN ins_co i ON i.payer_id = p.med_payer_id "
     "WHERE i.payer_type_cd = 'MCD'"),
    ("filters", "How many pending claims are there with more than $1,000 billed?",
     "SELECT COUNT(*) AS claims FROM clm WHERE clm_stat_cd = 'PEND' AND billed_cents > 100000"),
    ("filters", "no shows at Houston Heigths in Dec 2024?",
     "SELECT COUNT(*) AS no_shows FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd "
     "WHERE c.clin_nm = 'Houston Heights' AND a.appt_stat_cd = 'NOS' "
     "AND a.appt_dt BETWEEN '2024-12-01' AND '2024-12-31'"),
    ("filters", "How many root canals did we do in 2024?",
     "SELECT COUNT(*) AS root_canals FROM visit_proc v JOIN proc_mstr m ON m.proc_cd = v.proc_cd "
     f"JOIN appt a ON a.appt_id = v.appt_id WHERE m.proc_desc LIKE 'Root canal%' AND {APPT_2024}"),
    ("filters", "how many patients dont have an email on file",
     "SELECT COUNT(*) AS patients FROM pt WHERE email_addr IS NULL"),
    ("filters", "Telehealth visits in 2024?",
     "SELECT COUNT(*) AS visits FROM appt a WHERE a.appt_type_cd = 'TEL' AND a.appt_stat_cd = 'CMP' "
     f"AND {APPT_2024}"),
    ("filters", "which providers are based at Austin North?",
     f"SELECT {PNM} AS provider FROM prov p JOIN clin_loc c ON c.clin_cd = p.home_clin_cd "
     "WHERE c.clin_nm = 'Austin North' AND p.term_on IS NULL ORDER BY provider"),
    # ---- topn (6)
    ("topn", "top 5 providers by number of visits in 2024",
     f"SELECT {PNM} AS provider, COUNT(*) AS visits FROM appt a JOIN prov p ON p.prov_npi = a.prov_npi "
     f"WHERE a.appt_stat_cd = 'CMP' AND {APPT_2024} GROUP BY p.prov_npi ORDER BY visits DESC LIMIT 5"),
    ("topn", "Which payer denies the most claims?",
     "SELECT i.payer_nm, COUNT(*) AS denied_claims FROM clm k JOIN ins_co i ON i.payer_id = k.payer_id "
     "WHERE k.clm_stat_cd = 'DEN' GROUP BY i.payer_nm ORDER BY denied_claims DESC LIMIT 1"),
    ("topn", "top 10 procedures by gross charges in 2024",
     "SELECT m.proc_desc, SUM(v.chg_amt) AS gross_charges FROM visit_proc v "
     "JOIN proc_mstr m ON m.proc_cd = v.proc_cd JOIN appt a ON a.appt_id = v.appt_id "
     f"WHERE {APPT_2024} GROUP BY m.proc_desc ORDER BY gross_charges DESC LIMIT 10"),
    ("topn", "Which clinic has the worst no-show rate?",
     f"SELECT c.clin_nm, {NOS_RATE} AS no_show_pct FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd "
     "GROUP BY c.clin_nm ORDER BY no_show_pct DESC LIMIT 1"),
    ("topn", "top 3 claim denial reasons",
     "SELECT d.den_rsn_desc, COUNT(*) AS denied_claims FROM clm k JOIN den_rsn d ON d.den_rsn_cd = k.den_rsn_cd "
     "WHERE k.clm_stat_cd = 'DEN' GROUP BY d.den_rsn_desc ORDER BY denied_claims DESC LIMIT 3"),
    ("topn", "Top 5 insurance cos by $ paid to us in 2024",
     "SELECT i.payer_nm, SUM(k.paid_cents) / 100.0 AS insurer_paid FROM clm k JOIN ins_co i ON i.payer_id = k.payer_id "
     "WHERE k.submitted_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY i.payer_nm "
     "ORDER BY insurer_paid DESC LIMIT 5"),
    # ---- breakdowns (6)
    ("breakdowns", "visits by clinic, 2024",
     "SELECT c.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd "
     f"WHERE a.appt_stat_cd = 'CMP' AND {APPT_2024} GROUP BY c.clin_nm ORDER BY visits DESC"),
    ("breakdowns", "No-show rate by day of the week",
     f"SELECT {wkday('a.appt_dt')} AS weekday, {NOS_RATE} AS no_show_pct FROM appt a "
     "GROUP BY strftime('%w', a.appt_dt) "
     "ORDER BY strftime('%w', a.appt_dt)"),
    ("breakdowns", "2024 collections: insurance vs patient",
     "SELECT pmt_src_cd, SUM(pmt_amt) AS collections FROM pmt WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01' "
     "GROUP BY pmt_src_cd ORDER BY collections DESC"),
    ("breakdowns", "appointments by type in 2024",
     "SELECT t.type_desc, COUNT(*) AS appointments FROM appt a "
     "JOIN appt_type t ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd "
     f"WHERE {APPT_2024} GROUP BY t.type_desc ORDER BY appointments DESC"),
    ("breakdowns", "patients by sex",
     "SELECT sex_cd, COUNT(*) AS patients FROM pt GROUP BY sex_cd ORDER BY patients DESC"),
    ("breakdowns", "Gross charges by procedure category for 2024",
     "SELECT m.proc_cat, SUM(v.chg_amt) AS gross_charges FROM visit_proc v JOIN proc_mstr m ON m.proc_cd = v.proc_cd "
     f"JOIN appt a ON a.appt_id = v.appt_id WHERE {APPT_2024} GROUP BY m.proc_cat ORDER BY gross_charges DESC"),
    # ---- tricky (3)
    ("tricky", "what was our collection ratio in 2024 (collections vs gross charges)?",
     "SELECT 100.0 * (SELECT SUM(pmt_amt) FROM pmt WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01') "
     "/ (SELECT SUM(v.chg_amt) FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
     f"WHERE {APPT_2024}) AS collection_ratio_pct"),
    ("tricky", "How many patients came in during 2023 but haven't had a visit in 2024?",
     "SELECT COUNT(DISTINCT a.pt_id) AS patients FROM appt a WHERE a.appt_stat_cd = 'CMP' "
     "AND a.appt_dt BETWEEN '2023-01-01' AND '2023-12-31' AND NOT EXISTS (SELECT 1 FROM appt b "
     "WHERE b.pt_id = a.pt_id AND b.appt_stat_cd = 'CMP' AND b.appt_dt BETWEEN '2024-01-01' AND '2024-12-31')"),
    ("tricky", "how many patients no-showed 3 or more times in 2024?",
     "SELECT COUNT(*) AS patients FROM (SELECT a.pt_id FROM appt a WHERE a.appt_stat_cd = 'NOS' "
     f"AND {APPT_2024} GROUP BY a.pt_id HAVING COUNT(*) >= 3)"),
    # ---- simple (2)
    ("simple", "list all our clinics and what city they're in",
     "SELECT clin_nm, city_nm, st_cd FROM clin_loc ORDER BY clin_nm"),
    ("simple", "How many patients do we have?",
     "SELECT COUNT(*) AS patients FROM pt"),
]

DBS = {"hr": HR, "subs": SUBS, "logistics": LOGISTICS, "clinic": CLINIC}

# ----------------------------------------------------------------------------- checks
LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*;?\s*$", re.I)


def tables_of(con):
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith("sqlite_")}


def tables_used(sql, tables):
    return {t for t in tables if re.search(r"(?<![\w.])" + re.escape(t) + r"(?![\w])", sql)}


def check_db(db, items, path):
    errs = []
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tabs = tables_of(con)
    kinds = {}
    for k, _, _ in items:
        kinds[k] = kinds.get(k, 0) + 1
    if kinds != KIND_COUNTS:
        errs.append(f"kind counts {kinds} != {KIND_COUNTS}")
    if len(items) != 45:
        errs.append(f"{len(items)} items, want 45")
    qs = [q for _, q, _ in items]
    if len(set(q.lower() for q in qs)) != len(qs):
        errs.append("duplicate questions")
    small = 0
    for i, (kind, q, sql) in enumerate(items):
        tag = f"{db}[{i}] {q!r}"
        try:
            rows = con.execute(sql).fetchall()
        except sqlite3.Error as e:
            errs.append(f"{tag}: error {e}")
            continue
        if not rows:
            errs.append(f"{tag}: no rows")
            continue
        if all(v is None for r in rows for v in r):
            errs.append(f"{tag}: all NULL")
        m = LIMIT_RE.search(sql)
        if m:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            if len(full) > n and full[n - 1][-1] == full[n][-1]:
                errs.append(f"{tag}: tie at row {n} on {full[n - 1][-1]!r}")
            if any(r[-1] is None for r in full[:n]):
                errs.append(f"{tag}: NULL ranking value")
        if len(tables_used(sql, tabs)) <= 2:
            small += 1
    if small * 2 <= len(items):
        errs.append(f"only {small}/{len(items)} one-table/one-join questions")
    con.close()
    return errs, small


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True, help="folder holding <db>/<db>.sqlite")
    ap.add_argument("--show", action="store_true", help="print each gold result preview")
    args = ap.parse_args()
    out_dir = os.path.dirname(os.path.abspath(__file__))
    all_errs = []
    for db, items in DBS.items():
        path = os.path.join(args.dir, db, f"{db}.sqlite")
        if not os.path.exists(path):
            all_errs.append(f"{db}: missing {path}")
            continue
        errs, small = check_db(db, items, path)
        all_errs += errs
        print(f"{db}: {len(items)} questions, {small} one-table/one-join, {len(errs)} problems")
        if args.show:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            for i, (k, q, sql) in enumerate(items):
                try:
                    rows = con.execute(sql).fetchall()
                except sqlite3.Error as e:
                    rows = [("ERR", str(e))]
                print(f"  [{i}] {k}: {q}\n      {rows[:6]}{' ...' if len(rows) > 6 else ''} ({len(rows)} rows)")
            con.close()
    if all_errs:
        for e in all_errs:
            print("FAIL", e)
        print("nothing written")
        sys.exit(1)
    for db, items in DBS.items():
        recs = [{"question": q, "db_id": db, "query": sql} for _, q, sql in items]
        with open(os.path.join(out_dir, f"{db}_v6.json"), "w") as f:
            json.dump(recs, f, indent=1)
        with open(os.path.join(out_dir, f"{db}_v6_kinds.json"), "w") as f:
            json.dump({str(i): k for i, (k, _, _) in enumerate(items)}, f, indent=1)
    print("wrote", ", ".join(f"{db}_v6.json" for db in DBS), "and kinds files to", out_dir)


if __name__ == "__main__":
    main()
