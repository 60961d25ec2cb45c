#!/usr/bin/env python3
"""gen_biz_v5.py - blind business-question evaluation sets (45 per database) with gold SQL
for hr, subs, logistics and clinic.

usage: python3 gen_biz_v5.py --dir /tmp/biz  [--show] [--only DB]

Writes <db>_v5.json ([{"question", "db_id", "query"}]) and <db>_v5_kinds.json ({"<index>": kind})
next to this script, and only if every check of every database passes:
  * each gold query runs, returns rows, is not all NULL (and no result column is entirely NULL);
  * a query ending in LIMIT n has no tie at row n on its last column (the ranking value);
    an optional 4th tuple element is a ranking query checked the same way;
  * kind counts per db: time 12, measures 9, filters 7, topn 6, breakdowns 6, tricky 3, simple 2;
  * more than half of the questions touch at most two tables (one table or one join);
  * no duplicate questions or queries.
(--show prints previews; --only checks one db and writes nothing.)

DECISIONS (the conventions of DESCRIPTIONS.md are followed; where they are silent:)
 General
  - Dates are compared as ISO text. A year/month/quarter filter on a timestamp column uses
    half-open text ranges (ts >= '2024-01-01' AND ts < '2025-01-01'); on a date column BETWEEN.
  - "Last N months" = (latest date of that fact's own column - N months, latest date], compared
    on dates: date(col) > date((SELECT MAX(col) ...), '-N months'). N is chosen so that SQLite's
    month arithmetic lands on a real calendar day (no 'MM-31' roll-over), e.g. clinic uses
    2 / 12 months because its facts end on 2024-12-31.
  - Quarters are returned as integers 1-4 ((month + 2) / 3); months as 'MM' inside one year,
    'YYYY-MM' across years; years as 'YYYY'; weekdays by English name.
  - hr / subs / logistics: percentages 0-100 and averages / money ROUND(..., 2).
    clinic: percentages and averages unrounded (its own convention); money sums ROUND(..., 2).
  - Ranking questions ("top N", "which X has the most") return the label(s) and the ranking
    value as the last column; lists are ordered; group-bys order by the measure or the period.
  - Codes without a name lookup (gender_cd, seg_cd, cat_cd, cost_type_cd, svc_line_cd,
    pay_mthd_cd, clm_stat_cd, dest_st_cd) are returned as codes.
 hr
  - "Current"/"right now" = headcount rows (emp_stat_cd IN ('ACT','LOA')); "now" = 2024-12-31.
  - Salary = the latest comp_hist row per employee (eff_dt max; no duplicate dates exist);
    starting salary = the HIRE row. Department / location / job are the emp row's current ones
    (no history), also for leavers.
  - Time off "taken" = APPR requests' days_cnt by start_dt; request counts and denial share
    count all requests (any status), dated by start_dt unless "submitted" is asked.
  - Attrition of a team in a year = its leavers in the year / its headcount at Jan 1 (same rule
    as company turnover); headcount at a year end = headcount at Dec 31.
  - Direct reports = current employees whose mgr_emp_id is the manager.
 subs
  - Ticket measures (counts, resolution time) are dated by opened_at; resolution time only over
    closed tickets; CSAT averages ignore NULL scores.
  - Average MRR per paying customer = MRR / paying customers. Win-backs = accounts with a CANC
    subscription and another subscription started on/after its ended_on.
  - Conversion by channel uses leads with a campaign only (organic leads have no channel);
    cost per lead of a channel = all its campaigns' spend (including ones with no leads) / its leads.
  - Decline rate = DECL attempts / all payment attempts.
 logistics
  - Shipment counts, weights, package counts, lanes and destination counts use shipped rows
    (shipped_at NOT NULL) dated by shipped_at; status breakdowns use all rows; cancelled orders
    (never shipped) are dated by created_at.
  - On-time and transit are over DLV shipments, dated by shipped_at.
  - Margin of a year = revenue billed in it - carrier cost of shipments shipped in it
    (billed_on equals the ship date in this data); margin % = margin / revenue.
    "Margin by carrier for 2024 shipments" = per shipment shipped in 2024: charges - carrier cost.
  - Claims counts by filed_on; "paid out" = settled_usd of PAID claims; $ claimed = claim_amt_usd.
  - Avg carrier cost per shipment = carrier spend / shipments with cost lines.
 clinic
  - Appointment-type names need both keys (appt_type_cd, svc_line_cd).
  - No-show rate over all dates unless a period is asked; cancellations = CXL by appt_dt.
  - Denial rate and processing time are dated by submitted_on; processing time over adjudicated
    claims. Insurer paid by payer = paid_cents / 100 by submitted_on.
  - Ages at 2024-12-31 in whole years (= 2024 - birth year, all birthdays have passed by Dec 31).
  - Procedure volume = SUM(units) of visit_proc lines; insurance share of collections
    = pmt_src_cd 'INS' amount / all collections.
"""
import argparse, json, os, re, sqlite3, sys
KIND_COUNTS = {"time": 12, "measures": 9, "filters": 7, "topn": 6, "breakdowns": 6, "tricky": 3, "simple": 2}
# ---------------------------------------------------------------- hr
CUR_SAL = ("(SELECT c.emp_id, c.base_sal_usd, c.bonus_tgt_pct FROM comp_hist c "
           "WHERE c.eff_dt = (SELECT MAX(c2.eff_dt) FROM comp_hist c2 WHERE c2.emp_id = c.emp_id))")
HC = "e.emp_stat_cd IN ('ACT','LOA')"

