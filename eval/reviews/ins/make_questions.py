#!/usr/bin/env python3
"""Writes questions.json (question, gold SQLite SQL, kind). Conventions: CONVENTIONS.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

AGENT = "a.agt_fst_nm || ' ' || a.agt_lst_nm"
PH = "COALESCE(h.org_nm, h.fst_nm || ' ' || h.lst_nm)"
INCURRED = "(c.pd_amt + c.rsrv_amt)"
QTR = "strftime('%Y', {d}) || '-Q' || ((CAST(strftime('%m', {d}) AS INTEGER) + 2) / 3)"

Q = []


def q(kind, question, query):
    Q.append({"question": question, "query": " ".join(query.split()), "kind": kind})


# ---------------------------------------------------------------- simple (5)
q("simple", "How many policyholders do we have?",
  "SELECT COUNT(*) AS policyholders FROM plcyhldr")
q("simple", "How many branches do we have?",
  "SELECT COUNT(*) AS branches FROM brnch")
q("simple", "List our product lines",
  "SELECT prod_nm AS product FROM lkp_prod ORDER BY prod_nm")
q("simple", "How many claims are on file in total?",
  "SELECT COUNT(*) AS claims FROM clm")
q("simple", "How many active policies do we have?",
  "SELECT COUNT(*) AS active_policies FROM plcy WHERE plcy_stat_cd = 'ACT'")

# ---------------------------------------------------------------- time (30)
q("time", "Written premium by month for 2024",
  """SELECT strftime('%Y-%m', eff_dt) AS month, SUM(wrtn_prem_amt) AS written_premium
     FROM plcy WHERE eff_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY month ORDER BY month""")
q("time", "How many claims came in during Q2 2024?",
  "SELECT COUNT(*) AS claims FROM clm WHERE rptd_on BETWEEN '2024-04-01' AND '2024-06-30'")
q("time", "What's our premium written YTD?",
  "SELECT SUM(wrtn_prem_amt) AS written_premium FROM plcy WHERE eff_dt BETWEEN '2025-01-01' AND '2025-09-30'")
q("time", "Claims reported per quarter since the start of 2023",
  f"""SELECT {QTR.format(d='rptd_on')} AS quarter, COUNT(*) AS claims
     FROM clm WHERE rptd_on >= '2023-01-01' GROUP BY quarter ORDER BY quarter""")
q("time", "How many policies kicked in last month?",
  "SELECT COUNT(*) AS policies FROM plcy WHERE eff_dt BETWEEN '2025-08-01' AND '2025-08-31'")
q("time", "How much did we pay out on claims we closed in 2023?",
  "SELECT SUM(pd_amt) AS paid FROM clm WHERE clm_stat_cd = 'CLSD' AND clsd_on BETWEEN '2023-01-01' AND '2023-12-31'")
q("time", "Premium collected in the last 6 months",
  """SELECT SUM(pmt_cents) / 100.0 AS collected FROM prem_pmt
     WHERE pmt_stat_cd = 'PSTD' AND pmt_dt BETWEEN '2025-04-01' AND '2025-09-30'""")
q("time", "Written premium 2023 vs 2024",
  """SELECT strftime('%Y', eff_dt) AS year, SUM(wrtn_prem_amt) AS written_premium
     FROM plcy WHERE eff_dt BETWEEN '2023-01-01' AND '2024-12-31' GROUP BY year ORDER BY year""")
q("time", "Monthly claim count over the last 12 months",
  """SELECT strftime('%Y-%m', rptd_on) AS month, COUNT(*) AS claims FROM clm
     WHERE rptd_on BETWEEN '2024-10-01' AND '2025-09-30' GROUP BY month ORDER BY month""")
q("time", "How many policies got cancelled in 2024?",
  "SELECT COUNT(*) AS cancelled FROM plcy WHERE plcy_stat_cd = 'CNCL' AND cncl_on BETWEEN '2024-01-01' AND '2024-12-31'")
q("time", "Average number of days to close a claim, by the year it was closed",
  """SELECT strftime('%Y', clsd_on) AS year, AVG(julianday(clsd_on) - julianday(rptd_on)) AS avg_days_to_close
     FROM clm WHERE clm_stat_cd = 'CLSD' GROUP BY year ORDER BY year""")
q("time", "Losses that happened in July 2025: how many and how much incurred?",
  f"""SELECT COUNT(*) AS claims, SUM{INCURRED} AS incurred FROM clm c
     WHERE c.loss_dt BETWEEN '2025-07-01' AND '2025-07-31'""")
q("time", "Premium written this quarter vs last quarter",
  f"""SELECT {QTR.format(d='eff_dt')} AS quarter, SUM(wrtn_prem_amt) AS written_premium
     FROM plcy WHERE eff_dt BETWEEN '2025-04-01' AND '2025-09-30' GROUP BY quarter ORDER BY quarter""")
q("time", "How many new customers did we sign up each year since 2022?",
  """SELECT strftime('%Y', crt_ts) AS year, COUNT(*) AS new_customers FROM plcyhldr
     WHERE crt_ts >= '2022-01-01' GROUP BY year ORDER BY year""")
q("time", "Claims reported in the last 30 days",
  "SELECT COUNT(*) AS claims FROM clm WHERE rptd_on BETWEEN '2025-09-01' AND '2025-09-30'")
q("time", "Written premium by product for H1 2025",
  """SELECT lp.prod_nm AS product, SUM(p.wrtn_prem_amt) AS written_premium
     FROM plcy p JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd
     WHERE p.eff_dt BETWEEN '2025-01-01' AND '2025-06-30' GROUP BY lp.prod_nm ORDER BY lp.prod_nm""")
q("time", "Which month of 2024 had the most claims reported?",
  """SELECT strftime('%Y-%m', rptd_on) AS month, COUNT(*) AS claims FROM clm
     WHERE rptd_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY claims DESC LIMIT 1""")
q("time", "Lapsed policies per quarter in 2024 and 2025",
  f"""SELECT {QTR.format(d='cncl_on')} AS quarter, COUNT(*) AS lapsed FROM plcy
     WHERE plcy_stat_cd = 'LAPS' AND cncl_on BETWEEN '2024-01-01' AND '2025-09-30' GROUP BY quarter ORDER BY quarter""")
q("time", "Total paid so far on losses from 2024",
  "SELECT SUM(pd_amt) AS paid FROM clm WHERE loss_dt BETWEEN '2024-01-01' AND '2024-12-31'")
q("time", "How much premium did we collect in March 2025?",
  """SELECT SUM(pmt_cents) / 100.0 AS collected FROM prem_pmt
     WHERE pmt_stat_cd = 'PSTD' AND pmt_dt BETWEEN '2025-03-01' AND '2025-03-31'""")
q("time", "How many active policies expire in the next 30 days?",
  "SELECT COUNT(*) AS policies FROM plcy WHERE plcy_stat_cd = 'ACT' AND exp_dt BETWEEN '2025-10-01' AND '2025-10-30'")
q("time", "Average premium per policy by year written",
  """SELECT strftime('%Y', eff_dt) AS year, AVG(wrtn_prem_amt) AS avg_premium FROM plcy
     GROUP BY year ORDER BY year""")
q("time", "Claims reported so far this month",
  "SELECT COUNT(*) AS claims FROM clm WHERE rptd_on BETWEEN '2025-09-01' AND '2025-09-30'")
q("time", "How many renewals have we written this year?",
  """SELECT COUNT(*) AS renewals FROM plcy
     WHERE rnwl_of_plcy_id IS NOT NULL AND eff_dt BETWEEN '2025-01-01' AND '2025-09-30'""")
q("time", "How many open claims were reported more than 90 days ago?",
  "SELECT COUNT(*) AS claims FROM clm WHERE clm_stat_cd IN ('OPEN', 'REOP') AND rptd_on < '2025-07-02'")
q("time", "Premium written Jan-Sep 2024 compared with Jan-Sep 2025",
  """SELECT strftime('%Y', eff_dt) AS year, SUM(wrtn_prem_amt) AS written_premium FROM plcy
     WHERE eff_dt BETWEEN '2024-01-01' AND '2024-09-30' OR eff_dt BETWEEN '2025-01-01' AND '2025-09-30'
     GROUP BY year ORDER BY year""")
q("time", "How many premium payments bounced last quarter?",
  "SELECT COUNT(*) AS returned_payments FROM prem_pmt WHERE pmt_stat_cd = 'RTRN' AND pmt_dt BETWEEN '2025-04-01' AND '2025-06-30'")
q("time", "Incurred losses by accident year",
  f"""SELECT strftime('%Y', c.loss_dt) AS accident_year, SUM{INCURRED} AS incurred FROM clm c
     GROUP BY accident_year ORDER BY accident_year""")
q("time", "How many customers joined in 2024?",
  "SELECT COUNT(*) AS customers FROM plcyhldr WHERE crt_ts >= '2024-01-01' AND crt_ts < '2025-01-01'")
q("time", "Auto claims by month in 2025",
  """SELECT strftime('%Y-%m', c.rptd_on) AS month, COUNT(*) AS claims
     FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id
     WHERE p.prod_cd = 'AUTO' AND c.rptd_on BETWEEN '2025-01-01' AND '2025-09-30'
     GROUP BY month ORDER BY month""")

# ---------------------------------------------------------------- measures (25)
q("measures", "What's our overall loss ratio?",
  f"""SELECT (SELECT SUM{INCURRED} FROM clm c) / (SELECT SUM(wrtn_prem_amt) FROM plcy) AS loss_ratio""")
q("measures", "Loss ratio by product line",
  f"""WITH prem AS (SELECT prod_cd, SUM(wrtn_prem_amt) AS premium FROM plcy GROUP BY prod_cd),
          loss AS (SELECT p.prod_cd, SUM{INCURRED} AS incurred FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id GROUP BY p.prod_cd)
     SELECT lp.prod_nm AS product, COALESCE(loss.incurred, 0) / prem.premium AS loss_ratio
     FROM prem JOIN lkp_prod lp ON lp.prod_cd = prem.prod_cd LEFT JOIN loss ON loss.prod_cd = prem.prod_cd
     ORDER BY lp.prod_nm""")
q("measures", "Loss ratio for each branch",
  f"""WITH prem AS (SELECT a.brnch_cd, SUM(p.wrtn_prem_amt) AS premium FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd GROUP BY a.brnch_cd),
          loss AS (SELECT a.brnch_cd, SUM{INCURRED} AS incurred FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id
                   JOIN agt a ON a.agt_cd = p.agt_cd GROUP BY a.brnch_cd)
     SELECT b.brnch_nm AS branch, COALESCE(loss.incurred, 0) / prem.premium AS loss_ratio
     FROM prem JOIN brnch b ON b.brnch_cd = prem.brnch_cd LEFT JOIN loss ON loss.brnch_cd = prem.brnch_cd
     ORDER BY b.brnch_nm""")
q("measures", "What's the average claim?",
  f"SELECT AVG{INCURRED} AS avg_claim FROM clm c WHERE c.clm_stat_cd <> 'DENY'")
q("measures", "Average claim size on homeowners",
  f"""SELECT AVG{INCURRED} AS avg_claim FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id
     WHERE p.prod_cd = 'HO' AND c.clm_stat_cd <> 'DENY'""")
q("measures", "On open claims, how much have we paid vs how much is still reserved?",
  "SELECT SUM(pd_amt) AS paid, SUM(rsrv_amt) AS reserved FROM clm WHERE clm_stat_cd IN ('OPEN', 'REOP')")
q("measures", "Paid vs reserved by product line",
  """SELECT lp.prod_nm AS product, SUM(c.pd_amt) AS paid, SUM(c.rsrv_amt) AS reserved
     FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd
     GROUP BY lp.prod_nm ORDER BY lp.prod_nm""")
q("measures", "Premium written per agent in 2024",
  f"""SELECT {AGENT} AS agent, SUM(p.wrtn_prem_amt) AS written_premium
     FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd
     WHERE p.eff_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY a.agt_cd ORDER BY agent""")
q("measures", "What do we charge on average for a personal auto policy?",
  "SELECT AVG(wrtn_prem_amt) AS avg_premium FROM plcy WHERE prod_cd = 'AUTO'")
q("measures", "Total premium written in 2024",
  "SELECT SUM(wrtn_prem_amt) AS written_premium FROM plcy WHERE eff_dt BETWEEN '2024-01-01' AND '2024-12-31'")
q("measures", "Claim frequency per 100 policies, by product",
  """WITH pol AS (SELECT prod_cd, COUNT(*) AS n FROM plcy GROUP BY prod_cd),
          cl AS (SELECT p.prod_cd, COUNT(*) AS n FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id GROUP BY p.prod_cd)
     SELECT lp.prod_nm AS product, 100.0 * COALESCE(cl.n, 0) / pol.n AS claims_per_100_policies
     FROM pol JOIN lkp_prod lp ON lp.prod_cd = pol.prod_cd LEFT JOIN cl ON cl.prod_cd = pol.prod_cd
     ORDER BY lp.prod_nm""")
q("measures", "For policies written in 2024, how much premium was written and how much have we actually collected?",
  """SELECT (SELECT SUM(wrtn_prem_amt) FROM plcy WHERE eff_dt BETWEEN '2024-01-01' AND '2024-12-31') AS written_premium,
            (SELECT SUM(m.pmt_cents) / 100.0 FROM prem_pmt m JOIN plcy p ON p.plcy_id = m.plcy_id
             WHERE m.pmt_stat_cd = 'PSTD' AND p.eff_dt BETWEEN '2024-01-01' AND '2024-12-31') AS collected""")
q("measures", "How much commission did we owe agents on 2024 business?",
  """SELECT SUM(p.wrtn_prem_amt * a.comm_rt) AS commission FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd
     WHERE p.eff_dt BETWEEN '2024-01-01' AND '2024-12-31'""")
q("measures", "On average how many days pass between a loss and when it's reported?",
  "SELECT AVG(julianday(rptd_on) - julianday(loss_dt)) AS avg_days_to_report FROM clm")
q("measures", "Workers comp loss ratio for 2024",
  f"""SELECT (SELECT SUM{INCURRED} FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id
             WHERE p.prod_cd = 'WC' AND p.eff_dt BETWEEN '2024-01-01' AND '2024-12-31')
          / (SELECT SUM(wrtn_prem_amt) FROM plcy WHERE prod_cd = 'WC' AND eff_dt BETWEEN '2024-01-01' AND '2024-12-31')
          AS loss_ratio""")
q("measures", "Total outstanding reserves right now",
  "SELECT SUM(rsrv_amt) AS outstanding_reserves FROM clm")
q("measures", "Average active premium per customer",
  """SELECT SUM(wrtn_prem_amt) / COUNT(DISTINCT ph_id) AS avg_premium_per_customer
     FROM plcy WHERE plcy_stat_cd = 'ACT'""")
q("measures", "Incurred losses by branch for accident year 2025",
  f"""SELECT b.brnch_nm AS branch, SUM{INCURRED} AS incurred
     FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id JOIN agt a ON a.agt_cd = p.agt_cd JOIN brnch b ON b.brnch_cd = a.brnch_cd
     WHERE c.loss_dt BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY b.brnch_nm ORDER BY b.brnch_nm""")
q("measures", "What percent of claims get denied, by product?",
  """SELECT lp.prod_nm AS product, 100.0 * SUM(CASE WHEN c.clm_stat_cd = 'DENY' THEN 1 ELSE 0 END) / COUNT(*) AS denial_pct
     FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd
     GROUP BY lp.prod_nm ORDER BY lp.prod_nm""")
q("measures", "What share of our written premium comes from commercial lines?",
  """SELECT 100.0 * SUM(CASE WHEN lp.lob_cd = 'CL' THEN p.wrtn_prem_amt ELSE 0 END) / SUM(p.wrtn_prem_amt) AS commercial_pct
     FROM plcy p JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd""")
q("measures", "Average deductible on the dwelling coverage of homeowners policies",
  "SELECT AVG(ded_amt) AS avg_deductible FROM plcy_cvg WHERE cvg_cd = 'DWEL'")
q("measures", "How much umbrella liability limit do we have in force?",
  """SELECT SUM(v.lmt_amt) AS umbrella_limit FROM plcy_cvg v JOIN plcy p ON p.plcy_id = v.plcy_id
     WHERE p.prod_cd = 'UMB' AND p.plcy_stat_cd = 'ACT' AND v.cvg_cd = 'UMBL'""")
q("measures", "How much premium comes from endorsements versus base coverages?",
  """SELECT CASE WHEN endt_ind = 'Y' THEN 'Endorsement' ELSE 'Base coverage' END AS coverage_type,
            SUM(cvg_prem_cents) / 100.0 AS premium
     FROM plcy_cvg GROUP BY coverage_type ORDER BY coverage_type""")
q("measures", "Average payout on closed claims by cause of loss",
  """SELECT lc.cause_desc AS cause, AVG(c.pd_amt) AS avg_paid FROM clm c JOIN lkp_loss_cause lc ON lc.cause_cd = c.cause_cd
     WHERE c.clm_stat_cd = 'CLSD' GROUP BY lc.cause_desc ORDER BY lc.cause_desc""")
q("measures", "What's our renewal rate on policies that expired in 2024?",
  """SELECT 100.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM plcy r WHERE r.rnwl_of_plcy_id = p.plcy_id) THEN 1 ELSE 0 END) / COUNT(*)
            AS renewal_pct
     FROM plcy p WHERE p.plcy_stat_cd = 'EXP' AND p.exp_dt BETWEEN '2024-01-01' AND '2024-12-31'""")

# ---------------------------------------------------------------- filters (20)
q("filters", "Show me open claims over $50k",
  f"""SELECT c.clm_no AS claim, {INCURRED} AS incurred FROM clm c
     WHERE c.clm_stat_cd IN ('OPEN', 'REOP') AND {INCURRED} > 50000 ORDER BY incurred DESC""")
q("filters", "How many policies ended for non-payment in 2025?",
  "SELECT COUNT(*) AS policies FROM plcy WHERE cncl_rsn_cd = 'NONPAY' AND cncl_on BETWEEN '2025-01-01' AND '2025-09-30'")
q("filters", "How many customers live in Kentucky?",
  "SELECT COUNT(*) AS customers FROM plcyhldr WHERE st_cd = 'KY'")
q("filters", "Litigated claims that are still open",
  f"""SELECT c.clm_no AS claim, {INCURRED} AS incurred FROM clm c
     WHERE c.litig_flg = 'Y' AND c.clm_stat_cd IN ('OPEN', 'REOP') ORDER BY c.clm_no""")
q("filters", "How many active homeowners policies have water backup coverage?",
  """SELECT COUNT(DISTINCT p.plcy_id) AS policies FROM plcy p JOIN plcy_cvg v ON v.plcy_id = p.plcy_id
     WHERE p.prod_cd = 'HO' AND p.plcy_stat_cd = 'ACT' AND v.cvg_cd = 'WBU'""")
q("filters", "How many animal collision claims did we get in 2024?",
  "SELECT COUNT(*) AS claims FROM clm WHERE cause_cd = 'ANML' AND rptd_on BETWEEN '2024-01-01' AND '2024-12-31'")
q("filters", "How many active policies carry more than $10k in premium?",
  "SELECT COUNT(*) AS policies FROM plcy WHERE plcy_stat_cd = 'ACT' AND wrtn_prem_amt > 10000")
q("filters", "Which agents have left the company, and when?",
  f"SELECT {AGENT} AS agent, a.term_dt AS left_on FROM agt a WHERE a.agt_stat_cd = 'T' ORDER BY a.term_dt")
q("filters", "How many claims on losses in Ohio were denied?",
  "SELECT COUNT(*) AS claims FROM clm WHERE loss_st_cd = 'OH' AND clm_stat_cd = 'DENY'")
q("filters", "How many business customers do we have in Michigan?",
  "SELECT COUNT(*) AS customers FROM plcyhldr WHERE ph_typ_cd = 'B' AND st_cd = 'MI'")
q("filters", "How many monthly-pay policies lapsed?",
  "SELECT COUNT(*) AS policies FROM plcy WHERE bill_pln_cd = 'MTH' AND plcy_stat_cd = 'LAPS'")
q("filters", "Catastrophe losses in 2024: number of claims and amount paid",
  """SELECT COUNT(*) AS claims, SUM(c.pd_amt) AS paid FROM clm c JOIN lkp_loss_cause lc ON lc.cause_cd = c.cause_cd
     WHERE lc.cat_ind = 'Y' AND c.loss_dt BETWEEN '2024-01-01' AND '2024-12-31'""")
q("filters", "List our Canadian customers",
  f"""SELECT {PH} AS customer, h.addr_city AS city, h.st_cd AS province FROM plcyhldr h
     WHERE h.cntry_cd = 'CA' ORDER BY customer""")
q("filters", "How many open claims haven't had any payment yet?",
  "SELECT COUNT(*) AS claims FROM clm WHERE clm_stat_cd IN ('OPEN', 'REOP') AND pd_amt = 0")
q("filters", "How many policies did Susan Novak write in 2025?",
  """SELECT COUNT(*) AS policies FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd
     WHERE a.agt_fst_nm = 'Susan' AND a.agt_lst_nm = 'Novak' AND p.eff_dt BETWEEN '2025-01-01' AND '2025-09-30'""")
q("filters", "How many active commercial auto policies do we have for Pennsylvania customers?",
  """SELECT COUNT(*) AS policies FROM plcy p JOIN plcyhldr h ON h.ph_id = p.ph_id
     WHERE p.prod_cd = 'CAUT' AND p.plcy_stat_cd = 'ACT' AND h.st_cd = 'PA'""")
q("filters", "How many claims are over $100k?",
  f"SELECT COUNT(*) AS claims FROM clm c WHERE {INCURRED} > 100000")
q("filters", "How many policyholders have no email on file?",
  "SELECT COUNT(*) AS customers FROM plcyhldr WHERE email_addr IS NULL")
q("filters", "Cash payments over $1,000 this year",
  """SELECT p.plcy_no AS policy, m.pmt_dt AS paid_on, m.pmt_cents / 100.0 AS amount
     FROM prem_pmt m JOIN plcy p ON p.plcy_id = m.plcy_id
     WHERE m.pmt_mthd_cd = 'CASH' AND m.pmt_cents > 100000 AND m.pmt_dt BETWEEN '2025-01-01' AND '2025-09-30'
     ORDER BY m.pmt_dt""")
q("filters", "How many workers comp claims have lawyers involved?",
  """SELECT COUNT(*) AS claims FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id
     WHERE p.prod_cd = 'WC' AND c.litig_flg = 'Y'""")

# ---------------------------------------------------------------- topn (15)
q("topn", "Top 5 agents by premium written in 2024",
  f"""SELECT {AGENT} AS agent, SUM(p.wrtn_prem_amt) AS written_premium FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd
     WHERE p.eff_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY a.agt_cd ORDER BY written_premium DESC LIMIT 5""")
q("topn", "Top 10 customers by total premium",
  f"""SELECT {PH} AS customer, SUM(p.wrtn_prem_amt) AS written_premium FROM plcy p JOIN plcyhldr h ON h.ph_id = p.ph_id
     GROUP BY h.ph_id ORDER BY written_premium DESC LIMIT 10""")
q("topn", "Which 3 branches had the most claims reported in 2025?",
  """SELECT b.brnch_nm AS branch, COUNT(*) AS claims FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id
     JOIN agt a ON a.agt_cd = p.agt_cd JOIN brnch b ON b.brnch_cd = a.brnch_cd
     WHERE c.rptd_on BETWEEN '2025-01-01' AND '2025-09-30' GROUP BY b.brnch_nm ORDER BY claims DESC LIMIT 3""")
q("topn", "The 5 biggest claims we've ever had",
  f"SELECT c.clm_no AS claim, {INCURRED} AS incurred FROM clm c ORDER BY incurred DESC LIMIT 5")
q("topn", "Top 3 causes of loss by total incurred",
  f"""SELECT lc.cause_desc AS cause, SUM{INCURRED} AS incurred FROM clm c JOIN lkp_loss_cause lc ON lc.cause_cd = c.cause_cd
     GROUP BY lc.cause_desc ORDER BY incurred DESC LIMIT 3""")
q("topn", "Top 5 states by number of customers",
  "SELECT st_cd AS state, COUNT(*) AS customers FROM plcyhldr GROUP BY st_cd ORDER BY customers DESC LIMIT 5")
q("topn", "Which agent has the worst loss ratio, among agents with at least $250k written?",
  f"""WITH prem AS (SELECT agt_cd, SUM(wrtn_prem_amt) AS premium FROM plcy GROUP BY agt_cd),
          loss AS (SELECT p.agt_cd, SUM{INCURRED} AS incurred FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id GROUP BY p.agt_cd)
     SELECT {AGENT} AS agent, COALESCE(loss.incurred, 0) / prem.premium AS loss_ratio
     FROM prem JOIN agt a ON a.agt_cd = prem.agt_cd LEFT JOIN loss ON loss.agt_cd = prem.agt_cd
     WHERE prem.premium >= 250000 ORDER BY loss_ratio DESC LIMIT 1""")
q("topn", "Bottom 5 agents by premium written YTD",
  f"""SELECT {AGENT} AS agent, SUM(p.wrtn_prem_amt) AS written_premium FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd
     WHERE p.eff_dt BETWEEN '2025-01-01' AND '2025-09-30' GROUP BY a.agt_cd ORDER BY written_premium ASC LIMIT 5""")
q("topn", "Top 3 products by number of active policies",
  """SELECT lp.prod_nm AS product, COUNT(*) AS active_policies FROM plcy p JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd
     WHERE p.plcy_stat_cd = 'ACT' GROUP BY lp.prod_nm ORDER BY active_policies DESC LIMIT 3""")
q("topn", "Top 5 cities by premium written in 2025",
  """SELECT h.addr_city AS city, SUM(p.wrtn_prem_amt) AS written_premium FROM plcy p JOIN plcyhldr h ON h.ph_id = p.ph_id
     WHERE p.eff_dt BETWEEN '2025-01-01' AND '2025-09-30' GROUP BY h.addr_city ORDER BY written_premium DESC LIMIT 5""")
q("topn", "Our 5 biggest business customers by premium this year",
  """SELECT h.org_nm AS customer, SUM(p.wrtn_prem_amt) AS written_premium FROM plcy p JOIN plcyhldr h ON h.ph_id = p.ph_id
     WHERE h.ph_typ_cd = 'B' AND p.eff_dt BETWEEN '2025-01-01' AND '2025-09-30'
     GROUP BY h.ph_id ORDER BY written_premium DESC LIMIT 5""")
q("topn", "Top 10 open claims by outstanding reserve",
  "SELECT clm_no AS claim, rsrv_amt AS reserve FROM clm WHERE clm_stat_cd IN ('OPEN', 'REOP') ORDER BY rsrv_amt DESC LIMIT 10")
q("topn", "Which month had the highest premium collections in 2024?",
  """SELECT strftime('%Y-%m', pmt_dt) AS month, SUM(pmt_cents) / 100.0 AS collected FROM prem_pmt
     WHERE pmt_stat_cd = 'PSTD' AND pmt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY collected DESC LIMIT 1""")
q("topn", "Top 3 agents by new business policy count in 2024",
  f"""SELECT {AGENT} AS agent, COUNT(*) AS new_policies FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd
     WHERE p.rnwl_of_plcy_id IS NULL AND p.eff_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY a.agt_cd ORDER BY new_policies DESC LIMIT 3""")
q("topn", "Which 3 coverages bring in the most premium?",
  """SELECT cvg_desc AS coverage, SUM(cvg_prem_cents) / 100.0 AS premium FROM plcy_cvg
     GROUP BY cvg_desc ORDER BY premium DESC LIMIT 3""")

# ---------------------------------------------------------------- breakdowns (15)
q("breakdowns", "Active policies by product",
  """SELECT lp.prod_nm AS product, COUNT(*) AS active_policies FROM plcy p JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd
     WHERE p.plcy_stat_cd = 'ACT' GROUP BY lp.prod_nm ORDER BY lp.prod_nm""")
q("breakdowns", "Claims by status",
  "SELECT clm_stat_cd AS status, COUNT(*) AS claims FROM clm GROUP BY clm_stat_cd ORDER BY clm_stat_cd")
q("breakdowns", "Customers by state",
  "SELECT st_cd AS state, COUNT(*) AS customers FROM plcyhldr GROUP BY st_cd ORDER BY st_cd")
q("breakdowns", "Written premium by branch",
  """SELECT b.brnch_nm AS branch, SUM(p.wrtn_prem_amt) AS written_premium FROM plcy p
     JOIN agt a ON a.agt_cd = p.agt_cd JOIN brnch b ON b.brnch_cd = a.brnch_cd GROUP BY b.brnch_nm ORDER BY b.brnch_nm""")
q("breakdowns", "How are active policies split across billing plans?",
  "SELECT bill_pln_cd AS billing_plan, COUNT(*) AS policies FROM plcy WHERE plcy_stat_cd = 'ACT' GROUP BY bill_pln_cd ORDER BY bill_pln_cd")
q("breakdowns", "Number of claims by cause of loss",
  """SELECT lc.cause_desc AS cause, COUNT(*) AS claims FROM clm c JOIN lkp_loss_cause lc ON lc.cause_cd = c.cause_cd
     GROUP BY lc.cause_desc ORDER BY lc.cause_desc""")
q("breakdowns", "Premium collected by payment method in 2025",
  """SELECT pmt_mthd_cd AS payment_method, SUM(pmt_cents) / 100.0 AS collected FROM prem_pmt
     WHERE pmt_stat_cd = 'PSTD' AND pmt_dt BETWEEN '2025-01-01' AND '2025-09-30' GROUP BY pmt_mthd_cd ORDER BY pmt_mthd_cd""")
q("breakdowns", "How many current agents does each branch have?",
  """SELECT b.brnch_nm AS branch, COUNT(*) AS agents FROM agt a JOIN brnch b ON b.brnch_cd = a.brnch_cd
     WHERE a.agt_stat_cd = 'A' GROUP BY b.brnch_nm ORDER BY b.brnch_nm""")
q("breakdowns", "Policy count by status",
  "SELECT plcy_stat_cd AS status, COUNT(*) AS policies FROM plcy GROUP BY plcy_stat_cd ORDER BY plcy_stat_cd")
q("breakdowns", "Cancelled and lapsed policies broken down by reason",
  """SELECT cncl_rsn_cd AS reason, COUNT(*) AS policies FROM plcy
     WHERE plcy_stat_cd IN ('CNCL', 'LAPS') GROUP BY cncl_rsn_cd ORDER BY cncl_rsn_cd""")
q("breakdowns", "Written premium personal vs commercial lines",
  """SELECT lp.lob_cd AS line_of_business, SUM(p.wrtn_prem_amt) AS written_premium FROM plcy p
     JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd GROUP BY lp.lob_cd ORDER BY lp.lob_cd""")
q("breakdowns", "Open claims by branch",
  """SELECT b.brnch_nm AS branch, COUNT(*) AS open_claims FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id
     JOIN agt a ON a.agt_cd = p.agt_cd JOIN brnch b ON b.brnch_cd = a.brnch_cd
     WHERE c.clm_stat_cd IN ('OPEN', 'REOP') GROUP BY b.brnch_nm ORDER BY b.brnch_nm""")
q("breakdowns", "Claims by product line and status",
  """SELECT lp.prod_nm AS product, c.clm_stat_cd AS status, COUNT(*) AS claims FROM clm c
     JOIN plcy p ON p.plcy_id = c.plcy_id JOIN lkp_prod lp ON lp.prod_cd = p.prod_cd
     GROUP BY lp.prod_nm, c.clm_stat_cd ORDER BY lp.prod_nm, c.clm_stat_cd""")
q("breakdowns", "Individuals vs businesses: how many customers of each?",
  "SELECT ph_typ_cd AS customer_type, COUNT(*) AS customers FROM plcyhldr GROUP BY ph_typ_cd ORDER BY ph_typ_cd")
q("breakdowns", "Active policies per agent in the Cleveland Main branch",
  f"""SELECT {AGENT} AS agent, COUNT(*) AS active_policies FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd
     WHERE a.brnch_cd = 'CLE' AND p.plcy_stat_cd = 'ACT' GROUP BY a.agt_cd ORDER BY agent""")

# ---------------------------------------------------------------- tricky (10)
q("tricky", "How many customers have never had a claim?",
  """SELECT COUNT(*) AS customers FROM plcyhldr h WHERE NOT EXISTS
     (SELECT 1 FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id WHERE p.ph_id = h.ph_id)""")
q("tricky", "Which current agents haven't written a single policy this year?",
  f"""SELECT {AGENT} AS agent FROM agt a WHERE a.agt_stat_cd = 'A' AND NOT EXISTS
     (SELECT 1 FROM plcy p WHERE p.agt_cd = a.agt_cd AND p.eff_dt BETWEEN '2025-01-01' AND '2025-09-30')
     ORDER BY agent""")
q("tricky", "How many claims are open right now?",
  "SELECT COUNT(*) AS open_claims FROM clm WHERE clm_stat_cd IN ('OPEN', 'REOP')")
q("tricky", "How many policies were in force on June 30, 2024?",
  """SELECT COUNT(*) AS policies FROM plcy WHERE eff_dt <= '2024-06-30' AND exp_dt > '2024-06-30'
     AND (cncl_on IS NULL OR cncl_on > '2024-06-30')""")
q("tricky", "How many customers have both an active auto and an active home policy?",
  """SELECT COUNT(*) AS customers FROM plcyhldr h
     WHERE EXISTS (SELECT 1 FROM plcy p WHERE p.ph_id = h.ph_id AND p.prod_cd = 'AUTO' AND p.plcy_stat_cd = 'ACT')
       AND EXISTS (SELECT 1 FROM plcy p WHERE p.ph_id = h.ph_id AND p.prod_cd = 'HO' AND p.plcy_stat_cd = 'ACT')""")
q("tricky", "What's the loss ratio on business written by agents who have since left?",
  f"""SELECT (SELECT SUM{INCURRED} FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id JOIN agt a ON a.agt_cd = p.agt_cd
             WHERE a.agt_stat_cd = 'T')
          / (SELECT SUM(p.wrtn_prem_amt) FROM plcy p JOIN agt a ON a.agt_cd = p.agt_cd WHERE a.agt_stat_cd = 'T')
          AS loss_ratio""")
q("tricky", "How many claims were reported more than a month after the loss?",
  "SELECT COUNT(*) AS claims FROM clm WHERE julianday(rptd_on) - julianday(loss_dt) > 30")
q("tricky", "How many customers don't have any active policy anymore?",
  """SELECT COUNT(*) AS customers FROM plcyhldr h
     WHERE NOT EXISTS (SELECT 1 FROM plcy p WHERE p.ph_id = h.ph_id AND p.plcy_stat_cd = 'ACT')""")
q("tricky", "How many claims were for losses outside the customer's home state?",
  """SELECT COUNT(*) AS claims FROM clm c JOIN plcy p ON p.plcy_id = c.plcy_id JOIN plcyhldr h ON h.ph_id = p.ph_id
     WHERE c.loss_st_cd <> h.st_cd""")
q("tricky", "By how much did premium go up on average at renewal in 2025, in percent?",
  """SELECT AVG(100.0 * (r.wrtn_prem_amt - o.wrtn_prem_amt) / o.wrtn_prem_amt) AS avg_increase_pct
     FROM plcy r JOIN plcy o ON o.plcy_id = r.rnwl_of_plcy_id
     WHERE r.eff_dt BETWEEN '2025-01-01' AND '2025-09-30'""")

if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.json"), "w") as f:
        json.dump(Q, f, indent=1)
    from collections import Counter
    print(len(Q), Counter(x["kind"] for x in Q))
