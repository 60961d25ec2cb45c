#!/usr/bin/env python3
"""Write questions.json (question, gold SQLite SQL, kind). Conventions: CONVENTIONS.md."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []
def q(kind, question, sql):
    Q.append({"question": question, "query": " ".join(sql.split()), "kind": kind})

QTR = "strftime('%Y', {d}) || '-Q' || ((CAST(strftime('%m', {d}) AS INTEGER) + 2) / 3)"
RR = "100.0 * SUM(CASE WHEN e.enrl_stat = 'RFND' THEN 1 ELSE 0 END) / COUNT(*)"  # with WHERE e.paid_cents > 0
WEEKDAY = ("CASE strftime('%w', enrl_ts) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")

# ---------------------------------------------------------------- time (30)
q("time", "How many enrolments did we get each month this year?", """
SELECT strftime('%Y-%m', enrl_ts) AS month, COUNT(*) AS enrolments FROM enrl
WHERE date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30' GROUP BY month ORDER BY month""")
q("time", "Show me net revenue by quarter for 2024 and 2025", f"""
SELECT {QTR.format(d='enrl_ts')} AS quarter, SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
WHERE enrl_stat <> 'RFND' AND date(enrl_ts) BETWEEN '2024-01-01' AND '2025-12-31'
GROUP BY quarter ORDER BY quarter""")
q("time", "Revenue by year", """
SELECT strftime('%Y', enrl_ts) AS year, SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
WHERE enrl_stat <> 'RFND' GROUP BY year ORDER BY year""")
q("time", "What's our revenue YTD?", """
SELECT SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
WHERE enrl_stat <> 'RFND' AND date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("time", "How does YTD revenue stack up against the same period last year?", """
SELECT SUM(CASE WHEN date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30' THEN paid_cents ELSE 0 END) / 100.0 AS net_revenue_ytd_2025,
       SUM(CASE WHEN date(enrl_ts) BETWEEN '2024-01-01' AND '2024-11-30' THEN paid_cents ELSE 0 END) / 100.0 AS net_revenue_same_period_2024
FROM enrl WHERE enrl_stat <> 'RFND'""")
q("time", "How many enrolments in the last 90 days?", """
SELECT COUNT(*) AS enrolments FROM enrl
WHERE date(enrl_ts) BETWEEN date('2025-11-30', '-89 days') AND '2025-11-30'""")
q("time", "How much did we make in Q2 2025?", """
SELECT SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
WHERE enrl_stat <> 'RFND' AND date(enrl_ts) BETWEEN '2025-04-01' AND '2025-06-30'""")
q("time", "How many refunds did we issue each month this year, and for how much?", """
SELECT strftime('%Y-%m', txn_ts) AS month, COUNT(*) AS refunds, SUM(amt_cents) / 100.0 AS refunded_amount
FROM pay_txn WHERE txn_typ = 'RFND' AND date(txn_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY month ORDER BY month""")
q("time", "New learner signups per month over the last 12 months", """
SELECT strftime('%Y-%m', signup_dt) AS month, COUNT(*) AS signups FROM lrnr
WHERE signup_dt BETWEEN '2024-12-01' AND '2025-11-30' GROUP BY month ORDER BY month""")
q("time", "Which day of the week brings in the most enrolments?", f"""
SELECT {WEEKDAY} AS weekday, COUNT(*) AS enrolments FROM enrl
GROUP BY weekday ORDER BY enrolments DESC, weekday LIMIT 1""")
q("time", "Gross sales over the Black Friday stretch (Nov 20-30), 2024 vs 2025", """
SELECT strftime('%Y', enrl_ts) AS year, SUM(paid_cents) / 100.0 AS gross_sales FROM enrl
WHERE strftime('%m-%d', enrl_ts) BETWEEN '11-20' AND '11-30' AND strftime('%Y', enrl_ts) IN ('2024', '2025')
GROUP BY year ORDER BY year""")
q("time", "Average course rating by quarter this year", f"""
SELECT {QTR.format(d='rvw_ts')} AS quarter, AVG(rtg) AS avg_rating FROM crs_rvw
WHERE date(rvw_ts) BETWEEN '2025-01-01' AND '2025-11-30' GROUP BY quarter ORDER BY quarter""")
q("time", "How many courses went live each year?", """
SELECT strftime('%Y', pub_dt) AS year, COUNT(*) AS courses_published FROM crs
WHERE pub_dt IS NOT NULL GROUP BY year ORDER BY year""")
q("time", "Month-over-month change in revenue for 2025", """
SELECT month, net_revenue, change_vs_prior_month FROM (
  SELECT month, net_revenue, net_revenue - LAG(net_revenue) OVER (ORDER BY month) AS change_vs_prior_month
  FROM (SELECT strftime('%Y-%m', enrl_ts) AS month, SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
        WHERE enrl_stat <> 'RFND' AND date(enrl_ts) BETWEEN '2024-12-01' AND '2025-11-30' GROUP BY month))
WHERE month >= '2025-01' ORDER BY month""")
q("time", "What was revenue last month?", """
SELECT SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
WHERE enrl_stat <> 'RFND' AND date(enrl_ts) BETWEEN '2025-10-01' AND '2025-10-31'""")
q("time", "Enrolments this month vs last month", """
SELECT SUM(CASE WHEN strftime('%Y-%m', enrl_ts) = '2025-11' THEN 1 ELSE 0 END) AS enrolments_this_month,
       SUM(CASE WHEN strftime('%Y-%m', enrl_ts) = '2025-10' THEN 1 ELSE 0 END) AS enrolments_last_month
FROM enrl""")
q("time", "Daily enrolments for the last 2 weeks", """
SELECT date(enrl_ts) AS day, COUNT(*) AS enrolments FROM enrl
WHERE date(enrl_ts) BETWEEN date('2025-11-30', '-13 days') AND '2025-11-30' GROUP BY day ORDER BY day""")
q("time", "Refund rate by quarter in 2025", f"""
SELECT {QTR.format(d='e.enrl_ts')} AS quarter, {RR} AS refund_rate_pct FROM enrl e
WHERE e.paid_cents > 0 AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY quarter ORDER BY quarter""")
q("time", "How big was our learner base at the end of each month this year?", """
SELECT month, total_learners FROM (
  SELECT month, SUM(n) OVER (ORDER BY month) AS total_learners
  FROM (SELECT strftime('%Y-%m', signup_dt) AS month, COUNT(*) AS n FROM lrnr GROUP BY month))
WHERE month BETWEEN '2025-01' AND '2025-11' ORDER BY month""")
q("time", "What was our best month for revenue in 2024?", """
SELECT strftime('%Y-%m', enrl_ts) AS month, SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
WHERE enrl_stat <> 'RFND' AND strftime('%Y', enrl_ts) = '2024'
GROUP BY month ORDER BY net_revenue DESC, month LIMIT 1""")
q("time", "Average price paid per month in 2025", """
SELECT strftime('%Y-%m', enrl_ts) AS month, AVG(paid_cents) / 100.0 AS avg_price_paid FROM enrl
WHERE date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30' GROUP BY month ORDER BY month""")
q("time", "Course completions per quarter", f"""
SELECT {QTR.format(d='cmpl_on')} AS quarter, COUNT(*) AS completions FROM enrl
WHERE cmpl_on IS NOT NULL GROUP BY quarter ORDER BY quarter""")
q("time", "Revenue in H1 2025 vs H1 2024", """
SELECT 'H1 ' || strftime('%Y', enrl_ts) AS period, SUM(paid_cents) / 100.0 AS net_revenue FROM enrl
WHERE enrl_stat <> 'RFND' AND (date(enrl_ts) BETWEEN '2024-01-01' AND '2024-06-30'
                               OR date(enrl_ts) BETWEEN '2025-01-01' AND '2025-06-30')
GROUP BY period ORDER BY period""")
q("time", "What time of day do people enrol? Enrolments by hour", """
SELECT strftime('%H', enrl_ts) AS hour, COUNT(*) AS enrolments FROM enrl GROUP BY hour ORDER BY hour""")
q("time", "How many learners signed up in the last 30 days?", """
SELECT COUNT(*) AS signups FROM lrnr WHERE signup_dt BETWEEN date('2025-11-30', '-29 days') AND '2025-11-30'""")
q("time", "By what percent did enrolments grow in 2024 compared with 2023?", """
SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', enrl_ts) = '2024' THEN 1 ELSE 0 END)
              - SUM(CASE WHEN strftime('%Y', enrl_ts) = '2023' THEN 1 ELSE 0 END))
       / SUM(CASE WHEN strftime('%Y', enrl_ts) = '2023' THEN 1 ELSE 0 END) AS enrolment_growth_pct
FROM enrl""")
q("time", "How many refunds did we process in the last 60 days, and how much went back?", """
SELECT COUNT(*) AS refunds, SUM(amt_cents) / 100.0 AS refunded_amount FROM pay_txn
WHERE txn_typ = 'RFND' AND date(txn_ts) BETWEEN date('2025-11-30', '-59 days') AND '2025-11-30'""")
q("time", "Monthly revenue from Data Science courses this year", """
SELECT strftime('%Y-%m', e.enrl_ts) AS month, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
WHERE k.cat_nm = 'Data Science' AND e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY month ORDER BY month""")
q("time", "On average, how many days after signing up do learners make their first enrolment?", """
SELECT AVG(julianday(f.first_dt) - julianday(l.signup_dt)) AS avg_days_to_first_enrolment
FROM lrnr l JOIN (SELECT lrnr_id, MIN(date(enrl_ts)) AS first_dt FROM enrl GROUP BY lrnr_id) f ON f.lrnr_id = l.lrnr_id""")
q("time", "Reviews per month over the last 6 months", """
SELECT strftime('%Y-%m', rvw_ts) AS month, COUNT(*) AS reviews FROM crs_rvw
WHERE date(rvw_ts) BETWEEN '2025-06-01' AND '2025-11-30' GROUP BY month ORDER BY month""")

# ---------------------------------------------------------------- measures (25)
q("measures", "What's our total net revenue to date?", """
SELECT SUM(paid_cents) / 100.0 AS net_revenue FROM enrl WHERE enrl_stat <> 'RFND'""")
q("measures", "What's total GMV, before refunds?", """
SELECT SUM(paid_cents) / 100.0 AS gross_sales FROM enrl""")
q("measures", "What's the average price paid per enrolment?", """
SELECT AVG(paid_cents) / 100.0 AS avg_price_paid FROM enrl""")
q("measures", "What's our refund rate?", f"""
SELECT {RR} AS refund_rate_pct FROM enrl e WHERE e.paid_cents > 0""")
q("measures", "What's the average course rating across all reviews?", """
SELECT AVG(rtg) AS avg_rating FROM crs_rvw""")
q("measures", "Average number of enrolments per course?", """
SELECT 1.0 * (SELECT COUNT(*) FROM enrl) / (SELECT COUNT(*) FROM crs WHERE pub_dt IS NOT NULL) AS avg_enrolments_per_course""")
q("measures", "Enrolments per category", """
SELECT k.cat_nm AS category, COUNT(*) AS enrolments
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
GROUP BY k.cat_nm ORDER BY enrolments DESC, category""")
q("measures", "Enrolments by learner country", """
SELECT r.ctry_nm AS country, COUNT(*) AS enrolments
FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
GROUP BY r.ctry_nm ORDER BY enrolments DESC, country""")
q("measures", "Net revenue per instructor this year", """
SELECT i.instr_nm AS instructor, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN instr i ON i.instr_id = c.instr_id
WHERE e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY i.instr_id, i.instr_nm ORDER BY net_revenue DESC, instructor""")
q("measures", "Refund rate by category", f"""
SELECT k.cat_nm AS category, {RR} AS refund_rate_pct
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
WHERE e.paid_cents > 0 GROUP BY k.cat_nm ORDER BY refund_rate_pct DESC, category""")
q("measures", "Average rating by course level", """
SELECT v.lvl_nm AS level, AVG(r.rtg) AS avg_rating
FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd JOIN ref_lvl v ON v.lvl_cd = c.lvl_cd
GROUP BY v.lvl_cd, v.lvl_nm, v.sort_ord ORDER BY v.sort_ord""")
q("measures", "Average price paid by country in 2025", """
SELECT r.ctry_nm AS country, AVG(e.paid_cents) / 100.0 AS avg_price_paid
FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
WHERE date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY r.ctry_nm ORDER BY avg_price_paid DESC, country""")
q("measures", "When learners use a coupon, how much do they save on average?", """
SELECT AVG(lst_prc_cents - paid_cents) / 100.0 AS avg_coupon_discount FROM enrl WHERE cpn_cd IS NOT NULL""")
q("measures", "How much have we refunded in total?", """
SELECT SUM(amt_cents) / 100.0 AS refunded_amount FROM pay_txn WHERE txn_typ = 'RFND'""")
q("measures", "What's the course completion rate?", """
SELECT 100.0 * SUM(CASE WHEN enrl_stat = 'CMPL' THEN 1 ELSE 0 END) / COUNT(*) AS completion_rate_pct
FROM enrl WHERE enrl_stat <> 'RFND'""")
q("measures", "How many courses does a learner take on average?", """
SELECT 1.0 * COUNT(*) / COUNT(DISTINCT lrnr_id) AS avg_enrolments_per_learner FROM enrl""")
q("measures", "Average revenue per paying learner in 2025", """
SELECT SUM(paid_cents) / 100.0 / COUNT(DISTINCT CASE WHEN paid_cents > 0 THEN lrnr_id END) AS avg_revenue_per_paying_learner
FROM enrl WHERE enrl_stat <> 'RFND' AND date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("measures", "How many active learners did we have this year?", """
SELECT COUNT(DISTINCT lrnr_id) AS active_learners FROM enrl
WHERE date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("measures", "What percentage of enrolments used a coupon?", """
SELECT 100.0 * SUM(CASE WHEN cpn_cd IS NOT NULL THEN 1 ELSE 0 END) / COUNT(*) AS coupon_share_pct FROM enrl""")
q("measures", "Average list price of live courses?", """
SELECT AVG(list_prc_usd) AS avg_list_price FROM crs WHERE crs_stat = 'PUB'""")
q("measures", "How much do we owe instructors for 2025 so far?", """
SELECT SUM(e.paid_cents * i.rev_shr_pct / 100.0) / 100.0 AS instructor_payout
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN instr i ON i.instr_id = c.instr_id
WHERE e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("measures", "Net revenue by region", """
SELECT r.rgn_nm AS region, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
WHERE e.enrl_stat <> 'RFND' GROUP BY r.rgn_nm ORDER BY net_revenue DESC, region""")
q("measures", "What's the average rating for each category?", """
SELECT k.cat_nm AS category, AVG(r.rtg) AS avg_rating
FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
GROUP BY k.cat_nm ORDER BY avg_rating DESC, category""")
q("measures", "Refund rate with a coupon vs without", f"""
SELECT CASE WHEN e.cpn_cd IS NULL THEN 'No coupon' ELSE 'Coupon' END AS coupon_use, {RR} AS refund_rate_pct
FROM enrl e WHERE e.paid_cents > 0 GROUP BY coupon_use ORDER BY refund_rate_pct DESC, coupon_use""")
q("measures", "Average enrolments per instructor", """
SELECT 1.0 * (SELECT COUNT(*) FROM enrl) / (SELECT COUNT(DISTINCT instr_id) FROM crs WHERE pub_dt IS NOT NULL) AS avg_enrolments_per_instructor""")

# ---------------------------------------------------------------- filters (20)
q("filters", "List the advanced courses priced above $150", """
SELECT crs_ttl AS course, list_prc_usd AS list_price FROM crs
WHERE lvl_cd = 'ADV' AND list_prc_usd > 150 AND crs_stat = 'PUB' ORDER BY course""")
q("filters", "Which courses are still drafts, and who's writing them?", """
SELECT c.crs_ttl AS course, i.instr_nm AS instructor FROM crs c JOIN instr i ON i.instr_id = c.instr_id
WHERE c.crs_stat = 'DRFT' ORDER BY course""")
q("filters", "How many German learners signed up this year?", """
SELECT COUNT(*) AS signups FROM lrnr WHERE ctry_cd = 'DE' AND signup_dt BETWEEN '2025-01-01' AND '2025-11-30'""")
q("filters", "How many enrolments used the BLACKFRI coupon in 2025 and what did they bring in?", """
SELECT COUNT(*) AS enrolments, SUM(CASE WHEN enrl_stat <> 'RFND' THEN paid_cents ELSE 0 END) / 100.0 AS net_revenue
FROM enrl WHERE cpn_cd = 'BLACKFRI' AND date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("filters", "How many refunds this year were for quality complaints, and how much did they cost?", """
SELECT COUNT(*) AS refunds, SUM(amt_cents) / 100.0 AS refunded_amount FROM pay_txn
WHERE txn_typ = 'RFND' AND rfnd_rsn_cd = 'QUALITY' AND date(txn_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("filters", "How much revenue came from learners in India?", """
SELECT SUM(e.paid_cents) / 100.0 AS net_revenue FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id
WHERE l.ctry_cd = 'IN' AND e.enrl_stat <> 'RFND'""")
q("filters", "List our Spanish-language courses and who teaches them", """
SELECT c.crs_ttl AS course, i.instr_nm AS instructor FROM crs c JOIN instr i ON i.instr_id = c.instr_id
WHERE c.lang_cd = 'es' AND c.crs_stat = 'PUB' ORDER BY course""")
q("filters", "How many free enrolments (100% off) have we had?", """
SELECT COUNT(*) AS free_enrolments FROM enrl WHERE paid_cents = 0""")
q("filters", "Which instructors are suspended?", """
SELECT instr_nm AS instructor FROM instr WHERE stat_cd = 'S' ORDER BY instructor""")
q("filters", "Beginner web dev courses under $30", """
SELECT c.crs_ttl AS course, c.list_prc_usd AS list_price FROM crs c JOIN crs_cat k ON k.cat_id = c.cat_id
WHERE k.cat_nm = 'Web Development' AND c.lvl_cd = 'BEG' AND c.list_prc_usd < 30 AND c.crs_stat = 'PUB'
ORDER BY course""")
q("filters", "How many payments came through PayPal this year, and for how much?", """
SELECT COUNT(*) AS payments, SUM(amt_cents) / 100.0 AS amount FROM pay_txn
WHERE txn_typ = 'CHRG' AND pay_mthd = 'PYPL' AND date(txn_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("filters", "How many 1- or 2-star reviews did we get in the last 90 days?", """
SELECT COUNT(*) AS reviews FROM crs_rvw
WHERE rtg <= 2 AND date(rvw_ts) BETWEEN date('2025-11-30', '-89 days') AND '2025-11-30'""")
q("filters", "How many learners have closed their accounts?", """
SELECT COUNT(*) AS learners FROM lrnr WHERE actv_flg = 'N'""")
q("filters", "How many learners signed up but never enrolled in anything?", """
SELECT COUNT(*) AS learners FROM lrnr l WHERE NOT EXISTS (SELECT 1 FROM enrl e WHERE e.lrnr_id = l.lrnr_id)""")
q("filters", "Which live courses have never had a single enrolment?", """
SELECT c.crs_ttl AS course FROM crs c
WHERE c.crs_stat = 'PUB' AND NOT EXISTS (SELECT 1 FROM enrl e WHERE e.crs_cd = c.crs_cd) ORDER BY course""")
q("filters", "Revenue from European learners in Q3 2025", """
SELECT SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
WHERE r.rgn_nm = 'Europe' AND e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-07-01' AND '2025-09-30'""")
q("filters", "What courses does Nora Kowalski teach?", """
SELECT c.crs_ttl AS course FROM crs c JOIN instr i ON i.instr_id = c.instr_id
WHERE i.instr_nm = 'Nora Kowalski' AND c.crs_stat = 'PUB' ORDER BY course""")
q("filters", "Which Data Science courses average 4.5 stars or better?", """
SELECT c.crs_ttl AS course, AVG(r.rtg) AS avg_rating
FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
WHERE k.cat_nm = 'Data Science' GROUP BY c.crs_cd, c.crs_ttl HAVING AVG(r.rtg) >= 4.5
ORDER BY avg_rating DESC, course""")
q("filters", "How many US learners have opted in to marketing emails?", """
SELECT COUNT(*) AS learners FROM lrnr WHERE ctry_cd = 'US' AND mktg_optin = 1""")
q("filters", "How much revenue have retired courses brought in overall?", """
SELECT SUM(e.paid_cents) / 100.0 AS net_revenue FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd
WHERE c.crs_stat = 'RETD' AND e.enrl_stat <> 'RFND'""")

# ---------------------------------------------------------------- topn (15)
q("topn", "Top 10 courses by revenue", """
SELECT c.crs_ttl AS course, SUM(e.paid_cents) / 100.0 AS net_revenue FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd
WHERE e.enrl_stat <> 'RFND' GROUP BY c.crs_cd, c.crs_ttl ORDER BY net_revenue DESC, course LIMIT 10""")
q("topn", "Top 5 instructors by enrolments this year", """
SELECT i.instr_nm AS instructor, COUNT(*) AS enrolments
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN instr i ON i.instr_id = c.instr_id
WHERE date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY i.instr_id, i.instr_nm ORDER BY enrolments DESC, instructor LIMIT 5""")
q("topn", "Which 3 categories made the most money last quarter?", """
SELECT k.cat_nm AS category, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
WHERE e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-07-01' AND '2025-09-30'
GROUP BY k.cat_nm ORDER BY net_revenue DESC, category LIMIT 3""")
q("topn", "Top 5 countries by number of learners", """
SELECT r.ctry_nm AS country, COUNT(*) AS learners FROM lrnr l JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
GROUP BY r.ctry_nm ORDER BY learners DESC, country LIMIT 5""")
q("topn", "5 best-rated courses with at least 20 reviews", """
SELECT c.crs_ttl AS course, AVG(r.rtg) AS avg_rating, COUNT(*) AS reviews
FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd
GROUP BY c.crs_cd, c.crs_ttl HAVING COUNT(*) >= 20 ORDER BY avg_rating DESC, course LIMIT 5""")
q("topn", "Who are our 10 biggest spenders?", """
SELECT l.lrnr_nm AS learner, SUM(e.paid_cents) / 100.0 AS net_spend FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id
WHERE e.enrl_stat <> 'RFND' GROUP BY l.lrnr_id, l.lrnr_nm ORDER BY net_spend DESC, learner LIMIT 10""")
q("topn", "Which 5 courses get refunded the most? Only courses with at least 30 paid enrolments", f"""
SELECT c.crs_ttl AS course, {RR} AS refund_rate_pct FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd
WHERE e.paid_cents > 0 GROUP BY c.crs_cd, c.crs_ttl HAVING COUNT(*) >= 30 ORDER BY refund_rate_pct DESC, course LIMIT 5""")
q("topn", "Top 3 coupon codes by usage", """
SELECT cpn_cd AS coupon, COUNT(*) AS enrolments FROM enrl WHERE cpn_cd IS NOT NULL
GROUP BY cpn_cd ORDER BY enrolments DESC, coupon LIMIT 3""")
q("topn", "Top 5 courses by enrolments in the last 90 days", """
SELECT c.crs_ttl AS course, COUNT(*) AS enrolments FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd
WHERE date(e.enrl_ts) BETWEEN date('2025-11-30', '-89 days') AND '2025-11-30'
GROUP BY c.crs_cd, c.crs_ttl ORDER BY enrolments DESC, course LIMIT 5""")
q("topn", "Our 5 worst-rated courses (with at least 10 reviews)", """
SELECT c.crs_ttl AS course, AVG(r.rtg) AS avg_rating, COUNT(*) AS reviews
FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd
GROUP BY c.crs_cd, c.crs_ttl HAVING COUNT(*) >= 10 ORDER BY avg_rating ASC, course LIMIT 5""")
q("topn", "Top 3 instructors by payout YTD", """
SELECT i.instr_nm AS instructor, SUM(e.paid_cents * i.rev_shr_pct / 100.0) / 100.0 AS instructor_payout
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN instr i ON i.instr_id = c.instr_id
WHERE e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY i.instr_id, i.instr_nm ORDER BY instructor_payout DESC, instructor LIMIT 3""")
q("topn", "Which 5 courses have the most completions?", """
SELECT c.crs_ttl AS course, COUNT(*) AS completions FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd
WHERE e.enrl_stat = 'CMPL' GROUP BY c.crs_cd, c.crs_ttl ORDER BY completions DESC, course LIMIT 5""")
q("topn", "Top 3 learner countries by revenue in 2025", """
SELECT r.ctry_nm AS country, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
WHERE e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY r.ctry_nm ORDER BY net_revenue DESC, country LIMIT 3""")
q("topn", "Top 10 web development courses by revenue in 2025", """
SELECT c.crs_ttl AS course, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
WHERE k.cat_nm = 'Web Development' AND e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY c.crs_cd, c.crs_ttl ORDER BY net_revenue DESC, course LIMIT 10""")
q("topn", "Top 5 instructors by average rating, minimum 50 reviews", """
SELECT i.instr_nm AS instructor, AVG(r.rtg) AS avg_rating, COUNT(*) AS reviews
FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd JOIN instr i ON i.instr_id = c.instr_id
GROUP BY i.instr_id, i.instr_nm HAVING COUNT(*) >= 50 ORDER BY avg_rating DESC, instructor LIMIT 5""")

# ---------------------------------------------------------------- breakdowns (15)
q("breakdowns", "Net revenue by category and level for 2025", """
SELECT k.cat_nm AS category, v.lvl_nm AS level, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id JOIN ref_lvl v ON v.lvl_cd = c.lvl_cd
WHERE e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY k.cat_nm, v.lvl_nm ORDER BY category, net_revenue DESC, level""")
q("breakdowns", "Enrolments by status", """
SELECT enrl_stat AS status, COUNT(*) AS enrolments FROM enrl GROUP BY enrl_stat ORDER BY enrolments DESC, status""")
q("breakdowns", "Break down enrolments by coupon code", """
SELECT COALESCE(cpn_cd, 'No coupon') AS coupon, COUNT(*) AS enrolments FROM enrl
GROUP BY coupon ORDER BY enrolments DESC, coupon""")
q("breakdowns", "Refunds by reason - count and amount", """
SELECT rfnd_rsn_cd AS reason, COUNT(*) AS refunds, SUM(amt_cents) / 100.0 AS refunded_amount FROM pay_txn
WHERE txn_typ = 'RFND' GROUP BY rfnd_rsn_cd ORDER BY refunds DESC, reason""")
q("breakdowns", "How do people pay? Payments by method", """
SELECT pay_mthd AS payment_method, COUNT(*) AS payments, SUM(amt_cents) / 100.0 AS amount FROM pay_txn
WHERE txn_typ = 'CHRG' GROUP BY pay_mthd ORDER BY payments DESC, payment_method""")
q("breakdowns", "Learners by region", """
SELECT r.rgn_nm AS region, COUNT(*) AS learners FROM lrnr l JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
GROUP BY r.rgn_nm ORDER BY learners DESC, region""")
q("breakdowns", "Courses by status", """
SELECT crs_stat AS status, COUNT(*) AS courses FROM crs GROUP BY crs_stat ORDER BY courses DESC, status""")
q("breakdowns", "Live courses by level", """
SELECT v.lvl_nm AS level, COUNT(*) AS courses FROM crs c JOIN ref_lvl v ON v.lvl_cd = c.lvl_cd
WHERE c.crs_stat = 'PUB' GROUP BY v.lvl_cd, v.lvl_nm, v.sort_ord ORDER BY v.sort_ord""")
q("breakdowns", "Revenue by price band: under $50, $50-$99.99, $100 and up", """
SELECT CASE WHEN lst_prc_cents < 5000 THEN 'Under $50' WHEN lst_prc_cents < 10000 THEN '$50-$99.99' ELSE '$100 and up' END AS price_band,
       SUM(paid_cents) / 100.0 AS net_revenue
FROM enrl WHERE enrl_stat <> 'RFND' GROUP BY price_band ORDER BY MIN(lst_prc_cents)""")
q("breakdowns", "What does the star-rating distribution look like?", """
SELECT rtg AS rating, COUNT(*) AS reviews FROM crs_rvw GROUP BY rtg ORDER BY rating""")
q("breakdowns", "Enrolments by course language", """
SELECT c.lang_cd AS language, COUNT(*) AS enrolments FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd
GROUP BY c.lang_cd ORDER BY enrolments DESC, language""")
q("breakdowns", "Revenue by country for Q3 2025", """
SELECT r.ctry_nm AS country, SUM(e.paid_cents) / 100.0 AS net_revenue
FROM enrl e JOIN lrnr l ON l.lrnr_id = e.lrnr_id JOIN ref_ctry r ON r.ctry_cd = l.ctry_cd
WHERE e.enrl_stat <> 'RFND' AND date(e.enrl_ts) BETWEEN '2025-07-01' AND '2025-09-30'
GROUP BY r.ctry_nm ORDER BY net_revenue DESC, country""")
q("breakdowns", "Of the learners who enrolled this year, how many were new vs returning?", """
SELECT CASE WHEN f.first_ts >= '2025-01-01' THEN 'New' ELSE 'Returning' END AS learner_type, COUNT(*) AS learners
FROM (SELECT lrnr_id, MIN(enrl_ts) AS first_ts FROM enrl GROUP BY lrnr_id) f
WHERE f.lrnr_id IN (SELECT lrnr_id FROM enrl WHERE date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30')
GROUP BY learner_type ORDER BY learners DESC, learner_type""")
q("breakdowns", "Enrolments by category for each year", """
SELECT strftime('%Y', e.enrl_ts) AS year, k.cat_nm AS category, COUNT(*) AS enrolments
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
GROUP BY year, k.cat_nm ORDER BY year, enrolments DESC, category""")
q("breakdowns", "Instructors by country", """
SELECT r.ctry_nm AS country, COUNT(*) AS instructors FROM instr i JOIN ref_ctry r ON r.ctry_cd = i.ctry_cd
GROUP BY r.ctry_nm ORDER BY instructors DESC, country""")

# ---------------------------------------------------------------- tricky (10)
q("tricky", "Which instructors have never published a course?", """
SELECT i.instr_nm AS instructor FROM instr i
WHERE NOT EXISTS (SELECT 1 FROM crs c WHERE c.instr_id = i.instr_id AND c.pub_dt IS NOT NULL) ORDER BY instructor""")
q("tricky", "How many learners have taken both a Data Science and a Web Development course?", """
SELECT COUNT(*) AS learners FROM (
  SELECT e.lrnr_id FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
  WHERE k.cat_nm IN ('Data Science', 'Web Development') GROUP BY e.lrnr_id HAVING COUNT(DISTINCT k.cat_nm) = 2)""")
q("tricky", "How many courses are rated above their category's average?", """
WITH cr AS (SELECT c.crs_cd, c.cat_id, AVG(r.rtg) AS avg_rtg FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd GROUP BY c.crs_cd, c.cat_id),
     kr AS (SELECT c.cat_id, AVG(r.rtg) AS avg_rtg FROM crs_rvw r JOIN crs c ON c.crs_cd = r.crs_cd GROUP BY c.cat_id)
SELECT COUNT(*) AS courses FROM cr JOIN kr ON kr.cat_id = cr.cat_id WHERE cr.avg_rtg > kr.avg_rtg""")
q("tricky", "What share of learners asked for a refund on their very first course?", """
SELECT 100.0 * SUM(CASE WHEN enrl_stat = 'RFND' THEN 1 ELSE 0 END) / COUNT(*) AS first_enrolment_refunded_pct
FROM (SELECT lrnr_id, enrl_stat, ROW_NUMBER() OVER (PARTITION BY lrnr_id ORDER BY enrl_ts, enrl_id) AS rn FROM enrl)
WHERE rn = 1""")
q("tricky", "How much did coupon discounts cost us in 2025?", """
SELECT SUM(lst_prc_cents - paid_cents) / 100.0 AS coupon_discounts FROM enrl
WHERE cpn_cd IS NOT NULL AND enrl_stat <> 'RFND' AND date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'""")
q("tricky", "How many learners enrolled in 3 or more courses this year?", """
SELECT COUNT(*) AS learners FROM (SELECT lrnr_id FROM enrl WHERE date(enrl_ts) BETWEEN '2025-01-01' AND '2025-11-30'
GROUP BY lrnr_id HAVING COUNT(*) >= 3)""")
q("tricky", "Among categories with at least 200 paid enrolments, which has the worst refund rate?", f"""
SELECT k.cat_nm AS category, {RR} AS refund_rate_pct
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN crs_cat k ON k.cat_id = c.cat_id
WHERE e.paid_cents > 0 GROUP BY k.cat_nm HAVING COUNT(*) >= 200 ORDER BY refund_rate_pct DESC, category LIMIT 1""")
q("tricky", "How many learners bought something in 2024 but nothing in 2025?", """
SELECT COUNT(DISTINCT lrnr_id) AS learners FROM enrl WHERE strftime('%Y', enrl_ts) = '2024'
AND lrnr_id NOT IN (SELECT lrnr_id FROM enrl WHERE strftime('%Y', enrl_ts) = '2025')""")
q("tricky", "How many refunds came more than 14 days after the purchase?", """
SELECT COUNT(*) AS refunds FROM pay_txn t JOIN enrl e ON e.enrl_id = t.enrl_id
WHERE t.txn_typ = 'RFND' AND julianday(t.txn_ts) - julianday(e.enrl_ts) > 14""")
q("tricky", "Which instructors have already beaten their full-year 2024 revenue this year?", """
SELECT i.instr_nm AS instructor,
       SUM(CASE WHEN strftime('%Y', e.enrl_ts) = '2025' THEN e.paid_cents ELSE 0 END) / 100.0 AS net_revenue_2025,
       SUM(CASE WHEN strftime('%Y', e.enrl_ts) = '2024' THEN e.paid_cents ELSE 0 END) / 100.0 AS net_revenue_2024
FROM enrl e JOIN crs c ON c.crs_cd = e.crs_cd JOIN instr i ON i.instr_id = c.instr_id
WHERE e.enrl_stat <> 'RFND' GROUP BY i.instr_id, i.instr_nm
HAVING net_revenue_2025 > net_revenue_2024 AND net_revenue_2024 > 0
ORDER BY net_revenue_2025 DESC, instructor""")

# ---------------------------------------------------------------- simple (5)
q("simple", "How many learners do we have?", "SELECT COUNT(*) AS learners FROM lrnr")
q("simple", "How many courses are live right now?", "SELECT COUNT(*) AS courses FROM crs WHERE crs_stat = 'PUB'")
q("simple", "How many active instructors do we have?", "SELECT COUNT(*) AS instructors FROM instr WHERE stat_cd = 'A'")
q("simple", "How many reviews have been written?", "SELECT COUNT(*) AS reviews FROM crs_rvw")
q("simple", "Total number of enrolments?", "SELECT COUNT(*) AS enrolments FROM enrl")

with open(os.path.join(HERE, "questions.json"), "w") as f:
    json.dump(Q, f, indent=2)
print(len(Q), "questions written")