HR = [
    # ---- time (12)
    ("time", "how many people did we hire each month in 2023?",
     "SELECT strftime('%m', hire_on) AS hire_month, COUNT(*) AS hires FROM emp "
     "WHERE hire_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY hire_month ORDER BY hire_month"),
    ("time", "Leavers per quarter in 2024",
     "SELECT (CAST(strftime('%m', term_on) AS INTEGER) + 2) / 3 AS qtr, COUNT(*) AS leavers FROM emp "
     "WHERE term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "Show me hires vs leavers by year for 2022-2024",
     "SELECT y.yr, (SELECT COUNT(*) FROM emp WHERE strftime('%Y', hire_on) = y.yr) AS hires, "
     "(SELECT COUNT(*) FROM emp WHERE strftime('%Y', term_on) = y.yr) AS leavers "
     "FROM (SELECT '2022' AS yr UNION ALL SELECT '2023' UNION ALL SELECT '2024') y ORDER BY y.yr"),
    ("time", "how many ppl left the company in the last 6 months",
     "SELECT COUNT(*) AS leavers FROM emp WHERE term_on > date((SELECT MAX(term_on) FROM emp), '-6 months')"),
    ("time", "Sick days taken per month in 2024?",
     "SELECT strftime('%m', start_dt) AS mon, SUM(days_cnt) AS sick_days FROM pto_req "
     "WHERE pto_type_cd = 'SICK' AND req_stat = 'APPR' AND start_dt BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY mon ORDER BY mon"),
    ("time", "What was our headcount at the end of each year, 2022 through 2024?",
     "SELECT d.dt, (SELECT COUNT(*) FROM emp WHERE hire_on <= d.dt AND (term_on IS NULL OR term_on > d.dt)) AS headcount "
     "FROM (SELECT '2022-12-31' AS dt UNION ALL SELECT '2023-12-31' UNION ALL SELECT '2024-12-31') d ORDER BY d.dt"),
    ("time", "number of voluntary leavers by year",
     "SELECT strftime('%Y', e.term_on) AS yr, COUNT(*) AS voluntary_leavers FROM emp e "
     "JOIN term_rsn r ON r.term_rsn_cd = e.term_rsn_cd WHERE r.vol_flg = 1 GROUP BY yr ORDER BY yr"),
    ("time", "How many vacation days did people take in July and August 2024 combined?",
     "SELECT SUM(days_cnt) AS vacation_days FROM pto_req WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR' "
     "AND start_dt BETWEEN '2024-07-01' AND '2024-08-31'"),
    ("time", "which month in 2022 had the most new hires",
     "SELECT strftime('%m', hire_on) AS hire_month, COUNT(*) AS hires FROM emp "
     "WHERE hire_on BETWEEN '2022-01-01' AND '2022-12-31' GROUP BY hire_month ORDER BY hires DESC LIMIT 1"),
    ("time", "avg performance rating per review cycle",
     "SELECT rvw_cycle, ROUND(AVG(rating_num), 2) AS avg_rating FROM perf_rvw GROUP BY rvw_cycle ORDER BY rvw_cycle"),
    ("time", "Hires in Q4 2024?",
     "SELECT COUNT(*) AS hires FROM emp WHERE hire_on BETWEEN '2024-10-01' AND '2024-12-31'"),
    ("time", "How many time-off requests were submitted each month over the last 12 months?",
     "SELECT strftime('%Y-%m', submitted_at) AS mon, COUNT(*) AS requests FROM pto_req "
     "WHERE date(submitted_at) > date((SELECT MAX(submitted_at) FROM pto_req), '-12 months') "
     "GROUP BY mon ORDER BY mon"),
    # ---- measures (9)
    ("measures", "What's our current headcount?",
     "SELECT COUNT(*) AS headcount FROM emp WHERE emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "average salary of current employees",
     "SELECT ROUND(AVG(s.base_sal_usd), 2) AS avg_salary FROM emp e JOIN " + CUR_SAL + " s ON s.emp_id = e.emp_id WHERE " + HC),
    ("measures", "What is total annual payroll right now?",
     "SELECT SUM(s.base_sal_usd) AS payroll FROM emp e JOIN " + CUR_SAL + " s ON s.emp_id = e.emp_id WHERE " + HC),
    ("measures", "What % of our current staff works remote?",
     "SELECT ROUND(100.0 * SUM(remote_flg = 1) / COUNT(*), 2) AS pct_remote FROM emp WHERE emp_stat_cd IN ('ACT','LOA')"),
    ("measures", "avg bonus targt % for people currently employed",
     "SELECT ROUND(AVG(s.bonus_tgt_pct), 2) AS avg_bonus_tgt_pct FROM emp e JOIN " + CUR_SAL + " s ON s.emp_id = e.emp_id WHERE " + HC),
    ("measures", "What was the average rating in the FY2024 review cycle?",
     "SELECT ROUND(AVG(rating_num), 2) AS avg_rating FROM perf_rvw WHERE rvw_cycle = 'FY2024'"),
    ("measures", "On average how many days is an approved vacation request?",
     "SELECT ROUND(AVG(days_cnt), 2) AS avg_days FROM pto_req WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR'"),
    ("measures", "what share of PTO requests got denied in 2024",
     "SELECT ROUND(100.0 * SUM(req_stat = 'DENY') / COUNT(*), 2) AS pct_denied FROM pto_req "
     "WHERE start_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "What was the average starting salary for people we hired in 2024?",
     "SELECT ROUND(AVG(base_sal_usd), 2) AS avg_starting_salary FROM comp_hist "
     "WHERE chg_rsn_cd = 'HIRE' AND eff_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    # ---- filters (7)
    ("filters", "How many part-timers do we have in Engineering?",
     "SELECT COUNT(*) AS part_timers FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE o.dept_nm = 'Engineering' AND e.emp_type_cd = 'PT' AND " + HC),
    ("filters", "how many current employees make more than $150,000 base?",
     "SELECT COUNT(*) AS employees FROM emp e JOIN " + CUR_SAL + " s ON s.emp_id = e.emp_id "
     "WHERE s.base_sal_usd > 150000 AND " + HC),
    ("filters", "Who in Sales is out on leave of absence right now?",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE o.dept_nm = 'Sales' AND e.emp_stat_cd = 'LOA' ORDER BY employee"),
    ("filters", "how many customer support people were let go in the March 2023 layoff",
     "SELECT COUNT(*) AS laid_off FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE o.dept_nm = 'Customer Support' AND e.term_rsn_cd = 'LAY' AND e.term_on BETWEEN '2023-03-01' AND '2023-03-31'"),
    ("filters", "Count of FY2024 reviews with a 5 rating that also recommended promotion",
     "SELECT COUNT(*) AS reviews FROM perf_rvw WHERE rvw_cycle = 'FY2024' AND rating_num = 5 AND promo_rec_flg = 1"),
    ("filters", "how many remote employees do we currently have in London?",
     "SELECT COUNT(*) AS remote_employees FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
     "WHERE l.city_nm = 'London' AND e.remote_flg = 1 AND " + HC),
    ("filters", "Number of approved parental leave requests that started in 2024",
     "SELECT COUNT(*) AS requests FROM pto_req WHERE pto_type_cd = 'PRNT' AND req_stat = 'APPR' "
     "AND start_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    # ---- topn (6)
    ("topn", "Top 5 departments by headcount",
     "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd "
     "WHERE " + HC + " GROUP BY o.dept_nm ORDER BY headcount DESC LIMIT 5"),
    ("topn", "which 3 locations pay the highest avg salary?",
     "SELECT l.city_nm, ROUND(AVG(s.base_sal_usd), 2) AS avg_salary FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
     "JOIN " + CUR_SAL + " s ON s.emp_id = e.emp_id WHERE " + HC + " GROUP BY l.city_nm ORDER BY avg_salary DESC LIMIT 3"),
    ("topn", "Who are our 10 highest paid employees at the moment? include salary",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee, s.base_sal_usd FROM emp e JOIN " + CUR_SAL + " s ON s.emp_id = e.emp_id "
     "WHERE " + HC + " ORDER BY s.base_sal_usd DESC LIMIT 10"),
    ("topn", "top 3 job titles by number of leavers in 2024",
     "SELECT j.job_ttl_nm, COUNT(*) AS leavers FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
     "WHERE e.term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY j.job_ttl_nm ORDER BY leavers DESC LIMIT 3"),
    ("topn", "Which manager has the most direct reports currently employed?",
     "SELECT m.first_nm || ' ' || m.last_nm AS manager, COUNT(*) AS direct_reports FROM emp e "
     "JOIN emp m ON m.emp_id = e.mgr_emp_id WHERE " + HC + " GROUP BY e.mgr_emp_id ORDER BY direct_reports DESC LIMIT 1"),
    ("topn", "top 3 people by approved sick days in 2024",
     "SELECT e.first_nm || ' ' || e.last_nm AS employee, SUM(p.days_cnt) AS sick_days FROM pto_req p "
     "JOIN emp e ON e.emp_id = p.emp_id WHERE p.pto_type_cd = 'SICK' AND p.req_stat = 'APPR' "
     "AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY p.emp_id ORDER BY sick_days DESC LIMIT 3"),
    # ---- breakdowns (6)
    ("breakdowns", "headcount by ofice city",
     "SELECT l.city_nm, COUNT(*) AS headcount FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd "
     "WHERE " + HC + " GROUP BY l.city_nm ORDER BY headcount DESC"),
    ("breakdowns", "Average current salary per job family",
     "SELECT j.job_family, ROUND(AVG(s.base_sal_usd), 2) AS avg_salary FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd "
     "JOIN " + CUR_SAL + " s ON s.emp_id = e.emp_id WHERE " + HC + " GROUP BY j.job_family ORDER BY avg_salary DESC"),
    ("breakdowns", "Breakdown of leavers by termination reason since 2022",
     "SELECT r.term_rsn_desc, COUNT(*) AS leavers FROM emp e JOIN term_rsn r ON r.term_rsn_cd = e.term_rsn_cd "
     "WHERE e.term_on >= '2022-01-01' GROUP BY r.term_rsn_desc ORDER BY leavers DESC"),
    ("breakdowns", "gender split of current headcount",
     "SELECT gender_cd, COUNT(*) AS headcount FROM emp WHERE emp_stat_cd IN ('ACT','LOA') GROUP BY gender_cd ORDER BY headcount DESC"),
    ("breakdowns", "Days off taken in 2024 by type of leave",
     "SELECT t.pto_type_desc, SUM(p.days_cnt) AS days_taken FROM pto_req p JOIN pto_type t ON t.pto_type_cd = p.pto_type_cd "
     "WHERE p.req_stat = 'APPR' AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.pto_type_desc ORDER BY days_taken DESC"),
    ("breakdowns", "FY2023 rating distribution - how many reviews got each score?",
     "SELECT rating_num, COUNT(*) AS reviews FROM perf_rvw WHERE rvw_cycle = 'FY2023' GROUP BY rating_num ORDER BY rating_num"),
    # ---- tricky (3)
    ("tricky", "what was our turnover rate in 2023?",
     "SELECT ROUND(100.0 * (SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31') "
     "/ (SELECT COUNT(*) FROM emp WHERE hire_on <= '2023-01-01' AND (term_on IS NULL OR term_on > '2023-01-01')), 2) AS turnover_pct"),
    ("tricky", "How many employees did we have on June 30, 2023?",
     "SELECT COUNT(*) AS headcount FROM emp WHERE hire_on <= '2023-06-30' AND (term_on IS NULL OR term_on > '2023-06-30')"),
    ("tricky", "Voluntary attrition in Customer Support for 2024 - as a % of the team at the start of the year",
     "SELECT ROUND(100.0 * (SELECT COUNT(*) FROM emp e JOIN term_rsn r ON r.term_rsn_cd = e.term_rsn_cd "
     "WHERE e.dept_cd = 'CS' AND r.vol_flg = 1 AND e.term_on BETWEEN '2024-01-01' AND '2024-12-31') "
     "/ (SELECT COUNT(*) FROM emp WHERE dept_cd = 'CS' AND hire_on <= '2024-01-01' AND (term_on IS NULL OR term_on > '2024-01-01')), 2) "
     "AS voluntary_turnover_pct"),
    # ---- simple (2)
    ("simple", "how many departments are there",
     "SELECT COUNT(*) AS departments FROM org_unit"),
    ("simple", "List our office locations with their country",
     "SELECT city_nm, ctry_iso2 FROM work_loc ORDER BY city_nm"),
]
# ---------------------------------------------------------------- subs
SUBS = [
    # ---- time (12)
    ("time", "new customers per month in 2024",
     "SELECT strftime('%m', created_ts) AS mon, COUNT(*) AS new_customers FROM acct "
     "WHERE created_ts >= '2024-01-01' AND created_ts < '2025-01-01' GROUP BY mon ORDER BY mon"),
    ("time", "How many signups did we get each quarter of 2023?",
     "SELECT (CAST(strftime('%m', signup_ts) AS INTEGER) + 2) / 3 AS qtr, COUNT(*) AS signups FROM mkt_lead "
     "WHERE signup_ts >= '2023-01-01' AND signup_ts < '2024-01-01' GROUP BY qtr ORDER BY qtr"),
    ("time", "Churned customers by month for 2024?",
     "SELECT strftime('%m', ended_on) AS mon, COUNT(DISTINCT acct_id) AS churned_customers FROM subscr "
     "WHERE stat = 'CANC' AND ended_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY mon ORDER BY mon"),
    ("time", "revenue by year",
     "SELECT strftime('%Y', paid_at) AS yr, ROUND(SUM(total_usd), 2) AS revenue FROM inv "
     "WHERE paid_at IS NOT NULL GROUP BY yr ORDER BY yr"),
    ("time", "What did we collect in revenue over the last 3 months?",
     "SELECT ROUND(SUM(total_usd), 2) AS revenue FROM inv WHERE paid_at IS NOT NULL "
     "AND date(paid_at) > date((SELECT MAX(paid_at) FROM inv), '-3 months')"),
    ("time", "how much MRR churned in Q2 2023 (Apr-Jun)?",
     "SELECT ROUND(SUM(mrr_usd), 2) AS churned_mrr FROM subscr WHERE stat = 'CANC' "
     "AND ended_on BETWEEN '2023-04-01' AND '2023-06-30'"),
    ("time", "Support tickets opened per month, 2024",
     "SELECT strftime('%m', opened_at) AS mon, COUNT(*) AS tickets FROM sup_tkt "
     "WHERE opened_at >= '2024-01-01' AND opened_at < '2025-01-01' GROUP BY mon ORDER BY mon"),
    ("time", "avg ticket resolution time in hours by quarter for 2024",
     "SELECT (CAST(strftime('%m', opened_at) AS INTEGER) + 2) / 3 AS qtr, "
     "ROUND(AVG((julianday(closed_at) - julianday(opened_at)) * 24), 2) AS avg_resolution_hrs FROM sup_tkt "
     "WHERE closed_at IS NOT NULL AND opened_at >= '2024-01-01' AND opened_at < '2025-01-01' GROUP BY qtr ORDER BY qtr"),
    ("time", "What was average daily active users each month in 2024?",
     "SELECT strftime('%m', usage_dt) AS mon, ROUND(AVG(dau), 2) AS avg_dau FROM "
     "(SELECT usage_dt, SUM(active_users) AS dau FROM usage_dly WHERE usage_dt BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY usage_dt) GROUP BY mon ORDER BY mon"),
    ("time", "Total API calls per month over the last 12 months",
     "SELECT strftime('%Y-%m', usage_dt) AS mon, SUM(api_calls) AS api_calls FROM usage_dly "
     "WHERE usage_dt > date((SELECT MAX(usage_dt) FROM usage_dly), '-12 months') GROUP BY mon ORDER BY mon"),
    ("time", "marketing spend by year?",
     "SELECT strftime('%Y', launched_dt) AS yr, ROUND(SUM(spend_cents) / 100.0, 2) AS spend FROM mkt_cmp "
     "GROUP BY yr ORDER BY yr"),
    ("time", "How many P1 tickets came in during September 2023?",
     "SELECT COUNT(*) AS p1_tickets FROM sup_tkt WHERE prio_cd = 'P1' "
     "AND opened_at >= '2023-09-01' AND opened_at < '2023-10-01'"),
    # ---- measures (9)
    ("measures", "whats our MRR right now",
     "SELECT ROUND(SUM(mrr_usd), 2) AS mrr FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "Current ARR?",
     "SELECT ROUND(12 * SUM(mrr_usd), 2) AS arr FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "How many paying customers do we have?",
     "SELECT COUNT(DISTINCT acct_id) AS paying_customers FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "what's the average MRR per paying customer",
     "SELECT ROUND(SUM(mrr_usd) / COUNT(DISTINCT acct_id), 2) AS avg_mrr_per_customer FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "How much $ is currently owed to us on unpaid invoices?",
     "SELECT ROUND(SUM(total_usd), 2) AS outstanding FROM inv WHERE paid_at IS NULL"),
    ("measures", "overall lead-to-customer conversion rate",
     "SELECT ROUND(100.0 * SUM(cnv_acct_id IS NOT NULL) / COUNT(*), 2) AS conversion_pct FROM mkt_lead"),
    ("measures", "Average CSAT score on support tickets?",
     "SELECT ROUND(AVG(csat_score), 2) AS avg_csat FROM sup_tkt"),
    ("measures", "What % of payment attempts get declined?",
     "SELECT ROUND(100.0 * SUM(rslt_cd = 'DECL') / COUNT(*), 2) AS decline_pct FROM pmt"),
    ("measures", "avg number of seats on actve subscriptions",
     "SELECT ROUND(AVG(seats_qty), 2) AS avg_seats FROM subscr WHERE stat = 'ACTV'"),
    # ---- filters (7)
    ("filters", "How many enterprise customers in Germany are currently paying?",
     "SELECT COUNT(DISTINCT s.acct_id) AS customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "WHERE s.stat = 'ACTV' AND a.seg_cd = 'ENT' AND a.ctry_cd = 'DE'"),
    ("filters", "how many unpaid invoices are over $10,000?",
     "SELECT COUNT(*) AS invoices FROM inv WHERE paid_at IS NULL AND total_usd > 10000"),
    ("filters", "Number of subscriptions currently paused",
     "SELECT COUNT(*) AS paused_subscriptions FROM subscr WHERE stat = 'PAUS'"),
    ("filters", "How many cancellations in 2023 were because it was too expensive?",
     "SELECT COUNT(*) AS cancellations FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd "
     "WHERE s.stat = 'CANC' AND r.rsn_desc = 'Too expensive' AND s.ended_on BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("filters", "how many P1 tickets are still open",
     "SELECT COUNT(*) AS open_p1 FROM sup_tkt WHERE prio_cd = 'P1' AND closed_at IS NULL"),
    ("filters", "Organic signups in 2024 (no campaign) - how many converted?",
     "SELECT COUNT(*) AS converted FROM mkt_lead WHERE cmp_id IS NULL AND cnv_acct_id IS NOT NULL "
     "AND signup_ts >= '2024-01-01' AND signup_ts < '2025-01-01'"),
    ("filters", "how many active subs are on annual billing?",
     "SELECT COUNT(*) AS annual_subscriptions FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
     "WHERE s.stat = 'ACTV' AND p.billing_intvl = 'Y'"),
    # ---- topn (6)
    ("topn", "Top 5 accounts by MRR",
     "SELECT a.acct_nm, SUM(s.mrr_usd) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "WHERE s.stat = 'ACTV' GROUP BY s.acct_id ORDER BY mrr DESC LIMIT 5"),
    ("topn", "which 3 marketing channels convert best?",
     "SELECT ch.channel_nm, ROUND(100.0 * SUM(l.cnv_acct_id IS NOT NULL) / COUNT(*), 2) AS conversion_pct FROM mkt_lead l "
     "JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd "
     "GROUP BY ch.channel_nm ORDER BY conversion_pct DESC LIMIT 3"),
    ("topn", "top 5 countries by number of paying customers",
     "SELECT g.ctry_nm, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.ctry_nm ORDER BY paying_customers DESC LIMIT 5"),
    ("topn", "Which campaign launched in 2024 had the biggest spend?",
     "SELECT cmp_nm, spend_cents / 100.0 AS spend FROM mkt_cmp "
     "WHERE launched_dt BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY spend DESC LIMIT 1"),
    ("topn", "top 5 accounts by support tickets opened in 2024",
     "SELECT a.acct_nm, COUNT(*) AS tickets FROM sup_tkt t JOIN acct a ON a.acct_id = t.acct_id "
     "WHERE t.opened_at >= '2024-01-01' AND t.opened_at < '2025-01-01' GROUP BY t.acct_id ORDER BY tickets DESC LIMIT 5"),
    ("topn", "Which 3 plans lost the most subscriptions to churn?",
     "SELECT p.plan_nm, COUNT(*) AS churned_subs FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
     "WHERE s.stat = 'CANC' GROUP BY p.plan_nm ORDER BY churned_subs DESC LIMIT 3"),
    # ---- breakdowns (6)
    ("breakdowns", "MRR by customer segment",
     "SELECT a.seg_cd, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "WHERE s.stat = 'ACTV' GROUP BY a.seg_cd ORDER BY mrr DESC"),
    ("breakdowns", "Break down current MRR by plan pls",
     "SELECT p.plan_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd "
     "WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY mrr DESC"),
    ("breakdowns", "cancelations by reason",
     "SELECT r.rsn_desc, COUNT(*) AS cancellations FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd "
     "WHERE s.stat = 'CANC' GROUP BY r.rsn_desc ORDER BY cancellations DESC"),
    ("breakdowns", "Ticket count and average CSAT by ticket category",
     "SELECT cat_cd, COUNT(*) AS tickets, ROUND(AVG(csat_score), 2) AS avg_csat FROM sup_tkt GROUP BY cat_cd ORDER BY tickets DESC"),
    ("breakdowns", "What's our cost per lead for each marketing channel?",
     "SELECT ch.channel_nm, ROUND(sp.spend / ld.leads, 2) AS cost_per_lead FROM mkt_chnl ch "
     "JOIN (SELECT channel_cd, SUM(spend_cents) / 100.0 AS spend FROM mkt_cmp GROUP BY channel_cd) sp ON sp.channel_cd = ch.channel_cd "
     "JOIN (SELECT c.channel_cd, COUNT(*) AS leads FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id GROUP BY c.channel_cd) ld "
     "ON ld.channel_cd = ch.channel_cd ORDER BY cost_per_lead DESC"),
    ("breakdowns", "paying customers per sales region",
     "SELECT g.sales_rgn, COUNT(DISTINCT s.acct_id) AS paying_customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id "
     "JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.sales_rgn ORDER BY paying_customers DESC"),
    # ---- tricky (3)
    ("tricky", "How many customers did we have going into 2024?",
     "SELECT COUNT(DISTINCT acct_id) AS customers FROM subscr WHERE started_on < '2024-01-01' "
     "AND (ended_on IS NULL OR ended_on >= '2024-01-01')"),
    ("tricky", "how many accounts churned and then came back with a new subscription later?",
     "SELECT COUNT(DISTINCT c.acct_id) AS win_backs FROM subscr c JOIN subscr n ON n.acct_id = c.acct_id "
     "AND n.sub_id <> c.sub_id AND n.started_on >= c.ended_on WHERE c.stat = 'CANC'"),
    ("tricky", "What was revenue in Q1 2024 - money actually received, not invoiced?",
     "SELECT ROUND(SUM(total_usd), 2) AS revenue FROM inv WHERE paid_at >= '2024-01-01' AND paid_at < '2024-04-01'"),
    # ---- simple (2)
    ("simple", "how many plans are currently sold (active on the price list)?",
     "SELECT COUNT(*) AS active_plans FROM plan_cat WHERE active_flg = 1"),
    ("simple", "list all marketing channels",
     "SELECT channel_nm FROM mkt_chnl ORDER BY channel_nm"),
]
# ---------------------------------------------------------------- logistics
ONTIME = "ROUND(100.0 * SUM(date(s.delivered_at) <= s.promised_dt) / COUNT(*), 2)"
TRANSIT = "julianday(s.delivered_at) - julianday(s.shipped_at)"

LOGISTICS = [
    # ---- time (12)
    ("time", "shipments per month in 2024",
     "SELECT strftime('%m', shipped_at) AS mon, COUNT(*) AS shipments FROM shpmt "
     "WHERE shipped_at >= '2024-01-01' AND shipped_at < '2025-01-01' GROUP BY mon ORDER BY mon"),
    ("time", "What was our on-time rate each quarter of 2024?",
     "SELECT (CAST(strftime('%m', s.shipped_at) AS INTEGER) + 2) / 3 AS qtr, " + ONTIME + " AS on_time_pct FROM shpmt s "
     "WHERE s.stat_cd = 'DLV' AND s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01' GROUP BY qtr ORDER BY qtr"),
    ("time", "Monthly revenue for the first half of 2025",
     "SELECT strftime('%m', billed_on) AS mon, ROUND(SUM(chg_cents) / 100.0, 2) AS revenue FROM cust_chg "
     "WHERE billed_on BETWEEN '2025-01-01' AND '2025-06-30' GROUP BY mon ORDER BY mon"),
    ("time", "carrier spend by quarter, 2024",
     "SELECT (CAST(strftime('%m', s.shipped_at) AS INTEGER) + 2) / 3 AS qtr, ROUND(SUM(f.cost_cents) / 100.0, 2) AS carrier_spend "
     "FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
     "WHERE s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01' GROUP BY qtr ORDER BY qtr"),
    ("time", "how many shipments went out in the last 3 months?",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL "
     "AND date(shipped_at) > date((SELECT MAX(shipped_at) FROM shpmt), '-3 months')"),
    ("time", "Claims filed per year?",
     "SELECT strftime('%Y', filed_on) AS yr, COUNT(*) AS claims FROM claim GROUP BY yr ORDER BY yr"),
    ("time", "avg transit time in days by month for 2024 pls",
     "SELECT strftime('%m', s.shipped_at) AS mon, ROUND(AVG(" + TRANSIT + "), 2) AS avg_transit_days FROM shpmt s "
     "WHERE s.stat_cd = 'DLV' AND s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01' GROUP BY mon ORDER BY mon"),
    ("time", "How many shipments did we ship in November 2024?",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE shipped_at >= '2024-11-01' AND shipped_at < '2024-12-01'"),
    ("time", "what was our margin in 2024",
     "SELECT ROUND((SELECT SUM(chg_cents) FROM cust_chg WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31') / 100.0 "
     "- (SELECT SUM(f.cost_cents) FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
     "WHERE s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01') / 100.0, 2) AS margin"),
    ("time", "XPO on time % by month in 2024",
     "SELECT strftime('%m', s.shipped_at) AS mon, " + ONTIME + " AS on_time_pct FROM shpmt s "
     "JOIN carrier c ON c.carrier_cd = s.carrier_cd WHERE c.carrier_nm = 'XPO Logistics' AND s.stat_cd = 'DLV' "
     "AND s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01' GROUP BY mon ORDER BY mon"),
    ("time", "Which day of the week do we ship the most?",
     "SELECT CASE strftime('%w', shipped_at) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
     "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, "
     "COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL GROUP BY weekday ORDER BY shipments DESC LIMIT 1"),
    ("time", "Mississauga DC shipments per month since it opened",
     "SELECT strftime('%Y-%m', s.shipped_at) AS mon, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE w.whse_nm = 'Mississauga DC' AND s.shipped_at IS NOT NULL GROUP BY mon ORDER BY mon"),
    # ---- measures (9)
    ("measures", "What's our overall on-time delivery rate?",
     "SELECT " + ONTIME + " AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "average transit time (days)",
     "SELECT ROUND(AVG(" + TRANSIT + "), 2) AS avg_transit_days FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "total revenue billed to date",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS revenue FROM cust_chg"),
    ("measures", "What's the avg carrier cost per shipment?",
     "SELECT ROUND(SUM(cost_cents) / 100.0 / COUNT(DISTINCT shpmt_id), 2) AS avg_cost_per_shipment FROM frt_cost"),
    ("measures", "avg weight per shipment in lbs",
     "SELECT ROUND(AVG(tot_wt_lb), 2) AS avg_weight_lb FROM shpmt WHERE shipped_at IS NOT NULL"),
    ("measures", "How much do customers still owe us (unpaid charges)?",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) AS outstanding FROM cust_chg WHERE paid_on IS NULL"),
    ("measures", "total $ paid out on claims so far",
     "SELECT ROUND(SUM(settled_usd), 2) AS settled FROM claim WHERE claim_stat = 'PAID'"),
    ("measures", "Average number of packages per shipment?",
     "SELECT ROUND(AVG(pkg_cnt), 2) AS avg_packages FROM shpmt WHERE shipped_at IS NOT NULL"),
    ("measures", "What was our gross margin % for 2024?",
     "SELECT ROUND(100.0 * (r.rev - c.cost) / r.rev, 2) AS margin_pct FROM "
     "(SELECT SUM(chg_cents) / 100.0 AS rev FROM cust_chg WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31') r, "
     "(SELECT SUM(f.cost_cents) / 100.0 AS cost FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id "
     "WHERE s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01') c"),
    # ---- filters (7)
    ("filters", "how many shipments got cancelled?",
     "SELECT COUNT(*) AS cancelled FROM shpmt WHERE stat_cd = 'CNL'"),
    ("filters", "Residential shipments to California in 2024 - how many?",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE dest_st_cd = 'CA' AND resi_flg = 1 "
     "AND shipped_at >= '2024-01-01' AND shipped_at < '2025-01-01'"),
    ("filters", "How many lost-package claims are still open?",
     "SELECT COUNT(*) AS open_claims FROM claim WHERE claim_type_cd = 'LOST' AND claim_stat = 'OPEN'"),
    ("filters", "number of shipments heavier than 1,000 lb",
     "SELECT COUNT(*) AS shipments FROM shpmt WHERE tot_wt_lb > 1000 AND shipped_at IS NOT NULL"),
    ("filters", "How many gold tier custoemrs do we have?",
     "SELECT COUNT(*) AS customers FROM cust c JOIN cust_tier t ON t.tier_cd = c.tier_cd WHERE t.tier_desc = 'Gold'"),
    ("filters", "usps shipments that ended in an exception (lost/damaged)",
     "SELECT COUNT(*) AS exceptions FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE c.carrier_nm = 'US Postal Service' AND s.stat_cd = 'EXC'"),
    ("filters", "How many Next Day Air shipments were delivered late?",
     "SELECT COUNT(*) AS late_shipments FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd "
     "WHERE v.svc_desc = 'Next Day Air' AND s.stat_cd = 'DLV' AND date(s.delivered_at) > s.promised_dt"),
    # ---- topn (6)
    ("topn", "Top 5 customers by revenue",
     "SELECT c.cust_nm, ROUND(SUM(g.chg_cents) / 100.0, 2) AS revenue FROM cust_chg g JOIN shpmt s ON s.shpmt_id = g.shpmt_id "
     "JOIN cust c ON c.cust_no = s.cust_no GROUP BY c.cust_no ORDER BY revenue DESC LIMIT 5"),
    ("topn", "which 3 carriers have the best on-time rate?",
     "SELECT c.carrier_nm, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE s.stat_cd = 'DLV' GROUP BY c.carrier_nm ORDER BY on_time_pct DESC LIMIT 3"),
    ("topn", "top 5 destination states by shipment count",
     "SELECT dest_st_cd, COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL GROUP BY dest_st_cd ORDER BY shipments DESC LIMIT 5"),
    ("topn", "Which warehouse shipped the most in 2024?",
     "SELECT w.whse_nm, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01' GROUP BY w.whse_nm ORDER BY shipments DESC LIMIT 1"),
    ("topn", "top 3 customers by total $ claimed",
     "SELECT c.cust_nm, ROUND(SUM(cl.claim_amt_usd), 2) AS claimed FROM claim cl JOIN shpmt s ON s.shpmt_id = cl.shpmt_id "
     "JOIN cust c ON c.cust_no = s.cust_no GROUP BY c.cust_no ORDER BY claimed DESC LIMIT 3"),
    ("topn", "Busiest 5 lanes - origin warehouse to destination state - by shipments",
     "SELECT w.whse_nm, s.dest_st_cd, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE s.shipped_at IS NOT NULL GROUP BY w.whse_nm, s.dest_st_cd ORDER BY shipments DESC LIMIT 5"),
    # ---- breakdowns (6)
    ("breakdowns", "shipment count by carrier",
     "SELECT c.carrier_nm, COUNT(*) AS shipments FROM shpmt s JOIN carrier c ON c.carrier_cd = s.carrier_cd "
     "WHERE s.shipped_at IS NOT NULL GROUP BY c.carrier_nm ORDER BY shipments DESC"),
    ("breakdowns", "Break down our carrier spend by cost type",
     "SELECT cost_type_cd, ROUND(SUM(cost_cents) / 100.0, 2) AS carrier_spend FROM frt_cost GROUP BY cost_type_cd ORDER BY carrier_spend DESC"),
    ("breakdowns", "avg transit days per service level",
     "SELECT v.svc_desc, ROUND(AVG(" + TRANSIT + "), 2) AS avg_transit_days FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd "
     "WHERE s.stat_cd = 'DLV' GROUP BY v.svc_desc ORDER BY avg_transit_days"),
    ("breakdowns", "Revenue by customer tier?",
     "SELECT t.tier_desc, ROUND(SUM(g.chg_cents) / 100.0, 2) AS revenue FROM cust_chg g JOIN shpmt s ON s.shpmt_id = g.shpmt_id "
     "JOIN cust c ON c.cust_no = s.cust_no JOIN cust_tier t ON t.tier_cd = c.tier_cd GROUP BY t.tier_desc ORDER BY revenue DESC"),
    ("breakdowns", "on-time % by origin warehouse",
     "SELECT w.whse_nm, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id "
     "WHERE s.stat_cd = 'DLV' GROUP BY w.whse_nm ORDER BY on_time_pct DESC"),
    ("breakdowns", "How many shipments are in each status?",
     "SELECT t.stat_desc, COUNT(*) AS shipments FROM shpmt s JOIN shpmt_stat t ON t.stat_cd = s.stat_cd "
     "GROUP BY t.stat_desc ORDER BY shipments DESC"),
    # ---- tricky (3)
    ("tricky", "How many orders were cancelled in 2024?",
     "SELECT COUNT(*) AS cancelled FROM shpmt WHERE stat_cd = 'CNL' AND created_at >= '2024-01-01' AND created_at < '2025-01-01'"),
    ("tricky", "What was USPS's on-time rate in December 2024 vs December 2023?",
     "SELECT strftime('%Y', s.shipped_at) AS yr, " + ONTIME + " AS on_time_pct FROM shpmt s "
     "JOIN carrier c ON c.carrier_cd = s.carrier_cd WHERE c.carrier_nm = 'US Postal Service' AND s.stat_cd = 'DLV' "
     "AND strftime('%m', s.shipped_at) = '12' AND s.shipped_at >= '2023-01-01' AND s.shipped_at < '2025-01-01' GROUP BY yr ORDER BY yr"),
    ("tricky", "margin by carrier for 2024 shipments, lowest first",
     "SELECT c.carrier_nm, ROUND((SUM(g.chg_cents) - SUM(fc.cost)) / 100.0, 2) AS margin FROM shpmt s "
     "JOIN carrier c ON c.carrier_cd = s.carrier_cd JOIN cust_chg g ON g.shpmt_id = s.shpmt_id "
     "JOIN (SELECT shpmt_id, SUM(cost_cents) AS cost FROM frt_cost GROUP BY shpmt_id) fc ON fc.shpmt_id = s.shpmt_id "
     "WHERE s.shipped_at >= '2024-01-01' AND s.shipped_at < '2025-01-01' GROUP BY c.carrier_nm ORDER BY margin"),
    # ---- simple (2)
    ("simple", "list our warehouses and when they opened",
     "SELECT whse_nm, opened_on FROM whse ORDER BY opened_on"),
    ("simple", "How many carriers do we work with?",
     "SELECT COUNT(*) AS carriers FROM carrier"),
]
# ---------------------------------------------------------------- clinic
NOSHOW = "100.0 * SUM(a.appt_stat_cd = 'NOS') / SUM(a.appt_stat_cd IN ('CMP','NOS'))"
DENIAL = "100.0 * SUM(c.clm_stat_cd = 'DEN') / SUM(c.clm_stat_cd IN ('PAID','DEN'))"
# age at 2024-12-31: every birthday of the year has passed by Dec 31, so age = 2024 - birth year
AGE = "(2024 - CAST(strftime('%Y', p.birth_dt) AS INTEGER))"

CLINIC = [
    # ---- time (12)
    ("time", "visits per month in 2024",
     "SELECT strftime('%m', appt_dt) AS mon, COUNT(*) AS visits FROM appt "
     "WHERE appt_stat_cd = 'CMP' AND appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY mon ORDER BY mon"),
    ("time", "What was the no-show rate each quarter of 2024?",
     "SELECT (CAST(strftime('%m', a.appt_dt) AS INTEGER) + 2) / 3 AS qtr, " + NOSHOW + " AS no_show_pct FROM appt a "
     "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "gross charges (production) by year",
     "SELECT strftime('%Y', a.appt_dt) AS yr, ROUND(SUM(v.chg_amt), 2) AS production FROM visit_proc v "
     "JOIN appt a ON a.appt_id = v.appt_id GROUP BY yr ORDER BY yr"),
    ("time", "Collections by month for 2024",
     "SELECT strftime('%m', pmt_ts) AS mon, ROUND(SUM(pmt_amt), 2) AS collections FROM pmt "
     "WHERE pmt_ts >= '2024-01-01' AND pmt_ts < '2025-01-01' GROUP BY mon ORDER BY mon"),
    ("time", "how many new patients did we register in the last 12 months?",
     "SELECT COUNT(*) AS new_patients FROM pt WHERE reg_on > date((SELECT MAX(reg_on) FROM pt), '-12 months')"),
    ("time", "How much did we bill insurers each quarter in 2023?",
     "SELECT (CAST(strftime('%m', submitted_on) AS INTEGER) + 2) / 3 AS qtr, ROUND(SUM(billed_cents) / 100.0, 2) AS billed "
     "FROM clm WHERE submitted_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "claim denial rate by year?",
     "SELECT strftime('%Y', c.submitted_on) AS yr, " + DENIAL + " AS denial_pct FROM clm c GROUP BY yr ORDER BY yr"),
    ("time", "avg days for insurers to process a claim, by quarter, 2024",
     "SELECT (CAST(strftime('%m', submitted_on) AS INTEGER) + 2) / 3 AS qtr, "
     "AVG(julianday(adjud_dt) - julianday(submitted_on)) AS avg_processing_days FROM clm "
     "WHERE adjud_dt IS NOT NULL AND submitted_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "How many flu shots did we give each month in 2024?",
     "SELECT strftime('%m', a.appt_dt) AS mon, COUNT(*) AS flu_shots FROM appt a JOIN appt_type t "
     "ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd "
     "WHERE t.type_desc = 'Flu shot' AND a.appt_stat_cd = 'CMP' AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY mon ORDER BY mon"),
    ("time", "cancelled appointments per month in 2024",
     "SELECT strftime('%m', appt_dt) AS mon, COUNT(*) AS cancellations FROM appt "
     "WHERE appt_stat_cd = 'CXL' AND appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY mon ORDER BY mon"),
    ("time", "What have we collected over the last 2 months?",
     "SELECT ROUND(SUM(pmt_amt), 2) AS collections FROM pmt "
     "WHERE date(pmt_ts) > date((SELECT MAX(pmt_ts) FROM pmt), '-2 months')"),
    ("time", "new patient registrations per year since 2022",
     "SELECT strftime('%Y', reg_on) AS yr, COUNT(*) AS new_patients FROM pt WHERE reg_on >= '2022-01-01' GROUP BY yr ORDER BY yr"),
    # ---- measures (9)
    ("measures", "Whats our overall no-show rate?",
     "SELECT " + NOSHOW + " AS no_show_pct FROM appt a"),
    ("measures", "total production in 2024",
     "SELECT ROUND(SUM(v.chg_amt), 2) AS production FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
     "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "What's the average charge per visit?",
     "SELECT SUM(v.chg_amt) / COUNT(DISTINCT a.appt_id) AS avg_charge_per_visit FROM appt a "
     "LEFT JOIN visit_proc v ON v.appt_id = a.appt_id WHERE a.appt_stat_cd = 'CMP'"),
    ("measures", "average claim processing time in days",
     "SELECT AVG(julianday(adjud_dt) - julianday(submitted_on)) AS avg_processing_days FROM clm WHERE adjud_dt IS NOT NULL"),
    ("measures", "What's our denial rate on claims overall?",
     "SELECT " + DENIAL + " AS denial_pct FROM clm c"),
    ("measures", "whats the avg age of our patients",
     "SELECT AVG(" + AGE + ") AS avg_age FROM pt p"),
    ("measures", "How much is sitting in pending claims (billed amount)?",
     "SELECT ROUND(SUM(billed_cents) / 100.0, 2) AS pending_billed FROM clm WHERE clm_stat_cd = 'PEND'"),
    ("measures", "Average scheduled length of a completed visit in minutes?",
     "SELECT AVG(dur_min) AS avg_minutes FROM appt WHERE appt_stat_cd = 'CMP'"),
    ("measures", "what % of our collections come from insurance?",
     "SELECT 100.0 * SUM(CASE WHEN pmt_src_cd = 'INS' THEN pmt_amt ELSE 0 END) / SUM(pmt_amt) AS insurance_pct FROM pmt"),
    # ---- filters (7)
    ("filters", "how many patients don't have an email on file",
     "SELECT COUNT(*) AS patients FROM pt WHERE email_addr IS NULL OR email_addr = ''"),
    ("filters", "Number of claims still pending",
     "SELECT COUNT(*) AS pending_claims FROM clm WHERE clm_stat_cd = 'PEND'"),
    ("filters", "How many molar root canals did we do in 2024",
     "SELECT SUM(v.units) AS root_canals FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
     "WHERE v.proc_cd = 'D3330' AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "how many patients have Medicaid as their medical insurance?",
     "SELECT COUNT(*) AS patients FROM pt p JOIN ins_co i ON i.payer_id = p.med_payer_id WHERE i.payer_type_cd = 'MCD'"),
    ("filters", "Visits at Denver Highlands in 2024?",
     "SELECT COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
     "WHERE l.clin_nm = 'Denver Highlands' AND a.appt_stat_cd = 'CMP' AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "Which providers have left the practice?",
     "SELECT first_nm || ' ' || last_nm AS provider, term_on FROM prov WHERE term_on IS NOT NULL ORDER BY term_on"),
    ("filters", "number of telehealth visits completed in 2024",
     "SELECT COUNT(*) AS visits FROM appt a JOIN appt_type t ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd "
     "WHERE t.type_desc = 'Telehealth visit' AND a.appt_stat_cd = 'CMP' AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    # ---- topn (6)
    ("topn", "Top 5 procedures by production",
     "SELECT m.proc_desc, ROUND(SUM(v.chg_amt), 2) AS production FROM visit_proc v JOIN proc_mstr m ON m.proc_cd = v.proc_cd "
     "GROUP BY m.proc_desc ORDER BY production DESC LIMIT 5"),
    ("topn", "which 3 payers deny the most claims?",
     "SELECT i.payer_nm, COUNT(*) AS denied_claims FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id "
     "WHERE c.clm_stat_cd = 'DEN' GROUP BY i.payer_nm ORDER BY denied_claims DESC LIMIT 3"),
    ("topn", "top 5 providers by number of visits in 2024",
     "SELECT p.first_nm || ' ' || p.last_nm AS provider, COUNT(*) AS visits FROM appt a JOIN prov p ON p.prov_npi = a.prov_npi "
     "WHERE a.appt_stat_cd = 'CMP' AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY a.prov_npi ORDER BY visits DESC LIMIT 5"),
    ("topn", "Which clinic has the worst no-show rate?",
     "SELECT l.clin_nm, " + NOSHOW + " AS no_show_pct FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
     "GROUP BY l.clin_nm ORDER BY no_show_pct DESC LIMIT 1"),
    ("topn", "top 3 denial reasons",
     "SELECT d.den_rsn_desc, COUNT(*) AS denied_claims FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd "
     "WHERE c.clm_stat_cd = 'DEN' GROUP BY d.den_rsn_desc ORDER BY denied_claims DESC LIMIT 3"),
    ("topn", "Top 5 insurers by amount paid to us in 2024",
     "SELECT i.payer_nm, ROUND(SUM(c.paid_cents) / 100.0, 2) AS insurer_paid FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id "
     "WHERE c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY i.payer_nm ORDER BY insurer_paid DESC LIMIT 5"),
    # ---- breakdowns (6)
    ("breakdowns", "visits by clinic",
     "SELECT l.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc l ON l.clin_cd = a.clin_cd "
     "WHERE a.appt_stat_cd = 'CMP' GROUP BY l.clin_nm ORDER BY visits DESC"),
    ("breakdowns", "Production split by service line (medical vs dental)",
     "SELECT a.svc_line_cd, ROUND(SUM(v.chg_amt), 2) AS production FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id "
     "GROUP BY a.svc_line_cd ORDER BY production DESC"),
    ("breakdowns", "collections broken down by paymnet method",
     "SELECT pay_mthd_cd, ROUND(SUM(pmt_amt), 2) AS collections FROM pmt GROUP BY pay_mthd_cd ORDER BY collections DESC"),
    ("breakdowns", "No-show rate by appointment type",
     "SELECT t.type_desc, " + NOSHOW + " AS no_show_pct FROM appt a JOIN appt_type t "
     "ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd GROUP BY t.type_desc ORDER BY no_show_pct DESC"),
    ("breakdowns", "How many claims in each status?",
     "SELECT clm_stat_cd, COUNT(*) AS claims FROM clm GROUP BY clm_stat_cd ORDER BY claims DESC"),
    ("breakdowns", "provider count by specialty",
     "SELECT s.spec_nm, COUNT(*) AS providers FROM prov p JOIN spec_lkp s ON s.spec_cd = p.spec_cd "
     "GROUP BY s.spec_nm ORDER BY providers DESC"),
    # ---- tricky (3)
    ("tricky", "what % of dental appointments in 2024 were no-shows?",
     "SELECT " + NOSHOW + " AS no_show_pct FROM appt a WHERE a.svc_line_cd = 'DEN' AND a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("tricky", "How many of our patients are 65 or older?",
     "SELECT COUNT(*) AS patients FROM pt p WHERE " + AGE + " >= 65"),
    ("tricky", "Which weekday has the highest no show rate?",
     "SELECT CASE strftime('%w', a.appt_dt) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
     "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday, "
     + NOSHOW + " AS no_show_pct FROM appt a GROUP BY weekday ORDER BY no_show_pct DESC LIMIT 1"),
    # ---- simple (2)
    ("simple", "list all our clinics and the city they're in",
     "SELECT clin_nm, city_nm FROM clin_loc ORDER BY clin_nm"),
    ("simple", "How many insurance companies do we work with?",
     "SELECT COUNT(*) AS payers FROM ins_co"),
]
SETS = {"hr": HR, "subs": SUBS, "logistics": LOGISTICS, "clinic": CLINIC}
# ---------------------------------------------------------------- checks and output
TABLES_CACHE = {}

def db_tables(con):
    return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]

LIMIT_RE = re.compile(r"\bLIMIT\s+(\d+)\s*;?\s*$", re.I)

def tie_at_cut(con, sql):
    """For a query ending in LIMIT n: rerun without the limit and compare the last column
    of row n with row n+1. Returns an error string or None."""
    m = LIMIT_RE.search(sql)
    if not m:
        return None
    n = int(m.group(1))
    full = con.execute(sql[:m.start()]).fetchall()
    if len(full) < n:
        return "LIMIT %d but only %d rows" % (n, len(full))
    if len(full) > n and full[n - 1][-1] == full[n][-1]:
        return "tie at row %d on ranking value %r" % (n, full[n - 1][-1])
    if full[n - 1][-1] is None:
        return "NULL ranking value at the cut"
    return None

def tables_used(sql, tables):
    low = sql.lower()
    return {t for t in tables if re.search(r"\b%s\b" % re.escape(t.lower()), low)}

def check_db(db, items, path, show=False):
    errs = []
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    tables = db_tables(con)
    kinds = {}
    simple_cnt = 0
    qs, sqls = set(), set()
    for i, it in enumerate(items):
        kind, question, sql = it[0], it[1], it[2]
        rank_sql = it[3] if len(it) > 3 else None
        kinds[kind] = kinds.get(kind, 0) + 1
        tag = "%s[%d] %s" % (db, i, question)
        if question in qs:
            errs.append(tag + ": duplicate question")
        if sql in sqls:
            errs.append(tag + ": duplicate sql")
        qs.add(question); sqls.add(sql)
        if len(tables_used(sql, tables)) <= 2:
            simple_cnt += 1
        try:
            rows = con.execute(sql).fetchall()
        except Exception as ex:
            errs.append(tag + ": error " + str(ex)); continue
        if show:
            print("--", i, kind, "|", question, "| tables:", len(tables_used(sql, tables)))
            for r in rows[:8]:
                print("    ", r)
            if len(rows) > 8:
                print("     ... %d rows" % len(rows))
        if not rows:
            errs.append(tag + ": no rows"); continue
        if all(v is None for r in rows for v in r):
            errs.append(tag + ": all NULL")
        ncol = len(rows[0])
        for c in range(ncol):
            if all(r[c] is None for r in rows):
                errs.append(tag + ": column %d all NULL" % c)
        for s in [sql] + ([rank_sql] if rank_sql else []):
            e = tie_at_cut(con, s)
            if e:
                errs.append(tag + ": " + e)
    for k, n in KIND_COUNTS.items():
        if kinds.get(k, 0) != n:
            errs.append("%s: kind %s has %d, want %d" % (db, k, kinds.get(k, 0), n))
    if len(items) != 45:
        errs.append("%s: %d items, want 45" % (db, len(items)))
    if simple_cnt * 2 <= len(items):
        errs.append("%s: only %d one-table/one-join questions" % (db, simple_cnt))
    con.close()
    return errs, simple_cnt

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--show", action="store_true", help="print result previews")
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    all_errs = []
    out = {}
    for db, items in SETS.items():
        if a.only and db != a.only:
            continue
        path = os.path.join(a.dir, db, db + ".sqlite")
        errs, sc = check_db(db, items, path, a.show)
        print("%s: %d questions, %d one-table/one-join, %d problems" % (db, len(items), sc, len(errs)))
        all_errs += errs
        out[db] = items
    if all_errs:
        for e in all_errs:
            print("FAIL", e)
        print("nothing written")
        sys.exit(1)
    if a.only:
        print("checks pass (--only: nothing written)")
        return
    here = os.path.dirname(os.path.abspath(__file__))
    for db, items in out.items():
        data = [{"question": it[1], "db_id": db, "query": it[2]} for it in items]
        kinds = {str(i): it[0] for i, it in enumerate(items)}
        with open(os.path.join(here, db + "_v5.json"), "w") as f:
            json.dump(data, f, indent=1)
        with open(os.path.join(here, db + "_v5_kinds.json"), "w") as f:
            json.dump(kinds, f, indent=1)
        print("wrote", db + "_v5.json", db + "_v5_kinds.json")

if __name__ == "__main__":
    main()
